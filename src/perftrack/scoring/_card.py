"""What ``score`` returns: the scorecard, its verdicts, budget analyses and points."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from attrs import field, frozen

from perftrack._errors import nest_quotes, shorten_quotes
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


def _shortened(explanation: str) -> str:
    """An explanation with its nested quotes made single and each long quoted cell cut.

    As a finding's message is (:func:`~perftrack._errors.nest_quotes`, then
    :func:`~perftrack._errors.shorten_quotes`; r37t G).
    """
    # a wrong type is kept, for to_json to name (perftrack's classes convert nothing)
    if not isinstance(explanation, str):
        return explanation  # type: ignore[unreachable]
    return shorten_quotes(nest_quotes(explanation))


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
    # a huge cell it quotes is quoted by its head (``“…”`` over 80 characters, r34l)
    explanation: str = field(converter=_shortened)
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
    #: The weights the total is counted against when they are not 100: the rest after
    #: the items left out when the total was rescaled to 100 (``rescaled``), else the
    #: weights added (110, 80), the total kept as computed and graded on its share of
    #: them (k32k: 82.75 of 110 is 75.23%, 中, not 良). None when the weights are 100.
    out_of: Decimal | None = None
    #: Whether the total was rescaled to 100 from ``out_of`` (10号: items left out).
    rescaled: bool = False

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
    def note(self) -> str:
        """Why the total is not the points added out of 100, or ``""`` (k32k).

        Said beside the total on the reports' points line: what was left out and the
        rest rescaled to 100, or weights of another sum than 100 and the share graded.

        Example:
            >>> import perftrack
            >>> from decimal import Decimal
            >>> na = perftrack.PointItem("合格率", Decimal(20), None, "not_applicable", 0)
            >>> met = perftrack.PointItem("批次", Decimal(80), Decimal(80), "comparison met", 1)
            >>> perftrack.Points(
            ...     Decimal(100), "优", False, (), (na, met), Decimal(80), rescaled=True
            ... ).note
            '其中20分（不适用1项）未计分，按其余80分折算为100分'
            >>> perftrack.Points(Decimal(80), "优", False, (), (met,), Decimal(80)).note
            '各项分值合计80分，不足100分，未折算，按得分率100.00%定级'
        """
        out_of = self.out_of
        if self.total is None or out_of is None or out_of <= 0:
            return ""
        if self.rescaled:
            left = [item for item in self.items if item.points is None]
            if not left:
                # a level 1 without indicators, labels of another sum: missing-category
                # and weights-not-100 say why
                return f"按各项权重合计{_weight_said(out_of)}分折算为100分"
            kinds = [
                f"{what}{count}项"
                for what, count in (
                    ("不适用", sum(item.rule == "not_applicable" for item in left)),
                    ("无法判断", sum(item.rule != "not_applicable" for item in left)),
                )
                if count
            ]
            dropped = sum((item.weight for item in left), Decimal(0))
            head = f"其中{_weight_said(dropped)}分（" if dropped else "其中（"
            return f"{head}{'、'.join(kinds)}）未计分，按其余{_weight_said(out_of)}分折算为100分"
        side = "超过" if out_of > _FULL_MARKS else "不足"
        share = (self.total * _FULL_MARKS / out_of).quantize(Decimal("0.01"), ROUND_HALF_UP)
        return f"各项分值合计{_weight_said(out_of)}分，{side}100分，未折算，按得分率{share}%定级"

    @property
    def as_is(self) -> Decimal:
        """The total as it stands without the note's arithmetic, to the cent (k32k).

        The rows left out counted 0 (the points added over all the weights, as a unit
        that prints no 得分 for them adds up), when the total was rescaled for them;
        otherwise the total itself (weights of 110 or 80: the points added). 0 without
        a total.

        Example:
            >>> import perftrack
            >>> from decimal import Decimal
            >>> na = perftrack.PointItem("合格率", Decimal(50), None, "not_applicable", 0)
            >>> met = perftrack.PointItem("批次", Decimal(50), Decimal(50), "comparison met", 1)
            >>> perftrack.Points(
            ...     Decimal(100), "优", False, (), (na, met), Decimal(50), rescaled=True
            ... ).as_is
            Decimal('50.00')
        """
        if self.total is None:
            return Decimal(0)
        if not self.rescaled:
            return self.total
        full = sum((item.weight for item in self.items), Decimal(0))
        scored = sum((item.points for item in self.items if item.points is not None), Decimal(0))
        if full <= 0:
            return self.total
        return (scored * _FULL_MARKS / full).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def regraded(self) -> bool:
        """Whether the note moves the grade from that of the total as it stands (k32k).

        Weights of 110 or 80 graded on their share (82.75 of 110 is 中, not 良), or rows
        of the grid left out and the rest rescaled (50.00 差 with them at 0, 100.00 优
        rescaled). Not the execution rate alone left out for want of a budget.

        Example:
            >>> import perftrack
            >>> from decimal import Decimal
            >>> item = perftrack.PointItem("批次", Decimal(110), Decimal("82.75"), "comparison", 0)
            >>> perftrack.Points(Decimal("82.75"), "中", False, (), (item,), Decimal(110)).regraded
            True
        """
        if self.total is None or self.out_of is None or self.grade is None:
            return False
        if self.rescaled and all(
            item.indicator is None for item in self.items if item.points is None
        ):
            return False
        return grade_of(self.as_is) != self.grade

    @property
    def shown(self) -> str:
        """The total and grade as the reports print them: ``92.50 优``.

        The ``note`` follows in brackets when there is one (k32k):
        ``100.00 优（其中50分（不适用1项、无法判断1项）未计分，按其余50分折算为100分）``.
        """
        if self.total is None and not self.items and not self.undecided:
            # no item at all: the indicators' weights are unknown (weights-unknown)
            return "未计分（分值未列且无默认权重）"
        if self.total is None:
            return "未计分（各项均无法判断）"
        note = self.note
        return f"{self.total} {self.grade}" + (f"（{note}）" if note else "")


# The full marks of a table (scoring.md §7): grades are bands of 100.
_FULL_MARKS: Final = Decimal(100)


def grade_of(total: Decimal) -> str:
    """The grade (优, 良, 中, 差) a total of points earns (scoring.md §7).

    >>> [grade_of(Decimal(n)) for n in (90, 89.99, 80, 60, 59)]
    ['优', '良', '良', '中', '差']
    """
    if total >= 90:  # noqa: PLR2004
        return "优"
    if total >= 80:  # noqa: PLR2004
        return "良"
    if total >= 60:  # noqa: PLR2004
        return "中"
    return "差"


def _weight_said(weight: Decimal) -> str:
    """A weight as messages print it: whole numbers without decimals (``50``, ``16.5``).

    >>> _weight_said(Decimal("50.00")), _weight_said(Decimal("16.50"))
    ('50', '16.5')
    """
    return format(weight.normalize(), "f")


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
