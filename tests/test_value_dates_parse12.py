"""Value dates with a part and times before a done status (review round parse12, H1 and M2).

H1: a time before the verb of a done status (四季度已完成, 已于四季度完成, 下半年已完成,
次年已完成, 春节后已发放, 节后已发放, 逾期已完成) was dropped as the status's subject: a
plain done, which met any earlier deadline. M2: a value date naming a 旬 or a quarter
(2025年3月上旬完成, 12月下旬完成, 第四季度完成, 2026年1月中旬完成) was text, unknown against
a deadline; 当年完成 was text while 年内已完成 was done.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from perftrack import DateValue, Part, Status, StatusValue, TextValue, parse_value
from perftrack.model import TableKind
from perftrack.serialization import from_json, to_json
from scoring_builders import YEAR, finding_ids, indicator, score_one

DONE = Status.DONE
NEXT = YEAR + 1

VALUES = [
    # M2: a 旬 keeps its month, a quarter or a half-year names no month
    pytest.param("2023年3月上旬完成", DateValue(YEAR, 3, None, DONE, Part.EARLY), "已于2023年3月上旬完成", id="xun-early-done"),
    pytest.param("12月下旬完成", DateValue(YEAR, 12, None, DONE, Part.LATE), "已于2023年12月下旬完成", id="xun-late-table-year"),
    pytest.param("12月中旬", DateValue(YEAR, 12, None, None, Part.MID), "2023年12月中旬", id="xun-bare"),
    pytest.param("2024年1月中旬完成", DateValue(NEXT, 1, None, DONE, Part.MID), "已于2024年1月中旬完成", id="xun-next-year-written"),
    pytest.param("12月上旬完成验收", DateValue(YEAR, 12, None, DONE, Part.EARLY), "已于2023年12月上旬完成", id="xun-acceptance"),
    pytest.param("第四季度完成", DateValue(YEAR, None, None, DONE, Part.QUARTER_4), "已于2023年第四季度完成", id="quarter-done"),
    pytest.param("2023年四季度已完成", DateValue(YEAR, None, None, DONE, Part.QUARTER_4), "已于2023年第四季度完成", id="quarter-with-year"),
    pytest.param("上半年完成", DateValue(YEAR, None, None, DONE, Part.HALF_1), "已于2023年上半年完成", id="half-done"),
    # H1: a time before the done status is the date, not a subject
    pytest.param("四季度已完成", DateValue(YEAR, None, None, DONE, Part.QUARTER_4), "已于2023年第四季度完成", id="h1-quarter-then-done"),
    pytest.param("四季度已竣工", DateValue(YEAR, None, None, DONE, Part.QUARTER_4), "已于2023年第四季度完成", id="h1-quarter-then-finished"),
    pytest.param("已于四季度完成", DateValue(YEAR, None, None, DONE, Part.QUARTER_4), "已于2023年第四季度完成", id="h1-done-in-quarter"),
    pytest.param("第四季度已完成验收", DateValue(YEAR, None, None, DONE, Part.QUARTER_4), "已于2023年第四季度完成", id="h1-quarter-acceptance"),
    pytest.param("下半年已完成", DateValue(YEAR, None, None, DONE, Part.HALF_2), "已于2023年下半年完成", id="h1-second-half"),
    pytest.param("上半年已完成", DateValue(YEAR, None, None, DONE, Part.HALF_1), "已于2023年上半年完成", id="h1-first-half"),
    pytest.param("12月下旬已完成", DateValue(YEAR, 12, None, DONE, Part.LATE), "已于2023年12月下旬完成", id="h1-xun-then-done"),
    pytest.param("次年已完成", DateValue(NEXT, None, None, DONE), "已于2024年完成", id="h1-next-year"),
    pytest.param("次年一季度已完成", DateValue(NEXT, None, None, DONE, Part.QUARTER_1), "已于2024年第一季度完成", id="h1-next-year-quarter"),
    # … or a lateness the scoring reads (text, not a bare done)
    pytest.param("逾期已完成", TextValue("逾期已完成"), "逾期已完成", id="h1-overdue-then-done"),
    pytest.param("春节后已发放", TextValue("春节后已发放"), "春节后已发放", id="h1-after-spring-festival"),
    pytest.param("节后已发放", TextValue("节后已发放"), "节后已发放", id="h1-after-the-festival"),
    # unchanged: other subjects, a festival before, a late word after the verb, not done
    pytest.param("年中已完成", StatusValue(DONE, "年中已完成"), "年中已完成", id="mid-year-stays-done"),
    # r35e: 年内已完成 is done within the year, as 当年完成 is (it was the bare status done, so a
    # deadline in October was met by it while 当年完成 left it unknown)
    pytest.param("年内已完成", DateValue(2023, None, None, DONE, Part.YEAR), "当年完成", id="within-year-done"),
    pytest.param("春节前已发放", StatusValue(DONE, "春节前已发放"), "春节前已发放", id="before-festival-stays-done"),
    pytest.param("已于春节前发放到位", StatusValue(DONE, "已于春节前发放到位"), "已于春节前发放到位", id="done-before-festival-stays-done"),
    pytest.param("已完成延期项目验收", StatusValue(DONE, "已完成延期项目验收"), "已完成延期项目验收", id="late-word-after-verb-stays-done"),
    pytest.param("四季度未完成", StatusValue(Status.NOT_DONE, "四季度未完成"), "四季度未完成", id="quarter-not-done-stays"),
    pytest.param("四季度已基本完成", StatusValue(Status.PARTIAL, "四季度已基本完成"), "四季度已基本完成", id="quarter-partly-done-stays"),
    pytest.param("2024年3月上旬开工", TextValue("2024年3月上旬开工"), "2024年3月上旬开工", id="xun-start-stays-text"),
    pytest.param("6月四季度", TextValue("6月四季度"), "6月四季度", id="month-and-quarter-no-date"),
    # M2, r24 M7: 当年完成 is done within the year, a part of it (a deadline inside it is unknown)
    pytest.param("当年完成", DateValue(2023, None, None, DONE, Part.YEAR), "当年完成", id="this-year-done"),
    pytest.param("本年度已竣工", DateValue(2023, None, None, DONE, Part.YEAR), "当年完成", id="this-year-finished"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "canonical"), VALUES)
def test_value(text: str, expected: object, canonical: str) -> None:
    value = parse_value(text, year=YEAR)
    assert value == expected
    assert str(value) == canonical
    assert parse_value(canonical, year=YEAR) == expected  # the canonical text reads back


def test_next_year_without_the_tables_year_stays_text() -> None:
    """次年 cannot be placed without the table's year: no date, and no bare done."""
    assert parse_value("次年已完成") == TextValue("次年已完成")


SPANS = [
    pytest.param(DateValue(YEAR, 3, part=Part.EARLY), dt.date(YEAR, 3, 1), dt.date(YEAR, 3, 10), id="early"),
    pytest.param(DateValue(YEAR, 3, part=Part.MID), dt.date(YEAR, 3, 11), dt.date(YEAR, 3, 20), id="mid"),
    pytest.param(DateValue(YEAR, 2, part=Part.LATE), dt.date(YEAR, 2, 21), dt.date(YEAR, 2, 28), id="late"),
    pytest.param(DateValue(YEAR, None, part=Part.QUARTER_3), dt.date(YEAR, 7, 1), dt.date(YEAR, 9, 30), id="quarter"),
    pytest.param(DateValue(YEAR, None, part=Part.HALF_2), dt.date(YEAR, 7, 1), dt.date(YEAR, 12, 31), id="half"),
    pytest.param(DateValue(YEAR, 6), dt.date(YEAR, 6, 1), dt.date(YEAR, 6, 30), id="month"),
    pytest.param(DateValue(YEAR, None), dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31), id="year"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "start", "last"), SPANS)
def test_span(value: DateValue, start: dt.date, last: dt.date) -> None:
    assert (value.start, value.date) == (start, last)


def test_part_round_trips_through_json() -> None:
    value = parse_value("四季度已完成", year=YEAR)
    text = to_json(value)
    assert json.loads(text)["part"] == "quarter_4"
    assert from_json(text, DateValue) == value
    assert "part" not in json.loads(to_json(parse_value("2023年6月完成")))  # only when named


TIME = {"name": "完成时间", "level1": "产出指标", "level2": "时效指标"}


def case(target: str, actual: str, attainment: str, *, id: str) -> object:  # noqa: A002
    return pytest.param(target, actual, attainment, id=id)


DEADLINES = [
    # H1 (pairs7): late work no longer meets its deadline
    case("2023年9月底前完成", "四季度已完成", "not_met", id="h1-quarter-after-due"),
    case(
        "2023年第三季度末前", "第四季度已完成验收", "not_met", id="h1-quarter-acceptance-after-due"
    ),
    case("2023年9月底前完成", "四季度已竣工", "not_met", id="h1-quarter-finished-after-due"),
    case("2023年9月底前完成", "已于四季度完成", "not_met", id="h1-done-in-quarter-after-due"),
    case("2023年上半年", "下半年已完成", "not_met", id="h1-second-half-after-first"),
    case("2023年6月30日前", "下半年已完成", "not_met", id="h1-second-half-after-day"),
    case("2023年底前完成", "次年已完成", "not_met", id="h1-next-year"),
    case("当年完成", "次年已完成", "not_met", id="h1-next-year-this-year"),
    case("春节前（1月20日前）发放到位", "节后已发放", "not_met", id="h1-after-the-festival"),
    case(
        "春节前（1月20日前）发放到位", "春节后已发放", "not_met", id="h1-after-the-named-festival"
    ),
    case("2023年1月20日前发放到位", "春节后已发放", "unknown", id="h1-festival-not-placed"),
    case("2023年10月底前完成", "逾期已完成", "not_met", id="h1-overdue-done"),
    case("2023年10月底前完成", "延期已完成", "not_met", id="h1-put-off-done"),
    case("2023年10月底前完成", "年中已完成", "met", id="h1-mid-year-met"),
    case("2023年10月底前完成", "上半年已完成", "met", id="h1-first-half-met"),
    case("第三季度内完成", "三季度已完成", "met", id="h1-same-quarter-met"),
    case("二季度末", "二季度已完成", "met", id="h1-quarter-end-met"),
    case("一季度", "二季度已完成", "not_met", id="h1-next-quarter"),
    case("2023年11月底前", "四季度已完成", "unknown", id="h1-quarter-holds-due"),
    case("2023年3月底前", "上半年已完成", "unknown", id="h1-half-holds-due"),
    # M2 (pairs2): 旬 and quarters as dates
    case("2023年3月上旬前完成春季造林", "2023年3月上旬完成", "met", id="m2-same-xun"),
    case("2023年3月上旬前完成春季造林", "2023年3月下旬完成", "not_met", id="m2-later-xun"),
    case("2023年3月上旬前完成春季造林", "3月中旬完成", "not_met", id="m2-next-xun"),
    case("2023年11月下旬前完成秋粮收购", "11月下旬完成收购", "met", id="m2-late-xun-met"),
    case("2023年11月下旬前完成秋粮收购", "12月上旬完成", "not_met", id="m2-next-month-xun"),
    case("第三季度内完成", "第四季度完成", "not_met", id="m2-quarter-late"),
    case("年底前完成", "2024年1月中旬完成", "not_met", id="m2-next-year-xun"),
    case("12月中旬以前", "12月中旬", "met", id="m2-bare-xun-met"),
    case("12月中旬以前", "12月下旬完成", "not_met", id="m2-bare-xun-late"),
    case("2023年12月上旬之前完成档案移交", "12月上旬完成验收", "met", id="m2-xun-acceptance"),
    case("2023年3月15日前", "3月中旬完成", "unknown", id="m2-xun-holds-due"),
    case("2023年12月底前", "第四季度完成", "met", id="m2-quarter-by-year-end"),
    case("年内完成", "当年完成", "met", id="m2-this-year"),
    # unchanged: a month counts from its first day
    case("2023年4月中旬前完成", "2023年4月完成", "met", id="month-from-first-day"),
]


@pytest.mark.parametrize(("target", "actual", "attainment"), DEADLINES)
def test_deadline(target: str, actual: str, attainment: str) -> None:
    row = indicator(**TIME, target=target, actual=actual, weight="5", points="5")
    card = score_one(row, period=(YEAR, 1, YEAR, 12), kind=TableKind.SELF_EVALUATION)
    verdict = card.verdicts[0]
    assert verdict.attainment.value == attainment, verdict.explanation
    if attainment == "not_met":
        assert "full-points-not-met" in finding_ids(card)


def test_mid_year_quarter_is_pending() -> None:
    """Before its part has begun a quarter is a forecast in a tracking table (as a month is)."""
    row = indicator(**TIME, target="2023年12月底前", actual="四季度已完成")
    card = score_one(row, period=(YEAR, 1, YEAR, 8))
    assert card.verdicts[0].attainment.value == "pending"
    assert "actual-after-period" in finding_ids(card)
