"""Build Word 97-2003 binary documents (.doc) in memory, for the .doc reader's tests.

No Word or LibreOffice is needed and no binary file is kept in the repository: the
bytes are written here from the parts of [MS-DOC] the reader uses.

- :func:`cfb_bytes` writes a compound file (CFB version 3: 512-byte sectors, one
  FAT, a directory of the root and its streams; every stream padded to at least
  4096 bytes, so none lives in the mini stream);
- :func:`doc_bytes` writes a document: a minimal FIB, the text as one UTF-16 piece
  (or, with ``compress=True``, alternating 8-bit cp1252 and UTF-16 pieces), the
  piece table (Clx) and the paragraph properties (PlcBtePapx → PapxFkp pages):
  table paragraphs carry ``sprmPFInTable``, each row's end ``sprmPFTtp`` and a
  ``sprmTDefTable`` with the cell edges and each cell's merge flags.

A document is described as :func:`fixtures_office.docx_bytes` describes one: a
list of blocks, each a paragraph (a ``str``) or a table (a list of rows of cell
texts), with merged ranges per table in A1 notation counted from the table's
top-left cell. A cell covered by a merge other than its top-left is ``""``.
In texts, ``"\\n"`` is a line break (written ``\\x0b``) and ``"\\r"`` in a cell
starts a new paragraph of the cell; other characters, such as field marks
(``\\x13`` … ``\\x14`` … ``\\x15``), are written as they are.
"""

from __future__ import annotations

import re
import struct
from typing import TYPE_CHECKING, Any

from fixtures_office import parse_range

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = [
    "CCP_TEXT",
    "FC_LCB",
    "cfb_bytes",
    "def_table",
    "doc_bytes",
    "doc_streams",
    "font_table",
    "form_field_data",
    "sprm",
]

#: Offsets in the WordDocument stream of the FIB fields tests corrupt: FibRgLw97's
#: ccpText, and the (fc, lcb) pair *i* of FibRgFcLcb97 at ``FC_LCB + 8 * i``
#: (13: PlcBtePapx, 33: Clx).
CCP_TEXT = 32 + 2 + 28 + 2 + 4 * 3
FC_LCB = 32 + 2 + 28 + 2 + 88 + 2

SECTOR = 512
FREE, END_OF_CHAIN, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF
MIN_STREAM = 4096

# Sprms the builder writes.
IN_TABLE, TTP, ITAP = 0x2416, 0x2417, 0x6649
INNER_CELL, INNER_TTP = 0x244B, 0x244C
DEF_TABLE, MERGE, VERT_MERGE = 0xD608, 0x5624, 0xD62B
COLUMN_WIDTH = 1000  # twips


def cfb_bytes(streams: Mapping[str, bytes]) -> bytes:
    """A compound file holding *streams* (name → content) under its root storage."""
    names = sorted(streams, key=lambda name: (len(name), name.upper()))
    body = bytearray()
    starts: dict[str, int] = {}
    sizes: dict[str, int] = {}
    chains: list[tuple[int, int]] = []  # (first sector, sector count)
    for name in names:
        content = streams[name]
        if len(content) < MIN_STREAM:
            content += b"\x00" * (MIN_STREAM - len(content))
        content += b"\x00" * (-len(content) % SECTOR)
        starts[name] = len(body) // SECTOR
        sizes[name] = len(content)
        chains.append((starts[name], len(content) // SECTOR))
        body += content
    entries = [_entry("Root Entry", 5, 1 if names else NO_STREAM, NO_STREAM, 0)]
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else NO_STREAM
        entries.append(_entry(name, 2, NO_STREAM, right, sizes[name], starts[name]))
    while len(entries) % 4:
        entries.append(b"\x00" * 64 + struct.pack("<HBB", 0, 0, 0) + b"\xff" * 12 + b"\x00" * 48)
    directory_start = len(body) // SECTOR
    directory_sectors = len(entries) // 4
    chains.append((directory_start, directory_sectors))
    body += b"".join(entries)
    used = len(body) // SECTOR
    fat_sectors = 1
    while (used + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    fat = [FREE] * (fat_sectors * SECTOR // 4)
    for first, count in chains:
        for sector in range(first, first + count):
            fat[sector] = sector + 1 if sector + 1 < first + count else END_OF_CHAIN
    for sector in range(used, used + fat_sectors):
        fat[sector] = FAT_SECTOR
    body += struct.pack(f"<{len(fat)}I", *fat)
    difat = [used + index for index in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack(
            "<IIIIIIIII", 0, fat_sectors, directory_start, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0
        )
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR
    return header + bytes(body)


def _entry(  # noqa: PLR0913, PLR0917 (the fields of a directory entry)
    name: str, kind: int, child: int, right: int, size: int, start: int = END_OF_CHAIN
) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", NO_STREAM, right, child)
        + b"\x00" * 16  # CLSID
        + b"\x00" * 4  # state bits
        + b"\x00" * 16  # times
        + struct.pack("<IQ", start, size)
    )


def sprm(code: int, operand: bytes | int) -> bytes:
    """One sprm with its operand (an int is packed to the size the sprm's spra says)."""
    if isinstance(operand, int):
        size = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}[code >> 13]
        operand = operand.to_bytes(size, "little", signed=operand < 0)
    return struct.pack("<H", code) + operand


def def_table(edges: Sequence[int], flags: Sequence[int]) -> bytes:
    """``sprmTDefTable``: cell edges and one TC80 (its TCGRF *flags*, the rest zero) per cell."""
    body = bytes([len(flags)]) + struct.pack(f"<{len(edges)}h", *edges)
    body += b"".join(struct.pack("<H", flag) + b"\x00" * 18 for flag in flags)
    return struct.pack("<HH", DEF_TABLE, len(body) + 1) + body


def _table_paragraphs(
    rows: Sequence[Sequence[str]], merges: Sequence[str], *, legacy: bool, itap: bool
) -> list[tuple[str, bytes]]:
    """The paragraphs (text with its mark, grpprl) of a table."""
    ranges = [parse_range(ref) for ref in merges]

    def merge_of(row: int, column: int) -> tuple[int, int, int, int] | None:
        for top, left, bottom, right in ranges:
            if top <= row <= bottom and left <= column <= right:
                return top, left, bottom, right
        return None

    in_table = sprm(IN_TABLE, 1) + (sprm(ITAP, 1) if itap else b"")
    paragraphs: list[tuple[str, bytes]] = []
    for r, row in enumerate(rows, start=1):
        edges = [0]
        flags: list[int] = []
        column = 1
        while column <= len(row):
            merged = merge_of(r, column)
            span = 1
            vertical = 0
            text = row[column - 1]
            if merged is not None:
                top, _, bottom, right = merged
                span = right - column + 1
                if bottom > top:
                    vertical = 3 if r == top else 1
            if legacy and span > 1:
                for offset in range(span):
                    flags.append((1 if offset == 0 else 2) | vertical << 5)
                    edges.append(edges[-1] + COLUMN_WIDTH)
                    cell = text if offset == 0 else ""
                    paragraphs.extend(_cell(cell, in_table))
            else:
                flags.append(vertical << 5)
                edges.append(edges[-1] + span * COLUMN_WIDTH)
                paragraphs.extend(_cell(text, in_table))
            column += span
        paragraphs.append(("\x07", in_table + sprm(TTP, 1) + def_table(edges, flags)))
    return paragraphs


def _cell(text: str, in_table: bytes) -> list[tuple[str, bytes]]:
    parts = text.replace("\n", "\x0b").split("\r")
    return [(part + "\r", in_table) for part in parts[:-1]] + [(parts[-1] + "\x07", in_table)]


_CP1252_RUN = re.compile("[\x00-\x7f]+")


def doc_bytes(*args: Any, **kwargs: Any) -> bytes:
    """A .doc file holding *blocks*: :func:`doc_streams` in a compound file."""
    return cfb_bytes(doc_streams(*args, **kwargs))


def doc_streams(  # noqa: PLR0913 (one switch per variant of a document)
    blocks: Sequence[str | Sequence[Sequence[str]]],
    merges: Mapping[int, Sequence[str]] | None = None,
    *,
    compress: bool = False,
    legacy_merges: bool = False,
    itap: bool = False,
    table_stream: str = "1Table",
    encrypted: bool = False,
    paragraphs: Sequence[tuple[str, bytes]] | None = None,
    huge: bool = False,
    extra_streams: Mapping[str, bytes] | None = None,
    chars: Sequence[tuple[int, int, bytes]] = (),
    fonts: Sequence[str] = (),
    data: bytes = b"",
    headers: Mapping[int, str] | None = None,
) -> dict[str, bytes]:
    """The streams of a .doc file holding *blocks* (see the module docstring).

    *compress* stores the ASCII runs of the text as 8-bit pieces and the rest as
    UTF-16 pieces; *legacy_merges* writes a horizontal merge as Word 6 did (one cell
    per column, flagged fFirstMerged/fMerged) instead of one wide cell; *itap* adds
    ``sprmPItap`` beside ``sprmPFInTable``; *huge* keeps the row ends' sprms in the
    ``Data`` stream, a ``sprmPHugePapx`` pointing there. *paragraphs* replaces the blocks by
    hand-made paragraphs (text ending in its mark, grpprl). *chars* gives character
    properties: (first CP, CP after the last, CHPX sprms) of runs of the text, written
    as ChpxFkp pages (the rest of the text a run without properties); *fonts* the names
    of the font table (SttbfFfn); *data* starts the ``Data`` stream (form field data);
    *headers* gives the stories of the header document by their index in ``PlcfHdd``
    (6 + 1: the first section's odd pages' header, 6 + 4: its first page's; each
    paragraph ending in ``\r``).
    """
    if paragraphs is None:
        paragraphs = []
        table_index = 0
        for block in blocks:
            if isinstance(block, str):
                paragraphs.append((block.replace("\n", "\x0b") + "\r", b""))
            else:
                cells = (merges or {}).get(table_index, ())
                paragraphs.extend(_table_paragraphs(block, cells, legacy=legacy_merges, itap=itap))
                table_index += 1
        paragraphs.append(("\r", b""))  # Word's last paragraph, after the last table
    data_stream = bytearray(data)
    if huge:  # Word's way with properties too large for a page: a row end's, here
        moved = []
        for part, properties in paragraphs:
            if part == "\x07" and len(properties) > 20:
                moved.append((part, sprm(0x6646, len(data_stream))))
                data_stream += struct.pack("<H", len(properties)) + properties
            else:
                moved.append((part, properties))
        paragraphs = moved
    ccp_text = sum(len(part) for part, _ in paragraphs)
    hdd = b""
    ccp_hdd = 0
    if headers:
        stories = max(*headers, 11) + 1  # whole sections: six stories each
        cps = [0]
        for story in range(stories):
            cps.append(cps[-1] + len(headers.get(story, "")))
        paragraphs = [
            *paragraphs,
            *(
                (part + "\r", b"")
                for story in range(stories)
                for part in headers.get(story, "").split("\r")[:-1]
            ),
            ("\r", b""),  # the paragraph mark after the last story
        ]
        ccp_hdd = cps[-1] + 1
        cps.append(cps[-1] + 2)  # the guard
        hdd = struct.pack(f"<{len(cps)}I", *cps)
    text = "".join(part for part, _ in paragraphs)
    # The pieces: (text, compressed), stored one after the other from TEXT_START.
    if compress:
        pieces: list[tuple[str, bool]] = []
        at = 0
        for run in _CP1252_RUN.finditer(text):
            if run.start() > at:
                pieces.append((text[at : run.start()], False))
            pieces.append((run.group(), True))
            at = run.end()
        if at < len(text):
            pieces.append((text[at:], False))
    else:
        pieces = [(text, False)]
    text_start = 1024
    stored = bytearray()
    piece_fcs: list[int] = []  # the file offset of each piece
    char_fcs: list[int] = []  # the file offset of each character
    for part, compressed in pieces:
        if not compressed and len(stored) % 2:
            stored += b"\x00"
        fc = text_start + len(stored)
        piece_fcs.append(fc)
        width = 1 if compressed else 2
        char_fcs.extend(fc + width * index for index in range(len(part)))
        stored += part.encode("cp1252") if compressed else part.encode("utf-16-le")
    text_end = text_start + len(stored)
    # The paragraphs' file offsets: each runs to just after its mark.
    ranges: list[tuple[int, int, bytes]] = []
    cp = 0
    previous_end = text_start
    for part, properties in paragraphs:
        cp += len(part)
        mark_fc = char_fcs[cp - 1]
        end = mark_fc + (1 if _is_compressed(pieces, cp - 1) else 2)
        ranges.append((previous_end, end, properties))
        previous_end = end
    first_page = -(-text_end // SECTOR)
    pages = _fkp_pages(ranges)
    word = bytearray(first_page * SECTOR)
    word[text_start:text_end] = stored
    for page in pages:
        word += page[0]
    char_pages = _chpx_pages(_char_runs(chars, char_fcs, text_end)) if chars else []
    first_char_page = first_page + len(pages)
    for page in char_pages:
        word += page[0]
    # The table stream: the Clx, then the PlcBtePapx.
    cps = [0]
    for part, _ in pieces:
        cps.append(cps[-1] + len(part))
    pcds = b"".join(
        struct.pack("<HIH", 0, (fc * 2) | 0x40000000 if compressed else fc, 0)
        for fc, (_, compressed) in zip(piece_fcs, pieces, strict=True)
    )
    plc = struct.pack(f"<{len(cps)}I", *cps) + pcds
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    bte_fcs = [page[1] for page in pages] + [pages[-1][2]]
    bte = struct.pack(f"<{len(bte_fcs)}I", *bte_fcs) + struct.pack(
        f"<{len(pages)}I", *range(first_page, first_page + len(pages))
    )
    table = clx + bte
    extra_pairs: dict[int, tuple[int, int]] = {}
    if char_pages:
        char_fcs_bte = [page[1] for page in char_pages] + [char_pages[-1][2]]
        plc_chpx = struct.pack(f"<{len(char_fcs_bte)}I", *char_fcs_bte) + struct.pack(
            f"<{len(char_pages)}I", *range(first_char_page, first_char_page + len(char_pages))
        )
        extra_pairs[12] = (len(table), len(plc_chpx))
        table += plc_chpx
    if hdd:
        extra_pairs[11] = (len(table), len(hdd))
        table += hdd
    if fonts:
        sttb = font_table(fonts)
        extra_pairs[15] = (len(table), len(sttb))
        table += sttb
    fib = _fib(
        ccp_text,
        (len(clx), len(clx) + len(bte)),
        table_stream=table_stream,
        encrypted=encrypted,
        size=len(word),
        pairs=extra_pairs,
        ccp_hdd=ccp_hdd,
    )
    word[: len(fib)] = fib
    streams = {"WordDocument": bytes(word), table_stream: table}
    if data_stream:
        streams["Data"] = bytes(data_stream)
    streams.update(extra_streams or {})
    return streams


def _is_compressed(pieces: Sequence[tuple[str, bool]], cp: int) -> bool:
    for part, compressed in pieces:
        if cp < len(part):
            return compressed
        cp -= len(part)
    raise AssertionError(cp)


def _fkp_pages(ranges: Sequence[tuple[int, int, bytes]]) -> list[tuple[bytes, int, int]]:
    """PapxFkp pages for the paragraphs: (page, first fc, last fc)."""
    pages: list[tuple[bytes, int, int]] = []
    index = 0
    while index < len(ranges):
        fcs = [ranges[index][0]]
        offsets: list[int] = []
        data_top = SECTOR - 1
        page = bytearray(SECTOR)
        while index < len(ranges):
            _, end, properties = ranges[index]
            papx = b"\x00\x00" + properties  # istd 0, then the sprms
            if len(papx) % 2:
                stored = bytes([(len(papx) + 1) // 2]) + papx
            else:
                stored = bytes([0, len(papx) // 2]) + papx
            top = (data_top - len(stored)) & ~1
            count = len(offsets) + 1
            if top < 4 * (count + 1) + 13 * count:
                break
            page[top : top + len(stored)] = stored
            data_top = top
            offsets.append(top // 2)
            fcs.append(end)
            index += 1
        assert offsets, "a paragraph's properties do not fit in a page"
        count = len(offsets)
        struct.pack_into(f"<{count + 1}I", page, 0, *fcs)
        for run, offset in enumerate(offsets):
            page[4 * (count + 1) + 13 * run] = offset
        page[SECTOR - 1] = count
        pages.append((bytes(page), fcs[0], fcs[-1]))
    return pages


def form_field_data(kind: int, result: int, default: int = 0, entries: Sequence[str] = ()) -> bytes:
    """A form field's data as Word keeps it in the ``Data`` stream: a NilPICFAndBinData.

    Its FFData: *kind* 0 text, 1 check box, 2 drop-down; *result* the box's state
    (25: none, *default* then) or the chosen entry's index; *entries* a drop-down's.
    """

    def xstz(text: str) -> bytes:
        return struct.pack("<H", len(text)) + text.encode("utf-16-le") + b"\x00\x00"

    body = struct.pack("<IHHH", 0xFFFFFFFF, kind | result << 2, 0, 20) + xstz("名称")
    if kind == 0:
        body += xstz("")
    else:
        body += struct.pack("<H", default)
    body += xstz("") * 5
    if kind == 2:
        body += struct.pack("<HHH", 0xFFFF, len(entries), 0)
        body += b"".join(
            struct.pack("<H", len(entry)) + entry.encode("utf-16-le") for entry in entries
        )
    return struct.pack("<IH", 68 + len(body), 68) + b"\x00" * 62 + body


def font_table(names: Sequence[str]) -> bytes:
    """A ``SttbfFfn``: one FFN per font (its 39 bytes of metrics zero, then its name)."""
    entries = b""
    for name in names:
        ffn = b"\x00" * 39 + name.encode("utf-16-le") + b"\x00\x00"
        entries += bytes([len(ffn)]) + ffn
    return struct.pack("<HH", len(names), 0) + entries


def _char_runs(
    chars: Sequence[tuple[int, int, bytes]], char_fcs: Sequence[int], text_end: int
) -> list[tuple[int, int, bytes]]:
    """The runs (fc, fc after, sprms) covering the whole text, from CP runs of *chars*."""
    by_cp = [b""] * len(char_fcs)
    for first, last, grpprl in chars:
        for cp in range(first, last):
            by_cp[cp] = grpprl
    runs: list[tuple[int, int, bytes]] = []
    for cp, fc in enumerate(char_fcs):
        end = char_fcs[cp + 1] if cp + 1 < len(char_fcs) else text_end
        if runs and runs[-1][2] == by_cp[cp]:
            runs[-1] = (runs[-1][0], end, by_cp[cp])
        else:
            runs.append((fc, end, by_cp[cp]))
    return runs


def _chpx_pages(runs: Sequence[tuple[int, int, bytes]]) -> list[tuple[bytes, int, int]]:
    """ChpxFkp pages for the runs: (page, first fc, last fc)."""
    pages: list[tuple[bytes, int, int]] = []
    index = 0
    while index < len(runs):
        fcs = [runs[index][0]]
        offsets: list[int] = []
        data_top = SECTOR - 1
        page = bytearray(SECTOR)
        while index < len(runs):
            _, end, grpprl = runs[index]
            count = len(offsets) + 1
            if grpprl:
                stored = bytes([len(grpprl)]) + grpprl
                top = (data_top - len(stored)) & ~1
                if top < 4 * (count + 1) + count:
                    break
                page[top : top + len(stored)] = stored
                data_top = top
                offsets.append(top // 2)
            else:
                if data_top < 4 * (count + 1) + count:
                    break
                offsets.append(0)
            fcs.append(end)
            index += 1
        assert offsets, "a run's properties do not fit in a page"
        count = len(offsets)
        struct.pack_into(f"<{count + 1}I", page, 0, *fcs)
        for run, offset in enumerate(offsets):
            page[4 * (count + 1) + run] = offset
        page[SECTOR - 1] = count
        pages.append((bytes(page), fcs[0], fcs[-1]))
    return pages


def _fib(  # noqa: PLR0913
    ccp_text: int,
    papx: tuple[int, int],
    *,
    table_stream: str,
    encrypted: bool,
    size: int,
    pairs: Mapping[int, tuple[int, int]] | None = None,
    ccp_hdd: int = 0,
) -> bytes:
    """A Word 97 FIB: FibBase, FibRgW97, FibRgLw97, FibRgFcLcb97 and cswNew 0."""
    flags = (0x0200 if table_stream == "1Table" else 0) | (0x0100 if encrypted else 0)
    base = struct.pack("<HHHHH", 0xA5EC, 0xC1, 0, 0x0804, 0) + struct.pack("<H", flags)
    base += struct.pack("<HI", 0xBF, 0) + b"\x00" * 14
    assert len(base) == 32
    rg_w = struct.pack("<H", 14) + b"\x00" * 28
    lw = [0] * 22
    lw[0], lw[3], lw[5] = size, ccp_text, ccp_hdd
    rg_lw = struct.pack("<H", 22) + struct.pack("<22i", *lw)
    fc_lcb = [(0, 0)] * 93
    clx_lcb, bte_end = papx
    fc_lcb[33] = (0, clx_lcb)
    fc_lcb[13] = (clx_lcb, bte_end - clx_lcb)
    for index, pair in (pairs or {}).items():
        fc_lcb[index] = pair
    rg_fc = struct.pack("<H", 93) + b"".join(struct.pack("<II", fc, lcb) for fc, lcb in fc_lcb)
    return base + rg_w + rg_lw + rg_fc + struct.pack("<H", 0)
