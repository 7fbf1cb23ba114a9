"""Zero-event targets of higher grades (parse21 H1, M3).

H1: 不发生较大及以上事故 (不发生重大食品安全事故, 杜绝较大及以上事故) is met by an accident of a
lower grade only (发生一般事故1起): the grade ruled out did not happen.
M3: an accident of the grade ruled out or above misses it, 杜绝 as 不发生.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from scoring_builders import YEAR, finding_ids, indicator, score_one, verdict_of

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION


def _lower(actual: str, named: str, target: str) -> str:
    return (
        f"实际“{actual}”为{named}，低于年度指标“{target}”排除的等级，该等级事故未发生，达到年度指标"
    )


ROWS = [
    pytest.param("特种设备事故", "不发生较大及以上事故", "发生一般事故1起", "met", _lower("发生一般事故1起", "一般事故", "不发生较大及以上事故"), id="lower-grade"),
    pytest.param("特种设备事故", "不发生较大及以上事故", "发生一般事故1起（电梯剪切，1人受伤）", "met", _lower("发生一般事故1起（电梯剪切，1人受伤）", "一般事故", "不发生较大及以上事故"), id="lower-grade-noted"),
    pytest.param("食品安全事故", "不发生重大食品安全事故", "发生一般食品安全事故1起", "met", _lower("发生一般食品安全事故1起", "一般食品安全事故", "不发生重大食品安全事故"), id="lower-grade-food"),
    pytest.param("特种设备事故", "杜绝较大及以上事故", "发生一般事故1起", "met", _lower("发生一般事故1起", "一般事故", "杜绝较大及以上事故"), id="lower-grade-ruled-out"),
    pytest.param("特种设备事故", "不发生较大及以上事故", "未发生较大及以上事故，发生一般事故1起", "met", _lower("未发生较大及以上事故，发生一般事故1起", "一般事故", "不发生较大及以上事故"), id="none-then-lower"),
    pytest.param("特种设备事故", "不发生较大及以上事故", "发生较大事故1起", "not_met", "实际发生较大事故1起，未达到“不发生较大及以上事故”", id="same-grade"),
    pytest.param("特种设备事故", "不发生较大及以上事故", "发生重大事故1起", "not_met", "实际发生重大事故1起，未达到“不发生较大及以上事故”", id="higher-grade"),
    pytest.param("特种设备事故", "杜绝较大及以上事故", "发生较大事故1起", "not_met", "实际发生较大事故1起，未达到“杜绝较大及以上事故”", id="ruled-out-same-grade"),
    pytest.param("食品安全事故", "不发生食品安全事故", "发生一般食品安全事故1起", "not_met", "实际发生一般食品安全事故1起，未达到“不发生食品安全事故”", id="ungraded-target"),
    pytest.param("特种设备事故", "不发生较大及以上事故", "发生一般及以上事故1起", "not_met", "实际发生一般及以上事故1起，未达到“不发生较大及以上事故”", id="range-of-grades-not-lower"),
    # 事件 and 事故 one event; a grade in a note after the count (regress46: both not_met)
    pytest.param("食品安全事故", "杜绝重大食品安全事故", "发生一般食品安全事件1起", "met", _lower("发生一般食品安全事件1起", "一般食品安全事件", "杜绝重大食品安全事故"), id="lower-grade-incident"),
    pytest.param("食品安全事故", "杜绝重大食品安全事故", "发生食品安全事故1起（一般级）", "met", _lower("发生食品安全事故1起（一般级）", "一般食品安全事故", "杜绝重大食品安全事故"), id="lower-grade-in-a-note"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), ROWS)
def test_zero_target_of_higher_grades(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name, target, actual, level2="质量指标")
    verdict = verdict_of(row, period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


# ---------------------------------------------------------------------------
# M2: a part of a month then an event verb (举办, 召开) is a date, as 12月中旬完成 is

XUN_ROWS = [
    pytest.param("2023年11月底前举办", "12月中旬举办", "not_met", "实际“12月中旬举办”，晚于截止日期2023-11-30", id="mid-december-held"),
    pytest.param("2023年11月底前举办", "12月中旬召开", "not_met", "实际“12月中旬召开”，晚于截止日期2023-11-30", id="mid-december-convened"),
    pytest.param("2023年11月底前举办", "12月上旬举办", "not_met", "实际“12月上旬举办”，晚于截止日期2023-11-30", id="early-december-held"),
    pytest.param("2023年11月底前举办", "11月中旬举办", "met", "实际“11月中旬举办”，未晚于截止日期2023-11-30", id="mid-november-held"),
    pytest.param("2023年11月底前举办", "已于11月下旬召开", "met", "实际“已于11月下旬召开”，未晚于截止日期2023-11-30", id="late-november-convened"),
    pytest.param("2023年11月底前举办", "12月中旬完成", "not_met", "实际“12月中旬完成”，晚于截止日期2023-11-30", id="completion-verb-as-before"),
    pytest.param("2023年11月底前举办", "12月中旬召开筹备会", "unknown", "截止日期2023-11-30已到，实际“12月中旬召开筹备会”无法判断是否完成", id="another-object-stays-text"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), XUN_ROWS)
def test_part_of_month_then_event(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator("学术年会", target, actual, level2="时效指标")
    verdict = verdict_of(row, period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


# ---------------------------------------------------------------------------
# M6: a lead time is at least so long ahead; earlier notice is no over-completion


def _lead(actual: str, target: str, *, met: bool) -> str:
    if met:
        return f"实际“{actual}”，提前时间不少于年度指标“{target}”的要求，达到年度指标"
    return f"实际“{actual}”，提前时间少于年度指标“{target}”的要求，未达到年度指标"


LEAD_ROWS = [
    pytest.param("计划停水通知", "提前24小时通知", "提前36小时通知", "met", _lead("提前36小时通知", "提前24小时通知", met=True), ["missing-category"], id="earlier-notice"),
    pytest.param("计划停水通知", "提前24小时通知", "均提前24小时以上通知", "met", _lead("均提前24小时以上通知", "提前24小时通知", met=True), ["missing-category"], id="all-at-least-as-early"),
    pytest.param("计划停水通知", "提前24小时通知", "提前24小时以上通知", "met", _lead("提前24小时以上通知", "提前24小时通知", met=True), ["missing-category"], id="at-least-as-early"),
    pytest.param("计划停水通知", "提前24小时通知", "提前2天通知", "met", _lead("提前2天通知", "提前24小时通知", met=True), ["missing-category"], id="days-against-hours"),
    pytest.param("计划停水通知", "提前24小时通知", "提前12小时通知", "not_met", _lead("提前12小时通知", "提前24小时通知", met=False), ["missing-deviation-reason", "missing-category"], id="later-notice"),
    pytest.param("线路调整公示", "调整前7日公示", "均提前7天以上公示", "met", _lead("均提前7天以上公示", "调整前7日公示", met=True), ["missing-category"], id="days-before-change"),
    pytest.param("线路调整公示", "调整前7日公示", "提前3天公示", "not_met", _lead("提前3天公示", "调整前7日公示", met=False), ["missing-deviation-reason", "missing-category"], id="days-before-change-short"),
    # the actual worded as the target is (regress44 W1: unknown, and no finding)
    pytest.param("线路调整公示", "调整前7日公示", "调整前3日公示", "not_met", _lead("调整前3日公示", "调整前7日公示", met=False), ["missing-deviation-reason", "missing-category"], id="days-before-change-as-worded-short"),
    pytest.param("线路调整公示", "调整前7日公示", "调整前10日公示", "met", _lead("调整前10日公示", "调整前7日公示", met=True), ["missing-category"], id="days-before-change-as-worded"),
    # a week, in Chinese numerals too (the report's leftover: a silent unknown)
    pytest.param("线路调整公示", "调整前7日公示", "调整前一周公示", "met", _lead("调整前一周公示", "调整前7日公示", met=True), ["missing-category"], id="a-week-before"),
    pytest.param("线路调整公示", "提前一周通知", "提前两天通知", "not_met", _lead("提前两天通知", "提前一周通知", met=False), ["missing-deviation-reason", "missing-category"], id="two-days-of-a-week"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), LEAD_ROWS
)
def test_lead_time(  # noqa: PLR0913, PLR0917 - one argument per column of the table
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator(name, target, actual, level2="时效指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids
