"""An actual whose label names another measure than the target's (scoring.md, rule 3).

Round parse9 H2: for a plain comparison the actual's own label was ignored, so
``不合格率1.4%`` in a 合格率 row missed ``≥98%`` and ``一般事故3起`` broke the ceiling
``较大及以上生产安全事故0起`` ("无法挽回"). An exact complement is now converted to the
target's measure; another category, grade or stage is ``unknown`` with the warning
``actual-other-measure``; the target's own figure in the actual's bracket is judged.
M5: a scope or a per-head qualifier before a change (``医保``, ``月人均``) keeps it the
indicator's own.

Each case is one row of a tracking table at due (period to December), given as the
indicator's name, the printed target and actual, the expected attainment and a
fragment of the explanation.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from perftrack.model import TableKind
from perftrack.policy import Policy
from perftrack.scoring import score
from scoring_builders import (
    YEAR,
    finding_ids,
    indicator,
    self_evaluation_table,
    tracking_table,
    verdict_of,
)

AT_DUE = (YEAR, 1, YEAR, 12)


def case(name: str, target: str, actual: str, attainment: str, fragment: str = "") -> Any:
    return pytest.param(name, target, actual, attainment, fragment, id=f"{name}|{target}|{actual}")


# (a) exact complements: the actual converted to the target's measure, exactly
COMPLEMENTS = [
    case(
        "食品安全抽检合格率",
        "食品安全抽检合格率≥98%",
        "不合格率1.4%",
        "met",
        "实际填报不合格率1.4%，即合格率98.6%；实际98.6%，达到年度指标≥98%",
    ),
    case("食品安全抽检合格率", "≥98%", "不合格率1.4%", "met", "即合格率98.6%"),
    case("农产品质量安全抽检合格率", "≥98%", "不合格率0.96%", "met", "即合格率99.04%"),
    case("药品抽检合格率", "药品抽检合格率≥99%", "不合格率0.5%", "met", "即合格率99.5%"),
    case("药品抽检合格率", "药品抽检合格率≥99%", "不合格率1.5%", "not_met", "即合格率98.5%"),
    case("产品抽检不合格率", "不合格率≤2%", "合格率98.6%", "met", "即不合格率1.4%；实际1.4%"),
    case("产品抽检不合格率", "不合格率≤2%", "合格率97.5%", "not_met", "即不合格率2.5%"),
    case(
        "数据差错率",
        "数据差错率≤0.5‰",
        "数据准确率99.97%",
        "met",
        "实际填报准确率99.97%，即差错率0.03%",
    ),
    case("数据差错率", "≤0.5‰", "准确率99.9%", "not_met", "即差错率0.1%"),
    case("统计数据准确率", "≥99%", "错误率0.4%", "met", "即准确率99.6%"),
    case("报表差错率", "≤1‰", "准确率999.5‰", "met", "即差错率0.5‰"),
    case(
        "空气质量优良天数比例",
        "优良天数比例≥85%",
        "污染天数比例11.8%",
        "met",
        "即优良天数比例88.2%",
    ),
    case("空气质量优良天数比例", "≥85%", "污染天数比例16%", "not_met", "即优良天数比例84%"),
    case("监测断面达标率", "≥90%", "不达标率5%", "met", "即达标率95%"),
    case("设施完好率", "≥95%", "损坏率3%", "met", "即完好率97%"),
]

# (a) rates that are no exact complement, and (b) another category, grade or stage
OTHER_MEASURES = [
    case("水质达标率", "水质达标率≥95%", "超标率3%", "unknown", "口径不同（超标率≠达标率）"),
    case("城镇登记失业率", "城镇登记失业率≤4.5%", "就业率96.2%", "unknown", "就业率≠失业率"),
    case("空气质量优良天数比例", "≥85%", "重污染天数比例1.2%", "unknown", "重污染天数"),
    case(
        "较大及以上生产安全事故",
        "较大及以上生产安全事故0起",
        "一般事故3起",
        "unknown",
        "实际“一般事故3起”统计的是一般事故，年度指标“较大及以上生产安全事故0起”"
        "统计的是较大及以上生产安全事故，口径不同（一般≠较大），需人工判断",
    ),
    case("较大及以上生产安全事故起数", "0起", "发生一般事故3起", "unknown", "一般≠较大"),
    case("重特大事故", "重特大事故0起", "发生较大事故1起", "unknown", "较大≠重特大"),
    case("重大火灾事故", "重大火灾事故0起", "发生一般火灾12起", "unknown", "一般≠重大"),
    case(
        "较大及以上突发环境事件",
        "较大及以上突发环境事件起数为0",
        "发生一般突发环境事件1起",
        "unknown",
        "一般≠较大",
    ),
    case("新增发明专利授权", "新增发明专利授权≥8件", "申请发明专利12件", "unknown", "申请≠授权"),
    case("新增发明专利授权", "≥8件", "受理发明专利申请12件", "unknown", "受理≠授权"),
    case(
        "新增发明专利授权",
        "新增发明专利授权≥8件",
        "实用新型专利授权12件",
        "unknown",
        "实用新型≠发明",
    ),
    case("专利授权数", "≥20件", "申请专利25件", "unknown", "申请≠授权"),
    case("新增5A级景区", "新增5A级景区≥1家", "新增4A级景区2家", "unknown", "4A≠5A"),
    case("新增4A级景区", "新增4A级景区≥1家", "创建3A级景区2家", "unknown", "3A≠4A"),
    case("新增4A级景区", "新增AAAA级景区≥1家", "创建AAA级景区2家", "unknown", "AAA≠AAAA"),
    case("创建三级甲等医院", "创建三级甲等医院1所", "创建二级甲等医院1所", "unknown", "二级≠三级"),
    case("获国家级科技奖励", "获国家级科技奖励≥1项", "获省级科技奖励3项", "unknown", "省级≠国家级"),
    case(
        "城镇新增就业人数",
        "城镇新增就业人数≥1.2万人",
        "失业人员再就业1.3万人",
        "unknown",
        "再就业≠新增就业",
    ),
    # one of the wider may be of a lower grade; none of a narrower says nothing
    case("重大安全事故", "0起", "较大及以上事故1起", "unknown", "口径不同"),
    case("重大安全事故", "0起", "一般事故0起", "unknown", "口径不同"),
]

# the target's own figure in the actual's bracket
BRACKETS = [
    case(
        "授权专利", "授权专利≥8件", "申请16件（授权6件）", "not_met", "中授权为6件；实际6件，未达"
    ),
    case("授权专利", "授权专利≥8件", "申请16件（授权9件）", "met", "中授权为9件；实际9件，达到"),
]

# the same measure: a grade inside the target's, the same word, no word of a family
SAME_MEASURE = [
    case(
        "较大及以上生产安全事故",
        "较大及以上生产安全事故0起",
        "发生重大事故1起",
        "not_met",
        "已超出年度上限",
    ),
    case("重特大事故", "重特大事故0起", "特大事故1起", "not_met", "已超出年度上限"),
    case("生产安全事故起数", "0起", "发生一般事故1起", "not_met", "已超出年度上限"),
    case("省级以上科技奖励", "获省级及以上科技奖励≥1项", "获国家级科技奖励1项", "met", "实际1项"),
    case("新增4A级及以上景区", "新增4A级及以上景区≥1家", "新增5A级景区1家", "met", "实际1家"),
    case("抽检合格率", "≥98%", "抽检合格率98.6%", "met", "实际98.6%"),
    case("发明专利授权", "≥8件", "发明专利授权9件", "met", "实际9件"),
    case("失业人员再就业人数", "≥1万人", "失业人员再就业1.3万人", "met", "实际1.3万人"),
    case("一般公共预算收入", "≥5亿元", "一般公共预算收入5.2亿元", "met", "实际5.2亿元"),
    # regress21 W12: none of a wider category is none of the target's grade
    case("重大安全事故", "0起", "较大及以上事故0起", "met", "实际0起"),
    case("较大安全事故", "≤0起", "一般及以上安全事故0起", "met", "实际0起"),
    case("重大安全事故", "≤1起", "较大及以上事故0起", "met", "实际0起"),
]

# M5: a scope or a per-head qualifier keeps a change the indicator's own
QUALIFIED_CHANGES = [
    case(
        "企业退休人员基本养老金",
        "企业退休人员基本养老金月人均增加≥80元",
        "月人均增加85.6元",
        "met",
        "实际月人均增加85.6元，达到年度指标",
    ),
    case(
        "企业退休人员基本养老金",
        "企业退休人员基本养老金月人均增加≥80元",
        "人均每月增加76元",
        "not_met",
        "未达年度指标",
    ),
    case("企业退休人员基本养老金", "月人均增加≥80元", "月人均增加85.6元", "met", "达到"),
    case("企业退休人员基本养老金", "月人均增加≥80元", "人均每月增加76元", "not_met", "未达"),
    case("基金支出增长率", "医保基金支出增长率≤10%", "同比增长12.1%", "not_met", "超出"),
    case("基金支出增长率", "医保基金支出增长率≤10%", "同比增长8.6%", "met", "实际同比增长8.6%"),
    case("一般公共预算收入", "全市一般公共预算收入增长≥5%", "增长6%", "met", "实际增长6%"),
    # a scope makes no other indicator the same: 城镇 is not 农村
    case(
        "农村居民人均可支配收入",
        "增长≥7%",
        "城镇居民人均可支配收入增长8%",
        "unknown",
        "不是同一指标",
    ),
    case(
        "农村居民人均可支配收入",
        "农村居民人均可支配收入增长≥7%",
        "城镇居民人均可支配收入增长8%",
        "unknown",
        "不是同一指标",
    ),
    # as before: another measure's change
    case("刑事案件发案率", "下降10%", "破案率提高12%", "unknown", "不是同一指标"),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "fragment"),
    [*COMPLEMENTS, *OTHER_MEASURES, *BRACKETS, *SAME_MEASURE, *QUALIFIED_CHANGES],
)
def test_attainment(name, target, actual, attainment, fragment):
    verdict = verdict_of(indicator(name, target, actual), period=AT_DUE)
    assert verdict.attainment.value == attainment, verdict.explanation
    assert fragment in verdict.explanation


def cells(cases: list[Any]) -> list[Any]:
    """The name, target and actual of *cases*."""
    return [pytest.param(*one.values[:3], id=one.id) for one in cases]


@pytest.mark.parametrize(("name", "target", "actual"), cells(OTHER_MEASURES))
def test_another_measure_raises_a_warning_and_no_excess(name, target, actual):
    card = score(tracking_table([indicator(name, target, actual, row=5)], period=AT_DUE))
    ids = finding_ids(card)
    assert "actual-other-measure" in ids
    assert "exceeds-target" not in ids
    found = next(one for one in card.findings if one.id == "actual-other-measure")
    assert found.severity.value == "warning"
    assert found.where.cell == "F5"
    assert found.message.startswith(f"“{name}”实际完成值“{actual}”与年度指标不是同一口径（")


@pytest.mark.parametrize(
    ("name", "target", "actual"), cells([*COMPLEMENTS, *BRACKETS, *SAME_MEASURE])
)
def test_the_same_measure_raises_no_warning(name, target, actual):
    card = score(tracking_table([indicator(name, target, actual)], period=AT_DUE))
    assert "actual-other-measure" not in finding_ids(card)


def test_a_target_table_raises_no_warning():
    row = indicator("较大及以上生产安全事故", "0起", "发生一般事故3起")
    card = score(tracking_table([row], period=AT_DUE, kind=TableKind.TARGET))
    assert "actual-other-measure" not in finding_ids(card)


def test_a_converted_complement_scores_its_points():
    # 不合格率1.4% is 合格率98.6%: full points (before: 1.4/98 of the weight)
    table = self_evaluation_table(
        [indicator("食品安全抽检合格率", "≥98%", "不合格率1.4%", weight=10, points=10)]
    )
    item = score(table).points.items[0]
    assert item.points == Decimal(10)


def test_a_lower_grade_is_no_ceiling_broken_in_points():
    # 一般事故3起 under 较大及以上0起: unknown, the printed points stand (before: 0)
    table = self_evaluation_table(
        [indicator("较大及以上生产安全事故", "0起", "一般事故3起", weight=10, points=10)]
    )
    card = score(table)
    assert card.verdicts[0].attainment.value == "unknown"
    assert "full-points-not-met" not in finding_ids(card)


def test_a_higher_grade_raises_no_excess():
    # 新增4A级景区2家 against 新增5A级景区≥1家 was 200 %, "指标可能设置偏低"
    row = indicator("新增5A级景区", "新增5A级景区≥1家", "新增4A级景区2家")
    card = score(self_evaluation_table([row]))
    assert "exceeds-target" not in finding_ids(card)


def test_english_explanations():
    english = Policy(language="en")
    other = verdict_of(
        indicator("较大及以上生产安全事故", "0起", "一般事故3起"), period=AT_DUE, policy=english
    )
    assert "another measure (一般≠较大)" in other.explanation
    converted = verdict_of(
        indicator("抽检合格率", "≥98%", "不合格率1.4%"), period=AT_DUE, policy=english
    )
    assert converted.explanation.startswith("actual 不合格率 1.4% is 合格率 98.6%; ")
