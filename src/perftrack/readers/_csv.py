"""CSV exports (Excel's "CSV UTF-8" and its GBK cousin) into one sheet."""

from __future__ import annotations

import csv
import io
import re
from types import MappingProxyType
from typing import Final

from perftrack._errors import ReadError
from perftrack.readers._decode import check_cells, filled_width
from perftrack.readers._sheet import MAX_BYTES, Sheet

__all__ = [
    "decimal_points",
    "delimiter_of",
    "excel_booleans",
    "locale_dates",
    "read_csv",
    "unguard",
]

_SEP_LINE = "sep="
# The guards exports put before a value so that Excel keeps it as text: Excel's
# apostrophe ('101001, '≥1000人次; not a quoted word, '示范'), and a formula
# that is one quoted string (="33010024T000000123456").
_APOSTROPHE = re.compile(r"'[^'\s][^']*")
_FORMULA_TEXT = re.compile(r'="((?:[^"]|"")*)"')
_GUARDS = frozenset("\t'=")


def unguard(row: tuple[str, ...]) -> tuple[str, ...]:
    r"""*row* without the guards exports put before values to keep them text in Excel.

    A leading tab (``"\t101001"`` in CSV), Excel's apostrophe (``'101001``,
    ``'≥1000人次``; not around a word, ``'示范'``) and a formula that is one
    string (``="330100241100"``) are dropped; every other cell is returned
    as it is.

    Example:
        >>> unguard(("\t101001", "'≥1000人次", '="33010024T0001"', "'示范'", "=5.00(个)"))
        ('101001', '≥1000人次', '33010024T0001', "'示范'", '=5.00(个)')
    """
    for cell in row:
        if cell[:1] in _GUARDS:
            return tuple(map(_unguard, row))
    return row


def _unguard(cell: str) -> str:
    head = cell[:1]
    if head == "\t":
        return cell.lstrip("\t")
    if head == "'":
        return cell[1:] if _APOSTROPHE.fullmatch(cell) else cell
    if head == "=":
        match = _FORMULA_TEXT.fullmatch(cell)
        if match:
            return match.group(1).replace('""', '"')
    return cell


def delimiter_of(text: str) -> str:
    r"""The separator of CSV *text*: ``,``, or ``;`` as Excel writes it in some locales.

    Excel's ``sep=;`` first line says so; otherwise ``;`` when more of the first
    lines hold it than hold a comma.

    Example:
        >>> delimiter_of("sep=;\n项目名称;示例\n"), delimiter_of("项目名称,示例\n")
        (';', ',')
    """
    head = text.lstrip("\ufeff")
    if head[: len(_SEP_LINE)].lower() == _SEP_LINE and len(head) > len(_SEP_LINE):
        return head[len(_SEP_LINE)]
    lines = [line for line in head.split("\n", 50)[:50] if line.strip()]
    semicolons = sum(";" in line for line in lines)
    commas = sum("," in line for line in lines)
    return ";" if semicolons > commas else ","


# Characters no table text holds, one of which stands for a line break inside a cell
# while the csv module splits the records.
_INNER_BREAKS = "\x1f\x1e\ue000\ue001"


def _inner_break(text: str) -> str | None:
    """A character *text* does not hold, to stand for its in-cell line breaks."""
    return next((char for char in _INNER_BREAKS if char not in text), None)


def read_csv(text: str, *, file: str | None = None) -> list[Sheet]:
    r"""Read comma-separated *text* into one sheet, the way Excel writes it.

    Quoted cells may hold commas, doubled quotes and line breaks; full-width
    commas (``，``) are text, not separators. A lone ``\r`` is a line break
    inside its cell, quoted or not (see
    :func:`~perftrack.readers._decode.normalise_breaks`). Rows without text (blank lines,
    ``,,,``) are left out, as in TSV, and the guards exports put before codes
    are dropped (:func:`unguard`). ``row_numbers`` are 1-based record
    numbers, the rows Excel shows when it opens the file: a blank line is a
    record, a quoted cell's line breaks are not, and Excel's ``sep=;`` line
    is not a row.

    Raises:
        ReadError: the sheet is too large (:func:`~._decode.check_cells`). A
            cell may be as long as the input (the csv module's field limit is
            raised to :data:`~._sheet.MAX_BYTES` for a text longer than it).

    Example:
        >>> [sheet] = read_csv(
        ...     '项目名称,"两新党建工作，2023"\n偏差原因分析,"第一行\n第二行"\n,"\t1010"\n'
        ... )
        >>> sheet.rows
        (('项目名称', '两新党建工作，2023'), ('偏差原因分析', '第一行\n第二行'), ('', '1010'))
        >>> sheet.row_numbers
        (1, 2, 3)
    """
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    width = 0
    delimiter = delimiter_of(text)
    head = text.lstrip("\ufeff")
    if head[: len(_SEP_LINE)].lower() == _SEP_LINE:
        text = head.split("\n", 1)[1] if "\n" in head else ""
    guarded = "\t" in text or "'" in text or '="' in text
    # A lone CR is a line break inside a cell (normalise_breaks), quoted or not: kept
    # from the csv module, which would end the record there.
    inner: str | None = None
    if "\r" in text:
        text = text.replace("\r\n", "\n")  # text not from decode(): CRLF ends records
        inner = _inner_break(text) if "\r" in text else None
        if inner is not None:
            text = text.replace("\r", inner)
    record = 0
    if len(text) > csv.field_size_limit():
        # The csv module refuses a cell over 131,072 characters; TSV, Markdown and HTML
        # read one. The input is at most MAX_BYTES: so is any cell of it.
        csv.field_size_limit(MAX_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel", delimiter=delimiter)
    try:
        for fields in reader:
            record += 1
            if any(cell.strip() for cell in fields):
                row = tuple(fields)
                if inner is not None:
                    row = tuple(cell.replace(inner, "\n") for cell in row)
                rows.append(unguard(row) if guarded else row)
                numbers.append(record)
                width = filled_width(row, width)
                check_cells(len(rows), width, file=file, line=record)
    except csv.Error as exc:
        detail = str(exc)
        if "field limit" in detail:
            detail = f"单元格超过 {csv.field_size_limit()} 个字符"
        raise ReadError(
            f"无法按 CSV 读取：{detail}", file=file, where=f"第 {record + 1} 行"
        ) from None
    if delimiter == ";" and "," in text:
        points = decimal_points(rows)
        if points is not rows:  # a decimal-comma locale: its dates are dd.mm.yyyy
            rows = locale_dates(points)
    if "TRUE" in text or "FALSE" in text:
        rows = excel_booleans(rows)
    return [Sheet(tuple(rows), file=file, row_numbers=tuple(numbers))]


# A figure as a decimal-comma locale prints it: 9,33, 92,00%, 1.850.000,00, and 1.850
# grouped without decimals; no digit or separator around it.
_LOCALE_FIGURE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,])|(?<![\d.,])\d+,\d+(?![\d.,])"
)
# A figure only a decimal-comma locale prints: a comma not followed by exactly three
# digits (9,33, 47,6), or after groups of a point (1.850.000,00).
_DECIMAL_COMMA = re.compile(
    r"(?<![\d.,])(?:\d+,(?:\d{1,2}|\d{4,})|\d{1,3}(?:\.\d{3})+,\d+)(?![\d.,])"
)
# A figure only a decimal-point locale prints: a comma group before a point (1,850.00).
_DECIMAL_POINT = re.compile(r"\d,\d{3}\.\d")


def decimal_points(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """*rows* of a ``;``-separated file with decimal commas written as points.

    The Excel locales that separate by ``;`` print ``,`` as the decimal point and
    ``.`` as the grouping (``1.850.000,00``, ``92,00%``, ``47,6万人次``). When a
    cell shows that locale (a comma not followed by exactly three digits, or after
    point groups) and none shows the other (``1,850.00``), every figure is
    rewritten the other way: ``1850000.00``, ``92.00%``, ``47.6万人次``. Other rows
    are returned as they are.

    Example:
        >>> decimal_points(
        ...     [("年度资金总额", "1.850.000,00", "92,00%"), ("读者", "47,6万人次", "1,5")]
        ... )
        [('年度资金总额', '1850000.00', '92.00%'), ('读者', '47.6万人次', '1.5')]
        >>> decimal_points([("金额", "1,850.00", "1,5")])
        [('金额', '1,850.00', '1,5')]
    """
    shown = False
    for row in rows:
        for cell in row:
            if "," in cell:
                if _DECIMAL_POINT.search(cell):
                    return rows
                shown = shown or _DECIMAL_COMMA.search(cell) is not None
    if not shown:
        return rows
    return [
        tuple(
            _LOCALE_FIGURE.sub(_as_point, cell) if "," in cell or "." in cell else cell
            for cell in row
        )
        for row in rows
    ]


# A date as a decimal-comma locale's Excel writes it: 28.10.2025 (day, month, year);
# no letter, digit or separator before or after it (V2.1.2025, 3.10.2025.1).
_LOCALE_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\w.,])", re.ASCII)
_DATE_WORDS = r"(?:截至|截止到?|至|到|前|后|之前|以前|之后|以后|止|[-—–~～])"
# A cell that is dates only (31.10.2025前, 01.01.2025-30.06.2025, 1.1.2025 至 30.6.2025),
# or a label and a colon before them (跟踪时段：01.01.2025至30.06.2025); or a completion
# and its date (完成于15.06.2025, 已于15.06.2025完成, 15.06.2025完成), with a note in
# brackets after it (15.06.2025（已验收）): regress61 W4.
_DONE_BEFORE = r"(?:(?:已经|已|均已|全部)?(?:完成|完工|竣工|建成|办结|验收)于|已于|于)"
_DONE_AFTER = r"(?:已经|已|均已|全部)?(?:完成|完工|竣工|建成|办结|验收)"
_DATE_NOTE = r"(?:[（(][^（）()]{1,12}[）)])"
_DATE_CELL = re.compile(
    r"(?:[^：:\d]{1,12}[：:])?\s*"
    rf"(?:{_DATE_WORDS}\s*)*"
    rf"{_DONE_BEFORE}?\s*"
    r"\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}"
    rf"(?:\s*{_DATE_WORDS}\s*(?:\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}})?)*\s*"
    rf"{_DONE_AFTER}?\s*{_DATE_NOTE}?\s*"
)


def locale_dates(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """*rows* of a decimal-comma file with its ``dd.mm.yyyy`` date cells written ``yyyy-mm-dd``.

    The Excel locales that print ``1.850,00`` write a date cell ``28.10.2025``;
    in such a file (:func:`decimal_points` rewrote its figures) that is the
    day, the month and the year, never a number. Only a cell that is a date
    is rewritten: the whole cell dates, with 至, 前, 截至… or a dash around them
    (``31.10.2025前``, ``01.01.2025-30.06.2025``), or such dates after a label
    and a colon (``跟踪时段：01.01.2025至30.06.2025``), or a completion and its
    date (``完成于15.06.2025``, ``15.06.2025完成``, ``15.06.2025（已验收）``), the
    words kept. A date inside other
    text (``智慧社区平台V2.1.2025升级``, ``升级至3.10.2025版``) is the user's text
    and kept, as is a day or month out of range. Call it only for such a
    file: elsewhere ``1.5`` is a number and ``2025.10.28`` a date the grid
    already reads.

    Example:
        >>> locale_dates([("跟踪时段", "01.01.2025", "至", "30.06.2025"), ("完工", "32.10.2025")])
        [('跟踪时段', '2025-01-01', '至', '2025-06-30'), ('完工', '32.10.2025')]
        >>> locale_dates([("V2.1.2025", "升级至3.10.2025版", "31.10.2025前")])
        [('V2.1.2025', '升级至3.10.2025版', '2025-10-31前')]
        >>> locale_dates([("时段：1.1.2025—30.6.2025",)])
        [('时段：2025-01-01—2025-06-30',)]
        >>> locale_dates([("完成于15.06.2025", "15.06.2025完成", "15.06.2025（已验收）")])
        [('完成于2025-06-15', '2025-06-15完成', '2025-06-15（已验收）')]
    """
    return [
        tuple(
            _LOCALE_DATE.sub(_as_iso_date, cell)
            if "." in cell and _DATE_CELL.fullmatch(cell)
            else cell
            for cell in row
        )
        for row in rows
    ]


def _as_iso_date(match: re.Match[str]) -> str:
    day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12):  # noqa: PLR2004
        return match.group()
    return f"{year}-{month:02d}-{day:02d}"


def _as_point(match: re.Match[str]) -> str:
    return match.group().replace(".", "").replace(",", ".")


# Excel's booleans as a CSV or text export writes them, read as the xlsx reader reads a
# boolean cell.
_BOOLEANS: Final = MappingProxyType({"TRUE": "是", "FALSE": "否"})


def excel_booleans(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """*rows* with each cell that is exactly ``TRUE`` or ``FALSE`` read ``是`` or ``否``.

    Excel writes a boolean cell so in a CSV or text export (in a Chinese UI too);
    the xlsx reader reads the same cell ``是`` / ``否``. Other text is kept.

    Example:
        >>> excel_booleans([("是否达标", "TRUE", "FALSE", "True", "TRUE1")])
        [('是否达标', '是', '否', 'True', 'TRUE1')]
    """
    get = _BOOLEANS.get
    return [
        tuple(get(cell, cell) for cell in row) if any(map(_BOOLEANS.__contains__, row)) else row
        for row in rows
    ]
