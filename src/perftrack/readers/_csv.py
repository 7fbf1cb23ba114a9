"""CSV exports (Excel's "CSV UTF-8" and its GBK cousin) into one sheet."""

from __future__ import annotations

import csv
import functools
import io
import re
from types import MappingProxyType
from typing import Final

from perftrack._errors import ReadError
from perftrack.readers._decode import check_cells, filled_width
from perftrack.readers._sheet import MAX_BYTES, Problem, Sheet

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
    text, stand_in, strays = stray_quotes(text, delimiter)
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
    if stand_in is not None:
        rows = [tuple(cell.replace(stand_in, '"') for cell in row) for row in rows]
    problems = _csv_problems(text, rows, numbers, delimiter, strays)
    if delimiter == "," and ";" in text:
        rows, mixed = _other_delimiter_rows(text, rows, numbers)
        problems = (*problems, *mixed)
    if delimiter == ";" and "," in text:
        points = decimal_points(rows)
        if points is not rows:  # a decimal-comma locale: its dates are dd.mm.yyyy
            rows = locale_dates(points)
    if "TRUE" in text or "FALSE" in text:
        rows = excel_booleans(rows)
    return [Sheet(tuple(rows), file=file, row_numbers=tuple(numbers), problems=problems)]


# The fewest cells a row split with the other separator must give to be read as a row.
_MIXED_ROW_CELLS: Final = 3


def _other_delimiter_rows(
    text: str, rows: list[tuple[str, ...]], numbers: list[int]
) -> tuple[list[tuple[str, ...]], tuple[Problem, ...]]:
    r"""Rows of a comma file pasted from a semicolon export, split with ``;``.

    A row read as one unquoted cell holding ``;`` (``1;2;3``, ``满意度指标;…;≥80%``)
    in a file whose other rows have at least three cells is split with ``;``, and a
    ``malformed-cell`` names its line. A quoted cell (``"合格;良好"``) is text: kept.

    Example:
        >>> rows, problems = _other_delimiter_rows(
        ...     "a,b,c\n1;2;3\n", [("a", "b", "c"), ("1;2;3",)], [1, 2]
        ... )
        >>> rows[1], problems[0].row
        (('1', '2', '3'), 2)
    """
    if not any(len(row) >= _MIXED_ROW_CELLS for row in rows):
        return rows, ()
    lines = set(text.split("\n"))
    split: list[tuple[str, ...]] = []
    problems: list[Problem] = []
    for row, record in zip(rows, numbers, strict=True):
        filled = [cell for cell in row if cell.strip()]
        if len(filled) == 1 and ";" in filled[0] and filled[0] in lines and len(row) == 1:
            cells = next(csv.reader([filled[0]], dialect="excel", delimiter=";"))
            if len(cells) >= _MIXED_ROW_CELLS:
                split.append(tuple(cells))
                problems.append(
                    Problem(
                        "malformed-cell",
                        f"第 {record} 行以分号“;”分隔（其余各行以逗号“,”分隔）："
                        f"已按分号拆分为 {len(cells)} 列，请核对原文件",
                        record,
                        1,
                    )
                )
                continue
        split.append(row)
    return split, tuple(problems)


def _csv_problems(
    text: str,
    rows: list[tuple[str, ...]],
    numbers: list[int],
    delimiter: str,
    strays: list[tuple[int, int]],
) -> tuple[Problem, ...]:
    """What :func:`read_csv` read past: stray quotes, and a file cut short."""
    problems = [
        Problem(
            "malformed-cell",
            f"第 {record} 行第 {column} 列的单元格以引号开头，但引号没有按 CSV 规则闭合"
            "（其后各行会被读进这一个单元格）：已把该引号按文字读取，请核对原文件",
            record,
            column,
        )
        for record, column in strays
    ]
    if '"' in text:
        problems.extend(
            Problem(
                "malformed-cell",
                f"第 {record} 行第 {column} 列带引号的单元格跨多行，且各行的列数与表格的行相同："
                "若该引号是误输入的，其后各行已被读进这一个单元格，请核对原文件",
                record,
                column,
            )
            for record, column in rows_in_quotes(text, delimiter)
        )
    fields = _quoted_fields(text, delimiter) if '"' in text else []
    if fields and fields[-1][1] >= len(text) and rows:
        problems.append(
            Problem(
                "file-truncated",
                f"文件在第 {numbers[-1]} 行一个带引号的单元格中间结束（引号未闭合），"
                "可能被截断：最后一行可能不完整，请核对原文件",
                numbers[-1],
            )
        )
    elif (cut := cut_short(text, rows, numbers, delimiter)) is not None:
        problems.append(cut)
    return tuple(problems)


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


# A quoted CSV cell whose quote is a stray (fz30 H2): one that runs to the end of the
# file over rows, or holds this many lines, after the first, with the separators of a row.
_ROW_LIKE_LINES: Final = 2
_ROW_LIKE_SEPARATORS: Final = 3
# Stands for a stray quote, read as a character, while the csv module splits the records.
_STRAY_QUOTES = "\ue002\ue003\x1d\x1c"
_MAX_STRAY_QUOTES: Final = 50


def _quoted_fields(text: str, delimiter: str) -> list[tuple[int, int, bool, int, int]]:
    """The quoted fields of CSV *text* as the csv module reads them.

    Each is ``(open, close, closed_well, record, column)``: the offsets of its
    opening and closing quote (``len(text)`` when the file ends inside it),
    whether the closing quote is followed by a separator, a line break or the end
    (as Excel writes it), and its 1-based record and column.
    """
    fields: list[tuple[int, int, bool, int, int]] = []
    record, column = 1, 1
    at_start = True
    pos, end = 0, len(text)
    while pos < end:
        char = text[pos]
        if char == "\n":
            record, column, at_start = record + 1, 1, True
        elif char == delimiter:
            column, at_start = column + 1, True
        elif char == '"' and at_start:
            close = pos + 1
            while True:
                close = text.find('"', close)
                if close < 0 or not text.startswith('"', close + 1):
                    break
                close += 2  # a doubled quote inside the cell
            if close < 0:
                fields.append((pos, end, False, record, column))
                break
            after = text[close + 1 : close + 2]
            fields.append((pos, close, after in ("", "\n", delimiter), record, column))
            record += text.count("\n", pos, close)
            pos, at_start = close + 1, False
            continue
        else:
            at_start = False
        pos += 1
    return fields


def _is_runaway(text: str, delimiter: str, field: tuple[int, int, bool, int, int]) -> bool:
    """Whether a quoted *field* of CSV *text* opened at a stray quote, not Excel's.

    It holds, after its first line, a line with a row's separators, and it runs to
    the end of the file or is closed by a quote text follows. A field closed as
    Excel closes one (by a separator, a line break or the end) is never a stray: a
    quoted cell of several lines with ASCII commas in them is Excel's, even when its
    lines are as wide as rows (q64 W1, regress67); :func:`rows_in_quotes` flags those.
    """
    start, close, closed_well, _, _ = field
    lines = text[start + 1 : close].split("\n")[1:]
    if not any(line.count(delimiter) >= _ROW_LIKE_SEPARATORS for line in lines):
        return False
    return close >= len(text) or not closed_well


def rows_in_quotes(text: str, delimiter: str) -> list[tuple[int, int]]:
    r"""The (record, column) of each quoted cell of CSV *text* that may hold rows.

    A cell Excel quoted and closed as Excel closes one (by a separator, a line break
    or the end) is read as it is, whatever its lines hold (regress67: an Excel cell of
    lines with ASCII commas is Excel's). When those lines, read as rows, are each as
    wide as the table's rows (:func:`_widens_row`), the quote may have been typed by
    hand and closed by another: the caller says so, without reading it otherwise.

    Example:
        >>> rows = '指标,值,分,注,备\n甲,"≥95%,1,2,3\n乙,3,4,有所提升",5\n丙,6,7,8,9\n'
        >>> rows_in_quotes(rows, ",")
        [(2, 2)]
        >>> rows_in_quotes('指标,说明,分\n甲,"一、进度滞后\n二、已整改",4\n', ",")
        []
    """
    found: list[tuple[int, int]] = []
    for start, close, closed_well, record, column in _quoted_fields(text, delimiter):
        lines = text[start + 1 : close].split("\n")[1:]
        if (
            closed_well
            and close < len(text)
            and any(line.count(delimiter) >= _ROW_LIKE_SEPARATORS for line in lines)
            and _widens_row(text, delimiter, start, close)
        ):
            found.append((record, column))
    return found


def _records(text: str, delimiter: str) -> list[int]:
    """The widths of the records of CSV *text* with text (blank lines left out)."""
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel", delimiter=delimiter)
    try:
        return [len(fields) for fields in reader if any(cell.strip() for cell in fields)]
    except csv.Error:
        return []


def _widens_row(text: str, delimiter: str, start: int, close: int) -> bool:
    """Whether the quote at *start*, closed at *close*, merged whole rows into one record.

    Read with that quote as text, the lines from its first to the closing quote's are
    each as wide as the table's rows (the most common width of its records of
    more than one cell). The record it opens may be as wide too (a stray closed in the
    column it opened in), so its width says nothing; the lines of an Excel cell are
    not rows.
    """
    first = text.rfind("\n", 0, start) + 1
    end = text.find("\n", close)
    end = len(text) if end < 0 else end
    literal = _records(text[first:start] + "x" + text[start + 1 : end], delimiter)
    width = _common_width(text, delimiter)
    return len(literal) > 1 and width is not None and all(cells == width for cells in literal)


@functools.lru_cache(maxsize=1)
def _common_width(text: str, delimiter: str) -> int | None:
    """The most common width of the records of *text* of more than one cell.

    Read once per text: a file of many quoted cells of several lines asks it of each.
    """
    widths = [width for width in _records(text, delimiter) if width > 1]
    return max(set(widths), key=widths.count) if widths else None


def stray_quotes(text: str, delimiter: str) -> tuple[str, str | None, list[tuple[int, int]]]:
    r"""CSV *text* with each stray opening quote replaced by a stand-in character.

    A ``"`` that opens a cell but that Excel did not write (``"≥95%`` typed by
    hand) makes the csv module read the rest of the file, or up to the next
    quote, as one cell, and the rows in it vanish. Such a quote
    (:func:`_is_runaway`) is replaced, from the first, by a character *text*
    does not hold, returned with the 1-based (record, column) of each: the
    caller reads it back as ``"``. Text without one comes back as it is, with
    ``None``.

    Example:
        >>> rows = '指标,"≥95%,100%,10,10\n成本,≤2400元,2290元,5,5\n满意度,≥90%,93%,10,10\n'
        >>> fixed, stand_in, where = stray_quotes(rows, ",")
        >>> fixed.replace(stand_in, "!"), where
        ('指标,!≥95%,100%,10,10\n成本,≤2400元,2290元,5,5\n满意度,≥90%,93%,10,10\n', [(1, 2)])
    """
    if '"' not in text:
        return text, None, []
    stand_in = next((char for char in _STRAY_QUOTES if char not in text), None)
    if stand_in is None:
        return text, None, []
    found: list[tuple[int, int]] = []
    while len(found) < _MAX_STRAY_QUOTES:
        stray = next(
            (
                field
                for field in _quoted_fields(text, delimiter)
                if _is_runaway(text, delimiter, field)
            ),
            None,
        )
        if stray is None:
            break
        text = text[: stray[0]] + stand_in + text[stray[0] + 1 :]
        found.append((stray[3], stray[4]))
    return (text, stand_in, found) if found else (text, None, [])


# The labels of a table's sign-off line, which a file may end with, unpadded and
# without a line break: it is whole.
_FOOTER: Final = re.compile(r"(?:单位负责人|填报人|联系电话|审核人|负责人|填报日期)\s*[：:]?")


def cut_short(
    text: str, rows: list[tuple[str, ...]], numbers: list[int], delimiter: str
) -> Problem | None:
    r"""A ``file-truncated`` problem when text *rows* end cut inside a row, else ``None``.

    Excel and WPS end every record of a TSV or CSV export with a line break and
    print every row as wide as the others (a title may be one cell). The last line
    of *text* without its line break, holding two cells or more but fewer than every
    row above it of more than one cell, which are all as wide as one another (three
    cells or more: the file is padded as an export is), was probably cut there
    (fz30 H3). A hand-written file whose rows differ in width says nothing, nor
    does a last line that starts with a sign-off label (填报人, 联系电话…).
    *numbers* are the rows' 1-based record numbers.

    Example:
        >>> rows = [
        ...     ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
        ...     ("产出指标", "数量指标", "人数", "≥1200人", "1260人"),
        ...     ("产出指标", "数量指标", "次数", "≥4次"),
        ... ]
        >>> cut_short("…\t≥4次", rows, [1, 2, 3], "\t").row
        3
    """
    if not rows or text.endswith("\n") or len(rows) < 2:  # noqa: PLR2004
        return None
    last = rows[-1]
    above = [row for row in rows[:-1] if len(row) > 1]  # titles are one cell, padded or not
    widths = {len(row) for row in above}
    if len(widths) != 1 or len(above) < 2:  # noqa: PLR2004
        return None
    [width] = widths
    tail = text.rsplit("\n", 1)[-1]
    if width < 3 or not 2 <= len(last) < width or delimiter not in tail:  # noqa: PLR2004
        return None
    if _FOOTER.match(next((cell.strip() for cell in last if cell.strip()), "")):
        return None  # a sign-off line (填报人：张伟,,,联系电话：…) added after the export (q64 W4)
    return Problem(
        "file-truncated",
        f"文件在第 {numbers[-1]} 行中间结束（最后一行没有换行符，单元格比上面的行少），"
        "可能被截断：最后一行可能不完整，请核对原文件",
        numbers[-1],
    )
