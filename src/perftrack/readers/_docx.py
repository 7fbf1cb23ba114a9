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
bounded. The columns are those of the table's grid (``w:tblGrid``), except that
edges of different rows less than 10 twips apart are one column boundary, as in
the .doc reader (a border dragged a few twips in one row). A table row that is a
tracked deletion is left out.

A cell's text is its paragraphs (those of tables nested in it included) as
lines, each with its whitespace folded to single spaces (a line break ``w:br``
inside a paragraph also starts a line), as an Excel cell holds lines; a
paragraph whose mark is a tracked deletion runs on into the next, as Word shows it.
A cell that holds a
table lays out a form (绩效指标 | the grid pasted into the form's cell) when the
table holds an indicator grid's header, when the row's other cells are empty,
or when the row has one other cell (a label): the cell is empty, and its
paragraphs and its table's rows follow the row as rows of their own (starting at
the cell's column when a label stands before it and the table is as wide as the
cell, so that the form's 总分 row keeps its columns under the grid's). Paragraph text
includes tracked insertions, hyperlinks, fields' results and content
controls, ticks and boxes typed in a symbol font (``w:sym``, as ``☑``/``☐``:
see :mod:`._symbols`) and the state of legacy form fields (a ``FORMCHECKBOX``
as ``☑``/``☐``, a ``FORMDROPDOWN``'s chosen entry); it leaves out deleted text,
field codes, text boxes (read after their paragraph only when the body holds no
indicator grid) and drawings, Word 2003's inline comments, footnotes
and section headers, note marks in superscript after a value (``94%`` and a
raised ``注``; a raised ``2`` after ``m`` stays), content controls showing their
placeholder, and runs
hidden (``w:vanish``) or struck out (``w:strike``, ``w:dstrike``) by their own
formatting or by their character or paragraph style (resolved once per
document from the styles part). A table row whose text is all hidden or
struck out is left out.

A table title printed only in the page header (``word/header1.xml``, referenced
from the section properties: a template repeating 2024年度项目支出绩效自评表 on
every page) is the Sheet's ``page_title``, which the grid interpreter gives every
table without a title of its own; the header is no row of the Sheet.

An ``w:altChunk`` (content Word imports when it opens the file: how export code
writes an HTML table into a .docx) is read in its place by the reader of its
part's format: HTML or XHTML, MHT, plain text, or a Word document. A document
holding a chunk of another format (RTF) and no indicator grid is refused with a
message naming altChunk.

Macro-enabled documents and templates (.docm, .dotx, .dotm), whose main part
python-docx refuses by its content type, are read from a copy of the package
whose ``[Content_Types].xml`` gives the main part a document's type (and an
imported Word document, stored as a part under the main part's type, a
package's); nothing else of the package is changed, and macros are never read.

Untrusted files get the checks of :func:`._xlsx.check_zip` (size, zip bomb,
DOCTYPE in any XML part) and a bound of :data:`MAX_CELLS` cells; whatever
python-docx raises on a corrupt file becomes a :class:`~perftrack.ReadError`.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import TYPE_CHECKING, Any, Final, Protocol

from attrs import evolve

from perftrack._errors import ReadError
from perftrack.readers._detect import WORD_MAIN_TYPES
from perftrack.readers._grid import is_grid_header_row, is_title_text
from perftrack.readers._sheet import Problem, RowSink, Sheet, require
from perftrack.readers._symbols import raised_text, symbol_mark
from perftrack.readers._xlsx import (
    _MISSING_MEMBER,
    broken_part_problem,
    check_zip,
    package_problem,
    refuse_strict,
)

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

    def __getitem__(self, index: int) -> _Element:
        """The child at *index*."""

    def get(self, key: str, default: str) -> str:
        """An attribute, or *default*."""

    def find(self, path: str) -> _Element | None:
        """The first element matching *path*."""

    def iter(self, tag: str) -> Iterator[_Element]:
        """The element and its descendants named *tag*, in document order."""


# python-docx: "file '...' is not a Word file, content type is '...'".
_NOT_WORD = re.compile(r"is not a Word file, content type is '([^']*)'")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_P = f"{_W}p"
_R = f"{_W}r"
_PPR = f"{_W}pPr"
_RPR = f"{_W}rPr"
_P_STYLE = f"{_W}pStyle"
_R_STYLE = f"{_W}rStyle"
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

# Run properties whose text a reader of the document does not see as its text, each
# with its place in a _Format: hidden text (字体 → 隐藏, off on screen and in print) and
# struck-out text (single or double, what a reviewer reads as deleted). w:webHidden
# is shown in print, so read.
_UNSHOWN = {f"{_W}vanish": 0, f"{_W}strike": 1, f"{_W}dstrike": 2}
# Each of the _UNSHOWN properties as set (True), unset (False) or not said (None).
_Format = tuple[bool | None, bool | None, bool | None]
_UNSET: _Format = (None, None, None)
# ST_OnOff values that turn a property off (w:val absent means on).
_OFF = frozenset({"0", "false", "off"})
# styles.xml: the styles (their type, id, parent) and the document's default run properties.
_STYLE = f"{_W}style"
_STYLE_ID = f"{_W}styleId"
_BASED_ON = f"{_W}basedOn"
_DEFAULT = f"{_W}default"
_DOC_DEFAULTS = f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr"
# A style chain longer than this is forged (Word's own are a few styles deep).
_STYLE_DEPTH = 64

# Superscript (w:vertAlign): a note mark after a value (94%注, 13处¹) is no part of it.
_VERT_ALIGN = f"{_W}vertAlign"

# Content controls: one showing its placeholder text (单击或点击此处输入文字。) is empty.
_SDT = f"{_W}sdt"
_PLACEHOLDER = f"{_W}sdtPr/{_W}showingPlcHdr"
# Legacy form fields (旧式窗体): a check box's or drop-down's state is only in the
# w:ffData of the field's w:fldChar begin, never in a text run.
_FLD_CHAR = f"{_W}fldChar"
_FF_DATA = f"{_W}ffData"
_CHECK_BOX = f"{_W}checkBox"
_CHECKED = f"{_W}checked"
_DD_LIST = f"{_W}ddList"
_RESULT = f"{_W}result"
_LIST_ENTRY = f"{_W}listEntry"
_CHECKED_BOX = "\u2611"  # ☑
_EMPTY_BOX = "\u2610"  # ☐

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
        f"{_W}rPr",
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
    rows = _read(data, file, 0)
    rows.check_chunks()
    return [evolve(rows.sheet(), page_title=rows.page_title)]


def _read(data: bytes, file: str | None, depth: int) -> _Rows:
    """The rows of a document (*depth* 0) or of a document imported into one (1, 2)."""
    docx = require("docx", "docx", file=file)
    require("defusedxml", "docx", file=file)
    check_zip(data, file=file, kind="docx")
    refuse_strict(data, kind="docx", file=file)
    try:
        document, missing = _open_past_missing(docx, data)
        styles = _Styles(document.styles.element)
        body = document.element.body
        rows = _Rows(file, styles, _Chunks(document.part, depth))
        rows.blocks(body)
        if _boxes_grid(body, rows):
            rows = _Rows(file, styles, _Chunks(document.part, depth), boxes=True)
            rows.blocks(body)
        if missing:
            rows.problems.append(Problem("malformed-cell", _missing_parts(missing)))
        if depth == 0:
            rows.page_title = _page_title(document, rows) or _box_title(body, rows)
    except ReadError:
        raise
    except Exception as exc:
        # python-docx raises anything on a corrupt file: its error stays the cause
        # (perftrack --verbose prints it), out of the message
        msg = package_problem(exc, data, "docx") or _problem(exc, data)
        raise ReadError(msg, file=file) from exc
    return rows


# A section's properties: its page headers (default, first page, even pages) and whether
# its first page has a header of its own (w:titlePg).
_SECT_PR = f"{_W}sectPr"
_HEADER_REFERENCE = f"{_W}headerReference"
_TITLE_PG = f"{_W}titlePg"


def _page_title(document: Any, rows: _Rows) -> str | None:  # noqa: ANN401 (python-docx)
    """The first table title printed in the page headers of the document's sections.

    Templates put the title (2024年度项目支出绩效自评表) in the header so that it
    repeats on every page. Each section's first-page header (when the section has
    one, ``w:titlePg``) then its default header are looked at, in section order;
    the first paragraph or table cell that reads as a title is taken. Headers
    are read as the body is (hidden and struck text left out).
    """
    part = document.part
    for section in document.element.body.iter(_SECT_PR):
        first_page = section.find(_TITLE_PG)
        kinds = ["default"]
        if first_page is not None and first_page.get(_VAL, "1").lower() not in _OFF:
            kinds.insert(0, "first")
        references = {
            reference.get(_TYPE, "default"): reference.get(_R_ID, "")
            for reference in section.iter(_HEADER_REFERENCE)
        }
        for kind in kinds:
            relationship = part.rels.get(references.get(kind, ""))
            if (
                relationship is None
                or relationship.is_external
                or not str(relationship.reltype).endswith("/header")
            ):
                continue  # a reference to no header part (a broken or forged package)
            element = getattr(relationship.target_part, "element", None)
            if element is None:
                continue
            if (title := _title_in(element, rows)) is not None:
                return title
    return None


def _title_in(element: _Element, rows: _Rows) -> str | None:
    """The first paragraph or cell of *element* (a header, a text box) read as a title."""
    inside = _Rows(rows.file, rows.styles)
    inside.blocks(element)
    for row in inside.rows:
        for text in row:
            if text and is_title_text(text):
                return text.replace("\n", " ")
    return None


def _box_title(body: _Element, rows: _Rows) -> str | None:
    """A table title in a text box above the body's first table, when boxes are not read.

    A report may set its title (2024年度项目支出绩效自评表) in a text box over the
    grid. Text boxes are read as rows only when the body holds no grid (see
    :func:`_boxes_grid`); otherwise the first paragraph or cell of a box anchored
    before the first table that reads as a title is taken as a page header's title
    is (word26 H4): it gives the table its title and year when it prints none.
    """
    if rows.boxes:
        return None
    for block in _children(body, (_P, _TBL)):
        if block.tag == _TBL:
            break
        for box in _text_boxes(block):
            if (title := _title_in(box, rows)) is not None:
                return title
    return None


# w:altChunk: content in another format (HTML, MHT, text, a Word document) that Word
# imports where the element stands when it opens the file; export code (docx4j's
# addAltChunk, the OpenXML SDK's AltChunk, poi-tl) writes tables so.
_ALT_CHUNK = f"{_W}altChunk"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_MHT_TYPES = frozenset({"message/rfc822", "multipart/related", "application/x-mimearchive"})
_TEXT_TYPES = frozenset({"text/plain"})
# The kinds of chunk by the extension of the part's name, when its type says nothing.
_CHUNK_EXTENSIONS = {
    "htm": "html", "html": "html", "xhtml": "html", "xht": "html",
    "mht": "mhtml", "mhtml": "mhtml", "txt": "text", "docx": "docx",
    "rtf": "RTF",
}  # fmt: skip
# A Word document imported into one imported into one … is read this deep.
_CHUNK_DEPTH = 2


class _Chunks:
    """The altChunk parts of a document: each chunk's kind and bytes by relationship id."""

    def __init__(self, part: Any, depth: int) -> None:  # noqa: ANN401 (python-docx is untyped)
        self.part = part
        self.depth = depth

    def get(self, ident: str) -> tuple[str, bytes]:
        """The kind (``html``, ``mhtml``, ``text``, ``docx`` or what it is) and the bytes."""
        relationship = self.part.rels.get(ident)
        if relationship is None or relationship.is_external:
            return "", b""
        target = relationship.target_part
        content_type = str(target.content_type).partition(";")[0].strip().lower()
        name = str(target.partname).rpartition(".")[2].lower()
        if content_type in _HTML_TYPES:
            kind = "html"
        elif content_type in _MHT_TYPES:
            kind = "mhtml"
        elif content_type in _TEXT_TYPES:
            kind = "text"
        elif content_type in _CHUNK_WORD_TYPES:
            kind = "docx"
        else:
            kind = _CHUNK_EXTENSIONS.get(name, content_type or name)
        return kind, bytes(target.blob)


def read_body(body: _Element, *, file: str | None = None, styles: _Element | None = None) -> Sheet:
    """The Sheet of a document body's elements, read as :func:`read_docx` reads them.

    For the other readers of WordprocessingML (Word 2003 XML, Flat OPC), whose
    body is any element tree with the 2006 names (``{…/wordprocessingml/2006/main}p``);
    *styles* is the document's ``w:styles`` with the same names, if it has one (the
    styles that hide or strike out text).

    Example:
        >>> import xml.etree.ElementTree as ET
        >>> body = ET.fromstring(
        ...     '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        ...     "<w:p><w:r><w:t>绩效目标表</w:t></w:r></w:p></w:body>"
        ... )
        >>> read_body(body).rows
        (('绩效目标表',),)
    """
    rows = _Rows(file, _Styles(styles))
    rows.blocks(body)
    if _boxes_grid(body, rows):
        rows = _Rows(file, _Styles(styles), boxes=True)
        rows.blocks(body)
    rows.check_chunks()
    return rows.sheet()


# Text boxes (插入 → 文本框): their blocks, in a shape (wps:txbx) or a VML shape (v:textbox,
# also the mc:Fallback Word writes beside the shape, a copy of it).
_TXBX_CONTENT = f"{_W}txbxContent"
_FALLBACK = f"{_MC}Fallback"


def _boxes_grid(body: _Element, rows: _Rows) -> bool:
    """Whether the body's rows hold no indicator grid but the body has a text box.

    Then the document is read again with its text boxes (a grid drawn in one: the
    whole 自评表 pasted into a text box under the title). Looking for one is a walk
    of the tree in C, and only a document with one is looked at further.
    """
    if next(iter(body.iter(_TXBX_CONTENT)), None) is None:
        return False
    return not any(is_grid_header_row(row) for row in rows.rows)


def _text_boxes(element: _Element) -> Iterator[_Element]:
    """The text boxes' contents (``w:txbxContent``) in *element*, in order.

    The VML copy Word writes in ``mc:Fallback`` beside a shape is left out, and so is
    a text box inside one (read with it).
    """
    for child in element:
        tag = child.tag
        if tag == _TXBX_CONTENT:
            yield child
        elif tag != _FALLBACK and len(child):
            yield from _text_boxes(child)


# The main parts of macro-enabled documents and of templates, which python-docx refuses
# although their body is a document's: read as a document (the macros are never read).
_MAIN_TYPES = tuple(
    f"application/vnd.{'' if kind.startswith('ms-') else 'openxmlformats-officedocument.'}{kind}"
    for kind in WORD_MAIN_TYPES
)
_DOCUMENT_MAIN = _MAIN_TYPES[0]
_OTHER_MAINS = frozenset(_MAIN_TYPES[1:])
_MAINS = frozenset(_MAIN_TYPES)
_PACKAGE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The (lower-case) types of a Word document imported as an altChunk.
_CHUNK_WORD_TYPES = frozenset(kind.lower() for kind in (*_MAINS, _PACKAGE_TYPE))
_CONTENT_TYPES = "[Content_Types].xml"


#: How many missing parts are read past before the document is refused.
_MAX_MISSING: Final = 20
# A relationship of a .rels part, its target and its mode.
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_TARGET = re.compile(rb"""\bTarget\s*=\s*["']([^"']*)["']""")
_MAIN_RELATIONSHIP = re.compile(rb"""\bType\s*=\s*["'][^"']*/officeDocument["']""")


def _open_past_missing(docx: Any, data: bytes) -> tuple[Any, list[str]]:  # noqa: ANN401
    """:func:`_open`, reading past parts the package lists but lacks; the parts missed.

    python-docx loads every part a relationship names, and refuses the document
    for one it cannot find: a ``docProps/thumbnail.jpeg``, ``word/fontTable.xml`` or
    ``customXml/item1.xml`` dropped by a tool that rewrote the zip stopped the table
    (r35g). Word opens such a file. Each missing part but the document's body is
    read past: the relationships to it are left out, and the document read again.
    """
    missing: list[str] = []
    while True:
        try:
            return _open(docx, data), missing
        except KeyError as exc:
            found = _MISSING_MEMBER.search(str(exc))
            if found is None or len(missing) >= _MAX_MISSING:
                raise
            part = found.group(1)
            without = _without_relationships_to(data, part)
            if without is None:
                raise
            missing.append(part)
            data = without


def _without_relationships_to(data: bytes, part: str) -> bytes | None:
    """A copy of the package *data* whose relationships do not name *part*, or None.

    None when *part* is the document's body (the target of the package's
    ``officeDocument`` relationship) or no relationship names it.
    """
    changed = False
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            name = info.filename
            if name.endswith(".rels"):
                folder = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels → word
                kept = content
                for match in _RELATIONSHIP.finditer(content):
                    to = _TARGET.search(match.group(0))
                    if to is None or _resolved(folder, to.group(1)) != part:
                        continue
                    if _MAIN_RELATIONSHIP.search(match.group(0)) is not None:
                        return None  # the body itself: nothing to read
                    kept = kept.replace(match.group(0), b"", 1)
                changed = changed or kept != content
                content = kept
            target.writestr(info, content)
    return buffer.getvalue() if changed else None


def _resolved(folder: str, target: bytes) -> str:
    """The part name a relationship's *target* names, from a part in *folder*."""
    text = target.decode("utf-8", "replace")
    joined = text.lstrip("/") if text.startswith("/") else posixpath.join(folder, text)
    return posixpath.normpath(joined).lstrip("/")


def _missing_parts(parts: list[str]) -> str:
    """The warning for the parts :func:`_open_past_missing` read past."""
    return (
        f"文件缺少部件 {'、'.join(parts)}（文档的关系中列出了它），已跳过，"
        "表格内容照常读取；文件可能已损坏，请核对原文件"
    )


def _open(docx: Any, data: bytes) -> Any:  # noqa: ANN401 (python-docx is untyped)
    """The python-docx Document of *data*, a .docm, .dotx or .dotm read as a .docx.

    Only when python-docx refuses the package is it copied (in memory, the parts
    unchanged) with other content types: the main part of a macro-enabled document
    or a template gets a document's, and a Word document imported as an altChunk
    (a package stored as a part, under the main part's type, which python-docx
    would parse as XML) the type of a package.
    """
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:
        other = _NOT_WORD.search(str(exc))
        if other is not None and other.group(1) not in _OTHER_MAINS:
            raise
        try:
            retyped = _retyped(data, None if other is None else other.group(1))
        except Exception:  # noqa: BLE001 (a broken member: the first error tells more)
            retyped = None
        if retyped is None:
            raise
        return docx.Document(io.BytesIO(retyped))


# An Override of [Content_Types].xml, and an attribute of one.
_OVERRIDE = re.compile(r"<Override\b[^>]*>")
_ATTRIBUTE = re.compile(r"""(PartName|ContentType)\s*=\s*["']([^"']*)["']""")


def _retyped(data: bytes, main: str | None) -> bytes | None:
    """A copy of the package *data* with the content types python-docx needs, or None.

    *main*, the type of the main part python-docx refused, becomes a document's; a
    part of a main type that is no XML part (``/word/chunk.docx``) a package's.
    """

    def retype(override: re.Match[str]) -> str:
        element = override.group()
        attributes = dict(_ATTRIBUTE.findall(element))
        kind = attributes.get("ContentType", "")
        if kind in _MAINS and not attributes.get("PartName", "").lower().endswith(".xml"):
            return element.replace(kind, _PACKAGE_TYPE)
        return element

    copy = io.BytesIO()
    changed = False
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename == _CONTENT_TYPES:
                text = content.decode("utf-8", "replace")
                fixed = _OVERRIDE.sub(retype, text)
                if main is not None:
                    fixed = fixed.replace(main, _DOCUMENT_MAIN)
                changed = fixed != text
                content = fixed.encode()
            target.writestr(info.filename, content)
    return copy.getvalue() if changed else None


def _problem(exc: Exception, data: bytes) -> str:
    """The message for whatever python-docx raised on the package *data*.

    A main part of another type names it; else an XML part that does not parse
    (python-docx may trip on another part first: ``AttributeError … 'overrides'`` on a
    ``[Content_Types].xml`` of no namespace, read54 L3); else the file is said broken,
    without the library's words (the exception is chained to the error instead).
    """
    other = _NOT_WORD.search(str(exc))
    if other is not None:
        return f"不是 Word 文档（.docx）：文件主体的类型为 {other.group(1)}"
    return broken_part_problem(data, "docx") or (
        "无法读取 docx 文件（文件已损坏或格式不对）：文件结构不是 Word 文档应有的，"
        "请在 Word 或 WPS 中打开后另存为 .docx 再试"
    )


class _Rows(RowSink):
    """The rows of the Sheet being built, with a bound on the cells created."""

    def __init__(
        self,
        file: str | None,
        styles: _Styles,
        chunks: _Chunks | None = None,
        *,
        boxes: bool = False,
    ) -> None:
        super().__init__(file)
        self.styles = styles
        self.chunks = chunks
        #: Whether the text boxes of the body's paragraphs are read (see :func:`_boxes_grid`).
        self.boxes = boxes
        #: The kinds of the altChunk parts that could not be read (RTF), in order.
        self.unread: list[str] = []
        #: How many runs were left out as hidden or struck out so far.
        self.unshown = 0
        #: How many tables nested in cells were read as cell text so far.
        self.nested = 0
        #: The title the document's page header prints (see :func:`_page_title`).
        self.page_title: str | None = None

    def blocks(self, parent: _Element, offset: int = 0, cell: tuple[int, int] = (0, 0)) -> None:
        """Add the paragraphs and tables of the body (or a wrapper in it), in order.

        A table's rows start at column *offset*, or, in a form's layout cell after
        its label (*cell*: its column and span), at the cell's column when the table
        is as wide as the cell (see :meth:`table`); paragraphs are one-cell rows.
        """
        joined: list[_Element] = []  # paragraphs whose mark is deleted, run on into the next
        for block in _children(parent, (_P, _TBL, _ALT_CHUNK)):
            if block.tag == _P:
                joined.append(block)
                if not _mark_deleted(block):
                    self.paragraphs(joined)
                continue
            self.paragraphs(joined)
            if block.tag == _TBL:
                column, span = cell
                start = len(self.rows)
                self.table(block, column if span and _table_width(block) == span else offset)
                self.leave_appendix(start)
            else:
                for row in self.chunk(block.get(_R_ID, "")):
                    self.spend(len(row))
                    self.rows.append(row)
        self.paragraphs(joined)

    def leave_appendix(self, start: int) -> None:
        """Leave out the table just added from row *start* on when it is an appendix list.

        It is when a caption paragraph stands before it (``附：指标明细``, ``附表1``,
        ``附件：…``), it opens with an indicator grid's header, and the indicator grid
        before it, closed by its total row (``总分``, ``合计``), had another header
        (``序号 | 三级指标 | 指标值 | 完成值`` after ``一级指标 | 二级指标 | 三级指标 |
        年度指标值 | 实际完成值``): a list of the
        same indicators again, never more rows of the first grid (word38 H2). Said
        as an info finding. A grid with the same header goes on (a table split
        over pages).
        """
        if start < 2 or start >= len(self.rows):  # noqa: PLR2004 (a grid, then a caption)
            return
        caption = self.rows[start - 1]
        if len(caption) != 1 or _APPENDIX_CAPTION_RE.match(caption[0]) is None:
            return
        header = _filled(self.rows[start])
        if not is_grid_header_row(self.rows[start]):
            return
        grids = [index for index in range(start - 1) if is_grid_header_row(self.rows[index])]
        if not grids or _filled(self.rows[grids[-1]]) == header:
            return
        if not any(  # the grid before closed by its total
            (filled := _filled(row)) and _TOTAL_RE.match(filled[0]) is not None
            for row in self.rows[grids[-1] + 1 : start - 1]
        ):
            return
        if _WHOLE_TABLE_RE.search(caption[0]) is not None or not _repeats(
            self.rows[grids[-1] : start - 1], self.rows[start:]
        ):
            return  # another project's table (word98 W1)
        count = len(self.rows) - start - 1
        self.drop_from(start)
        self.problems.append(
            Problem(
                "layout-normalised",
                f"“{caption[0]}”后的指标表（表头“{' | '.join(header)}”，{count}行）"
                "与主表表头不同，视为附表，未读入",
                start + 1,
                info=True,
            )
        )

    def paragraphs(self, joined: list[_Element]) -> None:
        """Add paragraphs shown as one (all but the last with its mark deleted) as a row.

        *joined* is emptied. The text boxes of the paragraphs follow, when read.
        """
        if not joined:
            return
        text = _fold_paragraph("".join(self.paragraph_text(paragraph) for paragraph in joined))
        if text:
            self.spend(1)
            self.rows.append((text,))
        if self.boxes:
            for paragraph in joined:
                for box in _text_boxes(paragraph):
                    self.blocks(box)  # after the paragraph that anchors it
        joined.clear()

    def chunk(self, ident: str) -> list[tuple[str, ...]]:
        """The rows of an altChunk's content, read in its own format (none if unreadable)."""
        kind, data = self.chunks.get(ident) if self.chunks is not None else ("", b"")
        sheets: list[Sheet]
        if kind == "html":
            from perftrack.readers._decode import decode  # noqa: PLC0415
            from perftrack.readers._html import read_html  # noqa: PLC0415

            sheets = read_html(decode(data, file=self.file), file=self.file)
        elif kind == "mhtml":
            from perftrack.readers._mhtml import read_mhtml  # noqa: PLC0415

            sheets = read_mhtml(data, file=self.file)
        elif kind == "text":
            from perftrack.readers._decode import decode  # noqa: PLC0415
            from perftrack.readers._text import read_tsv  # noqa: PLC0415

            sheets = read_tsv(decode(data, file=self.file), file=self.file)
        elif kind == "docx" and self.chunks is not None and self.chunks.depth < _CHUNK_DEPTH:
            imported = _read(data, self.file, self.chunks.depth + 1)
            self.unread.extend(imported.unread)
            sheets = [imported.sheet()]
        else:
            self.unread.append(kind)
            return []
        return [row for sheet in sheets for row in sheet.rows]

    def check_chunks(self) -> None:
        """Refuse a document whose grid may be in an altChunk that could not be read.

        A document that has an indicator grid's header anyway is read as it is.
        """
        if self.unread and not any(is_grid_header_row(row) for row in self.rows):
            kinds = "、".join(dict.fromkeys(kind.upper() for kind in self.unread if kind))
            msg = (
                f"文档含 altChunk 导入内容{f'（{kinds}）' if kinds else ''}，无法直接读取："
                "请在 Word 中打开并另存为 .docx 后重试"
            )
            raise ReadError(msg, file=self.file)

    def table(self, table: _Element, offset: int = 0) -> None:
        """Add a table's rows, one cell per grid column, from column *offset* on.

        A form's layout cell that holds a table (绩效指标 | the indicator grid, pasted
        into the form's cell: see :meth:`lays_out`; beside one label, any table)
        gives its paragraphs and its table's rows after the row, in order, as rows
        of their own. When a label stands before the cell in its row and the table
        is as wide as the cell, the table's rows start at the cell's column, as the
        form shows them: the form's rows after it (``总分 | … | 100 | 96.90``) then
        keep their 分值 and 得分 under the grid's. A row whose
        text is all hidden or struck out (an indicator dropped and hidden) is left out.
        """
        columns = _columns(table)
        for row in _children(table, (_TR,)):
            if _deleted(row):
                continue
            unshown = self.unshown
            cells: list[str] = [""] * offset
            edge = _number(row.find(f"{_TR_PR}/{_GRID_BEFORE}"), 0)
            before = _column(columns, edge)
            self.spend(before + offset)
            cells.extend([""] * before)
            row_cells = list(_children(row, (_TC,)))
            few = len(row_cells) <= 2  # noqa: PLR2004 (a label and the form's cell)
            layouts: list[tuple[int, int, _Element]] = []  # column, span, cell
            # Cells of a wider row that hold a table: (column, cell), decided after the row.
            holding: list[tuple[int, int, _Element]] = []
            merged: list[tuple[int, int, bool]] = []  # column, span, down: cells of merges
            for cell in row_cells:
                properties = cell.find(_TC_PR)
                start = edge
                edge += _number(_find(properties, _GRID_SPAN), 1)
                # never 0: edges a row has both of are never one column
                span = _column(columns, edge) - _column(columns, start)
                self.spend(span)
                if _continues(properties):
                    merged.append((len(cells), span, _continues_down(properties)))
                    cells.append("")
                elif few and _holds_table(cell):
                    layouts.append((len(cells), span, cell))
                    cells.append("")
                else:
                    nested = self.nested
                    cells.append(self.cell_text(cell))
                    if self.nested != nested:
                        holding.append((len(cells) - 1, span, cell))
                    if span > 1:  # one cell over several grid columns: merged across
                        merged.append((len(cells), span - 1, False))
                cells.extend([""] * (span - 1))
            for column, span, cell in holding:
                if self.lays_out(cell, column, cells):
                    cells[column] = ""
                    layouts.append((column, span, cell))
            if self.unshown > unshown and not layouts and not any(cells):
                continue
            for column, span, down in merged:
                self.merge(column, span, down=down)
            self.rows.append(tuple(cells))
            for column, span, cell in layouts:
                # 绩效指标 | [grid]: the grid's columns are the form's from the cell on
                self.blocks(cell, offset, (column, span) if any(cells[offset:column]) else (0, 0))

    def lays_out(self, cell: _Element, column: int, cells: list[str]) -> bool:
        """Whether *cell* of a row of three or more cells, holding a table, lays out a form.

        It does when the row's other cells are empty, or when a table in it holds an
        indicator grid's header (``绩效指标 | 年度绩效指标完成情况 | [grid]``, or the grid
        with an empty cell after it where the pasted table is narrower than the form).
        A small table in a cell of the grid itself (an actual broken down) is the
        cell's text.
        """
        if not any(text for index, text in enumerate(cells) if index != column):
            return True
        unshown = self.unshown
        try:
            for table in _children(cell, (_TBL,)):
                for row in _children(table, (_TR,)):
                    texts = [
                        self.cell_text(inner)
                        for inner in _children(row, (_TC,))
                        if not _continues(inner.find(_TC_PR))
                    ]
                    if is_grid_header_row(texts):
                        return True
        finally:
            self.unshown = unshown
        return False

    def cell_text(self, cell: _Element) -> str:
        """A table cell's paragraphs, nested tables' included, as lines.

        Each paragraph (and each line of one, after a ``w:br``) is a line, its white
        space folded; empty lines are left out. The grid folds the lines into one
        text for reading, but gives a value cell to the parser with its line breaks.
        """
        parts: list[str] = []
        self.collect(cell, parts)
        text = "\n".join(parts)
        if "\n" not in text:
            return _fold(text)
        return "\n".join(line for line in map(_fold, text.split("\n")) if line)

    def collect(self, container: _Element, parts: list[str]) -> None:
        """Append the paragraph texts of a cell's blocks, in order, to *parts*."""
        joined = False  # whether the paragraph before had its mark deleted
        for block in _children(container, (_P, _TBL, _ALT_CHUNK)):
            if block.tag == _P:
                text = self.paragraph_text(block)
                if joined and parts:
                    parts[-1] += text
                else:
                    parts.append(text)
                joined = _mark_deleted(block)
                continue
            joined = False
            if block.tag == _ALT_CHUNK:
                parts.extend(text for row in self.chunk(block.get(_R_ID, "")) for text in row)
            else:
                self.nested += 1
                for row in _children(block, (_TR,)):
                    for cell in _children(row, (_TC,)):
                        if not _continues(cell.find(_TC_PR)):
                            self.collect(cell, parts)

    def paragraph_text(self, paragraph: _Element) -> str:
        """The text a paragraph shows (see the module docstring for what counts)."""
        base = self.styles.normal
        if self.styles.paragraph:
            style = _find(paragraph.find(_PPR), _P_STYLE)
            if style is not None:
                base = self.styles.paragraph.get(style.get(_VAL, ""), base)
        parts: list[str] = []
        self.walk(paragraph, parts, base)
        return "".join(parts)

    def walk(self, element: _Element, parts: list[str], base: _Format) -> None:
        """Append the text *element* shows to *parts*; *base* is its paragraph's format."""
        for child in element:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _R:
                if not len(child):
                    continue
                # w:rPr, if any, is a run's first child
                properties = child[0]
                look = self.look(properties, base) if properties.tag == _RPR else True not in base
                if look is True:
                    self.walk(child, parts, base)
                elif look is False:
                    self.unshown += 1
                else:  # raised: a note mark after a value is no part of it
                    mark: list[str] = []
                    self.walk(child, mark, base)
                    if text := raised_text("".join(mark), parts):
                        parts.append(text)
            elif tag in _SPECIAL:
                parts.append(_SPECIAL[tag])
            elif tag == _SYM:
                parts.append(symbol_mark(child.get(_FONT, ""), child.get(_CHAR, "")))
            elif tag == _FLD_CHAR:
                data = child.find(_FF_DATA)
                if data is not None:
                    parts.append(_form_field(data))
            elif (
                tag not in _SKIPPED
                and len(child)
                and (tag != _ANNOTATION or child.get(_TYPE, "") != _COMMENT)
                and (tag != _SDT or child.find(_PLACEHOLDER) is None)
            ):
                self.walk(child, parts, base)

    def look(self, properties: _Element, base: _Format) -> bool | None:
        """Whether a run with these ``w:rPr`` is seen (not hidden nor struck out).

        None for a run seen raised (superscript), whose text may be a note mark.
        """
        form = base
        if self.styles.character:
            style = properties.find(_R_STYLE)
            if style is not None:
                form = _merge(self.styles.character.get(style.get(_VAL, ""), _UNSET), form)
        own, raised = _run_format(properties)
        if own is not None:
            form = _merge(own, form)
        if True in form:
            return False
        return None if raised else True


class _Styles:
    """What a document's styles say about hiding and striking out text, resolved once.

    ``character`` maps the id of each character style that says something to what it
    says, through its ``w:basedOn`` chain; ``paragraph`` maps every paragraph style's
    id to the format of its runs (its chain over the document defaults) when any
    paragraph style or default says something, and ``normal`` is that of a paragraph
    without a style. Both are empty in a document whose styles hide nothing.
    """

    def __init__(self, styles: _Element | None) -> None:
        self.character: dict[str, _Format] = {}
        self.paragraph: dict[str, _Format] = {}
        self.normal: _Format = _UNSET
        if styles is None:
            return
        declared: dict[tuple[str, str], tuple[str | None, _Format]] = {}
        normal: str | None = None
        for style in styles:
            if style.tag != _STYLE:
                continue
            kind = style.get(_TYPE, "paragraph")
            if kind not in {"paragraph", "character"}:
                continue
            ident = style.get(_STYLE_ID, "")
            parent = style.find(_BASED_ON)
            own = _own_format(style.find(_RPR)) or _UNSET
            declared[kind, ident] = (None if parent is None else parent.get(_VAL, ""), own)
            if kind == "paragraph" and normal is None and style.get(_DEFAULT, "0") not in _OFF:
                normal = ident
        defaults = _own_format(styles.find(_DOC_DEFAULTS)) or _UNSET
        # Paragraphs need their style looked up only when a paragraph style or the
        # defaults say something (most documents: none, or a character style).
        paragraphs = defaults != _UNSET or any(
            own != _UNSET for (kind, _), (_, own) in declared.items() if kind == "paragraph"
        )
        for kind, ident in declared:
            if kind == "character":
                form = _resolve(declared, kind, ident)
                if form != _UNSET:
                    self.character[ident] = form
            elif paragraphs:
                self.paragraph[ident] = _merge(_resolve(declared, kind, ident), defaults)
        if paragraphs:
            self.normal = defaults if normal is None else self.paragraph[normal]


def _resolve(
    declared: dict[tuple[str, str], tuple[str | None, _Format]], kind: str, ident: str
) -> _Format:
    """The format of style *ident* through its ``w:basedOn`` chain (cycles cut)."""
    chain: list[_Format] = []
    seen: set[str] = set()
    current: str | None = ident
    while current is not None and current not in seen and len(chain) < _STYLE_DEPTH:
        entry = declared.get((kind, current))
        if entry is None:
            break
        seen.add(current)
        current, own = entry
        chain.append(own)
    form = _UNSET
    for own in reversed(chain):
        form = _merge(own, form)
    return form


def _own_format(properties: _Element | None) -> _Format | None:
    """What run properties (``w:rPr``) say of hiding and striking out; ``None`` if nothing."""
    return None if properties is None else _run_format(properties)[0]


def _run_format(properties: _Element) -> tuple[_Format | None, bool]:
    """:func:`_own_format` of *properties*, and whether they raise the text (superscript)."""
    found: list[bool | None] | None = None
    raised = False
    for child in properties:
        tag = child.tag
        index = _UNSHOWN.get(tag)
        if index is not None:
            if found is None:
                found = [None, None, None]
            found[index] = child.get(_VAL, "1").lower() not in _OFF
        elif tag == _VERT_ALIGN:
            raised = child.get(_VAL, "") == "superscript"
    return (None if found is None else (found[0], found[1], found[2])), raised


def _merge(upper: _Format, lower: _Format) -> _Format:
    """*upper*'s properties where it says them, else *lower*'s."""
    return (
        lower[0] if upper[0] is None else upper[0],
        lower[1] if upper[1] is None else upper[1],
        lower[2] if upper[2] is None else upper[2],
    )


def _form_field(data: _Element) -> str:
    """What a legacy form field's ``w:ffData`` shows: a check box's box, a drop-down's entry.

    A text field shows its result runs, read as text: nothing here.
    """
    box = data.find(_CHECK_BOX)
    if box is not None:
        state = box.find(_CHECKED)
        if state is None:
            state = box.find(_DEFAULT)
        checked = state is not None and state.get(_VAL, "1").lower() not in _OFF
        return _CHECKED_BOX if checked else _EMPTY_BOX
    dropdown = data.find(_DD_LIST)
    if dropdown is None:
        return ""
    entries = [child for child in dropdown if child.tag == _LIST_ENTRY]
    chosen = dropdown.find(_RESULT)
    if chosen is None:
        chosen = dropdown.find(_DEFAULT)
    value = "0" if chosen is None else chosen.get(_VAL, "0")
    index = int(value) if value.isdigit() else 0
    return entries[index].get(_VAL, "") if index < len(entries) else ""


def _table_width(table: _Element) -> int:
    """How many grid columns a table's widest row covers (its skipped columns included)."""
    columns = _columns(table)
    widest = 0
    for row in _children(table, (_TR,)):
        if _deleted(row):
            continue
        edges = _row_edges(row)
        edges[-1] += _number(_find(row.find(_TR_PR), f"{_W}gridAfter"), 0)
        widest = max(widest, _column(columns, edges[-1]))
    return widest


# A table's grid (w:tblGrid) and the width of each of its columns (twips).
_TBL_GRID = f"{_W}tblGrid"
_GRID_COL = f"{_W}gridCol"
_W_WIDTH = f"{_W}w"
# Cell edges of different rows nearer than this (twips) are one column boundary, as
# in the .doc reader.
_NEAR = 10


def _row_edges(row: _Element) -> list[int]:
    """The grid edges (indexes into the table's grid) where a row's cells begin and end."""
    edge = _number(_find(row.find(_TR_PR), _GRID_BEFORE), 0)
    edges = [edge]
    for cell in _children(row, (_TC,)):
        edge += _number(_find(cell.find(_TC_PR), _GRID_SPAN), 1)
        edges.append(edge)
    return edges


def _columns(table: _Element) -> list[int] | None:
    """The column of each edge of a table's grid, near edges as one; None when each is its own.

    Word writes one ``w:gridCol`` for every distinct cell edge of the table, so a
    border dragged a few twips in one row (the cell before it ``gridSpan`` one
    column less, the cell after it one more, and the other rows spanning the
    sliver the other way) gives the table a column a few twips wide, and that
    row's value one column before its header's. Edges less than :data:`_NEAR`
    twips apart that no row has both of are one boundary, as in the ``.doc``
    reader: the row reads as its neighbours do.
    """
    grid = table.find(_TBL_GRID)
    if grid is None:
        return None
    widths: list[int] = []
    for column in grid:
        if column.tag == _GRID_COL:
            value = column.get(_W_WIDTH, "")
            widths.append(int(value) if value.isdigit() else _NEAR)
    if not widths or min(widths) >= _NEAR:
        return None
    rows = [set(_row_edges(row)) for row in _children(table, (_TR,)) if not _deleted(row)]
    index = [0]
    position = 0
    start = 0  # the first edge of the current boundary
    starts = [0]  # the position of each edge
    for edge, width in enumerate(widths, start=1):
        position += width
        starts.append(position)
        near = position - starts[start] < _NEAR and not any(
            edge in row and any(other in row for other in range(start, edge)) for row in rows
        )
        if near:
            index.append(index[-1])
        else:
            start = edge
            index.append(index[-1] + 1)
    return None if index == list(range(len(index))) else index


def _column(columns: list[int] | None, edge: int) -> int:
    """The column of grid edge *edge* (past the grid: as far past its last column)."""
    if columns is None:
        return edge
    if edge < len(columns):
        return columns[edge]
    return columns[-1] + edge - (len(columns) - 1)


# A paragraph mark deleted with track changes on: the paragraph runs on into the next.
_MARK_DELETED = f"{_PPR}/{_RPR}/{_W}del"


def _mark_deleted(paragraph: _Element) -> bool:
    """Whether a paragraph's mark is a tracked deletion (Word shows it joined to the next)."""
    return paragraph.find(_MARK_DELETED) is not None


# A table row deleted with track changes on (w:trPr/w:del): Word's final view has no such row.
_ROW_DELETED = f"{_TR_PR}/{_W}del"


def _deleted(row: _Element) -> bool:
    """Whether a table row is a tracked deletion."""
    return row.find(_ROW_DELETED) is not None


def _holds_table(cell: _Element) -> bool:
    """Whether a cell holds a table (looking through content controls)."""
    return any(True for _ in _children(cell, (_TBL,)))


def _find(element: _Element | None, tag: str) -> _Element | None:
    return None if element is None else element.find(tag)


def _number(element: _Element | None, default: int) -> int:
    """The ``w:val`` of *element* as a positive count; *default* if absent or not a count.

    A count of columns (a span, the columns skipped before or after a row) is at most
    :data:`_MAX_COLUMNS`, the columns a Word table can have: a ``gridSpan`` of a million
    in a damaged file is one cell to the table's end, not a refused document.

    Example:
        >>> from xml.etree.ElementTree import Element
        >>> _number(Element("gridSpan", {_VAL: "1000000"}), 1), _number(None, 1)
        (63, 1)
    """
    if element is None:
        return default
    value = element.get(_VAL, "")
    if not value.isdigit() or int(value) <= 0:
        return default
    return min(int(value), _MAX_COLUMNS)


#: Word tables have at most 63 columns.
_MAX_COLUMNS = 63


def _continues(properties: _Element | None) -> bool:
    """Whether a cell continues a merge started in a cell above or before it."""
    if properties is None:
        return False
    vertical = properties.find(_V_MERGE)
    if vertical is not None and vertical.get(_VAL, "continue") != "restart":
        return True
    horizontal = properties.find(_H_MERGE)
    return horizontal is not None and horizontal.get(_VAL, "continue") != "restart"


def _continues_down(properties: _Element | None) -> bool:
    """Whether a cell that continues a merge continues one from the cell above."""
    vertical = None if properties is None else properties.find(_V_MERGE)
    return vertical is not None and vertical.get(_VAL, "continue") != "restart"


def _children(parent: _Element, tags: tuple[str, ...]) -> Iterator[_Element]:
    """Children of *parent* with one of *tags*, looking through content controls."""
    for child in parent:
        tag = child.tag
        if tag in tags:
            yield child
        elif tag in _WRAPPERS and (
            tag != _SDT or _TC in tags or _TR in tags or child.find(_PLACEHOLDER) is None
        ):
            yield from _children(child, tags)


# A run of white space that parts a label from its value on a paragraph: a full-width
# space, or two spaces or more (项目名称　　X, 主管部门　A　　实施单位　B).
_GAP_RE = re.compile(r"[^\S\n]*\u3000\s*|[^\S\n]{2,}")


def _fold_paragraph(text: str) -> str:
    r"""A paragraph's text as :func:`_fold` gives it, but a gap (``　``, ``  ``) kept as two spaces.

    The grid reads ``项目名称  X`` as a label and its value (as ``项目名称：X``); it
    folds the two spaces to one everywhere else.

    Example:
        >>> _fold_paragraph("主管部门　某县民政局　　实施单位 某中心\n")
        '主管部门  某县民政局  实施单位 某中心'
    """
    if "\u3000" not in text and "  " not in text:
        return _fold(text)
    return "  ".join(_fold(part) for part in _GAP_RE.split(text) if part.strip())


# A caption before an appendix table: 附：指标明细, 附表1, 附件2：评分表.
_APPENDIX_CAPTION_RE = re.compile(r"\s*附(?:[：:]|表|件)")
# The total row that closes a grid: 总分, 合计, 总计 (also 得分合计).
_TOTAL_RE = re.compile(r"\s*(?:总\s*分|合\s*计|总\s*计|得分合计)")


# A caption naming a whole table (``附表：…项目绩效自评表``): another project's, no appendix.
_WHOLE_TABLE_RE = re.compile(r"自评表|跟踪表|目标表|监控表")
# A header cell naming the indicator (``三级指标``, ``指标名称``), not its value.
_NAME_HEADER_RE = re.compile(r"\s*(?:三级指标|指标名称|绩效指标|指标)\s*$")


def _names(grid: list[tuple[str, ...]]) -> list[str]:
    """The indicator names of a grid (its header row first), total rows left out.

    The name column is the last header cell naming the indicator (``三级指标``).
    """
    header, *rows = grid
    columns = [index for index, text in enumerate(header) if _NAME_HEADER_RE.match(text)]
    if not columns:
        return []
    column = columns[-1]
    return [
        row[column].strip()
        for row in rows
        if column < len(row)
        and row[column].strip()
        and not ((filled := _filled(row)) and _TOTAL_RE.match(filled[0]) is not None)
    ]


def _repeats(main: list[tuple[str, ...]], appended: list[tuple[str, ...]]) -> bool:
    """Whether most indicator names of the *appended* grid are the *main* grid's.

    Both start with their header row. Example:
        >>> head = ("一级指标", "三级指标", "指标值")
        >>> _repeats([head, ("产出", "培训人次", "≥10")], [("序号", "三级指标"), ("1", "培训人次")])
        True
        >>> _repeats([head, ("产出", "培训人次", "≥10")], [head, ("产出", "受益人口", "≥3")])
        False
    """
    names = _names(appended)
    known = set(_names(main))
    return bool(names) and sum(name in known for name in names) * 2 > len(names)


def _filled(row: tuple[str, ...]) -> tuple[str, ...]:
    """The texts of a row's filled cells, in order."""
    return tuple(text for text in row if text)


def _fold(text: str) -> str:
    """Runs of whitespace (line breaks, tabs, full-width spaces) as one space, ends stripped."""
    return " ".join(text.split())
