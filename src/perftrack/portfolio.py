"""The portfolio summary: one row per table, worst first (issue: reports).

Example:
    >>> import perftrack
    >>> cards = [perftrack.score(t) for t in perftrack.read("examples/000_7a0b2a9980fedb64.txt")]
    >>> rows = portfolio(cards)
    >>> [(row.project, row.behind, str(row.rate)[:5]) for row in rows]
    [('社区党群服务中心工作', 1, '21.76'), ('两新党建工作', 0, '67.26')]
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import frozen

from perftrack.model import Severity, TableKind
from perftrack.scoring import Attainment, Progress, execution_bar, judged_rate, whole_budget

if TYPE_CHECKING:
    from collections.abc import Iterable

    from perftrack.scoring import Scorecard

__all__ = ["PortfolioRow", "portfolio"]


@frozen
class PortfolioRow:
    """One table of a portfolio: who, how much, how far, and what is wrong.

    ``budget`` is the total line's denominator (跟踪期/全年预算数, else 年初预算数;
    without a total line, that of the only line, or of the sources added up when they
    do not nest), ``rate`` its recomputed execution rate (the printed one without
    amounts), ``time_progress`` what the rate is
    judged against (序时进度; a self-evaluation table's year-end bar), ``gap`` how
    far the rate lies below it (negative when ahead). Counts are of indicators; ``behind``
    counts progress, the others attainment. ``implementer`` is the table's 实施单位 (a
    区域 table's 资金使用单位 or 地方主管部门), which tells apart the tables of one
    department and project.
    """

    file: str | None
    sheet: str | None
    index: int
    department: str | None
    project: str | None
    budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None
    time_progress: Decimal | None
    gap: Decimal | None
    met: int
    partial: int
    pending: int
    behind: int
    not_met: int
    unknown: int
    warnings: int
    errors: int
    implementer: str | None = None

    @property
    def sort_key(self) -> tuple[int, int, int, Decimal, int]:
        """Worst first: errors, not met, behind, the rate's gap, warnings."""
        return (
            -self.errors,
            -self.not_met,
            -self.behind,
            -(self.gap or Decimal(0)),
            -self.warnings,
        )


def _row(card: Scorecard) -> PortfolioRow:
    table = card.table
    whole = whole_budget(table, card.budget)
    budget = executed = rate = None
    if whole is not None:
        line, analysis = whole.line, whole.analysis
        budget = line.period_budget if analysis.denominator == "period_budget" else line.initial
        executed = line.executed
        rate = judged_rate(line, analysis)
    gap = None
    # a target table (申报表) executes nothing yet: no rate, and no bar to judge one by
    _, bar = execution_bar(card) if table.kind is not TableKind.TARGET else (None, None)
    if rate is not None and bar is not None:
        gap = bar - rate

    def count(attainment: Attainment) -> int:
        return sum(1 for verdict in card.verdicts if verdict.attainment is attainment)

    return PortfolioRow(
        file=table.source.file,
        sheet=table.source.sheet,
        index=table.source.index,
        department=table.project.department,
        project=table.project.name,
        implementer=table.project.implementer,
        budget=budget,
        executed=executed,
        rate=rate,
        time_progress=bar,
        gap=gap,
        met=count(Attainment.MET),
        partial=count(Attainment.PARTIAL),
        pending=count(Attainment.PENDING),
        behind=sum(1 for verdict in card.verdicts if verdict.progress is Progress.BEHIND),
        not_met=count(Attainment.NOT_MET),
        unknown=count(Attainment.UNKNOWN),
        warnings=sum(1 for finding in card.findings if finding.severity is Severity.WARNING),
        errors=sum(1 for finding in card.findings if finding.severity is Severity.ERROR),
    )


def portfolio(cards: Iterable[Scorecard]) -> list[PortfolioRow]:
    """One row per scorecard, worst first (stable for ties: input order)."""
    rows = [_row(card) for card in cards]
    return sorted(rows, key=lambda row: row.sort_key)
