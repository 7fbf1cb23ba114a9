"""Tracking periods at unusual points of the year (track40 H1, H5, LOW)."""

from __future__ import annotations

import datetime as dt

import pytest
from attrs import evolve

import perftrack
from perftrack.model import Period, YearMonth


def tracking_tsv(period_line: str, title: str) -> str:
    return (
        f"{title}\n{period_line}\n项目名称\t社区卫生服务\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\n"
        "产出指标\t数量指标\t家庭医生签约人数\t≥12000人\t4000人\t4000人\n"
    )


JAN_APR = Period(YearMonth(2025, 1), YearMonth(2025, 4))
JAN_NOV = Period(YearMonth(2025, 1), YearMonth(2025, 11))
JAN_MAR = Period(YearMonth(2025, 1), YearMonth(2025, 3))
WITH_YEAR = "2025年财政项目支出绩效跟踪表"
NO_YEAR = "财政项目支出绩效跟踪表"


@pytest.mark.parametrize(
    ("period_line", "title", "period"),
    [
        pytest.param("跟踪时段：截至2025年4月30日", WITH_YEAR, JAN_APR, id="until-day-title-year"),
        pytest.param("跟踪时段：截至2025年4月30日", NO_YEAR, JAN_APR, id="until-day-no-title-year"),
        pytest.param("跟踪时段：截至2025年4月底", WITH_YEAR, JAN_APR, id="until-month-end"),
        pytest.param("跟踪时段：截至2025年4月底", NO_YEAR, JAN_APR, id="until-month-end-no-year"),
        pytest.param("跟踪时段：截止到2025.4.30", WITH_YEAR, JAN_APR, id="until-dots"),
        pytest.param("跟踪时段：截止到2025.4.30", NO_YEAR, JAN_APR, id="until-dots-no-year"),
        pytest.param("跟踪时段：截至2025-04-30", WITH_YEAR, JAN_APR, id="until-iso"),
        pytest.param("跟踪时段：截至2025-04-30", NO_YEAR, JAN_APR, id="until-iso-no-year"),
        pytest.param("跟踪时段：截至2025年11月30日", NO_YEAR, JAN_NOV, id="until-november"),
        pytest.param("跟踪时段：截止2025年11月底", WITH_YEAR, JAN_NOV, id="until-november-end"),
        pytest.param("跟踪时段：2025年Q1", WITH_YEAR, JAN_MAR, id="q1-year"),
        pytest.param("跟踪时段：2025年Q1", NO_YEAR, JAN_MAR, id="q1-year-no-title-year"),
        pytest.param("跟踪时段：2025Q1", NO_YEAR, JAN_MAR, id="q1-compact"),
        pytest.param("跟踪时段：Q1", WITH_YEAR, JAN_MAR, id="q1-bare"),
    ],
)
def test_period_up_to_a_dated_end(period_line: str, title: str, period: Period) -> None:
    (table,) = perftrack.read_text(tracking_tsv(period_line, title), format="text")
    assert table.period == period
    assert [f.id for f in table.findings if f.id == "period-unread"] == []


@pytest.mark.parametrize(
    ("period_line", "time_progress", "status"),
    [
        pytest.param("跟踪时段：截至2025年4月30日", "33.33", "pending", id="until-day"),
        pytest.param("跟踪时段：截至2025年4月底", "33.33", "pending", id="until-month-end"),
        pytest.param("跟踪时段：2025年Q1", "25.00", "pending", id="q1"),
    ],
)
def test_dated_end_scored_in_its_window(period_line: str, time_progress: str, status: str) -> None:
    (table,) = perftrack.read_text(tracking_tsv(period_line, WITH_YEAR), format="text")
    card = perftrack.score(table)
    assert (f"{card.time_progress:.2f}", card.verdicts[0].attainment.value) == (
        time_progress,
        status,
    )


# --- a window that starts after January (track40 H5) ---------------------------------


def window_tsv(period_line: str, extra: str = "") -> str:
    return (
        f"财政项目支出绩效跟踪表\n{period_line}\n{extra}项目名称\t秋冬季大气污染防治\n"
        "预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)\n"
        "\t年度资金总额\t\t600.00\t250.00\t100.00\t40.00\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\n"
        "产出指标\t数量指标\t巡查次数\t≥200次\t120次\t130次\n"
    )


NOT_CUMULATIVE = "period-not-cumulative"
BUDGET_IDS = ("budget-adjusted", "budget-behind-schedule", NOT_CUMULATIVE)


@pytest.mark.parametrize(
    ("period_line", "extra", "expected"),
    [
        pytest.param(
            "跟踪时段：2025年7-12月", "", (None, "unknown", [NOT_CUMULATIVE]), id="second-half"
        ),
        pytest.param(
            "跟踪时段：2025年7-9月", "", (None, "unknown", [NOT_CUMULATIVE]), id="third-quarter"
        ),
        pytest.param(
            "跟踪时段：2025年7月1日至2025年12月31日",
            "",
            (None, "unknown", [NOT_CUMULATIVE]),
            id="days",
        ),
        pytest.param(
            "跟踪时段：2025-7月 至 2025-12月",
            "",
            (None, "unknown", [NOT_CUMULATIVE]),
            id="template-form",
        ),
        pytest.param(
            "跟踪时段：2025年1-9月",
            "",
            ("75.00", "pending", ["budget-adjusted", "budget-behind-schedule"]),
            id="from-january-control",
        ),
    ],
)
def test_window_after_january_not_cumulative(
    period_line: str, extra: str, expected: tuple[str | None, str, list[str]]
) -> None:
    (table,) = perftrack.read_text(window_tsv(period_line, extra), format="text")
    card = perftrack.score(table)
    progress = None if card.time_progress is None else f"{card.time_progress:.2f}"
    ids = sorted({f.id for f in card.findings if f.id in BUDGET_IDS})
    assert (progress, card.verdicts[0].attainment.value, ids) == expected


def test_window_after_january_message() -> None:
    (table,) = perftrack.read_text(window_tsv("跟踪时段：2025年7-9月"), format="text")
    card = perftrack.score(table)
    message = (
        "跟踪时段2025年7-9月不从1月起，所填为该时段数据而非年初至今累计数，"
        "不按序时进度评价，累计及年度指标的进度无法判断"
    )
    assert [f.message for f in card.findings if f.id == NOT_CUMULATIVE] == [message]


@pytest.mark.parametrize(
    ("period_line", "title", "expected"),
    [
        pytest.param(
            "跟踪时段：第三季度（7-9月）",
            WITH_YEAR,
            (Period(YearMonth(2025, 7), YearMonth(2025, 9)), []),
            id="quarter-own-months",
        ),
        pytest.param(
            "跟踪时段：2025年第三季度（7-9月）",
            NO_YEAR,
            (Period(YearMonth(2025, 7), YearMonth(2025, 9)), []),
            id="quarter-own-months-own-year",
        ),
        pytest.param(
            "跟踪时段：第一季度（1-3月）", WITH_YEAR, (JAN_MAR, []), id="first-quarter-months"
        ),
        pytest.param(
            "跟踪时段：第三季度（4-9月）",
            WITH_YEAR,
            (None, ["跟踪时段“第三季度（4-9月）”无法识别，进度无法判断"]),
            id="months-not-the-quarters-unread",
        ),
        pytest.param(
            "跟踪时段：第三季度（7-9月）",
            NO_YEAR,
            (None, ["跟踪时段“第三季度（7-9月）”无法识别，进度无法判断"]),
            id="no-year-unread",
        ),
    ],
)
def test_quarter_with_its_months(
    period_line: str, title: str, expected: tuple[Period | None, list[str]]
) -> None:
    (table,) = perftrack.read_text(tracking_tsv(period_line, title), format="text")
    unread = [f.message for f in table.findings if f.id == "period-unread"]
    assert (table.period, unread) == expected


def test_quarter_with_its_months_scored_as_window() -> None:
    (table,) = perftrack.read_text(window_tsv("跟踪时段：2025年第三季度（7-9月）"), format="text")
    card = perftrack.score(table)
    ids = sorted({f.id for f in card.findings if f.id in (*BUDGET_IDS, "period-unread")})
    assert (card.time_progress, card.verdicts[0].attainment.value, ids) == (
        None,
        "unknown",
        [NOT_CUMULATIVE],
    )


@pytest.mark.parametrize(
    "as_of",
    [
        pytest.param(dt.date(2025, 12, 31), id="after-window"),
        pytest.param(dt.date(2025, 3, 31), id="before-window"),
    ],
)
def test_window_after_january_ignores_policy_date(as_of: dt.date) -> None:
    (table,) = perftrack.read_text(window_tsv("跟踪时段：2025年7-9月"), format="text")
    card = perftrack.score(table, policy=evolve(perftrack.Policy.central(), as_of=as_of))
    ids = sorted({f.id for f in card.findings if f.id in (*BUDGET_IDS, "time-progress-mismatch")})
    assert (card.as_of, card.time_progress, ids) == (None, None, [NOT_CUMULATIVE])
