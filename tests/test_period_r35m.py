"""The period line's dates, its span and its agreement with the column headers (r35m).

Left by r35i's round on the as-of date:

- an impossible day (``2024年2月30日``, ``6月31日``) was passed over silently: the month is
  still read to its end, and ``period-date-invalid`` says so at the line's cell;
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.test_period_r35i import BARE_TITLE, tracking_tsv

import perftrack
from perftrack.scoring import show


def score(title: str, period_line: str) -> perftrack.Scorecard:
    (table,) = perftrack.read_text(tracking_tsv(title, period_line), format="text")
    return perftrack.score(table)


def found(card: perftrack.Scorecard, finding_id: str) -> list[tuple[str | None, str]]:
    return [(f.where.cell, f.message) for f in card.findings if f.id == finding_id]


@pytest.mark.parametrize(
    ("period_line", "as_of", "time_progress", "messages"),
    [
        pytest.param(
            "跟踪时段：2024年1月1日-2024年2月30日",
            dt.date(2024, 2, 29),
            "16.67",
            [
                (
                    "跟踪时段“2024年1月1日-2024年2月30日”中的日期“2024年2月30日”不存在"
                    "（2024年2月只有29天），按2月底（2024-02-29）评价"
                )
            ],
            id="february-30",
        ),
        pytest.param(
            "跟踪时段：2023年1月1日-2023年2月29日",
            dt.date(2023, 2, 28),
            "16.67",
            [
                (
                    "跟踪时段“2023年1月1日-2023年2月29日”中的日期“2023年2月29日”不存在"
                    "（2023年2月只有28天），按2月底（2023-02-28）评价"
                )
            ],
            id="no-leap-day",
        ),
        pytest.param(
            "监控期间：2024-01-01至2024-06-31",
            dt.date(2024, 6, 30),
            "50.00",
            [
                (
                    "监控期间“2024-01-01至2024-06-31”中的日期“2024年6月31日”不存在"
                    "（2024年6月只有30天），按6月底（2024-06-30）评价"
                )
            ],
            id="june-31-iso",
        ),
        pytest.param(
            "跟踪时段：2024年1月32日-2024年6月30日",
            dt.date(2024, 6, 30),
            "50.00",
            [
                (
                    "跟踪时段“2024年1月32日-2024年6月30日”中的日期“2024年1月32日”不存在"
                    "（2024年1月只有31天），按2024年1月起算"
                )
            ],
            id="first-day-past-month",
        ),
        # Days that exist: nothing to say.
        pytest.param(
            "跟踪时段：2024年1月1日-2024年2月29日", dt.date(2024, 2, 29), "16.67", [], id="leap"
        ),
        pytest.param(
            "跟踪时段：2024年1月1日-6月30日", dt.date(2024, 6, 30), "50.00", [], id="june"
        ),
        pytest.param("跟踪时段：2024.1.1-2024.6.30", dt.date(2024, 6, 30), "50.00", [], id="dots"),
    ],
)
def test_impossible_day_of_a_period_line(
    period_line: str, as_of: dt.date, time_progress: str, messages: list[str]
) -> None:
    card = score(BARE_TITLE, period_line)
    assert card.as_of == as_of
    assert card.time_progress is not None
    assert show(card.time_progress) == time_progress
    assert found(card, "period-date-invalid") == [("A2", message) for message in messages]
    assert found(card, "period-unread") == []
