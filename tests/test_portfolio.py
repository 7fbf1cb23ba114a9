"""The portfolio rows behind the batch summary judge a budget the way scoring does."""

from __future__ import annotations

from decimal import Decimal

from perftrack.portfolio import portfolio
from perftrack.scoring import score
from scoring_builders import budget_line, indicator, self_evaluation_table, tracking_table


def test_a_total_of_zero_amounts_is_not_behind_whatever_rate_is_printed() -> None:
    # A published 自评表 printed its total row as 0 0 0 with 执行率 0 while the
    # appropriation below carried the money: scoring says nothing of a 0/0 total
    # (scoring.md §5), and the summary must not mark the project as behind.
    table = self_evaluation_table(
        [indicator("委托业务项目数量", "≥50个", "50")],
        [
            budget_line(initial="0", period_budget="0", executed="0", rate="0"),
            budget_line("appropriation", initial="90", period_budget="89.974", executed="89.974"),
        ],
    )
    card = score(table)
    (row,) = portfolio([card])
    assert (row.rate, row.gap) == (None, None)
    assert "budget-behind-schedule" not in {finding.id for finding in card.findings}


def test_a_total_behind_schedule_has_its_rate_and_gap() -> None:
    table = tracking_table(
        [], [budget_line(period_budget="100", executed="60", rate="60.00")], time_progress="66.67"
    )
    (row,) = portfolio([score(table)])
    assert row.rate == Decimal("60.00")
    assert row.gap == Decimal("6.67")
