"""Targets and values from 学前教育, 衔接资金, 保租房, 文物保护 and 气象 tables (parse39).

- H1: a bracket after a rate bounding a count in a measure of its own (``≥90%（大班≤35人）``)
  defines what the rate counts: a note, no second requirement.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import Comparison, Descriptive, Op, Target, parse_target

# ---------------------------------------------------------------------------
# H1: a rate's criterion in brackets is its note

RATE_CRITERION_TARGETS = [
    pytest.param(
        "≥90%（大班≤35人）",
        Comparison(Op.GE, Decimal(90), "%", note="大班≤35人"),
        id="class-size",
    ),
    pytest.param(
        "≥90%（大班额不超过35人）",
        Comparison(Op.GE, Decimal(90), "%", note="大班额不超过35人"),
        id="class-size-word",
    ),
    pytest.param(
        "≥95%（单次处置≤30分钟）",
        Comparison(Op.GE, Decimal(95), "%", note="单次处置≤30分钟"),
        id="time-criterion",
    ),
    # near misses: a second rate, 其中, a count target's part stay second requirements
    pytest.param("≥95%（满意度≥90%）", Descriptive("≥95%(满意度≥90%)"), id="second-rate"),
    pytest.param("≥95%（其中大班≤35人）", Descriptive("≥95%(其中大班≤35人)"), id="of-which"),
    pytest.param("≥10个（村级≥6个）", Descriptive("≥10个(村级≥6个)"), id="count-part"),
    pytest.param("≥95%（其中优良率≥60%）", Descriptive("≥95%(其中优良率≥60%)"), id="rate-of-which"),
    pytest.param(
        "≥90%（提高5个百分点）",
        Comparison(Op.GE, Decimal(90), "%", note="提高5个百分点"),
        id="points-no-bound",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATE_CRITERION_TARGETS)
def test_rate_criterion_is_note(text: str, expected: Target) -> None:
    assert parse_target(text) == expected
