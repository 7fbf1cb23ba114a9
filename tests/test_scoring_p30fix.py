"""Value cells of parse30 (污水处理厂运营, 社区矫正, 托育服务).

H1: ``全年人均学习90小时`` against ``每月不少于8小时`` is judged against 96 小时 a year.
H2: ``kW·h`` (``kW•h``, ``kW.h``, ``KW·h``) is kWh, 千瓦时, 度, in compound units too.
H4: ``平均16h，最长52h`` is read on its longest case, as the 小时 form is.
H5: ``处置含水率80%污泥2.16万吨`` is 2.16 万吨, the specification percentage its note.
H6: ``再犯罪3人，再犯罪率2.1‰``: the labelled ‰ rate is the row's measure, as with %.
H3: ``吨水成本1.26元``, ``单吨处理成本1.26元`` are per ton (元/吨).
M1: on a row about water a ton is a cubic metre (``9.6万吨/日`` against ``≥10万m³/日``).
M3: ``每千人口托位数 ≥4.5个/千人`` with a bare ``4.2个`` is the rate per 千人.
M4: ``每生每月320元`` against ``≤300元/人·月``: 生 is 人.
M2: ``全年未发生`` is in the zero family (met against ``0起``).
M5: ``出水COD年均18.6mg/L，最高52mg/L`` against ``≤50mg/L`` is judged on the highest, 52.
"""

from __future__ import annotations

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import Comparison, Op, QualitativeValue, Quantity
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]
SLUDGE = "处置含水率80%污泥2.16万吨"

TARGET_ROWS = [
    pytest.param("≤0.35kW·h/m³", Comparison(Op.LE, dec("0.35"), "kWh/m³", text="≤0.35kW·h/m³"), id="h2-per-cubic-metre"),
    pytest.param("≤0.35kW·h/吨", Comparison(Op.LE, dec("0.35"), "kWh/吨", text="≤0.35kW·h/吨"), id="h2-per-ton"),
    pytest.param("≤0.35kW·h", Comparison(Op.LE, dec("0.35"), "kWh", text="≤0.35kW·h"), id="h2-bare"),
    pytest.param("≥12万KW.h", Comparison(Op.GE, dec(12), "万kWh", text="≥12万KW.h"), id="h2-upper-point"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), TARGET_ROWS)
def test_target_parse(cell: str, expected: object) -> None:
    assert parse_target(cell) == expected


VALUE_ROWS = [
    pytest.param("0.32kW·h/m³", Quantity(dec("0.32"), "kWh/m³", text="0.32kW·h/m³"), id="h2-value"),
    pytest.param("节电12.8万kW•h", Quantity(dec("12.8"), "万kWh", label="节电", text="节电12.8万kW•h"), id="h2-bullet"),
    pytest.param("0.38kw·h/t", Quantity(dec("0.38"), "kWh/t", text="0.38kw·h/t"), id="h2-lower"),
    pytest.param("全年未发生", QualitativeValue("全年未发生", "zero"), id="m2-parse"),
    pytest.param(SLUDGE, Quantity(dec("2.16"), "万吨", label="处置污泥", note="含水率80%", text=SLUDGE), id="h5-sludge"),
    pytest.param("处置污泥2.16万吨（含水率80%）", Quantity(dec("2.16"), "万吨", label="处置污泥", note="含水率80%", text="处置污泥2.16万吨（含水率80%）"), id="h5-bracketed-unchanged"),
    pytest.param("含水率80%", Quantity(dec(80), "%", label="含水率", text="含水率80%"), id="h5-rate-alone-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), VALUE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


VERDICT_ROWS = [
    # H1
    pytest.param("教育学习时间", "每月不少于8小时", "全年人均学习90小时", "not_met", "“每月不少于8小时”全年计≥96小时；实际90小时，未达年度指标≥96小时", MISSED, id="h1-hours-not-met"),
    pytest.param("教育学习时间", "每月不少于8小时", "全年人均学习102小时", "met", "“每月不少于8小时”全年计≥96小时；实际102小时，达到年度指标≥96小时", FINE, id="h1-hours-met-no-excess"),
    pytest.param("培训学时", "每季度不少于16学时", "全年培训48学时", "not_met", "“每季度不少于16学时”全年计≥64学时；实际48学时，未达年度指标≥64学时", MISSED, id="h1-class-hours"),
    pytest.param("学习时间", "每周不少于2小时", "全年学习90小时", "unknown", "年度指标“每周不少于2小时”按周计，无法与全年完成数直接对照，需人工判断", FINE, id="h1-week-unknown"),
    pytest.param("教育学习时间", "每月不少于8小时", "月均学习7.5小时", "not_met", "实际7.5小时，未达年度指标≥8小时", MISSED, id="h1-month-average-unchanged"),
    pytest.param("谈话次数", "每月不少于2次", "全年谈话20次", "not_met", "“每月不少于2次”全年计≥24次；实际20次，未达年度指标≥24次", MISSED, id="h1-count-unchanged"),
    # M2
    pytest.param("安全事故", "0起", "全年未发生", "met", "实际0起，达到年度指标=0起", FINE, id="m2-year-none"),
    pytest.param("安全事故", "0起", "年内均未发生", "met", "实际0起，达到年度指标=0起", FINE, id="m2-within-year"),
    pytest.param("安全事故", "0起", "全年未发生事故", "met", "实际0起，达到年度指标=0起", FINE, id="m2-with-noun-unchanged"),
    # M5
    pytest.param("出水COD浓度", "≤50mg/L", "出水COD年均18.6mg/L，最高52mg/L", "not_met", "实际52mg/L，超出年度指标≤50mg/L", MISSED, id="m5-highest-over"),
    pytest.param("出水COD浓度", "≤50mg/L", "出水COD年均18.6mg/L，最高46mg/L", "met", "实际46mg/L，达到年度指标≤50mg/L", FINE, id="m5-highest-within"),
    pytest.param("出水COD年均浓度", "≤50mg/L", "出水COD年均18.6mg/L，最高52mg/L", "met", "实际18.6mg/L，达到年度指标≤50mg/L", FINE, id="m5-average-row"),
    pytest.param("出水COD浓度", "≤50mg/L", "年均18.6mg/L，最高不超过46mg/L", "unknown", "实际“年均18.6mg/L，最高不超过46mg/L”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m5-bound-stays-text"),
    # H2
    pytest.param("吨水电耗", "≤0.35kW·h/m³", "0.32kW·h/m³", "met", "实际0.32kWh/m³，达到年度指标≤0.35kWh/m³", FINE, id="h2-met"),
    pytest.param("吨水电耗", "≤0.35kWh/m³", "0.38kW·h/m³", "not_met", "实际0.38kWh/m³，超出年度指标≤0.35kWh/m³", MISSED, id="h2-not-met"),
    pytest.param("吨水电耗", "≤0.35千瓦时/吨", "0.38kW·h/t", "not_met", "实际0.38kWh/t，超出年度指标≤0.35千瓦时/吨", MISSED, id="h2-per-t"),
    pytest.param("年节电量", "≥12万千瓦时", "节电12.8万kW·h", "met", "实际12.8万kWh，达到年度指标≥12万千瓦时", FINE, id="h2-saved"),
    # H4
    pytest.param("设备故障修复时限", "≤48小时", "平均16h，最长52h", "not_met", "实际52h，超出年度指标≤48小时", MISSED, id="h4-h-not-met"),
    pytest.param("设备故障修复时限", "≤48小时", "故障平均修复时间16h，最长46h", "met", "实际46h，达到年度指标≤48小时", FINE, id="h4-h-met"),
    pytest.param("设备故障修复时限", "≤48小时", "平均16h，最长52小时", "not_met", "实际52小时，超出年度指标≤48小时", MISSED, id="h4-mixed"),
    pytest.param("抢修响应时间", "≤4小时", "平均2.5h，最长4h", "met", "实际4h，达到年度指标≤4小时", FINE, id="h4-at-limit"),
    pytest.param("设备故障修复时限", "≤48小时", "平均16小时，最长52小时", "not_met", "实际52小时，超出年度指标≤48小时", MISSED, id="h4-hours-unchanged"),
    # H5
    pytest.param("污泥处置量", "≥2.2万吨", SLUDGE, "not_met", "实际2.16万吨，未达年度指标≥2.2万吨", MISSED, id="h5-not-met"),
    # H6
    pytest.param("再犯罪率", "≤0.2%", "再犯罪3人，再犯罪率2.1‰", "not_met", "实际2.1‰（“再犯罪3人，再犯罪率2.1‰”中指标名称所指的数），超出年度指标≤0.2%", MISSED, id="h6-per-mille-not-met"),
    pytest.param("脱管率", "≤0.1‰", "脱管1人，脱管率0.2‰", "not_met", "实际0.2‰（“脱管1人，脱管率0.2‰”中指标名称所指的数），超出年度指标≤0.1‰", MISSED, id="h6-per-mille-target"),
    pytest.param("再犯罪率", "≤0.2%", "再犯罪1人，再犯罪率0.21‰", "met", "实际0.21‰（“再犯罪1人，再犯罪率0.21‰”中指标名称所指的数），达到年度指标≤0.2%", FINE, id="h6-per-mille-met"),
    pytest.param("再犯罪率", "≤2‰", "再犯罪1人，再犯罪率0.15%", "met", "实际0.15%（“再犯罪1人，再犯罪率0.15%”中指标名称所指的数），达到年度指标≤2‰", FINE, id="h6-percent-against-per-mille"),
    pytest.param("再犯罪率", "≤0.2%", "再犯罪1人，再犯罪率0.21%", "not_met", "实际0.21%（“再犯罪1人，再犯罪率0.21%”中指标名称所指的数），超出年度指标≤0.2%", MISSED, id="h6-percent-unchanged"),
    # H3
    pytest.param("吨水处理成本", "≤1.2元/吨", "吨水成本1.26元", "not_met", "实际1.26元/吨，超出年度指标≤1.2元/吨", MISSED, id="h3-ton-water-cost"),
    pytest.param("吨水处理成本", "≤1.2元/吨", "吨水处理成本1.26元", "not_met", "实际1.26元/吨，超出年度指标≤1.2元/吨", MISSED, id="h3-ton-water-treatment"),
    pytest.param("吨水处理成本", "≤1.2元/吨", "吨水成本1.15元", "met", "实际1.15元/吨，达到年度指标≤1.2元/吨", FINE, id="h3-met"),
    pytest.param("处理成本", "≤1.2元/吨", "单吨处理成本1.26元", "not_met", "实际1.26元/吨，超出年度指标≤1.2元/吨", MISSED, id="h3-single-ton"),
    pytest.param("吨水电耗", "≤0.35kWh/吨", "吨水电耗0.38kWh", "not_met", "实际0.38kWh/吨，超出年度指标≤0.35kWh/吨", MISSED, id="h3-energy"),
    pytest.param("吨水处理成本", "≤1.2元/m³", "吨水处理成本1.26元", "not_met", "实际1.26元/m³，超出年度指标≤1.2元/m³", MISSED, id="h3-per-cubic-metre"),
    pytest.param("吨水处理成本", "≤1.2元/吨", "每吨水1.26元", "not_met", "实际1.26元/吨，超出年度指标≤1.2元/吨", MISSED, id="h3-per-ton-unchanged"),
    # M1
    pytest.param("污水处理能力", "≥10万吨/日", "9.6万m³/日", "not_met", "实际9.6万吨/日，未达年度指标≥10万吨/日", MISSED, id="m1-cubic-against-ton"),
    pytest.param("污水处理能力", "≥10万立方米/日", "9.6万吨/日", "not_met", "实际9.6万立方米/日，未达年度指标≥10万立方米/日", MISSED, id="m1-ton-against-cubic"),
    pytest.param("污水处理量", "≥3650万立方米", "全年处理污水3,812.6万吨", "met", "实际3812.6万立方米，达到年度指标≥3650万立方米", FINE, id="m1-total"),
    pytest.param("吨水电耗", "≤0.35kW·h/m³", "0.38度/吨", "not_met", "实际0.38度/m³，超出年度指标≤0.35kWh/m³", MISSED, id="m1-energy-per-ton"),
    pytest.param("混凝土方量", "≥10万立方米", "9.6万吨", "unknown", "实际9.6万吨与年度指标≥10万立方米单位不可比", ["unit-mismatch", "missing-category"], id="m1-not-water"),
    pytest.param("水泥产量", "≥10万立方米", "9.6万吨", "unknown", "实际9.6万吨与年度指标≥10万立方米单位不可比", ["unit-mismatch", "missing-category"], id="m1-cement"),
    # M3
    pytest.param("每千人口托位数", "≥4.5个/千人", "4.2个", "not_met", "实际4.2个/千人，未达年度指标≥4.5个/千人", MISSED, id="m3-bare-count"),
    pytest.param("每千人口托位数", "≥4.5个/千人", "每千人4.2个", "not_met", "实际4.2个/千人，未达年度指标≥4.5个/千人", MISSED, id="m3-per-thousand-label"),
    pytest.param("每千人口托位数", "≥4.5个", "4.2个/千人", "not_met", "实际4.2个/千人，未达年度指标≥4.5个/千人", MISSED, id="m3-reverse"),
    pytest.param("每万人口发明专利拥有量", "≥6件/万人", "6.8件", "met", "实际6.8件/万人，达到年度指标≥6件/万人", FINE, id="m3-per-ten-thousand"),
    pytest.param("托位数", "≥4.5个/千人", "4.2个", "unknown", "实际4.2个与年度指标≥4.5个/千人单位不可比", ["unit-mismatch", "missing-category"], id="m3-name-says-no-per"),
    # M4
    pytest.param("运营补贴标准", "≤300元/人·月", "每生每月320元", "not_met", "实际320元/人·月，超出年度指标≤300元/人·月", MISSED, id="m4-per-pupil"),
    pytest.param("运营补贴标准", "≤300元/人·月", "生均每月320元", "not_met", "实际320元/人·月，超出年度指标≤300元/人·月", MISSED, id="m4-pupil-average"),
    pytest.param("运营补贴标准", "≤300元/人·月", "每人每月300元", "met", "实际300元/人·月，达到年度指标≤300元/人·月", FINE, id="m4-per-person-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), VERDICT_ROWS
)
def test_verdict(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


POINTS_ROWS = [
    pytest.param("吨水电耗", "≤0.35kWh/m³", "0.38kW·h/m³", "9.21", id="h2-energy"),
    pytest.param("污泥处置量", "≥2.2万吨", SLUDGE, "9.82", id="h5-sludge"),
    pytest.param("教育学习时间", "每月不少于8小时", "全年人均学习90小时", "9.38", id="h1-hours"),
    pytest.param("吨水处理成本", "≤1.2元/吨", "吨水成本1.26元", "9.52", id="h3-cost"),
    pytest.param("再犯罪率", "≤0.2%", "再犯罪3人，再犯罪率2.1‰", "9.52", id="h6-rate"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points"), POINTS_ROWS)
def test_points_of_a_miss(name: str, target: str, actual: str, points: str) -> None:
    row = indicator(name, target, actual, weight=10, points=10)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
    assert "full-points-not-met" in finding_ids(card)
    assert "target-not-measurable" not in finding_ids(card)
