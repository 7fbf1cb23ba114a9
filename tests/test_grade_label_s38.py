"""A grade in letters inside a label stays as printed whichever route reads the cell (s38).

The number grammar writes a grade in letters as its figure (``AAAA级`` is ``4(A级)``) when the
grade is the cell's figure. In a cell whose figure is another (``国家AA级景区3个（新增）``) the
grade is part of the label: the direct route kept ``AA级``, the full route made it ``2A级``.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.expressions import _grammar

CASES = [
    # (cell, canonical text, label)
    ("国家AA级景区3个（新增）", "国家AA级景区3(个)(新增)", "国家AA级景区"),
    ("国家AA级景区3个", "国家AA级景区3(个)", "国家AA级景区"),
    ("AA级两个", "AA级2(个)", "AA级"),
    ("AAAA级景区2个", "AAAA级景区2(个)", "AAAA级景区"),
    # the grade as the figure: unchanged
    ("AAAA级", "4(A级)", None),
    ("达到AAAA级", "4(A级)", None),
    ("≥AA级", "≥2(A级)", None),
]


@pytest.mark.parametrize("route", ["fast", "full"])
@pytest.mark.parametrize(("cell", "text", "label"), CASES)
def test_grade_in_a_label(cell: str, text: str, label: str | None, route: str) -> None:
    _grammar.clear_caches()
    _grammar._FAST_PATHS = route == "fast"
    try:
        value = perftrack.parse_value(cell, year=2023)
    finally:
        _grammar._FAST_PATHS = True
        _grammar.clear_caches()
    assert isinstance(value, perftrack.Quantity)
    assert (str(value), value.label) == (text, label)
