"""What ``score`` returns: the scorecard, its verdicts, budget analyses and points."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Final

from attrs import frozen

from perftrack._members import fast_members
from perftrack.expressions import (
    Bound,
    Op,
    Part,
    Status,
)
from perftrack.model import (
    BudgetRole,
    BudgetSpan,
    Direction,
    Finding,
    Likelihood,
    Severity,
    Table,
    TableKind,
)
from perftrack.policy import Policy

# Member look-ups go through these namespaces (perftrack._members: on Python 3.11 each
# `Op.GE` on an enum class costs a Python-level call; the namespaces hold the same members).
_Bound = fast_members(Bound)
_BudgetRole = fast_members(BudgetRole)
_BudgetSpan = fast_members(BudgetSpan)
_Direction = fast_members(Direction)
_Likelihood = fast_members(Likelihood)
_Op = fast_members(Op)
_Part = fast_members(Part)
_Severity = fast_members(Severity)
_Status = fast_members(Status)
_TableKind = fast_members(TableKind)


class Attainment(enum.Enum):
    """Whether the annual target is reached (scoring.md §3)."""

    MET = "met"
    PARTIAL = "partial"
    NOT_MET = "not_met"
    PENDING = "pending"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"


_Attainment = fast_members(Attainment)


class Progress(enum.Enum):
    """Whether the actual keeps up with the plan for the period (scoring.md §4)."""

    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_APPLICABLE = "not_applicable"
    UNKNOWN = "unknown"


_Progress = fast_members(Progress)


@frozen
class Verdict:
    """The verdict on one indicator, with the sentence that explains it.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> v = card.verdicts[0]
        >>> v.attainment.value, v.progress.value
        ('pending', 'on_track')
    """

    indicator: int
    name: str
    attainment: Attainment
    progress: Progress
    explanation: str
    direction: Direction | None = None
    due: dt.date | None = None


@frozen
class BudgetAnalysis:
    """A budget line's recomputed execution rate and which denominator it used."""

    line: BudgetRole
    source: str
    rate_recomputed: Decimal | None
    denominator: str | None


@frozen
class PointItem:
    """One line of the points arithmetic (an indicator or the budget line)."""

    name: str
    weight: Decimal
    points: Decimal | None
    rule: str
    indicator: int | None = None
    budget_line: str | None = None
    published_points: Decimal | None = None


# The rule of a point item whose printed 得分 stands (", capped" may follow).
_PRINTED_KEPT_RULE: Final = "unknown: printed points"


@frozen
class Points:
    """Points and grade (scoring.md §7), beside what the table printed.

    ``total`` and ``grade`` are None when nothing could be scored: every item was left
    out (undecided without a printed 得分, or not applicable), so there is no base to
    rescale to 100 and no grade to give (not 0.00 差); or the weights are unknown
    (level 1s with neither a 分值 nor a default weight, ``weights-unknown``): then
    ``items`` and ``undecided`` are empty too.

    Example:
        >>> import perftrack
        >>> perftrack.Points(None, None, False, ("群众评价",), ()).shown
        '未计分（各项均无法判断）'
    """

    total: Decimal | None
    grade: str | None
    provisional: bool
    undecided: tuple[str, ...]
    items: tuple[PointItem, ...]

    @property
    def printed_kept(self) -> tuple[PointItem, ...]:
        """The items that could not be judged and count the printed 得分 as it stands.

        An undecided row with a 得分 printed keeps it (capped at its 分值), unchecked;
        the reports say how many there are and what they add up to.

        Example:
            >>> import perftrack
            >>> from decimal import Decimal
            >>> kept = perftrack.PointItem(
            ...     "群众评价", Decimal(10), Decimal(9), "unknown: printed points", 0
            ... )
            >>> met = perftrack.PointItem("新建公路", Decimal(90), Decimal(90), "comparison met", 1)
            >>> points = perftrack.Points(Decimal(99), "优", False, (), (kept, met))
            >>> [item.name for item in points.printed_kept]
            ['群众评价']
        """
        return tuple(item for item in self.items if item.rule.startswith(_PRINTED_KEPT_RULE))

    @property
    def shown(self) -> str:
        """The total and grade as the reports print them: ``92.50 优``."""
        if self.total is None and not self.items and not self.undecided:
            # no item at all: the indicators' weights are unknown (weights-unknown)
            return "未计分（分值未列且无默认权重）"
        if self.total is None:
            return "未计分（各项均无法判断）"
        return f"{self.total} {self.grade}"


@frozen
class Scorecard:
    """Everything ``score`` decides about a table.

    ``findings`` holds the reading findings first, then the scoring ones.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
        >>> card.as_of, card.time_progress
        (datetime.date(2023, 8, 31), Decimal('66.66666666666666666666666667'))
    """

    table: Table
    policy: Policy
    as_of: dt.date | None
    as_of_source: str | None
    time_progress: Decimal | None
    verdicts: tuple[Verdict, ...]
    budget: tuple[BudgetAnalysis, ...]
    findings: tuple[Finding, ...]
    points: Points | None

    def __repr__(self) -> str:
        """A one-line summary: the attainments counted, the findings, the points.

        Example:
            >>> import perftrack
            >>> perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
            <Scorecard '两新党建工作' as_of=2023-08-31 met=10 pending=2 findings=16>
        """
        attainments = [verdict.attainment for verdict in self.verdicts]
        shown = "".join(
            f" {attainment.value}={attainments.count(attainment)}"
            for attainment in Attainment
            if attainment in attainments
        )
        points = (
            f" points={self.points.total}"
            if self.points is not None and self.points.total is not None
            else ""
        )
        name = self.table.project.name or self.table.title
        return (
            f"<Scorecard {name!r} as_of={self.as_of}{shown} findings={len(self.findings)}{points}>"
        )

    def _repr_html_(self) -> str:
        """Compact HTML for notebooks (Jupyter calls this): the table with its verdicts."""
        from perftrack._html_repr import scorecard_html  # noqa: PLC0415 - loaded on first display

        return scorecard_html(self)
