"""regress74: grade changes anchored, values said not done, 人（次）, 分值 in Chinese numerals.

Every case is a small year-end 自评表 written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Attainment

SELF_EVAL = [
    ["2025年度项目支出绩效自评表"],
    ["资金使用情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["年度资金总额", "500", "500", "500", "100%"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
]


def self_evaluated(name: str, target: str, actual: str) -> perftrack.Verdict:
    """The one verdict of a year-end 自评表 with one row."""
    row = ["产出指标", "数量指标", name, target, actual, "10", "10"]
    text = "\n".join("\t".join(cells) for cells in [*SELF_EVAL, row])
    (table,) = perftrack.read_text(text, format="text")
    (verdict,) = perftrack.score(table).verdicts
    return verdict


def check(name: str, target: str, actual: str, attainment: Attainment, says: str) -> None:
    verdict = self_evaluated(name, target, actual)
    assert (verdict.attainment, verdict.explanation) == (attainment, says)


# W1: the grade change is the cell's main clause, the first one, with no negation or part before it.
@pytest.mark.parametrize(
    ("actual", "attainment", "says"),
    [
        pytest.param(
            "未能实现由4.6等提升至4.1等",
            Attainment.UNKNOWN,
            "实际“未能实现由4.6等提升至4.1等”不是数值，无法与年度指标比较",
            id="negated",
        ),
        pytest.param(
            "受旱灾影响，未完成由4.6等提升至4.1等",
            Attainment.UNKNOWN,
            "实际4.1等与年度指标提升0.5个等级单位不可比",
            id="negated-after-a-reason",
        ),
        pytest.param(
            "由4.6等提升至4.3等，部分地块由5等提升至4等",
            Attainment.NOT_MET,
            "实际由4.6等提升至4.3等（提升0.3个等级），未达年度指标提升0.5个等级",
            id="first-change-not-the-part",
        ),
        pytest.param(
            "仅示范片由5等提升至4等",
            Attainment.UNKNOWN,
            "实际“仅示范片由5等提升至4等”不是数值，无法与年度指标比较",
            id="a-part-only",
        ),
        pytest.param(
            "全县耕地质量由4.6等提升至4.0等",
            Attainment.MET,
            "实际由4.6等提升至4.0等（提升0.6个等级），达到年度指标提升0.5个等级",
            id="after-a-subject",
        ),
        pytest.param(
            "部分地块由5等提升至4等，全县平均由4.6等提升至4.3等",
            Attainment.NOT_MET,
            "实际由4.6等提升至4.3等（提升0.3个等级），未达年度指标提升0.5个等级",
            id="whole-area-after-a-part",
        ),
        pytest.param(
            "由4.6等提升至4.1等",
            Attainment.MET,
            "实际由4.6等提升至4.1等（提升0.5个等级），达到年度指标提升0.5个等级",
            id="alone",
        ),
    ],
)
def test_grade_change_anchored(actual: str, attainment: Attainment, says: str) -> None:
    check("耕地质量等级", "提升0.5个等级", actual, attainment, says)


# A value that says of itself it was not done or not reached is never met.
@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "says"),
    [
        pytest.param(
            "疫苗接种",
            "≥3万剂",
            "未完成3万剂",
            Attainment.NOT_MET,
            "实际“未完成3万剂”，注明未完成（未实现）所列目标，未达年度指标≥3万剂",
            id="goal-not-done",
        ),
        pytest.param(
            "疫苗接种",
            "≥3万剂",
            "未完成3万支（剂）",
            Attainment.NOT_MET,
            "实际“未完成3万支（剂）”，注明未完成（未实现）所列目标，未达年度指标≥3万剂",
            id="goal-not-done-bracketed-word",
        ),
        pytest.param(
            "农民收入",
            "提高5%",
            "未实现平均提高5%",
            Attainment.NOT_MET,
            "实际“未实现平均提高5%”，注明未完成（未实现）所列目标，未达年度指标提高5%",
            id="change-not-achieved",
        ),
        pytest.param(
            "案件数",
            "下降5%",
            "未能实现由120起下降到110起",
            Attainment.UNKNOWN,
            "实际“未能实现由120起下降到110起”注明未完成（未实现），是否达到年度指标下降5%需人工判断",
            id="levels-not-achieved",
        ),
        pytest.param(
            "补助标准",
            "≤10万元/座",
            "未能按每座补助8万元执行",
            Attainment.UNKNOWN,
            "实际“未能按每座补助8万元执行”注明未完成（未实现），是否达到年度指标≤10万元/座需人工判断",
            id="ceiling-plan-not-followed",
        ),
        pytest.param(
            "事故率",
            "≤1%",
            "未达到1%",
            Attainment.MET,
            "实际低于1%，达到年度指标≤1%",
            id="under-a-ceiling-unchanged",
        ),
        pytest.param(
            "疫苗接种",
            "≥3万剂",
            "未完成2.86万剂",
            Attainment.NOT_MET,
            "实际2.86万剂，未达年度指标≥3万剂",
            id="missed-at-face-value-unchanged",
        ),
    ],
)
def test_said_not_achieved(
    name: str, target: str, actual: str, attainment: Attainment, says: str
) -> None:
    check(name, target, actual, attainment, says)


# 人（次） is the usual way of writing 人次: the bracketed 次 is appended, not put in place.
@pytest.mark.parametrize(
    ("target", "actual", "attainment", "says"),
    [
        pytest.param(
            "≥60人次",
            "50人（次）",
            Attainment.NOT_MET,
            "实际50人(次)，未达年度指标≥60人次",
            id="short",
        ),
        pytest.param(
            "≥60人次", "60人（次）", Attainment.MET, "实际60人(次)，达到年度指标≥60人次", id="met"
        ),
        pytest.param(
            "≥6万人次",
            "5万人（次）",
            Attainment.NOT_MET,
            "实际5万人次，未达年度指标≥6万人次",
            id="scaled",
        ),
        pytest.param(
            "≥60人（次）",
            "70人次",
            Attainment.MET,
            "实际70人次，达到年度指标≥60人(次)",
            id="in-the-target",
        ),
        pytest.param(
            "≥60人",
            "50人（次）",
            Attainment.NOT_MET,
            "实际50人(次)，未达年度指标≥60人",
            id="against-people-unchanged",
        ),
        pytest.param(
            "≥3万剂",
            "2.86万支（剂）",
            Attainment.NOT_MET,
            "实际2.86万剂，未达年度指标≥3万剂",
            id="other-word-replaced-unchanged",
        ),
    ],
)
def test_person_times_in_brackets(
    target: str, actual: str, attainment: Attainment, says: str
) -> None:
    check("培训人次", target, actual, attainment, says)


def _weighted_table(weights: list[str]) -> perftrack.Table:
    """A year-end 自评表 of rows of 产出 each met, with the given 分值 cells."""
    rows = [
        ["产出指标", "数量指标", f"服务站{n}", "≥10个", "10个", weight, "10"]
        for n, weight in zip("甲乙丙", weights, strict=False)
    ]
    text = "\n".join("\t".join(cells) for cells in [*SELF_EVAL, *rows])
    (table,) = perftrack.read_text(text, format="text")
    return table


# A 分值 in Chinese numerals is read; a column of 待定 is said unreadable, not absent.
@pytest.mark.parametrize(
    ("weights", "read"),
    [
        pytest.param(
            ["十", "二十分", "60"], [Decimal(10), Decimal(20), Decimal(60)], id="numerals"
        ),
        pytest.param(["十五", "待定"], [Decimal(15), None], id="numeral-beside-unreadable"),
    ],
)
def test_weight_in_chinese_numerals(weights: list[str], read: list[Decimal | None]) -> None:
    table = _weighted_table(weights)
    assert [indicator.weight for indicator in table.indicators] == read


def test_weights_unreadable_throughout() -> None:
    card = perftrack.score(_weighted_table(["待定", "待定"]))
    (said,) = [f.message for f in card.findings if f.id == "missing-category"]
    assert (
        said == "缺少效益指标、满意度指标；表中分值均无法识别，其权重40分不计，其余各项折算为100分"
    )


# U1: a bare subsidy verb reads per unit up to twice the per-unit figure only.
@pytest.mark.parametrize(
    ("actual", "attainment", "says"),
    [
        pytest.param(
            "补助120万元",
            Attainment.UNKNOWN,
            "实际120万元与年度指标≤25万元/座单位不可比",
            id="likelier-a-total",
        ),
        pytest.param(
            "补助51万元",
            Attainment.UNKNOWN,
            "实际51万元与年度指标≤25万元/座单位不可比",
            id="just-over-twice",
        ),
        pytest.param(
            "补助50万元",
            Attainment.NOT_MET,
            "实际50万元/座，超出年度指标≤25万元/座",
            id="twice-per-unit",
        ),
        pytest.param(
            "补助28万元",
            Attainment.NOT_MET,
            "实际28万元/座，超出年度指标≤25万元/座",
            id="near-per-unit",
        ),
        pytest.param(
            "每座补助120万元",
            Attainment.NOT_MET,
            "实际120万元/座，超出年度指标≤25万元/座",
            id="per-word-unchanged",
        ),
        pytest.param(
            "120万元",
            Attainment.NOT_MET,
            "实际120万元/座，超出年度指标≤25万元/座",
            id="bare-figure-unchanged",
        ),
    ],
)
def test_subsidy_verb_total(actual: str, attainment: Attainment, says: str) -> None:
    check("补助标准", "≤25万元/座", actual, attainment, says)
