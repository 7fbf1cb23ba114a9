"""Value cells of parse26: 日均 a daily rate, 零填埋/零排放/零新增 the zero family,
``4分半`` four and a half minutes (H2, H4, M2); a 其中 count grouped by thousands,
为N具 + noun + verb, working days against calendar days, a count then 已全部到位, and a
labelled amount then its change (H1, H3, M1, M3, LOW level then change).

H1: ``新增技能人才8350人，其中高技能人才2,610人`` is 8350 人, the clause its note, as
the form with no separator is.
H3: ``为2860具遗体减免基本殡葬服务费`` against ``≥3000具`` is 2860 具.
M1: ``均在20个工作日内`` against ``审核通过后30日内`` is met (at most 28 calendar days);
``35个工作日`` is not_met (at least 35 days); ``25个工作日`` unknown (25 to 35 days).
M3: ``消防车辆4辆已全部到位`` against ``≥6辆`` is 4 辆.
Level then change: ``完成吞吐量4,860万吨，同比增长6.2%`` on 港口货物吞吐量 is 4860 万吨.
H2: ``日均处理厨余垃圾286吨`` against ``≥300吨/日`` is 286吨/天, as ``每日处理286吨`` is.
H4: ``零填埋``, ``零排放``, ``零新增`` (and ``实现“零填埋”``) are zero-family targets, as
``零事故`` is: a non-zero actual is not_met at 0 points, no target-not-measurable.
M2: ``4分半`` is 4.5 分钟, as ``两个半小时`` is 2.5 小时.
"""

from __future__ import annotations

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import Quantity, TextValue
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]
SKILLED = "新增技能人才8350人，其中高技能人才2,610人"
SKILLED_BOTH = "新增技能人才7,850人，其中高技能人才2,610人"
WAIVED = "全年为2,860具遗体减免基本殡葬服务费"
PORT = "完成吞吐量4,860万吨，同比增长6.2%"

PARSE_ROWS = [
    pytest.param("4分半", Quantity(dec("4.5"), "分钟", text="4分半"), id="m2-minutes-half"),
    pytest.param("平均4分半", Quantity(dec("4.5"), "分钟", label="平均", text="平均4分半"), id="m2-average"),
    pytest.param("85分", Quantity(dec(85), "分", text="85分"), id="m2-score-unchanged"),
    pytest.param(SKILLED, Quantity(dec(8350), "人", label="新增技能人才", note="其中高技能人才2,610人", text=SKILLED), id="h1-second-grouped"),
    pytest.param(SKILLED_BOTH, Quantity(dec(7850), "人", label="新增技能人才", note="其中高技能人才2,610人", text=SKILLED_BOTH), id="h1-both-grouped"),
    pytest.param("完成150户，其中贫困户1,2户", TextValue("完成150户,其中贫困户1,2户", text="完成150户，其中贫困户1,2户"), id="h1-clause-comma-stays-text"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), PARSE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


ZERO_TARGETS = [
    pytest.param("零填埋", "zero", id="h4-landfill"),
    pytest.param("零排放", "zero", id="h4-emission"),
    pytest.param("零新增", "zero", id="h4-added"),
    pytest.param("实现“零填埋”", "zero", id="h4-quoted"),
    pytest.param("零事故", "zero", id="h4-accident-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "family"), ZERO_TARGETS)
def test_zero_family_target(cell: str, family: str) -> None:
    target = parse_target(cell)
    assert getattr(target, "family", None) == family


VERDICT_ROWS = [
    # H2
    pytest.param("厨余垃圾处理量", "≥300吨/日", "日均处理厨余垃圾286吨", "not_met", "实际286吨/天，未达年度指标≥300吨/日", MISSED, id="h2-daily-not-met"),
    pytest.param("厨余垃圾处理量", "≥300吨/日", "日均处理厨余垃圾312吨", "met", "实际312吨/天，达到年度指标≥300吨/日", FINE, id="h2-daily-met"),
    pytest.param("厨余垃圾处理量", "≥300吨/日", "每日处理286吨", "not_met", "实际286吨/天，未达年度指标≥300吨/日", MISSED, id="h2-per-day-unchanged"),
    # H4
    pytest.param("原生垃圾填埋量", "零填埋", "原生垃圾填埋1.2万吨", "not_met", "实际发生原生垃圾填埋1.2万吨，未达到“零填埋”", MISSED, id="h4-landfill-not-met"),
    pytest.param("原生垃圾填埋量", "零填埋", "实现原生垃圾零填埋", "met", "实际“实现原生垃圾零填埋”，达到“零填埋”", FINE, id="h4-landfill-met"),
    pytest.param("废水排放", "零排放", "年内废水排放1.3万吨", "not_met", "实际发生年内废水排放1.3万吨，未达到“零排放”", MISSED, id="h4-emission-not-met"),
    pytest.param("违规墓地", "零新增", "新增违规墓地3处", "not_met", "实际发生新增违规墓地3处，未达到“零新增”", MISSED, id="h4-added-not-met"),
    pytest.param("违规墓地", "零新增", "未新增", "met", "实际“未新增”，达到“零新增”", FINE, id="h4-none-added-met"),
    # H1
    pytest.param("新增技能人才", "≥8000人", SKILLED_BOTH, "not_met", "实际7850人，未达年度指标≥8000人", MISSED, id="h1-not-met"),
    pytest.param("补贴性培训人次", "≥1.8万人次", "开展补贴性培训16,238人次，其中脱贫劳动力1,860人次", "not_met", "实际16238人次，未达年度指标≥1.8万人次", MISSED, id="h1-person-times"),
    pytest.param("新增技能人才", "≥8000人", SKILLED, "met", "实际8350人，达到年度指标≥8000人", FINE, id="h1-met"),
    pytest.param("新增高技能人才", "≥3000人", SKILLED, "not_met", f"实际2610人（“{SKILLED}”中指标名称所指的数），未达年度指标≥3000人", MISSED, id="h1-named-subset-grouped"),
    # H3
    pytest.param("减免殡葬服务费具数", "≥3000具", WAIVED, "not_met", "实际2860具，未达年度指标≥3000具", MISSED, id="h3-not-met"),
    pytest.param("减免殡葬服务费具数", "≥3000具", "为2860具遗体减免基本殡葬服务费", "not_met", "实际2860具，未达年度指标≥3000具", MISSED, id="h3-plain"),
    pytest.param("减免殡葬服务费具数", "≥3000具", "全年为3,126具遗体减免基本殡葬服务费", "met", "实际3126具，达到年度指标≥3000具", FINE, id="h3-met"),
    pytest.param("减免殡葬服务费具数", "≥3000具", "拟为3126具遗体减免基本殡葬服务费", "unknown", "实际“拟为3126具遗体减免基本殡葬服务费”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h3-planned-stays-text"),
    pytest.param("减免殡葬服务费具数", "≥3000具", "为3126具遗体减免费用尚未到位", "unknown", "实际“为3126具遗体减免费用尚未到位”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h3-not-paid-stays-text"),
    # M1
    pytest.param("补贴发放时限", "审核通过后30日内", "均在20个工作日内发放到位", "met", "实际不超过20个工作日，20个工作日最长可跨28天（按每周5个工作日计），达到年度指标≤30日", FINE, id="m1-within"),
    pytest.param("补贴发放时限", "审核通过后30日内", "平均18个工作日", "met", "实际18个工作日，18个工作日最长可跨26天（按每周5个工作日计），达到年度指标≤30日", FINE, id="m1-average-within"),
    pytest.param("补贴发放时限", "审核通过后30日内", "35个工作日", "not_met", "实际35个工作日，35个工作日至少为35个日历日，已超出时限≤30日", MISSED, id="m1-beyond"),
    pytest.param("补贴发放时限", "审核通过后30日内", "25个工作日", "unknown", "实际25个工作日，25个工作日可跨25至35个日历日，不能确定是否在年度指标≤30日以内，需人工判断", FINE, id="m1-between"),
    pytest.param("补贴发放时限", "审核通过后30日内", "均在35个工作日内", "unknown", "实际不超过35个工作日，35个工作日可跨35至49个日历日，不能确定是否在年度指标≤30日以内，需人工判断", FINE, id="m1-at-most-over"),
    # M3
    pytest.param("消防车辆购置数", "≥6辆", "购置消防车辆4辆已全部到位", "not_met", "实际4辆，未达年度指标≥6辆", MISSED, id="m3-not-met"),
    pytest.param("消防车辆购置数", "≥6辆", "消防车辆6辆已全部到位", "met", "实际6辆，达到年度指标≥6辆", FINE, id="m3-met"),
    pytest.param("消防车辆购置数", "≥6辆", "计划购置消防车辆4辆已全部到位", "unknown", "实际“计划购置消防车辆4辆已全部到位”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m3-planned-stays-text"),
    pytest.param("消防车辆购置数", "≥6辆", "消防车辆4辆尚未全部到位", "unknown", "实际“消防车辆4辆尚未全部到位”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m3-negated-stays-text"),
    # level then change (parse25 H1 class, amounts)
    pytest.param("港口货物吞吐量", "≥5000万吨", PORT, "not_met", "实际4860万吨，未达年度指标≥5000万吨", MISSED, id="level-amount-not-met"),
    pytest.param("港口货物吞吐量", "≥4800万吨", PORT, "met", "实际4860万吨，达到年度指标≥4800万吨", FINE, id="level-amount-met"),
    pytest.param("集装箱吞吐量", "≥5000万吨", "完成货物运输量4,860万吨，同比增长6.2%", "unknown", "实际“完成货物运输量4,860万吨，同比增长6.2%”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="level-other-measure-stays-text"),
    pytest.param("港口货物吞吐量", "≥5000万吨", f"{PORT}，位居全省第一", "unknown", f"实际“{PORT}，位居全省第一”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="level-third-clause-stays-text"),
    # M2
    pytest.param("到场时间", "≤5分钟", "平均4分半", "met", "实际4.5分钟，达到年度指标≤5分钟", FINE, id="m2-met"),
    pytest.param("到场时间", "≤4分钟", "平均4分半", "not_met", "实际4.5分钟，超出年度指标≤4分钟", MISSED, id="m2-not-met"),
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
    pytest.param("厨余垃圾处理量", "≥300吨/日", "日均处理厨余垃圾286吨", "9.53", id="h2-daily"),
    pytest.param("原生垃圾填埋量", "零填埋", "原生垃圾填埋1.2万吨", "0.00", id="h4-landfill"),
    pytest.param("到场时间", "≤4分钟", "平均4分半", "8.89", id="m2-minutes"),
    pytest.param("新增技能人才", "≥8000人", SKILLED_BOTH, "9.81", id="h1-skilled"),
    pytest.param("减免殡葬服务费具数", "≥3000具", WAIVED, "9.53", id="h3-waived"),
    pytest.param("消防车辆购置数", "≥6辆", "购置消防车辆4辆已全部到位", "6.67", id="m3-vehicles"),
    pytest.param("港口货物吞吐量", "≥5000万吨", PORT, "9.72", id="level-amount"),
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
