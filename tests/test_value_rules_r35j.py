"""r35j: the wrong results r35e's adversarial round left, fixed by rule.

- a word of lateness (``已延期``, ``推迟``, ``延期完成``, ``逾期完成``) against ``按时完成``
  or a word of timeliness is not met (it was unknown);
- ``即时`` (timeliness), ``及格`` (conformity), ``正确`` (accuracy) are words of their families;
- a count of years against days through the calendar (半年 is 181 to 184 days);
- ``1次/2年`` reads as ``每2年1次``;
- a bare figure against a score target that states its scale (``≥4.5（5分制）``) is a
  score of that scale or of none: 88 is another scale, unknown (it was met);
- ``12个项目完成11个`` on a rate of completion is 91.67%;
- a rate of the failures (``差错率0.5%``) against ``准确`` is the rest of it, 准确率99.5%;
- ``200+人`` as a target is more than 200 people, as the value is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import verdict as _verdict
from grammar_paths import fast_and_full
from perftrack import parse_target, parse_value
from perftrack.expressions import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
)

VALUES = [
    # 已 before a word of lateness: the word
    ("已延期", QualitativeValue("按期", "timeliness", negation="延期"), "延期"),
    ("已逾期", QualitativeValue("按期", "timeliness", negation="逾期"), "逾期"),
    ("均已超期", QualitativeValue("按期", "timeliness", negation="超期"), "超期"),
    ("已经滞后", QualitativeValue("及时", "timeliness", negation="滞后"), "滞后"),
    # 推迟 is a word of lateness, as 延期 is
    ("推迟", QualitativeValue("按期", "timeliness", negation="推迟"), "推迟"),
    ("已推迟", QualitativeValue("按期", "timeliness", negation="推迟"), "推迟"),
    # the new family words
    ("即时", QualitativeValue("即时", "timeliness"), "即时"),
    ("及格", QualitativeValue("及格", "conformity"), "及格"),
    ("不及格", QualitativeValue("及格", "conformity", negation="不"), "不及格"),
    ("正确", QualitativeValue("正确", "accuracy"), "正确"),
    # a count per some periods: the schedule written with 每, as the target reads it
    ("1次/2年", Quantity(Decimal(1), "次", label="每2年"), "每2年1(次)"),
    ("1次/两年", Quantity(Decimal(1), "次", label="每两年"), "每两年1(次)"),
    ("≥1次/2年", Quantity(Decimal(1), "次", Bound.AT_LEAST, label="每2年"), "每2年≥1(次)"),
    ("1次/年", Quantity(Decimal(1), "次/年"), "1(次/年)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_value(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_value(str(parsed), year=2025) == parsed
    fast, full = fast_and_full(parse_value, cell, 2025)
    assert fast == full


def test_same_day_stays_a_time_limit() -> None:
    # 即时办结 is within one working day, not the word 即时 (as before)
    assert str(parse_value("即时办结")) == "≤1(个工作日)(即时办结)"
    assert str(parse_target("即时办结")) == "≤1(个工作日)(即时办结)"


TARGETS = [
    ("200+人", Comparison(Op.GT, Decimal(200), "人"), ">200(人)"),
    ("95%+", Comparison(Op.GT, Decimal(95), "%"), ">95(%)"),
    ("10万+", Comparison(Op.GT, Decimal(10), "万"), ">10(万)"),
    ("阅读量10万+", Comparison(Op.GT, Decimal(10), "万", label="阅读量"), "阅读量>10(万)"),
    ("1次/2年", Comparison(Op.EQ, Decimal(1), "次", label="每2年"), "每2年=1(次)"),
    ("≥1次/2年", Comparison(Op.GE, Decimal(1), "次", label="每2年"), "每2年≥1(次)"),
    ("1次/两年", Comparison(Op.EQ, Decimal(1), "次", label="每两年"), "每两年=1(次)"),
    ("2次/3年", Comparison(Op.EQ, Decimal(2), "次", label="每3年"), "每3年=2(次)"),
    ("即时", QualitativeTarget("即时", "timeliness"), "即时"),
    ("及格", QualitativeTarget("及格", "conformity"), "及格"),
    # as before
    ("1次/年", Comparison(Op.EQ, Decimal(1), "次/年"), "=1(次/年)"),
    ("1+1", Descriptive("1+1"), "1+1"),
    # (r35p: a plus after the unit is more than the figure too; it was text)
    ("200人+", Comparison(Op.GT, Decimal(200), "人"), ">200(人)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_target(str(parsed), year=2025) == parsed
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


def test_count_per_periods_reads_as_every() -> None:
    for short, every in (
        ("1次/2年", "每2年1次"),
        ("≥1次/2年", "每2年≥1次"),
        ("1次/两年", "每两年1次"),
    ):
        assert parse_target(short, year=2025) == parse_target(every, year=2025)


LATE = [
    ("按时完成", "已延期", "not_met", "实际“已延期”，未达到“按时完成”"),
    ("按时完成", "延期完成", "not_met", "实际“延期完成”，未达到“按时完成”"),
    ("按时完成", "推迟", "not_met", "实际“推迟”，未达到“按时完成”"),
    ("按时完成", "逾期", "not_met", "实际“逾期”，未达到“按时完成”"),
    ("按期完成", "逾期完成", "not_met", "实际“逾期完成”，未达到“按期完成”"),
    ("按时完成", "项目延期", "not_met", "实际“项目延期”，未达到“按时完成”"),
    ("及时", "已延期", "not_met", "实际“已延期”，未达到“及时”"),
    ("及时", "延期完成", "not_met", "实际“延期完成”，未达到“及时”"),
    ("及时", "推迟", "not_met", "实际“推迟”，未达到“及时”"),
    ("及时", "逾期完成", "not_met", "实际“逾期完成”，未达到“及时”"),
    # as before: a status of the time not kept, a delay to a date within the year, a
    # lateness denied, a part late
    ("按时完成", "未按时完成", "not_met", "实际“未按时完成”，未达到“按时完成”"),
    # (r35p: a delay to a date within the year is late against 按期 too, as 延期完成 is)
    ("按期完成", "延期至2025年11月完成", "not_met", "实际“延期至2025年11月完成”，未达到“按期完成”"),
    ("按时完成", "未延期", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
    # r35r: a part late is partial against 按时完成 as against 及时
    ("按时完成", "部分滞后", "partial", "实际“部分滞后”，部分未按时完成，部分达到“按时完成”"),
    ("及时", "部分滞后", "partial", "实际“部分滞后”，部分未按时完成，部分达到“及时”"),
    ("按时完成", "已完成", "met", "实际“已完成”，已完成"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), LATE)
def test_late(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("时效指标", "完成及时性", target, actual) == (attainment, explanation)


WORDS = [
    ("及时", "即时", "met", "实际“即时”，达到“及时”"),
    ("即时", "及时", "met", "实际“及时”，达到“即时”"),
    ("及时", "不即时", "not_met", "实际“不即时”，未达到“及时”"),
    ("合格", "及格", "met", "实际“及格”，达到“合格”"),
    ("合格", "不及格", "not_met", "实际“不及格”，未达到“合格”"),
    ("准确", "正确", "met", "实际“正确”，达到“准确”"),
    ("准确", "正确无误", "met", "实际“正确无误”，达到“准确”"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), WORDS)
def test_family_words(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("质量指标", "工作质量", target, actual) == (attainment, explanation)


YEARS = [
    ("半年内", "200天", "not_met", "实际200天（0.5年按181至184天计），超出年度指标≤0.5年"),
    ("半年内", "150天", "met", "实际150天（0.5年按181至184天计），达到年度指标≤0.5年"),
    (
        "半年内",
        "183天",
        "unknown",
        "实际183天与年度指标≤0.5年：0.5年按181至184天计，结论随天数而异，需人工判断",
    ),
    ("1年内", "365天", "met", "实际365天（1年按365至366天计），达到年度指标≤1年"),
    ("≤180天", "半年", "not_met", "实际0.5年（0.5年按181至184天计），超出年度指标≤180天"),
    # as before: a part of a year of no whole months
    ("0.3年内", "100天", "unknown", "实际100天与年度指标≤0.3年单位不可比"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), YEARS)
def test_years_in_days(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("时效指标", "办理时限", target, actual) == (attainment, explanation)


SCALES = [
    ("≥4.5（5分制）", "88", "unknown", "实际88与年度指标≥4.5的分制（满分5分）不一致，无法比较"),
    ("≥4.5（5分制）", "88分", "unknown", "实际88分与年度指标≥4.5的分制（满分5分）不一致，无法比较"),
    (
        "≥4.5分（满分5分）",
        "85",
        "unknown",
        "实际85分与年度指标≥4.5分的分制（满分5分）不一致，无法比较",
    ),
    ("≥4.5分", "85", "unknown", "实际85分与年度指标≥4.5分的分制不一致，无法比较"),
    # on the target's scale: as before
    ("≥4.5（5分制）", "4.6", "met", "实际4.6，达到年度指标≥4.5"),
    ("≥4.5（5分制）", "4.3", "not_met", "实际4.3，未达年度指标≥4.5"),
    ("≥90分", "92", "met", "实际92分，达到年度指标≥90分"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), SCALES)
def test_bare_score(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("满意度指标", "群众满意度", target, actual) == (attainment, explanation)


DONE_OF_ALL = [
    (
        "项目完成率",
        "12个项目完成11个",
        "met",
        "实际12个项目完成11个（按比例计为91.67%），达到年度指标≥90%",
    ),
    (
        "项目完成率",
        "12个项目中已完成11个",
        "met",
        "实际12个项目中已完成11个（按比例计为91.67%），达到年度指标≥90%",
    ),
    (
        "项目完成率",
        "12个项目完成8个",
        "not_met",
        "实际12个项目完成8个（按比例计为66.67%），未达年度指标≥90%",
    ),
    # another rate, or two measure words: as before
    (
        "群众满意度",
        "12个项目完成11个",
        "unknown",
        "实际“12个项目完成11个”不是数值，无法与年度指标比较",
    ),
    (
        "项目完成率",
        "12个项目完成11项",
        "unknown",
        "实际“12个项目完成11项”不是数值，无法与年度指标比较",
    ),
]


@pytest.mark.parametrize(("name", "actual", "attainment", "explanation"), DONE_OF_ALL)
def test_done_of_all(name: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("数量指标", name, "≥90%", actual) == (attainment, explanation)


FAILURES = [
    ("准确", "差错率0.5%", "partial", "实际差错率0.5%，即准确率99.5%，未全部准确，部分达到“准确”"),
    ("准确", "错误率1%", "partial", "实际错误率1%，即准确率99%，未全部准确，部分达到“准确”"),
    ("准确", "差错率0", "met", "实际差错率0，即全部准确，达到“准确”"),
    ("准确", "零差错率", "met", "实际零差错率，即全部准确，达到“准确”"),
    ("合格", "不合格率2%", "partial", "实际不合格率2%，即合格率98%，未全部合格，部分达到“合格”"),
    # a failure of another word, or a rate only bounded: as before
    ("准确", "不合格率2%", "unknown", "实际“不合格率2%”无法与年度指标“准确”对照"),
    ("准确", "差错率低于1%", "unknown", "实际“差错率低于1%”无法与年度指标“准确”对照"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), FAILURES)
def test_failure_rate(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("质量指标", "数据准确性", target, actual) == (attainment, explanation)


PLUS_TARGETS = [
    ("200+人", "210人", "met", "实际210人，达到年度指标>200人"),
    ("200+人", "200人", "not_met", "实际200人，未达年度指标>200人"),
    ("95%+", "96%", "met", "实际96%，达到年度指标>95%"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), PLUS_TARGETS)
def test_plus_target(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("数量指标", "培训人数", target, actual) == (attainment, explanation)
