"""A period's days: its end day, its start day and a title's dates (r35q).

Left by r35m's round on the period line:

- a period ending before its month's end (``跟踪时段：2024年1月1日-2024年6月15日``,
  ``截至2024年6月15日``) was judged at the month's end (2024-06-30, 50%), so a deadline
  ``2024年6月20日前完成`` not done was passed: it is judged at the day printed
  (2024-06-15), and the 序时进度 counts the months ended by then (5: 41.67%);
- a start day after the 1st (``2024年1月15日-2024年6月30日``) is kept as its month, with
  nothing said: a tracking table's figures run from the year's start whatever day the
  line prints, and the 序时进度 is the share of the year gone (pinned here);
- an impossible day in the title (``2024年1月1日-2月30日绩效跟踪表``) was not checked:
  ``period-date-invalid`` at the title's cell, as for a period line.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.test_period_r35i import BARE_TITLE, tracking_tsv

import perftrack
from perftrack.scoring import show


def deadline_tsv(title: str, period_line: str) -> str:
    lines = [title] + ([period_line] if period_line else [])
    lines += [
        "项目名称\t社区养老服务提升\t\t\t",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
        "产出指标\t时效指标\t完成系统上线\t2024年6月20日前完成\t推进中",
    ]
    return "\n".join(lines) + "\n"


def card_of(tsv: str) -> perftrack.Scorecard:
    (table,) = perftrack.read_text(tsv, format="text")
    return perftrack.score(table)


def found(card: perftrack.Scorecard, finding_id: str) -> list[tuple[str | None, str]]:
    return [(f.where.cell, f.message) for f in card.findings if f.id == finding_id]


PENDING = ("pending", "not_applicable", "实际“推进中”，截止日期2024-06-20未到")


@pytest.mark.parametrize(
    ("title", "period_line", "as_of", "time_progress", "verdict"),
    [
        pytest.param(
            BARE_TITLE,
            "跟踪时段：2024年1月1日-2024年6月15日",
            dt.date(2024, 6, 15),
            "41.67",
            PENDING,
            id="line",
        ),
        pytest.param(
            BARE_TITLE, "截至2024年6月15日", dt.date(2024, 6, 15), "41.67", PENDING, id="until"
        ),
        pytest.param(
            BARE_TITLE,
            "监控期间\t2024-01-01至2024-06-15",
            dt.date(2024, 6, 15),
            "41.67",
            PENDING,
            id="iso-in-its-cell",
        ),
        pytest.param(
            "2024年1月1日-6月15日社区养老服务提升项目绩效跟踪表",
            "",
            dt.date(2024, 6, 15),
            "41.67",
            PENDING,
            id="title",
        ),
        pytest.param(
            BARE_TITLE,
            "跟踪时段：2024年1-6月（截至6月15日）",
            dt.date(2024, 6, 15),
            "41.67",
            PENDING,
            id="months-then-day",
        ),
        # The month's end, months alone, or a filing date beside them: as before.
        pytest.param(
            BARE_TITLE,
            "跟踪时段：2024年1-6月\t填报日期：2024-06-15",
            dt.date(2024, 6, 30),
            "50.00",
            ("not_met", "not_applicable", "截止日期2024-06-20已到，实际“推进中”"),
            id="filing-date-beside",
        ),
        pytest.param(
            BARE_TITLE,
            "跟踪时段：2024年1月1日-2024年6月30日",
            dt.date(2024, 6, 30),
            "50.00",
            (
                "not_met",
                "not_applicable",
                "截止日期2024-06-20已到，实际“推进中”",
            ),
            id="month-end",
        ),
    ],
)
def test_end_day_before_the_month_end(
    title: str,
    period_line: str,
    as_of: dt.date,
    time_progress: str,
    verdict: tuple[str, str, str],
) -> None:
    # Before: as of 2024-06-30 (50.00%), the deadline 2024-06-20 judged passed.
    card = card_of(deadline_tsv(title, period_line))
    assert (card.as_of, card.as_of_source) == (as_of, "period")
    assert card.time_progress is not None
    assert show(card.time_progress) == time_progress
    (got,) = card.verdicts
    assert (got.attainment.value, got.progress.value, got.explanation) == verdict
    assert found(card, "period-date-invalid") == []


def test_policy_date_still_rules_an_end_day() -> None:
    (table,) = perftrack.read_text(
        deadline_tsv(BARE_TITLE, "跟踪时段：2024年1月1日-2024年6月15日"), format="text"
    )
    card = perftrack.score(table, policy=perftrack.Policy(as_of=dt.date(2024, 6, 30)))
    assert (card.as_of, card.as_of_source) == (dt.date(2024, 6, 30), "policy")


def test_start_day_after_the_first_is_its_month() -> None:
    # Kept (r35q's decision): January, as of the end date; since r36e the info
    # period-start-mid-month says the day is read as its month (r35q said nothing).
    card = card_of(tracking_tsv(BARE_TITLE, "跟踪时段：2024年1月15日-2024年6月30日"))
    assert card.as_of == dt.date(2024, 6, 30)
    assert card.time_progress is not None
    assert show(card.time_progress) == "50.00"
    assert [f.id for f in card.findings if f.id.startswith("period-")] == ["period-start-mid-month"]


@pytest.mark.parametrize(
    ("title", "as_of", "message"),
    [
        pytest.param(
            "2024年1月1日-2月30日绩效跟踪表",
            dt.date(2024, 2, 29),
            "标题“2024年1月1日-2月30日绩效跟踪表”的时段中的日期“2024年2月30日”不存在"
            "（2024年2月只有29天），按2月底（2024-02-29）评价",
            id="february-30",
        ),
        pytest.param(
            "2024年1月1日-6月31日社区养老服务提升项目绩效跟踪表",
            dt.date(2024, 6, 30),
            "标题“2024年1月1日-6月31日社区养老服务提升项目绩效跟踪表”的时段中的日期"
            "“2024年6月31日”不存在（2024年6月只有30天），按6月底（2024-06-30）评价",
            id="june-31",
        ),
    ],
)
def test_impossible_day_in_the_title(title: str, as_of: dt.date, message: str) -> None:
    # Before: the same as-of date, nothing said.
    card = card_of(tracking_tsv(title, ""))
    assert card.as_of == as_of
    assert found(card, "period-date-invalid") == [("A1", message)]


def test_title_days_that_exist_are_not_said() -> None:
    card = card_of(tracking_tsv("2024年1月1日-6月30日社区养老服务提升项目绩效跟踪表", ""))
    assert card.as_of == dt.date(2024, 6, 30)
    assert found(card, "period-date-invalid") == []


UNKNOWN_ROWS = [
    ("unknown", "截止日期或评价日期未知，无法判断"),
    ("unknown", "截止日期或评价日期未知，无法判断"),
]
FINAL_ROWS = [
    ("not_met", "实际600人，未达年度指标≥1200人；实际600人落后于计划1200人"),
    ("not_met", "截止日期2024-09-30已到，实际“推进中”；虽达到计划，但年度指标未达成"),
]
PROJECT_YEAR_SAID = (
    "按一个项目年度（12个月）评价：序时进度按时段内已过月数计，未写年份的截止日期取时段内的月份"
)


@pytest.mark.parametrize(
    ("period_line", "said", "window", "as_of", "verdicts"),
    [
        # r36c: twelve months from July are a project year, judged at its end (r35q had
        # given it no date: as_of None, both rows unknown, period-not-cumulative)
        pytest.param(
            "跟踪时段：2024年7月-2025年6月",
            (
                "A2",
                f"跟踪时段“2024年7月-2025年6月”跨年度（2024年7月至2025年6月），{PROJECT_YEAR_SAID}",
            ),
            None,
            dt.date(2025, 6, 30),
            FINAL_ROWS,
            id="project-year",
        ),
        pytest.param(
            "监控期间\t2024-09-01至2025-08-31",
            (
                "B2",
                f"监控期间“2024-09-01至2025-08-31”跨年度（2024年9月至2025年8月），{PROJECT_YEAR_SAID}",
            ),
            None,
            dt.date(2025, 8, 31),
            FINAL_ROWS,
            id="school-year",
        ),
        # fewer than twelve months from July into the next year: still no date (r35q)
        pytest.param(
            "跟踪时段：2024年7月-2025年3月",
            (
                "A2",
                (
                    "跟踪时段“2024年7月-2025年3月”跨年度（2024年7月至2025年3月），"
                    "不是一个预算年度的年初至今，不按年度年末评价，序时进度无法计算"
                ),
            ),
            "2024年7月-2025年3月",
            None,
            UNKNOWN_ROWS,
            id="nine-months",
        ),
    ],
)
def test_project_year_across_two_years(
    period_line: str,
    said: tuple[str, str],
    window: str | None,
    as_of: dt.date | None,
    verdicts: list[tuple[str, str]],
) -> None:
    # Before (r35m): as of 2024-12-31 with 序时进度 100% after half the project year,
    # the 1200-person target not_met and the deadline judged passed.
    cell, spans = said
    card = card_of(tracking_tsv(BARE_TITLE, period_line))
    if as_of is None:
        assert (card.as_of, card.as_of_source, card.time_progress) == (None, None, None)
    else:
        assert (card.as_of, card.as_of_source, card.time_progress) == (as_of, "period", 100)
    got = [(v.attainment.value, v.explanation) for v in card.verdicts]
    assert got == verdicts
    assert found(card, "period-spans-years") == [(cell, spans)]
    assert found(card, "period-not-cumulative") == (
        []
        if window is None
        else [
            (
                cell,
                (
                    f"跟踪时段{window}不从1月起，所填为该时段数据而非年初至今累计数，"
                    "不按序时进度评价，累计及年度指标的进度无法判断"
                ),
            )
        ]
    )
    behind = [f.message for f in card.findings if f.id == "budget-behind-schedule"]
    assert behind == ([] if as_of is None else ["执行率45.00%低于序时进度100.00%"])
