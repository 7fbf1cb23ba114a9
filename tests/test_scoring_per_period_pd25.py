"""pd25fix: per-period amounts per person, shown and compared (regress89 W1, W2; parse37 H1).

Item 1 (W1): a year's amount divided to a month that is approximate or a bound (每人每年约1000元,
1000元以上, 超过1000元) is shown cut to the cent and marked …, as the exact quotient is: 约83.33…,
never the 28 digits of the quotient.
Item 2 (W2): only a quotient perftrack computed is cut and marked; digits the cell typed
(3.14159265358979元/人·月, an Excel float export) are shown as typed, in full.
Item 3 (regress89 SAME-but-wrong HIGH, parse37 H1): a year's or a month's amount per person
against a rate per person and day or week (≥3元/人·天, ≥4元/生·天, ≥100元/人·周) is apart
(unit-mismatch, both units named), never relabelled 1000元/人·天; no day conversion (a school
year has about 200 school days, not 365). The same period as it stands is compared.
"""

from __future__ import annotations

import pytest

from probe_tables import per_person_verdict

# Item 1: 约, 近, 以上, ≥, 超过 divided to a month: the word kept, the quotient cut and marked.
BOUND_OVER_MONTHS = [
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年约1000元",
        ("not_met", "实际约83.33…元/人·月（约数），未达年度指标≥90元/人·月", ()),
        id="self-about-a-year-over-months",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年近1000元",
        ("not_met", "实际近83.33…元/人·月（不足83.33…元/人·月），未达年度指标≥90元/人·月", ()),
        id="self-nearly-a-year-over-months",
    ),
    pytest.param(
        "self",
        "≥80元/人·月",
        "每人每年约1000元",
        ("met", "实际约83.33…元/人·月（约数），达到年度指标≥80元/人·月", ()),
        id="self-about-met",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年1000元以上",
        ("unknown", "实际不低于83.33…元/人·月不能确定是否达到年度指标≥90元/人·月", ()),
        id="self-or-more-over-months",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年≥1000元",
        ("unknown", "实际不低于83.33…元/人·月不能确定是否达到年度指标≥90元/人·月", ()),
        id="self-at-least-sign-over-months",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "年人均超过1000元",
        ("unknown", "实际超过83.33…元/人·月不能确定是否达到年度指标≥90元/人·月", ()),
        id="self-more-than-over-months",
    ),
    pytest.param(
        "track",
        "≥90元/人·月",
        "每人每年约1000元",
        (
            "pending",
            "实际约83.33…元/人·月（约数），未达年度指标≥90元/人·月，距年底尚有时间",
            (),
        ),
        id="track-h1-about-over-months",
    ),
    # an exact quotient of a bound: shown whole, as before
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年约1080元",
        ("met", "实际约90元/人·月（约数），达到年度指标≥90元/人·月", ()),
        id="self-about-exact-quotient-whole",
    ),
]


@pytest.mark.parametrize(("table_kind", "target", "actual", "expected"), BOUND_OVER_MONTHS)
def test_bound_over_months(
    table_kind: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert per_person_verdict(table_kind, target, actual) == expected


# Item 2: typed digits are shown as typed; only a quotient perftrack computed is cut.
TYPED_DIGITS = [
    pytest.param(
        "self",
        "≥3元/人·月",
        "3.14159265358979元/人·月",
        ("met", "实际3.14159265358979元/人·月，达到年度指标≥3元/人·月", ()),
        id="self-typed-rate-as-typed",
    ),
    pytest.param(
        "self",
        "≥3元/人·月",
        "3.14159265358979",
        ("met", "实际3.14159265358979元/人·月，达到年度指标≥3元/人·月", ()),
        id="self-typed-bare-number-as-typed",
    ),
    pytest.param(
        "self",
        "≥3元/人·年",
        "3.14159265358979元/人·年",
        ("met", "实际3.14159265358979元/人·年，达到年度指标≥3元/人·年", ()),
        id="self-typed-yearly-rate-as-typed",
    ),
    pytest.param(
        "self",
        "≥3.14159265358980元/人·月",
        "3.14159265358979元/人·月",
        (
            "not_met",
            "实际3.14159265358979元/人·月，未达年度指标≥3.14159265358980元/人·月",
            (),
        ),
        id="self-deciding-digits-both-shown",
    ),
    pytest.param(
        "self",
        "≥30元/人·天",  # a day's rate: a month's amount stays apart (regress93 G4: not 人·年)
        "83.3333333333333元/人·月",
        (
            "unknown",
            "实际83.3333333333333元/人·月与年度指标≥30元/人·天单位不可比",
            ("unit-mismatch",),
        ),
        id="self-typed-in-mismatch-as-typed",
    ),
    pytest.param(
        "track",
        "≥3元/人·月",
        "3.14159265358979元/人·月",
        ("met", "实际3.14159265358979元/人·月，达到年度指标≥3元/人·月", ()),
        id="track-h1-typed-rate-as-typed",
    ),
    # the computed quotient is still cut and marked
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年1000元",
        ("not_met", "实际83.33…元/人·月，未达年度指标≥90元/人·月", ()),
        id="self-computed-quotient-still-cut",
    ),
    pytest.param(
        "track",
        "≥90元/人·月",
        "年人均1079.99元",
        ("pending", "实际89.99…元/人·月，未达年度指标≥90元/人·月，距年底尚有时间", ()),
        id="track-h1-computed-quotient-still-cut",
    ),
]


@pytest.mark.parametrize(("table_kind", "target", "actual", "expected"), TYPED_DIGITS)
def test_typed_digits(
    table_kind: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert per_person_verdict(table_kind, target, actual) == expected


# Item 3: a year's or a month's amount against a rate per person and day or week: apart.
DAY_OR_WEEK_APART = [
    pytest.param(
        "self",
        "≥3元/人·天",
        "年人均1000元",
        ("unknown", "实际1000元与年度指标≥3元/人·天单位不可比", ("unit-mismatch",)),
        id="self-year-per-head-against-day",
    ),
    pytest.param(
        "self",
        "≥3元/人·天",
        "每年人均补助1200元",
        ("unknown", "实际1200元与年度指标≥3元/人·天单位不可比", ("unit-mismatch",)),
        id="self-every-year-subsidy-against-day",
    ),
    pytest.param(
        "self",
        "≥3元/人·日",
        "人均每年1000元",
        ("unknown", "实际1000元与年度指标≥3元/人·日单位不可比", ("unit-mismatch",)),
        id="self-per-head-year-against-ri",
    ),
    pytest.param(
        "self",
        "≥3元/人·天",
        "每月人均100元",
        ("unknown", "实际100元与年度指标≥3元/人·天单位不可比", ("unit-mismatch",)),
        id="self-month-against-day",
    ),
    pytest.param(
        "self",
        "≥100元/人·周",
        "年人均1000元",
        ("unknown", "实际1000元与年度指标≥100元/人·周单位不可比", ("unit-mismatch",)),
        id="self-year-against-week",
    ),
    pytest.param(
        "self",
        "≥4元/生·天",
        "每生每年1000元",
        ("unknown", "实际1000元与年度指标≥4元/生·天单位不可比", ("unit-mismatch",)),
        id="self-parse37-h1-pupil-year-against-school-day",
    ),
    pytest.param(
        "self",
        "≥3元/人·天",
        "每人每周21元",
        ("unknown", "实际21元与年度指标≥3元/人·天单位不可比", ("unit-mismatch",)),
        id="self-week-against-day",
    ),
    pytest.param(
        "track",
        "≥3元/人·天",
        "年人均1000元",
        ("unknown", "实际1000元与年度指标≥3元/人·天单位不可比", ("unit-mismatch",)),
        id="track-h1-year-against-day",
    ),
    pytest.param(
        "track",
        "≥4元/生·天",
        "每生每年1000元",
        ("unknown", "实际1000元与年度指标≥4元/生·天单位不可比", ("unit-mismatch",)),
        id="track-h1-pupil-year-against-school-day",
    ),
    # near-misses: the same period is compared as it stands, as before
    pytest.param(
        "self",
        "≥3元/人·天",
        "每人每天3元",
        ("met", "实际3元/人·天，达到年度指标≥3元/人·天", ()),
        id="near-miss-day-against-day",
    ),
    pytest.param(
        "self",
        "≥3元/人·天",
        "日人均3元",
        ("met", "实际3元/人·天，达到年度指标≥3元/人·天", ()),
        id="near-miss-day-per-head-against-day",
    ),
    pytest.param(
        "self",
        "≥4元/生·天",
        "每生每天4元",
        ("met", "实际4元/生·天，达到年度指标≥4元/生·天", ()),
        id="near-miss-pupil-day-against-school-day",
    ),
    pytest.param(
        "self",
        "≥100元/人·周",
        "每人每周100元",
        ("met", "实际100元/人·周，达到年度指标≥100元/人·周", ()),
        id="near-miss-week-against-week",
    ),
    pytest.param(
        "self",
        "≥550元/人·天",
        "人均培训费500元",
        ("not_met", "实际500元/人·天，未达年度指标≥550元/人·天", ()),
        id="near-miss-no-period-said-unchanged",
    ),
    pytest.param(
        "self",
        "≥90元/人·月",
        "每人每年1000元",
        ("not_met", "实际83.33…元/人·月，未达年度指标≥90元/人·月", ()),
        id="near-miss-year-over-months-unchanged",
    ),
]


@pytest.mark.parametrize(("table_kind", "target", "actual", "expected"), DAY_OR_WEEK_APART)
def test_day_or_week_apart(
    table_kind: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert per_person_verdict(table_kind, target, actual) == expected
