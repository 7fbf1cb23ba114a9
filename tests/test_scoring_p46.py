"""parse46 (p46): verdicts of self-evaluation and tracking rows.

H5: a survey and its satisfied (``发放问卷1,200份，满意1,058份``) is the share of the
satisfied with thousands separators, with a survey labelled ``抽样问卷`` or a bare ``问卷``,
and with ``满意和基本满意``, as ``发放问卷1200份，满意1058份`` is.
H6: ``问卷回收300份，满意率85.3%`` on a ``…满意度`` row (or ``满意度`` on a ``…满意率`` row) is
the named rate, 满意率 and 满意度 being one measure; ``基本满意率`` stays another.
H1: breaches found or punished (``发现违规套现商户3家``, ``查处1家机构虚报学员12人``) followed
only by how they were handled (``已取消资格并追回资金``, ``已全部处理``, ``涉及金额1.6万元``)
against ``零发生`` are not_met with 0 points, as the count alone is; a clause taking the
count back (``经核实均不属实``) leaves it unknown.
H2: a date, a verb of payment and an amount (``10月15日兑现1,286万元``) against a deadline is
the date paid on (late: not_met, 0 points, 逾期完成; on time: met); against an amount the
amount is read as before.
H4: a count beside amounts in 元 (``带动销售新车4,820辆，销售额7.9亿元``, ``4,820辆，7.9亿元``)
against a count target is the one count in the target's unit; a plan or another unit
stays text.
H3: a 其中 subset whose noun the row name spells out more fully (``其中有实绩企业97家`` on
``新增有进出口实绩企业``: one to four letters added inside) is the figure judged, as it is when
the name holds the noun as written; a name of the whole, or a gap of a negation or another
works, still takes the whole.
H7: step shares with a due whole or an outcome after training (``到期应验收42项，通过38项``
on 项目验收通过率, ``到期应换届46个，按期换届45个`` on 按期换届率, ``参训失业人员6,200人，
培训后实现就业4,836人`` on 培训后就业率) are the share of the step the name names; a
rest said put off (``，1个延期``) that makes up the whole is read as ``1件正在调查`` is;
``应统计1,240家，已保持1,105家`` on a 稳定率 is the share kept (保持 named by 稳定).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

# H5, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
SURVEY_PAIRS = [
    pytest.param(
        ("受益群众满意度", "≥90%", "发放问卷1,200份，满意1,058份"),
        (
            "not_met",
            "实际发放问卷1,200份，满意1,058份（按比例计为88.17%），未达年度指标≥90%",
            Decimal("1.96"),
        ),
        id="grouped-thousands",
    ),
    pytest.param(
        ("受益群众满意度", "≥90%", "问卷1,200份，满意1,058份"),
        (
            "not_met",
            "实际问卷1,200份，满意1,058份（按比例计为88.17%），未达年度指标≥90%",
            Decimal("1.96"),
        ),
        id="bare-survey",
    ),
    pytest.param(
        ("消费者满意度", "≥90%", "抽样问卷1200份，满意1058份"),
        (
            "not_met",
            "实际抽样问卷1200份，满意1058份（按比例计为88.17%），未达年度指标≥90%",
            Decimal("1.96"),
        ),
        id="sampled-survey",
    ),
    pytest.param(
        ("受益群众满意度", "≥95%", "发放问卷1,200份，满意和基本满意1,158份"),
        (
            "met",
            "实际发放问卷1,200份，满意和基本满意1,158份（按比例计为96.5%），达到年度指标≥95%",
            Decimal("2.00"),
        ),
        id="satisfied-and-fairly",
    ),
    pytest.param(
        ("受益群众满意度", "≥90%", "发放问卷1200份，满意1058份"),
        (
            "not_met",
            "实际发放问卷1200份，满意1058份（按比例计为88.17%），未达年度指标≥90%",
            Decimal("1.96"),
        ),
        id="control-plain",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SURVEY_PAIRS)
def test_survey_pairs(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_survey_pair_tracking() -> None:
    row = indicator(
        name="参训学员满意度",
        target="≥95%",
        planned="≥95%",
        actual="抽样问卷1,200份，满意1,158份",
        level2="满意度指标",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("met", "on_track"), got.explanation


# H6, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
SATISFACTION_SYNONYMS = [
    pytest.param(
        ("受益企业满意度", "≥90%", "问卷回收300份，满意率85.3%"),
        (
            "not_met",
            "实际85.3%（“问卷回收300份，满意率85.3%”中指标名称所指的数），未达年度指标≥90%",
            Decimal("1.90"),
        ),
        id="rate-on-degree-missed",
    ),
    pytest.param(
        ("受益企业满意度", "≥90%", "问卷回收300份，满意率95.3%"),
        (
            "met",
            "实际95.3%（“问卷回收300份，满意率95.3%”中指标名称所指的数），达到年度指标≥90%",
            Decimal("2.00"),
        ),
        id="rate-on-degree-met",
    ),
    pytest.param(
        ("群众满意率", "≥90%", "回收问卷300份，满意度85.3%"),
        (
            "not_met",
            "实际85.3%（“回收问卷300份，满意度85.3%”中指标名称所指的数），未达年度指标≥90%",
            Decimal("1.90"),
        ),
        id="degree-on-rate",
    ),
    pytest.param(
        ("受益企业满意度", "≥90%", "回收问卷300份，基本满意率95.3%"),
        (
            "unknown",
            "实际“回收问卷300份，基本满意率95.3%”不是数值，无法与年度指标比较",
            Decimal(2),
        ),
        id="control-fairly-satisfied-stays-other",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SATISFACTION_SYNONYMS)
def test_satisfaction_synonyms(
    row: tuple[str, str, str], expected: tuple[str, str, Decimal]
) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# H1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
FOUND_THEN_HANDLED = [
    pytest.param(
        ("违规套现", "零发生", "发现违规套现商户3家，已取消资格并追回资金"),
        (
            "not_met",
            "实际“发现违规套现商户3家，已取消资格并追回资金”，发现违规套现商户3家，未达到“零发生”",
            Decimal("0.00"),
        ),
        id="found-then-disqualified",
    ),
    pytest.param(
        ("违规套现", "零发生", "发现违规套现商户3家，已全部处理"),
        (
            "not_met",
            "实际“发现违规套现商户3家，已全部处理”，发现违规套现商户3家，未达到“零发生”",
            Decimal("0.00"),
        ),
        id="found-then-handled",
    ),
    pytest.param(
        ("违规套现", "零发生", "查处违规套现行为2起，涉及金额1.6万元"),
        (
            "not_met",
            "实际“查处违规套现行为2起，涉及金额1.6万元”，查处违规套现行为2起，未达到“零发生”",
            Decimal("0.00"),
        ),
        id="punished-with-amount",
    ),
    pytest.param(
        ("虚报冒领培训补贴", "零发生", "查处1家机构虚报学员12人，已追回补贴3.6万元"),
        (
            "not_met",
            (
                "实际“查处1家机构虚报学员12人，已追回补贴3.6万元”，查处1家机构虚报学员12人，"
                "未达到“零发生”"
            ),
            Decimal("0.00"),
        ),
        id="punished-then-recovered",
    ),
    pytest.param(
        ("违规套现", "零发生", "发现线索3条，经核实均不属实"),
        (
            "unknown",
            "实际“发现线索3条，经核实均不属实”无法与年度指标“零发生”对照",
            Decimal(2),
        ),
        id="control-taken-back",
    ),
]


@pytest.mark.parametrize(("row", "expected"), FOUND_THEN_HANDLED)
def test_found_then_handled(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        assert "full-points-not-met" in {finding.id for finding in card.findings}


def test_found_then_handled_tracking() -> None:
    row = indicator(
        name="虚报冒领培训补贴",
        target="零发生",
        planned="0起",
        actual="查处1家机构虚报学员12人，已追回补贴3.6万元",
        forecast="1起",
        likelihood="完全不可能",
        level2="质量指标",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("not_met", "behind"), got.explanation


# H2, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
PAID_ON = [
    pytest.param(
        ("研发补助兑现", "9月30日前", "10月15日兑现1,286万元"),
        ("not_met", "实际“10月15日兑现1,286万元”，晚于截止日期2025-09-30", Decimal("0.00")),
        id="late-paid-out",
    ),
    pytest.param(
        ("研发补助兑现", "9月30日前", "10月15日拨付补助资金1,286万元"),
        (
            "not_met",
            "实际“10月15日拨付补助资金1,286万元”，晚于截止日期2025-09-30",
            Decimal("0.00"),
        ),
        id="late-with-object",
    ),
    pytest.param(
        ("第一批资金拨付", "6月30日前", "6月28日拨付1,280万元"),
        ("met", "实际“6月28日拨付1,280万元”，未晚于截止日期2025-06-30", Decimal("2.00")),
        id="on-time",
    ),
    pytest.param(
        ("研发补助兑现", "9月30日前", "10月15日兑现"),
        ("not_met", "实际“10月15日兑现”，晚于截止日期2025-09-30", Decimal("0.00")),
        id="control-no-amount",
    ),
    pytest.param(
        ("资金拨付", "≥1000万元", "10月15日拨付1,286万元"),
        ("met", "实际1286万元，达到年度指标≥1000万元", Decimal("2.00")),
        id="control-amount-target",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PAID_ON)
def test_paid_on(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        messages = {finding.message for finding in card.findings}
        assert f"“{row[0]}”截止日期2025-09-30已到，结果为逾期完成" in messages


def test_paid_on_tracking() -> None:
    row = indicator(
        name="第一批资金拨付",
        target="6月30日前",
        planned="6月30日前",
        actual="6月28日拨付1,280万元",
        level2="时效指标",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("met", "on_track"), got.explanation
    assert "deadline-passed" not in {finding.id for finding in card.findings}


# H4, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
COUNT_BESIDE_AMOUNT = [
    pytest.param(
        ("汽车消费券带动汽车销售", "≥5000辆", "带动销售新车4,820辆，销售额7.9亿元"),
        ("not_met", "实际4820辆，未达年度指标≥5000辆", Decimal("1.93")),
        id="sales-beside-count",
    ),
    pytest.param(
        ("汽车销售", "≥5000辆", "4820辆，销售额7.9亿元"),
        ("not_met", "实际4820辆，未达年度指标≥5000辆", Decimal("1.93")),
        id="bare-count",
    ),
    pytest.param(
        ("汽车销售", "≥5000台", "4,820台，销售额7.9亿元"),
        ("not_met", "实际4820台，未达年度指标≥5000台", Decimal("1.93")),
        id="grouped-count",
    ),
    pytest.param(
        ("汽车销售", "≥5000辆", "4,820辆，7.9亿元"),
        ("not_met", "实际4820辆，未达年度指标≥5000辆", Decimal("1.93")),
        id="bare-amount",
    ),
    pytest.param(
        ("汽车销售", "≥5000辆", "计划销售5000辆，销售额7.9亿元"),
        (
            "unknown",
            "实际“计划销售5000辆，销售额7.9亿元”不是数值，无法与年度指标比较",
            Decimal(2),
        ),
        id="control-plan",
    ),
    pytest.param(
        ("汽车销售", "≥5000台", "4820辆，销售额7.9亿元"),
        ("unknown", "实际“4820辆，销售额7.9亿元”不是数值，无法与年度指标比较", Decimal(2)),
        id="control-other-unit",
    ),
]


@pytest.mark.parametrize(("row", "expected"), COUNT_BESIDE_AMOUNT)
def test_count_beside_amount(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_count_beside_amount_tracking() -> None:
    row = indicator(
        name="汽车消费券带动汽车销售",
        target="≥5000辆",
        planned="4000辆",
        actual="带动销售新车2,820辆，销售额4.6亿元",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "behind"), got.explanation


# H3, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
SPELLED_OUT_SUBSET = [
    pytest.param(
        ("新增有进出口实绩企业", "≥150家", "新增备案登记企业182家，其中有实绩企业97家"),
        (
            "not_met",
            (
                "实际97家（“新增备案登记企业182家，其中有实绩企业97家”中指标名称所指的数），"
                "未达年度指标≥150家"
            ),
            Decimal("1.29"),
        ),
        id="name-spells-subset-out",
    ),
    pytest.param(
        ("新增有进出口实绩企业", "≥150家", "新增备案登记企业182家（其中有实绩企业97家）"),
        (
            "not_met",
            (
                "实际97家（“新增备案登记企业182家（其中有实绩企业97家）”中指标名称所指的数），"
                "未达年度指标≥150家"
            ),
            Decimal("1.29"),
        ),
        id="bracketed",
    ),
    pytest.param(
        ("新增备案登记企业", "≥150家", "新增备案登记企业182家，其中有实绩企业97家"),
        ("met", "实际182家，达到年度指标≥150家", Decimal("2.00")),
        id="control-name-of-whole",
    ),
    pytest.param(
        ("新建改造农村公路里程", "≥100公里", "完成120公里，其中新建公路80公里"),
        ("met", "实际120公里，达到年度指标≥100公里", Decimal("2.00")),
        id="control-gap-of-other-works",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SPELLED_OUT_SUBSET)
def test_spelled_out_subset(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_spelled_out_subset_tracking() -> None:
    row = indicator(
        name="新增有进出口实绩企业",
        target="≥150家",
        planned="110家",
        actual="新增备案登记企业182家，其中有实绩企业97家",
        reason="x",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "behind"), got.explanation
    assert "exceeds-target" not in {finding.id for finding in card.findings}


# H7, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
STEP_SHARES = [
    pytest.param(
        ("培训后就业率", "≥80%", "参训失业人员6,200人，培训后实现就业4,836人"),
        (
            "not_met",
            "实际参训失业人员6,200人，培训后实现就业4,836人（按比例计为78%），未达年度指标≥80%",
            Decimal("1.95"),
        ),
        id="employed-after-training",
    ),
    pytest.param(
        ("项目验收通过率", "≥95%", "到期应验收42项，通过38项"),
        (
            "not_met",
            "实际到期应验收42项，通过38项（按比例计为90.48%），未达年度指标≥95%",
            Decimal("1.90"),
        ),
        id="passed-of-due",
    ),
    pytest.param(
        ("项目验收通过率", "≥95%", "到期应验收42项，通过40项"),
        (
            "met",
            "实际到期应验收42项，通过40项（按比例计为95.24%），达到年度指标≥95%",
            Decimal("2.00"),
        ),
        id="passed-of-due-met",
    ),
    pytest.param(
        ("按期换届率", "100%", "到期应换届46个，按期换届45个"),
        (
            "not_met",
            "实际到期应换届46个，按期换届45个（按比例计为97.83%），未达年度指标=100%",
            Decimal("1.96"),
        ),
        id="renewed-on-time",
    ),
    pytest.param(
        ("党组织换届", "到期按时换届率100%", "到期应换届46个，按期换届45个，1个延期"),
        (
            "not_met",
            "实际到期应换届46个，按期换届45个，1个延期（按比例计为97.83%），未达年度指标=100%",
            Decimal("1.96"),
        ),
        id="renewed-and-the-rest-put-off",
    ),
    pytest.param(
        ("党组织换届", "到期按时换届率100%", "到期应换届46个，按期换届45个，2个延期"),
        (
            "unknown",
            "实际“到期应换届46个，按期换届45个，2个延期”不是数值，无法与年度指标比较",
            Decimal(2),
        ),
        id="control-rest-not-adding-up",
    ),
    pytest.param(
        ("外贸企业稳定率", "≥90%", "应统计1,240家，已保持1,105家"),
        (
            "not_met",
            "实际应统计1,240家，已保持1,105家（按比例计为89.11%），未达年度指标≥90%",
            Decimal("1.98"),
        ),
        id="kept-of-due-on-stability-rate",
    ),
    pytest.param(
        ("外贸企业数量", "≥90%", "应统计1,240家，已保持1,105家"),
        (
            "unknown",
            "实际“应统计1,240家，已保持1,105家”不是数值，无法与年度指标比较",
            Decimal(2),
        ),
        id="control-kept-on-no-stability-rate",
    ),
    pytest.param(
        ("项目验收合格率", "≥95%", "到期应验收42项，通过38项"),
        ("unknown", "实际“到期应验收42项，通过38项”不是数值，无法与年度指标比较", Decimal(2)),
        id="control-other-rate",
    ),
]


@pytest.mark.parametrize(("row", "expected"), STEP_SHARES)
def test_step_shares(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
