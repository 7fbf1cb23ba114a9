"""Build Word 2003 XML, Flat OPC and MHT files in memory from plain grids, for reader tests.

A document is a list of blocks: a ``str`` is a paragraph, a list of rows a
table. Merged ranges are A1 ranges counted from the table's own top-left cell,
as in ``fixtures_office``; a cell a range covers should be ``""`` in the grid.
"""

from __future__ import annotations

import base64
import html
import quopri
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from fixtures_office import parse_range

if TYPE_CHECKING:
    from collections.abc import Sequence

Block = str | list[list[str]]

W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
WX = "http://schemas.microsoft.com/office/word/2003/auxHint"
W2006 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"


def _paragraph(text: str) -> str:
    if not text:
        return "<w:p/>"
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _table(grid: list[list[str]], merges: Sequence[str], vmerge: str) -> str:
    width = max(len(row) for row in grid)
    rows = [row + [""] * (width - len(row)) for row in grid]
    starts: dict[tuple[int, int], tuple[int, int]] = {}  # top-left → (rows, columns)
    continued: dict[tuple[int, int], int] = {}  # first cell of a continuing row → columns
    covered: set[tuple[int, int]] = set()  # swallowed by a gridSpan
    for ref in merges:
        top, left, bottom, right = (n - 1 for n in parse_range(ref))
        starts[(top, left)] = (bottom - top + 1, right - left + 1)
        for r in range(top, bottom + 1):
            if r > top:
                continued[(r, left)] = right - left + 1
            covered |= {(r, c) for c in range(left + 1, right + 1)}
    out = ["<w:tbl>"]
    for r, row in enumerate(rows):
        out.append("<w:tr>")
        for c, text in enumerate(row):
            properties = ""
            if (r, c) in starts:
                height, span = starts[(r, c)]
                properties = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                if height > 1:
                    properties += f'<w:{vmerge} w:val="restart"/>'
            elif (r, c) in continued:
                span = continued[(r, c)]
                properties = (
                    f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                ) + f"<w:{vmerge}/>"
                text = ""  # noqa: PLW2901 - a continuing cell holds nothing
            elif (r, c) in covered:
                continue
            out.append(f"<w:tc><w:tcPr>{properties}</w:tcPr>{_paragraph(text)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _body(blocks: Sequence[Block], merges: dict[int, list[str]], vmerge: str) -> str:
    parts = []
    tables = 0
    for block in blocks:
        if isinstance(block, str):
            parts.append(_paragraph(block))
        else:
            parts.append(_table(block, merges.get(tables, []), vmerge))
            tables += 1
    return "".join(parts)


def word2003_xml(
    blocks: Sequence[Block],
    merges: dict[int, list[str]] | None = None,
    *,
    body: str | None = None,
    styles: str = "",
) -> str:
    """A Word 2003 XML document (as FreeMarker templates write it), sections and all.

    *styles* is the content of its ``w:styles`` (``w:style`` elements), if any.
    """
    content = body if body is not None else _body(blocks, merges or {}, "vmerge")
    style_sheet = f"<w:styles>{styles}</w:styles>" if styles else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        f'<w:wordDocument xmlns:w="{W2003}" xmlns:wx="{WX}" '
        'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
        'w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">'
        '<w:fonts><w:defaultFonts w:ascii="宋体"/></w:fonts>'
        f"{style_sheet}"
        f'<w:body><wx:sect>{content}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
        "</wx:sect></w:body></w:wordDocument>"
    )


def flat_opc_xml(
    blocks: Sequence[Block],
    merges: dict[int, list[str]] | None = None,
    *,
    body: str | None = None,
    styles: str = "",
) -> str:
    """A Word 2007+ "Word XML 文档" (Flat OPC) holding the document part and a styles part.

    *styles* is the content of the styles part's ``w:styles``, if any.
    """
    content = body if body is not None else _body(blocks, merges or {}, "vMerge")
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    style_part = (
        '<pkg:part pkg:name="/word/styles.xml" pkg:contentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml">'
        f'<pkg:xmlData><w:styles xmlns:w="{W2006}">{styles}</w:styles></pkg:xmlData></pkg:part>'
        if styles
        else ""
    )
    return (
        '<?xml version="1.0" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        f'<pkg:package xmlns:pkg="{PKG}">'
        '<pkg:part pkg:name="/_rels/.rels" '
        'pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">'
        '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'
        "</pkg:xmlData></pkg:part>"
        f'<pkg:part pkg:name="/word/document.xml" pkg:contentType="{main}"><pkg:xmlData>'
        f'<w:document xmlns:w="{W2006}"><w:body>{content}<w:sectPr/></w:body></w:document>'
        f"</pkg:xmlData></pkg:part>{style_part}</pkg:package>"
    )


def html_table(grid: list[list[str]], merges: Sequence[str]) -> str:
    """A grid as an HTML table with rowspan/colspan."""
    width = max(len(row) for row in grid)
    rows = [row + [""] * (width - len(row)) for row in grid]
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for ref in merges:
        top, left, bottom, right = (n - 1 for n in parse_range(ref))
        spans[(top, left)] = (bottom - top + 1, right - left + 1)
        covered |= {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)}
        covered.discard((top, left))
    lines = ["<table border=1 cellpadding=0 cellspacing=0>"]
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rowspan, colspan = spans.get((r, c), (1, 1))
            attributes = (f" rowspan={rowspan}" if rowspan > 1 else "") + (
                f" colspan={colspan}" if colspan > 1 else ""
            )
            cells.append(f"<td{attributes}>{html.escape(text)}</td>")
        lines.append(" <tr>" + "".join(cells) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def mime_part(  # noqa: PLR0913 - a part's headers
    body: bytes,
    *,
    location: str,
    content_type: str = "text/html",
    charset: str | None = None,
    transfer: str = "quoted-printable",
    content_id: str | None = None,
) -> bytes:
    """One MIME part: headers and the body in its transfer encoding."""
    if transfer == "quoted-printable":
        encoded = quopri.encodestring(body)
    elif transfer == "base64":
        raw = base64.b64encode(body)
        encoded = b"\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))
    else:
        encoded = body
    headers = [f"Content-Location: {location}", f"Content-Transfer-Encoding: {transfer}"]
    if content_id is not None:
        headers.append(f"Content-ID: <{content_id}>")
    headers.append(
        f'Content-Type: {content_type}; charset="{charset}"'
        if charset
        else f"Content-Type: {content_type}"
    )
    # Office writes a location's non-ASCII characters raw, in the ANSI code page
    return "\n".join(headers).encode("gb18030") + b"\n\n" + encoded + b"\n"


def word_page(body: str, charset: str | None = "gb2312") -> str:
    """A page as Word saves it, with a meta charset when *charset* is given."""
    meta = (
        f'<meta http-equiv=Content-Type content="text/html; charset={charset}">' if charset else ""
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        f"<head>{meta}<meta name=ProgId content=Word.Document>\n<style>\n<!-- p.MsoNormal {{margin:0cm}} -->\n</style></head>\n"
        f"<body lang=ZH-CN><div class=WordSection1>\n{body}\n</div></body></html>\n"
    )


def word_mht(grid: list[list[str]], merges: list[str]) -> bytes:
    """Word's 单个文件网页: the page in quoted-printable GB2312, an image beside it."""
    page = word_page(html_table(grid, merges)).encode("gb18030")
    return mhtml(
        [
            mime_part(page, location="file:///C:/E1A2B3C4/绩效自评表.htm", charset="gb2312"),
            mime_part(
                b"\x89PNG\r\n\x1a\n",
                location="file:///C:/E1A2B3C4/绩效自评表.files/image001.png",
                content_type="image/png",
                transfer="base64",
            ),
        ]
    )


BOUNDARY = "----=_NextPart_01DA0000.5F3C2B10"


def mhtml(parts: Sequence[bytes], *, excel: bool = False, closed: bool = True) -> bytes:
    """A multipart/related message as Word (or Excel) writes a 单个文件网页."""
    head = "MIME-Version: 1.0\n"
    if excel:
        head += "X-Document-Type: Workbook\n"
    head += f'Content-Type: multipart/related; boundary="{BOUNDARY}"\n\n'
    head += "此文档为“单个文件网页”，也称为“Web 档案”文件。\n\n"
    out = head.encode("gb18030")  # Chinese Word writes its note in the ANSI code page
    for part in parts:
        out += f"--{BOUNDARY}\n".encode() + part + b"\n"
    if closed:
        out += f"--{BOUNDARY}--\n".encode()
    return out.replace(b"\n", b"\r\n")
