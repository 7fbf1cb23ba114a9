"""Budget amounts in other units and notations, rate and issue columns, more sources (score13).

A unit printed in an amount cell (``260万元`` in a 元 table) or in a header column
(``跟踪期执行数（元）`` under 万元 columns) is converted to the block's unit; ``¥``, an
exponent and an accounting negative are read; ``支出进度`` and ``支出率`` are the printed
rate and ``已下达预算数`` the part of the budget issued; ``单位自有资金``,
``以前年度结余资金`` and ``本年预算安排`` are sources. Every case is a small table
written here, read with ``read_text`` (and one xlsx built in memory).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from test_read_unseen import SELF_HEADER, TRACKING_HEADER, read

D = Decimal

_TITLE = "2024年1-9月项目支出绩效跟踪表"  # 序时进度 75.00%
_GRID = (TRACKING_HEADER, ["产出指标", "数量指标", "培训人次", "≥100人次", "72人次"])
_HEADER = ["年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"]

# The total line's 年初预算数, 预算数, 执行数 and printed 执行率, as strings (None: empty).
Amounts = tuple[str | None, str | None, str | None, str | None]


def _table(label: str, header: list[str], *lines: list[str]) -> perftrack.Table:
    return read(_TITLE, ["项目名称", "城区排水防涝"], [label, *header], *lines, *_GRID)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _amounts(line: perftrack.BudgetLine) -> Amounts:
    return (_text(line.initial), _text(line.period_budget), _text(line.executed), _text(line.rate))


def _findings(
    findings: tuple[perftrack.Finding, ...], *ids: str
) -> list[tuple[str, str | None, str]]:
    return [(f.id, f.where.cell, f.message) for f in findings if f.id in ids]


def _scored(table: perftrack.Table, *ids: str) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in perftrack.score(table).findings if f.id in ids]


# ---------------------------------------------------------------------------
# H1: a unit printed in an amount cell is converted to the block's unit

_UNIT_CASES = [
    # score13 x01: before, 260万元 in a 元 table was 260 元 (a rate of 0.01%)
    (
        "预算执行情况(元)",
        ["5,000,000.00", "5,000,000.00", "260万元", "52.00%"],
        ("5000000.00", "5000000.00", "2600000", "52.00"),
        "元",
        ["“260万元”为2600000元"],
    ),
    # x02: before, 2,600,000.00元 in a 万元 table was 2600000 万元 (520000%)
    (
        "预算执行情况(万元)",
        ["500.00", "500.00", "2,600,000.00元", ""],
        ("500.00", "500.00", "260.00", None),
        "万元",
        ["“2,600,000.00元”为260.00万元"],
    ),
    # b05a: every amount in 万元 in a 元 table; a text printed twice is named once
    (
        "预算执行情况(元)",
        ["120万元", "120万元", "48万元", "40.00"],
        ("1200000", "1200000", "480000", "40.00"),
        "元",
        ["“120万元”为1200000元、“48万元”为480000元"],
    ),
    # u_a7: before, 12000000元 in a 万元 table was 12,000,000 万元 (1,200 亿)
    (
        "预算执行情况(万元)",
        ["12000000元", "12000000元", "6000000元", "50%"],
        ("1200.00", "1200.00", "600.00", "50"),
        "万元",
        ["“12000000元”为1200.00万元、“6000000元”为600.00万元"],
    ),
    # b05c: 120万元 beside 1200000元 is one budget, no adjustment
    (
        "预算执行情况(万元)",
        ["120万元", "1200000元", "480000元", ""],
        ("120", "120.00", "48.00", None),
        "万元",
        ["“1200000元”为120.00万元、“480000元”为48.00万元"],
    ),
    # 亿元 and 万 alone (before, malformed-amount); 万 in a 万元 table is no conversion
    (
        "预算执行情况(万元)",
        ["1.2亿元", "1200.00万", "9000万", "75.00"],
        ("12000", "1200.00", "9000", "75.00"),
        "万元",
        ["“1.2亿元”为12000万元"],
    ),
    # decimals the conversion needs are kept, exactly
    (
        "预算执行情况(万元)",
        ["1,234,567.89元", "123.456789", "0.5万元", ""],
        ("123.456789", "123.456789", "0.5", None),
        "万元",
        ["“1,234,567.89元”为123.456789万元"],
    ),
    # no unit named for the block: the first unit a cell prints is its unit
    (
        "预算执行情况",
        ["300.00万元", "3,000,000元", "150", "50.00"],
        ("300.00", "300.00", "150", "50.00"),
        "万元",
        ["“3,000,000元”为300.00万元"],
    ),
    # the unit of the block in its cells: nothing converted, nothing noted
    (
        "预算执行情况(万元)",
        ["120万元", "120万元", "48万元", "40%"],
        ("120", "120", "48", "40"),
        "万元",
        [],
    ),
]


@pytest.mark.parametrize(("label", "cells", "expected", "unit", "converted"), _UNIT_CASES)
def test_a_unit_in_an_amount_cell_is_converted_to_the_blocks(
    label: str, cells: list[str], expected: Amounts, unit: str, converted: list[str]
) -> None:
    table = _table(label, _HEADER, ["年度资金总额", *cells])
    (line,) = table.budget
    assert _amounts(line) == expected
    assert table.budget_unit == unit
    notes = _findings(table.findings, "amount-unit-converted", "malformed-amount")
    assert [message.split("已换算：")[-1] for _, _, message in notes] == converted
    assert all(note[:2] == ("amount-unit-converted", notes[0][1]) for note in notes)
    # the converted cells' texts stay on the line
    printed = dict(line.printed)
    for text in converted:
        for shown in text.split("、"):
            assert shown[1 : shown.index("”")] in printed.values()


def test_a_converted_note_names_the_line_and_its_first_converted_cell() -> None:
    table = _table(
        "预算执行情况(元)",
        _HEADER,
        ["年度资金总额", "5,000,000.00", "5,000,000.00", "260万元", "52.00%"],
    )
    assert _findings(table.findings, "amount-unit-converted") == [
        (
            "amount-unit-converted",
            "D4",
            "预算行“年度资金总额”的金额单位与表内金额单位元不同，已换算：“260万元”为2600000元",
        )
    ]
    assert table.budget[0].printed == (("executed", "260万元"),)


def test_a_converted_amount_gives_the_true_rate_and_schedule_gap() -> None:
    # x01: before, budget-rate-mismatch against 0.01% and behind by 74.99 points
    table = _table(
        "预算执行情况(元)",
        _HEADER,
        ["年度资金总额", "5,000,000.00", "5,000,000.00", "260万元", "52.00%"],
    )
    assert _scored(table, "budget-rate-mismatch", "budget-behind-schedule", "over-execution") == [
        ("budget-behind-schedule", "执行率52.00%低于序时进度75.00%")
    ]


def test_a_converted_executed_amount_scores_its_true_points() -> None:
    # s17: before, 850000元 of 100万元 was 850000% and scored the full 10 points
    table = read(
        "项目支出绩效自评表",
        "（2024年度）",
        ["项目名称", "残疾人康复救助"],
        ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "100万元", "100万元", "850000元", "10", "85%", "8.5"],
        SELF_HEADER,
        ["产出指标", "数量指标", "救助人数", "≥500人", "520人", "90", "90"],
    )
    (line,) = table.budget
    assert (line.period_budget, line.executed) == (D(100), D("85.00"))
    card = perftrack.score(table)
    assert card.points is not None
    (item,) = [item for item in card.points.items if item.budget_line is not None]
    assert item.points == D("8.50")
    ids = [finding.id for finding in card.findings]
    assert "budget-behind-schedule" in ids
    assert "points-differ" not in ids
    assert "budget-rate-mismatch" not in ids


@pytest.mark.parametrize("cell", ["1200万美元", "12亿万元", "万元", "260万元整"])
def test_an_amount_in_a_unit_that_cannot_be_converted_is_malformed(cell: str) -> None:
    table = _table("预算执行情况(元)", _HEADER, ["年度资金总额", "5,000,000.00", "", cell, ""])
    (line,) = table.budget
    assert line.executed is None
    assert _findings(table.findings, "malformed-amount", "amount-unit-converted") == [
        ("malformed-amount", "D4", f"执行数“{cell}”不是数字")
    ]


# ---------------------------------------------------------------------------
# L4: ¥, an exponent and an accounting negative


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("¥1,200.00", "1200.00"),
        ("￥1,200.00", "1200.00"),
        ("¥ 1,200.00", "1200.00"),
        ("1.2E+03", "1200"),
        ("1.2e3", "1200"),
        ("1.0E+06", "1000000"),
        ("2.5E-01", "0.25"),
        ("(120.00)", "-120.00"),
        ("（1,200.00）", "-1200.00"),
        ("(¥120.00)", "-120.00"),
        ("-¥5.00", "-5.00"),
        ("¥-5.00", "-5.00"),
        ("¥12万元", "12"),
    ],
)
def test_an_amount_in_another_notation_is_read(cell: str, amount: str) -> None:
    # Before, each was a malformed-amount and no amount.
    table = _table("预算执行情况(万元)", _HEADER, ["年度资金总额", cell, "", "", ""])
    (line,) = table.budget
    assert str(line.initial) == amount
    assert table.findings == ()
    assert line.printed == (("initial", cell),)


@pytest.mark.parametrize("cell", ["--5.00", "-¥-5.00", "1.2E+999", "9E+99", "¥", "(万元)", "1.2.3"])
def test_a_notation_that_is_no_amount_stays_malformed(cell: str) -> None:
    table = _table("预算执行情况(万元)", _HEADER, ["年度资金总额", "100.00", cell, "", ""])
    assert table.budget[0].period_budget is None
    assert _findings(table.findings, "malformed-amount") == [
        ("malformed-amount", "C4", f"预算数“{cell}”不是数字")
    ]


def test_an_accounting_negative_is_reported_as_a_negative_amount() -> None:
    table = _table(
        "预算执行情况(万元)", _HEADER, ["年度资金总额", "100.00", "100.00", "(2.00)", ""]
    )
    assert table.budget[0].executed == D("-2.00")
    assert _scored(table, "negative-amount") == [
        ("negative-amount", "“年度资金总额”执行数-2.00为负数，执行率无意义")
    ]


def test_plain_amounts_keep_no_printed_text() -> None:
    table = _table(
        "预算执行情况(万元)", _HEADER, ["年度资金总额", "1,234.50", "1234.50", "60", "4.86%"]
    )
    (line,) = table.budget
    assert _amounts(line) == ("1234.50", "1234.50", "60", "4.86")
    assert line.printed == ()


def test_an_amount_in_another_notation_is_no_label_of_the_line() -> None:
    # The block's label merged down beside its only line: before, ¥650.00 was taken as
    # the line's label (an unknown source) and the line was lost.
    table = read(
        _TITLE,
        ["项目名称", "城区排水防涝"],
        ["预算安排（万元）", "年初预算数", "跟踪期预算数", "跟踪期执行数"],
        ["", "¥650.00", "¥680.00", "510.00"],
        *_GRID,
    )
    (line,) = table.budget
    assert (line.role.value, line.initial, line.period_budget, line.executed) == (
        "total",
        D("650.00"),
        D("680.00"),
        D("510.00"),
    )


# ---------------------------------------------------------------------------
# H2: a unit printed in a header column is that column's unit


@pytest.mark.parametrize(
    ("label", "header", "cells", "expected", "unit", "noted"),
    [
        # score13 b06: before, 1,350,000.00 元 against 300 万元 was 450000%
        (
            "预算执行情况",
            ["年初预算数（万元）", "跟踪期预算数（万元）", "跟踪期执行数（元）", "执行率(%)"],
            ["300.00", "300.00", "1,350,000.00", "45.00"],
            ("300.00", "300.00", "135.00", "45.00"),
            "万元",
            ["跟踪期执行数（元）"],
        ),
        # c02: every column in 万元: the block's unit, nothing converted
        (
            "预算执行情况",
            ["年初预算数（万元）", "跟踪期预算数（万元）", "跟踪期执行数（万元）", "执行率(%)"],
            ["300.00", "300.00", "135.00", "45.00"],
            ("300.00", "300.00", "135.00", "45.00"),
            "万元",
            [],
        ),
        # the budget column (the rate's denominator) sets the unit, not the first column
        (
            "预算执行情况",
            ["年初预算数（元）", "跟踪期预算数（万元）", "跟踪期执行数(单位:元)", "执行率(%)"],
            ["3,000,000.00", "300.00", "1,350,000.00", "45.00"],
            ("300.00", "300.00", "135.00", "45.00"),
            "万元",
            ["年初预算数（元）", "跟踪期执行数(单位:元)"],
        ),
        # the block's label names the unit: a column in another unit is converted to it
        (
            "预算执行情况(元)",
            ["年初预算数（万元）", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
            ["300.00", "3,000,000.00", "1,350,000.00", "45.00"],
            ("3000000", "3000000.00", "1350000.00", "45.00"),
            "元",
            ["年初预算数（万元）"],
        ),
        # a unit in the cell comes before its column's
        (
            "预算执行情况",
            ["年初预算数（万元）", "跟踪期预算数（万元）", "跟踪期执行数（元）", "执行率(%)"],
            ["300.00", "300.00", "135万元", "45.00"],
            ("300.00", "300.00", "135", "45.00"),
            "万元",
            [],
        ),
    ],
)
def test_a_unit_in_a_header_column_converts_that_columns_amounts(  # noqa: PLR0913, PLR0917
    label: str,
    header: list[str],
    cells: list[str],
    expected: Amounts,
    unit: str,
    noted: list[str],
) -> None:
    table = _table(label, header, ["年度资金总额", *cells])
    (line,) = table.budget
    assert _amounts(line) == expected
    assert table.budget_unit == unit
    notes = _findings(table.findings, "amount-unit-converted")
    assert [message[5 : message.index("”")] for _, _, message in notes] == noted


def test_a_column_in_another_unit_is_noted_once_for_all_its_lines() -> None:
    table = _table(
        "预算执行情况",
        ["年初预算数（万元）", "跟踪期预算数（万元）", "跟踪期执行数（元）", "执行率(%)"],
        ["年度资金总额", "300.00", "300.00", "1,350,000.00", "45.00"],
        ["其中：财政拨款", "200.00", "200.00", "1,000,000.00", "50.00"],
        ["其他资金", "100.00", "100.00", "350,000.00", "35.00"],
    )
    assert [line.executed for line in table.budget] == [D("135.00"), D("100.00"), D("35.00")]
    assert _findings(table.findings, "amount-unit-converted") == [
        (
            "amount-unit-converted",
            "D4",
            (
                "预算表头“跟踪期执行数（元）”（D3）的金额以元填报，已换算为表内金额单位万元"
                "（如“1,350,000.00”为135.00万元）"
            ),
        )
    ]
    scored = _scored(table, "budget-sum-mismatch", "budget-rate-mismatch", "budget-behind-schedule")
    assert scored == [("budget-behind-schedule", "执行率45.00%低于序时进度75.00%")]


def test_an_xlsx_budget_with_units_per_column() -> None:
    # b06 as an Excel sheet: numbers with number formats, one column in 元
    data = xlsx_bytes(
        {
            "跟踪表": [
                ["2024年1-6月项目支出绩效跟踪表"],
                ["项目名称", "森林防火"],
                [
                    "预算执行情况",
                    "年初预算数（万元）",
                    "跟踪期预算数（万元）",
                    "跟踪期执行数（元）",
                    "执行率(%)",
                ],
                ["年度资金总额", 300, 300, 1350000, 0.45],
                ["其中：财政拨款", 250, 250, -120, 0.0],
                ["其他资金", 50, 50, 1200, None],
                TRACKING_HEADER,
                ["产出指标", "数量指标", "巡护里程", "≥100公里", "60公里"],
            ]
        },
        number_formats={
            "跟踪表": {
                "B4": "#,##0.00",
                "C4": "#,##0.00",
                "D4": "#,##0.00",
                "E4": "0.00%",
                "D5": "#,##0.00;(#,##0.00)",
                "D6": '"¥"#,##0.00',
            }
        },
    )
    (table,) = perftrack.read(data)
    assert table.budget_unit == "万元"
    assert [(line.period_budget, line.executed, line.rate) for line in table.budget] == [
        (D("300.00"), D("135.00"), D("45.00")),
        (D(250), D("-0.012"), D("0.00")),
        (D(50), D("0.12"), None),
    ]
    assert [(f.id, f.where.cell) for f in table.findings] == [("amount-unit-converted", "D4")]
    scored = _scored(table, "budget-behind-schedule", "budget-rate-mismatch")
    assert scored == [("budget-behind-schedule", "执行率45.00%低于序时进度50.00%")]


# ---------------------------------------------------------------------------
# M2: 支出进度 and 支出率 are the printed rate; 已下达预算数 the part issued


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        # score13 d03: before, no rate (budget-rate-missing) and 800 read as an adjusted budget
        (
            ["年初预算数", "已下达预算数", "已支出数", "支出进度"],
            ["1000.00", "800.00", "540.00", "67.50%"],
            (D("1000.00"), None, D("800.00"), D("540.00"), D("67.50")),
        ),
        # d04: 支出率 beside 拨付数 (which names no column); the months are the title's (a
        # 1-8月 header under the 1-9月 title is period-header-mismatch, r35m)
        (
            ["预算批复数", "1-9月拨付数", "1-9月支出数", "支出率"],
            ["1000.00", "900.00", "540.00", "54.00%"],
            (None, D("1000.00"), None, D("540.00"), D("54.00")),
        ),
        # beside the year's budget as 全年预算数: the part issued is no budget either
        (
            ["全年预算数", "下达数", "执行数", "执行率"],
            ["1000.00", "800.00", "540.00", "54.00"],
            (None, D("1000.00"), D("800.00"), D("540.00"), D("54.00")),
        ),
        # alone, the part issued is the only budget the table prints
        (
            ["已下达预算数", "已支出数", "支出进度"],
            ["800.00", "540.00", "67.50%"],
            (None, D("800.00"), None, D("540.00"), D("67.50")),
        ),
    ],
)
def test_spending_progress_is_the_rate_and_the_issued_budget_no_adjustment(
    header: list[str],
    cells: list[str],
    expected: tuple[Decimal | None, ...],
) -> None:
    table = _table("预算执行情况(万元)", header, ["年度资金总额", *cells])
    (line,) = table.budget
    assert (line.initial, line.period_budget, line.planned, line.executed, line.rate) == expected
    assert table.findings == ()
    ids = [finding.id for finding in perftrack.score(table).findings]
    assert "budget-rate-missing" not in ids
    assert "budget-adjusted" not in ids


def test_a_rate_against_the_issued_budget_says_so() -> None:
    table = _table(
        "预算执行情况(万元)",
        ["年初预算数", "已下达预算数", "已支出数", "支出进度"],
        ["年度资金总额", "1000.00", "800.00", "540.00", "67.50%"],
    )
    assert _scored(table, "budget-rate-mismatch", "budget-behind-schedule", "budget-adjusted") == [
        (
            "budget-rate-mismatch",
            (
                "“年度资金总额”填报执行率67.50%与金额计算的54.00%不符"
                "（填报执行率为执行数与计划数800.00之比，执行率应以全年预算为分母）"
            ),
        ),
        ("budget-behind-schedule", "执行率54.00%低于序时进度75.00%"),
    ]


def test_a_forecast_spending_rate_is_no_printed_rate() -> None:
    table = _table(
        "预算执行情况(万元)",
        ["全年预算数", "1-9月支出数", "支出率", "预计支出率"],
        ["年度资金总额", "1000.00", "540.00", "54.00%", "95.00%"],
    )
    (line,) = table.budget
    assert (line.period_budget, line.executed, line.rate) == (D("1000.00"), D("540.00"), D("54.00"))
    assert table.findings == ()


# ---------------------------------------------------------------------------
# L3: 单位自有资金, 以前年度结余资金 and 本年预算安排 are sources


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("单位自有资金", "other"),
        ("其中：单位自有资金", "other"),
        ("以前年度结余资金", "carried_over"),
        ("上年结余资金", "carried_over"),
        ("其中：本年预算安排", "appropriation"),
        ("当年预算安排", "appropriation"),
    ],
)
def test_more_source_labels_are_read(label: str, role: str) -> None:
    # Before, each was budget-line-unread, which switched the sum check off.
    table = _table(
        "预算执行情况(万元)",
        _HEADER,
        ["年度资金总额", "300.00", "300.00", "240.00", "80.00"],
        ["其中：财政拨款", "250.00", "250.00", "200.00", "80.00"],
        [label, "50.00", "50.00", "40.00", "80.00"],
    )
    assert [(line.role.value, line.source) for line in table.budget][-1] == (role, label)
    assert table.findings == ()


@pytest.mark.parametrize(
    ("carried", "expected"),
    [
        ("50.00", []),
        ("60.00", [("budget-sum-mismatch", "年初预算数各项合计310.00与总额300.00不符")]),
    ],
)
def test_the_sum_check_runs_over_the_new_sources(
    carried: str, expected: list[tuple[str, str]]
) -> None:
    table = _table(
        "预算执行情况(万元)",
        _HEADER,
        ["年度资金总额", "300.00", "300.00", "240.00", "80.00"],
        ["其中：当年财政拨款", "200.00", "200.00", "160.00", "80.00"],
        ["以前年度结余资金", carried, "50.00", "40.00", "80.00"],
        ["单位自有资金", "50.00", "50.00", "40.00", "80.00"],
    )
    assert _scored(table, "budget-sum-mismatch") == expected
