"""A pass at the first acceptance is the word passed (k30e; parse54 M5).

``一次性验收合格`` and ``一次验收合格`` (accepted at the first inspection) read as the
conformity word ``合格``, as ``验收合格`` does; a negation after the lead-in stays text.
"""

from __future__ import annotations

import pytest

from perftrack.expressions import QualitativeValue, TextValue, Value, parse_value

VALUES = [
    pytest.param("一次性验收合格", QualitativeValue("合格", "conformity"), id="at-once"),
    pytest.param("一次验收合格", QualitativeValue("合格", "conformity"), id="first-time"),
    # controls
    pytest.param("验收合格", QualitativeValue("合格", "conformity"), id="accepted-as-before"),
    pytest.param("一次性验收不合格", TextValue("一次性验收不合格"), id="negated-is-text"),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_first_acceptance(text: str, expected: Value) -> None:
    value = parse_value(text)
    assert value == expected
    assert parse_value(str(value)) == value  # the round trip of §4
