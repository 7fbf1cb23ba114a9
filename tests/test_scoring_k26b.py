"""k26b: zero targets broken by a count in any clause; change targets said not done.

1. ``零事故`` (or ``0起``, ``无安全生产事故``) against ``发生一般等级水上交通事故1起，无人员伤亡``:
   the event happened; the closing ``无人员伤亡`` is a lesser consequence, not the zero
   of the event (parse41 H1). Not met, 0 points; in a 跟踪表 with 全年预计 ``1起`` and
   完成可能性 ``完全不可能完成``, no finding calls the staff's judgement contradictory.
2. ``提高200元/人`` against ``未提高200元/人`` (also ``尚未``, ``未能``): the change the target
   asks, said not made, is not met; ``已提高200元/人`` stays met.
3. ``实际提高200元/人``: the explanation says 实际 once.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from probe_tables import self_card, self_reading
from scoring_builders import indicator, tracking_table

ACCIDENT = "发生一般等级水上交通事故1起，无人员伤亡"


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "水上交通安全事故",
            "零事故",
            ACCIDENT,
            (
                "not_met",
                f"实际“{ACCIDENT}”，发生一般等级水上交通事故1起，未达到“零事故”",
                Decimal(0),
            ),
            id="zero-accidents-count-then-no-casualties",
        ),
        pytest.param(
            "水上交通事故",
            "不发生水上交通事故",
            ACCIDENT,
            (
                "not_met",
                f"实际“{ACCIDENT}”，发生一般等级水上交通事故1起，未达到“不发生水上交通事故”",
                Decimal(0),
            ),
            id="no-such-accident-count-then-no-casualties",
        ),
        pytest.param(
            "水上交通事故",
            "零事故",
            "发生水上交通事故1起，未造成人员伤亡和水域污染",
            (
                "not_met",
                (
                    "实际“发生水上交通事故1起，未造成人员伤亡和水域污染”，发生水上交通事故1起，"
                    "未达到“零事故”"
                ),
                Decimal(0),
            ),
            id="zero-accidents-count-then-no-harm",
        ),
        pytest.param(
            "安全生产事故",
            "无安全生产事故",
            "发生一般生产安全事故1起，未造成人员伤亡",
            (
                "not_met",
                (
                    "实际“发生一般生产安全事故1起，未造成人员伤亡”，发生一般生产安全事故1起，"
                    "未达到“无安全生产事故”"
                ),
                Decimal(0),
            ),
            id="safety-words-either-order",
        ),
        pytest.param(
            "水上交通事故",
            "零事故",
            "全年发生一般水上交通事故2起、死亡0人",
            (
                "not_met",
                (
                    "实际“全年发生一般水上交通事故2起、死亡0人”，全年发生一般水上交通事故2起，"
                    "未达到“零事故”"
                ),
                Decimal(0),
            ),
            id="zero-accidents-count-and-no-deaths",
        ),
        pytest.param(
            "水上交通安全事故",
            "0起",
            ACCIDENT,
            (
                "not_met",
                f"实际1起（“{ACCIDENT}”中指标名称所指的数）已超出年度上限=0起",
                Decimal(0),
            ),
            id="zero-ceiling-count-then-no-casualties",
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "发生一般生产安全事故1起，未造成人员伤亡",
            (
                "not_met",
                (
                    "实际1起（“发生一般生产安全事故1起，未造成人员伤亡”中指标名称所指的数）"
                    "已超出年度上限=0起"
                ),
                Decimal(0),
            ),
            id="zero-ceiling-safety-words-either-order",
        ),
        pytest.param(
            "水上交通安全事故",
            "零事故",
            "未发生水上交通事故，无人员伤亡",
            ("met", "实际“未发生水上交通事故，无人员伤亡”，达到“零事故”", Decimal(2)),
            id="kept-none-then-no-casualties",
        ),
        pytest.param(
            "安全事故",
            "零事故",
            "无安全事故发生",
            ("met", "实际“无安全事故发生”，达到“零事故”", Decimal(2)),
            id="kept-none-said",
        ),
        pytest.param(
            "重大事故",
            "不发生重大事故",
            "发生一般事故1起，无人员伤亡",
            (
                "met",
                "实际“发生一般事故1起，无人员伤亡”末句“无人员伤亡”，达到“不发生重大事故”",
                Decimal(2),
            ),
            id="kept-lesser-grade-counted",
        ),
    ],
)
def test_zero_broken_by_a_count(
    name: str, target: str, actual: str, expected: tuple[str, str, Decimal]
) -> None:
    card = self_card(name, target, actual)
    got = card.verdicts[0]
    assert card.points is not None
    item = next(i for i in card.points.items if i.indicator == 0)
    assert (got.attainment.value, got.explanation, item.points) == expected


def test_zero_broken_tracked_judged_impossible() -> None:
    row = indicator(
        name="水上交通事故",
        target="零事故",
        planned="0起",
        actual=ACCIDENT,
        forecast="1起",
        likelihood="完全不可能完成",
        year=2025,
    )
    table = tracking_table([row], period=(2025, 1, 2025, 9))
    card = perftrack.score(table)
    got = card.verdicts[0]
    contradicting = [f.message for f in card.findings if "矛盾" in f.message]
    assert (got.attainment.value, contradicting) == ("not_met", [])


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "提高200元/人",
            "未提高200元/人",
            (
                "not_met",
                "实际“未提高200元/人”，注明未完成（未实现）所列目标，未达年度指标提高200元/人",
            ),
            id="change-said-not-made",
        ),
        pytest.param(
            "提高200元/人",
            "尚未提高200元/人",
            (
                "not_met",
                "实际“尚未提高200元/人”，注明未完成（未实现）所列目标，未达年度指标提高200元/人",
            ),
            id="change-said-not-made-yet",
        ),
        pytest.param(
            "提高200元/人",
            "未能提高200元/人",
            (
                "not_met",
                "实际“未能提高200元/人”，注明未完成（未实现）所列目标，未达年度指标提高200元/人",
            ),
            id="change-said-could-not-be-made",
        ),
        pytest.param(
            "提高200元/人",
            "未下降200元/人",
            (
                "unknown",
                "实际“未下降200元/人”注明未完成（未实现），是否达到年度指标提高200元/人需人工判断",
            ),
            id="other-change-said-not-made",
        ),
        pytest.param(
            "提高200元/人",
            "尚未提高",
            ("not_met", "实际尚未提高，未达年度指标提高200元/人"),
            id="kept-change-not-made-no-figure",
        ),
        pytest.param(
            "提高200元/人",
            "已提高200元/人",
            ("met", "实际已提高200元/人，达到年度指标提高200元/人"),
            id="kept-change-made",
        ),
    ],
)
def test_change_said_not_made(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("补助提高额", target, actual) == expected


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "提高200元/人",
            "实际提高200元/人",
            ("met", "实际提高200元/人，达到年度指标提高200元/人"),
            id="actual-said-once-met",
        ),
        pytest.param(
            "提高200元/人",
            "实际提高150元/人",
            ("not_met", "实际提高150元/人，未达年度指标提高200元/人"),
            id="actual-said-once-not-met",
        ),
        pytest.param(
            "提高200元/人",
            "提高200元/人",
            ("met", "实际提高200元/人，达到年度指标提高200元/人"),
            id="kept-bare-change",
        ),
    ],
)
def test_actual_said_once(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("补助提高额", target, actual) == expected
