"""What a 偏差原因 or 纠偏措施 cell states: placeholders say nothing.

Scoring reads the cells with it (findings, progress), and the reader when it gathers a
table's measures from a 改进措施 column, so that both agree on what "empty" means.
"""

from __future__ import annotations

import re
from typing import Final

from perftrack import vocabulary as voc

__all__ = ["stated", "vague_reason"]

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
# A 偏差原因 that names no cause (r37s): a reason of no kind (其他原因, 客观原因, 多种原因,
# 原因不明), or a resolve to do better (有待加强, 需进一步提高, 继续努力), or a shortfall
# said again (存在不足, 仍有差距). Only the whole cell: 其他原因：资金未到位 names it, and
# 受疫情影响，培训延期至下半年 is a cause.
_VAGUE_REASON_RE: Final = re.compile(
    r"(?:由于|因为|因|受)?(?:其他|其它|其余|多种|多方面|各种|各方面|客观|主观|特殊|个别|某些|一些)?"
    r"(?:原因|因素)(?:所致|导致|造成|影响)?"
    r"|其他|其它|原因(?:不明|待查|待分析|复杂)|不明原因"
    r"|(?:工作|各项工作|相关工作|服务|管理|宣传)?"
    r"(?:仍|尚|还)?(?:有待|需要|亟需|亟待|需|继续|进一步)(?:进一步)?"
    r"(?:加强|提高|提升|改进|完善|改善|努力|加大力度)"
    r"|(?:工作|服务|管理)?(?:存在|仍有|尚有|还有)(?:不足|差距|欠缺|短板)"
)


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


def vague_reason(text: str) -> str:
    """What a 偏差原因 cell says when it names no cause (``其他原因``, ``有待加强``), else "".

    The reason after a bare label (``偏差原因：其他原因``), trimmed; a cell that states
    nothing (:func:`stated`) is no vague reason, but none at all.

    Example:
        >>> vague_reason("其他原因"), vague_reason("有待加强。"), vague_reason("偏差原因：客观原因")
        ('其他原因', '有待加强', '客观原因')
        >>> vague_reason("受疫情影响，培训延期至下半年"), vague_reason("其他原因：资金未到位")
        ('', '')
    """
    said = stated(text)
    if not said:
        return ""
    label = _REASON_LABEL_RE.match(said)
    core = (said[label.end() :] if label else said).strip(_REASON_TRIM)
    return core if _VAGUE_REASON_RE.fullmatch(core) is not None else ""
