"""Excel 97-2003 workbooks (.xls) → one :class:`Sheet` per worksheet.

Cell texts follow the xlsx reader (:mod:`._xlsx`): strings as stored, numbers
with the decimals and percent of their number format (``General`` without a
trailing ``.0`` or float artefacts), dates ISO ``2023-08-31`` in the
workbook's date system, booleans ``"是"``/``"否"``, error values as Excel
shows them. Merged ranges keep their text in the top-left cell, trailing empty
rows and columns are trimmed, hidden worksheets are left out, and so are rows
hidden by hand (not those folded under an outline group) and rows whose every
cell's font is struck out, as for xlsx. Of a rich text string, a run struck out
beside unstruck text (a correction: ``2.4公里`` struck, then ``2.8公里``) and a
superscript note mark after a value (``12所`` with a raised ``注1``) are left out,
as for xlsx. Hidden columns are read, and named in the Sheet's ``hidden_columns``,
as for xlsx. A title printed only in a worksheet's page header (页眉, the ``HEADER``
record, which xlrd does not read; the first page's in the ``HeaderFooter`` record of
an Excel 2007+ workbook when the first page differs) is the Sheet's ``page_title``,
as for xlsx.

An .xls file is not compressed, so its size bounds what xlrd builds from it;
the input must still be at most :data:`MAX_BYTES` and a worksheet's content
at most :data:`MAX_CELLS` cells, counted once trailing empty and blank cells
are trimmed: a sheet formatted (or merged) down to row 65536 but filled in its
first rows is read. Whatever xlrd raises on a corrupt or encrypted file becomes
a :class:`~perftrack.ReadError`.
"""

from __future__ import annotations

import io
import re
import struct
from typing import TYPE_CHECKING, Any, Final, Protocol

from attrs import frozen

from perftrack._errors import ReadError, exception_detail
from perftrack.readers._sheet import MAX_BYTES, MAX_CELLS, Sheet, require
from perftrack.readers._xlsx import (
    _shown_runs,
    blank_merged,
    date_text,
    grid_sheet,
    header_title,
    number_text,
    shows_month_only,
    too_big,
    trim_grid,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence
    from types import ModuleType

__all__ = ["read_xls", "xlrd_problem"]

_ZIP_MAGIC = b"PK\x03\x04"

# xlrd's cell types (xlrd.biffh.XL_CELL_*): stable since xlrd 0.5.
_EMPTY, _TEXT, _NUMBER, _DATE, _BOOLEAN, _ERROR, _BLANK = 0, 1, 2, 3, 4, 5, 6
# The cell types that hold nothing, as bytes: a blank cell only carries formatting.
_NOTHING = bytes((_EMPTY, _BLANK))


class _XlrdSheet(Protocol):
    """What the reader uses of an ``xlrd.sheet.Sheet``."""

    name: str
    nrows: int
    ncols: int
    merged_cells: list[tuple[int, int, int, int]]
    #: The rich text strings' runs: (row, column) → [(offset, font index), ...], the
    #: offsets in UTF-16 code units; needs ``formatting_info``.
    rich_text_runlist_map: dict[tuple[int, int], list[tuple[int, int]]]

    def row_types(
        self, rowx: int, start_colx: int = 0, end_colx: int | None = None
    ) -> Sequence[int]:
        """Cell types of a row (``ragged_rows``: up to its last cell)."""

    def row_values(
        self, rowx: int, start_colx: int = 0, end_colx: int | None = None
    ) -> Sequence[object]:
        """Cell values of a row."""

    def cell_xf_index(self, rowx: int, colx: int) -> int:
        """The XF record (cell style) of a cell; needs ``formatting_info``."""


def read_xls(data: bytes, *, file: str | None = None) -> list[Sheet]:
    """Read every visible worksheet of an .xls workbook, in workbook order.

    Needs the ``xls`` extra (xlrd). Raises :class:`~perftrack.ReadError` for
    anything that is not a readable Excel 97-2003 workbook.

    Example:
        >>> sheets = read_xls(data, file="表.xls")  # doctest: +SKIP
        >>> sheets[0].name, sheets[0].rows[2]  # doctest: +SKIP
        ('表1', ('产出指标', '培训人数', '84.88', '67.26%'))
    """
    xlrd = require("xlrd", "xls", file=file)
    if len(data) > MAX_BYTES:
        msg = f"文件过大（{len(data)} 字节，上限 {MAX_BYTES} 字节）"
        raise ReadError(msg, file=file)
    if data.startswith(_ZIP_MAGIC):
        msg = "这是 xlsx 格式（zip 压缩包）的文件，不是 Excel 97-2003 的 xls 文件"
        raise ReadError(msg, file=file)
    where: str | None = None
    try:
        # xlrd prints warnings to a log file, stdout by default: keep them out of the output.
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, ragged_rows=True, logfile=io.StringIO()
        )

        def to_date(value: float) -> dt.datetime:
            moment: dt.datetime = xlrd.xldate_as_datetime(value, book.datemode)
            return moment

        reader = _Texts(
            _number_formats(book),
            xlrd.error_text_from_code,
            to_date,
            file,
            struck=_struck_styles(book),
            fonts=_RunFonts.of(book),
        )
        sheets: list[Sheet] = []
        page_headers = _page_headers(xlrd, data, book)
        for index, sheet in enumerate(book.sheets()):
            if getattr(sheet, "visibility", 0):
                continue  # hidden or very hidden: shown to nobody (as in read_xlsx)
            title = str(sheet.name)
            where = f"工作表 {title}"
            codes = page_headers[index] if index < len(page_headers) else []
            sheets.append(
                grid_sheet(
                    reader.grid(sheet, where),
                    file=file,
                    name=title,
                    hidden_columns=_hidden_columns(sheet),
                    # xlrd's ranges are 0-based with exclusive ends
                    merges=[
                        (rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sheet.merged_cells
                    ],
                    page_title=header_title(codes) if codes else None,
                )
            )
    except ReadError:
        raise
    except (IndexError, struct.error):
        # xlrd read past the end of the data it was given: a file cut short, or an
        # offset pointing out of it
        msg = "无法读取 xls 文件：文件已损坏或不完整（数据在记录中途中断，可能被截断）"
        raise ReadError(msg, file=file, where=where) from None
    except Exception as exc:  # noqa: BLE001  (xlrd raises anything on a corrupt file)
        raise ReadError(xlrd_problem(exc, data), file=file, where=where) from None
    return sheets


#: Before the reason of a workbook xlrd cannot read.
_BROKEN = "无法读取 xls 文件（文件已损坏或格式不对）："
_NO_BOF = "Expected BOF record"
_NOT_SUPPORTED = re.compile(r"BIFF version (\S+) is not supported")


def xlrd_problem(exc: BaseException, data: bytes) -> str:
    """What xlrd's *exc* on the workbook *data* means, in the user's terms.

    A workbook encrypted with a password (xlrd's ``FILEPASS``: an open password, or
    the one Excel sets itself for a protected workbook's structure), a compound file
    without a workbook (an encrypted xlsx when it holds ``EncryptedPackage``), a
    stream that is no workbook, an Excel older than 5.0 and a damaged compound file
    are said so; anything else is said broken, with xlrd's words after it.

    Example:
        >>> print(xlrd_problem(Exception("Workbook is encrypted"), b"x"))
        文件受密码保护（加密的 xls 工作簿），无法读取：请在 Excel 或 WPS 中撤销工作簿保护、取消打开密码后另存再试
        >>> print(
        ...     xlrd_problem(
        ...         Exception(
        ...             "Unsupported format, or corrupt file: Expected BOF record; found b'<html>'"
        ...         ),
        ...         b"x",
        ...     )
        ... )
        无法读取 xls 文件（文件已损坏或格式不对）：工作簿数据不以 Excel 的 BOF 记录开头，不是 Excel 97-2003 工作簿
        >>> print(xlrd_problem(KeyError("x"), b"x"))
        无法读取 xls 文件（文件已损坏或格式不对）：xlrd 无法解析（KeyError: 'x'）
    """  # noqa: E501 - the messages are one line each
    from perftrack.readers._detect import ENCRYPTED_OFFICE, cfb_problem  # noqa: PLC0415

    text = str(exc)
    if text == "Workbook is encrypted":
        return (
            "文件受密码保护（加密的 xls 工作簿），无法读取："
            "请在 Excel 或 WPS 中撤销工作簿保护、取消打开密码后另存再试"
        )
    if not data or text == "File size is 0 bytes":  # xlrd takes b"" for no contents
        return f"{_BROKEN}文件为空（0 字节）"
    if text.startswith("Can't find workbook in OLE2"):
        if cfb_problem(data) == ENCRYPTED_OFFICE:
            return ENCRYPTED_OFFICE
        return f"{_BROKEN}复合文档中没有 Workbook 流，不是 Excel 工作簿（或文件已损坏）"
    if _NO_BOF in text:
        return f"{_BROKEN}工作簿数据不以 Excel 的 BOF 记录开头，不是 Excel 97-2003 工作簿"
    if (old := _NOT_SUPPORTED.search(text)) is not None:
        return (
            f"无法读取 xls 文件：这是不支持的旧版 Excel 格式（{old.group(1)}），"
            "请在 Excel 或 WPS 中另存为 .xlsx 后重试"
        )
    if "missing EOF record" in text:
        return "无法读取 xls 文件：文件已损坏或不完整（工作表数据缺少结束记录，可能被截断）"
    if type(exc).__name__ == "CompDocError":  # xlrd.compdoc: the container, not the workbook
        return f"{_BROKEN}复合文档的结构已损坏（xlrd 报告：{text}）"
    return f"{_BROKEN}xlrd 无法解析（{exception_detail(exc)}）"


class _Texts:
    """Turns the worksheets of one xlrd book into grids of cell texts."""

    __slots__ = ("errors", "file", "fonts", "formats", "struck", "to_date")

    def __init__(  # noqa: PLR0913 - the book's tables
        self,
        formats: dict[int, str],
        errors: dict[int, str],
        to_date: Callable[[float], dt.datetime],
        file: str | None,
        *,
        struck: frozenset[int] = frozenset(),
        fonts: _RunFonts | None = None,
    ) -> None:
        self.formats = formats
        self.errors = errors
        self.to_date = to_date
        self.file = file
        #: The XF records (cell styles) whose font is struck out (:func:`_struck_styles`).
        self.struck = struck
        #: The fonts that strike out or raise a rich text run (:class:`_RunFonts`).
        self.fonts = fonts

    def grid(self, sheet: _XlrdSheet, where: str) -> list[list[str]]:
        """The cell texts of one worksheet, merged ranges blanked, ends trimmed.

        Only the content counts towards :data:`MAX_CELLS`: xlrd's ``nrows``/``ncols``
        also cover blank formatted cells and merged ranges (a sheet merged or
        formatted to row 65536), which hold no text. Rows hidden by hand and rows
        struck out whole are empty, as in :func:`~perftrack.readers._xlsx.read_xlsx`.
        """
        # The width of each row up to its last cell with a value (blank cells trimmed).
        widths = [
            len(bytes(sheet.row_types(row_index)).rstrip(_NOTHING))
            for row_index in range(sheet.nrows)
        ]
        height = next((index + 1 for index in range(len(widths) - 1, -1, -1) if widths[index]), 0)
        width = max(widths, default=0)
        if height * width > MAX_CELLS:
            raise too_big(height, width, file=self.file, where=where)
        hidden = _hidden_rows(sheet)
        # the rich text strings, read run by run only if a font strikes out or raises
        runs = (getattr(sheet, "rich_text_runlist_map", None) or {}) if self.fonts else {}
        grid = [
            [] if row_index in hidden else self.row(sheet, row_index, widths[row_index], runs)
            for row_index in range(height)
        ]
        # xlrd's ranges are 0-based with exclusive ends; blank_merged takes 1-based inclusive.
        merged = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sheet.merged_cells]
        blank_merged(grid, merged, file=self.file, where=where)
        trim_grid(grid)
        return grid

    def row(
        self,
        sheet: _XlrdSheet,
        row_index: int,
        width: int,
        runs: dict[tuple[int, int], list[tuple[int, int]]] | None = None,
    ) -> list[str]:
        """The cell texts of one row's first *width* cells; ``[]`` if it is struck out whole.

        A row whose every cell with a value has its font struck out is a deleted
        indicator kept in sight; a struck cell among others is read as it stands.
        A rich text string with *runs* is read as xlsx reads one: a struck correction
        and a raised note mark are left out (:meth:`_RunFonts.shown`).
        """
        texts: list[str] = []
        values = sheet.row_values(row_index, 0, width)
        struck = self.struck
        all_struck = bool(struck)
        for column_index, kind in enumerate(sheet.row_types(row_index, 0, width)):
            value = values[column_index]
            if kind in _NOTHING:
                texts.append("")
                continue
            if all_struck and sheet.cell_xf_index(row_index, column_index) not in struck:
                all_struck = False
            if kind == _TEXT:
                runlist = runs.get((row_index, column_index)) if runs else None
                if runlist and self.fonts is not None:
                    xf_index = sheet.cell_xf_index(row_index, column_index)
                    texts.append(self.fonts.shown(str(value), runlist, xf_index))
                else:
                    texts.append(str(value))
            elif kind == _NUMBER and isinstance(value, float):
                xf_index = sheet.cell_xf_index(row_index, column_index) if self.formats else -1
                texts.append(number_text(value, self.formats.get(xf_index)))
            elif kind == _DATE and isinstance(value, float):
                xf_index = sheet.cell_xf_index(row_index, column_index) if self.formats else -1
                texts.append(self.date(value, self.formats.get(xf_index, "")))
            elif kind == _BOOLEAN:
                texts.append("是" if value else "否")
            elif kind == _ERROR and isinstance(value, int):
                texts.append(self.errors.get(value, "#ERROR!"))
            else:  # a type xlrd does not have today
                texts.append("")
        return [] if all_struck else texts

    def date(self, value: float, number_format: str = "") -> str:
        """A date serial as text (a time of day below 1); the number if it is no date.

        A format that shows a year and a month only gives the month (``2024年3月``).
        """
        try:
            moment = self.to_date(value)
        except Exception:  # noqa: BLE001  (xlrd.XLDateError and friends: not a date after all)
            return number_text(value)
        if 0 <= value < 1:
            return date_text(moment.time())
        if number_format and shows_month_only(number_format):
            return f"{moment.year}年{moment.month}月"
        return date_text(moment)


def _number_formats(book: object) -> dict[int, str]:
    """Format string of each XF record (cell style) index; empty without formatting info."""
    formats: dict[int, str] = {}
    format_map = getattr(book, "format_map", None) or {}
    for index, xf in enumerate(getattr(book, "xf_list", None) or ()):
        number_format = format_map.get(xf.format_key)
        if number_format is not None:
            formats[index] = str(number_format.format_str)
    return formats


def _hidden_rows(sheet: object) -> set[int]:
    """The 0-based indices of the rows hidden by hand (not folded under an outline group).

    A row hidden by hand is a deleted indicator kept out of sight (as in xlsx); a
    row hidden under an outline group is folded, not put away, and is read.
    Needs ``formatting_info`` (xlrd's ``rowinfo_map``); without it, none.
    """
    rows = getattr(sheet, "rowinfo_map", None) or {}
    return {
        index
        for index, info in rows.items()
        if getattr(info, "hidden", 0) and not getattr(info, "outline_level", 0)
    }


# BIFF record types: a substream's BOF (BIFF2-8) and EOF, the page header, and
# HeaderFooter (BIFF8, Excel 2007 on: the first page's header when it differs).
_BOF_RECORDS: Final = frozenset({0x0009, 0x0209, 0x0409, 0x0809})
_EOF_RECORD: Final = 0x000A
_HEADER_RECORD: Final = 0x0014
_HEADER_FOOTER_RECORD: Final = 0x089C
# HeaderFooter's FrtHeader (12 bytes), the sheet view's GUID (16), its flags (2), then
# the lengths of the even pages' header and footer and the first page's (2 each)
_HEADER_FOOTER_FIXED: Final = 12 + 16 + 2
_HEADER_FOOTER_LENGTHS: Final = struct.Struct("<4H")


def _page_headers(xlrd: ModuleType, data: bytes, book: Any) -> list[list[str]]:  # noqa: ANN401
    """The page headers' codes of each worksheet of *book* (xlrd's order), first page first.

    xlrd reads no ``HEADER`` record, and frees the workbook stream once loaded: the
    stream is found again in *data* and each worksheet's substream is scanned from its
    BOF (xlrd's ``_sh_abs_posn``) to its EOF. Anything unexpected (another xlrd, a
    damaged stream) gives no headers: the sheets are read without them.
    """
    try:
        positions = [int(position) for position in book._sh_abs_posn]  # noqa: SLF001
        stream: bytes = data
        if data[:8] == xlrd.compdoc.SIGNATURE:
            document = xlrd.compdoc.CompDoc(data, logfile=io.StringIO())
            for name in ("Workbook", "Book"):
                found, _, _ = document.locate_named_stream(name)
                if found:
                    stream = bytes(found)
                    break
            else:
                return []
        unicode = int(book.biff_version) >= 80  # noqa: PLR2004 - BIFF8
        return [
            _header_codes(xlrd, stream, position, book, unicode=unicode) for position in positions
        ]
    except Exception:  # noqa: BLE001 - the headers are a courtesy: read without them
        return []


def _header_codes(
    xlrd: ModuleType,
    stream: bytes,
    position: int,
    book: Any,  # noqa: ANN401 (xlrd's)
    *,
    unicode: bool,
) -> list[str]:
    """The page headers' codes of the worksheet substream at *position*, first page first.

    The ``HEADER`` record holds the header of every page, or of the odd pages; an Excel
    2007+ workbook saved as .xls whose first page differs (首页不同, the title on page 1
    only) keeps that page's header in a ``HeaderFooter`` record near the substream's end
    (r39e: before, only ``HEADER`` was read, and the scan stopped at the cell table). A
    ``HeaderFooter`` of a custom view (a GUID of its own) is not the sheet's; the even
    pages' header is not looked at, as in xlsx and docx.
    """
    header: str | None = None
    first = ""
    depth = 0
    while position + 4 <= len(stream):
        code, length = struct.unpack_from("<HH", stream, position)
        body = stream[position + 4 : position + 4 + length]
        position += 4 + length
        if code in _BOF_RECORDS:
            depth += 1
        elif code == _EOF_RECORD:
            depth -= 1
            if depth <= 0:
                break
        elif depth == 1 and code == _HEADER_RECORD and body and header is None:
            if unicode:
                header = str(xlrd.biffh.unpack_unicode(body, 0, lenlen=2))
            else:
                header = str(xlrd.biffh.unpack_string(body, 0, book.encoding or "cp1252", lenlen=1))
        elif depth == 1 and code == _HEADER_FOOTER_RECORD and unicode:
            first = _first_page_header(xlrd, body) or first
    return [codes for codes in (first, header) if codes]


def _first_page_header(xlrd: ModuleType, body: bytes) -> str | None:
    """The first page's header codes of a ``HeaderFooter`` record, or None.

    None for none printed, for a record of a custom view (a GUID of its own, not zeros)
    and for one too short for what it says.
    """
    if len(body) < _HEADER_FOOTER_FIXED + _HEADER_FOOTER_LENGTHS.size or any(body[12:28]):
        return None
    lengths = _HEADER_FOOTER_LENGTHS.unpack_from(body, _HEADER_FOOTER_FIXED)
    position = _HEADER_FOOTER_FIXED + _HEADER_FOOTER_LENGTHS.size
    texts: list[str] = []
    for count in lengths:  # the even header, the even footer, the first header and footer
        if count:
            text, position = xlrd.biffh.unpack_unicode_update_pos(body, position, lenlen=2)
            texts.append(str(text))
        else:
            texts.append("")
    if position > len(body):
        return None  # cut short: its strings are not all there
    return texts[2] or None  # the even header, the even footer, the first header, …


def _hidden_columns(sheet: object) -> list[tuple[int, int]]:
    """The hidden columns, as 1-based (first, last) ranges of one column each.

    Hidden columns are read; the grid prefers a visible column over a hidden one
    of the same role. Needs ``formatting_info`` (xlrd's ``colinfo_map``).
    """
    columns = getattr(sheet, "colinfo_map", None) or {}
    return [
        (index + 1, index + 1)
        for index, info in columns.items()
        if getattr(info, "hidden", 0) and isinstance(index, int)
    ]


def _struck_styles(book: object) -> frozenset[int]:
    """The indices of the book's XF records (cell styles) whose font is struck out.

    Most workbooks have none, and then reading a cell costs nothing more. Empty
    without formatting info.
    """
    fonts = getattr(book, "font_list", None) or ()
    struck: set[int] = set()
    for index, xf in enumerate(getattr(book, "xf_list", None) or ()):
        font_index = getattr(xf, "font_index", -1)
        if 0 <= font_index < len(fonts) and getattr(fonts[font_index], "struck_out", 0):
            struck.add(index)
    return frozenset(struck)


@frozen
class _RunFonts:
    """What the fonts of one book do to a rich text run: strike it out, raise it."""

    #: The indices of the fonts struck out.
    struck: frozenset[int]
    #: The indices of the superscript fonts.
    raised: frozenset[int]
    #: The font index of each XF record (cell style): the font of a string's first run.
    xf_fonts: tuple[int, ...]

    @classmethod
    def of(cls, book: object) -> _RunFonts | None:
        """The book's fonts; ``None`` if none strikes out or raises (most books)."""
        fonts = getattr(book, "font_list", None) or ()
        # xlrd's escapement: 1 superscript, 2 subscript
        struck = frozenset(i for i, font in enumerate(fonts) if getattr(font, "struck_out", 0))
        raised = frozenset(i for i, font in enumerate(fonts) if getattr(font, "escapement", 0) == 1)
        if not struck and not raised:
            return None
        xf_fonts = tuple(getattr(xf, "font_index", -1) for xf in getattr(book, "xf_list", ()))
        return cls(struck, raised, xf_fonts)

    def shown(self, text: str, runlist: Sequence[tuple[int, int]], xf_index: int) -> str:
        """The text of a rich string as xlsx reads one (:func:`~._xlsx._shown_runs`).

        *runlist* gives where each run starts (in UTF-16 code units, as BIFF counts)
        and its font; the text before the first run has the cell's font (*xf_index*).

        Example:
            >>> fonts = _RunFonts(frozenset({5}), frozenset({6}), (0,))
            >>> fonts.shown("2.4公里2.8公里", [(0, 5), (5, 0)], 0)
            '2.8公里'
            >>> fonts.shown("12所注1", [(3, 6)], 0)
            '12所'
            >>> fonts.shown("2.4公里", [(0, 5)], 0)
            '2.4公里'
        """
        first = self.xf_fonts[xf_index] if 0 <= xf_index < len(self.xf_fonts) else -1
        starts = [(0, first), *sorted(runlist)]
        if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
            pieces = [
                text[start : (starts[index + 1][0] if index + 1 < len(starts) else len(text))]
                for index, (start, _) in enumerate(starts)
            ]
        else:  # characters beyond the BMP count two units each
            units = text.encode("utf-16-le")
            pieces = [
                units[
                    2 * start : (2 * starts[index + 1][0] if index + 1 < len(starts) else None)
                ].decode("utf-16-le", "replace")
                for index, (start, _) in enumerate(starts)
            ]
        runs = [
            (piece, font in self.struck, font in self.raised)
            for piece, (_, font) in zip(pieces, starts, strict=True)
            if piece
        ]
        if not any(struck or raised for _, struck, raised in runs):
            return text
        return _shown_runs([], runs)
