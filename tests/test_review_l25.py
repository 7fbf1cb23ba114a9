"""The review letter follows the amounts and the rows, not the form's claims (l25).

letter34 M3: a budget lag the sources' sums contradict was stated as fact.
Every table is written here as text, read and scored; each case names the exact
sentence the letter must hold.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._common import row_of, summary_cells
from perftrack.reports._review import review


def _card(rows: list[list[str]]) -> perftrack.Scorecard:
    return perftrack.score(perftrack.read_text("\n".join("\t".join(row) for row in rows))[0])


def _monitor(lines: list[list[str]], rows: list[list[str]]) -> list[list[str]]:
    return [
        ["2024年度项目支出绩效运行监控表"],
        ["项目名称", "测试项目", "", "", ""],
        ["主管部门", "区民政局", "", "", "", "实施单位", "区养老服务中心"],
        ["项目资金（万元）", "", "年初预算数", "1-8月执行数", "1-8月执行率", "全年预计执行数"],
        *(["", *line] for line in lines),
        ["年度总体目标", "", "预期目标", "", "", "全年实际完成情况"],
        ["", "", "完成年度任务。", "", "", "按计划推进。"],
        [
            "",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "1-8月执行情况",
            "全年预计完成情况",
            "偏差原因分析",
            "完成目标可能性",
            "备注",
        ],
        *(["", *row] for row in rows),
    ]


_ROWS = [
    ["产出指标", "数量指标", "新增床位数", "≥100张", "100张", "100张", "", "确定能完成", ""],
    ["效益指标", "社会效益指标", "受益老人数", "≥300人", "310人", "310人", "", "确定能完成", ""],
    [
        "满意度指标",
        "服务对象满意度指标",
        "服务对象满意度",
        "≥90%",
        "95%",
        "95%",
        "",
        "确定能完成",
        "",
    ],
]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _monitor(
                [
                    ["年度资金总额", "100.00", "40.00", "40.00%", "100.00"],
                    ["其中：当年财政拨款", "100.00", "80.00", "80.00%", "100.00"],
                ],
                _ROWS,
            ),
            [
                (
                    "预算执行率为40.00%（已执行40.00万元，预算100.00万元），按各项资金来源合计计算为80.00%，"
                    "两者不符，执行进度无法确认。"
                ),
                (
                    "存在以下问题：各项资金来源之和与资金总额不符（各项资金来源执行数合计80.00万元，"
                    "资金总额执行数为40.00万元）。建议"
                ),
            ],
            id="m3-sources-contradict-the-lag",
        ),
        pytest.param(
            _monitor(
                [
                    ["年度资金总额", "100.00", "40.00", "40.00%", "100.00"],
                    ["其中：当年财政拨款", "100.00", "50.00", "50.00%", "100.00"],
                ],
                _ROWS,
            ),
            [
                "预算执行率为40.00%，低于序时进度66.67%（已执行40.00万元，预算100.00万元）。",
                (
                    "一是预算执行进度滞后，执行率低于序时进度26.67个百分点；"
                    "二是各项资金来源之和与资金总额不符（各项资金来源执行数合计50.00万元，"
                    "资金总额执行数为40.00万元）。建议"
                ),
            ],
            id="m3-both-behind-the-lag-stands",
        ),
    ],
)
def test_letter_sentences(table: list[list[str]], expected: list[str]) -> None:
    text = review(_card(table))
    for sentence in expected:
        assert sentence in text, text


_LINE = ["", "年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "10"]


def _self(*rows: list[str], line: list[str] = _LINE) -> list[list[str]]:
    return [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "测试项目"],
        [
            "项目资金（万元）",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        line,
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析",
        ],
        *rows,
        ["效益指标", "社会效益指标", "受益人数", "≥300人", "310人", "30", "30", ""],
    ]


@pytest.mark.parametrize(
    ("table", "expected", "absent"),
    [
        pytest.param(
            _self(
                ["产出指标", "数量指标", "改造户数", "≥100户", "100户", "30", "30", "无未完成事项"],
                [
                    "满意度指标",
                    "服务对象满意度指标",
                    "服务对象满意度",
                    "≥95%",
                    "92.59%",
                    "20",
                    "18",
                    "年初指标设置偏低，实际完成情况超出预期",
                ],
            ),
            (
                "有1项指标偏差原因与完成情况不符，请核实"
                "（“服务对象满意度”未完成却填写“年初指标设置偏低，实际完成情况超出预期”）"
            ),
            "改造户数",
            id="m7-not-met-exceeded-expectations",
        ),
        pytest.param(
            _self(
                [
                    "产出指标",
                    "数量指标",
                    "改造户数",
                    "≥100户",
                    "100户",
                    "30",
                    "30",
                    "部分工程未完成",
                ],
                ["", "数量指标", "新建站点数", "≥10个", "6个", "20", "12", "按计划推进"],
            ),
            (
                "有2项指标偏差原因与完成情况不符，请核实"
                "（“改造户数”已完成却填写“部分工程未完成”、“新建站点数”未完成却填写“按计划推进”）"
            ),
            "无未完成",
            id="m7-met-said-undone-and-not-met-said-on-plan",
        ),
    ],
)
def test_reason_against_result(table: list[list[str]], expected: str, absent: str) -> None:
    text = review(_card(table))
    assert expected in text, text
    assert f"“{absent}”已完成却" not in text


_MET = ["产出指标", "数量指标", "改造户数", "≥100户", "100户", "30", "30", ""]
_GLAD = ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93%", "30", "30", ""]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _self(
                _MET, line=["", "年度资金总额", "100.00", "100.00", "75.00", "10", "75.00%", "10"]
            ),
            "预算执行率得分与执行情况不符（执行率75.00%，应得7.50分，填报10.00分）",
            id="low-budget-points-with-figures",
        ),
        pytest.param(
            _self(
                _MET,
                _GLAD,
                line=["", "年度资金总额", "100.00", "100.00", "95.00", "10", "105.1%", "10"],
            ),
            "“年度资金总额”填报执行率105.10%，按金额计算应为95.00%",
            id="low-printed-rate-two-decimals",
        ),
        pytest.param(
            _self(
                _MET,
                _GLAD,
                ["", "时效指标", "工程开工时间", "2023年11月", "部分完成", "10", "5", "审批延后"],
                line=["", "年度资金总额", "100.00", "100.00", "95.00", "0", "95.00%", "0"],
            ),
            "“工程开工时间”应于2023年11月完成，实际仅部分完成",
            id="low-partial-at-due-date",
        ),
    ],
)
def test_low_sentences(table: list[list[str]], expected: str) -> None:
    text = review(_card(table))
    assert expected in text, text


def _tracking(*rows: list[str]) -> list[list[str]]:
    return [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2025-1月 至 2025-8月 ）"],
        ["项目名称", "老旧小区改造"],
        ["主管部门", "区住房保障局", "实施单位", "区房屋管理中心"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "3000.00", "3000.00", "2100.00", "70.00"],
        ["年度总体目标", "预期目标", "", "跟踪期实际完成情况"],
        ["", "完成老旧小区改造。", "", "按计划推进。"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        ["产出指标", "数量指标", "改造小区数量", "=12个", "8", "8个", ""],
        ["效益指标", "社会效益指标", "惠及居民户数", "≥3000户", "2000", "2100户", ""],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "90%", "92%", ""],
        *rows,
    ]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _tracking(
                [
                    "产出指标",
                    "时效指标",
                    "开工时间",
                    "2025年5月31日前",
                    "已开工",
                    "未开工",
                    "招标流标",
                ]
            ),
            "“开工时间”应于2025年5月31日前开工，截至2025年8月31日仍未开工",
            id="low-start-not-taken-by-its-deadline",
        ),
        pytest.param(
            _tracking(["产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "0", ""]),
            "一是有1项指标的合格率填报为0，尚无验收或检查结果（“工程验收合格率”）；",
            id="low-pass-rate-zero-nothing-checked",
        ),
        pytest.param(
            _tracking(
                ["产出指标", "数量指标", "新建助餐点数量", "≥10个", "5", "5个", ""],
                ["产出指标", "数量指标", "新建助餐点数量", "≥10个", "5", "5个", ""],
            ),
            "存在以下问题：“新建助餐点数量”在数量指标下重复设置。",
            id="low-duplicate-rows-without-nested-brackets",
        ),
    ],
)
def test_tracking_sentences(table: list[list[str]], expected: str) -> None:
    text = review(_card(table))
    assert expected in text, text
    assert "未完成年度目标" not in text
    assert "已到完成时限" not in text
    assert "存在偏差" not in text


def test_markdown_gap_ahead_of_schedule() -> None:
    """A table ahead of its bar shows 超前, never a negative gap (letter34 LOW)."""
    card = _card(
        _monitor(
            [
                ["年度资金总额", "100.00", "90.00", "90.00%", "100.00"],
                ["其中：当年财政拨款", "100.00", "90.00", "90.00%", "100.00"],
            ],
            _ROWS,
        )
    )
    assert summary_cells(row_of(card))[4:7] == ["90.00", "66.67", "超前23.33"]
