"""r51fix W4: a plan column of this year beside a bare execution column is not last
year's same period, nor is a column of a year another column names as the year's.

Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetLine, BudgetPart, BudgetRole

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


@pytest.mark.parametrize(
    ("header", "amounts", "expected_line", "expected_ids"),
    [
        pytest.param(
            ["年初预算数", "2024年1-6月预算数", "1-6月执行数", "执行率"],
            ["500", "240", "210", "87.5%"],
            BudgetLine(
                BudgetRole.TOTAL,
                "年度资金总额",
                initial=D(500),
                planned=D(240),
                executed=D(210),
                rate=D("87.5"),
            ),
            ["budget-rate-mismatch"],
            id="plan-column-is-this-years",
        ),
        pytest.param(
            ["2024年预算数", "2024年1-6月执行数", "1-6月执行数", "执行率"],
            ["500", "240", "210", "87.5%"],
            BudgetLine(
                BudgetRole.TOTAL,
                "年度资金总额",
                period_budget=D(500),
                executed=D(240),
                rate=D("87.5"),
                quarters=(BudgetPart("1-6月执行数", 1, 6, D(210)),),
            ),
            ["budget-quarters-mismatch", "budget-rate-mismatch"],
            id="year-named-as-this-years",
        ),
        pytest.param(
            ["年初预算数", "2023年1-6月执行数", "1-6月执行数", "执行率"],
            ["1000", "410", "520", "52%"],
            BudgetLine(
                BudgetRole.TOTAL,
                "年度资金总额",
                initial=D(1000),
                executed=D(520),
                rate=D(52),
                last_year_same_period=D(410),
            ),
            [],
            id="a26-earlier-execution-unchanged",
        ),
    ],
)
def test_dated_column_beside_bare_execution(
    header: list[str],
    amounts: list[str],
    expected_line: BudgetLine,
    expected_ids: list[str],
) -> None:
    table = read(
        "项目支出绩效监控表",
        ["项目名称", "某县学生资助项目"],
        ["项目资金（万元）", *header],
        ["年度资金总额", *amounts],
        *GRID,
    )
    assert table.budget == (expected_line,)
    ids = [
        finding.id
        for finding in perftrack.score(table).findings
        if finding.id.startswith("budget-")
    ]
    assert ids == expected_ids
