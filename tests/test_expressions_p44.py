"""Values from 水文监测, 外事接待, 供销社化肥储备 and 种业 tables (parse44).

- H1: a count of times of any measure word written with a dot (``断面·次``, ``站·次``,
  ``架·次``, ``车·次``, ``台·次``, ``万亩·次``) is the unit ``断面次``…, as ``人·次`` is
  ``人次``; a rate keeps its dot (``元/人·次``), and a sum of money is no count (``元·次``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    Quantity,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)

# ---------------------------------------------------------------------------
# H1: a dotted count of times of any measure word

DOTTED_TIMES_TARGETS = [
    pytest.param("≥576断面·次", Comparison(Op.GE, Decimal(576), "断面次"), id="sections"),
    pytest.param("≥800站·次", Comparison(Op.GE, Decimal(800), "站次"), id="stations"),
    pytest.param("≥50架·次", Comparison(Op.GE, Decimal(50), "架次"), id="flights"),
    pytest.param("≥120车·次", Comparison(Op.GE, Decimal(120), "车次"), id="vehicles"),
    pytest.param("≥1000台·次", Comparison(Op.GE, Decimal(1000), "台次"), id="machines"),
    pytest.param("≥3万亩*次", Comparison(Op.GE, Decimal(3), "万亩次"), id="scaled-star"),
    pytest.param("≥800(站·次)", Comparison(Op.GE, Decimal(800), "站次"), id="bracketed"),
    # controls: person-times as before, a rate keeps its dot
    pytest.param("≥500人·次", Comparison(Op.GE, Decimal(500), "人次"), id="control-persons"),
    pytest.param("≤30元/人·次", Comparison(Op.LE, Decimal(30), "元/人·次"), id="control-rate"),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_TIMES_TARGETS)
def test_dotted_times_target(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


DOTTED_TIMES_VALUES = [
    pytest.param("432断面·次", Quantity(Decimal(432), "断面次", Bound.EXACT), id="sections"),
    pytest.param("50车·次", Quantity(Decimal(50), "车次", Bound.EXACT), id="vehicles"),
    pytest.param("1200亩·次", Quantity(Decimal(1200), "亩次", Bound.EXACT), id="mu"),
    pytest.param("45台·次", Quantity(Decimal(45), "台次", Bound.EXACT), id="machines"),
    pytest.param("812站.次", Quantity(Decimal(812), "站次", Bound.EXACT), id="full-stop"),
    pytest.param("216人·次", Quantity(Decimal(216), "人次", Bound.EXACT), id="control-persons"),
    pytest.param("5元·次", TextValue("5元·次"), id="money-no-count"),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_TIMES_VALUES)
def test_dotted_times_value(text: str, expected: Value) -> None:
    assert parse_value(text, year=2025) == expected


# ---------------------------------------------------------------------------
# H2: prose with the ceiling in brackets

PROSE_CEILINGS = [
    pytest.param(
        "控制在预算内（≤120万元）",
        Comparison(Op.LE, Decimal(120), "万元", note="控制在预算内"),
        id="within-budget",
    ),
    pytest.param(
        "不超过预算（≤60万元）",
        Comparison(Op.LE, Decimal(60), "万元", note="不超过预算"),
        id="not-over-budget",
    ),
    pytest.param(
        "预算范围内（≤120万元）",
        Comparison(Op.LE, Decimal(120), "万元", note="预算范围内"),
        id="budget-range",
    ),
    pytest.param(
        "严格控制（不超过120万元）",
        Comparison(Op.LE, Decimal(120), "万元", note="严格控制"),
        id="worded-ceiling",
    ),
    pytest.param(
        "≤120万元（控制在预算内）",
        Comparison(Op.LE, Decimal(120), "万元", note="控制在预算内"),
        id="control-swapped",
    ),
    # no ceiling in the bracket: prose as before
    pytest.param(
        "控制在年度预算内（120万元）",
        Descriptive("控制在年度预算内(120万元)"),
        id="bare-figure",
    ),
    pytest.param("群众满意（≥90%）", Descriptive("群众满意(≥90%)"), id="floor"),
]


@pytest.mark.parametrize(("text", "expected"), PROSE_CEILINGS)
def test_prose_then_ceiling(text: str, expected: Target) -> None:
    assert parse_target(text) == expected
