"""The entry point: ``score(table, policy=None)``."""

from __future__ import annotations

import os  # noqa: TC003 - get_type_hints resolves score's annotation (docs/api.md)
import re
from decimal import MAX_EMAX, MIN_EMIN, Decimal, localcontext
from typing import TYPE_CHECKING, Final

from attrs import evolve

from perftrack.expressions import (
    Comparison,
    Deadline,
    Op,
    PeriodTarget,
    Quantity,
    Range,
    StatusValue,
    TextValue,
)
from perftrack.model import Indicator, Severity, Table, TableKind, Where, is_school_term
from perftrack.policy import Policy, as_policy, default_policy
from perftrack.scoring._attainment import (
    _PERIODS_A_YEAR,
    _as_forecast,
    _as_judged,
    _attainment,
    _base_unit_read,
    _dated_after_period,
    _done_late,
    _lag_read,
    _lands_near,
    _schedule_period,
    _shown_quantity,
    _shown_target,
    _with_base_unit,
    averaged_total,
    count_after_period,
)
from perftrack.scoring._budget import (
    _analyse_budget,
    _as_of,
    _check_printed_time_progress,
    _check_project_name,
    _execution_rows,
    _say_executed_to_period_end,
    _say_quarters_to_date,
    _time_progress,
    quarters_to_date,
    window_after_january,
)
from perftrack.scoring._card import (
    Progress,
    Scorecard,
    Verdict,
    _Attainment,
    _Progress,
)
from perftrack.scoring._comments import (
    cleared_read,
    comment_read,
    discount_read,
    graded_zero_read,
    none_left_rate_read,
    per_unit_after_count_read,
    period_and_year_read,
    reason_stripped_read,
    stated_share_clash,
    unfinished_clause,
    whole_year_read,
)
from perftrack.scoring._common import (
    _better_than,
    _class_size,
    _Context,
    _factors,
    _Outcome,
    _per_unit,
    _period_count_over_year,
    _place_floor,
    _project_year_end,
    _Scoring,
    _slots_of_day,
    _text,
    _through_december,
    direction_of,
    show,
)
from perftrack.scoring._counts import _counted_actual, _scheduled_count
from perftrack.scoring._findings import (
    _core_findings,
    _indicator_findings,
    _judgement_findings,
    _no_number_actuals,
    _slip_verdicts,
    _swapped_rows,
    _target_review,
    _target_table_review,
)
from perftrack.scoring._points import _points, shares_as_points
from perftrack.scoring._progress import (
    _final_progress,
    _forecast_misses,
    _paced_target,
    _share_target,
    states_conversion,
    states_forecast,
)
from perftrack.scoring._reasons import _reason_figure
from perftrack.scoring._serials import serial_dates

if TYPE_CHECKING:
    import datetime as dt

# ---------------------------------------------------------------------------
# The entry point


# A pending verdict's clause: the time left before the year's end.
_TIME_LEFT: Final = "，距年底尚有时间"


def _say_window_after_january(state: _Scoring) -> None:
    """``period-not-cumulative``: a window from July (2025年7-9月) is no year to date (track40 H5)."""
    window = window_after_january(state.table)
    if window is None:
        return
    start, end = window.start.month, window.end.month
    months = (  # 2025年7-9月; 2024年7月-2025年6月, into the next year (r35q)
        f"{window.start.year}年{start}-{end}月"
        if window.end.year == window.start.year
        else f"{window.start.year}年{start}月-{window.end.year}年{end}月"
    )
    # a date the user gave (--as-of, a policy's as_of) is not used either: said, not
    # dropped silently (sweep25 U3)
    given = state.policy.as_of
    unused = (
        ("", "")
        if given is None
        else (
            f"，评价日期{given.isoformat()}（--as-of 或策略的 as_of）未用于判断",
            f"; the as-of date {given.isoformat()} (--as-of or the policy's as_of) is not used",
        )
    )
    state.add(
        "period-not-cumulative",
        Severity.INFO,
        f"跟踪时段{months}不从1月起，所填为该时段数据而非年初至今累计数，"
        f"不按序时进度评价，累计及年度指标的进度无法判断{unused[0]}",
        f"the period {window.start.year}-{start:02d}..{end:02d} does not start in January: its "
        "figures are the window's, not the year's to date; time progress and cumulative targets "
        f"are not judged{unused[1]}",
        state.where_table("period"),  # the 跟踪时段 line's cell, when read from cells
    )


def _say_period_missing(state: _Scoring) -> None:
    """``period-missing``: a tracking table scored with no period (read56 H7).

    Without a period (none printed, or none the reader could take) every verdict that
    needs a date is unknown, and the time progress too unless ``--as-of`` gives a date:
    said once, rather than silently, on a table with indicators or budget lines. A
    period line that was printed but not read has ``period-unread`` already.
    """
    table = state.table
    if (
        table.kind is not TableKind.TRACKING
        or table.period is not None
        or not (table.indicators or table.budget)  # nothing to judge at a date
        or any(finding.id in ("period-unread", "period-missing") for finding in table.findings)
    ):
        return  # the reader's period-missing: months read without a year (r35m)
    state.add(
        "period-missing",
        Severity.WARNING,
        "未读到跟踪时段（起止年月），需按日期判断的指标无法判断，"
        "未指定评价日期（--as-of）时序时进度也无法计算；请在表中注明跟踪时段",
        "no period was read (its first and last months): verdicts that need a date are "
        "unknown, and without --as-of so is the time progress; print the period",
        Where(file=table.source.file, sheet=table.source.sheet),
    )


def score(table: Table, *, policy: Policy | str | os.PathLike[str] | None = None) -> Scorecard:
    """Decide every indicator of *table*, analyse its budget, and list the findings.

    Example:
        >>> import perftrack
        >>> table = perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1]
        >>> card = perftrack.score(table)
        >>> card.verdicts[0].explanation
        '实际1.00个，未达年度指标=5.00个，距年底尚有时间'

    *policy* is a :class:`~perftrack.Policy`, or what ``--policy`` takes: a preset's
    name (``"central"``, ``"hubei"``) or a policy file's path (text or
    ``pathlib.Path``), loaded by :meth:`~perftrack.Policy.load` with its errors;
    None is the central preset.

        >>> perftrack.score(table, policy="hubei").policy == perftrack.Policy.hubei()
        True
        >>> try:
        ...     perftrack.score(table, policy="Hubei")
        ... except perftrack.PolicyError as exc:
        ...     print(exc)
        policy 'Hubei'：不是预设（central、hubei），也没有这个文件（是否想写 'hubei'？）
    """
    given: object = table  # checked at run time (notebooks)
    if not isinstance(given, Table):
        msg = f"score takes a Table (from perftrack.read), not {type(given).__name__}"
        raise TypeError(msg)
    # "hubei", "perftrack.toml", Path(…): read as --policy reads them (policy35 L1)
    policy = as_policy(policy) or default_policy()
    # A figure of a million digits (a pasted column of 9s) overflowed the default
    # context's exponent in the first product (decimal.Overflow escaped); the
    # widest exponents change no result of a figure the default context can hold.
    with localcontext(Emax=MAX_EMAX, Emin=MIN_EMIN):
        return _score(table, policy)


def _score(table: Table, policy: Policy) -> Scorecard:
    """:func:`score` with its arguments checked, in a context wide enough for any figure."""
    # 45657 in a 时效 row: the date 2024-12-31 Excel shows unformatted (fuzz30 M5)
    dated, serials = serial_dates(table)
    # 权重 0.3/0.2/0.3/0.1 beside 得分 in points: shares of 100 (policy35 H1)
    whole = shares_as_points(dated)
    if whole is not None:
        dated = whole
    state = _Scoring(dated, policy)
    if whole is not None:
        state.add(
            "weights-as-shares",
            Severity.INFO,
            "各项分值（权重）按份额填列，合计为1，按100分制计（各乘以100）",
            "the weights are printed as shares adding up to 1: read as shares of 100 (×100)",
            Where(file=dated.source.file, sheet=dated.source.sheet),
        )
    _say_serials(state, serials)
    # a target table is written before the year: no 跟踪时点, no date to judge at and no
    # time progress (domain.md §1 gives both to tracking tables; r34j)
    target_table = dated.kind is TableKind.TARGET
    as_of, as_of_source = (None, None) if target_table else _as_of(dated, policy)
    state.as_of = as_of
    if as_of is not None and as_of_source == "policy":
        # --as-of inside the period: quarter columns summed to that date (r37o)
        dated, to_date = quarters_to_date(dated, as_of)
        state.table = dated
        _say_quarters_to_date(state, to_date)
        _say_executed_to_period_end(state, to_date)
    _say_window_after_january(state)
    _say_period_missing(state)
    year = state.year
    time_progress = None if target_table else _time_progress(dated, as_of, year, as_of_source)
    if not target_table:
        _check_printed_time_progress(state, as_of_source)
    _check_project_name(state)
    has_forecast = any(indicator.forecast is not None for indicator in dated.indicators)
    swapped = state.swapped = set(_swapped_rows(dated)[0])
    whole_year = _through_december(dated)  # a note 10月起 counts October to December
    project_end = None if target_table else _project_year_end(dated)
    verdicts: list[Verdict] = []
    for index, printed in enumerate(dated.indicators):
        # (each reading below leaves a row alone whose cells it cannot read: they are
        # asked only of the rows they may change, speedS3, speedS5c)
        indicator = printed
        if isinstance(indicator.target, (Comparison, Range)) and indicator.target.unit == "折":
            # 72折 against ≤7.5折: 7.2折; 八折: 8折 (parse48 H1)
            indicator = discount_read(indicator)
        # 2期120人次, 完成改造18座，2座在建: the count in the target's unit (_counts)
        indicator = _counted_actual(indicator, dated)
        if isinstance(indicator.actual, StatusValue) and indicator.actual.text:
            # 未完成，原因是资金未到位: the status, the reason a misplaced one (r34f)
            indicator = reason_stripped_read(indicator)
        if isinstance(indicator.actual, TextValue):
            # 6800人次，较计划略有滞后: the figure, the clause its note (tr32 H2)
            indicator = comment_read(indicator)
        if isinstance(indicator.actual, TextValue) or (
            # a figure with neither a note nor a label: neither reading's (their first tests)
            isinstance(indicator.actual, Quantity)
            and (indicator.actual.note is not None or indicator.actual.label)
        ):
            # 发生一般森林火灾2起，未发生重大火灾 on 重大森林火灾: no 重大 fire (p40 M4)
            indicator = graded_zero_read(indicator)
            # 已消除 against 动态清零 or 0个: none left (p41 M5)
            indicator = cleared_read(indicator)
        if isinstance(indicator.actual, TextValue):
            # 每季度1次，全年共4次: the year's count, the clauses agreeing (p40 M2)
            indicator = period_and_year_read(indicator)
            # 全市1,126个书屋每屋2,100元 against ≤2000元/个: the figure per unit (p48 H6)
            indicator = per_unit_after_count_read(indicator)
            # 全年 against 365天 or 12个月: the year's duration (parse54 M14)
            indicator = whole_year_read(indicator, whole_year=whole_year)
            # 无结转结余 on 结转结余率: 0%, as 无 is (parse55 M10)
            indicator = none_left_rate_read(indicator)
        clash = (  # 1600人次（完成全年任务的90%） against ≥2000人次: 80%, the count decides
            stated_share_clash(indicator)
            if isinstance(indicator.actual, Quantity)
            and indicator.actual.note is not None
            and "%" in indicator.actual.note
            else None
        )
        # 不低于序时进度: the comparison with the scorecard's time progress it names
        lagged = _lag_read(indicator)  # 调整后3日公示: ≤3日
        if isinstance(lagged.target, Comparison) and lagged.target.label:
            # =优于 and ≥第3名 (a label ending 优于, 第: the first tests of both, speedS5c)
            lagged = _place_floor(_better_than(lagged))
        # 人均培训成本≤800元 against 760元/人: one unit
        per = _per_unit(lagged, year, whole_year=whole_year)
        based: Quantity | None = None
        if isinstance(per.target, (Comparison, Range)) and isinstance(per.actual, Quantity):
            if per.actual.label:  # (each of the three asks a label first, speedS5c)
                # 早晚各播出1次 against 每天≥2次: 2次 a day (p49 H2)
                per = _period_count_over_year(_slots_of_day(_class_size(per)), dated)
            based = _base_unit_read(per)  # 4980000 against ≤500万元: 4980000元
        if based is not None:
            state.based[index] = based
            if not _lands_near(per.target, based):
                state.agreed.add(index)
            per = _with_base_unit(per, based)
        state.read.append(per)
        paced = _paced_target(per, time_progress)
        if paced is not per:
            state.paced.add(index)
        # ≥0.9 on a 合格率 with 85%: the share 90% it means
        shared = _share_target(paced)
        if isinstance(shared.target, (Comparison, Range)) and shared is not paced:
            state.shares[index] = shared.target
            paced = shared
        # 完成 against ≥4.6万人, the reason stating 实际领取待遇4.52万人: that figure
        in_reason = _reason_figure(paced, year)
        if in_reason is not None:
            state.from_reason[index] = in_reason
            if in_reason.figure is not None:
                paced = evolve(paced, actual=in_reason.figure)
        ctx = _Context(
            paced, index, dated, policy, as_of, year, state.say, time_progress=time_progress
        )
        # the indicator as its verdict judges it (a relative target as its comparison),
        # once, for the progress, the direction and the points
        judged = _as_judged(paced, policy, year)
        state.judged.append(judged)
        outcome = _attainment(ctx)
        if (
            outcome.attainment is _Attainment.MET
            and isinstance(paced.actual, Quantity)
            and (unfinished := unfinished_clause(printed)) is not None
            and (paced.actual.value, paced.actual.unit) == (unfinished[2].value, unfinished[2].unit)
        ):
            # 95%，剩余部分正在推进: the figure reaches the target, the clause says part
            # is not done; the cell says two things, the verdict unknown (r34f). A figure
            # judged after the part left was taken off (32个，其中2个未完工: 30个) stands.
            lead, tail, _ = unfinished
            outcome = _Outcome(
                _Attainment.UNKNOWN,
                state.say(
                    f"实际填写“{lead}”，但注明“{tail}”，仍有部分未完成，无法认定达成年度指标",
                    f"the actual says “{lead}” but notes “{tail}”: part is unfinished, "
                    "the target cannot be taken as met",
                ),
            )
        if (
            outcome.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL)
            and (total := averaged_total(ctx)) is not None
        ):
            state.averaged[index] = total  # 日均60次 as 21900次: the points score it too
        if outcome.undated:
            state.undated.add(index)
        if outcome.by_date:
            state.timed.add(index)
        # an actual that is a forecast (预计新增2.15万亩) is judged as the forecast column is
        ahead, forecasts = _as_forecast(ctx, has_forecast)
        direction = direction_of(judged)  # once: the progress and the verdict read it
        progress, why = _final_progress(ahead, forecasts, judged, outcome.attainment, direction)
        if (
            progress is _Progress.NOT_APPLICABLE
            and outcome.attainment is _Attainment.PENDING
            and isinstance(paced.actual, Quantity)
            and (scheduled := _scheduled_count(paced, dated) or _count_due_by_now(paced, dated))
            is not None
        ):
            # 每季度1次 by August: three quarters begun, 3次 asked so far
            progress, why = _on_schedule(paced.actual, *scheduled, state)
        if isinstance(judged.target, (Deadline, PeriodTarget)):
            late = _done_late(judged, outcome.attainment, ctx)
            if late is not None:
                state.late[index] = late
                if progress is not _Progress.NOT_APPLICABLE:
                    # done, after the due date: the target missed, the deadline kept
                    # by none of it: behind, never 正常 beside 未达成 (review30 M3)
                    progress = _Progress.BEHIND
                    why = state.say("已逾期完成，未按期完成", "done late, not on time")
            future = _dated_after_period(judged, ctx)
            if future is not None:
                state.after_period[index] = future
        elif (
            isinstance(paced.actual, Quantity)
            and paced.actual.when is not None
            and (counted_later := count_after_period(paced, ctx)) is not None
        ):
            state.after_period[index] = counted_later  # 2024年4月完成10个 as of 03-31 (r37v)
        if (
            index in state.paced
            and outcome.attainment is _Attainment.PENDING
            and isinstance(paced.actual, Quantity)
        ):
            # 不低于序时进度 asks to keep up now: 70% against 75% is behind today,
            # whatever the year's forecast (pending: the year is not over)
            outcome = _Outcome(
                outcome.attainment,
                outcome.why.removesuffix("，距年底尚有时间").removesuffix("; there is still time"),
            )
            if progress is not _Progress.BEHIND:  # a plan's reason (落后于计划50%) stands
                progress = _Progress.BEHIND
                why = state.say("低于序时进度，进度落后", "below the time progress: behind")
        miss = (  # (a row without a forecast foresees no miss: its first test)
            _forecast_misses(ahead, outcome.attainment, progress)
            if ahead.indicator.forecast is not None
            else None
        )
        if index in swapped and progress is not _Progress.NOT_APPLICABLE:
            # 1.1万元 | ≤2.2万元 | 全年预计2.1万元: the "target" is the figure reached,
            # and no forecast or plan can be held against it
            miss = None
            progress = _Progress.UNKNOWN
            why = state.say(
                "年度指标值与实际完成值疑似填反，进度无法判断",
                "the target and actual columns look swapped: no progress can be judged",
            )
        if miss is not None:
            state.forecast_misses[index] = miss
            why, progress_shown = miss, False
        else:
            # on track with an average converted over the period: the conversion said
            # as it is behind (regress79 M1); on track by the 全年预计 column: the
            # forecast said as it is behind (r36e), not an actual read as a forecast
            # (预计新增2.15万亩), which the verdict quotes already
            progress_shown = (
                progress is _Progress.ON_TRACK
                and not states_conversion(why)
                and not (indicator.forecast is not None and states_forecast(why))
            )
        explanation = (
            outcome.why
            if not why or progress_shown
            else f"{outcome.why}{state.say('；', '; ')}{_actual_said_once(outcome.why, why)}"
        )
        if index in state.shares:
            shown_share = _shown_target(state.shares[index]).removeprefix("=")
            explanation = (
                state.say(
                    f"年度指标“{_text(indicator.target)}”按比例计为{shown_share}；",
                    f"the target “{_text(indicator.target)}” is the share {shown_share}; ",
                )
                + explanation
            )
        if clash is not None and isinstance(indicator.actual, Quantity):
            figure = _shown_quantity(indicator.actual, indicator.actual.unit)
            goal = (
                f"{format(indicator.target.value, 'f')}{indicator.target.unit or ''}"
                if isinstance(indicator.target, Comparison)
                else ""
            )  # ≥2000人次: 2000人次, the whole the share is of
            explanation = (
                state.say(
                    f"实际完成值所填“{clash[0]}”与{figure}为年度指标{goal}的"
                    f"{format(clash[1], 'f')}%不符，按{figure}判断；",
                    f"the actual's “{clash[0]}” contradicts {figure}, {format(clash[1], 'f')}%"
                    f" of the target {goal}: judged by {figure}; ",
                )
                + explanation
            )
        if in_reason is not None and in_reason.figure is not None:
            explanation = (
                state.say(
                    f"实际完成值填写“{in_reason.word}”，按偏差原因中的“{in_reason.found[0]}”判断：",
                    f"the actual says “{in_reason.word}”; judged by “{in_reason.found[0]}” "
                    "in the deviation reason: ",
                )
                + explanation
            )
        if based is not None and isinstance(per.target, (Comparison, Range)):
            unit, goal = per.target.unit or "", _shown_target(per.target)
            factors = _factors(unit, based.unit) or (Decimal(1), Decimal(1))
            in_unit = based.value * factors[1] / factors[0]
            read = format(in_unit.normalize(), "f")
            figure = f"{format(based.value, 'f')}{based.unit}"
            head = f"实际完成值“{based.text.strip()}”按{unit}计为年度指标{goal}的上千倍，"
            if index in state.agreed:
                # 520000 against ≥5万人: 52万人, met as 520000万人 would be
                note = state.say(
                    f"{head}疑为以基本单位（{based.unit}）填报，按{figure}（{read}{unit}）计，"
                    "两种读法结论相同；",
                    f"the actual “{based.text.strip()}” in {unit} is over a thousand times the"
                    f" target {goal}; read as {figure} ({read}{unit}) the verdict is the same; ",
                )
            elif (based.unit or "").startswith("万"):
                note = state.say(
                    f"{head}疑为以{based.unit}填报，按{figure}（{read}{unit}）计；",
                    f"the actual “{based.text.strip()}” in {unit} is over a thousand times the"
                    f" target {goal}: read in {based.unit}, {figure} ({read}{unit}); ",
                )
            else:
                note = state.say(
                    f"{head}疑为以基本单位（{based.unit}）填报，按{figure}（{read}{unit}）计；",
                    f"the actual “{based.text.strip()}” in {unit} is over a thousand times the"
                    f" target {goal}: read in the base unit, {figure} ({read}{unit}); ",
                )
            explanation = note + explanation
        if index in state.paced and time_progress is not None:
            share = (
                f"的{format(indicator.target.value.normalize(), 'f')}%"
                if isinstance(indicator.target, Comparison)
                else ""
            )  # ≥序时进度的90%: 90% of it (r97fix)
            explanation = (
                state.say(
                    f"年度指标“{_text(indicator.target)}”按序时进度{show(time_progress)}%{share}计；",
                    f"the target “{_text(indicator.target)}” is{' a share of' if share else ''}"
                    f" the time progress {show(time_progress)}%; ",
                )
                + explanation
            )
        if project_end is not None and _TIME_LEFT in explanation:
            # 2024年7月-2025年6月: the year whose end is left is the project year's (r36c);
            # a forecast's clause may follow (…尚有时间；全年预计1000人…)
            # a school term's end is the term's (r37c)
            whose = "学期末" if is_school_term(dated.period) else "项目年度末"
            explanation = explanation.replace(_TIME_LEFT, f"，距{whose}（{project_end}）尚有时间")
        verdicts.append(
            Verdict(
                index,
                indicator.name,
                outcome.attainment,
                progress,
                explanation,
                direction,
                ctx.due,
            )
        )
    _slip_verdicts(state, verdicts)
    analyses = _analyse_budget(state, time_progress)
    _execution_rows(state, verdicts, time_progress)
    _indicator_findings(state, verdicts)
    _core_findings(state, verdicts)
    _target_review(state)
    _target_table_review(state)
    _judgement_findings(state, verdicts, time_progress)
    points = _points(state, verdicts)
    _no_number_actuals(state, verdicts)  # after the points' own (r38h 2)
    return Scorecard(
        table=table,
        policy=policy,
        as_of=as_of,
        as_of_source=as_of_source,
        time_progress=time_progress,
        verdicts=tuple(verdicts),
        budget=tuple(analyses),
        findings=(*table.findings, *state.findings),
        points=points,
    )


# a progress explanation's opening clause on a quoted actual, ``实际“施工中”，`` (a figure is
# left alone: ``实际0`` is no clause of ``实际0人次``'s)
_ACTUAL_CLAUSE: Final = re.compile(r"实际“[^”]*”，")


def _actual_said_once(verdict: str, progress: str) -> str:
    """*progress* without its opening actual clause when *verdict* says it already (r37r H).

    The verdict and the progress each name the actual; said twice in one explanation
    it reads as a stutter. The progress's ``实际“施工中”，`` is dropped when the verdict
    quotes ``实际“施工中”`` anywhere:

        >>> _actual_said_once(
        ...     "实际“施工中”，截止日期2024-10-31未到", "实际“施工中”，尚未完成，落后于计划“完成”"
        ... )
        '尚未完成，落后于计划“完成”'
        >>> _actual_said_once("截止日期2024-10-31已到，实际“施工中”", "实际“施工中”，尚未完成")
        '尚未完成'
        >>> _actual_said_once("实际5个，未达年度指标≥12个", "实际5个落后于计划9个")
        '实际5个落后于计划9个'
        >>> _actual_said_once("实际“招标中”，截止日期未到", "实际“施工中”，尚未完成")
        '实际“施工中”，尚未完成'
    """
    said = _ACTUAL_CLAUSE.match(progress)
    if said is None or len(progress) == said.end() or said.group()[:-1] not in verdict:
        return progress
    return progress[said.end() :]


def _say_serials(
    state: _Scoring, serials: list[tuple[int, str, list[tuple[str, str, dt.date]]]]
) -> None:
    """``excel-date-serial``: a 时效 row's five-digit numbers read as the dates they are."""
    for index, column, said in serials:
        name = state.table.indicators[index].name
        labels = "、".join(label for label, _, _ in said)
        zh_dates = "，".join(f"{text} 即 {date.isoformat()}" for _, text, date in said)
        en_dates = ", ".join(f"{text} is {date.isoformat()}" for _, text, date in said)
        state.add(
            "excel-date-serial",
            Severity.WARNING,
            f"“{name}”{labels}疑似 Excel 日期序列号（{zh_dates}），已按日期判断，请改填日期",
            f"“{name}”: the {len(said)} value(s) look like Excel date serials ({en_dates}),"
            " judged as those dates: write the dates",
            state.where_indicator(index, column),
        )


def _count_due_by_now(indicator: Indicator, table: Table) -> tuple[Decimal, str] | None:
    """What a per-period count target asks by the end of the table's period (p18 H1).

    ``每季度至少1次`` with a plain ``2次`` in a 1-6月 table: two quarters ended, 2次
    asked so far. Only a table of a period from January within one year, a target
    counting per quarter, month or half-year, and a count that is the running total.
    """
    target, actual, period = indicator.target, indicator.actual, table.period
    if (
        period is None
        or period.start.year != period.end.year
        or period.start.month != 1
        or not isinstance(target, Comparison)
        or target.op not in (Op.GE, Op.EQ, Op.GT)
        or not isinstance(actual, Quantity)
    ):
        return None
    per = _schedule_period(target, actual, to_date=True)
    times = _PERIODS_A_YEAR.get(per) if per is not None else None
    if times is None or times == 1:
        return None
    ended = period.end.month * times // 12
    if ended == 0:
        return None  # 每半年1次 in a 1-5月 table: nothing due yet
    return target.value * ended, target.text.strip() or str(target)


def _on_schedule(
    actual: Quantity, asked: Decimal, schedule: str, state: _Scoring
) -> tuple[Progress, str]:
    """The progress of a count against what its schedule asks by the period's end.

    ``每季度1次`` with 3次 done by August: three quarters begun, on track; 2次 behind.
    """
    shown = f"{actual.value.normalize():f}次"
    asked_shown = f"{asked.normalize():f}次"
    if actual.value >= asked:
        return _Progress.ON_TRACK, state.say(
            f"实际{shown}达到按“{schedule}”截至期末应完成的{asked_shown}",
            f"actual {shown} reaches the {asked_shown} “{schedule}” asks by the period's end",
        )
    return _Progress.BEHIND, state.say(
        f"实际{shown}落后于按“{schedule}”截至期末应完成的{asked_shown}",
        f"actual {shown} is behind the {asked_shown} “{schedule}” asks by the period's end",
    )
