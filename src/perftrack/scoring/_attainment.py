"""Is the annual target reached (scoring.md §3).

The rules for comparisons and ranges, deadlines and periods, qualitative targets and
actuals naming another measure, and the order they are tried in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Literal, NamedTuple, TypeAlias, overload

from attrs import evolve

from perftrack import vocabulary as voc
from perftrack._errors import ExpressionError, nest_quotes
from perftrack._numbers import half_up
from perftrack.expressions import (
    AnyOf,
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    Op,
    PeriodTarget,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Range,
    Status,
    StatusValue,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from perftrack.expressions._dates import STAGE_ACCEPTANCE_PATTERN, match_dated_phrase
from perftrack.expressions._grammar import (
    CLAUSE_SPLIT_RE,
    SHARE_STEPS,
    SHARE_WORDS,
    STANDARD_CODE_RE,
    fraction_bound,
    stage_done,
    stages_named,
    task_fraction,
    this_year_dropped,
    training_time_restated,
    value_fraction,
    works_counted,
    works_named,
)
from perftrack.expressions._normalize import normalize
from perftrack.expressions._numbers import chinese_to_int
from perftrack.model import column_letters
from perftrack.scoring._card import (
    Attainment,
    Progress,
    _Attainment,
    _Bound,
    _Direction,
    _Likelihood,
    _Op,
    _Progress,
    _Severity,
    _Status,
    _TableKind,
)
from perftrack.scoring._common import (
    _CHANGE_BASE_RE,
    _CHANGE_CHANGERS_RE,
    _CHANGE_END_RE,
    _CHANGE_NAME_WORDS,
    _CHANGE_VERBS,
    _DEFAULT_FAMILIES,
    _FALLING_VERBS,
    _HUNDRED,
    _NAME_TAIL_RE,
    _ORDER,
    _PER_CASE_AVERAGE_RE,
    _PER_CASE_NAME_RE,
    _RATE_UNITS,
    _RISING_VERBS,
    _TWO_PLACES,
    _UNIT_COST_RE,
    _WORK_SHARE_LABEL_RE,
    _YEAR_WRITTEN_RE,
    DAY_UNITS,
    EVENT_UNITS,
    MONTH_UNITS,
    SAVING_WORDS,
    _at_least,
    _at_most,
    _average_name,
    _both,
    _calendar_between_working,
    _calendar_beyond_working,
    _calendar_within_working,
    _change_against_rate,
    _change_name,
    _change_sign,
    _Check,
    _Context,
    _counted,
    _counted_done,
    _due,
    _factors,
    _FastCheck,
    _interval,
    _is_cost,
    _is_time_unit,
    _judged_direction,
    _label_sign,
    _Language,
    _last_year_named,
    _Late,
    _limit_rate,
    _may_come_down,
    _name_sign,
    _near_below,
    _normal,
    _odd_reach,
    _odd_word,
    _Outcome,
    _own_subject,
    _pending_or_not_met,
    _per_100k_apart,
    _per_case_time,
    _per_of,
    _per_unit,
    _percent_and_finer,
    _quantity_of,
    _Quotient,
    _Scoring,
    _short_time_limit,
    _status_of,
    _target_sign,
    _text,
    _total_for_unit_cost,
    _unit,
    _unit_cost_name,
    _within_working_words,
    _WithinRounding,
    _work_share,
    _work_share_target,
    _working_in_calendar,
    _year_dropped,
    _year_price_unclear,
    _yearly_label,
    better_lower_by_name,
    days_and_months,
    higher_share_by_name,
    letters_for_digits_target,
    letters_for_digits_unit,
    multi_year_last,
    multi_year_span,
    range_time_given,
    total_after_rhythm,
)
from perftrack.scoring._counts import (
    _both_named_counts,
    _foreign_currency_part,
    group_rates_count,
    lone_figure_alike,
    lone_figure_apart,
    range_straddling,
    respective_rates,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from perftrack.model import (
        Indicator,
        Severity,
        Table,
        TableKind,
    )
    from perftrack.policy import Policy

# ---------------------------------------------------------------------------
# §3 rule 3: comparisons and ranges


class _Compared(NamedTuple):
    check: _Check
    approximate: bool
    above: bool  # the whole actual lies above the target's upper end (range high, bar)
    # Whether the target is judged lower is better, when the comparison asked it (an `=`
    # not under strict equality), else None: the verdict asks it once only (speedS5a)
    lower: bool | None = None


def _compare(target: Comparison | Range, quantity: Quantity, ctx: _Context) -> _Compared | None:
    """Check a quantity against a comparison or range; None when units are incomparable."""
    factors = _factors(target.unit, quantity.unit)
    if factors is None and _zero_against_transactions(target, quantity):
        factors = Decimal(1), Decimal(1)  # 挪用1笔 against 0起 or 0次 (parse48 H2)
    if (
        factors is None
        or _per_100k_apart(target.unit, quantity.unit, ctx.indicator.name)
        or _year_price_unclear(target, quantity)
    ):
        return None
    target_factor, actual_factor = factors
    interval = _interval(quantity, actual_factor)
    if isinstance(target, Range):
        low, high = target.low * target_factor, target.high * target_factor
        below_high = _at_most(interval, high, strict=False)
        if _range_lower_better(ctx.indicator, target):
            # 传染病发病率 3%-5% with 2.5%: below the band of a figure better lower is
            # better than the band, met; above it still misses (points27 M3)
            return _Compared(below_high, interval.approximate, below_high is _FastCheck.VIOLATED)
        if below_high is not _FastCheck.SATISFIED and _range_higher_open(ctx.indicator, target):
            # 群众满意度 90%-95% with 98%: above the band of a rate better higher is better
            # than the band, met (score57 F4); `above` tells the explanation
            at_low = _at_least(interval, low, strict=False)
            return _Compared(at_low, interval.approximate, below_high is _FastCheck.VIOLATED)
        check = _both(_at_least(interval, low, strict=False), below_high)
        return _Compared(check, interval.approximate, below_high is _FastCheck.VIOLATED)
    bar = target.value * target_factor
    op = target.op
    # Reaching a strict ceiling (< 5 with 5) is already breaking it. Asked once: a ceiling
    # and an `=` judged as one (not strict: at most, as `=`'s own) check the same (speedS5a)
    under = _at_most(interval, bar, strict=op is _Op.LT)
    lower: bool | None = None
    if op is _Op.EQ:
        if ctx.policy.strict_equality:
            check = _both(_at_least(interval, bar, strict=False), under)
        elif lower := _judged_direction(ctx.indicator, target) is _Direction.LOWER:
            check = under
        else:
            check = _at_least(interval, bar, strict=False)
    elif op in (_Op.GE, _Op.GT):
        check = _at_least(interval, bar, strict=op is _Op.GT)
    else:
        check = under
    return _Compared(check, interval.approximate, under is _FastCheck.VIOLATED, lower)


# Measure words of events and cases a zero target rules out, 笔 (of money moved) among
# them: one misuse in 笔 is more than none in 起 or 次 (parse48 H2).
_ZERO_EVENT_UNITS: Final = frozenset({"起", "次", "件", "宗", "例", "笔"})


# The words of a wrong done with money a count in 笔 must name to be events (挪用1笔,
# 违规支付3笔), not payments (支付资金326笔): regress110 W6.
_EVENT_OF_MONEY_RE: Final = re.compile(
    "挪用|违规|违纪|违法|套取|骗取|截留|侵占|冒领|虚报|违约|差错|错付|错发|逾期|问题|案件|事件"
)


def _zero_against_transactions(target: Comparison | Range, quantity: Quantity) -> bool:
    """Whether a zero target of events meets a count in 笔, or a zero in 笔 one of events.

    ``0起`` or ``0次`` against ``挪用1笔``, ``0笔`` against ``挪用1起``: one is more than
    none whatever the measure word (parse48 H2). Other pairs of units stay apart.
    """
    return (
        "笔" in (target.unit, quantity.unit)
        and isinstance(target, Comparison)
        and target.value == 0
        and target.op in (_Op.EQ, _Op.LE, _Op.LT)
        and target.unit in _ZERO_EVENT_UNITS
        and quantity.unit in _ZERO_EVENT_UNITS
        # 共支付资金326笔: payments, no event; 笔 counts one only under its word (regress110 W6)
        and (
            quantity.unit != "笔"
            or not quantity.label
            or _EVENT_OF_MONEY_RE.search(quantity.label) is not None
        )
    )


def _range_lower_better(indicator: Indicator, target: Range) -> bool:
    """Whether a range is a band of a figure better lower by its name, its low end no floor.

    Ranges are higher is better (scoring.md §2), except on a name of the lower-is-better
    word list (:func:`better_lower_by_name`: ``传染病发病率``, ``孕产妇死亡率``,
    ``事故率``) with no printed 指标方向性 and no change label (``下降3%-5%`` is judged
    as a change): a figure below the band is better than the band (points27 M3).

    >>> from perftrack import Indicator, parse_target
    >>> band = parse_target("3%-5%")
    >>> _range_lower_better(Indicator("传染病发病率", target=band), band)
    True
    >>> _range_lower_better(Indicator("接种率", target=band), band)
    False
    """
    if _change_sign(target.label) is not None:
        return False
    if indicator.direction is not None:
        return indicator.direction is _Direction.LOWER  # a printed 反向 (regress56 W4)
    name = indicator.name + (target.label or "")
    return better_lower_by_name(indicator.name) and not range_time_given(name)


# The rates a band may cap, not only floor, though named for a share: a use of beds or
# of a resource (病床使用率 85%-93%: above it is crowding), a debt or a vacancy.
_BAND_CAPPED_RATE_RE: Final = re.compile("使用率|负债率|空置率|周转|利用率|占用率|入住率|饱和")


def _range_higher_open(indicator: Indicator, target: Range) -> bool:
    """Whether a band's upper end is no cap: a rate or a satisfaction better higher.

    A band in % on a share known better higher (``群众满意度``, ``覆盖率``, ``合格率``,
    ``达标率``, ``完成率``, ``及时率``: the positive list of :func:`higher_share_by_name`)
    is where the target was set, and a figure above it (98% against ``90%-95%``) is
    better than the band (score57 F4), as a figure below the band of a name better lower
    is (:func:`_range_lower_better`). Any other rate keeps its band
    strict (k32q): ``资金结余率``, ``预算调整率``, ``损耗率`` above their band are bad, and
    a name not on either word list is no proof of the direction. Not a name better lower,
    a cost row, a printed 反向, a change (``增长3%-5%``), a band written as a cap
    (``控制在90%-95%``), a share named 占比/比例 (a mix, whose other part matters too) or
    a rate of use or load (``病床使用率``); nor a band in another unit (an amount, a
    standard, a capacity) but a satisfaction in 分 (``满意度 90-95分``).

    >>> from perftrack import Indicator, parse_target
    >>> band = parse_target("90%-95%")
    >>> _range_higher_open(Indicator("群众满意度", target=band), band)
    True
    >>> _range_higher_open(Indicator("病床使用率", target=band), band)
    False
    >>> _range_higher_open(Indicator("资金结余率", target=band), band)
    False
    """
    if target.unit not in ("%", "分") or indicator.direction is _Direction.LOWER:
        return False
    name = _NAME_TAIL_RE.sub("", indicator.name.strip())
    return (
        (target.unit == "%" or "满意" in name)  # 满意度 90-95分: a score of satisfaction
        and higher_share_by_name(name)
        and _share_name(name)
        and _change_sign(target.label) is None
        and _CAPPED_BAND_RE.search(target.text) is None
        and _BAND_CAPPED_RATE_RE.search(name) is None
        and not _is_cost(indicator)
        and not better_lower_by_name(name)
    )


# The shortest and the longest month, in days.
_MONTH_DAYS: Final = (Decimal(28), Decimal(31))


def _compare_in_days(
    target: Comparison | Range, quantity: Quantity, ctx: _Context
) -> _Compared | None:
    """Days against months (or months against days) compared at 28 and at 31 days a month.

    The comparison when both lengths of a month give the same check, else None.
    """
    checks = []
    for days in _MONTH_DAYS:
        if target.unit in MONTH_UNITS:
            scaled: Comparison | Range = (
                evolve(target, value=target.value * days, unit=quantity.unit)
                if isinstance(target, Comparison)
                else evolve(
                    target, low=target.low * days, high=target.high * days, unit=quantity.unit
                )
            )
            checks.append(_compare(scaled, quantity, ctx))
        else:
            stretched = evolve(quantity, value=quantity.value * days, unit=target.unit)
            checks.append(_compare(target, stretched, ctx))
    short, long = checks
    if short is None or long is None or short.check is not long.check:
        return None
    return short


# Units of a year: a count of years converts to days only through the calendar (r35j).
_YEAR_UNITS: Final = frozenset({"年"})
_MONTHS_A_YEAR: Final = 12


@lru_cache(maxsize=64)
def _year_days(years: Decimal) -> tuple[Decimal, Decimal] | None:
    """The fewest and the most days *years* years hold in the calendar, else None.

    Only a whole number of months (半年 is 6 months, 1.5年 18): every run of that many
    months from any first day of a month, in common and leap years, gives the span (1年:
    365 to 366 days, 半年: 181 to 184). Any other part of a year (0.3年) is no count of
    days at all.

    >>> _year_days(Decimal("0.5")), _year_days(Decimal(1)), _year_days(Decimal("0.3"))
    ((Decimal('181'), Decimal('184')), (Decimal('365'), Decimal('366')), None)
    """
    months = years * _MONTHS_A_YEAR
    if months <= 0 or months != months.to_integral_value():
        return None
    count = int(months)
    spans = set()
    for year in range(2021, 2025):  # three common years and a leap year
        for month in range(_MONTHS_A_YEAR):
            end = month + count
            first = dt.date(year, month + 1, 1)
            last = dt.date(year + end // _MONTHS_A_YEAR, end % _MONTHS_A_YEAR + 1, 1)
            spans.add((last - first).days)
    return Decimal(min(spans)), Decimal(max(spans))


def _compare_years_in_days(
    target: Comparison | Range, quantity: Quantity, ctx: _Context
) -> tuple[_Compared | None, str] | None:
    """Days against years (or years against days), compared at the fewest and most days.

    ``200天`` against ``半年内`` (≤0.5年): half a year is 181 to 184 days, 200 past both
    (r35j: it was "单位不可比"). The comparison when both ends give the same check (None
    when they differ), with the span said (``0.5年按181至184天计``); None when the units
    are not days and years or a year count is no whole number of months.
    """
    if target.unit in _YEAR_UNITS and quantity.unit in DAY_UNITS:
        counts = (target.value,) if isinstance(target, Comparison) else (target.low, target.high)
    elif target.unit in DAY_UNITS and quantity.unit in _YEAR_UNITS:
        counts = (quantity.value,)
    else:
        return None
    spans = [_year_days(count) for count in counts]
    if any(span is None for span in spans):
        return None
    said = "，".join(
        f"{format(count.normalize(), 'f')}年按{span[0]}至{span[1]}天计"
        for count, span in zip(counts, spans, strict=True)
        if span is not None
    )
    checks = []
    for end in (0, 1):
        ends = [span[end] for span in spans if span is not None]
        if quantity.unit in _YEAR_UNITS:
            checks.append(_compare(target, evolve(quantity, value=ends[0], unit=target.unit), ctx))
        elif isinstance(target, Comparison):
            checks.append(
                _compare(evolve(target, value=ends[0], unit=quantity.unit), quantity, ctx)
            )
        else:
            scaled = evolve(target, low=ends[0], high=ends[1], unit=quantity.unit)
            checks.append(_compare(scaled, quantity, ctx))
    short, long = checks
    if short is None or long is None or short.check is not long.check:
        return None, said
    return short._replace(lower=None), said


# Lengths that convert (parse49 H1), and the words of a depth of rain or snow fallen.
_LENGTH_UNITS: Final = frozenset({"米", "厘米", "毫米", "cm", "mm", "公分"})
_PRECIPITATION_RE: Final = re.compile("降雨|降水|降雪|雨量|雪量|蒸发量")


def _precipitation_against_length(
    target: Comparison | Range, quantity: Quantity, name: str
) -> bool:
    """Whether *quantity* is rain or snow fallen against another thing's length (r111 W3).

    ``降雨量120mm`` against ``≥6米`` on 道路宽度 is no width: its units do not convert;
    on a row about rain (年降雨量监测) they do.

    >>> from perftrack import parse_target, parse_value
    >>> rain = parse_value("降雨量120mm")
    >>> (
    ...     _precipitation_against_length(parse_target("≥6米"), rain, "道路宽度"),
    ...     _precipitation_against_length(parse_target("≥100毫米"), rain, "降雨量监测"),
    ... )
    (True, False)
    """
    label = quantity.label
    if not label or quantity.unit == target.unit or _PRECIPITATION_RE.search(label) is None:
        return False
    if quantity.unit not in _LENGTH_UNITS or target.unit not in _LENGTH_UNITS:
        return False
    return _PRECIPITATION_RE.search(name + (target.label or "")) is None


_UNFINISHED: Final = frozenset({_Status.IN_PROGRESS, _Status.PARTIAL, _Status.NOT_DONE})


def _unfinished_share(
    target: Comparison | Range, quantity: Quantity, ctx: _Context, shown: str, goal: str
) -> _Outcome | None:
    """A share of work not finished whose bound decides nothing against *target*, or None.

    ``正在开展,已完成过半`` (more than 50 %, in progress, r37v) against ``≥90%``: the work
    goes on, so before the due date it is ``pending``; against a whole (``=100%``,
    ``≥100%``) it is short of it, ``not_met`` at due. At due against less than the whole
    the bound decides nothing (``unknown``, the caller's).
    """
    if quantity.unit != "%" or quantity.status not in _UNFINISHED:
        return None
    whole = (
        target.op in (_Op.GE, _Op.EQ, _Op.GT) and target.value >= _HUNDRED_PERCENT
        if isinstance(target, Comparison)
        else target.low >= _HUNDRED_PERCENT
    )
    say = ctx.say
    if whole:
        return _pending_or_not_met(
            ctx,
            say(
                f"实际{shown}，尚未完成，未达年度指标{goal}，距年底尚有时间",
                f"actual {shown}, unfinished, is short of the target {goal}; there is still time",
            ),
            say(
                f"实际{shown}，尚未完成，未达年度指标{goal}",
                f"actual {shown}, unfinished, misses the target {goal}",
            ),
        )
    if ctx.at_due is False:
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际{shown}，尚未完成，距年底尚有时间",
                f"actual {shown}, unfinished; there is still time",
            ),
        )
    return None


def _incomparable(ctx: _Context, shown: str, goal: str) -> _Outcome:
    """An actual whose unit the target's cannot be compared with: ``unknown``."""
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"实际{shown}与年度指标{goal}单位不可比",
            f"actual {shown} and target {goal} have incomparable units",
        ),
    )


def _judge_change(target: Comparison | Range, change: _Change, ctx: _Context) -> _Outcome:
    """A change (下降12%, 同比增长3%, -5.3%) against a target that names its direction."""
    say = ctx.say
    if change.readings is not None and (split := _split_readings(target, change, ctx)):
        return split  # 由1.12%下降至0.86% against 下降5%: met relative, not in points (p41c)
    compared = (
        None  # a change of a rate in ‰ is in 千分点, as one in 个百分点 is no change in %
        if _percent_and_finer(target.unit, change.quantity.unit)
        and not (isinstance(target, Comparison) and target.value == 0)  # 0 is 0 in both
        else _compare(target, change.quantity, ctx)
    )
    # 实际提高200元/人: the sentences say 实际 before it, once (k26b; was 实际实际提高)
    shown = change.shown.removeprefix("实际") or change.shown
    goal = _normal(target.text) or _shown_target(target)
    if isinstance(target, Comparison) and target.value > 0 and "-" in goal:
        goal = "".join(target.text.split())  # 负增长3%, not the 增长-3% it normalises to
    # a change in the target's direction is asked for (下降10%, 正增长), not a ceiling
    wants_its_way = (
        target.low > 0
        if isinstance(target, Range)
        else target.op in (_Op.GE, _Op.GT, _Op.EQ) and (target.value > 0 or target.op is _Op.GT)
    )
    if compared is None and change.opposite and wants_its_way:
        # 同比下降2个百分点 against 增长5%: points and percent differ, the direction not
        compared = _Compared(_FastCheck.VIOLATED, approximate=False, above=False)
    if compared is None:
        return _incomparable(ctx, shown, goal)
    if compared.check is _FastCheck.SATISFIED:
        return _Outcome(
            _Attainment.MET,
            say(f"实际{shown}，达到年度指标{goal}", f"actual {shown} meets the target {goal}"),
        )
    if compared.check is _FastCheck.UNDECIDED:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}不能确定是否达到年度指标{goal}",
                f"actual {shown} cannot be decided against {goal}",
            ),
        )
    if isinstance(target, Range) and compared.above and not change.opposite:
        beyond = _beyond_change_band(target, shown, goal, ctx)
        if beyond is not None:
            return beyond
    if change.opposite:
        # 增长12% against 下降10%: the other way, however large
        return _pending_or_not_met(
            ctx,
            say(
                f"实际{shown}，与年度指标“{goal}”方向相反，距年底尚有时间",
                f"actual {shown} goes the other way from “{goal}”; there is still time",
            ),
            say(
                f"实际{shown}，与年度指标“{goal}”方向相反",
                f"actual {shown} goes the other way from “{goal}”",
            ),
        )
    short = "超出" if compared.above else "未达"
    return _pending_or_not_met(
        ctx,
        say(
            f"实际{shown}，{short}年度指标{goal}，距年底尚有时间",
            f"actual {shown} misses the target {goal}; there is still time",
        ),
        say(f"实际{shown}，{short}年度指标{goal}", f"actual {shown} misses the target {goal}"),
    )


# A band of change written as a cap (增长控制在3%-5%, 增幅不超过3%-5%, 3%-5%以内).
_CAPPED_BAND_RE: Final = re.compile("控制在|不超过|不高于|以内|之内")
# The names of a cost, whose rise beyond its band may break a cap (门诊次均费用增幅,
# 财政补贴支出增幅, 能源消费总量增幅): whatever their level 1.
_COST_LIKE_NAME_RE: Final = re.compile("费用|成本|支出|能耗|消费总量|负担|债务")
# The names clearly better higher, whose rise beyond a band is met (农民人均可支配收入增幅,
# 规上工业增加值增速, 就业人数增长).
_RISE_BETTER_NAME_RE: Final = re.compile(
    "收入|产值|增加值|覆盖|人数|人次|营业额|销售额|营收|税收|利润|就业|产量|游客|客流|出口|招商"
)


def _split_readings(target: Comparison | Range, change: _Change, ctx: _Context) -> _Outcome | None:
    """Two levels of a rate whose relative and points readings disagree: ``unknown`` (p41c).

    None when both readings give the same check: the verdict is theirs.
    """
    if change.readings is None:
        return None
    (relative, relative_said), (points, points_said) = change.readings
    by_relative, by_points = _compare(target, relative, ctx), _compare(target, points, ctx)
    if by_relative is None or by_points is None or by_relative.check is by_points.check:
        return None
    goal = _normal(target.text) or _shown_target(target)

    def reached(compared: _Compared) -> str:
        if compared.check is _FastCheck.SATISFIED:
            return "达到"
        return "超出" if compared.above else "未达"

    levels = change.shown.split("（", 1)[0]
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"实际{levels}，按相对变化{relative_said}，{reached(by_relative)}年度指标{goal}；"
            f"按百分点{points_said}，{reached(by_points)}；口径不明，需人工判断",
            f"actual {levels}: relative change {relative_said} and {points_said} judge "
            f"the target {goal} differently; a reviewer must judge",
        ),
    )


def _beyond_change_band(target: Range, shown: str, goal: str, ctx: _Context) -> _Outcome | None:
    """A change beyond a change band's far end, its way (下降10% against 下降5%至8%).

    A band of change is a floor at its low end, not a cap: a larger fall of a 发病率 or a
    cost is better, and a larger rise of a name clearly better higher (收入, 产值, 增加值,
    覆盖, 人数…). A rise of a cost (a cost row, a printed 反向, a name holding 费用, 成本,
    支出, 能耗, 消费总量, 负担, 债务) is ``unknown``: the band may be a cap. None (the
    caller's not met, past the upper end) for a band written as a cap (控制在, 不超过,
    以内) and for a rise of any other name.

    Example:
        >>> _CAPPED_BAND_RE.search("增长控制在3%-5%") is not None
        True
        >>> _COST_LIKE_NAME_RE.search("门诊次均费用增幅") is not None
        True
    """
    say = ctx.say
    if _CAPPED_BAND_RE.search(target.text):
        return None
    way = _target_sign(target, ctx.indicator.name)
    rising = way is not None and way[0] == 1
    name = ctx.indicator.name
    if rising and (
        _is_cost(ctx.indicator)
        or ctx.indicator.direction is _Direction.LOWER
        or _COST_LIKE_NAME_RE.search(name)
    ):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}，超出年度指标{goal}的上限，增幅是否应控制在区间内需人工判断",
                f"actual {shown} is beyond the band {goal}: whether the rise is capped,"
                " a reviewer must judge",
            ),
        )
    if rising and not _RISE_BETTER_NAME_RE.search(name):
        return None
    return _Outcome(
        _Attainment.MET,
        say(
            f"实际{shown}，超过年度指标{goal}，{'增幅' if rising else '降幅'}大于区间上限，达到年度指标",
            f"actual {shown} goes beyond the band {goal}, its way: met",
        ),
    )


# How a quantity's bound is said before its figure, by the member's name: on Python 3.11
# an enum's __hash__ is a Python-level call, a str's is not (these run for every figure
# and target shown; speedS5a).
_BOUND_SAID: Final = MappingProxyType(
    {
        _Bound.EXACT._name_: "",
        _Bound.AT_LEAST._name_: "不低于",
        _Bound.MORE_THAN._name_: "超过",
        _Bound.AT_MOST._name_: "不超过",
        _Bound.LESS_THAN._name_: "低于",
        _Bound.APPROXIMATELY._name_: "约",
    }
)
# Each operator's symbol (Op.symbol) by the member's name, for the same reason.
_OP_SYMBOLS: Final = MappingProxyType({op._name_: op.symbol for op in _Op})


# A share computed from a count (化解11件 of 12: 91.666…%) has more decimals than any
# table prints: shown to 2 places, as the attainment's 按比例计为91.67% is (p17 LOW).
_COMPUTED_PLACES: Final = -4
_SHOWN_PLACES: Final = Decimal("0.01")
# A rate per person and period divided by a count of periods (1000元/人·年 over 12 months, a
# _Quotient): more places than any cell prints, shown cut to 2 places and marked … (pm25fix).
_DIVIDED_PLACES: Final = -10


# The work a figure is part of, after its unit (500户改造任务, 100公里道路建设工作): no
# thing the unit counts.
_TASK_WORDS: Final = ("任务", "工作", "目标")


def _own_measure(quantity: Quantity, unit: str | None) -> Quantity:
    """*quantity* in *unit* when its unit is that one and the task the figure is part of.

    ``已完成500户改造任务`` against ``500户`` is shown ``500户``: the parse keeps the words
    after the measure word in the unit (``户改造任务``, counting 户), and the task they name
    is no thing counted (k30h, parse54 LOW). A noun the unit counts stays (``4次培训``,
    ``2个系统``).
    """
    said = quantity.unit
    if (
        not said
        or not unit
        or not said.endswith(_TASK_WORDS)
        or said == unit
        or not said.startswith(unit)
        or _unit(unit).noun
        or _unit(said).noun != said[len(unit) :]
    ):
        return quantity
    return evolve(quantity, unit=unit)


def _shown_quantity(quantity: Quantity, unit: str | None) -> str:
    quantity = _own_measure(quantity, unit)
    value = quantity.value
    shown_as = quantity.unit or unit or ""
    number: str | None = None
    # the digits are looked at for a share, or a rate per person and period, only (as_tuple
    # builds a tuple of them)
    if shown_as == "%":
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < _COMPUTED_PLACES:
            value = value.quantize(_SHOWN_PLACES, rounding=ROUND_HALF_UP)
    elif isinstance(value, _Quotient):
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < _DIVIDED_PLACES:
            # 每人每年1000元 over 12 months, 83.333…: cut to the cent and marked, so that
            # 1079.99 over 12 reads 89.99…, never 90.00 beside 未达≥90 (pm25fix); 约,
            # 不低于, 超过 keep their word before it (约83.33…, pd25fix W1). Only a
            # quotient perftrack computed: typed digits are shown as typed (pd25fix W2)
            number = f"{value.quantize(_SHOWN_PLACES, rounding=ROUND_DOWN)}…"
    if isinstance(value, _WithinRounding):
        # 83.33元/人·月 ×12: 999.96, 1000 at the printed precision (sweep25 U1); said
        # with ≈, which reads in both languages of the explanation
        shown_unit = quantity.unit or unit or ""
        return f"{format(value.product, 'f')}{shown_unit}（≈{format(value, 'f')}{shown_unit}）"
    if number is None:
        number = format(value, "f")
    if quantity.bound is _Bound.MORE_THAN and _odd_reach(quantity) is not None:
        # 一百二十余次 is 120余次: "超过120次" reads as if 200 might be reached (p17 M1)
        shown_unit = quantity.unit or unit or ""
        scale = shown_unit[:1]
        odd = _odd_word(quantity)  # 90多人 is said with its 多 (score57 F3)
        if scale in voc.SCALE_PREFIXES and f"{scale}{odd}" in _normal(quantity.text):
            # 1.3万余人次 is said so, not 1.3余万人次 (parse20 LOW)
            return f"{number}{scale}{odd}{shown_unit[1:]}"
        return f"{number}{odd}{shown_unit}"
    if quantity.bound is _Bound.APPROXIMATELY and _near_below(quantity):
        # 近9次 is under 9: "约9次落后于计划9次" contradicts itself (score57 #10)
        shown_unit = quantity.unit or unit or ""
        return f"近{number}{shown_unit}（不足{number}{shown_unit}）"
    bound = _BOUND_SAID[quantity.bound._name_]
    return f"{bound}{number}{quantity.unit or unit or ''}"


def _applied_target(target: Comparison | Range, ctx: _Context) -> str:
    """The target as judged, for the explanation.

    A bare time read as a ceiling (``6个月`` on a 时效 row) is shown ``≤6个月``, not
    ``=6个月`` (p33fix M3); other figures keep their ``=``.
    """
    if (
        isinstance(target, Comparison)
        and target.op is _Op.EQ
        and target.value != 0  # =0起: none, as printed
        and target.unit is not None
        and _is_time_unit(target.unit)  # a time limit only: a cost or a rank keeps its =
        and not ctx.policy.strict_equality
        and (target.label is None or _change_sign(target.label) is None)
        and _judged_direction(ctx.indicator, target) is _Direction.LOWER
    ):
        return _shown_target(evolve(target, op=_Op.LE))
    return _shown_target(target)


def _shown_target(target: Comparison | Range) -> str:
    if isinstance(target, Range):
        # 下降3-5%: the direction is the target's half
        label = target.label if _change_sign(target.label) is not None else ""
        return f"{label}{format(target.low, 'f')}-{format(target.high, 'f')}{target.unit or ''}"
    if target.label is not None and _change_sign(target.label) is not None:
        # 下降10%, 增长≥5%: the direction is the target's half
        op = "" if target.op is _Op.EQ else _OP_SYMBOLS[target.op._name_]
        return f"{target.label}{op}{format(target.value, 'f')}{target.unit or ''}"
    return f"{_OP_SYMBOLS[target.op._name_]}{format(target.value, 'f')}{target.unit or ''}"


# The first characters of a clause saying none happened (未发生…, 无…, 没有…, 零…).
_NONE_FIRSTS: Final = frozenset("未无没零")


# A count of events per period (每季度1次, 每月不少于2次, 1次/季度): the year's target is
# that count times the periods in a year, and a count done in the year is judged against
# it (每季度1次 with 3次 is missed). Only counts of events: 每月人均300元 is no schedule.
_NAMED_PERIODS_A_YEAR: Final = MappingProxyType(
    # two 学期 a school year, so two a year (letter22 H5)
    {"年": 1, "半年": 2, "学期": 2, "季度": 4, "季": 4, "月": 12, "个月": 12}
    # every two months, six a year (每两月1次, 每两个月1次; r35r: it was one a year)
    | {"两月": 6, "两个月": 6}
)
# Periods too short to count in a year exactly (52 or 53 weeks; working days).
_NAMED_SHORT_PERIODS: Final = frozenset({"周", "星期", "天", "日", "工作日"})
# A counted period (2个月, 三个月, 隔一个月, 2个季度, 两周, 10天; r36b): every N months,
# quarters, weeks or days, 隔 one more (每隔一个月: every other month).
_COUNTED_PERIOD_RE: Final = re.compile(
    r"(?P<gap>隔)?(?P<count>[1-9]\d?|[一两二三四五六七八九十]{1,3})个?"
    r"(?P<period>月|季度|星期|周|天|日|工作日)"
)
_MONTHS_A_PERIOD: Final = MappingProxyType({"月": 1, "季度": 3})


def _counted_period(per: str) -> tuple[int, int | None] | None:
    """How many periods *per* counts and their months (None: weeks or days), or None.

    >>> [_counted_period(p) for p in ("2个月", "隔1个月", "三个季度", "两周", "2年")]
    [(2, 1), (2, 1), (3, 3), (2, None), None]
    """
    found = _COUNTED_PERIOD_RE.fullmatch(per)
    if found is None:
        return None
    said = found["count"]
    try:
        count = int(said) if said.isdigit() else chinese_to_int(said)
    except KeyError:
        return None  # 十十: no numeral
    if count == 0:
        return None
    return count + (1 if found["gap"] else 0), _MONTHS_A_PERIOD.get(found["period"])


class _PeriodsAYear(Mapping[str, int]):
    """The periods in a year of a schedule's period (``季度``: 4, ``2个月``: 6).

    A counted period (``2个月``, ``隔一个月``: 6, ``3个月``: 4; r36b) is one where a whole
    number of them makes a year; ``2周``, ``5个月`` have none.
    """

    def __getitem__(self, per: str) -> int:
        named = _NAMED_PERIODS_A_YEAR.get(per)
        if named is not None:
            return named
        counted = _counted_period(per)
        if counted is None or counted[1] is None or 12 % (counted[0] * counted[1]):
            raise KeyError(per)
        return 12 // (counted[0] * counted[1])

    def __iter__(self) -> Iterator[str]:
        return iter(_NAMED_PERIODS_A_YEAR)

    def __len__(self) -> int:
        return len(_NAMED_PERIODS_A_YEAR)


class _ShortPeriods:
    """The periods with no exact count in a year (``周``, ``两周``, ``10天``).

    Weeks and days, and a counted number of months that makes no whole year (``5个月``;
    r36b).
    """

    def __contains__(self, per: object) -> bool:
        if not isinstance(per, str):
            return False
        if per in _NAMED_SHORT_PERIODS:
            return True
        return _counted_period(per) is not None and per not in _PERIODS_A_YEAR


_PERIODS_A_YEAR: Final = _PeriodsAYear()
_SHORT_PERIODS: Final = _ShortPeriods()
_EVENT_UNITS: Final = EVENT_UNITS
# The first characters of the event units, a cheap test before a unit counting a noun is split.
_EVENT_HEADS: Final = frozenset(unit[0] for unit in EVENT_UNITS)
# 每季度, 每个月, 每月开展, 每季度召开, 每2个月, 每两周, 每隔一个月开展 (r36b): the period, and a
# verb after it at most.
_SCHEDULE_LABEL_RE: Final = re.compile(
    r"每个?(半年|学期|季度|季|两个月|两月|个月|月|年|周|星期|天|日|工作日"
    r"|隔?(?:[1-9]\d?|[一两二三四五六七八九十]{1,3})个?(?:月|季度|星期|周|天|日|工作日))"
    r"[一-鿿]{0,4}"
)


# A label saying a count is the year's or a running total (全年检查2次, 累计3次).
_WHOLE_COUNT_LABEL_RE: Final = re.compile("全年|累计|年度|共计|总计")


def _counts_to_date(table: Table | None) -> bool:
    """Whether a plain count in *table*'s actual column is the count to date (p18 H1).

    A 自评表's 实际完成值 is the year's, a tracking table's the running total of its
    period from January: a plain ``2次`` is never one quarter's there. Only a table that
    says no period of its own leaves a count that may be one period's.
    """
    if table is None:
        return False
    return table.kind is _TableKind.SELF_EVALUATION or table.period is not None


def _schedule_period(
    target: Comparison | Range, quantity: Quantity, *, to_date: bool = False
) -> str | None:
    """The period of a per-period count target judged against a count done, or None.

    None when the actual is itself per period (``每季度1次``, ``月均2次``, ``1次/季度``).
    *to_date*: the table's actual is the count of the year or to date (a 自评表, a
    tracking table with its period, :func:`_counts_to_date`), so a plain count is never
    taken for one period's (p18 H1); a label ``全年`` or ``累计`` says the same anywhere.
    """
    unit = target.unit
    if unit is None:
        return None
    base, slash, per = unit.partition("/")
    if not slash:
        label = target.label
        if label is None or label[0] != "每":
            return None
        found = _SCHEDULE_LABEL_RE.fullmatch(label)
        if found is None:
            return None
        per = found.group(1)
    said_unit = quantity.unit
    if base not in _EVENT_UNITS:
        # 每月开展2次巡查 (次巡查), 每季度召开2次会议 (次会议): events counting their noun are
        # counted as 次 (k31l: 15次 was judged against 2次巡查, one month's count)
        measure = _counted(base) if base[:1] in _EVENT_HEADS else None
        if measure is None or measure[0] not in _EVENT_UNITS:
            return per if _whole_amount(base, per, quantity) else None
        if said_unit is not None and said_unit != base and said_unit != measure[0]:
            return None
        said_unit = None
    if said_unit not in (None, base):
        return None
    total = total_after_rhythm(quantity.label)  # 每月召开一次例会，共召开8次: 8 in all (r37k)
    if (
        quantity.label is not None
        and (quantity.label[0] == "每" or "均" in quantity.label)
        and not total
    ):
        return None
    if per not in _PERIODS_A_YEAR and per not in _SHORT_PERIODS:
        return None
    if (
        to_date
        or total
        or (quantity.label is not None and _WHOLE_COUNT_LABEL_RE.search(quantity.label))
    ):
        return per
    return None if _per_period_count(target, quantity, _PERIODS_A_YEAR.get(per)) else per


# An average over a period in a label (月均, 日均, 季均): a figure per period, no total.
_PERIOD_AVERAGE_RE: Final = re.compile("(?:日|天|周|月|季|季度|年)均|每")


def _whole_amount(base: str, per: str, quantity: Quantity) -> bool:
    """Whether *quantity* is a year's total of an amount a target sets per period.

    ``全年人均学习90小时`` against ``每月不少于8小时``, ``全年培训48学时`` against
    ``每季度不少于16学时``: the label says the year (``全年``, ``累计``), the unit is
    the target's own, and no per-period average is said (``月均7.5小时`` is compared per
    month as it stands). Such a total is judged against the target times the periods
    of the year (96 小时, 64 学时), never against one period's (parse30 H1); a period
    with no exact count in a year (每周) leaves it unknown.
    """
    label = quantity.label
    return (
        quantity.unit == base
        and label is not None
        and _WHOLE_COUNT_LABEL_RE.search(label) is not None
        and _PERIOD_AVERAGE_RE.search(label) is None
        and (per in _PERIODS_A_YEAR or per in _SHORT_PERIODS)
    )


# A round of recurring work said done, with no figure (春季免疫已完成, 上半年任务已完成).
_ROUND_DONE_RE: Final = re.compile(
    r"(?:(?![未尚待没不])[\u4e00-\u9fff]){1,10}(?:均)?已(?:完成|开展|结束|实施)"
)


_SCHEDULE_NAMES: Final = MappingProxyType({"季": "季度", "个月": "月", "星期": "周", "日": "天"})


def _schedule_of(target: Target) -> str | None:
    """The period of a count per period target (``每季度开展1次``: 季度), else None."""
    if not isinstance(target, Comparison) or target.label is None:
        return None
    found = _SCHEDULE_LABEL_RE.fullmatch(target.label)
    if found is None:
        return None
    return _SCHEDULE_NAMES.get(found.group(1), found.group(1))


# Every period said to have had its round (每月均巡河, 每季度均已开展, 每月都按时巡查), or
# a habit of each period (每天备份, 每周巡查: parse54 M15).
_EVERY_PERIOD_RE: Final = re.compile(
    r"(?:全年)?每个?(?P<period>半年|学期|季度|季|个月|月|周|星期|日|天)"
    r"(?P<every>均|都|全部)?(?:已|按时|按要求)?(?P<work>[\u4e00-\u9fff]{1,6})"
)
# What a habit said without 均 may not hold: a count in words, a plan.
_NOT_A_HABIT_RE: Final = re.compile("[一二两三四五六七八九十百千万几多次]|计划|预计|拟|将|力争")


def _every_period_said(target: Target, actual: Value) -> bool:
    """Whether *actual* says each period of a once-per-period *target* had its round.

    ``每月均巡河`` against ``每月不少于1次``: at least once every month. Only for a count
    of one a period (a floor or ``=``), the same period, and no negation.

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("每月不少于1次")
    >>> [_every_period_said(goal, parse_value(t)) for t in ("每月均巡河", "每季度均巡河")]
    [True, False]
    >>> _every_period_said(parse_target("每日1次"), parse_value("每天备份"))
    True
    """
    if not isinstance(actual, TextValue) or not isinstance(target, Comparison):
        return False
    if target.op not in (_Op.GE, _Op.EQ) or target.value != 1:
        return False
    period = _schedule_of(target)
    text = _normal(_text(actual)).rstrip("。")
    found = _EVERY_PERIOD_RE.fullmatch(text)
    if period is None or found is None or re.search("未|没|不|无|缺", text):
        return False
    if found["every"] is None:
        # 每天备份 against 每日1次 or 每日备份1次: the habit, once a period; not another
        # work (每天巡查 against 每日备份1次), a count or a plan
        work = (target.label or "")[1 + len(found["period"]) :]
        if _NOT_A_HABIT_RE.search(found["work"]) is not None or work not in ("", found["work"]):
            return False
    return _SCHEDULE_NAMES.get(found["period"], found["period"]) == period


def _period_round_done(target: Target, actual: Value) -> bool:
    """Whether *actual* says a round of a per-period count *target* is done (no figure).

    ``春季免疫已完成`` against ``每半年1次``: one round, never the year's count; mid-year it
    is pending, and on track against a plan of one period's count (regress40 W6). At the
    year's end such a text stays ``unknown`` (p18).

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> goal = parse_target("每半年1次")
        >>> _period_round_done(goal, parse_value("春季免疫已完成"))
        True
        >>> _period_round_done(goal, parse_value("春季免疫尚未完成"))
        False
    """
    if not isinstance(actual, TextValue) or not isinstance(target, Comparison):
        return False
    labelled = target.label is not None and _SCHEDULE_LABEL_RE.fullmatch(target.label)
    if not labelled and "/" not in (target.unit or ""):
        return False
    return _ROUND_DONE_RE.fullmatch(_normal(_text(actual)).rstrip("。")) is not None


def _per_period_written(target: Target | None, quantity: Quantity) -> Quantity | None:
    """A count per period in its unit (``1次/季度``) as labelled, under a labelled target.

    Against ``每季度至少1次`` (``每季度≥1(次)``) the actual ``1次/季度`` is ``每季度1次``: a
    count written per period, compared per period (regress40; it was ``unit-mismatch``).
    None for any other pair.

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> str(_per_period_written(parse_target("每季度至少1次"), parse_value("1次/季度")))
        '每季度1(次)'
        >>> _per_period_written(parse_target("≥4次"), parse_value("1次/季度")) is None
        True
    """
    if (
        not isinstance(target, (Comparison, Range))
        or target.unit is None
        or quantity.unit is None
        or quantity.label is not None
        or not isinstance(target, Comparison)
        or target.label is None
    ):
        return None
    found = _SCHEDULE_LABEL_RE.fullmatch(target.label)
    if found is None or quantity.unit != f"{target.unit}/{found.group(1)}":
        return None
    return evolve(quantity, unit=target.unit, label=f"每{found.group(1)}")


def _per_period_count(target: Comparison | Range, quantity: Quantity, times: int | None) -> bool:
    """Whether a count done is plainly one period's (``5-8次/月`` with ``6次``).

    A count within the per-period target (a range's band, a floor met) and at most half
    the year's count was written per period: 6 a month, not 6 in a year of 60-96.
    It is compared as it stands (unit-mismatch when the units differ), never missed.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _per_period_count(parse_target(t), parse_value(a), 12)
    ...     for t, a in (("5-8次/月", "6次"), ("5-8次/月", "60次"), ("≥2次/月", "2次"))
    ... ]
    [True, False, True]
    """
    if times is None or times == 1:
        return False
    value = quantity.value
    if isinstance(target, Range):
        inside, low = target.low <= value <= target.high, target.low
    elif target.op in (_Op.GE, _Op.EQ):
        inside, low = (
            value >= target.value if target.op is _Op.GE else value == target.value,
            target.value,
        )
    elif target.op is _Op.GT:
        inside, low = value > target.value, target.value
    else:
        return False  # a ceiling a period (≤2次/月): a small count meets both readings
    return inside and value * 2 <= low * times


def _yearly(target: Comparison | Range, times: int) -> Comparison | Range:
    """A per-period count target as the year's count (``每季度1次`` → ``=4次``).

    A range counts both ends (``5-8次/年`` is 5-8 次 a year; ``1-2次/季度`` 4-8 次).
    """
    unit = (target.unit or "").partition("/")[0]
    if isinstance(target, Range):
        return Range(target.low * times, target.high * times, unit, text=target.text)
    return Comparison(target.op, target.value * times, unit, text=target.text)


def _judge_schedule(target: Comparison | Range, per: str, actual: Value, ctx: _Context) -> _Outcome:
    """A per-period count target (``每季度1次``) against the count done in the year."""
    say = ctx.say
    times = _PERIODS_A_YEAR.get(per)
    goal = target.text.strip() or str(target)
    if times is None:
        if per[0] == "隔":
            per = f"每{per}"  # 按每隔4个月计, never 按隔4个月计 (r36b)
        period = ctx.table.period
        if (
            period is not None
            and ctx.table.kind is not _TableKind.SELF_EVALUATION
            and (
                period.start.month != 1 or period.end.month != 12  # noqa: PLR2004
            )
        ):
            # 共巡检36次 in a 1-9月 table is the count to date, not the year's (parse38 LOW)
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"年度指标“{goal}”按{per}计，无法与累计完成数直接对照，需人工判断",
                    f"the target “{goal}” counts per {per}: a count to date cannot be matched to it",
                ),
            )
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"年度指标“{goal}”按{per}计，无法与全年完成数直接对照，需人工判断",
                f"the target “{goal}” counts per {per}: a year's count cannot be matched to it",
            ),
        )
    yearly = _yearly(target, times)
    outcome = _judge_comparison(yearly, actual, ctx)
    return outcome._replace(
        why=say(
            f"“{goal}”全年计{_shown_target(yearly)}；{outcome.why}",
            f"“{goal}” is {_shown_target(yearly)} a year; {outcome.why}",
        )
    )


# r36l: a count per period against a count per another period, both said as a rate.
def _period_said(label: str | None) -> tuple[str, str] | None:
    """The period and work of a schedule label (``每3个月开展``: ``3个月``, ``开展``), or None."""
    if label is None:
        return None
    found = _SCHEDULE_LABEL_RE.fullmatch(label)
    return None if found is None else (found.group(1), label[found.end(1) :])


def _period_rate_key(per: str) -> tuple[int, str]:
    """What makes two periods the same (``两个月`` and ``2个月``, ``周`` and ``星期``).

    A period counted into the year is its count a year; a week or days the number of
    them and their kind.

    >>> [_period_rate_key(p) for p in ("两个月", "2个月", "季度", "两周", "星期", "10天")]
    [(6, ''), (6, ''), (4, ''), (2, '周'), (1, '周'), (10, '天')]
    """
    times = _PERIODS_A_YEAR.get(per)
    if times is not None:
        return times, ""
    found = _COUNTED_PERIOD_RE.fullmatch(per)
    counted = _counted_period(per)
    if found is not None and counted is not None:
        return counted[0], _SCHEDULE_NAMES.get(found["period"], found["period"])
    return 1, _SCHEDULE_NAMES.get(per, per)


def _target_period(target: Comparison) -> tuple[str, str] | None:
    """The period and base unit of a count per period target (``每2个月1次``, ``≥1次/季度``)."""
    unit = target.unit
    if unit is None:
        return None
    base, slash, per = unit.partition("/")
    if not slash:
        said = _period_said(target.label)
        if said is None:
            return None
        per = said[0]
    elif target.label is not None:
        return None
    if base not in _EVENT_UNITS or (per not in _PERIODS_A_YEAR and per not in _SHORT_PERIODS):
        return None
    return per, base


def _actual_period(quantity: Quantity, base: str) -> str | None:
    """The period of a count said per period (``每3个月1次``, ``1次/月``) in *base*, or None."""
    unit = quantity.unit
    if unit is not None and "/" in unit:
        said, _, per = unit.partition("/")
        if quantity.label is not None or said != base or per == "年":
            return None  # 30次/年 against ≥2次/月: a year's count, no rate kept each month
    else:
        found = _period_said(quantity.label)
        if found is None or unit not in (None, base):
            return None
        per = found[0]
    if per not in _PERIODS_A_YEAR and per not in _SHORT_PERIODS:
        return None
    return per


def _yearly_count(op: str, count: Decimal, unit: str) -> str:
    """``12次``, ``≥12次``: a year's count as said in a rate's explanation."""
    return f"{op}{format(count.normalize(), 'f')}{unit}"


def _period_rate_outcome(  # noqa: PLR0913 - the two rates and how each is said
    target: Comparison,
    times: tuple[int, int],
    actual_shown: str,
    done: Decimal,
    ctx: _Context,
    *,
    prose: bool,
) -> _Outcome:
    """The verdict of a rate done (*done* each of its periods) against a rate asked.

    *times* are the periods a year of the actual's and the target's; both sides are
    said as the year's count.
    """
    say = ctx.say
    unit = (target.unit or "").partition("/")[0]
    goal = target.text.strip() or str(target)
    asked = target.value * times[1]
    count = done * times[0]
    op = "" if target.op is _Op.EQ else _OP_SYMBOLS[target.op._name_]
    year_goal = _yearly_count(op, asked, unit)
    said = f"实际{actual_shown}（全年计{_yearly_count('', count, unit)}）"
    said_en = f"actual {actual_shown} ({format(count.normalize(), 'f')}{unit} a year)"
    # a year's count (≥4次, r37k) is said as written; a count per period with the year's
    said_year = times[1] == 1 and not (target.label or "").startswith("每")
    year_zh = "" if said_year else f"（全年计{year_goal}）"
    year_en = "" if not year_zh else f" ({year_goal} a year)"
    reached = count > asked if target.op is _Op.GT else count >= asked
    if reached:
        if prose and ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"{said}，按此频次可达到年度指标{goal}{year_zh}，尚未到期",
                    f"{said_en} keeps a rate meeting {goal}{year_en}; not due",
                ),
            )
        return _Outcome(
            _Attainment.MET,
            say(f"{said}，达到年度指标{goal}{year_zh}", f"{said_en} meets {goal}{year_en}"),
        )
    return _pending_or_not_met(
        ctx,
        say(
            f"{said}，未达年度指标{goal}{year_zh}，距年底尚有时间",
            f"{said_en} is short of {goal}{year_en}; there is still time",
        ),
        say(f"{said}，未达年度指标{goal}{year_zh}", f"{said_en} misses {goal}{year_en}"),
    )


def _periods_apart(
    target: Comparison, per: str, said: str, actual_per: str, ctx: _Context
) -> _Outcome:
    """A rate per week or days against one per another period: no year's count to match."""
    goal = target.text.strip() or str(target)
    short_target = per in _SHORT_PERIODS  # else the actual's period is the short one
    period = per if short_target else actual_per
    if period[0] == "隔":
        period = f"每{period}"
    if short_target:
        zh = f"年度指标“{goal}”按{period}计，无法与实际{said}直接对照，需人工判断"
        en = f"the target “{goal}” counts per {period}: actual {said} cannot be matched to it"
    else:
        zh = f"实际{said}按{period}计，无法与年度指标“{goal}”直接对照，需人工判断"
        en = f"actual {said} counts per {period}: it cannot be matched to “{goal}”"
    return _Outcome(_Attainment.UNKNOWN, ctx.say(zh, en))


def period_rates_apart(target: Target | None, quantity: Quantity) -> tuple[str, str] | None:
    """The target's and the actual's periods of two counts per different periods (r36l).

    ``每3个月1次`` against ``每两个月1次``, ``每季度3次`` against ``≥2次/月``: each a count
    per its period, compared as the year's counts (:func:`_judge_period_rates`; no
    ``unit-mismatch``). None when the periods are the same (compared as they stand),
    either side is no such count, the target is the year's (``每年1次``, parse28 H1) or
    the works differ (``每月巡查1次`` against ``每季度培训1次``).

    >>> from perftrack import parse_target, parse_value
    >>> period_rates_apart(parse_target("每两个月1次"), parse_value("每3个月1次"))
    ('两个月', '3个月')
    >>> period_rates_apart(parse_target("每月1次"), parse_value("每月1次")) is None
    True
    """
    if not isinstance(target, Comparison) or target.op not in (_Op.GE, _Op.EQ, _Op.GT):
        return None
    asked = _target_period(target)
    if asked is None:
        return None
    per, base = asked
    if per == "年":
        return None  # 每年1次 is the year's: a rate done is counted into it (parse28 H1)
    actual_per = _actual_period(quantity, base)
    if actual_per is None or quantity.bound not in (_Bound.EXACT, _Bound.AT_LEAST):
        return None
    if quantity.bound is _Bound.AT_LEAST and (
        quantity.value * _PERIODS_A_YEAR.get(actual_per, 0)
        < target.value * _PERIODS_A_YEAR.get(per, 0)
    ):
        return None  # 每季度至少1次 against 每月1次: maybe more, maybe not
    if _period_rate_key(per) == _period_rate_key(actual_per):
        return None
    target_work = (_period_said(target.label) or ("", ""))[1]
    actual_work = (_period_said(quantity.label) or ("", ""))[1]
    if target_work and actual_work and target_work != actual_work:
        return None  # 每月巡查1次 against 每季度培训1次: another work
    return per, actual_per


def _judge_period_rates(
    target: Comparison | Range, quantity: Quantity, ctx: _Context
) -> _Outcome | None:
    """A count per period done against a count per another period asked (r36l).

    ``每3个月1次`` against ``每两个月1次``: four a year against six, missed (it was met,
    1 against 1); ``每月1次`` against ``每季度1次`` met. Both sides are the year's count
    when each period makes a whole year; a week or days leave it unknown. None when
    :func:`period_rates_apart` finds no such pair.
    """
    pair = period_rates_apart(target, quantity)
    if pair is None or not isinstance(target, Comparison):
        return None
    per, actual_per = pair
    shown = quantity.text.strip() or str(quantity)
    times, actual_times = _PERIODS_A_YEAR.get(per), _PERIODS_A_YEAR.get(actual_per)
    if times is None or actual_times is None:
        return _periods_apart(target, per, shown, actual_per, ctx)
    return _period_rate_outcome(
        target, (actual_times, times), shown, quantity.value, ctx, prose=False
    )


# A text saying each period had its round (每月均已开展, 每季度均按时召开), the work kept
# by a period (已按月开展, 均按季度召开): once every such period (r36l); or the habit of a
# period without 均 (每季度召开, 每周巡查: r37k), never a year's (每年召开 may be any year).
_REGULAR_SAID_RE: Final = re.compile(
    r"(?:全年)?(?:每个?(?P<every>半年|学期|季度|季|个月|月|年|周|星期|日|天)(?:均|都|全部)"
    r"|(?:均|都)?(?:已经?)?(?:均)?按(?P<by>半年|学期|季度|季|月|年|周|星期|日|天)"
    r"|每个?(?P<habit>半年|学期|季度|季|个月|月|周|星期|日|天)(?![均都全]))"
    r"(?:已|按时|按要求|定期)?(?P<work>[\u4e00-\u9fff]{1,6})"
)


def _regular_period(actual: Value) -> tuple[str, bool] | None:
    """The period a text says the work was kept by, and whether it said 按, or None.

    A habit without 均 (``每季度召开``, r37k) is read as ``每季度均召开`` is; a count in
    words or a plan in its work (``每月召开一次``, ``每月计划召开``) is none.

    >>> from perftrack import parse_value
    >>> [
    ...     _regular_period(parse_value(t))
    ...     for t in ("每季度均按时召开", "已按月开展", "按月计划开展", "每周巡查", "每月召开一次")
    ... ]
    [('季度', False), ('月', True), None, ('周', False), None]
    """
    if not isinstance(actual, (TextValue, StatusValue)):
        return None
    text = _normal(_text(actual)).rstrip("。")
    found = _REGULAR_SAID_RE.fullmatch(text)
    if (
        found is None
        or re.search("未|没|不|无|缺|滞后|延迟", text)
        or _NOT_A_HABIT_RE.search(found["work"]) is not None
    ):
        return None
    if found["by"] is not None:
        return found["by"], True
    return found["every"] or found["habit"], False


def _habit_of_another_work(target: Comparison, actual: Value) -> bool:
    """Whether a habit said without 均 (``每季度培训``) names another work than the target's.

    ``每月巡查1次`` against ``每季度培训``: another work, no round of it (r37k); a target
    naming no work (``每月1次``, ``≥4次``) or the same (``每季度召开`` against
    ``每月召开1次``) is no other.
    """
    found = _REGULAR_SAID_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    if found is None or found["habit"] is None:
        return False
    said = _period_said(target.label)
    asked = said[1] if said is not None else ""
    return bool(asked) and asked not in (found["work"], f"按时{found['work']}")


def _regular_target(target: Comparison) -> tuple[str, str] | None:
    """The period and event unit of a count target a text of work kept each period meets.

    A count per period (``每月1次``, ``≥1次/季度``: :func:`_target_period`) or the year's
    count of rounds (``≥4次``, ``全年4场``, ``4次/年``: ``年``, r37k); a count of heads
    (``≥40人次``) is no number of rounds.

    >>> from perftrack import parse_target
    >>> [_regular_target(parse_target(t)) for t in ("每月1次", "≥4次", "4次/年", "≥40人次")]
    [('月', '次'), ('年', '次'), ('年', '次'), None]
    """
    asked = _target_period(target)
    if asked is not None:
        return asked
    base, slash, per = (target.unit or "").partition("/")
    if (
        (slash and per != "年")
        or base not in _EVENT_UNITS
        or base == "人次"
        or not _yearly_label(target.label)
    ):
        return None
    return "年", base


def _judge_regular_said(
    target: Comparison | Range, actual: Value, ctx: _Context
) -> _Outcome | None:
    """A text of work kept each period against a count per period (r36l).

    ``每季度均按时召开`` against ``每月1次``: four a year against twelve, missed (it was
    met, "每期均已开展"); ``每月均已开展`` against ``每季度1次`` met; ``已按月开展`` against
    ``每月1次`` met as ``每月均已开展`` is (it was "不是数值"). The same period said with 均
    is left to :func:`_every_period_said`.
    """
    regular = _regular_period(actual)
    if regular is None or not isinstance(target, Comparison):
        return None
    if target.op not in (_Op.GE, _Op.EQ, _Op.GT):
        return None
    asked = _regular_target(target)
    if asked is None or _habit_of_another_work(target, actual):
        return None  # (1次/月, ≥1次/季度 are counts per period as 每月1次 is: r37e)
    per, actual_per = asked[0], regular[0]
    said = f"“{_text(actual)}”"
    if _period_rate_key(per) == _period_rate_key(actual_per):
        say, goal = ctx.say, target.text.strip() or str(target)
        if target.value > 1 or (target.op is _Op.GT and target.value == 1):
            # 每月均已开展 against 每月2次: every month had it, how often is not said (r36t;
            # it was met, "已完成"): at least once a month, undecided (scoring.md §2)
            every = _SCHEDULE_NAMES.get(actual_per, actual_per)
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际{said}只说明每{every}均有开展，未给出每{every}次数，"
                    f"无法判断是否达到年度指标“{goal}”，需人工判断",
                    f"actual {said} says every {every} had it, not how often:"
                    f" it cannot be matched to “{goal}”",
                ),
            )
        if not regular[1] or target.value != 1 or target.op is _Op.GT:
            return None  # 每月均巡河: _every_period_said's; 每月0.5次: as before
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际{said}，截至目前每期均已开展，年度指标“{goal}”尚未到期",
                    f"actual {said}: every period so far had it; “{goal}” is not due",
                ),
            )
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际{said}，每期均已开展，达到年度指标“{goal}”",
                f"actual {said}: every period had it, meets “{goal}”",
            ),
        )
    times, actual_times = _PERIODS_A_YEAR.get(per), _PERIODS_A_YEAR.get(actual_per)
    if times is None or actual_times is None:
        return _periods_apart(target, per, said, actual_per, ctx)
    return _period_rate_outcome(target, (actual_times, times), said, Decimal(1), ctx, prose=True)


def _judge_limit_rate(target: Comparison, quantity: Quantity, ctx: _Context) -> _Outcome:
    """The share of cases done within a time limit (``即时办结率98.7%`` against ``即时办结``).

    All of them (100%) meet the limit; fewer are short of it: pending before the due
    date, partial at it (most cases were done in time, not all).
    """
    say = ctx.say
    shown, goal = _shown_quantity(quantity, None), target.text.strip() or _shown_target(target)
    if quantity.value >= _HUNDRED_PERCENT:
        return _Outcome(
            _Attainment.MET,
            say(f"实际{shown}，全部达到“{goal}”", f"actual {shown}: all within “{goal}”"),
        )
    at_due = ctx.at_due
    if at_due is None:
        return _Outcome(
            _Attainment.UNKNOWN,
            say("截止日期或评价日期未知，无法判断", "due or as-of date unknown"),
        )
    why = say(f"实际{shown}，未全部达到“{goal}”", f"actual {shown}: not all within “{goal}”")
    return _Outcome(_Attainment.PARTIAL if at_due else _Attainment.PENDING, why)


# The words of a step before the work is done: started (开工, 动工, 开建, 启动) or under way
# (在建, 施工中); a count said with one, next to its figure (已开工120户, 120户已开工,
# 在建5座), counts the works at that step (parse55 H3).
_START_WORDS_RE: Final = re.compile("开工|动工|开建|启动|在建|施工")
_STARTED_FIGURE_RE: Final = re.compile(
    r"(?:已|累计|共|新)?(?:开工|动工|开建|启动|在建|正在施工)(?:建设)?[0-9]"
    r"|[0-9.]+[^0-9,;]{0,4}?(?:已|已经|正在)?(?:开工|动工|开建|启动|在建|施工中|正在施工)"
    r"(?:建设)?$"
)
_FIRST_CLAUSE_END_RE: Final = re.compile("[,;，；。]")
# A count done said in a later clause (已开工100户，竣工85户): that count is the actual (k31b).
# A date of completion (预计明年3月竣工) is no count.
_DONE_FIGURE_RE: Final = re.compile(
    r"(?:竣工|完工|建成|完成)[\u4e00-\u9fff]{0,4}?[0-9]+(?:\.[0-9]+)?(?![0-9.]*[年月日号])"
    r"|[0-9]+(?:\.[0-9]+)?[^0-9,;年月日号]{1,3}?(?:已|已经)?(?:竣工|完工|建成)"
)
_STEP_SHOWN: Final = MappingProxyType({"施工": "施工中"})


def _started_count(actual: Quantity, target: Comparison | Range, name: str) -> str | None:
    """The step word when *actual* counts works started or under way, not the row's done.

    The cell's first clause says the figure with a step before the work is done
    (``已开工120户``, ``120户已开工``, ``在建5座``); a row or target naming such a step
    (``开工数量``, ``新开工项目``, ``在建项目数``, ``施工面积``) counts it, and keeps it.

    >>> from perftrack import parse_target, parse_value
    >>> _started_count(parse_value("已开工120户"), parse_target("≥120户"), "危房改造户数")
    '开工'
    >>> _started_count(parse_value("已开工120户"), parse_target("≥120户"), "开工数量") is None
    True
    """
    text = _normal(actual.text)
    if _START_WORDS_RE.search(text) is None:  # the cheap guard: most figures
        return None
    if _START_WORDS_RE.search(_normal(name + (target.label or "") + target.text)) is not None:
        return None
    first, *rest = _FIRST_CLAUSE_END_RE.split(text, maxsplit=1)
    found = _STARTED_FIGURE_RE.match(first)
    if found is None or (rest and _DONE_FIGURE_RE.search(rest[0]) is not None):
        return None  # 已开工100户，竣工85户: the 85 done is the figure read (k31b)
    word = _START_WORDS_RE.search(found.group())
    return None if word is None else _STEP_SHOWN.get(word.group(), word.group())


def _judge_other_measure(
    target: Comparison | Range, actual: Value, measure: _OtherMeasure, ctx: _Context
) -> _Outcome:
    """An actual that names another measure: converted, its bracket judged, or unknown."""
    say = ctx.say
    shown, goal = _text(actual), target.text.strip() or _shown_target(target)
    if measure.quantity is None:
        counted = actual.label if isinstance(actual, Quantity) else measure.actual_word
        asked = target.label or ctx.indicator.name or measure.target_word
        words = f"{measure.actual_word}≠{measure.target_word}"
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”统计的是{counted}，年度指标“{goal}”统计的是{asked}，"
                f"口径不同（{words}），需人工判断",
                f"actual “{shown}” counts {counted}, the target “{goal}” {asked}:"
                f" another measure ({words}), a reviewer must judge",
            ),
        )
    outcome = _judge_comparison(target, measure.quantity, ctx)
    figure = _shown_quantity(measure.quantity, None)
    if measure.converted and isinstance(actual, Quantity):
        printed = _shown_quantity(actual, None)
        said = say(
            f"实际填报{measure.actual_word}{printed}，即{measure.target_word}{figure}；",
            f"actual {measure.actual_word} {printed} is {measure.target_word} {figure}; ",
        )
    else:
        said = say(
            f"实际“{shown}”中{measure.target_word}为{figure}；",
            f"actual “{shown}” gives {measure.target_word} {figure}; ",
        )
    return outcome._replace(why=said + outcome.why)


# The words that label a figure as an excess over a ceiling (超支8.6万元, 超出预算8.6万元,
# 超标准200元/人, 延期15天, 比合同工期延长15天): the overrun, never the cost or time itself.
# A forecast word may lead (预计超支80万元 in the forecast column).
_OVERRUN_RE: Final = re.compile(
    r"(?:预计|预期|估计)?(?:比[\u3400-\u9fff]{1,8})?"
    r"(?:超支|超出|超预算|超概算|突破|超额|多支出|多支付|多花|超标准|超过标准|延期|超期|逾期|拖期|延误|延长|超时)"
    r"(?:了)?(?:年度|批复|合同|计划|核定)?(?:预算|概算|标准|工期|计划|资金|支出|期限)?(?:了)?"
)


# How a figure with no word before it starts: a digit or an operator.
_PLAIN_FIRSTS: Final = frozenset("0123456789.≥≤=<>")


def _overrun(
    value: Value | None, indicator: Indicator | None = None, target: Target | None = None
) -> Quantity | None:
    """The excess a figure states over its ceiling, else None.

    The words before the figure (its label, or ``超标准`` that the grammar reads as a
    bound) are an overrun word, with what was overrun: ``超支8.6万元``,
    ``超出预算8.6万元``, ``超预算5万元``, ``延误15天``, ``比合同工期延长15天``. On a row
    whose name or target names the excess (``超额完成任务量``), ``超额12%`` is the
    measure itself, no overrun.

    Example:
        >>> from perftrack import parse_value
        >>> _overrun(parse_value("超支8.6万元")).value, _overrun(parse_value("8.6万元"))
        (Decimal('8.6'), None)
    """
    if not isinstance(value, Quantity) or value.status is not None:
        return None
    text = value.text.strip()
    if value.label is None and text[:1] in _PLAIN_FIRSTS:
        return None  # 8.6万元, ≤200万元: no word before the figure (the common row)
    digit = next((at for at, char in enumerate(text) if char.isdigit()), None)
    head = text[:digit] if digit is not None else ""
    words = head or value.label or ""
    if not words or _OVERRUN_RE.fullmatch(words) is None:
        return None
    if words.startswith("超额") and (
        (indicator is not None and "超额" in indicator.name)
        or (target is not None and "超额" in (target.text or ""))
    ):
        return None  # 超额12% on 超额完成任务量: the excess is what the row measures
    return value


def _judge_overrun(target: Comparison | Range, excess: Quantity, ctx: _Context) -> _Outcome:
    """An excess over a ceiling (超支8.6万元, 延期15天): not met unless it is none.

    Against a target that is no ceiling the excess says nothing of the figure reached.
    """
    say = ctx.say
    shown = excess.text.strip()
    goal = _shown_target(target)
    ceiling = (
        isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.LT, _Op.EQ)
        and _judged_direction(ctx.indicator, target) is _Direction.LOWER
    )
    if not ceiling:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为超出部分，不是完成值，无法与年度指标{goal}比较",
                f"actual “{shown}” is an excess, not the figure reached: no comparison with {goal}",
            ),
        )
    if excess.value <= 0:
        return _Outcome(
            _Attainment.MET,
            say(f"实际{shown}，未超出年度指标{goal}", f"actual {shown}: within the target {goal}"),
        )
    return _Outcome(
        _Attainment.NOT_MET,
        say(f"实际{shown}，超出年度指标{goal}", f"actual {shown}: over the ceiling {goal}"),
    )


def _signed_fall(target: Comparison | Range, actual: Value, name: str) -> bool:
    """A bare negative figure against a floor on a name of a fall (能耗下降, 降幅).

    ``-1.2%`` against ``≥1%`` on ``能耗下降`` may be the fall written with its sign
    (met) or a figure below the floor: ambiguous, so no confident verdict.

    >>> from perftrack import parse_target, parse_value
    >>> _signed_fall(parse_target("≥1%"), parse_value("-1.2%"), "能耗下降")
    True
    >>> _signed_fall(parse_target("≥1%"), parse_value("-1.2%"), "能耗增长率")
    False
    >>> _signed_fall(parse_target("≥1%"), parse_value("-0.5%"), "能耗下降")
    False
    """
    return (
        isinstance(target, Comparison)
        and target.label is None
        and target.op in (_Op.GE, _Op.GT)
        and target.value > 0
        and isinstance(actual, Quantity)
        and actual.label is None
        and actual.value < 0
        and actual.bound is _Bound.EXACT
        and actual.unit in (None, target.unit)
        and _name_sign(name, target.unit) == -1
        # read as a fall it must reach the floor; a fall short of it misses either way
        and (-actual.value >= target.value if target.op is _Op.GE else -actual.value > target.value)
    )


# Units of events or cases a zero target rules out (0起, 0次, 0件, 0例, 0人): none so far
# mid-year is met, as 不发生 and 无 are; an amount (=0亩, 0万元) stays a ceiling.
_OCCURRENCE_UNITS: Final = frozenset(
    {None, "起", "次", "件", "例", "宗", "人", "人次", "处", "个", "家", "项", "条", "名", "户"}
)
# A name of money (违规资金金额, 资金损失金额): a bare 0 on it is an amount, as 0元 is
# (regress36 W2), a cumulative ceiling mid-year.
_AMOUNT_NAME_RE: Final = re.compile("金额|资金|损失|费用|经费|支出|款|元")


def _foreseen_miss(target: Comparison | Range, ctx: _Context) -> bool:
    """Whether the row itself foresees a miss: 完全不可能, or a 全年预计 that misses.

    ``0起 | 0起 | 全年预计1起``, ``≤200元 | 185元 | 预计210元`` (regress36 W3).
    """
    indicator = ctx.indicator
    if indicator.likelihood is _Likelihood.IMPOSSIBLE:
        return True
    forecast = indicator.forecast
    if forecast is None or isinstance(forecast, NotApplicable):
        return False
    at_due = ctx._replace(
        as_of=_due(target, ctx.year, ctx.policy, ctx.table) or ctx.as_of,
        base=None,
        forecasting=True,
    )
    judged = _judge(target, forecast, at_due)
    return judged.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL)


def _per_unit_cost(indicator: Indicator, unit: str | None) -> bool:
    """Whether the figure is a cost or amount per person or per unit (parse42 H1).

    An average's name (人均服务成本), a unit cost's (每吨垃圾处理费), or a unit per
    something (元/平方米, 万元/辆); not a bare rate or a rank.
    """
    return (
        _average_name(indicator)
        or _unit_cost_name(indicator.name)
        or (unit is not None and "/" in unit)
    )


# An average per period said in the actual (日均接待游客0.3万人次, 月均1场, 平均每天180吨)
# and the periods of a year it stands for (regress52: 日均 against a year's total).
_AVERAGE_SAID_RE: Final = re.compile(
    r"(?:全年|年内|本年度?|今年)?(?:(?P<avg>日|天|周|月|季)均|平均每(?P<each>天|日|周|个?月|季度?))"
)
# A target or name per period (日均接待读者人次, 每日, 平均每月): no year's total.
_PER_PERIOD_NAME_RE: Final = re.compile(
    r"(?P<avg>日|天|周|月|季)均|平均每(?P<each>天|日|周|个?月|季度?)|每(?P<every>天|日|周|个?月|季度?)"
)
# A year's total said in the actual (全年接待读者18万人次, 累计, 全年共).
_YEAR_TOTAL_SAID_RE: Final = re.compile(
    r"(?:全年|年内|本年度?|今年)(?:共|累计|合计)?|累计|共计|合计"
)
# A target or name of the year (年接待游客量, 全年, 年度, 累计, 总量).
_YEAR_NAME_RE: Final = re.compile("年|累计|总量|总数|总计|合计")
_AVERAGES_A_YEAR: Final = MappingProxyType({"周": 52, "月": 12, "季": 4})
_PERIOD_WORDS: Final = MappingProxyType(
    {"天": "日", "日": "日", "周": "周", "月": "月", "季": "季"}
)
# Measures that do not add up over days (a rate, a level, a score, an average itself).
_NOT_ADDED_UNITS: Final = frozenset({"%", "‰", "分", "℃", "分贝", "dB", "倍"})
# 能力 (污水处理能力, regress53 W6): a capacity is a level per day, as a rate is.
_NOT_ADDED_NAME_RE: Final = re.compile("率|浓度|指数|平均|均值|年均|水平|温度|能力")
_PERIODS_COUNTED: Final = MappingProxyType({"日": "天", "周": "周", "月": "个月", "季": "个季度"})


def _average_period(match: re.Match[str]) -> str:
    """日, 周, 月 or 季: the period an average or a rate per period is of."""
    word = next(group for group in match.groups() if group)
    return _PERIOD_WORDS[word.removeprefix("个").removesuffix("度")]


def _periods_in_year(period: str, year: int) -> int:
    """How many periods a year holds: 365 or 366 days, 52 weeks, 12 months, 4 quarters."""
    if period == "日":
        return 366 if calendar.isleap(year) else 365
    return _AVERAGES_A_YEAR[period]


def _whole_year_at_end(ctx: _Context) -> bool:
    """Whether *ctx* judges a whole year's table at its end (a 自评表, or January to December)."""
    period = ctx.table.period
    if ctx.year is None or ctx.at_due is False:
        return False
    if period is None:
        return ctx.table.kind is _TableKind.SELF_EVALUATION
    return (period.start.month, period.end.month) == (1, 12) and (
        period.start.year == period.end.year == ctx.year
    )


# People held in care or on a roll (保障, 供养, 在册), or paid each month (发放, 享受, 领取:
# 月均发放2,860人 are the same people paid every month, sweep24 W2): a level, whose
# month's average is the level itself, no flow that adds up over the months (parse29 M2).
# Not 覆盖: 月均培训覆盖110人 is people trained a month, a flow (regress56 W2).
_PERSONS_HELD_RE: Final = re.compile("保障|供养|在册|发放|享受|领取")
_PERSON_UNITS: Final = frozenset({"人", "万人", "名", "户", "万户"})


def _persons_held(name: str, target: Comparison | Range, quantity: Quantity) -> bool:
    """Whether *quantity* counts people held (``月均保障12,086人``), a level not a flow.

    Persons (``人``, ``户``; never ``人次``) on both sides, and the name, the target or the
    actual's label saying they are held in care or on a roll (保障, 供养, 在册; not 覆盖,
    which a flow of training or service says too: ``月均培训覆盖110人``).

    >>> from perftrack import parse_target, parse_value
    >>> _persons_held("城市低保保障人数", parse_target("≥1.2万人"), parse_value("月均保障12,086人"))
    True
    >>> _persons_held("招聘会场次", parse_target("≥12场"), parse_value("月均1场"))
    False
    """
    if target.unit not in _PERSON_UNITS or quantity.unit not in _PERSON_UNITS:
        return False
    words = _normal(name) + _normal(target.text) + _normal(quantity.label or "")
    return _PERSONS_HELD_RE.search(words) is not None


def average_apart(name: str, target: Target, quantity: Quantity) -> tuple[str, bool] | None:
    """The period and whether to divide, when one side is an average and the other a total.

    ``日均接待游客0.3万人次`` against ``年接待游客量 ≥100万人次``: ``("日", False)`` (times
    the days of the year); ``全年接待读者18万人次`` against ``日均接待读者人次 ≥500人次``:
    ``("日", True)`` (over them). None when neither side is an average, both are
    (``日均`` against ``日均``), a side is a rate per period (``≥300吨/日``) or the target
    is a schedule (``每季度1次``, the schedule rules).

    >>> from perftrack import parse_target, parse_value
    >>> average_apart("年接待游客量", parse_target("≥100万人次"), parse_value("日均接待0.3万人次"))
    ('日', False)
    >>> average_apart("日均清运量", parse_target("≥200吨"), parse_value("日均清运230吨"))
    """
    if not isinstance(target, (Comparison, Range)):
        return None
    unit = target.unit or ""
    if not unit or "/" in unit or not quantity.unit or "/" in quantity.unit:
        return None  # ≥300吨/日: the per-period rules (_period_rate) judge it
    if unit in _NOT_ADDED_UNITS or _NOT_ADDED_NAME_RE.search(_normal(name) + _normal(target.text)):
        return None  # 年均浓度 ≤35 against 日均32, 日均达标率98%: levels, no sums of days
    label = _normal(quantity.label or "")
    if _persons_held(name, target, quantity):
        return None  # 月均保障12,086人 against ≥1.2万人: a level of people, no flow
    said = _AVERAGE_SAID_RE.match(label)
    asked = _PER_PERIOD_NAME_RE.search(_normal(name) + _normal(target.text))
    if said is not None and asked is None:
        return _average_period(said), False
    if (
        said is None
        and asked is not None
        and not asked.group("every")  # 每季度1次 against 全年4次: the schedule rules
        and _YEAR_TOTAL_SAID_RE.match(label)
    ):
        return _average_period(asked), True
    return None  # no average, or both per period (日均 against 日均)


# How far above the target a day's average times the year must be for the target to
# be a day's (regress53 W6): an annual target the year's total beats tenfold is no goal.
# Both ways (regress57 W1): the target must also be within ten times the day's figure,
# or neither reading is plainly right (≥10万人次 against 日均接待3000人次).
_DAILY_TARGET_RATIO: Final = Decimal(10)


def _daily_reading(
    target: Comparison | Range, quantity: Quantity, converted: Quantity, ctx: _Context
) -> tuple[Quantity, str] | None:
    """The daily figure as said, when a target that does not say it is the year's is a day's.

    Both readings met (``生活垃圾清运量 ≥200吨 | 日均清运210吨``): the day's figure is quoted,
    with the year's beside it (regress53 W9). The readings differing and the year's total
    at least ten times the target (``≥250吨 | 日均清运210吨``: 76650吨) and the target
    at most ten times the day's figure: the target is a day's, and the day's figure
    decides (regress53 W6, regress57 W1: ``≥10万人次 | 日均接待3000人次`` is neither).
    Else None (the caller's rules).
    Only for 日均; a month's or a quarter's average times the year is no such gulf.
    """
    raw, total = _compare(target, quantity, ctx), _compare(target, converted, ctx)
    if raw is None or total is None:
        return None
    factors = _factors(target.unit, quantity.unit)
    period = _AVERAGE_SAID_RE.match(_normal(quantity.label or ""))
    if factors is None or period is None or _average_period(period) != "日":
        return None
    say = ctx.say
    times = _periods_in_year("日", ctx.year or 0)
    yearly = _shown_quantity(converted, target.unit)
    if raw.check is total.check:
        if raw.check is not _Check.SATISFIED:
            return None  # both miss: the year's total says by how much
        return quantity, say(
            f"日均值，按全年{times}天折算为{yearly}，两种读法均达到",
            f"a daily average; {yearly} over the year meets the target too",
        )
    target_factor, actual_factor = factors
    bar = target.value if isinstance(target, Comparison) else target.high
    if converted.value * actual_factor < bar * target_factor * _DAILY_TARGET_RATIO:
        return None
    if bar * target_factor > quantity.value * actual_factor * _DAILY_TARGET_RATIO:
        return None  # ≤5000千瓦时 against 日均450千瓦时: no day's target either (regress57 W1)
    return quantity, say(
        f"日均值，按全年{times}天折算为{yearly}，远超指标量级，指标按日均理解",
        f"a daily average; {yearly} over the year is far above the target, a day's target",
    )


# 能力 in the name: a capacity. An average of use (日均接待460人次) is no capacity; an
# average the label calls 能力, or of a plant's output (处理, 供水, 发电), may stand for it.
_CAPACITY_NAME_RE: Final = re.compile("能力")
_CAPACITY_SAID_RE: Final = re.compile("能力|处理|供水|供气|供热|供电|供应|发电|生产|产能")


def _usage_against_capacity(
    target: Comparison | Range, quantity: Quantity, ctx: _Context
) -> _Outcome | None:
    """Unknown when an average of use is set against a capacity (regress57 M2).

    ``接待能力 | ≥500人次 | 日均接待460人次``: a site that can take 500 a day may average
    460; the average is no capacity. ``污水处理能力 ≥3万吨 | 日均处理2.8万吨`` and
    ``日均处理能力2.8万吨`` compare. An average of use at or above a floor shows the
    capacity (``接待能力 ≥500人次/日 | 日均接待520人次``, regress60 W2): it compares.
    None when the rule does not apply.
    """
    name = _normal(ctx.indicator.name) + _normal(target.text)
    label = _normal(quantity.label or "")
    said = _AVERAGE_SAID_RE.match(label)
    if (
        said is None
        or _CAPACITY_NAME_RE.search(name) is None
        or _CAPACITY_SAID_RE.search(label[said.end() :]) is not None
    ):
        return None
    compared = _compare(target, quantity, ctx)
    if (
        isinstance(target, Comparison)
        and target.op in (_Op.GE, _Op.GT)
        and compared is not None
        and compared.check is _Check.SATISFIED
    ):
        return None  # 日均接待520人次 against ≥500人次/日: a capacity of at least 520
    shown, goal = _shown_quantity(quantity, target.unit), _shown_target(target)
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"实际{shown}为{label}量，是实际使用量，不是“{ctx.indicator.name}”所指的能力，"
            f"是否达到年度指标{goal}需人工判断",
            f"actual {shown} is an average of use ({label}), not the capacity"
            f" “{ctx.indicator.name}” names: a reviewer must judge {goal}",
        ),
    )


def _capacity_of_year(
    target: Comparison | Range,
    quantity: Quantity,
    factors: tuple[Decimal, Decimal],
    ctx: _Context,
) -> tuple[str, bool] | None:
    """The average's period when a capacity's target is far above its average (regress60 W1).

    A capacity (能力) is a level, never added up over days; but a target more than ten
    times the average said (``污水处理能力 | ≥1000万吨 | 日均处理3万吨``, ``发电能力 |
    ≥1000万千瓦时 | 月均发电量90万千瓦时``) is no day's or month's: it may be the year's,
    and the average is read as against a total (both readings, or unknown before the
    year's end). None otherwise (``≥3万吨 | 日均处理2.8万吨`` compares as said).
    """
    name = _normal(ctx.indicator.name) + _normal(target.text)
    unit = target.unit or ""
    if _CAPACITY_NAME_RE.search(name) is None or not unit or "/" in unit:
        return None
    if not quantity.unit or "/" in quantity.unit or unit in _NOT_ADDED_UNITS:
        return None
    said = _AVERAGE_SAID_RE.match(_normal(quantity.label or ""))
    if said is None:
        return None
    target_factor, actual_factor = factors
    bar = target.value if isinstance(target, Comparison) else target.high
    if bar * target_factor <= quantity.value * actual_factor * _DAILY_TARGET_RATIO:
        return None
    return _average_period(said), False


def _average_against_total(
    target: Comparison | Range, quantity: Quantity, ctx: _Context
) -> tuple[Quantity, str] | _Outcome | None:
    """A per-period average against a year's total, or a year's total against an average.

    ``日均接待游客0.3万人次`` against ``年接待游客量 ≥100万人次``: at the end of a whole
    year's table, 0.3万 × 365 (366 in a leap year), the figure and the words saying so;
    ``全年接待读者18万人次`` against ``日均接待读者人次 ≥500人次``: 18万 ÷ 366. 月均 × 12,
    季均 × 4, 周均 × 52. Before the year's end, or in a table of part of a year: unknown
    with the reason. When the target does not say it is the year's (``生活垃圾清运量
    ≥7万吨``) the converted figure decides only when the figure as said agrees with it;
    else unknown. None when neither side is an average or the units do not compare.
    """
    if not quantity.label:
        # (the cheap guard, speedS5a) each reading below needs the label's 日均 or 全年
        # (_AVERAGE_SAID_RE, _YEAR_TOTAL_SAID_RE match no empty label): with none, None
        return None
    if (usage := _usage_against_capacity(target, quantity, ctx)) is not None:
        return usage
    sides = average_apart(ctx.indicator.name, target, quantity)
    factors = _factors(target.unit, quantity.unit)
    if factors is None:
        return None
    if sides is None:
        sides = _capacity_of_year(target, quantity, factors, ctx)
    if sides is None:
        return None
    period, dividing = sides
    unit = target.unit or ""
    goal_words = _normal(ctx.indicator.name) + _normal(target.text)
    say = ctx.say
    shown, goal = _shown_quantity(quantity, unit), _shown_target(target)
    if not _whole_year_at_end(ctx) or ctx.year is None:
        what = f"{period}均值" if not dividing else "全年总量"
        other = "年度总量" if not dividing else f"{period}均值"
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}为{what}，年度指标{goal}为{other}，非全年报表无法折算，需人工判断",
                f"actual {shown} and the target {goal} are of different periods and this"
                " table is no whole year: a reviewer must judge",
            ),
        )
    times = _periods_in_year(period, ctx.year)
    counted = f"{times}{_PERIODS_COUNTED[period]}"
    if dividing:
        # in the target's unit, to the cent: 18万人次 ÷ 366 is 491.80人次, not 0.05万
        target_factor, actual_factor = factors
        value = (quantity.value * actual_factor / target_factor / times).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
        converted = evolve(quantity, value=value, unit=unit)
        note = say(
            f"全年{shown}按{counted}折合{period}均",
            f"a year's {shown} over {counted}",
        )
    else:
        converted = evolve(quantity, value=quantity.value * times)
        note = say(f"{period}均{shown}按全年{counted}折算", f"the average {shown} times {times}")
    if (
        not dividing
        and _YEAR_NAME_RE.search(goal_words) is None
        # 举办招聘会场次 ≥12场 against 月均1场: a 自评表 counts the year's; not so for a
        # daily average (门诊接诊人次 ≥100人次 against 日均86人次, regress53 W3)
        and (unit not in EVENT_UNITS or period == "日")
    ):
        # 生活垃圾清运量 ≥7万吨: maybe the year's, maybe a day's; both readings must agree
        raw, total = _compare(target, quantity, ctx), _compare(target, converted, ctx)
        if (daily := _daily_reading(target, quantity, converted, ctx)) is not None:
            return daily
        if raw is None or total is None or raw.check is not total.check:
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际{shown}为{period}均值，年度指标{goal}未说明是否为全年总量，"
                    f"按全年{counted}折算与按{period}均比较结论不同，需人工判断",
                    f"actual {shown} is an average per period; whether the target {goal}"
                    " is the year's is not said, and the two readings differ",
                ),
            )
    return converted, note


def averaged_total(ctx: _Context) -> Quantity | None:
    """The actual's average as the year's total the verdict compared (p34 H1), or None.

    ``日均出诊60次`` against ``≥2.5万次`` at a whole year's end: 21900次, the figure the
    points are scored by too (they took 60/25000 = 0.24%).
    """
    target = ctx.indicator.target
    if not isinstance(target, (Comparison, Range)):
        return None
    quantity = _measured(ctx.indicator.actual, target, ctx.indicator.name, ctx.year)
    if quantity is None:
        return None
    averaged = _average_against_total(target, quantity, ctx)
    if averaged is None or isinstance(averaged, _Outcome):
        return None
    return averaged[0]


_CHANGE_NAME_RE: Final = re.compile(
    "|".join(sorted((*voc.CHANGE_WORDS, *voc.CHANGE_RATES, "幅", "变化"), key=len, reverse=True))
)


def changes_against_level(target: Target | None, actual: Quantity, row: Indicator) -> bool:
    """Whether a planned and an actual change stand against a target of a level (r97fix).

    ``事故发生率 | ≤3% | 下降5% | 上升2%``: the plan and the actual say changes (下降, 上升),
    the target and the name a level (no word of change, 增长率, 降幅…); the 2 of 上升2%
    is no rate of 2% (regress97 S7: it was met). A plan of a level leaves the rule.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("事故发生率", target=parse_target("≤3%"), planned=parse_value("下降5%"))
    >>> changes_against_level(row.target, parse_value("上升2%"), row)
    True
    >>> changes_against_level(row.target, parse_value("2%"), row)
    False
    """
    planned = row.planned
    return (
        isinstance(target, (Comparison, Range))
        and isinstance(planned, Quantity)
        and planned.label in voc.CHANGE_WORDS
        and actual.label in voc.CHANGE_WORDS
        and planned.unit == actual.unit == target.unit
        and _CHANGE_NAME_RE.search(_normal(row.name) + (target.label or "")) is None
    )


# A level said reached (提高至800元/人, 已经达到800元/人): no change of it (k26c).
_LEVEL_REACHED_RE: Final = re.compile(
    "(?:(?:提高|提升|增长|增加|上升|上调|调高|升高|增|升|下降|降低|减少|下调|调低|降|减|压缩|缩短)"
    "(?:至|到)|达到)[0-9]"
)


# The note of a figure that is the change itself (达到200元/人的提高标准: 提高标准).
_CHANGE_STANDARD_NOTE_RE: Final = re.compile(
    "的?(?:提高|提升|增长|增加|上调|调高)(?:标准|幅度|额度|金额)"
)


def _change_in_note(actual: Quantity, target: Comparison | Range) -> Quantity | None:
    """The change a level's note states in the target's unit, else None (regress105 W2).

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("提高200元/人")
    >>> str(_change_in_note(parse_value("提高至800元/人（提高200元/人）"), goal).value)
    '200'
    >>> _change_in_note(parse_value("提高至800元/人（提高20%）"), goal) is None
    True
    """
    if not actual.note:
        return None
    said = parse_value(actual.note)
    if (
        not isinstance(said, Quantity)
        or said.label not in voc.CHANGE_WORDS
        or said.unit != target.unit
        or _LEVEL_REACHED_RE.search(_normal(actual.note)) is not None
    ):
        return None
    return evolve(said, text=actual.text)


# The level a cell's note says was before the raise (原700元/人).
_FORMER_LEVEL_NOTE_RE: Final = re.compile(
    "^(?:原|原为|原标准|原来|上年|去年)(?P<value>[0-9]+(?:\\.[0-9]+)?)(?P<unit>.+)$"
)


def _raise_on_raise_row(actual: Quantity, target: Comparison, name: str) -> Quantity | None:
    """The raise a reached level states, when a bare amount on a raise row is the raise (k27d).

    ``≥200元/人`` on ``补助标准提高`` against ``提高至800元/人（提高100元/人）`` (or
    ``（原700元/人）``, or ``由700元/人提高至800元/人``) is a raise of 200 asked, 100 made:
    a target no higher than the level before the raise cannot be the level. None when
    the name says no change, the cell gives no change, or the target may be the level
    (``≥800元/人``: judged on 800, as before).

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("≥200元/人")
    >>> str(
    ...     _raise_on_raise_row(
    ...         parse_value("提高至800元/人（原700元/人）"), goal, "补助标准提高"
    ...     ).value
    ... )
    '100'
    >>> _raise_on_raise_row(
    ...     parse_value("提高至800元/人（提高100元/人）"), parse_target("≥800元/人"), "补助标准提高"
    ... )
    """
    if (
        _CHANGE_NAME_RE.search(name) is None
        or _LEVEL_REACHED_RE.search(_normal(actual.text)) is None
    ):
        return None
    if actual.note:
        noted = _change_in_note(actual, target)  # its text is the cell's
        if noted is None:
            former = _FORMER_LEVEL_NOTE_RE.fullmatch(_normal(actual.note))
            if former is None or former.group("unit") != target.unit:
                return None
            change, text = actual.value - Decimal(former.group("value")), actual.text.strip()
            if not text.endswith(("）", ")")):
                return None
            shown = f"{text[:-1]}，提高{format(change.normalize(), 'f')}{target.unit}{text[-1]}"
            noted = Quantity(change, target.unit, label="提高", text=shown)
    else:
        levels = _amount_between_levels(actual, target.unit or "")
        if levels is None:
            return None
        noted = evolve(levels[0], label="提高", text=levels[1])
    if (
        noted.value <= 0
        or voc.CHANGE_WORDS.get(noted.label or "", 1) < 0  # 下降至80元（下降30元）: no raise
        or target.op not in (_Op.GE, _Op.GT, _Op.EQ)
        or target.value > actual.value - noted.value
    ):
        return None  # ≥800元/人 against a raise to 800: the level may be the target
    return noted


# A cell saying none happened before a note of what was handled (未发生（全年处置火情1起）).
_NONE_THEN_NOTE_RE: Final = re.compile(r"^(?:全年|年内)?(?:未发生|没有发生|无)[^\d(（]{0,8}[(（]")


def _fire_spots_noted(actual: Quantity, target: Comparison | Range) -> str | None:
    """The word of fires spotted (火情, 火警) a none's note counts against a zero ceiling (k27d).

    ``未发生（全年处置火情1起）`` against ``0起``: the cell says none happened; its note
    counts fires spotted and handled, a lesser kind than a fire. None when the cell does
    not open on a none, or the target is no zero ceiling in the note's unit.

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("0起")
    >>> _fire_spots_noted(parse_value("未发生（全年处置火情1起）"), goal)
    '火情'
    >>> _fire_spots_noted(parse_value("处置火情1起"), goal) is None
    True
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.EQ, _Op.LE)
        or target.value != 0
        or target.unit != actual.unit
        or actual.unit not in _OCCURRENCE_UNITS
        or _NONE_THEN_NOTE_RE.match(_normal(actual.text)) is None
        or "火灾" in (actual.label or "")
    ):
        return None
    return "火情" if "火情" in (actual.label or "") else "火警"


def _judge_fire_spots(
    actual: Quantity, target: Comparison | Range, spotted: str, ctx: _Context
) -> _Outcome:
    """A none with fires spotted in its note: met on a fire row, else another event (k27d)."""
    say, shown, goal = ctx.say, _text(actual), _shown_target(target)
    if "火灾" in _event_core(ctx.indicator.name):
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”注明的“{spotted}”为处置的{spotted}，不计为火灾，达到年度指标{goal}",
                f"actual “{shown}” notes {spotted} handled, no fire: meets {goal}",
            ),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际“{shown}”计的是“{spotted}”，不是指标“{ctx.indicator.name}”所计事件的数，"
            f"是否达到年度指标{goal}需人工判断",
            f"actual “{shown}” counts something other than “{ctx.indicator.name}”"
            " counts: a reviewer must judge",
        ),
    )


# A burned area said in a cell (过火面积2亩, 过火林地面积0.5公顷): a fire burned (k27d).
_BURNED_AREA_RE: Final = re.compile(
    r"过火(?:林地|森林)?面积(?:约|共|为|达)?(?P<value>\d+(?:\.\d+)?)(?:亩|公顷|平方米|平方公里|hm2|m2)"
)


def _burned_beside_none(
    actual: Value, target: Comparison | Range, ctx: _Context
) -> _Outcome | None:
    """A burned area beside none of the fires against a zero ceiling: unknown (k27d).

    ``发生火灾0起，过火面积2亩`` against ``0起``: the area says a fire burned, the count says
    none; the cell contradicts itself, as a count beside a none does, and a reviewer
    judges. None when no burned area above 0 is said, or the cell names a grade (a
    lesser fire may have burned it).
    """
    text = _normal(_text(actual))
    burned = _BURNED_AREA_RE.search(text)
    if burned is None or Decimal(burned["value"]) <= 0 or _ZERO_EVENT_GRADE_RE.search(text):
        return None  # 较大火灾0起，过火面积2亩: lesser fires may have burned it
    shown = _text(actual)
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"实际“{shown}”称0起，又注明{burned.group()}，两者矛盾，"
            f"是否达到年度指标{_shown_target(target)}需人工判断",
            f"actual “{shown}” says none, yet notes {burned.group()}: a reviewer must judge",
        ),
    )


def _judge_comparison(target: Comparison | Range, actual: Value, ctx: _Context) -> _Outcome:
    say = ctx.say
    if isinstance(actual, Quantity) and letters_for_digits_unit(actual):
        # 26OO (26 in the "unit" OO): letters for digits, no figure read, as 2,6OO (r38h 1)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”{NOT_A_NUMBER[0]}",
                f"actual “{_text(actual)}” {NOT_A_NUMBER[1]}",
            ),
        )
    if letters_for_digits_unit(target):
        # ≥26OO: the target's letters for digits, no figure read either; not a unit apart
        # from the actual's, and no comparison against 26 (r38j 2)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"年度指标“{_text(target)}”{TARGET_NOT_A_NUMBER[0]}",
                f"the target “{_text(target)}” {TARGET_NOT_A_NUMBER[1]}",
            ),
        )
    if (
        isinstance(target, Comparison)
        and isinstance(actual, TextValue)
        and (lettered := _letter_graded(target, actual, ctx)) is not None
    ):
        return lettered  # A级 against ≥AA级 (≥2(A级)): grades ranked (r35c)
    if _is_time_limit(target) and (timed := _in_time(actual, say)) is not None:
        return timed  # 按时拨付, 未按时拨付, 逾期3天 against ≤30日: said in words of time
    if (excess := _overrun(actual, ctx.indicator, target)) is not None:
        return _judge_overrun(target, excess, ctx)  # 超支8.6万元 against ≤200万元
    named = (  # a label the actual repeats (_change_name), else the name (speedS3)
        _change_name(ctx.indicator.name, target, actual)
        if isinstance(actual, Quantity) and actual.label
        else ctx.indicator.name
    )
    change = _as_change(actual, target, named, ctx.change_year)
    if change is not None:
        return _judge_change(target, change, ctx)
    if (
        target.label is not None or (isinstance(actual, Quantity) and actual.label is not None)
    ) and _another_change(actual, target, named, ctx.change_year):
        if (
            isinstance(actual, Quantity)
            and actual.label
            and actual.label.startswith(("没", "并未", "并没"))  # (the cheap guard, k27d)
            and (denied := _said_not_achieved(actual, target, ctx)) is not None
            and denied.attainment is _Attainment.NOT_MET
        ):
            return denied  # 没有提高200元/人 against 提高200元/人: as 未提高200元/人 (k27d)
        shown = _text(actual)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”与年度指标“{target.text.strip() or target}”不是同一指标或同一基期的变化，需人工判断",
                f"actual “{shown}” and the target “{target}” are not the same change: a reviewer must judge",
            ),
        )
    if (
        isinstance(actual, Quantity)
        and target.label in voc.CHANGE_WORDS
        and _LEVEL_REACHED_RE.search(_normal(actual.text)) is not None
        and not re.search("由|从", actual.text)  # 由4.6等提升至4.1等: two levels, left as were
        and not (actual.note and _CHANGE_STANDARD_NOTE_RE.fullmatch(_normal(actual.note)))
    ):
        # 已提高至800元/人 against 提高200元/人: the level reached, not the change (k26c);
        # 达到200元/人的提高标准 is the raise itself, read as before (regress105 W2)
        if (noted := _change_in_note(actual, target)) is not None:
            return _judge_comparison(target, noted, ctx)  # 提高至800元/人（提高200元/人）
        shown, goal = _text(actual), _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为水平值，非变化量，不能与年度指标{goal}比较，需人工判断",
                f"actual “{shown}” is a level, not the change {goal}: a reviewer must judge",
            ),
        )
    if (
        isinstance(actual, Quantity)
        and isinstance(target, Comparison)
        and target.label is None
        and actual.label is None
        and actual.unit == target.unit
        and "至" in actual.text  # (the cheap guard: a level reached, k27d)
        and (raised := _raise_on_raise_row(actual, target, ctx.indicator.name)) is not None
    ):
        # 提高至800元/人（提高100元/人） against ≥200元/人 on 补助标准提高: the raise (k27d)
        return _judge_change(target, _Change(raised, _text(raised), opposite=False), ctx)
    if (
        isinstance(actual, Quantity)
        and actual.label is not None  # (a change word, speedS3)
        and changes_against_level(target, actual, ctx.indicator)
    ):
        # 上升2% done, 下降5% planned, against 事故发生率 ≤3%: a change, not the rate (r97fix)
        shown, goal = _text(actual), _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为变化幅度，不是年度指标{goal}所指的水平，需人工判断",
                f"actual “{shown}” is a change, not the level {goal}: a reviewer must judge",
            ),
        )
    if (
        isinstance(actual, Quantity)
        and actual.label  # (a group is said in a label, speedS3)
        and (other := _other_group_said(ctx.indicator.name, actual)) is not None
    ):
        # 学生95% on 家长满意度: another group's rate, the named group's missing (r100fix)
        shown = _text(actual)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”未给出指标名称所指的{other}的数，需人工判断",
                f"actual “{shown}” gives no rate of {other}, the group the name asks for:"
                " a reviewer must judge",
            ),
        )
    if (
        isinstance(actual, Quantity)
        and actual.label  # (a level is said with its label)
        and actual.note is None  # (a bracket may say the change, 在院孤儿118名（较年初减少4名）)
        and ctx.indicator.name[:2] in _CHANGE_OPENINGS  # (the cheap guard, r108b)
        and not _is_ceiling(target)  # (≤10件 on 降低投诉数量: a level, regress110 W3)
        and (asked := _level_on_change_name(actual, ctx.indicator.name)) is not None
    ):
        # 在院孤儿118名 on 减少在院孤儿人数: the orphans left, not the fewer (r108b)
        shown, kind = _text(actual), "人数" if actual.unit in _HEADCOUNT_UNITS else "数量"
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"指标要求{asked}的{kind}，实际“{shown}”为现有{kind}，需人工判断",
                f"the name asks the count {asked}, actual “{shown}” is the count there is:"
                " a reviewer must judge",
            ),
        )
    if isinstance(actual, Quantity) and _signed_fall(target, actual, ctx.indicator.name):
        # -1.2% against ≥1% on 能耗下降: a fall of 1.2%, or a rise the sign denies
        shown, goal = _text(actual), _shown_target(target)
        fall = f"{format(-actual.value, 'f')}{actual.unit or target.unit or ''}"
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}为负数，指标“{ctx.indicator.name}”为降幅，负号可能表示下降"
                f"{fall}（达到年度指标{goal}），也可能表示未下降，需人工判断",
                f"actual {shown} is negative on a fall “{ctx.indicator.name}”: a fall"
                f" meeting {goal}, or none; a reviewer must judge",
            ),
        )
    if (
        isinstance(actual, Quantity)
        and (started := _started_count(actual, target, ctx.indicator.name)) is not None
    ):
        # 已开工120户 on 危房改造户数: the works started, not those done (parse55 H3)
        shown, goal = _text(actual), _shown_target(target)
        why = say(
            f"实际“{shown}”为{started}的数量，不是完成数，是否达到年度指标{goal}需人工判断",
            f"actual “{shown}” counts works at “{started}”, not those done: whether it"
            f" meets {goal} a reviewer must judge",
        )
        if ctx.at_due is False:
            return _Outcome(_Attainment.PENDING, why)
        return _Outcome(_Attainment.UNKNOWN, why)
    if (
        isinstance(actual, Quantity)
        and actual.label  # (_other_measure's first tests, speedS3)
        and (measure := _other_measure(actual, target, ctx.indicator.name)) is not None
    ):
        return _judge_other_measure(target, actual, measure, ctx)
    if (
        isinstance(actual, Quantity)
        and actual.status is _Status.NOT_DONE
        and actual.label
        and ("火情" in actual.label or "火警" in actual.label)  # (the cheap guard, k27d)
        and (spotted := _fire_spots_noted(actual, target)) is not None
    ):
        return _judge_fire_spots(actual, target, spotted, ctx)
    if (
        isinstance(actual, Quantity)
        and actual.value == 0
        and "过火" in actual.text  # (the cheap guard, k27d)
        and isinstance(target, Comparison)
        and target.value == 0
        and target.op in (_Op.EQ, _Op.LE)
        and actual.unit == target.unit
        and (burned := _burned_beside_none(actual, target, ctx)) is not None
    ):
        return burned  # 发生火灾0起，过火面积2亩 against 0起 (k27d)
    if isinstance(actual, Quantity) and (
        counted_other := _zero_ceiling_other_count(actual, target, ctx.indicator.name)
    ):
        if isinstance(counted_other, Quantity) and counted_other.value == 0:
            # 发生火灾1起（一般） on 较大及以上森林火灾: a lesser grade in the note (regress105)
            shown = _text(actual)
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{shown}”注明的等级低于指标“{ctx.indicator.name}”所计等级，"
                    f"达到年度指标{_shown_target(target)}",
                    f"actual “{shown}” notes a grade below the one “{ctx.indicator.name}”"
                    f" counts: meets {_shown_target(target)}",
                ),
            )
        if isinstance(counted_other, Quantity):
            actual = counted_other  # 发生森林火灾2起，其中较大火灾1起 on 较大及以上: the 1起 of the row's
        else:
            # 发生火灾1起 on 较大及以上火灾, 整改事故隐患1起 on 安全生产事故 (k26c)
            shown = _text(actual)
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际“{shown}”{counted_other}，不是指标“{ctx.indicator.name}”所计事件的数，"
                    f"是否达到年度指标{_shown_target(target)}需人工判断",
                    f"actual “{shown}” counts something other than “{ctx.indicator.name}”"
                    " counts: a reviewer must judge",
                ),
            )
    if isinstance(actual, Quantity) and (
        praised := _persons_not_dealt_with(actual, target, ctx.indicator.name)
    ):
        # 1名干部被表彰, 被表彰1人 on 违纪违规人数 0人: no disciplinary outcome (regress106)
        shown = _text(actual)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”说的是“{praised}”，不是违纪违规处理，"
                f"不计入指标“{ctx.indicator.name}”，是否达到年度指标{_shown_target(target)}需人工判断",
                f"actual “{shown}” says “{praised}”, no disciplinary outcome"
                f" “{ctx.indicator.name}” counts: a reviewer must judge",
            ),
        )
    quantity = (
        _work_share(actual, target)
        or _quantity_of(actual)
        or _counted_done(actual, target)
        or _figure_then_done(actual)
    )
    if quantity is None and isinstance(actual, DateValue):
        quantity = works_counted(actual.text)  # 2024年9月完成2处 against ≥2处: the count
    if quantity is not None:
        quantity = _per_period_written(target, quantity) or quantity  # 1次/季度: 每季度1次
        if (rates := _judge_period_rates(target, quantity, ctx)) is not None:
            return rates  # 每3个月1次 against 每两个月1次: 4 a year against 6 (r36l)
    spread: str | None = None
    if (
        quantity is not None
        and (averaged := _average_against_total(target, quantity, ctx)) is not None
    ):
        if isinstance(averaged, _Outcome):
            return averaged  # 日均 against a year's total in a table of part of a year
        quantity, spread = averaged  # 日均0.3万人次 against 年接待游客量 ≥100万人次
    picked, by_note = None, False
    if quantity is None and isinstance(actual, TextValue):
        # 抽检1250批次,合格1238批次 against ≥1200批次 on 抽检批次: the count the name asks
        picked = quantity = _stepped_count(actual, target, ctx.indicator.name) or _named_rate(
            actual, target, ctx.indicator.name
        )  # 已兑付2795.6万元,兑付率97.7% on 兑付率: the rate the name asks
        if quantity is None:
            # 发生较大火灾1起，未发生重大火灾 against 0起 on 较大及以上火灾: the row's own events
            picked = quantity = _zero_ceiling_events(actual, target, ctx.indicator.name)
        if quantity is None:
            quantity = _persons_dealt_with(actual, target)  # 1名驻村队员被通报批评 (k26c)
        if (
            quantity is None
            and (level := _level_then_change(actual, target, ctx.indicator.name)) is not None
        ):
            quantity = level  # 97.2%，同比提高0.4个百分点 against ≥97.5%: the level (p25fix H1)
            if (measure := _complement_level(level, target, ctx.indicator.name)) is not None:
                # 全市抽检合格率97.5%，较上年… on 不合格率: 2.5% (regress108 W1)
                return _judge_other_measure(target, level, measure, ctx)
    elif (
        quantity is not None
        and quantity.note is not None  # (both readings below read a note, speedS3)
        and (subset := _named_subset(quantity, ctx.indicator.name, _subset_note(target)))
    ):
        # 补助150户，其中脱贫户12户 on 脱贫户补助户数: the subset the name counts; the
        # target's note may name it instead (≥5万吨（实物）, parse44 H4)
        by_note = _named_subset(quantity, ctx.indicator.name) is None
        picked = quantity = subset
    elif (
        quantity is not None
        and quantity.note is not None
        and (in_unit := _restated_time(quantity, target)) is not None
    ):
        quantity = in_unit  # 12天（96学时） against ≥120学时: the bracket's 96学时 (parse43 H3)
    elif (
        quantity is not None
        and quantity.note is not None
        and (changed := _bracketed_change(quantity, ctx.indicator.name)) is not None
    ):
        quantity = changed  # 在院孤儿118名（较年初减少4名） on 减少在院孤儿人数: 4名
    worded: str | None = None
    if quantity is None and (done_left := _done_then_left(actual, target)) is not None:
        # 已种植2800亩，剩余2200亩秋季种植 against 5000亩: the 2800 done (r39f)
        quantity, left_later = done_left
        worded = say(
            f"{_shown_quantity(quantity, target.unit)}（{left_later}，不计入已完成）",
            f"{_shown_quantity(quantity, target.unit)} ({left_later}: not counted as done)",
        )
    if (
        quantity is None
        and (kept := _kept_to_purpose(actual, target, ctx.indicator.name)) is not None
    ):
        # 专款专用 against 专款专用率 100%: all the funds kept to their purpose (regress40 W4)
        quantity = kept
        worded = say(f"“{_text(actual)}”（即100%）", f"“{_text(actual)}” (100%)")
    if quantity is None and (wiped := _loss_wiped_out(actual, target, ctx.indicator.name)):
        # 扭亏为盈 on 亏损企业减亏率 ≥10%: the loss cut by all of it (k31a)
        quantity = wiped
        worded = say(
            f"“{_text(actual)}”（亏损全部消除，即减亏100%以上）",
            f"“{_text(actual)}” (the loss wiped out: a cut of 100% or more)",
        )
    if quantity is None and (priced := _unit_price_said(actual, target, ctx.indicator.name)):
        # 采购遥测终端45套，合同价57.6万元 on 遥测设备更新单价: amount over count (parse44 M5)
        quantity, shown = priced, _shown_quantity(priced, target.unit)
        worded = say(
            f"{_text(actual)}（按单价计为{shown}）", f"{_text(actual)} (a unit price: {shown})"
        )
    if (
        quantity is None
        and _says_none(actual)
        and _none_is_no_share(target, ctx.indicator.name)
        and not _no_new_on_new_rate(actual, target, ctx.indicator.name)
    ):
        goal = _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际填写“{_text(actual)}”，未填报比例，不能按0%与年度指标{goal}比较，需人工判断",
                f"the actual says “{_text(actual)}”, no share: it is not 0% against"
                f" {goal}, a reviewer must judge",
            ),
        )
    if (
        quantity is None
        and _says_none(actual)
        and (other := _none_of_another(actual, ctx.indicator.name)) is not None
    ):
        # 未发生重大事故 against 安全生产事故 0起: general accidents may have happened
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”只说明没有“{other}”，不等于“{ctx.indicator.name}”为0，"
                f"是否达到年度指标{_shown_target(target)}需人工判断",
                f"actual “{_text(actual)}” says none of “{other}” only, not that"
                f" “{ctx.indicator.name}” is 0: a reviewer must judge",
            ),
        )
    if (
        quantity is None
        and isinstance(actual, TextValue)
        and _no_new_on_new_rate(actual, target, ctx.indicator.name)
    ):
        # 全年未新增 on 新增就业率: the 未新增 of the year, 0 like 未新增 (regress57 M1)
        quantity = Quantity(Decimal(0), None, _Bound.EXACT, text=actual.text)
    if (
        quantity is None
        and _says_none(actual)
        and (thing := _none_beside_work(actual, target, ctx.indicator.name)) is not None
    ):
        # 未发现安全隐患 on 开展安全检查 ≥12次: the result of the work, not its count (parse52 H1)
        goal = _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”只说明没有“{thing}”，未填报完成的数量，"
                f"无法与年度指标{goal}比较",
                f"actual “{_text(actual)}” says only that there was no “{thing}”, not how"
                f" much was done: no comparison with the target {goal}",
            ),
        )
    budget_kept = quantity is None and _kept_within_ceiling(actual, target)
    if quantity is None and (
        _says_none(actual)
        or _no_error_said(actual, ctx.indicator.name)
        or _no_excess_said(actual, ctx.indicator.name)
        or budget_kept
    ):
        # 无, 未发生, 未收到投诉 against 0起 or ≤1(起): nothing happened, that is 0
        quantity = Quantity(Decimal(0), None, _Bound.EXACT, text=actual.text)
        if "超" in actual.text or "突破" in actual.text or budget_kept:
            worded = f"“{_text(actual)}”"  # 未超预算 against ≤200万元: said, not 0万元
    if quantity is None and (said := _rate_phrase_said(actual, target, ctx.indicator.name)):
        quantity, worded = said, f"“{_text(actual)}”"  # 账实相符 on 账实相符率100%
    if (
        quantity is not None
        and isinstance(target, Comparison)  # (a ceiling or an exact cost, speedS3)
        and target.op in (_Op.LE, _Op.LT, _Op.EQ)
        and _total_for_unit_cost(target, quantity, ctx.indicator)
    ):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{_shown_quantity(quantity, target.unit)}为总额，与年度指标"
                f"{_shown_target(target)}的人均/单位口径不同，无法比较",
                f"actual {_shown_quantity(quantity, target.unit)} is a total, not the unit"
                f" cost {_shown_target(target)}: no comparison",
            ),
        )
    if (
        quantity is not None
        and (target.unit or "")[:1] in ("万", "亿")  # (_slip_unit's first test, speedS3)
        and _scale_slip(ctx.indicator, quantity, target)
    ):
        goal = _shown_target(target)
        whose = say("指标", "the name's") if quantity.unit else say("年度指标", "the target's")
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际填报{quantity.text.strip()}，按{whose}单位计为{format(quantity.value, 'f')}{target.unit}，"
                f"为年度指标{goal}的上千倍，疑为以基本单位填报，无法判断",
                f"actual {quantity.text.strip()} read in {whose} unit {target.unit} is over "
                f"a thousand times the target {goal}: probably written in the base unit",
            ),
        )
    if quantity is not None:
        per = _schedule_period(target, quantity, to_date=_counts_to_date(ctx.table))
        if per is not None:
            return _judge_schedule(target, per, actual, ctx)
        if isinstance(target, Comparison) and _limit_rate(target, quantity):
            return _judge_limit_rate(target, quantity, ctx)
    if (part := _other_part_label(actual, ctx.indicator.name)) is not None:
        # 其中水冲式厕所占60% on 卫生厕所普及率: a part only, the whole not said (parse52 H2)
        goal = _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”只给出其中“{part}”的数，未填报指标本身的完成值，"
                f"无法与年度指标{goal}比较",
                f"actual “{_text(actual)}” gives a part only (“{part}”), not the row's own"
                f" figure: no comparison with the target {goal}",
            ),
        )
    if (
        isinstance(actual, Quantity)
        and (per := _per_figure_for_total(target, actual, ctx.indicator)) is not None
    ):
        # 户均增收1200元 against 带动农户增收 ≥50万元: an average, not the total (parse53 H3);
        # 平均增收1200元 names no measure word it is per (k30a)
        goal = _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”为{f'每{per}' if per else ''}平均数，年度指标{goal}为总量，"
                "口径不同，无法比较",
                f"actual “{_text(actual)}” is an average{f' per {per}' if per else ''}, the"
                f" target {goal} a total: no comparison",
            ),
        )
    if (
        isinstance(actual, Quantity)
        and actual.note is not None
        and (whole := _whole_rate_in_words(target, actual, ctx)) is not None
    ):
        return whole  # 12个月均按时足额发放 on a 及时率: every month on time (parse53 M3)
    if quantity is not None and _saving_as_cost(quantity, target, ctx.indicator.name):
        # 较预算节约3.2万元 against 项目总成本≤50万元: the saving, not the cost (parse52 H4)
        goal = _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”为节约额，不是实际成本，无法与年度指标{goal}比较",
                f"actual “{_text(actual)}” is a saving, not the cost: no comparison with"
                f" the target {goal}",
            ),
        )
    if quantity is None and (done := _done_of_planned(actual, target)) is not None:
        # 185户/200户 against ≥200户: 185户 done of the 200 planned (parse51); 480万元/500万元
        # against ≤500万元: 480万元 spent of the 500 allowed (r35p)
        quantity = done
        if isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT):
            worded = say(
                f"{_shown_quantity(done, target.unit)}（“{_text(actual)}”中前者为实际数，"
                "后者为年度指标上限）",
                f"{_shown_quantity(done, target.unit)} (the actual of “{_text(actual)}”,"
                " the target's ceiling after it)",
            )
        else:
            worded = say(
                f"{_shown_quantity(done, target.unit)}（“{_text(actual)}”中已完成的数）",
                f"{_shown_quantity(done, target.unit)} (the done part of “{_text(actual)}”)",
            )
    # 0.93 against ≥90%: a share Excel stored without its % format is 93%; 465/500
    # and 发放问卷500份,满意465份 against ≥90% are the share 93%
    read = (
        _as_share(quantity, target, ctx.indicator.name)
        if quantity is not None
        else _counted_share(actual, target, ctx.indicator.name)
    )
    fraction = read is not quantity
    quantity = read
    if quantity is not None and (off_scale := score_off_scale(quantity, target)) is not None:
        # 85分 against ≥4.5分（满分5分）, 4.6分 against ≥90分: scores of two scales (r35e)
        goal = _shown_target(target)
        shown = _shown_quantity(quantity, target.unit)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}与年度指标{goal}的分制{off_scale}不一致，无法比较",
                f"actual {shown} is not on the scale of the target {goal}"
                f"{' (full marks ' + off_scale[3:-2] + ')' if off_scale else ''}: no comparison",
            ),
        )
    if quantity is not None:
        compared = (
            None  # 下降10% against 0.8‰: a change and a rate, whatever ‰ and % convert to
            if _change_against_rate(target, quantity, ctx.indicator)
            or _precipitation_against_length(target, quantity, ctx.indicator.name)
            else _compare(target, quantity, ctx)
        )
        shown = worded or _shown_quantity(quantity, target.unit)
        if fraction:
            shown = _shown_quantity(_rounded_share(quantity), target.unit)
            shown = say(
                f"{quantity.text}（按比例计为{shown}）", f"{quantity.text} (a share: {shown})"
            )
        elif picked is not None and picked.label and _joined_groups(ctx.indicator.name):
            # 学生及家长满意度: the group judged named (regress93 U1)
            lower = isinstance(target, Comparison) and target.op in (_Op.GE, _Op.GT)
            shown = say(
                f"{picked.label}{shown}（两类对象中{'较低' if lower else '较高'}者）",
                f"{picked.label} {shown} (the {'lower' if lower else 'higher'} of the two groups)",
            )
        elif (
            picked is None
            and isinstance(actual, Quantity)
            and actual.label
            and actual.text.count("%") > 1  # (the cheap guard: several rates in the cell)
            and (
                many := group_rates_count(
                    _normal(actual.text).rstrip("。"), target, ctx.indicator.name, actual
                )
            )
            is not None
        ):
            # 学生96%，教师97%，家长93%: the group judged named (k31i, parse56 F5)
            lower = isinstance(target, Comparison) and target.op in (_Op.GE, _Op.GT)
            which = ("较低" if lower else "较高") if many == 2 else ("最低" if lower else "最高")  # noqa: PLR2004
            count = "  两三四五六"[many] if many <= 6 else str(many)  # noqa: PLR2004
            shown = say(
                f"{actual.label}{shown}（{count}类对象中{which}者）",
                f"{actual.label} {shown} (the {'lowest' if lower else 'highest'} of {many} groups)",
            )
        elif picked is not None and by_note:
            shown = say(
                f"{shown}（“{_text(actual)}”中年度指标所指的数）",
                f"{shown} (the count of “{_text(actual)}” the target asks for)",
            )
        elif picked is not None:
            shown = say(
                f"{shown}（“{_text(actual)}”中指标名称所指的数）",
                f"{shown} (the count of “{_text(actual)}” the name asks for)",
            )
        elif (
            minor := _minor_event_label(actual, quantity, target, ctx.indicator.name)
        ) is not None:
            # 发生轻微事故1起 against 0起 on 安全事故发生次数: a minor one of the row's (r39f)
            shown = say(
                f"{shown}（{minor}，计入“{ctx.indicator.name}”）",
                f"{shown} ({minor}: counted in “{ctx.indicator.name}”)",
            )
        elif (unfinished := _unfinished_part(actual, quantity)) is not None:
            # 完成150户，其中12户未完工: 138 done, the 12 unfinished named
            shown = say(
                f"{shown}（{unfinished}，不计入已完成）",
                f"{shown} ({unfinished}: not counted as done)",
            )
        if spread is not None:
            shown = say(f"{shown}（{spread}）", f"{shown} ({spread})")
        goal = _applied_target(target, ctx)
        if (
            compared is None
            and _share_of_work(quantity, target)
            and (share_part := _share_short_of_task(quantity, target)) is not None
        ):
            # 完成50% of ≥100人, 已完成，完成率75% of ≥4次: that part of the target, the
            # share printed deciding over a status word (score57 F1/F2)
            compared = _compare(target, share_part, ctx)
            part_shown = _shown_quantity(share_part, target.unit)
            percent = format(quantity.value.normalize(), "f")
            shown = say(
                f"“{_text(actual)}”（按年度指标的{percent}%计为{part_shown}）",
                f"“{_text(actual)}” ({percent}% of the target: {part_shown})",
            )
        if compared is None and _share_of_work(quantity, target):
            # 已完成60% against ≥10个: the share of the work that was done; its status
            # (partial, done) judges it, a percentage and a count being no comparison.
            # Before the due date a part done is work under way.
            if quantity.status is _Status.PARTIAL and ctx.at_due is False:
                return _Outcome(
                    _Attainment.PENDING,
                    say(
                        f"实际“{_text(actual)}”，尚在进行，距年底尚有时间",
                        f"actual “{_text(actual)}”: under way, there is still time",
                    ),
                )
            return _judge_status(quantity.status, _text(actual), ctx)
        if compared is None and _all_of_whole(target, quantity, actual):
            # 已覆盖全部126个行政村 against 全覆盖 (=100%): every one of them, the rate 100%
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”，即全部覆盖，视为100%，达到年度指标{goal}",
                    f"actual “{_text(actual)}”: all of them, 100%, meets the target {goal}",
                ),
            )
        if compared is None and (
            stepped := _all_stepped_note(target, quantity, ctx.indicator.name)
        ):
            # 差评46件，已全部整改 against 100% on 差评整改率: every one of them (sweep26 W3)
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”，即全部{stepped}，视为100%，达到年度指标{goal}",
                    f"actual “{_text(actual)}”: all of them, 100%, meets the target {goal}",
                ),
            )
        if compared is None and _calendar_within_working(target, quantity):
            # 15日 against ≤20个工作日: 15 calendar days hold at most 15 working days;
            # 2小时 against ≤1个工作日: within 8 working hours (regress40 W5)
            zh, en = _within_working_words(quantity)
            return _Outcome(
                _Attainment.MET,
                say(f"实际{shown}{zh}，达到年度指标{goal}", f"actual {shown}{en} meets {goal}"),
            )
        if compared is None and days_and_months(target.unit, quantity.unit):
            # 20天内 against 1个月内: a month is 28 to 31 days; the same verdict at both
            # ends is certain, else a reviewer's (parse23 M7)
            compared = _compare_in_days(target, quantity, ctx)
            if compared is not None:
                compared = compared._replace(lower=None)  # of a scaled target: asked below
            if compared is None:
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际{shown}与年度指标{goal}：1个月按28至31天计，结论随月份天数而异，需人工判断",
                        f"actual {shown} against {goal}: a month is 28 to 31 days, and the"
                        " verdict depends on which; a reviewer must judge",
                    ),
                )
        if compared is None and (in_years := _compare_years_in_days(target, quantity, ctx)):
            # 200天 against 半年内: half a year is 181 to 184 days; the same verdict at both
            # ends is certain, else a reviewer's (r35j)
            compared, in_days = in_years
            if compared is None:
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际{shown}与年度指标{goal}：{in_days}，结论随天数而异，需人工判断",
                        f"actual {shown} against {goal}: {in_days}, and the verdict depends on"
                        " which; a reviewer must judge",
                    ),
                )
            shown = f"{shown}（{in_days}）"
        if compared is None and (span := _calendar_beyond_working(target, quantity)):
            return _beyond_working_outcome(
                target, quantity, actual, span=span, shown=shown, ctx=ctx
            )
        if compared is None and (span := _calendar_between_working(target, quantity)):
            # 7天 against ≤5个工作日: 5 working days span 5 to 7 calendar days (g23d)
            limit = format(target.value, "f") if isinstance(target, Comparison) else ""
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际{shown}（日历日），{limit}个工作日可跨{limit}至{format(span, 'f')}个日历日，"
                    f"不能确定是否在年度指标{goal}以内，需人工判断",
                    f"actual {shown} (calendar days): {limit} working days span {limit} to"
                    f" {format(span, 'f')} calendar days; whether within {goal} cannot be told",
                ),
            )
        if compared is None and (spanned := _working_in_calendar(target, quantity)):
            # 20个工作日 against ≤30日: 20 working days span at most 28 days (p26fix M1)
            return _working_in_calendar_outcome(target, quantity, actual, spanned, shown, ctx)
        if compared is None:
            return _incomparable(ctx, shown, goal)
        lower = (  # (asked by _compare of an `=` target already, speedS5a)
            compared.lower
            if compared.lower is not None
            else _judged_direction(ctx.indicator, target) is _Direction.LOWER
        )
        # A cumulative figure only grows: below a ceiling it may still break it, above it
        # (an overspend, also of an exact `=` under strict equality) it cannot come back.
        cumulative_ceiling = lower and not _may_come_down(
            ctx.indicator, target.unit or quantity.unit
        )
        approx = (  # 近9次 says its own bound: 近9次（不足9次） (score57 #10)
            say("（约数）", " (approximate)")
            if compared.approximate and not _near_below(quantity)
            else ""
        )
        at_due = ctx.at_due
        # 0起 with none so far: met, as 不发生, 无 and 零发生 with 未发生 are (fp21 M3)
        zero_ceiling = (
            isinstance(target, Comparison)
            and target.op in (_Op.EQ, _Op.LE)
            and target.value == 0
            and quantity.value == 0
            and (target.unit or quantity.unit) in _OCCURRENCE_UNITS
            and not (
                target.unit is None
                and quantity.unit is None
                and _AMOUNT_NAME_RE.search(ctx.indicator.name) is not None
            )
        )
        # met so far only by the fp21 rules (0起, a unit cost): a row foreseeing its own
        # miss (全年预计1起, 完全不可能) stays pending, as a cumulative ceiling (regress36 W3)
        if (
            compared.check is _FastCheck.SATISFIED
            and at_due is False
            and not ctx.forecasting
            and lower
            and (zero_ceiling or not cumulative_ceiling)
            and (
                not _may_come_down(ctx.indicator, target.unit or quantity.unit, unit_costs=False)
                # a cost per person or per unit (人均服务成本, 元/平方米): its 全年预计
                # over the ceiling is a miss it foresees too (parse42 H1)
                or _per_unit_cost(ctx.indicator, target.unit or quantity.unit)
            )
            and _foreseen_miss(target, ctx)
        ):
            zero_ceiling, cumulative_ceiling = False, True
        if compared.check is _FastCheck.SATISFIED:
            if cumulative_ceiling and at_due is False and not zero_ceiling:
                return _Outcome(
                    _Attainment.PENDING,
                    say(
                        f"实际{shown}{approx}暂未超过年度上限{goal}，年底前仍可能超出",
                        f"actual {shown}{approx} is within the ceiling {goal} so far; it may still be exceeded",
                    ),
                )
            if cumulative_ceiling and at_due is None and not zero_ceiling:
                return _Outcome(
                    _Attainment.UNKNOWN, say("评价日期未知，累计上限无法判断", "as-of date unknown")
                )
            if compared.above and isinstance(target, Range):
                # 98% against 90%-95% on a 满意度: past the band, better than it (score57 F4)
                return _Outcome(
                    _Attainment.MET,
                    say(
                        f"实际{shown}{approx}，高于年度指标{goal}的上限，达到年度指标",
                        f"actual {shown}{approx} is above the band {goal}: met",
                    ),
                )
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际{shown}{approx}，达到年度指标{goal}",
                    f"actual {shown}{approx} meets the target {goal}",
                ),
            )
        # Under strict equality an exact count (=4次 drills) overshot is as lost as a
        # ceiling broken: five drills done cannot become four.
        strict_overshoot = (
            ctx.policy.strict_equality
            and isinstance(target, Comparison)
            and target.op is _Op.EQ
            and not lower
            and not _may_come_down(ctx.indicator, target.unit or quantity.unit)
        )
        if compared.check is _FastCheck.VIOLATED:
            span_note = target.note or "" if isinstance(target, Comparison) else ""
            if span_note.endswith("全覆盖") and span_note != "全覆盖" and not compared.above:
                # 一届任期内全覆盖 at 62%: the span reaches past the year (p17 H3)
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际{shown}{approx}，年度指标为{span_note}，期限未满，不能确定是否达到",
                        f"actual {shown}{approx}: the target is full coverage within a span"
                        " not yet over",
                    ),
                )
            # At the due date (a 自评表) the result is final: no "无法挽回", the tracking
            # table's word for a loss before it (score57 #10)
            lost = "" if at_due else "，无法挽回"
            if strict_overshoot and compared.above:
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{shown}已超出年度指标{goal}{lost}",
                        f"actual {shown} already overshoots the exact target {goal}",
                    ),
                )
            if cumulative_ceiling and compared.above:
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{shown}已超出年度上限{goal}{lost}",
                        f"actual {shown} already exceeds the ceiling {goal}",
                    ),
                )
            if (
                lower
                and compared.above
                and not at_due  # at the year's end: not met as any ceiling broken
                and (
                    _per_case_time(ctx.indicator, target.unit or quantity.unit)
                    or _short_time_limit(ctx.indicator, target.unit or quantity.unit)
                )
                and _PER_CASE_AVERAGE_RE.search(f"{ctx.indicator.name}{_text(actual)}") is None
            ):
                # 故障修复时间 ≤24小时 at 36: a case over the limit, no later case undoes it
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{shown}已超出时限{goal}，超时的办件无法挽回",
                        f"actual {shown} already breaks the per-case limit {goal}",
                    ),
                )
            if (
                lower
                and compared.above
                and not at_due
                and _PER_CASE_NAME_RE.search(ctx.indicator.name) is not None
                and _PER_CASE_AVERAGE_RE.search(_text(actual)) is None
            ):
                # 单场会议费用 ≤60万元 at 70万元: that case broke its limit, no later one undoes it
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{shown}已超出单项上限{goal}，无法挽回",
                        f"actual {shown} already breaks the per-case limit {goal}",
                    ),
                )
            if compared.above:  # above a range, or a ratio above its ceiling
                # 2% against <2% reaches the bound without getting under it: 未低于
                at_bound = (
                    isinstance(target, Comparison)
                    and target.op is _Op.LT
                    and quantity.value == target.value
                )
                above = "未低于" if at_bound else "超出"
                return _pending_or_not_met(
                    ctx,
                    say(
                        f"实际{shown}{approx}，{above}年度指标{goal}，距年底尚有时间",
                        f"actual {shown}{approx} is above the target {goal}; there is still time",
                    ),
                    say(
                        f"实际{shown}{approx}，{above}年度指标{goal}",
                        f"actual {shown}{approx} is above the target {goal}",
                    ),
                )
            if not at_due and _whole_timely_missed(target, quantity, ctx.indicator.name):
                # 信息公开及时率 100% at 98% in September: a late item stays late (parse52 M13)
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{shown}{approx}，未达年度指标{goal}，已有事项未按时完成，"
                        "全年及时率无法再达到100%",
                        f"actual {shown}{approx} misses the target {goal}: an item is already"
                        " late, so the year's rate cannot reach 100%",
                    ),
                )
            return _pending_or_not_met(
                ctx,
                say(
                    f"实际{shown}{approx}，未达年度指标{goal}，距年底尚有时间",
                    f"actual {shown}{approx} is short of the target {goal}; there is still time",
                ),
                say(
                    f"实际{shown}{approx}，未达年度指标{goal}",
                    f"actual {shown}{approx} misses the target {goal}",
                ),
            )
        if (floor := _floor_short(target, quantity, ctx, shown, goal)) is not None:
            return floor  # 7500人次以上 against ≥30000人次 at 1-3月 (tr32 M1)
        if (short := _unfinished_share(target, quantity, ctx, shown, goal)) is not None:
            return short  # 正在开展,已完成过半 against =100% or before due (r37v)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}不能确定是否达到年度指标{goal}",
                f"actual {shown} cannot be decided against {goal}",
            ),
        )
    if (regular := _judge_regular_said(target, actual, ctx)) is not None:
        return regular  # 每季度均按时召开 against 每月1次: 4 a year against 12 (r36l)
    status = _status_of(actual)
    if (
        isinstance(actual, StatusValue)
        and status is _Status.DONE
        and ctx.at_due is False
        and _schedule_of(target) not in (None, "年")
    ):
        # 已完成 against 每季度开展1次 by June: a bare status gives no count of the rounds
        # and the year's are not all due; done so far, pending (g23d; it was met)
        goal = target.text.strip() or str(target)
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际“{actual.word}”，未给出次数，年度指标“{goal}”的全年次数尚未到期",
                f"actual “{actual.word}” gives no count; the year's count of “{goal}” is not due",
            ),
        )
    if (
        isinstance(actual, StatusValue)
        and actual.text
        and _CLAUSE_MARKS.intersection(actual.text)  # (a clause: the cheap guard, k31b)
        and (whole := _whole_rate_in_words(target, actual, ctx)) is not None
    ):
        return whole  # 已验收，合格 on 项目验收合格率: accepted and passed, as 验收合格 (k31b)
    if (held := _work_held_no_count(actual, target, ctx)) is not None:
        return held  # 已开展 against ≥2000人次: the work took place, how much is not said
    if (plan_done := _period_plan_done(actual, target, ctx)) is not None:
        return plan_done  # 已完成 beside a plan of 5台 against ≥10台 mid-year (tr32 H3)
    if isinstance(actual, StatusValue):
        return _judge_status(status, actual.word, ctx)
    if (
        isinstance(actual, QualitativeValue)
        and actual.degree == "基本"
        and actual.word == "达标"
        and not actual.negated
    ):
        # 基本达标 against ≥20公里 or ≥95%: a 基本 status, partial as 基本完成, 基本达到
        # and 基本实现 are (points27 M1; it was unknown, the printed full points kept)
        return _judge_status(_Status.PARTIAL, f"{actual.degree}{actual.word}", ctx)
    if (
        isinstance(actual, QualitativeValue)
        and actual.negated
        and actual.word in _PASS_WORDS
        and (missed := _pass_denied(target, actual, ctx)) is not None
    ):
        return missed  # 未达标 against ≥90%, 不合格 on 合格率 100% (k31i, parse56 F6/F10)
    if (whole := _whole_rate_in_words(target, actual, ctx)) is not None:
        return whole  # 按时足额发放 against 发放及时率 100%: all of it on time
    if (all_out := _all_put_out(target, actual, ctx)) is not None:
        return all_out  # 发生森林火灾2起，均于当日扑灭 against 扑灭率≥95% (p40 M3)
    if _survey_pending(ctx.indicator, target, actual, ctx.as_of):
        # 年底调查, 未开展调查, 调查中: no survey yet, so no rate to compare
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{_text(actual)}”，满意度调查尚未完成，截止日期未到",
                    f"actual “{_text(actual)}”: the satisfaction survey is not done yet, not due",
                ),
            )
        if ctx.at_due and (
            _SURVEY_NOT_MADE_RE.search(_normal(_text(actual))) is not None
            or _measure_not_made(actual)
        ):
            # 未开展调查 at the due date: not done, as 尚未开展 is (k31i, parse56 F7); so is
            # 待调查, as 待统计 is on a satisfaction row (k32p)
            return _survey_not_made(actual, target, ctx)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”，满意度调查尚未完成，无法与年度指标"
                f"{_shown_target(target)}比较",
                f"actual “{_text(actual)}”: the satisfaction survey is not done, nothing to"
                f" compare with {_shown_target(target)}",
            ),
        )
    if (verb := _measure_pending(actual, ctx.as_of)) is not None:
        # 年底统计, 待统计, 暂未统计, 统计中: the figure is measured later, none is given
        # yet; before the due date nothing is owed (as 年底测评 on a survey), at it the
        # row reports no result (score57 #5; it was "为文字评价" or "不是数值")
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{_text(actual)}”，尚未{verb}，截止日期未到",
                    f"actual “{_text(actual)}”: not measured yet ({verb}), not due",
                ),
            )
        if ctx.at_due and _survey_rate(ctx.indicator, target) and _measure_not_made(actual):
            # 暂未统计, 待统计 on a 满意度 row at the due date: the rate is the survey's
            # result, and no survey or count was done, as 暂未测评 (k32p); a count
            # (受益人数) stays unknown below: the work may be done, only its count missing
            return _survey_not_made(actual, target, ctx, verb=verb)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”，尚未{verb}，未填报实际完成值，无法与年度指标"
                f"{_shown_target(target)}比较",
                f"actual “{_text(actual)}”: not measured ({verb}), no result reported to"
                f" compare with {_shown_target(target)}",
            ),
        )
    if _worded_satisfaction(ctx.indicator, target, actual):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”为文字评价，满意度应填写调查得出的百分比，"
                f"无法与年度指标{_shown_target(target)}比较",
                f"actual “{_text(actual)}” is a word: a satisfaction rate is the share"
                f" a survey found, to compare with {_shown_target(target)}",
            ),
        )
    if _event_time_limit(target, actual):
        # 收到上级资金后30日内 against 2024年5月完成: no date to hold the month against
        goal = _normal(target.text).strip() or _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"年度指标“{goal}”的时限不是日期，实际“{_text(actual)}”是否按时完成需人工判断",
                f"the target “{goal}” sets a time limit that is no date: "
                f"a reviewer must judge whether “{_text(actual)}” was in time",
            ),
        )
    if (group := _named_group_figure(target, actual)) is not None:
        return _judge_comparison(target, group, ctx)  # 城区100% against 城区100%，镇区76%
    if (rest := _after_restated_target(target, actual)) is not None:
        return _judge_comparison(target, rest, ctx)  # 每季度1次 against 每季度1次，全年4次
    if (restated := _restates_phrase_target(target, actual, ctx)) is not None:
        return restated  # 应保尽保、应退尽退 against 应保尽保 (=100%, parse29 M3)
    if _every_period_said(target, actual):
        # 每月均巡河 against 每月不少于1次: each period had its round (g23d)
        goal = target.text.strip() or str(target)
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{_text(actual)}”，截至目前每期均已开展，年度指标“{goal}”尚未到期",
                    f"actual “{_text(actual)}”: every period so far had it; “{goal}” is not due",
                ),
            )
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{_text(actual)}”，每期均已开展，达到年度指标“{goal}”",
                f"actual “{_text(actual)}”: every period had it, meets “{goal}”",
            ),
        )
    if ctx.at_due is False and _period_round_done(target, actual):
        # 春季免疫已完成 against 每半年1次 by June: a round done, the year's not yet (regress40 W6)
        goal = target.text.strip() or str(target)
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际“{_text(actual)}”，年度指标“{goal}”的全年次数尚未到期",
                f"actual “{_text(actual)}”: the year's count of “{goal}” is not due yet",
            ),
        )
    if isinstance(actual, TextValue) and (
        both := _both_named_counts(_normal(actual.description), target, _normal(ctx.indicator.name))
    ):
        # 新设置标牌420块、界桩180根 on 公益林界桩标牌设置: the name covers both counts, of
        # different units; neither alone is the row's figure (parse42 M4, k27a)
        listed = "、".join(both)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际分列指标名称所含的{len(both)}项（{listed}），单位不同无法合计，"
                f"不能只按其中一项与年度指标{_shown_target(target)}比较",
                f"the actual lists {len(both)} things the indicator's name covers ({listed}),"
                f" in different units that do not add up; no one of them alone is compared"
                f" with {_shown_target(target)}",
            ),
        )
    if isinstance(actual, TextValue) and (
        foreign := _foreign_currency_part(
            _normal(actual.description), target, _normal(ctx.indicator.name)
        )
    ):
        # 到位内资36.8亿元、外资1.2亿美元 against ≥40亿元: no sum without a rate (parse48 H5)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”含外币（{foreign}），需按汇率折算后与年度指标"
                f"{_shown_target(target)}比较，需人工判断",
                f"actual “{_text(actual)}” holds foreign money ({foreign}): it must be converted"
                f" at a rate before it is compared with {_shown_target(target)}",
            ),
        )
    if _loss_turned(actual):
        # 扭亏为盈 on 利润增长率: a profit after a loss has no rate of growth (k31a)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”只说明由亏损转为盈利，未给出可与年度指标"
                f"{_shown_target(target)}比较的数值，需人工判断",
                f"actual “{_text(actual)}” says the loss turned into a profit, no figure to"
                f" compare with {_shown_target(target)}: a reviewer must judge",
            ),
        )
    if isinstance(actual, TextValue) and (ranged := range_straddling(ctx.indicator, actual)):
        # 90%-98% against =95%: part of it meets the target, part not (r34e)
        unit = ranged.unit or ""
        shown = f"{format(ranged.low, 'f')}{unit}—{format(ranged.high, 'f')}{unit}"
        goal = _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际为区间{shown}，跨越年度指标{goal}，无法判断是否达到，需人工判断",
                f"actual is the range {shown}, on both sides of the target {goal}:"
                " whether it is met cannot be told; a reviewer must judge",
            ),
        )
    if (alike := lone_figure_alike(target, actual)) is not None:
        # 完成培训120场，效果良好 against ≥100场 (or 培训80场次 against ≥100场): its one
        # figure, in a comparable unit, judged as the figure (r34o)
        return _in_text(_judge_comparison(target, alike, ctx), actual, ctx)
    if (apart := lone_figure_apart(target, actual)) is not None:
        # 完成培训80场，效果良好 against ≥100人次: its one figure, in another unit (r34e)
        shown = f"{format(apart.value, 'f')}{apart.unit}"
        goal = _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”中的{shown}与年度指标{goal}单位不同"
                f"（{apart.unit}与{target.unit}），无法比较",
                f"the figure {shown} in the actual “{_text(actual)}” and the target {goal}"
                f" are in different units ({apart.unit} vs {target.unit}): not comparable",
            ),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际“{_text(actual)}”{NOT_A_NUMBER[0]}",
            f"actual “{_text(actual)}” {NOT_A_NUMBER[1]}",
        ),
    )


# How an unknown verdict on an actual that gives no figure against a comparison ends
# (Chinese, English): the unit must write the figure; the review letter says so (r37q).
NOT_A_NUMBER: Final = ("不是数值，无法与年度指标比较", "is no number to compare")
# How an unknown verdict on a target written with letters for digits ends (r38j 2).
TARGET_NOT_A_NUMBER: Final = (
    "含字母，无法识别为数值，无法比较",
    "holds letters for digits: no comparison",
)


def gives_no_number(explanation: str) -> bool:
    """Whether a verdict's *explanation* says its actual is no number (:data:`NOT_A_NUMBER`).

    Example:
        >>> gives_no_number("实际“见附件”不是数值，无法与年度指标比较")
        True
    """
    return explanation.endswith(NOT_A_NUMBER)


def _in_text(outcome: _Outcome, actual: Value, ctx: _Context) -> _Outcome:
    """*outcome* of the one figure of a text actual, its explanation quoting the cell.

    ``实际120场，达到年度指标≥100场`` becomes ``实际“完成培训120场，效果良好”中的120场，
    达到年度指标≥100场``, as r34e's unit-mismatch verdict quotes it (r34o).
    """
    cell = _text(actual)
    if outcome.why.startswith("实际") and not outcome.why.startswith("实际“"):
        return outcome._replace(why=f"实际“{cell}”中的{outcome.why.removeprefix('实际')}")
    if outcome.why.startswith("actual ") and not outcome.why.startswith("actual “"):
        body = outcome.why.removeprefix("actual ")
        return outcome._replace(
            why=ctx.say(outcome.why, f"the figure in the actual “{cell}”: {body}")
        )
    return outcome


_RESTATED_SEPARATORS: Final = ("，", ",", "；", ";", "、")
# A comma between a digit and three digits (16,200人) groups thousands, no clauses (parse23 M2).
_GROUP_SEPARATORS_RE: Final = re.compile(r"[，；;、]|(?<!\d),|,(?!\d{3}(?!\d))")
# Labels of a time, a period or a running total (每季度, 上半年, 1-6月, 累计): no group.
_NO_GROUP_LABEL_RE: Final = re.compile(
    r"每|全年|半年|季度|月|年度|本年|当年|上年|去年|同期|截至|截止|累计|目前|共|合计|其中|计划"
)


def _named_group_figure(target: Comparison | Range, actual: Value) -> Quantity | None:
    """The figure of the group a target names, when the actual lists several groups.

    ``城区100%，镇区76%`` against ``城区100%`` (or ``城区≥95%``), in either order: the
    target is for 城区 and 城区's figure is judged; 镇区 is outside it (parse19 H1). Every
    clause must be a labelled figure, the labels all different and one of them the
    target's own. None otherwise (a target naming no group keeps the rule for several
    figures).

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("城区100%")
    >>> str(_named_group_figure(goal, parse_value("镇区76%，城区100%")))
    '城区100(%)'
    >>> _named_group_figure(parse_target("100%"), parse_value("镇区76%，城区100%"))
    """
    if not isinstance(actual, TextValue) or not target.label:
        return None
    label = _normal(target.label)
    if _NO_GROUP_LABEL_RE.search(label) is not None:
        return None  # 每季度1次 against 每季度1次，上半年2次: a period, no group
    clauses = [
        clause
        for clause in _GROUP_SEPARATORS_RE.split(_normal(_text(actual)).rstrip("。"))
        if clause
    ]
    if len(clauses) < 2:  # noqa: PLR2004 - several groups
        return None
    figures: dict[str, Quantity] = {}
    for clause in clauses:
        figure = parse_value(clause)
        if not isinstance(figure, Quantity) or not figure.label or figure.note is not None:
            return None
        if _NO_GROUP_LABEL_RE.search(figure.label) is not None:
            return None
        figures.setdefault(_normal(figure.label), figure)
    if len(figures) != len(clauses):
        return None
    return figures.get(label)


# The operators of a target's groups that all point one way: floors (an `=` is one, as
# rule 3 reads it) or ceilings.
_FLOOR_OPS: Final = frozenset({_Op.GE, _Op.GT, _Op.EQ})
_CEILING_OPS: Final = frozenset({_Op.LE, _Op.LT})
# How many groups a target may list for the group rule (more is a list, no groups).
_MOST_GROUPS: Final = 6


def _group_clauses(text: str) -> list[str]:
    """The clauses of a cell split at its separators (a comma of thousands splits none)."""
    return [clause for clause in _GROUP_SEPARATORS_RE.split(_normal(text).rstrip("。")) if clause]


def _group_label(label: str | None) -> str | None:
    """A figure's label as the name of a group, "" for none; None when it names no group.

    A time, a period or a running total (上半年, 累计, 合计) or a change (提高, 下降) is no
    group's name.
    """
    if not label:
        return ""
    label = _normal(label)
    if _NO_GROUP_LABEL_RE.search(label) is not None or _change_sign(label) is not None:
        return None
    return label


def _target_groups(target: Descriptive, year: int | None) -> list[Comparison] | None:
    """The figures of a target of several groups (``普通高中300人，中职200人``), or None.

    Every clause is a figure with no note, its label the name of a group or none, and the
    figures all floors or all ceilings.
    """
    clauses = _group_clauses(target.description)
    if not 2 <= len(clauses) <= _MOST_GROUPS:  # noqa: PLR2004 - several groups
        return None
    groups: list[Comparison] = []
    for clause in clauses:
        try:
            group = parse_target(clause, year=year)
        except ExpressionError:
            return None
        if (
            not isinstance(group, Comparison)
            or group.note is not None
            or _group_label(group.label) is None
        ):
            return None
        groups.append(group)
    ops = {group.op for group in groups}
    if not (ops <= _FLOOR_OPS or ops <= _CEILING_OPS):
        return None
    return groups


def _namesakes(groups: list[Comparison], figures: list[Quantity]) -> list[int] | None:
    """The figure of each group: by its label, or by its unit where a label is missing.

    Labels match when one holds the other (``猪瘟`` of ``猪瘟疫苗``); a group or figure
    without a label matches by unit only, and only when no two groups share a unit. Each
    group must find exactly one figure and no figure serve two groups: else None.
    """
    labels = [_group_label(group.label) for group in groups]
    said = [_group_label(figure.label) for figure in figures]
    units_apart = all(
        _factors(one.unit, other.unit) is None
        for index, one in enumerate(groups)
        for other in groups[index + 1 :]
    )
    found: list[int] = []
    for group, label in zip(groups, labels, strict=True):
        matches = [
            index
            for index, (figure, own) in enumerate(zip(figures, said, strict=True))
            if (
                (label in own or own in label)
                if label and own
                else units_apart and _factors(group.unit, figure.unit) is not None
            )
        ]
        if len(matches) != 1:
            return None
        found.append(matches[0])
    return found if len(set(found)) == len(found) else None


# Two figures in one cell split by a slash (95%/98%, ≥95%/≥98%): two indicators printed
# together (城镇/农村), each side a figure with its unit, no word.
_PAIR_RE: Final = re.compile(r"(?P<first>[^/]+)/(?P<second>[^/]+)")


def _pair_of(text: str, read: Callable[[str], object]) -> tuple[object, object] | None:
    """The two sides of *text* split by its one slash, each as *read* makes it, else None."""
    found = _PAIR_RE.fullmatch(_normal(text).rstrip("。"))
    if found is None:
        return None
    try:
        return read(found["first"]), read(found["second"])
    except ExpressionError:
        return None


def _target_pair(target: Descriptive, year: int | None) -> tuple[Comparison, Comparison] | None:
    """The two figures of a pair target (``95%/98%``: ``=95%`` and ``=98%``), else None.

    Both sides are plain comparisons in the same unit, with no label or note: ``1次/2年``
    is a count per periods (a comparison already), ``480万元/500万元`` a value.

    >>> from perftrack import parse_target
    >>> [str(side) for side in _target_pair(parse_target("≥95%/≥98%"), 2025)]
    ['≥95(%)', '≥98(%)']
    >>> _target_pair(parse_target("城镇/农村"), 2025) is None
    True
    """
    pair = _pair_of(target.description, lambda side: parse_target(side, year=year))
    if pair is None:
        return None
    first, second = pair
    if not (
        isinstance(first, Comparison)
        and isinstance(second, Comparison)
        and first.unit is not None
        and first.unit == second.unit
        and first.label is None
        and second.label is None
        and first.note is None
        and second.note is None
    ):
        return None
    return first, second


def _judge_target_pair(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A target of two figures in one cell (``95%/98%``) judged pair by pair (r35p).

    Two indicators printed in one cell (城镇/农村) against an actual of two figures in the
    same order (``96%/99%``): met when both are, not met when one is not, pending when one
    is pending and none not met; the explanation names each pair. An actual of another
    shape, or a pair some other verdict leaves open, is unknown, saying the cell holds two
    figures. None when the target is no such pair.
    """
    goals = _target_pair(target, ctx.year)
    if goals is None:
        return None
    say, goal = ctx.say, _text(target)
    shown = _text(actual)
    pair = (
        _pair_of(shown, lambda side: parse_value(side, year=ctx.year))
        if isinstance(actual, TextValue)
        else None
    )
    if pair is None or not all(
        isinstance(side, Quantity)
        and side.label is None
        and side.note is None
        and side.status is None
        and side.unit == goals[0].unit  # (96/99 may be 96 of 99: no pair)
        for side in pair
    ):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"年度指标“{goal}”一格含两个数值，应为两项指标同列，实际“{shown}”"
                "无法逐项对照，需人工判断",
                f"the target “{goal}” holds two figures, two indicators in one cell: the"
                f" actual “{shown}” cannot be matched to each, a reviewer must judge",
            ),
        )
    attainments: list[Attainment] = []
    said_zh: list[str] = []
    said_en: list[str] = []
    # each side as printed (95%, not =95%): the pair named as the cell says it
    asked = _PAIR_RE.fullmatch(_normal(target.description).rstrip("。"))
    printed = (asked["first"], asked["second"]) if asked else tuple(map(str, goals))
    for aim, side, shown_aim in zip(goals, pair, printed, strict=True):
        figure = side
        assert isinstance(figure, Quantity)  # noqa: S101 - checked above
        row = evolve(ctx.indicator, target=aim, actual=figure)
        outcome = _judge_comparison(aim, figure, ctx._replace(indicator=row))
        attainments.append(outcome.attainment)
        reached = outcome.attainment is _Attainment.MET
        shown_side = _shown_quantity(figure, aim.unit)
        said_zh.append(f"{shown_side}{'达到' if reached else '未达到'}{shown_aim}")
        said_en.append(f"{shown_side} {'meets' if reached else 'short of'} {shown_aim}")
    zh, en = "，".join(said_zh), ", ".join(said_en)
    if all(attainment is _Attainment.MET for attainment in attainments):
        attainment, tail_zh, tail_en = _Attainment.MET, "，均已达到", ": both met"
    elif _Attainment.NOT_MET in attainments:
        attainment, tail_zh, tail_en = _Attainment.NOT_MET, "", ""
    elif all(a in (_Attainment.MET, _Attainment.PENDING) for a in attainments):
        attainment, tail_zh, tail_en = (
            _Attainment.PENDING,
            "，距年底尚有时间",
            "; there is still time",
        )
    else:
        attainment, tail_zh, tail_en = (
            _Attainment.UNKNOWN,
            "，需人工判断",
            ": a reviewer must judge",
        )
    return _Outcome(
        attainment,
        say(
            f"年度指标“{goal}”一格含两个数值，与实际“{shown}”逐项对照：{zh}{tail_zh}",
            f"the target “{goal}” holds two figures, matched to the actual “{shown}” in"
            f" order: {en}{tail_en}",
        ),
    )


def _judge_target_groups(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A target of several labelled figures judged group by group against the actual's.

    ``普通高中300人，中职200人`` against ``普通高中312人，中职205人`` is met, against
    ``普通高中312人，中职185人`` not met, the short group named (parse54 M11), as a target
    naming one group is judged on its group's figure (:func:`_named_group_figure`). Each
    group must find exactly one namesake figure (:func:`_namesakes`), every clause of the
    actual a figure, and each group's verdict be met, not met or pending; else None (the
    row is left to a reviewer).
    """
    if not isinstance(actual, TextValue) or _DIGIT_RE.search(target.description) is None:
        return None
    groups = _target_groups(target, ctx.year)
    if groups is None:
        return None
    clauses = _group_clauses(_text(actual))
    if len(clauses) != len(groups):
        return None
    figures: list[Quantity] = []
    for clause in clauses:
        figure = parse_value(clause, year=ctx.year)
        if (
            not isinstance(figure, Quantity)
            or figure.note is not None
            or figure.status is not None
            or _group_label(figure.label) is None
        ):
            return None
        figures.append(figure)
    found = _namesakes(groups, figures)
    if found is None:
        return None
    goals = _group_clauses(target.description)
    attainments: list[Attainment] = []
    for group, index in zip(groups, found, strict=True):
        # the group's name said, the figures compare as the row's own would
        row = _per_unit(
            evolve(
                ctx.indicator,
                target=evolve(group, label=None),
                actual=evolve(figures[index], label=None),
            ),
            ctx.year,
        )
        if not isinstance(row.target, (Comparison, Range)) or row.actual is None:
            return None  # pragma: no cover - the reading keeps a figure against a figure
        outcome = _judge_comparison(row.target, row.actual, ctx._replace(indicator=row))
        if outcome.attainment not in (_Attainment.MET, _Attainment.NOT_MET, _Attainment.PENDING):
            return None
        attainments.append(outcome.attainment)
    shown, goal = _text(actual), _text(target)
    short = [
        (clauses[index], goals[number])
        for number, (index, attainment) in enumerate(zip(found, attainments, strict=True))
        if attainment is not _Attainment.MET
    ]
    if not short:
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际“{shown}”逐项对照年度指标“{goal}”，各项均已达到",
                f"actual “{shown}” meets each group of the target “{goal}”",
            ),
        )
    zh = "，".join(f"{said}未达到{asked}" for said, asked in short)
    en = ", ".join(f"{said} short of {asked}" for said, asked in short)
    if _Attainment.NOT_MET in attainments:
        return _Outcome(
            _Attainment.NOT_MET,
            ctx.say(
                f"实际“{shown}”逐项对照年度指标“{goal}”，{zh}",
                f"actual “{shown}” against each group of the target “{goal}”: {en}",
            ),
        )
    return _Outcome(
        _Attainment.PENDING,
        ctx.say(
            f"实际“{shown}”逐项对照年度指标“{goal}”，{zh}，距年底尚有时间",
            f"actual “{shown}” against each group of the target “{goal}”: {en};"
            " there is still time",
        ),
    )


def _after_restated_target(target: Comparison | Range, actual: Value) -> Value | None:
    """The figure an actual gives after restating the target, else None.

    ``每季度1次，全年4次`` against ``每季度1次``: the target as printed, a separator, then
    a value of its own (``全年4次``), which is judged.

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("每季度1次")
    >>> str(_after_restated_target(goal, parse_value("每季度1次，全年4次")))
    '全年4(次)'
    >>> _after_restated_target(goal, parse_value("每季度1次，按时公布"))
    >>> _after_restated_target(goal, parse_value("每季度1次，上半年2次"))
    >>> goal = parse_target("轮换1.3万吨")
    >>> str(_after_restated_target(goal, parse_value("轮换1.3万吨，其中0.2万吨跨年度")))
    '轮换1.3(万吨)(其中0.2万吨跨年度)'
    >>> _after_restated_target(goal, parse_value("轮换1.3万吨，其中0.2万吨未轮换"))
    """
    if not isinstance(actual, TextValue):
        return None
    goal = _normal(target.text).rstrip("。")
    text = _normal(_text(actual)).rstrip("。")
    if not goal:
        return None
    restated: str | None = None
    if text.startswith(goal) and text[len(goal) :].startswith(_RESTATED_SEPARATORS):
        restated = text[len(goal) + 1 :]
    else:
        restated = _after_restated_rate(target, text)  # 每月1次,共12次 against 每月≥1次
    if restated is None:
        return None
    tail = restated
    if tail.startswith("其中"):
        # 轮换1.3万吨，其中0.2万吨跨年度: the restated figure is the result, the 其中
        # clause a note on part of it (parse16 M5); a part said undone is left unread
        if _UNDONE_PART_RE.search(tail) is not None:
            return None
        head = parse_value(goal)
        if not isinstance(head, Quantity) or head.note is not None:
            return None
        return evolve(head, note=tail, text=_text(actual))
    if _PART_YEAR_RE.match(tail) is not None:
        return None  # 每季度1次，上半年2次: a part of the year's count, not the year's
    rest = parse_value(tail)
    # 每季度1次，按时公布: a word after the restated figure is a remark, no value of its own
    return None if isinstance(rest, (TextValue, NotApplicable, QualitativeValue)) else rest


def _after_restated_rate(target: Comparison | Range, text: str) -> str | None:
    """What follows a first clause stating the target's rate as done, else None.

    ``每月1次，共12次`` against ``每月≥1次``: the first clause is the rate of the target
    (its period label, figure and unit, the operator dropped), the rest the year's count
    (r35e: the cell was unknown, as only the target's own words were read as restated).

    >>> from perftrack import parse_target
    >>> _after_restated_rate(parse_target("每月≥1次"), "每月1次,共12次")
    '共12次'
    >>> _after_restated_rate(parse_target("每月≥2次"), "每月1次,共12次") is None
    True
    """
    if not isinstance(target, Comparison) or target.label is None:
        return None
    cut = min((at for sep in _RESTATED_SEPARATORS if (at := text.find(sep)) > 0), default=-1)
    if cut < 0:
        return None
    head = parse_value(text[:cut])
    if (
        not isinstance(head, Quantity)
        or head.bound is not _Bound.EXACT
        or (head.label, head.value, head.unit) != (target.label, target.value, target.unit)
        or head.note is not None
        or head.status is not None
    ):
        return None
    return text[cut + 1 :]


# A 其中 clause saying part of the figure is not done (其中0.2万吨未轮换, 其中2个在建).
_UNDONE_PART_RE: Final = re.compile("未|尚|待|在建|正在|中$|延期|滞后|推迟|暂缓|结转")
# A part of the year a restated count is given for (上半年2次, 1-8月3次, 前三季度3次).
_PART_YEAR_RE: Final = re.compile(
    r"(?:截至|截止|其中)?(?:上半年|下半年|前[一二两三]季度|第?[一二三四1-4]季度|本季度|当季"
    r"|\d{1,2}\s*[-—~至到]\s*\d{1,2}月|\d{1,2}月)"
)


def _beyond_working_outcome(  # noqa: PLR0913 - the parts of the comparison
    target: Comparison | Range,
    quantity: Quantity,
    actual: Value,
    *,
    span: Decimal,
    shown: str,
    ctx: _Context,
) -> _Outcome:
    """Calendar days over the longest span of a ceiling of working days (``8天``, ``≤5个工作日``).

    Over in every reading of the days: a case's time is not met at once (no later case
    undoes it), an average only at the year's end, as the same figure in working days.
    """
    goal = _shown_target(target)
    limit = format(target.value, "f") if isinstance(target, Comparison) else ""
    days = format(span, "f")
    zh = f"实际{shown}（日历日），超过{limit}个工作日最长可跨的{days}天（按每周5个工作日计）"
    en = f"actual {shown} (calendar days) is over the {days} days {limit} working days can span"
    return _over_the_limit(ctx, actual, quantity, goal, (zh, en))


def _working_in_calendar_outcome(  # noqa: PLR0913, PLR0917 - the parts of the comparison
    target: Comparison | Range,
    quantity: Quantity,
    actual: Value,
    spanned: tuple[str, Decimal],
    shown: str,
    ctx: _Context,
) -> _Outcome:
    """Working days against a ceiling of calendar days (``20个工作日``, ``≤30日``, p26fix M1).

    Within when the longest span keeps to the ceiling; over when the fewest days break it
    (a case at once, an average at the year's end, as :func:`_beyond_working_outcome`);
    else unknown, the span said.
    """
    say = ctx.say
    goal = _shown_target(target)
    how, span = spanned
    count, days = format(quantity.value, "f"), format(span, "f")
    if how == "within":
        zh = f"实际{shown}，{count}个工作日最长可跨{days}天（按每周5个工作日计）"
        en = f"actual {shown}: {count} working days span at most {days} days"
        return _Outcome(_Attainment.MET, say(f"{zh}，达到年度指标{goal}", f"{en}, within {goal}"))
    if how == "between":
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}，{count}个工作日可跨{count}至{days}个日历日，"
                f"不能确定是否在年度指标{goal}以内，需人工判断",
                f"actual {shown}: {count} working days span {count} to {days}"
                f" calendar days; whether within {goal} cannot be told",
            ),
        )
    zh = f"实际{shown}，{count}个工作日至少为{count}个日历日"
    en = f"actual {shown} is at least {count} calendar days"
    return _over_the_limit(ctx, actual, quantity, goal, (zh, en))


def _over_the_limit(
    ctx: _Context, actual: Value, quantity: Quantity, goal: str, said: tuple[str, str]
) -> _Outcome:
    """A time over its limit in every reading of the days (working or calendar).

    A case's time is not met at once (no later case undoes it); an average, or a bound
    figure, only at the year's end.
    """
    say = ctx.say
    zh, en = said
    average = _PER_CASE_AVERAGE_RE.search(f"{ctx.indicator.name}{_text(actual)}") is not None
    if average or quantity.bound is not _Bound.EXACT:
        return _pending_or_not_met(
            ctx,
            say(f"{zh}，超出年度指标{goal}，距年底尚有时间", f"{en}: above {goal}; there is time"),
            say(f"{zh}，超出年度指标{goal}", f"{en}: above {goal}"),
        )
    lost = "" if ctx.at_due else "，超时的办件无法挽回"  # final at the due date (score57 #10)
    return _Outcome(
        _Attainment.NOT_MET,
        say(f"{zh}，已超出时限{goal}{lost}", f"{en}: the limit {goal} is broken"),
    )


# A time limit counted from an event: 收到上级资金后30日内, 资金下达后15个工作日内.
_EVENT_LIMIT_UNITS: Final = frozenset(
    ("日", "天", "个工作日", "工作日", "周", "个月", "月", "小时", "个小时")
)


def _event_time_limit(target: Comparison | Range, actual: Value) -> bool:
    """Whether *target* is a time limit after an event and *actual* a date of work done.

    ``收到上级资金后30日内`` (≤30日 labelled ``收到上级资金后``) names no calendar date:
    ``2024年5月完成`` says the work is done, not whether in time, as against ``汛前完成``.

    >>> from perftrack import parse_target, parse_value
    >>> _event_time_limit(parse_target("收到上级资金后30日内"), parse_value("2024年5月完成"))
    True
    >>> _event_time_limit(parse_target("≤30日"), parse_value("2024年5月完成"))
    False
    """
    label = target.label
    return (
        isinstance(actual, DateValue)
        and label is not None
        and label.rstrip().endswith(("后", "之后", "以后"))
        and target.unit in _EVENT_LIMIT_UNITS
    )


# Words of work done on time, and of money paid in full (also among _ADDED_WORDS).
_ON_TIME_WORDS: Final = "及时|按时|准时|按期|如期"
_IN_FULL_WORDS: Final = "足额|全额|足量|全部|全数"
# The rate of work done on time (资金发放及时率, 按时发放率, 按期完工率), and the rate of
# what was paid in full (补贴发放率, 资金拨付率, 兑现率).
_TIMELY_RATE_NAME_RE: Final = re.compile(rf"(?:{_ON_TIME_WORDS})[\u3400-\u9fff]{{0,6}}率$")
_FULL_RATE_NAME_RE: Final = re.compile(r"(?:发放|拨付|兑现|支付|到位|到账|下达|落实)率$")
# What says all of it was done on time (及时发放, 按时足额发放, 按月足额发放), or in full
# (足额发放, 全额拨付); a schedule word (按月, 按季度, 每月) only before a payment.
_ON_TIME_SAID_RE: Final = re.compile(
    f"{_ON_TIME_WORDS}|(?:按月|按季度?|每月|每季度?)(?:足额|全额|及时|按时)?"
    "(?:发放|拨付|支付|兑现|下达|结算|划拨|到位)"
)
_IN_FULL_SAID_RE: Final = re.compile(_IN_FULL_WORDS)
# The act of a full rate said done in place, with no word of how much (到位, 及时到位, 拨付到位,
# 资金及时到位): the status done, as 已到位 is (r39f). 到位 says the whole is in place; on
# time alone (按时发放, 及时拨付) says nothing of in full. 已 and the in-full words are read
# elsewhere (the status rules, _IN_FULL_SAID_RE). 到账 is 到位 said of an account (r39j).
_BARE_ACT_SAID_RE: Final = re.compile(
    f"(?:资金|经费|款项|补贴|补助|奖补资金|专项资金)?(?:{_ON_TIME_WORDS})?"
    "(?:发放|拨付|兑现|支付|下达|落实)?(?P<arrived>到位|到账)"
)
# The acts of a full rate that move money to someone (资金拨付率, 补贴发放率, 资金到位率):
# the money in place at the other end (到位, 到账) says the act done (r39j). Not 落实 (政策
# 落实率: 到位 alone names nothing moved).
_MONEY_MOVED_ACTS: Final = frozenset({"发放", "拨付", "兑现", "支付", "下达", "到位", "到账"})
# The rate of the funds spent (资金使用率, 预算执行率, 经费支出率), and what says all of them
# were (全部支出, 已全部使用, 全额支付).
_SPENT_RATE_NAME_RE: Final = re.compile(
    r"(?:资金|经费|预算|补助|补贴)[\u3400-\u9fff]{0,4}(?:使用|支出|执行)率$"
)
_ALL_SPENT_SAID_RE: Final = re.compile("(?:全部|全额|足额)(?:已)?(?:使用|支出|支付|用完|执行)")
# The rate of work done without error (抚恤金发放准确率, 数据录入正确率, 精准识别率), and what
# says all of it was (准确, 准确无误, 精准, 正确, 无差错, 零差错).
_ACCURATE_RATE_NAME_RE: Final = re.compile(r"(?:准确|正确|精准)[\u3400-\u9fff]{0,6}率$")
_NO_ERROR_WORDS: Final = "无误|无差错|零差错|无错误|无错漏|无偏差"
_ACCURATE_SAID_RE: Final = re.compile(f"准确|精准|正确|{_NO_ERROR_WORDS}")
# The words of no error hold 无, which is no negation of the work (see _NOT_ALL_SAID_RE).
# The rate of what passed (工程验收合格率, 水质达标率, 验收通过率), and what says all of it
# did: all of them passed (全部合格, 均达标, 一次性验收合格) or the one work accepted (验收
# 合格, 通过验收, 达标排放); a bare 合格 or 达标 may be a grade of some (parse52 M1).
_PASS_WORD_RE: Final = re.compile("合格|达标|通过|合规")
_PASS_RATE_NAME_RE: Final = re.compile(r"(?:合格|达标|通过|合规)率$")
_ALL_PASSED_SAID_RE: Final = re.compile(
    "(?:全部|均|均已|全部已|都|全|一次性)[\u4e00-\u9fff]{0,4}?(?:合格|达标|通过|合规)"
    "|验收合格|通过验收|验收通过|达标排放|排放达标"
)
_NO_ERROR_WORDS_RE: Final = re.compile(_NO_ERROR_WORDS)
# The pass word alone (合格, 已通过): said on a rate of that word of works accepted (工程质量
# 合格率, 项目验收通过率), the works passed; of samples (药品抽检合格率) it may grade some.
_BARE_PASS_RE: Final = re.compile("(?:已经|已|均已|均)?(?:合格|达标|通过|合规)")
# The pass words of a bar (a standard met), either said of the other's rate; 通过 (an
# acceptance, a review) is its own.
_PASS_BAR_WORDS: Final = frozenset({"合格", "达标"})
_WORKS_ACCEPTED_NAME_RE: Final = re.compile("工程|项目|验收|竣工")
# What says less: a negation or a delay (the status rules judge those), and a part.
_NOT_ALL_SAID_RE: Final = re.compile("未|不|没|无|延迟|逾期|滞后|推迟|延期|超期|拖欠|暂缓")
_PART_SAID_RE: Final = re.compile(
    # 较及时, 比较及时, 较为准确: a degree below the word itself (parse53 H5)
    "部分|大部分|大多|多数|基本|个别|少数|绝大|较为?(?:及时|按时|准时|准确|精准|足额|全额)"
)
_CLAUSE_MARKS: Final = frozenset("，,；;。、")
# The acceptance of the works said as a clause of its own (已验收, 已通过验收, 竣工验收完成),
# or their completion (已完成, 已竣工): beside a pass clause, what was accepted (k31b).
_ACCEPTED_CLAUSE_RE: Final = re.compile(
    "(?:已|均已|已经|全部)?(?:通过|完成)?(?:竣工)?验收(?:完成|完毕)?"
)
_DONE_CLAUSE_RE: Final = re.compile("(?:已|均已|已经)?(?:全部)?(?:完成|完工|竣工)")
# 已验收，基本合格: the acceptance passed only in part (partial, _PART_SAID_RE).
_PARTLY_PASSED: Final = "基本"


_PASS_WORDS: Final = frozenset({"达标", "合格", "通过", "合规"})
# A short denial of the pass word, the whole cell (未达标, 不达标, 没有达标, 尚未达标).
_PASS_DENIED_RE: Final = re.compile("(?:未|不|没有|没|尚未|未能|仍未)(?:达标|合格|通过|合规)")


def _pass_denied(
    target: Comparison | Range, actual: QualitativeValue, ctx: _Context
) -> _Outcome | None:
    """``未达标`` against a figure target, or ``不合格`` on a 合格率: the target missed (k31i).

    ``未达标`` (不达标, 没有达标) says the row's target was not reached, whatever its
    figure; ``不合格`` and ``未通过`` say so of a rate of that word (``合格率``,
    ``验收通过率``) only. The whole cell is the denial. Pending before the due date.
    """
    text = _normal(_text(actual)).rstrip("。")
    if _PASS_DENIED_RE.fullmatch(text) is None:
        return None
    if actual.word != "达标" and actual.word not in _NAME_TAIL_RE.sub("", ctx.indicator.name):
        return None
    shown, goal = _text(actual), _shown_target(target)
    return _pending_or_not_met(
        ctx,
        ctx.say(
            f"实际“{shown}”，未达到年度指标{goal}，距年底尚有时间",
            f"actual “{shown}” says the target {goal} is not reached; there is still time",
        ),
        ctx.say(
            f"实际“{shown}”，未达到年度指标{goal}",
            f"actual “{shown}” says the target {goal} is not reached",
        ),
    )


# Names of a rate of samples or of monitoring (药品抽检合格率, 水质达标率): a bare pass word
# there may grade the whole lot while some samples failed.
_SAMPLED_NAME_RE: Final = re.compile("抽检|抽查|抽样|检测|监测|检验|水质|空气|断面")
# A part before the pass word (部分达标, 大部分合格, 基本合格): partial (_PART_SAID_RE).
_PASS_PART_RE: Final = re.compile("^(?:绝大部分|大部分|部分|基本)")
# Grades at or above a pass (优良, 优秀, 良好): on a rate of works passing, all passed.
_GRADES_ABOVE_PASS: Final = frozenset({"优良", "优秀", "良好", "优", "良"})


def _bare_pass_said(text: str, word: str, name: str, accepted: bool) -> bool:  # noqa: FBT001
    """Whether *text* is the pass *word* of the rate alone, perhaps after a part (k31i).

    ``合格`` (``已通过``) on a rate of works accepted (``工程质量合格率``) says the works
    passed (parse54 M5), and beside their acceptance (``已验收，合格``, k31b). On any other
    rate of that word (``达标率``, ``产品合格率``) the bare word says all passed too
    (parse56 F10), except a rate of samples or monitoring (``药品抽检合格率``,
    ``水质达标率``), where it may grade the lot. A part before it (``部分达标``,
    ``基本合格``) is partial; a grade above a pass (``优良``) on a rate of works passing
    is a pass.

    >>> (
    ...     _bare_pass_said("达标", "达标", "达标率", False),
    ...     _bare_pass_said("达标", "达标", "水质达标率", False),
    ...     _bare_pass_said("达标", "合格", "合格率", False),
    ... )
    (True, False, True)
    >>> _bare_pass_said("优良", "合格", "工程验收合格率", False)
    True
    """
    if accepted:
        return _BARE_PASS_RE.fullmatch(text.removeprefix(_PARTLY_PASSED)) is not None and (
            text.endswith(word)
        )
    works = _WORKS_ACCEPTED_NAME_RE.search(name) is not None
    if works and word == "合格" and text in _GRADES_ABOVE_PASS:
        return True
    core = _PASS_PART_RE.sub("", text, count=1)
    return (
        _BARE_PASS_RE.fullmatch(core) is not None
        # 达标 on a 合格率 and 合格 on a 达标率: either says the bar was passed (score57 F11)
        and (core.endswith(word) or (word in _PASS_BAR_WORDS and core[-2:] in _PASS_BAR_WORDS))
        and (works or _SAMPLED_NAME_RE.search(name) is None)
    )


def _pass_beside_acceptance(text: str) -> tuple[str, bool] | None:
    """The pass clause of two, the other saying the works accepted or done, else None.

    ``已验收，合格`` and ``合格，已验收`` are ``合格`` said of the acceptance, as ``验收合格``
    is (True: accepted); ``验收合格，已完成`` is ``验收合格`` beside the work done (False).

    >>> _pass_beside_acceptance("已验收,合格"), _pass_beside_acceptance("验收合格,已完成")
    (('合格', True), ('验收合格', False))
    >>> _pass_beside_acceptance("合格,无质量问题") is None
    True
    """
    clauses = [part for part in _CLAUSE_SPLIT_RE.split(text.rstrip("。")) if part]
    if len(clauses) != 2:  # noqa: PLR2004
        return None
    for other, passed in (clauses, clauses[::-1]):
        if _PASS_WORD_RE.search(passed) is None:
            continue
        if _ACCEPTED_CLAUSE_RE.fullmatch(other) is not None:
            return passed, True
        if _DONE_CLAUSE_RE.fullmatch(other) is not None:
            return passed, False
    return None


# A count said to be the whole (已覆盖全部126个行政村, 实现全覆盖126个村, 覆盖所有12个乡镇):
# all of them, which a rate target reads as 100%; not a part (部分, 基本, 除…外, 未).
_ALL_OF_WHOLE_RE: Final = re.compile("覆盖(?:全部|所有|全)|(?:全部|全面|所有)覆盖|全覆盖")
_NOT_ALL_OF_WHOLE_RE: Final = re.compile("部分|基本|大部|除|未|没|尚|[,;，；]")
_COVERED_NOTE_RE: Final = re.compile("(?:实现|已|已经|达到)?全覆盖")


def _all_of_whole(target: Comparison | Range, quantity: Quantity, actual: Value) -> bool:
    """Whether a count in another unit says it covers all of a whole (``已覆盖全部126个行政村``).

    Only against a rate whose bar is 100% (``全覆盖``, ``=100%``, ``≥100%``): a lower bar
    says nothing of the whole. Example:
        >>> from perftrack import parse_target, parse_value
        >>> goal = parse_target("全覆盖")
        >>> [
        ...     _all_of_whole(goal, parse_value(text), parse_value(text))
        ...     for text in (
        ...         "已覆盖全部126个行政村",
        ...         "已覆盖120个行政村",
        ...         "基本覆盖全部行政村126个",
        ...     )
        ... ]
        [True, False, False]
    """
    if isinstance(target, Range) or target.unit != "%" or target.value != _HUNDRED:
        return False
    if target.op not in (_Op.EQ, _Op.GE) or quantity.unit in (None, "%"):
        return False
    text = _normal(_text(actual))
    if quantity.note is not None and _COVERED_NOTE_RE.fullmatch(quantity.note) is not None:
        # 检查12家，实现全覆盖 (parse20 M4): the count, then the clause that it is all
        text = text.removesuffix(quantity.note).rstrip(",;()") + quantity.note
    return _ALL_OF_WHOLE_RE.search(text) is not None and _NOT_ALL_OF_WHOLE_RE.search(text) is None


# A count's note saying every one of it done by a step (差评46件，已全部整改, 均已整改,
# 全部整改到位): that step's rate of the counted thing is 100% (sweep26 W3).
_ALL_STEPPED_NOTE_RE: Final = re.compile(
    rf"(?:已|均已|已经)?(?:全部|均)(?:已)?(?P<verb>{'|'.join(SHARE_STEPS)})(?:到位|完成|完毕|销号)?"
)


def _all_stepped_note(target: Comparison | Range, quantity: Quantity, name: str) -> str | None:
    """The step a count's note says every one of it done by, on the step's rate, else None.

    ``差评46件，已全部整改`` on ``差评整改率`` against ``100%``: all 46 差评 rectified, the
    rate 100%. Only against a bar of 100% (``=100%``, ``≥100%``), on a rate ending in the
    step (:func:`_names_step` with *own*) whose name holds the count's label.

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("100%")
    >>> [
    ...     _all_stepped_note(goal, parse_value(text), name)
    ...     for text, name in (
    ...         ("差评46件，已全部整改", "差评整改率"),
    ...         ("差评46件，已全部整改", "差评办结率"),
    ...         ("差评46件，已全部整改", "差评整改及时率"),
    ...     )
    ... ]
    ['整改', None, None]
    """
    if isinstance(target, Range) or target.unit != "%" or target.value != _HUNDRED:
        return None
    if target.op not in (_Op.EQ, _Op.GE) or quantity.unit in (None, "%"):
        return None
    if quantity.note is None or not quantity.label or quantity.label not in _normal(name):
        return None
    found = _ALL_STEPPED_NOTE_RE.fullmatch(quantity.note)
    if found is None or not _names_step(name, target, found["verb"], None, own=True):
        return None
    return found["verb"]


# A figure then the verb of its work done (10座已建成, 12个均已完工, 1200人已全部发放): the
# value language reads 已建成10座 as the count done; the same words turned round say the same.
# A comma may part them (120户，已全部竣工), the use that follows the works may close it
# (120户已全部竣工入住), and a count of things passing an assessment is the count done
# (2个系统通过等保三级测评: a noun, 通过, what was assessed and the assessment; parse54 M7).
_FIGURE_THEN_DONE_RE: Final = re.compile(
    r"(?P<figure>\d+(?:\.\d+)?[\u3400-\u9fff]{1,3}?),?"
    r"(?:(?:均已|已全部|全部|已经|已)"
    r"(?P<verb>建成|完成|完工|竣工|发放|拨付|交付|投入使用|投用|建设完成)"
    r"(?:并?(?:入住|投用|投入使用|交付使用))?"
    r"|(?P<noun>[\u3400-\u9fff]{0,4}?)(?:均已|已|均)?通过(?P<what>[\u3400-\u9fff]{0,8}?)"
    r"(?:测评|验收|评审|认证|评估|审核|考核))"
)
# What denies or puts off the pass (2个系统未通过, 2个待通过测评, 正在): no count passed.
_NOT_PASSED_RE: Final = re.compile("[未不没无尚待拟将]|计划|正在|预计|争取|力争")


# A 其中 clause naming a subset of the count (其中脱贫户12户, 其中新建80座): its noun, count
# and unit.
_SUBSET_NOTE_RE: Final = re.compile(
    r"其中(?P<noun>[A-Za-z\u4e00-\u9fff]{2,8}?)"
    # (其中高技能人才2,610人: a count grouped by thousands, p26fix H1)
    r"(?P<count>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{1,4})"
)


# The words joining kinds in a name (脱贫户及监测户补助户数, 新建和改建村卫生室).
_JOINING: Final = "[及和与、]"
# A part's noun in a row name that excludes it or names another thing (非博士, 博士以外,
# 除博士外, 博士后, 硕士以上): the row is not of that part (r104 W3).
_PART_EXCLUDED_RE: Final = "非{noun}|除{noun}外|{noun}(?:以外|之外|后|及以上|以上|及以下|以下)"


def _names_part(noun: str, name: str) -> bool:
    """Whether the row *name* names the part *noun* itself (引进博士), not its exclusion.

    >>> [
    ...     _names_part("博士", name)
    ...     for name in ("引进博士", "非博士人才引进", "博士以外人才引进", "引进博士后")
    ... ]
    [True, False, False, False]
    """
    return noun in name and re.search(_PART_EXCLUDED_RE.format(noun=re.escape(noun)), name) is None


# What the name may add inside a subset's noun (有进出口实绩企业 for 有实绩企业): one to
# four letters, no negation, exclusion, joining word or other works (改造, 扩建; parse46 H3).
_SPELLED_GAP_RE: Final = re.compile("[\u4e00-\u9fff]{1,4}")
_SPELLED_GAP_BLOCKERS: Final = "未不没无非尚及和与或、改扩"


def _spelled_out(noun: str, name: str) -> str | None:
    """The fuller form of *noun* the row *name* holds, words added inside it, else None.

    ``有实绩企业`` is ``有进出口实绩企业`` in ``新增有进出口实绩企业``: the noun's first letters,
    one to four more, then its last two or more (parse46 H3). A noun of four letters
    at least; the added letters no negation or joining word; one such form only.

    >>> _spelled_out("有实绩企业", "新增有进出口实绩企业")
    '有进出口实绩企业'
    >>> _spelled_out("有实绩企业", "新增无实绩企业数"), _spelled_out("脱贫户", "脱贫监测户")
    (None, None)
    """
    if len(noun) < 4:  # noqa: PLR2004 - a short noun is matched only as written
        return None
    forms = set()
    for cut in range(1, len(noun) - 1):
        head, tail = noun[:cut], noun[cut:]
        start = name.find(head)
        while start >= 0:
            rest = name[start + len(head) :]
            gap = _SPELLED_GAP_RE.match(rest)
            end = rest.find(tail, 1)
            if (
                gap is not None
                and 1 <= end <= gap.end()
                and not any(letter in _SPELLED_GAP_BLOCKERS for letter in rest[:end])
            ):
                forms.add(f"{head}{rest[:end]}{tail}")
            start = name.find(head, start + 1)
    return forms.pop() if len(forms) == 1 else None


def _subset_note(target: Target | None) -> str | None:
    """The note of a target that may name a subset (``≥5万吨（实物）``: 实物), else None."""
    if isinstance(target, Comparison) and target.note and len(target.note) > 1:
        return _normal(target.note)
    return None


def _named_subset(quantity: Quantity, name: str, note: str | None = None) -> Quantity | None:
    """The subset of a 其中 clause when the indicator's *name* names it, else None.

    The target's *note* may name it too (``≥5万吨（实物）`` with ``其中实物储备4.6万吨`` on
    ``冬春化肥储备``: the note within the subset's noun, the rest of the noun in the name
    or none; parse44 H4).

    ``补助150户，其中脱贫户12户`` on ``脱贫户补助户数`` counts the 12 脱贫户, as
    ``建成沼气池120座，其中新建80座`` on ``新建户用沼气池`` the 80 new ones (regress40 W3);
    on ``补助养殖户数`` it is the 150. The subset is in the count's unit and its noun is
    no negation (其中未验收3户) and not already said of the whole. A name covering the
    whole (脱贫户及监测户补助户数, 培训人数（含脱贫户）, 新建改造农村公路里程) names no
    subset (regress43 W2).

    Example:
        >>> from perftrack import parse_value
        >>> actual = parse_value("补助150户，其中脱贫户12户")
        >>> str(_named_subset(actual, "脱贫户补助户数")), _named_subset(actual, "补助养殖户数")
        ('12(户)', None)
    """
    if quantity.note is None or not quantity.note.startswith("其中"):
        return None
    # 其中博士12名、硕士34名: a list of subsets in the count's unit, the one the name names
    # picked (parse43 H1); more than one named, or any part unread, names none
    parts = [
        _SUBSET_NOTE_RE.fullmatch(part if place == 0 else f"其中{part}")
        for place, part in enumerate(_normal(quantity.note).split("、"))
    ]
    if any(part is None or part["unit"] != quantity.unit for part in parts):
        return None
    found_parts = [part for part in parts if part is not None]
    named = [part for part in found_parts if _names_part(part["noun"], _normal(name))]
    if len(found_parts) > 1 and (
        len(named) != 1
        or sum(Decimal(part["count"].replace(",", "")) for part in found_parts) > quantity.value
    ):
        return None
    found = named[0] if named else found_parts[0]
    noun = found["noun"]
    negating = re.sub("|".join(voc.NEGATED_NOUNS), "", noun)  # 未成年人 is no negation
    noted = note is not None and note in noun and noun.replace(note, "", 1) in _normal(name)
    if any(word in negating for word in ("未", "不", "没", "尚")):
        return None
    spelled = noun
    if not _names_part(noun, _normal(name)) and not noted:
        # 其中有实绩企业97家 on 新增有进出口实绩企业: the name spells the noun out (p46 H3)
        fuller = _spelled_out(noun, _normal(name)) if len(found_parts) == 1 else None
        if fuller is None or not _names_part(fuller, _normal(name)):
            return None
        spelled = fuller
    said = re.escape(spelled)
    if re.search(
        # the part's noun joined to another kind: right after it (脱贫户及…, 新建和…), or a
        # kind of its own sort after the joining word (…及改扩建, …及监测户); a joining
        # word elsewhere joins other things (脱贫户生产和生活补助户数: 生产, 生活; regress45)
        f"{said}{_JOINING}|{_JOINING}[\u4e00-\u9fff]{{0,3}}{re.escape(noun[-1])}"
        f"|含[^）)]*{said}|{said}(?:改造|改建|改扩建|扩建)",
        _normal(name),
    ):
        return None  # 脱贫户及监测户补助户数, 培训人数（含脱贫户）, 新建改造: the whole
    head = _normal(quantity.text).partition("其中")[0]
    if noun in head:
        return None  # 新建120座，其中新建80座: the noun says nothing of a part
    count = Decimal(found["count"].replace(",", ""))
    if count > quantity.value:
        return None
    return Quantity(count, quantity.unit, quantity.bound, text=quantity.text)


def _restated_time(quantity: Quantity, target: Target | None) -> Quantity | None:
    """A training time's bracket in the target's unit (``12天（96学时）`` on ``≥120学时``).

    Days and hours of class have no fixed rate: the bracket's figure is judged, not 12
    days converted (parse43 H3). See
    :func:`perftrack.expressions._grammar.training_time_restated`.
    """
    if not isinstance(target, (Comparison, Range)) or target.unit is None:
        return None
    return training_time_restated(quantity, target.unit)


# 扭亏为盈, 已实现扭亏为盈, 全部扭亏: the loss gone, the year closed in profit (k31a).
_LOSS_TURNED_RE: Final = re.compile(
    "(?:已经|已|均已|均|全部|全面|成功|顺利|当年|本年|全年)*(?:实现|完成)?(?:全部|全面)?"
    "(?:扭亏(?:为盈|增盈|为赢)?|由亏转盈|转亏为盈)(?:目标)?"
)
# A measure of a loss cut (减亏率, 亏损额下降, 亏损企业亏损额降幅): what 扭亏为盈 measures.
_LOSS_CUT_RE: Final = re.compile(
    "减亏|亏损[\u4e00-\u9fff]{0,6}?(?:下降|减少|降低|压减|压降|降幅|减幅|缩减)"
)


def _loss_turned(actual: Value | None) -> bool:
    """Whether *actual* says the loss was turned into a profit (``扭亏为盈``, k31a).

    >>> _loss_turned(TextValue("已实现扭亏为盈")), _loss_turned(TextValue("亏损减少"))
    (True, False)
    """
    if not isinstance(actual, TextValue) or "亏" not in actual.description:
        return False  # (the cheap guard: nearly every text)
    return _LOSS_TURNED_RE.fullmatch(_normal(actual.text or actual.description)) is not None


def _loss_wiped_out(actual: Value | None, target: Target | None, name: str) -> Quantity | None:
    """``扭亏为盈`` on a loss cut in % (减亏率 ≥10%) as a cut of at least 100 %, else None.

    The loss is gone: whatever it was, it fell by all of it, and the year closed in profit,
    so the cut is 100 % or more. Only on a row measuring a loss cut (:data:`_LOSS_CUT_RE`
    in its name or its target's label) against a floor in % up to 100 %; on another row
    (利润增长率: a rise from a loss has no rate) it says no figure (k31a).

    >>> from perftrack import parse_target
    >>> str(_loss_wiped_out(TextValue("扭亏为盈"), parse_target("≥10%"), "亏损企业减亏率"))
    '≥100(%)'
    >>> _loss_wiped_out(TextValue("扭亏为盈"), parse_target("≥10%"), "利润增长率") is None
    True
    """
    if (
        not isinstance(target, Comparison)
        or target.unit != "%"
        or target.op not in (_Op.GE, _Op.GT)
        or not Decimal(0) <= target.value <= _HUNDRED
        or not _loss_turned(actual)
        or _LOSS_CUT_RE.search(_normal(name) + (target.label or "")) is None
    ):
        return None
    return Quantity(_HUNDRED, "%", _Bound.AT_LEAST, text=actual.text if actual else "")


def _loss_turned_change(
    value: Value | None, target: Comparison | Range, name: str
) -> _Change | None:
    """``扭亏为盈`` against a fall of a loss in % (亏损额 | 下降10%): a fall of 100 % or more."""
    if target.unit != "%" or not _loss_turned(value):
        return None
    if _LOSS_CUT_RE.search(_normal(name) + (target.label or "")) is None:
        return None
    shown = f"“{_text(value)}”（亏损全部消除，即下降100%以上）"
    wiped = Quantity(_HUNDRED, "%", _Bound.AT_LEAST, text=_text(value))
    return _Change(wiped, shown, opposite=False)


# The zero-family phrases a row may be named for whose share in % is all of it kept so.
_ALL_KEPT_PHRASES: Final = ("专款专用", "清零")


def _kept_to_purpose(actual: Value | None, target: Target | None, name: str) -> Quantity | None:
    """``专款专用`` (unqualified) against the share in % of funds so kept: 100%, else None.

    ``专款专用率 | 100% | 专款专用`` is met, as 100% against ``专款专用`` is (regress40 W4); the
    name (or the target's label) names 专款专用, and a partial or negated value
    (``部分专款专用``, ``未能专款专用``) is no share. So is ``动态清零`` on a row named for
    the clearing (``零就业家庭动态清零 | 100%``, parse54 M6): all of them cleared.

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> str(
        ...     _kept_to_purpose(
        ...         parse_value("项目资金专款专用"), parse_target("100%"), "专款专用率"
        ...     )
        ... )
        '100(%)'
        >>> _kept_to_purpose(parse_value("部分专款专用"), parse_target("100%"), "专款专用率")
        >>> _kept_to_purpose(parse_value("专款专用"), parse_target("100%"), "资金使用合规率")
    """
    if (
        isinstance(actual, QualitativeValue)
        and actual.family == "zero"
        and not actual.negated
        and not actual.partial
        and isinstance(target, (Comparison, Range))
        and target.unit == "%"
        and any(
            actual.word.endswith(phrase) and phrase in _normal(name) + (target.label or "")
            for phrase in _ALL_KEPT_PHRASES
        )
    ):
        return Quantity(_HUNDRED, "%", text=actual.text)
    return None


def _unfinished_part(actual: Value, quantity: Quantity) -> str | None:
    """The clause a count done was lessened by (``其中12户未完工``, ``6个正在调试``), else None.

    See :func:`perftrack.expressions._grammar.works_done_count`: ``完成150户，其中12户未完工``
    counts 138 户 done, the clause its note.

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> actual = parse_value("完成150户，其中12户未完工")
        >>> _unfinished_part(actual, _counted_done(actual, parse_target("=150户")))
        '其中12户未完工'
    """
    if not isinstance(actual, StatusValue) or quantity.note is None or quantity.text != actual.text:
        return None
    return quantity.note


# When the rest of the works is to be done: a month, a season, a part of the year, next year.
_LATER_TIME: Final = (
    r"(?:\d{1,2}月份?(?:底|末|中旬|下旬|上旬|中)?|年底|年末|年内|下半年|下季度|第[一二三四]季度"
    r"|[春夏秋冬]季|[春夏秋冬]天|明年|次年|来年|今冬明春|汛期?后|近期)"
)
# A remainder beside the figure done, left for later or not yet done (剩余2200亩秋季种植,
# 其余3个年底前建成, 尚有200人待发放, 另有5公里计划下半年实施, 剩余10户未搬迁), or left
# bare after a word of what is left (剩余2200亩, 尚有200人; not 另有2公里, which may be
# more done) (r39f).
_LEFT_FOR_LATER_RE: Final = re.compile(
    r"(?:(?P<left>剩余|尚余|余下|其余|尚有|仍有)|另有|还有|另)(?P<count>\d+(?:\.\d+)?)"
    r"(?P<unit>[\u3400-\u9fff]{1,3}?)"
    r"(?:(?:计划|预计|拟|将|待|力争|争取|需)?(?:于|在)?"
    + _LATER_TIME
    + r"(?:前|内|后|以前)?[\u3400-\u9fff]{0,8}|(?:尚未|暂未|未|待|正在|计划|预计|拟|将)"
    r"[\u3400-\u9fff]{0,8}|(?(left)(?:未完成|待完成|未实施)?|(?!)))"
)
# The label of a figure that is no figure done: a plan, a task, a total asked (计划种植5000亩).
_NOT_DONE_LABEL_RE: Final = re.compile("计划|预计|拟|将|目标|任务|应|需|剩余|尚余|其余|未|待")


def _done_then_left(actual: Value | None, target: Target | None) -> tuple[Quantity, str] | None:
    """The figure done before a remainder left for later, and the remainder's clause (r39f).

    ``已种植2800亩，剩余2200亩秋季种植`` against ``5000亩``: the first clause is what was
    achieved, 2800亩; the 2200亩 planned for the autumn are not done yet (a reason, a
    forecast), as ``完成12个，剩余2个12月完成`` says of works completed. Any verb of the
    work (种植, 发放, 建成) with its figure in the target's unit, the remainder in the same
    unit. None for one clause, a first clause that is a plan or a total (``计划种植5000亩``),
    or another unit.

    >>> from perftrack import parse_target, parse_value
    >>> done, left = _done_then_left(
    ...     parse_value("已种植2800亩，剩余2200亩秋季种植"), parse_target("5000亩")
    ... )
    >>> str(done.value), left
    ('2800', '剩余2200亩秋季种植')
    >>> _done_then_left(parse_value("计划种植5000亩，剩余2200亩秋季种植"), parse_target("5000亩"))
    >>> _done_then_left(parse_value("已种植2800亩，剩余22户秋季种植"), parse_target("5000亩"))
    """
    if (
        not isinstance(actual, TextValue)
        or not isinstance(target, (Comparison, Range))
        or target.unit is None
        or (isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT))
    ):
        return None  # (a ceiling's rest, 剩余20万元, is a balance, not work to do)
    clauses = [c for c in _CLAUSE_SPLIT_RE.split(_normal(actual.description).rstrip("。")) if c]
    if len(clauses) != 2:  # noqa: PLR2004 - the figure done, then the rest
        return None
    head, rest = clauses
    left = _LEFT_FOR_LATER_RE.fullmatch(rest)
    if left is None or left["unit"] != target.unit or "已" in rest:
        return None  # (另有2公里10月已完工: more done, not left)
    done = parse_value(head)
    if (
        not isinstance(done, Quantity)
        or done.bound is not _Bound.EXACT
        or done.unit != target.unit
        or done.status not in (None, _Status.DONE)
        or done.note is not None
        or done.when is not None
        or _NOT_DONE_LABEL_RE.search(done.label or "") is not None
    ):
        return None
    return evolve(done, text=actual.text or actual.description), rest


_LATER_TIME_RE: Final = re.compile(_LATER_TIME)


def _left_for_later_said(actual: Value | None, target: Target | None) -> str | None:
    """The remainder's clause of :func:`_done_then_left` when it names its time, else None.

    ``已种植2800亩，剩余2200亩秋季种植``: the rest is timed for the autumn, the row's
    shortfall explained by the work's season (as ``0%（尚未抽检）`` is by the check not
    yet made, r38j): the reason is given in the actual cell (r39j). A remainder with no
    time (``剩余2200亩``, ``剩余10户未搬迁``) restates the gap and gives no cause.

    >>> from perftrack import parse_target, parse_value
    >>> _left_for_later_said(
    ...     parse_value("已种植2800亩，剩余2200亩秋季种植"), parse_target("5000亩")
    ... )
    '剩余2200亩秋季种植'
    >>> _left_for_later_said(parse_value("已搬迁90户，剩余10户未搬迁"), parse_target("100户"))
    """
    done_left = _done_then_left(actual, target)
    if done_left is None or _LATER_TIME_RE.search(done_left[1]) is None:
        return None
    return done_left[1]


def _figure_then_done(actual: Value) -> Quantity | None:
    """A figure before its done verb (``10座已建成``) read as ``已建成10座``, else None.

    Example:
        >>> from perftrack import parse_value
        >>> _figure_then_done(parse_value("10座已建成")).value
        Decimal('10')
        >>> _figure_then_done(parse_value("10座未建成")) is None
        True
        >>> str(_figure_then_done(parse_value("2个系统通过等保三级测评")))
        '已完成2(个系统)'
        >>> _figure_then_done(parse_value("2个系统未通过等保三级测评")) is None
        True
    """
    if not isinstance(actual, TextValue):
        return None
    found = _FIGURE_THEN_DONE_RE.fullmatch(_normal(actual.description).rstrip("。"))
    if found is None:
        return None
    if found["verb"] is None:  # 2个系统通过等保三级测评: the systems passed, a count done
        if _NOT_PASSED_RE.search(found["figure"] + found["noun"] + found["what"]) is not None:
            return None
        read = parse_value(f"已完成{found['figure']}{found['noun']}")
    else:
        read = parse_value(f"已{found['verb']}{found['figure']}")
    if not isinstance(read, Quantity) or read.status is not _Status.DONE:
        return None
    return evolve(read, text=actual.text or actual.description)


# Every fire put out within the day or the limit (均于当日扑灭, 2起火灾均在24小时内扑灭,
# 发生森林火灾2起，均已扑灭), after the count of fires at most.
_ALL_PUT_OUT_RE: Final = re.compile(
    r"(?:(?:共|全年|累计)?发生[\u3400-\u9fff]{0,6}\d+起[\u3400-\u9fff]{0,4},?|\d+起[\u3400-\u9fff]{0,4})?"
    r"(?:均|全部|均已|全部已)(?:于|在)?(?:当[日天]|24小时(?:之?内)?|规定时[间限]内)?(?:及时)?扑灭"
)
# A rate of fires put out (24小时森林火灾扑灭率, 火灾当日扑灭率).
_PUT_OUT_RATE_NAME_RE: Final = re.compile("扑灭率")


def _all_put_out(target: Comparison | Range, actual: Value, ctx: _Context) -> _Outcome | None:
    """Every fire said put out in time against a 扑灭率 floor: 100%, met (p40 M3).

    ``发生森林火灾2起，均于当日扑灭`` and ``2起火灾均在24小时内扑灭`` against ``≥95%`` on
    a ``24小时森林火灾扑灭率`` say all of them were put out within the day: the rate is
    100%. None for any other name, a ceiling, a unit other than ``%`` or other words.
    """
    if not isinstance(actual, TextValue) or not _PUT_OUT_RATE_NAME_RE.search(ctx.indicator.name):
        return None
    bar = target.value if isinstance(target, Comparison) else target.low
    if (
        target.unit != "%"
        or (isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT))
        or not 0 < bar <= _HUNDRED
        or _ALL_PUT_OUT_RE.fullmatch(_normal(_text(actual)).rstrip("。")) is None
    ):
        return None
    shown, goal = _text(actual), _shown_target(target)
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{shown}”，即全部及时扑灭，视为100%，达到年度指标{goal}",
            f"actual “{shown}”: all put out in time, 100%, meets the target {goal}",
        ),
    )


# A count of rounds or items, or the months, before 均 (12个月均, 126件投诉均, 1-9月均): all of
# them, which a rate of the same reads as 100% when they are said done on time (parse53 M3).
_ROUND_UNITS: Final = frozenset({"个月", "月", "个季度", "季度", "次", "件", "笔", "批", "期"})
_ALL_ROUNDS_RE: Final = re.compile(
    r"^(?:\d+(?:个月|个季度|季度|次|件|笔|批|期)|\d{1,2}[-~至]\d{1,2}月)[\u4e00-\u9fff]{0,6}?(?=均)"
)


def _whole_timely_missed(target: Comparison | Range, quantity: Quantity, name: str) -> bool:
    """Whether a timeliness rate below 100% already misses a target of 100% (parse52 M13).

    A late item stays late: 98% of 信息公开及时率 in September cannot become 100% by the
    year's end, whatever comes after. Only a rate of timeliness (及时率, 按时完成率) in %
    against exactly 100% (``100%``, ``≥100%``); a floor below it (``≥95%``) may still be
    reached.

    >>> from perftrack import parse_target, parse_value
    >>> _whole_timely_missed(parse_target("100%"), parse_value("98%"), "信息公开及时率")
    True
    >>> _whole_timely_missed(parse_target("≥95%"), parse_value("92%"), "信息公开及时率")
    False
    """
    return (
        isinstance(target, Comparison)
        and target.op in (_Op.EQ, _Op.GE)
        and target.value == _HUNDRED
        and target.unit == "%"
        and quantity.unit == "%"
        and quantity.bound is _Bound.EXACT
        and quantity.value < _HUNDRED
        and _TIMELY_RATE_NAME_RE.search(_NAME_TAIL_RE.sub("", name.strip())) is not None
    )


def _bare_act_said(text: str, name: str) -> str | None:
    """The act of the full rate *name* when *text* says it done in place (``到位``), else None.

    ``到位``, ``及时到位`` and ``拨付到位`` on ``资金到位率``, ``拨付到位`` on ``资金拨付率``:
    the rate's own act (到位, 拨付) said in place with no part, negation or figure (r39f).
    The money in place (``到位``, ``到账``) on a rate of money moved to someone (到位率,
    拨付率, 发放率, 支付率, 兑现率, 下达率): the act done, named with the word said
    (``到账（即已到位）``, ``到位（即已拨付）``; r39j). Not on 落实率, nor on time alone.

    >>> _bare_act_said("及时到位", "资金到位率"), _bare_act_said("拨付到位", "资金拨付率")
    ('到位', '拨付')
    >>> _bare_act_said("到账", "资金到位率"), _bare_act_said("到位", "资金拨付率")
    ('到账（即已到位）', '到位（即已拨付）')
    >>> (
    ...     _bare_act_said("及时拨付", "资金拨付率") is None,
    ...     _bare_act_said("到位", "政策落实率") is None,
    ... )
    (True, True)
    """
    rate = _FULL_RATE_NAME_RE.search(name)
    said = _BARE_ACT_SAID_RE.fullmatch(text)
    if rate is None or said is None:
        return None
    act = rate.group().removesuffix("率")
    if act in text:
        return act
    if act in _MONEY_MOVED_ACTS:
        # 到账 on 资金到位率, 到位 on 资金拨付率: the money at the other end (r39j)
        return f"{said['arrived']}（即已{act}）"
    return None


def _whole_rate_in_words(
    target: Comparison | Range, actual: Value, ctx: _Context
) -> _Outcome | None:
    """A rate of timeliness or payment in full, answered in words that say all of it.

    ``及时发放``, ``按时足额发放`` and ``按月足额发放`` against ``100%`` (or ``≥95%``) on a
    ``资金发放及时率`` say every payment was on time: the rate is 100%, met; ``足额发放``
    and ``全额拨付`` say the same of a ``补贴发放率``. A part said (``部分按时发放``,
    ``基本按时``) is partial. ``准确无误``, ``精准`` and ``无差错`` say the same of a
    ``抚恤金发放准确率`` (``基本准确`` partial). None for any other row: another name, a
    ceiling, a figure in the cell, a clause (``按时发放，个别延迟``), or a negation or
    delay (``未按时发放``, ``延迟发放``, ``不准确``), which the status and time rules judge.
    """
    if isinstance(actual, Quantity):
        # 12个月均按时足额发放: a count of rounds, every one of them said done so (parse53 M3)
        if actual.note is None or actual.note[:1] != "均" or actual.unit not in _ROUND_UNITS:
            return None
    elif not isinstance(actual, (TextValue, QualitativeValue, StatusValue)):
        return None
    if isinstance(target, Comparison):
        if target.op in (_Op.LE, _Op.LT):
            return None
        bar = target.value
    else:
        bar = target.low
    if not 0 < bar <= _HUNDRED or (
        target.unit != "%" and not (target.unit is None and _share_name(ctx.indicator.name))
    ):
        return None
    name = _NAME_TAIL_RE.sub("", ctx.indicator.name.strip())
    if _TIMELY_RATE_NAME_RE.search(name):
        said, how = _ON_TIME_SAID_RE, ("按时完成", "on time")
    elif _FULL_RATE_NAME_RE.search(name):
        said, how = _IN_FULL_SAID_RE, ("足额完成", "in full")
    elif _ACCURATE_RATE_NAME_RE.search(name):
        said, how = _ACCURATE_SAID_RE, ("准确完成", "accurate")
    elif _PASS_RATE_NAME_RE.search(name):
        said, how = _ALL_PASSED_SAID_RE, (_PASS_WORD_RE.findall(name)[-1], "passed")
    elif _SPENT_RATE_NAME_RE.search(name):
        said, how = _ALL_SPENT_SAID_RE, ("支出", "spent")  # 资金已全部支出 (parse54 M6)
    else:
        return None
    text = _normal(_text(actual)).rstrip("。")
    accepted = False
    bare_act: str | None = None
    if said is _ALL_PASSED_SAID_RE and _CLAUSE_MARKS.intersection(text):
        # 已验收，合格 and 合格，已验收: the pass clause beside the acceptance (k31b)
        passed = _pass_beside_acceptance(text)
        if passed is not None:
            text, accepted = passed
    if isinstance(actual, StatusValue) and not accepted and text == _normal(_text(actual)):
        return None  # 已验收, 已完成: the status rules judge a bare status
    if text[:1].isdigit():
        text = _ALL_ROUNDS_RE.sub("", text, count=1)  # 126件投诉均按时办结: 均按时办结
    if (
        said is _ON_TIME_SAID_RE
        and bar >= _HUNDRED  # (≥95% may hold a part late)
        and len(text) <= 16  # noqa: PLR2004 - a sentence is the reviewer's
        and _PART_LATE_RE.fullmatch(text) is not None
    ):
        # 部分资金拨付滞后 against 100% on a 及时率: a part late, as 部分按时 is (parse56 F8)
        return _Outcome(
            _Attainment.PARTIAL,
            ctx.say(
                f"实际“{_text(actual)}”，部分未按时完成，部分达到年度指标{_shown_target(target)}",
                f"actual “{_text(actual)}”: part of it late, part of the target"
                f" {_shown_target(target)}",
            ),
        )
    if (
        len(text) > 16  # noqa: PLR2004 - a sentence is the reviewer's
        or _DIGIT_RE.search(text)
        or _CLAUSE_MARKS.intersection(text)
        or _NOT_ALL_SAID_RE.search(
            _NO_ERROR_WORDS_RE.sub("", text) if said is _ACCURATE_SAID_RE else text
        )
        or not (
            said.search(text)
            # 合格 on 工程质量合格率, 通过 on 验收通过率: the works passed (parse54 M5);
            # 合格 said with 已验收 is 验收合格 (k31b)
            or (said is _ALL_PASSED_SAID_RE and _bare_pass_said(text, how[0], name, accepted))
            # 通过县级验收, 通过竣工验收: the acceptance passed, its kind named (r38k)
            or (
                said is _ALL_PASSED_SAID_RE
                and isinstance(actual, QualitativeValue)
                and actual.family == "conformity"
                and actual.word == "通过验收"
            )
            # 到位, 及时到位 on 资金到位率: the rate's act said done (r39f); 到账 on it, 到位
            # on 资金拨付率: the money at the other end (r39j)
            or (bare_act := _bare_act_said(text, name) if said is _IN_FULL_SAID_RE else None)
        )
    ):
        return None
    shown, goal = _text(actual), _shown_target(target)
    if bare_act and not said.search(text) and not _PART_SAID_RE.search(text):
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际“{shown}”，未填写具体比例，按已{bare_act}视为100%，达到年度指标{goal}",
                f"actual “{shown}”: no share printed, all {bare_act} read as 100%,"
                f" meets the target {goal}",
            ),
        )
    if _PART_SAID_RE.search(text):
        return _Outcome(
            _Attainment.PARTIAL,
            ctx.say(
                f"实际“{shown}”，未全部{how[0]}，部分达到年度指标{goal}",
                f"actual “{shown}”: not all {how[1]}, part of the target {goal}",
            ),
        )
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{shown}”，即全部{how[0]}，视为100%，达到年度指标{goal}",
            f"actual “{shown}”: all {how[1]}, 100%, meets the target {goal}",
        ),
    )


# The negation of an act said alone (未验收, 尚未完成验收, 没有验收) and the completion verb
# of a verb-object target (完成验收, 完成竣工验收): the act itself is what is left.
_ACT_DENIED_RE: Final = re.compile(
    "(?:尚未|仍未|未能|没有|未|没)(?:完成)?(?P<act>[\u4e00-\u9fff]{1,6})"
)
_ACT_DONE_RE: Final = re.compile(
    "(?:全面|按时|按期|如期|全部|顺利)?完成(?P<act>[\u4e00-\u9fff]{1,6})"
)


def _act_denied(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """``未验收`` against ``完成验收``: the very act of the target denied (r34k).

    A verb-object target (``完成验收``, ``完成项目验收``) and an actual that says the same
    act was not done (``未验收``, ``尚未完成验收``): not met at the due date, pending before.
    Only a not-done status of the same act is read; any other wording stays with the
    reviewer.

    >>> _ACT_DENIED_RE.fullmatch("尚未完成验收")["act"], _ACT_DONE_RE.fullmatch("完成验收")["act"]
    ('验收', '验收')
    """
    if _status_of(actual) is not _Status.NOT_DONE:
        return None
    said = _ACT_DENIED_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    goal = _ACT_DONE_RE.fullmatch(_normal(target.description).rstrip("。"))
    if said is None or goal is None or goal["act"] == "完成" or said["act"] != goal["act"]:
        return None
    shown = _text(actual)
    return _pending_or_not_met(
        ctx,
        ctx.say(
            f"实际“{shown}”，未达到“{target.description}”，距年底尚有时间",
            f"actual “{shown}”: not yet {goal['act']}; there is still time",
        ),
        ctx.say(
            f"实际“{shown}”，未达到“{target.description}”",
            f"actual “{shown}” does not reach the target “{target.description}”",
        ),
    )


# A grade bar said before the grade, by the operator words of vocabulary.OPERATOR_PREFIXES:
# a floor (≥A级, 不低于B级, 至少A级: the grade or better, as A级及以上 is, r34p), a bar
# strictly above (>A级, 高于A级, 超A级, 逾A级: a better grade only, r34r, r35c), a ceiling
# (≤B级, 不高于B级, 至多B级: the grade or a lower one, r35c) and a bar strictly below
# (<B级, 低于B级). 优于 and 好于 say "better than" of a grade; 劣于 and 差于 "worse than".
_GRADE_BAR_WORDS: Final = MappingProxyType(
    {
        "≥": ">=",
        ">": ">",
        "≤": "<=",
        "<": "<",
        "优于": ">",
        "好于": ">",
        "劣于": "<",
        "差于": "<",
        **{word: op for word, op in voc.OPERATOR_PREFIXES if op in (">=", ">", "<=", "<")},
    }
)
# After the grade: 以上 (A级及以上, A级(含)以上) and 以下 (B级及以下), the grade itself
# included, as the law reads 以上 and 以下 (r34p, r35c).
_GRADE_BAR_AFTER: Final = MappingProxyType({"以上": ">=", "以下": "<="})
# A label naming the grade before a bar (风险等级≤B级, 信用评价等级不低于A级, r35c).
_GRADE_LABEL_WORDS: Final = ("等级", "级别", "评级", "等次", "定级")
_LETTER_GRADE_RE: Final = re.compile(
    f"(?:[\u4e00-\u9fff]{{0,10}}(?:{'|'.join(_GRADE_LABEL_WORDS)})[为:]?)?"
    f"(?P<bar>{'|'.join(map(re.escape, sorted(_GRADE_BAR_WORDS, key=len, reverse=True)))})?"
    r"(?P<written>(?P<grade>[A-E]{1,5})(?:级|等)?)(?:(?:及|或|\(含\))?(?P<after>以上|以下))?"
)
# One order of every letter grade (r35c): the grades of A's above A (AAAAA > … > AA > A,
# the 景区 and 信用 grades), A above B to E. A table may mix the two scales (信用等级 AAA级,
# AA级, A级, B级, C级; 公路建设市场信用 AA, A, B, C, D): no scale ranks B above AA.
_GRADE_ORDER: Final = ("AAAAA", "AAAA", "AAA", "AA", "A", "B", "C", "D", "E")


# A grade of a risk or an incident named (风险等级, 事故等级, 隐患级别): there a lower
# grade is the better one, and a grade alone is a ceiling (r35c).
_RISK_ROW_RE: Final = re.compile(
    "(?:风险|事故|隐患|危险|危害|险情|灾情|事件)(?:等级|级别|分级|评级)"
)


class _GradeBar(NamedTuple):
    """A letter grade a cell is, and what it asks of a grade (r34k, r34p, r34r, r35c)."""

    grade: str  # the letters, upper case: A, AA, B
    op: str  # "=" for the grade alone (a grade or better), else the bar's ">=", ">", "<=", "<"
    written: str  # the grade as written: A级, B


def _letter_grade(text: str) -> _GradeBar | None:
    """The letter grade a cell is (``A级``, ``AA``, ``B``), with the bar it sets.

    A floor (``≥A级``, ``不低于B级``, ``A级及以上``: ``>=``), a bar strictly above
    (``>A级``, ``高于A级``, ``超A级``: ``>``), a ceiling (``≤B级``, ``不高于B级``,
    ``B级及以下``: ``<=``) or strictly below (``低于B级``: ``<``); the grade alone is
    ``=``. Two bars that disagree (``>A级以上``, ``≥A级以下``) say nothing plainly: None.

    >>> _letter_grade("A级"), _letter_grade("ＡＡ级及以上"), _letter_grade("AB")
    (_GradeBar(grade='A', op='=', written='A级'), _GradeBar(grade='AA', op='>=', written='AA级'), None)
    >>> [_letter_grade(text)[:2] for text in ("≥A级", "不低于B级", "A级或以上", "超A级")]
    [('A', '>='), ('B', '>='), ('A', '>='), ('A', '>')]
    >>> [_letter_grade(text)[:2] for text in ("≤B级", "风险等级不高于B级", "B级以下", "低于B")]
    [('B', '<='), ('B', '<='), ('B', '<='), ('B', '<')]
    >>> _letter_grade(">A级"), _letter_grade(">A级以上"), _letter_grade("≤B级以上")
    (_GradeBar(grade='A', op='>', written='A级'), None, None)
    """
    found = _LETTER_GRADE_RE.fullmatch(_normal(text).strip().rstrip("。").upper())
    if found is None or found["grade"] not in _GRADE_ORDER:
        return None
    before = _GRADE_BAR_WORDS[found["bar"]] if found["bar"] else None
    after = _GRADE_BAR_AFTER[found["after"]] if found["after"] else None
    if before is not None and after is not None and before[0] != after[0]:
        return None  # >A级以上, ≥B级以下
    if before == ">" and after is not None:
        return None  # >A级以上: more than A, or A and above?
    return _GradeBar(found["grade"], before or after or "=", found["written"])


def _a_count_grade(target: Comparison) -> _GradeBar | None:
    """The letter grade of a figure of A's (``≥AA级`` is ``≥2(A级)``), for a grade in words.

    >>> from perftrack import parse_target
    >>> _a_count_grade(parse_target("≥AA级")), _a_count_grade(parse_target("高于3A级"))[:2]
    (_GradeBar(grade='AA', op='>=', written='AA级'), ('AAA', '>'))
    >>> _a_count_grade(parse_target("信用等级≥AA级"))[:2], _a_count_grade(parse_target("≥2.5A级"))
    (('AA', '>='), None)
    """
    if target.unit != "A级" or target.value not in range(1, 6):
        return None
    if target.label is not None and not target.label.endswith(_GRADE_LABEL_WORDS):
        return None  # 信用等级≥AA级: a label naming the grade, as ≥AA级
    grade = "A" * int(target.value)
    written = f"{grade}级" if grade in _normal(target.text).upper() else f"{target.value}A级"
    return _GradeBar(grade, target.op.value, written)


def _grade_chain(high: str, low: str) -> str:
    """How two letter grades of two scales rank: ``AA级高于A级，A级高于B级`` (r35c)."""
    if "A" in (high, low) or (len(high) > 1) == (len(low) > 1):
        return ""  # one scale holds both
    return f"（{high}级高于A级，A级高于{low}级）"


def _letter_graded(
    target: Descriptive | Comparison, actual: Value, ctx: _Context
) -> _Outcome | None:
    """``B级`` against ``A级``: letter grades ranked (r34k).

    The first letter is the best (``A`` above ``B``; ``AAA`` above ``AA``, and every
    grade of A's above ``B``: :data:`_GRADE_ORDER`): a grade at the target's or better
    meets it, a lower one misses it (pending before the due date). A bar strictly above
    the grade (``>A级``, ``高于A级``, ``超A级``) is met by a better grade only: ``A级`` is
    no grade above ``A级`` (r34r). A ceiling (``≤B级``, ``不高于B级``: a risk grade, where
    lower is better) is met by the grade or a lower one, strictly below (``低于B级``) by a
    lower one only (r35c). A figure of A's (``≥AA级``, ``≥2(A级)``) is its grade against a
    grade in words (``A级``, r35c). None when either side is no bare letter grade.
    """
    if isinstance(target, Comparison):
        bar = _a_count_grade(target)
        goal = target.text.strip() or str(target)
    else:
        bar, goal = _letter_grade(target.description), target.description
    said = _letter_grade(_text(actual))
    if bar is None or said is None or said.op != "=":
        return None
    shown = _text(actual)
    rank, bar_rank = _GRADE_ORDER.index(said.grade), _GRADE_ORDER.index(bar.grade)
    # the grade alone: it or better, but on a row of a risk or an incident, where a
    # lower grade is the better (风险等级 B级: B级 or lower), it or lower
    risky = _RISK_ROW_RE.search(ctx.indicator.name) is not None
    op = {"=": "<=" if risky else ">="}.get(bar.op, bar.op)
    met = {
        ">=": rank <= bar_rank,
        ">": rank < bar_rank,
        "<=": rank >= bar_rank,
        "<": rank > bar_rank,
    }[op]
    higher = rank < bar_rank
    chain = _grade_chain(said.grade, bar.grade) if higher else _grade_chain(bar.grade, said.grade)
    if risky and bar.op == "=":
        chain += "（风险、事故等级越低越好）"
    if met:
        return _Outcome(
            _Attainment.MET,
            ctx.say(f"实际“{shown}”，达到“{goal}”{chain}", f"actual “{shown}” meets “{goal}”"),
        )
    if op == ">":
        words, english = f"未高于“{bar.written}”", f"is not above “{bar.written}”"
    elif op == "<":
        words, english = f"未低于“{bar.written}”", f"is not below “{bar.written}”"
    elif op == "<=":
        words, english = f"高于“{goal}”", f"is above “{goal}”"
    else:
        words, english = f"低于“{goal}”", f"is below “{goal}”"
    return _pending_or_not_met(
        ctx,
        ctx.say(
            f"实际“{shown}”{words}{chain}，距年底尚有时间",
            f"actual “{shown}” {english}; there is still time",
        ),
        ctx.say(f"实际“{shown}”{words}{chain}", f"actual “{shown}” {english}"),
    )


# A ceiling in words on a numbered level of a risk or an incident (事故等级不高于三级,
# 风险等级三级及以下, 低于二级, r35c). There 一级 is the highest level (the 特别重大 Ⅰ级
# of 突发事件 and 事故, the 重大 一级 of 风险分级), so 不高于三级 is 三级 or 四级. A symbol
# (≤三级) is left to the reviewer: ≤3 of the figure is 一级 to 三级, the other way.
_LEVEL_CEILING_WORDS: Final = MappingProxyType(
    {
        **dict.fromkeys(("不高于", "不超过", "不超出", "不超", "最高", "至多", "最多"), "<="),
        **dict.fromkeys(("低于", "不到", "不足"), "<"),
    }
)
_LEVEL_NUMERALS: Final = "一二三四五六七八九\u2160-\u21651-9"  # Roman 1 to 6: _GRADE_RANKS
_LEVEL_CEILING_RE: Final = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{0,10}(?:等级|级别|分级))?[为:]?"
    f"(?:(?P<word>{'|'.join(sorted(_LEVEL_CEILING_WORDS, key=len, reverse=True))})"
    f"(?P<level>[{_LEVEL_NUMERALS}])级"
    f"|(?P<below>[{_LEVEL_NUMERALS}])级(?:及|或|\\(含\\))?以下)"
)
_RISK_LEVEL_SAID_RE: Final = re.compile(
    rf"(?:[\u4e00-\u9fff]{{0,10}}(?:等级|级别|分级))?[为:]?(?P<level>[{_LEVEL_NUMERALS}])级"
)


def _level_ceiling(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """``四级`` against ``事故等级不高于三级``: a numbered level of a risk or an incident.

    On a row of a risk or an incident (:data:`_RISK_ROW_RE`, in its name or the target's
    label) 一级 is the highest level: a ceiling in words (``不高于三级``, ``三级及以下``)
    is met by the level or a lower one (a larger number), ``低于三级`` by a lower one
    only; not met otherwise (pending before the due date). None for anything else.
    """
    bar = _risk_level_ceiling(target.description, ctx.indicator.name)
    said = _RISK_LEVEL_SAID_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    if bar is None or said is None:
        return None
    op, level = bar
    got = _GRADE_RANKS[said["level"]]
    shown, goal = _text(actual), target.description
    written = f"{'一二三四五六七八九'[level - 1]}级"
    if got > level or (got == level and op == "<="):
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际“{shown}”，达到“{goal}”（一级为最高等级）",
                f"actual “{shown}” meets “{goal}” (level one is the highest)",
            ),
        )
    words = "高于" if got < level else "未低于"
    said_so = f"实际“{shown}”{words}{written}（一级为最高等级），未达到“{goal}”"
    english = f"actual “{shown}” misses “{goal}” (level one is the highest)"
    return _pending_or_not_met(
        ctx,
        ctx.say(f"{said_so}，距年底尚有时间", f"{english}; there is still time"),
        ctx.say(said_so, english),
    )


def _risk_level_ceiling(description: str, name: str) -> tuple[str, int] | None:
    """The ceiling (``<=`` or ``<``, and the level) a target sets on a risk or incident level.

    >>> (
    ...     _risk_level_ceiling("不高于三级", "安全事故等级"),
    ...     _risk_level_ceiling("风险等级Ⅲ级以下", ""),
    ... )
    (('<=', 3), ('<=', 3))
    >>> _risk_level_ceiling("不高于三级", "道路等级"), _risk_level_ceiling("≤三级", "事故等级")
    (None, None)
    """
    bar = _LEVEL_CEILING_RE.fullmatch(_normal(description).rstrip("。"))
    if bar is None or _RISK_ROW_RE.search(name + (bar["label"] or "")) is None:
        return None
    op = _LEVEL_CEILING_WORDS[bar["word"]] if bar["word"] else "<="
    return op, _GRADE_RANKS[bar["level"] or bar["below"]]


def _survey_not_made(
    actual: Value, target: Comparison | Range, ctx: _Context, note: str = "", verb: str = ""
) -> _Outcome:
    """Not met at the due date: the cell says the satisfaction survey was not made (k31i).

    *note* is what a figure's note says of it (``未开展正式调查``): the figure is then
    no survey's result. Pending before the due date. *verb* is the measuring verb of a
    cell that names no survey (``暂未统计``: 统计), said in place of the survey (k32p).
    """
    shown, goal = _text(actual), _shown_target(target)
    if verb and _SURVEY_WORD_RE.fullmatch(verb) is None:
        return _pending_or_not_met(
            ctx,
            ctx.say(
                f"实际“{shown}”，尚未{verb}，截止日期未到",
                f"actual “{shown}”: not measured yet ({verb}), not due",
            ),
            ctx.say(
                f"实际“{shown}”，截止时满意度尚未{verb}，没有满意度调查结果，未达到年度指标{goal}",
                f"actual “{shown}”: the satisfaction rate was not measured ({verb}) by the"
                f" due date, no survey's result: misses {goal}",
            ),
        )
    said = (
        ctx.say(f"注明“{note}”，所填数值不是调查结果", f" notes “{note}”: no survey's result")
        if note
        else ""
    )
    return _pending_or_not_met(
        ctx,
        ctx.say(
            f"实际“{shown}”{said}，满意度调查尚未完成，截止日期未到",
            f"actual “{shown}”{said}; the satisfaction survey is not done yet, not due",
        ),
        ctx.say(
            f"实际“{shown}”{said}，截止时未开展满意度调查，未达到年度指标{goal}",
            f"actual “{shown}”{said}; no satisfaction survey was made by the due date:"
            f" misses {goal}",
        ),
    )


def _is_satisfaction(indicator: Indicator) -> bool:
    return indicator.level1 == "满意度指标" or "满意" in indicator.name


def _survey_rate(indicator: Indicator, target: Target | None) -> bool:
    """A satisfaction rate against a percentage: its actual is a survey's result (k32p).

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> _survey_rate(Indicator("群众满意度"), parse_target("≥90%"))
    True
    >>> _survey_rate(Indicator("受益人数"), parse_target("≥1000人"))
    False
    """
    return (
        isinstance(target, (Comparison, Range))
        and target.unit == "%"
        and _is_satisfaction(indicator)
    )


def _worded_satisfaction(indicator: Indicator, target: Target | None, actual: Value | None) -> bool:
    """A satisfaction rate answered in words (``满意``, ``基本满意``) against a percentage.

    Not a survey yet to be made (``年底调查``, ``未开展调查``, ``调查中``): see
    :func:`_survey_pending`.
    """
    return (
        isinstance(target, (Comparison, Range))
        and target.unit == "%"
        and isinstance(actual, (TextValue, QualitativeValue))
        and _is_satisfaction(indicator)
        and not any(char.isdigit() for char in actual.text)
        and not _SURVEY_PENDING_RE.search(actual.text)
        and _measure_pending(actual, None) is None  # 年底统计: no word of rating (score57 #5)
    )


# A survey not made yet, or under way: 年底调查, 下半年开展调查, 未开展调查, 暂未测评, 未调查,
# 待测评, 调查中, 测评进行中; the survey named first and its time after (满意度调查拟于年底开展,
# 测评计划在四季度进行), or put off (调查推迟至明年一季度, 问卷调查延期到明年).
_SURVEY_WORD: Final = "(?:调查|测评|调研|问卷|评价|评估|测试)"
_SURVEY_WORD_RE: Final = re.compile(_SURVEY_WORD)
_SURVEY_LATER_TIME: Final = "(?:年底|年末|年终|下半年|四季度|第四季度|年度末|年底前)"
_SURVEY_PENDING_RE: Final = re.compile(
    # 未开展满意度调查, 本年度未组织开展满意度测评: the measure may stand before the survey
    rf"(?:未|没有?|尚未|暂未|待|拟|将|计划|准备)[\u3400-\u9fff]{{0,4}}?(?:满意度|满意)?{_SURVEY_WORD}"
    rf"|{_SURVEY_LATER_TIME}[\u3400-\u9fff]{{0,4}}?{_SURVEY_WORD}"
    rf"|{_SURVEY_WORD}(?:中|进行中|正在进行|尚未开展|未开展|未完成|尚未完成)"
    rf"|{_SURVEY_WORD}(?:工作)?(?:拟|将|计划|准备|安排)(?:于|在)?{_SURVEY_LATER_TIME}"
    rf"|{_SURVEY_WORD}(?:工作)?(?:推迟|延期|延后|顺延)(?:至|到)"
    # 预计年底开展, 拟于四季度进行: on a 满意度 row (where every use of this is), the survey
    # is what is held then, named or not (parse52 M12)
    rf"|(?:预计|拟|将|计划|准备|安排)(?:于|在)?{_SURVEY_LATER_TIME}(?:开展|进行|组织|实施)$"
    # 年底开展, 四季度进行: the time alone, the whole cell (parse56 F7)
    rf"|^{_SURVEY_LATER_TIME}(?:前)?(?:开展|进行|组织|实施)$"
)
# A survey the cell says was not made or not finished (未开展调查, 暂未测评, 调查尚未完成):
# at the due date the row has no survey's result, as 尚未开展 has none (k31i, parse56 F7).
_SURVEY_NOT_MADE_RE: Final = re.compile(
    rf"(?:未|没有?|尚未|暂未|并未|均未|仍未)[\u3400-\u9fff]{{0,4}}?(?:满意度|满意)?{_SURVEY_WORD}"
    rf"|{_SURVEY_WORD}(?:工作)?(?:尚未开展|未开展|未进行|尚未进行|未组织|未实施|未完成|尚未完成)"
)


def _unsurveyed_figure(indicator: Indicator) -> str | None:
    """What a satisfaction figure's note says of a survey not made (k31i), or None.

    ``95%（未开展正式调查，系估计）`` on a 满意度 row against a rate: the figure is no
    survey's result, the note says so (``未开展正式调查``).

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator(
    ...     "群众满意度",
    ...     target=parse_target("≥90%"),
    ...     actual=parse_value("95%（未开展正式调查，系估计）"),
    ... )
    >>> _unsurveyed_figure(row)
    '未开展正式调查'
    """
    actual, target = indicator.actual, indicator.target
    if (
        not isinstance(actual, Quantity)
        or not isinstance(target, (Comparison, Range))
        or target.unit != "%"
        or not _is_satisfaction(indicator)
    ):
        return None
    for words in (actual.note, actual.label):
        if words and (found := _SURVEY_NOT_MADE_RE.search(_normal(words))) is not None:
            return found.group()
    return None


# A survey dated to a month (满意度调查拟于11月开展, 10月开展满意度调查, 拟于11月开展问卷
# 调查): later than the table's months, it is scheduled, as 年底开展调查 is (review30 H3).
_SURVEY_MONTH_RE: Final = re.compile(
    rf"(?:拟|将|计划|准备|安排|预计)?(?:于|在)?(?P<month>\d{{1,2}})月份?(?:上旬|中旬|下旬|初|底|末)?"
    rf"(?:前)?(?:拟|将|计划|准备|安排)?(?:开展|进行|组织|实施|启动)?[\u3400-\u9fff]{{0,4}}?{_SURVEY_WORD}"
    rf"|{_SURVEY_WORD}(?:工作)?(?:拟|将|计划|准备|安排|预计)(?:于|在)?(?P<later>\d{{1,2}})月"
    # 拟于12月开展, 计划12月进行: on a 满意度 row, the survey is what is held then (parse55 M9)
    r"|^(?:预计|拟|将|计划|准备|安排|待)(?:于|在)?(?P<bare>\d{1,2})月份?(?:上旬|中旬|下旬|初|底|末)?"
    r"(?:前)?(?:开展|进行|组织|实施)$"
)
# A survey already made or a delay: never a survey scheduled later.
_SURVEY_DONE_RE: Final = re.compile("已|完成|结束|滞后|延迟|未按")


def _survey_month_later(text: str | None, as_of: dt.date | None) -> bool:
    """Whether *text* dates a survey to a month after *as_of* (``满意度调查拟于11月开展``).

    >>> _survey_month_later("满意度调查拟于11月开展", dt.date(2025, 8, 31))
    True
    >>> _survey_month_later("3月开展满意度调查", dt.date(2025, 8, 31))
    False
    """
    if not text or as_of is None or _SURVEY_DONE_RE.search(text) is not None:
        return False
    return any(
        as_of.month < int(found.group("month") or found.group("later") or found.group("bare")) <= 12  # noqa: PLR2004
        for found in _SURVEY_MONTH_RE.finditer(text)
    )


def _survey_scheduled(indicator: Indicator, as_of: dt.date | None) -> str | None:
    """The note of a 满意度 row that schedules its survey later (年底开展, 拟于11月开展)."""
    if not _is_satisfaction(indicator):
        return None
    for text in (indicator.deviation_reason, indicator.remarks):
        if not text or _LAG_SURVEY_RE.search(text) is not None:
            continue
        if _SURVEY_PENDING_RE.search(text) is not None or _survey_month_later(text, as_of):
            return text
    return None


def _survey_due_unmade(indicator: Indicator) -> str | None:
    """The note of a 满意度 row that puts its survey at a time (k62fix), or None.

    In a self-evaluation table at the year's end the time is past whatever it says
    (``满意度调查拟于11月开展``, ``年底开展调查``): a ``/`` there is no result, not 不适用.

    >>> from perftrack.model import Indicator
    >>> _survey_due_unmade(Indicator("农户满意度", remarks="满意度调查拟于11月开展"))
    '满意度调查拟于11月开展'
    >>> _survey_due_unmade(Indicator("农户满意度", remarks="本年度未涉及")) is None
    True
    """
    if not _is_satisfaction(indicator):
        return None
    for text in (indicator.deviation_reason, indicator.remarks):
        if text and (
            _SURVEY_PENDING_RE.search(text) is not None or _SURVEY_MONTH_RE.search(text) is not None
        ):
            return text
    return None


# A reason that states a lag of the survey (调查工作滞后): not a schedule.
_LAG_SURVEY_RE: Final = re.compile("滞后|延迟|未按|落后")


def _survey_pending(
    indicator: Indicator,
    target: Target | None,
    actual: Value | None,
    as_of: dt.date | None = None,
) -> bool:
    """A satisfaction rate whose actual says the survey is not made yet (``年底调查``).

    A survey dated to a month after *as_of* (``待12月调查``, ``拟于12月开展`` in a table to
    November) is not made yet either (parse55 M9).

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("群众满意度", target=parse_target("≥90%"))
    >>> _survey_pending(row, row.target, parse_value("未开展调查"))
    True
    >>> _survey_pending(row, row.target, parse_value("满意"))
    False
    """
    return (
        isinstance(target, (Comparison, Range))
        and target.unit == "%"
        and isinstance(actual, (TextValue, QualitativeValue))
        and _is_satisfaction(indicator)
        and (
            (
                not any(char.isdigit() for char in actual.text)
                and bool(_SURVEY_PENDING_RE.search(actual.text))
            )
            or _survey_month_later(actual.text, as_of)
        )
    )


# A measurement not made yet (score57 #5): the count or the survey the actual is taken from
# is held later, so no figure is reported yet. A time to come and the measuring verb
# (年底统计, 年终统计, 年底前统计, 年底考核, 项目结束后统计, 待12月统计, 以年底统计为准), or
# 暂未/尚未/待/未 and the verb (暂未统计, 待统计, 待年底统计, 尚未核算, 待上级考核), or the verb
# under way (统计中, 数据统计中, 核算进行中), or its data not out (统计数据尚未出来). The whole
# cell, no figure, no 已.
_MEASURE_VERB: Final = "(?:统计|核算|测算|汇总|测评|调查|调研|评估|评价|考核|普查|监测|检测)"
_MEASURE_LATER: Final = (
    "(?:年底|年末|年终|岁末|年度末|年度终了|下半年|四季度|第四季度|期末|明年|次年|来年"
    "|(?:项目)?(?:结束|完成|完工|验收|实施完成)后|\\d{1,2}月份?(?:上旬|中旬|下旬|初|底|末)?)"
)
# Who makes it (待上级考核, 年底第三方评估).
_MEASURE_AGENT: Final = "上级|第三方|主管部门|有关部门|相关部门|统计部门"
_MEASURE_PENDING_RE: Final = re.compile(
    # a noun the measure is of may lead (数据, 受益人数, 满意度): never 已
    "(?:(?!已)[\\u3400-\\u9fff]){0,6}?"
    "(?:"
    rf"(?:待|暂未|尚未|还未|仍未|未)(?:于|到)?(?:{_MEASURE_LATER}(?:前)?)?"
    rf"(?P<agent>{_MEASURE_AGENT})?(?:开展|进行|组织|统一)?(?P<undone>{_MEASURE_VERB})"
    rf"|(?:拟|将|计划|预计)?(?:于|在)?{_MEASURE_LATER}(?:前)?(?:{_MEASURE_AGENT})?"
    rf"(?:开展|进行|组织|统一)?(?P<later>{_MEASURE_VERB})"
    rf"|(?P<going>{_MEASURE_VERB})(?:工作)?(?:中|进行中|正在进行中?|尚未完成|未完成|尚未开始|未开始)"
    rf"|(?P<out>{_MEASURE_VERB})(?:数据|结果)(?:尚未|暂未|还未|未)(?:出来|出|公布|得出|反馈)"
    ")"
    "(?:数据|结果)?(?:尚未|暂未|未|待)?(?:出来|公布|得出|填报|后填报|后确定|后填写|后上报|为准)?"
)


_MONTH_RE: Final = re.compile(r"(\d{1,2})月")


def _measure_pending(actual: Value | None, as_of: dt.date | None) -> str | None:
    """The measuring verb of an actual saying its measurement is not made yet, or None.

    The whole cell says the count or survey the row is measured by comes later
    (``年底统计``, ``待统计``, ``暂未统计``) or is under way (``统计中``): no figure is
    reported yet (score57 #5). A month to come must lie after *as_of* (``待12月统计``
    in a table to June); in a table without a date (the year's end) any month passed.

    >>> import datetime as dt
    >>> from perftrack import parse_value
    >>> june = dt.date(2025, 6, 30)
    >>> [_measure_pending(parse_value(t), june) for t in ("年底统计", "暂未统计", "统计中")]
    ['统计', '统计', '统计']
    >>> (
    ...     _measure_pending(parse_value("待12月考核"), june),
    ...     _measure_pending(parse_value("3月统计"), june),
    ... )
    ('考核', None)
    >>> _measure_pending(parse_value("已统计"), june) is None
    True
    """
    if not isinstance(actual, TextValue):
        return None
    text = _normal(actual.description).rstrip("。.")
    if "已" in text or (found := _MEASURE_PENDING_RE.fullmatch(text)) is None:
        return None
    month = _MONTH_RE.search(text)
    if month is not None and as_of is not None and not as_of.month < int(month[1]) <= 12:  # noqa: PLR2004
        return None  # 3月统计 in a table to June: that month is past, no schedule
    return next(word for word in found.group("undone", "later", "going", "out") if word)


def _measure_not_made(actual: Value | None) -> bool:
    """Whether an actual says its measurement was not made, by the unit itself (k32p).

    待/暂未/尚未/未 and the verb (``暂未统计``, ``待统计``, ``待年底统计``, ``待调查``; the
    verb not finished, ``统计尚未完成``, is a status, not done). Not a time to come
    (``年底统计``: scheduled), the verb under way (``统计中``), its data not out
    (``统计数据尚未出来``: the measurement may be made) or another's measurement
    (``待上级考核``): these say no more than that no figure is given yet.

    >>> from perftrack import parse_value
    >>> [_measure_not_made(parse_value(t)) for t in ("暂未统计", "待统计", "待年底调查")]
    [True, True, True]
    >>> [_measure_not_made(parse_value(t)) for t in ("年底统计", "统计中", "待上级考核")]
    [False, False, False]
    """
    if not isinstance(actual, TextValue):
        return False
    text = _normal(actual.description).rstrip("。.")
    if "已" in text or (found := _MEASURE_PENDING_RE.fullmatch(text)) is None:
        return False
    return bool(found.group("undone")) and not found.group("agent")


# How long after its year a self-evaluation is filed, at the latest: dates within it are
# facts the table reports, later ones plans.
_FILING_TIME: Final = dt.timedelta(days=182)
# The words of lateness: one list for the days late, the words of time and their denial.
_LATE: Final = ("逾期", "延期", "超期", "滞后", "推迟", "延迟")
# A figure of time labelled late: 逾期3天, 延期5个工作日, 推迟15天, 滞后2个月, 超时2小时.
_LATE_LABEL_RE: Final = re.compile("|".join((*_LATE, "超时", "延误", "拖期")))
# A status that says the time was not kept: 未按时拨付, 未及时发放, 没有按期完成.
_LATE_RE: Final = re.compile("(?:未|没有?|不)(?:能)?(?:按时|及时|按期|如期|准时)")


# An actual that says the work was done on time, whatever the verb (fp21 H2, se33 H2):
# 按时结算, 按时公布, 及时结算, 均按时结算, 按期结算, 按时发放到位, 均在规定时限内完成, 按季度及时结算.
# An on-time word (按时, 及时, 按期, 如期, 准时, 在规定时限内…) after 均/已/全部 and a
# schedule (按季度, 每月), then verbs of the work done only: no denial, nothing else.
_ON_TIME_VERBS: Final = (
    "完成|完工|竣工|建成|办结|结算|清算|结清|兑付|兑现|拨付|下达|发放|支付|到位|到账"
    "|上报|报送|提交|办理|处理|处置|落实|交付|验收|缴纳|回复|答复|完毕|足额|全额"
    # publishing and filing (se33 H2): 按时公布, 均在规定时限内公布, 按期公示, 按时备案
    "|公布|发布|公示|公开|印发|报备|备案"
)
_ON_TIME_DONE_RE: Final = re.compile(
    r"(?:均|已|全部|全都|都|均已|已全部|全部已|已经|均已经)?"
    r"(?:按季度|按季|按月|按年|每季度|每月|逐月|逐季)?"
    rf"(?:{_ON_TIME_WORDS}|(?:在|于)?(?:规定|要求|约定)?(?:的)?(?:时限|期限|时间)内)"
    rf"(?:{_ON_TIME_VERBS})+"
)


def _said_on_time(actual: Value) -> bool:
    """Whether *actual* is text that says the work was done on time (按时结算, 及时结算)."""
    return (
        isinstance(actual, TextValue)
        and _ON_TIME_DONE_RE.fullmatch(_normal(_text(actual)).rstrip("。.")) is not None
    )


# Publishing and filing said late (l71): 公布不及时, 逾期备案, 不按时公开, 报送不及时,
# as 未按时公布 is; the verb before or after the negated on-time word.
_FILING_VERBS: Final = "公布|发布|公示|公开|印发|报备|备案|上报|报送|提交"
_FILING_LATE_WORDS: Final = "不及时|未及时|不按时|未按时|不按期|未按期|逾期|超期|延迟|迟延"
_LATE_FILING_RE: Final = re.compile(
    rf"(?:{_FILING_VERBS})(?:不及时|不按时|未按时|不按期|未按期)"
    rf"|(?:{_FILING_LATE_WORDS})(?:{_FILING_VERBS})"
)


def _said_late_filing(actual: Value) -> bool:
    """Whether *actual* is text that says a publishing or filing was late (l71).

    >>> from perftrack import parse_value
    >>> [_said_late_filing(parse_value(t)) for t in ("公布不及时", "逾期备案", "按时公布")]
    [True, True, False]
    """
    return (
        isinstance(actual, (TextValue, QualitativeValue))  # 公布不及时 is 及时 negated (k28e)
        and _LATE_FILING_RE.fullmatch(_normal(_text(actual)).rstrip("。.")) is not None
    )


# What a status of lateness (未按时拨付) says, as a word: 按时, negated.
_NOT_ON_TIME: Final = QualitativeValue("按时", "timeliness", negation="未")
_ON_TIME: Final = QualitativeValue("按时", "timeliness")


def _is_time_limit(target: Target) -> bool:
    """A ceiling in a unit of time: ``≤30日``, ``5个工作日内``, ``24小时内``."""
    return (
        isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.LT)
        and _is_time_unit(target.unit)
    )


def _in_time(actual: Value, say: _Language) -> _Outcome | None:
    """A time limit or a schedule judged by what the actual says of time, else None.

    A word of timeliness (按时拨付 met, 基本按时 partial, 不及时 not: "on time" says the
    limit was kept, as it says a deadline was, §3 rule 4); a status that says the time
    was not kept (未按时拨付: broken already, not still to come); a time labelled late
    (逾期3天: days late, not days taken; 逾期0天: none); work said done early or late in
    words (提前完成 kept, 逾期完成 and 延期至10月 not: :func:`_time_said`).
    """
    if isinstance(actual, QualitativeValue) and actual.family == "timeliness":
        return _timely(actual, say)
    if _said_on_time(actual):
        return _timely(_ON_TIME, say, _text(actual))  # 按时结算, 均在规定时限内完成
    if _said_late_filing(actual):
        return _timely(_NOT_ON_TIME, say, _text(actual))  # 公布不及时, 逾期备案 (l71)
    said = _time_said(actual, None)
    # late is a breach when done late or put off to a date (逾期办结, 延迟发放, 延期至10月);
    # a case put off alone (个别办件因材料补正延期) may be an extension the limit allows
    if said is not None and (not said.late or said.done or said.date is not None):
        return _timely(_NOT_ON_TIME if said.late else _ON_TIME, say, _text(actual))
    if (
        isinstance(actual, StatusValue)
        and actual.status is _Status.NOT_DONE
        and _LATE_RE.search(actual.word)
    ):
        return _timely(_NOT_ON_TIME, say, actual.word)
    if (
        isinstance(actual, Quantity)
        and actual.label is not None
        and _LATE_LABEL_RE.search(actual.label)
        and _is_time_unit(actual.unit or "天")
    ):
        return _timely(_ON_TIME if actual.value == 0 else _NOT_ON_TIME, say, _text(actual))
    return None


class _TimeSaid(NamedTuple):
    """What an actual says of its time in words: late or early, and the date it names."""

    late: bool
    # 逾期完成, 延期至10月完成: the work is done (late), not only put off or forecast
    done: bool
    # 延期至2024年10月完成, 2024年12月完成（滞后2个月）: the date put off to or done on
    date: DateValue | None


# Verbs of the work done, early or late: 提前完成, 延期拨付, 滞后2个月完工.
_DONE_WORDS: Final = "完成|完工|竣工|建成|上线|交付|办结|验收|拨付|下达|发放|到位"
_DONE_SET: Final = frozenset(_DONE_WORDS.split("|"))
_DONE_WORD_RE: Final = re.compile(_DONE_WORDS)
# Verbs of work under way, which a late word before them speaks of too: 延期开工, 延期施工中.
_WORK_WORDS: Final = "开工|动工|施工|启动|实施|建设|办理|推进|支付|兑付|兑现|报送|开展"
# An amount of time: 2个月, 2月, 10天, 半年, 两周.
_TIME_AMOUNT: Final = (
    r"(?:[\d一二两三四五六七八九十半]+(?:\.\d+)?个?(?:工作日|天|日|周|月|年|季度))"
)
_SAID_DATE: Final = r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?"
# A date in words of time: 延期至2024年10月, 推迟到11月底, 2024年7月完成（延期1个月）.
_SAID_DATE_RE: Final = re.compile(_SAID_DATE)
# Work said done ahead of time: 提前完成, 提前1个月完成, 比计划提前10天完工, 均已提前拨付.
# The verb says so: 提前开工, 提前谋划, 提前启动 say nothing of the completion, unless the
# deadline is for that step (提前开工 against 2024年3月底前开工).
_EARLY_RE: Final = re.compile(
    r"(?:均|全部)?(?:已经?)?(?:比|较)?(?:原)?(?:计划)?提前"
    rf"{_TIME_AMOUNT}?(?P<verb>{_DONE_WORDS}|{_WORK_WORDS})[\u3400-\u9fff]{{0,6}}"
)
_LATE_WORDS: Final = "|".join((*_LATE, "拖期", "拖延"))
# A late word anywhere (the cheap check before the readings below).
_LATE_WORD_RE: Final = re.compile(_LATE_WORDS)
# A late word that speaks of this work's time: before a verb of the work (延期完成,
# 滞后2个月完工, 延期至10月完成, 逾期拨付, 延期开工), or a clause of its own (…，延期1个月;
# 推迟到11月底; 因拆迁延期，…; 进度滞后; 滞后于序时进度). Not the modifier of a noun
# (延期项目, 逾期账款, 滞后项目, 超期服役设备): those say nothing of this work's time.
_LATE_SAID_RE: Final = re.compile(
    rf"(?:{_LATE_WORDS})(?:了|约)?(?:{_TIME_AMOUNT}|[至到]{_SAID_DATE}(?:前|后)?)?(?:了|后|再|才)?"
    # 逾期已完成, 延期均已完工: the status word between them
    r"(?:均已|已经|已)?"
    rf"(?:{_DONE_WORDS}|{_WORK_WORDS}|于|(?:中|了)?(?=[,;.。:)\]、]|$))"
)
# … unless the lateness is denied (无逾期, 未延期, 没有滞后, 不存在推迟).
_NOT_LATE_RE: Final = re.compile(
    f"(?:未|无|没有?|不存在|未出现|未发生|杜绝)(?:发生|出现|任何)?(?:{_LATE_WORDS})"
)
# Where a clause ends: what a date or a verb is read within.
_CLAUSE_END_RE: Final = re.compile(r"[,;.。:()\[\]、]")
# A forecast before a date or a verb in its clause (预计11月完工, 拟于12月完成): no completion.
_FORECAST_RE: Final = re.compile("预计|预期|拟|争取|力争|有望|将于")
# The plan a date or a verb is compared with (原计划6月完成, 较计划10月, 比原定10月, 计划
# 2025年3月完工), when no late word stands between them: no completion either.
_PLAN_RE: Final = re.compile("(?<!按)计划|原定|预定|应于")
# A verb denied (延期，尚未完成): no completion.
_UNDONE_RE: Final = re.compile("未|没有?|无法|不能")
# A late word right before a month without a year: a count (延期2月完成), not a date.
_LATE_BEFORE_RE: Final = re.compile(f"(?:{_LATE_WORDS})(?:了|约)?$")
# After a date, what makes it the date the work was done on: 2024年12月完成, 9月底前完工.
_DONE_AFTER_DATE_RE: Final = re.compile(
    rf"(?:前|份|中旬|上旬|下旬)?(?:已|全部|全面|顺利|如期)?(?:{_DONE_WORDS})"
)


def _clause_before(text: str, at: int) -> str:
    """The part of *at*'s clause before it, from the last late word on (its own words)."""
    start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, at)), default=0)
    before = text[start:at]
    ends = [found.end() for found in _LATE_WORD_RE.finditer(before)]
    return before[ends[-1] :] if ends else before


def _planned(text: str, at: int) -> bool:
    """Whether what stands at *at* is a forecast or a plan, not what was done."""
    start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, at)), default=0)
    if _FORECAST_RE.search(text, start, at) is not None:
        return True  # 预计11月完工, 预计推迟至10月
    return _PLAN_RE.search(_clause_before(text, at)) is not None


def _said_date(text: str) -> re.Match[str] | None:
    """The date the work was put off to (延期至…) or done on (2024年12月完成), else None.

    A date after 至/到 (延期至2024年10月), else the last one a verb of completion follows
    (2024年12月完成，较计划10月滞后2个月). Never a forecast or a plan (预计11月完工,
    原计划6月完成, 较计划10月), nor a count of months after a late word (延期2月完成).
    """
    put_off: re.Match[str] | None = None
    done: re.Match[str] | None = None
    for found in _SAID_DATE_RE.finditer(text):
        before = text[: found.start()]
        if _planned(text, found.start()):
            continue
        if before.endswith(("至", "到")):
            put_off = put_off or found
        elif (
            _LATE_BEFORE_RE.search(text, 0, found.start()) is not None
            and "年" not in found.group()
            and "日" not in found.group()
        ):
            continue  # 延期2月完成, 滞后1月: months, not a month
        elif _DONE_AFTER_DATE_RE.match(text, found.end()) is not None:
            done = found
    return put_off or done


def _done_said(text: str, steps: tuple[str, ...] = ()) -> bool:
    """Whether *text* says the work (or the step in *steps*) done, not planned nor denied."""
    verbs = _DONE_WORD_RE
    if steps:
        verbs = re.compile("|".join((_DONE_WORDS, *map(re.escape, steps))))
    return any(
        not _planned(text, found.start())
        and _UNDONE_RE.search(_clause_before(text, found.start())) is None
        and not _part_done(text[found.end() :])
        for found in verbs.finditer(text)
    )


# A share of the work after a verb of completion (完成30%, 完成总工程量的60%): part done.
_DONE_SHARE_RE: Final = re.compile(
    r"(?:了)?(?:总|全部|年度|全年|计划)?(?:工程量|工作量|任务|投资|进度|计划)?的?"
    r"(?P<share>\d+(?:\.\d+)?)%"
)


def _part_done(after: str) -> bool:
    """Whether the words *after* a verb of completion give a share below the whole.

    >>> _part_done("30%,滞后于计划)"), _part_done("总工程量的60%"), _part_done("100%")
    (True, True, False)
    """
    found = _DONE_SHARE_RE.match(after)
    return found is not None and Decimal(found.group("share")) < _HUNDRED


# The last part of a payment or delivery in its own clause, with the date it was done
# (余款7月8日拨付, 剩余资金于7月8日拨付到位, 最后一批于6月28日拨付): the whole was done then.
_LAST_PART_RE: Final = re.compile(
    r"(?:余款|尾款|余下资金|剩余(?:资金|款项|部分)?|其余(?:资金|款项)?|最后一批(?:资金|物资)?|末批)"
    r"(?:已经?)?(?:于|在)?(?P<date>[^,;。]+)$"
)


def _last_part_date(actual: Value | None, year: int | None) -> DateValue | None:
    """The date the last part of the work was done on, said in the text's last clause.

    ``6月底前已拨付60%，余款7月8日拨付`` was paid in full on 8 July, late against
    ``6月30日前``; ``分两批拨付，最后一批于6月28日拨付`` on 28 June (p40 H4). The clause
    after its subject must read as a date done (a plan, ``余款尚未拨付`` or no date: None).

    >>> _last_part_date(parse_value("6月底前已拨付60%，余款7月8日拨付"), 2025).date
    datetime.date(2025, 7, 8)
    >>> _last_part_date(parse_value("余款计划7月8日拨付"), 2025) is None
    True
    """
    if not isinstance(actual, TextValue):
        return None
    text = _normal(_text(actual))
    clauses = [clause for clause in re.split("[,;。]", text) if clause]
    if len(clauses) < 2:  # noqa: PLR2004 - a part before the last one
        return None
    found = _LAST_PART_RE.fullmatch(clauses[-1])
    if found is None:
        return _last_step_date(clauses, _text(actual), year)
    parsed = parse_value(found.group("date"), year=year)
    if not isinstance(parsed, DateValue) or parsed.status is not _Status.DONE:
        return None
    return evolve(parsed, text=_text(actual))


def _last_step_date(clauses: list[str], text: str, year: int | None) -> DateValue | None:
    """The latest date of *clauses* that each say a step done on a date, else None.

    ``6月25日到货，7月10日入库``: the goods arrived, then were stored; the purchase was
    done when its last step was, on 10 July. Every clause must read as a date done (a
    plan, ``预计8月10日入库``, or a clause without a date: None).

    >>> _last_step_date(["6月25日到货", "7月10日入库"], "", 2025).date
    datetime.date(2025, 7, 10)
    >>> _last_step_date(["6月25日到货", "预计8月10日入库"], "", 2025) is None
    True
    """
    if len(clauses) > 4 or not all("月" in clause for clause in clauses):  # noqa: PLR2004
        return None  # a cheap guard: two to four clauses, each with a month
    latest: DateValue | None = None
    for clause in clauses:
        parsed = parse_value(clause, year=year)
        if (
            not isinstance(parsed, DateValue)
            or parsed.status is not _Status.DONE
            or parsed.date is None
        ):
            return None
        if latest is None or (latest.date is not None and parsed.date > latest.date):
            latest = parsed
    return None if latest is None else evolve(latest, text=text)


def _time_said(
    actual: Value | None, year: int | None, steps: tuple[str, ...] = ()
) -> _TimeSaid | None:
    """What *actual* says of its time in words (late or early), else None.

    One reading for deadlines (§3 rule 4), time limits and schedules: ``提前完成`` and
    ``提前1个月完成`` say the work was done before its time (a verb of completion, or of
    the step in *steps* the deadline is for: ``提前开工`` says nothing of completion);
    ``逾期完成``, ``延期完成``, ``滞后2个月完成`` say after it, and ``延期至2024年10月完成``
    or ``2024年7月完成（延期1个月）`` name the date it was done on (or put off to), which a
    deadline judges. A late word must speak of this work's time (before its verb, or a
    clause of its own): ``已完成延期项目验收`` says nothing of it. A forecast or a plan
    (``预计11月完工``, ``原计划6月完成``) and a count of months (``延期2月完成``) are no
    date of completion. Words that deny the lateness (``无逾期``, ``未延期``) are no
    lateness said.

    >>> said = _time_said(parse_value("延期至2024年10月完成"), None)
    >>> said.late, said.done, said.date.month
    (True, True, 10)
    >>> _time_said(parse_value("提前1个月完成"), None).late
    False
    >>> _time_said(parse_value("已完成延期项目验收"), None) is None
    True
    """
    if not isinstance(actual, (TextValue, StatusValue)):
        return None
    text = _normal(_text(actual))
    if "提前" in text and (early := _EARLY_RE.fullmatch(text)) is not None:
        verb = early.group("verb")
        if verb in _DONE_SET or verb in steps:
            return _TimeSaid(late=False, done=True, date=None)
        return None
    if (
        _LATE_WORD_RE.search(text) is None
        or _LATE_SAID_RE.search(text) is None
        or _NOT_LATE_RE.search(text) is not None
    ):
        return None
    done = _done_said(text, steps)
    date: DateValue | None = None
    chosen = _said_date(text)
    if chosen is not None:
        parsed = parse_value(chosen.group())
        if isinstance(parsed, DateValue) and parsed.month is not None:
            date = DateValue(
                parsed.year if parsed.year is not None else year,
                parsed.month,
                parsed.day,
                _Status.DONE if done else None,
                text=_text(actual),
            )
    return _TimeSaid(late=True, done=done, date=date)


def _said_late(actual: Value) -> bool:
    """Whether *actual* says the work is late, with no date: against a word of work on time.

    A word of lateness (``延期``, ``已逾期``, ``推迟``, ``滞后``: a timeliness word negated),
    a status of the time not kept (``未按时完成``), or lateness said of the work in words
    with no date it was done on or put off to (``延期完成``, ``逾期完成``, ``项目延期``,
    ``延期2个月完成``). A date (``延期至2025年11月完成``) is judged with the due date
    (:func:`_put_off_past_due`); a lateness denied (``未延期``) is none (r35j).

    >>> from perftrack import parse_value
    >>> [_said_late(parse_value(t)) for t in ("已延期", "延期完成", "延期至11月完成")]
    [True, True, False]
    """
    if isinstance(actual, QualitativeValue):
        return actual.family == "timeliness" and actual.negated and not actual.partial
    if isinstance(actual, StatusValue) and actual.status is _Status.NOT_DONE:
        return _LATE_RE.search(actual.word) is not None
    said = _time_said(actual, None)
    if said is None or not said.late or said.date is not None:
        return False
    # 部分滞后, 个别项目拨付延迟: a part late, not the whole (partial, parse56 F8)
    return _PART_LATE_RE.fullmatch(_normal(_text(actual)).rstrip("。")) is None


def _timely(actual: QualitativeValue, say: _Language, shown: str | None = None) -> _Outcome:
    """A time limit judged by a word of timeliness: 按时 met, 基本按时 partial, 未按时 not."""
    shown = shown or _text(actual)
    if actual.negated:
        return _Outcome(
            _Attainment.NOT_MET,
            say(f"实际“{shown}”，未在时限内完成", f"“{shown}”: the time limit was not kept"),
        )
    if actual.partial:
        return _Outcome(
            _Attainment.PARTIAL,
            say(f"实际“{shown}”，时限部分达到", f"“{shown}”: the time limit partly kept"),
        )
    return _Outcome(
        _Attainment.MET,
        say(f"实际“{shown}”，在时限内完成", f"“{shown}”: within the time limit"),
    )


_SLIP_RATIO: Final = Decimal(1000)
_BARE_FIGURE_CHARS: Final = frozenset("0123456789.,")
# How far from the target a bare figure read in the base unit may land and still be
# read so (see _base_unit_read): from half the target's low bound to twice its high one.
_BASE_READ_BAND: Final = Decimal(2)


def _slip_unit(indicator: Indicator, quantity: Quantity, target: Comparison | Range) -> str | None:
    """The 万/亿 unit a bare figure a thousand times the target was read in, else None.

    The unit is the target's, whether the indicator's name gives it to both cells
    (``补贴发放金额（万元）`` with ``≥50`` and ``420000``) or the target cell writes it
    (``≤500万元`` with ``4980000``, ``4,980,000.00``): read in it, the figure is
    thousands of times the target, where an amount in 元 was meant.

    Example:
        >>> from perftrack.model import Indicator
        >>> from perftrack import parse_target
        >>> row = Indicator("项目支出", target=parse_target("≤500万元"))
        >>> _slip_unit(row, parse_value("4,980,000.00"), row.target)
        '万元'
        >>> _slip_unit(row, parse_value("498"), row.target) is None
        True
    """
    unit = target.unit
    text = quantity.text.strip()
    if (
        not unit
        or unit[0] not in ("万", "亿")
        or not text
        or not _BARE_FIGURE_CHARS.issuperset(text)
        or (quantity.unit is not None and (quantity.unit != unit or indicator.unit != unit))
    ):
        return None
    bar = target.low if isinstance(target, Range) else target.value
    return unit if bar > 0 and quantity.value >= bar * _SLIP_RATIO else None


def _scale_slip(indicator: Indicator, quantity: Quantity, target: Comparison | Range) -> bool:
    """A bare figure in a 万/亿 unit, a thousand times the target, not read in the base unit.

    ``补贴发放金额（万元）`` with ``≥50`` and the actual ``4200000``: the name's unit makes
    it 4200000 万元, 84000 times the target; in 元 it is 420 万元, more than twice the
    target, no reading to trust either (see :func:`_base_unit_read`). Such a figure is
    judged by no one; the verdict says so instead of "met".
    """
    return _slip_unit(indicator, quantity, target) is not None


def _base_unit_read(indicator: Indicator) -> Quantity | None:
    """A bare actual in a smaller unit than the target's 万/亿 unit, when that is sure.

    A bare figure a thousand times the target or more (see :func:`_slip_unit`) is read
    in the base unit when that lands it near the target, from half its low bound to
    twice its high one (:data:`_BASE_READ_BAND`): ``4,980,000.00`` against ``≤500万元``
    is 4980000元 (498万元), ``160000000`` against ``≥1.5亿元`` is 1.6亿元. Against a
    亿 unit it is read in 万 as well, the budget's own unit: ``16000`` against
    ``≥1.5亿元`` is 16000万元 (1.6亿元). A figure read in neither near the target is
    still read in the base unit when that reading and the target's give the same
    verdict (:func:`_readings_agree`): ``520000`` against ``≥5万人`` is met either way.
    Anything else, and a unit without a base (``万``), is None: the verdict is then
    ``unknown``.

    Example:
        >>> from perftrack.model import Indicator
        >>> from perftrack import parse_target
        >>> row = Indicator(
        ...     "衔接资金拨付",
        ...     target=parse_target("≥3000万元"),
        ...     actual=parse_value("29,870,000.00"),
        ... )
        >>> str(_base_unit_read(row))
        '29870000.00(元)'
        >>> _base_unit_read(evolve(row, actual=parse_value("3000000"))) is None
        True
        >>> str(
        ...     _base_unit_read(
        ...         evolve(row, target=parse_target("≥1.5亿元"), actual=parse_value("16000"))
        ...     )
        ... )
        '16000(万元)'
    """
    target, actual = indicator.target, indicator.actual
    if not isinstance(target, (Comparison, Range)) or not isinstance(actual, Quantity):
        return None
    unit = _slip_unit(indicator, actual, target)
    if unit is None or not unit[1:]:
        return None
    base = unit[1:]
    low, high = (target.low, target.high) if isinstance(target, Range) else (target.value,) * 2
    # 亿元 against a figure in 万元 (ratio 10^4), then the base unit (10^8)
    for smaller in (f"万{base}", base) if unit[0] == "亿" else (base,):
        factors = _factors(unit, smaller)
        if factors is None:
            continue
        read = actual.value * factors[1] / factors[0]  # in the target's unit
        if low / _BASE_READ_BAND <= read <= high * _BASE_READ_BAND:
            return evolve(actual, unit=smaller)
    factors = _factors(unit, base)
    if factors is None or not _readings_agree(target, actual.value * factors[1] / factors[0]):
        return None
    return evolve(actual, unit=base)


def _with_base_unit(indicator: Indicator, based: Quantity) -> Indicator:
    """*indicator* with its actual read as *based*, and its bare plan and forecast alike.

    A row whose bare actual is read in the base unit (see :func:`_base_unit_read`) gives
    its bare plan and forecast the same unit when read in the target's unit they are
    over twice the target's high bound and read in *based*'s unit they are not:
    ``采集检测样品 ≥1.2万份`` with the plan ``7000`` beside the actual ``7200`` plans
    7000份, not 7000万份. A bare plan near the target (``1``: 1万份) keeps its unit.

    Example:
        >>> from perftrack.model import Indicator
        >>> from perftrack import parse_target
        >>> row = Indicator(
        ...     "采集检测样品",
        ...     target=parse_target("≥1.2万份"),
        ...     planned=parse_value("7000"),
        ...     actual=parse_value("7200"),
        ... )
        >>> based = _base_unit_read(row)
        >>> str(_with_base_unit(row, based).planned)
        '7000(份)'
        >>> str(_with_base_unit(evolve(row, planned=parse_value("1")), based).planned)
        '1'
    """
    target = indicator.target
    if not isinstance(target, (Comparison, Range)) or not target.unit or not based.unit:
        return evolve(indicator, actual=based)
    factors = _factors(target.unit, based.unit)
    high = target.high if isinstance(target, Range) else target.value

    def read(value: Value | None) -> Value | None:
        if (
            factors is not None
            and isinstance(value, Quantity)
            and value.unit in (None, target.unit)
            and (text := value.text.strip())
            and _BARE_FIGURE_CHARS.issuperset(text)
            and value.value > high * _BASE_READ_BAND
            and value.value * factors[1] / factors[0] <= high * _BASE_READ_BAND
        ):
            return evolve(value, unit=based.unit)
        return value

    return evolve(
        indicator, actual=based, planned=read(indicator.planned), forecast=read(indicator.forecast)
    )


def _lands_near(target: Target | None, based: Quantity) -> bool:
    """Whether *based*, a reading in a smaller unit, lands near *target* (the sure band)."""
    if not isinstance(target, (Comparison, Range)) or target.unit is None:
        return False
    factors = _factors(target.unit, based.unit or "")
    if factors is None:
        return False
    read = based.value * factors[1] / factors[0]
    low, high = (target.low, target.high) if isinstance(target, Range) else (target.value,) * 2
    return low / _BASE_READ_BAND <= read <= high * _BASE_READ_BAND


def _readings_agree(target: Comparison | Range, read: Decimal) -> bool:
    """Whether a bare figure, read in the target's unit and as *read* in it, meets alike.

    Read in the target's 万/亿 unit the figure is a thousand times the target: over any
    floor, over any ceiling. Read in the base unit (*read*, the smallest reading) it
    agrees when it too is over a floor (``520000`` against ``≥5万人``: 52万人) or over a
    ceiling (``1,200,000.00`` against ``≤50万元``: 120万元): every reading between gives
    that verdict. A range or an exact figure gives none.

    Example:
        >>> from perftrack import parse_target
        >>> _readings_agree(parse_target("≥5万人"), Decimal(52))
        True
        >>> _readings_agree(parse_target("≥5万人"), Decimal("0.52"))
        False
    """
    if not isinstance(target, Comparison):
        return False
    if target.op is _Op.GE:
        return read >= target.value
    if target.op is _Op.GT:
        return read > target.value
    if target.op is _Op.LE:
        return read > target.value
    if target.op is _Op.LT:
        return read >= target.value
    return False


def _done_late(indicator: Indicator, attainment: Attainment, ctx: _Context) -> _Late | None:
    """Whether *indicator* (as judged) is work done after its due date: 逾期完成.

    A date after due, bare or done (``2024年8月20日完成`` against ``2024年6月30日前``),
    or lateness said with the work done (``逾期完成``, ``延期至2024年8月完成``), on a
    row not met. A date after the table's date is no completion (:func:`_after_period`):
    the work was not done when the table was filled, so it is not met, not done late.

    Example:
        >>> from perftrack.policy import Policy
        >>> from perftrack import (
        ...     Indicator,
        ...     Period,
        ...     Table,
        ...     TableKind,
        ...     YearMonth,
        ...     parse_target,
        ...     parse_value,
        ... )
        >>> period = Period(YearMonth(2024, 1), YearMonth(2024, 8))
        >>> table = Table(TableKind.TRACKING, period=period)
        >>> def late(actual):
        ...     row = Indicator(
        ...         "完成时间", target=parse_target("2024年6月30日前"), actual=parse_value(actual)
        ...     )
        ...     ctx = _Context(
        ...         row, 0, table, Policy.central(), dt.date(2024, 8, 31), 2024, _Language("zh")
        ...     )
        ...     return _done_late(row, Attainment.NOT_MET, ctx)
        >>> late("2024年8月20日完成").date.day
        20
        >>> late("2024年9月20日完成") is None
        True
    """
    if attainment is not _Attainment.NOT_MET:
        return None
    year = ctx.year
    actual = (
        _step_done(indicator.actual, indicator, year)
        or _stage_done(indicator.actual, indicator.target, indicator, year)
        or _dated_event(indicator.actual, indicator, year)
        or _last_part_date(indicator.actual, year)  # 余款7月8日拨付 (p40 H4)
        or indicator.actual
    )
    if isinstance(actual, Quantity) and (paid := _paid_on(actual, year)) is not None:
        actual = paid  # 10月15日兑现1,286万元 (p46 H2)
    if isinstance(actual, DateValue):
        if actual.status not in (_Status.DONE, None):
            return None
        date: DateValue | None = actual
    else:
        said = _time_said(actual, year)
        if said is None or not (said.late and said.done):
            return None
        date = said.date
    if date is not None and date.start is not None and _after_period(date.start, date.status, ctx):
        return None
    return _Late(date)


def _dated_after_period(indicator: Indicator, ctx: _Context) -> DateValue | None:
    """The date of *indicator*'s actual when it lies after the table's date, else None.

    The date a deadline judges (:func:`_judge_deadline`): a date, bare or done, or the
    date lateness names (``延期至2024年10月完成``). Not asked of a 目标表, nor of a
    自评表 judged at its period's end (filed after its year, a later date is a fact).

    Example:
        >>> from perftrack.policy import Policy
        >>> from perftrack import (
        ...     Indicator,
        ...     Period,
        ...     Table,
        ...     TableKind,
        ...     YearMonth,
        ...     parse_target,
        ...     parse_value,
        ... )
        >>> period = Period(YearMonth(2024, 1), YearMonth(2024, 8))
        >>> row = Indicator(
        ...     "完成时间",
        ...     target=parse_target("2024年12月底前"),
        ...     actual=parse_value("2024年10月15日完成"),
        ... )
        >>> ctx = _Context(
        ...     row,
        ...     0,
        ...     Table(TableKind.TRACKING, period=period),
        ...     Policy.central(),
        ...     dt.date(2024, 8, 31),
        ...     2024,
        ...     _Language("zh"),
        ... )
        >>> _dated_after_period(row, ctx).month
        10
    """
    kind = ctx.table.kind
    if (
        ctx.as_of is None
        or kind is _TableKind.TARGET
        or (
            kind is _TableKind.SELF_EVALUATION
            and ctx.policy.as_of is None
            and not _as_planned(indicator.actual)
        )
    ):
        return None
    year = ctx.year
    actual = (
        _step_done(indicator.actual, indicator, year)
        or _stage_done(indicator.actual, indicator.target, indicator, year)
        or _dated_event(indicator.actual, indicator, year)
        or indicator.actual
    )
    if isinstance(actual, Quantity) and (paid := _paid_on(actual, year)) is not None:
        actual = paid  # 10月15日兑现1,286万元 (p46 H2)
    elif isinstance(actual, Quantity) and (counted := _count_dated(actual, year)) is not None:
        actual = counted  # 2024年5月完成10个: done in May, as the deadline reads it (r37k)
    if isinstance(actual, DateValue):
        date: DateValue | None = actual
    else:
        said = _time_said(actual, year)
        date = said.date if said is not None else None
    if date is None or date.start is None:
        return None
    return date if _after_period(date.start, date.status, ctx) else None


def count_after_period(indicator: Indicator, ctx: _Context) -> DateValue | None:
    """The date of a dated count against a count target when after the table's date, or None.

    ``2024年4月完成10个`` against ``≥10个`` in a table as of 2024-03-31 (r37v): the count
    cannot have been done when the table was filled, a forecast at best, as a date value
    after that date is against a deadline (:func:`_dated_after_period`, which reads a
    deadline's or a period's). The date as :func:`_count_dated` reads it (not a count as
    of a date, a share short of the whole, an amount); as :func:`_after_period` does, not
    in a 自评表 judged at its period's end (filed after its year, a later date is a fact).

    Example:
        >>> from perftrack.policy import Policy
        >>> from perftrack import Indicator, Period, Table, TableKind, YearMonth
        >>> from perftrack import parse_target, parse_value
        >>> period = Period(YearMonth(2024, 1), YearMonth(2024, 3))
        >>> row = Indicator(
        ...     "建成数量", target=parse_target("≥10个"), actual=parse_value("2024年4月完成10个")
        ... )
        >>> ctx = _Context(
        ...     row,
        ...     0,
        ...     Table(TableKind.TRACKING, period=period),
        ...     Policy.central(),
        ...     dt.date(2024, 3, 31),
        ...     2024,
        ...     _Language("zh"),
        ... )
        >>> count_after_period(row, ctx).month
        4
    """
    actual, target = indicator.actual, indicator.target
    if (
        not isinstance(actual, Quantity)
        or actual.when is None
        or not isinstance(target, (Comparison, Range))
        or ctx.as_of is None
        or ctx.table.kind is _TableKind.TARGET
    ):
        return None
    dated = _count_dated(actual, ctx.year)
    if dated is None or dated.start is None:
        return None
    return dated if _after_period(dated.start, dated.status, ctx) else None


def _count_ahead(actual: Quantity, later: DateValue, ctx: _Context) -> _Outcome:
    """The verdict on a count dated after the table's date: a forecast, as ``预计10个`` is.

    Before the due date ``pending``, at it ``unknown``: no result of the period either way.
    """
    shown = _text(actual)
    when = str(evolve(later, status=None))
    as_of = ctx.as_of.isoformat() if ctx.as_of is not None else ""
    lead = f"实际“{shown}”的日期{when}在评价日期{as_of}之后，视为预计，不是实际完成值"
    lead_en = f"actual “{shown}” is dated {when}, after the as-of date {as_of}: a forecast"
    if ctx.at_due is False:
        return _Outcome(
            _Attainment.PENDING,
            ctx.say(f"{lead}，截止日期未到", f"{lead_en}, no result; not due"),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"{lead}，无法判断是否达到年度指标",
            f"{lead_en}, no result: the target cannot be judged",
        ),
    )


def _share_of_work(quantity: Quantity, target: Comparison | Range) -> bool:
    """A share of the work with its status (已完成60%) against a count or amount target."""
    return quantity.status is not None and quantity.unit == "%" and target.unit not in (None, "%")


def _share_in_target_unit(share: Quantity, target: Comparison | Range) -> Quantity:
    """A share of the work as that part of the target (50% of 200户: 100户).

    A share said as a fraction is taken exactly, shown to the hundredth: ``完成工程量的1/3``
    of ``≥120公里`` is 40公里, not 33.33% of it (39.996公里). Of a range, it is that part
    of its low end, the least the target asks (50% of ``100-120人``: 50人).

    Example:
        >>> from perftrack.expressions import parse_value
        >>> from perftrack import parse_target
        >>> share = parse_value("完成工程量的1/3")
        >>> str(_share_in_target_unit(share, parse_target("≥120公里")))
        '40(公里)'
        >>> str(_share_in_target_unit(share, parse_target("≥1000米")))
        '约333.33(米)'
    """
    whole_task = target.low if isinstance(target, Range) else target.value
    fraction = task_fraction(share.text) if share.bound is not _Bound.EXACT else None
    if fraction is None:
        return Quantity(whole_task * share.value / _HUNDRED, target.unit, share.bound)
    part, whole, over = fraction
    value = whole_task * part / whole
    rounded = half_up(value, _CENT_SHARE)
    if rounded == value:
        bound = _Bound.MORE_THAN if over else _Bound.EXACT
        return Quantity(value.normalize(), target.unit, bound)
    # 1/3 of 1000米: about 333.33米 (more than it, past half)
    return Quantity(rounded, target.unit, _Bound.MORE_THAN if over else _Bound.APPROXIMATELY)


def _share_short_of_task(quantity: Quantity, target: Target | None) -> Quantity | None:
    """A share of the work short of the whole as that part of *target*, or None.

    The share a cell prints decides over its status word (``已完成，完成率75%`` against
    ``≥4次`` is 3次, not done; ``完成50%`` of ``≥100人`` is 50人, score57 F1/F2): a share
    below 100% as exactly (or about) printed, bare or after a word of completion
    (``完成率``, ``完成比例``, ``进度``), of a floor, an exact figure or a range in a count
    or an amount (:func:`_work_share_target`). None for a share of 100% or more (done: its
    status judges it), a bound share (``完成过半``, ``90%以上``: part done, how much
    unsaid) and another rate beside the status (``已完成，合格率75%``).

    Example:
        >>> from perftrack.expressions import parse_value
        >>> from perftrack import parse_target
        >>> str(_share_short_of_task(parse_value("已完成，完成率75%"), parse_target("≥4次")))
        '3(次)'
        >>> _share_short_of_task(parse_value("已完成（100%）"), parse_target("≥4次")) is None
        True
    """
    if (
        quantity.status is None
        or quantity.unit != "%"
        or quantity.value >= _HUNDRED
        or quantity.value < 0
        or quantity.bound not in (_Bound.EXACT, _Bound.APPROXIMATELY)
        or (quantity.label is not None and _WORK_SHARE_LABEL_RE.fullmatch(quantity.label) is None)
        or not _work_share_target(target)
    ):
        return None
    return _share_in_target_unit(quantity, target)


@overload
def _as_share(quantity: Quantity, target: Target | None, name: str = "") -> Quantity: ...
@overload
def _as_share(quantity: None, target: Target | None, name: str = "") -> None: ...
@overload
def _as_share(
    quantity: Quantity | None, target: Target | None, name: str = ""
) -> Quantity | None: ...
def _as_share(quantity: Quantity | None, target: Target | None, name: str = "") -> Quantity | None:
    """*quantity* read as the target reads it: a bare share (0.93) is a percentage (93%).

    So is a score against a percentage target (满意度≥90%): ``93.5分`` out of 100 is
    93.5%, ``4.6分（满分5分）`` is 92%. One reading for the verdict, the progress and
    the points (see :func:`_is_fraction`; *name* is the indicator's, whose 率 or 满意度
    makes a bare ``≥85`` a percentage).
    """
    if quantity is None or not isinstance(target, (Comparison, Range)):
        return quantity
    # (a fraction is above 0 and at most 1: _is_fraction's first test, asked here, speedS3)
    if 0 < quantity.value <= 1 and _is_fraction(quantity, target, name):
        return Quantity(quantity.value.scaleb(2), "%", quantity.bound, text=quantity.text)
    if target.unit not in ("%", "分"):
        return quantity  # every reading below is of a share in % or a score (speedS3)
    if target.unit == "分" and quantity.unit == "分":
        return _score_on_target_scale(quantity, target)
    if target.unit == "%" and quantity.unit == "分":
        found = _FULL_MARKS_RE.search(quantity.text)
        if found is None and quantity.value <= _SMALL_SCALE < _bar(target):
            # 4.6分 against ≥90%: a score of 5 or 10 marks, not 4.6 of 100 (r35e: it was
            # read as 4.6%, not met); without its full marks no share can be made of it
            return quantity
        full = Decimal(found.group(1)) if found else _HUNDRED
        if full > 0 and 0 <= quantity.value <= full:
            share = quantity.value if full == _HUNDRED else quantity.value / full * _HUNDRED
            return Quantity(share, "%", quantity.bound, text=quantity.text)
    if target.unit == "%" and (of_total := _part_of_total(quantity, name)) is not None:
        return of_total
    if (
        target.unit == "%"
        and quantity.unit not in (None, "%")
        and quantity.text
        and (done := _done_of_planned_said(_normal(quantity.text), name, target.label or ""))
        and done[0] == quantity.value
    ):
        # 计划12个，完成11个 on 项目完成率: 11 of the 12 planned (r35e: 单位不可比)
        return Quantity(done[0] * _HUNDRED / done[1], "%", text=quantity.text)
    if target.unit == "%" and (of_base := _part_of_target_base(quantity, target)) is not None:
        return of_base
    if (
        target.unit == "%"
        and quantity.unit not in (None, "%")
        and quantity.note
        and (steps := _steps_said(_normal(quantity.text))) is not None
        and _names_step(name, target, steps.verb, steps.timely)
        and 0 <= steps.part <= steps.whole
        and steps.whole > 0
    ):
        # 办结108件（受理115件） against ≥95%: 108 of 115 (parse38 H5)
        return Quantity(steps.part * _HUNDRED / steps.whole, "%", text=quantity.text)
    if (
        target.unit == "%"
        and quantity.unit not in (None, "%")
        and "其中" in quantity.text  # (a cheap guard: no 其中, no subset; p45 H2)
        and re.search("占比|比例|比重", name) is not None
        and (subset := _SUBSET_OF_WHOLE_RE.fullmatch(_normal(quantity.text))) is not None
        and re.search("不|未|没|无|非", subset["noun"]) is None
        # the subset the name measures (新能源车 on 新能源占比), not another (男性 on 女性占比)
        and any(subset["noun"][at : at + 2] in name for at in range(len(subset["noun"]) - 1))
        and 0 < (part := Decimal(subset["part"])) <= (whole := Decimal(subset["whole"]))
    ):
        # 城乡公交车辆186辆，其中新能源车108辆 on 新能源车占比 against ≥60%: 108 of 186
        return Quantity(part * _HUNDRED / whole, "%", text=quantity.text)
    if (
        target.unit == "分"
        and quantity.unit == "%"
        and "满意" in name
        and _SCORE_OF_HUNDRED_MIN < _bar(target) <= _HUNDRED
        and 0 <= quantity.value <= _HUNDRED
    ):
        # 93.5% against 90分以上 on a 满意度: the share as a score of 100, as 93.5分 is
        # 93.5% against ≥90% (parse20 M5). Only on a name of satisfaction (elsewhere a
        # forecast of 95% against ≥90分 may be the work's share) and a bar above 10
        # (≥4.5分 is a score of other marks)
        return Quantity(quantity.value, "分", quantity.bound, text=quantity.text)
    return quantity


# 城乡公交车辆186辆，其中新能源车108辆: a whole, then the subset a 其中 clause counts in
# the whole's unit (p45 H2).
_SUBSET_OF_WHOLE_RE: Final = re.compile(
    r"(?:共|共计|合计)?[\u4e00-\u9fff]{0,12}?(?P<whole>\d+)(?P<unit>[\u4e00-\u9fff]{1,2})"
    r"[，,]其中(?P<noun>[\u4e00-\u9fff]{1,10}?)(?P<part>\d+)(?P=unit)"
)


# The whole a percentage target covers, in its bracket (100%（覆盖全部18个乡镇）, ≥95%（全部
# 20所学校）): the count and its measure word (p40 M6).
_BASE_NOTE_RE: Final = re.compile(
    r"(?:覆盖)?(?:全部|全)(?:共)?(?P<whole>\d+)(?P<unit>[\u3400-\u9fff]{1,4})"
)


def _part_of_target_base(quantity: Quantity, target: Comparison | Range) -> Quantity | None:
    """A count against a percentage target whose bracket gives the whole, as its share.

    ``覆盖17个乡镇`` against ``100%（覆盖全部18个乡镇）`` is 17 of 18, 94.44% (p40 M6).
    Only in the bracket's own unit, with no note or status, a part no larger than the
    whole, and a label that is none or the bracket's verb (``覆盖``).
    """
    if (
        not isinstance(target, Comparison)
        or target.note is None
        or quantity.unit in (None, "%", "‰", "‱")
        or quantity.note is not None
        or quantity.status
        or quantity.bound is not _Bound.EXACT
    ):
        return None
    found = _BASE_NOTE_RE.fullmatch(_normal(target.note))
    if found is None or found["unit"] != quantity.unit:
        return None
    if quantity.label not in (None, "覆盖", "已覆盖"):
        return None
    whole = Decimal(found["whole"])
    if whole <= 0 or not 0 <= quantity.value <= whole:
        return None
    return Quantity(quantity.value * _HUNDRED / whole, "%", text=quantity.text)


# 7个（共8个）, 7个（总数8个）: a count and its total in a bracket; a place may lead it
# (126所（全市共138所）, p33fix H4).
_TOTAL_NOTE_RE: Final = re.compile(
    r"(?:全市|全县|全区|全省|全镇|全乡)?(?:共|共计|合计|总数|总计)(?:为)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
)


def _part_of_total(quantity: Quantity, name: str) -> Quantity | None:
    """A count with its total in brackets as the share of it (``优良断面7个（共8个）``: 87.5%).

    Only in one unit, a part no larger than its whole, and a label that is none, the
    good answers (达标, 合格) or one the indicator's *name* holds, whole or in two
    halves (优良断面 of 水质优良断面比例 and of 县控断面水质优良比例): ``不达标断面1个（共8个）`` counts the others (parse20 M5).
    """
    if quantity.note is None or quantity.unit in (None, "%", "‰", "‱") or quantity.status:
        return None
    found = _TOTAL_NOTE_RE.fullmatch(quantity.note)
    if found is None or found["unit"] != quantity.unit:
        return None
    label, named = quantity.label or "", _normal(name)
    if (
        label
        and not _SHARE_LABEL_RE.fullmatch(label)
        # 优良断面 of 县控断面水质优良比例: the label in the name, or its two halves
        and not any(label[:cut] in named and label[cut:] in named for cut in range(len(label)))
    ):
        return None
    whole = Decimal(found["whole"])
    if whole <= 0 or not 0 <= quantity.value <= whole:
        return None
    return Quantity(quantity.value * _HUNDRED / whole, "%", quantity.bound, text=quantity.text)


# A score target of 100 marks: above this bar (≥90分, not ≥4.5分 of 5 or ≥8分 of 10).
_SCORE_OF_HUNDRED_MIN: Final = Decimal(10)


def _bar(target: Comparison | Range) -> Decimal:
    """The figure a target sets: its value, or a range's low end."""
    return target.low if isinstance(target, Range) else target.value


def _rate_readings(
    value: Value | None, target: Target | None, name: str = "", year: int | None = None
) -> tuple[tuple[tuple[Quantity, str], tuple[Quantity, str]], str] | None:
    """The relative and points readings of two levels of a rate against a change in %, or None.

    Each a figure in % in the target's direction and its words (p41c), with the levels as
    shown beside both; for a 跟踪表's plan in % (r103).
    """
    change = _as_change(value, target, _change_name(name, target, value), year)
    return None if change is None or change.readings is None else (change.readings, change.shown)


def _measured(
    value: Value | None,
    target: Target | None,
    name: str = "",
    year: int | None = None,
    *,
    scored: bool = False,
) -> Quantity | None:
    """The quantity a value gives as the target reads it (0.93 and 465/500 against ≥90%).

    Against a target that names a direction (下降10%) a change is the figure in that
    direction: ``增长12%`` is -12 (see :func:`_as_change`). Two levels of a rate against
    a change in % are their change in 个百分点, or *scored* (the points' ratio) the smaller
    of their relative and points readings (p41c).
    """
    if not isinstance(target, (Comparison, Range)):
        # no figure to read against (a date, words, none): the quantity as it is, or the
        # subset its 其中 clause names; each reading below needs a figure (speedS3)
        if not isinstance(value, Quantity):
            return None
        return _named_subset(value, name) or value
    if isinstance(value, Quantity) and value.label:  # (no label: the name, speedS3)
        name = _change_name(name, target, value)  # 单位GDP能耗下降 on both: one measure
    change = _as_change(value, target, name, year)
    if change is not None:
        if change.readings is not None and not scored:
            return evolve(change.readings[1][0], unit="个百分点")  # a plan's, as before (p41c)
        return change.quantity
    if (
        target.label is not None or (isinstance(value, Quantity) and value.label is not None)
    ) and _another_change(value, target, name, year):
        return None  # (no label: no change of the target's, speedS3)
    quantity = (
        _work_share(value, target)
        or _quantity_of(value)
        or _counted_done(value, target)
        or _kept_to_purpose(value, target, name)
    )
    if quantity is None and (done_left := _done_then_left(value, target)) is not None:
        quantity = done_left[0]  # 已种植2800亩，剩余2200亩秋季种植: 2800亩 (r39f)
    if quantity is None and value is not None:
        quantity = _named_group_figure(target, value)  # 城区100%，镇区76% against 城区100%
    if quantity is None:
        return (
            _counted_share(value, target, name)
            or _stepped_count(value, target, name)
            or _named_rate(value, target, name)
            or _rate_phrase_said(value, target, name)
            or _loss_wiped_out(value, target, name)  # 扭亏为盈 on 减亏率 (k31a)
            or _converted_level(_level_then_change(value, target, name), target, name)
            or _unit_price_said(value, target, name)  # 45套,合同价57.6万元 (parse44 M5)
        )
    # (the readings below each read a note, a label: a quantity without is itself, speedS3)
    if quantity.note is not None:
        # 其中脱贫户12户 on 脱贫户补助户数; 其中实物储备4.6万吨 against ≥5万吨（实物）
        quantity = _named_subset(quantity, name, _subset_note(target)) or quantity
        quantity = _restated_time(quantity, target) or quantity  # 12天（96学时） on ≥120学时
        quantity = _bracketed_change(quantity, name) or quantity  # 减少在院孤儿人数
    if quantity.label is None and isinstance(target, Comparison) and target.label is not None:
        quantity = _per_period_written(target, quantity) or quantity  # 1次/季度: 每季度1次
    if quantity.label and (measure := _other_measure(quantity, target, name)) is not None:
        quantity = measure.quantity  # 不合格率1.4% as 合格率98.6%; 一般事故3起: none
        if quantity is None:
            return None
    if (
        quantity.label
        and quantity.note is None
        and name[:2] in _CHANGE_OPENINGS  # (the cheap guard, r108b)
        and not _is_ceiling(target)  # (≤10件 on 降低投诉数量: a level, regress110 W3)
        and _level_on_change_name(quantity, name) is not None
    ):
        return None  # 在院孤儿118名 on 减少在院孤儿人数: the count left, no change
    return _as_share(quantity, target, name)


# 采购遥测终端45套,合同价57.6万元 (or the amount first) on a 单价 row against ≤1.2万元/套:
# the amount over the count is the row's unit price (parse44 M5), read only when the name
# (or the target's label) says 单价, the count is in the target's per word and the amount
# in its money unit, each its own clause.
_PRICE_AMOUNT_WORDS: Final = (
    "合同价|合同金额|合同额|中标价|中标金额|成交价|成交金额|采购金额|总价|总金额|金额|总额"
)
_PRICE_COUNT: Final = (
    r"(?P<count_label>[\u3400-\u9fff]{0,10}?)(?P<count>\d+(?:\.\d+)?)(?P<per>[\u3400-\u9fff]{1,2})"
)
_PRICE_AMOUNT: Final = rf"(?:{_PRICE_AMOUNT_WORDS})(?:为|共|计)?(?P<amount>\d+(?:\.\d+)?)(?P<money>[\u3400-\u9fff]{{1,2}})"
_PRICED_COUNT_RES: Final = (
    re.compile(rf"{_PRICE_COUNT}[,;]{_PRICE_AMOUNT}"),
    re.compile(rf"{_PRICE_AMOUNT}[,;]{_PRICE_COUNT}"),
)
_PRICE_MONEY: Final = frozenset({"元", "千元", "万元", "亿元"})


def _unit_price_said(value: Value | None, target: Target | None, name: str) -> Quantity | None:
    """A count bought and its amount as the unit price a 单价 row's target asks, else None.

    >>> from perftrack import parse_target
    >>> from perftrack.expressions import TextValue
    >>> value = TextValue("采购遥测终端45套，合同价57.6万元")
    >>> str(_unit_price_said(value, parse_target("≤1.2万元/套"), "遥测设备更新单价"))
    '1.28(万元/套)'
    >>> _unit_price_said(value, parse_target("≤1.2万元/套"), "遥测设备更新") is None
    True
    """
    if (
        not isinstance(value, TextValue)
        or not isinstance(target, (Comparison, Range))
        or "单价" not in name + (target.label or "")
    ):
        return None
    money, slash, per = (target.unit or "").partition("/")
    if not slash or money not in _PRICE_MONEY or per in _PERIODS_A_YEAR or per in _SHORT_PERIODS:
        return None
    text = _GROUPED_THOUSANDS_RE.sub("", _normal(value.text or value.description))
    found = next((m for r in _PRICED_COUNT_RES if (m := r.fullmatch(text)) is not None), None)
    if found is None or found["per"] != per or found["money"] != money:
        return None
    count = Decimal(found["count"])
    if count <= 0:
        return None
    return Quantity(_Quotient(Decimal(found["amount"]) / count), target.unit, text=value.text)


# 465/500, 满意465份/500份: a count out of a count (one unit, or the second's only).
_FRACTION_RE: Final = re.compile(
    r"(?P<label>[\u3400-\u9fff]{0,8}?)(?P<part>\d+(?:\.\d+)?)(?P<part_unit>[\u3400-\u9fff]{0,2})"
    r"/(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{0,2})"
)
# 入住255套/可租300套, 已整改1,198户/摸排1,230户: both sides labelled, one measure word
# (parse43 H5); the part's label must name the rate (see _labelled_fraction).
_LABELLED_FRACTION_RE: Final = re.compile(
    r"(?P<label>[\u3400-\u9fff]{1,8}?)(?P<part>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<part_unit>[\u3400-\u9fff]{1,2})/(?P<whole_label>[\u3400-\u9fff]{1,4}?)"
    r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
)
# What the part of a fraction may be labelled: nothing, or the good answers a % target
# counts (满意465份/500份, 达标48/50); 不满意, 超标, 投诉 count the others.
_SHARE_LABEL_RE: Final = re.compile(
    "(?:(?:非常|基本)?满意(?:和|及)?(?:基本满意|满意)?(?:及?以上)?|满意度|达标|合格|好评|认可|通过)?"
    "(?:的)?(?:人数|份数|户数|问卷|数)?"
)
# 发放问卷500份,满意465份; 调查500人,其中满意465人: the survey, then the satisfied;
# 抽样问卷1,200份,满意1,058份 and a bare 问卷1,200份 too (parse46 H5).
_SURVEY_RE: Final = re.compile(
    # 发放问卷300份，回收286份，满意275份: the returned ones are the whole (parse53 M5)
    r"(?:(?:共|累计)?(?:发放|发出)(?:调查)?问卷(?:共)?\d+份[,;](?=(?:有效)?(?:回收|收回)))?"
    r"(?:共|累计)?(?:(?:发放|回收|收回|发出|调查|抽查|走访|抽样)(?:调查)?"
    r"(?:问卷|样本|对象|群众|服务对象)?|问卷|有效(?:回收|收回)(?:问卷)?)"
    r"(?:共)?(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?P<unit>份|人|户|人次|家|名)"
    r"[,;](?:其中)?(?:表示)?(?:非常满意和满意|满意和基本满意|满意及以上|满意)的?(?:问卷|人数|群众)?"
    r"(?:为|有|共|达)?(?P<part>\d{1,3}(?:,\d{3})+|\d+)(?P<part_unit>份|人|户|人次|家|名)"
)
# The satisfied and the not satisfied counted, no other answer (满意185人，不满意15人): the
# survey is the two together (k31i, parse56 F5).
_SATISFIED_AND_NOT_RE: Final = re.compile(
    r"(?:表示)?满意(?:的)?(?:为|有|共)?(?P<part>\d{1,3}(?:,\d{3})+|\d+)(?P<unit>份|人|户|人次|家|名)"
    r"[,;、](?:表示)?不满意(?:的)?(?:为|有|共)?(?P<other>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?P<other_unit>份|人|户|人次|家|名)"
)
# The steps a rate counts the part of (合格率, 整改率, 发放率, 结算率): the part of a
# count out of a count done by that step (抽检1250批次,合格1238批次; 整改1202处/1236处).
# Steps scoring reads beyond the grammar's list (whose 其中 clause they leave alone):
# 取证 of the trained, 消除(风险) of the monitored, (实现)就业 of those helped (parse26
# M4, parse27 M5).
# 安置 of those to be placed and 落实 of the posts (安置岗位落实率, parse38 H9) too;
# 通过 of the projects due for acceptance (项目验收通过率) and 换届 of the branches due
# (按期换届率, parse46 H7).
_SCORING_STEPS: Final = ("取证", "消除", "就业", "安置", "落实", "通过", "换届", "保持")
_SHARE_STEPS: Final = "|".join(SHARE_STEPS + _SCORING_STEPS)
_SCORING_SHARE_STEPS: Final = SHARE_STEPS + _SCORING_STEPS
# 抽检1250批次,合格1238批次; 排查隐患1236处,整改1202处; 发现问题48个,已整改45个;
# 应发1250户,已按时发放1250户: what a step found, then what the next step did of it.
# 已验收208个,验收合格205个: the first step may be said done (已) and the result after
# its step's verb again (parse27 H3). 到期应验收42项,通过38项 and 参训6200人,培训后实现就业
# 4836人: a due whole, an outcome after training (parse46 H7).
_STEPPED_RE: Final = re.compile(
    r"(?:共|累计|全年|到期)?(?:已)?(?P<whole_verb>抽检|抽查|检查|检测|排查|发现|核查|受理|收到|应发放|应发|应|计划"
    rf"|参训|帮扶|{_SHARE_STEPS})"
    r"(?P<whole_noun>[\u3400-\u9fff]{0,6}?)(?:共)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
    r"[,;](?:其中)?(?:已|均已|全部)?(?P<timely>按时|及时|按期)?"
    r"(?:(?P=whole_verb)(?=合格|达标))?(?:培训后|训后)?(?:实现)?"
    rf"(?P<verb>{_SHARE_STEPS})(?:到位|完成|销号)?(?P<part_noun>[\u3400-\u9fff]{{0,4}}?)"
    r"(?:共|为)?(?P<part>\d+(?:\.\d+)?)(?P<part_unit>[\u3400-\u9fff]{0,2})"
)
# 阳性样品36批次,已复核34批次: the whole named by its noun alone, no verb of its step,
# then what a step has done of it (已, p25fix M3). The noun holds no step, no share word
# and no 未/不 (未检样品, 不合格样品 count another part).
_NOUN_STEPPED_RE: Final = re.compile(
    r"(?:共|累计|全年)?(?P<whole_verb>)"
    rf"(?P<whole_noun>(?:(?!{_SHARE_STEPS}|{'|'.join(SHARE_WORDS)}|[未不])[\u3400-\u9fff]){{1,8}}?)"
    r"(?:共)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
    # (差评46件,整改45件: the step's clause may say it bare, p41 H8)
    r"[,;](?:均已|已)?(?P<timely>按时|及时|按期)?(?:实现)?"
    rf"(?P<verb>{_SHARE_STEPS})(?:到位|完成|销号)?(?P<part_noun>[\u3400-\u9fff]{{0,4}}?)"
    r"(?:共|为)?(?P<part>\d+(?:\.\d+)?)(?P<part_unit>[\u3400-\u9fff]{0,2})"
)
# Steps that are a first step too, what the next step did being counted of them:
# 验收项目46个,合格44个 is 44 of 46 passed (parse24 M4), as 抽检46个,合格44个 is.
_CHECKING_STEPS: Final = ("验收",)
_CHECK_RESULTS: Final = ("合格", "达标")
# 受理举报38件,全部办结: every one of the whole done by the step, the part the whole.
_ALL_STEPPED_RE: Final = re.compile(
    r"(?:共|累计|全年)?(?P<whole_verb>抽检|抽查|检查|检测|排查|发现|核查|受理|收到)"
    r"(?P<whole_noun>[\u3400-\u9fff]{0,6}?)(?:共)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
    r"[,;](?:已|均已)?(?:全部|均)(?:已)?(?P<timely>按时|及时|按期)?"
    rf"(?P<verb>{_SHARE_STEPS})(?:到位|完成|完毕)?"
)
# 抽检种子样品210份,不合格5份: what an inspection found, then the failures of it in its
# unit; the passed are the rest (205 of 210), read only against a 合格/达标 share
# (parse44 H3), as 不合格率 is the exact complement of 合格率.
_FAILED_STEPPED_RE: Final = re.compile(
    r"(?:共|累计|全年)?(?:已)?(?P<whole_verb>抽检|抽查|检查|检测|核查|验收)"
    r"(?P<whole_noun>[\u3400-\u9fff]{0,6}?)(?:共)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
    r"[,;](?:其中)?不(?P<verb>合格|达标)(?P<part_noun>[\u3400-\u9fff]{0,4}?)"
    r"(?:共|为)?(?P<failed>\d+(?:\.\d+)?)(?P<part_unit>[\u3400-\u9fff]{0,2})"
)
# 受理投诉9件,办结8件,1件正在调查 (or ,另1件转办; (另1件正在调查)): the rest of the
# whole, said after the steps in their unit, the part and the rest making the whole.
_REMAINDER_RE: Final = re.compile(
    r"(?P<body>.+?)[,;(](?:另有|另|还有|尚有|剩余|其余|余下)?(?P<rest>\d+(?:\.\d+)?)"
    r"(?P<rest_unit>[\u3400-\u9fff]{1,2}?)"
    r"(?P<state>(?:正在|尚在|仍在|尚未|未|待|转|因|在|延期|推迟)[\u3400-\u9fff]{0,10}"
    # (1个整改中: a state said with 中 after it, p45 H9)
    r"|[\u3400-\u9fff]{1,4}中)\)?"
)
# 交工验收, 竣工验收: the stage of an acceptance before its verb (p45 H9).
_CHECK_STAGE_RE: Final = re.compile("^(?P<lead>共|累计|全年)?(?:交工|竣工|完工|初步|中间)(?=验收)")
# 验收23个项目: the noun of what was accepted after its count (p45 H9).
_CHECK_NOUN_AFTER_RE: Final = re.compile(
    r"^(?P<verb>(?:共|累计|全年)?(?:已)?验收)(?P<count>\d+(?:\.\d+)?)(?P<unit>个|批次|批|份|处|项)"
    r"(?P<noun>[\u3400-\u9fff]{1,4}?)(?=[,;])"
)


# 办结108件(受理115件), 办结108件,受理115件: the part, then the whole a step found
# (parse38 H5); only a whole found by a first step (受理, 抽检…), never one step of another.
_WHOLE_AFTER_RE: Final = re.compile(
    r"(?P<part>(?:已)?[\u3400-\u9fff]{2,10}\d+(?:\.\d+)?[\u3400-\u9fff]{1,2})"
    r"(?:[,;]|\()(?P<whole>[\u3400-\u9fff]{2,10}\d+(?:\.\d+)?[\u3400-\u9fff]{1,2})\)?"
)
_FINDING_STEPS: Final = ("抽检", "抽查", "检查", "检测", "排查", "发现", "核查", "受理", "收到")


# A comma grouping thousands (1,286户), not one between clauses.
_GROUPED_THOUSANDS_RE: Final = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


class _Steps(NamedTuple):
    """A count out of a count said in steps (抽检1250批次,合格1238批次)."""

    whole_verb: str
    verb: str
    timely: str | None
    whole: Decimal
    part: Decimal
    unit: str


def _steps_said(text: str) -> _Steps | None:
    """The steps of *text*: what one step found, what the next did of it, in one unit.

    ``办结工单121件,按时办结119件`` counts the part of one step done in time (the
    whole's verb is a step only so); ``受理举报38件,全部办结`` is all of it; a clause of
    the rest after the part (``,1件正在调查``, ``(另1件转办)``) is read when the part and
    the rest make the whole.

    >>> [
    ...     _steps_said(text)
    ...     for text in ("受理投诉9件,办结8件,1件正在调查", "受理投诉9件,办结8件,2件正在调查")
    ... ]  # doctest: +NORMALIZE_WHITESPACE
    [_Steps(whole_verb='受理', verb='办结', timely=None, whole=Decimal('9'),
            part=Decimal('8'), unit='件'), None]
    """
    text = _GROUPED_THOUSANDS_RE.sub("", text)  # 监测户1,286户: 1286
    if "验收" in text:  # (a cheap guard for the two rewrites below, p45 H9)
        # 交工验收项目23个, 验收23个项目: 验收项目23个, the stage and the noun in their place
        text = _CHECK_STAGE_RE.sub(r"\g<lead>", text)
        text = _CHECK_NOUN_AFTER_RE.sub(r"\g<verb>\g<noun>\g<count>\g<unit>", text)
    found = _STEPPED_RE.fullmatch(text) or _NOUN_STEPPED_RE.fullmatch(text)
    if found is None and (after := _WHOLE_AFTER_RE.fullmatch(text)) is not None:
        # 办结108件(受理115件), 办结108件,受理115件: the whole after the part (parse38 H5)
        found = _STEPPED_RE.fullmatch(f"{after['whole']},{after['part']}")
        if found is not None and found["whole_verb"] not in _FINDING_STEPS:
            found = None
    rest = None if found is not None else _REMAINDER_RE.fullmatch(text)
    if rest is not None:
        found = _STEPPED_RE.fullmatch(rest["body"]) or _NOUN_STEPPED_RE.fullmatch(rest["body"])
    if found is not None:
        checked = found["whole_verb"] in _CHECKING_STEPS and found["verb"] in _CHECK_RESULTS
        if found["part_unit"] not in ("", found["unit"]) or (
            found["whole_verb"] in SHARE_STEPS
            and not checked
            and (found["timely"] is None or found["verb"] != found["whole_verb"])
        ):
            return None  # 办结121件,按时办结119件 only: a step out of itself, in time
        steps = _Steps(
            found["whole_verb"],
            found["verb"],
            found["timely"],
            Decimal(found["whole"]),
            Decimal(found["part"]),
            found["unit"],
        )
        if rest is not None and (
            rest["rest_unit"] != steps.unit or steps.part + Decimal(rest["rest"]) != steps.whole
        ):
            return None  # 2件正在调查 of 9 with 8 办结: not the rest of them
        return steps
    if (every := _ALL_STEPPED_RE.fullmatch(text)) is None:
        return None
    whole = Decimal(every["whole"])
    return _Steps(every["whole_verb"], every["verb"], every["timely"], whole, whole, every["unit"])


def _failures_said(text: str) -> _Steps | None:
    """An inspection and its failures in one unit as the passed of it, else None.

    Read for a share only (a 合格率 or 达标率 names the step): no count is made of it.

    >>> _failures_said("抽检种子样品210份,不合格5份")  # doctest: +NORMALIZE_WHITESPACE
    _Steps(whole_verb='抽检', verb='合格', timely=None, whole=Decimal('210'),
           part=Decimal('205'), unit='份')
    >>> _failures_said("抽检210份,不合格5批") is None
    True
    """
    failed = _FAILED_STEPPED_RE.fullmatch(_GROUPED_THOUSANDS_RE.sub("", text))
    if failed is None or failed["part_unit"] not in ("", failed["unit"]):
        return None
    whole, failures = Decimal(failed["whole"]), Decimal(failed["failed"])
    if failures > whole:
        return None
    return _Steps(
        failed["whole_verb"], failed["verb"], None, whole, whole - failures, failed["unit"]
    )


# 抽查2000块,差错32块: an inspection's sample, then the errors found in it in its unit
# (差错, 错误, 不合格): on an error rate (差错率, 错误率, 不合格率) their share of the sample,
# on a rate of the rest (合格率, 准确率, 正确率) its complement (parse49 H3).
_ERROR_WORDS: Final = ("差错", "错误", "不合格")
_ERRORS_RE: Final = re.compile(
    r"(?:共|累计|全年)?(?:已)?(?:抽检|抽查|检查|检测|核查|复核|审核|验收)"
    r"[\u3400-\u9fff]{0,6}?(?:共)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
    r"[,;](?:其中)?(?:发现|存在|有)?(?:差错|错误|不合格)[\u3400-\u9fff]{0,4}?"
    r"(?:共|为)?(?P<failed>\d+(?:\.\d+)?)(?P<part_unit>[\u3400-\u9fff]{0,2})"
)
_ERROR_RATE_RE: Final = re.compile("(?:差错|错误|不合格|出错)率")
_RIGHT_RATE_RE: Final = re.compile("(?<![不未])(?:合格|准确|正确)率")


def _errors_said(text: str, name: str) -> _Steps | None:
    """A sample and the errors found in it, as the share the rate *name* asks, else None.

    *name* is the row's name with the target's label. The step is the rate's own word,
    so that the rate names it.

    >>> _errors_said("抽查2000块,差错32块", "门牌差错率")  # doctest: +NORMALIZE_WHITESPACE
    _Steps(whole_verb='抽查', verb='差错', timely=None, whole=Decimal('2000'),
           part=Decimal('32'), unit='块')
    >>> _errors_said("抽查2000块,错误32块", "门牌准确率").part
    Decimal('1968')
    >>> _errors_said("抽查2000块,差错32个", "门牌差错率") is None
    True
    """
    if not any(word in text for word in _ERROR_WORDS):
        return None
    found = _ERRORS_RE.fullmatch(_GROUPED_THOUSANDS_RE.sub("", text))
    if found is None or found["part_unit"] not in ("", found["unit"]):
        return None
    whole, failed = Decimal(found["whole"]), Decimal(found["failed"])
    named = _normal(name)
    if (
        failed > whole
        or (rate := _ERROR_RATE_RE.search(named) or _RIGHT_RATE_RE.search(named)) is None
    ):
        return None
    verb = rate.group().removesuffix("率")
    part = failed if verb in _ERROR_WORDS or verb == "出错" else whole - failed
    return _Steps("抽查", verb, None, whole, part, found["unit"])


# 已整改18处,尚有2处: what a step did, then what is left of it in the same unit, the two
# making the whole (18 of 20, regress106 residual); the rest bare or said not yet done
# by the step (未整改, 待整改, 正在整改中), never another state (待验收, 为新发现).
_LEFT_WORDS: Final = ("尚有", "还有", "剩余", "仍有", "尚余")
_LEFT_RE: Final = re.compile(
    r"(?:共|累计|全年)?(?:已)?"
    rf"(?P<verb>{_SHARE_STEPS})(?:到位|完成|销号)?(?P<part_noun>[\u3400-\u9fff]{{0,4}}?)"
    r"(?:共)?(?P<part>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2}?)"
    rf"[,;](?:{'|'.join(_LEFT_WORDS)})(?P<rest>\d+(?:\.\d+)?)(?P<rest_unit>[\u3400-\u9fff]{{1,2}}?)"
    r"(?:(?:尚未|未|待|正在)(?P=verb)(?:中)?)?"
)


def _left_said(text: str) -> _Steps | None:
    """A step's part and what is left of it in one unit, as the part of their sum, else None.

    The whole is named by no first step, so only the step's own rate reads it.

    >>> _left_said("已整改18处,尚有2处")  # doctest: +NORMALIZE_WHITESPACE
    _Steps(whole_verb='', verb='整改', timely=None, whole=Decimal('20'),
           part=Decimal('18'), unit='处')
    >>> _left_said("已整改18处,尚有2处待验收") is None
    True
    """
    if not any(word in text for word in _LEFT_WORDS):
        return None
    found = _LEFT_RE.fullmatch(_GROUPED_THOUSANDS_RE.sub("", text))
    if found is None or found["rest_unit"] != found["unit"]:
        return None
    part = Decimal(found["part"])
    return _Steps("", found["verb"], None, part + Decimal(found["rest"]), part, found["unit"])


# 在册312人,重新犯罪1人: a roll (those on the register, in custody, in post), then the
# persons of it an event befell, in one unit: the rate of that event over the roll, read
# only on a name (or label) that is the event's own rate (重新犯罪率, 脱管率; parse44 M4).
_ROLLS: Final = ("在册", "在矫", "在管", "在岗", "在职", "在校", "在园", "列管")
_ROLL_RE: Final = re.compile(
    rf"(?:{'|'.join(_ROLLS)})(?P<roll_noun>[\u3400-\u9fff]{{0,8}}?)(?:共)?"
    r"(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2}?)"
    r"[,;](?:发生|出现)?(?P<event>(?![未不无])[\u3400-\u9fff]{2,6}?)(?:共|为)?"
    r"(?P<part>\d+(?:\.\d+)?)(?P<part_unit>[\u3400-\u9fff]{1,2})"
)


def _roll_events_said(text: str) -> _Steps | None:
    """A roll and those of it an event befell, in one unit, as a share of the roll, else None.

    The event stands as the step (no first step names the roll), so only the event's own
    rate reads it.

    >>> _roll_events_said("在册312人,重新犯罪1人")  # doctest: +NORMALIZE_WHITESPACE
    _Steps(whole_verb='', verb='重新犯罪', timely=None, whole=Decimal('312'),
           part=Decimal('1'), unit='人')
    >>> _roll_events_said("在册312人,重新犯罪1起") is None
    True
    """
    if not text.startswith(_ROLLS):
        return None
    found = _ROLL_RE.fullmatch(_GROUPED_THOUSANDS_RE.sub("", text))
    if found is None or found["part_unit"] != found["unit"]:
        return None
    return _Steps(
        "", found["event"], None, Decimal(found["whole"]), Decimal(found["part"]), found["unit"]
    )


# 签约21个,开工15个; 下达9.8亿元,支出8.6亿元; 抽查120个,正常开放113个: a base, then the
# part of it a second step reached, in one unit, its verb (after 正常, 一次, 实际) named by
# the rate (开工率, 支出进度, 正常开放率; parse48 H8). Read last, when no step above is.
_STEP_PAIR_RE: Final = re.compile(
    r"(?P<whole_label>[\u4e00-\u9fff]{2,12}?)(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{1,2})"
    r"[,;](?:其中)?(?:已|实际|累计)?(?:正常|一次性?)?"
    r"(?P<verb>[\u4e00-\u9fff]{2})(?P<part>\d+(?:\.\d+)?)(?P=unit)"
)


# The bases of a rate of spending (支出进度 = 支出/下达, 到位, 预算, 安排, 拨付): regress110 W5.
_FUNDS_BASE_RE: Final = re.compile("下达|到位|预算|安排|拨付")


def _named_step_pair(text: str, name: str) -> _Steps | None:
    """A base and the part of it a second step reached, its verb's rate named, else None.

    *name* is the row's name with the target's label: it must hold the second verb then
    率 or 进度 (``签约项目开工率``, ``资金支出进度``), the first clause not ending in it.

    >>> _named_step_pair("签约21个,开工15个", "签约项目开工率")  # doctest: +NORMALIZE_WHITESPACE
    _Steps(whole_verb='签约', verb='开工', timely=None, whole=Decimal('21'),
           part=Decimal('15'), unit='个')
    >>> _named_step_pair("开工15个,签约21个", "签约项目开工率") is None
    True
    """
    found = _STEP_PAIR_RE.fullmatch(text)
    if found is None:
        return None
    verb = found["verb"]
    named = _normal(name)
    if f"{verb}率" not in named and f"{verb}进度" not in named:
        return None
    label = found["whole_label"]
    if verb in label or any(f"{no}{verb}" in named for no in "不未") or "不" in label:
        return None  # 开工21个,开工15个; 未开工率; 不合格样品36批次: no base of the step
    if any(step in label and step not in named for step in _SCORING_SHARE_STEPS):
        return None  # 验收项目46个,拨付44个 on 资金拨付率: a base of another step's
    if verb in ("支出", "执行") and _FUNDS_BASE_RE.search(label) is None:
        return None  # 完成投资5亿元,支出4亿元: no budget, not 支出进度's base (regress110 W5)
    whole, part = Decimal(found["whole"]), Decimal(found["part"])
    return _Steps(label, verb, None, whole, part, found["unit"])


# 三公经费预算30万元,实际支出25.6万元; 采购预算500万元,实际采购480万元: a budget, then what
# was spent (or bought) of it, in one unit of money: the rate of a 执行率 or 控制率 (parse55 M14).
_BUDGET_PAIR_RE: Final = re.compile(
    r"(?P<whole_label>[\u4e00-\u9fff]{0,10}?预算)(?:金额|资金)?(?:为|共)?"
    r"(?P<whole>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)"
    r"[,;](?:已|实际|累计)?(?P<verb>支出|使用|执行|开支|采购)(?:金额|资金)?(?:为|共)?"
    r"(?P<part>\d+(?:\.\d+)?)(?P=unit)"
)
_BUDGET_RATE_NAME_RE: Final = re.compile("(?:执行|控制)率$")


def _budget_pair_said(text: str, name: str, label: str) -> tuple[Decimal, Decimal] | None:
    """A budget and what was spent of it, on a rate of execution or control, else None.

    The pair is (spent, budget). *name* or *label* must end in ``执行率`` or ``控制率``;
    a purchase (``采购``) counts only on a name of purchases (政府采购执行率).

    >>> _budget_pair_said("三公经费预算30万元,实际支出25.6万元", "三公经费控制率", "")
    (Decimal('25.6'), Decimal('30'))
    >>> _budget_pair_said("三公经费预算30万元,实际支出25.6万元", "三公经费支出", "") is None
    True
    """
    if "预算" not in text:
        return None
    named = _normal(name)
    if not any(_BUDGET_RATE_NAME_RE.search(part) for part in (named, label)):
        return None
    found = _BUDGET_PAIR_RE.fullmatch(text)
    if found is None or (found["verb"] == "采购" and "采购" not in named + label):
        return None
    return Decimal(found["part"]), Decimal(found["whole"])


# 发布预警信息36期,均按时发布: every one of what a step did, done by it in time (parse44 M3);
# read only for a rate of time (及时率) naming the step.
_ALL_TIMELY_RE: Final = re.compile(
    r"(?:共|累计|全年)?(?:已)?(?P<whole_verb>[\u4e00-\u9fff]{2})(?P<whole_noun>[\u3400-\u9fff]{0,6}?)"
    r"(?:共)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
    r"[,;](?:已|均已)?(?:全部|均)(?:已)?(?P<timely>按时|及时|按期)(?P=whole_verb)(?:完成|完毕)?"
)


def _all_timely_said(text: str, name: str) -> _Steps | None:
    """All of what a step did said done in time, on a rate of time naming it, else None.

    *name* is the row's name with the target's label (``及时率100%`` names the rate too).

    >>> _all_timely_said("发布预警信息36期,均按时发布", "预警信息发布及时率")
    ... # doctest: +NORMALIZE_WHITESPACE
    _Steps(whole_verb='发布', verb='发布', timely='按时', whole=Decimal('36'),
           part=Decimal('36'), unit='期')
    >>> _all_timely_said("发布预警信息36期,均按时发布", "预警信息发布率") is None
    True
    """
    found = _ALL_TIMELY_RE.fullmatch(text)
    if found is None or _TIMELY_NAME_RE.search(_normal(name)) is None:
        return None
    whole = Decimal(found["whole"])
    verb = found["whole_verb"]
    return _Steps(verb, verb, found["timely"], whole, whole, found["unit"])


_STEP_LABEL_RE: Final = re.compile(rf"(?:已)?(?P<timely>按时|及时|按期)?(?P<verb>{_SHARE_STEPS})")
# Words a rate's name may say a step by beside the step itself: a complaint 办结 is
# 处结 (the 12315 term) or 处理 (投诉处理率, a name of harm handled; p41 H8).
_STEP_NAME_WORDS: Final = MappingProxyType(
    {"办结": ("办结", "处结", "处理"), "保持": ("保持", "稳定")}  # 保持实绩 of a 稳定率 (p46 H7)
)
_TIMELY_NAME_RE: Final = re.compile("及时|按时|按期|准时")


def _names_step(
    name: str, target: Comparison | Range, verb: str, timely: str | None, *, own: bool = False
) -> bool:
    """Whether the rate's *name* (or the target's label) is the share of *verb*'s step.

    ``整改率`` is that of 整改; a rate of time (``发放及时率``) counts only a part done
    in time (``已按时发放1250户``). With *own* (a whole named by its noun alone,
    ``隐患48个,已整改45个``) the name must be the step's own rate, ending in the step
    and 率 (``隐患整改率``, ``整改完成率``): ``隐患整改资金到位率`` and ``整改群众满意率``
    only hold the step, and measure another thing (r51fix W3).

    >>> from perftrack import parse_target
    >>> target = parse_target("≥95%")
    >>> (
    ...     _names_step("隐患整改率", target, "整改", None),
    ...     _names_step("抽检合格率", target, "整改", None),
    ... )
    (True, False)
    """
    named = _normal(name) + (target.label or "")
    words = _STEP_NAME_WORDS.get(verb, (verb,))
    if not any(word in named for word in words):
        return False
    if any(f"{no}{word}" in named for no in "不未" for word in words):
        return False  # 不合格率 counts the others: no share of the passed (parse44 H3)
    if own and not any(
        re.search(rf"(?:{'|'.join(words)})(?:完成|到位|销号)?(?:及时|按时|按期)?率$", part)
        for part in (_normal(name), target.label or "")
    ):
        return False
    return timely is not None or _TIMELY_NAME_RE.search(named) is None


_SHARE_WORDS: Final = SHARE_WORDS


def _names_other_rate(name: str, target: Comparison | Range, label: str) -> bool:
    """Whether *name* (or the target's label) is a rate of another part than *label*'s.

    ``食品安全抽检合格率`` is one for ``满意``: a survey's satisfied share says nothing
    of it; a name of no rate (``指标``, ``服务对象满意度``) is none.

    >>> from perftrack import parse_target
    >>> target = parse_target("≥98%")
    >>> _names_other_rate("抽检合格率", target, "满意"), _names_other_rate("指标", target, "满意")
    (True, False)
    """
    word = next((word for word in _SHARE_WORDS if word in label), None)
    named = _normal(name) + (target.label or "")
    return word is not None and word not in named and "率" in named


def _stepped_count(value: Value | None, target: Target | None, name: str) -> Quantity | None:
    """The one count of two steps (抽检1250批次,合格1238批次) that the indicator's name asks.

    Against a count target (``≥1200批次``) on a name naming one step only: ``抽检批次``
    is the 1250 checked, ``合格批次`` the 1238 passed; a name of both or of neither
    (and a target in %, see :func:`_counted_share`) gives None.

    >>> from perftrack import parse_target
    >>> from perftrack.expressions import TextValue
    >>> value = TextValue("排查隐患1236处,整改1202处")
    >>> str(_stepped_count(value, parse_target("≥1200处"), "隐患整改数"))
    '1202(处)'
    """
    if (
        not isinstance(value, TextValue)
        or not isinstance(target, (Comparison, Range))
        or target.unit == "%"
        or "," not in (text := _normal(value.text or value.description))
    ):
        return None
    steps = _steps_said(text)
    if steps is None or not steps.whole_verb:
        return None  # 阳性样品36批次,已复核34批次: a share only, no step counted alone
    named = _normal(name) + (target.label or "")
    whole_verb = steps.whole_verb.removeprefix("应")  # 应统计: no verb, the whole that was due
    whole_named = whole_verb != "" and whole_verb in named  # (regress108 W4)
    part_named = steps.verb in named or (steps.verb == "保持" and "稳定" in named)  # 稳定数量
    if whole_named == part_named:
        return None
    if not whole_verb and steps.timely and _TIMELY_NAME_RE.search(named) is None:
        return None  # 应换届128个,按期换届126个 on 换届数量: those late are not said
    return Quantity(steps.part if part_named else steps.whole, steps.unit, text=value.text)


# 兑付率97.7%, 兑付率为97.7%, 基本满意率6.1%: a rate labelled by its measure, one clause;
# in per mille too (再犯罪率2.1‰: parse30 H6).
_LABELLED_RATE_RE: Final = re.compile(
    r"(?P<label>[\u3400-\u9fff]{1,12}?(?:率|度|比例|占比))(?:为|达|达到|是)?"
    r"(?P<rate>\d+(?:\.\d+)?)(?P<sign>[%‰])"
)
# 占办结量32.5%: the share the clause before is of another count.
_SHARE_OF_RE: Final = re.compile(
    r"占(?P<whole>[\u3400-\u9fff]{1,8}?)(?:的)?(?:比例|比重)?(?:为|达|达到)?(?P<rate>\d+(?:\.\d+)?)%"
)
_CLAUSE_VERB_RE: Final = re.compile("^(?:已|共|累计|全年)?(?P<verb>[\u3400-\u9fff]{2})")
_PERCENT_IN_RE: Final = re.compile(r"\d[%‰]")


def _named_rate(value: Value | None, target: Target | None, name: str) -> Quantity | None:
    """The one rate of a sentence whose label is the indicator's measure (parse20 M2).

    Against a target in %: ``已兑付2795.6万元，兑付率97.7%`` on 补贴资金兑付率 is 97.7%;
    ``满意率91.3%，基本满意率6.1%`` on 群众满意率 is 91.3% (基本满意率 is another
    measure); ``回访工单4.1万件，占办结量32.5%`` on 工单回访率 is 32.5% (the share the
    clause before, 回访, is of the whole). None when no clause's label is the measure
    or when two are.

    >>> from perftrack import parse_target
    >>> str(
    ...     _named_rate(
    ...         TextValue("满意率91.3%，基本满意率6.1%"), parse_target("≥90%"), "群众满意率"
    ...     )
    ... )
    '91.3(%)'

    A rate in per mille (``再犯罪3人，再犯罪率2.1‰``) is read the same, against a target
    in % or ‰ (parse30 H6): scoring converts 2.1‰ to 0.21%.
    """
    if (
        not isinstance(value, TextValue)
        or not isinstance(target, (Comparison, Range))
        or target.unit not in ("%", "‰")
    ):
        return None
    if _joined_groups(name) is not None:
        return _joined_rate(name, target, value)
    if (one := _one_group_rate(name, value)) is not None:
        return one  # 学生93%，家长85% on 学生满意度: the group the name names (r97fix)
    clauses = re.split("[,;]", _normal(value.text or value.description))
    if len(clauses) < 2:  # noqa: PLR2004 - a figure and its rate at least
        return None
    named = _normal(name) + (target.label or "")
    # 非常满意率 row: its figure is the grade's (其中非常满意率40%), not the 满意率 (r111 W1)
    grade_row = "满意" in named and _HIGHER_GRADE_RE.search(named) is not None
    rates: list[tuple[Decimal, str]] = []
    shortened: list[tuple[Decimal, str]] = []
    others: list[tuple[Decimal, str, str]] = []
    for before, clause in zip(["", *clauses], clauses, strict=False):
        if (labelled := _LABELLED_RATE_RE.fullmatch(clause)) is not None:
            rate = (Decimal(labelled["rate"]), labelled["sign"])
            if grade_row and _HIGHER_GRADE_RE.search(labelled["label"]) is None:
                others.append((*rate, labelled["label"]))  # the parent 满意率 (r111 W1)
            elif grade_row and _grade_named(labelled["label"].removeprefix("其中"), named):
                rates.append(rate)  # 其中非常满意率 on 非常满意率 or 非常满意度 (r111 W1)
            elif (
                labelled["label"] in named
                and not _negated_in(labelled["label"], named)  # 合格率 of 不合格率 (r108 W1)
            ) or _satisfaction_synonym(labelled["label"], named):
                rates.append(rate)
            elif _shortens(labelled["label"], _normal(name)) and not _negation_dropped(
                labelled["label"], _normal(name)
            ):
                shortened.append(rate)  # 确权率 of 确权登记率 (parse27 M4)
            else:
                others.append((*rate, labelled["label"]))
        elif (share := _SHARE_OF_RE.fullmatch(clause)) is not None:
            verb = _CLAUSE_VERB_RE.match(before)
            if verb is not None and verb["verb"] in named and "率" in named:
                rates.append((Decimal(share["rate"]), "%"))
        elif _PERCENT_IN_RE.search(clause) is not None:
            return None  # another figure in %: a reviewer reads which is the row's
    if not rates and len(shortened) == 1:
        rates = shortened  # the cell's one rate, its label a shortening of the name's
    if (
        not rates
        and not shortened
        and len(others) == 1
        and others[0][2].endswith("覆盖率")
        and _full_coverage(target)
        and ("覆盖" in named or _OTHER_MEASURE_RE.search(named) is None)
    ):
        # 已检定加油机1,286台，覆盖率100% against 全覆盖 or 100%, whatever the name: the
        # cell's one rate is the coverage the target asks (p41 M1)
        rates = [others[0][:2]]
    if len(rates) != 1:
        return None
    if "满意" in named and any(
        _ABOVE_SATISFIED_RE.search(other[2]) and not other[2].startswith("其中") for other in others
    ):
        # 非常满意率60%，满意率30%: 30% is one grade of it (regress108 W2); 满意率95%，其中
        # 非常满意率60%: the higher grade is a part of the 95% (regress109 W3)
        return None
    return Quantity(rates[0][0], rates[0][1], text=value.text)


# A grade of satisfaction above or around 满意 said beside it (非常满意率, 很满意率,
# 满意和基本满意率): the lone 满意率 is then one grade of the satisfied, not the row's figure.
_ABOVE_SATISFIED_RE: Final = re.compile("(?:非常|很|十分|特别)满意|满意[和及与]基本满意")
# A grade above 满意 a row may be named for (非常满意率, 很满意度): r111 W1.
_HIGHER_GRADE_RE: Final = re.compile("(?:非常|很|十分|特别)满意")


def _grade_named(label: str, named: str) -> bool:
    """Whether the grade's rate *label* (``非常满意率``) is the one *named* (r111 W1)."""
    return label in named or _satisfaction_synonym(label, named)


def _negated_in(label: str, named: str) -> bool:
    """Whether *label* stands in *named* only after a negation (合格率 in 抽检不合格率)."""
    at = named.find(label)
    return at > 0 and named[at - 1] in _RATE_NEGATIONS


def _negation_dropped(label: str, name: str) -> bool:
    """Whether *name* negates the rate *label* ends in (到位率 of 问题整改不到位率, r108 W1)."""
    same = 0
    while same < min(len(label), len(name)) and label[-same - 1] == name[-same - 1]:
        same += 1
    return name[-same - 1 : len(name) - same] in _RATE_NEGATIONS


def _satisfaction_synonym(label: str, named: str) -> bool:
    """Whether *label* is the name's 满意度 said as 满意率, or its 满意率 as 满意度 (parse46 H6).

    >>> (
    ...     _satisfaction_synonym("满意率", "受益企业满意度"),
    ...     _satisfaction_synonym("基本满意率", "满意度"),
    ... )
    (True, False)
    """
    if "满意" not in label or label[-1] not in "率度":
        return False
    return f"{label[:-1]}{'度' if label[-1] == '率' else '率'}" in named


# A name of a measure of its own (检定合格率, 群众满意度): a 覆盖率 is not its figure.
_OTHER_MEASURE_RE: Final = re.compile("率|度|比例|占比")


def _full_coverage(target: Comparison | Range) -> bool:
    """Whether *target* asks all (``100%``, ``≥100%``, ``全覆盖``)."""
    return (
        isinstance(target, Comparison)
        and target.unit == "%"
        and target.value == _HUNDRED
        and target.op in (_Op.EQ, _Op.GE)
    )


# A measure of two groups joined (学生及家长满意度, 家长和学生满意度): each group's rate
# must meet the target (parse37 H3).
_JOINED_GROUPS_RE: Final = re.compile(
    "(?P<first>[\u3400-\u9fff]{1,6}?)(?:及|和|与|以及)(?P<second>[\u3400-\u9fff]{1,6}?)"
    "(?P<measure>满意度|满意率|知晓率|知晓度|认可度|满意程度)"
)
# A measure of a pair of groups in one word (师生满意度, 医患满意度): the labels each group's
# rate goes by (regress93 G1).
_PAIRED_GROUPS: Final = {
    "师生": (("教师", "老师", "教职工"), ("学生",)),
    "医患": (("医务人员", "医护人员", "医生"), ("患者", "病人")),
}
_PAIRED_GROUPS_RE: Final = re.compile(
    "(?P<pair>" + "|".join(_PAIRED_GROUPS) + ")(?P<measure>满意度|满意率|知晓率|认可度)"
)
# One group's rate: 家长88.2%, 家长满意度88.2%, 家长满意度：88.2%, 家长满意度为88.2%.
_GROUP_RATE_CLAUSE_RE: Final = re.compile(
    r"(?P<label>[\u3400-\u9fff]{1,12}?):?(?:为|达|达到|是)?"
    r"(?P<rate>\d+(?:\.\d+)?)(?P<sign>[%‰])"
)


# A rate alone (96%), no group said.
_BARE_RATE_RE: Final = re.compile(r"\d+(?:\.\d+)?[%‰]")
# A measure of one group (学生满意度, 家长满意率): the group a cell of several groups'
# rates is read for (r97fix).
_ONE_GROUP_RE: Final = re.compile(
    "(?P<group>[\u3400-\u9fff]{1,6}?)(?P<measure>满意度|满意率|知晓率|知晓度|认可度|满意程度)"
)


def _one_group_rate(name: str, value: TextValue) -> Quantity | None:
    """The rate of the one group a name names, in a cell of each group's rate (r97fix).

    ``学生93%，家长85%`` (either order) on 学生满意度 is 93%, on 家长满意度 85%: the other
    group's rate is not the row's. None unless every clause is one group's rate (two at
    least, no group twice) and exactly one is the named group's (``学生``, ``学生满意度``,
    ``学生满意率``).

    >>> str(_one_group_rate("学生满意度", TextValue("家长85%，学生93%")))
    '93(%)'
    >>> _one_group_rate("服务对象满意度", TextValue("群众92%、企业88%")) is None
    True
    """
    named = _ONE_GROUP_RE.fullmatch(_normal(name))
    if named is None:
        return None
    group, measure = named["group"], named["measure"]
    text = _normal(value.text or value.description).rstrip("。")
    if "分别" in text:  # (the cheap guard) 学生、家长满意度分别为93%、85%
        text = respective_rates(text) or text
    clauses = [clause for clause in re.split("[,;、]", text) if clause]
    said: dict[str, tuple[Decimal, str]] = {}
    for clause in clauses:
        labelled = _GROUP_RATE_CLAUSE_RE.fullmatch(clause)
        if labelled is None or labelled["label"] in said:
            return None
        said[labelled["label"]] = (Decimal(labelled["rate"]), labelled["sign"])
    ours = [
        rate
        for label, rate in said.items()
        if label in (group, f"{group}{measure}", f"{group}{measure[:2]}率")
    ]
    if len(said) < 2 or len(ours) != 1:  # noqa: PLR2004 - the named group and another
        return None
    return Quantity(ours[0][0], ours[0][1], text=value.text)


# Groups a satisfaction rate is said of, each with the words that name it alike
# (_other_group_said): a rate labelled with one is not another's (r100fix).
_RESPONDENT_GROUPS: Final = (
    frozenset({"学生"}),
    frozenset({"家长"}),
    frozenset({"教师", "老师", "教职工"}),
    frozenset({"企业"}),
    frozenset({"患者", "病人"}),
    frozenset({"游客"}),
    frozenset({"职工", "员工"}),
    frozenset({"农户"}),
    frozenset({"群众", "居民", "村民", "市民"}),
)


def _other_group_said(name: str, quantity: Quantity) -> str | None:
    """The name's group, when a lone rate is labelled with another group.

    ``学生95%`` (or ``学生满意度95%``) on 家长满意度 is the students' rate: the parents'
    is missing, so the row cannot be judged on it (regress100). None unless both the
    label and the name's group are known groups (学生, 家长, 群众…) of two kinds.

    >>> _other_group_said("家长满意度", Quantity(Decimal(95), "%", label="学生满意度"))
    '家长'
    >>> _other_group_said("学生满意度", Quantity(Decimal(95), "%", label="学生")) is None
    True
    >>> _other_group_said("服务对象满意度", Quantity(Decimal(95), "%", label="群众")) is None
    True
    """
    if not quantity.label:
        return None  # no label (most rates): no group said (asked before the name's regex)
    named = _ONE_GROUP_RE.fullmatch(_normal(name))
    label = _normal(quantity.label)
    if named is None or not label or _joined_groups(name) is not None:
        return None
    measure = named["measure"]
    for suffix in (measure, f"{measure[:2]}率", "满意度", "满意率"):
        if label.endswith(suffix):
            label = label.removesuffix(suffix)
            break
    group = named["group"]
    ours = next((kind for kind in _RESPONDENT_GROUPS if group in kind), None)
    theirs = next((kind for kind in _RESPONDENT_GROUPS if label in kind), None)
    if ours is None or theirs is None or ours is theirs:
        return None
    return group


def _joined_groups(name: str) -> tuple[str, tuple[tuple[str, ...], ...]] | None:
    """The measure and each group's labels of a two-group name, or None.

    >>> _joined_groups("学生及家长满意度")
    ('满意度', (('学生',), ('家长',)))
    >>> _joined_groups("师生满意度")
    ('满意度', (('教师', '老师', '教职工'), ('学生',)))
    >>> _joined_groups("服务对象满意度") is None
    True
    """
    normal = _normal(name)
    if (joined := _JOINED_GROUPS_RE.fullmatch(normal)) is not None:
        return joined["measure"], ((joined["first"],), (joined["second"],))
    if (paired := _PAIRED_GROUPS_RE.fullmatch(normal)) is not None:
        return paired["measure"], _PAIRED_GROUPS[paired["pair"]]
    return None


def _joined_rate(name: str, target: Comparison | Range, value: TextValue) -> Quantity | None:
    """The rate a two-group name is judged on: the worse of the two groups' (parse37 H3).

    ``学生满意度93.5%，家长满意度88.2%`` on 学生及家长满意度 (or 家长及学生满意度) against
    ``≥90%`` is 88.2%: every group must meet the target, whatever the words' order. The
    groups' rates may go by the group alone (``学生93.5%，家长88.2%``), be parted by
    ``、`` or ``；`` and have a colon (``学生满意度：93.5%``); ``师生满意度`` is of 教师 and
    学生 (regress93 G1). The rate is labelled with its group, for the explanation. None
    when a group's rate is missing or said twice, another figure in % stands in the cell,
    or the target is no floor or ceiling.
    """
    groups = _joined_groups(name)
    if groups is None or not isinstance(target, Comparison) or target.op is _Op.EQ:
        return None
    measure, labels = groups
    text = _normal(value.text or value.description).rstrip("。")
    if "分别" in text:  # (the cheap guard) 学生、家长满意度分别为96%、93%
        text = respective_rates(text) or text
    clauses = [clause for clause in re.split("[,;、]", text) if clause]
    bare = [_BARE_RATE_RE.fullmatch(clause) for clause in clauses]
    if len(clauses) == len(labels) and all(rate is not None for rate in bare):
        # 96%、93% on 学生及家长满意度: each group's rate in the name's order (k31i)
        clauses = [f"{words[0]}{clause}" for words, clause in zip(labels, clauses, strict=True)]
    found: list[list[tuple[Decimal, str, str]]] = [[] for _ in labels]
    for clause in clauses:
        labelled = _GROUP_RATE_CLAUSE_RE.fullmatch(clause)
        if labelled is None:
            if _PERCENT_IN_RE.search(clause) is not None:
                return None
            continue
        label = labelled["label"]
        index = next(
            (
                index
                for index, words in enumerate(labels)
                for word in words
                if label in (word, f"{word}{measure}", f"{word}{measure[:2]}率")
            ),
            None,
        )
        if index is None:
            return None  # a rate of a third group or of another measure
        found[index].append((Decimal(labelled["rate"]), labelled["sign"], label))
    if any(len(rates) != 1 for rates in found):
        return None
    rates = [rates[0] for rates in found]
    if len({sign for _, sign, _ in rates}) != 1:
        return None
    worse = min if target.op in (_Op.GE, _Op.GT) else max
    rate, sign, label = worse(rates, key=lambda found: found[0])
    return Quantity(rate, sign, label=label, text=value.text)


def _shortens(label: str, name: str) -> bool:
    """Whether a rate's *label* shortens the rate *name* (parse27 M4).

    ``确权率`` is ``项目资产确权登记率`` shortened: both end in 率, and the label's
    words before it (two at least) stand in the name in order, as a shortening keeps
    them. ``就业率`` is no shortening of ``培训合格率``. The label keeps every word of
    the name's measure (:data:`_RATE_MEASURE_RE`: 就业, 及时, 上岗, 覆盖…): ``培训率``
    is no shortening of ``培训后就业率``, nor ``资金拨付率`` of ``资金拨付及时率``.

    >>> _shortens("确权率", "项目资产确权登记率"), _shortens("就业率", "培训合格率")
    (True, False)
    >>> _shortens("培训率", "培训后就业率"), _shortens("资金拨付率", "资金拨付及时率")
    (False, False)
    """
    if not label.endswith("率") or not name.endswith("率"):
        return False
    stem = label.removesuffix("率")
    if len(stem) < 2:  # noqa: PLR2004 - a word at least
        return False
    rest = iter(name.removesuffix("率"))
    if not all(character in rest for character in stem):
        return False
    # the label keeps the name's measure (regress55 W1): 培训率 drops 就业 of 培训后就业率
    return all(word in stem for word in _RATE_MEASURE_RE.findall(name))


# The measure a rate's name ends in (就业率, 知晓率, 拨付及时率, 上岗率, 运行率, 覆盖率…),
# which a shortened label must keep; a process noun (登记, 确权, 拨付) is none.
_RATE_MEASURE_RE: Final = re.compile(
    "及时|准时|按时|知晓|就业|上岗|运行|覆盖|合格|完成|达标|到位|执行|使用|利用|满意|参保"
    "|入学|普及|完好|成活|存活|通过|回收|治愈|办结|结案|响应|开工|竣工|验收|整改|入住|出勤"
)


# 同比提高0.4个百分点, 较上年下降2.1个百分点, 较年初上升1.1个百分点: a clause of change
# alone, its direction said (较年初/比年初, the baseline of balance-sheet ratios: parse27 H1).
_CHANGE_CLAUSE_RE: Final = re.compile(
    r"(?:同比|较上年度?|比上年度?|较去年|比去年|与上年相比|较年初|比年初)?"
    r"(?:提高|提升|上升|增长|增加|下降|降低|减少|回落)了?\d+(?:\.\d+)?(?:个百分点|%)"
)


# 较年初减少4名, 同比减少4名（收养3名、成年1名）: a change in a count's own unit against a
# base, a note after it (p45 H8).
_UNIT_CHANGE_CLAUSE_RE: Final = re.compile(
    r"(?:同比|较上年度?|比上年度?|较去年|比去年|与上年相比|较年初|比年初)"
    r"(?P<verb>提高|提升|上升|增长|增加|下降|降低|减少|回落)了?(?P<amount>\d+(?:\.\d+)?)"
    r"(?P<unit>[\u4e00-\u9fff]{1,2})(?:\([^()]*\))?"
)

# Verbs of a count's change a name may ask for itself (减少在院孤儿人数, regress108).
_NAMED_CHANGE_VERBS: Final = ("减少", "增加", "下降", "降低", "增长")


def _named_change(level: Quantity, clause: str, name: str) -> Quantity | None:
    """The change after a count when the name asks that change (减少在院孤儿人数), else None.

    ``在院孤儿118名，较年初减少4名`` (or with the change in a bracket) on ``减少在院孤儿人数``
    is the 4 fewer, not the 118 left: the clause's verb stands in the name, not in the
    count's label, and the change is in the count's unit.
    """
    name = _normal(name)
    if not any(verb in name for verb in _NAMED_CHANGE_VERBS):
        return None  # (the cheap guard: a name of no change)
    found = _UNIT_CHANGE_CLAUSE_RE.fullmatch(clause)
    if found is None or found["unit"] != level.unit:
        return None
    label, amount = level.label or "", Decimal(found["amount"])
    if found["verb"] in name and found["verb"] not in label:
        return Quantity(amount, level.unit, text=level.text)
    # 较年初增加4名 on 减少在院孤儿人数: the change the other way, negative (r108b)
    asked = _opposed_change_verb(found["verb"], name)
    if asked is None or asked in label:
        return None
    return Quantity(-amount, level.unit, text=level.text)


# The change verbs a count's name may open with (减少在院孤儿人数, 增加养老床位数), the
# units of a count, and of persons; the words closing such a name (人数, 数量).
_CHANGE_OPENINGS: Final = frozenset({"减少", "新增", "增加", "提高", "降低"})
_HEADCOUNT_UNITS: Final = frozenset({"人", "名", "人次"})
_COUNT_UNITS: Final = _HEADCOUNT_UNITS | frozenset(
    {"户", "个", "家", "张", "所", "座", "处", "件", "项", "台", "辆", "套"}
)
_COUNT_NAME_END_RE: Final = re.compile("(?:人数|户数|个数|数量|总数|数)$")


def _is_ceiling(target: Target) -> bool:
    """Whether *target* is a ceiling (``≤10件``), a level to stay under (regress110 W3).

    On a change's name (降低投诉数量) a bare level (投诉8件) is what a ceiling measures.
    """
    return isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT)


def _level_on_change_name(level: Quantity, name: str) -> str | None:
    """The name's opening verb when *level* is the bare count of what it asks to change.

    ``在院孤儿118名`` on ``减少在院孤儿人数`` (or ``全县养老床位1200张`` on ``增加养老床位数``):
    the label, after a scope word, is the name's object alone, a count; ``建成养老床位60张``
    and ``新增就业600人`` say the change (r108b). On a name of a rise (新增, 增加, 提高) only
    with a scope word (全县, 年末, 现有): ``城镇就业600人`` on ``新增城镇就业人数`` is the
    rise said short, as staff write it (r108b reviewed).
    """
    name = _normal(name)
    verb = name[:2]
    if level.unit not in _COUNT_UNITS or not level.label or verb in level.label:
        return None
    asked = _COUNT_NAME_END_RE.sub("", name[2:])
    said = _normal(level.label)
    label = _SCOPE_LEAD_RE.sub("", said)
    if verb in _RISE_OPENINGS and label == said:
        return None  # 城镇就业600人 on 新增城镇就业人数: the rise, said short
    return verb if len(asked) >= 2 and label == asked else None  # noqa: PLR2004


# The openings of _CHANGE_OPENINGS that ask for a rise.
_RISE_OPENINGS: Final = frozenset({"新增", "增加", "提高"})


# The verbs of a change up and down (较年初增加4名, 较年初减少4名).
_UP_VERBS: Final = frozenset({"提高", "提升", "上升", "增长", "增加"})


def _opposed_change_verb(verb: str, name: str) -> str | None:
    """The name's change verb of the other way than *verb*, when it asks one way only."""
    name = name.replace("增加值", "")  # (an 增加值 is a level, no change)
    asked = [word for word in _NAMED_CHANGE_VERBS if word in name]
    ways = {word in _UP_VERBS for word in asked}
    if len(ways) != 1 or ways == {verb in _UP_VERBS}:
        return None
    return asked[0]


def _same_tail(label: str | None, name: str) -> bool:
    """Whether a count's label ends as the name does (在院孤儿 on 集中养育孤儿: 孤儿, p45 H8).

    The words before the shared tail must agree (regress108 W3): none in the label (after a
    scope, 全市, 年), none in the name (after a change verb, 增加), one standing in the
    other's, or a known same group (在院 of 集中养育); ``集中供养特困人员`` on
    ``分散供养特困人员`` and ``城市特困人员`` on ``农村特困人员`` do not. A qualifier the label
    only adds passes (建档立卡脱贫人口 on 脱贫人口, 绿地总面积 on 增加绿地面积: regress109 W4).
    """
    name = _normal(name)
    if (
        label is None
        or len(label) < 2  # noqa: PLR2004
        or not name.endswith(label[-2:])
        or re.search("不|未|非|无|没", label) is not None
    ):
        return False
    same = 2
    while same < min(len(label), len(name)) and label[-same - 1] == name[-same - 1]:
        same += 1
    own, named = _SCOPE_LEAD_RE.sub("", label[:-same]), name[:-same]
    if named[:2] in _NAMED_CHANGE_VERBS:
        named = named[2:]  # 增加绿地面积: the change asked, no group (regress109 W4)
    return not own or not named or own in named or named in own or (own, named) in _SAME_GROUPS


# A scope before a count's label, saying where, not which group (全市在院孤儿).
_SCOPE_LEAD_RE: Final = re.compile(
    "^(?:全(?:省|市|州|县|区|旗|镇|乡)|本(?:市|县|区)|年末|年底|期末|现有|全年|年度|年)"
)

# Words before a shared tail that name one group (在院孤儿 are the 集中养育孤儿, p45 H8).
_SAME_GROUPS: Final = frozenset(
    (said, named)
    for said in ("在院", "院内")
    for named in ("集中养育", "集中供养", "机构养育", "机构供养")
)


# Verbs that may lead the label of a level said with its measure (完成吞吐量4860万吨).
_LEVEL_LABEL_LEAD_RE: Final = re.compile("^(?:全年|年内|累计|共)?(?:完成|实现|达到)?")


def _level_label_named(label: str | None, name: str) -> bool:
    """Whether a level's label is none, or the measure the name asks (p26fix).

    ``完成吞吐量`` on ``港口货物吞吐量``: 吞吐量, the name's measure, after its verb.
    """
    if not label:
        return True
    measure = _LEVEL_LABEL_LEAD_RE.sub("", _normal(label))
    name = _normal(name)
    at = name.find(measure)
    if len(measure) >= 2 and at >= 0:  # noqa: PLR2004
        # 合格率 on 抽检不合格率: the rate the name negates is not its own (regress108 W1)
        return name[at - 1 : at] not in _RATE_NEGATIONS
    # 全市农村公路优良路率 on 农村公路优良路率, 抽检路段优良中等路率 on 农村公路优良中等路率:
    # the rate the name ends with, its scope or object said before it (p45 H1); not a
    # negation before it (抽检不合格率 on 抽检合格率)
    if not measure.endswith("率") or not name.endswith("率"):
        return False
    same = next(
        (
            size
            for size in range(min(len(measure), len(name)), 2, -1)
            if measure[-size:] == name[-size:]
        ),
        0,
    )
    return (
        same >= 3  # noqa: PLR2004
        and re.search("不|未|非|无|没", measure[:-same]) is None
        # nor before the name's (全市抽检合格率 on 产品抽检不合格率, regress108 W1)
        and name[-same - 1 : -same] not in _RATE_NEGATIONS
    )


# A negation before a rate, making it the rate of the rest (不合格率, 未达标率, 非…率).
_RATE_NEGATIONS: Final = frozenset("不未非")


def _complement_level(level: Quantity, target: Target, name: str) -> _OtherMeasure | None:
    """A level labelled with the complement of the name's rate, converted (regress108 W1).

    ``全市抽检合格率97.5%`` on ``产品抽检不合格率``: 不合格率2.5%, as the lone level is read
    (the exact complements of :func:`_other_measure`); any other measure is None.
    """
    if not level.label or not any(word in level.label + name for word in _RATE_NEGATIONS):
        return None  # (a negation on one side at least: the cheap guard)
    measure = _other_measure(level, target, name)
    return measure if measure is not None and measure.converted else None


def _converted_level(level: Quantity | None, target: Target, name: str) -> Quantity | None:
    """*level* as the name's rate when it is labelled with its complement, else itself."""
    if level is None or (measure := _complement_level(level, target, name)) is None:
        return level
    return measure.quantity


def _bracketed_change(quantity: Quantity, name: str) -> Quantity | None:
    """The change in a count's bracket the name asks (在院孤儿118名（较年初减少4名）), else None."""
    if quantity.note is None or not (
        _level_label_named(quantity.label, name) or _same_tail(quantity.label, name)
    ):
        return None
    return _named_change(quantity, _normal(quantity.note), name)


def _level_then_change(
    value: Value | None, target: Target | None, name: str = ""
) -> Quantity | None:
    """The bare level of a cell that gives it, then its change (p25fix H1).

    ``97.2%，同比提高0.4个百分点`` against a level target (``≥97.5%``) is 97.2%, as
    ``97.2%（同比提高0.4个百分点）`` and ``监测合格率97.2%，…`` are: the second clause
    is a change, never the level. Only the first clause's figure in the target's unit,
    unlabelled or labelled with the name's measure (``完成吞吐量4,860万吨，同比增长6.2%``
    on 港口货物吞吐量, p26fix); a change target is judged by the change before this is reached.

    >>> from perftrack import parse_target
    >>> str(_level_then_change(TextValue("97.2%,同比提高0.4个百分点"), parse_target("≥97.5%")))
    '97.2(%)'
    """
    if not isinstance(value, TextValue) or not isinstance(target, (Comparison, Range)):
        return None
    clauses = CLAUSE_SPLIT_RE.split(_normal(value.text or value.description))
    if len(clauses) != 2:  # noqa: PLR2004
        return None
    in_unit = None
    if _CHANGE_CLAUSE_RE.fullmatch(clauses[1]) is None:
        # 在院孤儿118名，较年初减少4名（收养3名、成年1名）: a change in the level's own
        # unit against a base (p45 H8)
        in_unit = _UNIT_CHANGE_CLAUSE_RE.fullmatch(clauses[1])
        if in_unit is None:
            return None
    level = parse_value(clauses[0])
    if (
        not isinstance(level, Quantity)
        or level.unit is None
        or level.unit != target.unit
        or (in_unit is not None and in_unit["unit"] != level.unit)
        or not (
            _level_label_named(level.label, name)  # 完成吞吐量4860万吨 (p26fix)
            or (in_unit is not None and _same_tail(level.label, name))
            or _complement_level(level, target, name) is not None  # 合格率 on 不合格率
        )
        or level.note
        or level.bound is not _Bound.EXACT
    ):
        return None
    if in_unit is not None and (changed := _named_change(level, clauses[1], name)) is not None:
        return evolve(changed, text=value.text)  # 减少在院孤儿人数: the 4 fewer
    return evolve(level, text=value.text)


# What may stand before the phrase of a rate said of all (全部账实相符, 均已账实相符,
# 100%按效付费).
_ALL_SAID_RE: Final = re.compile("^(?:全部|均已|均|已|100%)+")
# The shortest phrase read at the end of a longer name (账实相符 on 固定资产账实相符率): a
# word of two (通过, 使用) says too little of which rate.
_TAIL_PHRASE_MIN: Final = 3


def _rate_phrase_said(value: Value | None, target: Target | None, name: str) -> Quantity | None:
    """100% when a text actual is the phrase of its rate against a bar of 100% (parse20 M4).

    ``账实相符`` on ``账实相符率 =100%`` (the target's label or the name without its 率,
    or the phrase of three characters or more the name ends in before 率 or 比例:
    ``固定资产账实相符率``, ``PPP项目按效付费比例``): the cell says it of all, 100%;
    ``基本账实相符``, ``账实不符`` and a lower bar are none.

    >>> from perftrack import parse_target
    >>> [
    ...     str(_rate_phrase_said(TextValue(text), parse_target(goal), "账实相符率"))
    ...     for text, goal in (("账实相符", "100%"), ("基本账实相符", "100%"), ("账实相符", "≥95%"))
    ... ]
    ['100(%)', 'None', 'None']
    """
    if (
        not isinstance(value, TextValue)
        or not isinstance(target, Comparison)
        or target.unit != "%"
        or target.value != _HUNDRED
        or target.op not in (_Op.EQ, _Op.GE)
    ):
        return None
    said = _ALL_SAID_RE.sub("", _normal(value.text or value.description))
    phrases = {
        phrase.removesuffix("率")
        for phrase in (target.label or "", _normal(name))
        if phrase.endswith("率") and len(phrase) > 2  # noqa: PLR2004 - a phrase, then 率
    }
    if said not in phrases and not (
        # 账实相符 on 固定资产账实相符率, 按效付费 on PPP项目按效付费比例: the phrase
        # the name ends in before its 率 or 比例 (parse55 M10)
        len(said) >= _TAIL_PHRASE_MIN and _normal(name).endswith((f"{said}率", f"{said}比例"))
    ):
        return None
    return Quantity(_HUNDRED, "%", text=value.text)


# A fraction with its share word after it (224/256人达标): read as 达标224/256人 (parse37 M6).
_TRAILING_SHARE_WORD_RE: Final = re.compile(
    r"^(?P<fraction>\d+(?:\.\d+)?[\u3400-\u9fff]{0,2}/\d+(?:\.\d+)?[\u3400-\u9fff]{0,2}?)"
    "(?P<word>达标|合格|满意|通过)$"
)

# 救护163只(头),成活108只(头): a measure word with its bracketed alternative after a count,
# the first word standing for both (the target's 只(头) is one unit too; parse49 H6).
_ALTERNATIVE_MEASURE_RE: Final = re.compile(r"(?<=\d)([\u4e00-\u9fff])\([\u4e00-\u9fff]\)")


def _per_figure_for_total(
    target: Comparison | Range, actual: Quantity, indicator: Indicator
) -> str | None:
    """What an actual's per label divides by, against a target of a total, else None.

    ``户均增收1200元`` against ``≥50万元`` on ``带动农户增收``: an average per household,
    which says nothing of the total (parse53 H3; it was 1200元 against 50万元, not met).
    None when the target, its label or the name is per something too (``≥2000元/户``,
    ``人均培训成本``), or the actual's unit divides by something already. An average
    that names no measure word (``平均增收1200元``) gives ``""`` (k30a).

    >>> from perftrack import parse_target, parse_value
    >>> from perftrack.model import Indicator
    >>> row = Indicator("带动农户增收")
    >>> _per_figure_for_total(parse_target("≥50万元"), parse_value("户均增收1200元"), row)
    '户'
    >>> _per_figure_for_total(parse_target("≥2000元/户"), parse_value("户均增收2300元"), row)
    """
    if (
        actual.label is None
        or (actual.unit is not None and "/" in actual.unit)
        or target.unit is None
        or "/" in target.unit
        or (per := _average_per(actual.label)) is None
        or _per_of(target.label) is not None
        or _per_of(indicator.name) is not None
        or _UNIT_COST_RE.search(f"{target.label or ''} {indicator.name}") is not None
        or "平均" in indicator.name
        or "标准" in indicator.name  # 补助标准 ≥1200元 | 人均1250元: a standard is per person
    ):
        return None
    # an average far below the total only (a figure near the target may be per unit too)
    factors = _factors(target.unit, actual.unit or target.unit)
    bar = target.value if isinstance(target, Comparison) else target.low
    if factors is None or actual.value * factors[1] * _PER_BELOW_TOTAL > bar * factors[0]:
        return None
    return per


# How many times an average must fall below a total target to be read as one (parse53 H3).
_PER_BELOW_TOTAL: Final = 5
# An average over the units of the whole that names none (平均增收1200元), not one over a
# period (年平均, 平均每月, 平均日处理: the period averages' rules, _AVERAGE_SAID_RE) (k30a).
_BARE_AVERAGE_RE: Final = re.compile("(?<![日天周月季年])平均(?![每日天周月季年])")


def _average_per(label: str) -> str | None:
    """What an actual's average label divides by (户均, 平均每户: 户), ``""`` if unsaid, else None.

    A year between the measure word and 均 (``户年均增收``, ``人年均收入``) is the same
    average per 户, per 人 (k30a).

    >>> _average_per("户均增收"), _average_per("户年均增收"), _average_per("平均增收")
    ('户', '户', '')
    >>> _average_per("年均增长"), _average_per("年平均增收"), _average_per("增收")
    (None, None, None)
    """
    per = _per_of(label)
    if per is None and "年均" in label:
        per = _per_of(label.replace("年均", "均"))
    if per is None and "平均" in label and _BARE_AVERAGE_RE.search(label) is not None:
        return ""
    return per


def _other_part_label(actual: Value, name: str) -> str | None:
    """The part an actual's ``其中…`` label names, when the indicator's name does not, else None.

    A cell that opens with 其中 (``其中水冲式厕所占60%``, ``其中农民工1200人次``) gives a
    part of the whole and leaves the whole unsaid; the part is the row's own figure only
    when the name names it (``水冲式厕所占比``). One test for the verdict and the progress.

    >>> from perftrack import parse_value
    >>> _other_part_label(parse_value("其中水冲式厕所占60%"), "农村卫生厕所普及率")
    '水冲式厕所'
    >>> _other_part_label(parse_value("其中水冲式厕所占60%"), "水冲式厕所占比") is None
    True
    """
    if not isinstance(actual, Quantity) or not actual.label or not actual.label.startswith("其中"):
        return None
    part = actual.label.removeprefix("其中").removesuffix("占").removesuffix("为").strip()
    if not part or part in name:
        return None
    return part


# A saving's label (较预算节约, 节余资金, 审减): what was not spent, never the cost.
_SAVING_LABEL_RE: Final = re.compile("节约|节支|节省|节余|结余|审减|少支")


def _saving_as_cost(quantity: Quantity, target: Comparison | Range, name: str) -> bool:
    """Whether an amount labelled as a saving answers a money ceiling (parse52 H4).

    ``较预算节约3.2万元`` against ``≤50万元`` on ``项目总成本`` is what was not spent: the cost
    is not 3.2万元. Only a ceiling in money, on a name that measures no saving itself
    (``成本节约额`` does).

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("≤50万元")
    >>> _saving_as_cost(parse_value("较预算节约3.2万元"), goal, "项目总成本")
    True
    >>> _saving_as_cost(parse_value("节约3.2万元"), parse_target("≥3万元"), "成本节约额")
    False
    """
    return (
        quantity.label is not None
        and isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.LT)
        and (target.unit or "").endswith("元")
        and _SAVING_LABEL_RE.search(quantity.label) is not None
        and _SAVING_LABEL_RE.search(name) is None
        and not any(word in name for word in SAVING_WORDS)
    )


# The words that may label the part done of a count out of the plan (完成185户/200户).
_DONE_PART_LABELS: Final = frozenset({"", "完成", "已完成", "实际完成", "累计完成"})


def _done_of_planned(actual: Value, target: Comparison | Range) -> Quantity | None:
    """The part done of ``185户/200户`` against a count target of the whole, else None.

    A count out of a count whose whole is the target's figure (``185户/200户``,
    ``185/200户``, ``完成185户/200户`` against ``≥200户``) says 185 of the 200 planned were
    done: the count is 185户. Only in the target's measure word, said on one side at
    least (a bare ``1/3`` or ``12/31`` may be a ratio or a date), never in % (a share,
    :func:`_counted_share`), and never a part above its whole or a whole other than the
    target's. Against a ceiling the whole is the ceiling (``480万元/500万元`` against
    ``≤500万元``: 480万元 spent of the 500 allowed, r35p; k28h left ceilings out, its one
    case a bare ``185/200``, which stays out by the measure word). Against a ceiling the
    first figure may pass the second: ``520万元/500万元`` is 520万元 spent of the 500
    allowed, an overrun (r35r; it stayed text, unknown).

    >>> from perftrack import parse_target, parse_value
    >>> _done_of_planned(parse_value("185户/200户"), parse_target("≥200户")).value
    Decimal('185')
    >>> [
    ...     _done_of_planned(parse_value(text), parse_target("≥200户"))
    ...     for text in ("185户/210户", "185/200")
    ... ]
    [None, None]
    """
    if (
        not isinstance(actual, TextValue)
        or "/" not in actual.description
        or target.unit in (None, "%")
    ):
        return None
    found = _FRACTION_RE.fullmatch(_normal(actual.text or actual.description).rstrip("。"))
    if (
        found is None
        or found["label"] not in _DONE_PART_LABELS
        or found["part_unit"] not in ("", target.unit)
        or found["unit"] not in ("", target.unit)
        or not (found["part_unit"] or found["unit"])  # 1/3, 12/31: a ratio, a date
    ):
        return None
    part, whole = Decimal(found["part"]), Decimal(found["whole"])
    bar = target.value if isinstance(target, Comparison) else target.high
    ceiling = isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT)
    if whole != bar or (part > whole and not ceiling):
        return None
    return Quantity(part, target.unit, _Bound.EXACT, text=actual.text or actual.description)


# A count done beside the count planned, in one measure word (r35e): 计划12个，完成11个,
# 应完成12个，已完成11个, 完成11个，共12个, 共12个，完成11个.
_PLANNED_WHOLE: Final = r"(?:计划|应完成|目标|任务|共计|共|合计|总计)(?:完成)?"
_DONE_PART: Final = r"(?:实际|已经?|实际已)?(?:完成|建成|完工)了?"
_COUNT: Final = r"\d+(?:\.\d+)?"
_DONE_OF_PLANNED_SAID_RE: Final = re.compile(
    rf"{_PLANNED_WHOLE}(?P<whole>{_COUNT})(?P<unit>[\u4e00-\u9fff]{{1,3}}?)[,;]"
    rf"{_DONE_PART}(?P<part>{_COUNT})(?P<part_unit>[\u4e00-\u9fff]{{1,3}})"
    rf"|{_DONE_PART}(?P<part2>{_COUNT})(?P<unit2>[\u4e00-\u9fff]{{1,3}}?)[,;]"
    rf"{_PLANNED_WHOLE}(?P<whole2>{_COUNT})(?P<whole_unit2>[\u4e00-\u9fff]{{1,3}})"
    # 12个项目完成11个, 12个项目中已完成11个: the whole counted with its noun, then the part
    # done of it (r35j)
    rf"|(?P<whole3>{_COUNT})(?P<unit3>[个项座处所家户条台套])[\u4e00-\u9fff]{{1,8}}?(?:中|里)?,?"
    rf"{_DONE_PART}(?P<part3>{_COUNT})(?P<part_unit3>[\u4e00-\u9fff]{{1,3}})"
)


def _done_of_planned_said(text: str, name: str, label: str) -> tuple[Decimal, Decimal] | None:
    """(done, planned) of ``计划12个，完成11个`` on a rate of completion, else None.

    The row's name (or the target's label) must name a rate of completion (完成率, 完成比例):
    on another rate the counts say nothing of it. Both counts in one measure word, the
    plan above 0 (r35e: the cell was "不是数值" or "单位不可比", unknown).

    >>> _done_of_planned_said("计划12个,完成11个", "项目完成率", "")
    (Decimal('11'), Decimal('12'))
    >>> _done_of_planned_said("完成11个,共12个", "项目完成率", "")
    (Decimal('11'), Decimal('12'))
    >>> _done_of_planned_said("12个项目完成11个", "项目完成率", "")
    (Decimal('11'), Decimal('12'))
    >>> _done_of_planned_said("计划12个,完成11个", "群众满意度", "") is None
    True
    """
    said = name + label
    if "完成" not in said or ("率" not in said and "比例" not in said):
        return None
    found = _DONE_OF_PLANNED_SAID_RE.fullmatch(text)
    if found is None:
        return None
    if found["whole"] is not None:
        whole, part = Decimal(found["whole"]), Decimal(found["part"])
        units = (found["unit"], found["part_unit"])
    elif found["whole3"] is not None:
        whole, part = Decimal(found["whole3"]), Decimal(found["part3"])
        units = (found["unit3"], found["part_unit3"])
    else:
        whole, part = Decimal(found["whole2"]), Decimal(found["part2"])
        units = (found["unit2"], found["whole_unit2"])
    if units[0] != units[1] or whole <= 0:
        return None
    return part, whole


def _counted_share(value: Value | None, target: Target | None, name: str = "") -> Quantity | None:
    """A count out of a count against a percentage target, as that percentage.

    ``465/500``, ``满意465份/500份`` and ``发放问卷500份,满意465份`` against ``≥90%`` are
    93%, computed exactly (465 × 100 / 500); the raw text stays the quantity's. Only a
    text value against a target in %: a date (12/31) or a ratio (1/3) in another row
    stays text. A whole of 0, or a part above its whole, is no share. The part of a
    step (``抽检1250批次,合格1238批次``, ``整改1202处/1236处``) counts only for a rate
    whose *name* or label names that step (合格率, 整改率), and a satisfied share only
    for a rate of satisfaction or one of no name (not a 合格率).
    """
    if (
        not isinstance(value, TextValue)
        or not isinstance(target, (Comparison, Range))
        or target.unit != "%"
        or (
            "/" not in value.description
            and "," not in value.description
            and "完成" not in value.description  # 12个项目完成11个 (r35j)
        )
    ):
        return None
    text = _TRAILING_SHARE_WORD_RE.sub(
        r"\g<word>\g<fraction>", _normal(value.text or value.description)
    )
    if "(" in text:  # 救护163只(头),成活108只(头): 只 (parse49 H6)
        text = _ALTERNATIVE_MEASURE_RE.sub(r"\1", text)
    found = _FRACTION_RE.fullmatch(text)
    if found is not None and not _SHARE_LABEL_RE.fullmatch(found.group("label")):
        step = _STEP_LABEL_RE.fullmatch(found.group("label"))
        if step is None or not _names_step(name, target, step["verb"], step["timely"]):
            return None  # 不满意35/500, 超标2/50, 投诉35/500: not the share the target counts
    elif found is not None and _names_other_rate(name, target, found["label"]):
        return None  # 满意465份/500份 says nothing of a 合格率, 合格48/50 of a 整改率
    if found is None:
        found = _labelled_fraction(text, name, target)  # 入住255套/可租300套 (parse43 H5)
    if found is None:
        found = _SURVEY_RE.fullmatch(text)
        if found is not None and _names_other_rate(name, target, "满意"):
            return None  # 发放问卷500份,满意465份 says nothing of a 合格率
    if (
        found is None
        and "不满意" in text  # (the cheap guard) 满意185人，不满意15人 (k31i)
        and (said := _SATISFIED_AND_NOT_RE.fullmatch(text)) is not None
        and said["unit"] == said["other_unit"]
        and not _names_other_rate(name, target, "满意")
    ):
        part = Decimal(said["part"].replace(",", ""))
        whole = part + Decimal(said["other"].replace(",", ""))
        return Quantity(part * _HUNDRED / whole, "%", text=value.text) if whole > 0 else None
    if found is None and (done := _done_of_planned_said(text, name, target.label or "")):
        part, whole = done  # 完成11个，共12个 on 项目完成率 (r35e)
        return Quantity(part * _HUNDRED / whole, "%", text=value.text)
    if found is None and (pair := _budget_pair_said(text, name, target.label or "")):
        part, whole = pair  # 预算30万元,实际支出25.6万元 on 三公经费控制率 (parse55 M14)
        if whole <= 0:
            return None
        return Quantity(part * _HUNDRED / whole, "%", text=value.text)
    if found is None:
        steps = (
            _steps_said(text)
            or _errors_said(text, name + (target.label or ""))  # 差错32块 (parse49 H3)
            or _failures_said(text)
            or _left_said(text)  # 已整改18处,尚有2处 (regress106 residual)
            or _roll_events_said(text)  # 在册312人,重新犯罪1人 (parse44 M4)
            or _all_timely_said(text, name + (target.label or ""))  # 及时率100% (parse44 M3)
            or _named_step_pair(text, name + (target.label or ""))  # 签约21个,开工15个 (p48 H8)
        )
        if steps is None or not _names_step(
            name, target, steps.verb, steps.timely, own=not steps.whole_verb
        ):
            return None  # 抽检1250批次,合格1238批次 against a 整改率
        part, whole = steps.part, steps.whole
    elif found.group("part_unit") not in ("", found.group("unit")):
        return None
    else:
        part = Decimal(found.group("part").replace(",", ""))
        whole = Decimal(found.group("whole").replace(",", ""))
    if whole <= 0 or part > whole:
        return None
    return Quantity(part * _HUNDRED / whole, "%", text=value.text)


def _labelled_fraction(text: str, name: str, target: Comparison | Range) -> re.Match[str] | None:
    """A fraction whose two sides are labelled, when the part's label names the rate.

    ``入住255套/可租300套`` on ``人才公寓入住率`` is 255 out of 300, as ``255/300`` is: the
    ``/`` says which is the whole, the labels only name the two sides (parse43 H5). The
    part's label (without 已) or its first two letters are in the name or the target's
    label (入住, 覆盖行政村, 整改), and both sides count in one measure word.

    >>> from perftrack import parse_target
    >>> target = parse_target("≥90%")
    >>> _labelled_fraction("入住255套/可租300套", "人才公寓入住率", target) is not None
    True
    >>> _labelled_fraction("未入住45套/可租300套", "人才公寓入住率", target) is None
    True
    """
    found = _LABELLED_FRACTION_RE.fullmatch(text)
    if found is None or found["part_unit"] != found["unit"]:
        return None
    label = found["label"].removeprefix("已")
    named = _normal(name) + (target.label or "")
    if len(label) < 2 or (label not in named and label[:2] not in named):  # noqa: PLR2004
        return None
    return found


def _rounded_share(quantity: Quantity) -> Quantity:
    """A share shown to the hundredth when its exact value has more digits (1/3: 33.33%)."""
    rounded = half_up(quantity.value, _CENT_SHARE)
    return quantity if rounded == quantity.value else evolve(quantity, value=rounded)


_CENT_SHARE: Final = Decimal("0.01")


# 4.6分（满分5分）: the full marks a score is out of.
_FULL_MARKS_RE: Final = re.compile(r"满分\s*(\d+(?:\.\d+)?)\s*分?")
# 5分制, 10分制, 百分制: the full marks a scale names (r35e).
_SCALE_MARKS_RE: Final = re.compile(r"(\d+|百)分制")
# The largest full marks of a small scale (5 or 10): a score up to it against a bar above
# it is on another scale (r35e).
_SMALL_SCALE: Final = Decimal(10)


def full_marks(text: str) -> Decimal | None:
    """The full marks *text* states (``满分5分``, ``5分制``, ``百分制``), else None.

    >>> full_marks("≥4.5分（满分5分）"), full_marks("≥4.5（5分制）"), full_marks("≥90分")
    (Decimal('5'), Decimal('5'), None)
    """
    found = _FULL_MARKS_RE.search(text)
    if found is not None:
        return Decimal(found.group(1))
    scale = _SCALE_MARKS_RE.search(text)
    if scale is None:
        return None
    return _HUNDRED if scale.group(1) == "百" else Decimal(scale.group(1))


def _target_full_marks(target: Comparison | Range) -> Decimal | None:
    """The full marks of a score target: as its text states them, else 100 above a bar of 10."""
    stated = full_marks(target.text or str(target))
    if stated is not None:
        return stated
    return _HUNDRED if _bar(target) > _SMALL_SCALE else None


def _score_on_target_scale(quantity: Quantity, target: Comparison | Range) -> Quantity:
    """A score in 分 on the target's scale, when both state (or imply) their full marks.

    ``4.6分（满分5分）`` against ``≥90分`` is 92分 of 100 (r35e: it was 4.6 against 90,
    not met); a score of the target's own full marks, or of marks the cell does not
    state, is itself.

    >>> from perftrack import parse_target, parse_value
    >>> str(_score_on_target_scale(parse_value("4.6分（满分5分）"), parse_target("≥90分")))
    '92(分)'
    """
    own = full_marks(quantity.text)
    full = _target_full_marks(target)
    if own is None or full is None or own == full or own <= 0 or not 0 <= quantity.value <= own:
        return quantity
    value = quantity.value * full / own
    if value == value.to_integral_value():
        value = value.to_integral_value()  # 92分, not 92.0分
    return Quantity(value, "分", quantity.bound, text=quantity.text)


def score_off_scale(quantity: Quantity, target: Target) -> str | None:
    """Why *quantity*, a score, cannot be on the target's scale (its full marks), else None.

    ``85分`` against ``≥4.5分（满分5分）`` is above the full marks 5, and against
    ``≥4.5分`` above any small scale: a score of another scale (r35e: they were met).
    ``4.6分`` and ``8分`` against ``≥90分`` are scores of 5 or 10 marks against one of
    100 (they were not met). A score that states its own full marks is converted, not
    refused (:func:`_score_on_target_scale`).

    >>> from perftrack import parse_target, parse_value
    >>> score_off_scale(parse_value("85分"), parse_target("≥4.5分（满分5分）"))
    '（满分5分）'
    >>> score_off_scale(parse_value("85分"), parse_target("≥4.5分"))
    ''
    >>> score_off_scale(parse_value("4.6分"), parse_target("≥90分"))
    '（满分100分）'
    >>> score_off_scale(parse_value("92分"), parse_target("≥90分")) is None
    True
    """
    if not isinstance(target, (Comparison, Range)):
        return None
    # ≥4.5（5分制）, ≥4.5（满分5分）: a bar of no unit that states its full marks is a
    # score too; a bare figure against a score is one (88 against ≥4.5（5分制）, r35j)
    stated_scale = target.unit is None and full_marks(target.text or "") is not None
    if target.unit != "分" and not stated_scale:
        return None
    if quantity.unit not in ("分", None) or full_marks(quantity.text) is not None:
        return None
    full = _target_full_marks(target)
    bar = _bar(target)
    if isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT):
        # 扣分≤2分 against 12分: a ceiling of points lost, no scale of a grade; only full
        # marks printed bound it
        stated = full_marks(target.text or "")
        return f"（满分{stated}分）" if stated is not None and quantity.value > stated else None
    if full is None:
        # ≥4.5分 against 85分: a bar of a small scale, a score above any such scale
        return "" if 0 < bar <= _SMALL_SCALE < quantity.value else None
    if quantity.value > full or 0 < quantity.value <= _SMALL_SCALE < bar:
        return f"（满分{full}分）"
    return None


def _is_fraction(quantity: Quantity, target: Comparison | Range, name: str = "") -> bool:
    """A bare share (0.93) against a percentage target above 1% (≥90%): it means 93%.

    A target of 1% or less (差错率≤1%) keeps a bare 0.5 as 0.5%. A share whose ``%``
    is a 单位 column's (or the name's), not the cell's, is bare too when it stands
    nearer the target as a share (0.97 under 单位 % against ≥95: 97%, not 0.97%); under
    a ceiling (≤2 with 0.5) or beside a small target it stays the percentage. So is a
    bare share against a bare target on an indicator *name* of a share (满意度 ``≥85``
    with ``0.92``: 92%), the name being the only ``%`` of both, as it is of a target
    written as a share (see :func:`_share_target`).

    >>> from perftrack import parse_target
    >>> target = parse_target("≥85")
    >>> _is_fraction(Quantity(Decimal("0.92"), None), target, "服务对象满意度")
    True
    >>> _is_fraction(Quantity(Decimal("0.92"), None), target, "基尼系数")
    False
    """
    bar = target.low if isinstance(target, Range) else target.value
    if not 0 < quantity.value <= 1 or bar <= 1:
        return False
    if target.unit != "%":
        # 服务对象满意度 | ≥85 | 0.92: the name's 满意度 is the % neither cell writes
        return (
            target.unit is None
            and quantity.unit is None
            and bool(name)
            and bar <= _HUNDRED
            and bar > 10 * quantity.value
            and not (isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT))
            and _share_name(name)
        )
    if quantity.unit is None:
        return True
    return (
        _percent_implied(quantity.unit, quantity.text)
        and bar > 10 * quantity.value
        and not (isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT))
    )


# A degree before the event said none of (未发生重大事故): the whole event only when it
# reaches down to the least (一般及以上); _EVENT_TAIL_RE, the counting words of a name.
_NONE_DEGREE_RE: Final = re.compile(
    "^(?:一般及以上|一般以上|较大及以上|较大以上|重大及以上|重大以上|重特大|特别重大|特大"
    "|重大|较大|严重|一般)"
)
_WHOLE_DEGREES: Final = frozenset({"", "一般及以上", "一般以上"})
# Letters of a degree, which a scope before the name's degree holds none of (国有企业).
_DEGREE_LETTER_RE: Final = re.compile("[一般较重特大严别]")
_EVENT_TAIL_RE: Final = re.compile("(?:发生)?(?:次数|起数|件数|个数|数量|发生率|率|数)$")


def _event_core(name: str) -> str:
    """The event an indicator's *name* counts, without its tail words (次数, 发生率…).

    >>> _event_core("较大及以上森林火灾发生次数"), _event_core("安全生产事故")
    ('较大及以上森林火灾', '安全生产事故')
    """
    return _EVENT_TAIL_RE.sub("", _NAME_TAIL_RE.sub("", _normal(name)))


def _degree_covers(word: str, core: str) -> bool:
    """Whether none of the *word* degree covers the row's *core* event (its own or wider).

    ``较大以上`` is ``较大及以上``; ``重特大`` (重大 and 特大) covers ``重大``, ``特大``, ``特别重大``.

    >>> _degree_covers("较大以上", "较大及以上安全事故"), _degree_covers("重特大", "重大事故")
    (True, True)
    >>> _degree_covers("重大", "安全生产事故")
    False

    A scope before the name's degree is the row's, not a narrower event (parse27 M1):
    ``重大`` covers ``国有企业重大安全事故``, not ``特别重大事故``.

    >>> _degree_covers("重大", "国有企业重大安全事故"), _degree_covers("重大", "特别重大事故")
    (True, False)
    """
    plain = word.replace("及", "")
    whole = core.replace("及", "")
    if whole.startswith(plain):
        return True
    if plain and (at := whole.find(plain)) > 0 and _DEGREE_LETTER_RE.search(whole[:at]) is None:
        return True  # 国有企业重大安全事故: the scope of the row, then its degree
    return plain == "重特大" and core.startswith(("重大", "特大", "特别重大"))


def _none_of_another(value: Value, name: str) -> str | None:
    """The event a zero-family *value* names when it is narrower than or other than *name*'s.

    Only none of the same or of a wider event is 0 of the row's (regress31 W6):
    ``未发生重大事故`` (a degree the name does not have) or ``未发现安全隐患`` (another
    incident, no incident word shared) against ``安全生产事故`` are not; ``未发生安全事故``,
    ``未发生一般及以上事故``, ``未出现宕机`` against ``系统宕机次数`` are, and so is any noun on
    a name of no incident (``案件质量``, ``错案率``).

    >>> from perftrack import parse_value
    >>> [
    ...     _none_of_another(parse_value(text), name)
    ...     for name, text in (
    ...         ("安全生产事故", "无重大事故"),
    ...         ("安全生产事故", "未发现安全隐患"),
    ...         ("安全生产事故", "未发生安全事故"),
    ...         ("安全生产事故", "未发生一般及以上事故"),
    ...         ("系统宕机次数", "未出现宕机"),
    ...         ("投诉次数", "未发现问题"),
    ...     )
    ... ]
    ['重大事故', '安全隐患', None, None, None, '问题']
    """
    said = _NO_EVENT_SAID_RE.fullmatch(_normal(value.text))
    if said is None or not (named := said.group("noun")):
        return None
    core = _event_core(name)
    degree = _NONE_DEGREE_RE.match(named)
    word = degree.group() if degree is not None else ""
    bare = named[len(word) :]
    if word not in _WHOLE_DEGREES and not _degree_covers(word, core):
        return named  # 重大事故 is not every 事故
    # another event: both name one of incidents or harm, and no word of it is shared
    ours = set(_INCIDENT_NAME_RE.findall(core))
    theirs = set(_INCIDENT_NAME_RE.findall(bare))
    if ours and theirs and not _events_covered(ours, theirs):
        kind = _zero_event_kind(core)
        if kind and kind == _zero_event_kind(bare):
            return None  # 未发生食品安全事件 on 食品安全事故发生数: the same event (regress55)
        return named
    return None


# An event word that holds others (伤亡: deaths and injuries): none of it is none of them.
_WIDER_EVENTS: Final = {"伤亡": frozenset({"死亡", "亡人", "受伤", "伤亡"})}


def _events_covered(ours: set[str], theirs: set[str]) -> bool:
    """Whether the events said none of (*theirs*) share or hold one of *ours*.

    ``无人员伤亡`` holds ``零死亡`` (伤亡 is deaths and injuries, regress55 W2); ``无人员死亡``
    does not hold ``零伤亡``, though both say 事故 (``安全生产伤亡事故 | 全年无死亡事故``,
    regress60 P4).

    >>> _events_covered({"死亡"}, {"伤亡"}), _events_covered({"伤亡"}, {"死亡"})
    (True, False)
    >>> _events_covered({"伤亡", "事故"}, {"死亡", "事故"})
    False
    """
    for word in ours & _WIDER_EVENTS.keys():
        if word not in theirs and theirs & _WIDER_EVENTS[word]:
            return False  # 无死亡 is no 无伤亡: the injuries are not said
    if ours & theirs:
        return True
    return any(ours & _WIDER_EVENTS.get(word, frozenset()) for word in theirs)


# The events a zero target or actual may name (scoring.md, "Zero of another event"): the
# incidents of the zero family, without its words of anything at all (问题, 风险, 影响).
_ZERO_EVENT_RE: Final = re.compile(
    "事故|事件|投诉|差错|违纪|违规|违法|纠纷|失误|上访|信访|案件|隐患|污染|舆情|伤亡|亡人"
    "|死亡|火灾|疫情|险情|发案|欠薪|拖欠|感染|延误|超标|泄漏|渗漏|返工|超支|逾期|违章"
    "|漏报|迟报|瞒报|故障|发病|不合格|不达标|失业|辍学|失学|返贫|流失|错案|冤案|泄密|失密"
    "|误判|错判|漏判|脱逃|脱管|漏管|越狱|暴发|爆发|宕机|中断"
)
# A degree or scope before an event (重大安全事故, 规模性返贫): the same event, graded.
_ZERO_EVENT_GRADE_RE: Final = re.compile(
    "(?:一般|较大|重特大|重大|特别重大|特大|严重|突发)(?:等级)?(?:及以上|以上)?|区域性|规模性"
)
# A target naming no event: the row's name names it (安全生产事故 | 无).
_BARE_ZERO_TARGETS: Final = frozenset(
    {"无", "零", "没有", "杜绝", "不发生", "未发生", "不出现", "确保不发生", "全年无", "全年不发生"}
)


# A degree below every grade of an event (轻微事故, 较小火灾): a minor one of the same kind,
# no kind of its own; graded rows (较大及以上) it is below (r39f).
_MINOR_DEGREE_RE: Final = re.compile("轻微|轻度|较小|微小")


def _zero_event_kind(event: str) -> str:
    """The kind of *event* before its event words, without degree or scope (食品安全).

    A minor degree is no kind (r39f): ``轻微事故`` is of the kind of ``安全事故``'s row, as
    ``一般事故`` is.

    >>> _zero_event_kind("重大食品安全事故"), _zero_event_kind("轻微交通事故")
    ('食品安全', '交通')
    """
    bare = _MINOR_DEGREE_RE.sub("", _ZERO_EVENT_GRADE_RE.sub("", event))
    return _ZERO_EVENT_RE.sub("", bare)


def _zero_of_another_event(
    target: Descriptive | QualitativeTarget, actual: Value, name: str
) -> tuple[str, str] | None:
    """The actual's and the target's events when a zero actual names another event.

    Both must name an event (the target's own words, else the row's *name* under a bare
    ``无``): the actual's is another when it shares none of the target's event words and
    is no other word for the same kind (食品安全事件 and 食品安全事故, 传染病疫情 and
    传染病暴发). A bare actual (``全年未发生``) names none.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _zero_of_another_event(parse_target(goal), parse_value(said), name)
    ...     for name, goal, said in (
    ...         ("食品安全", "无食品安全事件", "未发生重大安全事故"),
    ...         ("食品安全", "无食品安全事件", "全年未发生"),
    ...         ("安全", "无安全事故", "未发生重大安全事故"),
    ...         ("安全生产事故", "无", "未发生投诉"),
    ...         ("食品安全", "无食品安全事故", "未发生食品安全事件"),
    ...     )
    ... ]
    [('重大安全事故', '食品安全事件'), None, None, ('投诉', '安全生产事故'), None]
    """
    said = _NO_EVENT_SAID_RE.fullmatch(_normal(actual.text))
    if said is None or not (theirs := said.group("noun")):
        return None
    goal_text = _normal(_text(target))
    goal = _NO_EVENT_TARGET_RE.fullmatch(goal_text)
    if goal is not None and goal.group("noun"):
        ours = goal.group("noun")
    elif goal is not None or goal_text in _BARE_ZERO_TARGETS:
        ours = _event_core(name)
    else:
        return None
    if _other_events(ours, theirs) is None:
        return None
    return theirs, ours


def _other_events(ours: str, theirs: str) -> set[str] | None:
    """The events *theirs* names when they are other than *ours* and of another kind.

    ``None`` when either names no event, *ours* covers *theirs*, or both are of one
    kind (食品安全事件 said 食品安全事故, 传染病疫情 said 传染病暴发).
    """
    our_events = set(_ZERO_EVENT_RE.findall(ours))
    their_events = set(_ZERO_EVENT_RE.findall(theirs))
    if not our_events or not their_events or _events_covered(our_events, their_events):
        return None
    kind = _zero_event_kind(ours)
    if kind and kind == _zero_event_kind(theirs):
        return None
    return their_events


def _count_of_another_event(
    target: Descriptive | QualitativeTarget, actual: Value
) -> tuple[str, str] | None:
    """The actual's and the target's events when a count of events names another event.

    ``发生2次故障`` (or ``发生故障2次``) against ``无重大安全事故``: a fault is no accident,
    as ``未发生故障`` against it says nothing of accidents (:func:`_zero_of_another_event`).

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _count_of_another_event(parse_target(goal), parse_value(said))
    ...     for goal, said in (
    ...         ("无重大安全事故", "发生2次故障"),
    ...         ("无重大安全事故", "发生故障2次"),
    ...         ("无重大安全事故", "发生1起安全事故"),
    ...         ("无食品安全事故", "发生食品安全事件1起"),
    ...         ("零投诉", "收到投诉2件"),
    ...     )
    ... ]
    [('故障', '重大安全事故'), ('故障', '重大安全事故'), None, None, None]
    """
    count = _count_before_event(actual) or actual
    if not isinstance(count, Quantity) or not count.label:
        return None
    theirs = _normal(count.label)
    if (counted := _EVENT_COUNT_LABEL_RE.fullmatch(theirs)) is not None:
        theirs = counted.group("noun")  # 发生食品安全事件: the event, without the verb
    goal = _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)))
    if goal is None or not (ours := goal.group("noun")):
        return None
    if (their_events := _other_events(ours, theirs)) is None:
        return None
    return "、".join(sorted(their_events)), ours


# The grades of accidents and emergencies (生产安全事故, 突发事件, 森林火灾), from the least:
# each degree word as (its lowest grade, whether it says the grades above too).
_EVENT_GRADE_NAMES: Final = ("一般", "较大", "重大", "特别重大")
_SERIOUS_GRADE: Final = 3  # 重大, which said alone holds 特别重大 (重特大)
_EVENT_GRADE_WORDS: Final = {
    "": (1, True),
    "一般及以上": (1, True),
    "一般以上": (1, True),
    "较大及以上": (2, True),
    "较大以上": (2, True),
    "重大及以上": (3, True),
    "重大以上": (3, True),
    "重特大": (3, True),
    "特别重大": (4, True),
    "特大": (4, True),
    "重大": (3, False),
    "较大": (2, False),
    "一般": (1, False),
}


def _event_grade(noun: str) -> tuple[int, bool, str] | None:
    """The lowest grade a graded event *noun* names, whether it says those above, its event.

    None for a degree of no grade (严重) or a noun of no event.

    >>> _event_grade("较大及以上事故"), _event_grade("较大事故"), _event_grade("安全事故")
    ((2, True, '事故'), (2, False, '事故'), (1, True, '安全事故'))
    >>> _event_grade("严重事故") is None, _event_grade("问题") is None
    (True, True)
    """
    found = _NONE_DEGREE_RE.match(noun)
    word = found.group() if found is not None else ""
    bare = noun[len(word) :]
    if word not in _EVENT_GRADE_WORDS or _ZERO_EVENT_RE.search(bare) is None:
        return None
    low, above = _EVENT_GRADE_WORDS[word]
    return low, above, bare


def _grade_left_open(
    target: Descriptive | QualitativeTarget, actual: Value, name: str
) -> tuple[str, str] | None:
    """What a zero actual rules out and the grades of the target's event it leaves open.

    Accidents are graded 一般 < 较大 < 重大 < 特别重大: a target ruling out a grade and
    those above (``不发生一般及以上事故``; ``不发生安全事故``, every grade) is reached by none
    of a grade as low and those above (``未发生一般及以上事故``, ``未发生安全事故``, ``零事故``),
    or by none of 重大 alone against 重大 and above (``未发生重大事故`` against
    ``不发生重大及以上事故``: 重大 is said of 重特大); ``未发生较大事故`` against
    ``不发生一般及以上事故`` leaves 一般 open, ``未发生一般事故`` against ``不发生较大及以上事故``
    or ``不发生一般及以上事故`` says nothing of 较大 and above (k32r).
    The target's event is its own noun, else the row's *name* under a bare ``不发生``.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _grade_left_open(parse_target(goal), parse_value(said), "安全事故")
    ...     for goal, said in (
    ...         ("不发生一般及以上事故", "未发生较大事故"),
    ...         ("不发生较大及以上事故", "未发生一般事故"),
    ...         ("不发生重大及以上事故", "未发生重大事故"),
    ...         ("不发生较大及以上事故", "未发生一般及以上事故"),
    ...         ("不发生一般及以上事故", "零事故"),
    ...         ("不发生一般及以上事故", "未发生一般事故"),
    ...     )
    ... ]
    [('较大事故', '一般事故'), ('一般事故', '较大及以上事故'), None, None, None, ('一般事故', '较大及以上事故')]
    """
    said = _NO_EVENT_SAID_RE.fullmatch(_normal(actual.text))
    if said is None or not (theirs := said.group("noun")):
        return None  # 未发生, 无: none of the whole event
    goal = _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)))
    if goal is None:
        return None
    ours = goal.group("noun") or _event_core(name)
    if _NONE_DEGREE_RE.match(ours) is None and _NONE_DEGREE_RE.match(theirs) is not None:
        ours = _event_core(name) if _NONE_DEGREE_RE.match(_event_core(name)) else ours
    wanted, given = _event_grade(ours), _event_grade(theirs)
    if wanted is None or given is None:
        return None
    low, _, event = wanted
    got, above, _ = given
    if (above and got <= low) or (got == low and got >= _SERIOUS_GRADE):
        return None  # a grade as low and those above; 重大 said of 重大及以上 (重特大)
    if got > low:
        left = "、".join(_EVENT_GRADE_NAMES[low - 1 : got - 1])  # 一般 below 较大
    elif got == low:
        left = f"{_EVENT_GRADE_NAMES[low]}及以上"  # 未发生较大事故: 重大 and above unsaid
    else:
        top = low == len(_EVENT_GRADE_NAMES)
        left = "特别重大" if top else f"{_EVENT_GRADE_NAMES[low - 1]}及以上"
    return theirs, f"{left}{event}"


def _says_none(value: Value) -> bool:
    """A zero-family value (无, 未发生, 未收到投诉): none of what is counted happened.

    A partial one (大部分无投诉, 基本无安全事故) says some happened (regress40 W1).
    """
    return (
        isinstance(value, QualitativeValue)
        and value.family == "zero"
        and not value.negated
        and not value.partial
    )


# A name of incidents or harm, whose 无 (未发生, 零投诉) is the figure 0 (安全事故发生率,
# 投诉率, 差错率, 设备故障率, 超标率, 不合格率), unless it counts them handled (投诉处理率,
# 问题整改率: with none to handle, the share is no 0%).
_INCIDENT_NAME_RE: Final = re.compile(
    "事故|投诉|差错|违纪|违规|违法|纠纷|失误|上访|案件|隐患|污染|事件|舆情|伤亡|亡人|死亡"
    "|火灾|疫情|险情|损失|发案|欠薪|拖欠|感染|延误|超标|泄漏|渗漏|返工|超支|逾期|违章|漏报"
    "|迟报|瞒报|故障|发病|不合格|不达标|失业|辍学|返贫|流失|误差|问题|风险"
    # misuses of funds (parse18 H2): 未发现套取资金 is none of one kind, not of 违规使用
    "|挪用|套取|冒领|虚报|截留|挤占|侵占|骗取"
)
_INCIDENT_HANDLED_RE: Final = re.compile(
    "处理|办结|整改|查处|结案|破案|侦破|回复|答复|处置|化解|调处|调解|受理|审结|排查|消除"
)


# A name counting errors (发放差错次数, 数据错误率, 测量误差, 操作失误次数).
_ERROR_NAME_RE: Final = re.compile("差错|错误|误差|失误|出错|错发|漏发|错报|漏报")
# The accuracy words that say no error at all (无差错, 准确无误): on such a name, none.
_NO_ERROR_WORDS_SAID: Final = frozenset({"无差错", "无误", "无错误", "准确无误", "无偏差"})


def _no_error_said(actual: Value, name: str) -> bool:
    """An accuracy word of no error (``无差错``) on a name counting errors: none of them.

    ``无差错`` reads as the accuracy family (an accuracy target is met by it); against
    ``0次`` on ``发放差错次数`` it says the count is 0, as ``零差错`` (the zero family) does
    (parse51). A partial or negated word (``基本无差错``) says some happened.

    >>> from perftrack import parse_value
    >>> _no_error_said(parse_value("无差错"), "发放差错次数")
    True
    >>> (
    ...     _no_error_said(parse_value("无差错"), "发放准确率"),
    ...     _no_error_said(parse_value("基本无差错"), "发放差错次数"),
    ... )
    (False, False)
    """
    return (
        isinstance(actual, QualitativeValue)
        and actual.family == "accuracy"
        and not actual.negated
        and not actual.partial
        and _normal(actual.text) in _NO_ERROR_WORDS_SAID
        and _ERROR_NAME_RE.search(name) is not None
    )


# The words of none before what a zero-family value names (未发现安全隐患, 全年无拖欠).
_NONE_OF_THING_RE: Final = re.compile(
    "(?:全年|年内|本年度?|项目实施期间)?(?:均|都|全部)?(?:暂|尚)?"
    "(?:未发现|未发生|未出现|未收到|未接到|没有发生|没有出现|没有|未有|不存在|无|零)"
    "(?P<thing>[\u3400-\u9fff]{2,12})"
)


def _none_beside_work(actual: Value, target: Comparison | Range, name: str) -> str | None:
    """What a zero-family actual says there was none of, on a row counting work done.

    ``未发现安全隐患`` against ``≥12次`` on ``开展安全检查``, ``无拖欠`` against ``≥580万元`` on
    ``发放补贴资金``: the result of the work, not how much of it was done, which is no 0
    (parse52 H1). Only a figure above 0 to reach (a floor, an exact figure, a range) in a
    unit other than %, on a name of no incident; a bare ``无`` or ``未发生`` (nothing named)
    is still 0, work not done.

    >>> from perftrack import parse_target, parse_value
    >>> _none_beside_work(parse_value("未发现安全隐患"), parse_target("≥12次"), "开展安全检查")
    '安全隐患'
    >>> [
    ...     _none_beside_work(parse_value(text), parse_target(goal), name)
    ...     for text, goal, name in (
    ...         ("无", "≥12次", "开展安全检查"),
    ...         ("未发生安全事故", "0起", "安全事故"),
    ...         ("未发现安全隐患", "≥12次", "安全隐患排查次数"),
    ...     )
    ... ]
    [None, None, None]
    """
    if not isinstance(actual, QualitativeValue) or target.unit == "%":
        return None
    if isinstance(target, Comparison):
        if target.op not in (_Op.GE, _Op.GT, _Op.EQ) or target.value <= 0:
            return None
    elif target.low <= 0:
        return None
    if _INCIDENT_NAME_RE.search(name) is not None:
        return None
    found = _NONE_OF_THING_RE.fullmatch(_normal(actual.word))
    return found.group("thing") if found is not None else None


# Every discharge within its standard (全年达标排放, 均达标): on a name counting excesses
# (超标次数, 超标排放次数), none of them (parse53 M7).
_ALL_WITHIN_SAID_RE: Final = re.compile(
    r"(?:全年|年内|全部|均|全年均|全部均)?(?:达标排放|排放达标|达标|稳定达标)"
)


def _kept_within_ceiling(actual: Value, target: Comparison | Range) -> bool:
    """``控制在预算内`` against a money ceiling (``≤120万元``): the budget kept (r38k).

    Said as :data:`_BUDGET_KEPT_SAID_RE` says it (``控制在预算范围内``, ``支出均在预算内``),
    it is read as ``未超预算`` is (no overrun, 0 over the ceiling); it was text, unknown.

    >>> from perftrack import parse_target, parse_value
    >>> _kept_within_ceiling(parse_value("控制在预算内"), parse_target("≤120万元"))
    True
    >>> _kept_within_ceiling(parse_value("控制在预算内"), parse_target("≥120万元"))
    False
    """
    return (
        isinstance(actual, TextValue)
        and isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.LT)
        and _MONEY_UNIT_RE.fullmatch(target.unit or "") is not None
        and _BUDGET_KEPT_SAID_RE.fullmatch(_normal(_text(actual)).rstrip("。")) is not None
    )


def _no_excess_said(actual: Value, name: str) -> bool:
    """``全年达标排放`` on ``污染物排放超标次数``: no excess, 0 (parse53 M7).

    >>> from perftrack import parse_value
    >>> _no_excess_said(parse_value("全年达标排放"), "污染物排放超标次数")
    True
    >>> _no_excess_said(parse_value("基本达标"), "污染物排放超标次数")
    False
    """
    return (
        isinstance(actual, (TextValue, QualitativeValue))
        and "超标" in name
        and _ALL_WITHIN_SAID_RE.fullmatch(_normal(_text(actual)).rstrip("。")) is not None
    )


# 未新增 / 无新增 / 没有新增: nothing new (regress52 W3).
_NOTHING_NEW_RE: Final = re.compile(r"(?:全年|年内|本年度?)?(?:未|无|没有|未有)新增")


def _no_new_on_new_rate(actual: Value, target: Comparison | Range, name: str) -> bool:
    """Whether *actual* says nothing new against a rate of the new (regress52 W3).

    ``新增就业率 | ≥3% | 未新增``: nothing new is a 新增 rate of 0%, which a floor above
    0 misses and a ceiling (``新增率≤1%``) keeps; not the 无 of an unreported share.

    >>> from perftrack import parse_target, parse_value
    >>> _no_new_on_new_rate(parse_value("未新增"), parse_target("≥3%"), "新增就业率")
    True
    >>> _no_new_on_new_rate(parse_value("无"), parse_target("≥3%"), "新增就业率")
    False
    >>> _no_new_on_new_rate(parse_value("未新增"), parse_target("≥97%"), "网上可办率")
    False
    """
    said = _normal(_text(actual)).rstrip("。")
    return _NOTHING_NEW_RE.fullmatch(said) is not None and "新增" in _normal(name) + _normal(
        target.text
    )


def _none_is_no_share(target: Comparison | Range, name: str) -> bool:
    """Whether a zero-family actual (``无``) reports no share against a percentage *target*.

    ``政务服务事项网上可办率 | ≥97% | 无``: nothing reported, or not applicable, never
    0% of a share that 0 would miss (regress27). The 无 of a name of incidents or harm
    (``安全事故发生率``, ``投诉率``; not ``投诉处理率``) is 0, and so is 无 under a
    ceiling (``≤5%``), which 0 keeps.

    >>> from perftrack import parse_target
    >>> [
    ...     _none_is_no_share(parse_target(goal), name)
    ...     for name, goal in (
    ...         ("政务服务事项网上可办率", "≥97%"),
    ...         ("投诉处理率", "=100%"),
    ...         ("安全事故发生率", "≥0%"),
    ...         ("预算调整率", "≤5%"),
    ...         ("培训人次", "≥100人次"),
    ...     )
    ... ]
    [True, True, False, False, False]

    A bare figure on a share's name is a % (``空气质量优良天数比例 | ≥75 | 无``, regress31 W5):
        >>> _none_is_no_share(parse_target("≥75"), "空气质量优良天数比例")
        True
        >>> _none_is_no_share(parse_target("≥75"), "培训人次")
        False
    """
    bare_share = (
        target.unit is None
        and _share_name(name)
        and (target.high if isinstance(target, Range) else target.value) <= _HUNDRED
    )
    if target.unit != "%" and not bare_share:
        return False
    if isinstance(target, Range):
        missed = target.low > 0
    else:
        missed = (target.op in (_Op.GE, _Op.EQ) and target.value > 0) or (
            target.op is _Op.GT and target.value >= 0
        )
    if not missed:
        return False
    return _INCIDENT_NAME_RE.search(name) is None or _INCIDENT_HANDLED_RE.search(name) is not None


def _counted_target(target: Target | None) -> bool:
    """Whether *target* is a count or an amount (``≥1200户``, ``≥500万元``), not a rate.

    Example:
        >>> from perftrack import parse_target
        >>> [_counted_target(parse_target(t)) for t in ("≥1200户", "≥95%", "健全")]
        [True, False, False]
    """
    return isinstance(target, (Comparison, Range)) and target.unit not in (None, "%")


# The year's whole task named in a done status (全年任务已完成, 已完成年度目标任务).
_YEAR_TASK_SAID_RE: Final = re.compile(
    "(?:全年|年度|本年度|当年)[\u4e00-\u9fff]{0,4}?(?:任务|目标)"
)


# A status that says the work took place, not how much of it (已开展, 已实施, 已举办,
# 均已开展): against a count it is no count (parse56 F11). 已完成 and 已开展完毕 say the
# work is done and are not matched.
_WORK_HELD_RE: Final = re.compile("(?:已经|均已|已全面|已全部|已)(?:开展|实施|举办)")
# Rounds of an event: one of them held is a count of one reached (≥1次 | 已开展: met).
_HELD_ROUND_UNITS: Final = frozenset({"次", "场", "场次", "期", "轮", "批", "批次", "回"})


def work_held_only(actual: Value, counted: Target | Value | None) -> bool:
    """Whether *actual* only says the work took place (``已开展``) beside a count.

    *counted* is the target or the plan it is read against: a count or an amount
    (``≥2000人次``, ``1500人次``), not a round of one (``≥1次``: one round held reaches it).

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     work_held_only(parse_value(a), parse_target(t))
    ...     for a, t in (("已开展", "≥2000人次"), ("已开展", "≥1次"), ("已完成", "≥2000人次"))
    ... ]
    [True, False, False]
    """
    if (
        not isinstance(actual, StatusValue)
        or actual.status is not _Status.DONE
        or not ("开展" in actual.word or "实施" in actual.word or "举办" in actual.word)
        or not isinstance(counted, (Comparison, Range, Quantity))
        or counted.unit in (None, "%")
        or (isinstance(counted, Comparison) and counted.op in (_Op.LE, _Op.LT))
    ):
        return False
    if _WORK_HELD_RE.fullmatch(_normal(actual.word).rstrip("。")) is None:
        return False
    low = counted.low if isinstance(counted, Range) else counted.value
    return not (counted.unit in _HELD_ROUND_UNITS and low <= 1)


def _work_held_no_count(actual: Value, target: Target, ctx: _Context) -> _Outcome | None:
    """``已开展`` or ``已实施`` against a count target (``≥2000人次``): no count said.

    The word says the work took place, not how many were trained or built: ``unknown``
    at the due date, ``pending`` before it (it was ``met``, "已完成"; parse56 F11). A
    count of one round (``≥1次``, ``1场``) is reached by it, and a floor of no count
    (a rate, a word) is judged as before: None.
    """
    if (
        not isinstance(actual, StatusValue)
        or not isinstance(target, (Comparison, Range))
        or not work_held_only(actual, target)
    ):
        return None
    word, goal = actual.word, _shown_target(target)
    return _Outcome(
        _Attainment.PENDING if ctx.at_due is False else _Attainment.UNKNOWN,
        ctx.say(
            f"实际“{word}”只说明工作已进行，未给出完成数量，"
            + (
                f"年度指标{goal}尚未到期"
                if ctx.at_due is False
                else f"无法判断是否达到年度指标{goal}"
            ),
            f"actual “{word}” says the work took place, not how much: "
            + (f"the target {goal} is not due yet" if ctx.at_due is False else f"{goal} undecided"),
        ),
    )


def _period_plan_done(actual: Value, target: Target, ctx: _Context) -> _Outcome | None:
    """A bare ``已完成`` before the year's end beside a plan short of the year (tr32 H3).

    ``≥10台 | 5台 | 已完成`` at 1-6月: the period's plan is done, the year is not,
    ``pending``; so is ``≥90.00(%) | 90.00 | 已完成``, a rate being the year's at its
    end. Without a plan, or a plan of the whole count (``≥5个 | 5个 | 已完成``), the
    word is the year's work done (None: judged as before).
    """
    if (
        not isinstance(actual, StatusValue)
        or actual.status is not _Status.DONE
        or ctx.at_due is not False
        or not isinstance(target, Comparison)
        or target.op not in (_Op.GE, _Op.GT, _Op.EQ)
    ):
        return None
    planned = ctx.indicator.planned
    if not isinstance(planned, Quantity) or planned.status is not None:
        return None
    if target.unit != "%" and not planned.value < target.value:
        return None
    if _YEAR_TASK_SAID_RE.search(actual.word) is not None:
        return None  # 全年任务已完成, 已完成年度目标任务: the year's work, no plan's (parse53 H4)
    if target.unit == "%" and _whole_rate_in_words(target, TextValue(actual.word), ctx) is not None:
        return (
            None  # 已全部到位 on 资金到位率, 已全部拨付 on 资金拨付率: the whole rate (parse55 M10)
        )
    goal = _shown_target(target)
    plan = _text(planned) + ("%" if target.unit == "%" and planned.unit is None else "")
    return _Outcome(
        _Attainment.PENDING,
        ctx.say(
            f"实际“{actual.word}”，即跟踪期计划{plan}已完成，"
            f"年度指标{goal}尚未到期，距年底尚有时间",
            f"actual “{actual.word}”: the period's plan {plan} is done, the year's"
            f" {goal} is not due yet",
        ),
    )


def _floor_short(
    target: Target, quantity: Quantity, ctx: _Context, shown: str, goal: str
) -> _Outcome | None:
    """A floor reading short of a floor target before the due date: pending (tr32 M1).

    ``7500人次以上`` against ``≥30000人次`` at 1-3月 is read as 7500: the year is not
    over, and no figure of 7500 or more has failed it yet. At the due date, or a floor
    reaching the target, None (judged as before).
    """
    if (
        quantity.bound is not _Bound.AT_LEAST
        or ctx.at_due is not False
        or not isinstance(target, Comparison)
        or target.op not in (_Op.GE, _Op.GT)
        or quantity.value > target.value
        or (quantity.value == target.value and target.op is _Op.GE)
    ):
        return None
    if quantity.value == target.value:
        # 1%以上 against >1%: at least the bound, not yet above it; pending as a floor
        # below it is (a larger floor never judges worse: the Hypothesis property)
        return _Outcome(
            _Attainment.PENDING,
            ctx.say(
                f"实际{shown}，尚不能确定超过年度指标{goal}，距年底尚有时间",
                f"actual {shown} does not yet show the target {goal} passed; there is still time",
            ),
        )
    return _Outcome(
        _Attainment.PENDING,
        ctx.say(
            f"实际{shown}，未达年度指标{goal}，距年底尚有时间",
            f"actual {shown} is short of the target {goal}; there is still time",
        ),
    )


def _judge_status(status: Status | None, word: str, ctx: _Context) -> _Outcome:
    say = ctx.say
    if status is _Status.DONE:
        return _Outcome(_Attainment.MET, say(f"实际“{word}”，已完成", f"actual “{word}”: done"))
    if status is _Status.PARTIAL:
        if ctx.at_due is False and _counted_target(ctx.indicator.target):
            # 基本完成, 已竣工，待验收 against ≥1200户 mid-year: under way, as 完成80% is
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{word}”，部分完成，距年底尚有时间",
                    f"actual “{word}”: partly done, there is still time",
                ),
            )
        return _Outcome(
            _Attainment.PARTIAL, say(f"实际“{word}”，部分完成", f"actual “{word}”: partly done")
        )
    under_way = status is _Status.IN_PROGRESS
    return _pending_or_not_met(
        ctx,
        say(
            f"实际“{word}”，{'尚在进行' if under_way else '尚未完成'}，距截止尚有时间",
            f"actual “{word}”: {'under way' if under_way else 'not done'}, before the due date",
        ),
        say(f"实际“{word}”，截止时仍未完成", f"actual “{word}”: not done by the due date"),
    )


# ---------------------------------------------------------------------------
# §3 rule 4: deadlines and periods


# The early steps of the work an indicator may be named for (工程开工时间, 招投标, 项目立项),
# each with the words that name it. The value language reads a date before such a step
# as text (2024年3月15日开工: on an indicator of the whole work the step is no
# completion); on an indicator of that step, or under a target that names it
# (2024年6月底前完成招标), the step done is the target reached, and its date the date.
_STEPS: Final = (
    ("开工", "动工", "进场"),
    ("招标", "招投标", "开标", "中标", "定标"),
    ("采购",),
    ("立项",),
    ("设计",),
    ("启动",),
    ("可研", "可行性研究"),
    ("签约", "签订", "合同"),
    ("选址",),
    ("规划",),
    ("评审",),
    ("备案",),
    ("审批", "批复"),
    ("发行",),  # 债券发行时间: the issue of a bond, done once (parse55 M7)
)
# A later stage of the work named beside the step (开工及竣工时间, 设备采购安装): the
# step is then not the whole target, and the value language's reading stands.
_LATER_STAGE_RE: Final = re.compile(
    "完工|竣工|建成|验收|投入使用|投用|交付|上线|运行|结算|决算|办结|安装|调试|投产"
)
# The shape of a step done (§3 rule 4), read off the phrase after the date or the
# clause of 已 (a whitelist: anything else, 招标失败, 提交评审, 申请立项, 具备开工条件,
# 发布招标公告, 委托设计单位, 初步选址, 部分开工, 3月中旬开工, stays as it was read).
# Before the step: the project's subject (项目, 本工程), 已 and a manner or completion
# word (正式, 顺利, 完成, 获); after it: a completion word (完成, 完毕, 通过, 手续).
_STEP_SUBJECT_RE: Final = re.compile(
    "^(?:本|该|全部|所有)?(?:项目|工程)|^施工(?:单位|队伍|企业|方)"
)
_STEP_BEFORE: Final = (
    "已经",
    "均已",
    "已",
    "正式",
    "顺利",
    "如期",
    "按期",
    "按时",
    "全面",
    "全部",
    "陆续",  # 5月份陆续开工: every start fell in May, as 5月份全部开工 says (parse39 H6)
    "完成",
    "获得",
    "取得",
    "获",
)
_STEP_AFTER: Final = ("完成", "完毕", "结束", "工作", "手续", "通过")
# After a start only: 开工建设, 正式动工施工.
_STEP_START_AFTER: Final = ("建设", "施工")
_STEP_STARTS: Final = ("开工", "动工", "进场")
# An undated clause that may state a step done: 已开工, 项目已开工建设, 已完成招标.
_STEP_DONE_RE: Final = re.compile(r"[\u3400-\u9fff]{0,4}?(?:已经|均已|已)[\u3400-\u9fff]{1,10}")


# A count after a step done (已开工12个, 已进场3家): the number started, not a miss.
_COUNT_AFTER_RE: Final = re.compile(r"(?<=[\u3400-\u9fff])\d+(?:\.\d+)?[\u3400-\u9fff]{0,3}$")
# The count started and the whole it is part of (k62fix): ``已开工12个，计划15个``,
# ``开工12个/15个``, ``已开工12个，共15个``; a whole larger than the count makes it a part.
_STEP_COUNT_RE: Final = re.compile(
    r"(?<=[\u3400-\u9fff])(\d+)(?:\.\d+)?(?P<unit>[\u3400-\u9fff]{0,3})(?=[/,(]|$)"
)
_STEP_WHOLE_RE: Final = re.compile(
    r"(?:计划|共计|总计|合计|总共|共|总数|/)(?:[\u3400-\u9fff]{0,4}?)(\d+)(?:\.\d+)?"
    r"(?P<unit>[\u3400-\u9fff]{0,3})"
)
# A target that asks for every work started (5月底前全部开工): a bare count cannot show it.
_STEP_ALL_RE: Final = re.compile("全部|所有|全面|均")


def _step_part(text: str, words: tuple[str, ...]) -> bool:
    """Whether *text* counts the works started against a larger whole (k62fix).

    Example:
        >>> _step_part("已开工12个,计划15个", ("开工",))
        True
        >>> _step_part("开工12个/15个", ("开工",))
        True
        >>> _step_part("已开工12个,计划12个", ("开工",))
        False
        >>> _step_part("已开工12个,计划投资15亿元", ("开工",))
        False
    """
    counted = next(
        (
            found
            for word in words
            if (found := re.search(re.escape(word) + _STEP_COUNT_RE.pattern, text)) is not None
        ),
        None,
    )
    if counted is None:
        return False
    whole = _STEP_WHOLE_RE.search(text, counted.end(1))
    if whole is None or int(whole.group(1)) <= int(counted.group(1)):
        return False
    # 已开工12个，计划投资15亿元: another measure, no whole of the count
    units = (counted.group("unit"), whole.group("unit"))
    return not all(units) or units[0][0] == units[1][0]


def _named(indicator: Indicator) -> str:
    """The indicator's name and target, where the step it is named for is looked up."""
    return f"{indicator.name}|{_text(indicator.target)}"


def _named_step(indicator: Indicator) -> tuple[str, ...]:
    """The words of the early steps the indicator's name or target names, else ()."""
    return _steps_named(_named(indicator))


@lru_cache(maxsize=1024)  # a string in, a tuple of strings out: asked several times a row
def _steps_named(named: str) -> tuple[str, ...]:
    """The words of the early steps *named* (a name and a target, see _named) names, else ()."""
    if _LATER_STAGE_RE.search(named) is not None:
        return ()
    return tuple(word for step in _STEPS if any(w in named for w in step) for word in step)


# An early step said done in the shape of a status (招标已完成, 初验工作已全部完成): the step,
# then 已 and a word of completion.
_STEP_SAID_DONE_RE: Final = re.compile(
    r"(?P<step>[\u4e00-\u9fff]{2,6}?)(?:工作)?(?:已经|已|均已)(?:全部)?(?:完成|完毕)"
)
# A first inspection before the acceptance itself: done, it is not the 验收 a target asks.
_FIRST_INSPECTION: Final = ("初验", "初步验收", "预验收")


def _other_step_said_done(actual: Value, indicator: Indicator) -> Value | None:
    """An early step said done (``招标已完成``) where the row asks another work, else None.

    The value language reads ``招标已完成`` and ``初验已完成`` as done; against
    ``2025年12月前完成验收`` on 项目验收 that is a step of the work, not the work, and is
    read as ``已完成招标`` is (text: pending before the due date, unknown after; k31c: it
    was met). A row whose name or target names the step (招标完成时间) keeps it done.

    Example:
        >>> from perftrack import Indicator, parse_target, parse_value
        >>> row = Indicator("项目验收", parse_target("2025年12月前完成验收"))
        >>> [
        ...     type(_other_step_said_done(parse_value(a), row)).__name__
        ...     for a in ("招标已完成", "初验已完成", "验收已完成")
        ... ]
        ['TextValue', 'TextValue', 'NoneType']
        >>> _other_step_said_done(parse_value("招标已完成"), Indicator("招标完成时间")) is None
        True
    """
    if not isinstance(actual, StatusValue) or actual.status is not _Status.DONE:
        return None
    found = _STEP_SAID_DONE_RE.fullmatch(_normal(actual.word).rstrip("。"))
    if found is None:
        return None
    step = found["step"]
    family = next(
        (words for words in (*_STEPS, _FIRST_INSPECTION) if any(w in step for w in words)),
        None,
    )
    named = _named(indicator)
    if family is None or any(word in named for word in family):
        return None
    return TextValue(actual.word, text=actual.text)


def _step_done(actual: Value | None, indicator: Indicator, year: int | None) -> Value | None:
    """The actual as the step the indicator is named for reads it (§3 rule 4), or None.

    On 工程开工时间, ``2024年3月15日开工`` (text) is the date 2024-03-15 and ``已开工`` (in
    progress) is done, also before a share of the work (``已开工，形象进度40%``) or said
    of the builder (``施工单位已进场``); ``尚未开工``, ``计划4月开工``, ``2024年3月申请开工`` and
    ``招标中`` stay as they are.
    """
    if isinstance(actual, TextValue):
        text = actual.description
    elif isinstance(actual, StatusValue) and actual.status is not _Status.DONE:
        text = actual.word
    elif isinstance(actual, Quantity) and actual.status is _Status.IN_PROGRESS and actual.text:
        text = _normal(actual.text)  # 已开工，形象进度40%: the start done, then a remark
    else:
        return None
    words = _named_step(indicator)
    if not words or not any(word in text for word in words):
        return None
    named = _named(indicator)
    clauses = re.split("[,;]", text)
    if len(clauses) == 2:  # noqa: PLR2004 - 2024年8月12日，完成招标: a date, its step after a comma
        joined = match_dated_phrase("".join(clauses), year)
        if joined is not None and _a_step_done(joined[3], words, named):
            clauses = ["".join(clauses)]
    if _step_part(text, words):
        # 已开工12个，计划15个, 开工12个/15个: a part started, not done (k62fix), as 已开工12个（共15个）
        return StatusValue(_Status.IN_PROGRESS, text, text=actual.text or text)
    found: Value | None = None
    for clause in clauses:
        if not any(word in clause for word in words):
            continue  # 已开工，正在施工: another remark
        dated = match_dated_phrase(clause, year)
        if dated is not None and _a_step_done(dated[3], words, named):
            found = found or DateValue(*dated[:3], text=actual.text or text)
        elif (xun := _xun_step(clause, words, named, year)) is not None:
            found = found or evolve(xun, text=actual.text or text)  # 6月中旬全部开工
        elif _STEP_DONE_RE.fullmatch(
            bare := _COUNT_AFTER_RE.sub("", clause)
        ) is not None and _a_step_done(bare, words, named):
            # 已开工12个: the number started after the done word, still done (review30 H5),
            # unless the target asks for every work (5月底前全部开工): then unknown (k62fix)
            if bare != clause and _STEP_ALL_RE.search(_text(indicator.target)) is not None:
                return TextValue(text, text=actual.text or text)
            found = found or StatusValue(_Status.DONE, text, text=actual.text or text)
        else:
            return None  # 已完成招标，尚未开标; 2024年5月流标，7月重新招标: not done
    return found


def _xun_step(
    clause: str, words: tuple[str, ...], named: str, year: int | None
) -> DateValue | None:
    """``6月中旬全部开工`` on a row named for the step: the 旬 as a date, done (parse27 H4).

    The step is read as ``6月中旬完成`` is, from the 11th to the 20th; a part of the
    month before anything that is not the step done (``6月中旬申请开工``) is None.

    Example:
        >>> _xun_step("6月中旬全部开工", ("开工",), "项目开工时间|", 2025).part.value
        'mid'
        >>> _xun_step("6月中旬申请开工", ("开工",), "项目开工时间|", 2025) is None
        True
    """
    found = _XUN_EVENT_RE.fullmatch(clause)
    if found is None or not _a_step_done(found.group("phrase"), words, named):
        return None
    dated = parse_value(f"{found.group('date')}完成", year=year)
    if not isinstance(dated, DateValue) or dated.part is None:
        return None
    return dated


# A dated event that is the indicator's step done (§3 rule 4), beside the verbs of
# completion the value language reads: a meeting or a course held (召开, 举办, 举行), a
# check passed (通过中期考核, 通过测评), a structure topped out (封顶), a system or a plant
# put into (trial) operation (起试运行, 投入运行, 开通). The phrase after the date is the
# verb, after a manner word (已, 正式, 顺利, 全部), then at most the object the indicator
# is named for (中期考核 on 课题中期考核); anything else (召开筹备会, 未通过, 通过初审)
# stays text. A date then 前 is the deadline restated (6月底前召开), unless 已于.
_EVENT_DONE_RE: Final = re.compile(
    "(?:已经|均已|已|正式|顺利|如期|按期|按时|成功|全部|全面|主体)*"
    "(?P<verb>召开|举办|举行|开班|开幕|揭牌|挂牌|封顶|通过|"
    "起?(?:投入)?试运行|起?(?:投入)?(?:运行|运营|使用)|投运|开通|启用)"
    "(?P<object>[\u3400-\u9fff]{0,8}?)(?:完毕|结束|完成)?"
)

# The verbs of _EVENT_DONE_RE that name a stage of the works, not its completion: a
# structure topped out, a plant on a trial run (value-language.md, parse8). Such a dated
# event is the target reached only on an indicator whose name or target names the stage
# (主体封顶时间, 试运行时间); on any other (竣工时间, 2024年10月底前建成) it stays text.
_STAGE_VERB_RE: Final = re.compile("封顶|试运行")


# A completion verb then 于 and its date (完成于2023年6月15日, 已竣工于2023-06-15): done on
# that day, as 2023年6月15日完成 is (regress61 W4); a note in brackets may follow.
_DONE_ON_RE: Final = re.compile(
    r"(?:已经|已|均已|全部)?(?:完成|完工|竣工|建成|办结|验收)于"
    r"(?P<date>(?:19|20)\d{2}(?:年\d{1,2}月(?:\d{1,2}日)?|-\d{1,2}-\d{1,2}))"
    r"(?:[（(][^（）()]{1,12}[）)])?"
)


def _dated_event(actual: Value | None, indicator: Indicator, year: int | None) -> Value | None:
    """A dated event the deadline's row is for, done (``8月25日封顶``), as a date, or None.

    ``2023年9月20日召开``, ``已于2023年9月15日通过中期考核`` (on 课题中期考核),
    ``2023年8月28日起试运行`` read as the date the event took place, done; a plan
    (``计划9月20日召开``, ``拟于6月12日举办``, ``预计8月25日封顶``), a denial
    (``9月20日未召开``), the deadline restated (``6月底前举办``) or another object
    (``9月通过初审`` on 等保测评) stay as they are.

    Example:
        >>> from perftrack import Indicator, parse_value
        >>> row = Indicator("课题中期考核", actual=parse_value("已于2023年9月15日通过中期考核"))
        >>> _dated_event(row.actual, row, None).day
        15
        >>> _dated_event(parse_value("预计8月25日封顶"), row, 2023) is None
        True
    """
    if not isinstance(actual, TextValue):
        return None
    text = _normal(actual.description)
    done_on = _DONE_ON_RE.fullmatch(text)
    if done_on is not None:
        # 完成于2023年6月15日, 竣工于2023-06-15: the date of the completion (regress61 W4)
        read = parse_value(f"{done_on.group('date')}完成", year=year)
        if isinstance(read, DateValue) and read.status is _Status.DONE:
            return evolve(read, text=actual.text or actual.description)
        return None
    dated = match_dated_phrase(text, year)
    if dated is None:
        return _xun_event(actual, text, indicator, year)
    phrase = dated[3]
    if text[: len(text) - len(phrase)].endswith("前") and not text.startswith("已"):
        return None  # 6月底前举办: the deadline restated, not the day it was held
    event = _EVENT_DONE_RE.fullmatch(phrase)
    if event is None:
        return None
    thing = event.group("object")
    if thing and thing not in _named(indicator):
        return None  # 2023年9月通过初审 on 等保测评: another check
    stage = _STAGE_VERB_RE.search(event.group("verb"))
    if stage is not None and stage.group() not in _named(indicator):
        return None  # 8月25日主体封顶 on 项目竣工时间: a stage, no completion of the works
    return DateValue(*dated[:3], _Status.DONE, text=actual.text or actual.description)


# A part of a month then an event (12月中旬举办, 已于2023年11月下旬召开): the date as
# 12月中旬完成 reads it (parse21 M2).
_XUN_EVENT_RE: Final = re.compile(
    r"(?P<date>(?:已于|已在|于|在)?(?:(?:19|20)\d{2}年)?\d{1,2}月(?:份)?[上中下]旬)"
    r"(?P<phrase>[\u4e00-\u9fff]+)"
)


def _xun_event(
    actual: TextValue, text: str, indicator: Indicator, year: int | None
) -> Value | None:
    """``12月中旬举办`` on a row for the event: the 旬 as a date, done, or None.

    Example:
        >>> from perftrack import Indicator, parse_value
        >>> row = Indicator("学术年会")
        >>> _xun_event(parse_value("12月中旬举办"), "12月中旬举办", row, 2023).part.value
        'mid'
        >>> _xun_event(parse_value("12月中旬召开筹备会"), "12月中旬召开筹备会", row, 2023) is None
        True
    """
    found = _XUN_EVENT_RE.fullmatch(text)
    if found is None:
        return None
    event = _EVENT_DONE_RE.fullmatch(found.group("phrase"))
    if event is None or _STAGE_VERB_RE.search(event.group("verb")) is not None:
        return None  # 12月中旬封顶, 试运行: a stage, see _dated_event
    thing = event.group("object")
    if thing and thing not in _named(indicator):
        return None  # 12月中旬通过初审 on 等保测评: another check
    dated = parse_value(f"{found.group('date')}完成", year=year)
    if not isinstance(dated, DateValue) or dated.part is None:
        return None
    return evolve(dated, text=actual.text or actual.description)


# What a target says of the whole works beyond its stages (2024年12月底前竣工验收,
# 主体完工并竣工验收): under such a target no stage done is the target.
_WHOLE_WORKS_RE: Final = re.compile(
    "竣工|建成|验收|投入使用|投用|交付|通车|运营|投产|整体|全部|全面"
)
_STAGE_ACCEPTANCE_RE: Final = re.compile(STAGE_ACCEPTANCE_PATTERN)
_STAGE_TARGETS: Final = (Deadline, PeriodTarget, Descriptive, QualitativeTarget)


def _stage_done(
    actual: Value | None, target: Target | None, indicator: Indicator, year: int | None
) -> Value | None:
    """The actual as the stage the target is for reads it (§3 rule 4), or None.

    The value language reads a stage of the works done (``主体工程已完工``,
    ``2024年11月主体完工``, ``已完成初步验收``) as text: it is no completion of the whole
    works. When the target names that same stage (``2024年10月底前主体完工``,
    ``完成初步验收``), or names no work of its own under an indicator named for the stage
    (``主体工程完工时间`` with ``2024年10月底前完成``), the stage done is the target
    reached: done, or done on its date. A stage against a target of the whole works
    (``2024年12月底前竣工验收``), or another stage, stays as it was read.

    Example:
        >>> from perftrack.model import Indicator
        >>> from perftrack import parse_target
        >>> row = Indicator("主体完工时间")
        >>> _stage_done(
        ...     parse_value("2024年11月主体完工"), parse_target("2024年11月底前主体完工"), row, 2024
        ... ).month
        11
        >>> _stage_done(
        ...     parse_value("主体工程已完工"), parse_target("2024年12月底前竣工验收"), row, 2024
        ... ) is None
        True
    """
    staged = _stage_works(actual, target, indicator, year)
    if staged is None or staged[1]:
        return None  # no stage, or works named beyond it: see _part_of_works
    return staged[0]


def _stage_works(
    actual: Value | None, target: Target | None, indicator: Indicator, year: int | None
) -> tuple[Value, tuple[str, ...]] | None:
    """The stage done the target is for, and the works it names that the cell does not.

    The works not done are those a list of works in the target, or else in the name,
    holds beside the stages the cell does (``主体及附属工程完工时间`` with
    ``主体工程已完工``: 附属工程); none when the cell does every work named. None when
    the cell is no stage done, names a stage the target (or name) does not, or does
    none of the works listed.

    Example:
        >>> from perftrack.model import Indicator
        >>> from perftrack import parse_target
        >>> value, missing = _stage_works(
        ...     parse_value("主体工程已完工"),
        ...     parse_target("2024年12月底前完成"),
        ...     Indicator("主体及附属工程完工时间"),
        ...     2024,
        ... )
        >>> value.status.value, missing
        ('done', ('附属工程',))
    """
    if not isinstance(actual, TextValue) or not isinstance(target, _STAGE_TARGETS):
        return None
    if "除" in actual.description and (excepted := _excepted_work(actual.description)):
        # 除征地拆迁外土建已完成, 主体及装修工程除外墙外均已完工: the rest done, not the part
        rest, work = excepted
        found = _stage_works(TextValue(rest), target, indicator, year)
        if found is None:
            return None
        value, missing = found
        value = evolve(value, text=actual.text or actual.description)
        return value, missing if work in missing else (*missing, work)
    wanted = _text(target)
    staged = stage_done(actual.description, year)
    if staged is None:
        return _works_all_done(actual, wanted, indicator)
    stages, value = staged
    if _WHOLE_WORKS_RE.search(_STAGE_ACCEPTANCE_RE.sub("", wanted)) is not None:
        return None
    source = wanted if stages_named(wanted) else indicator.name
    named = stages_named(source)
    value = evolve(value, text=actual.text or value.text)
    works = works_named(source) if named and stages <= named else ()
    if not works:
        return (value, ()) if stages == named else None
    covered = _with_earlier_stages(stages)
    done = [keys for _, keys in works if keys and keys <= covered]
    if not done or not stages <= frozenset().union(*done):
        return None  # none of the works listed, or a stage partly (征地 of 征地拆迁)
    clauses = _done_clauses(actual.description)
    return value, tuple(
        work
        for work, keys in works
        if not (keys and keys <= covered) and not _work_said_done(work, keys, clauses)
    )


# A part of the works excepted from those said done: 除征地拆迁外, 除外墙以外, (外墙除外).
# Not the 除 of another word (拆除, 清除, 消除, 排除, 去除, 剔除, 免除, 删除, 开除, 解除).
_EXCEPT_AFTER_RE: Final = re.compile(r"\(?(?P<work>[^,;。()]{1,10}?)除外(?:\)|(?=[,;。]|$))")
_EXCEPT_ROUND_RE: Final = re.compile(
    r"(?<![拆清消排去剔免删开废解])除(?P<work>[^,;。()]{1,12}?)(?:以外|之外|外)"
    # 除完成主体工程外，还完成了附属工程: "besides", nothing excepted
    r"(?![,;]?(?:还|另|也|并|同时))"
)


def _excepted_work(text: str) -> tuple[str, str] | None:
    """The text without its exception clause, and the work it excepts, else None.

    Example:
        >>> _excepted_work("除征地拆迁外土建已完成")
        ('土建已完成', '征地拆迁')
        >>> _excepted_work("主体及装修工程均已完工（外墙除外）")
        ('主体及装修工程均已完工', '外墙')
        >>> _excepted_work("旧房拆除外运已完成") is None
        True
        >>> _excepted_work("除完成主体工程外，还完成了附属工程") is None
        True
    """
    normal = _normal(text)
    found = _EXCEPT_AFTER_RE.search(normal) if "除外" in normal else None
    found = found or _EXCEPT_ROUND_RE.search(normal)
    if found is None:
        return None
    work = found.group("work")
    return (normal[: found.start()] + normal[found.end() :]).strip(",;。"), work


# The stages a later stage done is built on (主体 on 桩基, 土建 after 征地拆迁): only where
# the order is certain; an earlier stage done says nothing of a later one.
_EARLIER_STAGES: Final = MappingProxyType(
    {
        "主体": frozenset({"桩基", "地基", "基础", "土方", "征地", "拆迁"}),
        "土建": frozenset({"征地", "拆迁"}),
        "桩基": frozenset({"征地", "拆迁"}),
        "地基": frozenset({"征地", "拆迁"}),
        "基础": frozenset({"征地", "拆迁"}),
        "土方": frozenset({"征地", "拆迁"}),
    }
)
# A clause saying its works done (设备安装完成, 并通过验收, 主体及附属工程均已完工), and what
# makes it say otherwise (未, 正在, 待验收, 计划于12月完成, 部分完成, 完成60%, 完成招标).
_CLAUSE_DONE_RE: Final = re.compile("完成|完工|竣工|建成|通过|合格|完毕|交付|投入使用|投用")
_CLAUSE_NOT_DONE_RE: Final = re.compile(
    "未|没|尚|正在|待|暂|延期|推进|预计|拟|将|力争|争取|计划|部分|基本|进行|开展|中$|率|%"
    "|招标|设计|采购|签订|合同|立项|审批|评审|开工|启动|开始|前期"
)
_CLAUSE_SEP_RE: Final = re.compile("[,;。]")


def _with_earlier_stages(stages: frozenset[str]) -> frozenset[str]:
    """*stages* and the stages they are built on (主体: 桩基, 地基, 征地拆迁…).

    Example:
        >>> _with_earlier_stages(frozenset({"土建"})) == {"土建", "征地", "拆迁"}
        True
    """
    return stages.union(*(_EARLIER_STAGES.get(stage, frozenset()) for stage in stages))


def _done_clauses(text: str) -> tuple[str, ...]:
    """The clauses of *text* that say their works done, as the parser sees them.

    Example:
        >>> _done_clauses("土建完成，设备安装正在调试")
        ('土建完成',)
    """
    return tuple(
        clause
        for clause in _CLAUSE_SEP_RE.split(_normal(text))
        if _CLAUSE_DONE_RE.search(clause) is not None and _CLAUSE_NOT_DONE_RE.search(clause) is None
    )


def _work_said_done(work: str, keys: frozenset[str], clauses: tuple[str, ...]) -> bool:
    """Whether a clause of *clauses* (see :func:`_done_clauses`) names *work* done.

    A stage is named by any of its spellings (主体 by 主体工程), and with the stages
    built on it (桩基 by 主体); another work by its words (设备安装, 验收, 附属工程).

    Example:
        >>> _work_said_done("验收", frozenset(), ("主体工程已完工并通过验收",))
        True
        >>> _work_said_done("附属工程", frozenset(), ("主体工程已完工",))
        False
    """
    if keys:
        return any(keys <= _with_earlier_stages(stages_named(clause)) for clause in clauses)
    return any(work in clause for clause in clauses)


def _works_all_done(
    actual: TextValue, wanted: str, indicator: Indicator
) -> tuple[Value, tuple[str, ...]] | None:
    """Every work a list in the target, or else in the name, said done: done, else None.

    ``主体及附属工程均已完工`` and ``土建及设备安装已完成`` under ``主体及附属工程完工时间``
    and ``土建及设备安装完成时间`` do each work listed. The cell may hold no date (a date
    of each work is not read: None) and no clause that says a work not done.

    Example:
        >>> from perftrack.model import Indicator
        >>> value, missing = _works_all_done(
        ...     TextValue("主体及附属工程均已完工"),
        ...     "2024年12月底前完成",
        ...     Indicator("主体及附属工程完工时间"),
        ... )
        >>> value.status.value, missing
        ('done', ())
    """
    text = actual.description
    if not text or _CLAUSE_DONE_RE.search(text) is None or any(char.isdigit() for char in text):
        return None
    if _WHOLE_WORKS_RE.search(_STAGE_ACCEPTANCE_RE.sub("", wanted)) is not None:
        return None
    source = wanted if stages_named(wanted) else indicator.name
    works = works_named(source)
    if not works:
        return None
    clauses = _CLAUSE_SEP_RE.split(_normal(text))
    done = _done_clauses(text)
    if len(done) != len(clauses) or not all(
        _work_said_done(work, keys, done) for work, keys in works
    ):
        return None
    return StatusValue(_Status.DONE, text, text=actual.text or text), ()


def _part_of_works(
    target: Target, actual: Value, value: Value, missing: tuple[str, ...], ctx: _Context
) -> _Outcome:
    """A stage done where the target or name lists more works: a part of the works done.

    ``主体工程已完工`` under ``主体及附属工程完工时间`` does the 主体 only: where the stage
    done would meet the target, the works are partly done (``partial``; before a due
    date not yet reached, ``pending``), the explanation naming the works not done.
    Otherwise (a stage done after the due date) the stage's verdict stands, with them.
    """
    say = ctx.say
    outcome = _judge_plainly(target, value, ctx)
    shown = _text(actual)
    rest = "、".join(missing)
    if outcome.attainment is not _Attainment.MET:
        return _Outcome(
            outcome.attainment,
            outcome.why + say(f"；未见{rest}完成", f"; {rest} not said done"),
        )
    due = ctx.due
    if due is not None and ctx.at_due is False:
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际“{shown}”，未见{rest}完成，截止日期{due.isoformat()}未到",
                f"actual “{shown}”: {rest} not said done, due {due.isoformat()}",
            ),
        )
    return _Outcome(
        _Attainment.PARTIAL,
        say(
            f"实际“{shown}”，未见{rest}完成，部分完成",
            f"actual “{shown}”: {rest} not said done, partly done",
        ),
    )


def _a_step_done(phrase: str, words: tuple[str, ...], named: str) -> bool:
    """Whether *phrase* is the step itself, done: the step's words, or its name's compound.

    The phrase may open with the subject (项目), 已 and a word of manner or completion
    (正式, 顺利, 完成), and close with one of completion (完成, 完毕, 通过; 建设 or 施工
    after 开工); what is left must be the step's words (开工, 签订合同, 中标) or a part of
    *named* holding one (初步设计 in 初步设计完成时间). Anything else, a failure, a
    submission, a preparation or a part, is no step done.

    Example:
        >>> _a_step_done("项目已正式开工建设", ("开工",), "工程开工时间|")
        True
        >>> _a_step_done("申请开工", ("开工",), "工程开工时间|")
        False
    """
    core = _STEP_SUBJECT_RE.sub("", phrase, count=1)
    stripped = True
    while stripped:
        stripped = False
        for word in _STEP_BEFORE:
            if core.startswith(word) and len(core) > len(word):
                core = core[len(word) :]
                stripped = True
        for word in _STEP_AFTER:
            if core.endswith(word) and len(core) > len(word):
                core = core[: -len(word)]
                stripped = True
        for word in _STEP_START_AFTER:
            if core.endswith(word) and core[: -len(word)].endswith(_STEP_STARTS):
                core = core[: -len(word)]
                stripped = True
    if not any(word in core for word in words):
        return False
    if core in named:  # the name's own compound: 初步设计, 方案评审, 可研报告编制
        return True
    rest = core
    while rest:  # the step's words, one after another: 开工, 签订合同, 可研批复
        head = next((w for w in words if rest.startswith(w)), None)
        if head is None:
            return False
        rest = rest[len(head) :]
    return True


def _after_period(first: dt.date, status: Status | None, ctx: _Context) -> bool:
    """Whether an actual dated *first* lies after the date the table is judged at.

    Such a date cannot have happened when the table was filled: it is a forecast,
    whatever status word it carries (``2024年10月15日完成`` in a table as of 2024-08-31).
    A 自评表 is filled in after its year: there a date past the year's end is a fact
    (``2024年3月25日`` in a 2023 table, filed by mid-year; a completion at any time),
    unless the policy names the date to judge at.

    Example:
        >>> from perftrack.policy import Policy
        >>> from perftrack import Indicator, Period, Table, TableKind, YearMonth
        >>> period = Period(YearMonth(2024, 1), YearMonth(2024, 8))
        >>> table = Table(TableKind.TRACKING, period=period)
        >>> ctx = _Context(
        ...     Indicator("完成时间"),
        ...     0,
        ...     table,
        ...     Policy.central(),
        ...     dt.date(2024, 8, 31),
        ...     2024,
        ...     _Language("zh"),
        ... )
        >>> _after_period(dt.date(2024, 10, 15), Status.DONE, ctx)
        True
        >>> _after_period(dt.date(2024, 8, 20), Status.DONE, ctx)
        False
    """
    as_of = ctx.as_of
    if as_of is None or first <= as_of:
        return False
    if (
        ctx.table.kind is _TableKind.SELF_EVALUATION
        and ctx.policy.as_of is None
        and not _as_planned(ctx.indicator.actual)
    ):
        # filed by mid-year: 2025年3月25日 in a 2024 table is past, 2025年10月 a plan
        return status is not _Status.DONE and not (status is None and first <= as_of + _FILING_TIME)
    return True


# A date of work done "as planned" (按计划于2025年6月完成): after the table's date, and in
# a 自评表 after its year, the plan, not a completion.
_AS_PLANNED_RE: Final = re.compile("已?按原?计划")


def _as_planned(actual: Value | None) -> bool:
    """Whether *actual* dates its work "as planned" (``已按计划于11月完成``).

    Example:
        >>> (
        ...     _as_planned(parse_value("按计划于2025年6月完成")),
        ...     _as_planned(parse_value("2025年6月完成")),
        ... )
        (True, False)
    """
    return isinstance(actual, DateValue) and _AS_PLANNED_RE.match(_normal(actual.text)) is not None


# A done status whose remark tells its time, which the value language reads as a figure
# (§3 rule 4): a month (已完成（10月）, 已完成(2024.10), 完成（延期至10月）) is the month it
# was done in; a late word with an amount of time (完成，滞后1个月, 已完成，但延期1个月,
# 已完成（比计划晚1个月）) says it was done late, and without the status (滞后1个月) that
# the work is put off.
_LATE_REMARK_RE: Final = re.compile(
    rf"(?:但|且|均|已|(?:比|较)原?计划)*(?:{_LATE_WORDS}|晚)了?(?:约)?"
)
_PUT_OFF_TO_RE: Final = re.compile(rf"(?:{_LATE_WORDS})[至到]")
_TIME_UNITS: Final = frozenset(("个月", "月", "天", "日", "周", "工作日", "年", "季度"))
_REMARK_MONTH_RE: Final = re.compile(r"(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])")
_MONTHS_IN_YEAR: Final = 12


def _remarked_time(actual: Quantity, year: int | None) -> DateValue | bool | None:
    """What a figure with a done status (or a late label) says of the work's time.

    A DateValue for the month it was done in (``已完成（10月）`` in the table's year,
    ``已完成(2024.10)``, ``完成（延期至10月）``); True for a late word with an amount of
    time (``完成，滞后1个月``); None for anything else (``已完成5次``).

    >>> _remarked_time(parse_value("已完成(2024.10)"), None).month
    10
    >>> _remarked_time(parse_value("完成，滞后1个月"), 2024)
    True
    >>> _remarked_time(parse_value("已完成5次"), 2024) is None
    True
    """
    label, unit, value = actual.label, actual.unit, actual.value
    if actual.status is _Status.DONE:
        if unit is None and label is None and _REMARK_MONTH_RE.fullmatch(str(value)):
            year_text, month_text = str(value).split(".")
            return DateValue(
                int(year_text), int(month_text), None, _Status.DONE, text=_text(actual)
            )
        if (
            unit == "月"
            and year is not None
            and (label is None or _PUT_OFF_TO_RE.fullmatch(label))
            and value == value.to_integral_value()
            and 1 <= value <= _MONTHS_IN_YEAR
        ):
            return DateValue(year, int(value), None, _Status.DONE, text=_text(actual))
    if (
        label is not None
        and unit in _TIME_UNITS
        and value > 0
        and _LATE_REMARK_RE.fullmatch(label) is not None
    ):
        return True
    return None


def _paid_on(actual: Quantity, year: int | None) -> DateValue | None:
    """The day an amount was paid, when its label is a date and a completion (parse46 H2).

    ``10月15日兑现1,286万元`` and ``6月28日拨付补助资金1,280万元`` are the date their
    label says done (``10月15日兑现``); the amount only says how much was paid.

    >>> _paid_on(parse_value("10月15日兑现1,286万元"), 2025).date
    datetime.date(2025, 10, 15)
    >>> _paid_on(parse_value("截至9月底拨付1,286万元"), 2025) is None
    True
    """
    label = actual.label
    if label is None or actual.unit not in _AMOUNT_UNITS or "月" not in label:
        return None
    dated = parse_value(label, year=year)
    if not isinstance(dated, DateValue) or dated.status is not _Status.DONE:
        return None
    return evolve(dated, text=_text(actual))


_AMOUNT_UNITS: Final = frozenset({"元", "万元", "亿元"})


def _count_dated(actual: Quantity, year: int | None) -> DateValue | None:
    """The date a count was done by, when its label opens with one (r37e).

    ``3月底前开工10个`` says ten were started by the end of March: against a deadline the
    date decides, as ``2024年3月完成`` does (the label's date, in the table's year when
    it names none). A share short of the whole (``3月底前完成80%``), an amount (see
    :func:`_paid_on`), a count as of a date (``截至3月底开工10个``: how far it got, not
    that the work was done), a ceiling or a status other than done is no such date.

    >>> _count_dated(parse_value("3月底前开工10个"), 2025).date
    datetime.date(2025, 3, 31)
    >>> _count_dated(parse_value("3月底前完成80%"), 2025) is None
    True
    """
    when, label = actual.when, actual.label or ""
    if (
        when is None
        or label.startswith(("截", "到"))
        or actual.unit in _AMOUNT_UNITS
        or actual.value <= 0
        or actual.bound in (_Bound.AT_MOST, _Bound.LESS_THAN)
        or actual.status not in (None, _Status.DONE)
        or (actual.unit == "%" and actual.value < _HUNDRED_PERCENT)
    ):
        return None
    if when.year is None:
        when = evolve(when, year=year, day=None)
    return evolve(when, status=_Status.DONE, text=_text(actual))


# Work done after a festival (春节后已发放, 节后完成, 元旦后已拨付): the festival before 节.
_AFTER_FESTIVAL_RE: Final = re.compile(
    rf"(?P<festival>[\u3400-\u9fff]{{0,2}}?)节(?:日)?过?后(?:均已|已经|已|全部)?(?:{_DONE_WORDS})"
    r"[\u3400-\u9fff]{0,4}"
)


def _after_festival(actual: TextValue, target: Target | None) -> bool:
    """Whether *actual* says the work was done after the festival *target* is due before.

    ``春节后已发放`` against ``春节前（1月28日前）发放到位``, ``节后已发放`` against any
    deadline named by a festival (``元旦春节前发放到位``): late. Against a deadline that
    names no festival the festival's date is not placed, and the cell stays unjudged.

    >>> from perftrack import parse_target
    >>> target = parse_target("春节前（1月28日前）发放到位", year=2025)
    >>> _after_festival(TextValue("节后已发放"), target)
    True
    >>> _after_festival(TextValue("春节后已发放"), parse_target("2025年1月28日前"))
    False
    """
    found = _AFTER_FESTIVAL_RE.fullmatch(_normal(actual.description))
    if found is None or target is None:
        return False
    festival = found.group("festival")
    return f"{festival}节前" in _normal(target.text) or (
        festival == "" and "节日前" in _normal(target.text)
    )


def _festival_doubt(first: dt.date, target: Target | None) -> str | None:
    """The festival words of *target* when a date *first* cannot be judged against them.

    A winter festival named without a year (``春节前发放到位``, ``元宵节前``) in an annual
    table is due at this year's festival (2025年1月28日 in a 2025 table), but a winter task
    (冬春救助, 欠薪清零, 两节慰问) is as often due at the next one: a date in the winter
    before the next festival (from 11月1日 to the next eve, 2026年1月20日) may be on time
    or late. A date by this year's eve is on time and one in the months after this year's
    festival (2025年3月10日) late, as usual. ``元旦春节前`` follows the 春节: due at this
    year's eve, in doubt from 11月1日 to the next eve. None when the date is judged as
    usual.

    >>> from perftrack import parse_target
    >>> target = parse_target("春节前发放到位", year=2025)
    >>> _festival_doubt(dt.date(2026, 1, 20), target), _festival_doubt(dt.date(2025, 3, 10), target)
    ('春节前', None)
    """
    if not isinstance(target, Deadline) or target.note is None or target.day is None:
        return None
    note = target.note
    if ("春节" not in note and "元宵" not in note) or _YEAR_WRITTEN_RE.search(_normal(target.text)):
        return None
    words = note[note.index("(") + 1 : -1] if note.endswith(")") and "(" in note else note
    year = target.year
    festival = "春节" if "春节" in note else "元宵"
    days = voc.FESTIVALS[festival]
    if year is None or year not in days or year + 1 not in days:
        return None
    next_eve = dt.date(year + 1, *days[year + 1]) - dt.timedelta(days=1)
    # the winter (元旦春节前 too: due at this year's 春节 eve, see _new_year_festival_due) before the next festival: this year's (late) or the next one's (on time)
    return words if dt.date(year, 11, 1) <= first <= next_eve else None


# A date and a filing verb (3月25日报送, 5月20日上报, 10月20日报送验收材料) and the names
# of rows whose step is the filing (数据报送时间, 项目申报时间, 材料报送) (regress53 W4).
_DATE_FILED_RE: Final = re.compile(
    r"(?:已于|已在|于)?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|末|初)?(?:前)?"
    r"(?:已经|均已|已|均|全部|按时|按期|如期)*(?:报送|上报|提交|报备)(?P<rest>[^，,；;。]*)"
)
_FILING_NAME_RE: Final = re.compile("报送|上报|提交|报备|申报|材料|报表|填报")
# A step after the filing the row's name is for (报送材料审核完成时间, 方案上报审批完成时间,
# 审计报告报送审定时间): the filing says nothing of it (regress54 W2).
_LATER_STEP_NAME_RE: Final = re.compile("审核|审批|审定|核查|批复|验收|审查")
_FILED_DONE_RE: Final = re.compile("完成|完工|办结|批复|通过|合格")


def _filed_other_step(actual: Value, name: str) -> str | None:
    """The cell of a filing date on a row named for another step, else None.

    ``年报审核完成时间 | 2023年3月31日前 | 3月25日报送``: the report was filed by then,
    which says nothing of its 审核 (regress53 W4); on ``数据报送时间`` the filing is the
    step. A cell saying the step done after the filing (``报送并完成``) is left alone.

    Example:
        >>> from perftrack import parse_value
        >>> _filed_other_step(parse_value("3月25日报送"), "年报审核完成时间")
        '3月25日报送'
        >>> _filed_other_step(parse_value("3月25日报送"), "数据报送时间") is None
        True
        >>> _filed_other_step(parse_value("3月25日报送"), "报送材料审核完成时间")
        '3月25日报送'
    """
    text = _normal(_text(actual)).rstrip("。")
    found = _DATE_FILED_RE.fullmatch(text)
    if (
        found is None
        or (
            _FILING_NAME_RE.search(_normal(name)) is not None
            and _LATER_STEP_NAME_RE.search(_normal(name)) is None
        )
        or _FILED_DONE_RE.search(found.group("rest") or "") is not None
    ):
        return None
    return _text(actual)


# A purchase's last step (9月采购到位, 6月25日到货, 7月10日入库) and the later steps a row's
# name or target may be for (安装调试, 验收, 投入使用): the purchase says nothing of them
# (regress107 W2, as a filing date on a row named for a later step, regress53 W4).
_AFTER_PURCHASE_RE: Final = re.compile("安装|调试|验收|投入使用|投用|启用|运行|完工|建成|上线")


def _bought_other_step(actual: Value, ctx: _Context, due: dt.date) -> str | None:
    """The later step of a row a purchase date by its due date does not meet, else None.

    ``监控设备采购安装 | 10月前完成安装调试 | 9月采购到位``: the goods are bought, not
    installed. A cell saying the later step itself (``10月20日完成安装调试``), a row of
    the purchase (``10月前采购到位``, ``物资采购验收入库``) or a date after due: None.
    """
    text = _normal(_text(actual))
    if not ("到位" in text or "到货" in text or "入库" in text):
        return None  # the cheap guard: no purchase word
    if (
        not isinstance(actual, DateValue)
        or actual.start is None
        or actual.start > due
        or ("采购到位" not in text and "到货" not in text and "入库" not in text)
        or _AFTER_PURCHASE_RE.search(text) is not None
    ):
        return None
    for aim in (_text(ctx.indicator.target), ctx.indicator.name):
        later = _AFTER_PURCHASE_RE.search(_normal(aim).replace("验收入库", ""))
        if later is not None:
            return later.group()
    return None


# A stoppage in a deadline row's actual (暂停施工, 受汛期影响暂停, 停工, 中止), and words
# that it is over or never was (已复工, 已恢复施工, 无停工).
_STOPPED_RE: Final = re.compile("暂停|停工|中止")
_RESUMED_RE: Final = re.compile(
    "(?:已|均已|现已|目前已)(?:全面|全部)?(?:复工|恢复)|(?:无|未|没有|不存在)(?:停工|暂停|中止)"
)


def _said_not_done(actual: Value) -> bool:
    """Whether a free-text actual says the work is not done (tr32 H1).

    A not-done lead clause decides (``未完成，受汛期影响暂停``), and a stoppage not
    over is not done (``暂停施工``, ``受汛期影响暂停``); a done lead clause is done.

    >>> from perftrack import parse_value
    >>> [
    ...     _said_not_done(parse_value(t))
    ...     for t in ("未完成，汛期暂停", "暂停施工", "7月暂停，8月已复工", "已完成，曾暂停施工")
    ... ]
    [True, True, False, False]
    """
    if not isinstance(actual, TextValue):
        return False
    text = _normal(actual.description)
    lead = re.split("[,，;；]", text, maxsplit=1)[0]
    if lead != text:
        try:
            lead_status = _status_of(parse_value(lead))
        except ExpressionError:
            lead_status = None
        if lead_status is _Status.NOT_DONE:
            return True
        if lead_status is not None:
            return False
    return _STOPPED_RE.search(text) is not None and _RESUMED_RE.search(text) is None


# Works built (已完工, 已竣工, 工程已建成) and a target of their acceptance (年底前通过验收,
# 2025年12月31日前完成验收, 年底前竣工验收): acceptance is a later step (track40 H3).
_BUILT_ONLY_RE: Final = re.compile(
    r"(?:(?:项目|工程|本工程|主体工程|建设|施工)?(?:已经|已|均已|全部)?(?:完工|竣工|建成)"
    r"|(?:已经|已|均已)?完成(?:施工|建设))"
)
_ACCEPTANCE_TARGET_RE: Final = re.compile(r"(?:通过|完成|竣工|组织)?验收(?:工作)?(?:时间)?$")


def _built_before_acceptance(actual: Value, indicator: Indicator) -> str | None:
    """``验收`` when *actual* says the works built and the target asks for their acceptance.

    ``已完工`` or ``已竣工`` against ``年底前通过验收`` (or ``2025年12月31日前完成验收``,
    ``年底前竣工验收``, or a target of a bare date on ``体育馆验收``): the works are
    built, their acceptance is still ahead. None otherwise (``已完成``, ``已竣工验收``).

    Example:
        >>> from perftrack.model import Indicator
        >>> from perftrack import parse_target
        >>> row = Indicator("文化广场", target=parse_target("年底前通过验收"))
        >>> _built_before_acceptance(parse_value("已完工"), row)
        '验收'
        >>> _built_before_acceptance(parse_value("已完成"), row) is None
        True
    """
    if not isinstance(actual, StatusValue):
        return None
    said = _normal(_text(actual)).rstrip("。")
    if "验收" in said or _BUILT_ONLY_RE.fullmatch(said) is None:
        return None
    target = indicator.target
    wanted = _normal(target.text if target is not None else "").rstrip("。")
    if "验收" in wanted:
        return "验收" if _ACCEPTANCE_TARGET_RE.search(wanted) is not None else None
    if (
        _ACCEPTANCE_TARGET_RE.search(_normal(indicator.name)) is not None
        and re.search(_DONE_WORDS, wanted) is None
    ):
        return "验收"  # 体育馆验收 | 2025年12月31日前
    return None


def _stage_before_acceptance(actual: Value, ctx: _Context) -> str | None:
    """The acceptance a deadline asks when the actual does only a stage of the works (k32p).

    ``主体工程已完工`` (``一期工程已完工``, ``2025年11月主体完工``) against
    ``2025年12月底前竣工验收`` (or ``完成验收``, ``通过验收``, or a bare date on a row named
    for the acceptance, ``竣工验收``): the works are not all built, and the acceptance
    after them is not done (``竣工验收``; ``验收`` when the target says no 竣工). So is a
    deadline whose work is the whole works' completion (``12月底前竣工``, ``年底前全面完工``:
    ``竣工``, ``全部完工``; :func:`_completion_asked`, k33b): main works done is no
    completion. None when the cell speaks of an acceptance, is no stage done, or the
    target (or name) names a stage itself (``主体完工并竣工验收``: see :func:`_stage_works`).

    Example:
        >>> from perftrack.model import Indicator
        >>> from perftrack import parse_target
        >>> from perftrack.policy import Policy
        >>> from perftrack.scoring._common import _Language
        >>> from perftrack.model import Table, TableKind
        >>> def asked(name: str, target: str, actual: str) -> str | None:
        ...     row = Indicator(name, target=parse_target(target))
        ...     ctx = _Context(
        ...         row,
        ...         0,
        ...         Table(TableKind.SELF_EVALUATION),
        ...         Policy.central(),
        ...         None,
        ...         2025,
        ...         _Language("zh"),
        ...     )
        ...     return _stage_before_acceptance(parse_value(actual), ctx)
        >>> asked("竣工验收", "2025年12月底前竣工验收", "主体工程已完工")
        '竣工验收'
        >>> asked("项目验收", "2025年12月底前完成验收", "土建已完成")
        '验收'
        >>> asked("工程进度", "2025年12月底前主体完工并竣工验收", "主体工程已完工") is None
        True
        >>> asked("竣工时间", "12月底前竣工", "主体工程已完工")
        '竣工'
    """
    if not isinstance(actual, TextValue) or "验收" in actual.description:
        return None
    staged = stage_done(actual.description, ctx.year)
    if staged is None or _status_of(staged[1]) is not _Status.DONE:
        return None
    return _acceptance_asked(ctx) or _completion_asked(ctx)


# A deadline's work that is the whole works' completion (12月底前竣工, 年底前全面完工, 项目
# 建成), or a row named for it under a bare date (竣工时间 | 2025年12月底前): what a stage
# done falls short of (k33b), as of the acceptance.
_COMPLETION_TARGET_RE: Final = re.compile(
    r"(?:项目|工程|全面|全部|整体)?(?P<work>竣工|完工|建成)(?:时间|日期)?$"
)


def _completion_asked(ctx: _Context) -> str | None:
    """``竣工``, ``全部完工`` or ``全部建成`` when the row's deadline asks the whole works done.

    The target's work (``12月底前竣工``, ``2025年12月底前全面完工``, ``年底前建成``), or
    the row's name under a bare date (``竣工时间 | 2025年12月底前``); never when either
    names a stage of the works (``12月底前主体完工``, ``主体工程完工时间``), nor an
    acceptance (:func:`_acceptance_asked`'s). Main works done is no completion (k33b).

    Example:
        >>> from perftrack.model import Indicator, Table, TableKind
        >>> from perftrack import parse_target
        >>> from perftrack.policy import Policy
        >>> from perftrack.scoring._common import _Language
        >>> def asked(name: str, target: str) -> str | None:
        ...     row = Indicator(name, target=parse_target(target))
        ...     ctx = _Context(
        ...         row,
        ...         0,
        ...         Table(TableKind.SELF_EVALUATION),
        ...         Policy.central(),
        ...         None,
        ...         2025,
        ...         _Language("zh"),
        ...     )
        ...     return _completion_asked(ctx)
        >>> [asked("竣工时间", "12月底前竣工"), asked("完工时间", "2025年12月底前完工")]
        ['竣工', '全部完工']
        >>> asked("竣工时间", "2025年12月底前"), asked("工程进度", "12月底前主体完工")
        ('竣工', None)
    """
    target, name = ctx.indicator.target, _normal(ctx.indicator.name)
    wanted = _normal(target.text if target is not None else "").rstrip("。")
    if "验收" in wanted:
        return None
    source = wanted if re.search(_DONE_WORDS, wanted) is not None else name
    found = _COMPLETION_TARGET_RE.search(source)
    if found is None or stages_named(source) or stages_named(name):
        return None
    work = found["work"]
    return work if work == "竣工" else f"全部{work}"


def _acceptance_asked(ctx: _Context) -> str | None:
    """``竣工验收`` or ``验收`` when the row's deadline asks the acceptance, else None (k32p).

    The target's work (``2025年12月底前竣工验收``, ``完成验收``, ``通过验收``), or the row's
    name under a bare date (``竣工验收 | 2025年12月底前``); never when either names a
    stage of the works (``主体完工并竣工验收``, ``主体工程完工及验收时间``).
    """
    target, name = ctx.indicator.target, _normal(ctx.indicator.name)
    wanted = _normal(target.text if target is not None else "").rstrip("。")
    if "验收" in wanted:
        source = wanted
    elif re.search(_DONE_WORDS, wanted) is None:
        source = name  # 竣工验收 | 2025年12月底前
    else:
        return None
    if _ACCEPTANCE_TARGET_RE.search(source) is None or stages_named(source) or stages_named(name):
        return None
    return "竣工验收" if "竣工" in source else "验收"


# An actual that restates a window of months as the time the work was done (10月至12月实施,
# 2025年10月-12月开展): the period, then a word of the work at most (k26).
_WORK_IN_WINDOW_RE: Final = re.compile(
    "^(?:已于|已在|于|在)?(?P<period>.+?)(?:期间)?(?:组织实施|实施|开展|执行|进行|发放)?$"
)
# A plan before the window (计划10月至12月实施): no time the work was done.
_WINDOW_PLAN_RE: Final = re.compile("计划|预计|力争|确保|拟|争取")


def _within_window(target: PeriodTarget, actual: Value, ctx: _Context) -> _Outcome | None:
    """An actual period inside the target's window once it has passed: met (k26).

    ``10月至12月实施`` against ``10月起至12月`` on 实施时间: the work ran in the months the
    target sets. Only a period of the actual's own, every day of it inside the target's,
    judged at or after the target's end; any other actual is for :func:`_judge_deadline`.

    >>> _WORK_IN_WINDOW_RE.fullmatch("10月至12月实施").group("period")
    '10月至12月'
    """
    if not isinstance(actual, (TextValue, DateValue)) or ctx.at_due is not True:
        return None
    found = _WORK_IN_WINDOW_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    if found is None or _WINDOW_PLAN_RE.match(found.group("period")):
        return None  # 计划10月至12月实施: a plan, no time the work was done
    try:
        said = parse_target(found.group("period"), year=ctx.year)
        window = parse_target(target.text, year=ctx.year) if target.start is None else target
    except ExpressionError:
        return None
    if not isinstance(said, PeriodTarget) or not isinstance(window, PeriodTarget):
        return None
    first, last, start, end = said.start, said.end, window.start, window.end
    if first is None or last is None or start is None or end is None:
        return None
    if not start <= first <= last <= end:
        return None  # 9月至12月 against 10月至12月: begun before the window, for a reviewer
    say = ctx.say
    return _Outcome(
        _Attainment.MET,
        say(
            f"实际“{_text(actual)}”在年度指标期间{start.isoformat()}至{end.isoformat()}内，"
            "达到年度指标",
            f"actual “{_text(actual)}” lies within the target's period {start} to {end}: met",
        ),
    )


def _finished_cycle(target: PeriodTarget, actual: Value, ctx: _Context) -> _Outcome | None:
    """A period into ``次年`` whose actual is the cycle that ended in the year: met.

    ``12月1日—次年5月31日`` (冬春储备) in a 2025 自评表 runs to 2026-05-31, but staff
    report the cycle the year's money kept, ``2024.12.1-2025.5.31``: the same period one
    year earlier, over by the evaluation date, says the storage period was kept (parse44
    M6; it was ``pending``, "截止日期2026-05-31未到"). Any other actual is for
    :func:`_judge_deadline`.
    """
    if "次年" not in target.text or not isinstance(actual, (TextValue, DateValue)):
        return None  # the cheap guard: a period into the next year only
    start, end, as_of = target.start, target.end, ctx.as_of
    if start is None or end is None or as_of is None or end.year != start.year + 1:
        return None
    found = _WORK_IN_WINDOW_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    if found is None or _WINDOW_PLAN_RE.match(found.group("period")):
        return None
    try:
        said = parse_target(found.group("period"), year=ctx.year)
        cycle = (start.replace(year=start.year - 1), end.replace(year=end.year - 1))
    except (ExpressionError, ValueError):  # ValueError: a 29 February a year earlier
        return None
    if not isinstance(said, PeriodTarget) or (said.start, said.end) != cycle or as_of < cycle[1]:
        return None
    first, last = cycle
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{_text(actual)}”为年度指标“{_text(target)}”在本年度结束的周期"
            f"（{first.isoformat()}至{last.isoformat()}），已完整执行，达到年度指标",
            f"actual “{_text(actual)}” is the cycle of “{_text(target)}” that ended in the"
            f" year ({first} to {last}), kept in full: met",
        ),
    )


# 截至6月底尚未开工: a time the cell speaks as of, then the step not done (parse55 M7).
_AS_OF_LEAD_RE: Final = re.compile(
    r"(?:截至|截止到?)(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>\d{1,2})月"
    r"(?:(?P<day>\d{1,2})日|[底末])?,?"
)


def _not_done_as_of(actual: Value, year: int | None, due: dt.date) -> Value | None:
    """A step said not done as of a time not before *due*, as that status, else None.

    ``截至6月底尚未开工`` against a due of 2025-05-31 is ``尚未开工``; as of a time before the
    due date (``截至4月底尚未开工``) it says nothing of the step by then.

    >>> _not_done_as_of(TextValue("截至6月底尚未开工"), 2025, dt.date(2025, 5, 31))
    StatusValue(status=<Status.NOT_DONE: 'not_done'>, word='尚未开工')
    >>> _not_done_as_of(TextValue("截至4月底尚未开工"), 2025, dt.date(2025, 5, 31)) is None
    True
    """
    if not isinstance(actual, TextValue) or not actual.description.startswith(("截至", "截止")):
        return None
    text = _normal(actual.description)
    found = _AS_OF_LEAD_RE.match(text)
    if found is None or found.end() == len(text):
        return None
    said_year = int(found["year"]) if found["year"] else year
    month = int(found["month"])
    if said_year is None or not 1 <= month <= 12:  # noqa: PLR2004 - the months of a year
        return None
    last = calendar.monthrange(said_year, month)[1]
    day = int(found["day"]) if found["day"] else last
    if day > last or dt.date(said_year, month, day) < due:
        return None
    rest = parse_value(text[found.end() :], year=year)
    if not isinstance(rest, StatusValue) or rest.status is not _Status.NOT_DONE:
        return None
    return evolve(rest, text=actual.text or actual.description)


def _judge_deadline(actual: Value, ctx: _Context) -> _Outcome:
    say = ctx.say
    due = ctx.due
    if due is None:
        return _Outcome(
            _Attainment.UNKNOWN,
            say("截止日期的年份未知，无法判断", "the due date's year is unknown"),
        )
    if (filed := _filed_other_step(actual, ctx.indicator.name)) is not None:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{filed}”是报送日期，指标“{ctx.indicator.name}”考核的不是报送本身，"
                f"无法判断是否于截止日期{due.isoformat()}前完成，需人工判断",
                f"actual “{filed}” is the date of a filing, not of “{ctx.indicator.name}”:"
                f" whether it was done by {due.isoformat()} is for a reviewer",
            ),
        )
    if (step := _bought_other_step(actual, ctx, due)) is not None:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”是采购到位（到货、入库）的日期，指标考核的“{step}”在其后，"
                f"无法判断是否于截止日期{due.isoformat()}前完成，需人工判断",
                f"actual “{_text(actual)}” is the date the goods were bought, not of the"
                f" “{step}” after it: whether that was done by {due.isoformat()} is for a reviewer",
            ),
        )
    stepped = _step_done(actual, ctx.indicator, ctx.year) or _dated_event(
        actual, ctx.indicator, ctx.year
    )
    if stepped is not None:
        actual = stepped
    elif (not_yet := _not_done_as_of(actual, ctx.year, due)) is not None:
        actual = not_yet  # 截至6月底尚未开工 at a due of 5月底 (parse55 M7)
    elif (other := _other_step_said_done(actual, ctx.indicator)) is not None:
        actual = other  # 招标已完成 against 2025年12月前完成验收: a step, not the work (k31c)
    remarked = _remarked_time(actual, ctx.year) if isinstance(actual, Quantity) else None
    if isinstance(remarked, DateValue):
        actual = remarked  # 已完成（10月）: done in that month
    elif isinstance(actual, Quantity) and (paid := _paid_on(actual, ctx.year)) is not None:
        actual = paid  # 10月15日兑现1,286万元: paid on that day, the amount how much (p46 H2)
    elif isinstance(actual, Quantity) and (counted := _count_dated(actual, ctx.year)) is not None:
        actual = counted  # 3月底前开工10个: done by March, the count how many (r37e)
    status = _status_of(actual)
    if status is None and _own_work_partly_done(actual, ctx):
        status = _Status.PARTIAL  # 主体工程完成80% against 6月底前完成主体工程 (k32c)
    due_text = due.isoformat()
    if remarked is True:
        late_done = status is _Status.DONE
        if late_done or ctx.at_due:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，晚于截止日期{due_text}"
                    if late_done
                    else f"实际“{_text(actual)}”，工作延期，截止日期{due_text}前未完成",
                    f"“{_text(actual)}”, after the due date {due_text}"
                    if late_done
                    else f"“{_text(actual)}”: put off, not done by the due date {due_text}",
                ),
            )
    if isinstance(actual, DateValue) and actual.date is not None and actual.start is not None:
        first, last = actual.start, actual.date
        if (
            (actual.part is not None or actual.month is None)
            and first <= due < last
            and not _after_period(first, status, ctx)
        ):
            # 第四季度完成 against 2024年11月底前: the part holds the due date, so neither
            # its first day (late when after due) nor its last (on time when by due) decides;
            # so does a year alone (2025年完成, 2025年内完成 against 9月底前, parse50 H1)
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际“{_text(actual)}”，截止日期{due_text}在其期间内，无法判断是否按期",
                    f"“{_text(actual)}” spans the due date {due_text}: cannot be judged",
                ),
            )
        doubt = _festival_doubt(first, ctx.indicator.target)
        if doubt is not None and not _after_period(first, status, ctx):
            # 春节前发放到位 | 2026年1月20日发放 in a 2025 table: before the next 春节
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际“{_text(actual)}”，年度指标“{doubt}”未写年份，"
                    "可指本年度或下一个节日，无法判断是否按期",
                    f"“{_text(actual)}”: “{doubt}” names no year, this year's festival or "
                    "the next one: cannot be judged",
                ),
                undated=True,
            )
        # 已于…完成: done, unless dated after the table's date (a completion on
        # 2024年10月15日 in a table as of 08-31 cannot have happened yet: a forecast)
        if status is _Status.DONE and first <= due and not _after_period(first, status, ctx):
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”，未晚于截止日期{due_text}",
                    f"“{_text(actual)}”, by the due date {due_text}",
                ),
            )
        if first > due and ctx.at_due and not ctx.forecasting and _after_period(first, status, ctx):
            # dated after the table's date, the due date passed: no completion, late or
            # not (monitor21 M6): not met, never "晚于截止日期" as if done late
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”在评价日期之后，不能作为已完成，"
                    f"截止日期{due_text}已到，按未完成判断",
                    f"“{_text(actual)}” is dated after the as-of date: not done by the"
                    f" due date {due_text}",
                ),
            )
        if first > due:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，晚于截止日期{due_text}",
                    f"done {_text(actual)}, after the due date {due_text}",
                ),
            )
        if _after_period(first, status, ctx):
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{_text(actual)}”在评价日期之后，视为预计，截止日期{due_text}",
                    f"expected {_text(actual)}, due {due_text}",
                ),
            )
        if last <= due or first <= due:
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”，未晚于截止日期{due_text}",
                    f"done {_text(actual)}, by the due date {due_text}",
                ),
            )
    if isinstance(actual, TextValue) and "节" in actual.description:
        after = _after_festival(actual, ctx.indicator.target)
        if after:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，晚于截止日期{due_text}",
                    f"“{_text(actual)}”, after the due date {due_text}",
                ),
            )
    if (last_part := _last_part_date(actual, ctx.year)) is not None:
        # 6月底前已拨付60%，余款7月8日拨付: the payment done when its last part was (p40 H4)
        return _judge_deadline(last_part, ctx)
    # some works done, some put off (2024年9月完成2处，1处延期): partly done, whatever
    # the date of the works done
    said = (
        None
        if status is _Status.PARTIAL
        else _time_said(actual, ctx.year, _named_step(ctx.indicator))
    )
    if said is not None:
        if said.date is not None and said.date.year is not None:
            return _judge_deadline(said.date, ctx)  # 延期至2024年10月完成: the date decides
        if said.late and said.done:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，晚于截止日期{due_text}",
                    f"“{_text(actual)}”, after the due date {due_text}",
                ),
            )
        if said.late and ctx.at_due:
            # put off and not done (延期施工中, 因拆迁延期，预计12月完工): before the due
            # date it is judged as the work stands
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，工作延期，截止日期{due_text}前未完成",
                    f"“{_text(actual)}”: put off, not done by the due date {due_text}",
                ),
            )
        if not said.late:
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”，未晚于截止日期{due_text}",
                    f"“{_text(actual)}”, by the due date {due_text}",
                ),
            )
    if status is _Status.DONE and (built := _built_before_acceptance(actual, ctx.indicator)):
        # 已完工 against 年底前通过验收 (track40 H3): the works built, their acceptance, a
        # later step, still ahead; partly done at due, as 已完成，待验收 is
        if ctx.at_due is None:
            return _Outcome(
                _Attainment.UNKNOWN, say("评价日期未知，无法判断", "as-of date unknown")
            )
        if ctx.at_due:
            return _Outcome(
                _Attainment.PARTIAL,
                say(
                    f"截止日期{due_text}已到，实际“{_text(actual)}”，尚未{built}",
                    f"due {due_text} has passed: “{_text(actual)}”, not yet {built}",
                ),
            )
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际“{_text(actual)}”，尚未{built}，截止日期{due_text}未到",
                f"“{_text(actual)}”, not yet {built}; due {due_text}",
            ),
        )
    if status is _Status.DONE:
        return _Outcome(
            _Attainment.MET,
            say(f"实际“{_text(actual)}”，已完成（截止{due_text}）", f"done (due {due_text})"),
        )
    at_due = ctx.at_due
    if at_due is None:
        return _Outcome(_Attainment.UNKNOWN, say("评价日期未知，无法判断", "as-of date unknown"))
    if status is _Status.PARTIAL:
        if at_due:
            return _Outcome(
                _Attainment.PARTIAL,
                say(
                    f"截止日期{due_text}已到，实际部分完成",
                    f"partly done at the due date {due_text}",
                ),
            )
        return _Outcome(
            _Attainment.PENDING,
            say(f"部分完成，截止日期{due_text}未到", f"partly done, due {due_text}"),
        )
    if not at_due:
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际“{_text(actual)}”，截止日期{due_text}未到",
                f"actual “{_text(actual)}”, due {due_text}",
            ),
        )
    if status in (_Status.IN_PROGRESS, _Status.NOT_DONE):
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际“{_text(actual)}”",
                f"due {due_text} has passed: “{_text(actual)}”",
            ),
        )
    if isinstance(actual, QualitativeValue) and actual.family == "timeliness":
        if actual.negated:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，截止日期{due_text}已到",
                    f"“{_text(actual)}” at the due date",
                ),
            )
        if actual.partial:  # 基本按期, 基本按时: partial as 基本按期完成 is (pt27 H2)
            return _Outcome(
                _Attainment.PARTIAL,
                say(
                    f"实际“{_text(actual)}”，截止日期{due_text}已到，基本按时完成",
                    f"“{_text(actual)}”: mostly on time at the due date {due_text}",
                ),
            )
        return _Outcome(
            _Attainment.MET, say(f"实际“{_text(actual)}”，按时完成", f"“{_text(actual)}”: on time")
        )
    if _said_on_time(actual):  # 按时结算, 均在规定时限内完成 (fp21 H2)
        return _Outcome(
            _Attainment.MET, say(f"实际“{_text(actual)}”，按时完成", f"“{_text(actual)}”: on time")
        )
    if _said_not_done(actual):
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际未完成（“{_text(actual)}”）",
                f"due {due_text} has passed: not done (“{_text(actual)}”)",
            ),
        )
    if _said_late_filing(actual):  # 公布不及时, 逾期备案 (l71)
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际“{_text(actual)}”",
                f"due {due_text} has passed: “{_text(actual)}”",
            ),
        )
    if (unstarted := _actual_admits_unstarted(actual, ctx.indicator, ctx.year, due)) is not None:
        # 5月底前开工 | 已开工12个，3个未开工: the actual itself says works not started (l71)
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际说明“{unstarted}”",
                f"due {due_text} has passed; the actual says “{unstarted}”",
            ),
        )
    if (unstarted := _reason_admits_unstarted(ctx.indicator.deviation_reason)) is not None:
        # 5月底前全部开工 | 已开工12个, the reason 尚有3个未开工: the row itself says the
        # deadline is missed (regress68 U1)
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，偏差原因说明“{unstarted}”",
                f"due {due_text} has passed; the reason says “{unstarted}”",
            ),
        )
    if (later := _forecast_after_due(actual, ctx.year, due)) is not None:
        # 2025年8月底前 | 预计10月底完工: the cell itself puts the work after the due date
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际“{_text(actual)}”，预计完成时间{later}晚于截止日期",
                f"due {due_text} has passed; “{_text(actual)}” expects the work after it ({later})",
            ),
        )
    if (
        "验收" in _text(actual)
        and _acceptance_asked(ctx) is not None
        and (failed := _judge_verdict_clause(_PASSED, actual, ctx)) is not None
        and failed.attainment is _Attainment.NOT_MET
    ):
        # 已验收，不合格 against 2025年12月底前完成验收: the check made, the works not
        # accepted; the acceptance is complete only when passed (k32p, as the progress reads
        # it against a plan of 完成验收)
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际“{_text(actual)}”，验收未通过",
                f"due {due_text} has passed: “{_text(actual)}”, the acceptance failed",
            ),
        )
    if (asked := _stage_before_acceptance(actual, ctx)) is not None:
        # 主体工程已完工 against 2025年12月底前竣工验收: a stage of the works, the acceptance
        # the target asks not done, as the milestone reading says of the same cell (k32p)
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际“{_text(actual)}”仅完成阶段工程，尚未{asked}",
                f"due {due_text} has passed: “{_text(actual)}” is a stage of the works,"
                f" not yet {asked}",
            ),
        )
    if (trial := _trial_run(actual, ctx.indicator)) is not None:
        # 2025年6月30日前 | 试运行 at the due date: the works on trial, their completion (the
        # acceptance) still to come, as 正在试运行 and 试运行中 say (in progress, not met;
        # r35l: it was "无法判断是否完成", the printed 得分 kept)
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际“{_text(actual)}”仅为{trial}，尚未完成",
                f"due {due_text} has passed: “{_text(actual)}” is a trial run, not completion",
            ),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"截止日期{due_text}已到，实际“{_text(actual)}”无法判断是否完成",
            f"due {due_text} passed; “{_text(actual)}” cannot be judged",
        ),
    )


# A bare trial run, undated (试运行, 已试运行, 已投入试运行, 试运营, 试生产): the works run
# on trial, the acceptance still to come (value-language.md: a stage, no completion).
# 上线试运行 is not one: the system went live (done in the value language).
_TRIAL_RUN_RE: Final = re.compile(
    r"(?:已经|已|现已|目前)?(?:开始|投入|进入)?(?P<stage>试运行|试运营|试投产|试生产)(?:阶段)?"
)


def _trial_run(actual: Value | None, indicator: Indicator) -> str | None:
    """The trial (试运行…) *actual* barely says, on a row not named for it, else None.

    ``试运行`` against ``2025年6月30日前`` on 上线时间: the trial is no completion; on
    试运行时间 (or a target naming 试运行) the trial is the step asked, left as it was.

    Example:
        >>> from perftrack import Indicator, parse_value
        >>> _trial_run(parse_value("已投入试运营"), Indicator("上线时间"))
        '试运营'
        >>> _trial_run(parse_value("试运行"), Indicator("系统试运行时间")) is None
        True
    """
    if not isinstance(actual, TextValue):
        return None
    found = _TRIAL_RUN_RE.fullmatch(_normal(actual.description).rstrip("。"))
    if found is None or found.group("stage") in _named(indicator):
        return None
    return found.group("stage")


# A share of the work done (主体工程完成80%, 主体工程已完成进度80%): the work, then the label.
_STEP_SHARE_LABEL_RE: Final = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]*?)(?:已经?)?(?:完成|完工)(?:进度|比例|率)?(?:为|达到?)?"
)
# The work said mostly done (主体工程基本完工, 主体工程已基本完成).
_WORK_BASICALLY_RE: Final = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]+?)(?:已经?)?基本(?:完成|完工|竣工|建成)"
)


def _own_work_partly_done(actual: Value, ctx: _Context) -> bool:
    """Whether the actual says the deadline's own work is partly done, with no status word.

    ``主体工程完成80%`` or ``主体工程基本完工`` against ``2025年6月底前完成主体工程``: the
    work the target names (its note, or the row's name), a share of it below 100% or
    基本 done, as ``已完成80%`` and ``基本完成`` are (it was "无法判断是否完成"). A work
    the target does not name (``附属工程完成80%``) is not it.

    >>> import datetime as dt
    >>> from perftrack import Indicator, Table, TableKind, parse_target, parse_value
    >>> from perftrack.policy import Policy
    >>> from perftrack.scoring._common import _Language
    >>> row = Indicator("工程进度", target=parse_target("2025年6月底前完成主体工程"))
    >>> ctx = _Context(
    ...     row, 0, Table(TableKind.TRACKING), Policy.central(), None, 2025, _Language("zh")
    ... )
    >>> [
    ...     _own_work_partly_done(parse_value(said), ctx)
    ...     for said in ("主体工程完成80%", "主体工程基本完工", "附属工程完成80%", "完成100%")
    ... ]
    [True, True, False, False]
    """
    if isinstance(actual, Quantity):
        if (
            actual.unit != "%"
            or actual.label is None
            or actual.status is not None
            or not 0 < actual.value < _HUNDRED
        ):
            return False
        found = _STEP_SHARE_LABEL_RE.fullmatch(_normal(actual.label))
    elif isinstance(actual, TextValue):
        found = _WORK_BASICALLY_RE.fullmatch(_normal(actual.description).rstrip("。"))
    else:
        return False
    if found is None:
        return False
    subject = found["subject"]
    target = ctx.indicator.target
    named = _normal(getattr(target, "note", None) or "") + _normal(ctx.indicator.name)
    return not subject or subject in named


class _Milestone(NamedTuple):
    """One dated step of a target of several (``2025年6月底前完成主体工程``)."""

    said: str  # the step as the target writes it
    deadline: Deadline
    due: dt.date


# What separates the steps of a target of dated steps (，；、).
_MILESTONE_SPLIT_RE: Final = re.compile("[,;、]")


def _milestones(target: Descriptive, year: int | None) -> tuple[_Milestone, ...] | None:
    """The dated steps of a prose target of several, in order, else None.

    Each clause is a deadline of its own with the work it asks (``2025年6月底前完成主体工程，
    12月底前竣工验收``), their due dates rising; a clause without a year takes the year of
    the step before it (the first, the table's *year*).

    >>> [
    ...     (step.said, step.due.isoformat())
    ...     for step in _milestones(Descriptive("2025年6月底前完成主体工程,12月底前竣工验收"), 2025)
    ... ]
    [('2025年6月底前完成主体工程', '2025-06-30'), ('12月底前竣工验收', '2025-12-31')]
    >>> _milestones(Descriptive("6月底前完成招标,采购"), 2025) is None
    True
    """
    if year is None:
        return None
    clauses = [
        clause for clause in _MILESTONE_SPLIT_RE.split(_normal(target.description)) if clause
    ]
    if len(clauses) < 2:  # noqa: PLR2004 - a schedule is two steps or more
        return None
    steps: list[_Milestone] = []
    for clause in clauses:
        read = parse_target(clause, year=steps[-1].deadline.year or year if steps else year)
        if not isinstance(read, Deadline) or (due := read.due) is None:
            return None
        if not _DEADLINE_STEP_RE.search(clause) or (steps and due <= steps[-1].due):
            return None
        steps.append(_Milestone(clause, read, due))
    return tuple(steps)


# The work a dated step asks after its date (前完成主体工程, 底前竣工验收): a step, not a bare date.
_DEADLINE_STEP_RE: Final = re.compile(r"前[\u4e00-\u9fff]{2,}$")
# The work a step names after its date and verb (前完成招标: 招标; 前竣工验收: 竣工验收).
_STEP_WORK_RE: Final = re.compile(r"前(?:完成|实现|全面|全部)*(?P<work>[\u4e00-\u9fff]{2,})$")
# A month said in the actual (2025年5月开工, 5月底): it may date any step.
_MONTH_SAID_RE: Final = re.compile(r"\d{1,2}月|[一二三四五六七八九十]{1,2}月")


def milestone_reading(
    target: Descriptive, actual: Value, ctx: _Context
) -> tuple[_Outcome, Progress | None] | None:
    """The verdict and the progress of a target of dated steps, each judged by its own date.

    Each step is judged as a deadline target (§3 rule 4) against the actual. Before the
    last step's date, the target is ``pending``: ``on_track`` when every step due is
    met, ``behind`` when one due is missed or partly done; at it, ``met`` when every
    step is, ``partial`` when some is, else ``not_met``. None (judged as before) when a
    step due cannot be decided, a step not due is anything but met or pending, or the
    actual is a date (which step it dates is unsaid).

    Example:
        >>> import datetime as dt
        >>> from perftrack import Indicator, Table, TableKind, parse_value
        >>> from perftrack.policy import Policy
        >>> from perftrack.scoring._common import _Language
        >>> goal = Descriptive("2025年6月底前完成主体工程,12月底前竣工验收")
        >>> row = Indicator("工程进度", target=goal, actual=parse_value("主体工程已完工"))
        >>> ctx = _Context(
        ...     row,
        ...     0,
        ...     Table(TableKind.TRACKING),
        ...     Policy.central(),
        ...     dt.date(2025, 9, 30),
        ...     2025,
        ...     _Language("zh"),
        ... )
        >>> outcome, progress = milestone_reading(goal, row.actual, ctx)
        >>> outcome.attainment.value, progress.value
        ('pending', 'on_track')
    """
    if isinstance(actual, DateValue) or ctx.as_of is None:
        return None
    steps = _milestones(target, ctx.year)
    if steps is None:
        return None
    as_of, say = ctx.as_of, ctx.say
    clauses = [clause for clause in _MILESTONE_SPLIT_RE.split(_normal(_text(actual))) if clause]
    # (a forecast's month is of the work still ahead: 已开工，预计10月完工)
    dated = any(
        _MONTH_SAID_RE.search(clause) and _FORECAST_LEAD_RE.search(clause) is None
        for clause in clauses
    )
    judged: list[tuple[_Milestone, _Outcome]] = []
    works = [
        found["work"] if (found := _STEP_WORK_RE.search(step.said)) else None for step in steps
    ]
    # 已完成招标、施工, 已完成招标和施工: each work listed done (k33b)
    clauses = _listed_done_clauses(clauses, {work for work in works if work})
    owns = [[clause for clause in clauses if work is not None and work in clause] for work in works]
    named = [bool(own) for own in owns]
    last_named = max((index for index, said in enumerate(named) if said), default=-1)
    # the clauses naming no step's work (工程已完工 beside 已完成招标): what the cell says of
    # the steps after the last it names (k33b: they were judged by the whole cell, its
    # 已完成 meeting every step)
    rest = [clause for clause in clauses if not any(work and work in clause for work in works)]
    for index, (step, own) in enumerate(zip(steps, owns, strict=True)):
        # 招标已完成，尚未开工: each step by the clauses naming its work, when some do
        if own and all(_listed_done(clause) == works[index] for clause in own):
            # 已完成施工 (of 已完成招标、施工): the step's own work said done (k33b)
            joined = ",".join(own)
            said: Value = StatusValue(_Status.DONE, joined, text=joined)
        elif 0 < len(own) < len(clauses):
            said = parse_value(",".join(own), year=ctx.year)
        elif not own and 0 <= last_named < index and 0 < len(rest) < len(clauses):
            said = parse_value(",".join(rest), year=ctx.year)
        else:
            said = actual
        step_ctx = ctx._replace(indicator=evolve(ctx.indicator, target=step.deadline))
        judged.append((step, _judge(step.deadline, said, step_ctx)))
    last_met = max(
        (
            index
            for index, (_, outcome) in enumerate(judged)
            if outcome.attainment is _Attainment.MET
        ),
        default=-1,
    )
    unreported = _unreported_steps(steps, clauses, named)
    # a step the cell reports missed (主体工程完成80%): the steps after it cannot be done,
    # whatever the cell leaves unsaid (below)
    reported_miss = any(
        said and outcome.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL)
        for said, (_, outcome) in zip(named, judged, strict=True)
    )
    for index, (step, outcome) in enumerate(judged):
        if (
            outcome.attainment is _Attainment.UNKNOWN
            and as_of >= step.due
            and step in unreported.steps
            and not reported_miss
        ):
            # 已完成招标 against …10月底前完成施工 at its date: the cell reports the steps up
            # to the tender, none of the works due after it (k33b: it was unknown)
            work = unreported.steps[step]
            reported = "、".join(f"“{done}”" for done in unreported.reported)
            judged[index] = (
                step,
                _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"截止日期{step.due.isoformat()}已到，实际仅报告{reported}，"
                        f"未报告“{work}”完成情况，视为未完成",
                        f"due {step.due.isoformat()} has passed; the actual reports only"
                        f" {reported}, nothing of “{work}”: taken as not done",
                    ),
                ),
            )
        elif index < last_met and outcome.attainment is not _Attainment.MET and not named[index]:
            if dated:
                return None  # 2025年5月开工: which step the date is of is unsaid
            # 已开工建设 against 3月底前完成招标，6月底前开工: the tender came before the start
            judged[index] = (
                step,
                _Outcome(_Attainment.MET, say("后续阶段已完成", "a later step is done")),
            )
        elif (
            outcome.attainment is _Attainment.UNKNOWN
            and as_of >= step.due
            and any(
                before.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL)
                for _, before in judged[:index]
            )
        ):
            # 主体工程完成80% at the year's end: the acceptance after the main works cannot
            # be done while they are not
            judged[index] = (
                step,
                _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"截止日期{step.due.isoformat()}已到，前一阶段未完成，本阶段未完成",
                        f"due {step.due.isoformat()} has passed; the step before it is not done",
                    ),
                ),
            )
    for step, outcome in judged:
        decided = (
            (_Attainment.MET, _Attainment.NOT_MET, _Attainment.PARTIAL)
            if as_of >= step.due
            else (_Attainment.MET, _Attainment.PENDING)
        )
        if outcome.attainment not in decided:
            return None
    reached = [outcome.attainment for _, outcome in judged]
    if all(attainment is _Attainment.MET for attainment in reached):
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{_text(actual)}”，各阶段目标均已完成",
                f"actual “{_text(actual)}”: every step is done",
            ),
        ), _Progress.ON_TRACK
    told = [
        say(f"阶段目标“{step.said}”：{outcome.why}", f"step “{step.said}”: {outcome.why}")
        for step, outcome in judged
        if as_of >= step.due or outcome.attainment is _Attainment.MET
    ]
    ahead = next(
        (
            step
            for step, outcome in judged
            if as_of < step.due and outcome.attainment is not _Attainment.MET
        ),
        None,
    )
    if as_of < steps[-1].due:
        if ahead is not None:  # (the last step is not met while not due: one is ahead)
            told.append(
                say(
                    f"“{ahead.said}”截止日期{ahead.due.isoformat()}未到",
                    f"“{ahead.said}” due {ahead.due.isoformat()}",
                )
                if told
                else say(
                    f"实际“{_text(actual)}”，阶段目标“{ahead.said}”截止日期"
                    f"{ahead.due.isoformat()}未到",
                    f"actual “{_text(actual)}”: the step “{ahead.said}” is due"
                    f" {ahead.due.isoformat()}",
                )
            )
        missed = any(
            attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL) for attainment in reached
        )
        any_due = as_of >= steps[0].due
        progress = _Progress.BEHIND if missed else _Progress.ON_TRACK if any_due else None
        return _Outcome(_Attainment.PENDING, say("；", "; ").join(told)), progress
    some = any(attainment is not _Attainment.NOT_MET for attainment in reached)
    return _Outcome(
        _Attainment.PARTIAL if some else _Attainment.NOT_MET, say("；", "; ").join(told)
    ), _Progress.BEHIND


# A done lead before the works listed (已完成招标和施工, 均已完成招标、施工): 完成 after 已.
_LISTED_DONE_RE: Final = re.compile(r"(?P<lead>(?:已经|均已|已|全部)+完成)(?P<rest>.+)")
# What joins two works listed in one clause (招标和施工, 招标及施工, 招标以及施工).
_WORKS_JOINED_RE: Final = re.compile("以及|和|及|与")


def _listed_done_clauses(clauses: list[str], works: set[str]) -> list[str]:
    """The actual's clauses with each step's work listed after a done lead made a clause.

    ``已完成招标、施工`` (split at 、 into ``已完成招标`` and ``施工``), ``已完成招标和施工`` and
    ``已完成招标、施工和验收`` against steps of 招标, 施工 (and 验收): ``已完成招标``,
    ``已完成施工`` (and ``已完成验收``), each step's own clause
    (k33b: the bare ``施工``, and the pair, were undecided). Only works the steps name,
    after ``已完成`` (``已经完成``, ``均已完成``); any other clause is kept as written.

    >>> _listed_done_clauses(["已完成招标", "施工"], {"招标", "施工", "验收"})
    ['已完成招标', '已完成施工']
    >>> _listed_done_clauses(["已完成招标和施工"], {"招标", "施工", "验收"})
    ['已完成招标', '已完成施工']
    >>> _listed_done_clauses(["已完成招标", "施工和验收"], {"招标", "施工", "验收"})
    ['已完成招标', '已完成施工', '已完成验收']
    >>> _listed_done_clauses(["已完成招标", "设计"], {"招标", "施工"})
    ['已完成招标', '设计']
    """
    out: list[str] = []
    lead: str | None = None
    for clause in clauses:
        if lead is not None and all(part in works for part in _WORKS_JOINED_RE.split(clause)):
            # 施工, 施工和验收 after 已完成招标、: the same lead
            out.extend(lead + part for part in _WORKS_JOINED_RE.split(clause))
            continue
        lead = None
        found = _LISTED_DONE_RE.fullmatch(clause)
        if found is not None:
            parts = _WORKS_JOINED_RE.split(found["rest"])
            if all(part in works for part in parts):
                lead = found["lead"]
                out.extend(lead + part for part in parts)
                continue
        out.append(clause)
    return out


def _listed_done(clause: str) -> str | None:
    """The work *clause* says done after a done lead (``已完成施工``: ``施工``), else None.

    >>> _listed_done("已完成施工"), _listed_done("施工中")
    ('施工', None)
    """
    found = _LISTED_DONE_RE.fullmatch(clause)
    return None if found is None else found["rest"]


class _Unreported(NamedTuple):
    """The steps a cell says nothing of (each with its work), and the works it reports."""

    steps: dict[_Milestone, str]
    reported: tuple[str, ...]


def _unreported_steps(
    steps: tuple[_Milestone, ...], clauses: list[str], named: list[bool]
) -> _Unreported:
    """The steps after the last one the actual names, when it speaks of steps only (k33b).

    ``已完成招标`` against ``6月底前完成招标，10月底前完成施工，12月底前完成验收``: every
    clause of the cell names a step's work (here the tender), so the cell is a report by
    step, and the steps after the last it names (施工, 验收) are not reported. Empty when
    a clause names no step's work (``已完成招标，工程已完工``: the works may be said in
    other words), or the cell names none.

    Example:
        >>> goal = Descriptive("6月底前完成招标,10月底前完成施工,12月底前完成验收")
        >>> steps = _milestones(goal, 2025)
        >>> left = _unreported_steps(steps, ["已完成招标"], [True, False, False])
        >>> sorted(left.steps.values()), left.reported
        (['施工', '验收'], ('招标',))
        >>> _unreported_steps(steps, ["已完成招标", "工程已完工"], [True, False, False]).steps
        {}
    """
    works = [_STEP_WORK_RE.search(step.said) for step in steps]
    if any(work is None for work in works) or not any(named):
        return _Unreported({}, ())
    names = [work["work"] for work in works if work is not None]
    if not all(any(name in clause for name in names) for clause in clauses):
        return _Unreported({}, ())
    last = max(index for index, said in enumerate(named) if said)
    reported = tuple(name for name, said in zip(names, named, strict=True) if said)
    return _Unreported(
        {step: names[index] for index, step in enumerate(steps) if index > last}, reported
    )


# A forecast or a plan before the date of the work (预计10月底完工, 计划于11月完成).
_FORECAST_LEAD_RE: Final = re.compile("(?:预计|计划|拟|将|力争|争取|预期)(?:于|在)?")


def _forecast_after_due(actual: Value, year: int | None, due: dt.date) -> str | None:
    """The month a forecast puts the work in, when it begins after the due date, else None.

    ``预计10月底完工`` against ``2025年8月底前`` at its due date: the work is not done by
    then, the cell says so itself (parse53 M2; it was "无法判断是否完成").

    >>> import datetime as dt
    >>> from perftrack import parse_value
    >>> _forecast_after_due(parse_value("预计10月底完工"), 2025, dt.date(2025, 8, 31))
    '2025-10'
    >>> _forecast_after_due(parse_value("预计8月完工"), 2025, dt.date(2025, 8, 31)) is None
    True
    """
    later = _forecast_done(actual, year)
    if later is None or later[0] <= due:
        return None
    return f"{later[0].year}-{later[0].month:02d}"


# Put off to a time in a forecast (预计延期至2026年3月完成): the time is the forecast's.
_FORECAST_PUT_OFF_RE: Final = re.compile("(?:延期|推迟|延迟|顺延)(?:至|到)")


def _forecast_done(actual: Value, year: int | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the completion a whole cell forecasts, else None.

    The cell opens with a forecast or a plan (``预计2025年10月完成``, ``计划于11月中旬完工``,
    ``预计延期至2026年3月完成``) and the rest is a month of completion: no work done yet,
    the time it is expected by. A year-less month is of *year*.

    >>> from perftrack import parse_value
    >>> _forecast_done(parse_value("预计2025年10月完成"), 2025)
    (datetime.date(2025, 10, 1), datetime.date(2025, 10, 31))
    >>> _forecast_done(parse_value("预计延期至2026年3月完成"), 2025)[0]
    datetime.date(2026, 3, 1)
    >>> _forecast_done(parse_value("2025年10月完成"), 2025) is None
    True
    """
    if not isinstance(actual, TextValue):
        return None
    text = _normal(actual.description).rstrip("。")
    lead = _FORECAST_LEAD_RE.match(text)
    if lead is None:
        return None
    rest = text[lead.end() :]
    if (put_off := _FORECAST_PUT_OFF_RE.match(rest)) is not None:
        rest = rest[put_off.end() :]
    later = parse_value(rest, year=year)
    if not isinstance(later, DateValue) or later.month is None or later.status is not _Status.DONE:
        return None
    if later.year is None:
        if year is None:
            return None
        later = evolve(later, year=year)
    first, last = later.start, later.date
    return None if first is None or last is None else (first, last)


# A reason admitting works not started (尚有3个未开工, 部分项目未开工, 仍有2处未动工); never a
# count of none (尚有0个未开工, 尚有零个未开工: all started, as _UNSTARTED_ACTUAL_RE; 零星, 零散,
# 零碎 are some, and 0.5公里 is a quantity: regress72 W1).
_UNSTARTED_REASON_RE: Final = re.compile(
    r"(?:尚有|仍有|还有|另有|部分|个别|其余|剩余)(?!\s*(?:0+(?![\d.．])|零(?![星散碎])|〇(?![.．])))"
    "[^，。；,;：:]{0,12}?(?:尚未|仍未|未)(?:开工|动工|启动)"
)


# A clause of the actual counting works not started (3个未开工, 另有3个未开工, 剩余2处尚未动工);
# never a count of none (0个未开工: all started, regress71 W1).
_UNSTARTED_ACTUAL_RE: Final = re.compile(
    r"(?:尚有|仍有|还有|另有|其余|剩余)?(?!0+(?!\d))\d+[\u3400-\u9fff]{0,3}?(?:尚未|仍未|未)(?:开工|动工)"
)
# A clause of the actual putting the other works' start to a month (剩余3个6月开工).
_LATER_START_RE: Final = re.compile(
    r"(?:尚有|仍有|还有|另有|其余|剩余)(?!0+(?!\d))\d+[\u3400-\u9fff]{0,3}?"
    r"(?:预计|计划|将于|拟于|将|拟|于)?(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月"
    r"(?:[上中下]旬|初|中|底|末|份)?(?:前)?(?:开工|动工)"
)


def _unstarted_clause(text: str) -> str | None:
    """The clause of *text* that counts works not started (``3个未开工``), or None.

    Example:
        >>> _unstarted_clause("已开工12个,另有3个未开工")
        '另有3个未开工'
        >>> _unstarted_clause("已开工12个") is None
        True
    """
    for clause in re.split("[,;，；。]", text):
        if _UNSTARTED_ACTUAL_RE.fullmatch(clause) is not None:
            return clause
    return None


def _later_start_clause(text: str, year: int | None, due: dt.date) -> str | None:
    """The clause of *text* that puts works' start to a month after *due*, or None.

    Example:
        >>> _later_start_clause("已开工12个,剩余3个6月开工", 2025, dt.date(2025, 5, 31))
        '剩余3个6月开工'
        >>> _later_start_clause("已开工12个,剩余3个5月开工", 2025, dt.date(2025, 5, 31)) is None
        True
    """
    for clause in re.split("[,;，；。]", text):
        found = _LATER_START_RE.fullmatch(clause)
        if found is None:
            continue
        start_year = int(found.group("year")) if found.group("year") else year
        month = int(found.group("month"))
        if start_year is not None and 1 <= month <= 12 and dt.date(start_year, month, 1) > due:  # noqa: PLR2004
            return clause
    return None


def _started_part(actual: Value, words: tuple[str, ...]) -> bool:
    """Whether a count of works started names a larger plan (``开工12个（计划20个）``)."""
    if not isinstance(actual, Quantity) or actual.label is None or actual.note is None:
        return False
    if not any(word in actual.label for word in words):
        return False
    count = f"{actual.label}{actual.value}{actual.unit or ''},{_normal(actual.note)}"
    return _step_part(count, words)


def _actual_admits_unstarted(
    actual: Value, indicator: Indicator, year: int | None, due: dt.date
) -> str | None:
    """What the actual of a start deadline says of works not started by *due*, or None (l71).

    ``已开工12个，3个未开工``, ``已开工12个，剩余3个6月开工`` (a month after the due date) and
    ``开工12个（计划20个）`` (part of the plan); only on a row named for the start (开工).
    """
    words = tuple(word for word in _named_step(indicator) if word in _STEP_STARTS)
    if not words:
        return None
    if _started_part(actual, words):
        return _text(actual)
    if not isinstance(actual, TextValue):
        return None
    text = _normal(actual.description)
    return _unstarted_clause(text) or _later_start_clause(text, year, due)


def _reason_admits_unstarted(reason: str | None) -> str | None:
    """The clause of *reason* that admits works not started, or None.

    Example:
        >>> _reason_admits_unstarted("受拆迁影响，尚有3个未开工")
        '尚有3个未开工'
        >>> _reason_admits_unstarted("部分小区居民意见未统一") is None
        True
    """
    found = _UNSTARTED_REASON_RE.search(reason or "")
    return found.group() if found is not None else None


# ---------------------------------------------------------------------------
# §3 rule 5: qualitative targets


def _opposite(target_family: str, value: QualitativeValue, policy: Policy) -> bool:
    try:
        opposite = policy.family(target_family).opposite
    except KeyError:
        return False
    return opposite == value.family


def _ranks_of(family: voc.Family) -> Mapping[str, int]:
    """Each word of an ordered *family* to its rank, as :meth:`~voc.Family.rank` gives it."""
    ranks: dict[str, int] = {}
    for index, synonyms in enumerate(reversed(family.ranks)):
        for word in synonyms:
            ranks.setdefault(word, index)  # the first rank Family.rank finds a word at
    return MappingProxyType(ranks)


# The quality family's ranks by word, built once: _rank is asked for every word row.
_QUALITY_RANKS: Final = _ranks_of(voc.FAMILIES["quality"])


def _rank(word: str) -> int | None:
    return _QUALITY_RANKS.get(word)


# Grades that, as a target, name a band of two ranks, with the lower one they ask for:
# 优良 is 优 or 良 (as 优良率 counts both; parse55 H7).
_BAND_FLOORS: Final = MappingProxyType({"优良": "良"})


def _bar_rank(word: str) -> int | None:
    """The rank a target's grade asks for: its own, or its band's lower one (优良: 良).

    >>> _bar_rank("优良") == _rank("良好") < _rank("优秀") == _bar_rank("优秀")
    True
    """
    return _rank(_BAND_FLOORS.get(word, word))


# The event a zero target rules out, after its last 无, 零 or 发生 (濒危项目无失传: 失传).
_RULED_OUT_RE: Final = re.compile("(?:无|零|发生)(?P<event>[\u4e00-\u9fff]{2,4})$")


# A zero target of 失传 or 疫点, or with a long phrase before 零发生 (因矛盾纠纷激化引发命案零发生):
# the event ruled out is its word, or the last two letters of the phrase (regress110 W1).
_LONG_ZERO_RE: Final = re.compile("[\u4e00-\u9fff]{9,12}(?P<event>[\u4e00-\u9fff]{2})零发生")


# The verbs a count of events may open with, which 发生 is not put before in a message.
_OWN_EVENT_VERBS: Final = (
    *("发生", "发现", "出现", "收到", "接到", "受理", "处理", "查处", "办理", "共", "累计"),
    "全年",
)


# A zero target ruling out an overrun of money (未超预算, 无超支, 未突破概算, 不超出批复
# 投资) and the labels of a sum spent or saved beside it (r38k).
_OVERRUN_DENIED_RE: Final = re.compile(
    r"(?:未|无|没有|不)(?:超出|超过|超|突破)(?:预算|概算|支|投资|批复|计划|资金|成本)"
)
_MONEY_UNIT_RE: Final = re.compile(r"(?:亿|万|千|百)?元")
_SAVED_LABEL_RE: Final = re.compile("结余|节约|节省|结存")
_OVERRUN_LABEL_RE: Final = re.compile("超|突破|追加")


def _budget_kept_by_money(
    target: QualitativeTarget, quantity: Quantity, shown: str, ctx: _Context
) -> _Outcome | None:
    """A sum of money against a target ruling out an overrun (``未超预算``), or None.

    The sum is what was spent (``118万元``, ``决算118万元``), not an overrun: with no budget
    figure in the target it cannot be judged (it was not met, "实际发生118万元"); a sum
    saved (``结余4万元``) says the budget was kept. A share (``98%``) is of the budget
    spent: kept up to 100%. A sum or share labelled an overrun (``超支3万元``,
    ``超支率2%``) is left to the zero rule (not met).
    """
    say = ctx.say
    text = _normal(target.text or target.word)
    label = _normal(quantity.label or "")
    if _OVERRUN_DENIED_RE.search(text) is None or _OVERRUN_LABEL_RE.search(label) is not None:
        return None
    if quantity.unit == "%":
        # 98% against 未超预算: the share of the budget spent, kept within it up to 100%
        kept = quantity.value <= _HUNDRED_PERCENT
        return _Outcome(
            _Attainment.MET if kept else _Attainment.NOT_MET,
            say(
                f"实际{shown}，{'未超过' if kept else '超过'}预算的100%，"
                f"{'达到' if kept else '未达到'}“{target}”",
                f"actual {shown} {'within' if kept else 'over'} 100% of the budget:"
                f" {'meets' if kept else 'misses'} “{target}”",
            ),
        )
    if _MONEY_UNIT_RE.fullmatch(quantity.unit or "") is None:
        return None
    if _SAVED_LABEL_RE.search(label) is not None:
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际{shown}，有结余，未超出预算，达到“{target}”",
                f"actual {shown}: money left over, meets “{target}”",
            ),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际{shown}为支出金额，不是超支金额，年度指标“{target}”未给出预算数，"
            "是否超支需人工判断",
            f"actual {shown} is the sum spent, no overrun; “{target}” gives no budget:"
            " a reviewer must judge",
        ),
    )


def _names_other_than_ruled_out(target: QualitativeTarget, quantity: Quantity) -> bool:
    """Whether *quantity* counts other than the event a 失传/疫点/long 零发生 target rules out.

    Only for those targets (parse47 H4 widened the zero family to them): a count whose
    label or note does not end in the event (``免疫牲畜12万头``, ``发生刑事案件3起`` against
    ``因矛盾纠纷激化引发命案零发生``) is work done or another event (regress110 W1); a label
    opening with 失传 (``失传项目``, ``已失传项目``) counts what was lost (regress111 W2).

    >>> from perftrack import parse_target, parse_value
    >>> goal = parse_target("不发生新疫点")
    >>> _names_other_than_ruled_out(goal, parse_value("免疫牲畜12万头"))
    True
    >>> _names_other_than_ruled_out(goal, parse_value("新增疫点1个"))
    False
    """
    text = _normal(target.text or target.word)
    if "失传" not in text and "疫点" not in text and "零发生" not in text:
        return False
    if "失传" in text:
        event = "失传"
    elif "疫点" in text:
        event = "疫点"
    elif (long := _LONG_ZERO_RE.search(text)) is not None:
        event = long["event"]
    else:
        return False
    label = quantity.label or ""
    return not (
        label.endswith(event)
        # 失传项目1项, 已失传项目2项: what was lost, counted (regress111 W2); not 处置疫点
        # 周边消毒, 疫点周边免疫 or 抢救濒临失传技艺, work done about it
        or (event == "失传" and label.removeprefix("已").startswith(event))
        or event in (quantity.note or "")
        or _BARE_COUNT_LEAD_RE.fullmatch(label) is not None
    )


def _counted_event(target: QualitativeTarget, text: str) -> int | None:
    """The count of the event *target* rules out that *text* gives (``1项濒危项目失传``: 1).

    A count, a measure word, up to 8 letters and the event, nothing else (parse47 H4).

    >>> from perftrack import parse_target
    >>> goal = parse_target("濒危项目无失传")
    >>> _counted_event(goal, "1项濒危项目失传"), _counted_event(goal, "0项失传")
    (1, 0)
    >>> _counted_event(goal, "1项濒危项目未失传"), _counted_event(goal, "抢救1项")
    (None, None)
    """
    ruled = _RULED_OUT_RE.search(_normal(target.text))
    if ruled is None:
        return None
    counted = re.fullmatch(
        f"(?P<count>\\d+)[{''.join(sorted(voc.MEASURE_WORDS))}][\u4e00-\u9fff]{{0,8}}?"
        + re.escape(ruled["event"]),
        _normal(text),
    )
    if counted is None or any(word in counted[0] for word in ("未", "不", "没", "无")):
        return None
    return int(counted["count"])


# A grade said with its label or a quantifier (均为良好, 评估等次为良好, 评估结果：良好), or
# counts of grades (1个优秀、3个良好; 3个保护单位评估为良好，1个为合格): parse47 M1.
_QUALITY_WORDS: Final = "|".join(sorted(_QUALITY_RANKS, key=len, reverse=True))
_QUALITY_LABEL: Final = "[\u4e00-\u9fff]{0,8}?(?:等次|等级|结果|评估|评定|考核|评价|评级)"
_QUALITY_LINK: Final = "(?:均|全部|都)?(?:为|是|:|评为|评定为|评估为|被评为)?"
_QUALITY_SAID_RE: Final = re.compile(
    f"(?:{_QUALITY_LABEL})?{_QUALITY_LINK}(?P<grade>{_QUALITY_WORDS})"
)
_QUALITY_COUNT_RE: Final = re.compile(
    f"\\d+[个家项名所处户支][\u4e00-\u9fff]{{0,8}}?{_QUALITY_LINK}(?P<grade>{_QUALITY_WORDS})"
)


def _grades_said(text: str) -> tuple[str, int] | None:
    """The lowest grade *text* says and its rank, when it says only grades, else None.

    >>> _grades_said("评估等次均为良好"), _grades_said("3个良好,1个为合格")
    (('良好', 2), ('合格', 1))
    >>> _grades_said("良好"), _grades_said("未评为良好"), _grades_said("2024年为合格,2025年为良好")
    (None, None, None)
    >>> _grades_said("考核中"), _grades_said("考核结果为中")
    (None, ('中', 1))
    """
    if "未" in text or "不" in text or "没" in text or "非" in text:
        return None
    said = _QUALITY_SAID_RE.fullmatch(text)
    if said is not None:
        if said.group("grade") == text:
            return None  # a bare grade: the word's own reading
        if _CHECK_UNDER_WAY_RE.search(text):
            return None  # 考核中, 评定中: the check under way, not the grade 中 (r35f)
        return said["grade"], _QUALITY_RANKS[said["grade"]]
    if not any(char.isdigit() for char in text):
        return None
    parts = [_QUALITY_COUNT_RE.fullmatch(part) for part in re.split("[、,;]", text)]
    if not all(parts):
        return None
    grades = [part["grade"] for part in parts if part is not None]
    worst = min(grades, key=_QUALITY_RANKS.__getitem__)
    return worst, _QUALITY_RANKS[worst]


# A target's degrees of work going on (逐步完善, 进一步完善): an actual of work still going
# on (逐步完善, partial against 完善 or 健全) reaches such a target.
_ONGOING_DEGREES: Final = voc.GRADUAL_DEGREES | {"进一步"}
# Degrees of a change that ask more than a change (显著提升, 较明显提升, 较大提升): a figure
# (提高1.5个百分点) says the change was made, not that it was marked.
_FAIRLY_MARKED_RANK: Final = 2  # 较明显, 较大: the rank below 明显 on the scale
_STRONG_DEGREES: Final = frozenset(
    degree for degree, rank in voc.CHANGE_DEGREE_RANKS.items() if rank >= _FAIRLY_MARKED_RANK
)
# The degrees of the scale, longest first (for patterns).
_RANKED_DEGREES: Final = "|".join(sorted(voc.CHANGE_DEGREE_RANKS, key=len, reverse=True))


def _falls_short(asked: str | None, said: str | None) -> bool:
    """Whether the degree *said* of a change is below the degree *asked* on the one scale.

    ``vocabulary.CHANGE_DEGREE_RANKS``: 有所 and 较明显 fall short of 明显; 显著 and 明显
    are one rank; a degree off the scale (进一步, none) on either side never falls short.

    >>> _falls_short("显著", "较明显"), _falls_short("明显", "显著"), _falls_short("明显", None)
    (True, False, False)
    >>> _falls_short("较大", "有所"), _falls_short("较明显", "较大"), _falls_short(None, "有所")
    (True, False, False)
    """
    ranks = voc.CHANGE_DEGREE_RANKS
    if asked is None or said is None or asked not in ranks or said not in ranks:
        return False
    return ranks[said] < ranks[asked]


# Degrees of a slight change, which the parser does not strip (略有下降 is text).
_SLIGHT_DEGREES: Final = ("略有", "稍有", "略微", "小幅", "微幅")


# The direction words of changes (vocabulary.CHANGE_WORDS) and the names of rates of
# change (增幅, 降幅): one list for the parser and the scoring.
# A label in Latin letters and figures that opens a subject (PM2.5浓度, PM10, COD排放量,
# 5G基站): a letter in it, so a year or a figure alone (2020年) is none.
_LATIN_LABEL: Final = r"(?:[0-9.]*[A-Za-z][A-Za-z0-9.]*)"
# 较上年提高1.5个百分点, 同比下降12%, 发案率同比下降12%, 同比增长-2%: a change stated with
# its figure; a target may put an operator before the figure (同比增长≥5%, 较上年下降
# 不低于5%) or after it (比上年增长5%以上). An approximate figure (同比增长5%左右,
# 同比增长约5%, 同比约增长5%) is the figure; a sign instead of the word (同比+6%,
# 较上年-2%) says the direction after a comparison (checked in _change_match).
_STATED_CHANGE_RE: Final = re.compile(
    # a Latin label may stand inside the subject too (万元GDP用水量, 单位GDP能耗: parse36 H5)
    rf"(?P<subject>(?:[\u3400-\u9fff]{{0,6}}?{_LATIN_LABEL})?[\u3400-\u9fff]{{0,16}}?)"
    rf"(?:(?P<about_verb>约|大约)?(?P<verb>{_CHANGE_VERBS})了?|(?=[+-]\d))"
    r"(?P<op>≥|≤|>|<|不低于|不少于|不小于|不高于|不超过|不大于)?"
    r"(?P<about>约|大约)?"
    r"(?P<number>[-+]?\d+(?:\.\d+)?)(?P<unit>%|‰|个百分点|百分点|倍|成|[\u3400-\u9fff]{1,4}?)?"
    r"(?P<suffix>以上|以下|及以上|及以下)?(?P<around>左右)?"
)
# The verbs of a fall that may open a change before the measure it lowers (减少碳排放1200吨).
_FALLING_LEADS: Final = ("减少", "降低", "压减", "削减")
_FALLING_LEAD_RE: Final = re.compile(
    r"(?P<verb>减少|降低|压减|削减)(?P<subject>[\u3400-\u9fff]{2,12}?)(?P<rest>\d.*)"
)
_STATED_OPS: Final = {
    "≥": _Op.GE,
    "不低于": _Op.GE,
    "不少于": _Op.GE,
    "不小于": _Op.GE,
    "以上": _Op.GE,
    "及以上": _Op.GE,
    ">": _Op.GT,
    "≤": _Op.LE,
    "不高于": _Op.LE,
    "不超过": _Op.LE,
    "不大于": _Op.LE,
    "以下": _Op.LE,
    "及以下": _Op.LE,
    "<": _Op.LT,
}


# A change to fall within a band (同比增长5%至8%, 较上年提高1-2个百分点): a range target.
_STATED_RANGE_RE: Final = re.compile(
    rf"(?:{_CHANGE_BASE_RE.pattern})(?P<verb>{_CHANGE_VERBS})"
    r"(?P<low>\d+(?:\.\d+)?)(?P<low_unit>%|个百分点)?[至到~-](?P<high>\d+(?:\.\d+)?)"
    r"(?P<unit>%|个百分点)"
)


# Quotation marks around a name in a change's subject (“三公”经费同比下降2.1%): the name
# read as written without them (parse29 H2).
_NAME_QUOTES_RE: Final = re.compile('[“”"「」『』]')


def _unquoted_name(text: str) -> str:
    """*text* without the quotation marks around a name: ``“三公”经费`` is ``三公经费``.

    >>> _unquoted_name("“三公”经费同比下降2.1%")
    '三公经费同比下降2.1%'
    """
    return _NAME_QUOTES_RE.sub("", text)


# A bracket after a change showing the figures it was worked out from (（12人/13人）,
# （上年13人）, （12/13）): a note, as in 结案率96.5%（12,412/12,860）.
_FIGURES_NOTE_RE: Final = re.compile(r"[（(](?=[^（）()]*\d)[^（）()]{1,20}[）)]$")


def _figures_note_dropped(text: str) -> str:
    """*text* without a final bracket of figures after a change, else *text* itself.

    A bracket with a plan or a doubt in it (``（预计）``, ``（目标13人）``) stays.

    >>> (
    ...     _figures_note_dropped("同比下降7.7%（12人/13人）"),
    ...     _figures_note_dropped("同比下降7.7%（预计12人）"),
    ... )
    ('同比下降7.7%', '同比下降7.7%（预计12人）')
    """
    found = _FIGURES_NOTE_RE.search(text)
    if (
        found is None
        or found.start() == 0
        or (not text[found.start() - 1].isdigit() and text[found.start() - 1] not in "%‰点")
        or _CHANGE_CHANGERS_RE.search(found.group()) is not None
    ):
        return text
    return text[: found.start()]


def _change_match(
    text: str, name: str, *, target: bool = False, year: int | None = None
) -> re.Match[str] | None:
    """*text* as a change stated with its figure (``同比下降12%``), the indicator's own.

    Besides the comparison (较上年, 同比) the change's subject is nothing or a part of
    the indicator's *name* (发案率 of 刑事案件发案率); a negation or a plan before it
    (未提高, 预计下降) makes it no fact. An operator (``同比增长≥5%``,
    ``比上年增长5%以上``) is allowed in a *target* only.
    """
    text, name = _unquoted_name(text), _unquoted_name(name)
    if not target:
        text = _figures_note_dropped(text)  # 同比下降7.7%（12人/13人）: the note (parse36 H4)
    # 今年同比增长5.2%, 2025年营业收入同比增长5.2% in 2025: this year's change (k33a)
    said = this_year_dropped(_last_year_named(_normal(text), year), year)
    found = _STATED_CHANGE_RE.fullmatch(said)
    if found is None and not target and said.startswith(_FALLING_LEADS):
        # 减少碳排放1200吨 on 碳排放量: the verb before the measure it lowers, read as
        # 碳排放减少1200吨 (parse56 F14); a rise so written (增加就业200人) is a count done
        lead = _FALLING_LEAD_RE.fullmatch(said)
        if lead is not None:
            found = _STATED_CHANGE_RE.fullmatch(lead["subject"] + lead["verb"] + lead["rest"])
    if found is None:
        return None
    if (found.group("op") or found.group("suffix")) and not target:
        return None  # 同比增长≥5% is a target, no change that happened
    if found.group("verb") is None and not _CHANGE_BASE_RE.search(found.group("subject")):
        return None  # a sign says a change only after a comparison (同比+6%)
    subject = _CHANGE_BASE_RE.sub("", found.group("subject"))
    if subject and not _own_subject(subject, name):
        return None
    return found


# A leading clause that names the events counted (全年发生森林火灾4起, 全年受理投诉4起,
# 发生火灾4起): a count of 起/次/件/宗/例, no change word, no rate (se33 M1).
_EVENT_COUNT_CLAUSE_RE: Final = re.compile(
    r"(?:全年|年内|本年度?|当年|累计|共)?[\u3400-\u9fff]{0,12}?"
    r"\d+(?:起|次|件|宗|例|个|家|人次)"
)
# The change clause after it, its comparison said (较上年, 同比…): the clause judged.
_EVENT_CHANGE_CLAUSE_RE: Final = re.compile(
    r"(?:同比|较上年度?|比上年度?|较去年|比去年|与上年相比)[\u3400-\u9fff]{0,4}?\d"
)


# A row that counts events (r70 W1): its name ends in a count word, or names the
# event noun of the count clause; never a rate, a satisfaction or a time.
_EVENT_COUNT_NAME_RE: Final = re.compile(r"(?:次数|起数|件数|宗数|发生数|数量)$")
_EVENT_NOUNS_RE: Final = re.compile(
    "火灾|投诉|事故|案件|检查|来信|信访|事件|举报|纠纷|险情|灾害|隐患|违法|执法|巡查|督查"
)
_NOT_EVENT_COUNT_NAME_RE: Final = re.compile(
    "率|满意|及时|按时|时长|时限|时效|用时|耗时|时间|周期|比例|占比|比重|覆盖|平均|均值|度$"
)


def _counts_events(name: str, clause: str) -> bool:
    """Whether a row named *name* counts the events of the count *clause* (r70 W1).

    ``森林火灾发生次数`` or ``安全事故`` does (``发生火灾4起``, ``发生事故3起``);
    ``投诉办结率``, ``火灾扑救及时率`` and ``来信办理满意度`` measure something else
    than the number of complaints, fires or letters counted.

    >>> [
    ...     _counts_events(name, clause)
    ...     for name, clause in (
    ...         ("执法检查次数", "开展检查4次"),
    ...         ("安全事故", "发生事故3起"),
    ...         ("投诉办结率", "受理投诉4起"),
    ...         ("来信办理满意度", "收到群众来信40件"),
    ...     )
    ... ]
    [True, True, False, False]
    """
    name = _normal(name)
    if not name or _NOT_EVENT_COUNT_NAME_RE.search(name):
        return False
    if _EVENT_COUNT_NAME_RE.search(name):
        return True
    return any(noun in name for noun in _EVENT_NOUNS_RE.findall(clause))


# The words before the event a count clause names (全年发生较大火灾1起, 共发生事故2起).
_EVENT_CLAUSE_LEAD_RE: Final = re.compile(
    # 新增返贫1户3人: new cases of the row's event, no other event (parse53 M7)
    "^(?:全年|年内|本年度?|当年|今年)?(?:共|累计)?(?:新增)?(?:发生|出现)?"
)


def _own_event_label(label: str, name: str, text: str = "") -> bool:
    """Whether a count's *label* (``发生较大火灾``) names the event of the row *name*.

    Both name an incident word (火灾, 事故), the label's covered by the row's, and no
    other kind of it (``食品安全事故`` on ``安全生产事故`` is another kind; ``森林火灾`` on
    ``较大及以上火灾`` is a fire of the row's, its grade judged by :func:`_other_measure`).
    A traffic accident on a row of accidents not itself of traffic (``发生道路交通事故`` on
    ``安全生产事故``) may be one of the row's (a vehicle at work): the row's own unless the
    cell's *text* says it is not a production accident (``非生产经营性``; regress105 W3), in
    every reading of a count.

    >>> [
    ...     _own_event_label(label, name)
    ...     for label, name in (
    ...         ("发生较大火灾", "较大及以上火灾"),
    ...         ("发生交通事故", "较大及以上火灾"),
    ...         ("发生交通事故", "安全生产事故"),
    ...         ("发生安全事故", "安全生产事故"),
    ...         ("发生一般等级水上交通事故", "水上交通安全事故"),
    ...         ("发生一般生产安全事故", "安全生产事故"),
    ...         ("发生食品安全事故", "安全生产事故"),
    ...     )
    ... ]
    [True, False, True, True, True, True, False]
    >>> _own_event_label("发生交通事故", "安全生产事故", "发生交通事故1起（非生产经营性）")
    False
    """
    core = _event_core(name)
    event = _EVENT_CLAUSE_LEAD_RE.sub("", _normal(label))
    if (
        "交通事故" in event
        and "事故" in core
        and "交通" not in core  # 道路交通事故 on 水上交通安全事故: a traffic row's own kinds
        and not _NOT_PRODUCTION_RE.search(_normal(text))
    ):
        return True
    ours, theirs = set(_ZERO_EVENT_RE.findall(core)), set(_ZERO_EVENT_RE.findall(event))
    if not ours or not theirs or not _events_covered(ours, theirs):
        return False
    kind, their_kind = _zero_event_kind(core), _zero_event_kind(event)
    plain, their_plain = kind.replace("安全", ""), their_kind.replace("安全", "")
    if plain and their_plain:
        # 水上交通安全事故 and 一般等级水上交通事故, 安全生产事故 and 生产安全事故: one kind,
        # with 安全 said or not, in either place (k26b); a bare 安全事故 keeps its kind
        kind, their_kind = plain, their_plain
    return not kind or not their_kind or kind == their_kind or their_kind in kind


def _zero_ceiling_events(
    actual: TextValue, target: Comparison | Range, name: str
) -> Quantity | None:
    """The count of the row's own events in a prose actual against a zero ceiling (k26).

    ``发生较大火灾1起，未发生重大火灾`` against ``0起`` on ``较大及以上火灾`` counts 1起 of the
    row's event (the ceiling is broken); ``发生一般火灾2起，未发生较大及以上火灾`` counts a
    lesser grade (:func:`_other_measure`) and rules the row's event out: 0起. Clauses of
    another event or grade, and a none of a narrower event (未发生重大火灾), are notes.
    None when no clause counts or rules out the row's own event, or when a count of a
    grade of the row's contradicts a none of the whole (a reviewer then judges).

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     getattr(
    ...         _zero_ceiling_events(parse_value(text), parse_target("0起"), name), "value", None
    ...     )
    ...     for name, text in (
    ...         ("较大及以上火灾", "发生较大火灾1起，未发生重大火灾"),
    ...         ("较大及以上火灾", "发生一般火灾2起，未发生较大及以上火灾"),
    ...         ("较大及以上火灾", "发生交通事故1起，未发生重大火灾"),
    ...     )
    ... ]
    [Decimal('1'), Decimal('0'), None]
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.EQ, _Op.LE)
        or target.value != 0
        or target.unit not in _OCCURRENCE_UNITS
        or (target.unit is None and _AMOUNT_NAME_RE.search(name) is not None)
    ):
        return None
    clauses = [c for c in _CLAUSE_SPLIT_RE.split(_normal(actual.text).rstrip("。")) if c]
    if len(clauses) < 2:  # noqa: PLR2004 - one clause is a value of its own
        return None
    counted, graded, ruled_out, ungraded = Decimal(0), False, False, False
    for whole in clauses:
        narrowing = _NARROWING_CLAUSE_RE.match(whole)
        narrowed = counted > 0 and narrowing is not None
        verified = narrowing is not None and narrowing.group("verified")
        # the clause after its verification (经核实有效投诉2次 reads 有效投诉2次)
        clause = whole[narrowing.end() :] if narrowing and verified else whole
        said = parse_value(clause)
        if (
            isinstance(said, Quantity)
            and said.label
            and said.unit is not None
            and said.unit in _OCCURRENCE_UNITS
            and (target.unit is None or said.unit == target.unit)
            and _own_event_label(said.label, name, actual.text)
        ):
            if _other_measure(said, target, name) is not None:
                continue  # 发生一般火灾2起 on 较大及以上火灾: a lesser grade, a note
            if said.value == 0 and said.bound in (_Bound.EXACT, _Bound.AT_MOST):
                ruled_out = True  # 较大及以上火灾0起
            elif said.value > 0 and said.bound in (_Bound.EXACT, _Bound.AT_LEAST, _Bound.MORE_THAN):
                # 接到投诉5次，经核实有效投诉2次: the verified count narrows the one before,
                # 2次, never 7次 (parse51)
                counted = said.value if narrowed else counted + said.value
                graded = graded or _ZERO_EVENT_GRADE_RE.search(said.label) is not None
                ungraded = ungraded or not _event_grade_said(said)
            else:
                return None  # 不足1起, 约2起: no count to add up
        elif (
            _says_none(said)
            and (found := _NO_EVENT_SAID_RE.fullmatch(clause)) is not None
            and found.group("noun")
            and _own_event_label(found.group("noun"), name, actual.text)
            and _none_of_another(said, name) is None
        ):
            ruled_out = True  # 未发生较大及以上火灾: none of the whole event
    if counted and ruled_out:
        # 发生火灾2起，未发生较大及以上火灾: ungraded fires below the row's; a count of a
        # grade of the row's beside a none of it contradicts itself
        return None if graded else Quantity(Decimal(0), target.unit, _Bound.EXACT, text=actual.text)
    if counted and ungraded and _GRADE_WORD_RE.search(_event_core(name)) is not None:
        # 发生火灾1起，无人员伤亡 on 较大及以上火灾: of no grade, as the lone 发生火灾1起 is
        # (_zero_ceiling_other_count), a reviewer judges (regress109 W2)
        return None
    if counted:
        return Quantity(counted, target.unit, _Bound.EXACT, text=actual.text)
    if ruled_out:
        return Quantity(Decimal(0), target.unit, _Bound.EXACT, text=actual.text)
    return None


# A clause that narrows the count before it (其中有效投诉2次, 经核实有效投诉2次, 经查实1起):
# a part of those events, not more of them.
_NARROWING_CLAUSE_RE: Final = re.compile(
    "其中|(?P<verified>经(?:核实|核查|查实|调查|认定|确认)为?|核实为?)(?=[\u3400-\u9fff])"
)


# The subset of a count said in its note (其中较大火灾1起).
_GRADE_SUBSET_NOTE_RE: Final = re.compile(
    "^其中(?P<label>[\u4e00-\u9fff]{1,16}?)(?P<count>\\d+)(?P<unit>起|次|件)$"
)


# The label of a count of work done (开展安全检查, 组织应急演练, 培训人员), no occurrence.
_WORK_DONE_LABEL_RE: Final = re.compile(
    "(?:已|共|累计|全年)?(?:开展|组织|举办|进行|完成|检查|巡查|督查|抽查|培训|宣传|走访|出动"
    "|召开|印发|演练)"
)


# A note saying an accident is no production-safety accident (非生产经营性, 非生产安全, 非责任),
# or none the unit is liable for (对方全责, 我方无责; regress109 W2).
_NOT_PRODUCTION_RE: Final = re.compile(
    "非(?:生产经营性?|经营性|生产安全|安全生产|生产性|责任|我方责任)"
    "|对方(?:负)?全(?:部)?责|(?:我方|本单位|我单位)无责"
)


def _minor_event_label(actual: Value, quantity: Quantity, target: Target, name: str) -> str | None:
    """The label of a count of minor events of the row's own kind against a ceiling (r39f).

    ``发生轻微事故1起`` against ``0起`` on ``安全事故发生次数`` counts a minor accident, an
    accident all the same: the count is judged, its label kept for the reader. None when
    the count is read from elsewhere, names no minor degree, or is no count of the row's
    event against a ceiling.

    >>> from perftrack import parse_target, parse_value
    >>> said = parse_value("发生轻微事故1起")
    >>> _minor_event_label(said, said, parse_target("0起"), "安全事故发生次数")
    '发生轻微事故'
    >>> _minor_event_label(said, said, parse_target("≥1起"), "安全事故发生次数") is None
    True
    """
    if (
        actual is not quantity
        or not quantity.label
        or _MINOR_DEGREE_RE.search(quantity.label) is None
        or not isinstance(target, Comparison)
        or target.op not in (_Op.EQ, _Op.LE, _Op.LT)
        or (target.unit or quantity.unit) not in _OCCURRENCE_UNITS
        or (target.op is _Op.EQ and target.value != 0)
    ):
        return None
    label = _normal(quantity.label)
    return label if _own_event_label(label, name, quantity.text) else None


def _zero_ceiling_other_count(actual: Quantity, target: Target, name: str) -> Quantity | str | None:
    """A count against a zero ceiling that is not a count of the row's own event (k26c).

    A string saying why when the count's label names another event (``发生交通事故`` on
    ``安全生产事故``, ``整改事故隐患`` on ``安全生产事故发生次数``: a hazard fixed is no
    accident) or the row's event without the grade the row counts (``发生火灾1起`` on
    ``较大及以上森林火灾``); the subset of the row's grade when the note names it
    (``发生森林火灾2起，其中较大火灾1起``: 1起). None when the count is the row's own.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     getattr(found, "value", found)
    ...     for name, text in (
    ...         ("较大及以上森林火灾发生次数", "发生火灾1起"),
    ...         ("较大及以上森林火灾发生次数", "发生森林火灾2起，其中较大火灾1起"),
    ...         ("较大及以上森林火灾发生次数", "发生较大森林火灾1起"),
    ...         ("安全生产事故", "发生交通事故1起（非生产经营性）"),
    ...         ("安全生产事故", "发生道路交通事故1起（营运车辆）"),
    ...         ("安全生产事故", "发生安全事故1起"),
    ...         ("安全生产事故发生次数", "整改事故隐患1起"),
    ...     )
    ...     for found in [_zero_ceiling_other_count(parse_value(text), parse_target("0起"), name)]
    ... ]
    ['为未分等级的“火灾”', Decimal('1'), None, '计的是“交通事故”', None, None, '计的是“事故隐患”']
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.EQ, _Op.LE)
        or target.value != 0
        or target.unit is None
        or target.unit not in _OCCURRENCE_UNITS
        or actual.unit != target.unit
        or not actual.label
        or actual.value <= 0
    ):
        return None
    label = _normal(actual.label)
    core = _event_core(name)
    if not _ZERO_EVENT_RE.search(label) or not _ZERO_EVENT_RE.search(core):
        return None
    event = _EVENT_CLAUSE_LEAD_RE.sub("", label)
    if not _own_event_label(label, name, actual.text):
        counted = _EVENT_COUNT_LABEL_RE.fullmatch(label)
        noun = counted.group("noun") if counted is not None and counted.group("verb") else None
        shown = noun or re.sub("^(?:整改|排查|消除|治理|处置|查处|发现)", "", event)
        return f"计的是“{shown}”"
    noted = _GRADE_NOTE_RE.fullmatch(_normal(actual.note or ""))
    if (
        noted is not None
        and (ours := [_EVENT_GRADE_RANKS[g] for g in _GRADE_WORD_RE.findall(core)])
        and _EVENT_GRADE_RANKS[noted["grade"]] < min(ours)
    ):
        # 发生火灾1起（一般） on 较大及以上森林火灾: a lesser grade, none of the row's (regress105)
        return Quantity(Decimal(0), target.unit, _Bound.EXACT, text=actual.text)
    if (
        _ZERO_EVENT_GRADE_RE.search(core) is None
        or _ZERO_EVENT_GRADE_RE.search(event)
        or noted is not None
    ):
        return None  # 发生火灾1起（较大）: the grade said in a note, read as before
    subset = _GRADE_SUBSET_NOTE_RE.fullmatch(_normal(actual.note or ""))
    if (
        subset is not None
        and subset.group("unit") == target.unit
        and _ZERO_EVENT_GRADE_RE.search(subset.group("label"))
        and _own_event_label(subset.group("label"), name, actual.text)
    ):
        return Quantity(Decimal(subset.group("count")), target.unit, _Bound.EXACT, text=actual.text)
    if _MINOR_DEGREE_RE.search(event):
        # 发生轻微事故1起 on 较大及以上事故: below the row's grades (r39f)
        return f"计的是“{event}”"
    ungraded = _ZERO_EVENT_RE.search(event)
    return f"为未分等级的“{ungraded[0]}”" if ungraded is not None else None


# A disciplinary outcome: what 被 must say for the persons to count as dealt with (regress105
# W1); never a commendation or a posting (被通报表扬, 被表彰, 被评为优秀, 被抽调).
_DISCIPLINARY_WORD: Final = (
    "(?:通报批评|批评教育|问责|追责|处分|诫勉|立案|审查|约谈|免职|撤职|开除|警告|记过|降级"
    "|查处|处理|处罚|留置|移送)"
)

# N名 + who + 被 + what was done to them (1名驻村队员被通报批评, 2名干部被问责, 被给予党纪处分).
_PERSONS_DEALT_WITH_RE: Final = re.compile(
    "(?P<count>[0-9]+)名(?P<who>[\u4e00-\u9fff]{1,8}?)被"
    f"(?P<what>[\u4e00-\u9fff]{{0,6}}?{_DISCIPLINARY_WORD}[\u4e00-\u9fff]{{0,6}})"
)


# A row counting persons dealt with for a breach (违纪违规人数, 被问责人数).
_DISCIPLINE_ROW_RE: Final = re.compile("违纪|违规|违法|违反|问责|追责|处分|腐败")
# What 被 says of the persons counted, in a count's label (被表彰1人) or after 名 (1名干部被抽调).
_PERSONS_PASSIVE_RE: Final = re.compile(
    "(?:^|^名[\u4e00-\u9fff]{1,8}?)被(?P<what>[\u4e00-\u9fff]{1,8})$"
)
# A label doing good to the persons counted (表扬1名驻村队员, 表彰2人): no one dealt with.
_PERSONS_ACTIVE_RE: Final = re.compile(
    "(?P<what>表扬|表彰|嘉奖|奖励|通报表扬|评选|推荐|提拔|选派|抽调|调任|慰问|培训)"
)


def _persons_not_dealt_with(actual: Quantity, target: Comparison | Range, name: str) -> str | None:
    """What 被 says of persons counted against a ceiling in 人, when it is no discipline.

    ``1名干部被表彰``, ``被表彰1人`` or ``表扬1名驻村队员`` against ``0人`` counts praise, not
    persons dealt with (regress106): what it says, ``被表彰`` or ``表扬``. None on a row counting no breach (:data:`_DISCIPLINE_ROW_RE`),
    and when 被 gives a disciplinary outcome (:data:`_DISCIPLINARY_WORD`), says what the
    row's name counts, or is not said.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _persons_not_dealt_with(parse_value(text), parse_target("0人"), "违纪违规人数")
    ...     for text in (
    ...         "1名干部被表彰",
    ...         "被抽调1人",
    ...         "1名干部被约谈",
    ...         "被处分1人",
    ...         "1人",
    ...         "表扬1名队员",
    ...     )
    ... ]
    ['被表彰', '被抽调', None, None, None, '表扬']
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.EQ, _Op.LE)
        or target.unit not in ("人", "名")
        or _DISCIPLINE_ROW_RE.search(name) is None
    ):
        return None
    said = [
        "被" + found["what"]
        for part in (actual.label, actual.unit if (actual.unit or "").startswith("名") else None)
        if part and (found := _PERSONS_PASSIVE_RE.search(_normal(part))) is not None
    ]
    if not said and actual.label and (found := _PERSONS_ACTIVE_RE.fullmatch(_normal(actual.label))):
        said = [found["what"]]  # 表扬1名驻村队员: praise, the persons its object
    if len(said) != 1 or re.search(_DISCIPLINARY_WORD, said[0]) or said[0].lstrip("被")[:2] in name:
        return None
    return said[0]


def _persons_dealt_with(actual: TextValue, target: Comparison | Range) -> Quantity | None:
    """The persons a cell says were dealt with, against a ceiling in 人 (k26c, parse43 H6).

    ``1名驻村队员被通报批评`` against ``0人``: 1人, as ``1人被通报批评`` is read.

    >>> from perftrack import parse_target, parse_value
    >>> _persons_dealt_with(parse_value("1名驻村队员被通报批评"), parse_target("0人")).value
    Decimal('1')
    >>> _persons_dealt_with(parse_value("1名驻村队员被通报批评"), parse_target("≥1次")) is None
    True
    >>> _persons_dealt_with(parse_value("1名驻村队员被通报表扬"), parse_target("0人")) is None
    True
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.EQ, _Op.LE)
        or target.unit not in ("人", "名")
    ):
        return None
    found = _PERSONS_DEALT_WITH_RE.fullmatch(_normal(actual.text).rstrip("。"))
    if found is None:
        return None
    return Quantity(Decimal(found["count"]), target.unit, _Bound.EXACT, text=actual.text)


def _change_after_event(text: str, name: str) -> str | None:
    """The change clause of ``<events counted>，<change>``, else None (se33 M1).

    ``全年发生森林火灾4起，较上年下降20%`` is judged by ``较上年下降20%`` against a
    change target: the leading clause names the events and their count, a note. Only
    two clauses, the first a count (:data:`_EVENT_COUNT_CLAUSE_RE`) and the second a
    change with its comparison; and only on a row counting those events
    (:func:`_counts_events`): on ``投诉办结率`` the change is the complaints' (r70 W1).

    >>> _change_after_event("全年发生森林火灾4起，较上年下降20%", "森林火灾发生次数")
    '较上年下降20%'
    >>> _change_after_event("受理投诉4起，同比下降20%", "投诉办结率") is None
    True
    >>> _change_after_event("破案率提高5%，较上年下降20%", "案件发生数") is None
    True
    """
    clauses = CLAUSE_SPLIT_RE.split(_normal(text).rstrip("。"))
    if len(clauses) != 2:  # noqa: PLR2004
        return None
    first, second = clauses
    if _EVENT_COUNT_CLAUSE_RE.fullmatch(first) is None:
        return None
    if not _counts_events(_unquoted_name(name), first):
        return None
    if _EVENT_CHANGE_CLAUSE_RE.match(second) is None:
        return None
    return second


def _last_year_clause_dropped(value: TextValue | Quantity) -> str | None:
    """The change clause of a value the grammar read with last year's clause as its note.

    ``同比增长5.2%，上年增长3.1%`` reads as ``同比增长5.2%(上年增长3.1%)`` (k32a): the
    change judged is ``同比增长5.2%``, last year's only a note; so is ``本年增长5.2%`` of
    the quantity ``上年增长3.1%，本年增长5.2%`` noted ``上年增长3.1%`` (k33a). None for
    any other value.

    >>> from perftrack import parse_value
    >>> _last_year_clause_dropped(parse_value("同比增长5.2%，上年增长3.1%"))
    '同比增长5.2%'
    >>> _last_year_clause_dropped(parse_value("上年增长3.1%，本年增长5.2%"))
    '本年增长5.2%'
    >>> _last_year_clause_dropped(parse_value("同比增长5.2%，上年结转50万元")) is None
    True
    """
    if isinstance(value, Quantity) and value.note is None:
        return None
    clauses = CLAUSE_SPLIT_RE.split(_normal(value.text or str(value)).rstrip("。"))
    if len(clauses) != 2:  # noqa: PLR2004
        return None
    first, second = clauses
    for current, last in ((first, second), (second, first)):
        if (
            value.description == f"{current}({last})"
            if isinstance(value, TextValue)
            else value.note == last
        ):
            return current
    return None


def _change_after_level(text: str, name: str) -> str | None:
    """The change clause of ``<level>，<change>``, else None (parse56 F14).

    ``32μg/m³，较上年下降6.1%`` on PM2.5年均浓度 is judged by ``较上年下降6.1%`` against a
    change target (``较上年下降5%``, ``下降``): the leading clause is the level reached, a
    figure with a unit and no label (or the name's own measure), the second the change
    with its comparison. Against a level target the level is read instead
    (:func:`_level_then_change`).

    >>> _change_after_level("32μg/m³,较上年下降6.1%", "PM2.5年均浓度")
    '较上年下降6.1%'
    >>> _change_after_level("破案率提高5%,较上年下降20%", "案件发生数") is None
    True
    """
    clauses = CLAUSE_SPLIT_RE.split(_normal(text).rstrip("。"))
    if len(clauses) != 2 or _EVENT_CHANGE_CLAUSE_RE.match(clauses[1]) is None:  # noqa: PLR2004
        return None
    level = parse_value(clauses[0])
    if (
        not isinstance(level, Quantity)
        or level.unit is None
        or level.status is not None
        or level.note is not None
        # a bare level, or one labelled with the row's whole name: 事故23起，同比下降12% on
        # 事故死亡人数 is the accidents' change, not the deaths' (p24fix H2)
        or (level.label and _normal(name) not in _normal(level.label))
        or _CHANGE_END_RE.search(level.label or "") is not None
    ):
        return None
    return clauses[1]


def _stated_change(actual: Value, name: str, year: int | None = None) -> str | None:
    """The direction a value states with a figure: ``同比下降12%`` is ``decrease``.

    ``improvement`` for a rise, ``decrease`` for a fall, by a figure above 0; None for
    any other value (no figure, a negation or a plan before the change, a fall of 0).
    The change must be the indicator's own (see :func:`_change_match`):
    ``破案率同比提高5%`` says nothing of a 发案率 that is to fall.
    """
    if not isinstance(actual, (Quantity, TextValue)):
        return None
    text = actual.text or str(actual)
    found = _change_match(text, name, year=year)
    if found is None and (
        change := _change_after_event(text, name)
        or _change_after_level(text, name)
        or (_last_year_clause_dropped(actual) if isinstance(actual, TextValue) else None)
    ):
        # 全年发生森林火灾4起，较上年下降20%; 32μg/m³，较上年下降6.1% (parse56 F14)
        found = _change_match(change, name, year=year)
    if found is None:
        return None
    number, verb = Decimal(found.group("number")), found.group("verb")
    if verb is None and number != 0:  # 同比+6%, 同比-6%: the sign is the direction
        return "improvement" if number > 0 else "decrease"
    if number <= 0:
        return None
    return "improvement" if verb in _RISING_VERBS else "decrease"


def _levels_direction(actual: Value) -> str | None:
    """The direction two levels the actual states go: ``由1.12%下降至0.86%`` is ``decrease``.

    The levels of a rate (:func:`_points_between_levels`) or of a count or an amount
    (:func:`_percent_between_levels`); None when the cell states no two levels, or its
    words and figures disagree.

    >>> from perftrack import parse_value
    >>> [
    ...     _levels_direction(parse_value(text))
    ...     for text in ("由112.5/万下降至104.3/万", "由78.2%提高至81.6%", "同比下降3%")
    ... ]
    ['decrease', 'improvement', None]
    """
    levels = _points_between_levels(actual) or _percent_between_levels(actual)
    if levels is None:
        return None
    return "improvement" if levels[0].value > 0 else "decrease"


def _another_change(
    value: Value | None, target: Target | None, name: str, year: int | None
) -> bool:
    """Whether the target or the actual is a change, but not the indicator's own.

    ``较十三五末提高2个百分点`` (a base of several years), or ``破案率提高12%`` as the
    actual of a 发案率: neither figure can be judged against the other.
    """
    target_label = target.label if isinstance(target, (Comparison, Range)) else None
    value_label = value.label if isinstance(value, Quantity) else None
    if target_label is None:
        # 利润下降3.5% on 营业收入增长率 ≥3%: another measure's change, never a level of
        # the name's rate (k31a); else no change of the target's (most rows)
        return (
            value_label is not None
            and isinstance(target, (Comparison, Range))
            and name.endswith(_RATE_ENDS)
            and _name_sign(name, target.unit) is not None
            and (value_way := _label_sign(value_label, name, year, target=False)) is not None
            and not value_way[1]
        )
    target_way = _label_sign(target_label, name, year, target=True)
    if target_way is None:
        return False  # a target naming no change: whatever the actual says
    if not target_way[1]:
        return True
    value_way = _label_sign(
        value_label,
        name,
        year,
        target=False,
        target_label=target_label or "",
        target_text=_target_text(target),
    )
    return value_way is not None and not value_way[1]


# ---------------------------------------------------------------------------
# An actual that names another measure than the target's (scoring.md, rule 3:
# 不合格率 in a 合格率 row, 一般事故 in a 较大及以上 row, 申请 in a 授权 row).


class _Family(NamedTuple):
    """Measures of one kind, told apart by their words.

    *kind* is ``complement`` (two rates that make up the whole: 合格率 and 不合格率),
    ``ranked`` (grades from the lowest: 一般, 较大, 重大, 特别重大 accidents) or
    ``distinct`` (kinds or stages, none inside another: 申请 and 授权). *context*,
    when given, must be said in the labels or the name (一般 grades accidents only).
    """

    kind: Literal["complement", "ranked", "distinct"]
    members: tuple[re.Pattern[str], ...]
    context: re.Pattern[str] | None = None


def _family(
    kind: Literal["complement", "ranked", "distinct"], *members: str, context: str | None = None
) -> _Family:
    return _Family(
        kind,
        tuple(re.compile(member) for member in members),
        None if context is None else re.compile(context),
    )


_PASSED_RATE: Final = "(?<![不未非超])达标率"
_MEASURE_FAMILIES: Final = (
    _family("complement", "(?<![不未非])合格率", "不合格率"),
    _family("complement", _PASSED_RATE, "(?:不|未)达标率"),
    _family("complement", "(?<!不)准确率", "(?:差错|错误)率"),
    _family("complement", "优良天数(?:比例|比率|占比)", "(?<!重)污染天数(?:比例|比率|占比)"),
    _family("complement", "完好率", "损坏率"),
    # 满意率 of 不满意率 (基本满意 between them), 到位率 of 不到位率: the opposite measure,
    # no exact complement (regress108 r108b); each a literal search, the cheap guard
    _family("distinct", "(?<![不未非])满意[率度]", "不满意[率度]"),
    _family("distinct", "(?<![不未])到位率", "(?:不|未)到位率"),
    # 超标率 counts samples or items, 达标率 often sections: no sure complement
    _family("distinct", _PASSED_RATE, "超标率"),
    # 登记失业率 is no complement of any 就业率
    _family("distinct", "(?<![失再])就业率", "失业率"),
    _family("distinct", "优良天数", "(?<!重)污染天数", "重污染天数"),
    _family("distinct", "新增就业", "再就业"),
    _family("distinct", "申请|受理", "授权|授予", context="专利"),
    _family("distinct", "发明", "实用新型", "外观设计", context="专利"),
    # 验收合格率100% in a 优良率 row, 覆盖率 in a 达标率 row: a rate of another measure
    # (regress44 S1); 合格率 and 达标率 are read as one
    _family(
        "distinct",
        f"(?<![不未非])合格率|{_PASSED_RATE}",
        "优良率",
        "覆盖率",
        "开工率",
        "完工率|竣工率",
    ),
    _family(
        "ranked",
        "一般",
        "较大",
        "重特大|(?<!特别)重大",
        "特别重大|特大",
        context="事故|事件|火灾|火情|灾害|险情|案件",
    ),
    _family(
        "ranked",
        *(f"(?<![0-9Aa])(?:{grade}[Aa]|[Aa]{{{grade}}})(?![Aa])" for grade in range(1, 6)),
        context="景区|景点|旅游区",
    ),
    _family("ranked", "一级", "二级|二甲", "三级|三甲", context="医院|二甲|三甲"),
    _family("ranked", "县级", "市级|地市级|州级", "省级|省部级", "国家级"),
)
_AND_ABOVE_RE: Final = re.compile("以上")


class _OtherMeasure(NamedTuple):
    """An actual that names another measure than the target's, as :func:`_other_measure` reads it.

    *actual_word* and *target_word* are the words that differ (不合格率 and 合格率, 一般
    and 较大); *quantity* is the actual as the target's measure (a complement rate
    converted, or the target's own figure in the actual's bracket), None when it cannot
    be judged.
    """

    actual_word: str
    target_word: str
    quantity: Quantity | None
    converted: bool = False


def _members(family: _Family, text: str) -> dict[int, str]:
    """The members of *family* *text* names, each with the words that name it."""
    named: dict[int, str] = {}
    for index, member in enumerate(family.members):
        found = member.search(text)
        if found is not None:
            named[index] = found.group()
    return named


@lru_cache(maxsize=1024)
def _measures_apart(
    actual_label: str, target_label: str, name: str
) -> tuple[_Family, str, str] | None:
    """The family whose words tell the actual's measure from the target's, and those words.

    The target's measure is its label when the label names one of the family, else the
    indicator's *name*. None when the actual's label names nothing of a family the
    target names, or names the target's own member (a grade the target's includes:
    ``重大`` in a ``较大及以上`` row).

    >>> found = _measures_apart("不合格率", "", "食品安全抽检合格率")
    >>> found[0].kind, found[1:]
    ('complement', ('不合格率', '合格率'))
    >>> _measures_apart("发生重大事故", "较大及以上生产安全事故", "") is None
    True
    """
    both = False  # a family names the actual's measure and the target's
    for family in _MEASURE_FAMILIES:
        actual = _members(family, actual_label)
        if not actual:
            continue
        target = _members(family, target_label) or _members(family, name)
        if not target:
            continue
        if family.context is not None and not family.context.search(
            actual_label + target_label + name
        ):
            continue
        both = True
        if actual.keys() & target.keys() and (
            family.kind != "ranked" or actual.keys() <= target.keys()
        ):
            continue  # 合格率 in a 合格率 row: the same measure
        if family.kind == "ranked":
            said = target_label if _members(family, target_label) else name
            if min(actual) >= min(target) and (
                actual.keys() <= target.keys() or _AND_ABOVE_RE.search(said)
            ):
                continue  # 重大 in a 较大及以上 row, 特大 in a 重特大 row: the target's own
        return family, actual[min(actual)], target[min(target)]
    if both:
        return None  # 达标率 in a 合格率 row: read as one by their family
    words = _other_rate(actual_label, target_label, name)
    return None if words is None else (_OTHER_RATES, *words)


# A rate of another measure than the row's, by the words before 率 (预算调整率 in a
# 预算编制准确率 row; parse55 H5): the family of no members :func:`_other_rate` reads.
_OTHER_RATES: Final = _family("distinct")
# The words before 率 in a label ending in it, and in a row's name (four characters at
# most: 编制准确 of 预算编制准确率, its last two the rate's own word, 准确).
_LABEL_RATE_RE: Final = re.compile("([\u4e00-\u9fff]{1,4})率$")
_NAME_RATE_RE: Final = re.compile("([\u4e00-\u9fff]{1,4})率")
# Words of a rate that may stand for any row's (完成率 in a 覆盖率 row: of the target),
# a plain ratio (比率, 占比率), and the rates read as one (支出率 in an 执行率 row).
_ANY_RATE_WORDS: Final = frozenset({"完成", "实现", "达成", "达到", "比", "占比", "比例"})
_SAME_RATE_WORDS: Final = (
    frozenset({"执行", "支出", "使用", "支付", "控制"}),
    frozenset({"拨付", "到位", "下达"}),
    frozenset({"合格", "达标", "通过"}),
)


def _same_rate_words(one: str, other: str) -> bool:
    """Whether two rate words count one measure.

    They do when they share a character (合格, 验收合格; 完工, 竣工), one is a word of any
    rate (完成) or a plain ratio (比), or they are read as one (执行, 支出).
    """
    if set(one) & set(other) or one in _ANY_RATE_WORDS or other in _ANY_RATE_WORDS:
        return True
    if one.endswith("比") or other.endswith("比"):
        return True  # 天数比率: a plain ratio of the row's
    return any(one in group and other in group for group in _SAME_RATE_WORDS)


def _other_rate(actual_label: str, target_label: str, name: str) -> tuple[str, str] | None:
    """The actual's rate word and the row's when the label's rate is another measure.

    A label ending in 率 whose word before it shares no character with any rate the
    target's label or the row's name says, none being a word of any rate (完成) or
    the two words read as one (执行, 支出), is another measure (parse55 H5). A row
    naming no rate keeps the label, as before.

    >>> _other_rate("预算调整率", "", "预算编制准确率")
    ('调整率', '准确率')
    >>> _other_rate("验收合格率", "", "工程合格率") is None
    True
    >>> _other_rate("资金支出率", "", "预算执行率") is None
    True
    >>> _other_rate("参保覆盖率", "", "参保率") is None
    True
    """
    if not actual_label.endswith("率"):  # the cheap guard: most labels
        return None
    said = _LABEL_RATE_RE.search(actual_label)
    if said is None:
        return None
    words = said.group(1)
    rates = _NAME_RATE_RE.findall(target_label) or _NAME_RATE_RE.findall(name)
    if (
        not rates
        or any(
            _same_rate_words(words[-2:], rate[-2:])
            # 参保覆盖率 on 参保率: the longer word holds the other's
            or set(words) & set(rate[-2:])
            or set(words[-2:]) & set(rate)
            for rate in rates
        )
    ):
        return None
    return words[-2:] + "率", rates[-1][-2:] + "率"


def _covers(family: _Family, label: str, target: Comparison | Range, name: str) -> bool:
    """Whether the actual's grades (``较大及以上``) include every grade the target counts.

    >>> from perftrack import parse_target
    >>> family = _MEASURE_FAMILIES[-4]
    >>> _covers(family, "较大及以上事故", parse_target("0起"), "重大安全事故")
    True
    >>> _covers(family, "一般事故", parse_target("0起"), "重大安全事故")
    False
    """
    actual = _members(family, _normal(label))
    said = _normal(target.label or "")
    if not _members(family, said):
        said = _normal(name)
    counted = _members(family, said)
    if not actual or not counted or _AND_ABOVE_RE.search(_normal(label)) is None:
        return False
    return min(actual) <= min(counted)


# The whole a complement rate is taken from, by its unit.
_WHOLES: Final = MappingProxyType({"%": _HUNDRED, "‰": Decimal(1000)})


def _other_measure(value: Value | None, target: Target | None, name: str) -> _OtherMeasure | None:
    """The actual's measure when its label names another than the target's, else None.

    A complement rate (``不合格率1.4%`` in a 合格率 row, ``数据准确率99.97%`` in a
    差错率 row) is converted to the target's measure: ``合格率98.6%``, the whole (100%,
    1000‰) minus the figure, exactly, in the actual's unit. A target's own figure in
    the actual's bracket (``申请16件（授权6件）`` in a 授权 row) is that figure. Any
    other measure (``一般事故3起`` in a 较大及以上 row, ``省级科技奖励3项`` in a 国家级
    row) cannot be judged: *quantity* is None.

    >>> from perftrack import parse_target, parse_value
    >>> measure = _other_measure(parse_value("不合格率1.4%"), parse_target("≥98%"), "抽检合格率")
    >>> measure.target_word, measure.quantity.value
    ('合格率', Decimal('98.6'))
    """
    if (
        not isinstance(value, Quantity)
        or not value.label
        or not isinstance(target, (Comparison, Range))
    ):
        return None
    apart = _measures_apart(_normal(value.label), _normal(target.label or ""), _normal(name))
    if apart is None:
        # 集中供养特困人员620人 on 分散供养特困人员: the other group (r108b)
        opposed = _opposed_group(_normal(value.label), _normal(name))
        return None if opposed is None else _OtherMeasure(*opposed, None)
    family, actual_word, target_word = apart
    if family.kind == "ranked" and value.value == 0 and _covers(family, value.label, target, name):
        return None  # 较大及以上事故0起 in a 重大 row: none of the wider, none of the target's
    if family.kind == "complement":
        whole = _WHOLES.get(value.unit or "")
        if whole is not None and 0 <= value.value <= whole:
            converted = Quantity(
                whole - value.value,
                value.unit,
                _FLIPPED_BOUNDS.get(value.bound, value.bound),
                text=value.text,
            )
            return _OtherMeasure(actual_word, target_word, converted, converted=True)
    if value.note:
        bracket = parse_value(value.note)  # a value never raises: text at worst
        if (
            isinstance(bracket, Quantity)
            and bracket.label
            and _measures_apart(_normal(bracket.label), _normal(target.label or ""), _normal(name))
            is None
            and _members(family, _normal(bracket.label))
        ):
            return _OtherMeasure(actual_word, target_word, evolve(bracket, label=None))
    return _OtherMeasure(actual_word, target_word, None)


# Groups a label and a row's name may each say one of (城市 and 农村 特困人员, r108b).
_OPPOSED_GROUPS: Final = {
    "集中": ("分散",),
    "分散": ("集中",),
    "城市": ("农村",),
    "城镇": ("农村",),
    "农村": ("城市", "城镇"),
    "在院": ("散居",),
    "散居": ("在院",),
}
_OPPOSED_GROUP_RE: Final = re.compile("|".join(_OPPOSED_GROUPS))


def _opposed_group(label: str, name: str) -> tuple[str, str] | None:
    """The label's group word and the name's opposed one, when they count the other group.

    ``集中供养特困人员`` on ``分散供养特困人员``, ``城市低保对象`` on ``农村低保对象人数``: the
    label from its group word, with the name's word in its place, stands in the name
    (regress108 r108b; the change form is :func:`_same_tail`'s). A name saying both words
    (``城市和农村特困人员``) is none.

    >>> _opposed_group("全县城市低保对象", "农村低保对象人数")
    ('城市', '农村')
    >>> _opposed_group("城市特困人员", "城乡特困人员") is None
    True
    """
    found = _OPPOSED_GROUP_RE.search(label)  # (the cheap guard: no group word, most labels)
    if found is None or found.group() in name:
        return None
    said, rest = found.group(), label[found.end() :]
    other = next((other for other in _OPPOSED_GROUPS[said] if other + rest in name), None)
    return None if other is None else (said, other)


_FLIPPED_BOUNDS: Final = {
    _Bound.AT_LEAST: _Bound.AT_MOST,
    _Bound.AT_MOST: _Bound.AT_LEAST,
    _Bound.MORE_THAN: _Bound.LESS_THAN,
    _Bound.LESS_THAN: _Bound.MORE_THAN,
}
_BASELINE: Final = "(?:上年|去年|上一年|上年度)(?:同期)?(?:水平)?"
# 低于上年, 高于去年同期水平, 与上年持平: a change against the baseline, without a figure.
# 未低于上年, 未超过上年: a change of at least (at most) 0.
_UNSTATED_CHANGE_RE: Final = re.compile(
    rf"(?P<not_below>未低于|未少于|不低于){_BASELINE}|(?P<not_above>未超过|未高于|不高于|不超过){_BASELINE}"
    rf"|(?P<below>低于|少于|差于){_BASELINE}|(?P<above>高于|超过|多于|优于){_BASELINE}"
    rf"|(?:与{_BASELINE}|同比|较上年)?持平"
)
# The targets a change meets without a figure of its own (不低于上年, ≥上年水平), and
# those it must pass (高于上年).
# 较上年不降低, 与上年相比不减少: at least last year's too.
_NOT_BELOW_BASELINE_RE: Final = re.compile(
    rf"(?:不低于|不少于|≥|>=){_BASELINE}"
    rf"|(?:(?:较|比){_BASELINE}|与{_BASELINE}相比|同比)(?:不降低|不下降|不减少|不降)"
)
# 不减少, 不降低 with no base: against last year, as 较上年不减少 (parse32 H3)
_NOT_FALLING_RE: Final = re.compile("不(?:降低|下降|减少|降)")
# 较上年不增加, 与上年相比不增长, 较上年只减不增: at most last year's too (parse35 H4).
_NOT_ABOVE_BASELINE_RE: Final = re.compile(
    rf"(?:不高于|不超过|≤|<=){_BASELINE}"
    rf"|(?:(?:较|比){_BASELINE}|与{_BASELINE}相比|同比)(?:不增加|不增长|不上升|只减不增)"
)
# 不增加, 只减不增 with no base: against last year, as 较上年不增加 (parse35 H4, the
# mirror of _NOT_FALLING_RE)
_NOT_RISING_RE: Final = re.compile("不(?:增加|增长|上升)|只减不增")
_ABOVE_BASELINE_RE: Final = re.compile(rf"(?:高于|超过|多于|优于|>){_BASELINE}")
_BELOW_BASELINE_RE: Final = re.compile(rf"(?:低于|少于|<){_BASELINE}")
_UNSTATED_BOUNDS: Final = {
    "not_below": _Bound.AT_LEAST,
    "not_above": _Bound.AT_MOST,
    "below": _Bound.LESS_THAN,
    "above": _Bound.MORE_THAN,
}
# 同比下降, 较上年增长: a direction against the baseline, without a figure.
_BASELINE_DIRECTION_RE: Final = re.compile(
    rf"(?:{_CHANGE_BASE_RE.pattern})(?P<verb>{'|'.join(sorted(_RISING_VERBS | _FALLING_VERBS))})"
)
# Any of the forms above: what may follow the indicator's own subject in a target
# (森林覆盖率不低于上年, PM2.5浓度同比下降).
_UNSTATED_TARGET_RE: Final = re.compile(
    "|".join(
        pattern.pattern
        for pattern in (
            _NOT_BELOW_BASELINE_RE,
            _NOT_ABOVE_BASELINE_RE,
            _ABOVE_BASELINE_RE,
            _BELOW_BASELINE_RE,
            _BASELINE_DIRECTION_RE,
        )
    )
)
_SUBJECT_LONGEST: Final = 24


@lru_cache(maxsize=4096)  # every comparison asks it, up to 12 matches each: tables repeat
def _own_subject_dropped(text: str, name: str, form: re.Pattern[str]) -> str:
    """*text* without the indicator's own subject before a *form*, else *text* itself.

    ``森林覆盖率不低于上年`` on 森林覆盖率 is ``不低于上年``, as the bare form is read;
    a subject that is no part of the name (``力争``, ``耕地面积`` on 森林覆盖率) stays.

    >>> _own_subject_dropped("PM2.5浓度保持稳定", "PM2.5浓度", _FLAT_TARGET_RE)
    '保持稳定'
    >>> _own_subject_dropped("耕地面积不低于上年", "森林覆盖率", _UNSTATED_TARGET_RE)
    '耕地面积不低于上年'
    >>> _own_subject_dropped("单位成本不高于上年", "单位成本", _UNSTATED_TARGET_RE)
    '不高于上年'
    """
    if not name or form.fullmatch(text):
        return text
    for cut in range(1, min(len(text), _SUBJECT_LONGEST + 1)):
        rest = text[cut:]
        if form.fullmatch(rest):
            return rest if _own_subject(text[:cut], name, target=True) else text
    return text


# 未增长, 没有下降, 无增长: no change that way.
_NO_CHANGE_RE: Final = re.compile(rf"(?:未|没有|没|无|尚未|并未)(?P<verb>{_CHANGE_VERBS})")
# The ends of a name that is a rate of change, or ends in a bracket (a cheap first
# check before :func:`_name_sign`).
_RATE_ENDS: Final = (*voc.CHANGE_RATES, *_CHANGE_NAME_WORDS, ")", "）")


class _Change(NamedTuple):
    quantity: Quantity  # the change as a figure in the target's direction (下降12% vs 下降10%: 12)
    shown: str  # the actual as a change, its direction said (增长12%)
    opposite: bool  # it went the other way from the target (增长12% against 下降10%)
    # two levels of a rate against a change in %: the relative and the points reading, each
    # a figure in % in the target's direction and its words (提高12.5%, 提高10个百分点; p41c)
    readings: tuple[tuple[Quantity, str], tuple[Quantity, str]] | None = None


def _no_change(word: str, text: str) -> tuple[Quantity, str] | None:
    """``未增长`` as a change of at most 0, ``未下降`` of at least 0; None for other words."""
    found = _NO_CHANGE_RE.fullmatch(word)
    if found is None:
        return None
    bound = _Bound.AT_MOST if _change_sign(found.group("verb")) == 1 else _Bound.AT_LEAST
    return Quantity(Decimal(0), None, bound, text=text), word


def _target_text(target: Target | None) -> str | None:
    """The words of a target a change is read against (for its base: parse31 H4), else None."""
    if not isinstance(target, (Comparison, Range)):
        return None
    return target.text or target.label or ""


# 新增18公里, 新增三级航道通航里程18公里: the increase the year made, in the measure's own unit.
_INCREMENT_LABEL_RE: Final = re.compile(r"(?:全年|年内|本年|累计)?新增")
_INCREMENT_BASE_RE: Final = re.compile(r"上年|去年|同比|较|比")


def _is_increment(value: Quantity, target_label: str, target_text: str | None) -> bool:
    """Whether *value* is an increment (``新增18公里``) against a rise in units (parse41 H5).

    ``新增N`` is the year's increase in length or count: against ``较上年增加20公里`` (a
    target against last year) it is the change 增加18公里. Not a figure in % (``新增3%`` is
    no change in points or in %).

    >>> from perftrack import parse_value
    >>> [
    ...     _is_increment(parse_value("新增18公里"), verb, "较上年增加20公里")
    ...     for verb in ("增加", "下降")
    ... ]
    [True, False]
    """
    return (
        value.label is not None
        and target_text is not None
        and _INCREMENT_BASE_RE.search(target_text) is not None
        and _INCREMENT_LABEL_RE.match(value.label) is not None
        and value.unit not in (None, "%", "‰", "个百分点", "百分点")
        and voc.CHANGE_WORDS.get(target_label, 0) > 0
    )


def _signed_change(
    value: Value | None,
    name: str,
    year: int | None = None,
    target_label: str = "",
    target_text: str | None = None,
) -> tuple[Quantity, str] | None:
    """A value as a signed change: ``下降12%`` is -12 %, ``增长3%`` 3 %, ``-5.3%`` -5.3 %.

    A quantity labelled with a direction word (增长, 下降), a negative figure without a
    label, a text that states the change against its baseline (``同比下降12%``,
    ``较上年增长3%``) or its direction only (``低于上年``: below 0). A positive figure
    without a label is None: it reads as the change in the target's own direction.
    """
    if isinstance(value, (StatusValue, QualitativeValue)):
        # 未增长, 未下降: no change that way (零增长 is met by 未增长)
        word = (
            value.word if isinstance(value, StatusValue) else f"{value.negation or ''}{value.word}"
        )
        # 未低于上年 (a status to the parser), 未超过上年 (the zero family): against the base
        return _no_change(word, value.text) or _unstated_change(
            _last_year_named(_normal(word), year), value.text, _normal(word)
        )
    if isinstance(value, Quantity):
        if value.status is not None:
            return None
        way = _label_sign(
            value.label,
            name,
            year,
            target=False,
            target_label=target_label,
            target_text=target_text,
        )
        if way is None and _is_increment(value, target_label, target_text):
            way = (1, True)  # 新增18公里 against 较上年增加20公里: the year's increase (parse41 H5)
        if way is None or not way[1]:
            if value.label is None and value.value < 0:
                return value, _shown_quantity(value, None)
            return None
        sign = way[0]
        bound = value.bound if sign > 0 else _FLIPPED_BOUNDS.get(value.bound, value.bound)
        signed = Quantity(value.value * sign, value.unit, bound, text=value.text)
        # 上年增长3.1%，本年增长5.2%: this year's clause shown, last year's a note (k33a)
        shown = _last_year_clause_dropped(value) if value.note is not None else None
        return signed, shown or value.text.strip() or f"{value.label}{_shown_quantity(value, None)}"
    if not isinstance(value, TextValue) or not value.description:
        return None
    shown = _normal(value.text or value.description)  # as the cell says it: 比2023年下降6%
    text = _last_year_named(shown, year)
    if text[0] in "未没无尚并" and (none := _no_change(text, value.text)) is not None:
        return none  # 没有增长, 无增长
    found = _change_match(text, name, year=year)
    if found is None and "," in text and (change := _change_after_level(text, name)):
        found = _change_match(change, name, year=year)  # 32μg/m³，较上年下降6.1% (parse56 F14)
        shown = change if found is not None else shown
    if found is None and "," in text and (change := _last_year_clause_dropped(value)):
        # 同比增长5.2%，上年增长3.1%; 上年增长3.1%，今年同比增长5.2% (k33a)
        found = _change_match(change, name, year=year)
        shown = change if found is not None else shown
    if found is not None:
        number = Decimal(found.group("number"))
        if found.group("verb") in _FALLING_VERBS:
            number = -number
        about = found.group("about") or found.group("about_verb") or found.group("around")
        bound = _Bound.APPROXIMATELY if about else _Bound.EXACT
        return Quantity(number, found.group("unit"), bound, text=value.text), shown
    return _unstated_change(text, value.text, shown)


def _unstated_change(text: str, raw: str, shown: str) -> tuple[Quantity, str] | None:
    """A change against the baseline without a figure (``低于上年``: below 0), or None.

    ``较上年下降`` and ``同比增长`` say the way only: below 0, above 0 (k31a).
    """
    unstated = _UNSTATED_CHANGE_RE.fullmatch(text)
    if unstated is None:
        direction = _BASELINE_DIRECTION_RE.fullmatch(text)
        if direction is None:
            return None
        rising = direction.group("verb") in _RISING_VERBS
        bound = _Bound.MORE_THAN if rising else _Bound.LESS_THAN
        return Quantity(Decimal(0), None, bound, text=raw), shown
    bound = _UNSTATED_BOUNDS.get(unstated.lastgroup or "", _Bound.EXACT)
    return Quantity(Decimal(0), None, bound, text=raw), shown


def _as_change(
    value: Value | None, target: Target | None, name: str, year: int | None = None
) -> _Change | None:
    """An actual read as a change against a target for a change (下降10%, 增长率 ≥5%).

    The figure is the change in the target's direction: ``下降12%`` against ``下降10%``
    is 12, ``增长12%`` against it -12 (the opposite way), ``增长3%`` against ``零增长``
    (增长≤0%) is 3. None when the target names no direction or the value is no change.
    See :func:`_target_sign` for the targets.
    """
    if not isinstance(target, (Comparison, Range)):
        return None
    if (
        target.label is None
        and not name.endswith(_RATE_ENDS)
        and not (isinstance(target, Comparison) and target.value < 0)
    ):
        # (each reading asks its unit first: asked here, speedS3)
        unit = target.unit
        if unit == "%" and (named := _levels_under_change_name(value, target, name)) is not None:
            return named  # 由500元/人·月提高至560元/人·月 on 人均补助标准提高 ≥10% (r97fix)
        if unit in ("个百分点", "百分点"):
            return _bare_points_change(value, target)
        return None  # most targets: no label, no direction
    way = _target_sign(target, name, year)
    if way is None:
        return None
    sign, own_words = way
    if (
        sign < 0
        and isinstance(value, TextValue)
        and (turned := _loss_turned_change(value, target, name))
    ):
        return turned  # 扭亏为盈 on 亏损额 | 下降10% (k31a)
    levels = _levels_change(value, target)
    signed = levels or _signed_change(value, name, year, target.label or "", _target_text(target))
    if signed is None:
        return None
    if (
        levels is None
        and not own_words
        and isinstance(value, Quantity)
        and _label_sign(value.label, name, year, target=False) is None
    ):
        return None  # -6% against a 降幅 ≥5%: a plain figure, as before
    quantity, shown = signed
    if sign < 0:
        quantity = evolve(
            quantity,
            value=-quantity.value,
            bound=_FLIPPED_BOUNDS.get(quantity.bound, quantity.bound),
        )
    opposite = quantity.value < 0 or (quantity.value == 0 and quantity.bound is _Bound.LESS_THAN)
    zero_bar = isinstance(target, Comparison) and target.value == 0
    # against a bar of 0 (零增长) a fall is read too: the sign decides either way (r103)
    if levels is not None and target.unit == "%" and (not opposite or zero_bar):
        both = _rate_level_readings(value, sign)
        if both is not None and zero_bar:
            both = both._replace(shown=shown)  # 不低于上年: the sign decides, both agree
        if both is not None:
            return both  # 由80%提高至90% against 较上年提高5%: relative and points (p41c)
    return _Change(quantity, shown, opposite)


def _rate_level_readings(value: Value | None, sign: int) -> _Change | None:
    """Two levels of a rate against a change in %, read both ways (p41c), or None.

    ``较上年提高5%`` on a rate is ambiguous: a change relative to last year's level or in
    percentage points. ``由80%提高至90%`` is 12.5 % relative and 10 个百分点: both figures
    are kept (:func:`_judge_change` gives a verdict only when they agree), the smaller is
    the quantity the points are scored on. None when the levels are no rate's. From a first
    level of 0 there is no relative change: the points reading stands for both (r103).

    >>> from perftrack import parse_value
    >>> found = _rate_level_readings(parse_value("由80%提高至90%"), 1)
    >>> found.quantity.value, found.shown
    (Decimal('10'), '由80%提高至90%（按相对变化提高12.5%，按百分点提高10个百分点）')
    """
    if not isinstance(value, (Quantity, TextValue)) or "%" not in (text := _normal(value.text)):
        return None
    found = _LEVELS_RE.search(text)
    if found is None or _points_between_levels(value) is None:
        return None
    start, end = Decimal(found.group("start")), Decimal(found.group("end"))
    if start < 0:
        return None
    points = end - start
    word = "提高" if points > 0 else "下降"
    points_said = f"{word}{format(abs(points), 'f')}个百分点"
    points_reading = Quantity(points * sign, "%", text=value.text)
    if start == 0:
        # 由0%提高至60%: no relative change from 0, the points reading alone decides (r103)
        shown = f"{found.group()}（由0起无相对变化，按百分点{points_said}）"
        alone = (points_reading, points_said)
        return _Change(points_reading, shown, points_reading.value < 0, (alone, alone))
    relative = (points * _HUNDRED / start).quantize(_TWO_PLACES, ROUND_HALF_UP)
    relative_said = f"{word}{format(abs(relative).normalize(), 'f')}%"
    relative_reading = Quantity(relative * sign, "%", text=value.text)
    smaller = min(relative_reading, points_reading, key=lambda reading: abs(reading.value))
    shown = f"{found.group()}（按相对变化{relative_said}，按百分点{points_said}）"
    return _Change(
        smaller,
        shown,
        smaller.value < 0,
        ((relative_reading, relative_said), (points_reading, points_said)),
    )


# A name ending in a word of change (人均补助标准提高, 运营成本降低): its sign.
_CHANGE_NAME_END_RE: Final = re.compile(
    "(?:{})$".format("|".join(sorted(voc.CHANGE_WORDS, key=len, reverse=True)))
)


def _levels_under_change_name(
    value: Value | None, target: Comparison | Range, name: str
) -> _Change | None:
    """Two levels of an amount or a count against a bare % on a name of a change (r97fix).

    ``人均补助标准提高 | ≥10% | 由500元/人·月提高至560元/人·月`` is a rise of 12%: the name
    says the change, the levels its size (regress96 c21; before, "单位不可比"). Only
    levels of one unit, not a rate (``由85%提高至92%`` stays a level against ``≥90%``).

    >>> from perftrack import parse_target, parse_value
    >>> found = _levels_under_change_name(
    ...     parse_value("由500元/人·月提高至560元/人·月"), parse_target("≥10%"), "人均补助标准提高"
    ... )
    >>> found.quantity.value, found.opposite
    (Decimal('12.00'), False)
    """
    if target.unit != "%" or (isinstance(target, Comparison) and target.value < 0):
        return None
    verb = _CHANGE_NAME_END_RE.search(_normal(name))
    if verb is None:
        return None
    levels = _percent_between_levels(value)
    if levels is None:
        return None
    quantity, shown = levels
    if voc.CHANGE_WORDS[verb.group()] < 0:
        quantity = evolve(quantity, value=-quantity.value)
    return _Change(quantity, shown, quantity.value < 0)


# 由45.5%提高到45.8%, 从62.1%提高至62.4%，提高0.3个百分点: two levels of a rate, whose
# difference is the change in percentage points.
# 由1.12%降至0.86%, 由0.38次减至0.26次: 降至/降到/减至 bring down to a level as 下降至 does
# (parse41 H3).
_LEVEL_FALLS: Final = _FALLING_VERBS | {"降", "减"}
_LEVELS_RE: Final = re.compile(
    r"(?:由|从|(?<![\d.]))(?P<start>\d+(?:\.\d+)?)%?(?P<verb>提高|提升|增加|增长|上升|下降|降低|减少|降|减)了?"
    r"(?:到|至|为)(?P<end>\d+(?:\.\d+)?)%"
)


def _levels_change(value: Value | None, target: Comparison | Range) -> tuple[Quantity, str] | None:
    """Two levels the actual states, as the change a target in 个百分点 or in % measures.

    Against 个百分点 the levels' difference (:func:`_points_between_levels`); against a
    change in % (``下降5%``) the change relative to the first level of a count or an
    amount (:func:`_percent_between_levels`). None otherwise.

    >>> from perftrack import parse_target, parse_value
    >>> _levels_change(parse_value("由120起下降到110起"), parse_target("下降5%"))[0].value
    Decimal('-8.33')
    """
    if target.unit in ("个百分点", "百分点"):
        return _points_between_levels(value)
    if target.unit == "%":
        # 由1.12%下降至0.86% against 下降5%: the levels of a rate change in points, no
        # change in %, and the later level is no change at all (parse41 H2)
        return _percent_between_levels(value) or _points_between_levels(value)
    if target.unit in _GRADE_CHANGE_UNITS:
        return _grades_between_levels(value, target.unit)
    if target.unit:
        return _amount_between_levels(value, target.unit)
    return None


def _amount_between_levels(value: Value | None, unit: str) -> tuple[Quantity, str] | None:
    """Two levels of an amount in the target's unit, as their difference in it (k26c).

    ``由600元/人提高至800元/人`` against ``提高200元/人`` is a rise of 200元/人; the later
    level alone is no change (it was met as 800元/人 whatever the first level).

    >>> from perftrack import parse_value
    >>> found = _amount_between_levels(parse_value("由600元/人提高至800元/人"), "元/人")
    >>> found[0].value, found[1]
    (Decimal('200'), '由600元/人提高至800元/人（提高200元/人）')
    """
    if not isinstance(value, (Quantity, TextValue)):
        return None
    found = _COUNT_LEVELS_RE.search(_normal(value.text))
    if found is None or found.group("start") == found.group("end"):
        return None
    said = found.group("unit")
    if said != unit and not (said == "元" and unit.startswith("元/")):
        # 由700元提高至800元 against 提高200元/人: bare 元 levels of a per-person standard
        # are the target's amounts (k27d); other units are not
        return None
    if found.group("start_unit") not in ("", said):
        return None
    start, end = Decimal(found.group("start")), Decimal(found.group("end"))
    if (end < start) != (found.group("verb") in _LEVEL_FALLS):
        return None  # 由700提高至600: the words and the figures disagree
    shown = (
        f"{found.group()}（{found.group('verb')}{format(abs(end - start).normalize(), 'f')}{unit}）"
    )
    return Quantity(end - start, unit, text=value.text), shown


# 由4.6等提升至4.3等: two grades, whose distance is a change in grades the verb directs
# (a smaller 等 is the better of 耕地质量等级, the cell's 提升 says so: parse32 M1).
_GRADE_CHANGE_UNITS: Final = frozenset({"个等级", "等级", "个等", "等", "级", "个级别"})
_GRADE_LEVELS_RE: Final = re.compile(
    r"(?:由|从)(?P<start>\d+(?:\.\d+)?)(?P<unit>等|级)"
    r"(?P<verb>提高|提升|上升|下降|降低)了?(?:到|至|为)(?P<end>\d+(?:\.\d+)?)(?P=unit)"
    r"(?=$|[,，;；。])"
)
# What may come before the grade change: a subject only (耕地质量等级, 全县平均等级), no
# clause of its own, no negation (未能实现, 未完成) and no part of the area (部分地块,
# 仅示范片): the change must be the cell's main clause (regress74 W1).
_GRADE_SUBJECT_RE: Final = re.compile(r"[\u4e00-\u9fff]{0,12}")
_GRADE_SUBJECT_BARRED_RE: Final = re.compile(r"未|没有|没能|不|部分|仅|只|示范|个别|局部|预计|计划")
# A later clause's subject that is the whole area (部分地块…，全县平均由…): the indicator.
_WHOLE_AREA_RE: Final = re.compile(r"全县|全市|全区|全省|全域|全镇|全乡|平均")
# Words that introduce the target or the plan, never a subject: their clause's change is the
# plan (目标由4.6等提升至4.1等), skipped; a later clause led by the actual is read (regress77 W1).
_GRADE_PLAN_RE: Final = re.compile(r"目标|指标值|任务|原定|计划|力争|拟|预期|预计")
_GRADE_ACTUAL_LEAD_RE: Final = re.compile(r"(?:实际完成|实际|完成|已)[\u4e00-\u9fff]{0,8}")


def _main_grade_change(text: str) -> re.Match[str] | None:
    """The grade change that is *text*'s main clause, or None (regress74 W1).

    The first change at the cell's start or after a subject only (``全县耕地质量由…``), or
    one after other clauses whose subject is the whole area (``部分地块…，全县平均由…``);
    never one after a negation, a part or a plan (``未能实现由…``, ``仅示范片由…``). A clause
    led by the target or the plan (``目标由4.6等提升至4.1等``) is skipped, and after it a clause
    led by the actual (``…，实际完成由4.6等提升至4.3等``) is read (regress77 W1).

    >>> [
    ...     _main_grade_change(t) is not None
    ...     for t in (
    ...         "由4.6等提升至4.3等",
    ...         "未能实现由4.6等提升至4.1等",
    ...         "部分地块由5等提升至4等,全县平均由4.6等提升至4.3等",
    ...         "目标由4.6等提升至4.1等,实际提升至4.3等",
    ...     )
    ... ]
    [True, False, True, False]
    """
    planned = False  # a clause before stated the target's or the plan's change
    for found in _GRADE_LEVELS_RE.finditer(text):
        before = text[: found.start()]
        clause_start = max(before.rfind(mark) for mark in ",，;；。") + 1
        subject = before[clause_start:]
        if _GRADE_PLAN_RE.search(subject) is not None:
            planned = True  # 目标由…, 任务由…: the plan, not the actual
            continue
        if (
            _GRADE_SUBJECT_RE.fullmatch(subject) is not None
            and _GRADE_SUBJECT_BARRED_RE.search(subject) is None
            and (
                clause_start == 0
                or _WHOLE_AREA_RE.search(subject) is not None
                or (planned and _GRADE_ACTUAL_LEAD_RE.fullmatch(subject) is not None)
            )
        ):
            return found
    return None


def _grades_between_levels(value: Value | None, unit: str) -> tuple[Quantity, str] | None:
    """Two grades the actual states, as a change in grades its verb directs, or None.

    The numbers of a grade run either way (耕地质量等级: 1等 is the best), so the verb
    says the direction and the distance the size: ``由4.6等提升至4.3等`` rose 0.3.

    >>> from perftrack import parse_value
    >>> _grades_between_levels(parse_value("由4.6等提升至4.3等"), "个等级")[0].value
    Decimal('0.3')
    """
    if not isinstance(value, (Quantity, TextValue)):
        return None
    text = _normal(value.text)
    found = _main_grade_change(text)
    if found is None:
        return None
    size = abs(Decimal(found.group("end")) - Decimal(found.group("start")))
    if size == 0:
        return None
    verb = found.group("verb")
    sign = -1 if verb in _FALLING_VERBS else 1
    shown = f"{found.group()}（{verb}{format(size.normalize(), 'f')}{unit}）"
    return Quantity(size * sign, unit, text=value.text), shown


# 由120起下降到110起: two levels of a count or an amount in one unit (not a rate); the
# unit may be per unit (由2.35万元/人·年提高至2.50万元/人·年, parse38 H6).
_COUNT_LEVELS_RE: Final = re.compile(
    r"(?:由|从)(?P<start>\d+(?:\.\d+)?)(?P<start_unit>[^\d%‰/]{0,4}?(?:/[^\d%‰/,;]{1,5}?)?)"
    r"(?P<verb>提高|提升|增加|增长|上升|下降|降低|减少|降|减)了?(?:到|至|为)"
    r"(?P<end>\d+(?:\.\d+)?)(?P<unit>[^\d%‰/]{0,4}(?:/[^\d%‰/,;]{1,5})?)$"
)


def _percent_between_levels(value: Value | None) -> tuple[Quantity, str] | None:
    """A change from one level of a count or an amount to another, in % of the first.

    Against a target for a change in % (``下降5%``), ``由120起下降到110起`` is a fall of
    8.33 %. Levels that are rates (``由12%下降到11%``) are left to the target's reading:
    their change in % is not their change in points.

    >>> from perftrack import parse_value
    >>> _percent_between_levels(parse_value("从200人增加到230人"))[0].value
    Decimal('15.00')
    >>> _percent_between_levels(parse_value("由12%下降到11%")) is None
    True
    """
    if not isinstance(value, (Quantity, TextValue)):
        return None
    text = _normal(value.text)
    if "由" not in text and "从" not in text:
        return None
    found = _COUNT_LEVELS_RE.search(text)
    if found is None or found.group("start_unit") not in ("", found.group("unit")):
        return None
    start, end = Decimal(found.group("start")), Decimal(found.group("end"))
    if start <= 0 or end == start or (end < start) != (found.group("verb") in _LEVEL_FALLS):
        return None  # 由0起: no base; 由120起增加到110起: the words and the figures disagree
    change = ((end - start) * _HUNDRED / start).quantize(_TWO_PLACES, ROUND_HALF_UP)
    word = "增长" if change > 0 else "下降"
    shown = f"{found.group()}（{word}{format(abs(change).normalize(), 'f')}%）"
    return Quantity(change, "%", text=value.text), shown


def _bare_points_change(value: Value | None, target: Comparison | Range) -> _Change | None:
    """Two levels of a rate against a change in 个百分点 with no direction word.

    ``≥0.2个百分点`` against ``从62.1%提高至62.4%`` is a rise of 0.3 个百分点, as against
    ``提高≥0.2个百分点``: a bare figure in points asks for a rise. None otherwise.

    >>> from perftrack import parse_target, parse_value
    >>> found = _bare_points_change(parse_value("从62.1%提高至62.4%"), parse_target("≥0.2个百分点"))
    >>> found.quantity.value, found.opposite
    (Decimal('0.3'), False)
    """
    if target.label is not None or target.unit not in ("个百分点", "百分点"):
        return None
    if isinstance(target, Comparison) and target.value < 0:
        return None
    levels = _points_between_levels(value)
    if levels is None:
        return None
    quantity, shown = levels
    return _Change(quantity, shown, quantity.value < 0)


def _points_between_levels(value: Value | None) -> tuple[Quantity, str] | None:
    """A change from one level of a rate to another, in percentage points, or None.

    Against a target in 个百分点 (``提高0.2个百分点``), ``由45.5%提高到45.8%`` is a rise
    of 0.3 个百分点: the difference of the two levels the cell states.

    >>> from perftrack import parse_value
    >>> _points_between_levels(parse_value("由45.5%提高到45.8%"))[0].value
    Decimal('0.3')
    >>> _points_between_levels(parse_value("45.5%提高到45.8%"))[0].value
    Decimal('0.3')
    """
    if not isinstance(value, (Quantity, TextValue)) or "%" not in (text := _normal(value.text)):
        return None
    found = _LEVELS_RE.search(text)
    if found is None:
        return None
    start, end = Decimal(found.group("start")), Decimal(found.group("end"))
    difference = end - start
    if (difference < 0) != (found.group("verb") in _LEVEL_FALLS) or difference == 0:
        return None  # 由45%提高到40%: the words and the figures disagree
    word = "提高" if difference > 0 else "下降"
    shown = f"{found.group()}（{word}{format(abs(difference), 'f')}个百分点）"
    return Quantity(difference, "个百分点", text=value.text), shown


def _states_a_change(target: Descriptive, name: str, year: int | None) -> bool:
    """Whether a descriptive target states a change with its figure (``较上年增长5%``).

    Such a target is measured against last year's figure: no ``target-not-measurable``.

    >>> _states_a_change(Descriptive("比2023年下降5%"), "单位能耗", 2024)
    True
    >>> _states_a_change(Descriptive("≥上年水平"), "接诊量", 2024)
    False
    """
    found = _change_match(target.text or target.description, name, target=True, year=year)
    return found is not None and Decimal(found.group("number")) != 0


def _states_a_direction(target: Descriptive, name: str) -> bool:
    """Whether a descriptive target asks for a change against last year in a direction.

    ``较上年下降``, ``同比下降``, ``较上年提高`` (also after the row's own subject) ask for
    the sign of the change against last year's figure, which a change or two levels
    in the actual state: no ``target-not-measurable`` (parse23 H1).

    >>> [
    ...     _states_a_direction(Descriptive(text), "出生缺陷发生率")
    ...     for text in ("较上年下降", "出生缺陷发生率同比下降", "≥上年水平")
    ... ]
    [True, True, False]
    """
    text = _normal(target.text or target.description)
    return (
        _BASELINE_DIRECTION_RE.fullmatch(_own_subject_dropped(text, name, _BASELINE_DIRECTION_RE))
        is not None
    )


# A grade where the first is the best: a prize (二等奖以上) or a water class (Ⅲ类及以上,
# 水质达到二类标准). 级 is left out: 三级 is the top of hospitals, 一级 of roads.
_ROMAN: Final = "\u2160\u2161\u2162\u2163\u2164\u2165"  # the Roman numerals 1 to 6 of water classes
_GRADE_NUMERALS: Final = f"一二三四五六七八九十{_ROMAN}123456789"
_GRADE_RE: Final = re.compile(
    f"(?P<head>.*?)(?P<number>[{_GRADE_NUMERALS}])(?P<kind>等奖|类)(?:及以上|以上|或以上)?"
    "(?P<tail>.*)"
)
_GRADE_RANKS: Final = {
    **{numeral: rank for rank, numeral in enumerate("一二三四五六七八九十", start=1)},
    **{numeral: rank for rank, numeral in enumerate(_ROMAN, start=1)},
    **{str(rank): rank for rank in range(1, 10)},
}
# Roman numerals typed as Latin letters (III类, IV类, 劣V类, II-III类): the classes 1 to 5, only
# as a whole run of capitals right before 类 (or before a range's second numeral and 类).
_LATIN_NUMERAL: Final = "III|II|IV|I|V"
_LATIN_CLASS_RE: Final = re.compile(
    f"(?<![A-Za-z])({_LATIN_NUMERAL})(?=(?:[-~至到、](?:{_LATIN_NUMERAL}))?类)"
)
_LATIN_ROMAN: Final = MappingProxyType(
    {"I": "\u2160", "II": "\u2161", "III": "\u2162", "IV": "\u2163", "V": "\u2164"}
)


def _roman_classes(text: str) -> str:
    """*text* with Roman numerals typed as Latin letters before 类 as the Roman characters.

    >>> _roman_classes("达到III类"), _roman_classes("劣V类"), _roman_classes("VI类")
    ('达到Ⅲ类', '劣Ⅴ类', 'VI类')
    """
    if "类" not in text or ("I" not in text and "V" not in text):
        return text
    return _LATIN_CLASS_RE.sub(lambda found: _LATIN_ROMAN[found.group(1)], text)


def _grade_of_text(text: str, *, water: bool) -> tuple[int, str] | None:
    """A prize or water class in *text*: its rank (1 the best) and kind."""
    found = _GRADE_RE.fullmatch(_roman_classes(_normal(text)))
    if found is None:
        return None
    kind = found.group("kind")
    if kind == "类" and not water:
        return None  # 分3类, 完成3类培训: kinds of something, no class
    return _GRADE_RANKS[found.group("number")], kind


# Each grade an actual says: 劣五类 (worse than class 5), a range (Ⅱ-Ⅲ类: its worse end), a class
# or a prize. A digit only alone (12类 is no class 2).
_GRADE_SAID_RE: Final = re.compile(
    f"(?P<worst>劣)?(?:(?P<first>[{_GRADE_NUMERALS}])[-~至到、])?"
    f"(?<![0-9])(?P<number>[{_GRADE_NUMERALS}])(?P<kind>等奖|类)"
)
# No prize at all (未获奖, 没有获得奖项): a prize target missed.
_NO_PRIZE_RE: Final = re.compile(
    "(?:尚|仍)?(?:未|没有|没)(?:能)?(?:获得|获|评上)(?:任何)?奖(?:项|励)?"
)
# Words that say at least the grade after them (不低于Ⅲ类): read as 达到.
_AT_LEAST_GRADE_RE: Final = re.compile("不低于|不劣于|不差于|不次于|不逊于")
# A forecast, a plan or an aim (预计达到Ⅲ类, 力争达到Ⅲ类, 预计获一等奖): no result.
_GRADE_FORECAST_RE: Final = re.compile("预计|预期|预估|拟|有望|可望|力争|争取")
# A reach denied (未达到Ⅲ类, 达不到Ⅲ类, 尚未达到, 未能稳定达到, 未获二等奖): the grade after
# it is not reached. 稳定 (or 全部, 全年…) after the negation denies only that it always was.
_GRADE_DENIED_RE: Final = re.compile(
    "(?:尚|仍|还)?(?:未|没有|没|不|无法|难以)(?:能够|能|曾|会)?"
    "(?P<steady>稳定|持续|全部|全面|完全|全年|均)?"
    "(?:达到|达|获得|获|评为|评上|满足|符合|进入|实现|为|是)"
    "|达不到|达不了|(?:未|不|没有)(?:达标|合格)|不合格"
)
# Worse than the grade after it (劣于Ⅲ类, 低于二等奖) or before it (Ⅲ类以下).
_GRADE_WORSE_BEFORE_RE: Final = re.compile("劣于|低于|差于|次于|逊于|不如|不及")
_GRADE_WORSE_AFTER: Final = ("以下", "之下")
# A part of the time or of the sites (部分月份, 个别月份, 除汛期外, 基本, 接近, 11个月).
_GRADE_PART_RE: Final = re.compile(
    "部分|个别|少数|多数|大部|局部|基本|接近|仅|偶有|偶尔|除.*外"
    "|(?<![0-9])(?:[1-9]|1[01])个月|(?:[一二三四五六七八九]|十[一]?)个月"
    # a share of the sites or samples short of all (80%达到Ⅲ类; 100% is all)
    r"|(?<![0-9.])(?:[0-9]{1,2})(?:\.[0-9]+)?%"
)
# What else a cell that states a grade may hold (达到, 获得, 全年均值, 标准, （达标）) and the
# words of its parts (个别月份, 1个月为): anything more leaves the rule, unless it is a word
# of the target or the indicator's name (获省级一等奖 against 省级二等奖以上).
_GRADE_NEUTRAL_WORDS: Final = (
    *("达到或优于", "达到或好于", "优于或达到", "好于或达到", "及以上", "或以上", "以上"),
    *("达到", "保持在", "保持", "稳定在", "稳定", "均值", "均为", "均", "全部", "已经", "已"),
    *("为", "达", "获得", "荣获", "获", "取得", "被评为", "评定为", "评为", "属于", "属"),
    *("优于", "好于", "是", "达标", "标准", "水平", "水质", "地表水", "海水", "地下水"),
    *("断面", "水体", "全年", "年度", "年均值", "年均", "平均", "总体", "整体", "监测"),
    *("类别", "等级", "等次", "级别", "水", "部分", "个别", "少数", "多数", "大部分", "大部"),
    *("局部", "基本", "接近", "仅", "偶有", "偶尔", "除", "外", "其余", "其他", "其中"),
    *("月份", "个月", "月", "汛期", "枯水期", "丰水期", "时段", "季度"),
    # 持续保持Ⅲ类, 3个断面均达到Ⅲ类, 获一等奖1项、二等奖2项, 100%达到Ⅲ类
    *("持续", "始终", "一直", "个", "项", "次", "处", "条", "%"),
)
_GRADE_NEUTRAL_RE: Final = re.compile(
    "|".join(sorted(_GRADE_NEUTRAL_WORDS, key=len, reverse=True))
    + r"|[0-9一二三四五六七八九十]+|[,;、()。.:\s~～\-至到]"
)
# The level of a prize (获省级二等奖): a word of its own where the target names no level
# (获二等奖以上), else the target's to compare (市级一等奖 is no 省级二等奖以上).
_PRIZE_LEVELS: Final = (
    *("国家级", "省部级", "省级", "地市级", "市级", "州级", "县级", "区级", "校级"),
    *("全国", "全省", "全市", "全县"),
)


class _GradeSaid(NamedTuple):
    """What an actual says of a prize or water class, for :func:`_graded`."""

    ranks: tuple[int, ...]  # each grade said (a range by its worse end)
    denied: int | None  # the grade said not reached or worse than (0: a bare 未达标)
    part: bool  # a part of the time or of the sites, or 未能稳定
    forecast: bool  # 预计, 力争: no result
    plain: bool  # nothing but grades, neutral and part words, or the target's own words
    # not plain only by a note in brackets at its end (Ⅳ类（主要超标因子总磷）: parse56 F14)
    noted: bool = False


def _grade_said(text: str, kind: str, own: str) -> _GradeSaid | None:
    """What *text* says of grades of *kind* (等奖 or 类), or None when it states none.

    ``未获奖`` (no prize at all) says a prize target is missed.
    *own* is the target and the indicator's name, whose words a cell may repeat.

    >>> _grade_said("未达到Ⅲ类", "类", "断面水质达到Ⅲ类")
    _GradeSaid(ranks=(3,), denied=3, part=False, forecast=False, plain=False, noted=False)
    >>> _grade_said("Ⅲ类，个别月份IV类", "类", "")
    _GradeSaid(ranks=(3, 4), denied=None, part=True, forecast=False, plain=True, noted=False)
    """
    text = _AT_LEAST_GRADE_RE.sub("达到", _roman_classes(_normal(text)))
    grades = [found for found in _GRADE_SAID_RE.finditer(text) if found.group("kind") == kind]
    if not grades:
        if kind == "等奖" and _NO_PRIZE_RE.fullmatch(text) is not None:
            return _GradeSaid((), 0, part=False, forecast=False, plain=False)  # 未获奖
        return None
    ranks = []
    for found in grades:
        rank = _GRADE_RANKS[found.group("number")]
        if found.group("first"):
            rank = max(rank, _GRADE_RANKS[found.group("first")])  # Ⅱ-Ⅲ类: at worst Ⅲ
        if found.group("worst") and kind == "类":
            rank += 1  # 劣五类: worse than class 5
        ranks.append(rank)
    denied: int | None = None
    part = _GRADE_PART_RE.search(text) is not None
    if (negation := _GRADE_DENIED_RE.search(text)) is not None:
        after = [
            rank
            for found, rank in zip(grades, ranks, strict=True)
            if found.start() >= negation.end()
        ]
        denied = after[0] if after else 0
        part = part or negation.group("steady") is not None
    elif (worse := _GRADE_WORSE_BEFORE_RE.search(text)) is not None:
        after = [
            rank for found, rank in zip(grades, ranks, strict=True) if found.start() >= worse.end()
        ]
        denied = after[0] if after else None
    else:
        for found, rank in zip(grades, ranks, strict=True):
            rest = text[found.end() :].lstrip("标准水质体")
            if rest.startswith(_GRADE_WORSE_AFTER):
                denied = rank
                break
    # a forecast word is judged apart (the forecast rule; the 全年预计 column's own word)
    leftover = _GRADE_NEUTRAL_RE.sub(
        "|", _GRADE_FORECAST_RE.sub("|", _GRADE_SAID_RE.sub("|", text))
    )
    levels = () if any(level in own for level in _PRIZE_LEVELS) else _PRIZE_LEVELS

    def plain_of(left: str) -> bool:
        return all(
            piece in own or (kind == "等奖" and piece in levels)
            for piece in left.split("|")
            if piece
        )

    plain = plain_of(leftover)
    noted = False
    if not plain and text.endswith(")") and (note := _TRAILING_NOTE_RE.search(text)) is not None:
        # Ⅳ类（主要超标因子总磷）: the grades and words before the note are plain
        head = text[: note.start()]
        noted = plain_of(
            _GRADE_NEUTRAL_RE.sub("|", _GRADE_FORECAST_RE.sub("|", _GRADE_SAID_RE.sub("|", head)))
        )
    forecast = _GRADE_FORECAST_RE.search(text) is not None
    return _GradeSaid(tuple(ranks), denied, part, forecast, plain, noted)


# A note in brackets that ends a cell (（主要超标因子总磷）), no bracket inside it.
_TRAILING_NOTE_RE: Final = re.compile(r"\([^()]*\)$")


# An elimination target (消除劣Ⅴ类水体, 全部消除劣五类水体): the class named is what must be
# gone, a zero target, no grade to reach (parse37 H2).
_ELIMINATED_CLASS_RE: Final = re.compile(
    f"(?:全面|全部|基本)?(?:消除|消灭|清除)(?P<grade>劣?[{_GRADE_NUMERALS}]类)(?:水体|水质|断面)?"
)


def _class_remains(grade: str, text: str) -> bool:
    """Whether *text* says water of the class *grade* remains (regress93 G2).

    ``未消除劣Ⅴ类水体``, ``劣Ⅴ类水体2处未消除``, ``仍有2处劣Ⅴ类``, ``剩余1处劣Ⅴ类``;
    not a count of none left (``剩余0处劣Ⅴ类``), a denial (``已不存在劣Ⅴ类水体``), a part (``基本消除``, ``未全部消除``) or
    a forecast alone (``预计消除劣Ⅴ类水体``).

    >>> _class_remains("劣Ⅴ类", "仍有2处劣Ⅴ类"), _class_remains("劣Ⅴ类", "劣Ⅴ类水体未消除")
    (True, True)
    >>> _class_remains("劣Ⅴ类", "剩余0处劣Ⅴ类"), _class_remains("劣Ⅴ类", "基本消除劣Ⅴ类水体")
    (False, False)
    >>> _class_remains("劣Ⅴ类", "已不存在劣Ⅴ类水体")
    False
    >>> _class_remains("劣Ⅴ类", "劣Ⅴ类水体由5处减少至2处")
    True
    >>> _class_remains("劣Ⅴ类", "劣Ⅴ类水体由5处减少至0处")
    False
    """  # noqa: RUF002 - the class as tables print it
    grade_re = re.escape(grade)
    denied = "(?:未|尚未|仍未|没有|未能)消除"
    after = f"{grade_re}(?:水体|水质|断面)?(?:[1-9]\\d*(?:处|个|条|段))?{denied}"
    if re.search(f"{denied}{grade_re}|{after}", text) is not None:
        return True
    left = re.search(
        f"(?<![不未无没])(?:仍有|仍存在|尚有|尚存|还有|剩余|剩下|尚余|存在)(?P<count>\\d+)?"
        f"(?:处|个|条|段|个断面|条河流)?{grade_re}",
        text,
    )
    if left is not None and (left["count"] is None or int(left["count"]) > 0):
        return True
    # 劣Ⅴ类水体由5处减少至2处: two remain (r97fix); 减少至0处 is none left  # noqa: RUF003
    cut = _class_cut(grade, text)
    return cut is not None and cut[1] > 0


def _class_cut(grade: str, text: str) -> tuple[int | None, int] | None:
    """The counts of water of the class *grade* a cut says, before (if said) and after.

    >>> _class_cut("劣Ⅴ类", "劣Ⅴ类水体由5处减少至1处"), _class_cut("劣Ⅴ类", "劣Ⅴ类水体减少至0处")
    ((5, 1), (None, 0))
    >>> _class_cut("劣Ⅴ类", "黑臭水体由5处减少至2处") is None
    True
    """  # noqa: RUF002 - the class as tables print it
    cut = re.search(
        f"{re.escape(grade)}(?:水体|水质|断面)?(?:数量|数)?(?:由(?P<before>\\d+)(?:处|个|条|段)?)?"
        f"(?:减少|下降|降低|减|降|压减)(?:至|到)(?P<count>\\d+)(?:处|个|条|段)",
        text,
    )
    if cut is None:
        return None
    before = cut["before"]
    return (None if before is None else int(before)), int(cut["count"])


def _eliminated(grade: str, actual: Value, ctx: _Context, *, basic: bool) -> _Outcome | None:
    """An actual against an elimination target of the water class *grade* (``消除劣Ⅴ类水体``).

    Met when the actual says that very class was eliminated (``劣Ⅴ类水体全部消除``,
    ``已消除劣Ⅴ类水体``) with no negation (``尚未消除``, ``未全部消除``, ``基本消除``);
    not met when it says water of the class remains (``未消除劣Ⅴ类水体``, ``仍有2处劣Ⅴ类``,
    ``剩余1处劣Ⅴ类水体``: regress93 G2); None otherwise: the class is the object of the
    target, never a grade to rank. A count said as a cut (``劣Ⅴ类水体由5处减少至2处``, read
    as the Quantity 2处) is water remaining too (r97fix); a cut to none (``减少至0处``) is
    met, and a cut that leaves some against a target of *basic* elimination
    (``基本消除劣Ⅴ类水体``, ``由5处减少至1处``) is partial, not a miss (r100fix).
    """  # noqa: RUF002 - the class as tables print it
    if not isinstance(actual, (TextValue, StatusValue, QualitativeValue, Quantity)):
        return None
    shown = actual.text or _text(actual)
    text = _roman_classes(_normal(shown))
    cut = _class_cut(grade, text)
    if (
        cut is not None
        and text.count(grade) == 1
        and re.search("未|没|不|尚|仍|剩|预计|力争|争取|计划|拟", text) is None
    ):
        before, after = cut
        if after == 0:
            return _Outcome(
                _Attainment.MET,
                ctx.say(
                    f"实际“{shown}”，已消除{grade}水体，达到年度指标",
                    f"actual “{shown}”: the class {grade} was eliminated, as the target asks",
                ),
            )
        if basic and before is not None and before > after:
            return _Outcome(
                _Attainment.PENDING if ctx.at_due is False else _Attainment.PARTIAL,
                ctx.say(
                    f"实际“{shown}”，仍有{after}处{grade}水体，年度指标“基本消除”部分达到",
                    f"actual “{shown}”: class {grade} water cut from {before} to {after}, "
                    "the target of basic elimination partly met",
                ),
            )
    if _class_remains(grade, text):
        return _pending_or_not_met(
            ctx,
            ctx.say(
                f"实际“{shown}”，仍有{grade}水体，距年底尚有时间",
                f"actual “{shown}”: water of class {grade} remains; there is still time",
            ),
            ctx.say(
                f"实际“{shown}”，仍有{grade}水体，未达年度指标",
                f"actual “{shown}”: water of class {grade} remains, the target is not met",
            ),
        )
    if (
        text.count(grade) != 1
        or (not grade.startswith("劣") and f"劣{grade}" in text)
        or re.search("消除|消灭|清除", text) is None
        or re.search("未|没|不|尚|仍|基本|部分|大部|剩|余|预计|力争|争取|计划|拟", text) is not None
        or any(char.isdigit() for char in text.replace(grade, ""))
    ):
        return None
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{shown}”，已消除{grade}水体，达到年度指标",
            f"actual “{shown}”: the class {grade} was eliminated, as the target asks",
        ),
    )


def _graded(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A prize or water class against its target: ``三等奖`` misses ``二等奖以上``.

    The first is the best: ``一等奖`` meets ``二等奖以上`` and ``二等奖`` (better than
    asked), ``Ⅱ类`` meets ``Ⅲ类及以上`` (a class only where water is named, in the
    target or the indicator's name; ``III类`` typed in Latin letters is ``Ⅲ类``).
    Ranked only when the grade is what the actual says: a forecast (``预计达到Ⅲ类``)
    is no result; a reach denied or a worse grade said (``未达到Ⅲ类``, ``劣于Ⅲ类``,
    ``Ⅲ类以下``) misses a target at that grade or better; a part (``部分月份未达到Ⅲ类``,
    ``基本达到Ⅲ类``, ``Ⅲ类，个别月份Ⅳ类``) is partial. None when either is no such grade,
    they are of two kinds, or the actual says more than a grade (``获得一等奖提名``).
    """
    if "奖" not in target.description and "类" not in target.description:
        return None
    if (
        eliminated := _ELIMINATED_CLASS_RE.fullmatch(_roman_classes(_normal(target.description)))
    ) is not None:
        done = _eliminated(
            eliminated.group("grade"),
            actual,
            ctx,
            basic=target.description.lstrip().startswith("基本"),
        )
        if done is not None or re.search("消除|消灭|清除", _text(actual)) is not None:
            return done  # an elimination said (or part of one): never a grade ranked
        # 劣Ⅴ类 against 消除劣Ⅴ类水体: the class still there, ranked below as before
    water = "水" in ctx.indicator.name + target.description
    bar = _grade_of_text(target.description, water=water)
    if bar is None:
        return None
    said: _GradeSaid | None
    if isinstance(actual, Quantity) and actual.unit == "类" and actual.status is None:
        # 2类: a count to the value language, the class where water is named
        value = actual.value
        whole = bar[1] == "类" and value == value.to_integral_value()
        said = (
            _GradeSaid((int(value),), None, part=False, forecast=False, plain=True)
            if whole
            else None
        )
    elif isinstance(actual, (TextValue, StatusValue, QualitativeValue)) or (
        # 获三等奖2项: a count of prizes of a grade, the grade judged
        isinstance(actual, Quantity) and actual.label and bar[1] in actual.label
    ):
        # 未达到三类 is a status, Ⅲ类（达标） a word of conformity: the cell as written
        text = actual.text or _text(actual)
        said = _grade_said(text, bar[1], f"{target.description}|{ctx.indicator.name}")
    else:
        return None
    if said is None:
        return None
    return _grade_outcome(said, bar[0], target, _text(actual), ctx)


def _grade_outcome(
    said: _GradeSaid, bar: int, target: Descriptive, shown: str, ctx: _Context
) -> _Outcome | None:
    """The verdict on what an actual says of grades (:func:`_grade_said`) against *bar*."""
    say = ctx.say
    below = (
        say(
            f"实际“{shown}”低于“{target.description}”，距年底尚有时间",
            f"actual “{shown}” is below “{target}”; there is still time",
        ),
        say(f"实际“{shown}”低于“{target.description}”", f"actual “{shown}” is below “{target}”"),
    )
    if said.forecast and not ctx.forecasting:
        # 预计达到Ⅲ类, 力争达到Ⅲ类: the forecast rule (a label of 预计 before a figure)
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{shown}”为预计数，不是实际完成值，截止日期未到",
                    f"actual “{shown}” is a forecast, no result; not due",
                ),
            )
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为预计数，不是实际完成值，无法判断是否达到年度指标",
                f"actual “{shown}” is a forecast, no result: the target cannot be judged",
            ),
        )
    if said.denied is not None:
        if said.denied and said.denied < bar:
            return None  # 未达到Ⅰ类 against Ⅲ类: it may still be Ⅱ or Ⅲ
        if said.part:
            return _partly(ctx, shown, target)  # 部分月份未达到Ⅲ类, 未能稳定达到Ⅲ类
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”，未达到“{target.description}”，距年底尚有时间",
                f"actual “{shown}” misses “{target}”; there is still time",
            ),
            say(
                f"实际“{shown}”，未达到“{target.description}”",
                f"actual “{shown}” misses “{target}”",
            ),
        )
    if not said.plain and not (said.noted and said.ranks and min(said.ranks) > bar):
        # 获得一等奖提名, 二等奖（申报中）: more than a grade, the reviewer's; a note after
        # grades all below the target (Ⅳ类（主要超标因子总磷）) explains the miss only
        return None
    if min(said.ranks) > bar:
        return _pending_or_not_met(ctx, *below)  # every grade said is below the target
    if max(said.ranks) > bar or (said.part and len(set(said.ranks)) == 1):
        return _partly(ctx, shown, target)  # Ⅱ类（1月份为Ⅳ类）, 基本达到Ⅲ类
    return _meets(ctx, shown, target)


# A year named as a baseline: after a comparison word or an operator (比2022年, 低于2022年).
_BASE_YEAR_RE: Final = re.compile(r"(?<=[比较与于过≥≤<>])((?:19|20)\d{2})年")


def _shared_base(target: Descriptive, actual: Value, year: int | None) -> int | None:
    """The year a relative target and its actual both name as their baseline, if any.

    ``不低于2022年`` against ``低于2022年`` compares with the same year on both sides,
    whatever the table's year (the year before it is read as 上年 already).

    >>> _shared_base(Descriptive("不低于2022年"), TextValue("低于2022年"), 2024)
    2022
    >>> _shared_base(Descriptive("不低于2022年"), TextValue("低于2021年"), 2024) is None
    True
    """
    named = set(_BASE_YEAR_RE.findall(_normal(target.text or target.description)))
    if len(named) != 1:
        return None
    base = int(named.pop())
    if year is not None and base == year - 1:
        return None  # last year: read as 上年 already
    said = _normal(actual.text or (actual.description if isinstance(actual, TextValue) else ""))
    return base if str(base) in _BASE_YEAR_RE.findall(said) else None


_AT_LEAST_SIGNS: Final = frozenset("≥>")
_CHANGE_STARTS: Final = frozenset("较比逐同")


def _relative_target(
    target: Descriptive, actual: Value, name: str, year: int | None
) -> Target | None:
    """A target against last year that a change stated in the actual can be judged by.

    ``较上年增长4.8%`` is a rise of 4.8 % (against ``较上年增长6%``), ``不低于上年`` and
    ``≥上年水平`` a change of at least 0 % (against ``较上年减少3.5%`` or ``低于上年``),
    ``同比下降`` the word 下降. A target with a figure (or none) is used only when the
    actual reads as a change; otherwise it stays prose.
    """
    raw, written = target.description, target.text or target.description
    unsaid = _own_subject_dropped(_normal(raw), name, _NOT_FALLING_RE)
    if _NOT_FALLING_RE.fullmatch(unsaid) and not isinstance(
        actual, (StatusValue, QualitativeValue)
    ):
        # 不减少, 耕地保有量不减少: 上年 implied, as 较上年不减少 (parse32 H3); against
        # 未减少 the 不X/未X echo answers, as before
        raw = written = f"较上年{unsaid}"
    unrisen = _own_subject_dropped(_normal(raw), name, _NOT_RISING_RE)
    if _NOT_RISING_RE.fullmatch(unrisen) and not isinstance(
        actual, (StatusValue, QualitativeValue)
    ):
        # 不增加, 只减不增: 上年 implied, as 较上年不增加 (parse35 H4)
        raw = written = f"较上年{unrisen}"
    if raw[:1] in _AT_LEAST_SIGNS and raw[1:2] in _CHANGE_STARTS:
        # ≥较上年增长, ≥逐年提高: at least the change the words say, which is that change
        raw, written = raw[1:], _normal(written)[1:]
    # 逐年提高, 逐年下降: this year against last, as every year: 高于上年 (低于上年)
    yearly = voc.CHANGE_WORDS.get(raw[2:]) if raw.startswith("逐年") else None
    if (
        yearly is None
        and "比" not in raw
        and "较" not in raw
        and "上年" not in raw
        and "去年" not in raw
        and (year is None or f"{year - 1}年" not in raw)
    ):
        return None  # most prose: no baseline (同比, 比上年, 较上年), nothing to normalise
    text = _last_year_named(_normal(written), year)
    found = _change_match(text, name, target=True)
    # 森林覆盖率不低于上年 on 森林覆盖率: the bare form after the indicator's own subject
    bare = text if found is not None else _own_subject_dropped(text, name, _UNSTATED_TARGET_RE)
    relative: Comparison | Range | None = None
    ranged = _STATED_RANGE_RE.fullmatch(text) if found is None and text[-1:] in "%点" else None
    if ranged is not None:
        # 同比增长5%至8%: the change 增长5-8% (as the parser reads 增长5%-8%)
        low, high = Decimal(ranged.group("low")), Decimal(ranged.group("high"))
        if ranged.group("low_unit") not in (None, ranged.group("unit")) or high < low:
            return None
        relative = Range(
            low, high, ranged.group("unit"), label=ranged.group("verb"), text=target.text
        )
    elif found is not None and Decimal(found.group("number")) != 0:
        # 同比增长5%左右 is the change 增长5% (as 增长5%左右 is); 同比+5% a rise
        number, verb = Decimal(found.group("number")), found.group("verb") or "增长"
        op = _STATED_OPS.get(found.group("op") or found.group("suffix") or "", _Op.EQ)
        if number < 0 and op is _Op.EQ:
            # 同比增长-2%: the fall 下降2% (as the parser reads 增长-2%)
            number, verb = -number, "下降" if verb in _RISING_VERBS else "增长"
        relative = Comparison(op, number, found.group("unit"), label=verb, text=target.text)
        if (
            isinstance(actual, Quantity)
            and actual.label is None
            and actual.status is None
            and _points_between_levels(actual) is None  # 由1.12%下降至0.86% (parse41 H2)
        ):
            return relative  # 6% against 同比增长5%: the change in its direction, as 下降10%
    elif yearly is not None:
        op = _Op.GT if yearly > 0 else _Op.LT
        # 由1.12%下降至0.86%: two levels of a rate change in points, not in % (parse23 H1)
        unit = "个百分点" if _points_between_levels(actual) is not None else "%"
        relative = Comparison(op, Decimal(0), unit, label="增长", text=target.text)
    elif _NOT_BELOW_BASELINE_RE.fullmatch(text := bare):
        # 森林覆盖率不低于上年, 单位成本不高于上年 on a 单位成本 row: the bare form after
        # the row's own subject
        relative = Comparison(_Op.GE, Decimal(0), "%", label="增长", text=target.text)
    elif _NOT_ABOVE_BASELINE_RE.fullmatch(text):
        relative = Comparison(_Op.LE, Decimal(0), "%", label="增长", text=target.text)
    elif _ABOVE_BASELINE_RE.fullmatch(text):
        # 优于上年 on a cost or a harm (能耗成本, 投诉率): better is lower, a fall
        better_lower = text.startswith(("优于", "好于")) and better_lower_by_name(name)
        op = _Op.LT if better_lower else _Op.GT
        relative = Comparison(op, Decimal(0), "%", label="增长", text=target.text)
    elif _BELOW_BASELINE_RE.fullmatch(text):
        relative = Comparison(_Op.LT, Decimal(0), "%", label="增长", text=target.text)
    else:
        direction = _BASELINE_DIRECTION_RE.fullmatch(text)
        if direction is not None:
            verb = direction.group("verb")
            family = "improvement" if verb in _RISING_VERBS else "decrease"
            return QualitativeTarget(verb, family, text=target.text)
        return None
    change = _as_change(actual, relative, name, year)
    if change is None:
        if yearly is not None and isinstance(actual, QualitativeValue):
            # 逐年提高 against 有所提高, 明显提升: this year's rise said in words, judged as
            # the word 提高 is (r35e: it was prose, unknown), as 同比提高 is
            family = "improvement" if yearly > 0 else "decrease"
            return QualitativeTarget(raw[2:], family, text=target.text)
        return None
    if (
        isinstance(relative, Comparison)
        and relative.value == 0
        and _factors(relative.unit, change.quantity.unit) is None
    ):
        # 不低于上年 against 较上年提高0.3个百分点: a bar of 0 is met or missed by the
        # sign of the change, whatever its unit (个百分点, ‰)
        return evolve(relative, unit=change.quantity.unit)
    return relative


def _as_judged(indicator: Indicator, policy: Policy, year: int | None) -> Indicator:
    """*indicator* with its target as its verdict judges it (see :func:`_judged_target`)."""
    target = _judged_target(indicator, policy, year)
    return indicator if target is indicator.target else evolve(indicator, target=target)


def _judged_target(indicator: Indicator, policy: Policy, year: int | None) -> Target | None:
    """The indicator's target as its verdict judges it, for the points and the direction.

    A relative target judged as a change (``比上年下降5%`` against ``比上年下降4%``,
    ``不低于上年`` against ``较上年增长2%``) is the comparison it is judged as
    (``下降5%``, ``增长≥0%``; see :func:`_relative_target`); any other target, and a
    relative target judged as a word (``同比下降``), is itself.

    >>> from perftrack.policy import Policy
    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator(
    ...     "单位能耗", target=parse_target("比2023年下降5%"), actual=parse_value("下降4%")
    ... )
    >>> str(_judged_target(row, Policy.central(), 2024))
    '下降=5(%)'
    """
    target, actual = indicator.target, indicator.actual
    if not isinstance(target, Descriptive) or actual is None:
        return target
    if not isinstance(_policy_target(target, policy), Descriptive):
        return target  # a word of a family the policy added (无误): judged as that word
    relative = _relative_target(target, _policy_value(actual, policy), indicator.name, year)
    return relative if isinstance(relative, (Comparison, Range)) else target


# A change said in words only: [baseline] [degree] direction word (略有下降, 同比上升,
# 逐步升高), or no change (持平, 基本持平, 与上年持平, 无明显变化).
_DEGREES: Final = "|".join(
    sorted(
        {*voc.DEGREE_WORDS, *_SLIGHT_DEGREES, *voc.CHANGE_DEGREE_RANKS, "逐年", "快速"},
        key=len,
        reverse=True,
    )
)
# What a change may be said to have got before its degree (有较大提升, 得到明显改善, 有了较明显
# 的提升), and its degree after it (提升明显, 提升较大, 提升幅度较明显).
_CHANGE_LEADS: Final = "(?:有|得到|取得|实现|获得)了?"
_DEGREES_AFTER: Final = "|".join(
    sorted(
        (
            degree
            for degree in voc.CHANGE_DEGREE_RANKS
            if degree in _STRONG_DEGREES and "幅" not in degree and degree not in ("大大", "极大")
        ),
        key=len,
        reverse=True,
    )
)
_WORDS_OF_CHANGE: Final = "|".join(voc.CHANGE_WORDS)
# Idioms of a change: 不降反升 (not down but up), 止跌回升, 稳中有升; 回落 is a fall.
_RISING_IDIOMS: Final = frozenset({"不降反升", "止跌回升", "稳中有升", "不减反增"})
_FALLING_IDIOMS: Final = frozenset({"不升反降", "稳中有降", "不增反减", "回落", "下滑"})
_WORDED_CHANGE_RE: Final = re.compile(
    rf"(?P<subject>{_LATIN_LABEL}?[\u3400-\u9fff]{{0,12}}?)"
    f"(?:{_CHANGE_BASE_RE.pattern})?"
    f"(?:(?:{_CHANGE_LEADS})?(?P<degree>{_DEGREES})?的?(?P<verb>{_WORDS_OF_CHANGE}|回落|下滑)了?"
    f"(?:幅度)?(?P<after>{_DEGREES_AFTER})?"
    f"|(?P<idiom>{'|'.join(_RISING_IDIOMS | _FALLING_IDIOMS - {'回落', '下滑'})})"
    f"|(?P<flat>(?:与{_BASELINE})?(?:基本)?(?:持平|稳定)|保持(?:基本)?(?:稳定|平稳)|变化不大"
    f"|(?:基本)?(?:无|没有)(?:明显)?变化|(?:没有|没)(?P<negated>{_WORDS_OF_CHANGE})))"
)


def _worded_change(
    actual: Value, name: str, year: int | None, want: int | None = None
) -> tuple[int, str | None] | None:
    """A text value that says its change in words: ``略有下降`` is ``(-1, "略有")``.

    The sign of the direction word (``vocabulary.CHANGE_WORDS``: 上升 and 升高 are
    rises, 缩短 and 回落 falls; idioms such as 不降反升 and 稳中有降) and the degree
    word before it; ``(0, None)`` for no change (``持平``, ``保持稳定``, ``无明显变化``,
    ``没有提高`` against a rise, *want* 1: a change the other way not made says
    nothing). A subject before it must be a part of the indicator's *name*
    (``近视率略有上升`` on 学生近视率). None for any other value.

    >>> _worded_change(TextValue("略有下降"), "发病率", 2024)
    (-1, '略有')
    >>> _worded_change(TextValue("基本持平"), "发病率", 2024)
    (0, None)
    """
    if not isinstance(actual, TextValue) or len(actual.description) > 16:  # noqa: PLR2004
        return None
    found = _WORDED_CHANGE_RE.fullmatch(_last_year_named(_normal(actual.description), year))
    if found is None:
        return None
    subject = found.group("subject")
    if (
        subject
        and not _own_subject(subject, name)
        # 亡人数 on 火灾亡人: the count of the name's own measure (parse37 M2)
        and not (len(subject) > 2 and subject.endswith("数") and _own_subject(subject[:-1], name))  # noqa: PLR2004
    ):
        return None
    negated = found.group("negated")
    if negated and (want is None or voc.CHANGE_WORDS[negated] != want):
        return None  # 没有上升 against 下降: it may have fallen, or stayed
    if found.group("flat"):
        return 0, None
    idiom = found.group("idiom")
    if idiom:
        return (1 if idiom in _RISING_IDIOMS else -1), None
    verb = found.group("verb")
    sign = -1 if verb in _FALLING_IDIOMS else voc.CHANGE_WORDS[verb]
    return sign, found.group("degree") or found.group("after")


# A target of no change: 持平, 与上年持平, 同比基本持平, 保持稳定 (a level held).
_FLAT_TARGET_RE: Final = re.compile(
    rf"(?:(?:与|较|比){_BASELINE}(?:相比)?|同比)?(?:基本|保持)?持平|保持(?:基本)?(?:稳定|平稳)"
)


def _is_flat_target(target: Target | None, year: int | None, name: str = "") -> bool:
    """Whether *target* asks for no change (``持平``, ``与上年持平``, ``保持稳定``).

    After the indicator's own subject too, given its *name* (``森林覆盖率保持稳定``).

    >>> (
    ...     _is_flat_target(Descriptive("与2023年持平"), 2024),
    ...     _is_flat_target(Descriptive("稳定"), 2024),
    ... )
    (True, False)
    """
    if not isinstance(target, Descriptive) or (
        "持平" not in target.description and "保持" not in target.description
    ):
        return False
    text = _last_year_named(_normal(target.description), year)
    return _FLAT_TARGET_RE.fullmatch(_own_subject_dropped(text, name, _FLAT_TARGET_RE)) is not None


def _holds_level(actual: Value, name: str, year: int | None) -> bool:
    """Whether *actual* says there was no change: ``持平``, ``基本持平``, ``增长0%``.

    Words of no change (as :func:`_worded_change` reads them, but not ``没有提高``,
    which says no rise, not no change), or a change of exactly 0 in a rate's unit
    (``0%``, ``增长0%``, ``同比增长0%``, ``0个百分点``). A change of any other size
    (``增长0.5%``) is not read as 持平: where 持平 ends is the reviewer's to say.
    """
    if isinstance(actual, TextValue) and _worded_change(actual, name, year) == (0, None):
        return _NO_CHANGE_RE.search(_normal(actual.description)) is None
    signed = _signed_change(actual, name, year)
    quantity = (
        signed[0]
        if signed is not None
        else actual
        if isinstance(actual, Quantity) and actual.label is None  # 0%, not 达标率0%
        else None
    )
    return (
        quantity is not None
        and quantity.value == 0
        and quantity.bound is _Bound.EXACT
        and quantity.status is None
        and quantity.unit in _RATE_UNITS
    )


def _judge_flat(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome:
    """A target of no change (持平): met by an actual of no change, else for a reviewer."""
    say = ctx.say
    shown, goal = _text(actual), _text(target)
    if _holds_level(actual, ctx.indicator.name, ctx.year):
        return _Outcome(
            _Attainment.MET,
            say(f"实际“{shown}”，达到年度指标“{goal}”", f"actual “{shown}” meets “{goal}”"),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"年度指标为“{goal}”，实际“{shown}”是否属持平需人工判断",
            f"the target is “{goal}”: whether “{shown}” holds the level is for a reviewer",
        ),
    )


# An effect said to be only emerging (初步显现, 初见成效, 逐步显现, 效益开始显现).
_EMERGING_RE: Final = re.compile(
    "(?:已|已经)?(?:初见成效|初显成效|(?:效果|成效|效益|作用)?(?:已|已经)?(?:初步|逐步|开始|正在|"
    "逐渐)(?:显现|体现|发挥|显露))"
)


# The compliance words a breach denied answers (合规, 规范), and the breaches (r38k).
_COMPLIANCE_WORDS: Final = frozenset({"合规", "规范"})
_BREACH_RE: Final = re.compile("违规|违纪|违法|违反|不规范|不合规")


def _no_breach_said(target: QualitativeTarget, actual: Value) -> bool:
    """Whether a breach denied (``无违规``, ``未发现违规使用资金``) meets ``合规``/``规范``.

    Compliance is no breach: the zero family's phrase of a breach, whole (not partial nor
    negated: ``部分无违规``, ``未能做到无违规``), against the conformity words of compliance
    (not ``合格`` of a quality: no breach says nothing of it). It was unknown, "无法…对照".

    >>> from perftrack import parse_target, parse_value
    >>> _no_breach_said(parse_target("合规"), parse_value("未发现违规"))
    True
    >>> _no_breach_said(parse_target("合格"), parse_value("未发现违规"))
    False
    >>> _no_breach_said(parse_target("规范"), parse_value("部分无违规"))
    False
    """
    return (
        target.family == "conformity"
        and target.word in _COMPLIANCE_WORDS
        and isinstance(actual, QualitativeValue)
        and actual.family == "zero"
        and not actual.partial
        and not actual.negated
        and _BREACH_RE.search(actual.word) is not None
    )


def _yes_to_question(target: QualitativeTarget, actual: Value, name: str) -> bool:
    """Whether ``是`` answers a row that asks whether its target's word holds (r34k).

    A name with ``是否`` (``是否按时完成``) or of a quality ending in ``性``
    (``资金使用规范性``) asks a yes-or-no question; ``是`` there says the target's word
    (``规范``, ``按时``) holds. ``否`` is judged as the opposite already.

    >>> from perftrack import parse_target, parse_value
    >>> _yes_to_question(parse_target("规范"), parse_value("是"), "资金使用规范性")
    True
    >>> _yes_to_question(parse_target("规范"), parse_value("是"), "资金使用")
    False
    """
    if not (
        isinstance(actual, QualitativeValue)
        and actual.family == "yes"
        and actual.word == "是"
        and actual.negation is None
        and not actual.partial
        and target.family not in ("yes", "decrease")
    ):
        return False
    asked = _NAME_TAIL_RE.sub("", name).strip()
    return "是否" in asked or asked.endswith("性")


def _meets(ctx: _Context, shown: str, target: Target) -> _Outcome:
    """The actual *shown* meets a target of words (a family word, a grade, a change said)."""
    return _Outcome(
        _Attainment.MET,
        ctx.say(f"实际“{shown}”，达到“{target}”", f"actual “{shown}” meets “{target}”"),
    )


def _partly(ctx: _Context, shown: str, target: Target) -> _Outcome:
    """The actual *shown* reaches part of a target of words (基本健全, 有所提升)."""
    return _Outcome(
        _Attainment.PARTIAL,
        ctx.say(f"实际“{shown}”，部分达到“{target}”", f"actual “{shown}”: partly “{target}”"),
    )


def _opposite_outcome(
    ctx: _Context, shown: str, target: QualitativeTarget | Descriptive
) -> _Outcome:
    """An actual that went the other way from the target's direction or word."""
    say = ctx.say
    return _pending_or_not_met(
        ctx,
        say(
            f"实际“{shown}”与年度指标“{target}”相反，距年底尚有时间",
            f"actual “{shown}” is the opposite of “{target}”; there is still time",
        ),
        say(f"实际“{shown}”，未达到“{target}”", f"actual “{shown}” misses “{target}”"),
    )


def _worded_outcome(
    worded: tuple[int, str | None],
    family: str,
    shown: str,
    target: QualitativeTarget,
    ctx: _Context,
) -> _Outcome:
    """A change said in words (略有下降, 上升, 持平) against 提升 or 下降."""
    say = ctx.say
    sign, degree = worded
    if sign == 0:
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”，尚未{target.word}，距年底尚有时间",
                f"actual “{shown}”: no change yet; there is still time",
            ),
            say(f"实际“{shown}”，未达到“{target}”", f"actual “{shown}” misses “{target}”"),
        )
    if (sign > 0) != (family == "improvement"):
        return _opposite_outcome(ctx, shown, target)
    if _falls_short(target.degree, degree):
        return _partly(ctx, shown, target)
    return _meets(ctx, shown, target)


# A qualitative word then a word that only adds to it (已建立并运行, 已建立并有效运行, 规范完整,
# 健全完善): the first word is the result, the second says it works; a negation or a
# weaker word in either (未运行, 基本完整) is no add-on.
_WORD_ADDON_RE: Final = re.compile(
    "(?P<head>[\u3400-\u9fff]{1,6}?)(?:并且|并|且|、|,)?"
    "(?P<addon>(?:有效|正常|稳定|良好|规范|顺利)?(?:运行|运转|执行|实施|落实|完整|有序|到位|完善|齐全))"
)


def _word_with_addon(actual: Value) -> QualitativeValue | None:
    """The qualitative word a text opens with, when what follows only adds to it, else None.

    Example:
        >>> from perftrack import parse_value
        >>> [
        ...     getattr(_word_with_addon(parse_value(text)), "word", None)
        ...     for text in ("已建立并运行", "规范完整", "未建立并运行", "基本规范完整", "已建立")
        ... ]
        ['建立', '规范', None, None, None]
    """
    if not isinstance(actual, TextValue):
        return None
    found = _WORD_ADDON_RE.fullmatch(_normal(actual.description).rstrip("。"))
    if found is None:
        return None
    head = parse_value(found.group("head"))
    if not isinstance(head, QualitativeValue) or head.negated or head.partial or head.degree:
        return None
    return evolve(head, text=actual.text or actual.description)


# Work under way on a soundness word (正在完善, 正在健全, 目前正在逐步完善中): the same as
# 持续完善, a degree of work going on (parse16 H3): partial against 完善 or 健全, met
# against a target naming work going on itself (逐步完善, 进一步健全, 持续完善).
_UNDER_WAY_WORD_RE: Final = re.compile(
    r"(?:目前|现)?(?:正在|正)(?P<degree>逐步|持续|不断|进一步)?(?P<word>[\u4e00-\u9fff]{2})中?"
)


def _under_way_word(actual: Value, policy: Policy) -> QualitativeValue | None:
    """A status of work under way on a soundness word, read as ``持续`` + that word.

    Example:
        >>> from perftrack import parse_value
        >>> from perftrack.policy import Policy
        >>> [
        ...     getattr(_under_way_word(parse_value(text), Policy()), "degree", None)
        ...     for text in ("正在完善", "正在逐步健全中", "正在施工", "完善")
        ... ]
        ['持续', '逐步', None, None]
    """
    if (
        isinstance(actual, TextValue)
        and len(text := _normal(actual.description)) == 3  # noqa: PLR2004
        and text.endswith("中")
    ):
        # 建立中, 完善中: the word with 中 after it, as 正在建立 (parse56 F4)
        actual = StatusValue(_Status.IN_PROGRESS, f"正在{text[:2]}", text=actual.description)
    if not isinstance(actual, StatusValue) or actual.status is not _Status.IN_PROGRESS:
        return None
    found = _UNDER_WAY_WORD_RE.fullmatch(actual.word)
    if found is None or policy.family_of(found["word"]) != "soundness":
        return None
    degree = found["degree"] if found["degree"] in voc.GRADUAL_DEGREES else "持续"
    read = parse_value(f"{degree}{found['word']}")
    if not isinstance(read, QualitativeValue) or not read.partial:
        return None
    return evolve(read, text=actual.text or actual.word)


# A step said done, then later work under way (parse56 F1): 已建立，正在完善; 已建成，
# 正在试运行; 已完工，正在办理结算; 已完工，待验收. The first clause is the step the
# target may ask for; the second only counts against a target that names its work.
_DONE_THEN_NEXT_RE: Final = re.compile(
    r"(?:已经|已)(?P<done>[\u4e00-\u9fff]{2,4}?)[,;]?(?:并且|并|且)?(?:目前|现)?"
    r"(?:正在|仍在|还在|尚在|待)(?P<next>[\u4e00-\u9fff]{2,8}?)中?"
)
# What a target may ask after the step it names (建成运行, 建成并投入使用): the later
# work; a step done and the rest under way reaches part of it.
_LATER_USE: Final = frozenset(
    {
        "运行",
        "并运行",
        "投用",
        "并投用",
        "投入使用",
        "并投入使用",
        "投入运行",
        "并投入运行",
        "使用",
        "交付使用",
        "并交付使用",
        "验收",
        "并验收",
        "通过验收",
        "并通过验收",
    }
)


def _done_then_next(actual: Value) -> tuple[str, str] | None:
    """The step said done and the work said under way after it, or None.

    >>> from perftrack import parse_value
    >>> _done_then_next(parse_value("已建立，并正在推广")), _done_then_next(parse_value("正在完善"))
    (('建立', '推广'), None)
    """
    if (
        not isinstance(actual, StatusValue)
        or actual.status not in (_Status.IN_PROGRESS, _Status.PARTIAL)
        or not actual.word.startswith("已")  # (the cheap guard)
    ):
        return None
    found = _DONE_THEN_NEXT_RE.fullmatch(_normal(actual.word).rstrip("。"))
    if found is None:
        return None
    return found["done"], found["next"]


def _step_then_next_word(actual: Value, target: QualitativeTarget, policy: Policy) -> Value | None:
    """A word reached, then later work under way, against a target of words (parse56 F1).

    ``已建立，正在完善`` against ``建立`` (or ``建立健全``) is ``建立`` reached, its
    improvement going on: the word, judged as ``已建立并不断完善`` is; ``已建成，正在
    试运行`` is ``建成``. When the later work is the target's own word (``已建立，正在
    完善`` against ``完善``), that work under way decides (``正在完善``: partial). None
    for any other actual (``已完成招标，正在施工``: no word of the target reached).
    """
    split = _done_then_next(actual)
    if split is None:
        return None
    done, going = split
    going_word = _strip_degree_word(going)
    if going_word == target.word or target.word in going:
        return _under_way_word(StatusValue(_Status.IN_PROGRESS, f"正在{going}"), policy)
    head = parse_value(f"已{done}")
    shown = _text(actual)
    if isinstance(head, QualitativeValue):
        if (
            head.negated
            or head.partial
            or head.degree is not None
            or (policy.family_of(head.word) or head.family)
            != (policy.family_of(target.word) or target.family)
        ):
            return None  # 已建立，正在完善 against 提高: another family, read as before
        return evolve(head, text=shown)
    if isinstance(head, StatusValue) and head.status is _Status.DONE and done in target.text:
        return evolve(head, text=shown)
    return None


def _strip_degree_word(text: str) -> str:
    """*text* without a leading degree of work going on (``逐步完善`` → ``完善``)."""
    for degree in ("进一步", *voc.GRADUAL_DEGREES):
        if text.startswith(degree):
            return text[len(degree) :]
    return text


def _judge_step_then_next(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """The target's step said done, then later work under way (parse56 F1), or None.

    ``已完工，正在办理结算`` or ``已完工，待验收`` against ``完工``: the step the target
    asks is done, the settlement or acceptance comes after it: ``met`` (it was
    ``not_met``, "尚未完成"). Against a target of the step and its use (``建成运行``),
    ``已建成，正在调试`` is ``partial``. A target naming the later work (``完成结算``)
    leaves the actual as it was read (None).
    """
    split = _done_then_next(actual)
    if split is None:
        return None
    done, going = split
    goal = _normal(target.description).rstrip("。")
    if not goal.startswith(done) and goal != f"完成{done}":
        return None
    rest = goal[len(done) :] if goal.startswith(done) else ""
    shown = _text(actual)
    if rest in _LATER_USE and going != rest.removeprefix("并"):
        # 已建成，正在调试 (or 正在试运行) against 建成运行: the use is still to come
        return _Outcome(
            _Attainment.PARTIAL,
            ctx.say(
                f"实际“{shown}”，“{done}”已完成，“{rest.removeprefix('并')}”尚未完成，部分达成",
                f"actual “{shown}”: “{done}” is done, “{rest}” not yet",
            ),
        )
    if rest not in ("", "完成") or going[-2:] in goal:
        return None  # 完成结算 against 已完工，正在办理结算: the later work is the target's
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{shown}”，“{done}”已完成（“{going}”为其后的工作），达到年度指标“{goal}”",
            f"actual “{shown}”: “{done}” is done (“{going}” comes after it), meets “{goal}”",
        ),
    )


# The work going as planned (the likelihood's words, scoring.md): under way, no result yet.
_GOING_AS_PLANNED_RE: Final = re.compile(
    "(?:目前|现|正在|均|已)*(?:正常推进|按计划推进|按进度推进|推进顺利|进展顺利|进展正常"
    "|按计划有序推进|有序推进)(?:中)?"
)


# A part of the work said late (部分滞后, 部分资金拨付滞后, 个别项目延迟): short, no figure.
_PART_LATE_RE: Final = re.compile(
    "(?:部分|个别|少数|少部分)[\u4e00-\u9fff]{0,8}?(?:滞后|延迟|延误|推迟|逾期|不及时|未及时|未按时)"
)


def _timeliness_judged(target: QualitativeTarget, actual: Value, ctx: _Context) -> _Outcome | None:
    """An actual against a word of timeliness (``及时``, ``按时``) other than a word, else None.

    A rate in % is the share done on time: ``100%`` meets ``及时`` (as ``及时`` is read as
    100% against a rate), less is part of it (partial, as ``基本及时`` is). A part said
    late (``部分滞后``, ``部分资金拨付滞后``) is partial; a time said late (``延迟2个月``,
    ``滞后15天``) is not met, as against a schedule (parse56 F8).
    """
    if isinstance(actual, Quantity):
        if (
            actual.unit == "%"
            and actual.bound in (_Bound.EXACT, _Bound.AT_LEAST)
            and _NOT_ALL_SAID_RE.search(actual.label or "") is None  # 滞后率5%: no share on time
        ):
            shown, goal = _text(actual), target.text.strip() or str(target)
            if actual.value >= _HUNDRED:
                return _Outcome(
                    _Attainment.MET,
                    ctx.say(
                        f"实际{shown}，即全部按时完成，达到“{goal}”",
                        f"actual {shown}: all on time, meets “{goal}”",
                    ),
                )
            return _Outcome(
                _Attainment.PARTIAL,
                ctx.say(
                    f"实际{shown}，未全部按时完成，部分达到“{goal}”",
                    f"actual {shown}: not all on time, part of “{goal}”",
                ),
            )
        if actual.label is None:
            return None
        return _in_time(actual, ctx.say)  # 延迟2个月, 逾期0天
    if not isinstance(actual, TextValue):
        return None
    if _said_late(actual):
        return _opposite_outcome(ctx, _text(actual), target)  # 延期完成 against 及时 (r35j)
    text = _normal(actual.description).rstrip("。")
    if len(text) <= 16 and _PART_LATE_RE.fullmatch(text) is not None:  # noqa: PLR2004
        shown, goal = _text(actual), target.text.strip() or str(target)
        return _Outcome(
            _Attainment.PARTIAL,
            ctx.say(
                f"实际“{shown}”，部分未按时完成，部分达到“{goal}”",
                f"actual “{shown}”: part of it late, part of “{goal}”",
            ),
        )
    return None


# The words of passing or of accuracy whose rate in % says how much passed (r35e), and the
# words a label or the row's name holds when the rate is of that (合格率, 验收合格率, 达标率,
# 准确率, 正确率; 工程质量 for a bare rate).
_RATED_PASS_WORDS: Final = MappingProxyType(
    {
        "合格": ("合格", "验收"),
        "达标": ("达标", "合格"),
        "通过验收": ("验收", "合格"),
        "验收通过": ("验收", "合格"),
        "准确": ("准确", "正确"),
        "精准": ("准确", "精准", "正确"),
    }
)
_RATE_AGAINST_PASS_RE: Final = re.compile("未|不|没|无|非|差错|错误|偏差|失误")


def _pass_rate_judged(target: QualitativeTarget, actual: Value, ctx: _Context) -> _Outcome | None:
    """A rate in % against a word of passing or accuracy (``合格``, ``准确``), else None.

    ``合格率100%`` (or a bare ``100%`` on a row of the word or of 质量) is everything
    passed: met, as ``100%`` meets ``及时``; less is part of it (partial, as
    ``基本合格`` is). They were unknown ("无法与年度指标对照"). A rate of another thing
    (``完成率100%``) is no such rate (tests/test_value_shapes_r35e.py); a rate of the
    failures (``不合格率2%``, ``差错率1%``) is the rest of one (:func:`_failure_rate_judged`).
    """
    words = _RATED_PASS_WORDS.get(target.word)
    if (
        words is None
        or target.minimum is not None
        or not isinstance(actual, Quantity)
        or (actual.unit != "%" and not (actual.unit is None and actual.value == 0))  # 差错率0
        or actual.bound not in (_Bound.EXACT, _Bound.AT_LEAST)
        or actual.status not in (None, Status.DONE)
    ):
        return None
    said = actual.label if actual.label is not None else ctx.indicator.name
    shown, goal = _text(actual), target.text.strip() or str(target)
    if (failed := _FAILURE_RATE_RE.search(_normal(said))) is not None:
        return _failure_rate_judged(target, actual, failed["word"], ctx)
    if actual.unit is None:
        return None  # a bare 0 of no failures is no rate of passing
    if actual.label is None and "质量" in said:
        said = f"{said}{target.word}"  # 工程质量 | 合格 | 100%: the share of the works passed
    if not any(word in said for word in words) or _RATE_AGAINST_PASS_RE.search(said):
        return None
    if actual.value >= _HUNDRED:
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际{shown}，即全部{target.word}，达到“{goal}”",
                f"actual {shown}: all {target.word}, meets “{goal}”",
            ),
        )
    return _Outcome(
        _Attainment.PARTIAL,
        ctx.say(
            f"实际{shown}，未全部{target.word}，部分达到“{goal}”",
            f"actual {shown}: not all {target.word}, part of “{goal}”",
        ),
    )


# A rate of the failures (r35j): 差错率0.5% against 准确, 不合格率2% against 合格. The
# failure word → the rate it is the rest of, and the target words it speaks of.
_FAILURE_RATES: Final = MappingProxyType(
    {
        "不合格": ("合格率", ("合格", "通过验收", "验收通过")),
        "不达标": ("达标率", ("达标", "合格")),
        **dict.fromkeys(("差错", "错误", "出错"), ("准确率", ("准确", "精准"))),
    }
)
_FAILURE_RATE_RE: Final = re.compile(f"(?P<word>{'|'.join(_FAILURE_RATES)})率$")


def _failure_rate_judged(
    target: QualitativeTarget, actual: Quantity, failed: str, ctx: _Context
) -> _Outcome | None:
    """A rate of the failures against the word they fail (差错率0.5% against 准确), else None.

    The rest of it is the rate of the word (差错率0.5% is 准确率99.5%), judged as that
    rate is (:func:`_pass_rate_judged`): none failed is met, some is part of it (partial,
    as 准确率99.5% is; r35j: it was unknown, "无法与年度指标对照"). Only an exact rate from
    0 to 100%; a failure word of another target word (不合格率 against 准确) is none.
    """
    rest, words = _FAILURE_RATES[failed]
    shown, goal = _text(actual), target.text.strip() or str(target)
    if target.word not in words or actual.bound is not _Bound.EXACT:
        return None
    if not 0 <= actual.value <= _HUNDRED:
        return None
    if actual.value == 0:
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际{shown}，即全部{target.word}，达到“{goal}”",
                f"actual {shown}: all {target.word}, meets “{goal}”",
            ),
        )
    left = format((_HUNDRED - actual.value).normalize(), "f")
    return _Outcome(
        _Attainment.PARTIAL,
        ctx.say(
            f"实际{shown}，即{rest}{left}%，未全部{target.word}，部分达到“{goal}”",
            f"actual {shown}: {rest} {left}%, not all {target.word}, part of “{goal}”",
        ),
    )


# One scale of a marked effect (parse56 F3): 明显 and 显著 (with a stronger degree, 非常
# 明显, 十分显著, or a subject, 效果明显, 成效显著) are marked; 较明显, 较为显著, 比较明显,
# 效果较明显 (a weaker degree, 较 being a weak one, scoring.md §3) fairly marked, below them.
_MARKED_CORES: Final = ("明显", "显著")
_MARKED_SUBJECTS: Final = ("效果", "成效", "作用")
_MARKED: Final = 2
_FAIRLY_MARKED: Final = 1


def _marked_rank(text: str) -> int | None:
    """The rank of a marked-effect phrase on the one scale, or None for any other text.

    >>> [_marked_rank(t) for t in ("显著", "效果明显", "十分显著", "较明显", "比较显著", "有所")]
    [2, 2, 2, 1, 1, None]
    """
    if text[-2:] not in _MARKED_CORES:
        return None
    degree = text[:-2]
    if degree.startswith(_MARKED_SUBJECTS):
        degree = degree[2:]
    if not degree or degree in _STRONGER_DEGREES:
        return _MARKED
    if degree in ("较", "较为", "比较", "相对"):
        return _FAIRLY_MARKED
    return None


def _judge_marked(target: QualitativeTarget, actual: Value, ctx: _Context) -> _Outcome | None:
    """A marked effect against a marked-effect target, by the one scale (parse56 F3).

    ``较明显`` against ``显著`` or ``明显`` is ``partial`` (before, ``met`` against 显著
    and ``partial`` against 明显); ``明显`` or ``十分显著`` against ``显著`` and anything
    marked against ``较明显`` is ``met``. None unless both are phrases of the scale.
    """
    bar = _marked_rank(_normal(target.text))
    if bar is None:
        return None
    shown = _text(actual)
    got = _marked_rank(_normal(shown).rstrip("。"))
    if got is None:
        return None
    if got >= bar:
        return _meets(ctx, shown, target)
    return _Outcome(
        _Attainment.PARTIAL,
        ctx.say(
            f"实际“{shown}”，程度低于年度指标“{_text(target)}”，部分达成",
            f"actual “{shown}” falls short of the target “{_text(target)}”",
        ),
    )


# A change word of a family (提升, 改善, 下降) with a degree of the scale the parser leaves
# as prose (较明显提升, 较大幅度改善, 有较大提升, 有了较明显的改善, 提升较明显).
_RANKED_CHANGE_RE: Final = re.compile(
    f"(?:{_CHANGE_LEADS})?(?P<degree>{_RANKED_DEGREES})的?(?P<word>[\u4e00-\u9fff]{{2}})"
    f"|(?P<said>[\u4e00-\u9fff]{{2}})了?(?:幅度)?(?P<after>{_DEGREES_AFTER})"
)


def _ranked_change(text: str, policy: Policy) -> tuple[str, str, str] | None:
    """The degree, word and family of a change of the improvement or decrease family.

    Only a degree on the scale of ``vocabulary.CHANGE_DEGREE_RANKS``; the word must be
    one of the two families (the policy's own words too). None for any other text.

    >>> from perftrack.policy import Policy
    >>> _ranked_change("较明显提升", Policy()), _ranked_change("有了较大的改善", Policy())
    (('较明显', '提升', 'improvement'), ('较大', '改善', 'improvement'))
    >>> _ranked_change("下降较明显", Policy()), _ranked_change("较明显", Policy())
    (('较明显', '下降', 'decrease'), None)
    """
    found = _RANKED_CHANGE_RE.fullmatch(_normal(text).rstrip("。"))
    if found is None:
        return None
    word = found["word"] or found["said"]
    family = policy.family_of(word)
    if family not in ("improvement", "decrease"):
        return None
    return found["degree"] or found["after"], word, family


def _ranked_change_target(target: Descriptive, policy: Policy) -> QualitativeTarget | None:
    """A prose target of a change with a degree of the scale (``较明显提升``), as its word.

    Read as ``明显提升`` is read (rule 5), its degree kept to rank the actual's.

    >>> from perftrack.policy import Policy
    >>> _ranked_change_target(Descriptive("较明显提升"), Policy())
    QualitativeTarget(word='提升', family='improvement', minimum=None, degree='较明显', strict=False)
    """
    ranked = _ranked_change(target.description, policy)
    if ranked is None:
        return None
    degree, word, family = ranked
    return QualitativeTarget(word, family, degree=degree, text=target.text or target.description)


def _ranked_change_value(actual: Value, policy: Policy) -> QualitativeValue | None:
    """A prose actual of a change with a degree of the scale (``有较大提升``), as its word."""
    if not isinstance(actual, TextValue):
        return None
    ranked = _ranked_change(actual.description, policy)
    if ranked is None:
        return None
    degree, word, family = ranked
    return QualitativeValue(word, family, degree=degree, text=_text(actual))


def _judge_qualitative(target: QualitativeTarget, actual: Value, ctx: _Context) -> _Outcome:
    say = ctx.say
    policy = ctx.policy
    shown = _text(actual)
    if _yes_to_question(target, actual, ctx.indicator.name):
        return _meets(ctx, shown, target)  # 是 on 资金使用规范性 against 规范 (r34k)
    if _no_breach_said(target, actual):
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”，无违规即{target.word}，达到“{target}”",
                f"actual “{shown}”: no breach is {target.word}, meets “{target}”",
            ),
        )  # 无违规, 未发现违规使用资金 against 合规, 规范 (r38k)
    if target.family == "effect" and _EMERGING_RE.fullmatch(_normal(shown).rstrip("。")):
        # 初步显现, 初见成效 against 效果明显: the effect still emerging (r34k)
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”，效果尚在显现中，距年底尚有时间",
                f"actual “{shown}”: the effect is still emerging; there is still time",
            ),
            say(
                f"实际“{shown}”，效果尚在显现中，未达到“{target}”",
                f"actual “{shown}”: the effect is still emerging, short of “{target}”",
            ),
        )
    if target.family in ("improvement", "decrease") and (
        ranked := _ranked_change_value(actual, policy)
    ):
        actual = ranked  # 较明显提升, 有较大改善: the word with its degree on the scale
    if (
        target.family == "effect"
        and target.word[-2:] in _MARKED_CORES  # (the cheap guard)
        and (marked := _judge_marked(target, actual, ctx)) is not None
    ):
        return marked  # 较明显 against 显著: below it, as against 明显
    actual = _word_with_addon(actual) or actual  # 已建立并运行, 规范完整: the word decides
    if (stepped := _step_then_next_word(actual, target, policy)) is not None:
        actual = stepped  # 已建立，正在完善: 建立 reached, its improvement going on
    actual = _under_way_word(actual, policy) or actual  # 正在完善: as 持续完善
    family = policy.family_of(target.word) or target.family
    if family == "zero" and (hedged := _zero_hedged(target, actual, ctx)) is not None:
        return hedged  # 未实现零排放, 力争实现零填埋, 基本实现零排放 (regress53 W1, W5)
    if family == "zero" and (lower := _lower_grade_met(target, actual, ctx)) is not None:
        # 未发生较大事故，发生一般事故1起: read as not done by its first clause, a count
        # of a grade below those ruled out meets 不发生较大及以上事故 (g23d)
        return lower
    status = _status_of(actual)
    change = (
        _stated_change(actual, ctx.indicator.name, ctx.change_year)
        if family in ("improvement", "decrease") and target.degree not in _STRONG_DEGREES
        else None
    )
    if change is None and family in ("improvement", "decrease"):
        # 由112.5/万下降至104.3/万 against 较上年下降 (or 下降, 同比下降): two levels whose
        # order is the change's sign, read as under 较上年下降5% and 逐年下降 (parse23 H1)
        change = _levels_direction(actual)
    if change is not None:
        # 较上年提高1.5个百分点 against 提高: the figure says the change happened, and
        # which way; a marked change (显著提升) asks more than a figure shows
        if change == family:
            return _meets(ctx, shown, target)
        return _opposite_outcome(ctx, shown, target)
    worded = (
        _worded_change(
            actual, ctx.indicator.name, ctx.change_year, 1 if family == "improvement" else -1
        )
        if family in ("improvement", "decrease")
        else None
    )
    if worded is not None:
        return _worded_outcome(worded, family, shown, target, ctx)
    if (
        family not in ("improvement", "decrease")
        and not (isinstance(actual, QualitativeValue) and actual.partial)  # 基本健全: below
        and (degreed := _degree_of_word(target, actual, ctx.say))
    ):
        return degreed  # 较及时, 较为完善, 比较及时 against 及时, 完善: as 较满意 against 满意
    if isinstance(actual, QualitativeValue):
        actual_family = policy.family_of(actual.word) or actual.family
        if actual.negated or _opposite(family, actual, policy):
            return _opposite_outcome(ctx, shown, target)
        if (
            actual.partial
            # 逐步完善 against 逐步完善 or 进一步完善: a target of work going on is met by it
            and not (actual.degree in voc.GRADUAL_DEGREES and target.degree in _ONGOING_DEGREES)
            # 初步建立 against 初步建立, 基本满足 against 基本满足: the target asks no more
            and target.degree not in voc.PARTIAL_DEGREES
        ) or _falls_short(target.degree, actual.degree):
            # 基本健全, 逐步完善; 有所提升 against 显著提升: a weaker degree reaches part of it
            return _partly(ctx, shown, target)
        # Grades compare by rank whatever the target's family: 良好 is above 合格, which
        # is both a grade and a word of conformity.
        bar, got = _bar_rank(target.minimum or target.word), _rank(actual.word)
        if bar is not None and got is not None:
            if got > bar or (got == bar and not target.strict):
                return _meets(ctx, shown, target)
            if actual.minimum is not None:
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际“{shown}”只给出下限，不能判断是否达到“{target}”",
                        f"actual “{shown}” gives only a floor; whether it reaches “{target}”"
                        " cannot be told",
                    ),
                )
            return _pending_or_not_met(
                ctx,
                say(
                    f"实际“{shown}”低于“{target}”，距年底尚有时间",
                    f"actual “{shown}” is below “{target}”; there is still time",
                ),
                say(f"实际“{shown}”低于“{target}”", f"actual “{shown}” is below “{target}”"),
            )
        if actual_family == family and family != "zero":
            if (
                family in ("improvement", "decrease")
                and target.degree in _STRONG_DEGREES
                and actual.degree is None
            ):
                # 提升 against 明显提升: met (docs/scoring.md, a plain word), the degree the
                # actual leaves unsaid noted for the reviewer (r34k)
                return _Outcome(
                    _Attainment.MET,
                    say(
                        f"实际“{shown}”，达到“{target}”（实际未说明“{target.degree}”程度）",
                        f"actual “{shown}” meets “{target}” (it does not say “{target.degree}”)",
                    ),
                )
            return _meets(ctx, shown, target)
        if family == "zero" and actual_family == "zero":
            other = _none_of_another(actual, ctx.indicator.name)
            if other is not None and _MISUSE_RE.search(other):
                # 未发现套取资金 on 违规使用资金: none of one misuse, not of all (regress30)
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际“{shown}”只说明没有“{other}”，不等于“{ctx.indicator.name}”为0，"
                        "需人工判断",
                        f"actual “{shown}” rules out “{other}” only, not all of"
                        f" “{ctx.indicator.name}”: a reviewer must judge",
                    ),
                )
            if "返贫" in target.text and "返贫" not in _normal(shown):
                # 未发生重大安全事故 against 不发生规模性返贫: another event (parse27 M2)
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际“{shown}”未说明返贫情况，是否达到“{target}”需人工判断",
                        f"actual “{shown}” says nothing of “{target}”: a reviewer must judge",
                    ),
                )
            events = _zero_of_another_event(target, actual, ctx.indicator.name)
            if events is not None:
                # 未发生重大安全事故 against 无食品安全事件, 无投诉 against 不发生安全生产事故
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际“{shown}”未说明{events[1]}情况，是否达到“{target}”需人工判断",
                        f"actual “{shown}” says nothing of {events[1]}: a reviewer must judge",
                    ),
                )
            left_open = _grade_left_open(target, actual, ctx.indicator.name)
            if left_open is not None:
                # 未发生较大事故 against 不发生一般及以上事故: 一般 is not ruled out (k32r)
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际只说明未发生{left_open[0]}，不能确定是否发生{left_open[1]}，"
                        f"是否达到“{target}”需人工判断",
                        f"actual rules out {left_open[0]} only, not {left_open[1]}: whether it"
                        f" meets “{target}” a reviewer must judge",
                    ),
                )
            return _meets(ctx, shown, target)
    if (
        isinstance(actual, TextValue)
        and (bar := _bar_rank(target.minimum or target.word)) is not None
    ):
        graded = _grades_said(_normal(shown))
        if graded is not None:
            # 均为良好, 评估等次为良好, 3个良好，1个合格 against 良好以上: the lowest grade
            # said decides, as a bare grade does (parse47 M1)
            worst, got = graded
            if got > bar or (got == bar and not target.strict):
                return _meets(ctx, shown, target)
            return _pending_or_not_met(
                ctx,
                say(
                    f"实际“{shown}”含等次“{worst}”，低于“{target}”，距年底尚有时间",
                    f"actual “{shown}” holds the grade “{worst}”, below “{target}”",
                ),
                say(
                    f"实际“{shown}”含等次“{worst}”，低于“{target}”",
                    f"actual “{shown}” holds the grade “{worst}”, below “{target}”",
                ),
            )
    if status is _Status.NOT_DONE:
        if family == "zero" and "未新增" in shown and _stock_worked(target, shown):
            # 未新增，化解存量隐性债务1.2亿元 against 不新增: none added, the rest is work on
            # the existing stock (regress110 W2)
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{shown}”说明新增为零，其他数量不涉及该事项，达到“{target}”",
                    f"actual “{shown}” states none, its other figures count something else:"
                    f" meets “{target}”",
                ),
            )
        return _pending_or_not_met(
            ctx,
            say(f"实际“{shown}”，尚未完成，距年底尚有时间", f"actual “{shown}”: not done yet"),
            say(f"实际“{shown}”，未达到“{target}”", f"actual “{shown}” misses “{target}”"),
        )
    if status is _Status.PARTIAL:
        return _Outcome(
            _Attainment.PARTIAL, say(f"实际“{shown}”，部分完成", f"actual “{shown}”: partly done")
        )
    if status is _Status.IN_PROGRESS:
        return _pending_or_not_met(
            ctx,
            say(f"实际“{shown}”，尚在进行", f"actual “{shown}”: under way"),
            say(f"实际“{shown}”，年底仍未完成", f"actual “{shown}”: not done by year end"),
        )
    if (
        family == "zero"
        and (status is _Status.DONE or isinstance(actual, TextValue))
        and (remainder := _remainder_left(target, actual, ctx)) is not None
    ):
        return remainder  # 已整改5处（尚有2处）, 已消除3处，仍有1处未消除 against 动态清零 (r105b)
    if status is _Status.DONE:
        return _Outcome(_Attainment.MET, say(f"实际“{shown}”，已完成", f"actual “{shown}”: done"))
    if family == "zero":
        spared = _scope_spared(target, actual, ctx)
        if spared is not None:
            return spared
        if (clauses := _zero_event_clauses(target, actual, ctx)) is not None:
            return clauses  # 实现零填埋，焚烧处理12万吨; 污水处理量3.2万吨 against 零排放
        if (
            isinstance(actual, TextValue)
            and shown[:1].isdigit()
            and (counted := _counted_event(target, shown)) is not None
        ):
            # 1项濒危项目失传 against 濒危项目无失传: a count of the event ruled out (parse47 H4)
            if counted == 0:
                return _Outcome(
                    _Attainment.MET,
                    say(f"实际{shown}，达到“{target}”", f"actual {shown} meets “{target}”"),
                )
            return _Outcome(
                _Attainment.NOT_MET,
                say(f"实际发生{shown}，未达到“{target}”", f"actual {shown} misses “{target}”"),
            )
        quantity = _quantity_of(actual)
        if quantity is not None and quantity.unit == "%" and "专款专用" in target.text:
            # 100% against 专款专用: the share of the funds kept to their purpose (parse18 H2)
            met = quantity.value >= _HUNDRED_PERCENT
            return _Outcome(
                _Attainment.MET if met else _Attainment.NOT_MET,
                say(
                    f"实际{shown}，{'达到' if met else '未达到'}“{target}”",
                    f"actual {shown} {'meets' if met else 'misses'} “{target}”",
                ),
            )
        if quantity is not None:
            if quantity.value == 0 and quantity.bound in (_Bound.EXACT, _Bound.AT_MOST):
                return _Outcome(
                    _Attainment.MET,
                    say(f"实际{shown}，达到“{target}”", f"actual {shown} meets “{target}”"),
                )
            if quantity.value > 0 and quantity.bound in (
                _Bound.EXACT,
                _Bound.AT_LEAST,
                _Bound.MORE_THAN,
            ):
                lower = _lower_grade_met(target, actual, ctx)
                if lower is not None:
                    return lower
                if (kept := _budget_kept_by_money(target, quantity, shown, ctx)) is not None:
                    return kept  # 118万元 against 未超预算: the spend, no overrun (r38k)
                if (
                    isinstance(actual, Quantity)
                    and actual.label
                    and _CLEARING_LABEL_RE.search(actual.label) is not None
                ):
                    # 基本消除3处, 消除隐患3处 against 动态清零: the work done, no occurrence
                    # and no saying none is left (k26c; all cleared is met: cleared_read)
                    left = _CLEARING_LEFT_RE.search(_normal(shown))
                    if left is not None:
                        # 已消除3处（剩余1处）: something still left, not cleared (regress105 W4)
                        count = _CLEARING_LEFT_WORD_RE.sub("", left[0])  # 剩余1处: 1处
                        return _still_left(ctx, shown, count, target)
                    return _Outcome(
                        _Attainment.UNKNOWN,
                        say(
                            f"实际“{shown}”为消除或整改的数量，不是发生数，"
                            f"是否达到“{target}”需人工判断",
                            f"actual “{shown}” counts what was cleared, no occurrence:"
                            " a reviewer must judge",
                        ),
                    )
                if (
                    isinstance(actual, Quantity)
                    and actual.label
                    and (praise := _PRAISE_LABEL_RE.search(actual.label)) is not None
                    and _COMPLAINT_WORD_RE.search(actual.label) is None
                ):
                    # 收到表扬信3封 against 零投诉: praise, no complaint (regress105, k27d)
                    return _Outcome(
                        _Attainment.UNKNOWN,
                        say(
                            f"实际“{shown}”说的是“{praise[0]}”，不是投诉，"
                            f"是否达到“{target}”需人工判断",
                            f"actual “{shown}” says “{praise[0]}”, no complaint:"
                            " a reviewer must judge",
                        ),
                    )
                classes = _EVENT_CLASS_RE.findall(target.text or target.word)
                said = _EVENT_CLASS_RE.findall(_normal(shown))
                if classes and said and not set(said) & set(classes):
                    # 发生乙类传染病暴发1起 against 不发生甲类传染病暴发: another class of
                    # event than the one ruled out (parse23 M8)
                    return _Outcome(
                        _Attainment.UNKNOWN,
                        say(
                            f"实际“{shown}”所指类别与年度指标“{target}”不同，需人工判断",
                            f"actual “{shown}” names another class than “{target}”:"
                            " a reviewer must judge",
                        ),
                    )
                if _names_other_than_ruled_out(target, quantity):
                    # 免疫牲畜12万头 against 不发生新疫点, 发生刑事案件3起 against
                    # 因矛盾纠纷激化引发命案零发生: work done or another event (regress110 W1)
                    return _Outcome(
                        _Attainment.UNKNOWN,
                        say(
                            f"实际“{shown}”所列数量不是年度指标“{target}”所指事项，需人工判断",
                            f"actual “{shown}” counts something other than what “{target}”"
                            " rules out: a reviewer must judge",
                        ),
                    )
                if (
                    isinstance(actual, Quantity)
                    and actual.label
                    and _WORK_DONE_LABEL_RE.match(_normal(actual.label)) is not None
                    and _ZERO_EVENT_RE.search(_normal(actual.label)) is None
                ):
                    # 开展安全检查120次 against 零发生: the work done, no occurrence (s27)
                    return _Outcome(
                        _Attainment.UNKNOWN,
                        say(
                            f"实际“{shown}”为开展工作的数量，不是发生数，是否达到“{target}”需人工判断",
                            f"actual “{shown}” counts work done, no occurrence:"
                            " a reviewer must judge",
                        ),
                    )
                counted_other = _count_of_another_event(target, actual)
                if counted_other is not None:
                    # 发生2次故障 against 无重大安全事故: a count of another event (r35f; it
                    # was not met, 0 points), as 未发生投诉 against 无安全事故 is unknown
                    return _Outcome(
                        _Attainment.UNKNOWN,
                        say(
                            f"实际“{shown}”统计的是{counted_other[0]}，不是年度指标“{target}”所指"
                            f"{counted_other[1]}，需人工判断",
                            f"actual “{shown}” counts {counted_other[0]}, not the {counted_other[1]}"
                            f" “{target}” rules out: a reviewer must judge",
                        ),
                    )
                said_count = (
                    # 未发生安全事故，排查隐患32处: a clause of none before the count, quoted
                    f"“{shown}”"
                    if shown[:1] in _NONE_FIRSTS
                    # 收到投诉2件, 出现故障3次: the cell's own verb, no 发生 before it (r35f:
                    # it read "实际发生收到投诉2件")
                    else f"{'' if shown.startswith(_OWN_EVENT_VERBS) else '发生'}{shown}"
                )
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{said_count}，未达到“{target}”",
                        f"actual {shown}: “{target}” is broken",
                    ),
                )
        if (broken := _zero_broken_by_count(target, actual, ctx.indicator.name)) is not None:
            # 发生一般等级水上交通事故1起，无人员伤亡 against 零事故: the event happened; the
            # closing none is of a lesser consequence, not of the event (parse41 H1)
            clause, grade_said = broken
            if not grade_said:
                # 发生交通事故1起，无人员伤亡 against 无重大事故: no grade said (regress109 W2)
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际“{shown}”中“{clause}”未注明等级，是否达到“{target}”需人工判断",
                        f"actual “{shown}”: “{clause}” gives no grade; a reviewer must judge"
                        f" “{target}”",
                    ),
                )
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{shown}”，{clause}，未达到“{target}”",
                    f"actual “{shown}”: {clause}, “{target}” is broken",
                ),
            )
        happened = _HAPPENED_RE.match(_normal(shown))
        if happened is not None:
            # 发生1次短时积水，30分钟内排除 against 零发生: it happened, handled or not (p17 M2)
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{shown}”，发生{happened.group('count')}，未达到“{target}”",
                    f"actual “{shown}”: it happened, “{target}” is broken",
                ),
            )
        if (found := _found_then_handled(shown)) is not None or (
            found := _complaints_then_handled(shown, f"{target.text}{ctx.indicator.name}")
        ) is not None:
            # 发现违规套现商户3家，已取消资格并追回资金 against 零发生: the breaches found,
            # then what was done about them; the count stands (parse46 H1)
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{shown}”，{found}，未达到“{target}”",
                    f"actual “{shown}”: {found}, “{target}” is broken",
                ),
            )
        last = _CLAUSE_SPLIT_RE.split(_normal(shown).rstrip("。"))[-1]
        closing = parse_value(last) if last and last != _normal(shown) else None
        if isinstance(closing, QualitativeValue) and closing.family == "zero":
            # 取缔非法经营点2家，动态清零 against 动态清零: the work, then none left
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{shown}”末句“{last}”，达到“{target}”",
                    f"actual “{shown}” ends in “{last}”: meets “{target}”",
                ),
            )
    if family == "timeliness" and (timed := _timeliness_judged(target, actual, ctx)) is not None:
        return timed  # 100%, 部分滞后, 延迟2个月 against 及时 (parse56 F8)
    if family in ("conformity", "accuracy") and (rated := _pass_rate_judged(target, actual, ctx)):
        return rated  # 合格率100% against 合格, 准确率98% against 准确 (r35e)
    if ctx.at_due is False and _GOING_AS_PLANNED_RE.fullmatch(_normal(shown).rstrip("。")):
        # 按计划推进 against 提升 in September: the work under way, nothing to judge yet
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际“{shown}”，工作按计划推进，截止日期未到",
                f"actual “{shown}”: the work goes as planned, not due yet",
            ),
        )
    printed = _normal(target.text).strip().rstrip("。")
    if printed and _holds_phrase(printed, _normal(shown).rstrip("。")):
        # 按期支付 against 按期足额支付: the whole printed target, with 足额 added
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”包含年度指标“{target.text.strip()}”的全部内容，达到年度指标",
                f"actual “{shown}” holds the whole target “{target.text.strip()}”",
            ),
        )
    goal = target.text.strip() or str(target)
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际“{shown}”无法与年度指标“{goal}”对照",
            f"actual “{shown}” cannot be matched to “{goal}”",
        ),
    )


# A breach found or punished, counted, first in a cell (发现违规套现商户3家, 查处1家机构…);
# then what was done about it (已取消资格并追回资金, 已全部处理, 涉及金额1.6万元).
_FOUND_COUNT_RE: Final = re.compile(
    r"(?:全年|年内|共|累计)*(?:发现|查处|查实|查获)[\u3400-\u9fff]{0,12}?"
    "(?:[1-9]\\d*|[一两二三四五六七八九十]+)(?:家|起|例|件|宗|处|个|次|人|户|名|笔)"
)
_DISPOSAL_RE: Final = re.compile(
    "(?:已|均已|并|且|全部|均|依法|依规|及时)*"
    "(?:取消|追回|追缴|收回|扣回|清退|处理|处罚|处置|整改|责令|移交|移送|约谈|通报|涉及)"
)


def _found_then_handled(shown: str) -> str | None:
    """The count of breaches a cell found, when its other clauses only say how they were handled.

    >>> _found_then_handled("发现违规套现商户3家，已取消资格并追回资金")
    '发现违规套现商户3家'
    >>> _found_then_handled("查处1家机构虚报学员12人，已追回补贴3.6万元")
    '查处1家机构虚报学员12人'
    >>> _found_then_handled("发现线索3条，经核实均不属实") is None
    True
    """
    text = _normal(shown).rstrip("。")
    if "发现" not in text and "查" not in text:
        return None
    first, *rest = _CLAUSE_SPLIT_RE.split(text)
    if not rest or _FOUND_COUNT_RE.match(first) is None:
        return None
    if not all(_DISPOSAL_RE.match(clause) for clause in rest):
        return None
    return first


# Complaints received, counted, first in a cell (接到投诉2件, 收到群众举报3起), then how
# they were dealt with (均已妥善处理, 已全部办结, 均已答复) (k31i, parse56 F10).
_COMPLAINTS_COUNT_RE: Final = re.compile(
    r"(?:全年|年内|共|累计)*(?:接到|收到|受理|接获)(?:群众|有效|相关)?(?P<what>投诉|举报|信访)"
    "(?:件|事项|问题)?(?:共)?(?:[1-9]\\d*|[一两二三四五六七八九十]+)(?:件|起|次|宗|个|条|例)"
)
_HANDLED_RE: Final = re.compile(
    "(?:已|均已|均|已经|全部|均已经)(?:妥善|及时|依法|全部|按时)?"
    "(?:处理|处置|解决|答复|回复|化解|办结|调处)(?:完毕|到位|完成)?"
)


def _complaints_then_handled(shown: str, asked: str) -> str | None:
    """The complaints a cell counts, when the rest says only how they were dealt with.

    Against a target of none of them (*asked*, the target and the name, holds the word:
    ``零投诉``): ``接到投诉2件，均已妥善处理`` received 2, handled or not (k31i).

    >>> _complaints_then_handled("接到投诉2件，均已妥善处理", "零投诉投诉")
    '接到投诉2件'
    >>> _complaints_then_handled("接到投诉2件，均已妥善处理", "零事故安全事故") is None
    True
    """
    text = _normal(shown).rstrip("。")
    if "投诉" not in text and "举报" not in text and "信访" not in text:
        return None  # (the cheap guard)
    first, *rest = _CLAUSE_SPLIT_RE.split(text)
    found = _COMPLAINTS_COUNT_RE.fullmatch(first)
    if not rest or found is None or found["what"] not in asked:
        return None
    if not all(_HANDLED_RE.fullmatch(clause) for clause in rest):
        return None
    return first


_HUNDRED_PERCENT: Final = Decimal(100)
# The classes of notifiable diseases (甲类, 乙类, 丙类) a zero target may rule out.
_EVENT_CLASS_RE: Final = re.compile("[甲乙丙]类")
# The misuses of funds (parse18 H2), as the grammar's zero family holds them.
_MISUSE_RE: Final = re.compile("挪用|套取|冒领|虚报|截留|挤占|侵占|骗取")
# The clauses of a cell (取缔非法经营点2家，动态清零).
_CLAUSE_SPLIT_RE: Final = re.compile("[，,；;]")
# An event said to have happened, with its count, first in the cell (发生1次短时积水，
# 30分钟内排除; 全年发生2起轻微事故): against a zero-family target it broke it.
# A zero target ruling out events of a scope only (不发生区域性重大动物疫情: parse22 H1), and
# an actual saying its events stayed short of it (未扩散, 未形成区域性疫情).
_EVENT_SCOPE_RE: Final = re.compile("区域性|规模性|系统性|大面积|大范围")
_SCOPE_KEPT_RE: Final = re.compile(
    "未(?:扩散|蔓延|外溢)|(?:未|没有)形成(?P<scope>区域性|规模性|系统性|大面积|大范围)?"
)


def _scope_spared(
    target: Descriptive | QualitativeTarget, actual: Value, ctx: _Context
) -> _Outcome | None:
    """A count of events outside the scope a zero target rules out, else None.

    ``发生非洲猪瘟疫情1起（已扑灭，未扩散）`` against ``不发生区域性重大动物疫情``: met when the
    actual says the event did not spread or form the scope, else unknown; never not met,
    since one local outbreak is no regional epidemic (parse22 H1).
    """
    goal = _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)))
    noun = goal.group("noun") if goal is not None else None
    scope = _EVENT_SCOPE_RE.search(noun) if noun else None
    if scope is None:
        return None
    shown = _text(actual)
    text = _normal(shown)
    counted = (
        actual
        if isinstance(actual, Quantity)
        else parse_value(_CLAUSE_SPLIT_RE.split(text)[0])
        if isinstance(actual, TextValue)
        else None
    )
    if (
        not isinstance(counted, Quantity)
        or counted.value <= 0
        or counted.bound not in (_Bound.EXACT, _Bound.AT_LEAST, _Bound.MORE_THAN)
        or scope.group() in (counted.label or "")
    ):
        return None  # no event counted, or one of the scope ruled out (发生区域性疫情1起)
    say = ctx.say
    kept = _SCOPE_KEPT_RE.search(text)
    if kept is not None and kept.group("scope") in (None, scope.group()):
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”未形成年度指标“{target}”排除的{scope.group()}范围，达到年度指标",
                f"actual “{shown}” stayed short of the scope “{target}” rules out: met",
            ),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际“{shown}”未说明是否形成年度指标“{target}”排除的{scope.group()}范围，需人工判断",
            f"actual “{shown}” does not say whether it reached the scope “{target}” rules out",
        ),
    )


# A target of none of one event (零填埋, 零排放, 零新增, 实现“零填埋”: p26) and the
# words a clause counting that event may use (仍有2处直排口 counts emissions).
_ZERO_EVENT_TARGET_RE: Final = re.compile(
    r"(?:实现)?[“\"]?(?:零|(?:不|严禁|坚决遏制|坚决杜绝|杜绝)(?=新增))"
    r"(?P<event>填埋|排放|新增)[”\"]?"
)
_ZERO_EVENT_WORDS: Final = {"填埋": "填埋", "排放": "排放|直排|偷排|漏排", "新增": "新增"}
_FIGURE_RE: Final = re.compile(r"\d")
# Checks made (开展安全检查12次): work, no count of accidents.
_CHECKS_MADE_RE: Final = re.compile("排查|检查|巡查|督查|演练|培训")


# A clause naming the zero (零填埋, “零排放”) and the words before it in that clause that
# deny it (未实现零排放), make it a plan (力争实现零填埋, 计划2024年实现零填埋) or a part
# of it (基本实现零排放) (regress53 W1, W5).
_ZERO_PHRASE_RE: Final = re.compile(r"(?P<before>[^，,；;。]*?)[“\"]?零(?:填埋|排放|新增)")
_ZERO_DENIED_RE: Final = re.compile(
    "(?:未|没有|没能|不能|无法)能?(?:全面|完全)?(?:实现|达到|做到)|未$"
)
# 按计划实现, 计划内项目, 拟定方案后已实现: no plan of the zero (regress54 W3)
_ZERO_PLANNED_RE: Final = re.compile(
    "力争|争取|力求|(?<!按)计划(?!内)|拟(?!定)|预计|努力|目标|准备|打算"
)
_ZERO_BASIC_RE: Final = re.compile("基本|大部分|部分")


def _zero_hedged(
    target: Descriptive | QualitativeTarget, actual: Value, ctx: _Context
) -> _Outcome | None:
    """A zero (``零排放``) the actual names only to deny, plan or half reach it.

    Against ``零填埋``, ``零排放`` or ``零新增``, a clause naming the zero after a
    negation (``未实现零排放``, ``尚未实现零排放``, ``未能实现零新增``) is not met;
    after a word of intent (``力争实现零填埋``, ``计划2024年实现零填埋``, ``争取``,
    ``拟``) it is a plan, not a result: unknown; after ``基本`` (``基本实现零填埋``)
    it is partly met. None when every clause naming the zero states it plainly.
    """
    goal = _ZERO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)).rstrip("。"))
    if goal is None:
        return None
    shown = _text(actual)
    event = _ZERO_EVENT_WORDS[goal.group("event")]
    if goal.group("event") == "新增" and shown.count("新增") > 1:
        clauses = [c for c in _CLAUSE_SPLIT_RE.split(_normal(shown).rstrip("。")) if c]
        added = _added_after_none(clauses, _normal(ctx.indicator.name))
        if added is not None:
            # 未新增，但发现违规新增1处: a later clause adds it (parse48 H4, as r104 W2)
            return _added_after_none_outcome(target, shown, ctx, added=added)
    if any(
        _FIGURE_RE.search(c) and re.search(event, c) and not _ZERO_PHRASE_RE.search(c)
        for c in _CLAUSE_SPLIT_RE.split(_normal(shown))
    ):
        return None  # 基本实现零填埋，原生垃圾填埋0.3万吨: the event counted decides
    say = ctx.say
    found: list[str] = [m.group("before") for m in _ZERO_PHRASE_RE.finditer(_normal(shown))]
    if any(_ZERO_DENIED_RE.search(before) for before in found):
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”尚未实现“{target}”，距年底尚有时间",
                f"actual “{shown}” has not reached “{target}” yet; there is still time",
            ),
            say(f"实际“{shown}”，未实现“{target}”", f"actual “{shown}” misses “{target}”"),
        )
    if any(_ZERO_PLANNED_RE.search(before) and "已" not in before for before in found):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”只是计划或目标，未说明是否实现“{target}”，需人工判断",
                f"actual “{shown}” is a plan, not a result against “{target}”:"
                " a reviewer must judge",
            ),
        )
    if any(_ZERO_BASIC_RE.search(before) for before in found):
        return _partly(ctx, shown, target)
    return None


# An exception a zero clause makes (除1笔0.5亿元外) and a bracketed note (（经核实新增1笔
# 0.5亿元已整改）): counted, they admit the event (regress53 W2).
_EXCEPTED_RE: Final = re.compile(
    r"(?<=除)(?P<excepted>[^，,；;。]+?)(?=外)|(?<=[（(])[^）)]+(?=[）)])"
)


# The words before a bare count of what a zero target rules out (2处, 仍有3处, 共发生1起).
_BARE_COUNT_LEAD_RE: Final = re.compile("(?:全年|年内|共|累计|仍有|尚有|还有|存在|发生)*")


def _bare_count(clause: str) -> bool:
    """Whether *clause* is a figure naming nothing but its unit (``2处``, ``仍有3处``).

    >>> _bare_count("仍有3处"), _bare_count("焚烧处理12万吨")
    (True, False)
    """
    value = parse_value(clause)
    return isinstance(value, Quantity) and (
        value.label is None or _BARE_COUNT_LEAD_RE.fullmatch(value.label) is not None
    )


def _zero_event_clauses(
    target: Descriptive | QualitativeTarget, actual: Value, ctx: _Context
) -> _Outcome | None:
    """A target of none of one event (``零填埋``) judged clause by clause (regress52 W1).

    A clause counting the event itself (``原生垃圾填埋1.2万吨``, ``仍有2处直排口``) leaves
    the verdict to the zero-family rule (not met): None. Otherwise a clause stating the
    zero (``实现原生垃圾零填埋``, ``全年未新增隐性债务``) meets it, whatever else the
    cell counts (``焚烧处理12万吨``); and a figure in a clause not naming the event
    (``污水处理量3.2万吨``, ``无害化处理率100%``) says nothing of it: unknown. Against
    another zero target (``零事故``), clauses that are all an inspection's work
    (``开展安全检查12次``) say nothing either. None for anything else.
    """
    goal = _ZERO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)).rstrip("。"))
    shown = _text(actual)
    clauses = [c for c in _CLAUSE_SPLIT_RE.split(_normal(shown).rstrip("。")) if c]
    if not clauses or not any(_FIGURE_RE.search(c) for c in clauses):
        return None
    say = ctx.say
    unknown = _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际“{shown}”所列数量不是年度指标“{target}”所指事项，需人工判断",
            f"actual “{shown}” counts something other than what “{target}” rules out:"
            " a reviewer must judge",
        ),
    )
    if goal is None:
        if (
            "事故" in _normal(_text(target))
            and _HAZARD_WORDS_RE.search(_normal(_text(target)) + _normal(ctx.indicator.name))
            is None
            and all(
                _CHECKS_MADE_RE.search(c) is not None
                and _INSPECTION_EVENT_RE.search(c) is None
                and _HAZARD_WORDS_RE.search(c) is None
                and _MISUSE_RE.search(c) is None
                for c in clauses
            )
        ):
            return unknown  # 开展安全检查12次 against 零事故: checks made, no accident counted
        return None
    event = _ZERO_EVENT_WORDS[goal.group("event")]
    zero_re = re.compile(f'(?:零|未|无|没有)[“"]?(?:{event})')
    admitted = [
        m.group()
        for m in _EXCEPTED_RE.finditer(_normal(shown))
        if _FIGURE_RE.search(m.group())
        and (
            m.group("excepted") is not None
            or m.group().startswith("除")  # 零排放（除生活污水3吨外） (regress54 W1)
            or re.search(event, m.group()) is not None
        )
    ]
    if admitted:
        # 除1笔0.5亿元外未新增, 未新增（经核实新增1笔0.5亿元已整改）: the exception is
        # the event itself (regress53 W2)
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”仍有{goal.group('event')}（{admitted[0]}），距年底尚有时间",
                f"actual “{shown}” admits the event ({admitted[0]}); there is still time",
            ),
            say(
                f"实际“{shown}”仍有{goal.group('event')}（{admitted[0]}），未达到“{target}”",
                f"actual “{shown}” admits the event ({admitted[0]}): misses “{target}”",
            ),
        )
    stated = False
    for clause in clauses:
        if zero_re.search(clause) is not None:
            stated = True
        elif _FIGURE_RE.search(clause) and (
            re.search(event, clause) is not None or _bare_count(clause)
        ):
            return None  # 原生垃圾填埋1.2万吨, 2处: the event counted, not met
    if stated:
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”说明{goal.group('event')}为零，其他数量不涉及该事项，达到“{target}”",
                f"actual “{shown}” states none, its other figures count something else:"
                f" meets “{target}”",
            ),
        )
    return unknown


# A first clause saying none was added (未新增, 全年未新增隐性债务), and a word of work on the
# existing stock (化解存量隐性债务, 拆除存量违法建设, 整治存量12处): regress110 W2.
_NONE_ADDED_RE: Final = re.compile(
    "(?:全年|年内|当年|本年度?)?(?:均|都)?未新增[\u4e00-\u9fff]{0,8}"
)
_STOCK_WORK_RE: Final = re.compile("存量|化解|偿还|拆除|整改|整治|消化|清理|处置")


def _stock_worked(target: Descriptive | QualitativeTarget, shown: str) -> bool:
    """Whether *shown* says none added, then only work on the stock, against 不新增/零新增.

    >>> from perftrack import parse_target
    >>> _stock_worked(parse_target("不新增"), "未新增，化解存量隐性债务1.2亿元")
    True
    >>> _stock_worked(parse_target("不新增"), "未新增，但发现违规新增1处")
    False
    """
    goal = _ZERO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)).rstrip("。"))
    if goal is None or goal.group("event") != "新增":
        return False
    first, *rest = [c for c in _CLAUSE_SPLIT_RE.split(_normal(shown).rstrip("。")) if c]
    return (
        bool(rest)
        and _NONE_ADDED_RE.fullmatch(first) is not None
        and all("新增" not in c and _STOCK_WORK_RE.search(c) is not None for c in rest)
    )


def _added_after_none(clauses: list[str], name: str) -> bool | None:
    """``未新增(X)`` then a contrary clause adding: True of the same thing, else False.

    ``未新增，但发现违规新增1处`` adds what the row rules out (True); ``未新增违建，但新增
    巡查人员2名`` adds another thing (False), as a plan 不新增 reads them (r104 W2, parse48
    H4). None when the first clause is no ``未新增`` or no contrary clause adds anything.
    """
    first = clauses[0]
    if first.startswith("无新增"):
        first = f"未{first[1:]}"  # 无新增, 但发现违规新增1处: as 未新增 (k31l's note)
    said = _NOT_SAID_RE.fullmatch(first)
    if said is None or said.group("subject") or not said.group("verb").startswith("新增"):
        return None
    rest = "，".join(clauses[1:])
    contrary = _CONTRARY_RE.search(rest)
    if contrary is None or "新增" not in rest[contrary.end() :]:
        return None
    return _done_after_all(rest, "新增", said.group("verb").removeprefix("新增"), name)


def _added_after_none_outcome(
    target: Descriptive | QualitativeTarget, shown: str, ctx: _Context, *, added: bool
) -> _Outcome:
    """The verdict of :func:`_added_after_none` against ``零新增`` or ``不新增``."""
    say = ctx.say
    if not added:
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”说明新增为零，其他数量不涉及该事项，达到“{target}”",
                f"actual “{shown}” states none, its other figures count something else:"
                f" meets “{target}”",
            ),
        )
    # what was added stays added: a miss already mid-year, as 挪用1笔 against 0起 is
    return _Outcome(
        _Attainment.NOT_MET,
        say(
            f"实际“{shown}”仍有新增，未达到“{target}”",
            f"actual “{shown}” admits the event: misses “{target}”",
        ),
    )


_HAPPENED_RE: Final = re.compile(
    r"(?:全年|年内|今年|当年|本年度?)?(?:共|累计)?发生"
    r"(?P<count>(?:[1-9]\d*|[一两二三四五六七八九十]+)(?:次|起|例|件|宗|处|场))"
)


# ---------------------------------------------------------------------------
# §3: the rules in order


# Degrees that bring a word below itself (较满意, 基本稳定, 较为完善 against 满意, 稳定,
# 完善) or keep it at least as strong (非常满意, 十分稳定), and the overall ones of
# official writing, which affirm it (总体稳定, 大体完善: met).
_WEAKER_DEGREES: Final = frozenset({"基本", "基本上", "较", "较为", "比较", "相对"})
_STRONGER_DEGREES: Final = frozenset({"非常", "很", "十分", "特别", "完全", "高度", "更加"})
_OVERALL_DEGREES: Final = frozenset({"总体", "总体上", "整体", "大体", "大体上"})
# Every degree _degree_of_word reads (its cheap first test).
_DEGREES_SAID: Final = _WEAKER_DEGREES | _STRONGER_DEGREES | _OVERALL_DEGREES
# A word a degree may qualify: a few characters of Chinese, no figure.
_DEGREED_WORD_RE: Final = re.compile(r"[\u3400-\u9fff]{1,4}")


def _degree_of_word(
    target: Descriptive | QualitativeTarget, actual: Value, say: _Language
) -> _Outcome | None:
    """The target's own word qualified by a degree: ``较满意`` against ``满意`` is partial.

    ``基本满意``, ``较满意``, ``比较及时``, ``较为完善``, ``基本稳定`` fall short of the
    target's word (partial); ``非常满意`` reaches it, and so do the overall degrees
    of official writing (``总体稳定``, ``大体完善``: met). None for any other actual,
    and for a grade the quality family ranks (``较好`` against ``好``).

    A target with a degree of its own ranks the two (k31i, parse56 F6): 基本 below 较
    (较为, 比较, 相对) below the word alone (or an overall degree) below 非常 (很, 十分…);
    an actual at or above the target's rank meets it (``满意`` and ``非常满意`` against
    ``较满意``, ``较满意`` against ``基本满意``), one below is partial (``基本满意``
    against ``较满意``). Who is satisfied may stand before 满意 on either side
    (``群众满意``, ``服务对象较满意``): the same word.

    >>> from perftrack import parse_target, parse_value
    >>> say = _Language("zh")
    >>> _degree_of_word(parse_target("稳定"), parse_value("基本稳定"), say).attainment.value
    'partial'
    >>> _degree_of_word(parse_target("及时"), parse_value("较及时"), say).attainment.value
    'partial'
    >>> _degree_of_word(parse_target("稳定"), parse_value("总体稳定"), say).attainment.value
    'met'
    >>> _degree_of_word(parse_target("基本满意"), parse_value("较满意"), say).attainment.value
    'met'
    >>> _degree_of_word(parse_target("满意"), parse_value("群众满意"), say).attainment.value
    'met'
    """
    written = (target.text if isinstance(target, QualitativeTarget) else target.description).strip()
    goal = _normal(written)
    text = _normal(_text(actual))
    if goal.endswith(_SATISFIED) and text.endswith(_SATISFIED):
        goal, text = _unsubjected(goal), _unsubjected(text)  # 群众满意: 满意 (k31i)
        shown = _text(actual)
        if goal == text:
            return _Outcome(
                _Attainment.MET,
                say(f"实际“{shown}”，达到“{written}”", f"actual “{shown}” reaches “{written}”"),
            )
        if text[:1] == "不" and goal[:1] != "不":
            return _Outcome(  # 群众不满意 against 满意, as 不满意 is (k31i)
                _Attainment.NOT_MET,
                say(f"实际“{shown}”，未达到“{written}”", f"actual “{shown}” misses “{written}”"),
            )
    bar, word = _split_degree(goal)
    if isinstance(target, QualitativeTarget) and (
        word != target.word or bar != (target.degree or "")
    ):
        return None  # 显著提升, ≥良好: the target carries its own degree or bar
    degree = text[: -len(word)] if text.endswith(word) else None
    if degree not in _DEGREES_SAID and not (bar and degree == ""):
        return None  # (the cheap guard, speedS5a) no degree before the word: no rule below
    if not _DEGREED_WORD_RE.fullmatch(word) or degree == bar:
        return None
    if _rank(text) is not None or (bar and _rank(goal) is not None):
        return None  # 较好 is a grade, ranked with 良好 and 好
    shown = _text(actual)
    if bar or goal != _normal(written):
        word = written  # 群众满意, 较满意: the target as written (k31i)
    if bar:
        if _DEGREE_RANKS[degree] >= _DEGREE_RANKS[bar]:
            return _Outcome(
                _Attainment.MET,
                say(f"实际“{shown}”，达到“{word}”", f"actual “{shown}” reaches “{word}”"),
            )
        return _Outcome(
            _Attainment.PARTIAL,
            say(
                f"实际“{shown}”，程度低于年度指标“{word}”，部分达成",
                f"actual “{shown}” falls short of the target “{word}”",
            ),
        )
    if degree in _OVERALL_DEGREES:
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”，总体达到“{word}”",
                f"actual “{shown}” reaches “{word}” overall",
            ),
        )
    if degree in _WEAKER_DEGREES:
        return _Outcome(
            _Attainment.PARTIAL,
            say(
                f"实际“{shown}”，程度低于年度指标“{word}”，部分达成",
                f"actual “{shown}” falls short of the target “{word}”",
            ),
        )
    if degree in _STRONGER_DEGREES:
        return _Outcome(
            _Attainment.MET,
            say(f"实际“{shown}”，达到“{word}”", f"actual “{shown}” reaches “{word}”"),
        )
    return None


# The satisfaction rate that reads as 满意 (k31i): a word target of 满意, or of a weaker
# degree (较满意, 基本满意), is met by a surveyed rate at or above it. The usual floor of a
# 满意度 target (≥90%); below it, or against 非常满意, the reviewer decides.
SATISFIED_RATE: Final = Decimal(90)


def _rate_against_satisfied(
    target: Descriptive, actual: Quantity, ctx: _Context
) -> _Outcome | None:
    """A satisfaction rate against a word target of 满意 (``96%`` against ``较满意``), or None.

    At or above :data:`SATISFIED_RATE` it meets ``满意`` (who is satisfied may be named:
    ``群众满意``) and any weaker degree (``较满意``, ``基本满意``); below it, or against a
    stronger degree (``非常满意``), no word says where the bar is: unknown, said so.
    """
    written = target.description.strip()
    degree, word = _split_degree(_unsubjected(_normal(written)))
    if word != _SATISFIED or actual.bound is not _Bound.EXACT or actual.note is not None:
        return None
    shown = _shown_quantity(actual, "%")
    say = ctx.say
    if actual.value >= SATISFIED_RATE and _DEGREE_RANKS[degree] <= _DEGREE_RANKS[""]:
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际满意度{shown}，达到{SATISFIED_RATE}%以上，视为达到年度指标“{written}”",
                f"actual satisfaction {shown} is {SATISFIED_RATE}% or more: taken to meet"
                f" “{written}”",
            ),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际满意度{shown}，年度指标“{written}”未给出满意度的百分比，是否达到需人工判断",
            f"actual satisfaction {shown}: the target “{written}” gives no rate, a reviewer"
            " must judge",
        ),
    )


# The rank of each degree (k31i): 基本 < 较 < the word alone or overall < 非常.
_DEGREE_RANKS: Final = MappingProxyType(
    {
        **dict.fromkeys(("基本", "基本上"), 1),
        **dict.fromkeys(("较", "较为", "比较", "相对"), 2),
        **dict.fromkeys(("", *_OVERALL_DEGREES), 3),
        **dict.fromkeys(_STRONGER_DEGREES, 4),
    }
)
# The degrees longest first, so that 较为 is not read as 较 then 为….
_DEGREES_LONGEST_FIRST: Final = tuple(sorted(_DEGREES_SAID, key=len, reverse=True))
_DEGREE_INITIALS: Final = frozenset(degree[0] for degree in _DEGREES_SAID)
_SATISFIED: Final = "满意"
# Who is satisfied, before the degree and 满意 (群众, 服务对象, 受益群众普遍): no negation,
# no measure (满意度), no degree of its own.
_SATISFIED_SUBJECT_RE: Final = re.compile(
    "(?P<who>[\u4e00-\u9fff]{1,6}?)(?P<rest>(?:不太|不很|不)?(?:"
    + "|".join(_DEGREES_LONGEST_FIRST)
    + ")?满意)"
)
_NOT_A_SUBJECT_RE: Final = re.compile("不|未|没|无|非|欠|度|率")


def _split_degree(text: str) -> tuple[str, str]:
    """A degree before a word and the word (``较为``, ``完善``), the degree "" for none.

    >>> _split_degree("较为完善"), _split_degree("满意")
    (('较为', '完善'), ('', '满意'))
    """
    if text[:1] not in _DEGREE_INITIALS:
        return "", text  # (the cheap guard: most words have no degree before them)
    for degree in _DEGREES_LONGEST_FIRST:
        if text.startswith(degree) and len(text) > len(degree):
            return degree, text[len(degree) :]
    return "", text


def _unsubjected(text: str) -> str:
    """*text* (ending in 满意) without who is satisfied: ``群众较满意`` is ``较满意``.

    >>> _unsubjected("服务对象满意"), _unsubjected("群众不满意"), _unsubjected("非常满意")
    ('满意', '不满意', '非常满意')
    >>> _unsubjected("满意度满意")
    '满意度满意'
    """
    if text == _SATISFIED or _split_degree(text)[1] == _SATISFIED:
        return text
    found = _SATISFIED_SUBJECT_RE.fullmatch(text)
    if found is None or _NOT_A_SUBJECT_RE.search(found["who"]) is not None:
        return text
    return found["rest"]


# The words of none found or received (未发现, 未收到), which the value language reads as
# work not done: under a target of no such event, or a ceiling of a count, none of it.
_NONE_FOUND_WORDS: Final = "未发现|没有发现|未查出|未收到|没有收到|未接到"


# None found, received or seen, of anything (未发现冒领, 未出现宕机, 未收到): under a ceiling
# of a count, the target's own operator says that what was not found is what is counted.
_NONE_FOUND_UNDER_CEILING_RE: Final = re.compile(
    f"(?:{_NONE_FOUND_WORDS}|未出现|没有出现)[\u4e00-\u9fff]{{0,12}}"
)


def _none_found_under_ceiling(target: Target, actual: Value) -> bool:
    """Whether 未发现/未收到/未出现 (of anything) counts none under a count capped (=0, ≤3).

    The value language reads the bare word as work not done; under a ceiling of
    what is counted (``违规使用资金 | =0次``, ``有效投诉次数 | ≤3次``) it is none found,
    the figure 0, as ``无`` is. Under a floor (``≥5封``, ``≥3%``) or a sum of money
    (``≤500万元``) it stays not done.

    >>> from perftrack import parse_target, parse_value
    >>> _none_found_under_ceiling(parse_target("≤3次"), parse_value("未收到"))
    True
    >>> _none_found_under_ceiling(parse_target("≥5封"), parse_value("未收到"))
    False
    >>> _none_found_under_ceiling(parse_target("=0次"), parse_value("未出现数据泄露"))
    True
    """
    return (
        isinstance(actual, StatusValue)
        and actual.status is _Status.NOT_DONE
        and _NONE_FOUND_UNDER_CEILING_RE.fullmatch(_normal(actual.word)) is not None
        and isinstance(target, Comparison)
        and (target.op in (_Op.LE, _Op.LT) or (target.op is _Op.EQ and target.value == 0))
        and not (target.unit or "").endswith("元")  # ≤500万元 | 未收到: no money, not 0元
    )


# A lead time (parse21 M6): notice given at least so long ahead (提前24小时通知, 调整前7日公示)
# and an actual of how long ahead it was given (提前36小时通知, 均提前7天以上公示).
# The event a lead time is before (调整前7日): words, not a date (年底前10天 is a deadline).
_LEAD_EVENT: Final = r"[\u4e00-\u9fff]{1,8}?[^\d年月日底末内]"
# How long ahead: a figure and its unit of time.
_LEAD_TIME: Final = (
    r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})"
    r"(?P<unit>个?小时|天|日|个工作日|周|个?星期)"
)
_LEAD_TARGET_RE: Final = re.compile(
    rf"(?:(?P<subject>[\u4e00-\u9fff]{{0,8}}?)提前|(?P<before>{_LEAD_EVENT})前)"
    rf"{_LEAD_TIME}(?:以上|及以上)?(?P<verb>[\u4e00-\u9fff]{{0,6}})"
)
_LEAD_SAID_RE: Final = re.compile(
    r"(?:均已|均|全部|都|已|每次均|每次)?"
    # 提前3天公示, or as the target words it: 调整前3日公示 (regress44 W1)
    rf"(?:提前|{_LEAD_EVENT}前)"
    rf"{_LEAD_TIME}(?P<more>以上|及以上)?(?P<verb>[\u4e00-\u9fff]{{0,6}})"
)
_LEAD_HOURS: Final = {
    "小时": 1,
    "个小时": 1,
    "天": 24,
    "日": 24,
    "个工作日": 0,
    "周": 168,
    "星期": 168,
    "个星期": 168,
}


def _lead_number(number: str) -> Decimal:
    """The figure of a lead time, in digits or Chinese numerals (``一周``, ``两天``)."""
    return Decimal(number) if number[0].isdigit() else Decimal(chinese_to_int(number))


def _lead_hours(number: str, unit: str) -> Decimal | None:
    """Hours in a lead time (天 and 日 are 24, a 周 168), None for 工作日 (no fixed length).

    >>> _lead_hours("一", "周"), _lead_hours("3", "日"), _lead_hours("3", "个工作日")
    (Decimal('168'), Decimal('72'), None)
    """
    factor = _LEAD_HOURS[unit]
    return _lead_number(number) * factor if factor else None


def lead_time_target(target: Target | None) -> bool:
    """Whether *target* asks for notice at least so long ahead (``提前24小时通知``).

    >>> from perftrack import parse_target
    >>> [lead_time_target(parse_target(t)) for t in ("提前24小时通知", "调整前7日公示", "10日前")]
    [True, True, False]
    """
    if target is None or "前" not in (text := _text(target)):
        return False  # every lead time says 前 (提前, 调整前): a cheap first test
    return _LEAD_TARGET_RE.fullmatch(_normal(text)) is not None


def _judge_lead_time(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A lead time against how long ahead the notice was given: at least as long meets it.

    ``提前36小时通知`` and ``均提前24小时以上通知`` meet ``提前24小时通知``; ``提前12小时通知``
    misses it; ``均提前7天以上公示`` meets ``调整前7日公示``. None when either is no lead
    time, the verbs differ, or a floor below the target (``提前12小时以上``) cannot tell.
    """
    if "前" not in _text(target):
        return None  # every lead time says 前 (提前, 调整前): a cheap first test
    goal = _LEAD_TARGET_RE.fullmatch(_normal(_text(target)))
    said = _LEAD_SAID_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    if goal is None or said is None:
        return None
    if said.group("verb") and goal.group("verb") and said.group("verb") != goal.group("verb"):
        return None  # 提前3天通知 against 前7日公示: another step
    wanted = _lead_hours(goal.group("n"), goal.group("unit"))
    got = _lead_hours(said.group("n"), said.group("unit"))
    if wanted is None or got is None:
        if goal.group("unit") != said.group("unit"):
            return None  # 工作日 against 天: no fixed length
        wanted, got = _lead_number(goal.group("n")), _lead_number(said.group("n"))
    shown, goal_text = _text(actual), _text(target)
    if got >= wanted:
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际“{shown}”，提前时间不少于年度指标“{goal_text}”的要求，达到年度指标",
                f"actual “{shown}” gives at least the notice “{goal_text}” asks: met",
            ),
        )
    if said.group("more"):
        return None  # 提前12小时以上 against 提前24小时: a floor below, no telling
    return _pending_or_not_met(
        ctx,
        ctx.say(
            f"实际“{shown}”，提前时间少于年度指标“{goal_text}”的要求，距年底尚有时间",
            f"actual “{shown}” gives less notice than “{goal_text}”; there is still time",
        ),
        ctx.say(
            f"实际“{shown}”，提前时间少于年度指标“{goal_text}”的要求，未达到年度指标",
            f"actual “{shown}” gives less notice than “{goal_text}” asks: missed",
        ),
    )


# A clause of an inspection's work or findings (排查隐患32处, 检查发现问题5个, 已全部整改):
# hazards and problems found or put right, not events that happened (regress44 S2). A
# hazard only said to be there (个别工地存在隐患) is no inspection's: a fault left (r43).
_INSPECTION_CLAUSE_RE: Final = re.compile("排查|检查|巡查|督查|发现|整改|消除")
# What a target or the first clause counts when the hazards found are its own.
_HAZARD_WORDS_RE: Final = re.compile("隐患|问题|整改")
_INSPECTION_EVENT_RE: Final = re.compile("事故|事件|伤亡|死亡|亡人|发生")


def inspection_set_aside(
    value: Value | None, target: Target | None, name: str = ""
) -> Value | None:
    """The actual's first clause when the rest are an inspection's findings, else None.

    ``未发生安全事故，排查（一般）隐患32处`` against ``不发生较大及以上事故`` or ``0起``:
    the hazards found are no accidents; ``未发生安全事故`` decides. Only a first clause
    of none (a zero-family word: 未发生, 无) followed by clauses of an inspection's work
    (排查, 检查, 发现, 整改), none of which names an event, and only
    against a target of none (a zero-family word, or a count of 0) whose words and
    *name* count no hazards or problems themselves (无安全隐患, 隐患数量 0处).

    >>> from perftrack import parse_target, parse_value
    >>> value = parse_value("未发生安全事故，排查一般隐患32处")
    >>> inspection_set_aside(value, parse_target("不发生较大及以上事故")).word
    '未发生安全事故'
    >>> inspection_set_aside(parse_value("发生一般事故1起，排查隐患32处"), parse_target("0起"))
    >>> inspection_set_aside(value, parse_target("无安全隐患"))
    >>> inspection_set_aside(parse_value("未发生安全事故，个别工地存在隐患"), parse_target("0起"))
    """
    if value is None or target is None:
        return None
    if isinstance(target, QualitativeTarget):
        if target.family != "zero":
            return None
    elif not (isinstance(target, Comparison) and target.value == 0):
        return None
    if _HAZARD_WORDS_RE.search(_normal(_text(target)) + _normal(name)) is not None:
        return None  # 无安全隐患: the hazards found are the target's own count
    text = _normal(_text(value)).rstrip("。")
    first, *rest = _CLAUSE_SPLIT_RE.split(text)
    if not rest or _HAZARD_WORDS_RE.search(first) is not None:
        return None
    if any(
        not clause
        or _INSPECTION_CLAUSE_RE.search(clause) is None
        or _INSPECTION_EVENT_RE.search(clause) is not None
        for clause in rest
    ):
        return None
    head = parse_value(first)
    if not isinstance(head, QualitativeValue) or head.family != "zero":
        return None
    return evolve(head, text=_text(value))


# The place levels a coverage speaks of, the village's first (社区 holds 区).
_PLACE_LEVELS: Final = (
    ("村", ("村", "社区")),
    ("乡镇", ("乡", "镇", "街道")),
    ("县", ("县", "区")),
    ("市", ("市",)),
)
# A clause saying a place level is not covered yet (村级尚未覆盖, 行政村未实现全覆盖).
_LEVEL_UNCOVERED_RE: Final = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,5}?)(?:层面|一级)?(?:尚未|暂未|仍未|还未|未能|未|没有)"
    r"(?:实现|做到|达到)?全?覆盖"
)
_CLAUSE_BREAK_RE: Final = re.compile(r"[,，;；。]")


def _place_levels(text: str) -> frozenset[str]:
    """The place levels *text* names (``乡镇覆盖率`` → 乡镇, ``行政村覆盖率`` → 村)."""
    found: set[str] = set()
    for level, words in _PLACE_LEVELS:
        if any(word in text for word in words):
            found.add(level)
            text = text.replace("社区", "").replace("村", "")
    return frozenset(found)


def _own_level_coverage(actual: Value, name: str) -> Quantity | None:
    """The full coverage of the row's own level beside another level not covered (k80fix).

    ``实现乡镇全覆盖，村级尚未覆盖`` on ``乡镇覆盖率``: the 村级 clause is about another
    level; the row's coverage is the first clause's (100 %). On ``行政村覆盖率`` the
    clause not covered is the row's own: None, the status stands (not done).
    """
    if not isinstance(actual, StatusValue) or actual.status is not _Status.NOT_DONE:
        return None
    own = _place_levels(name)
    if len(own) != 1:
        return None
    covered: Quantity | None = None
    for clause in filter(None, _CLAUSE_BREAK_RE.split(actual.word)):
        uncovered = _LEVEL_UNCOVERED_RE.fullmatch(clause)
        if uncovered is not None:
            levels = _place_levels(uncovered["place"])
            if len(levels) != 1 or levels == own:
                return None
            continue
        try:
            value = parse_value(clause)
        except ExpressionError:
            return None
        if not (
            isinstance(value, Quantity)
            and value.note == "全覆盖"
            and _place_levels(clause) == own
            and covered is None
        ):
            return None
        covered = value
    return covered


# A clause after a step said done that says the work is not yet whole (已建立，尚需完善;
# 已出台，但仍需进一步加强; 已建立，有待完善; 已建立，尚不健全).
_MORE_WORDS: Final = "完善|健全|加强|提高|提升|改进|优化|规范|改善|细化|强化"
_MORE_TO_DO_RE: Final = re.compile(
    "(?:但|但是|不过)?(?:目前)?(?P<more>"
    "(?:尚|仍|还|仍然|依然)?(?:需要|需|须|有待于?|待|亟需|亟待)(?:进一步|继续|持续|不断|再)?"
    f"(?:{_MORE_WORDS})"
    "|(?:尚|仍|还|仍然|依然)(?:不够|不太|不|未)(?:完善|健全|规范|到位))"
)
_MORE_WORD_RE: Final = re.compile(_MORE_WORDS)
# How a clause says its step is done (已建立, 均已建成, 现已出台).
_DONE_LEADS: Final = ("已", "已经", "均已", "现已", "目前已")
# Targets that ask the step itself and no more (建立, 建成, 出台): the work still to do on
# it lies beyond them.
_STEP_WORDS: Final = frozenset(
    {"建立", "建成", "成立", "设立", "制定", "出台", "印发", "组建", "搭建", "开展", "完成"}
)


def _asks_step_only(goal: str) -> bool:
    """Whether a target asks a step and no state after it (``建立``, ``开展培训``).

    >>> _asks_step_only("建立"), _asks_step_only("开展培训"), _asks_step_only("建立健全")
    (True, True, False)
    """
    step = next((word for word in _STEP_WORDS if goal.startswith(word)), None)
    return step is not None and _MORE_WORD_RE.search(goal[len(step) :]) is None


def _done_step(text: str) -> str:
    """The step a clause says done, without its lead (``已开展`` → ``开展``).

    >>> _done_step("已开展"), _done_step("均已完成")
    ('开展', '完成')
    """
    for lead in sorted(_DONE_LEADS, key=len, reverse=True):
        if text.startswith(lead):
            return text[len(lead) :] or text
    return text


def _step_reaches_goal(done: Value, step: str, target: Target, asked: str) -> bool:
    """Whether the step said done is the target's own (or more): ``已健全`` against ``健全``.

    The same word as a word target's (``已完善`` against ``完善``, ``已建立健全`` against
    ``建立健全``) or a state of its family as strong (``已完善`` against ``健全``: neither a
    step word such as 建立, 建成), or a step the target opens with and asks nothing of
    soundness or improvement after; not a lower step (``已建立`` against ``建立健全``) nor
    a degree short of it (``已基本健全``).

    >>> from perftrack import parse_target, parse_value
    >>> _step_reaches_goal(parse_value("已健全"), "健全", parse_target("健全"), "健全")
    True
    >>> _step_reaches_goal(parse_value("已建立"), "建立", parse_target("建立健全"), "建立健全")
    False
    """
    if isinstance(done, QualitativeValue) and isinstance(target, QualitativeTarget):
        return not done.partial and (
            done.word == target.word
            or (done.word not in _STEP_WORDS and target.word not in _STEP_WORDS)
        )
    return asked.startswith(step) and _MORE_WORD_RE.search(asked[len(step) :]) is None


def _judge_more_to_do(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A step said done, then a clause that it still needs work (尚需完善), or None.

    ``已建立，尚需完善`` against ``建立健全``: the step reaches the target as far as it goes,
    the clause says the result is not yet whole: ``partial`` (it was "无法…对照"). Against
    a target that asks the step alone (``建立``, ``出台``, ``完成``) or no more than the
    step said done (``已健全，仍需加强`` against ``健全``: :func:`_step_reaches_goal`) it
    is ``met``, the work still to do being beyond it (k32q). None unless the first clause alone meets the target (or
    reaches part of it), so a step of another work (``已开展，仍需加强`` against ``提升``)
    is left to the other rules.
    """
    if not isinstance(target, (QualitativeTarget, Descriptive)) or not isinstance(
        actual, (TextValue, StatusValue)
    ):
        return None
    clauses = [part for part in CLAUSE_SPLIT_RE.split(_normal(_text(actual)).rstrip("。")) if part]
    if len(clauses) != 2:  # noqa: PLR2004
        return None
    done_text, last = clauses
    found = _MORE_TO_DO_RE.fullmatch(last)
    if found is None:
        return None
    done = parse_value(done_text)
    if isinstance(done, QualitativeValue):
        if done.negated or (
            not done.partial
            and not done_text.startswith(_DONE_LEADS)  # 有所提升，仍需加强: a change, no step
        ):
            return None
        if isinstance(target, QualitativeTarget) and (
            ctx.policy.family_of(done.word) or done.family
        ) != (ctx.policy.family_of(target.word) or target.family):
            return None
    elif not (
        isinstance(done, StatusValue)
        and done.status is _Status.DONE
        # 已开展，仍需加强 against 提升: a status says no word of the target's family;
        # 已完成，尚需完善 against 稳定: nor does a step the target does not name
        and isinstance(target, Descriptive)
        # (按时完成: the time asked, of which the clause says nothing)
        and _normal(target.description).startswith(_done_step(done_text))
    ):
        return None
    reached = _judge(target, done, ctx)
    if reached.attainment not in (_Attainment.MET, _Attainment.PARTIAL):
        return None
    shown, goal, more = _text(actual), _text(target), found["more"]
    asked = _normal(goal)
    if reached.attainment is _Attainment.MET and (
        _asks_step_only(asked) or _step_reaches_goal(done, _done_step(done_text), target, asked)
    ):
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际“{shown}”，达到“{goal}”（“{more}”为年度指标以外的后续工作）",
                f"actual “{shown}” meets “{goal}” (“{more}” is work beyond the target)",
            ),
        )
    return _Outcome(
        _Attainment.PARTIAL,
        ctx.say(
            f"实际“{shown}”：{done_text}，但注明“{more}”，部分达到“{goal}”",
            f"actual “{shown}”: “{done_text}” done but “{more}” noted: partly “{goal}”",
        ),
    )


# A verdict after the work that led to it (已验收，不合格; 经检测，达标; 已完成验收，验收
# 合格): the words naming what was judged before the verdict word, and the work clauses.
_VERDICT_SUBJECT_RE: Final = re.compile(
    "(?:工程|项目|质量|竣工|验收|检测|检验|抽检|抽查|评定|评估|考核|审核|鉴定|测评|监测|结果|结论"
    "|等级|均|全部|总体)*"
)
_CHECK_WORDS: Final = (
    "验收|检测|检验|抽检|抽查|检查|评定|评估|考核|审核|审查|鉴定|测评|监测|评审|复核|核查"
)
_CHECKED_RE: Final = re.compile(
    "(?:经|经过|已|已经|均已|全部|通过)(?:第三方|专家|相关部门|主管部门|有关部门)?"
    f"(?:组织)?(?:完成)?(?:{_CHECK_WORDS})(?:完成|结束)?"
)
_VERDICT_FAMILIES: Final = frozenset({"conformity", "quality"})
# A check word with 中 after it (验收中, 正在检测之中): the check under way, no verdict.
_CHECK_UNDER_WAY_RE: Final = re.compile(f"(?:{_CHECK_WORDS})之?中$")


def _verdict_word(text: str, policy: Policy) -> QualitativeValue | None:
    """The verdict word a clause ends on (``不合格``, ``验收合格``, ``检测达标``), or None.

    >>> from perftrack.policy import Policy
    >>> [str(_verdict_word(t, Policy())) for t in ("不合格", "验收合格", "检测不达标", "已验收")]
    ['不合格', '合格', '不达标', 'None']
    """
    word = text[_VERDICT_SUBJECT_RE.match(text).end() :]  # type: ignore[union-attr]
    if _CHECK_UNDER_WAY_RE.search(text) and word in ("中", "之中"):
        return None  # 验收中, 检测中: the check still under way, not the grade 中 (r35f)
    said = parse_value(word) if word else None
    if not isinstance(said, QualitativeValue):
        return None
    if (policy.family_of(said.word) or said.family) not in _VERDICT_FAMILIES:
        return None
    return said


def _judge_verdict_clause(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A verdict clause after the work that led to it decides (``已验收，不合格``), or None.

    Against a target of the conformity or quality family (``合格``, ``达标``, ``优良``, or
    prose naming one after what is judged: ``检测合格``), ``已验收，不合格`` is the verdict
    ``不合格`` (``not_met`` at the due date; it was "无法…对照") and ``已验收，合格``
    against ``优良`` the grade ``合格`` (below it; it was ``met`` as a status done). The
    clauses before must all say the check was made (``经检测``, ``已完成验收``).
    """
    if not isinstance(actual, (TextValue, StatusValue)):
        return None
    asked: Target = target
    if isinstance(target, Descriptive):
        goal = _normal(target.description)
        word = goal[_VERDICT_SUBJECT_RE.match(goal).end() :]  # type: ignore[union-attr]
        parsed = parse_target(word) if word and word != goal else None
        if not isinstance(parsed, QualitativeTarget):
            return None
        asked = evolve(parsed, text=target.text or target.description)
    if (
        not isinstance(asked, QualitativeTarget)
        or (ctx.policy.family_of(asked.word) or asked.family) not in _VERDICT_FAMILIES
    ):
        return None
    text = _normal(_text(actual)).rstrip("。")
    clauses = [part for part in CLAUSE_SPLIT_RE.split(text) if part]
    *checks, last = clauses or [""]
    if not checks and not _VERDICT_SUBJECT_RE.match(last).end():  # type: ignore[union-attr]
        return None  # 不合格 alone: read by rule 5 as it is; 验收不合格 names the check
    verdict = _verdict_word(last, ctx.policy)
    if verdict is None or not all(
        _CHECKED_RE.fullmatch(check) is not None
        or (isinstance(status := parse_value(check), StatusValue) and status.status is _Status.DONE)
        for check in checks
    ):
        return None
    return _judge_qualitative(asked, evolve(verdict, text=_text(actual)), ctx)


# The verdict an acceptance passes with (a failed acceptance is judged against it).
_PASSED: Final = QualitativeTarget("合格", "conformity")


# A target that things keep running steadily or safely (稳定, 运行稳定, 安全稳定运行, 正常运行),
# and the words of it that each ask one thing: stability or safety.
_RUN_SUBJECTS: Final = "(?:设备|设施|系统|平台|网络|机房|全年|年内|运行期间|期间|各类|所有)*"
_STEADY_WORDS: Final = "稳定|平稳|正常|可靠|连续|不间断"
_STEADY_TARGET_RE: Final = re.compile(
    f"{_RUN_SUBJECTS}(?:保持|确保|实现)?(?P<before>(?:安全|{_STEADY_WORDS})+)?(?:运行|运转)?"
    f"(?P<after>(?:安全|{_STEADY_WORDS})+)?"
)
# What attests it: no failure or normal running (stability), no accident (safety).
_NO_FAILURE_RE: Final = re.compile(
    f"{_RUN_SUBJECTS}(?:未出现|未发生|没有出现|没有发生|未|无|零)(?:任何)?(?:运行)?"
    "(?:故障|宕机|停机|中断|瘫痪|停运)(?:情况|现象|事件|问题)?(?:发生)?"
)
_RUNNING_WELL_RE: Final = re.compile(
    f"{_RUN_SUBJECTS}(?:(?:运行|运转)(?:正常|稳定|平稳|良好|可靠)+|(?:正常|稳定|平稳)(?:运行|运转))"
)
_NO_ACCIDENT_RE: Final = re.compile(
    f"{_RUN_SUBJECTS}(?:未出现|未发生|没有出现|没有发生|无|零)(?:任何)?"
    "(?:安全生产|安全责任|生产安全|安全)?(?:事故|事件)(?:发生)?"
    f"|{_RUN_SUBJECTS}(?:安全运行|运行安全)"
)


def _judge_kept_running(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """No failure or accident said against a target of steady or safe running, or None.

    A reviewer reads ``未出现故障``, ``无故障`` or ``运行正常`` as the stability a target of
    ``稳定`` (``运行稳定``, ``稳定运行``, ``正常运行``) asks, and ``未发生安全事故`` as the
    safety of ``安全`` (``安全运行``): ``met`` (they were "年度指标为文字描述"). Each thing
    the target asks must be attested (``未出现故障`` says nothing of the safety of
    ``安全稳定运行``), every clause of the actual must be such a statement, and a graded
    failure (``未出现重大故障``) leaves lesser ones open: None for all of these.
    """
    goal = _normal(target.description).rstrip("。")
    found = _STEADY_TARGET_RE.fullmatch(
        _own_subject_dropped(goal, ctx.indicator.name, _STEADY_TARGET_RE)
    )
    if found is None or not (found["before"] or found["after"]):
        return None
    words = f"{found['before'] or ''}{found['after'] or ''}"
    asked = {"safe"} if "安全" in words else set()
    if words.replace("安全", ""):
        asked.add("steady")
    shown = _text(actual)
    said: set[str] = set()
    for clause in CLAUSE_SPLIT_RE.split(_normal(shown).rstrip("。")):
        if not clause:
            continue
        bare = _own_subject_dropped(clause, ctx.indicator.name, _RUNNING_WELL_RE)
        if _NO_FAILURE_RE.fullmatch(clause) or _RUNNING_WELL_RE.fullmatch(bare):
            said.add("steady")
        elif _NO_ACCIDENT_RE.fullmatch(
            _own_subject_dropped(clause, ctx.indicator.name, _NO_ACCIDENT_RE)
        ):
            said.add("safe")
        else:
            return None
    if not asked <= said:
        return None
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{shown}”，{'；'.join(_KEPT_SAID[aspect] for aspect in sorted(asked))}，"
            f"达到年度指标“{target.description}”",
            f"actual “{shown}” attests the running “{target.description}” asks",
        ),
    )


_KEPT_SAID: Final = MappingProxyType(
    {"safe": "未发生事故，即运行安全", "steady": "无故障或运行正常，即运行稳定"}
)


def _judge(target: Target, actual: Value, ctx: _Context) -> _Outcome:
    if (
        isinstance(target, Descriptive)
        and "前" in target.description  # (the cheap guard: every step is dated by 前)
        and (scheduled := milestone_reading(target, actual, ctx)) is not None
    ):
        return scheduled[0]  # 6月底前完成主体工程，12月底前竣工验收: each step by its date (k32c)
    if isinstance(target, Descriptive) and (ranked := _ranked_change_target(target, ctx.policy)):
        target = ranked  # 较明显提升: judged as 明显提升 is, its degree a rank lower
    if (lead := _judge_lead_time(target, actual, ctx)) is not None:
        return lead
    if (verdict := _judge_verdict_clause(target, actual, ctx)) is not None:
        return verdict  # 已验收，不合格 against 合格: the verdict decides, not the check
    if (more := _judge_more_to_do(target, actual, ctx)) is not None:
        return more  # 已建立，尚需完善 against 建立健全: established, not yet whole
    # (the readings below each ask a target of none, a status first: asked here, speedS3)
    if (
        isinstance(target, QualitativeTarget)
        or (isinstance(target, Comparison) and target.value == 0)
    ) and (head := inspection_set_aside(actual, target, ctx.indicator.name)) is not None:
        actual = head  # 未发生安全事故，排查隐患32处: the hazards found are no accidents
    if (
        isinstance(actual, StatusValue)
        and (own := _own_level_coverage(actual, ctx.indicator.name)) is not None
    ):
        actual = own  # 实现乡镇全覆盖，村级尚未覆盖 on 乡镇覆盖率: 村级 is another level
    if isinstance(actual, TextValue):
        # 主体工程已完工 against 2024年10月底前主体完工: the stage the target is for, done
        staged = _stage_works(actual, target, ctx.indicator, ctx.year)
        if staged is not None and staged[1]:
            return _part_of_works(target, actual, staged[0], staged[1], ctx)
        actual = staged[0] if staged is not None else actual
    if (
        isinstance(actual, StatusValue)
        and actual.status is _Status.NOT_DONE
        and _NONE_FOUND_UNDER_CEILING_RE.fullmatch(_normal(actual.word)) is not None
        and isinstance(target, (Descriptive, QualitativeTarget))
        and _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target))) is not None
    ):
        # 未发现 against 无违法违规行为, 未发现超标排放 against 无超标排放: none found, no
        # work left undone (r28, parse15); none of another event says nothing of this one
        found = _judge_target_words(target, actual, ctx)
        if found is not None:
            return found
        shown, goal = _text(actual), _text(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            ctx.say(
                f"实际“{shown}”与年度指标“{goal}”所指事项不同，需人工判断",
                f"actual “{shown}” speaks of another event than the target “{goal}”: a"
                " reviewer must judge",
            ),
        )
    if isinstance(actual, StatusValue) and _none_found_under_ceiling(target, actual):
        # 违规使用资金 | =0次 | 未发现, 有效投诉次数 | ≤3次 | 未收到: none, that is 0 (r29)
        actual = QualitativeValue(_normal(_text(actual)), "zero", text=_text(actual))
    if (
        isinstance(target, Descriptive)
        and (stepped := _judge_step_then_next(target, actual, ctx)) is not None
    ):
        return stepped  # 已完工，正在办理结算 against 完工: the step asked is done
    outcome = _judge_plainly(target, actual, ctx)
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, Descriptive)
        and (kept := _judge_kept_running(target, actual, ctx)) is not None
    ):
        return kept  # 未出现故障 against 稳定: no failure all year is the stability asked
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and (basically := _basically(target, actual, ctx)) is not None
    ):
        return basically
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and (partly := _partly_done(target, actual, ctx)) is not None
    ):
        return partly
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, Descriptive)
        and (level := _judge_level(target, actual, ctx)) is not None
    ):
        return level  # 达到二级 against 达到二级标准
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, Descriptive)
        and ":" in target.description  # (a ratio: the cheap test first)
        and (leverage := _judge_leverage(target, actual, ctx)) is not None
    ):
        return leverage  # 1:3.5 against ≥1:3 on 拉动社会投资
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, (Descriptive, QualitativeTarget))
        and (worded := _judge_target_words(target, actual, ctx)) is not None
    ):
        return worded  # 不稳定 against 稳定, 未发生规模性返贫 against 不发生规模性返贫
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, Descriptive)
        and (subject := _judge_subject_word(target, actual, ctx)) is not None
    ):
        return subject  # 持续改善 against 生态环境持续改善 on 生态环境
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, (QualitativeTarget, Descriptive))
        and isinstance(actual, TextValue)
        and actual.description[:1] in _PUT_OFF_LEADS  # (the cheap guard)
        and (put_off := _judge_put_off(target, actual, ctx)) is not None
    ):
        return put_off  # 拟于明年建立 against 建立: the work is put off past the year
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, QualitativeTarget)
        and isinstance(actual, TextValue)
        and (said := _judge_actual_subject(target, actual, ctx)) is not None
    ):
        return said  # 制度不健全 against 健全 on 制度建设: the word said of the row's subject
    return outcome


# The target's work planned for a later year (拟于明年建立, 计划2026年上半年出台): not done
# in the year the table reports (parse56 F4).
_PUT_OFF_LEADS: Final = frozenset("拟计预将准争力")
_PUT_OFF_RE: Final = re.compile(
    r"(?:拟|计划|预计|将|准备|争取|力争)(?:于|在|到)?"
    r"(?:(?P<next>明年|下一?年度?|次年|来年)|(?P<year>20\d\d)年)"
    r"(?:[上下]半年|第?[一二三四1-4]季度|\d{1,2}月(?:份|底|末)?|年底|年初|底|初)?(?:前|内)?"
    r"(?P<verb>[\u4e00-\u9fff]{2,8})"
)


def _judge_put_off(
    target: QualitativeTarget | Descriptive, actual: TextValue, ctx: _Context
) -> _Outcome | None:
    """The target's own work planned for a year after the table's: not done this year.

    ``拟于明年建立`` against ``建立`` (2025): ``not_met`` at the due date, ``pending``
    before it, with the plan named (it was "无法…对照"). None for another work or year.

    >>> (
    ...     _PUT_OFF_RE.fullmatch("拟于明年建立")["verb"],
    ...     _PUT_OFF_RE.fullmatch("计划2026年3月出台")["year"],
    ... )
    ('建立', '2026')
    """
    if isinstance(target, QualitativeTarget) and target.family == "zero":
        return None  # 计划2024年实现零填埋: a goal restated, judged by the zero rules
    found = _PUT_OFF_RE.fullmatch(_normal(actual.description).rstrip("。"))
    if found is None or ctx.year is None:
        return None
    if found["year"] is not None and int(found["year"]) <= ctx.year:
        return None
    word = target.word if isinstance(target, QualitativeTarget) else _normal(target.description)
    if word not in found["verb"] and found["verb"] not in _normal(_text(target)):
        return None  # (拟于明年建立 against 建立健全: the target's first step not done)
    shown, goal = _text(actual), _text(target)
    return _pending_or_not_met(
        ctx,
        ctx.say(
            f"实际“{shown}”，计划在{ctx.year}年以后完成，年度指标“{goal}”本年度内难以达到",
            f"actual “{shown}” plans the work after {ctx.year}: “{goal}” is unlikely this year",
        ),
        ctx.say(
            f"实际“{shown}”，计划在{ctx.year}年以后完成，{ctx.year}年未达到“{goal}”",
            f"actual “{shown}” plans the work after {ctx.year}: “{goal}” not reached",
        ),
    )


def _judge_actual_subject(
    target: QualitativeTarget, actual: TextValue, ctx: _Context
) -> _Outcome | None:
    """An actual of a subject and a word (``制度不健全``) against the bare word (``健全``).

    The subject is what the target's own subject may be (the row's name, or a noun
    ending in one of ``_SUBJECT_HEADS``: 制度, 机制, 效果…); the word after it is judged
    (parse56 F4: ``制度已完善`` against ``完善`` is ``met``, ``效果不明显`` against
    ``明显`` ``not_met``; they were "无法…对照"). None when no such subject leads a word
    or status, or its verdict is ``unknown``.
    """
    text = _normal(_text(actual)).rstrip("。")
    name = _normal(ctx.indicator.name)
    for cut in range(2, min(len(text) - 1, 13)):
        subject = text[:cut]
        if not (
            (len(name) >= 2 and (subject.endswith(name) or name.endswith(subject)))  # noqa: PLR2004
            or subject.endswith(_SUBJECT_HEADS)
        ) or subject.endswith(_SUBJECT_WORD_LEADS):
            continue
        said = parse_value(text[cut:])
        if not isinstance(said, (QualitativeValue, StatusValue)):
            continue
        outcome = _judge(target, evolve(said, text=_text(actual)), ctx)
        return None if outcome.attainment is _Attainment.UNKNOWN else outcome
    return None


# A target of a numbered level of a standard (达到二级标准, 达到二级养护标准) and an
# actual naming one level (二级, 达到二级, 已达到三级养护标准).
_LEVEL_TARGET_RE: Final = re.compile(
    r"(?:达到|达)(?P<level>[一二三四五])级(?:[\u4e00-\u9fff]{0,6}?标准)"
)
_LEVEL_SAID_NUMBER_RE: Final = re.compile(
    r"(?:已|均|全部|已经)?(?:达到|达)?(?P<level>[一二三四五])级(?:[\u4e00-\u9fff]{0,6}?标准)?"
)


def _judge_level(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A numbered level against a target of that level of a standard (parse19 M5).

    ``二级``, ``达到二级``, ``达到二级养护标准`` meet ``达到二级标准``. Another level
    (``三级``, ``一级``) is ``unknown``: whether 一级 is the best (城市道路养护, 绿化养护)
    or the lowest (医院) depends on the field, so the reviewer judges. None for anything
    else (``主干道一级、次干道二级``: several levels).
    """
    goal = _LEVEL_TARGET_RE.fullmatch(_normal(target.description))
    if goal is None or not isinstance(actual, (TextValue, StatusValue, QualitativeValue)):
        return None
    shown = _text(actual)
    said = _LEVEL_SAID_NUMBER_RE.fullmatch(_normal(shown).rstrip("。"))
    if said is None:
        return None
    if said.group("level") == goal.group("level"):
        return _meets(ctx, shown, target)
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"实际“{shown}”与年度指标“{target}”等级不同，一级为最高还是最低因行业而异，需人工判断",
            f"actual “{shown}” names another level than “{target}”; whether 一级 is the best"
            " or the lowest depends on the field: a reviewer must judge",
        ),
    )


# A leverage ratio as a target (≥1:3, 不低于1:3, 1:3以上, 1:3) and as an actual (1:3.5,
# 拉动比1:3.5): each yuan of the funds against what it brings, the second term the multiple.
_LEVERAGE_TARGET_RE: Final = re.compile(
    r"(?P<op>≥|>=|不低于|不少于|不小于|达到)?1:(?P<times>\d+(?:\.\d+)?)(?P<above>以上)?"
)
_LEVERAGE_SAID_RE: Final = re.compile(
    r"(?:[\u4e00-\u9fff]{0,10}?(?:为|达|达到)?)1:(?P<times>\d+(?:\.\d+)?)"
)
# The names of a leverage or output ratio, where the larger second term is the better:
# 拉动社会投资, 撬动社会资本, 财政资金放大倍数, 投入产出比.
_LEVERAGE_NAME_RE: Final = re.compile("拉动|带动|撬动|杠杆|放大|引导|投入产出|产出比|投资比")
_NOT_LEVERAGE_RE: Final = re.compile("未|不|没|无|尚|预计|计划|力争|争取|拟")


def _judge_leverage(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A leverage ratio against its floor: ``1:3.5`` meets ``≥1:3`` (parse56 F15).

    On a row whose name says leverage or output (``拉动社会投资``, ``投入产出比``), the
    ratio 1:x is the x yuan each yuan brings: the larger x is the better, a target of
    ``1:3`` (as ``≥1:3``) is reached from 3 on. None for any other row or cell (a 师生比
    ``1:15`` is better lower; a ceiling ``≤1:3`` is left to the reviewer).
    """
    if _LEVERAGE_NAME_RE.search(ctx.indicator.name) is None:
        return None
    goal = _LEVERAGE_TARGET_RE.fullmatch(_normal(target.description))
    said = _LEVERAGE_SAID_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    if goal is None or said is None or _NOT_LEVERAGE_RE.search(said.group()) is not None:
        return None  # (未达到1:3, 预计1:3.5: no ratio reached)
    bar, times = Decimal(goal["times"]), Decimal(said["times"])
    shown, aim = _text(actual), _text(target)
    if times >= bar:
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际{shown}，达到年度指标{aim}（比值后项{said['times']}不低于{goal['times']}）",
                f"actual {shown} reaches the target {aim} ({said['times']} per yuan, at least"
                f" {goal['times']})",
            ),
        )
    short = ctx.say(
        f"实际{shown}，未达年度指标{aim}（比值后项{said['times']}低于{goal['times']}）",
        f"actual {shown} misses the target {aim} ({said['times']} per yuan, under {goal['times']})",
    )
    return _pending_or_not_met(
        ctx, f"{short}{ctx.say('，距年底尚有时间', '; there is still time')}", short
    )


# Nouns that end the subject a target puts before its word (气象服务能力显著提升, 档案管理
# 水平逐步规范, 群众获得感明显增强) when the subject is not the indicator's name.
_SUBJECT_HEADS: Final = (
    *("能力", "水平", "质量", "环境", "收入", "效益", "效果", "成效", "作用", "意识"),
    *("素质", "条件", "面貌", "秩序", "形象", "影响力", "获得感", "幸福感", "安全感"),
    *("满意度", "知晓率", "率"),
    # 制度健全, 长效机制完善, 监管体系健全: what a soundness word is said of (parse56 F4)
    *("制度", "机制", "体系"),
)
_SUBJECT_TARGET_RE: Final = re.compile(r"[\u4e00-\u9fff]{4,20}")
# A subject is a noun phrase: not one that begins with a verb of work (完成道路建设提升).
_SUBJECT_VERBS: Final = ("完成", "开展", "实现", "推进", "确保", "促进", "做好", "加强", "推动")
# What leads a word, never ends a subject (群众诉求得以 | 解决 under a name 得以).
_SUBJECT_WORD_LEADS: Final = ("得以", "得到", "有所", "进一步", "不断", "持续", "稳步", "逐步")


def _subject_word(text: str, name: str) -> tuple[str, Target] | None:
    """(subject, word target) when *text* is a subject then a word the rules judge.

    The subject is the indicator's *name* (or ends with it, or the name ends with it) or a
    noun phrase ending in one of ``_SUBJECT_HEADS``; the word after it is a word of a family
    (``持续改善``, ``有效提升``) or a change in words (``稳步增长``). None for anything else.

    >>> [(s, str(t)) for s, t in [_subject_word("生态环境持续改善", "生态环境")]]
    [('生态环境', '持续改善')]
    >>> _subject_word("完成道路建设", "道路建设") is None
    True

    A subject holding a time limit in prose (``开学前``, ``汛前``, ``供暖前``) is none: the
    target sets a time, judged by the prose time-limit rule.

    >>> _subject_word("开学前校舍维修完成", "开学前校舍维修") is None
    True

    A subject is whole: ``防汛能力`` under the name ``防汛``, not ``防汛`` then ``能力``;
    it never ends with what leads a word (``得以``, ``得到``).

    >>> [(s, str(t)) for s, t in [_subject_word("防汛能力得到提升", "防汛")]]
    [('防汛能力', '提升')]
    >>> _subject_word("群众诉求得以解决", "得以") is None
    True
    """
    if _SUBJECT_TARGET_RE.fullmatch(text) is None or text.startswith(_SUBJECT_VERBS):
        return None
    name = _normal(name)
    for cut in range(2, len(text) - 1):
        subject = text[:cut]
        if _PROSE_LIMIT_RE.search(subject) is not None:
            return (
                None  # 开学前校舍维修完成: a time limit (开学前), no subject; so every longer one
            )
        if not (
            (len(name) >= 2 and (subject.endswith(name) or name.endswith(subject)))  # noqa: PLR2004
            or subject.endswith(_SUBJECT_HEADS)
        ) or subject.endswith(_SUBJECT_WORD_LEADS):
            continue
        word = parse_target(text[cut:])
        if isinstance(word, (QualitativeTarget, Descriptive)):
            # 防汛能力得到提升 on 防汛: the word 能力得到提升 holds a subject of its own, one
            # subject 防汛能力 with the word 得到提升
            inner = _subject_word(text[cut:], "") if isinstance(word, Descriptive) else None
            return (subject + inner[0], inner[1]) if inner is not None else (subject, word)
    return None


def _judge_subject_word(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A target of a subject and a word (``生态环境持续改善``) judged as its word.

    The actual may repeat the subject (``社会效益显著`` against ``社会效益明显``): it is
    dropped from the actual too. The subject stays in the explanation. None when the
    target has no such shape or its word leaves the actual unknown.
    """
    found = _subject_word(_normal(target.description), ctx.indicator.name)
    if found is None:
        return None
    subject, word = found
    said = _normal(_text(actual))
    if said.startswith(subject) and len(said) > len(subject):
        actual = parse_value(said[len(subject) :])
    outcome = _judge(word, actual, ctx)
    if outcome.attainment is _Attainment.UNKNOWN:
        return None
    why = ctx.say(
        f"{outcome.why}（“{subject}”为年度指标“{target.description}”的主体）",
        f"{outcome.why} (“{subject}” is the subject of the target “{target.description}”)",
    )
    return outcome._replace(why=why)


# The target's own word negated (不稳定, 未正常运行, 没有明显提升), or its change or effect
# said to fall short after it (提升不明显, 效果不够明显, 保障不足).
_WORD_NEGATIONS: Final = (
    *("尚未", "未能", "没有", "不够", "未", "不", "没", "欠"),
    # 尚不稳定, 仍未到位, 未完全到位, 不太畅通, 无法正常运行
    *("尚不", "仍不", "仍未", "还未", "还没有", "不太", "无法", "不能"),
    # 有待完善, 亟待完善: still to be done
    *("有待", "亟待"),
)
# Not wholly the target's word: a part of it (未完全到位, 不完全符合).
_WORD_PART_NEGATIONS: Final = ("尚未完全", "没有完全", "未完全", "不完全")
_WORD_SHORT_TAILS: Final = (
    *("不明显", "不显著", "不够明显", "不太明显", "不足", "不够", "不到位"),
    # 效果不佳, 效果一般, 成效不理想
    *("不佳", "欠佳", "较差", "一般", "不理想", "有限"),
)
# The weak words of a result said alone (一般, 有限, 不理想), which miss an effect target of
# a marked or good effect (明显, 显著, 效果明显, 效果良好), as 效果一般 misses 效果明显.
_WEAK_RESULTS: Final = frozenset({"一般", "有限", "不佳", "欠佳", "较差", "不理想"})
_MARKED_EFFECT_RE: Final = re.compile("明显|显著|良好")
# Words a target may put around its word: a degree before it (明显提升, 有效保障), 明显 or
# 显著 after it (效果明显).
_WORD_AFTER_DEGREES: Final = ("明显", "显著")
_WORD_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,12}")
# A target of no such event (不发生规模性返贫, 守住不发生规模性返贫底线, 无安全隐患, 杜绝
# 重大食品安全事故), and an actual saying there was none (全年未发生, 未发生规模性返贫,
# 无安全隐患) or there was one (存在安全隐患, 发生规模性返贫).
# 全年无故障, 零输入: a period before it, 零 as the none; a bare 不发生 takes its event
# from the row's name (重大信访事件 | 不发生).
_NO_EVENT_TARGET_RE: Final = re.compile(
    # 零发生, 零出现: no noun (not the noun 发生), the row's name names the event (regress109)
    # 杜绝, 杜绝发生 alone rule it out as 不发生 does (安全事故 | 杜绝: k28j)
    r"(?:确保)?(?P<bare>不发生|不出现|零发生|零出现|杜绝发生|杜绝)"
    r"|(?:全年|年内|全年度|本年度)?"
    r"(?:守住|确保|坚决|严防|坚守)?(?:不发生|未发生|不出现|不存在|杜绝|无|没有|零)"
    r"(?P<noun>[\u4e00-\u9fff]{2,16}?)(?:的?底线)?"
)
# The target's own 不 echoed by the actual's 未 (不减少 against 未减少, 林地面积不减少
# against 未减少 or 林地面积未减少): the same claim, said of the past.
_NOT_TARGET_RE: Final = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]{0,12}?)不(?P<verb>[\u4e00-\u9fff]{1,8})"
)
_NOT_SAID_RE: Final = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]{0,12}?)(?:全年|年内)?(?:均|已|始终)?(?:未|没有|没)"
    r"(?:出现|发生)?(?P<verb>[\u4e00-\u9fff]{1,8})"
)
# A narrower kind of the event before its noun (重大故障 of 故障), or none.
_EVENT_DEGREES: Final = frozenset({"", "重大", "较大", "一般", "特大", "特别重大", "严重", "突发"})
# A count of the event said with a figure (全年故障1次, 发生故障2次): its label's event.
_EVENT_COUNT_LABEL_RE: Final = re.compile(
    r"(?:全年|年内|全年度|本年度|累计|共)?(?P<verb>发生|出现)?(?P<noun>[\u4e00-\u9fff]{0,16}?)(?:共|累计)?"
)
_NO_EVENT_SAID_RE: Final = re.compile(
    r"(?:全年|本年度|本年|年内|当年|全年度|年度内|项目实施期间)?(?:均|共|累计|全部)?"
    r"(?:未发生|没有发生|未出现|没有出现|不存在|无|零"
    # 未发现违法违规行为, 未收到有效投诉: none found or received, none to count (r28)
    f"|{_NONE_FOUND_WORDS}"
    # 守住了不发生规模性返贫底线: the target's own words, kept
    r"|(?:牢牢)?守住了?(?:不发生|未发生))(?:过)?(?P<noun>[\u4e00-\u9fff]*?)(?:的?底线)?"
)
# Words making a 零 target's own noun the illicit kind it means (非法种植 of 零种植).
_ILLICIT_WORDS: Final = frozenset({"非法", "违法", "违规", "私自", "擅自"})
_EVENT_SAID_RE: Final = re.compile(
    r"(?:仍然|仍|依然|尚|还)?(?:存在|有|发生|出现)(?:了|过)?(?P<noun>[\u4e00-\u9fff]{2,16})"
)
# A target of at least (or at most) a level named in words (不低于当地居民平均生活水平),
# and an actual placing the result against the same level.
_NOT_BELOW_RE: Final = re.compile(r"(?:不低于|不少于|不差于|不弱于|≥)(?P<level>\D{2,20})")
_NOT_ABOVE_RE: Final = re.compile(r"(?:不高于|不超过|≤)(?P<level>\D{2,20})")
_LEVEL_SAID_RE: Final = re.compile(
    r"(?:均|已|全部|总体)?(?P<op>略高于|明显高于|高于|超过|超出|优于|不低于|达到|略低于|低于"
    r"|未达到|不及|未超过|不高于|不超过)(?P<level>\D{2,20})"
)
_ABOVE_SAID: Final = frozenset({"略高于", "明显高于", "高于", "超过", "超出", "优于"})
_BELOW_SAID: Final = frozenset({"略低于", "低于", "未达到", "不及"})
# A target of conformity to a named requirement (符合国家统计调查制度要求, 满足设计规范),
# and the bare answers that affirm or deny it.
_CONFORM_TARGET_RE: Final = re.compile(
    r"(?:均|全部)?(?:符合|满足|达到)[\u4e00-\u9fff]{0,24}?(?:要求|标准|规定|规范)"
)
_CONFORM_SAID: Final = frozenset(
    {"符合", "符合要求", "符合标准", "符合规定", "满足", "满足要求", "达到要求", "达到标准", "达标"}
)
_NOT_CONFORM_SAID: Final = frozenset(
    {
        *("不符合", "不符合要求", "不符合标准", "不符合规定", "不满足", "不满足要求"),
        *("未达到要求", "未达标", "不达标"),
    }
)
# Where a standard's code stands (符合CJJ45-2015标准, bare JGJ/T 123-2014): one word
_CODE_WORD: Final = "某"
_CONFORM_LEADS: Final = ("均", "全部", "完全", "已")


def _word_cores(target: Descriptive | QualitativeTarget) -> tuple[str, str] | None:
    """The target's phrase and its bare word (明显提升: 提升; 效果明显: 效果), or None."""
    phrase = _normal(_text(target))
    if not _WORD_RE.fullmatch(phrase) or phrase.startswith(("不", "未", "无", "没", "非")):
        return None
    core = phrase
    if isinstance(target, QualitativeTarget) and target.degree and target.word in phrase:
        core = target.word
    else:
        for degree in voc.DEGREE_WORDS:
            if core.startswith(degree) and len(core) > len(degree) + 1:
                core = core[len(degree) :]
                break
        for degree in _WORD_AFTER_DEGREES:
            if core.endswith(degree) and len(core) > len(degree) + 1:
                core = core[: -len(degree)]
                break
    return phrase, core


def _negates_word(target: Descriptive | QualitativeTarget, text: str) -> bool:
    """Whether *text* is the target's own word negated or said to fall short.

    >>> from perftrack import parse_target
    >>> [
    ...     _negates_word(parse_target(goal), said)
    ...     for goal, said in (("稳定", "不稳定"), ("明显提升", "提升不明显"), ("到位", "到位"))
    ... ]
    [True, True, False]
    >>> _negates_word(parse_target("明显"), "一般"), _negates_word(parse_target("稳定"), "一般")
    (True, False)
    """
    if (
        text in _WEAK_RESULTS
        and isinstance(target, QualitativeTarget)
        and target.family == "effect"
        and _MARKED_EFFECT_RE.search(target.word) is not None
    ):
        return True  # 一般 against 明显, 效果明显: the result said weak alone (parse54 M16)
    cores = _word_cores(target)
    if cores is None:
        return False
    phrase, core = cores
    for word in {phrase, core}:
        if text.startswith(_WORD_NEGATIONS) and any(
            text == negation + word for negation in _WORD_NEGATIONS
        ):
            return True
        if text.startswith(word) and text[len(word) :] in _WORD_SHORT_TAILS:
            return True
    return False


def _partly_word(target: Descriptive | QualitativeTarget, text: str) -> bool:
    """Whether *text* is the target's own word said not wholly (``未完全到位``).

    >>> from perftrack import parse_target
    >>> (
    ...     _partly_word(parse_target("到位"), "未完全到位"),
    ...     _partly_word(parse_target("到位"), "未到位"),
    ... )
    (True, False)
    """
    cores = _word_cores(target)
    if cores is None or not text.startswith(_WORD_PART_NEGATIONS):
        return False
    phrase, core = cores
    words = {phrase, core}
    if phrase.startswith("符合"):
        words.add("符合")  # 不完全符合 against 符合要求
    return any(text == negation + word for negation in _WORD_PART_NEGATIONS for word in words)


# A default of debt (债务违约, 债券违约, 逾期违约, 债务违约事件): one event on a row of debt,
# whatever words of debt lead it (parse48 H3); 合同违约 and other defaults stay their own.
_DEBT_DEFAULT_RE: Final = re.compile(
    "(?:政府)?(?:债务|债券|专项债券?|逾期|到期|兑付|本息|偿债)*违约(?:风险)?(?:事件)?"
)


def _default_event(noun: str) -> str:
    """``违约`` for any spelling of a default of debt, else *noun* itself (parse48 H3).

    >>> [_default_event(n) for n in ("债务违约事件", "逾期违约", "合同违约", "安全事故")]
    ['违约', '违约', '合同违约', '安全事故']
    """
    if "违约" not in noun or _DEBT_DEFAULT_RE.fullmatch(noun) is None:
        return noun
    return "违约"


def _event_judged(target: Descriptive | QualitativeTarget, text: str, name: str) -> bool | None:
    """A target of no such event against an actual of none (True) or of one (False).

    A bare ``不发生`` rules out the event the row's *name* names (``重大信访事件``).
    """
    goal = _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)))
    if goal is None:
        return _not_echoed(target, text)
    noun = _default_event(goal.group("noun") or _normal(name))
    if not noun:
        return None
    said = _NO_EVENT_SAID_RE.fullmatch(text)
    if said is not None:
        named = _default_event(said.group("noun"))
        # none of the same or of a wider kind (未发生食品安全事故 against 重大食品安全事故)
        if not named or (len(named) >= 2 and noun.endswith(named)):  # noqa: PLR2004
            return True
        if (
            f"零{noun}" in goal.group()
            and named.endswith(noun)
            and named[: -len(noun)] in _ILLICIT_WORDS
        ):
            # 未发现非法种植 against 零种植: the thing a 零 word rules out is the illicit
            # one, as 未发生非法种植 says (sweep26 W2)
            return True
        return None
    happened = _EVENT_SAID_RE.fullmatch(text)
    # one of the same or of a narrower kind (存在重大安全隐患 against 无安全隐患)
    if happened is not None and _default_event(happened.group("noun")).endswith(noun):
        return False
    return None


def _not_echoed(target: Descriptive | QualitativeTarget, text: str) -> bool | None:
    """``不X`` against ``未X`` (``不减少`` with ``未减少``): True, else None.

    The actual may repeat the target's subject (``林地面积未减少``) or leave it out.
    """
    wanted = _normal(_text(target))
    if wanted.endswith("只减不增"):
        wanted = wanted.removesuffix("只减不增") + "不增加"  # 只减不增 with 未增加 (parse35 H4)
    goal = _NOT_TARGET_RE.fullmatch(wanted)
    said = _NOT_SAID_RE.fullmatch(text)
    if goal is None or said is None or goal.group("verb") != said.group("verb"):
        return None
    return True if said.group("subject") in ("", goal.group("subject")) else None


# The first clause of an actual (未拆除历史建筑 of 未拆除历史建筑，修缮8处).
_FIRST_CLAUSE_RE: Final = re.compile("[，,；;。]")


def plan_not_echoed(planned: str, actual: str, name: str = "") -> bool:
    """Whether the actual's ``未X`` (its first clause) echoes a plan ``不X`` (parse42 H2).

    ``不拆除`` against ``未拆除`` or ``未拆除历史建筑，修缮8处``: the negated verb the
    plan asks for, said of the past; no work left undone.

    >>> [
    ...     plan_not_echoed(plan, actual)
    ...     for plan, actual in (
    ...         ("不拆除", "未拆除"),
    ...         ("不拆除", "未拆除历史建筑，修缮8处"),
    ...         ("不拆除", "均未拆除"),
    ...         ("不拆除", "未完成"),
    ...         ("拆除", "未拆除"),
    ...     )
    ... ]
    [True, True, True, False, False]
    """
    goal = _NOT_TARGET_RE.fullmatch(_normal(planned))
    first, *rest = _FIRST_CLAUSE_RE.split(_normal(actual), maxsplit=1)
    said = _NOT_SAID_RE.fullmatch(first)
    return (
        goal is not None
        and said is not None
        and goal.group("subject") == ""
        and said.group("subject") == ""
        and said.group("verb").startswith(goal.group("verb"))
        and not (
            rest
            and _done_after_all(
                rest[0],
                goal.group("verb"),
                said.group("verb").removeprefix(goal.group("verb")),
                _normal(name),
            )
        )
    )


# A later clause turning against the first (未新增，但发现违规新增1处): 但, 仍, 另有, 然而, 却.
_CONTRARY_RE: Final = re.compile("但|仍|另有|然而|却")


# What a verb is done to in a later clause: the words after it up to a count (新增巡查人员2名:
# 巡查人员; 新增1处: none).
_DONE_OBJECT_RE: Final = re.compile(
    r"(?:了)?(?P<object>[\u4e00-\u9fff]*?)"
    r"(?=\d|[一二两三四五六七八九十几多数][处个座名项起件次户人亩间栋批家条宗例]|[^\u4e00-\u9fff]|$)"
)


def _same_object(done: str, negated: str, name: str) -> bool:
    """Whether a later clause's object *done* is the thing a plan 不X is about (r104 W2).

    None named, the first clause's *negated* object (违建 of 未新增违建), or the row's own
    thing (违建 on 违规建设, each of its characters in the *name*; 一般耕地 on 耕地占用, its
    last two): not 巡查人员 on 违规建设.
    """
    if not done or (negated and (done.startswith(negated) or negated.startswith(done))):
        return True
    return bool(name) and (all(char in name for char in done) or done[-2:] in name)


def _done_after_all(rest: str, verb: str, negated: str = "", name: str = "") -> bool:
    """Whether *rest* says, after a contrary word, the *verb* a plan 不X rules out, done (r103).

    Done to the same thing (:func:`_same_object`): ``但新增巡查人员2名`` after
    ``未新增违建`` does another thing (r104 W2).

    >>> [
    ...     _done_after_all(rest, "新增")
    ...     for rest in ("但发现违规新增1处", "修缮8处", "但未新增", "新增绿化2处")
    ... ]
    [True, False, False, False]
    >>> [
    ...     _done_after_all(rest, "新增", negated, "违规建设")
    ...     for rest, negated in (
    ...         ("但新增巡查人员2名", "违建"),
    ...         ("但新增执法人员2名", ""),
    ...         ("但新增违建1处", ""),
    ...         ("但新增违建1处", "违建"),
    ...     )
    ... ]
    [False, False, True, True]
    """
    contrary = _CONTRARY_RE.search(rest)
    if contrary is None:
        return False
    after = rest[contrary.end() :]
    return any(
        after[found.start() - 1 : found.start()] not in ("未", "不", "没", "无")
        and (done := _DONE_OBJECT_RE.match(after, found.end())) is not None
        and _same_object(done.group("object"), negated, name)
        for found in re.finditer(re.escape(verb), after)
    )


# Grades of accidents and incidents (scoring.md, rule 3 on measures): a zero target of a
# grade and up (不发生较大及以上事故, 杜绝重大食品安全事故) rules out those grades only.
_EVENT_GRADE_RE: Final = re.compile(
    "^(?P<grade>一般|较大|重特大|重大|特别重大|特大)(?P<up>及以上|以上)?"
    "(?P<event>[\u4e00-\u9fff]*(?:事故|事件|火灾|灾害|险情|案件))$"
)
# The spellings of one event, an accident of work safety, after its grade (parse22 H2):
# 一般安全事故 is of the grades 不发生较大及以上安全生产事故 counts.
_SAFETY_ACCIDENTS: Final = frozenset(
    {
        *("安全生产事故", "生产安全事故", "安全事故", "责任事故"),
        *("安全生产责任事故", "生产安全责任事故", "安全责任事故"),
    }
)
_EVENT_GRADE_RANKS: Final = {
    "一般": 1,
    "较大": 2,
    "重大": 3,
    "重特大": 3,
    "特大": 4,
    "特别重大": 4,
}


def _graded_event(noun: str, named: str) -> bool | None:
    """Whether the graded event *named* is one the target's graded *noun* rules out.

    True at the target's grade or above, False below it (another measure, p21 H1);
    None when either names no single grade of accidents or the events differ.

    >>> [
    ...     _graded_event(noun, named)
    ...     for noun, named in (
    ...         ("较大及以上事故", "一般事故"),
    ...         ("较大及以上事故", "较大事故"),
    ...         ("重大食品安全事故", "一般食品安全事故"),
    ...         ("食品安全事故", "一般食品安全事故"),
    ...         ("较大及以上事故", "一般及以上事故"),
    ...         ("较大及以上安全生产事故", "一般安全事故"),
    ...         ("重大食品安全事故", "一般食品安全事件"),
    ...     )
    ... ]
    [False, True, False, None, None, False, False]
    """
    goal = _EVENT_GRADE_RE.fullmatch(noun)
    said = _EVENT_GRADE_RE.fullmatch(named)
    if goal is None or said is None or said.group("up"):
        return None
    # 食品安全事件 and 食品安全事故 are one event said two ways (regress46)
    ours, theirs = (re.sub("事件$", "事故", found.group("event")) for found in (goal, said))
    same = ours.endswith(theirs) or theirs.endswith(ours)
    if not (same or {ours, theirs} <= _SAFETY_ACCIDENTS):
        return None
    return _EVENT_GRADE_RANKS[said.group("grade")] >= _EVENT_GRADE_RANKS[goal.group("grade")]


# A count said before its event (发生1起一般事故, 出现2次较大故障): the measure word, then
# the event's noun, which the value language leaves in the unit (起一般事故) or as text.
_COUNT_BEFORE_EVENT_RE: Final = re.compile(
    r"(?P<verb>(?:全年|年内|共|累计)?(?:发生|出现))?(?P<count>\d+)(?P<measure>起|件|次|宗|例)"
    r"(?P<noun>[\u4e00-\u9fff]{2,16})"
)


def _count_before_event(actual: Value) -> Quantity | None:
    """A count said before its event as the count after it (``发生一般事故1起``), or None.

    >>> from perftrack import parse_value
    >>> [
    ...     (read.label, read.value, read.unit)
    ...     for text in ("发生1起一般事故", "发生1起一般安全事故")
    ...     if (read := _count_before_event(parse_value(text))) is not None
    ... ]
    [('发生一般事故', Decimal('1'), '起'), ('发生一般安全事故', Decimal('1'), '起')]
    >>> _count_before_event(parse_value("发生一般事故1起")) is None
    True
    """
    if isinstance(actual, Quantity) and actual.unit and actual.bound is _Bound.EXACT:
        said = _normal(f"{actual.label or ''}{actual.value}{actual.unit}")
    elif isinstance(actual, TextValue):
        said = _normal(actual.description)
    else:
        return None
    found = _COUNT_BEFORE_EVENT_RE.fullmatch(said)
    if found is None or not _ZERO_EVENT_RE.search(found["noun"]):
        return None
    label = f"{found['verb'] or '发生'}{found['noun']}"
    return Quantity(Decimal(found["count"]), found["measure"], label=label, text=_text(actual))


def _lower_grade_counted(
    target: Descriptive | QualitativeTarget, actual: Value, name: str
) -> str | None:
    """The lower grade an actual counts under a zero target of higher grades, or None.

    ``发生一般事故1起`` (also after ``未发生较大及以上事故，``) against ``不发生较大及以上事故``:
    the grade ruled out did not happen; ``一般`` is another measure (p21 H1).
    """
    goal = _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)))
    if goal is None:
        return None
    actual = _count_before_event(actual) or actual  # 发生1起一般事故: 发生一般事故1起 (r35f)
    if not isinstance(actual, Quantity) or not actual.label:
        return None
    noun = goal.group("noun") or _normal(name)
    *before, last = _CLAUSE_SPLIT_RE.split(_normal(actual.label))
    if not before and actual.status is _Status.NOT_DONE:
        # 未发生较大事故，发生一般事故1起: the value language reads the first clause as a
        # status (未…, not done) and keeps only the count's label; the cell's clauses say
        # none of one grade, then a count of another (g23d)
        *said, counted_clause = _CLAUSE_SPLIT_RE.split(_normal(_text(actual)))
        if not said or not counted_clause.startswith(last):
            return None
        before = said
    if any(_NO_EVENT_SAID_RE.fullmatch(clause) is None for clause in before):
        return None  # only none of something may come before the count
    counted = _EVENT_COUNT_LABEL_RE.fullmatch(last)
    if counted is None:
        return None
    named = counted.group("noun")
    graded = _GRADE_NOTE_RE.fullmatch(_normal(actual.note or ""))
    if graded is not None and _EVENT_GRADE_RE.fullmatch(named) is None:
        named = graded.group("grade") + named  # 发生食品安全事故1起（一般级） (regress46)
    if _graded_event(noun, named) is not False:
        return None
    return named


def _event_grade_said(count: Quantity) -> bool:
    """Whether a *count* of events says its grade, in its label or in a note (regress109 W2).

    ``发生较大火灾1起`` and ``发生火灾1起（一般）`` do; ``发生火灾1起`` does not.

    >>> from perftrack import parse_value
    >>> [
    ...     _event_grade_said(parse_value(text))
    ...     for text in ("发生较大火灾1起", "发生火灾1起（一般）", "发生火灾1起")
    ... ]
    [True, True, False]
    """
    return (
        _GRADE_WORD_RE.search(_normal(count.label or "")) is not None
        or _GRADE_NOTE_RE.fullmatch(_normal(count.note or "")) is not None
    )


# A grade said in a note after the count (发生食品安全事故1起（一般级）, （一般）).
_GRADE_NOTE_RE: Final = re.compile("(?P<grade>一般|较大|重特大|重大|特别重大|特大)(?:级|等级)?")
# A grade word of an incident in a row's name (ranked by _EVENT_GRADE_RANKS).
_GRADE_WORD_RE: Final = re.compile("一般|较大|重特大|特别重大|重大|特大")


# A later clause taking a counted event back (发生投诉1起，经核实不属实; 系误报, 已撤销):
# whether the event counts is for a reviewer, the count does not break a zero target (r103).
_WITHDRAWN_RE: Final = re.compile("不属实|系误报|属误报|为误报|已撤销|已撤诉|撤诉|已撤回")
# A withdrawal word negated (未撤诉, 没有撤销, 尚未撤回): nothing taken back (r104 W1).
_WITHDRAWAL_NEGATED_RE: Final = re.compile("(?:未|没|无|不)(?:有|曾|被|予)?$")
# What may stand before a withdrawal word of the counted event: a check (经核实, 核实后),
# a count of it (其中1起, 2起均), its reporter (投诉人) and linking words; anything else
# names another subject taken back (处罚决定已撤销) (r104 W1).
_WITHDRAWAL_LEAD_RE: Final = re.compile(
    r"其中|(?P<count>\d+)(?:起|件|次|宗|例|个|条)|经(?:核实|查实|调查|核查|复核|查)?"
    "|(?:核实|调查|核查|复核|查实)后|投诉人|举报人|当事人|申请人|原告"
    "|另有|另|均|全部|都|已|系|该|此|上述|被|主动|后"
)
# A later clause counting more of the event, not taken back (另有属实投诉1起) (r104 W1).
_FURTHER_COUNT_RE: Final = re.compile(r"(?:属实|另有|还有|另|此外)[^，,；;]*?\d+(?:起|件|次|宗|例)")


def _withdrawn_share(clause: str, noun: str, counted: str) -> Decimal | None:
    """How many of the counted event *clause* takes back (its count, else 0 for all), or None.

    ``经核实不属实`` and ``该投诉已撤销`` take back all (0, the whole); ``其中1起经核实不属实``
    takes back 1. None when the clause takes nothing back: no withdrawal word, the word
    negated (``投诉人未撤诉``), or said of another subject (``处罚决定已撤销``) (r104 W1).
    """
    found = _WITHDRAWN_RE.search(clause)
    if found is None:
        return None
    before = clause[: found.start()]
    if _WITHDRAWAL_NEGATED_RE.search(before) or "部分" in before:
        return None
    counts = [
        Decimal(lead["count"]) for lead in _WITHDRAWAL_LEAD_RE.finditer(before) if lead["count"]
    ]
    rest = _WITHDRAWAL_LEAD_RE.sub("", before)
    for word in sorted({noun, counted}, key=len, reverse=True):
        if word:
            rest = rest.replace(word, "")
    if rest:
        return None  # 处罚决定已撤销: something else taken back
    return sum(counts, Decimal(0))


def _count_withdrawn(later: list[str], count: Decimal, noun: str, counted: str) -> bool:
    """Whether the *later* clauses take the whole *count* of the event back (r103, r104 W1).

    The clauses taking it back cover the count (all of it, or parts adding up to it), and no
    clause counts more of it (``另有属实投诉1起``): ``其中1起经核实不属实`` of 2 leaves 1.
    """
    shares = [_withdrawn_share(clause, noun, counted) for clause in later]
    taken = [share for share in shares if share is not None]
    if not taken:
        return False
    if any(
        share is None and _FURTHER_COUNT_RE.search(clause)
        for share, clause in zip(shares, later, strict=True)
    ):
        return False  # 另有属实投诉1起: a count of the event that stands
    return any(share == 0 for share in taken) or sum(taken, Decimal(0)) >= count


# A count's words of clearing or fixing (消除, 整改): what was dealt with, no occurrence.
_CLEARING_LABEL_RE: Final = re.compile("消除|整改|清零|化解|销号|销案")

# A remainder said beside a count cleared (已消除3处（剩余1处）, 尚有2处): not cleared (regress105 W4).
# The word before a remainder's count (剩余1处, 尚有2处): dropped where the count is said.
_CLEARING_LEFT_WORD_RE: Final = re.compile("^(?:剩余|仍有|尚有|还有|尚余|剩下)")
# The measure words of things left to clear: 个 not of a span of time (还有3个月巡查期,
# 剩余1个月进入复查, 2个工作日: time left, no item open; regress106 W1).
_LEFT_ITEM = "(?:处|个(?!月|工作日|小时|星期|季度|半月|周)|项|起|件|条|户|家)"
_CLEARING_LEFT_RE: Final = re.compile(
    "(?:剩余|仍有|尚有|还有|尚余|剩下)(?!0+(?![\\d.]))\\d+(?:\\.\\d+)?" + _LEFT_ITEM
)


# A remainder said after the work done: 2处未整改, 未完成整改2处 (r105b; 尚有2处 is above).
_CLEARING_UNDONE_RE: Final = re.compile(
    "(?<![\\d.])(?P<before>(?!0+(?![\\d.]))\\d+(?:\\.\\d+)?" + _LEFT_ITEM + ")"
    "(?:尚|仍)?未(?:完成)?(?:整改|消除|清零|化解|销号|销案)"
    "|未(?:完成)?(?:整改|消除|清零|化解|销号|销案)"
    "(?P<after>(?!0+(?![\\d.]))\\d+(?:\\.\\d+)?" + _LEFT_ITEM + ")"
)


def _remainder_left(
    target: QualitativeTarget | Descriptive, actual: Value, ctx: _Context
) -> _Outcome | None:
    """A remainder above zero said beside work done, against all cleared: not cleared (r105b).

    ``已整改5处（尚有2处）``, ``已消除3处，仍有1处未消除`` or ``已整改5处，未完成整改2处``
    against ``动态清零`` (or a described 全部整改, 全部清零): the done word does not clear what is
    said to be left. ``尚有0处`` and no remainder: None (judged as before).
    """
    if isinstance(target, Descriptive):
        wanted = _normal(target.description)
        if not (("清零" in wanted or "全部" in wanted) and _CLEARING_LABEL_RE.search(wanted)):
            return None  # 全部整改, 全部清零; not 全部完成, whose remainder may be another thing
    shown = _text(actual)
    said = _normal(shown)
    if _status_of(actual) is not _Status.DONE and not _CLEARING_LABEL_RE.search(said):
        return None
    if (found := _CLEARING_LEFT_RE.search(said)) is not None:
        left = _CLEARING_LEFT_WORD_RE.sub("", found[0])  # 尚有2处, 仍有1处: the 2处, 1处
    elif (found := _CLEARING_UNDONE_RE.search(said)) is not None:
        left = found["before"] or found["after"]  # 2处未整改, 未完成整改2处: the 2处
    else:
        return None
    return _still_left(ctx, shown, left, target)


def _still_left(ctx: _Context, shown: str, left: str, target: Target) -> _Outcome:
    """*left* (``2处``) said still open in *shown* against an all-cleared *target*: not met.

    Pending before the due date (regress105 W4, r105b).
    """
    return _pending_or_not_met(
        ctx,
        ctx.say(
            f"实际“{shown}”，仍有{left}未完成，距年底尚有时间",
            f"actual “{shown}”: {left} still left",
        ),
        ctx.say(
            f"实际“{shown}”，仍有{left}未完成，未达到“{target}”",
            f"actual “{shown}”: {left} still left, misses “{target}”",
        ),
    )


def _zero_broken_by_count(
    target: Descriptive | QualitativeTarget, actual: Value, name: str
) -> tuple[str, bool] | None:
    """The clause of a prose actual counting the event a zero target rules out (k26b).

    ``发生一般等级水上交通事故1起，无人员伤亡`` against ``零事故``: the first clause counts
    an accident of the row's, whatever the later clauses say of other events (伤亡 is a
    consequence of it, not the event). A count of a grade below the target's
    (:func:`_lower_grade_counted`) is a note. With the clause, whether its grade is
    known: False for a count of no grade against a graded target (``发生交通事故1起`` against
    ``无重大事故``: it may or may not be one, regress109 W2). None when no clause of several
    counts something that happened of the target's (or the row's) event.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _zero_broken_by_count(parse_target(target), parse_value(text), "水上交通安全事故")
    ...     for target, text in (
    ...         ("零事故", "发生一般等级水上交通事故1起，无人员伤亡"),
    ...         ("零事故", "未发生水上交通事故，无人员伤亡"),
    ...         ("不发生重大事故", "发生一般事故1起，无人员伤亡"),
    ...         ("零事故", "发生火灾1起，无人员伤亡"),
    ...         ("零事故", "发生水上交通事故1起，经核实不属实"),
    ...     )
    ... ]
    [('发生一般等级水上交通事故1起', True), None, None, None, None]
    >>> _zero_broken_by_count(
    ...     parse_target("无重大事故"), parse_value("发生交通事故1起，无人员伤亡"), ""
    ... )
    ('发生交通事故1起', False)
    """
    goal = _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)).rstrip("。"))
    if goal is None or not isinstance(actual, TextValue):
        return None
    noun = goal.group("noun") or _normal(name)
    clauses = [
        part
        for clause in _CLAUSE_SPLIT_RE.split(_normal(actual.text).rstrip("。"))
        for part in clause.split("、")  # 发生一般水上交通事故2起、死亡0人
        if part
    ]
    if len(clauses) < 2:  # noqa: PLR2004 - one clause is a value of its own
        return None
    for place, clause in enumerate(clauses):
        said = parse_value(clause)
        if (
            isinstance(said, Quantity)
            and said.label
            and said.unit in _OCCURRENCE_UNITS
            and said.value > 0
            and said.bound in (_Bound.EXACT, _Bound.AT_LEAST, _Bound.MORE_THAN)
            and (counted := _EVENT_COUNT_LABEL_RE.fullmatch(_normal(said.label))) is not None
            and counted.group("verb")
            and _own_event_label(said.label, noun, actual.text)
            and (
                (noun != _normal(name) and not _ZERO_EVENT_RE.search(_normal(name)))
                or _own_event_label(said.label, name, actual.text)
            )
            and _lower_grade_counted(target, said, name) is None
        ):
            if _count_withdrawn(
                clauses[place + 1 :], said.value, noun, _normal(counted.group("noun") or "")
            ):
                return None  # 发生投诉1起，经核实不属实: taken back, no count to break it (r103)
            return clause, _GRADE_WORD_RE.search(noun) is None or _event_grade_said(said)
    return None


def _lower_grade_met(
    target: Descriptive | QualitativeTarget, actual: Value, ctx: _Context
) -> _Outcome | None:
    """Met when the actual counts only events of a grade below those the target rules out."""
    named = _lower_grade_counted(target, actual, ctx.indicator.name)
    if named is None:
        return None
    shown = _text(actual)
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{shown}”为{named}，低于年度指标“{target}”排除的等级，"
            "该等级事故未发生，达到年度指标",
            f"actual “{shown}” is of a grade below those “{target}” rules out: met",
        ),
    )


def _event_counted(
    target: Descriptive | QualitativeTarget, actual: Value, name: str
) -> bool | None:
    """A target of no such event against a count of it (``全年故障1次``): 0 meets it."""
    goal = _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)))
    if goal is None:
        return None
    actual = _count_before_event(actual) or actual  # 发生2次故障: 发生故障2次 (r35f)
    if not isinstance(actual, Quantity) or not actual.label:
        return None
    if actual.bound not in (_Bound.EXACT, _Bound.AT_LEAST, _Bound.MORE_THAN):
        return None
    noun = _default_event(goal.group("noun") or _normal(name))
    counted = _EVENT_COUNT_LABEL_RE.fullmatch(_normal(actual.label))
    if not noun or counted is None:
        return None
    # 发生1起 under a bare 不发生: the row's event; else the same or a narrower one
    named = _default_event(counted.group("noun"))
    narrower = (named.endswith(noun) and named[: -len(noun)] in _EVENT_DEGREES) or bool(
        _graded_event(noun, named)
    )  # 较大事故 against 杜绝较大及以上事故 (p21 M3)
    if not (narrower if named else counted.group("verb")):
        return None  # 处理故障3次: work done on the event, not the event
    if actual.value > 0:
        return False
    return True if actual.bound is _Bound.EXACT else None


def _level_judged(target: Descriptive | QualitativeTarget, text: str) -> bool | None:
    """A target of at least (or most) a level in words against the actual's place to it."""
    wanted = _normal(_text(target))
    floor = _NOT_BELOW_RE.fullmatch(wanted)
    ceiling = _NOT_ABOVE_RE.fullmatch(wanted) if floor is None else None
    bound = floor or ceiling
    said = _LEVEL_SAID_RE.fullmatch(text) if bound is not None else None
    if bound is None or said is None or said.group("level") != bound.group("level"):
        return None
    op = said.group("op")
    if floor is not None:
        if op in _ABOVE_SAID or op in ("不低于", "达到"):
            return True
        return False if op in _BELOW_SAID else None
    if op in _BELOW_SAID - {"未达到", "不及"} or op in ("未超过", "不高于", "不超过", "达到"):
        return True
    return False if op in _ABOVE_SAID else None


def _without_target_codes(target: Descriptive | QualitativeTarget, text: str) -> str:
    """*text* without the standard's codes it repeats from the target, else *text*.

    ``符合JGJ/T 123-2014`` against ``JGJ/T 123-2014`` says ``符合`` (regress42): the
    code names the requirement, no figure. An actual naming another code keeps it.

    >>> from perftrack import parse_target
    >>> _without_target_codes(parse_target("JGJ/T 123-2014"), "符合JGJ/T 123-2014")
    '符合'
    >>> _without_target_codes(parse_target("JGJ/T 123-2014"), "符合GB 50300-2013")
    '符合GB 50300-2013'
    """
    said = [_CODE_SPACE_RE.sub("", code.group()) for code in STANDARD_CODE_RE.finditer(text)]
    if not said:
        return text
    wanted = {
        _CODE_SPACE_RE.sub("", code.group())
        for code in STANDARD_CODE_RE.finditer(_normal(_text(target)))
    }
    if not set(said) <= wanted:
        return text
    return STANDARD_CODE_RE.sub("", text)


_CODE_SPACE_RE: Final = re.compile(r"\s+")


def _conformity_judged(target: Descriptive | QualitativeTarget, text: str) -> bool | None:
    """A target of conformity to a named requirement against a bare 符合 or 不符合."""
    phrase, codes = STANDARD_CODE_RE.subn(_CODE_WORD, _normal(_text(target)))
    if not (_CONFORM_TARGET_RE.fullmatch(phrase) or (codes and phrase == _CODE_WORD)):
        return None
    for lead in _CONFORM_LEADS:
        text = text.removeprefix(lead)
    if text in _CONFORM_SAID:
        return True
    return False if text in _NOT_CONFORM_SAID else None


def _judge_target_words(
    target: Descriptive | QualitativeTarget, actual: Value, ctx: _Context
) -> _Outcome | None:
    """An actual the other rules left unknown judged by the target's own words.

    The target's word negated is missed (pending before due): ``不稳定``, ``不到位``,
    ``未正常运行`` against ``稳定``, ``到位``, ``正常运行``; ``提升不明显``, ``效果不明显``
    against ``明显提升``, ``效果明显``; ``存在安全隐患`` against ``无安全隐患``. Met: none of
    the event the target rules out (``未发生规模性返贫``, ``全年未发生`` against
    ``不发生规模性返贫``, ``不发生重大食品安全事故``), a place above the level in words
    the target does not go below (``高于当地居民平均生活水平`` against
    ``不低于当地居民平均生活水平``; ``低于…`` misses it), and a bare ``符合`` against
    ``符合国家统计调查制度要求`` (``不符合`` misses it). None for anything else.

    >>> from perftrack.model import Indicator
    >>> from perftrack.policy import Policy
    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("系统运行")
    >>> ctx = _Context(row, 0, None, Policy(), dt.date(2024, 12, 31), 2024, _Language("zh"))  # type: ignore[arg-type]
    >>> [
    ...     _judge_target_words(parse_target(goal), parse_value(said), ctx).attainment.value
    ...     for goal, said in (("稳定", "不稳定"), ("不发生规模性返贫", "未发生规模性返贫"))
    ... ]
    ['not_met', 'met']
    """
    shown = _text(actual)
    text = _normal(shown).rstrip("。；;，,")
    lower = _lower_grade_met(target, actual, ctx)
    if lower is not None:
        return lower
    # 全年故障1次 against 全年无故障: one of the event ruled out
    judged = _event_counted(target, actual, ctx.indicator.name)
    if judged is not None:
        return _judged_in_words(target, shown, ctx, judged=judged)
    text = _without_target_codes(target, text)
    if not text or _DIGIT_RE.search(text) is not None:
        return None
    judged = _event_judged(target, text, ctx.indicator.name)
    if judged is None:
        judged = _level_judged(target, text)
    if judged is None:
        judged = _conformity_judged(target, text)
    if judged is None and _negates_word(target, text):
        judged = False
    if judged is None:
        return _partly(ctx, shown, target) if _partly_word(target, text) else None
    return _judged_in_words(target, shown, ctx, judged=judged)


def _judged_in_words(
    target: Descriptive | QualitativeTarget, shown: str, ctx: _Context, *, judged: bool
) -> _Outcome:
    if judged:
        return _meets(ctx, shown, target)
    say = ctx.say
    return _pending_or_not_met(
        ctx,
        say(
            f"实际“{shown}”与年度指标“{target}”不符，距年底尚有时间",
            f"actual “{shown}” contradicts “{target}”; there is still time",
        ),
        say(f"实际“{shown}”，未达到“{target}”", f"actual “{shown}” misses “{target}”"),
    )


# 基本 as a degree: directly before a word of completion or attainment (基本完成, 基本达到
# 国家标准, 基本全覆盖, 基本实现全覆盖, 基本健全). 基本 before anything else starts a noun
# (基本公共卫生服务, 基本支出, 基本台账, 基本农田) or is a survey's answer (基本满意465/500).
_BASICALLY_RE: Final = re.compile(
    "(?:基本上|基本)(?=完成|完工|竣工|建成|达到|达成|达标|实现|覆盖|全覆盖|健全|完善|到位|落实"
    "|满足|符合|做到|解决|消除|按时|按期|如期|持平)"
)
_DIGIT_RE: Final = re.compile(r"\d")


def _basically(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """The target's own result qualified by 基本: partial, else None.

    The degree word of :func:`_degree_of_word` before any actual that, without it,
    meets the target: ``基本完成`` against ``按计划完成`` (``完成`` meets it),
    ``基本达到国家标准`` against ``达到国家标准``, ``基本达到预期目标`` against
    ``达到预期目标``, ``基本全覆盖`` against ``全覆盖`` (100%). Asked only of an actual
    judged unknown, with 基本 right before a word of completion or attainment, and never
    of a cell holding a figure (``基本满意465/500``: the figure is for the other rules).

    >>> [_BASICALLY_RE.match(text) is not None for text in ("基本全覆盖", "基本支出保障到位")]
    [True, False]
    """
    text = _normal(_text(actual))
    degree = _BASICALLY_RE.match(text)
    if degree is None or _DIGIT_RE.search(text) is not None:
        return None
    rest = parse_value(text[degree.end() :], year=ctx.year)
    if _judge(target, rest, ctx).attainment is not _Attainment.MET:
        return None
    shown = _text(actual)
    return _Outcome(
        _Attainment.PARTIAL,
        ctx.say(
            f"实际“{shown}”，程度低于年度指标“{_text(target)}”，部分达成",
            f"actual “{shown}” falls short of the target “{_text(target)}”",
        ),
    )


# 部分 as a degree, as 基本 (:func:`_basically`): right before a word of completion or
# attainment (部分完成, 大部分完成, 已部分完成, 部分实现, 部分达到预期, 部分按时完成).
_PART_DONE_RE: Final = re.compile(
    "(?:已经?|仅|只)?(?:绝大部分|大部分|大部|部分)"
    "(?=完成|完工|竣工|建成|达到|达成|达标|实现|覆盖|到位|落实|按时|按期|如期)"
)


def _partly_done(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A part done, or work under way, against a target a completion meets, else None.

    A part of the target's own result is partial, as :func:`_basically` reads 基本:
    ``部分完成``, ``大部分完成``, ``完成80%`` against ``完成``, ``按计划完成`` or
    ``全面完成``; ``部分实现`` against ``实现``, ``部分按时完成`` against ``按时完成``. Work
    under way (``正在推进``, ``正在施工``) against a target that ``完成`` meets is missed
    at the due date and pending before it, as against a count. Asked only of an actual
    judged unknown.

    >>> [_PART_DONE_RE.match(text) is not None for text in ("大部分完成", "部分群众")]
    [True, False]
    """
    status = _status_of(actual)
    text = _normal(_text(actual))
    rest: Value | None = None
    # a completion target names the completion (完成, 按计划完成, 全面完成): 二等奖 does not
    completion = _DONE_WORD_RE.search(_normal(_text(target))) is not None
    if status is _Status.IN_PROGRESS and completion:
        rest = parse_value("完成", year=ctx.year)
    elif (part := _PART_DONE_RE.match(text)) is not None:
        if _DIGIT_RE.search(text) is None:
            rest = parse_value(text[part.end() :], year=ctx.year)
    elif (
        status is _Status.PARTIAL
        and completion
        and isinstance(actual, Quantity)
        and actual.unit == "%"
        and actual.label is None
        and 0 < actual.value < _HUNDRED
    ):
        rest = parse_value("完成", year=ctx.year)  # 完成80%: a part of the work
    if rest is None or _judge(target, rest, ctx).attainment is not _Attainment.MET:
        return None
    shown = _text(actual)
    say = ctx.say
    if status is _Status.IN_PROGRESS:
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”，尚未完成，距年底尚有时间",
                f"actual “{shown}”: under way, there is still time",
            ),
            say(
                f"实际“{shown}”，尚未完成，未达到“{_text(target)}”",
                f"actual “{shown}”: under way, short of “{_text(target)}”",
            ),
        )
    return _Outcome(
        _Attainment.PARTIAL,
        say(
            f"实际“{shown}”，部分完成，未全部达到年度指标“{_text(target)}”",
            f"actual “{shown}” is a part of the target “{_text(target)}”",
        ),
    )


# A target or actual of no (significant) effect: 无明显影响, 无重大不利影响, 未产生负面影响,
# 对周边交通秩序无明显影响, 未对周边产生影响, 不会造成不良影响, 基本无影响. The kinds of an
# effect a 成本 row counts (负面, 不利, 不良, 消极) are one: its 影响 is a harm.
_EFFECT_SCOPE: Final = r"(?:对[\u3400-\u9fff]{1,12}?)?"
_EFFECT_KIND: Final = "(?:负面|不利|不良|消极)?(?:社会|环境|生态环境|生态)?"
# How large an effect the target rules out: 明显 (rank 1) or 重大 (rank 2); none: any.
_EFFECT_RANKS: Final = MappingProxyType(
    {
        **dict.fromkeys(("明显", "显著", "较大", "较明显", "大"), 1),
        **dict.fromkeys(("重大", "严重", "太大", "很大", "大的"), 2),
    }
)
_EFFECT_DEGREES: Final = "|".join(sorted(_EFFECT_RANKS, key=len, reverse=True))
_NO_EFFECT_RE: Final = re.compile(
    rf"{_EFFECT_SCOPE}(?P<basic>基本)?(?:均|并|从)?(?:无|没有|未|不|没)(?:会|曾)?{_EFFECT_SCOPE}"
    r"(?:产生|造成|带来|出现|发生|构成|引起)?(?:过|了)?(?:任何)?"
    rf"(?P<degree>{_EFFECT_DEGREES})?的?{_EFFECT_KIND}影响"
)
# An effect that happened: 有一定影响, 产生了较大负面影响, 造成不利影响, 影响较大; slight ones
# (有轻微影响, 影响较小, 影响不大) are the reviewer's against 无明显影响.
_SLIGHT_EFFECT: Final = ("轻微", "较小", "很小", "少量", "些许", "微小", "一点", "不大", "有限")
_SOME_EFFECT_RE: Final = re.compile(
    rf"{_EFFECT_SCOPE}(?:有|产生了?|造成了?|带来了?|存在|出现了?|引起了?)"
    rf"(?P<degree>一定|一些|部分|{_EFFECT_DEGREES}|{'|'.join(_SLIGHT_EFFECT)})?的?{_EFFECT_KIND}影响"
    rf"|{_EFFECT_SCOPE}{_EFFECT_KIND}影响(?P<after>{_EFFECT_DEGREES}|{'|'.join(_SLIGHT_EFFECT)}|一般)"
)
_EFFECT_END: Final = "。；;，,"
# A bare none: 无, 没有, 未发生, 零 (and a bare 0): nothing happened, no effect either.
_NONE_WORDS: Final = frozenset({"无", "没有", "未发生", "零", "0"})


# A target that the cost stays within the budget (控制在预算范围内, 不超过预算, ≤批复概算,
# 不突破批复概算), and an actual saying it did (未超预算, 未超支, 无超支, 控制在预算内,
# 未突破概算, 低于预算), and one saying it did not (超出预算, 超支, 超预算2万元: parse56 F18).
# The budget is also the sum approved (批复金额, 核定资金, 下达额度).
_BUDGET_NOUN: Final = (
    "(?:(?:年度|批复|核定|项目|下达)?的?(?:预算|概算)(?:数|金额|资金|成本|额度)?"
    "|(?:批复|核定|下达)的?(?:金额|资金|额度|数))"
)
_BUDGET_KEPT_TARGET_RE: Final = re.compile(
    r"(?:项目|成本|支出|费用|资金|总成本|项目成本)?"
    rf"(?:控制在|不超过|不突破|不超出|不超|不高于|≤|<=|未超过|未超出|未突破){_BUDGET_NOUN}"
    r"(?:范围)?(?:内|以内|之内)?"
)
# The words one of which a target of the budget kept holds (the cheap guard).
_BUDGET_TARGET_WORDS: Final = ("预算", "概算", "批复", "核定", "下达")
_BUDGET_KEPT_SAID_RE: Final = re.compile(
    r"(?:项目|成本|支出|费用|资金|总成本|项目成本)?(?:均|已|全部|严格)?"
    rf"(?:(?:控制在|在){_BUDGET_NOUN}(?:范围)?(?:内|以内|之内)"
    rf"|(?:未超过|未超出|未超|未突破|没有超出|没有超过|没有突破|低于|不超过)(?:{_BUDGET_NOUN})?"
    r"|无超支|未超支|没有超支|无超出)"
)
_BUDGET_BROKEN_SAID_RE: Final = re.compile(
    r"(?:项目|成本|支出|费用|资金|总成本|项目成本|实际支出)?(?:已|略有|略|有|存在)?"
    rf"(?:超支|(?:超出|超过|突破|超)(?:了)?{_BUDGET_NOUN})(?:了)?"
    # 超预算5万元, 超支3.2%: the excess, none when 0 (超支0元)
    r"(?:约|共计?)?(?P<amount>\d[\d,]*(?:\.\d+)?(?:万|亿)?元|\d+(?:\.\d+)?%)?"
)
# A target of no cost or harm caused (不造成环境污染, 不产生社会成本, 不增加群众负担,
# 不破坏生态环境, 社会成本：无), and an actual saying none was (未造成环境污染, 无, 没有,
# 未产生社会成本, 无社会成本).
_NO_COST_HARMS: Final = "成本|费用|支出|负担|破坏|损害|损失|浪费|污染|危害"
_NO_COST_TARGET_RE: Final = re.compile(
    r"(?:均|确保)?(?:不|无|杜绝)(?:对[\u4e00-\u9fff]{1,12}?)?(?:会)?"
    r"(?P<verb>造成|产生|增加|带来|引起|破坏)?(?:额外|任何|新的?)?"
    r"(?P<noun>[\u4e00-\u9fff]{0,10})"
)
_NO_COST_SAID_RE: Final = re.compile(
    r"(?:全年|项目实施期间|实施期间)?(?:均|并|从)?(?:未|没有|没|无)(?:对[\u4e00-\u9fff]{1,12}?)?"
    r"(?:造成|产生|增加|带来|引起|破坏)?(?:过|了)?(?:额外|任何|新的?)?"
    r"(?P<noun>[\u4e00-\u9fff]{0,10})"
)
# The label of a 成本 row that a target may repeat before its answer (社会成本：无).
_COST_LABEL_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,10}(?:成本|影响|费用|损失)(?:指标)?[:：]")
_NONE_TARGETS: Final = frozenset({"无", "零", "0", "没有"})


def _harm_of(noun: str) -> str | None:
    """The harm a noun phrase ends in (环境污染: 污染), else None."""
    for harm in _NO_COST_HARMS.split("|"):
        if noun.endswith(harm):
            return harm
    return None


# A degree that narrows a harm denied (未造成重大环境污染): it leaves the lesser ones open.
_HARM_DEGREE_RE: Final = re.compile("特别重大|重大|较大|严重|明显|大面积|大规模")
_HARM_CAUSE_RE: Final = re.compile("造成|产生|发生|出现|存在|引起|带来")
_HARM_DENIED_RE: Final = re.compile("未|没|无|不|杜绝|避免")


def _harm_caused(text: str, harm: str) -> str | None:
    """The clause of *text* saying *harm* was caused (造成轻微扬尘污染), else None.

    Example:
        >>> _harm_caused("造成轻微扬尘污染,已整改", "污染"), _harm_caused("未造成环境污染", "污染")
        ('造成轻微扬尘污染', None)
    """
    for clause in re.split("[,;。]", text):
        if (
            harm in clause
            and _HARM_CAUSE_RE.search(clause) is not None
            and _HARM_DENIED_RE.search(clause) is None
        ):
            return clause
    return None


def _no_cost_wanted(target: Target) -> tuple[str, str] | None:
    """What a target of no cost or harm rules out: (verb, harm); ("", "") for a bare none."""
    if isinstance(target, QualitativeTarget) and target.family == "zero":
        wanted = _normal(target.text or target.word)
    elif isinstance(target, Descriptive):
        wanted = _normal(target.description)
    else:
        return None
    label = _COST_LABEL_RE.match(wanted)
    if label is not None:
        wanted = wanted[label.end() :]  # 社会成本：无: the answer after the row's label
    if wanted in _NONE_TARGETS:
        return "", ""
    found = _NO_COST_TARGET_RE.fullmatch(wanted)
    if found is None:
        return None
    verb, noun = found.group("verb") or "", found.group("noun")
    harm = "破坏" if verb == "破坏" and noun else _harm_of(noun)
    if harm is None or (not verb and not wanted.startswith("无")):
        return None
    return verb, harm


# A saving after the budget kept (结余4万元, 节约资金2.3万元).
_BUDGET_SAVED_RE: Final = re.compile(
    r"(?:共|实际)?(?:结余|节约|节余|节省|剩余)(?:资金|经费)?(?:约)?[\d.]+(?:万|亿)?元"
)


def _budget_kept_judged(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """What the actual says of a target of the budget kept (``控制在预算范围内``), else None.

    Met by ``未超预算``, ``无超支``, ``控制在预算内`` (the last clause), or such a first
    clause followed by savings (``未超预算，结余4万元``); not met by a clause of an overrun
    above zero (``超出预算``, ``超支``, ``超预算2万元``, ``超出批复金额3万元``: parse56 F18),
    as any overrun of a ceiling is (:func:`_judge_overrun`).
    """
    shown = _text(actual)
    # (a bracket is a clause too: 未超预算（结余4万元）, k31l)
    clauses = [part for part in re.split("[，,；;。()]", _normal(shown)) if part]
    asked = {noun for noun in ("预算", "概算") if noun in target.description}
    none_over = False
    for part in clauses:
        broken = _BUDGET_BROKEN_SAID_RE.fullmatch(part)
        if broken is None:
            continue
        said = {noun for noun in ("预算", "概算") if noun in part}
        if asked and said and not asked & said:
            return None  # 超预算5% against ≤批复概算: the budget is no estimate's ceiling
        amount = broken["amount"]
        if amount is not None and not any(char in "123456789" for char in amount):
            none_over = True  # 超支0元: none
            continue
        return _Outcome(
            _Attainment.NOT_MET,
            ctx.say(
                f"实际“{shown}”，已超出预算，未达到“{_text(target)}”",
                f"actual “{shown}”: over the budget, “{_text(target)}” is missed",
            ),
        )
    if (
        clauses
        and (
            _BUDGET_KEPT_SAID_RE.fullmatch(clauses[-1])
            # 未超预算，结余4万元: kept, then what was left over
            or (
                _BUDGET_KEPT_SAID_RE.fullmatch(clauses[0])
                and all(_BUDGET_SAVED_RE.fullmatch(part) for part in clauses[1:])
            )
            or (none_over and len(clauses) == 1)
        )
    ):
        return _meets(ctx, shown, target)  # 未超预算, 严格按预算执行，无超支, 超支0元
    return None


def _judge_no_cost(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A budget kept, or no cost caused, said by the actual: met, else None.

    ``控制在预算范围内``, ``不超过预算`` or ``≤批复概算`` are met by ``未超预算``, ``无超支``,
    ``控制在预算内`` or ``未突破概算``. A target of no cost or harm (``不造成环境污染``,
    ``不产生社会成本``, ``社会成本：无``, ``无``) is met by a bare none (``无``, ``没有``,
    ``未产生``) and by the harm denied (``未造成环境污染``, ``无社会成本``,
    ``未产生生态环境成本``). Anything else is left to the other rules.

    >>> from perftrack.model import Indicator
    >>> from perftrack.policy import Policy
    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("社会成本")
    >>> ctx = _Context(row, 0, None, Policy(), dt.date(2024, 12, 31), 2024, _Language("zh"))  # type: ignore[arg-type]
    >>> [
    ...     _judge_no_cost(parse_target(goal), parse_value(said), ctx).attainment.value
    ...     for goal, said in (("不超过预算", "未超支"), ("不造成环境污染", "未造成环境污染"))
    ... ]
    ['met', 'met']
    """
    if (
        isinstance(target, Descriptive)
        and any(word in target.description for word in _BUDGET_TARGET_WORDS)
        and _BUDGET_KEPT_TARGET_RE.fullmatch(_normal(target.description).rstrip("。；;，,"))
    ):
        return _budget_kept_judged(target, actual, ctx)
    if not isinstance(target, (Descriptive, QualitativeTarget)) or isinstance(actual, Quantity):
        return None
    if isinstance(target, QualitativeTarget) and target.family != "zero":
        # (the cheap guard, speedS5a) a word that is no none (及时, 健全, 提高): no budget
        # target, which is Descriptive, and nothing ruled out (_no_cost_wanted's first test)
        return None
    shown = _text(actual)
    text = _normal(shown).rstrip("。；;，,")
    if not text:
        return None
    wanted = _no_cost_wanted(target)
    if wanted is None:
        return None
    goal = _text(target)
    if wanted[1] and (caused := _harm_caused(text, wanted[1])) is not None:
        return _Outcome(
            _Attainment.NOT_MET,
            ctx.say(
                f"实际“{shown}”表明已{caused}，未达到“{goal}”",
                f"actual “{shown}” says the harm was caused: “{goal}” is missed",
            ),
        )
    said_of = next(
        (part for part in re.split("[,;。]", text) if wanted[1] and wanted[1] in part), text
    )
    degree = _HARM_DEGREE_RE.search(said_of)
    if degree is not None and degree.group() not in _normal(goal):
        # 未造成重大环境污染 against 不造成环境污染: a lesser harm is not ruled out
        return _Outcome(
            _Attainment.UNKNOWN,
            ctx.say(
                f"实际“{shown}”只排除了{degree.group()}的，年度指标“{goal}”不限程度，需人工判断",
                f"actual “{shown}” rules out only a {degree.group()} harm, the target any: a"
                " reviewer must judge",
            ),
        )
    # a bare none (无, 没有, 未产生), or a zero phrase of no other harm (未发生; not 未超支)
    denied = _says_none(actual) and not any(word in text for word in ("超", "突破", "违", "逾期"))
    if (
        denied
        and not wanted[1]
        and _zero_of_another_event(target, actual, ctx.indicator.name) is not None
    ):
        return None  # 未发生投诉 under 安全生产事故 | 无: another event, for the zero rules
    if (text in _NONE_WORDS or text == "未产生") or (
        denied and (not wanted[1] or _harm_of(text) in (None, wanted[1]))
    ):
        return _meets(ctx, shown, target)
    said = _NO_COST_SAID_RE.fullmatch(text)
    if said is None:
        return None
    noun = said.group("noun")
    harm = _harm_of(noun) or ("破坏" if "破坏" in text else None)
    if harm is not None and (not wanted[1] or harm == wanted[1]):
        return _meets(ctx, shown, target)  # 未造成环境污染, 无社会成本, 未增加群众负担
    return None


def _judge_no_effect(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A target of no (significant) effect judged by what the actual says of the effect.

    ``无明显影响`` is met by ``无``, ``未产生负面影响``, ``对周边无影响``; ``无重大不利影响``
    by ``无不利影响`` and ``无明显影响`` (no noticeable effect is no major one either), not
    ``无影响`` by ``无明显影响`` (unknown: a small effect is not ruled out). An effect said to
    have happened (``有一定影响``, ``造成较大负面影响``) is the target missed (pending
    before due, not met at due); a slight one (``有轻微影响``, ``影响较小``) is the
    reviewer's against a target of no *significant* effect, and missed against one of no
    effect. ``基本无影响`` is partial against ``无影响``, met against ``无明显影响``. None
    for any other target, and an actual it says nothing of (the other rules judge it).

    >>> from perftrack.model import Indicator
    >>> from perftrack.policy import Policy
    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("对周边交通秩序影响")
    >>> ctx = _Context(row, 0, None, Policy(), dt.date(2024, 12, 31), 2024, _Language("zh"))  # type: ignore[arg-type]
    >>> [
    ...     _judge_no_effect(parse_target("无明显影响"), parse_value(text), ctx).attainment.value
    ...     for text in ("无", "未产生负面影响", "有一定影响", "有轻微影响")
    ... ]
    ['met', 'met', 'not_met', 'unknown']
    """
    if isinstance(target, Descriptive):
        wanted = target.description
    elif isinstance(target, QualitativeTarget) and target.family == "zero":
        wanted = target.text or target.word
    else:
        return None
    if "影响" not in wanted:
        return None
    goal = _NO_EFFECT_RE.fullmatch(_normal(wanted).rstrip(_EFFECT_END))
    if goal is None or goal.group("basic"):
        return None
    bar = _EFFECT_RANKS.get(goal.group("degree") or "", 0)
    shown = _text(actual)
    text = _normal(shown).rstrip(_EFFECT_END)
    say = ctx.say
    if text in _NONE_WORDS or (
        isinstance(actual, Quantity) and actual.value == 0 and actual.bound is _Bound.EXACT
    ):
        return _meets(ctx, shown, target)
    said = _NO_EFFECT_RE.fullmatch(text)
    if said is not None:
        rank = _EFFECT_RANKS.get(said.group("degree") or "", 0)
        if rank > bar:
            # 无明显影响 against 无影响: a smaller effect is not ruled out
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际“{shown}”未排除年度指标“{target}”所指的影响，需人工判断",
                    f"actual “{shown}” does not rule out the effect “{target}” rules out",
                ),
            )
        if said.group("basic") and bar == 0:
            return _partly(ctx, shown, target)
        return _meets(ctx, shown, target)
    some = _SOME_EFFECT_RE.fullmatch(text)
    if some is None:
        return None
    degree = some.group("degree") or some.group("after") or ""
    if degree in _SLIGHT_EFFECT and bar > 0:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为轻微影响，是否属年度指标“{target}”所指影响需人工判断",
                f"actual “{shown}” is a slight effect: whether “{target}” is kept is the reviewer's",
            ),
        )
    return _pending_or_not_met(
        ctx,
        say(
            f"实际“{shown}”与年度指标“{target}”不符，距年底尚有时间",
            f"actual “{shown}” contradicts “{target}”; there is still time",
        ),
        say(
            f"实际“{shown}”，未达到“{target}”",
            f"actual “{shown}” misses “{target}”",
        ),
    )


# A descriptive target that is a change word of no family (缩小, 缩短, 扩大, 增长, 压缩),
# with a degree at most: 不断缩小, 逐步缩短, 持续扩大.
_CHANGE_TARGET_RE: Final = re.compile(
    f"(?P<degree>{'|'.join(sorted({*voc.DEGREE_WORDS, *voc.CHANGE_DEGREE_RANKS}, key=len, reverse=True))})?"
    f"(?P<verb>{'|'.join(voc.CHANGE_WORDS)})"
)


# Praise counted in a cell (收到表扬信3封, 收到锦旗2面): no complaint (k27d).
_PRAISE_LABEL_RE: Final = re.compile("表扬信|感谢信|锦旗|表扬|好评|点赞|致谢")
# Words of a complaint in a label: a praise label with one of them counts complaints.
_COMPLAINT_WORD_RE: Final = re.compile("投诉|举报|信访|差评|不满意|纠纷|上访")


def _judge_change_word(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A change word of no family (``不断缩小``) judged as rule 5 judges ``不断下降``.

    The word's direction (``vocabulary.CHANGE_WORDS``: 缩小 and 缩短 fall, 扩大 rises)
    is the target's; the actual's change in words (``逐步缩小``, ``差距缩小``,
    ``略有缩小``, ``持平``, ``扩大``), with a figure (``同比缩小2个百分点``) or a change
    word of a family (``下降``) is judged by it: the same way met (a weak degree against
    a strong one partial), the other way or no change missed. None when the target is
    no such word or the actual says no change (the descriptive rules go on).
    """
    found = _CHANGE_TARGET_RE.fullmatch(_normal(target.description))
    if found is None:
        return None
    sign = voc.CHANGE_WORDS[found.group("verb")]
    family = "improvement" if sign > 0 else "decrease"
    asked = QualitativeTarget(
        found.group("verb"), family, degree=found.group("degree"), text=target.description
    )
    shown = _text(actual)
    name, year = ctx.indicator.name, ctx.change_year
    if asked.degree not in _STRONG_DEGREES and (stated := _stated_change(actual, name, year)):
        return (
            _meets(ctx, shown, asked) if stated == family else _opposite_outcome(ctx, shown, asked)
        )
    worded: tuple[int, str | None] | None = None
    if isinstance(actual, QualitativeValue) and actual.word in voc.CHANGE_WORDS:
        # 下降 against 不断缩小: a change word of a family, the same way or not
        worded = (0, None) if actual.negated else (voc.CHANGE_WORDS[actual.word], actual.degree)
    elif isinstance(actual, TextValue):
        worded = _worded_change(actual, name, year, sign)
    if worded is None:
        return None
    return _worded_outcome(worded, family, shown, asked, ctx)


# Words an actual may add inside the target's phrase (按季度足额发放 for 按季度发放) or
# before it (已按季度发放): how fully or timely it was done, never less of it.
_ADDED_WORDS: Final = (
    f"(?:{_IN_FULL_WORDS}|{_ON_TIME_WORDS}|均|都|已经|已|全面|严格|顺利|圆满|切实|得到|得以)"
)
# What may follow the target's phrase: a clause after a separator (、应退尽退), or a word
# of completion (到位, 完毕).
_CLAUSE_START: Final = ("、", "，", ",", "；", ";", "。", "和", "及", "并", "且", "同时")
_DONE_TAILS: Final = frozenset({"到位", "完毕", "完成", "落实", "落实到位", "兑现", "到户"})
# What a following clause may not say: less of the target, a doubt, a plan, a delay.
_LESS_SAID_RE: Final = re.compile(
    "未|不|没|无|非|但|却|仍|尚|部分|基本|个别|少数|多数|大部|除|仅|只|滞后|延迟|延期|逾期|推迟"
    "|延至|延到|延后|顺延|跨年|暂缓|差距|问题|不足|计划|预计|拟|将|正在|推进|待|偏差"
)


# Verbs of attaining an actual may put before the whole phrase (已实现应保尽保).
_ATTAINED_WORDS: Final = "实现|做到|达到"


# A level of government put inside the phrase (通过审定 against 已通过省级审定): the
# body that did it, nothing less.
_LEVEL_WORDS: Final = "(?:国家级|省级|市级|州级|县级|区级|乡镇级|部级)"


@lru_cache(maxsize=1024)
def _phrase_re(phrase: str) -> re.Pattern[str]:
    """The target's *phrase* with added words allowed before and inside it."""
    body = f"(?:{_ADDED_WORDS}|{_LEVEL_WORDS})*".join(re.escape(char) for char in phrase)
    # 已实现应保尽保, 做到应保尽保: the verb of attaining before the phrase (parse56 F4)
    return re.compile(f"(?:{_ADDED_WORDS}|{_ATTAINED_WORDS})*{body}(?P<rest>.*)")


def _restates_phrase_target(
    target: Comparison | Range, actual: Value, ctx: _Context
) -> _Outcome | None:
    """A text actual saying all of a phrase target read as 100 % (``应保尽保``), or None.

    ``应保尽保`` is ``=100%`` with the phrase as its note (parse29 M3); an actual that
    says the phrase, adding only more (``应保尽保、应退尽退``), meets it as it met the
    descriptive target before; one that says less (``应保尽保，但仍有漏保``) is None.
    """
    phrase = target.note if isinstance(target, Comparison) else None
    if phrase != "应保尽保" or not isinstance(actual, TextValue):
        return None
    if not _holds_phrase(phrase, _normal(_text(actual))):
        return None
    shown = _text(actual)
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{shown}”包含年度指标“{phrase}”的全部内容，达到年度指标",
            f"actual “{shown}” says all of the target “{phrase}”",
        ),
    )


def _holds_phrase(phrase: str, text: str) -> bool:
    """The actual *text* says the whole descriptive target *phrase*, adding only more.

    Added are words of how fully or timely it was done (足额, 全部, 及时, 已: before or
    inside the phrase), a word of completion after it (到位), or a clause after a
    separator (、应退尽退; ，并公示) that says nothing less (未, 部分, 但, 计划…).

    >>> (
    ...     _holds_phrase("按季度发放", "按季度足额发放"),
    ...     _holds_phrase("应保尽保", "应保尽保、应退尽退"),
    ... )
    (True, True)
    >>> (
    ...     _holds_phrase("按季度发放", "部分按季度发放"),
    ...     _holds_phrase("应保尽保", "应保尽保，但仍有漏保"),
    ... )
    (False, False)
    """
    if len(phrase) < 2 or phrase == text or phrase[0] not in text:  # noqa: PLR2004
        return False
    found = _phrase_re(phrase).fullmatch(text)
    if found is None:
        return False
    rest = found.group("rest")
    if not rest:
        return True
    if rest in _DONE_TAILS:
        return True
    return rest.startswith(_CLAUSE_START) and _LESS_SAID_RE.search(rest) is None


# The target restated after a verb of attainment (达到20年一遇, 通过等保三级测评): the verb
# (已 before it), then at most a word of the indicator's name (等保 of 等保等级); after the
# target, only what the verb's object may add: 标准 or 要求 after 达到 and 满足, the
# assessment passed after 通过 (测评, 验收…). A target ending in a verb of work going on
# (按计划推进) may take 中 (按计划推进中), one ending in 发挥 the effect it exerts (持续发挥
# 效益, 作用). A negation (未达到), a status not done (正在) or any other word is none.
_ATTAIN_LEAD_RE: Final = re.compile(
    r"(?:已经|已|均已|均)?(?:(?P<verb>达到|通过|实现|满足)(?P<noun>[\u4e00-\u9fff]{0,6}))?"
)
_ATTAIN_TAILS: Final = MappingProxyType(
    {
        "达到": frozenset({"标准", "要求"}),
        "满足": frozenset({"标准", "要求"}),
        "通过": frozenset({"测评", "评审", "验收", "认证", "评估", "评定", "审核", "考核"}),
    }
)
_GOING_VERBS: Final = ("推进", "运行", "实施", "开展", "进行", "运转")
_EXERTED_OBJECTS: Final = frozenset({"效益", "作用", "成效", "效果", "实效"})


def _restated_with_verb(phrase: str, text: str, name: str) -> bool:
    """Whether *text* is the target *phrase* after a verb of attainment, or with its object.

    >>> (
    ...     _restated_with_verb("20年一遇", "达到20年一遇", "防洪标准"),
    ...     _restated_with_verb("三级", "通过等保三级测评", "等保等级"),
    ...     _restated_with_verb("按计划推进", "按计划推进中", "进度"),
    ...     _restated_with_verb("持续发挥", "持续发挥效益", "社会效益"),
    ... )
    (True, True, True, True)
    >>> (
    ...     _restated_with_verb("20年一遇", "未达到20年一遇", "防洪标准"),
    ...     _restated_with_verb("按计划推进", "正在按计划推进", "进度"),
    ...     _restated_with_verb("三级", "通过三级以上测评", "等保等级"),
    ... )
    (False, False, False)
    """
    if len(phrase) < 2 or phrase == text or phrase not in text:  # noqa: PLR2004
        return False
    start = text.find(phrase)
    head, tail = text[:start], text[start + len(phrase) :]
    lead = _ATTAIN_LEAD_RE.fullmatch(head)
    if lead is None:
        return False
    verb, noun = lead["verb"], lead["noun"] or ""
    if noun and (len(noun) < 2 or noun not in name):  # noqa: PLR2004
        return False
    if not tail:
        return verb is not None
    if verb is not None:
        return tail in _ATTAIN_TAILS.get(verb, ())
    if tail == "中":
        return phrase.endswith(_GOING_VERBS)
    return phrase.endswith("发挥") and tail in _EXERTED_OBJECTS


# A bracket of figures after the restated target (优于全省平均水平（97.1%）), and a figure
# in a clause before it (97.8%，优于全省平均水平).
_FIGURE_BRACKET_RE: Final = re.compile(r"\((?P<note>[^()]*\d[^()]*)\)$")
_FIGURE_CLAUSE_RE: Final = re.compile(r"^(?P<figure>[^,，;；]*\d[^,，;；]*)[,，;；]")


# The comparison a restated phrase makes (优于, 高于, 低于...), and the words of the
# opposite one: 优于全省平均水平（96%低于全省97.1%） says less than it restates.
_ABOVE_WORD_RE: Final = re.compile("优于|高于|超过|好于|领先|不低于|不少于")
_BELOW_WORD_RE: Final = re.compile("低于|少于|不高于|不超过|落后")
_CONTRADICTS_ABOVE_RE: Final = re.compile("低于|落后|差于|劣于|不及|少于|不如")
_CONTRADICTS_BELOW_RE: Final = re.compile("高于|超过|超出|多于")
_PERCENT_FIGURE_RE: Final = re.compile(r"(\d+(?:\.\d+)?)%")


def _restated_with_figures(phrase: str, text: str, *, lower_better: bool = False) -> bool:
    """The actual *text* is the target *phrase* with figures added, and says nothing less.

    The figures must not contradict the phrase: a word of the opposite comparison in the
    bracket (``（96%低于全省97.1%）``), or the own share on the wrong side of the one cited
    (``96%，优于全省平均水平（97.1%）``, ``（本县96%，全省97.1%）``) is saying less. Which
    side 优于 is, *lower_better* says (a harm or a cost).

    >>> _restated_with_figures("优于全省平均水平", "97.8%,优于全省平均水平(97.1%)")
    True
    >>> _restated_with_figures("优于全省平均水平", "优于全省平均水平(97.1%)")
    True
    >>> _restated_with_figures("优于全省平均水平", "97.8%,未优于全省平均水平")
    False
    >>> _restated_with_figures("优于全省平均水平", "优于全省平均水平(96%低于全省97.1%)")
    False
    >>> _restated_with_figures("优于全省平均水平", "优于全省平均水平(本县96%,全省97.1%)")
    False
    """
    rest = text
    figures: list[Decimal] = []
    above = _ABOVE_WORD_RE.search(phrase) is not None
    below = not above and _BELOW_WORD_RE.search(phrase) is not None
    if (bracket := _FIGURE_BRACKET_RE.search(rest)) is not None:
        note = bracket.group("note")
        if _LESS_SAID_RE.search(note) is not None:
            return False
        if (above and _CONTRADICTS_ABOVE_RE.search(note)) or (
            below and _CONTRADICTS_BELOW_RE.search(note)
        ):
            return False
        rest = rest[: bracket.start()]
        figures = [Decimal(f) for f in _PERCENT_FIGURE_RE.findall(note)]
    if (clause := _FIGURE_CLAUSE_RE.match(rest)) is not None:
        if not isinstance(parse_value(clause.group("figure")), Quantity):
            return False
        rest = rest[clause.end() :]
        figures = [Decimal(f) for f in _PERCENT_FIGURE_RE.findall(clause.group())] + figures
    if (above or below) and len(figures) >= 2:  # noqa: PLR2004
        own, cited = figures[0], figures[-1]
        higher = above and (not lower_better or "优于" not in phrase)
        if (higher and own <= cited) or (not higher and own >= cited):
            return False
    return rest != text and (rest == phrase or _holds_phrase(phrase, rest))


# After a recurring time restated (每月15日前发放到位, 每季度末前已拨付): the work done in it.
_DONE_IN_TIME_RE: Final = re.compile(
    rf"(?:均已|已|均|全部|按时|足额)*(?:{_DONE_WORDS})(?:到位|完毕|完成)?"
)
# Qualifiers a standard is named with or without (达到国家一级A标准 and 达到一级A标准): the
# same standard. Two classes named differently are two standards (符合国家标准 and 符合
# 行业标准: parse56 F9): the class of each qualifier.
_STANDARD_QUALIFIER_RE: Final = re.compile("国家|国标|行业|相关|规定的?|的")
_STANDARD_CLASSES: Final = MappingProxyType({"国家": "国家", "国标": "国家", "行业": "行业"})


def _standard_classes(text: str) -> frozenset[str]:
    """The classes of standard *text* names (``符合国家标准``: {国家}), empty for none."""
    return frozenset(_STANDARD_CLASSES[word] for word in _STANDARD_CLASSES if word in text)


def other_standard(target: Descriptive, actual: Value) -> tuple[str, str] | None:
    """The classes of two standards the same but for their class: (target's, actual's).

    ``符合行业标准`` against ``符合国家标准`` names an industry standard where a national
    one is asked: not the same standard, which a reviewer must weigh (parse56 F9). A
    class left out on one side (``符合标准``) is no other standard.

    >>> from perftrack import parse_target, parse_value
    >>> other_standard(parse_target("符合国家标准"), parse_value("符合行业标准"))
    ('国家', '行业')
    >>> other_standard(parse_target("达到国家一级A标准"), parse_value("达到一级A标准")) is None
    True
    """
    if "行业" not in target.description and "行业" not in _text(actual):
        return None  # (the cheap guard: the one class word of a second class)
    goal = _normal(target.description).rstrip("。")
    text = _normal(_text(actual)).rstrip("。")
    if _STANDARD_WORD_RE.search(goal) is None:
        return None
    asked, said = _standard_classes(goal), _standard_classes(text)
    if not asked or not said or said <= asked:
        return None
    if _STANDARD_QUALIFIER_RE.sub("", goal) != _STANDARD_QUALIFIER_RE.sub("", text):
        return None
    return "、".join(sorted(asked)), "、".join(sorted(said - asked))


_STANDARD_WORD_RE: Final = re.compile("标准|等级|级别")


def _descriptive_restated(target: Descriptive, actual: Value) -> tuple[str, str] | None:
    """What the actual says in the target's own terms, as (中文, English), else None.

    ``每月15日前发放到位`` against ``每月15日前`` (the recurring time kept, the work
    done), ``达到一级A标准`` against ``达到国家一级A标准`` (the same standard, its
    qualifier left out); a denial kept (``未增加`` against ``不增加``) is
    :func:`_not_echoed`'s. Example:
        >>> from perftrack import parse_target, parse_value
        >>> def said(goal, actual):
        ...     return _descriptive_restated(parse_target(goal), parse_value(actual)) is not None
        >>> said("每月15日前", "每月15日前发放到位"), said("每月15日前", "每月20日前发放")
        (True, False)
    """
    goal = _normal(target.description).rstrip("。")
    text = _normal(_text(actual)).rstrip("。")
    if (
        target.recurring
        and text.startswith(goal)
        and _DONE_IN_TIME_RE.fullmatch(text[len(goal) :]) is not None
    ):
        return "，按期完成", "done in time"
    if _STANDARD_WORD_RE.search(goal) is not None:
        bare_goal, bare_text = (_STANDARD_QUALIFIER_RE.sub("", t) for t in (goal, text))
        if (
            bare_goal == bare_text
            and goal != text
            # a class named on both sides must be the same (国家 and 行业: other_standard)
            and (not (asked := _standard_classes(goal)) or _standard_classes(text) <= asked)
        ):
            return "，与年度指标为同一标准", "the same standard"
    return None


# A note saying part of a count is not done yet (10个（含在建2个）, 其中2个未完工), and the
# rows counting works built or finished (建设, 建成, 完工, 验收) it then qualifies.
_UNDONE_NOTE_RE: Final = re.compile(
    r"在建|未完工|未建成|未竣工|筹建|待验收|未验收|施工中|建设中|正在建设|正在施工"
)
_BUILT_COUNT_RE: Final = re.compile(r"建设|建成|新建|改建|扩建|改造|完工|竣工|验收|投用|投运|交付")


def _undone_note(actual: Value, target: Comparison | Range, name: str) -> str | None:
    """The note of a count met at face value that says part is not done, or None.

    Only on a row counting works built or finished (``为农服务中心建设``), for a floor:
    a row counting the works under way (``在建项目数``) counts them rightly.

    >>> from perftrack import parse_target, parse_value
    >>> _undone_note(parse_value("10个（含在建2个）"), parse_target("≥10个"), "服务中心建设")
    '含在建2个'
    >>> _undone_note(parse_value("10个（含在建2个）"), parse_target("≥10个"), "在建项目数")
    """
    if not isinstance(actual, Quantity) or not actual.note:
        return None
    if isinstance(target, Comparison) and target.op not in (_Op.GE, _Op.GT, _Op.EQ):
        return None
    found = _UNDONE_NOTE_RE.search(actual.note)
    asked = f"{name}{target.label or ''}{actual.label or ''}"
    if found is None or found.group() in asked or _BUILT_COUNT_RE.search(asked) is None:
        return None
    return actual.note


# A value that says of itself that it was not reached (regress74): 未完成3万剂, 未实现平均提高5%,
# 未能实现由120起下降到110起, 未能按每座补助8万元执行 (a negation before the first figure).
# The negation must govern the figure (regress77 W2): in the clause of the first figure, a few
# characters from its start (因疫苗短缺未完成3万剂), not about another clause (上年未完成，本年
# 完成3万剂, 未完成部分已结转，全年完成3万剂: None). One qualifying a noun in the figure's own
# clause (未完成部分3万剂, 未完成的3万剂) does not say the goal was missed: unknown, never met.
_NOT_ACHIEVED_CLAUSE_RE: Final = re.compile(
    r"[^,，;；。]{0,6}?(?:(?:未能|未|没有|没能)(?P<verb>完成|实现|达到|达成)|未能按|没能按|没有按(?!时|期))"
    r"(?P<rest>[^,，;；。]*)"
)
# The same of a change (k26b): 未提高200元/人, 尚未提高200元/人 against 提高200元/人, only when
# the target's own change word is the one denied.
_NOT_CHANGED_CLAUSE_RE: Final = re.compile(
    r"[^,，;；。]{0,6}?(?:未能|未|没有|没能|没)"
    r"(?P<verb>提高|提升|增加|增长|上涨|上调|下降|降低|减少|压减|压缩|下调)"
    r"(?P<rest>[^,，;；。]*)"
)
_NOT_ACHIEVED_NOUN_RE: Final = re.compile(r"^(?:部分|人员|单位)")
# A word of contrast between the negation and the figure opens the figure's clause without a
# comma (未完成全年任务但已接种3万剂, 虽未完成全年任务但接种3.2万剂: regress78).
_CONTRAST_RE: Final = re.compile("但|却|不过|然而")


def _raise_row_word(target: Comparison, name: str) -> str | None:
    """The change word of a raise row's name, for a bare amount asked (``≥200元/人``, k27d)."""
    if target.op not in (_Op.GE, _Op.GT, _Op.EQ) or target.unit is None:
        return None
    found = _CHANGE_NAME_RE.search(name)
    return found.group() if found is not None else None


def _said_not_achieved(actual: Value, target: Comparison | Range, ctx: _Context) -> _Outcome | None:
    """The outcome of a value met by its figure but said not done or not reached, or None.

    ``未完成3万剂`` against ``≥3万剂``: the figure is the goal that was not reached, so the
    actual is below it, not_met; a figure that is not the target's (``未能实现由120起下降到
    110起`` against ``下降5%``) is the plan of the cell, unknown. Against a ceiling
    (``≤10万元/座``) 未达到 is no failure and the rest is unknown.

    >>> from perftrack import parse_value
    >>> [bool(_NOT_ACHIEVED_CLAUSE_RE.fullmatch(t)) for t in ("因疫苗短缺未完成", "培训")]
    [True, False]
    """
    text = _normal(_text(actual))
    if "未" not in text and "没" not in text:
        return None  # no 未 or 没: no clause _NOT_ACHIEVED_CLAUSE_RE reads (most actuals)
    digit = re.search(r"\d", text)
    before = text[: digit.start()] if digit else text
    clause = before[max(before.rfind(mark) for mark in ",，;；。") + 1 :]
    found = _NOT_ACHIEVED_CLAUSE_RE.fullmatch(clause)
    other_change = False
    if (
        found is None
        and digit is not None  # 未增长 against 零增长: no change, met by it (r9)
        and isinstance(actual, Quantity)
        and isinstance(target, Comparison)
        and (asked := target.label or _raise_row_word(target, ctx.indicator.name))
    ):
        # 未提高200元/人 against 提高200元/人: the change the target asks, said not made;
        # 未下降200元/人 against it: another change denied, never met (a reviewer judges);
        # against ≥200元/人 on 补助标准提高, the row's change (k27d)
        found = _NOT_CHANGED_CLAUSE_RE.fullmatch(clause)
        other_change = found is not None and found.group("verb") not in asked
    if found is None:
        return None  # 未完成部分已结转，全年完成3万剂: the negation is about another clause
    rest = found.group("rest")
    if _CONTRAST_RE.search(rest) is not None:
        return None  # 未完成全年任务但已接种3万剂: 但 opens the figure's own clause (regress78)
    qualifying = "的" in rest or _NOT_ACHIEVED_NOUN_RE.match(rest) is not None  # 未完成部分3万剂
    ceiling = isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT)
    if ceiling and found.group("verb") in ("达到", "达成"):
        return None  # 未达到1% against ≤1%: under the ceiling
    shown, goal = _text(actual), _shown_target(target)
    if (
        not ceiling
        and not qualifying
        and not other_change
        and ctx.at_due is not False
        and isinstance(actual, Quantity)
        and isinstance(target, Comparison)
        and abs(actual.value) == abs(target.value)
    ):
        return _Outcome(
            _Attainment.NOT_MET,
            ctx.say(
                f"实际“{shown}”，注明未完成（未实现）所列目标，未达年度指标{goal}",
                f"actual “{shown}” says the goal was not reached: it falls short of {goal}",
            ),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"实际“{shown}”注明未完成（未实现），是否达到年度指标{goal}需人工判断",
            f"actual “{shown}” says it was not done or not reached: whether it meets {goal}"
            " needs a reviewer",
        ),
    )


# The share an actual gives against a fraction target (fraction_bound): its least and
# greatest readings and whether each is left out (更多 than 40% leaves 40% out), None for
# no end; or None when the actual gives no share.
_ShareSpan: TypeAlias = "tuple[Fraction | None, bool, Fraction | None, bool]"
_SHARE_SPANS: Final = MappingProxyType(
    {
        _Bound.EXACT: (True, False, True, False),
        _Bound.AT_LEAST: (True, False, False, False),
        _Bound.MORE_THAN: (True, True, False, False),
        _Bound.AT_MOST: (False, False, True, False),
        _Bound.LESS_THAN: (False, False, True, True),
    }
)


def _actual_share(actual: Value) -> _ShareSpan | None:
    """The share *actual* says, as a span of exact fractions.

    A percentage with no label or status (``40%``, ``≥40%``; not ``约40%``, a rounded
    figure) or a fraction alone (``1/2``, ``二分之一``, ``465/500``).
    """
    if isinstance(actual, Quantity):
        ends = _SHARE_SPANS.get(actual.bound)
        if actual.unit != "%" or ends is None or actual.label or actual.status is not None:
            return None
        share = Fraction(actual.value) / 100
        low, low_open, high, high_open = ends
        return (share if low else None, low_open, share if high else None, high_open)
    if isinstance(actual, TextValue):
        fraction = value_fraction(actual.text or actual.description)
        if fraction is None:
            return None
        share = Fraction(*fraction)
        return (share, False, share, False)
    return None


def _share_holds(op: Op, bar: Fraction, span: _ShareSpan) -> bool | None:
    """Whether every share in *span* holds ``op bar`` (True), none does (False), or some.

    >>> third = Fraction(1, 3)
    >>> [
    ...     _share_holds(_Op.GE, third, (Fraction(2, 5), False, Fraction(2, 5), False)),
    ...     _share_holds(_Op.GE, third, (Fraction(3, 10), False, None, False)),
    ...     _share_holds(_Op.LT, third, (None, False, third, True)),
    ... ]
    [True, None, True]
    """
    low, low_open, high, high_open = span
    if op in (_Op.GE, _Op.GT):
        # every share at or past the bar; or every share short of it
        reached = low is not None and (low > bar or (low == bar and (op is _Op.GE or low_open)))
        missed = high is not None and (high < bar or (high == bar and (op is _Op.GT or high_open)))
        return True if reached else False if missed else None
    # ≤, <: every share within the ceiling; or every share past it
    kept = high is not None and (high < bar or (high == bar and (op is _Op.LE or high_open)))
    broken = low is not None and (low > bar or (low == bar and (op is _Op.LT or low_open)))
    return True if kept else False if broken else None


def _judge_fraction_bound(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A share bounded by a fraction (``≥1/3``) against a percentage or a fraction, else None.

    Compared exactly (40% against ≥1/3 is 40/100 ≥ 1/3): no Decimal holds a third, so
    the parser keeps the target descriptive and the fraction is read here (k30b). An
    actual that may fall on either side (``≥30%`` against ``≥1/3``) is left as before.
    """
    bound = fraction_bound(target.text or target.description)
    if bound is None:
        return None
    said = _actual_share(actual)
    if said is None:
        return None
    op, part, whole = bound
    holds = _share_holds(op, Fraction(part, whole), said)
    if holds is None:
        return None
    say = ctx.say
    shown, goal = _text(actual).strip(), target.description
    worth = ""
    if isinstance(actual, Quantity):  # said in %: the fraction in %, a place past the actual's
        places = max(2, 1 - min(0, int(actual.value.as_tuple().exponent)))
        percent = Decimal(part * 100) / whole
        rounded = percent.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        about = "" if rounded == percent else "约"
        figure = format(rounded.normalize(), "f")
        worth = say(
            f"（{part}/{whole}{about}为{figure}%）",
            f" ({part}/{whole} is {'about ' if about else ''}{figure}%)",
        )
    ceiling = op in (_Op.LE, _Op.LT)
    if holds:
        verb = say("未超出", "within") if ceiling else say("达到", "meets")
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际{shown}，{verb}年度指标“{goal}”{worth}",
                f"actual {shown} {verb} the target “{goal}”{worth}",
            ),
        )
    short = say("超出", "is above") if ceiling else say("未达", "is short of")
    return _pending_or_not_met(
        ctx,
        say(
            f"实际{shown}，{short}年度指标“{goal}”{worth}，距年底尚有时间",
            f"actual {shown} {short} the target “{goal}”{worth}; there is still time",
        ),
        say(
            f"实际{shown}，{short}年度指标“{goal}”{worth}",
            f"actual {shown} {short} the target “{goal}”{worth}",
        ),
    )


# A recurring deadline on a day of the period (每月15日前发放, 每季度10日之前拨付) and an
# actual that names the day of the same period it is done on or by (每月10日发放,
# 每月均在15日前发放到位). The verbs are a closed list of paying and reporting: nothing
# that negates or qualifies (每月10日未发放, 每月10日发放大部分) reads.
_PERIOD_OF_DAY: Final = r"(?P<period>每月|每个月|每季度?)的?"
_DAY_OF_IT: Final = r"(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"
_PERIOD_DAY_VERB: Final = (
    r"(?:完成)?(?:发放|拨付|支付|兑付|兑现|缴纳|缴存|上报|报送|下达|结算|划拨|报账)?"
    r"(?:到位|完毕|完成)?"
)
_DAY_OF_PERIOD_TARGET_RE: Final = re.compile(
    rf"{_PERIOD_OF_DAY}{_DAY_OF_IT}(?:前|之前|以前){_PERIOD_DAY_VERB}"
)
_DAY_OF_PERIOD_ACTUAL_RE: Final = re.compile(
    rf"{_PERIOD_OF_DAY}(?:均|都|按时)?(?:在|于)?{_DAY_OF_IT}"
    rf"(?P<by>前|之前|以前)?(?:均|已|均已)?{_PERIOD_DAY_VERB}"
)


def _day_of_period(found: re.Match[str]) -> tuple[str, int] | None:
    """The period and the day of it that *found* names, or None for no day of a month."""
    day = found["day"]
    number = int(day) if day.isdigit() else chinese_to_int(day)
    if not 1 <= number <= 31:  # noqa: PLR2004 - days of a month
        return None
    period = found["period"].removeprefix("每")  # 每个月: 个月, named 月 as schedules are
    return _SCHEDULE_NAMES.get(period, period), number


def _judge_day_of_period(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A recurring deadline on a day of the period against the day the actual names, else None.

    ``每月15日前`` is met by ``每月10日发放`` and ``每月均在15日前发放`` (by the 15th:
    the deadline's day counts, as a deadline's does), not by ``每月20日发放`` (late each
    round). Only the same period on both sides (每月, 每季度) and a day number on both; an
    actual by a later day (``每月20日前发放``) may be late or not and is left as before.
    """
    goal = _DAY_OF_PERIOD_TARGET_RE.fullmatch(_normal(target.description))
    if goal is None:
        return None
    said = _DAY_OF_PERIOD_ACTUAL_RE.fullmatch(_normal(_text(actual)).rstrip("。."))
    if said is None:
        return None
    due, done = _day_of_period(goal), _day_of_period(said)
    if due is None or done is None or due[0] != done[0]:
        return None
    shown, say = _text(actual).strip(), ctx.say
    if done[1] <= due[1]:
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”，在年度指标“{target.description}”规定的时限内",
                f"actual “{shown}”: within the time limit of “{target.description}”",
            ),
        )
    if said["by"]:
        return None  # by a later day than the deadline: maybe late, maybe not
    return _Outcome(
        _Attainment.NOT_MET,
        say(
            f"实际“{shown}”，晚于年度指标“{target.description}”规定的时限",
            f"actual “{shown}”: later than the time limit of “{target.description}”",
        ),
    )


# A count per several years in a label (每2年, 每两年开展, 每隔一年, 1次/2年 read as 每2年):
# the number of years, or 一 after 隔 (every other year; 每隔1年 too, r36b).
_YEARS_A_ROUND_RE: Final = re.compile(
    r"(?P<every>每(?P<gap>隔)?(?P<years>[1-9]\d?|[一两二三四五六七八九十])个?年)(?:度)?[一-鿿]{0,4}"
)
_YEAR_NUMERALS: Final = MappingProxyType(
    dict(zip("一两二三四五六七八九十", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10), strict=True))
)


def _several_years_due(target: Comparison | Range, table: Table | None) -> str | None:
    """The period of a count *target* due once in several years, as said (``每两年``), or None.

    A target ``每两年1次`` (``1次/2年``) read in a table of one year may fall due in the
    next: a count short of it this year is left to a reviewer (r35p). None when the label
    says no such period, or the table's own period spans the years (a table of
    2024-2025 against ``每2年1次`` is judged as it stands). ``每年`` is one year: None.

    >>> from perftrack import parse_target
    >>> [_several_years_due(parse_target(t), None) for t in ("每两年1次", "1次/2年", "每年1次")]
    ['每两年', '每2年', None]
    >>> _several_years_due(parse_target("每隔一年开展1次"), None)
    '每隔一年'
    """
    label = target.label
    if label is None or label[:1] != "每":
        return None
    found = _YEARS_A_ROUND_RE.fullmatch(label)
    if found is None:
        return None
    said = found["years"]
    years = _YEAR_NUMERALS[said] if said in _YEAR_NUMERALS else int(said)
    if found["gap"]:
        years += 1  # 每隔一年: every other year, two
    if years < 2:  # noqa: PLR2004
        return None
    period = table.period if table is not None else None
    if period is not None and period.end.year - period.start.year + 1 >= years:
        return None
    return found["every"]


def _judge_plainly(target: Target, actual: Value, ctx: _Context) -> _Outcome:
    say = ctx.say
    if isinstance(target, AnyOf):
        # each option by its own due date: 6月底前完成 of 6月底前完成或验收合格 is due at
        # 6月底, a count's 3月底前开工≥15个 at 3月底 (r36o: both were due at the year's end)
        outcomes = [
            _judge(
                option,
                actual,
                ctx._replace(indicator=evolve(ctx.indicator, target=option))
                if isinstance(option, (Deadline, PeriodTarget)) or getattr(option, "label", None)
                else ctx,
            )
            for option in target.options
        ]
        return min(
            outcomes,
            key=lambda outcome: (
                _ORDER.index(outcome.attainment) if outcome.attainment in _ORDER else len(_ORDER)
            ),
        )
    if isinstance(target, (Comparison, Range)):
        outcome = _judge_comparison(target, actual, ctx)
        if outcome.attainment is _Attainment.MET and (
            not_reached := _said_not_achieved(actual, target, ctx)
        ):
            return not_reached  # 未完成3万剂 against ≥3万剂: the cell says the goal was not reached
        if outcome.attainment is _Attainment.MET and (
            undone := _undone_note(actual, target, ctx.indicator.name)
        ):
            # 10个（含在建2个） against ≥10个 on 服务中心建设: 8 built, as 已建成8个，在建2个
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际{_text(actual)}中注明“{undone}”，部分尚未完成，"
                    f"按已完成数是否达到年度指标{_shown_target(target)}需人工判断",
                    f"the actual {_text(actual)} notes “{undone}”: part is not done yet;"
                    f" whether the ones done reach {_shown_target(target)} needs a reviewer",
                ),
            )
        if outcome.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL) and (
            several := _several_years_due(target, ctx.table)
        ):
            # 每两年1次 (1次/2年) with 0次 in a one-year 自评表: the round may fall due next
            # year, a reviewer judges (r35p); a count reached is judged as it stands
            goal = target.text.strip() or str(target)
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"年度指标“{goal}”按{several}计，本年度未必安排；{outcome.why}，需人工判断",
                    f"the target “{goal}” counts {several}: the round may not fall due this"
                    f" year; {outcome.why}, a reviewer must judge",
                ),
            )
        return outcome
    if isinstance(target, PeriodTarget) and (window := _within_window(target, actual, ctx)):
        return window  # 10月至12月实施 against 10月起至12月: done in the window (k26)
    if isinstance(target, PeriodTarget) and (cycle := _finished_cycle(target, actual, ctx)):
        return cycle  # 2024.12.1-2025.5.31 against 12月1日—次年5月31日 (parse44 M6)
    if isinstance(target, (Deadline, PeriodTarget)):
        return _judge_deadline(actual, ctx)
    if (effect := _judge_no_effect(target, actual, ctx)) is not None:
        return effect  # 无明显影响 against 无, 未产生负面影响, 有一定影响
    if (kept := _judge_no_cost(target, actual, ctx)) is not None:
        return kept  # 不超过预算 against 未超支, 不造成环境污染 against 未造成环境污染
    if isinstance(target, QualitativeTarget):
        return _judge_qualitative(target, actual, ctx)
    if isinstance(target, Descriptive):
        if letters_for_digits_target(target):
            # 26OO-3OOO, 2,6OO: a figure or a range with letters for digits, no figure read,
            # as ≥26OO is said (r39g: 年度指标为文字描述…, or met by the same text)
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"年度指标“{_text(target)}”{TARGET_NOT_A_NUMBER[0]}",
                    f"the target “{_text(target)}” {TARGET_NOT_A_NUMBER[1]}",
                ),
            )
        flat = _is_flat_target(target, ctx.year, ctx.indicator.name)
        if flat and _holds_level(actual, ctx.indicator.name, ctx.year):
            return _judge_flat(target, actual, ctx)  # 持平 against 持平: a result, no copy
        if (lettered := _letter_graded(target, actual, ctx)) is not None:
            return lettered  # B级 against A级 (r34k)
        if (level := _level_ceiling(target, actual, ctx)) is not None:
            return level  # 四级 against 事故等级不高于三级 (r35c)
        if _normal(_text(actual)) == _normal(target.description) or _normal(actual.text) == _normal(
            target.text
        ):
            return _Outcome(
                _Attainment.MET,
                say("实际完成情况与年度指标表述一致", "the actual repeats the target"),
            )
        if (_status_of(actual) is _Status.DONE or isinstance(actual, TextValue)) and (
            remainder := _remainder_left(target, actual, ctx)
        ) is not None:
            return remainder  # 已整改5处（尚有2处） against 全部整改, 全部清零 (r105b)
        if (put_off := _put_off_past_due(target, actual, ctx)) is not None:
            return put_off  # 延期至2026年3月完成 against 按期完成 (parse54 M12)
        if _ON_TIME_TARGET_RE.fullmatch(_normal(target.description)) and _said_late(actual):
            return _opposite_outcome(ctx, _text(actual), target)  # 已延期 against 按时完成 (r35j)
        if (
            isinstance(actual, TextValue)
            and _ON_TIME_TARGET_RE.fullmatch(_normal(target.description))
            and len(part_late := _normal(actual.description).rstrip("。")) <= 16  # noqa: PLR2004
            and _PART_LATE_RE.fullmatch(part_late) is not None
        ):
            # 部分滞后 against 按时完成, 按期完成: a part late, as against 及时 (r35r: unknown)
            return _Outcome(
                _Attainment.PARTIAL,
                say(
                    f"实际“{_text(actual)}”，部分未按时完成，部分达到“{target.description}”",
                    f"actual “{_text(actual)}”: part of it late, part of “{target.description}”",
                ),
            )
        if _status_of(actual) is _Status.DONE:
            if _prose_time_limit(target, actual):
                # 汛前完成 against 2025年8月完成: done, but whether in time no date can say
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"年度指标“{target.description}”的时限不是日期，"
                        f"实际“{_text(actual)}”是否按时完成需人工判断",
                        f"the target “{target.description}” sets a time limit that is no date: "
                        f"a reviewer must judge whether “{_text(actual)}” was in time",
                    ),
                )
            return _Outcome(
                _Attainment.MET,
                say(f"实际“{_text(actual)}”，已完成", f"actual “{_text(actual)}”: done"),
            )
        if (denied := _act_denied(target, actual, ctx)) is not None:
            return denied  # 未验收 against 完成验收 (r34k)
        degreed = _degree_of_word(target, actual, say)
        if degreed is not None:
            return degreed
        if (
            isinstance(actual, Quantity)
            and actual.unit == "%"
            and target.description.endswith(_SATISFIED)  # (the cheap guard, k31i)
            and (rated := _rate_against_satisfied(target, actual, ctx)) is not None
        ):
            return rated  # 96% against 满意 or 较满意 (parse56 F6)
        graded = _graded(target, actual, ctx)
        if graded is not None:
            return graded
        relative = _relative_target(target, actual, ctx.indicator.name, ctx.year)
        if relative is None and (base := _shared_base(target, actual, ctx.year)) is not None:
            # 不低于2022年 against 低于2022年 in a 2024 table: the same base on both sides
            ctx = ctx._replace(base=base)
            relative = _relative_target(target, actual, ctx.indicator.name, ctx.change_year)
        if relative is not None:
            return _judge(relative, actual, ctx)
        if flat:
            return _judge_flat(target, actual, ctx)
        if target.recurring and (timed := _in_time(actual, say)) is not None:
            return timed  # 每月10日前 against 按时发放: the schedule kept, as a time limit is
        if target.recurring and _put_off_round(_normal(_text(actual))):
            # 按季拨付，第4季度延至次年1月: a round put off, as 延迟拨付 is (parse47 H1)
            return _timely(_NOT_ON_TIME, say, _text(actual))
        if (changed := _judge_change_word(target, actual, ctx)) is not None:
            return changed  # 不断缩小 against 逐步缩小: a change word of no family
        if _holds_phrase(
            _normal(target.description), _normal(_text(actual))
        ) or _restated_with_verb(
            _normal(target.description),
            _normal(_text(actual)).rstrip("。"),
            _normal(ctx.indicator.name),
        ):
            # 应保尽保 against 应保尽保、应退尽退; 按季度发放 against 按季度足额发放; 20年一遇
            # against 达到20年一遇, 按计划推进 against 按计划推进中 (parse54 M3)
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”包含年度指标“{target.description}”的全部内容，达到年度指标",
                    f"actual “{_text(actual)}” holds the whole target “{target.description}”",
                ),
            )
        if _restated_with_figures(
            _normal(target.description),
            _normal(_text(actual)),
            lower_better=(
                ctx.indicator.direction is _Direction.LOWER
                if ctx.indicator.direction is not None
                else better_lower_by_name(ctx.indicator.name, cost=_is_cost(ctx.indicator))
            ),
        ):
            # 优于全省平均水平 against 97.8%，优于全省平均水平（97.1%）: the figures added
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”重述年度指标“{target.description}”并注明数值，达到年度指标",
                    f"actual “{_text(actual)}” restates the target “{target.description}”"
                    " with its figures",
                ),
            )
        if target.recurring and (day := _DAY_OF_PERIOD_RE.search(target.description)):
            text = _normal(_text(actual))
            if _RECURRING_TIME_RE.search(text) and not _DAY_OF_PERIOD_RE.search(text):
                if on_day := _judge_day_of_period(target, actual, ctx):
                    return on_day  # 每季度十日拨付到位: the day in words (k30b)
                # 每月15日前 against 按月发放: how often, not by which day
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际“{_text(actual)}”只说明周期，未写明是否在{day.group()}完成，"
                        f"是否达到年度指标“{target.description}”需人工判断",
                        f"actual “{_text(actual)}” does not say the time limit"
                        f" ({day.group()}) of the target “{target.description}”",
                    ),
                )
        paired = _text_pair(target.description, _text(actual))
        if paired is not None:
            # 稳定运行 against 长期稳定运行, 有所好转 against 明显好转 (parse23 M6)
            met = paired is _Attainment.MET
            return _Outcome(
                paired,
                say(
                    f"实际“{_text(actual)}”，{'达到' if met else '部分达到'}年度指标“{target.description}”",
                    f"actual “{_text(actual)}” {'meets' if met else 'partly meets'}"
                    f" “{target.description}”",
                ),
            )
        if (classes := other_standard(target, actual)) is not None:
            # 符合行业标准 against 符合国家标准: another standard, not the same (parse56 F9)
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际“{_text(actual)}”为{classes[1]}标准，年度指标“{target.description}”"
                    f"要求{classes[0]}标准，不是同一标准，需人工判断",
                    f"actual “{_text(actual)}” names a {classes[1]} standard where"
                    f" “{target.description}” asks a {classes[0]} one: a reviewer must judge",
                ),
            )
        if (said := _descriptive_restated(target, actual)) is not None:
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”{said[0]}，达到年度指标“{target.description}”",
                    f"actual “{_text(actual)}” {said[1]}: meets “{target.description}”",
                ),
            )
        # (after every rule of words: these read only what none of them did, k30b)
        if (grouped := _judge_target_groups(target, actual, ctx)) is not None:
            return grouped  # 普通高中300人，中职200人 against 普通高中312人，中职205人
        if "/" in target.description and (two := _judge_target_pair(target, actual, ctx)):
            return two  # 95%/98% (城镇/农村) against 96%/99%: pair by pair (r35p)
        if (share := _judge_fraction_bound(target, actual, ctx)) is not None:
            return share  # 40% against ≥1/3, exactly
        if target.recurring and (on_day := _judge_day_of_period(target, actual, ctx)):
            return on_day  # 每月10日发放 against 每月15日前
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                "年度指标为文字描述，实际完成情况需人工判断",
                "a descriptive target: a reviewer must judge the actual",
            ),
        )
    return _Outcome(_Attainment.UNKNOWN, say("无法判断", "cannot be judged"))  # pragma: no cover


# A time limit in prose: before an event or a season (汛前完成, 汛期前, 农历腊月二十前, 开学前),
# or within a week named by its place (开学第一周内完成). Not 提前, 目前, 前期, 前列, 前沿,
# 前后, nor a ranking (前三名, 前5位).
_PROSE_LIMIT_RE: Final = re.compile(
    r"(?<![提目当])前(?![期列沿后茅端\d一二三四五六七八九十两百])|周内"
)
# A date in an actual: a year, a month, a part of a month or of the year.
_DATED_ACTUAL_RE: Final = re.compile(
    r"(?:19|20)\d{2}年|\d{1,2}月|[十一二三四五六七八九]月|[上中下]旬|季度|[上下]半年|年[底末初]"
)

# A round of a recurring schedule put off (延至次年1月, 延后1个月, 顺延, 推迟至次年1月, 跨年拨付,
# 次年1月拨付), unless denied (未延后, 无顺延): not the schedule kept (parse47 H1).
_PUT_OFF_ROUND_RE: Final = re.compile(
    r"(?<![未无不没])(?:延至|延到|延后|顺延|推迟[至到]|跨年(?=拨付|发放|支付|兑付)"
    r"|(?P<next>次年|翌年)\d{1,2}月(?:\d{1,2}日)?"
    r"(?:才|再)?(?:拨付|发放|支付|兑付|兑现|到位|完成|下达))"
)


# The year's last month named before 次年 (12月补贴次年1月发放: regress110 W4).
_DECEMBER_RE: Final = re.compile("(?<!\\d)12月|十二月")


def _put_off_round(text: str) -> bool:
    """Whether *text* says a round of a recurring schedule was put off (``延至次年1月``).

    >>> _put_off_round("按季拨付,第4季度延至次年1月"), _put_off_round("四季度于次年1月拨付")
    (True, True)
    >>> _put_off_round("按季拨付,未延后"), _put_off_round("按季度足额拨付")
    (False, False)
    """
    if not ("延" in text or "年" in text or "推迟" in text):
        return False
    return any(
        put_off["next"] is None
        # 12月工资次年1月发放: the year's last month paid in arrears, no round put off
        or _DECEMBER_RE.search(re.split("[，,；;。（(]", text[: put_off.start()])[-1]) is None
        for put_off in _PUT_OFF_ROUND_RE.finditer(text)
    )


# A recurring time (每月中旬, 按季度, 各季度) or the present one (本季度): no date of work done.
_RECURRING_TIME_RE: Final = re.compile(
    r"(?:每|各|按|逐|分)个?(?:季度|月|旬|半年|年)(?:[上中下]旬)?(?:度)?|本季度?|本月|当季度?|当月"
)


# The day or part of the period a recurring target names (每月15日前, 每季度末前, 每月上旬).
_DAY_OF_PERIOD_RE: Final = re.compile(
    r"\d{1,2}日(?:前|之前|以前)?|[上中下]旬(?:前)?|[末底](?:前|之前)|第\d{1,2}个工作日"
)


# A date a prose target of work on time may give (2025年6月, 6月底前, 2025年6月30日).
_ON_TIME_DATE: Final = r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?(?:前|之前|以前)?"
# A prose target of work done on time (按期完成, 按时完工, 如期建成, 项目按期完成, 按期完成建设
# 任务), and the date it is due by where it gives one, before it or in brackets after it
# (2025年6月按期完成, 按期完成（2025年6月）).
_ON_TIME_TARGET_RE: Final = re.compile(
    rf"(?P<before>{_ON_TIME_DATE})?(?:项目|工程)?(?:{_ON_TIME_WORDS})"
    r"(?:完成|完工|竣工|建成|交付|办结)(?:(?:年度|全年|建设|工作)?任务)?"
    rf"(?:\((?P<after>{_ON_TIME_DATE})\))?"
)
# Work said put off to a time, then done then (延期至2026年3月完成, 推迟到次年6月竣工); no
# negation, forecast or plan inside.
_PUT_OFF_DONE_RE: Final = re.compile(
    "(?:已|项目|工程)?(?:(?:较|比)原?(?:计划|定)?)?(?:延期|推迟|延迟|顺延|逾期)(?:至|到)"
    "(?P<done>[^,;，；。未没尚预拟将计]+?(?:完成|完工|竣工|建成|交付|办结))"
)


def _on_time_due(target: Target | None, ctx: _Context) -> tuple[dt.date, str] | None:
    """The due date of a prose target of work on time, and how the explanation names it.

    ``按期完成``, ``按时完工``, ``如期建成`` with no date are due by the end of the table's
    year, named ``（本年度末）``; a date the target gives is its own (``2025年6月按期完成``,
    ``按期完成（2025年6月）``), named by itself. None for any other target.
    """
    if not isinstance(target, Descriptive) or ctx.year is None:
        return None
    on_time = _ON_TIME_TARGET_RE.fullmatch(_normal(target.description))
    if on_time is None:
        return None
    given = on_time["before"] or on_time["after"]
    if given is None:
        due = ctx.due
        return None if due is None else (due, ctx.say("（本年度末）", " (the year's end)"))
    read = parse_target(given, year=ctx.year)
    due = _due(read, ctx.year, ctx.policy) if isinstance(read, Deadline) else None
    return None if due is None else (due, "")


def _put_off_past_due(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """Work done (or forecast) after the due date against ``按期完成``: not met.

    The actual says the work was put off and names when it was (or will be) done
    (``延期至2026年3月完成``, parse54 M12), or names the date it was done
    (``2026年3月完成``, ``已于2026年3月完工``; k31c: it was met as done). The due date
    is :func:`_on_time_due`'s. A date of completion within it (``2025年11月完成``) is met,
    "已完成", unless the date lies after the date the table is judged at (``2025年10月完成``
    in a 跟踪表 of 1-9月): a forecast, pending (k31l), as :func:`_judge_deadline` reads
    such a date; a delay within the year's end (``延期至2025年11月完成`` against
    ``按期完成``) is late against the plan as ``延期完成`` is, not met (r35p; before
    the year's end pending), a delay within the target's own date left as before. A forecast (``预计2025年10月完成``, k32c) is read as a deadline target
    reads it: pending before the due date; at it, not met when it foresees the work
    after it (``预计延期至2026年3月完成`` in the 自评表), else left as before. Every outcome
    it gives is marked ``by_date``: the row was judged by a date (k33b).
    """
    if not isinstance(actual, (TextValue, DateValue)) or ctx.year is None:
        return None
    forecast = None
    if isinstance(actual, DateValue):
        done: Value = actual
    elif (found := _PUT_OFF_DONE_RE.fullmatch(_normal(_text(actual)).rstrip("。."))) is not None:
        done = parse_value(found["done"], year=ctx.year)
    elif (forecast := _forecast_done(actual, ctx.year)) is None:
        return None
    dated = _on_time_due(target, ctx)
    if dated is None:
        return None
    due, why = dated
    shown = _text(actual)
    if forecast is not None:
        return _forecast_on_time(target, shown, forecast[0], dated, ctx)
    if not isinstance(done, DateValue) or done.status is not _Status.DONE or done.year is None:
        return None
    first = dt.date(done.year, done.month or 1, done.day or 1)
    if first <= due:
        if not _after_period(first, done.status, ctx):
            if actual is not done:
                if why:
                    # 延期至2025年11月完成 against 按期完成 with no date of its own: put off
                    # is late against the plan, whatever date it reached in the year, as
                    # 延期完成 is (r35p: it was unknown); before the year's end, pending
                    return _opposite_outcome(ctx, shown, target)
                return None  # a delay within the target's own date: that date was kept
            # 2025年11月完成: done by the due date, judged by its date (k33b: the same
            # verdict and words as before, now marked as judged by the date)
            return _Outcome(
                _Attainment.MET,
                ctx.say(f"实际“{shown}”，已完成", f"actual “{shown}”: done"),
                by_date=True,
            )
        # 2025年10月完成 in a 跟踪表 of 1-9月: no completion yet, a forecast within the due
        # date, as a deadline target reads it (k31l: it was met, "已完成")
        return _Outcome(
            _Attainment.PENDING,
            ctx.say(
                f"实际“{shown}”在评价日期之后，视为预计，截止日期{due.isoformat()}{why}",
                f"expected “{shown}”, after the as-of date; due {due.isoformat()}{why}",
            ),
            by_date=True,
        )
    return _Outcome(
        _Attainment.NOT_MET,
        ctx.say(
            f"实际“{shown}”，晚于截止日期{due.isoformat()}{why}，未达到“{target.description}”",
            f"actual “{shown}” is later than the due date {due.isoformat()}{why}:"
            f" misses “{target.description}”",
        ),
        by_date=True,
    )


def _forecast_on_time(
    target: Descriptive,
    shown: str,
    first: dt.date,
    dated: tuple[dt.date, str],
    ctx: _Context,
) -> _Outcome | None:
    """A forecast of completion from *first* on against a prose target of work on time.

    As :func:`_judge_deadline` reads a forecast against a deadline: before the due date
    ``pending`` (the progress says whether it foresees the work in time); at it, ``not_met``
    when the forecast is after it, None (left as before) when it is not.
    """
    due, why = dated
    if ctx.as_of is None:
        return None
    due_text = due.isoformat()
    if ctx.as_of < due:
        return _Outcome(
            _Attainment.PENDING,
            ctx.say(
                f"实际“{shown}”，截止日期{due_text}{why}未到",
                f"actual “{shown}”, due {due_text}{why}",
            ),
            by_date=True,
        )
    if first <= due:
        return None
    later = f"{first.year}-{first.month:02d}"
    return _Outcome(
        _Attainment.NOT_MET,
        ctx.say(
            f"截止日期{due_text}{why}已到，实际“{shown}”，预计完成时间{later}晚于截止日期，"
            f"未达到“{target.description}”",
            f"due {due_text}{why} has passed; “{shown}” expects the work after it ({later}):"
            f" misses “{target.description}”",
        ),
        by_date=True,
    )


def _prose_time_limit(target: Descriptive, actual: Value) -> bool:
    """Whether a prose target sets a time limit and a dated actual is judged by it.

    ``汛前完成``, ``农历腊月二十前``, ``开学第一周内完成`` name a time no calendar date
    gives: ``2025年8月完成`` says the work is done, not whether in time, which a
    reviewer judges (an undated ``已完成`` or ``汛前已完成`` still meets the target).

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _prose_time_limit(parse_target(goal), parse_value(said, year=2025))
    ...     for goal, said in (
    ...         ("汛前完成", "2025年8月完成"),
    ...         ("汛前完成", "已完成"),
    ...         ("提前完成", "8月完成"),
    ...         ("每月20日前发放", "每月中旬已发放"),
    ...     )
    ... ]
    [True, False, False, False]
    """
    if _PROSE_LIMIT_RE.search(_normal(target.description)) is None:
        return False
    if isinstance(actual, DateValue):
        return True
    said = _normal(_text(actual))
    if "每" in said or "各" in said or "按" in said or "本" in said or "当" in said:
        said = _RECURRING_TIME_RE.sub("", said)  # 每月中旬已发放: how often, no date
    return _DATED_ACTUAL_RE.search(said) is not None


# What opens a target written with an operator: ≥45公里, ≤2.2万元, >90%.
_OPERATOR_LEAD: Final = ("≥", "≤", ">", "<")
# What closes a deadline: 2024年10月底前, 10月底之前, 年底以前.
_DEADLINE_TAIL: Final = ("前", "之前", "以前")


def _target_form(actual: Value | None) -> bool:
    """Whether *actual* is written as a target: an operator or a deadline, no result.

    ``≥45公里`` and ``≤2.2万元`` (an operator before the figure), ``2024年10月底前`` (a
    date with 前 and no status) report no figure. A bound in words (``90%以上``,
    ``不低于95%``) is a result stated roughly, as units often do, and no target form.

    >>> from perftrack import parse_value
    >>> [_target_form(parse_value(text)) for text in ("≥45公里", "2024年10月底前", "90%以上")]
    [True, True, False]
    """
    if isinstance(actual, Quantity):
        return (
            actual.bound is not _Bound.EXACT
            and actual.status is None
            and normalize(actual.text).text.lstrip().startswith(_OPERATOR_LEAD)
        )
    if isinstance(actual, DateValue):
        return actual.status is None and normalize(actual.text).text.rstrip().endswith(
            _DEADLINE_TAIL
        )
    return False


def _bare_figure(target: Target | None) -> bool:
    """Whether *target* is a figure without an operator (``26公里``, ``完成58%``)."""
    return isinstance(target, Comparison) and target.op is _Op.EQ


def _actual_is_target(indicator: Indicator) -> bool:
    """An actual in a target's form (``≥45公里``) beside another bare figure as the target.

    The columns read the wrong way round (``26公里 | ≥45公里``): the figure reported
    stands under 年度指标值 and the target under 实际完成值, and the comparison says
    nothing (scoring.md §3 rule 2). The target's own figure with an operator
    (``95% | ≥95%``) is the target copied as the actual, judged as such (met).
    """
    target, actual = indicator.target, indicator.actual
    return (
        isinstance(target, Comparison)  # _bare_figure, asked without the call (speedS3)
        and target.op is _Op.EQ
        # an exact figure is in no target's form (_target_form's first test)
        and not (isinstance(actual, Quantity) and actual.bound is _Bound.EXACT)
        and _target_form(actual)
        and not _copies_bare_figure(target, indicator.actual)
    )


def _copies_bare_figure(target: Target | None, actual: Value | None) -> bool:
    """Whether *actual* (``≥95%``) is the bare *target*'s figure (``95%``) with an operator.

    A target that omits its unit (``=61``, ``5165``) is copied by its figure with the
    unit of the row (``≥61项``, ``≥5165人``): the unit the target leaves out makes it no
    other figure (regress27).

    >>> from perftrack import parse_target, parse_value
    >>> _copies_bare_figure(parse_target("95%"), parse_value("≥95%"))
    True
    >>> _copies_bare_figure(parse_target("26公里"), parse_value("≥45公里"))
    False
    >>> _copies_bare_figure(parse_target("=61"), parse_value("≥61项"))
    True
    >>> _copies_bare_figure(parse_target("=61个"), parse_value("≥61项"))
    False
    """
    return (
        isinstance(target, Comparison)
        and target.op is _Op.EQ
        and isinstance(actual, Quantity)
        and actual.value == target.value
        and (actual.unit == target.unit or not target.unit)
    )


def _vague_word(target: QualitativeTarget) -> bool:
    """A qualitative target whose copy is no result: a degree, or a word of effect.

    ``明显提升``, ``不断增强``, ``逐步健全``, ``效果明显``, ``有效``: a reviewer asks what
    improved, by how much and on what evidence. A bare word restated is the one-word
    answer the table asks for: a binary one (``合格``, ``及时``, ``健全``, ``达标``,
    ``通过验收``, a grade, ``无安全隐患``) or a bare direction (``提高``).

    A grade written with the degree 较 (``较高``, ``较好``) is one too: it is as vague as
    ``明显``, while ``高`` or ``良好`` is the grade.

    >>> from perftrack import parse_target
    >>> [_vague_word(parse_target(text)) for text in ("明显提升", "逐步健全", "合格", "提高")]
    [True, True, False, False]
    >>> [_vague_word(parse_target(text)) for text in ("较高", "较好", "高", "良好", "明显")]
    [True, True, False, False, True]
    """
    return (
        target.degree is not None
        or target.family == "effect"
        or (target.family == "quality" and target.word[0] == "较")
    )


def _copy_of_target(
    target: Target | None, actual: Value | None, state: _Scoring
) -> Severity | None:
    """How an actual that copies its *target* is flagged (``actual-copies-target``), or None.

    A warning for a target's form reprinted as the actual: a comparison, a range, a
    deadline or a period (``≥200家``, ``2024年6月30日前``), or a bare figure with an
    operator (``95% | ≥95%``, none in a table whose columns look swapped): no result is
    reported. An info for words copied: a descriptive target (``有效保障``, not a
    target of no change, ``持平``) or a vague qualitative one (:func:`_vague_word`:
    ``明显提升``, ``逐步健全``; not ``合格`` or ``及时``), or words the grammar reads as a
    figure (``即时办结``, ≤1个工作日; regress40 W9). An exact target reached
    (``100% | 100%``) is no copy.

    >>> from perftrack.model import Table, TableKind
    >>> from perftrack.policy import Policy
    >>> from perftrack import parse_target, parse_value
    >>> state = _Scoring(Table(kind=TableKind.TRACKING, title=""), Policy())
    >>> [
    ...     _copy_of_target(parse_target(text), parse_value(text), state)
    ...     for text in ("≥200家", "明显提升", "合格", "即时办结")
    ... ]
    [<Severity.WARNING: 'warning'>, <Severity.INFO: 'info'>, None, <Severity.INFO: 'info'>]
    """
    if actual is None or target is None:
        return None
    if isinstance(target, Descriptive):
        if isinstance(actual, QualitativeValue) and actual.family == "yes":
            return None  # 否 | 否 (an Excel FALSE read 否): the answer, no copy
        if (
            _normal(_text(actual)) == _normal(target.description)
            and not _is_flat_target(target, state.year)
            # A | A: the one grade asked, reported reached (r34k)
            and _letter_grade(target.description) is None
        ):
            return _Severity.INFO
        return None
    if isinstance(target, QualitativeTarget):
        if _vague_word(target) and _normal(_text(actual)) == _normal(_text(target)):
            return _Severity.INFO
        return None
    if (
        isinstance(target, (Comparison, Range))
        and not (isinstance(target, Comparison) and target.op is _Op.EQ)
        and _normal(actual.text) == _normal(target.text)  # first: the cheap test, rarely met
        and not any(char.isdigit() for char in target.text)
    ):
        return _Severity.INFO  # 即时办结 | 即时办结: words copied, a figure read (regress40 W9)
    # 95% | ≥95%: the bare target's figure reprinted with an operator (in a table whose
    # columns look swapped, 860公里 | ≥860公里 is its result)
    if _copies_bare_figure(target, actual) and _target_form(actual) and not state.swapped:
        return _Severity.WARNING
    if isinstance(actual, Quantity) and actual.bound is _Bound.EXACT and actual.label is None:
        return None  # 120人次: a figure reached, no target's form (the common row)
    if (
        isinstance(target, (Comparison, Range, Deadline, PeriodTarget))
        and not (isinstance(target, Comparison) and target.op is _Op.EQ)
        and not (isinstance(target, Deadline) and not _DEADLINE_FORM_RE.search(actual.text))
        and (
            _normal(actual.text) == _normal(target.text)
            # ≥1000人次 under ≥1000(人次); not 3-5年 under ≥3年, a range read as at
            # least 3: a result reported, not the target's text (regress50 W2)
            or (str(actual) == str(target) and not _written_as_range(actual.text))
        )
    ):
        return _Severity.WARNING
    return None


def _written_as_range(text: str) -> bool:
    """Whether *text* is written as a range (``3-5年``, ``95%-97%``).

    >>> [_written_as_range(text) for text in ("3-5年", "95%-97%", "≥3年", "3年")]
    [True, True, False, False]
    """
    try:
        return isinstance(parse_target(text), Range)
    except ExpressionError:
        return False


# What makes a date a deadline's form rather than the date a thing was done: a bare date
# under a bare date target (项目开工时间 | 2024年3月 | 2024年3月) is the result, started
# in the month planned; 2024年6月30日前 reprinted says nothing was reported.
_DEADLINE_FORM_RE: Final = re.compile("前|以内|之内|内完成")


# An actual labelled as a forecast, a plan, a design figure or what the work can or will
# do (预计新增灌溉面积2.15万亩, 计划受益人口, 设计受益人口, 可带动就业600人, 项目建成
# 后将惠及3.5万人): the figure of a feasibility study, no result. After an optional lead
# (全年, 项目建成后); 计划, 设计, 可, 将 and 能 only before a word of benefit or
# capacity, so that 计划生育, 设计变更次数, 可回收物, 可比价 stay names. Not 争取: 争取
# 上级资金5200万元 is money obtained.
_FORECAST_LABEL_RE: Final = re.compile(
    # 均可达到100%, 实际可达到2.1万吨: a capacity all or in fact can reach (r29)
    # 年底前预计达到92%, 到年底预计: the year's end said before the forecast (parse15)
    r"(?:(?:到|至|截至)?(?:全年|年底前?|年末|年内)|[\u4e00-\u9fff]{1,8}?后[，,]?)?(?:实际|均|都)?(?:"
    r"(?P<forecast>预计|预期(?!寿命|目标)|预估|拟|有望|力争)"
    r"|(?P<plan>计划)(?!生育|单列|免疫|内|外)"
    # 预算230万元 on 成果转化合同金额: the money set aside, no result (k30q); the label
    # is the budget's word alone (预算执行数 is spending)
    r"|(?P<budget>(?:总|年度)?预算(?:数|金额|资金|总额)?$)"
    r"|(?P<design>设计)(?=受益|新增|年(?!限)|日|规模|能力|产能|处理|供水|灌溉|库容|容量|流量"
    r"|人口|效益|增收|带动|惠及|覆盖|床位|座位)"
    r"|(?P<able>可|将|能够?)(?=惠及|新增|带动|增加|实现|满足|解决|改善|受益|节约|节省|减少"
    r"|提供|容纳|供|达到|达|增收|吸纳|覆盖|安置|辐射|拉动|使|年|形成|产生|创造|降低|提高"
    # 建成后可达3200人次/日, 可达到: the parser reads 达 as the figure's bound, the
    # label ends with 可 (a capacity the work can reach, not yet in use)
    r"|$))"
)
_FORECAST_KINDS: Final = MappingProxyType(
    {
        "forecast": ("预计数", "a forecast"),
        "plan": ("计划数", "a plan"),
        "budget": ("预算数", "a budget"),
        "design": ("设计值", "a design figure"),
        "able": ("预期数", "an expected figure"),
    }
)


# A note that says the figure is an estimate (12380万元（预计）): no result at the year's
# end, as 预计12380万元 is (a tracking table's note is judged as written).
# 1200万元(预计全年), （全年预计）: the same note with the year it covers.
_FORECAST_NOTE_RE: Final = re.compile(
    r"(?:全年)?(?:预计|预估|预期)(?:全年)?(?:数|值|数据|完成|完成数|完成值)?"
)


def _forecast_noted(indicator: Indicator, *, self_evaluation: bool) -> bool:
    """Whether a self-evaluation's actual is noted as an estimate (``12380万元（预计）``).

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_value
    >>> row = Indicator("总投资", actual=parse_value("12380万元（预计）"))
    >>> _forecast_noted(row, self_evaluation=True), _forecast_noted(row, self_evaluation=False)
    (True, False)
    """
    actual = indicator.actual
    return (
        self_evaluation
        and isinstance(actual, Quantity)
        and actual.note is not None
        and _FORECAST_NOTE_RE.fullmatch(actual.note) is not None
    )


def _forecast_said(indicator: Indicator) -> tuple[str, str] | None:
    """What an actual's label says its figure is, when no result: (zh, en) or None.

    ``预计新增灌溉面积2.15万亩`` is a forecast, ``设计受益人口3.5万人`` a design figure,
    ``可带动就业600人`` an expected one. A label that names a rate (``计划完成率``,
    ``可回收物分类率``) is a measure, and a word the indicator's own name or its target's
    label holds (``设计日供水能力`` against ``设计日供水能力≥5000吨``) is its measure too.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target, parse_value
    >>> def said(name, actual, target="≥2万亩"):
    ...     row = Indicator(name, target=parse_target(target), actual=parse_value(actual))
    ...     return _forecast_said(row)
    >>> said("新增灌溉面积", "预计新增灌溉面积2.15万亩")
    ('预计数', 'a forecast')
    >>> said("受益人口", "项目建成后将惠及3.5万人", "≥3万人")
    ('预期数', 'an expected figure')
    >>> said("设计变更", "设计变更次数2次", "≤3次") is None
    True
    """
    actual = indicator.actual
    if not isinstance(actual, Quantity) or actual.label is None:
        return None
    found = _FORECAST_LABEL_RE.match(actual.label)
    if found is None or found.lastgroup is None:
        return None
    kind = found.lastgroup
    word = found[kind]
    if word != "预计" and "率" in actual.label:
        return None  # 计划完成率, 设计达标率: the rate measured (预计完成率 is forecast)
    target = indicator.target
    own = getattr(target, "label", None) or ""
    if word in indicator.name or word in own:
        return None  # 设计日供水能力 against 设计日供水能力≥5000吨: its own measure
    return _FORECAST_KINDS[kind]


# A note or a label saying the figure is an earlier year's (93%（2024年度测评）, 93%（上年数）,
# 93%（沿用上年测评结果）, 上年度测评93%, 82.3分（上年度第三方测评结果）): the last survey
# reused, no result of the table's period, as a forecast is none (parse16 H1). The whole
# note or label is that word, so 上年85% (a base: a figure) and 较上年 (a change) are not.
_STALE_WORDS_RE: Final = re.compile(
    r"(?:沿用|采用|引用|参照|为)?"
    r"(?:(?P<when>上一?年度?|去年度?|前一年度?)|(?P<year>(?:19|20)\d{2})年度?)"
    r"(?:同期)?的?(?:第三方|问卷|抽样)?(?:满意度)?(?:测评|调查|统计|评价|考核|监测|评估)?"
    r"(?:结果|数据|数|值|数值|结论|水平)?"
    # 上年同期98.2%, 上年完成10个, 去年共完成10个: last year's figure too (k31a)
    r"(?:(?:共|累计)?(?:完成|实现|达到))?"
)


def _stale_said(indicator: Indicator, year: int | None) -> bool:
    """Whether an actual's note or label says its figure is an earlier year's.

    ``93%（上年数）`` and ``上年度测评93%`` always; ``93%（2024年度测评）`` when the table's
    *year* is later (``2025年度测评`` in a 2025 table is this year's). A word the
    indicator's name or its target holds (``上年度结转资金``) names the measure.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target, parse_value
    >>> def stale(actual, year=2025, name="满意度"):
    ...     row = Indicator(name, target=parse_target("≥90%"), actual=parse_value(actual))
    ...     return _stale_said(row, year)
    >>> stale("93%（2024年度测评）"), stale("93%（2025年度测评）"), stale("上年度测评93%")
    (True, False, True)
    >>> stale("91%（上年85%）"), stale("93%（上年数）", name="上年数")
    (False, False)
    """
    actual = indicator.actual
    if not isinstance(actual, Quantity) or (not actual.note and not actual.label):
        return False  # the common row: nothing said beside the figure
    target = indicator.target
    own = f"{indicator.name}{getattr(target, 'label', None) or ''}{_text(target) if target else ''}"
    label = actual.label
    if label and ("," in label or ";" in label):
        label = re.split("[,;]", label)[-1]  # 较好，上年98.2%: the figure's own clause (k31a)
    for words in (actual.note, label):
        found = _STALE_WORDS_RE.fullmatch(words) if words else None
        if found is None:
            continue
        if found["when"] is not None:
            if found["when"][:2] not in own:
                return True
        elif year is not None and int(found["year"]) < year:
            return True
    return False


_STALE_KIND: Final = ("上年度数据", "a figure of an earlier year")
# A total said to be of several years (近3年累计, 三年来累计, 2023-2025年累计, 2023年以来累计;
# 320人次（近三年合计）): no result of the table's year (regress57 #10).
_SEVERAL_YEARS_RE: Final = re.compile(
    r"(?:近(?P<recent>\d{1,2}|[两二三四五六七八九十]+)年(?:来|以来|内)?"
    r"|(?<![\d一二三四五六七八九十])(?P<since>\d{1,2}|[两二三四五六七八九十]+)年(?:来|以来)"
    r"|(?P<first>(?:19|20)\d{2})年?[-—–~至到](?P<last>(?:19|20)\d{2})年(?:度|间|期间)?"
    r"|(?P<from>(?:19|20)\d{2})年(?:以来|起))"
    r"[,，]?(?:累计|共计|共|合计|总计)"
)
# The figure of a single year (近1年, 一年来): the year's own.
_ONE_YEAR_WORDS: Final = frozenset({"1", "一"})
_MULTI_YEAR_KIND: Final = ("多年累计数", "a total of several years")


def _result_word(kind: tuple[str, str]) -> str:
    """The result a figure of *kind* (:func:`_forecast_kind`) is not: the year's for a total.

    >>> _result_word(_MULTI_YEAR_KIND), _result_word(_STALE_KIND)
    ('本年度实际完成值', '实际完成值')
    """
    return "本年度实际完成值" if kind is _MULTI_YEAR_KIND else "实际完成值"


def _several_years_said(indicator: Indicator, year: int | None) -> bool:
    """Whether an actual's label or note says its figure is a total of several years.

    ``近3年累计培训320人次``, ``三年来累计培训320人次``, ``2023-2025年累计培训320人次`` and, in a
    2025 table, ``2023年以来累计培训320人次``: a total of years, not the year's result. A plain
    ``累计培训320人次`` (the year's running total) is the year's, and so is the span when the
    row's name or target counts over years itself (``近三年累计培训人次``).

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target, parse_value
    >>> def said(actual, name="培训人次", target="≥300人次"):
    ...     row = Indicator(name, target=parse_target(target), actual=parse_value(actual))
    ...     return _several_years_said(row, 2025)
    >>> said("近3年累计培训320人次"), said("2023-2025年累计培训320人次"), said("累计培训320人次")
    (True, True, False)
    >>> said("2025年以来累计培训320人次"), said("近3年累计培训320人次", name="近3年累计培训人次")
    (False, False)
    """
    actual = indicator.actual
    if not isinstance(actual, Quantity) or (not actual.note and not actual.label):
        return False
    target = indicator.target
    own = f"{indicator.name}{_text(target) if target else ''}"
    for words in (actual.label, actual.note):
        found = _SEVERAL_YEARS_RE.search(words) if words else None
        if found is None or _SEVERAL_YEARS_RE.search(own) is not None:
            continue
        if (count := found["recent"] or found["since"]) is not None:
            if count not in _ONE_YEAR_WORDS:
                return True
        elif found["first"] is not None:
            if int(found["first"]) < int(found["last"]):
                return True
        elif year is not None and int(found["from"]) < year:
            return True
    return False


# A note that says the figure is estimated (95%（估计）, 96%（系估算）), in a self-evaluation:
# no result, as a forecast is none (k31i).
_ESTIMATE_NOTE_RE: Final = re.compile("(?:系|为)?(?:估计|估算|推算|估测)(?:数|值|数据)?")
_ESTIMATE_KIND: Final = ("估计数", "an estimate")


def _forecast_kind(
    indicator: Indicator, kind: TableKind, year: int | None = None
) -> tuple[str, str] | None:
    """What a row's actual is when it is no result, in a table of *kind*: (zh, en) or None.

    Its label's word (:func:`_forecast_said`: ``预计12380万元``, ``可达到2.1万吨``) or, in
    a self-evaluation, a note saying it is an estimate (:func:`_forecast_noted`:
    ``12380万元（预计）``). One rule for the verdict, the progress and every finding that
    reads the actual's figure (exceeds-target, 超额完成).

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_value
    >>> row = Indicator("年产值", actual=parse_value("1200万元(预计全年)"))
    >>> _forecast_kind(row, _TableKind.SELF_EVALUATION), _forecast_kind(row, _TableKind.TRACKING)
    (('预计数', 'a forecast'), None)
    """
    actual = indicator.actual
    if not isinstance(actual, Quantity) or (actual.label is None and actual.note is None):
        return None  # the common row: a figure with no word beside it, or no figure
    said = _forecast_said(indicator)
    if said is None and _forecast_noted(
        indicator, self_evaluation=kind is _TableKind.SELF_EVALUATION
    ):
        return _FORECAST_KINDS["forecast"]
    if (
        said is None
        and kind is _TableKind.SELF_EVALUATION
        and actual.note is not None
        and _ESTIMATE_NOTE_RE.fullmatch(actual.note) is not None
    ):
        return _ESTIMATE_KIND  # 95%（估计）: an estimate, no result (k31i, parse56 F7)
    if said is None and _stale_said(indicator, year):
        return _STALE_KIND  # 93%（上年数）: last year's survey, no result of this period
    if said is None and _several_years_said(indicator, year):
        return _MULTI_YEAR_KIND  # 近3年累计培训320人次: the total of years, not the year's
    return said


def _multi_year(ctx: _Context) -> _Outcome | None:
    """A multi-year target in the annual column: the year's share is unknown (target21 H2).

    ``2026-2028年累计完成80个`` against 32个 in a 2026 table says nothing of the year;
    only in the span's last year is the cumulative figure the test, against an actual
    that says it is cumulative (``累计完成78个``).
    """
    target = ctx.indicator.target
    period = ctx.table.period
    first = period.start.year if period is not None else ctx.year
    last = max(period.end.year, period.start.year) if period is not None else ctx.year
    span = multi_year_span(target, first, last)
    if span is None:
        return None
    ends = multi_year_last(span)
    actual = ctx.indicator.actual
    if (
        ends is not None
        and last is not None
        and ends <= last
        and actual is not None
        and "累计" in _text(actual)
    ):
        # 2028's table: 累计完成78个 against 2026-2028年累计完成80个; a table after the
        # span (2026's against 十四五期间累计): the span is over, its total is judged
        return None
    return _Outcome(
        _Attainment.UNKNOWN,
        nest_quotes(
            ctx.say(
                f"年度指标“{_text(target)}”为多年累计目标（{span}），"
                "未分解本年度应完成的指标值，无法按年度判断",
                f"the target “{_text(target)}” is a multi-year target ({span}), with no"
                " share for the year: it cannot be judged for the year",
            )
        ),
    )


# A schedule of rounds in a recurring target (每季度末前拨付, 每月10日前发放, 每半年一次)
# and the rounds it asks of a year.
_SCHEDULE_ROUNDS_RE: Final = re.compile("(?:每|各|按)个?(?P<period>季度?|月|半年)")
_ROUNDS_A_YEAR: Final = MappingProxyType({"季度": 4, "季": 4, "月": 12, "半年": 2})
# The months a round of each schedule covers, and the months a count of periods covers
# (已发放8个月, 已发放3个季度: k31f).
_MONTHS_A_ROUND: Final = MappingProxyType({"季度": 3, "季": 3, "月": 1, "半年": 6})
_MONTHS_A_PERIOD_UNIT: Final = MappingProxyType({"个月": 1, "个季度": 3, "季度": 3})
# A label saying the rounds or the periods were paid or held (发放3次, 按时拨付8个月);
# never a lag or a shortfall (滞后2个月, 未发放2个月, 拖欠3个月, 延后1个月), nor a clause.
_ROUNDS_DONE_LABEL_RE: Final = re.compile("按时|及时|按期|完成|发放|拨付|支付|兑现|召开|开展")
_ROUNDS_NOT_DONE_RE: Final = re.compile("未|没|不|欠|滞后|延|推迟|推后|逾期|超|缓|[,，;；]")


# A count of rounds each period in a schedule (每季度开展两次督导, 每月2次): the year asks
# that many times the periods.
_ROUNDS_EACH_PERIOD_RE: Final = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)次")


def rounds_each_period(description: str) -> int | None:
    """The rounds a schedule asks each period: 1 unless it names a count, None if unread.

    >>> [rounds_each_period(t) for t in ("按月发放", "每季度开展两次督导", "每半年一次")]
    [1, 2, 1]
    """
    if "次" not in description:
        return 1
    found = _ROUNDS_EACH_PERIOD_RE.search(description)
    if found is None:
        return 1  # 每月按次结算: no count
    number = found["n"]
    count = int(number) if number.isdigit() else chinese_to_int(number)
    return count if count > 0 else None


def schedule_rounds_done(actual: Quantity, schedule: str = "") -> int | None:
    """The months a count of periods covers, 0 for a count of rounds, None for neither.

    A count said done or paid (``已发放8个月``: 8, ``已按时拨付3次``: 0, the caller
    counts rounds) against a recurring schedule; never a delay (``滞后2个月``) or a
    shortfall (``未发放2个月``). A bare count in 次 (``15次``) is the rounds held when
    the *schedule* itself counts 次 each period (``每月开展2次以上巡查``, k31l).

    >>> from perftrack import parse_value
    >>> [
    ...     schedule_rounds_done(parse_value(t))
    ...     for t in ("已发放8个月", "发放3个季度", "已按时拨付3次")
    ... ]
    [8, 9, 0]
    >>> [schedule_rounds_done(parse_value(t)) for t in ("滞后2个月", "未发放2个月", "8个月")]
    [None, None, None]
    """
    unit = actual.unit
    if unit is None or (unit != "次" and unit not in _MONTHS_A_PERIOD_UNIT):
        return None
    if actual.bound is not _Bound.EXACT:
        return None
    said = f"{actual.label or ''}{actual.note or ''}"
    if _ROUNDS_NOT_DONE_RE.search(said) is not None:
        return None
    if actual.status is not _Status.DONE and _ROUNDS_DONE_LABEL_RE.search(said) is None:
        bare = unit == "次" and not said and actual.status is None
        if not bare or "次" not in schedule or _ROUNDS_EACH_PERIOD_RE.search(schedule) is None:
            return None
    if unit == "次":
        return 0
    months = actual.value * _MONTHS_A_PERIOD_UNIT[unit]
    return int(months) if months == int(months) else None


# A count said per period (每月2次, 月均2次, 平均每季度开展2次): one period's rounds.
_ROUNDS_PER_PERIOD_LABEL_RE: Final = re.compile(
    r"(?:平均)?每个?(?P<each>季度?|月|半年)(?:均|平均)?[\u4e00-\u9fff]{0,4}"
    r"|(?P<mean>季|月)均[\u4e00-\u9fff]{0,4}"
)


def _rounds_said_each_period(actual: Quantity, period: str, schedule: str) -> int | None:
    """The rounds a schedule naming a count asks each period, when *actual* is one period's.

    ``月均2次`` or ``每月2次`` against ``每月开展2次以上巡查``: the count a month, compared
    with the 2 asked a month as it stands (k31l), never with the year's 24. None for
    any other pair (a count of the year, another period, a schedule naming no count).

    >>> from perftrack import parse_value
    >>> _rounds_said_each_period(parse_value("月均2次"), "月", "每月开展2次以上巡查")
    2
    >>> _rounds_said_each_period(parse_value("每季度2次"), "月", "每月开展2次以上巡查") is None
    True
    """
    label = actual.label
    if (
        label is None
        or actual.unit != "次"
        or actual.bound is not _Bound.EXACT
        or "次" not in schedule
        or _ROUNDS_EACH_PERIOD_RE.search(schedule) is None
    ):
        return None
    said = _ROUNDS_PER_PERIOD_LABEL_RE.fullmatch(label)
    if said is None or _ROUNDS_NOT_DONE_RE.search(label) is not None:
        return None
    named = said["each"] or said["mean"]
    if _SCHEDULE_NAMES.get(named, named) != _SCHEDULE_NAMES.get(period, period):
        return None
    return rounds_each_period(schedule)


def _rounds_each_period_outcome(
    each: int, period: str, actual: Quantity, goal: str, ctx: _Context
) -> _Outcome:
    """One period's count (``月均2次``) against the *each* rounds a *period* the goal asks."""
    shown = _text(actual)
    if actual.value >= each:
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际“{shown}”，达到“{goal}”每{period}应有的{each}次",
                f"actual “{shown}”: the {each} rounds a {period} “{goal}” asks",
            ),
        )
    return _Outcome(
        _Attainment.PENDING if ctx.at_due is False else _Attainment.NOT_MET,
        ctx.say(
            f"实际“{shown}”，少于“{goal}”每{period}应有的{each}次",
            f"actual “{shown}”: fewer than the {each} rounds a {period} “{goal}” asks",
        ),
    )


def _rounds_of_schedule(target: Descriptive, actual: Quantity, ctx: _Context) -> _Outcome | None:
    """A count of rounds done (``已按时拨付3次``) against a recurring schedule, else None.

    ``每季度末前拨付`` asks four rounds of a year: three at the year's end is not met, four
    met; before the year's end, fewer is pending (parse53 H6: any count was "已完成").
    A count of the periods paid (``已发放8个月`` against ``按月发放``, ``已发放3个季度``
    against ``按季度``) is the months of the year's twelve it covers: 8 of 12 is not met
    at the year's end (parse56 F2: it was read as 已完成). Only a count in 次, 个月 or
    个季度 said done, paid or on time, and a schedule by quarter, month or half year.
    """
    schedule = _normal(target.description)
    found = _SCHEDULE_ROUNDS_RE.search(schedule)
    if found is None:
        return None
    period = found.group("period")
    if (each_said := _rounds_said_each_period(actual, period, schedule)) is not None:
        each_period = _SCHEDULE_NAMES.get(period, period)
        return _rounds_each_period_outcome(each_said, each_period, actual, target.description, ctx)
    if (months := schedule_rounds_done(actual, schedule)) is None:
        return None
    shown, goal = _text(actual), target.description
    if months:
        done, due, unit = Decimal(months), 12, "个月"
        if period in ("季度", "季") and months % 3 == 0:
            done, due, unit = Decimal(months // 3), 4, "个季度"
    else:
        each = rounds_each_period(goal)
        if each is None:
            return None
        done, due, unit = actual.value, _ROUNDS_A_YEAR[period] * each, "次"
    if done >= due:
        return _Outcome(
            _Attainment.MET,
            ctx.say(
                f"实际“{shown}”，达到“{goal}”全年应有的{due}{unit}",
                f"actual “{shown}”: the {due} {unit} “{goal}” asks of a year",
            ),
        )
    if ctx.at_due is False:
        return _Outcome(
            _Attainment.PENDING,
            ctx.say(
                f"实际“{shown}”，“{goal}”全年应有{due}{unit}，距年底尚有时间",
                f"actual “{shown}”: “{goal}” asks {due} {unit} a year; there is still time",
            ),
        )
    return _Outcome(
        _Attainment.NOT_MET,
        ctx.say(
            f"实际“{shown}”，少于“{goal}”全年应有的{due}{unit}",
            f"actual “{shown}”: fewer than the {due} {unit} “{goal}” asks of a year",
        ),
    )


# What the reader's formula-without-result finding says of results stored in a workbook
# that asks for every formula to be computed on opening (<calcPr fullCalcOnLoad="1"/>).
_STALE_RESULTS: Final = "文件要求打开时重新计算公式"
# The cells a reader's formula-without-result finding names: （B6、D8、E10）.
_FORMULA_CELLS: Final = re.compile(r"（([A-Z]{1,3}[0-9]{1,7}(?:、[A-Z]{1,3}[0-9]{1,7})*)）")


def _uncomputed_outcome(ctx: _Context, indicator: Indicator, role: str) -> _Outcome | None:
    """Unknown, naming the cell, when *indicator*'s empty *role* is a formula never computed."""
    cell = _uncomputed_formula(ctx.table, indicator, role)
    if cell is None:
        return None
    zh, en = ("实际完成值", "the actual") if role == "actual" else ("年度指标值", "the target")
    # a result the writer stored in a workbook that asks for a full calculation on
    # opening (XlsxWriter's 0): the reader's warning says so
    stale = any(
        finding.id == "formula-without-result"
        and _STALE_RESULTS in finding.message
        and (listed := _FORMULA_CELLS.search(finding.message)) is not None
        and cell in listed.group(1).split("、")
        for finding in ctx.table.findings
    )
    why_zh, why_en = (
        (
            "文件要求打开时重新计算，所存的结果不可信",
            "the file asks for it to be computed on opening",
        )
        if stale
        else ("无缓存值", "no cached value")
    )
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"{zh}（{cell}）是公式，公式未计算（{why_zh}），读作空白",
            f"{en} ({cell}) is a formula never computed ({why_en})",
        ),
    )


def _uncomputed_formula(table: Table, indicator: Indicator, role: str) -> str | None:
    """The cell (``E4``) of *indicator*'s *role* when it holds a formula never computed.

    The reader's ``formula-without-result`` finding names such cells; the *role* cell's
    column is that of the other indicators' *role* cells on the sheet.
    """
    position = indicator.position
    if position is None:
        return None
    named: set[str] = set()
    for finding in table.findings:
        if finding.id == "formula-without-result" and finding.where.sheet == position.sheet:
            listed = _FORMULA_CELLS.search(finding.message)
            if listed is not None:
                named.update(listed.group(1).split("、"))
    if not named:
        return None
    place = indicator.cell_of(f"{role}-place")  # the empty cell the reader placed it at
    columns = {
        cell.column
        for other in table.indicators
        if (cell := other.cell_of(role)) is not None and cell.sheet == position.sheet
    } or ({place.column} if place is not None else set())
    if not columns:
        # no indicator filled the column (every actual a formula): the formula beyond
        # the row's other values for an actual, before them for a target
        own = [cell.column for _, cell in indicator.cells if cell.column > position.column]
        if own:
            columns = {
                column
                for column in range(position.column + 1, max(own) + 8)
                if column not in own
                and (column > max(own) if role == "actual" else column < min(own))
            }
    found = [
        name
        for column in sorted(columns)
        if (name := f"{column_letters(column)}{position.row}") in named
    ]
    return found[0] if len(found) == 1 else None


def _attainment(ctx: _Context) -> _Outcome:
    indicator = ctx.indicator
    say = ctx.say
    target, actual = indicator.target, indicator.actual
    if ctx.table.kind is _TableKind.TARGET:
        return _Outcome(
            _Attainment.NOT_APPLICABLE,
            say("目标表没有实际完成值", "a target table has no actual values"),
        )
    if isinstance(actual, NotApplicable) and _forecast_before_due(ctx):
        # 粮食产量 | ≥600亿斤 | — | 全年预计 ≥600亿斤 in a 1-7月 monitoring table: the dash
        # says "no figure yet", which the forecast beside it shows applies
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"尚无实际完成值（“{actual.text or actual.word}”），截止日期未到，进度以全年预计判断",
                f"no actual yet (“{actual.text or actual.word}”), not due; the forecast decides",
            ),
        )
    if isinstance(actual, NotApplicable) and actual.word == "/" and _not_yet(ctx):
        # 困难群众满意度 | ≥90% | / in a 1-8月 监控表 with no forecast column: the survey
        # is held at the year's end, the "/" is "not yet" as it is beside a forecast
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"尚无实际完成值（“{actual.text or actual.word}”），截止日期未到",
                f"no actual yet (“{actual.text or actual.word}”), not due",
            ),
        )
    if (
        isinstance(actual, NotApplicable)
        and ctx.table.kind is _TableKind.TRACKING
        and ctx.at_due is False
        and isinstance(target, (Comparison, Range))
        and (scheduled := _survey_scheduled(indicator, ctx.as_of)) is not None
    ):
        # 农户满意度 | ≥85% | / | / | 满意度调查拟于11月开展 in a 1-8月 监控表: the
        # survey is to come, the row applies (review30 H3)
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"满意度尚未调查（{scheduled}）",
                f"the satisfaction survey is not made yet ({scheduled})",
            ),
        )
    if (
        isinstance(actual, NotApplicable)
        and ctx.table.kind is _TableKind.SELF_EVALUATION
        and ctx.at_due is not False
        and isinstance(target, (Comparison, Range))
        and (planned := _survey_due_unmade(indicator)) is not None
    ):
        # 农户满意度 | ≥90% | / | 满意度调查拟于11月开展 in a year-end 自评表: the survey
        # was due within the year, the "/" is no result (k62fix), not 不适用
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{actual.text or actual.word}”，满意度调查应于年内完成（{planned}），"
                "未填报实际满意度",
                f"actual “{actual.text or actual.word}”: the survey was due within the year"
                f" ({planned}), no rate reported",
            ),
        )
    if isinstance(target, NotApplicable) or isinstance(actual, NotApplicable):
        return _Outcome(
            _Attainment.NOT_APPLICABLE, say("指标不适用", "the indicator does not apply")
        )
    if actual is None and (formula := _uncomputed_outcome(ctx, indicator, "actual")):
        return formula
    if actual is None or (isinstance(actual, TextValue) and not actual.description):
        return _Outcome(_Attainment.UNKNOWN, say("实际完成值为空", "the actual value is empty"))
    if target is None and (formula := _uncomputed_outcome(ctx, indicator, "target")):
        return formula
    if target is None:
        return _Outcome(_Attainment.UNKNOWN, say("年度指标值为空", "the target is empty"))
    if (
        isinstance(target, Descriptive)
        and target.recurring
        and isinstance(actual, Quantity)
        and (rounds := _rounds_of_schedule(target, actual, ctx)) is not None
    ):
        return rounds  # 每季度末前拨付 | 已按时拨付3次: 3 of 4 rounds (parse53 H6)
    if _actual_is_target(indicator):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际完成值“{_text(actual)}”为指标形式，未填写实际完成的数值，"
                f"无法与年度指标“{_text(target)}”比较",
                f"the actual “{_text(actual)}” is written as a target, no figure reached:"
                f" it cannot be compared with “{_text(target)}”",
            ),
        )
    # (a span of years is in a label, a forecast's word beside a figure: asked before the
    # calls, as their first tests, speedS3)
    if (
        isinstance(target, (Comparison, Range))
        and target.label
        and (multi := _multi_year(ctx)) is not None
    ):
        return multi
    if (
        isinstance(actual, Quantity)
        and (actual.label is not None or actual.note is not None)
        and isinstance(target, (Comparison, Range))
        and (unmade := _unsurveyed_figure(indicator)) is not None
    ):
        # 95%（未开展正式调查，系估计）: no survey, as 未开展调查 says (k31i, parse56 F7)
        return _survey_not_made(actual, target, ctx, unmade)
    if (
        isinstance(actual, Quantity)
        and actual.when is not None
        and (later := count_after_period(indicator, ctx)) is not None
    ):
        # 2024年4月完成10个 in a table as of 2024-03-31: a forecast at best (r37v)
        return _count_ahead(actual, later, ctx)
    said = (
        _forecast_kind(indicator, ctx.table.kind, ctx.year)  # 12380万元（预计） at the year's end
        if isinstance(actual, Quantity) and (actual.label is not None or actual.note is not None)
        else None
    )
    if said is not None:
        # 预计新增灌溉面积2.15万亩, 设计受益人口3.5万人: no result; a tracking table's
        # progress judges it as a forecast (score)
        shown = _text(actual)
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{shown}”为{said[0]}，不是{_result_word(said)}，截止日期未到",
                    f"actual “{shown}” is {said[1]}, no result; not due",
                ),
            )
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为{said[0]}，不是{_result_word(said)}，无法判断是否达到年度指标",
                f"actual “{shown}” is {said[1]}, no result: the target cannot be judged",
            ),
        )
    outcome = _judge(_policy_target(target, ctx.policy), _policy_value(actual, ctx.policy), ctx)
    if (
        outcome.attainment is _Attainment.PARTIAL
        and ctx.at_due is False
        and isinstance(target, (Descriptive, QualitativeTarget))
        # a grade missed part of the year (部分月份未达到Ⅲ类) stays partial: those months
        # are past (the cheap test first: a grade holds 类 or 奖)
        and not (
            ("类" in target.text or "奖" in target.text)
            and _grade_of_text(_text(target), water=True) is not None
        )
    ):
        return _word_shortfall_pending(outcome, ctx)  # 正在建立 against 建立 in September
    return outcome


def _word_shortfall_pending(outcome: _Outcome, ctx: _Context) -> _Outcome:
    """A word target partly reached before its due date: pending, as a figure short of it is.

    ``正在建立``, ``初步建立``, ``有所提升``, ``较满意`` against ``建立``, ``健全``,
    ``明显提升``, ``满意`` in a 1-9月 跟踪表 are partial at the year's end; before it the
    work may still reach the word, as 1400人次 may still reach ≥2000人次 (parse56 F17).
    """
    why = outcome.why.removesuffix("，部分达成").removesuffix(", partly")
    return outcome._replace(
        attainment=_Attainment.PENDING,
        why=ctx.say(f"{why}，距年底尚有时间", f"{why}; there is still time"),
    )


# A time limit after an event without 内 (调整后3日公示, 受理后5个工作日办结): the value
# language reads only 调整后3日内公示 as a limit (≤3日); scoring reads both alike (g23d).
_LAG_TARGET_RE: Final = re.compile(
    rf"(?P<event>{_LEAD_EVENT}后){_LEAD_TIME}(?P<verb>[\u4e00-\u9fff]{{1,6}})"
)


def lag_limit(target: Target | None) -> Comparison | None:
    """A prose time limit after an event read as the limit it is (``≤3日``), else None.

    The value language reads such a cell so itself since k32a (``parse_target("调整后3日公示")``
    is ``调整后≤3(日)(公示)``); this reads a :class:`Descriptive` that says it still.

    >>> from perftrack.expressions import Descriptive
    >>> [str(lag_limit(Descriptive(t))) for t in ("调整后3日公示", "调整前7日公示", "及时公示")]
    ['调整后≤3(日)(公示)', 'None', 'None']
    """
    if not isinstance(target, Descriptive) or "后" not in target.description:
        return None
    found = _LAG_TARGET_RE.fullmatch(_normal(target.description))
    if found is None or found["verb"].startswith(("内", "以内", "之内")):
        return None
    read = parse_target(f"{found['event']}{found['n']}{found['unit']}内{found['verb']}")
    if not isinstance(read, Comparison) or read.op is not _Op.LE:
        return None
    return evolve(read, text=target.text)


# A standard said as the rule applied (按800元/人·天执行, 按2.5万元/人·年标准发放): the
# figure is the target, an exact standard (=800元/人·天), as 按800元/人·天 reads (g23d).
_APPLIED_STANDARD_RE: Final = re.compile(
    r"按照?(?P<figure>\d[\d.,]*(?:万|千|百)?元/[\u4e00-\u9fff]{1,3}(?:·[\u4e00-\u9fff]{1,2})?)"
    r"(?:的)?(?:标准)?(?:执行|发放|补助|补贴|落实|兑现|拨付|支付)?"
)


def applied_standard(target: Target | None) -> Comparison | None:
    """A prose standard applied (``按800元/人·天标准执行``) read as its figure, else None.

    >>> from perftrack import parse_target
    >>> [str(applied_standard(parse_target(t))) for t in ("按800元/人·天标准执行", "按标准执行")]
    ['按=800(元/人·天)', 'None']
    """
    if not isinstance(target, Descriptive) or "按" not in target.description:
        return None
    found = _APPLIED_STANDARD_RE.fullmatch(_normal(target.description))
    if found is None:
        return None
    read = parse_target(f"按{found['figure']}")
    if not isinstance(read, Comparison) or read.op is not _Op.EQ:
        return None
    return evolve(read, text=target.text)


# The period of a money standard per head (元/人·年, 元/人·天): an actual of the standard
# per head alone (按25000元/人标准发放) is paid per that period (g23d).
_STANDARD_PERIOD_RE: Final = re.compile(r"(?P<per>元/[\u4e00-\u9fff]{1,3})·(?P<period>年|月|天|日)")


def _standard_period_read(indicator: Indicator) -> Indicator:
    """The actual of a standard per head in the target's period (元/人 against 万元/人·年).

    Only on a standard (the name or the actual says 标准, or the name 补助/补贴/津贴):
    the period a standard is set for is the one it is paid for.
    """
    target, actual = indicator.target, indicator.actual
    if not isinstance(target, (Comparison, Range)) or not isinstance(actual, Quantity):
        return indicator
    found = _STANDARD_PERIOD_RE.search(target.unit or "")
    if found is None or not actual.unit or "·" in actual.unit:
        return indicator
    if not actual.unit.endswith(found["per"]) or (
        _factors(target.unit, actual.unit) is not None
        # 按25000元/人标准发放 against ≥2.5万元/人·年: the standard's period said, not
        # the year left out across multiples (r97fix)
        and _year_dropped(target.unit or "", actual.unit) is None
    ):
        return indicator
    said = f"{indicator.name}{_text(actual)}"
    if "标准" not in said and _SUBSIDY_NAME_END_RE.search(indicator.name) is None:
        return indicator
    unit = f"{actual.unit}·{found['period']}"
    if _factors(target.unit, unit) is None:
        return indicator
    return evolve(indicator, actual=evolve(actual, unit=unit))


_SUBSIDY_NAME_END_RE: Final = re.compile("(?:补助|补贴|津贴|奖补|补偿)$")


def _lag_read(indicator: Indicator) -> Indicator:
    """*indicator* as scoring reads its prose target and standard (g23d).

    A time limit after an event (:func:`lag_limit`), a standard applied
    (:func:`applied_standard`), an actual standard per head in the target's period.
    """
    target = indicator.target
    read = indicator
    if isinstance(target, Descriptive):  # the three readings are of words (speedS3)
        limit = lag_limit(target) or applied_standard(target) or _share_of_base(target)
        if limit is not None:
            read = evolve(indicator, target=limit)
    if not isinstance(read.actual, Quantity):
        return read  # no standard per head to read (_standard_period_read's first test)
    return _standard_period_read(read)


# A share with the noun it is a share of after it (≥10%学校: 10% of the schools).
_SHARE_OF_BASE_RE: Final = re.compile(
    r"(?P<share>(?:≥|≤|>|<|不低于|不少于|不高于|不超过)?\d+(?:\.\d+)?%)"
    "(?P<base>学校|村|乡镇|社区|企业|医院|单位|县|县区|机构|家庭|户|人)"
)


def _share_of_base(target: Target | None) -> Comparison | None:
    """``≥10%学校`` as ``≥10%`` with the note ``学校``, the base of the share (parse37 M1)."""
    if not isinstance(target, Descriptive):
        return None
    found = _SHARE_OF_BASE_RE.fullmatch(_normal(target.description))
    if found is None:
        return None
    try:
        read = parse_target(found["share"])
    except ExpressionError:
        return None
    if not isinstance(read, Comparison) or read.unit != "%" or read.note or read.label:
        return None
    return evolve(read, note=found["base"])


def _as_forecast(ctx: _Context, has_forecast: bool) -> tuple[_Context, bool]:  # noqa: FBT001
    """The row as its progress is judged when its actual is a forecast, and *has_forecast*.

    An actual labelled as a forecast, a plan or a design figure (:func:`_forecast_said`)
    is no actual: before the due date it is the row's 全年预计完成情况 (unless the row
    prints one), judged as that column is (§4 rule 1); at due it is nothing. Beside a
    plan there is then no actual to hold against it: progress is unknown, whatever the
    deviation reason says (its rule speaks of an empty actual cell).
    """
    indicator = ctx.indicator
    actual = indicator.actual
    if (
        isinstance(actual, Quantity)
        and actual.note is not None
        and ctx.table.kind is not _TableKind.TARGET
        and _unsurveyed_figure(indicator) is not None
    ):
        # 95%（未开展正式调查，系估计）: no survey's result, nothing to hold against a plan
        return ctx._replace(indicator=evolve(indicator, actual=None, deviation_reason="")), (
            has_forecast
        )
    said: tuple[str, str] | None = None
    if (
        isinstance(actual, Quantity)
        and actual.when is not None
        and count_after_period(indicator, ctx) is not None
    ):
        said = _FORECAST_KINDS["forecast"]  # 2024年4月完成10个 as of 03-31: a forecast (r37v)
    elif isinstance(actual, Quantity) and ctx.table.kind is not _TableKind.TARGET:
        said = _forecast_kind(indicator, ctx.table.kind, ctx.year)
    if said is None:
        return ctx, has_forecast
    if ctx.at_due is False and said not in (_STALE_KIND, _MULTI_YEAR_KIND):  # no forecast
        forecast = actual if indicator.forecast is None else indicator.forecast
        ahead = evolve(indicator, actual=None, forecast=forecast, deviation_reason="")
        return ctx._replace(indicator=ahead), True
    return ctx._replace(indicator=evolve(indicator, actual=None, deviation_reason="")), has_forecast


def _not_yet(ctx: _Context) -> bool:
    """Whether a "/" actual of a tracking row, before its due date, says "no figure yet".

    In a 跟踪/监控 table the row's figure is due at the year's end (or its deadline):
    the "/" is "not yet", as beside a forecast (:func:`_forecast_before_due`), unless
    the target does not apply or a forecast column says "/" too. A self-evaluation
    table is at the year's end: its "/" does not apply. Only the slash: the words
    (不适用) say the row does not apply, and a dash without a forecast stays so too.
    """
    return (
        ctx.table.kind is _TableKind.TRACKING
        and ctx.at_due is False
        and ctx.indicator.target is not None
        and not isinstance(ctx.indicator.target, NotApplicable)
        and ctx.indicator.forecast is None
    )


def _forecast_before_due(ctx: _Context) -> bool:
    """Whether the row, before its due date, forecasts a figure for an applicable target."""
    forecast = ctx.indicator.forecast
    return (
        ctx.at_due is False
        and ctx.indicator.target is not None
        and not isinstance(ctx.indicator.target, NotApplicable)
        and forecast is not None
        and not isinstance(forecast, NotApplicable)
        and not (isinstance(forecast, TextValue) and not forecast.description)
    )


def _policy_target(target: Target, policy: Policy) -> Target:
    """A prose target that is a word of a family the policy added (``无误``) becomes one.

    A zero target with a note on its event's scope (``不发生甲类(及按甲类管理的)传染病暴发``)
    is the zero target it is without the note (parse23 M8).
    """
    if isinstance(target, Descriptive) and policy.families is not _DEFAULT_FAMILIES:
        family = policy.family_of(target.description)
        if family is not None:
            return QualitativeTarget(target.description, family, text=target.text)
    if (
        isinstance(target, Descriptive)
        and _SCOPE_NOTE_RE.search(target.description)
        and _NO_EVENT_TARGET_RE.fullmatch(
            bare_text := _SCOPE_NOTE_RE.sub("", _normal(target.description))
        )
    ):
        bare = parse_target(bare_text)  # 不发生 or 无 and Chinese: always parses
        if isinstance(bare, QualitativeTarget) and bare.family == "zero":
            return QualitativeTarget(target.description, "zero", text=target.text)
    return target


# A note on the scope of the event a zero target rules out: in brackets, or 及按…管理的
# (不发生甲类(及按甲类管理的)传染病暴发, 不发生甲类及按甲类管理的传染病暴发).
_SCOPE_NOTE_RE: Final = re.compile(r"\([^()]{1,12}\)|及按[\u4e00-\u9fff]{1,8}?管理的")


def _policy_value(value: Value, policy: Policy) -> Value:
    """A text value that is a word of a family the policy added becomes a qualitative value.

    Negated (不/未/无/非 + word) and partial (基本 + word) forms count too.
    """
    if not isinstance(value, TextValue) or policy.families is _DEFAULT_FAMILIES:
        return value
    text = value.description
    family = policy.family_of(text)
    if family is not None:
        return QualitativeValue(text, family, text=value.text)
    for prefix in voc.NEGATION_PREFIXES:
        if text.startswith(prefix) and (family := policy.family_of(text[len(prefix) :])):
            return QualitativeValue(text[len(prefix) :], family, negation=prefix, text=value.text)
    if text.startswith(voc.PARTIAL_DEGREE) and (family := policy.family_of(text[2:])):
        return QualitativeValue(
            text[2:], family, partial=True, degree=voc.PARTIAL_DEGREE, text=value.text
        )
    return value


# A name of a share, a part of a whole in % (合格率, 达标率, 覆盖率, 满意度, 占比): a bare
# 0.9 in its target is 90%. Not a coefficient, an index or a ratio of two figures
# (基尼系数0.4, 容积率1.5, 流动比率), nor a rate that is no part of a whole: a count per
# period (监测频率12次, 周转率 in 次), a rate per 1000 or 10万 of a population (出生率,
# 死亡率, 发病率, 患病率, 生育率 in ‰), a price or a ratio (利率, 汇率, 税率, 倍率, 功率,
# 效率); a rate of change (增长率) is left out by its sign.
_SHARE_NAME_RE: Final = re.compile(r"(?:率|满意度|比例|占比|比重)$")
_NO_SHARE_NAME_RE: Final = re.compile(
    r"系数|指数|比值|比率|容积率|周转率|倍数|弹性|频率|出生率|死亡率|发病率|患病率|罹患率"
    r"|生育率|(?<![净毛])利率|汇率|税率|倍率|功率|效率"
)


def _share_name(name: str) -> bool:
    """*name* is a share's, in % (…率, 满意度, 比例, 占比, 比重), not a rate of change.

    Not a count per period (频率), a rate per 1000 or 10万 (出生率, 死亡率, 发病率,
    患病率), a price or a ratio (利率, 汇率, 税率, 倍率, 功率, 效率, 周转率, 容积率):
    their bare figures are no shares.

    >>> _share_name("服务对象满意度"), _share_name("验收合格率（%）"), _share_name("基尼系数")
    (True, True, False)
    >>> _share_name("农民收入增长率"), _share_name("监测频率"), _share_name("出生率")
    (False, False, False)
    """
    bare = _NAME_TAIL_RE.sub("", name.strip())
    return (
        _SHARE_NAME_RE.search(bare) is not None
        and _NO_SHARE_NAME_RE.search(bare) is None
        and _name_sign(bare) is None
    )


def _percent_implied(unit: str | None, text: str) -> bool:
    """A ``%`` the cell does not write: a 单位 column's or the name's (0.97 under 单位 %).

    >>> _percent_implied("%", "0.97"), _percent_implied("%", "0.97%"), _percent_implied(None, "1")
    (True, False, False)
    """
    return (
        unit == "%" and bool(text) and "%" not in text and "％" not in text and "百分" not in text
    )


# Text against text (parse23 M6). The continuity words a running service keeps, and what
# may stand before them to say for how long: a target's 长期 or 7×24小时 is kept by an actual
# that states the continuity for the whole year (全年, 始终) or with no span at year end.
_CONTINUITY_RE: Final = re.compile(
    r"(?P<span>长期|持续|全年|全天候|始终|一直|均|7[×xX*]24小时|24小时)*"
    r"(?P<word>稳定运行|平稳运行|正常运行|安全运行|不间断运行|不间断)"
)
# A change in words with no family (好转, 改观): a degree word before it, weak or strong.
_DEGREED_CHANGE_RE: Final = re.compile(
    rf"(?P<degree>{_RANKED_DEGREES})?"
    r"(?P<word>好转|改观)"
)


def _text_pair(target: str, actual: str) -> Attainment | None:
    """A descriptive target and a text actual of one of two documented pair classes.

    Continuity: ``稳定运行`` and ``全年不间断运行`` keep ``长期稳定运行`` and
    ``7×24小时不间断`` (the same continuity word, whatever span before it). A change with
    no family (``好转``, ``改观``): a weak degree word against a strong one is partial (rule 5:
    ``有所好转`` against ``明显好转``), any other degree (or none) met, as for 提升. None for any
    other pair (a negation, another word).

    >>> [
    ...     _text_pair(goal, said)
    ...     for goal, said in (
    ...         ("长期稳定运行", "稳定运行"),
    ...         ("明显好转", "有所好转"),
    ...         ("稳定运行", "基本稳定运行"),
    ...     )
    ... ]
    [<Attainment.MET: 'met'>, <Attainment.PARTIAL: 'partial'>, None]
    """
    goal, said = _normal(target).rstrip("。"), _normal(actual).rstrip("。")
    asked, found = _CONTINUITY_RE.fullmatch(goal), _CONTINUITY_RE.fullmatch(said)
    if asked is not None and found is not None:
        word, kept = asked["word"].removesuffix("运行"), found["word"].removesuffix("运行")
        return _Attainment.MET if word == kept else None
    asked, found = _DEGREED_CHANGE_RE.fullmatch(goal), _DEGREED_CHANGE_RE.fullmatch(said)
    if asked is None or found is None or asked["word"] != found["word"]:
        return None
    if _falls_short(asked["degree"], found["degree"]):
        return _Attainment.PARTIAL  # as 有所提升 against 显著提升
    return _Attainment.MET
