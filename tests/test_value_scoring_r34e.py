"""r34e: per-unit subsidy labels, counts per year, range actuals against =, a lone
figure of another unit in a text actual, and capital numerals before any unit.

Each case is one row of the probe 自评表 (``probe_tables``) or a parse, asserted exactly.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import Bound, Comparison, Op, Quantity
from perftrack.model import TableKind
from probe_tables import self_card, self_reading
from scoring_builders import indicator, verdict_of

# --- 1. per-unit subsidy labels: the verdict compares the rate however it is written ---

PER_UNIT = [
    ("每人每年2400元", "每人每年2000元", "not_met", "实际2000元，未达年度指标=2400元"),
    ("每人每年2400元", "每人每年2400元", "met", "实际2400元，达到年度指标=2400元"),
    ("补助标准每人每年2400元", "每人每年2000元", "not_met", "实际2000元，未达年度指标=2400元"),
    ("2400元/人·年", "每人每年2000元", "not_met", "实际2000元/人·年，未达年度指标=2400元/人·年"),
    ("2400元/人·年", "2400元/人/年", "met", "实际2400元/人/年，达到年度指标=2400元/人·年"),
    (
        "补助标准每人每年2400元",
        "2000元/人·年",
        "not_met",
        "实际2000元/人·年，未达年度指标=2400元/人·年",
    ),
    ("每户每月300元", "每户每月280元", "not_met", "实际280元，未达年度指标=300元"),
    ("每亩200元", "每亩200元", "met", "实际200元，达到年度指标=200元"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), PER_UNIT)
def test_per_unit_subsidy_compared_as_a_rate(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading("困难群众生活补助标准", target, actual) == (attainment, explanation)


# --- 2. a count per year as the year's count in a 自评表 ---

PER_YEAR = [
    ("≥4次", "4次/年", "met", "实际4次，达到年度指标≥4次"),
    ("≥12次", "12次/年", "met", "实际12次，达到年度指标≥12次"),
    ("≥12次", "10次/年", "not_met", "实际10次，未达年度指标≥12次"),
    ("=12次", "12次/每年", "met", "实际12次，达到年度指标=12次"),
    ("≥12万元", "12万元/年", "met", "实际12万元，达到年度指标≥12万元"),
    # the target itself per year: compared as it stands (unchanged)
    ("4次/年", "4次/年", "met", "实际4次/年，达到年度指标=4次/年"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), PER_YEAR)
def test_count_per_year_is_the_years_count(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    card = self_card("督导检查次数", target, actual)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert "unit-mismatch" not in [f.id for f in card.findings]


def test_count_per_year_in_a_tracking_table_stays_apart() -> None:
    # a tracking table's actual is the count to date: a rate per year is no count done
    row = indicator("督导检查次数", "≥4次", "4次/年")
    got = verdict_of(row)
    assert (got.attainment.value, got.explanation) == (
        "unknown",
        "实际4次/年与年度指标≥4次单位不可比",
    )


# --- 3. a range actual against an = target: by the indicator's direction ---

STRADDLE = "实际为区间{}，跨越年度指标{}，无法判断是否达到，需人工判断"

RANGE_SELF = [
    ("=95%", "90%-98%", "unknown", STRADDLE.format("90%—98%", "=95%")),
    ("=95%", "90%至98%", "unknown", STRADDLE.format("90%—98%", "=95%")),
    ("95%", "96%-98%", "met", "实际不低于96%，达到年度指标=95%"),
    ("95%", "90%-94%", "not_met", "实际不超过94%，未达年度指标=95%"),
    ("=3年", "3-5年", "met", "实际不低于3年，达到年度指标=3年"),
    # a floor straddled says so too (before: 不是数值)
    ("≥95%", "90%-98%", "unknown", STRADDLE.format("90%—98%", "≥95%")),
    ("≥95%", "96%-98%", "met", "实际不低于96%，达到年度指标≥95%"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), RANGE_SELF)
def test_range_actual_against_equals(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading("产品合格率", target, actual) == (attainment, explanation)


REVERSE = ("反向", "产出指标", "数量指标")  # 指标方向性 反向
COST = (None, "成本指标", "经济成本指标")  # a cost row: = is a ceiling

RANGE_LOWER = [
    ("差错率", "=5%", "3%-4%", REVERSE, ("met", "实际不超过4%，达到年度指标=5%")),
    ("差错率", "=5%", "4%-6%", REVERSE, ("unknown", STRADDLE.format("4%—6%", "=5%"))),
    ("差错率", "=5%", "6%-8%", REVERSE, ("not_met", "实际不低于6%，超出年度指标=5%")),
    ("单位成本", "=5万元", "4-6万元", COST, ("unknown", STRADDLE.format("4万元—6万元", "=5万元"))),
    ("单位成本", "=5万元", "4万元-4.5万元", COST, ("met", "实际不超过4.5万元，达到年度指标=5万元")),
]


@pytest.mark.parametrize(("name", "target", "actual", "columns", "expected"), RANGE_LOWER)
def test_range_actual_against_equals_lower_is_better(
    name: str,
    target: str,
    actual: str,
    columns: tuple[str | None, str, str],
    expected: tuple[str, str],
) -> None:
    direction, level1, level2 = columns
    row = indicator(name, target, actual, direction=direction, level1=level1, level2=level2)
    got = verdict_of(row, kind=TableKind.SELF_EVALUATION, period=(2023, 1, 2023, 12))
    assert (got.attainment.value, got.explanation) == expected


# --- 4. the one figure of a text actual in another unit ---

APART = [
    (
        "≥100人次",
        "完成培训80场，效果良好",
        "实际“完成培训80场，效果良好”中的80场与年度指标≥100人次单位不同（场与人次），无法比较",
        "“培训人次”实际单位“场”与年度指标单位“人次”不可比",
    ),
    (
        "≥100人次",
        "共完成培训80场，参训人员满意",
        "实际“共完成培训80场，参训人员满意”中的80场与年度指标≥100人次单位不同（场与人次），无法比较",
        "“培训人次”实际单位“场”与年度指标单位“人次”不可比",
    ),
    # the figure alone was already a mismatch (unchanged)
    (
        "≥100人次",
        "完成培训80场",
        "实际80场与年度指标≥100人次单位不可比",
        "“培训人次”实际单位“场”与年度指标单位“人次”不可比",
    ),
]


@pytest.mark.parametrize(("target", "actual", "explanation", "message"), APART)
def test_lone_figure_in_another_unit(
    target: str, actual: str, explanation: str, message: str
) -> None:
    card = self_card("培训人次", target, actual)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == ("unknown", explanation)
    assert [f.message for f in card.findings if f.id == "unit-mismatch"] == [message]


def test_lone_figure_in_the_targets_unit_is_read() -> None:
    assert self_reading("培训场次", "≥100场", "培训120场，效果良好") == (
        "met",
        "实际120场，达到年度指标≥100场",
    )


# --- 5. capital numerals before a unit ---

CAPITAL_TARGETS = [
    ("≤伍万元", Comparison(Op.LE, Decimal(5), "万元"), "≤5(万元)"),
    ("壹佰人", Comparison(Op.EQ, Decimal(100), "人"), "=100(人)"),
    ("≥壹佰人", Comparison(Op.GE, Decimal(100), "人"), "≥100(人)"),
    ("不少于壹佰人", Comparison(Op.GE, Decimal(100), "人"), "≥100(人)"),
    ("贰拾万元", Comparison(Op.EQ, Decimal(20), "万元"), "=20(万元)"),
    ("叁仟元", Comparison(Op.EQ, Decimal(3000), "元"), "=3000(元)"),
    ("壹万贰仟元", Comparison(Op.EQ, Decimal("1.2"), "万元"), "=1.2(万元)"),
    ("壹拾贰人", Comparison(Op.EQ, Decimal(12), "人"), "=12(人)"),
    ("捌拾玖人次", Comparison(Op.EQ, Decimal(89), "人次"), "=89(人次)"),
]


@pytest.mark.parametrize(("text", "expected", "shown"), CAPITAL_TARGETS)
def test_capital_numerals_target(text: str, expected: Comparison, shown: str) -> None:
    got = parse_target(text)
    assert got == expected
    assert str(got) == shown


CAPITAL_VALUES = [
    ("壹佰人", Quantity(Decimal(100), "人"), "100(人)"),
    ("≤伍万元", Quantity(Decimal(5), "万元", Bound.AT_MOST), "≤5(万元)"),
    ("捌拾玖人次", Quantity(Decimal(89), "人次"), "89(人次)"),
]


@pytest.mark.parametrize(("text", "expected", "shown"), CAPITAL_VALUES)
def test_capital_numerals_value(text: str, expected: Quantity, shown: str) -> None:
    got = parse_value(text)
    assert got == expected
    assert str(got) == shown


@pytest.mark.parametrize("text", ["大学生入伍人数", "陆地面积", "伍", "队伍建设"])
def test_capital_inside_a_word_stays_words(text: str) -> None:
    assert str(parse_target(text)) == text
    assert str(parse_value(text)) == text


CAPITAL_VERDICTS = [
    ("≤伍万元", "4万元", "met", "实际4万元，达到年度指标≤5万元"),
    ("壹佰人", "100人", "met", "实际100人，达到年度指标=100人"),
    ("≥100人", "壹佰人", "met", "实际100人，达到年度指标≥100人"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), CAPITAL_VERDICTS)
def test_capital_numerals_scored(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading("受益人数", target, actual) == (attainment, explanation)
