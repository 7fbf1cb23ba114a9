"""Word XML documents → one :class:`Sheet`, read like a .docx body.

Two dialects of one XML file:

- **Word 2003 XML** (WordprocessingML 2003): root ``w:wordDocument`` in the
  ``http://schemas.microsoft.com/office/word/2003/wordml`` namespace. Java
  systems fill FreeMarker templates of this dialect and save them as ``.doc``
  or ``.xml``. Its tags are mapped to the 2006 names (``w:vmerge`` and
  ``w:hmerge`` are spelt ``w:vMerge``/``w:hMerge`` there); the sections and
  paragraph border groups it wraps content in (``wx:sect``,
  ``wx:sub-section``, ``wx:pBdrGroup``) are looked through like content
  controls. Deleted text is ``w:delText`` and text boxes live in ``w:pict``,
  so neither is read, as in .docx.
- **Flat OPC** ("Word XML 文档", Word 2007+): root ``pkg:package`` in the
  ``http://schemas.microsoft.com/office/2006/xmlPackage`` namespace; the main
  document part (``/word/document.xml``, or the part whose content type is
  the main document's) holds a ``w:document`` in ``pkg:xmlData``.

The body is read by :func:`._docx.read_body`, so paragraphs outside tables are
one-cell rows and merged cells are expanded exactly as in a .docx. Only the
standard library is used (:mod:`xml.etree.ElementTree`).

Untrusted files: a ``<!DOCTYPE`` or ``<!ENTITY`` anywhere is refused before
parsing (no DTD, no entity expansion), the document may expand to at most
:data:`MAX_CELLS` cells, and a malformed or truncated file is a
:class:`~perftrack.ReadError` naming the line and column where parsing stopped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Final

from perftrack._errors import ReadError
from perftrack.readers._decode import check_size
from perftrack.readers._detect import WORD_MAIN_TYPES
from perftrack.readers._docx import read_body
from perftrack.readers._xml import expat_reason, xml_text

if TYPE_CHECKING:
    from perftrack.readers._sheet import Sheet

__all__ = ["read_word_xml"]

_W2003: Final = "{http://schemas.microsoft.com/office/word/2003/wordml}"
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PKG: Final = "{http://schemas.microsoft.com/office/2006/xmlPackage}"

# Word 2003 names that differ from the 2006 ones beyond the namespace.
_RENAMED: Final = {"vmerge": "vMerge", "hmerge": "hMerge"}
_MAIN_PART: Final = "/word/document.xml"
# The styles part of a Flat OPC package (the styles that hide or strike out text).
_STYLES_PART: Final = "/word/styles.xml"
_STYLES_TYPE: Final = "wordprocessingml.styles+xml"


def read_word_xml(
    data: bytes, *, file: str | None = None, encoding: str | None = None
) -> list[Sheet]:
    r"""Read a Word 2003 XML or Flat OPC document as one Sheet, like a .docx.

    *encoding* overrides the encoding the XML declaration names (UTF-8 when it
    names none; GBK and GB2312 are read as GB18030, their superset).

    Raises:
        ReadError: the file declares a DOCTYPE or an entity, is not well-formed
            XML (a truncated file), is XML of another kind, or expands past
            :data:`MAX_CELLS` cells.

    Example:
        >>> document = (
        ...     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        ...     '<?mso-application progid="Word.Document"?>'
        ...     '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">'
        ...     "<w:body><w:p><w:r><w:t>项目支出绩效自评表</w:t></w:r></w:p>"
        ...     '<w:tbl><w:tr><w:tc><w:tcPr><w:vmerge w:val="restart"/></w:tcPr>'
        ...     "<w:p><w:r><w:t>产出指标</w:t></w:r></w:p></w:tc>"
        ...     "<w:tc><w:p><w:r><w:t>数量指标</w:t></w:r></w:p></w:tc></w:tr>"
        ...     "<w:tr><w:tc><w:tcPr><w:vmerge/></w:tcPr><w:p/></w:tc>"
        ...     "<w:tc><w:p><w:r><w:t>质量指标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        ...     "</w:body></w:wordDocument>"
        ... )
        >>> [sheet] = read_word_xml(document.encode(), file="自评表.doc")
        >>> sheet.rows
        (('项目支出绩效自评表',), ('产出指标', '数量指标'), ('', '质量指标'))
    """
    check_size(data, file=file)
    text = xml_text(data, file, encoding)
    root = _parse(text, file)
    body = _body(root, file)
    return [read_body(body, file=file, styles=_styles(root))]


def _parse(text: str, file: str | None) -> ET.Element:
    """The root element of *text*, after refusing a DTD or entity declaration."""
    for forbidden in ("<!DOCTYPE", "<!ENTITY"):
        if forbidden in text:
            msg = "XML 文档含有 DOCTYPE（DTD 或实体声明），出于安全考虑拒绝读取"
            raise ReadError(msg, file=file)
    parser = ET.XMLParser()  # noqa: S314 - no DTD gets here (refused above), so no entities
    try:
        parser.feed(text)
        return parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        reason = expat_reason(exc)
        msg = f"XML 格式错误（文件可能已损坏或不完整）：{reason}"
        raise ReadError(msg, file=file, where=f"第 {line} 行第 {column + 1} 列") from None


def _body(root: ET.Element, file: str | None) -> ET.Element:
    """The ``w:body`` of either dialect, with the 2006 names."""
    if root.tag == f"{_W2003}wordDocument":
        body = root.find(f"{_W2003}body")
        if body is None:
            return ET.Element(f"{_W}body")
        _rename_2003(body)
        return body
    if root.tag == f"{_PKG}package":
        document = _main_document(root, file)
    elif root.tag == f"{_W}document":  # a document.xml taken out of its package
        document = root
    else:
        msg = (
            f"不是 Word XML 文档：根元素是 {_local(root.tag)}（应为 w:wordDocument 或 pkg:package）"
        )
        raise ReadError(msg, file=file)
    body = document.find(f"{_W}body")
    return body if body is not None else ET.Element(f"{_W}body")


def _styles(root: ET.Element) -> ET.Element | None:
    """The ``w:styles`` of either dialect, with the 2006 names, if the document has one.

    Word 2003 XML keeps it under the root; a Flat OPC package in its styles part.
    """
    if root.tag == f"{_W2003}wordDocument":
        styles = root.find(f"{_W2003}styles")
        if styles is not None:
            _rename_2003(styles)
        return styles
    if root.tag != f"{_PKG}package":
        return None
    for part in root.findall(f"{_PKG}part"):
        name = part.get(f"{_PKG}name", "")
        if name == _STYLES_PART or part.get(f"{_PKG}contentType", "").endswith(_STYLES_TYPE):
            styles = part.find(f"{_PKG}xmlData/{_W}styles")
            if styles is not None:
                return styles
    return None


def _main_document(package: ET.Element, file: str | None) -> ET.Element:
    """The ``w:document`` of a Flat OPC package's main part."""
    parts = package.findall(f"{_PKG}part")
    main = [p for p in parts if p.get(f"{_PKG}name", "") == _MAIN_PART]
    main += [p for p in parts if p.get(f"{_PKG}contentType", "").endswith(WORD_MAIN_TYPES)]
    for part in main:
        document = part.find(f"{_PKG}xmlData/{_W}document")
        if document is not None:
            return document
    msg = "不是 Word XML 文档：XML 包中没有 Word 文档主体（/word/document.xml）"
    raise ReadError(msg, file=file)


def _rename_2003(body: ET.Element) -> None:
    """Give Word 2003 elements and attributes their 2006 names, in place."""
    size = len(_W2003)
    for element in body.iter():
        tag = element.tag
        if tag.startswith(_W2003):
            local = tag[size:]
            element.tag = _W + _RENAMED.get(local, local)
        if element.attrib:
            for key in [k for k in element.attrib if k.startswith(_W2003)]:
                element.attrib[_W + key[size:]] = element.attrib.pop(key)


def _local(tag: str) -> str:
    """A Clark name without its namespace."""
    return tag.rpartition("}")[2]
