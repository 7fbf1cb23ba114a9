"""The change-target family of parse41 (H3, H4, H2, H5).

Each case is a row of the probe 自评表 (tests/probe_tables.py) and its exact verdict:
``降至``/``降到``/``减至`` between two levels are the change ``下降至`` states (H3), also
after a label (H4).
"""

from __future__ import annotations

import pytest

from probe_tables import self_verdict


def verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    """The attainment and explanation of one row of the probe 自评表."""
    found = self_verdict(name, target, actual)
    return found.attainment.value, found.explanation


LEVELS_FALL = [
    pytest.param(
        ("跑动次数", "较上年下降20%", "由0.38次降至0.26次"),
        ("met", "实际由0.38次降至0.26次（下降31.58%），达到年度指标较上年下降20%"),
        id="jiang-zhi",
    ),
    pytest.param(
        ("跑动次数", "下降20%", "由0.38次降至0.26次"),
        ("met", "实际由0.38次降至0.26次（下降31.58%），达到年度指标下降20%"),
        id="jiang-zhi-bare-target",
    ),
    pytest.param(
        ("跑动次数", "较上年下降20%", "由0.38次降到0.26次"),
        ("met", "实际由0.38次降到0.26次（下降31.58%），达到年度指标较上年下降20%"),
        id="jiang-dao",
    ),
    pytest.param(
        ("跑动次数", "较上年下降20%", "由0.38次减至0.26次"),
        ("met", "实际由0.38次减至0.26次（下降31.58%），达到年度指标较上年下降20%"),
        id="jian-zhi",
    ),
    pytest.param(
        ("跑动次数", "较上年下降20%", "从0.38次降至0.26次"),
        ("met", "实际从0.38次降至0.26次（下降31.58%），达到年度指标较上年下降20%"),
        id="cong-jiang-zhi",
    ),
    pytest.param(
        ("跑动次数", "较上年下降20%", "由0.38次降至0.34次"),
        ("not_met", "实际由0.38次降至0.34次（下降10.53%），未达年度指标较上年下降20%"),
        id="jiang-zhi-miss",
    ),
    pytest.param(
        ("人均成本", "较上年下降5%", "由2.35万元降至2.10万元"),
        ("met", "实际由2.35万元降至2.10万元（下降10.64%），达到年度指标较上年下降5%"),
        id="jiang-zhi-amount",
    ),
    pytest.param(
        ("事故率", "较上年下降", "由1.12%降至0.86%"),
        ("met", "实际“由1.12%降至0.86%”，达到“下降”"),
        id="jiang-zhi-rate-direction",
    ),
    pytest.param(
        ("事故率", "较上年下降", "由0.86%降至1.12%"),
        ("unknown", "实际“由0.86%降至1.12%”无法与年度指标“较上年下降”对照"),
        id="words-and-figures-disagree",
    ),
    pytest.param(
        ("跑动次数", "较上年下降20%", "由0.38次下降至0.26次"),
        ("met", "实际由0.38次下降至0.26次（下降31.58%），达到年度指标较上年下降20%"),
        id="control-xia-jiang-zhi",
    ),
]


@pytest.mark.parametrize(("row", "expected"), LEVELS_FALL)
def test_bring_down_to_between_levels_is_a_change(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    assert verdict(*row) == expected


LABELLED_LEVELS = [
    pytest.param(
        ("办事跑动次数", "同比下降20%", "跑动次数由0.38次降至0.26次"),
        ("met", "实际由0.38次降至0.26次（下降31.58%），达到年度指标同比下降20%"),
        id="label-jiang-zhi-count",
    ),
    pytest.param(
        ("托育收费", "较上年下降10%", "月均收费由2200元降至1680元"),
        ("met", "实际由2200元降至1680元（下降23.64%），达到年度指标较上年下降10%"),
        id="label-jiang-zhi-amount",
    ),
    pytest.param(
        ("托育收费", "较上年下降30%", "月均收费由2200元降至1680元"),
        ("not_met", "实际由2200元降至1680元（下降23.64%），未达年度指标较上年下降30%"),
        id="label-jiang-zhi-miss",
    ),
    pytest.param(
        ("托育收费", "较上年下降10%", "月均收费由2200元下降至1680元"),
        ("met", "实际由2200元下降至1680元（下降23.64%），达到年度指标较上年下降10%"),
        id="control-label-xia-jiang-zhi",
    ),
]


@pytest.mark.parametrize(("row", "expected"), LABELLED_LEVELS)
def test_labelled_levels_are_judged_not_the_target_blamed(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    assert verdict(*row) == expected


INCREMENTS = [
    pytest.param(
        ("航道里程", "较上年增加20公里", "新增18公里"),
        ("not_met", "实际新增18公里，未达年度指标较上年增加20公里"),
        id="increment-short",
    ),
    pytest.param(
        ("航道通航里程", "较上年增加20公里", "新增三级航道通航里程18公里"),
        ("not_met", "实际新增三级航道通航里程18公里，未达年度指标较上年增加20公里"),
        id="increment-with-noun",
    ),
    pytest.param(
        ("航道里程", "较上年增加20公里", "新增22公里"),
        ("met", "实际新增22公里，达到年度指标较上年增加20公里"),
        id="increment-met",
    ),
    pytest.param(
        ("航道里程", "较上年增加20公里", "新增18个"),
        ("unknown", "实际新增18个与年度指标较上年增加20公里单位不可比"),
        id="increment-other-unit",
    ),
    pytest.param(
        ("航道里程", "较上年减少20公里", "新增18公里"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="increment-against-a-fall-unread",
    ),
    pytest.param(
        ("航道里程", "增加20公里", "新增18公里"),
        ("not_met", "实际18公里，未达年度指标增加20公里"),
        id="no-baseline-unchanged",
    ),
    pytest.param(
        ("航道里程", "较上年增加20公里", "较上年增加18公里"),
        ("not_met", "实际较上年增加18公里，未达年度指标较上年增加20公里"),
        id="control-stated-change",
    ),
]


@pytest.mark.parametrize(("row", "expected"), INCREMENTS)
def test_increment_is_the_years_increase(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    assert verdict(*row) == expected


RATE_LEVELS_AGAINST_PERCENT = [
    pytest.param(
        ("事故率", "较上年下降5%", "由1.12%下降至0.86%"),
        (
            "unknown",
            (
                "实际由1.12%下降至0.86%，按相对变化下降23.21%，达到年度指标较上年下降5%；"
                "按百分点下降0.26个百分点，未达；口径不明，需人工判断"
            ),
        ),
        id="xia-jiang-zhi",
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "由1.12%降至0.86%"),
        (
            "unknown",
            (
                "实际由1.12%降至0.86%，按相对变化下降23.21%，达到年度指标较上年下降5%；"
                "按百分点下降0.26个百分点，未达；口径不明，需人工判断"
            ),
        ),
        id="jiang-zhi",
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "由1.12%降到0.86%"),
        (
            "unknown",
            (
                "实际由1.12%降到0.86%，按相对变化下降23.21%，达到年度指标较上年下降5%；"
                "按百分点下降0.26个百分点，未达；口径不明，需人工判断"
            ),
        ),
        id="jiang-dao",
    ),
    pytest.param(
        ("事故率", "下降5%", "由1.12%下降至0.86%"),
        (
            "unknown",
            (
                "实际由1.12%下降至0.86%，按相对变化下降23.21%，达到年度指标下降5%；"
                "按百分点下降0.26个百分点，未达；口径不明，需人工判断"
            ),
        ),
        id="bare-change-target",
    ),
    pytest.param(
        ("事故率", "同比下降5%", "事故率由1.12%下降至0.86%"),
        (
            "unknown",
            (
                "实际由1.12%下降至0.86%，按相对变化下降23.21%，达到年度指标同比下降5%；"
                "按百分点下降0.26个百分点，未达；口径不明，需人工判断"
            ),
        ),
        id="labelled-levels",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "由80%提高至90%"),
        (
            "met",
            (
                "实际由80%提高至90%（按相对变化提高12.5%，按百分点提高10个百分点），"
                "达到年度指标较上年提高5%"
            ),
        ),
        id="rise-both-readings-met",  # both readings agree (p41c)
    ),
    pytest.param(
        ("事故率", "较上年下降0.2个百分点", "由1.12%下降至0.86%"),
        (
            "met",
            "实际由1.12%下降至0.86%（下降0.26个百分点），达到年度指标较上年下降0.2个百分点",
        ),
        id="control-points-target",
    ),
    pytest.param(
        ("事故率", "≤1%", "由1.12%下降至0.86%"),
        ("met", "实际0.86%，达到年度指标≤1%"),
        id="control-level-target",
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "下降23%"),
        ("met", "实际下降23%，达到年度指标较上年下降5%"),
        id="control-stated-change",
    ),
]


@pytest.mark.parametrize(("row", "expected"), RATE_LEVELS_AGAINST_PERCENT)
def test_levels_of_a_rate_are_no_change_in_percent(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    assert verdict(*row) == expected
