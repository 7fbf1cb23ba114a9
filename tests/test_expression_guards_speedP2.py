"""The routes of the third 2026-12-01 speed session: each gives what the long route gives.

- a labelled figure (年度预算220万元, 办理法律援助案件94件, 完成率100%) goes straight to the
  fast path of the number grammar (_direct_target, _direct_value), skipping the cleaning,
  normalisation and the grammars the long route tries first, none of which applies;
- a deadline (2023年12月前完成, 12月底到位) goes straight to the date grammar
  (_direct_deadline), before the raw pattern, which reads none;
- the rescue readings of a prose target (_count_then_noun, _bound_before_base,
  _prose_then_ceiling) skip their pattern when a character it needs is missing;
- a cell with nothing to clean or normalise is found so in one scan
  (_CLEAN_AND_NORMAL_RE) instead of two, and normalize is not called for it.

Properties over cells of each route's shape, written with the characters that make the
long route do something else, check the route's result against the long route's (the
cached parser with the route switched off); a table checks the parses of the shapes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perftrack import (
    Comparison,
    ExpressionError,
    Op,
    Quantity,
    parse_target,
    parse_value,
    vocabulary,
)
from perftrack.expressions import _grammar
from perftrack.expressions._grammar import (
    _DIRECT_DEADLINE_RE,
    _DIRECT_SHAPE_RE,
    _NAMED_DAY_HINT_RE,
    _raw_simple,
)
from perftrack.expressions._normalize import _FINAL_DROPS, normalize

if TYPE_CHECKING:
    from collections.abc import Callable

# Label characters: plain nouns, operator, bound, status, time, share, rank, growth,
# coverage and average words, and each character the shape excludes.
_LABEL_ALPHABET = (
    "年度预算办理案件完成率群众满意度资助标准送戏下乡人均最高平均达到为不低于少超过以上下内"
    "已未正在实施验收全覆盖应保尽保增长负或余多前周注月当本今期时进度工程任务的计划排名第"
)
_UNIT_ALPHABET = "万元件人次场个户天年月日%以上下左右达标覆盖增长前内公里亩"


def _long_target(text: str, year: int | None) -> object:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_grammar, "_direct_target", lambda _text: None)
        return _grammar._parse_target_cached.__wrapped__(text, year)  # type: ignore[attr-defined]


def _long_deadline(text: str, year: int | None) -> object:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_grammar, "_direct_deadline", lambda _text, _year: None)
        return _grammar._parse_target_cached.__wrapped__(text, year)  # type: ignore[attr-defined]


def _long_value(text: str, year: int | None) -> object:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_grammar, "_direct_value", lambda _text: None)
        return _grammar._parse_value_cached.__wrapped__(text, year)  # type: ignore[attr-defined]


_cells = st.builds(
    lambda label, number, percent, unit: f"{label}{number}{percent}{unit}",
    st.text(alphabet=_LABEL_ALPHABET, min_size=1, max_size=8),
    st.from_regex(r"[0-9]{1,5}(\.[0-9]{1,2})?", fullmatch=True),
    st.sampled_from(["", "%"]),
    st.text(alphabet=_UNIT_ALPHABET, max_size=4),
)


@settings(max_examples=1500)
@given(_cells, st.sampled_from([None, 2023]))
def test_direct_target_is_the_long_route(text: str, year: int | None) -> None:
    _grammar.clear_caches()
    if _grammar._direct_target(text) is not None:
        assert repr(_grammar._parse_target_cached.__wrapped__(text, year)) == repr(
            _long_target(text, year)
        )


@settings(max_examples=1500)
@given(_cells, st.sampled_from([None, 2023]))
def test_direct_value_is_the_long_route(text: str, year: int | None) -> None:
    _grammar.clear_caches()
    if _grammar._direct_value(text) is not None:
        direct = _grammar._parse_value_cached.__wrapped__(text, year)
        assert repr(direct) == repr(_long_value(text, year))
        assert str(direct) == str(_long_value(text, year))


def test_no_table_word_has_the_direct_shape() -> None:
    # The long route looks the whole cell up in these tables before its fast path.
    words = [
        *vocabulary.NOT_APPLICABLE,
        *vocabulary.STATUS_WORDS,
        *_grammar._FAMILY_OF,
        *_grammar.SAME_DAY_WORDS,
        *_grammar._GROWTH_WORDS,
    ]
    assert [word for word in words if _DIRECT_SHAPE_RE.fullmatch(word)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "年度预算220万元",
            Comparison(Op.EQ, Decimal(220), "万元", "年度预算", text="年度预算220万元"),
            id="budget",
        ),
        pytest.param(
            "资助对象满意度达到95%以上",
            Comparison(Op.GE, Decimal(95), "%", "资助对象满意度", text="资助对象满意度达到95%以上"),
            id="reach-above",
        ),
    ],
)
def test_direct_targets(text: str, expected: Comparison) -> None:
    _grammar.clear_caches()
    assert parse_target(text) == expected
    assert parse_target(text) == _long_target(text, None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("办理法律援助案件94件", id="count"),
        pytest.param("完成率100%", id="rate"),
        pytest.param("人均产粮290公斤", id="average"),
        pytest.param("已完成5次", id="status-label"),
        pytest.param("工程进度45%", id="share-label"),
        pytest.param("本年度完成率100%", id="this-year"),
    ],
)
def test_direct_values(text: str) -> None:
    _grammar.clear_caches()
    value = parse_value(text)
    assert value == _long_value(text, None)
    assert isinstance(value, Quantity) or _grammar._direct_value(text) is None


def test_direct_cells_pass_the_cheap_test() -> None:
    # _DIRECT_WORD: every character of the class is a letter, so every cell of the shape
    # passes ``not text.isalpha() and text.replace("%", "").replace(".", "").isalnum()``.
    assert all(
        char.isalpha()
        for char in map(chr, range(0x4E00, 0xA000))
        if _DIRECT_SHAPE_RE.fullmatch(f"{char}1")
    )


@settings(max_examples=600)
@given(_cells)
def test_direct_cells_pass_the_cheap_test_generated(text: str) -> None:
    if _DIRECT_SHAPE_RE.fullmatch(text):
        assert not text.isalpha()
        assert text.replace("%", "").replace(".", "").isalnum()


# Deadline characters: the shape's own, and others that make the long route do something
# else (festivals, weeks, durations, brackets, words of the zero family, 或).
_DEADLINE_ALPHABET = (
    "0123456789年月日号底末初前之以内完成到位工发放支付拨验收办结竣开实施落上线投入使用交"
)
_DEADLINE_OTHERS = "春节国庆十一周第天个小时(),或全覆盖注"

_deadlines = st.builds(
    lambda year, month, rest: f"{year}{month}月{rest}",
    st.sampled_from(["", "2023年", "2024年", "1999年", "2100年", "23年", "2023年度"]),
    st.integers(min_value=0, max_value=99),
    st.text(alphabet=_DEADLINE_ALPHABET + _DEADLINE_OTHERS, max_size=8),
)


@settings(max_examples=2000)
@given(_deadlines, st.sampled_from([None, 2023, 2024]))
def test_direct_deadline_is_the_long_route(text: str, year: int | None) -> None:
    # A date the grammar finds broken (0月, 13月) raises there, on either route.
    _grammar.clear_caches()
    if _outcome(_grammar._direct_deadline, text, year) is None:
        return
    assert _raw_simple(text) is None  # the route runs before the raw pattern
    assert _NAMED_DAY_HINT_RE.search(text) is None
    assert _outcome(_grammar._parse_target_cached.__wrapped__, text, year) == _outcome(  # type: ignore[attr-defined]
        _long_deadline, text, year
    )


def _outcome(parse: Callable[[str, int | None], object], text: str, year: int | None) -> object:
    """What *parse* gives: its result's repr, or the error it raises with its message."""
    try:
        result = parse(text, year)
    except ExpressionError as error:
        return ("error", str(error), error.span)
    return None if result is None else repr(result)


def test_no_named_day_starts_with_a_deadline_character() -> None:
    # Every branch of _NAMED_DAY_HINT_RE starts with one of these characters: none of
    # them is in the direct deadline's pattern, so a cell of it names no day.
    firsts = set("元春国端中清重五六七八十劳儿建教第")
    assert all(branch[0] in firsts for branch in _NAMED_DAY_HINT_RE.pattern.split("|"))
    assert firsts.isdisjoint(_DIRECT_DEADLINE_RE.pattern)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param("2023年12月前完成", 2023, id="month-before"),
        pytest.param("12月底到位", 2023, id="month-end"),
        pytest.param("2023年11月前", None, id="no-year"),
        pytest.param("2024年6月30日之前完工", 2024, id="day"),
        pytest.param("2023年12月", 2023, id="eight-characters"),
        pytest.param("10月", None, id="month"),
    ],
)
def test_direct_deadlines(text: str, year: int | None) -> None:
    _grammar.clear_caches()
    assert parse_target(text, year=year) == _long_deadline(text, year)
    assert _grammar._direct_deadline(text, year) is not None or len(text) == 8


# Characters of the rescue readings of a prose target: digits, brackets, operators, %,
# measure words and words.
_RESCUE_ALPHABET = "0123456789()≥>不低于少至%篇个份次报告获领导批示控制在预算内万元的序时进度计划"


@settings(max_examples=3000)
@given(st.text(alphabet=_RESCUE_ALPHABET, min_size=1, max_size=20))
def test_rescue_guards_skip_only_what_has_no_match(text: str) -> None:
    # Each guard before a rescue reading of a prose target skips only a cell its pattern
    # cannot match (or matches with the empty head _count_then_noun refuses).
    if text[-1:] != ")":
        assert _grammar._PROSE_THEN_FIGURE_RE.fullmatch(text) is None
    if text[1:5].isalpha():
        found = _grammar._COUNT_THEN_NOUN_RE.fullmatch(text)
        assert found is None or not found["head"]
    if text[-1:] != "%" or text[:1] not in _grammar._BOUND_BEFORE_BASE_FIRSTS:
        assert _grammar._BOUND_BEFORE_BASE_RE.fullmatch(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("不少于5篇报告获市领导批示", "≥5(篇)(报告获市领导批示)", id="count-then-noun"),
        pytest.param("≥计划的95%", "计划的≥95(%)", id="bound-before-base"),
        pytest.param("控制在预算内(≤120万元)", "≤120(万元)(控制在预算内)", id="prose-then-ceiling"),
        pytest.param("根据要求购买安可设备,并完成项目资金支付。", None, id="prose"),
    ],
)
def test_rescue_readings(text: str, expected: str | None) -> None:
    _grammar.clear_caches()
    if expected is None:
        assert _grammar._count_then_noun(text, None) is None
        assert _grammar._bound_before_base(text, None) is None
        assert _grammar._prose_then_ceiling(text, None) is None
    else:
        assert str(parse_target(text)) == expected


# Characters normalisation and the cleaning change, and others (noncharacters, lone
# surrogates, full-width forms, spaces, stops, dashes, letters read as digits).
_NORMAL_ALPHABET = "0123456789.,%≥≤<>=-~ 　。；，、９５％＞年月合格完成率mkKOolI负↓¥\ufdd0\ufffe\ud800\u200b\xa0⽉〇"


@settings(max_examples=3000)
@given(st.text(alphabet=_NORMAL_ALPHABET, max_size=8))
def test_one_scan_for_cleaning_and_normalising(text: str) -> None:
    # A cell _CLEAN_AND_NORMAL_RE finds nothing in, and that ends in no final stop, is its
    # own cleaned text and its own normal form, with no origins.
    if text[-1:] in _FINAL_DROPS or _grammar._CLEAN_AND_NORMAL_RE.search(text) is not None:
        return
    assert _grammar._without_noncharacters(text) is text
    norm = normalize(text)
    assert (norm.raw, norm.text, norm.origin) == (text, text, None)
