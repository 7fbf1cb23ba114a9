"""Value cells from the regress93 audit of the p37/pd25 scoring fixes.

- G1: a two-group satisfaction name (``学生及家长满意度``, ``师生满意度``) is judged on the
  worse group whatever the groups' labels (``学生93.5%``, ``学生满意度：93.5%``) and
  separators (``，``, ``、``, ``；``); U1: the explanation names the group taken.
- G2: against ``消除劣Ⅴ类水体``, an actual saying 劣Ⅴ类 water remains (``未消除劣Ⅴ类水体``,
  ``仍有两处劣Ⅴ类``, ``劣Ⅴ类水体尚未消除``) is not met (pending mid-year).

Each case is a table written as text and the exact verdict it gives.
"""

from __future__ import annotations

import pytest

from test_scoring_p37 import self_verdict, track_verdict

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
