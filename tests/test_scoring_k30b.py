"""Verdicts of k30b: a decimal in words, a share bounded by a fraction, a day of the month.

- ``≥七点五公里`` is now the comparison ≥7.5(公里), so ``8公里`` meets it (it was unknown).
- A target that bounds a share by a small proper fraction (``≥1/3``, ``不低于三分之一``,
  ``三分之二以上``, ``1/4以内``) stays descriptive in the parser (no Decimal holds 1/3) and
  is judged exactly against a percentage or a fraction: 40/100 ≥ 1/3 by cross-multiplying,
  so ``33.33%`` misses ``≥1/3`` and ``33.34%`` meets it. A rounded actual (``约40%``), one that
  may fall on either side (``≥30%``), a bare fraction target (``1/3``: what = asks of a share
  is not said), a label (``占比≥1/3``) or an actual in another unit stay unknown as before.
- A recurring deadline on a day of the period (``每月15日前``) against an actual that names
  the day of the same period (``每月10日发放``, ``每月均在15日前发放``) is met by the day or
  before it and not met after it; an actual by a later day (``每月20日前发放``), another
  period, a negation or a qualification stay as they were.
"""

from __future__ import annotations

import pytest

from probe_tables import self_card, self_reading, track_verdict

FRACTIONS = [
    pytest.param(
        ("覆盖比例", "≥1/3", "40%"),
        ("met", "实际40%，达到年度指标“≥1/3”（1/3约为33.33%）"),
        id="third-met-by-percent",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "30%"),
        ("not_met", "实际30%，未达年度指标“≥1/3”（1/3约为33.33%）"),
        id="third-missed-by-percent",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "1/2"),
        ("met", "实际1/2，达到年度指标“≥1/3”"),
        id="third-met-by-half",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "1/3"),
        ("met", "实际1/3，达到年度指标“≥1/3”"),
        id="third-met-by-third",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "33.33%"),
        ("not_met", "实际33.33%，未达年度指标“≥1/3”（1/3约为33.333%）"),
        id="rounded-third-short",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "33.34%"),
        ("met", "实际33.34%，达到年度指标“≥1/3”（1/3约为33.333%）"),
        id="just-past-third",
    ),
    pytest.param(
        ("覆盖比例", "不低于三分之一", "二分之一"),
        ("met", "实际二分之一，达到年度指标“不低于三分之一”"),
        id="words-on-both-sides",
    ),
    pytest.param(
        ("覆盖比例", "三分之二以上", "60%"),
        ("not_met", "实际60%，未达年度指标“三分之二以上”（2/3约为66.67%）"),
        id="two-thirds-missed",
    ),
    pytest.param(
        ("覆盖比例", "三分之二以上", "70%"),
        ("met", "实际70%，达到年度指标“三分之二以上”（2/3约为66.67%）"),
        id="two-thirds-met",
    ),
    pytest.param(
        ("覆盖比例", "≥1/4", "25%"),
        ("met", "实际25%，达到年度指标“≥1/4”（1/4为25%）"),
        id="quarter-at-bar",
    ),
    pytest.param(
        ("覆盖比例", "≤1/4", "25%"),
        ("met", "实际25%，未超出年度指标“≤1/4”（1/4为25%）"),
        id="ceiling-at-bar",
    ),
    pytest.param(
        ("覆盖比例", "<1/4", "25%"),
        ("not_met", "实际25%，超出年度指标“<1/4”（1/4为25%）"),
        id="strict-ceiling-at-bar",
    ),
    pytest.param(
        ("覆盖比例", "1/4以内", "30%"),
        ("not_met", "实际30%，超出年度指标“1/4以内”（1/4为25%）"),
        id="ceiling-broken",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "≥40%"),
        ("met", "实际≥40%，达到年度指标“≥1/3”（1/3约为33.33%）"),
        id="floor-actual-past-bar",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "不足30%"),
        ("not_met", "实际不足30%，未达年度指标“≥1/3”（1/3约为33.33%）"),
        id="less-than-under-bar",
    ),
    # neighbours: as before
    pytest.param(
        ("覆盖比例", "≥1/3", "≥30%"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="either-side-unknown",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "约40%"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="approximate-unknown",
    ),
    pytest.param(
        ("覆盖比例", "1/3", "40%"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="bare-fraction-unknown",
    ),
    pytest.param(
        ("覆盖比例", "占比≥1/3", "40%"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="labelled-unknown",
    ),
    pytest.param(
        ("覆盖比例", "≥1/3", "40人"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="other-unit-unknown",
    ),
    pytest.param(
        ("完成时间", "12/31前", "2025年12月1日"),
        ("met", "实际“2025年12月1日”，未晚于截止日期2025-12-31"),
        id="month-day-still-date",
    ),
    pytest.param(
        ("完成时间", "2025/12/31", "2025年12月1日"),
        ("met", "实际“2025年12月1日”，未晚于截止日期2025-12-31"),
        id="slash-date-still-date",
    ),
    pytest.param(
        ("人均补助", "≥1000元/人", "1200元/人"),
        ("met", "实际1200元/人，达到年度指标≥1000元/人"),
        id="per-unit-as-before",
    ),
]

DAYS = [
    pytest.param(
        ("发放时间", "每月15日前", "每月10日发放"),
        ("met", "实际“每月10日发放”，在年度指标“每月15日前”规定的时限内"),
        id="day-before-deadline",
    ),
    pytest.param(
        ("发放时间", "每月15日前", "每月20日发放"),
        ("not_met", "实际“每月20日发放”，晚于年度指标“每月15日前”规定的时限"),
        id="day-after-deadline",
    ),
    pytest.param(
        ("发放时间", "每月15日前发放", "每月均在15日前发放"),
        ("met", "实际“每月均在15日前发放”，在年度指标“每月15日前发放”规定的时限内"),
        id="by-the-same-day",
    ),
    pytest.param(
        ("发放时间", "每月15日前", "每月15日发放"),
        ("met", "实际“每月15日发放”，在年度指标“每月15日前”规定的时限内"),
        id="on-the-deadline-day",
    ),
    pytest.param(
        ("发放时间", "每季度15日前拨付", "每季度十日拨付到位"),
        ("met", "实际“每季度十日拨付到位”，在年度指标“每季度15日前拨付”规定的时限内"),
        id="quarter-day-in-words",
    ),
    pytest.param(
        ("发放时间", "每月十五日前", "每月15号发放"),
        ("met", "实际“每月15号发放”，在年度指标“每月十五日前”规定的时限内"),
        id="numeral-target-hao-actual",
    ),
    # neighbours: as before
    pytest.param(
        ("发放时间", "每月15日前", "每月15日前发放到位"),
        ("met", "实际“每月15日前发放到位”，按期完成，达到年度指标“每月15日前”"),
        id="same-time-restated-as-before",
    ),
    pytest.param(
        ("发放时间", "每月15日前", "每月20日前发放"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="by-a-later-day-unknown",
    ),
    pytest.param(
        ("发放时间", "每月15日前", "每季度10日发放"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="other-period-unknown",
    ),
    pytest.param(
        ("发放时间", "每月15日前", "每月10日未发放"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="negated-unknown",
    ),
    pytest.param(
        ("发放时间", "每月15日前", "每月10日发放大部分"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="qualified-unknown",
    ),
    pytest.param(
        ("发放时间", "每月中旬前", "每月10日发放"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="part-of-month-target-unknown",
    ),
    pytest.param(
        ("发放时间", "每月15日前", "按月发放"),
        (
            "unknown",
            (
                "实际“按月发放”只说明周期，未写明是否在15日前完成，"
                "是否达到年度指标“每月15日前”需人工判断"
            ),
        ),
        id="period-only-as-before",
    ),
    pytest.param(
        ("发放时间", "每月15日前", "按时发放"),
        ("met", "实际“按时发放”，在时限内完成"),
        id="on-time-as-before",
    ),
]


@pytest.mark.parametrize(("row", "expected"), [*FRACTIONS, *DAYS])
def test_self_evaluation(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_decimal_in_words_after_symbol() -> None:
    assert self_reading("道路长度", "≥七点五公里", "8公里") == (
        "met",
        "实际8公里，达到年度指标≥7.5公里",
    )
    assert self_reading("道路长度", "≥七点五公里", "7公里") == (
        "not_met",
        "实际7公里，未达年度指标≥7.5公里",
    )


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("覆盖比例", "≥1/3", "20%", "30%"),
            ("pending", "实际30%，未达年度指标“≥1/3”（1/3约为33.33%），距年底尚有时间"),
        ),
        (
            ("覆盖比例", "≥1/3", "20%", "40%"),
            ("met", "实际40%，达到年度指标“≥1/3”（1/3约为33.33%）"),
        ),
        (
            ("覆盖比例", "≤1/4", "20%", "30%"),
            ("pending", "实际30%，超出年度指标“≤1/4”（1/4为25%），距年底尚有时间"),
        ),
        (
            ("发放时间", "每月15日前", "每月15日前", "每月20日发放"),
            (
                "not_met",
                # missed for good: behind the plan too (k31l)
                (
                    "实际“每月20日发放”，晚于年度指标“每月15日前”规定的时限；"
                    "实际“每月20日发放”未达到计划“每月15日前”"
                ),
            ),
        ),
    ],
)
def test_tracking_before_year_end(
    row: tuple[str, str, str, str], expected: tuple[str, str]
) -> None:
    verdict = track_verdict(*row)
    assert (verdict.attainment.value, verdict.explanation) == expected


def test_fraction_target_is_measurable() -> None:
    """``≥1/3`` is judged now: no ``target-not-measurable``; a bare ``1/3`` still has it."""
    measured = self_card("覆盖比例", "≥1/3", "40%")
    assert "target-not-measurable" not in [finding.id for finding in measured.findings]
    bare = self_card("覆盖比例", "1/3", "40%")
    assert "target-not-measurable" in [finding.id for finding in bare.findings]


def test_fraction_points_follow_descriptive_rule() -> None:
    """Points of a fraction target are the descriptive rule's (scoring.md §7): met full, not met 0."""
    met = self_card("覆盖比例", "≥1/3", "40%").points
    missed = self_card("覆盖比例", "≥1/3", "30%").points
    assert met is not None
    assert missed is not None
    assert (met.items[0].points, met.items[0].rule) == (2, "descriptive met")
    assert (missed.items[0].points, missed.items[0].rule) == (0, "descriptive not_met")
