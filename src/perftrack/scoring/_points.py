"""Points and grade (scoring.md §7, 财预〔2020〕10号)."""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Final, NamedTuple

from attrs import evolve

from perftrack._numbers import half_up
from perftrack.expressions import (
    AnyOf,
    Comparison,
    Deadline,
    Descriptive,
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
)
from perftrack.expressions._numbers import DEDUCTION, deducted_points
from perftrack.model import (
    BudgetLine,
    Figure,
    Indicator,
    Position,
    Table,
    Where,
)
from perftrack.scoring._attainment import (
    _PERIODS_A_YEAR,
    _counts_to_date,
    _habit_of_another_work,
    _measured,
    _overrun,
    _period_rate_key,
    _regular_period,
    _regular_target,
    _schedule_period,
    _share_short_of_task,
    _yearly,
    period_rates_apart,
)
from perftrack.scoring._budget import (
    _check_label_weights,
    _policy_rest,
    _source_line,
    _whole,
    is_department,
    judged_rate,
    labels_weigh_all,
    rates_execution,
)
from perftrack.scoring._card import (
    _PRINTED_KEPT_RULE,
    Attainment,
    PointItem,
    Points,
    Scorecard,
    Verdict,
    _Attainment,
    _BudgetRole,
    _Direction,
    _Op,
    _Severity,
    _TableKind,
    grade_of,
)
from perftrack.scoring._common import (
    _HALF_CENT,
    _HUNDRED,
    _TWO_PLACES,
    _factors,
    _half_unit,
    _interval,
    _near_below,
    _per_100k_apart,
    _rounding,
    _Scoring,
    _year_price_unclear,
    direction_of,
    framework_level1,
    show,
)
from perftrack.scoring._findings import (
    _absent_weight,
    _points_computed,
    _unset_weights_zh,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from perftrack.model import Table

# ---------------------------------------------------------------------------
# §7 points


# The rule of the budget line's points: "execution rate 87.50%" (then printed/summed).
_RATE_RULE_RE: Final = re.compile(r"execution rate ([0-9.]+)%")


def _round(value: Decimal) -> Decimal:
    return half_up(value, _TWO_PLACES)


# The execution rate's 分值 in the MoF template (财预〔2020〕10号) and the central rules:
# one weight a unit leaving the rate's 分值 blank beside its own 分值 column may mean.
_TEMPLATE_RATE_WEIGHT: Final = Decimal(10)


class _RatePrinted(NamedTuple):
    """The execution rate's printed 分值 and 得分, and the budget line they stand on."""

    line: BudgetLine | None
    weight: Decimal | None
    points: Decimal | None


def _rate_printed(lines: Sequence[BudgetLine], total: BudgetLine | None) -> _RatePrinted:
    """The 分值 and 得分 the table prints for the execution rate.

    The whole budget's line (*total*: the total, or the only line) when it prints them;
    else the lines that do, added up: without a 年度资金总额 line, 财政拨款 may carry the
    rate's 分值 10 and 得分 9.6 beside an unscored 其他资金. They count in the sums of
    分值 and 得分 wherever they stand. A use's line (基本支出, 项目支出) carries none: its
    分值 and 得分, if printed, are parts of the whole's, not added to them.
    """
    if total is not None and (total.weight is not None or total.published_points is not None):
        return _RatePrinted(total, total.weight, total.published_points)
    carriers = [
        line
        for line in lines
        if (line.weight is not None or line.published_points is not None)
        and line.role is not _BudgetRole.USE
    ]
    if not carriers:
        return _RatePrinted(total or (lines[0] if lines else None), None, None)
    weights = [line.weight for line in carriers if line.weight is not None]
    points = [line.published_points for line in carriers if line.published_points is not None]
    return _RatePrinted(
        carriers[0],
        sum(weights, Decimal(0)) if weights else None,
        sum(points, Decimal(0)) if points else None,
    )


def _in_cents(whole: Decimal, parts: list[Decimal]) -> list[int]:
    """*parts* in cents that add up to *whole* in cents: the largest remainders round up.

    >>> _in_cents(Decimal(50), [Decimal(50) / 3] * 3)
    [1667, 1667, 1666]
    """
    cents = int((whole * _HUNDRED).to_integral_value(ROUND_HALF_UP))
    exact = [part * _HUNDRED for part in parts]
    floors = [int(value.to_integral_value(ROUND_FLOOR)) for value in exact]
    extra = cents - sum(floors)
    # the largest remainders first; among equal ones, the first part
    order = sorted(range(len(parts)), key=lambda index: (floors[index] - exact[index], index))
    for position, index in enumerate(order):
        if position < extra:
            floors[index] += 1
    return floors


def _shared_out(groups: list[tuple[str, Decimal]]) -> list[Decimal]:
    """Each indicator's weight: its group's points shared out in cents that add up.

    50 points over three indicators are 16.67, 16.67 and 16.66 (not 16.666… each, whose
    rounded points added up to 100.01). Points not in whole cents (Hubei's 44.444…,
    26.666… and 8.888…, 80 in 50:30:10) are first put in cents that add up to the
    groups' whole (44.44, 26.67, 8.89: 80.00), then shared out the same way: a table met
    everywhere scores 100.00 under either preset, not 99.99.

    >>> [str(w) for w in _shared_out([("产出指标", Decimal(50))] * 3)]
    ['16.67', '16.67', '16.66']
    >>> share = Decimal(80) / 90
    >>> [str(w) for w in _shared_out([("产出", 50 * share)] * 3 + [("效益", 30 * share)])]
    ['14.82', '14.81', '14.81', '26.67']
    """
    members: dict[str, list[int]] = {}
    for index, (group, _) in enumerate(groups):
        members.setdefault(group, []).append(index)
    totals = [groups[indices[0]][1] for indices in members.values()]
    group_cents = _in_cents(sum(totals, Decimal(0)), totals)
    weights = [Decimal(0)] * len(groups)
    for indices, cents in zip(members.values(), group_cents, strict=True):
        count = len(indices)
        share, extra = divmod(cents, count)
        for position, index in enumerate(indices):
            weights[index] = Decimal(share + (position < extra)) / _HUNDRED
    return weights


def _points(state: _Scoring, verdicts: list[Verdict]) -> Points | None:
    table = state.table
    policy = state.policy
    year = state.year
    self_evaluation = table.kind is _TableKind.SELF_EVALUATION
    to_date = _counts_to_date(table)  # 每季度1次 with a plain 2次: the year's count (p18 H1)
    if not _points_computed(table, policy):
        if table.kind is _TableKind.TRACKING:
            # no points computed, but the printed 得分 and 总分 are the table's own sum
            _points_sum(
                state,
                _rate_printed(table.budget, state.whole.line if state.whole else None),
                state.where_table("published.total"),  # the printed 总分's cell
            )
        return None
    if not table.indicators:
        return None  # missing-indicators: a table without a grid cannot be scored
    whole = state.whole
    carrier = _rate_printed(table.budget, whole.line if whole is not None else None)
    printed_weights = [i.weight for i in table.indicators]
    label_weights = dict(table.level1_weights)
    # Weights: the table's column, else weights printed in labels, else the policy's defaults.
    # whether the table printed every indicator's weight (a 分值 column, level-1 labels)
    printed = printed_weights_given = any(weight is not None for weight in printed_weights)
    # level-1 labels that weigh every indicator, no 分值 column
    labels_cover = not printed_weights_given and bool(label_weights)
    if printed:
        weights = [weight or Decimal(0) for weight in printed_weights]
    else:
        # an unlabelled 成本指标 beside 产出指标（50分） shares the label's weight (pt27 H1)
        printed = labels_weigh_all(table)
        labels_cover = labels_cover and printed
        # 项目产出, 效果指标 (regress40): weighed as the framework's level 1 they stand for,
        # unless a label prints their weight
        keys = [
            indicator.level1 or ""
            if (indicator.level1 or "") in label_weights
            else framework_level1(indicator)
            for indicator in table.indicators
        ]
        counts: dict[str, int] = {}
        for level1 in keys:
            counts[level1] = counts.get(level1, 0) + 1
        # Each group's points (a level 1's, or 产出 and 成本 together) shared out among
        # its indicators.
        groups: dict[str, tuple[str, Decimal]] = {}
        output_like = counts.get("产出指标", 0) + counts.get("成本指标", 0)
        for level1 in counts:
            if level1 in label_weights:
                groups[level1] = (level1, label_weights[level1])
            elif level1 == "成本指标" and "产出指标" in label_weights:
                # 成本 shares 产出's labelled weight, whichever row comes first (pt27 H1)
                groups[level1] = ("产出指标", label_weights["产出指标"])
            elif level1 in ("产出指标", "成本指标") and output_like:
                groups[level1] = ("产出指标", policy.weights.output)
            else:
                groups[level1] = (level1, policy.weights.of_level1(level1))
        budget_weight = carrier.weight
        if (
            not label_weights
            and budget_weight is not None
            and 0 <= budget_weight < _HUNDRED
            and budget_weight != policy.weights.rate
            and policy.weights.rate < _HUNDRED
        ):
            # The policy's defaults beside a 分值 printed on the budget line (Hubei's 20
            # under the central 10, or 10 under Hubei's 20): the printed rate is part of
            # the 100 and the indicators share the rest in the policy's proportion, as
            # labels leave the rate the rest of 100. Before, 90 + 20 made a base of 110
            # (110.00 and points-over-maximum on perftrack's own sum), 80 + 10 one of 90.
            share = (_HUNDRED - budget_weight) / (_HUNDRED - policy.weights.rate)
            groups = {key: (group, weight * share) for key, (group, weight) in groups.items()}
        weights = _shared_out([groups[key] for key in keys])
        unweighted = [
            level1
            for level1 in counts
            if level1 not in label_weights and level1 not in _DEFAULT_WEIGHTED
        ]
        if unweighted:
            # 履职效能, 管理效率, 社会效应 (a 部门整体 framework) and no 分值 column: the
            # policy has no default weight for them and 10号 gives none; weighing them 0
            # graded 4 met rows 9.60 差 (pt22 H2). No total, and the finding says why.
            _weights_unknown(state, unweighted, counts)
            _points_findings(state, [], carrier, verdicts, None)
            return Points(None, None, not self_evaluation, (), ())
    if carrier.weight is not None:
        rate_weight = carrier.weight
    elif sum(weights, Decimal(0)) >= _HUNDRED:
        # The indicators' printed 分值 (or label weights) already hold the 100 points: a
        # rate without a printed 分值 weighs 0, like an indicator without one (the
        # policy's 10 on top made totals of 108).
        rate_weight = Decimal(0)
    elif printed and any(rates_execution(indicator.name) for indicator in table.indicators):
        # 预算执行率 (10分) under 管理效率 in a 部门整体 grid that prints its weights: the
        # grid scores the rate already; the policy's 10 on top counted it twice (and
        # 90 + 10 moved the grade). The policy's own weights (产出 50, 效益 30, 满意度
        # 10) leave the rate its 10 whatever the grid holds.
        rate_weight = Decimal(0)
    elif (
        labels_cover
        and (left := _HUNDRED - sum(weights, Decimal(0)) - _absent_weight(table, policy)) > 0
    ):
        # 产出指标(50分), 效益指标(30分), 满意度指标(10分) and no 分值 column: the labels
        # leave the rate the rest of 100 (10), whatever the policy's default (Hubei's 20
        # on top made a base of 110); 100 - 90.0 (four rows of 12.5) is 10, not 10.0
        # (score56 #11: the item's weight printed "10.0" beside every other "10")
        rate_weight = left.to_integral_value() if left == left.to_integral_value() else left
    elif printed and sum(weights, Decimal(0)) + policy.weights.rate > _HUNDRED:
        # A 分值 column of 90 and a blank rate weight under Hubei (default 20): the rate
        # takes the rest of 100 (10), as labels leave it; 90 + 20 made a base of 110
        # (110.00 and points-over-maximum on perftrack's own sum; pt27 H1).
        # weights-not-100 says so.
        rate_weight = _HUNDRED - sum(weights, Decimal(0))
    else:
        rate_weight = policy.weights.rate
    items: list[PointItem] = []
    undecided: list[str] = []
    dropped = Decimal(0)
    bands = policy.qualitative_bands
    partial_share = bands[1][0] / _HUNDRED if len(bands) > 1 else Decimal("0.8")
    for verdict, weight in zip(verdicts, weights, strict=True):
        # 比上年下降5% judged as the change 下降5% scores as that comparison does
        indicator = state.judged[verdict.indicator]
        attainment = verdict.attainment
        target = indicator.target
        points: Decimal | None
        rule: str
        if attainment is _Attainment.NOT_APPLICABLE:
            dropped += weight
            items.append(
                PointItem(
                    indicator.name,
                    weight,
                    None,
                    "not_applicable",
                    verdict.indicator,
                    published_points=indicator.published_points,
                )
            )
            continue
        if attainment is _Attainment.UNKNOWN or (
            attainment is _Attainment.PENDING
            and (
                not isinstance(target, (Comparison, Range))
                or _comparison_ratio(
                    indicator, year, to_date=to_date, averaged=state.averaged.get(verdict.indicator)
                )
                is None  # 正在施工: no ratio to score by
            )
        ):
            if indicator.published_points is not None:
                printed_points = indicator.published_points
                rule = "unknown: printed points"
                if indicator.weight is not None and printed_points > indicator.weight:
                    # 得分12 on 分值10: points-over-maximum tells the table's error; the
                    # total takes no more than the row can be worth (102.00 was counted)
                    printed_points, rule = indicator.weight, "unknown: printed points, capped"
                items.append(
                    PointItem(
                        indicator.name,
                        weight,
                        _round(printed_points),
                        rule,
                        verdict.indicator,
                        published_points=indicator.published_points,
                    )
                )
            else:
                undecided.append(indicator.name)
                dropped += weight
                items.append(
                    PointItem(indicator.name, weight, None, "unknown: left out", verdict.indicator)
                )
            continue
        options = (
            [o for o in target.options if isinstance(o, (Comparison, Range))]
            if isinstance(target, AnyOf) and attainment is not _Attainment.MET
            else []
        )
        ratios = [
            ratio
            for option in options
            if (ratio := _comparison_ratio(evolve(indicator, target=option), year, to_date=to_date))
            is not None
        ]
        if isinstance(target, (Comparison, Range)) and attainment is not _Attainment.MET:
            ratio = _comparison_ratio(
                indicator, year, to_date=to_date, averaged=state.averaged.get(verdict.indicator)
            )
            if ratio is None and attainment is _Attainment.PARTIAL:
                # 基本完成 against a number: no ratio, but the table says partly done
                points, rule = partial_share * weight, "comparison partial: status"
            elif ratio is None:
                points, rule = Decimal(0), f"comparison {attainment.value}"
            elif (
                ratio >= 1
                and attainment is not _Attainment.PARTIAL
                and not (attainment is _Attainment.PENDING and _under_ceiling(indicator))
            ):
                # 0% against 负增长 (<0), 下降6% against 下降3%至5%: the figure is on the
                # far side of the bar, not short of it; a ratio of 1 or more would give
                # the full points to a row judged not met. A cumulative ceiling kept so
                # far (150万元 under ≤200万元, 0起 against 0起 in a 1-9月 table) is pending
                # on its own side of the bar: it scores its ratio, the full points.
                ratio = _past_ratio(indicator, year)
                points, rule = (
                    ratio * weight,
                    f"comparison {attainment.value}: past the target {show(ratio * _HUNDRED)}%",
                )
            else:
                points, rule = (
                    min(ratio, Decimal(1)) * weight,
                    f"comparison {attainment.value}: ratio {show(ratio * _HUNDRED)}%",
                )
        elif ratios:
            # An any_of scores by its best option: a comparison option by its ratio
            # (≥90%或良好 with 85% scores 85/90 of the weight), never below a partial.
            best = min(max(ratios), Decimal(1))
            share = max(best, partial_share) if attainment is _Attainment.PARTIAL else best
            points, rule = (
                share * weight,
                f"any_of {attainment.value}: ratio {show(best * _HUNDRED)}%",
            )
        elif attainment is _Attainment.MET:
            points, rule = weight, f"{_kind(target)} met"
        elif attainment is _Attainment.PARTIAL:
            points, rule = partial_share * weight, f"{_kind(target)} partial"
        else:
            points, rule = Decimal(0), f"{_kind(target)} {attainment.value}"
        if attainment is _Attainment.NOT_MET and weight > 0 and _round(points) >= weight:
            # 5% against <5%: the whole ratio, yet not met; the nearest miss scores a cent
            # short of full, so that the points say what the verdict says (and
            # full-points-not-met never quotes a full computed score as the table's error)
            points, rule = max(weight - _TWO_PLACES, Decimal(0)), f"{rule}, short of full"
        items.append(
            PointItem(
                indicator.name,
                weight,
                _round(points),
                rule,
                verdict.indicator,
                published_points=indicator.published_points,
            )
        )
    if rate_weight:
        # The rate of the whole budget (the total, the only line, the sum of sources
        # that do not nest), as budget-behind-schedule judges it: recomputed, else the
        # printed 执行率 of a line without amounts; none without a budget (no block,
        # lines that nest and no total) or when it cannot be computed (a budget of 0).
        rate = judged_rate(whole.line, whole.analysis) if whole is not None else None
        line = carrier.line
        name = line.source if line is not None else "预算执行率"
        # the role of the line scored, as budget[] and the findings name it (财政拨款
        # alone is appropriation); total without a line
        role = line.role.value if line is not None else "total"
        if rate is not None and whole is not None:
            printed_rate = whole.analysis.rate_recomputed is None
            items.append(
                PointItem(
                    name,
                    rate_weight,
                    _round(min(rate / _HUNDRED, Decimal(1)) * rate_weight),
                    f"execution rate {show(rate)}%"
                    + (" printed" if printed_rate else " summed" if whole.summed else ""),
                    budget_line=role,
                    published_points=carrier.points,
                )
            )
        elif carrier.points is not None:
            # No rate to compute (a budget of 0, several lines and no total): the
            # reviewer's printed 得分 stands, as for an undecided indicator (§7 "unknown"),
            # up to its printed 分值.
            capped = carrier.weight is not None and carrier.points > carrier.weight
            items.append(
                PointItem(
                    name,
                    rate_weight,
                    _round(rate_weight if capped else carrier.points),
                    "unknown: printed points, capped" if capped else "unknown: printed points",
                    budget_line=role,
                    published_points=carrier.points,
                )
            )
        else:
            # Left out, listed, and the rest rescaled; silently dropping its weight would
            # grade 87.5 of 90 as 87.5 of 100.
            undecided.append(name)
            dropped += rate_weight
            items.append(PointItem(name, rate_weight, None, "unknown: left out", budget_line=role))
    scored = sum((item.points for item in items if item.points is not None), Decimal(0))
    full = sum((item.weight for item in items), Decimal(0))
    base = full - dropped
    # 10号: what is left out (not applicable, undecided) is dropped and the rest rescaled to
    # 100; so is the default weight of a level 1 without indicators (满意度 in a table
    # without 满意度 rows), which no item carries: the items present weigh 90, not 100.
    rescaled = dropped > 0 or (not printed_weights_given and _absent_weight(table, policy) > 0)
    if printed_weights_given and full < _HUNDRED and _na_unweighted(table, verdicts):
        # an n/a row with 分值 ``/``: left out with its weight (10号), the applicable 95
        # rescaled to 100, as the same row printing 分值 5 is (83.42 of 95 was the total;
        # pt27 M2)
        rescaled = True
    if labels_cover and full + _absent_weight(table, policy) != _HUNDRED:
        # labels and the rate's weight above or below 100 (weights-not-100): rescaled, as
        # a total above 100 is never graded
        rescaled = True
    if rescaled and base <= 0:
        # Everything left out (all prose, no printed 得分, no budget): no base to rescale
        # to, so no total and no grade; 0.00 差 graded a table nobody could judge.
        _points_findings(state, items, carrier, verdicts, None)
        return Points(None, None, not self_evaluation, tuple(undecided), tuple(items))
    total = _round(scored * _HUNDRED / base) if rescaled else scored
    weights = [w for w in printed_weights if w is not None] + (
        [carrier.weight] if carrier.weight is not None else []
    )
    slack = _rounding(weights)
    if _HUNDRED < total <= _HUNDRED + slack and abs(sum(weights, Decimal(0)) - _HUNDRED) <= slack:
        # 分值 printed as thirds (16.67 × 3 and 50): 100.01 is their rounding. Weights that
        # do not add up to 100 (weights-not-100) keep the total over it, and its finding.
        total = _HUNDRED
    # Weights of another sum than 100 (110, 80), not rescaled (score54 M6): the total is
    # kept as computed, but the grade is a band of 100, so it is the share's (k32k:
    # 82.75 of 110 is 75.23%, 中; it was graded 良 on the raw sum, and an all-met table
    # of 80 was 80.00 良). Within the printed rounding (16.67 × 3) the weights are 100.
    out_of = base if rescaled else full
    on_share = graded_share(total, full) if not rescaled and abs(full - _HUNDRED) > slack else None
    _points_findings(state, items, carrier, verdicts, total, share=on_share)
    result = Points(
        _round(total),
        grade_of(total if on_share is None else on_share),
        not self_evaluation,
        tuple(undecided),
        tuple(items),
        out_of if rescaled or on_share is not None else None,
        rescaled=rescaled,
    )
    _points_rescaled(state, result)
    return result


def graded_share(total: Decimal, out_of: Decimal) -> Decimal | None:
    """The share of *out_of* a *total* is, in points of 100 to the cent, graded (k32k).

    None when the weights are 0 or less: no share to take, the total is graded.

    >>> graded_share(Decimal("82.75"), Decimal(110)), graded_share(Decimal(80), Decimal(80))
    (Decimal('75.23'), Decimal('100.00'))
    """
    if out_of <= 0:
        return None
    return _round(total * _HUNDRED / out_of)


# The level 1s the policy's default weights cover (Weights.of_level1).
_DEFAULT_WEIGHTED: Final = frozenset({"产出指标", "成本指标", "效益指标", "满意度指标"})


def _share_said(items: list[PointItem], total: Decimal, share: Decimal) -> tuple[str, str]:
    """What ``weights-not-100`` adds of a total not rescaled and its grade (Chinese, English).

    110 scored 109.20: kept, never capped in silence, and said not rescaled (score54
    M6). The grade is the share's (k32k), said when it is not the grade of the total as
    it stands: 82.75 of 110 is 75.23%, 中, not 良; 94.90 of 95 is 优 either way.
    """
    out_of = sum((item.weight for item in items), Decimal(0))
    zh = en = ""
    if total > _HUNDRED:
        zh = "；分值合计超过100，计算总分未按100分折算"
        en = "; the weights exceed 100 and the total is not rescaled"
    if grade_of(share) != grade_of(total):
        if not zh:
            side = "超过" if out_of > _HUNDRED else "不足"
            zh, en = f"；分值合计{side}100，计算总分未按100分折算", "; the total is not rescaled"
        zh += (
            f"，按得分率{share}%（{_round(total)}/{_whole(out_of)}）定级为“{grade_of(share)}”，"
            f"而非“{grade_of(total)}”"
        )
        en += f", graded on its share {share}% ({grade_of(share)}), not {grade_of(total)}"
    return zh, en


def _points_rescaled(state: _Scoring, points: Points) -> None:
    """``points-rescaled``: rows left out and the rest rescaled to 100, moving the grade.

    Spec §7 (10号) leaves out what does not apply and what cannot be judged without a
    printed 得分, and rescales the rest to 100; 100.00 优 beside a printed 50 差 needs the
    reason beside it (score57 #7, k32k). Said when it moves the grade (``Points.regraded``:
    the rows counted 0 give 50.00 差); otherwise the points line's note says it. Not for
    the execution rate alone left out for want of a budget (the letter says
    未填报预算执行情况), nor an n/a row whose 分值 is ``/`` (it weighs nothing).
    """
    if not points.rescaled or not points.regraded or points.total is None:
        return
    left = [item for item in points.items if item.points is None]
    dropped = sum((item.weight for item in left), Decimal(0))
    rest = points.out_of or Decimal(0)
    as_is = points.as_is
    said = "、".join(
        f"“{item.name}”（{'不适用' if item.rule == 'not_applicable' else '无法判断'}，"
        f"分值{_whole(item.weight)}）"
        for item in left
    )
    state.add(
        "points-rescaled",
        _Severity.INFO,
        f"{said}共{_whole(dropped)}分未计分，计算总分按其余{_whole(rest)}分折算为100分，"
        f"等级由“{grade_of(as_is)}”变为“{points.grade}”（按0分计为{as_is}分）",
        f"{', '.join(item.name for item in left)} ({_whole(dropped)} points) left out; the"
        f" total is rescaled from the other {_whole(rest)} to 100: graded {points.grade},"
        f" {grade_of(as_is)} had they counted 0 ({as_is})",
        Where(file=state.table.source.file, sheet=state.table.source.sheet),
    )


def _weights_unknown(state: _Scoring, unweighted: list[str], counts: dict[str, int]) -> None:
    """``weights-unknown``: level 1s with neither a printed weight nor a default one."""
    table = state.table
    named = [level1 or "（未列一级指标）" for level1 in unweighted]
    rows = sum(counts[level1] for level1 in unweighted)
    zh_names = "、".join(f"“{name}”" for name in named)
    state.add(
        "weights-unknown",
        _Severity.WARNING,
        f"一级指标{zh_names}（{rows}项指标）未列分值，也无默认权重，未计算总分和等级",
        f"level 1 {', '.join(named)} ({rows} indicators): no weight printed and no default"
        " weight; no total or grade computed",
        Where(file=table.source.file, sheet=table.source.sheet),
    )


def _kind(target: Target | None) -> str:
    return target.kind if target is not None else "empty"


def _comparison_ratio(
    indicator: Indicator,
    year: int | None,
    *,
    to_date: bool = False,
    averaged: Quantity | None = None,
) -> Decimal | None:
    """The ratio actual / target (target / actual when lower is better) of a comparison."""
    target = indicator.target
    # 0.93 against ≥90%, 增长12% against 下降10% (-12): as the verdict read it
    quantity = _measured(indicator.actual, target, indicator.name, year, scored=True)
    if averaged is not None:
        quantity = averaged  # 日均60次 as 21900次: the year's total the verdict compared
    if (
        quantity is None
        and isinstance(target, Comparison)
        and (counted := _regular_counted(indicator.actual, target)) is not None
    ):
        target, quantity = counted  # 每季度均按时召开 against 每月1次: 4 of 12 (r37e)
    if not isinstance(target, (Comparison, Range)) or quantity is None:
        return None
    if (part := _share_short_of_task(quantity, target)) is not None:
        quantity = part  # 完成50% of ≥100人: 50人, as the verdict compared it (score57 F2)
    if (per := _schedule_period(target, quantity, to_date=to_date)) is not None:
        times = _PERIODS_A_YEAR.get(per)
        if times is None:
            return None  # 每周1次: no count in a year to score against
        target = _yearly(target, times)  # 每季度1次 with 3次: three quarters of 4
    elif (apart := period_rates_apart(target, quantity)) is not None:
        # 每3个月1次 against 每两个月1次: 4 of the year's 6 (r36l)
        times, actual_times = _PERIODS_A_YEAR.get(apart[0]), _PERIODS_A_YEAR.get(apart[1])
        if times is None or actual_times is None:
            return None  # 每两周1次 against 每月1次: no count in a year to score against
        target = _yearly(target, times)
        quantity = evolve(
            quantity, value=quantity.value * actual_times, unit=target.unit, label=None
        )
    factors = _factors(target.unit, quantity.unit)
    if (
        factors is None
        or _per_100k_apart(target.unit, quantity.unit, indicator.name)
        or _year_price_unclear(target, quantity)
    ):
        return None
    bar = (target.low if isinstance(target, Range) else target.value) * factors[0]
    actual = _interval(quantity, factors[1]).low if _near_below(quantity) else None
    actual = quantity.value * factors[1] if actual is None else actual  # 近500人: from 450
    if _overrun(quantity, indicator, target) is not None and isinstance(target, Comparison):
        # 超支8.6万元 against ≤200万元, 延期15天 against 180天: the ceiling and the excess
        actual += bar
    if bar < 0 or actual < 0:
        return None  # a ratio of signed figures (-5% against ≤-3%) says nothing: no credit
    if direction_of(indicator) is _Direction.LOWER:
        if actual == 0:
            return Decimal(1)
        return bar / actual
    if bar == 0:
        return Decimal(1)
    return actual / bar


def _regular_counted(
    actual: Value | None, target: Comparison
) -> tuple[Comparison | Range, Quantity] | None:
    """The year's counts of a text of work kept each period and of a count per another period.

    ``每季度均按时召开`` against ``每月1次`` is 4次 of the year's 12次, as the verdict
    counts them (r36l), so that its points are 4 of 12 as ``每季度1次``'s are (r37e; it
    scored nothing); ``每季度召开`` against ``≥12次`` too (r37k). None unless both periods
    make a whole year and differ.

    Example:
        >>> from perftrack.expressions import parse_target, parse_value
        >>> year, done = _regular_counted(parse_value("每季度均按时召开"), parse_target("每月1次"))
        >>> str(year), str(done)
        ('=12(次)', '4(次)')
        >>> _regular_counted(parse_value("每月均已开展"), parse_target("每月1次")) is None
        True
    """
    regular = _regular_period(actual) if actual is not None else None
    asked = _regular_target(target)  # a year's count too: ≥12次 against 每季度召开 (r37k)
    if (
        regular is None
        or asked is None
        or target.op not in (_Op.GE, _Op.EQ, _Op.GT)
        or (actual is not None and _habit_of_another_work(target, actual))
    ):
        return None
    times, actual_times = _PERIODS_A_YEAR.get(asked[0]), _PERIODS_A_YEAR.get(regular[0])
    if (
        times is None
        or actual_times is None
        or _period_rate_key(asked[0]) == _period_rate_key(regular[0])
    ):
        return None
    return _yearly(target, times), Quantity(Decimal(actual_times), asked[1])


# The weight an n/a row of 分值 ``/`` is taken to have had when it has no sibling
# row of a printed weight in its level 2 or its level 1 (regress56 W3).
_NA_DEFAULT_WEIGHT: Final = Decimal(10)


def _na_allowance(table: Table, na_rows: list[int]) -> Decimal:
    """The most the n/a rows of 分值 ``/`` (*na_rows*) could plausibly have weighed.

    Each row the largest printed weight of a row in its level 2, else in its level 1,
    else 10 (regress56 W3): 95 beside one such row is its 5 left out; 80 is a
    shortfall no one row explains, and ``weights-not-100`` is still raised.
    """
    allowance = Decimal(0)
    for index in na_rows:
        row = table.indicators[index]
        weight = None
        for level in ("level2", "level1"):
            mine = getattr(row, level)
            siblings = [
                other.weight
                for other in table.indicators
                if other.weight is not None and mine and getattr(other, level) == mine
            ]
            if siblings:
                weight = max(siblings)
                break
        allowance += weight if weight is not None else _NA_DEFAULT_WEIGHT
    return allowance


def _na_unweighted(table: Table, verdicts: list[Verdict]) -> bool:
    """Whether a not-applicable row prints no 分值 (``/``) beside a 分值 column (pt27 M2)."""
    return any(
        verdict.attainment is _Attainment.NOT_APPLICABLE
        and table.indicators[verdict.indicator].weight is None
        for verdict in verdicts
    )


def _under_ceiling(indicator: Indicator) -> bool:
    """Whether a ratio of 1 or more says the figure is within a non-strict ceiling.

    ``≤200万元`` or ``0起`` judged lower is better: target / actual ≥ 1 is the actual
    at or under the cap (150万元, 0起), not past it; a strict ceiling (``<5%`` with 5%)
    and a range are left to :func:`_past_ratio`.
    """
    target = indicator.target
    return (
        isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.EQ)
        and direction_of(indicator) is _Direction.LOWER
    )


def _past_ratio(indicator: Indicator, year: int | None) -> Decimal:
    """The share of the points of a figure not met on the far side of its target.

    Above a range's upper end (下降6% against 下降3%至5%) or an exact figure (strict
    equality): upper end / actual, as a ceiling is scored. Exactly on a strict bar
    (95% against >95%): the whole ratio, as the nearest miss (94.9%) scores nearly
    all; on a strict bar of 0 (0% against 负增长, 增长<0%) nothing, as any miss.
    """
    target = indicator.target
    if isinstance(target, Comparison) and target.op in (_Op.GT, _Op.LT):
        return Decimal(1) if target.value != 0 else Decimal(0)
    quantity = _measured(indicator.actual, target, indicator.name, year, scored=True)
    upper = (
        target.high
        if isinstance(target, Range)
        else target.value
        if isinstance(target, Comparison) and target.op is _Op.EQ
        else None
    )
    if upper is not None and isinstance(target, (Comparison, Range)) and quantity is not None:
        factors = _factors(target.unit, quantity.unit)
        if factors is not None:
            high, actual = upper * factors[0], quantity.value * factors[1]
            if actual > high > 0:
                return min(high / actual, Decimal(1))
    return Decimal(0)


def _rate_scored_twice(state: _Scoring, rate_item: PointItem, items: list[PointItem]) -> None:
    """``duplicate-indicator`` on a grid row of the execution rate scored beside the budget's.

    ``项目资金执行率 | ≥95% | 85% | 10`` in the grid and ``年度资金总额 | … | 分值 10`` on the
    budget line: both items count the same rate in the total (score54 M5; 10号 gives the
    rate one item of 10 and the indicators 90). Only when the budget line prints its
    分值 above 0 (a default weight is left out beside such a row already) and the row
    carries one too, scored (not 不适用): said at the row's 分值 cell, the total unchanged.
    A row naming a part or another budget than the whole's (基本支出预算执行率,
    项目支出预算执行率 of a 部门整体 table, 中央资金执行率 beside a 年度资金总额) scores
    another rate: no duplicate.
    """
    weight = rate_item.weight
    if not weight or rate_item.points is None:
        return  # the rate weighs nothing, or is left out: counted once at most
    scored = {item.indicator for item in items if item.points is not None}
    table = state.table
    whole = state.whole.line if state.whole is not None else None
    for index, indicator in enumerate(table.indicators):
        if (
            index in scored
            and indicator.weight is not None
            and indicator.weight > 0
            and rates_execution(indicator.name)
        ):
            held = _source_line(indicator.name, table.budget, department=is_department(table))
            if held is False or (held is not None and held is not whole):
                continue  # the rate of a part (基本支出) or of another source
            state.add(
                "duplicate-indicator",
                _Severity.WARNING,
                f"“{indicator.name}”（分值{indicator.weight}）与预算执行情况“{rate_item.name}”的"
                f"执行率（分值{_whole(weight)}）重复计分",
                f"“{indicator.name}” (weight {indicator.weight}) scores the execution rate the"
                f" budget line “{rate_item.name}” scores too (weight {_whole(weight)})",
                state.where_indicator(index, "weight"),
            )


def _points_findings(  # noqa: PLR0913 - the total and its share are both said
    state: _Scoring,
    items: list[PointItem],
    carrier: _RatePrinted,
    verdicts: list[Verdict],
    total: Decimal | None,
    *,
    share: Decimal | None = None,
) -> None:
    """The findings on points: weights, sums, totals, grades, and each item's points.

    *share* is the total's share of weights not adding up to 100, which the grade is
    given on (k32k); None when the weights are 100 or the total was rescaled.
    """
    table = state.table
    where = Where(file=table.source.file, sheet=table.source.sheet)
    _over_maximum_totals(state, total, where)
    # the printed 总分's cell: what the sum of the 得分 is checked against
    at_total = state.where_table("published.total")
    rate_item = next((item for item in items if item.budget_line is not None), None)
    if rate_item is not None:
        _rate_scored_twice(state, rate_item, items)
    # n/a rows (10号: left out on purpose) are no holes in the printed 得分 (pt27 H3)
    left_out = frozenset(
        verdict.indicator
        for verdict in verdicts
        if verdict.attainment is _Attainment.NOT_APPLICABLE
    )
    _points_sum(state, carrier, at_total, rate_item, left_out)
    published = table.published.total
    printed_weights = [i.weight for i in table.indicators if i.weight is not None]
    # the printed 分值's sum when it is not 100 (weights-not-100) and every row that
    # weighs prints one: the printed 总分 is out of it, and graded on its share (r39h)
    printed_out_of: Decimal | None = None
    if printed_weights:
        if carrier.weight is not None:
            printed_weights.append(carrier.weight)
        # 16.67 × 3 for 50 is 100.01: the printed rounding, not a wrong weight
        if abs(sum(printed_weights, Decimal(0)) - _HUNDRED) > _rounding(printed_weights):
            # rows left without a 分值 weigh 0: named, so the unit sees why (se20 M1)
            # an n/a row's 分值 ``/`` is left out on purpose (10号), not unfilled (pt27 M2)
            rows = [
                index
                for index, indicator in enumerate(table.indicators)
                if indicator.weight is None and index not in left_out
            ]
            blank = [table.indicators[index].name for index in rows]
            zh = en = ""
            if blank:
                # a 分值 of 待定 is said unreadable, quoted, not unset (json32 L3)
                zh = f"；{_unset_weights_zh(table, rows)}，按0分计"
                en = f"; {len(blank)} indicators without a weight count 0: {', '.join(blank)}"
            with_rate = True  # whether the weights with the rate's still miss 100
            head_zh = head_en = ""
            if carrier.weight is None and rate_item is not None and rate_item.weight > 0:
                # 90 on the indicators and no 分值 on the budget line: the rate was given
                # the policy's weight, and the total is out of the sum (pt22 M2); 90 + the
                # default 10 is the common layout, 100: nothing to say ("不等于100 …
                # 合计100分" said two things; regress45)
                whole = sum(printed_weights, rate_item.weight)
                indicators = sum(printed_weights, Decimal(0))
                with_rate = (
                    bool(blank)
                    or abs(whole - _HUNDRED) > _rounding(printed_weights)
                    # a printed 总分 within the indicators' 90 says the unit scored out of
                    # 90: the rate's 10 forgotten, not left to the default (regress46)
                    or (published is not None and published <= indicators)
                )
                default = state.policy.weights.rate
                if (
                    rate_item.weight != default
                    and not blank
                    and indicators + default > _HUNDRED
                    and abs(indicators - _COMMON_INDICATORS) <= _rounding(printed_weights)
                ):
                    # a column of 90 under Hubei's 20: the policy's default made 110, not
                    # the table (pt27 M4); said once, as info naming the policy. Only the
                    # common layout of 90 (+10): 95 beside the rate's 10 is the table's
                    # own error, a warning (policy35 M1)
                    _policy_rest(state, where, "各项分值", (indicators, default, rate_item.weight))
                    with_rate = False
                elif rate_item.weight != default:
                    # 90 + Hubei's 20: the rate took the rest of 100 (pt27 H1), said as
                    # the labels' case says it
                    with_rate = True
                    head_zh = (
                        f"，加预算执行率默认{_whole(default)}分为{_whole(indicators + default)}"
                    )
                    head_en = f", with the rate's default {_whole(default)} {_whole(indicators + default)}"
                    zh += f"；预算执行率按{_whole(rate_item.weight)}分计"
                    en += f"; the rate is weighted {_whole(rate_item.weight)}"
                elif rate_item.points is None:
                    # no budget to rate (no block, a budget of 0) and no 分值: the rate's
                    # default is left out and the rest rescaled, not "counted, 80 in all"
                    # beside a total out of 70 (r39h)
                    zh += (
                        f"；预算执行率未列分值，也无执行数据可计分，默认{_whole(rate_item.weight)}分"
                        f"未计入，总分按其余{_whole(indicators)}分折算为100分"
                    )
                    en += (
                        f"; the execution rate has no weight and no figures: its default"
                        f" {_whole(rate_item.weight)} is left out and the total rescaled from"
                        f" {_whole(indicators)} to 100"
                    )
                else:
                    # a 分值 of 待定 on the budget line is printed, unreadable (fuzz34 M1)
                    unread = _unread_rate_weight(table)
                    said = "未列分值" if unread is None else f"分值“{unread}”无法识别"
                    zh += f"；预算执行率{said}，按默认{rate_item.weight}分计入，合计{whole}分"
                    en += f"; the execution rate has no weight: the default {rate_item.weight} counts, {whole} in all"
            na_slash = [
                index for index in sorted(left_out) if table.indicators[index].weight is None
            ]
            if not blank and sum(printed_weights, Decimal(0)) < _HUNDRED and na_slash:
                gap = _HUNDRED - sum(printed_weights, Decimal(0))
                if gap <= _na_allowance(table, na_slash):
                    # 95 beside an n/a row of 分值 ``/``: its share left out and the rest
                    # rescaled to 100 (10号), no error of the table's (pt27 M2)
                    with_rate = False
                else:
                    # 80 beside one: more than the n/a row could weigh (regress56 W3)
                    names = "、".join(f"“{table.indicators[i].name}”" for i in na_slash)
                    zh += f"；{len(na_slash)}项不适用指标未设分值（{names}），已剔除"
                    en += f"; {len(na_slash)} not-applicable indicators without a weight left out"
            if with_rate and total is not None and share is not None:
                said_zh, said_en = _share_said(items, total, share)
                zh, en = zh + said_zh, en + said_en
            if with_rate and not blank and sum(printed_weights, Decimal(0)) > 0:
                printed_out_of = sum(printed_weights, Decimal(0))
            if with_rate:
                state.add(
                    "weights-not-100",
                    _Severity.WARNING,
                    f"各项分值合计{sum(printed_weights, Decimal(0))}{head_zh}，不等于100{zh}",
                    f"the weights add up to {sum(printed_weights, Decimal(0))}{head_en}, not 100{en}",
                    where,
                )
    _check_label_weights(
        state, where, has_column=bool(printed_weights), rate=rate_item, printed=carrier.weight
    )
    bands = state.policy.qualitative_bands
    attainments = {verdict.indicator: verdict.attainment for verdict in verdicts}
    split = _level1_over_maximum(state, attainments)
    consistent = _split_consistent(state, split, items, attainments)
    for item in items:
        if _over_maximum(state, item, carrier) or _full_points_missed(state, item, verdicts):
            continue  # said more plainly than "computed … differs from printed …"
        _deduction_not_taken(state, item)
        if item.indicator in split and attainments.get(item.indicator) is _Attainment.MET:
            # 产出指标（50分） shared 16.67/16.67/16.66 while the unit printed 18/16/16: a
            # met row's split is no weight of the table's own (monitor24 M2)
            continue
        if item.indicator in consistent:
            # 13.5 = 90% of 15, beside met rows printing 15/10/10 under 产出指标（50分）:
            # the unit's weights add up to the label's, the even split was perftrack's
            # guess (score56 #4)
            continue
        assumed_zh, assumed_en = _split_said(state, item, split)
        _points_unsupported(state, item, verdicts)
        total_line = carrier.line
        if (
            item.indicator is None
            and total_line is not None
            and item.budget_line is not None
            and item.points is not None
            and item.published_points is not None
            and not item.rule.startswith("unknown")
            and (
                abs(item.points - item.published_points) > Decimal("0.5") or _rate_full_points(item)
            )
        ):
            # 执行率 scored in full while 70% was spent: the commonest self-scoring error;
            # the rate the points come from is said (rv23a M3)
            by_rate = _RATE_RULE_RE.match(item.rule)
            rate_zh = f"按执行率{by_rate[1]}%" if by_rate else ""
            rate_en = f" from the rate {by_rate[1]}%" if by_rate else ""
            state.add(
                "points-differ",
                _Severity.INFO,
                f"“{item.name}”{rate_zh}计算得分{item.points}，填报得分{item.published_points}",
                f"“{item.name}”: computed {item.points}{rate_en}, printed {item.published_points}",
                state.where_line(total_line, "points"),
            )
            continue
        if (
            item.indicator is None
            or item.points is None
            or item.published_points is None
            or item.rule.startswith("unknown")
        ):
            continue
        target = table.indicators[item.indicator].target
        if isinstance(
            target, (QualitativeTarget, Descriptive, Deadline, PeriodTarget)
        ) and not item.rule.startswith("comparison"):  # 比上年下降5% scored as 下降5%
            band = {"met": 0, "partial": 1}.get(item.rule.rsplit(" ", 1)[-1], 2)
            high, low = bands[min(band, len(bands) - 1)]
            share = item.published_points / item.weight * _HUNDRED if item.weight else None
            if share is not None and not (low - Decimal("0.5") <= share <= high + Decimal("0.5")):
                # the share of the 分值 the printed 得分 is, beside the band (pt22 L1)
                ratio = f"{item.published_points}/{item.weight}={show(_round(share))}%"
                state.add(
                    "points-differ",
                    _Severity.INFO,
                    f"“{item.name}”填报得分{item.published_points}（{ratio}）不在{low}%–{high}%档内"
                    + assumed_zh,
                    f"“{item.name}”: printed {item.published_points} ({ratio}) is outside the"
                    f" {low}–{high}% band{assumed_en}",
                    state.where_indicator(item.indicator, "points"),
                )
        elif abs(item.points - item.published_points) > Decimal("0.5"):
            state.add(
                "points-differ",
                _Severity.INFO,
                f"“{item.name}”计算得分{item.points}与填报得分{item.published_points}不同"
                + assumed_zh,
                f"“{item.name}”: computed {item.points}, printed {item.published_points}"
                + assumed_en,
                state.where_indicator(item.indicator, "points"),
            )
    _missing_points(state, items, verdicts)
    if rate_item is not None:
        _missing_rate_points(state, rate_item, carrier)
    grade = table.published.grade
    # the 总分 read in cents, as points are (spec §7) and as points-sum-mismatch reads it:
    # digits finer than a cent are float noise, so 89.995 is 90.00 优 (the letter quoted
    # "总分90.00分应评为“良”"; pt27 H4)
    graded = _round(published) if published is not None else None
    printed_share = (
        graded_share(graded, printed_out_of)
        if graded is not None and printed_out_of is not None and 0 <= graded <= printed_out_of
        else None
    )
    if (
        grade is not None
        and graded is not None
        and printed_share is not None
        and grade_of(printed_share) != grade_of(graded)
    ):
        # 分值 adding up to 70 and a 总分 of 63: out of 70, 90.00%, graded as perftrack's own
        # total is (k32k); "总分63应评为“中”" beside perftrack's 63.00 优 said two things
        # (r39h). A 优 the share supports is no mismatch: weights-not-100 says the sum.
        # Where the share's grade is the raw total's (85 of 95: 良 either way), the
        # message is the plain one below, as weights-not-100 says no share then.
        if grade_of(printed_share) != grade:
            out_of_said = _whole(printed_out_of) if printed_out_of is not None else ""
            state.add(
                "grade-mismatch",
                _Severity.WARNING,
                f"总分{published}为分值合计{out_of_said}的{printed_share}%，"
                f"应评为“{grade_of(printed_share)}”，表中为“{grade}”",
                f"a total of {published} is {printed_share}% of the weights' {out_of_said},"
                f" graded {grade_of(printed_share)}, not {grade}",
                state.where_table("published.grade"),
            )
    elif grade is not None and graded is not None and grade_of(graded) != grade:
        # 79.995 graded as 80.00: the figure graded is quoted, as rounded (regress52 LOW)
        said = f"{published}" if graded == published else f"{published}按两位小数计为{graded}，"
        state.add(
            "grade-mismatch",
            _Severity.WARNING,
            f"总分{said}应评为“{grade_of(graded)}”，表中为“{grade}”",
            f"a total of {published} (graded as {graded}) is graded {grade_of(graded)},"
            f" not {grade}",
            state.where_table("published.grade"),  # the grade printed: what to correct
        )
    elif grade is not None and published is None:
        _grade_of_printed_points(state, carrier, rate_item, left_out, printed_out_of)


def _grade_of_printed_points(
    state: _Scoring,
    carrier: _RatePrinted,
    rate_item: PointItem | None,
    left_out: frozenset[int],
    out_of: Decimal | None = None,
) -> None:
    """``grade-mismatch`` for a grade printed under a blank 总分: graded by the 得分 (r38r).

    ``自评等级 良`` beside 得分 9.5 + 27 + 20 + 30 + 10 = 96.5 and no 总分 was said nowhere:
    the grade had no total to be checked against. The printed 得分 are the total then,
    when they are all there: every row that weighs something prints one (no hole, no n/a
    row rescaled), and the execution rate's 得分 too when it has a 分值. Under printed
    分值 adding up to *out_of* (not 100, weights-not-100) the sum is graded on its share
    of them, as a printed 总分 is (r39h).
    """
    table = state.table
    grade = table.published.grade
    printed = [i.published_points for i in table.indicators if i.published_points is not None]
    if grade is None or not printed or left_out or _points_holes(table):
        return
    if carrier.points is not None:
        printed.append(carrier.points)
    elif rate_item is not None and rate_item.weight:
        return  # the rate's points are not printed: the 得分 are not the whole total
    added = _round(sum(printed, Decimal(0)))
    share = graded_share(added, out_of) if out_of is not None and added <= out_of else None
    if share is not None and grade_of(share) == grade_of(added):
        share = None  # the same grade either way: said plainly, as a 总分 is
    graded = added if share is None else share
    if grade_of(graded) == grade:
        return
    of_zh = of_en = ""
    if share is not None and out_of is not None:
        of_zh, of_en = (
            f"，为分值合计{_whole(out_of)}的{share}%，",
            f" ({share}% of {_whole(out_of)})",
        )
    state.add(
        "grade-mismatch",
        _Severity.WARNING,
        f"未填总分，各项得分合计{added}{of_zh}应评为“{grade_of(graded)}”，表中为“{grade}”",
        f"no total printed: the points add up to {added}{of_en}, graded {grade_of(graded)},"
        f" not {grade}",
        state.where_table("published.grade"),
        figures=(Figure("added", added),),
    )


def _missing_rate_points(state: _Scoring, rate_item: PointItem, carrier: _RatePrinted) -> None:
    """``missing-points`` for the budget line's blank 得分 beside its printed 分值 (r38r).

    ``年度资金总额 … 分值10 | 95% | (blank)`` while the indicators print their 得分: the
    rate's points are not written where the template asks for them, and a 总分 of the
    indicators' 得分 alone leaves them out (87 where 96.50 is due). Only when the budget
    block has a 得分 column (a line prints one, or a dash in it) and the line a 分值.
    """
    table = state.table
    line = carrier.line
    if (
        line is None
        or carrier.weight is None
        or not carrier.weight
        or carrier.points is not None
        or rate_item.points is None
        or not any(indicator.published_points is not None for indicator in table.indicators)
    ):
        return
    column = next(
        (
            position.column
            for budget_line in table.budget
            for name, position in budget_line.cells
            if name == "points"
        ),
        None,
    )
    if column is None:
        return  # no 得分 column in the budget block: nowhere to write them
    match = _RATE_RULE_RE.search(rate_item.rule)
    rate = f"执行率{match.group(1)}%，" if match else ""
    at = line.position
    blank = Position(at.file, at.sheet, at.row, column) if at is not None else None
    state.add(
        "missing-points",
        _Severity.WARNING,
        f"“{rate_item.name}”未填写得分（{rate}分值{carrier.weight}，计算得分{rate_item.points}）",
        f"“{rate_item.name}”: no points printed (computed {rate_item.points})",
        Where.at(
            blank,
            name=line.source,
            budget_line=line.role.value,
            file=table.source.file,
            sheet=table.source.sheet,
        ),
    )


_ATTAINMENT_SAID: Final = {
    _Attainment.MET: "已达成",
    _Attainment.PARTIAL: "部分达成",
    _Attainment.NOT_MET: "未达成",
    _Attainment.PENDING: "进行中",
}


def _missing_points(state: _Scoring, items: list[PointItem], verdicts: list[Verdict]) -> None:
    """``missing-points``: a scored row whose 得分 is blank or a dash while others print one.

    A met row of 15 left blank makes the printed 总分 one band low with no other finding
    (the column adds up, and ``points-differ`` needs a printed figure; pt22 M1). Not a row
    left out (not applicable, undecided), nor one whose cell the reader could not read
    (``malformed-points`` said so already).
    """
    table = state.table
    if not any(indicator.published_points is not None for indicator in table.indicators):
        return  # no 得分 column filled: nothing to be missing from
    malformed = {
        finding.where.indicator for finding in table.findings if finding.id == "malformed-points"
    }
    for item in items:
        index = item.indicator
        if (
            index is None
            or item.points is None
            or not item.weight  # a row weighing 0 (no 分值 beside a 分值 column) misses nothing
            or item.published_points is not None
            or item.rule.startswith("unknown")
            or index in malformed
        ):
            continue
        indicator = table.indicators[index]
        said = _ATTAINMENT_SAID.get(verdicts[index].attainment, "")
        weight = f"分值{indicator.weight}" if indicator.weight is not None else ""
        facts = "，".join(part for part in (said, weight, f"计算得分{item.points}") if part)
        state.add(
            "missing-points",
            _Severity.WARNING,
            f"“{item.name}”未填写得分（{facts}）",
            f"“{item.name}”: no points printed (computed {item.points})",
            state.where_indicator(index, "points"),
        )


def _points_sum(
    state: _Scoring,
    carrier: _RatePrinted,
    where: Where,
    rate_item: PointItem | None = None,
    left_out: frozenset[int] = frozenset(),
) -> None:
    """``points-sum-mismatch``: the printed 得分 (the rate's included) against the printed 总分.

    A check of the table's own figures, made wherever both are printed: in a tracking
    table too when no points are computed (得分 adding up to 100 under a 总分 of 90).
    An execution rate that prints no 得分 may be in the 总分 at its computed points or
    its whole weight (*rate_item*): 得分 of 88 under a note's 合计总分97.50 add up with
    the rate's 9.50 (94.96% of 10), 88.5 under 自评得分98.5分（含预算执行10分） with 10.
    Not without a budget to compute the rate from (no rate is then in evidence). Nor
    when no indicator prints a 得分 (no 得分 column, only the budget line's 10 or 9.5 of
    the MoF template's budget block): there is no sum to check the 总分 against, and the
    lone budget 得分 is not one (se20 H1: "各项得分合计9.5与总分98.5不符").
    Nor when a row that weighs something prints no 得分, or one that cannot be read
    (``missing-points``, ``malformed-points`` say so): the printed 得分 have holes, and
    their sum, counting them 0, would claim a grade the table never earned (letter22 H3:
    "按合计应评为“中”" beside 优 by the rules). Unless the sum is wrong whatever the blanks
    hold (regress43 W5): with full points on every blank row it still falls short of the
    总分, or the printed 得分 alone exceed it; the message says the blanks were taken at
    their full 分值. A not-applicable row (*left_out*, 10号) printing ``/`` or nothing in
    its 得分 is no hole: it was left out on purpose, so its 分值 is no room for the sum
    (an n/a row's ``/`` taken as a blank silenced 88.4 against 88.90; pt27 H3); the
    总分 may then be the sum or the sum rescaled over the applicable weights (88.4 of
    95: 93.05).
    """
    table = state.table
    published = table.published.total
    printed_points = [
        i.published_points for i in table.indicators if i.published_points is not None
    ]
    if not printed_points:
        return
    holes = _points_holes(table, left_out)
    blank_full = _blank_full_points(table, left_out) if holes else Decimal(0)
    if blank_full is None:
        return  # a row whose 得分 and 分值 are both unread: no bound on the sum
    if carrier.points is not None:
        printed_points.append(carrier.points)
    if published is not None and printed_points:
        tolerance = _sum_tolerance(printed_points, published)
        added = sum(printed_points, Decimal(0))
        shares = _unprinted_rate_shares(table, carrier, rate_item)
        if holes:
            rate_room = max((weight for _, weight in shares), default=Decimal(0))
            _points_sum_with_holes(
                state, (added, blank_full, published, tolerance), rate_room, where, printed_points
            )
            return
        # the rate's share, exactly: the total's own rounding and a cent of the rate's
        exact = max(_half_unit(published), _HALF_CENT) + _HALF_CENT
        counted = _counted_rate_shares(shares)
        unprinted_rate = any(abs(added + share - published) <= exact for share in counted)
        # 10号: the n/a rows' 分值 dropped and the rest rescaled to 100 (pt27 H3)
        na_weight = sum((table.indicators[i].weight or Decimal(0) for i in left_out), Decimal(0))
        rescaled_sum = (
            abs(added * _HUNDRED / (_HUNDRED - na_weight) - published)
            <= tolerance * _HUNDRED / (_HUNDRED - na_weight) + _HALF_CENT
            if 0 < na_weight < _HUNDRED
            else False
        )
        if abs(added - published) > tolerance and not unprinted_rate and not rescaled_sum:
            if shares:
                tail = next(
                    (s for s in counted if _rounding_tail(printed_points, added + s, published)),
                    None,
                )
                if tail is not None:
                    # 80.5 and the rate's 10 beside a 总分 of 90.6: the same tail (r39j)
                    said = (
                        (
                            f"各项得分合计{_figure(added)}（预算执行率未填得分，按{_figure(tail)}分"
                            f"计为{_figure(added + tail)}）"
                        ),
                        (
                            f"the points add up to {added} (the execution rate prints no points;"
                            f" counted as {tail}: {added + tail})"
                        ),
                    )
                    _rounding_tail_found(state, said, added + tail, published, where)
                    return
                _points_sum_with_rate(state, (added, published), counted, where)
                return
            if _rounding_tail(printed_points, added, published):
                # 90 beside a 总分 of 90.01: a tail of rounding, not a wrong total (r39h)
                said = (f"各项得分合计{added}", f"the points add up to {added}")
                _rounding_tail_found(state, said, added, published, where)
                return
            zh, en = (
                f"各项得分合计{added}与总分{published}不符",
                f"the points add up to {added}, not {published}",
            )
            # the grade is what gets acted on: say when the sum falls in another band
            printed_grade = table.published.grade
            if printed_grade is not None and grade_of(added) != printed_grade:
                zh += f"，按合计应评为“{grade_of(added)}”，表中为“{printed_grade}”"
                en = f"the points add up to {added} ({grade_of(added)}), not {published} ({printed_grade})"
            elif printed_grade is None and grade_of(added) != grade_of(published):
                zh += f"，按合计应评为“{grade_of(added)}”，总分对应“{grade_of(published)}”"
                en = (
                    f"the points add up to {added} ({grade_of(added)}), "
                    f"not {published} ({grade_of(published)})"
                )
            figures = (Figure("added", added), Figure("published", published))
            state.add("points-sum-mismatch", _Severity.WARNING, zh, en, where, figures=figures)


def _rounding_tail_found(
    state: _Scoring, said: tuple[str, str], added: Decimal, published: Decimal, where: Where
) -> None:
    """``points-sum-mismatch`` as info: *added* off the 总分 by a tail of rounding (r39h).

    *said* the sum's words (各项得分合计90), before 与总分90.01相差0.01，属舍入尾差，
    不影响等级; for the sum of every path (the 得分 all printed, a rate printing no 得分,
    rows printing none: r39j), so no path calls a tail a wrong total.
    """
    difference = abs(added - published)
    state.add(
        "points-sum-mismatch",
        _Severity.INFO,
        f"{said[0]}与总分{published}相差{_figure(difference)}，属舍入尾差，不影响等级",
        f"{said[1]}, {difference} off the total {published}: a rounding difference,"
        " the grade unchanged",
        where,
        figures=(
            Figure("added", added),
            Figure("published", published),
            Figure("difference", difference),
        ),
    )


def _unprinted_rate_shares(
    table: Table, carrier: _RatePrinted, rate_item: PointItem | None
) -> tuple[tuple[Decimal, Decimal], ...]:
    """The (computed points, whole weight) an execution rate printing no 得分 may hold.

    None when the rate prints a 得分, has no budget to take it from, or weighs nothing.
    The policy's rate weight (*rate_item*'s) when the table prints no 分值 column. When
    it prints one and leaves the rate's 分值 blank, the unit's own arithmetic is checked,
    whatever the policy (pol25 M4: 80 + 8 under 88 passed under the central rules only,
    80 + 16 under 96 under Hubei's only): the rate may weigh the MoF template's 10 (the
    central rules') or the rest of 100 the indicators' 分值 leave, each at its computed
    points (the same rate) or its whole weight.
    """
    if (
        carrier.points is not None
        or rate_item is None
        or rate_item.points is None  # no budget to take the rate from
        or rate_item.weight <= 0
    ):
        return ()
    printed = [i.weight for i in table.indicators if i.weight is not None]
    if carrier.weight is not None or not printed:
        return ((rate_item.points, rate_item.weight),)
    rest = _HUNDRED - sum(printed, Decimal(0))
    weights = sorted({w for w in (_TEMPLATE_RATE_WEIGHT, rest) if 0 < w < _HUNDRED})
    if not weights:
        return ((rate_item.points, rate_item.weight),)
    rate = rate_item.points / rate_item.weight
    return tuple((_round(rate * weight), weight) for weight in weights)


def _counted_rate_shares(shares: tuple[tuple[Decimal, Decimal], ...]) -> tuple[Decimal, ...]:
    """What a blank rate 得分 may be counted as in the 总分: each share once (r90fix W2).

    *shares* are the rate's (computed points, whole weight) under each weight tried
    (:func:`_unprinted_rate_shares`). Its computed points count; its whole weight only
    when the rate earns it under the policy (rate ≥ 100%, or a rate the policy gives
    full points for, the computed points then being the whole weight): a 40% rate
    does not make 80 + 20 a 总分 of 100 (regress90 W2).

    Example:
        >>> _counted_rate_shares(((Decimal(4), Decimal(10)), (Decimal(8), Decimal(20))))
        (Decimal('4'), Decimal('8'))
        >>> _counted_rate_shares(((Decimal(10), Decimal(10)), (Decimal(10), Decimal(10))))
        (Decimal('10'),)
    """
    return tuple(sorted(dict.fromkeys(points for points, _ in shares)))


def _figure(number: Decimal) -> str:
    """A number as the table would print it: 8 for 8.00, 9.5 for 9.50, no exponent.

    Example:
        >>> _figure(Decimal("8.00")), _figure(Decimal("9.50")), _figure(Decimal("100"))
        ('8', '9.5', '100')
    """
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _points_sum_with_rate(
    state: _Scoring,
    sums: tuple[Decimal, Decimal],
    shares: tuple[Decimal, ...],
    where: Where,
) -> None:
    """``points-sum-mismatch`` when the execution rate prints no 得分: the shares tried named.

    *sums* are the printed 得分 added and the printed 总分; *shares* what the rate was
    counted as, each once (:func:`_counted_rate_shares`). The message says what
    the blank rate 得分 was counted as (pol25 M4), and names a grade only when every
    sum tried falls in one band other than the printed grade.
    """
    added, published = sums
    tried = [(share, added + share) for share in shares]
    said = "、".join(f"{_figure(share)}分" for share, _ in tried[:-1])
    said = f"{said}或{_figure(tried[-1][0])}分" if said else f"{_figure(tried[-1][0])}分"
    sums_said = "、".join(f"{_figure(total)}分" for _, total in tried[:-1])
    sums_said = (
        f"{sums_said}或{_figure(tried[-1][1])}分" if sums_said else f"{_figure(tried[-1][1])}分"
    )
    zh = (
        f"各项得分合计{_figure(added)}分（预算执行率未填得分，按{said}计为{sums_said}），"
        f"与表中总分{_figure(published)}分不符"
    )
    en = (
        f"the points add up to {added} (the execution rate prints no points; counted as "
        f"{' or '.join(str(share) for share, _ in tried)}: "
        f"{' or '.join(str(total) for _, total in tried)}), not {published}"
    )
    grades = {grade_of(total) for _, total in tried}
    printed_grade = state.table.published.grade
    if printed_grade is not None and len(grades) == 1 and printed_grade not in grades:
        zh += f"，按合计应评为“{grades.pop()}”，表中为“{printed_grade}”"
    elif printed_grade is None and len(grades) == 1 and grade_of(published) not in grades:
        zh += f"，按合计应评为“{grades.pop()}”，总分对应“{grade_of(published)}”"
    figures = (Figure("added", added), Figure("published", published))
    state.add("points-sum-mismatch", _Severity.WARNING, zh, en, where, figures=figures)


def _points_sum_with_holes(
    state: _Scoring,
    sums: tuple[Decimal, Decimal, Decimal, Decimal],
    rate_room: Decimal,
    where: Where,
    printed_points: list[Decimal],
) -> None:
    """``points-sum-mismatch`` when some 得分 are blank: only a sum wrong whatever they hold.

    *sums* are the printed 得分 added, the blank rows' full 分值, the printed 总分 and the
    rounding tolerance. Full points on every blank row (and *rate_room*, the largest
    weight an execution rate printing no 得分 may hold when a budget gives one:
    :func:`_unprinted_rate_shares`) still short of the 总分, or the printed 得分 alone
    above it: the 总分 cannot be the sum (regress43 W5). Short or above by a tail of
    rounding (:func:`_rounding_tail`: 90 at full points beside 90.01) it is info (r39j).
    """
    added, blank_full, published, tolerance = sums
    ceiling = added + blank_full + rate_room
    figures: tuple[Figure, ...]
    if ceiling + tolerance < published and _rounding_tail(printed_points, ceiling, published):
        said = (
            f"各项得分合计{added}，未填写得分的指标按满分{blank_full}计为{ceiling}，",
            (
                f"the points add up to {added}; with full points ({blank_full}) on the rows"
                f" printing none, {ceiling}"
            ),
        )
        _rounding_tail_found(state, said, ceiling, published, where)
        return
    if added - tolerance > published and _rounding_tail(printed_points, added, published):
        said = (f"已填写的各项得分合计{added}", f"the printed points alone add up to {added}")
        _rounding_tail_found(state, said, added, published, where)
        return
    if ceiling + tolerance < published:
        zh = (
            f"各项得分合计{added}，未填写得分的指标按满分{blank_full}计也仅{ceiling}，"
            f"与总分{published}不符"
        )
        en = (
            f"the points add up to {added}; with full points ({blank_full}) on the rows "
            f"printing none, {ceiling}, still short of {published}"
        )
        figures = (
            Figure("added", added),
            Figure("ceiling", ceiling),
            Figure("published", published),
        )
    elif added - tolerance > published:
        zh = f"已填写的各项得分合计{added}已超过总分{published}"
        en = f"the printed points alone add up to {added}, above {published}"
        figures = (Figure("added", added), Figure("published", published))
    else:
        return  # the blanks may explain the gap: missing-points says so
    state.add("points-sum-mismatch", _Severity.WARNING, zh, en, where, figures=figures)


def _blank_full_points(table: Table, left_out: frozenset[int] = frozenset()) -> Decimal | None:
    """The full 分值 of the rows printing no 得分 (:func:`_points_holes`), None if one has none."""
    unread = {
        finding.where.indicator for finding in table.findings if finding.id == "malformed-points"
    }
    total = Decimal(0)
    for index, indicator in enumerate(table.indicators):
        if indicator.published_points is not None or index in left_out:
            continue
        if indicator.weight:
            total += indicator.weight
        elif index in unread:
            return None
    return total


def _points_holes(table: Table, left_out: frozenset[int] = frozenset()) -> bool:
    """Whether a row that weighs something prints no 得分, or one the reader could not read.

    A row with a 分值 (not 0) and a blank 得分, or a 得分 of ``待定``, ``满分`` or ``见附件``
    (``malformed-points`` at a row that then has none): the printed 得分 are not all there.
    A not-applicable row (*left_out*) is none: its ``/`` leaves it out on purpose.
    """
    unread = {
        finding.where.indicator for finding in table.findings if finding.id == "malformed-points"
    }
    return any(
        indicator.published_points is None
        and (bool(indicator.weight) or index in unread)
        and index not in left_out
        for index, indicator in enumerate(table.indicators)
    )


_HALF: Final = Decimal("0.5")


def _rounding_tail(printed_points: list[Decimal], added: Decimal, published: Decimal) -> bool:
    """Whether printed 得分 adding up to *added* miss the 总分 by a tail of rounding (r39h).

    Beyond :func:`_sum_tolerance` (√n half units: the likely rounding), a gap of one
    unit of the finest digit printed (the 总分's, or a 得分's with decimals) that spec
    §6's worst case allows (half a unit of that digit per addend, half a cent for whole
    得分, and the total's own half unit) and that leaves the grade band as it is: whole
    得分 of 90 under a 总分 of 90.01. Such a 总分 is ``points-sum-mismatch`` as info
    saying 尾差, not the warning of a wrong total; 90.02, 84.5 beside 84.0 (twenty
    tenths) and 89.99 beside 90 (良, not 优) are not tails.

    >>> _rounding_tail([Decimal(30), Decimal(40), Decimal(20)], Decimal(90), Decimal("90.01"))
    True
    >>> _rounding_tail([Decimal(30), Decimal(40), Decimal(20)], Decimal(90), Decimal("90.02"))
    False
    """
    finest = min(_half_unit(value) for value in printed_points)
    digit = _HALF_CENT if finest >= _HALF else max(finest, _HALF_CENT)
    own = max(_half_unit(published), _HALF_CENT)
    bound = Decimal(len(printed_points)) * digit + own
    unit = 2 * min(digit, own)  # one unit of the finest digit printed
    gap = abs(added - published)
    return gap <= min(bound, unit) and grade_of(_round(added)) == grade_of(_round(published))


def _sum_tolerance(printed_points: list[Decimal], published: Decimal) -> Decimal:
    """How far the printed 得分 may add up from the printed 总分 by rounding alone.

    Whole 得分 are exact (a reviewer types whole points): only the total's own half unit,
    so 84 under a 总分 of 85 is a mismatch. 得分 with decimals are rounded to the column's
    last printed digit (where one prints 9.8, its 10 is 10.0, an exact figure): their
    errors are independent and partly cancel, so √n half units, not n (the spec's worst
    case, 10 of 20 integer rows); plus half a unit of the total's digit (98.8 of 98.75).
    Digits finer than a cent are float noise.

    >>> _sum_tolerance([Decimal(40), Decimal(44)], Decimal(84))
    Decimal('0.5')
    >>> str(_sum_tolerance([Decimal("33.33")] * 4, Decimal("100.00")))
    '0.015'
    """
    own = max(_half_unit(published), _HALF_CENT)
    if all(_half_unit(value) >= _HALF for value in printed_points):  # no decimal printed
        return own
    digit = max(min(_half_unit(value) for value in printed_points), _HALF_CENT)
    return Decimal(len(printed_points)).sqrt() * digit + own


def _over_maximum_totals(state: _Scoring, total: Decimal | None, where: Where) -> None:
    """``points-over-maximum`` for a printed or computed 总分 above 100."""
    for zh, en, value, at in (
        ("总分", "the printed total", state.table.published.total, "published.total"),
        ("计算总分", "the computed total", None if total is None else _round(total), None),
    ):
        if value is not None and value > _HUNDRED:
            state.add(
                "points-over-maximum",
                _Severity.WARNING,
                f"{zh}{value}超过满分100",
                f"{en} {value} exceeds 100",
                where if at is None else state.where_table(at),  # the printed 总分's cell
            )


def _level1_over_maximum(state: _Scoring, attainments: Mapping[int, Attainment]) -> frozenset[int]:
    """The rows weighed by an even split of a level-1 label; over-maximum level 1s said.

    Without a 分值 column, the weight a level-1 label prints (``产出指标（50分）``) is
    split evenly among its rows (16.67, 16.67, 16.66): the table printed no row's
    weight, so a met row's printed 得分 (18, 16, 16) is not checked against the split
    (:func:`_points_findings` leaves out ``points-differ``). What the table printed is
    checked instead: its rows' printed 得分 adding up to more than the level's printed
    weight get ``points-over-maximum`` at the level's first row (monitor24 M2), and
    rows all met whose printed 得分 add up to less than the weight (by more than 0.5)
    get ``points-differ`` there: points taken off rows that met their targets
    (regress48 W2). The rows returned are those of a level 1 of two rows or more (one
    row's weight is the label's own).
    """
    table = state.table
    labels = dict(table.level1_weights)
    if not labels or any(indicator.weight is not None for indicator in table.indicators):
        return frozenset()
    groups: dict[str, list[int]] = {}
    for index, indicator in enumerate(table.indicators):
        if (indicator.level1 or "") in labels:
            groups.setdefault(indicator.level1 or "", []).append(index)
    for level1, rows in groups.items():
        printed = [
            points
            for index in rows
            if (points := table.indicators[index].published_points) is not None
        ]
        added = sum(printed, Decimal(0))
        weight = labels[level1]
        if printed and added > weight:
            state.add(
                "points-over-maximum",
                _Severity.WARNING,
                f"一级指标“{level1}”各项得分合计{added}超过其分值{weight}",
                f"the printed points under “{level1}” add up to {added}, above its weight {weight}",
                state.where_indicator(rows[0], "points"),
            )
        elif (
            len(printed) == len(rows) > 1
            and weight - added > Decimal("0.5")
            and all(attainments.get(index) is _Attainment.MET for index in rows)
        ):
            state.add(
                "points-differ",
                _Severity.INFO,
                f"一级指标“{level1}”各项均已达成，得分合计{added}低于其分值{weight}",
                f"every indicator under “{level1}” is met, yet its printed points add up"
                f" to {added}, below its weight {weight}",
                # the level's, not its first row's: the letter named that row as mis-scored
                # (pt27 H5)
                Where.at(
                    table.indicators[rows[0]].cell_of("points"),  # the level's first 得分
                    name=level1,
                    file=table.source.file,
                    sheet=table.source.sheet,
                ),
                figures=(Figure("added", added), Figure("weight", weight)),
            )
    return frozenset(index for rows in groups.values() if len(rows) > 1 for index in rows)


def _split_groups(table: Table, split: frozenset[int]) -> dict[str, list[int]]:
    """The rows of *split* (:func:`_level1_over_maximum`) by their level-1 label."""
    groups: dict[str, list[int]] = {}
    for index in sorted(split):
        groups.setdefault(table.indicators[index].level1 or "", []).append(index)
    return groups


def _split_consistent(
    state: _Scoring,
    split: frozenset[int],
    items: Sequence[PointItem],
    attainments: Mapping[int, Attainment],
) -> frozenset[int]:
    """The split rows whose printed 得分 fit weights of the unit's own (score56 #4).

    Under ``产出指标（50分）`` with no 分值 column, perftrack splits 50 evenly (12.5
    each); the unit may have weighed its rows 15/15/10/10. Each row's printed 得分
    then gives the weight it implies: a met row's is its 得分 (full points), another's
    its 得分 over the share scored (13.5 at 90% is 15). When every row of a level
    prints a 得分 and the implied weights add up to the label's weight (within 0.5),
    the 得分 are consistent with the table's own weights, and no ``points-differ``
    stands against perftrack's split. A row scored 0 implies no weight: no check.
    """
    table = state.table
    labels = dict(table.level1_weights)
    by_row = {item.indicator: item for item in items if item.indicator is not None}
    rows: set[int] = set()
    for level1, indices in _split_groups(table, split).items():
        implied = Decimal(0)
        for index in indices:
            item = by_row.get(index)
            printed = table.indicators[index].published_points
            if item is None or item.points is None or not item.weight or printed is None:
                break
            if attainments.get(index) is _Attainment.MET:
                implied += printed
                continue
            share = item.points / item.weight
            if share <= 0:
                break
            implied += printed / share
        else:
            if level1 in labels and abs(implied - labels[level1]) <= Decimal("0.5"):
                rows.update(indices)
    return frozenset(rows)


def _split_said(state: _Scoring, item: PointItem, split: frozenset[int]) -> tuple[str, str]:
    """What a ``points-differ`` adds when its row's 分值 is perftrack's even split.

    ``（分值系按一级指标“产出指标”50分平均分配推算为12.5）``: the computed points rest on
    an assumed weight, which the reviewer should know (score56 #4); nothing otherwise.
    """
    if item.indicator is None or item.indicator not in split:
        return "", ""
    level1 = state.table.indicators[item.indicator].level1 or ""
    weight = dict(state.table.level1_weights).get(level1)
    if weight is None:  # pragma: no cover - a split row's level carries a label weight
        return "", ""
    return (
        f"（分值系按一级指标“{level1}”{weight}分平均分配推算为{item.weight}）",
        f" (the weight {item.weight} is assumed: “{level1}”'s {weight} split evenly)",
    )


def _over_maximum(state: _Scoring, item: PointItem, carrier: _RatePrinted) -> bool:
    """``points-over-maximum`` for a printed 得分 above its printed 分值; True when raised."""
    if item.indicator is not None:
        weight = state.table.indicators[item.indicator].weight
        printed = item.published_points
    else:
        weight, printed = carrier.weight, carrier.points
    if weight is None or printed is None or printed <= weight:
        return False
    if item.indicator is not None:
        at = state.where_indicator(item.indicator, "points")
    elif carrier.line is not None:
        at = state.where_line(carrier.line, "points")
    else:  # pragma: no cover - a printed 分值 stands on a line
        at = Where(file=state.table.source.file, sheet=state.table.source.sheet)
    state.add(
        "points-over-maximum",
        _Severity.WARNING,
        f"“{item.name}”得分{printed}超过分值{weight}",
        f"“{item.name}”: printed points {printed} exceed the weight {weight}",
        at,
    )
    return True


# A number in E notation, as an xlsx number cell stores one (1e309, -1E+309), with
# a unit after it as a text cell may print one (-1e309人, 1e-400%).
_E_NUMBER: Final = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+[^\d.]*")


def _e_notation(text: str) -> bool:
    """Whether *text* is a number in E notation, which values keep as text: no figure.

    An xlsx number cell of ``1e309`` is kept as its text (fz30 M6), and so is a
    text cell's ``-1e309人``, ``1e-400%`` or ``1e-320`` (values read no E notation);
    it gives no figure to check a 得分 by, as ``NaN`` gives none (k72b).

    Example:
        >>> (
        ...     _e_notation("1e309"),
        ...     _e_notation("-1E+309"),
        ...     _e_notation("-1e309人"),
        ...     _e_notation("1e-400%"),
        ... )
        (True, True, True, True)
        >>> _e_notation("12人"), _e_notation("完成12次")
        (False, False)
    """
    return _E_NUMBER.fullmatch(text.strip()) is not None


def _say_points_unsupported(
    state: _Scoring, item: PointItem, index: int, said: str, printed: Decimal
) -> None:
    """Add ``points-unsupported``: the actual *said* gives no figure to check *printed* by."""
    state.add(
        "points-unsupported",
        _Severity.WARNING,
        f"“{item.name}”实际完成值“{said}”无数值，无法核实填报得分{printed}（分值{item.weight}）",
        f"“{item.name}”: the actual “{said}” has no figure to check the printed points"
        f" {printed} by (weight {item.weight})",
        state.where_indicator(index, "points"),
    )


def _points_unsupported(state: _Scoring, item: PointItem, verdicts: list[Verdict]) -> None:
    """``points-unsupported``: a printed 得分 kept for an actual with no figure (rv23a H3).

    A measurable target (a comparison, a range, a deadline) whose actual is a word
    (``较好``, ``满意``, ``良好``): the verdict is unknown and the printed 得分 stands
    (``unknown: printed points``), with nothing to check it by. Not for a blank
    actual (``missing-actual``), a word on a 满意度 row (``satisfaction-not-percent``
    says it of the row), nor a 得分 of 0.
    """
    index = item.indicator
    if index is None:
        return
    if item.rule == "unknown: left out":
        _unscored_unsupported(state, item, verdicts)
        return
    if not item.rule.startswith(_PRINTED_KEPT_RULE):
        _status_points_unsupported(state, item, verdicts)
        return
    printed = item.published_points
    if printed is None or printed <= 0:
        return
    said = _word_actual(state, index, verdicts)
    if said is None:
        return
    _say_points_unsupported(state, item, index, said, printed)


def _word_actual(state: _Scoring, index: int, verdicts: list[Verdict]) -> str | None:
    """The words of an unknown row's actual that hold no figure to compare, or None.

    A measurable target (a comparison, a range, a deadline) whose actual is a word
    (``较好``, ``效果良好``); not a blank actual (``missing-actual``), nor a word on a
    满意度 row (``satisfaction-not-percent`` says it of the row).
    """
    indicator = state.table.indicators[index]
    actual = indicator.actual
    if (
        verdicts[index].attainment is not _Attainment.UNKNOWN
        or not isinstance(indicator.target, (Comparison, Range, Deadline))
        or not isinstance(actual, (QualitativeValue, TextValue, StatusValue))
        # a figure, if of another measure; not a number no float holds (1e309, q64 W3)
        or (any(char.isdigit() for char in actual.text) and not _e_notation(actual.text))
        or any(  # a survey not made, a forecast: missing-actual says why
            # 满意 on 群众满意度: satisfaction-not-percent says it of the row, once (pt27 M5)
            finding.id in ("missing-actual", "satisfaction-not-percent")
            and finding.where.indicator == index
            for finding in state.findings
        )
    ):
        return None
    return actual.text or str(actual)


def _unscored_unsupported(state: _Scoring, item: PointItem, verdicts: list[Verdict]) -> None:
    """``points-unsupported`` for a word actual left out with its 得分 blank (k32k).

    ``应急物资保障人数 | ≥10000人 | 效果良好 | 30 |`` beside rows printing their 得分:
    the row cannot be judged, so it is left out and the rest rescaled (§7), yet the
    unit reported no figure for a measurable target, which the same row with a printed
    得分 is told (score57 #7: nothing was said). Only in a table that prints 得分 (the
    unit scored the others), for a row weighing points whose 得分 cell is not unreadable
    (``malformed-points`` says that).
    """
    index = item.indicator
    table = state.table
    if (
        index is None
        or not item.weight
        or item.published_points is not None
        or not any(indicator.published_points is not None for indicator in table.indicators)
        or any(
            finding.id == "malformed-points" and finding.where.indicator == index
            for finding in table.findings
        )
    ):
        return
    said = _word_actual(state, index, verdicts)
    if said is None:
        return
    state.add(
        "points-unsupported",
        _Severity.WARNING,
        f"“{item.name}”实际完成值“{said}”无数值，无法判断是否达到年度指标，"
        f"未填写得分（分值{item.weight}），未计分",
        f"“{item.name}”: the actual “{said}” has no figure to judge the target by; no points"
        f" printed (weight {item.weight}), left out",
        state.where_indicator(index, "points"),
    )


# The units of a time limit (20个工作日内, ≤3天), and the words of an answer in time
# (按时完成): a done status answers them (score56 #3 leaves them be).
_TIME_LIMIT_UNITS: Final = frozenset(
    {"天", "日", "工作日", "个工作日", "小时", "分钟", "个月", "月", "周", "年", "个小时"}
)
_IN_TIME_WORDS: Final = ("按时", "按期", "如期", "及时", "准时", "时限")


def _status_points_unsupported(state: _Scoring, item: PointItem, verdicts: list[Verdict]) -> None:
    """``points-unsupported`` for a bare done status (``已完成``) against a figure (score56 #3).

    ``补贴机具台数 | ≥500台 | 已完成 | 20 | 20``: spec §3 calls the row met (a done status
    meets a comparison), yet no figure says how many, so the printed 得分 has nothing to
    check it by, as for ``达标`` (which is unknown). Only against a comparison or a range
    that is no time limit (a deadline, ``20个工作日内``, is answered by 已完成 or 按时完成),
    with a printed 得分 above 0; not for ``基本完成`` (its 80 % band points need no
    figure, rv23a), a row whose 偏差原因 gives the figure (``actual-from-reason``), nor a
    满意度 row (``satisfaction-not-percent`` says it of the row).
    """
    index = item.indicator
    if index is None:
        return
    indicator = state.table.indicators[index]
    actual, printed = indicator.actual, item.published_points
    if (
        not isinstance(actual, StatusValue)
        or actual.status is not Status.DONE
        or verdicts[index].attainment is not _Attainment.MET
        or not isinstance(indicator.target, (Comparison, Range))
        # 20个工作日内 with 按时完成: a time limit, which a done-in-time answers (se33)
        or indicator.target.unit in _TIME_LIMIT_UNITS
        or any(word in actual.text for word in _IN_TIME_WORDS)
        or any(char.isdigit() for char in actual.text)
        or printed is None
        or printed <= 0
        or index in state.from_reason
        or any(
            finding.id in ("missing-actual", "satisfaction-not-percent", "actual-from-reason")
            and finding.where.indicator == index
            for finding in state.findings
        )
    ):
        return
    _say_points_unsupported(state, item, index, actual.text or str(actual), printed)


def _own_label_weight(table: Table, index: int) -> Decimal | None:
    """The weight of a level-1 label over *index* alone, when the table prints no 分值.

    ``满意度指标（10分）`` over one row prints that row's own weight, as a 分值 column
    would: full points there on a miss are ``full-points-not-met`` (pt27 H6). None for a
    level 1 of several rows (the split is perftrack's) or a table with a 分值 column.
    """
    if any(indicator.weight is not None for indicator in table.indicators):
        return None
    level1 = table.indicators[index].level1 or ""
    labels = dict(table.level1_weights)
    if level1 not in labels:
        return None
    if sum(1 for indicator in table.indicators if (indicator.level1 or "") == level1) != 1:
        return None
    return labels[level1]


def _rate_full_points(item: PointItem) -> bool:
    """Whether the budget line prints its whole 分值 while the rate earns less (r36p).

    ``年度资金总额 | … | 10 | 95.00% | 10``: 95% of 10 is 9.50, and the template gives
    full points at 100% only; the 0.5 that ``points-differ`` allows for rounding hid
    it (as ``full-points-not-met`` says of an indicator, whatever the gap). Not the
    rounding of the points computed to the 得分's own precision (99.96% printed
    ``10.0``; 9.996 is 10.00 computed anyway).
    """
    printed, weight, points = item.published_points, item.weight, item.points
    if printed is None or points is None or not weight or printed != weight or points >= weight:
        return False
    exponent = printed.as_tuple().exponent
    return not (
        isinstance(exponent, int)
        and exponent < 0
        and points.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP) == printed
    )


# 扣2分, 扣除1.5分, 扣减3分, 扣了2分, 共扣2分, 扣分2分: a deduction the unit states in a
# row's 偏差原因 or 备注; the figure may be a Chinese numeral (扣两分, 扣十分, 扣半分) or a
# Chinese decimal (扣零点五分, 扣一点五分: r37a), read as the value language reads one
_DEDUCTION_RE: Final = re.compile(rf"{DEDUCTION}\s*分")
# 每降低1%扣1分, 最高扣5分: a scoring rule, no deduction taken
_DEDUCTION_RULE_WORDS: Final = ("每", "最高", "最多", "至多", "上限", "不超过")
_CLAUSE_RE: Final = re.compile(r"[,，;；。!！?？\n]")  # not ".": 1.5分


def stated_deduction(text: str) -> Decimal | None:
    """The points a row's own words say were deducted (the sum of its 扣N分), or None.

    A clause stating a rule (``每降低1%扣1分``, ``最高扣5分``) deducts nothing.

    Example:
        >>> stated_deduction("抽查发现个别点位不达标，扣2分")
        Decimal('2')
        >>> stated_deduction("资料不全扣1分；进度滞后扣除0.5分")
        Decimal('1.5')
        >>> stated_deduction("扣两分"), stated_deduction("扣除十分"), stated_deduction("扣半分")
        (Decimal('2'), Decimal('10'), Decimal('0.5'))
        >>> stated_deduction("扣零点五分"), stated_deduction("扣了2分；共扣除一点五分")
        (Decimal('0.5'), Decimal('3.5'))
        >>> stated_deduction("每降低1%扣1分") is None, stated_deduction("不扣分") is None
        (True, True)
    """
    found = [
        deducted_points(match["points"])  # None for 扣七八分 (seven or eight): no one figure
        for clause in _CLAUSE_RE.split(text)
        if not any(word in clause for word in _DEDUCTION_RULE_WORDS)
        for match in _DEDUCTION_RE.finditer(clause)
    ]
    total = sum((points for points in found if points is not None), Decimal(0))
    return total if total > 0 else None


def _deduction_not_taken(state: _Scoring, item: PointItem) -> None:
    """``deduction-not-taken``: the row says 扣N分, yet its 得分 is more than 分值 − N.

    ``清运合格率 | 20 | 20 | 抽查发现个别点位不达标，扣2分``: the unit's own reason
    deducts 2 and the 得分 printed is still the whole 20 (r36q: nothing was said, a met
    row's full points matching the points computed).
    """
    if item.indicator is None or item.published_points is None or item.weight <= 0:
        return
    indicator = state.table.indicators[item.indicator]
    deducted = stated_deduction(f"{indicator.deviation_reason}；{indicator.remarks}")
    if deducted is None or item.published_points + deducted <= item.weight:
        return
    # the 分值 as the table prints it (20, not 20.00), else the one scored with
    printed_weight = indicator.weight
    weight = (
        printed_weight
        if printed_weight is not None and printed_weight == item.weight
        else item.weight
    )
    printed, after = item.published_points, weight - deducted
    state.add(
        "deduction-not-taken",
        _Severity.WARNING,
        f"“{item.name}”说明扣{deducted}分，填报得分仍为{printed}（分值{weight}，扣后应为{after}）",
        f"“{item.name}”: its reason deducts {deducted}, yet it prints {printed}"
        f" (weight {weight}; {after} after the deduction)",
        state.where_indicator(item.indicator, "points"),
    )


def _full_points_missed(state: _Scoring, item: PointItem, verdicts: list[Verdict]) -> bool:
    """``full-points-not-met``: a target not met, and the printed 得分 is the whole 分值.

    ``full-points-partial`` for a partial one (基本完成) scored in full, when the points
    computed are more than 0.5 below it.

    Whatever the gap: 97% of ≥100% scores 9.70 of 10, within the 0.5 that
    ``points-differ`` allows for rounding, yet the table gave full marks for a miss.
    A 得分 printed with decimals that is the points computed rounded to its own
    precision (9.96 printed ``10.0``) is that rounding, and no finding.
    """
    if item.indicator is None:
        return False
    attainment = verdicts[item.indicator].attainment
    weight = state.table.indicators[item.indicator].weight
    if weight is None:
        weight = _own_label_weight(state.table, item.indicator)
    printed = item.published_points
    if weight is None or printed is None or weight <= 0 or printed != weight:
        return False
    if attainment is _Attainment.PARTIAL:
        # 基本完成 scored in full: 部分完成却得满分, beyond the rounding points-differ
        # allows; full-points-partial, a sibling (spec's full-points-not-met is for
        # not_met only, and the letter counts those as 未完成; rv23a)
        if item.points is None or printed - item.points <= Decimal("0.5"):
            return False
        computed = show(item.points)
        state.add(
            "full-points-partial",
            _Severity.WARNING,
            f"“{item.name}”部分完成却得满分（填报得分{printed}，计算得分{computed}）",
            f"“{item.name}” is partly met but scored full points ({printed}; computed {computed})",
            state.where_indicator(item.indicator, "points"),
        )
        return True
    if attainment is not _Attainment.NOT_MET:
        return False
    exponent = printed.as_tuple().exponent
    if (
        item.points is not None
        and isinstance(exponent, int)
        and exponent < 0
        and item.points.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP) == printed
    ):
        # 9.96 printed 10.0 in a one-decimal 得分 column: the rounding of the points
        # computed, not full points given for a miss
        return False
    computed = show(item.points)
    state.add(
        "full-points-not-met",
        _Severity.WARNING,
        f"“{item.name}”未完成目标却得满分（填报得分{printed}，计算得分{computed}）",
        f"“{item.name}” misses its target but scored full points ({printed}; computed {computed})",
        state.where_indicator(item.indicator, "points"),
    )
    return True


def execution_bar(card: Scorecard) -> tuple[str, Decimal | None]:
    """What a table's execution rate is judged against, and its name.

    Time progress (序时进度) for tracking tables; for a self-evaluation table the
    year-end bar ``policy.year_end_rate`` (scoring.md §5).

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
        >>> name, bar = execution_bar(card)
        >>> name, show(bar)
        ('序时进度', '66.67')
    """
    if card.table.kind is _TableKind.SELF_EVALUATION:
        return "年终执行率要求", card.policy.year_end_rate
    return "序时进度", card.time_progress


def _unread_rate_weight(table: Table) -> str | None:
    """The budget line's 分值 as printed when it was no figure (待定), else None (fuzz34 M1)."""
    for finding in table.findings:
        if (
            finding.id == "malformed-points"
            and finding.where.budget_line is not None
            and finding.message.startswith("分值“")
        ):
            return finding.message[len("分值“") :].partition("”")[0]
    return None


# The indicators' weights of the common layout, the rate's 10 apart ("90 + 10"): the
# only sum that takes the rest of 100 beside a larger default rate weight with an info.
_COMMON_INDICATORS: Final = Decimal(90)


# How far weights printed as shares of 1 may add up off 1 (three 0.33: 0.99), as a
# target table's (docs/scoring.md "Target tables").
_SHARES_SLACK: Final = Decimal("0.01")


def shares_as_points(table: Table) -> Table | None:
    """*table* with a 分值/权重 column printed as shares of 1 read as shares of 100.

    A self-evaluation or monitoring table whose printed weights (the budget line's
    included) are all 1 or less and add up to 1 within 0.01 (0.3/0.2/0.3/0.1 and 0.1
    on the budget line) wrote 100 as a whole: each weight is ×100 (policy35 H1: it
    scored 0.97 差). Printed 得分 are ×100 too when they are shares as well (each 1 or
    less), and so is the 总分 when it is (1.1 or less). None when the column is no shares
    (target tables are checked apart, where shares already pass).
    """
    if table.kind is _TableKind.TARGET:
        return None
    weights = [i.weight for i in table.indicators if i.weight is not None]
    weights += [
        line.weight
        for line in table.budget
        if line.weight is not None and line.role is not _BudgetRole.USE
    ]
    if len(weights) < 2 or not all(0 < w <= 1 for w in weights):  # noqa: PLR2004
        return None
    if abs(sum(weights, Decimal(0)) - 1) > _SHARES_SLACK:
        return None
    hundred = Decimal(100)
    rows: list[tuple[Decimal | None, Decimal | None]] = [
        (i.weight, i.published_points) for i in table.indicators
    ] + [(line.weight, line.published_points) for line in table.budget]
    printed_total = table.published.total
    # 得分 and 总分 are shares when they are 1 or less, each told by its size, not by its
    # weight: a 得分 of 0.32 on a 0.3 row is a share over its weight, to be reported as 32
    # over 30, not a sign that the column is in points (regress82 W1); a 总分 printed in
    # points (96.5) beside 得分 in shares is left as printed (regress82 S3)
    points_shares = all(points is None or points <= 1 for _, points in rows)
    total_share = printed_total is not None and printed_total <= 1 + _SHARES_SLACK * 10

    def scaled(value: Decimal | None, *, points: bool = False) -> Decimal | None:
        if value is None or (points and not points_shares):
            return value
        return (value * hundred).normalize() + Decimal(0)

    indicators = tuple(
        evolve(
            i,
            weight=scaled(i.weight),
            published_points=scaled(i.published_points, points=True),
        )
        for i in table.indicators
    )
    budget = tuple(
        evolve(
            line,
            weight=scaled(line.weight),
            published_points=scaled(line.published_points, points=True),
        )
        for line in table.budget
    )
    published = evolve(
        table.published,
        total=(printed_total * hundred).normalize() + Decimal(0)
        if total_share and printed_total is not None
        else printed_total,
    )
    return evolve(table, indicators=indicators, budget=budget, published=published)
