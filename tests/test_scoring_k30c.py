"""A same-day target missed by the next day, a plan due after the period (k30c; parse54 H1, H2).

H1: ``当日办结``, ``即办``, ``当场办结`` as a target read ``≤1(个工作日)`` with the words as
the note; that one working day is the day the work came in, so ``次日办结``, ``次日``,
``T+1`` are past it (not met, behind a plan of the same day). A printed ``≤1个工作日`` or
``1个工作日内`` counts the working days after the start (parse27 M3): the next day meets
it, as before. The same day, ``即办``, ``0个工作日`` and ``1小时内办结`` meet a same-day
target, as before.

H2: in a 跟踪表 a plan that puts its work after the tracked period (``下半年开展`` to June,
``四季度验收``, ``年底评价``, ``12月开展`` to September, a date after its end) or a plan of
0 asked nothing yet: ``未开展`` is on track, not behind. A plan whose time ends within the
period (``6月开展`` or ``三季度开展`` to September, ``上半年开展`` to June) was due, and
``未开展`` stays behind.
"""

from __future__ import annotations

import pytest

from perftrack.expressions import Part
from perftrack.expressions._dates import match_scheduled
from probe_tables import self_reading, track_verdict

NEXT_DAY_MISSED = "实际超过1个工作日，超出年度指标≤1个工作日"
DAY_MET = "实际1个工作日，达到年度指标≤1个工作日"
SAME_DAY_MET = "实际不超过1个工作日，达到年度指标≤1个工作日"

SELF_CASES = [
    # the next day against a same-day target: not met
    pytest.param("处置时间", "当日办结", "次日办结", ("not_met", NEXT_DAY_MISSED), id="next-day"),
    pytest.param(
        "即办件",
        "当日办结",
        "次日",
        ("not_met", "实际超过1个工作日已超出年度上限≤1个工作日"),
        id="next-day-bare",
    ),
    pytest.param("处置时间", "即办", "次日办结", ("not_met", NEXT_DAY_MISSED), id="immediate"),
    pytest.param("处置时间", "当场办结", "T+1", ("not_met", NEXT_DAY_MISSED), id="on-the-spot-t1"),
    pytest.param(
        "处置时间",
        "当日办结",
        "次日办结（遇节假日顺延）",
        ("not_met", NEXT_DAY_MISSED),
        id="next-day-holiday-note",
    ),
    pytest.param(
        "缴库时间",
        "即时办结",
        "次日缴库（未出现延迟）",
        ("not_met", "实际超过1个工作日已超出年度上限≤1个工作日"),
        id="next-day-no-delay-note",
    ),
    # neighbours: as before
    pytest.param("处置时间", "当日办结", "当日办结", ("met", SAME_DAY_MET), id="same-day"),
    pytest.param("处置时间", "当日办结", "当天办结", ("met", SAME_DAY_MET), id="same-day-tian"),
    pytest.param("处置时间", "当日办结", "即办", ("met", SAME_DAY_MET), id="immediate-done"),
    pytest.param("即办件", "即时办结", "当日办结", ("met", SAME_DAY_MET), id="immediate-target"),
    pytest.param(
        "处置时间",
        "当日办结",
        "0个工作日",
        ("met", "实际0个工作日，达到年度指标≤1个工作日"),
        id="zero-days",
    ),
    pytest.param(
        "处置时间",
        "当日办结",
        "1小时内办结",
        ("met", "实际不超过1小时（按每个工作日8小时计），达到年度指标≤1个工作日"),
        id="within-an-hour",
    ),
    pytest.param(
        "处置时间",
        "当日办结",
        "当日",
        ("met", "实际0个工作日，达到年度指标≤1个工作日"),
        id="day-of-work-same",
    ),
    pytest.param(
        "处置时间",
        "当日办结",
        "T+0",
        ("met", "实际0个工作日，达到年度指标≤1个工作日"),
        id="day-of-work-t0",
    ),
    pytest.param("处置时间", "当日办结", "1个工作日", ("met", DAY_MET), id="one-working-day"),
    pytest.param("处置时间", "≤1个工作日", "次日办结", ("met", DAY_MET), id="printed-limit"),
    pytest.param("处置时间", "1个工作日内办结", "次日办结", ("met", DAY_MET), id="printed-within"),
    pytest.param(
        "缴库时间", "收缴后1个工作日内", "次日缴库", ("met", DAY_MET), id="printed-after-receipt"
    ),
    pytest.param(
        "处置时间",
        "当日办结",
        "3个工作日",
        ("not_met", "实际3个工作日，超出年度指标≤1个工作日"),
        id="three-days",
    ),
    pytest.param(
        "处置时间",
        "当天办结",
        "第二天办结",
        # 第二天 is 次日 (k30h): it was "不是数值", unknown
        ("not_met", "实际超过1个工作日，超出年度指标≤1个工作日"),
        id="second-day-words",
    ),
    pytest.param(
        "缴库时间",
        "当日缴库",
        "次日缴库",
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="descriptive-same-day",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), SELF_CASES)
def test_same_day_target(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading(name, target, actual) == expected


# (months, name, target, plan, actual) → (attainment, progress, explanation)
TRACK_CASES = [
    # H1 in a 跟踪表
    pytest.param(
        (9, "办结时限", "当日办结", "当日办结", "次日办结"),
        (
            "not_met",
            "behind",
            (
                "实际超过1个工作日已超出时限≤1个工作日，超时的办件无法挽回；"
                "实际超过1个工作日超出计划不超过1个工作日"
            ),
        ),
        id="next-day-against-same-day-plan",
    ),
    pytest.param(
        (9, "办结时限", "当日办结", "当日办结", "当日办结"),
        ("met", "on_track", SAME_DAY_MET),
        id="same-day-as-planned",
    ),
    pytest.param(
        (9, "办结时限", "≤1个工作日", "≤1个工作日", "次日办结"),
        ("met", "on_track", DAY_MET),
        id="printed-limit-next-day",
    ),
    # H2: a plan due after the period
    pytest.param(
        (6, "宣传活动次数", "≥4次", "下半年开展", "未开展"),
        ("pending", "on_track", "实际“未开展”，尚未完成，距截止尚有时间"),
        id="second-half-to-june",
    ),
    pytest.param(
        (9, "宣传活动次数", "≥4次", "下半年开展", "未开展"),
        ("pending", "on_track", "实际“未开展”，尚未完成，距截止尚有时间"),
        id="second-half-to-september",
    ),
    pytest.param(
        (9, "脱贫户满意度", "≥95%", "年底评价", "暂未开展"),
        ("pending", "on_track", "实际“暂未开展”，尚未完成，距截止尚有时间"),
        id="year-end-survey",
    ),
    pytest.param(
        (9, "竣工验收", "2025年12月底前", "四季度验收", "未开展"),
        ("pending", "on_track", "实际“未开展”，截止日期2025-12-31未到"),
        id="fourth-quarter",
    ),
    pytest.param(
        (9, "竣工验收", "2025年12月底前", "2025年12月底前", "未开展"),
        ("pending", "on_track", "实际“未开展”，截止日期2025-12-31未到"),
        id="plan-date-after-period",
    ),
    pytest.param(
        (9, "满意度", "≥90%", "12月开展", "未开展"),
        ("pending", "on_track", "实际“未开展”，尚未完成，距截止尚有时间"),
        id="december",
    ),
    pytest.param(
        (9, "宣传活动次数", "≥4次", "拟于11月开展", "尚未开展"),
        ("pending", "on_track", "实际“尚未开展”，尚未完成，距截止尚有时间"),
        id="november-with-lead-in",
    ),
    pytest.param(
        (6, "宣传活动次数", "≥4次", "7月开展", "未开展"),
        ("pending", "on_track", "实际“未开展”，尚未完成，距截止尚有时间"),
        id="july-to-june",
    ),
    pytest.param(
        (9, "宣传活动次数", "≥4次", "下半年开展", "部分开展"),
        ("pending", "on_track", "实际“部分开展”，部分完成，距年底尚有时间"),
        id="part-done-of-later-plan",
    ),
    pytest.param(
        (9, "满意度", "≥90%", "0", "未开展"),
        ("pending", "on_track", "实际“未开展”，尚未完成，距截止尚有时间"),
        id="plan-of-zero",
    ),
    pytest.param(
        (9, "宣传活动次数", "≥4次", "0次", "未开展"),
        ("pending", "on_track", "实际“未开展”，尚未完成，距截止尚有时间"),
        id="plan-of-zero-count",
    ),
    # neighbours: a plan due within the period stays behind
    pytest.param(
        (9, "满意度", "≥90%", "6月开展", "未开展"),
        (
            "pending",
            "behind",
            "实际“未开展”，尚未完成，距截止尚有时间；实际“未开展”未达到计划“6月开展”",
        ),
        id="june-to-september",
    ),
    pytest.param(
        (9, "满意度", "≥90%", "9月开展", "未开展"),
        (
            "pending",
            "behind",
            "实际“未开展”，尚未完成，距截止尚有时间；实际“未开展”未达到计划“9月开展”",
        ),
        id="september-to-september",
    ),
    pytest.param(
        (9, "宣传活动次数", "≥4次", "三季度开展", "未开展"),
        (
            "pending",
            "behind",
            "实际“未开展”，尚未完成，距截止尚有时间；实际“未开展”未达到计划“三季度开展”",
        ),
        id="third-quarter-to-september",
    ),
    pytest.param(
        (6, "宣传活动次数", "≥4次", "上半年开展", "未开展"),
        (
            "pending",
            "behind",
            "实际“未开展”，尚未完成，距截止尚有时间；实际“未开展”未达到计划“上半年开展”",
        ),
        id="first-half-to-june",
    ),
    pytest.param(
        (9, "竣工验收", "2025年12月底前", "6月底前完成", "未完成"),
        (
            "pending",
            "behind",
            "实际“未完成”，截止日期2025-12-31未到；实际“未完成”未达到计划“6月底前完成”",
        ),
        id="june-deadline-to-september",
    ),
    pytest.param(
        (9, "宣传活动次数", "≥4次", "2次", "未开展"),
        (
            "pending",
            "behind",
            "实际“未开展”，尚未完成，距截止尚有时间；实际“未开展”未达到计划“2次”",
        ),
        id="plan-of-two",
    ),
    pytest.param(
        (9, "满意度", "≥90%", "年底测评", "暂未测评"),
        # on track as 未开展 is (parse55 M9: it was unknown)
        ("pending", "on_track", "实际“暂未测评”，满意度调查尚未完成，截止日期未到"),
        id="survey-words-in-actual",
    ),
    pytest.param(
        (9, "安全事故", "0起", "0", "未发生"),
        ("met", "on_track", "实际0起，达到年度指标=0起"),
        id="zero-plan-none-happened",
    ),
]


@pytest.mark.parametrize(("row", "expected"), TRACK_CASES)
def test_tracked_row(row: tuple[int, str, str, str, str], expected: tuple[str, str, str]) -> None:
    months, name, target, plan, actual = row
    found = track_verdict(name, target, plan, actual, months)
    assert (found.attainment.value, found.progress.value, found.explanation) == expected


SCHEDULED = [
    pytest.param("下半年开展", (2025, None, None, Part.HALF_2), id="second-half"),
    pytest.param("年底评价", (2025, None, None, Part.YEAR_END), id="year-end"),
    pytest.param("四季度验收", (2025, None, None, Part.QUARTER_4), id="fourth-quarter"),
    pytest.param("12月开展", (2025, 12, None, Part.MONTH), id="month"),
    pytest.param("拟于11月开展", (2025, 11, None, Part.MONTH), id="lead-in"),
    pytest.param("计划下半年开展", (2025, None, None, Part.HALF_2), id="planned"),
    pytest.param("10月上旬开展", (2025, 10, None, Part.EARLY), id="xun"),
    pytest.param("年底前完成", (2025, None, None, Part.YEAR_END), id="year-end-before"),
    pytest.param("2026年开展", (2026, None, None, Part.YEAR), id="next-year"),
    pytest.param("6月未开展", None, id="not-done-no-plan"),
    pytest.param("下半年已完成", None, id="done-no-plan"),
    pytest.param("年度考核", None, id="bare-year-word"),
    pytest.param("开展", None, id="no-time"),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULED)
def test_match_scheduled(text: str, expected: tuple[int, int | None, None, Part] | None) -> None:
    found = match_scheduled(text, 2025)
    assert (found[:4] if found is not None else None) == expected
