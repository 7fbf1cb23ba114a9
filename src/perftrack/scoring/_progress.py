"""Does the actual keep up with the plan for the period (scoring.md §4)."""

from __future__ import annotations

import calendar
import re
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from attrs import evolve

from perftrack import vocabulary as voc
from perftrack._errors import ExpressionError
from perftrack._numbers import half_up
from perftrack._stated import stated as _stated
from perftrack.expressions import (
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Range,
    StatusValue,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from perftrack.expressions._dates import match_deadline, match_scheduled, scheduled_parts
from perftrack.expressions._model import is_share_in_progress
from perftrack.scoring._attainment import (
    _CENT_SHARE,
    _FORECAST_PUT_OFF_RE,
    _GRADE_SAID_RE,
    _MONTHS_A_ROUND,
    _PASSED,
    _PERIODS_A_YEAR,
    _PERIODS_COUNTED,
    _SCHEDULE_NAMES,
    _SCHEDULE_ROUNDS_RE,
    _SURVEY_PENDING_RE,
    _after_period,
    _attainment,
    _count_dated,
    _counted_target,
    _degree_of_word,
    _grade_of_text,
    _habit_of_another_work,
    _is_satisfaction,
    _judge,
    _judge_overrun,
    _judge_verdict_clause,
    _lower_grade_counted,
    _measured,
    _milestones,
    _multi_year,
    _none_beside_work,
    _none_is_no_share,
    _none_of_another,
    _on_time_due,
    _opposite,
    _other_part_label,
    _overrun,
    _per_figure_for_total,
    _percent_implied,
    _period_rate_key,
    _period_round_done,
    _persons_not_dealt_with,
    _rank,
    _rate_readings,
    _regular_period,
    _regular_target,
    _roman_classes,
    _saving_as_cost,
    _says_none,
    _share_in_target_unit,
    _share_name,
    _share_of_work,
    _shown_quantity,
    _stage_before_acceptance,
    _survey_month_later,
    _survey_pending,
    _zero_ceiling_other_count,
    average_apart,
    changes_against_level,
    milestone_reading,
    plan_not_echoed,
    rounds_each_period,
    schedule_rounds_done,
    work_held_only,
)
from perftrack.scoring._card import (
    Attainment,
    Progress,
    _Attainment,
    _Bound,
    _Direction,
    _Op,
    _Progress,
    _Status,
    _TableKind,
)
from perftrack.scoring._common import (
    _HUNDRED,
    EVENT_UNITS,
    _at_least,
    _at_most,
    _Check,
    _Context,
    _due,
    _factors,
    _FastCheck,
    _Interval,
    _interval,
    _judged_direction,
    _limit_time_plan,
    _names_change,
    _normal,
    _quantity_of,
    _slashed_period_rate,
    _status_of,
    _text,
    _total_for_unit_cost,
    direction_of,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from perftrack.model import (
        Direction,
        Indicator,
        Period,
    )

# ---------------------------------------------------------------------------
# §4 progress


def _against_plan(
    done: _Interval, plan: _Interval, *, lower: bool, condition: bool = False
) -> _Check:
    """Whether every figure the actual allows reaches every one the plan allows.

    A *condition* plan (``≥3万人次``, ``不低于90%``, ``≤150万元``: written with an
    operator) is met by an actual that satisfies it: 3.2 against ``≥3`` is on track.
    """
    if condition and not lower and plan.high is None and plan.low is not None:
        return _at_least(done, plan.low, strict=not plan.low_closed)
    if condition and lower and plan.low is None and plan.high is not None:
        return _at_most(done, plan.high, strict=not plan.high_closed)
    if lower:  # within the plan: at most its least
        if plan.low is not None and _at_most(done, plan.low, strict=False) is _FastCheck.SATISFIED:
            return _FastCheck.SATISFIED
        if plan.high is not None and _at_most(done, plan.high, strict=False) is _FastCheck.VIOLATED:
            return _FastCheck.VIOLATED
        return _FastCheck.UNDECIDED
    if plan.high is not None and _at_least(done, plan.high, strict=False) is _FastCheck.SATISFIED:
        return _FastCheck.SATISFIED
    if plan.low is not None and _at_least(done, plan.low, strict=False) is _FastCheck.VIOLATED:
        return _FastCheck.VIOLATED
    return _FastCheck.UNDECIDED


# Units of a rate or a score: a percentage forecast against them is a figure of its own.
_NOT_COUNTS: Final = frozenset({None, "%", "‰", "‱", "个百分点", "分"})


def _forecast_share(forecast: Value, target: Target, indicator: Indicator) -> Value:
    """A bare percentage forecast against a count or amount to reach is a share of the target.

    The 全年预计完成情况 of ``≥10万人次`` written ``90%`` says 90% of the year's work
    will be done, as ``完成全年任务的90%`` does (partly done: behind), and ``100%`` all
    of it (done). Not against a percentage or a score (``≥95%`` forecast ``96%``), nor a
    ceiling (``≤300万元`` forecast ``90%`` is no lag), nor a forecast with a status or a
    bound of its own.

    Example:
        >>> from perftrack.model import Indicator
        >>> from perftrack.expressions import parse_target, parse_value
        >>> share = _forecast_share(
        ...     parse_value("90%"), parse_target("≥10万人次"), Indicator("读者")
        ... )
        >>> share.status.value
        'partial'
        >>> str(_forecast_share(parse_value("96%"), parse_target("≥95%"), Indicator("覆盖率")))
        '96(%)'
    """
    if not (
        isinstance(forecast, Quantity)
        and forecast.unit == "%"
        and forecast.status is None
        and forecast.bound in (_Bound.EXACT, _Bound.APPROXIMATELY)
        and _counts_task(target, indicator)
    ):
        return forecast
    if forecast.value >= _HUNDRED:
        return evolve(forecast, status=_Status.DONE)
    partly = is_share_in_progress(forecast.value, forecast.unit)
    return evolve(forecast, status=_Status.PARTIAL if partly else _Status.NOT_DONE)


# 不低于序时进度, ≥序时进度, 达到序时进度, 序时进度: the time progress as a bar to reach
_TIME_PROGRESS_TARGET_RE: Final = re.compile(
    r"(?:≥|>=|不低于|不少于|不小于|达到|符合|按|按照|满足|完成)?序时(?:进度|要求)(?:要求|目标)?"
)
# The label of a share of the time progress (≥序时进度的90%, 达到序时进度的90%).
_SHARE_OF_TIME_PROGRESS_RE: Final = re.compile(
    "(?:不低于|不少于|达到|达|按|按照|满足)?序时进度(?:要求)?的"
)
# A plan written as the time progress: 序时进度, 达到序时进度, 按序时进度完成, and
# 按序时推进 with 进度 left out (k30k).
_TIME_PROGRESS_PLAN_RE: Final = re.compile(
    r"(?:≥|>=|不低于|达到|符合|按|按照|满足|完成)?序时"
    r"(?:进度(?:要求|目标)?(?:完成|推进)?|完成|推进)"
)


def _paced_target(indicator: Indicator, time_progress: Decimal | None) -> Indicator:
    """*indicator* with a target of ``不低于序时进度`` as ``≥`` the time progress in %.

    资金支出进度 | 不低于序时进度 | 45% in a 1-6月 table (序时进度 50%) is judged as
    against ``≥50%``; the scorecard knows the time progress (§1). Any other indicator,
    or one without a time progress, is itself.

    >>> from decimal import Decimal
    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator("资金支出进度", target=parse_target("不低于序时进度"))
    >>> str(_paced_target(row, Decimal(50)).target)
    '≥50(%)'

    A share of it (``≥序时进度的90%``) is that share of the time progress (r97fix):

    >>> row = Indicator("资金支出进度", target=parse_target("≥序时进度的90%"))
    >>> str(_paced_target(row, Decimal(200) / 3).target)
    '≥60(%)'
    """
    target = indicator.target
    if (
        time_progress is not None
        and time_progress < _HUNDRED  # at the year's end the share itself (90%)
        and isinstance(target, Comparison)
        and target.op in (_Op.GE, _Op.GT, _Op.EQ)
        and target.unit == "%"
        and _SHARE_OF_TIME_PROGRESS_RE.fullmatch(_normal(target.label or "")) is not None
        and "序时" not in _text(indicator.actual)  # 为序时进度的86%: a share of the same base
    ):
        # ≥序时进度的90%: 90% of the time progress, 60% by August, 90% at year end (r97fix)
        share = half_up(time_progress * target.value / _HUNDRED, _CENT_SHARE).normalize()
        op = _Op.GT if target.op is _Op.GT else _Op.GE
        return evolve(indicator, target=Comparison(op, share, "%", text=target.text))
    if (
        time_progress is None
        or not isinstance(target, Descriptive)
        or "序时" not in target.description
        or not _TIME_PROGRESS_TARGET_RE.fullmatch(_normal(target.description))
    ):
        return indicator
    # as the scorecard shows it (66.67, to the hundredth): the figure a reviewer reads
    bar = half_up(time_progress, _CENT_SHARE).normalize()
    paced = Comparison(_Op.GE, bar, "%", text=target.text)
    return evolve(indicator, target=paced)


def _share_target(indicator: Indicator) -> Indicator:
    """*indicator* with a target written as a share (``≥0.9``) as the percentage it means.

    A bare figure between 0 and 1 (no unit, or the ``%`` of a 单位 column or of the
    name only) on a floor or an exact target is the share (``≥0.9``: ``≥90%``) when the
    row's figure is a percentage nearer that share: ``85%``, a bare ``90`` (the first
    of the actual, the plan and the forecast that is a bare number or in %). Without a
    unit the name must be a share's (…率, 满意度, 比例, 占比, 比重; not 系数, 指数, 比率,
    容积率, 周转率, 增长率). A ceiling (差错率≤0.5 under 单位 %), a lower-is-better row, a
    row whose figure is a share too (``0.93`` against ``≥0.9``: one scale) or a small
    rate (``0.3%``) keeps its target.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("验收合格率", target=parse_target("≥0.9"), actual=parse_value("85%"))
    >>> str(_share_target(row).target), _share_target(row).target.text
    ('≥90(%)', '≥0.9')
    >>> str(_share_target(evolve(row, name="基尼系数")).target)
    '≥0.9'
    """
    target = indicator.target
    if not isinstance(target, (Comparison, Range)):
        return indicator
    bar = target.high if isinstance(target, Range) else target.value
    if not 0 < bar <= 1 or (isinstance(target, Range) and target.low < 0):
        return indicator
    if isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT):
        return indicator
    implied = target.unit is not None
    if implied:
        if not _percent_implied(target.unit, target.text):
            return indicator
    elif not _share_name(indicator.name):
        return indicator
    if _names_change(target.label) or direction_of(indicator) is _Direction.LOWER:
        return indicator
    for value in (indicator.actual, indicator.planned, indicator.forecast):
        figure = _quantity_of(value)
        if figure is None or figure.unit not in (None, "%"):
            continue
        # 85% or a bare 90 against 0.9: nearer 90 than 0.9; a bare 0.93 is a share too
        if figure.value > 1 and figure.value > 10 * bar:
            break
        return indicator
    else:
        return indicator
    shared: Comparison | Range = (
        evolve(target, low=target.low.scaleb(2), high=target.high.scaleb(2), unit="%")
        if isinstance(target, Range)
        else evolve(target, value=target.value.scaleb(2), unit="%")
    )
    return evolve(indicator, target=shared)


def target_unit_of(indicator: Indicator) -> str | None:
    """The unit of *indicator*'s target, or None (a target of words, a date)."""
    return getattr(indicator.target, "unit", None)


#: How many times a bare plan figure the count target must be at least for the figure to be
#: read as a share of the year's task: as a count it would ask a tenth of the year or less.
_BARE_SHARE_MAGNITUDE: Final = Decimal(10)


def _bare_plan_share(
    planned: Quantity, indicator: Indicator, time_progress: Decimal | None
) -> Quantity | None:
    """A bare plan figure (``75``, ``0.75``) against a count to reach, as the share it means.

    In a 1-9月 跟踪表 a plan of ``75`` against ``≥2000人次`` is the time progress written
    without its sign, 75% of the year's task; as 75人次 it would ask under 4% of the year by
    September (parse56 F12). Read as a share only when unambiguous: the figure is at most a
    tenth of the target (so as a count it would ask a tenth of the year or less), and as a
    percentage (``0.75`` is 75%) it lies between half the time progress and 100%. None
    otherwise: the figure is in the target's unit, as before (``75`` against ``≥500户``).

    >>> from perftrack.model import Indicator
    >>> from perftrack.expressions import parse_target, parse_value
    >>> row = Indicator("培训人次", target=parse_target("≥2000人次"))
    >>> [
    ...     str(_bare_plan_share(parse_value(plan), row, Decimal(75)))
    ...     for plan in ("75", "0.75", "30", "1500")
    ... ]
    ['75(%)', '75(%)', 'None', 'None']
    """
    target = indicator.target
    if (
        time_progress is None
        or planned.label
        or planned.note is not None
        or planned.status is not None
        or planned.bound is not _Bound.EXACT
        or not isinstance(target, Comparison)
        or not _counts_task(target, indicator)
        or "/" in (target.unit or "")
    ):
        return None
    value = planned.value
    if value <= 0 or value == 1 or value >= _HUNDRED:
        return None
    share = value * _HUNDRED if value < 1 else value
    if share * 2 < time_progress or value * _BARE_SHARE_MAGNITUDE > target.value:
        return None
    return Quantity(share.normalize(), "%", text=planned.text)


def _counts_task(target: Target | None, indicator: Indicator) -> bool:
    """Whether *target* is a count or amount to reach (``≥300次``).

    A bare percentage is then a share of the year's task; not against a rate, a
    score or a ceiling.
    """
    return (
        isinstance(target, Comparison)
        and target.unit not in _NOT_COUNTS
        and target.op in (_Op.GE, _Op.GT, _Op.EQ)
        and _judged_direction(indicator, target) is not _Direction.LOWER
    )


def _plan_share(
    planned: Value, actual: Quantity, indicator: Indicator, time_progress: Decimal | None
) -> Quantity | None:
    """A plan written as a share of the year's task, as the figure the *actual* compares with.

    Against a count to reach (``≥300次``), a plan of ``50%`` or ``完成全年任务的50%`` is
    half the task, 150次, and ``序时进度`` (or ``达到序时进度``) the time progress's
    share of it; an actual that is a share itself (``40%``) compares with the share.
    None when the plan is no such share (a count, a rate target, a ceiling).

    >>> from decimal import Decimal
    >>> from perftrack.model import Indicator
    >>> from perftrack.expressions import parse_target, parse_value
    >>> row = Indicator("义诊次数", target=parse_target("≥300次"))
    >>> str(_plan_share(parse_value("50%"), parse_value("120次"), row, None))
    '150(次)'
    >>> str(_plan_share(parse_value("序时进度"), parse_value("40%"), row, Decimal(50)))
    '50(%)'
    """
    target = indicator.target
    if not _counts_task(target, indicator) or not isinstance(target, Comparison):
        return None
    if isinstance(planned, TextValue):
        if (
            time_progress is None
            or "序时" not in planned.description
            or not _TIME_PROGRESS_PLAN_RE.fullmatch(_normal(planned.description))
        ):
            return None
        share = Quantity(time_progress, "%", text=planned.text)
    elif (
        isinstance(planned, Quantity)
        and planned.unit == "%"
        and planned.status in (None, _Status.PARTIAL)
        and planned.bound in (_Bound.EXACT, _Bound.APPROXIMATELY)
    ):
        share = planned
    else:
        return None
    if actual.unit == "%" and not _share_of_work(actual, target):
        return share if share is not planned else None  # 40% against 50%: both shares
    # to the hundredth: 83.33…% of 300次 is 250次, not 249.99…
    value = half_up(target.value * share.value / _HUNDRED, _CENT_SHARE)
    return Quantity(value.normalize(), target.unit, share.bound, text=planned.text)


# The name of a rate of money spent or paid over the year (资金执行率, 预算执行率, 资金支出率,
# 资金拨付率, 资金支出进度, 资金到位率): it grows with the year, as the time progress does.
_SPENDING_RATE_NAME_RE: Final = re.compile(
    "(?<![不未非])(?:执行|支出|拨付|支付|使用|到位)(?:率|进度)(?:[（(][^）)]*[）)])?$"
)


def _time_progress_rate(
    planned: Value, actual: Quantity, indicator: Indicator, time_progress: Decimal | None
) -> Quantity | None:
    """A plan of the time progress against a spending rate, as the rate it asks (parse55 M4).

    ``资金拨付率 | 100% | 达到序时进度 | 52%`` in a 1-6月 table asks 50% by June (序时进度
    has no figure of its own: it is the bar ``budget-behind-schedule`` uses), so 52% is on
    track. Only on a rate of money spent or paid (``执行率``, ``支出率``, ``拨付率``…) with a
    percentage target to reach and a percentage done; a 满意度 is no share of the year.

    >>> from decimal import Decimal
    >>> from perftrack.model import Indicator
    >>> from perftrack.expressions import parse_target, parse_value
    >>> row = Indicator("资金拨付率", target=parse_target("100%"))
    >>> str(_time_progress_rate(parse_value("达到序时进度"), parse_value("52%"), row, Decimal(50)))
    '50(%)'
    >>> row = Indicator("满意度", target=parse_target("≥90%"))
    >>> _time_progress_rate(parse_value("达到序时进度"), parse_value("85%"), row, Decimal(50))
    """
    target = indicator.target
    if not (
        time_progress is not None
        and isinstance(planned, TextValue)
        and "序时" in planned.description
        and actual.unit == "%"
        and isinstance(target, Comparison)
        and target.unit == "%"
        and target.op in (_Op.GE, _Op.GT, _Op.EQ)
        and "序时" not in target.text  # 不低于序时进度 itself: its own rule says the lag
        and _SPENDING_RATE_NAME_RE.search(indicator.name.strip()) is not None
        and _TIME_PROGRESS_PLAN_RE.fullmatch(_normal(planned.description)) is not None
    ):
        return None
    # as the scorecard shows it (66.67, to the hundredth), as _paced_target's bar
    bar = half_up(time_progress, _CENT_SHARE).normalize()
    return Quantity(bar, "%", text=planned.text)


# A forecast cell that says 预计 itself (预计1300人, 全年预计1300人, 预计全年可完成,
# 年底预计完成): named as it is, not after the column's own word (r36k).
_SAYS_FORECAST_RE: Final = re.compile(
    r"[\s（(]*(?:全年|年内|年底|年末|本年度?|今年|当年|截至年底|到年底)?预计"
)


def _forecast_named(forecast: Value) -> str:
    """The forecast cell as an explanation names it: ``全年预计“1300人”`` (r36e, r36k).

    A cell that says 预计 itself is quoted as it is, the column's word not doubled
    (``全年预计“全年预计1300人”`` read twice).

    >>> from perftrack.expressions import parse_value
    >>> _forecast_named(parse_value("1300人"))
    '全年预计“1300人”'
    >>> _forecast_named(parse_value("全年预计1300人"))
    '“全年预计1300人”'
    >>> _forecast_named(parse_value("预计全年可完成"))
    '“预计全年可完成”'
    """
    shown = _text(forecast).strip()
    return f"“{shown}”" if _SAYS_FORECAST_RE.match(shown) else f"全年预计“{shown}”"


def _forecast_outcome(ctx: _Context) -> tuple[Progress, str] | None:
    """The row's 全年预计完成情况 judged against its target as if at due (§4 rule 1).

    ``on_track`` when the forecast meets the target, ``behind`` (with how it misses)
    when it misses or is partial, None when it decides nothing or there is none.

    Example:
        >>> from perftrack.scoring._common import _Language
        >>> from perftrack.policy import Policy
        >>> from perftrack import Indicator, Table, TableKind, parse_target, parse_value
        >>> row = Indicator("管理率", target=parse_target("≥90%"), forecast=parse_value("88%"))
        >>> table = Table(TableKind.TRACKING)
        >>> ctx = _Context(row, 0, table, Policy.central(), None, 2024, _Language("zh"))
        >>> _forecast_outcome(ctx)
        (<Progress.BEHIND: 'behind'>, '全年预计88%，未达年度指标≥90%')
    """
    indicator, say = ctx.indicator, ctx.say
    target, forecast = indicator.target, indicator.forecast
    if target is None or forecast is None:
        return None
    at_due = ctx._replace(
        as_of=_due(target, ctx.year, ctx.policy, ctx.table) or ctx.as_of,
        base=None,
        forecasting=True,
    )
    outcome = _judge(target, _forecast_share(forecast, target, indicator), at_due)
    if outcome.attainment is _Attainment.MET:
        # said in the explanation (states_forecast): the forecast is why it is on track
        return _Progress.ON_TRACK, say(
            f"{_forecast_named(forecast)}，可达成年度指标",
            f"the forecast “{_text(forecast)}” meets the target",
        )
    if outcome.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL):
        # the forecast's own verdict says how it misses (超出 a ceiling, 未达 a floor)
        missed = outcome.why.removeprefix("实际").removeprefix("预计").removesuffix("，无法挽回")
        # “预计年内完成”，晚于截止日期…: a quoted cell that says 预计 is named once (r36k)
        quoted = missed.startswith("“") and _SAYS_FORECAST_RE.match(missed[1:]) is not None
        return _Progress.BEHIND, say(
            ("" if quoted else "全年预计") + missed,
            f"forecast {outcome.why.removeprefix('actual ')}",
        )
    return _forecast_completion(ctx, at_due.as_of)


def _forecast_completion(ctx: _Context, due: dt.date | None) -> tuple[Progress, str] | None:
    """A forecast date of completion held against a target that names no time (r35t).

    ``预计年底完成`` / ``预计12月底完成`` / ``预计全年可完成`` in the 全年预计完成情况 column of
    a ``≥1200人`` row is a promise that the work, and so the target, is done by then: as
    ``能完成`` it is ``on_track`` when the date is not after the due date (and not already
    past at the as-of date: a stale ``预计5月底完成`` in a 1-6月 table says nothing), and
    ``behind`` when it is after it (``预计2025年3月完成`` under a 2024 count). The actual's
    pace is not weighed against it, as it is not against ``能完成``. None otherwise.
    """
    forecast, target = ctx.indicator.forecast, ctx.indicator.target
    if (
        not isinstance(forecast, DateValue)
        or forecast.status is not _Status.DONE
        or isinstance(target, Deadline)
        or due is None
        or (when := forecast.date) is None
        or (ctx.as_of is not None and when < ctx.as_of)
    ):
        return None
    shown = _text(forecast)
    if when <= due:
        return _Progress.ON_TRACK, ctx.say(
            f"{_forecast_named(forecast)}，预计截止日期{due.isoformat()}前完成",
            f"the forecast “{shown}” completes the work by {due.isoformat()}",
        )
    return _Progress.BEHIND, ctx.say(
        f"{_forecast_named(forecast)}，预计完成时间{when.isoformat()}晚于截止日期{due.isoformat()}",
        f"the forecast “{shown}” completes the work on {when.isoformat()}, after {due.isoformat()}",
    )


def _forecast_misses(ctx: _Context, attainment: Attainment, progress: Progress) -> str | None:
    """Why the row's forecast misses its target while its plan decides the progress.

    §4 judges a row with a plan by its plan; its 全年预计完成情况 still says whether
    the year's target will be reached. 孕产妇系统管理率 ``≥90%``, on its plan of 90%
    with 91%, forecast ``88%``: the table itself foresees a miss, which the
    likelihood (确定能), the deviation reason and the corrective measures must answer.
    Before due only (at due the actual is final), and only on a row not already
    behind or not met. None when the forecast meets the target or decides nothing.
    """
    indicator = ctx.indicator
    planned = indicator.planned
    if (
        # (the row's own cells first, the due date last: most rows print no forecast,
        # and each test here is only read, so their order changes nothing, speedS5c)
        indicator.forecast is None
        or isinstance(indicator.forecast, NotApplicable)
        or planned is None
        or isinstance(planned, NotApplicable)
        or progress is _Progress.BEHIND
        or attainment in (_Attainment.NOT_MET, _Attainment.NOT_APPLICABLE)
        or ctx.table.kind is _TableKind.TARGET
        or ctx.at_due
    ):
        return None
    target = indicator.target
    if (
        attainment is _Attainment.MET
        and isinstance(target, Comparison)
        and target.op in (_Op.GE, _Op.GT)
        and _counted_target(target)
    ):
        # 累计培训场次 ≥20场 | 21场 | 全年预计19场: a count already reached cannot end
        # the year below it; the forecast contradicts the actual, no miss is foreseen
        # and no 纠偏 is asked of a row already met (track40 M3)
        return None
    judged = _forecast_outcome(ctx)
    if judged is None or judged[0] is not _Progress.BEHIND:
        return None
    return judged[1]


# A forecast written in the actual's cell (92%（预计全年85%）): the year's end is foreseen,
# not reached, so a target met so far says nothing of the progress. 达到预期, 符合预期,
# 超出预期 and the like are a result reached, no forecast.
_IN_CELL_FORECAST_RE: Final = re.compile(
    "预计|(?<!达到)(?<!达)(?<!符合)(?<!超出)(?<!超过)(?<!好于)(?<!优于)(?<!高于)(?<!不及)(?<!低于)预期|预估|有望|力争"
)


# A forecast date in the actual's own cell (进度75%，预计11月中旬完工): what follows 预计 up to
# the clause's end.
_IN_CELL_DATE_FORECAST_RE: Final = re.compile(r"预计[于在]?(?P<when>[^,;。()]+)")
# The cell says the work done on a date or ahead of time (已于9月提前完工): no forecast of it
# is judged (regress107 W1).
_IN_CELL_DONE_RE: Final = re.compile(r"已于[^,;。]{1,12}?完工|已提前完工")
# Words before 预计 in its clause that keep the forecast the row's own, current one (现预计,
# 经赶工预计, 二期预计 of the last phase, 工程预计); any other words name a part (附属工程预计).
_OWN_FORECAST_PREFIX_RE: Final = re.compile(
    r"(?:现|目前|现阶段|经赶工|经调整|调整后|整体|全部|剩余|其余|余下|该|本|仍|尚|则|"
    r"[一二三四五六七八九\d]+期|工程|项目|全线|总体|实际)*"
)
# A cause leading the words before 预计 (因征地问题预计, 由于…, 受征地影响预计): the delay's
# reason, no part of the works; what follows it is read as above (regress109 W1).
_FORECAST_CAUSE_RE: Final = re.compile(
    r"^(?:(?:因为?|由于)(?:.*?(?:问题|原因|影响|因素|滞后|延误|制约|所致)|.*$)|受.*?(?:影响|制约))"
)
# A step after the completion (预计11月中旬完成竣工验收 on a 完工 row): not its forecast.
_LATER_THAN_DONE_RE: Final = re.compile("验收|交付|投入使用|结算|决算|审计")


def _own_current_forecast(ctx: _Context, text: str, found: re.Match[str]) -> bool:
    """Whether the forecast *found* in *text* is the row's current one of its own completion.

    Not a former one (``原预计11月完工``, beaten or replaced by a ``现预计``), not a
    part's (``附属工程预计``: words before 预计 neither of time nor of the row's name; a
    leading cause, ``因征地问题``, ``受…影响``, is no part), not a later step's (``竣工验收`` on a row that does not name it; regress107 W1).
    """
    prefix = re.split(r"[,;。()、]", text[: found.start()])[-1]
    if prefix.endswith("原"):
        return False  # 原预计11月完工, 较原预计…提前
    name = _normal(ctx.indicator.name)
    if prefix[:1] in ("因", "由", "受"):  # (the cheap guard of a cause)
        prefix = _FORECAST_CAUSE_RE.sub("", prefix)
    rest = _OWN_FORECAST_PREFIX_RE.sub("", prefix)
    if rest and rest not in name:
        return False  # 附属工程预计11月完工
    later = _LATER_THAN_DONE_RE.search(found.group("when"))
    return later is None or later.group() in name + _normal(_text(ctx.indicator.target))


def _forecast_past_due(ctx: _Context, target: Target | None) -> str | None:
    """Why a deadline row whose actual foresees a completion after the due date is behind.

    ``进度75%，预计11月中旬完工`` against ``2025年10月底前``: the cell itself says the work
    ends after the deadline (parse41 M6), as a 全年预计 of ``11月中旬完工`` would. Only
    a date wholly after the due date (its first day), done by a verb of completion.

    >>> from perftrack.scoring._common import _Language
    >>> from perftrack.policy import Policy
    >>> from perftrack import Indicator, Table, TableKind, parse_target
    >>> due = parse_target("2025年10月底前")
    >>> def past(actual):
    ...     row = Indicator("完工时间", target=due, actual=parse_value(actual))
    ...     ctx = _Context(
    ...         row, 0, Table(TableKind.TRACKING), Policy.central(), None, 2025, _Language("zh")
    ...     )
    ...     return _forecast_past_due(ctx, due)
    >>> past("进度75%，预计11月中旬完工")
    '实际注明“预计11月中旬完工”，晚于截止日期2025-10-31'
    >>> past("进度75%，预计10月底完工") is None
    True
    """
    foreseen = _own_forecast(ctx, target)
    return foreseen[1] if foreseen is not None and foreseen[0] is _Progress.BEHIND else None


def _own_forecast(ctx: _Context, target: Target | None) -> tuple[Progress, str] | None:
    """The progress the actual's own forecast of completion gives a row with a due date.

    The row's target is a deadline (``2025年12月底前完成验收``) or a prose target of work on
    time (``按期完成``, due by the year's end: :func:`_on_time_due`), and the actual cell
    forecasts the work (``预计2026年3月完成``, ``进度75%，预计11月中旬完工``): ``behind``
    when the forecast begins after the due date (parse41 M6), ``on_track`` when it ends by
    it and not before the as-of date (a forecast already past, ``预计8月完成`` in a table
    of 1-9月, says nothing; k32c) and the cell says no delay (``因拆迁延期，预计11月完工``).
    None when the cell forecasts nothing of its own work.
    """
    actual = ctx.indicator.actual
    if actual is None or "预计" not in (text := _normal(_text(actual))):
        return None  # the cheap guard: no forecast in the cell
    if isinstance(target, Deadline):
        if (due := target.due) is None:
            return None
        named = ""
    elif (dated := _on_time_due(target, ctx)) is not None:
        due, named = dated
    else:
        return None
    if _IN_CELL_DONE_RE.search(text) is not None:
        return None  # 原预计11月完工，已于9月提前完工 (regress107 W1)
    for found in _IN_CELL_DATE_FORECAST_RE.finditer(text):
        # 预计延期至2026年3月完成: the time put off to is the forecast's
        when = parse_value(
            _FORECAST_PUT_OFF_RE.sub("", found.group("when"), count=1), year=ctx.year
        )
        if (
            not _own_current_forecast(ctx, text, found)
            or not isinstance(when, DateValue)
            or when.status is not _Status.DONE
            or when.start is None
            or when.date is None
        ):
            continue
        said, due_text = found.group(), due.isoformat()
        if when.start > due:
            return _Progress.BEHIND, ctx.say(
                f"实际注明“{said}”，晚于截止日期{due_text}{named}",
                f"the actual foresees “{said}”, after the due date {due_text}{named}",
            )
        if (
            when.date <= due
            and (ctx.as_of is None or when.date >= ctx.as_of)
            and _LAG_WORDS_RE.search(text) is None  # 因拆迁延期，预计11月完工: late on its way
        ):
            return _Progress.ON_TRACK, ctx.say(
                f"实际注明“{said}”，不晚于截止日期{due_text}{named}",
                f"the actual foresees “{said}”, by the due date {due_text}{named}",
            )
        return None
    return None


def _opposite_to_plan(ctx: _Context) -> str | None:
    """Why an actual that moved the other way from a plan of a direction is behind, or None.

    Mid-year, ``同比上升8.3%`` against ``同比下降`` (or ``同比下降≥5%``) whose plan is the
    target itself: the verdict is pending, the change the other way, so the row is behind
    its plan (parse37 M3), where its progress was ``unknown``. Only a plan that repeats
    the target's direction, and an actual the verdict calls the opposite of it.
    """
    planned, target = ctx.indicator.planned, ctx.indicator.target
    if planned is None or target is None or _normal(_text(planned)) != _normal(_text(target)):
        return None
    if not _CHANGE_PLAN_RE.search(_normal(_text(planned))):
        return None
    why = _attainment(ctx).why
    if "相反" not in why and "opposite" not in why:
        return None
    shown = _text(ctx.indicator.actual)
    return ctx.say(
        f"实际“{shown}”与计划“{_text(planned)}”方向相反",
        f"actual “{shown}” went the other way from the plan “{_text(planned)}”",
    )


def _verdict_against_plan(ctx: _Context) -> tuple[Progress, str] | None:
    """The progress a check's verdict gives against a plan of a verdict, or None.

    ``已验收，不合格`` (``经检测，不达标``) against a plan of ``合格``: the check was made
    and failed, so the row is behind its plan, as a bare ``不合格`` is (§4 rule 4), where
    its progress was ``unknown``; ``已验收，合格`` is on track. The verdict clause is read
    as the attainment reads it against a target (``_judge_verdict_clause``), the plan
    standing for the target and judged as final: the year's verdict stays ``pending``,
    rework may still pass, but the period's plan is missed. None with no plan (§4 rule 1:
    ``not_applicable``) or a plan of no verdict.
    """
    planned, actual = ctx.indicator.planned, ctx.indicator.actual
    if (
        not isinstance(actual, (TextValue, StatusValue))  # (the cheap guard: a verdict is words)
        or planned is None
        or isinstance(planned, NotApplicable)
    ):
        return None
    due = ctx.due  # (after the cheap guard: a row of figures asks no due date, r38e)
    if due is None:
        return None
    shown_plan = _text(planned)
    try:
        asked = parse_target(shown_plan)
    except ExpressionError:
        return None
    judged = _judge_verdict_clause(asked, actual, ctx._replace(as_of=due))
    if judged is None:
        return _failed_acceptance(ctx, shown_plan, actual)
    shown = _text(actual)
    if judged.attainment is _Attainment.MET:
        return _Progress.ON_TRACK, ctx.say(
            f"实际“{shown}”达到计划“{shown_plan}”",
            f"actual “{shown}” reaches the plan “{shown_plan}”",
        )
    if judged.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL):
        return _Progress.BEHIND, ctx.say(
            f"实际“{shown}”未达到计划“{shown_plan}”",
            f"actual “{shown}” falls short of the plan “{shown_plan}”",
        )
    return None


# A plan that is a class or a prize alone (Ⅲ类, 达到Ⅲ类, 水质达到Ⅱ类标准, 二等奖以上).
_PLAIN_GRADE_PLAN_RE: Final = re.compile(
    "(?:水质)?(?:达到|保持)?(?:[\u2160-\u216b一二三四五六七八九1-9])(?:等奖|类)"
    "(?:及以上|以上|或以上)?(?:标准|水质)?"
)


def _grade_against_plan(ctx: _Context) -> tuple[Progress, str] | None:
    """The progress of a water class or prize against a plan of one, or None.

    ``Ⅳ类`` against a plan of ``Ⅲ类`` (on a target of ``Ⅲ类``): the plan read as the target
    the actual is judged against at its due date, as grades of quality are (``良`` against
    ``优`` is behind): a worse class is ``behind``, the plan's class or a better one is on
    track. Only a plan that is a class or a prize of the kind the target names.
    """
    planned, actual, target = ctx.indicator.planned, ctx.indicator.actual, ctx.indicator.target
    if planned is None or actual is None or target is None or ctx.due is None:
        return None
    plan_grade = _grade_of_text(_text(planned), water=True)
    if plan_grade is None or plan_grade[1] not in _text(target):
        return None
    if _PLAIN_GRADE_PLAN_RE.fullmatch(_roman_classes(_normal(_text(planned)))) is None:
        return None  # 消除劣Ⅴ类水体: work on a class, no class to reach (r93, r97)
    if _grade_of_text(_text(target).removeprefix("达到"), water=True) is None and (
        _GRADE_SAID_RE.search(_roman_classes(_normal(_text(target)))) is None
    ):
        return None
    try:
        asked = parse_target(_text(planned))
    except ExpressionError:
        return None
    judged = _judge(asked, actual, ctx._replace(as_of=ctx.due))
    shown, plan = _text(actual), _text(planned)
    if judged.attainment is _Attainment.MET:
        return _Progress.ON_TRACK, ctx.say(
            f"实际“{shown}”达到计划“{plan}”", f"actual “{shown}” reaches the plan “{plan}”"
        )
    if judged.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL):
        return _Progress.BEHIND, ctx.say(
            f"实际“{shown}”未达到计划“{plan}”", f"actual “{shown}” falls short of the plan “{plan}”"
        )
    return None


# A plan of the acceptance as a step to complete (完成验收, 完成竣工验收, 竣工验收完成): the
# acceptance is complete when the works pass it, never when they fail it (k32p).
_ACCEPTANCE_PLAN_RE: Final = re.compile(
    "(?:完成|通过)?(?:项目|工程)?(?:竣工|整体|最终)?验收(?:工作)?(?:完成|工作)?"
)


def _failed_acceptance(
    ctx: _Context, shown_plan: str, actual: Value
) -> tuple[Progress, str] | None:
    """Behind when a plan to complete the acceptance meets an acceptance failed, or None.

    ``已验收，不合格`` (``竣工验收不合格``) against a plan of ``完成验收``: the step was made
    but its verdict failed, so the works are not accepted and the plan not reached (it
    was progress ``unknown``). The actual's verdict is read as against ``合格``
    (``_judge_verdict_clause``) and must be the acceptance's (验收 in the cell); a passed
    or partly passed verdict is left to the other rules (on track, behind as 部分完成).

    >>> from perftrack import parse_target, parse_value
    >>> _ACCEPTANCE_PLAN_RE.fullmatch("完成竣工验收") is not None
    True
    >>> _ACCEPTANCE_PLAN_RE.fullmatch("完成检测") is None  # an inspection is done, pass or fail
    True
    """
    if (
        _ACCEPTANCE_PLAN_RE.fullmatch(_normal(shown_plan).rstrip("。")) is None
        or "验收" not in _normal(_text(actual))
        or ctx.due is None
    ):
        return None
    judged = _judge_verdict_clause(_PASSED, actual, ctx._replace(as_of=ctx.due))
    if judged is None or judged.attainment is not _Attainment.NOT_MET:
        return None
    shown = _text(actual)
    return _Progress.BEHIND, ctx.say(
        f"实际“{shown}”，验收未通过，未达到计划“{shown_plan}”",
        f"actual “{shown}”: the acceptance failed, short of the plan “{shown_plan}”",
    )


def _stage_short_of_plan(ctx: _Context) -> tuple[Progress, str] | None:
    """Behind when a plan due by now asks the acceptance or completion and a stage is done.

    ``主体工程已完工`` against a plan of ``9月底前竣工`` (``竣工``, ``完成竣工验收``) in a
    跟踪表 to September: the plan's work is the whole works' completion or their
    acceptance, and a stage done falls short of it, as the verdict reads the same cell
    at the due date (:func:`_stage_before_acceptance`, k32p, k33b). Only a plan due by the
    date the table is judged at (a plan with no date is the period's own); a plan of a
    later date (``12月底前竣工``, the year's target restated) or of the stage itself
    (``主体完工``) says nothing against the stage, None.
    """
    planned, actual, as_of = ctx.indicator.planned, ctx.indicator.actual, ctx.as_of
    if (
        not isinstance(actual, TextValue)  # (the cheap guard: a stage done is read as text)
        or planned is None
        or isinstance(planned, NotApplicable)
        or as_of is None
    ):
        return None
    shown_plan = _text(planned)
    try:
        asked = parse_target(shown_plan, year=ctx.year)
    except ExpressionError:
        return None
    if isinstance(asked, Deadline) and (asked.due is None or asked.due > as_of):
        return None
    plan_ctx = ctx._replace(indicator=evolve(ctx.indicator, target=asked))
    if (work := _stage_before_acceptance(actual, plan_ctx)) is None:
        return None
    shown = _text(actual)
    return _Progress.BEHIND, ctx.say(
        f"实际“{shown}”仅完成阶段工程，尚未{work}，未达到计划“{shown_plan}”",
        f"actual “{shown}” is a stage of the works, not yet {work}: short of the plan"
        f" “{shown_plan}”",
    )


# A plan of a direction of change (同比下降, 较上年提高≥1个百分点).
_CHANGE_PLAN_RE: Final = re.compile("下降|降低|减少|上升|提高|提升|增长|增加")


def _milestone_progress(ctx: _Context, target: Target | None) -> tuple[Progress, str] | None:
    """The progress a target of dated steps gives by the steps already due, else None.

    ``2025年6月底前完成主体工程，12月底前竣工验收`` through September: ``on_track`` when
    the main works are done (each step due met), ``behind`` when they are not
    (:func:`milestone_reading`); None before the first step's date or for any other target.
    """
    actual = ctx.indicator.actual
    if not isinstance(target, Descriptive) or "前" not in target.description or actual is None:
        return None  # (the cheap guard: no step dated by 前)
    staged = milestone_reading(target, actual, ctx)
    if staged is None:
        return None
    if staged[1] is _Progress.BEHIND:
        return _Progress.BEHIND, ctx.say(
            "阶段目标未按期完成，进度落后", "a step due is not done on time: behind"
        )
    for step in _milestones(target, ctx.year) or ():
        # 已开工，预计12月完工 against …11月底前完工: the cell foresees a step after its date
        if ctx.as_of is not None and ctx.as_of < step.due:
            late = _own_forecast(ctx, step.deadline)
            if late is not None and late[0] is _Progress.BEHIND:
                return late
    if staged[1] is None:
        return None
    return staged[1], ctx.say("已到期的阶段目标均已完成", "every step due is done")


def _unplanned(planned: Value | None) -> bool:
    """Whether the row plans nothing of its own for the period: no plan, or the pace only.

    ``按期推进``, ``按计划推进`` (:func:`_pace_only`) ask the work to keep to its schedule,
    which a forecast within the due date does.
    """
    return planned is None or isinstance(planned, NotApplicable) or _pace_only(planned)


def _final_progress(
    ctx: _Context,
    has_forecast: bool,  # noqa: FBT001
    judged: Indicator,
    attainment: Attainment,
    direction: Direction | None = None,
) -> tuple[Progress, str]:
    """The progress of ``ctx.indicator``, its *attainment* being decided.

    At or after its due date the actual is final and the forecast no longer says
    anything: a row judged by its forecast (no plan, a 全年预计 column) follows its
    actual (met ``on_track``, not met or partial ``behind``), and a row on track with
    its plan while the target is missed is ``behind``. Before the due date, or when
    the actual decides nothing (unknown), the rules of §4 (:func:`_progress`) apply.
    """
    at_due = ctx.at_due  # once: each rule below and the progress read it
    progress, why = _progress(ctx, has_forecast, judged, direction, at_due=at_due)
    if (
        attainment is _Attainment.PENDING
        and progress is _Progress.UNKNOWN
        and at_due is False
        and (opposite := _opposite_to_plan(ctx)) is not None
    ):
        return _Progress.BEHIND, opposite  # 同比上升8.3% against a plan of 同比下降
    if (
        progress is not _Progress.NOT_APPLICABLE
        and at_due is False
        and (checked := _verdict_against_plan(ctx)) is not None
    ):
        # 已验收，不合格 against a plan of 合格: the check failed (it was unknown); 已验收，
        # 合格 against 优良: the verdict, not the check done, says the pace (k32n)
        return checked
    if (
        progress is _Progress.UNKNOWN
        and at_due is False
        and (graded := _grade_against_plan(ctx)) is not None
    ):
        # Ⅳ类 against a plan of Ⅲ类: a worse class than planned is behind (r35f; it was
        # unknown, while 良 against a plan of 优 was behind)
        return graded
    if (
        attainment is _Attainment.PENDING
        and progress is _Progress.UNKNOWN
        and at_due is False
        and (short := _stage_short_of_plan(ctx)) is not None
    ):
        # 主体工程已完工 against a plan of 9月底前竣工: the stage is no completion (k33b)
        return short
    if (
        attainment is _Attainment.PENDING
        and at_due is False
        and (
            progress is _Progress.UNKNOWN
            # no plan and no 全年预计 column: the actual's own forecast is the row's (k32c)
            or (progress is _Progress.NOT_APPLICABLE and not has_forecast)
        )
    ):
        foreseen = _own_forecast(ctx, judged.target)
        if foreseen is not None and (
            foreseen[0] is _Progress.BEHIND or _unplanned(ctx.indicator.planned)
        ):
            # 进度75%，预计11月中旬完工 against 10月底前: behind; 预计2025年10月完成 against
            # 按期完成 with no plan (or a plan of the pace only, 按期推进): on track
            return foreseen
        if (staged := _milestone_progress(ctx, judged.target)) is not None:
            # 6月底前完成主体工程，12月底前竣工验收 through September: the steps due say the
            # pace, as a plan would (k32c)
            return staged
    if (
        attainment is _Attainment.PENDING
        and progress is _Progress.UNKNOWN
        and has_forecast
        and isinstance(ctx.indicator.actual, NotApplicable)
        and at_due is False
        and (from_forecast := _forecast_outcome(ctx)) is not None
    ):
        # 0起 | plan 0起 | / | 全年预计0起: no figure yet, so the forecast says the progress,
        # as the verdict's "进度以全年预计判断" promises (§3 rule 1; parse42 M2)
        return from_forecast
    if (
        attainment is _Attainment.NOT_MET
        and progress is _Progress.UNKNOWN
        and at_due is False
        and (planned := ctx.indicator.planned) is not None
        and not isinstance(planned, NotApplicable)
        and not (isinstance(planned, QualitativeValue) and planned.negated)
        and _status_of(planned) is not _Status.NOT_DONE
    ):
        # 未新增，但发现违规新增1处 against 不新增 planned 不新增: missed for good before the
        # due date, so short of the plan too (k31l: it was behind only while 未新增 was
        # misread as 未完成; 新增1处 was unknown without a reason)
        shown = _text(ctx.indicator.actual)
        return _Progress.BEHIND, ctx.say(
            f"实际“{shown}”未达到计划“{_text(planned)}”",
            f"actual “{shown}” falls short of the plan",
        )
    if (
        attainment is _Attainment.UNKNOWN
        and progress is not _Progress.NOT_APPLICABLE
        and _multi_year(ctx) is not None
    ):
        # 十四五末达到100% against 全年预计90%: the year's share is unknown, so is the
        # pace towards it; the plan's-end goal is no year's target (regress43 W4)
        return _Progress.UNKNOWN, ""
    if (
        attainment is _Attainment.NOT_APPLICABLE
        and not has_forecast
        and progress is not _Progress.NOT_APPLICABLE
    ):
        # rule 1: a row the verdict calls 不适用 (师生满意度 | 90 | / | 尚未交付使用，年底调查)
        # has no progress either, whatever its plan cell or its reason says; a forecast
        # column still says where the row is going (rule 1 of the progress)
        return _Progress.NOT_APPLICABLE, ""
    if (
        attainment is _Attainment.PENDING
        and not has_forecast
        and isinstance(ctx.indicator.actual, NotApplicable)
        and progress is _Progress.BEHIND
    ):
        # a "/" mid-year is "not yet" (师生满意度 | 90 | / | 年底调查): nothing measured
        # yet says nothing of the pace, so no behind (nor the findings a behind row asks)
        return _Progress.UNKNOWN, ctx.say("进度无法判断", "the progress cannot be judged yet")
    if attainment is _Attainment.MET and progress is _Progress.UNKNOWN:
        # a deadline already met (2023年6月18日 against a plan of 2023年6月30日前): the
        # plan is reached too, whatever the plan cell's wording
        if isinstance(judged.target, Deadline):
            return _Progress.ON_TRACK, ctx.say("年度指标已按期达成", "the target is met on time")
        # so is any target already met (fp21 M1): 6分钟 against 5-8分钟 planned 5-8分钟,
        # 未发生 against 不发生, 基本建立 against 基本建立 planned 初步建立 (spec §4 rule 3);
        # not when the actual's own cell foresees the year (92%（预计全年85%）, regress36 W4)
        if _IN_CELL_FORECAST_RE.search(_text(ctx.indicator.actual)) is None:
            return _Progress.ON_TRACK, ctx.say("年度指标已达成", "the target is already met")
    if not at_due or progress is _Progress.NOT_APPLICABLE:
        return progress, why
    if attainment is _Attainment.UNKNOWN and progress is _Progress.ON_TRACK:
        if _plan_repeated(ctx):
            # 2025年6月底前 | 计划 上线 | 实际 上线 as of 06-30: the row shows what the plan
            # asked of it by the period's end, word for word (spec §4 rule 3; r35l: it was
            # unknown, "截止日期已到，结果无法判断，进度无法判断")
            return progress, why
        return _undecided_at_due(ctx)
    planned = ctx.indicator.planned
    by_forecast = has_forecast and (planned is None or isinstance(planned, NotApplicable))
    missed = attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL)
    if missed and progress is _Progress.BEHIND:
        return progress, why  # the reason it gives stands (全年预计…晚于截止日期)
    if not missed and not (by_forecast and attainment is _Attainment.MET):
        return progress, why
    say = ctx.say
    forecast = ctx.indicator.forecast
    if not by_forecast and progress is _Progress.ON_TRACK:
        why = say("虽达到计划，但年度指标未达成", "on plan, but the target is missed")
    elif not by_forecast:  # the plan decided nothing (2024年9月20日 against 完成)
        why = say("年度指标未达成", "the target is missed")
    elif forecast is not None and (shown := _text(forecast).strip()):
        why = say(
            f"{_forecast_named(forecast)}已不适用，以实际完成情况为准",
            f"the forecast “{shown}” no longer applies: the actual is final",
        )
    else:
        why = say("以实际完成情况为准", "the actual is final")
    return (_Progress.BEHIND if missed else _Progress.ON_TRACK), why


def _plan_repeated(ctx: _Context) -> bool:
    """Whether the actual is the planned value's text (spec §4 rule 3, same text).

    Past the due date with the verdict unknown, only the plan repeated word for word
    still says the row is on track (``上线`` planned ``上线``): a plan met by a figure,
    a forecast or a kindred word says nothing final (regress68 U1).
    """
    planned, actual = ctx.indicator.planned, ctx.indicator.actual
    if planned is None or actual is None or isinstance(planned, NotApplicable):
        return False
    shown = _normal(_text(planned))
    return bool(shown) and shown == _normal(_text(actual))


def _undecided_at_due(ctx: _Context) -> tuple[Progress, str]:
    """The progress of a row whose due date has passed and whose verdict is unknown.

    Nothing final says the target is reached, so neither its plan nor its forecast
    can put it 正常 (5月底前全部开工 | 已开工12个 | 全年预计已完成, as of 06-30;
    regress68 U1): a non-empty 偏差原因分析 reports a deviation (§4 rule 5,
    ``behind``), else ``unknown`` (rule 6).
    """
    if _stated(ctx.indicator.deviation_reason):
        return _Progress.BEHIND, ctx.say(
            "截止日期已到，结果无法判断，表中填写了偏差原因",
            "due date passed, the result undecided, and the table reports a deviation",
        )
    return _Progress.UNKNOWN, ctx.say(
        "截止日期已到，结果无法判断，进度无法判断",
        "due date passed and the result undecided: the progress cannot be judged",
    )


# A note on a status telling it is stopped or late (施工中（已停工）, （因资金未到位暂停）,
# （进度滞后）), and a date in it (（预计2024年3月完工）).
_NOTE_AGAINST_RE: Final = re.compile(
    "停工|停建|暂停|中止|中断|停滞|滞后|延期|延迟|推迟|逾期|缓建|缓慢|未到位|未开工|受阻"
)
# A note that the stoppage or the delay is over, or never was (已追回滞后进度, 已复工,
# 现已按计划推进, 无延期, 未滞后).
_NOTE_RECOVERED_RE: Final = re.compile(
    "(?:已|均已|现已|目前已)(?:全面|全部)?(?:追回|复工|恢复|赶上)|已按计划|按计划推进|正常推进"
    "|(?:无|未|没有|不存在)(?:停工|暂停|滞后|延期|延迟|推迟|逾期)"
)
# A step done and the next one ahead (已完成复审，待终审; 初审已完成，正在复审): the step done.
# A stage of the works said done by its own verb (已完工，待验收; 已开工，正在施工; track40
# H2, M5) is such a step too.
_STEP_DONE_RE: Final = re.compile(
    r"(?:(?:已经|已|均已)?完成了?(?P<done>[\u4e00-\u9fff]{2,8}?)(?:工作)?"
    r"|(?P<done2>[\u4e00-\u9fff]{2,8}?)(?:工作)?(?:已经|已)?完成"
    r"|(?:项目|工程)?(?:已经|已|均已)(?P<done3>开工|完工|竣工|建成))"
    r"[，,；;](?:待|正在|即将|准备|拟|等待|下一步)[\u4e00-\u9fff]{1,12}"
)
# A plan naming a step of the work (完成初审, 初审, 完成招标工作).
_STEP_PLAN_RE: Final = re.compile(r"(?:完成)?(?P<step>[\u4e00-\u9fff]{2,8}?)(?:工作)?")
# Steps in their order: one done later than the plan's reaches it (复审 done, 初审 planned).
_STEP_LADDERS: Final = (
    ("初审", "复审", "终审"),
    ("初稿", "统稿", "定稿"),
    ("开工", "完工", "验收"),
)
# Words of one stage of the works: 竣工, 建成 and 施工 done (施工已完成, 完成施工) are 完工.
_SAME_STEP: Final = MappingProxyType({"竣工": "完工", "建成": "完工", "施工": "完工"})


def _step_reached(planned: Value, actual: Value) -> str | None:
    """The step an actual says is done, when it is the plan's or a later one, else None.

    ``已完成复审，待终审`` against a plan of ``完成复审`` or ``完成初审`` (p18 H3): the
    plan's step is done and the next one ahead; against ``完成终审`` it is not (None).

    >>> from perftrack import parse_value
    >>> [
    ...     _step_reached(parse_value(p), parse_value("已完成复审，待终审"))
    ...     for p in ("完成复审", "初审", "完成终审")
    ... ]
    ['复审', '复审', None]
    """
    if _status_of(actual) not in (_Status.PARTIAL, _Status.IN_PROGRESS) or not isinstance(
        planned, (TextValue, StatusValue)
    ):
        return None
    said = _STEP_DONE_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    plan = _STEP_PLAN_RE.fullmatch(_normal(_text(planned)).rstrip("。"))
    if said is None or plan is None:
        return None
    done = said.group("done") or said.group("done2") or said.group("done3")
    step = _SAME_STEP.get(plan.group("step"), plan.group("step"))
    if _SAME_STEP.get(done, done) == step:
        return done
    for ladder in _STEP_LADDERS:
        done_step = _SAME_STEP.get(done, done)
        if done_step in ladder and step in ladder and ladder.index(done_step) > ladder.index(step):
            return done
    return None


# A plan that starts a step (启动招标, 开始招标, 开展招标工作), and an actual that says it
# started or done (已发布招标公告, 已启动招标, 招标中, 正在招标, 已完成招标; track40 M5).
_START_PLAN_RE: Final = re.compile(
    r"(?:启动|开始|开展)(?P<step>[\u4e00-\u9fff]{2,4}?)(?:工作|程序|工作程序)?"
)
_STEP_STARTED_RE: Final = re.compile(
    r"(?:(?:已经|已|均已)(?:发布|启动|开始|开展|进入|完成)了?(?P<step>[\u4e00-\u9fff]{2,4}?)"
    r"(?:公告|工作|程序)?"
    r"|正在(?P<step2>[\u4e00-\u9fff]{2,4}?)|(?P<step3>[\u4e00-\u9fff]{2,4}?)中)"
)


def _step_started(planned: Value, actual: Value) -> bool:
    """Whether *actual* says the step a plan of its start (``启动招标``) names begun.

    >>> from perftrack import parse_value
    >>> [
    ...     _step_started(parse_value("启动招标"), parse_value(a))
    ...     for a in ("已发布招标公告", "招标中", "尚未启动招标", "已完成设计")
    ... ]
    [True, True, False, False]
    """
    plan = _START_PLAN_RE.fullmatch(_normal(_text(planned)).rstrip("。"))
    said = _STEP_STARTED_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    if plan is None or said is None:
        return False
    return plan.group("step") in (said.group("step"), said.group("step2"), said.group("step3"))


# A plan of a step to finish (完成设备安装), and an actual saying that very step done
# (已完成设备安装, 设备安装已完成).
_PLAN_STEP_RE: Final = re.compile(r"(?:计划)?完成(?P<step>[\u4e00-\u9fff]{2,12})")
_STEP_SAID_DONE_RE: Final = re.compile(
    r"(?:已经|已|均已|全部)完成了?(?P<step>[\u4e00-\u9fff]{2,12})"
    r"|(?P<step2>[\u4e00-\u9fff]{2,12}?)(?:已经|已|均已|已全部)完成"
)


def _plan_step_done(planned: Value, actual: Value) -> bool:
    """Whether *actual* says done the very step a plan of text names (``完成设备安装``).

    Reading ``已完成设备安装`` as done would say the whole task is (it names a part: text);
    against a plan of that step it says the plan is reached. A negation or a part word in
    the step (``完成部分设备安装``) is no such step.

    >>> from perftrack import parse_value
    >>> [
    ...     _plan_step_done(parse_value("完成设备安装"), parse_value(a))
    ...     for a in ("已完成设备安装", "设备安装已完成", "已完成设备采购", "未完成设备安装")
    ... ]
    [True, True, False, False]
    """
    if not isinstance(planned, TextValue) or not isinstance(actual, (TextValue, StatusValue)):
        return False
    plan = _PLAN_STEP_RE.fullmatch(_normal(_text(planned)).rstrip("。"))
    said = _STEP_SAID_DONE_RE.fullmatch(_normal(_text(actual)).rstrip("。"))
    if plan is None or said is None:
        return False
    step = plan.group("step")
    return step == (said.group("step") or said.group("step2")) and not any(
        word in step for word in ("部分", "未", "不", "没")
    )


# The verbs a plan's step may open with, which an actual may put after the thing done
# instead (提交验收申请: 验收申请已提交).
_STEP_VERBS: Final = (
    "提交",
    "报送",
    "上报",
    "报审",
    "申报",
    "启动",
    "召开",
    "印发",
    "出台",
    "签订",
    "签署",
    "下达",
    "开展",
    "组织",
    "举办",
    "办理",
    "通过",
    "取得",
)
# The words an actual opens with to say its step done (已提交验收申请, 均已开工).
_DONE_LEADS: Final = ("已经", "均已", "已全部", "全部已", "已")
# What may not be inside a step done, or between its lead and its step (已于8月, never 已
# 部分提交, 尚未, 不): a part, a negation, a plan or a forecast.
_NOT_DONE_WORDS_RE: Final = re.compile("部分|基本|初步|未|没|不|无|尚|待|拟|将|预计|计划|正在|滞后")
_PLAIN_STEP_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _scheduled_step_done(planned: Value, actual: Value, ctx: _Context) -> str | None:
    """The step a plan names, when *actual* says it done by the plan's time, else None.

    A plan of one step of the work, with its time or not (``9月前提交验收申请``,
    ``完成招标``, ``6月底前开工``, ``9月前完成初验``), against an actual saying that very
    step done (``已提交验收申请``, ``验收申请已提交``, ``已开工``, ``初验已完成``,
    ``已于8月提交验收申请``): the period's step is reached, whatever the year's deadline
    still asks (k31c: it was unknown, "截止日期…未到"). A date done after the plan's time,
    another step, a part, a negation or a plan (``拟提交``) is none.

    >>> from perftrack import parse_value
    >>> from perftrack.policy import Policy
    >>> from perftrack import Indicator, Table, TableKind
    >>> from perftrack.scoring._common import _Language
    >>> ctx = _Context(
    ...     Indicator("项目验收"),
    ...     0,
    ...     Table(TableKind.TRACKING),
    ...     Policy.central(),
    ...     None,
    ...     2025,
    ...     _Language("zh"),
    ... )
    >>> plan = parse_value("9月前提交验收申请")
    >>> [
    ...     _scheduled_step_done(plan, parse_value(a), ctx)
    ...     for a in (
    ...         "已提交验收申请",
    ...         "验收申请已提交",
    ...         "已于8月提交验收申请",
    ...         "已于10月提交验收申请",
    ...     )
    ... ]
    ['提交验收申请', '提交验收申请', '提交验收申请', None]
    >>> _scheduled_step_done(plan, parse_value("已完成初验"), ctx) is None
    True
    """
    if not isinstance(planned, (TextValue, StatusValue)) or not isinstance(
        actual, (TextValue, StatusValue)
    ):
        return None
    said = _normal(_text(actual)).rstrip("。.")
    lead = next((word for word in _DONE_LEADS if word in said), None)
    if lead is None:
        return None  # (every form below holds 已: a cheap first test)
    plan = _normal(_text(planned)).rstrip("。.").removeprefix("计划")
    parts = scheduled_parts(plan, ctx.year)
    when, work = parts if parts is not None else (None, plan)
    work = work.removesuffix("工作")
    if _PLAIN_STEP_RE.fullmatch(work) is None or _NOT_DONE_WORDS_RE.search(work) is not None:
        return None
    step = work.removeprefix("完成")
    if len(step) < 2:  # noqa: PLR2004 - a step of one character is no step
        return None
    verb = next((v for v in _STEP_VERBS if step.startswith(v) and len(step) > len(v) + 1), None)
    # 已提交验收申请, 已完成初验, 已于8月完成招标: the lead, a time, the step
    middle: str | None = None
    if said.startswith(lead):
        rest = said[len(lead) :]
        for done in (work, "完成" + step, step):
            if rest.endswith(done):
                middle = rest[: -len(done)].removesuffix("了")
                break
    if middle is None:
        # 初验已完成, 验收申请已提交, 招标工作已全部完成: the step, the lead, its verb
        head, _, tail = said.partition(lead)
        head = head.removesuffix("工作")
        whole_done = tail.removeprefix("全部") in ("完成", "完毕") and head in (step, work)
        if whole_done or (verb is not None and tail == verb and head == step[len(verb) :]):
            middle = ""
    if middle is None or _NOT_DONE_WORDS_RE.search(middle) is not None:
        return None
    middle = middle.removesuffix("完成").removeprefix("全部")
    if middle:
        # 已于8月: done then, which must not be after the plan's own time
        if middle[0] not in ("于", "在"):
            return None
        done_at = match_deadline(middle[1:], ctx.year)
        if done_at is None or done_at.part is None:
            return None
        if when is not None and when.part is not None:
            done_by = Deadline(done_at.year, done_at.month, done_at.day, done_at.part).due
            due = _due(
                Deadline(when.year, when.month, when.day, when.part, when.strict),
                ctx.year,
                ctx.policy,
            )
            if done_by is None or due is None or done_by > due:
                return None
    return step if verb is None and work.startswith("完成") else work


# A plan that a step of the work be finished (完成招标, 招标完成, 完成主体施工), or the works
# (主体完工, 主体工程竣工, 完工): the work it names, the works' own as 施工.
_PLAN_FINISHED_RE: Final = re.compile(
    r"(?:计划)?(?:全部)?完成(?P<work>[\u4e00-\u9fff]{2,10}?)(?:工作)?"
    r"|(?P<work2>[\u4e00-\u9fff]{2,10}?)(?:工作)?(?:全部)?完成"
    r"|(?P<part>[\u4e00-\u9fff]{0,8}?)(?:完工|竣工|建成)"
)
# The words a status of work under way may put before its work (正在进行设备安装).
_UNDER_WAY_VERBS: Final = ("进行", "开展")
# What a plan's step may not hold to be one step of the work (完成部分招标, 未完成招标).
_NOT_ONE_STEP: Final = ("部分", "未", "不", "没", "基本", "初步")


def _done_then_more(planned: Value, actual: Value, ctx: _Context) -> str | None:
    """The first clause of an actual that says the plan's own work done, a later one going on.

    ``已建立，正在完善`` against a plan of ``建立`` (or ``已建成，正在试运行`` against
    ``建成``, ``已提交验收申请，正在审核`` against ``提交验收申请``): the value language reads
    the cell as under way by its last clause, but its first says the plan reached. None
    when the later clause names the plan's own word (``已部分建立，正在建立``) or a
    stoppage or a delay (``已建成，因故停运``), or the first clause is no such step.

    >>> from perftrack import parse_value
    >>> from perftrack.policy import Policy
    >>> from perftrack import Indicator, Table, TableKind
    >>> from perftrack.scoring._common import _Language
    >>> ctx = _Context(
    ...     Indicator("长效机制"),
    ...     0,
    ...     Table(TableKind.TRACKING),
    ...     Policy.central(),
    ...     None,
    ...     2025,
    ...     _Language("zh"),
    ... )
    >>> [
    ...     _done_then_more(parse_value(p), parse_value(a), ctx)
    ...     for p, a in (
    ...         ("建立", "已建立，正在完善"),
    ...         ("建立", "已建立，进度滞后"),
    ...         ("建立", "正在建立"),
    ...     )
    ... ]
    ['已建立', None, None]
    """
    if not isinstance(actual, StatusValue) or actual.status is not _Status.IN_PROGRESS:
        return None
    head, comma, rest = _normal(actual.word).partition(",")
    if not comma or not head.startswith(_DONE_LEADS) or not rest:
        return None  # (a done clause, then another: the cheap test first)
    plan = _normal(_text(planned)).rstrip("。")
    word = planned.word if isinstance(planned, QualitativeValue) else plan.removeprefix("完成")
    if not word or word in rest or _NOTE_AGAINST_RE.search(rest) is not None:
        return None
    if _NOT_DONE_WORDS_RE.search(head) is not None:
        return None  # 已部分建立, 已基本建成: a part of the plan's work
    first = parse_value(head, year=ctx.year)
    if isinstance(planned, QualitativeValue):
        done = (
            isinstance(first, QualitativeValue)
            and first.word == planned.word
            and not first.negated
            and not first.partial
        ) or (  # 已建成: a status done of the plan's word
            isinstance(first, StatusValue)
            and first.status is _Status.DONE
            and _normal(first.word).endswith(planned.word)
        )
    else:
        done = _scheduled_step_done(planned, first, ctx) is not None
    return head if done else None


# A plan that says only that the row's work is done by the period's end (完成, 已完成);
# not 完工, a stage of works (已开工，正在施工 against 完工 stays unknown: t40b).
_BARE_DONE_PLANS: Final = frozenset(
    {"完成", "已完成", "全部完成", "完成全部", "按时完成", "按期完成", "如期完成"}
)


def _plan_bare_done(planned: Value) -> bool:
    """Whether *planned* is the row's own work done and names no other (``完成``, ``已完成``).

    >>> from perftrack import parse_value
    >>> [_plan_bare_done(parse_value(p)) for p in ("完成", "已完成", "完成招标", "施工中")]
    [True, True, False, False]
    """
    return (
        isinstance(planned, StatusValue)
        and planned.status is _Status.DONE
        and _normal(_text(planned)).rstrip("。") in _BARE_DONE_PLANS
    )


def _finished_step_under_way(planned: Value, actual: Value) -> str | None:
    """The work a plan says finished and the actual still under way, else None.

    ``招标中`` against ``完成招标``, ``主体施工中`` (``（已停工）`` or not) against ``主体完工``:
    the plan's step is not reached (score54 M1). Only the same work on both sides
    (``施工`` of the works a 完工, 竣工 or 建成 finishes): another work under way
    (``施工中`` against ``完成招标``) says nothing of the plan's.

    >>> from perftrack import parse_value
    >>> [
    ...     _finished_step_under_way(parse_value(p), parse_value(a))
    ...     for p, a in (
    ...         ("完成招标", "招标中"),
    ...         ("主体完工", "主体施工中（已停工）"),
    ...         ("完成设备安装", "正在进行设备安装"),
    ...         ("完成招标", "施工中"),
    ...         ("主体完工", "施工中"),
    ...     )
    ... ]
    ['招标', '主体施工', '设备安装', None, None]
    """
    if not isinstance(actual, StatusValue) or actual.status is not _Status.IN_PROGRESS:
        return None
    if not (
        isinstance(planned, TextValue)
        or (isinstance(planned, StatusValue) and planned.status is _Status.DONE)
    ):
        return None
    plan = _PLAN_FINISHED_RE.fullmatch(_normal(_text(planned)).rstrip("。"))
    if plan is None:
        return None
    work = plan.group("work") or plan.group("work2")
    if work is None:
        work = plan.group("part") + "施工"  # 主体完工: the 主体's works
    if any(word in work for word in _NOT_ONE_STEP):
        return None
    stem = _status_stem(actual.word)
    for verb in _UNDER_WAY_VERBS:
        stem = stem.removeprefix(verb)
    return work if stem == work else None


def _status_stem(word: str) -> str:
    """A status word without its words of time: 正在发放 and 发放中 are both 发放.

    >>> _status_stem("正在发放"), _status_stem("发放中"), _status_stem("施工中")
    ('发放', '发放', '施工')
    """
    stem = _normal(word).rstrip("。")
    stem = stem.removeprefix("正在")
    return stem.removesuffix("中") or stem


# A cell that says only that a delay is made up: 滞后已追回, 已追回滞后进度, 进度滞后已全部追回,
# 已赶上进度.
_RECOVERY_ONLY_RE: Final = re.compile(
    "(?:(?:工程|施工)?进度)?(?:滞后|延误)(?:进度)?(?:已|均已|现已)(?:全部|全面)?(?:追回|赶上)"
    "|(?:已|均已|现已)(?:全部|全面)?(?:追回|赶上)(?:滞后|延误)(?:的)?(?:工程|施工)?(?:进度|工期)?"
    "|(?:已|均已|现已)(?:全部|全面)?赶上(?:原)?(?:计划|工程|施工)?(?:进度|工期|计划)"
)
# A note that the delay is made up (已追回滞后进度, 滞后已追回, 已赶上进度): on track again,
# when nothing else in it tells a delay still there (regress34 W3: 已追回10天，仍滞后20天,
# 已追回拖欠工程款，进度滞后, 已赶上部分进度，预计2024年3月完工 are not); a resumption
# alone (8月已复工) says no more than that the work goes on.
# A reason that states a lag (调查工作滞后, 推迟开展): a deviation, even when it also
# schedules the survey later (regress38 W2). A note still late says one of these, or
# that the work is overdue, stopped or without its funds.
_LAG_WORDS: Final = "滞后|落后|延误|延期|延迟|推迟"
_LAG_WORDS_RE: Final = re.compile(_LAG_WORDS)
_NOTE_STILL_LATE_RE: Final = re.compile(f"{_LAG_WORDS}|逾期|停工|暂停|未到位")
_NOTE_DATE_RE: Final = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")


def _note_against(text: str, target: Target | None) -> str | None:
    """What a status's note says against being on track, else None.

    A word of a stoppage or a delay, or a date past the target's due date.

    >>> from perftrack import parse_target
    >>> due = parse_target("2023年11月30日前")
    >>> _note_against("施工中（已停工）", due), _note_against("施工中（预计2024年3月完工）", due)
    ('停工', '2024年3月')
    >>> _note_against("施工中（预计2023年10月完工）", due) is None
    True
    >>> _note_against("施工中（已追回滞后进度）", due), _note_against("施工中（无延期）", due)
    (None, None)
    >>> (
    ...     _note_against("施工中（停工，暂未恢复）", due),
    ...     _note_against("施工中（进度滞后，正在追回）", due),
    ... )
    ('停工', '滞后')
    """
    if _NOTE_RECOVERED_RE.search(text) is not None:
        return None  # （已追回滞后进度）, （无延期）, （7月暂停，8月已复工）: no stoppage now
    if (word := _NOTE_AGAINST_RE.search(text)) is not None:
        return word.group()
    due = target.due if isinstance(target, Deadline) else None
    if due is None:
        return None
    for found in _NOTE_DATE_RE.finditer(text):
        year, month, day = (int(part) if part else None for part in found.groups())
        if year is None or month is None:
            continue
        if (year, month) > (due.year, due.month) or (
            (year, month) == (due.year, due.month) and day is not None and day > due.day
        ):
            return found.group()
    return None


def _caught_up(note: str, target: Target | None) -> bool:
    """Whether a status's note says the delay is made up, and nothing still late.

    >>> from perftrack import parse_target
    >>> due = parse_target("2023年12月底前完工")
    >>> _caught_up("施工中(已追回滞后进度)", due), _caught_up("施工中(已赶上进度)", due)
    (True, True)
    >>> _caught_up("施工中(已追回10天,仍滞后20天)", due)
    False
    >>> _caught_up("施工中(已追回拖欠工程款,进度滞后)", due)
    False
    >>> _caught_up("施工中(已赶上部分进度,预计2024年3月完工)", due)
    False
    """
    if _RECOVERY_ONLY_RE.search(note) is None:
        return False
    rest = _RECOVERY_ONLY_RE.sub("", note)
    if _NOTE_STILL_LATE_RE.search(rest) is not None:
        return False
    return _note_against(rest, target) is None


def _periods_tracked(period: str, tracked: Period | None) -> int | None:
    """How many days, months or quarters the tracked months hold (1-9月: 273 days, 9 months).

    None without a period within one year, for weeks, or for quarters of part of a
    quarter: an average over such a period cannot be set against a cumulative plan.
    """
    if tracked is None or tracked.start.year != tracked.end.year:
        return None
    first, last = tracked.start.month, tracked.end.month
    if last < first:
        return None
    months = last - first + 1
    if period == "日":
        year = tracked.end.year
        return sum(calendar.monthrange(year, month)[1] for month in range(first, last + 1))
    if period == "月":
        return months
    if period == "季" and months % 3 == 0:
        return months // 3
    return None


def _average_over_period(
    actual: Quantity, planned: Quantity, target: Target | None, ctx: _Context
) -> tuple[Quantity, str] | str | None:
    """An average (日均, 月均) set against a cumulative plan, over the tracked period (p34 H3).

    ``日均助餐4,200人次`` at 1-9月 against a plan of ``112.5万人次``: 4200 × 273 =
    1146600人次, the figure compared with the plan (it was 4200 against 1125000, behind).
    An empty string when the period cannot be counted: the progress is unknown, as the
    verdict is, which says why. None when the actual is no such average, or the plan is one too.
    """
    name = ctx.indicator.name
    if not isinstance(target, (Comparison, Range)):
        return None
    sides = average_apart(name, target, actual)
    if sides is None or sides[1] or average_apart(name, target, planned) is not None:
        return None
    times = _periods_tracked(sides[0], ctx.table.period)
    if times is None:
        return ""  # 周均 against a plan: unknown, the verdict says why (非全年报表无法折算)
    shown = _shown_quantity(actual, target.unit)
    counted = f"{times}{_PERIODS_COUNTED[sides[0]]}"
    total = evolve(actual, value=actual.value * times)
    text = ctx.say(
        f"{shown}按跟踪期{counted}折算为{_shown_quantity(total, target.unit)}，",
        f"{shown} over {counted} is {_shown_quantity(total, target.unit)}",
    )
    return total, text


# What an average converted over the tracked period says (see _average_over_period).
_CONVERTED_RE: Final = re.compile(r"按跟踪期\d+(?:天|个月|个季度)折算为| over \d+\S* is ")


# The reasons _forecast_outcome gives a row its forecast puts on track (r36e).
_FORECAST_ON_TRACK_RE: Final = re.compile(
    r"(?:全年预计)?“.*”(?:，可达成年度指标|，预计截止日期\d{4}-\d{2}-\d{2}前完成)"
    r"|the forecast “.*” (?:meets the target|completes the work by \d{4}-\d{2}-\d{2})"
)


def states_forecast(why: str) -> bool:
    """Whether a progress explanation puts the row on track by its 全年预计 (r36e).

    The verdict's explanation says it, as it says a forecast that is behind: on track
    by ``预计全年可完成`` or ``≥600亿斤`` in the 全年预计完成情况 column, the row's own
    cells (600 of 1200, no plan) say nothing of the pace; before, the reason was dropped.

    >>> states_forecast("全年预计“1300人”，可达成年度指标")
    True
    >>> states_forecast("“预计年底完成”，预计截止日期2024-12-31前完成")
    True
    >>> states_forecast("实际80%达到计划75%")
    False
    """
    return _FORECAST_ON_TRACK_RE.fullmatch(why) is not None


def ends_on_forecast(explanation: str) -> bool:
    """Whether a verdict's explanation ends on the forecast that put the row on track (r36k).

    A clause that then puts the row behind (执行率38.50%低于序时进度50.00%) is joined with
    ``但``: the forecast is the year's, the lag is today's, and the later one decides.

    >>> ends_on_forecast(
    ...     "实际38.5%，未达年度指标=100%，距年底尚有时间；全年预计“100%”，可达成年度指标"
    ... )
    True
    >>> ends_on_forecast("实际80%，未达年度指标=100%，距年底尚有时间")
    False
    """
    tail = re.split("[；;] ?", explanation)[-1]
    return _FORECAST_ON_TRACK_RE.fullmatch(tail) is not None


def states_conversion(why: str) -> bool:
    """Whether a progress explanation converts an average over the tracked period (k80fix).

    The verdict of such a row says the year's total cannot be converted; on track, the
    explanation says the conversion the progress rests on, as it does behind.

    >>> states_conversion("实际70次按跟踪期181天折算为12670次，达到计划12500次")
    True
    >>> states_conversion("实际80%达到计划75%")
    False
    """
    return _CONVERTED_RE.search(why) is not None


# A count per month or quarter said as such (每月1次, 每季度巡河1次): its period.
_PER_PERIOD_LABEL_RE: Final = re.compile("每个?(月|季度|季)")
_MONTHS_A_PERIOD: Final = MappingProxyType({"月": 1, "季度": 3, "季": 3})


def _rate_over_span(
    actual: Quantity, planned: Quantity, target: Target | None, ctx: _Context
) -> tuple[Quantity, str] | None:
    """A per-period count (``每月1次``) as the count over the table's months (parse37 H4).

    Mid-year, against a per-period target (``每月不少于1次``) whose plan is the count to
    date (``9次`` over 1-9月): the rate kept every month of the span is 1×9 = 9次, the
    figure the plan counts. The target may ask another period (r36l: ``每季度1次`` done
    against ``每月1次`` is 2次 over 1-6月, behind a plan of 6次; ``每月1次`` against
    ``每季度1次`` 6次, on track beside a plan of 2次). None when the actual is no count per
    month or quarter, the plan is itself per period, the units differ, the target sets no
    count of a month or quarter or the span holds no whole number of the actual's periods.
    """
    period = ctx.table.period
    label = actual.label or ""
    found = _PER_PERIOD_LABEL_RE.match(label)
    asked = (
        _PER_PERIOD_LABEL_RE.match(target.label or "") if isinstance(target, Comparison) else None
    )
    if (
        found is None
        or asked is None
        or period is None
        or not isinstance(target, Comparison)
        or (planned.label or "").startswith("每")
        or actual.unit is None
        or planned.unit != actual.unit
        or target.unit != actual.unit
    ):
        return None
    periods, rest = divmod(period.months, _MONTHS_A_PERIOD[found[1]])
    if rest or periods == 0:
        return None
    total = evolve(actual, value=actual.value * periods, label=None)
    shown = f"{_shown_quantity(actual, actual.unit)}（{label}，{period.months}个月计{format(total.value, 'f')}{actual.unit}）"
    return total, ctx.say(shown, shown)


def _regular_over_span(
    actual: Value, planned: Value, target: Target | None, ctx: _Context
) -> tuple[Progress, str] | None:
    """A text of work kept each period as the rounds over the table's months (r36t).

    ``已按月开展``, ``每季度均按时召开`` against a count per period (``每月1次``) or the
    year's (``≥4次``, r37k) with a plan of the count to date (``6次`` over 1-6月): once
    each period it names, as the verdict reads it (r36l), so monthly is 6次, on track,
    and quarterly 2次, behind.
    Against the same period asking more than once (``每月2次``, plan ``12次``) the text
    gives no count a period: on track only if once each reaches the plan, else unknown.
    None when the actual is no such text, the target no count per period, the plan no
    count in the target's unit or the span holds no whole number of the periods.
    """
    period = ctx.table.period
    regular = _regular_period(actual)
    if (
        regular is None
        or period is None
        or not isinstance(target, Comparison)
        or target.op not in (_Op.GE, _Op.EQ, _Op.GT)
        or not isinstance(planned, Quantity)
        or planned.label is not None
        or planned.bound is not _Bound.EXACT
    ):
        return None
    asked = _regular_target(target)  # a year's count too: ≥4次 against 每季度召开 (r37k)
    a_year = _PERIODS_A_YEAR.get(regular[0])
    if (
        asked is None
        or a_year is None
        or planned.unit not in (None, asked[1])
        or _habit_of_another_work(target, actual)
    ):
        return None
    months, odd = divmod(12, a_year)
    periods, rest = divmod(period.months, months) if not odd else (0, 1)
    if rest or periods == 0:
        return None
    unit = asked[1]
    said = f"“{_text(actual)}”（每{_SCHEDULE_NAMES.get(regular[0], regular[0])}，"
    said += f"{period.months}个月计{periods}{unit}）"
    plan = _shown_quantity(planned, unit)
    say = ctx.say
    if periods >= planned.value:
        return _Progress.ON_TRACK, say(
            f"实际{said}达到计划{plan}", f"actual {said} reaches the plan {plan}"
        )
    if _period_rate_key(asked[0]) == _period_rate_key(regular[0]):
        return _Progress.UNKNOWN, say(
            f"实际{said}未给出每期次数，无法与计划{plan}对照",
            f"actual {said} gives no count a period: it cannot be matched to the plan {plan}",
        )
    return _Progress.BEHIND, say(
        f"实际{said}落后于计划{plan}", f"actual {said} is behind the plan {plan}"
    )


# The units a per-period plan adds up in over the months (_plan_over_span): counts of
# events, and heads or households beside an actual said 累计 (r97fix) or under a year's
# target that is the periods added up (r100fix).
_SPAN_COUNT_UNITS: Final = EVENT_UNITS | frozenset({"件", "起", "例", "宗"})
_SPAN_HEAD_UNITS: Final = frozenset({"人", "户", "名", "家"})


def _target_adds_periods(planned: Quantity, target: Target | None) -> bool:
    """Whether the year's target is clearly the per-period plan added up (r100fix).

    ``≥600人`` against ``每月新增就业50人``: the target is more than twice the plan, so the
    plan is a flow of new heads each month (50×12). ``≥500人`` against ``每月500人`` (or
    ``≥100户`` against ``每月发放100户``) is a stock held each month: False.
    """
    if not isinstance(target, (Comparison, Quantity)) or target.unit != planned.unit:
        return False
    return planned.value > 0 and target.value > planned.value * 2


def _plan_over_span(
    planned: Quantity, actual: Quantity, target: Target | None, ctx: _Context
) -> tuple[Quantity, str] | None:
    """A plan written per period (``每月1次``) as the count over the table's months.

    Mid-year, against an actual counting to date (``4次`` over 1-6月): the plan kept
    every month of the span is 1×6 = 6次, so 4次 is behind (regress93 G3). None when the
    plan is no count per month or quarter, the actual is itself per period or an
    average (``每月1次``, ``月均1次``), the units differ or the span holds no whole
    number of the periods. Only a count of events adds up over the months (次, 期, 场,
    人次, 件…); a level (``每月不低于95%``) or a headcount (``每月500人``) is held each
    month, not summed, unless the actual says it counts people to date (``累计500人``;
    r97fix) or the year's target is the months added up (``每月新增就业50人`` under
    ``≥600人``; r100fix).
    """
    period = ctx.table.period
    label = planned.label or ""
    found = _PER_PERIOD_LABEL_RE.match(label)
    if (
        found is None
        or period is None
        or planned.unit is None
        or actual.unit != planned.unit
        or not (
            planned.unit in _SPAN_COUNT_UNITS
            or (
                planned.unit in _SPAN_HEAD_UNITS
                and (
                    (actual.label or "").startswith("累计") or _target_adds_periods(planned, target)
                )
            )
        )
        or _PER_PERIOD_LABEL_RE.search(actual.label or "") is not None
        or "均" in (actual.label or "")
    ):
        return None
    periods, rest = divmod(period.months, _MONTHS_A_PERIOD[found[1]])
    if rest or periods <= 1:
        return None
    total = evolve(planned, value=planned.value * periods, label=None)
    shown = (
        f"{_shown_quantity(planned, planned.unit)}（{label}，{period.months}个月计"
        f"{format(total.value, 'f')}{planned.unit}）"
    )
    return total, ctx.say(shown, shown)


def _schedule_over_span(
    planned: Value, actual: Quantity, ctx: _Context
) -> tuple[Quantity, str] | None:
    """A plan of a recurring schedule (``按月发放``) as the rounds due over the table's months.

    Against a count said paid or done (``已发放6个月``, ``已发放8次``, ``已发放3个季度``):
    over 1-9月 a monthly schedule asks 9 months (9次), a quarterly one 3 quarters, so 6个月
    is behind and 9个月 on track (parse56 F2: no plan was read). None when the plan is no
    schedule word, the actual no such count, or the span holds none of the periods.
    """
    if not isinstance(planned, TextValue) or ctx.table.period is None:
        return None
    text = _normal(planned.description)
    if "月" not in text and "季" not in text and "半年" not in text:
        return None
    found = _SCHEDULE_ROUNDS_RE.search(text)
    if found is None or (months := schedule_rounds_done(actual, text)) is None:
        return None
    span = ctx.table.period.months
    per_round = _MONTHS_A_ROUND[found.group("period")]
    rounds = span // per_round
    if rounds == 0:
        return None
    each = rounds_each_period(text)
    if each is None:
        return None
    due = Decimal(rounds * each) if months == 0 else Decimal(rounds * per_round)
    unit = actual.unit or "次"
    if unit in {"个季度", "季度"}:
        if (rounds * per_round) % 3:
            return None
        due = Decimal(rounds * per_round // 3)
    shown = f"{format(due, 'f')}{unit}（{planned.description}，{span}个月计）"
    return Quantity(due, unit, _Bound.EXACT, text=shown), ctx.say(shown, shown)


def _change_sign(quantity: Quantity) -> int | None:
    """The sign of a change said by its label (``上升2%``: 1, ``下降5%``: -1), or None."""
    label = quantity.label or ""
    return voc.CHANGE_WORDS.get(label)


def _opposite_change(
    planned: Quantity, actual: Quantity, target: Target | None
) -> tuple[Quantity, str, str] | None:
    """A change the other way from the plan's, against a target of a bare direction.

    ``上升2%`` against a plan of ``下降5%`` under ``下降``: both were read as sizes, 2 below 5,
    and ``上升8%`` was on track; the actual is the plan's direction's -2 (-8), behind, and
    both are shown with their words: "实际上升2%落后于计划下降5%" (regress93 G7). None
    unless the target is a direction (no figure) and both say opposite changes in one unit.
    """
    directed = isinstance(target, QualitativeTarget) or (
        isinstance(target, Descriptive) and target.description in voc.CHANGE_WORDS
    )  # 下降 (a direction), 增长 (read as a description)
    if not directed or planned.unit != actual.unit:
        return None
    plan_sign, actual_sign = _change_sign(planned), _change_sign(actual)
    if plan_sign is None or actual_sign is None or plan_sign == actual_sign:
        return None
    unit = actual.unit
    shown_actual = f"{actual.label}{_shown_quantity(actual, unit)}"
    shown_plan = f"{planned.label}{_shown_quantity(planned, unit)}"
    return evolve(actual, value=-actual.value), shown_actual, shown_plan


def _readings_against_plan(
    readings: tuple[tuple[Quantity, str], tuple[Quantity, str]],
    shown: str,
    planned: Quantity,
    say: Callable[[str, str], str],
) -> tuple[Progress, str]:
    """Two levels of a rate against a plan of a change in % (``较上年提高3%``), read both ways.

    The relative and the points readings (p41c) each against the plan: both reach it,
    ``on_track``; both fall short, ``behind``; otherwise ``unknown`` naming both (r103).
    """
    plan = _interval(planned, Decimal(1))
    condition = planned.bound in (_Bound.AT_LEAST, _Bound.AT_MOST)
    (relative, relative_said), (points, points_said) = readings
    checks = [
        _against_plan(_interval(reading, Decimal(1)), plan, lower=False, condition=condition)
        for reading in (relative, points)
    ]
    shown_plan = _text(planned)
    levels = shown.split("（", 1)[0]
    if all(check is _FastCheck.SATISFIED for check in checks):
        return _Progress.ON_TRACK, say(
            f"实际{shown}达到计划{shown_plan}",
            f"actual {levels} reaches the plan {shown_plan} both ways",
        )
    if all(check is _FastCheck.VIOLATED for check in checks):
        return _Progress.BEHIND, say(
            f"实际{shown}落后于计划{shown_plan}",
            f"actual {levels} is behind the plan {shown_plan} both ways",
        )
    relative_word, points_word = (
        "达到" if check is _FastCheck.SATISFIED else "未达" for check in checks
    )
    return _Progress.UNKNOWN, say(
        f"实际{levels}，按相对变化{relative_said}，{relative_word}计划{shown_plan}；"
        f"按百分点{points_said}，{points_word}；口径不明，需人工判断",
        f"actual {levels}: the relative and the points readings judge the plan {shown_plan}"
        " differently; a reviewer must judge",
    )


# An actual that says only that the work is behind (进度滞后, 滞后于计划, 进度缓慢, 工程进度
# 落后; 推进缓慢, 部分滞后, 略滞后于序时进度, 停滞, 无进展, 低于序时进度: parse55 M1): no
# figure, the lag itself.
_LAG_ONLY_RE: Final = re.compile(
    "(?:目前|当前|整体|总体)?(?:工程|项目|施工|建设|工作)?(?:"
    "(?:进度|进展|推进)?(?:略有|有所|稍有|严重|明显|部分|略|稍)?(?:滞后|缓慢|落后|停滞)"
    "(?:于(?:计划|序时进度|预期))?"
    "|(?:暂)?无(?:实质性)?进展|(?:低于|慢于)(?:计划|序时进度|预期)"
    ")。?"
)
# An actual that says only that the work keeps to its pace (进展顺利, 进度正常, 正常推进,
# 按计划正常推进, 按期推进, 推进顺利, 有序推进中, 超计划推进, 比计划提前, 快于序时进度, 符合序时进度,
# 达到序时进度; parse55 M1): no figure, the pace itself.
_PACE_ONLY_RE: Final = re.compile(
    "(?:目前|当前|整体|总体)?(?:工程|项目|施工|建设|工作)?(?:"
    "(?:进度|进展)(?:顺利|正常)(?:推进中?)?"
    "|(?:按(?:照)?(?:计划|进度|序时进度|期|时)|如期|有序|顺利|正常|稳步)(?:正常|顺利|有序)?推进中?"
    "|推进(?:顺利|正常|有序)"
    "|(?:超(?:计划|序时进度)|(?:比|较)(?:原)?计划提前|快于(?:计划|序时进度)|超过序时进度)(?:推进)?"
    "|(?:符合|达到|满足)(?:计划|序时进度)(?:要求)?"
    # 与序时进度一致, 与计划进度同步 (parse56 F13)
    "|与(?:原)?(?:计划|序时)(?:进度)?(?:一致|相符|同步)"
    ")。?"
)
# Pace words that name the plan or the time progress (按计划推进, 超计划推进, 比计划提前,
# 符合序时进度, 与序时进度一致): the row says it keeps to its plan, whatever the plan is.
_PLAN_NAMED_RE: Final = re.compile("计划|序时")
# A lag of time said of the work (较计划滞后约1个月, 比计划推迟10天): the label and a unit of time.
_TIME_LAG_LABEL_RE: Final = re.compile(
    "(?:较|比)?(?:原)?(?:计划|序时进度|预期)?(?:进度)?(?:滞后|延后|推迟|落后|延误)"
)
_TIME_UNITS: Final = frozenset({"个月", "月", "天", "日", "周", "个工作日", "工作日"})


# The steps before any work is delivered (招标, 前期准备, 设计, 立项, 采购): under way, the plan's
# figure has none of it done yet.
_EARLY_STEP_RE: Final = re.compile(
    "(?:正在|目前|当前|现)?(?:进行|开展|组织)?"
    "(?P<step>前期准备|前期工作|前期手续|准备工作|筹备|招标|招投标|采购|政府采购|设计|方案设计"
    "|方案编制|编制方案|立项|审批|项目审批|可研|可行性研究|选址|论证|询价|谈判|洽谈)"
    "(?:工作)?(?:中|阶段|正在进行中?|进行中)?。?"
)


def _early_step(actual: Value | None) -> str | None:
    """The step before any delivery an actual under way names (``招标中``), else None.

    >>> from perftrack import parse_value
    >>> [_early_step(parse_value(a)) for a in ("招标中", "前期准备中", "正在进行设计", "施工中")]
    ['招标', '前期准备', '设计', None]
    """
    if not isinstance(actual, StatusValue) or actual.status is not _Status.IN_PROGRESS:
        return None
    found = _EARLY_STEP_RE.fullmatch(_normal(actual.word))
    return None if found is None else found.group("step")


def _degree_against_plan(
    planned: Value, actual: Value, ctx: _Context
) -> tuple[Progress, str] | None:
    """The plan's own word with a degree before it in the actual, as attainment reads it.

    ``较满意``, ``基本稳定`` against a plan of ``满意``, ``稳定``: below the plan's word,
    ``behind``; ``非常满意``, ``总体稳定``: ``on_track`` (:func:`_degree_of_word`, the rule
    that makes ``较满意`` partial against a target of ``满意``). None for anything else.
    """
    if not isinstance(planned, (TextValue, QualitativeValue)) or not isinstance(
        actual, (TextValue, QualitativeValue)
    ):
        return None
    word, said = _normal(_text(planned)), _normal(_text(actual))
    if len(said) <= len(word) or not said.endswith(word):
        return None  # (the plan's word after a degree: the cheap test first)
    outcome = _degree_of_word(Descriptive(word), actual, ctx.say)
    if outcome is None:
        return None
    shown, plan = _text(actual), _text(planned)
    if outcome.attainment is _Attainment.MET:
        return _Progress.ON_TRACK, ctx.say(
            f"实际“{shown}”达到计划“{plan}”", f"actual “{shown}” reaches the plan “{plan}”"
        )
    if outcome.attainment is _Attainment.PARTIAL:
        return _Progress.BEHIND, ctx.say(
            f"实际“{shown}”程度低于计划“{plan}”",
            f"actual “{shown}” falls short of the plan “{plan}”",
        )
    return None


def _pace_only(value: Value) -> bool:
    """Whether *value* says only that the work keeps to its pace (``进展顺利``), no figure."""
    if not isinstance(value, (TextValue, StatusValue)):
        return False
    text = _normal(_text(value))
    # every form holds 进 (进度, 进展, 推进) or 计划: a cheap test first
    return ("进" in text or "计划" in text) and _PACE_ONLY_RE.fullmatch(text) is not None


def _nothing_due(planned: Value, ctx: _Context) -> str | None:
    """Why a plan asked nothing within the tracked period, or None (parse54 H2).

    A plan of 0, or one that puts its work at a time whose last day is after the date
    the table is judged at (``下半年开展`` in a table to June, ``四季度验收``, ``年底评价``,
    ``12月开展`` in one to September): work not begun is not behind it. A time within
    the period (``6月开展`` to September, ``上半年开展`` to June) was due.

    Example:
        >>> import datetime as dt
        >>> from perftrack.policy import Policy
        >>> from perftrack import Indicator, Period, Table, TableKind, YearMonth
        >>> from perftrack.scoring._common import _Language
        >>> table = Table(TableKind.TRACKING, period=Period(YearMonth(2025, 1), YearMonth(2025, 6)))
        >>> ctx = _Context(
        ...     Indicator("宣传活动次数"),
        ...     0,
        ...     table,
        ...     Policy.central(),
        ...     dt.date(2025, 6, 30),
        ...     2025,
        ...     _Language("zh"),
        ... )
        >>> _nothing_due(parse_value("下半年开展"), ctx)
        '计划“下半年开展”的时间至2025-12-31，跟踪期内尚未到期'
        >>> _nothing_due(parse_value("上半年开展"), ctx) is None
        True
    """
    say = ctx.say
    if isinstance(planned, Quantity):
        if planned.value != 0 or planned.bound is not _Bound.EXACT:
            return None
        return say(
            f"计划为{_text(planned)}，跟踪期内无计划任务",
            f"the plan is {_text(planned)}: nothing was planned within the period",
        )
    as_of = ctx.as_of
    if as_of is None:
        return None
    due = _plan_due(planned, ctx)
    if due is None or due <= as_of:
        return None
    return say(
        f"计划“{_text(planned)}”的时间至{due.isoformat()}，跟踪期内尚未到期",
        f"the plan “{_text(planned)}” runs to {due.isoformat()}: not due within the period",
    )


# A plan of none in words (无, 未发生): against a target of none, the count 0 (k31i).
_NONE_PLANNED: Final = frozenset({"无", "零", "0", "未发生", "不发生", "没有", "无发生"})
# A target of none of a grade of events (不发生较大及以上安全事故): events of a lower grade
# are no breach, so a plan of none is no count to hold them against.
_GRADED_EVENTS_RE: Final = re.compile("较大|重大|特大|一般以上|以上")


def _plan_due(planned: Value, ctx: _Context) -> dt.date | None:
    """The last day of the time a plan of words or a date puts its work at, else None.

    ``下半年开展`` is 12-31, ``6月开展`` 06-30, a date itself; None for a plan naming no time.
    """
    if isinstance(planned, DateValue):
        return (planned if planned.year is not None else evolve(planned, year=ctx.year)).date
    if isinstance(planned, TextValue):
        found = match_scheduled(_normal(planned.description), ctx.year)
        if found is not None and found.error is None and found.part is not None:
            scheduled = Deadline(found.year, found.month, found.day, found.part, found.strict)
            return _due(scheduled, ctx.year, ctx.policy)
    return None


def _progress(
    ctx: _Context,
    has_forecast: bool,  # noqa: FBT001
    judged: Indicator,
    direction: Direction | None = None,
    *,
    at_due: bool | None,
) -> tuple[Progress, str]:
    """The progress of ``ctx.indicator``; *judged* is it as its verdict judges it (_as_judged).

    *at_due* is ``ctx.at_due`` (the caller has it); *direction* is ``direction_of(judged)``
    when the caller has it already (the verdict's).
    """
    indicator = ctx.indicator
    say = ctx.say
    planned, actual = indicator.planned, indicator.actual
    if ctx.table.kind is _TableKind.TARGET:
        return _Progress.NOT_APPLICABLE, ""
    if planned is None or isinstance(planned, NotApplicable):
        if has_forecast and indicator.forecast is None:
            return _Progress.UNKNOWN, say("全年预计完成情况为空", "no forecast")
        if has_forecast and indicator.forecast is not None and indicator.target is not None:
            judged_forecast = _forecast_outcome(ctx)
            if judged_forecast is None:
                return _Progress.UNKNOWN, ""
            return judged_forecast
        return _Progress.NOT_APPLICABLE, ""
    if actual is None:
        reason = indicator.deviation_reason
        if (
            _stated(reason)
            and _is_satisfaction(indicator)
            and (
                _SURVEY_PENDING_RE.search(reason or "") is not None
                or _survey_month_later(reason, ctx.as_of)  # 拟于11月开展 (review30 H3)
            )
            and _LAG_WORDS_RE.search(reason or "") is None
        ):
            # 年底测评, 年终开展调查 in the reason of a 满意度 row: the survey is scheduled
            # later, no deviation (as the same words in the actual cell say,
            # _survey_pending); not a reason that states a lag (调查工作滞后，拟于年底前
            # 集中开展调查), nor a row of another kind: its plan expected a figure (regress38 W2)
            return _Progress.UNKNOWN, say(
                f"实际为空，偏差原因说明尚待测评（“{reason}”）",
                f"no actual; the reason schedules the measurement (“{reason}”)",
            )
        if _stated(reason):
            return _Progress.BEHIND, say(
                "实际为空且填写了偏差原因", "no actual, and a deviation is reported"
            )
        if (
            has_forecast
            and judged.actual is None  # not a forecast moved out of the actual (_as_forecast)
            and indicator.forecast is not None
            and indicator.target is not None
        ):
            # a plan and a forecast, no actual printed (上半年目标值 | 全年预计完成): the
            # forecast says the progress, as it does where no plan is printed
            judged_forecast = _forecast_outcome(ctx)
            if judged_forecast is not None:
                return judged_forecast
        return _Progress.UNKNOWN, ""
    if (
        isinstance(actual, Quantity)
        and actual.when is not None
        and not isinstance(planned, Quantity)
        and (dated := _count_dated(actual, ctx.year)) is not None
    ):
        # 2024年5月完成10个 against a plan of 完成: the date the work was done, as
        # 2024年5月完成 is read (r37k: the count carries its date, no date value)
        actual = dated
    if isinstance(actual, TextValue) and _LAG_ONLY_RE.fullmatch(_normal(actual.description)):
        # 进度滞后, 滞后于计划, 进度缓慢 as the actual: the row says it is behind (parse53 M1)
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”，进度落后于计划“{_text(planned)}”",
            f"actual “{_text(actual)}”: behind the plan “{_text(planned)}”",
        )
    if (regular := _regular_over_span(actual, planned, judged.target, ctx)) is not None:
        return regular  # 已按月开展 over 1-6月 against a plan of 6次 (r36t)
    if (
        _pace_only(actual)
        and isinstance(planned, (TextValue, StatusValue))
        and (
            _pace_only(planned)
            or _TIME_PROGRESS_PLAN_RE.fullmatch(_normal(_text(planned))) is not None
        )
    ):
        # 进展顺利, 正常推进 against a plan of pace words (按计划推进, 按序时推进): the row says
        # the work keeps to it; against a plan of a figure or a step the words prove
        # nothing (parse55 M1)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，进度符合计划“{_text(planned)}”",
            f"actual “{_text(actual)}”: keeps to the plan “{_text(planned)}”",
        )
    if _pace_only(actual) and _PLAN_NAMED_RE.search(_text(actual)) is not None:
        # 按计划推进, 与序时进度一致 against a plan of a figure or a step (750户, 完成招标):
        # the row says in words that it keeps to the plan or the time progress, as a
        # reviewer reads it; no figure is given (parse56 F13)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，未填写完成数，按所述符合计划“{_text(planned)}”",
            f"actual “{_text(actual)}”, no figure: said to keep to the plan “{_text(planned)}”",
        )
    if (
        isinstance(actual, (TextValue, QualitativeValue))
        and _survey_pending(indicator, indicator.target, actual, ctx.as_of)
        and (nothing_due := _nothing_due(planned, ctx)) is not None
    ):
        # 待12月调查, 计划年底开展, 尚未测评 on a 满意度 row against a plan not due yet
        # (12月开展, 年底开展): nothing was due, as 未开展 against it says (parse55 M9)
        return _Progress.ON_TRACK, nothing_due
    # A relative target (比2023年下降5%) is judged as the comparison its verdict reads
    # (下降5%), and the plan and the actual as changes against it (比2023年同期下降2.5%).
    target = judged.target
    if isinstance(target, (Comparison, Range)) and (excess := _overrun(actual, indicator, target)):
        # 超支8.6万元, 延期15天: an overrun, as the verdict reads it, never a figure to plan
        overrun = _judge_overrun(target, excess, ctx).attainment
        shown = excess.text.strip()
        if overrun is _Attainment.MET:
            return _Progress.ON_TRACK, say(
                f"实际{shown}，未超出计划{_text(planned)}", f"actual {shown}: within the plan"
            )
        if overrun is _Attainment.NOT_MET:
            return _Progress.BEHIND, say(
                f"实际{shown}，已超出上限，未按计划{_text(planned)}执行",
                f"actual {shown}: over the ceiling, not as planned",
            )
        return _Progress.UNKNOWN, ""  # 超支8.6万元 against 成本节约率≥5%: the verdict says why
    if (
        isinstance(actual, Quantity)
        and actual.unit in _TIME_UNITS
        and actual.label
        and actual.value > 0
        and _TIME_LAG_LABEL_RE.fullmatch(_normal(actual.label)) is not None
    ):
        # 较计划滞后约1个月, 比计划推迟10天: the work is behind by that time (parse55 M1)
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”，进度落后于计划“{_text(planned)}”",
            f"actual “{_text(actual)}”: behind the plan “{_text(planned)}”",
        )
    # bare shares as the verdict reads them (0.96 against a plan of 95%: 96%)
    planned_quantity = _measured(planned, target, indicator.name, ctx.year)
    # a plan and an actual of one cell text are often one object (准确 and 准确, the
    # parser's cache): _measured reads its arguments alone, so the same object gives the
    # same quantity (by identity, not ==: equal values may differ in their text; r38o)
    actual_quantity = (
        planned_quantity
        if actual is planned
        else _measured(actual, target, indicator.name, ctx.year)
    )
    if (
        actual_quantity is not None
        and isinstance(target, (Comparison, Range))
        and _saving_as_cost(actual_quantity, target, indicator.name)
    ):
        return _Progress.UNKNOWN, ""  # 较预算节约3.2万元 on a cost: the verdict says why
    if (
        isinstance(actual, Quantity)
        and isinstance(target, (Comparison, Range))
        and _per_figure_for_total(target, actual, indicator)
    ):
        return _Progress.UNKNOWN, ""  # 户均增收1200元 against a total: the verdict says why
    if _other_part_label(actual, indicator.name) is not None:
        return _Progress.UNKNOWN, ""  # 其中农民工1200人次: a part only, the verdict says why
    if (
        actual_quantity is None
        and isinstance(target, (Comparison, Range))
        and _says_none(actual)
        and not _none_is_no_share(target, indicator.name)
        and _none_of_another(actual, indicator.name) is None
        and _none_beside_work(actual, target, indicator.name) is None  # parse52 H1
        and re.search("超|突破", actual.text) is None
    ):
        # 无, 未发生 against 0起 with a plan of 0起: none is 0, as the verdict reads it
        actual_quantity = Quantity(Decimal(0), None, _Bound.EXACT, text=actual.text)
    zero_plan_note: str | None = None
    if (
        planned_quantity is None
        and actual_quantity is not None
        and isinstance(target, QualitativeTarget)
        and target.family == "zero"
        and _normal(_text(planned)) in _NONE_PLANNED
        and _GRADED_EVENTS_RE.search(target.word) is None  # 较大及以上: a lower grade may happen
    ):
        # 无 planned, 发生1起 done, against 无质量事故: a plan of none is 0 (k31i, parse56 F10)
        planned_quantity = Quantity(Decimal(0), None, _Bound.EXACT, text=planned.text)
        zero_plan_note = f"“{_text(planned)}”"
    if (
        isinstance(target, Comparison)
        and isinstance(actual, Quantity)
        and _persons_not_dealt_with(actual, target, indicator.name) is not None
    ):
        return _Progress.UNKNOWN, ""  # 1名干部被表彰 on 违纪违规人数: the verdict says why
    graded_note: str | None = None
    if (
        isinstance(target, (Comparison, Range))
        and isinstance(actual, Quantity)
        and actual.label  # (none without a label: its first tests, speedS5c)
        and isinstance(
            lesser := _zero_ceiling_other_count(actual, target, indicator.name), Quantity
        )
        and lesser.value == 0
    ):
        # 发生火灾1起（一般） on 较大及以上火灾事故: none of the row's grade, as the verdict reads
        # it (met), so no overrun of a plan of 0起 (regress106 W2)
        actual_quantity = lesser
        graded_note = say(
            f"无该等级事件（“{_text(actual)}”）", f"none of that grade (“{_text(actual)}”)"
        )
    if (
        actual_quantity is not None
        and isinstance(target, Comparison)  # (a ceiling or an exact cost, speedS3)
        and target.op in (_Op.LE, _Op.LT, _Op.EQ)
        and _total_for_unit_cost(target, actual_quantity, judged)
    ):
        # 91.2万元 against 人均≤800元: a total, as the verdict reads it, not the unit cost
        return _Progress.UNKNOWN, ""  # the verdict says why: 为总额…口径不同，无法比较
    plan_note: str | None = zero_plan_note
    if (
        actual_quantity is not None
        and planned_quantity is not None
        and planned_quantity.unit is None  # (a bare plan figure: its first test)
        and at_due is False
        and (as_share := _bare_plan_share(planned_quantity, judged, ctx.time_progress)) is not None
        and (share_of_task := _plan_share(as_share, actual_quantity, judged, ctx.time_progress))
        is not None
    ):
        # 75 (or 0.75) at September against ≥2000人次: the 序时 share without its sign, 75%
        # of the year's task (1500人次), not 75人次 (parse56 F12)
        planned_quantity = share_of_task
        shown_share = _shown_quantity(as_share, "%")
        plan_note = say(
            f"“{_text(planned)}”（视为全年任务的{shown_share}，即"
            f"{_shown_quantity(share_of_task, target_unit_of(judged))}）",
            f"“{_text(planned)}” (read as {shown_share} of the year's task,"
            f" {_shown_quantity(share_of_task, target_unit_of(judged))})",
        )
    if actual_quantity is not None and (planned_quantity is None or planned_quantity.unit == "%"):
        # 50%, 完成全年任务的50%, 序时进度 of ≥300次: a share of the year's task (150次)
        share = _plan_share(planned, actual_quantity, judged, ctx.time_progress)
        if share is not None:
            planned_quantity = share
        elif planned_quantity is None:
            # 达到序时进度 against 资金拨付率 52%: the time progress itself (parse55 M4)
            planned_quantity = _time_progress_rate(
                planned, actual_quantity, judged, ctx.time_progress
            )
    if (
        planned_quantity is None
        and actual_quantity is not None
        and isinstance(target, Descriptive)
        and target.recurring
        and (scheduled := _schedule_over_span(planned, actual_quantity, ctx)) is not None
    ):
        planned_quantity, plan_note = scheduled  # 按月发放 over 1-9月 against 已发放6个月
    if (
        actual_quantity is not None
        and planned_quantity is None
        and actual_quantity.value == 0
        and actual_quantity.bound is _Bound.EXACT
        and (nothing_due := _nothing_due(planned, ctx)) is not None
    ):
        # 0户, 0 against 第四季度实施, 下半年开展 to September: nothing was due yet, as
        # 未开展 against them says (parse56 F13)
        return _Progress.ON_TRACK, nothing_due
    if (
        actual_quantity is not None
        and planned_quantity is None
        and actual_quantity.value == 0
        and actual_quantity.bound is _Bound.EXACT
        and isinstance(planned, (TextValue, DateValue))
        and _counts_task(target, judged)  # (0 of a count to reach: never 0 of a ceiling)
        and ctx.as_of is not None
        and (due := _plan_due(planned, ctx)) is not None
        and due <= ctx.as_of
        and _status_of(planned) is not _Status.NOT_DONE
    ):
        # 0 against 6月开展 to September: the planned work's time has passed with none done,
        # as 未开展 against it is behind
        return _Progress.BEHIND, say(
            f"实际{_text(actual)}，计划“{_text(planned)}”的时间已过，未有完成量",
            f"actual {_text(actual)}: the time of the plan “{_text(planned)}” has passed,"
            " none done",
        )
    if (
        actual_quantity is None
        and at_due is False
        and planned_quantity is not None
        and planned_quantity.value > 0
        and isinstance(target, Comparison)
        and _counts_task(target, judged)
        and (early := _early_step(actual)) is not None
    ):
        # 招标中, 前期准备中 against a plan of 750户 by September: the work is before its
        # first delivery, none of the plan's figure is done (parse56 F13)
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”，尚处于{early}阶段，未有完成量，落后于计划{_text(planned)}",
            f"actual “{_text(actual)}”: still at {early}, nothing delivered; behind the plan"
            f" {_text(planned)}",
        )
    if (
        actual_quantity is not None
        and planned_quantity is not None
        and planned_quantity.unit not in (None, "%")
        and isinstance(target, Comparison)
        and _share_of_work(actual_quantity, target)
    ):
        # 完成50% of ≥200户 against a plan of 100户: half the work is 100户
        actual_quantity = _share_in_target_unit(actual_quantity, target)
    target_unit = getattr(target, "unit", None)
    if isinstance(target, (Comparison, Range)) and target.unit and "/" in target.unit:
        # 100元/人·月 planned, 90元/人·月 done, against ≥1200元/人·年: both in the target's
        # period, as the verdict reads the actual (regress93 G4); a rate's unit only
        if planned_quantity is not None:
            planned_quantity = _slashed_period_rate(target, planned_quantity) or planned_quantity
        if actual_quantity is not None:
            actual_quantity = _slashed_period_rate(target, actual_quantity) or actual_quantity
    averaged_note: str | None = graded_note
    if (
        planned_quantity is not None
        and actual_quantity is not None
        and actual_quantity.label  # (每月, 每季度 or none: its first test, speedS5c)
        and (scaled := _rate_over_span(actual_quantity, planned_quantity, target, ctx)) is not None
    ):
        actual_quantity, averaged_note = scaled  # 每月1次 over 1-9月 against a plan of 9次
    if (
        planned_quantity is not None
        and actual_quantity is not None
        and planned_quantity.label  # (每月, 每季度 or none: its first test, speedS5c)
        and (kept := _plan_over_span(planned_quantity, actual_quantity, target, ctx)) is not None
    ):
        planned_quantity, plan_note = kept  # a plan of 每月1次 over 1-6月 against 4次 done
    if (
        planned_quantity is not None
        and actual_quantity is not None
        and actual_quantity.unit  # (an average has a unit: average_apart's first test, speedS5c)
        and (averaged := _average_over_period(actual_quantity, planned_quantity, target, ctx))
        is not None
    ):
        if isinstance(averaged, str):
            return _Progress.UNKNOWN, averaged  # never the raw 4200 against 112.5万
        actual_quantity, averaged_note = averaged
    if (
        planned_quantity is not None
        and actual_quantity is not None
        # (a target of a bare direction or none: its first test, speedS5c)
        and isinstance(target, (QualitativeTarget, Descriptive))
        and (opposite := _opposite_change(planned_quantity, actual_quantity, target)) is not None
    ):
        actual_quantity, averaged_note, plan_note = opposite  # 上升2% against 下降5%
    changes = (
        planned_quantity is not None
        and actual_quantity is not None
        and actual_quantity.label in voc.CHANGE_WORDS  # (one of its tests, asked first, speedS5c)
        and changes_against_level(target, actual_quantity, indicator)
    )
    if changes and planned_quantity is not None and actual_quantity is not None:
        # 上升2% done, 下降5% planned, under 事故发生率 ≤3%: both signed, so a fall of 6 is
        # ahead of a planned fall of 5 and a rise behind it (r97fix)
        unit = actual_quantity.unit
        averaged_note = f"{actual_quantity.label}{_shown_quantity(actual_quantity, unit)}"
        plan_note = f"{planned_quantity.label}{_shown_quantity(planned_quantity, unit)}"
        actual_quantity = evolve(
            actual_quantity, value=actual_quantity.value * (_change_sign(actual_quantity) or 1)
        )
        planned_quantity = evolve(
            planned_quantity,
            value=planned_quantity.value * (_change_sign(planned_quantity) or 1),
        )
    if (
        planned_quantity is not None
        and planned_quantity.unit == "%"
        and isinstance(target, Comparison)
        and target.op in (_Op.GE, _Op.GT, _Op.EQ)
        and target.value > 0
        and (read := _rate_readings(actual, target, indicator.name, ctx.year)) is not None
    ):
        # 由80%提高至84% against a plan of 较上年提高3%: both readings, as the verdict (r103)
        return _readings_against_plan(*read, planned_quantity, say)
    if planned_quantity is not None and actual_quantity is not None:
        factors = _factors(
            planned_quantity.unit or target_unit, actual_quantity.unit or target_unit
        )
        if factors is not None:
            # Both are intervals (§2): 不足1200册 may lie below a plan of 1000 and 190余人
            # above a plan of 200, and a plan of 不足1200册 may lie below 800 done; none
            # of these decides, and the later rules apply.
            done = _interval(actual_quantity, factors[1])
            plan = _interval(planned_quantity, factors[0])
            lower = (
                (
                    isinstance(target, (Comparison, Range))
                    and (direction if direction is not None else direction_of(judged))
                    is _Direction.LOWER
                )
                or (
                    # 零脱管 with a plan of 0人: a zero is a ceiling, 1人 done is above the plan,
                    # not ahead of it (parse44 M1)
                    isinstance(target, QualitativeTarget) and target.family == "zero"
                )
                or _limit_time_plan(indicator, planned_quantity)
            )  # 24小时 on 抢通时限 (p45 H5)
            check = _against_plan(
                done,
                plan,
                lower=lower,
                condition=planned_quantity.bound in (_Bound.AT_LEAST, _Bound.AT_MOST),
            )
            word = say(
                "不超过" if lower and not changes else "达到",
                "within" if lower and not changes else "reaches",
            )
            shown_actual = averaged_note or _shown_quantity(actual_quantity, target_unit)
            shown_plan = plan_note or _shown_quantity(planned_quantity, target_unit)
            if check is _FastCheck.SATISFIED:
                return _Progress.ON_TRACK, say(
                    f"实际{shown_actual}{word}计划{shown_plan}",
                    f"actual {shown_actual} {word} the plan {shown_plan}",
                )
            if check is _FastCheck.VIOLATED:
                # above the plan of a ceiling (成本, 单价) is an overrun, not a lag
                return _Progress.BEHIND, say(
                    f"实际{shown_actual}{'超出' if lower and not changes else '落后于'}计划{shown_plan}",
                    f"actual {shown_actual} is {'above' if lower and not changes else 'behind'}"
                    f" the plan {shown_plan}",
                )
    if _normal(_text(planned)) == _normal(_text(actual)):
        return _Progress.ON_TRACK, say("实际与计划一致", "the actual matches the plan")
    if isinstance(planned, StatusValue) and (
        (
            isinstance(actual, StatusValue)
            and planned.status is actual.status
            and (
                _normal(planned.word) == _normal(actual.word)
                # 正在发放 against 发放中: the same status (track40 M5)
                or (
                    planned.status is _Status.IN_PROGRESS
                    and _status_stem(planned.word) == _status_stem(actual.word)
                )
            )
        )
        or (
            isinstance(actual, TextValue)
            and _normal(_text(actual)).startswith(_normal(planned.word) + "(")
        )
    ):
        # the plan's own status with a note: 施工中（预计10月底完工） (read as the status) or
        # 施工中（完成30%，滞后于计划） (read as text) against 施工中; behind when the note
        # tells a stoppage or a delay (施工中（已停工）, （预计2024年3月完工）)
        if (against := _note_against(_text(actual), judged.target)) is not None:
            return _Progress.BEHIND, say(
                f"实际“{_text(actual)}”注明“{against}”，进度落后于计划“{_text(planned)}”",
                f"the actual notes “{against}”: behind the plan “{_text(planned)}”",
            )
        if isinstance(actual, StatusValue):
            return _Progress.ON_TRACK, say(
                f"实际“{_text(actual)}”与计划“{_text(planned)}”进度状态相同",
                "the actual is at the plan's status",
            )
        if _caught_up(_normal(_text(actual)), judged.target):
            # 施工中（已追回滞后进度） read as text: the delay is over, at the plan's status
            return _Progress.ON_TRACK, say(
                f"实际“{_text(actual)}”注明滞后已消除，与计划“{_text(planned)}”进度状态相同",
                "the actual notes the delay is over: at the plan's status",
            )
    if (
        isinstance(planned, StatusValue)
        and isinstance(actual, TextValue)
        and _RECOVERY_ONLY_RE.fullmatch(_normal(_text(actual))) is not None
    ):
        # 滞后已追回 alone against 施工中: the delay is over, nothing else is said against it
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”注明滞后已消除，进度符合计划“{_text(planned)}”",
            "the actual notes the delay is over: on the plan",
        )
    if (
        isinstance(planned, QualitativeValue)
        and isinstance(actual, QualitativeValue)
        and not planned.negated
        and not actual.negated
        and (plan_rank := _rank(planned.word)) is not None
        and (done_rank := _rank(actual.word)) is not None
    ):
        # Grades are ordered (优 > 良 > 中 > 差): 良好 done against a plan of 合格 is
        # ahead, 合格 against 良好 behind, though 合格 is a conformity word too.
        if done_rank >= plan_rank:
            return _Progress.ON_TRACK, say(
                f"实际“{_text(actual)}”不低于计划“{_text(planned)}”",
                "the actual grade reaches the plan's",
            )
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”低于计划“{_text(planned)}”",
            "the actual grade is below the plan's",
        )
    if (
        isinstance(planned, QualitativeValue)
        and isinstance(actual, QualitativeValue)
        and planned.family == actual.family
        and not actual.negated
        and not actual.partial
    ):
        return _Progress.ON_TRACK, say("实际与计划属同一结果", "the actual matches the plan")
    if (degreed := _degree_against_plan(planned, actual, ctx)) is not None:
        return degreed  # 较满意 against a plan of 满意: below the plan's word (parse56 F17)
    if (
        isinstance(actual, DateValue)
        and actual.year is not None
        and actual.date is not None
        and actual.start is not None
        and _after_period(actual.start, actual.status, ctx)
    ):
        # 2024年10月15日完成 in a table as of 08-31: not done yet, whatever its status word
        if _status_of(planned) is _Status.DONE:
            return _Progress.BEHIND, say(
                f"跟踪期内未达到计划“{_text(planned)}”",
                "the plan is not reached within the period",
            )
        return _Progress.UNKNOWN, ""
    if isinstance(planned, Quantity) and work_held_only(actual, judged.target):
        # 已开展 against a plan of 1500人次: the work took place, how much is not said
        return _Progress.UNKNOWN, say(
            f"实际“{_text(actual)}”未给出完成数量，无法与计划{_text(planned)}比较",
            f"actual “{_text(actual)}” gives no count to hold against the plan {_text(planned)}",
        )
    if _status_of(actual) is _Status.DONE and not isinstance(actual, Quantity):
        # 已完成, 全部完成: the work said done; 完成1公里, 已拨付30万元 is a figure done,
        # compared above or unknown, never the whole work (parse55 H2)
        return _Progress.ON_TRACK, say("实际已完成", "the actual is done")
    if (
        at_due is False
        and isinstance(target, Comparison)
        and isinstance(planned, Quantity)
        and planned.value == target.value
        and planned.unit in (None, (target.unit or "").partition("/")[0])
        and _period_round_done(target, actual)
    ):
        # 春季免疫已完成 against 每半年1次 with a plan of 1次 (one period's count): the
        # round planned is done (regress40 W6)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，计划{_text(planned)}已完成",
            f"actual “{_text(actual)}”: the planned {_text(planned)} is done",
        )
    if (step := _step_reached(planned, actual)) is not None:
        # 已完成复审，待终审 against 完成初审: the plan's step is done, the next ahead
        return _Progress.ON_TRACK, say(
            f"实际已完成“{step}”，达到计划“{_text(planned)}”",
            f"the actual has “{step}” done: the plan “{_text(planned)}” is reached",
        )
    if _plan_step_done(planned, actual):
        # 已完成设备安装 against 完成设备安装: the plan's own step said done (parse51)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，已达到计划“{_text(planned)}”",
            f"actual “{_text(actual)}”: the plan “{_text(planned)}” is reached",
        )
    if (step_done := _scheduled_step_done(planned, actual, ctx)) is not None:
        # 已提交验收申请 against 9月前提交验收申请: the period's step done, whatever the
        # year's deadline still asks (k31c)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，计划“{_text(planned)}”所列“{step_done}”已完成",
            f"actual “{_text(actual)}”: the planned step “{step_done}” is done",
        )
    if (step_first := _done_then_more(planned, actual, ctx)) is not None:
        # 已建立，正在完善 against a plan of 建立: the plan's own work done, a later one
        # under way (parse56 F13)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，已达到计划“{_text(planned)}”（“{step_first}”）",
            f"actual “{_text(actual)}”: the plan “{_text(planned)}” is reached (“{step_first}”)",
        )
    if _step_started(planned, actual):
        # 已发布招标公告 against 启动招标: the step the plan starts is under way (track40 M5)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，已达到计划“{_text(planned)}”",
            f"actual “{_text(actual)}”: the plan “{_text(planned)}” is reached",
        )
    if (
        isinstance(planned, StatusValue)
        and planned.status is _Status.IN_PROGRESS
        and _status_of(actual) is _Status.PARTIAL
        and (stem := _status_stem(planned.word))
        and stem in _normal(_text(actual))
        and _note_against(_text(actual), judged.target) is None
    ):
        # 已发放80% against 发放中: a plan itself under way is reached by a part done of
        # its own work (track40 H4)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，符合计划“{_text(planned)}”的进度状态",
            f"actual “{_text(actual)}”: at the plan's status “{_text(planned)}”",
        )
    if (work := _finished_step_under_way(planned, actual)) is not None:
        # 招标中 against 完成招标, 主体施工中 against 主体完工: the step the plan finishes is
        # still under way (score54 M1), a stoppage noted or not; a completion foreseen
        # after the due date says so in its own words (k27b)
        if (late := _forecast_past_due(ctx, judged.target)) is not None:
            return _Progress.BEHIND, late
        against = _note_against(_text(actual), judged.target)
        noted = say(f"注明“{against}”", f" notes “{against}”,") if against else ""
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”{noted}，“{work}”尚未完成，落后于计划“{_text(planned)}”",
            f"actual “{_text(actual)}”{noted} “{work}” still under way: behind the plan",
        )
    if _plan_bare_done(planned) and _status_of(actual) is _Status.IN_PROGRESS:
        # 进行中, 测试中 against a plan of 完成: the row's own work, planned done by the
        # period's end, still under way (r35f; it was "不明")
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”，尚未完成，落后于计划“{_text(planned)}”",
            f"actual “{_text(actual)}” still under way: behind the plan “{_text(planned)}”",
        )
    if plan_not_echoed(_text(planned), _text(actual), indicator.name):
        # 未拆除 against 不拆除: the plan's own 不 said of the past (parse42 H2)
        return _Progress.ON_TRACK, say(
            f"实际“{_text(actual)}”，符合计划“{_text(planned)}”",
            f"actual “{_text(actual)}” keeps to the plan “{_text(planned)}”",
        )
    plan_negated = isinstance(planned, QualitativeValue) and planned.negated
    plan_partial = _status_of(planned) is _Status.PARTIAL or (
        isinstance(planned, QualitativeValue) and planned.partial
    )
    # A partial actual (基本健全, 基本完成) falls short of a plan that is not partial itself.
    actual_partial = _status_of(actual) is _Status.PARTIAL or (
        isinstance(actual, QualitativeValue) and actual.partial
    )
    # Mid-year, a plan of a count (600户 of ≥1200户) says nothing a partial status can
    # fall short of: 基本完成, 已竣工，待验收 may be ahead of it (§4 rule 4).
    plan_counted = (
        at_due is False
        and isinstance(planned, Quantity)
        and planned.status is None
        and _counted_target(indicator.target)
        and planned.unit == getattr(indicator.target, "unit", None)
    )
    # 未发生较大事故，发生一般事故1起 against 不发生较大及以上事故: the value language reads
    # the clause of none as a status (未…, not done), but the grade ruled out did not
    # happen and the verdict is met (g23d): no lag (regress47 W2)
    lower_grade_only = (
        isinstance(target, (Descriptive, QualitativeTarget))
        and _lower_grade_counted(target, actual, indicator.name) is not None
    )
    actual_bad = (
        (_status_of(actual) is _Status.NOT_DONE and not lower_grade_only)
        or (actual_partial and not plan_partial and not plan_counted)
        or (
            isinstance(actual, QualitativeValue)
            and (
                actual.negated
                or (
                    isinstance(planned, QualitativeValue)
                    and _opposite(planned.family, actual, ctx.policy)
                )
            )
        )
    )
    if (
        actual_bad
        and (_status_of(actual) is _Status.NOT_DONE or actual_partial)
        and (nothing_due := _nothing_due(planned, ctx)) is not None
    ):
        # 未开展 against 下半年开展 in a table to June, a plan of 0: nothing was due yet
        return _Progress.ON_TRACK, nothing_due
    if actual_bad and not plan_negated and _status_of(planned) is not _Status.NOT_DONE:
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”未达到计划“{_text(planned)}”",
            f"actual “{_text(actual)}” falls short of the plan",
        )
    if _stated(indicator.deviation_reason):
        return _Progress.BEHIND, say("表中填写了偏差原因", "the table reports a deviation")
    return _Progress.UNKNOWN, ""
