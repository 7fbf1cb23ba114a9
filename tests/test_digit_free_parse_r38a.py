"""A cell that is one vocabulary word is read by one look-up (r38a, speed).

``准确``, ``及时``, ``提高``, ``健全``, ``良好``, ``开展中``: the value and target routes
look the whole cell up in _WORD_CELL_VALUES / _WORD_CELL_TARGETS before any grammar. A
word is in a table only when every test the long routes make before their own look-up
passes it by (_plain_word_cell). Every word of both tables is compared with the long
route (the fast paths off, years None and 2023), and random cells of vocabulary
characters with both routes; a table pins the objects of the commonest word cells.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grammar_paths import fast_and_full
from perftrack import (
    Descriptive,
    QualitativeTarget,
    QualitativeValue,
    Status,
    StatusValue,
    parse_target,
    parse_value,
)
from perftrack import vocabulary as voc
from perftrack.expressions import _grammar

_YEARS = (None, 2023)
_ALL_WORDS = sorted({*_grammar._FAMILY_OF, *voc.STATUS_WORDS})


@pytest.mark.parametrize("year", _YEARS)
@pytest.mark.parametrize("word", sorted(_grammar._WORD_CELL_VALUES))
def test_every_value_word_reads_as_the_long_route(word: str, year: int | None) -> None:
    fast, full = fast_and_full(parse_value, word, year)
    assert fast == full


@pytest.mark.parametrize("year", _YEARS)
@pytest.mark.parametrize("word", sorted(_grammar._WORD_CELL_TARGETS))
def test_every_target_word_reads_as_the_long_route(word: str, year: int | None) -> None:
    fast, full = fast_and_full(parse_target, word, year)
    assert fast == full


@pytest.mark.parametrize("year", _YEARS)
@pytest.mark.parametrize("word", _ALL_WORDS)
def test_every_vocabulary_word_and_its_neighbours_agree(word: str, year: int | None) -> None:
    # in a table or not, and with what the guards look at around it: 已, 中, a stop, 零
    for cell in (word, f"已{word}", f"{word}中", f"{word}。", f"零{word}", f"{word}注"):
        for parse in (parse_value, parse_target):
            fast, full = fast_and_full(parse, cell, year)
            assert fast == full, (cell, parse.__name__)


_WORD_ALPHABET = "".join(sorted({char for word in _ALL_WORDS for char in word})) + "零每当十注"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_WORD_ALPHABET, min_size=1, max_size=4), st.sampled_from(_YEARS))
def test_word_alphabet_cells_read_as_the_long_route(text: str, year: int | None) -> None:
    for parse in (parse_value, parse_target):
        fast, full = fast_and_full(parse, text, year)
        assert fast == full, (text, parse.__name__)


@pytest.mark.parametrize(
    ("cell", "value", "target"),
    [
        ("准确", QualitativeValue("准确", "accuracy"), QualitativeTarget("准确", "accuracy")),
        ("及时", QualitativeValue("及时", "timeliness"), QualitativeTarget("及时", "timeliness")),
        ("提高", QualitativeValue("提高", "improvement"), QualitativeTarget("提高", "improvement")),
        ("健全", QualitativeValue("健全", "soundness"), QualitativeTarget("健全", "soundness")),
        ("良好", QualitativeValue("良好", "quality"), QualitativeTarget("良好", "quality")),
        ("开展中", StatusValue(Status.IN_PROGRESS, "开展中"), Descriptive("开展中")),
    ],
)
def test_word_cells(cell: str, value: object, target: object) -> None:
    for year in _YEARS:
        _grammar.clear_caches()
        got_value, got_target = parse_value(cell, year=year), parse_target(cell, year=year)
        assert (got_value, got_value.text, str(got_value)) == (value, cell, cell)
        assert (got_target, got_target.text) == (target, cell)


@pytest.mark.parametrize(
    "word",
    ["零投诉", "零", "当年完成", "每月", "十分满意", "全覆盖", "增长", "即时办结"],
)
def test_words_the_guards_keep_on_the_long_route(word: str) -> None:
    # 零, 每, a word of this year first, 十分, full coverage, growth, a same-day word
    assert word not in _grammar._WORD_CELL_VALUES
    assert word not in _grammar._WORD_CELL_TARGETS


@pytest.mark.parametrize("cell", ["准确", "及时", "开展中", "手续办理中", "健全"])
def test_word_cells_take_no_grammar(cell: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the point of the tables: a word cell never reaches the normalised grammars
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError(cell)

    monkeypatch.setattr(_grammar, "_parse_value_uncached", refuse)
    monkeypatch.setattr(_grammar, "_parse_target_uncached", refuse)
    _grammar.clear_caches()
    assert not isinstance(parse_value(cell, year=2023), Descriptive)
    if cell in _grammar._FAMILY_OF:
        assert isinstance(parse_target(cell, year=2023), QualitativeTarget)
    _grammar.clear_caches()


# The guards before three searches of the prose route (r38a): each skips only a search
# that finds nothing.
_PROSE_ALPHABET = "已均全部经追回收退缴整改纠正到位完毕未没能有不绝大分多数基本个别资金项目做实现达落成无投诉“”两一三0.%平台新组织加强"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_PROSE_ALPHABET, max_size=10))
def test_recovered_verb_search_finds_what_the_whole_pattern_finds(text: str) -> None:
    whole = _grammar._RECOVERED_RE.search(text) is not None
    assert (_grammar._RECOVERED_VERB_RE.search(text) is not None) == whole


@settings(max_examples=300, deadline=None)
@given(st.from_regex(_grammar._ZERO_LEAD_RE, fullmatch=True))
def test_every_zero_lead_starts_with_one_of_its_first_characters(lead: str) -> None:
    assert lead[:1] in _grammar._ZERO_LEAD_FIRSTS


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_PROSE_ALPHABET, max_size=10))
def test_zero_lead_guard_skips_only_what_has_no_lead(text: str) -> None:
    if text[:1] not in _grammar._ZERO_LEAD_FIRSTS:
        assert _grammar._ZERO_LEAD_RE.match(text) is None


@settings(max_examples=600, deadline=None)
@given(
    st.text(alphabet=_PROSE_ALPHABET + "分钟圈个百之三公经费设防度级噪声人以下户24", max_size=14)
)
def test_a_cell_without_numerals_has_no_numbered_name_to_mask(text: str) -> None:
    if _grammar._NAME_NUMERAL_RE.search(text) is not None:
        return
    # what mask() would note: a name holding a numeral
    names = [found.group() for found in _grammar._NUMBERED_NAME_RE.finditer(text)]
    assert not any(char in _grammar._NAME_NUMERALS for name in names for char in name)
    assert _grammar._with_numbered_name(text, 2023) is None


@pytest.mark.parametrize(
    ("cell", "year", "shown"),
    [
        # prose: text, as before (the three guards let it skip their searches)
        (
            "加强人文关怀，切实增强他们工作的“内动力”",
            2023,
            "加强人文关怀,切实增强他们工作的“内动力”",
        ),
        ("覆盖园区“两新”党组织", 2023, "覆盖园区“两新”党组织"),
        ("项目以中标单价实施,最终以结算审计为准", None, "项目以中标单价实施,最终以结算审计为准"),
        ("确定能", None, "确定能"),
        # what the guarded searches still find
        ("未能专款专用", None, "未能专款专用"),
        ("大部分无投诉", None, "大部分无投诉"),
        ("挤占挪用1起，涉及金额3.2万元，已追回", None, "挤占挪用1(起)(涉及金额3.2万元,已追回)"),
        ("建成“15分钟健身圈”覆盖率92%", None, "建成“15分钟健身圈”覆盖率92(%)"),
    ],
)
def test_prose_cells(cell: str, year: int | None, shown: str) -> None:
    fast, full = fast_and_full(parse_value, cell, year)
    assert fast == full
    assert str(fast[0]) == shown


def test_zero_with_lead_reads_its_shapes() -> None:
    lead = _grammar._zero_with_lead
    assert lead("未能专款专用", "") == QualitativeValue("专款专用", "zero", negation="未能")
    assert lead("大部分无投诉", "") == QualitativeValue(
        "无投诉", "zero", partial=True, degree="大部分"
    )
    assert lead("确定能", "") is None
