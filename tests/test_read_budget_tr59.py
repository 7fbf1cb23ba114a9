"""The 计划投资 / 资金到位 / 资金支出 budget headers read only as whole headers (tr59).

W1-W3: 资金支出情况, 资金支出用途, 资金支出说明, 计划投资完成率 and 到位资金率 name no
amount column (before, they took the place of the real 执行数 or 预算数). G1: 资金到位情况
and 资金支出情况 rows after a budget block already read keep their 到位 amounts as notes and
name the 支出 ones in a ``budget-line-unread`` finding. G2: a printed 支出率 over the
funds received is said so in the rate mismatch. Every case is a small table written here,
read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetLine, BudgetRole, Note

GRID = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
INDICATOR = ["产出指标", "数量指标", "改造道路长度", "≥5公里", "5.2公里", "20", "20"]
HEAD = [
    "2024年度项目支出绩效自评表",
    ["项目名称", "城区道路提升改造项目", "主管部门", "某县住房和城乡建设局"],
]
TOTAL = BudgetRole.TOTAL
APPROPRIATION = BudgetRole.APPROPRIATION


def lines(*rows: list[str] | str) -> str:
    """Tab-separated text of the rows (a string is a one-cell row)."""
    return "\n".join("\t".join([row] if isinstance(row, str) else row) for row in rows)


def read(*rows: list[str] | str) -> perftrack.Table:
    (table,) = perftrack.read_text(lines(*HEAD, *rows, GRID, INDICATOR), format="text")
    return table


def budget_findings(table: perftrack.Table) -> list[tuple[str, str]]:
    """The budget findings of the table's score, as (id, message)."""
    return [
        (finding.id, finding.message)
        for finding in perftrack.score(table).findings
        if finding.id.startswith("budget-") or finding.id == "over-execution"
    ]


def d(text: str) -> Decimal:
    return Decimal(text)


BEHIND_60 = ("budget-behind-schedule", "执行率60.00%低于年终执行率要求90.00%")

# ---------------------------------------------------------------------------
# W1-W3: the words name a column only as the whole header


@pytest.mark.parametrize(
    ("rows", "budget", "notes", "findings"),
    [
        pytest.param(
            [
                ["资金支出情况（万元）", "年初预算数", "全年预算数", "全年执行数"],
                ["年度资金总额", "1,000.00", "1,200.00", "600.00"],
                ["其中：财政拨款", "1,000.00", "1,200.00", "600.00"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "年度资金总额",
                    period_budget=d("1200.00"),
                    initial=d("1000.00"),
                    executed=d("600.00"),
                ),
                BudgetLine(
                    APPROPRIATION,
                    "其中：财政拨款",
                    period_budget=d("1200.00"),
                    initial=d("1000.00"),
                    executed=d("600.00"),
                ),
            ),
            (),
            [
                ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为50.00%"),
                ("budget-rate-missing", "“其中：财政拨款”未填执行率，按金额计算为50.00%"),
                (
                    "budget-adjusted",
                    (
                        "“年度资金总额”预算由年初1000.00调整为1200.00，"
                        "其中“财政拨款”由1000.00调整为1200.00"
                    ),
                ),
                ("budget-behind-schedule", "执行率50.00%低于年终执行率要求90.00%"),
            ],
            id="w1-label-on-header-row",
        ),
        pytest.param(
            [
                [
                    "资金支出情况（万元）",
                    "资金来源",
                    "年初预算数",
                    "全年预算数",
                    "全年执行数",
                    "执行率",
                ],
                ["", "年度资金总额", "1,000.00", "1,200.00", "1,080.00", "90.00%"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "年度资金总额",
                    period_budget=d("1200.00"),
                    initial=d("1000.00"),
                    executed=d("1080.00"),
                    rate=d("90.00"),
                ),
            ),
            (),
            [("budget-adjusted", "“年度资金总额”预算由年初1000.00调整为1200.00")],
            id="w1-label-beside-source-column",
        ),
        pytest.param(
            [
                "预算执行情况（万元）",
                ["资金来源", "年初预算数", "全年预算数", "资金支出用途", "全年执行数", "执行率"],
                ["年度资金总额", "1,000.00", "1,000.00", "道路改造", "600.00", "60.00%"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "年度资金总额",
                    period_budget=d("1000.00"),
                    initial=d("1000.00"),
                    executed=d("600.00"),
                    rate=d("60.00"),
                ),
            ),
            (),
            [BEHIND_60],
            id="w1-spending-use-text-column",
        ),
        pytest.param(
            [
                "预算执行情况（万元）",
                ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "资金支出说明"],
                ["年度资金总额", "1,000.00", "1,000.00", "600.00", "60.00%", "按工程进度支付"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "年度资金总额",
                    period_budget=d("1000.00"),
                    initial=d("1000.00"),
                    executed=d("600.00"),
                    rate=d("60.00"),
                ),
            ),
            (),
            [BEHIND_60],
            id="w1-spending-remark-column",
        ),
        pytest.param(
            [
                "项目资金（万元）",
                ["资金来源", "计划投资完成率", "全年预算数", "全年执行数", "执行率"],
                ["年度资金总额", "60.00%", "1,000.00", "600.00", "60.00%"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "年度资金总额",
                    period_budget=d("1000.00"),
                    executed=d("600.00"),
                    rate=d("60.00"),
                ),
            ),
            (),
            [BEHIND_60],
            id="w2-investment-rate-first",
        ),
        pytest.param(
            [
                "预算执行情况（万元）",
                ["资金来源", "全年预算数", "全年执行数", "计划投资完成率"],
                ["年度资金总额", "1,000.00", "600.00", "60.00%"],
            ],
            (BudgetLine(TOTAL, "年度资金总额", period_budget=d("1000.00"), executed=d("600.00")),),
            (),
            [
                ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为60.00%"),
                BEHIND_60,
            ],
            id="w2-investment-rate-last",
        ),
        pytest.param(
            [
                "项目资金（万元）",
                ["资金来源", "计划投资", "资金支出", "计划投资完成率"],
                ["合计", "1,000.00", "600.00", "60.00%"],
            ],
            (BudgetLine(TOTAL, "合计", period_budget=d("1000.00"), executed=d("600.00")),),
            (),
            [("budget-rate-missing", "“合计”未填执行率，按金额计算为60.00%"), BEHIND_60],
            id="w2-whole-headers-beside-investment-rate",
        ),
        pytest.param(
            [
                "预算执行情况（万元）",
                ["资金来源", "全年预算数", "到位资金率", "全年执行数", "执行率"],
                ["年度资金总额", "1,000.00", "100%", "600.00", "60.00%"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "年度资金总额",
                    period_budget=d("1000.00"),
                    executed=d("600.00"),
                    rate=d("60.00"),
                ),
            ),
            (),
            [BEHIND_60],
            id="w3-received-rate-no-note",
        ),
        pytest.param(
            [
                "项目资金",
                ["资金来源", "计划投资（万元）", "到位资金（万元）", "资金支出金额", "支出率"],
                ["合计", "1,000.00", "800.00", "600.00", "60.00%"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "合计",
                    period_budget=d("1000.00"),
                    executed=d("600.00"),
                    rate=d("60.00"),
                ),
            ),
            (Note("合计", "到位资金：800.00万元"),),
            [BEHIND_60],
            id="whole-headers-with-units-still-read",
        ),
    ],
)
def test_whole_header_words(
    rows: list[list[str] | str],
    budget: tuple[BudgetLine, ...],
    notes: tuple[Note, ...],
    findings: list[tuple[str, str]],
) -> None:
    table = read(*rows)
    assert table.budget == budget
    assert table.notes == notes
    assert budget_findings(table) == findings


# ---------------------------------------------------------------------------
# G1: 到位/支出 rows after a budget block already read

FLOW_ROWS = [
    ["资金到位情况（万元）", "债券资金", "3,000.00", "配套资金", "500.00", "合计", "3,500.00"],
    ["资金支出情况（万元）", "债券资金", "2,850.00", "配套资金", "380.00", "合计", "3,230.00"],
]
FLOW_NOTES = (
    Note("债券资金", "资金到位：3,000.00万元"),
    Note("配套资金", "资金到位：500.00万元"),
    Note("合计", "资金到位：3,500.00万元"),
)
FLOW_UNREAD = (
    "budget-line-unread",
    (
        "“资金支出情况”的金额（债券资金2,850.00、配套资金380.00、合计3,230.00）"
        "未作为预算行读入，不核对各项合计"
    ),
)


@pytest.mark.parametrize(
    ("rows", "budget"),
    [
        pytest.param(
            [
                ["资金情况（万元）", "", "全年预算数", "全年执行数", "执行率"],
                ["", "年度资金总额", "3,500.00", "3,230.00", "92.29%"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "年度资金总额",
                    period_budget=d("3500.00"),
                    executed=d("3230.00"),
                    rate=d("92.29"),
                ),
            ),
            id="after-one-line-block",
        ),
        pytest.param(
            [
                "预算执行情况（万元）",
                ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                ["年度资金总额", "3,500.00", "3,500.00", "3,230.00", "92.29%"],
                ["其中：债券资金", "3,000.00", "3,000.00", "2,850.00", "95.00%"],
                ["配套资金", "500.00", "500.00", "380.00", "76.00%"],
            ],
            (
                BudgetLine(
                    TOTAL,
                    "年度资金总额",
                    period_budget=d("3500.00"),
                    initial=d("3500.00"),
                    executed=d("3230.00"),
                    rate=d("92.29"),
                ),
                BudgetLine(
                    APPROPRIATION,
                    "其中：债券资金",
                    period_budget=d("3000.00"),
                    initial=d("3000.00"),
                    executed=d("2850.00"),
                    rate=d("95.00"),
                ),
                BudgetLine(
                    APPROPRIATION,
                    "配套资金",
                    period_budget=d("500.00"),
                    initial=d("500.00"),
                    executed=d("380.00"),
                    rate=d("76.00"),
                ),
            ),
            id="after-block-of-sources",
        ),
    ],
)
def test_fund_flow_rows_after_budget_block(
    rows: list[list[str] | str], budget: tuple[BudgetLine, ...]
) -> None:
    table = read(*rows, *FLOW_ROWS)
    assert table.budget == budget
    assert table.notes == FLOW_NOTES
    unread = [pair for pair in budget_findings(table) if pair[0] == "budget-line-unread"]
    assert unread == [FLOW_UNREAD]


# ---------------------------------------------------------------------------
# G2: a printed 支出率 over the funds received


@pytest.mark.parametrize(
    ("received", "findings"),
    [
        pytest.param(
            ("3,500.00", "3,000.00", "500.00"),
            [
                (
                    "budget-rate-mismatch",
                    (
                        "“合计”填报执行率92.29%与金额计算的80.75%不符"
                        "（填报执行率为执行数与资金到位数3500.00之比，执行率应以预算数4000.00为分母）"
                    ),
                ),
                (
                    "budget-rate-mismatch",
                    (
                        "“配套资金”填报执行率76.00%与金额计算的38.00%不符"
                        "（填报执行率为执行数与资金到位数500.00之比，执行率应以预算数1000.00为分母）"
                    ),
                ),
                ("budget-behind-schedule", "执行率80.75%低于年终执行率要求90.00%"),
            ],
            id="rate-over-received",
        ),
        pytest.param(
            ("3,600.00", "3,000.00", "600.00"),
            [
                ("budget-rate-mismatch", "“合计”填报执行率92.29%与金额计算的80.75%不符"),
                ("budget-rate-mismatch", "“配套资金”填报执行率76.00%与金额计算的38.00%不符"),
                ("budget-behind-schedule", "执行率80.75%低于年终执行率要求90.00%"),
            ],
            id="rate-over-neither",
        ),
    ],
)
def test_rate_mismatch_against_received(
    received: tuple[str, str, str], findings: list[tuple[str, str]]
) -> None:
    table = read(
        "项目资金（万元）",
        ["资金来源", "计划投资", "资金到位", "资金支出", "支出率"],
        ["合计", "4,000.00", received[0], "3,230.00", "92.29%"],
        ["债券资金", "3,000.00", received[1], "2,850.00", "95.00%"],
        ["配套资金", "1,000.00", received[2], "380.00", "76.00%"],
    )
    assert budget_findings(table) == findings
