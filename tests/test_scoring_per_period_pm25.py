"""pm25fix: per-period amounts per person (regress88 H, per month/year).

Item 1: a period written before the per-unit word after 每/本/按 (每月人均100元, 本月人均90元,
每月每人100元, 按月人均100元) is 人均每月, as 月人均 and 人均每月 are: against a rate per
person and year it is ×12; against a rate per person and month it is compared as it stands.
本月人均 (one month's figure, in a tracking table) is a month's rate like 每月.
"""

from __future__ import annotations

import pytest

from perftrack import score
from scoring_builders import indicator, self_evaluation_table, tracking_table

YEAR = 2025


def _verdict(table_kind: str, target: str, actual: str) -> tuple[str, str, tuple[str, ...]]:
    row = indicator(name="困难群众生活补助", target=target, actual=actual, weight=4, points=4)
    table = (
        self_evaluation_table([row], year=YEAR)
        if table_kind == "self"
        else tracking_table([row], period=(YEAR, 1, YEAR, 6))
    )
    scored = score(table)
    got = scored.verdicts[0]
    mismatch = tuple(f.id for f in [*table.findings, *scored.findings] if f.id == "unit-mismatch")
    return got.attainment.value, got.explanation, mismatch


PERIOD_BEFORE_PER_PERSON = [
    pytest.param(
        "self",
        "≥1200元/人·年",
        "每月人均100元",
        ("met", "实际1200元/人·年，达到年度指标≥1200元/人·年", ()),
        id="self-every-month-per-head-to-year",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "本月人均90元",
        ("not_met", "实际1080元/人·年，未达年度指标≥1200元/人·年", ()),
        id="self-this-month-per-head-to-year",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "每月每人100元",
        ("met", "实际1200元/人·年，达到年度指标≥1200元/人·年", ()),
        id="self-every-month-every-person",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "按月人均100元",
        ("met", "实际1200元/人·年，达到年度指标≥1200元/人·年", ()),
        id="self-by-month-per-head",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "月人均100元",
        ("met", "实际1200元/人·年，达到年度指标≥1200元/人·年", ()),
        id="self-month-per-head-unchanged",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "人均每月100元",
        ("met", "实际1200元/人·年，达到年度指标≥1200元/人·年", ()),
        id="self-per-head-each-month-unchanged",
    ),
    pytest.param(
        "self",
        "≥100元/人·月",
        "每月人均100元",
        ("met", "实际100元/人·月，达到年度指标≥100元/人·月", ()),
        id="self-every-month-against-monthly",
    ),
    pytest.param(
        "self",
        "≥100元/人·月",
        "本月人均90元",
        ("not_met", "实际90元/人·月，未达年度指标≥100元/人·月", ()),
        id="self-this-month-against-monthly",
    ),
    pytest.param(
        "track",
        "≥1200元/人·年",
        "本月人均90元",
        ("pending", "实际1080元/人·年，未达年度指标≥1200元/人·年，距年底尚有时间", ()),
        id="track-h1-this-month-to-year",
    ),
    pytest.param(
        "track",
        "≥1200元/人·年",
        "每月人均100元",
        ("met", "实际1200元/人·年，达到年度指标≥1200元/人·年", ()),
        id="track-h1-every-month-to-year",
    ),
    pytest.param(
        "track",
        "≥100元/人·月",
        "按月人均100元",
        ("met", "实际100元/人·月，达到年度指标≥100元/人·月", ()),
        id="track-h1-by-month-against-monthly",
    ),
    # near-misses: unchanged
    pytest.param(
        "self",
        "≥8%",
        "年人均可支配收入增长8%",
        ("met", "实际8%，达到年度指标≥8%", ()),
        id="near-miss-income-growth-is-a-change",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "日人均接待20人",
        ("unknown", "实际20人与年度指标≥1200元/人·年单位不可比", ("unit-mismatch",)),
        id="near-miss-daily-visitors-stay-apart",
    ),
]


@pytest.mark.parametrize(("table_kind", "target", "actual", "expected"), PERIOD_BEFORE_PER_PERSON)
def test_period_before_per_person(
    table_kind: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert _verdict(table_kind, target, actual) == expected
