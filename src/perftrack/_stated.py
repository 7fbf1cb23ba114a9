"""What a 偏差原因 or 纠偏措施 cell states: placeholders say nothing.

Scoring reads the cells with it (findings, progress), and the reader when it gathers a
table's measures from a 改进措施 column, so that both agree on what "empty" means.
"""

from __future__ import annotations

import re
from typing import Final

from perftrack import vocabulary as voc

__all__ = ["stated"]

# What a 偏差原因 or 纠偏措施 cell holds when it says nothing: a dash, a slash, 无, 正常…
_PLACEHOLDERS: Final = frozenset(
    {
        "无",
        "暂无",
        "没有",
        "无偏差",
        "没有偏差",
        "未偏差",
        "无差异",
        "无偏离",
        "无原因",
        "无异常",
        "正常",
        "进度正常",
        "运行正常",
        "无需",
        "无需纠偏",
        "不需要",
        "空",
        "略",
        "none",
        "null",
        *(word.lower() for word in voc.NOT_APPLICABLE),
    }
)
_PLACEHOLDER_MARKS: Final = frozenset("-—–－─―~～/／\\、…·.。")
# A bare label before the text (偏差原因：, 纠偏措施:, 原因分析：)
_REASON_LABEL_RE: Final = re.compile(
    r"^[^：:，,。]{0,12}?(?:原因|措施|分析|说明)[^：:，,。]{0,6}[：:]"
)
_REASON_TRIM: Final = " \t\r\n\u3000。．.，,；;：:！!"


def stated(text: str) -> str:
    """What a 偏差原因 or 纠偏措施 cell states: "" when it says nothing.

    Placeholders (``无``, ``/``, ``—``, ``-``, ``暂无``, ``无偏差``, ``正常``, ``不适用``)
    and a bare label (``偏差原因：``, ``偏差原因：无``) state no reason. The table keeps
    the raw text; this is only how scoring reads it, for findings and progress alike.

    Example:
        >>> stated("偏差原因：无"), stated(" / "), stated("资金未到位。")
        ('', '', '资金未到位。')
    """
    said = text.strip()
    if not said:
        return ""
    label = _REASON_LABEL_RE.match(said)
    rest = said[label.end() :] if label else said
    core = rest.strip(_REASON_TRIM)
    if not core or core.lower() in _PLACEHOLDERS or _PLACEHOLDER_MARKS.issuperset(core):
        return ""
    return said
