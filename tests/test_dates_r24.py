"""Date fixes a regression audit (regress24) found worse than before.

H1: a heading's year (某县水利局2025年项目支出绩效自评结果公开) is often the year the
results were published, not the data's: taken only written N年度 or where the table's
dates agree, never for a range of years.
H2: 春节前 in an annual table may be this year's 春节 or the next one's.
M3: a recurring time before a done verb (按季度已完成, 每月中旬已发放) is no date; steps
then a dated completion (二季度已开工，四季度已完成) are judged by the completion.
M4: deadline-outside-year only for a deadline with a year of its own (not 次年3月前).
M5: festivals on a fixed day (八一, 教师节, 五一…) and 元宵, 重阳.
M7: 当年完成 is the year as a part: a deadline inside it is unknown.
L3: an Excel boolean (FALSE read 否) against 否 is an answer, no copy of the target.
"""

from __future__ import annotations

import datetime as dt

import pytest

import perftrack
from perftrack import (
    DateValue,
    Deadline,
    Descriptive,
    Part,
    Status,
    StatusValue,
    parse_target,
    parse_value,
    vocabulary,
)
from perftrack.scoring import score
from scoring_builders import finding_ids, indicator, self_evaluation_table

# ---------------------------------------------------------------------------
# Parser objects

FESTIVAL_TARGETS = [
    ("八一前发放到位", dt.date(2025, 7, 31)),
    ("建军节前发放", dt.date(2025, 7, 31)),
    ("重阳节前发放", dt.date(2025, 10, 28)),
    ("教师节前完成", dt.date(2025, 9, 9)),
    ("六一前完成", dt.date(2025, 5, 31)),
    ("儿童节前完成", dt.date(2025, 5, 31)),
    ("五一前完工", dt.date(2025, 4, 30)),
    ("劳动节前完成", dt.date(2025, 4, 30)),
    ("五一劳动节前", dt.date(2025, 4, 30)),
    ("七一前完成", dt.date(2025, 6, 30)),
    ("十一前完成", dt.date(2025, 9, 30)),
    ("中秋十一前", dt.date(2025, 9, 30)),
    ("元宵节前完成", dt.date(2025, 2, 11)),
    ("2026年重阳节前", dt.date(2026, 10, 17)),
    ("次年元宵节前", dt.date(2026, 3, 2)),
]


@pytest.mark.parametrize(("text", "due"), FESTIVAL_TARGETS)
def test_festival_deadlines(text: str, due: dt.date) -> None:
    target = parse_target(text, year=2025)
    assert isinstance(target, Deadline)
    assert target.due == due


@pytest.mark.parametrize("text", ["春运前完成", "秋季开学前完成", "供暖季前完成", "劳动前"])
def test_seasons_that_vary_stay_prose(text: str) -> None:
    assert isinstance(parse_target(text, year=2025), Descriptive)


def test_lunar_tables() -> None:
    spring, lantern = vocabulary.FESTIVALS["春节"], vocabulary.FESTIVALS["元宵"]
    for year in range(2015, 2036):
        # 元宵 is the 15th of the first lunar month: 春节 + 14 days
        assert dt.date(year, *lantern[year]) == dt.date(year, *spring[year]) + dt.timedelta(14)
    assert vocabulary.FESTIVALS["重阳"][2025] == (10, 29)
    assert vocabulary.FESTIVALS["重阳"][2033] == (10, 1)
    assert set(vocabulary.FESTIVALS["重阳"]) == set(range(2015, 2036))


DONE = Status.DONE
VALUES = [
    ("按季度已完成", StatusValue(DONE, "按季度已完成")),
    ("各季度已完成", StatusValue(DONE, "各季度已完成")),
    ("每月中旬已发放", StatusValue(DONE, "每月中旬已发放")),
    ("每月上旬已完成", StatusValue(DONE, "每月上旬已完成")),
    ("本季度已完成", StatusValue(DONE, "本季度已完成")),
    ("四季度已完成", DateValue(2025, None, None, DONE, Part.QUARTER_4)),
    ("二季度已开工，四季度已完成", DateValue(2025, None, None, DONE, Part.QUARTER_4)),
    ("二季度开工，四季度完成", DateValue(2025, None, None, DONE, Part.QUARTER_4)),
    ("3月已开工，10月已完成", DateValue(2025, 10, None, DONE)),
    ("已开工，部分完成", StatusValue(Status.IN_PROGRESS, "已开工,部分完成")),
    ("当年完成", DateValue(2025, None, None, DONE, Part.YEAR)),
    ("今年全部完成", DateValue(2025, None, None, DONE, Part.YEAR)),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_values(text: str, expected: object) -> None:
    assert parse_value(text, year=2025) == expected


def test_this_year_done_without_a_year_is_done() -> None:
    assert parse_value("当年完成") == StatusValue(DONE, "当年完成")


# ---------------------------------------------------------------------------
# Scoring on a one-row 自评表 of 2025

TIMELY = {"name": "完成时间", "level2": "时效指标", "year": 2025}

VERDICTS = [
    # H2: 春节 of this year or of the next
    ("春节前发放到位", "2026年1月20日发放", "unknown"),
    ("春节前发放到位", "2025年1月20日发放", "met"),
    ("春节前发放到位", "2026年2月20日发放", "not_met"),
    ("2025年春节前发放到位", "2025年3月10日发放", "not_met"),
    ("次年春节前", "2026年1月20日发放", "met"),
    ("元宵节前完成", "2026年1月20日完成", "unknown"),
    ("元旦春节前发放到位", "2026年1月15日发放", "unknown"),
    ("元旦春节前发放到位", "2025年1月15日发放", "met"),
    # regress26 M2: 元旦春节前 follows the 春节, the winter before the next is in doubt
    ("元旦春节前发放到位", "2025年12月20日发放", "unknown"),
    ("元旦春节前发放到位", "2026年3月1日发放", "not_met"),
    ("元旦前", "2026年1月15日完成", "not_met"),
    # M5
    ("八一前发放到位", "2025年7月25日发放", "met"),
    ("八一前发放到位", "2025年8月20日发放", "not_met"),
    ("重阳节前发放", "2025年10月20日发放", "met"),
    ("重阳节前发放", "2025年11月2日发放", "not_met"),
    ("教师节前完成", "2025年9月5日完成", "met"),
    ("六一前完成", "2025年5月28日完成", "met"),
    ("劳动节前完成", "2025年5月8日完成", "not_met"),
    ("十一前完成", "2025年9月25日完成", "met"),
    ("元宵节前完成", "2025年2月10日完成", "met"),
    ("春运前完成", "2025年1月10日完成", "unknown"),
    # M3
    ("每季度开展1次", "按季度已完成", "met"),
    ("每季度开展1次", "各季度已完成", "met"),
    ("每月20日前发放", "每月中旬已发放", "met"),
    ("每月10日前", "每月上旬已完成", "met"),
    ("2025年6月底前", "本季度已完成", "met"),
    ("2025年9月底前", "二季度已开工，四季度已完成", "not_met"),
    ("2025年12月底前", "二季度已开工，四季度已完成", "met"),
    ("2025年9月底前", "3月已开工，8月已完成", "met"),
    ("2025年11月底前", "四季度已完成", "unknown"),
    # M7
    ("2025年6月底前", "当年完成", "unknown"),
    ("2025年12月底前", "当年完成", "met"),
    ("2025年6月底前", "今年已完成", "unknown"),
]


@pytest.mark.parametrize(("target", "actual", "attainment"), VERDICTS)
def test_scoring(target: str, actual: str, attainment: str) -> None:
    row = indicator(target=target, actual=actual, weight=5, points=5, **TIMELY)
    got = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert got.attainment.value == attainment, got.explanation


def test_festival_doubt_says_why() -> None:
    row = indicator(target="春节前发放到位", actual="2026年1月20日发放", **TIMELY)
    got = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert "未写年份" in got.explanation


# M4: deadline-outside-year only for a deadline with a year of its own
OUTSIDE = [
    ("次年3月前", False),
    ("次年3月底前", False),
    ("次年一季度", False),
    ("次年1月中旬前", False),
    ("次年春节前", False),
    # fp18 M1: a date in the next year's first quarter is 次年3月底前 written out
    ("2026年3月底前", False),
    ("2026年4月底前", True),
    ("2026年6月底前", True),
    ("2024年12月底前", True),
]


@pytest.mark.parametrize(("target", "found"), OUTSIDE)
def test_deadline_outside_year(target: str, found: bool) -> None:  # noqa: FBT001
    row = indicator(target=target, actual="已完成", weight=5, points=5, **TIMELY)
    card = score(self_evaluation_table([row], year=2025))
    assert ("deadline-outside-year" in finding_ids(card)) is found


# L3: a 是/否 answer equal to its target is no copy
@pytest.mark.parametrize(
    ("target", "actual", "copied"),
    [("否", "否", False), ("是", "是", False), ("有效保障", "有效保障", True)],
)
def test_yes_no_answer_is_no_copy(target: str, actual: str, copied: bool) -> None:  # noqa: FBT001
    row = indicator(name="是否发生重大安全事件", target=target, actual=actual, level2="质量指标")
    card = score(self_evaluation_table([row], year=2025))
    assert ("actual-copies-target" in finding_ids(card)) is copied


def test_excel_false_against_no_is_no_copy() -> None:
    text = (
        "2024年度项目支出绩效自评表\n项目名称\t网络安全运维\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t质量指标\t是否发生重大网络安全事件\t否\tFALSE\t30\t30\n"
    )
    [table] = perftrack.read(text.encode("utf-8"), format="text")
    assert "actual-copies-target" not in finding_ids(score(table))


# ---------------------------------------------------------------------------
# H1: grid headings

ROWS = [
    ["项目名称", "农村饮水安全巩固提升"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "改造供水管网", "≥50公里", "46公里", "30", "27"],
    ["产出指标", "时效指标", "工程完工时间", "6月底前完成", "{done}", "30", "30"],
]


def _html(heading: str, done: str) -> bytes:
    grid = "".join(
        "<tr>" + "".join(f"<td>{cell.format(done=done)}</td>" for cell in row) + "</tr>"
        for row in ROWS
    )
    body = f"<h2>{heading}</h2><p>发布时间：2025-04-15</p><table>{grid}</table>"
    return f"<html><body>{body}</body></html>".encode()


HEADINGS = [
    # a year written N年: the publication's, unless the table's dates agree
    ("某县水利局2025年项目支出绩效自评结果公开", "2024年7月10日完成", None),
    ("关于2025年部门项目绩效自评情况的公示", "2024年7月10日完成", None),
    ("某县水利局2025年项目支出绩效自评结果公开", "2025年6月10日完成", 2025),
    ("某县水利局2025年项目支出绩效自评结果公开", "已完成", 2025),
    # N年度: the data's year
    ("某县水利局2024年度项目支出绩效自评结果公开", "2024年7月10日完成", 2024),
    ("某县水利局2025年度项目支出绩效自评结果公开", "2024年7月10日完成", 2025),
    ("关于2025年部门2024年度项目绩效自评情况的公示", "2024年7月10日完成", 2024),
    # a range of years: none
    ("某县2023-2025年水利项目绩效自评结果汇总公开", "已完成", None),
    ("某县2023年至2025年度水利项目绩效自评结果公开", "已完成", None),
]


@pytest.mark.parametrize(("heading", "done", "year"), HEADINGS)
def test_heading_year(heading: str, done: str, year: int | None) -> None:
    [table] = perftrack.read(_html(heading, done), format="html")
    assert table.year == year


def test_publication_year_leaves_a_yearless_deadline_unknown() -> None:
    data = _html("某县水利局2025年项目支出绩效自评结果公开", "2024年7月10日完成")
    [table] = perftrack.read(data, format="html")
    assert score(table).verdicts[1].attainment.value == "unknown"
