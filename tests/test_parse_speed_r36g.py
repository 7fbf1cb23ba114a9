"""The r36g cuts of cold parsing (2026-12-03): same results, less work per cell.

- The map-scale colons and the numbered-name quotes are tested with ``in``, never with a
  set's ``isdisjoint`` (which hashes every character of a long prose cell).
- The 0投诉 routes count the cell's ASCII zeros before ``_RAW_ONE_ZERO_RE``.
- ``_RAW_SIMPLE_RE`` reads its number as an atomic group (no retries of shorter numbers).

Each test checks the parses themselves (exact objects) and that the cheap step is the one
taken: the spies below fail if the old, dearer step runs.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perftrack import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    TextValue,
    parse_target,
    parse_value,
)
from perftrack.expressions import _grammar

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def _cold() -> Iterator[None]:
    _grammar.clear_caches()
    yield
    _grammar.clear_caches()


class _NoIsdisjoint(frozenset[str]):
    """A character set whose ``isdisjoint`` must not be asked (the cells' hot path)."""

    def isdisjoint(self, other: object) -> bool:  # type: ignore[override]
        raise AssertionError(f"isdisjoint asked of {other!r}")


class _CountingPattern:
    """A compiled pattern that counts its calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls: list[str] = []

    def fullmatch(self, text: str) -> re.Match[str] | None:
        self.calls.append(text)
        return self.pattern.fullmatch(text)


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        pytest.param(
            "value",
            "完成1:2000地形图测绘118平方公里",
            Quantity(Decimal(118), "平方公里", Bound.EXACT, label="完成地形图测绘", note="1:2000"),
            id="value-map-scale",
        ),
        pytest.param(
            "value",
            "通过832平台采购762万元",
            Quantity(Decimal(762), "万元", Bound.EXACT, label="通过832平台采购"),
            id="value-numbered-name",
        ),
        pytest.param(
            "value",
            "覆盖园区“两新”党组织",
            TextValue("覆盖园区“两新”党组织"),
            id="value-quoted-prose",
        ),
        pytest.param(
            "value",
            "上线21个“一件事”",
            Quantity(Decimal(21), "个", Bound.EXACT, label="上线", note="“一件事”"),
            id="value-quoted-noun",
        ),
        pytest.param(
            "target",
            "1:5万调查≥500平方公里",
            Comparison(Op.GE, Decimal(500), "平方公里", label="调查", note="1:5万"),
            id="target-map-scale",
        ),
        pytest.param(
            "target",
            "加强人文关怀，切实增强他们工作的“内动力”",
            Descriptive("加强人文关怀,切实增强他们工作的“内动力”"),
            id="target-quoted-prose",
        ),
    ],
)
def test_prose_steps_ask_no_isdisjoint(
    monkeypatch: pytest.MonkeyPatch, role: str, text: str, expected: object
) -> None:
    monkeypatch.setattr(_grammar, "_MAP_SCALE_CHARS", _NoIsdisjoint(_grammar._MAP_SCALE_CHARS))
    monkeypatch.setattr(
        _grammar, "_NUMBERED_NAME_QUOTES", _NoIsdisjoint(_grammar._NUMBERED_NAME_QUOTES)
    )
    parsed = parse_target(text) if role == "target" else parse_value(text)
    assert parsed == expected
    assert str(parsed) == str(expected)


@pytest.mark.parametrize(
    ("role", "text", "expected", "pattern_calls"),
    [
        pytest.param(
            "target", "100%", Comparison(Op.EQ, Decimal(100), "%"), 0, id="target-two-zeros"
        ),
        pytest.param(
            "value",
            "≥80.00(%)",
            Quantity(Decimal("80.00"), "%", Bound.AT_LEAST),
            0,
            id="value-three-zeros",
        ),
        pytest.param(
            "target", "0投诉", QualitativeTarget("零投诉", "zero"), 2, id="target-zero-word"
        ),
        pytest.param("value", "0投诉", QualitativeValue("零投诉", "zero"), 2, id="value-zero-word"),
        pytest.param(
            "value", "投诉0次", Quantity(Decimal(0), "次", Bound.EXACT, label="投诉"), 2, id="count"
        ),
        pytest.param(
            "target", "1000元", Comparison(Op.EQ, Decimal(1000), "元"), 0, id="target-thousand"
        ),
        pytest.param(
            "target",
            "10投诉",
            Comparison(Op.EQ, Decimal(10), "投诉"),
            1,
            id="target-ten-one-zero",
        ),
    ],
)
def test_zero_routes_count_zeros_first(
    monkeypatch: pytest.MonkeyPatch, role: str, text: str, expected: object, pattern_calls: int
) -> None:
    spy = _CountingPattern(_grammar._RAW_ONE_ZERO_RE)
    monkeypatch.setattr(_grammar, "_RAW_ONE_ZERO_RE", spy)
    parsed = parse_target(text) if role == "target" else parse_value(text)
    assert parsed == expected
    assert str(parsed) == str(expected)
    assert len(spy.calls) == pattern_calls


@given(st.text(alphabet="0123456789.０١投诉起次零 ", max_size=24))
def test_one_zero_pattern_needs_exactly_one_ascii_zero(text: str) -> None:
    if _grammar._RAW_ONE_ZERO_RE.fullmatch(text) is not None:
        assert text.count("0") == 1


# The raw pattern as it was before r36g: the same pieces, the number not atomic.
_BACKTRACKING_RAW_SIMPLE_RE = re.compile(
    _grammar._RAW_SIMPLE_RE.pattern.replace(
        f"((?>{_grammar._ASCII_NUMBER}))", f"({_grammar._ASCII_NUMBER})", 1
    )
)


def test_raw_number_is_atomic() -> None:
    assert f"((?>{_grammar._ASCII_NUMBER}))" in _grammar._RAW_SIMPLE_RE.pattern
    assert _BACKTRACKING_RAW_SIMPLE_RE.pattern != _grammar._RAW_SIMPLE_RE.pattern


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        pytest.param("≥80.00(%)", ("≥", "80.00", None, "%", None), id="bracketed-unit"),
        pytest.param("1,234.5万元", ("", "1,234.5", None, None, "万元"), id="thousands"),
        pytest.param("600余人", ("", "600", "余", None, "人"), id="more"),
        pytest.param("12个", ("", "12", None, None, "个"), id="count"),
        pytest.param("1,2345元", None, id="bad-grouping"),
        pytest.param("12.5.3", None, id="two-points"),
        pytest.param("2023年12月前完成", None, id="date"),
        pytest.param("100%覆盖", None, id="percent-then-word"),
    ],
)
def test_raw_simple_groups(text: str, groups: tuple[str | None, ...] | None) -> None:
    found = _grammar._RAW_SIMPLE_RE.fullmatch(text)
    assert (found.groups() if found else None) == groups
    old = _BACKTRACKING_RAW_SIMPLE_RE.fullmatch(text)
    assert (old.groups() if old else None) == groups


@given(st.text(alphabet="0123456789,.≥<余多()%‰元万人次个年月/", max_size=14))
def test_atomic_number_matches_as_the_backtracking_one(text: str) -> None:
    found = _grammar._RAW_SIMPLE_RE.fullmatch(text)
    old = _BACKTRACKING_RAW_SIMPLE_RE.fullmatch(text)
    assert (found.groups() if found else None) == (old.groups() if old else None)
