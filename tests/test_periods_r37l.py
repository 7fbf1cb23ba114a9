"""Periods left over from r37c: terms with printed months, other spellings of a period.

1. A school term's printed months win over the assumed ones (r37c assumed 2月至7月):
   ``跟踪时段：2025年2月-8月`` under a ``2024-2025学年第二学期…跟踪表`` title was a window
   not from January (``period-not-cumulative``, no as-of date) with a
   ``period-title-mismatch`` for the assumed July; ``2024-2025学年第二学期（2月-8月）``
   dropped the 8月 for 7月; ``第二学期（2月-8月）`` on its own was ``period-unread``.
   The printed months are now the term's window: as of their end, 序时进度 the share of
   them gone. A term alone on the line takes the title's school year (or year), and
   ``2024-2025年第二学期`` / ``2024学年第一学期`` are read as ``2024-2025学年…``.
2. Other spellings of a period line: ``2024年上半年度`` was the whole year (its 年度 the
   year's end), ``2024年度（上半年）`` too; ``前两季度``, ``前三个季度``, ``前半年`` and
   ``1月份-6月份`` were ``period-unread``.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import perftrack
from perftrack.model import Period, YearMonth, is_school_term
from period_tables import TITLE
from period_tables import term_table as _table


def _card(line: str, title: str = TITLE, as_of: str | None = None) -> perftrack.Scorecard:
    policy = perftrack.Policy(as_of=dt.date.fromisoformat(as_of)) if as_of else None
    return perftrack.score(_table(line, title), policy=policy)


def _dates(table: perftrack.Table, card: perftrack.Scorecard) -> tuple[str, ...]:
    assert table.period is not None
    progress = card.time_progress
    return (
        str(table.period.start),
        str(table.period.end),
        str(card.as_of),
        "None" if progress is None else f"{progress:.2f}",
    )


def _period_findings(card: perftrack.Scorecard) -> list[tuple[str, str]]:
    return [
        (f.id, f.message) for f in card.findings if f.id.startswith(("period", "time-progress"))
    ]


# -- 1. a term's printed months -----------------------------------------------------

_SECOND_TITLE = "2024-2025学年第二学期学生资助项目绩效跟踪表"
_YEAR_TITLE = "2024-2025学年学生资助项目绩效跟踪表"
_TO_AUGUST = [
    ("not_met", "截止日期2025-06-30已到，实际“推进中”"),
    ("met", "实际“已完成”，已完成（截止2025-01-31）"),
    ("not_met", "实际600人，未达年度指标≥1200人"),
]
_FIRST_TERM_SPANS = (
    "period-spans-years",
    (
        "{source}跨年度（2024年9月至2025年{end}月），按一个学期（{months}个月）评价："
        "序时进度按学期内已过月数计，未写年份的截止日期取学年内的月份"
    ),
)

PRINTED_TERMS = [
    pytest.param(
        ("跟踪时段：2025年2月-8月", _SECOND_TITLE),
        None,
        ("2025-02", "2025-08", "2025-08-31", "100.00"),
        _TO_AUGUST,
        [],
        id="second-term-title-line-to-august",
    ),
    pytest.param(
        ("跟踪时段：2025年2月-8月", _SECOND_TITLE),
        "2025-05-31",
        ("2025-02", "2025-08", "2025-05-31", "57.14"),
        [
            ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ("met", "实际“已完成”，已完成（截止2025-01-31）"),
            ("pending", "实际600人，未达年度指标≥1200人，距学期末（2025-08-31）尚有时间"),
        ],
        [],
        id="second-term-to-august-as-of-may",
    ),
    pytest.param(
        ("跟踪时段：2025年2月-8月", _YEAR_TITLE),
        None,
        ("2025-02", "2025-08", "2025-08-31", "100.00"),
        _TO_AUGUST,
        [],
        id="school-year-title-term-months",
    ),
    pytest.param(
        ("跟踪时段：第二学期（2月-8月）", _YEAR_TITLE),
        None,
        ("2025-02", "2025-08", "2025-08-31", "100.00"),
        _TO_AUGUST,
        [],
        id="term-alone-of-the-title-school-year",
    ),
    pytest.param(
        ("跟踪时段：第二学期（2月-8月）", "2025年学生资助项目绩效跟踪表"),
        None,
        ("2025-02", "2025-08", "2025-08-31", "100.00"),
        _TO_AUGUST,
        [],
        id="term-alone-of-the-title-year",
    ),
    pytest.param(
        ("跟踪时段：2024-2025学年第二学期（2月-8月）", TITLE),
        None,
        ("2025-02", "2025-08", "2025-08-31", "100.00"),
        _TO_AUGUST,
        [],
        id="term-line-months-without-year",
    ),
    pytest.param(
        ("跟踪时段：2024-2025学年第二学期（2025年2月-8月）", TITLE),
        "2025-04-30",
        ("2025-02", "2025-08", "2025-04-30", "42.86"),
        [
            ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ("met", "实际“已完成”，已完成（截止2025-01-31）"),
            ("pending", "实际600人，未达年度指标≥1200人，距学期末（2025-08-31）尚有时间"),
        ],
        [],
        id="term-line-months-with-year",
    ),
    pytest.param(
        ("跟踪时段：2024/09-2025/01", "2024-2025学年第一学期学生资助项目绩效跟踪表"),
        None,
        ("2024-09", "2025-01", "2025-01-31", "100.00"),
        [
            ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ("met", "实际“已完成”，已完成（截止2025-01-31）"),
            ("not_met", "实际600人，未达年度指标≥1200人"),
        ],
        [
            (
                _FIRST_TERM_SPANS[0],
                _FIRST_TERM_SPANS[1].format(source="跟踪时段“2024/09-2025/01”", end=1, months=5),
            )
        ],
        id="first-term-title-slash-months",
    ),
    pytest.param(
        ("跟踪时段：2024.9—2025.2", "2024-2025学年第一学期学生资助项目绩效跟踪表"),
        "2024-12-31",
        ("2024-09", "2025-02", "2024-12-31", "66.67"),
        [
            ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ("met", "实际“已完成”，已完成（截止2025-01-31）"),
            ("pending", "实际600人，未达年度指标≥1200人，距学期末（2025-02-28）尚有时间"),
        ],
        [
            (
                _FIRST_TERM_SPANS[0],
                _FIRST_TERM_SPANS[1].format(source="跟踪时段“2024.9—2025.2”", end=2, months=6),
            )
        ],
        id="first-term-to-february-dotted",
    ),
    pytest.param(
        ("跟踪时段：2024年9月至2025年1月", "2024学年第一学期学生资助项目绩效跟踪表"),
        None,
        ("2024-09", "2025-01", "2025-01-31", "100.00"),
        [
            ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ("met", "实际“已完成”，已完成（截止2025-01-31）"),
            ("not_met", "实际600人，未达年度指标≥1200人"),
        ],
        [
            (
                _FIRST_TERM_SPANS[0],
                _FIRST_TERM_SPANS[1].format(
                    source="跟踪时段“2024年9月至2025年1月”", end=1, months=5
                ),
            )
        ],
        id="school-year-of-its-first-year",
    ),
]


@pytest.mark.parametrize(("source", "as_of", "dates", "verdicts", "findings"), PRINTED_TERMS)
def test_printed_term_months_win(
    source: tuple[str, str],
    as_of: str | None,
    dates: tuple[str, ...],
    verdicts: list[tuple[str, str]],
    findings: list[tuple[str, str]],
) -> None:
    line, title = source  # the period line, and the title over it
    table = _table(line, title)
    policy = perftrack.Policy(as_of=dt.date.fromisoformat(as_of)) if as_of else None
    card = perftrack.score(table, policy=policy)
    assert is_school_term(table.period)
    assert _dates(table, card) == dates
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == verdicts
    # no assumed months to note (period-school-term), no title mismatch for them, and a
    # window with a date (no period-not-cumulative)
    assert _period_findings(card) == findings


def test_term_line_under_another_terms_title_is_a_mismatch() -> None:
    """A first term's months under a second term's title: said, and read as a window."""
    table = _table("跟踪时段：2024年9月-2025年1月", _SECOND_TITLE)
    card = perftrack.score(table)
    assert not is_school_term(table.period)
    assert _dates(table, card) == ("2024-09", "2025-01", "None", "None")
    assert _period_findings(card)[0] == (
        "period-title-mismatch",
        (
            "跟踪时段“2024年9月-2025年1月”与标题“2024-2025学年第二学期学生资助项目绩效跟踪表”"
            "的第二学期（2025年2月至2025年7月）不符，按跟踪时段评价"
        ),
    )


def test_term_months_without_school_words_stay_a_window() -> None:
    """2025年2月-8月 with no 学期 or 学年 anywhere: no term, a window of no date (r35q)."""
    table = _table("跟踪时段：2025年2月-8月")
    card = perftrack.score(table)
    assert not is_school_term(table.period)
    assert _dates(table, card) == ("2025-02", "2025-08", "None", "None")
    assert [f for f, _ in _period_findings(card)] == ["period-not-cumulative"]


@pytest.mark.parametrize(
    ("line", "dates", "term"),
    [
        pytest.param(
            "跟踪时段：2024-2025年第二学期",
            ("2025-02", "2025-07", "2025-07-31", "100.00"),
            "第二学期",
            id="two-years-without-xuenian",
        ),
        pytest.param(
            "跟踪时段：2024学年第一学期",
            ("2024-09", "2025-01", "2025-01-31", "100.00"),
            "第一学期",
            id="school-year-by-first-year",
        ),
    ],
)
def test_other_spellings_of_a_term(line: str, dates: tuple[str, ...], term: str) -> None:
    table = _table(line)
    card = perftrack.score(table)
    assert _dates(table, card) == dates
    [note] = [f for f in card.findings if f.id == "period-school-term"]
    months = f"{dates[0][:4]}年{int(dates[0][5:])}月至{dates[1][:4]}年{int(dates[1][5:])}月"
    assert note.message == (
        f"跟踪时段“{line.split('：')[1]}”未写起止月份，按{term}通常的起止月份（{months}）评价"
        "（第一学期按9月至次年1月、第二学期按2月至7月），以学期为评价时段，序时进度按学期内已过月数计"
    )


def test_printed_term_keeps_its_term_in_json() -> None:
    """The term a title names over printed months is written, and read back."""
    table = _table("跟踪时段：2025年2月-8月", _SECOND_TITLE)
    assert table.period is not None
    assert table.period.term == "第二学期"
    data = json.loads(perftrack.to_json(table))
    assert data["tables"][0]["period"] == {
        "start": "2025-02",
        "end": "2025-08",
        "text": "跟踪时段：2025年2月-8月",
        "term": "第二学期",
    }
    [back] = perftrack.from_json(perftrack.to_json(table))
    assert back.period is not None
    assert back.period.term == "第二学期"
    assert is_school_term(back.period)
    # a period with no term writes none
    plain = json.loads(perftrack.to_json(_table("跟踪时段：2024年1-6月")))
    assert "term" not in plain["tables"][0]["period"]


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period(YearMonth(2025, 2), YearMonth(2025, 8), term="第二学期"), True),
        (Period(YearMonth(2025, 3), YearMonth(2025, 6), term="第二学期"), True),
        (Period(YearMonth(2024, 8), YearMonth(2024, 12), term="第一学期"), True),
        (Period(YearMonth(2024, 9), YearMonth(2025, 2), text="第一学期"), True),
        (Period(YearMonth(2025, 1), YearMonth(2025, 7), term="第二学期"), False),
        (Period(YearMonth(2025, 2), YearMonth(2025, 10), term="第二学期"), False),
        (Period(YearMonth(2024, 9), YearMonth(2025, 3), term="第一学期"), False),
        (Period(YearMonth(2025, 2), YearMonth(2025, 8)), False),
    ],
)
def test_term_months(period: Period, expected: bool) -> None:  # noqa: FBT001
    assert is_school_term(period) is expected


# -- 2. other spellings of a period line ------------------------------------------------

_HALF = ("2024-01", "2024-06", "2024-06-30", "50.00")
_THREE = ("2024-01", "2024-09", "2024-09-30", "75.00")

SPELLINGS = [
    # r37l: these were the whole year (as of 2024-12-31, 100%) or period-unread
    pytest.param("跟踪时段：2024年上半年度", _HALF, id="half-year-with-du"),
    pytest.param("跟踪时段：2024年度上半年度", _HALF, id="year-du-half-year-du"),
    pytest.param("跟踪时段：2024年度（上半年）", _HALF, id="year-then-half-in-brackets"),
    pytest.param("跟踪时段：2024年（前三季度）", _THREE, id="year-then-quarters-in-brackets"),
    pytest.param("跟踪时段：2024年前半年", _HALF, id="front-half-year"),
    pytest.param("跟踪时段：2024年前两季度", _HALF, id="two-quarters-liang"),
    pytest.param("跟踪时段：2024年前三个季度", _THREE, id="three-quarters-ge"),
    pytest.param("跟踪时段：2024年1月份-6月份", _HALF, id="months-with-fen"),
    # read before, kept
    pytest.param("跟踪时段：2024年度上半年", _HALF, id="year-du-half-year"),
    pytest.param("跟踪时段：2024年1-6月", _HALF, id="months"),
    pytest.param("跟踪时段：截至2024年6月30日", _HALF, id="until-a-day"),
    pytest.param("跟踪时段：2024年第二季度", _HALF, id="second-quarter-cumulative"),
    pytest.param("跟踪时段：2024年半年度", _HALF, id="half-year-du"),
    pytest.param(
        "跟踪时段：2024年下半年度", ("2024-01", "2024-12", "2024-12-31", "100.00"), id="second-half"
    ),
    pytest.param(
        "跟踪时段：2024年度", ("2024-01", "2024-12", "2024-12-31", "100.00"), id="whole-year"
    ),
]


@pytest.mark.parametrize(("line", "dates"), SPELLINGS)
def test_period_spellings(line: str, dates: tuple[str, ...]) -> None:
    table = _table(line)
    card = perftrack.score(table)
    assert _dates(table, card) == dates
    assert _period_findings(card) == []
    expected = (
        [
            ("not_met", "截止日期2024-06-30已到，实际“推进中”"),
            ("met", "实际“已完成”，已完成（截止2024-01-31）"),
            ("pending", "实际600人，未达年度指标≥1200人，距年底尚有时间"),
        ]
        if dates == _HALF
        else None
    )
    if expected is not None:
        assert [(v.attainment.value, v.explanation) for v in card.verdicts] == expected


@pytest.mark.parametrize(
    "line",
    ["跟踪时段：2024/09-2025/01", "跟踪时段：2024.9—2025.1", "跟踪时段：2024年9月至2025年1月"],
)
def test_window_across_the_year_end_outside_a_school_table(line: str) -> None:
    """September to January with no school word: a window of no date, as r35q reads it."""
    table = _table(line)
    card = perftrack.score(table)
    assert _dates(table, card) == ("2024-09", "2025-01", "None", "None")
    assert [f for f, _ in _period_findings(card)] == ["period-spans-years", "period-not-cumulative"]
