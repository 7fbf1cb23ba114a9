"""Excel date serials in a 时效 row: ``45657`` is 2024-12-31 (fuzz30 M5, k72b)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final, cast

from attrs import evolve

from perftrack.expressions import (
    Bound,
    Comparison,
    Op,
    Quantity,
    Range,
    Target,
    Value,
    parse_target,
    parse_value,
)

if TYPE_CHECKING:
    from decimal import Decimal

    from perftrack.model import Indicator, Table

# Excel's day 0 (serials count from 1900-01-01 as 1, with its 1900-02-29 on top)
_EXCEL_EPOCH: Final = dt.date(1899, 12, 30)
# 2000-01-01 .. 2099-12-31: a five-digit serial of a date a table may name
_FIRST_SERIAL: Final = 36526
_LAST_SERIAL: Final = 73050
# ``45657``, ``=45657``, and a deadline ``≤45657`` (on or before; fuzz34 L)
_SERIAL_TEXT_RE: Final = re.compile(r"(?:[=＝≤]|<=)?\s*\d{5}")
# a row about a date: its 二级指标 is 时效, or its name says a date (日期, 时限, 时间节点, or
# the time of an act: 完成时间, 开工时间, 验收时间…); not any 时间, which may be hours
# (累计服务时间 50000, 设备运行时间: regress73 W1)
_TIME_NAME_RE: Final = re.compile(
    # 时效/及时性 in the name: the 决策/过程 framework has no 时效 level 2, its time rows
    # sit under 资金管理 (资金支出时效, 资金拨付及时性: fuzz34 H2)
    r"时效|及时性|日期|时限|时间节点|(?:完成|开工|竣工|交付|上线|验收|办结|截止|启动|投用|投产|拨付|下达"
    r"|发放|实施|建成|到位|印发|出台|提交|报送|开展|采购|招标|签订|支付)时间"
)
# a serial read as a date only within this many years of the table's period: 50000 (2036)
# in a 2025 table is a figure, not a date (regress73 W1)
_YEARS_AROUND: Final = 3
_COLUMNS: Final = (
    ("target", "年度指标值"),
    ("planned", "跟踪期计划完成值"),
    ("actual", "实际完成值"),
    ("forecast", "预计完成值"),
)


def _serial_date(value: Decimal, text: str) -> dt.date | None:
    """The date an Excel serial stands for, or None when *value* is no such serial.

    Example:
        >>> from decimal import Decimal
        >>> _serial_date(Decimal(45657), "45657"), _serial_date(Decimal(45000), "≥45000")
        (datetime.date(2024, 12, 31), None)
    """
    if _SERIAL_TEXT_RE.fullmatch(text.strip()) is None:
        return None
    if value != value.to_integral_value() or not _FIRST_SERIAL <= value <= _LAST_SERIAL:
        return None
    return _EXCEL_EPOCH + dt.timedelta(days=int(value))


def _time_row(indicator: Indicator) -> bool:
    return "时效" in (indicator.level2 or "") or _TIME_NAME_RE.search(indicator.name) is not None


def _cell_serial(cell: Target | Value | None, year: int | None) -> tuple[str, dt.date] | None:
    """The serial text and its date of a bare unitless number cell, or None.

    With the table's *year* known, only a date within ``_YEARS_AROUND`` years of it.
    """
    if isinstance(cell, Comparison):
        if cell.op not in (Op.EQ, Op.LE) or cell.unit is not None or cell.label or cell.note:
            return None
        value = cell.value
    elif isinstance(cell, Quantity):
        if cell.bound is not Bound.EXACT or cell.unit is not None or cell.label or cell.note:
            return None
        if cell.status is not None:
            return None
        value = cell.value
    else:
        return None
    text = cell.text.strip()
    date = _serial_date(value, text)
    if date is None or (year is not None and abs(date.year - year) > _YEARS_AROUND):
        return None
    return text, date


def serial_dates(
    table: Table,
) -> tuple[Table, list[tuple[int, str, list[tuple[str, str, dt.date]]]]]:
    """*table* with the Excel date serials of its 时效 rows read as the dates they are.

    A five-digit number with no unit (``45657``) in the target, plan, actual or
    forecast of a row about a date (二级指标 时效, or a name with 日期/时限/完成时间…) is
    what Excel shows for a date cell that lost its format: it is read as that
    date (``2024-12-31``), as if written so; not in a row whose target is another
    figure (``≥45000``), where the numbers are counts. Returns the table and, per row, the
    first column changed and each (column label, serial, date) for the finding.
    """
    changed: list[tuple[int, str, list[tuple[str, str, dt.date]]]] = []
    indicators: list[Indicator] = []
    year = table.period.end.year if table.period is not None else None
    for index, indicator in enumerate(table.indicators):
        target = indicator.target
        if not _time_row(indicator) or (
            # a figure the target asks (≥45000): the row counts, its numbers stay
            isinstance(target, (Comparison, Range)) and _cell_serial(target, year) is None
        ):
            indicators.append(indicator)
            continue
        cells: dict[str, Target | Value | None] = {
            column: getattr(indicator, column) for column, _ in _COLUMNS
        }
        said: list[tuple[str, str, dt.date]] = []
        first = ""
        for column, label in _COLUMNS:
            found = _cell_serial(cells[column], year)
            if found is None:
                continue
            text, date = found
            written = date.isoformat()
            cells[column] = (
                parse_target(written, year=date.year)
                if column == "target"
                else parse_value(written, year=date.year)
            )
            said.append((label, text.lstrip("=＝≤< "), date))
            first = first or column
        if not said:
            indicators.append(indicator)
            continue
        changed.append((index, first, said))
        indicators.append(
            evolve(
                indicator,
                target=cast("Target | None", cells["target"]),
                planned=cast("Value | None", cells["planned"]),
                actual=cast("Value | None", cells["actual"]),
                forecast=cast("Value | None", cells["forecast"]),
            )
        )
    if not changed:
        return table, changed
    return evolve(table, indicators=tuple(indicators)), changed
