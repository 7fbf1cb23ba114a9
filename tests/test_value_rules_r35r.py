"""r35r: wrong results r35p's value-language round left, fixed by rule.

- an actual over the ceiling (``520万元/500万元`` against ``≤500万元``) is the first figure,
  the actual, the second being the ceiling, as r35p read ``480万元/500万元``: not met
  (it was "不是数值", unknown);
- a part said late (``部分滞后``, ``个别项目延迟``) against a prose target of work on time
  (``按时完成``, ``按期完成``) is partial, as against ``及时`` (it was unknown);
- a schedule's count in a Chinese numeral (``每两年一次``, ``每年两次``, ``每季度一次``) reads
  as its figure does, target and value (the target was prose, unknown).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import verdict as _verdict
from grammar_paths import fast_and_full
from perftrack import parse_target, parse_value
from perftrack.expressions import Bound, Comparison, Op, Quantity, TextValue

# -- 1. an actual over the ceiling beside it ----------------------------------------------

OVER_CEILING = [
    (
        "≤500万元",
        "520万元/500万元",
        "not_met",
        "实际520万元（“520万元/500万元”中前者为实际数，后者为年度指标上限）已超出年度上限≤500万元",
    ),
    (
        "≤500万元",
        "480万元/500万元",
        "met",
        "实际480万元（“480万元/500万元”中前者为实际数，后者为年度指标上限），达到年度指标≤500万元",
    ),
    # a second figure other than the ceiling says nothing of it
    ("≤500万元", "520万元/510万元", "unknown", "实际“520万元/510万元”不是数值，无法与年度指标比较"),
    # a floor: a part above its whole is no part done
    ("≥200户", "210户/200户", "unknown", "实际“210户/200户”不是数值，无法与年度指标比较"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), OVER_CEILING)
def test_over_ceiling(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert parse_value(actual) == TextValue(actual)
    fast, full = fast_and_full(parse_value, actual, 2025)
    assert fast == full
    assert fast[0] == TextValue(actual)  # type: ignore[index]
    assert _verdict("成本指标", "项目支出", target, actual) == (attainment, explanation)


# -- 2. a part late against a prose target of work on time --------------------------------

PART_LATE = [
    ("按时完成", "部分滞后", "partial", "实际“部分滞后”，部分未按时完成，部分达到“按时完成”"),
    ("按期完成", "部分滞后", "partial", "实际“部分滞后”，部分未按时完成，部分达到“按期完成”"),
    (
        "按时完成",
        "个别项目延迟",
        "partial",
        "实际“个别项目延迟”，部分未按时完成，部分达到“按时完成”",
    ),
    (
        "按期完成",
        "部分资金拨付滞后",
        "partial",
        "实际“部分资金拨付滞后”，部分未按时完成，部分达到“按期完成”",
    ),
    ("及时", "部分滞后", "partial", "实际“部分滞后”，部分未按时完成，部分达到“及时”"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), PART_LATE)
def test_part_late_on_time(target: str, actual: str, attainment: str, explanation: str) -> None:
    fast, full = fast_and_full(parse_target, target, 2025)
    assert fast == full
    assert parse_target(target, year=2025) == fast[0]  # type: ignore[index]
    assert _verdict("时效指标", "完成时效", target, actual) == (attainment, explanation)


# -- 3. a schedule's count in a Chinese numeral ---------------------------------------------

WORDED_SCHEDULE = [
    ("每两年一次", "每两年", 1, "每两年=1(次)"),
    ("每年两次", "每年", 2, "每年=2(次)"),
    ("每季度一次", "每季度", 1, "每季度=1(次)"),
    ("每季度开展一次", "每季度开展", 1, "每季度开展=1(次)"),
    ("每2年一次", "每2年", 1, "每2年=1(次)"),
]


@pytest.mark.parametrize(("cell", "label", "count", "canonical"), WORDED_SCHEDULE)
def test_worded_schedule(cell: str, label: str, count: int, canonical: str) -> None:
    expected = Comparison(Op.EQ, Decimal(count), "次", label=label)
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full
    assert fast[0] == expected  # type: ignore[index]
    value = parse_value(cell, year=2025)
    assert value == Quantity(Decimal(count), "次", Bound.EXACT, label=label)
    fast, full = fast_and_full(parse_value, cell, 2025)
    assert fast == full


# A numeral not of a schedule stays as it was (最多跑一次 as a target is 跑≤1(次), as
# its digit twin 最多跑1次 is: tests/test_numeral_counts_r37i.py).
@pytest.mark.parametrize("cell", ["一年两次"])
def test_worded_count_not_schedule(cell: str) -> None:
    assert not isinstance(parse_target(cell, year=2025), Comparison)


WORDED_SCHEDULE_VERDICTS = [
    ("每两年一次", "1次", "met", "实际1次，达到年度指标=1次"),
    (
        "每两年一次",
        "0次",
        "unknown",
        "年度指标“每两年一次”按每两年计，本年度未必安排；实际0次，未达年度指标=1次，需人工判断",
    ),
    ("每季度一次", "4次", "met", "“每季度一次”全年计=4次；实际4次，达到年度指标=4次"),
    ("每季度一次", "3次", "not_met", "“每季度一次”全年计=4次；实际3次，未达年度指标=4次"),
    ("每年两次", "1次", "not_met", "“每年两次”全年计=2次；实际1次，未达年度指标=2次"),
]


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "explanation"), WORDED_SCHEDULE_VERDICTS
)
def test_worded_schedule_verdict(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _verdict("数量指标", "开展巡查", target, actual) == (attainment, explanation)


# -- 4. a count every two months: six a year ----------------------------------------------

TWO_MONTHS = [
    ("每两月1次", "每两月", "6次", "met", "“每两月1次”全年计=6次；实际6次，达到年度指标=6次"),
    ("每两月1次", "每两月", "5次", "not_met", "“每两月1次”全年计=6次；实际5次，未达年度指标=6次"),
    ("每两个月1次", "每两个月", "6次", "met", "“每两个月1次”全年计=6次；实际6次，达到年度指标=6次"),
    ("每两月一次", "每两月", "1次", "not_met", "“每两月一次”全年计=6次；实际1次，未达年度指标=6次"),
]


@pytest.mark.parametrize(("target", "label", "actual", "attainment", "explanation"), TWO_MONTHS)
def test_every_two_months(
    target: str, label: str, actual: str, attainment: str, explanation: str
) -> None:
    expected = Comparison(Op.EQ, Decimal(1), "次", label=label)
    assert parse_target(target, year=2025) == expected
    fast, full = fast_and_full(parse_target, target, 2025)
    assert fast == full
    assert fast[0] == expected  # type: ignore[index]
    assert _verdict("数量指标", "开展巡查", target, actual) == (attainment, explanation)
