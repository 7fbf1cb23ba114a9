"""regress95 W1: a 合格率 at 0 whose cell or reason says no check has happened is unrated.

ecf0b2c took any note in the actual cell and any ``不合格`` in the reason as a check, so
``0（待验收）``, ``0%（未送检）``, ``尚未抽检，暂无不合格记录`` and ``已送检，检测报告尚未出具``
turned into 进度落后于跟踪期计划. The note and the reason are now read alike: a stated
failure (``均不合格``, ``未达标``) is a check, a clause saying no result yet (未/待 with
检/验/测) is not. Each table is written here as text; each case names exact sentences.
"""

from __future__ import annotations

import pytest
from tests.test_review_r91 import _letter, _tracking

_UNRATED = (
    "存在以下问题：有1项指标的合格率填报为0，尚无验收或检查结果（“设备抽检合格率”）。"
    "建议尚未验收的注明验收安排。"
)
_BEHIND = "一是有1项指标进度落后于跟踪期计划（“设备抽检合格率”）；"
_BEHIND_UNEXPLAINED = "一是有1项指标进度落后于跟踪期计划且未分析原因（“设备抽检合格率”）；"


@pytest.mark.parametrize(
    ("actual", "reason", "expected"),
    [
        pytest.param("0（待验收）", "", _UNRATED, id="note-to-be-accepted"),
        pytest.param("0%（未送检）", "", _UNRATED, id="note-not-sent"),
        pytest.param("0%（尚未检测）", "", _UNRATED, id="note-not-yet-tested"),
        pytest.param("0", "尚未抽检，暂无不合格记录", _UNRATED, id="no-failure-on-record"),
        pytest.param("0", "无不合格情况，尚未组织验收", _UNRATED, id="no-failure-not-accepted"),
        pytest.param(
            "0", "暂未验收，不合格问题待整改后复查", _UNRATED, id="failure-left-for-later"
        ),
        pytest.param("0%", "已送检，检测报告尚未出具", _UNRATED, id="sent-no-report-yet"),
        pytest.param("0%（抽检3批次均不合格）", "", _BEHIND_UNEXPLAINED, id="note-all-failed"),
        pytest.param("0%", "已送检5批次，检测结果均不合格", _BEHIND, id="sent-and-failed"),
        pytest.param("0", "经检查，全部未达标", _BEHIND, id="checked-none-up-to-standard"),
    ],
)
def test_pass_rate_zero_checked_or_not(actual: str, reason: str, expected: str) -> None:
    letter = _letter(_tracking([["设备抽检合格率", "100%", "100%", actual, reason]]))
    assert expected in letter
    if expected == _UNRATED:
        assert "进度落后" not in letter
    else:
        assert "尚无验收或检查结果" not in letter
