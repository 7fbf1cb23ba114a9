"""The as-of date of tracking tables whose period is written in words or not at all (r35i).

Two reading faults put mid-year tables at the year's end (12-31, 序时进度 100%), so a
half-done count was a final miss and a deadline still ahead was past:

- the goal block's header row (``年度总体目标 | 预期目标 | 跟踪期实际完成情况``) holds a
  period word (跟踪期) and a year's-end word (年度) and was taken for a year-end period
  line, so a ``2024年…绩效跟踪表`` naming no months was scored at 2024-12-31 instead of at
  no date (docs/scoring.md, "Dates and time progress");
- a half-year or quarter on a line of its own under the title (``（2024年上半年）``,
  ``第三季度``) was read as a year line (the whole year) or passed over.
"""

from __future__ import annotations

import datetime as dt

import pytest

import perftrack
from perftrack.scoring import show


def tracking_tsv(title: str, period_line: str) -> str:
    lines = [title]
    if period_line:
        lines.append(period_line)
    lines += [
        "项目名称\t社区养老服务提升\t\t\t\t\t",
        "主管部门\t某区民政局\t\t实施单位\t某区养老服务中心\t\t",
        "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)\t",
        "\t年度资金总额\t100.00\t100.00\t45.00\t45.00\t",
        "\t其中：当年财政拨款\t100.00\t100.00\t45.00\t45.00\t",
        "年度总体目标\t预期目标\t\t\t跟踪期实际完成情况\t\t",
        "\t提升社区养老服务水平\t\t\t推进中\t\t",
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
        "产出指标\t数量指标\t培训人数\t≥1200人\t序时进度\t600\t",
        "产出指标\t时效指标\t完成系统上线\t2024年9月底前完成\t推进中\t推进中\t",
    ]
    return "\n".join(lines) + "\n"


YEAR_TITLE = "2024年社区养老服务提升项目绩效跟踪表"
YEAR_DU_TITLE = "2024年度社区养老服务提升项目绩效跟踪表"
BARE_TITLE = "财政项目支出绩效跟踪表"

UNKNOWN = "截止日期或评价日期未知，无法判断"
JUNE = (
    dt.date(2024, 6, 30),
    "50.00",
    [
        ("pending", "on_track", "实际600人，未达年度指标≥1200人，距年底尚有时间"),
        ("pending", "on_track", "实际“推进中”，截止日期2024-09-30未到"),
    ],
)
SEPTEMBER = (
    dt.date(2024, 9, 30),
    "75.00",
    [
        (
            "pending",
            "behind",
            "实际600人，未达年度指标≥1200人，距年底尚有时间；实际600人落后于计划900人",
        ),
        (
            "not_met",
            "behind",
            "截止日期2024-09-30已到，实际“推进中”；虽达到计划，但年度指标未达成",
        ),
    ],
)
YEAR_END = (
    dt.date(2024, 12, 31),
    "100.00",
    [
        ("not_met", "behind", "实际600人，未达年度指标≥1200人；实际600人落后于计划1200人"),
        (
            "not_met",
            "behind",
            "截止日期2024-09-30已到，实际“推进中”；虽达到计划，但年度指标未达成",
        ),
    ],
)
# 序时进度 as a plan needs a date: that row's progress is unknown too.
NO_DATE = (None, None, [("unknown", "unknown", UNKNOWN), ("unknown", "on_track", UNKNOWN)])


@pytest.mark.parametrize(
    ("title", "period_line", "expected"),
    [
        # The goal block's header is no period line: a year and no months is no date
        # (before: 2024-12-31, 100%, both rows not_met).
        pytest.param(YEAR_TITLE, "", NO_DATE, id="year-title-no-months"),
        pytest.param(YEAR_DU_TITLE, "", NO_DATE, id="year-du-title-no-months"),
        # A period line that says the year's end still does.
        pytest.param(BARE_TITLE, "跟踪时段：2024年度", YEAR_END, id="labelled-year"),
        pytest.param(BARE_TITLE, "监控期间\t2024年全年", YEAR_END, id="labelled-whole-year"),
        pytest.param(YEAR_TITLE, "跟踪时段：全年", YEAR_END, id="labelled-whole-year-no-year"),
        # Half-years and quarters on a line of their own (before: 12-31, 100%).
        pytest.param(BARE_TITLE, "（2024年上半年）", JUNE, id="bracketed-half"),
        pytest.param(BARE_TITLE, "2024年上半年", JUNE, id="bare-half"),
        pytest.param(YEAR_DU_TITLE, "（上半年）", JUNE, id="bracketed-half-title-year"),
        pytest.param(BARE_TITLE, "（2024年第二季度）", JUNE, id="bracketed-quarter"),
        pytest.param(YEAR_TITLE, "第三季度", SEPTEMBER, id="bare-quarter-title-year"),
        pytest.param(YEAR_DU_TITLE, "（第三季度）", SEPTEMBER, id="bracketed-quarter-title"),
        pytest.param(BARE_TITLE, "【2024年前三季度】", SEPTEMBER, id="first-three-quarters"),
        pytest.param(YEAR_TITLE, "（下半年）", YEAR_END, id="second-half"),
        # Unchanged: labelled lines.
        pytest.param(BARE_TITLE, "跟踪时段：2024年上半年", JUNE, id="labelled-half"),
        pytest.param(YEAR_TITLE, "跟踪时段：第三季度", SEPTEMBER, id="labelled-quarter"),
        # Another year than the title's is not guessed: no date, as before the line.
        pytest.param(YEAR_TITLE, "（2023年上半年）", NO_DATE, id="half-of-another-year"),
    ],
)
def test_as_of_of_a_period_in_words(
    title: str,
    period_line: str,
    expected: tuple[dt.date | None, str | None, list[tuple[str, str, str]]],
) -> None:
    as_of, time_progress, verdicts = expected
    (table,) = perftrack.read_text(tracking_tsv(title, period_line), format="text")
    card = perftrack.score(table)
    assert card.as_of == as_of
    assert card.as_of_source == (None if as_of is None else "period")
    shown = None if card.time_progress is None else show(card.time_progress)
    assert shown == time_progress
    got = [(v.attainment.value, v.progress.value, v.explanation) for v in card.verdicts]
    assert got == verdicts
    missing = [f.message for f in card.findings if f.id == "period-missing"]
    assert bool(missing) == (as_of is None)


def test_budget_of_a_year_table_without_months_is_not_held_to_the_year() -> None:
    # Before: "执行率45.00%低于序时进度100.00%" on a table naming no months.
    (table,) = perftrack.read_text(tracking_tsv(YEAR_TITLE, ""), format="text")
    card = perftrack.score(table)
    assert [f.id for f in card.findings if f.id == "budget-behind-schedule"] == []
    assert [f.message for f in card.findings if f.id == "period-missing"] == [
        (
            "未读到跟踪时段（起止年月），需按日期判断的指标无法判断，"
            "未指定评价日期（--as-of）时序时进度也无法计算；请在表中注明跟踪时段"
        )
    ]


def test_bracketed_half_year_budget_against_june() -> None:
    (table,) = perftrack.read_text(tracking_tsv(BARE_TITLE, "（2024年上半年）"), format="text")
    card = perftrack.score(table)
    assert [f.message for f in card.findings if f.id == "budget-behind-schedule"] == [
        "执行率45.00%低于序时进度50.00%"
    ]
    assert table.period is not None
    assert table.period.text == "（2024年上半年）"


MISMATCH = "period-title-mismatch"


@pytest.mark.parametrize(
    ("title", "period_line", "as_of", "messages"),
    [
        pytest.param(
            "2023年度社区养老服务提升项目绩效跟踪表",
            "跟踪时段：2024年1-6月",
            dt.date(2024, 6, 30),
            [
                (
                    "跟踪时段“2024年1-6月”与标题“2023年度社区养老服务提升项目绩效跟踪表”"
                    "的年度2023年不符，按跟踪时段（至2024年6月）评价"
                )
            ],
            id="another-year",
        ),
        pytest.param(
            "2024年1-6月社区养老服务提升项目绩效跟踪表",
            "跟踪时段：2024年1-9月",
            dt.date(2024, 9, 30),
            [
                (
                    "跟踪时段“2024年1-9月”与标题“2024年1-6月社区养老服务提升项目绩效跟踪表”"
                    "的时段（至6月）不符，按跟踪时段（至2024年9月）评价"
                )
            ],
            id="other-months",
        ),
        pytest.param(
            "2024年上半年社区养老服务提升项目绩效跟踪表",
            "跟踪时段：2024年1-9月",
            dt.date(2024, 9, 30),
            [
                (
                    "跟踪时段“2024年1-9月”与标题“2024年上半年社区养老服务提升项目绩效跟踪表”"
                    "的时段（至6月）不符，按跟踪时段（至2024年9月）评价"
                )
            ],
            id="half-year-title",
        ),
        # Agreeing, or the title names no year or months: nothing to say.
        pytest.param(YEAR_TITLE, "跟踪时段：2024年1-6月", dt.date(2024, 6, 30), [], id="same-year"),
        pytest.param(
            "2024年1-6月社区养老服务提升项目绩效跟踪表",
            "跟踪时段：2024年1月1日-2024年6月30日",
            dt.date(2024, 6, 30),
            [],
            id="same-months",
        ),
        pytest.param(BARE_TITLE, "跟踪时段：2023年1-6月", dt.date(2023, 6, 30), [], id="no-year"),
    ],
)
def test_period_line_against_the_title(
    title: str, period_line: str, as_of: dt.date, messages: list[str]
) -> None:
    (table,) = perftrack.read_text(tracking_tsv(title, period_line), format="text")
    card = perftrack.score(table)
    assert card.as_of == as_of
    found = [f for f in card.findings if f.id == MISMATCH]
    assert [f.message for f in found] == messages
    assert [(f.severity.value, f.where.cell) for f in found] == [("warning", "A2")] * len(messages)


@pytest.mark.parametrize(
    ("period_line", "as_of", "time_progress"),
    [
        # One date that ends its month is the point the table stands at, as 截至… is
        # (before: period-unread, no date).
        pytest.param("跟踪时段：2024年6月30日", dt.date(2024, 6, 30), "50.00", id="june-end"),
        pytest.param("跟踪时段：2024-06-30", dt.date(2024, 6, 30), "50.00", id="iso"),
        pytest.param("跟踪时段：2024.9.30", dt.date(2024, 9, 30), "75.00", id="dots"),
        pytest.param("跟踪时段：2024年2月29日", dt.date(2024, 2, 29), "16.67", id="leap-february"),
        # Another day is not guessed: still period-unread.
        pytest.param("跟踪时段：2024年7月10日", None, None, id="mid-month"),
        pytest.param("跟踪时段：2023年2月29日", None, None, id="no-such-day"),
    ],
)
def test_period_line_of_one_date(
    period_line: str, as_of: dt.date | None, time_progress: str | None
) -> None:
    (table,) = perftrack.read_text(tracking_tsv(BARE_TITLE, period_line), format="text")
    card = perftrack.score(table)
    assert card.as_of == as_of
    shown = None if card.time_progress is None else show(card.time_progress)
    assert shown == time_progress
    value = period_line.partition("：")[2]
    unread = [f.message for f in card.findings if f.id == "period-unread"]
    assert unread == ([] if as_of else [f"跟踪时段“{value}”无法识别，进度无法判断"])


def forecast_tsv(forecast: str, target: str) -> str:
    return (
        "财政项目支出绩效跟踪表\n跟踪时段：2024年1-6月\n项目名称\t社区养老服务提升\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值\t全年预计完成值\t偏差原因分析\n"
        f"产出指标\t时效指标\t完成系统上线\t{target}\t推进中\t{forecast}\t\n"
    )


@pytest.mark.parametrize(
    ("forecast", "target", "progress", "explanation"),
    [
        # 年底, 年内 are the year's end, as 12月底 (before: text, progress unknown).
        pytest.param(
            "预计年底完成",
            "2024年9月底前完成",
            "behind",
            "实际“推进中”，截止日期2024-09-30未到；“预计年底完成”，晚于截止日期2024-09-30",
            id="year-end-after-due",
        ),
        pytest.param(
            "预计年内完成",
            "2024年9月底前完成",
            "behind",
            "实际“推进中”，截止日期2024-09-30未到；“预计年内完成”，晚于截止日期2024-09-30",
            id="within-year-after-due",
        ),
        pytest.param(
            "预计年底前完成",
            "2024年12月底前完成",
            "on_track",
            "实际“推进中”，截止日期2024-12-31未到；“预计年底前完成”，可达成年度指标",
            id="year-end-on-due",
        ),
    ],
)
def test_forecast_by_the_year_end(
    forecast: str, target: str, progress: str, explanation: str
) -> None:
    (table,) = perftrack.read_text(forecast_tsv(forecast, target), format="text")
    (verdict,) = perftrack.score(table).verdicts
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        "pending",
        progress,
        explanation,
    )
