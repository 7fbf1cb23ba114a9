"""Dates, deadlines and periods (expressions.md §2 "Deadlines", §3 "date").

Each grammar is one anchored regular expression over the normalised cell, so
matching is linear; validation (month 1–12, real days) comes after a match.
"""

from __future__ import annotations

import calendar
import re
from typing import Final, NamedTuple

from perftrack.expressions._model import Part
from perftrack.expressions._numbers import chinese_to_int

__all__ = ["DateMatch", "match_date_value", "match_deadline", "match_period"]

_Y = r"(?:19|20)\d{2}|[零一二三四五六七八九]{4}"
_M = r"\d{1,2}|十[一二三四五六七八九]?|[一二三四五六七八九]"
_D = r"\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"


def _point(tag: str) -> str:
    """A date point: 2023年6月30日, 2023-06-30, 2023.07, 6月30日, 6月, 2023年."""
    y, m, d, sep = f"{tag}y", f"{tag}m", f"{tag}d", f"{tag}sep"
    cn_form = (
        rf"(?:(?P<{y}>{_Y})年(?:度)?)?"
        rf"(?:(?P<{m}>{_M})月(?:份)?(?:(?P<{d}>{_D})[日号])?)?"
    )
    numeric_form = (
        rf"(?P<{y}2>(?:19|20)\d{{2}})(?P<{sep}>[-/.])(?P<{m}2>(?<=[-/])\d{{1,2}}|(?<=\.)(?:0?[1-9]|1[0-2])(?!\d))(?:(?P={sep})(?P<{d}2>\d{{1,2}})(?:[日号])?)?"
        r"(?!\d)"
    )
    return rf"(?:{numeric_form}|{cn_form})"


_PREFIX = r"(?:力争在|力争于|力争|计划于|计划在|截止到|截至|截止|已于|于|在|到)?"
_QUARTER = r"第?(?P<q>[一二三四1-4])季度(?P<qend>末|底)?"
_MODIFIER = (
    r"(?:(?P<ymod>年底|年末|底|末)"
    r"|(?P<half>[上下])半年"
    rf"|{_QUARTER}"
    r"|(?P<xun>[上中下])旬"
    r"|(?P<whole>年内|年度内|年度))?"
)
_BEFORE = r"(?P<before>之前|以前|前|以内|之内|内|止)?"
_DONE = (
    r"(?P<done>全部完成|实施完毕|完成|到位|完工|竣工|建成|办结|完结|结束|交付|投入使用|上线|验收)?"
)
_CONTEXT_YEAR = r"(?P<ctx>本年度|本年|今年|当年|年度|年)?"

_DEADLINE_RE: Final = re.compile(
    rf"{_PREFIX}{_CONTEXT_YEAR}{_point('a')}{_MODIFIER}{_BEFORE}(?:前)?{_DONE}(?:前)?"
)
_PERIOD_RE: Final = re.compile(
    rf"{_PREFIX}(?:(?P<ya>{_Y})年(?:度)?[-~至到](?P<yb>{_Y})(?:年(?:度)?)?"
    rf"|(?P<ya2>(?:19|20)\d{{2}})[-~至到](?P<yb2>(?:19|20)\d{{2}})(?:年(?:度)?)?"
    rf"|{_point('a')}[-~至到]{_point('b')})(?:内|期间)?{_DONE}"
)
_DATE_VALUE_RE: Final = re.compile(
    rf"(?P<pre>已于|已在|于|在)?{_point('a')}(?P<already>已)?"
    r"(?P<done>全部完成|完成|完工|竣工|建成|办结|到位|验收|发放)?"
)


class DateMatch(NamedTuple):
    """What a date grammar found: the fields and where a bad part is."""

    year: int | None
    month: int | None
    day: int | None
    part: Part | None
    strict: bool
    done: bool
    error: tuple[str, int, int] | None  # message, start, end in the normalised text


def _int(token: str | None) -> int | None:
    if token is None:
        return None
    return int(token) if token[0].isdigit() else chinese_to_int(token)


def _validate(
    year: int | None, month: int | None, day: int | None, span: tuple[int, int]
) -> tuple[str, int, int] | None:
    if month is not None and not 1 <= month <= 12:  # noqa: PLR2004
        return ("invalid month", *span)
    if day is not None:
        if month is None:
            return ("invalid date", *span)
        last = calendar.monthrange(year if year is not None else 2000, month)[1]
        if not 1 <= day <= last:
            return ("invalid day", *span)
    return None


def _groups(
    match: re.Match[str], tag: str
) -> tuple[int | None, int | None, int | None, tuple[int, int]]:
    g = match.group
    if g(f"{tag}y2") is not None:
        y, m, d = g(f"{tag}y2"), g(f"{tag}m2"), g(f"{tag}d2")
        start, end = match.start(f"{tag}y2"), match.end(f"{tag}d2" if d else f"{tag}m2")
    else:
        y, m, d = g(f"{tag}y"), g(f"{tag}m"), g(f"{tag}d")
        present = [name for name in (f"{tag}y", f"{tag}m", f"{tag}d") if g(name) is not None]
        start = match.start(present[0]) if present else match.start()
        end = match.end(present[-1]) if present else match.end()
    return _int(y), _int(m), _int(d), (start, end)


def match_deadline(text: str, year: int | None) -> DateMatch | None:
    """Match *text* as a whole-cell deadline; None when it is not one.

    Example:
        >>> match_deadline("2023年12月前完成", None)[:5]
        (2023, 12, None, <Part.MONTH: 'month'>, True)
    """
    match = _DEADLINE_RE.fullmatch(text)
    if match is None:
        return None
    y, m, d, span = _groups(match, "a")
    g = match.group
    has_point = y is not None or m is not None
    year_words = g("ymod") in ("年底", "年末") or g("whole") in ("年内", "年度内")
    if not has_point and not (g("ctx") or g("half") or g("q") or year_words):
        return None
    within = g("before") in ("内", "以内", "之内")
    if not has_point and g("ctx") and not (g("ymod") or g("whole") or within):
        return None  # a bare 年 or 年度 alone is no deadline
    if g("xun") and m is None:
        return None
    if (
        (g("ymod") or g("half") or g("q") or g("whole"))
        and m is not None
        and not (g("ymod") in ("底", "末") or g("xun"))
    ):
        return None  # 2023年6月上半年: not a date
    if g("ctx") and y is not None:
        return None  # 今年2023年…
    if y is None:
        y = year
    error = _validate(y, m, d, span)
    part: Part
    if d is not None:
        part = Part.DAY
    elif g("xun"):
        part = {"上": Part.EARLY, "中": Part.MID, "下": Part.LATE}[g("xun")]
    elif m is not None:
        part = Part.MONTH_END if g("ymod") in ("底", "末") else Part.MONTH
    elif g("q"):
        quarter = _int(g("q")) or 1
        part = (Part.QUARTER_1, Part.QUARTER_2, Part.QUARTER_3, Part.QUARTER_4)[quarter - 1]
    elif g("half"):
        part = Part.HALF_1 if g("half") == "上" else Part.HALF_2
    elif g("ymod"):
        part = Part.YEAR_END
    else:
        part = Part.YEAR
    before = g("before") in ("前", "之前", "以前")
    strict = before and part in (Part.MONTH, Part.YEAR)
    return DateMatch(y, m, d, part, strict, g("done") is not None, error)


class PeriodMatch(NamedTuple):
    """The two ends of a period and where a bad part is."""

    start: tuple[int | None, int | None, int | None]
    end: tuple[int | None, int | None, int | None]
    error: tuple[str, int, int] | None


def match_period(text: str, year: int | None) -> PeriodMatch | None:
    """Match *text* as a whole-cell period (two points joined by - ~ 至 到).

    Example:
        >>> match_period("2017年8月至11月", None)[:2]
        ((2017, 8, None), (2017, 11, None))
    """
    match = _PERIOD_RE.fullmatch(text)
    if match is None:
        return None
    if match.group("ya") is not None or match.group("ya2") is not None:
        start_year = _int(match.group("ya") or match.group("ya2"))
        end_year = _int(match.group("yb") or match.group("yb2"))
        return PeriodMatch((start_year, None, None), (end_year, None, None), None)
    ay, am, ad, aspan = _groups(match, "a")
    by, bm, bd, bspan = _groups(match, "b")
    if (am is None and ay is None) or (bm is None and by is None):
        return None
    if (ay is None) != (am is None) and am is None:
        return None
    if by is None and bm is not None and am is None:
        return None  # 2023年-11月
    if ay is None:
        ay = year
    if by is None:
        by = ay
    error = _validate(ay, am, ad, aspan) or _validate(by, bm, bd, bspan)
    return PeriodMatch((ay, am, ad), (by, bm, bd), error)


def match_date_value(text: str, year: int | None) -> DateMatch | None:
    """Match *text* as a whole-cell date value (``2023年10月``, ``已于2023年6月完成``).

    Example:
        >>> match_date_value("已于2023年6月完成", None)[:3]
        (2023, 6, None)
    """
    match = _DATE_VALUE_RE.fullmatch(text)
    if match is None:
        return None
    y, m, d, span = _groups(match, "a")
    if y is None and m is None:
        return None
    if y is None:
        y = year
    done = bool(match.group("done") or match.group("already") or match.group("pre") == "已于")
    return DateMatch(y, m, d, None, strict=False, done=done, error=_validate(y, m, d, span))
