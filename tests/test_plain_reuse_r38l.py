"""The long route takes the direct route's plain reading instead of reading it again (r38l).

A labelled figure the direct route (_direct_value, _direct_target) reads with
_plain_number and then declines (``低于序时进度1.53个百分点``: a status label, an
approximate bound, or a figure the fast path leaves to the full grammar) reaches
_fast_number again on the long route with the same text object and role. It now takes
the result _LAST_PLAIN remembers; these tests pin that it reads each such cell once and
that the reuse gives what a fresh _plain_number gives, and the same results as the full
grammar.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grammar_paths import fast_and_full
from perftrack import Bound, Quantity, TextValue, parse_target, parse_value
from perftrack.expressions import _grammar
from perftrack.expressions._grammar import Normalized, _fast_number, _plain_number

# Direct-shaped cells (Chinese words, an ASCII figure, words): the direct route reads
# each and, for most of these, declines.
CELLS = [
    "低于序时进度1.53个百分点",
    "已完成5次",
    "工程进度45%",
    "约100人",
    "完成率100%",
    "年度预算220万元",
    "办理法律援助案件94件",
    "高于序时进度2个百分点",
    "已开工3个",
    "不低于80%",
    "超过序时进度10%",
]


@pytest.mark.parametrize("text", CELLS)
@pytest.mark.parametrize("year", [None, 2023])
def test_same_results_as_the_full_grammar(text: str, year: int | None) -> None:
    for parse in (parse_value, parse_target):
        fast, full = fast_and_full(parse, text, year)
        assert fast == full


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("低于序时进度1.53个百分点", TextValue("低于序时进度1.53个百分点")),
        (
            "年度预算220万元",
            Quantity(Decimal(220), "万元", Bound.EXACT, "年度预算", text="年度预算220万元"),
        ),
    ],
)
def test_values(text: str, expected: object) -> None:
    _grammar.clear_caches()
    assert parse_value(text) == expected


@pytest.mark.parametrize("text", CELLS)
def test_value_cell_is_read_once(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each direct-shaped value cell reaches _plain_number at most once, cold."""
    calls: list[tuple[str, str]] = []
    real = _grammar._plain_number

    def spy(cell: str, role: str, start: int | None = None) -> object:
        calls.append((cell, role))
        return real(cell, role, start)

    _grammar.clear_caches()
    monkeypatch.setattr(_grammar, "_plain_number", spy)
    parse_value(text)
    assert calls.count((text, "value")) <= 1
    _grammar.clear_caches()


def test_declined_cell_is_remembered() -> None:
    """The cell of the issue: the direct route declines it, the long route reads on."""
    _grammar.clear_caches()
    text = "低于序时进度1.53个百分点"
    assert _grammar._direct_value(text) is None
    remembered = _grammar._LAST_PLAIN[0]
    assert remembered is not None
    assert remembered[0] == text
    assert remembered[1] == "value"
    assert remembered[2] is None  # no plain reading: the full grammar reads it
    _grammar.clear_caches()


@pytest.mark.parametrize("text", CELLS)
@pytest.mark.parametrize("role", ["value", "target"])
def test_reuse_equals_a_fresh_reading(text: str, role: str) -> None:
    """_fast_number with the remembered reading gives what a fresh reading gives."""
    digit = _grammar._FIRST_DIGIT_RE.search(text)
    assert digit is not None
    norm = Normalized(text, text, None)
    _grammar.clear_caches()
    first = _fast_number(norm, digit.start(), role)
    assert _grammar._LAST_PLAIN[0] is not None
    again = _fast_number(norm, digit.start(), role)  # from _LAST_PLAIN
    assert again == first
    assert _grammar._LAST_PLAIN[0][2] == _plain_number(text, role, digit.start())
    assert _plain_number(text, role, digit.start()) == _plain_number(text, role)
    _grammar.clear_caches()
