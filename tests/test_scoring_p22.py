"""Zero-event targets and per-unit standards of parse22 (H1, H2, H3).

H1: 不发生区域性重大动物疫情 is not missed by one local outbreak said not to have spread.
H2: 不发生较大及以上安全生产事故 (生产安全事故, 无…, 杜绝…责任事故) is the zero-event target of
a grade and up, as 不发生较大及以上事故 is: no target-not-measurable, and 发生一般安全事故1起
(安全事故 spelled otherwise than 安全生产事故) meets it.
H3: 按80元/头兑付 is 80 元/头, the verb a note: 按60元/头兑付 misses 80元/头.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import QualitativeTarget, Quantity
from perftrack.model import TableKind
from scoring_builders import YEAR, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION


def _lower(actual: str, named: str, target: str) -> str:
    return (
        f"实际“{actual}”为{named}，低于年度指标“{target}”排除的等级，该等级事故未发生，达到年度指标"
    )


PARSE_ROWS = [
    pytest.param("不发生较大及以上安全生产事故", id="safety-production"),
    pytest.param("不发生较大及以上生产安全事故", id="production-safety"),
    pytest.param("无较大及以上安全生产事故", id="none-of"),
    pytest.param("杜绝较大及以上安全生产责任事故", id="ruled-out-liability"),
    pytest.param("杜绝较大及以上事故", id="ruled-out-short"),
]


@pytest.mark.parametrize("text", PARSE_ROWS)
def test_graded_zero_target_parses(text: str) -> None:
    assert parse_target(text) == QualitativeTarget(text, "zero", text=text)


GRADE_ROWS = [
    pytest.param("不发生较大及以上安全生产事故", "发生一般安全事故1起", "met", _lower("发生一般安全事故1起", "一般安全事故", "不发生较大及以上安全生产事故"), ["missing-category"], id="other-spelling"),
    pytest.param("不发生较大及以上安全生产事故", "发生一般安全事故1起（1人轻伤）", "met", _lower("发生一般安全事故1起（1人轻伤）", "一般安全事故", "不发生较大及以上安全生产事故"), ["missing-category"], id="other-spelling-noted"),
    pytest.param("不发生较大及以上安全生产事故", "发生一般事故1起", "met", _lower("发生一般事故1起", "一般事故", "不发生较大及以上安全生产事故"), ["missing-category"], id="bare-accident"),
    pytest.param("不发生较大及以上安全生产事故", "未发生", "met", "实际“未发生”，达到“不发生较大及以上安全生产事故”", ["missing-category"], id="none"),
    pytest.param("不发生较大及以上安全生产事故", "发生较大安全生产事故1起", "not_met", "实际发生较大安全生产事故1起，未达到“不发生较大及以上安全生产事故”", ["missing-deviation-reason", "missing-category"], id="grade-ruled-out"),
    pytest.param("不发生较大及以上生产安全事故", "发生一般安全事故1起", "met", _lower("发生一般安全事故1起", "一般安全事故", "不发生较大及以上生产安全事故"), ["missing-category"], id="production-safety"),
    pytest.param("无较大及以上安全生产事故", "发生一般安全事故1起", "met", _lower("发生一般安全事故1起", "一般安全事故", "无较大及以上安全生产事故"), ["missing-category"], id="none-of"),
    pytest.param("杜绝较大及以上安全生产责任事故", "发生一般安全事故1起", "met", _lower("发生一般安全事故1起", "一般安全事故", "杜绝较大及以上安全生产责任事故"), ["missing-category"], id="ruled-out-liability"),
    pytest.param("杜绝较大及以上安全生产责任事故", "发生较大安全事故1起", "not_met", "实际发生较大安全事故1起，未达到“杜绝较大及以上安全生产责任事故”", ["missing-deviation-reason", "missing-category"], id="ruled-out-liability-missed"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation", "ids"), GRADE_ROWS)
def test_graded_zero_target(
    target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator("安全生产", target, actual, level2="质量指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


# ---------------------------------------------------------------------------
# H1: a zero target ruling out a scope (区域性) is not missed by one local event: met when
# the actual says it did not spread or form the scope, else unknown


def _spared(actual: str, target: str) -> str:
    return f"实际“{actual}”未形成年度指标“{target}”排除的区域性范围，达到年度指标"


def _unsaid(actual: str, target: str) -> str:
    return f"实际“{actual}”未说明是否形成年度指标“{target}”排除的区域性范围，需人工判断"


REGIONAL = "不发生区域性重大动物疫情"
SCOPE_ROWS = [
    pytest.param(REGIONAL, "发生非洲猪瘟疫情1起（已扑灭，未扩散）", "met", _spared("发生非洲猪瘟疫情1起（已扑灭，未扩散）", REGIONAL), ["missing-category"], id="contained"),
    pytest.param(REGIONAL, "发生点状非洲猪瘟疫情1起，未形成区域性疫情", "met", _spared("发生点状非洲猪瘟疫情1起，未形成区域性疫情", REGIONAL), ["missing-category"], id="not-regional-said"),
    pytest.param(REGIONAL, "发生非洲猪瘟疫情1起", "unknown", _unsaid("发生非洲猪瘟疫情1起", REGIONAL), ["missing-category"], id="spread-unsaid"),
    pytest.param(REGIONAL, "发生区域性重大动物疫情1起", "not_met", f"实际发生区域性重大动物疫情1起，未达到“{REGIONAL}”", ["missing-deviation-reason", "missing-category"], id="regional-happened"),
    pytest.param(REGIONAL, "未发生区域性重大动物疫情", "met", f"实际“未发生区域性重大动物疫情”，达到“{REGIONAL}”", ["missing-category"], id="none"),
    pytest.param("不发生重大动物疫情", "发生非洲猪瘟疫情1起（已扑灭，未扩散）", "not_met", "实际发生非洲猪瘟疫情1起（已扑灭，未扩散），未达到“不发生重大动物疫情”", ["missing-deviation-reason", "missing-category"], id="no-scope-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation", "ids"), SCOPE_ROWS)
def test_zero_target_of_a_scope(
    target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator("重大动物疫情", target, actual, level2="质量指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


def test_zero_target_of_a_scope_mid_year() -> None:
    row = indicator(
        "重大动物疫情", REGIONAL, "发生非洲猪瘟疫情1起（已扑灭，未扩散）", level2="质量指标"
    )
    card = score_one(row, period=(YEAR, 1, YEAR, 6), kind=TableKind.TRACKING)
    verdict = card.verdicts[0]
    assert verdict.attainment.value == "met"
    assert "judgement-optimistic" not in finding_ids(card)


# ---------------------------------------------------------------------------
# H3: the verb after a per-unit sum (按80元/头兑付, 按25000元/人标准发放) is a note, the unit
# the money's per unit


VALUE_ROWS = [
    pytest.param("按80元/头兑付", Quantity(Decimal(80), "元/头", label="按", note="兑付"), id="per-head-cashed"),
    pytest.param("按25000元/人标准发放", Quantity(Decimal(25000), "元/人", label="按", note="标准发放"), id="per-person-standard-paid"),
    pytest.param("按80元/头拨付", Quantity(Decimal(80), "元/头", label="按", note="拨付"), id="per-head-allocated"),
    pytest.param("每户500元补助", Quantity(Decimal(500), "元", label="每户", note="补助"), id="subsidy"),
    pytest.param("按80元发放", Quantity(Decimal(80), "元", label="按", note="发放"), id="plain-money-as-before"),
    # the verbs of insurance (regress46: 元/头理赔 was the unit)
    pytest.param("按800元/头理赔", Quantity(Decimal(800), "元/头", label="按", note="理赔"), id="per-head-insured"),
    pytest.param("按800元/头赔付到位", Quantity(Decimal(800), "元/头", label="按", note="赔付到位"), id="per-head-paid-out"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VALUE_ROWS)
def test_paid_per_unit_parses(text: str, expected: Quantity) -> None:
    assert parse_value(text) == expected


PAID_ROWS = [
    pytest.param("80元/头", "按80元/头兑付", "met", "实际80元/头，达到年度指标=80元/头", ["missing-category"], id="paid-at-standard"),
    pytest.param("80元/头", "按60元/头兑付", "not_met", "实际60元/头，未达年度指标=80元/头", ["missing-deviation-reason", "missing-category"], id="paid-below-standard"),
    pytest.param("≥2.5万元/人", "按25000元/人标准发放", "met", "实际25000元/人，达到年度指标≥2.5万元/人", ["missing-category"], id="per-person-in-wan"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation", "ids"), PAID_ROWS)
def test_paid_per_unit(
    target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator("补助标准", target, actual, level2="成本指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


# A subsidy named without 标准 (处理补助) of a per-unit sum is a standard paid out too;
# a sum in 元 alone on a cost row stays a ceiling
SUBSIDY_ROWS = [
    pytest.param("处理补助", "80元/头", "按60元/头兑付", "not_met", "实际60元/头，未达年度指标=80元/头", ["missing-deviation-reason", "missing-category"], id="per-head-below"),
    pytest.param("处理补助", "80元/头", "按80元/头兑付", "met", "实际80元/头，达到年度指标=80元/头", ["missing-category"], id="per-head-at"),
    pytest.param("处理补助2", "80元/头", "按60元/头兑付", "not_met", "实际60元/头，未达年度指标=80元/头", ["missing-deviation-reason", "missing-category"], id="numbered-name"),
    pytest.param("设备补贴", "20万元", "18万元", "met", "实际18万元，达到年度指标=20万元", ["missing-category"], id="sum-stays-cost"),
    # a cap said in the name: paid up to it, a ceiling (regress46: it was not_met)
    pytest.param("单台设备购置补贴（不超过售价30%）", "500元/台", "450元/台（按售价30%封顶）", "met", "实际450元/台，达到年度指标=500元/台", ["missing-category"], id="capped-in-the-name"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), SUBSIDY_ROWS
)
def test_subsidy_per_unit(  # noqa: PLR0913, PLR0917 - one argument per column of the table
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator(name, target, actual, level2="成本指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids
