"""pm25fix: per-period amounts per person (regress88 H, per month/year).

Item 1: a period written before the per-unit word after 每/本/按 (每月人均100元, 本月人均90元,
每月每人100元, 按月人均100元) is 人均每月, as 月人均 and 人均每月 are: against a rate per
person and year it is ×12; against a rate per person and month it is compared as it stands.
本月人均 (one month's figure, in a tracking table) is a month's rate like 每月.
Item 2: a year's amount per person (每人每年1000元, 年人均1000元) against a rate per person and
month is ÷12 (83.33元/人·月), the reverse of ×12; counts and noted amounts stay apart.
"""

from __future__ import annotations

import pytest

from probe_tables import per_person_verdict

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
    assert per_person_verdict(table_kind, target, actual) == expected


# Item 2: a year's (or a quarter's) amount per person against a rate per person and month is
# divided by the months (÷12, ÷3), the reverse of ×12; compared exactly, shown cut to the cent (…).
YEAR_OVER_MONTHS = [
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年1000元",
        ("not_met", "实际83.33…元/人·月，未达年度指标≥90元/人·月", ()),
        id="self-per-person-year-over-months",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "人均每年1000元",
        ("not_met", "实际83.33…元/人·月，未达年度指标≥90元/人·月", ()),
        id="self-per-head-year-over-months",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "年人均1000元",
        ("not_met", "实际83.33…元/人·月，未达年度指标≥90元/人·月", ()),
        id="self-year-per-head-over-months",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年1080元",
        ("met", "实际90元/人·月，达到年度指标≥90元/人·月", ()),
        id="self-exactly-the-monthly-rate",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年1079.99元",
        ("not_met", "实际89.99…元/人·月，未达年度指标≥90元/人·月", ()),
        id="self-just-below-cut-never-rounded-up",
    ),
    pytest.param(
        "self",
        "≥100元/人·月",
        "每人每季度300元",
        ("met", "实际100元/人·月，达到年度指标≥100元/人·月", ()),
        id="self-quarter-over-three-months",
    ),
    pytest.param(
        "track",
        "≥90元/人·月",
        "每人每年1000元",
        ("pending", "实际83.33…元/人·月，未达年度指标≥90元/人·月，距年底尚有时间", ()),
        id="track-h1-per-person-year-over-months",
    ),
    # near-misses: left apart as before
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年1000元（按10个月发放）",
        ("unknown", "实际1000元与年度指标≥90元/人·月单位不可比", ("unit-mismatch",)),
        id="near-miss-year-with-months-note-apart",
    ),
    pytest.param(
        "self",
        "≥1次/人·月",
        "每人每年培训12次",
        ("unknown", "实际12次与年度指标≥1次/人·月单位不可比", ("unit-mismatch",)),
        id="near-miss-count-never-spread",
    ),
    pytest.param(
        "self",
        "≥1000元/人·年",
        "每人每周20元",
        ("unknown", "实际20元与年度指标≥1000元/人·年单位不可比", ("unit-mismatch",)),
        id="near-miss-week-against-year-apart",
    ),
]


@pytest.mark.parametrize(("table_kind", "target", "actual", "expected"), YEAR_OVER_MONTHS)
def test_year_over_months(
    table_kind: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert per_person_verdict(table_kind, target, actual) == expected


# Item 3: a per-month amount's note of the month paid from (10月起) counts to December in a
# table that covers the year to December (a 自评 table); mid-year it stays apart. A note said
# twice over (1-10月，共10个月) is counted when both parts agree.
MONTHS_NOTED = [
    pytest.param(
        "self",
        "≥1200元/人·年",
        "每人每月100元（10月起）",
        ("not_met", "实际300元/人·年，未达年度指标≥1200元/人·年", ()),
        id="self-from-october-three-months",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "每人每月100元（自2025年1月起发放）",
        ("met", "实际1200元/人·年，达到年度指标≥1200元/人·年", ()),
        id="self-from-january-own-year",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "每人每月100元（2024年10月起）",
        ("unknown", "实际100元与年度指标≥1200元/人·年单位不可比", ("unit-mismatch",)),
        id="self-from-october-another-year-apart",
    ),
    pytest.param(
        "track",
        "≥1200元/人·年",
        "每人每月100元（10月起）",
        ("unknown", "实际100元与年度指标≥1200元/人·年单位不可比", ("unit-mismatch",)),
        id="track-h1-from-october-apart",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "每人每月100元（1-10月，共10个月）",
        ("not_met", "实际1000元/人·年，未达年度指标≥1200元/人·年", ()),
        id="self-span-and-count-agree",
    ),
    pytest.param(
        "self",
        "≥1200元/人·年",
        "每人每月100元（1-10月，共9个月）",
        ("unknown", "实际100元与年度指标≥1200元/人·年单位不可比", ("unit-mismatch",)),
        id="self-span-and-count-disagree-apart",
    ),
]


@pytest.mark.parametrize(("table_kind", "target", "actual", "expected"), MONTHS_NOTED)
def test_months_noted(
    table_kind: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert per_person_verdict(table_kind, target, actual) == expected
