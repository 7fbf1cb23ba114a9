"""r36b: a recurring schedule whose periods are counted in figures reads as its worded twin.

- ``每2个月1次``, ``每3个月1次``, ``每2周1次``, ``每10天1次``, ``每隔1个月开展1次``,
  ``1次/2个月``, ``2次/每2个月`` parse as ``每两个月1次`` … do: a count with the schedule
  as its label, kept in figures (``每2个月=1(次)``), target and value; they were prose
  (``Descriptive(recurring=True)``) or text;
- a counted period is scored by its periods a year, worded or in figures: every two months
  (``每2个月``, ``每隔一个月``, ``每隔1个月``) six, every three months (``每3个月``,
  ``每三个月``) four, six months two; weeks and days (``每2周``, ``每两周``, ``每10天``,
  ``每十天``) and months that make no whole year (``每5个月``) have no exact count, as
  ``每周`` has not. Before, the worded ``每三个月1次``, ``每两周1次``, ``每十天1次`` and
  ``每隔一个月开展1次`` were met by any count against ``=1次``;
- ``每隔1年1次`` is due once in two years, as ``每隔一年1次`` is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grade_tables import verdict
from grammar_paths import fast_and_full
from perftrack import parse_target, parse_value
from perftrack.expressions import Bound, Comparison, Op, Quantity
from scoring_builders import indicator, verdict_of

ONE = Decimal(1)

# -- 1. parsing: the cell, its worded twin, the target and the value ------------------------

PARSED = [
    ("每2个月1次", "每两个月1次", Op.EQ, ONE, "每2个月", Bound.EXACT),
    ("每3个月1次", "每三个月1次", Op.EQ, ONE, "每3个月", Bound.EXACT),
    ("每2周1次", "每两周1次", Op.EQ, ONE, "每2周", Bound.EXACT),
    ("每10天1次", "每十天1次", Op.EQ, ONE, "每10天", Bound.EXACT),
    ("每12个月1次", "每十二个月1次", Op.EQ, ONE, "每12个月", Bound.EXACT),
    ("每2个季度1次", "每两个季度1次", Op.EQ, ONE, "每2个季度", Bound.EXACT),
    ("每隔1个月1次", "每隔一个月1次", Op.EQ, ONE, "每隔1个月", Bound.EXACT),
    ("每隔1个月开展1次", "每隔一个月开展1次", Op.EQ, ONE, "每隔1个月开展", Bound.EXACT),
    ("每2个月开展1次", "每两个月开展1次", Op.EQ, ONE, "每2个月开展", Bound.EXACT),
    ("每2个月至少1次", "每两个月至少1次", Op.GE, ONE, "每2个月", Bound.AT_LEAST),
    ("每2个月≥1次", "每两个月≥1次", Op.GE, ONE, "每2个月", Bound.AT_LEAST),
    ("每2个月一次", "每两个月一次", Op.EQ, ONE, "每2个月", Bound.EXACT),
    ("每2个月=1(次)", "每两个月=1(次)", Op.EQ, ONE, "每2个月", Bound.EXACT),
    # a count per some periods is the schedule written with 每 (r35j), here in figures
    ("1次/2个月", "1次/两个月", Op.EQ, ONE, "每2个月", Bound.EXACT),
    ("1次/2周", "1次/两周", Op.EQ, ONE, "每2周", Bound.EXACT),
    ("1次/10天", "1次/十天", Op.EQ, ONE, "每10天", Bound.EXACT),
    ("2次/每2个月", "2次/每两个月", Op.EQ, Decimal(2), "每2个月", Bound.EXACT),
]


@pytest.mark.parametrize(("cell", "twin", "op", "count", "label", "bound"), PARSED)
def test_a_schedule_in_figures_parses_as_in_words(  # noqa: PLR0913, PLR0917 - one per column
    cell: str, twin: str, op: Op, count: Decimal, label: str, bound: Bound
) -> None:
    target = parse_target(cell, year=2025)
    assert target == Comparison(op, count, "次", label=label)
    assert target.text == cell  # the raw text kept
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full
    again = parse_target(str(target))
    assert again == target
    assert str(again) == str(target)
    worded = parse_target(twin, year=2025)
    assert isinstance(worded, Comparison)
    assert (worded.op, worded.value, worded.unit) == (op, count, "次")

    value = parse_value(cell, year=2025)
    assert value == Quantity(count, "次", bound, label=label)
    assert value.text == cell
    fast, full = fast_and_full(parse_value, cell, 2025)
    assert fast == full
    assert parse_value(str(value)) == value


# -- 2. verdicts in a 2025 自评表: the digits as the words ------------------------------------

SELF_VERDICTS = [
    ("每2个月1次", "5次", "not_met", "“每2个月1次”全年计=6次；实际5次，未达年度指标=6次"),
    ("每2个月1次", "6次", "met", "“每2个月1次”全年计=6次；实际6次，达到年度指标=6次"),
    ("1次/2个月", "5次", "not_met", "“1次/2个月”全年计=6次；实际5次，未达年度指标=6次"),
    ("2次/每2个月", "10次", "not_met", "“2次/每2个月”全年计=12次；实际10次，未达年度指标=12次"),
    ("每2个月至少1次", "6次", "met", "“每2个月至少1次”全年计≥6次；实际6次，达到年度指标≥6次"),
    (
        "每隔1个月开展1次",
        "5次",
        "not_met",
        "“每隔1个月开展1次”全年计=6次；实际5次，未达年度指标=6次",
    ),
    # 每隔一个月 is every other month: six a year (it was met by any count against =1次)
    (
        "每隔一个月开展1次",
        "5次",
        "not_met",
        "“每隔一个月开展1次”全年计=6次；实际5次，未达年度指标=6次",
    ),
    ("每3个月1次", "3次", "not_met", "“每3个月1次”全年计=4次；实际3次，未达年度指标=4次"),
    ("每三个月1次", "3次", "not_met", "“每三个月1次”全年计=4次；实际3次，未达年度指标=4次"),
    ("每6个月1次", "1次", "not_met", "“每6个月1次”全年计=2次；实际1次，未达年度指标=2次"),
    ("每2个季度1次", "2次", "met", "“每2个季度1次”全年计=2次；实际2次，达到年度指标=2次"),
    ("每2月1次", "5次", "not_met", "“每2月1次”全年计=6次；实际5次，未达年度指标=6次"),
    # weeks and days have no exact count in a year, as 每周1次 has not
    (
        "每2周1次",
        "20次",
        "unknown",
        "年度指标“每2周1次”按2周计，无法与全年完成数直接对照，需人工判断",
    ),
    (
        "每两周1次",
        "20次",
        "unknown",
        "年度指标“每两周1次”按两周计，无法与全年完成数直接对照，需人工判断",
    ),
    (
        "每10天1次",
        "30次",
        "unknown",
        "年度指标“每10天1次”按10天计，无法与全年完成数直接对照，需人工判断",
    ),
    (
        "每十天1次",
        "30次",
        "unknown",
        "年度指标“每十天1次”按十天计，无法与全年完成数直接对照，需人工判断",
    ),
    (
        "每5个月1次",
        "2次",
        "unknown",
        "年度指标“每5个月1次”按5个月计，无法与全年完成数直接对照，需人工判断",
    ),
    # every other period of four months: five months, no whole year
    (
        "每隔4个月1次",
        "2次",
        "unknown",
        "年度指标“每隔4个月1次”按每隔4个月计，无法与全年完成数直接对照，需人工判断",
    ),
    # every other year in figures, as in words (r35p)
    (
        "每隔1年1次",
        "0次",
        "unknown",
        "年度指标“每隔1年1次”按每隔1年计，本年度未必安排；实际0次，未达年度指标=1次，需人工判断",
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), SELF_VERDICTS)
def test_self_evaluation_verdict(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert verdict("数量指标", "开展巡查", target, actual) == (attainment, explanation)


# the cell, its worded twin, and the period as the explanation says it in each
TWINS = [
    ("每2个月1次", "每两个月1次", "", ""),
    ("1次/2个月", "每两个月1次", "", ""),
    ("每隔1个月开展1次", "每隔一个月开展1次", "", ""),
    ("每3个月1次", "每三个月1次", "", ""),
    ("每2周1次", "每两周1次", "按两周计", "按2周计"),
    ("每10天1次", "每十天1次", "按十天计", "按10天计"),
    ("每2个月至少1次", "每两个月至少1次", "", ""),
]


@pytest.mark.parametrize(("cell", "twin", "worded_period", "said_period"), TWINS)
@pytest.mark.parametrize("actual", ["0次", "4次", "6次"])
def test_scored_as_the_worded_twin(
    cell: str, twin: str, worded_period: str, said_period: str, actual: str
) -> None:
    attainment, explanation = verdict("数量指标", "开展巡查", twin, actual)
    expected = explanation.replace(twin, cell).replace(worded_period, said_period)
    assert verdict("数量指标", "开展巡查", cell, actual) == (attainment, expected)


# -- 3. a tracking table of 2023 1-6月: pending, judged against the plan ---------------------

TRACKING = [
    (
        "每2个月1次",
        "3次",
        "2次",
        "pending",
        "behind",
        "“每2个月1次”全年计=6次；实际2次，未达年度指标=6次，距年底尚有时间；实际2次落后于计划3次",
    ),
    (
        "每隔1个月1次",
        "3次",
        "3次",
        "pending",
        "on_track",
        "“每隔1个月1次”全年计=6次；实际3次，未达年度指标=6次，距年底尚有时间",
    ),
]


@pytest.mark.parametrize(
    ("target", "planned", "actual", "attainment", "progress", "explanation"), TRACKING
)
def test_tracking_verdict(  # noqa: PLR0913, PLR0917 - one per column
    target: str, planned: str, actual: str, attainment: str, progress: str, explanation: str
) -> None:
    found = verdict_of(indicator("开展巡查", target, actual, planned), period=(2023, 1, 2023, 6))
    assert found.attainment.value == attainment
    assert found.progress is not None
    assert found.progress.value == progress
    assert found.explanation == explanation


# -- 4. any schedule in figures: the same shape as in words, and a round trip ----------------

_NUMERALS = "一两三四五六七八九"


def _words(number: int) -> str:
    tens, units = divmod(number, 10)
    if tens == 0:
        return _NUMERALS[units - 1]
    head = "" if tens == 1 else "二" if tens == 2 else _NUMERALS[tens - 1]
    tail = "" if units == 0 else "二" if units == 2 else _NUMERALS[units - 1]
    return f"{head}十{tail}"


@given(
    st.sampled_from(["", "隔"]),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["个月", "季度", "个季度", "周", "天", "日", "个工作日"]),
    st.sampled_from(["", "开展", "检查", "至少", "不少于", "≥"]),
    st.integers(min_value=1, max_value=9),
)
def test_any_schedule_in_figures(gap: str, number: int, period: str, verb: str, count: int) -> None:
    cell = f"每{gap}{number}{period}{verb}{count}次"
    twin = f"每{gap}{_words(number)}{period}{verb}{count}次"
    target = parse_target(cell)
    worded = parse_target(twin)
    assert isinstance(target, Comparison), cell
    assert isinstance(worded, Comparison), twin
    assert (target.op, target.value, target.unit) == (worded.op, worded.value, worded.unit)
    said, in_words = f"每{gap}{number}{period}", f"每{gap}{_words(number)}{period}"
    assert worded.label is not None
    assert worded.label.startswith(in_words), twin
    assert target.label == said + worded.label[len(in_words) :]
    assert parse_target(str(target)) == target
    value = parse_value(cell)
    assert isinstance(value, Quantity), cell
    assert value.label == target.label
    assert parse_value(str(value)) == value
