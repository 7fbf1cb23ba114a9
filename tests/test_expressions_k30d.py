"""Cells of parse54 M1, M10, M13, M12, M14, M15 (k30d).

M1: a template's operator sign printed before the cell's own bound word (``≥不低于95%``,
``≤不超过5天``, ``=达到95%``, ``≥以上95%``) reads as that comparison, and a label between
the sign and its figure (``≥满意度90%``) as a labelled comparison; a word of another bound
(``≥不超过95%``, ``=不低于90%``) stays the error it was.
M15: a label then a count of times in a Chinese numeral (``最多跑一次``) reads as with the
figure (``最多跑1次``); an ordinal or a time named (``第一次``, ``上一次``), a rate
(``一年两次``) or a plan (``计划开展检查三次``) stays text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import ExpressionError
from perftrack.expressions import (
    Bound,
    Comparison,
    Op,
    Quantity,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)

SIGN_BEFORE_WORD_TARGETS = [
    pytest.param("≥不低于95%", Comparison(Op.GE, Decimal(95), "%"), id="ge-not-below"),
    pytest.param("≥不少于500人", Comparison(Op.GE, Decimal(500), "人"), id="ge-not-fewer"),
    pytest.param("≥达到95%", Comparison(Op.GE, Decimal(95), "%"), id="ge-reach"),
    pytest.param("=达到95%", Comparison(Op.GE, Decimal(95), "%"), id="eq-reach-reads-reach"),
    pytest.param("＝达到95%", Comparison(Op.GE, Decimal(95), "%"), id="full-width-eq-reach"),
    pytest.param("≥以上95%", Comparison(Op.GE, Decimal(95), "%"), id="ge-above-moved"),
    pytest.param("≤不超过5天", Comparison(Op.LE, Decimal(5), "天"), id="le-not-over"),
    pytest.param("≤不高于5%", Comparison(Op.LE, Decimal(5), "%"), id="le-not-higher"),
    pytest.param("≤以内5天", Comparison(Op.LE, Decimal(5), "天"), id="le-within-moved"),
    pytest.param(
        "≥满意度90%", Comparison(Op.GE, Decimal(90), "%", "满意度"), id="label-after-sign"
    ),
    # neighbours: as before
    pytest.param("≥95%以上", Comparison(Op.GE, Decimal(95), "%"), id="above-after-figure"),
    pytest.param("不低于95%", Comparison(Op.GE, Decimal(95), "%"), id="word-alone"),
    pytest.param("满意度≥90%", Comparison(Op.GE, Decimal(90), "%", "满意度"), id="label-first"),
    pytest.param("=95%", Comparison(Op.EQ, Decimal(95), "%"), id="eq-alone"),
]


@pytest.mark.parametrize(("text", "expected"), SIGN_BEFORE_WORD_TARGETS)
def test_sign_before_its_word(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize("text", ["≥不超过95%", "≤不低于5%", "=不低于90%", "≥以下95%", "≥以上"])
def test_sign_before_another_bound_stays_an_error(text: str) -> None:
    with pytest.raises(ExpressionError):
        parse_target(text)


SIGN_BEFORE_WORD_VALUES = [
    pytest.param("≥以上95%", Quantity(Decimal(95), "%", Bound.AT_LEAST), id="value-ge-above"),
    pytest.param("≥不低于95%", Quantity(Decimal(95), "%", Bound.AT_LEAST), id="value-ge-word"),
    pytest.param("≤不超过5天", Quantity(Decimal(5), "天", Bound.AT_MOST), id="value-le-word"),
    pytest.param("=达到95%", Quantity(Decimal(95), "%"), id="value-eq-reach"),
    # neighbours
    pytest.param("≥95%", Quantity(Decimal(95), "%", Bound.AT_LEAST), id="value-sign-alone"),
    pytest.param("≥不超过95%", TextValue("≥不超过95%"), id="value-disagreeing-word-is-text"),
]


@pytest.mark.parametrize(("text", "expected"), SIGN_BEFORE_WORD_VALUES)
def test_value_sign_before_its_word(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


WORDED_COUNTS = [
    pytest.param("最多跑一次", Quantity(Decimal(1), "次", label="最多跑"), id="at-most-run-once"),
    pytest.param("每天一次", Quantity(Decimal(1), "次", label="每天"), id="once-a-day"),
    pytest.param("开展两次", Quantity(Decimal(2), "次", label="开展"), id="held-twice"),
    pytest.param("召开十次", Quantity(Decimal(10), "次", label="召开"), id="ten-times"),
    # neighbours: as before
    pytest.param("最多跑1次", Quantity(Decimal(1), "次", label="最多跑"), id="figure-as-before"),
    pytest.param("最多一次", Quantity(Decimal(1), "次", Bound.AT_MOST), id="operator-word"),
    pytest.param("第一次", TextValue("第一次"), id="ordinal-is-text"),
    pytest.param("上一次", TextValue("上一次"), id="last-time-is-text"),
    pytest.param("再一次", TextValue("再一次"), id="once-more-is-text"),
    pytest.param("一次性", TextValue("一次性"), id="one-off-is-text"),
    pytest.param("一年两次", TextValue("一年两次"), id="numeral-in-label-is-text"),
    pytest.param("计划开展检查三次", TextValue("计划开展检查三次"), id="plan-is-text"),
]


@pytest.mark.parametrize(("text", "expected"), WORDED_COUNTS)
def test_label_then_worded_count(text: str, expected: Value) -> None:
    value = parse_value(text)
    assert value == expected
    assert parse_value(str(value)) == value  # the round trip of §4
