"""Value-grammar gaps of the parse20/parse22 audits (fix task g23a).

1. Words glued after a Chinese unit (``6项均为满意``, ``3个月的监测``, ``按800元/人天执行``)
   are the figure's note, no part of its unit (parse20 M4).
2. ``头只`` (head of livestock) is ``头`` (parse22 M6).
3. A value labelled ``每X`` is read per X (parse22 M1).
4. A count then its share (``，占X%``) is the share, the count against a count (parse22 M2).
5. ``3月底前完成上半年征集任务`` is a deadline, ``3月20日全部起运`` a date of work done (parse22 M7).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import (
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    Op,
    Part,
    Quantity,
    Status,
    Target,
    TextValue,
    Value,
)
from perftrack.model import TableKind
from scoring_builders import YEAR, indicator, verdict_of

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION


def _verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    verdict = verdict_of(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    return verdict.attainment.value, verdict.explanation


# ---------------------------------------------------------------------------
# 1. Words glued after a Chinese unit

GLUED_VALUES = [
    pytest.param("6项均为满意", Quantity(Decimal(6), "项", note="均为满意"), id="items-all-satisfied"),
    pytest.param("6项均为优秀", Quantity(Decimal(6), "项", note="均为优秀"), id="items-all-excellent"),
    pytest.param("2个均已验收", Quantity(Decimal(2), "个", note="均已验收"), id="all-accepted"),
    pytest.param("3个月的监测", Quantity(Decimal(3), "个月", note="监测"), id="months-of-monitoring"),
    pytest.param(
        "按800元/人天执行",
        Quantity(Decimal(800), "元/人天", label="按", note="执行"),
        id="rate-applied",
    ),
    # words of completion stay as they were read
    pytest.param("6项均已完成", TextValue("6项均已完成"), id="completion-stays-text"),
    pytest.param("3个全部建成", TextValue("3个全部建成"), id="built-stays-text"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GLUED_VALUES)
def test_glued_words_after_a_unit_are_a_note_in_values(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


GLUED_TARGETS = [
    pytest.param("6项均为满意", Comparison(Op.EQ, Decimal(6), "项", note="均为满意"), id="items"),
    pytest.param("≥6项均为满意", Comparison(Op.GE, Decimal(6), "项", note="均为满意"), id="items-floor"),
    pytest.param("3个月的监测", Comparison(Op.EQ, Decimal(3), "个月", note="监测"), id="months"),
    pytest.param(
        "按800元/人天执行",
        Comparison(Op.EQ, Decimal(800), "元/人天", label="按", note="执行"),
        id="rate",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GLUED_TARGETS)
def test_glued_words_after_a_unit_are_a_note_in_targets(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


GLUED_VERDICTS = [
    pytest.param("满意项目数", "6项", "6项均为满意", ("met", "实际6项，达到年度指标=6项"), id="items-met"),
    pytest.param("监测时长", "3个月", "3个月的监测", ("met", "实际3个月，达到年度指标=3个月"), id="months-met"),
    pytest.param("监测时长", "≥6个月", "3个月的监测", ("not_met", "实际3个月，未达年度指标≥6个月"), id="months-missed"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "expected"), GLUED_VERDICTS)
def test_glued_words_compare_in_the_unit(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


# ---------------------------------------------------------------------------
# 2. 头只 is one unit of livestock: head (parse22 M6)

LIVESTOCK_VERDICTS = [
    pytest.param("≥45万头（只）", "免疫猪牛羊23.1万头只", ("not_met", "实际23.1万头只，未达年度指标≥45万头"), id="bracketed-missed"),
    pytest.param("≥45万头（只）", "50万头只", ("met", "实际50万头只，达到年度指标≥45万头"), id="bracketed-met"),
    pytest.param("≥45万头", "50万头只", ("met", "实际50万头只，达到年度指标≥45万头"), id="plain-met"),
    pytest.param("≥45头（只）", "23头只", ("not_met", "实际23头只，未达年度指标≥45头(只)"), id="alternative-missed"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "expected"), LIVESTOCK_VERDICTS)
def test_head_of_livestock_compares_with_head(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict("免疫畜禽数量", target, actual) == expected


def test_head_of_livestock_keeps_its_unit_as_written() -> None:
    assert parse_value("免疫猪牛羊23.1万头只") == Quantity(
        Decimal("23.1"), "万头只", label="免疫猪牛羊"
    )


# ---------------------------------------------------------------------------
# 3. A per-unit price written 每X N元 (parse22 M1)

PER_UNIT_VERDICTS = [
    pytest.param("改造单价", "≤500元/平方米", "平均每平方米468元", ("met", "实际468元/平方米，达到年度指标≤500元/平方米"), id="per-square-metre-met"),
    pytest.param("改造单价", "≤500元/平方米", "平均每平方米560元", ("not_met", "实际560元/平方米，超出年度指标≤500元/平方米"), id="per-square-metre-over"),
    pytest.param("改造单价", "≤500元/平方米", "每平米468元", ("met", "实际468元/平方米，达到年度指标≤500元/平方米"), id="per-alias"),
    pytest.param("建站成本", "≤5万元/个", "每站4.8万元", ("met", "实际4.8万元/个，达到年度指标≤5万元/个"), id="per-station-counted-by-ge"),
    pytest.param("建站成本", "≤5万元/个", "每站5.6万元", ("not_met", "实际5.6万元/个，超出年度指标≤5万元/个"), id="per-station-over"),
    pytest.param("建站成本", "≤5万元/个", "每个4.8万元", ("met", "实际4.8万元/个，达到年度指标≤5万元/个"), id="per-ge-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "expected"), PER_UNIT_VERDICTS)
def test_a_per_word_at_the_end_of_the_label_is_the_per(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


def test_the_per_word_stays_in_the_label() -> None:
    assert parse_value("平均每平方米468元") == Quantity(Decimal(468), "元", label="平均每平方米")


# ---------------------------------------------------------------------------
# 4. A count, then its share: ，占X% / ，占比X% (parse22 M2)

SHARE_VALUES = [
    pytest.param("引入物业服务44个，占83%", Quantity(Decimal(83), "%", label="占", note="引入物业服务44个"), id="share"),
    pytest.param("大学生入伍146人，占比80%", Quantity(Decimal(80), "%", label="占比", note="大学生入伍146人"), id="share-word"),
    pytest.param("运营正常站点118个，占93.7%", Quantity(Decimal("93.7"), "%", label="占", note="运营正常站点118个"), id="decimal-share"),
    # a share after a share is no count's
    pytest.param("完成80%，占90%", TextValue("完成80%,占90%"), id="share-after-share"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARE_VALUES)
def test_a_share_after_a_count_is_read(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


def test_a_share_after_a_count_prints_back() -> None:
    share = parse_value("大学生入伍146人，占比80%")
    assert str(share) == "占比80(%)(大学生入伍146人)"
    assert parse_value(str(share)) == share


SHARE_VERDICTS = [
    pytest.param("改造小区物业管理覆盖率", "≥80%", "引入物业服务44个，占83%", ("met", "实际83%，达到年度指标≥80%"), id="share-met"),
    pytest.param("站点正常运营率", "≥90%", "运营正常站点118个，占93.7%", ("met", "实际93.7%，达到年度指标≥90%"), id="decimal-share-met"),
    pytest.param("大学生入伍比例", "≥85%", "大学生入伍146人，占89%", ("met", "实际89%，达到年度指标≥85%"), id="bare-share-met"),
    pytest.param("大学生入伍比例", "≥85%", "大学生入伍146人，占比80%", ("not_met", "实际80%，未达年度指标≥85%"), id="share-missed"),
    pytest.param("大学生入伍人数", "≥140人", "大学生入伍146人，占比80%", ("met", "实际146人，达到年度指标≥140人"), id="count-target-takes-count"),
    pytest.param("引入物业服务小区", "≥50个", "引入物业服务44个，占83%", ("not_met", "实际44个，未达年度指标≥50个"), id="count-target-missed"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "expected"), SHARE_VERDICTS)
def test_a_share_after_a_count_is_judged(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


# ---------------------------------------------------------------------------
# 5. A deadline with the task of a half-year; 全部起运 as work done (parse22 M7)

TASK_DEADLINES = [
    pytest.param("3月底前完成上半年征集任务", Deadline(2025, 3, None, Part.MONTH_END, note="完成上半年征集任务"), id="half-year-task"),
    pytest.param("3月底前完成一季度工作", Deadline(2025, 3, None, Part.MONTH_END, note="完成一季度工作"), id="quarter-work"),
    pytest.param("3月底前完成上半年", Descriptive("3月底前完成上半年"), id="half-year-alone-stays-prose"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TASK_DEADLINES)
def test_a_period_naming_the_task_is_no_second_time(text: str, expected: Target) -> None:
    assert parse_target(text, year=2025) == expected


DISPATCHED_VALUES = [
    pytest.param("3月20日全部起运", DateValue(2025, 3, 20, Status.DONE), id="all-dispatched"),
    pytest.param("3月20日前全部起运", DateValue(2025, 3, 20, Status.DONE), id="all-dispatched-by"),
    pytest.param("已于3月20日全部起运", DateValue(2025, 3, 20, Status.DONE), id="already"),
    pytest.param("3月20日起运", TextValue("3月20日起运"), id="bare-dispatch-stays-text"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DISPATCHED_VALUES)
def test_all_dispatched_is_work_done(text: str, expected: Value) -> None:
    assert parse_value(text, year=2025) == expected


DEADLINE_VERDICTS = [
    pytest.param("3月底前完成上半年征集任务", "3月20日全部起运", ("met", "实际“3月20日全部起运”，未晚于截止日期2023-03-31"), id="task-met"),
    pytest.param("3月底前完成", "3月20日前全部起运", ("met", "实际“3月20日前全部起运”，未晚于截止日期2023-03-31"), id="by-met"),
    pytest.param("3月底前完成上半年征集任务", "4月10日全部起运", ("not_met", "实际“4月10日全部起运”，晚于截止日期2023-03-31"), id="late"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "expected"), DEADLINE_VERDICTS)
def test_the_dispatch_date_meets_the_deadline(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict("新兵征集", target, actual) == expected
