"""XML Spreadsheet 2003 (SpreadsheetML, "XML 电子表格 2003") → one :class:`Sheet` per worksheet.

Government systems (Java back ends filling a FreeMarker template, some
预算管理一体化 modules) export "Excel" as this XML and name it ``.xls`` or
``.xml``. It is read with the standard library only, and every cell's text
follows the xlsx reader (:mod:`._xlsx`):

- ``ss:Type="String"`` as stored, rich text (``html:Font``, ``html:B``…) as all
  its text but its struck-out runs (``html:S``); a cell whose style strikes its
  font out (``Font ss:StrikeThrough="1"``) is empty, as a deleted value; a line
  break (``&#10;``) stays in the cell, as in xlsx;
- ``Number`` with the decimals and percent of the cell's number format
  (``ss:StyleID`` → ``Style/NumberFormat ss:Format``, inherited through
  ``ss:Parent``; the named formats ``Percent``, ``Fixed``, ``Standard``,
  ``General Number``, ``Short Date``… as Excel defines them), an integer
  exactly as written; a number under a date format is that date;
- ``DateTime`` as ISO ``2023-08-31`` (``2024年3月`` under a format that shows a
  year and a month only, ``08:30:00`` for a time of day);
- ``Boolean`` ``是``/``否``; ``Error`` as shown (``#DIV/0!``); a formula
  (``ss:Formula``) gives its ``Data``, the result Excel saved.

A value that does not fit its type (``<Data ss:Type="Number">≥95%</Data>``, a
template filling a number cell with text) is kept as written.

``Row ss:Index``/``ss:Span`` and ``Cell ss:Index`` place rows and cells, so
that row numbers and columns are the real ones; ``ss:MergeAcross`` and
``ss:MergeDown`` are merged ranges (text in the top-left cell, the others
``""``). Rows hidden by hand (``ss:Hidden="1"``) and hidden worksheets
(``WorksheetOptions/Visible``) are left out, as for xlsx. A worksheet holding
several ``Table`` elements (templates write one per project) gives their rows
one after the other, each table's ``ss:Index`` counted from its own start.

Untrusted files: at most :data:`MAX_BYTES`; a prolog declaring a DOCTYPE
(entity bombs, external entities) is refused before parsing; a worksheet may
hold at most :data:`MAX_CELLS` cells, counting what indexes and merged ranges
expand to; indexes beyond Excel's grid are refused. Every failure is a
:class:`~perftrack.ReadError` naming the file, and the worksheet and row when
known.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final, cast

from perftrack._errors import ReadError
from perftrack.readers._decode import check_size
from perftrack.readers._sheet import MAX_CELLS, Sheet
from perftrack.readers._xlsx import (
    blank_merged,
    date_text,
    grid_sheet,
    number_text,
    shows_month_only,
    too_big,
    trim_grid,
)
from perftrack.readers._xml import expat_reason, xml_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from xml.etree.ElementTree import Element

__all__ = ["SPREADSHEET_NS", "read_excel_xml"]

#: The namespace of SpreadsheetML 2003 (the ``ss:`` prefix).
SPREADSHEET_NS: Final = "urn:schemas-microsoft-com:office:spreadsheet"
_SS: Final = "{" + SPREADSHEET_NS + "}"

#: Excel's grid: no row or column index beyond these.
_MAX_ROW: Final = 1_048_576
_MAX_COLUMN: Final = 16_384
#: The decoded text is fed to the parser this many characters at a time.
_CHUNK: Final = 1 << 20

# --- the prolog ----------------------------------------------------------------------------

_SPACE = re.compile(r"[ \t\r\n]*")


def _root_start(text: str) -> tuple[int, bool]:
    """Where the root element starts in *text* (``-1``: nowhere), and whether a DOCTYPE came first.

    Skips a BOM, white space, processing instructions (``<?xml …?>``,
    ``<?mso-application progid="Excel.Sheet"?>``) and comments; it stops at a
    ``<!`` declaration (``<!DOCTYPE``, ``<!ENTITY``).
    """
    index = 1 if text.startswith("\ufeff") else 0
    while True:
        index = _SPACE.match(text, index).end()  # type: ignore[union-attr]  # always matches
        if text.startswith("<?", index):
            end = text.find("?>", index + 2)
            if end < 0:
                return -1, False
            index = end + 2
        elif text.startswith("<!--", index):
            end = text.find("-->", index + 4)
            if end < 0:
                return -1, False
            index = end + 3
        elif text.startswith("<", index):
            return index, text.startswith("<!", index)
        else:
            return -1, False


# --- number formats ------------------------------------------------------------------------

# Excel's named formats (the ss:Format values that are no format code).
_NAMED: Final = {
    "general": ("number", "General"),
    "general number": ("number", "General"),
    "fixed": ("number", "0.00"),
    "standard": ("number", "#,##0.00"),
    "percent": ("number", "0.00%"),
    "currency": ("number", "#,##0.00"),
    "euro currency": ("number", "#,##0.00"),
    "scientific": ("number", "0.00E+00"),
    "general date": ("date", "yyyy-mm-dd h:mm"),
    "long date": ("date", "yyyy-mm-dd"),
    "medium date": ("date", "yyyy-mm-dd"),
    "short date": ("date", "yyyy-mm-dd"),
    "long time": ("time", "h:mm:ss"),
    "medium time": ("time", "h:mm"),
    "short time": ("time", "h:mm"),
    "yes/no": ("boolean", ""),
    "true/false": ("boolean", ""),
    "on/off": ("boolean", ""),
}
# Quoted text, [colours]/[$-804], \x and the _x / *x spacers: no format codes.
_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')

#: A format: what the number shows (number, date, month, time, boolean) and its code.
_Format = tuple[str, str]
_GENERAL: Final = ("number", "General")


@functools.lru_cache(maxsize=256)
def _format_of(code: str) -> _Format:
    """What ``ss:Format`` *code* makes of a number.

    Example:
        >>> _format_of("Percent"), _format_of('yyyy"年"m"月"'), _format_of("0.0%")
        (('number', '0.00%'), ('month', 'yyyy"年"m"月"'), ('number', '0.0%'))
    """
    named = _NAMED.get(code.strip().lower())
    if named is not None:
        return named
    bare = _LITERALS.sub("", code).lower()
    if shows_month_only(code):
        return "month", code
    if "y" in bare or "d" in bare:
        return "date", code
    if "h" in bare or "s" in bare:
        return "time", code
    return "number", code


# An integer written out (kept exact, as openpyxl keeps <v>1200</v>), and any number.
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# Excel's 1900 date system: serial 1 is 1900-01-01, and 60 the 29 February 1900 that never was.
_EPOCH: Final = dt.datetime(1899, 12, 30)  # noqa: DTZ001  (Excel's dates have no zone)
_TIME_DATE: Final = dt.date(1899, 12, 31)  # the date Excel writes with a time of day
_LAST_SERIAL: Final = 2_958_465  # 9999-12-31
_LOTUS_BUG: Final = 60


def _number_text(raw: str, number_format: _Format) -> str:
    """The text of a ``Number`` cell under *number_format*; *raw* as written if no number."""
    text = raw.strip()
    value: float
    if _INTEGER.fullmatch(text):
        value = int(text)
    elif _NUMBER.fullmatch(text):
        value = float(text)
    else:
        return raw
    kind, code = number_format
    if kind == "number":
        return number_text(value, code)
    if kind == "boolean":
        return "是" if value else "否"
    if not 0 <= value <= _LAST_SERIAL:
        return number_text(value)
    days = value if value >= _LOTUS_BUG else value + 1
    moment = _EPOCH + dt.timedelta(seconds=round(days * 86400))
    return _moment_text(moment, kind, time_of_day=value < 1)


def _date_time_text(raw: str, kind: str) -> str:
    """The text of a ``DateTime`` cell (``2023-08-31T00:00:00.000``); *raw* if it is no date."""
    try:
        moment = dt.datetime.fromisoformat(raw.strip())
    except ValueError:
        return raw
    return _moment_text(moment, kind, time_of_day=moment.date() == _TIME_DATE)


def _moment_text(moment: dt.datetime, kind: str, *, time_of_day: bool) -> str:
    if kind == "time" or time_of_day:
        return date_text(moment.time())
    if kind == "month":
        return f"{moment.year}年{moment.month}月"  # the month, not its first day (as for xlsx)
    return date_text(moment)


def _boolean_text(raw: str) -> str:
    value = raw.strip().lower()
    if value in ("1", "true"):
        return "是"
    if value in ("0", "false"):
        return "否"
    return raw


# --- the document --------------------------------------------------------------------------


def _bounded(value: str, low: int, limit: int) -> int | None:
    """*value* as a whole number from *low* to *limit*, else None."""
    text = value.strip()
    number = int(text) if text.isascii() and text.isdigit() else -1
    return number if low <= number <= limit else None


def _index(value: str, limit: int, what: str, *, file: str | None, where: str) -> int:
    """A 1-based ``ss:Index`` up to *limit*."""
    number = _bounded(value, 1, limit)
    if number is None:
        msg = f"{what}={value!r} 不是有效的位置（应为 1 至 {limit} 的整数）"
        raise ReadError(msg, file=file, where=where)
    return number


def _count(value: str, limit: int, what: str, *, file: str | None, where: str) -> int:
    """A merge count (``ss:MergeAcross``/``ss:MergeDown``): 0 up to *limit*."""
    number = _bounded(value, 0, limit)
    if number is None:
        msg = f"{what}={value!r} 超出 Excel 工作表的范围"
        raise ReadError(msg, file=file, where=where)
    return number


_QUALIFIED: Final = {
    name: _SS + name
    for name in ("Index", "Span", "Hidden", "StyleID", "MergeAcross", "MergeDown", "Type")
}


def _attribute(element: Element, name: str) -> str | None:
    """``ss:name`` of *element*, or a bare ``name`` (hand-written templates omit the prefix)."""
    attributes = element.attrib
    value = attributes.get(_QUALIFIED.get(name) or _SS + name)
    return attributes.get(name) if value is None else value


class _Worksheet:
    """One worksheet being read: its grid of texts, merged ranges and hidden rows."""

    __slots__ = (
        "base",
        "bottom",
        "cells",
        "file",
        "grid",
        "hidden",
        "last",
        "merged",
        "name",
        "right",
        "visible",
        "where",
    )

    def __init__(self, name: str, file: str | None) -> None:
        self.name = name
        self.file = file
        self.where = f"工作表 {name}"
        self.grid: list[list[str]] = []
        self.merged: list[tuple[int, int, int, int]] = []
        self.hidden: set[int] = set()
        self.visible = True
        self.base = 0  # rows before the current Table
        self.last = 0  # the number of the last row placed (or spanned)
        self.bottom = 0  # the last row any cell or merged range reaches
        self.right = 0  # the last column any cell or merged range reaches
        self.cells = 0

    def start_table(self) -> None:
        """A ``Table``: its rows come after everything before it."""
        self.base = self.last = max(self.last, self.bottom)

    def row_where(self, number: int) -> str:
        return f"{self.where} 第 {number} 行"

    def add_row(self, row: Element, reader: _Reader) -> None:
        """Place one ``Row`` element: its number, its cells, its merged ranges."""
        file = self.file
        index = _attribute(row, "Index")
        if index is None:
            number = self.last + 1
        else:
            number = self.base + _index(
                index, _MAX_ROW, "ss:Index", file=file, where=self.row_where(self.last + 1)
            )
            if number <= self.last:
                msg = f"行的 ss:Index={index} 不在前一行（第 {self.last} 行）之后"
                raise ReadError(msg, file=file, where=self.row_where(number))
        if number > _MAX_ROW:
            msg = f"行号 {number} 超出 Excel 工作表的 {_MAX_ROW} 行"
            raise ReadError(msg, file=file, where=self.where)
        last = number
        span = _attribute(row, "Span")  # this row and the next ones alike (empty, formatted)
        if span is not None:
            where = self.row_where(number)
            last = number + _count(span, _MAX_ROW - number, "ss:Span", file=file, where=where)
        if _attribute(row, "Hidden") in ("1", "true"):
            self.hidden.update(range(number, last + 1))
        self.last = last
        texts = reader.cells(row, number, self)
        while texts and not texts[-1]:
            texts.pop()
        grid = self.grid
        if texts:
            self.bottom = max(self.bottom, number)
            gap = number - 1 - len(grid)
            self.cells += gap + len(texts)
            if self.cells > MAX_CELLS:
                raise too_big(number, max(self.right, len(texts)), file=file, where=self.where)
            grid.extend([] for _ in range(gap))
            grid.append(texts)

    def sheet(self) -> Sheet:
        """The worksheet as a Sheet: merged ranges blanked, hidden rows dropped, ends trimmed."""
        if self.bottom * max(self.right, 1) > MAX_CELLS:
            raise too_big(self.bottom, self.right, file=self.file, where=self.where)
        grid = self.grid
        blank_merged(grid, self.merged, file=self.file, where=self.where)
        for number in self.hidden:
            # a row hidden by hand: a deleted indicator kept out of sight (as for xlsx)
            if number <= len(grid):
                grid[number - 1] = []
        trim_grid(grid)
        return grid_sheet(grid, file=self.file, name=self.name, merges=self.merged)


def _shown(data: Element) -> str:
    """The text of rich ``ss:Data`` as Excel shows it: struck-out runs (``html:S``) left out."""
    parts = [data.text or ""]
    for child in data:
        if child.tag.rpartition("}")[2] != "S":
            parts.append(_shown(child))
        parts.append(child.tail or "")
    return "".join(parts)


class _Reader:
    """Turns the elements of one document into cell texts, with its styles."""

    __slots__ = ("cell_tag", "data_tag", "file", "formats", "namespace", "struck")

    def __init__(self, namespace: str, file: str | None) -> None:
        self.file = file
        self.namespace = namespace
        self.cell_tag = namespace + "Cell"
        self.data_tag = namespace + "Data"
        self.formats: dict[str, _Format] = {}
        # Styles whose font strikes the text out (Font ss:StrikeThrough="1"), as Excel shows
        # a value a reviewer deleted.
        self.struck: set[str] = set()

    def read_styles(self, styles: Element) -> None:
        """The number format of every ``Style``, following ``ss:Parent``, and its strike."""
        namespace = self.namespace
        own: dict[str, str | None] = {}
        parents: dict[str, str] = {}
        for style in styles.iter(namespace + "Style"):
            style_id = _attribute(style, "ID")
            if style_id is None:
                continue
            font = style.find(namespace + "Font")
            if font is not None and _attribute(font, "StrikeThrough") in ("1", "true"):
                self.struck.add(style_id)
            number_format = style.find(namespace + "NumberFormat")
            own[style_id] = (
                None
                if number_format is None
                else (_attribute(number_format, "Format") or "General")
            )
            parent = _attribute(style, "Parent")
            if parent is not None:
                parents[style_id] = parent
        for style_id in own:
            code, seen, current = None, set(), style_id
            while current in own and current not in seen:  # a cycle of parents ends the walk
                seen.add(current)
                code = own[current]
                if code is not None:
                    break
                current = parents.get(current, "")
            if code is not None:
                self.formats[style_id] = _format_of(code)

    def cells(self, row: Element, number: int, worksheet: _Worksheet) -> list[str]:
        """The texts of a row's cells at their columns; merged ranges noted on *worksheet*."""
        texts: list[str] = []
        column = 0
        file = self.file
        row_style = _attribute(row, "StyleID")
        for cell in row:
            if cell.tag != self.cell_tag:
                continue
            across = down = None
            style = row_style
            if not cell.attrib:  # the common plain cell: the next column, the row's style
                column += 1
            else:
                index = _attribute(cell, "Index")
                if index is None:
                    column += 1
                else:
                    where = worksheet.row_where(number)
                    wanted = _index(index, _MAX_COLUMN, "单元格的 ss:Index", file=file, where=where)
                    if wanted <= column:
                        msg = f"单元格的 ss:Index={index} 不在前一单元格（第 {column} 列）之后"
                        raise ReadError(msg, file=file, where=where)
                    column = wanted
                style = _attribute(cell, "StyleID") or row_style
                across, down = _attribute(cell, "MergeAcross"), _attribute(cell, "MergeDown")
            if column > _MAX_COLUMN:
                msg = f"单元格超出 Excel 工作表的 {_MAX_COLUMN} 列"
                raise ReadError(msg, file=file, where=worksheet.row_where(number))
            if len(texts) < column - 1:
                texts.extend([""] * (column - 1 - len(texts)))
            texts.append(self.text(cell, style))
            right, bottom = column, number
            if across is not None or down is not None:
                where = worksheet.row_where(number)
                if across is not None:
                    right += _count(
                        across, _MAX_COLUMN - column, "ss:MergeAcross", file=file, where=where
                    )
                if down is not None:
                    bottom += _count(
                        down, _MAX_ROW - number, "ss:MergeDown", file=file, where=where
                    )
                if (right, bottom) != (column, number):
                    worksheet.merged.append((number, column, bottom, right))
                    worksheet.bottom = max(worksheet.bottom, bottom)
            column = right
        worksheet.right = max(worksheet.right, column)  # the last cell's right edge
        return texts

    def text(self, cell: Element, style: str | None) -> str:
        """The text of a cell as Excel shows it (see the module's description).

        *style* is the cell's ``ss:StyleID``, or its row's.
        """
        data = None
        for child in cell:
            if child.tag == self.data_tag:  # not the ss:Data of a Comment
                data = child
                break
        if data is None or (style is not None and style in self.struck):
            return ""
        raw = _shown(data) if len(data) else (data.text or "")
        kind = _attribute(data, "Type")
        if kind is None or kind in {"String", "Error"}:
            return raw
        if kind == "Boolean":
            return _boolean_text(raw)
        number_format = self.formats.get(style or "Default", _GENERAL)
        if kind == "Number":
            return _number_text(raw, number_format)
        if kind == "DateTime":
            return _date_time_text(raw, number_format[0])
        return raw


def read_excel_xml(
    data: bytes, *, file: str | None = None, encoding: str | None = None
) -> list[Sheet]:
    """Read every visible worksheet of an XML Spreadsheet 2003, in workbook order.

    *encoding* forces the text encoding (otherwise a BOM, UTF-8, the XML
    declaration's encoding, GB18030). Raises :class:`~perftrack.ReadError`
    for anything that is not a readable XML spreadsheet.

    Example:
        >>> xml = (
        ...     '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        ...     'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        ...     '<Styles><Style ss:ID="p"><NumberFormat ss:Format="Percent"/></Style></Styles>'
        ...     '<Worksheet ss:Name="表1"><Table>'
        ...     '<Row><Cell ss:MergeAcross="1"><Data ss:Type="String">跟踪表</Data></Cell></Row>'
        ...     '<Row ss:Index="3"><Cell><Data ss:Type="String">执行率</Data></Cell>'
        ...     '<Cell ss:StyleID="p"><Data ss:Type="Number">0.95</Data></Cell></Row>'
        ...     "</Table></Worksheet></Workbook>"
        ... )
        >>> [sheet] = read_excel_xml(xml.encode(), file="导出.xls")
        >>> sheet.name, sheet.rows, sheet.row_numbers
        ('表1', (('跟踪表', ''), ('', ''), ('执行率', '95.00%')), (1, 2, 3))
    """
    check_size(data, file=file)
    text = xml_text(data, file, encoding)
    start, doctype = _root_start(text)
    if doctype:
        msg = "XML 电子表格含有 DOCTYPE（DTD 或实体声明），出于安全考虑拒绝读取"
        raise ReadError(msg, file=file)
    if start < 0:
        msg = "不是 XML 电子表格：没有找到 XML 根元素（Workbook）"
        raise ReadError(msg, file=file)
    return _parse(text, file)


def _parse(text: str, file: str | None) -> list[Sheet]:
    """The worksheets of a document whose prolog was checked, parsed as a stream."""
    import xml.etree.ElementTree as ET  # noqa: PLC0415  (only this reader needs it)

    parser: ET.XMLPullParser[Element] = ET.XMLPullParser(events=("start", "end"))
    document = _Document(file)
    ending = False
    try:
        for start in range(0, len(text), _CHUNK):
            parser.feed(text[start : start + _CHUNK])
            document.handle(cast("Iterator[tuple[str, Element]]", parser.read_events()))
        ending = True
        parser.close()
        document.handle(cast("Iterator[tuple[str, Element]]", parser.read_events()))
    except ET.ParseError as exc:
        raise _syntax_error(exc, file, document.worksheet, ending=ending) from None
    if not document.found:
        msg = "XML 电子表格中没有工作表（Worksheet）"
        raise ReadError(msg, file=file)
    return document.sheets


class _Document:
    """The state of one parse: the worksheet and table being read, the sheets read."""

    __slots__ = (
        "file",
        "found",
        "reader",
        "root",
        "row_tag",
        "sheets",
        "skipped",
        "styles_tag",
        "table",
        "table_tag",
        "worksheet",
        "worksheet_tag",
    )

    def __init__(self, file: str | None) -> None:
        self.file = file
        self.sheets: list[Sheet] = []
        self.found = 0
        self.root: Element | None = None
        self.reader = _Reader("", file)
        self.worksheet: _Worksheet | None = None
        self.table: Element | None = None
        self.row_tag = self.worksheet_tag = self.table_tag = self.styles_tag = ""
        self.skipped: frozenset[str] = frozenset()

    def handle(self, events: Iterable[tuple[str, Element]]) -> None:
        """Act on the parser's events: rows as they end, worksheets and styles when complete."""
        for event, element in events:
            tag = element.tag
            if event == "end":
                if tag in self.skipped:  # cells and their data: read with their row
                    continue
                if tag == self.row_tag:
                    self.end_row(element)
                elif tag == self.worksheet_tag:
                    self.end_worksheet(element)
                elif tag == self.table_tag:
                    self.table = None
                elif tag == self.styles_tag:
                    self.reader.read_styles(element)
                elif tag.endswith("WorksheetOptions") and self.worksheet is not None:
                    _read_options(element, self.worksheet)
            elif self.root is None:
                self.start_root(element)
            elif tag == self.worksheet_tag:
                self.found += 1
                name = _attribute(element, "Name") or f"Sheet{self.found}"
                self.worksheet = _Worksheet(name, self.file)
            elif tag == self.table_tag and self.worksheet is not None:
                self.table = element
                self.worksheet.start_table()

    def start_root(self, root: Element) -> None:
        self.root = root
        namespace = _root_namespace(root, self.file)
        self.reader = _Reader(namespace, self.file)
        self.row_tag = namespace + "Row"
        self.worksheet_tag = namespace + "Worksheet"
        self.table_tag = namespace + "Table"
        self.styles_tag = namespace + "Styles"
        self.skipped = frozenset((namespace + "Cell", namespace + "Data"))

    def end_row(self, row: Element) -> None:
        if self.worksheet is not None:
            self.worksheet.add_row(row, self.reader)
        table = self.table
        if table is not None and len(table) and table[-1] is row:
            del table[-1]  # rows are read one at a time: keep none in memory
        else:
            row.clear()

    def end_worksheet(self, element: Element) -> None:
        worksheet = self.worksheet
        if worksheet is None:
            return
        if worksheet.visible:
            self.sheets.append(worksheet.sheet())
        self.worksheet = None
        root = self.root
        if root is not None and len(root) and root[-1] is element:
            del root[-1]


def _root_namespace(root: Element, file: str | None) -> str:
    """``{urn:…spreadsheet}`` for a SpreadsheetML root, ``""`` for a bare ``Workbook``."""
    if root.tag == _SS + "Workbook":
        return _SS
    if root.tag == "Workbook":
        return ""
    shown = root.tag.rpartition("}")[2]
    msg = f"不是 XML 电子表格：根元素是 <{shown}>，不是 SpreadsheetML 的 <Workbook>"
    raise ReadError(msg, file=file)


def _read_options(options: Element, worksheet: _Worksheet) -> None:
    """``WorksheetOptions`` (namespace ``x:``): ``Visible`` says whether the sheet is hidden."""
    for child in options:
        if child.tag.rpartition("}")[2] == "Visible" and (child.text or "").strip() in (
            "SheetHidden",
            "SheetVeryHidden",
        ):
            worksheet.visible = False  # hidden or very hidden: shown to nobody (as for xlsx)


def _syntax_error(
    exc: Exception, file: str | None, worksheet: _Worksheet | None, *, ending: bool
) -> ReadError:
    """The error for XML the parser refused: where in the file, and in which worksheet."""
    line, column = getattr(exc, "position", (0, 0))
    where = worksheet.where if worksheet is not None else None
    at = f"第 {line} 行第 {column + 1} 列"
    if ending:
        msg = f"XML 电子表格不完整：文件在{at}意外结束（文件可能被截断）"
    else:
        msg = f"不是有效的 XML 电子表格：{at}有 XML 错误（{expat_reason(exc)}）"
    return ReadError(msg, file=file, where=where)
