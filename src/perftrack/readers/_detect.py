"""Which reader an input needs, decided by its content.

Exports lie about their type: government systems serve HTML as ``.xls``,
people rename TSV to ``.csv``, and the seed is TSV with an HTML ``<h3>``
title line. :func:`detect_format` therefore looks at the bytes first (zip and
OLE signatures, the root of an XML document or the headers of a MIME web
archive, then the decoded text) and uses the file name only to break
ties between text formats.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import struct
import zipfile
import zlib
from pathlib import PurePath
from typing import Final

from perftrack._errors import ReadError
from perftrack.readers import FORMATS  # every format detect_format can return
from perftrack.readers._decode import check_size, decode_damaged
from perftrack.readers._sheet import MAX_BYTES

__all__ = [
    "ENCRYPTED_OFFICE",
    "FORMATS",
    "cfb_problem",
    "detect_format",
    "detect_text_format",
    "extension_format",
    "markup_format",
]


_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Other signatures people feed us, with what to do instead.
_UNSUPPORTED = (
    (b"%PDF-", "这是 PDF 文件，暂不支持：请先导出为 Excel、Word 或文本"),
    (b"{\\rtf", "这是 RTF 文档，暂不支持：请用 Word 另存为 .docx"),
    (b"PK\x05\x06", "这是空的 zip 压缩包，不是 xlsx 或 docx 文件"),
    (b"\x1f\x8b", "这是 gzip 压缩文件：请先解压"),
    (b"Rar!", "这是 RAR 压缩文件：请先解压"),
    (b"7z\xbc\xaf\x27\x1c", "这是 7z 压缩文件：请先解压"),
    (b"\x89PNG", "这是 PNG 图片，不是表格"),
    (b"\xff\xd8\xff", "这是 JPEG 图片，不是表格"),
)
#: The content types of a Word package's main part (a document or a template, with
#: macros or without), after ``application/vnd.`` and, for the open ones,
#: ``openxmlformats-officedocument.``: one list for detection and the Word readers.
WORD_MAIN_TYPES: Final = (
    "wordprocessingml.document.main+xml",
    "ms-word.document.macroEnabled.main+xml",
    "wordprocessingml.template.main+xml",
    "ms-word.template.macroEnabledTemplate.main+xml",
)
# Main-part content types in [Content_Types].xml, for packages whose main part
# is not at the usual path (Office sometimes writes word/document2.xml).
_WORD_TYPES = tuple(kind.removesuffix("+xml").encode() for kind in WORD_MAIN_TYPES)
_EXCEL_TYPES = (
    b"spreadsheetml.sheet.main",
    b"spreadsheetml.template.main",
    b"ms-excel.sheet.macroEnabled.main",
)
_CONTENT_TYPES_LIMIT = 1 << 20
# OLE directory entries are 128 bytes at 128-byte aligned offsets: a UTF-16 LE
# name (64 bytes), its length in bytes including the NUL (2), the type (1; 2 = stream).
_OLE_ENTRY = 128
_OLE_STREAM = 2
#: What an encrypted Office file is told (an Office Open XML package Excel, Word or WPS
#: encrypted with a password: a compound file holding ``EncryptedPackage``).
ENCRYPTED_OFFICE: Final = (
    "文件受密码保护（加密的 Office 文档），无法读取：请在 Excel、Word 或 WPS 中取消密码后另存再试"
)
# The compound file header's fields (MS-CFB 2.2): the sector shift, the number of FAT
# sectors, the first directory sector, and the first 109 FAT sector numbers (DIFAT).
_CFB_HEADER = 512
_CFB_SHIFT = 0x1E
_CFB_FAT_COUNT = 0x2C
_CFB_DIRECTORY = 0x30
_CFB_DIFAT = 0x4C
_CFB_DIFAT_HEADER = 109
_CFB_SHIFTS = (9, 12)  # 512-byte sectors (version 3) or 4096-byte ones (version 4)
_CFB_MAX_SECTOR = 0xFFFFFFFA  # above: free, end of chain and the other markers

# The start of a file searched for the root element of an XML Spreadsheet 2003.
_XML_HEAD = 1 << 16

# Tags only HTML documents and HTML tables have.
_HTML_DOCUMENT = re.compile(
    r"<(?:!doctype\s+html|html[\s>]|body[\s>]|table[\s>]|tr[\s>]|td[\s>])", re.IGNORECASE
)
# Any tag at all: a line like `<h3 ...>title</h3>` or `<p>`.
_HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE)
# A delimiter row of a pipe table: `|---|:--:|`, `--- | ---`.
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
# Tabs between cells, not indentation: leading whitespace is ignored.
_TABULAR_SHARE = 0.5
_MARKUP_SHARE = 0.5
_COMMA_SHARE = 0.5
_PIPED_SHARE = 0.5
# A quoted cell (doubled quotes inside it are two quoted cells in a row).
_QUOTED = re.compile(r'"[^"\n]*"')
# A cell quoted as Excel quotes it, at a record's start or after a separator, up to its
# closing quote before a separator or the record's end (possessive: no backtracking).
_QUOTED_CELL = re.compile(r'(?:^|(?<=[,;\t]))"(?:[^"]|"")*+"(?=[,;\t\n]|$)', re.MULTILINE)
# csv.Sniffer's regexes are quadratic in the worst case: sniff a bounded sample.
_SNIFF_SAMPLE = 8192

# The root elements of the XML documents read as "word-xml", with their namespaces.
# The root elements of the XML documents perftrack reads: local name -> namespace, format.
_XML_ROOTS: Final = {
    "Workbook": ("urn:schemas-microsoft-com:office:spreadsheet", "excel-xml"),
    "wordDocument": ("http://schemas.microsoft.com/office/word/2003/wordml", "word-xml"),
    "package": ("http://schemas.microsoft.com/office/2006/xmlPackage", "word-xml"),
}
# A namespace declaration among the root's attributes: `xmlns="…"`, `xmlns:ss='…'`.
_XMLNS = re.compile(r"""\bxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# The prolog (declaration, processing instructions, comments, a DOCTYPE or a stray
# <!ENTITY for the reader to refuse) and the root's start tag: its name and its attributes.
_XML_ROOT = re.compile(
    r"(?:<\?[^>]*>|<!--.*?-->|<![A-Z][^\[>]*(?:\[.*?\])?\s*>|\s)*+"  # possessive: no backtracking
    r"<([A-Za-z_][\w.:-]*)([^>]*)>",
    re.DOTALL,
)
#: markup_format is given this many bytes from the start of a file.
_MARKUP_HEAD = 1 << 16
# A MIME header line: `Content-Type: …` (field names are printable ASCII without a colon).
_MIME_HEADER = re.compile(r"([!-9;-~]+):")
_MIME_HEADER_LINES = 64
# The blank line that ends a block of MIME headers.
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
_MIME_HEAD = 16384

_EXTENSIONS = {
    ".txt": "text",
    ".tsv": "text",
    ".tab": "text",
    ".csv": "csv",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}


def detect_format(data: bytes, name: str | None = None, encoding: str | None = None) -> str:
    r"""The format of an input, one of :data:`FORMATS`, decided by its content.

    Zip packages are ``"xlsx"`` or ``"docx"`` by the parts they hold, OLE
    files ``"doc"`` when they hold a Word document (``.doc``, WPS's ``.wps``),
    else ``"xls"``. XML Spreadsheet 2003 workbooks are ``"excel-xml"``, Word
    2003 XML and Flat OPC documents ``"word-xml"``, MIME web archives
    ``"mhtml"`` (see :func:`markup_format`), whatever their name. Other text
    is ``"html"`` when it holds HTML markup, unless most lines are
    tab-separated (a TSV export with an HTML title line is ``"text"``);
    ``"markdown"`` for pipe tables (a ``|---|`` delimiter row, or most lines
    between pipes); ``"csv"`` for comma-separated lines without tabs; else
    ``"text"``. The extension of *name* only breaks ties between
    text formats. *encoding* is the text encoding the caller forces, if any.

    Raises:
        ReadError: the input is too large, is a zip or OLE file of another kind
            (``.ods``…), or is not text in a known encoding.

    Example:
        >>> detect_format("项目名称\t两新党建工作\n".encode())
        'text'
        >>> detect_format(b"<table><tr><td>1</td></tr></table>")
        'html'
        >>> detect_format("项目名称,两新党建工作\n主管部门,莘庄工业区\n".encode())
        'csv'
    """
    check_size(data, file=name)
    if data.startswith(_ZIP):
        return _zip_format(data, name)
    if data.startswith(_OLE):
        return _ole_format(data, name)
    for magic, message in _UNSUPPORTED:
        if data.startswith(magic):
            raise ReadError(message, file=name)
    markup = markup_format(data[:_MARKUP_HEAD])
    if markup is not None:
        return markup
    return detect_text_format(decode_damaged(data, file=name, encoding=encoding)[0], name)


def markup_format(head: bytes) -> str | None:
    r"""``"excel-xml"``, ``"word-xml"`` or ``"mhtml"`` when the start of a file says so.

    *head* is the first bytes of the file (64 KiB are plenty). XML whose root
    element is SpreadsheetML's ``Workbook`` is ``"excel-xml"``, Word 2003's
    ``wordDocument`` or a Flat OPC ``package`` ``"word-xml"`` (each in its
    namespace, bound to the root's prefix); text that starts with a block of MIME
    headers holding ``Content-Type: multipart/…`` (or ``text/html`` beside
    ``MIME-Version``), as Word, Excel and browsers write a 单个文件网页, is
    ``"mhtml"``. The file name plays no part.

    Example:
        >>> markup_format(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n")
        'mhtml'
        >>> markup_format(
        ...     b'<?xml version="1.0"?><w:wordDocument '
        ...     b'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">'
        ... )
        'word-xml'
        >>> markup_format(b"<html><table></table></html>") is None
        True
    """
    text = _head_text(head).lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        root = _XML_ROOT.match(text)
        if root is not None:
            prefix, _, local = root.group(1).rpartition(":")
            known = _XML_ROOTS.get(local)
            # the root's own prefix (none: the default namespace) must be bound to it
            if known is not None and any(
                (declared.group(1) or "") == prefix
                and (declared.group(2) or declared.group(3)) == known[0]
                for declared in _XMLNS.finditer(root.group(2))
            ):
                return known[1]
        return None
    return "mhtml" if _is_mime(text) else None


def _head_text(head: bytes) -> str:
    """The start of a file as text, for markup tests only (bad bytes replaced)."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom) and not head.startswith(codecs.BOM_UTF32_LE):
            return head[len(bom) :].decode(codec, "replace")
    if len(head) > 1 and (head[0] == 0) != (head[1] == 0):  # BOM-less UTF-16: "<\0" or "\0<"
        return head.decode("utf-16-be" if head[0] == 0 else "utf-16-le", "replace")
    return head.decode("utf-8", "replace")


def _is_mime(text: str) -> bool:
    """Whether *text* opens with MIME headers that announce a multipart (or HTML) message."""
    content_type = ""
    version = False
    field = ""
    for count, line in enumerate(text[:_MIME_HEAD].split("\n", _MIME_HEADER_LINES + 1)):
        line = line.rstrip("\r")  # noqa: PLW2901 - the same line, its end trimmed
        if not line.strip():
            break
        if count >= _MIME_HEADER_LINES:
            return False
        if line[0] in " \t":
            if field == "content-type":  # a folded header's continuation (its boundary)
                content_type += " " + line.strip().lower()
            continue
        header = _MIME_HEADER.match(line)
        if header is None:
            return False
        field = header.group(1).lower()
        if field == "content-type":
            content_type = line[header.end() :].strip().lower()
        version = version or field == "mime-version"
    if content_type.startswith("multipart/"):
        return "boundary" in content_type  # no archive goes without its parts' boundary
    if version and content_type.startswith("text/html"):
        # a page after the headers, not a TSV that merely starts with such lines
        body = _BLANK_LINE.split(text[:_MIME_HEAD], maxsplit=1)
        return len(body) == 2 and _HTML_TAG.search(body[1]) is not None  # noqa: PLR2004
    return False


def detect_text_format(text: str, name: str | None = None) -> str:
    r"""The format of decoded *text*: ``"html"``, ``"markdown"``, ``"csv"`` or ``"text"``.

    The rules of :func:`detect_format` for text, for input already in memory.

    Example:
        >>> detect_text_format("| 项目名称 | 两新党建工作 |\n|---|---|\n")
        'markdown'
        >>> detect_text_format(
        ...     '<h3 style="text-align: center;">财政项目支出绩效跟踪表</h3>\t\t\n'
        ...     "项目名称\t两新党建工作\t\n主管部门\t莘庄工业区\t\n"
        ... )
        'text'
    """
    return _text_format(text, extension_format(name))


def extension_format(name: str | None) -> str | None:
    """The text format *name*'s extension suggests, if any.

    Example:
        >>> extension_format("导出.CSV"), extension_format("表.xlsx"), extension_format(None)
        ('csv', None, None)
    """
    if name is None:
        return None
    return _EXTENSIONS.get(PurePath(name).suffix.lower())


def _zip_format(data: bytes, name: str | None) -> str:
    """``"docx"`` or ``"xlsx"`` for an Office Open XML package."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = {n.lower() for n in package.namelist()}
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            kind = _content_types(package)
            if kind is not None:
                return kind
            opendocument = "mimetype" in names and "content.xml" in names
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error, zlib.error):
        raise ReadError(
            "文件以 zip 签名开头，但不是完整的 zip 压缩包（可能已损坏）", file=name
        ) from None
    except (RuntimeError, NotImplementedError):
        # Encrypted members or compression methods zipfile lacks.
        raise ReadError(
            "不是 xlsx 或 docx 文件：zip 压缩包已加密或使用了不支持的压缩方式", file=name
        ) from None
    if opendocument:
        raise ReadError(
            "不是 xlsx 或 docx 文件：这是 OpenDocument（WPS/LibreOffice）文件，"
            "请另存为 .xlsx 或 .docx",
            file=name,
        )
    raise ReadError(
        "不是 xlsx 或 docx 文件：zip 压缩包中没有 xl/workbook.xml 或 word/document.xml", file=name
    )


def _content_types(package: zipfile.ZipFile) -> str | None:
    """``"docx"``/``"xlsx"`` by the main part's content type, or ``None``."""
    try:
        info = package.getinfo("[Content_Types].xml")
    except KeyError:
        return None
    with package.open(info) as member:
        types = member.read(_CONTENT_TYPES_LIMIT)
    if any(t in types for t in _WORD_TYPES):
        return "docx"
    if any(t in types for t in _EXCEL_TYPES):
        return "xlsx"
    return None


def _ole_format(data: bytes, name: str | None) -> str:
    """``"doc"`` for an OLE compound file holding a Word document, else ``"xls"``.

    A Word 97-2003 document (or a WPS 文字 ``.wps``, which is one) has a
    ``WordDocument`` stream, whatever its name; a file named ``.doc`` or ``.wps``
    without it or a workbook stream is refused. A compound file cut short, or one
    holding an ``EncryptedPackage`` (a password-protected xlsx or docx, whatever
    its name), is refused as such (:func:`cfb_problem`).
    """
    problem = cfb_problem(data)
    if problem is not None:
        raise ReadError(problem, file=name)
    if _has_ole_stream(data, "WordDocument"):
        return "doc"
    # Excel 97-2003 keeps its sheets in "Workbook", Excel 5/95 in "Book".
    workbook = _has_ole_stream(data, "Workbook") or _has_ole_stream(data, "Book")
    if not workbook and (_extension_is(name, ".doc") or _extension_is(name, ".wps")):
        raise ReadError(
            "不是可读取的 Word 97-2003 文档（.doc）：复合文档中没有 WordDocument 流", file=name
        )
    return "xls"


def cfb_problem(data: bytes) -> str | None:
    r"""Why the compound file *data* cannot be read whatever it holds, or ``None``.

    A file whose header places its directory or a sector of its allocation table
    past the end of the data was cut short (a download or copy that stopped); a
    file holding an ``EncryptedPackage`` stream is an Office Open XML package
    encrypted with a password (:data:`ENCRYPTED_OFFICE`). Only the header and the
    directory entries are looked at; anything else is left to the readers.

    Example:
        >>> import struct
        >>> header = _OLE + bytes(22) + struct.pack("<H", 9) + bytes(12)
        >>> header += struct.pack("<II", 1, 7) + bytes(24) + struct.pack("<I", 0)
        >>> print(cfb_problem(header.ljust(1024, b"\0")))
        文件不完整（只有 1024 字节，按文件结构应至少有 4608 字节），可能在下载或复制时被截断：请重新获取原文件
        >>> cfb_problem(header.ljust(4608, b"\0")) is None
        True
    """  # noqa: E501 - the message is one line
    truncated = _cfb_cut_at(data)
    if truncated is not None:
        return (
            f"文件不完整（只有 {len(data)} 字节，按文件结构应至少有 {truncated} 字节），"
            "可能在下载或复制时被截断：请重新获取原文件"
        )
    if _has_ole_stream(data, "EncryptedPackage"):
        return ENCRYPTED_OFFICE
    return None


def _cfb_cut_at(data: bytes) -> int | None:
    """The size the compound file *data* must at least have, when it is shorter; else None.

    The directory's first sector and the allocation table's sectors the header
    lists must start inside the data; a header that is itself damaged (an unknown
    sector size, a sector past any file perftrack reads) is left to the readers
    (``None``).

    Example:
        >>> header = _OLE + bytes(22) + struct.pack("<H", 9) + bytes(16)
        >>> _cfb_cut_at(header + struct.pack("<I", 0x7FFFFFFF) + bytes(460)) is None
        True
    """
    if len(data) < _CFB_HEADER:
        return _CFB_HEADER
    shift = struct.unpack_from("<H", data, _CFB_SHIFT)[0]
    if shift not in _CFB_SHIFTS:
        return None
    size = 1 << shift
    fat_count = struct.unpack_from("<I", data, _CFB_FAT_COUNT)[0]
    sectors = [struct.unpack_from("<I", data, _CFB_DIRECTORY)[0]]
    sectors += struct.unpack_from(f"<{_CFB_DIFAT_HEADER}I", data, _CFB_DIFAT)[
        : min(fat_count, _CFB_DIFAT_HEADER)
    ]
    needed = max(
        ((sector + 2) * size for sector in sectors if sector <= _CFB_MAX_SECTOR), default=0
    )
    if needed > MAX_BYTES:  # no file read is that large: the header is broken, not cut
        return None
    return needed if needed > len(data) and needed - size >= len(data) else None


def _extension_is(name: str | None, suffix: str) -> bool:
    return name is not None and PurePath(name).suffix.lower() == suffix


def _has_ole_stream(data: bytes, stream: str) -> bool:
    """Whether an OLE directory entry names *stream* (found without parsing the FAT)."""
    encoded = stream.encode("utf-16-le") + b"\x00\x00"
    length = struct.pack("<H", len(encoded))
    start = data.find(encoded)
    while start != -1:
        entry = data[start : start + _OLE_ENTRY]
        if (
            start % _OLE_ENTRY == 0
            and len(entry) == _OLE_ENTRY
            and entry[0x40:0x42] == length
            and entry[0x42] == _OLE_STREAM
        ):
            return True
        start = data.find(encoded, start + 1)
    return False


def _text_format(text: str, by_name: str | None) -> str:
    """The text format of decoded *text*; *by_name* breaks ties."""
    lines = [line for line in _records(text).split("\n") if line.strip()]
    if not lines:
        return by_name or "text"
    count = len(lines)
    # Tabs after the first non-blank character separate cells; leading ones indent.
    tabular = sum("\t" in line.lstrip() for line in lines)
    if tabular and '"' in text:
        # ...and tabs in quoted cells are text: "\t101001", the guard CSV exports put before codes.
        tabular -= sum(
            "\t" not in _QUOTED.sub("", line).lstrip()
            for line in lines
            if '"' in line and "\t" in line.lstrip()
        )
    mostly_tabular = tabular >= count * _TABULAR_SHARE
    if _HTML_DOCUMENT.search(text) and not mostly_tabular:
        return "html"
    if not mostly_tabular and (_has_pipe_table(lines) or _mostly_piped(lines)):
        # Before the other tags: pipe tables often hold `<br>` in cells.
        return "markdown"
    markup = sum(bool(_HTML_TAG.search(line)) for line in lines)
    if markup and not mostly_tabular and (markup >= count * _MARKUP_SHARE or by_name == "html"):
        return "html"
    if tabular and not (by_name == "csv" and not mostly_tabular and _looks_like_csv(text, lines)):
        return "text"
    if _looks_like_csv(text, lines):
        return "csv"
    if by_name in ("csv", "markdown"):
        return by_name
    return "text"


def _records(text: str) -> str:
    r"""*text* with the line breaks inside quoted cells made spaces: one line a record.

    A cell quoted as Excel quotes it (``"第一行⏎第二行"``, between separators) is part
    of its record, so that a CSV or TSV whose cells span lines is judged by its
    records, not by the lines of its cells.
    """
    if '"' not in text:
        return text
    return _QUOTED_CELL.sub(_unbroken, text)


def _unbroken(match: re.Match[str]) -> str:
    cell = match.group()
    return cell.replace("\n", " ") if "\n" in cell else cell


def _has_pipe_table(lines: list[str]) -> bool:
    """Whether a pipe row is followed by a ``|---|`` delimiter row."""
    return any(
        "|" in above and "|" in below and "-" in below and _MD_SEPARATOR.match(below)
        for above, below in itertools.pairwise(lines)
    )


def _mostly_piped(lines: list[str]) -> bool:
    """Whether most lines are rows between pipes (a pipe table whose delimiter row got lost)."""
    piped = sum(
        len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")
        for stripped in (line.strip() for line in lines)
    )
    return piped >= len(lines) * _PIPED_SHARE


def _looks_like_csv(text: str, lines: list[str]) -> bool:
    """Whether most lines hold commas (or semicolons) and :class:`csv.Sniffer` agrees."""
    from perftrack.readers._csv import delimiter_of  # noqa: PLC0415

    delimiter = delimiter_of(text)
    if delimiter != ",":
        return delimiter == ";" and sum(";" in line for line in lines) >= len(lines) * _COMMA_SHARE
    if sum("," in line for line in lines) < len(lines) * _COMMA_SHARE:
        return False
    sample = text[:_SNIFF_SAMPLE]
    if len(text) > _SNIFF_SAMPLE and "\n" in sample:
        # Whole lines only: a cut line has fewer commas than its neighbours.
        sample = sample[: sample.rindex("\n")]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",")
    except csv.Error:
        # Too few records for the sniffer to trust (rows of unequal width, as Python's
        # csv, WPS and web systems write them; a cell broken over lines): a comma in
        # every record is enough, and so is one outside quotes and numbers in most of
        # them when no line holds a tab (a title line above the table has no comma).
        return len(lines) > 1 and (all("," in line for line in lines) or _mostly_separated(lines))
    return dialect.delimiter == ","


# A comma inside a number (1,234.00) separates no cells.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _mostly_separated(lines: list[str]) -> bool:
    """Whether most *lines* hold a separating comma and none a tab between cells."""
    if any("\t" in line.lstrip() for line in lines):
        return False
    separated = sum("," in _THOUSANDS.sub("", _QUOTED.sub("", line)) for line in lines)
    return separated >= len(lines) * _COMMA_SHARE
