"""Excel 2007+ workbooks (.xlsx) → one :class:`Sheet` per worksheet.

The reader only turns cells into texts; the grid interpreter finds the tables.
A cell's text is what a person sees in Excel, within reason:

- strings as stored, Excel's ``_xHHHH_`` escapes decoded (``≥85_x000D_`` is
  ``≥85`` and a line end; :func:`xstring_text`); of a rich text string, a run
  struck out beside unstruck text (a correction: ``11800平方米`` struck, then
  ``12150平方米``) and a superscript note mark after a value (``16所`` with a
  raised ``注1``) are left out. perftrack reads the shared strings itself
  (openpyxl drops the runs' formats and half-decodes the escapes); empty
  cells, and formulas without a cached result, ``""``;
- numbers with the decimals of their number format (``84.88`` under ``0.00``
  → ``"84.88"``, ``0`` → ``"0.00"``), percent formats scaled (``0.6726`` under
  ``0.00%`` → ``"67.26%"``), ``General`` without float artefacts (``2.0`` →
  ``"2"``, ``0.1 + 0.2`` → ``"0.3"``). Thousands separators, currency signs and
  literal text of a format are left out: the header says the unit; an operator
  written before the number (``"≥"0%``, ``"不高于"0%``) is kept, as it is the target's,
  and so is the literal text after the number then (``"不少于"0"座"`` → ``不少于32座``);
- dates as ISO ``2023-08-31`` (also under the Chinese built-in date formats
  that openpyxl does not know), times ``08:30:00``;
- booleans ``"是"`` / ``"否"``; error values (``#DIV/0!``) as shown.

Merged ranges keep their text in the top-left cell; the other cells of the
range are ``""`` even if the file stores values there. Trailing empty rows and
columns are trimmed; leading ones are kept so that ``row_numbers`` and column
positions are the real A1 addresses. Hidden worksheets (hidden or very hidden:
last year's copy, the lists behind a drop-down) are left out, as Excel shows them
to nobody, and so are rows hidden by hand; rows folded under an outline group
and hidden columns are read (the Sheet names the hidden columns: where a hidden
and a visible column claim one role of the indicator grid, the visible one is
read). Chart sheets hold no cells and are passed over
(an empty one too, which openpyxl cannot load as it is); a workbook of chart
sheets only is refused, naming them.

Untrusted files: the input must be at most :data:`MAX_BYTES`, the archive may
expand to at most 20 times that, every XML part is refused if it declares a
DOCTYPE (entity bombs, external entities), merged ranges are bounded, and a
worksheet may hold at most :data:`MAX_CELLS` cells. Every failure, including
whatever openpyxl raises on a corrupt file, is a :class:`~perftrack.ReadError`.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import math
import re
import threading
import warnings
import zipfile
import zlib
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple, Protocol

from perftrack import vocabulary as voc
from perftrack._errors import ReadError, exception_detail
from perftrack.readers._sheet import (
    DATE_DAY_ZERO,
    DATE_OUT_OF_RANGE,
    EXCEL_ERROR_SHAPE,
    MAX_BYTES,
    MAX_CELLS,
    MAX_ROWS,
    NON_FINITE,
    NOT_AN_ERROR_VALUE,
    Problem,
    Sheet,
    require,
)
from perftrack.readers._symbols import raised_text
from perftrack.readers._xml import expat_reason

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Generator, Iterable, Iterator
    from types import ModuleType

__all__ = [
    "blank_merged",
    "check_zip",
    "date_text",
    "grid_sheet",
    "number_text",
    "package_problem",
    "read_xlsx",
    "refuse_strict",
    "shows_month_only",
    "too_big",
    "trim_grid",
    "xstring_text",
]

# --- the archive -------------------------------------------------------------------------

#: An OOXML package may expand to this much in total (a zip bomb expands far more).
MAX_UNZIPPED = 20 * MAX_BYTES
#: Deflate cannot compress better than about 1032:1; a member claiming more is forged.
_MAX_RATIO = 1000
#: Members below this size may compress as well as they like (a file of zeros).
_RATIO_EXEMPT = 1024 * 1024
#: A workbook or document has dozens of parts; tens of thousands is an attack.
_MAX_MEMBERS = 10_000
_CHUNK = 1024 * 1024
#: The XML declaration and prolog of a real part take a few hundred bytes.
_MAX_PROLOG = 4 * _CHUNK

# `<mergeCell ref="A1:G1"/>`, with or without a namespace prefix. Bounded so that a
# match never spans more than the overlap kept between two chunks.
_MERGE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]{0,40}:)?mergeCell\s[^>]{0,300}?\bref\s*=\s*[\"']([^\"']{1,40})[\"']"
)
_OVERLAP = 512
# `<row r="7" hidden="1">`: a row hidden by hand. Rows hidden under an outline group
# (outlineLevel) are folded, not put away, and are read.
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,40}:)?row\s[^>]{0,400}?>")
_HIDDEN = re.compile(rb"\bhidden\s*=\s*[\"'](?:1|true)[\"']")
_OUTLINED = re.compile(rb"\boutlineLevel\s*=\s*[\"'][1-9]")
_ROW_NUMBER = re.compile(rb"\br\s*=\s*[\"']([0-9]{1,7})[\"']")
# `<autoFilter ref="A9:H17">` with a `<filterColumn>` (or the sheet's `filterMode="1"`):
# an active filter. The rows it hides below its header row are a view, not deletions.
_AUTO_FILTER = re.compile(
    rb"<(?:[A-Za-z_][\w.-]{0,40}:)?autoFilter\s[^>]{0,300}?\bref\s*=\s*[\"']([^\"']{1,40})[\"']"
)
_FILTERING = re.compile(
    rb"<(?:[A-Za-z_][\w.-]{0,40}:)?filterColumn\b|\bfilterMode\s*=\s*[\"'](?:1|true)[\"']"
)
# `<col min="4" max="4" hidden="1"/>`: hidden columns (by hand or folded, all unseen).
_COL = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,40}:)?col\s[^>]{0,400}?>")
_COL_MIN = re.compile(rb"\bmin\s*=\s*[\"']([0-9]{1,5})[\"']")
_COL_MAX = re.compile(rb"\bmax\s*=\s*[\"']([0-9]{1,5})[\"']")
_RANGE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?")


class _RootReached(Exception):  # noqa: N818  (a signal, not an error)
    """Raised by the prolog check when the root element starts: the prolog is clean."""


class _StopAtRoot:
    """A parser target that stops parsing at the first element."""

    def start(self, *_: object) -> None:
        """Called with the root element's tag and attributes."""
        raise _RootReached

    def close(self) -> None:
        """Nothing to build."""


def _check_prolog(
    stream: Iterable[bytes], member: str, defused: ModuleType, *, file: str | None
) -> None:
    """Refuse an XML part whose prolog declares a DOCTYPE (with or without entities).

    Parsing stops at the root element, so this reads a few bytes of each part.
    A part that is not XML at all (an image) is left to the library.
    """
    parser = defused.ElementTree.DefusedXMLParser(
        target=_StopAtRoot(), forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    seen = 0
    try:
        for chunk in stream:
            parser.feed(chunk)
            seen += len(chunk)
            if seen > _MAX_PROLOG:
                msg = f"{member} 的 XML 开头部分过长，拒绝读取"
                raise ReadError(msg, file=file)
    except _RootReached:
        return
    except defused.DefusedXmlException:
        msg = f"{member} 含有 DOCTYPE（DTD 或实体声明），出于安全考虑拒绝读取"
        raise ReadError(msg, file=file) from None
    except defused.ElementTree.ParseError:
        return


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Generator[bytes]:
    """The decompressed content of one member, a chunk at a time."""
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            yield chunk


# A formula without a cached result: <f>…</f> then the cell's end (openpyxl and pandas
# write <v></v>; Excel always stores a result). The <f> may carry attributes (a shared
# formula's master <f t="shared" ref="G10:G20" si="0">, an array formula's
# <f t="array" ref="G5">, LibreOffice's <f aca="false">), stand empty (a shared formula's
# other cells, <f t="shared" si="0"/>: group 1 is None) and carry a namespace prefix
# (<x:f>), as <c> may.
_NS: Final = rb"(?:[A-Za-z_][\w.-]{0,40}:)?"
# Group 2 is the cached result a formula does store (Excel's, or a writer's placeholder:
# XlsxWriter stores <v>0</v> for every formula), kept only in a workbook that asks for
# every formula to be computed again on opening (_FULL_CALC).
_UNCACHED = re.compile(
    rb"<" + _NS + rb"f(?:\s[^<>]{0,400}?)?(?:/>|>([^<]{1,2000})</" + _NS + rb"f>)"
    rb"\s*(?:<" + _NS + rb"v\s*/>|<" + _NS + rb"v>([^<]{0,2000})</" + _NS + rb"v>)?"
    rb"\s*</" + _NS + rb"c>"
)
# A workbook's calculation properties asking for every formula to be computed on opening
# (<calcPr fullCalcOnLoad="1"/>: XlsxWriter, openpyxl, POI's forced recalculation): the
# results it stores were never computed by a spreadsheet, and Excel shows none of them.
_FULL_CALC = re.compile(
    rb"<" + _NS + rb"calcPr\s[^<>]{0,400}?\bfullCalcOnLoad\s*=\s*[\"'](?:1|true)[\"']"
)
#: The flag :func:`check_zip` sets when the workbook asks for a full calculation on load.
FULL_CALC_ON_LOAD: Final = "full-calc-on-load"
# A worksheet's <headerFooter> (page setup's 页眉/页脚), its start and its end.
_HEADER_FOOTER = re.compile(rb"<" + _NS + rb"headerFooter(?=[\s/>])")
_HEADER_FOOTER_END = re.compile(
    rb"</" + _NS + rb"headerFooter\s*>|<" + _NS + rb"headerFooter[^<>]*/>"
)
# Its first-page and odd-page headers, and whether the first page has its own.
_PAGE_HEADER = re.compile(
    rb"<" + _NS + rb"(firstHeader|oddHeader)(?:\s[^<>]*)?>([^<]{1,4000})</" + _NS + rb"\1\s*>"
)
_DIFFERENT_FIRST = re.compile(rb"\bdifferentFirst\s*=\s*[\"'](?:1|true)[\"']")
# The longest <headerFooter> kept (Excel allows 255 characters a header and footer).
_MAX_HEADER_FOOTER = 64 * 1024
# The reference of the cell an <f> stands in: the last <c r="…"> before it.
_CELL_REF = re.compile(
    rb'<(?:[A-Za-z_][\w.-]{0,40}:)?c\s[^>]{0,200}?\br\s*=\s*["\']([A-Z]{1,3}[0-9]{1,7})["\']'
)


def _merge_refs(  # noqa: PLR0913 - what the scan collects
    chunks: Iterable[bytes],
    typed: dict[str, str] | None = None,
    hidden: set[int] | None = None,
    columns: set[tuple[int, int]] | None = None,
    headers: list[str] | None = None,
    *,
    cached: dict[str, str] | None = None,
    flags: set[str] | None = None,
) -> list[str]:
    """The ``ref`` of every ``mergeCell`` element in a member, read as a stream.

    With *typed*, the formulas without a cached result are added to it: cell reference
    → the text with its ``=`` when it is really typed text (:data:`_TYPED_FORMULA`),
    ``""`` when it is a formula nobody computed (:func:`_typed_formulas`).
    With *hidden*, the numbers of the rows hidden by hand are added to it (not those
    an active AutoFilter hides: :func:`_filtered_rows`); with *columns*, the 1-based
    (first, last) ranges of the hidden columns. With *headers*, the page headers of
    the sheet's page setup are added to it (:func:`_page_headers`). With *cached*, the
    formulas that do store a result are added to it as *typed* takes the others; with
    *flags*, :data:`FULL_CALC_ON_LOAD` when the member is a workbook asking for every
    formula to be computed on opening.
    """
    refs: list[str] = []
    tail = b""
    filter_ref: str | None = None
    filtering = False
    header_footer: bytes | None = None  # the <headerFooter> element, once it starts
    for chunk in chunks:
        buffer = tail + chunk
        if headers is not None:
            header_footer = _header_footer(header_footer, buffer, chunk)
        if typed is not None and (b"f>" in buffer or b"<f " in buffer or b":f " in buffer):
            _typed_formulas(buffer, len(tail), typed, cached)
        if flags is not None and b"calcPr" in buffer and _FULL_CALC.search(buffer):
            flags.add(FULL_CALC_ON_LOAD)
        if hidden is not None and b"hidden" in buffer:
            hidden.update(_hidden_rows(buffer))
            if columns is not None:
                columns.update(_hidden_columns(buffer))
        if hidden is not None and b"ilter" in buffer:
            if filter_ref is None and (found := _AUTO_FILTER.search(buffer)) is not None:
                filter_ref = found.group(1).decode("ascii", "replace")
            filtering = filtering or _FILTERING.search(buffer) is not None
        # A match ending inside the kept tail was already found in the previous buffer.
        refs.extend(
            match.group(1).decode("ascii", "replace")
            for match in _MERGE.finditer(buffer)
            if match.end() > len(tail)
        )
        tail = buffer[-_OVERLAP:]
    if hidden and filter_ref is not None and filtering:
        hidden.difference_update(_filtered_rows(filter_ref))
    if headers is not None and header_footer is not None:
        headers.extend(_page_headers(header_footer))
    return refs


def _header_footer(kept: bytes | None, buffer: bytes, chunk: bytes) -> bytes | None:
    """The worksheet's ``<headerFooter>`` so far: *kept*, grown by the next *chunk*.

    It starts in *buffer* (the previous buffer's tail and *chunk*) and is kept whole
    up to its end tag, at most :data:`_MAX_HEADER_FOOTER` bytes.
    """
    if kept is None:
        if b"headerFooter" not in buffer:
            return None
        start = _HEADER_FOOTER.search(buffer)
        return None if start is None else buffer[start.start() : start.start() + _MAX_HEADER_FOOTER]
    if len(kept) >= _MAX_HEADER_FOOTER or _HEADER_FOOTER_END.search(kept) is not None:
        return kept
    return (kept + chunk)[:_MAX_HEADER_FOOTER]


def _page_headers(element: bytes) -> list[str]:
    """The codes of the page headers of a ``<headerFooter>``, first page first.

    The first page's own header counts when the sheet has one (``differentFirst``),
    then the odd pages' (every page's, unless even pages differ); the even pages'
    header is not looked at, as in Word.

    Example:
        >>> _page_headers(
        ...     b'<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;P</oddHeader>'
        ...     b"<firstHeader>&amp;C&#33258;&#35780;&#34920;</firstHeader></headerFooter>"
        ... )
        ['&C自评表', '&C&P']
    """
    end = _HEADER_FOOTER_END.search(element)
    element = element if end is None else element[: end.end()]
    start_tag = element[: element.find(b">") + 1]
    found = {
        match.group(1): html.unescape(match.group(2).decode("utf-8", "replace"))
        for match in _PAGE_HEADER.finditer(element)
    }
    kinds = [b"firstHeader", b"oddHeader"] if _DIFFERENT_FIRST.search(start_tag) else [b"oddHeader"]
    return [found[kind] for kind in kinds if kind in found]


# A code of a page header or footer: a section (&L, &C, &R), a font (&"宋体,加粗", &16,
# &K00FF00), a field (&P page, &N pages, &D date, &T time, &F file, &A sheet, &Z path,
# &G picture), a style switch (&B, &I, &U, &E, &S, &X, &Y, &H, &O) or an escaped &.
_HEADER_CODE = re.compile(
    r"&(?:\"[^\"]*\"|\d+|K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|[LCR]|[PNDTFAZGBIUESXYHO]|&|[+-])"
)


def header_lines(codes: str) -> list[str]:
    r"""The lines a page header or footer prints, its fields and formatting left out.

    Its sections (left, centre, right) in order, each split at its line breaks.

    Example:
        >>> header_lines('&L附件2&C&"宋体,加粗"&16 2024年度项目支出绩效自评表&R第&P页 共&N页')
        ['附件2', '2024年度项目支出绩效自评表', '第页 共页']
        >>> header_lines("&C收&&支情况\n（2024年度）")
        ['收&支情况', '（2024年度）']
    """
    sections: list[list[str]] = [[]]
    position = 0
    for match in _HEADER_CODE.finditer(codes):
        sections[-1].append(codes[position : match.start()])
        code = match.group()
        if code in {"&L", "&C", "&R"}:
            sections.append([])
        elif code == "&&":
            sections[-1].append("&")
        position = match.end()
    sections[-1].append(codes[position:])
    return [
        line.strip()
        for section in sections
        for line in "".join(section).splitlines()
        if line.strip()
    ]


def header_title(headers: Iterable[str]) -> str | None:
    """The first line of the page *headers* (their codes) that reads as a table title.

    A sheet may print its title (2024年度项目支出绩效自评表) only in the page header
    (页面设置 → 页眉), so that it repeats on every printed page; like a Word page
    header's, it is the title of the sheet's tables that print none of their own.

    Example:
        >>> header_title(['&L附件2&C&"宋体,加粗"&16 2024年度项目支出绩效自评表&R第&P页'])
        '2024年度项目支出绩效自评表'
        >>> header_title(["&C第&P页 共&N页"]) is None
        True
    """
    from perftrack.readers._grid import is_title_text  # noqa: PLC0415 (the grid imports us)

    for codes in headers:
        for line in header_lines(codes):
            if is_title_text(line):
                return line
    return None


def _filtered_rows(ref: str) -> range:
    """The rows an active AutoFilter over *ref* may hide: those below its header row.

    Example:
        >>> _filtered_rows("A9:H17")
        range(10, 18)
    """
    cell_range = _cell_ref(ref)
    if cell_range is None:
        return range(0)
    top, _, bottom, _ = cell_range
    return range(top + 1, bottom + 1)


def _hidden_rows(buffer: bytes) -> Iterator[int]:
    """The numbers of the rows *buffer* declares hidden by hand (not folded in an outline)."""
    for match in _ROW.finditer(buffer):
        element = match.group()
        if _HIDDEN.search(element) and not _OUTLINED.search(element):
            number = _ROW_NUMBER.search(element)
            if number is not None:
                yield int(number.group(1))


def _hidden_columns(buffer: bytes) -> Iterator[tuple[int, int]]:
    """The 1-based (first, last) column ranges *buffer* declares hidden.

    Example:
        >>> list(_hidden_columns(b'<cols><col min="4" max="5" width="9" hidden="1"/></cols>'))
        [(4, 5)]
    """
    for match in _COL.finditer(buffer):
        element = match.group()
        if _HIDDEN.search(element):
            first = _COL_MIN.search(element)
            last = _COL_MAX.search(element)
            if first is not None:
                low = int(first.group(1))
                high = int(last.group(1)) if last is not None else low
                yield low, max(low, high)


def check_zip(  # noqa: PLR0913 - the scan's options
    data: bytes,
    *,
    file: str | None = None,
    kind: str = "xlsx",
    merges: bool = False,
    typed: dict[str, dict[str, str]] | None = None,
    hidden: dict[str, set[int]] | None = None,
    hidden_columns: dict[str, set[tuple[int, int]]] | None = None,
    headers: dict[str, list[str]] | None = None,
    cached: dict[str, dict[str, str]] | None = None,
    flags: set[str] | None = None,
) -> dict[str, list[str]]:
    """Check an Office Open XML package before a library opens it.

    Refuses, with a :class:`~perftrack.ReadError`: an input larger than
    :data:`MAX_BYTES`; anything that is not a readable zip archive; an archive
    of more than 10,000 members or expanding to more than :data:`MAX_UNZIPPED`
    bytes; a member compressed better than deflate can (a forged header); an
    XML part that declares a DOCTYPE. *kind* names the format in messages and
    the extra that installs defusedxml.

    With *merges*, every member is read in full and the ``ref`` of each
    ``mergeCell`` found is returned by member name (the worksheets' merged
    ranges); otherwise only the prolog of each part is read and ``{}`` returned.
    With *merges* and a *typed* dict, the text typed with a leading ``=`` that a
    member stores as a formula without a result is added to it, by member and cell;
    with a *hidden* dict, the rows each member hides by hand, and with a
    *hidden_columns* dict too, the (first, last) ranges of the columns it hides;
    with a *headers* dict, the codes of its page headers (:func:`_page_headers`); with a
    *cached* dict, the formulas that store a result, as *typed* takes the others; with a
    *flags* set, :data:`FULL_CALC_ON_LOAD` when the workbook asks for a full calculation.

    Example:
        >>> try:
        ...     check_zip(b"plain text", file="表.xlsx")
        ... except ReadError as exc:
        ...     print(exc)
        表.xlsx: 不是有效的 xlsx 文件：不是 zip 压缩包（文件可能已损坏或被截断）
    """
    if len(data) > MAX_BYTES:
        msg = f"文件过大（{len(data)} 字节，上限 {MAX_BYTES} 字节）"
        raise ReadError(msg, file=file)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        msg = f"不是有效的 {kind} 文件：不是 zip 压缩包（文件可能已损坏或被截断）"
        raise ReadError(msg, file=file)
    defused = require("defusedxml", kind, file=file)
    require("defusedxml.ElementTree", kind, file=file)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _scan(
                archive,
                defused,
                file=file,
                kind=kind,
                merges=merges,
                typed=typed,
                hidden=hidden,
                hidden_columns=hidden_columns,
                headers=headers,
                cached=cached,
                flags=flags,
            )
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        msg = f"不是有效的 {kind} 文件：{_zip_problem(exc)}"
        raise ReadError(msg, file=file) from None
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encryption
        # zipfile's message holds the repr of a ZipInfo: not for the user
        why = (
            "文件已加密（设有密码），请取消密码"
            if "encrypted" in str(exc)
            else "使用了不支持的压缩方式，请用 Excel/WPS"
        )
        msg = f"无法读取 {kind} 文件：{why}另存后重试"
        raise ReadError(msg, file=file) from None


def _scan(  # noqa: PLR0913 - the options of check_zip
    archive: zipfile.ZipFile,
    defused: ModuleType,
    *,
    file: str | None,
    kind: str,
    merges: bool,
    typed: dict[str, dict[str, str]] | None = None,
    hidden: dict[str, set[int]] | None = None,
    hidden_columns: dict[str, set[tuple[int, int]]] | None = None,
    headers: dict[str, list[str]] | None = None,
    cached: dict[str, dict[str, str]] | None = None,
    flags: set[str] | None = None,
) -> dict[str, list[str]]:
    """The checks of :func:`check_zip` on an open archive."""
    infos = archive.infolist()
    if len(infos) > _MAX_MEMBERS:
        msg = f"{kind} 文件的压缩包成员过多（{len(infos)} 个），拒绝读取"
        raise ReadError(msg, file=file)
    _refuse_duplicates(infos, kind, file=file)
    total = sum(info.file_size for info in infos)
    if total > MAX_UNZIPPED:
        msg = f"{kind} 文件解压后过大（{total} 字节，上限 {MAX_UNZIPPED} 字节），拒绝读取"
        raise ReadError(msg, file=file)
    found: dict[str, list[str]] = {}
    for info in infos:
        if info.file_size > max(_RATIO_EXEMPT, _MAX_RATIO * info.compress_size):
            msg = f"{kind} 文件的压缩包成员 {info.filename} 压缩比异常，拒绝读取"
            raise ReadError(msg, file=file)
        if info.is_dir():
            continue
        chunks = _chunks(archive, info)
        if not merges:
            _check_prolog(chunks, info.filename, defused, file=file)
            chunks.close()
            continue
        kept: list[bytes] = []
        bounded = _rows_bounded(chunks, info.filename, file=file)
        _check_prolog(_keep(bounded, kept), info.filename, defused, file=file)
        texts: dict[str, str] | None = {} if typed is not None else None
        rows: set[int] | None = set() if hidden is not None else None
        columns: set[tuple[int, int]] | None = set() if hidden_columns is not None else None
        page_headers: list[str] | None = [] if headers is not None else None
        results: dict[str, str] | None = {} if cached is not None else None
        content = _chain(kept, bounded)
        if _is_xml_part(info.filename):  # after the prolog check: a DOCTYPE is named first
            content = _stretches_bounded(content, info.filename, file=file)
        refs = _merge_refs(content, texts, rows, columns, page_headers, cached=results, flags=flags)
        if refs:
            found[info.filename] = refs
        if texts and typed is not None:
            typed[info.filename] = texts
        if rows and hidden is not None:
            hidden[info.filename] = rows
        if columns and hidden_columns is not None:
            hidden_columns[info.filename] = columns
        if page_headers and headers is not None:
            headers[info.filename] = page_headers
        if results and cached is not None:
            cached[info.filename] = results
    return found


def _rows_bounded(chunks: Iterator[bytes], member: str, *, file: str | None) -> Iterator[bytes]:
    """*chunks*, refused once they hold more ``<row`` elements than Excel's grid has rows.

    Empty ``<row/>`` elements cost openpyxl an object each, and compress 600:1: forty
    million of them are a 400 KB file. Counted as the member streams, so a bomb stops
    after its first megabytes.
    """
    count = 0
    for chunk in chunks:
        count += chunk.count(b"<row") - chunk.count(b"<rowBreaks")
        if count > MAX_ROWS:
            msg = (
                f"部件 {member} 的行数超过 Excel 的上限（{MAX_ROWS} 行），"
                "文件已损坏或被恶意构造，拒绝读取"
            )
            raise ReadError(msg, file=file)
        yield chunk


def _refuse_duplicates(infos: list[zipfile.ZipInfo], kind: str, *, file: str | None) -> None:
    """Refuse an archive that holds two members of one name (part names compare ignoring case).

    zipfile opens the last of them, Excel or Word may show the first: a file built so
    shows one table to a person and another to perftrack. No Office application writes
    such an archive, and the Open Packaging Conventions forbid it.

    Example:
        >>> buffer = io.BytesIO()
        >>> with zipfile.ZipFile(buffer, "w") as archive, warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")  # zipfile warns of the duplicate
        ...     archive.writestr("xl/worksheets/sheet1.xml", "<a/>")
        ...     archive.writestr("xl/worksheets/Sheet1.xml", "<b/>")
        >>> try:
        ...     _refuse_duplicates(zipfile.ZipFile(buffer).infolist(), "xlsx", file="表.xlsx")
        ... except ReadError as exc:
        ...     print(str(exc).split("（")[0])
        表.xlsx: xlsx 文件的压缩包中有两个同名成员 xl/worksheets/Sheet1.xml
    """
    seen: set[str] = set()
    for info in infos:
        key = info.filename.replace("\\", "/").lstrip("/").casefold()
        if key in seen:
            msg = (
                f"{kind} 文件的压缩包中有两个同名成员 {info.filename}"
                f"（Excel 与 perftrack 可能读到不同的内容），文件已损坏或被恶意构造，拒绝读取"
            )
            raise ReadError(msg, file=file)
        seen.add(key)


#: Parts whose text an XML parser reads (not images or binary parts).
_XML_SUFFIXES: Final = (".xml", ".rels", ".vml")
#: The longest stretch of an XML part without a ``<``: one tag with its attributes, or
#: one text. Excel's cells hold at most 32,767 characters (262,136 bytes as ``&#NNNNN;``).
MAX_STRETCH: Final = _CHUNK


def _is_xml_part(name: str) -> bool:
    """Whether the member *name* is an XML part (by its suffix)."""
    return name.casefold().endswith(_XML_SUFFIXES)


def _stretches_bounded(
    chunks: Iterator[bytes], member: str, *, file: str | None
) -> Iterator[bytes]:
    """*chunks*, refused once more than :data:`MAX_STRETCH` bytes pass without a ``<``.

    expat (the parser of openpyxl and of the shared strings) re-reads a token from its
    start each time the next 16 KB of it arrive: one 20 MB attribute costs half a
    minute, a longer one minutes. No real part holds a tag or a text that long. Exact
    across chunks: a chunk is at most :data:`MAX_STRETCH` bytes, so a stretch inside one
    is never too long, and only the stretch running over chunk ends is counted.
    """
    run = 0
    offset = 0
    for chunk in chunks:
        first = chunk.find(b"<")
        run += len(chunk) if first < 0 else first
        if run > MAX_STRETCH:
            start = max(0, offset + (first if first >= 0 else len(chunk)) - run - 1)
            msg = (
                f"部件 {member} 字节偏移 {start} 处起有超过 {MAX_STRETCH} 字节的单个标记或文本"
                "（Excel 单元格最多 32767 个字符），文件已损坏或被恶意构造，拒绝读取"
            )
            raise ReadError(msg, file=file)
        if first >= 0:
            run = len(chunk) - chunk.rfind(b"<") - 1
        offset += len(chunk)
        yield chunk


def _zip_problem(exc: Exception) -> str:
    """A short Chinese account of a zip failure."""
    if isinstance(exc, zipfile.BadZipFile) and "not a zip file" in str(exc).lower():
        return "不是 zip 压缩包（文件可能已损坏或被截断）"
    return f"压缩包已损坏或被截断（{exc}）"


def _keep(chunks: Iterator[bytes], kept: list[bytes]) -> Iterator[bytes]:
    """Yield chunks while remembering them, so that a second reader sees them too."""
    for chunk in chunks:
        kept.append(chunk)
        yield chunk


def _chain(kept: list[bytes], rest: Iterator[bytes]) -> Iterator[bytes]:
    """The remembered chunks, then the rest of the stream."""
    yield from kept
    yield from rest


# --- what a library says of a damaged package, in Chinese --------------------------------

_MISSING_MEMBER = re.compile(r"There is no item named '([^']{1,300})' in the archive")
# libxml2's reasons (python-docx parses with lxml), in Chinese: the first that matches.
_LXML_REASONS: Final = (
    ("Excessive depth", "元素嵌套过深（超过 256 层）"),
    ("XML_PARSE_HUGE", "单个属性或文本过大，超出解析器的上限"),
    ("Buffer size limit", "单个属性或文本过大，超出解析器的上限"),
    ("xmlParseCharRef", "含有 XML 不允许的字符引用（控制字符）"),
    ("invalid xmlChar", "含有 XML 不允许的字符"),
    ("PCDATA invalid Char", "含有 XML 不允许的字符"),
    ("Opening and ending tag mismatch", "开始与结束标记不匹配"),
    ("Premature end of data", "文件在文档结束前中断"),
    ("EndTag: '</' not found", "文件在文档结束前中断"),
    ("Extra content at the end", "根元素之后还有内容"),
    ("Couldn't find end of Start Tag", "开始标记未结束"),
    ("Namespace prefix", "未声明的命名空间前缀"),
    ("Attribute", "属性有误"),
)
# The namespaces of Strict Open XML (ISO 29500 Strict), which openpyxl and python-docx
# do not read: a Strict workbook opens with no cells, a Strict document without a body.
_STRICT = re.compile(
    rb"xmlns(?::\w{1,20})?\s*=\s*[\"']http://purl\.oclc\.org/ooxml/"
    rb"(?:spreadsheetml|wordprocessingml)/main[\"']"
)


def lxml_reason(message: str) -> str:
    """libxml2's *message* (``XMLSyntaxError``) as a short Chinese reason.

    Example:
        >>> lxml_reason("Excessive depth in document: 256, use XML_PARSE_HUGE option, line 2")
        '元素嵌套过深（超过 256 层）'
        >>> lxml_reason("something else")
        'XML 格式错误'
    """
    return next((reason for key, reason in _LXML_REASONS if key in message), "XML 格式错误")


def package_problem(exc: BaseException, data: bytes, kind: str = "xlsx") -> str | None:
    """What a library's *exc* on the package *data* means, in Chinese; ``None`` if unknown.

    A member the package lists but lacks (openpyxl's and python-docx's ``KeyError``),
    a missing relationship to the main part, and an XML error, with the part that
    holds it found by parsing the parts again (:func:`broken_part`).

    Example:
        >>> package_problem(
        ...     KeyError("There is no item named 'word/styles.xml' in the archive"), b""
        ... )
        '文件已损坏或不完整：缺少部件 word/styles.xml'
    """
    text = str(exc)
    if isinstance(exc, KeyError):
        if (missing := _MISSING_MEMBER.search(text)) is not None:
            return f"文件已损坏或不完整：缺少部件 {missing.group(1)}"
        if "no relationship of type" in text:
            return "文件已损坏或不完整：找不到指向文档主体的关系（_rels/.rels 缺失或有误）"
    if isinstance(exc, SyntaxError):
        return broken_part_problem(data, kind)
    return None


def broken_part_problem(data: bytes, kind: str) -> str | None:
    """The message naming the first XML part of *data* that does not parse, or None.

    See :func:`broken_part`; *kind* is the package's extension (xlsx, docx).
    """
    found = broken_part(data)
    if found is None:
        return None
    part, line, column, reason = found
    return (
        f"无法读取 {kind} 文件（文件已损坏或不完整）：部件 {part} "
        f"第 {line} 行第 {column} 列有 XML 错误（{reason}）"
    )


def broken_part(data: bytes) -> tuple[str, int, int, str] | None:
    """The first XML part of the package *data* that does not parse: name, line, column, why.

    Each part is parsed with expat, then with lxml where installed (which refuses
    nesting deeper than 256 and attributes over 10 MB, as python-docx's parser does).
    Called after a library failed, on a package :func:`check_zip` bounded (no DTDs).
    """
    import contextlib  # noqa: PLC0415
    import importlib  # noqa: PLC0415
    import xml.etree.ElementTree as ET  # noqa: PLC0415 - DOCTYPEs were refused

    etree: Any = None
    with contextlib.suppress(ImportError):  # lxml: python-docx's parser
        etree = importlib.import_module("lxml.etree")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            content = archive.read(info)
            try:
                ET.fromstring(content)  # noqa: S314 - DOCTYPEs were refused
            except ET.ParseError as exc:
                line, column = exc.position
                return info.filename, line, column + 1, expat_reason(exc)  # expat counts from 0
            if etree is None:
                continue
            try:
                etree.fromstring(content, etree.XMLParser(resolve_entities=False))
            except etree.XMLSyntaxError as exc:
                line, column = exc.position
                return info.filename, line, column, lxml_reason(str(exc))
    return None


def refuse_strict(data: bytes, *, kind: str, file: str | None) -> None:
    """Refuse a Strict Open XML package (its main part in the ``purl.oclc.org`` namespace).

    Only the start of each XML part of ``xl/`` or ``word/`` is looked at.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            folder, _, name = info.filename.partition("/")
            if folder not in ("xl", "word") or not name.endswith(".xml"):
                continue
            with archive.open(info) as stream:
                head = stream.read(4096)
            if _STRICT.search(head):
                msg = (
                    f"文件为 Strict Open XML 格式（严格 {kind}），暂不支持："
                    f"请在 Excel/WPS/Word 中另存为常规 {kind} 后重试"
                )
                raise ReadError(msg, file=file)


# --- strings -------------------------------------------------------------------------------

# ECMA-376 ST_Xstring: a character XML cannot hold (a CR, a tab, a control character) is
# written _xHHHH_, and an underscore that would start such an escape is _x005F_.
_XSTRING_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16))


def xstring_text(text: str) -> str:
    r"""*text* with Excel's ``_xHHHH_`` escapes decoded (ECMA-376 ``ST_Xstring``).

    Java (POI) and .NET exports write a carriage return typed in a cell as
    ``_x000D_``, a tab as ``_x0009_``; ``_x005F_`` is an escaped underscore, so
    ``_x005F_x000D_`` is the literal text ``_x000D_``. A carriage return, alone or
    before a line feed, is a line break (``\n``), as in every other format. An
    escaped UTF-16 surrogate pair is one character. Text without ``_x`` is
    returned as it is: callers test for ``"_x"`` first on their common path.

    Example:
        >>> xstring_text("≥85_x000D_"), xstring_text("1236_x0009_公里")
        ('≥85\n', '1236\t公里')
        >>> xstring_text("农村公路_x000D_\n（2023年）"), xstring_text("_x005F_x000D_")
        ('农村公路\n（2023年）', '_x000D_')
    """
    if "_x" not in text:
        return text
    decoded = _XSTRING_ESCAPE.sub(_escaped, text)
    if "\r" in decoded:
        decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    if _SURROGATE.search(decoded):
        decoded = decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return decoded


_MAIN_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # strict OOXML
)
_SI = frozenset(f"{{{ns}}}si" for ns in _MAIN_NAMESPACES)
_T = frozenset(f"{{{ns}}}t" for ns in _MAIN_NAMESPACES)
_R = frozenset(f"{{{ns}}}r" for ns in _MAIN_NAMESPACES)
_IS = frozenset(f"{{{ns}}}is" for ns in _MAIN_NAMESPACES)
_RPR = frozenset(f"{{{ns}}}rPr" for ns in _MAIN_NAMESPACES)
_STRIKE = frozenset(f"{{{ns}}}strike" for ns in _MAIN_NAMESPACES)
_VERT_ALIGN = frozenset(f"{{{ns}}}vertAlign" for ns in _MAIN_NAMESPACES)
# ST_OnOff values that switch a property off (<strike val="0"/>).
_OFF = frozenset({"0", "false", "off"})
# The content type of the shared string table, where a workbook has one.
_SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)


class _Element(Protocol):
    """What the reader uses of an ElementTree element."""

    tag: str
    text: str | None

    def __iter__(self) -> Iterator[_Element]:
        """The children."""

    def __len__(self) -> int:
        """The number of children."""

    def __getitem__(self, index: int) -> _Element:
        """A child."""

    def get(self, key: str, default: str | None = None) -> str | None:
        """An attribute."""

    def clear(self) -> None:
        """Drop the children, once read."""


def _shared_strings(stream: IO[bytes], iterparse: Callable[..., Any]) -> list[str]:
    """The texts of a shared string table (``xl/sharedStrings.xml``), in order.

    Each ``si`` gives its text as a person sees it (:func:`_si_text`): phonetic
    runs (``rPh``) are no part of it, nor, in rich text, a struck-out run beside
    unstruck text or a superscript note mark after a value. The escapes are not
    decoded here: every string cell's text is decoded once, shared or inline
    (:func:`xstring_text`). *iterparse* is defusedxml's.

    Example:
        >>> from xml.etree.ElementTree import iterparse
        >>> table = (
        ...     '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        ...     "<si><t>≥85_x000D_</t></si>"
        ...     "<si><r><rPr><strike/></rPr><t>≥98%</t></r><r><t>100%</t></r></si>"
        ...     '<si><r><t>16所</t></r><r><rPr><vertAlign val="superscript"/></rPr>'
        ...     "<t>注1</t></r></si></sst>"
        ... )
        >>> _shared_strings(io.BytesIO(table.encode()), iterparse)
        ['≥85_x000D_', '100%', '16所']
    """
    strings: list[str] = []
    append = strings.append
    for _, element in iterparse(stream):
        if element.tag in _SI:
            append(_si_text(element))
            element.clear()
    return strings


def _si_text(item: _Element) -> str:
    """The text of one shared string (``si``): its ``t``, or its runs (``r``)."""
    if len(item) == 1 and item[0].tag in _T:  # the common case: plain text
        return item[0].text or ""
    plain: list[str] = []
    runs: list[tuple[str, bool, bool]] = []  # (text, struck out, superscript)
    marked = False
    for child in item:
        if child.tag in _T:
            plain.append(child.text or "")
        elif child.tag in _R:  # rPh (phonetic guide) and phoneticPr are not shown
            run = _run(child)
            marked = marked or run[1] or run[2]
            runs.append(run)
    if not marked:
        return "".join(plain) + "".join(text for text, _, _ in runs)
    return _shown_runs(plain, runs)


def _run(run: _Element) -> tuple[str, bool, bool]:
    """A rich text run's text, and whether it is struck out and raised (superscript)."""
    texts: list[str] = []
    struck = raised = False
    for child in run:
        tag = child.tag
        if tag in _T:
            texts.append(child.text or "")
        elif tag in _RPR:
            for prop in child:
                if prop.tag in _STRIKE:
                    struck = (prop.get("val") or "1").lower() not in _OFF
                elif prop.tag in _VERT_ALIGN:
                    raised = prop.get("val") == "superscript"
    return "".join(texts), struck, raised


def _shown_runs(plain: list[str], runs: list[tuple[str, bool, bool]]) -> str:
    """The text of a rich string whose runs strike out or raise text.

    A struck run beside unstruck text is a correction made in the cell (the old
    value struck, the new one typed after it): left out, as struck text is in the
    HTML, Word and XML Spreadsheet readers. A string struck out whole is read as it
    stands, as a struck cell is. A raised run after a value that is a note mark
    (``注1``, ``*``, or a number after a Chinese character or ``%``:
    :func:`~perftrack.readers._symbols.raised_text`) is left out; a raised
    number after a bare ``10`` is its power (``≥10²`` is ``≥100``), after ``×10`` too (``×10⁵``).
    """
    unstruck = any(text.strip() for text in plain) or any(
        text.strip() for text, struck, _ in runs if not struck
    )
    kept = list(plain)
    for text, struck, raised in runs:
        if struck and unstruck:
            continue
        shown = raised_text(text, kept) if raised and "".join(kept).strip() else text
        if shown:  # a note mark left out, ≥10² is ≥100
            kept.append(shown)
    return "".join(kept)


# --- cell texts ----------------------------------------------------------------------------

# Excel keeps 15 significant digits; rounding to them removes binary float artefacts.
_SIGNIFICANT = Context(prec=15, rounding=ROUND_HALF_UP)
# Quantizing a float needs room for up to 309 integer digits plus the decimals.
_WIDE = Context(prec=1000, rounding=ROUND_HALF_UP)

_QUOTED = re.compile(r'"[^"]*"|\\.|_.|\*.|\[[^\]]*\]')


# A point written as a literal (0!.0000, 0\.0000, 0"."0000): no decimal point, the digits
# after it are the integer's last ones (8600000 shows 860.0000, the 元 shown as 万元).
_LITERAL_TOKEN = re.compile(r'"[^"]*"|[!\\].')
_LITERAL_POINTS: Final = frozenset(('"."', "!.", "\\."))


def _mark_literal_points(section: str) -> str:
    """*section* with each literal point (``!.``, a backslash and ``.``, ``"."``) as NUL."""
    return _LITERAL_TOKEN.sub(
        lambda match: "\x00" if match.group() in _LITERAL_POINTS else match.group(), section
    )


class _Style(NamedTuple):
    """How a number format shows a number (:func:`_number_style`)."""

    required: int  # decimals shown always
    optional: int  # decimals shown if not zero
    percent: bool
    scale: int = 0  # the number is shown divided by 10**scale (a trailing comma: 3)
    point: int = 0  # a literal point: the digits after it, of the number rounded


@functools.lru_cache(maxsize=512)
def _number_style(number_format: str) -> _Style | None:
    """How a format's section for positive numbers shows a number.

    ``None`` means General: the format has no digit placeholders, or is one this
    reader does not imitate (scientific, fractions). A comma after the last digit
    placeholder divides by 1000 (``#,##0.00,`` shows 8600000 as 8,600.00); a point
    written as a literal (``0!.0000``) in a format with no decimal point puts the
    digits after it among the integer's, as Excel fills them from the right
    (8600000 shows as 860.0000).

    Example:
        >>> _number_style("#,##0.00_);[Red](#,##0.00)"), _number_style("0.0#%")
        (_Style(required=2, optional=0, percent=False, scale=0, point=0), \
_Style(required=1, optional=1, percent=True, scale=0, point=0))
        >>> _number_style("#,##0.00,"), _number_style('0!.0,"万"')
        (_Style(required=2, optional=0, percent=False, scale=3, point=0), \
_Style(required=1, optional=0, percent=False, scale=3, point=1))
    """
    bare = _QUOTED.sub("", _mark_literal_points(_first_section(number_format)))
    if bare.strip().lower() in {"", "general", "@"} or not re.search(r"[0#?]", bare):
        return None
    if re.search(r"[eE][+-]|/", bare):
        return None
    percent = "%" in bare
    last = max(bare.rfind(c) for c in "0#?")
    commas = len(bare[last + 1 :]) - len(bare[last + 1 :].lstrip(","))
    scale = 3 * commas
    decimals = re.search(r"\.([0#?]*)", bare)
    if "\x00" in bare:
        if decimals is not None or bare.count("\x00") > 1:
            return None  # a real point too, or two literal points: not imitated
        places = len(re.findall(r"[0#?]", bare[bare.index("\x00") :]))
        return _Style(places, 0, percent, scale, places)
    if decimals is None:
        return _Style(0, 0, percent, scale)
    places_text = decimals.group(1)
    required = len(places_text.rstrip("#?"))
    return _Style(required, len(places_text) - required, percent, scale)


# A section's condition: [>=10000]0!.0,"万";0 shows 万 from 10000 on, the number below.
_CONDITION = re.compile(r"\[(<=|>=|<>|<|>|=)(-?[0-9]+(?:\.[0-9]+)?)\]")
_TESTS: Final = {
    "<": Decimal.__lt__,
    ">": Decimal.__gt__,
    "=": Decimal.__eq__,
    "<=": Decimal.__le__,
    ">=": Decimal.__ge__,
    "<>": Decimal.__ne__,
}


def _section_for(number_format: str, number: Decimal) -> str:
    """*number_format*, from the section a conditional format shows *number* with.

    A format without a condition in its first section comes back as it is.

    Example:
        >>> _section_for('[>=10000]0!.0,"万";0', Decimal(8600000))
        '[>=10000]0!.0,"万";0'
        >>> _section_for('[>=10000]0!.0,"万";0', Decimal(500))
        '0'
    """
    condition = _CONDITION.match(number_format)
    if condition is None:
        return number_format
    if _TESTS[condition.group(1)](number, Decimal(condition.group(2))):
        return number_format
    rest = number_format[len(_first_section(number_format)) + 1 :]
    return _section_for(rest, number) if rest else number_format


def _first_section(number_format: str) -> str:
    """The part of a format for positive numbers: up to the first unquoted ``;``."""
    depth_quote = False
    escaped = False
    for index, char in enumerate(number_format):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            depth_quote = not depth_quote
        elif char == ";" and not depth_quote:
            return number_format[:index]
    return number_format


def number_text(value: float, number_format: str | None = None) -> str:
    """A number as Excel shows it under *number_format* (decimals and percent only).

    Example:
        >>> number_text(84.88, "0.00"), number_text(0, "0.00"), number_text(0.6726, "0.00%")
        ('84.88', '0.00', '67.26%')
        >>> number_text(2.0), number_text(0.1 + 0.2), number_text(1.5, "0.0#")
        ('2', '0.3', '1.5')
    """
    exact = isinstance(value, int)
    number = Decimal(value) if exact else Decimal(repr(value))
    if not number.is_finite():
        return str(value)
    if not exact:
        number = _SIGNIFICANT.plus(number)
    if number_format and number_format[0] == "[":
        number_format = _section_for(number_format, number)
    style = _number_style(number_format) if number_format else None
    if style is None:
        return str(value) if exact else _fixed(number.normalize())
    required, optional, percent, scale, point = style
    if percent:
        number = number.scaleb(2)
    if scale:
        number = number.scaleb(-scale)  # #,##0.00, shows thousands
    if point:
        # 0!.0000: the integer's digits, the last four after the point Excel writes
        number = number.quantize(Decimal(1), context=_WIDE).scaleb(-point)
    text = _fixed(number.quantize(Decimal(1).scaleb(-(required + optional)), context=_WIDE))
    if optional:
        whole, _, fraction = text.partition(".")
        fraction = fraction.rstrip("0").ljust(required, "0")
        text = f"{whole}.{fraction}" if fraction else whole
    operator = _operator_literal(number_format)
    suffix = _suffix_literal(number_format, operator=bool(operator))
    if not suffix and (scale or point) and not percent:
        suffix = _money_unit_literal(number_format)
    return operator + (text + "%" if percent else text) + suffix


# An operator written into the format ("≥"0%, \\≤0.00, "不高于"0%): the cell shows ≥90%,
# 不高于5%, and the operator is what the target says. With it, the literal text after the
# number ("不少于"0"座" shows 不少于32座) is kept too: the target's unit. So is a suffix
# that is an operator word itself (0%"以上"). Other literal text is left out.
_OPERATOR_LITERAL = re.compile(r'^(?:"([^"]+)"|\\([≥≤<>=≧≦]))')
_OPERATOR_SYMBOLS = re.compile(r"[≥≤<>=≧≦]{1,2}")
# The words that bound the number (不高于, 大于等于…); not 达到 or 为, a verb a format may
# carry as text ("达到"0 shows 达到90, read 90 as before), nor the "about" words (=).
_OPERATOR_WORDS: Final = frozenset(
    word for word, op in voc.OPERATOR_PREFIXES if op != "=" and not word.startswith("达")
)
_SUFFIX_WORDS: Final = tuple(word for word, _ in voc.OPERATOR_SUFFIXES)
_SUFFIX_LITERAL = re.compile(r'(?:"[^"]*"|\\.|[ ,%])+$')


@functools.lru_cache(maxsize=512)
def _operator_literal(number_format: str) -> str:
    match = _OPERATOR_LITERAL.match(_first_section(number_format).lstrip())
    if match is None:
        return ""
    if match.group(2):
        return match.group(2)
    word = match.group(1).strip()
    return word if _OPERATOR_SYMBOLS.fullmatch(word) or word in _OPERATOR_WORDS else ""


def _suffix_text(number_format: str) -> str:
    """The literal text after the number in a format's first section (quotes and escapes off).

    Example:
        >>> _suffix_text('#,##0.00,"千元"'), _suffix_text("0.00")
        ('千元', '')
    """
    match = _SUFFIX_LITERAL.search(_first_section(number_format))
    if match is None:
        return ""
    return "".join(
        token[1:-1] if token[:1] == '"' else token[1:]
        for token in re.findall(r'"[^"]*"|\\.', match.group())
    ).strip()


@functools.lru_cache(maxsize=512)
def _suffix_literal(number_format: str, *, operator: bool) -> str:
    """The literal text after the number that the cell keeps (see above)."""
    text = _suffix_text(number_format)
    if operator or text.endswith(_SUFFIX_WORDS):
        return text
    return ""


# The money units a scaling format may name after the figure it shows: #,##0.00,"千元"
# shows 19200000 as 19,200.00千元, 0!.0000"万元" as 1920.0000万元. The scaling says the
# word is meant: the figure is in that unit, whatever the header says (a 万元 block reads
# 19200.00千元 as 1920万元). Without scaling (0.00"万元" on a number in 元) the word is
# left out as other literal text, and the header says the unit.
_MONEY_UNIT_WORDS: Final = frozenset({"元", "千元", "万元", "百万元", "亿元", "万", "百万", "亿"})


@functools.lru_cache(maxsize=512)
def _money_unit_literal(number_format: str) -> str:
    """The money unit a format's literal suffix names (``"千元"``, ``"万"``), or ``""``.

    Example:
        >>> _money_unit_literal('#,##0.00,"千元"'), _money_unit_literal('0!.0,"万"')
        ('千元', '万')
        >>> _money_unit_literal('#,##0.00,"千元（含税）"'), _money_unit_literal("#,##0,")
        ('', '')
    """
    text = _suffix_text(number_format)
    return text if text in _MONEY_UNIT_WORDS else ""


def _fixed(number: Decimal) -> str:
    """A decimal in positional notation, never ``-0``."""
    if number.is_zero():
        number = number.copy_abs()
    return format(number, "f")


def date_text(value: dt.date | dt.time | dt.timedelta) -> str:
    """A date ``2023-08-31``; a date and time ``2023-08-31 08:30:00``; a time ``08:30:00``.

    Example:
        >>> date_text(dt.datetime(2023, 8, 31)), date_text(dt.time(8, 30))
        ('2023-08-31', '08:30:00')
    """
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


# The zh-CN built-in number formats that are dates or times (ECMA-376 §18.8.30).
# openpyxl knows only the international built-ins and reports these as General.
_CHINESE_DATE_FORMATS = frozenset((*range(27, 37), *range(50, 59)))


class _Cell(Protocol):
    """What the reader uses of an openpyxl cell (read-only or not)."""

    @property
    def value(self) -> object:
        """The value, converted by openpyxl (dates are ``datetime``)."""

    @property
    def number_format(self) -> str:
        """The number format code, ``"General"`` when there is none or it is unknown."""


def _cell_text(cell: _Cell, from_serial: Callable[[float], dt.date | dt.time]) -> str:
    """The text of an openpyxl cell whose value is not a string."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        number_format = cell.number_format
        if number_format == "General" and (format_id := _format_id(cell)) in _CHINESE_DATE_FORMATS:
            try:
                date = from_serial(value)
            except (OverflowError, ValueError):
                return number_text(value)
            if format_id in _CHINESE_MONTH_FORMATS and isinstance(date, dt.date):
                return f"{date.year}年{date.month}月"
            return date_text(date)
        return number_text(value, number_format)
    if isinstance(value, dt.date) and shows_month_only(cell.number_format):
        return f"{value.year}年{value.month}月"  # 2024年3月: the month, not its first day
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        return date_text(value)
    return str(value)


# The zh-CN built-ins that show a year and a month only (yyyy"年"m"月").
_CHINESE_MONTH_FORMATS = frozenset((27, 36, 50, 52, 57))
_FORMAT_LITERAL_RE: Final = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def shows_month_only(number_format: str) -> bool:
    """Whether a date format shows a year and a month but no day (``yyyy"年"m"月"``, ``yyyy-mm``).

    Such a cell is a month: its first day, which Excel stores, was never typed.

    Example:
        >>> shows_month_only('yyyy"年"m"月"'), shows_month_only("yyyy-mm-dd")
        (True, False)
    """
    codes = _FORMAT_LITERAL_RE.sub("", _first_section(number_format)).lower()
    return "y" in codes and "m" in codes and not any(c in codes for c in "dhs")


def _format_id(cell: object) -> int:
    """The number format id of a cell, read-only (``style_array``) or fully loaded (``_style``).

    0 (General) for a cell that has neither. Before, a fully loaded cell (the fallback of
    :func:`read_xlsx`) always answered 0: a date under a zh-CN built-in format
    (``yyyy"年"m"月"d"日"``, id 31) read as its serial, ``45291``.
    """
    style = getattr(cell, "style_array", None)
    if style is None:
        style = getattr(cell, "_style", None)
    return int(getattr(style, "numFmtId", 0))


# --- damaged cells -------------------------------------------------------------------------

#: Excel's last column, XFD.
MAX_COLUMNS = 16_384
#: The damaged cells a worksheet lists one by one; the rest are counted in one more.
_MAX_PROBLEMS = 20
_CELL_REF_RE = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
# A reference as writers write it (B7): the cheap first test of every cell's reference.
_PLAIN_REF_RE = re.compile(r"([A-Z]{1,3})[1-9][0-9]{0,6}")
_LAST_COLUMN: Final = "XFD"
_TYPE_NAMES: Final = {"n": "数值", "b": "逻辑值", "d": "日期", "s": "共享字符串", "e": "错误值"}


#: A shared string index as Excel writes it: ASCII digits. ``int()`` also takes ``-1``
#: (Python's last item: another cell's text, read silently), ``+1`` and other scripts'
#: digits (``٣``), which openpyxl would look up.
_SHARED_INDEX_RE: Final = re.compile(r"\s*[0-9]+\s*")
#: The cells of a worksheet whose shared string index is past the table that are read as
#: empty cells, each with a warning. More, or more than half of the worksheet's shared
#: string cells, and the string table is cut short (a table full of blanks): refused.
FEW_MISSING_STRINGS: Final = 3


class _MissingStringsError(IndexError):
    """A worksheet with more cells past the shared string table than are read past."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def missing_strings_message(missing: list[tuple[str, int]], count: int) -> str:
    """The refusal of a worksheet whose cells (*missing*: reference, index) are past the table.

    Example:
        >>> print(missing_strings_message([("D3", 99)], 1))
        文件已损坏或不完整：单元格 D3 引用第 100 项共享字符串，但共享字符串表只有 1 项
        >>> print(missing_strings_message([("D3", 99), ("E3", 5), ("F3", 6)], 1))
        文件已损坏或不完整：单元格 D3 引用第 100 项共享字符串，但共享字符串表只有 1 项；另有 2 个单元格同样超出共享字符串表（表可能被截断）
    """  # noqa: E501 - the message is one line
    ref, index = missing[0]
    msg = (  # the index counts from 0: index 1 of 1 string is the 2nd
        f"文件已损坏或不完整：单元格 {ref} 引用第 {index + 1} 项共享字符串，"
        f"但共享字符串表只有 {count} 项"
    )
    if len(missing) > 1:
        msg += f"；另有 {len(missing) - 1} 个单元格同样超出共享字符串表（表可能被截断）"
    return msg


#: The error values without the shape of the others (``#N/A``, ``#GETTING_DATA``).
_ERROR_VALUES: Final = frozenset(("#N/A", "#GETTING_DATA"))
#: The cell types (``t``) of SpreadsheetML.
_CELL_TYPES: Final = frozenset(("n", "s", "b", "d", "e", "str", "inlineStr"))
#: The largest date serial Excel shows (9999-12-31 in the 1900 date system); a serial
#: below 0 or past it Excel shows as ``####``.
_LAST_SERIAL: Final = 2_958_465


def _unreadable_value(
    element: Any,  # noqa: ANN401 (openpyxl's element)
    value_tag: str,
    date_formats: Container[int],
) -> str | None:
    """Why the value of cell *element* cannot be read as its type, or ``None``.

    Cases openpyxl reads without complaint but wrongly: a shared string index
    that is not plain digits (``-1`` is the last string of the table, another cell's
    text), a number in a date format outside Excel's dates (openpyxl makes it
    the error value ``#VALUE!``, which the file does not hold, or a date before 1900),
    and a cell type no writer writes (``t="zz"``, read as text without a word).
    """
    kind = element.get("t", "n")
    text = element.findtext(value_tag)
    if not text:
        return None
    if kind == "s":
        return None if _SHARED_INDEX_RE.fullmatch(text) else "不是共享字符串的编号"
    if kind == "e":
        # #WHAT? is of an error value's shape: the grid says it as one (r35n)
        return (
            None
            if text in _ERROR_VALUES or EXCEL_ERROR_SHAPE.fullmatch(text)
            else NOT_AN_ERROR_VALUE
        )
    if kind not in _CELL_TYPES:
        return (
            f"的类型“{kind[:20]}”无法识别（应为 n、s、b、d、e、str、inlineStr），"
            f"内容“{text[:40]}”按文本读取；文件可能已损坏"
        )
    style = element.get("s")
    if kind != "n" or not style or not style.isdigit() or int(style) not in date_formats:
        return None
    try:
        serial = float(text)
    except ValueError:
        return None  # no number: openpyxl's ValueError says so
    if math.isfinite(serial) and 0 <= serial < _LAST_SERIAL + 1:
        return None
    return (
        f"为日期格式，但数值“{text[:40]}”{DATE_OUT_OF_RANGE}（Excel 显示为 ####），"
        "按数值文本读取；文件可能已损坏"
    )


def _cell_column(ref: str | None) -> int | None:
    """The column of cell reference *ref* (``B7`` → 2), ``None`` without a usable one."""
    match = _CELL_REF_RE.fullmatch(ref.strip()) if ref else None
    return _column(match.group(1)) if match else None


class _Damage:
    """The damaged cells met while one worksheet is read (a thread's current one)."""

    def __init__(self, file: str | None, where: str, styles: Callable[[], int]) -> None:
        self.file = file
        self.where = where
        self.styles = styles
        self.problems: dict[tuple[int | None, int | None, str], None] = {}
        self.unstyled: list[tuple[int, int]] = []  # cells whose style index is past the table
        self._style_count: int | None = None

    def style_count(self) -> int:
        """The workbook's number of cell styles, counted once (they load before any sheet)."""
        if self._style_count is None:
            self._style_count = self.styles()
        return self._style_count

    def note(self, row: int | None, column: int | None, message: str) -> None:
        """Remember one problem (once)."""
        self.problems[(row, column, message)] = None

    def found(self) -> tuple[Problem, ...]:
        """The problems noted, as the Sheet keeps them: at most :data:`_MAX_PROBLEMS`.

        The cells whose style is missing are one problem (a workbook without its style
        table has thousands of them).
        """
        problems = [
            Problem("malformed-cell", message, row, column)
            for row, column, message in self.problems
        ]
        if self.unstyled:
            row, column = self.unstyled[0]
            names = "、".join(f"{_column_letters(c)}{r}" for r, c in self.unstyled[:5])
            more = "等" if len(self.unstyled) > 5 else ""  # noqa: PLR2004
            message = (
                f"{len(self.unstyled)}个单元格（{names}{more}）的样式编号在样式表中不存在，"
                "按无格式读取；文件可能已损坏"
            )
            problems.append(Problem("malformed-cell", message, row, column))
        if len(problems) > _MAX_PROBLEMS:
            rest = len(problems) - _MAX_PROBLEMS + 1
            problems[_MAX_PROBLEMS - 1 :] = [
                Problem("malformed-cell", f"另有{rest}处单元格损坏未逐一列出；文件已损坏")
            ]
        return tuple(problems)

    def refuse(self, message: str) -> ReadError:
        """The error for damage the worksheet cannot be read past."""
        return ReadError(message, file=self.file, where=self.where)


_CURRENT = threading.local()


def _damage() -> _Damage | None:
    """The damage record of the worksheet this thread reads, if perftrack reads one."""
    found: _Damage | None = getattr(_CURRENT, "damage", None)
    return found


def _column_letters(column: int) -> str:
    """28 → ``"AB"``."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# The openpyxl releases whose private worksheet parser _install_tolerance was written
# against (its row_counter, parse_row and parse_cell); others are left as they are.
_TOLERANT_OPENPYXL: Final = "3.1."


@functools.cache
def _install_tolerance(openpyxl: ModuleType) -> None:
    """Make openpyxl's worksheet parser read past a damaged cell while perftrack reads.

    openpyxl fails on the whole workbook for one cell whose value does not match its
    type (``460万元`` in a number cell), a style index past the style table, a cell
    reference it cannot parse (``5E``, ``A-7``) or a merged range it cannot parse. Its
    worksheet parser (in the two modules that use it) and merged range list are
    replaced by subclasses that, while perftrack reads a worksheet (:func:`_damage`
    answers), read such a cell as its stored text, or as the next cell of its row, and
    note it, and refuse a row or column past Excel's grid at once (openpyxl would fill
    the gap with billions of empty rows). Outside perftrack's reading they behave as
    openpyxl's own.
    """
    if not str(getattr(openpyxl, "__version__", "")).startswith(_TOLERANT_OPENPYXL):
        return  # other internals: openpyxl reads as it reads, a damaged cell refuses the file
    try:
        reader_module = openpyxl.worksheet._reader  # noqa: SLF001 - no public hook exists
        read_only_module = openpyxl.worksheet._read_only  # noqa: SLF001
        base = reader_module.WorkSheetParser
        value_tag = reader_module.VALUE_TAG
        merge_cells = reader_module.MergeCells
    except AttributeError:  # pragma: no cover - an openpyxl 3.1 built otherwise
        return
    if getattr(base, "_perftrack", False):
        return

    def _non_finite(cell: dict[str, Any], text: str, damage: _Damage) -> dict[str, Any]:
        """A number cell whose value overflows a float (``1e309``): kept as its text, noted.

        ``NaN`` and ``INF`` are no number to openpyxl, and noted as damage; ``1e309``
        is one it reads as infinity. Both are read alike: the file's text, and a
        ``malformed-cell`` finding (fz30 M6).
        """
        row, column = cell["row"], cell["column"]
        name = f"{_column_letters(column)}{row}"
        damage.note(
            row,
            column,
            f"单元格 {name} 标为数值，但内容“{text[:40]}”{NON_FINITE}，按文本读取；文件可能已损坏",
        )
        return {**cell, "value": text or None, "data_type": "s"}

    class TolerantParser(base):  # type: ignore[misc,valid-type]
        _perftrack = True
        col_counter: int  # openpyxl's: the column of the cell last read
        #: this worksheet's shared string cells, and those past the table (row, column, index)
        perftrack_strings = 0
        perftrack_missing: list[tuple[int, int, int]] | None = None

        def parse(self) -> Any:  # noqa: ANN401 (openpyxl's rows)
            yield from super().parse()
            missing = self.perftrack_missing
            damage = _damage()
            if not missing or damage is None:
                return
            count = len(self.shared_strings)
            if len(missing) > FEW_MISSING_STRINGS or 2 * len(missing) > self.perftrack_strings:
                cells = [(f"{_column_letters(c)}{r}", index) for r, c, index in missing]
                raise _MissingStringsError(missing_strings_message(cells, count))
            for row, column, index in missing:
                damage.note(
                    row,
                    column,
                    f"单元格 {_column_letters(column)}{row} 引用第 {index + 1} 项共享字符串，"
                    f"但共享字符串表只有 {count} 项，按空单元格读取；文件可能已损坏",
                )

        def _past_strings(self, element: Any, ref: str | None) -> dict[str, Any] | None:  # noqa: ANN401
            """The empty cell read for a shared string cell past the table, else ``None``."""
            text = element.findtext(value_tag)
            if not text or not _SHARED_INDEX_RE.fullmatch(text):
                return None
            self.perftrack_strings += 1
            index = int(text)
            if index < len(self.shared_strings):
                return None
            self.col_counter = _cell_column(ref) or self.col_counter + 1
            row, column = self.row_counter, self.col_counter
            if self.perftrack_missing is None:
                self.perftrack_missing = []
            self.perftrack_missing.append((row, column, index))
            return {"row": row, "column": column, "value": None, "data_type": "n", "style_id": 0}

        def parse_row(self, row: Any) -> Any:  # noqa: ANN401 (openpyxl's element)
            damage = _damage()
            if damage is None:
                return super().parse_row(row)
            given = row.get("r")
            if given is not None:
                number = int(given) if given.strip().isdigit() else None
                if number is not None and number > MAX_ROWS:
                    msg = (
                        f"第 {number} 行超出 Excel 的行数上限（{MAX_ROWS} 行），"
                        "文件已损坏或被恶意构造，拒绝读取"
                    )
                    raise damage.refuse(msg)
                if number is None or number < 1:
                    damage.note(
                        self.row_counter + 1,
                        None,
                        f"行号“{given}”无效，按上一行的下一行（第 {self.row_counter + 1} 行）读取；"
                        "文件可能已损坏",
                    )
                    del row.attrib["r"]
                elif number <= self.row_counter:
                    damage.note(
                        number,
                        None,
                        f"第 {number} 行写在第 {self.row_counter} 行之后（行序错乱），未能读取；"
                        "文件可能已损坏，请在 Excel/WPS 中打开并保存后重新读取",
                    )
            elif self.row_counter >= MAX_ROWS:
                msg = f"工作表的行数超过 Excel 的上限（{MAX_ROWS} 行），文件已损坏，拒绝读取"
                raise damage.refuse(msg)
            return super().parse_row(row)

        def parse_cell(self, element: Any) -> Any:  # noqa: ANN401 (openpyxl's element)
            damage = _damage()
            if damage is None:
                return super().parse_cell(element)
            ref = element.get("r")
            plain = _PLAIN_REF_RE.fullmatch(ref) if ref is not None else None
            if plain is not None and (len(plain[1]) < 3 or plain[1] <= _LAST_COLUMN):  # noqa: PLR2004
                pass  # B7, XFD1048576: what every writer writes, read as it is
            elif ref is not None:
                match = _CELL_REF_RE.fullmatch(ref.strip())
                if match is None or int(match.group(2)) < 1:
                    column = self.col_counter + 1
                    damage.note(
                        self.row_counter,
                        column,
                        f"单元格引用“{ref}”无效，按所在行的下一格"
                        f"（{_column_letters(column)}{self.row_counter}）读取；文件可能已损坏",
                    )
                    del element.attrib["r"]
                    ref = None
                elif _column(match.group(1)) > MAX_COLUMNS:
                    msg = (
                        f"单元格 {ref} 超出 Excel 的列数上限（{MAX_COLUMNS} 列，至 XFD 列），"
                        "文件已损坏，拒绝读取"
                    )
                    raise damage.refuse(msg)
            style = element.get("s")
            if style is not None and (not style.isdigit() or int(style) >= damage.style_count()):
                row = self.row_counter
                column = _column(ref.strip().rstrip("0123456789")) if ref else self.col_counter + 1
                damage.unstyled.append((row, column))
                del element.attrib["s"]
            if element.get("t") == "s" and (past := self._past_strings(element, ref)) is not None:
                return past
            unreadable = _unreadable_value(element, value_tag, self.date_formats)
            try:
                if unreadable is not None:
                    self.col_counter = _cell_column(ref) or self.col_counter + 1
                    raise ValueError(unreadable)  # noqa: TRY301 - read as the library's ValueError
                cell = super().parse_cell(element)
            except (ValueError, OverflowError, TypeError):
                kind = element.get("t", "n")
                text = element.findtext(value_tag) or ""
                row, column = self.row_counter, self.col_counter
                name = f"{_column_letters(column)}{row}"
                damage.note(
                    row,
                    column,
                    f"单元格 {name} {unreadable}"
                    if unreadable is not None and unreadable.startswith(("为日期格式", "的类型"))
                    else f"单元格 {name} 标为{_TYPE_NAMES.get(kind, kind)}，"
                    f"但内容“{text[:40]}”{unreadable or '不是'}，按文本读取；文件可能已损坏",
                )
                return {
                    "row": row,
                    "column": column,
                    "value": text or None,
                    "data_type": "s",
                    "style_id": 0,
                }
            if isinstance(cell.get("value"), float) and not math.isfinite(cell["value"]):
                return _non_finite(cell, element.findtext(value_tag) or "", damage)
            if element.get("t") == "inlineStr":
                # inline rich text (what openpyxl and scripts write): read as shared
                # strings are, a struck correction and a raised note mark left out
                inline = next((child for child in element if child.tag in _IS), None)
                if inline is not None and any(child.tag in _R for child in inline):
                    cell["value"] = _si_text(inline) or None
            return cell

    class TolerantMergeCells(merge_cells):  # type: ignore[misc,valid-type]
        @classmethod
        def from_tree(cls, node: Any) -> Any:  # noqa: ANN401 (openpyxl's element)
            try:
                return super().from_tree(node)
            except (ValueError, TypeError):
                if _damage() is None:
                    raise
                return cls()  # noted from the ranges perftrack reads itself

    reader_module.WorkSheetParser = TolerantParser
    read_only_module.WorkSheetParser = TolerantParser
    reader_module.MergeCells = TolerantMergeCells


# --- worksheets ----------------------------------------------------------------------------


def too_big(rows: int, columns: int, *, file: str | None, where: str) -> ReadError:
    """The error for a worksheet past :data:`MAX_CELLS` (returned, for the caller to raise).

    Example:
        >>> print(too_big(5000, 2000, file="a.xlsx", where="工作表 表1"))
        a.xlsx: 工作表 表1: 工作表过大（5000 行 × 2000 列，上限 5000000 个单元格）
    """
    msg = f"工作表过大（{rows} 行 × {columns} 列，上限 {MAX_CELLS} 个单元格）"
    return ReadError(msg, file=file, where=where)


def _struck_styles(workbook: object) -> frozenset[int]:
    """The indices of the workbook's cell styles whose font is struck out.

    A value struck out in Excel is a deletion kept in sight (the old target beside the
    new one), as struck text is in the HTML and Word readers. Most workbooks have none,
    and then reading a cell costs nothing more. Reads openpyxl's style tables.
    """
    # openpyxl keeps its style tables private: read them with care
    fonts, styles = getattr(workbook, "_fonts", ()), getattr(workbook, "_cell_styles", ())
    try:
        return frozenset(
            index
            for index, style in enumerate(styles)
            if getattr(fonts[style.fontId], "strike", None)
        )
    except (AttributeError, IndexError, TypeError):  # pragma: no cover - another openpyxl
        return frozenset()


def _is_struck(cell: object, struck: frozenset[int]) -> bool:
    """Whether *cell*'s font is struck out (*struck*: from :func:`_struck_styles`)."""
    style_id = getattr(cell, "_style_id", None)  # a read-only cell: its style's index
    if style_id is not None:
        return style_id in struck
    font = getattr(cell, "font", None)  # a full load's cell
    return bool(getattr(font, "strike", None))


# The zh-CN built-in date formats that show a day, a month or a year (not 32-35, 55, 56:
# times of day, 上午/下午h"时"mm"分").
_CHINESE_DAY_FORMATS = _CHINESE_DATE_FORMATS - {32, 33, 34, 35, 55, 56}


_ELAPSED_RE: Final = re.compile(r"\[(?:h+|m+|s+)\]")


def shows_date(number_format: str) -> bool:
    """Whether a number format shows a date part (a year, a month or a day), not a time only.

    Example:
        >>> [shows_date(f) for f in ("yyyy-mm-dd", "m/d/yy h:mm", 'yyyy"年"m"月"')]
        [True, True, True]
        >>> [shows_date(f) for f in ("h:mm:ss", "[h]:mm", "mm:ss", "General", '"d"0')]
        [False, False, False, False, False]
    """
    section = _first_section(number_format).lower()
    if _ELAPSED_RE.search(section):
        return False  # [h]:mm, an elapsed time
    codes = _FORMAT_LITERAL_RE.sub("", section)
    if "y" in codes or "d" in codes:
        return True
    return "m" in codes and "h" not in codes and "s" not in codes  # mm:ss is minutes


def _day_zero(cell: _Cell) -> str | None:
    """The serial of a date cell below 1, which Excel shows as 1900-01-00, else ``None``.

    openpyxl reads such a serial as a time of day (``0`` → 00:00:00): right in a time
    format (``h:mm``), no date in one that shows a date (``yyyy-mm-dd``).
    """
    value = cell.value
    if isinstance(value, dt.time):
        if not shows_date(cell.number_format):
            return None
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        serial = Decimal(seconds * 1_000_000 + value.microsecond) / Decimal(86_400_000_000)
        return number_text(float(serial))
    if (
        type(value) in {int, float}
        and 0 <= value < 1  # type: ignore[operator]
        and cell.number_format == "General"
        and _format_id(cell) in _CHINESE_DAY_FORMATS
    ):
        return number_text(value)  # type: ignore[arg-type]
    return None


def _grid(  # noqa: PLR0913 - the reading options
    rows: Iterable[Iterable[_Cell]],
    from_serial: Callable[[float], dt.date | dt.time],
    *,
    file: str | None,
    where: str,
    struck: frozenset[int] = frozenset(),
    formulas: frozenset[tuple[int, int]] = frozenset(),
    day_zero: bool = True,
) -> tuple[list[list[str]], frozenset[int]]:
    """Cell texts of a worksheet's rows, trailing empty rows and columns trimmed.

    A row whose every cell with a value has its font struck out (its style in
    *struck*) is empty: a deleted indicator kept in sight. A struck cell among others
    is read as it stands (a header or title struck for emphasis, a value whose rich
    text runs are not struck: the cell's font alone cannot tell). *formulas* are the
    1-based (row, column) of the formulas without a result (typed text such as
    ``=16.00(套)``, which :func:`_restore_typed` puts in later, or a formula nobody
    computed): such a cell has a value too, struck or not by its own font. Also gives
    the 1-based numbers of the rows left out as struck whole, which that text must not
    fill again and whose formulas are not reported. With *day_zero* (the 1900 date
    system), a serial below 1 in a format that shows a date is read as its number and
    said (:func:`_day_zero`).
    """
    grid: list[list[str]] = []
    dropped: set[int] = set()
    last_row = 0
    width = 0
    cells = 0
    for number, row in enumerate(rows, 1):
        texts: list[str] = []
        append = texts.append
        all_struck = bool(struck)
        filled = False
        for column, cell in enumerate(row, 1):
            value = cell.value
            if value is None:
                if all_struck and formulas and (number, column) in formulas:
                    # a formula without a result: a value, struck or not by its own font
                    filled = True
                    all_struck = _is_struck(cell, struck)
                append("")
                continue
            filled = True
            if all_struck and not _is_struck(cell, struck):
                all_struck = False
            if type(value) is str:
                # Excel's escapes (_x000D_), in shared and inline strings alike
                append(xstring_text(value) if "_x" in value else value)
            elif day_zero and (serial := _day_zero(cell)) is not None:
                append(serial)
                if (damage := _damage()) is not None:
                    damage.note(
                        number,
                        column,
                        f"单元格 {_column_letters(column)}{number} 为日期格式，但数值“{serial}”"
                        f"{DATE_DAY_ZERO}，按数值文本读取；文件可能已损坏",
                    )
            else:
                append(_cell_text(cell, from_serial))
        if all_struck and filled:
            texts = []  # every cell struck out: a deleted row kept in sight
            dropped.add(number)
        cells += len(texts)
        if cells > MAX_CELLS or len(grid) >= MAX_ROWS:
            raise too_big(len(grid) + 1, len(texts), file=file, where=where)
        while texts and not texts[-1]:
            texts.pop()
        grid.append(texts)
        if texts:
            last_row = len(grid)
            width = max(width, len(texts))
    del grid[last_row:]
    if last_row * width > MAX_CELLS:
        raise too_big(last_row, width, file=file, where=where)
    return grid, frozenset(dropped)


def _cell_ref(ref: str) -> tuple[int, int, int, int] | None:
    """``"A3:B5"`` → 1-based ``(top, left, bottom, right)``; ``None`` if not a range."""
    match = _RANGE.fullmatch(ref.strip())
    if match is None:
        return None
    first_col, first_row, last_col, last_row = match.groups()
    top, left = int(first_row), _column(first_col)
    bottom, right = (int(last_row), _column(last_col)) if last_col else (top, left)
    return min(top, bottom), min(left, right), max(top, bottom), max(left, right)


def _column(letters: str) -> int:
    """``"AB"`` → 28."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def blank_merged(
    grid: list[list[str]],
    ranges: Iterable[tuple[int, int, int, int]],
    *,
    file: str | None,
    where: str,
) -> None:
    """Empty every cell of each merged range but its top-left one, in place.

    *ranges* are 1-based ``(top, left, bottom, right)``, inclusive; the parts
    outside the grid (rows may be short) are ignored. Overlapping ranges that
    would blank more than :data:`MAX_CELLS` cells in all are refused.

    Example:
        >>> grid = [["产出指标", "残留"], ["残留", "培训人数"]]
        >>> blank_merged(grid, [(1, 1, 2, 1)], file=None, where="工作表 表1")
        >>> grid
        [['产出指标', '残留'], ['', '培训人数']]
    """
    budget = MAX_CELLS
    for top, left, bottom, right in ranges:
        # Only the part of a range inside the grid matters; legitimate ranges do not
        # overlap, so their clipped areas add up to at most the grid.
        for row_index in range(top - 1, min(bottom, len(grid))):
            row = grid[row_index]
            first = left if row_index == top - 1 else left - 1
            stop = min(right, len(row))
            if first >= stop:
                continue
            budget -= stop - first
            if budget < 0:
                msg = "合并单元格范围过多或相互重叠，拒绝读取"
                raise ReadError(msg, file=file, where=where)
            row[first:stop] = [""] * (stop - first)


def grid_sheet(  # noqa: PLR0913 - the Sheet's fields
    grid: list[list[str]],
    *,
    file: str | None,
    name: str,
    hidden_columns: Iterable[tuple[int, int]] = (),
    merges: Iterable[tuple[int, int, int, int]] = (),
    formulas: frozenset[tuple[int, int]] = frozenset(),
    stale_formulas: frozenset[tuple[int, int]] = frozenset(),
    problems: tuple[Problem, ...] = (),
    page_title: str | None = None,
) -> Sheet:
    """The Sheet of a trimmed grid: short rows padded to the width, A1 row numbers.

    *hidden_columns* are 1-based (first, last) ranges of hidden columns; those
    within the grid become the Sheet's 0-based ``hidden_columns``. *merges* are the
    merged ranges as :func:`blank_merged` takes them; those of more than one cell
    that start within the grid become the Sheet's 0-based ``merges``. *formulas* are
    the 1-based (row, column) cells holding a formula without a result (*stale_formulas*
    those of them whose stored result was not read: :func:`_blank_results`); *page_title*
    the title the sheet prints only in its page header (:func:`header_title`).

    Example:
        >>> sheet = grid_sheet([["项目名称", "两新党建工作"], ["其他"]], file=None, name="表1")
        >>> sheet.rows
        (('项目名称', '两新党建工作'), ('其他', ''))
        >>> sorted(
        ...     grid_sheet(
        ...         [["a", "b"]], file=None, name="表1", hidden_columns=[(2, 99)]
        ...     ).hidden_columns
        ... )
        [1]
    """
    width = max((len(row) for row in grid), default=0)
    rows = tuple(tuple(row) + ("",) * (width - len(row)) for row in grid)
    hidden = frozenset(
        column for first, last in hidden_columns for column in range(first - 1, min(last, width))
    )
    height = len(rows)
    ranges = tuple(
        (top - 1, left - 1, bottom - 1, right - 1)
        for top, left, bottom, right in merges
        if top <= height and left <= width and (bottom > top or right > left)
    )
    return Sheet(
        rows,
        file=file,
        name=name,
        row_numbers=tuple(range(1, height + 1)),
        hidden_columns=hidden,
        merges=ranges,
        formulas=frozenset(cell for cell in formulas if cell[0] <= height),
        stale_formulas=frozenset(cell for cell in stale_formulas if cell[0] <= height),
        problems=problems,
        page_title=page_title,
    )


def _where(title: str) -> str:
    """How errors name a worksheet."""
    return f"工作表 {title}"


def _part_of(worksheet: object) -> str | None:
    """The zip member a read-only worksheet is parsed from.

    openpyxl keeps it in a private attribute; should that ever change, the
    reader falls back to a full load, which knows the merged ranges itself.
    """
    part = getattr(worksheet, "_worksheet_path", None)
    return part if isinstance(part, str) else None


def read_xlsx(data: bytes, *, file: str | None = None) -> list[Sheet]:
    """Read every visible worksheet of an .xlsx workbook, in workbook order.

    Needs the ``xlsx`` extra (openpyxl, defusedxml). Raises
    :class:`~perftrack.ReadError` for anything that is not a readable workbook.

    Example:
        >>> sheets = read_xlsx(data, file="表.xlsx")  # doctest: +SKIP
        >>> sheets[0].name, sheets[0].rows[0]  # doctest: +SKIP
        ('表1', ('财政项目支出绩效跟踪表', '', '', ''))
    """
    openpyxl = require("openpyxl", "xlsx", file=file)
    require("defusedxml", "xlsx", file=file)
    typed: dict[str, dict[str, str]] = {}
    hidden: dict[str, set[int]] = {}
    columns: dict[str, set[tuple[int, int]]] = {}
    headers: dict[str, list[str]] = {}
    cached: dict[str, dict[str, str]] = {}
    flags: set[str] = set()
    merges = check_zip(
        data,
        file=file,
        kind="xlsx",
        merges=True,
        typed=typed,
        hidden=hidden,
        hidden_columns=columns,
        headers=headers,
        cached=cached,
        flags=flags,
    )
    refuse_strict(data, kind="xlsx", file=file)
    stale: dict[str, set[str]] = {}
    if FULL_CALC_ON_LOAD in flags:
        # The workbook asks for every formula to be computed on opening: the results it
        # stores were never computed (XlsxWriter's <v>0</v>), and Excel shows none of
        # them. They are read as results nobody computed: blank, and said.
        for member, found in cached.items():
            typed.setdefault(member, {}).update(found)
            stale[member] = set(found)
    ranges = {
        part: [cell_range for ref in refs if (cell_range := _cell_ref(ref)) is not None]
        for part, refs in merges.items()
    }
    bad_merges = {
        part: [ref for ref in refs if _cell_ref(ref) is None]
        for part, refs in merges.items()
        if any(_cell_ref(ref) is None for ref in refs)
    }
    data = _with_chartsheet_relationships(data)
    sheets = _read(
        openpyxl,
        data,
        ranges,
        file=file,
        read_only=True,
        typed=typed,
        hidden=hidden,
        hidden_columns=columns,
        bad_merges=bad_merges,
        headers=headers,
        stale=stale,
    )
    if sheets is None:
        # A full load creates an object for every cell of a merged range: bound them first.
        area = sum(
            (bottom - top + 1) * (right - left + 1)
            for part in ranges.values()
            for top, left, bottom, right in part
        )
        if area > MAX_CELLS:
            msg = f"合并单元格范围过大（共 {area} 个单元格，上限 {MAX_CELLS} 个），拒绝读取"
            raise ReadError(msg, file=file)
        # A full load always knows its merged ranges, so it never answers None.
        sheets = (
            _read(
                openpyxl,
                data,
                ranges,
                file=file,
                read_only=False,
                typed=typed,
                stale=stale,
            )
            or []
        )
    return sheets


# A chart sheet's part (xl/chartsheets/sheet1.xml) and where its relationships would be.
_CHARTSHEET = re.compile(r"((?:.*/)?chartsheets)/([^/]+\.xml)")
_NO_RELATIONSHIPS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'
)


def _with_chartsheet_relationships(data: bytes) -> bytes:
    """*data*, with an empty relationships part for each chart sheet that has none.

    A chart sheet without a chart (an empty one, as openpyxl and some exporters
    write it) has no ``_rels`` part, and openpyxl 3.1 then fails on the whole
    workbook (``'list' object has no attribute 'find'``). Chart sheets hold no
    cells and are never read; only a workbook that has such a sheet is copied.

    Example:
        >>> book = io.BytesIO()
        >>> with zipfile.ZipFile(book, "w") as archive:
        ...     archive.writestr("xl/chartsheets/sheet1.xml", "<chartsheet/>")
        >>> fixed = zipfile.ZipFile(io.BytesIO(_with_chartsheet_relationships(book.getvalue())))
        >>> sorted(fixed.namelist())
        ['xl/chartsheets/_rels/sheet1.xml.rels', 'xl/chartsheets/sheet1.xml']
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        missing = [
            f"{match.group(1)}/_rels/{match.group(2)}.rels"
            for name in names
            if "chartsheets/" in name and (match := _CHARTSHEET.fullmatch(name))
        ]
        missing = [name for name in missing if name not in names]
        if not missing:
            return data
        copy = io.BytesIO()
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
            for info in archive.infolist():
                target.writestr(info, archive.read(info))
            for name in missing:
                target.writestr(name, _NO_RELATIONSHIPS)
    return copy.getvalue()


def _read(  # noqa: PLR0913 - the reading options
    openpyxl: ModuleType,
    data: bytes,
    ranges: dict[str, list[tuple[int, int, int, int]]],
    *,
    file: str | None,
    read_only: bool,
    typed: dict[str, dict[str, str]] | None = None,
    hidden: dict[str, set[int]] | None = None,
    hidden_columns: dict[str, set[tuple[int, int]]] | None = None,
    bad_merges: dict[str, list[str]] | None = None,
    headers: dict[str, list[str]] | None = None,
    stale: dict[str, set[str]] | None = None,
) -> list[Sheet] | None:
    """Load and convert; ``None`` if read-only mode cannot name a worksheet's part.

    *stale* are, by part, the formula cells whose stored results are not to be read
    (the workbook asks for a full calculation on opening): blank, or their typed text.

    Read-only mode is the fast one (about 40% faster than a full load) but does
    not parse merged ranges: they come from :func:`check_zip`. A full load, the
    fallback, expands merged ranges itself, which :func:`check_zip` bounded.
    """
    where: str | None = None
    part: str | None = None
    bad_merges = bad_merges or {}
    workbook = None
    reader = None
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it drops (data validation extensions, missing
            # default styles): noise for someone reading a table, not a problem.
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            _install_tolerance(openpyxl)
            reader = _workbook_reader(openpyxl, data, read_only=read_only, file=file)
            loading = _Damage(file, "", functools.partial(_style_count, reader))
            _CURRENT.damage = loading  # a full load parses every worksheet here
            reader.read()
            reader.perftrack_part = None  # read: a worksheet's error is said by its sheet
            workbook = reader.wb
            from_serial = functools.partial(
                openpyxl.utils.datetime.from_excel, epoch=workbook.epoch
            )
            struck = _struck_styles(workbook)
            _refuse_charts_only(workbook, file)
            sheets: list[Sheet] = []
            for worksheet in workbook.worksheets:
                if worksheet.sheet_state != "visible":
                    # A hidden sheet is not shown to anyone: last year's copy, the lists
                    # of a drop-down; read, it made tables nobody filled in.
                    continue
                title = xstring_text(str(worksheet.title))
                where = _where(title)
                if read_only:
                    part = _part_of(worksheet)
                    if part is None:
                        return None
                    worksheet.reset_dimensions()  # a wrong <dimension> would cut rows off
                    merged = ranges.get(part.lstrip("/"), [])
                    hidden_rows = (hidden or {}).get(part.lstrip("/"), set())
                    column_ranges = (hidden_columns or {}).get(part.lstrip("/"), set())
                    page_headers = (headers or {}).get(part.lstrip("/"), [])
                else:
                    merged = [
                        (r.min_row, r.min_col, r.max_row, r.max_col)
                        for r in worksheet.merged_cells.ranges
                    ]
                    hidden_rows = {
                        number
                        for number, dimension in worksheet.row_dimensions.items()
                        if dimension.hidden and not dimension.outlineLevel
                    }
                    auto_filter = worksheet.auto_filter
                    if auto_filter.ref and (
                        auto_filter.filterColumn or worksheet.sheet_properties.filterMode
                    ):
                        hidden_rows.difference_update(_filtered_rows(auto_filter.ref))
                    column_ranges = {
                        (dimension.min, dimension.max or dimension.min)
                        for dimension in worksheet.column_dimensions.values()
                        if dimension.hidden and dimension.min
                    }
                    page_setup = worksheet.HeaderFooter
                    page_headers = [
                        str(item)
                        for item in ((page_setup.firstHeader,) if page_setup.differentFirst else ())
                        + (page_setup.oddHeader,)
                    ]
                # the worksheet's part: its typed formulas and stale results (a full load's
                # worksheet names none: the part the reader loaded it from)
                member = part if read_only else getattr(reader, "perftrack_parts", {}).get(title)
                damage = _Damage(file, where, functools.partial(_style_count, reader))
                _CURRENT.damage = damage
                cells = typed.get(member, {}) if typed and member else {}
                grid, struck_rows = _grid(
                    worksheet.iter_rows(),
                    from_serial,
                    file=file,
                    where=where,
                    struck=struck,
                    formulas=_formula_cells(cells) if struck else frozenset(),
                    day_zero=workbook.epoch == openpyxl.utils.datetime.WINDOWS_EPOCH,
                )
                _CURRENT.damage = None
                problems = damage.found()
                if not sheets:
                    problems = loading.found() + problems
                if read_only and part is not None:
                    problems += _bad_merges(bad_merges.get(part.lstrip("/"), ()))
                formulas: frozenset[tuple[int, int]] = frozenset()
                untrusted: frozenset[tuple[int, int]] = frozenset()
                if cells:
                    refs = (stale or {}).get(member.lstrip("/"), set()) if member else set()
                    if refs:
                        untrusted = _blank_results(grid, refs)
                    # not into a row struck out whole: a deleted indicator, its target too
                    _restore_typed(grid, cells, struck_rows)
                    formulas = _uncalculated(cells, hidden_rows | struck_rows)
                    untrusted &= formulas
                blank_merged(grid, merged, file=file, where=where)
                for number in hidden_rows:
                    # a row hidden by hand: a deleted indicator kept out of sight
                    if number <= len(grid):
                        grid[number - 1] = []
                trim_grid(grid)
                sheets.append(
                    grid_sheet(
                        grid,
                        file=file,
                        name=title,
                        hidden_columns=column_ranges,
                        merges=merged,
                        formulas=formulas,
                        stale_formulas=untrusted,
                        problems=problems,
                        page_title=header_title(page_headers),
                    )
                )
            return sheets
    except ReadError:
        raise
    except _MissingStringsError as exc:  # cells past the shared string table: more than a few
        if where is None and (loading_sheet := _loading_sheet(reader)) is not None:
            where = _where(loading_sheet[0])  # a full load parses the worksheets as it loads
        raise ReadError(exc.message, file=file, where=where) from None
    except IndexError as exc:  # a shared string cell pointing past the table, most likely
        found = _missing_shared_string(reader, data, part)
        if found is None:
            msg = f"无法读取 xlsx 文件（文件已损坏或格式不对）：{exception_detail(exc)}"
            raise ReadError(msg, file=file, where=where) from None
        sheet, msg = found
        raise ReadError(msg, file=file, where=_where(sheet) if sheet else where) from None
    except SyntaxError as exc:  # ElementTree.ParseError: a part's XML is broken or cut
        if part is None and (loading_sheet := _loading_sheet(reader)) is not None:
            # a worksheet openpyxl parses while loading the workbook (its dimension)
            title, part = loading_sheet
            where = _where(title)
        elif part is None and (known := package_problem(exc, data)) is not None:
            raise ReadError(known, file=file, where=where) from None
        line, column = getattr(exc, "position", None) or (0, 0)
        named = f"部件 {part.lstrip('/')} " if part else "XML 部件"
        msg = (  # expat counts columns from 0, a person (and lxml) from 1
            f"无法读取 xlsx 文件（文件已损坏或不完整）：{named}第 {line} 行第 {column + 1} 列"
            f"有 XML 错误（{expat_reason(exc)}）"
        )
        raise ReadError(msg, file=file, where=where) from None
    except Exception as exc:  # noqa: BLE001  (openpyxl raises anything on a corrupt file)
        if part is None and (loading_sheet := _loading_sheet(reader)) is not None:
            where = _where(loading_sheet[0])  # a worksheet loaded with the workbook
        elif part is not None and _raised_by_openpyxl(exc):
            # a value of the worksheet's part openpyxl cannot take (<col min="x">)
            msg = (
                f"无法读取 xlsx 文件（文件已损坏或格式不对）：部件 {part.lstrip('/')} "
                f"中有无法识别的内容（{exception_detail(exc)}）"
            )
            raise ReadError(msg, file=file, where=where) from None
        msg = (
            package_problem(exc, data)
            or _step_problem(reader, exc)
            or f"无法读取 xlsx 文件（文件已损坏或格式不对）：{exception_detail(exc)}"
        )
        raise ReadError(msg, file=file, where=where) from None
    finally:
        _CURRENT.damage = None
        if workbook is not None:
            workbook.close()


def _loading_sheet(reader: Any) -> tuple[str, str] | None:  # noqa: ANN401 (openpyxl's reader)
    """The sheet (its name, its part) openpyxl was loading with the workbook when it failed.

    ``None`` once the workbook is loaded, or when no worksheet was being loaded.
    """
    found = getattr(reader, "perftrack_sheet", None)
    if isinstance(found, tuple) and len(found) == 2:  # noqa: PLR2004 - (name, part)
        return str(found[0]), str(found[1])
    return None


def _raised_by_openpyxl(exc: BaseException) -> bool:
    """Whether *exc* was raised inside openpyxl (a value it cannot take), not by perftrack.

    Example:
        >>> _raised_by_openpyxl(ValueError("x"))
        False
    """
    beyond: list[str] = []  # the files of the frames past perftrack's last one
    frame = exc.__traceback__
    while frame is not None:
        name = frame.tb_frame.f_code.co_filename
        beyond = [] if "perftrack" in name else [*beyond, name]
        frame = frame.tb_next
    return any("openpyxl" in name for name in beyond)


def _style_count(reader: Any) -> int:  # noqa: ANN401 (openpyxl's reader)
    """The number of cell styles of the workbook *reader* loads (a cell's ``s`` indexes them)."""
    workbook = getattr(reader, "wb", None)
    return len(getattr(workbook, "_cell_styles", ()) or ())


def _bad_merges(refs: Iterable[str]) -> tuple[Problem, ...]:
    """The merged ranges whose reference cannot be read, as problems (the range is ignored)."""
    return tuple(
        Problem(
            "malformed-cell",
            f"合并单元格范围“{ref[:40]}”无效，已忽略；文件可能已损坏",
        )
        for ref in refs
    )


def _workbook_reader(
    openpyxl: ModuleType, data: bytes, *, read_only: bool, file: str | None
) -> Any:  # noqa: ANN401 (openpyxl)
    """The workbook reader of openpyxl for *data*, its shared strings read by perftrack.

    ``load_workbook`` is this reader's ``read()``; two of its steps are replaced
    on the instance: the shared string table is parsed by :func:`_shared_strings`
    (the rich text runs' formats and the escapes as stored, which openpyxl loses),
    and a worksheet the workbook lists without its part in the archive is refused
    as damage (openpyxl passes over it without a word).
    """
    reader = openpyxl.reader.excel.ExcelReader(
        io.BytesIO(data), read_only=read_only, data_only=True, keep_links=False
    )
    iterparse = require("defusedxml.ElementTree", "xlsx", file=file).iterparse
    read_worksheets = getattr(reader, "read_worksheets", None)
    read_strings_as_openpyxl = getattr(reader, "read_strings", None)
    if read_worksheets is None or read_strings_as_openpyxl is None:
        return reader  # an openpyxl whose reader is made otherwise: read as it reads

    def read_strings() -> None:
        try:
            content = reader.package.find(_SHARED_STRINGS_TYPE)
            valid_files = reader.valid_files
        except AttributeError:  # another openpyxl: its own reading (runs joined)
            read_strings_as_openpyxl()
            return
        if content is None:
            return
        name = str(content.PartName).lstrip("/")
        if name not in valid_files:
            msg = f"文件已损坏或不完整：缺少共享字符串部件 {name}"
            raise ReadError(msg, file=file)
        with reader.archive.open(name) as stream:
            try:
                reader.shared_strings = _shared_strings(stream, iterparse)
            except SyntaxError as exc:  # ElementTree.ParseError
                line, column = getattr(exc, "position", (0, 0))
                msg = (  # expat counts columns from 0
                    f"文件已损坏或不完整：共享字符串部件 {name} 第 {line} 行第 {column + 1} 列"
                    f"有 XML 错误（{expat_reason(exc)}）"
                )
                raise ReadError(msg, file=file) from None

    def read_worksheets_whole() -> None:
        try:
            listed = list(reader.parser.find_sheets())
            valid_files = reader.valid_files
        except AttributeError:  # another openpyxl: its own reading
            listed, valid_files = [], set()
        for sheet, relationship in listed:
            target = str(relationship.target)
            if (
                target not in valid_files
                and "chartsheet" not in str(relationship.Type)
                and (sheet.state or "visible") == "visible"
            ):
                title = xstring_text(str(sheet.name))
                msg = (
                    "文件已损坏或不完整：工作簿列出了这张工作表，"
                    f"但文件中没有它的内容（缺少部件 {target}）"
                )
                raise ReadError(msg, file=file, where=_where(title))
        titles = {
            str(relationship.target).lstrip("/"): xstring_text(str(sheet.name))
            for sheet, relationship in listed
        }
        # a full load's worksheets name no part: their typed and stale formulas are by part
        reader.perftrack_parts = {title: member for member, title in titles.items()}
        archive = getattr(reader, "archive", None)
        open_member = getattr(archive, "open", None)
        if archive is None or open_member is None or not titles:
            read_worksheets()
            return

        def open_noting(name: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 (zipfile's)
            """``archive.open``, noting the worksheet opened: an error is said of its sheet."""
            member = str(getattr(name, "filename", name)).lstrip("/")
            if member in titles:
                reader.perftrack_part = f"部件 {member}"
                reader.perftrack_sheet = (titles[member], member)
            return open_member(name, *args, **kwargs)

        archive.open = open_noting
        try:
            read_worksheets()
        finally:
            del archive.open  # the class's own again
        reader.perftrack_sheet = None  # read: no error is of a worksheet being loaded

    reader.read_strings = read_strings
    reader.read_worksheets = read_worksheets_whole
    reader.perftrack_sheet = None
    reader.perftrack_parts = {}
    _track_steps(reader)
    return reader


#: The steps of openpyxl's ``ExcelReader.read()``, each with the part it reads and the
#: part read after it when that is no method of the reader (the style sheet, read by a
#: function after the theme), as the messages name them.
_STEPS: Final = (
    ("read_manifest", "内容类型清单 [Content_Types].xml", None),
    ("read_strings", "共享字符串表 xl/sharedStrings.xml", None),
    ("read_workbook", "工作簿部件 xl/workbook.xml", None),
    ("read_properties", "文档属性 docProps/core.xml", None),
    ("read_custom", "自定义属性 docProps/custom.xml", None),
    ("read_theme", "主题 xl/theme/theme1.xml", "样式表 xl/styles.xml"),
    ("read_worksheets", "工作表部件", "工作簿部件 xl/workbook.xml"),
)


def _track_steps(reader: Any) -> None:  # noqa: ANN401 (openpyxl's reader)
    """Note in ``reader.perftrack_part`` the part the step of ``read()`` under way reads.

    So that whatever openpyxl raises on a damaged part (a ``TypeError`` from a style
    attribute of the wrong type) is said of that part, not only in openpyxl's words.
    """
    reader.perftrack_part = None
    for step, label, following in _STEPS:
        method = getattr(reader, step, None)
        if method is None:
            continue

        def run(
            method: Callable[[], None] = method,
            label: str = label,
            following: str | None = following,
        ) -> None:
            reader.perftrack_part = label
            method()
            if following is not None:
                reader.perftrack_part = following

        setattr(reader, step, run)


def _step_problem(reader: Any, exc: BaseException) -> str | None:  # noqa: ANN401 (openpyxl)
    """The message for *exc*, raised while ``reader.read()`` read a part it names; else None.

    openpyxl wraps a ``ValueError`` in one of its own that names the step and the
    archive's object: the cause is the one said.

    Example:
        >>> class Reader:
        ...     perftrack_part = "样式表 xl/styles.xml"
        >>> print(_step_problem(Reader(), TypeError("expected <class 'int'>")))
        无法读取 xlsx 文件（文件已损坏或格式不对）：样式表 xl/styles.xml 中有无法识别的内容（TypeError: expected <class 'int'>）
    """  # noqa: E501 - the message is one line
    label = getattr(reader, "perftrack_part", None)
    if not isinstance(label, str):
        return None
    cause = exc.__cause__
    if isinstance(exc, ValueError) and "Unable to read workbook" in str(exc) and cause is not None:
        exc = cause
    return (
        f"无法读取 xlsx 文件（文件已损坏或格式不对）：{label} 中有无法识别的内容"
        f"（{exception_detail(exc)}）"
    )


# A cell of the shared string type and the index its <v> holds (a formula may come first).
_SHARED_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]{0,40}:)?c\s([^>]{0,400}?\bt\s*=\s*[\"']s[\"'][^>]{0,400}?)>"
    rb"(?:\s*<(?:[A-Za-z_][\w.-]{0,40}:)?f\b[^>]*?(?:/>|>[^<]*</(?:[A-Za-z_][\w.-]{0,40}:)?f>))?"
    rb"\s*<(?:[A-Za-z_][\w.-]{0,40}:)?v>\s*([0-9]{1,12})\s*<"
)
_REF = re.compile(rb"\br\s*=\s*[\"']([A-Za-z]{1,3}[0-9]{1,7})[\"']")


def _missing_shared_string(
    reader: Any,  # noqa: ANN401 (openpyxl's reader)
    data: bytes,
    part: str | None,
) -> tuple[str | None, str] | None:
    """The sheet and message of a cell whose shared string index is past the table.

    Looked for only after openpyxl failed: in the worksheet being read (*part*), else
    in every worksheet the workbook lists. ``None`` if no such cell is found.
    """
    if reader is None:
        return None
    count = len(reader.shared_strings)
    sheets: list[tuple[str | None, str]] = []
    if part is not None:
        sheets.append((None, part.lstrip("/")))
    parser = getattr(reader, "parser", None)
    if parser is not None:
        sheets.extend(
            (xstring_text(str(sheet.name)), str(rel.target).lstrip("/"))
            for sheet, rel in parser.find_sheets()
        )
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        for sheet, name in sheets:
            if name not in names:
                continue
            for match in _SHARED_CELL.finditer(archive.read(name)):
                index = int(match.group(2))
                if index >= count:
                    ref = _REF.search(match.group(1))
                    cell = f"单元格 {ref.group(1).decode('ascii')} " if ref else "一个单元格"
                    msg = (  # the index counts from 0: index 1 of 1 string is the 2nd
                        f"文件已损坏或不完整：{cell}引用第 {index + 1} 项共享字符串，"
                        f"但共享字符串表只有 {count} 项"
                    )
                    return sheet, msg
    return None


def _refuse_charts_only(workbook: Any, file: str | None) -> None:  # noqa: ANN401 (openpyxl)
    """Refuse a workbook of chart sheets only: it holds no cell, so no table."""
    if not workbook.worksheets and workbook.chartsheets:
        names = "、".join(f"“{sheet.title}”" for sheet in workbook.chartsheets)
        msg = f"工作簿中只有图表工作表（{names}），没有含单元格的工作表，找不到表格"
        raise ReadError(msg, file=file)


# A formula that is really typed text: it holds more than ASCII (=5.00(个), =100%达标 in
# full-width…), or it is a figure and no more than a unit after it: a bare number or
# percentage (=5.00, =100%), a unit in brackets (=100.00(%), =2.00(km), the central
# template's targets typed in ASCII) or letters (=5km). A figure followed by a bracket or
# by letters is no formula Excel could compute (an operator would stand between them, as
# in =100*(B3/C3)); letters followed by a digit are no unit (=1E5 is a number, =5A1 no
# text). Formula syntax (_FORMULA_SYNTAX) makes any of them a formula.
_TYPED_FORMULA = re.compile(
    r"=(?:.*[^\x00-\x7f].*"
    r"|[-+]?[0-9]+(?:\.[0-9]+)?%?\s*(?:\([^()\"!&,=]{1,20}\)|[A-Za-z]{1,6})?)",
    re.DOTALL,
)
# What only a formula holds: a sheet reference (汇总!B3, '目标值'!B3, 目标表!A:B), a function
# call (IF(, SUM(, VLOOKUP(), the & operator, a quoted string literal. Any other ASCII
# formula (a cell reference or a name: =E8, =D5/C5, =PI(); a sum of figures: =100/3) is a
# formula nobody computed.
_FORMULA_SYNTAX = re.compile(r"![$]?[A-Za-z]{1,3}[$]?[0-9:]|[A-Za-z_][A-Za-z0-9_.]*\(|[&\"]")


def is_typed_formula(text: str) -> bool:
    """Whether *text*, a formula stored without a result, is text typed after an ``=``.

    A script writes any string that starts with ``=`` as a formula: the central
    template's ``=28所``, ``=12.5(平方公里)`` and ``=100.00(%)`` are such texts. A
    formula, with a sheet reference, a function call, ``&`` or a quoted string, or any
    other ASCII (``=D5/C5``, ``=E8``, ``=100/3``), is not: nobody computed it.

    Example:
        >>> [is_typed_formula(t) for t in ("=28所", "=12.5(平方公里)", "=5.00", "=100%")]
        [True, True, True, True]
        >>> [is_typed_formula(t) for t in ("=100.00(%)", "=2.00(km)", "=5km", "=-3.5(%)")]
        [True, True, True, True]
        >>> [is_typed_formula(t) for t in ("=汇总!B3", "='目标值'!B3", '="≥"&90&"%"', "=E8")]
        [False, False, False, False]
        >>> [is_typed_formula(t) for t in ("=100*(B3/C3)", "=1E5", "=5A1", "=100/3")]
        [False, False, False, False]
        >>> is_typed_formula('=IF(E6>=0.95,"达标","未达标")'), is_typed_formula("=DATE(2024,11,20)")
        (False, False)
    """
    return _TYPED_FORMULA.fullmatch(text) is not None and _FORMULA_SYNTAX.search(text) is None


def _typed_formulas(
    buffer: bytes, seen: int, typed: dict[str, str], cached: dict[str, str] | None = None
) -> None:
    """Add the formulas stored without a result in *buffer* to *typed* (cell → text).

    Scripts (openpyxl, pandas ``to_excel``) store any string that starts with ``=`` as a
    formula without a result, so the targets of the central template (``=5.00(个)``)
    would read as empty cells: those (:func:`is_typed_formula`) map to their text. A
    real formula (``=SUM(A1:B2)``, ``=汇总!B3``, ``=E8``) maps to ``""``: the cell is
    empty, and the table says it holds a formula nobody computed, and so does any
    other ASCII formula (``=100/3``), and so does a shared formula's other cell, which
    holds no text of its own (``<f t="shared" si="0"/>``). A formula that stores a result
    goes to *cached* instead, the same way (left out without it): its result is read
    unless the workbook asks for a full calculation on opening. Matches that end within
    the first *seen* bytes were found in the previous buffer.

    Example:
        >>> typed: dict[str, str] = {}
        >>> _typed_formulas(
        ...     b'<c r="F5"><f t="shared" ref="F5:F6" si="0">E5+1</f></c>'
        ...     b'<c r="F6"><f t="shared" si="0"/></c><c r="F7"><f t="array" ref="F7">E7*2</f></c>'
        ...     b'<x:c r="F8"><x:f aca="false">28&#25152;</x:f><x:v/></x:c>'
        ...     b'<c r="F9"><f>E9+1</f><v>0</v></c><c r="F10"><f>28&#25152;</f><v>0</v></c>',
        ...     0,
        ...     typed,
        ...     cached := {},
        ... )
        >>> typed, cached
        ({'F5': '', 'F6': '', 'F7': '', 'F8': '=28所'}, {'F9': '', 'F10': '=28所'})
    """
    for match in _UNCACHED.finditer(buffer):
        if match.end() <= seen:
            continue
        into = typed
        if match.group(2) is not None and match.group(2).strip():
            if cached is None:
                continue  # a formula Excel computed: its result is read
            into = cached
        formula = match.group(1) or b""  # empty: a shared formula's other cell
        text = "=" + html.unescape(formula.decode("utf-8", "replace"))
        cell = None
        for cell in _CELL_REF.finditer(buffer, max(0, match.start() - 400), match.start()):  # noqa: B007
            pass
        if cell is not None:
            if is_typed_formula(text):
                into[cell.group(1).decode("ascii")] = text
            else:
                into[cell.group(1).decode("ascii")] = ""  # a formula nobody computed


def _uncalculated(cells: dict[str, str], hidden_rows: set[int]) -> frozenset[tuple[int, int]]:
    """The 1-based (row, column) of the formulas nobody computed, outside *hidden_rows*."""
    found: set[tuple[int, int]] = set()
    for ref, text in cells.items():
        cell_range = _cell_ref(ref) if not text else None
        if cell_range is not None and cell_range[0] not in hidden_rows:
            found.add((cell_range[0], cell_range[1]))
    return frozenset(found)


def _formula_cells(cells: dict[str, str]) -> frozenset[tuple[int, int]]:
    """The 1-based (row, column) of the formulas of :func:`_typed_formulas`."""
    found: set[tuple[int, int]] = set()
    for ref in cells:
        cell_range = _cell_ref(ref)
        if cell_range is not None:
            found.add((cell_range[0], cell_range[1]))
    return frozenset(found)


def _blank_results(grid: list[list[str]], refs: Iterable[str]) -> frozenset[tuple[int, int]]:
    """Blank the results of the formula cells *refs*, in place; their (row, column).

    The workbook asks for a full calculation on opening: the results it stores
    were never computed (XlsxWriter's ``0``). A typed text (``=28所``) is put back
    by :func:`_restore_typed`.

    Example:
        >>> grid = [["巡查次数", "0"], ["整改次数", "0"]]
        >>> sorted(_blank_results(grid, ["B2", "C9"])), grid
        ([(2, 2), (9, 3)], [['巡查次数', '0'], ['整改次数', '']])
    """
    found: set[tuple[int, int]] = set()
    for ref in refs:
        cell_range = _cell_ref(ref)
        if cell_range is None:
            continue
        row, column = cell_range[0], cell_range[1]
        found.add((row, column))
        if row <= len(grid) and column <= len(grid[row - 1]):
            grid[row - 1][column - 1] = ""
    return frozenset(found)


def _restore_typed(
    grid: list[list[str]], cells: dict[str, str], struck_rows: frozenset[int] = frozenset()
) -> None:
    """Put the typed texts of :func:`_typed_formulas` into the empty cells they stand in.

    Not into the *struck_rows*, left out as struck whole (:func:`_grid`).
    """
    for ref, text in cells.items():
        if not text:
            continue  # a formula nobody computed: the cell stays empty
        cell_range = _cell_ref(ref)
        if cell_range is None:
            continue
        row, column = cell_range[0], cell_range[1]
        if row in struck_rows:
            continue
        while len(grid) < row:
            grid.append([])
        texts = grid[row - 1]
        while len(texts) < column:
            texts.append("")
        if not texts[column - 1]:
            texts[column - 1] = text


def trim_grid(grid: list[list[str]]) -> None:
    """Drop the empty cells and rows that blanking merged ranges left at the ends, in place.

    Example:
        >>> grid = [["标题", ""], ["", ""], []]
        >>> trim_grid(grid)
        >>> grid
        [['标题']]
    """
    for row in grid:
        while row and not row[-1]:
            row.pop()
    while grid and not grid[-1]:
        grid.pop()
