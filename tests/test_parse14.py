"""Value cells of the parse14 audit (less-covered sectors), each with the report's rows.

1. ``优于X`` (better than) is ``≤X`` on a figure better lower (分辨率, 精度, 误差, a time), else ``≥X``.
2. ``未发现``/``未出现`` before a bad event (错案, 泄密, 误判) is the zero family, never "not done";
   ``零错案``, ``无错案``, ``无一例错案`` are zero targets.
3. ``一类口岸`` and its kin are grades (prose), never a count of ``类口岸``.
"""

from __future__ import annotations

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import (
    Comparison,
    Descriptive,
    Op,
    QualitativeTarget,
    QualitativeValue,
    Status,
    StatusValue,
    TextValue,
)
from perftrack.model import TableKind
from scoring_builders import YEAR, indicator, verdict_of

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION


def _verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    verdict = verdict_of(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    return verdict.attainment.value, verdict.explanation


# ---------------------------------------------------------------------------
# 1. 优于 (better than)

BETTER_THAN = [
    pytest.param("影像分辨率", "优于0.5米", "0.3米", ("met", "实际0.3米，达到年度指标≤0.5米"), id="resolution-finer"),
    pytest.param("影像分辨率", "优于0.5米", "0.8米", ("not_met", "实际0.8米已超出年度上限≤0.5米"), id="resolution-coarser"),
    pytest.param("影像分辨率", "优于0.5米", "0.5米", ("met", "实际0.5米，达到年度指标≤0.5米"), id="resolution-at-the-bound"),
    pytest.param("定位精度", "优于5cm", "3cm", ("met", "实际3cm，达到年度指标≤5cm"), id="precision-cm"),
    pytest.param("平面中误差", "优于5cm", "6cm", ("not_met", "实际6cm已超出年度上限≤5cm"), id="error-missed"),
    pytest.param("数据合格率", "优于95%", "97%", ("met", "实际97%，达到年度指标≥95%"), id="rate-higher"),
    pytest.param("数据合格率", "优于95%", "93%", ("not_met", "实际93%，未达年度指标≥95%"), id="rate-lower"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "expected"), BETTER_THAN)
def test_better_than_bounds_the_way_the_indicator_is_better(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


def test_better_than_keeps_its_word_in_the_parse() -> None:
    assert parse_target("优于0.5米") == Comparison(
        Op.EQ, parse_target("0.5米").value, "米", label="优于"
    )  # type: ignore[union-attr]


# ---------------------------------------------------------------------------
# 2. None found (未发现, 未出现) and zero targets of a bad event

NONE_FOUND_VALUES = [
    pytest.param("未发现错案", QualitativeValue("未发现错案", "zero"), id="no-wrong-case"),
    pytest.param("未发现冤假错案", QualitativeValue("未发现冤假错案", "zero"), id="no-miscarriage"),
    pytest.param("未发现泄密", QualitativeValue("未发现泄密", "zero"), id="no-leak"),
    pytest.param("未出现误判", QualitativeValue("未出现误判", "zero"), id="no-misjudgement"),
    pytest.param("未出现重大偏差", QualitativeValue("未出现重大偏差", "zero"), id="no-deviation"),
    pytest.param("未发现违规情况", QualitativeValue("未发现违规情况", "zero"), id="no-breach-situation"),
    pytest.param("零错案", QualitativeValue("零错案", "zero"), id="zero-wrong-cases"),
    pytest.param("无一例错案", QualitativeValue("无一例错案", "zero"), id="not-one-wrong-case"),
    # not done stays not done
    pytest.param("未完成", StatusValue(Status.NOT_DONE, "未完成"), id="not-done"),
    pytest.param("未完成验收", StatusValue(Status.NOT_DONE, "未完成验收"), id="not-accepted"),
    pytest.param("未出现明显改善", StatusValue(Status.NOT_DONE, "未出现明显改善"), id="no-improvement-not-zero"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NONE_FOUND_VALUES)
def test_none_found_of_a_bad_event_is_the_zero_family(text: str, expected: object) -> None:
    assert parse_value(text) == expected


ZERO_TARGETS = [
    pytest.param("零错案", QualitativeTarget("零错案", "zero"), id="zero-wrong-cases"),
    pytest.param("无错案", QualitativeTarget("无错案", "zero"), id="no-wrong-cases"),
    pytest.param("无一例错案", QualitativeTarget("无一例错案", "zero"), id="not-one"),
    pytest.param("零泄密", QualitativeTarget("零泄密", "zero"), id="zero-leaks"),
    pytest.param("无冤假错案", QualitativeTarget("无冤假错案", "zero"), id="no-miscarriage"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZERO_TARGETS)
def test_zero_targets_of_a_bad_event(text: str, expected: QualitativeTarget) -> None:
    assert parse_target(text) == expected


NONE_FOUND_VERDICTS = [
    pytest.param("案件质量", "0件", "未发现错案", ("met", "实际0件，达到年度指标=0件"), id="zero-cases"),
    pytest.param("冤假错案发生", "无", "未发现冤假错案", ("met", "实际“未发现冤假错案”，达到“无”"), id="none"),
    pytest.param("失泄密事件", "无泄密事件", "未发现泄密", ("met", "实际“未发现泄密”，达到“无泄密事件”"), id="no-leak-event"),
    pytest.param("错案率", "0", "未出现误判", ("met", "实际0，达到年度指标=0"), id="zero-rate"),
    pytest.param("案件质量", "零错案", "0件", ("met", "实际0件，达到“零错案”"), id="zero-target"),
    pytest.param("案件质量", "无错案", "发生错案1件", ("not_met", "实际发生错案1件，未达到“无错案”"), id="one-case-misses"),
    pytest.param("工作完成", "完成", "未完成", ("not_met", "实际“未完成”，未达到“完成”"), id="not-done-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "expected"), NONE_FOUND_VERDICTS)
def test_none_found_meets_a_target_of_none(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


# ---------------------------------------------------------------------------
# 3. Grades of 类 before a noun

GRADES = [
    pytest.param("一类口岸", Descriptive("一类口岸"), id="first-class-port"),
    pytest.param("二类口岸", Descriptive("二类口岸"), id="second-class-port"),
    pytest.param("1类口岸", Descriptive("1类口岸"), id="arabic-port"),
    pytest.param("三类医疗器械", Descriptive("三类医疗器械"), id="device-class"),
    pytest.param("三类活动", Comparison(Op.EQ, parse_target("3个").value, "类活动"), id="kinds-still-counted"),  # type: ignore[union-attr]
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GRADES)
def test_a_class_before_its_noun_is_a_grade(text: str, expected: object) -> None:
    assert parse_target(text) == expected


def test_a_class_value_is_text_and_no_count() -> None:
    assert parse_value("二类口岸") == TextValue("二类口岸")
    assert _verdict("口岸类别", "一类口岸", "二类口岸") == (
        "unknown",
        "年度指标为文字描述，实际完成情况需人工判断",
    )


# ---------------------------------------------------------------------------
# 4. 百 alone is a hundred of the unit; a target of about stays exact (scoring.md)

HUNDREDS = [
    pytest.param("近百场", "target", Comparison(Op.EQ, parse_target("100场").value, "场"), id="nearly-a-hundred-target"),  # type: ignore[union-attr]
    pytest.param("近百场", "value", parse_value("约100场"), id="nearly-a-hundred-value"),
    pytest.param("百余家", "value", parse_value("100余家"), id="over-a-hundred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "role", "expected"), HUNDREDS)
def test_a_hundred_alone_is_a_hundred_of_the_unit(text: str, role: str, expected: object) -> None:
    parsed = parse_target(text) if role == "target" else parse_value(text)
    assert parsed == expected


HUNDRED_VERDICTS = [
    pytest.param("外事活动场次", "近百场", "100场", ("met", "实际100场，达到年度指标=100场"), id="hundred-met"),
    pytest.param("外事活动场次", "近百场", "98场", ("not_met", "实际98场，未达年度指标=100场"), id="about-target-exact"),
    pytest.param("外事活动场次", "约50场", "48场", ("not_met", "实际48场，未达年度指标=50场"), id="about-fifty-exact"),
    pytest.param("外事活动场次", "≥90场", "近百场", ("met", "实际近100场（不足100场），达到年度指标≥90场"), id="nearly-a-hundred-actual"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "expected"), HUNDRED_VERDICTS)
def test_a_hundred_alone_in_verdicts(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected
