"""Department tables (dept22): two years' budget columns, uses in columns and beside
sources, and a part of the year's work done before a whole-year deadline.

Every case is a small table written here, read with ``read_text`` and scored.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetRole

D = Decimal

TARGET_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
    ["产出指标", "数量指标", "资助学生人次", "≥3400人次"],
    ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
]


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def _lines(table: perftrack.Table) -> list[tuple[BudgetRole, str, D | None, D | None, D | None]]:
    return [
        (line.role, line.source, line.period_budget, line.executed, line.last_year)
        for line in table.budget
    ]


def _target(header: list[str]) -> perftrack.Table:
    return read(
        "2024年度部门整体支出绩效目标表",
        ["部门名称", "某县教育局"],
        ["部门预算（万元）", "项目", *header, "增减率"],
        ["", "资金总额", "12680.00", "13600.00", "7.26%"],
        ["", "其中：财政拨款", "12500.00", "13300.00", "6.40%"],
        ["", "其他资金", "180.00", "300.00", "66.67%"],
        ["年度总体目标", "保障全县义务教育学校正常运转。"],
        *TARGET_GRID,
    )


_TWO_YEARS = [
    (BudgetRole.TOTAL, "资金总额", D("13600.00"), None, D("12680.00")),
    (BudgetRole.APPROPRIATION, "其中：财政拨款", D("13300.00"), None, D("12500.00")),
    (BudgetRole.OTHER, "其他资金", D("300.00"), None, D("180.00")),
]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param(["2023年预算数", "2024年预算数"], _TWO_YEARS, id="years"),
        pytest.param(["上年预算数", "本年预算数"], _TWO_YEARS, id="last-this"),
        pytest.param(["上年实际支出数", "本年预算数"], _TWO_YEARS, id="last-year-spending"),
        pytest.param(["2023年执行数", "2024年预算数"], _TWO_YEARS, id="year-spending"),
    ],
)
def test_last_years_column_is_kept_apart(
    header: list[str], expected: list[tuple[BudgetRole, str, D | None, D | None, D | None]]
) -> None:
    """H1: the table's year (本年) is the budget; last year's is ``last_year``, no finding."""
    table = _target(header)
    assert _lines(table) == expected
    findings = [finding.id for finding in perftrack.score(table).findings]
    assert [
        found for found in findings if found.startswith("budget-") and found != "budget-line-unread"
    ] == []
