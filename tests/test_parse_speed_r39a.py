"""The skips of r39a (a speed pass on long cells with several figures; no result changes).

Each skip is a test, run before a pattern, that the pattern's own shape makes necessary:

- _tenths looks for a 成 right after a digit (_digit_before_tenths) before searching
  _ARABIC_TENTHS_RE, whose figure always ends right before its 成;
- _rank_in_figures looks at the last character (before a final newline) before
  searching _RANK_NUMERAL_RE, both of whose branches end at $ after a numeral, 名 or 位;
- _two_sided looks for its band characters with ``in`` instead of building a set of
  the cell's characters (no skip: the same test, cheaper);
- _unit_and_glued_words gives up on a rest longer than _LONGEST_GLUED, where every split
  leaves a unit longer than any unit _named_unit admits.

Properties compare each test with the pattern it guards, over the characters the patterns
are written with; counters check that long cells skip the patterns; a table pins the
parses of the cells these skips serve.
"""

from __future__ import annotations

import inspect
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perftrack import parse_target, parse_value
from perftrack.expressions import _grammar
from perftrack.expressions._grammar import (
    _ARABIC_TENTHS_RE,
    _CEILING_CHARS,
    _FLOOR_CHARS,
    _GLUED_TIME_UNITS,
    _GLUED_WORDS_RE,
    _LONGEST_GLUED,
    _NAMED_UNITS,
    _RANK_LASTS,
    _RANK_NUMERAL_RE,
    _digit_before_tenths,
    _holds_any,
    _named_unit,
    _rank_in_figures,
    _unit_and_glued_words,
)
from perftrack.expressions._normalize import normalize

if TYPE_CHECKING:
    from collections.abc import Iterator

# Characters of tenths: digits (ASCII and others \d takes), the point, 成 and what may
# follow it, and words that hold 成 (完成, 达成).
_TENTHS_ALPHABET = "0123456789.成以上下左右及或多余(;,:完达率超约٣３²"
_RANK_ALPHABET = "排名前第全省市国区县州一二三四五六七八九十两位3\n内以"


@settings(max_examples=800)
@given(st.text(alphabet=_TENTHS_ALPHABET, max_size=10))
def test_no_digit_before_a_tenths_sign_means_no_tenths_match(text: str) -> None:
    if not _digit_before_tenths(text):
        assert _ARABIC_TENTHS_RE.search(text) is None


@settings(max_examples=800)
@given(st.text(alphabet=_RANK_ALPHABET, max_size=8))
def test_a_cell_ending_without_a_rank_character_has_no_rank_match(text: str) -> None:
    last = text[-2:-1] if text[-1:] == "\n" else text[-1:]
    if last not in _RANK_LASTS:
        assert _RANK_NUMERAL_RE.search(text) is None


def _glued_without_bound(rest: str) -> tuple[str, str | None]:
    """_unit_and_glued_words as it was before r39a: the pattern on every rest."""
    if not ("的" in rest or "均" in rest or "全" in rest or "执行" in rest or "计算" in rest):
        return rest, None
    found = _GLUED_WORDS_RE.fullmatch(rest)
    if found is None or not _named_unit(found["unit"]):
        return rest, None
    note = found["noun"] or found["status"] or found["verb"]
    if note.endswith(_grammar._TRAILING_NOTES) or _grammar._NOT_IN_UNIT_RE.search(note):
        return rest, None
    return found["unit"], note


_UNITS = sorted(_NAMED_UNITS | _GLUED_TIME_UNITS)
_longest = max(_UNITS, key=len)
_unit_st = st.one_of(
    st.sampled_from(_UNITS),
    st.builds(lambda s, u: s + u, st.sampled_from("万亿千百"), st.sampled_from(_UNITS)),
    st.builds(
        lambda u, m: f"{u}/{m}",
        st.sampled_from(_UNITS),
        st.text(alphabet="人天次户亩年月日件·", min_size=1, max_size=5),
    ),
)
_words_st = st.one_of(
    st.builds(lambda n: "的" + n, st.text(alphabet="监测管护服务持续工作质量", max_size=10)),
    st.builds(
        lambda w, n: w + n,
        st.sampled_from(["均为", "均已", "均", "全部", "全都"]),
        st.text(alphabet="满意合格达标完成良好", max_size=8),
    ),
    st.sampled_from(["执行", "计算", ""]),
    st.text(alphabet="的均全部执行计算,。对南湖街道12", max_size=12),
)


@settings(max_examples=1500)
@given(st.text(alphabet="万个月项元/人天·", max_size=4), _unit_st, _words_st)
def test_the_length_bound_of_glued_words_drops_no_split(head: str, unit: str, words: str) -> None:
    for rest in (unit + words, head + unit + words, f"{_longest}/人天次户的{words}"):
        if not rest:
            continue
        assert _unit_and_glued_words(rest) == _glued_without_bound(rest)
        if len(rest) > _LONGEST_GLUED:
            assert _glued_without_bound(rest) == (rest, None)


def test_the_glued_bound_is_the_longest_split() -> None:
    """The longest unit _named_unit admits (a scale prefix, a named unit, / and a measure
    of four) with the longest words (的 and eight) is exactly _LONGEST_GLUED long."""
    unit = f"万{_longest}/人天次户"
    assert _named_unit(unit)
    assert not _named_unit(f"万{_longest}/人天次户年")
    rest = f"{unit}的监测管护服务持续"
    assert len(rest) == _LONGEST_GLUED
    found = _GLUED_WORDS_RE.fullmatch(rest)
    assert found is not None
    assert found["unit"] == unit


@contextmanager
def _counted(name: str) -> Iterator[list[str]]:
    """Count the calls of the module pattern *name* during a cold parse."""
    calls: list[str] = []
    pattern = getattr(_grammar, name)

    class _Counting:
        def __getattr__(self, attribute: str) -> Any:
            method = getattr(pattern, attribute)

            def counted(*args: Any, **kwargs: Any) -> Any:
                calls.append(attribute)
                return method(*args, **kwargs)

            return counted

    setattr(_grammar, name, _Counting())
    _grammar.clear_caches()
    try:
        yield calls
    finally:
        setattr(_grammar, name, pattern)
        _grammar.clear_caches()


_LONG_TARGET = (
    "目标1:2022年12月30日前实现工程完工,有利于消除瓶装液化气安全风险,"
    "实现管道天然气全覆盖,切实保障老旧住宅区及城中村用气安全。"
)
_LONG_VALUE = (
    "瓶改管工程于2022年12月14日前完工,对南湖街道符合要求的12个住宅小区以及"
    "城中村完成天然气管道改造工作"
)


@pytest.mark.parametrize(
    ("name", "role", "cell"),
    [
        ("_ARABIC_TENTHS_RE", "value", _LONG_VALUE),
        ("_ARABIC_TENTHS_RE", "value", "目标1:配合完成抽检148个批次"),
        ("_RANK_NUMERAL_RE", "value", _LONG_VALUE),
        ("_RANK_NUMERAL_RE", "target", _LONG_TARGET),
        ("_GLUED_WORDS_RE", "value", _LONG_VALUE),
        ("_GLUED_WORDS_RE", "target", _LONG_TARGET),
    ],
)
def test_long_cells_skip_the_guarded_patterns(name: str, role: str, cell: str) -> None:
    parse = parse_target if role == "target" else parse_value
    with _counted(name) as calls:
        parse(cell)
    assert calls == []


@pytest.mark.parametrize(
    ("name", "role", "cell"),
    [
        ("_ARABIC_TENTHS_RE", "target", "满意度9成以上"),
        ("_RANK_NUMERAL_RE", "target", "排名前三"),
        ("_GLUED_WORDS_RE", "value", "3个月的监测"),
    ],
)
def test_the_cells_of_each_pattern_still_reach_it(name: str, role: str, cell: str) -> None:
    parse = parse_target if role == "target" else parse_value
    with _counted(name) as calls:
        parse(cell)
    assert calls != []


def test_rank_in_figures_reads_ranks_as_before() -> None:
    read = [_rank_in_figures(normalize(t)) for t in ("排名前三", "第二名", "前三名以内")]
    assert [r.text if r is not None else None for r in read] == ["排名前3", "第2名", None]


_TABLE = [
    ("target", "满意度9成以上", "满意度≥90(%)"),
    ("target", "超8成", ">80(%)"),
    ("value", "完成率8成", "完成率80(%)"),
    ("value", "达成率9.5成", "达成率95(%)"),
    ("target", "完成12个", "完成=12(个)"),
    ("target", "排名前三", "排名≤3"),
    ("target", "进入前三名", "进入≤3(名)"),
    ("value", "第二名", "第2(名)"),
    ("target", "前三名以内", "前三名以内"),
    ("value", "全省第一", "全省第1(名)"),
    ("value", "3个月的监测", "3(个月)(监测)"),
    ("value", "6项均为满意", "6(项)(均为满意)"),
    ("target", "800元/人天执行", "=800(元/人天)(执行)"),
    ("value", "12个月的持续监测服务", "12(个月)(持续监测服务)"),
    ("target", "实现最多跑1次", "实现最多跑1次"),
    ("value", "落实最多跑1次", "落实最多跑1次"),
    ("target", "最多跑1次", "跑≤1(次)"),
    ("target", "实现最多跑1次以内", "实现跑≤1(次)"),
    ("target", _LONG_TARGET, _LONG_TARGET.rstrip("。")),
    ("value", _LONG_VALUE, _LONG_VALUE),
    ("target", "不低于80%或比2023年提升不少于5个百分点", "≥80(%)或比2023年提升不少于5个百分点"),
    ("value", "目标1:配合完成抽检148个批次", "目标1:配合完成抽检148(个批次)"),
    ("value", "基本完成,达成率为90%以上", "基本完成,达成率≥90(%)"),
    ("value", "按进度执行,已使用约40%", "按进度执行,已使用约40(%)"),
    ("target", "每年3月、9月份发放", "每年3月、9月份发放"),
    ("value", "低于序时进度1.53个百分点", "低于序时进度1.53个百分点"),
]


@pytest.mark.parametrize(("role", "cell", "printed"), _TABLE)
@pytest.mark.parametrize("route", ["fast", "full"])
def test_the_cells_read_as_before(role: str, cell: str, printed: str, route: str) -> None:
    parse = parse_target if role == "target" else parse_value
    _grammar._FAST_PATHS = route == "fast"
    _grammar.clear_caches()
    try:
        assert str(parse(cell)) == printed
    finally:
        _grammar._FAST_PATHS = True
        _grammar.clear_caches()


def test_the_guards_are_in_place() -> None:
    """The sets and endings the guards test are those of the patterns' last elements."""
    assert _RANK_NUMERAL_RE.pattern.count("$") == 2
    assert "([一二三四五六七八九十两]{1,3})$" in _RANK_NUMERAL_RE.pattern
    assert "([名位])$" in _RANK_NUMERAL_RE.pattern
    assert frozenset("一二三四五六七八九十两名位") == _RANK_LASTS
    assert _ARABIC_TENTHS_RE.pattern.startswith(r"(?<![\d.])(10|[1-9](?:\.\d)?)成")


@settings(max_examples=800)
@given(st.text(alphabet="≥≤上下低高少多小大内超以不于90%且在之间", max_size=10))
def test_holds_any_is_the_set_test_it_replaces(text: str) -> None:
    chars = frozenset(text)
    for wanted in (_FLOOR_CHARS, _CEILING_CHARS):
        assert _holds_any(text, wanted) is not frozenset(wanted).isdisjoint(chars)


def test_two_sided_builds_no_set_of_the_cell() -> None:
    """The band route looks for its characters with ``in`` (a set of a long cell's
    characters built a string per character)."""
    source = inspect.getsource(_grammar._two_sided)
    assert "frozenset(text)" not in source
    assert "isdisjoint" not in source


@pytest.mark.parametrize(
    ("cell", "printed"),
    [
        ("≥98%且≤100%", "98-100(%)"),
        ("不低于90%不高于110%", "90-110(%)"),
        ("90%以上110%以下", "90-110(%)"),
        ("95%至100%之间", "95-100(%)"),
        ("在95%-100%之间", "95-100(%)"),
        ("90%≤执行率≤110%", "执行率90-110(%)"),
        ("温度控制在18-22℃", "温度18-22(℃)"),
        ("90%(含)-110%(含)", "90-110(%)"),
        ("80%~90%之间(含80%、90%)", "80-90(%)"),
        (">90%且<110%", ">90%且<110%"),
        ("100±5%", "95-105"),
        ("3个工作日内至5个工作日内", "3个工作日内至5个工作日内"),
    ],
)
def test_bands_read_as_before(cell: str, printed: str) -> None:
    _grammar.clear_caches()
    assert str(parse_target(cell)) == printed
