"""What the XML readers share: their text by its declared encoding, and expat's reasons."""

from __future__ import annotations

import codecs
import re
from typing import Final
from xml.parsers.expat import errors as expat_errors

from perftrack.readers._decode import decode

__all__ = ["expat_reason", "xml_text"]

# Expat's reasons for the faults of broken and cut files, in Chinese.
_REASONS: Final = {
    expat_errors.XML_ERROR_NO_ELEMENTS: "文件在文档结束前中断",
    expat_errors.XML_ERROR_UNCLOSED_TOKEN: "文件在标记中间中断",
    expat_errors.XML_ERROR_PARTIAL_CHAR: "文件在字符中间中断",
    expat_errors.XML_ERROR_SYNTAX: "不是 XML（语法错误）",
    expat_errors.XML_ERROR_INVALID_TOKEN: "无效的字符或标记",
    expat_errors.XML_ERROR_TAG_MISMATCH: "开始与结束标记不匹配",
    expat_errors.XML_ERROR_UNDEFINED_ENTITY: "未定义的实体",
    expat_errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: "根元素之后还有内容",
    expat_errors.XML_ERROR_UNBOUND_PREFIX: "未声明的命名空间前缀",
    expat_errors.XML_ERROR_DUPLICATE_ATTRIBUTE: "重复的属性",
    expat_errors.XML_ERROR_BAD_CHAR_REF: "含有 XML 不允许的字符引用（控制字符）",
}


def expat_reason(exc: Exception) -> str:
    """Why expat refused a document (an ``ElementTree.ParseError``), in Chinese if known.

    Example:
        >>> import xml.etree.ElementTree as ET
        >>> try:
        ...     ET.fromstring("<a><b></a>")
        ... except ET.ParseError as exc:
        ...     print(expat_reason(exc))
        开始与结束标记不匹配
    """
    code = getattr(exc, "code", None)
    english = expat_errors.messages.get(code, str(exc).split(":", 1)[0]) if code else str(exc)
    return _REASONS.get(english, english.split(":", 1)[0])


_DECLARED = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?[ \t\r\n]*<\?xml\s[^>]{0,200}?"""
    rb"""\bencoding\s*=\s*["']([A-Za-z][\w.:-]{0,40})["']"""
)
# Encodings decode() finds by itself: UTF-* (BOM, NULs, strict UTF-8), then GB18030 (a
# superset of GB2312 and GBK).
_DETECTED_CODECS = frozenset(("gb2312", "gbk", "gb18030"))


def _declared_codec(data: bytes) -> str | None:
    """The codec the XML declaration names, unless :func:`decode` would find it itself."""
    match = _DECLARED.match(data)
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if codec.startswith("utf") or codec in _DETECTED_CODECS else codec


def xml_text(data: bytes, file: str | None, encoding: str | None) -> str:
    """An XML document's text, its line breaks normalised, from its ``<?xml`` on.

    A forced *encoding*, else a BOM, strict UTF-8, the declared encoding, GB18030
    (so an ``encoding="GB2312"`` file holding GBK characters reads right). A BOM and
    the blank lines a template engine (JSP, FreeMarker) writes before ``<?xml`` are
    left out: no XML parser takes them.

    Example:
        >>> xml_text('<?xml version="1.0" encoding="GB2312"?><a>项目</a>'.encode("gbk"), None, None)
        '<?xml version="1.0" encoding="GB2312"?><a>项目</a>'
    """
    if encoding is None and (codec := _declared_codec(data)) is not None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode(codec).replace("\r\n", "\n").replace("\r", "\n")
                return text.lstrip(_BEFORE_DECLARATION)
            except (UnicodeDecodeError, LookupError):  # LookupError: rot13 and the like
                pass  # the declaration is wrong: guess as for any text
    return decode(data, file=file, encoding=encoding).lstrip(_BEFORE_DECLARATION)


_BEFORE_DECLARATION: Final = "\ufeff \t\r\n"
