"""The findings on indicators (scoring.md §6) and on targets as a 目标审核 reviewer reads them."""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Final

from attrs import evolve

from perftrack import vocabulary as voc
from perftrack._errors import ExpressionError
from perftrack._stated import stated as _stated
from perftrack._stated import vague_reason
from perftrack.expressions import (
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    PeriodTarget,
    QualitativeTarget,
    Quantity,
    Range,
    Status,
    StatusValue,
    Target,
    TextValue,
    Value,
    parse_target,
)
from perftrack.expressions._grammar import fraction_bound
from perftrack.expressions._normalize import normalize
from perftrack.model import (
    Direction,
    Figure,
    Indicator,
    Judgement,
    Likelihood,
    Severity,
    Table,
    Where,
)
from perftrack.scoring._attainment import (
    _CHANGE_OPENINGS,
    _NO_EVENT_TARGET_RE,
    _PERIODS_A_YEAR,
    _SCOPE_NOTE_RE,
    _SURVEY_PENDING_RE,
    _actual_is_target,
    _all_of_whole,
    _all_stepped_note,
    _as_change,
    _as_share,
    _copy_of_target,
    _counts_to_date,
    _forecast_kind,
    _grade_of_text,
    _is_ceiling,
    _is_satisfaction,
    _left_for_later_said,
    _letter_grade,
    _level_on_change_name,
    _milestones,
    _named_subset,
    _none_is_no_share,
    _other_measure,
    _per_period_written,
    _percent_between_levels,
    _percent_implied,
    _points_between_levels,
    _relative_target,
    _restated_time,
    _result_word,
    _risk_level_ceiling,
    _says_none,
    _scale_slip,
    _schedule_period,
    _share_of_work,
    _shown_quantity,
    _shown_target,
    _states_a_change,
    _states_a_direction,
    _subset_note,
    _survey_due_unmade,
    _survey_pending,
    _survey_scheduled,
    _target_form,
    _worded_satisfaction,
    average_apart,
    gives_no_number,
    inspection_set_aside,
    lead_time_target,
    period_rates_apart,
)
from perftrack.scoring._budget import (
    _DEPARTMENT_LEVEL1,
    _check_label_weights,
    _forecast_rate,
    _rate_named,
    _whole,
)
from perftrack.scoring._card import (
    Verdict,
    _Attainment,
    _Bound,
    _BudgetRole,
    _Direction,
    _Likelihood,
    _Op,
    _Part,
    _Progress,
    _Severity,
    _TableKind,
)
from perftrack.scoring._comments import reason_in_actual
from perftrack.scoring._common import (
    _CHANGE_VERBS,
    _HUNDRED,
    _RATE_UNITS,
    HIGHER_SHARE_RATE_RE,
    _benefit_by_name,
    _calendar_between_working,
    _calendar_beyond_working,
    _calendar_within_working,
    _change_direction,
    _factors,
    _failure_before,
    _fixed_standard,
    _is_cost,
    _judged_direction,
    _label_due,
    _limit_rate,
    _may_come_down,
    _normal,
    _per_100k_apart,
    _quantity_of,
    _rounding,
    _Scoring,
    _target_sign,
    _text,
    _work_share,
    _work_share_target,
    _working_in_calendar,
    _year_price_unclear,
    better_lower_by_name,
    days_and_months,
    framework_level1,
    handled_or_prevented,
    harm_named_lower,
    letters_for_digits_unit,
    monitoring_form,
    multi_year_span,
    share_better_higher,
    show,
)
from perftrack.scoring._counts import lone_figure_apart

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from perftrack.policy import Policy

# ---------------------------------------------------------------------------
# §6 indicator findings


# A name (or a target's label) that measures satisfaction itself: 群众满意度,
# 服务对象满意率, 满意度（%）; not what is counted about a survey under the level
# (满意度调查样本覆盖率, 满意度测评参与率, 满意度较上年提高). A name ending in the survey
# (群众满意度测评, 满意度调查) measures the satisfaction it finds.
_SATISFACTION_MEASURE_RE: Final = re.compile(
    r"满意(?:度|率|程度)?(?:测评|调查)?(?:[（(][^）)]*[)）])?"
)


def _measures_satisfaction(name: str, label: str | None) -> bool:
    """Whether *name* (and *label*, if any) ends with a satisfaction measure.

    >>> _measures_satisfaction("群众满意度", None), _measures_satisfaction("满意度测评参与率", None)
    (True, False)
    >>> _measures_satisfaction("满意度", "较上年提高")
    False
    >>> (
    ...     _measures_satisfaction("群众满意度测评", None),
    ...     _measures_satisfaction("满意度调查回收率", None),
    ... )
    (True, False)
    """

    def ends(text: str) -> bool:
        return any(m.end() == len(text) for m in _SATISFACTION_MEASURE_RE.finditer(text))

    return (not name or ends(name)) and (label is None or ends(label))


def _full_satisfaction(indicator: Indicator, target: object) -> bool:
    """Whether *target* asks a 满意度 of 100%: ``≥100%``, ``100%``, ``=100%``, ``达到100%``.

    Only on a name measuring satisfaction itself (not 满意度调查覆盖率); a share read from
    a fraction (``≥1``) is not written as a percentage and stays ``satisfaction-not-percent``.
    """
    return (
        isinstance(target, Comparison)
        and target.op in (_Op.GE, _Op.EQ)
        and target.unit in ("%", "百分比")
        and target.value == _HUNDRED
        and _measures_satisfaction(indicator.name, target.label)
    )


# A name that counts things (培训人次, 场馆免费开放天数, 设备数量): its target is a number
# with a unit of count, never a percentage (target21 H5).
_COUNT_NAME_RE: Final = re.compile(
    r"(?:人次|人数|次数|天数|个数|数量|户数|家数|件数|场次|册数|台数|套数|座数|辆数|项数|篇数"
    # a quantity measured in a unit of its own (target25 H3): 床位数 in 张, 里程 in 公里,
    # 面积 in 平方米 or 亩, 受益人口 in 人, 培训学员 in 人
    r"|床位数|里程|长度|面积|人口|学员)$"
)


def _count_in_percent(indicator: Indicator, target: object) -> bool:
    """Whether *target* is a bare percentage on an indicator whose name is a count.

    ``培训人次 ≥95%``, ``场馆免费开放天数 ≥95%``: a quality row's target copied onto a
    count. Not a target with a label of its own (``增长≥5%``, ``占比≥30%``: a change or a
    share of the count, which may be a percentage), nor one whose note names the rate
    it measures (``参训人数 ≥95%（参训率）``, ``完成检测数量 ≥95%（完成率）``: regress38 W4).

    Example:
        >>> from perftrack.expressions import parse_target
        >>> row = Indicator(name="培训人次", target=parse_target("≥95%"))
        >>> _count_in_percent(row, row.target)
        True
        >>> _count_in_percent(row, parse_target("增长≥5%"))
        False
        >>> _count_in_percent(row, parse_target("≥95%（参训率）"))
        False
    """
    return (
        isinstance(target, Comparison)
        and target.unit in ("%", "百分比")
        and not target.label
        and not (target.note and _RATE_NOTE_RE.search(target.note))
        and _COUNT_NAME_RE.search(_duplicate_key(indicator.name)) is not None
    )


# A 时效 name of a length of time (审批时限, 资金支付时间, 办理周期): its target is a
# date or a duration in 天, 个工作日, 月, never a percentage (target25 H4).
_TIME_LIMIT_NAME_RE: Final = re.compile(r"(?:时限|时间|期限|周期|时长)$")


@functools.lru_cache(maxsize=4096)
def time_limit_name(name: str) -> bool:
    """Whether *name* is a length of time (审批时限, 资金支付时间, 办理周期; target25 H4).

    Memoised (a string in, a flag out): a name recurs across the tables of a batch.

    >>> time_limit_name("临时救助审批时限"), time_limit_name("按时办结率")
    (True, False)
    """
    return _TIME_LIMIT_NAME_RE.search(_duplicate_key(name)) is not None


def _time_limit_unit(
    state: _Scoring, index: int, indicator: Indicator, target: Target | None
) -> None:
    """A time limit whose target is a percentage or a number without a unit (target25 H4).

    ``临时救助审批时限 ≥95%``: a rate's target copied onto a duration,
    ``target-unit-suspect``; ``资金支付时限 ≤30`` under 时效指标: 30 of what (天, 个工作日),
    ``target-missing-unit``. Not a percentage with a label or a note naming a rate
    (``按时限办结率≥95%``, ``≥95%（按时办结率）``), as for a count.
    """
    if not isinstance(target, Comparison) or indicator.unit is not None:
        return
    if not time_limit_name(indicator.name):
        return
    if (
        target.unit in ("%", "百分比")
        and not target.label
        and not (target.note and _RATE_NOTE_RE.search(target.note))
    ):
        state.add(
            "target-unit-suspect",
            _Severity.WARNING,
            f"“{indicator.name}”为时效（时限）指标，年度指标“{_text(target)}”为百分比，"
            "计量单位与指标名称不符",
            f"“{indicator.name}” is a length of time, but its target “{_text(target)}”"
            " is a percentage",
            state.where_indicator(index, "target"),
        )
    elif target.unit is None and indicator.level2 == "时效指标":
        state.add(
            "target-missing-unit",
            _Severity.INFO,
            f"“{indicator.name}”时效指标未写计量单位（天、个工作日等）",
            f"“{indicator.name}”: a time limit without a unit",
            state.where_indicator(index, "target"),
        )


# A target's note that names the rate the percentage measures (≥95%（参训率）, （占比）).
_RATE_NOTE_RE: Final = re.compile(r"率|占比|比例|比重|覆盖")


# White space a wrapped cell puts into a name (重点人群签约\n覆盖率, 培训 合格率), and
# a trailing bracket that holds only a unit (培训人次（人次）): not part of the name.
_NAME_SPACE_RE: Final = re.compile(r"\s+")
_NAME_UNIT_BRACKET_RE: Final = re.compile(r"[（(]([^（）()]{1,8})[)）]$")


@functools.lru_cache(maxsize=4096)
def _duplicate_key(name: str) -> str:
    """The name *name* is compared by for ``duplicate-indicator`` (target21 H1).

    Memoised (a string in, a string out): several rules of a row ask it.

    White space and line breaks are dropped, and a trailing bracket holding a unit the
    vocabulary knows (``KNOWN_UNITS``); any other bracket is part of the name.

    Example:
        >>> _duplicate_key("重点人群签约 覆盖率"), _duplicate_key("培训人次（人次）")
        ('重点人群签约覆盖率', '培训人次')
        >>> _duplicate_key("党群之家(文体中心)")
        '党群之家(文体中心)'
    """
    key = _NAME_SPACE_RE.sub("", name)
    unit = _NAME_UNIT_BRACKET_RE.search(key)
    if unit is not None and unit.start() > 0 and unit.group(1) in voc.KNOWN_UNITS:
        return key[: unit.start()]
    return key


# Punctuation a copied name may differ by (垃圾清运量、 / 垃圾清运量。): not part of the name.
_NAME_PUNCTUATION_RE: Final = re.compile(r"[\s，。、；：,.;:！!？?“”\"'‘’·]+")


@functools.lru_cache(maxsize=4096)
def _copied_output_key(name: str) -> str:
    """The name *name* compares by in ``outcome-copies-output``: "" when it names none.

    Example:
        >>> [_copied_output_key(n) for n in ("垃圾清运量。", "无", " / ", "服务对象满意度")]
        ['垃圾清运量', '', '', '']
    """
    if not _stated(name) or "满意" in name:
        return ""
    return _NAME_PUNCTUATION_RE.sub("", _duplicate_key(name))


def _bracketed(level2: str | None, left: str = "（", right: str = "）") -> str:
    """*level2* in brackets, or "" when blank: ``产出指标（数量指标）``, never ``产出指标（产出指标）``.

    Example:
        >>> _bracketed("数量指标"), _bracketed(None), _bracketed(" "), _bracketed("x", " (", ")")
        ('（数量指标）', '', '', ' (x)')
    """
    return f"{left}{level2.strip()}{right}" if level2 and level2.strip() else ""


def _outcome_copies_output(state: _Scoring) -> None:
    """``outcome-copies-output``: an 产出 indicator copied under 效益 (rv23b H4).

    The same name (compared as ``duplicate-indicator`` does, and without punctuation)
    under a level 1 of 产出 and again under one of 效益: 财预〔2021〕101号 has 效益指标
    reflect what the outputs bring about, and an output counted again as its own
    effect is a target set wrong (``垃圾清运量`` under 数量指标 and 社会效益指标). A
    warning on each 效益 row that copies one.

    Not for a placeholder name (``无``, ``/``, ``—``: rows left unused, regress48 W1),
    nor for a 满意度 name, which under 产出 is a row misplaced, not an output copied.
    """
    indicators = state.table.indicators
    if not any("效益" in (indicator.level1 or "") for indicator in indicators):
        return
    outputs: dict[str, str | None] = {}
    for indicator in indicators:
        if "产出" in (indicator.level1 or ""):
            key = _copied_output_key(indicator.name)
            # the 二级 in brackets; none when the row leaves it blank (cli27 L4)
            outputs.setdefault(key, indicator.level2)
    if not outputs:
        return
    for index, indicator in enumerate(indicators):
        if "效益" not in (indicator.level1 or ""):
            continue
        key = _copied_output_key(indicator.name)
        if not key or key not in outputs:
            continue
        state.add(
            "outcome-copies-output",
            _Severity.WARNING,
            f"“{indicator.name}”同时列为产出指标{_bracketed(outputs[key])}和效益指标"
            f"{_bracketed(indicator.level2)}，效益指标应反映产出带来的效果",
            f"“{indicator.name}” is an output{_bracketed(outputs[key], ' (', ')')}"
            " copied as an outcome",
            state.where_indicator(index),
        )


# The lowest 满意度 target that is not set low (``satisfaction-target-low``): MoF and
# provincial practice set satisfaction targets at ≥80% (often 85% or 90%).
_SATISFACTION_FLOOR: Final = Decimal(80)


# The cells a formula-without-result finding of the reader names: （B6、D8、E10）.
_FORMULA_CELLS_RE: Final = re.compile(r"（([A-Z]{1,3}[0-9]{1,7}(?:、[A-Z]{1,3}[0-9]{1,7})*)）")
_CELL_RE: Final = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def _uncomputed(table: Table) -> frozenset[tuple[str | None, int, int]]:
    """The (sheet, row, column) of the cells the reader found holding uncomputed formulas.

    Example:
        >>> from perftrack.model import Finding, TableKind
        >>> note = Finding(
        ...     "formula-without-result",
        ...     Severity.WARNING,
        ...     "2个单元格是未计算的公式（E8、AB10），…",
        ...     Where(sheet="表1"),
        ... )
        >>> sorted(_uncomputed(Table(TableKind.TRACKING, findings=(note,))))
        [('表1', 8, 5), ('表1', 10, 28)]
    """
    found: set[tuple[str | None, int, int]] = set()
    for finding in table.findings:
        if finding.id != "formula-without-result":
            continue
        listed = _FORMULA_CELLS_RE.search(finding.message)
        if listed is None:
            continue
        for cell in listed.group(1).split("、"):
            match = _CELL_RE.fullmatch(cell)
            if match is not None:
                column = 0
                for letter in match.group(1):
                    column = column * 26 + ord(letter) - 64
                found.add((finding.where.sheet, int(match.group(2)), column))
    return frozenset(found)


def _uncomputed_cell(
    table: Table,
    indicator: Indicator,
    cells: frozenset[tuple[str | None, int, int]],
    role: str,
) -> bool:
    """Whether *indicator*'s *role* cell holds a formula without a result (:func:`_uncomputed`).

    The cell's column is that of the other indicators' *role* cells on the same sheet.
    """
    position = indicator.position
    if not cells or position is None:
        return False
    columns = {
        cell.column
        for other in table.indicators
        if (cell := other.cell_of(role)) is not None and cell.sheet == position.sheet
    }
    return any((position.sheet, position.row, column) in cells for column in columns)


# How far over a percentage target an actual is far over it: in percentage points, as a
# rate's distance is read (6.8% against ≥5% is 1.8 points over, not 136%).
_EXCEED_POINTS: Final = Decimal(10)
# The excess of a row over its target before one is measured: a Decimal made once, not
# per row (a Decimal from an int costs more than the row's other tests, speedS5b).
_NO_EXCESS: Final = Decimal(0)


def _few_points_over(target: Comparison, actual: Decimal) -> bool:
    """Whether *actual*, over a ``%`` target, is within a few percentage points of it.

    A small percentage (``成本节约率 ≥5%`` with 6.2%, ``基金当期结余率 ≥5%`` with 6.8%) is
    far over by its ratio (124%, 136%) yet 1.2 and 1.8 points over: no finding.
    Over by more than :data:`_EXCEED_POINTS` points (``就业率 ≥50%`` with 65%) is far.
    *actual* is in the target's unit.

    Example:
        >>> from perftrack import parse_target
        >>> _few_points_over(parse_target("≥5%"), Decimal("6.8"))
        True
        >>> _few_points_over(parse_target("≥50%"), Decimal("65"))
        False
        >>> _few_points_over(parse_target("≥5(个)"), Decimal("6.8"))
        False
    """
    return target.unit == "%" and actual - target.value <= _EXCEED_POINTS


def _no_share_reported(indicator: Indicator, verdict: Verdict) -> bool:
    """Whether the actual is a 无 that reports no share of a percentage target (r28).

    ``公路优良路率 | ≥90% | 无`` is ``unknown`` (no 0%, scoring.md): no figure reported,
    as an empty actual, so ``missing-actual`` says so. ``安全事故发生率 | ≤1% | 无`` is 0.
    """
    actual, target = indicator.actual, indicator.target
    return (
        verdict.attainment is _Attainment.UNKNOWN
        and actual is not None
        and _says_none(actual)
        and isinstance(target, (Comparison, Range))
        and _none_is_no_share(target, indicator.name)
    )


def _survey_later(state: _Scoring, verdict: Verdict, indicator: Indicator) -> bool:
    """Whether an empty satisfaction actual waits for a survey its notes date later.

    In a tracking table before the due date, a 满意度 row whose 备注 or 偏差原因 says the
    survey is held later (``年底开展调查``, ``年末测评``, ``下半年调查``) owes no figure yet:
    no ``missing-actual``, as no ``satisfaction-not-percent`` for such an actual.
    """
    return (
        state.table.kind is _TableKind.TRACKING
        and verdict.due is not None
        and state.as_of is not None
        and state.as_of < verdict.due
        and _is_satisfaction(indicator)
        and (
            any(
                _SURVEY_PENDING_RE.search(text)
                for text in (indicator.remarks, indicator.deviation_reason)
            )
            or _survey_scheduled(indicator, state.as_of) is not None  # 拟于11月开展
        )
    )


# A rank written without 名 (全省前五, 排名前3, 全市第一): its figure is a place.
_RANK_TARGET_RE: Final = re.compile(r"[前第][0-9０-９一二三四五六七八九十两]{1,3}$")


def _annual_measure(
    target: Comparison, quantity: Quantity | None, *, to_date: bool = False
) -> tuple[Comparison, tuple[Decimal, Decimal]] | None:
    """The target *quantity* is measured against and the factors between them, or None.

    None without a quantity, for a per-period target with no exact count in a year, or
    for units that do not compare (see :func:`_annual_target`, :func:`_factors`).
    """
    if quantity is None:
        return None
    goal = _annual_target(target, quantity, to_date=to_date)
    if goal is None:
        return None
    factors = _factors(goal.unit, quantity.unit)
    return None if factors is None else (goal, factors)


def _period_rates_a_year(
    target: Comparison, quantity: Quantity
) -> tuple[Quantity, Comparison, tuple[str, str]] | None:
    """A count per period against a count per another period, both as the year's (r36t).

    ``每月1次`` against ``每季度1次``: 12次 against =4次, and how each is said
    (``每月1次（全年计12次）``, ``每季度1次（全年计4次）``), as the verdict compares them
    (:func:`period_rates_apart`). None for any other pair, or a week or days on a side.
    """
    pair = period_rates_apart(target, quantity)
    if pair is None:
        return None
    times, actual_times = _PERIODS_A_YEAR.get(pair[0]), _PERIODS_A_YEAR.get(pair[1])
    if times is None or actual_times is None:
        return None
    base = (target.unit or "").partition("/")[0]
    done = evolve(quantity, value=quantity.value * actual_times, unit=base, label=None)
    goal = Comparison(target.op, target.value * times, base, text=target.text)
    count = format(done.value.normalize(), "f")
    asked = format(goal.value.normalize(), "f")
    op = {_Op.GE: "≥", _Op.GT: ">"}.get(target.op, "")
    rate = quantity.text.strip() or str(quantity)
    goal_said = target.text.strip() or str(target)
    return (
        done,
        goal,
        (f"{rate}（全年计{count}{base}）", f"{goal_said}（全年计{op}{asked}{base}）"),
    )


def _plan_over(
    target: Comparison,
    planned: Quantity | None,
    *,
    to_date: bool = False,
    actual: Quantity | None = None,
) -> Comparison | None:
    """The year's target *planned* is above (see :func:`_annual_measure`), else None.

    A plan bounded from above (不足1200册, 不超过60万元) may lie below the target: None.
    When the row's *actual* is a year's total of a per-period target (``累计学习40小时``
    against ``每月不少于8小时``: ≥96小时), the plan is measured against that scaled target
    too, as the verdict is (regress61 W3).
    """
    measured = _annual_measure(target, planned, to_date=to_date)
    if planned is None or measured is None or planned.bound in (_Bound.AT_MOST, _Bound.LESS_THAN):
        return None
    if actual is not None and measured[0] is target:
        scaled = _annual_target(target, actual, to_date=to_date)
        if scaled is not None and scaled is not target:
            factors = _factors(scaled.unit, planned.unit)
            if factors is None:
                return None
            measured = (scaled, factors)
    annual, factors = measured
    return annual if planned.value * factors[1] > annual.value * factors[0] else None


def _annual_target(
    target: Comparison, quantity: Quantity, *, to_date: bool = False
) -> Comparison | None:
    """The target a count done in the year is measured against, or None.

    A per-period count (``每季度1次``, ``每月≥2次``) is the year's count the verdict
    judges (``=4次``, ``≥24次``); one per week or day has no exact count in a year.
    Any other target is itself.
    """
    unit, label = target.unit, target.label
    if unit is None or ("/" not in unit and (label is None or label[0] != "每")):
        return target  # no per-period unit or 每 label: _schedule_period's first tests
    per = _schedule_period(target, quantity, to_date=to_date)
    if per is None:
        return target
    times = _PERIODS_A_YEAR.get(per)
    if times is None:
        return None
    if times == 1:
        return target  # ≥4次/年 is already the year's count, and stays as it was read
    unit = (target.unit or "").partition("/")[0]
    return Comparison(target.op, target.value * times, unit, text=target.text)


def _no_result_said(
    indicator: Indicator, target: Target | None, table: Table, year: int | None
) -> tuple[str, str] | None:
    """Why an unknown row's actual is no result (zh, en), or None when it may be one.

    A survey not made (``待调查``), or a figure that is a forecast or last year's
    (``预计92%``, ``93%（上年数）``).
    """
    if _survey_pending(indicator, target, indicator.actual):
        return "满意度调查未完成，未填报实际满意度", "no survey made, no rate reported"
    if (
        table.kind is _TableKind.SELF_EVALUATION
        and isinstance(indicator.actual, NotApplicable)
        and isinstance(target, (Comparison, Range))
        and (planned := _survey_due_unmade(indicator)) is not None
    ):
        # / with 满意度调查拟于11月开展 in a year-end 自评表: the survey was due (k62fix)
        return (
            f"满意度调查应于年内完成（{planned}），未填报实际满意度",
            f"the survey was due within the year ({planned}), no rate reported",
        )
    said = _forecast_kind(indicator, table.kind, year)
    if said is not None:
        return f"为{said[0]}，未填报{_result_word(said)}", f"{said[1]}, no result reported"
    return None


_NOT_APPLICABLE_SAID_RE: Final = re.compile(r"不涉及|未涉及|不适用|无此项|无此类")


def _points_claimed_not_applicable(table: Table, indicator: Indicator, verdict: Verdict) -> bool:
    """Whether a 自评表 row of actual ``/`` (rule 1's 不适用) prints points it claims.

    Only with a target of its own and no reason saying the row does not apply
    (``本项目不涉及`` keeps rule 1 silent: scoring.md rule 1).
    """
    printed = indicator.published_points
    return (
        table.kind is _TableKind.SELF_EVALUATION
        and verdict.attainment is _Attainment.NOT_APPLICABLE
        and isinstance(indicator.actual, NotApplicable)
        and indicator.target is not None
        and not isinstance(indicator.target, NotApplicable)
        and printed is not None
        and printed > 0
        and not _NOT_APPLICABLE_SAID_RE.search(f"{indicator.deviation_reason}{indicator.remarks}")
    )


# A reason saying the year's work was not done at all (本年度未安排, 未实施, 未开展): no
# reason for a row not to apply (不涉及), the target approved and left undone.
_NOT_ARRANGED_RE: Final = re.compile(
    r"(?:未|没有|尚未)(?:安排|实施|开展|启动|执行)|暂缓(?:实施|开展|执行)?"
)


def _not_arranged(table: Table, indicator: Indicator, verdict: Verdict) -> str | None:
    """The reason a weighted 自评表 row of actual ``/`` gives for its work not done, else None.

    ``辅具适配数量 | ≥100件 | / | 10 | (blank) | 本年度未安排``: rule 1 leaves it out as
    不适用 and the rest is rescaled, which lifts the total, while the reason says an
    approved target was not carried out (score54 M4). Only with a 分值 above 0, no
    points claimed (``_points_claimed_not_applicable`` says those) and no reason saying
    the row does not apply (``不涉及``).
    """
    if (
        table.kind is not _TableKind.SELF_EVALUATION
        or verdict.attainment is not _Attainment.NOT_APPLICABLE
        or not isinstance(indicator.actual, NotApplicable)
        or indicator.target is None
        or isinstance(indicator.target, NotApplicable)
        or indicator.weight is None
        or indicator.weight <= 0
        or (indicator.published_points is not None and indicator.published_points > 0)
    ):
        return None
    for said in (indicator.deviation_reason, indicator.remarks):
        text = (said or "").strip()
        if (
            ("未" in text or "没有" in text or "暂缓" in text)
            and _NOT_ARRANGED_RE.search(text) is not None
            and _NOT_APPLICABLE_SAID_RE.search(text) is None
        ):
            return text
    return None


def _printed_points_said(indicator: Indicator) -> tuple[str, str]:
    """The clause (zh, en) naming the 得分 a row without a result still prints.

    Full points are said as such; other points above 0 by their figure; none, nothing.

    >>> from perftrack.model import Indicator
    >>> _printed_points_said(Indicator("满意度", weight=Decimal(10), published_points=Decimal(10)))
    ('，却得满分（填报得分10）', '; full points printed (10)')
    >>> _printed_points_said(Indicator("满意度", weight=Decimal(10), published_points=Decimal(0)))
    ('', '')
    """
    printed = indicator.published_points
    if printed is None or printed <= 0:
        return "", ""
    weight = indicator.weight
    if weight is not None and weight > 0 and printed == weight:
        return f"，却得满分（填报得分{printed}）", f"; full points printed ({printed})"
    return f"，却填报得分{printed}", f"; {printed} points printed"


# A closing note that names no row and says only that the work goes on: no reason.
_PROGRESS_PLACEHOLDER_RE: Final = re.compile(
    r"(?:项目|各项工作|各项指标|工作|整体|总体|目前)?(?:均|已|正在|目前)?"
    r"(?:(?:按|依)(?:照)?(?:计划|进度|序时|时序|要求)(?:进度)?(?:推进|进行|实施|开展|执行)中?"
    r"|进展顺利|(?:正在|有序|稳步)推进中?|推进中)"
)
_NOTE_TRIM: Final = " \t\r\n\u3000。．.，,；;：:！!"
# Words of many indicator names that name no row of their own in a note.
_GENERIC_NAME_WORDS: Final = frozenset(
    {"完成", "指标", "项目", "工作", "情况", "任务", "计划", "资金", "开展", "实施", "达到"}
)


def _explained_rows(table: Table) -> frozenset[int] | None:
    """The rows a closing 原因 note (偏差原因分析 | …) explains; None for every row.

    A note explains the rows it names: the indicator's name, or a part of it (two
    characters or more) that no other row's name shares (``场次`` for 培训场次 beside
    培训人次). A note naming no row explains them all when it states a reason; a
    placeholder (``无``, ``正常``, ``按计划推进``) explains none.
    """
    names = [indicator.name for indicator in table.indicators]
    covered: set[int] = set()
    for note in table.notes:
        text = _stated(note.text) if "原因" in note.label else ""
        if not text:
            continue
        named = {index for index, name in enumerate(names) if _names_row(text, index, names)}
        if named:
            covered |= named
        elif not _PROGRESS_PLACEHOLDER_RE.fullmatch(text.strip(_NOTE_TRIM)):
            return None
    return frozenset(covered)


def _names_row(text: str, index: int, names: Sequence[str]) -> bool:
    """Whether *text* names row *index*: its name, or a part no other row's name shares."""
    name = names[index]
    if not name:
        return False
    if name in text:
        return True
    others = [other for position, other in enumerate(names) if position != index]
    return any(
        part in text
        and part not in _GENERIC_NAME_WORDS
        and not any(part in other for other in others)
        for size in range(len(name) - 1, 1, -1)
        for start in range(len(name) - size + 1)
        if (part := name[start : start + size])
    )


def _actual_after_period(  # noqa: PLR0913 - the row, its due date and the two wordings
    state: _Scoring,
    table: Table,
    indicator: Indicator,
    index: int,
    due: dt.date | None,
    *,
    at_due_said: tuple[str, str],
) -> None:
    """Add ``actual-after-period`` for an actual dated after the table's date.

    Before the due date it is read as a forecast; at or after it, *at_due_said* (the
    Chinese and English words) says how it was judged: not done for a deadline, no result
    for a count. A 自评表's date is its year's end (按计划于2025年6月完成 in a 2024 table).
    """
    as_of = state.as_of
    if as_of is None:
        return
    end = as_of.isoformat()
    by_policy = state.policy.as_of == as_of or table.kind is _TableKind.SELF_EVALUATION
    shown = _text(indicator.actual)
    at_due = due is not None and as_of >= due
    judged, judged_en = at_due_said if at_due else ("按预计判断", " read as a forecast")
    state.add(
        "actual-after-period",
        _Severity.WARNING,
        f"“{indicator.name}”实际完成值“{shown}”的日期晚于"
        f"{'评价日期' if by_policy else '跟踪期末'}{end}，不能作为已完成，{judged}",
        f"“{indicator.name}”: the actual “{shown}” is dated after"
        f" {'the as-of date' if by_policy else 'the period end'} {end}:{judged_en}",
        state.where_indicator(index, "actual"),
    )


def _indicator_findings(state: _Scoring, verdicts: list[Verdict]) -> None:
    table = state.table
    malformed = _malformed_targets(table)
    uncomputed = (
        _uncomputed(table)
        if any(f.id == "formula-without-result" for f in table.findings)
        else frozenset()
    )
    # a form without a 偏差原因 column: the rows that would owe a reason, said once
    unexplained: list[int] | None = [] if "deviation_reason" in table.absent_fields else None
    # 偏差原因分析 | … (存在问题及原因 | …) under the grid: the reasons of the rows it names
    covered = _explained_rows(table)
    # per-table facts, asked once: not in the loop's rows (speedS3)
    to_date = _counts_to_date(table)
    state.ratios = frozenset(_ratio_rows(table)[0])
    for verdict in verdicts:
        index = verdict.indicator
        # 人均…≤800元 against 760元/人, 4980000 against ≤500万元: as score read it
        indicator = state.read[index]
        # 80%，因疫情影响项目延期 with no reason in its column: the reason is given, in the
        # wrong cell (r34f); said once, and no missing-deviation-reason beside it
        misplaced = (
            None
            if _stated(indicator.deviation_reason)
            else reason_in_actual(table.indicators[index])
        )
        if misplaced is not None:
            state.add(
                "reason-in-actual",
                _Severity.INFO,
                f"“{indicator.name}”的偏差原因“{misplaced}”写在实际完成值栏中，建议移至偏差原因栏",
                f"“{indicator.name}”: the deviation reason “{misplaced}” is written in the actual"
                " column; move it to the deviation reason column",
                state.where_indicator(index, "actual"),
            )
        if index in state.shares:  # ≥0.9 on a 合格率: the share 90% it is judged as
            indicator = evolve(indicator, target=state.shares[index])
        target = indicator.target
        direction = verdict.direction
        # (a quantity with a label: what the other-measure readings read, speedS3)
        labelled = isinstance(indicator.actual, Quantity) and bool(indicator.actual.label)
        # A row with points but no name, target or actual: the reader's missing-name
        # says so once (三级指标名称、指标值、实际完成值均为空…), not three times.
        unset = not indicator.name and target is None and indicator.actual is None
        # 决策 | 目标设定 | 绩效目标合理性 | (blank) | (blank) | 5 | 5: the 决策/过程 rows of
        # the 评价 framework are scored by criteria, 指标值 and 实际完成值 left blank (regress81)
        # — only when both are blank: a 过程 row with a target and no actual still owes it
        # (资金到位率 | 100% | (blank): regress84 W3)
        by_criteria = (
            indicator.level1 in _EVALUATION_LEVEL1 and target is None and indicator.actual is None
        )
        # An empty actual under a 不适用 target is what the table should hold (§3 rule 1
        # decides before the rule that raises missing-actual).
        if (
            table.kind is not _TableKind.TARGET
            and not unset
            and not by_criteria
            and indicator.actual is None
            and not isinstance(target, NotApplicable)
            # a formula nobody computed: the reader's formula-without-result names it
            and not _uncomputed_cell(table, indicator, uncomputed, "actual")
            and not _survey_later(state, verdict, indicator)
        ):
            state.add(
                "missing-actual",
                _Severity.WARNING,
                f"“{indicator.name}”未填实际完成值",
                f"“{indicator.name}” has no actual value",
                state.where_indicator(index, "actual"),
            )
        elif verdict.attainment is _Attainment.UNKNOWN and _no_share_reported(indicator, verdict):
            # 公路优良路率 | ≥90% | 无: unknown, as an empty actual is, and said as one (r28)
            full = (
                indicator.weight is not None
                and indicator.weight > 0
                and indicator.published_points == indicator.weight
            )
            said = _text(indicator.actual)
            state.add(
                "missing-actual",
                _Severity.WARNING,
                f"“{indicator.name}”实际填写“{said}”，未填报实际完成比例"
                + (f"，却得满分（填报得分{indicator.published_points}）" if full else ""),
                f"“{indicator.name}”: the actual says “{said}”, no share reported"
                + (f"; full points printed ({indicator.published_points})" if full else ""),
                state.where_indicator(index, "actual"),
            )
        elif verdict.attainment is _Attainment.UNKNOWN and (
            why := _no_result_said(indicator, target, table, state.year)
        ):
            # 待调查 (se20 M3), 预计92%, 93%（上年数） at the due date: no result of the
            # period, yet the row keeps the 得分 it printed; said with those points
            zh, en = _printed_points_said(indicator)
            said = _text(indicator.actual)
            state.add(
                "missing-actual",
                _Severity.WARNING,
                f"“{indicator.name}”实际填写“{said}”，{why[0]}{zh}",
                f"“{indicator.name}”: the actual says “{said}”, {why[1]}{en}",
                state.where_indicator(index, "actual"),
            )
        elif verdict.attainment is _Attainment.NOT_APPLICABLE and _points_claimed_not_applicable(
            table, indicator, verdict
        ):
            # 培训合格率 | 不低于100% | / | 13 | 13 | 按计划推进: rule 1 leaves the row out,
            # yet the unit claimed its points for no result (letter34 H3)
            zh, en = _printed_points_said(indicator)
            said = _text(indicator.actual) or "/"
            state.add(
                "missing-actual",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值填写“{said}”{zh}，已按不适用剔除",
                f"“{indicator.name}”: the actual says “{said}”{en}; left out as not applicable",
                state.where_indicator(index, "actual"),
            )
        elif (
            verdict.attainment is _Attainment.NOT_APPLICABLE
            and (undone := _not_arranged(table, indicator, verdict)) is not None
        ):
            # 辅具适配数量 | ≥100件 | / | 10 | | 本年度未安排: rule 1 leaves the row out, the
            # rest rescaled, yet the target was approved and not carried out (score54 M4)
            said = _text(indicator.actual) or "/"
            weight = indicator.weight  # as printed, as the points clauses say it
            state.add(
                "missing-actual",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值填写“{said}”（{undone}），年度指标未实施，"
                f"按不适用剔除依据不足（分值{weight}已剔除，总分按其余指标折算）",
                f"“{indicator.name}”: the actual says “{said}” ({undone}): a target not carried"
                f" out, left out as not applicable (weight {weight}) and the rest rescaled",
                state.where_indicator(index, "actual"),
            )
        in_reason = state.from_reason.get(index)
        if in_reason is not None and in_reason.figure is not None:
            state.add(
                "actual-from-reason",
                _Severity.INFO,
                f"“{indicator.name}”实际完成值填写“{in_reason.word}”，未填数值，"
                f"已按偏差原因中的“{in_reason.found[0]}”判断",
                f"“{indicator.name}”: the actual says “{in_reason.word}”; judged by"
                f" “{in_reason.found[0]}” in the deviation reason",
                state.where_indicator(index, "actual"),
            )
        elif in_reason is not None:
            state.add(
                "actual-without-figure",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值填写“{in_reason.word}”，未填数值，"
                f"偏差原因中有{'、'.join(f'“{one}”' for one in in_reason.found)}，"
                "无法确定实际完成值，按“已完成”判断",
                f"“{indicator.name}”: the actual says “{in_reason.word}” with no figure;"
                " the deviation reason states several, judged as done",
                state.where_indicator(index, "actual"),
            )
        if table.kind is not _TableKind.TARGET and _actual_is_target(indicator):
            state.add(
                "actual-is-target-form",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值“{_text(indicator.actual)}”填写为指标形式，"
                f"未填写实际完成的数值（年度指标值为“{_text(target)}”）",
                f"“{indicator.name}”: the actual “{_text(indicator.actual)}” is written as"
                " a target, no figure reached",
                state.where_indicator(index, "actual"),
            )
        if (
            table.kind is not _TableKind.TARGET
            and labelled  # (another measure is said in a label, speedS3)
            and (measure := _other_measure(indicator.actual, target, indicator.name)) is not None
            and measure.quantity is None
        ):
            # 一般事故3起 in a 较大及以上 row, 申请专利25件 in a 授权 row
            words = f"{measure.actual_word}≠{measure.target_word}"
            state.add(
                "actual-other-measure",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值“{_text(indicator.actual)}”与年度指标"
                f"不是同一口径（{words}），无法判断是否达成",
                f"“{indicator.name}”: the actual “{_text(indicator.actual)}” counts"
                f" another measure than the target ({words})",
                state.where_indicator(index, "actual"),
            )
        placeholder = _target_placeholder(table, target)
        if (
            (target is None or placeholder is not None)
            and not unset
            and not by_criteria
            and not _uncomputed_cell(table, indicator, uncomputed, "target")
        ):
            state.add(
                "missing-target",
                _Severity.WARNING,
                f"“{indicator.name}”未填年度指标值"
                if placeholder is None
                else f"“{indicator.name}”年度指标值填写“{placeholder}”，未设定指标值",
                f"“{indicator.name}” has no target"
                if placeholder is None
                else f"“{indicator.name}”: the target says “{placeholder}”, no target is set",
                state.where_indicator(index, "target"),
            )
        # 覆盖率 of 120%: a share of a whole cannot pass it, a data error to check, not a
        # target set low (no exceeds-target beside it; r37s D)
        whole_share = None if index in state.ratios else _share_over_whole(indicator, target)
        if whole_share is not None:
            shown = _shown_quantity(whole_share, "%")
            state.add(
                "actual-implausible",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值{shown}超过100%，"
                "覆盖率、合格率、满意度等比例指标不超过100%，疑为填报错误",
                f"“{indicator.name}”: the actual {shown} is over 100%, which a share of a"
                " whole cannot be: a data error?",
                state.where_indicator(index, "actual"),
            )
        exceeds, exceeded = False, _NO_EXCESS
        if (
            isinstance(target, Comparison)
            and whole_share is None
            and direction is _Direction.HIGHER
            and target.value > 0
            # 提前36小时通知 against 提前24小时通知: earlier notice is no over-completion
            and not lead_time_target(target)
            # 增长6.1% against 增长≥5%, 8% against 降幅≥5%, 提高3个百分点 against
            # 提高2个百分点: a rate of change 1.1 points over is not 122%
            and not (
                target.unit in _RATE_UNITS
                and _target_sign(target, indicator.name, state.year) is not None
            )
        ):
            change = _as_change(indicator.actual, target, indicator.name, state.year)
            quantity = change.quantity if change is not None else _quantity_of(indicator.actual)
            if change is None and quantity is not None and quantity.note is not None:
                # (both readings read a note, speedS3)
                # 补助150户，其中脱贫户12户 on 脱贫户补助户数: the 12 the verdict judges
                quantity = _named_subset(quantity, indicator.name, _subset_note(target)) or quantity
                quantity = _restated_time(quantity, target) or quantity  # 12天（96学时）
            if (
                change is None
                and labelled
                and (measure := _other_measure(indicator.actual, target, indicator.name))
            ):
                quantity = measure.quantity  # 新增4A级景区2家 against 5A: no excess
            if (
                labelled
                and quantity is not None
                and indicator.name[:2] in _CHANGE_OPENINGS  # (the cheap guard, r108b)
                and not _is_ceiling(target)  # (≤10件 on 降低投诉数量, regress110 W3)
                and _level_on_change_name(quantity, indicator.name) is not None
            ):
                quantity = None  # 在院孤儿118名 on 减少在院孤儿人数: the count left, no excess
            # 每季度1次 with 4次: measured against the year's =4次 the verdict uses
            measured = _annual_measure(target, quantity, to_date=to_date)
            rates_said: tuple[str, str] | None = None
            if quantity is not None and (yearly := _period_rates_a_year(target, quantity)):
                # 每月1次 against 每季度1次: 12 a year against 4, as the verdict (r36t)
                quantity, goal_a_year, rates_said = yearly
                measured = (goal_a_year, (Decimal(1), Decimal(1)))
            # An actual bounded from above (不足130户) says nothing about how far it went,
            # nor one written as a target (≥45公里 under 26公里), nor a forecast (预计…).
            if (
                quantity is not None
                and measured is not None
                and not _actual_is_target(indicator)
                and _forecast_kind(indicator, table.kind, state.year) is None
                and quantity.bound not in (_Bound.AT_MOST, _Bound.LESS_THAN)
                and not (
                    (target.unit or "")[:1] in ("万", "亿")  # (_slip_unit's first test)
                    and _scale_slip(indicator, quantity, target)
                )
                and index not in state.agreed  # 520000 against ≥5万人: how far is unsure
                and index not in state.ratios  # 100% filled as a completion ratio
                # 全年18万人次 against 日均 ≥500人次: a year against a day (regress52)
                and average_apart(indicator.name, target, quantity) is None
                # 3600000元/年 against ≥7200元/人·年: apart, no excess (parse54 M2)
                and not _year_price_unclear(target, quantity)
            ):
                goal, factors = measured
                ratio = quantity.value * factors[1] / (goal.value * factors[0])
                if ratio > 1 and _fixed_standard(indicator.name, target):
                    # 按100元/头发放 against 处理补助 =80元/头: paid above the standard,
                    # an over-payment to check, not a target set low (g23d)
                    exceeds, exceeded = True, ratio
                    shown = _shown_quantity(quantity, goal.unit)
                    state.add(
                        "paid-above-standard",
                        _Severity.WARNING,
                        f"“{indicator.name}”实际{shown}高于年度指标确定的标准"
                        f"{_shown_target(goal)}，存在超标准发放，请核实依据",
                        f"“{indicator.name}”: actual {shown} is above the standard"
                        f" {_shown_target(goal)}: paid over the standard, check the basis",
                        state.where_indicator(index, "actual"),
                    )
                elif ratio > state.policy.exceed_ratio and not _few_points_over(
                    goal, quantity.value * factors[1] / factors[0]
                ):
                    exceeds, exceeded = True, ratio
                    shown = _shown_quantity(quantity, goal.unit)
                    shown_goal = _shown_target(goal)
                    if rates_said is not None:
                        shown, shown_goal = rates_said
                    state.add(
                        "exceeds-target",
                        _Severity.INFO,
                        f"“{indicator.name}”实际{shown}为年度指标{shown_goal}的{show(ratio * _HUNDRED)}%，指标可能设置偏低",
                        f"“{indicator.name}”: actual is {show(ratio * _HUNDRED)}% of the target; it may be set too low",
                        state.where_indicator(index, "actual"),
                    )
        short = (
            verdict.progress is _Progress.BEHIND
            or verdict.attainment is _Attainment.NOT_MET
            or index in state.forecast_misses  # the table foresees a miss
            # 136号: a row whose own 完成目标可能性 is in doubt owes its reason too, not
            # one the verdict calls 不适用 judged 有可能: nothing measured, no deviation to
            # explain (track40 M6); 完全不可能 still says the row will fail
            or indicator.likelihood is _Likelihood.IMPOSSIBLE
            or (
                indicator.likelihood is _Likelihood.POSSIBLE
                and verdict.attainment is not _Attainment.NOT_APPLICABLE
            )
        )
        # far over the target: the reason it was set so low, but not on a 满意度 row,
        # where the answer is a higher target (exceeds-target says so)
        over = (
            exceeds
            and table.kind is _TableKind.SELF_EVALUATION
            and not short
            and "满意度" not in f"{indicator.level1}{indicator.level2}{indicator.name}"
        )
        # partly met in a 自评表 (基本完成, 基本健全): points were docked, a deviation
        # the reviewer asks the reason of, as for a miss (score56 #2)
        partly = (
            verdict.attainment is _Attainment.PARTIAL
            and table.kind is _TableKind.SELF_EVALUATION
            and not short
            and not over
        )
        explained = covered is None or index in covered or misplaced is not None
        # 其他原因, 有待加强: a reason that names no cause is none (r37s E)
        vague = vague_reason(indicator.deviation_reason)
        if (
            (short or over or partly)
            and (vague or not _stated(indicator.deviation_reason))
            and not explained
            # 0%（尚未抽检）: the remark in the actual cell is the row's reason (r38j 1);
            # 已种植2800亩，剩余2200亩秋季种植: the rest's time is (r39j)
            and not (
                short
                and not vague
                and (
                    remark_reason(indicator.actual) is not None
                    or _left_for_later_said(indicator.actual, target) is not None
                )
            )
        ):
            doubt = indicator.likelihood
            # met, yet judged out of reach: no deviation, the row's own judgement
            # contradicts its result (a tick in the wrong column)
            met_judged = (
                verdict.attainment is _Attainment.MET
                and verdict.progress is not _Progress.BEHIND
                and not exceeds
                and doubt in (_Likelihood.POSSIBLE, _Likelihood.IMPOSSIBLE)
            )
            # on its plan (or ahead), yet judged 完全不可能: no deviation either, a
            # judgement the progress does not bear out (letter21 M4)
            on_plan_judged = (
                verdict.progress is _Progress.ON_TRACK
                and verdict.attainment not in (_Attainment.MET, _Attainment.NOT_MET)
                and index not in state.forecast_misses
                and index not in state.late
                and doubt is _Likelihood.IMPOSSIBLE
            )
            # no 偏差原因 column: such rows are no deviation the form lacks a place for
            unasked = "" if unexplained is not None else "，且未填写偏差原因"
            if unexplained is not None and not (met_judged or on_plan_judged):
                unexplained.append(index)
            elif vague:
                if not (met_judged or on_plan_judged):  # no deviation: its reason is moot
                    _vague_reason_found(
                        state, index, vague, exceeded if over else None, partly=partly
                    )
            elif over:
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”超额完成（实际为年度指标的{show(exceeded * _HUNDRED)}%）"
                    "但未说明原因",
                    f"“{indicator.name}” is {show(exceeded * _HUNDRED)}% of its target"
                    " and gives no reason",
                    state.where_indicator(index, "reason"),
                )
            elif met_judged:
                # 36所 against =36所 judged 完全不可能: no deviation, the row's own
                # judgement contradicts its result (a tick in the wrong column)
                said = _as_said(indicator.likelihood_text, doubt)
                clash = "矛盾" if doubt is _Likelihood.IMPOSSIBLE else "不符"
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”已达成年度指标，但完成目标可能性判断为“{said}”，"
                    f"与已达成的结果{clash}{unasked}",
                    f"“{indicator.name}” is met, but its likelihood is judged “{said}”,"
                    " against the result" + (", and no reason is given" if unasked else ""),
                    state.where_indicator(index, "likelihood"),
                )
            elif on_plan_judged:
                said = _as_said(indicator.likelihood_text, doubt)
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”进度符合计划，但完成目标可能性判断为“{said}”"
                    f"{unasked or '，未说明判断依据'}",
                    f"“{indicator.name}” is on its plan, but its likelihood is judged “{said}”,"
                    " against its progress" + (", and no reason is given" if unasked else ""),
                    state.where_indicator(index, "likelihood"),
                )
            elif partly:
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”部分完成但未填写偏差原因",
                    f"“{indicator.name}” is partly met but gives no reason",
                    state.where_indicator(index, "reason"),
                )
            elif index in state.late:
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”逾期完成但未说明逾期原因",
                    f"“{indicator.name}” was done late but gives no reason",
                    state.where_indicator(index, "reason"),
                )
            elif doubt is _Likelihood.IMPOSSIBLE and monitoring_form(table):
                # a 执行监控表 asks no 纠偏措施 (letter22 M6): the row's own "cannot
                # finish" is named here, or no finding would say it (monitor24 M1)
                said = _as_said(indicator.likelihood_text, doubt)
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”完成目标可能性判断为“{said}”，但未填写偏差原因",
                    f"“{indicator.name}” is judged “{said}” but gives no reason",
                    state.where_indicator(index, "reason"),
                )
            else:
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”存在偏差但未填写偏差原因",
                    f"“{indicator.name}” deviates but gives no reason",
                    state.where_indicator(index, "reason"),
                )
        if (
            verdict.attainment is _Attainment.MET
            and "超额" in indicator.deviation_reason
            and _met_exactly(indicator.actual, target)
        ):
            # 新建健身路径 =10个 | 10个 | 超额完成: the reason says what the row did not do
            said = indicator.deviation_reason.strip()
            state.add(
                "reason-contradicts-result",
                _Severity.INFO,
                f"“{indicator.name}”实际{_text(indicator.actual)}恰好达到年度指标"
                f"{_text(target)}，偏差原因却填写“{said}”，与完成情况不符",
                f"“{indicator.name}” meets its target exactly, yet its reason says “{said}”",
                state.where_indicator(index, "reason"),
            )
        # 5月底前开工15个小区: a count due by the date its label opens with (k62fix)
        if isinstance(target, (Deadline, PeriodTarget)) or (
            # (a label with 前: _label_due's first tests, asked without the call, speedS3)
            isinstance(target, (Comparison, Range))
            and target.label
            and "前" in target.label
            and _label_due(target, state.year, table)
        ):
            due = verdict.due
            future = state.after_period.get(index)
            # dated after the table's date (a deadline reprinted is a copy, said by
            # actual-copies-target)
            after = (
                future is not None
                and state.as_of is not None
                and _copy_of_target(target, indicator.actual, state) is None
            )
            # the date read from the 偏差原因 (12月20日全部完工) says how it was late
            if (
                due is not None
                and table.kind is not _TableKind.TARGET
                and state.as_of is not None
                and state.as_of >= due
                and verdict.attainment not in (_Attainment.MET, _Attainment.NOT_APPLICABLE)
                and index not in state.undated
                # not done by a date after the table's: actual-after-period names the
                # due date too, one finding for one fault (r37t F)
                and not (after and verdict.attainment is _Attainment.NOT_MET)
            ):
                state.add(
                    "deadline-passed",
                    _Severity.WARNING,
                    f"“{indicator.name}”截止日期{due.isoformat()}已到，结果为"
                    + ("逾期完成" if index in state.late else _ATTAINMENT_ZH[verdict.attainment]),
                    f"“{indicator.name}”: due {due.isoformat()} has passed"
                    f" ({_ATTAINMENT_EN[verdict.attainment]})",
                    state.where_indicator(index, "target"),
                )
            if after:
                # a completion dated after the table's date cannot have happened yet; the due
                # date passed by then: judged not done, not by a forecast (monitor21 M6), and
                # it stands for deadline-passed too: the due date named (r37t F)
                on = due.isoformat() if due is not None else ""
                _actual_after_period(
                    state,
                    table,
                    indicator,
                    index,
                    due,
                    at_due_said=(
                        f"截止日期{on}已到，按未完成判断",
                        f" not done by the due date {on}",
                    ),
                )
        elif (
            isinstance(target, (Comparison, Range))
            and state.as_of is not None
            and index in state.after_period
        ):
            # 2024年4月完成10个 against ≥10个 as of 03-31: a forecast, as the verdict (r37v)
            _actual_after_period(
                state,
                table,
                indicator,
                index,
                verdict.due,
                at_due_said=("无法判断是否达到年度指标", " no result to judge"),
            )
        if isinstance(target, Comparison):
            planned = _quantity_of(indicator.planned)
            # 每季度1次 planned 4次: against the year's =4次 (no plan: nothing to ask)
            annual = (
                None
                if planned is None
                else _plan_over(
                    target, planned, to_date=to_date, actual=_quantity_of(indicator.actual)
                )
            )
            if planned is not None and annual is not None:
                if direction is _Direction.HIGHER and annual.op in (_Op.GE, _Op.GT, _Op.EQ):
                    state.add(
                        "plan-exceeds-target",
                        _Severity.INFO,
                        f"“{indicator.name}”计划值{_shown_quantity(planned, annual.unit)}高于年度指标{_shown_target(annual)}，指标可能设置偏低",
                        f"“{indicator.name}”: the plan exceeds the target",
                        state.where_indicator(index, "planned"),
                    )
                elif (
                    direction is _Direction.LOWER
                    # a ratio or an average brought down over the year passes above its
                    # year-end ceiling on the way (大班额比例降至5%, plan 6% in August)
                    and not _may_come_down(indicator, annual.unit or planned.unit)
                ):
                    state.add(
                        "plan-exceeds-target",
                        _Severity.INFO,
                        f"“{indicator.name}”计划值{_shown_quantity(planned, annual.unit)}突破年度上限{_shown_target(annual)}",
                        f"“{indicator.name}”: the plan breaks the ceiling",
                        state.where_indicator(index, "planned"),
                    )
        if (
            isinstance(target, (Comparison, Range))
            and isinstance(indicator.actual, Quantity)
            # 26OO, ≥26OO: letters for digits, no unit; possible-ocr-artifact says it (r38h 1)
            and not letters_for_digits_unit(indicator.actual)
            and not letters_for_digits_unit(target)
            and (
                _factors(target.unit, indicator.actual.unit) is None
                or _per_100k_apart(target.unit, indicator.actual.unit, indicator.name)
                or _year_price_unclear(target, indicator.actual)
            )
            and not _share_of_work(indicator.actual, target)
            and _work_share(indicator.actual, target) is None
            # 5-8次/年 against 6次: a count per year judged as the year's count
            and _schedule_period(target, indicator.actual, to_date=to_date) is None
            # 20天 against 1个月: a month is 28 to 31 days (parse23 M7)
            and not days_and_months(target.unit, indicator.actual.unit)
            # 15日 against ≤20个工作日: within the limit whichever days count
            and not _calendar_within_working(target, indicator.actual)
            # 8天 against ≤5个工作日: over the longest span of the working days; 6天:
            # within it, the verdict says the days cannot tell (g23d)
            and _calendar_beyond_working(target, indicator.actual) is None
            and _calendar_between_working(target, indicator.actual) is None
            # 20个工作日 against ≤30日: the span of the working days decides (p26fix M1)
            and _working_in_calendar(target, indicator.actual) is None
            # 提前2天通知 against 提前24小时通知: a lead time, in hours either way (parse21 M6)
            and not lead_time_target(target)
            # 1次/季度 against 每季度至少1次: a count per period, compared per period
            and _per_period_written(target, indicator.actual) is None
            # 每季度3次 against ≥2次/月: counts per period, compared a year each (r36l)
            and period_rates_apart(target, indicator.actual) is None
            # 即时办结率98.7% against 即时办结: the share done within the limit (parse18 M4)
            and not _limit_rate(target, indicator.actual)
            # 由45.5%提高到45.8% against 提高0.2个百分点: the levels' difference
            and not (
                target.unit in ("个百分点", "百分点")
                and _points_between_levels(indicator.actual) is not None
            )
            # 由120起下降到110起 against 下降5%: the levels' change in %
            and not (target.unit == "%" and _percent_between_levels(indicator.actual) is not None)
            # 已覆盖全部126个行政村 against 全覆盖: all of the whole, 100%
            and not _all_of_whole(target, indicator.actual, indicator.actual)
            # 差评46件，已全部整改 against 100% on 差评整改率: all rectified (sweep26 W3)
            and _all_stepped_note(target, indicator.actual, indicator.name) is None
            # 12天（96学时） against ≥120学时: judged on the bracket (sweep26 W3)
            and _restated_time(indicator.actual, target) is None
            # 93.5分 or 4.6分（满分5分） against 满意度≥90%: a share of its full marks, as
            # the verdict and the points compare it (se20 H3)
            and _as_share(indicator.actual, target, indicator.name) is indicator.actual
            # 未发生安全事故，排查隐患32处 against 0起: the hazards found are no count of
            # the target's (regress44 S2)
            and inspection_set_aside(indicator.actual, target, indicator.name) is None
            # a table of bare 100%s: actuals-as-ratios says it once for its rows (r38j 3)
            and index not in state.ratios
        ):
            # a bare 100% against ≥10(人次): the ratio done, not the count (r38j 3)
            as_ratio = (
                indicator.actual.unit == "%"
                and indicator.actual.label is None
                and indicator.actual.status is None
                and _work_share_target(target)
            )
            state.add(
                "unit-mismatch",
                _Severity.WARNING,
                f"“{indicator.name}”实际单位“{indicator.actual.unit}”与年度指标单位“{target.unit}”不可比"
                + ("，疑为完成比例而非实际完成数" if as_ratio else ""),
                f"“{indicator.name}”: unit “{indicator.actual.unit}” vs “{target.unit}”"
                + (": a ratio done, not the count" if as_ratio else ""),
                state.where_indicator(index, "actual"),
            )
        if (
            isinstance(indicator.actual, TextValue)
            and isinstance(target, (Comparison, Range))
            and verdict.attainment is _Attainment.UNKNOWN
            and (apart := lone_figure_apart(target, indicator.actual)) is not None
            and (
                f"单位不同（{apart.unit}与{target.unit}）" in verdict.explanation
                or f"different units ({apart.unit} vs {target.unit})" in verdict.explanation
            )
        ):
            # 完成培训80场，效果良好 against ≥100人次: the verdict compared its one figure and
            # found the units apart (r34e), as for 完成培训80场 alone
            state.add(
                "unit-mismatch",
                _Severity.WARNING,
                f"“{indicator.name}”实际单位“{apart.unit}”与年度指标单位“{target.unit}”不可比",
                f"“{indicator.name}”: unit “{apart.unit}” vs “{target.unit}”",
                state.where_indicator(index, "actual"),
            )
        copied = _copy_of_target(target, indicator.actual, state)
        if (
            copied is _Severity.INFO
            and isinstance(target, Descriptive)
            and _names_a_standard(target.description, indicator.name)
        ):
            copied = None  # 防洪标准 20年一遇 | 20年一遇: the standard met, no copy
        if copied is not None:
            state.copied.append(index)
            if copied is _Severity.WARNING:
                # ≥200家, 2024年6月30日前 reprinted as the actual: no result reported. The
                # target is quoted as the target's cell says it (p34 LOW), the actual beside
                # it when its words differ (90%以上, 九成以上 against ≥90%: score57 #10)
                actual_text = _text(indicator.actual)
                copied_text = (target.text.strip() if target is not None else "") or actual_text
                said = "" if _normal(actual_text) == _normal(copied_text) else f"“{actual_text}”"
                state.add(
                    "actual-copies-target",
                    _Severity.WARNING,
                    f"“{indicator.name}”实际完成情况{said}照抄年度指标“{copied_text}”，"
                    "未填报实际完成值",
                    f"“{indicator.name}”: the actual {said}copies the target"
                    f" “{copied_text}”: no result reported",
                    state.where_indicator(index, "actual"),
                )
            else:
                state.add(
                    "actual-copies-target",
                    _Severity.INFO,
                    f"“{indicator.name}”实际完成情况照抄年度指标",
                    f"“{indicator.name}”: the actual copies the target",
                    state.where_indicator(index, "actual"),
                )
        if (
            # a figure the reader could not read is malformed-target's, not words
            index not in malformed
            # 待定 in a target table: no target set, missing-target's (r36h)
            and _target_placeholder(table, target) is None
            # satisfaction-not-percent says it of a 满意度 row, more precisely
            and indicator.level1 != "满意度指标"
            and _not_measurable(state, index, target, indicator.name, indicator.actual)
            # 调整前7日公示: a lead time, measured in days (parse21 M6)
            and not lead_time_target(target)
        ):
            state.add(
                "target-not-measurable",
                _Severity.INFO,
                f"“{indicator.name}”年度指标“{_text(target)}”为定性或文字描述，难以量化考核",
                f"“{indicator.name}”: the target is not measurable",
                state.where_indicator(index, "target"),
            )
        if (
            isinstance(target, Comparison)
            and target.unit is None
            and indicator.unit is None
            and indicator.level2 == "数量指标"
            # 全省前五, 排名前3: a rank, no quantity to measure in a unit
            and not _RANK_TARGET_RE.search(target.text.strip())
        ):
            state.add(
                "target-missing-unit",
                _Severity.INFO,
                f"“{indicator.name}”数量指标未写计量单位",
                f"“{indicator.name}”: a quantity target without a unit",
                state.where_indicator(index, "target"),
            )
        if (
            _is_cost(indicator)
            and isinstance(target, Comparison)
            and target.op in (_Op.GE, _Op.GT)
            # a saving, a fall, a multiple levered, a benefit paid out: better higher
            and better_lower_by_name(f"{indicator.name}{target.label or ''}", cost=True)
            and not _benefit_by_name(indicator.name)  # 基础养老金标准, 抚恤标准
            and not share_better_higher(indicator.name)  # 资金发放准确率: parse29 H1
        ):
            state.add(
                "cost-not-ceiling",
                _Severity.INFO,
                f"成本指标“{indicator.name}”应为上限（≤），而非“{_text(target)}”",
                f"cost indicator “{indicator.name}” should be a ceiling",
                state.where_indicator(index, "target"),
            )
        # (the time-limit, count and misfiled-satisfaction checks each ask a comparison, the
        # last two in %: asked once here, speedS3)
        in_percent = isinstance(target, Comparison) and target.unit in ("%", "百分比")
        if isinstance(target, Comparison) and indicator.unit is None:
            _time_limit_unit(state, index, indicator, target)
        if in_percent and _count_in_percent(indicator, target):
            state.add(
                "target-unit-suspect",
                _Severity.WARNING,
                f"“{indicator.name}”为数量（计数）指标，年度指标“{_text(target)}”为百分比，"
                "计量单位与指标名称不符",
                f"“{indicator.name}” counts things, but its target “{_text(target)}” is a percentage",
                state.where_indicator(index, "target"),
            )
        if (
            indicator.level1 == "满意度指标"
            and target is not None
            and not isinstance(target, NotApplicable)
            # 投诉率 ≤1%, 投诉处理率 100%: complaints, no share satisfied (r34j)
            and _COMPLAINT_NAME_RE.search(indicator.name) is None
        ):
            decimal = _decimal_share(state, index, target)
            percent = (
                isinstance(target, Comparison)
                and target.op in (_Op.GE, _Op.GT)
                and target.unit in ("%", "百分比")
                and decimal is None  # ≥0.9 read as ≥90%: still no percentage
            )
            if _full_satisfaction(indicator, target):
                # ≥100%, 100%, 达到100%: every one surveyed satisfied (target21 M2)
                _satisfaction_target(state, index, indicator, target, full=True)
            elif decimal is not None:
                # ≥0.9 under 单位 %: 90% written as a decimal, no low target (target58 #4)
                _decimal_satisfaction(state, index, indicator, target, decimal)
            elif not percent:
                state.add(
                    "satisfaction-not-percent",
                    _Severity.INFO,
                    f"满意度指标“{indicator.name}”应为“≥百分比”，而非“{_text(target)}”",
                    f"satisfaction indicator “{indicator.name}” should be ≥ a percentage",
                    state.where_indicator(index, "target"),
                )
            elif (
                isinstance(target, Comparison)
                and target.value < _SATISFACTION_FLOOR
                and _measures_satisfaction(indicator.name, target.label)
            ):
                _satisfaction_target(state, index, indicator, target, full=False)
        if in_percent:
            _misfiled_satisfaction(state, index, indicator, target)
        before_due = (
            verdict.due is not None and state.as_of is not None and state.as_of < verdict.due
        )
        if (
            (
                _worded_satisfaction(indicator, target, indicator.actual)
                # 已完成 on 满意度 ≥90%: a survey's share, answered by a status (score56 #3)
                or _status_satisfaction(indicator, target)
            )
            and not (table.kind is not _TableKind.SELF_EVALUATION and before_due)
            # 无投诉 on 投诉率, 全部办结 on 投诉办结率: complaints, no share satisfied,
            # as for the target (r34j, r34n)
            and _COMPLAINT_NAME_RE.search(indicator.name) is None
            # 无 reports no share: missing-actual says so on the cell, once (r29)
            and not _no_share_reported(indicator, verdict)
        ):
            # a tracking table before the due date owes no survey's percentage yet
            state.add(
                "satisfaction-not-percent",
                _Severity.INFO,
                f"满意度指标“{indicator.name}”实际完成值应为百分比，而非“{_text(indicator.actual)}”",
                f"satisfaction indicator “{indicator.name}”: the actual should be a percentage",
                state.where_indicator(index, "actual"),
            )
        _ocr(state, index, indicator)
    if unexplained:
        _no_reason_column(state, unexplained)
    names: dict[tuple[str | None, str], int] = {}
    for index, indicator in enumerate(table.indicators):
        key = (indicator.level2, _duplicate_key(indicator.name))
        # the rows of one name merged over several rows (参保人数: 城镇居民≥8.5万人 |
        # 农村居民≥21万人) follow each other with targets of their own: one indicator
        # broken down, no duplicate; but two forms of one figure (培训后就业率 100% |
        # ≥70%) are two targets for one indicator, which contradict each other (t31 H4)
        prior = table.indicators[index - 1].target if index else None
        adjacent = key in names and names[key] == index - 1
        clashing = adjacent and _clashing(prior, indicator.target)
        # a part is named by a label or a note (城镇居民≥8.5万人): ≥8.5万人 | ≥21万人 under
        # one name say neither which part each is nor which is the target (r34j)
        named = _names_part(prior) or _names_part(indicator.target)
        sub_row = adjacent and prior != indicator.target and not clashing and named
        if key in names and not sub_row:
            zh = f"“{indicator.name}”在“{indicator.level2 or '同一二级指标'}”下重复出现"
            if clashing:
                zh += f"，年度指标“{_text(prior)}”与“{_text(indicator.target)}”相互矛盾"
            elif adjacent and prior != indicator.target:
                zh += (
                    f"，年度指标“{_text(prior)}”与“{_text(indicator.target)}”未注明分项，"
                    "无法区分各为何项"
                )
            state.add(
                "duplicate-indicator",
                _Severity.WARNING,
                zh,
                f"“{indicator.name}” appears twice under {indicator.level2}",
                state.where_indicator(index),
            )
        names[key] = index
    _outcome_copies_output(state)
    _swapped_columns(state)
    _copied_actuals(state)
    _promised_actuals(state)
    _ratio_actuals(state)
    listed = missing_levels(table)
    if listed:
        zh, en = f"缺少{'、'.join(listed)}", f"missing {', '.join(listed)}"
        absent = _absent_weight(table, state.policy)
        if absent and _points_computed(table, state.policy):
            # no 分值 column: the default weight of a level 1 no row can earn is not
            # counted, and the finding says why the total is rescaled (see _absent_weight;
            # 成本 is asked of target tables only, which compute no points)
            shown = show(absent).rstrip("0").rstrip(".")
            if _unreadable_weights(table):
                # every 分值 cell 待定: the column is there, none of it a figure (regress74)
                zh += f"；表中分值均无法识别，其权重{shown}分不计，其余各项折算为100分"
                en += (
                    f"; no weight of the table could be read: its {shown} points are not"
                    " counted and the rest is rescaled to 100"
                )
            else:
                zh += f"；表中未列分值，其权重{shown}分不计，其余各项折算为100分"
                en += (
                    f"; the table prints no weights: its {shown} points are not counted"
                    " and the rest is rescaled to 100"
                )
        state.add(
            "missing-category",
            _Severity.INFO,
            zh,
            en,
            Where(file=table.source.file, sheet=table.source.sheet),
        )


# 财预〔2021〕101号 made 成本指标 a level 1 of the project framework from the 2022 budgets.
_COST_LEVEL1_FROM: Final = 2022


def _core_findings(state: _Scoring, verdicts: list[Verdict]) -> None:
    """``core-indicator-missed`` for each core indicator (★) not met, or behind in a tracking table.

    A ★ row (``Indicator.core``, 核心指标) carries the project's main goal: a reviewer
    names it on its own, with the verdict's explanation. Not met in either kind of
    table (a deadline missed, even if the work was done late: the verdict's not_met);
    in a tracking table also behind its plan, or on its plan while its own 全年预计
    misses the target.
    """
    table = state.table
    if table.kind is _TableKind.TARGET:
        return
    tracking = table.kind is _TableKind.TRACKING
    for verdict in verdicts:
        index = verdict.indicator
        indicator = table.indicators[index]
        if not indicator.core:
            continue
        if verdict.attainment is _Attainment.NOT_MET:
            what, what_en = "未达成", "not met"
        elif tracking and verdict.progress is _Progress.BEHIND:
            what, what_en = "进度落后", "behind"
        elif tracking and index in state.forecast_misses:
            what, what_en = "全年预计不能达成", "forecast to miss"
        else:
            continue
        state.add(
            "core-indicator-missed",
            _Severity.WARNING,
            f"核心指标“{indicator.name}”{what}：{verdict.explanation}",
            f"core indicator “{indicator.name}” {what_en}: {verdict.explanation}",
            state.where_indicator(index, "actual"),
        )


# The names a table-level finding lists before 等.
_LISTED_NAMES: Final = 5


def _misfiled_satisfaction(
    state: _Scoring, index: int, indicator: Indicator, target: Target | None
) -> None:
    """A 满意度 row filed under another level 1 keeps its own target checks (target25 H2).

    ``群众满意度 ≥70%`` under 社会效益指标: category-suspect says where it belongs, and
    the name (ending in 满意度, 满意率, 满意程度) still asks a target of 80% or more and
    below 100% (``satisfaction-target-low``, ``satisfaction-target-full``). A target
    under 满意度指标 is checked in :func:`_indicator_findings`.
    """
    if (
        indicator.level1 == "满意度指标"
        or not indicator.name
        or not isinstance(target, Comparison)
        or target.unit not in ("%", "百分比")
        or not _measures_satisfaction(indicator.name, target.label)
    ):
        return
    decimal = _decimal_share(state, index, target)
    if decimal is not None:
        # ≥0.9 under 单位 %: judged as the 90% it means, never "≥0.9 低于80%" (target58 #4)
        if decimal.op in (_Op.GE, _Op.GT) and decimal.value < _SATISFACTION_FLOOR:
            _satisfaction_target(state, index, indicator, target, full=False, read=decimal)
        return
    if _full_satisfaction(indicator, target):
        _satisfaction_target(state, index, indicator, target, full=True)
    elif target.op in (_Op.GE, _Op.GT) and target.value < _SATISFACTION_FLOOR:
        _satisfaction_target(state, index, indicator, target, full=False)


def _decimal_share(state: _Scoring, index: int, target: Target | None) -> Comparison | None:
    """The percentage a target written as a decimal share means (``≥0.9``: ``≥90%``), or None.

    The share the scoring read (:func:`perftrack.scoring._progress._share_target`, a
    row with an actual in %), or, with no actual to tell (a target table), a floor or an
    exact figure strictly between 0 and 1 with no unit or with the ``%`` of a 单位
    column only (``≥ | 0.9 | %``, as Sichuan exports it; target58 #4). Asked of
    satisfaction rows only: 0.9% satisfaction is no target anyone sets.
    """
    shared = state.shares.get(index)
    if isinstance(shared, Comparison):
        return shared
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.GE, _Op.GT, _Op.EQ)
        or not 0 < target.value < 1
        or not (target.unit is None or _percent_implied(target.unit, target.text))
    ):
        return None
    return evolve(target, value=target.value.scaleb(2), unit="%")


def _decimal_satisfaction(
    state: _Scoring, index: int, indicator: Indicator, target: Target, read: Comparison
) -> None:
    """``satisfaction-not-percent`` for a 满意度 target written as a decimal share.

    ``≥0.9`` (under 单位 %, or bare): the percentage it means is said (疑为≥90%), and
    ``satisfaction-target-low`` follows only if that percentage is below 80%
    (``≥0.75``), never on the decimal's own figure.
    """
    meant = _shown_target(read).removeprefix("=")
    state.add(
        "satisfaction-not-percent",
        _Severity.INFO,
        f"满意度指标“{indicator.name}”年度指标“{_text(target)}”写为小数，"
        f"应为“≥百分比”（疑为{meant}）",
        f"satisfaction indicator “{indicator.name}”: the target “{_text(target)}” is"
        f" written as a decimal (probably {meant}); it should be ≥ a percentage",
        state.where_indicator(index, "target"),
    )
    if (
        read.op in (_Op.GE, _Op.GT)
        and read.value < _SATISFACTION_FLOOR
        and _measures_satisfaction(indicator.name, read.label)
    ):
        _satisfaction_target(state, index, indicator, target, full=False, read=read)


def _satisfaction_target(  # noqa: PLR0913 - the row, its target and how it is read
    state: _Scoring,
    index: int,
    indicator: Indicator,
    target: Target,
    *,
    full: bool,
    read: Comparison | None = None,
) -> None:
    """``satisfaction-target-full`` (*full*) or ``satisfaction-target-low`` on the target.

    *read* is the percentage a decimal target means (``≥0.75``: ``≥75%``), said beside it.
    """
    where = state.where_indicator(index, "target")
    name, text = indicator.name, _text(target)
    quoted = f"“{text}”" if read is None else f"“{text}”（疑为{_shown_target(read)}）"
    if full:
        state.add(
            "satisfaction-target-full",
            _Severity.INFO,
            f"满意度指标“{name}”年度指标“{text}”要求满意度达到100%，脱离实际",
            f"satisfaction indicator “{name}”: a target of 100% is unrealistic",
            where,
        )
        return
    floor = f"{_SATISFACTION_FLOOR}%"
    state.add(
        "satisfaction-target-low",
        _Severity.INFO,
        f"满意度指标“{name}”年度指标{quoted}低于{floor}，目标设定偏低",
        f"satisfaction indicator “{name}”: the target is below {floor}",
        where,
    )


def _vague_reason_found(
    state: _Scoring, index: int, said: str, over: Decimal | None, *, partly: bool
) -> None:
    """``missing-deviation-reason`` for a row whose 偏差原因 names no cause (其他原因).

    *over* is the share of the target a row far over it reached (超额完成), else None;
    *partly* whether the row is partly met in a 自评表.
    """
    indicator = state.table.indicators[index]
    if over is not None:
        what = f"超额完成（实际为年度指标的{show(over * _HUNDRED)}%）"
        what_en = f"is {show(over * _HUNDRED)}% of its target"
    elif partly:
        what, what_en = "部分完成", "is partly met"
    elif index in state.late:
        what, what_en = "逾期完成", "was done late"
    else:
        what, what_en = "存在偏差", "deviates"
    state.add(
        "missing-deviation-reason",
        _Severity.WARNING,
        f"“{indicator.name}”{what}，但偏差原因仅填写“{said}”，未说明具体原因",
        f"“{indicator.name}” {what_en}, but its reason only says “{said}”",
        state.where_indicator(index, "reason"),
    )


def _no_reason_column(state: _Scoring, rows: list[int]) -> None:
    """One ``missing-deviation-reason`` for a form with no 偏差原因 column at all.

    The rows that deviate cannot say why: the form asks nothing, so the finding is
    the table's (no indicator), naming them, not one per row. Its figures are those
    rows, each an ``indicator`` figure whose value is the row's index in
    ``Table.indicators`` (all of them: the message names the first few).
    """
    names = [state.read[index].name for index in rows]
    listed = "、".join(f"“{name}”" for name in names[:_LISTED_NAMES])
    more = "等" if len(names) > _LISTED_NAMES else ""
    table = state.table
    state.add(
        "missing-deviation-reason",
        _Severity.WARNING,
        f"表中未设偏差原因分析栏目，{len(names)}项指标（{listed}{more}）存在偏差，无处说明原因",
        f"the form has no column for deviation reasons: {len(names)} indicator(s)"
        " deviate with no reason given",
        Where(file=table.source.file, sheet=table.source.sheet),
        figures=tuple(Figure("indicator", Decimal(index)) for index in rows),
    )


def missing_levels(table: Table) -> list[str]:
    r"""The level 1s ``missing-category`` names, in the framework's order.

    产出, 效益 and 满意度 (see :func:`_missing_categories`), and 成本 in a project's target
    table of the fiscal year 2022 or later (财预〔2021〕101号) with no cost indicator, as a
    level 1 or a level 2 (``成本指标`` under 产出, the older framework, still counts). Not
    in a department's table, nor a 区域 / 转移支付 table, whose templates have no 成本 level.

    Example:
        >>> import perftrack
        >>> lines = [
        ...     "项目支出绩效目标表",
        ...     "（2025年度）",
        ...     "项目名称\t测试",
        ...     "一级指标\t二级指标\t三级指标\t年度指标值",
        ...     "产出指标\t数量指标\t培训人次\t≥100人次",
        ...     "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%",
        ... ]
        >>> missing_levels(perftrack.read_text("\n".join(lines))[0])
        ['成本指标', '效益指标']
    """
    missing = _missing_categories(table)
    if _misses_cost(table):
        missing.append("成本指标")
    order = ("产出指标", "成本指标", "效益指标", "满意度指标")
    return sorted(missing, key=order.index)


def _misses_cost(table: Table) -> bool:
    """Whether *table* is a project's target table of 2022 or later without a cost indicator.

    Only a target table: 101号 governs how targets are set, and a 2022+ 目标表 is filled in
    its template. Tracking and self-evaluation tables report against targets approved
    before, often in the older framework, which the spec accepts (domain.md §2).
    """
    title = table.title or ""
    return (
        table.kind is _TableKind.TARGET
        and table.period is not None
        and table.period.start.year >= _COST_LEVEL1_FROM
        and bool(table.indicators)
        and not any(_is_cost(indicator) for indicator in table.indicators)
        and not _is_department(table)
        and "区域" not in title
        and "转移支付" not in title
    )


def _is_department(table: Table) -> bool:
    """A department's table: 部门整体 in its title, or its framework's level 1s."""
    return "部门整体" in (table.title or "") or any(
        indicator.level1 in _DEPARTMENT_LEVEL1 for indicator in table.indicators
    )


def _missing_categories(table: Table) -> list[str]:
    """The project framework's level 1s (产出, 效益, 满意度) *table* has no indicator under.

    None for a table without indicators, or a department's table (部门整体 in its title,
    or its framework's 履职效能, 管理效率, 社会效应), whose framework does not ask
    them; a project table's one unknown label (项目效益) does not make it a department's.
    """
    # (项目产出 is 产出, 效果指标 效益 and 满意度: regress40)
    present = {framework_level1(indicator) for indicator in table.indicators}
    missing = [name for name in ("产出指标", "效益指标", "满意度指标") if name not in present]
    if not missing or not table.indicators:
        return []
    if _is_department(table):
        return []
    if _evaluation_framework(table):
        # 决策/过程/产出/效益: satisfaction is a row under 效益, no level 1 (dept32 H4)
        missing = [name for name in missing if name != "满意度指标"]
    return missing


# The level 1s only the 评价 framework (决策, 过程, 产出, 效益) prints: 部门整体 and project
# evaluations of 2021 on, with satisfaction under 效益 (履职效益, 社会效益).
_EVALUATION_LEVEL1: Final = frozenset({"决策", "过程"})


def _evaluation_framework(table: Table) -> bool:
    """Whether *table* uses the 评价 framework: a level 1 决策 or 过程."""
    return any(indicator.level1 in _EVALUATION_LEVEL1 for indicator in table.indicators)


def _points_computed(table: Table, policy: Policy) -> bool:
    """Points are computed for *table*: a self-evaluation, or provisional ones asked for."""
    return table.kind is _TableKind.SELF_EVALUATION or (
        policy.provisional_points and table.kind is _TableKind.TRACKING
    )


def _absent_weight(table: Table, policy: Policy) -> Decimal:
    r"""The weight of the level 1s without an indicator, when *table* prints no 分值.

    Without a 分值 column each level 1 weighs its label's points or the policy's
    default (产出 50, 效益 30, 满意度 10), split among its indicators; a level 1 with
    none has nobody to earn its weight, and the total is rescaled over the levels
    present, as for the rows left out (a 区域 table without 满意度 rows, all met, scored
    90.00 out of 100). A 成本 level 1 shares 产出's weight, so 产出 is present with it.
    A table that prints its 分值 keeps its own weights (0 for a category it lacks).

    >>> import perftrack
    >>> lines = [
    ...     "项目支出绩效自评表",
    ...     "项目名称\t测试",
    ...     "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
    ...     "产出指标\t数量指标\t培训人次\t≥100人次\t120人次",
    ...     "效益指标\t社会效益指标\t技能提升\t提升\t提升",
    ... ]
    >>> _absent_weight(perftrack.read_text("\n".join(lines))[0], perftrack.Policy())
    Decimal('10')
    """
    missing = _missing_categories(table)
    if not missing or any(indicator.weight is not None for indicator in table.indicators):
        return Decimal(0)
    if "产出指标" in missing and any(i.level1 == "成本指标" for i in table.indicators):
        missing.remove("产出指标")
    labels = dict(table.level1_weights)
    return sum(
        (labels[name] if name in labels else policy.weights.of_level1(name) for name in missing),
        Decimal(0),
    )


def _swapped_rows(table: Table) -> tuple[list[int], int]:
    """The rows of *table* whose columns look swapped, and how many rows have an actual.

    ``26公里 | ≥45公里``, ``完成58% | 2024年10月底前``, ``1.1万元 | ≤2.2万元``: the
    年度指标值 and 实际完成值 columns were filled the wrong way round when most actuals
    are targets in form beside bare figures as targets. An empty target (the figure's
    cell left blank) counts with the bare figures; at least three rows, and more than
    half of those with an actual, else no row is listed.
    """
    if table.kind is _TableKind.TARGET:
        return [], 0
    filled = [
        index
        for index, indicator in enumerate(table.indicators)
        if indicator.actual is not None and not isinstance(indicator.actual, NotApplicable)
    ]
    swapped = [
        index
        for index in filled
        if _target_form(table.indicators[index].actual)
        and (table.indicators[index].target is None or _actual_is_target(table.indicators[index]))
    ]
    if len(swapped) >= _SWAPPED_ROWS and 2 * len(swapped) > len(filled):
        return swapped, len(filled)
    return [], len(filled)


def _swapped_columns(state: _Scoring) -> None:
    """One finding for a table whose target and actual columns look swapped."""
    table = state.table
    if not state.swapped:
        # score set state.swapped from _swapped_rows(state.table) itself: empty, this
        # table's rows are none either (no second pass over the rows, speedS5b)
        return
    swapped, filled = _swapped_rows(table)
    if swapped:
        shown = "、".join(f"“{_text(table.indicators[index].actual)}”" for index in swapped[:3])
        state.add(
            "columns-swapped",
            _Severity.WARNING,
            f"年度指标值与实际完成值疑似填反：{filled}项指标中有{len(swapped)}项的实际完成值"
            f"为指标形式（{shown}等），而年度指标值为具体数值",
            f"targets and actuals look swapped: {len(swapped)} of {filled} actuals"
            " are written as targets beside bare figures",
            Where(file=table.source.file, sheet=table.source.sheet),
        )


def _copied_actuals(state: _Scoring) -> None:
    """One warning for a table where most actuals copy their targets (actuals-copy-targets).

    At least three rows raise ``actual-copies-target`` and they are at least half the
    rows with an actual: the table reports no results, and a reviewer returns it,
    whatever each row's verdict.
    """
    table = state.table
    _most_rows(
        state,
        "actuals-copy-targets",
        state.copied,
        lambda index: table.indicators[index].name,
        "{filled}项指标中有{count}项实际完成情况照抄年度指标（{listed}），未如实填报实际完成情况",
        "{count} of {filled} actuals copy their targets",
    )


# How many rows copying their targets, or only promising their results, make a table
# that reports none (with at least half the rows with an actual).
_FEWEST_ROWS: Final = 3


def _most_rows(  # noqa: PLR0913, PLR0917 - the finding and its words
    state: _Scoring,
    finding_id: str,
    rows: Sequence[int],
    shown: Callable[[int], str],
    zh: str,
    en: str,
) -> None:
    """One warning on the table when *rows* are at least three and half the rows with an actual.

    *zh* and *en* are formats of ``filled`` (the rows with an actual), ``count`` and
    ``listed`` (the first three rows, quoted by *shown*, with 等 after them when more).
    """
    if len(rows) < _FEWEST_ROWS:
        return  # before counting the filled rows: most tables have none of these rows
    table = state.table
    filled = sum(
        1
        for indicator in table.indicators
        if indicator.actual is not None and not isinstance(indicator.actual, NotApplicable)
    )
    if 2 * len(rows) < filled:
        return
    listed = "、".join(f"“{shown(index)}”" for index in rows[:3]) + ("等" if rows[3:] else "")
    state.add(
        finding_id,
        _Severity.WARNING,
        zh.format(filled=filled, count=len(rows), listed=listed),
        en.format(filled=filled, count=len(rows)),
        Where(file=table.source.file, sheet=table.source.sheet),
    )


# An actual that only promises or forecasts the result, with no figure and no result
# of its own: 预计年底完成, 确保完成, 力争完成, 按序时推进, 预计可完成, 12月底前完成.
_PROMISE_RE: Final = re.compile(
    # 拟 before a verb of doing (拟于10月完成, 拟开展); 拟改造户 is the households planned
    r"(?:预计|预期|估计|力争|争取|确保|保证|计划|将于|将在|有望|拟(?:于|在|将|开展|实施|完成))"
    r"|按(?:序时|计划|进度|时序)(?:进度)?(?:推进|实施|开展)"
    r"|(?:有序|稳步|正常)推进"
    r"|(?:年底|年末|年内|年终|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)?)前?(?:可|能|将)?完成"
    r"|(?:可|能|能够|可以)(?:按期|如期|按时)?完成$"
)


@functools.lru_cache(maxsize=4096)
def _promises(description: str) -> bool:
    """Whether an actual's words open with a promise or a forecast (:func:`_promised`).

    Memoised (a string in, a flag out): the words of actuals (开展中, 已完成) recur
    across the rows and tables of a batch.
    """
    return _PROMISE_RE.match(normalize(description).text.replace(" ", "")) is not None


def _promised(actual: Value | None, as_of: dt.date | None) -> bool:
    """Whether an actual only promises its result (预计年底完成, 确保完成, 12月底前完成).

    A text the value grammar reads as no figure that starts with a promise or a
    forecast, or (given the date of a tracking table, *as_of*) a completion dated
    after it: no result reported. A 自评表 filed after its year may date a fact later.

    Example:
        >>> from perftrack.expressions import parse_value
        >>> [
        ...     _promised(parse_value(text), dt.date(2026, 6, 30))
        ...     for text in ("预计年底完成", "按序时推进", "12月底前完成", "120场", "已完成")
        ... ]
        [True, True, True, False, False]
    """
    if isinstance(actual, TextValue):
        return _promises(actual.description)
    if isinstance(actual, Quantity) and actual.when is not None:
        actual = actual.when  # 2024年5月完成10个 as of 03-31: dated after it (r37k)
    if isinstance(actual, DateValue) and as_of is not None and actual.month is not None:
        # 12月底前完成: a date of the table's year
        date = (actual if actual.year is not None else evolve(actual, year=as_of.year)).date
        return date is not None and date > as_of
    return False


def _promised_actuals(state: _Scoring) -> None:
    """One warning for a table whose actuals only promise results (actuals-not-reported).

    At least three rows, and at least half the rows with an actual, hold a promise or
    a forecast with no figure (:func:`_promised`): the period's results are not
    reported, whatever each row's verdict (``unknown``), and a reviewer returns the
    table.
    """
    table = state.table
    if table.kind is _TableKind.TARGET:
        return
    tracking = state.as_of if table.kind is _TableKind.TRACKING else None
    promised = [
        index
        for index, indicator in enumerate(table.indicators)
        if indicator.actual is not None
        and not isinstance(indicator.actual, NotApplicable)
        and (index in state.after_period or _promised(indicator.actual, tracking))
    ]
    _most_rows(
        state,
        "actuals-not-reported",
        promised,
        lambda index: _text(table.indicators[index].actual),
        "{filled}项指标中有{count}项实际完成值填写预计或承诺（{listed}），未填报实际完成情况",
        "{count} of {filled} actuals only promise or forecast their results",
    )


def _is_full_ratio(actual: Value | None) -> bool:
    """Whether *actual* is a bare ``100%`` (``100.00%``): a completion ratio, if anything."""
    return (
        isinstance(actual, Quantity)
        and actual.unit == "%"
        and actual.value == _HUNDRED
        and actual.label is None
        and actual.note is None
        and actual.bound is _Bound.EXACT
    )


def _ratio_rows(table: Table) -> tuple[list[int], list[int]]:
    """The rows of a table whose actuals are completion ratios, not results (score56 #3).

    ``家庭医生签约人数 ≥5000人 | 100%``, ``健康讲座次数 ≥12次 | 100%``, ``服务完成时间
    2024年12月底前 | 100%``: the unit wrote how much of each target it did, not what
    it did. Returned as (every row whose actual is a bare ``100%``, those of them whose
    target is no percentage: a count, an amount, a date) when the bare ``100%`` rows are
    at least three and half the rows with an actual, and at least two of them answer a
    target that is no percentage; ``([], [])`` otherwise (the common case, one cheap
    pass over the actuals).
    """
    if table.kind is _TableKind.TARGET:
        return [], []
    full = [
        index
        for index, indicator in enumerate(table.indicators)
        if _is_full_ratio(indicator.actual)
    ]
    if len(full) < _FEWEST_ROWS:
        return [], []
    other = []
    for index in full:
        target = table.indicators[index].target
        if isinstance(target, (Deadline, PeriodTarget)) or (
            isinstance(target, (Comparison, Range))
            and target.unit is not None
            and target.unit not in ("%", "百分比", "‰")
        ):
            other.append(index)
    filled = sum(
        1
        for indicator in table.indicators
        if indicator.actual is not None and not isinstance(indicator.actual, NotApplicable)
    )
    if len(other) < 2 or 2 * len(full) < filled:  # noqa: PLR2004 - two rows at least
        return [], []
    return full, other


def _ratio_actuals(state: _Scoring) -> None:
    """One warning for a table whose actuals are completion ratios (actuals-as-ratios).

    See :func:`_ratio_rows`. The rows' verdicts stand (a ``100%`` against a count or an
    amount is ``unknown``, the units apart, since r38j; against a rate or a date as
    before), but no excess is measured on them (``居民健康素养水平 ≥25% | 100%`` is no
    400%), and their ``unit-mismatch`` is this one finding.
    """
    if not state.ratios:
        return
    table = state.table
    full, other = _ratio_rows(table)
    filled = sum(
        1
        for indicator in table.indicators
        if indicator.actual is not None and not isinstance(indicator.actual, NotApplicable)
    )
    listed = "、".join(f"“{table.indicators[index].name}”" for index in other[:3]) + (
        "等" if other[3:] else ""
    )
    state.add(
        "actuals-as-ratios",
        _Severity.WARNING,
        f"{filled}项指标中有{len(full)}项实际完成值均填写“100%”，其中{listed}的年度指标并非百分比，"
        "疑为完成比例而非实际完成值，无法核实指标完成情况",
        f"{len(full)} of {filled} actuals are a bare 100%, {len(other)} of them against"
        " targets that are no percentage: completion ratios, not results",
        Where(file=table.source.file, sheet=table.source.sheet),
    )


# How many rows with an actual in a target's form make the columns look swapped.
_SWAPPED_ROWS: Final = 3


# A figure a damaged font or an OCR gave letters for digits (9O%, 2,6OO, l2OO, 1O0): a
# run that starts with a digit (or an l or I before one), holds digits, grouping commas,
# points and O, o, l, I, and touches no other Latin letter (CO2, H2O, O2O, 5G, 50km stay).
# An l or I only before a digit or an O (5l is litres), as the value language reads them.
_LETTER_NUMBER_RE: Final = re.compile(
    r"(?<![0-9A-Za-z.,])(?:\d|[lI](?=[\dOo]))[\d.,OolI]*(?![A-Za-z])"
)
_NUMBER_LETTERS: Final = "OolI"
_LONE_LETTER_ONE_RE: Final = re.compile(r"[lI](?![\dOo])")
_AS_DIGITS: Final = str.maketrans(_NUMBER_LETTERS, "0011")
# Any of the letters at all: most cells hold none, and are passed at once.
_ANY_NUMBER_LETTER: Final = re.compile(f"[{_NUMBER_LETTERS}]").search
# The value cells of a row, each with the column its message names.
_VALUE_COLUMNS: Final = (
    ("target", "年度指标值"),
    ("planned", "计划完成值"),
    ("actual", "实际完成值"),
    ("forecast", "预计完成值"),
)


def letter_number(raw: str) -> tuple[str, str] | None:
    """The first run of *raw* that is a figure with letters for digits, and its digits.

    ``9O%`` has ``9O`` for 90; ``2,6OO`` has ``2,6OO`` for 2,600; ``H2O``, ``O2O平台``,
    ``5l`` and ``IOS`` have none (r37q A).

    Example:
        >>> letter_number("≥9O%"), letter_number("2,6OO"), letter_number("H2O浓度")
        (('9O', '90'), ('2,6OO', '2,600'), None)
    """
    if _ANY_NUMBER_LETTER(raw) is None:  # no O, o, l or I: no letter for a digit
        return None
    return next(_letter_runs(raw), None)


def _letter_runs(raw: str) -> Iterator[tuple[str, str]]:
    """Every run of *raw* that :func:`letter_number` would find, in order, with its digits.

    Example:
        >>> list(_letter_runs("26OO-3OOO元"))
        [('26OO', '2600'), ('3OOO', '3000')]
    """
    for found in _LETTER_NUMBER_RE.finditer(raw):
        run = found.group().rstrip(".,")
        if (
            not any(ch.isdigit() for ch in run)
            or not any(ch in _NUMBER_LETTERS for ch in run)
            or _LONE_LETTER_ONE_RE.search(run) is not None
        ):
            continue
        yield run, run.translate(_AS_DIGITS)


def _letter_numbers(state: _Scoring, index: int, indicator: Indicator) -> None:
    """``possible-ocr-artifact`` (a warning) on each value cell with letters for digits.

    ``9O%`` is read as 90% by the value language (``_letter_digits`` of _normalize), and ``2,6OO`` (no
    unit after it) is not read at all: both are said, naming the cell and the digits it
    may mean, so that neither a verdict resting on a guess nor a row left 无法判断 goes
    unsaid (r37q A).
    """
    # letter_number's first test, asked once of the row's four cells together (r38e): a
    # row none of whose cells holds an O, o, l or I has no cell letter_number could find
    # a run in (each returns None at that test), so nothing is said. (Each cell's text is
    # a piece of the joined string, so a letter in any cell is a letter in it.)
    target, planned = indicator.target, indicator.planned
    actual, forecast = indicator.actual, indicator.forecast
    joined = (
        f"{target.text if target is not None else ''}"
        f"{planned.text if planned is not None else ''}"
        f"{actual.text if actual is not None else ''}"
        f"{forecast.text if forecast is not None else ''}"
    )
    if _ANY_NUMBER_LETTER(joined) is None:
        return
    for role, column in _VALUE_COLUMNS:
        value = getattr(indicator, role)
        raw = (value.text or "") if value is not None else ""
        found = letter_number(raw)
        if found is None:
            continue
        # every run of the cell: both ends of a range (26OO-3OOO元, 1OO%-12O%; r39g: the
        # message named the first alone, 疑为“2600-3OOO元”)
        runs = list(_letter_runs(raw))
        letters = "、".join(
            dict.fromkeys(
                ch.upper() if ch in "Oo" else ch
                for run, _ in runs
                for ch in run
                if ch in _NUMBER_LETTERS
            )
        )
        normal = normalize(raw).text
        read = all(digits in normal for _, digits in runs)
        cell = raw.strip()
        meant = cell
        for run, digits in runs:
            meant = meant.replace(run, digits, 1)
        state.add(
            "possible-ocr-artifact",
            _Severity.WARNING,
            f"“{indicator.name}”{column}“{cell}”含字母{letters}，疑为“{meant}”，"
            + (f"已按“{meant}”判断，请核实更正" if read else "无法识别为数值，请核实更正"),
            f"“{indicator.name}”: the {role} “{cell}” holds the letter(s) {letters},"
            f" “{meant}” may be meant; "
            + (f"read as “{meant}”, check it" if read else "no figure read, correct it"),
            state.where_indicator(index, role),
        )


def _ocr(state: _Scoring, index: int, indicator: Indicator) -> None:
    _letter_numbers(state, index, indicator)
    target = indicator.target
    raw = target.text if target is not None else ""
    if raw.lstrip()[:1] in ("W", "w") and raw.lstrip()[1:2].isdigit():
        state.add(
            "possible-ocr-artifact",
            _Severity.INFO,
            f"“{indicator.name}”年度指标“{raw}”中的W可能是识别错误的“≤”",
            f"“{indicator.name}”: W in “{raw}” may be a misread ≤",
            state.where_indicator(index, "target"),
        )
        return
    if (
        isinstance(target, Comparison)
        and target.unit == "%"
        and target.value > _HUNDRED
        and ("率" in indicator.name or "满意度" in indicator.name)
    ):
        digits = format(target.value, "f")
        if _implausible(indicator, target) is not None:
            return  # target-implausible says it, with the misread it may be (r34j)
        if digits.startswith("2") and len(digits) > 1:
            rest = digits[1:]
            try:
                value = Decimal(rest)
            except ArithmeticError:  # pragma: no cover - digits after 2 are digits
                return
            if value <= _HUNDRED:
                state.add(
                    "possible-ocr-artifact",
                    _Severity.INFO,
                    f"“{indicator.name}”年度指标{digits}%超过100%，可能是“≥{rest}%”识别错误",
                    f"“{indicator.name}”: {digits}% may be a misread ≥{rest}%",
                    state.where_indicator(index, "target"),
                )


# ---------------------------------------------------------------------------
# Targets as a 目标审核 reviewer reads them: the direction, the figure, the year


# A name whose figure is better lower (设备故障率) or handled (投诉处理率): harm_named_lower
# and _handled of _common, the one judgement of a direction by the name.
# A name whose figure is a share better higher (合格率, 覆盖率, 满意度, 达标率), not its
# complement (不合格率, 未达标率).
_HIGHER_SHARE_NAME_RE: Final = re.compile(
    "(?<![不未非])(?:合格率|覆盖率|满意度|满意率|达标率|完好率|知晓率|优良率|及格率)$"
)
# A share better higher, whose ceiling (``≤85%``, ``<95%``, ``不高于85%``) is a slip for a
# floor (t31 H2): the one list of _common (HIGHER_SHARE_RATE_RE), shared with the bands
# a figure above meets (k32q).
_CEILING_SLIP_NAME_RE: Final = HIGHER_SHARE_RATE_RE
# A share that cannot pass 100%: a ≥120% on it is impossible (设备安装合格率≥120%);
# not a rate of completion or of change (完成率, 增长率), which may.
_BOUNDED_SHARE_NAME_RE: Final = re.compile(
    "(?:合格|达标|覆盖|完好|满意|知晓|普及|参保|入学|入园|接种|及格|优良|准确|正确|到位|及时"
    "|完整|合规|使用|利用|巩固|出勤|通过|治愈|回收|处理|办结|整改|知晓|参与|开通|上线"
    "|就业|成活|发芽)率$"
    "|满意度$"
)
# A share of a whole (覆盖率, 合格率, 满意度): an actual over 100% is a data error (r37s).
_WHOLE_SHARE_NAME_RE: Final = re.compile(f"(?:{'|'.join(voc.WHOLE_SHARE_WORDS)})率$|满意度$")
# A rate of execution or completion against the plan (预算执行率, 任务完成率): an actual
# may pass 100%, a target asking more than the plan cannot.
_PLANNED_RATE_NAME_RE: Final = re.compile("(?:执行|完成)率$")
# A name of a change or a gap, whose figure may be 0 or below (增长率≥0%, 偏差≥-5%).
_SHIFT_NAME_RE: Final = re.compile("增|减|降|升|提高|变化|变动|差|偏|幅|速|比上年|较上年|同比")
# A gross rate, which counts pupils of any age and so may pass 100% (毛入学率 102%).
_GROSS_RATE_NAME_RE: Final = re.compile("毛入学|毛入园|毛入托|毛招生")
# A balance, which may fall below 0 (基金结余率≥-5%, 收支差额, 盈亏, 净利润).
_SIGNED_NAME_RE: Final = re.compile("结余|盈余|收支|盈亏|利润|余额|结存|净|损益|平衡")
# Temperatures, whose floor below 0 is a real constraint (冷链运输温度≥-25℃).
_TEMPERATURE_UNITS: Final = frozenset({"℃", "°C", "°c", "摄氏度", "°F", "℉"})
# A cost whose ceiling of 0 is right: no overspending, loss or misuse (超支金额≤0万元).
_ZERO_COST_NAME_RE: Final = re.compile("超|结余|损失|浪费|赔|罚|违|挤占|挪用|闲置|沉淀|增加")
_MONEY_UNITS: Final = frozenset({"元", "万元", "亿元", "千元", "百万元"})
# A range written high to low (0.5-0.2(L/s)): the two figures, the separator, the rest;
# a % may follow the first figure as well (95%-90%, the common way to write it; t31 H1).
_INVERTED_RANGE_RE: Final = re.compile(
    r"\s*(\d+(?:\.\d+)?)(\s*[%％]?\s*[-~～－—–至到]\s*)(\d+(?:\.\d+)?)(.*)", re.DOTALL
)
# The same with a minus on the low end (10%--5%: 10% down to -5%; a6566 W2), as the cell
# prints it: the normal form reads a run of dashes as one, so the sign is only in the
# raw text. A hyphen or a minus after the separator, not a doubled em dash (10%——5%).
_NEGATIVE_LOW_RANGE_RE: Final = re.compile(
    r"\s*(\d+(?:\.\d+)?)(\s*[%％]?\s*)[-－−﹣]\s*[-－−﹣]\s*(\d+(?:\.\d+)?)(.*)", re.DOTALL
)


def _direction_slip(indicator: Indicator, target: Target | None) -> Direction | None:
    """The direction *indicator*'s name gives where its target's operator says the other.

    ``≥5%`` on a 设备故障率 or ``≥1起`` on 火灾亡人事故 reads "at least": a slip for a
    ceiling (Direction.LOWER is the name's); ``≤90%`` on a 合格率 a slip for a floor.
    Not a change written with its own direction (``下降≥5%``), a name of harm handled
    (投诉处理率, 案件办结率), nor a printed 指标方向性 that confirms the operator.

    Example:
        >>> from perftrack import parse_target
        >>> _direction_slip(Indicator("设备故障率"), parse_target("≥5%"))
        <Direction.LOWER: 'lower'>
        >>> _direction_slip(Indicator("居民满意度"), parse_target("≤90%"))
        <Direction.HIGHER: 'higher'>
        >>> _direction_slip(Indicator("投诉处理率"), parse_target("≥95%")) is None
        True
    """
    if not isinstance(target, Comparison) or target.op is _Op.EQ or target.label is not None:
        return None
    floor = target.op in (_Op.GE, _Op.GT)
    printed = indicator.direction
    if printed is (_Direction.HIGHER if floor else _Direction.LOWER):
        return None  # the printed 指标方向性 confirms the operator
    return _named_slip(indicator.name, floor, printed)


@functools.lru_cache(maxsize=4096)
def _named_slip(name: str, floor: bool, printed: Direction | None) -> Direction | None:  # noqa: FBT001
    """The slip :func:`_direction_slip` finds, from the name, the operator and the print.

    A pure function of strings and flags, memoised: every indicator asks it twice,
    and a name recurs across the tables of a batch.
    """
    if _name_backs_operator(name, floor=floor):
        return None  # 单位GDP能耗下降率 | 反向 | ≥3%: the printed direction is the slip
    name = _BRACKET_TAIL_RE.sub("", name)
    if floor:
        lower = printed is _Direction.LOWER or harm_named_lower(name)
        return _Direction.LOWER if lower else None
    higher = (
        printed is _Direction.HIGHER
        or _HIGHER_SHARE_NAME_RE.search(name) is not None
        or (
            (slip := _CEILING_SLIP_NAME_RE.search(name)) is not None
            and not _failure_before(name, slip.start())
            and not harm_named_lower(name)
        )
    )
    return _Direction.HIGHER if higher else None


def _name_backs_operator(name: str, *, floor: bool) -> bool:
    """Whether *name* alone gives the direction its target's operator says.

    A floor on a rate of fall or a share better higher (``单位GDP能耗下降率``,
    ``万元产值能耗降幅``, ``验收合格率``); a ceiling on a figure of harm (``设备故障率``).
    A printed 指标方向性 against such a target is the slip, not the target.

    Example:
        >>> _name_backs_operator("单位GDP能耗下降率", floor=True)
        True
        >>> _name_backs_operator("设备运行指数", floor=True)
        False
    """
    name = _BRACKET_TAIL_RE.sub("", name)
    if floor:
        if harm_named_lower(name):
            return False
        return (
            _HIGHER_SHARE_NAME_RE.search(name) is not None
            or _BOUNDED_SHARE_NAME_RE.search(name) is not None
            or _FALL_NAME_RE.search(name) is not None
            or handled_or_prevented(name)
        )
    return harm_named_lower(name)


# A name of a fall or a saving, better higher (下降率, 降幅, 降低率, 节约率, 减少量).
_FALL_NAME_RE: Final = re.compile("降幅|下降|降低|减少|减排|节约|节支|节省|节能|压减|压降")


def _printed_direction_conflict(indicator: Indicator, target: Target | None) -> str | None:
    """The printed 指标方向性 a target's operator contradicts where the name backs the operator.

    ``单位GDP能耗下降率 | 反向 | ≥3%``: a fall is better higher, ``≥3%`` is right, and the
    printed 反向 is the slip; ``target-direction-suspect`` says so, not "flip the target".

    Example:
        >>> from perftrack import parse_target
        >>> from perftrack.model import Direction
        >>> row = Indicator("验收合格率", direction=Direction.LOWER)
        >>> _printed_direction_conflict(row, parse_target("≥95%"))
        '反向'
        >>> _printed_direction_conflict(Indicator("验收合格率"), parse_target("≥95%")) is None
        True
    """
    if (
        indicator.direction is None
        or not isinstance(target, Comparison)
        or target.op is _Op.EQ
        or target.label is not None
    ):
        return None
    floor = target.op in (_Op.GE, _Op.GT)
    if indicator.direction is (_Direction.HIGHER if floor else _Direction.LOWER):
        return None
    if not _name_backs_operator(indicator.name, floor=floor):
        return None
    return "反向" if indicator.direction is _Direction.LOWER else "正向"


_BRACKET_TAIL_RE: Final = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def _inverted_range(target: Target | None) -> str | None:
    """The range a target written high to low means (``0.2-0.5(L/s)``), or None.

    Example:
        >>> from perftrack import parse_target
        >>> _inverted_range(parse_target("0.5-0.2(L/s)"))
        '0.2-0.5(L/s)'
        >>> _inverted_range(parse_target("10%--5%"))
        '-5%-10%'
        >>> _inverted_range(parse_target("有所改善")) is None
        True
    """
    if not isinstance(target, (Descriptive, Range)):
        return None
    signed = _NEGATIVE_LOW_RANGE_RE.fullmatch(target.text)
    if signed is not None:
        # 10%--5% means -5% to 10%: the correction keeps the sign (5%--5%: -5%-5%).
        # 1--3 may be a doubled separator as well (1 to 3): no correction then.
        if Decimal(signed[1]) < Decimal(signed[3]):
            return None
        swapped = f"-{signed[3]}{signed[2]}-{signed[1]}{signed[4]}"
        try:
            meant = parse_target(swapped)
        except ExpressionError:
            return None
        return swapped if isinstance(meant, Range) and meant.low < meant.high else None
    if not isinstance(target, Descriptive):
        return None
    found = _INVERTED_RANGE_RE.fullmatch(target.description)
    if found is None or Decimal(found[1]) <= Decimal(found[3]):
        return None
    swapped = f"{found[3]}{found[2]}{found[1]}{found[4]}"
    try:
        meant = parse_target(swapped)
    except ExpressionError:
        return None
    return swapped if isinstance(meant, Range) else None


def _names_part(target: Target | None) -> bool:
    """Whether *target* names the part of an indicator it is (a label or a note, r34j).

    Example:
        >>> from perftrack import parse_target
        >>> _names_part(parse_target("城镇居民≥8.5万人")), _names_part(parse_target("≥21万人"))
        (True, False)
    """
    return getattr(target, "label", None) is not None or getattr(target, "note", None) is not None


def _clashing(first: Target | None, second: Target | None) -> bool:
    """Whether two targets of one name on adjacent rows contradict each other (t31 H4).

    A breakdown (城镇居民≥8.5万人 | 农村居民≥21万人) repeats one form with figures of
    its own; an exact figure beside a floor or a ceiling in the same unit (``100%`` |
    ``≥70%``), or a floor beside a ceiling, is two targets for one figure. Not two
    figures whose notes differ (``≥95%（2026年）`` | ``=100%（2027年）``: a target by
    year, a6566 W3), as a label (城区 | 农村) names a part.

    Example:
        >>> from perftrack import parse_target
        >>> _clashing(parse_target("100%"), parse_target("≥70%"))
        True
        >>> _clashing(parse_target("≥8.5万人"), parse_target("≥21万人"))
        False
        >>> _clashing(parse_target("≥95%（2026年）"), parse_target("=100%（2027年）"))
        False
    """
    if not isinstance(first, Comparison) or not isinstance(second, Comparison):
        return False
    if first.unit != second.unit or first.op is second.op:
        return False
    if first.label is not None or second.label is not None:
        return False
    if first.note != second.note:
        return False
    return first.value != second.value


def _implausible(indicator: Indicator, target: Target | None) -> tuple[str, str] | None:
    """Why *target*'s figure cannot be meant (Chinese, English), or None.

    A percentage over 100 on a share that cannot pass it (``≥120%`` on a 合格率; a
    2xx% is ``possible-ocr-artifact``'s), a floor of 0 or below on a figure better higher
    (``≥0公里``, ``≥-5%`` on a 知晓率), a money ceiling of 0 on a cost (``≤0万元``), a
    range written high to low (``0.5-0.2(L/s)``).

    Example:
        >>> from perftrack import parse_target
        >>> _implausible(Indicator("设备安装合格率"), parse_target("≥120%"))[0]
        '合格率、满意度等比例指标不超过100%，年度指标“≥120%”不合理'
        >>> _implausible(Indicator("新建防火隔离带"), parse_target("≥0(公里)"))[0]
        '年度指标“≥0(公里)”下限不大于0，无约束意义'
        >>> _implausible(Indicator("GDP增长率"), parse_target("≥0%")) is None
        True
    """
    shown = _text(target)
    meant = _inverted_range(target)
    if meant is not None:
        return (
            f"年度指标“{shown}”区间上下限颠倒，应为“{meant}”",
            f"the range “{shown}” is written high to low",
        )
    if not isinstance(target, Comparison) or target.label is not None:
        return None
    if target.value > 0 and not (target.unit == "%" and target.value >= _HUNDRED):
        return None  # the common target: no floor at 0, no share at 100% or over (below)
    name = _BRACKET_TAIL_RE.sub("", indicator.name)
    if (
        target.op in (_Op.GE, _Op.GT, _Op.EQ)
        and target.unit == "%"
        and target.value > _HUNDRED
        and (
            _BOUNDED_SHARE_NAME_RE.search(name) is not None
            # 预算执行率 ≥120%, 完成率 ≥105% as a year's target: the plan is the 100%
            # (an actual may pass it; a target asking more than the plan cannot; r34j)
            or _PLANNED_RATE_NAME_RE.search(name) is not None
        )
        and _SHIFT_NAME_RE.search(name) is None
        and _GROSS_RATE_NAME_RE.search(name) is None  # 毛入学率 counts over-age pupils
    ):
        # 292% on a 合格率: a misread ≥92% perhaps; said here, in one finding, rather
        # than as possible-ocr-artifact beside this one (r34j)
        digits = format(target.value, "f")
        hint = (f"（可能是“≥{digits[1:]}%”识别错误）", f" (a misread ≥{digits[1:]}%?)")
        misread = _ocr_percent(target.value)
        kind = (
            "合格率、满意度等比例指标不超过100%"
            if _BOUNDED_SHARE_NAME_RE.search(name) is not None
            else "执行率、完成率以计划为100%"
        )
        return (
            f"{kind}，年度指标“{shown}”不合理{hint[0] if misread else ''}",
            f"a share cannot pass 100%: “{shown}”{hint[1] if misread else ''}",
        )
    if (
        target.op is _Op.GT
        and target.unit == "%"
        and target.value == _HUNDRED
        and _BOUNDED_SHARE_NAME_RE.search(name) is not None
        and _SHIFT_NAME_RE.search(name) is None
        and _GROSS_RATE_NAME_RE.search(name) is None
        and not _is_satisfaction(indicator)  # satisfaction-target-full says it
    ):
        # 种子发芽率>100%: a share cannot exceed 100 (t31 H4); not ≥100%, the common
        # way of writing "all" (regress27: hundreds of 合格率/及时率 ≥100%)
        return (
            f"比例指标不可能超过100%，年度指标“{shown}”无法达到",
            f"a share cannot exceed 100%: “{shown}”",
        )
    if _is_cost(indicator):
        if (
            target.op in (_Op.LE, _Op.LT)
            and target.value <= 0
            and target.unit in _MONEY_UNITS
            and _ZERO_COST_NAME_RE.search(name) is None
        ):
            return (
                f"成本指标上限“{shown}”为0，与项目预算矛盾",
                f"a cost ceiling of 0: “{shown}”",
            )
        return None
    if (
        target.op in (_Op.GE, _Op.GT)
        and target.value <= 0
        and _SHIFT_NAME_RE.search(name) is None
        and _SIGNED_NAME_RE.search(name) is None  # 基金结余率≥-5%: a deficit allowed
        and target.unit not in _TEMPERATURE_UNITS  # 冷链运输温度≥-25℃
        and _direction_slip(indicator, target) is None  # target-direction-suspect says it
    ):
        return (
            f"年度指标“{shown}”下限不大于0，无约束意义",
            f"a floor of 0 or below: “{shown}”",
        )
    return None


def _share_over_whole(indicator: Indicator, target: Target | None) -> Quantity | None:
    """*indicator*'s actual when it is a share of a whole over 100% (覆盖率 120%), or None.

    A name ending in a word of :data:`perftrack.vocabulary.WHOLE_SHARE_WORDS` and 率, or
    in 满意度, counts a part of a whole; a change (知晓率提高), a gross rate (毛入学率)
    and a rate against a plan (完成率, 执行率) may pass 100% and are none. The actual is
    a figure in % (or bare beside a target in %), not bounded from above (不足120%).

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> _share_over_whole(
        ...     Indicator("签约服务覆盖率", actual=parse_value("120%")), parse_target("≥35%")
        ... ).value
        Decimal('120')
        >>> _share_over_whole(
        ...     Indicator("任务完成率", actual=parse_value("120%")), parse_target("≥95%")
        ... ) is None
        True
    """
    actual = indicator.actual
    if not isinstance(actual, Quantity) or actual.value <= _HUNDRED:
        return None
    if actual.bound in (_Bound.AT_MOST, _Bound.LESS_THAN):
        return None
    target_unit = target.unit if isinstance(target, (Comparison, Range)) else None
    if not (actual.unit == "%" or (actual.unit is None and target_unit == "%")):
        return None
    name = _BRACKET_TAIL_RE.sub("", indicator.name)
    if (
        _WHOLE_SHARE_NAME_RE.search(name) is None
        or _SHIFT_NAME_RE.search(name) is not None
        or _GROSS_RATE_NAME_RE.search(name) is not None
    ):
        return None
    return actual


def _ocr_percent(value: Decimal) -> bool:
    """Whether a percentage over 100 is a 2 misread before one to 100 (292% for ≥92%)."""
    digits = format(value, "f")
    return digits.startswith("2") and len(digits) > 1 and Decimal(digits[1:]) <= _HUNDRED


# A year of a deadline's own (2026年6月底前, 2025/6/30), not one relative to the table's
# (次年3月前, 下年一季度).
_OWN_YEAR_RE: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)(?:19|20)\d{6}(?!\d)")


# A bare year with an operator (≤2023年, 不超过2023年度): a level compared with, on a cost.
_YEAR_LEVEL_RE: Final = re.compile(r"(?:[≤<≥>＜＞≦≧]|不高于|不超过|不低于|低于|高于)\s*\d{4}\s*年")


def _early_next_year(due: dt.date | None, last: int) -> bool:
    """Whether *due* falls in the first quarter after the year *last* (by its 3月31日).

    ``2026年1月31日前`` in a 2025 table (the 春节 payment of 2025's fund, 清算, 兑付)
    is ``次年3月前``/``次年春节前`` with its date written: an annual target due after
    the year on purpose.

    Example:
        >>> _early_next_year(dt.date(2026, 1, 31), 2025)
        True
        >>> _early_next_year(dt.date(2026, 6, 30), 2025)
        False
    """
    return due is not None and due.year == last + 1 and due <= dt.date(last + 1, 3, 31)


def _outside_year(
    table: Table, indicator: Indicator, target: Target | None
) -> tuple[Severity, str, str] | None:
    """A deadline of a target or self-evaluation table outside the table's year(s).

    Before the year starts (``2024年12月底前`` in a 2025 table: a template copied), a
    warning; after it ends (``2026年6月底前``: a multi-year milestone in an annual
    table), an info. A rolling table (2025–2027) spans its years; a tracking table is
    not looked at, nor a deadline without a year of its own (``次年3月前``: an annual
    target due after the year on purpose, as 清算 and 兑付 are), nor a dated one in
    the first quarter of the next year (``2026年1月31日前`` in 2025: the same intent).
    """
    if (
        table.kind not in (_TableKind.TARGET, _TableKind.SELF_EVALUATION)
        or table.period is None
        or not isinstance(target, (Deadline, PeriodTarget))
    ):
        return None
    if _OWN_YEAR_RE.search(target.text) is None:
        return None  # 次年3月前, 次年一季度: a year after the table's, written so on purpose
    first, last = table.period.start.year, max(table.period.end.year, table.period.start.year)
    if isinstance(target, Deadline):
        if target.year is None:
            return None
        if (
            target.month is None
            and target.part is _Part.YEAR
            and _is_cost(indicator)
            and _YEAR_LEVEL_RE.match(target.text.strip()) is not None
        ):
            return None  # 会议费 ≤2023年: not above 2023's level, a baseline, not a deadline
        due = target.due
        start = due
    else:
        if target.start_year is None and target.end_year is None:
            return None
        due, start = target.end, target.start
    shown = _text(target)
    if due is not None and due.year < first:
        return (
            _Severity.WARNING,
            f"年度指标“{shown}”早于{first}年度，疑似沿用以前年度指标",
            f"the deadline “{shown}” is before the fiscal year {first}",
        )
    if isinstance(target, Deadline) and _early_next_year(due, last):
        return None  # 2026年1月31日前 in 2025: 次年3月前 with its date written
    if (due is not None and due.year > last) or (start is not None and start.year > last):
        years = f"{first}年度" if first == last else f"{first}—{last}年度"
        return (
            _Severity.INFO,
            f"年度指标“{shown}”晚于{years}，不是本年度可实现的目标",
            f"the deadline “{shown}” is after the fiscal year(s) {years}",
        )
    return None


def _malformed_targets(table: Table) -> frozenset[int]:
    """The indicators whose target cell the reader flagged malformed-target.

    Only a finding on the target's own cell counts: ``#N/A`` in the actual cell (which
    the reader flags malformed-target too) leaves a vague target ``健全`` beside it
    its target-not-measurable, one finding per cell.
    """
    rows: set[int] = set()
    for finding in table.findings:
        index = finding.where.indicator
        if finding.id != "malformed-target" or index is None:
            continue
        if finding.where.column is not None and 0 <= index < len(table.indicators):
            cell = table.indicators[index].cell_of("target")
            if cell is not None and cell.column != finding.where.column:
                continue  # another cell of the row: the actual's #N/A
        rows.add(index)
    return frozenset(rows)


def _slip_verdicts(state: _Scoring, verdicts: list[Verdict]) -> None:
    """Leave undecided a row whose target's direction is a slip and whose actual is good.

    ``≥5%`` on a 设备故障率 with 2%, ``≥1起`` on 火灾亡人事故 with 0起: not met as
    written, met as the name means. The verdict is ``unknown`` with the reason, not a
    ``not_met`` that costs the row's points (the printed 得分 stands, as for any
    undecided row); ``target-direction-suspect`` says what to correct.
    """
    if state.table.kind is _TableKind.TARGET:
        return
    for position, verdict in enumerate(verdicts):
        indicator = state.table.indicators[verdict.indicator]
        target = indicator.target
        way = _direction_slip(indicator, target)
        if way is None or not isinstance(target, Comparison):
            continue
        behind = verdict.progress is _Progress.BEHIND
        if verdict.attainment not in (_Attainment.NOT_MET, _Attainment.PARTIAL) and not behind:
            continue
        actual = _quantity_of(indicator.actual)
        factors = _factors(target.unit, actual.unit) if actual is not None else None
        if actual is None or factors is None:
            continue
        reached, bar = actual.value * factors[1], target.value * factors[0]
        if not (reached <= bar if way is _Direction.LOWER else reached >= bar):
            continue
        flipped = Comparison(
            _Op.LE if way is _Direction.LOWER else _Op.GE, target.value, target.unit
        )
        better = "越低越好" if way is _Direction.LOWER else "越高越好"
        shown = _shown_quantity(actual, target.unit)
        why = state.say(
            f"年度指标“{_text(target)}”疑似方向填反（“{indicator.name}”{better}），"
            f"实际{shown}按“{_shown_target(flipped)}”已达到，按所填指标未达到，无法判断",
            f"the target “{_text(target)}” looks written the wrong way round; the actual"
            f" {shown} meets “{_shown_target(flipped)}”, not the target as written: undecided",
        )
        attainment = (
            _Attainment.UNKNOWN
            if verdict.attainment is not _Attainment.PENDING
            else _Attainment.PENDING
        )
        progress = _Progress.UNKNOWN if behind else verdict.progress
        verdicts[position] = evolve(
            verdict, attainment=attainment, progress=progress, explanation=why
        )


def _vague_rows(state: _Scoring, malformed: frozenset[int]) -> list[int]:
    """The rows whose target is qualitative or words (target-not-measurable's rule)."""
    return [
        index
        for index, indicator in enumerate(state.table.indicators)
        if index not in malformed
        and _not_measurable(state, index, indicator.target, indicator.name, indicator.actual)
    ]


def _not_measurable(
    state: _Scoring, index: int, target: Target | None, name: str, actual: Value | None = None
) -> bool:
    """Whether a target is qualitative or words, with no figure to judge by.

    Not a target against last year (``≤上年水平``) that the *actual*'s change judges:
    the verdict compares them (parse37 LOW); nor a target of work on time (``按期完成``)
    the verdict judged by the actual's date or forecast against its due date (k33b).
    """
    if isinstance(target, Descriptive):
        if state.table.kind is _TableKind.TARGET and _figureless_change(target, name):
            return True  # 同比增长, 逐年提高 in a target table: no figure set (target58 #11)
        # (the words' own tests, memoised on the strings they read, speedS5b)
        return (
            not target.recurring  # 每月15日前: a schedule, kept or not each month
            and index not in state.paced
            # 按期完成 against 2025年11月完成 or 预计12月底完成: judged by the date (k33b)
            and index not in state.timed
            and _words_not_measurable(target.description, target.text, name, state.year)
            and (actual is None or _relative_target(target, actual, name, state.year) is None)
        )
    if _rules_out_events(target):
        return False  # 不发生, 无, 零发生: none of the event, a count of 0 (fp21 M3)
    # 优, 良好以上: a grade of 财预〔2020〕10号, ranked against the actual's as A级 is (r34n)
    return isinstance(target, QualitativeTarget) and not _grade_target(target)


# The grades a target may ask for (优, 优秀, 优良, 良, 良好, 中): an assessment's result,
# ranked against the actual's grade. Not 合格 (conformity's pass), nor 一般 or 差.
_GRADE_TARGETS: Final = frozenset(
    word for word, grade in voc.GRADES.items() if grade != "差" and word not in ("合格", "一般")
)


def _grade_target(target: QualitativeTarget) -> bool:
    """Whether *target* asks for a grade of 财预〔2020〕10号 (``优``, ``良好以上``).

    >>> [_grade_target(parse_target(text)) for text in ("优", "良好以上", "较好", "合格")]
    [True, True, False, False]
    """
    return target.family == "quality" and target.word in _GRADE_TARGETS


# A change each year without its figure (逐年提高, 每年增长, 年年下降): no more measurable
# in a target table than 较上年提高 (target58 #11).
_YEARLY_DIRECTION_RE: Final = re.compile(rf"(?:逐年|每年|年年)(?:{_CHANGE_VERBS})")


def _figureless_change(target: Descriptive, name: str) -> bool:
    """Whether *target* names a change against last year or each year with no figure.

    ``同比增长``, ``较上年提高``, ``较上年下降``, ``逐年提高`` (also after the row's own
    subject): in a self-evaluation or tracking table the actual's change judges its sign
    (parse23 H1), but a target table sets no figure to reach, so the target is not
    measurable (101号: every indicator has a value). ``较上年增长5%`` states its figure.

    >>> [
    ...     _figureless_change(Descriptive(text), "就业率")
    ...     for text in ("同比增长", "逐年提高", "就业率较上年提高", "较上年增长5%", "每月15日前")
    ... ]
    [True, True, True, False, False]
    """
    if _states_a_direction(target, name):
        return True
    text = _normal(target.text or target.description)
    if name and text.startswith(name):
        text = text[len(name) :]
    return _YEARLY_DIRECTION_RE.fullmatch(text) is not None


@functools.lru_cache(maxsize=4096)
def _words_not_measurable(description: str, text: str, name: str, year: int | None) -> bool:
    """:func:`_not_measurable` of a descriptive target (not a schedule) from its words.

    What a ``Descriptive(description, text=text)`` target on a row named *name* of
    *year* says by itself, all pure tests of those strings: memoised, as the words of
    a row's target recur across the tables of a batch (the row's pacing and actual are
    asked by the caller).
    """
    target = Descriptive(description, text=text)
    return (
        not _rules_out_events(target)  # 不发生, 杜绝重大事故: a count of 0 (fp21 M3)
        and _inverted_range(target) is None  # target-implausible says what is wrong
        and not _states_a_change(target, name, year)
        and not _states_a_direction(target, name)  # 较上年下降: the change's sign
        and _grade_of_text(description, water="水" in name + description) is None
        and _letter_grade(description) is None  # A级, AAA级以上: ranked on a scale (r34n)
        and _risk_level_ceiling(description, name) is None  # 事故等级不高于三级 (r35c)
        and not _names_a_standard(description, name)
        and fraction_bound(text or description) is None  # ≥1/3: a share, measured (k30b)
        # 6月底前完成主体工程，12月底前竣工验收: dated steps, each judged by its date (k32c)
        and ("前" not in description or _milestones(target, year) is None)
    )


def _rules_out_events(target: Target | None) -> bool:
    """Whether a target rules an event out: a count of 0, measurable as ``0起`` is.

    The zero family (``无``, ``零发生``, ``无安全事故``), a bare ``不发生`` (``确保不发生``,
    ``不出现``: the event the row names), and ``不发生``, ``杜绝``… before an event the
    zero family knows (``杜绝重大食品安全事故``, as ``无重大食品安全事故``). Not any words
    after ``无`` (``无明显变化``), nor an event it does not know (``不发生规模性返贫``).

    >>> [_rules_out_events(parse_target(text)) for text in ("不发生", "零发生", "无明显变化")]
    [True, True, False]
    """
    if isinstance(target, QualitativeTarget):
        return target.family == "zero"
    if not isinstance(target, Descriptive):
        return False
    # 甲类(及按甲类管理的)传染病暴发, 甲类及按甲类管理的传染病暴发: a note on the scope
    # of the event, dropped (parse23 M8)
    found = _NO_EVENT_TARGET_RE.fullmatch(_SCOPE_NOTE_RE.sub("", _normal(target.description)))
    if found is None:
        return False
    if found["bare"] is not None:
        return True
    as_none = parse_target(f"无{found['noun']}")
    return isinstance(as_none, QualitativeTarget) and as_none.family == "zero"


# A standard or grade a work meets, said in words: a return period (20年一遇, 百年一遇),
# a seismic intensity (Ⅷ度, 八度设防) or a class of quality (Ⅱ类, 三类水质: water, air),
# with an optional 达到/满足/符合 and 标准; or a satisfaction grade (满意, 基本满意), the
# one-word answer a survey gives (score54 M7).
_STANDARD_RE: Final = re.compile(
    r"(?:达到|满足|符合|按)?(?:"
    r"(?:[0-9]+|[一二三四五六七八九十百千]+)年一遇"
    r"|(?:抗震设防烈度|设防烈度|烈度)?(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+|[0-9]+|[一二三四五六七八九十]+)度(?:设防)?"
    r"|(?:[ⅠⅡⅢⅣⅤ]+|[一二三四五])类(?:水质|水体|水)?"
    r")(?:标准|要求)?"
    r"|(?:非常|十分|比较|较为|较|基本)?满意"
)
# A pass of an assessment (通过 on a 认证, 验收, 评审… row): a yes/no outcome.
_PASSED_RE: Final = re.compile(r"(?:顺利|全部|均)?通过")
_ASSESSED_RE: Final = re.compile(
    "认证|验收|评审|审核|评估|考核|审查|检测|检查|评定|复审|测评|评测|鉴定"
)


def _names_a_standard(text: str, name: str) -> bool:
    """Whether *text* names a standard, grade or assessment passed: measurable, no copy.

    ``20年一遇``, ``50年一遇`` (防洪标准), ``Ⅷ度`` (抗震设防烈度) and ``通过`` on a row
    naming a 认证, 验收 or 评审 (``通过ISO9001质量管理体系认证``) are checkable facts; the
    same words as the actual say the standard is met.

    Example:
        >>> [_names_a_standard(text, "防洪标准") for text in ("20年一遇", "Ⅷ度", "通过", "有效")]
        [True, True, False, False]
        >>> [_names_a_standard(text, "水质") for text in ("Ⅱ类", "满意", "12类", "满意度高")]
        [True, True, False, False]
        >>> _names_a_standard("通过", "工程管理单位通过ISO9001质量管理体系认证")
        True
    """
    text = text.strip()
    if _STANDARD_RE.fullmatch(text) is not None:
        return True
    return _PASSED_RE.fullmatch(text) is not None and _ASSESSED_RE.search(name) is not None


def _target_review(state: _Scoring) -> None:
    """Findings on the targets' figures: direction, plausibility, year; and their vagueness.

    ``target-direction-suspect``, ``target-implausible`` and ``deadline-outside-year``
    on rows (every kind of table but tracking for the last), ``targets-not-measurable``
    on a target table whose vague targets are half its rows or more.
    """
    table = state.table
    for index, indicator in enumerate(table.indicators):
        target = indicator.target
        # both direction checks ask an unlabelled floor or ceiling first (speedS3)
        bounded = (
            isinstance(target, Comparison) and target.op is not _Op.EQ and target.label is None
        )
        way = _direction_slip(indicator, target) if bounded else None
        if way is not None:
            # what the finding asks to correct, as the name of its flag figure
            slip = "target_reversed"
            if _direction_slip(evolve(indicator, direction=None), target) is None:
                # 设备运行指数 | 反向 | ≥5: only the printed 指标方向性 says so
                slip = "direction_conflict"
                zh = (
                    f"“{indicator.name}”指标方向性“{'反向' if way is Direction.LOWER else '正向'}”"
                    f"与年度指标“{_text(target)}”不一致，请核实年度指标或指标方向性"
                )
            elif way is _Direction.LOWER:
                zh = f"“{indicator.name}”越低越好，年度指标“{_text(target)}”为下限，疑似方向设置错误（应为“≤”上限）"
            else:
                zh = f"“{indicator.name}”越高越好，年度指标“{_text(target)}”为上限，疑似方向设置错误（应为“≥”下限）"
            state.add(
                "target-direction-suspect",
                _Severity.WARNING,
                zh,
                f"“{indicator.name}”: the target “{_text(target)}” looks written the wrong way round",
                state.where_indicator(index, "target"),
                figures=(Figure(slip, Decimal(1)),),
            )
        elif bounded and (printed := _printed_direction_conflict(indicator, target)) is not None:
            floor = isinstance(target, Comparison) and target.op in (_Op.GE, _Op.GT)
            better = "越高越好" if floor else "越低越好"
            state.add(
                "target-direction-suspect",
                _Severity.WARNING,
                f"“{indicator.name}”指标方向性“{printed}”与年度指标“{_text(target)}”不一致"
                f"（按指标名称{better}，年度指标方向无误），疑为指标方向性填写有误",
                f"“{indicator.name}”: the printed direction “{printed}” contradicts the"
                f" target “{_text(target)}”, which the name backs",
                state.where_indicator(index, "target"),
                figures=(Figure("direction_misprinted", Decimal(1)),),
            )
        odd = _implausible(indicator, target)
        if odd is not None:
            state.add(
                "target-implausible",
                _Severity.WARNING,
                f"“{indicator.name}”{odd[0]}",
                f"“{indicator.name}”: {odd[1]}",
                state.where_indicator(index, "target"),
            )
        outside = (  # (a date's target only, _outside_year's first test, speedS3)
            _outside_year(table, indicator, target)
            if isinstance(target, (Deadline, PeriodTarget))
            else None
        )
        if outside is not None:
            state.add(
                "deadline-outside-year",
                outside[0],
                f"“{indicator.name}”{outside[1]}",
                f"“{indicator.name}”: {outside[2]}",
                state.where_indicator(index, "target"),
            )
    _category_suspect(state)
    if table.kind is not _TableKind.TARGET:
        return
    _multi_year_targets(state)
    _copied_targets(state)
    vague = _vague_rows(state, _malformed_targets(table))
    rows = len(table.indicators)
    if len(vague) >= 2 and 2 * len(vague) >= rows:  # noqa: PLR2004 - two at least
        names = "、".join(f"“{table.indicators[i].name}”" for i in vague[:3])
        more = "等" if len(vague) > 3 else ""  # noqa: PLR2004 - three named
        state.add(
            "targets-not-measurable",
            _Severity.WARNING,
            f"{rows}项指标中有{len(vague)}项年度指标为定性或文字描述（{names}{more}），"
            "绩效目标难以量化考核",
            f"{len(vague)} of {rows} targets are not measurable",
            Where(file=table.source.file, sheet=table.source.sheet),
        )


# Units of a count or an amount of work (培训人次 ≥1000人次 under 时效指标), and of money.
_COUNT_UNITS: Final = frozenset(
    [
        "人次",
        "人",
        "名",
        "户",
        "家",
        "个",
        "座",
        "所",
        "场",
        "项",
        "套",
        "台",
        "件",
        "处",
        "批",
        "册",
        "份",
        "篇",
        "间",
        "张",
        "辆",
        "艘",
        "株",
        "头",
        "只",
        "箱",
        "公里",
        "千米",
        "米",
        "亩",
        "万亩",
        "平方米",
        "万平方米",
        "吨",
        "万吨",
        "万人",
        "万人次",
        "万户",
    ]
)
# A cost by its name (培训费支出 ≤30万元 under 数量指标).
_COST_NAME_RE: Final = re.compile("费|成本|支出|开支|造价")
# Words of time in a name (完成时间, 及时率, 工期, 周期, 天数): a 时效 row for sure.
_TIME_NAME_RE: Final = re.compile(
    "时间|时限|期限|周期|工期|进度|及时|天数|时长|日期|频次|频率|次数|年|月|季|日"
)
_SATISFACTION_NAME_RE: Final = re.compile("满意(?:度|率)$")
# Complaints (投诉率, 投诉处理率, 投诉办结率): rows of 满意度指标, though no share satisfied.
_COMPLAINT_NAME_RE: Final = re.compile("投诉|信访|举报")


def _category_suspect(state: _Scoring) -> None:
    """``category-suspect``: a row filed under a level 2 it plainly does not belong to.

    Only clear cases (target21 H4; 101号, domain.md §2 and §4): a dated deadline
    (``2026年6月30日前``) under 数量指标 or 质量指标 is a 时效 row; a count
    (``≥1000人次``) or an amount of money (``≤5万元``) under 时效指标, on a name with no
    word of time, is a 数量 or 成本 row, and a money ceiling on a cost's name
    (``培训费支出 ≤30万元``) under 数量指标 or 质量指标 a 成本 row; a name ending in 满意度 or 满意率 under a
    效益 level 2 is a 满意度 row. A rate (``及时率 ≥95%`` under 质量指标, as many real
    tables file it) is left alone. In target and self-evaluation tables, as
    ``deadline-outside-year``: a tracking table carries the targets approved.
    """
    if state.table.kind not in (_TableKind.TARGET, _TableKind.SELF_EVALUATION):
        return
    for index, indicator in enumerate(state.table.indicators):
        level2 = indicator.level2 or ""
        target = indicator.target
        belongs: str | None = None
        if ("数量" in level2 or "质量" in level2) and (
            (isinstance(target, Deadline) and target.part is not _Part.YEAR)
            or (isinstance(target, PeriodTarget) and target.end_month is not None)
        ):
            belongs = "时效指标"
        elif (
            ("数量" in level2 or "质量" in level2)
            and isinstance(target, Comparison)
            and target.op in (_Op.LE, _Op.LT)
            and target.unit in _MONEY_UNITS
            and _COST_NAME_RE.search(indicator.name) is not None
        ):
            belongs = "成本指标"
        elif (
            ("时效" in level2 or "进度" in level2)
            and isinstance(target, (Comparison, Range))
            and target.unit is not None
            and _TIME_NAME_RE.search(indicator.name) is None
        ):
            if target.unit in _MONEY_UNITS:
                belongs = "成本指标"
            elif target.unit in _COUNT_UNITS:
                belongs = "数量指标"
        elif (
            indicator.level1 != "满意度指标"
            and "满意" not in level2
            and _SATISFACTION_NAME_RE.search(_duplicate_key(indicator.name)) is not None
            # the 决策/过程/产出/效益 framework files satisfaction under 效益 (dept32 M2)
            and not _evaluation_framework(state.table)
        ):
            # 群众满意度 under 质量指标 or 社会成本指标 as under 社会效益指标 (r34j)
            belongs = "满意度指标"
        elif _is_cost_level(indicator):
            belongs = _not_a_cost(indicator)
        if belongs is None:
            continue
        shown = _text(target) if target is not None else ""
        state.add(
            "category-suspect",
            _Severity.INFO,
            f"“{indicator.name}”（年度指标“{shown}”）列于“{level2}”下，疑似应归入{belongs}",
            f"“{indicator.name}” (target “{shown}”) is filed under “{level2}”;"
            f" it seems to belong under {belongs}",
            state.where_indicator(index, "name"),
        )


# The level 2s of the 成本指标 level 1 (财预〔2021〕101号), and the old level 2 of 产出.
_COST_LEVEL2_RE: Final = re.compile("^(?:经济|社会|生态环境|生态)?成本(?:指标)?$")
# A name of timeliness under 成本指标 (项目完成及时率, 完成时间): a 时效 row.
_TIMELY_NAME_RE: Final = re.compile("及时|时间|时限|期限|工期|进度|日期")
# A share of quality (验收合格率, 达标率): a 质量 row; of completion (完成率): a 数量 row.
_QUALITY_RATE_RE: Final = re.compile("(?:合格|达标|优良|完好|准确|正确|规范)率$")
_DONE_RATE_RE: Final = re.compile("完成率$")


def _is_cost_level(indicator: Indicator) -> bool:
    """Whether *indicator* is filed under 成本指标 (level 1, or its level 2s, or the old level 2)."""
    return indicator.level1 == "成本指标" or (
        _COST_LEVEL2_RE.fullmatch(indicator.level2 or "") is not None
    )


def _not_a_cost(indicator: Indicator) -> str | None:
    """Where a row under 成本指标 whose name is plainly no cost belongs, or None (r34j).

    ``项目完成及时率`` (or a dated deadline) is a 时效 row, ``验收合格率`` a 质量 row,
    ``任务完成率`` or a count floor (``培训人次 ≥1000人次``) a 数量 row. A name with a
    word of cost (费, 成本, 支出, 造价…), a money figure, and the social and ecological
    costs' own rows (占用耕地 ≤5亩, 碳排放量 ≤10吨: ceilings) are left alone.

    Example:
        >>> from perftrack import parse_target
        >>> row = Indicator("培训人次", level1="成本指标", target=parse_target("≥1000人次"))
        >>> _not_a_cost(row), _not_a_cost(evolve(row, name="培训费", target=None))
        ('数量指标', None)
        >>> _not_a_cost(Indicator("项目完成及时率", target=parse_target("100%")))
        '时效指标'
    """
    name = _duplicate_key(indicator.name)
    target = indicator.target
    if _COST_NAME_RE.search(name) is not None:
        return None
    if isinstance(target, (Comparison, Range)) and target.unit in _MONEY_UNITS:
        return None
    if _TIMELY_NAME_RE.search(name) is not None or (
        isinstance(target, Deadline) and target.part is not _Part.YEAR
    ):
        return "时效指标"
    if _QUALITY_RATE_RE.search(name) is not None:
        return "质量指标"
    if _DONE_RATE_RE.search(name) is not None:
        return "数量指标"
    if (
        isinstance(target, Comparison)
        and target.op in (_Op.GE, _Op.GT)
        and target.unit in _COUNT_UNITS
    ):
        return "数量指标"
    return None


def _multi_year_targets(state: _Scoring) -> None:
    """``target-multi-year``: a multi-year target in a target table's annual column.

    ``三年累计≥80座``, ``2026-2028年≥120公里``, ``实施期末达到80%`` (target21 H2): the
    column is the 年度指标值; the span's figure belongs in the 实施期目标, and the year's
    share is to be written here.
    """
    table = state.table
    period = table.period
    first = period.start.year if period is not None else None
    last = max(period.end.year, period.start.year) if period is not None else None
    for index, indicator in enumerate(table.indicators):
        span = multi_year_span(indicator.target, first, last)
        if span is None:
            continue
        shown = _text(indicator.target) if indicator.target is not None else ""
        state.add(
            "target-multi-year",
            _Severity.WARNING,
            f"“{indicator.name}”年度指标“{shown}”为多年累计目标（{span}），"
            "应填写本年度应完成的指标值，多年目标列入实施期目标",
            f"“{indicator.name}”: the annual target “{shown}” is a multi-year target ({span})",
            state.where_indicator(index, "target"),
        )


# How many rows of a target table one target may be copied onto before it is said:
# five at least, half the rows or more, under three level 2s or more (target21 H5).
_COPIED_ROWS: Final = 5
_COPIED_LEVEL2S: Final = 3


# A rate, share or satisfaction name (合格率, 占比, 覆盖比例, 满意度): a percentage
# target is its own, ≥95% on many of them no copying.
_RATE_NAME_RE: Final = re.compile(r"率|占比|比例|比重|满意度")


def _copied_targets(state: _Scoring) -> None:
    """``targets-copied``: one target text copied onto many rows of different level 2s.

    ``≥95%`` on a 数量, a 质量, a 时效 and a 成本 row alike is a target written once and
    copied, not set row by row. Only comparisons and ranges (a figure), not words, and
    not a rate, share or 满意度 row (合格率 ≥95%, 知晓率 ≥95%: the usual target of a
    rate, set alike by design; regress38 W5).
    """
    table = state.table
    rows: dict[str, list[int]] = {}
    for index, indicator in enumerate(table.indicators):
        if isinstance(indicator.target, Comparison | Range) and not _RATE_NAME_RE.search(
            _duplicate_key(indicator.name)
        ):
            rows.setdefault(_text(indicator.target), []).append(index)
    for text, indexes in rows.items():
        level2s = {table.indicators[i].level2 for i in indexes} - {None}
        if (
            len(indexes) >= _COPIED_ROWS
            and 2 * len(indexes) >= len(table.indicators)
            and len(level2s) >= _COPIED_LEVEL2S
        ):
            state.add(
                "targets-copied",
                _Severity.INFO,
                f"{len(table.indicators)}项指标中有{len(indexes)}项年度指标均为“{text}”"
                f"（分属{len(level2s)}个二级指标），疑为照搬同一指标值",
                f"{len(indexes)} of {len(table.indicators)} targets are the same “{text}”",
                Where(file=table.source.file, sheet=table.source.sheet),
            )


def _target_table_review(state: _Scoring) -> None:
    """Findings on what a 目标审核 reviewer holds a target table against (scoring.md §6).

    ``target-below-last-year`` on a row whose target is below the 上年实际完成值 printed
    beside it (any kind of table); in a target table ``weights-not-100`` and
    ``level1-weight-mismatch`` on its printed 分值, ``missing-level2``,
    ``cost-above-budget`` and ``missing-overall-goal``.
    """
    table = state.table
    if any(indicator.previous is not None for indicator in table.indicators):
        _below_last_year(state)
    if table.kind is not _TableKind.TARGET:
        return
    where = Where(file=table.source.file, sheet=table.source.sheet)
    _target_weights(state, where)
    _missing_level2(state, where)
    _cost_above_budget(state)
    _above_midterm(state)
    goal = table.overall_goal
    if table.indicators and (goal is None or _goal_placeholder(goal.expected)):
        state.add(
            "missing-overall-goal",
            _Severity.INFO,
            "年度总体目标未填写",
            "the 年度总体目标 is empty",
            # a placeholder's cell (见附件, 待定) when the goal has one
            state.where_table("overall_goal.expected"),
        )


# A 年度总体目标 that refers elsewhere states no goal of its own (target21 H6).
_GOAL_ELSEWHERE: Final = frozenset({"见附件", "详见附件", "同上", "同上年", "同上年度"})


def _goal_placeholder(text: str) -> bool:
    """Whether the 年度总体目标 *text* states nothing: empty, a placeholder or a reference.

    The placeholders of a 偏差原因 (``/``, ``无``, ``略``, ``——``, see ``stated``), a
    reference elsewhere (``见附件``, ``同上年``) and a goal still to be written (``待定``) are
    no goal.

    Example:
        >>> [_goal_placeholder(text) for text in ("", "/", "无", "——", "见附件。", "培训1000人次")]
        [True, True, True, True, True, False]
    """
    if not _stated(text):
        return True
    bare = text.strip().strip("。.；;，, ")
    return bare in _GOAL_ELSEWHERE or bare in _GOAL_UNDECIDED


# A 年度总体目标 (年度履职目标) still to be written states none (fuzz34 M5).
_GOAL_UNDECIDED: Final = frozenset({"待定", "待补充", "待填写", "待填报", "暂定", "未定"})

# A target still to be set, beside the goal's words (r36h): 暂无, 待确定, 待核定.
_TARGET_UNDECIDED: Final = _GOAL_UNDECIDED | frozenset({"暂无", "待确定", "待核定", "待明确"})


def _target_placeholder(table: Table, target: Target | None) -> str | None:
    """The cell's text when a target table's 指标值 is a placeholder: no target set.

    A 申报表 lists the indicator (with its 权重) to set its target: a ``/``, ``—`` or
    ``不适用`` there (rule 1's not applicable in a table of results), or a target still to
    be decided (``待定``, ``暂无``), sets none (r36h: before, the row passed with no finding,
    and ``待定`` was called a qualitative target). Not ``无``, a target of no event.

    Example:
        >>> from perftrack.expressions import parse_target
        >>> from perftrack.model import TableKind
        >>> [
        ...     _target_placeholder(Table(kind), parse_target(text))
        ...     for kind, text in [
        ...         (TableKind.TARGET, "/"),
        ...         (TableKind.TARGET, "待定"),
        ...         (TableKind.TARGET, "无"),
        ...         (TableKind.SELF_EVALUATION, "/"),
        ...     ]
        ... ]
        ['/', '待定', None, None]
    """
    if table.kind is not _TableKind.TARGET or target is None:
        return None
    text = target.text.strip()
    if isinstance(target, NotApplicable):
        return text
    if isinstance(target, Descriptive) and text.strip("。.；;，, ") in _TARGET_UNDECIDED:
        return text
    return None


_FLOORS: Final = frozenset({_Op.GE, _Op.GT, _Op.EQ})
_CEILINGS: Final = frozenset({_Op.LE, _Op.LT, _Op.EQ})


def _below_last_year(state: _Scoring) -> None:
    """``target-below-last-year``: a floor below last year's actual, or a ceiling above it.

    财预〔2021〕101号: 指标值原则上不低于上年实际完成水平. Only a comparison target against a
    figure of last year in a comparable unit (converted as rule 3 converts), in the row's
    direction; not a change target (``增长5%``), a cost row (a cost follows its budget,
    which changes from year to year), nor a row whose target is already said to be wrong.
    """
    table = state.table
    for index, indicator in enumerate(table.indicators):
        target, previous = indicator.target, indicator.previous
        if (
            not isinstance(target, Comparison)
            or not isinstance(previous, Quantity)
            or previous.bound not in (_Bound.EXACT, _Bound.APPROXIMATELY)
            or previous.status is not None
            or _is_cost(indicator)
            or _change_direction(target, indicator.name) is not None
            or _direction_slip(indicator, target) is not None
            or _implausible(indicator, target) is not None
        ):
            continue
        factors = _factors(target.unit, previous.unit)
        if factors is None or _per_100k_apart(target.unit, previous.unit, indicator.name):
            continue
        bar, last = target.value * factors[0], previous.value * factors[1]
        direction = _judged_direction(indicator, target)
        if direction is _Direction.HIGHER and target.op in _FLOORS and bar < last:
            zh, en = "低于", "below"
        elif direction is _Direction.LOWER and target.op in _CEILINGS and bar > last:
            zh, en = "高于", "above"
        else:
            continue
        if _routine_below_last_year(indicator, bar, last):
            continue
        state.add(
            "target-below-last-year",
            _Severity.INFO,
            f"“{indicator.name}”年度指标“{_text(target)}”{zh}上年实际完成值"
            f"“{_text_with_unit(previous)}”，目标设定偏保守",
            f"“{indicator.name}”: the target “{_text(target)}” is {en} last year's actual"
            f" “{_text_with_unit(previous)}”",
            state.where_indicator(index, "target"),
        )


def _text_with_unit(figure: Comparison | Quantity) -> str:
    """*figure* as printed, with the unit a 度量单位 column gave it when the cell has none.

    ``97`` under 度量单位 ``%`` is shown ``97%``, ``≥10`` under ``座`` ``≥10座`` (target25 M4);
    a cell that prints a unit (``4.8万户``, ``1000元`` under ``元/生·年``) is shown as printed.

    Example:
        >>> from perftrack.expressions import parse_value
        >>> _text_with_unit(evolve(parse_value("97"), unit="%"))
        '97%'
        >>> _text_with_unit(parse_value("4.8万户"))
        '4.8万户'
    """
    printed = _text(figure)
    if figure.unit is None or not printed or not printed[-1].isdigit():
        return printed
    return f"{printed}{figure.unit}"


# A floor within this share of last year's figure is last year's level, rounded.
_LAST_YEAR_ROUNDING: Final = Decimal("0.01")
# Floors of a balance (结余率 ≥5%): a safety level, not a performance to keep.
_BALANCE_WORDS: Final = ("结余", "结存", "余额")


def _routine_below_last_year(indicator: Indicator, bar: Decimal, last: Decimal) -> bool:
    """Whether a target below (or a ceiling above) last year's actual is routine, not lax.

    *bar* and *last* are the target and last year's figure in one unit. Routine: a
    satisfaction threshold (``≥90%`` against 93%: a fixed standard, not a level to keep),
    a floor within 1% of last year or last year's figure rounded down to the target's
    digits within 2% (``≥4.5万人`` against 4.52万人, ``≥4.5`` against 4.58), a floor of a balance
    (``基金结余率 ≥5%`` against 8%: a safety level) and a ceiling above a last year of 0
    (``不合格率 ≤2%`` against 0%: a ceiling above 0 is normal).

    Example:
        >>> row = Indicator("领取待遇人数")
        >>> _routine_below_last_year(row, Decimal("4.5"), Decimal("4.52"))
        True
        >>> _routine_below_last_year(row, Decimal("4"), Decimal("4.8"))
        False
    """
    if bar > last:  # a ceiling above last year's
        return last == 0
    if _is_satisfaction(indicator) or any(word in indicator.name for word in _BALANCE_WORDS):
        return True
    gap = last - bar
    if gap <= last * _LAST_YEAR_ROUNDING:
        return True
    if gap > last * _LAST_YEAR_ROUNDING * 2:
        return False
    digits = -int(bar.normalize().as_tuple().exponent)
    places = Decimal(1).scaleb(-max(digits, 0))
    return last.quantize(places, rounding=ROUND_FLOOR) == bar


# The sums of a target table's 分值 that need no finding: 100, or 90 with the budget
# execution rate's 10 implicit (many provinces print it so).
_TARGET_WEIGHT_SUMS: Final = (_HUNDRED, Decimal(90))
# How far weights printed as shares of 1 may add up off 1 (three 0.33: 0.99).
_SHARE_SLACK: Final = Decimal("0.01")


# The reader's finding on a 分值 cell that holds no figure: 分值“待定”不是数字，未读入.
_UNREADABLE_WEIGHT_RE: Final = re.compile(r"分值“(?P<text>.*)”(?:不是数字|为负数)，未读入")


def _unreadable_weights(table: Table) -> dict[int, str]:
    """The rows whose 分值 cell holds something but no figure (待定), with its text.

    Told from a blank one by the reader's ``malformed-points`` at the row's 分值 cell
    (json32 L3: both were "未设分值").
    """
    found: dict[int, str] = {}
    for finding in table.findings:
        index = finding.where.indicator
        match = _UNREADABLE_WEIGHT_RE.fullmatch(finding.message)
        if finding.id == "malformed-points" and index is not None and match is not None:
            found.setdefault(index, match.group("text"))
    return found


def _unset_weights_zh(table: Table, rows: Sequence[int]) -> str:
    """``2项指标未设分值（“甲”、“乙”）``, with rows whose 分值 is unreadable said apart.

    ``1项指标分值无法识别（“乙”：“待定”）``: the cell is filled, but with no figure.
    """
    unreadable = _unreadable_weights(table)
    blank = [table.indicators[i].name for i in rows if i not in unreadable]
    unread = [(table.indicators[i].name, unreadable[i]) for i in rows if i in unreadable]
    parts = []
    if blank:
        names = "、".join(f"“{name}”" for name in blank)
        parts.append(f"{len(blank)}项指标未设分值（{names}）")
    if unread:
        said = "、".join(f"“{name}”：“{text}”" for name, text in unread)
        parts.append(f"{len(unread)}项指标分值无法识别（{said}）")
    return "，".join(parts)


def _target_weights(state: _Scoring, where: Where) -> None:
    """A target table's printed 分值 and level-1 label weights (产出指标（50分）).

    The 分值 column adds up to 100 or 90 (the rate's 10 implicit), or ``weights-not-100``;
    weights printed as shares (0.2, 0.15…) adding up to 1 are 100. Each level 1's 分值
    add up to its label's (``level1-weight-mismatch``); without a column, the labels add
    up to 100 or 90.
    """
    table = state.table
    weights = [i.weight for i in table.indicators if i.weight is not None]
    if weights:
        added = sum(weights, Decimal(0))
        slack = _rounding(weights)
        if all(weight < 1 for weight in weights) and abs(added - 1) <= _SHARE_SLACK:
            return  # shares of 1 (0.2, 0.15…; three 0.33): 100 written as a whole
        # a row left blank beside the printed 分值 weighs 0: named whatever the sum
        # (t31 H3); a 申报表 has no 预算执行率 row, so the message leaves it out (t31 M2)
        rows = [index for index, i in enumerate(table.indicators) if i.weight is None]
        blank = [table.indicators[index].name for index in rows]
        off = all(abs(added - whole) > slack for whole in _TARGET_WEIGHT_SUMS)
        if off or blank:
            zh = f"各项分值合计{_whole(added)}" + ("，不等于100" if off else "")
            en = ""
            if blank:
                unset = _unset_weights_zh(table, rows)
                zh += f"{'；' if off else '，但'}{unset}，按0分计"
                en = f"; {len(blank)} indicators without a weight count 0: {', '.join(blank)}"
            state.add(
                "weights-not-100",
                _Severity.WARNING,
                zh,
                f"the weights add up to {_whole(added)}"
                + (", neither 100 nor 90" if off else "")
                + en,
                where,
                figures=(Figure("added", added),),
            )
        _check_label_weights(state, where, has_column=True)
        return
    labels = dict(table.level1_weights)
    if not labels or not all((i.level1 or "") in labels for i in table.indicators):
        return
    labelled = sum(labels.values(), Decimal(0))
    if labelled not in _TARGET_WEIGHT_SUMS:
        state.add(
            "weights-not-100",
            _Severity.WARNING,
            f"一级指标标注的分值合计{_whole(labelled)}，不等于100",
            f"the level-1 labels' weights add up to {_whole(labelled)}, neither 100 nor 90",
            where,
        )


# The level 2s 产出 is to cover (财预〔2021〕101号 and the provinces' 审核要点), by the words
# that name each: 进度指标 is some provinces' name for 时效.
_OUTPUT_LEVEL2: Final = (
    (("数量",), "数量指标"),
    (("质量",), "质量指标"),
    (("时效", "进度"), "时效指标"),
)


def _missing_level2(state: _Scoring, where: Where) -> None:
    """``missing-level2``: a 2022+ project target table whose 产出 lacks 数量, 质量 or 时效.

    Not a department's, 区域 or 转移支付 table (as ``missing-category``), nor one whose
    产出 rows print no level 2.
    """
    table = state.table
    if not _project_target_since_2022(table):
        return
    level2s = [i.level2 for i in table.indicators if i.level1 == "产出指标"]
    if not level2s or any(level2 is None for level2 in level2s):
        return
    missing = [
        name
        for words, name in _OUTPUT_LEVEL2
        if not any(word in (level2 or "") for level2 in level2s for word in words)
    ]
    if missing:
        state.add(
            "missing-level2",
            _Severity.INFO,
            f"产出指标缺少{'、'.join(missing)}",
            f"产出指标 has no {', '.join(missing)}",
            where,
        )


def _project_target_since_2022(table: Table) -> bool:
    """A project's target table of 2022 or later (not a department's, 区域 or 转移支付)."""
    title = table.title or ""
    return (
        table.kind is _TableKind.TARGET
        and table.period is not None
        and table.period.start.year >= _COST_LEVEL1_FROM
        and bool(table.indicators)
        and not _is_department(table)
        and "区域" not in title
        and "转移支付" not in title
    )


# A cost indicator for the whole project (项目总成本), not a unit's (人均成本, 单位成本).
# Not 总投资 (项目总投资, 总投资额): a capital project's whole-life figure, of which the
# year's funds are one tranche.
_WHOLE_COST_WORDS: Final = ("总成本", "项目成本", "预算总额", "总预算")
_UNIT_COST_WORDS: Final = ("单位", "人均", "户均", "生均", "均", "单价", "每")


def _cost_above_budget(state: _Scoring) -> None:
    """``cost-above-budget``: a whole-project cost ceiling above the table's total budget.

    ``项目总成本 ≤1500万元`` with 年度资金总额 900 (万元): 101号's 相应匹配 of money and
    targets. Only a name of the whole cost (总成本, 项目成本, 预算总额, 总预算) with
    a ceiling in money (元, 万元, 亿元), compared in one unit; never a cost per unit, nor
    an investment (项目总投资, 总投资额: a multi-year project's whole-life figure).
    """
    table = state.table
    total = next((line for line in table.budget if line.role is _BudgetRole.TOTAL), None)
    if total is None or table.budget_unit not in _MONEY_UNITS:
        return
    whole = total.initial if total.initial is not None else total.period_budget
    if whole is None or whole <= 0:
        return
    for index, indicator in enumerate(table.indicators):
        target = indicator.target
        name = indicator.name
        if (
            not isinstance(target, Comparison)
            or target.op not in (_Op.LE, _Op.LT, _Op.EQ)
            or target.unit not in _MONEY_UNITS
            or not any(word in name for word in _WHOLE_COST_WORDS)
            or any(word in name for word in _UNIT_COST_WORDS)
            or "投资" in name
        ):
            continue
        factors = _factors(target.unit, table.budget_unit)
        if factors is None or target.value * factors[0] <= whole * factors[1]:
            continue
        state.add(
            "cost-above-budget",
            _Severity.INFO,
            f"“{name}”年度指标“{_text(target)}”高于年度资金总额{whole}{table.budget_unit}，"
            "成本指标与预算不匹配",
            f"“{name}”: the target “{_text(target)}” is above the total budget"
            f" {whole}{table.budget_unit}",
            state.where_indicator(index, "target"),
        )


# A midterm column's header that names the period's money (中期资金总额, 实施期资金总额).
_PERIOD_LABEL_RE: Final = re.compile(
    r"(?:中期|实施期|项目期|建设期)[\u4e00-\u9fff]{0,6}(?:资金|金额|预算)[\u4e00-\u9fff]{0,4}"
)


def _period_label(label: str) -> str:
    """The midterm column's header as printed, or ``实施期资金总额`` (target25 M2).

    Example:
        >>> _period_label("中期资金总额"), _period_label(""), _period_label("2026-2028年")
        ('中期资金总额', '实施期资金总额', '实施期资金总额')
    """
    found = _PERIOD_LABEL_RE.search(label)
    return found[0] if found else "实施期资金总额"


def _above_midterm(state: _Scoring) -> None:
    """``target-above-midterm``: the year's figure above the whole implementation period's.

    A target table printing 实施期 figures beside the year's (target21 H7): the total's
    年度资金总额 above its 实施期资金总额; a floor (``≥3500路``) above the 实施期指标值's
    floor in the same unit, or a money ceiling (``≤1200万元``) above its ceiling. A share
    (``%``) is a level, not an amount the years add up to, and is left alone.
    """
    table = state.table
    total = next((line for line in table.budget if line.role is _BudgetRole.TOTAL), None)
    if (
        total is not None
        and total.initial is not None
        and total.midterm is not None
        and total.midterm > 0
        and total.initial > total.midterm
    ):
        unit = table.budget_unit or ""
        state.add(
            "target-above-midterm",
            _Severity.WARNING,
            f"{total.source}{total.initial}{unit}高于{_period_label(total.midterm_label)}"
            f"{total.midterm}{unit}，"
            "年度预算不应超过整个实施期",
            f"the year's budget {total.initial}{unit} is above the implementation period's"
            f" {total.midterm}{unit}",
            state.where_line(total, "initial"),
        )
    for index, indicator in enumerate(table.indicators):
        target, midterm = indicator.target, indicator.midterm
        if not isinstance(target, Comparison) or not isinstance(midterm, Comparison):
            continue
        if not _year_above_period(indicator, target, midterm):  # (in one unit: _one_unit)
            continue
        # each cell quoted as printed (with a 度量单位 column's unit): a bare ≥60 beside
        # ≥50公里 is compared in 公里 but shown ≥60 (r37j: before, “≥60公里”)
        state.add(
            "target-above-midterm",
            _Severity.WARNING,
            f"“{indicator.name}”年度指标“{_text_with_unit(target)}”高于实施期指标"
            f"“{_text_with_unit(midterm)}”，年度目标不应超过整个实施期",
            f"“{indicator.name}”: the target “{_text_with_unit(target)}” is above the"
            f" implementation period's “{_text_with_unit(midterm)}”",
            state.where_indicator(index, "target"),
        )


# The amounts a period adds up: a floor (≥3000路) or a bare amount (100户, the period's
# total as a 中期 cell writes it; target25 H1).
_PERIOD_AMOUNT_OPS: Final = frozenset({_Op.GE, _Op.GT, _Op.EQ})
# A 中期 figure said to be per year (每年200人次, 年均5万平方米, 每年不少于300人) or a name
# of a yearly figure (年新增公园数量, 每年植树数量, 年均造林面积): the 中期 cell is a
# rate, as the year's is, not the period's total (regress50 W3).
_PER_YEAR_MIDTERM_RE: Final = re.compile("每年|年均")
_PER_YEAR_NAME_RE: Final = re.compile("^(?:每年|年均|年)")
# A name of a share, a level or a score (群众满意度, 验收合格率, 资金占比, 考核得分, 交通拥堵指数):
# its figures written with no unit on either side (≥85 | ≥90) are levels, 85 of 100, not
# amounts the years add up to, and are left alone as a share (%) is (r36j).
_UNITLESS_LEVEL_NAME_RE: Final = re.compile(
    "率|满意|占比|比例|比重|百分比|得分|评分|分数|分值|指数|系数|等级|星级|排名|名次|位次"
)
# Level 2s whose figures are levels, not amounts (质量指标: 工程验收合格 ≥95; 时效指标;
# 满意度指标), whatever the name.
_UNITLESS_LEVEL2_RE: Final = re.compile("质量|时效|满意")


def _unitless_level(indicator: Indicator) -> bool:
    """Whether a row with no unit on either figure names a share, a level or a score.

    By its name (:data:`_UNITLESS_LEVEL_NAME_RE`) or its level 2 (质量指标, 时效指标,
    满意度指标).

    Example:
        >>> (
        ...     _unitless_level(Indicator(name="群众满意度")),
        ...     _unitless_level(Indicator("改造管网长度")),
        ... )
        (True, False)
    """
    return (
        indicator.level1 == "满意度指标"
        or _UNITLESS_LEVEL_NAME_RE.search(indicator.name) is not None
        or _UNITLESS_LEVEL2_RE.search(indicator.level2 or "") is not None
    )


def _one_unit(target: Comparison, midterm: Comparison) -> tuple[Comparison, Comparison]:
    """The year's and the period's figures in the unit printed on one side when the other is bare.

    ``≥60公里`` against ``≥50`` (or ``≥60`` against ``≥50公里``): the two cells are the
    same indicator's, and a figure with no unit takes the unit the other prints, as a
    value takes its target's (expressions.md §3; r37e, r36j left them apart). Units on
    both sides or on neither stay as printed.

    Example:
        >>> from perftrack.expressions import parse_target
        >>> year, period = _one_unit(parse_target("≥60公里"), parse_target("≥50"))
        >>> year.unit, period.unit, _text_with_unit(period)
        ('公里', '公里', '≥50公里')
    """
    if (target.unit is None) == (midterm.unit is None):
        return target, midterm
    unit = target.unit or midterm.unit
    return evolve(target, unit=unit), evolve(midterm, unit=unit)


def _year_above_period(indicator: Indicator, target: Comparison, midterm: Comparison) -> bool:
    """Whether the year's *target* asks more than the whole period's *midterm* figure.

    Both floors or bare amounts (``≥12座`` against ``10座``, ``120户`` against ``100户``), or
    both money ceilings (``≤1200万元`` against ``≤1000万元``), compared in one unit as rule 3
    converts (``≥18000米`` against ``≥1.5万米``). Two figures with no unit (``≥60`` against
    ``≥50``, ``改造管网长度``) are the same indicator's in the same unit, and compare (r36j);
    a unit on one side only is both's (see :func:`_one_unit`, r37e). Not a share (``%``, or a share's, a level's or
    a score's name with no unit: ``群众满意度 ≥90`` against ``≥85``) nor a figure that
    does not add up over the years (a rate, an average, a unit cost: 户均改造成本), nor
    a 中期 figure per year: its cell or the name says so (``每年200人次``, ``年均200人次``,
    ``年新增公园数量``, ``每年植树数量``), the year against a year.

    Example:
        >>> from perftrack.expressions import parse_target
        >>> row = Indicator(name="新建管网")
        >>> _year_above_period(row, parse_target("≥18000米"), parse_target("≥1.5万米"))
        True
        >>> _year_above_period(row, parse_target("≥12000米"), parse_target("≥1.5万米"))
        False
        >>> _year_above_period(row, parse_target("≥1.8万米"), parse_target("每年1.5万米"))
        False
        >>> _year_above_period(row, parse_target("≥60"), parse_target("≥50"))
        True
        >>> _year_above_period(row, *_one_unit(parse_target("≥60公里"), parse_target("≥50")))
        True
        >>> _year_above_period(row, *_one_unit(parse_target("≥90%"), parse_target("90")))
        False
    """
    target, midterm = _one_unit(target, midterm)
    unitless = target.unit is None and midterm.unit is None
    if (
        _PER_YEAR_MIDTERM_RE.search(f"{midterm.label or ''}{midterm.text}") is not None
        or _PER_YEAR_NAME_RE.match(indicator.name) is not None
        or (unitless and _unitless_level(indicator))
        or target.unit == "%"
        or midterm.unit == "%"
        or _may_come_down(indicator, target.unit)
    ):
        return False
    factors = _factors(target.unit, midterm.unit)
    if factors is None or target.value * factors[0] <= midterm.value * factors[1]:
        return False
    floors = target.op in _PERIOD_AMOUNT_OPS and midterm.op in _PERIOD_AMOUNT_OPS
    ceilings = (
        target.op in (_Op.LE, _Op.LT)
        and midterm.op in (_Op.LE, _Op.LT)
        and target.unit in _MONEY_UNITS
        and midterm.unit in _MONEY_UNITS
    )
    return floors or ceilings


_ATTAINMENT_ZH: Final = {
    _Attainment.MET: "已完成",
    _Attainment.PARTIAL: "部分完成",
    _Attainment.NOT_MET: "未完成",
    _Attainment.PENDING: "进行中",
    _Attainment.UNKNOWN: "无法判断",
    _Attainment.NOT_APPLICABLE: "不适用",
}
_ATTAINMENT_EN: Final = {
    _Attainment.MET: "met",
    _Attainment.PARTIAL: "partly met",
    _Attainment.NOT_MET: "not met",
    _Attainment.PENDING: "still pending",
    _Attainment.UNKNOWN: "undecided",
    _Attainment.NOT_APPLICABLE: "not applicable",
}


# The box and tick marks of a judgement printed as a line of choices (☑确定能完成 □有可能完成).
_TICK_MARKS: Final = frozenset("☐□☑☒■▣√✓✔✗×")
_LIKELIHOOD_SAID: Final = {
    _Likelihood.CERTAIN: "确定能完成",
    _Likelihood.POSSIBLE: "有可能完成",
    _Likelihood.IMPOSSIBLE: "完全不可能完成",
}


def _budget_unlikely(state: _Scoring, printed: str | None, where: Where) -> None:
    """The budget judged out of reach by the table itself, its figures not against it.

    ``预算完成可能性 | 完全不可能完成`` at 15% against 50%: no contradiction to warn of,
    but the letter must say it (tr32 M2): ``budget-unlikely``, info.
    """
    said = _as_said(printed, _Likelihood.IMPOSSIBLE)
    state.add(
        "budget-unlikely",
        _Severity.INFO,
        f"预算完成可能性判断为“{said}”，应及时申请调整预算或收回资金",
        f"budget judged “{said}”: the budget should be adjusted or the funds taken back",
        where,
    )


def _as_said(printed: str | None, likelihood: Likelihood | None) -> str:
    """A judgement as a message quotes it: the ticked choice of a line of boxes, else as printed.

    Example:
        >>> _as_said("☑确定能完成 □有可能完成 □完全不可能完成", Likelihood.CERTAIN)
        '确定能完成'
        >>> _as_said("确定能", Likelihood.CERTAIN)
        '确定能'
    """
    if likelihood is not None and printed and _TICK_MARKS.intersection(printed):
        return _LIKELIHOOD_SAID[likelihood]
    return printed or ""


def _judgement_findings(
    state: _Scoring,
    verdicts: list[Verdict],
    time_progress: Decimal | None,
) -> None:
    table = state.table
    judgement = table.judgement
    # a row on its plan whose own forecast misses the target is trouble too (§4 keeps
    # its progress by the plan; the findings see the forecast)
    # (work done late, 逾期完成, is done: nothing to judge or correct any more)
    troubled = [
        v
        for v in verdicts
        if (
            v.progress is _Progress.BEHIND
            or v.attainment is _Attainment.NOT_MET
            or v.indicator in state.forecast_misses
        )
        and v.indicator not in state.late
    ]
    # each judgement's own cell, when the table was read from cells (else its file)
    at_budget = state.where_table("judgement.budget_completion")
    at_goal = state.where_table("judgement.goal_completion")
    if judgement is not None:
        whole = state.whole
        rate = whole.analysis.rate_recomputed if whole is not None else None
        what = "执行率" if whole is None else _rate_named(whole)[0]
        what_en = "sources' rate" if whole is not None and whole.summed else "rate"
        if (
            judgement.budget_likelihood is _Likelihood.CERTAIN
            and rate is not None
            and time_progress is not None
            and rate < time_progress - state.policy.optimism_gap
        ):
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"预算完成可能性判断为“{_as_said(judgement.budget_completion, judgement.budget_likelihood)}”，但{what}{show(rate)}%低于序时进度{show(time_progress)}%超过{state.policy.optimism_gap}个百分点",
                f"budget judged certain while the {what_en} {show(rate)}% lags time progress {show(time_progress)}%",
                at_budget,
                figures=(Figure("budget_rate", rate), Figure("time_progress", time_progress)),
            )
        # rows that judge their own target out of reach (136号: 完全不可能) are trouble too
        hopeless = [
            v
            for v in verdicts
            if table.indicators[v.indicator].likelihood is _Likelihood.IMPOSSIBLE
            and v not in troubled
            # met already: the row's judgement contradicts its result, no sign that the
            # table's 确定能完成 is optimistic (letter21 H3)
            and v.attainment is not _Attainment.MET
        ]
        forecast_rate = _forecast_rate(whole.line if whole is not None else None)
        if (
            judgement.budget_likelihood is _Likelihood.CERTAIN
            and forecast_rate is not None
            and forecast_rate < state.policy.year_end_rate
        ):
            # 全年预计执行数 350 of 1000 (35%, above a mid-year bar) and 600 foreseen: the
            # table's own forecast says the budget will not be spent
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"预算完成可能性判断为“{_as_said(judgement.budget_completion, judgement.budget_likelihood)}”，但全年预计执行率仅"
                f"{show(forecast_rate)}%，低于年终执行率要求{show(state.policy.year_end_rate)}%",
                f"budget judged certain while the forecast execution is {show(forecast_rate)}%",
                at_budget,
                figures=(
                    Figure("forecast_rate", forecast_rate),
                    Figure("year_end_rate", state.policy.year_end_rate),
                ),
            )
        # The reverse contradiction: judged 完全不可能 while the table's own figures say
        # the work is done or on its way. The spec has no id for it; judgement-optimistic
        # is the finding of a judgement against the figures, and its message says which.
        bar = state.policy.year_end_rate
        # the money spent already, else the table's own forecast of it
        reached = (
            (what, "execution", rate)
            if rate is not None and rate >= bar
            else ("全年预计执行率", "forecast execution", forecast_rate)
            if forecast_rate is not None and forecast_rate >= bar
            else None
        )
        if judgement.budget_likelihood is _Likelihood.IMPOSSIBLE and reached is not None:
            label, label_en, spent = reached
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"预算完成可能性判断为“{_as_said(judgement.budget_completion, judgement.budget_likelihood)}”，但{label}"
                f"{show(spent)}%，达到年终执行率要求{show(bar)}%，判断与数据矛盾",
                f"budget judged impossible while the {label_en} is {show(spent)}%:"
                " the judgement contradicts the figures",
                at_budget,
            )
        elif (
            judgement.budget_likelihood is _Likelihood.IMPOSSIBLE
            and rate is not None
            and time_progress is not None
            and rate >= time_progress
        ):
            # 80% at 1-9月 (序时进度 75%) judged 完全不可能: the money is spent on pace, so
            # the judgement has nothing in the figures to rest on (score54 M2), as the goal
            # judged so with every row on track
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"预算完成可能性判断为“{_as_said(judgement.budget_completion, judgement.budget_likelihood)}”，但{what}"
                f"{show(rate)}%，已达到序时进度{show(time_progress)}%，判断与数据矛盾",
                f"budget judged impossible while the {what_en} {show(rate)}% reaches time progress"
                f" {show(time_progress)}%: the judgement contradicts the figures",
                at_budget,
            )
        elif judgement.budget_likelihood is _Likelihood.IMPOSSIBLE:
            _budget_unlikely(state, judgement.budget_completion, at_budget)
        if (
            judgement.goal_likelihood is _Likelihood.IMPOSSIBLE
            and not troubled
            and not hopeless
            and any(v.attainment is _Attainment.MET for v in verdicts)
            and all(
                v.attainment in (_Attainment.MET, _Attainment.NOT_APPLICABLE)
                or (v.attainment is _Attainment.PENDING and v.progress is _Progress.ON_TRACK)
                for v in verdicts
            )
        ):
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"绩效目标完成可能性判断为“{_as_said(judgement.goal_completion, judgement.goal_likelihood)}”，"
                "但各项指标均已达成或进度正常，判断与结果矛盾",
                "goal judged impossible while every indicator is met or on track:"
                " the judgement contradicts the results",
                at_goal,
            )
        if judgement.goal_likelihood is _Likelihood.CERTAIN and (troubled or hopeless):
            # a row printed twice (duplicate-indicator) is named once
            names = "、".join(dict.fromkeys(f"“{v.name}”" for v in (*troubled, *hopeless)))
            troubles = ["进度落后", "未完成"]
            troubles_en = ["behind", "not met"]
            if any(v.indicator in state.forecast_misses for v in troubled):
                troubles.append("全年预计不能达成")
                troubles_en.append("forecast to miss")
            if hopeless:
                troubles.append("判断为不可能完成")
                troubles_en.append("judged impossible")
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"绩效目标完成可能性判断为“{_as_said(judgement.goal_completion, judgement.goal_likelihood)}”，但{names}"
                + "、".join(troubles[:-1])
                + f"或{troubles[-1]}",
                f"goal judged certain while {len(troubled) + len(hopeless)} indicator(s) are "
                + ", ".join(troubles_en[:-1])
                + f" or {troubles_en[-1]}",
                at_goal,
            )
    for verdict in verdicts:
        indicator = table.indicators[verdict.indicator]
        late = state.late.get(verdict.indicator)
        if (
            late is not None
            and table.kind is _TableKind.TRACKING
            and indicator.likelihood is _Likelihood.CERTAIN
        ):
            # 确定能 on a deadline already missed (逾期完成): the claim is no longer
            # true of the target (review30 M3)
            said = _as_said(indicator.likelihood_text, indicator.likelihood)
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"“{indicator.name}”完成目标可能性判断为“{said}”，但截止日期已过，为逾期完成",
                f"“{indicator.name}” judged certain while its deadline passed: done late",
                state.where_indicator(verdict.indicator, "likelihood"),
            )
    for verdict in troubled:
        indicator = table.indicators[verdict.indicator]
        if indicator.likelihood is _Likelihood.CERTAIN:
            # 完成目标可能性 judged per indicator (136号): 确定能 beside a row that is
            # behind, or whose forecast misses, is the same optimism as the table's
            said = _as_said(indicator.likelihood_text, indicator.likelihood)
            miss = state.forecast_misses.get(verdict.indicator)
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"“{indicator.name}”完成目标可能性判断为“{said}”，但"
                + (miss if miss is not None else "进度落后或未完成"),
                f"“{indicator.name}” judged certain while "
                + (miss if miss is not None else "behind or not met"),
                state.where_indicator(verdict.indicator, "likelihood"),
            )
    own = _rows_with_measures(table) if table.kind is _TableKind.TRACKING else None
    # the 纠偏措施 row's cell (its text, or its label when left blank), when read from cells
    at_measures = state.where_table("corrective_measures")
    if own is not None:
        # a grid with a 纠偏措施 column per row: each row in trouble owes its own
        _missing_row_measures(state, verdicts, troubled, own)
    elif table.kind is _TableKind.TRACKING and (
        not _stated(table.corrective_measures) or _no_measure(table.corrective_measures)
    ):
        # 按计划推进 beside a lag: measures that state none (score56 #7), said as written
        said_measures = _stated(table.corrective_measures).strip()
        unset = f"纠偏措施仅填写“{said_measures}”，未提出具体措施" if said_measures else ""
        unset_en = f"; the measures only say “{said_measures}”" if said_measures else ""
        doubtful = judgement is not None and any(
            likelihood not in (None, _Likelihood.CERTAIN)
            for likelihood in (judgement.budget_likelihood, judgement.goal_likelihood)
        )
        not_applicable = {
            verdict.indicator
            for verdict in verdicts
            if verdict.attainment is _Attainment.NOT_APPLICABLE
        }
        rows_doubtful = any(
            indicator.likelihood not in (None, _Likelihood.CERTAIN)
            # 有可能 on a row called 不适用: nothing to correct (track40 M6)
            and not (indicator.likelihood is _Likelihood.POSSIBLE and index in not_applicable)
            for index, indicator in enumerate(table.indicators)
        )
        # the table's own judgement the only doubt: said as such (score54 M8)
        judged_only = doubtful and not rows_doubtful and not troubled
        doubtful = doubtful or rows_doubtful
        # the budget behind 序时进度 owes measures too (财预〔2020〕10号 asks 纠偏 of the
        # budget's execution as of the indicators'; rv23a M1, a departure from spec §6)
        # (a form with no 纠偏措施 field is not blamed for a lagging budget alone)
        # (not at the year's end: a 1–12月 table behind at 98% has nothing left to
        # correct, regress47 W4; a lag mid-year, however small, still owes them)
        year_ended = table.period is not None and table.period.end.month == 12  # noqa: PLR2004
        lagging = not year_ended and any(
            finding.id == "budget-behind-schedule" for finding in state.findings
        )
        if (troubled or doubtful) and "corrective_measures" in table.absent_fields:
            if monitoring_form(table):
                # a 执行监控表 is not asked for measures: no finding, as the letter says
                # none (guide.md; letter22 M6)
                return
            # the form itself has no 纠偏措施 field: nothing left empty, nowhere to say it
            state.add(
                "missing-corrective-measures",
                _Severity.WARNING,
                "表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性存疑的情况，无处填写纠偏措施",
                "the form has no field for corrective measures: behind, not met or doubtful,"
                " and no measures given",
                at_measures,
            )
        elif (
            lagging
            and not (troubled or doubtful)
            and "corrective_measures" not in table.absent_fields
        ):
            state.add(
                "missing-corrective-measures",
                _Severity.WARNING,
                f"预算执行率低于序时进度，但{unset or '未填写纠偏措施'}",
                "the budget's execution is behind time progress, but no corrective measures"
                + unset_en,
                at_measures,
            )
        elif judged_only and not lagging and judgement is not None:
            said = _doubtful_judgements(judgement)
            state.add(
                "missing-corrective-measures",
                _Severity.WARNING,
                f"{said}，但{unset or '未填写原因及纠偏措施'}",
                "the overall judgement is in doubt, but no reason nor corrective measures"
                + unset_en,
                at_measures,
            )
        elif troubled or doubtful:
            state.add(
                "missing-corrective-measures",
                _Severity.WARNING,
                f"存在进度落后、未完成或完成可能性存疑的情况，但{unset or '未填写纠偏措施'}",
                "behind, not met or doubtful, but no corrective measures" + unset_en,
                at_measures,
            )


# 纠偏措施 that state no measure: the work goes on as planned (score56 #7); read as
# empty only where measures are owed (a row or the budget behind, a doubt)
_NO_MEASURE_RE: Final = re.compile(
    r"(?:项目|各项工作|各项指标|工作|整体|总体|目前)?(?:均|已|正在|目前|将)?"
    r"(?:(?:按|依)(?:照)?(?:计划|进度|序时|时序|要求)(?:进度)?(?:推进|进行|实施|开展|执行)中?"
    r"|进展顺利|(?:正在|有序|稳步|正常|继续|持续)(?:推进|实施|开展|进行|执行)中?|推进中"
    # a promise of the result is no measure to reach it (确保按期完成, 力争完成年度目标; k32d)
    r"|(?:确保|力争|争取)?(?:按时|按期|如期)完成(?:年度)?(?:任务|目标)?"
    r"|(?:确保|力争|争取)完成(?:年度)?(?:任务|目标)?"
    r"|无偏差|无需纠偏|无需采取纠偏措施|不需要纠偏)"
)


def _met_exactly(actual: Value | None, target: Target | None) -> bool:
    """Whether *actual* is exactly the figure of *target* (``10个`` against ``=10个``, ``≥10个``).

    Example:
        >>> from perftrack.expressions import parse_target, parse_value
        >>> _met_exactly(parse_value("10个"), parse_target("=10个"))
        True
        >>> _met_exactly(parse_value("12个"), parse_target("≥10个"))
        False
    """
    return (
        isinstance(actual, Quantity)
        and isinstance(target, Comparison)
        and target.op in (_Op.EQ, _Op.GE)
        and actual.unit == target.unit
        and actual.value == target.value
        and actual.bound is _Bound.EXACT
        and actual.label is None
    )


def _status_satisfaction(indicator: Indicator, target: Target | None) -> bool:
    """Whether a 满意度 row's percentage target is answered by a bare done status.

    ``购机农户满意度 | ≥90% | 已完成``: met by spec §3, yet no share of a survey is
    reported (score56 #3). Not a status with a figure (``已完成，满意度95%``).
    """
    actual = indicator.actual
    return (
        isinstance(actual, StatusValue)
        and actual.status in (Status.DONE, Status.PARTIAL)
        and isinstance(target, (Comparison, Range))
        and target.unit == "%"
        and ("满意" in indicator.name or indicator.level1 == "满意度指标")
        and not any(char.isdigit() for char in actual.text)
    )


def _no_measure(text: str) -> bool:
    """Whether a 纠偏措施 *text* states no measure (``按计划推进``, ``正常推进``).

    Example:
        >>> _no_measure("按计划推进。"), _no_measure("继续推进"), _no_measure("加快支付进度")
        (True, True, False)
        >>> _no_measure("继续实施"), _no_measure("确保按期完成"), _no_measure("继续开展专项整治")
        (True, True, False)
    """
    return _NO_MEASURE_RE.fullmatch(text.strip(_NOTE_TRIM)) is not None


def _doubtful_judgements(judgement: Judgement) -> str:
    """The table's judgements other than 确定能完成, as a message says them.

    Example:
        >>> from perftrack.model import Judgement, Likelihood
        >>> _doubtful_judgements(
        ...     Judgement("有可能完成", Likelihood.POSSIBLE, "有可能完成", Likelihood.POSSIBLE)
        ... )
        '预算和绩效目标完成可能性判断为“有可能完成”'
        >>> _doubtful_judgements(
        ...     Judgement("确定能完成", Likelihood.CERTAIN, "有可能", Likelihood.POSSIBLE)
        ... )
        '绩效目标完成可能性判断为“有可能”'
    """
    said = [
        (what, _as_said(printed, likelihood))
        for what, printed, likelihood in (
            ("预算", judgement.budget_completion, judgement.budget_likelihood),
            ("绩效目标", judgement.goal_completion, judgement.goal_likelihood),
        )
        if likelihood not in (None, _Likelihood.CERTAIN)
    ]
    if len(said) == 2 and said[0][1] == said[1][1]:  # noqa: PLR2004 - the budget's and the goal's
        return f"预算和绩效目标完成可能性判断为“{said[0][1]}”"
    return "，".join(f"{what}完成可能性判断为“{words}”" for what, words in said)


def _rows_with_measures(table: Table) -> set[int] | None:
    """The rows that print their own 纠偏措施, when the measures are the grid's per row.

    None when no row prints one, or when the table's measures are its own block (not
    the rows' joined ``名称：措施``): the table is then checked as a whole. A grid whose
    纠偏措施 column is empty in every row (``corrective-place``) is checked per row,
    none with measures of its own (monitor21 M1); so is a row whose cell holds a
    placeholder (``无``, ``/``), which the reader left out of the measures (k32d).
    """
    # each row's cells by name, built in one step (r38e) instead of cell_of's loop over
    # every cell of every row, once for each name asked: built from the last cell to the
    # first, a name's entry is its first cell, the one cell_of returns
    named = [dict(reversed(indicator.cells)) for indicator in table.indicators]
    own = {index for index, cells in enumerate(named) if cells.get("corrective") is not None}
    if not own:
        printed = any(cells.get("corrective-place") is not None for cells in named)
        return set() if printed and not _stated(table.corrective_measures) else None
    # a cell of 无 or / is printed but states nothing: not a row's own measures (k32d)
    own = set(_own_measures(table, own))
    if not own:
        return None if _stated(table.corrective_measures) else set()
    first = table.indicators[min(own)].name
    if not table.corrective_measures.startswith(f"{first}："):
        return None  # a 纠偏措施 block of the table's own covers every row
    return own


def _missing_row_measures(
    state: _Scoring, verdicts: list[Verdict], troubled: list[Verdict], own: set[int]
) -> None:
    """``missing-corrective-measures`` per row in trouble without its own measures."""
    table = state.table
    rows: dict[int, Verdict | None] = {verdict.indicator: verdict for verdict in troubled}
    judged = {verdict.indicator: verdict for verdict in verdicts}
    for index, indicator in enumerate(table.indicators):
        verdict_of_row = judged.get(index)
        if (
            indicator.likelihood is _Likelihood.POSSIBLE
            and verdict_of_row is not None
            and verdict_of_row.attainment is _Attainment.NOT_APPLICABLE
        ):
            continue  # 有可能 on a row the verdict calls 不适用: nothing to correct (track40 M6)
        if indicator.likelihood in (_Likelihood.POSSIBLE, _Likelihood.IMPOSSIBLE):
            rows.setdefault(index, verdict_of_row)
    measures = _own_measures(table, own)
    for index in sorted(rows):
        # a row's own measures that state none (按计划推进 beside a lag) are no measures
        # either, quoted as the table's are (k32d)
        vague = measures.get(index, "").strip()
        if index in own and not _no_measure(vague):
            continue  # measures of its own
        indicator, verdict = table.indicators[index], rows[index]
        if verdict is not None and verdict.attainment is _Attainment.NOT_MET:
            what, what_en = "未完成年度指标", "not met"
        elif verdict is not None and verdict.progress is _Progress.BEHIND:
            what, what_en = "进度落后", "behind"
        elif index in state.forecast_misses:
            what, what_en = "全年预计不能达成", "forecast to miss"
        else:
            said = _as_said(indicator.likelihood_text, indicator.likelihood)
            what, what_en = f"完成目标可能性判断为“{said}”", "in doubt"
        unset, unset_en = "未填写纠偏措施", "gives no corrective measures"
        if index in own:
            unset = f"纠偏措施仅填写“{vague}”，未提出具体措施"
            unset_en = f"its corrective measures only say “{vague}”"
        state.add(
            "missing-corrective-measures",
            _Severity.WARNING,
            f"“{indicator.name}”{what}，但{unset}",
            f"“{indicator.name}” is {what_en}, but {unset_en}",
            state.where_indicator(index, "corrective"),
        )


def _own_measures(table: Table, own: set[int]) -> dict[int, str]:
    """The 纠偏措施 of each row of *own*, cut out of the table's ``名称：措施；名称：措施``.

    The reader joins each row's measures after its name (see ``Table.corrective_measures``);
    a row's text runs to the next ``；名称：`` of any indicator of the table, so a
    ``；`` inside one row's measures stays in it.

    Example:
        >>> from perftrack.model import Indicator, Table, TableKind
        >>> table = Table(
        ...     TableKind.TRACKING,
        ...     indicators=(Indicator(name="甲"), Indicator(name="乙")),
        ...     corrective_measures="甲：按计划推进；加强督导；乙：继续推进",
        ... )
        >>> _own_measures(table, {0, 1})
        {0: '按计划推进；加强督导', 1: '继续推进'}
    """
    text = table.corrective_measures
    names = {indicator.name for indicator in table.indicators if indicator.name}
    found: dict[int, str] = {}
    cursor = 0
    for index in sorted(own):
        head = f"{table.indicators[index].name}："
        start = text.find(head, cursor)
        while start > 0 and text[start - 1] != "；":
            start = text.find(head, start + 1)  # a name inside another row's text
        if start < 0:
            continue
        body = start + len(head)
        ends = (text.find(f"；{name}：", body) for name in names)
        end = min((at for at in ends if at >= 0), default=len(text))
        found[index] = text[body:end]
        cursor = end
    return found


# An actual that sends the reader elsewhere for its figure: 见附件, 详见附表, 见佐证材料.
_ELSEWHERE_RE: Final = re.compile("见|附件|附表|附录|佐证|证明材料|支撑材料|清单|台账")


def _no_number_actuals(state: _Scoring, verdicts: list[Verdict]) -> None:
    """``actual-not-numeric`` (a warning) on each actual that gives no figure to compare.

    ``见附件``, ``详见附表``, ``良好``, ``???`` against ``≥5000人``: the verdict is ``unknown``
    (实际“见附件”不是数值，无法与年度指标比较), and the review letter names the row, but
    ``perftrack check`` passed the table (r38h 2). One finding for one fault: not on a
    row whose actual cell has a warning of its own (letters for digits, an Excel error,
    another unit) nor one ``points-unsupported`` already names. Made once the points are,
    so that the letter's line (实际完成值不是数值) and the finding are the one rule.
    """
    findings = (*state.table.findings, *state.findings)
    warned = {
        (finding.where.row, finding.where.cell)
        for finding in findings
        if finding.severity is _Severity.WARNING
    }
    unsupported = {
        finding.where.indicator for finding in findings if finding.id == "points-unsupported"
    }
    indicators = state.table.indicators
    for verdict in verdicts:
        index = verdict.indicator
        if (
            verdict.attainment is not _Attainment.UNKNOWN
            or not gives_no_number(verdict.explanation)
            or index >= len(indicators)
            or index in unsupported
        ):
            continue
        indicator = indicators[index]
        cell = indicator.cell_of("actual")
        if cell is not None and (cell.row, cell.cell) in warned:
            continue
        said = _text(indicator.actual).strip()
        goal = _text(indicator.target).strip()
        if _ELSEWHERE_RE.search(said):
            zh = (
                f"“{indicator.name}”实际完成值填写“{said}”，表中未填写数值，"
                f"无法与年度指标“{goal}”比较，需核对所附材料"
            )
            en = (
                f"“{indicator.name}”: the actual “{said}” points elsewhere, no figure in the"
                f" table to compare with the target “{goal}”; check the material it names"
            )
        else:
            zh = f"“{indicator.name}”实际完成值“{said}”不是数值，无法与年度指标“{goal}”比较"
            en = f"“{indicator.name}”: the actual “{said}” is no figure to compare with “{goal}”"
        state.add(
            "actual-not-numeric",
            _Severity.WARNING,
            zh,
            en,
            state.where_indicator(index, "actual"),
        )


# A remark in an actual cell that says why the figure is not there yet: the work or the
# check not yet begun or done (尚未抽检, 未开展验收, 待验收, 人员尚未到岗, 项目尚未竣工，
# 待验收), the whole remark. Not one that says what did not happen (未发生安全事故, 未新增),
# a part (其中未成年人300人次), nor the lag again (较计划略有滞后): no cause.
_REMARK_REASON_RE: Final = re.compile(
    r"[\u3400-\u9fff]{0,6}?(?:尚未|暂未|还未|仍未|未|待|没有)"
    "(?:开始|开展|启动|实施|抽检|检测|验收|检查|送检|检验|评价|评估|考核|调查|统计"
    "|竣工|完工|到位|到岗|拨付|下达|招标|采购)"
    r"[\u3400-\u9fff,]{0,16}"
)
# …but not a check that failed (验收未通过, 抽检不合格, 未达标): a result, whose cause is
# still owed.
_REMARK_FAILED_RE: Final = re.compile("不合格|未达标|未合格|未通过|不通过")


def remark_reason(actual: object) -> str | None:
    """The remark in an actual cell that gives the row's reason, or None (r38j 1).

    ``0%（尚未抽检）``, ``0（未开展验收）`` with a blank 偏差原因: the cell says why the
    figure is short, as the 偏差原因 would, and the review letter says the row as 尚无验收
    结果 with no deviation: no ``missing-deviation-reason``. Not a remark that gives no
    cause (``（累计）``, ``（含上年结转）``), nor a failed check (``0（验收未通过）``, whose
    cause is still owed).

    Example:
        >>> from perftrack.expressions import parse_value
        >>> [
        ...     remark_reason(parse_value(t))
        ...     for t in ("0%（尚未抽检）", "0（验收未通过）", "30人（累计）")
        ... ]
        ['尚未抽检', None, None]
    """
    note = getattr(actual, "note", None)
    if not isinstance(note, str) or not _stated(note) or vague_reason(note):
        return None
    said = note.strip()
    if _REMARK_REASON_RE.fullmatch(said) is None or _REMARK_FAILED_RE.search(said) is not None:
        return None
    return said
