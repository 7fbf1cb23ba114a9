"""A project year across two budget years: its time progress and its deadlines (r36c).

r35q left a tracking table of twelve months from a later month (``跟踪时段：2024年7月-2025年6月``,
a school's ``2024-09-01至2025-08-31``) with no date at all: every verdict needing one
``unknown``, no 序时进度, a user's ``--as-of`` not used. Such a table is one project year,
the table's own year (its figures run from its first month, its 年度指标值 are that
year's), so:

- its as-of date is the period's end (2025-06-30), or a date the user gives inside or
  after it, and its 序时进度 is the share of the twelve months gone (2025-03-31: 9 of 12,
  75.00%; after the window 100%);
- a deadline written without a year (``6月底前完成``) is the month of that name inside the
  window (2025-06-30), not the first year's (2024-06-30, before the window began);
  ``12月前完成`` stays 2024-12-31; a written year is kept;
- a target with no date of its own is due at the window's end, and a pending verdict says
  the time left is the project year's (``距项目年度末（2025-06-30）尚有时间``).

A window of fewer months across the year's end (``2024年7月-2025年3月``) keeps r35q's rule
(no date), and a calendar year's table is unchanged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.expressions import DateValue, Deadline

if TYPE_CHECKING:
    from collections.abc import Sequence

TITLE = "财政项目支出绩效跟踪表"
PROJECT_YEAR = "跟踪时段：2024年7月-2025年6月"
CALENDAR = "跟踪时段：2024年1月-2024年8月"
SPANS = (
    "跟踪时段“2024年7月-2025年6月”跨年度（2024年7月至2025年6月），按一个项目年度（12个月）评价："
    "序时进度按时段内已过月数计，未写年份的截止日期取时段内的月份"
)

NAMES = "一二三四五六七八九十"
# The budget's lines: the fund's total, then the year's appropriation in it.
FUNDS = (
    "\t年度资金总额\t100.00\t100.00\t45.00\t45.00\t",
    "\t其中：当年财政拨款\t100.00\t100.00\t45.00\t45.00\t",
)


def tracking_tsv(
    period_line: str,
    rows: list[tuple[str, str, str]],
    *,
    funds: Sequence[str] = FUNDS,
    numbers: Sequence[str] = NAMES,
) -> str:
    """A tracking table: *period_line*, a budget executed 45 of 100 (*funds*), then *rows*.

    Each row is (level 2, target, actual); its name is 完成第N项工作, N from *numbers*
    (r36o's tables: the total's line alone, N = 1, 2, …).
    """
    lines = [
        TITLE,
        period_line,
        "项目名称\t社区养老服务提升\t\t\t\t\t",
        "主管部门\t某区民政局\t\t实施单位\t某区养老服务中心\t\t",
        "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)\t",
        *funds,
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
    ]
    lines += [
        f"产出指标\t{level2}\t完成第{numbers[i]}项工作\t{target}\t\t{actual}\t"
        for i, (level2, target, actual) in enumerate(rows)
    ]
    return "\n".join(lines) + "\n"


def table_of(
    period_line: str,
    rows: list[tuple[str, str, str]],
    *,
    funds: Sequence[str] = FUNDS,
    numbers: Sequence[str] = NAMES,
) -> perftrack.Table:
    text = tracking_tsv(period_line, rows, funds=funds, numbers=numbers)
    (table,) = perftrack.read_text(text, format="text")
    return table


def card_of(
    period_line: str, rows: list[tuple[str, str, str]], as_of: dt.date | None = None
) -> perftrack.Scorecard:
    policy = perftrack.Policy(as_of=as_of) if as_of is not None else None
    return perftrack.score(table_of(period_line, rows), policy=policy)


def found(card: perftrack.Scorecard, *ids: str) -> list[tuple[str, str | None, str]]:
    return [(f.id, f.where.cell, f.message) for f in card.findings if f.id in ids]


COUNT = [("数量指标", "≥1200人", "600")]


# -- as-of date and time progress ------------------------------------------------------


@pytest.mark.parametrize(
    ("period_line", "as_of", "expected", "source", "time_progress"),
    [
        # the period's end: the whole project year gone (before: None, None, None)
        pytest.param(PROJECT_YEAR, None, dt.date(2025, 6, 30), "period", "100.00", id="end"),
        pytest.param(
            "跟踪时段：2024年7月至2025年6月",
            None,
            dt.date(2025, 6, 30),
            "period",
            "100.00",
            id="zhi",
        ),
        pytest.param(
            "跟踪时段：2024年7月1日至2025年6月30日",
            None,
            dt.date(2025, 6, 30),
            "period",
            "100.00",
            id="days",
        ),
        # a date inside the window: the months gone of the twelve
        pytest.param(
            PROJECT_YEAR, dt.date(2025, 3, 31), dt.date(2025, 3, 31), "policy", "75.00", id="march"
        ),
        pytest.param(
            PROJECT_YEAR, dt.date(2024, 12, 31), dt.date(2024, 12, 31), "policy", "50.00", id="dec"
        ),
        pytest.param(
            PROJECT_YEAR, dt.date(2025, 3, 30), dt.date(2025, 3, 30), "policy", "66.67", id="mid"
        ),
        pytest.param(
            PROJECT_YEAR, dt.date(2024, 7, 31), dt.date(2024, 7, 31), "policy", "8.33", id="first"
        ),
        # after the window: all twelve months
        pytest.param(
            PROJECT_YEAR, dt.date(2025, 9, 30), dt.date(2025, 9, 30), "policy", "100.00", id="after"
        ),
        # a school year, September to August
        pytest.param(
            "监控期间\t2024-09-01至2025-08-31",
            dt.date(2025, 2, 28),
            dt.date(2025, 2, 28),
            "policy",
            "50.00",
            id="school-year",
        ),
    ],
)
def test_as_of_and_time_progress(
    period_line: str,
    as_of: dt.date | None,
    expected: dt.date,
    source: str,
    time_progress: str,
) -> None:
    card = card_of(period_line, COUNT, as_of)
    assert card.as_of == expected
    assert card.as_of_source == source
    assert card.time_progress is not None
    assert f"{card.time_progress:.2f}" == time_progress
    assert found(card, "period-not-cumulative") == []


def test_a_date_before_the_window_is_not_used() -> None:
    # 2024-06-30 is before the project year's first month: the period's end rules, said
    # as for a budget year's table (before: no date at all, period-not-cumulative)
    card = card_of(PROJECT_YEAR, COUNT, dt.date(2024, 6, 30))
    assert (card.as_of, card.as_of_source, card.time_progress) == (
        dt.date(2025, 6, 30),
        "period",
        Decimal(100),
    )
    assert found(card, "time-progress-mismatch") == [
        (
            "time-progress-mismatch",
            None,
            (
                "评价日期2024-06-30早于表格时段（2024年7月起），未采用；按时段末2025-06-30评价，"
                "序时进度按时段末的100.00%计"
            ),
        )
    ]


def test_budget_behind_the_project_years_time_progress() -> None:
    # 45 of 100 spent after 9 of 12 months: behind the project year's 75.00%
    card = card_of(PROJECT_YEAR, COUNT, dt.date(2025, 3, 31))
    assert found(card, "budget-behind-schedule", "period-spans-years") == [
        ("period-spans-years", "A2", SPANS),
        ("budget-behind-schedule", "F6", "执行率45.00%低于序时进度75.00%"),
    ]


# -- deadlines without a year ------------------------------------------------------------


DEADLINES = [
    # the month of that name inside 2024-07..2025-06
    ("6月底前完成", dt.date(2024, 6, 30), dt.date(2025, 6, 30)),
    ("12月前完成", dt.date(2024, 12, 31), dt.date(2024, 12, 31)),
    ("7月底前完成", dt.date(2024, 7, 31), dt.date(2024, 7, 31)),
    ("上半年完成", dt.date(2024, 6, 30), dt.date(2025, 6, 30)),
    ("第一季度末前完成", dt.date(2024, 3, 31), dt.date(2025, 3, 31)),
    ("3月20日前完成", dt.date(2024, 3, 20), dt.date(2025, 3, 20)),
    # a written year, or a word naming one, is kept
    ("2024年6月底前完成", dt.date(2024, 6, 30), dt.date(2024, 6, 30)),
    ("次年3月底前完成", dt.date(2025, 3, 31), dt.date(2025, 3, 31)),
    # the first year's end lies inside the window
    ("年底前完成", dt.date(2024, 12, 31), dt.date(2024, 12, 31)),
]


def test_deadlines_without_a_year() -> None:
    # one table of every case (a kept date alone could not fail): before r36c the
    # project year's column was the calendar one
    rows = [("时效指标", target, "推进中") for target, _, _ in DEADLINES]
    dues = {}
    for period_line in (CALENDAR, PROJECT_YEAR):
        targets = [indicator.target for indicator in table_of(period_line, rows).indicators]
        assert all(isinstance(target, Deadline) for target in targets)
        dues[period_line] = [target.due for target in targets if isinstance(target, Deadline)]
    assert list(
        zip([t for t, _, _ in DEADLINES], dues[CALENDAR], dues[PROJECT_YEAR], strict=True)
    ) == (DEADLINES)


def test_an_actual_date_without_a_year() -> None:
    # 3月已完成 in the project year is March 2025, not March 2024 (before the window)
    rows = [("时效指标", "4月底前完成", "3月已完成")]
    actual = table_of(PROJECT_YEAR, rows).indicators[0].actual
    assert isinstance(actual, DateValue)
    assert (actual.year, actual.month) == (2025, 3)
    calendar = table_of(CALENDAR, rows).indicators[0].actual
    assert isinstance(calendar, DateValue)
    assert (calendar.year, calendar.month) == (2024, 3)


# -- verdicts and findings ------------------------------------------------------------------

ROWS = [
    ("数量指标", "≥1200人", "600"),
    ("时效指标", "6月底前完成", "推进中"),
    ("时效指标", "12月前完成", "推进中"),
    ("数量指标", "3月底前开工≥15个", "10个"),
    ("时效指标", "4月底前完成", "3月已完成"),
]


@pytest.mark.parametrize(
    ("as_of", "verdicts", "passed"),
    [
        pytest.param(
            dt.date(2025, 3, 31),
            [
                ("pending", "实际600人，未达年度指标≥1200人，距项目年度末（2025-06-30）尚有时间"),
                ("pending", "实际“推进中”，截止日期2025-06-30未到"),
                ("not_met", "截止日期2024-12-31已到，实际“推进中”"),
                ("not_met", "实际10个，未达年度指标≥15个"),
                ("met", "实际“3月已完成”，未晚于截止日期2025-04-30"),
            ],
            [
                ("deadline-passed", "D11", "“完成第三项工作”截止日期2024-12-31已到，结果为未完成"),
                ("deadline-passed", "D12", "“完成第四项工作”截止日期2025-03-31已到，结果为未完成"),
            ],
            id="march",
        ),
        pytest.param(
            None,
            [
                ("not_met", "实际600人，未达年度指标≥1200人"),
                ("not_met", "截止日期2025-06-30已到，实际“推进中”"),
                ("not_met", "截止日期2024-12-31已到，实际“推进中”"),
                ("not_met", "实际10个，未达年度指标≥15个"),
                ("met", "实际“3月已完成”，未晚于截止日期2025-04-30"),
            ],
            [
                ("deadline-passed", "D10", "“完成第二项工作”截止日期2025-06-30已到，结果为未完成"),
                ("deadline-passed", "D11", "“完成第三项工作”截止日期2024-12-31已到，结果为未完成"),
                ("deadline-passed", "D12", "“完成第四项工作”截止日期2025-03-31已到，结果为未完成"),
            ],
            id="period-end",
        ),
        pytest.param(
            dt.date(2024, 12, 31),
            [
                ("pending", "实际600人，未达年度指标≥1200人，距项目年度末（2025-06-30）尚有时间"),
                ("pending", "实际“推进中”，截止日期2025-06-30未到"),
                ("not_met", "截止日期2024-12-31已到，实际“推进中”"),
                ("pending", "实际10个，未达年度指标≥15个，距项目年度末（2025-06-30）尚有时间"),
                ("pending", "实际“3月已完成”在评价日期之后，视为预计，截止日期2025-04-30"),
            ],
            [
                ("deadline-passed", "D11", "“完成第三项工作”截止日期2024-12-31已到，结果为未完成"),
            ],
            id="december",
        ),
    ],
)
def test_project_year_verdicts(
    as_of: dt.date | None,
    verdicts: list[tuple[str, str]],
    passed: list[tuple[str, str | None, str]],
) -> None:
    # Before: every row but the done one unknown, "截止日期或评价日期未知，无法判断"
    card = card_of(PROJECT_YEAR, ROWS, as_of)
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == verdicts
    assert found(card, "deadline-passed") == passed
    assert found(card, "period-spans-years", "period-not-cumulative") == [
        ("period-spans-years", "A2", SPANS)
    ]
    assert [v.due for v in card.verdicts] == [
        dt.date(2025, 6, 30),
        dt.date(2025, 6, 30),
        dt.date(2024, 12, 31),
        dt.date(2025, 3, 31),
        dt.date(2025, 4, 30),
    ]


def test_calendar_year_table_beside_it() -> None:
    # the same rows in a 2024年1-8月 table: the first year's dates, as before r36c; the
    # project year's June deadline is a year later
    calendar = card_of(CALENDAR, ROWS)
    project = card_of(PROJECT_YEAR, ROWS, dt.date(2024, 8, 31))
    assert (calendar.as_of, f"{calendar.time_progress:.2f}") == (dt.date(2024, 8, 31), "66.67")
    assert (project.as_of, f"{project.time_progress:.2f}") == (dt.date(2024, 8, 31), "16.67")
    assert [v.due for v in calendar.verdicts][:2] == [dt.date(2024, 12, 31), dt.date(2024, 6, 30)]
    assert [v.due for v in project.verdicts][:2] == [dt.date(2025, 6, 30), dt.date(2025, 6, 30)]
    assert [v.attainment.value for v in calendar.verdicts][:2] == ["pending", "not_met"]
    assert [v.attainment.value for v in project.verdicts][:2] == ["pending", "pending"]


def test_a_shorter_window_across_the_year_keeps_no_date() -> None:
    # 2024年7月-2025年3月 is no twelve months: r35q's rule, no date; its project year
    # is not read from it (beside the project year, which has one)
    short = card_of("跟踪时段：2024年7月-2025年3月", COUNT)
    project = card_of(PROJECT_YEAR, COUNT)
    assert [(c.as_of, c.time_progress) for c in (short, project)] == [
        (None, None),
        (dt.date(2025, 6, 30), Decimal(100)),
    ]
    assert [f.id for f in short.findings if f.id.startswith("period-")] == [
        "period-spans-years",
        "period-not-cumulative",
    ]


def test_time_left_before_a_forecast_clause() -> None:
    # the project year's end is named where the time left is said, a forecast's clause
    # after it (before: unknown, "截止日期或评价日期未知，无法判断；全年预计…")
    lines = [
        TITLE,
        PROJECT_YEAR,
        "项目名称\t社区养老服务提升\t\t\t\t",
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值\t全年预计完成值\t偏差原因分析",
        "产出指标\t数量指标\t培训人数\t≥1200人\t600\t1000\t",
        "产出指标\t数量指标\t开工小区数\t3月底前开工≥15个\t10个\t12个\t",
    ]
    tsv = "".join(line + "\n" for line in lines)
    (table,) = perftrack.read_text(tsv, format="text")
    card = perftrack.score(table, policy=perftrack.Policy(as_of=dt.date(2025, 2, 28)))
    assert [
        (v.attainment.value, v.progress.value, v.explanation, v.due) for v in card.verdicts
    ] == [
        (
            "pending",
            "behind",
            (
                "实际600人，未达年度指标≥1200人，距项目年度末（2025-06-30）尚有时间；"
                "全年预计1000人，未达年度指标≥1200人"
            ),
            dt.date(2025, 6, 30),
        ),
        (
            "pending",
            "behind",
            (
                "实际10个，未达年度指标≥15个，距项目年度末（2025-06-30）尚有时间；"
                "全年预计12个，未达年度指标≥15个"
            ),
            dt.date(2025, 3, 31),
        ),
    ]
    assert f"{card.time_progress:.2f}" == "66.67"
