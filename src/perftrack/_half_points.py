"""``N分半`` on a row of points: N.5 分, not minutes (regress52 W2, regress53 W8).

The value language reads ``8分半`` as eight and a half minutes. On a row not of time
(its target in no unit of time, its name saying no 分钟, 时长, 时间…) it is points. The
reader keeps the points in the model (``perftrack read``) and scoring judges them, so
both use this one rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attrs import evolve

from perftrack.expressions import Comparison, Quantity, Range
from perftrack.expressions._normalize import normalize

if TYPE_CHECKING:
    from perftrack.expressions import Target

_HALF_MINUTE_RE: Final = re.compile(r"\d分半")
_TIME_NAME_RE: Final = re.compile("分钟|时长|时间|用时|时限|耗时|时效")
_TIME_UNITS: Final = ("分钟", "小时", "秒", "天", "日")


def half_points(actual: Quantity, target: Target | None, name: str) -> Quantity | None:
    """``N分半`` in minutes on a row not of time: N.5 分; else None.

    >>> from perftrack import parse_target, parse_value
    >>> str(half_points(parse_value("8分半"), parse_target("≥9分"), "考核评分"))
    '8.5(分)'
    >>> half_points(parse_value("4分半"), parse_target("≤5分钟"), "到场时间") is None
    True
    """
    if actual.unit != "分钟":
        return None  # the common value: no minutes, nothing to normalise
    text = "".join(normalize(actual.text or "").text.split())
    if _HALF_MINUTE_RE.search(text) is None:
        return None
    unit = target.unit if isinstance(target, (Comparison, Range)) else None
    if (unit and unit.endswith(_TIME_UNITS)) or _TIME_NAME_RE.search(name):
        return None  # 到场时间 ≤5分钟: four and a half minutes
    return evolve(actual, unit="分")
