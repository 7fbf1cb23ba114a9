"""Value cells of parse31 (公务用车, 公共机构节能, 国库集中支付, 交通执法, 政务服务).

H1: standard coal: tce = 吨标准煤 = 吨标煤, kgce = 千克标准煤 = 公斤标准煤 = 千克标煤, 1 tce = 1000 kgce.
H2: 升 is L; ``9.6L/100km`` and ``9.6升/100公里`` are 升/百公里; a 百公里 label supplies /百公里.
H3: 单车, 车均, 每车 are per-vehicle (辆) labels, as 单辆 and 每辆.
H4: ``较年初压减8.6%`` against a change target naming no base (``压减≥10%``) is read.
H5: ``燃油费支出``, ``燃油费用`` as a change's subject on 燃油费 are the fee itself.
H6: 辆次, 台次, 件次 are visits, as 车次: no count of 辆, 台, 件.
M1: on a 跑腿/跑动 row 人次 and 次 count the same trips (elsewhere they stay apart).
M2: ``支付差错0笔`` on a 准确率 row is 100 %.
LOW: ``8\u203230\u2033`` and ``8'30"`` are 8分30秒, 510 秒.
"""

from __future__ import annotations

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import Comparison, Op, Quantity, TextValue
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION

TARGET_ROWS = [
    pytest.param("≤9L/100km", Comparison(Op.LE, dec(9), "L/100km", text="≤9L/100km"), id="h2-latin"),
    pytest.param("≤9升/100公里", Comparison(Op.LE, dec(9), "升/100公里", text="≤9升/100公里"), id="h2-chinese"),
    pytest.param("≤0.4tce/人", Comparison(Op.LE, dec("0.4"), "tce/人", text="≤0.4tce/人"), id="h1-tce-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), TARGET_ROWS)
def test_target_parse(cell: str, expected: object) -> None:
    assert parse_target(cell) == expected


VALUE_ROWS = [
    pytest.param("9.6L/100km", Quantity(dec("9.6"), "L/100km", text="9.6L/100km"), id="h2-latin"),
    pytest.param("9.6升/100公里", Quantity(dec("9.6"), "升/100公里", text="9.6升/100公里"), id="h2-chinese"),
    pytest.param("综合油耗9.6L/100km", Quantity(dec("9.6"), "L/100km", label="综合油耗", text="综合油耗9.6L/100km"), id="h2-labelled"),
    pytest.param("平均等候8\u203230\u2033", Quantity(dec(510), "秒", label="平均等候", text="平均等候8\u203230\u2033"), id="low-prime"),
    pytest.param("8'30\"", Quantity(dec(510), "秒", text="8'30\""), id="low-prime-ascii"),
    pytest.param("第3\u203212\u2033", TextValue("第3\u203212\u2033", "第3\u203212\u2033"), id="low-prime-after-ordinal-unchanged"),
    pytest.param("8.2例/10万", Quantity(dec("8.2"), "例/10万", text="8.2例/10万"), id="per-100k-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), VALUE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


VERDICT_ROWS = [
    pytest.param("人均综合能耗", "≤400千克标准煤/人", "人均综合能耗412kgce", "not_met", "实际412kgce/人，超出年度指标≤400千克标准煤/人", ["missing-deviation-reason", "missing-category"], id="h1-kgce-per-head"),
    pytest.param("人均综合能耗", "≤0.4tce/人", "0.412吨标准煤/人", "not_met", "实际0.412吨标准煤/人，超出年度指标≤0.4tce/人", ["missing-deviation-reason", "missing-category"], id="h1-tce-per-person"),
    pytest.param("人均综合能耗", "≤400千克标准煤/人", "人均综合能耗0.412吨标准煤", "not_met", "实际0.412吨标准煤/人，超出年度指标≤400千克标准煤/人", ["missing-deviation-reason", "missing-category"], id="h1-tonne-against-kg"),
    pytest.param("能源消费总量", "≤1200吨标准煤", "全年能源消费1,236tce", "not_met", "实际1236tce已超出年度上限≤1200吨标准煤", ["missing-deviation-reason", "missing-category"], id="h1-short-tce"),
    pytest.param("能源消费总量", "≤1200吨标准煤", "全年能源消费1,236吨标煤", "not_met", "实际1236吨标煤已超出年度上限≤1200吨标准煤", ["missing-deviation-reason", "missing-category"], id="h1-biao-mei"),
    pytest.param("单位建筑面积能耗", "≤13千克标准煤/平方米", "12.6kgce/m²", "met", "实际12.6kgce/m²，达到年度指标≤13千克标准煤/平方米", ["missing-category"], id="h1-per-area-met"),
    pytest.param("能源消费总量", "≤1200吨标准煤", "全年能源消费118万千克标煤", "met", "实际118万千克标煤，达到年度指标≤1200吨标准煤", ["missing-category"], id="h1-qianke-biaomei"),
    pytest.param("单车油耗", "≤9L/100km", "9.6L/100km", "not_met", "实际9.6L/100km，超出年度指标≤9L/100km", ["missing-deviation-reason", "missing-category"], id="h2-slash-100km"),
    pytest.param("单车油耗", "≤9升/100公里", "9.6升/100公里", "not_met", "实际9.6升/100公里，超出年度指标≤9升/100公里", ["missing-deviation-reason", "missing-category"], id="h2-chinese-100"),
    pytest.param("单车油耗", "≤9升/百公里", "9.6L/100km", "not_met", "实际9.6L/100km，超出年度指标≤9升/百公里", ["missing-deviation-reason", "missing-category"], id="h2-mixed"),
    pytest.param("单车油耗", "≤9升/百公里", "百公里油耗9.6升", "not_met", "实际9.6升/百公里，超出年度指标≤9升/百公里", ["missing-deviation-reason", "missing-category"], id="h2-label"),
    pytest.param("单车油耗", "≤9升/百公里", "单车百公里油耗9.6升", "not_met", "实际9.6升/百公里，超出年度指标≤9升/百公里", ["missing-deviation-reason", "missing-category"], id="h2-label-after-per-vehicle"),
    pytest.param("燃油消耗量", "≤12万升", "全年耗油12.6万L", "not_met", "实际12.6万L已超出年度上限≤12万升", ["missing-deviation-reason", "missing-category"], id="h2-l-symbol"),
    pytest.param("燃油消耗量", "≤12万L", "全年耗油11.8万升", "met", "实际11.8万升，达到年度指标≤12万L", ["missing-category"], id="h2-l-met"),
    pytest.param("单车油耗", "≤9升/百公里", "9.6升/百公里", "not_met", "实际9.6升/百公里，超出年度指标≤9升/百公里", ["missing-deviation-reason", "missing-category"], id="h2-control-unchanged"),
    pytest.param("单车运行费用", "≤3.5万元/辆·年", "单车平均3.72万元", "not_met", "实际3.72万元/辆·年，超出年度指标≤3.5万元/辆·年", ["missing-deviation-reason", "missing-category"], id="h3-single-vehicle"),
    pytest.param("单车运行费用", "≤3.5万元/辆", "车均3.72万元", "not_met", "实际3.72万元/辆，超出年度指标≤3.5万元/辆", ["missing-deviation-reason", "missing-category"], id="h3-vehicle-average"),
    pytest.param("单车运行费用", "≤3.5万元/辆", "每车3.72万元", "not_met", "实际3.72万元/辆，超出年度指标≤3.5万元/辆", ["missing-deviation-reason", "missing-category"], id="h3-per-vehicle"),
    pytest.param("单车运行费用", "≤3.5万元/辆", "单车3.72万元", "not_met", "实际3.72万元/辆，超出年度指标≤3.5万元/辆", ["missing-deviation-reason", "missing-category"], id="h3-single-bare"),
    pytest.param("共享单车投放", "≥5000辆", "共享单车5200辆", "met", "实际5200辆，达到年度指标≥5000辆", ["missing-category"], id="h3-shared-bike-unchanged"),
    pytest.param("暂付款余额", "压减≥10%", "较年初压减8.6%", "not_met", "实际较年初压减8.6%，未达年度指标压减≥10%", ["missing-deviation-reason", "missing-category"], id="h4-year-start"),
    pytest.param("暂付款余额", "压减≥10%", "余额较年初下降12.6%", "met", "实际余额较年初下降12.6%，达到年度指标压减≥10%", ["missing-category"], id="h4-year-start-met"),
    pytest.param("暂付款余额", "压减≥10%", "比年初压减8.6%", "not_met", "实际比年初压减8.6%，未达年度指标压减≥10%", ["missing-deviation-reason", "missing-category"], id="h4-bi-nianchu"),
    pytest.param("暂付款余额", "较上年压减≥10%", "较年初压减8.6%", "unknown", "年度指标为文字描述，实际完成情况需人工判断", ["missing-category"], id="h4-other-base-unchanged"),
    pytest.param("暂付款余额", "较年初压减≥10%", "较年初压减8.6%", "not_met", "实际较年初压减8.6%，未达年度指标较年初压减≥10%", ["missing-deviation-reason", "missing-category"], id="h4-same-unchanged"),
    pytest.param("燃油费", "同比下降≥5%", "燃油费支出同比下降3.1%", "not_met", "实际燃油费支出同比下降3.1%，未达年度指标同比下降≥5%", ["missing-deviation-reason", "missing-category"], id="h5-fee-spending"),
    pytest.param("燃油费", "同比下降≥5%", "燃油费用同比下降3.1%", "not_met", "实际燃油费用同比下降3.1%，未达年度指标同比下降≥5%", ["missing-deviation-reason", "missing-category"], id="h5-fee-use"),
    pytest.param("车辆维修费", "同比下降≥5%", "维修费支出同比下降3.1%", "not_met", "实际维修费支出同比下降3.1%，未达年度指标同比下降≥5%", ["missing-deviation-reason", "missing-category"], id="h5-part-of-name"),
    pytest.param("会议费", "同比下降≥5%", "会议费支出同比下降6.1%", "met", "实际会议费支出同比下降6.1%，达到年度指标同比下降≥5%", ["missing-category"], id="h5-met"),
    pytest.param("查处超限超载车辆", "≥500辆", "查处超限超载车辆512辆次", "unknown", "实际512辆次与年度指标≥500辆单位不可比", ["unit-mismatch", "missing-category"], id="h6-vehicle-visits"),
    pytest.param("加油机检定", "≥300台", "检定加油机326台次", "unknown", "实际326台次与年度指标≥300台单位不可比", ["unit-mismatch", "missing-category"], id="h6-machine-visits"),
    pytest.param("帮办代办", "≥2000件", "帮代办2,126件次", "unknown", "实际2126件次与年度指标≥2000件单位不可比", ["unit-mismatch", "missing-category"], id="h6-item-visits"),
    pytest.param("查处超限超载车辆", "≥500辆", "查处超限超载车辆512车次", "unknown", "实际512车次与年度指标≥500辆单位不可比", ["unit-mismatch", "missing-category"], id="h6-car-visits-unchanged"),
    pytest.param("查处超限超载车辆", "≥500辆次", "512辆次", "met", "实际512辆次，达到年度指标≥500辆次", ["missing-category"], id="h6-same-unit-unchanged"),
    pytest.param("查处超限超载车辆", "≥1万辆次", "12,600辆次", "met", "实际12600辆次，达到年度指标≥1万辆次", ["exceeds-target", "missing-deviation-reason", "missing-category"], id="h6-scaled-unchanged"),
    # M1: 人次 and 次 count the same trips on a 跑腿/跑动 row
    pytest.param("减少群众跑腿", "≥10万次", "减少跑腿约8.2万人次", "not_met", "实际约8.2万次（约数），未达年度指标≥10万次", ["missing-deviation-reason", "missing-category"], id="m1-trips-person-times"),
    pytest.param("减少群众跑腿次数", "≥10万人次", "8.2万次", "not_met", "实际8.2万人次，未达年度指标≥10万人次", ["missing-deviation-reason", "missing-category"], id="m1-trips-times"),
    pytest.param("减少群众跑动", "≥10万次", "减少跑动10.6万人次", "met", "实际10.6万次，达到年度指标≥10万次", ["missing-category"], id="m1-trips-met"),
    pytest.param("窗口服务", "≥10万次", "服务8.2万人次", "unknown", "实际8.2万人次与年度指标≥10万次单位不可比", ["unit-mismatch", "missing-category"], id="m1-service-unchanged"),
    # M2: zero errors on an accuracy row is 100 %
    pytest.param("支付准确率", "100%", "支付差错0笔", "met", "实际100%，达到年度指标=100%", ["missing-category"], id="m2-zero-errors"),
    pytest.param("数据录入正确率", "≥99.9%", "录入错误0条", "met", "实际100%，达到年度指标≥99.9%", ["missing-category"], id="m2-zero-errors-floor"),
    pytest.param("支付准确率", "100%", "支付差错3笔", "unknown", "实际3笔与年度指标=100%单位不可比", ["unit-mismatch", "missing-category"], id="m2-some-errors-unchanged"),
    pytest.param("支付差错率", "0", "支付差错0笔", "met", "实际0笔，达到年度指标=0", ["target-missing-unit", "missing-category"], id="m2-error-rate-unchanged"),
    # LOW: prime notation for minutes and seconds
    pytest.param("平均等候时长", "≤10分钟", "平均等候8\u203230\u2033", "met", "实际510秒，达到年度指标≤10分钟", ["missing-category"], id="low-prime"),
    pytest.param("平均等候时长", "≤8分钟", "8'30\"", "not_met", "实际510秒，超出年度指标≤8分钟", ["missing-deviation-reason", "missing-category"], id="low-prime-ascii"),
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
    pytest.param("人均综合能耗", "≤400千克标准煤/人", "人均综合能耗412kgce", "9.71", id="h1-kgce-per-head"),
    pytest.param("人均综合能耗", "≤0.4tce/人", "0.412吨标准煤/人", "9.71", id="h1-tce-per-person"),
    pytest.param("人均综合能耗", "≤400千克标准煤/人", "人均综合能耗0.412吨标准煤", "9.71", id="h1-tonne-against-kg"),
    pytest.param("能源消费总量", "≤1200吨标准煤", "全年能源消费1,236tce", "9.71", id="h1-short-tce"),
    pytest.param("能源消费总量", "≤1200吨标准煤", "全年能源消费1,236吨标煤", "9.71", id="h1-biao-mei"),
    pytest.param("单车油耗", "≤9L/100km", "9.6L/100km", "9.38", id="h2-slash-100km"),
    pytest.param("单车油耗", "≤9升/100公里", "9.6升/100公里", "9.38", id="h2-chinese-100"),
    pytest.param("单车油耗", "≤9升/百公里", "9.6L/100km", "9.38", id="h2-mixed"),
    pytest.param("单车油耗", "≤9升/百公里", "百公里油耗9.6升", "9.38", id="h2-label"),
    pytest.param("单车油耗", "≤9升/百公里", "单车百公里油耗9.6升", "9.38", id="h2-label-after-per-vehicle"),
    pytest.param("燃油消耗量", "≤12万升", "全年耗油12.6万L", "9.52", id="h2-l-symbol"),
    pytest.param("单车油耗", "≤9升/百公里", "9.6升/百公里", "9.38", id="h2-control-unchanged"),
    pytest.param("单车运行费用", "≤3.5万元/辆·年", "单车平均3.72万元", "9.41", id="h3-single-vehicle"),
    pytest.param("单车运行费用", "≤3.5万元/辆", "车均3.72万元", "9.41", id="h3-vehicle-average"),
    pytest.param("单车运行费用", "≤3.5万元/辆", "每车3.72万元", "9.41", id="h3-per-vehicle"),
    pytest.param("单车运行费用", "≤3.5万元/辆", "单车3.72万元", "9.41", id="h3-single-bare"),
    pytest.param("暂付款余额", "压减≥10%", "较年初压减8.6%", "8.60", id="h4-year-start"),
    pytest.param("暂付款余额", "压减≥10%", "比年初压减8.6%", "8.60", id="h4-bi-nianchu"),
    pytest.param("暂付款余额", "较年初压减≥10%", "较年初压减8.6%", "8.60", id="h4-same-unchanged"),
    pytest.param("燃油费", "同比下降≥5%", "燃油费支出同比下降3.1%", "6.20", id="h5-fee-spending"),
    pytest.param("燃油费", "同比下降≥5%", "燃油费用同比下降3.1%", "6.20", id="h5-fee-use"),
    pytest.param("车辆维修费", "同比下降≥5%", "维修费支出同比下降3.1%", "6.20", id="h5-part-of-name"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points"), POINTS_ROWS)
def test_points_of_a_miss(name: str, target: str, actual: str, points: str) -> None:
    row = indicator(name, target, actual, weight=10, points=10)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
    assert "full-points-not-met" in finding_ids(card)
