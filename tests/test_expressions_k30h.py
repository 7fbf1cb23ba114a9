"""一次性 and 一次 before a verb of passing are "at the first try", no count (k30h; parse54).

``一次性通过验收``, ``一次验收通过`` and ``一次性验收`` were the quantity 1 with the units
``次性通过验收``, ``次验收通过``, ``次性验收``: a unit beginning with 次 glued to 性 or to a
verb of passing is no unit. With the adverb set aside the cells read as the words without
it: ``一次性通过验收`` is ``通过验收`` and ``一次验收通过`` is ``验收通过`` (the same pass word of
the conformity family, which ``验收通过`` now is as ``通过验收`` was), as ``一次性验收合格``
was ``合格``. ``一次性验收`` (accepted at once, passed or not unsaid) is text. Counts of
inspections (``验收3次``, ``2次验收``, ``一次``, ``1次``) and a label holding 一次性
(``一次性补助500元``) stay what they were.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Comparison,
    Op,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from probe_tables import self_reading, track_verdict

VALUES = [
    pytest.param("一次性通过验收", QualitativeValue("通过验收", "conformity"), id="at-once-passed"),
    pytest.param("一次验收通过", QualitativeValue("验收通过", "conformity"), id="first-passed"),
    pytest.param("验收通过", QualitativeValue("验收通过", "conformity"), id="passed-word"),
    pytest.param("已验收通过", QualitativeValue("验收通过", "conformity"), id="already-passed"),
    pytest.param("一次性验收", TextValue("一次性验收"), id="at-once-accepted-is-text"),
    pytest.param("一次通过", TextValue("一次通过"), id="passed-at-once-is-text"),
    pytest.param("1次验收通过", TextValue("1次验收通过"), id="arabic-one-is-text"),
    pytest.param("一次性告知", TextValue("一次性告知"), id="at-once-told-is-text"),
    # controls: as before
    pytest.param("通过验收", QualitativeValue("通过验收", "conformity"), id="pass-word"),
    pytest.param("一次性验收合格", QualitativeValue("合格", "conformity"), id="first-conform"),
    pytest.param("一次验收合格", QualitativeValue("合格", "conformity"), id="first-conform-2"),
    pytest.param("验收3次", Quantity(Decimal(3), "次", label="验收"), id="count-after"),
    pytest.param("2次验收", Quantity(Decimal(2), "次验收"), id="count-before"),
    pytest.param("一次", Quantity(Decimal(1), "次"), id="once"),
    pytest.param("1次", Quantity(Decimal(1), "次"), id="one-time"),
    pytest.param(
        "一次性补助500元",
        Quantity(Decimal(500), "元", label="一次性补助"),
        id="one-off-label",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_first_try_value(text: str, expected: Value) -> None:
    value = parse_value(text)
    assert value == expected
    assert parse_value(str(value)) == value  # the round trip of §4


TARGETS = [
    pytest.param(
        "一次性通过验收", QualitativeTarget("通过验收", "conformity"), id="at-once-passed"
    ),
    pytest.param("一次验收通过", QualitativeTarget("验收通过", "conformity"), id="first-passed"),
    pytest.param("验收通过", QualitativeTarget("验收通过", "conformity"), id="passed-word"),
    pytest.param("验收3次", Comparison(Op.EQ, Decimal(3), "次", label="验收"), id="count"),
    pytest.param("一次", Comparison(Op.EQ, Decimal(1), "次"), id="once"),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_first_try_target(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


SCORED = [
    pytest.param(
        ("竣工验收", "通过验收", "一次性通过验收"),
        ("met", "实际“一次性通过验收”，达到“通过验收”"),
        id="at-once-passed",
    ),
    pytest.param(
        ("竣工验收", "通过验收", "一次验收通过"),
        ("met", "实际“一次验收通过”，达到“通过验收”"),
        id="first-passed",
    ),
    pytest.param(
        ("竣工验收", "验收通过", "一次验收通过"),
        ("met", "实际“一次验收通过”，达到“验收通过”"),
        id="first-passed-same-word",
    ),
    pytest.param(
        ("竣工验收", "通过验收", "验收通过"),
        ("met", "实际“验收通过”，达到“通过验收”"),
        id="passed-word-order",
    ),
    pytest.param(
        ("竣工验收", "验收合格", "验收通过"),
        ("met", "实际“验收通过”，达到“合格”"),
        id="passed-meets-conform",
    ),
    pytest.param(
        ("竣工验收", "验收通过", "验收未通过"),
        ("not_met", "实际“验收未通过”，未达到“验收通过”"),
        id="not-passed",
    ),
    pytest.param(
        ("验收通过率", "100%", "一次性通过验收"),
        ("met", "实际“一次性通过验收”，即全部通过，视为100%，达到年度指标=100%"),
        id="rate",
    ),
    # controls
    pytest.param(
        ("竣工验收", "验收合格", "一次性验收"),
        ("unknown", "实际“一次性验收”无法与年度指标“验收合格”对照"),
        id="accepted-unsaid-pass",
    ),
    pytest.param(
        ("工程质量", "合格", "一次性验收合格"),
        ("met", "实际“一次性验收合格”，达到“合格”"),
        id="first-conform",
    ),
    pytest.param(("验收次数", "1次", "一次"), ("met", "实际1次，达到年度指标=1次"), id="count"),
]


@pytest.mark.parametrize(("row", "expected"), SCORED)
def test_first_try_scored(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_first_try_in_tracking_table() -> None:
    verdict = track_verdict("竣工验收", "通过验收", "未验收", "一次性通过验收")
    assert verdict.attainment.value == "met"
    assert verdict.explanation == "实际“一次性通过验收”，达到“通过验收”"
