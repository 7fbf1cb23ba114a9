"""Regressions of regress26, each rule with the report's rows.

H1: a rise past a band of change is met only for a name clearly better higher; a band
written as a cap (控制在) is not met past it, a cost-like name is unknown.
M1: a time limit per case already breached mid-year is not met, unless an average.
M2: ``元旦春节前`` follows the 春节 window.
"""

from __future__ import annotations

import datetime as dt

import pytest

from perftrack.policy import Policy
from perftrack.scoring import score
from scoring_builders import finding_ids, indicator, self_evaluation_table, tracking_table

ECONOMIC = {"level1": "效益指标", "level2": "经济效益指标"}
SOCIAL = {"level1": "效益指标", "level2": "社会效益指标"}
ECOLOGICAL = {"level1": "效益指标", "level2": "生态效益指标"}
COST = {"level1": "成本指标", "level2": "经济成本指标"}

# H1: (name, target, actual, level 1 and 2, attainment, a part of the explanation)
BEYOND_BAND = [
    pytest.param("门诊次均费用增幅", "增长3%-5%", "增长8%", ECONOMIC, "unknown", "需人工判断", id="outpatient-cost"),
    pytest.param("药品费用增幅", "增长控制在3%-5%", "增长8%", ECONOMIC, "not_met", "超出年度指标增长控制在3%-5%", id="capped-drug-cost"),
    pytest.param("医疗费用增长率", "同比增长3%-5%", "同比增长8%", ECONOMIC, "unknown", "需人工判断", id="medical-cost"),
    pytest.param("住院次均费用", "增长3%-5%", "增长8%", ECONOMIC, "unknown", "需人工判断", id="inpatient-cost"),
    pytest.param("能源消费总量增幅", "增长2%-3%", "增长6%", ECOLOGICAL, "unknown", "需人工判断", id="energy-use"),
    pytest.param("财政补贴支出增幅", "增长5%-8%", "增长15%", ECONOMIC, "unknown", "需人工判断", id="subsidy-spending"),
    pytest.param("门诊次均费用增幅", "增长3%-5%", "增长8%", COST, "unknown", "需人工判断", id="cost-row"),
    # not clearly better higher: past the upper end, as before
    pytest.param("人口自然增长率", "增长0.3%-0.5%", "增长1%", SOCIAL, "not_met", "超出年度指标", id="population"),
    # a cap in words, whatever the name
    pytest.param("农民人均可支配收入增幅", "增长控制在5%-8%", "增长10%", ECONOMIC, "not_met", "超出年度指标", id="capped-income"),
    # clearly better higher: met past the band
    pytest.param("农民人均可支配收入增幅", "增长5%-8%", "增长10%", ECONOMIC, "met", "增幅大于区间上限", id="income"),
    pytest.param("规上工业增加值", "同比增长5%至8%", "同比增长10%", ECONOMIC, "met", "增幅大于区间上限", id="value-added"),
    # a fall past a 下降 band stays met
    pytest.param("发病率", "下降5%至8%", "下降10%", SOCIAL, "met", "降幅大于区间上限", id="incidence-fall"),
    pytest.param("债务规模", "下降5-10%", "下降20%", ECONOMIC, "met", "降幅大于区间上限", id="debt-fall"),
    # within the band: met
    pytest.param("运行成本增幅", "增长控制在3%-5%", "增长4%", COST, "met", "达到年度指标", id="capped-within"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "levels", "attainment", "said"), BEYOND_BAND)
def test_a_rise_past_a_band_is_met_only_when_better_higher(  # noqa: PLR0913, PLR0917 - the table's columns
    name: str, target: str, actual: str, levels: dict[str, str], attainment: str, said: str
) -> None:
    row = indicator(name, target, actual, points=5, weight=5, **levels)
    verdict = score(self_evaluation_table([row])).verdicts[0]
    assert (verdict.attainment.value, said in verdict.explanation) == (attainment, True), (
        verdict.explanation
    )


# M1: (name, target, actual, attainment, a part of the explanation) in a 1–8月 tracking table
PER_CASE_BREACHED = [
    pytest.param("审批办理时间", "≤5个工作日", "7个工作日", "not_met", "超时的办件无法挽回", id="approval"),
    pytest.param("故障修复时间", "≤24小时", "36小时", "not_met", "超时的办件无法挽回", id="repair"),
    # an average may still come down: pending, as documented
    pytest.param("投诉处理时间", "≤15个工作日", "平均17个工作日", "pending", "距年底尚有时间", id="average-actual"),
    pytest.param("平均办理时间", "≤5个工作日", "6个工作日", "pending", "距年底尚有时间", id="average-name"),
    # the met side stays met mid-year
    pytest.param("故障响应时间", "≤2小时", "1.5小时", "met", "达到年度指标", id="within"),
    pytest.param("投诉处理时间", "≤15个工作日", "平均12个工作日", "met", "达到年度指标", id="average-within"),
    # a sum over the year: cumulative, as before
    pytest.param("全年累计停电时间", "≤24小时", "30小时", "not_met", "已超出年度上限", id="sum"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "said"), PER_CASE_BREACHED)
def test_a_per_case_limit_breached_mid_year_is_not_met(
    name: str, target: str, actual: str, attainment: str, said: str
) -> None:
    row = indicator(name, target, actual, level1="产出指标", level2="时效指标")
    card = score(tracking_table([row], period=(2023, 1, 2023, 8)))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, said in verdict.explanation) == (attainment, True), (
        verdict.explanation
    )
    if attainment == "not_met":
        assert "missing-deviation-reason" in finding_ids(card)


# M2: (target, actual, attainment, a part of the explanation) in a 2025 自评 as of 2026-03-31
FESTIVAL = [
    pytest.param("元旦春节前发放到位", "2025年1月15日", "met", "未晚于截止日期2025-01-28", id="by-eve"),
    pytest.param("元旦春节前发放到位", "2025年3月发放", "not_met", "晚于截止日期2025-01-28", id="march"),
    pytest.param("元旦春节前发放到位", "2025年6月发放", "not_met", "晚于截止日期2025-01-28", id="june"),
    pytest.param("元旦春节前发放到位", "2025年10月发放", "not_met", "晚于截止日期2025-01-28", id="october"),
    pytest.param("元旦春节前发放到位", "2025年12月发放", "unknown", "未写年份", id="december"),
    pytest.param("元旦春节前发放到位", "2026年1月15日", "unknown", "未写年份", id="next-january"),
    pytest.param("元旦春节前发放到位", "2026年3月发放", "not_met", "晚于截止日期", id="next-march"),
    # the same as 春节前 alone
    pytest.param("春节前发放到位", "2025年3月发放", "not_met", "晚于截止日期2025-01-28", id="spring-march"),
    pytest.param("春节前发放到位", "2026年1月15日", "unknown", "未写年份", id="spring-next-january"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "said"), FESTIVAL)
def test_new_year_and_spring_festival_follows_the_spring_festival(
    target: str, actual: str, attainment: str, said: str
) -> None:
    row = indicator("补助资金发放", target, actual, level2="时效指标", year=2025)
    table = self_evaluation_table([row], year=2025)
    card = score(table, policy=Policy(as_of=dt.date(2026, 3, 31)))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, said in verdict.explanation) == (attainment, True), (
        verdict.explanation
    )
