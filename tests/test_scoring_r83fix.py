"""r83fix: the regress83 audit of parse35's H1 and M1.

W1: a 零增长 against last year (新增违建较上年零增长, 同比零增长, 与上年相比零增长) is as
many new cases as last year, a change, never none: against 0处 it stays unknown; only the
bare 新增违建零增长 is a zero count.
W2: a per-month amount with a note of the months paid (按10个月发放, 发放10个月, 共10个月)
is the months' sum, not ×12; months said otherwise are left apart (unit-mismatch).
Item 3: the per-month → per-year rate holds for any per-unit word the target names
(每生每月 against 元/生·年, 每户每月 against 元/户·年), not only 每人/人均; a pupil is a
person (每生每月 against 元/人·年, parse30 M4); another unit (每户每月 against 元/人·年) stays apart.
"""

from __future__ import annotations

import pytest

from perftrack import score
from scoring_builders import indicator, self_evaluation_table

YEAR = 2025


def _self_verdict(name: str, target: str, actual: str) -> tuple[str, str, tuple[str, ...]]:
    row = indicator(name=name, target=target, actual=actual, weight=4, points=4)
    table = self_evaluation_table([row], year=YEAR)
    scored = score(table)
    got = scored.verdicts[0]
    ids = tuple(sorted({f.id for f in [*table.findings, *scored.findings]}))
    return got.attainment.value, got.explanation, ids


# W1: a 零增长 of new cases, with and without a baseline word
ZERO_GROWTH = [
    pytest.param(
        "新增违建",
        "0处",
        "新增违建较上年零增长",
        "unknown",
        "实际“新增违建较上年零增长”不是数值，无法与年度指标比较",
        id="w1-compared-with-last-year",
    ),
    pytest.param(
        "新增违建",
        "0处",
        "新增违建同比零增长",
        "unknown",
        "实际“新增违建同比零增长”不是数值，无法与年度指标比较",
        id="w1-year-on-year",
    ),
    pytest.param(
        "新增违建",
        "0处",
        "新增违建与上年相比零增长",
        "unknown",
        "实际0%与年度指标=0处单位不可比",
        id="w1-against-last-year",
    ),
    pytest.param(
        "新增违建",
        "0处",
        "新增违建比上年零增长",
        "unknown",
        "实际“新增违建比上年零增长”不是数值，无法与年度指标比较",
        id="w1-than-last-year",
    ),
    pytest.param(
        "新增违建",
        "0处",
        "新增违建零增长",
        "met",
        "实际0处，达到年度指标=0处",
        id="w1-bare-still-zero",
    ),
    pytest.param(
        "新增违建",
        "0处",
        "实现新增违建“零增长”",
        "met",
        "实际0处，达到年度指标=0处",
        id="w1-quoted-still-zero",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), ZERO_GROWTH)
def test_zero_growth_against_last_year_is_no_count(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual)[:2] == (attainment, explanation)


# W2 and item 3: a per-unit amount per month against a rate per unit and year
PER_UNIT_PERIOD = [
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（按10个月发放）",
        "not_met",
        "实际1000元/人·年，未达年度指标≥1200元/人·年",
        id="w2-paid-ten-months",
    ),
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（防火期发放10个月）",
        "not_met",
        "实际1000元/人·年，未达年度指标≥1200元/人·年",
        id="w2-paid-in-fire-season",
    ),
    pytest.param(
        "护林员补助",
        "≥1000元/人·年",
        "每人每月100元（共10个月）",
        "met",
        "实际1000元/人·年，达到年度指标≥1000元/人·年",
        id="w2-ten-months-in-all",
    ),
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（发放10至12个月）",
        "unknown",
        "实际100元与年度指标≥1200元/人·年单位不可比",
        id="w2-months-not-plain",
    ),
    # regress86 W1: months named any other way are never ×12; the whole year is twelve
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（10月起）",
        "not_met",  # pm25fix item 3: October to December in a 自评 table (it was apart)
        "实际300元/人·年，未达年度指标≥1200元/人·年",
        id="w2-start-month",
    ),
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（10-12月）",
        "not_met",
        "实际300元/人·年，未达年度指标≥1200元/人·年",
        id="w2-month-span",
    ),
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（2024年1-10月）",
        "unknown",
        "实际100元与年度指标≥1200元/人·年单位不可比",
        id="w2-month-span-other-year-apart",
    ),
    # regress88 W1: a span naming the table's own year is counted
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（2025年1-10月）",
        "not_met",
        "实际1000元/人·年，未达年度指标≥1200元/人·年",
        id="w2-month-span-own-year",
    ),
    # regress87: the period before the per-unit word (月人均) is 人均每月
    pytest.param(
        "困难群众补助",
        "≥1200元/人·年",
        "月人均90元",
        "not_met",
        "实际1080元/人·年，未达年度指标≥1200元/人·年",
        id="month-before-per-person",
    ),
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（下半年）",
        "unknown",
        "实际100元与年度指标≥1200元/人·年单位不可比",
        id="w2-half-year",
    ),
    pytest.param(
        "困难户补助",
        "≥6000元/户·年",
        "每户每月500元（全年12个月）",
        "met",
        "实际6000元/户·年，达到年度指标≥6000元/户·年",
        id="w2-whole-year-twelve",
    ),
    pytest.param(
        "护林员补助",
        "≥1200元/人·年",
        "每人每月100元（1-12月）",
        "met",
        "实际1200元/人·年，达到年度指标≥1200元/人·年",
        id="w2-january-to-december",
    ),
    pytest.param(
        "学生生活补助",
        "≥3600元/生·年",
        "每生每月300元",
        "met",
        "实际3600元/生·年，达到年度指标≥3600元/生·年",
        id="per-student-month-to-year",
    ),
    pytest.param(
        "学生生活补助",
        "≥3600元/生·年",
        "每生每月280元",
        "not_met",
        "实际3360元/生·年，未达年度指标≥3600元/生·年",
        id="per-student-short",
    ),
    pytest.param(
        "困难户补助",
        "≥6000元/户·年",
        "每户每月500元",
        "met",
        "实际6000元/户·年，达到年度指标≥6000元/户·年",
        id="per-household-month-to-year",
    ),
    pytest.param(
        "学生生活补助",
        "≥3000元/人·年",
        "每生每月300元",
        "met",
        "实际3600元/人·年，达到年度指标≥3000元/人·年",
        id="per-student-is-a-person",
    ),
    pytest.param(
        "困难户补助",
        "≥6000元/人·年",
        "每户每月500元",
        "unknown",
        "实际500元与年度指标≥6000元/人·年单位不可比",
        id="per-household-against-per-person-apart",
    ),
    pytest.param(
        "学生生活补助",
        "≥300元/生·月",
        "每生每年3600元",
        "met",
        "实际300元/生·月，达到年度指标≥300元/生·月",
        id="per-student-year-against-month-divided",  # pm25fix item 2: it was apart
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), PER_UNIT_PERIOD)
def test_per_unit_period_rate(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    got = _self_verdict(name, target, actual)
    assert got[:2] == (attainment, explanation)
    # full points printed: the finding is raised for a true miss only
    assert ("full-points-not-met" in got[2]) == (attainment == "not_met")
