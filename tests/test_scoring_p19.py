"""parse19: standard codes, named groups, works under way, zero words, mid-year limits.

H2: a standard's code in a target (``符合CJJ45-2015标准``) is a name, never a range.
H1: a target naming a group (``城区100%``) is judged on that group's figure when the
actual lists several.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Descriptive, parse_target, score
from scoring_builders import finding_ids, indicator, self_evaluation_table

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
