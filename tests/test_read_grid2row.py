"""Two-row indicator headers whose upper cell heads parts of the year (grid2row).

``分季度完成情况``, ``季度完成值`` or a bare ``分季度`` merged over ``一季度 | 二季度 |
三季度 | 四季度`` (``一级指标`` … ``年度指标值`` and ``偏差原因`` merged down over both
rows), and ``分月完成情况`` over ``1月 … 6月``: the two rows are one header, the
quarters the actual's parts split by the table's period as bare quarter headers in one
row are (docs/inputs.md, "Columns for parts of the year"). Before, under a bare ``分季度``
the lower row was an indicator named ``一季度`` and no quarter was read; under
``分季度完成情况`` the quarters after the period were read as done.

Fixtures are tab-separated tables (a merged cell's text in its first column, blanks
after, as Excel exports merges) and an xlsx workbook with merged cells, written here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack import parse_value
from perftrack.model import Breakdown, Position

if TYPE_CHECKING:
    from pathlib import Path

_QUARTERS = ("一季度", "二季度", "三季度", "四季度")
_MONTHS = ("1月", "2月", "3月", "4月", "5月", "6月")
_LEVELS = ("一级指标", "二级指标", "三级指标", "年度指标值")


def _tsv_table(month: int | None, group: str, lower: tuple[str, ...], *rows: str) -> str:
    head = ["财政项目支出绩效跟踪表", "项目名称\t城乡环卫一体化运营"]
    if month is not None:
        head.insert(1, f"跟踪时段：（ 2026-1月 至 2026-{month}月 ）")
    upper = "\t".join((*_LEVELS, group, *[""] * (len(lower) - 1), "偏差原因"))
    below = "\t".join(("", "", "", "", *lower, ""))
    return "\n".join((*head, upper, below, *rows)) + "\n"


def _row(name: str, target: str, *parts: str) -> str:
    return "\t".join(("产出指标", "数量指标", name, target, *parts, ""))


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


_ELDERLY = _row("慰问困难老人人次", "≥1200人次", "300", "250", "300", "350")
_SPLIT_AT_JUNE = [
    (
        "慰问困难老人人次",
        Decimal(550),
        (
            ("actual", "一季度", Decimal(300)),
            ("actual", "二季度", Decimal(250)),
            ("planned", "三季度", Decimal(300)),
            ("planned", "四季度", Decimal(350)),
        ),
    )
]


@pytest.mark.parametrize(
    ("month", "group", "lower", "rows", "expected"),
    [
        pytest.param(
            6, "分季度完成情况", _QUARTERS, (_ELDERLY,), _SPLIT_AT_JUNE, id="分季度完成情况"
        ),
        pytest.param(6, "季度完成值", _QUARTERS, (_ELDERLY,), _SPLIT_AT_JUNE, id="季度完成值"),
        pytest.param(6, "分季度", _QUARTERS, (_ELDERLY,), _SPLIT_AT_JUNE, id="分季度-bare"),
        pytest.param(
            9,
            "分季度",
            _QUARTERS,
            (_ELDERLY,),
            [
                (
                    "慰问困难老人人次",
                    Decimal(850),
                    (
                        ("actual", "一季度", Decimal(300)),
                        ("actual", "二季度", Decimal(250)),
                        ("actual", "三季度", Decimal(300)),
                        ("planned", "四季度", Decimal(350)),
                    ),
                ),
            ],
            id="分季度-1-9-row-independent",
        ),
        pytest.param(
            None,
            "分季度",
            _QUARTERS,
            (_ELDERLY,),
            [
                (
                    "慰问困难老人人次",
                    Decimal(300),
                    (
                        ("actual", "一季度", Decimal(300)),
                        ("actual", "二季度", Decimal(250)),
                        ("actual", "三季度", Decimal(300)),
                        ("actual", "四季度", Decimal(350)),
                    ),
                )
            ],
            id="分季度-undated-all-actual-parts",
        ),
        pytest.param(
            6,
            "分月完成情况",
            _MONTHS,
            (_row("服务人次", "≥36000人次", "3000", "3100", "2900", "3100", "2900", "3200"),),
            [
                (
                    "服务人次",
                    Decimal(18200),
                    tuple(
                        ("actual", label, Decimal(value))
                        for label, value in zip(
                            _MONTHS, (3000, 3100, 2900, 3100, 2900, 3200), strict=True
                        )
                    ),
                )
            ],
            id="分月完成情况-months-added-up",
        ),
        pytest.param(
            6,
            "分月",
            _MONTHS,
            (_row("服务人次", "≥36000人次", "3000", "3100", "2900", "3100", "2900", "3200"),),
            [
                (
                    "服务人次",
                    Decimal(18200),
                    tuple(
                        ("actual", label, Decimal(value))
                        for label, value in zip(
                            _MONTHS, (3000, 3100, 2900, 3100, 2900, 3200), strict=True
                        )
                    ),
                )
            ],
            id="分月-bare-months-added-up",
        ),
    ],
)
def test_two_row_part_header_tsv(
    month: int | None,
    group: str,
    lower: tuple[str, ...],
    rows: tuple[str, ...],
    expected: list[tuple[object, ...]],
) -> None:
    table = perftrack.read_text(_tsv_table(month, group, lower, *rows), format="text")[0]
    assert (_read(table), [f.id for f in table.findings]) == (expected, [])


def test_two_row_part_header_parts_short_of_the_period() -> None:
    """In a 1-9月 table a row whose 三季度 is blank has no actual for the period (the
    quarters it prints stop in June): no figure, and a ``grid-monthly-actual`` note,
    never 一季度 alone (regress39 W2)."""
    text = _tsv_table(9, "分季度", _QUARTERS, _ELDERLY, _row("培训场次", "≥20场", "6", "5", "", ""))
    table = perftrack.read_text(text, format="text")[0]
    assert _read(table)[1] == (
        "培训场次",
        None,
        (("actual", "一季度", Decimal(6)), ("actual", "二季度", Decimal(5))),
    )
    assert [f.id for f in table.findings] == ["grid-monthly-actual"]


# --- xlsx with merged header cells ------------------------------------------------------


def _xlsx(path: Path, group: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    rows = [
        ["2026年1-6月项目支出绩效运行监控表"],
        ["项目名称", "社区养老服务"],
        [*_LEVELS, group, None, None, None, "偏差原因"],
        [None, None, None, None, *_QUARTERS, None],
        ["产出指标", "数量指标", "慰问困难老人人次", "≥1200人次", 300, 250, 300, 350, None],
    ]
    for row in rows:
        sheet.append(row)
    for cells in ("A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4"):
        sheet.merge_cells(cells)
    file = path / "grid2row.xlsx"
    book.save(file)
    return file


@pytest.mark.parametrize("group", ["分季度", "分季度完成情况", "季度完成值"])
def test_two_row_part_header_xlsx(tmp_path: Path, group: str) -> None:
    file = _xlsx(tmp_path, group)
    table = perftrack.read(file)[0]

    def part(role: str, label: str, start: int, value: str, cell: int) -> Breakdown:
        position = Position(str(file), "Sheet", 5, cell)
        return Breakdown(role, label, start, start + 2, parse_value(value), position)

    assert [(row.name, row.actual, row.parts) for row in table.indicators] == [
        (
            "慰问困难老人人次",
            parse_value("550"),
            (
                part("actual", "一季度", 1, "300", 5),
                part("actual", "二季度", 4, "250", 6),
                part("planned", "三季度", 7, "300", 7),
                part("planned", "四季度", 10, "350", 8),
            ),
        )
    ]
    assert [f.id for f in table.findings] == []
