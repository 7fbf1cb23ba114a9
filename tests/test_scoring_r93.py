"""Value cells from the regress93 audit of the p37/pd25 scoring fixes.

- G1: a two-group satisfaction name (``学生及家长满意度``, ``师生满意度``) is judged on the
  worse group whatever the groups' labels (``学生93.5%``, ``学生满意度：93.5%``) and
  separators (``，``, ``、``, ``；``); U1: the explanation names the group taken.
- G2: against ``消除劣Ⅴ类水体``, an actual saying 劣Ⅴ类 water remains (``未消除劣Ⅴ类水体``,
  ``仍有两处劣Ⅴ类``, ``劣Ⅴ类水体尚未消除``) is not met (pending mid-year).
- G3: mid-year, a plan per period (``每月1次``) against a count to date (``4次`` over
  1-6月) is the plan kept over the span (6次): behind.
- G4: an amount per person and period in units (``1000元/人·年``) against a rate of another
  period of the year (``≥90元/人·月``) is converted as the phrase form (``每人每年1000元``) is.
- G7: against a bare direction (``下降``) planned ``下降5%``, a change the other way
  (``上升8%``) is behind, shown with its sign.

Each case is a table written as text and the exact verdict it gives.
"""

from __future__ import annotations

import pytest

from probe_tables import self_verdict, track_verdict

# ---------------------------------------------------------------------------
# G1 / U1: a two-group satisfaction row is judged on the worse group, and says so


@pytest.mark.parametrize(
    ("name", "actual", "expected", "explanation"),
    [
        pytest.param(
            "学生及家长满意度",
            "学生93.5%，家长88.2%",
            "not_met",
            "实际家长88.2%（两类对象中较低者），未达年度指标≥90%",
            id="bare-groups",
        ),
        pytest.param(
            "学生及家长满意度",
            "学生满意度93.5%，家长满意度88.2%",
            "not_met",
            "实际家长满意度88.2%（两类对象中较低者），未达年度指标≥90%",
            id="labelled-groups",
        ),
        pytest.param(
            "学生及家长满意度",
            "学生满意度93.5%、家长满意度88.2%",
            "not_met",
            "实际家长满意度88.2%（两类对象中较低者），未达年度指标≥90%",
            id="enumeration-comma",
        ),
        pytest.param(
            "学生及家长满意度",
            "学生满意度：93.5%；家长满意度：88.2%",
            "not_met",
            "实际家长满意度88.2%（两类对象中较低者），未达年度指标≥90%",
            id="colon-semicolon",
        ),
        pytest.param(
            "家长及学生满意度",
            "学生93.5%；家长91%",
            "met",
            "实际家长91%（两类对象中较低者），达到年度指标≥90%",
            id="both-meet",
        ),
        pytest.param(
            "师生满意度",
            "学生满意度88%，教师满意度95%",
            "not_met",
            "实际学生满意度88%（两类对象中较低者），未达年度指标≥90%",
            id="teachers-and-students",
        ),
        # near misses: a third group, a group's rate twice
        pytest.param(
            "学生及家长满意度",
            "学生93.5%，家长88.2%，教师95%",
            "unknown",
            "实际“学生93.5%，家长88.2%，教师95%”不是数值，无法与年度指标比较",
            id="third-group",
        ),
        pytest.param(
            "学生及家长满意度",
            "学生93.5%，学生88.2%",
            "unknown",
            "实际“学生93.5%，学生88.2%”不是数值，无法与年度指标比较",
            id="one-group-twice",
        ),
    ],
)
def test_two_group_satisfaction(name: str, actual: str, expected: str, explanation: str) -> None:
    verdict = self_verdict(name, "≥90%", actual)
    assert (verdict.attainment.value, verdict.explanation) == (expected, explanation)


def test_two_group_satisfaction_tracking() -> None:
    verdict = track_verdict("学生及家长满意度", "≥90%", "≥90%", "学生93.5%，家长88.2%")
    assert (verdict.progress.value, verdict.explanation) == (
        "behind",
        (
            "实际家长88.2%（两类对象中较低者），未达年度指标≥90%，距年底尚有时间；"
            "实际88.2%落后于计划不低于90%"
        ),
    )


# ---------------------------------------------------------------------------
# G2: 劣Ⅴ类 water remaining misses 消除劣Ⅴ类水体


@pytest.mark.parametrize(
    ("actual", "expected", "explanation"),
    [
        pytest.param(
            "未消除劣Ⅴ类水体",
            "not_met",
            "实际“未消除劣Ⅴ类水体”，仍有劣Ⅴ类水体，未达年度指标",
            id="not-eliminated",
        ),
        pytest.param(
            "劣Ⅴ类水体尚未消除",
            "not_met",
            "实际“劣Ⅴ类水体尚未消除”，仍有劣Ⅴ类水体，未达年度指标",
            id="not-yet-eliminated-after",
        ),
        pytest.param(
            "仍有2处劣Ⅴ类",  # noqa: RUF001
            "not_met",
            "实际“仍有2处劣Ⅴ类”，仍有劣Ⅴ类水体，未达年度指标",  # noqa: RUF001
            id="two-left",
        ),
        pytest.param(
            "剩余1处劣Ⅴ类水体",  # noqa: RUF001
            "not_met",
            "实际“剩余1处劣Ⅴ类水体”，仍有劣Ⅴ类水体，未达年度指标",  # noqa: RUF001
            id="one-remaining",
        ),
        pytest.param(
            "已消除3处，剩余1处劣Ⅴ类",  # noqa: RUF001
            "not_met",
            "实际“已消除3处，剩余1处劣Ⅴ类”，仍有劣Ⅴ类水体，未达年度指标",  # noqa: RUF001
            id="some-eliminated-one-left",
        ),
        # unchanged: a part, the whole eliminated, none left or a denial of any left
        pytest.param(
            "基本消除劣Ⅴ类水体",
            "partial",
            "实际“基本消除劣Ⅴ类水体”，程度低于年度指标“消除劣Ⅴ类水体”，部分达成",
            id="mostly-eliminated",
        ),
        pytest.param(
            "劣Ⅴ类水体全部消除",
            "met",
            "实际“劣Ⅴ类水体全部消除”，已消除劣Ⅴ类水体，达到年度指标",
            id="all-eliminated",
        ),
        pytest.param(
            "已不存在劣Ⅴ类水体",
            "unknown",
            "年度指标为文字描述，实际完成情况需人工判断",
            id="none-exists",
        ),
        pytest.param(
            "剩余0处劣Ⅴ类",  # noqa: RUF001
            "unknown",
            "年度指标为文字描述，实际完成情况需人工判断",
            id="zero-left",
        ),
    ],
)
def test_class_remaining(actual: str, expected: str, explanation: str) -> None:
    verdict = self_verdict("河道水质", "消除劣Ⅴ类水体", actual)
    assert (verdict.attainment.value, verdict.explanation) == (expected, explanation)


def test_class_remaining_mid_year() -> None:
    verdict = track_verdict("河道水质", "消除劣Ⅴ类水体", "消除劣Ⅴ类水体", "仍有2处劣Ⅴ类")  # noqa: RUF001
    assert (verdict.attainment.value, verdict.explanation) == (
        "pending",
        "实际“仍有2处劣Ⅴ类”，仍有劣Ⅴ类水体，距年底尚有时间",  # noqa: RUF001
    )


# ---------------------------------------------------------------------------
# G3: a plan per period is kept over the table's months


def half_year_progress(target: str, plan: str, actual: str) -> tuple[str, str]:
    """The progress of one row of a 1-6月 跟踪表 and its explanation's last clause."""
    verdict = track_verdict("检查", target, plan, actual, months=6)
    return verdict.progress.value, verdict.explanation.rpartition("；")[2]


@pytest.mark.parametrize(
    ("target", "plan", "actual", "expected"),
    [
        pytest.param(
            "每月1次",
            "每月1次",
            "4次",
            ("behind", "实际4次落后于计划1次（每月，6个月计6次）"),
            id="monthly-plan-behind",
        ),
        pytest.param(
            "≥12次",
            "每月1次",
            "累计4次",
            ("behind", "实际4次落后于计划1次（每月，6个月计6次）"),
            id="count-target-monthly-plan",
        ),
        pytest.param(
            "每季度1次",
            "每季度1次",
            "1次",
            ("behind", "实际1次落后于计划1次（每季度，6个月计2次）"),
            id="quarterly-plan-behind",
        ),
        pytest.param(
            "每月1次",
            "每月1次",
            "6次",
            ("on_track", "实际6次，未达年度指标=12次，距年底尚有时间"),
            id="monthly-plan-kept",
        ),
        # unchanged: a plan of the count to date, an actual per month
        pytest.param(
            "每月1次", "6次", "4次", ("behind", "实际4次落后于计划6次"), id="plan-to-date"
        ),
        pytest.param(
            "每月1次",
            "每月1次",
            "每月1次",
            ("on_track", "实际1次，达到年度指标=1次"),
            id="both-per-month",
        ),
    ],
)
def test_plan_per_period(target: str, plan: str, actual: str, expected: tuple[str, str]) -> None:
    assert half_year_progress(target, plan, actual) == expected


# ---------------------------------------------------------------------------
# G4: an amount per person and period in units is converted to the target's period


@pytest.mark.parametrize(
    ("target", "actual", "expected", "explanation"),
    [
        pytest.param(
            "≥90元/人·月",
            "1000元/人·年",
            "not_met",
            "实际83.33…元/人·月，未达年度指标≥90元/人·月",
            id="year-over-months",
        ),
        pytest.param(
            "≥83.33元/人·月",
            "1000元/人·年",
            "met",
            "实际83.33…元/人·月，达到年度指标≥83.33元/人·月",
            id="year-over-months-met",
        ),
        pytest.param(
            "≥1200元/人·年",
            "100元/人·月",
            "met",
            "实际1200元/人·年，达到年度指标≥1200元/人·年",
            id="month-times-twelve",
        ),
        pytest.param(
            "≤1000元/人·年",
            "90元/人·月",
            "not_met",
            "实际1080元/人·年，超出年度指标≤1000元/人·年",
            id="month-times-twelve-ceiling",
        ),
        # unchanged: a day's rate, another person
        pytest.param(
            "≤30元/人·天",
            "9000元/人·年",
            "unknown",
            "实际9000元/人·年与年度指标≤30元/人·天单位不可比",
            id="day-apart",
        ),
        pytest.param(
            "≥90元/人·月",
            "1000元/户·年",
            "unknown",
            "实际1000元/户·年与年度指标≥90元/人·月单位不可比",
            id="other-person",
        ),
    ],
)
def test_slashed_period_rate(target: str, actual: str, expected: str, explanation: str) -> None:
    verdict = self_verdict("人均生活补助", target, actual)
    assert (verdict.attainment.value, verdict.explanation) == (expected, explanation)


# ---------------------------------------------------------------------------
# G7: a change the other way from the plan, under a bare direction


@pytest.mark.parametrize(
    ("name", "target", "plan", "actual", "expected"),
    [
        pytest.param(
            "事故发生率",
            "下降",
            "下降5%",
            "上升2%",
            ("behind", "实际上升2%落后于计划下降5%"),
            id="rise-small",
        ),
        pytest.param(
            "事故发生率",
            "下降",
            "下降5%",
            "上升8%",
            ("behind", "实际上升8%落后于计划下降5%"),
            id="rise-large",
        ),
        pytest.param(
            "收入增长",
            "增长",
            "增长5%",
            "下降8%",
            ("behind", "实际下降8%落后于计划增长5%"),
            id="fall-against-growth",
        ),
        # unchanged: the same direction compares the sizes
        pytest.param(
            "事故发生率",
            "下降",
            "下降5%",
            "下降2%",
            ("behind", "实际2%落后于计划5%"),
            id="smaller-fall",
        ),
    ],
)
def test_opposite_change_progress(
    name: str, target: str, plan: str, actual: str, expected: tuple[str, str]
) -> None:
    verdict = track_verdict(name, target, plan, actual)
    assert (verdict.progress.value, verdict.explanation.rpartition("；")[2]) == expected


@pytest.mark.parametrize(
    ("target", "plan", "actual", "expected"),
    [
        pytest.param(
            "≥1200元/人·年",
            "100元/人·月",
            "90元/人·月",
            ("behind", "实际1080元/人·年落后于计划1200元/人·年"),
            id="month-plan-and-actual-to-year",
        ),
        pytest.param(
            "≥90元/人·月",
            "1000元/人·年",
            "800元/人·年",
            ("behind", "实际66.66…元/人·月落后于计划83.33…元/人·月"),
            id="year-plan-and-actual-to-month",
        ),
    ],
)
def test_slashed_period_rate_progress(
    target: str, plan: str, actual: str, expected: tuple[str, str]
) -> None:
    verdict = track_verdict("人均生活补助", target, plan, actual)
    assert (verdict.progress.value, verdict.explanation.rpartition("；")[2]) == expected
