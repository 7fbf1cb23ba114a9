"""k26c: zero ceilings and zero targets against counts of other things; levels against changes.

1. A count against a zero ceiling that is not a count of the row's event: an ungraded fire
   on 较大及以上森林火灾, a traffic accident said 非生产经营性 on 安全生产事故, a hazard fixed
   (整改事故隐患1起) on 安全生产事故: unknown, a reviewer judges (regress102). A count whose
   note names the row's grade (其中较大火灾1起) counts that subset: 1起, not 2起.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


def _unknown_other(actual: str, other: str, name: str) -> tuple[str, str]:
    return (
        "unknown",
        f"实际“{actual}”{other}，不是指标“{name}”所计事件的数，是否达到年度指标=0起需人工判断",
    )


FIRE = "较大及以上森林火灾发生次数"
SAFETY = "安全生产事故"


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            FIRE,
            "0起",
            "发生火灾1起",
            _unknown_other("发生火灾1起", "为未分等级的“火灾”", FIRE),
            id="ungraded-fire-on-graded-ceiling",
        ),
        pytest.param(
            SAFETY,
            "0起",
            "发生交通事故1起（非生产经营性）",
            _unknown_other("发生交通事故1起（非生产经营性）", "计的是“交通事故”", SAFETY),
            id="traffic-accident-on-production-safety",
        ),
        pytest.param(
            "安全生产事故发生次数",
            "0起",
            "整改事故隐患1起",
            _unknown_other("整改事故隐患1起", "计的是“事故隐患”", "安全生产事故发生次数"),
            id="hazard-fixed-is-no-accident",
        ),
        pytest.param(
            FIRE,
            "0起",
            "发生森林火灾2起，其中较大火灾1起",
            ("not_met", "实际1起已超出年度上限=0起，无法挽回"),
            id="graded-subset-counted",
        ),
        pytest.param(
            FIRE,
            "0起",
            "发生较大森林火灾1起",
            ("not_met", "实际1起已超出年度上限=0起，无法挽回"),
            id="control-graded-fire-breaks",
        ),
        pytest.param(
            SAFETY,
            "0起",
            "发生安全事故1起",
            ("not_met", "实际1起已超出年度上限=0起，无法挽回"),
            id="control-own-accident-breaks",
        ),
    ],
)
def test_zero_ceiling_other_count(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected
