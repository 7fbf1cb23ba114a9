"""One judgement of "lower is better, by the name" (scoring.md §2), used by three rules.

``优于X`` targets (better_lower_by_name), the finding target-direction-suspect (a harm
named at the end of the name: harm_named_lower) and the finding cost-not-ceiling (a cost
row's name) used three word lists that disagreed. Each name below states the decided
answer of the one judgement for all three; an id ending in ``-changed`` marks a name
whose answer changed from before the lists were unified, and its comment says why.
"""

from __future__ import annotations

import pytest

from perftrack.scoring._common import _benefit_by_name, better_lower_by_name, harm_named_lower
from perftrack.scoring._findings import _name_backs_operator
from scoring_builders import by_id, indicator, score_one, verdict_of

COST = {"level1": "成本指标", "level2": "经济成本指标"}

# (name, better lower under 优于 on a row of no cost, better lower on a cost row
# (cost-not-ceiling on a floor), harm named at its end and better lower
# (target-direction-suspect on a floor))
NAMES = [
    # -- complaints
    pytest.param("投诉率", (True, True, True), id="complaint-rate"),
    pytest.param("群众投诉率", (True, True, True), id="public-complaint-rate"),
    pytest.param("投诉次数", (True, True, True), id="complaint-count"),
    # a cost row named so was told 应为上限: wrong advice for a handling rate
    pytest.param("投诉处理率", (False, False, False), id="complaint-handled-changed"),
    pytest.param("投诉回复率", (False, False, False), id="complaint-answered-changed"),
    pytest.param("投诉办结率", (False, False, False), id="complaint-closed-changed"),
    # -- faults and accidents
    pytest.param("故障率", (True, True, True), id="fault-rate"),
    pytest.param("设备故障率", (True, True, True), id="equipment-fault-rate"),
    pytest.param("监测设备故障率", (True, True, True), id="monitor-equipment-fault-rate"),
    # 处理 names the place (设施), as 监测设备 does: the finding read it handled before
    pytest.param("污水处理设施故障率", (True, True, True), id="plant-fault-rate-changed"),
    pytest.param("故障修复率", (False, False, False), id="fault-repaired-changed"),
    pytest.param("故障排除率", (False, False, False), id="fault-cleared-changed"),
    # the cost of a repair is a cost: 优于 read 修复 as handling before
    pytest.param("故障修复费用", (True, True, False), id="repair-cost-changed"),
    pytest.param("事故发生率", (True, True, True), id="accident-rate"),
    pytest.param("火灾事故发生率", (True, True, True), id="fire-accident-rate"),
    pytest.param("事故起数", (True, True, True), id="accident-count"),
    pytest.param("亡人事故", (True, True, True), id="fatal-accidents"),
    pytest.param("伤亡人数", (True, True, True), id="casualties"),
    pytest.param("事故处理率", (False, False, False), id="accident-handled-changed"),
    pytest.param("事故下降率", (False, False, False), id="accident-fall"),
    # 发生 is harm in the finding's list: 优于 read 发生率 as better higher before
    pytest.param("发生率", (True, True, True), id="occurrence-rate-changed"),
    # 预防 named the vaccination, not a handling: the finding stayed silent before
    pytest.param("预防接种异常反应发生率", (True, True, True), id="adverse-reaction-changed"),
    # -- quality
    pytest.param("不合格率", (True, True, True), id="defect-rate"),
    pytest.param("产品抽检不合格率", (True, True, True), id="sampled-defect-rate"),
    pytest.param("合格率", (False, False, False), id="pass-rate-changed"),
    pytest.param("达标率", (False, False, False), id="up-to-standard-changed"),
    pytest.param("达标排放率", (False, False, False), id="compliant-discharge-changed"),
    pytest.param("污水排放达标率", (False, False, False), id="sewage-compliant-changed"),
    # 断面 is the place monitored: 优于 read 监测 as handling before
    pytest.param("监测断面超标率", (True, True, True), id="section-over-limit-changed"),
    pytest.param("超标率", (True, True, True), id="over-limit-rate"),
    # the finding trusts a harm only at the end of a name (and what counts it)
    pytest.param("超标排放次数", (True, True, False), id="over-limit-discharges"),
    pytest.param("差错率", (True, True, True), id="error-rate"),
    # 更正 is no handling word: the finding does not read the end as harm, 优于 does
    pytest.param("差错更正率", (True, True, False), id="errors-corrected"),
    pytest.param("漏报率", (False, True, False), id="missed-reports-no-word"),
    pytest.param("误报率", (False, True, False), id="false-alarms-no-word"),
    # -- times, precisions
    pytest.param("办结时限", (True, True, False), id="time-limit"),
    pytest.param("办结率", (False, False, False), id="closing-rate-changed"),
    pytest.param("案件办结率", (False, False, False), id="cases-closed-changed"),
    pytest.param("平均响应时间", (True, True, False), id="mean-response-time"),
    pytest.param("应急处置时间", (True, True, False), id="emergency-time"),
    pytest.param("定位精度", (True, True, False), id="precision"),
    pytest.param("影像分辨率", (True, True, False), id="resolution"),
    pytest.param("平面中误差", (True, True, True), id="mean-error"),
    pytest.param("超期率", (False, True, False), id="overdue-no-word"),
    pytest.param("逾期率", (False, True, False), id="late-no-word"),
    pytest.param("航班延误率", (False, True, False), id="delay-no-word"),
    # -- costs, energy, pollution
    pytest.param("成本", (True, True, False), id="cost"),
    pytest.param("单位成本", (True, True, False), id="unit-cost"),
    pytest.param("处理成本", (True, True, False), id="treatment-cost"),
    pytest.param("投诉处理成本", (True, True, False), id="complaint-cost"),
    pytest.param("节约成本", (False, False, False), id="cost-saved"),
    pytest.param("成本节约率", (False, False, False), id="saving-rate"),
    # a cost against its budget (≤100%): 优于 read 控制率 as handling before
    pytest.param("成本控制率", (True, True, False), id="cost-control-changed"),
    pytest.param("单位造价控制标准", (True, True, False), id="cost-standard"),
    pytest.param("单位造价", (True, True, False), id="unit-price"),
    pytest.param("价格", (True, True, False), id="price"),
    pytest.param("设备采购费", (False, True, False), id="purchase-fee"),
    pytest.param("项目监测费", (False, True, False), id="monitoring-fee"),
    pytest.param("隐患整改资金", (False, True, False), id="rectification-funds"),
    # w34a: a cost word after a handling word with words between is still the cost of the
    # handling (the money is the measure): a cost row's floor asks a ceiling
    pytest.param("垃圾处理运营费", (False, True, False), id="treatment-running-fee-w34a"),
    pytest.param("水质监测经费", (False, True, False), id="monitoring-funds-w34a"),
    pytest.param("隐患治理工作经费", (False, True, False), id="remediation-funds-w34a"),
    pytest.param("培训覆盖人均成本", (True, True, False), id="cost-per-trainee-w34a"),
    pytest.param("能耗", (True, True, False), id="energy"),
    pytest.param("单位GDP能耗", (True, True, False), id="energy-per-gdp"),
    pytest.param("能耗降低率", (False, False, False), id="energy-fall"),
    pytest.param("单位GDP能耗下降率", (False, False, False), id="energy-fall-rate"),
    # 生均 is a minimum only of what is paid out, not of energy: cost-not-ceiling was silent
    pytest.param("生均能耗", (True, True, False), id="energy-per-pupil-changed"),
    pytest.param("PM2.5平均浓度", (True, True, False), id="pm25"),
    pytest.param("噪声控制值", (True, True, False), id="noise-ceiling"),
    pytest.param("碳排放强度", (True, True, False), id="carbon-intensity"),
    pytest.param("废水排放量", (True, True, False), id="wastewater"),
    # -- savings, levers, standards paid out: better higher, 优于 on a cost row too
    pytest.param("节约资金", (False, False, False), id="funds-saved"),
    pytest.param("结余", (False, False, False), id="balance-changed"),
    pytest.param("审减率", (False, False, False), id="audit-cut"),
    pytest.param("降低率", (False, False, False), id="fall-rate"),
    pytest.param("下降率", (False, False, False), id="decline-rate"),
    pytest.param("减少量", (False, False, False), id="reduction-changed"),
    pytest.param("担保放大倍数", (False, False, False), id="guarantee-multiple-changed"),
    pytest.param("补助标准", (False, False, False), id="subsidy-standard-changed"),
    # a subsidy of prices is paid out: 优于 read 价格 as a cost before
    pytest.param("价格补贴标准", (False, False, False), id="price-subsidy-changed"),
    pytest.param("基础养老金标准", (False, False, False), id="pension-standard-changed"),
    pytest.param("生均公用经费", (False, False, False), id="per-pupil-funds-changed"),
    # -- people: harm to people is better lower
    pytest.param("死亡率", (True, True, True), id="death-rate"),
    pytest.param("孕产妇死亡率", (True, True, True), id="maternal-death-rate"),
    pytest.param("流失率", (True, True, True), id="dropout"),
    pytest.param("学生流失率", (True, True, True), id="pupil-dropout"),
    pytest.param("辍学率", (True, True, True), id="school-leaving"),
    pytest.param("追回流失文物数", (False, False, False), id="relics-recovered-changed"),
    # 返贫, 失业, 发病 were harm to the finding only: 优于 read them better higher before
    pytest.param("返贫率", (True, True, True), id="relapse-rate-changed"),
    pytest.param("返贫人数", (True, True, True), id="relapse-count-changed"),
    pytest.param("防止返贫监测对象帮扶率", (False, False, False), id="relapse-help-changed"),
    pytest.param("失业率", (True, True, True), id="unemployment-changed"),
    pytest.param("城镇登记失业率", (True, True, True), id="urban-unemployment-changed"),
    pytest.param("失业人员再就业率", (False, False, False), id="reemployment-changed"),
    pytest.param("发病率", (True, True, True), id="incidence-changed"),
    # w34a: 发生, 发病, 失业, 返贫 are harm only as the thing measured (at the end, or before
    # what counts them), not where they name another measure: an insurance's enrolment, an
    # amount incurred, a report's timeliness, the unemployed found work (better higher)
    pytest.param("失业人数", (True, True, True), id="unemployed-count"),
    pytest.param("城镇调查失业率控制目标", (True, True, False), id="unemployment-ceiling-goal"),
    pytest.param("返贫致贫人口", (True, True, False), id="relapse-population"),
    pytest.param("火灾发生起数", (True, True, True), id="fires-count"),
    pytest.param("重大动物疫情发生数", (True, True, True), id="epidemics-count"),
    pytest.param("病虫害发生面积", (True, True, False), id="pest-area"),
    pytest.param("失业保险参保人数", (False, True, False), id="unemployment-insurance-w34a"),
    pytest.param("防返贫致贫保险参保人数", (False, True, False), id="relapse-insurance-w34a"),
    pytest.param("创业担保贷款发生额", (False, True, False), id="loans-incurred-w34a"),
    pytest.param("发生额", (False, True, False), id="amount-incurred-w34a"),
    pytest.param("传染病发病报告及时率", (False, True, False), id="incidence-reporting-w34a"),
    pytest.param("失业人员再就业人数", (False, False, False), id="reemployed-count"),
    pytest.param("发案率", (True, True, True), id="crime-rate"),
    # 减灾 is no handling of the loss: the finding read 减 as one before
    pytest.param("防灾减灾经济损失", (True, True, True), id="disaster-loss-changed"),
    pytest.param("经济损失", (True, True, True), id="loss"),
    # -- law
    pytest.param("违规率", (True, True, True), id="violation-rate"),
    pytest.param("违法案件查结率", (False, False, False), id="cases-concluded-changed"),
    pytest.param("违法行为查处率", (False, False, False), id="offences-punished-changed"),
    pytest.param("矛盾纠纷化解率", (False, False, False), id="disputes-resolved-changed"),
    # -- handling and shares
    pytest.param("处置率", (False, False, False), id="disposal-changed"),
    pytest.param("整改率", (False, False, False), id="rectified-changed"),
    pytest.param("隐患整改率", (False, False, False), id="hazards-rectified-changed"),
    pytest.param("整改完成率", (False, False, False), id="rectification-done-changed"),
    pytest.param("覆盖率", (False, False, False), id="coverage-changed"),
    pytest.param("价格监测覆盖率", (False, False, False), id="price-monitoring-changed"),
    pytest.param("控辍保学率", (False, True, False), id="school-retention-no-word"),
    pytest.param("空置率", (False, True, False), id="vacancy-no-word"),
    pytest.param("满意度", (False, True, False), id="satisfaction-no-word"),
    pytest.param("排名", (False, True, False), id="rank-no-word"),
    pytest.param("延误", (False, True, False), id="delay-bare-no-word"),
]


@pytest.mark.parametrize(("name", "expected"), NAMES)
def test_one_judgement(name: str, expected: tuple[bool, bool, bool]) -> None:
    cost = better_lower_by_name(name, cost=True) and not _benefit_by_name(name)
    assert (better_lower_by_name(name), cost, harm_named_lower(name)) == expected


@pytest.mark.parametrize(("name", "expected"), NAMES)
def test_the_three_agree(name: str, expected: tuple[bool, bool, bool]) -> None:
    """A harm the finding trusts is better lower under 优于, and so on a cost row too."""
    lower, cost_lower, harm_lower = expected
    assert (name, not harm_lower or lower, not lower or cost_lower) == (name, True, True)


# The rules through a scored table.
@pytest.mark.parametrize(
    ("row", "attainment", "explanation"),
    [
        pytest.param(
            indicator("城镇登记失业率", "优于4.5%", "4.0%"),
            "met",
            "实际4.0%，达到年度指标≤4.5%",
            id="unemployment-better-than-met",
        ),
        pytest.param(
            indicator("返贫率", "优于1%", "1.5%"),
            "pending",
            "实际1.5%，超出年度指标≤1%，距年底尚有时间",
            id="relapse-better-than-above",
        ),
        pytest.param(
            indicator("担保放大倍数", "优于3倍", "3.5倍", **COST),
            "met",
            "实际3.5倍，达到年度指标≥3倍",
            id="cost-row-multiple-better-than",
        ),
    ],
)
def test_better_than_verdicts(row: object, attainment: str, explanation: str) -> None:
    verdict = verdict_of(row)  # type: ignore[arg-type]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("row", "finding_id", "expected"),
    [
        pytest.param(indicator("城镇登记失业率", "≥4.5%", "4%"), "target-direction-suspect", ["target-direction-suspect"],
                     id="unemployment-floor"),
        pytest.param(indicator("污水处理设施故障率", "≥2%", "1%"), "target-direction-suspect", ["target-direction-suspect"],
                     id="plant-fault-floor"),
        pytest.param(indicator("投诉处理率", "≥95%", "97%"), "target-direction-suspect", [],
                     id="complaints-handled-floor"),
        pytest.param(indicator("合格率", "≥95%", "97%", **COST), "cost-not-ceiling", [],
                     id="cost-row-pass-rate"),
        pytest.param(indicator("生均能耗", "≥50千瓦时", "45千瓦时", **COST), "cost-not-ceiling", ["cost-not-ceiling"],
                     id="cost-row-energy-per-pupil"),
        pytest.param(indicator("设备采购费", "≥20万元", "18万元", **COST), "cost-not-ceiling", ["cost-not-ceiling"],
                     id="cost-row-fee"),
        pytest.param(indicator("基础养老金标准", "≥150元", "160元", **COST), "cost-not-ceiling",
                     [], id="cost-row-pension-standard"),
    ],
)  # fmt: skip
def test_findings(row: object, finding_id: str, expected: list[str]) -> None:
    card = score_one(row)  # type: ignore[arg-type]
    assert [f.id for f in by_id(card, finding_id)] == expected


# Whether a name backs a floor and a ceiling against a printed 指标方向性 (the printed one
# is then the slip, target-direction-suspect says so instead of "flip the target").
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("投诉处理率", (True, False), id="handled"),
        pytest.param("设备故障率", (False, True), id="harm"),
        # prevention on a name of no harm stays better higher, as before
        pytest.param("疫情防控物资储备数", (True, False), id="prevention-stock"),
        pytest.param("预防接种人数", (True, False), id="vaccinated"),
        pytest.param("减税降费金额", (True, False), id="tax-cut"),
        # handled, saved or paid out: the finding's old list missed these words
        pytest.param("故障修复率", (True, False), id="repaired-changed"),
        pytest.param("达标排放率", (True, False), id="compliant-changed"),
        pytest.param("追回流失文物数", (True, False), id="recovered-changed"),
        pytest.param("补助标准", (True, False), id="subsidy-changed"),
        pytest.param("担保放大倍数", (True, False), id="multiple-changed"),
        # harm named with a process word, a prevention or a 减 that handles nothing
        pytest.param("污水处理设施故障率", (False, True), id="plant-fault-changed"),
        pytest.param("预防接种异常反应发生率", (False, True), id="adverse-changed"),
        pytest.param("防灾减灾经济损失", (False, True), id="disaster-loss-changed"),
        # a cost or a ceiling value, no handling: backs no floor
        pytest.param("处理成本", (False, False), id="treatment-cost-changed"),
        pytest.param("噪声控制值", (False, False), id="noise-ceiling-changed"),
        pytest.param("单位造价控制标准", (False, False), id="cost-standard-changed"),
        pytest.param("成本控制率", (False, False), id="cost-control-changed"),
        pytest.param("隐患整改资金", (False, False), id="rectification-funds-changed"),
    ],
)
def test_name_backs_operator(name: str, expected: tuple[bool, bool]) -> None:
    backs = (_name_backs_operator(name, floor=True), _name_backs_operator(name, floor=False))
    assert backs == expected
