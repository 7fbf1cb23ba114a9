"""A decimal in words after an operator symbol; fractions that bound a share (k30b).

``≥七点五公里`` is ``≥7.5公里``, as ``七点五公里`` and ``不少于七点五公里`` already were and as
``parse_value`` reads it: a number in words with a point in words is read as its figures
after ``≥ ≤ > < =`` too (the symbol's route took a Chinese numeral only before a measure
word, and 点 is none). A whole numeral with nothing after it (``≥八十``, ``≥三``), a grade
(``≥二级``), a time of day (``≥三点五十分``) and a label before the symbol stay as they were.

Fractions stay out of the value language (no Decimal holds 1/3): ``≥1/3``, ``不低于三分之一``
and ``三分之二以上`` are still descriptive targets, ``1/2`` a text value, and ``12/31`` and
``2023/12/31`` dates where they were. What scoring reads of them is in
:func:`fraction_bound` (an operator and one small proper fraction, nothing else) and
:func:`value_fraction` (a fraction alone); test_scoring_k30b holds the verdicts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Bound,
    Comparison,
    Deadline,
    Descriptive,
    Op,
    Part,
    Quantity,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from perftrack.expressions._grammar import fraction_bound, value_fraction

D = Decimal

TARGETS = [
    pytest.param("≥七点五公里", Comparison(Op.GE, D("7.5"), "公里"), id="ge-decimal-words"),
    pytest.param("≤七点五公里", Comparison(Op.LE, D("7.5"), "公里"), id="le-decimal-words"),
    pytest.param(">七点五公里", Comparison(Op.GT, D("7.5"), "公里"), id="gt-decimal-words"),
    pytest.param("<七点五公里", Comparison(Op.LT, D("7.5"), "公里"), id="lt-decimal-words"),
    pytest.param("=七点五公里", Comparison(Op.EQ, D("7.5"), "公里"), id="eq-decimal-words"),
    pytest.param("≥零点八公里", Comparison(Op.GE, D("0.8"), "公里"), id="zero-point"),
    pytest.param("≤零点五%", Comparison(Op.LE, D("0.5"), "%"), id="percent"),
    pytest.param("≥九十五点五%", Comparison(Op.GE, D("95.5"), "%"), id="tens-point"),
    pytest.param("≥三点八万人次", Comparison(Op.GE, D("3.8"), "万人次"), id="scaled-unit"),
    pytest.param("≥七点五万元", Comparison(Op.GE, D("7.5"), "万元"), id="money"),
    pytest.param("≥十二点五", Comparison(Op.GE, D("12.5")), id="no-unit"),
    pytest.param("≥七点五公里以上", Comparison(Op.GE, D("7.5"), "公里"), id="suffix-too"),
    # neighbours: as before
    pytest.param("七点五公里", Comparison(Op.EQ, D("7.5"), "公里"), id="bare-as-before"),
    pytest.param("不少于七点五公里", Comparison(Op.GE, D("7.5"), "公里"), id="word-as-before"),
    pytest.param("七点五公里以上", Comparison(Op.GE, D("7.5"), "公里"), id="after-as-before"),
    pytest.param("不少于十二次", Comparison(Op.GE, D(12), "次"), id="words-twelve"),
    pytest.param("≥三场", Comparison(Op.GE, D(3), "场"), id="symbol-measure-word"),
    pytest.param("≥八十%", Comparison(Op.GE, D(80), "%"), id="symbol-numeral-percent"),
    pytest.param("≥八十", Descriptive("≥八十"), id="whole-numeral-alone-prose"),
    pytest.param("≥三", Descriptive("≥三"), id="digit-word-alone-prose"),
    pytest.param("≥二级", Descriptive("≥二级"), id="grade-prose"),
    pytest.param("≥三点五十分", Descriptive("≥三点五十分"), id="time-of-day-prose"),
    pytest.param("≥一点一滴", Descriptive("≥一点一滴"), id="idiom-prose"),
    pytest.param("长度≥七公里", Descriptive("长度≥七公里"), id="label-whole-as-before"),
    pytest.param("长度≥七点五公里", Descriptive("长度≥七点五公里"), id="label-point-as-whole"),
    # fractions: prose as before (scoring reads them), dates stay dates
    pytest.param("≥1/3", Descriptive("≥1/3"), id="fraction-symbol-prose"),
    pytest.param("1/3", Descriptive("1/3"), id="fraction-bare-prose"),
    pytest.param("不低于三分之一", Descriptive("不低于三分之一"), id="fraction-words-prose"),
    pytest.param("三分之二以上", Descriptive("三分之二以上"), id="fraction-suffix-prose"),
    pytest.param("12/31", Descriptive("12/31"), id="month-day-as-before"),
    pytest.param("2023/12/31", Deadline(2023, 12, 31, Part.DAY, strict=False), id="date-as-before"),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_target(text: str, expected: Target) -> None:
    target = parse_target(text)
    assert target == expected
    assert parse_target(str(target)) == target  # the round trip of §4
    assert str(parse_target(str(target))) == str(target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥七点五公里", Quantity(D("7.5"), "公里", Bound.AT_LEAST)),
        ("七点五公里", Quantity(D("7.5"), "公里")),
        ("1/2", TextValue("1/2")),
        ("二分之一", TextValue("二分之一")),
    ],
)
def test_value_as_before(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


def test_value_bound_decimal_words_as_target() -> None:
    """The value and the target read ``≥七点五公里`` alike: at least 7.5 公里."""
    value = parse_value("≥七点五公里")
    assert isinstance(value, Quantity)
    target = parse_target("≥七点五公里")
    assert isinstance(target, Comparison)
    assert (value.value, value.unit) == (target.value, target.unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥1/3", (Op.GE, 1, 3)),
        ("不低于三分之一", (Op.GE, 1, 3)),
        ("三分之二以上", (Op.GE, 2, 3)),
        ("不少于1/3", (Op.GE, 1, 3)),
        ("超过三分之二", (Op.GT, 2, 3)),
        ("≤1/4", (Op.LE, 1, 4)),
        ("1/4以内", (Op.LE, 1, 4)),
        ("控制在1/3以内", (Op.LE, 1, 3)),
        ("<1/2", (Op.LT, 1, 2)),
        ("≥十分之一", (Op.GE, 1, 10)),
        ("≥1/10", (Op.GE, 1, 10)),
        # no bound of a share
        ("1/3", None),  # no operator: what = means of a share is not said
        ("≥12/31", None),  # a whole past 10: a date, no small fraction
        ("12/31前", None),
        ("2023/12/31", None),
        ("≥1000元/人", None),  # a per unit
        ("≥1/3元", None),  # a unit after it
        ("≥1/3%", None),
        ("≥1/11", None),
        ("≥2/2", None),  # no proper fraction
        ("≥0/3", None),
        ("≥二十分之一", None),  # a numeral run before 分之
        ("≥百分之三十", None),  # per cent: a comparison of its own
        ("占比≥1/3", None),  # a label: left as it was
        ("≥1/3(2024年)", None),  # another figure
        ("≥1/3,力争1/2", None),  # two fractions
        ("≥三分之一点五", None),
    ],
)
def test_fraction_bound(text: str, expected: tuple[Op, int, int] | None) -> None:
    assert fraction_bound(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/2", (1, 2)),
        ("二分之一", (1, 2)),
        ("三分之二", (2, 3)),
        ("465/500", (465, 500)),
        ("0/5", (0, 5)),
        ("3/2", None),  # above the whole: no share
        ("1/0", None),
        ("2023/12/31", None),
        ("约1/2", None),
        ("40%", None),
    ],
)
def test_value_fraction(text: str, expected: tuple[int, int] | None) -> None:
    assert value_fraction(text) == expected
