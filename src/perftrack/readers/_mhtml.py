"""MHT/MHTML web archives (单个文件网页) → one :class:`Sheet` per page part.

Word and Excel save a "single file web page" as a MIME ``multipart/related``
message, and some systems export their ``.doc``/``.xls`` that way: the page is
a ``text/html`` part (quoted-printable or base64), its images and style sheets
other parts. Excel writes one HTML part per worksheet, a frameset part that
lists them (``<x:ExcelWorksheet>`` with ``<x:Name>`` and
``<x:WorksheetSource HRef=…>``) and a navigation part (``tabstrip.htm``).

Each HTML part is decoded and read by :func:`._html.read_html`, with the
archive's style sheet parts (``text/css``: the classes Excel strikes out or
hides cells with); the parts read are, in order:

- when a part lists Excel worksheets, the parts it names (by ``cid:`` or by
  location), each Sheet named after its worksheet;
- otherwise every HTML part that holds a ``<table``, except framesets and
  Excel's tab strip; when none does, every HTML part that is not a frameset
  (a page of paragraphs, which then holds no indicator grid).

A part is decoded with the charset its ``Content-Type`` declares (``gb2312``
and ``gbk`` as GB18030, their superset), else the charset its HTML ``<meta>``
names, else as :func:`._decode.decode` detects it. A declaration the bytes do
not fit is passed over for detection, as in Word XML: bytes that are UTF-8 are
UTF-8 whatever is declared (``charset="gb2312"`` on a UTF-8 page), and bytes the
declared charset cannot decode (GB18030 under ``charset="utf-8"``) are detected.
Only the standard library is used (:mod:`email`).

A message without its closing boundary (a truncated file), a part whose
base64 is broken or whose bytes neither its charset nor detection can decode
(or whose charset is unknown), and a message without any HTML part are
:class:`~perftrack.ReadError` naming the file.
"""

from __future__ import annotations

import codecs
import html
import re
from email import errors, policy
from email.header import Header, decode_header
from email.parser import BytesParser
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Final
from urllib.parse import unquote

from attrs import evolve

from perftrack._errors import ReadError, os_reason
from perftrack.readers._decode import check_size, decode
from perftrack.readers._html import read_html

if TYPE_CHECKING:
    from collections.abc import Iterator
    from email.message import Message
    from pathlib import Path

    from perftrack.readers._sheet import Sheet

__all__ = ["linked_style_sheet", "lists_worksheets", "read_mhtml", "read_web_folder"]

_BROKEN_BASE64: Final = (
    errors.InvalidBase64PaddingDefect,
    errors.InvalidBase64CharactersDefect,
    errors.InvalidBase64LengthDefect,
)
# Chinese Windows code pages under their usual names; GB18030 decodes them all.
_GB_NAMES: Final = frozenset({"gb2312", "gbk", "gb18030", "cp936", "x-gbk", "gb_2312-80"})
# Charsets that say nothing about bytes above 0x7F (Excel declares us-ascii and
# writes entities; a part that has such bytes anyway is decoded as detected).
_ASCII_NAMES: Final = frozenset({"us-ascii", "ascii"})
# `<meta charset="utf-8">`, `<meta http-equiv=Content-Type content="text/html; charset=gb2312">`.
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]{0,300}?\bcharset\s*=\s*["']?([A-Za-z0-9._-]{1,40})""", re.IGNORECASE
)
_META_SAMPLE: Final = 4096
# Excel's list of worksheets in its frameset part: each entry, its name and its source.
_WORKSHEET = re.compile(r"<x:ExcelWorksheet>(.*?)</x:ExcelWorksheet>", re.IGNORECASE | re.DOTALL)
_WORKSHEET_NAME = re.compile(r"<x:Name>([^<]*)</x:Name>", re.IGNORECASE)
_WORKSHEET_SOURCE = re.compile(
    r"<x:WorksheetSource\s+HRef\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE
)
# A worksheet hidden in Excel (as its frameset entry or its own page says): shown to nobody.
_HIDDEN_SHEET = re.compile(r"<x:Visible>\s*Sheet(?:Very)?Hidden\s*</x:Visible>", re.IGNORECASE)
# A single-worksheet page names its worksheet inline, without a source.
_INLINE_NAME = re.compile(r"<x:ExcelWorksheet>\s*<x:Name>([^<]*)</x:Name>", re.IGNORECASE)
_TABLE = re.compile(r"<table[\s>]", re.IGNORECASE)
_FRAMESET = re.compile(r"<frameset[\s>]", re.IGNORECASE)
_TAB_STRIP = re.compile(r"""target\s*=\s*["']?frSheet\b""", re.IGNORECASE)
# A worksheet page of Excel's web folder: its file list, and the style sheet it links to
# (`<link rel=File-List href=filelist.xml><link rel=Stylesheet href=stylesheet.css>`).
_FILE_LIST = re.compile(r"<link\s+rel\s*=\s*[\"']?File-List\b", re.IGNORECASE)
_LINKED_STYLE = re.compile(
    r"<link\s+rel\s*=\s*[\"']?Stylesheet[\"']?\s+href\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE
)
# The workbook's style sheet in the frameset page of a web folder (`X.files/stylesheet.css`).
_WORKBOOK_STYLE = re.compile(r"<x:Stylesheet\s+HRef\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)


def read_mhtml(data: bytes, *, file: str | None = None, encoding: str | None = None) -> list[Sheet]:
    r"""Read the HTML parts of an MHT/MHTML web archive, one Sheet each.

    *encoding* overrides the charsets the parts declare.

    Raises:
        ReadError: the message is truncated (no closing boundary), holds no
            HTML part, or a part's base64 or charset is broken.

    Example:
        >>> archive = (
        ...     b"MIME-Version: 1.0\n"
        ...     b'Content-Type: multipart/related; boundary="----=_NextPart_01"\n\n'
        ...     b"------=_NextPart_01\n"
        ...     b"Content-Location: file:///C:/export.htm\n"
        ...     b"Content-Transfer-Encoding: quoted-printable\n"
        ...     b'Content-Type: text/html; charset="gb2312"\n\n'
        ...     b"<table><tr><td colspan=3D2>=BC=A8=D0=A7=D6=B8=B1=EA</td></tr></table>\n"
        ...     b"------=_NextPart_01--\n"
        ... )
        >>> [sheet] = read_mhtml(archive, file="绩效目标表.mht")
        >>> sheet.rows
        (('绩效指标', ''),)
    """
    check_size(data, file=file)
    # blank lines before the headers (a script's output) would make them the body
    message = BytesParser(policy=policy.compat32).parsebytes(
        data.removeprefix(codecs.BOM_UTF8).lstrip()
    )
    if any(isinstance(d, errors.CloseBoundaryNotFoundDefect) for d in message.defects):
        msg = "MHT 文件不完整：缺少结束分隔行（文件可能被截断）"
        raise ReadError(msg, file=file)
    pages = [
        _Page(part, _part_text(part, file, encoding))
        for part in message.walk()
        if part.get_content_type() == "text/html"
    ]
    if not pages:
        msg = "MHT 文件中没有网页（text/html）部分"
        raise ReadError(msg, file=file)
    style_sheet = "\n".join(_style_sheets(message, file, encoding))
    return [
        evolve(sheet, name=name)
        for page, name in _chosen(pages)
        for sheet in read_html(page.text, file=file, style_sheet=style_sheet)
    ]


def _style_sheets(message: Message, file: str | None, encoding: str | None) -> Iterator[str]:
    """The text of the archive's style sheet parts (Excel's ``stylesheet.css``).

    Excel's pages link to one sheet whose classes strike out or hide cells; a
    part that cannot be decoded is passed over (it holds no table).
    """
    for part in message.walk():
        if part.get_content_type() == "text/css":
            try:
                yield _part_text(part, file, encoding)
            except ReadError:
                continue


class _Page:
    """A decoded HTML part: its text and the names it is referred to by."""

    def __init__(self, part: Message, text: str) -> None:
        self.text = text
        self.content_id = _header(part, "Content-ID").strip("<>")
        self.location = _header(part, "Content-Location")

    def is_named(self, reference: str) -> bool:
        """Whether an Excel ``HRef`` (``cid:…``, a relative or absolute path) names this part."""
        if reference.lower().startswith("cid:"):
            return bool(self.content_id) and reference[4:] == self.content_id
        if not self.location or not reference:
            return False
        if self.location == reference or self.location.endswith("/" + reference):
            return True
        return PurePosixPath(self.location).name == PurePosixPath(reference).name


def _chosen(pages: list[_Page]) -> list[tuple[_Page, str | None]]:
    """The pages to read, with their worksheet names (see the module docstring)."""
    for page in pages:
        chosen = []
        for entry in _WORKSHEET.findall(page.text):
            source = _WORKSHEET_SOURCE.search(entry)
            if source is None:
                continue
            target = next((p for p in pages if p is not page and p.is_named(source[1])), None)
            if target is not None and not _HIDDEN_SHEET.search(entry):
                name = _WORKSHEET_NAME.search(entry)
                chosen.append((target, html.unescape(name[1]).strip() or None if name else None))
        if chosen:
            return [(target, name) for target, name in chosen if not _hidden(target)]
    readable = [p for p in pages if not _FRAMESET.search(p.text) and not _hidden(p)]
    with_tables = [p for p in readable if _TABLE.search(p.text) and not _TAB_STRIP.search(p.text)]
    return [(page, _inline_name(page)) for page in with_tables or readable]


def _hidden(page: _Page) -> bool:
    """Whether a worksheet's page says Excel hides it (``<x:Visible>SheetHidden``)."""
    return "Visible" in page.text and _HIDDEN_SHEET.search(page.text) is not None


def _inline_name(page: _Page) -> str | None:
    """The worksheet name a single-worksheet Excel page gives itself, if exactly one."""
    names = _INLINE_NAME.findall(page.text)
    return html.unescape(names[0]).strip() or None if len(names) == 1 else None


def _part_text(part: Message, file: str | None, encoding: str | None) -> str:
    """A part's HTML as text: transfer encoding undone, then charset decoded."""
    where = _part_name(part)
    payload = part.get_payload(decode=True)
    if any(isinstance(defect, _BROKEN_BASE64) for defect in part.defects):
        msg = "base64 编码已损坏（文件可能被截断或改动过）"
        raise ReadError(msg, file=file, where=where)
    data = payload if isinstance(payload, bytes) else b""
    if encoding is not None:
        return _decoded(data, file, where, encoding)
    charset = part.get_content_charset() or ""
    if charset in _ASCII_NAMES and not data.isascii():
        charset = ""
    if charset:
        try:
            codec = codecs.lookup(_codec(charset)).name
        except LookupError:
            msg = f"声明了未知的字符集 {charset!r}"
            raise ReadError(msg, file=file, where=where) from None
        text = _declared(data, codec)
        if isinstance(text, str):
            return text
        try:  # the bytes are not in the declared charset: detect, as for Word XML
            return decode(data, file=file)
        except ReadError:
            shown = f"0x{text.object[text.start]:02X}"
            msg = f"无法按声明的字符集 {charset} 解码：字节偏移 {text.start} 处（{shown}）无法解码"
            raise ReadError(msg, file=file, where=where) from None
    meta = _META_CHARSET.search(data[:_META_SAMPLE])
    charset = meta.group(1).decode("ascii").lower() if meta else ""
    if charset and charset not in _ASCII_NAMES:
        try:
            text = _declared(data, codecs.lookup(_codec(charset)).name)
        except LookupError:
            pass  # the page's own claim is unknown: detect
        else:
            if isinstance(text, str):
                return text
    return _decoded(data, file, where, None)


def _declared(data: bytes, codec: str) -> str | UnicodeDecodeError:
    """*data* in the charset its part declares, or why it is not in it.

    Bytes that are UTF-8 are read as UTF-8 whatever the declaration says (a page
    declaring ``gb2312`` whose bytes are UTF-8 would decode to mojibake), as
    :func:`._decode.decode` and the Word XML reader prefer it: GB text is almost
    never valid UTF-8. UTF-16 and UTF-32 declarations are taken as they are.
    """
    if codec != "utf-8" and not codec.startswith(("utf-16", "utf-32")) and not data.isascii():
        try:
            return _normalised(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    try:
        return _normalised(data.decode(codec))
    except UnicodeDecodeError as exc:
        return exc


def _decoded(data: bytes, file: str | None, where: str, encoding: str | None) -> str:
    """:func:`decode`, its error naming the part."""
    try:
        return decode(data, file=file, encoding=encoding)
    except ReadError as exc:
        raise ReadError(exc.message, file=file, where=where) from None


def _codec(charset: str) -> str:
    return "gb18030" if charset.lower() in _GB_NAMES else charset


def _part_name(part: Message) -> str:
    """How an error names a part: the file name of its location, else its content ID."""
    location = _header(part, "Content-Location")
    if location:
        return f"网页部分“{PurePosixPath(location).name or location}”"
    content_id = _header(part, "Content-ID").strip("<>")
    return f"网页部分“{content_id}”" if content_id else "网页部分"


def _header(part: Message, name: str) -> str:
    """A header's value, raw bytes decoded (Office writes file names in the ANSI code page)."""
    value: object = part.get(name, "")  # compat32 gives a Header for raw 8-bit bytes
    if not isinstance(value, Header):
        return str(value).strip()
    raw = b"".join(
        chunk if isinstance(chunk, bytes) else chunk.encode("utf-8")
        for chunk, _ in decode_header(value)
    )
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return raw.decode("gb18030", "replace").strip()


def _normalised(text: str) -> str:
    r"""*text* without a BOM and with ``\n`` line breaks, as :func:`decode` gives it."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def lists_worksheets(text: str) -> bool:
    """Whether the HTML *text* is the frameset page of Excel's whole-workbook web page.

    ``X.htm``, beside its folder ``X.files/``, lists the worksheets' pages
    (``<x:WorksheetSource HRef="X.files/sheet001.htm"/>``) in a ``<frameset>``.
    """
    return (
        _FRAMESET.search(text) is not None
        and _WORKSHEET_SOURCE.search(text) is not None
        and _WORKSHEET.search(text) is not None
    )


def read_web_folder(
    text: str, path: Path, *, file: str | None = None, encoding: str | None = None
) -> list[Sheet]:
    """Read the worksheets an Excel frameset page (``X.htm``) lists, from ``X.files/``.

    Each worksheet page is read from the local file its ``HRef`` names, as the MHT
    reader reads its parts: in the frameset's order, named after its worksheet,
    a hidden worksheet left out, with the workbook's ``stylesheet.css`` as each
    page's style sheet. Only a relative reference to a file in a folder under
    *path*'s own is followed (no URL, no ``..``): nothing is fetched.

    Raises:
        ReadError: a worksheet page is missing (the page was copied without
            its folder), out of bounds, or cannot be decoded.
    """
    folder = path.parent
    style_sheet = ""
    workbook_style = _WORKBOOK_STYLE.search(text)
    if workbook_style is not None:
        css = _local(folder, workbook_style[1])
        if css is not None and css.is_file():
            try:
                style_sheet = _read_local(css, file, encoding)
            except ReadError:
                style_sheet = ""  # a style sheet that cannot be decoded holds no table
    sheets: list[Sheet] = []
    for entry in _WORKSHEET.findall(text):
        source = _WORKSHEET_SOURCE.search(entry)
        if source is None or _HIDDEN_SHEET.search(entry):
            continue
        reference = html.unescape(source[1])
        local = _local(folder, reference)
        if local is None:
            msg = f"Excel 网页的工作表“{reference}”不在其文件夹中，未读取（只读取本地文件）"
            raise ReadError(msg, file=file)
        if not local.is_file():
            msg = (
                f"Excel 网页的工作表文件“{reference}”不存在："
                f"请连同文件夹“{PurePosixPath(reference).parent}”一起提供"
            )
            raise ReadError(msg, file=file)
        page = _read_local(local, file, encoding)
        if "Visible" in page and _HIDDEN_SHEET.search(page):
            continue
        found = _WORKSHEET_NAME.search(entry)
        name = html.unescape(found[1]).strip() or None if found else None
        sheets.extend(
            evolve(sheet, name=name)
            for sheet in read_html(page, file=file, style_sheet=style_sheet)
        )
    return sheets


def _local(folder: Path, reference: str) -> Path | None:
    """The file under a folder of *folder* that the relative *reference* names, else ``None``."""
    reference = unquote(reference).replace("\\", "/")
    parts = PurePosixPath(reference).parts
    if (
        not reference
        or reference.startswith("/")
        or ":" in reference  # a URL (file:, http:) or a drive letter
        or ".." in parts
        or len(parts) < 2  # noqa: PLR2004 - in a folder (X.files), not beside the page
    ):
        return None
    local = folder.joinpath(*parts)
    try:  # a link in the folder to a file elsewhere is outside it too
        inside = local.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return None
    return local if inside else None


def _read_local(path: Path, file: str | None, encoding: str | None) -> str:
    """The text of a file of the web folder, its errors naming it."""
    where = f"文件“{path.parent.name}/{path.name}”"
    try:
        data = path.read_bytes()
    except OSError as exc:
        msg = f"无法打开：{os_reason(exc)}"
        raise ReadError(msg, file=file, where=where) from None
    check_size(data, file=file)
    return _decoded(data, file, where, encoding)


def linked_style_sheet(text: str, path: Path, *, file: str | None = None) -> str:
    """The style sheet a worksheet page of Excel's web folder links to, beside it, or "".

    ``X.files/sheet001.htm`` read on its own links to ``stylesheet.css`` in its
    folder, where Excel writes the classes that strike out and hide cells; only
    a page that names its file list (Excel's) and a file name without a folder
    are looked at. A style sheet that is missing or cannot be decoded is "".
    """
    if _FILE_LIST.search(text) is None or (linked := _LINKED_STYLE.search(text)) is None:
        return ""
    reference = unquote(html.unescape(linked[1]))
    if not reference or any(char in reference for char in "/\\:") or reference == "..":
        return ""
    css = path.parent / reference
    if not css.is_file():
        return ""
    try:
        return _read_local(css, file, None)
    except ReadError:
        return ""
