"""The skips of the second 2026-12-01 speed session: each lets a cell skip only what reads nothing.

- a figure followed by 月/日/号, by 年 before more, or by % and a word skips the simple
  and plain number patterns (_no_plain_reading), which cannot read such a cell;
- only_tech_names looks for the letters every technical name needs first;
- _status_phrase looks for the words every status needs first (_STATUS_HINT_RE);
- the raw route of the commonest cells runs before the noncharacter search.

Properties over the characters the patterns are written with check each skip against the
step it skips; a table checks the parses of the shapes they serve.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perftrack import (
    Bound,
    Comparison,
    DateValue,
    Deadline,
    Op,
    Part,
    Quantity,
    Status,
    parse_target,
    parse_value,
)
from perftrack.expressions import _grammar
from perftrack.expressions._grammar import (
    _FIRST_RUN_RE,
    _TECH_NAME_LETTER_RE,
    TECH_NAME_RE,
    _no_plain_reading,
    _plain_number,
    _simple_number,
    _status_of,
)

# Characters of numbers, units, suffix words, dates, rates and notes.
_NUMBER_ALPHABET = "0123456789.,%‰/()≥≤=<>年月日号个人次元万以上下内及左右或之覆盖达标完成余多km"
# Characters of status words and shapes, and of labels.
_STATUS_ALPHABET = (
    "已未完成中在正实施待验收当本今年部分基全任务目标预期尚暂群众满意度办理案件送戏下乡率"
)
# Letters and digits of technical names, and others.
_TECH_ALPHABET = "IiPpVv46WwFf-5GD3K8HBCOSM2元网络基站支持0.≥<xyz "


@settings(max_examples=600)
@given(st.text(alphabet=_NUMBER_ALPHABET, min_size=1, max_size=9))
def test_no_plain_reading_skips_only_what_reads_nothing(text: str) -> None:
    run = _FIRST_RUN_RE.search(text)
    if run is None or not _no_plain_reading(text, run):
        return
    assert _simple_number(text) is None
    assert _plain_number(text, "target") is None
    assert _plain_number(text, "value") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("10月", True, id="month"),
        pytest.param("2023年12月前完成", True, id="deadline"),
        pytest.param("5日", True, id="day"),
        pytest.param("20年", False, id="duration"),
        pytest.param("5年内", True, id="year-then-more"),
        pytest.param("100%覆盖", True, id="percent-word"),
        pytest.param("95%以上", False, id="percent-suffix"),
        pytest.param("5%/年", False, id="percent-rate"),
        pytest.param("90%(含)", False, id="percent-bracket"),
        pytest.param("100%", False, id="percent-alone"),
        pytest.param("12个", False, id="measure-word"),
    ],
)
def test_no_plain_reading(text: str, *, expected: bool) -> None:
    run = _FIRST_RUN_RE.search(text)
    assert run is not None
    assert _no_plain_reading(text, run) is expected


@settings(max_examples=600)
@given(st.text(alphabet=_TECH_ALPHABET, min_size=1, max_size=10))
def test_tech_letter_scan_lets_every_name_through(text: str) -> None:
    if _TECH_NAME_LETTER_RE.search(text) is None:
        assert TECH_NAME_RE.search(text) is None


@settings(max_examples=600)
@given(st.text(alphabet=_STATUS_ALPHABET, min_size=1, max_size=10))
def test_status_hint_lets_every_status_through(text: str) -> None:
    guarded = _status_of(text)
    hint = _grammar._STATUS_HINT_RE
    _grammar._STATUS_HINT_RE = re.compile("")  # type: ignore[misc]  # matches every phrase
    try:
        unguarded = _status_of(text)
    finally:
        _grammar._STATUS_HINT_RE = hint  # type: ignore[misc]
    assert guarded is unguarded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("10月", DateValue(2023, 10, None, None, None), id="month"),
        pytest.param(
            "100%覆盖", Quantity(Decimal(100), "%", Bound.EXACT, note="覆盖"), id="covered"
        ),
        pytest.param(
            "群众满意度100%",
            Quantity(Decimal(100), "%", Bound.EXACT, label="群众满意度"),
            id="label",
        ),
        pytest.param(
            "已完成5次", Quantity(Decimal(5), "次", Bound.EXACT, status=Status.DONE), id="status"
        ),
        pytest.param("12个", Quantity(Decimal(12), "个", Bound.EXACT), id="plain"),
        pytest.param("≥80.00(%)", Quantity(Decimal("80.00"), "%", Bound.AT_LEAST), id="bracketed"),
        pytest.param("12\ufffe个", Quantity(Decimal(12), "个", Bound.EXACT), id="noncharacter"),
    ],
)
def test_values_of_the_served_shapes(text: str, expected: object) -> None:
    _grammar.clear_caches()
    assert parse_value(text, year=2023) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2023年12月前完成", Deadline(2023, 12, None, Part.MONTH, strict=True), id="deadline"
        ),
        pytest.param("100%覆盖", Comparison(Op.EQ, Decimal(100), "%", note="覆盖"), id="covered"),
        pytest.param(
            "资助标准100%达标",
            Comparison(Op.EQ, Decimal(100), "%", label="资助标准", note="达标"),
            id="label",
        ),
        pytest.param("≥80.00(%)", Comparison(Op.GE, Decimal("80.00"), "%"), id="bracketed"),
    ],
)
def test_targets_of_the_served_shapes(text: str, expected: object) -> None:
    _grammar.clear_caches()
    assert parse_target(text, year=2023) == expected
