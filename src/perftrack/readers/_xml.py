"""What the XML readers share: expat's reasons for refusing a document, in Chinese."""

from __future__ import annotations

from typing import Final
from xml.parsers.expat import errors as expat_errors

__all__ = ["expat_reason"]

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
