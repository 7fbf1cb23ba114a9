"""Grid headers and level labels the layout reader did not know (k32i, read57 #2-#7).

1. Ditto marks (``〃``, ``同上``, ``"``, ``同前``) in the 一级/二级 columns were kept as
   level names (level1 ``〃``): they are now the level of the row above, as a blank
   merged cell is.
2. A two-row target header whose value columns are named only on the second row
   (``实施期目标 | 年度目标`` over ``指标值 | 指标值``, the central 区域绩效目标表) was
   not found (未找到绩效指标表): the 年度 column is now the target and the 实施期 /
   中期 one the mid-term target. The same with ``绩效指标`` over the levels on the
   upper row, or the levels printed on both rows (a TSV of the merged cells).
3. ``预期完成值 | 实际完成值`` and ``应完成值 | 已完成值``: the plan was read as the
   actual and the actual dropped; 预期完成值 and 应完成值 are now the plan.
4. ``计划进度 | 实际进度`` and ``目标进度值 | 实际完成进度值``: the plan is now read.
5. ``绩效实现值`` and ``实现值`` are now a 自评表's actual.
6. ``指标值 | 年度指标值`` (and ``整体目标值`` / ``三年目标值`` beside ``年度目标值``):
   the year's column is the target, the other the mid-term target.

Every table is written here: TSV text through :func:`perftrack.read_text`, and HTML
with rowspan/colspan for the two-row header.
"""

from __future__ import annotations

import pytest

import perftrack


def read(*rows: list[str] | str, fmt: str = "text") -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format=fmt)
    return table


def _text(value: object) -> str | None:
    return None if value is None else value.text  # type: ignore[attr-defined]


def fields(table: perftrack.Table) -> list[tuple[str | None, ...]]:
    """Each indicator's level 1, level 2, name, target, planned, actual and mid-term."""
    return [
        (
            indicator.level1,
            indicator.level2,
            indicator.name,
            _text(indicator.target),
            _text(indicator.planned),
            _text(indicator.actual),
            _text(indicator.midterm),
        )
        for indicator in table.indicators
    ]


def finding_ids(table: perftrack.Table) -> list[str]:
    return [finding.id for finding in table.findings]


# ---------------------------------------------------------------------------
# 1. Ditto marks in the level columns

_SELF = ["项目支出绩效自评表", "（2024年度）", ["项目名称", "社区养老服务补贴"]]
_SELF_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                ["产出指标", "数量指标", "助餐服务人次", "≥10万人次", "10.6万人次", "10", "10"],
                ["〃", "〃", "居家上门服务人数", "≥800人", "760人", "10", "9.5"],
                ["〃", "质量指标", "服务规范达标率", "≥95%", "97%", "10", "10"],
                ["同上", "时效指标", "补贴发放及时率", "100%", "100%", "10", "10"],
                ["效益指标", "社会效益指标", "生活质量改善", "有所改善", "明显改善", "15", "15"],
                ["〃", "可持续影响指标", "服务网络", "持续完善", "持续完善", "15", "15"],
            ],
            [
                ("产出指标", "数量指标", "助餐服务人次", "≥10万人次", None, "10.6万人次", None),
                ("产出指标", "数量指标", "居家上门服务人数", "≥800人", None, "760人", None),
                ("产出指标", "质量指标", "服务规范达标率", "≥95%", None, "97%", None),
                ("产出指标", "时效指标", "补贴发放及时率", "100%", None, "100%", None),
                ("效益指标", "社会效益指标", "生活质量改善", "有所改善", None, "明显改善", None),
                ("效益指标", "可持续影响指标", "服务网络", "持续完善", None, "持续完善", None),
            ],
            id="ditto-and-tongshang",
        ),
        pytest.param(
            [
                ["产出指标", "数量指标", "甲", "≥10人", "12人", "10", "10"],
                ["同前", "同上", "乙", "≥5次", "6次", "10", "10"],
                ["同上。", "〃", "丙", "≥3个", "3个", "10", "10"],
            ],
            [
                ("产出指标", "数量指标", "甲", "≥10人", None, "12人", None),
                ("产出指标", "数量指标", "乙", "≥5次", None, "6次", None),
                ("产出指标", "数量指标", "丙", "≥3个", None, "3个", None),
            ],
            id="tongqian-and-stop",
        ),
        pytest.param(
            [
                ["产出指标", "数量指标", "甲", "≥10人", "12人", "10", "10"],
                ["〃", "〃", "乙", "", "6次", "10", "10"],
            ],
            [
                ("产出指标", "数量指标", "甲", "≥10人", None, "12人", None),
                ("产出指标", "数量指标", "乙", None, None, "6次", None),
            ],
            id="ditto-row-without-target",
        ),
    ],
)
def test_ditto_marks_in_level_columns(
    rows: list[list[str]], expected: list[tuple[str | None, ...]]
) -> None:
    table = read(*_SELF, _SELF_HEADER, *rows)
    assert fields(table) == expected


def test_ditto_quote_mark_in_html() -> None:
    # a bare " would open a quoted field in a TSV: the HTML cell keeps it
    html = (
        "<html><body><p>项目支出绩效自评表</p><p>（2024年度）</p><table border=1>"
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
        "<td>实际完成值</td></tr>"
        "<tr><td>产出指标</td><td>数量指标</td><td>甲</td><td>≥10人</td><td>12人</td></tr>"
        '<tr><td>"</td><td>"</td><td>乙</td><td>≥10人</td><td>12人</td></tr>'
        "<tr><td>&quot;</td><td>质量指标</td><td>丙</td><td>100%</td><td>100%</td></tr>"
        "</table></body></html>"
    )
    (table,) = perftrack.read_text(html, format="html")
    assert fields(table) == [
        ("产出指标", "数量指标", "甲", "≥10人", None, "12人", None),
        ("产出指标", "数量指标", "乙", "≥10人", None, "12人", None),
        ("产出指标", "质量指标", "丙", "100%", None, "100%", None),
    ]


def test_ditto_no_longer_a_level_in_counts() -> None:
    table = read(
        *_SELF,
        _SELF_HEADER,
        ["产出指标", "数量指标", "甲", "≥10人", "12人", "50", "50"],
        ["〃", "〃", "乙", "≥5次", "6次", "50", "50"],
    )
    assert {indicator.level1 for indicator in table.indicators} == {"产出指标"}
    assert "category-normalised" not in finding_ids(table)


# ---------------------------------------------------------------------------
# 2. Two-row target headers (实施期目标 | 年度目标 over 指标值 | 指标值)

_TARGET = ["中央对地方转移支付区域绩效目标表", "（2025年度）", ["专项名称", "农业生产发展资金"]]
_TARGET_ROWS = [
    ["产出指标", "数量指标", "高素质农民培训人数", "≥2万人", "≥0.4万人"],
    ["", "质量指标", "补贴发放准确率", "≥99%", "≥99.5%"],
    ["满意度指标", "服务对象满意度指标", "农民满意度", "≥85%", "≥88%"],
]
_TARGET_FIELDS = [
    ("产出指标", "数量指标", "高素质农民培训人数", "≥0.4万人", None, None, "≥2万人"),
    ("产出指标", "质量指标", "补贴发放准确率", "≥99.5%", None, None, "≥99%"),
    ("满意度指标", "服务对象满意度指标", "农民满意度", "≥88%", None, None, "≥85%"),
]


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(
            [
                ["一级指标", "二级指标", "三级指标", "实施期目标", "年度目标"],
                ["", "", "", "指标值", "指标值"],
            ],
            id="implementation-over-value",
        ),
        pytest.param(
            [
                ["一级指标", "二级指标", "三级指标", "中期目标", "年度目标"],
                ["", "", "", "指标值", "指标值"],
            ],
            id="midterm-over-value",
        ),
        pytest.param(
            [
                ["一级指标", "二级指标", "三级指标", "实施期", "年度"],
                ["", "", "", "指标值", "指标值"],
            ],
            id="bare-period-words",
        ),
        pytest.param(
            [
                ["绩效指标", "", "", "实施期目标", "年度目标"],
                ["一级指标", "二级指标", "三级指标", "指标值", "指标值"],
            ],
            id="performance-indicator-over-levels",
        ),
        pytest.param(
            [
                ["绩效指标", "绩效指标", "绩效指标", "中期目标", "年度目标"],
                ["一级指标", "二级指标", "三级指标", "指标值", "指标值"],
            ],
            id="performance-indicator-repeated",
        ),
        pytest.param(
            [
                ["一级指标", "二级指标", "三级指标", "实施期目标", "年度目标"],
                ["一级指标", "二级指标", "三级指标", "指标值", "指标值"],
            ],
            id="levels-printed-on-both-rows",
        ),
    ],
)
def test_two_row_target_header(header: list[list[str]]) -> None:
    table = read(*_TARGET, *header, *_TARGET_ROWS)
    assert fields(table) == _TARGET_FIELDS
    assert "grid-column-duplicate" not in finding_ids(table)


def test_two_row_target_header_year_first() -> None:
    table = read(
        *_TARGET,
        ["一级指标", "二级指标", "三级指标", "年度目标", "实施期目标"],
        ["", "", "", "指标值", "指标值"],
        ["产出指标", "数量指标", "高素质农民培训人数", "≥0.4万人", "≥2万人"],
    )
    assert fields(table) == [
        ("产出指标", "数量指标", "高素质农民培训人数", "≥0.4万人", None, None, "≥2万人"),
    ]


def test_two_row_target_header_html_rowspan_colspan() -> None:
    html = (
        "<html><body><p>中央对地方转移支付区域绩效目标表</p><p>（2025年度）</p>"
        "<table border=1>"
        "<tr><td>专项名称</td><td colspan=4>农业生产发展资金</td></tr>"
        "<tr><td rowspan=2>总体目标</td><td colspan=2>实施期目标</td>"
        "<td colspan=2>年度目标</td></tr>"
        "<tr><td colspan=2>目标1：耕地地力持续提升。</td>"
        "<td colspan=2>目标1：完成耕地地力保护补贴发放。</td></tr>"
        "<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td>"
        "<td>实施期目标</td><td>年度目标</td></tr>"
        "<tr><td>指标值</td><td>指标值</td></tr>"
        "<tr><td rowspan=2>产出指标</td><td rowspan=2>数量指标</td>"
        "<td>耕地地力保护补贴发放面积</td><td>≥5000万亩</td><td>≥4900万亩</td></tr>"
        "<tr><td>高素质农民培训人数</td><td>≥2万人</td><td>≥0.4万人</td></tr>"
        "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>农民满意度</td>"
        "<td>≥85%</td><td>≥85%</td></tr>"
        "</table></body></html>"
    )
    (table,) = perftrack.read_text(html, format="html")
    assert fields(table) == [
        ("产出指标", "数量指标", "耕地地力保护补贴发放面积", "≥4900万亩", None, None, "≥5000万亩"),
        ("产出指标", "数量指标", "高素质农民培训人数", "≥0.4万人", None, None, "≥2万人"),
        ("满意度指标", "服务对象满意度指标", "农民满意度", "≥85%", None, None, "≥85%"),
    ]
    assert table.overall_goal is not None
    assert table.overall_goal.midterm == "目标1：耕地地力持续提升。"
    assert table.overall_goal.expected == "目标1：完成耕地地力保护补贴发放。"


def test_two_row_header_html_colspan_over_levels() -> None:
    html = (
        "<html><body><p>项目支出绩效目标申报表</p><p>（2025年度）</p>"
        "<table border=1>"
        "<tr><td>项目名称</td><td colspan=4>高标准农田建设</td></tr>"
        "<tr><td colspan=3>绩效指标</td><td>中期目标</td><td>年度目标</td></tr>"
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>指标值</td></tr>"
        "<tr><td>产出指标</td><td>数量指标</td><td>新建高标准农田面积</td>"
        "<td>≥4.5万亩</td><td>≥1.5万亩</td></tr>"
        "</table></body></html>"
    )
    (table,) = perftrack.read_text(html, format="html")
    assert fields(table) == [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥1.5万亩", None, None, "≥4.5万亩"),
    ]


def test_tracking_lower_row_repeats_levels() -> None:
    # the same rule for a tracking table's two-row header printed in both rows
    table = read(
        "财政项目支出绩效跟踪表",
        "跟踪时段：2025年1-9月",
        ["项目名称", "社区老年大学"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期完成情况", "跟踪期完成情况"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "计划完成值", "实际完成值"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "75人", "60人"],
    )
    assert fields(table) == [("产出指标", "数量指标", "培训人数", "≥100人", "75人", "60人", None)]
    assert "grid-column-duplicate" not in finding_ids(table)


def test_goal_sides_under_bare_goal_label_unchanged() -> None:
    # 绩效目标 | 中期目标 | 年度目标 over the goal's texts stays the goal, no grid header
    table = read(
        "2024年项目支出绩效目标申报表",
        ["项目名称", "高标准农田建设"],
        ["绩效目标", "中期目标（2024-2026年）", "年度目标（2024年）"],
        ["", "建成4.5万亩", "建成1.5万亩"],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "新建高标准农田面积", "45000亩", "≥15000亩"],
    )
    assert table.overall_goal == perftrack.OverallGoal("建成1.5万亩", midterm="建成4.5万亩")
    assert fields(table) == [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥15000亩", None, None, "45000亩"),
    ]


# ---------------------------------------------------------------------------
# 3.-5. Header words of the plan and the actual

_TRACK = ["财政项目支出绩效跟踪表", "跟踪时段：2025年1-9月", ["项目名称", "社区老年大学"]]


@pytest.mark.parametrize(
    ("plan", "actual"),
    [
        pytest.param("预期完成值", "实际完成值", id="yuqi-shiji"),
        pytest.param("应完成值", "已完成值", id="ying-yi"),
        pytest.param("计划进度", "实际进度", id="jihua-jindu"),
        pytest.param("目标进度值", "实际完成进度值", id="mubiao-jindu"),
    ],
)
def test_tracking_plan_and_actual_words(plan: str, actual: str) -> None:
    table = read(
        *_TRACK,
        ["一级指标", "二级指标", "三级指标", "年度指标值", plan, actual, "偏差原因分析"],
        ["产出指标", "数量指标", "开设班次", "≥40个", "30个", "40个", ""],
        ["产出指标", "数量指标", "培训人数", "≥100人", "75人", "60人", "师资不足"],
    )
    assert fields(table) == [
        ("产出指标", "数量指标", "开设班次", "≥40个", "30个", "40个", None),
        ("产出指标", "数量指标", "培训人数", "≥100人", "75人", "60人", None),
    ]
    assert "grid-column-duplicate" not in finding_ids(table)


def test_yuqi_header_scores_the_real_actual() -> None:
    table = read(
        *_TRACK,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "预期完成值", "实际完成值"],
        ["产出指标", "数量指标", "开设班次", "≥40个", "30个", "40个"],
    )
    (scored,) = perftrack.score(table).verdicts
    assert scored.attainment is perftrack.Attainment.MET
    assert scored.explanation == "实际40个，达到年度指标≥40个"
    assert scored.progress is perftrack.Progress.ON_TRACK


def test_schedule_plan_with_done_word_stays_actual() -> None:
    # 计划进度完成情况: the schedule's status (完成), the actual as before
    table = read(
        *_TRACK,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "计划进度完成情况"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "60人"],
    )
    assert fields(table) == [("产出指标", "数量指标", "培训人数", "≥100人", None, "60人", None)]


@pytest.mark.parametrize(
    ("target", "actual"),
    [
        pytest.param("绩效目标值", "绩效实现值", id="jixiao-shixianzhi"),
        pytest.param("目标值", "实现值", id="shixianzhi"),
        pytest.param("年初目标值(A)", "全年实际值(B)", id="quannian-shijizhi"),
    ],
)
def test_self_evaluation_actual_words(target: str, actual: str) -> None:
    table = read(
        *_SELF,
        ["一级指标", "二级指标", "三级指标", target, actual, "分值", "得分"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "90人", "10", "9"],
    )
    assert fields(table) == [("产出指标", "数量指标", "培训人数", "≥100人", None, "90人", None)]
    assert "missing-actual" not in [f.id for f in perftrack.score(table).findings]


def test_expected_realised_value_stays_target() -> None:
    table = read(
        *_SELF,
        ["一级指标", "二级指标", "三级指标", "预期实现值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "90人", "10", "9"],
    )
    assert fields(table) == [("产出指标", "数量指标", "培训人数", "≥100人", None, "90人", None)]


# ---------------------------------------------------------------------------
# 6. The whole term's target beside the year's


@pytest.mark.parametrize(
    ("whole", "year"),
    [
        pytest.param("指标值", "年度指标值", id="bare-before-year"),
        pytest.param("整体目标值", "年度目标值", id="whole"),
        pytest.param("三年目标值", "年度目标值", id="three-years"),
        pytest.param("实施期目标值", "年度目标值", id="implementation"),
    ],
)
def test_whole_term_target_beside_year(whole: str, year: str) -> None:
    table = read(
        *_TARGET,
        ["一级指标", "二级指标", "三级指标", whole, year],
        ["产出指标", "数量指标", "高素质农民培训人数", "≥2万人", "≥0.4万人"],
    )
    assert fields(table) == [
        ("产出指标", "数量指标", "高素质农民培训人数", "≥0.4万人", None, None, "≥2万人"),
    ]
    assert "grid-column-duplicate" not in finding_ids(table)


def test_bare_value_after_year_column_not_midterm() -> None:
    # 年度指标值 | 指标值: no whole term named, the first column kept as before
    table = read(
        *_TARGET,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "指标值"],
        ["产出指标", "数量指标", "高素质农民培训人数", "≥0.4万人", "≥2万人"],
    )
    assert fields(table) == [
        ("产出指标", "数量指标", "高素质农民培训人数", "≥0.4万人", None, None, None),
    ]
    assert "grid-column-duplicate" in finding_ids(table)
