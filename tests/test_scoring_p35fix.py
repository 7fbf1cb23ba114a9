"""p35fix: the parse35 audit's findings.

H1: a value said per person and month (每人每月100元) against a rate per person and year
(≥1200元/人·年) is the year's rate (×12); per year against per month stays apart.
"""

from __future__ import annotations

import pytest

from perftrack import score
from scoring_builders import indicator, self_evaluation_table

YEAR = 2025


def _self_verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    row = indicator(name=name, target=target, actual=actual, weight=4, points=4)
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    return got.attainment.value, got.explanation


# H1, per person and period (name, target, actual, attainment, explanation)
PER_PERSON_PERIOD = [
    pytest.param(
        "群测群防员补助",
        "≥1200元/人·年",
        "每人每月100元",
        "met",
        "实际1200元/人·年，达到年度指标≥1200元/人·年",
        id="month-to-year-met",
    ),
    pytest.param(
        "群测群防员补助",
        "≥1200元/人·年",
        "每人每月90元",
        "not_met",
        "实际1080元/人·年，未达年度指标≥1200元/人·年",
        id="month-to-year-not-met",
    ),
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "人均每月100元",
        "met",
        "实际1200元/人·年，达到年度指标≥1200元/人·年",
        id="average-per-month",
    ),
    pytest.param(
        "公益岗补助",
        "≥1.2万元/人·年",
        "每人每月1000元",
        "met",
        "实际12000元/人·年，达到年度指标≥1.2万元/人·年",
        id="ten-thousands",
    ),
    # a year has no whole count in a month: apart, never relabelled 1000元/人·月
    pytest.param(
        "群测群防员补助",
        "≥100元/人·月",
        "每人每年1000元",
        "unknown",
        "实际1000元与年度指标≥100元/人·月单位不可比",
        id="year-against-month-apart",
    ),
    # controls, as before
    pytest.param(
        "补助",
        "≥1200元/年",
        "每月100元",
        "met",
        "实际1200元/年，达到年度指标≥1200元/年",
        id="control-no-person",
    ),
    pytest.param(
        "补助",
        "≥1200元/人·年",
        "每人每年1200元",
        "met",
        "实际1200元/人·年，达到年度指标≥1200元/人·年",
        id="control-same-period",
    ),
    pytest.param(
        "补助",
        "≥2000元/人·年",
        "每人2000元",
        "met",
        "实际2000元/人·年，达到年度指标≥2000元/人·年",
        id="control-per-person-only",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "text"), PER_PERSON_PERIOD)
def test_per_person_period_rates(
    name: str, target: str, actual: str, attainment: str, text: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, text)
