"""parse32: bare 不减少 targets, 平均 before a change verb, per-unit figures, bracketed areas.

Every case is a small year-end 自评表 written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Attainment, Bound, Quantity, TextValue, Value, parse_value

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


# H3: a bare 不减少 (不降低) has 上年 implied, as 较上年不减少.
@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "says"),
    [
        pytest.param(
            "耕地保有量",
            "不减少",
            "较上年减少0.4万亩",
            Attainment.NOT_MET,
            "实际较上年减少0.4万亩，与年度指标“不减少”方向相反",
            id="bare-against-a-fall",
        ),
        pytest.param(
            "耕地保有量",
            "不减少",
            "较上年增加0.2万亩",
            Attainment.MET,
            "实际较上年增加0.2万亩，达到年度指标不减少",
            id="bare-against-a-rise",
        ),
        pytest.param(
            "耕地质量",
            "不降低",
            "较上年下降0.1个等级",
            Attainment.NOT_MET,
            "实际较上年下降0.1个等级，与年度指标“不降低”方向相反",
            id="bu-jiangdi-against-a-fall",
        ),
        pytest.param(
            "永久基本农田面积",
            "永久基本农田面积不减少",
            "较上年减少0.4万亩",
            Attainment.NOT_MET,
            "实际较上年减少0.4万亩，与年度指标“永久基本农田面积不减少”方向相反",
            id="name-as-subject",
        ),
        pytest.param(
            "耕地保有量",
            "不减少",
            "未减少",
            Attainment.MET,
            "实际“未减少”，达到“不减少”",
            id="control-echo-unchanged",
        ),
        pytest.param(
            "耕地保有量",
            "较上年不减少",
            "较上年减少0.4万亩",
            Attainment.NOT_MET,
            "实际较上年减少0.4万亩，与年度指标“较上年不减少”方向相反",
            id="control-stated-base",
        ),
        pytest.param(
            "耕地保有量",
            "不减少耕地",
            "较上年减少0.4万亩",
            Attainment.UNKNOWN,
            "年度指标为文字描述，实际完成情况需人工判断",
            id="near-miss-bu-jianshao-with-object",
        ),
        pytest.param(
            "耕地保有量",
            "林地面积不减少",
            "较上年减少0.4万亩",
            Attainment.UNKNOWN,
            "年度指标为文字描述，实际完成情况需人工判断",
            id="near-miss-other-subject",
        ),
    ],
)
def test_bare_not_falling_target(
    name: str, target: str, actual: str, attainment: Attainment, says: str
) -> None:
    check(name, target, actual, attainment, says)


# H4: 平均 before the change verb says how the change is measured, not another change.
@pytest.mark.parametrize(
    ("actual", "attainment", "says"),
    [
        pytest.param(
            "平均提高0.6个等级",
            Attainment.MET,
            "实际平均提高0.6个等级，达到年度指标提高0.5个等级",
            id="pingjun-met",
        ),
        pytest.param(
            "耕地质量平均提升0.3个等级",
            Attainment.NOT_MET,
            "实际耕地质量平均提升0.3个等级，未达年度指标提高0.5个等级",
            id="subject-pingjun-not-met",
        ),
        pytest.param(
            "林地质量平均提升0.6个等级",
            Attainment.UNKNOWN,
            "实际“林地质量平均提升0.6个等级”与年度指标“提高0.5个等级”"
            "不是同一指标或同一基期的变化，需人工判断",
            id="near-miss-other-subject",
        ),
        pytest.param(
            "提升0.3个等级",
            Attainment.NOT_MET,
            "实际提升0.3个等级，未达年度指标提高0.5个等级",
            id="control-no-pingjun",
        ),
    ],
)
def test_average_before_change_verb(actual: str, attainment: Attainment, says: str) -> None:
    check("耕地质量等级", "提高0.5个等级", actual, attainment, says)


# H1: a per word with a subsidy verb or 平均 after it, and 单X/X均, against the /X.
@pytest.mark.parametrize(
    ("target", "actual", "attainment", "says"),
    [
        pytest.param(
            "≤10万元/座",
            "每座补助12万元",
            Attainment.NOT_MET,
            "实际12万元/座，超出年度指标≤10万元/座",
            id="meizuo-buzhu",
        ),
        pytest.param(
            "≤15元/剂",
            "每剂补贴15元",
            Attainment.MET,
            "实际15元/剂，达到年度指标≤15元/剂",
            id="meiji-butie",
        ),
        pytest.param(
            "≤25万元/座",
            "每座平均28万元",
            Attainment.NOT_MET,
            "实际28万元/座，超出年度指标≤25万元/座",
            id="meizuo-pingjun",
        ),
        pytest.param(
            "≤800元/头",
            "平均每头补贴900元",
            Attainment.NOT_MET,
            "实际900元/头，超出年度指标≤800元/头",
            id="pingjun-meitou-butie",
        ),
        pytest.param(
            "≤25万元/座",
            "单座补助28万元",
            Attainment.NOT_MET,
            "实际28万元/座，超出年度指标≤25万元/座",
            id="danzuo",
        ),
        pytest.param(
            "≤25万元/座",
            "座均28万元",
            Attainment.NOT_MET,
            "实际28万元/座，超出年度指标≤25万元/座",
            id="zuojun",
        ),
        pytest.param(
            "≤800元/头",
            "头均补贴900元",
            Attainment.NOT_MET,
            "实际900元/头，超出年度指标≤800元/头",
            id="toujun",
        ),
        pytest.param(
            "≤4.5万元/公顷",
            "公顷均投入4.8万元",
            Attainment.NOT_MET,
            "实际4.8万元/公顷，超出年度指标≤4.5万元/公顷",
            id="gongqingjun",
        ),
        pytest.param(
            "≤25万元/座",
            "补助28万元",
            Attainment.NOT_MET,
            "实际28万元/座，超出年度指标≤25万元/座",
            id="verb-only-as-bare",
        ),
        pytest.param(
            "每座补助不超过25万元",
            "28万元/座",
            Attainment.NOT_MET,
            "实际28万元/座，超出年度指标≤25万元/座",
            id="target-side",
        ),
        pytest.param(
            "≤25万元/座",
            "每座",
            Attainment.UNKNOWN,
            "实际“每座”不是数值，无法与年度指标比较",
            id="near-miss-meizuo-alone",
        ),
        pytest.param(
            "≤25万元/台",
            "单座补助28万元",
            Attainment.UNKNOWN,
            "实际28万元与年度指标≤25万元/台单位不可比",
            id="near-miss-other-measure-word",
        ),
        pytest.param(
            "≤25万元/个",
            "单位补助28万元",
            Attainment.UNKNOWN,
            "实际28万元与年度指标≤25万元/个单位不可比",
            id="near-miss-danwei",
        ),
        pytest.param(
            "≤25万元/座",
            "每座城市补助28万元",
            Attainment.UNKNOWN,
            "实际28万元与年度指标≤25万元/座单位不可比",
            id="near-miss-meizuo-noun",
        ),
    ],
)
def test_per_unit_with_verb(target: str, actual: str, attainment: Attainment, says: str) -> None:
    check("补助标准", target, actual, attainment, says)


def _area(value: str, unit: str, note: str, text: str, label: str | None = None) -> Quantity:
    return Quantity(Decimal(value), unit, Bound.EXACT, label=label, note=note, text=text)


# H2: an area restated in another unit in brackets is a note; the first figure stands.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2.86万亩（1906.7公顷）",
            _area("2.86", "万亩", "1906.7公顷", "2.86万亩（1906.7公顷）"),
            id="wanmu-gongqing",
        ),
        pytest.param(
            "1906.7公顷(2.86万亩)",
            _area("1906.7", "公顷", "2.86万亩", "1906.7公顷(2.86万亩)"),
            id="gongqing-wanmu",
        ),
        pytest.param(
            "56.8公顷（852亩）",
            _area("56.8", "公顷", "852亩", "56.8公顷（852亩）"),
            id="gongqing-mu",
        ),
        pytest.param(
            "新建高标准农田2.86万亩（1906.7hm²）",
            _area(
                "2.86", "万亩", "1906.7hm²", "新建高标准农田2.86万亩（1906.7hm²）", "新建高标准农田"
            ),
            id="labelled-hm2",
        ),
        pytest.param(
            "2.86万亩（1200公顷）",
            TextValue("2.86万亩(1200公顷)", text="2.86万亩（1200公顷）"),
            id="near-miss-another-area",
        ),
        pytest.param(
            "10个（12个）",
            TextValue("10个(12个)", text="10个（12个）"),
            id="near-miss-two-counts",
        ),
        pytest.param(
            "12座（含去年结转）",
            Quantity(Decimal(12), "座", Bound.EXACT, note="含去年结转", text="12座（含去年结转）"),
            id="control-other-note",
        ),
    ],
)
def test_area_restated_in_brackets(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


def test_restated_area_judged() -> None:
    verdict = self_evaluated("新增耕地面积", "≥800亩", "56.8公顷（852亩）")
    assert (verdict.attainment, verdict.explanation) == (
        Attainment.MET,
        "实际56.8公顷，达到年度指标≥800亩",
    )


# M1: 由A等提升至B等 against a change in grades: the distance, directed by the verb.
@pytest.mark.parametrize(
    ("target", "actual", "attainment", "says"),
    [
        pytest.param(
            "提高0.5个等级",
            "耕地质量平均等级由4.6等提升至4.3等",
            Attainment.NOT_MET,
            "实际由4.6等提升至4.3等（提升0.3个等级），未达年度指标提高0.5个等级",
            id="rose-short",
        ),
        pytest.param(
            "提高0.5个等级",
            "由4.6等提升至4.0等",
            Attainment.MET,
            "实际由4.6等提升至4.0等（提升0.6个等级），达到年度指标提高0.5个等级",
            id="rose-enough",
        ),
        pytest.param(
            "≤4.2等",
            "由4.6等提升至4.3等",
            Attainment.NOT_MET,
            "实际4.3等已超出年度上限≤4.2等",
            id="control-level-target",
        ),
        pytest.param(
            "提高0.5个等级",
            "4.3等",
            Attainment.UNKNOWN,
            "实际4.3等与年度指标提高0.5个等级单位不可比",
            id="near-miss-level-alone",
        ),
    ],
)
def test_grades_between_levels(target: str, actual: str, attainment: Attainment, says: str) -> None:
    check("耕地质量等级", target, actual, attainment, says)


# M2: a bracketed measure word after a unit names it the other side's (万支（剂）).
@pytest.mark.parametrize(
    ("target", "actual", "attainment", "says"),
    [
        pytest.param(
            "≥3万剂",
            "2.86万支（剂）",
            Attainment.NOT_MET,
            "实际2.86万剂，未达年度指标≥3万剂",
            id="actual-bracket",
        ),
        pytest.param(
            "≥3万剂（支）",
            "2.86万支",
            Attainment.NOT_MET,
            "实际2.86万支，未达年度指标≥3万支",
            id="target-bracket",
        ),
        pytest.param(
            "≥3万剂（支）",
            "31,000支",
            Attainment.MET,
            "实际31000支，达到年度指标≥3万支",
            id="target-bracket-scaled",
        ),
        pytest.param(
            "≥3万剂",
            "2.86万支",
            Attainment.UNKNOWN,
            "实际2.86万支与年度指标≥3万剂单位不可比",
            id="near-miss-no-bracket",
        ),
        pytest.param(
            "≥3万剂",
            "2.86万支（含）",
            Attainment.UNKNOWN,
            "实际2.86万支与年度指标≥3万剂单位不可比",
            id="near-miss-other-word",
        ),
    ],
)
def test_bracketed_measure_word(
    target: str, actual: str, attainment: Attainment, says: str
) -> None:
    check("冻精推广数量", target, actual, attainment, says)
