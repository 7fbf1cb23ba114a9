"""Word documents (.docx) → one :class:`Sheet` for the whole document.

The body is read in order: each paragraph outside a table becomes a one-cell
row (empty paragraphs are skipped), each table contributes its rows. Word has
no row numbers, so ``row_numbers`` count the Sheet's rows from 1; the Sheet
has no name.

A table row has one cell per column of the table's grid, the way a merged
Excel range is expanded: a cell spanning columns (``w:gridSpan``) gives its
text to its first column and ``""`` to the others; a cell continuing a
vertical merge (``w:vMerge`` without ``restart``, or the older ``w:hMerge``
continuation) is ``""``, so that a merged 一级指标 label appears only on the
first row of its group. Columns a row skips at its start (``w:gridBefore``)
are ``""`` too. This is what python-docx's ``row.cells`` gives when a cell's
text is kept only the first time its ``w:tc`` element is met, computed from the
XML directly so that long vertical merges cost nothing and forged spans are
bounded.

A cell's text is its paragraphs (those of tables nested in it included)
joined with a space, whitespace folded to single spaces. A cell that holds a
table alone on its row or beside one label lays out a form (绩效指标 | the grid
pasted into the form's cell): the cell is empty, and its paragraphs and its
table's rows follow the row as rows of their own. Paragraph text
includes tracked insertions, hyperlinks, fields' results and content
controls, and ticks and boxes typed in a symbol font (``w:sym``, as ``☑``/``☐``:
see :mod:`._symbols`); it leaves out deleted text, field codes, text boxes and
drawings, and Word 2003's inline comments, footnotes and section headers.

Untrusted files get the checks of :func:`._xlsx.check_zip` (size, zip bomb,
DOCTYPE in any XML part) and a bound of :data:`MAX_CELLS` cells; whatever
python-docx raises on a corrupt file becomes a :class:`~perftrack.ReadError`.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Protocol

from perftrack._errors import ReadError, exception_detail
from perftrack.readers._sheet import MAX_CELLS, Sheet, require
from perftrack.readers._symbols import symbol_mark
from perftrack.readers._xlsx import check_zip

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["read_body", "read_docx"]


class _Element(Protocol):
    """What the reader uses of an lxml element of the document."""

    #: The Clark name (``{namespace}local``); comments and processing instructions
    #: have a function here, which never equals a name.
    tag: str
    text: str | None

    def __iter__(self) -> Iterator[_Element]:
        """The child elements, in order."""

    def __len__(self) -> int:
        """The number of children."""

    def get(self, key: str, default: str) -> str:
        """An attribute, or *default*."""

    def find(self, path: str) -> _Element | None:
        """The first element matching *path*."""


# python-docx: "file '...' is not a Word file, content type is '...'".
_NOT_WORD = re.compile(r"is not a Word file, content type is '([^']*)'")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_P = f"{_W}p"
_TBL = f"{_W}tbl"
_TR = f"{_W}tr"
_TC = f"{_W}tc"
_T = f"{_W}t"
_VAL = f"{_W}val"
_TC_PR = f"{_W}tcPr"
_TR_PR = f"{_W}trPr"
_GRID_SPAN = f"{_W}gridSpan"
_GRID_BEFORE = f"{_W}gridBefore"
_V_MERGE = f"{_W}vMerge"
_H_MERGE = f"{_W}hMerge"

# Word 2003 XML's auxiliary hints (read by ._word_xml with the 2006 names otherwise).
_WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"

# Elements that only wrap block content (paragraphs, tables, rows, cells): content
# controls and custom XML, and Word 2003's sections and paragraph border groups.
_WRAPPERS = frozenset(
    {
        f"{_W}sdt",
        f"{_W}sdtContent",
        f"{_W}customXml",
        f"{_WX}sect",
        f"{_WX}sub-section",
        f"{_WX}pBdrGroup",
    }
)
# What a paragraph shows besides w:t.
_SPECIAL = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}
_SPECIAL[f"{_W}noBreakHyphen"] = "-"
# A character of a symbol font (插入 → 符号): a tick or a box, else nothing.
_SYM = f"{_W}sym"
_FONT = f"{_W}font"
_CHAR = f"{_W}char"
# Subtrees of a paragraph whose text is not part of it: deletions, moved-away text,
# text boxes and drawings (read as their own blocks nowhere), phonetic guides; the
# paragraph's properties (Word 2003 keeps a section's headers and footers in its last
# paragraph's w:pPr/w:sectPr) and Word 2003's footnotes and endnotes, which it writes
# inline where they are referenced.
_SKIPPED = frozenset(
    {
        f"{_W}del",
        f"{_W}moveFrom",
        f"{_W}drawing",
        f"{_W}pict",
        f"{_W}object",
        f"{_W}rt",
        f"{_MC}AlternateContent",
        f"{_W}pPr",
        f"{_W}footnote",
        f"{_W}endnote",
        f"{_W}annotationRef",
    }
)
# Word 2003's annotations: tracked changes (an insertion is read, a deletion holds only
# w:delText) and comments, written inline with their text, which are not read.
_ANNOTATION = "{http://schemas.microsoft.com/aml/2001/core}annotation"
_TYPE = f"{_W}type"
_COMMENT = "Word.Comment"


def read_docx(data: bytes, *, file: str | None = None) -> list[Sheet]:
    """Read a .docx document as one Sheet: its paragraphs and tables in body order.

    Needs the ``docx`` extra (python-docx, defusedxml). A document without
    tables gives its paragraphs; an empty document an empty Sheet. Raises
    :class:`~perftrack.ReadError` for anything that is not a readable .docx.

    Example:
        >>> sheets = read_docx(data, file="跟踪表.docx")  # doctest: +SKIP
        >>> sheets[0].rows[:3]  # doctest: +SKIP
        (('财政项目支出绩效跟踪表',), ('绩效指标', '', ''), ('一级指标', '二级指标', '三级指标'))
    """
    docx = require("docx", "docx", file=file)
    require("defusedxml", "docx", file=file)
    check_zip(data, file=file, kind="docx")
    try:
        document = docx.Document(io.BytesIO(data))
        rows = _Rows(file)
        rows.blocks(document.element.body)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001  (python-docx raises anything on a corrupt file)
        raise ReadError(_problem(exc), file=file) from None
    return [rows.sheet()]


def read_body(body: _Element, *, file: str | None = None) -> Sheet:
    """The Sheet of a document body's elements, read as :func:`read_docx` reads them.

    For the other readers of WordprocessingML (Word 2003 XML, Flat OPC), whose
    body is any element tree with the 2006 names (``{…/wordprocessingml/2006/main}p``).

    Example:
        >>> import xml.etree.ElementTree as ET
        >>> body = ET.fromstring(
        ...     '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        ...     "<w:p><w:r><w:t>绩效目标表</w:t></w:r></w:p></w:body>"
        ... )
        >>> read_body(body).rows
        (('绩效目标表',),)
    """
    rows = _Rows(file)
    rows.blocks(body)
    return rows.sheet()


def _problem(exc: Exception) -> str:
    """The message for whatever python-docx raised."""
    other = _NOT_WORD.search(str(exc))
    if other is not None:
        return f"不是 Word 文档（.docx）：文件主体的类型为 {other.group(1)}"
    return f"无法读取 docx 文件（文件已损坏或格式不对）：{exception_detail(exc)}"


class _Rows:
    """The rows of the Sheet being built, with a bound on the cells created."""

    def __init__(self, file: str | None) -> None:
        self.file = file
        self.rows: list[tuple[str, ...]] = []
        self.cells = 0

    def sheet(self) -> Sheet:
        """The rows read, as one Sheet, unless rows × width exceeds :data:`MAX_CELLS`."""
        width = max((len(row) for row in self.rows), default=0)
        if len(self.rows) * width > MAX_CELLS:
            msg = f"文档中的表格过大（{len(self.rows)} 行 × {width} 列，上限 {MAX_CELLS} 个单元格）"
            raise ReadError(msg, file=self.file)
        count = len(self.rows)
        return Sheet(tuple(self.rows), file=self.file, row_numbers=tuple(range(1, count + 1)))

    def spend(self, cells: int) -> None:
        """Count *cells* more, refusing a document that expands past :data:`MAX_CELLS`."""
        self.cells += cells
        if self.cells > MAX_CELLS:
            msg = f"文档中的表格过大（超过 {MAX_CELLS} 个单元格）"
            raise ReadError(msg, file=self.file)

    def blocks(self, parent: _Element) -> None:
        """Add the paragraphs and tables of the body (or a wrapper in it), in order."""
        for block in _children(parent, (_P, _TBL)):
            if block.tag == _P:
                text = _fold(_paragraph_text(block))
                if text:
                    self.spend(1)
                    self.rows.append((text,))
            else:
                self.table(block)

    def table(self, table: _Element) -> None:
        """Add a table's rows, one cell per grid column.

        A form's layout cell that holds a table (绩效指标 | the indicator grid, pasted
        into the form's cell; alone or beside one label) gives its paragraphs and
        its table's rows after the row, in order, as rows of their own.
        """
        for row in _children(table, (_TR,)):
            cells: list[str] = []
            before = _number(row.find(f"{_TR_PR}/{_GRID_BEFORE}"), 0)
            self.spend(before)
            cells.extend([""] * before)
            row_cells = list(_children(row, (_TC,)))
            layouts: list[_Element] = []
            for cell in row_cells:
                properties = cell.find(_TC_PR)
                span = _number(_find(properties, _GRID_SPAN), 1)
                self.spend(span)
                if _continues(properties):
                    cells.append("")
                elif _is_layout_cell(cell, len(row_cells)):
                    cells.append("")
                    layouts.append(cell)
                else:
                    cells.append(_cell_text(cell))
                cells.extend([""] * (span - 1))
            self.rows.append(tuple(cells))
            for cell in layouts:
                self.blocks(cell)


def _is_layout_cell(cell: _Element, cells_in_row: int) -> bool:
    """A cell that lays out a form: it holds a table, alone or beside one label.

    ``绩效指标 | the indicator grid`` of a form; a small table inside a cell of a row of
    the grid itself (an actual broken down) is that cell's text.
    """
    return cells_in_row <= 2 and any(True for _ in _children(cell, (_TBL,)))  # noqa: PLR2004


def _find(element: _Element | None, tag: str) -> _Element | None:
    return None if element is None else element.find(tag)


def _number(element: _Element | None, default: int) -> int:
    """The ``w:val`` of *element* as a positive count; *default* if absent or not a count."""
    if element is None:
        return default
    value = element.get(_VAL, "")
    return int(value) if value.isdigit() and int(value) > 0 else default


def _continues(properties: _Element | None) -> bool:
    """Whether a cell continues a merge started in a cell above or before it."""
    if properties is None:
        return False
    vertical = properties.find(_V_MERGE)
    if vertical is not None and vertical.get(_VAL, "continue") != "restart":
        return True
    horizontal = properties.find(_H_MERGE)
    return horizontal is not None and horizontal.get(_VAL, "continue") != "restart"


def _children(parent: _Element, tags: tuple[str, ...]) -> Iterator[_Element]:
    """Children of *parent* with one of *tags*, looking through content controls."""
    for child in parent:
        tag = child.tag
        if tag in tags:
            yield child
        elif tag in _WRAPPERS:
            yield from _children(child, tags)


def _cell_text(cell: _Element) -> str:
    """A table cell's paragraphs, nested tables' included, joined with spaces."""
    parts: list[str] = []
    _collect(cell, parts)
    return _fold(" ".join(parts))


def _collect(container: _Element, parts: list[str]) -> None:
    """Append the paragraph texts of a cell's blocks, in order, to *parts*."""
    for block in _children(container, (_P, _TBL)):
        if block.tag == _P:
            parts.append(_paragraph_text(block))
        else:
            for row in _children(block, (_TR,)):
                for cell in _children(row, (_TC,)):
                    if not _continues(cell.find(_TC_PR)):
                        _collect(cell, parts)


def _paragraph_text(element: _Element) -> str:
    """The text a paragraph shows (see the module docstring for what counts)."""
    parts: list[str] = []
    _walk(element, parts)
    return "".join(parts)


def _walk(element: _Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag in _SPECIAL:
            parts.append(_SPECIAL[tag])
        elif tag == _SYM:
            parts.append(symbol_mark(child.get(_FONT, ""), child.get(_CHAR, "")))
        elif (
            tag not in _SKIPPED
            and len(child)
            and (tag != _ANNOTATION or child.get(_TYPE, "") != _COMMENT)
        ):
            _walk(child, parts)


def _fold(text: str) -> str:
    """Runs of whitespace (line breaks, tabs, full-width spaces) as one space, ends stripped."""
    return " ".join(text.split())
