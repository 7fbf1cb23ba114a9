"""Full coverage with its extent in brackets (k28): ``全覆盖（约186万亩）``.

The coverage words with a bracketed extent after them (a figure and its measure, perhaps
after 约, 共, 涉及…) are full coverage, the extent kept in the note; a bracket saying a part
is left out (除2个村外, 1村未覆盖), a date or a span (2025年底前, 3年内), a 其中 clause or a
qualifier before the words (基本) keeps the cell text, as before.
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
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from probe_tables import self_reading

HUNDRED = Decimal(100)

VALUES = [
    pytest.param(
        "全覆盖（约186万亩）",
        Quantity(HUNDRED, "%", Bound.EXACT, note="全覆盖,约186万亩"),
        "100(%)(全覆盖,约186万亩)",
        id="about-area",
    ),
    pytest.param(
        "已实现全覆盖（共12个村）",
        Quantity(HUNDRED, "%", Bound.EXACT, note="全覆盖,共12个村"),
        "100(%)(全覆盖,共12个村)",
        id="verb-total",
    ),
    pytest.param(
        "行政村全覆盖(126个)",
        Quantity(HUNDRED, "%", Bound.EXACT, note="全覆盖,126个"),
        "100(%)(全覆盖,126个)",
        id="place-count",
    ),
    pytest.param(
        "全覆盖（共计1,286台）",
        Quantity(HUNDRED, "%", Bound.EXACT, note="全覆盖,共计1,286台"),
        "100(%)(全覆盖,共计1,286台)",
        id="thousands",
    ),
    # controls: what is left out, a date, a span, a 其中 clause, a qualifier: text
    pytest.param("全覆盖（除2个村外）", TextValue("全覆盖(除2个村外)"), None, id="except"),
    pytest.param("全覆盖（1村未覆盖）", TextValue("全覆盖(1村未覆盖)"), None, id="one-not"),
    pytest.param("全覆盖（2025年底前）", TextValue("全覆盖(2025年底前)"), None, id="date"),
    pytest.param("全覆盖（3年内）", TextValue("全覆盖(3年内)"), None, id="span"),
    pytest.param(
        "全覆盖（其中贫困村12个）", TextValue("全覆盖(其中贫困村12个)"), None, id="subset"
    ),
    pytest.param("基本全覆盖（12个村）", TextValue("基本全覆盖(12个村)"), None, id="basically"),
    # control: the plain words as before
    pytest.param(
        "全覆盖", Quantity(HUNDRED, "%", Bound.EXACT, note="全覆盖"), "100(%)全覆盖", id="plain"
    ),
]


@pytest.mark.parametrize(("text", "expected", "canonical"), VALUES)
def test_coverage_with_extent_values(text: str, expected: Value, canonical: str | None) -> None:
    value = parse_value(text)
    assert value == expected
    if canonical is not None:
        assert str(value) == canonical
        assert parse_value(canonical) == value  # the round trip of §4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全覆盖（约186万亩）", Comparison(Op.EQ, HUNDRED, "%", note="全覆盖,约186万亩")),
        ("实现全覆盖(共12个村)", Comparison(Op.EQ, HUNDRED, "%", note="全覆盖,共12个村")),
        ("全覆盖（除2个村外）", Descriptive("全覆盖(除2个村外)")),
    ],
)
def test_coverage_with_extent_targets(text: str, expected: object) -> None:
    target = parse_target(text)
    assert target == expected
    assert parse_target(str(target)) == target


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("覆盖率", "全覆盖", "全覆盖（约186万亩）"),
            ("met", "实际100%，达到年度指标=100%"),
        ),
        (
            ("监测覆盖面积", "全覆盖（约186万亩）", "覆盖率90%"),
            ("not_met", "实际90%，未达年度指标=100%"),
        ),
        (
            ("覆盖率", "≥95%", "已实现全覆盖（共12个村）"),
            ("met", "实际100%，达到年度指标≥95%"),
        ),
    ],
)
def test_coverage_with_extent_scored(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
