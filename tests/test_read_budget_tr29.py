"""专项债 and 投资 tables' fund blocks by 到位/支出, and their header fields (transfer29).

Fund rows by stage (资金到位情况 | 债券资金 | 3000 | …, then 资金支出情况), the columns
计划投资 | 资金到位 | 资金支出 | 支出率 and 全年到位数, the works' dates beside 项目总投资
and a budget label printed with its colon. Every case is a small table written here,
read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetLine, BudgetRole, Note

GRID = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
INDICATOR = ["", "产出指标", "数量指标", "改造老旧小区数量", "12个", "12个", "90", "90"]
HEAD = [
    "2024年度专项债券项目绩效自评表",
    ["项目名称", "辛市老旧小区改造项目", "主管部门", "辛市住房和城乡建设局"],
]
TOTAL = BudgetRole.TOTAL
APPROPRIATION = BudgetRole.APPROPRIATION


def lines(*rows: list[str] | str) -> str:
    """Tab-separated text of the rows (a string is a one-cell row)."""
    return "\n".join("\t".join([row] if isinstance(row, str) else row) for row in rows)


def read(*rows: list[str] | str) -> perftrack.Table:
    (table,) = perftrack.read_text(lines(*HEAD, *rows, GRID, INDICATOR), format="text")
    return table


def finding_ids(table: perftrack.Table) -> list[str]:
    return [finding.id for finding in perftrack.score(table).findings]


def d(text: str) -> Decimal:
    return Decimal(text)


# ---------------------------------------------------------------------------
# H1: 资金到位情况 / 资金支出情况 rows of source/amount pairs


@pytest.mark.parametrize(
    ("rows", "budget", "present", "absent"),
    [
        pytest.param(
            [
                [
                    "资金到位情况（万元）",
                    "债券资金",
                    "3,000.00",
                    "配套资金",
                    "500.00",
                    "合计",
                    "3,500.00",
                ],
                [
                    "资金支出情况（万元）",
                    "债券资金",
                    "2,850.00",
                    "配套资金",
                    "380.00",
                    "合计",
                    "3,230.00",
                ],
            ],
            (
                BudgetLine(
                    APPROPRIATION, "债券资金", period_budget=d("3000.00"), executed=d("2850.00")
                ),
                BudgetLine(
                    APPROPRIATION, "配套资金", period_budget=d("500.00"), executed=d("380.00")
                ),
                BudgetLine(TOTAL, "合计", period_budget=d("3500.00"), executed=d("3230.00")),
            ),
            [],
            ["budget-behind-schedule", "budget-line-unread"],
            id="rows-92-percent",
        ),
        pytest.param(
            [
                ["资金到位情况（万元）", "债券资金", "3,000.00", "合计", "3,500.00"],
                ["资金支出情况（万元）", "债券资金", "2,400.00", "合计", "2,800.00"],
            ],
            (
                BudgetLine(
                    APPROPRIATION, "债券资金", period_budget=d("3000.00"), executed=d("2400.00")
                ),
                BudgetLine(TOTAL, "合计", period_budget=d("3500.00"), executed=d("2800.00")),
            ),
            ["budget-behind-schedule"],
            ["budget-line-unread"],
            id="rows-80-percent-behind",
        ),
        pytest.param(
            [
                [
                    "资金到位情况（万元）",
                    "债券资金",
                    "3,000.00",
                    "银行贷款",
                    "500.00",
                    "合计",
                    "3,500.00",
                ],
                [
                    "资金支出情况（万元）",
                    "债券资金",
                    "2,850.00",
                    "银行贷款",
                    "380.00",
                    "合计",
                    "3,230.00",
                ],
            ],
            (
                BudgetLine(
                    APPROPRIATION, "债券资金", period_budget=d("3000.00"), executed=d("2850.00")
                ),
                BudgetLine(TOTAL, "合计", period_budget=d("3500.00"), executed=d("3230.00")),
            ),
            ["budget-line-unread"],
            [],
            id="rows-unknown-source-said",
        ),
    ],
)
def test_fund_rows_by_stage_are_budget_lines(
    rows: list[list[str]],
    budget: tuple[BudgetLine, ...],
    present: list[str],
    absent: list[str],
) -> None:
    table = read(*rows)
    assert table.budget == budget
    assert table.budget_unit == "万元"
    ids = finding_ids(table)
    assert all(wanted in ids for wanted in present), ids
    assert not any(unwanted in ids for unwanted in absent), ids


def test_unknown_source_finding_names_the_amounts() -> None:
    table = read(
        ["资金到位情况（万元）", "债券资金", "3,000.00", "银行贷款", "500.00"],
        ["资金支出情况（万元）", "债券资金", "2,850.00", "银行贷款", "380.00"],
    )
    messages = [f.message for f in table.findings if f.id == "budget-line-unread"]
    assert messages == [
        "“资金到位情况”的金额（银行贷款500.00）未作为预算行读入，不核对各项合计",
        "“资金支出情况”的金额（银行贷款380.00）未作为预算行读入，不核对各项合计",
    ]


# ---------------------------------------------------------------------------
# H1/H2: 计划投资 | 资金到位 | 资金支出 | 支出率 and 全年到位数 columns


@pytest.mark.parametrize(
    ("header", "budget", "notes"),
    [
        pytest.param(
            ["资金情况（万元）", "", "计划投资", "资金到位", "资金支出", "分值", "支出率", "得分"],
            (
                BudgetLine(
                    TOTAL,
                    "合计",
                    period_budget=d("6000.00"),
                    executed=d("5238.00"),
                    rate=d("87.30"),
                    weight=d("10"),
                    published_points=d("8.73"),
                ),
                BudgetLine(
                    APPROPRIATION, "债券资金", period_budget=d("5000.00"), executed=d("4650.00")
                ),
                BudgetLine(
                    APPROPRIATION, "配套资金", period_budget=d("1000.00"), executed=d("588.00")
                ),
            ),
            (
                Note("合计", "资金到位：5,800.00万元"),
                Note("债券资金", "资金到位：5,000.00万元"),
                Note("配套资金", "资金到位：800.00万元"),
            ),
            id="planned-investment-columns",
        ),
        pytest.param(
            [
                "资金情况（万元）",
                "",
                "全年预算数",
                "全年到位数",
                "全年执行数",
                "分值",
                "执行率",
                "得分",
            ],
            (
                BudgetLine(
                    TOTAL,
                    "合计",
                    period_budget=d("6000.00"),
                    executed=d("5238.00"),
                    rate=d("87.30"),
                    weight=d("10"),
                    published_points=d("8.73"),
                ),
                BudgetLine(
                    APPROPRIATION, "债券资金", period_budget=d("5000.00"), executed=d("4650.00")
                ),
                BudgetLine(
                    APPROPRIATION, "配套资金", period_budget=d("1000.00"), executed=d("588.00")
                ),
            ),
            (
                Note("合计", "全年到位数：5,800.00万元"),
                Note("债券资金", "全年到位数：5,000.00万元"),
                Note("配套资金", "全年到位数：800.00万元"),
            ),
            id="received-column-kept-as-notes",
        ),
    ],
)
def test_received_columns(
    header: list[str], budget: tuple[BudgetLine, ...], notes: tuple[Note, ...]
) -> None:
    table = read(
        header,
        ["", "合计", "6,000.00", "5,800.00", "5,238.00", "10", "87.30%", "8.73"],
        ["", "债券资金", "5,000.00", "5,000.00", "4,650.00", "", "", ""],
        ["", "配套资金", "1,000.00", "800.00", "588.00", "", "", ""],
    )
    assert table.budget == budget
    assert table.notes == notes
    assert "budget-behind-schedule" in finding_ids(table)


# ---------------------------------------------------------------------------
# H3: the works' dates and the fields after them on header rows


BUDGET_ROWS = [
    ["资金情况（万元）", "", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "6,000.00", "5,238.00", "10", "87.30%", "8.73"],
]


@pytest.mark.parametrize(
    ("rows", "notes"),
    [
        pytest.param(
            [
                ["项目开工时间", "2023年6月", "", "", "计划竣工时间", "2024年10月"],
                ["实际竣工时间", "2024年12月", "", "", "项目总投资（万元）", "18,600.00"],
            ],
            (
                Note("项目开工时间", "2023年6月"),
                Note("计划竣工时间", "2024年10月"),
                Note("实际竣工时间", "2024年12月"),
                Note("项目总投资（万元）", "18,600.00"),
            ),
            id="dates-then-total-investment",
        ),
        pytest.param(
            [["项目总投资（万元）", "18,600.00", "", "", "实际竣工时间", "2024年12月"]],
            (Note("项目总投资（万元）", "18,600.00"), Note("实际竣工时间", "2024年12月")),
            id="total-investment-then-date",
        ),
        pytest.param(
            [["开工时间", "2023年6月", "", "", "竣工时间", "2024年12月"]],
            (Note("开工时间", "2023年6月"), Note("竣工时间", "2024年12月")),
            id="bare-dates",
        ),
        pytest.param(
            [["项目总投资（万元）", "18,600.00", "", "", "资金到位率", "96.67%"]],
            (Note("项目总投资（万元）", "18,600.00"), Note("资金到位率", "96.67%")),
            id="received-rate",
        ),
    ],
)
def test_header_fields_are_notes(rows: list[list[str]], notes: tuple[Note, ...]) -> None:
    table = read(*rows, *BUDGET_ROWS)
    assert table.notes == notes
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == ("2024-01", "2024-12")
    assert [line.period_budget for line in table.budget] == [d("6000.00")]


# ---------------------------------------------------------------------------
# LOW: a budget label printed with its colon


@pytest.mark.parametrize(
    ("label", "source"),
    [
        pytest.param("年度资金总额：", "年度资金总额", id="full-width-colon"),
        pytest.param("年度资金总额:", "年度资金总额", id="ascii-colon"),
        pytest.param("年度资金总额", "年度资金总额", id="no-colon"),
    ],
)
def test_budget_label_without_its_colon(label: str, source: str) -> None:
    table = read(
        ["资金情况（万元）", "", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", label, "6,000.00", "5,700.00", "10", "95.00%", "9.50"],
    )
    assert [line.source for line in table.budget] == [source]
