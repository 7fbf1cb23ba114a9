"""r105b: a remainder said beside work done, against a zero, 清零 or 全部 target.

``已整改5处（尚有2处）`` against ``动态清零`` was met, "已完成": the done-status path ran before
the zero family and ignored what the note or a later clause says is still left (尚有/仍有/剩余/
还有 N处, ``N处未整改``, ``未完成整改N处``). A remainder above zero is not_met (pending before the
due date in a tracking table), the explanation naming it; ``（尚有0处）`` and no remainder keep
the old verdict. The two-clause form ``已消除3处，仍有1处未消除`` (was unknown) is not_met like the
note form ``已消除3处（剩余1处）`` (regress105 W4).
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict


def _left_param(actual: str, left: str, name: str) -> object:
    return pytest.param("动态清零", actual, _left(actual, left), id=name)


def _left(actual: str, left: str, target: str = "动态清零") -> tuple[str, str]:
    return ("not_met", f"实际“{actual}”，仍有{left}未完成，未达到“{target}”")


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "动态清零",
            "已整改5处（尚有2处）",
            _left("已整改5处（尚有2处）", "2处"),
            id="done-with-remainder-in-note",
        ),
        pytest.param(
            "动态清零",
            "已完成（尚有2处）",
            _left("已完成（尚有2处）", "2处"),
            id="done-word-with-remainder-in-note",
        ),
        pytest.param(
            "动态清零",
            "已完成，仍有2处未整改",
            _left("已完成，仍有2处未整改", "2处"),
            id="done-then-still-left-clause",
        ),
        pytest.param(
            "动态清零",
            "已消除3处，仍有1处未消除",
            _left("已消除3处，仍有1处未消除", "1处"),
            id="two-clause-as-note-form",
        ),
        pytest.param(
            "动态清零",
            "已整改5处，2处未整改",
            _left("已整改5处，2处未整改", "2处"),
            id="count-not-fixed-clause",
        ),
        pytest.param(
            "动态清零",
            "已整改5处，未完成整改2处",
            _left("已整改5处，未完成整改2处", "2处"),
            id="not-finished-fixing-clause",
        ),
        pytest.param(
            "全部整改",
            "已整改5处（尚有2处）",
            _left("已整改5处（尚有2处）", "2处", "全部整改"),
            id="all-target",
        ),
        pytest.param(
            "全部清零",
            "已整改5处，2处未整改",
            _left("已整改5处，2处未整改", "2处", "全部清零"),
            id="all-cleared-target-clause",
        ),
        pytest.param(
            "动态清零",
            "已消除3处（剩余1处）",
            _left("已消除3处（剩余1处）", "1处"),
            id="control-note-form-w4",
        ),
        # regress106 W1: a span of time left (3个月) is no item open; 2个 items is
        pytest.param(
            "动态清零",
            "排查隐患9处，已整改9处，还有3个月巡查期",
            (
                "unknown",
                "实际“排查隐患9处，已整改9处，还有3个月巡查期”无法与年度指标“动态清零”对照",
            ),
            id="months-left-no-item",
        ),
        pytest.param(
            "全部整改",
            "已整改10处，还有3个月完成",
            ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
            id="months-to-finish-no-item",
        ),
        pytest.param(
            "全部整改",
            "已整改7处，剩余1个月进入复查",
            ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
            id="month-left-no-item",
        ),
        _left_param("已整改5处（尚有2个）", "2个", "items-with-ge"),
        _left_param("已整改5处，2个未整改", "2个", "items-with-ge-undone"),
        pytest.param(
            "动态清零",
            "已整改5处（尚有0处）",
            ("met", "实际“已整改5处（尚有0处）”，已完成"),
            id="control-none-left",
        ),
        pytest.param(
            "动态清零",
            "已整改5处",
            ("met", "实际“已整改5处”，已完成"),
            id="control-no-remainder",
        ),
        pytest.param(
            "全部整改",
            "已整改5处（尚有0处）",
            ("met", "实际“已整改5处（尚有0处）”，已完成"),
            id="control-all-target-none-left",
        ),
        pytest.param(
            "全部完成",
            "已完成（尚有2处）",
            ("met", "实际“已完成（尚有2处）”，已完成"),
            id="control-all-done-target-no-clearing",
        ),
        pytest.param(
            "按时完成",
            "已整改5处（尚有2处）",
            ("met", "实际“已整改5处（尚有2处）”，已完成"),
            id="control-target-not-all",
        ),
    ],
)
def test_remainder_beside_work_done(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("隐患整改", target, actual) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "已整改5处（尚有2处）",
            ("pending", "实际“已整改5处（尚有2处）”，仍有2处未完成，距年底尚有时间"),
            id="tracking-remainder-in-note",
        ),
        pytest.param(
            "已消除3处，仍有1处未消除",
            ("pending", "实际“已消除3处，仍有1处未消除”，仍有1处未完成，距年底尚有时间"),
            id="tracking-two-clause",
        ),
    ],
)
def test_remainder_pending_in_tracking(actual: str, expected: tuple[str, str]) -> None:
    found = track_verdict("隐患整改", "动态清零", "动态清零", actual)
    assert (found.attainment.value, found.explanation) == expected
