"""Bytes to text: the encodings real exports come in, and the size limits.

Tables reach us as UTF-8 (with or without a BOM), GB18030/GBK (older Windows
tools), and UTF-16 (Excel's "Unicode text" export, usually with a BOM but not
always). :func:`decode` tries them in that order of certainty and refuses
input that none of them turns into text, naming the first byte that failed.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from perftrack._errors import ReadError
from perftrack.readers._sheet import MAX_BYTES, MAX_CELLS, MAX_ROWS, Problem

__all__ = [
    "check_cells",
    "check_size",
    "decode",
    "decode_damaged",
    "filled_width",
    "normalise_breaks",
]

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Characters no table text contains: C0/C1 controls other than the whitespace
# ones, the replacement character, private use (where GB18030 puts unassigned
# codes) and noncharacters. A decode whose result is full of them picked the
# wrong encoding, or the input is not text at all.
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]")
#: Share of junk characters above which a decoded text is refused.
_JUNK_SHARE = 0.3
#: The junk share is judged on this many characters from the start.
_JUNK_SAMPLE = 1 << 20
# BOM-less UTF-16: ASCII characters (tabs, digits, line breaks) put a NUL in
# every other byte. At least this share of the code units must have one...
_UTF16_NUL_SHARE = 0.05
# ...and the other half of the code units at most this fraction as many
# (U+4E00 一 and friends have a zero low byte, so it is not always none).
_UTF16_OTHER_RATIO = 0.25
#: The UTF-16 heuristic looks at this many bytes from the start.
_UTF16_SAMPLE = 1 << 16


def check_size(data: bytes, *, file: str | None = None) -> None:
    """Refuse input larger than :data:`~perftrack.readers._sheet.MAX_BYTES`.

    Example:
        >>> check_size("项目名称".encode())
    """
    if len(data) > MAX_BYTES:
        raise ReadError(
            f"文件过大：{len(data)} 字节，超过上限 {MAX_BYTES} 字节"
            f"（{MAX_BYTES // (1024 * 1024)} MB）；绩效表通常只有几十 KB",
            file=file,
        )


def filled_width(row: tuple[str, ...], width: int) -> int:
    """*width* widened to *row*'s last filled cell: trailing empty fields widen nothing.

    A header row with 120 trailing tabs is as wide as its text, not 121 columns: the
    sheet's size (:func:`check_cells`) counts what a row holds.

    Example:
        >>> filled_width(("名称", "值", "", ""), 1), filled_width(("名称",), 5)
        (2, 5)
    """
    filled = len(row)
    while filled > width and not row[filled - 1].strip():
        filled -= 1
    return max(width, filled)


def check_cells(
    rows: int,
    width: int,
    *,
    file: str | None = None,
    expanded: bool = False,
    line: int | None = None,
) -> None:
    r"""Refuse a sheet of more than :data:`~perftrack.readers._sheet.MAX_CELLS` cells or rows.

    *rows* × *width* is the size of the sheet read so far (padded to its widest row);
    an empty row counts as one cell, so that millions of empty rows are refused too.
    More than :data:`~perftrack.readers._sheet.MAX_ROWS` rows (Excel's grid) are
    refused whatever their width. *expanded*: the size counts the cells merged ranges
    (HTML ``rowspan``/``colspan``) expand to, and the message says so. *line* is the
    line or record reading stopped at, named in the message.

    Example:
        >>> check_cells(60, 8)
        >>> try:
        ...     check_cells(1_000_001, 5, file="a.csv", line=1_000_003)
        ... except ReadError as exc:
        ...     print(*str(exc).split("，"), sep="\n")
        a.csv: 第1000003行: 表格过大：已读出 1000001 行、最宽 5 列
        超过 5000000 个单元格的上限
        请拆分后再读取
    """
    if rows * max(width, 1) <= MAX_CELLS and rows <= MAX_ROWS:
        return
    where = f"第{line}行" if line is not None else None
    if rows > MAX_ROWS:
        msg = f"表格过大：超过 {MAX_ROWS} 行的上限（Excel 的最大行数），请拆分后再读取"
    elif expanded:
        msg = (
            f"表格过大：展开合并单元格后有 {rows} 行 × {width} 列，"
            f"超过 {MAX_CELLS} 个单元格的上限，请拆分后再读取"
        )
    else:
        msg = (
            f"表格过大：已读出 {rows} 行、最宽 {width} 列，"
            f"超过 {MAX_CELLS} 个单元格的上限，请拆分后再读取"
        )
    raise ReadError(msg, file=file, where=where)


def decode(data: bytes, *, file: str | None = None, encoding: str | None = None) -> str:
    r"""Decode the bytes of a text export, its records ending in ``\n`` (:func:`normalise_breaks`).

    Without *encoding*: a BOM decides (UTF-8, UTF-16, UTF-32); BOM-less
    UTF-16 is recognised by its NUL bytes; then strict UTF-8, then GB18030
    (a superset of GBK and GB2312). A leading BOM is never part of the text; a
    UTF-8 BOM before text that is no UTF-8 (UTF-16, GBK) is passed over, the text
    after it recognised as if it had none.

    Raises:
        ReadError: the input is too large, or no encoding turns it into text
            (the message names the byte offset of the first undecodable byte),
            or *encoding* is unknown or does not fit the input.

    Example:
        >>> decode("项目名称\t测试\r\n".encode("gb18030"))
        '项目名称\t测试\n'
        >>> decode("项目名称".encode("utf-16"))
        '项目名称'
    """
    return _decode(data, file=file, encoding=encoding, lenient=False)[0]


def decode_damaged(
    data: bytes, *, file: str | None = None, encoding: str | None = None
) -> tuple[str, tuple[Problem, ...]]:
    r""":func:`decode`, reading past a few damaged bytes: the text and what was read past.

    A text in UTF-8 or GB18030 whose few bad bytes (at most 20, and 5% of its
    characters) are all that stops it is read with ``�`` for each, and one
    ``malformed-cell`` problem for each line holding some, naming the line; UTF-16
    whose last character is cut in half (an odd number of bytes) is read without
    that half, with a ``file-truncated`` problem. Anything else is refused as
    :func:`decode` refuses it. A forced *encoding* reads past nothing.

    Example:
        >>> data = ("名称\t甲\n" * 5).encode("gb18030") + b"\xff\n"
        >>> text, problems = decode_damaged(data)
        >>> text.endswith("甲\n\ufffd\n")
        True
        >>> for problem in problems:
        ...     print(problem.id, problem.row, *problem.message.split("，"), sep="\n")
        malformed-cell
        6
        第 6 行有无法按 GB18030 解码的字节（0xFF）
        已按“\ufffd”读取；文件可能已损坏
    """
    return _decode(data, file=file, encoding=encoding, lenient=True)


def _decode(
    data: bytes, *, file: str | None, encoding: str | None, lenient: bool
) -> tuple[str, tuple[Problem, ...]]:
    """The text of *data* and the problems read past (none unless *lenient*)."""
    check_size(data, file=file)
    if encoding is not None:
        return normalise_breaks(_decode_as(data, encoding, file=file)), ()
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                if codec == "utf-32":
                    # FF FE 00 00 may just as well be UTF-16 LE starting with U+0000.
                    continue
                if lenient and codec == "utf-16" and _cut_in_half(exc):
                    return _without_last_byte(data, codec, file)
                if codec == "utf-16":
                    be = bom == codecs.BOM_UTF16_BE
                    codec16 = "utf-16-be" if be else "utf-16-le"
                    if lenient and (read := _read_past_utf16(data[2:], codec16, 2)) is not None:
                        return read
                if codec != "utf-8-sig":
                    raise _undecodable(exc, codec, file) from None
                try:  # the BOM is valid UTF-8: the failure at its offset in the file
                    data.decode("utf-8")
                except UnicodeDecodeError as in_file:
                    exc = in_file
                # UTF-8 with a few bad bytes stays UTF-8 (GB18030 may decode it, wrongly).
                if (read := _read_past(data[len(bom) :], "UTF-8")) is not None:
                    if lenient:
                        return read
                    raise _undecodable(exc, "UTF-8", file) from None
                # A BOM that lies (a UTF-8 BOM before UTF-16 or GBK text): the text after
                # it is recognised as if it had none; if that fails too, the BOM's error.
                try:
                    return _guess(data[len(bom) :], file, lenient=lenient)
                except ReadError:
                    raise _undecodable(exc, codec, file) from None
            return normalise_breaks(_refuse_junk(text, file)), ()
    return _guess(data, file, lenient=lenient)


def _guess(data: bytes, file: str | None, *, lenient: bool) -> tuple[str, tuple[Problem, ...]]:
    """*data* without a BOM: UTF-16 by its NULs, else strict UTF-8, else GB18030."""
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            if lenient and _cut_in_half(exc):
                return _without_last_byte(data, utf16, file)
            # a lone surrogate (one broken code unit): UTF-16 still, read past (k33c)
            if lenient and (read := _read_past_utf16(data, utf16, 0)) is not None:
                return read
            if not _is_junk(data.decode(utf16, errors="replace")):
                raise _undecodable(exc, utf16, file) from None
        else:
            if not _is_junk(text):
                return normalise_breaks(text), ()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as gb_error:
            if _is_binary(data):
                raise ReadError(
                    "无法识别文件编码（尝试了 UTF-8、GB18030、UTF-16）：内容含有大量控制字节，"
                    "不像文本；这可能不是文本文件（如图片、压缩包或已损坏的文件）",
                    file=file,
                ) from None
            # The encoding that got further is the likelier one; name its failure.
            worst = max((utf8_error, "UTF-8"), (gb_error, "GB18030"), key=lambda e: e[0].start)
            if lenient and (read := _read_past(data, worst[1])) is not None:
                return read
            raise _undecodable(*worst, file) from None
        if _is_junk(text):
            raise _undecodable(utf8_error, "UTF-8", file) from None
        return normalise_breaks(text), ()
    return normalise_breaks(_refuse_junk(text, file)), ()


#: At most this many undecodable bytes are read past (as U+FFFD)...
_MAX_BAD_BYTES: Final = 20
#: ...and at most this share of the text's characters.
_MAX_BAD_SHARE: Final = 0.05


def _read_past(data: bytes, name: str) -> tuple[str, tuple[Problem, ...]] | None:
    """*data* in the encoding *name* with its few bad bytes as U+FFFD, else ``None``."""
    codec = name.lower()
    text = data.decode(codec, errors="replace")
    bad: list[tuple[int, int]] = []  # (byte offset, line)
    position = 0
    while len(bad) <= _MAX_BAD_BYTES:
        try:
            data[position:].decode(codec)
        except UnicodeDecodeError as exc:
            offset = position + exc.start
            line = data[:offset].count(b"\n") + 1
            bad.append((offset, line))
            position = position + exc.end
        else:
            break
    if not bad or len(bad) > _MAX_BAD_BYTES or len(bad) > len(text) * _MAX_BAD_SHARE:
        return None
    if _is_junk(text):
        return None
    by_line: dict[int, list[str]] = {}
    for offset, line in bad:
        by_line.setdefault(line, []).append(f"0x{data[offset]:02X}")
    problems = tuple(
        Problem(
            "malformed-cell",
            f"第 {line} 行有无法按 {name} 解码的字节（{' '.join(shown)}），"
            "已按“\ufffd”读取；文件可能已损坏",
            line,
        )
        for line, shown in by_line.items()
    )
    return normalise_breaks(text), problems


def _read_past_utf16(
    data: bytes, codec: str, skipped: int
) -> tuple[str, tuple[Problem, ...]] | None:
    r"""UTF-16 *data* with its few lone surrogates as U+FFFD, else ``None`` (k33c).

    A surrogate code unit with no partner (one broken code unit: ``D800`` before an
    ASCII tab) stops a strict decode; read past like the bad bytes of UTF-8 or GB18030
    (:func:`_read_past`: at most 20, and 5% of the characters), each line holding some
    said in one ``malformed-cell`` problem naming the code units and their byte offsets
    in the file (*skipped*: the bytes of a BOM before *data*). An odd last byte is
    dropped, with the ``file-truncated`` problem as well.

    Example:
        >>> data = "名称\t甲\n".encode("utf-16-le") * 10 + b"\x00\xd8\t\x00\n\x00"
        >>> text, problems = _read_past_utf16(data, "utf-16-le", 0)
        >>> text.endswith("甲\n\ufffd\t\n"), problems[0].row
        (True, 11)
        >>> problems[0].message.split("，")[0]
        '第 11 行有无法按 UTF-16 解码的孤立代理码元（0xD800'
    """
    problems: list[Problem] = []
    if len(data) % 2:
        data = data[:-1]
        problems.append(_TRUNCATED)
    bad: list[tuple[int, int]] = []  # (byte offset in data, code unit)
    position = 0
    while len(bad) <= _MAX_BAD_BYTES:
        try:
            data[position:].decode(codec)
        except UnicodeDecodeError as exc:
            offset = position + exc.start
            if exc.end - exc.start != 2:  # noqa: PLR2004 - one code unit, a lone surrogate
                return None
            code = data[offset : offset + 2]
            bad.append((offset, int.from_bytes(code, "little" if codec.endswith("le") else "big")))
            position = offset + 2
        else:
            break
    text = data.decode(codec, errors="replace")
    if not bad or len(bad) > _MAX_BAD_BYTES or len(bad) > len(text) * _MAX_BAD_SHARE:
        return None
    if _is_junk(text):
        return None
    by_line: dict[int, list[str]] = {}
    for offset, unit in bad:
        line = data[:offset].decode(codec, errors="replace").count("\n") + 1
        by_line.setdefault(line, []).append(f"0x{unit:04X}，字节偏移 {offset + skipped}")
    problems[:0] = [
        Problem(
            "malformed-cell",
            f"第 {line} 行有无法按 UTF-16 解码的孤立代理码元（{'；'.join(shown)}），"
            "已按“\ufffd”读取；文件可能已损坏",
            line,
        )
        for line, shown in by_line.items()
    ]
    return normalise_breaks(text), tuple(problems)


def _cut_in_half(exc: UnicodeDecodeError) -> bool:
    """Whether *exc* is UTF-16 ending in half a code unit (an odd number of bytes)."""
    return (
        exc.reason == "truncated data" and exc.end >= len(exc.object) and len(exc.object) % 2 == 1
    )


def _without_last_byte(
    data: bytes, codec: str, file: str | None
) -> tuple[str, tuple[Problem, ...]]:
    """UTF-16 *data* cut in half a character: read without the last byte, noted."""
    try:
        text = data[:-1].decode(codec)
    except UnicodeDecodeError as exc:
        raise _undecodable(exc, codec, file) from None
    return normalise_breaks(_refuse_junk(text, file)), (_TRUNCATED,)


#: What UTF-16 cut in half a character (an odd number of bytes) is read with.
_TRUNCATED: Final = Problem(
    "file-truncated",
    "文件在字符中间结束（UTF-16 文本的字节数为奇数），可能被截断：最后一行可能不完整，请核对原文件",
)


def _decode_as(data: bytes, encoding: str, *, file: str | None) -> str:
    """*data* in the caller's *encoding*, every failure as a :class:`ReadError`."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(exc, encoding, file, forced=True) from None
    except LookupError:
        # Unknown names, and codecs that are not text encodings (rot13, base64).
        raise ReadError(f"未知的文本编码 {encoding!r}", file=file) from None
    except (ValueError, TypeError) as exc:
        # a codec that decodes nothing ("undefined"): said in the user's terms, the
        # library's words the cause (--verbose); r35g: they were the whole reason
        msg = (
            f"无法按指定的编码 {encoding} 解码：该编码不能用于读取文本；请确认文件的编码，"
            "或去掉 --encoding（encoding=）由 perftrack 自动识别"
        )
        raise ReadError(msg, file=file) from exc
    return text.removeprefix("\ufeff")


def _guess_utf16(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the NUL bytes say so, else ``None``."""
    sample = data[:_UTF16_SAMPLE]
    units = len(sample) // 2
    if units < 2:  # noqa: PLR2004 - one code unit says nothing
        return None
    even = sample[0 : units * 2 : 2].count(0)
    odd = sample[1 : units * 2 : 2].count(0)
    # Little-endian ASCII is "a\0": the NUL is the odd byte.
    high, low, codec = (odd, even, "utf-16-le") if odd >= even else (even, odd, "utf-16-be")
    if high >= units * _UTF16_NUL_SHARE and low <= high * _UTF16_OTHER_RATIO:
        return codec
    return None


def _is_binary(data: bytes) -> bool:
    """Whether *data* holds more control bytes than any text does (random or binary data)."""
    sample = data[:_UTF16_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * _BINARY_SHARE


def _is_junk(text: str) -> bool:
    """Whether *text* is mostly characters no table contains."""
    sample = text[:_JUNK_SAMPLE]
    if not sample:
        return False
    return len(_JUNK.findall(sample)) > len(sample) * _JUNK_SHARE


def _refuse_junk(text: str, file: str | None) -> str:
    """*text*, unless it is junk: then a :class:`ReadError` naming the first junk character."""
    if _is_junk(text):
        match = _JUNK.search(text)
        where = f"第 {match.start() + 1} 个字符（U+{ord(match.group()):04X}）" if match else ""
        raise ReadError(
            f"无法识别文件编码：内容大多是控制字符，{where}起不像文本；"
            "这可能不是文本文件，或请另存为 UTF-8 后重试",
            file=file,
        )
    return text


#: Control bytes no text encoding puts in text (NUL is UTF-16's; it is checked before).
_CONTROL_BYTES: Final = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
#: Share of control bytes above which undecodable bytes are called binary (random
#: bytes hold about 11%, text none).
_BINARY_SHARE: Final = 0.05
#: Python's codec names, as the user knows the encodings.
_CODEC_NAMES: Final = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32": "UTF-32",
    "gb18030": "GB18030",
}


def _undecodable(
    exc: UnicodeDecodeError, codec: str, file: str | None, *, forced: bool = False
) -> ReadError:
    """The error for bytes that *codec* cannot decode, naming the offset of the first one.

    *forced*: the caller named the encoding, which is then the one to question.
    """
    offset = exc.start
    byte = exc.object[offset : offset + 1]
    truncated = exc.end >= len(exc.object) and exc.reason in (
        "truncated data",
        "unexpected end of data",
    )
    shown = "（文件在字符中间结束）" if truncated or not byte else f"（0x{byte[0]:02X}）"
    unit = exc.object[offset : offset + 2]
    if codec.startswith("utf-16") and exc.end - offset == 2 and len(unit) == 2:  # noqa: PLR2004
        # a lone surrogate: the code unit, as UTF-16 reads it (not its low byte)
        big = codec.endswith("be") or (codec == "utf-16" and exc.object[:2] == codecs.BOM_UTF16_BE)
        shown = f"（孤立代理码元 0x{int.from_bytes(unit, 'big' if big else 'little'):04X}）"
        truncated = False
    if forced:
        return ReadError(
            f"无法按指定的编码 {codec} 解码：字节偏移 {offset} 处{shown}无法解码；"
            "请确认文件的编码，或去掉 --encoding（encoding=）由 perftrack 自动识别",
            file=file,
        )
    if truncated and codec.startswith("utf-16"):
        return ReadError(
            f"文件不完整：UTF-16 文本在字节偏移 {offset} 处的字符中间结束"
            "（字节数为奇数，文件可能被截断）；请重新导出或另存为 UTF-8 后重试",
            file=file,
        )
    return ReadError(
        f"无法识别文件编码：按 {_CODEC_NAMES.get(codec, codec)} 解码时，"
        f"字节偏移 {offset} 处{shown}无法解码；"
        "请另存为 UTF-8 后重试，"
        "或指定编码（命令行 --encoding，或 read(..., encoding=...)）",
        file=file,
    )


_SWAP_BREAKS: Final = str.maketrans({"\r": "\n", "\n": "\r"})


def normalise_breaks(text: str) -> str:
    r"""*text* with its records ending in ``\n``; a line break inside a cell may be a ``\r``.

    ``\r\n`` and a lone ``\r`` (old Mac exports) end records as ``\n`` does. A
    text that ends records with one kind of break and breaks lines inside cells
    with another keeps the two apart: Mac Excel's "CSV (Macintosh)" ends records
    with CR and writes Alt+Enter as LF, and other tools do the reverse. In a text
    of lone CRs and lone LFs (no ``\r\n``), the kind that ends the text (else the
    commoner) ends the records and becomes ``\n``, and the other becomes ``\r``.
    The CSV and TSV readers read such a ``\r`` as a line break in its cell, quoted
    or not; to HTML it is white space. A text that mixes ``\r\n`` with lone
    breaks has every break as ``\n``.

    Example:
        >>> normalise_breaks("项目名称\t示例\r\n名称\t甲\r\n"), normalise_breaks("a\rb\r")
        ('项目名称\t示例\n名称\t甲\n', 'a\nb\n')
        >>> normalise_breaks("名称,原因\r指标,第一行\n第二行\r")
        '名称,原因\n指标,第一行\r第二行\n'
    """
    if "\r" not in text:
        return text
    if "\r\n" in text or "\n" not in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    end = text.rstrip(" \t")[-1:]
    if end not in ("\r", "\n"):
        end = "\r" if text.count("\r") >= text.count("\n") else "\n"
    return text.translate(_SWAP_BREAKS) if end == "\r" else text
