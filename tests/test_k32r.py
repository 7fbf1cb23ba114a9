"""Graded accidents, multi-year totals and ditto marks in the target column (k32r).

regress57 #9: a none of one grade of accident (``未发生较大事故``) met a target of none of
a lower grade and those above (``不发生一般及以上事故``); it leaves the lower grade open.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict


def _open(said: str, left: str, target: str) -> str:
    return f"实际只说明未发生{said}，不能确定是否发生{left}，是否达到“{target}”需人工判断"


def _met(actual: str, target: str) -> str:
    return f"实际“{actual}”，达到“{target}”"


GRADED = [
    # a higher grade alone leaves the lower ones open
    pytest.param("安全事故", "不发生一般及以上事故", "未发生较大事故", "unknown", _open("较大事故", "一般事故", "不发生一般及以上事故"), id="higher-grade"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生重大事故", "unknown", _open("重大事故", "较大事故", "不发生较大及以上事故"), id="higher-grade-2"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生重特大事故", "unknown", _open("重特大事故", "较大事故", "不发生较大及以上事故"), id="serious-and-grave"),
    pytest.param("安全生产事故", "不发生安全事故", "未发生重大事故", "unknown", _open("重大事故", "一般、较大安全事故", "不发生安全事故"), id="no-grade-target"),
    pytest.param("森林火灾", "不发生较大及以上森林火灾", "未发生重大森林火灾", "unknown", _open("重大森林火灾", "较大森林火灾", "不发生较大及以上森林火灾"), id="fire"),
    # a lower grade alone says nothing of those above
    pytest.param("安全事故", "不发生较大及以上事故", "未发生一般事故", "unknown", _open("一般事故", "较大及以上事故", "不发生较大及以上事故"), id="lower-grade"),
    pytest.param("安全事故", "不发生一般及以上事故", "未发生一般事故", "unknown", _open("一般事故", "较大及以上事故", "不发生一般及以上事故"), id="least-grade-alone"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生较大事故", "unknown", _open("较大事故", "重大及以上事故", "不发生较大及以上事故"), id="same-grade-alone"),
    # as low and those above, or the whole event: met
    pytest.param("安全事故", "不发生一般及以上事故", "未发生一般及以上事故", "met", _met("未发生一般及以上事故", "不发生一般及以上事故"), id="same-and-above"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生一般及以上事故", "met", _met("未发生一般及以上事故", "不发生较大及以上事故"), id="lower-and-above"),
    pytest.param("安全事故", "不发生一般及以上事故", "未发生安全事故", "met", _met("未发生安全事故", "不发生一般及以上事故"), id="no-grade-actual"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生任何事故", "met", _met("未发生任何事故", "不发生较大及以上事故"), id="any-accident"),
    pytest.param("安全事故", "不发生一般及以上事故", "零事故", "met", _met("零事故", "不发生一般及以上事故"), id="zero-accidents"),
    # 重大 said alone is 重大 and above, as it is used
    pytest.param("安全事故", "不发生重大及以上事故", "未发生重大事故", "met", _met("未发生重大事故", "不发生重大及以上事故"), id="serious-kept"),
    pytest.param("安全事故", "杜绝重特大事故", "未发生重大事故", "met", _met("未发生重大事故", "杜绝重特大事故"), id="grave-kept"),
    pytest.param("安全事故", "不发生重大及以上安全生产事故", "未发生重大安全生产事故", "met", _met("未发生重大安全生产事故", "不发生重大及以上安全生产事故"), id="serious-long-kept"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), GRADED)
def test_graded_accident(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading(name, target, actual) == (attainment, explanation)


def test_graded_accident_tracking() -> None:
    verdict = track_verdict("安全事故", "不发生一般及以上事故", "", "未发生较大事故", months=12)
    assert (verdict.attainment.value, verdict.explanation) == (
        "unknown",
        _open("较大事故", "一般事故", "不发生一般及以上事故"),
    )
