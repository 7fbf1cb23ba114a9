"""A bare 完成 whose figure stands in the 偏差原因 (scoring.md §3 rule 2)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attrs import evolve

from perftrack._stated import stated as _stated
from perftrack.expressions import (
    Comparison,
    DateValue,
    Deadline,
    PeriodTarget,
    Quantity,
    Range,
    StatusValue,
    parse_value,
)
from perftrack.expressions._normalize import normalize
from perftrack.scoring._card import _Status
from perftrack.scoring._common import (
    _factors,
    _ReasonFigure,
    _unit,
)

if TYPE_CHECKING:
    from perftrack.model import (
        Indicator,
    )

# A figure in running text: its number, then what may be its unit (up to the next
# digit, space or mark of punctuation).
_REASON_NUMBER_RE: Final = re.compile(r"(\d+(?:\.\d+)?)([^\d\s,.;:!?()。，、；：！？（）]{0,5})")
# A month in running text (12月, 2023年12月20日): each one a date the reason states.
_REASON_MONTH_RE: Final = re.compile(r"(?<![\d.])\d{1,2}月")
# Clauses of a reason: its figures are read clause by clause.
_REASON_CLAUSE_RE: Final = re.compile(r"[^,;。，、；]+")
# Words before a figure that make it no result: a change (较上年增加2000人), a plan
# (计划50场, 预计11月底), a gap (少2项, 剩余3处) or what was not done (未完成2项).
_REASON_NOT_RESULT_RE: Final = re.compile(
    "较|比|增加|增长|减少|下降|降低|提高|提升|上升|少|多|差|缺|剩|余|尚有|还有|未|没|不|"
    "计划|目标|原定|预计|拟|将|力争|争取|指标|任务"
)
# Words before a figure that make it part of no result either, read for figures only
# (a date after 延期 is the date done): an excess (超额完成5场, 超支2万元), a part (其中
# 线上12场), another year (上年开展45场), an addition or an exception (新增20人, 另有12人,
# 推迟5场), a saving (节约2万元) or a budget (预算30万元).
_REASON_NOT_FIGURE_RE: Final = re.compile(
    "超|其中|上年|去年|前年|往年|同期|新增|另|推迟|延期|延迟|延后|滞后|改为|调整|"
    "节约|节省|结余|节余|预算|停发|取消"
)
# A clause that says its figure is the result: a result verb before it (实际, 全年开展,
# 累计完成, 共, 达到, 建成), the verb of the work (举办45场, 参训860人, 接种, 受理), or a
# shortfall (仅举办45场, 只有860人). A figure without one counts only under the
# indicator's name.
_REASON_RESULT_RE: Final = re.compile(
    "实际|完成|开展|达到|达|共|累计|全年|建成|完工|实现|仅|只|"
    "举办|举行|参训|培训|接种|受理|办理|办结|救助|资助|发放|服务|检测|招收|种植|修建|改造"
)
# Words anywhere in a figure's clause that make it an exception, not the result (有5场
# 改为线上开展, 因5人死亡停发, 2项因故延期): the figure still counts as one stated.
_REASON_EXCEPTION_RE: Final = re.compile(
    "改为|调整|停发|死亡|迁出|迁入|退出|注销|取消|暂停|推迟|延期|延迟|延后|滞后|未(?!达)|没有"
)
# Words around a rate that name no indicator of their own (实际, 全年, 截至6月底…为).
_REASON_GENERIC_RE: Final = re.compile(
    r"截[至止]\d*月?[底末]?|实际|全年|年度|累计|全部|已经|已|共|完成|达到|达|为|是|了|"
    "上半年|下半年|前三季度|目前|当前|年底|年末"
)


def _shares_a_word(label: str, name: str) -> bool:
    """Whether *label* (规范管理率) names the indicator *name* (糖尿病患者规范管理率)."""
    rest = _REASON_GENERIC_RE.sub("", label)
    if not re.search(r"[\u3400-\u9fff]", rest):
        return True
    return any(rest[i : i + 2] in name for i in range(len(rest) - 1))


def _names_indicator(label: str, name: str) -> bool:
    """Whether *label* (参保率, 规范管理率为) is the indicator's own name, not a bare word."""
    rest = _REASON_GENERIC_RE.sub("", label)
    return bool(re.search(r"[\u3400-\u9fff]{2}", rest)) and _shares_a_word(label, name)


def _reason_quantities(
    reason: str, target: Comparison | Range, name: str
) -> list[tuple[Quantity, bool]]:
    """The figures of *reason* in the target's unit, each with whether it is the result.

    A figure after a change, a plan, a gap, an excess, a part or another year (较上年,
    计划, 剩余, 超额, 其中, 上年) is left out. The others are stated; one is the result
    when its clause says so (实际…, 全年开展…, 累计完成…, or the indicator's name) and
    nothing in the clause makes it an exception (有5场改为线上开展, 因5人死亡停发).
    """
    found: list[tuple[Quantity, bool]] = []
    for clause in _REASON_CLAUSE_RE.finditer(reason):
        text = clause.group()
        for match in _REASON_NUMBER_RE.finditer(text):
            before = text[: match.start()]
            if (
                _REASON_NOT_RESULT_RE.search(before)
                or _REASON_NOT_FIGURE_RE.search(before)
                or before.endswith(("第", "前", "近"))
            ):
                continue
            number, tail = match.group(1), match.group(2)
            readings: list[Quantity] = []
            for end in range(len(tail), 0, -1):
                value = parse_value(number + tail[:end])
                if (
                    isinstance(value, Quantity)
                    and value.unit is not None
                    and _factors(target.unit, value.unit) is not None
                ):
                    readings.append(value)
            if not readings:
                continue
            # 4.52万人 under 万人 rather than 4.52万; 2项 under 项 rather than 2项因传承
            exact = [value for value in readings if value.unit == target.unit]
            based = [value for value in readings if _unit(value.unit or "").base]
            chosen = (exact or based[-1:] or readings[-1:])[0]
            if target.unit == "%" and not _shares_a_word(before, name):
                continue  # 资金到位率80% beside 供水保证率: another rate
            result = (
                bool(_REASON_RESULT_RE.search(before)) or _names_indicator(before, name)
            ) and not _REASON_EXCEPTION_RE.search(text)
            found.append((evolve(chosen, label=before.strip() or None), result))
    return found


def _reason_dates(reason: str, year: int | None) -> tuple[list[DateValue], int]:
    """The dates *reason* states as done, and how many months its other clauses name.

    A clause of a plan or a change (原计划11月底完工, 较计划推迟20天) is no date done.
    """
    months = 0
    found: list[DateValue] = []
    for clause in _REASON_CLAUSE_RE.finditer(reason):
        text = clause.group()
        named = len(_REASON_MONTH_RE.findall(text))
        if not named or _REASON_NOT_RESULT_RE.search(text):
            continue
        months += named
        value = parse_value(text)
        if isinstance(value, DateValue) and value.month is not None:
            if value.year is None and year is not None:
                value = evolve(value, year=year)
            found.append(value)
    return found, months


def _reason_figure(indicator: Indicator, year: int | None) -> _ReasonFigure | None:
    """The figure a bare done status leaves to the row's 偏差原因, or None.

    ``完成`` against ``≥4.6万人`` with the reason ``实际领取待遇4.52万人，因死亡销户减少``
    is 4.52万人; ``完成`` against ``2023年11月底前`` with ``12月20日全部完工`` is
    2023-12-20. Only one figure of the target's unit (or one date, for a deadline)
    is judged; with several (``完成10项，2项延期``), *figure* is None and the status
    stands.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator(
    ...     "领取待遇人数",
    ...     target=parse_target("≥4.6万人"),
    ...     actual=parse_value("完成"),
    ...     deviation_reason="实际领取待遇4.52万人，因死亡销户减少",
    ... )
    >>> found = _reason_figure(row, 2023)
    >>> str(found.figure), found.found
    ('实际领取待遇4.52(万人)', ('实际领取待遇4.52万人',))
    """
    actual, target = indicator.actual, indicator.target
    if not (
        isinstance(actual, StatusValue)
        and actual.status is _Status.DONE
        and isinstance(target, (Comparison, Range, Deadline, PeriodTarget))
        and indicator.deviation_reason
        and any(char.isdigit() for char in indicator.deviation_reason)
    ):
        return None
    reason = normalize(_stated(indicator.deviation_reason)).text
    if isinstance(target, (Comparison, Range)):
        if target.unit is None:
            return None
        quantities = _reason_quantities(reason, target, indicator.name)
        if not quantities or (len(quantities) == 1 and not quantities[0][1]):
            return None  # none, or one that is no result (有5场改为线上开展): the status
        shown = tuple(_reason_shown(value) for value, _ in quantities)
        value, result = quantities[0]
        return _ReasonFigure(actual.word, value if len(quantities) == 1 and result else None, shown)
    dates, months = _reason_dates(reason, year)
    if not dates and months < 2:  # noqa: PLR2004 - one month named and read as no date
        return None
    shown = tuple(date.text.strip() for date in dates) or (reason,)
    figure = dates[0] if len(dates) == 1 and months == 1 and dates[0].date is not None else None
    return _ReasonFigure(actual.word, figure, shown)


def _reason_shown(value: Quantity) -> str:
    return f"{value.label or ''}{value.text.strip()}"
