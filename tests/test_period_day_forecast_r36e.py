"""Three silent spots in period and verdict explanations (r36e).

1. A tracking period whose first day is not the 1st (``跟踪时段：2024年1月15日-2024年6月30日``,
   ``2024-03-10至2024-06-30``) is read in whole months from its first month: the day was
   passed over silently; ``period-start-mid-month`` (info) now says so at the period's
   cell. The as-of date and the 序时进度 are unchanged.
2. A row put on track by its 全年预计完成情况 (``预计全年可完成``, ``≥600亿斤`` beside ``—``)
   now names that forecast in its explanation, as a forecast that misses always did;
   an actual read as a forecast (``预计新增灌溉面积2.15万亩``) is quoted already and adds
   nothing.
3. The review letter names the 年度履职目标 (``Indicator.about``'s duty goal) of the rows
   behind their plan, foreseen to miss, or overdue with their result unconfirmed, as it
   did for the rows not met (r35s); a row pending on track is not written up, and
   neither is its goal.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.test_about_shown_r35o import Rows, _tsv
from tests.test_forecast_r35t import tracking_tsv as forecast_tsv
from tests.test_period_r35i import BARE_TITLE, tracking_tsv
from tests.test_scoring_k27b import _tracked

import perftrack
from perftrack.checking import FINDING_IDS
from perftrack.model import Severity
from perftrack.reports import render
from perftrack.scoring import show

# -- 1. a period from mid-month ------------------------------------------------------

MID = "period-start-mid-month"
WHOLE = "，非月初，按整月自2024年1月起算，序时进度按整月计"

PERIOD_CASES = [
    # title, period line, as_of, 序时进度, findings (cell, message)
    (
        "day-15-line",
        BARE_TITLE,
        "跟踪时段：2024年1月15日-2024年6月30日",
        dt.date(2024, 6, 30),
        "50.00",
        [("A2", "跟踪时段“2024年1月15日-2024年6月30日”起于2024年1月15日" + WHOLE)],
    ),
    (
        "iso-dates-in-a-cell-of-their-own",
        BARE_TITLE,
        "监控期间\t2024-01-15至2024-06-30",
        dt.date(2024, 6, 30),
        "50.00",
        [("B2", "监控期间“2024-01-15至2024-06-30”起于2024年1月15日" + WHOLE)],
    ),
    (
        "dots-on-a-line-of-their-own",
        BARE_TITLE,
        "（2024.1.15—2024.6.30）",
        dt.date(2024, 6, 30),
        "50.00",
        [("A2", "跟踪时段“（2024.1.15—2024.6.30）”起于2024年1月15日" + WHOLE)],
    ),
    (
        "title",
        "2024年1月15日-6月30日社区养老服务提升项目绩效跟踪表",
        "",
        dt.date(2024, 6, 30),
        "50.00",
        [
            (
                "A1",
                "标题“2024年1月15日-6月30日社区养老服务提升项目绩效跟踪表”的时段起于2024年1月15日"
                + WHOLE,
            )
        ],
    ),
    (
        # a printed last day before the month's end still gives that day (r35q)
        "both-days",
        BARE_TITLE,
        "跟踪时段：2024年1月15日-2024年6月15日",
        dt.date(2024, 6, 15),
        "41.67",
        [("A2", "跟踪时段“2024年1月15日-2024年6月15日”起于2024年1月15日" + WHOLE)],
    ),
    (
        # a window from March has no 序时进度 (period-not-cumulative): not spoken of
        "window-from-march",
        BARE_TITLE,
        "跟踪时段：2024-03-10至2024-06-30",
        None,
        None,
        [
            (
                "A2",
                "跟踪时段“2024-03-10至2024-06-30”起于2024年3月10日，非月初，按整月自2024年3月起算",
            )
        ],
    ),
    (
        # past the year's end: judged at 2024-12-31 (period-spans-years), no 序时进度 words
        "spans-years",
        BARE_TITLE,
        "跟踪时段：2024年1月15日-2025年3月31日",
        dt.date(2024, 12, 31),
        "100.00",
        [
            (
                "A2",
                "跟踪时段“2024年1月15日-2025年3月31日”起于2024年1月15日，非月初，按整月自2024年1月起算",
            )
        ],
    ),
    # the first day, or no day: nothing to say
    (
        "first-day",
        BARE_TITLE,
        "跟踪时段：2024年1月1日-2024年6月30日",
        dt.date(2024, 6, 30),
        "50.00",
        [],
    ),
    (
        "zero-padded",
        BARE_TITLE,
        "跟踪时段：2024-01-01至2024-06-30",
        dt.date(2024, 6, 30),
        "50.00",
        [],
    ),
    ("months", BARE_TITLE, "跟踪时段：2024年1-6月", dt.date(2024, 6, 30), "50.00", []),
    # a day the month does not have is period-date-invalid's alone (r35m)
    (
        "day-32",
        BARE_TITLE,
        "跟踪时段：2024年1月32日-2024年6月30日",
        dt.date(2024, 6, 30),
        "50.00",
        [],
    ),
    (
        "day-0",
        BARE_TITLE,
        "跟踪时段：2024年1月0日-2024年6月30日",
        dt.date(2024, 6, 30),
        "50.00",
        [],
    ),
]


@pytest.mark.parametrize(
    ("title", "period_line", "as_of", "time_progress", "findings"),
    [case[1:] for case in PERIOD_CASES],
    ids=[case[0] for case in PERIOD_CASES],
)
def test_period_from_mid_month(
    title: str,
    period_line: str,
    as_of: dt.date | None,
    time_progress: str | None,
    findings: list[tuple[str, str]],
) -> None:
    (table,) = perftrack.read_text(tracking_tsv(title, period_line), format="text")
    card = perftrack.score(table)
    assert card.as_of == as_of
    assert (show(card.time_progress) if card.time_progress is not None else None) == time_progress
    mid = [f for f in card.findings if f.id == MID]
    assert [(f.where.cell, f.message) for f in mid] == findings
    assert all(f.severity is Severity.INFO for f in mid)
    assert [f.id for f in card.findings if f.id == "period-unread"] == []


def test_period_from_mid_month_is_a_known_id() -> None:
    assert MID in FINDING_IDS  # perftrack check --select period-start-mid-month


# -- 2. the forecast that puts a row on track, named ----------------------------------

PENDING_600 = "实际600人，未达年度指标≥1200人，距年底尚有时间"

FORECAST_CASES = [
    # forecast cell, (attainment, progress, explanation) of the count row (≥1200人, 600 in June)
    (
        "预计全年可完成",
        ("pending", "on_track", PENDING_600 + "；“预计全年可完成”，可达成年度指标"),
    ),
    (
        "预计年底完成",
        (
            "pending",
            "on_track",
            PENDING_600 + "；“预计年底完成”，预计截止日期2024-12-31前完成",
        ),
    ),
    ("1300人", ("pending", "on_track", PENDING_600 + "；全年预计“1300人”，可达成年度指标")),
    ("能完成", ("pending", "on_track", PENDING_600 + "；全年预计“能完成”，可达成年度指标")),
    # a forecast that misses was named before, and still is, once
    ("1000人", ("pending", "behind", PENDING_600 + "；全年预计1000人，未达年度指标≥1200人")),
    # a forecast already past at the as-of date decides nothing: nothing to name
    ("预计5月底完成", ("pending", "unknown", PENDING_600)),
]


@pytest.mark.parametrize(
    ("forecast", "expected"), FORECAST_CASES, ids=[case[0] for case in FORECAST_CASES]
)
def test_forecast_on_track_is_named(forecast: str, expected: tuple[str, str, str]) -> None:
    (table,) = perftrack.read_text(forecast_tsv(forecast))
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


NO_FIGURE = "尚无实际完成值（“—”），截止日期未到，进度以全年预计判断"


@pytest.mark.parametrize(
    ("forecast", "expected"),
    [
        pytest.param(
            "≥600亿斤",
            ("pending", "on_track", NO_FIGURE + "；全年预计“≥600亿斤”，可达成年度指标"),
            id="no-figure-forecast-meets",
        ),
        pytest.param(
            "580亿斤",
            ("pending", "behind", NO_FIGURE + "；全年预计580亿斤，未达年度指标≥600亿斤"),
            id="no-figure-forecast-short",
        ),
    ],
)
def test_no_figure_yet_names_the_forecast(forecast: str, expected: tuple[str, str, str]) -> None:
    # 粮食产量 | ≥600亿斤 | plan 400亿斤 | — | 全年预计 in a 1-9月 table
    assert _tracked("粮食产量", "≥600亿斤", "400亿斤", "—", forecast, "确定能") == expected


def test_an_actual_read_as_a_forecast_is_not_named_twice() -> None:
    tsv = (
        "2024年农田水利项目绩效跟踪表\n跟踪时段：2024年1-6月\n项目名称\t农田水利\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值\n"
        "产出指标\t数量指标\t新增灌溉面积\t≥2万亩\t预计新增灌溉面积2.15万亩\n"
    )
    (table,) = perftrack.read_text(tsv)
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.progress.value, verdict.explanation) == (
        "on_track",
        "实际“预计新增灌溉面积2.15万亩”为预计数，不是实际完成值，截止日期未到",
    )


# -- 3. the review letter: the 年度履职目标 of every row it writes up ---------------------

HEAD: Rows = (
    ("部门整体支出绩效运行监控表",),
    ("跟踪时段：2024年1-9月",),
    ("部门名称", "XX县自然资源局"),
)
GOAL1, GOAL2, GOAL3 = "目标1：完成规划", "目标2：开展执法", "目标3：服务群众"
PLANNED = ("年度履职目标", "一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值")
PLANNED += ("跟踪期实际完成值", "偏差原因分析", "纠偏措施")
FORECAST = ("年度履职目标", "一级指标", "二级指标", "三级指标", "年度指标值")
FORECAST += ("跟踪期实际完成值", "全年预计完成情况", "偏差原因分析", "纠偏措施")
PLAN_ROW = ("产出指标", "数量指标", "完成乡镇国土空间规划数量", "≥12个", "9个")
DEADLINE_ROW = ("产出指标", "时效指标", "执法系统上线", "2024年6月底前完成")
SURVEY_ROW = ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")
REASONS = ("资金未到位", "加快推进")

LETTER_CASES = [
    (
        "behind its plan",
        (
            PLANNED,
            (GOAL1, *PLAN_ROW, "5个", *REASONS),
            (GOAL3, *SURVEY_ROW, "90%", "/", "", ""),
        ),
        (
            "有1项指标进度落后于跟踪期计划（“完成乡镇国土空间规划数量”），"
            "涉及年度履职目标“目标1：完成规划”"
        ),
    ),
    (
        "behind beside a row not met: each its own goal",
        (
            PLANNED,
            (GOAL1, *PLAN_ROW, "5个", *REASONS),
            (GOAL2, *DEADLINE_ROW, "完成", "推进中", *REASONS),
        ),
        (
            "一是有1项指标未完成年度目标（“执法系统上线”），涉及年度履职目标“目标2：开展执法”；"
            "二是有1项指标进度落后于跟踪期计划（“完成乡镇国土空间规划数量”），"
            "涉及年度履职目标“目标1：完成规划”。"
        ),
    ),
    (
        "foreseen to miss; a row on track by its forecast is not written up",
        (
            FORECAST,
            (GOAL1, *PLAN_ROW[:4], "5个", "10个", *REASONS),
            (GOAL3, *SURVEY_ROW, "/", "≥90%", "", ""),
        ),
        (
            "据单位全年预计，有1项指标无法完成年度目标（“完成乡镇国土空间规划数量”），"
            "涉及年度履职目标“目标1：完成规划”。"
        ),
    ),
    (
        "overdue, result unconfirmed",
        (
            (*PLANNED[:5], "跟踪期实际完成值", "偏差原因分析"),
            (GOAL2, *DEADLINE_ROW, "见附件", ""),
            (GOAL1, *PLAN_ROW[:4], "12个", ""),
        ),
        "有1项指标已到完成时限但未确认完成（“执法系统上线”），涉及年度履职目标“目标2：开展执法”。",
    ),
]


@pytest.mark.parametrize(
    ("rows", "line"), [case[1:] for case in LETTER_CASES], ids=[case[0] for case in LETTER_CASES]
)
def test_review_names_goal_of_rows_written_up(rows: Rows, line: str) -> None:
    (table,) = perftrack.read(_tsv((*HEAD, *rows)), name="表.tsv")
    letter = render([perftrack.score(table)], [], "review")
    assert line in letter
    assert GOAL3 not in letter  # the row on track (or pending, not due) is not written up
