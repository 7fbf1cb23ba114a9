"""Quarter columns whose reading the form's own figures decide (quarters22).

1. A budget block printing only ``一季度执行数 | 二季度执行数`` (no period column), with
   neither 累计 headers nor a telling 执行率: a part below the one before is an amount of
   each quarter (added up); parts never falling whose sum passes the line's budget while
   the last part does not are running totals (the last part); otherwise the block's other
   lines decide; when none shows, the parts are what their headers say (the sum); when
   they show both ways, the line gets no executed amount and a ``budget-quarters-unsure``
   warning holding both readings.
2. Bare ``一季度 | … | 四季度`` indicator columns are split by the table's period, the same
   for every row: those starting after its month are plan parts, the others the actual's.

Fixtures are tab-separated tables and an xlsx workbook with merged header cells, written
here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack import parse_value
from perftrack.model import Breakdown, Figure, Finding, Position, Severity, Where

if TYPE_CHECKING:
    from pathlib import Path

_HEAD = (
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2024-1月 至 2024-6月 ）",
    "项目名称\t城乡环卫一体化运营",
)
_BUDGET_HEADER = "预算执行情况（万元）\t年初预算数\t一季度执行数\t二季度执行数"
_GRID = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值",
    "产出指标\t数量指标\t生活垃圾清运量\t≥36000吨\t18200吨",
)


def _budget_table(*lines: str, header: str = _BUDGET_HEADER) -> perftrack.Table:
    text = "\n".join((*_HEAD, header, *lines, *_GRID)) + "\n"
    return perftrack.read_text(text, format="text")[0]


def _executed(*lines: str) -> tuple[list[tuple[str, Decimal | None]], list[str]]:
    table = _budget_table(*lines)
    found = [f"{f.id}:{f.where.cell}" for f in table.findings if f.id.startswith("budget-quarters")]
    return [(line.source, line.executed) for line in table.budget], found


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ("年度资金总额\t1000.00\t400.00\t900.00",),
            ([("年度资金总额", Decimal("900.00"))], []),
            id="sum-over-the-budget-last-within-running-totals",
        ),
        pytest.param(
            ("年度资金总额\t1200.00\t200.00\t520.00",),
            ([("年度资金总额", Decimal("720.00"))], []),
            id="both-within-the-budget-the-headers-reading",
        ),
        pytest.param(
            ("年度资金总额\t500.00\t400.00\t900.00",),
            ([("年度资金总额", Decimal("1300.00"))], []),
            id="both-over-the-budget-the-headers-reading",
        ),
        pytest.param(
            ("年度资金总额\t1200.00\t520.00\t200.00",),
            ([("年度资金总额", Decimal("720.00"))], []),
            id="a-fall-amounts-of-each-quarter",
        ),
        pytest.param(
            ("年度资金总额\t1200.00\t0.00\t520.00",),
            ([("年度资金总额", Decimal("520.00"))], []),
            id="first-quarter-zero-no-choice",
        ),
        pytest.param(
            ("年度资金总额\t1000.00\t400.00\t600.004",),
            ([("年度资金总额", Decimal("1000.004"))], []),
            id="sum-over-the-budget-within-rounding-the-headers-reading",
        ),
        pytest.param(
            (
                "年度资金总额\t1000.00\t400.00\t900.00",
                "财政拨款\t800.00\t350.00\t800.00",
                "其他资金\t200.00\t50.00\t100.00",
            ),
            (
                [
                    ("年度资金总额", Decimal("900.00")),
                    ("财政拨款", Decimal("800.00")),
                    ("其他资金", Decimal("100.00")),
                ],
                [],
            ),
            id="block-shows-running-totals",
        ),
        pytest.param(
            (
                "年度资金总额\t1200.00\t520.00\t200.00",
                "财政拨款\t1000.00\t100.00\t150.00",
                "其他资金\t200.00\t420.00\t50.00",
            ),
            (
                [
                    ("年度资金总额", Decimal("720.00")),
                    ("财政拨款", Decimal("250.00")),
                    ("其他资金", Decimal("470.00")),
                ],
                [],
            ),
            id="block-shows-amounts-of-each-quarter",
        ),
        pytest.param(
            (
                "年度资金总额\t1000.00\t400.00\t900.00",
                "财政拨款\t800.00\t500.00\t100.00",
                "其他资金\t200.00\t50.00\t100.00",
            ),
            (
                [
                    ("年度资金总额", Decimal("900.00")),
                    ("财政拨款", Decimal("600.00")),
                    ("其他资金", None),
                ],
                ["budget-quarters-unsure:D7"],
            ),
            id="block-shows-both-unsure-line-stays-unsure",
        ),
    ],
)
def test_budget_quarters_read_by_the_printed_figures(
    lines: tuple[str, ...], expected: tuple[list[tuple[str, Decimal | None]], list[str]]
) -> None:
    assert _executed(*lines) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param(
            "预算执行情况（万元）\t年初预算数\t1-3月执行数\t4-6月执行数",
            (Decimal("720.00"), []),
            id="parts-naming-their-months-add-up",
        ),
        pytest.param(
            "预算执行情况（万元）\t年初预算数\t第一季度执行数\t第二季度执行数",
            (Decimal("720.00"), []),
            id="quarters-naming-no-months-the-headers-reading",
        ),
    ],
)
def test_only_quarters_naming_no_months_may_be_running_totals(
    header: str, expected: tuple[Decimal | None, list[str]]
) -> None:
    table = _budget_table("年度资金总额\t1200.00\t200.00\t520.00", header=header)
    found = [f.id for f in table.findings if f.id.startswith("budget-quarters")]
    assert (table.budget[0].executed, found) == expected


_BOTH_WAYS = (
    "年度资金总额\t1000.00\t400.00\t900.00",  # the sum passes the budget: running totals
    "财政拨款\t800.00\t500.00\t100.00",  # a fall: amounts of each quarter
)


def test_unsure_warning_holds_both_readings() -> None:
    table = _budget_table(*_BOTH_WAYS, "其他资金\t200.00\t50.00\t100.00")
    (finding,) = [f for f in table.findings if f.id == "budget-quarters-unsure"]
    assert finding == Finding(
        "budget-quarters-unsure",
        Severity.WARNING,
        "预算行“其他资金”分期执行数（一季度执行数50.00、二季度执行数100.00）逐期递增，"
        "可能为累计数（执行数100.00）也可能为当期数（合计150.00），"
        "两者均未超出预算数200.00，无法确定执行数，未读入",
        Where.at(Position(None, None, 7, 4), budget_line="other"),
        figures=(Figure("cumulative", Decimal("100.00")), Figure("added", Decimal("150.00"))),
    )
    card = perftrack.score(table)
    assert "budget-quarters-unsure" in [f.id for f in card.findings]


@pytest.mark.parametrize(
    ("amounts", "said"),
    [
        pytest.param("60.00\t60.00", "各期相同", id="equal"),
        pytest.param("50.00\t100.00", "逐期递增", id="rising"),
    ],
)
def test_unsure_warning_says_how_the_parts_run(amounts: str, said: str) -> None:
    table = _budget_table(*_BOTH_WAYS, f"其他资金\t200.00\t{amounts}")
    (finding,) = [f for f in table.findings if f.id == "budget-quarters-unsure"]
    assert f"）{said}，可能为累计数" in finding.message


# --- 2. bare quarters of the indicator grid, split by the table's period -----------------


def _grid_table(month: int | None, *rows: str) -> perftrack.Table:
    head = ["财政项目支出绩效跟踪表", "项目名称\t社区养老服务"]
    if month is not None:
        head.insert(1, f"跟踪时段：（ 2026-1月 至 2026-{month}月 ）")
    grid = "一级指标\t二级指标\t三级指标\t年度指标值\t一季度\t二季度\t三季度\t四季度\t偏差原因分析"
    text = "\n".join((*head, grid, *rows)) + "\n"
    return perftrack.read_text(text, format="text")[0]


def _row(name: str, target: str, *quarters: str) -> str:
    return "\t".join(("产出指标", "数量指标", name, target, *quarters, ""))


def _read(table: perftrack.Table) -> list[tuple[object, ...]]:
    return [
        (
            row.name,
            getattr(row.actual, "value", None),
            tuple(
                (part.role, part.label, getattr(part.value, "value", None)) for part in row.parts
            ),
        )
        for row in table.indicators
    ]


_Q1 = ("actual", "一季度")
_Q2 = ("actual", "二季度")


@pytest.mark.parametrize(
    ("month", "rows", "expected"),
    [
        pytest.param(
            6,
            (_row("慰问困难老人人次", "≥1200(人次)", "300", "250", "300", "350"),),
            [
                (
                    "慰问困难老人人次",
                    Decimal(550),
                    (
                        (*_Q1, Decimal(300)),
                        (*_Q2, Decimal(250)),
                        ("planned", "三季度", Decimal(300)),
                        ("planned", "四季度", Decimal(350)),
                    ),
                )
            ],
            id="1-6-later-quarters-filled-are-plan-parts",
        ),
        pytest.param(
            6,
            (
                _row("慰问困难老人人次", "≥1200(人次)", "300", "250", "300", "350"),
                _row("培训场次", "≥20(场)", "6", "5", "", ""),
            ),
            [
                (
                    "慰问困难老人人次",
                    Decimal(550),
                    (
                        (*_Q1, Decimal(300)),
                        (*_Q2, Decimal(250)),
                        ("planned", "三季度", Decimal(300)),
                        ("planned", "四季度", Decimal(350)),
                    ),
                ),
                ("培训场次", Decimal(11), ((*_Q1, Decimal(6)), (*_Q2, Decimal(5)))),
            ],
            id="1-6-row-independent",
        ),
        pytest.param(
            6,
            (_row("慰问困难老人人次", "≥1200(人次)", "", "", "300", "350"),),
            [
                (
                    "慰问困难老人人次",
                    None,
                    (("planned", "三季度", Decimal(300)), ("planned", "四季度", Decimal(350))),
                )
            ],
            id="1-6-only-plans-filled-no-actual-plans-kept",
        ),
        pytest.param(
            None,
            (_row("慰问困难老人人次", "≥1200(人次)", "300", "250", "300", "350"),),
            [
                (
                    "慰问困难老人人次",
                    Decimal(300),
                    (
                        (*_Q1, Decimal(300)),
                        (*_Q2, Decimal(250)),
                        ("actual", "三季度", Decimal(300)),
                        ("actual", "四季度", Decimal(350)),
                    ),
                )
            ],
            id="undated-as-before",
        ),
    ],
)
def test_bare_quarters_split_by_the_period(
    month: int | None, rows: tuple[str, ...], expected: list[tuple[object, ...]]
) -> None:
    assert _read(_grid_table(month, *rows)) == expected


# --- xlsx with merged header cells ------------------------------------------------------


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    rows = [
        ["2026年1-6月项目支出绩效运行监控表"],
        ["项目名称", "社区养老服务"],
        ["资金来源（万元）", "年初预算数", "分季度执行数", None, "执行率"],
        [None, None, "一季度", "二季度", None],
        ["年度资金总额", 1200, 200, 520, None],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "一季度",
            "二季度",
            "三季度",
            "四季度",
            "偏差原因分析",
        ],
        ["产出指标", "数量指标", "慰问困难老人人次", "≥1200人次", 300, 250, 300, 350, None],
    ]
    for row in rows:
        sheet.append(row)
    for cells in ("A1:I1", "C3:D3", "A3:A4", "B3:B4", "E3:E4"):
        sheet.merge_cells(cells)
    file = path / "quarters22.xlsx"
    book.save(file)
    return file


def test_merged_headers_xlsx(tmp_path: Path) -> None:
    table = perftrack.read(_xlsx(tmp_path))[0]
    (line,) = table.budget
    assert (line.executed, [f.id for f in table.findings]) == (Decimal(720), [])
    row = table.indicators[0]
    file = str(tmp_path / "quarters22.xlsx")

    def part(role: str, label: str, start: int, value: str, cell: int) -> Breakdown:
        position = Position(file, "Sheet", 7, cell)
        return Breakdown(role, label, start, start + 2, parse_value(value), position)

    assert (row.actual, row.parts) == (
        parse_value("550"),
        (
            part("actual", "一季度", 1, "300", 5),
            part("actual", "二季度", 4, "250", 6),
            part("planned", "三季度", 7, "300", 7),
            part("planned", "四季度", 10, "350", 8),
        ),
    )
