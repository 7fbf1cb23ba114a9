"""Period and as-of leftovers of r37l and r37c.

1. Quarters listed one by one on a period line (``2024年度第一、二季度``,
   ``2024年一、二季度``, ``1、2、3季度``) were ``period-unread`` (or ``period-missing``):
   they are the range of them, January to the last quarter's end, as ``前两季度`` is.
2. A ``--as-of`` date inside the period summed every quarter column of a budget line
   with no period 执行数 (r37c documented it as not done): the execution is now the
   quarters ended by that date, set against that date's 序时进度, with
   ``budget-quarters-to-date`` naming the quarters left out.
3. A term tracked to a date inside it (``2025年2月-5月`` under a ``…第二学期…`` title) was
   a window of no date with ``period-title-mismatch``: it is the term to date, as of
   the line's last month, 序时进度 by the term's months, with ``period-term-to-date``.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import perftrack
from perftrack.checking import FINDING_IDS
from perftrack.model import is_school_term
from perftrack.report import scorecard_text
from perftrack.reports._common import budget_cells
from period_tables import TITLE
from period_tables import term_table as _table
from test_periods_r37l import _dates, _period_findings

SECOND_TITLE = "2024-2025学年第二学期学生资助项目绩效跟踪表"
FIRST_TITLE = "2024-2025学年第一学期学生资助项目绩效跟踪表"
QUARTERS = ["一季度执行数", "二季度执行数", "三季度执行数", "四季度执行数"]


def _score(table: perftrack.Table, as_of: str | None = None) -> perftrack.Scorecard:
    policy = perftrack.Policy(as_of=dt.date.fromisoformat(as_of)) if as_of else None
    return perftrack.score(table, policy=policy)


# -- 1. quarters listed one by one ----------------------------------------------------

_HALF = ("2024-01", "2024-06", "2024-06-30", "50.00")
_THREE = ("2024-01", "2024-09", "2024-09-30", "75.00")
_HALF_VERDICTS = [
    ("not_met", "截止日期2024-06-30已到，实际“推进中”"),
    ("met", "实际“已完成”，已完成（截止2024-01-31）"),
    ("pending", "实际600人，未达年度指标≥1200人，距年底尚有时间"),
]


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        pytest.param("跟踪时段：2024年度第一、二季度", _HALF, id="year-du-first-second"),
        pytest.param("跟踪时段：2024年一、二季度", _HALF, id="first-second"),
        pytest.param("跟踪时段：2024年第一、第二季度", _HALF, id="di-each"),
        pytest.param("跟踪时段：2024年一季度、二季度", _HALF, id="jidu-each"),
        pytest.param("跟踪时段：2024年1、2、3季度", _THREE, id="figures-three"),
        pytest.param("跟踪时段：2024年一，二，三季度", _THREE, id="full-width-commas"),
        pytest.param("跟踪时段：2024年第1、2、3季度", _THREE, id="di-figures"),
    ],
)
def test_listed_quarters_are_their_range(line: str, dates: tuple[str, ...]) -> None:
    table = _table(line)
    card = _score(table)
    assert _dates(table, card) == dates
    assert _period_findings(card) == []
    [*_, count] = card.verdicts
    end = "2024-06-30" if dates == _HALF else "2024-09-30"
    assert count.attainment.value == "pending"
    assert count.explanation == "实际600人，未达年度指标≥1200人，距年底尚有时间"
    assert table.period is not None
    assert str(card.as_of) == end


def test_first_and_second_quarters_verdicts() -> None:
    """2024年一、二季度 is judged as of June, as 2024年前两季度 is."""
    listed = _score(_table("跟踪时段：2024年一、二季度"))
    spelled = _score(_table("跟踪时段：2024年前两季度"))
    assert [(v.attainment.value, v.explanation) for v in listed.verdicts] == [
        (v.attainment.value, v.explanation) for v in spelled.verdicts
    ]
    assert [(v.attainment.value, v.explanation) for v in listed.verdicts] == _HALF_VERDICTS


def test_skipped_quarter_is_still_unread() -> None:
    card = _score(_table("跟踪时段：2024年一、三季度"))
    assert _period_findings(card) == [
        ("period-unread", "跟踪时段“2024年一、三季度”无法识别，进度无法判断")
    ]


def test_listed_later_quarters_are_a_window() -> None:
    """二、三季度 is April to September, as 2-3季度 is: a window of no date."""
    table = _table("跟踪时段：2024年二、三季度")
    card = _score(table)
    assert _dates(table, card) == ("2024-04", "2024-09", "None", "None")
    assert [f for f, _ in _period_findings(card)] == ["period-not-cumulative"]


# -- 2. quarter columns to the user's date ----------------------------------------------


def _quarters(
    period: str, heads: list[str] = QUARTERS, amounts: tuple[str, ...] = ()
) -> perftrack.Table:
    amounts = amounts or ("100", "200", "300", "400")
    budget = [
        "预算执行情况 (万元)\t\t年初预算数\t" + "\t".join(heads),
        "\t年度资金总额\t1200.00\t" + "\t".join(amounts),
    ]
    return _table(f"跟踪时段：{period}", TITLE, budget)


def _budget_said(card: perftrack.Scorecard) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in card.findings if f.id.startswith("budget")]


def _to_date(
    as_of: str, counted: str, total: str, left: str, whole: str = "1000"
) -> tuple[str, str]:
    return (
        "budget-quarters-to-date",
        (
            f"评价日期{as_of}在跟踪时段内，预算行“年度资金总额”执行数按此前已结束的分期"
            f"（{counted}）计为{total}，未计其后的{left}（至跟踪期末执行数{whole}）"
        ),
    )


TO_DATE = [
    pytest.param(
        "2024年1月-12月",
        "2024-06-30",
        "25.00",
        "50.00",
        [
            _to_date(
                "2024-06-30",
                "一季度执行数100、二季度执行数200",
                "300",
                "三季度执行数300、四季度执行数400",
            ),
            ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为25.00%"),
            ("budget-behind-schedule", "执行率25.00%低于序时进度50.00%"),
        ],
        id="calendar-year-at-june",
    ),
    pytest.param(
        "2024年1月-12月",
        "2024-05-15",
        "8.33",
        "33.33",
        [
            _to_date(
                "2024-05-15",
                "一季度执行数100",
                "100",
                "二季度执行数200、三季度执行数300、四季度执行数400",
            ),
            ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为8.33%"),
            ("budget-behind-schedule", "执行率8.33%低于序时进度33.33%"),
        ],
        id="inside-a-quarter-counts-the-ended",
    ),
    pytest.param(
        "2024年1-9月",
        "2024-06-30",
        "25.00",
        "50.00",
        [
            _to_date(
                "2024-06-30", "一季度执行数100、二季度执行数200", "300", "三季度执行数300", "600"
            ),
            ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为25.00%"),
            ("budget-behind-schedule", "执行率25.00%低于序时进度50.00%"),
        ],
        id="nine-months-at-june",
    ),
    pytest.param(
        "2024年7月-2025年6月",
        "2025-03-31",
        "66.67",
        "75.00",
        [
            _to_date(
                "2025-03-31",
                "三季度执行数300、四季度执行数400、一季度执行数100",
                "800",
                "二季度执行数200",
            ),
            ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为66.67%"),
            ("budget-behind-schedule", "执行率66.67%低于序时进度75.00%"),
        ],
        id="project-year-at-march",
    ),
    pytest.param(
        "2024年7月-2025年6月",
        "2024-12-31",
        "58.33",
        "50.00",
        [
            _to_date(
                "2024-12-31",
                "三季度执行数300、四季度执行数400",
                "700",
                "一季度执行数100、二季度执行数200",
            ),
            ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为58.33%"),
        ],
        id="project-year-at-december",
    ),
    # the period's end, a later date, or none: every quarter (unchanged)
    pytest.param(
        "2024年1月-12月",
        None,
        "83.33",
        "100.00",
        [
            ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为83.33%"),
            ("budget-behind-schedule", "执行率83.33%低于序时进度100.00%"),
        ],
        id="no-date-every-quarter",
    ),
    pytest.param(
        "2024年1月-12月",
        "2025-03-31",
        "83.33",
        "100.00",
        [
            ("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为83.33%"),
            ("budget-behind-schedule", "执行率83.33%低于序时进度100.00%"),
        ],
        id="after-the-period-every-quarter",
    ),
    # before the first quarter's end: no quarter ended, kept as printed
    pytest.param(
        "2024年1月-12月",
        "2024-02-29",
        "83.33",
        "16.67",
        [("budget-rate-missing", "“年度资金总额”未填执行率，按金额计算为83.33%")],
        id="no-quarter-ended-kept",
    ),
]


@pytest.mark.parametrize(("period", "as_of", "rate", "progress", "said"), TO_DATE)
def test_quarters_to_the_users_date(
    period: str, as_of: str | None, rate: str, progress: str, said: list[tuple[str, str]]
) -> None:
    table = _quarters(period)
    card = _score(table, as_of)
    assert card.time_progress is not None
    assert f"{card.time_progress:.2f}" == progress
    [analysis] = card.budget
    assert analysis.rate_recomputed is not None
    assert f"{analysis.rate_recomputed:.2f}" == rate
    assert _budget_said(card) == said
    # the scorecard's table keeps the amounts as printed
    assert str(card.table.budget[0].executed) == str(table.budget[0].executed)


def test_report_prints_the_amount_to_date() -> None:
    card = _score(_quarters("2024年1月-12月"), "2024-06-30")
    [line] = [row for row in scorecard_text(card).splitlines() if "预算执行：" in row]
    assert line == "  预算执行：年度资金总额 300 / 1200.00 万元 = 25.00%，低于序时进度 ✗"


def test_report_tables_and_html_print_the_amount_to_date() -> None:
    card = _score(_quarters("2024年1月-12月"), "2024-06-30")
    assert budget_cells(card)[0][:4] == ["年度资金总额", "1200.00", "", "300"]
    assert "预算执行：年度资金总额 300 / 1200.00 万元" in card._repr_html_()


def test_printed_period_execution_is_kept() -> None:
    """A 跟踪期执行数 beside the quarters is the unit's figure: not summed to the date."""
    table = _quarters(
        "2024年1月-12月", ["跟踪期执行数", *QUARTERS], ("1000", "100", "200", "300", "400")
    )
    card = _score(table, "2024-06-30")
    [analysis] = card.budget
    assert f"{analysis.rate_recomputed:.2f}" == "83.33"
    assert "budget-quarters-to-date" not in [f.id for f in card.findings]


def test_to_date_finding_is_known_and_no_letter_item() -> None:
    assert "budget-quarters-to-date" in FINDING_IDS
    assert "period-term-to-date" in FINDING_IDS


# -- 3. a term tracked to a date inside it ---------------------------------------------


def _term_note(  # noqa: PLR0913, PLR0917 - the message's six parts
    line: str, title: str, term: str, months: str, until: str, length: int
) -> tuple[str, str]:
    return (
        "period-term-to-date",
        (
            f"跟踪时段“{line}”止于标题“{title}”的{term}（{months}）之内，按学期至{until}末评价："
            f"序时进度按学期（{length}个月）内已过月数计，未写日期的指标以学期末为限"
        ),
    )


TERMS_TO_DATE = [
    pytest.param(
        ("2025年2月-5月", SECOND_TITLE),
        None,
        ("2025-02", "2025-05", "2025-05-31", "66.67"),
        "2025-07",
        [
            ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ("met", "实际“已完成”，已完成（截止2025-01-31）"),
            ("pending", "实际600人，未达年度指标≥1200人，距学期末（2025-07-31）尚有时间"),
        ],
        [
            _term_note(
                "2025年2月-5月", SECOND_TITLE, "第二学期", "2025年2月至2025年7月", "2025年5月", 6
            )
        ],
        id="second-term-to-may",
    ),
    pytest.param(
        ("2025年2月-5月", SECOND_TITLE),
        "2025-04-30",
        ("2025-02", "2025-05", "2025-04-30", "50.00"),
        "2025-07",
        [
            ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ("met", "实际“已完成”，已完成（截止2025-01-31）"),
            ("pending", "实际600人，未达年度指标≥1200人，距学期末（2025-07-31）尚有时间"),
        ],
        [
            _term_note(
                "2025年2月-5月", SECOND_TITLE, "第二学期", "2025年2月至2025年7月", "2025年5月", 6
            )
        ],
        id="second-term-to-may-as-of-april",
    ),
    pytest.param(
        ("2024年9月-11月", FIRST_TITLE),
        None,
        ("2024-09", "2024-11", "2024-11-30", "60.00"),
        "2025-01",
        [
            ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ("met", "实际“已完成”，已完成（截止2025-01-31）"),
            ("pending", "实际600人，未达年度指标≥1200人，距学期末（2025-01-31）尚有时间"),
        ],
        [
            _term_note(
                "2024年9月-11月", FIRST_TITLE, "第一学期", "2024年9月至2025年1月", "2024年11月", 5
            )
        ],
        id="first-term-to-november",
    ),
]


@pytest.mark.parametrize(
    ("source", "as_of", "dates", "term_end", "verdicts", "findings"), TERMS_TO_DATE
)
def test_term_to_a_date_inside_it(  # noqa: PLR0913, PLR0917 - the case's columns
    source: tuple[str, str],
    as_of: str | None,
    dates: tuple[str, ...],
    term_end: str,
    verdicts: list[tuple[str, str]],
    findings: list[tuple[str, str]],
) -> None:
    line, title = source
    table = _table(f"跟踪时段：{line}", title)
    card = _score(table, as_of)
    assert table.period is not None
    assert is_school_term(table.period)
    assert str(table.period.term_end) == term_end
    assert _dates(table, card) == dates
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == verdicts
    assert _period_findings(card) == findings


def test_term_to_date_budget_behind_the_terms_progress() -> None:
    card = _score(_table("跟踪时段：2025年2月-5月", SECOND_TITLE))
    assert ("budget-behind-schedule", "执行率45.00%低于序时进度66.67%") in _budget_said(card)


def test_term_to_date_in_json() -> None:
    table = _table("跟踪时段：2025年2月-5月", SECOND_TITLE)
    data = json.loads(perftrack.to_json(table))
    assert data["tables"][0]["period"] == {
        "start": "2025-02",
        "end": "2025-05",
        "text": "跟踪时段：2025年2月-5月",
        "term": "第二学期",
        "term_end": "2025-07",
    }
    [back] = perftrack.from_json(perftrack.to_json(table))
    assert back.period is not None
    assert str(back.period.term_end) == "2025-07"
    assert _dates(back, _score(back)) == ("2025-02", "2025-05", "2025-05-31", "66.67")
    # a whole term writes no term_end
    whole = json.loads(perftrack.to_json(_table("跟踪时段：2025年2月-8月", SECOND_TITLE)))
    assert "term_end" not in whole["tables"][0]["period"]


@pytest.mark.parametrize(
    ("line", "title", "ids"),
    [
        # not from the term's start: a window of no date, as before
        pytest.param(
            "跟踪时段：2025年3月-5月",
            SECOND_TITLE,
            ["period-title-mismatch", "period-not-cumulative"],
            id="later-start",
        ),
        # a school year's title names no term to date
        pytest.param(
            "跟踪时段：2025年2月-5月",
            "2024-2025学年学生资助项目绩效跟踪表",
            ["period-not-cumulative"],
            id="school-year-title",
        ),
    ],
)
def test_other_months_stay_a_window(line: str, title: str, ids: list[str]) -> None:
    table = _table(line, title)
    card = _score(table)
    assert not is_school_term(table.period)
    assert _dates(table, card)[2:] == ("None", "None")
    assert [f for f, _ in _period_findings(card)] == ids
