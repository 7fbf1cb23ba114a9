"""Hand-built tables for the scoring tests (no reader involved).

Cells are given as the text a table would print and parsed with
``perftrack.parse_target`` / ``parse_value`` using the table's fiscal year,
so a case reads like the row it stands for:

    >>> row = indicator("培训次数", "≥3次", "2次", planned="2次")
    >>> card = score_one(row)
    >>> card.verdicts[0].attainment.value
    'pending'
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import evolve

from perftrack import parse_target, parse_value
from perftrack.expressions import TextValue
from perftrack.model import (
    BudgetLine,
    BudgetRole,
    Direction,
    Indicator,
    Judgement,
    Likelihood,
    OverallGoal,
    Period,
    Position,
    Published,
    Table,
    TableKind,
    YearMonth,
)
from perftrack.scoring import score

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from perftrack.expressions import Target, Value
    from perftrack.model import Finding
    from perftrack.policy import Policy
    from perftrack.scoring import Scorecard, Verdict

__all__ = [
    "YEAR",
    "budget_line",
    "by_id",
    "dec",
    "empty_text",
    "finding_ids",
    "indicator",
    "judgement",
    "score_one",
    "self_evaluation_table",
    "target_table",
    "tracking_table",
    "verdict_of",
]

#: The fiscal year of every hand-built table unless a case says otherwise.
YEAR = 2023

_LIKELIHOODS = {
    "确定能完成": Likelihood.CERTAIN,
    "确定能": Likelihood.CERTAIN,
    "有可能完成": Likelihood.POSSIBLE,
    "有可能": Likelihood.POSSIBLE,
    "完全不可能完成": Likelihood.IMPOSSIBLE,
    "完全不可能": Likelihood.IMPOSSIBLE,
    "不可能": Likelihood.IMPOSSIBLE,
}


def dec(value: str | int | Decimal | None) -> Decimal | None:
    """A Decimal from the printed text (``None`` stays ``None``)."""
    return None if value is None else Decimal(str(value))


def _target(text: str | Target | None, year: int | None) -> Target | None:
    if text is None or not isinstance(text, str):
        return text
    return parse_target(text, year=year)


def _value(text: str | Value | None, year: int | None) -> Value | None:
    """A value cell: ``None`` and ``""`` are an empty cell (as the readers give it)."""
    if text is None or text == "":
        return None
    if not isinstance(text, str):
        return text
    return parse_value(text, year=year)


#: Where hand-built cells stand when a case gives a row: the indicator grid
#: (name C, target D, planned E, actual F, reason G, points H) and the budget
#: block (label A, initial B, period budget C, executed D, rate E).
_GRID_COLUMNS = {"name": 3, "target": 4, "planned": 5, "actual": 6, "reason": 7, "points": 8}
_BUDGET_COLUMNS = {"label": 1, "initial": 2, "period_budget": 3, "executed": 4, "rate": 5}


def _place(
    row: int | None, printed: dict[str, object], columns: dict[str, int]
) -> tuple[Position | None, tuple[tuple[str, Position], ...]]:
    """The row's position (its first cell) and a cell for each column that printed something.

    As the readers do: an empty cell has no position of its own.
    """
    if row is None:
        return None, ()
    first = min(columns.values())
    cells = tuple(
        (name, Position("表.xlsx", "Sheet1", row, columns[name]))
        for name, text in printed.items()
        if text not in (None, "")
    )
    return Position("表.xlsx", "Sheet1", row, first), cells


def indicator(  # noqa: PLR0913 - one keyword per column of the grid
    name: str = "指标",
    target: str | Target | None = None,
    actual: str | Value | None = None,
    planned: str | Value | None = None,
    *,
    level1: str | None = "产出指标",
    level2: str | None = "数量指标",
    forecast: str | Value | None = None,
    reason: str = "",
    weight: str | int | None = None,
    points: str | int | None = None,
    direction: str | None = None,
    likelihood: str | None = None,
    unit: str | None = None,
    year: int | None = YEAR,
    row: int | None = None,
) -> Indicator:
    """One 三级指标 row; cells are printed text parsed for the fiscal *year*.

    ``direction`` is the printed 指标方向性 (``正向``/``反向``), ``likelihood``
    the printed 完成目标可能性, ``row`` a 1-based row that places the printed
    cells (name in column C, target D, planned E, actual F, reason G, points H).
    """
    printed = {
        "target": target,
        "planned": planned,
        "actual": actual,
        "reason": reason,
        "points": points,
    }
    position, cells = _place(row, printed, _GRID_COLUMNS)
    return Indicator(
        name=name,
        level1=level1,
        level2=level2,
        raw_name=name,
        target=_target(target, year),
        planned=_value(planned, year),
        actual=_value(actual, year),
        forecast=_value(forecast, year),
        likelihood=_LIKELIHOODS.get(likelihood) if likelihood else None,
        likelihood_text=likelihood,
        direction={"正向": Direction.HIGHER, "反向": Direction.LOWER}.get(direction or ""),
        deviation_reason=reason,
        weight=dec(weight),
        published_points=dec(points),
        unit=unit,
        position=position,
        cells=cells,
    )


def budget_line(  # noqa: PLR0913 - one keyword per column of the budget block
    role: str = "total",
    *,
    initial: str | None = None,
    period_budget: str | None = None,
    planned: str | None = None,
    executed: str | None = None,
    rate: str | None = None,
    forecast: str | None = None,
    weight: str | int | None = None,
    points: str | int | None = None,
    source: str | None = None,
    row: int | None = None,
) -> BudgetLine:
    """A budget row with amounts as printed (strings keep their digits)."""
    labels = {
        "total": "年度资金总额",
        "appropriation": "其中：当年财政拨款",
        "carried_over": "上年结转资金",
        "other": "其他资金",
    }
    printed = {
        "initial": initial,
        "period_budget": period_budget,
        "executed": executed,
        "rate": rate,
    }
    position, cells = _place(row, printed, _BUDGET_COLUMNS)
    return BudgetLine(
        role=BudgetRole(role),
        source=source or labels[role],
        initial=dec(initial),
        period_budget=dec(period_budget),
        planned=dec(planned),
        executed=dec(executed),
        rate=dec(rate),
        forecast=dec(forecast),
        weight=dec(weight),
        published_points=dec(points),
        position=position,
        cells=cells,
    )


def judgement(budget: str | None = None, goal: str | None = None) -> Judgement:
    """绩效跟踪总体判断 from the printed words (``确定能完成``, ``有可能``…)."""
    return Judgement(
        budget_completion=budget,
        budget_likelihood=_LIKELIHOODS.get(budget) if budget else None,
        goal_completion=goal,
        goal_likelihood=_LIKELIHOODS.get(goal) if goal else None,
    )


def tracking_table(  # noqa: PLR0913 - the parts of a tracking table
    indicators: Iterable[Indicator] = (),
    budget: Iterable[BudgetLine] = (),
    *,
    period: tuple[int, int, int, int] | None = (YEAR, 1, YEAR, 8),
    judgement: Judgement | None = None,
    corrective: str = "",
    time_progress: str | None = None,
    kind: TableKind = TableKind.TRACKING,
    published: Published | None = None,
    level1_weights: Sequence[tuple[str, int | str]] = (),
) -> Table:
    """A 绩效跟踪表; ``period`` is (start year, start month, end year, end month)."""
    return Table(
        kind=kind,
        title={
            TableKind.TRACKING: "财政项目支出绩效跟踪表",
            TableKind.SELF_EVALUATION: "项目支出绩效自评表",
            TableKind.TARGET: "项目绩效目标申报表",
        }[kind],
        period=None
        if period is None
        else Period(YearMonth(period[0], period[1]), YearMonth(period[2], period[3])),
        budget_unit="万元",
        budget=tuple(budget),
        indicators=tuple(indicators),
        judgement=judgement,
        corrective_measures=corrective,
        published=published or Published(),
        time_progress=dec(time_progress),
        level1_weights=tuple((name, Decimal(str(w))) for name, w in level1_weights),
    )


def self_evaluation_table(  # noqa: PLR0913 - the parts of a self-evaluation table
    indicators: Iterable[Indicator] = (),
    budget: Iterable[BudgetLine] = (),
    *,
    year: int = YEAR,
    total: str | None = None,
    grade: str | None = None,
    level1_weights: Sequence[tuple[str, int | str]] = (),
) -> Table:
    """A 绩效自评表 of *year* (its period is the whole year), with the printed 总分/等级."""
    return tracking_table(
        indicators,
        budget,
        period=(year, 1, year, 12),
        kind=TableKind.SELF_EVALUATION,
        published=Published(dec(total), grade),
        level1_weights=level1_weights,
    )


def target_table(indicators: Iterable[Indicator] = (), *, year: int = YEAR) -> Table:
    """A 绩效目标申报表: targets and weights, no actual column, and its 年度总体目标.

    A target table with no 年度总体目标 at all raises ``missing-overall-goal``
    (target21 H6); the tables built here state one.
    """
    table = tracking_table(indicators, period=(year, 1, year, 12), kind=TableKind.TARGET)
    return evolve(table, overall_goal=OverallGoal("完成年度建设任务"))


def score_one(
    row: Indicator,
    *,
    policy: Policy | None = None,
    period: tuple[int, int, int, int] | None = (YEAR, 1, YEAR, 8),
    kind: TableKind = TableKind.TRACKING,
) -> Scorecard:
    """Score a tracking table (or *kind*) holding just *row*."""
    table = tracking_table([row], period=period, kind=kind)
    return score(table, policy=policy)


def verdict_of(
    row: Indicator,
    *,
    policy: Policy | None = None,
    period: tuple[int, int, int, int] | None = (YEAR, 1, YEAR, 8),
    kind: TableKind = TableKind.TRACKING,
) -> Verdict:
    """The verdict on *row* alone in a table."""
    return score_one(row, policy=policy, period=period, kind=kind).verdicts[0]


def finding_ids(card: Scorecard) -> list[str]:
    """The ids of a scorecard's findings, in order."""
    return [finding.id for finding in card.findings]


def by_id(card: Scorecard, finding_id: str) -> list[Finding]:
    """The findings of one id."""
    return [finding for finding in card.findings if finding.id == finding_id]


def empty_text() -> Value:
    """An actual cell that holds only white space (a TextValue with no text)."""
    return TextValue("")
