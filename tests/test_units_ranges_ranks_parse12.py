"""Units, ranges, ranks and levels of parse12 (M1, M5, M6, M7 and its LOW items).

Parser cases are exact objects with their canonical text; scoring cases are a
target and an actual on a one-row 自评表 (分值10, 得分10), with the verdict and the
findings that must (not) appear.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Bound, Comparison, Descriptive, Op, Quantity, Range, parse_target, parse_value
from perftrack.scoring import score
from scoring_builders import finding_ids, indicator, self_evaluation_table

# fmt: off
TARGETS = [
    # M1: a Latin unit with a Chinese word glued after it: the word is the note
    ("≥4.5m宽", Comparison(Op.GE, Decimal("4.5"), "m", note="宽"), "≥4.5(m)(宽)"),
    ("≥100km长", Comparison(Op.GE, Decimal(100), "km", note="长"), "≥100(km)(长)"),
    ("5t以上", Comparison(Op.GE, Decimal(5), "t"), "≥5(t)"),  # the suffix stays a suffix
    ("500W元", Comparison(Op.EQ, Decimal(500), "W元"), "=500(W元)"),  # a unit of its own
    # M5: a range whose ends have two scale words is in the smaller one
    ("5000万-1亿元", Range(Decimal(5000), Decimal(10000), "万元"), "5000-10000(万元)"),
    ("8000万元-1.2亿元", Range(Decimal(8000), Decimal(12000), "万元"), "8000-12000(万元)"),
    ("五千万至一亿元", Range(Decimal(5000), Decimal(10000), "万元"), "5000-10000(万元)"),
    ("5千-1万元", Range(Decimal(5), Decimal(10), "千元"), "5-10(千元)"),
    ("0.5-1亿元", Range(Decimal("0.5"), Decimal(1), "亿元"), "0.5-1(亿元)"),  # as before
    # M5: 之间 is a band word, never a unit
    ("在5-8之间", Range(Decimal(5), Decimal(8)), "5-8"),
    ("5-8之间", Range(Decimal(5), Decimal(8)), "5-8"),
    ("在5%-8%之间", Range(Decimal(5), Decimal(8), "%"), "5-8(%)"),
    # M6: a rank in a Chinese numeral
    ("排名前三", Comparison(Op.LE, Decimal(3), None, "排名"), "排名≤3"),
    ("前三名", Comparison(Op.LE, Decimal(3), "名"), "≤3(名)"),
    ("全省前三名", Comparison(Op.LE, Decimal(3), "名", "全省"), "全省≤3(名)"),
    ("省运会奖牌总数进入前三名", Comparison(Op.LE, Decimal(3), "名", "省运会奖牌总数进入"), "省运会奖牌总数进入≤3(名)"),
    ("前十名", Comparison(Op.LE, Decimal(10), "名"), "≤10(名)"),
    # M6: a grade in A's is the count of them
    ("AAAA级", Comparison(Op.EQ, Decimal(4), "A级"), "=4(A级)"),
    ("城乡客运一体化发展水平达到AAAA级", Comparison(Op.GE, Decimal(4), "A级", "城乡客运一体化发展水平"), "城乡客运一体化发展水平≥4(A级)"),
    ("AAA级以上", Comparison(Op.GE, Decimal(3), "A级"), "≥3(A级)"),
    # LOW: a fraction's count with a point in words; capital numerals of an amount
    ("≤千分之二点五", Comparison(Op.LE, Decimal("2.5"), "‰"), "≤2.5(‰)"),
    ("控制在千分之一点二以内", Comparison(Op.LE, Decimal("1.2"), "‰"), "≤1.2(‰)"),
    ("不超过伍佰万元", Comparison(Op.LE, Decimal(500), "万元"), "≤500(万元)"),
    # LOW: two measure words print without brackets in brackets
    ("≥50台(套)", Comparison(Op.GE, Decimal(50), "台(套)"), "≥50台(套)"),
    ("≥5000(件(套))", Comparison(Op.GE, Decimal(5000), "件(套)"), "≥5000件(套)"),
    # unchanged: no rank, no band, prose
    ("前三四名", Descriptive("前三四名"), "前三四名"),
    ("年底前三天", Descriptive("年底前三天"), "年底前三天"),
    ("≤伍万元", Comparison(Op.LE, Decimal(5), "万元"), "≤5(万元)"),
]

VALUES = [
    ("4.6m宽", Quantity(Decimal("4.6"), "m", note="宽"), "4.6(m)(宽)"),
    ("第二名", Quantity(Decimal(2), "名", label="第"), "第2(名)"),
    ("全省第五名", Quantity(Decimal(5), "名", label="全省第"), "全省第5(名)"),
    ("排名第二", Quantity(Decimal(2), "名", label="排名第"), "排名第2(名)"),  # parse13 H1: a rank
    ("第十二名", Quantity(Decimal(12), "名", label="第"), "第12(名)"),
    ("AAA级", Quantity(Decimal(3), "A级"), "3(A级)"),
    ("达到AAAA级", Quantity(Decimal(4), "A级"), "4(A级)"),
    ("达500余人", Quantity(Decimal(500), "人", Bound.MORE_THAN), ">500(人)"),
    ("达到3万余元", Quantity(Decimal(3), "万元", Bound.MORE_THAN), ">3(万元)"),
    ("千分之二点五", Quantity(Decimal("2.5"), "‰"), "2.5(‰)"),
    ("伍佰万元", Quantity(Decimal(500), "万元"), "500(万元)"),
    ("壹仟贰佰元", Quantity(Decimal(1200), "元"), "1200(元)"),
    ("壹仟贰佰元整", Quantity(Decimal(1200), "元"), "1200(元)"),
    ("52台（套）", Quantity(Decimal(52), "台(套)"), "52台(套)"),
]
# fmt: on


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS, ids=[t[0] for t in TARGETS])
def test_target(cell: str, expected: object, canonical: str) -> None:
    result = parse_target(cell, year=2025)
    assert result == expected
    assert str(result) == canonical
    assert result.text == cell
    assert parse_target(canonical, year=2025) == expected  # the canonical text reads back


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES, ids=[v[0] for v in VALUES])
def test_value(cell: str, expected: object, canonical: str) -> None:
    result = parse_value(cell, year=2025)
    assert result == expected
    assert str(result) == canonical
    assert result.text == cell
    assert parse_value(canonical, year=2025) == expected


N = {"level1": "产出指标", "level2": "数量指标"}
Q = {"level1": "产出指标", "level2": "质量指标"}
T = {"level1": "产出指标", "level2": "时效指标"}
E = {"level1": "效益指标", "level2": "经济效益指标"}

# (name, target, actual, attainment, levels): every pair compares, no unit-mismatch
# fmt: off
PAIRS = [
    # M1: Latin symbols, their case and Chinese spellings
    ("储备规模", "≥500t", "520吨", "met", N),
    ("储备规模", "≥500T", "520吨", "met", N),
    ("储备规模", "≥5万t", "52000吨", "met", N),
    ("储备规模", "≥5万吨", "4.8万t", "not_met", N),
    ("储备规模", "≥5000 t", "4800000kg", "not_met", N),
    ("储备规模", "2000-3000t", "2500吨", "met", N),
    ("公路养护里程", "≥120KM", "126公里", "met", N),
    ("公路养护里程", "≥120Km", "126km", "met", N),
    ("公路养护里程", "≥120公里", "118000m", "not_met", N),
    ("路面宽度", "≥3.5m", "3.6米", "met", N),
    ("路面宽度", "≥4.5m宽", "4.6m", "met", N),
    ("改造面积", "≥5000M2", "5600平方米", "met", N),
    ("造林面积", "≥2000hm2", "2100公顷", "met", N),
    ("造林面积", "≥3ha", "3.2公顷", "met", N),
    ("设备购置", "≥100PCS", "96pcs", "not_met", N),
    ("清淤量", "≥5000方", "5200m³", "met", N),
    ("森林蓄积量", "≥1500万立方米", "1520万方", "met", N),
    ("装机容量", "≥2MW", "2200kW", "met", N),
    ("装机容量", "≥2兆瓦", "1.8MW", "not_met", N),
    ("存储容量", "≥10TB", "10240GB", "met", N),
    ("存储容量", "≥10TB", "10000GB", "not_met", N),  # 1 TB is 1024 GB
    ("响应时间", "≤10min", "8分钟", "met", T),
    ("响应时间", "≤2h", "90分钟", "met", T),
    ("响应时间", "≤2hr", "1.5小时", "met", T),
    ("响应时间", "≤30s", "25秒", "met", T),
    ("响应时间", "24小时内", "30h", "not_met", T),
    ("办结时限", "10个自然日内", "8天", "met", T),
    ("办结时限", "30个日历日内", "35天", "not_met", T),
    ("项目总投资", "≤500万人民币", "495万元", "met", N),
    ("项目总投资", "≤2.5亿元人民币", "2.4亿元", "met", N),
    ("补助标准", "≥4000元", "4800RMB", "met", N),
    ("补助标准", "≥5000元", "4.8k元", "not_met", N),
    ("补助资金", "≥400万元", "500W元", "met", N),
    ("设备购置", "≥50台/套", "52台（套）", "met", N),
    ("法律援助案件", "≥1200件", "1268宗", "met", N),
    ("调解纠纷", "≥3000件", "2950起", "not_met", N),
    ("巡查次数", "≥10 times", "12次", "met", N),
    # M5
    ("培训场次", "5-8次/年", "6次", "met", N),
    ("培训场次", "5-8次/年", "9次", "not_met", N),
    ("培训场次", "在5-8之间", "6个", "met", N),
    ("补助金额", "5000万-1亿元", "8000万元", "met", N),
    ("补助金额", "5000万-1亿元", "1.2亿元", "not_met", N),
    ("补助金额", "8000万元-1.2亿元", "1.05亿元", "met", N),
    ("农民收入", "同比增长5%至8%", "同比增长6.2%", "met", E),
    ("农民收入", "同比增长5%至8%", "同比增长3%", "not_met", E),
    ("农民收入", "较上年增长5%-8%", "较上年增长9%", "met", E),  # regress25 M5: a floor
    # M6
    ("排名", "排名前三", "第二名", "met", Q),
    ("排名", "排名前三", "排名第4", "not_met", Q),
    ("排名", "省运会奖牌总数进入前三名", "奖牌总数列全省第2名", "met", Q),
    ("排名", "省运会奖牌总数进入前三名", "第五名", "not_met", Q),
    ("排名", "全省前5名", "第二名", "met", Q),
    ("城乡客运一体化", "城乡客运一体化发展水平达到AAAA级", "达到AAAA级", "met", Q),
    ("城乡客运一体化", "≥4A级", "AAA级", "not_met", Q),
    # M7: two levels against a change in percentage points
    ("覆盖率", "提高0.2个百分点", "由45.5%提高到45.8%", "met", Q),
    ("覆盖率", "提高0.5个百分点", "由45.5%提高到45.8%", "not_met", Q),
    ("覆盖率", "提高0.2个百分点", "从62.1%提高至62.4%，提高0.3个百分点", "met", Q),
    ("发生率", "下降0.2个百分点", "由5.5%下降到5.1%", "met", Q),
    ("覆盖率", "≥45%", "由45.5%提高到45.8%", "met", Q),  # a level target: the level
    # LOW
    ("服务人数", "≥500人", "达500余人", "met", N),
    ("差错率", "≤千分之三", "千分之二点五", "met", Q),
    ("补助资金", "≤500万元", "伍佰万元", "met", N),
]
# fmt: on


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "levels"),
    PAIRS,
    ids=[f"{p[1]}|{p[2]}" for p in PAIRS],
)
def test_pair(name: str, target: str, actual: str, attainment: str, levels: dict[str, str]) -> None:
    row = indicator(name, target, actual, weight=10, points=10, year=2025, **levels)
    card = score(self_evaluation_table([row], year=2025))
    verdict = card.verdicts[0]
    assert verdict.attainment.value == attainment, verdict.explanation
    assert "unit-mismatch" not in finding_ids(card)


def test_bare_t_is_no_unit_outside_a_number() -> None:
    """A t is 吨 only as the unit of a figure: a word with a t in it stays prose."""
    assert parse_target("完成t型路口改造", year=2025) == Descriptive("完成t型路口改造")


def test_twenty_four_hours_against_thirty_h_says_the_hours() -> None:
    row = indicator("响应时间", "24小时内", "30h", weight=10, points=10, year=2025, **T)
    verdict = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert verdict.attainment.value == "not_met"
    assert "30h" in verdict.explanation


def test_levels_state_the_points() -> None:
    row = indicator(
        "覆盖率", "提高0.2个百分点", "由45.5%提高到45.8%", weight=10, points=10, year=2025, **Q
    )
    verdict = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert "（提高0.3个百分点）" in verdict.explanation
