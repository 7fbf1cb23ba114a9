"""Targets and values from 学前教育, 衔接资金, 保租房, 文物保护 and 气象 tables (parse39).

- H1: a bracket after a rate bounding a count in a measure of its own (``≥90%（大班≤35人）``)
  defines what the rate counts: a note, no second requirement.
- H2: an amount or area with 万/亿 (or an area) before a bracketed count in a measure word
  of its own (``18.6亿元（3215笔）``) is the first figure, the bracket its note.
- H3: ``损毁`` is an incident of the zero family (``无损毁``, ``不发生文物损毁``), and zero
  phrases joined by ``、`` (``无损毁、无安全事故``) are one zero target or value.
- H4: ``不低于上年规模（2.6万人）`` gives last year's figure in brackets: ``≥2.6(万人)``, the
  note the baseline's name.
- H7: ``筹集`` counts works done (保障性租赁住房), and a stage done (``完成基础建设``,
  ``已完成土建``, ``已开工在建``) of the rest is under way: the cell is partly done.
- M2: ``平均12分钟内`` is the average 12 minutes (exact), as ``平均12分钟`` is.
- H5: a subject before ``于`` and a date (``春季补助于5月12日拨付到位``) is a label: the date.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Bound,
    Comparison,
    DateValue,
    Descriptive,
    Op,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Status,
    StatusValue,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)

# ---------------------------------------------------------------------------
# H1: a rate's criterion in brackets is its note

RATE_CRITERION_TARGETS = [
    pytest.param(
        "≥90%（大班≤35人）",
        Comparison(Op.GE, Decimal(90), "%", note="大班≤35人"),
        id="class-size",
    ),
    pytest.param(
        "≥90%（大班额不超过35人）",
        Comparison(Op.GE, Decimal(90), "%", note="大班额不超过35人"),
        id="class-size-word",
    ),
    pytest.param(
        "≥95%（单次处置≤30分钟）",
        Comparison(Op.GE, Decimal(95), "%", note="单次处置≤30分钟"),
        id="time-criterion",
    ),
    # near misses: a second rate, 其中, a count target's part stay second requirements
    pytest.param("≥95%（满意度≥90%）", Descriptive("≥95%(满意度≥90%)"), id="second-rate"),
    pytest.param("≥95%（其中大班≤35人）", Descriptive("≥95%(其中大班≤35人)"), id="of-which"),
    pytest.param("≥10个（村级≥6个）", Descriptive("≥10个(村级≥6个)"), id="count-part"),
    pytest.param("≥95%（其中优良率≥60%）", Descriptive("≥95%(其中优良率≥60%)"), id="rate-of-which"),
    pytest.param(
        "≥90%（提高5个百分点）",
        Comparison(Op.GE, Decimal(90), "%", note="提高5个百分点"),
        id="points-no-bound",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATE_CRITERION_TARGETS)
def test_rate_criterion_is_note(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


# ---------------------------------------------------------------------------
# H2: 金额（笔数）, 面积（套数）


def _q(value: str, unit: str, note: str, label: str | None = None) -> Quantity:
    return Quantity(Decimal(value), unit, Bound.EXACT, label, note=note)


SCALED_WITH_COUNT_VALUES = [
    pytest.param("18.6亿元（3215笔）", _q("18.6", "亿元", "3215笔"), id="loans"),
    pytest.param(
        "发放个贷18.6亿元（3,215笔）", _q("18.6", "亿元", "3,215笔", "发放个贷"), id="loans-label"
    ),
    pytest.param("218万元（2180人）", _q("218", "万元", "2180人"), id="subsidy"),
    pytest.param("12.6万平方米（2480套）", _q("12.6", "万平方米", "2480套"), id="area-sets"),
    pytest.param("86.4万人次（1200笔）", _q("86.4", "万人次", "1200笔"), id="visits"),
    pytest.param("1860人（218万元）", _q("1860", "人", "218万元"), id="scaled-note"),
    pytest.param("126平方米（24套）", _q("126", "平方米", "24套"), id="bare-area"),
    # near misses: the same measure twice, or two areas, are two figures
    pytest.param("10万元（12万元）", TextValue("10万元(12万元)"), id="same-measure"),
    pytest.param("10万元（12元）", TextValue("10万元(12元)"), id="same-measure-scaled"),
    pytest.param("2.86万亩（1200公顷）", TextValue("2.86万亩(1200公顷)"), id="two-areas"),
    pytest.param(
        "12.6万平方米（2480平方米）", TextValue("12.6万平方米(2480平方米)"), id="same-area"
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCALED_WITH_COUNT_VALUES)
def test_scaled_figure_with_bracketed_count(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


# ---------------------------------------------------------------------------
# H3: 损毁 in the zero family


ZERO_DAMAGE_TARGETS = [
    pytest.param("无损毁", QualitativeTarget("无损毁", "zero"), id="none"),
    pytest.param("零损毁", QualitativeTarget("零损毁", "zero"), id="zero"),
    pytest.param("不发生文物损毁", QualitativeTarget("不发生文物损毁", "zero"), id="not-happen"),
    pytest.param("无损毁、无安全事故", QualitativeTarget("无损毁、无安全事故", "zero"), id="pair"),
    pytest.param("零事故、零投诉", QualitativeTarget("零事故、零投诉", "zero"), id="pair-zero"),
    # near miss: a part that is no zero phrase leaves the list prose
    pytest.param("无损毁、按时完工", Descriptive("无损毁、按时完工"), id="mixed"),
]


@pytest.mark.parametrize(("text", "expected"), ZERO_DAMAGE_TARGETS)
def test_damage_zero_target(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


def test_zero_pair_value() -> None:
    assert parse_value("无损毁、无安全事故") == QualitativeValue("无损毁、无安全事故", "zero")


# ---------------------------------------------------------------------------
# H5: a subject before 于 and a date


SUBJECT_DATE_VALUES = [
    pytest.param("春季补助于5月12日拨付到位", DateValue(2025, 5, 12, Status.DONE), id="subsidy"),
    pytest.param("补助于5月12日拨付到位", DateValue(2025, 5, 12, Status.DONE), id="short"),
    pytest.param("资金于5月12日拨付", DateValue(2025, 5, 12, Status.DONE), id="funds"),
    pytest.param("资金已于5月12日拨付", DateValue(2025, 5, 12, Status.DONE), id="already"),
    # near misses: a plan, a denial, a start stay text
    pytest.param("资金计划于5月12日拨付", TextValue("资金计划于5月12日拨付"), id="plan"),
    pytest.param("资金尚未于5月拨付", TextValue("资金尚未于5月拨付"), id="denied"),
    pytest.param("项目于5月12日开工", TextValue("项目于5月12日开工"), id="start"),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_DATE_VALUES)
def test_subject_before_date(text: str, expected: Value) -> None:
    assert parse_value(text, year=2025) == expected


# ---------------------------------------------------------------------------
# H4: last year's figure in the bracket


LAST_YEAR_FIGURE_TARGETS = [
    pytest.param(
        "不低于上年规模（2.6万人）",
        Comparison(Op.GE, Decimal("2.6"), "万人", note="上年规模"),
        id="scale",
    ),
    pytest.param(
        "不低于上年（2.6万人）", Comparison(Op.GE, Decimal("2.6"), "万人", note="上年"), id="bare"
    ),
    pytest.param(
        "不高于上年水平（120元）",
        Comparison(Op.LE, Decimal(120), "元", note="上年水平"),
        id="ceiling",
    ),
    # near misses: no unit, a year, no operator stay prose
    pytest.param("不低于上年（2.6）", Descriptive("不低于上年(2.6)"), id="no-unit"),
    pytest.param("不低于上年规模（2024年）", Descriptive("不低于上年规模(2024年)"), id="a-year"),
    pytest.param("上年规模（2.6万人）", Descriptive("上年规模(2.6万人)"), id="no-operator"),
    pytest.param("不低于上年规模", Descriptive("不低于上年规模"), id="no-figure"),
]


@pytest.mark.parametrize(("text", "expected"), LAST_YEAR_FIGURE_TARGETS)
def test_last_year_figure_in_bracket(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


# ---------------------------------------------------------------------------
# H7: the done clause and the works under way


def _partial(text: str) -> StatusValue:
    return StatusValue(Status.PARTIAL, text)


WORKS_UNDER_WAY_VALUES = [
    pytest.param(
        "已筹集2480套，另有620套正在建设", _partial("已筹集2480套,另有620套正在建设"), id="raised"
    ),
    pytest.param(
        "筹集2480套，另有620套正在建设", _partial("筹集2480套,另有620套正在建设"), id="raised-bare"
    ),
    pytest.param(
        "建成35套，另5套完成基础建设", _partial("建成35套,另5套完成基础建设"), id="foundation"
    ),
    pytest.param(
        "建成35套，另5套已完成土建", _partial("建成35套,另5套已完成土建"), id="civil-works"
    ),
    pytest.param(
        "已筹集2480套，另有620套已开工", _partial("已筹集2480套,另有620套已开工"), id="started"
    ),
    # near miss: money raised is no works counted
    pytest.param(
        "筹集资金2480万元，另有620万元正在审批",
        TextValue("筹集资金2480万元,另有620万元正在审批"),
        id="money",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORKS_UNDER_WAY_VALUES)
def test_done_clause_with_works_under_way(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


# ---------------------------------------------------------------------------
# M2: an average time then 内 is the average


AVERAGE_WITHIN_VALUES = [
    pytest.param(
        "平均12分钟内发布",
        Quantity(Decimal(12), "分钟", Bound.EXACT, "平均", note="发布"),
        id="published",
    ),
    pytest.param("平均8分钟内", Quantity(Decimal(8), "分钟", Bound.EXACT, "平均"), id="bare"),
    pytest.param(
        "平均1.5小时以内", Quantity(Decimal("1.5"), "小时", Bound.EXACT, "平均"), id="hours"
    ),
    # near misses: no 平均, or a bound word, keep the bound
    pytest.param("12分钟内", Quantity(Decimal(12), "分钟", Bound.AT_MOST), id="no-average"),
    pytest.param(
        "平均不超过12分钟",
        Quantity(Decimal(12), "分钟", Bound.AT_MOST, "平均"),
        id="bound-word",
    ),
    pytest.param(
        "平均12分钟以下", Quantity(Decimal(12), "分钟", Bound.AT_MOST, "平均"), id="below-word"
    ),
]


@pytest.mark.parametrize(("text", "expected"), AVERAGE_WITHIN_VALUES)
def test_average_within(text: str, expected: Value) -> None:
    assert parse_value(text) == expected
