"""Dates and time progress (scoring.md §1) and the budget analysis (§5)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from typing import TYPE_CHECKING, Final, Literal

from attrs import evolve

from perftrack import vocabulary as voc
from perftrack._numbers import half_up
from perftrack.expressions import (
    Comparison,
    DateValue,
    Deadline,
    NotApplicable,
    PeriodTarget,
    Quantity,
    Range,
)
from perftrack.model import (
    BudgetLine,
    BudgetPart,
    BudgetSpan,
    Figure,
    Finding,
    Indicator,
    Period,
    Table,
    Where,
    is_own_year,
    own_year_months,
)
from perftrack.policy import policy_said
from perftrack.readers._sheet import sheet_names_project
from perftrack.scoring._attainment import (
    _as_judged,
    _attainment,
    _done_late,
    _shown_quantity,
)
from perftrack.scoring._card import (
    BudgetAnalysis,
    PointItem,
    Scorecard,
    Verdict,
    _Attainment,
    _Bound,
    _BudgetRole,
    _BudgetSpan,
    _Op,
    _Progress,
    _Severity,
    _TableKind,
)
from perftrack.scoring._common import (
    _DECEMBER,
    _HALF_CENT,
    _HUNDRED,
    WholeBudget,
    _Context,
    _half_unit,
    _Language,
    _Scoring,
    below,
    show,
)
from perftrack.scoring._progress import _final_progress, ends_on_forecast
from perftrack.scoring._reasons import _reason_figure

if TYPE_CHECKING:
    from collections.abc import Sequence

    from perftrack.policy import Policy

# 0 and 1 as Decimals, made once: a Decimal from an int costs more than the sums and
# comparisons it takes part in (speedS5b)
_ZERO: Final = Decimal(0)
_ONE: Final = Decimal(1)

# ---------------------------------------------------------------------------
# Dates and time progress (§1)


def window_after_january(table: Table) -> Period | None:
    """A tracking window of one year that starts after January (2025年7-9月, 7-12月), or None.

    Its figures are the window's own, not the year's to date: a cumulative target
    cannot be judged against them as if they ran from January (track40 H5). A window
    from a later month into the next year of fewer than twelve months (2024年7月-2025年3月)
    is one too: no budget year's months to date (r35q). Twelve months from a later month
    (2024年7月-2025年6月) are a project year, the table's own year, and no such window:
    its figures run from the project year's start (r36c: it had no date, r35q).

    Example:
        >>> from perftrack.model import TableKind
        >>> from perftrack import Period, YearMonth
        >>> table = Table(TableKind.TRACKING, period=Period(YearMonth(2025, 7), YearMonth(2025, 9)))
        >>> window_after_january(table) == table.period
        True
        >>> cumulative = Period(YearMonth(2025, 1), YearMonth(2025, 9))
        >>> window_after_january(Table(TableKind.TRACKING, period=cumulative)) is None
        True
        >>> project = Period(YearMonth(2024, 7), YearMonth(2025, 6))
        >>> window_after_january(Table(TableKind.TRACKING, period=project)) is None
        True
    """
    period = table.period
    if table.kind is not _TableKind.TRACKING or period is None or period.start.month == 1:
        return None
    if is_own_year(period):
        # a project year (2024年7月-2025年6月) or a school term (第二学期): the table's own
        # year, from its first month (r36c, r37c)
        return None
    return period


def start_month(table: Table) -> int:
    """The month the table's year starts in: a project year's first (7 for 2024年7月-2025年6月), else 1.

    Example:
        >>> from perftrack.model import TableKind
        >>> from perftrack import Period, YearMonth
        >>> project = Period(YearMonth(2024, 7), YearMonth(2025, 6))
        >>> (
        ...     start_month(Table(TableKind.TRACKING, period=project)),
        ...     start_month(Table(TableKind.TRACKING)),
        ... )
        (7, 1)
    """
    period = table.period
    if table.kind is _TableKind.TRACKING and period is not None and is_own_year(period):
        return period.start.month
    return 1


def year_months(table: Table) -> int:
    """The months of the table's year: a school term's (5 for 2024-2025学年第一学期, r37c), else 12."""
    if table.kind is _TableKind.TRACKING:
        return own_year_months(table.period)
    return 12


def _as_of(table: Table, policy: Policy) -> tuple[dt.date | None, str | None]:
    if window_after_january(table) is not None:
        return None, None  # the window's figures are no year to date: no date to judge them at
    if policy.as_of is not None and not _before_period(table, policy.as_of):
        return policy.as_of, "policy"
    period = table.period
    if period is None:
        return None, None
    end = period.end
    if (
        table.kind is _TableKind.TRACKING
        and end.year > period.start.year
        and not is_own_year(period)  # 2024年7月-2025年6月, 第一学期: its own end (r36c, r37c)
    ):
        # 2024年1月-2025年3月: the table's year is its first, judged at that year's end
        # (period-spans-years says so; r35m: it was 2025-03-31)
        return dt.date(period.start.year, 12, 31), "period"
    if end.month == 12:  # noqa: PLR2004
        last = dt.date(end.year, 12, 31)
    else:
        last = dt.date(end.year, end.month + 1, 1) - dt.timedelta(days=1)
    day = _printed_end_day(period)
    if day is not None and day < last.day:
        # 2024年1月1日-2024年6月15日, 截至2024年6月15日: the day printed, not the month's end
        # (r35q: it was 2024-06-30, a 6月20日前 deadline judged passed)
        return last.replace(day=day), "period"
    return last, "period"


# A date with its day (2024年6月15日, 6月15日, 2024-06-15, 2024.6.15): the period text's.
_DAY_DATE_RE: Final = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s*[年\-./]\s*)?(?P<month>\d{1,2})\s*[月\-./]\s*"
    r"(?P<day>\d{1,2})(?!\d)"
)


def _printed_end_day(period: Period) -> int | None:
    """The day the period's text prints for its end month (``…-2024年6月15日``: 15), or None.

    The last such date of the end month in the text; None when none is printed (a period
    of months), or the text's days are not of that month. A filing date beside the
    period (``填报日期：2024-06-20``) is not read.

    >>> from perftrack import Period, YearMonth
    >>> june = Period(YearMonth(2024, 1), YearMonth(2024, 6), text="跟踪时段：2024年1月1日-6月15日")
    >>> _printed_end_day(june), _printed_end_day(Period(june.start, june.end, text="2024年1-6月"))
    (15, None)
    """
    day = None
    text = unicodedata.normalize("NFKC", period.text)
    # …1-6月 | 填报日期：2024-06-20 beside the period: the filing date, not its end
    text = re.split("填报|填表|报送|编制|打印", text, maxsplit=1)[0]
    for found in _DAY_DATE_RE.finditer(text):
        year = int(found.group("year")) if found.group("year") else period.end.year
        if (year, int(found.group("month"))) == (period.end.year, period.end.month):
            day = int(found.group("day"))
    return day if day is not None and day >= 1 else None


def _before_period(table: Table, as_of: dt.date) -> bool:
    """Whether *as_of* falls before the first month of the table's period.

    The figures of a 2024年1-9月 table cannot be judged at 2023-12-31: such a date
    (a policy's ``as_of`` typed wrong, or kept from last year's run) gives way to the
    period's end, and ``time-progress-mismatch`` says so. A date later than the
    period is the user's to choose (a 1-9月 table judged at 12-31, or after the year).

    >>> from perftrack.model import TableKind
    >>> from perftrack import Period, YearMonth
    >>> table = Table(TableKind.TRACKING, period=Period(YearMonth(2024, 1), YearMonth(2024, 9)))
    >>> _before_period(table, dt.date(2023, 12, 31)), _before_period(table, dt.date(2024, 1, 1))
    (True, False)
    """
    period = table.period
    return period is not None and (as_of.year, as_of.month) < (
        period.start.year,
        period.start.month,
    )


def _month_end(year: int, month: int) -> dt.date:
    """The last day of *month* in *year* (2024, 6 → 2024-06-30)."""
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _part_end(table: Table, part: BudgetPart) -> dt.date | None:
    """The last day of a budget part (一季度执行数) in the table's year; None without a period.

    A project year's calendar quarters fall in its twelve months (三季度 in its first
    year, 一季度 in its second, r37c); a calendar year's in its year.
    """
    period = table.period
    if period is None:
        return None
    first = start_month(table)
    year = period.start.year + (first > 1 and part.end < first)
    return _month_end(year, part.end)


def quarters_to_date(
    table: Table, as_of: dt.date
) -> tuple[Table, list[tuple[BudgetLine, list[BudgetPart], list[BudgetPart], Decimal]]]:
    """*table* with the budget lines' execution summed from quarters ended by *as_of* (r37o).

    A line with no column for the period's 执行数 takes its execution from its quarter
    columns (``一季度执行数 … 四季度执行数``), summed up to the period's end (or the last
    of them, running totals). A date the user gives inside the period (``--as-of
    2024-06-30`` in a 1-12月 table) asks for the execution by that date, to set against
    that date's 序时进度: the quarters ended by it (一季度 and 二季度). The quarters after
    it are left out, and each line so read is returned with the parts counted and left
    out and its amount at the period's end. A line printing its period's 执行数 or
    执行率, whose quarters are not all filled, or with no quarter ended by *as_of* is
    kept as printed. *table* itself when no line changes.
    """
    period = table.period
    if table.kind is not _TableKind.TRACKING or period is None:
        return table, []
    end = _month_end(period.end.year, period.end.month)
    if as_of >= end:
        return table, []
    changed: list[tuple[BudgetLine, list[BudgetPart], list[BudgetPart], Decimal]] = []
    lines: list[BudgetLine] = []
    for line in table.budget:
        executed = line.executed
        ends = [_part_end(table, part) for part in line.quarters]
        due = [part for part, last in zip(line.quarters, ends, strict=True) if last and last <= end]
        amounts = [part.amount for part in due if part.amount is not None]
        if (
            executed is None
            or line.rate is not None
            or not due
            or len(amounts) != len(due)
            or any(name == "executed" for name, _ in line.cells)
        ):
            lines.append(line)
            continue
        done = [part for part in due if (last := _part_end(table, part)) and last <= as_of]
        later = [part for part in due if part not in done]
        if not done or not later:
            lines.append(line)
            continue
        if executed == sum(amounts, Decimal(0)):
            to_date = sum((part.amount or Decimal(0) for part in done), Decimal(0))
        elif executed == amounts[-1]:
            to_date = done[-1].amount or Decimal(0)  # running totals: the last ended
        else:
            lines.append(line)
            continue
        lines.append(evolve(line, executed=to_date))
        changed.append((lines[-1], done, later, executed))
    if not changed:
        return table, []
    return evolve(table, budget=tuple(lines)), changed


def _say_quarters_to_date(
    state: _Scoring,
    changed: list[tuple[BudgetLine, list[BudgetPart], list[BudgetPart], Decimal]],
) -> None:
    """``budget-quarters-to-date``: a line's execution summed to the user's date (r37o)."""
    as_of = state.as_of
    if as_of is None:
        return
    for line, done, later, whole in changed:
        counted = "、".join(f"{part.label}{part.amount}" for part in done)
        left = "、".join(f"{part.label}{part.amount}" for part in later)
        to_date = line.executed
        state.add(
            "budget-quarters-to-date",
            _Severity.INFO,
            f"评价日期{as_of}在跟踪时段内，预算行“{line.source}”执行数按此前已结束的分期"
            f"（{counted}）计为{to_date}，未计其后的{left}（至跟踪期末执行数{whole}）",
            f"as of {as_of}, inside the period: “{line.source}” executed {to_date} by the"
            f" parts ended by then ({counted}), not {left} (the period's {whole})",
            state.where_line(line, "executed"),
            figures=(Figure("executed", to_date or Decimal(0)), Figure("period", whole)),
        )


def _say_executed_to_period_end(
    state: _Scoring,
    changed: list[tuple[BudgetLine, list[BudgetPart], list[BudgetPart], Decimal]],
) -> None:
    """``budget-executed-period-end``: a printed execution set against an earlier date (r38h 5).

    ``--as-of 2024-04-30`` on a 1-6月 table printing ``跟踪期执行数 60.00``: the figure is
    the unit's for the whole period, to 2024-06-30, and no amount says what was spent by
    the date asked for. It is kept (the table's own figure; splitting it by months would
    invent one) and set against the date's 序时进度, as before, and this note says so
    once, at the whole budget's 执行数 (the total's line, else the first line printing
    one). Not for a line whose quarters were summed to the date
    (``budget-quarters-to-date`` says that), nor a date at or after the period's end.
    """
    as_of, table = state.as_of, state.table
    period = table.period
    if as_of is None or period is None or table.kind is not _TableKind.TRACKING:
        return
    end = _month_end(period.end.year, period.end.month)
    if as_of >= end or _before_period(table, as_of):
        return
    summed = {line.source for line, _, _, _ in changed}
    printed = [
        line
        for line in table.budget
        if line.executed is not None
        and line.role is not _BudgetRole.USE
        and line.source not in summed
        and any(name == "executed" for name, _ in line.cells)
    ]
    if not printed:
        return
    line = next((one for one in printed if one.role is _BudgetRole.TOTAL), printed[0])
    state.add(
        "budget-executed-period-end",
        _Severity.INFO,
        f"评价日期{as_of}在跟踪时段（至{end}）内，预算行“{line.source}”执行数{line.executed}"
        f"为整个跟踪期的填报数，未按评价日期拆分，执行率按此数计算并与评价日期的序时进度比较",
        f"as of {as_of}, inside the period (to {end}): “{line.source}” executed"
        f" {line.executed} is the whole period's printed figure, not split to the date; the"
        " rate is computed from it and set against the date's time progress",
        state.where_line(line, "executed"),
        figures=(Figure("executed", line.executed or Decimal(0)),),
    )


def _forecast_rate(line: BudgetLine | None) -> Decimal | None:
    """全年预计执行数 of the whole budget over its budget, in %, else its printed rate.

    Without a forecast amount (or a budget to divide it by), the printed 全年预计执行率;
    a bare one of 1 or less is a share that lost its % format (``0.98``: 98%), as an
    execution rate is (``budget-rate-as-share``); one printed as a percent (``0.5%``,
    ``0.8`` under ``全年预计执行率(%)``) is that percent. None without either.

    Example:
        >>> from perftrack.model import BudgetRole
        >>> line = BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=Decimal("0.98"))
        >>> _forecast_rate(line), _forecast_rate(evolve(line, forecast_rate=Decimal(85)))
        (Decimal('98'), Decimal('85'))
    """
    if line is None:
        return None
    denominator = _denominator(line)[0]
    if line.forecast is None or not denominator or denominator < 0 or line.forecast < 0:
        return printed_forecast_rate(line)
    return line.forecast / denominator * _HUNDRED


def printed_forecast_rate(line: BudgetLine) -> Decimal | None:
    """The 全年预计执行率 a line prints, in percent: a bare share of 1 or less is ×100.

    ``0.98`` is a share that lost its % format (98%), as an execution rate is
    (``budget-rate-as-share``); one printed as a percent (``0.5%``, ``0.8`` under
    ``全年预计执行率(%)``) is that percent. None when none is printed (or below 0).

    Example:
        >>> from perftrack.model import BudgetRole
        >>> line = BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=Decimal("0.6"))
        >>> printed_forecast_rate(line), printed_forecast_rate(evolve(line, forecast_rate=None))
        (Decimal('60'), None)
    """
    printed = line.forecast_rate
    if printed is None or printed < 0:
        return None
    # 0.6 is 60, not 6E+1: the digits as written, the point moved
    return (
        Decimal(format(printed.scaleb(2), "f"))
        if _printed_share(line, "forecast_rate")
        else printed
    )


def _whole(value: Decimal) -> str:
    """A weight as a label prints it: ``Decimal("20.00")`` is ``20``, 12.5 stays."""
    return format(value.normalize(), "f")


def labels_weigh_all(table: Table) -> bool:
    """Whether the level-1 labels weigh every indicator (no 分值 column needed).

    Each indicator's level 1 has a labelled weight, or it is an unlabelled ``成本指标``
    beside a labelled ``产出指标``: 成本 shares 产出's weight (its label's 50), so
    ``产出指标（50分）``, ``效益指标（30分）``, ``满意度指标（10分）`` and a bare ``成本指标``
    weigh 90 and leave the rate the rest of 100, as with every level labelled (pt27 H1).
    """
    labels = dict(table.level1_weights)
    if not labels:
        return False
    return all(
        (i.level1 or "") in labels or (i.level1 == "成本指标" and "产出指标" in labels)
        for i in table.indicators
    )


def _check_label_weights(
    state: _Scoring,
    where: Where,
    *,
    has_column: bool,
    rate: PointItem | None = None,
    printed: Decimal | None = None,
) -> None:
    """Weights printed in level-1 labels (产出指标(50分)) against the 分值 column, or 100.

    With a 分值 column, a level 1 whose indicators' 分值 add up to another figure than
    its label says gets ``level1-weight-mismatch`` (the column is scored); without one,
    labels adding up to more than 100 get ``weights-not-100``, and so do labels that
    weigh every indicator but with the rate's weight (the policy's default, or the
    budget line's printed 分值 *printed*) do not add up to 100: the rate then took the
    rest of 100 (*rate*, the rate's point item), or the total was rescaled to 100.
    """
    table = state.table
    labels = dict(table.level1_weights)
    if not labels:
        return
    if has_column:
        for level1, label_weight in labels.items():
            under = [i.weight for i in table.indicators if i.level1 == level1]
            if not under or any(weight is None for weight in under):
                continue
            added = sum((weight for weight in under if weight is not None), Decimal(0))
            if added != label_weight:
                state.add(
                    "level1-weight-mismatch",
                    _Severity.WARNING,
                    f"一级指标“{level1}”标注{label_weight}分，其下各项分值合计{added}",
                    f"“{level1}” is labelled {label_weight} points; its weights add up to {added}",
                    where,
                )
        return
    labelled = sum(labels.values(), Decimal(0))
    if labelled > _HUNDRED:
        state.add(
            "weights-not-100",
            _Severity.WARNING,
            f"一级指标标注的分值合计{labelled}，超过100",
            f"the level-1 labels' weights add up to {labelled}, above 100",
            where,
        )
        return
    if not labels_weigh_all(table):
        return
    expected = printed if printed is not None else state.policy.weights.rate
    if labelled + expected == _HUNDRED:
        return
    kind = "填报" if printed is not None else "默认"
    given = rate.weight if rate is not None else None
    if (
        printed is None
        and given is not None
        and labelled + given == _HUNDRED
        and labelled + expected > _HUNDRED
        and labelled == _COMMON_LABELLED  # 95 + 10 is the table's own (policy35 M1)
    ):
        # labels of 90 under Hubei's 20: a central-style table, its weights whole with
        # the rate's 10; the policy's default, not the table, made 110 (pt27 M4)
        _policy_rest(state, where, "一级指标标注的分值", (labelled, expected, given))
        return
    if printed is None and given is not None and labelled + given == _HUNDRED:
        how_zh, how_en = f"预算执行率按{_whole(given)}分计", f"the rate is weighted {_whole(given)}"
    else:
        how_zh, how_en = "按100分折算", "the total is rescaled to 100"
    state.add(
        "weights-not-100",
        _Severity.WARNING,
        f"一级指标标注的分值合计{_whole(labelled)}，加预算执行率{kind}{_whole(expected)}分"
        f"为{_whole(labelled + expected)}，不等于100；{how_zh}",
        f"the level-1 labels' weights add up to {_whole(labelled)}, with the rate's "
        f"{_whole(expected)} to {_whole(labelled + expected)}, not 100; {how_en}",
        where,
    )


def _policy_rest(
    state: _Scoring, where: Where, what: str, sums: tuple[Decimal, Decimal, Decimal]
) -> None:
    """``weights-not-100`` (info): the policy's default rate weight, not the table, made >100.

    Indicators weighing 90 (labels or a 分值 column) under a policy whose rate weighs 20
    by default (Hubei): the rate takes the rest of 100. *sums* are the indicators'
    weights, the policy's default and that rest. Said of the policy, once, as the
    table's own weights add up to 100 with that rest (pt27 M4).
    """
    weights, default, given = sums
    policy = policy_said(state.policy)  # a file's own numbers not the preset's (policy35 M2)
    state.add(
        "weights-not-100",
        _Severity.INFO,
        f"{what}合计{_whole(weights)}，{policy}下预算执行率默认{_whole(default)}分，合计"
        f"{_whole(weights + default)}分；预算执行率按其余{_whole(given)}分计，总分按100分计",
        f"{'the level-1 labels' if what.startswith('一级') else 'the'} weights add up to"
        f" {_whole(weights)}; the rate's default under {state.policy.name} is"
        f" {_whole(default)}, {_whole(weights + default)} in all; the rate is weighted the"
        f" remaining {_whole(given)}, out of 100",
        where,
    )


def _check_printed_time_progress(state: _Scoring, as_of_source: str | None) -> None:
    """A printed 序时进度 a month or more away from the date the scorecard is at.

    Without a policy ``as_of`` that date is the period's end (a template copied on:
    the printed figure still rules the budget's verdict, the finding says it may be
    stale); with one, it is the policy's date, whose figure then rules (see
    :func:`_time_progress`). A policy date before the period is not used (see
    :func:`_before_period`), and the finding says so.
    """
    table = state.table
    if window_after_january(table) is not None:
        return  # no date to compare with: period-not-cumulative says why
    printed, period = table.time_progress, table.period
    where = Where(file=table.source.file, sheet=table.source.sheet)
    asked = state.policy.as_of
    if asked is not None and as_of_source != "policy" and period is not None:
        # a date before the period (2023-12-31 for a 2024年1-9月 table): not used
        start = f"{period.start.year}年{period.start.month}月"
        end = state.as_of.isoformat() if state.as_of is not None else ""
        bar = (
            printed
            if printed is not None
            else _months_progress(
                state.as_of or asked, state.year, start_month(table), year_months(table)
            )
        )
        how = "填报的" if printed is not None else "时段末的"
        state.add(
            "time-progress-mismatch",
            _Severity.WARNING,
            f"评价日期{asked.isoformat()}早于表格时段（{start}起），未采用；"
            f"按时段末{end}评价，序时进度按{how}{show(bar)}%计",
            f"the date {asked.isoformat()} is before the table's period (from {start}) and"
            f" is not used: judged at the period's end {end}, time progress {show(bar)}%",
            where,
        )
        return
    if printed is None:
        return
    if as_of_source == "policy" and state.as_of is not None:
        own = _months_progress(state.as_of, state.year, start_month(table), year_months(table))
        if _a_month_apart(printed, own):
            state.add(
                "time-progress-mismatch",
                _Severity.WARNING,
                f"填报序时进度{show(printed)}%与评价日期{state.as_of.isoformat()}的序时进度"
                f"{show(own)}%不符，按评价日期计",
                f"the printed time progress {show(printed)}% differs from the "
                f"{show(own)}% of the date {state.as_of.isoformat()}, which is used",
                where,
            )
        return
    if period is None:
        return
    own = Decimal(period.months) / 12 * _HUNDRED
    if _a_month_apart(printed, own):
        state.add(
            "time-progress-mismatch",
            _Severity.WARNING,
            f"填报序时进度{show(printed)}%与跟踪时段（至{period.end.month}月）的序时进度"
            f"{show(own)}%不符",
            f"the printed time progress {show(printed)}% differs from the period's "
            f"{show(own)}% (to month {period.end.month})",
            where,
        )


def _a_month_apart(printed: Decimal, own: Decimal) -> bool:
    """Whether two time progresses lie a month (8.33 points) or more apart."""
    return abs(printed - own) >= _HUNDRED / 12 - Decimal("0.01")


def _months_progress(as_of: dt.date, year: int | None, start: int = 1, length: int = 12) -> Decimal:
    """The time progress at *as_of* in whole months elapsed of *year* (§1).

    *start* is the month the year starts in: 1 for a budget year, a project year's
    first month (7 for 2024年7月-2025年6月, r36c), its twelve months running into
    the next calendar year. A date before the year counts 0 months, after it 12.
    *length* is the year's months: a school term's 5 or 6 (r37c), its share of them.

    >>> (
    ...     str(_months_progress(dt.date(2024, 6, 30), 2024)),
    ...     str(_months_progress(dt.date(2024, 6, 29), 2024)),
    ...     str(_months_progress(dt.date(2025, 3, 31), 2024, 7)),
    ... )
    ('50.0', '41.66666666666666666666666667', '75.00')
    >>> str(_months_progress(dt.date(2025, 4, 30), 2025, 2, 6))
    '50.0'
    """
    last_of_month = (as_of.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(
        days=1
    )
    ended = as_of.month if as_of == last_of_month else as_of.month - 1  # months of as_of's year
    if year is None:
        months = ended
    else:
        months = min(length, max(0, (as_of.year - year) * 12 + ended - (start - 1)))
    return Decimal(months) / length * _HUNDRED


def _time_progress(
    table: Table, as_of: dt.date | None, year: int | None, as_of_source: str | None = None
) -> Decimal | None:
    """序时进度 at *as_of*: the table's printed figure, unless the policy's date differs.

    A printed figure is the table's own date (by days, or rounded): it rules, except
    against an ``as_of`` the policy sets a month or more away from it (a 1-9月 table
    printing 75% scored at 2024-12-31 is at 100%, at 06-30 at 50%; the printed figure
    then gets ``time-progress-mismatch``). The user's date decides one scorecard.
    """
    printed = table.time_progress
    if as_of is None:
        return printed
    own = _months_progress(as_of, year, start_month(table), year_months(table))
    if printed is not None and not (as_of_source == "policy" and _a_month_apart(printed, own)):
        return printed
    return own


# ---------------------------------------------------------------------------
# §5 budget


def _denominator(line: BudgetLine) -> tuple[Decimal | None, str | None]:
    if line.period_budget is not None:
        return line.period_budget, "period_budget"
    if line.initial is not None:
        return line.initial, "initial"
    return None, None


def judged_rate(line: BudgetLine, analysis: BudgetAnalysis) -> Decimal | None:
    """The execution rate a budget line is judged by (scoring.md §5).

    The recomputed rate, else the printed one when the amounts are missing; none
    when both amounts are 0 (nothing to say, whatever rate is printed). A printed
    rate of 1 or less without amounts is a share that lost its % format (``0.88``:
    88%, ``1``: 100%), as it is beside amounts (``budget-rate-as-share``).

    Example:
        >>> from perftrack.model import BudgetRole
        >>> line = BudgetLine(
        ...     BudgetRole.TOTAL,
        ...     "年度资金总额",
        ...     initial=Decimal(0),
        ...     executed=Decimal(0),
        ...     rate=Decimal(0),
        ... )
        >>> judged_rate(line, BudgetAnalysis(BudgetRole.TOTAL, "年度资金总额", None, None)) is None
        True
    """
    if (line.executed == 0 and _denominator(line)[0] == 0) or _signed(line):
        return None
    if analysis.rate_recomputed is not None:
        return analysis.rate_recomputed
    if _printed_share(line):
        return line.rate.scaleb(2) if line.rate is not None else None
    return line.rate


def _printed_share(line: BudgetLine, column: str = "rate") -> bool:
    """A bare printed rate of 1 or less, where no amounts recompute it: a share (0.88 is 88%).

    A year's execution of 0.88 % (or 1 %) beside the points it scored is no reading
    anyone means; the cell lost its % format, as a grid row's ``0.92`` under 满意度 did.
    A rate printed as a percent is that percent: its cell prints ``%`` (``0.5%``) or
    its header does (``0.8`` under ``执行率(%)``); the reader keeps its text in
    ``printed`` then. The caller knows the amounts give no rate. *column* is the rate's
    (``rate``, or ``forecast_rate`` for the 全年预计执行率).

    Example:
        >>> from perftrack.model import BudgetRole
        >>> bare = BudgetLine(BudgetRole.TOTAL, "年度资金总额", rate=Decimal("0.88"))
        >>> _printed_share(bare)
        True
        >>> _printed_share(evolve(bare, rate=Decimal("0.5"), printed=(("rate", "0.5%"),)))
        False
    """
    rate: Decimal | None = getattr(line, column)
    return (
        rate is not None and 0 < rate <= 1 and not any(name == column for name, _ in line.printed)
    )


_AMOUNT_LABELS: Final = (
    ("initial", "年初预算数", "initial budget"),
    ("period_budget", "预算数", "budget"),
    ("planned", "计划数", "planned"),
    ("executed", "执行数", "executed"),
    ("rate", "执行率", "rate"),
    ("forecast", "预计执行数", "forecast"),
)


def _negatives(line: BudgetLine) -> list[tuple[str, str, str, Decimal]]:
    """The amounts of *line* below 0: (column, Chinese label, English label, amount)."""
    found = []
    for column, zh, en in _AMOUNT_LABELS:
        value: Decimal | None = getattr(line, column)
        if value is not None and value < 0:
            found.append((column, zh, en, value))
    return found


def _signed(line: BudgetLine) -> bool:
    """Whether a negative amount makes the line's execution rate meaningless.

    A negative executed amount (refunds above spending), a negative denominator, or,
    without amounts, a negative printed rate: no rate is computed or judged from it.
    """
    denominator = _denominator(line)[0]
    executed = line.executed
    if executed is not None and denominator is not None:
        return executed < 0 or denominator < 0
    return (executed is not None and executed < 0) or (line.rate is not None and line.rate < 0)


def _printed(line: BudgetLine, column: str) -> bool:
    """Whether the table printed something in *column* of the line (a dash: not applicable)."""
    return any(name == column for name, _ in line.cells)


def _rate_is_the_totals(table: Table, line: BudgetLine) -> bool:
    """Whether *line* is a source printed as a column, beside other lines on its row.

    A 区域 table's 全年预算数（A） | 全年执行数（B） over 中央资金 | 地方资金, then one
    执行率（B/A） over no source: the sources' amounts share one row, and the rate
    column is the total's (or, without a 合计 column, the sum's); no rate was left
    unfilled for a source (no ``budget-rate-missing``). A source on a row of its own
    (the row layout) owes its 执行率.
    """
    rows = {(p.file, p.sheet, p.row) for _, p in line.cells}
    if line.role is _BudgetRole.TOTAL or len(rows) != 1:
        return False
    return any(
        (position.file, position.sheet, position.row) in rows
        for other in table.budget
        if other is not line
        for _, position in other.cells
    )


def _rate_allowed(line: BudgetLine, denominator: Decimal) -> tuple[Decimal, Decimal] | None:
    """The range of rates the printed amounts allow (each ± half a unit)."""
    executed = line.executed
    if executed is None:
        return None
    # (each half unit asked once: it reads the amount's digits, speedS5b)
    half_exec, half_den = _half_unit(executed), _half_unit(denominator)
    low_exec, high_exec = executed - half_exec, executed + half_exec
    low_den, high_den = denominator - half_den, denominator + half_den
    if low_den <= 0:
        return None
    return max(low_exec, _ZERO) / high_den * _HUNDRED, high_exec / low_den * _HUNDRED


# A printed rate up to this (1.05 for 105%) that matches the amounts once multiplied by 100
# is a share whose % format was lost in the export, as 0.93 is in an indicator cell.
_SHARE_RATE_MAX: Final = Decimal("1.5")
# Level-1 labels of the common layout (90, the rate's 10 apart): the only sum whose
# rest of 100 beside a larger default rate weight is said as info (policy35 M1).
_COMMON_LABELLED: Final = Decimal(90)


def _rate_of_plan(line: BudgetLine) -> bool:
    """Whether the printed rate is the executed amount over the months' plan.

    Example:
        >>> from perftrack.model import BudgetRole
        >>> line = BudgetLine(
        ...     BudgetRole.TOTAL,
        ...     "年度资金总额",
        ...     period_budget=Decimal(2000),
        ...     planned=Decimal(1000),
        ...     executed=Decimal(800),
        ...     rate=Decimal("80.00"),
        ... )
        >>> _rate_of_plan(line)
        True
    """
    if line.planned is None or line.rate is None or line.planned <= 0:
        return False
    allowed = _rate_allowed(line, line.planned)
    return allowed is not None and not _rate_mismatch(line.rate, allowed)


def _rate_of_initial(line: BudgetLine) -> bool:
    """Whether the printed rate is the executed amount over 年初预算数, not the adjusted budget.

    Example:
        >>> from perftrack.model import BudgetRole
        >>> line = BudgetLine(
        ...     BudgetRole.TOTAL,
        ...     "年度资金总额",
        ...     initial=Decimal("500.00"),
        ...     period_budget=Decimal("600.00"),
        ...     executed=Decimal("300.00"),
        ...     rate=Decimal("60.00"),
        ... )
        >>> _rate_of_initial(line)
        True
    """
    if line.period_budget is None or line.initial is None or line.rate is None:
        return False
    if line.initial <= 0 or line.initial == line.period_budget:
        return False
    allowed = _rate_allowed(line, line.initial)
    return allowed is not None and not _rate_mismatch(line.rate, allowed)


def _shown_like(rate: Decimal | None, printed: Decimal) -> str:
    """A computed rate to the printed rate's digits, two at least (75.0000 beside 75.0001).

    >>> (
    ...     _shown_like(Decimal("75.0000068"), Decimal("75.0001")),
    ...     _shown_like(Decimal(50), Decimal(60)),
    ... )
    ('75.0000', '50.00')
    """
    exponent = printed.as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    if rate is None or places == 2:  # noqa: PLR2004 - the usual display
        return show(rate)
    return format(half_up(rate, Decimal(1).scaleb(-places)), "f")


# A funds-received note the readers keep for a budget line (资金到位：3,500.00万元,
# 全年到位数：800.00万元): no field of BudgetLine (tr59 G2).
_RECEIVED_NOTE_RE: Final = re.compile(
    r"(?:[^：:]*到位(?:数|资金|金额)?|到位资金)[：:](?P<amount>-?[\d,]+(?:\.\d+)?)(?:万元|亿元|元)?"
)


def _received_of(table: Table, line: BudgetLine) -> Decimal | None:
    """The funds received the table's notes give for *line* (资金到位：3,500.00万元), or None."""
    for note in table.notes:
        if note.label.rstrip("：:") != line.source:
            continue
        match = _RECEIVED_NOTE_RE.fullmatch(note.text)
        if match is not None:
            return Decimal(match.group("amount").replace(",", ""))
    return None


def _rate_mismatch(printed: Decimal, allowed: tuple[Decimal, Decimal]) -> bool:
    exponent = printed.as_tuple().exponent
    unit = _ONE.scaleb(exponent) if isinstance(exponent, int) else _ZERO
    # The printed rate, read as rounded (± half a unit) or truncated (up to a unit more).
    low, high = printed - unit / 2, printed + unit
    return high < allowed[0] or low > allowed[1]


def _analyse_budget(state: _Scoring, time_progress: Decimal | None) -> list[BudgetAnalysis]:
    table = state.table
    analyses: list[BudgetAnalysis] = []
    unbudgeted = _unbudgeted(table.budget)
    for number, line in enumerate(table.budget):
        denominator = _denominator(line)[0]
        signed = _signed(line)
        analysis = _analysis(line)
        recomputed = analysis.rate_recomputed
        analyses.append(analysis)
        role = line.source
        negatives = _negatives(line)
        if negatives:
            # refunds above spending, a reversed budget: no rate, no points, no mismatch
            said = "、".join(
                f"{zh}{value}{'%' if column == 'rate' else ''}"
                for column, zh, _, value in negatives
            )
            said_en = ", ".join(
                f"{en} {value}{'%' if column == 'rate' else ''}"
                for column, _, en, value in negatives
            )
            state.add(
                "negative-amount",
                _Severity.WARNING,
                f"“{role}”{said}为负数" + ("，执行率无意义" if signed else ""),
                f"“{role}”: negative {said_en}" + ("; the rate means nothing" if signed else ""),
                state.where_line(line, negatives[0][0]),
            )
        if (
            recomputed is None
            and not signed
            and _printed_share(line)
            and not (line.executed == 0 and denominator == 0)
            and line.rate is not None
        ):
            # 0.88 with no amounts: the share the judged rate, the points and the
            # schedule check read (judged_rate), said once
            as_share = format(line.rate.scaleb(2), "f")
            # a total whose sources add up is checked against their sum (_check_unsummed_rate)
            summed = line is _unsummed_total(table) and _total_sum(table) is not None
            state.add(
                "budget-rate-as-share",
                _Severity.INFO,
                f"“{role}”填报执行率{line.rate}按比例计为{as_share}%"
                + ("" if summed else "（未填金额，无从核算）"),
                f"“{role}”: the printed rate {line.rate} is read as {as_share}%"
                + ("" if summed else " (no amounts to check it)"),
                state.where_line(line, "rate"),
            )
        if number in unbudgeted:
            # 其他资金 | — | 60 beside budgeted sources, or a budget of 0: one finding,
            # spending without a budget (no rate to fill in, nothing to over-run)
            _add_unbudgeted(state, line, unbudgeted)
        elif denominator is not None and line.executed is not None and not signed:
            if denominator == 0 and line.executed != 0:
                state.add(
                    "budget-rate-missing",
                    _Severity.INFO,
                    f"“{role}”预算数为0而执行数为{line.executed}，执行率无从计算",
                    f"“{role}”: budget 0 but executed {line.executed}",
                    state.where_line(line, "rate"),
                    figures=(Figure("budget", denominator), Figure("executed", line.executed)),
                )
            elif (
                line.rate is None
                and denominator != 0
                and not _printed(line, "rate")
                and not _rate_is_the_totals(table, line)
                # a use (基本支出) owes no rate of its own: the whole's is the table's
                and line.role is not _BudgetRole.USE
            ):
                state.add(
                    "budget-rate-missing",
                    _Severity.INFO,
                    f"“{role}”未填执行率，按金额计算为{show(recomputed)}%",
                    f"“{role}”: no printed rate; the amounts give {show(recomputed)}%",
                    state.where_line(line, "rate"),
                    figures=()
                    if recomputed is None
                    else (Figure("computed", Decimal(show(recomputed))),),
                )
            elif line.rate is not None and denominator != 0:
                allowed = _rate_allowed(line, denominator)
                share = line.rate.scaleb(2)  # 0.95: a rate that lost its % format is 95%
                # asked once: both branches below need it
                mismatch = allowed is not None and _rate_mismatch(line.rate, allowed)
                if (
                    allowed is not None
                    and mismatch
                    and 0 < line.rate <= _SHARE_RATE_MAX
                    and not _rate_mismatch(share, allowed)
                ):
                    state.add(
                        "budget-rate-as-share",
                        _Severity.INFO,
                        f"“{role}”填报执行率{line.rate}按比例计为{format(share, 'f')}%",
                        f"“{role}”: the printed rate {line.rate} is read as {format(share, 'f')}%",
                        state.where_line(line, "rate"),
                    )
                elif allowed is not None and mismatch:
                    against, against_en = "", ""
                    if _rate_of_plan(line):
                        # 全年预算数 2000 | 1-6月预算数 1000 | 执行数 800 | 执行率 80: the
                        # months' plan is no denominator of the rate (scoring.md §5)
                        against = f"（填报执行率为执行数与计划数{line.planned}之比，执行率应以全年预算为分母）"
                        against_en = (
                            f" (the printed rate is against the plan {line.planned}; "
                            "the rate is against the year's budget)"
                        )
                    elif _rate_of_initial(line):
                        # 年初预算数 500 | 调整后预算数 600 | 执行数 300 | 执行率 60: the
                        # rate kept the initial budget after it was adjusted
                        initial, budget = format(line.initial or 0, "f"), format(denominator, "f")
                        against = (
                            f"（填报执行率为执行数与年初预算数{initial}之比，"
                            f"执行率应以调整后的预算数{budget}为分母）"
                        )
                        against_en = (
                            f" (the printed rate is against the initial budget {initial}; "
                            f"the rate is against the adjusted budget {budget})"
                        )
                    elif (received := _received_of(table, line)) is not None and (
                        received > 0
                        and (by_received := _rate_allowed(line, received)) is not None
                        and not _rate_mismatch(line.rate, by_received)
                    ):
                        # 计划投资 4000 | 资金到位 3500 | 资金支出 3230 | 支出率 92.29: the
                        # printed rate is against the funds received (tr59 G2)
                        got, budget = format(received, "f"), format(denominator, "f")
                        against = (
                            f"（填报执行率为执行数与资金到位数{got}之比，"
                            f"执行率应以预算数{budget}为分母）"
                        )
                        against_en = (
                            f" (the printed rate is against the funds received {got}; "
                            f"the rate is against the budget {budget})"
                        )
                    computed = _shown_like(recomputed, line.rate)
                    state.add(
                        "budget-rate-mismatch",
                        _Severity.WARNING,
                        f"“{role}”填报执行率{line.rate}%与金额计算的{computed}%不符" + against,
                        f"“{role}”: printed rate {line.rate}% does not match {computed}%"
                        + against_en,
                        state.where_line(line, "rate"),
                        figures=(
                            Figure("printed", line.rate),
                            Figure("computed", Decimal(computed)),
                        ),
                    )
            if line.executed > denominator:
                state.add(
                    "over-execution",
                    _Severity.WARNING,
                    f"“{role}”执行数{line.executed}超过预算数{denominator}",
                    f"“{role}”: executed {line.executed} exceeds the budget {denominator}",
                    state.where_line(line, "executed"),
                )
    _budget_adjusted(state)
    _budget_sums(state)
    whole = state.whole = whole_budget(table, analyses)
    if whole is not None:
        _block_in_yuan(state, whole.line)
    if whole is not None and whole.summed:
        _check_unsummed_rate(state, whole)
    _budget_missing(state, None if whole is None else judged_rate(whole.line, whole.analysis))
    _executed_missing(state, None if whole is None else judged_rate(whole.line, whole.analysis))
    if whole is not None:
        total = whole.line
        rate = judged_rate(total, whole.analysis)
        bar: Decimal | None
        if table.kind is _TableKind.SELF_EVALUATION:
            bar, bar_name = (
                state.policy.year_end_rate,
                state.say("年终执行率要求", "the year-end bar"),
            )
        else:
            bar = None if time_progress is None else time_progress - state.policy.schedule_tolerance
            bar_name = state.say("序时进度", "time progress")
        reference = bar if table.kind is _TableKind.SELF_EVALUATION else time_progress
        tolerance = state.policy.schedule_tolerance
        shown_tolerance = (
            ""
            if tolerance == 0 or table.kind is _TableKind.SELF_EVALUATION
            else format(tolerance, "f")
        )
        allowance = f"（容差{shown_tolerance}个百分点）" if shown_tolerance else ""
        allowance_en = f" (tolerance {shown_tolerance} points)" if shown_tolerance else ""
        if rate is not None and bar is not None and rate < bar:
            shown, shown_bar, slightly = below(rate, reference if reference is not None else bar)
            what, what_en = _rate_named(whole)
            state.add(
                "budget-behind-schedule",
                _Severity.WARNING,
                f"{what}{shown}%{'略' if slightly else ''}低于{bar_name}{shown_bar}%{allowance}"
                + _summed_said(whole),
                f"{what_en} {shown}% is {'just ' if slightly else ''}below {bar_name} "
                f"{shown_bar}%{allowance_en}" + _summed_said(whole, english=True),
                state.where_line(total, "rate"),
            )
    return analyses


def _check_unsummed_rate(state: _Scoring, whole: WholeBudget) -> None:
    """The rate printed on a total line without amounts, against its sources' sum.

    A 区域 table's 年度资金总额 under 中央资金 | 地方资金 and no 合计 column prints the
    rate alone (99.00%); its whole is the sources' sum (20952 / 21600 = 97.00%), which
    the printed rate must match (``budget-rate-mismatch``), as any line's does.
    """
    total = _unsummed_total(state.table)
    recomputed = whole.analysis.rate_recomputed
    denominator = _denominator(whole.line)[0]
    if total is None or total.rate is None or recomputed is None or denominator is None:
        return
    allowed = _rate_allowed(whole.line, denominator)
    if allowed is None:
        return
    printed = total.rate
    if 0 < printed <= _SHARE_RATE_MAX and not _rate_mismatch(printed.scaleb(2), allowed):
        return  # 0.97 without a % format: the share, said by budget-rate-as-share
    if not _rate_mismatch(printed, allowed):
        return
    computed = _shown_like(recomputed, printed)
    executed = format(whole.line.executed or 0, "f")
    budget = format(denominator, "f")
    state.add(
        "budget-rate-mismatch",
        _Severity.WARNING,
        f"“{total.source}”填报执行率{printed}%与各项资金来源相加计算的{computed}%不符"
        f"（表中未列总额金额，按各项资金来源相加：执行{executed}，预算{budget}）",
        f"“{total.source}”: printed rate {printed}% does not match {computed}%, "
        f"the sources added up ({executed} of {budget}; the total prints no amounts)",
        state.where_line(total, "rate"),
        figures=(
            Figure("printed", printed),
            Figure("computed", Decimal(computed)),
            Figure("executed", whole.line.executed or Decimal(0)),
            Figure("budget", denominator),
        ),
    )


def _analysis(line: BudgetLine) -> BudgetAnalysis:
    """The line's rate recomputed from its amounts, and the denominator it took."""
    denominator, name = _denominator(line)
    recomputed = None
    if (
        denominator is not None
        and denominator != 0
        and line.executed is not None
        and not _signed(line)
    ):
        recomputed = line.executed / denominator * _HUNDRED
    return BudgetAnalysis(line.role, line.source, recomputed, name)


def _rate_named(whole: WholeBudget) -> tuple[str, str]:
    """What the judged rate is called: 执行率, the printed one without amounts, the sum's."""
    if whole.summed:
        return f"{whole.line.source}执行率", "the sources' execution rate"
    if whole.analysis.rate_recomputed is None:
        return "填报执行率", "the printed execution rate"
    return "执行率", "execution rate"


def _summed_said(whole: WholeBudget, *, english: bool = False) -> str:
    """What a finding on the sum of the sources says of it: the table prints no total."""
    if not whole.summed:
        return ""
    line = whole.line
    denominator = _denominator(line)[0]
    executed = "—" if line.executed is None else format(line.executed, "f")
    budget = "—" if denominator is None else format(denominator, "f")
    if english:
        return f" (no total line: the sources added up, {executed} of {budget})"
    return f"（表中未列资金总额，按{summed_what(whole)}相加：执行{executed}，预算{budget}）"


def done_late(card: Scorecard) -> dict[int, DateValue | None]:
    """The rows of *card* done after their due date (逾期完成): index → the date, if known.

    A deadline or period row not met whose actual is a completion after due, dated
    within the table's date (``2024年8月20日完成`` against ``2024年6月30日前`` in a
    1–8月 table) or said late and done (``逾期完成``: no date). The review writes them
    up as late, not as not done.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
        >>> done_late(card)
        {}
    """
    table, policy = card.table, card.policy
    year = table.period.start.year if table.period is not None else None
    late: dict[int, DateValue | None] = {}
    for verdict in card.verdicts:
        indicator = table.indicators[verdict.indicator]
        if verdict.attainment is not _Attainment.NOT_MET or not isinstance(
            indicator.target, (Deadline, PeriodTarget)
        ):
            continue
        # as the scoring judged it: a date read from the 偏差原因 (12月20日全部完工)
        in_reason = _reason_figure(indicator, year)
        if in_reason is not None and in_reason.figure is not None:
            indicator = evolve(indicator, actual=in_reason.figure)
        judged = _as_judged(indicator, policy, year)
        ctx = _Context(
            judged, verdict.indicator, table, policy, card.as_of, year, _Language(policy.language)
        )
        found = _done_late(judged, verdict.attainment, ctx)
        if found is not None:
            late[verdict.indicator] = found.date
    return late


def gap_shown(gap: Decimal) -> str:
    """A gap in percentage points for display: two decimals, a positive gap never ``0.00``.

    Example:
        >>> gap_shown(Decimal("45")), gap_shown(Decimal("0.000667")), gap_shown(Decimal("0.005"))
        ('45.00', '不足0.01', '0.01')
    """
    if 0 < gap < _HALF_CENT:
        return "不足0.01"
    return show(gap)


#: The label of the line perftrack adds up when a budget block lists sources and no total.
SOURCES_SUM: Final = "各项资金合计"
#: The label of the line perftrack adds up when a 部门整体 block lists only its uses
#: (基本支出, 项目支出) and no total (r37n).
USES_SUM: Final = "基本支出与项目支出合计"
# The uses that split a department's whole money between them.
_TOP_USES: Final = ("基本支出", "项目支出")


def summed_what(whole: WholeBudget) -> str:
    """What a summed whole adds up: the sources, or a 部门整体 block's two uses (r37n).

    Example:
        >>> from perftrack import BudgetLine, BudgetRole
        >>> line = BudgetLine(BudgetRole.TOTAL, USES_SUM)
        >>> summed_what(WholeBudget(line, _analysis(line), None))
        '基本支出、项目支出'
    """
    return "基本支出、项目支出" if whole.line.source == USES_SUM else "各项资金来源"


def _uses_sum(lines: Sequence[BudgetLine]) -> BudgetLine | None:
    """基本支出 + 项目支出 of a block that prints no total and no source, or None (r37n).

    A 部门整体 table may print its money by use alone (``项目 | 年初预算数 | 全年预算数
    | 全年执行数`` over ``基本支出`` and ``项目支出``): the two uses are the whole
    department's spending, so their sum is the whole, as the sources' is where the
    block lists sources. Both must be printed once each, each with its budget where it
    executed something; the parts of 基本支出 (人员经费, 公用经费) are not added again.

    Example:
        >>> from perftrack import BudgetLine, BudgetRole
        >>> lines = [
        ...     BudgetLine(BudgetRole.USE, "基本支出", Decimal(1200), executed=Decimal(1200)),
        ...     BudgetLine(BudgetRole.USE, "人员经费", Decimal(900), executed=Decimal(900)),
        ...     BudgetLine(BudgetRole.USE, "项目支出", Decimal(1700), executed=Decimal(1462)),
        ... ]
        >>> whole = _uses_sum(lines)
        >>> whole.source, whole.initial, whole.executed
        ('基本支出与项目支出合计', Decimal('2900'), Decimal('2662'))
    """
    if any(line.role is not _BudgetRole.USE for line in lines):
        return None
    named = [(_top_use(line.source), line) for line in lines]
    top = [line for use, line in named if use is not None]
    if sorted(use for use, _ in named if use is not None) != sorted(_TOP_USES):
        return None
    if any(_signed(line) for line in top):
        return None
    if any(line.executed is not None and _denominator(line)[0] is None for line in top):
        return None

    def added(values: list[Decimal | None]) -> Decimal | None:
        present = [value for value in values if value is not None]
        return sum(present, Decimal(0)) if len(present) == len(values) else None

    period = any(line.period_budget is not None for line in top)
    return BudgetLine(
        _BudgetRole.TOTAL,
        USES_SUM,
        initial=added([line.initial for line in top]),
        period_budget=added([_denominator(line)[0] for line in top]) if period else None,
        executed=added([line.executed for line in top]),
        forecast=added([line.forecast for line in top]),
    )


def _top_use(source: str) -> str | None:
    """基本支出 or 项目支出 when *source* names it (after a lead-in, before a note).

    Example:
        >>> [_top_use(t) for t in ("基本支出", "其中：项目支出", "1.基本支出（万元）", "人员经费")]
        ['基本支出', '项目支出', '基本支出', None]
    """
    match = _TOP_USE_RE.search("".join(source.split()))
    return None if match is None else match.group(1)


# 基本支出, 其中：项目支出, 1.基本支出（万元）: a top use's name, its lead-in and note aside.
_TOP_USE_RE: Final = re.compile(r"(?:^|[:：、.）)])(基本支出|项目支出)(?:[(（][^)）]*[)）])?$")


def whole_budget(table: Table, analyses: Sequence[BudgetAnalysis]) -> WholeBudget | None:
    """The budget the execution of *table* is judged by, with its analysis (*analyses*).

    Example:
        >>> from perftrack import BudgetLine, BudgetRole, Table, TableKind
        >>> table = Table(
        ...     TableKind.TRACKING,
        ...     budget=(
        ...         BudgetLine(
        ...             BudgetRole.APPROPRIATION,
        ...             "当年财政拨款",
        ...             Decimal(800),
        ...             executed=Decimal(240),
        ...         ),
        ...         BudgetLine(
        ...             BudgetRole.CARRIED_OVER, "上年结转资金", Decimal(200), executed=Decimal(60)
        ...         ),
        ...     ),
        ... )
        >>> whole = whole_budget(table, [_analysis(line) for line in table.budget])
        >>> whole.line.source, whole.summed, show(whole.analysis.rate_recomputed)
        ('各项资金合计', True, '30.00')
    """
    index = total_index(table.budget)
    if index is not None:
        # 年度资金总额 | 18000 | 3600 | 18000 | 2952 | 99.00% under 中央资金 | 地方资金 and
        # no 合计 column: the total prints a rate alone, the sources' sum is the whole
        # (its printed rate is checked against it: _check_unsummed_rate)
        summed = _total_sum(table)
        if summed is not None:
            return WholeBudget(summed, _analysis(summed), None)
        return WholeBudget(table.budget[index], analyses[index], index)
    line = _sources_sum(table, sources(table.budget)) or _uses_sum(table.budget)
    return None if line is None else WholeBudget(line, _analysis(line), None)


def sources(lines: Sequence[BudgetLine]) -> list[BudgetLine]:
    """*lines* without the uses (基本支出, 项目支出: ``BudgetRole.USE``).

    The uses split the money along another axis than its sources: never added to them.

    Example:
        >>> from perftrack import BudgetLine, BudgetRole
        >>> lines = [BudgetLine(BudgetRole.TOTAL, "合计"), BudgetLine(BudgetRole.USE, "基本支出")]
        >>> [line.source for line in sources(lines)]
        ['合计']
    """
    return [line for line in lines if line.role is not _BudgetRole.USE]


def _has_amounts(line: BudgetLine) -> bool:
    """Whether *line* prints an amount of money (a budget, a plan, an execution)."""
    return any(getattr(line, column) is not None for column, _ in _AMOUNT_COLUMNS)


def _unsummed_total(table: Table) -> BudgetLine | None:
    """The total line whose whole is its sources' sum (it prints no amount), or None."""
    index = total_index(table.budget)
    if index is None:
        return None
    total = table.budget[index]
    if total.role is not _BudgetRole.TOTAL or _has_amounts(total):
        return None
    return total


def _total_sum(table: Table) -> BudgetLine | None:
    """The sum of the sources of a total line that prints no amount, or None."""
    total = _unsummed_total(table)
    if total is None:
        return None
    return _sources_sum(table, [line for line in sources(table.budget) if line is not total])


def _sources_sum(table: Table, lines: Sequence[BudgetLine]) -> BudgetLine | None:
    """The sum of a block's sources (*lines*) when it prints no total, or None.

    Only sources that divide the budget between them are added: none marked ``其中``
    after the first, none that the lines after it add up to (财政拨款 over 中央 and
    省级), no negative amount, no line of amounts left unread, and every line that
    executed something has a budget. 一体化 exports and 部门整体 tables often list
    only the sources (当年财政拨款 800, 上年结转资金 200): their whole is 1000. So is
    a total line that prints no amount, only a rate: its sources' sum is its whole.
    """
    if len(lines) < 2 or any(line.role is _BudgetRole.TOTAL for line in lines):  # noqa: PLR2004
        return None
    if any(_marked_nested(line) for line in lines[1:]) or any(_signed(line) for line in lines):
        return None
    if any(line.executed is not None and _denominator(line)[0] is None for line in lines):
        return None
    if any(_leaves_lines_out(finding) for finding in table.findings):
        return None
    if _run_nested(lines):
        return None

    def added(values: list[Decimal | None]) -> Decimal | None:
        present = [value for value in values if value is not None]
        return sum(present, Decimal(0)) if present else None

    period = any(line.period_budget is not None for line in lines)
    return BudgetLine(
        _BudgetRole.TOTAL,
        SOURCES_SUM,
        initial=added([line.initial for line in lines]),
        # a line without 预算数 counts its 年初预算数, as its own rate would
        period_budget=added([_denominator(line)[0] for line in lines]) if period else None,
        executed=added([line.executed for line in lines]),
        forecast=added([line.forecast for line in lines]),
    )


def _row_rate(indicator: Indicator) -> Decimal | None:
    """The rate in % a grid row scoring the budget's execution (预算执行率) reports."""
    actual = indicator.actual
    if not isinstance(actual, Quantity) or actual.bound is not _Bound.EXACT:
        return None
    unit = actual.unit
    if unit is None and isinstance(indicator.target, (Comparison, Range)):
        unit = indicator.target.unit
    return actual.value if unit == "%" else None


def _execution_rows(
    state: _Scoring, verdicts: list[Verdict], time_progress: Decimal | None
) -> None:
    """Grid rows that report the budget's execution rate (预算执行率 38.5%), judged as it is.

    Against the budget block's rate: a row outside every rate the amounts allow (the
    printed figure read as rounded or truncated, as a printed 执行率 is) gets
    ``budget-rate-mismatch`` at its actual cell (98% beside 438 of 500, 87.60%).
    Without a rate from the block, the row is the budget's rate: below the bar
    (time progress, a self-evaluation table's year-end rate) it gets
    ``budget-behind-schedule``. In a tracking table a pending row below time progress
    without a plan of its own is behind, whatever its forecast, as the budget is.
    """
    table = state.table
    if table.kind is _TableKind.TARGET or not any(
        "执行率" in indicator.name for indicator in table.indicators
    ):
        return
    whole = state.whole
    block = judged_rate(whole.line, whole.analysis) if whole is not None else None
    whole_allowed = _line_allowed(whole.line) if whole is not None else None
    self_evaluation = table.kind is _TableKind.SELF_EVALUATION
    if self_evaluation:
        bar: Decimal | None = state.policy.year_end_rate
        bar_name = state.say("年终执行率要求", "the year-end bar")
    else:
        bar = None if time_progress is None else time_progress - state.policy.schedule_tolerance
        bar_name = state.say("序时进度", "time progress")
    reference = bar if self_evaluation else time_progress
    for index, indicator in enumerate(table.indicators):
        if not rates_execution(indicator.name):
            continue
        rate = _row_rate(indicator)
        if rate is None:
            continue
        name = indicator.name
        where = state.where_indicator(index, "actual")
        shown = (
            _shown_quantity(indicator.actual, "%") if isinstance(indicator.actual, Quantity) else ""
        )
        # 财政资金执行率 is held to the 财政 line, 预算执行率 to the whole budget
        held = _source_line(name, table.budget, department=is_department(table))
        line: BudgetLine | None = None
        allowed: tuple[Decimal, Decimal] | None = None
        if held is None and whole is not None:
            line, allowed = whole.line, whole_allowed
        elif held:
            line, allowed = held, _line_allowed(held)
        if line is not None and allowed is not None and _rate_mismatch(rate, allowed):
            computed = show(_analysis(line).rate_recomputed)
            source = line.source
            state.add(
                "budget-rate-mismatch",
                _Severity.WARNING,
                f"“{name}”实际完成值{shown}与预算执行情况（{source}）按金额计算的{computed}%不符",
                f"“{name}”: the actual {shown} does not match the budget's {computed}% "
                f"({source}, from the amounts)",
                where,
            )
            if _year_end(table):
                # mid-year the period's rate (78 of 80) says nothing of the year's ≥90%:
                # the row keeps its own reading beside the finding (sweep25 W1)
                rate = (
                    _rejudge_row(state, verdicts, index, time_progress, (shown, computed)) or rate
                )
        if bar is None or reference is None or rate >= bar:
            continue
        shown_rate, shown_bar, slightly = below(rate, reference)
        verdict = verdicts[index]
        # 预算执行率 | ≥80% | 85% is met against its own target and below the year-end
        # 90%: the row's "达成" and the block's "低于年终执行率要求" read as two verdicts on
        # one rate; the finding says which bar each is (r39h)
        low_zh, low_en = (
            _low_bar_said(indicator, bar)
            if self_evaluation
            and verdict.attainment is _Attainment.MET
            and (held is None or (whole is not None and held is whole.line))
            else ("", "")
        )
        if block is None:
            state.add(
                "budget-behind-schedule",
                _Severity.WARNING,
                f"“{name}”实际完成值{shown_rate}%{'略' if slightly else ''}低于{bar_name}"
                f"{shown_bar}%" + (f"（{low_zh}）" if low_zh else ""),
                f"“{name}”: the actual {shown_rate}% is {'just ' if slightly else ''}below "
                f"{bar_name} {shown_bar}%" + (f" ({low_en})" if low_en else ""),
                where,
            )
        elif low_zh:
            state.findings[:] = [
                evolve(
                    finding,
                    message=finding.message
                    + state.say(f"；“{name}”{low_zh}", f"; “{name}”: {low_en}"),
                )
                if finding.id == "budget-behind-schedule" and finding.where.budget_line is not None
                else finding
                for finding in state.findings
            ]
        if (
            not self_evaluation
            and index not in state.paced
            and verdict.attainment is _Attainment.PENDING
            and verdict.progress is not _Progress.BEHIND
            and (indicator.planned is None or isinstance(indicator.planned, NotApplicable))
        ):
            # on track by its 全年预计 (r36e), behind today: the year's forecast stands
            # beside today's lag, which decides, "但" saying which (r36k)
            but = ends_on_forecast(verdict.explanation)
            verdicts[index] = evolve(
                verdict,
                progress=_Progress.BEHIND,
                explanation=verdict.explanation
                + state.say(
                    f"{'，但' if but else '；'}执行率{shown_rate}%{'略' if slightly else ''}"
                    f"低于序时进度{shown_bar}%，进度落后",
                    f"{', but' if but else ';'} the rate {shown_rate}% is below time progress"
                    f" {shown_bar}%: behind",
                ),
            )


def _low_bar_said(indicator: Indicator, bar: Decimal) -> tuple[str, str]:
    """What a met 预算执行率 row's own target below the year-end *bar* adds (zh, en), or "".

    ``≥80%`` met by 85% under the policy's 90% (scoring.md §5): the row is met against
    the target the unit set, the rate is still below the bar (r39h).
    """
    target = indicator.target
    if not isinstance(target, (Comparison, Range)):
        return "", ""
    floor = target.low if isinstance(target, Range) else target.value
    if isinstance(target, Comparison) and target.op not in (_Op.GE, _Op.GT, _Op.EQ):
        return "", ""
    if floor >= bar:
        return "", ""
    printed = target.text or str(target)
    return (
        f"年度指标“{printed}”低于该要求，按年度指标判为达成",
        f"its target {printed} is below that bar: met against it",
    )


def _year_end(table: Table) -> bool:
    """Whether *table*'s period ends in December: a self-evaluation, or tracking through 12月.

    Only then is a 预算执行率 row the amounts contradict judged by their rate
    (budget37 H3): a tracking period to August gives the period's rate (78 of a
    period budget of 80, 97.50%), not the year's (sweep25 W1).
    """
    if table.kind is _TableKind.SELF_EVALUATION:
        return True
    # a project year (2024年7月-2025年6月) ends with its twelfth month (r36c); a term
    # to a date inside it (r37o) is not at its end
    return table.period is not None and (
        table.period.end.month == _DECEMBER
        or (is_own_year(table.period) and table.period.term_end is None)
    )


def _rejudge_row(
    state: _Scoring,
    verdicts: list[Verdict],
    index: int,
    time_progress: Decimal | None,
    said: tuple[str, str],
) -> Decimal | None:
    """Judge a 预算执行率 row the amounts contradict by their rate (budget37 H3), or None.

    Spec §7 scores the execution rate "from the recomputed rate": once the block's
    amounts give 85.00% beside a row printing 98%, the row is judged, and scored (the
    points read ``state.judged``), as if its actual were 85.00%, its explanation saying
    so. *said* is the printed figure and the recomputed rate as the finding shows them.
    Returns the rate the row is now judged by.
    """
    shown, computed = said
    judged = state.judged[index]
    if not isinstance(judged.actual, Quantity) or not isinstance(
        judged.target, (Comparison, Range)
    ):
        return None
    rate = Decimal(computed)
    # the block's rate, no longer the printed figure's label: 资金结转率8% on 项目资金执行率
    # is judged as the block's 96.00% execution, not as a rate of another measure (k30l H5)
    rejudged = evolve(judged, actual=evolve(judged.actual, value=rate, unit="%", label=None))
    ctx = _Context(
        rejudged,
        index,
        state.table,
        state.policy,
        state.as_of,
        state.year,
        state.say,
        time_progress=time_progress,
    )
    outcome = _attainment(ctx)
    state.judged[index] = rejudged
    # the progress from the same figure as the attainment (sweep25 U2): 60% printed
    # beside a block of 98% was met and behind
    has_forecast = any(row.forecast is not None for row in state.table.indicators)
    progress, why = _final_progress(ctx, has_forecast, rejudged, outcome.attainment)
    if why and progress is not _Progress.ON_TRACK:
        why = outcome.why + state.say("；", "; ") + why
    else:
        why = outcome.why
    verdicts[index] = evolve(
        verdicts[index],
        attainment=outcome.attainment,
        progress=progress,
        explanation=state.say(
            f"实际完成值{shown}与按金额计算的执行率{computed}%不符，按{computed}%判断；",
            f"the actual {shown} contradicts the rate {computed}% from the amounts: "
            f"judged as {computed}%; ",
        )
        + why,
    )
    return rate


def _line_allowed(line: BudgetLine) -> tuple[Decimal, Decimal] | None:
    """The rates the amounts of *line* allow, or None when they give no rate."""
    denominator = _denominator(line)[0]
    if denominator is None or denominator == 0 or _signed(line):
        return None
    return _rate_allowed(line, denominator)


# The words of a funding source in a grid row's name (财政资金执行率, 中央资金执行率,
# 其他资金执行率): the budget lines' words (vocabulary.BUDGET_ROLES) but the whole's and
# 补助 (补助资金执行率 is the project's money).
_SOURCE_WORDS: Final = tuple(
    word for word, role in voc.BUDGET_ROLES if role != "total" and word != "补助"
)


# The words of a part of the budget or of another budget than a project's block (parse55
# H6): 基本支出预算执行率 and 项目支出预算执行率 name a part of a department's money,
# 国有资本经营预算执行率, 医保基金预算执行率, 社保基金…, 上级补助资金执行率 another
# budget or source, 部门预算执行率 the department's budget (in a department's own table,
# its whole). A row naming one is held to a line whose label holds the word, else to nothing.
_OTHER_BUDGET_WORDS: Final = (
    *voc.BUDGET_BY_USE,  # 基本支出, 项目支出, 人员经费, 公用经费, 工资福利支出… (role use)
    "国有资本",
    "医保",
    "社保",
    "社会保险",
    "上级",
    "部门",
)


def _source_line(
    name: str, lines: Sequence[BudgetLine], *, department: bool = False
) -> BudgetLine | Literal[False] | None:
    """The budget line a grid 执行率 row naming a funding source is held to.

    None when the name names no source (预算执行率, 资金执行率, 项目资金执行率: the whole
    budget's rate); the one line whose label holds every source word of the name
    (财政资金执行率 and 其中：当年财政拨款); False when it names a source that no line, or
    more than one, matches: then it is compared with nothing. A part of the budget or
    another budget (:data:`_OTHER_BUDGET_WORDS`: 基本支出预算执行率, 国有资本经营预算执行率)
    counts as a source; 部门 is the whole in a department's table (*department*).

    >>> from perftrack import BudgetLine, BudgetRole
    >>> lines = [
    ...     BudgetLine(BudgetRole.TOTAL, "年度资金总额"),
    ...     BudgetLine(BudgetRole.APPROPRIATION, "其中：当年财政拨款"),
    ... ]
    >>> _source_line("预算执行率", lines) is None, _source_line("中央资金执行率", lines)
    (True, False)
    >>> _source_line("财政资金执行率", lines).source
    '其中：当年财政拨款'
    >>> _source_line("基本支出预算执行率", lines), _source_line("部门预算执行率", lines)
    (False, False)
    >>> _source_line("部门预算执行率", lines, department=True) is None
    True
    """
    head = name.partition("执行率")[0]
    words = [word for word in _SOURCE_WORDS if word in head]
    words += [
        word for word in _OTHER_BUDGET_WORDS if word in head and not (department and word == "部门")
    ]
    if not words:
        return None
    found = [line for line in lines if all(word in line.source for word in words)]
    return found[0] if len(found) == 1 else False


def total_index(lines: Sequence[BudgetLine]) -> int | None:
    """The index of the line that stands for the whole budget, or None.

    The 总额 line (年度资金总额), or else the only line there is: a project funded from
    one source prints just 财政资金 or 财政拨款, and that line is its whole budget
    (judged against time progress, scored for 执行率). Several lines without a total
    name no whole. A use (基本支出, 项目支出: ``BudgetRole.USE``) is never the whole
    and is not counted: 财政拨款 of which 基本支出 and 项目支出 has 财政拨款 for its whole.

    Example:
        >>> from perftrack import BudgetLine, BudgetRole
        >>> total_index([BudgetLine(BudgetRole.APPROPRIATION, "财政拨款")])
        0
        >>> other = BudgetLine(BudgetRole.OTHER, "其他资金")
        >>> total_index([BudgetLine(BudgetRole.APPROPRIATION, "财政拨款"), other]) is None
        True
        >>> total_index([BudgetLine(BudgetRole.USE, "项目支出")]) is None
        True
    """
    found = None
    for index, line in enumerate(lines):
        if line.role is _BudgetRole.TOTAL:
            return index
        if line.role is not _BudgetRole.USE:
            if found is not None:
                return None
            found = index
    return found


_AMOUNT_COLUMNS: Final = (
    ("initial", "年初预算数"),
    ("period_budget", "预算数"),
    ("planned", "计划数"),
    ("executed", "执行数"),
    ("forecast", "预计执行数"),
)


# The columns whose lines add up to the total's: the amounts, and a target table's 中期
# (实施期) figure beside the year's (r36h: its sources were not checked).
_SUMMED_COLUMNS: Final = (*_AMOUNT_COLUMNS, ("midterm", "中期资金"))


def _column_sums(
    whole: BudgetLine, lines: list[BudgetLine]
) -> list[tuple[str, str, Decimal, list[Decimal]]]:
    """Per amount column both print: the column, its label, *whole*'s amount, *lines*' amounts."""
    sums = []
    for column, label in _SUMMED_COLUMNS:
        amount = getattr(whole, column)
        values = [value for line in lines if (value := getattr(line, column)) is not None]
        if amount is not None and values:
            sums.append((column, label, amount, values))
    return sums


def _adds_up(values: list[Decimal], whole: Decimal) -> bool:
    """Whether *values* add up to *whole*, within half a unit of their last digits.

    The whole's own digit counts too: a total printed ``1250`` stands for anything
    from 1249.5 to 1250.5, so parts of 600.4 and 649.4 add up to it.

    >>> _adds_up([Decimal("600.4"), Decimal("649.4")], Decimal("1250"))
    True
    >>> _adds_up([Decimal("600.4"), Decimal("649.4")], Decimal("1250.00"))
    False
    >>> _adds_up([Decimal("60.0"), Decimal("30.0"), Decimal("10.2")], Decimal("100.0"))
    False
    """
    gap = abs(sum(values, _ZERO) - whole)
    if not gap:
        return True  # the common case: no digit to weigh
    # strictly within: a gap of all the half units at once would need every figure
    # rounded at the very edge (60.0 + 30.0 + 10.2 against 100.0 does not add up)
    return gap < sum((_half_unit(value) for value in values), _half_unit(whole))


def _top_level(parts: list[BudgetLine]) -> list[BudgetLine]:
    """The budget lines that divide the total, without those nested in the first source.

    ``其中：财政拨款 470`` followed by ``其中：中央补助资金 300`` and ``省级补助资金 170``:
    the two add up to the 财政拨款 in every column they fill, so they break it down and
    are not counted again.
    """
    sources = [line for line in parts if line.role is _BudgetRole.APPROPRIATION]
    if len(sources) < 2:  # noqa: PLR2004 - a source and what it holds
        return parts
    head, *rest = sources
    sums = _column_sums(head, rest)
    if not sums or not all(_adds_up(values, whole) for _, _, whole, values in sums):
        return parts
    return [line for line in parts if all(line is not nested for nested in rest)]


def _lone_share(total: BudgetLine, line: BudgetLine) -> bool:
    """Whether *line*, alone under *total*, is one part of it: marked ``其中`` and below it.

    ``年度资金总额 10000`` over ``其中：专项债券资金 6000``: the bond share, no breakdown
    of the total. A line equal to the total in a column it prints (``其中：当年财政拨款
    2000`` of 2000) is the whole and is held to it in every column.

    >>> from perftrack.model import BudgetRole
    >>> total = BudgetLine(BudgetRole.TOTAL, "年度资金总额", initial=Decimal(10000))
    >>> share = BudgetLine(BudgetRole.APPROPRIATION, "其中：专项债券资金", initial=Decimal(6000))
    >>> _lone_share(total, share), _lone_share(total, evolve(share, source="专项债券资金"))
    (True, False)
    """
    return _marked_nested(line) and _below_total(total, line)


def _below_total(total: BudgetLine, line: BudgetLine) -> bool:
    """Whether *line* prints an amount and each is below the total's in its column."""
    pairs = [
        (amount, whole)
        for column, _ in _AMOUNT_COLUMNS
        if (amount := getattr(line, column)) is not None
        and (whole := getattr(total, column)) is not None
    ]
    return bool(pairs) and all(amount < whole for amount, whole in pairs)


def _lone_source_beside_uses(lines: Sequence[BudgetLine], line: BudgetLine) -> bool:
    """Whether *line*, the only source under the total, stands beside uses (r37d).

    ``资金总额 3120.50 | 其中：基本支出 2010.00 | 项目支出 1110.50 | 其他资金 0``: a
    department's budget split by use, which prints one source; that source is one part
    of the total, no breakdown of it (the uses are, checked on their own). Below the
    total in every column it prints (equal in one, it is the whole and is held to it).

    >>> from perftrack.model import BudgetRole
    >>> total = BudgetLine(BudgetRole.TOTAL, "资金总额", initial=Decimal(100))
    >>> other = BudgetLine(BudgetRole.OTHER, "其他资金", initial=Decimal(0))
    >>> use = BudgetLine(BudgetRole.USE, "基本支出", initial=Decimal(60))
    >>> _lone_source_beside_uses([total, use, other], other)
    True
    >>> _lone_source_beside_uses([total, other], other)
    False
    """
    total = next((one for one in lines if one.role is _BudgetRole.TOTAL), None)
    return (
        total is not None
        and any(one.role is _BudgetRole.USE for one in lines)
        and _below_total(total, line)
    )


def _lone_part(total: BudgetLine, line: BudgetLine) -> bool:
    """Whether *line*, alone under *total* and marked ``其中``, is a part of it, not the whole.

    No column it prints equals the total's (an equal one makes it the whole, held to the
    total in every column, :func:`_lone_share`): a column below the total is no mismatch.
    """
    return _marked_nested(line) and not any(
        amount == whole
        for column, _ in _AMOUNT_COLUMNS
        if (amount := getattr(line, column)) is not None
        and (whole := getattr(total, column)) is not None
    )


def _marked_nested(line: BudgetLine) -> bool:
    """Whether the line's label says it is part of the line above (``其中：上年结转``)."""
    return line.source.lstrip().startswith("其中")


def _run_nested(parts: Sequence[BudgetLine]) -> set[int]:
    """The lines that break down a line above them, by their figures.

    Two or more lines right after a line (of any role) that add up to it in every
    column they fill: ``财政拨款 90`` over ``其中：当年财政拨款 70`` and ``上年结转 20``.
    The shortest such run is taken; the search goes on after it.

    >>> from perftrack.model import BudgetRole
    >>> lines = [
    ...     BudgetLine(BudgetRole.APPROPRIATION, "财政拨款", initial=Decimal(90)),
    ...     BudgetLine(BudgetRole.APPROPRIATION, "其中：当年财政拨款", initial=Decimal(70)),
    ...     BudgetLine(BudgetRole.CARRIED_OVER, "上年结转", initial=Decimal(20)),
    ...     BudgetLine(BudgetRole.OTHER, "其他资金", initial=Decimal(10)),
    ... ]
    >>> sorted(_run_nested(lines))
    [1, 2]
    """
    nested: set[int] = set()
    index = 0
    while index < len(parts) - 2:
        head = parts[index]
        end = next(
            (
                end
                for end in range(index + 2, len(parts))
                if (sums := _column_sums(head, list(parts[index + 1 : end + 1])))
                and all(_adds_up(values, whole) for _, _, whole, values in sums)
            ),
            None,
        )
        if end is None:
            index += 1
        else:
            nested.update(range(index + 1, end + 1))
            index = end + 1
    return nested


def _partly_nested(parts: Sequence[BudgetLine], skipped: set[int]) -> set[int]:
    """The lines marked ``其中`` after the first that part of what stands above them.

    ``其中：财政拨款 90`` then ``其中：上年结转 20``: the 20 is carried over within the
    90, not beside it. So is ``其中：上年结转 150`` after 中央 600, 省级 300 and 县级 100:
    of the 1000 they hold. A marked line counts as such when no amount of it exceeds
    the lines above it (other than those in *skipped*, and other such lines) together.
    """
    partly: set[int] = set()
    for index in range(1, len(parts)):
        line = parts[index]
        if index in skipped or not _marked_nested(line):
            continue
        above = [parts[i] for i in range(index) if i not in skipped and i not in partly]
        within = True
        for column, _ in _AMOUNT_COLUMNS:
            amount = getattr(line, column)
            if amount is None:
                continue
            values = [value for other in above if (value := getattr(other, column)) is not None]
            if not values or amount > sum(values, Decimal(0)):
                within = False
                break
        if within:
            partly.add(index)
    return partly


_ColumnSums = list[tuple[str, str, Decimal, list[Decimal]]]


def _summed_parts(total: BudgetLine, parts: list[BudgetLine]) -> _ColumnSums:
    """The column sums checked against *total*: those of the top level of the sources.

    Lines printed flat add up as they stand. When they do not, a line may break down
    another (see :func:`_run_nested`, :func:`_partly_nested`): the reading without
    those lines that adds up in every column is taken, else the one that adds up in
    the most columns (the first of them), so a single wrong column is the one told.
    """

    def fits(sums: _ColumnSums) -> int:
        return sum(_adds_up(values, whole) for _, _, whole, values in sums)

    best = _column_sums(total, _top_level(parts))
    best_fits = fits(best)
    if best_fits == len(best):
        return best
    runs = _run_nested(parts)
    readings = (runs, _partly_nested(parts, set()), runs | _partly_nested(parts, runs))
    for skipped in readings:
        if not skipped:
            continue
        sums = _column_sums(total, [line for i, line in enumerate(parts) if i not in skipped])
        count = fits(sums)
        if sums and count == len(sums):
            return sums
        if count > best_fits:
            best, best_fits = sums, count
    return best


def _budget_adjusted(state: _Scoring) -> None:
    """``budget-adjusted``: once per adjustment, the total's naming the sources it moved.

    年度资金总额 8000 → 9000 with 其中：财政拨款 7500 → 8500 is one adjustment, told on
    the total (``其中“财政拨款”由7500调整为8500``); a source adjusted under a total that
    is not (or without a total) is told on its own.
    """
    if window_after_january(state.table) is not None:
        return  # 7-12月预算数 beside 年初预算数: the window's share, no adjustment
    adjusted = [
        line
        for line in state.table.budget
        if line.initial is not None
        and line.period_budget is not None
        and line.period_budget != line.initial
    ]
    total = next((line for line in adjusted if line.role is _BudgetRole.TOTAL), None)
    if total is None:
        told = [(line, "", "") for line in adjusted]
    else:
        parts = [line for line in adjusted if line is not total]
        named = "，".join(
            f"“{_plain_source(line.source)}”由{line.initial}调整为{line.period_budget}"
            for line in parts
        )
        named_en = ", ".join(
            f"“{_plain_source(line.source)}” from {line.initial} to {line.period_budget}"
            for line in parts
        )
        told = [(total, f"，其中{named}" if parts else "", f"; {named_en}" if parts else "")]
    for line, zh, en in told:
        state.add(
            "budget-adjusted",
            _Severity.INFO,
            f"“{line.source}”预算由年初{line.initial}调整为{line.period_budget}{zh}",
            f"“{line.source}”: budget adjusted from {line.initial} to {line.period_budget}{en}",
            state.where_line(line, "period_budget"),
        )


def _plain_source(source: str) -> str:
    """A source's name without its ``其中：`` (其中：财政拨款 → 财政拨款).

    Example:
        >>> _plain_source("其中：当年财政拨款"), _plain_source("上年结转资金")
        ('当年财政拨款', '上年结转资金')
    """
    for mark in ("其中：", "其中:", "其中"):
        if source.startswith(mark) and len(source) > len(mark):
            return source[len(mark) :]
    return source


# The lines whose blank budget says nothing beside budgeted sources: the whole, a use.
_WHOLE_OR_USE: Final = frozenset({_BudgetRole.TOTAL, _BudgetRole.USE})


def _unbudgeted(lines: Sequence[BudgetLine]) -> dict[int, BudgetLine]:
    """The budget lines that spent money without a budget, by their place in *lines*.

    A line with a budget of 0 and an amount executed; or a source with an amount
    executed and no budget at all (``其他资金 | — | — | 60``, a blank or ``/``) while
    another source prints its budget. A block whose sources print no budget at all
    (only the total does) says nothing about them.

    Example:
        >>> from perftrack.model import BudgetRole
        >>> total = BudgetLine(BudgetRole.TOTAL, "年度资金总额", Decimal(100), executed=Decimal(70))
        >>> funds = BudgetLine(
        ...     BudgetRole.APPROPRIATION, "财政拨款", Decimal(100), executed=Decimal(60)
        ... )
        >>> other = BudgetLine(BudgetRole.OTHER, "其他资金", executed=Decimal(10))
        >>> list(_unbudgeted([total, funds, other]))
        [2]
        >>> list(_unbudgeted([total, evolve(funds, initial=None), other]))
        []
    """
    budgeted = any(
        line.role not in _WHOLE_OR_USE and _denominator(line)[0] is not None for line in lines
    )
    unfilled = _unfilled_lines(lines)
    found = {}
    for number, line in enumerate(lines):
        if line.executed is None or line.executed <= 0 or _signed(line):
            continue
        if any(one is line for one in unfilled):
            continue  # a form left unfilled (budget-amount-missing), not unbudgeted spending
        denominator = _denominator(line)[0]
        # a use printing its spending alone (基本支出 | — | 640) is no unbudgeted source
        if denominator == 0 or (
            denominator is None and budgeted and line.role not in _WHOLE_OR_USE
        ):
            found[number] = line
    return found


def _budget_blank(line: BudgetLine) -> bool:
    """Whether the line's 预算数 cells are left empty (not 0, not a dash) with money executed."""
    return (
        line.executed is not None
        and line.executed > 0
        and _denominator(line)[0] is None
        and not _printed(line, "initial")
        and not _printed(line, "period_budget")
        and not _signed(line)
    )


def _unfilled_lines(
    lines: Sequence[BudgetLine], span: BudgetSpan = BudgetSpan.UNKNOWN
) -> list[BudgetLine]:
    """The lines whose 预算数 is left blank while the total's is blank too (rv23a H1/H2).

    A total with an amount executed and no 预算数 written, nor a dash: the form was left
    unfilled, so the total and every source as blank are named by ``budget-amount-missing``
    (a source's blank beside a total that prints its budget is spending without a budget,
    ``over-execution``). Empty when the total prints its budget, and when the block has
    no 预算数 column at all: none named by the header (*span* unknown) and no line
    printing one (``上年执行数 | 1-6月执行数`` asks for no budget).

    Example:
        >>> from perftrack.model import BudgetRole
        >>> total = BudgetLine(BudgetRole.TOTAL, "年度资金总额", executed=Decimal(260))
        >>> funds = BudgetLine(BudgetRole.APPROPRIATION, "财政拨款", executed=Decimal(260))
        >>> [line.source for line in _unfilled_lines([total, funds], _BudgetSpan.YEAR)]
        ['年度资金总额', '财政拨款']
        >>> _unfilled_lines([total, funds])
        []
        >>> _unfilled_lines([evolve(total, initial=Decimal(300)), funds], _BudgetSpan.YEAR)
        []
    """
    total = next((line for line in lines if line.role is _BudgetRole.TOTAL), None)
    if total is None or not _budget_blank(total):
        return []
    if span is _BudgetSpan.UNKNOWN and not any(
        _printed(line, "initial") or _printed(line, "period_budget") for line in lines
    ):
        return []  # no 预算数 column to have filled in
    return [line for line in lines if _budget_blank(line)]


def _budget_missing(state: _Scoring, rate: Decimal | None) -> None:
    """``budget-amount-missing``: the 预算数 left blank, so no rate (rv23a H1/H2)."""
    lines = _unfilled_lines(state.table.budget, state.table.budget_span)
    if not lines or rate is not None:
        return
    _say_amount_missing(state, lines, lines[0], ("预算数", "no budget written"))


def _say_amount_missing(
    state: _Scoring, lines: list[BudgetLine], total: BudgetLine, blank: tuple[str, str]
) -> None:
    """``budget-amount-missing`` naming *lines*, whose *blank* column (zh, en) is empty.

    In a 自评表 whose total line prints its 得分, the message says the printed 得分
    stands unchecked ("unknown: printed points").
    """
    named = "、".join(f"“{line.source}”" for line in lines)
    named_en = ", ".join(f"“{line.source}”" for line in lines)
    zh = f"{named}未填写{blank[0]}，无法计算预算执行率"
    en = f"{named_en}: {blank[1]}, so no execution rate"
    if (points := _claimed_rate_points(state.table, total)) is not None:
        zh += f"，预算执行率得分按填报得分{points}计，无依据"
        en += f"; the printed points {points} stand unchecked"
    state.add(
        "budget-amount-missing", _Severity.WARNING, zh, en, state.where_line(total, "executed")
    )


def _claimed_rate_points(table: Table, line: BudgetLine) -> Decimal | None:
    """The 得分 above 0 a 自评表's total *line* prints for the execution rate, else None."""
    if (
        table.kind is _TableKind.SELF_EVALUATION
        and line.role is _BudgetRole.TOTAL
        and line.published_points is not None
        and line.published_points > 0
    ):
        return line.published_points
    return None


def _executed_blank(line: BudgetLine) -> bool:
    """Whether the line prints a budget above 0 and leaves its 执行数 empty (not 0, not a dash)."""
    denominator = _denominator(line)[0]
    return (
        denominator is not None
        and denominator > 0
        and line.executed is None
        and not _printed(line, "executed")
    )


def _executed_missing(state: _Scoring, rate: Decimal | None) -> None:
    """``budget-amount-missing`` the other way round: the 执行数 left blank (budget37 H2).

    A tracking or self-evaluation table whose total prints its 预算数 and leaves its
    执行数 empty (not 0, not a dash), with no rate printed either: no rate can be
    computed, so nothing says how the budget was spent. The total and every source
    with a budget and a blank 执行数 are named in one finding; in a 自评表 whose budget
    line prints its 得分, the message says the printed 得分 stands unchecked.
    """
    table = state.table
    if rate is not None or table.kind not in (_TableKind.TRACKING, _TableKind.SELF_EVALUATION):
        return
    total = next((line for line in table.budget if line.role is _BudgetRole.TOTAL), None)
    if total is None or not _executed_blank(total):
        return
    lines = [line for line in table.budget if _executed_blank(line)]
    _say_amount_missing(state, lines, total, ("执行数", "no amount executed written"))


def _add_unbudgeted(state: _Scoring, line: BudgetLine, unbudgeted: dict[int, BudgetLine]) -> None:
    """``over-execution`` for a line that spent without a budget (see :func:`_unbudgeted`).

    When the total's amount executed holds such money, the message adds the total's
    rate without it: 1420 of 1800 (78.89%) with 120 unbudgeted is 72.22% on the budget.
    """
    role, executed = line.source, line.executed
    why = "预算数为0" if _denominator(line)[0] == 0 else "未列预算数"
    why_en = "a budget of 0" if _denominator(line)[0] == 0 else "no budget"
    zh = f"“{role}”{why}，无预算安排却执行{executed}"
    en = f"“{role}”: {why_en}, yet executed {executed}"
    without = _rate_without(state.table.budget, unbudgeted)
    if without is not None and line.role is not _BudgetRole.TOTAL:
        rate, rest = (show(value) for value in without)
        zh += f"；资金总额执行率{rate}%含无预算安排的执行数，扣除后为{rest}%"
        en += f"; the total's rate {rate}% holds it, {rest}% without"
    if (points := _claimed_rate_points(state.table, line)) is not None:
        # 年度资金总额 | 0.00 | 0.00 | 5.00 | 10 | | 10: no rate, so the printed 得分 is
        # kept (spec §7), but it was claimed against no budget at all (r35l), as
        # budget-amount-missing says of a blank amount; a printed rate (100%) over no
        # budget is as baseless
        zh += f"，填报的预算执行率得分{points}无依据"
        en += f"; the printed rate points {points} have no basis"
    state.add("over-execution", _Severity.WARNING, zh, en, state.where_line(line, "executed"))


def unbudgeted_lines(table: Table) -> list[BudgetLine]:
    """The budget lines of *table* that spent money without a budget (``over-execution``).

    A line with a budget of 0 and something executed, or a source with something
    executed and no budget while another source prints its own.

    Example:
        >>> from perftrack.model import BudgetRole, TableKind
        >>> total = BudgetLine(BudgetRole.TOTAL, "总额", Decimal(100), executed=Decimal(70))
        >>> funds = BudgetLine(BudgetRole.APPROPRIATION, "拨款", Decimal(100), executed=Decimal(60))
        >>> other = BudgetLine(BudgetRole.OTHER, "其他资金", executed=Decimal(10))
        >>> table = Table(TableKind.TRACKING, budget=(total, funds, other))
        >>> [line.source for line in unbudgeted_lines(table)]
        ['其他资金']
    """
    return list(_unbudgeted(table.budget).values())


def rate_without_unbudgeted(table: Table) -> tuple[Decimal, Decimal] | None:
    """The total's rate, and its rate without the money spent with no budget, in %.

    None unless a source spent without a budget and the total's executed amount holds
    it (the top-level sources add up to it).

    Example:
        >>> from perftrack.model import BudgetRole, TableKind
        >>> total = BudgetLine(BudgetRole.TOTAL, "总额", Decimal(1800), executed=Decimal(1420))
        >>> funds = BudgetLine(
        ...     BudgetRole.APPROPRIATION, "拨款", Decimal(1800), executed=Decimal(1300)
        ... )
        >>> other = BudgetLine(BudgetRole.OTHER, "其他资金", executed=Decimal(120))
        >>> rates = rate_without_unbudgeted(Table(TableKind.TRACKING, budget=(total, funds, other)))
        >>> [show(rate) for rate in rates or ()]
        ['78.89', '72.22']
    """
    return _rate_without(table.budget, _unbudgeted(table.budget))


def _rate_without(
    lines: Sequence[BudgetLine], unbudgeted: dict[int, BudgetLine]
) -> tuple[Decimal, Decimal] | None:
    total = next((one for one in lines if one.role is _BudgetRole.TOTAL), None)
    whole = None if total is None else _denominator(total)[0]
    outside = [one for one in unbudgeted.values() if one is not total]
    if total is None or total.executed is None or not whole or not outside:
        return None
    top = _top_level([one for one in sources(lines) if one.role is not _BudgetRole.TOTAL])
    spent = [one.executed for one in top if one.executed is not None]
    if not all(any(one is part for part in top) for one in outside) or not _adds_up(
        spent, total.executed
    ):
        return None
    rest = total.executed - sum((one.executed or 0 for one in outside), Decimal(0))
    return total.executed / whole * _HUNDRED, rest / whole * _HUNDRED


def _check_project_name(state: _Scoring) -> None:
    """``missing-project-name`` for a project's table that names no project.

    A reviewer returns such a table for its identification: the reports can only
    call it （未注明项目）. A department's table (部门整体, :func:`is_department`)
    names a department, not a project: it is never asked for one. Only a table read
    from a file is asked (one built in code names what it likes).

    Example:
        >>> from perftrack.scoring import score
        >>> from perftrack.model import Project, Source, TableKind
        >>> table = Table(TableKind.TRACKING, source=Source(file="无名.tsv"))
        >>> [(f.id, f.message) for f in score(table).findings]
        [('missing-project-name', '未填写项目名称和主管部门，无法确定所审核的项目')]
    """
    table = state.table
    project = table.project
    if table.source.file is None or (project.name or "").strip() or is_department(table):
        return
    if sheet_names_project(table.source.sheet):
        return  # 农村饮水安全巩固提升 as the sheet of a workbook of projects: its name
    if (project.department or "").strip():
        zh, en = "未填写项目名称", "no project name"
    else:
        zh = "未填写项目名称和主管部门，无法确定所审核的项目"
        en = "no project name and no department: the table names no project"
    where = Where(file=table.source.file, sheet=table.source.sheet)
    state.add("missing-project-name", _Severity.WARNING, zh, en, where)


def is_department(table: Table) -> bool:
    """Whether *table* is a department's (部门整体): by its title, or its framework's level 1s.

    Example:
        >>> from perftrack.model import TableKind
        >>> is_department(Table(TableKind.SELF_EVALUATION, title="部门整体支出绩效自评表"))
        True
    """
    return "部门整体" in (table.title or "") or any(
        indicator.level1 in _DEPARTMENT_LEVEL1 for indicator in table.indicators
    )


def _budget_sums(state: _Scoring) -> None:
    lines = sources(state.table.budget)  # the uses' sums are the reader's (_check_uses)
    total = next((line for line in lines if line.role is _BudgetRole.TOTAL), None)
    parts = [line for line in lines if line.role is not _BudgetRole.TOTAL]
    if total is None or not parts:
        return
    if len(parts) == 1 and _lone_share(total, parts[0]):
        return  # 总额 10000 | 其中：专项债券资金 6000: one part of the total, no breakdown
    if len(parts) == 1 and _lone_source_beside_uses(state.table.budget, parts[0]):
        return  # 资金总额 | 基本支出 | 项目支出 | 其他资金 0: split by use, one source printed
    if any(_leaves_lines_out(finding) for finding in state.table.findings):
        return  # a line of amounts the reader could not place: the parts are incomplete
    # one missing source leaves every column short: one finding names them all
    wrong = [
        (column, _budget_label(state.table, column, label), whole, sum(values, _ZERO))
        for column, label, whole, values in _summed_parts(total, parts)
        if not _adds_up(values, whole)
    ]
    if len(parts) == 1 and _lone_part(total, parts[0]):
        # 其中 6000/5000/6500 under 10000/8000/6000: only the column over its total is wrong
        wrong = [one for one in wrong if one[3] > one[2]]
    if any(_executed_unknown(line) for line in parts):
        # a line whose quarters could not be read has an executed amount, not known: not 0
        # (letter22 H2); the 执行数 column is not checked
        wrong = [one for one in wrong if one[0] != "executed"]
    if wrong and _unit_slip(state, total, _top_level(parts)):
        return  # one line in 元 inside a 万元 block: said once (review30 H6)
    if wrong:
        state.add(
            "budget-sum-mismatch",
            _Severity.WARNING,
            "，".join(
                _midterm_sum_zh(total.midterm_label, added, whole)
                if column == "midterm"
                else f"{label}各项合计{added}与总额{whole}不符"
                for column, label, whole, added in wrong
            ),
            "; ".join(
                f"the lines' {_budget_words(label)} add up to {added}, not the total's {whole}"
                for _, label, whole, added in wrong
            ),
            state.where_line(total, wrong[0][0]),
            figures=tuple(
                figure
                for _, label, whole, added in wrong
                for figure in (Figure("added", added, label), Figure("whole", whole, label))
            ),
        )


# The period a 中期 column's header names (中期资金总额, 实施期资金总额, 2025-2027年…).
_MIDTERM_WORD_RE: Final = re.compile(r"中期|实施期|项目期|建设期")


def _midterm_sum_zh(header: str, added: Decimal, whole: Decimal) -> str:
    """The 中期 column's wrong sum, said by the period its header names (r36h).

    Example:
        >>> from decimal import Decimal as D
        >>> _midterm_sum_zh("中期资金总额", D(2900), D(3000))
        '中期资金来源各项合计2900与中期资金总额3000不符'
        >>> _midterm_sum_zh("", D(2900), D(3000))
        '实施期资金来源各项合计2900与实施期资金总额3000不符'
    """
    found = _MIDTERM_WORD_RE.search(header or "")
    period = found[0] if found else "实施期"
    return f"{period}资金来源各项合计{added}与{period}资金总额{whole}不符"


# 元 to 万元: a line printed in 元 inside a 万元 block is this many times too large.
_YUAN_PER_WAN: Final = Decimal(10000)


def _unit_slip(state: _Scoring, total: BudgetLine, parts: list[BudgetLine]) -> bool:
    """``budget-unit-slip`` for the one line in 元 of a 万元 block, when there is one.

    ``其他资金 | 2000000 | 2000000 | 800000`` under ``预算执行情况（万元）`` beside a total
    of 1200 = 1000 + 200: the line is 10,000 times what closes every column's sum, so
    it was filled in 元. One warning names the line and its amount in both units, in
    place of a ``budget-sum-mismatch`` per column (review30 H6). True when raised.
    """
    if state.table.budget_unit != "万元":
        return False
    slipped = None
    for index, line in enumerate(parts):
        amounts = [getattr(line, column) for column, _ in _AMOUNT_COLUMNS]
        if not any(amount for amount in amounts if amount is not None):
            continue
        fixed = [
            _divided(other, _YUAN_PER_WAN) if i == index else other for i, other in enumerate(parts)
        ]
        sums = _column_sums(total, fixed)
        others = _column_sums(total, [other for i, other in enumerate(parts) if i != index])
        needed = all(  # the line, in 万元, is what closes each sum it prints in
            not _adds_up(values, whole)
            for column, _, whole, values in others
            if (getattr(line, column) or 0) >= _YUAN_PER_WAN
        )
        if (
            needed
            and sums
            and all(_adds_up(values, whole) for _, _, whole, values in sums)
            and all((amount or 0) == 0 or amount >= _YUAN_PER_WAN for amount in amounts)
        ):
            if slipped is not None:
                return False  # two lines could be the slip: not said
            slipped = line
    if slipped is None:
        return False
    printed = next(amount for column, _ in _AMOUNT_COLUMNS if (amount := getattr(slipped, column)))
    _say_unit_slip(state, slipped, printed, "initial")
    return True


def _say_unit_slip(state: _Scoring, line: BudgetLine, printed: Decimal, column: str) -> None:
    """``budget-unit-slip`` for *line*, its *printed* amount said in 元 and in 万元."""
    # an amount of any digits (a code pasted in, 60 digits): exact, as half_up rounds
    with localcontext(prec=max(28, printed.adjusted() + 12), rounding=ROUND_HALF_EVEN):
        wan = (printed / _YUAN_PER_WAN).quantize(Decimal("0.01"))
        shown = printed.quantize(Decimal("0.01"))
    name = line.source or line.role.value
    state.add(
        "budget-unit-slip",
        _Severity.WARNING,
        f"“{name}”金额疑以元填报（{shown}元即{wan}万元），与表内单位万元不一致，请核改",
        f"the amounts of “{name}” look filled in yuan ({shown} yuan is {wan} 万元),"
        " not in the block's 万元",
        state.where_line(line, column),
        figures=(Figure("printed", shown, name), Figure("converted", wan, name)),
    )


# The smallest amount in 万元 whose integer part has seven digits: 100亿元, no project's.
_YUAN_LOOKING: Final = Decimal(1000000)


def _block_in_yuan(state: _Scoring, whole: BudgetLine) -> None:
    """``budget-unit-slip`` for a whole block of 万元 whose amounts look like 元 (budget37 M2).

    ``1250000 | 1250000 | 900000`` under ``单位：万元``: 125亿元 for one project. A
    whole budget whose 预算数 (the rate's denominator) has seven digits or more
    (1,000,000万元 is 100亿元) was filled in 元: one warning names the line and its
    budget in both units. Nothing is rescaled (the rate is the same either way), and nothing is said when one line
    alone slipped (:func:`_unit_slip` said it). A department's whole budget or a
    province's transfer payment may really be that large (1,250,000万元 for a
    province's 水利发展资金): nothing is said there (regress94 W1), unless the
    payment's department or implementer is a county's, a district's or a township's
    (regress95 W2: 120亿元 for 某镇人民政府's 农村综合改革转移支付 is 元).
    """
    table = state.table
    if (
        table.budget_unit != "万元"
        or any(finding.id == "budget-unit-slip" for finding in state.findings)
        or is_department(table)
        or _large_transfer(table)
    ):
        return
    printed, column = _denominator(whole)
    if printed is None or column is None or printed < _YUAN_LOOKING:
        return
    _say_unit_slip(state, whole, printed, column)


# A body below a city's: a county's, a district's (not 自治区), a township's, a street's.
_LOCAL_BODY_RE: Final = re.compile("[县镇乡]|街道|(?<!自治)区")


def _large_transfer(table: Table) -> bool:
    """Whether *table* is a transfer payment that may be 100亿元 or more (regress94 W1).

    ``转移支付`` in the project's name or the title, and neither the department nor the
    implementer a county's or below (a province's name, ``省级``, settles it).

    Example:
        >>> from perftrack.model import Project, TableKind
        >>> def table(name: str, department: str) -> Table:
        ...     project = Project(name=name, department=department)
        ...     return Table(TableKind.SELF_EVALUATION, project=project)
        >>> _large_transfer(table("水利发展资金转移支付", "某省水利厅"))
        True
        >>> _large_transfer(table("农村综合改革转移支付资金", "某镇人民政府"))
        False
        >>> _large_transfer(table("省级水利发展资金转移支付", "县水利局"))
        True
    """
    project = table.project
    if "转移支付" not in f"{project.name or ''} {table.title or ''}":
        return False
    if "省级" in (project.name or "") or "中央" in (project.name or ""):
        return True
    bodies = f"{project.department or ''} {project.implementer or ''}"
    return _LOCAL_BODY_RE.search(bodies) is None


def _divided(line: BudgetLine, divisor: Decimal) -> BudgetLine:
    """*line* with each amount column divided by *divisor* (元 read as 万元)."""
    changes = {
        column: amount / divisor
        for column, _ in _AMOUNT_COLUMNS
        if (amount := getattr(line, column)) is not None
    }
    return evolve(line, **changes)


def _executed_unknown(line: BudgetLine) -> bool:
    """Whether *line* prints executed amounts for parts of the year but has none read.

    ``其他资金 | 20 | 40`` under ``一季度执行数 | 二季度执行数`` that could be running
    totals or each quarter's (``budget-quarters-unsure``): the line spent something, how
    much is unknown, so it counts neither 0 nor anything in a sum (letter22 H2).

    Example:
        >>> from perftrack.model import BudgetPart
        >>> part = BudgetPart("二季度执行数", 4, 6, Decimal(40))
        >>> _executed_unknown(BudgetLine(_BudgetRole.OTHER, "其他资金", quarters=(part,)))
        True
        >>> _executed_unknown(BudgetLine(_BudgetRole.OTHER, "其他资金", executed=Decimal(40)))
        False
    """
    return line.executed is None and any(part.amount is not None for part in line.quarters)


_BUDGET_WORDS: Final = {
    "年初预算数": "initial budgets",
    "全年预算数": "annual budgets",
    "跟踪期预算数": "period budgets",
    "预算数": "budgets",
    "计划数": "planned amounts",
    "执行数": "executed amounts",
    "预计执行数": "forecast amounts",
    "资金来源": "funding sources",
}


def _budget_words(label: str) -> str:
    """The English of an amount column's label (:func:`_budget_label`), in the plural.

    Example:
        >>> _budget_words("年初预算数"), _budget_words("全年预算数")
        ('initial budgets', 'annual budgets')
    """
    return _BUDGET_WORDS.get(label, label)


def budget_name(table: Table) -> str:
    """The name of a table's budget column (``period_budget``), for what it is.

    As its header says (``Table.budget_span``): 跟踪期预算数 or 全年预算数. A header that
    does not say (预算数) names the year's budget (全年预算数) in a self-evaluation or
    target table, and in a tracking table that prints the months' plan beside it;
    else the tracking table's budget, which may be either (预算数).

    Example:
        >>> from perftrack.model import BudgetSpan, TableKind
        >>> budget_name(Table(TableKind.SELF_EVALUATION)), budget_name(Table(TableKind.TRACKING))
        ('全年预算数', '预算数')
        >>> budget_name(Table(TableKind.TRACKING, budget_span=BudgetSpan.PERIOD))
        '跟踪期预算数'
    """
    if table.budget_span is _BudgetSpan.PERIOD:
        return "跟踪期预算数"
    if (
        table.budget_span is _BudgetSpan.YEAR
        or table.kind is not _TableKind.TRACKING
        or any(line.planned is not None for line in table.budget)
    ):
        return "全年预算数"
    return "预算数"


def _budget_label(table: Table, column: str, label: str) -> str:
    """*label* of an amount column, the budget named for what it is (:func:`budget_name`).

    Example:
        >>> from perftrack.model import TableKind
        >>> _budget_label(Table(TableKind.SELF_EVALUATION), "period_budget", "预算数")
        '全年预算数'
        >>> _budget_label(Table(TableKind.TRACKING), "initial", "年初预算数")
        '年初预算数'
        >>> _budget_label(Table(TableKind.TARGET), "initial", "年初预算数")
        '资金来源'
    """
    if column == "initial" and table.kind is _TableKind.TARGET:
        return "资金来源"  # a 目标表 prints amounts beside 年度资金总额, no 年初预算数 column
    return budget_name(table) if column == "period_budget" else label


# The level 1s of the department-wide framework (部门整体支出绩效).
_DEPARTMENT_LEVEL1: Final = voc.DEPARTMENT_LEVEL1


# Words of an indicator that scores the budget's execution (预算执行率, 资金执行率,
# 部门预算执行率, 支出执行率): the money, then 执行率.
_EXECUTION_RATE_RE: Final = re.compile(r"(?:预算|资金|支出|经费)[^率]{0,6}执行率")


def rates_execution(name: str) -> bool:
    """Whether an indicator scores the budget's execution rate (预算执行率).

    Example:
        >>> [rates_execution(n) for n in ("预算执行率", "项目资金执行率", "结转结余率", "执行率")]
        [True, True, False, False]
    """
    return "执行率" in name and _EXECUTION_RATE_RE.search(name) is not None


def _leaves_lines_out(finding: Finding) -> bool:
    """Whether *finding* says a line of the sources was not read: their sum is incomplete.

    The note on uses (基本支出, 项目支出 按支出用途列示, its figure ``uses``) names no
    source: beside sources since dept22 H5, it does not stop their sum check.
    """
    return finding.id == "budget-line-unread" and finding.figure("uses") is None
