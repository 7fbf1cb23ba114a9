"""a26: last year's same months beside this year's, and the mid-term goal's layouts.

Every case is a small table written here, read with ``read_text`` and scored.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetLine, BudgetRole, OverallGoal

D = Decimal

GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"],
    ["产出指标", "数量指标", "资助学生人次", "≥3400人次", "2000人次"],
]


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


_SAME_PERIOD = BudgetLine(
    BudgetRole.TOTAL,
    "年度资金总额",
    initial=D(1000),
    executed=D(520),
    rate=D(52),
    last_year_same_period=D(410),
)


@pytest.mark.parametrize(
    ("title", "header", "amounts", "expected_line", "expected_findings"),
    [
        pytest.param(
            "项目支出绩效监控表",
            ["年初预算数", "2023年1-6月执行数", "1-6月执行数", "执行率"],
            ["1000", "410", "520", "52%"],
            _SAME_PERIOD,
            [],
            id="no-year-earlier-year-first",
        ),
        pytest.param(
            "项目支出绩效监控表",
            ["年初预算数", "1-6月执行数", "执行率", "2023年1-6月执行数"],
            ["1000", "520", "52%", "410"],
            _SAME_PERIOD,
            [],
            id="no-year-earlier-year-last",
        ),
        pytest.param(
            "2024年度项目支出绩效监控表",
            ["年初预算数", "1-6月执行数", "执行率", "2023年1-6月执行数"],
            ["1000", "520", "52%", "410"],
            _SAME_PERIOD,
            [],
            id="year-title-earlier-year-last",
        ),
        pytest.param(
            "2024年度项目支出绩效监控表",
            ["年初预算数", "2023年1-6月执行数", "1-6月执行数", "执行率"],
            ["1000", "410", "520", "52%"],
            _SAME_PERIOD,
            [],
            id="year-title-earlier-year-first",
        ),
        pytest.param(
            "2024年1-6月项目支出绩效监控表",
            ["年初预算数", "1-6月执行数", "执行率", "2023年1-6月执行数"],
            ["1000", "520", "52%", "410"],
            _SAME_PERIOD,
            [],
            id="months-title-unchanged",
        ),
        pytest.param(
            "2024年度项目支出绩效监控表",
            ["年初预算数", "1-6月执行数", "执行率", "2023年1-9月执行数"],
            ["1000", "520", "52%", "800"],
            BudgetLine(
                BudgetRole.TOTAL, "年度资金总额", initial=D(1000), executed=D(520), rate=D(52)
            ),
            [
                (
                    "budget-column-same-period",
                    (
                        "预算表头“2023年1-9月执行数”（E3）为上年同期数，"
                        "不是本年数，也不是上年全年数，金额未读入"
                    ),
                )
            ],
            id="other-months-still-unread",
        ),
    ],
)
def test_last_year_same_period_beside_this_year(
    title: str,
    header: list[str],
    amounts: list[str],
    expected_line: BudgetLine,
    expected_findings: list[tuple[str, str]],
) -> None:
    table = read(
        title,
        ["项目名称", "某县学生资助项目"],
        ["项目资金（万元）", *header],
        ["年度资金总额", *amounts],
        *GRID,
    )
    assert table.budget == (expected_line,)
    findings = [
        (finding.id, finding.message)
        for finding in perftrack.score(table).findings
        if finding.id.startswith("budget-")
    ]
    assert findings == expected_findings


_HEAD = [
    "2024年项目支出绩效目标申报表",
    ["项目名称", "高标准农田建设"],
    ["项目资金（万元）", "中期资金总额", "年度资金总额"],
    ["资金总额", "12000", "4000"],
]
_GOAL_GRID = [
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
    ["产出指标", "数量指标", "新建高标准农田面积", "45000亩", "≥15000亩"],
    ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"],
]
_BOTH = OverallGoal("建成1.5万亩", midterm="建成4.5万亩")


@pytest.mark.parametrize(
    ("goal_rows", "expected"),
    [
        pytest.param(
            [["中期目标", "建成4.5万亩"], ["年度目标", "建成1.5万亩"]],
            _BOTH,
            id="midterm-row-then-year-row",
        ),
        pytest.param(
            [["年度目标", "建成1.5万亩"], ["中期目标", "建成4.5万亩"]],
            _BOTH,
            id="year-row-then-midterm-row",
        ),
        pytest.param(
            [["实施期目标", "建成4.5万亩"], ["年度目标", "建成1.5万亩"]],
            _BOTH,
            id="implementation-period-row",
        ),
        pytest.param(
            [["总体目标", "中期目标", "建成4.5万亩"], ["", "年度目标", "建成1.5万亩"]],
            _BOTH,
            id="pairs-under-overall-goal",
        ),
        pytest.param(
            [
                ["绩效目标", "中期目标（2024-2026年）", "年度目标（2024年）"],
                ["", "建成4.5万亩", "建成1.5万亩"],
            ],
            _BOTH,
            id="bare-goal-label-over-sides",
        ),
        pytest.param(
            [["总体目标", "实施期目标", "年度目标"], ["", "建成4.5万亩", "建成1.5万亩"]],
            _BOTH,
            id="side-by-side-unchanged",
        ),
    ],
)
def test_midterm_goal_layouts(goal_rows: list[list[str]], expected: OverallGoal) -> None:
    table = read(*_HEAD, *goal_rows, *_GOAL_GRID)
    assert table.overall_goal == expected
    ids = [finding.id for finding in perftrack.score(table).findings]
    assert "missing-overall-goal" not in ids
