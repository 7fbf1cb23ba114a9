"""Forecast wording and year-less period lines with days (r36k).

1. The forecast a row is judged by is named ``全年预计“X”`` (r36e). A cell that says 预计
   itself (``全年预计1300人``, ``预计全年可完成``, ``预计年底完成``) read the word twice
   (``全年预计“全年预计1300人”``): it is now quoted as it is. A 预算执行率 row on track by
   its forecast and behind the 序时进度 joins the two with ``但``: the forecast is the
   year's, the lag is today's, and the lag decides (``behind``).
2. A period line with days but no year (``跟踪时段：1月15日至6月30日``) was
   ``period-unread``, and ``上半年（1月1日-6月30日）`` on a line of its own was not read at
   all: both are now read as ``监控期间：1-7月`` is, the months in the title's year, else
   ``period-missing`` saying only the year is missing; a first day past the 1st is
   ``period-start-mid-month`` once the year is known.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from tests.test_forecast_r35t import tracking_tsv as forecast_tsv
from tests.test_period_r35i import BARE_TITLE, YEAR_TITLE, tracking_tsv
from tests.test_period_r35i import forecast_tsv as deadline_tsv

import perftrack
from perftrack.scoring import score, show
from perftrack.scoring._progress import ends_on_forecast, states_forecast
from scoring_builders import YEAR, indicator, tracking_table

if TYPE_CHECKING:
    from perftrack.model import Indicator

# -- 1. the forecast named once ---------------------------------------------------------

PENDING_600 = "实际600人，未达年度指标≥1200人，距年底尚有时间"

FORECAST_CASES = [
    # forecast cell, actual, months, (attainment, progress, explanation) of the count row
    pytest.param(
        "全年预计1300人",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + "；“全年预计1300人”，可达成年度指标"),
        id="quantity-says-全年预计",
    ),
    pytest.param(
        "预计全年1300人",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + "；“预计全年1300人”，可达成年度指标"),
        id="quantity-says-预计全年",
    ),
    pytest.param(
        "预计1300人",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + "；“预计1300人”，可达成年度指标"),
        id="quantity-says-预计",
    ),
    pytest.param(
        "预计全年可完成",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + "；“预计全年可完成”，可达成年度指标"),
        id="status-says-预计",
    ),
    pytest.param(
        "预计年底完成",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + "；“预计年底完成”，预计截止日期2024-12-31前完成"),
        id="date-by-due",
    ),
    pytest.param(
        "预计2025年3月完成",
        "600人",
        "1-6月",
        (
            "pending",
            "behind",
            PENDING_600 + "；“预计2025年3月完成”，预计完成时间2025-03-31晚于截止日期2024-12-31",
        ),
        id="date-after-due",
    ),
    pytest.param(
        "预计全年1300人",
        "1000人",
        "1-12月",
        (
            "not_met",
            "behind",
            "实际1000人，未达年度指标≥1200人；“预计全年1300人”已不适用，以实际完成情况为准",
        ),
        id="at-year-end-no-longer-applies",
    ),
    # a cell that does not say 预计 keeps the column's word
    pytest.param(
        "1300人",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + "；全年预计“1300人”，可达成年度指标"),
        id="bare-figure-keeps-全年预计",
    ),
    pytest.param(
        "约1300人",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + "；全年预计“约1300人”，可达成年度指标"),
        id="about-keeps-全年预计",
    ),
]


@pytest.mark.parametrize(("forecast", "actual", "months", "expected"), FORECAST_CASES)
def test_a_forecast_that_says_yuji_is_named_once(
    forecast: str, actual: str, months: str, expected: tuple[str, str, str]
) -> None:
    (table,) = perftrack.read_text(forecast_tsv(forecast, actual, months))
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("forecast", "expected"),
    [
        pytest.param(
            "预计年内完成",
            (
                "behind",
                "实际“推进中”，截止日期2024-09-30未到；“预计年内完成”，晚于截止日期2024-09-30",
            ),
            id="says-预计-misses",
        ),
        pytest.param(
            "12月底前完成",
            (
                "behind",
                "实际“推进中”，截止日期2024-09-30未到；全年预计“12月底前完成”，晚于截止日期2024-09-30",
            ),
            id="bare-date-misses",
        ),
    ],
)
def test_a_forecast_past_the_deadline_is_named_once(
    forecast: str, expected: tuple[str, str]
) -> None:
    # 完成系统上线 | 2024年9月底前完成 | 推进中 | forecast, in a 1-6月 table
    (table,) = perftrack.read_text(deadline_tsv(forecast, "2024年9月底前完成"), format="text")
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.progress.value, verdict.explanation) == expected


def rate_row(actual: str, forecast: str | None) -> Indicator:
    # as tests/test_scoring_budget.py's: 预算执行率 | =100% in a 1-6月 table, no budget block
    return indicator("预算执行率", "=100%", actual, level2="时效指标", forecast=forecast, row=9)


@pytest.mark.parametrize(
    ("forecast", "expected"),
    [
        pytest.param(
            "100%",
            "实际38.5%，未达年度指标=100%，距年底尚有时间；全年预计“100%”，可达成年度指标，"
            "但执行率38.50%低于序时进度50.00%，进度落后",
            id="bare-forecast",
        ),
        pytest.param(
            "预计100%",
            "实际38.5%，未达年度指标=100%，距年底尚有时间；“预计100%”，可达成年度指标，"
            "但执行率38.50%低于序时进度50.00%，进度落后",
            id="forecast-says-预计",
        ),
    ],
)
def test_a_rate_on_track_by_its_forecast_then_behind_says_but(forecast: str, expected: str) -> None:
    card = score(tracking_table([rate_row("38.5%", forecast=forecast)], period=(YEAR, 1, YEAR, 6)))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")
    assert verdict.explanation == expected


def test_a_rate_behind_without_a_forecast_keeps_its_semicolon() -> None:
    card = score(tracking_table([rate_row("38.5%", forecast=None)], period=(YEAR, 1, YEAR, 6)))
    assert card.verdicts[0].explanation == (
        "实际38.5%，未达年度指标=100%，距年底尚有时间；执行率38.50%低于序时进度50.00%，进度落后"
    )


@pytest.mark.parametrize(
    ("why", "expected"),
    [
        ("全年预计“1300人”，可达成年度指标", (True, True)),
        ("“全年预计1300人”，可达成年度指标", (True, True)),
        ("“预计年底完成”，预计截止日期2024-12-31前完成", (True, True)),
        ("the forecast “预计100%” meets the target", (True, True)),
        (PENDING_600 + "；“预计1300人”，可达成年度指标", (False, True)),
        (PENDING_600, (False, False)),
        ("全年预计1000人，未达年度指标≥1200人", (False, False)),
    ],
)
def test_the_forecast_clause_is_recognised(why: str, expected: tuple[bool, bool]) -> None:
    assert (states_forecast(why), ends_on_forecast(why)) == expected


# -- 2. year-less period lines with days --------------------------------------------------

MISSING = (
    "未写年度，标题等处也未注明年度，需按日期判断的指标无法判断，"
    "未指定评价日期（--as-of）时序时进度也无法计算；请注明跟踪时段的年度"
)
WHOLE = "，非月初，按整月自2024年1月起算，序时进度按整月计"
JUNE_2024 = ((2024, 1, 2024, 6), dt.date(2024, 6, 30), "50.00")

PERIOD_CASES = [
    # title, period line, (period, as_of, 序时进度) or None, findings (id, cell, message)
    pytest.param(
        YEAR_TITLE,
        "跟踪时段：1月15日至6月30日",
        JUNE_2024,
        [
            (
                "period-start-mid-month",
                "A2",
                "跟踪时段“1月15日至6月30日”起于2024年1月15日" + WHOLE,
            )
        ],
        id="mid-month-days-title-year",
    ),
    pytest.param(
        BARE_TITLE,
        "跟踪时段：1月15日至6月30日",
        None,
        [("period-missing", "A2", "跟踪时段“1月15日至6月30日”" + MISSING)],
        id="mid-month-days-no-year",
    ),
    pytest.param(
        YEAR_TITLE,
        "监控期间：1月1日-6月30日",
        JUNE_2024,
        [],
        id="first-day-title-year",
    ),
    pytest.param(
        BARE_TITLE,
        "监控期间：1月1日-6月30日",
        None,
        [("period-missing", "A2", "监控期间“1月1日-6月30日”" + MISSING)],
        id="first-day-no-year",
    ),
    pytest.param(
        YEAR_TITLE,
        "上半年（1月1日-6月30日）",
        JUNE_2024,
        [],
        id="half-year-with-days-title-year",
    ),
    pytest.param(
        BARE_TITLE,
        "上半年（1月1日-6月30日）",
        None,
        [("period-missing", "A2", "跟踪时段“上半年（1月1日-6月30日）”" + MISSING)],
        id="half-year-with-days-no-year",
    ),
    pytest.param(
        YEAR_TITLE,
        "上半年（1月15日-6月30日）",
        JUNE_2024,
        [
            (
                "period-start-mid-month",
                "A2",
                "跟踪时段“上半年（1月15日-6月30日）”起于2024年1月15日" + WHOLE,
            )
        ],
        id="half-year-from-mid-month",
    ),
    pytest.param(
        BARE_TITLE,
        "（2024年上半年（1月15日-6月30日））",
        JUNE_2024,
        [
            (
                "period-start-mid-month",
                "A2",
                "跟踪时段“（2024年上半年（1月15日-6月30日））”起于2024年1月15日" + WHOLE,
            )
        ],
        id="half-year-own-year-in-brackets",
    ),
    # the months-only form, as before (r35m)
    pytest.param(
        BARE_TITLE,
        "监控期间：1-7月",
        None,
        [("period-missing", "A2", "监控期间“1-7月”" + MISSING)],
        id="months-only-no-year",
    ),
    # a day January does not have is not guessed
    pytest.param(
        YEAR_TITLE,
        "跟踪时段：1月32日至6月30日",
        None,
        [("period-unread", "A2", "跟踪时段“1月32日至6月30日”无法识别，进度无法判断")],
        id="impossible-first-day",
    ),
]

PERIOD_IDS = ("period-missing", "period-unread", "period-start-mid-month")


@pytest.mark.parametrize(("title", "period_line", "read", "findings"), PERIOD_CASES)
def test_a_period_line_with_days_and_no_year(
    title: str,
    period_line: str,
    read: tuple[tuple[int, int, int, int], dt.date, str] | None,
    findings: list[tuple[str, str, str]],
) -> None:
    (table,) = perftrack.read_text(tracking_tsv(title, period_line), format="text")
    card = perftrack.score(table)
    if read is None:
        assert (table.period, card.as_of, card.time_progress) == (None, None, None)
    else:
        (y1, m1, y2, m2), as_of, progress = read
        assert table.period is not None
        assert (
            table.period.start.year,
            table.period.start.month,
            table.period.end.year,
            table.period.end.month,
        ) == (y1, m1, y2, m2)
        assert card.as_of == as_of
        assert card.time_progress is not None
        assert show(card.time_progress) == progress
    assert [
        (f.id, f.where.cell, f.message) for f in card.findings if f.id in PERIOD_IDS
    ] == findings
