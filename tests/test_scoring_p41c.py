"""Two levels of a rate against a change in % (p41c): judged when both readings agree.

``较上年提高5%`` on a rate is a change relative to last year's level or one in 个百分点.
Each case is a row of the probe 自评表 (tests/probe_tables.py) and its exact verdict: ``met``
or ``not_met`` when the relative and the points readings agree, ``unknown`` naming both
when they disagree, either way round.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from probe_tables import self_card, self_verdict, track_verdict


def verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    """The attainment and explanation of one row of the probe 自评表."""
    found = self_verdict(name, target, actual)
    return found.attainment.value, found.explanation


READINGS = [
    pytest.param(
        ("合格率", "较上年提高5%", "由80%提高至90%"),
        (
            "met",
            (
                "实际由80%提高至90%（按相对变化提高12.5%，按百分点提高10个百分点），"
                "达到年度指标较上年提高5%"
            ),
        ),
        id="agree-met-rise",
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "由10%下降至5%"),
        (
            "met",
            (
                "实际由10%下降至5%（按相对变化下降50%，按百分点下降5个百分点），"
                "达到年度指标较上年下降5%"
            ),
        ),
        id="agree-met-fall",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "由80%提高至81%"),
        (
            "not_met",
            (
                "实际由80%提高至81%（按相对变化提高1.25%，按百分点提高1个百分点），"
                "未达年度指标较上年提高5%"
            ),
        ),
        id="agree-not-met-rise",
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "由10%下降至9.9%"),
        (
            "not_met",
            (
                "实际由10%下降至9.9%（按相对变化下降1%，按百分点下降0.1个百分点），"
                "未达年度指标较上年下降5%"
            ),
        ),
        id="agree-not-met-fall",
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "由1.12%下降至0.86%"),
        (
            "unknown",
            (
                "实际由1.12%下降至0.86%，按相对变化下降23.21%，达到年度指标较上年下降5%；"
                "按百分点下降0.26个百分点，未达；口径不明，需人工判断"
            ),
        ),
        id="disagree-relative-met-fall",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "由10%提高至14%"),
        (
            "unknown",
            (
                "实际由10%提高至14%，按相对变化提高40%，达到年度指标较上年提高5%；"
                "按百分点提高4个百分点，未达；口径不明，需人工判断"
            ),
        ),
        id="disagree-relative-met-rise",
    ),
    pytest.param(
        ("达标率", "较上年提高5%", "由150%提高至156%"),
        (
            "unknown",
            (
                "实际由150%提高至156%，按相对变化提高4%，未达年度指标较上年提高5%；"
                "按百分点提高6个百分点，达到；口径不明，需人工判断"
            ),
        ),
        id="disagree-points-met-rise",
    ),
    pytest.param(
        ("事故率", "同比下降5%", "事故率由1.12%降至0.86%"),
        (
            "unknown",
            (
                "实际由1.12%降至0.86%，按相对变化下降23.21%，达到年度指标同比下降5%；"
                "按百分点下降0.26个百分点，未达；口径不明，需人工判断"
            ),
        ),
        id="labelled-disagree",
    ),
    pytest.param(
        ("合格率", "同比提高5%", "合格率由80%提高至90%"),
        (
            "met",
            (
                "实际由80%提高至90%（按相对变化提高12.5%，按百分点提高10个百分点），"
                "达到年度指标同比提高5%"
            ),
        ),
        id="labelled-agree-met",
    ),
    pytest.param(
        ("合格率", "提高5%", "由80%提高到81%"),
        (
            "not_met",
            "实际由80%提高到81%（按相对变化提高1.25%，按百分点提高1个百分点），未达年度指标提高5%",
        ),
        id="bare-target-agree-not-met",
    ),
    pytest.param(
        ("合格率", "较上年增长不超过5%", "由80%提高至83%"),
        (
            "met",
            (
                "实际由80%提高至83%（按相对变化提高3.75%，按百分点提高3个百分点），"
                "达到年度指标较上年增长不超过5%"
            ),
        ),
        id="cap-agree-met",
    ),
    pytest.param(
        ("合格率", "较上年增长不超过5%", "由80%提高至90%"),
        (
            "not_met",
            (
                "实际由80%提高至90%（按相对变化提高12.5%，按百分点提高10个百分点），"
                "超出年度指标较上年增长不超过5%"
            ),
        ),
        id="cap-agree-not-met",
    ),
    pytest.param(
        ("合格率", "零增长", "由80%提高至90%"),
        ("not_met", "实际由80%提高至90%（提高10个百分点），超出年度指标零增长"),
        id="bar-zero-sign-decides",
    ),
    pytest.param(
        ("森林覆盖率", "不低于上年", "由80%提高至90%"),
        ("met", "实际由80%提高至90%（提高10个百分点），达到年度指标不低于上年"),
        id="control-not-below-last-year",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "由80%下降至70%"),
        ("not_met", "实际由80%下降至70%（下降10个百分点），与年度指标“较上年提高5%”方向相反"),
        id="control-opposite-way",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "由0%提高至9%"),
        (
            "met",
            "实际由0%提高至9%（由0起无相对变化，按百分点提高9个百分点），达到年度指标较上年提高5%",
        ),
        id="from-zero-points-alone",  # r103: was unknown, 单位不可比
    ),
    pytest.param(
        ("事故率", "较上年下降0.2个百分点", "由1.12%下降至0.86%"),
        (
            "met",
            "实际由1.12%下降至0.86%（下降0.26个百分点），达到年度指标较上年下降0.2个百分点",
        ),
        id="control-points-target",
    ),
]


@pytest.mark.parametrize(("row", "expected"), READINGS)
def test_rate_levels_against_percent_change(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    assert verdict(*row) == expected


POINTS = [
    pytest.param(
        ("合格率", "较上年提高5%", "由80%提高至81%"),
        (Decimal("0.40"), "comparison not_met: ratio 20.00%"),
        id="rise-points-reading",  # 1 个百分点 of 5, not 1.25 % of 5
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "由10%下降至9.9%"),
        (Decimal("0.04"), "comparison not_met: ratio 2.00%"),
        id="fall-points-reading",  # 0.1 个百分点 of 5, not 1 % of 5
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "由1.12%下降至0.86%"),
        (Decimal("2.00"), "unknown: printed points"),
        id="disagree-printed-points",
    ),
]


@pytest.mark.parametrize(("row", "expected"), POINTS)
def test_agreeing_miss_scores_the_smaller_reading(
    row: tuple[str, str, str], expected: tuple[Decimal, str]
) -> None:
    item = self_card(*row).points.items[0]
    assert (item.points, item.rule) == expected


TRACKING = [
    pytest.param(
        ("合格率", "较上年提高5%", "由80%提高至84%", "由80%提高至82%"),
        (
            "pending",
            (
                "实际由80%提高至82%（按相对变化提高2.5%，按百分点提高2个百分点），"
                "未达年度指标较上年提高5%，距年底尚有时间；实际2个百分点落后于计划4个百分点"
            ),
            "behind",
        ),
        id="plan-in-points-as-before",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "提高3%", "由80%提高至81%"),
        (
            "pending",
            (
                "实际由80%提高至81%（按相对变化提高1.25%，按百分点提高1个百分点），"
                "未达年度指标较上年提高5%，距年底尚有时间；"
                "实际由80%提高至81%（按相对变化提高1.25%，按百分点提高1个百分点）落后于计划提高3%"
            ),
            "behind",
        ),
        id="plan-in-percent-both-readings-behind",  # r103: was unknown, not compared
    ),
]


@pytest.mark.parametrize(("row", "expected"), TRACKING)
def test_tracking_plan_keeps_points(
    row: tuple[str, str, str, str], expected: tuple[str, str, str]
) -> None:
    """The progress against the plan compares 个百分点, as before (p41c)."""
    found = track_verdict(*row)
    assert (found.attainment.value, found.explanation, found.progress.value) == expected
