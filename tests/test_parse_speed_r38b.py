"""The r38b speed pass on the unit letters and the plain tails (2026-12-03): same matches.

Two rewrites of the patterns every labelled figure goes through, neither a change of
what they match:

- the unit letters (``_UNIT_LETTER``, ``_FAST_LETTER`` and the first letter of a fast unit)
  are one character class each instead of a group with a lookahead per character, which
  sre repeats in its slow machinery (``_letters_without``);
- the plain tails (``_PLAIN_TARGET_TAIL_RE``, ``_PLAIN_VALUE_TAIL_RE``) read the number and
  its unit as one atomic group: a shorter reading always ends before a character that no
  suffix word and no end of the text can take, so sre need not try it.

The tests compare each class with the lookahead form on every character of the Basic
Multilingual Plane, each pattern with its former source on a table of cells and on
generated ones, check the suffix words the atomic group relies on, and pin the objects
of the cells the pass was measured on.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perftrack import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    Quantity,
    TextValue,
    parse_target,
    parse_value,
)
from perftrack import vocabulary as voc
from perftrack.expressions import _grammar
from perftrack.expressions._numbers import AR_NUMBER

if TYPE_CHECKING:
    from collections.abc import Iterator

    from perftrack import Target, Value


@pytest.fixture(autouse=True)
def _cold() -> Iterator[None]:
    _grammar.clear_caches()
    yield
    _grammar.clear_caches()


# The sources as they were before r38b (the lookahead forms, the tails without the
# atomic group), built from the same parts.
_OLD_UNIT_LETTER = rf"(?:(?!或)[{_grammar._LETTER}])"
_OLD_FAST_LETTER = (
    rf"(?:(?![年月日号季旬前底末内以余多上下左右及之起至到或半])[{_grammar._LETTER}])"
)
_OLD_FAST_UNIT_FIRST = r"(?![级类等成])"
_OLD_FAST_UNIT = (
    rf"(?:%|‰|‱|℃|{_OLD_FAST_UNIT_FIRST}{_OLD_FAST_LETTER}{{1,6}})"
    rf"(?:/{_OLD_FAST_LETTER}{{1,4}}(?:[、·]{_OLD_FAST_LETTER}{{1,2}})*)?"
)
_OLD_PER_THINGS = (
    rf"{_OLD_UNIT_LETTER}{{1,4}}(?:(?<=[A-Za-z])[23²³])?(?:[、·*×]{_OLD_UNIT_LETTER}{{1,2}})*"
)


def _old(pattern: str) -> str:
    """*pattern*'s source with the new classes written back as the lookahead forms."""
    first = f"{_grammar._FAST_UNIT_FIRST}{_grammar._FAST_LETTER}{{0,5}}"
    return (
        pattern.replace(first, f"{_OLD_FAST_UNIT_FIRST}{_OLD_FAST_LETTER}{{1,6}}")
        .replace(_grammar._FAST_LETTER, _OLD_FAST_LETTER)
        .replace(_grammar._UNIT_LETTER, _OLD_UNIT_LETTER)
    )


_OLD_PATTERNS = {
    "_UNIT_RE": re.compile(_old(_grammar._UNIT_PATTERN)),
    "_SIMPLE_RE": re.compile(_old(_grammar._SIMPLE_RE.pattern)),
    "_RAW_SIMPLE_RE": re.compile(_old(_grammar._RAW_SIMPLE_RE.pattern)),
    "_PLAIN_TARGET_TAIL_RE": re.compile(
        rf"(?P<num>{AR_NUMBER})(?P<unit>{_OLD_FAST_UNIT})?"
        rf"(?P<suffix>{_grammar._alternation(w for w, _ in voc.OPERATOR_SUFFIXES)})?"
    ),
    "_PLAIN_VALUE_TAIL_RE": re.compile(
        rf"(?P<num>{AR_NUMBER})(?P<unit>{_OLD_FAST_UNIT})?"
        rf"(?P<suffix>{_grammar._alternation(w for w, _ in voc.BOUND_SUFFIXES)})?"
    ),
}


def test_the_new_forms_are_in_use() -> None:
    """The classes hold no lookahead, and the tails start with their atomic group."""
    for letters in (_grammar._UNIT_LETTER, _grammar._FAST_LETTER, _grammar._FAST_UNIT_FIRST):
        assert "(?" not in letters
        assert letters.startswith("[")
        assert letters.endswith("]")
    assert _grammar._PLAIN_TARGET_TAIL_RE.pattern.startswith("(?>(?P<num>")
    assert _grammar._PLAIN_VALUE_TAIL_RE.pattern.startswith("(?>(?P<num>")
    # the old sources hold none of the new classes (each range list has \u6215-\u6217:
    # 或 left out) and no atomic group
    for old in _OLD_PATTERNS.values():
        assert "\\u6217" not in old.pattern
        assert "(?>(?P<num>" not in old.pattern


@pytest.mark.parametrize(
    ("new", "old"),
    [
        (_grammar._UNIT_LETTER, _OLD_UNIT_LETTER),
        (_grammar._FAST_LETTER, _OLD_FAST_LETTER),
        (_grammar._FAST_UNIT_FIRST, _OLD_FAST_UNIT_FIRST + _OLD_FAST_LETTER),
    ],
)
def test_each_class_takes_the_characters_of_its_lookahead_form(new: str, old: str) -> None:
    """Both forms take one character; the same ones, over the whole BMP and some beyond."""
    new_re, old_re = re.compile(new), re.compile(old)
    characters = [chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF]
    characters += ["\U00020000", "\U0002a6df", "\U0001f600"]
    differing = [
        char
        for char in characters
        if (new_re.fullmatch(char) is None) != (old_re.fullmatch(char) is None)
    ]
    assert differing == []


def test_letters_without_refuses_a_character_outside_the_chinese_range() -> None:
    with pytest.raises(ValueError, match="a"):
        _grammar._letters_without("a")


def test_no_suffix_word_starts_where_a_shorter_number_or_unit_ends() -> None:
    """The atomic group's premise: a suffix word starts with none of what a number or unit
    may be followed by when a longer reading was possible (digit, point, comma, a fast
    letter, a unit sign, /, 、, ·)."""
    fast_letter = re.compile(_grammar._FAST_LETTER)
    for word, _ in (*voc.OPERATOR_SUFFIXES, *voc.BOUND_SUFFIXES):
        first = word[0]
        assert fast_letter.fullmatch(first) is None, word
        assert first not in "0123456789.,%‰‱℃/、·", word
        assert not first.isdigit(), word


_CELLS = [
    "12个",
    "≥80.00(%)",
    "20万元",
    "280人次",
    "5次以上",
    "2类",
    "9成以上",
    "100%覆盖",
    "95%以上",
    "3500米公路沿线进行绿化美化",
    "80%或比2023年提升不少于5个百分点",
    "220万元",
    "220万元达标",
    "1.53个百分点",
    "290kg/人",
    "1000元/人给补助对象兑付补助",
    "1,000元/人·月",
    "1,2345元",
    "12.5.3个",
    "3300元",
    "5年内",
    "10月",
    "30个工作日内",
    "5000人上下",
    "95%左右",
    "100元/(人·次)",
    "≤28.40/株",
    "9.6L/100km",
    "50mg/m³",
    "20μg/m3",
    "5.个",
    "2,000.5万元以上(含)",
    "90分或以上",
    "3次或以上",
    "7天之内",
    "6级",
    "12级类",
    "1人级",
    "1成",
    "1等奖",
    "8个月",
    "3年管护期",
    "1/万",
    "6批次/千人",
    "2次/年、月",
    "3吨",
]


def _groups(pattern: re.Pattern[str], text: str, start: int) -> object:
    found = pattern.fullmatch(text, start)
    return None if found is None else (found.groups(), found.span())


@pytest.mark.parametrize("name", sorted(_OLD_PATTERNS))
@pytest.mark.parametrize("text", _CELLS)
def test_each_pattern_matches_as_before_on_the_table(name: str, text: str) -> None:
    new, old = getattr(_grammar, name), _OLD_PATTERNS[name]
    for start in range(len(text)):
        assert _groups(new, text, start) == _groups(old, text, start), (text, start)


_ALPHABET = "0123456789.,%‰‱℃/、·()≥≤=<>余多个万元人次以上下内左右及或之年月日类级等成米kgLm²3μ含"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=14))
def test_each_pattern_matches_as_before_on_generated_cells(text: str) -> None:
    for name, old in _OLD_PATTERNS.items():
        new = getattr(_grammar, name)
        for start in range(len(text)):
            assert _groups(new, text, start) == _groups(old, text, start), (name, text, start)


# The objects of the cells the pass was measured on (both parsers, cold), as on main.
_TARGETS: list[tuple[str, Target, str]] = [
    ("12个", Comparison(Op.EQ, Decimal(12), "个"), "=12(个)"),
    ("20万元", Comparison(Op.EQ, Decimal(20), "万元"), "=20(万元)"),
    ("年度预算220万元", Comparison(Op.EQ, Decimal(220), "万元", "年度预算"), "年度预算=220(万元)"),
    ("100%覆盖", Comparison(Op.EQ, Decimal(100), "%", note="覆盖"), "=100(%)覆盖"),
    (
        "资助标准100%达标",
        Comparison(Op.EQ, Decimal(100), "%", "资助标准", note="达标"),
        "资助标准=100(%)达标",
    ),
    (
        "资助对象满意度达到目标值95%以上",
        Comparison(Op.GE, Decimal(95), "%", "资助对象满意度"),
        "资助对象满意度≥95(%)",
    ),
    (
        "对古昌镇大青杠村约3500米公路沿线进行绿化美化。",
        Descriptive("对古昌镇大青杠村约3500米公路沿线进行绿化美化"),
        "对古昌镇大青杠村约3500米公路沿线进行绿化美化",
    ),
]

_VALUES: list[tuple[str, Value, str]] = [
    ("群众满意度100%", Quantity(Decimal(100), "%", Bound.EXACT, "群众满意度"), "群众满意度100(%)"),
    (
        "人均产粮增加290kg/人",
        Quantity(Decimal(290), "kg/人", Bound.EXACT, "人均产粮增加"),
        "人均产粮增加290(kg/人)",
    ),
    ("低于序时进度1.53个百分点", TextValue("低于序时进度1.53个百分点"), "低于序时进度1.53个百分点"),
]


@pytest.mark.parametrize(("text", "expected", "shown"), _TARGETS)
def test_targets_read_as_before(text: str, expected: Target, shown: str) -> None:
    read = parse_target(text)
    assert read == expected
    assert str(read) == shown


@pytest.mark.parametrize(("text", "expected", "shown"), _VALUES)
def test_values_read_as_before(text: str, expected: Value, shown: str) -> None:
    read = parse_value(text)
    assert read == expected
    assert str(read) == shown
