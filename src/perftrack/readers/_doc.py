r"""Word 97-2003 binary documents (.doc, and WPS's .wps) → one :class:`Sheet`.

The document is read the way the .docx reader (:mod:`._docx`) reads its body:
each paragraph outside a table is a one-cell row (empty paragraphs are
skipped), each table row a row with one cell per column of the table's grid, a
cell spanning columns giving its text to its first column and ``""`` to the
others, a cell continuing a vertical merge ``""``. A cell's paragraphs (and the
lines of a paragraph broken by a manual line break) are its lines. Rows are
counted from 1 over the rows read; the Sheet has no name.

The file is parsed per [MS-DOC] from the compound file's ``WordDocument`` and
``0Table``/``1Table`` streams (olefile reads the compound file):

- the FIB gives the table stream, the encryption flag, the length of the main
  story (``ccpText``) and where the piece table (``Clx``) and the paragraph
  properties (``PlcBtePapx``) are;
- the piece table gives the text: each piece either 8-bit (cp1252) or
  UTF-16LE; the main story is read, and the page headers (below); no
  footnotes, comments or text boxes;
- the paragraph properties, found through the ``PapxFkp`` pages by the file
  offset of each paragraph's last character (and in the ``Data`` stream when
  a ``sprmPHugePapx`` points there, as for a row with many cells), tell a table's paragraphs
  (``sprmPFInTable``, ``sprmPItap``), its row ends (``sprmPFTtp``; in a nested
  table ``sprmPFInnerTableCell`` and ``sprmPFInnerTtp``) and the
  cells of a row (``sprmTDefTable``: the cell edges and each cell's merge
  flags, with ``sprmTMerge``, ``sprmTSplit`` and ``sprmTVertMerge`` applied);
- the character properties (``PlcBteChpx`` → ``ChpxFkp`` pages, the run's own
  sprms: direct formatting), with the font table (``SttbfFfn``), change the
  text as the .docx reader's rules do: tracked deletions (``sprmCFRMarkDel``),
  hidden (``sprmCFVanish``) and struck-out (``sprmCFStrike``,
  ``sprmCFDStrike``) text are left out (a table row whose text is all hidden or
  struck out is left out), tracked insertions kept; a superscript run
  (``sprmCIss``) that is a note mark after a value (``94%`` and a raised
  ``注``: :func:`._symbols.is_note_mark`) is left out; a symbol character
  (``sprmCSymbol``) and a private use character (U+F0xx, as LibreOffice writes
  a symbol) in a run of a symbol font are mapped as ``w:sym`` is
  (:mod:`._symbols`: ``☑``, ``☐``, ``≥``; any other symbol is no text); a
  legacy form field shows its state from its ``FFData`` in the ``Data`` stream
  (``sprmCFData`` and ``sprmCPicLocation`` on its ``\x01``): a check box
  ``☑``/``☐``, a drop-down its chosen entry. Character styles (``istd``) are not
  resolved: text hidden or struck out only by its style is read.

A table's grid has one column between every two neighbouring cell edges of any
of its rows (as Word's own ``w:tblGrid`` when it saves the table as .docx), so a
cell as wide as two cells of another row spans two columns; edges of different
rows less than 10 twips apart are one (LibreOffice's rounding). A row without a
cell definition gives one column per cell. A table nested in a cell is read as
the .docx reader reads one: in a row of one or two cells, or when it holds an
indicator grid's header or the row's other cells are empty, the cell is empty
and the cell's paragraphs and tables follow the row as rows of their own;
otherwise its cells' texts are lines of the cell.

A table title printed only in the page header is the Sheet's ``page_title``:
the header stories (after the main text and the footnotes, ``ccpHdd``) are
found by ``PlcfHdd``, and each section's first-page header, then its odd-page
(default) header, is read like the body; the first paragraph or cell that
reads as a title is taken.

In a paragraph, a field's code (``\x13`` … ``\x14``) is left out and its result
(… ``\x15``) read, nested fields alike; ``\x0b`` breaks a line; pictures and
drawn objects (``\x01``, ``\x08``), page and section breaks (``\x0c``, which end
a paragraph), note marks and other control characters are left out; a
non-breaking hyphen is ``-``.

Anything inconsistent (a stream missing, offsets beyond a stream, a piece table,
a properties page, the font table, the header table or a form field's data that
does not parse, a row whose cells do not match its definition, cell marks
without table properties, tables nested more than 64 deep) raises a
:class:`~perftrack.ReadError` naming the file and, where it can, the table:
the reader never guesses a table's rows. Encrypted documents and Word 6/95
documents are refused. The input is capped at :data:`MAX_BYTES` and the
Sheet at :data:`MAX_CELLS` cells.
"""

from __future__ import annotations

import bisect
import io
import itertools
import re
import struct
from typing import TYPE_CHECKING, Protocol

from attrs import evolve, frozen

from perftrack._errors import ReadError, exception_detail
from perftrack.readers._grid import is_grid_header_row, is_title_text
from perftrack.readers._sheet import MAX_BYTES, RowSink, Sheet, require
from perftrack.readers._symbols import SYMBOL_MARKS, is_note_mark, raised_text, symbol_mark

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import ModuleType

__all__ = ["read_doc"]

_WORD_IDENT = 0xA5EC
# nFib of Word 97 and later (Word 2000-2019 keep 0x00C1 in the FibBase); Word 6/95
# documents (nFib 101-105) have another FIB.
_WORD97_FIB = 0xC0
_ENCRYPTED = 0x0100
_WHICH_TABLE = 0x0200
_OBFUSCATED = 0x8000
_FIB_BASE = 32
# FibRgLw97: ccpText is its fourth field; FibRgFcLcb97: (fc, lcb) pairs, of which
# fcPlcfBtePapx is pair 13 and fcClx pair 33.
_CCP_TEXT = 3
_CCP_FTN = 4
_CCP_HDD = 5
_HDD = 11
_BTE_CHPX = 12
_BTE_PAPX = 13
_FFN = 15
_CLX = 33

# PlcfHdd: six separator stories, then six stories per section (even and odd pages'
# headers, their footers, the first page's header and footer).
_SEPARATORS = 6
_SECTION_STORIES = 6
_ODD_HEADER = 1
_FIRST_HEADER = 4

_PAGE = 512
_PN_MASK = 0x3FFFFF
_COMPRESSED = 0x40000000
_FC_MASK = 0x3FFFFFFF

# Paragraph sprms (their operand sizes follow from the sprm code).
_IN_TABLE = 0x2416
_TTP = 0x2417
_INNER_CELL = 0x244B
_INNER_TTP = 0x244C
_ITAP = 0x6649
_DTAP = 0x664A
_HUGE_PAPX = 0x6646
# Table sprms on a row's end.
_DEF_TABLE = 0xD608
_MERGE = 0x5624
_SPLIT = 0x5625
_VERT_MERGE = 0xD62B
_CHANGE_TABS = 0xC615
# Character sprms: revision marks (a tracked deletion, insertion), struck-out and
# hidden text, superscript, a symbol character, the run's fonts (ASCII, East Asian,
# other), a form field's data.
_DELETED = 0x0800
_STRIKE = 0x0837
_DSTRIKE = 0x2A53
_VANISH = 0x083C
_ISS = 0x2A48
_SUPERSCRIPT = 1
_SYMBOL = 0x6A09
_FONTS = (0x4A4F, 0x4A51, 0x4A50)
_PIC_LOCATION = 0x6A03
_FIELD_DATA = 0x0806
_UNSHOWN = frozenset({_STRIKE, _DSTRIKE, _VANISH})
# An FFData's kinds (iType) and its result when it has none (iRes 25: the default).
_TEXT_FIELD, _CHECK_BOX = 0, 1
_UNDEFINED = 25
_CHECKED_BOX = "\u2611"  # ☑
_EMPTY_BOX = "\u2610"  # ☐
# An FFN's name follows its 39 bytes of font metrics.
_FFN_NAME = 39
# Private use characters (U+F000-F0FF, as LibreOffice writes a symbol inserted from a
# font) in a run of a symbol font: its ticks, boxes and operators; any other, nothing.
_PRIVATE_USE_MARKS = {
    font: {
        **dict.fromkeys(range(0xF000, 0xF100), ""),
        **{0xF000 + code: mark for code, mark in marks.items()},
    }
    for font, marks in SYMBOL_MARKS.items()
}
# A toggle's operand: 1 on; 0x81 the opposite of the style's (off, styles not being read).
_ON = frozenset({1, 0x81})
# Operand sizes by spra (the top three bits of a sprm); 6 is variable.
_OPERAND = (1, 1, 2, 4, 2, 2, 0, 3)
_TC80 = 20
# TCGRF: horzMerge (bits 0-1: 1 first of a merged range, 2 or 3 merged into the one
# before), vertMerge (bits 5-6: 1 continues the cell above, 3 starts a merged range).
_HORZ_CONTINUES = 2
_VERT_SHIFT = 5
_VERT_CONTINUES = 1
# Word nests tables 63 deep at most.
_MAX_DEPTH = 64
# Cell edges nearer than this (twips) in different rows are one column boundary.
_NEAR = 10

# The characters that end a paragraph: a paragraph mark, a cell (or row) mark, a
# section mark (which is also a page break).
_PARAGRAPH_END = re.compile("[\r\x07\x0c]")
# Characters of a paragraph other than text: field marks, breaks, objects.
_SPECIAL = re.compile("[\x00-\x08\x0a-\x1f]")
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_FIELD_MARKS = frozenset({_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END})
_BREAKS = {"\x0b": "\n", "\x0a": "\n", "\x1e": "-"}
# cp1252 for the 8-bit pieces: [MS-DOC] maps 0x80-0x9F as cp1252 does and leaves
# the bytes cp1252 does not define as their Latin-1 characters.
_CP1252 = {
    byte: char
    for byte in range(0x80, 0xA0)
    if (char := bytes([byte]).decode("cp1252", "replace")) != "\ufffd"
}


def read_doc(data: bytes, *, file: str | None = None) -> list[Sheet]:
    """Read a Word 97-2003 document as one Sheet: its paragraphs and tables in order.

    Needs the ``doc`` extra (olefile). Raises :class:`~perftrack.ReadError` for
    anything that is not a readable, unencrypted Word 97-2003 document.

    Example:
        >>> sheets = read_doc(data, file="自评表.doc")  # doctest: +SKIP
        >>> sheets[0].rows[:2]  # doctest: +SKIP
        (('2023年度项目支出绩效自评表',), ('项目名称', '乡村道路养护', '', ''))
    """
    olefile = require("olefile", "doc", file=file)
    if len(data) > MAX_BYTES:
        msg = f"文件过大（{len(data)} 字节，上限 {MAX_BYTES} 字节）"
        raise ReadError(msg, file=file)
    word, table, extra = _streams(olefile, data, file)
    document = _Document(word, table, file, extra)
    rows = _Rows(file)
    document.read(rows)
    return [evolve(rows.sheet(), page_title=document.page_title())]


class _Stream(Protocol):
    """What the reader uses of an olefile stream."""

    def read(self) -> bytes:
        """The whole stream."""


class _Ole(Protocol):
    """What the reader uses of an ``olefile.OleFileIO``."""

    def exists(self, name: str) -> bool:
        """Whether the compound file holds a stream or storage *name*."""

    def openstream(self, name: str) -> _Stream:
        """The stream *name*."""

    def close(self) -> None:
        """Release the file."""


def _streams(olefile: ModuleType, data: bytes, file: str | None) -> tuple[bytes, bytes, bytes]:
    """The ``WordDocument`` stream, the table stream its FIB names and the ``Data`` stream.

    The ``Data`` stream (properties too large for a properties page) may be absent: ``b""``.
    """
    try:
        ole: _Ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001  (olefile raises anything on a corrupt file)
        raise ReadError(_ole_problem(exc), file=file) from None
    try:
        if not ole.exists("WordDocument"):
            msg = "不是可读取的 Word 97-2003 文档（.doc）：复合文档中没有 WordDocument 流"
            raise ReadError(msg, file=file)
        word = _stream(ole, "WordDocument", file)
        flags = _u16(word, 0x0A) if len(word) >= _FIB_BASE else 0
        if flags & (_ENCRYPTED | _OBFUSCATED):
            msg = "加密的 .doc 文件无法读取：请在 Word 中取消打开密码后另存，再重试"
            raise ReadError(msg, file=file)
        name = "1Table" if flags & _WHICH_TABLE else "0Table"
        if not ole.exists(name):
            msg = f"无法读取 .doc 文件：复合文档中没有 FIB 所指的 {name} 流"
            raise ReadError(msg, file=file)
        extra = _stream(ole, "Data", file) if ole.exists("Data") else b""
        return word, _stream(ole, name, file), extra
    finally:
        ole.close()


def _stream(ole: _Ole, name: str, file: str | None) -> bytes:
    try:
        content = ole.openstream(name).read()
    except Exception as exc:  # noqa: BLE001
        raise ReadError(_ole_problem(exc, name), file=file) from None
    return content


def _ole_problem(exc: BaseException, stream: str | None = None) -> str:
    """What olefile's *exc* means, in the user's terms; *stream* is the one being read.

    A sector or stream olefile found cut off is a file cut short; anything else is
    said damaged, with olefile's words after it.

    Example:
        >>> print(_ole_problem(OSError("incomplete OLE sector")))
        无法读取 .doc 文件：文件不完整（复合文档在中途中断），可能在下载或复制时被截断：请重新获取原文件
        >>> print(_ole_problem(OSError("incorrect OLE FAT, sector index out of range"), "1Table"))
        无法读取 .doc 文件的 1Table 流（复合文档已损坏或不完整）：复合文档的结构有误（olefile 报告：incorrect OLE FAT, sector index out of range）
    """  # noqa: E501 - the messages are one line each
    of = "" if stream is None else f"的 {stream} 流"
    text = str(exc)
    if "incomplete" in text:
        return (
            f"无法读取 .doc 文件{of}：文件不完整（复合文档在中途中断），"
            "可能在下载或复制时被截断：请重新获取原文件"
        )
    reason = text or exception_detail(exc)
    return (
        f"无法读取 .doc 文件{of}（复合文档已损坏或不完整）："
        f"复合文档的结构有误（olefile 报告：{reason}）"
    )


def _u16(data: bytes, offset: int) -> int:
    value: int = struct.unpack_from("<H", data, offset)[0]
    return value


def _u32(data: bytes, offset: int) -> int:
    value: int = struct.unpack_from("<I", data, offset)[0]
    return value


@frozen
class _Piece:
    """A run of characters stored together: CPs ``start``…``end`` from file offset ``fc``."""

    start: int
    end: int
    fc: int
    compressed: bool
    prm: int


@frozen
class _RowDef:
    """A table row's cells as ``sprmTDefTable`` and the merge sprms define them.

    ``edges`` are the ``len(cells) + 1`` cell boundaries (twips); ``continues[i]``
    says whether cell *i* continues a merge (horizontal or vertical), so is empty;
    ``down[i]`` whether it continues a merge from the cell above.
    """

    edges: tuple[int, ...]
    continues: tuple[bool, ...]
    down: tuple[bool, ...] = ()


@frozen
class _Props:
    """What a paragraph's properties say about its place in a table."""

    depth: int = 0
    ttp: bool = False
    inner_ttp: bool = False
    inner_cell: bool = False
    row: _RowDef | None = None


_OUTSIDE = _Props()


@frozen
class _Chp:
    """What a run's character properties change in its text (see :meth:`_Document.shown`).

    ``left_out``: a tracked deletion, or hidden or struck-out text; ``deleted`` tells a
    deletion (not counted as text left out of a row); ``raised``: superscript;
    ``symbol``: what the characters of a ``sprmCSymbol`` run show (``None``: not one);
    ``font``: the run's symbol font (lower case) whose private use characters are
    mapped, or ``""``; ``data``: the ``Data`` stream offset of a form field's data.
    """

    left_out: bool = False
    deleted: bool = False
    raised: bool = False
    symbol: str | None = None
    font: str = ""
    data: int | None = None


_PLAIN = _Chp()


class _Document:
    """The parsed structures of one document: FIB, pieces, paragraph properties."""

    def __init__(self, word: bytes, table: bytes, file: str | None, extra: bytes = b"") -> None:
        self.word = word
        self.table = table
        self.extra = extra
        self.file = file
        if len(word) < _FIB_BASE + 2 or _u16(word, 0) != _WORD_IDENT:
            msg = "不是 Word 97-2003 文档（.doc）：WordDocument 流的文件信息块（FIB）无效"
            raise ReadError(msg, file=file)
        if _u16(word, 2) < _WORD97_FIB:
            msg = "这是 Word 6.0/95 或更早版本的文档，暂不支持：请用 Word 另存为 .docx 后重试"
            raise ReadError(msg, file=file)
        self.ccp_text, lw, pairs = self.fib_parts()
        self.pairs = pairs
        self.pieces, self.prcs = self.clx(*pairs[_CLX])
        self.papx = _Papx(word, table, *pairs[_BTE_PAPX], file)
        self.cache: dict[bytes, _Props] = {}
        self.chpx = _Papx(word, table, *pairs[_BTE_CHPX], file, kind="字符")
        self.fonts = _fonts(table, *pairs[_FFN], file) if len(pairs) > _FFN else ()
        self.chps: dict[bytes, _Chp] = {}
        self.lw = lw

    def fail(self, what: str) -> ReadError:
        return ReadError(f"无法读取 .doc 文件（{what}）", file=self.file)

    def fib_parts(self) -> tuple[int, tuple[int, ...], list[tuple[int, int]]]:
        """``ccpText``, the FibRgLw97 fields and the (fc, lcb) pairs of FibRgFcLcb."""
        word = self.word
        try:
            at = _FIB_BASE
            csw = _u16(word, at)
            at += 2 + 2 * csw
            cslw = _u16(word, at)
            lw = at + 2
            at = lw + 4 * cslw
            count = _u16(word, at)
            at += 2
            if cslw <= _CCP_TEXT or count <= _CLX or at + 8 * count > len(word):
                raise self.fail("文件信息块（FIB）过短")
            fields: tuple[int, ...] = struct.unpack_from(f"<{cslw}i", word, lw)
            ccp_text = fields[_CCP_TEXT]
            pairs = [struct.unpack_from("<II", word, at + 8 * index) for index in range(count)]
        except struct.error:
            raise self.fail("文件信息块（FIB）不完整") from None
        if ccp_text < 0:
            raise self.fail("文件信息块（FIB）中的正文长度无效")
        return ccp_text, fields, pairs

    def clx(self, fc: int, lcb: int) -> tuple[list[_Piece], list[bytes]]:
        """The pieces of the text and the Prc grpprls, from the Clx in the table stream."""
        if lcb == 0 or fc + lcb > len(self.table):
            raise self.fail("片段表（CLX）超出表格流")
        clx = self.table[fc : fc + lcb]
        prcs: list[bytes] = []
        at = 0
        try:
            while clx[at] == 1:
                size = struct.unpack_from("<h", clx, at + 1)[0]
                if size < 0 or at + 3 + size > lcb:
                    raise self.fail("片段表（CLX）中的属性修改（Prc）无效")
                prcs.append(clx[at + 3 : at + 3 + size])
                at += 3 + size
            if clx[at] != 2:  # noqa: PLR2004 (a Pcdt)
                raise self.fail("片段表（CLX）中没有 Pcdt")
            size = _u32(clx, at + 1)
        except (IndexError, struct.error):
            raise self.fail("片段表（CLX）不完整") from None
        plc = clx[at + 5 : at + 5 + size]
        if len(plc) != size or size < 4 or (size - 4) % 12:  # noqa: PLR2004
            raise self.fail("片段表（PlcPcd）大小无效")
        count = (size - 4) // 12
        cps = struct.unpack_from(f"<{count + 1}I", plc)
        if cps[0] != 0 or any(a >= b for a, b in itertools.pairwise(cps)):
            raise self.fail("片段表（PlcPcd）的字符位置无效")
        pieces: list[_Piece] = []
        for index in range(count):
            raw_fc, prm = struct.unpack_from("<IH", plc, 4 * (count + 1) + 8 * index + 2)
            compressed = bool(raw_fc & _COMPRESSED)
            offset = (raw_fc & _FC_MASK) // 2 if compressed else raw_fc & _FC_MASK
            pieces.append(_Piece(cps[index], cps[index + 1], offset, compressed, prm))
        return pieces, prcs

    def text(self, start: int = 0, end: int | None = None) -> str:
        """The characters of CPs *start*…*end* (by default the main story's, ``ccpText``)."""
        parts: list[str] = []
        end = self.ccp_text if end is None else end
        for piece in self.pieces:
            if piece.start >= end:
                break
            if piece.end <= start:
                continue
            skip = max(start - piece.start, 0)
            count = min(piece.end, end) - piece.start
            width = 1 if piece.compressed else 2
            size = width * count
            if piece.fc + size > len(self.word):
                raise self.fail("文本片段超出 WordDocument 流")
            raw = self.word[piece.fc + width * skip : piece.fc + size]
            if piece.compressed:
                parts.append(raw.decode("latin-1").translate(_CP1252))
            else:
                parts.append(raw.decode("utf-16-le", "replace"))
        if not self.pieces or self.pieces[-1].end < end:
            raise self.fail("片段表中的文本短于文件信息块所说的正文长度")
        return "".join(parts)

    def props(self, cp: int) -> _Props:
        """The table properties of the paragraph whose last character is at *cp*."""
        index = bisect.bisect_right(self.pieces, cp, key=lambda piece: piece.start) - 1
        piece = self.pieces[index]
        fc = piece.fc + (cp - piece.start) * (1 if piece.compressed else 2)
        grpprl = self.papx.grpprl(fc)
        if piece.prm & 1 and (piece.prm >> 1) < len(self.prcs):
            grpprl += self.prcs[piece.prm >> 1]  # a fast save's changes to the paragraph
        props = self.cache.get(grpprl)
        if props is None:
            props = _parse_props(self.huge(grpprl))
            self.cache[grpprl] = props
        return props

    def huge(self, grpprl: bytes) -> bytes:
        """*grpprl* with the sprms a ``sprmPHugePapx`` in it keeps in the ``Data`` stream.

        Word moves the properties of a paragraph that do not fit in a properties
        page there: a row end's cell definition with its borders and shading.
        """
        for sprm, operand in _sprms(grpprl):
            if sprm == _HUGE_PAPX:
                at = _u32(operand, 0)
                if at + 2 > len(self.extra) or at + 2 + _u16(self.extra, at) > len(self.extra):
                    raise self.fail("段落属性（sprmPHugePapx）超出 Data 流")
                grpprl += self.extra[at + 2 : at + 2 + _u16(self.extra, at)]
        return grpprl

    def form(self, at: int) -> str:
        """What a legacy form field shows: a check box's box, a drop-down's chosen entry.

        Its data is an ``FFData`` in the ``Data`` stream at *at* (after the 68-byte
        header of a ``NilPICFAndBinData``). A text field shows its result: ``""``.
        """
        extra = self.extra
        try:
            size, header = _u32(extra, at), _u16(extra, at + 4)
            if size < header + 10 or at + size > len(extra):
                raise self.fail("窗体域数据（FFData）超出 Data 流")
            data = extra[at + header : at + size]
            bits = _u16(data, 4)
            kind, result = bits & 3, (bits >> 2) & 0x1F
            if kind == _TEXT_FIELD:
                return ""
            offset = _xstz_end(data, 10)  # after the field's name
            default = _u16(data, offset)
            if kind == _CHECK_BOX:
                checked = (default if result == _UNDEFINED else result) == 1
                return _CHECKED_BOX if checked else _EMPTY_BOX
            offset += 2
            for _ in range(5):  # format, help text, status text, entry and exit macros
                offset = _xstz_end(data, offset)
            count = _u16(data, offset + 2)
            extra_size = _u16(data, offset + 4)
            offset += 6
            entries: list[str] = []
            for _ in range(count):
                chars = _u16(data, offset)
                entries.append(
                    data[offset + 2 : offset + 2 + 2 * chars].decode("utf-16-le", "replace")
                )
                offset += 2 + 2 * chars + extra_size
        except (struct.error, IndexError):
            raise self.fail("窗体域数据（FFData）不完整") from None
        return entries[result] if result < len(entries) else ""

    def read(self, rows: _Rows) -> None:
        """Add the document's paragraphs and tables to *rows*, in order."""
        self.story(self.text(), 0, rows)

    def page_title(self) -> str | None:
        """The first table title printed in the page headers, as the .docx reader reads it.

        The headers are stories of the header document, after the main text and the
        footnotes (``ccpHdd`` CPs); ``PlcfHdd`` gives each story's CPs: six
        separators, then six stories per section, of which the first page's header
        and the odd (default) pages' are read, in that order, section by section.
        """
        size = self.lw[_CCP_HDD] if len(self.lw) > _CCP_HDD else 0
        fc, lcb = self.pairs[_HDD] if len(self.pairs) > _HDD else (0, 0)
        if size <= 0 or lcb == 0:
            return None
        if fc + lcb > len(self.table) or lcb % 4:
            raise self.fail("页眉页脚位置表（PlcfHdd）无效或超出表格流")
        cps = struct.unpack_from(f"<{lcb // 4}I", self.table, fc)
        if any(a > b for a, b in itertools.pairwise(cps)):
            raise self.fail("页眉页脚位置表（PlcfHdd）的字符位置无效")
        first = self.ccp_text + (max(0, self.lw[_CCP_FTN]))
        for section in range(_SEPARATORS, len(cps) - 1, _SECTION_STORIES):
            for story in (section + _FIRST_HEADER, section + _ODD_HEADER):
                if story + 1 >= len(cps) or cps[story] == cps[story + 1]:
                    continue
                if cps[story + 1] > size:  # the guard after the last story is no header
                    raise self.fail("页眉页脚位置表（PlcfHdd）的字符位置无效")
                start, end = first + cps[story], first + cps[story + 1]
                header = _Rows(self.file)
                self.story(self.text(start, end), start, header)
                for row in header.rows:
                    for text in row:
                        if text and is_title_text(text):
                            return text.replace("\n", " ")
        return None

    def story(self, text: str, first: int, rows: _Rows) -> None:
        """Add the paragraphs and tables of *text*, a story from CP *first*, to *rows*."""
        runs = self.formats(first, first + len(text))
        ends = [end for _, end, _ in runs]
        fields = _Fields()
        start = 0
        for mark in _PARAGRAPH_END.finditer(text):
            end = mark.start()
            raw, left_out, forms = self.shown(text, start, end, runs, ends)
            props = self.props(first + end)
            rows.paragraph(fields.text(raw, forms), mark.group(), props, left_out=left_out)
            start = end + 1
        if start < len(text):  # a last paragraph without its mark
            raw, left_out, forms = self.shown(text, start, len(text), runs, ends)
            rows.paragraph(fields.text(raw, forms), "\r", _OUTSIDE, left_out=left_out)
        if fields.codes:
            raise self.fail("域代码没有结束，文件可能不完整")
        rows.finish()

    def formats(self, first: int, last: int) -> list[tuple[int, int, _Chp]]:
        """The runs of CPs *first*…*last* (from *first*) whose properties change their text."""
        runs: list[tuple[int, int, _Chp]] = []
        if not self.chpx.pages:
            return runs
        for piece in self.pieces:
            if piece.end <= first or piece.start >= last:
                continue
            width = 1 if piece.compressed else 2
            start, end = max(piece.start, first), min(piece.end, last)
            fc_start = piece.fc + (start - piece.start) * width
            fc_end = piece.fc + (end - piece.start) * width
            prc = (
                self.prcs[piece.prm >> 1]
                if piece.prm & 1 and piece.prm >> 1 < len(self.prcs)
                else b""
            )
            for fc_first, fc_last, grpprl in self.chpx.runs(fc_start, fc_end):
                chp = self.chp(grpprl + prc)
                if chp is _PLAIN:
                    continue
                run_start = start + (fc_first - fc_start) // width - first
                run_end = start + -(-(fc_last - fc_start) // width) - first
                if runs and runs[-1][1] == run_start and runs[-1][2] == chp:
                    run_start = runs.pop()[0]
                runs.append((run_start, run_end, chp))
        return runs

    def chp(self, grpprl: bytes) -> _Chp:
        """The :class:`_Chp` of a run's sprms (cached)."""
        chp = self.chps.get(grpprl)
        if chp is None:
            chp = _parse_chp(grpprl, self.fonts)
            self.chps[grpprl] = _PLAIN if chp == _PLAIN else chp
            chp = self.chps[grpprl]
        return chp

    def shown(
        self,
        text: str,
        start: int,
        end: int,
        runs: list[tuple[int, int, _Chp]],
        ends: list[int],
    ) -> tuple[str, bool, dict[int, str]]:
        r"""The characters *start*…*end* of a story as their properties show them.

        Also whether text was left out as hidden or struck out, and the marks of the
        form fields whose data characters (``\x01``) are in the result, by position.
        Field marks are kept whatever their properties, so that fields still nest.
        """
        index = bisect.bisect_right(ends, start)
        if index >= len(runs) or runs[index][0] >= end:
            return text[start:end], False, {}
        parts: list[str] = []
        length = 0
        left_out = False
        forms: dict[int, str] = {}
        at = start
        while index < len(runs) and runs[index][0] < end:
            run_start, run_end, chp = runs[index]
            run_start, run_end = max(run_start, start), min(run_end, end)
            if run_start > at:
                parts.append(text[at:run_start])
                length += run_start - at
            part = text[run_start:run_end]
            if chp.left_out:
                left_out = left_out or not chp.deleted
                part = _marks_only(part)
            else:
                if chp.data is not None:
                    for position, char in enumerate(part):
                        if char == "\x01":
                            forms[length + position] = self.form(chp.data)
                if chp.symbol is not None:
                    symbol = chp.symbol
                    part = "".join(char if char < " " else symbol for char in part)
                elif chp.font:
                    part = part.translate(_PRIVATE_USE_MARKS[chp.font])
                if chp.raised and is_note_mark(part, parts):
                    part = _marks_only(part)
                elif chp.raised and (number := part.rstrip()).isdigit():
                    # ≥10 and a raised 2 is ≥100, ×10 and a raised 5 ×10⁵ (regress98 W3)
                    part = raised_text(number, parts) + part[len(number) :]
            parts.append(part)
            length += len(part)
            at = run_end
            index += 1
        if at < end:
            parts.append(text[at:end])
        return "".join(parts), left_out, forms


def _xstz_end(data: bytes, offset: int) -> int:
    """The offset after the ``Xstz`` (count, UTF-16 characters, terminator) at *offset*."""
    end = offset + 2 + 2 * _u16(data, offset) + 2
    if end > len(data):
        raise struct.error
    return end


def _marks_only(text: str) -> str:
    """The field marks of *text* (of text left out: its fields must still nest)."""
    return "".join(char for char in text if char in _FIELD_MARKS) if text else text


def _fonts(table: bytes, fc: int, lcb: int, file: str | None) -> tuple[str, ...]:
    """The names (lower case) of the fonts in the font table ``SttbfFfn``."""
    if lcb == 0:
        return ()
    problem = "无法读取 .doc 文件（字体表 SttbfFfn 无效或超出表格流）"
    if fc + lcb > len(table):
        raise ReadError(problem, file=file)
    data = table[fc : fc + lcb]
    names: list[str] = []
    try:
        count, extra = _u16(data, 0), _u16(data, 2)
        at = 4
        for _ in range(count):
            size = data[at]
            if size < _FFN_NAME or at + 1 + size > lcb:
                raise ReadError(problem, file=file)
            name = data[at + 1 + _FFN_NAME : at + 1 + size].decode("utf-16-le", "replace")
            names.append(name.partition("\x00")[0].strip().lower())
            at += 1 + size + extra
    except (IndexError, struct.error):
        raise ReadError(problem, file=file) from None
    return tuple(names)


def _parse_chp(grpprl: bytes, fonts: tuple[str, ...]) -> _Chp:
    """The :class:`_Chp` a run's sprms give (direct formatting only: styles are not read)."""
    deleted = raised = False
    toggles: dict[int, bool] = {}
    symbol: str | None = None
    ftcs: dict[int, int] = {}
    data: int | None = None
    form = False
    for sprm, operand in _sprms(grpprl):
        if sprm == _DELETED:
            deleted = operand[0] == 1
        elif sprm in _UNSHOWN:
            toggles[sprm] = operand[0] in _ON
        elif sprm == _ISS:
            raised = operand[0] == _SUPERSCRIPT
        elif sprm == _SYMBOL:
            ftc, char = struct.unpack("<HH", operand)
            symbol = symbol_mark(fonts[ftc] if ftc < len(fonts) else "", f"{char:X}")
        elif sprm in _FONTS:
            ftcs[sprm] = _u16(operand, 0)
        elif sprm == _PIC_LOCATION:
            data = _u32(operand, 0)
        elif sprm == _FIELD_DATA:
            form = operand[0] == 1
    font = ""
    for sprm in _FONTS:
        ftc = ftcs.get(sprm)
        if ftc is not None and ftc < len(fonts) and fonts[ftc] in _PRIVATE_USE_MARKS:
            font = fonts[ftc]
            break
    left_out = deleted or any(toggles.values())
    # a picture's data is there too: only a form field's (sprmCFData) is read
    return _Chp(left_out, deleted, raised, symbol, font, data if form else None)


class _Papx:
    """The paragraph properties of the document: ``PlcBtePapx`` and its ``PapxFkp`` pages.

    With *kind* ``"字符"``, the character properties: ``PlcBteChpx`` and its
    ``ChpxFkp`` pages, read by :meth:`runs`.
    """

    def __init__(  # noqa: PLR0913, PLR0917
        self, word: bytes, table: bytes, fc: int, lcb: int, file: str | None, kind: str = "段落"
    ) -> None:
        self.word = word
        self.file = file
        self.kind = kind
        self.fcs: tuple[int, ...] = ()
        self.pages: tuple[int, ...] = ()
        self.parsed: dict[int, tuple[tuple[int, ...], bytes]] = {}
        if lcb == 0:
            return
        if fc + lcb > len(table) or lcb < 4 or (lcb - 4) % 8:  # noqa: PLR2004
            name = "PlcBtePapx" if kind == "段落" else "PlcBteChpx"
            msg = f"无法读取 .doc 文件（{kind}属性表 {name} 无效或超出表格流）"
            raise ReadError(msg, file=file)
        count = (lcb - 4) // 8
        self.fcs = struct.unpack_from(f"<{count + 1}I", table, fc)
        pns = struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1))
        self.pages = tuple(pn & _PN_MASK for pn in pns)

    def grpprl(self, fc: int) -> bytes:
        """The sprms of the paragraph holding the character at file offset *fc* (or none)."""
        index = bisect.bisect_right(self.fcs, fc) - 1
        if index < 0 or index >= len(self.pages):
            return b""
        rgfc, page = self.page(self.pages[index])
        run = bisect.bisect_right(rgfc, fc) - 1
        if run < 0 or run >= len(rgfc) - 1:
            return b""
        offset = 2 * page[4 * len(rgfc) + 13 * run]
        if offset == 0:
            return b""
        size = page[offset]
        if size:
            start, length = offset + 1, 2 * size - 1
        else:
            start, length = offset + 2, 2 * page[offset + 1]
        if start + length > _PAGE - 1:
            msg = "无法读取 .doc 文件（段落属性页 FKP 中的属性超出页面）"
            raise ReadError(msg, file=self.file)
        return page[start + 2 : start + length]  # after the paragraph's style (istd)

    def runs(self, start: int, end: int) -> Iterator[tuple[int, int, bytes]]:
        """The character runs over file offsets *start*…*end*: (from, to, CHPX sprms), clipped.

        Offsets no run covers are left out (they have no properties of their own).
        """
        index = max(bisect.bisect_right(self.fcs, start) - 1, 0)
        while index < len(self.pages) and self.fcs[index] < end:
            rgfc, page = self.page(self.pages[index])
            run = max(bisect.bisect_right(rgfc, start) - 1, 0)
            count = len(rgfc) - 1
            while run < count and rgfc[run] < end:
                first, last = max(rgfc[run], start), min(rgfc[run + 1], end)
                if first < last:
                    offset = 2 * page[4 * len(rgfc) + run]
                    grpprl = b""
                    if offset:
                        grpprl = page[offset + 1 : offset + 1 + page[offset]]
                        if offset + 1 + page[offset] > _PAGE - 1:
                            msg = "无法读取 .doc 文件（字符属性页 FKP 中的属性超出页面）"
                            raise ReadError(msg, file=self.file)
                    yield first, last, grpprl
                run += 1
            index += 1

    def page(self, pn: int) -> tuple[tuple[int, ...], bytes]:
        """A ``PapxFkp`` (or ``ChpxFkp``) page's file offsets and its bytes."""
        parsed = self.parsed.get(pn)
        if parsed is None:
            page = self.word[pn * _PAGE : (pn + 1) * _PAGE]
            if len(page) < _PAGE:
                msg = f"无法读取 .doc 文件（{self.kind}属性页 FKP {pn} 超出 WordDocument 流）"
                raise ReadError(msg, file=self.file)
            runs = page[_PAGE - 1]
            size = 13 if self.kind == "段落" else 1  # each run's BxPap, or its one-byte offset
            if runs == 0 or 4 * (runs + 1) + size * runs > _PAGE - 1:
                msg = f"无法读取 .doc 文件（{self.kind}属性页 FKP {pn} 已损坏）"
                raise ReadError(msg, file=self.file)
            parsed = (struct.unpack_from(f"<{runs + 1}I", page), page)
            self.parsed[pn] = parsed
        return parsed


def _sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """The (sprm, operand) pairs of a grpprl; a truncated last sprm ends it."""
    at = 0
    end = len(grpprl)
    while at + 2 <= end:
        sprm = grpprl[at] | grpprl[at + 1] << 8
        at += 2
        size = _OPERAND[sprm >> 13]
        if size == 0:  # variable
            if at >= end:
                return
            if sprm == _DEF_TABLE:
                if at + 2 > end:
                    return
                size = 2 + grpprl[at] + (grpprl[at + 1] << 8) - 1
            elif sprm == _CHANGE_TABS and grpprl[at] == 255:  # noqa: PLR2004
                size = _tabs_size(grpprl, at)
            else:
                size = 1 + grpprl[at]
        if size < 0 or at + size > end:
            return
        yield sprm, grpprl[at : at + size]
        at += size


def _tabs_size(grpprl: bytes, at: int) -> int:
    """The size of a ``sprmPChgTabs`` operand whose cb is 255 (computed from its parts)."""
    try:
        deleted = grpprl[at + 1]
        added_at = at + 2 + 4 * deleted
        added = grpprl[added_at]
    except IndexError:
        return -1
    return added_at + 1 + 3 * added - at


def _parse_props(grpprl: bytes) -> _Props:
    """The table properties a paragraph's sprms give."""
    in_table = ttp = inner_ttp = inner_cell = False
    itap: int | None = None
    dtap = 0
    definition: bytes | None = None
    changes: list[tuple[int, bytes]] = []
    for sprm, operand in _sprms(grpprl):
        if sprm == _IN_TABLE:
            in_table = operand[0] == 1
        elif sprm == _TTP:
            ttp = operand[0] == 1
        elif sprm == _INNER_TTP:
            inner_ttp = operand[0] == 1
        elif sprm == _INNER_CELL:
            inner_cell = operand[0] == 1
        elif sprm == _ITAP:
            itap = struct.unpack("<i", operand)[0]
        elif sprm == _DTAP:
            dtap += struct.unpack("<i", operand)[0]
        elif sprm == _DEF_TABLE:
            definition = operand
            changes.clear()  # merges given before the definition are the old row's
        elif sprm in (_MERGE, _SPLIT, _VERT_MERGE):
            changes.append((sprm, operand))
    depth = (itap if itap is not None else int(in_table)) + dtap
    if in_table and depth < 1:
        depth = 1
    if depth <= 0 and not ttp:
        return _OUTSIDE
    row = None if definition is None else _row_definition(definition, changes)
    return _Props(max(depth, 1), ttp, inner_ttp, inner_cell, row)


def _row_definition(operand: bytes, changes: list[tuple[int, bytes]]) -> _RowDef | None:
    """A ``TDefTableOperand`` (after its cb) with the merge sprms applied; None if short."""
    if len(operand) < 3:  # noqa: PLR2004
        return None
    count = operand[2]
    edges_end = 3 + 2 * (count + 1)
    if count == 0 or len(operand) < edges_end:
        return None
    edges = struct.unpack_from(f"<{count + 1}h", operand, 3)
    horizontal = [0] * count
    vertical = [0] * count
    for index in range(min(count, (len(operand) - edges_end) // _TC80)):
        flags = _u16(operand, edges_end + _TC80 * index)
        horizontal[index] = flags & 3
        vertical[index] = (flags >> _VERT_SHIFT) & 3
    for sprm, change in changes:
        if sprm == _VERT_MERGE:
            if len(change) >= 3 and change[1] < count:  # noqa: PLR2004
                vertical[change[1]] = change[2] & 3
        elif len(change) >= 2:  # noqa: PLR2004 (itcFirst, itcLim)
            first, limit = change[0], min(change[1], count)
            for index in range(first, limit):
                horizontal[index] = 0 if sprm == _SPLIT else (1 if index == first else 2)
    continues = tuple(
        h >= _HORZ_CONTINUES or v == _VERT_CONTINUES
        for h, v in zip(horizontal, vertical, strict=True)
    )
    down = tuple(v == _VERT_CONTINUES for v in vertical)
    return _RowDef(edges, continues, down)


class _Fields:
    """Field codes across paragraphs: the code is left out, the result read."""

    def __init__(self) -> None:
        #: For each open field, whether its code is still being read (before \x14).
        self.open: list[bool] = []
        self.codes = 0
        #: The mark of a form field whose code is being read, shown where its code ends.
        self.form = ""

    def text(self, raw: str, forms: dict[int, str] | None = None) -> str:
        r"""A paragraph's text as shown (see the module docstring).

        *forms* gives the marks of form fields by the position of their data
        character (``\x01``, in their code): each is shown where its code ends.
        """
        if not self.codes and _SPECIAL.search(raw) is None:
            return raw
        parts: list[str] = []
        start = 0
        for special in _SPECIAL.finditer(raw):
            if not self.codes:
                parts.append(raw[start : special.start()])
            start = special.end()
            char = special.group()
            if char == _FIELD_BEGIN:
                self.open.append(True)
                self.codes += 1
            elif char == _FIELD_SEPARATOR:
                if self.open and self.open[-1]:
                    self.open[-1] = False
                    self.codes -= 1
                    self.show_form(parts)
            elif char == _FIELD_END:
                if self.open and self.open.pop():
                    self.codes -= 1
                    self.show_form(parts)
            elif forms and special.start() in forms:
                self.form = forms[special.start()]
            elif not self.codes and char in _BREAKS:
                parts.append(_BREAKS[char])
        if not self.codes:
            parts.append(raw[start:])
        return "".join(parts)

    def show_form(self, parts: list[str]) -> None:
        """Show the form field whose code just ended, unless in another field's code."""
        if self.form and not self.codes:
            parts.append(self.form)
        self.form = ""


class _Cell:
    """A table cell being read: its paragraphs' texts and the tables nested in it, in order."""

    def __init__(self) -> None:
        self.parts: list[str | _Table] = []

    def tables(self) -> list[_Table]:
        return [part for part in self.parts if isinstance(part, _Table)]

    def lines(self) -> list[str]:
        """The cell's paragraphs as lines, its nested tables' included, as in a .docx.

        Cells of a nested table continuing a merge are left out.
        """
        lines: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                lines.append(part)
            else:
                for cells, row, _ in part.rows:
                    for cell, continues in zip(cells, _continues(cells, row), strict=True):
                        if not continues:
                            lines.extend(cell.lines())
        return lines


class _Table:
    """A table being read: its rows (cells, definition, whether text was left out)."""

    def __init__(self) -> None:
        self.rows: list[tuple[list[_Cell], _RowDef | None, bool]] = []
        self.row: list[_Cell] = []
        self.cell = _Cell()
        self.left_out = False


def _continues(cells: list[_Cell], row: _RowDef | None) -> tuple[bool, ...]:
    return (False,) * len(cells) if row is None else row.continues


class _Rows(RowSink):
    """The rows of the Sheet being built from the document's paragraphs."""

    def __init__(self, file: str | None) -> None:
        super().__init__(file)
        #: The number of the table being read (1-based), for messages.
        self.tables = 0
        #: The tables being read: the outermost first, then each nested in the one before.
        self.stack: list[_Table] = []

    def where(self, row: int | None = None, table: int | None = None) -> str:
        """The table being read (or *table*) and its *row*, for a message."""
        number = self.tables + 1 if table is None else table
        return f"第 {number} 个表格" + ("" if row is None else f"第 {row} 行")

    def paragraph(self, text: str, mark: str, props: _Props, *, left_out: bool = False) -> None:
        """Add one paragraph, ended by *mark*, with its table properties.

        *left_out*: whether text of it was left out as hidden or struck out (a table
        row whose text is all left out is left out).
        """
        if props.depth == 0:
            if mark == "\x07":
                msg = "无法确定表格的行结构：单元格结束符所在段落没有表格属性"
                raise ReadError(msg, file=self.file, where=self.where())
            self.end_table()
            line = _fold(text)
            if line:
                self.spend(1)
                self.rows.append((line,))
            return
        self.nest(props.depth)
        table = self.stack[-1]
        if left_out:
            for outer in self.stack:
                outer.left_out = True
        if (mark == "\x07" and props.ttp) or (props.depth > 1 and props.inner_ttp):
            if not table.row:
                msg = "行结束标记之前没有单元格"
                raise ReadError(msg, file=self.file, where=self.where(len(table.rows) + 1))
            defined = len(props.row.continues) if props.row is not None else len(table.row)
            if len(table.row) != defined:
                msg = f"单元格数（{len(table.row)}）与行定义的单元格数（{defined}）不符"
                raise ReadError(msg, file=self.file, where=self.where(len(table.rows) + 1))
            table.rows.append((table.row, props.row, table.left_out))
            table.row = []
            table.cell = _Cell()
            table.left_out = False
        elif mark == "\x07" or (props.depth > 1 and props.inner_cell):
            table.cell.parts.append(text)
            table.row.append(table.cell)
            table.cell = _Cell()
        else:
            table.cell.parts.append(text)

    def nest(self, depth: int) -> None:
        """Open or close nested tables so that *depth* tables are being read."""
        if depth > _MAX_DEPTH:
            msg = f"表格嵌套过深（{depth} 层）"
            raise ReadError(msg, file=self.file, where=self.where())
        while len(self.stack) > depth:
            self.close(self.stack.pop())
        while len(self.stack) < depth:
            table = _Table()
            if self.stack:
                self.stack[-1].cell.parts.append(table)
            self.stack.append(table)

    def close(self, table: _Table) -> None:
        """Check that *table*, read to its end, has no cell or row left open."""
        if table.row or table.cell.parts:
            msg = "表格的最后一行没有行结束标记（文件不完整？）"
            raise ReadError(msg, file=self.file, where=self.where(len(table.rows) + 1))

    def end_table(self) -> None:
        """Lay out the table read so far, if any, as rows of the Sheet."""
        if not self.stack:
            return
        while len(self.stack) > 1:
            self.close(self.stack.pop())
        table = self.stack.pop()
        self.close(table)
        if table.rows:
            self.tables += 1
            self.lay_out(table)

    def lay_out(self, table: _Table) -> None:
        """Add a table's rows, one cell per column of its grid, as the .docx reader does.

        A cell holding a table lays out a form (see :meth:`lays_out`; in a row of one
        or two cells, always): it is empty, and its paragraphs and tables follow the
        row as rows of their own. A row whose text is all hidden or struck out is left
        out.
        """
        index = _grid([row.edges for _, row, _ in table.rows if row is not None])
        for number, (cells, row, left_out) in enumerate(table.rows, start=1):
            few = len(cells) <= 2  # noqa: PLR2004 (a label and the form's cell)
            layouts: list[_Cell] = []
            holding: list[tuple[int, _Cell]] = []
            texts: list[str] = [] if row is None else [""] * index[row.edges[0]]
            merged: list[tuple[int, int, bool]] = []  # column, span, down: cells of merges
            for at, (cell, continues) in enumerate(zip(cells, _continues(cells, row), strict=True)):
                span = 1 if row is None else index[row.edges[at + 1]] - index[row.edges[at]]
                if span <= 0:
                    msg = f"第 {at + 1} 个单元格的边界无效"
                    raise ReadError(msg, file=self.file, where=self.where(number, self.tables))
                nested = bool(cell.tables())
                if continues:
                    down = row is not None and at < len(row.down) and row.down[at]
                    merged.append((len(texts), span, down))
                    texts.append("")
                elif few and nested:
                    texts.append("")
                    layouts.append(cell)
                else:
                    if nested:
                        holding.append((len(texts), cell))
                    texts.append(_cell_text(cell.lines()))
                texts.extend([""] * (span - 1))
            for column, cell in holding:
                if self.lays_out(cell, column, texts):
                    texts[column] = ""
                    layouts.append(cell)
            if left_out and not layouts and not any(texts):
                continue  # a row struck out or hidden whole (an indicator dropped)
            self.spend(len(texts))
            for column, span, down in merged:
                self.merge(column, span, down=down)
            self.rows.append(tuple(texts))
            for cell in layouts:
                for part in cell.parts:
                    if isinstance(part, _Table):
                        self.lay_out(part)
                    elif line := _fold(part):
                        self.spend(1)
                        self.rows.append((line,))

    @staticmethod
    def lays_out(cell: _Cell, column: int, texts: list[str]) -> bool:
        """Whether *cell*, holding a table in a row of three or more cells, lays out a form.

        It does when the row's other cells are empty, or when a table in it holds an
        indicator grid's header; a small table in a cell of the grid itself (an
        actual broken down) is the cell's text.
        """
        if not any(text for at, text in enumerate(texts) if at != column):
            return True
        for table in cell.tables():
            for cells, row, _ in table.rows:
                row_texts = [
                    _cell_text(inner.lines())
                    for inner, continues in zip(cells, _continues(cells, row), strict=True)
                    if not continues
                ]
                if is_grid_header_row(row_texts):
                    return True
        return False

    def finish(self) -> None:
        self.end_table()


def _grid(rows: list[tuple[int, ...]]) -> dict[int, int]:
    """The column of each cell edge of a table's rows: one per edge, near ones as one.

    Edges less than :data:`_NEAR` twips apart that no row has both of are one
    column boundary: LibreOffice, rounding, writes 13091 in one row for the 13092
    of the rows above, which would give the table a column one twip wide.
    """
    edges = sorted({edge for row in rows for edge in row})
    index: dict[int, int] = {}
    column = -1
    cluster: list[int] = []
    for edge in edges:
        if (
            cluster
            and edge - cluster[0] < _NEAR
            and not any(edge in row and any(other in row for other in cluster) for row in rows)
        ):
            cluster.append(edge)
        else:
            column += 1
            cluster = [edge]
        index[edge] = column
    return index


def _cell_text(lines: list[str]) -> str:
    """A cell's paragraphs as lines, as the .docx reader gives them: folded, empty ones left out."""
    text = "\n".join(lines)
    if "\n" not in text:
        return _fold(text)
    return "\n".join(line for line in map(_fold, text.split("\n")) if line)


def _fold(text: str) -> str:
    """Runs of whitespace as one space, ends stripped."""
    return " ".join(text.split())
