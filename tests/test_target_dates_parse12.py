"""Deadlines a review round (parse12, H3 and M8) found read as prose or as counts.

H3: a deadline named by a festival (春节前发放到位, 国庆节前完成主体工程), by two parts of
a month (6月上中旬, 7月中下旬, 6月下旬至7月上旬) or after 至 (至2025年12月31日) was prose, so
any dated "done", however late, met it; a prose time limit (汛前完成) was met the same way.
M8: a week of the year by its number (2025年第20周) was read as a count of 20 weeks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from perftrack import Deadline, Descriptive, Part, PeriodTarget, parse_target, vocabulary
from perftrack.expressions._dates import festival_deadline, week_deadline
from perftrack.scoring import score
from scoring_builders import indicator, score_one, self_evaluation_table


def deadline(
    text: str,
    year: int | None,
    due: dt.date | None,
    note: str | None,
    *,
    id: str,  # noqa: A002
) -> Any:
    """A target cell read as a deadline due on *due*, with *note*."""
    return pytest.param(text, year, due, note, id=id)


DEADLINES = [
    # festivals: due on the eve, the festival's words the note (after the work due)
    deadline("春节前发放到位", 2025, dt.date(2025, 1, 28), "发放到位(春节前)", id="spring"),
    deadline("2025年春节前", None, dt.date(2025, 1, 28), "春节前", id="spring-year"),
    deadline("春节前", 2024, dt.date(2024, 2, 9), "春节前", id="spring-2024"),
    deadline("次年春节前", 2025, dt.date(2026, 2, 16), "春节前", id="spring-next-year"),
    deadline("明年春节前", 2025, dt.date(2026, 2, 16), "春节前", id="spring-next-year-2"),
    deadline("确保春节前发放到位", 2025, dt.date(2025, 1, 28), "发放到位(春节前)", id="lead-in"),
    deadline(
        "国庆节前完成主体工程",
        2025,
        dt.date(2025, 9, 30),
        "完成主体工程(国庆节前)",
        id="national-day-work",
    ),
    deadline("国庆前", None, None, "国庆前", id="national-day-no-year"),
    deadline("元旦前", 2025, dt.date(2025, 12, 31), "元旦前", id="new-year-ends-the-year"),
    deadline("2025年元旦前", None, dt.date(2024, 12, 31), "元旦前", id="new-year-written"),
    deadline("清明节前完成", 2025, dt.date(2025, 4, 3), "清明节前", id="qingming"),
    deadline("中秋节前", 2025, dt.date(2025, 10, 5), "中秋节前", id="mid-autumn"),
    deadline("端午节前", 2025, dt.date(2025, 5, 30), "端午节前", id="dragon-boat"),
    deadline("端午前", 2023, dt.date(2023, 6, 21), "端午前", id="dragon-boat-2023"),
    # two festivals of one season: the earlier
    deadline(
        "元旦春节前发放到位",
        2025,
        dt.date(2025, 12, 31),
        "发放到位(元旦春节前)",
        id="new-year-and-spring",
    ),
    deadline("中秋国庆前", 2025, dt.date(2025, 9, 30), "中秋国庆前", id="national-day-first"),
    deadline("中秋国庆前", 2023, dt.date(2023, 9, 28), "中秋国庆前", id="mid-autumn-first"),
    # 至 reads as 截至
    deadline("至2025年12月31日", None, dt.date(2025, 12, 31), None, id="to-date"),
    deadline("至2025年底", None, dt.date(2025, 12, 31), None, id="to-year-end"),
    # two parts of a month: due at the end of the later
    deadline("2025年6月上中旬", None, dt.date(2025, 6, 20), None, id="early-mid"),
    deadline("7月中下旬完成", 2025, dt.date(2025, 7, 31), None, id="mid-late"),
    # a season before its date in brackets, with the year before the season
    deadline("2025年汛前（5月下旬前）完成", None, dt.date(2025, 5, 31), "汛前", id="flood-year"),
    # weeks of the year: the ISO week's Sunday
    deadline("2025年第20周", None, dt.date(2025, 5, 18), "第20周", id="week"),
    deadline("第10周前完成", 2025, dt.date(2025, 3, 9), "第10周前", id="week-before"),
    deadline("第一周", 2025, dt.date(2025, 1, 5), "第一周", id="week-one"),
    deadline(
        "第10周前完成招标工作", 2025, dt.date(2025, 3, 9), "完成招标工作(第10周前)", id="week-work"
    ),
]


@pytest.mark.parametrize(("text", "year", "due", "note"), DEADLINES)
def test_deadline(text: str, year: int | None, due: dt.date | None, note: str | None) -> None:
    target = parse_target(text, year=year)
    assert isinstance(target, Deadline), target
    assert (target.due, target.note) == (due, note)
    assert parse_target(str(target), year=year) == target  # prints back the same
    assert target.text == text


def test_parts_of_a_month_name_their_parts() -> None:
    assert parse_target("2025年6月上中旬").part is Part.MID  # type: ignore[union-attr]
    assert parse_target("2025年7月中下旬").part is Part.LATE  # type: ignore[union-attr]


PERIODS = [
    ("6月下旬至7月上旬", 2025, dt.date(2025, 6, 21), dt.date(2025, 7, 10)),
    ("2025年6月下旬至7月上旬", None, dt.date(2025, 6, 21), dt.date(2025, 7, 10)),
    ("6月上旬至中旬", 2025, dt.date(2025, 6, 1), dt.date(2025, 6, 20)),
    ("2024年2月中旬至下旬完成", None, dt.date(2024, 2, 11), dt.date(2024, 2, 29)),
    ("11月下旬至2026年1月上旬", 2025, dt.date(2025, 11, 21), dt.date(2026, 1, 10)),
]


@pytest.mark.parametrize(("text", "year", "start", "end"), PERIODS)
def test_period_of_parts_of_months(
    text: str, year: int | None, start: dt.date, end: dt.date
) -> None:
    target = parse_target(text, year=year)
    assert isinstance(target, PeriodTarget), target
    assert (target.start, target.end) == (start, end)
    assert parse_target(str(target), year=year) == target


PROSE = [
    ("汛前完成", 2025),
    ("汛期前", 2025),
    ("农历腊月二十前", 2025),
    ("开学第一周内完成", 2025),
    ("春节前发放到位", None),  # the lunar festivals need a year
    ("2040年春节前", None),  # outside the table of festivals
    ("元旦国庆前", 2025),  # two festivals of no one season
    ("春节前后", 2025),
    ("2025年春节前后", None),
    ("国庆节期间", 2025),
    ("第20周", None),  # a week of no year: prose, never 20 weeks
    ("第53周", 2025),  # 2025 has 52 ISO weeks
    ("7月上旬至6月下旬", 2025),  # runs backwards
    ("至今", 2025),
]


@pytest.mark.parametrize(("text", "year"), PROSE)
def test_prose(text: str, year: int | None) -> None:
    assert isinstance(parse_target(text, year=year), Descriptive)


def test_week_number_is_no_count() -> None:
    """``2025年第20周`` once read as ``2025年第=20(周)``, a count of 20 weeks."""
    for text in ("2025年第20周", "第20周", "第10周前完成", "2025年第60周"):
        for year in (None, 2025):
            assert parse_target(text, year=year).kind in ("deadline", "descriptive"), text


def test_festival_table_covers_its_years() -> None:
    for name, days in vocabulary.FESTIVALS.items():
        assert sorted(days) == list(range(2015, 2036)), name
        for year, (month, day) in days.items():
            dt.date(year, month, day)  # a real day
    assert vocabulary.FESTIVALS["春节"][2025] == (1, 29)
    assert vocabulary.FESTIVALS["中秋"][2025] == (10, 6)


def test_helpers() -> None:
    assert festival_deadline("国庆节前", None) == ("9月30日前", "国庆节前")
    assert festival_deadline("完成春节慰问", 2025) is None
    assert week_deadline("2025年第20周", None) == ("2025年5月18日前", "第20周")
    assert week_deadline("第20周", None) is None


# ---------------------------------------------------------------------------
# Scoring on a one-row 自评表 of 2025 (the report's pairs, and their in-time twins)

TIMELY = {"name": "完成时间", "level2": "时效指标", "year": 2025}


def verdict(
    target: str,
    actual: str,
    attainment: str,
    *,
    id: str,  # noqa: A002
) -> Any:
    return pytest.param(target, actual, attainment, id=id)


VERDICTS = [
    # r24 H2, regress25 M2: after this year's 春节, before the winter: late
    verdict("春节前发放到位", "2025年3月10日发放", "not_met", id="spring-after-this-year"),
    verdict("春节前发放到位", "2025年12月10日发放", "unknown", id="spring-next-winter"),
    verdict("春节前发放到位", "2026年3月10日发放", "not_met", id="spring-late"),
    verdict("春节前发放到位", "2025年1月20日发放", "met", id="spring-in-time"),
    verdict("春节前发放到位", "已于春节前发放到位", "met", id="spring-said"),
    verdict("2025年春节前", "2025年2月20日发放", "not_met", id="spring-year-late"),
    verdict("国庆节前完成主体工程", "11月完成主体工程", "not_met", id="national-day-late"),
    verdict("至2025年12月31日", "2026年2月完成", "not_met", id="to-date-late"),
    verdict("至2025年12月31日", "2025年11月完成", "met", id="to-date-in-time"),
    verdict("2025年汛前（5月下旬前）完成", "2025年7月完成", "not_met", id="flood-late"),
    verdict("2025年6月上中旬", "2025年6月30日完成", "not_met", id="early-mid-late"),
    verdict("2025年6月上中旬", "2025年6月18日完成", "met", id="early-mid-in-time"),
    verdict("6月下旬至7月上旬", "2025年8月完成", "not_met", id="period-late"),
    verdict("6月下旬至7月上旬", "2025年7月5日完成", "met", id="period-in-time"),
    verdict("7月中下旬完成", "2025年8月完成", "not_met", id="mid-late-late"),
    verdict("第10周前完成", "2025年4月完成", "not_met", id="week-late"),
    verdict("第10周前完成", "2025年3月5日完成", "met", id="week-in-time"),
    verdict("2025年第20周", "2025年6月完成", "not_met", id="week-year-late"),
    verdict("元旦前", "2026年1月15日完成", "not_met", id="new-year-late"),
    verdict("元旦春节前发放到位", "2026年1月20日发放", "unknown", id="two-festivals-between"),
    verdict("元旦春节前发放到位", "2026年2月20日发放", "not_met", id="two-festivals-late"),
    verdict("清明节前完成", "2025年4月20日完成", "not_met", id="qingming-late"),
    verdict("中秋节前", "2025年10月20日完成", "not_met", id="mid-autumn-late"),
    verdict("端午节前", "2025年5月20日完成", "met", id="dragon-boat-in-time"),
    verdict("次年春节前", "2026年3月发放", "not_met", id="next-spring-late"),
    verdict("次年春节前", "2026年1月发放", "met", id="next-spring-in-time"),
    # prose time limits: a dated done is for a reviewer, an undated one still meets
    verdict("汛前完成", "2025年8月完成", "unknown", id="flood-prose-dated"),
    verdict("农历腊月二十前", "2026年1月发放", "unknown", id="lunar-prose-dated"),
    verdict("开学第一周内完成", "2025年9月5日完成", "unknown", id="school-week-dated"),
    verdict("汛前完成", "11月完成", "unknown", id="flood-prose-month"),
    verdict("汛期前", "汛前已完成", "met", id="flood-prose-said"),
    verdict("汛前完成", "已完成", "met", id="flood-prose-undated"),
    verdict("提前完成", "2025年8月完成", "met", id="ahead-is-no-limit"),
]


@pytest.mark.parametrize(("target", "actual", "attainment"), VERDICTS)
def test_scoring(target: str, actual: str, attainment: str) -> None:
    row = indicator(target=target, actual=actual, weight=5, points=5, **TIMELY)
    card = score(self_evaluation_table([row], year=2025))
    got = card.verdicts[0]
    assert got.attainment.value == attainment, got.explanation


def test_prose_limit_says_why() -> None:
    row = indicator(target="汛前完成", actual="2025年8月完成", **TIMELY)
    got = score_one(row, period=(2025, 1, 2025, 12)).verdicts[0]
    assert "时限不是日期" in got.explanation
