"""unitfix: compound units, a total beside an average, steps and shortened rates.

parse28 H3: ``t/(km²·a)``, ``t/km²·a`` and ``吨/平方公里·年`` are one unit (a is 年,
t 吨, km² 平方公里 inside a compound unit). parse28 M1: ``户均…，共带动…`` is the
``共`` total. parse27 M4: a rate label shortening the name (``确权率`` of
``项目资产确权登记率``); M5 and parse26 M4: the steps 消除(风险), 实现就业, 参训 → 取证.
parse26 M3: ``全部在24小时内修复`` bounds the longest case. ``免费火化`` against a count
stays text, unknown.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Bound, Comparison, Op, Quantity, parse_target, parse_value
from perftrack.model import TableKind
from scoring_builders import YEAR, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]

TARGETS = [
    pytest.param("≤2500t/(km²·a)", Comparison(Op.LE, Decimal(2500), "t/(平方公里·a)"), id="ascii-bracket"),
    pytest.param("≤2500吨/(平方公里·年)", Comparison(Op.LE, Decimal(2500), "吨/(平方公里·年)"), id="chinese-bracket"),
    pytest.param("≤2500t/km²·a", Comparison(Op.LE, Decimal(2500), "t/km²·a"), id="ascii-plain"),
    pytest.param("≤300元/(人·月)", Comparison(Op.LE, Decimal(300), "元/(人·月)"), id="two-letter-bracket-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_compound_unit_target(text: str, expected: Comparison) -> None:
    assert parse_target(text) == expected


def test_compound_unit_value() -> None:
    assert parse_value("2680t/(km²·a)") == Quantity(Decimal(2680), "t/(平方公里·a)", Bound.EXACT)


def _hidden(actual: str) -> str:
    return f"实际“{actual}”不是数值，无法与年度指标比较"


ROWS = [
    # parse28 H3: one compound unit, however spelled
    pytest.param("土壤侵蚀模数", "≤2500t/(km²·a)", "土壤侵蚀模数2200吨/平方公里·年", "met", "实际2200吨/平方公里·年，达到年度指标≤2500t/(平方公里·a)", FINE, id="h3-bracket-vs-chinese"),
    pytest.param("土壤侵蚀模数", "≤2500t/(km²·a)", "2680t/(km²·a)", "not_met", "实际2680t/(平方公里·a)，超出年度指标≤2500t/(平方公里·a)", MISSED, id="h3-d18"),
    pytest.param("土壤侵蚀模数", "≤2500t/(km²·a)", "2380t/(km²·a)", "met", "实际2380t/(平方公里·a)，达到年度指标≤2500t/(平方公里·a)", FINE, id="h3-t2"),
    pytest.param("土壤侵蚀模数", "≤2500吨/平方公里·年", "2680t/km²·a", "not_met", "实际2680t/km²·a，超出年度指标≤2500吨/平方公里·年", MISSED, id="h3-d20"),
    pytest.param("土壤侵蚀模数", "≤2500t/km²·a", "2380吨/平方公里·年", "met", "实际2380吨/平方公里·年，达到年度指标≤2500t/km²·a", FINE, id="h3-se2-d20"),
    pytest.param("土壤侵蚀模数", "≤2500吨/(平方公里·年)", "2380t/km²·a", "met", "实际2380t/km²·a，达到年度指标≤2500吨/(平方公里·年)", FINE, id="h3-chinese-bracket"),
    pytest.param("污染物排放量", "≤5t/a", "4吨/年", "met", "实际4吨/年，达到年度指标≤5t/a", FINE, id="per-annum"),
    # parse28 M1: the 共-marked total, not the per-household figure
    pytest.param("带动群众增收", "≥300万元", "户均增收1200元，共带动增收286万元", "not_met", "实际286万元，未达年度指标≥300万元", MISSED, id="m1-total-second"),
    pytest.param("带动群众增收", "≥300万元", "共带动增收286万元，户均增收1,200元", "not_met", "实际286万元，未达年度指标≥300万元", MISSED, id="m1-total-first"),
    pytest.param("带动群众增收", "≥280万元", "户均增收1,200元，累计带动增收286万元", "met", "实际286万元，达到年度指标≥280万元", FINE, id="m1-cumulative-met"),
    pytest.param("带动群众增收", "≥300万元", "户均增收1200元，带动增收286万元", "unknown", _hidden("户均增收1200元，带动增收286万元"), [*FINE, "actual-not-numeric"], id="m1-unmarked-stays"),
    pytest.param("户均增收", "≥1000元", "户均增收1200元，共带动增收286万元", "unknown", _hidden("户均增收1200元，共带动增收286万元"), [*FINE, "actual-not-numeric"], id="m1-average-row-stays"),
    # parse27 M4: a label shortening the name
    pytest.param("项目资产确权登记率", "100%", "确权登记资产1,856个，确权率98.2%", "not_met", "实际98.2%（“确权登记资产1,856个，确权率98.2%”中指标名称所指的数），未达年度指标=100%", MISSED, id="m4-shortened"),
    pytest.param("培训合格率", "≥90%", "培训500人，就业率85%", "unknown", _hidden("培训500人，就业率85%"), [*FINE, "actual-not-numeric"], id="m4-other-rate-stays"),
    # parse27 M5, parse26 M4: new steps
    pytest.param("监测对象风险消除率", "≥70%", "监测户1,286户，已消除风险934户", "met", "实际监测户1,286户，已消除风险934户（按比例计为72.63%），达到年度指标≥70%", FINE, id="m5-risk-met"),
    pytest.param("监测对象风险消除率", "≥75%", "监测户1,286户，已消除风险934户", "not_met", "实际监测户1,286户，已消除风险934户（按比例计为72.63%），未达年度指标≥75%", MISSED, id="m5-risk-not-met"),
    pytest.param("就业困难人员就业率", "≥90%", "帮扶就业困难人员1,260人，实现就业1,118人", "not_met", "实际帮扶就业困难人员1,260人，实现就业1,118人（按比例计为88.73%），未达年度指标≥90%", MISSED, id="m5-employed"),
    pytest.param("取证率", "≥80%", "参训120人，取证98人", "met", "实际参训120人，取证98人（按比例计为81.67%），达到年度指标≥80%", FINE, id="p26-certified"),
    pytest.param("培训合格率", "≥92%", "参训16238人次，合格14650人次", "not_met", "实际参训16238人次，合格14650人次（按比例计为90.22%），未达年度指标≥92%", MISSED, id="p26-trained-passed"),
    # parse26 M3: every case within the limit
    pytest.param("航标故障修复时间", "≤24小时", "平均6小时，全部在24小时内修复", "met", "实际不超过24小时，达到年度指标≤24小时", FINE, id="p26-all-within"),
    pytest.param("航标故障修复时间", "≤12小时", "平均6小时，全部在24小时内修复", "unknown", "实际不超过24小时不能确定是否达到年度指标≤12小时", FINE, id="p26-all-within-looser"),
    pytest.param("平均修复时间", "≤8小时", "平均6小时，全部在24小时内修复", "met", "实际6小时，达到年度指标≤8小时", FINE, id="p26-average-target"),
    # 免费火化 against a count: text, unknown (as before)
    pytest.param("免费火化人数", "≥500人", "免费火化", "unknown", _hidden("免费火化"), [*FINE, "actual-not-numeric"], id="free-cremation-text"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation", "ids"), ROWS)
def test_unitfix_rows(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids
