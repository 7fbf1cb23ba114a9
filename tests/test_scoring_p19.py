"""parse19: standard codes, named groups, works under way, zero words, mid-year limits.

H2: a standard's code in a target (``符合CJJ45-2015标准``) is a name, never a range.
H1: a target naming a group (``城区100%``) is judged on that group's figure when the
actual lists several.
H3: works counted done with some of them still being installed, commissioned or only
structurally finished are not all done.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import (
    Descriptive,
    QualitativeTarget,
    Status,
    StatusValue,
    parse_target,
    parse_value,
    score,
)
from perftrack.expressions._normalize import normalize
from scoring_builders import finding_ids, indicator, self_evaluation_table, tracking_table

YEAR = 2025


def _year_end(name: str, target: str, actual: str) -> tuple[str, Decimal | None, set[str]]:
    row = indicator(name=name, target=target, actual=actual, weight=5, points=5, year=YEAR)
    card = score(self_evaluation_table([row], year=YEAR))
    assert card.points is not None
    return card.verdicts[0].attainment.value, card.points.items[0].points, finding_ids(card)


# H2: a standard's code is a name, whatever its number against its year
CODES = [
    pytest.param("符合CJJ45-2015标准", id="cjj"),
    pytest.param("JGJ/T 123-2014", id="jgj-t"),
    pytest.param("满足JGJ 16-2008规范", id="jgj-spec"),
    pytest.param("符合HJ 2.2-2018要求", id="hj-dotted"),
    pytest.param("SL 252-2017", id="sl"),
    pytest.param("JTG D20-2017", id="jtg-letter"),
    pytest.param("GY/T 106-1999", id="gy-t"),
    pytest.param("GA 36-2018", id="ga"),
    pytest.param("WS/T 367-2012", id="ws-t"),
    pytest.param("NY/T 391-2013", id="ny-t"),
    pytest.param("QX/T 65-2007", id="qx-t"),
    pytest.param("YY 0469-2011", id="yy"),
    pytest.param("TSG 08-2017", id="tsg"),
    pytest.param("按CJJ45-2015要求实施", id="as-required"),
    pytest.param("符合GB50034-2013标准", id="gb-as-before"),
]


@pytest.mark.parametrize("text", CODES)
def test_standard_code_is_a_name(text: str) -> None:
    assert parse_target(text, year=YEAR) == Descriptive(text, text=text)


def test_range_with_letters_stays_a_range() -> None:
    assert type(parse_target("45-60分", year=YEAR)).__name__ == "Range"


# H2 scored: target | actual | attainment | points of 5
CONFORMITY = [
    pytest.param("符合CJJ45-2015标准", "达标", "met", Decimal("5.00"), id="met-word"),
    pytest.param("符合CJJ45-2015标准", "符合", "met", Decimal("5.00"), id="conforms"),
    pytest.param("符合CJJ45-2015标准", "未达标", "not_met", Decimal("0.00"), id="missed"),
    pytest.param("满足JGJ 16-2008规范", "全部达标", "met", Decimal("5.00"), id="all-met"),
    pytest.param("JGJ/T 123-2014", "达标", "met", Decimal("5.00"), id="bare-code"),
    pytest.param("符合GB50034-2013标准", "未达标", "not_met", Decimal("0.00"), id="gb-missed"),
    pytest.param("符合国家标准", "达标", "met", Decimal("5.00"), id="no-code"),
    pytest.param("符合CJJ45-2015标准", "2000", "unknown", Decimal("5.00"), id="no-band"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "points"), CONFORMITY)
def test_conformity_to_a_standard(
    target: str, actual: str, attainment: str, points: Decimal
) -> None:
    got, got_points, ids = _year_end("道路照明质量", target, actual)
    assert (got, got_points) == (attainment, points)
    assert ("full-points-not-met" in ids) is (attainment == "not_met")


# H1: target | actual | attainment | points of 5
GROUPS = [
    pytest.param("城区100%", "城区100%，镇区76%", "met", Decimal("5.00"), id="first"),
    pytest.param("城区100%", "城区100%、镇区76%", "met", Decimal("5.00"), id="enumeration"),
    pytest.param("城区100%", "镇区76%，城区100%", "met", Decimal("5.00"), id="second"),
    pytest.param("城区≥95%", "城区96%，镇区80%", "met", Decimal("5.00"), id="floor"),
    pytest.param("城区≥95%", "镇区80%，城区96%", "met", Decimal("5.00"), id="floor-second"),
    pytest.param("城区达到100%", "城区100%，镇区76%", "met", Decimal("5.00"), id="reached"),
    pytest.param(
        "建档立卡学生100%",
        "建档立卡学生100%，其他困难学生85%",
        "met",
        Decimal("5.00"),
        id="students",
    ),
    pytest.param(
        "建档立卡学生100%",
        "其他困难学生85%，建档立卡学生100%",
        "met",
        Decimal("5.00"),
        id="students-second",
    ),
    # the named group's own miss, with points by its ratio
    pytest.param("城区≥95%", "城区90%，镇区99%", "not_met", Decimal("4.74"), id="own-miss"),
    # no group named: as before
    pytest.param(
        "100%", "新收押人员100%，在押人员98.5%", "unknown", Decimal("5.00"), id="no-group"
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "points"), GROUPS)
def test_named_group_is_judged(target: str, actual: str, attainment: str, points: Decimal) -> None:
    got, got_points, ids = _year_end("覆盖率", target, actual)
    assert (got, got_points) == (attainment, points)
    assert ("full-points-not-met" in ids) is (attainment == "not_met")
    assert ("missing-deviation-reason" in ids) is (attainment == "not_met")


# H3: works counted done with part still under way: target | actual | attainment | points
UNDER_WAY = [
    pytest.param(
        "1200套", "安装1200套（其中200套正在安装）", "not_met", Decimal("4.17"), id="installing"
    ),
    pytest.param("30座", "完成30座（其中5座主体完工）", "not_met", Decimal("4.17"), id="structure"),
    pytest.param("28个", "完成28个，6个正在调试", "not_met", Decimal("3.93"), id="commissioning"),
    pytest.param("28个", "完成28个（其中6个试运行）", "not_met", Decimal("3.93"), id="trial-run"),
    pytest.param(
        "28个", "建成28个（其中6个未投入使用）", "not_met", Decimal("3.93"), id="not-in-use"
    ),
    # another measure word: partly done, as 尚未验收 is
    pytest.param(
        "28个", "完成28个路口（其中6个正在调试）", "partial", Decimal("4.00"), id="other-word"
    ),
    pytest.param("30座", "完成18座，另有5座主体完工", "not_met", Decimal("3.00"), id="beside"),
    # as before: others beside the ones done, and works done late
    pytest.param("28个", "完成28个，另有6个正在调试", "met", Decimal("5.00"), id="more-beside"),
    pytest.param("20座", "完成改造18座，2座在建", "not_met", Decimal("4.50"), id="in-construction"),
    pytest.param("4处", "已完成4处（其中1处延期）", "met", Decimal("5.00"), id="late"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "points"), UNDER_WAY)
def test_works_under_way_are_not_done(
    target: str, actual: str, attainment: str, points: Decimal
) -> None:
    got, got_points, ids = _year_end("路灯安装", target, actual)
    assert (got, got_points) == (attainment, points)
    assert ("full-points-not-met" in ids) is (attainment == "not_met")


# H3 parsed: the cell is partly done
PARTLY = [
    pytest.param("安装1200套（其中200套正在安装）", id="installing"),
    pytest.param("完成28个路口（其中6个正在调试）", id="commissioning"),
    pytest.param("完成30座（其中5座主体完工）", id="structure"),
    pytest.param("完成28个，6个正在调试", id="clause"),
]


@pytest.mark.parametrize("text", PARTLY)
def test_under_way_part_is_partial(text: str) -> None:
    value = parse_value(text, year=YEAR)
    assert value == StatusValue(Status.PARTIAL, normalize(text).text, text=text)


def test_under_way_explained() -> None:
    row = indicator(
        name="路灯安装",
        target="1200套",
        actual="安装1200套（其中200套正在安装）",
        weight=5,
        points=5,
        year=YEAR,
    )
    verdict = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    assert verdict.explanation == (
        "实际1000套（其中200套正在安装，不计入已完成），未达年度指标=1200套"
    )


def test_under_way_mid_year() -> None:
    row = indicator(
        name="公厕建设", target="30座", planned="15座", actual="完成18座，另有5座主体完工"
    )
    verdict = score(tracking_table([row], period=(YEAR, 1, YEAR, 6))).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "on_track")


# M6: zero words of schools and custody: target | actual | attainment | points of 5
ZERO = [
    pytest.param("零辍学", "0人", "met", Decimal("5.00"), id="no-dropout"),
    pytest.param("零辍学", "未发生因贫失学辍学", "met", Decimal("5.00"), id="none-happened"),
    pytest.param("零脱逃", "0人", "met", Decimal("5.00"), id="no-escape"),
    pytest.param("零脱逃", "未发生罪犯脱逃", "met", Decimal("5.00"), id="no-escape-words"),
    pytest.param("零脱逃", "脱逃1人", "not_met", Decimal("0.00"), id="one-escape"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "points"), ZERO)
def test_zero_words(target: str, actual: str, attainment: str, points: Decimal) -> None:
    got, got_points, ids = _year_end("安全管理", target, actual)
    assert (got, got_points) == (attainment, points)
    assert "target-not-measurable" not in ids
    assert parse_target(target, year=YEAR) == QualitativeTarget(target, "zero", text=target)


# M7 mid-year (1-6月): name | target | actual | attainment
MID_YEAR_LIMITS = [
    pytest.param("车辆检验预约办理", "1小时内", "45分钟", "met", id="within-an-hour"),
    pytest.param("接处警", "≤45分钟", "38分钟", "met", id="minutes"),
    pytest.param("交通拥堵指数", "≤1.6", "1.52", "met", id="index"),
    # a running total still may pass its ceiling
    pytest.param("会议费", "≤20万元", "12万元", "pending", id="money"),
    pytest.param("全年累计停电时间", "≤10小时", "6小时", "pending", id="time-summed"),
    # a case over a time limit is lost; an index above its ceiling may still come down
    pytest.param("车辆检验预约办理", "1小时内", "75分钟", "not_met", id="over-the-hour"),
    pytest.param("接处警", "≤45分钟", "50分钟", "not_met", id="over-minutes"),
    pytest.param("交通拥堵指数", "≤1.6", "1.7", "pending", id="index-above"),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment"), MID_YEAR_LIMITS)
def test_mid_year_limits_are_no_running_total(
    name: str, target: str, actual: str, attainment: str
) -> None:
    row = indicator(name=name, target=target, actual=actual)
    verdict = score(tracking_table([row], period=(YEAR, 1, YEAR, 6))).verdicts[0]
    assert verdict.attainment.value == attainment
    assert ("年底前仍可能超出" in verdict.explanation) is (name in {"会议费", "全年累计停电时间"})


# M1: a per-year unit price with the year left out: target | actual | attainment | points
UNIT_PRICES = [
    pytest.param("≤120元/㎡·年", "118元/平方米", "met", Decimal("5.00"), id="year-left-out"),
    pytest.param("≤4.5元/平方米·年", "3.3元/㎡", "met", Decimal("5.00"), id="square-sign"),
    pytest.param("≤120元/㎡·年", "125元/平方米", "not_met", Decimal("4.80"), id="over"),
    pytest.param("≤4.5元/平方米·年", "3.3元/㎡·月", "unknown", Decimal("5.00"), id="per-month"),
    pytest.param("≤4.5元/平方米·月", "3.3元/平方米", "unknown", Decimal("5.00"), id="month-target"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "points"), UNIT_PRICES)
def test_unit_price_per_year(target: str, actual: str, attainment: str, points: Decimal) -> None:
    got, got_points, ids = _year_end("物业管理成本", target, actual)
    assert (got, got_points) == (attainment, points)
    assert ("unit-mismatch" in ids) is (attainment == "unknown")


# M5: a numbered level of a standard: target | actual | attainment | explanation
LEVELS = [
    pytest.param(
        "达到二级标准",
        "达到二级养护标准",
        "met",
        "实际“达到二级养护标准”，达到“达到二级标准”",
        id="same-level-named",
    ),
    pytest.param(
        "达到二级标准", "达到二级", "met", "实际“达到二级”，达到“达到二级标准”", id="same-level"
    ),
    pytest.param(
        "达到二级标准",
        "三级",
        "unknown",
        "实际“三级”与年度指标“达到二级标准”等级不同，一级为最高还是最低因行业而异，需人工判断",
        id="other-level",
    ),
    pytest.param(
        "达到二级标准",
        "一级",
        "unknown",
        "实际“一级”与年度指标“达到二级标准”等级不同，一级为最高还是最低因行业而异，需人工判断",
        id="level-one",
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), LEVELS)
def test_levels_of_a_standard(target: str, actual: str, attainment: str, explanation: str) -> None:
    row = indicator(name="道路养护", target=target, actual=actual, weight=5, points=5, year=YEAR)
    verdict = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
