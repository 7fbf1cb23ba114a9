"""r37s: what a reviewer finds implausible in a table's own figures and words.

Each table is built here as a TSV; each case fails before its fix:

D. an actual over 100% on a share of a whole (``签约服务覆盖率 | ≥35% | 20% | 120%``) was
   ``exceeds-target`` (指标可能设置偏低); it is ``actual-implausible``, a data error.
E. a 偏差原因 naming no cause (``其他原因``, ``有待加强``) beside a deviation was taken as a
   reason; it is ``missing-deviation-reason`` quoting it (real causes stay silent).
K. a met qualitative row printing 18 of 20 read ``计算得分20.00，填报得分18（达成，得满分）``
   and had no finding. 10号 and spec §7 score a met qualitative row 100%–80% of its
   分值, so 18 is no error and no finding is raised (points-differ keeps a printed score
   outside the band); the line now says the printed score is in the band.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.report import scorecard_text
from perftrack.reports._review import review
from perftrack.scoring import score

Rows = list[list[str]]


def _tsv(rows: Rows) -> perftrack.Table:
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


def _tracking(rows: Rows) -> perftrack.Table:
    return _tsv(
        [
            ["财政项目支出绩效跟踪表"],
            ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
            ["项目名称", "社区卫生服务"],
            ["主管部门", "某区卫生健康委员会", "", "实施单位", "某社区卫生服务中心"],
            [
                "预算执行情况 (万元)",
                "",
                "年初预算数",
                "跟踪期预算数",
                "跟踪期执行数",
                "执行率(%)",
            ],
            ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "跟踪期计划完成值",
                "跟踪期实际完成值",
                "偏差原因分析",
            ],
            *rows,
            ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
            ["", "年度绩效目标完成可能性", "确定能完成"],
            ["纠偏措施", "无"],
        ]
    )


def _row_findings(card: perftrack.Scorecard, row: int = 0) -> list[tuple[str, str]]:
    return [
        (finding.id, finding.message) for finding in card.findings if finding.where.indicator == row
    ]


# --- D: a share of a whole over 100% ---


def _over_whole(name: str, shown: str) -> tuple[str, str]:
    said = f"“{name}”实际完成值{shown}超过100%，覆盖率、合格率、满意度等比例指标不超过100%"
    return ("actual-implausible", f"{said}，疑为填报错误")


_OVER_WHOLE = {
    "coverage": (
        ["产出指标", "质量指标", "签约服务覆盖率", "≥35%", "20%", "120%", ""],
        [_over_whole("签约服务覆盖率", "120%")],
    ),
    "satisfaction": (
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "105%", ""],
        [_over_whole("签约居民满意度", "105%")],
    ),
    "pass rate, a note after the name": (
        ["产出指标", "质量指标", "工程验收合格率（%）", "≥95%", "95%", "180%", ""],
        [_over_whole("工程验收合格率（%）", "180%")],
    ),
    # a rate against the plan may pass it: exceeds-target keeps it
    "completion rate": (
        ["产出指标", "数量指标", "任务完成率", "≥50%", "25%", "120%", ""],
        [
            (
                "exceeds-target",
                "“任务完成率”实际120%为年度指标≥50%的240.00%，指标可能设置偏低",
            )
        ],
    ),
    # beds over capacity: a rate of use may pass 100%
    "rate of use": (
        ["产出指标", "质量指标", "病床使用率", "≥50%", "25%", "105%", ""],
        [
            (
                "exceeds-target",
                "“病床使用率”实际105%为年度指标≥50%的210.00%，指标可能设置偏低",
            )
        ],
    ),
    # a gross rate counts pupils of any age
    "gross rate": (
        ["效益指标", "社会效益指标", "学前教育毛入园率", "≥50%", "25%", "102%", ""],
        [
            (
                "exceeds-target",
                "“学前教育毛入园率”实际102%为年度指标≥50%的204.00%，指标可能设置偏低",
            )
        ],
    ),
    # under 100%, a share far over its target is still a target set low
    "coverage under 100%": (
        ["产出指标", "质量指标", "签约服务覆盖率", "≥35%", "20%", "90%", ""],
        [
            (
                "exceeds-target",
                "“签约服务覆盖率”实际90%为年度指标≥35%的257.14%，指标可能设置偏低",
            )
        ],
    ),
}


@pytest.mark.parametrize("case", list(_OVER_WHOLE), ids=list(_OVER_WHOLE))
def test_share_of_a_whole_over_100(case: str) -> None:
    row, expected = _OVER_WHOLE[case]
    assert _row_findings(score(_tracking([row]))) == expected


def test_share_over_100_in_the_letter() -> None:
    rows = [["产出指标", "质量指标", "签约服务覆盖率", "≥35%", "20%", "120%", ""]]
    letter = review(score(_tracking(rows)))
    assert (
        "“签约服务覆盖率”实际完成值120%超过100%，覆盖率、合格率、满意度等比例指标不超过100%，"
        "疑为填报错误" in letter
    )
    assert "核实并据实填报实际完成值" in letter
    assert "合理设置年度指标值" not in letter
    assert "明显超出年度指标" not in letter


# --- E: a deviation reason that names no cause ---


def _self(rows: Rows) -> perftrack.Table:
    return _tsv(
        [
            ["项目支出绩效自评表"],
            ["（2023年度）"],
            ["项目名称", "社区养老服务补贴"],
            [
                "项目资金（万元）",
                "年初预算数",
                "全年预算数",
                "全年执行数",
                "分值",
                "执行率",
                "得分",
            ],
            ["年度资金总额", "500.00", "500.00", "500.00", "10", "100%", "10"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
                "偏差原因分析及改进措施",
            ],
            *rows,
        ]
    )


def _vague(name: str, what: str, said: str) -> tuple[str, str]:
    return (
        "missing-deviation-reason",
        f"“{name}”{what}，但偏差原因仅填写“{said}”，未说明具体原因",
    )


_TRACKING_REASONS = {
    "其他原因, behind": (
        ["产出指标", "数量指标", "改造户数", "≥12个", "6", "3", "其他原因"],
        [_vague("改造户数", "存在偏差", "其他原因")],
    ),
    "有待加强 on a 满意度 row": (
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "90%", "80%", "有待加强"],
        [_vague("居民满意度", "存在偏差", "有待加强")],
    ),
    "a label before it": (
        ["产出指标", "数量指标", "改造户数", "≥12个", "6", "3", "偏差原因：客观原因。"],
        [_vague("改造户数", "存在偏差", "客观原因")],
    ),
    "需进一步加强": (
        ["产出指标", "数量指标", "改造户数", "≥12个", "6", "3", "工作需进一步加强"],
        [_vague("改造户数", "存在偏差", "工作需进一步加强")],
    ),
    # real causes: no finding
    "a cause": (
        [
            "产出指标",
            "数量指标",
            "培训人次",
            "≥120人次",
            "60",
            "30",
            "受疫情影响，培训延期至下半年",
        ],
        [],
    ),
    "其他原因 with its cause": (
        ["产出指标", "数量指标", "改造户数", "≥12个", "6", "3", "其他原因：资金未到位"],
        [],
    ),
    "a named area to strengthen": (
        ["产出指标", "数量指标", "改造户数", "≥12个", "6", "3", "宣传力度有待加强"],
        [],
    ),
    # no deviation: a vague word beside a row on its plan asks nothing
    "on plan": (
        ["产出指标", "数量指标", "改造户数", "≥12个", "6", "6", "其他原因"],
        [],
    ),
}


@pytest.mark.parametrize("case", list(_TRACKING_REASONS), ids=list(_TRACKING_REASONS))
def test_vague_reason_tracking(case: str) -> None:
    row, expected = _TRACKING_REASONS[case]
    assert _row_findings(score(_tracking([row]))) == expected


_SELF_REASONS = {
    "其他原因, not met": (
        ["产出指标", "数量指标", "补贴发放人数", "≥3000人", "2800人", "20", "18.67", "其他原因"],
        [_vague("补贴发放人数", "存在偏差", "其他原因")],
    ),
    "有待加强 on a 满意度 row": (
        [
            "满意度指标",
            "服务对象满意度指标",
            "服务对象满意度",
            "≥90%",
            "85%",
            "10",
            "9.44",
            "有待加强",
        ],
        [_vague("服务对象满意度", "存在偏差", "有待加强")],
    ),
    "partly met": (
        ["效益指标", "可持续影响指标", "长效管护机制", "健全", "基本健全", "20", "16", "其他原因"],
        [
            _vague("长效管护机制", "部分完成", "其他原因"),
            ("target-not-measurable", "“长效管护机制”年度指标“健全”为定性或文字描述，难以量化考核"),
        ],
    ),
    "far over the target": (
        ["产出指标", "数量指标", "培训人次", "≥100人次", "200人次", "20", "20", "其他原因"],
        [
            (
                "exceeds-target",
                "“培训人次”实际200人次为年度指标≥100人次的200.00%，指标可能设置偏低",
            ),
            _vague("培训人次", "超额完成（实际为年度指标的200.00%）", "其他原因"),
        ],
    ),
    "a cause": (
        [
            "产出指标",
            "数量指标",
            "补贴发放人数",
            "≥3000人",
            "2800人",
            "20",
            "18.67",
            "部分老人迁出本区，不再符合补贴条件",
        ],
        [],
    ),
}


@pytest.mark.parametrize("case", list(_SELF_REASONS), ids=list(_SELF_REASONS))
def test_vague_reason_self_evaluation(case: str) -> None:
    row, expected = _SELF_REASONS[case]
    assert _row_findings(score(_self([row]))) == expected


def test_vague_reason_in_the_letter() -> None:
    rows = [["产出指标", "数量指标", "改造户数", "≥12个", "6", "3", "其他原因"]]
    letter = review(score(_tracking(rows)))
    assert "未分析原因（“改造户数”）" in letter
    assert "补充偏差原因分析" in letter


# --- K: a qualitative row's printed points inside its band ---

_BANDS = {
    "met, 18 of 20": (
        ["效益指标", "社会效益指标", "老年人生活质量", "有所提高", "提高", "20", "18", ""],
        (
            "       计分：分值20，计算得分20.00，填报得分18"
            "（达成，得满分；填报得分为分值的90.00%，在80%–100%档内）"
        ),
        [],
    ),
    "partly met, 13 of 20": (
        ["效益指标", "可持续影响指标", "长效管护机制", "健全", "基本健全", "20", "13", "资金不足"],
        (
            "       计分：分值20，计算得分16.00，填报得分13"
            "（部分达成，得部分分值；填报得分为分值的65.00%，在60%–80%档内）"
        ),
        [],
    ),
    # outside the band: points-differ says it, the line adds nothing
    "met, 14 of 20": (
        ["效益指标", "社会效益指标", "老年人生活质量", "有所提高", "提高", "20", "14", ""],
        "       计分：分值20，计算得分20.00，填报得分14（达成，得满分）",
        [("points-differ", "“老年人生活质量”填报得分14（14/20=70.00%）不在80%–100%档内")],
    ),
    # a figure met scores in full: 18 of 20 is points-differ, the line adds nothing
    "comparison met, 18 of 20": (
        ["产出指标", "数量指标", "补贴发放人数", "≥3000人", "3000人", "20", "18", ""],
        "       计分：分值20，计算得分20.00，填报得分18（达成，得满分）",
        [("points-differ", "“补贴发放人数”计算得分20.00与填报得分18不同")],
    ),
}


@pytest.mark.parametrize("case", list(_BANDS), ids=list(_BANDS))
def test_printed_points_in_the_band(case: str) -> None:
    row, line, findings = _BANDS[case]
    card = score(_self([row]))
    assert line in scorecard_text(card).splitlines()
    assert [(f.id, f.message) for f in card.findings if f.id.startswith("points")] == findings
