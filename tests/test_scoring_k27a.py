"""Prose actuals read as the figure the row asks for (k27a).

parse42 M3: a count done with a second clause carried into next year or not yet delivered
(完成34个，1个结转下年; 已更新3辆，2辆已签合同待交付) is the count done.
parse43 M3, parse44 M2: a standard per unit with a count (已按1500元/户兑付2,860户,
已拨付1个基地5万元) is the standard against a standard, the count against a count.
parse41 M3: two pollutants in one cell (削减COD 9,650吨、氨氮980吨): the row's name picks one.
parse42 M4: counts of two things the name both covers, in different units (新设置标牌420块、
界桩180根 on 公益林界桩标牌设置 ≥500块), stay unknown, the explanation saying why.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.model import TableKind
from scoring_builders import YEAR, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
MID_YEAR = (YEAR, 1, YEAR, 6)
SELF = TableKind.SELF_EVALUATION
TRACKING = TableKind.TRACKING
FULL = "full-points-not-met"

YEAR_END_ROWS = [
    # parse42 M3: the rest carried into next year or awaiting delivery is not done
    pytest.param("村级服务站建设数", "≥35个", "完成34个，1个因选址调整结转下年", "5", "not_met", "实际34个，未达年度指标≥35个", "4.86", id="p42-m3-carried-over-reason"),
    pytest.param("村级服务站建设数", "≥35个", "完成34个，1个结转下年", "5", "not_met", "实际34个，未达年度指标≥35个", "4.86", id="p42-m3-carried-over"),
    pytest.param("公务用车更新数", "≥4辆", "已更新3辆，2辆已签合同待交付", "4", "not_met", "实际3辆，未达年度指标≥4辆", "3.00", id="p42-m3-awaiting-delivery"),
    pytest.param("村级服务站建设数", "≥35个", "完成35个，1个结转下年", "5", "met", "实际35个，达到年度指标≥35个", "5.00", id="p42-m3-carried-over-met"),
    # parse43 M3, parse44 M2: the figure the target asks for
    pytest.param("搬迁补助标准", "≥1500元/户", "已按1500元/户兑付2,860户", "4", "met", "实际1500元/户，达到年度指标≥1500元/户", "4.00", id="p43-m3-standard"),
    pytest.param("搬迁补助标准", "≥1500元/户", "按1500元/户标准兑付2860户", "4", "met", "实际1500元/户，达到年度指标≥1500元/户", "4.00", id="p43-m3-standard-word"),
    pytest.param("搬迁补助户数", "≥3000户", "已按1500元/户兑付2,860户", "4", "not_met", "实际2860户，未达年度指标≥3000户", "3.81", id="p43-m3-count"),
    pytest.param("基地补助标准", "5万元/个", "已拨付1个基地5万元", "4", "met", "实际5万元/个，达到年度指标=5万元/个", "4.00", id="p44-m2-standard"),
    pytest.param("补助基地数量", "≥2个", "已拨付1个基地5万元", "4", "not_met", "实际1个，未达年度指标≥2个", "2.00", id="p44-m2-count"),
    # parse41 M3: the pollutant the name names, by word or symbol
    pytest.param("COD削减量", "≥9000吨", "削减COD 9,650吨、氨氮980吨", "15", "met", "实际9650吨，达到年度指标≥9000吨", "15.00", id="p41-m3-cod"),
    pytest.param("氨氮削减量", "≥1000吨", "削减COD 9,650吨、氨氮980吨", "4", "not_met", "实际980吨，未达年度指标≥1000吨", "3.92", id="p41-m3-ammonia"),
    pytest.param("COD削减量", "≥9000吨", "COD削减量9650吨，氨氮削减量980吨", "4", "met", "实际9650吨，达到年度指标≥9000吨", "4.00", id="p41-m3-labelled"),
    pytest.param("COD削减量", "≥9000吨", "化学需氧量削减9650吨、氨氮980吨", "4", "met", "实际9650吨，达到年度指标≥9000吨", "4.00", id="p41-m3-word-for-symbol"),
    pytest.param("COD削减量", "≥9000吨", "削减COD 9650t、氨氮980t", "4", "met", "实际9650吨，达到年度指标≥9000吨", "4.00", id="p41-m3-latin-unit"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "weight", "attainment", "explanation", "points"), YEAR_END_ROWS
)
def test_year_end_prose_actual(  # noqa: PLR0913, PLR0917 - one per column of the table
    name: str,
    target: str,
    actual: str,
    weight: str,
    attainment: str,
    explanation: str,
    points: str,
) -> None:
    row = indicator(name, target, actual, weight=weight, points=weight, reason="客观原因")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert card.points is not None
    assert card.points.items[0].points == Decimal(points)
    assert (FULL in finding_ids(card)) == (attainment == "not_met")


def _prose(actual: str) -> str:
    return f"实际“{actual}”不是数值，无法与年度指标比较"


NOT_READ_ROWS = [
    # a sum for three is their total, no standard per one; a plan is not paid
    pytest.param("基地补助标准", "5万元/个", "已拨付3个基地15万元", id="p44-m2-total-of-three"),
    pytest.param("搬迁补助标准", "≥1500元/户", "计划按1500元/户兑付2860户", id="p43-m3-a-plan"),
    pytest.param("搬迁补助标准", "≥1500元/户·年", "已按1500元/户兑付2860户", id="p43-m3-other-unit"),
    # the name names no pollutant, or both; a plan is not done
    pytest.param("主要污染物削减量", "≥9000吨", "削减COD 9,650吨、氨氮980吨", id="p41-m3-no-pollutant-named"),
    pytest.param("COD和氨氮削减量", "≥9000吨", "削减COD 9,650吨、氨氮980吨", id="p41-m3-both-named"),
    pytest.param("COD削减量", "≥9000吨", "计划削减COD 9,650吨、氨氮980吨", id="p41-m3-a-plan"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual"), NOT_READ_ROWS)
def test_prose_not_read_as_a_figure(name: str, target: str, actual: str) -> None:
    row = indicator(name, target, actual, weight="4", points="4")
    verdict = score_one(row, period=AT_YEAR_END, kind=SELF).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == ("unknown", _prose(actual))


MID_YEAR_ROWS = [
    pytest.param("公务用车更新数", "4辆", "已更新3辆，2辆已签合同待交付", "4辆", "pending", "behind", id="p42-m3-awaiting-delivery"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "attainment", "progress"), MID_YEAR_ROWS
)
def test_mid_year_prose_actual(  # noqa: PLR0913, PLR0917 - one per column of the table
    name: str, target: str, actual: str, planned: str, attainment: str, progress: str
) -> None:
    row = indicator(name, target, actual, planned)
    verdict = score_one(row, period=MID_YEAR, kind=TRACKING).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == (attainment, progress)


BOTH = "实际分列指标名称所含的2项（标牌420块、界桩180根），单位不同无法合计，不能只按其中一项与年度指标≥500块比较"

COVERED_COUNTS = [
    pytest.param("公益林界桩标牌设置", "≥500块", "新设置标牌420块、界桩180根", "unknown", BOTH, id="p42-m4-both-named"),
    pytest.param("公益林界桩标牌设置", "≥500块", "新设置标牌420块，界桩180根", "unknown", BOTH, id="p42-m4-both-named-comma"),
    # the name covers one count only, or a plan: as before
    pytest.param("公益林标牌设置", "≥500块", "新设置标牌420块、界桩180根", "not_met", "实际420块，未达年度指标≥500块", id="p42-m4-one-named"),
    pytest.param("公益林界桩标牌设置", "≥500块", "计划设置标牌420块、界桩180根", "unknown", _prose("计划设置标牌420块、界桩180根"), id="p42-m4-a-plan"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), COVERED_COUNTS)
def test_counts_the_name_covers(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name, target, actual, weight="5", points="5")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert (FULL in finding_ids(card)) == (attainment == "not_met")
