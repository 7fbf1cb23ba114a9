"""r35e: value-language shapes of published 自评表 the grammar misread.

- a figure followed by a clause of the work's acceptance or grade (``100%，验收合格``,
  ``98%，已通过验收``, ``126户，质量合格``) is scored by its figure (it was unknown);
- ``+`` or ``多`` after a share (``95%+``, ``90%多``) is more than it;
- ``零差错率`` is ``差错率为零``; ``0投诉``, ``0事故``, ``安全事故0发生`` are the zero words
  ``零投诉``, ``零事故``, ``安全事故零发生``;
- ``没有``, ``没有发生``, ``均无`` alone are none, as ``无`` is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import self_table
from grammar_paths import fast_and_full
from perftrack import parse_target, parse_value
from perftrack.expressions import (
    Bound,
    Comparison,
    Op,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    TextValue,
)
from perftrack.scoring import score

VALUES = [
    # + or 多 after a share: more than it
    ("95%+", Quantity(Decimal(95), "%", Bound.MORE_THAN), ">95(%)"),
    ("90%多", Quantity(Decimal(90), "%", Bound.MORE_THAN), ">90(%)"),
    ("3.5‰多", Quantity(Decimal("3.5"), "‰", Bound.MORE_THAN), ">3.5(‰)"),
    (
        "满意度95%+",
        Quantity(Decimal(95), "%", Bound.MORE_THAN, label="满意度"),
        "满意度>95(%)",
    ),
    ("95%+5%", TextValue("95%+5%"), "95%+5%"),
    # a rate of none
    ("零差错率", Quantity(Decimal(0), None, label="差错率"), "差错率0"),
    ("零增长率", TextValue("零增长率"), "零增长率"),
    # 0 typed for 零 before an incident
    ("0投诉", QualitativeValue("零投诉", "zero"), "零投诉"),
    ("０事故", QualitativeValue("零事故", "zero"), "零事故"),
    ("安全事故0发生", QualitativeValue("安全事故零发生", "zero"), "安全事故零发生"),
    ("全年0事故", QualitativeValue("全年零事故", "zero"), "全年零事故"),
    ("0起", Quantity(Decimal(0), "起"), "0(起)"),
    ("投诉0次", Quantity(Decimal(0), "次", label="投诉"), "投诉0(次)"),
    ("0容忍", Quantity(Decimal(0), "容忍"), "0(容忍)"),
    # none, in other words
    ("没有", QualitativeValue("没有", "zero"), "没有"),
    ("没有发生", QualitativeValue("没有发生", "zero"), "没有发生"),
    ("均无", QualitativeValue("均无", "zero"), "均无"),
    ("项目没有", TextValue("项目没有"), "项目没有"),
    ("没有完成", TextValue("没有完成"), "没有完成"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_value(cell, year=2024)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_value(str(parsed), year=2024) == parsed
    fast, full = fast_and_full(parse_value, cell, 2024)
    assert fast == full


TARGETS = [
    ("零差错率", Comparison(Op.EQ, Decimal(0), label="差错率"), "差错率=0"),
    ("零投诉率", Comparison(Op.EQ, Decimal(0), label="投诉率"), "投诉率=0"),
    ("0投诉", QualitativeTarget("零投诉", "zero"), "零投诉"),
    ("0事故", QualitativeTarget("零事故", "zero"), "零事故"),
    ("0 差错", QualitativeTarget("零差错", "zero"), "零差错"),
    ("安全事故0发生", QualitativeTarget("安全事故零发生", "zero"), "安全事故零发生"),
    ("0起", Comparison(Op.EQ, Decimal(0), "起"), "=0(起)"),
    ("0", Comparison(Op.EQ, Decimal(0)), "=0"),
    ("0距离", Comparison(Op.EQ, Decimal(0), "距离"), "=0(距离)"),
    ("没有", QualitativeTarget("没有", "zero"), "没有"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell, year=2024)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_target(str(parsed), year=2024) == parsed
    fast, full = fast_and_full(parse_target, cell, 2024)
    assert fast == full


VERDICTS = [
    ("100%", "100%，验收合格", "met", "实际100%，达到年度指标=100%"),
    ("≥95%", "98%，合格", "met", "实际98%，达到年度指标≥95%"),
    ("≥95%", "90%，验收合格", "not_met", "实际90%，未达年度指标≥95%"),
    ("≥95%", "98%，已通过验收", "met", "实际98%，达到年度指标≥95%"),
    ("≥120户", "126户，经验收合格", "met", "实际126户，达到年度指标≥120户"),
    ("≥120户", "126户，均验收合格", "met", "实际126户，达到年度指标≥120户"),
    ("≥120户", "126户，经检测合格", "met", "实际126户，达到年度指标≥120户"),
    ("≥90%", "95%，良好", "met", "实际95%，达到年度指标≥90%"),
    # a clause of work left, or a verdict the figure contradicts: as before
    ("≥95%", "98%，未验收", "unknown", "实际“98%，未验收”不是数值，无法与年度指标比较"),
    ("≥90%", "86.3%，已达标", "unknown", "实际“86.3%，已达标”不是数值，无法与年度指标比较"),
    ("≥90%", "90%多", "met", "实际超过90%，达到年度指标≥90%"),
    ("≥95%", "95%+", "met", "实际超过95%，达到年度指标≥95%"),
    ("零差错率", "0", "met", "实际0，达到年度指标=0"),
    ("零差错率", "0.5%", "not_met", "实际0.5%，超出年度指标=0"),
    ("0投诉", "1次", "not_met", "实际发生1次，未达到“零投诉”"),
    ("0投诉", "无", "met", "实际“无”，达到“零投诉”"),
    ("无重大安全事故", "没有", "met", "实际“没有”，达到“无重大安全事故”"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), VERDICTS)
def test_verdict(target: str, actual: str, attainment: str, explanation: str) -> None:
    table = self_table(["产出指标", "质量指标", "验收合格率", target, actual, "10", "10"])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


SCORES = [
    # a score above the target's full marks, or of a small scale against one of 100
    (
        "≥4.5分（满分5分）",
        "85分",
        "unknown",
        "实际85分与年度指标≥4.5分的分制（满分5分）不一致，无法比较",
    ),
    ("≥4.5分", "85分", "unknown", "实际85分与年度指标≥4.5分的分制不一致，无法比较"),
    ("≥90分", "4.6分", "unknown", "实际4.6分与年度指标≥90分的分制（满分100分）不一致，无法比较"),
    ("≥90%", "4.6分", "unknown", "实际4.6分与年度指标≥90%单位不可比"),
    # a score with its full marks, on the target's scale
    (
        "≥90分",
        "4.6分（满分5分）",
        "met",
        "实际4.6分（满分5分）（按比例计为92分），达到年度指标≥90分",
    ),
    (
        "≥90分",
        "4.3分（满分5分）",
        "not_met",
        "实际4.3分（满分5分）（按比例计为86分），未达年度指标≥90分",
    ),
    # as before: scores on the target's scale
    ("≥4.5分（满分5分）", "4.3分", "not_met", "实际4.3分，未达年度指标≥4.5分"),
    ("≥4.5分", "4.6分", "met", "实际4.6分，达到年度指标≥4.5分"),
    ("≥90分", "92分", "met", "实际92分，达到年度指标≥90分"),
    ("≥90%", "93.5分", "met", "实际93.5分（按比例计为93.5%），达到年度指标≥90%"),
    (
        "≥90%",
        "4.6分（满分5分）",
        "met",
        "实际4.6分（满分5分）（按比例计为92.00%），达到年度指标≥90%",
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), SCORES)
def test_score_scale(target: str, actual: str, attainment: str, explanation: str) -> None:
    table = self_table(
        ["满意度指标", "服务对象满意度指标", "群众满意度", target, actual, "10", "10"]
    )
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


RESTATED_RATES = [
    # the target's rate restated as done, then the year's count
    ("每月≥1次", "每月1次，共12次", "met", "“每月≥1次”全年计≥12次；实际12次，达到年度指标≥12次"),
    (
        "每月≥1次",
        "每月1次；累计11次",
        "not_met",
        "“每月≥1次”全年计≥12次；实际11次，未达年度指标≥12次",
    ),
    # another rate first: as before
    ("每月≥2次", "每月1次，共12次", "unknown", "实际“每月1次，共12次”不是数值，无法与年度指标比较"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), RESTATED_RATES)
def test_restated_rate(target: str, actual: str, attainment: str, explanation: str) -> None:
    table = self_table(["产出指标", "数量指标", "督查检查次数", target, actual, "10", "10"])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("cell", "expected", "canonical"),
    [
        # white space before a stop between digits: the stop is the point, as in 93。5%
        # (the folded text 0。0 read back as 0.0: no round trip; hypothesis found it)
        ("0 。0", Comparison(Op.EQ, Decimal("0.0")), "=0.0"),
        ("93 。5%", Comparison(Op.EQ, Decimal("93.5"), "%"), "=93.5(%)"),
    ],
)
def test_stop_point_after_space(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell)
    assert (parsed, str(parsed)) == (expected, canonical)
    assert parse_target(canonical) == parsed


PASS_RATES = [
    # a rate of the word's passing against the word: all passed is met, less partly
    ("工程质量", "合格", "合格率100%", "met", "实际合格率100%，即全部合格，达到“合格”"),
    ("工程质量", "合格", "100%", "met", "实际100%，即全部合格，达到“合格”"),
    ("工程质量", "合格", "95%", "partial", "实际95%，未全部合格，部分达到“合格”"),
    ("项目验收情况", "合格", "验收合格率100%", "met", "实际验收合格率100%，即全部合格，达到“合格”"),
    ("排放达标情况", "达标", "达标率96%", "partial", "实际达标率96%，未全部达标，部分达到“达标”"),
    ("发放准确性", "准确", "准确率100%", "met", "实际准确率100%，即全部准确，达到“准确”"),
    # a rate of the failures: the rest of it passed (r35j: it was unknown)
    (
        "工程质量",
        "合格",
        "不合格率2%",
        "partial",
        "实际不合格率2%，即合格率98%，未全部合格，部分达到“合格”",
    ),
    # a rate of another thing, or a bare rate on a row of neither: as before
    ("工程质量", "合格", "完成率100%", "unknown", "实际“完成率100%”无法与年度指标“合格”对照"),
    ("项目进度", "合格", "100%", "unknown", "实际“100%”无法与年度指标“合格”对照"),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), PASS_RATES)
def test_pass_rate(name: str, target: str, actual: str, attainment: str, explanation: str) -> None:
    table = self_table(["产出指标", "质量指标", name, target, actual, "10", "10"])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


YEARLY = [
    # a yearly rise or fall against the change said in words
    ("逐年提高", "有所提高", "met", "实际“有所提高”，达到“提高”"),
    ("逐年提高", "明显提升", "met", "实际“明显提升”，达到“提高”"),
    ("逐年提高", "下降", "not_met", "实际“下降”，未达到“提高”"),
    ("逐年下降", "有所提高", "not_met", "实际“有所提高”，未达到“下降”"),
    # as before: a change stated against last year
    ("逐年提高", "较上年提高", "met", "实际较上年提高，达到年度指标逐年提高"),
    ("逐年提高", "未提高", "not_met", "实际未提高，未达年度指标逐年提高"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), YEARLY)
def test_yearly_change(target: str, actual: str, attainment: str, explanation: str) -> None:
    table = self_table(["效益指标", "社会效益指标", "群众获得感", target, actual, "10", "10"])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("actual", "attainment", "explanation"),
    [
        # done within the year says no day: a deadline inside the year cannot be judged
        (
            "年内已完成",
            "unknown",
            "实际“年内已完成”，截止日期2025-10-31在其期间内，无法判断是否按期",
        ),
        ("年内完成", "unknown", "实际“年内完成”，截止日期2025-10-31在其期间内，无法判断是否按期"),
        # as before: 当年完成
        ("当年完成", "unknown", "实际“当年完成”，截止日期2025-10-31在其期间内，无法判断是否按期"),
    ],
)
def test_done_within_year(actual: str, attainment: str, explanation: str) -> None:
    table = self_table(["产出指标", "时效指标", "完成时间", "2025年10月底前", actual, "10", "10"])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


def test_done_within_year_value() -> None:
    assert parse_value("年内已完成", year=2025) == parse_value("当年完成", year=2025)
    assert str(parse_value("年度内完成", year=2025)) == "当年完成"
    assert parse_target("年内完成", year=2025) == parse_target("2025年内")  # unchanged


DONE_OF_PLANNED = [
    # the count done beside the count planned, on a rate of completion: the share
    (
        "项目完成率",
        "≥90%",
        "计划12个，完成11个",
        "met",
        "实际计划12个，完成11个（按比例计为91.67%），达到年度指标≥90%",
    ),
    (
        "项目完成率",
        "≥90%",
        "完成11个，共12个",
        "met",
        "实际完成11个，共12个（按比例计为91.67%），达到年度指标≥90%",
    ),
    (
        "项目完成率",
        "≥90%",
        "计划12个，完成8个",
        "not_met",
        "实际计划12个，完成8个（按比例计为66.67%），未达年度指标≥90%",
    ),
    # another rate: as before
    ("群众满意度", "≥90%", "计划12个，完成11个", "unknown", "实际11个与年度指标≥90%单位不可比"),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), DONE_OF_PLANNED)
def test_done_of_planned(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    table = self_table(["产出指标", "数量指标", name, target, actual, "10", "10"])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


def test_points_ceiling_is_no_scale() -> None:
    # as before: a ceiling of points lost (扣分≤2分) is no scale of a grade
    table = self_table(["产出指标", "质量指标", "考核扣分", "≤2分", "12分", "10", "10"])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (
        "not_met",
        "实际12分已超出年度上限≤2分",
    )


@pytest.mark.parametrize(
    ("name", "target", "attainment", "explanation"),
    [
        # the money left after the cost, under a ceiling of money: a remark
        ("项目总成本", "≤500万元", "met", "实际480万元，达到年度指标≤500万元"),
        # on a row of the balance, or under a floor: as before
        (
            "结余资金",
            "≤500万元",
            "unknown",
            "实际“支付480万元，结余20万元”不是数值，无法与年度指标比较",
        ),
        (
            "项目总成本",
            "≥500万元",
            "unknown",
            "实际“支付480万元，结余20万元”不是数值，无法与年度指标比较",
        ),
    ],
)
def test_balance_after_cost(name: str, target: str, attainment: str, explanation: str) -> None:
    table = self_table(
        ["产出指标", "成本指标", name, target, "支付480万元，结余20万元", "10", "10"]
    )
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
