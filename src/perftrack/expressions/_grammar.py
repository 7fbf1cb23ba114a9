"""The value language: ``parse_target`` and ``parse_value`` (expressions.md).

One small function per grammar rule. The cell is normalised first
(:mod:`._normalize`); every rule then works on the normalised text with
anchored regular expressions, so parsing is linear in the cell's length.
Error spans are mapped back to the raw text.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Generic, NamedTuple, TypeAlias, TypeVar

from attrs import evolve

from perftrack import vocabulary as voc
from perftrack._errors import ExpressionError
from perftrack.expressions._dates import (
    PART_SUBJECT_PATTERN,
    STAGE_ACCEPTANCE_PATTERN,
    STAGE_EVENT_PATTERN,
    STAGE_PATTERN,
    DateMatch,
    dated_lead_in,
    festival_deadline,
    match_date_value,
    match_deadline,
    match_label_date,
    match_period,
    match_xun_period,
    names_a_week,
    requested_only,
    says_not_completed,
    week_deadline,
)
from perftrack.expressions._model import (
    AnyOf,
    Bound,
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    Op,
    Part,
    PeriodTarget,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Range,
    Status,
    StatusValue,
    Target,
    TextValue,
    Value,
    is_share_in_progress,
)
from perftrack.expressions._normalize import _FINAL_DROPS, _MAYBE_CHANGE_RE, Normalized, normalize
from perftrack.expressions._numbers import (
    AR_NUMBER,
    CN_DECIMAL,
    CN_NUMBER,
    approximate_pair,
    chinese_to_int,
    has_adjacent_digits,
    to_decimal,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = ["parse_target", "parse_value"]

_T = TypeVar("_T")

# ---------------------------------------------------------------------------
# Tokens

_OP_SYMBOLS: Final = {"≥": Op.GE, "≤": Op.LE, "=": Op.EQ, ">": Op.GT, "<": Op.LT}
_OP_BY_ASCII: Final = {op.value: op for op in Op}
_OP_WORDS: Final = tuple((word, _OP_BY_ASCII[op]) for word, op in voc.OPERATOR_PREFIXES)
_OP_SUFFIXES: Final = tuple((word, _OP_BY_ASCII[op]) for word, op in voc.OPERATOR_SUFFIXES)
_BOUND_WORDS: Final = tuple((word, Bound(b)) for word, b in voc.BOUND_PREFIXES)
_BOUND_SUFFIXES: Final = tuple((word, Bound(b)) for word, b in voc.BOUND_SUFFIXES)
_MORE_OR_EXACT: Final = {True: Bound.MORE_THAN, False: Bound.EXACT}
_BOUND_OF_OP: Final = {
    Op.EQ: Bound.EXACT,
    Op.GE: Bound.AT_LEAST,
    Op.GT: Bound.MORE_THAN,
    Op.LE: Bound.AT_MOST,
    Op.LT: Bound.LESS_THAN,
}
# A plain cell's operator symbol (or '') and whether 余/多 follow its number (never both:
# see _raw_simple), as a target's operator and a value's bound: one look-up (r37g).
_PLAIN_OPS: Final = {
    **{(symbol, False): op for symbol, op in _OP_SYMBOLS.items()},
    ("", False): Op.EQ,
    ("", True): Op.GT,
}
_PLAIN_BOUNDS: Final = {key: _BOUND_OF_OP[op] for key, op in _PLAIN_OPS.items()}


class _WordTable(Generic[_T]):
    """Words → meanings, found at the start or end of a text by dictionary look-ups."""

    __slots__ = ("by_first", "by_last", "words")

    def __init__(self, pairs: Iterable[tuple[str, _T]]) -> None:
        self.words: dict[str, _T] = {}
        for word, meaning in pairs:
            self.words.setdefault(word, meaning)  # the first listed wins
        # The lengths of the words that start (end) with each character, longest first:
        # a text whose first (last) character starts (ends) no word is settled in one
        # look-up, and the others try only the lengths that can match.
        by_first: dict[str, set[int]] = {}
        by_last: dict[str, set[int]] = {}
        for word in self.words:  # no word is empty
            by_first.setdefault(word[0], set()).add(len(word))
            by_last.setdefault(word[-1], set()).add(len(word))
        self.by_first = {ch: tuple(sorted(n, reverse=True)) for ch, n in by_first.items()}
        self.by_last = {ch: tuple(sorted(n, reverse=True)) for ch, n in by_last.items()}

    def starting(self, text: str) -> tuple[str, _T] | None:
        """The longest word *text* starts with, and its meaning."""
        lengths = self.by_first.get(text[:1])
        if lengths is None:
            return None
        size = len(text)
        for length in lengths:
            if length <= size:  # a longer word cannot start a shorter text
                meaning = self.words.get(text[:length])
                if meaning is not None:
                    return text[:length], meaning
        return None

    def ending(self, text: str, end: int, *, whole: bool = False) -> tuple[str, _T] | None:
        """The longest word ``text[:end]`` ends with; something must precede it unless *whole*."""
        if end <= 0:
            return None
        lengths = self.by_last.get(text[end - 1])
        if lengths is None:
            return None
        for length in lengths:
            if end > length or (whole and end == length):
                word = text[end - length : end]
                meaning = self.words.get(word)
                if meaning is not None:
                    return word, meaning
        return None


_OP_PREFIX_TABLE: Final = _WordTable([*_OP_SYMBOLS.items(), *_OP_WORDS])
_OP_SUFFIX_TABLE: Final = _WordTable(_OP_SUFFIXES)
_BOUND_PREFIX_TABLE: Final = _WordTable(_BOUND_WORDS)
# A negation before a negated reach (不会无法达到95%, 不会完不成): the reach is made.
_DOUBLE_NEGATIONS: Final = ("不会", "不致", "不至于", "并非", "不是")
_BOUND_SUFFIX_TABLE: Final = _WordTable(_BOUND_SUFFIXES)
# A word alone in a bracket after a target's figure that is its operator (95次（上限）).
_BRACKET_OPS: Final = MappingProxyType(
    {word: _OP_BY_ASCII[op] for word, op in voc.BRACKET_OPERATORS}
)
# A word alone in a bracket after an actual's figure that is its bound (95%（以上）, r36s).
_BRACKET_BOUNDS: Final = MappingProxyType({word: Bound(b) for word, b in voc.BRACKET_BOUNDS})
# A limit named after a target's figure without a bracket (95次上限, 100元/人封顶, r36s).
_LIMIT_SUFFIX_TABLE: Final = _WordTable((word, _OP_BY_ASCII[op]) for word, op in voc.LIMIT_SUFFIXES)
_LIMIT_WORDS: Final = tuple(word for word, _ in voc.LIMIT_SUFFIXES)
_DEGREES: Final = _WordTable((word, word) for word in voc.DEGREE_WORDS)
_QUALITY_WORDS: Final = frozenset(voc.FAMILIES["quality"].words)
_FAMILY_OF: Final = {
    word: family.name for family in reversed(list(voc.FAMILIES.values())) for word in family.words
}

_AR_RE: Final = re.compile(AR_NUMBER)
_CN_RE: Final = re.compile(CN_NUMBER)
# 百分之九十 is 90 %, 千分之三 3 ‰, 万分之五 5 ‱.
_FRACTION_UNITS: Final = {"百分之": "%", "千分之": "‰", "万分之": "‱"}
# 百分之百 (a hundred percent): 百 alone is a numeral only there.
_HUNDRED_RE: Final = re.compile(r"百(?![零一二三四五六七八九两十百千])")


_Trie: TypeAlias = "dict[str, _Trie]"  # a character → the rest; "" marks a word's end


def _trie_alternation(words: Iterable[str]) -> str:
    """A regular expression that matches any of *words*, longest first, as a trie.

    For an anchored match: Python's engine tries the branches of a plain alternation
    one by one, and with the words merged on their common prefixes a failed match
    costs one branch per character instead of one per word. (To search, a flat
    alternation of literals is faster: the engine skips to its first characters.)
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: _Trie) -> str:
        parts = [re.escape(ch) + branches(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" not in node:
            return body
        # A word may end here: try the longer ones first (a greedy optional group).
        return (body if len(parts) > 1 else f"(?:{body})") + "?"

    return branches(trie)


_CN_START_RE: Final = re.compile(
    f"(?:{_trie_alternation(word for word, _ in voc.OPERATOR_PREFIXES)})?({CN_NUMBER})"
)
_CN_NUMERAL_FIRSTS: Final = frozenset("零一二三四五六七八九两十半")
# The characters such a start can begin with: most texts begin with none of them, and
# one look-up settles them before the regular expression runs.
_CN_START_FIRSTS: Final = _CN_NUMERAL_FIRSTS | frozenset(
    word[0] for word, _ in voc.OPERATOR_PREFIXES
)


# A run that looks like a number, to report broken ones (=2..0).
_NUMBERISH_RE: Final = re.compile(r"\d[\d.,]*\d|\d")
_FIRST_DIGIT_RE: Final = re.compile(r"\d")
# The first digit and the run of digits, points and commas it starts: what every number
# pattern (AR_NUMBER) can take of it. Found once per cell by the two grammars (its start
# is the first digit, as _FIRST_DIGIT_RE's), its end tells the shapes apart.
_FIRST_RUN_RE: Final = re.compile(r"\d[\d.,]*")
# A standard's code: letters (CJJ, JGJ/T, HJ, GY/T, WS/T, NY/T, TSG...), a number (45,
# 2.2, D20, 0469) and its year (-2015). A name, never a range 45-2015 (parse19 H2).
# A code never takes a unit (CJJ45-2015 is followed by 标准, 规范, 要求 or nothing): a
# year followed by a unit of measure (LED 1500-2000盏, LNG 1800-2000吨, CT 1500-2000人次,
# H 1500-2000m, 1500-2000万元) is a range after a name's letters (regress42 W1). 等, 级
# and 类 follow codes (GB 50034-2013等, GB3838-2002 III类) and are no unit here.
_CODE_UNIT_WORDS: Final = sorted(
    {
        word
        for word in (*voc.KNOWN_UNITS, *voc.UNIT_ALIASES, *voc.MEASURE_WORDS)
        if word[0] not in "等级类" and not word[0].isascii()
    },
    key=len,
    reverse=True,
)
_CODE_UNIT_AFTER: Final = (
    r"\s?(?:[万亿千百%‰‱℃°a-zμ]|" + "|".join(map(re.escape, _CODE_UNIT_WORDS)) + ")"
)
STANDARD_CODE_RE: Final = re.compile(
    r"(?<![A-Za-z])[A-Z]{1,5}(?:/[TZ])?\s?[A-Z]?\d+(?:\.\d+)*-(?:19|20)\d{2}(?!\d)"
    rf"(?!{_CODE_UNIT_AFTER})"
)
# A technical name of letters and a digit (IPv6, Wi-Fi6, 5G, 4G网络, 3D, 4K, H5, B2B, O2O):
# a name, never a number with a unit (regress73: 支持IPv6 read as =6). Not after a digit,
# a letter or a comparison (≥5G, 10G and 1000M are figures); 4K before 元 is 4000 元, and
# H2O is no business model (read as before).
TECH_NAME_RE: Final = re.compile(
    r"(?<![A-Za-z\d.<>=≥≤～~])"
    r"(?:[Ii][Pp][Vv][46]|[Ww][Ii]-?[Ff][Ii]\s?[4-7]E?|[2-6]G|[23]D|[48]K(?!元)|H5"
    r"|[BCFGOPS]2[BCGMOP])"
    r"(?![A-Za-z\d.])"
)


# Every branch of TECH_NAME_RE holds one of these ASCII letters (I/i of IPv, W/w of Wi-Fi,
# the G, D, K, H of 5G, 3D, 4K, H5, and the first letter of B2B...S2B); the pattern has no
# IGNORECASE flag. A cell without any has no technical name. TECH_NAME_RE starts with a
# lookbehind, so sre tries the whole pattern at each position; this character class is a
# fast scan (most cells with a digit hold no Latin letter at all).
_TECH_NAME_LETTER_RE: Final = re.compile(r"[BCDFGHIKOPSWiw]")


def only_tech_names(text: str) -> bool:
    """Whether the only figures of *text* are within technical names (IPv6, 5G网络).

    Example:
        >>> [only_tech_names(t) for t in ("支持IPv6", "4G网络", "5G基站12个", "10G", "≥5G")]
        [True, True, False, False, False]
    """
    if _TECH_NAME_LETTER_RE.search(text) is None:
        return False  # no letter any branch of TECH_NAME_RE needs: no match
    return TECH_NAME_RE.search(text) is not None and (
        _FIRST_DIGIT_RE.search(TECH_NAME_RE.sub("", text)) is None
    )


# μ: μg/m³, μm.
_LETTER: Final = r"A-Za-zμ\u3400-\u9fff"


def _letters_without(excluded: str) -> str:
    """The character class of :data:`_LETTER` without the Chinese letters *excluded*.

    ``[…]`` of it matches exactly the characters ``(?:(?![excluded])[_LETTER])`` does,
    one character each (both consume one, and the lookahead refuses exactly *excluded*),
    but sre repeats a plain class in one fast loop, where a group with a lookahead runs
    its repeat machinery and the assertion for each character: ``12个`` cost the raw
    pattern 6,300 instructions (r38b; tests/test_parse_speed_r38b.py compares both forms
    on every character of the Basic Multilingual Plane).
    """
    ranges, low = [], 0x3400
    for high in sorted({ord(char) for char in excluded}):
        if not 0x3400 <= high <= 0x9FFF:  # noqa: PLR2004 - the class's Chinese range
            raise ValueError(excluded)
        if low < high:
            ranges.append(f"\\u{low:04x}-\\u{high - 1:04x}")
        low = high + 1
    ranges.append(f"\\u{low:04x}-\\u9fff")
    return "A-Za-zμ" + "".join(ranges)


# 或 joins alternatives (any_of): it never belongs to a unit. (Written as one class:
# see _letters_without; it was (?:(?!或)[{_LETTER}]).)
_UNIT_LETTER: Final = f"[{_letters_without('或')}]"
# A rate (次/月), per two things (元/人·月, 元/人*月, 元/(人·次)), two rates (元/生/年),
# per a power of a Latin unit (μg/m³) or per a scaled count (1/10万, 例/10万人).
_PER_THINGS: Final = (
    rf"{_UNIT_LETTER}{{1,4}}(?:(?<=[A-Za-z])[23²³])?(?:[、·*×]{_UNIT_LETTER}{{1,2}})*"
)
_PER: Final = (
    # per 100 km (油耗 9.6L/100km, 9.6升/100公里: parse31 H2)
    rf"/(?:(?:10{{1,4}}(?=[万千百])|100(?=km|KM|公里|千米))?{_PER_THINGS}"
    # t/(km²·a), 吨/(平方公里·年): a bracketed denominator, its first unit up to four
    # letters long (平方公里, a power of a Latin unit)
    rf"|\({_UNIT_LETTER}{{1,4}}(?:(?<=[A-Za-z])[23²³])?(?:[、·*×]{_UNIT_LETTER}{{1,2}})+\))"
)
_UNIT_PATTERN: Final = (
    # A power (m3, m²) follows a Latin letter only: 个2 is no unit.
    rf"(?:(?:%|‰|‱|℃|°C|°|{_UNIT_LETTER}{{1,6}}(?:(?<=[A-Za-z])[23²³])?)(?:{_PER}){{0,2}}"
    # A rate whose amount the table leaves out (≤28.40/株: 元 per plant).
    rf"|(?:{_PER}){{1,2}})"
)
_UNIT_RE: Final = re.compile(_UNIT_PATTERN)
_SIMPLE_RE: Final = re.compile(
    rf"([≥≤=<>]?)({AR_NUMBER})([余多])?(?:\(([^()]{{1,8}})\)|({_UNIT_PATTERN}))?"
)
# Units that are really dates, suffix words or bounds: the full grammar decides.
# (Only the part before a "/" counts: 次/月 is a rate, not a month.)
# (2类, 3级 may be grades: see _is_grade; 9成 is tenths: see _tenths.)
_NOT_SIMPLE_UNIT: Final = re.compile(
    r"^[年月日号季旬级类等成]|[前底末内以余多上下左右及之起至到或半]"
)
_YEAR_LIKE_RE: Final = re.compile(r"(?:19|20)\d{2}")
_YEAR_MONTH_RE: Final = re.compile(r"(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])")
# The first two digits of every year the patterns above match (a cheap test before them).
_CENTURIES: Final = frozenset({"19", "20"})
_YEAR_OR_MONTH_RE: Final = re.compile(r"(?:19|20)\d{2}(?:\.(?:0?[1-9]|1[0-2]))?")
# A date written as eight digits (20241231), in this century.
_EIGHT_DIGIT_DATE_RE: Final = re.compile(r"20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# Deadlines and periods can only start with one of these.
_DATE_START: Final = frozenset("0123456789零一二三四五六七八九十力计预截已于在到本今当年上下第")
# A deadline may also start with 确保 (a value date may not), or with 至 (至2025年12月31日
# reads as 截至2025年12月31日).
_DEADLINE_START: Final = _DATE_START | {"确", "至"}

# The next common shape, [label] [op] number [unit] [suffix] (年度预算220万元,
# 满意度≥90%), in one match. Units exclude the characters of dates and suffix words,
# so that 5次以上 splits into 次 and 以上. The full grammar is the reference: a
# property test checks that this path never disagrees with it.
# (One class, see _letters_without: it was (?:(?![年月…半])[{_LETTER}]).)
_FAST_EXCLUDED: Final = "年月日号季旬前底末内以余多上下左右及之起至到或半"
_FAST_LETTER: Final = f"[{_letters_without(_FAST_EXCLUDED)}]"
# A unit that begins with 级, 类 or 等 may be a grade (二级, 2类: see _is_grade), one that
# begins with 成 tenths (9成以上: see _tenths): the full grammar decides. Its first letter
# is one class too (it was (?![级类等成]) before the first _FAST_LETTER), the rest up to
# five letters of _FAST_LETTER: the same one to six letters.
_FAST_UNIT_FIRST: Final = f"[{_letters_without(_FAST_EXCLUDED + '级类等成')}]"
_FAST_UNIT: Final = (
    rf"(?:%|‰|‱|℃|{_FAST_UNIT_FIRST}{_FAST_LETTER}{{0,5}})"
    rf"(?:/{_FAST_LETTER}{{1,4}}(?:[、·]{_FAST_LETTER}{{1,2}})*)?"
)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The tail of a plain number expression, from its first digit: number [unit] [suffix].
# Units exclude the characters of dates and suffix words, so that 5次以上 splits into
# 次 and 以上 (see _plain_number).
# The number and its unit are one atomic group (r38b): sre takes the longest number and
# unit and never tries a shorter one when the rest fails. Any shorter reading ends before
# what the rest cannot take: a shorter number before a digit, point or comma (no unit and
# no suffix word starts with one); a shorter unit, or none, before a letter of
# _FAST_LETTER, %, ‰, ‱, ℃, /, 、 or · (every suffix word starts with 以, 及, 或, 之, 内, 左
# or 上, which _FAST_LETTER excludes); nor is the end of the text there. So the cells that
# fail (年度预算220万元达标, the prose of a long cell) fail at once, with the same result;
# tests/test_parse_speed_r38b.py checks the suffix words' first characters.
_PLAIN_TARGET_TAIL_RE: Final = re.compile(
    rf"(?>(?P<num>{AR_NUMBER})(?P<unit>{_FAST_UNIT})?)"
    rf"(?P<suffix>{_alternation(w for w, _ in voc.OPERATOR_SUFFIXES)})?"
)
_PLAIN_VALUE_TAIL_RE: Final = re.compile(
    rf"(?>(?P<num>{AR_NUMBER})(?P<unit>{_FAST_UNIT})?)"
    rf"(?P<suffix>{_alternation(w for w, _ in voc.BOUND_SUFFIXES)})?"
)
# What may stand before the number for a cell to skip the other grammars: label
# characters, operator and filler words, and an operator symbol last. A comma, colon
# or semicolon may split off a status (基本完成,达成率97%); a bracket, a dot, 或, 余, 多,
# % or a sign (-5%, ±5%) belong to other shapes.
_FAST_HEAD_RE: Final = re.compile(r"[^\d.≥≤=<>()\[\]:,;。、或余多%\-+±]*[≥≤=<>]?")
# A number that reads as a month (2023.07): the date grammars decide.
_YEAR_MONTH_AT_RE: Final = re.compile(r"(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])(?![\d.])")
#: Set to False to parse everything through the full grammar (for tests).
_FAST_PATHS = True

# The commonest cells of all (``≥80.00(%)``, ``12个``, ``2.00``, ``600余人``, ``1次/月``)
# matched on the raw text, before normalisation: every character this admits is one
# that normalisation leaves alone, so a match is its own normal form. Units exclude
# the characters of dates and suffix words (20年, 6月前, 5次以上 go the long way),
# and digits (m2 is rewritten by normalisation); numbers are ASCII digits (full-width
# ones are normalised first). No not-applicable, family or status word starts with a
# digit or an operator (a test checks), so none can match.
_RAW_SIMPLE_FIRST: Final = frozenset("0123456789≥≤=<>")
_ASCII_NUMBER: Final = AR_NUMBER.replace(r"\d", "[0-9]")
# The number is an atomic group: after it the pattern admits no digit, point or comma
# (余, 多, a bracket, a unit sign or a letter), so a shorter number could never let the
# whole cell match; the group keeps sre from trying each one when a cell fails (r36g).
_RAW_SIMPLE_RE: Final = re.compile(
    rf"([≥≤=<>]?)((?>{_ASCII_NUMBER}))([余多])?"
    rf"(?:\((%|‰|‱|℃|{_FAST_UNIT_FIRST}{_FAST_LETTER}{{0,5}}(?:/{_UNIT_LETTER}{{1,4}})?)\)"
    rf"|(%|‰|‱|℃|{_FAST_UNIT_FIRST}{_FAST_LETTER}{{0,5}}(?:/{_UNIT_LETTER}{{1,4}})?))?"
)


# What a plain number cell holds: operator symbol (or ''), number, unit, 余/多.
_Simple = tuple[str, Decimal, str | None, bool]


def _raw_simple(text: str) -> _Simple | None:
    """:func:`_simple_number` for a cell that needs no normalisation, in one match."""
    if text[:1] not in _RAW_SIMPLE_FIRST:
        return None
    match = _RAW_SIMPLE_RE.fullmatch(text)
    if match is None:
        return None
    op, number, more, bracketed, bare = match.groups()
    unit = bracketed or bare
    if unit is None:
        if more or (
            "." in number and number[:2] in _CENTURIES and _YEAR_MONTH_RE.fullmatch(number)
        ):
            return None  # 200余, 2023.07: the full grammar decides
        if len(number) == 8 and not op and _EIGHT_DIGIT_DATE_RE.fullmatch(number):  # noqa: PLR2004
            return None  # 20241231: a date as a target
    else:
        if more and op:
            return None  # ≥200余人
        if bare is not None and bare[0] in "OolI":
            return None  # 9O人: normalisation may read the letter as a digit (90人)
        # One character is a unit when the pattern admits it; longer ones may hold an
        # operator word, a date word after the slash or a trailing note (达标, 覆盖).
        if len(unit) > 1 and (
            not _is_unit(unit)
            or (bare is not None and bare.endswith(_TRAILING_NOTES))
            or _days_and_verb(unit)  # 5天发放: the full grammar splits the verb off
        ):
            return None
    value = Decimal(number.replace(",", "") if "," in number else number)
    return op, value, unit, more is not None


# The units a plain cell's unit is often written in without a letter of a technical name.
_SYMBOL_UNITS: Final = frozenset({"%", "‰", "‱", "℃"})


def _plain_unit(unit: str | None) -> bool:
    """Whether a cell :func:`_raw_simple` read with *unit* is its object as it stands (r37g).

    The raw pattern admits no letter outside the unit, so a unit of symbols or Chinese
    letters leaves the cell no technical name (:func:`only_tech_names` is false); one of
    at most two Chinese letters is no unit of money paid (:func:`_may_be_paid_unit`) and,
    unless it ends in a letter of :data:`_ACTING_LASTS`, no counted noun with its verb;
    an unlabelled figure is no rank and no figure after an event. So
    :func:`_settled_unit`, :func:`_settled_target_unit` and :func:`_after_event` return
    the object unchanged: the cached parsers build it at once (``12个``, ``≥80.00(%)``,
    ``1.00``, ``20万元``), about half of all cells.
    """
    return (
        unit is None
        or unit in _SYMBOL_UNITS
        or (
            len(unit) <= 2  # noqa: PLR2004 - 万元, 人次: see _may_be_paid_unit
            and unit[0] >= "\u3400"
            and unit[-1] >= "\u3400"
            and unit[-1] not in _ACTING_LASTS
            and unit != "元计"
        )
    )


_RANGE_SEP_RE: Final = re.compile(r"-|~|至|到")
_FILLER_RE: Final = re.compile(r"(?:目标值|预计值|预期值|计划值|标准值|标准|水平):?$")
# The characters a filler word ends with (a cheap test before the pattern; its $ also
# matches before a final line break).
_FILLER_LASTS: Final = frozenset("值准平\n")
_TRAILING_NOTES: Final = voc.TRAILING_NOTES
_TRAILING_NOTE_TABLE: Final = _WordTable((word, word) for word in _TRAILING_NOTES)
# Characters that show a cell may hold a date (deadline or period).
_DATE_HINT_RE: Final = re.compile(
    r"\d{4}|[零一二三四五六七八九]{4}|[\d十一二三四五六七八九]月|年[底末内度终]|半年|季度|旬"
    # 当年完成, 今年完成: the table's year (本年度 has 年度)
    r"|[本今当]年"
)
# A baseline inside a label (采购成本较上年降低5%, 收入比去年增长): the number is a change.
# Only 比/较 before a baseline count: 比例≥90%, 比赛场次10场, 较大事故0起 are labels.
_BASELINE_INSIDE_RE: Final = re.compile(
    r"(?:较|比)(?:上年|去年|上一年|往年|基期|上期|同期|以前|\d{4}年)|同比|环比"
)
_RECURRING_RE: Final = re.compile(r"每|按月|按季|按年|按周|定期|逐月|逐年")
_RECURRING_FIRSTS: Final = frozenset("每按定逐")
# Incidents whose absence a zero-family phrase states.
_INCIDENTS: Final = (
    "事故|投诉|差错|违纪|违规|违法|纠纷|失误|上访|案件|问题|隐患|污染|事件"
    "|舆情|伤亡|死亡|火灾|疫情|险情|损失|不良影响"
    # events of other fields: 零发案, 零欠薪, 零感染, 零延误, 零泄漏, 零返工 (零容忍, 零距离 and
    # 零售 are no incidents: prose)
    "|发案|欠薪|拖欠|感染|延误|超标|泄漏|渗漏|返工|超支|逾期|违章|漏报|迟报|瞒报"
    # of courts, procuratorates and secrecy: 零错案, 无冤假错案, 未发现泄密, 未出现误判 (parse14)
    "|错案|冤案|泄密|失密|误判|错判|漏判"
    # 零风险, 确保资金安全零风险, 无资金风险 (parse18 M3)
    "|风险"
    # of schools and of custody: 零辍学, 零失学, 零脱逃, 无脱管漏管, 未发生罪犯脱逃 (parse19 M6)
    "|辍学|失学|脱逃|脱管|漏管|越狱"
    # of disease control: 无甲类传染病暴发, 不发生聚集性疫情爆发 (parse23 M8)
    "|暴发|爆发"
    # of heritage: 无损毁, 零损毁, 不发生文物损毁 (parse39 H3); 无失传, 濒危项目无失传, and of
    # pests: 不发生新疫点 (parse47 H4)
    "|损毁|毁损|失传|疫点"
    # of 乡村振兴: 零返贫, 无一户返贫, 未发生返贫致贫 (parse53 M7)
    "|返贫|致贫"
)
# What 未发现/未出现 deny beyond the incidents: any noun phrase ending in a word of a
# fault found or a bad event (未发现违纪线索, 未出现重大偏差); 未发现/未出现 never say
# work is left undone (parse14).
_FAULTS: Final = (
    "错误|故障|异常|偏差|漏洞|缺陷|风险|线索|苗头|反弹|返贫|失职|渎职|腐败|贪污|违约|纰漏|病害|破坏"
)
# The misuses of funds a 资金使用 row denies (未发现挪用, 未发现虚报冒领, 未发现截留、挪用、
# 虚报冒领等问题): none found, never "not done" (parse18 H2); a payment wrongly, never,
# twice or over made (未发现错发冒领, 未发现错发漏发: p33fix H2).
_MISUSES: Final = (
    "挪用|套取|虚报冒领|冒领|虚报|错发|漏发|重发|多发"
    "|截留|挤占|侵占|骗取|违规使用|滞留|私分|贪占|挥霍"
)
# A late publishing or filing denied (未发现逾期备案, 未出现报送不及时, 不存在公布不及时):
# 未发现/未出现/没有发现/不存在 before a filing said late (as scoring's late-filing words).
_FILING_VERBS: Final = "公布|发布|公示|公开|印发|报备|备案|上报|报送|提交"
_LATE_FILING_DENIED: Final = (
    "(?:(?:未|没有)(?:出现|发现)|不存在)"
    f"(?:(?:{_FILING_VERBS})(?:不及时|未及时|不按时|未按时|不按期|未按期)"
    f"|(?:逾期|超期|延迟|迟延)(?:{_FILING_VERBS}))"
    "(?:的?(?:情况|行为|现象|问题))?"
)
# What a project may cause, whose absence 未产生/未造成 states (未产生社会成本, 未造成
# 生态环境破坏, 未产生负面影响).
_HARMS: Final = "成本|费用|支出|负担|影响|破坏|损害|损失|浪费|污染|危害|风险|问题"
# Words of a change, whose 未发生 says a value held (未发生变化, 全年未发生调整): no zero
# and no work left undone, text (regress61 W1).
_CHANGES: Final = "变化|调整|变动|改变|变更|更改|更换|变迁"
# The one noun rule of the zero-family shapes: an incident, after up to 8 letters that
# qualify it (重大环境污染事件), and an optional 发生. (Letters but 或: a phrase never
# holds the 或 of alternatives, 零或零事故.)
# A grade of accidents and up may lead those letters (不发生较大及以上安全生产事故,
# 杜绝较大及以上安全生产责任事故: parse22 H2), as 较大及以上事故 does within them.
_INCIDENT_GRADE: Final = "(?:一般|较大|重特大|重大|特别重大|特大)(?:及以上|以上)?"
_INCIDENT_NOUN: Final = rf"(?:{_INCIDENT_GRADE})?{_UNIT_LETTER}{{0,8}}(?:{_INCIDENTS})(?:发生)?"
# Up to 8 letters naming where or when nothing happens (生产安全零事故, 全年无安全事故);
# never a negation or a degree of the phrase (未能专款专用, 未实现零风险, 部分专款专用,
# 大部分无投诉): :data:`_ZERO_LEAD_RE` reads those (regress40 W1).
_ZERO_SUBJECT_REFUSED: Final = "未(?!成年)|没|不(?!良)|部分|基本|个别"
_ZERO_SUBJECT: Final = rf"(?:(?!{_ZERO_SUBJECT_REFUSED}){_UNIT_LETTER}){{0,8}}?"
_ZERO_RE: Final = re.compile(
    # After a subject of up to 8 letters (one lazy run, then the shapes that may follow it):
    rf"{_ZERO_SUBJECT}(?:"
    # 无安全事故, 全年无安全事故, 暂无投诉, 零投诉, 没有投诉
    rf"(?:暂|尚)?(?:无|零|没有)(?:一[户人例起件家名个])?{_INCIDENT_NOUN}"
    # 全年未发生一起安全事故, 不发生安全事故, 没有发生安全事故: an incident after
    # 未/不/没(有) 发生
    rf"|(?:未|不|没有|没|并未|从未)发生{_INCIDENT_NOUN}"
    # 杜绝较大及以上安全生产责任事故: rules out the incident as 不发生 does (parse22 H2)
    rf"|杜绝{_INCIDENT_NOUN}"
    # 不发生规模性返贫(致贫): the 乡村振兴 rows' zero, of a scope as 区域性 is (parse27 M2)
    r"|(?:未|不|没有|没|并未|从未)发生规模性返贫(?:致贫)?"
    # 未收到投诉, 未接到群众投诉, 未出现安全事故, 未有投诉, 未造成人员伤亡, 未引发舆情:
    # nothing happened, which is no "not done".
    rf"|未(?:收到|接到|出现|发现|有|造成|引发|发生过){_INCIDENT_NOUN}"
    rf"|(?:未|没有)(?:出现|发现){_UNIT_LETTER}{{0,8}}(?:{_INCIDENTS}|{_FAULTS})(?:情况|行为|现象)?"
    # 未发现挪用, 未发现挪用资金情况, 未发现截留、挪用、虚报冒领等问题: misuses of funds,
    # one or a list of them, none found (parse18 H2)
    # (未发现明显挪用: a hedge before the misuse, still none found)
    # (未发现挤占挪用, 截留挪用, 虚报冒领: a run of misuses with no 、, regress43 W3)
    rf"|(?:未|没有)(?:出现|发现)(?:明显|重大|严重)?(?:{_MISUSES})+"
    rf"(?:、(?:(?:{_MISUSES})+|{_INCIDENTS}|{_FAULTS}))*"
    rf"(?:专项资金|财政资金|资金)?等?(?:情况|行为|现象|问题|违规问题)?"
    # 未发现倒卖补贴机具、骗补等违规行为: examples, then 等 and the incident they are
    # of, none found (parse20 M4)
    rf"|(?:未|没有)(?:出现|发现)(?:{_UNIT_LETTER}{{1,10}}、)+{_UNIT_LETTER}{{1,10}}等"
    rf"{_UNIT_LETTER}{{0,4}}(?:{_INCIDENTS}|{_FAULTS})(?:情况|行为|现象)?"
    # 未发现逾期备案, 未出现报送不及时, 不存在公布不及时: a late filing denied, none found
    # (the late word is negated, never "not done" nor late, k72fix 2)
    rf"|{_LATE_FILING_DENIED}"
    # 专款专用, 项目资金专款专用: funds kept to their purpose, no misuse (parse18 H2)
    r"|专款专用"
    # 无一例, 全年无一起, 无一例错案: not a single case
    rf"|(?:无|没有)一(?:例|起|件|宗)(?:{_INCIDENT_NOUN})?"
    # 未产生, 未产生社会成本, 没有产生额外费用, 未对生态环境造成破坏: no cost, no harm was
    # caused (not work left undone)
    rf"|(?:未|没有|没|并未|从未)(?:对{_UNIT_LETTER}{{1,10}})?(?:产生|造成)"
    rf"(?:{_UNIT_LETTER}{{0,8}}(?:{_HARMS}))?)"
    # 未发生…: any event after it; a time before it (全年未发生, 年内均未发生: the year had
    # none, parse30 M2). Not a change (未发生变化, 全年未发生重大调整): that says a value
    # held, no zero, and stays text (regress61 W1).
    # 没有, 没有发生, 均无, 全年均没有: none, alone, as 无 and 未发生 are (they were text)
    r"|(?:全年|年内|年度内|本年度|当年)?(?:均|都)?(?:没有(?:发生)?|无)"
    rf"|(?:(?:全年|年内|年度内|本年度|当年)(?:均|都)?)?未发生"
    # (未发生因矛盾纠纷激化引发的命案: up to 14 letters, parse47 H4)
    rf"(?!{_UNIT_LETTER}{{0,8}}(?:{_CHANGES})){_UNIT_LETTER}{{0,14}}"
    # 安全事故零发生, 安全生产事故“零发生”: what did not happen comes first, any noun
    # phrase as after 未发生; up to 14 letters (因矛盾纠纷激化引发命案零发生: parse47 H4).
    rf"|{_UNIT_LETTER}{{0,14}}(?:零发生|“零发生”|\"零发生\")"
    # 黑臭水体动态清零 (none left, kept so), 交易服务费零收费 (no fee): none (p17 M2)
    rf"|{_UNIT_LETTER}{{0,10}}?(?:动态清零|零收费)"
    # 零填埋, 零排放, 零新增, 实现“零填埋”: none landfilled, emitted, added (p26fix H4)
    # (未新增, 无新增违规墓地: none added, the value of a 零新增 row)
    # 零种植, 零流失, 零复吸, 零失控: the 禁毒 red lines, none grown, diverted, relapsed,
    # out of control (parse43 H4)
    rf"|{_UNIT_LETTER}{{0,10}}?(?:零|“零|\"零)(?:填埋|排放|新增|种植|流失|复吸|失控)[”\"]?"
    rf"|(?:未|无|没有)新增{_UNIT_LETTER}{{0,8}}"
    # 不新增, 严禁新增, 坚决遏制新增, 隐性债务不新增: the 债务化解 zero, as 零新增 (parse48 H4)
    r"|(?:不|严禁|坚决遏制|杜绝|坚决杜绝)新增"
    # 未超预算, 无超支, 没有违规, 未逾期: what must not happen did not, no "not done".
    r"|(?:未|无|没有)(?:超出|超过|超|突破|逾期|延误|延期|违规|违纪|违法|挤占|挪用|拖欠|滞留)"
    rf"{_UNIT_LETTER}{{0,6}}"
    # 无拖欠农民工工资现象, 无拖欠农民工工资现象发生: the wrong's 现象/情况 after it, and
    # an optional 发生 (regress86 M2, sh25)
    r"(?:的?(?:现象|情况|行为|问题)(?:发生)?)?"
)
# A negation or a degree before a zero-family phrase (regress40 W1): 未能专款专用,
# 未做到专款专用, 未实现零风险 deny it; 未完全做到专款专用, 部分专款专用, 大部分未发现挪用,
# 基本实现零风险 state it of a part only.
_ZERO_LEAD_RE: Final = re.compile(
    "(?:(?P<some>(?:未|没有|没能|未能)(?:完全|全部)|(?:绝大部分|大部分|部分|大多数|多数|基本|个别)"
    "(?:资金|项目)?)|(?P<not>未能|没能|不能|未曾|未|没有|没|不))"
    "(?:做到|实现|达到|落实|达成)?"
)
# The first characters of _ZERO_LEAD_RE's branches (its first group is not optional): a
# text starting with another has no match.
_ZERO_LEAD_FIRSTS: Final = frozenset("未没绝大部多基个不")
# The first characters a zero-family phrase without a subject can have (无事故, 零投诉,
# 未发生…, 暂无…, 不发生…); one with a subject (安全事故零发生, 全年无安全事故,
# 全年未发生…, 全年没有…) holds 零, 无, 未 or 没.
_ZERO_FIRSTS: Final = frozenset("无零未暂尚没不并从杜")


def _may_be_zero(text: str) -> bool:
    """Whether *text* may be a zero-family phrase (a cheap test before :data:`_ZERO_RE`)."""
    return (
        text[:1] in _ZERO_FIRSTS
        or "零" in text
        or "无" in text
        or "未" in text
        or "没" in text
        # 专款专用, 项目资金专款专用; 基本做到专款专用 is no assurance (parse18 H2)
        or (text.endswith("专款专用") and "基本" not in text)
        or text.endswith("新增")  # 严禁新增, 坚决遏制新增 (parse48 H4)
    )


# The verbs of work whose progress a status states.
_WORK_VERBS: Final = (
    "开展|进行|推进|施工|办理|实施|建设|招标|采购|筹备|审核|审批|整改|编制|调试|验收|准备|"
    "落实|执行|制作|安装|设计|谈判|运行|开发|对接|申报|评审|公示|拨付|支付|发放|"
    # 测试中, 改造中, 维修中, 培训中, 部署中: more verbs of work under way (r35f; they were
    # text, "无法判断" at the deadline). Not the verbs of measuring (统计, 调查, 测评, 评估,
    # 监测, 检测, 审计, 核实): their 中 leaves the figure unknown, as 未统计 does.
    "测试|改造|维修|维护|修缮|修建|修订|修改|培训|部署|装修|研发|研究|迁移|升级|整理|清理|"
    "起草|撰写|编写|制定|改建|扩建|新建|搬迁|拆除|铺设|安置|征收|拆迁|配送|录入|采集|移交|"
    "交付|结算|决算|报批|送审|论证|协调|洽谈|规划|勘察|勘测|测绘|组织|推广|招募|招聘|遴选|整合"
)
_IN_PROGRESS_RE: Final = re.compile(
    rf"(?:正在|仍在|目前)?[{_LETTER}]{{0,6}}(?:{_WORK_VERBS})中"
    # 正在施工, 正在审计, 正在办理前期手续: 正在 says it without 中, before any verb phrase;
    # so do 尚在, 还在, 目前在 (尚在施工, 目前在建: parse52 M2).
    r"|(?:正在|仍在|尚在|还在|目前仍?在)[\u3400-\u9fff]{1,10}"
    # 尚处于施工阶段, 处于招标阶段: a stage the work is in (parse52 M2)
    r"|(?:目前|现|尚|仍|还)?处于[\u3400-\u9fff]{1,8}?(?:阶段|过程中)"
    # 项目在建, 附属工程在建, 配套设施仍在建: the works named, then 在建 as 在建 alone (r38k)
    r"|(?:[\u3400-\u9fff]{0,4}(?:工程|设施|项目|部分)|附属|配套)(?:目前|均|仍|尚|还)?在建中?"
)
# 全部未完成, 项目均未完成: a word for "all" before 未 and a verb of work says none was
# done, and the done shape (全部…完成) must not read it. Before another verb it says
# nothing happened (均未发生, 全部未超标): the zero reading's, not a status.
_NOT_DONE_RE: Final = re.compile(
    r"(?:项目)?(?:(?:全部|完全|均|都|全)(?=(?:尚|暂|仍|还)?未(?:完成|完工|竣工|到位|到账|建成|办结"
    r"|验收|落实|拨付|发放|兑付|实施|开展|启动|开工|交付|上线|整改)))?"
    # 未成年人, 未参保人员: a noun of people, no work not done (voc.NEGATED_NOUNS)
    rf"(?:尚|暂|仍|还)?未(?!{'|'.join(word[1:] for word in voc.NEGATED_NOUNS)})"
    # 未发生变化: nothing changed, no work left undone (regress61 W1)
    rf"(?!发生[{_LETTER}]{{0,8}}(?:{_CHANGES}))[{_LETTER}]{{1,6}}"
)
# What is not yet measured says nothing of the work (未统计, 未开展调查, 数据尚未出来):
# the figure is unknown, no "not done".
_NO_DATA_RE: Final = re.compile(
    "未(?:开展|进行|组织)?(?:统计|调查|测评|评价|评估|监测|检测|测算|核算|公布|出来|填报|上报)"
)
_DONE_RE: Final = re.compile(
    rf"(?:项目|资金)?(?:已经|已|均已|全部)[{_LETTER}]{{0,8}}"
    # 到账 as 到位: the money in the account (已到账, 资金已全部到账; r39j)
    r"(?:完成|完工|竣工|办结|落实|到位|到账|发放|验收|建成|达成|实现|拨付|支付|兑现|兑付|交付|结算|完毕"
    # 已建成投入使用, 已投用, 已上线试运行: in use (a trial run is use), done
    r"|投入使用|投用|上线(?:并?试运行)?"
    # 已通车, 已建成通车, 已并网发电, 已投产: the works opened to their use (not on trial,
    # nor a part of them: 已半幅通车, 已局部通水)
    r"|(?<!试)(?<!半幅)(?<!单幅)(?<!局部)(?<!部分)(?:通车|通水|并网(?:发电)?|投产|投入运营|投运)"
    # 已印发, 已出台实施, 已下发: a document issued (but see _EARLY_ISSUE_RE); not 下达,
    # which after a timeliness word (已及时下达) is that word
    r"|(?:印发|出台|发布|下发|出版)(?:实施)?)"
    # 已完成全年任务, 完成年度目标: the year's work is done.
    r"|(?:已经|已)?(?:超额|提前)?完成(?:了)?(?:全年|年度|本年度|当年)(?:的)?"
    rf"(?:[{_LETTER}]{{0,6}}?)(?:任务|目标)"
)
# Done work named by its own verb (已整改, 已安置, 已上报, 已召开, 已全部整改), alone or after
# 已完成 (已完成整改, 已完成培训, 已完成全部整改, 已完成年度培训): the row's whole task is
# done. Only these task verbs, and nothing after them: what else 已完成 names is a stage
# or a part (已完成主体工程, 已完成土方开挖, 已完成一期工程, 已完成征地拆迁), a step before
# the task (已完成招标, 已完成验收前准备) or a document about it (已完成整改方案制定,
# 已完成整改报告), which says nothing of the task itself: text.
_DONE_TASK_RE: Final = re.compile(
    r"(?:项目|资金)?(?:已经|已|均已)(?:全部|全面|按时|按期|如期)?"
    r"(?:完成了?(?:全部|所有|年度|全年)?)?"
    r"(?:接收)?(?:整改|安置|上报|报送|召开|举办|举行|培训|检测|检查|归档|备份|移交|发布|"
    r"公示|公布|公开|修缮|挂牌|悬挂|试鸣|入库|储备|更新|开通)(?:完毕|到位)?"
)
_TASK_ENDS: Final = ("任务", "目标")
# What is issued as an early step or a draft (已完成招标文件发布, 征求意见稿已下发), which
# issues no document the work is done by: no status.
_EARLY_ISSUE_RE: Final = re.compile(
    "(?:招标|采购|公告|征求意见|草案|初稿).*(?:印发|出台|发布|下发)"
)
# Part of the work done: 部分完工, 基本竣工, 大部分到位, 资金部分拨付, 基本已完工, 部分到账.
_PART_DONE_RE: Final = re.compile(
    r"(?:项目|资金|工程)?(?:已)?(?:基本|部分|大部分|大部)(?:已)?"
    r"(?:完成|完工|竣工|建成|办结|落实|到位|到账|发放|验收|达成|实现|拨付|支付|兑现|兑付|交付|结算|实施|开展)"
)
_PART_WORDS: Final = ("基本", "部分", "大部")
# 已基本…, 均已部分…: the done shape's lead-in followed by a part word.
_PART_LEAD_RE: Final = re.compile(r"(?:项目|资金)?(?:已经|已|均已)(?:基本|部分|大部)")
_STARTED_RE: Final = re.compile(r"已(?:开工|启动|招标|立项|开始|进场)[\u3400-\u9fff]{0,4}")
# The three grades the self-evaluation guidance gives qualitative indicators, that
# is 达成预期指标, 部分达成预期指标并具有一定效果 and 未达成预期指标且效果较差, and the
# variants tables print, such as 基本达到预期目标 and 未能实现预期效果.
_EXPECTATION_RE: Final = re.compile(
    r"(?P<no>未能|未|没有|尚未)?(?P<degree>基本|部分|大部分|全部|均已|已)?"
    r"(?:达成|达到|实现|完成)了?预期(?:的)?(?:指标|目标|效果|成效|要求)?"
    r"(?:并具有一定效果|并取得一定效果|且效果较差|,?效果(?:较差|不明显))?"
)
_PARTIAL_DEGREES: Final = frozenset({"基本", "部分", "大部分"})

# A value label that starts with one of these compares with something else
# (低于序时进度1.53个百分点): the number is not the value.
_RELATIVE_TABLE: Final = _WordTable(
    (word, word)
    for word, _ in voc.OPERATOR_PREFIXES
    # 最低, 最高 begin noun phrases (最低生活保障标准), and no bound word compares; a
    # negated word says where the figure did not go, and 不满, 不到, 不足 and 未满 begin
    # nouns too: 不满意率, 不到位率, 未满18周岁儿童.
    if len(word) > 1
    and not word.startswith(("最", "未", "没", "尚未", "并", "均未"))
    and word not in ("至多", "不满", "不到", "不足")
)
# Bound words that stay operators at the start of a target's label, away from the
# number (至少全年完成2次宣传 is ≥2). Words like 达到, 高于 or 控制在 start noun
# phrases and comparisons with something else there, and 不超 starts 不超标天数,
# so they are not among them.
_LEADING_OP_TABLE: Final = _WordTable(
    (word, _OP_BY_ASCII[op])
    for word, op in voc.OPERATOR_PREFIXES
    if (word.startswith("不") and len(word) > 2)  # noqa: PLR2004 - 不低于, not 不超
    or word in ("至少", "最少", "最多", "至多", "大于等于", "小于等于", "大于或等于", "小于或等于")
)
_LEADING_OP_FIRSTS: Final = frozenset(_LEADING_OP_TABLE.by_first)
# The last character of such a word followed by the first of a Chinese numeral.
_CN_AFTER_OP_RE: Final = re.compile(
    "[" + "".join(sorted(_LEADING_OP_TABLE.by_last)) + "][零一二三四五六七八九两十半]"
)
# 约 and 近 end words too (节约3.5%, 最近3年, 集约化): after these characters they are
# the end of the word, not a bound (已使用约40% keeps its 约).
_WORDS_ENDING_IN: Final = {
    "约": frozenset("节集制签合预条简契俭相违履公特邀婚隐"),
    "近": frozenset("最附靠邻亲贴临就远新"),
    # 赶超, 高超: 超 ends the word (a target's 超 is an operator too)
    "超": frozenset("赶高"),
}


# What may stand between the names of two bounds (上、下限, 上限/下限, 上限和下限).
_BOUND_NAME_JOINERS: Final = "、/和及与或"


def _inside_word(head: str, word: str) -> bool:
    """Whether a bound word ending *head* is the end of another word.

    A one-character word may end a word (节约, 最近, 赶超); 上限 or 下限 after the name of
    the other bound (上下限95, 上、下限95, 上限下限95) names both, neither a ceiling nor a
    floor: the cell keeps its label, ``上下限=95``.

    Example:
        >>> _inside_word("上下限", "下限"), _inside_word("年度上限", "上限")
        (True, False)
    """
    if word.startswith(("上限", "下限")):
        other = "下" if word[0] == "上" else "上"
        before = head[: len(head) - len(word)].rstrip(_BOUND_NAME_JOINERS)
        return before.endswith((other, other + "限"))
    starts = _WORDS_ENDING_IN.get(word)
    return starts is not None and len(head) > 1 and head[-2] in starts


# The words that make a value approximate (约, 大约, 接近…): at the start of a target
# they say nothing the target can keep.
_APPROXIMATE_WORDS: Final = frozenset(
    word for word, bound in voc.BOUND_PREFIXES if bound == "approximately"
)
# Every word a label may be that _prefix drops (approximate words are bound words).
_BOUND_LIKE_WORDS: Final = frozenset(
    word for word, _ in (*voc.OPERATOR_PREFIXES, *voc.BOUND_PREFIXES)
)
# Words of an aspiration beyond a floor (确保95%,力争98%): the clause they begin is the
# floor's note, as a bracket is (95%以上(力争98%)).
_ASPIRATION_WORDS: Final = ("力争", "争取")
_ASPIRATION_RE: Final = re.compile("|".join(_ASPIRATION_WORDS))
# Words of a promise or an aspiration that lead a target's figure in (力争95%, 确保≥90%,
# 力争达到95%): no label, as the same words before a deadline are none (确保2024年9月底前).
_PROMISE_LEAD_INS: Final = frozenset({"确保", *_ASPIRATION_WORDS})
# A numbering prefix (目标1:, 指标2、, 1.) is part of the label, not the number.
_NUMBERING_RE: Final = re.compile(r"(?:目标|指标)?\d{1,2}[:、.)](?!\d)")

# A list marker before one of several indicators in a cell: 1. 1、 1) (1) 一、 (一) 指标1:
# (never before a digit: 1.5万人 is a number; nor 一、 before another numeral: 一、二类桥梁
# names classes one and two).
_LIST_MARKER_RE: Final = re.compile(
    r"(?:(?:目标|指标)?\d{1,2}[.、):]|[一二三四五六七八九十]{1,3}(?:[.)]|、(?![一二三四五六七八九十两]))"
    r"|\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\))(?!\d)"
)
_LIST_MARKER_FIRSTS: Final = frozenset("0123456789一二三四五六七八九十(目指")


def _after_list_marker(norm: Normalized) -> Normalized | None:
    """The cell after a leading list marker (``1.``, ``（1）``, ``一、``), if it has one."""
    text = norm.text
    # (A listed comparison is short: a long cell is prose, and is not read twice.)
    if text[:1] not in _LIST_MARKER_FIRSTS or len(text) > _LONGEST_NUMBER_EXPRESSION:
        return None
    marker = _LIST_MARKER_RE.match(text)
    if marker is None or marker.end() == len(text):
        return None
    start = marker.end()
    if _NUMBER_HINT_RE.search(text, start) is None:
        return None  # a labelled comparison needs a number after the marker: prose, read once
    return _tail(norm, start)


def _tail(norm: Normalized, start: int) -> Normalized:
    """*norm* from *start* on, its characters still pointing into the whole raw cell."""
    text = norm.text
    origin = norm.origin if norm.origin is not None else list(range(len(text) + 1))
    return Normalized(norm.raw, text[start:], origin[start:])


_LONGEST_NUMBER_EXPRESSION: Final = 64
# No family word, status phrase or zero-family phrase (with an operator, a degree
# word and a suffix) is longer than this: longer cells skip those grammars.
_LONGEST_WORD_CELL: Final = 20
# A number expression needs a digit, a Chinese numeral or 百分之.
_NUMBER_HINT_RE: Final = re.compile(r"[\d零一二三四五六七八九两十百千万半壹贰叁肆伍陆柒捌玖拾佰仟]")

_BRACKETS: Final = {"(": ")", "[": "]"}
# A label holds none of these: brackets, operator symbols, the 或 of alternatives.
# An operator before a number marks a comparison wherever it stands (满意度≥90(%).
_OP_SYMBOL_RE: Final = re.compile(r"[≥≤=<>]\d")
_BAD_LABEL_RE: Final = re.compile(r"[()\[\]≥≤=<>或;]")
# What no unit of two characters or more holds: an operator or bound word, a date
# word (10日前, 6月底: a schedule, not a number of days), a fraction (三分之二) or a
# second numeral (一年两次). A one-character unit holds no word, and may be a numeral
# (5两). Two searches: a flat alternation of literals is the one Python's engine
# scans fastest, and a character class the other.
_UNIT_OPERATOR_RE: Final = re.compile(
    _alternation(
        word
        for word, _ in (*voc.OPERATOR_PREFIXES, *voc.OPERATOR_SUFFIXES, *voc.BOUND_PREFIXES)
        if len(word) > 1
    )
)
# Date words, numerals, and the parts of a month or a year (10月中旬, 四季度: a time,
# not a count of 月中旬 or 季度). A month or a day followed by words is a date and what
# happened then (11月完工, 20日开工), not a count of 月完工: only 日元 and 日历天 (a
# calendar day) begin with one of them. 成 is tenths (九成新 is no 9 of 成新).
# Nor is 一次性 (at once) a count of 次性, 三甲 or 三级甲等 (a hospital grade) one of 甲,
# and 几, 来 (十几个, 二十来个) and 整 after 元 (500万元整) are read by the number grammar.
_NOT_IN_UNIT_RE: Final = re.compile(
    r"[前底末零二三四五六七八九十两旬甲]|一(?!般)|^[月号几来]|^日(?!元$|历天$|历日$)|^季度|^成"
    # 提前15天完工: a verb of completion after a count of days is no unit (15天完成 is prose:
    # within 15 days, or on the 15th day?)
    r"|完工|竣工|建成|交付"
    # 在5-8之间: a band word after a range, no unit (the band grammar reads it)
    r"|之间|区间|范围"
)
_NO_ONE_CHARACTER_UNITS: Final = frozenset("前底末甲")
# 次 glued to 性 or to a verb of passing (一次性通过验收, 一次验收通过, 一次通过): an adverb,
# "at once, at the first try", before the verb phrase, not a count of 次性通过验收 (parse54).
# A count of inspections (验收3次, 2次验收) has no such verb after 次.
# So is 次 before a verb of handling a matter (一次办好, 一次办成, 一次告知, 一次搞定: the
# service promise "handled in one visit", r38f; they were =1(次办好) and the like), as
# 一次办结 and 一次性告知 were prose already.
_AT_ONE_GO_RE: Final = re.compile(r"次(?:性|(?:验收)?通过|办(?:好|成|结|妥|完|理)?|告知|搞定)")
_CLOSERS: Final = {")": "(", "]": "["}
# Whether a family, opposite or status word holds a digit (none does today).
_WORDS_HAVE_DIGITS: Final = any(
    _FIRST_DIGIT_RE.search(word) for word in (*_FAMILY_OF, *voc.OPPOSITE_WORDS, *voc.STATUS_WORDS)
)


def _error(norm: Normalized, message: str, start: int, end: int) -> ExpressionError:
    return ExpressionError(message, norm.raw, norm.raw_span(start, end))


# ---------------------------------------------------------------------------
# Shared pieces


def _has_brackets(text: str) -> bool:
    return "(" in text or ")" in text or "[" in text or "]" in text


def _balanced(text: str) -> bool:
    if not _has_brackets(text):
        return True
    stack: list[str] = []
    for ch in text:
        if ch in _BRACKETS:
            stack.append(ch)
        elif ch in _CLOSERS and (not stack or stack.pop() != _CLOSERS[ch]):
            return False
    return not stack


def _check_brackets(norm: Normalized) -> None:
    """Raise on an unclosed or unmatched bracket (the cell looks like a comparison)."""
    text = norm.text
    if not _has_brackets(text):
        return
    stack: list[int] = []
    for index, ch in enumerate(text):
        if ch in _BRACKETS:
            stack.append(index)
        elif ch in _CLOSERS:
            if not stack or text[stack[-1]] != _CLOSERS[ch]:
                raise _error(norm, "unmatched closing bracket", index, index + 1)
            stack.pop()
    if stack:
        raise _error(norm, "unclosed bracket", stack[0], len(text))


def _check_number(norm: Normalized, start: int) -> None:
    """Raise when the number at *start* is broken (``2..0``, ``1,00``)."""
    text = norm.text
    match = _NUMBERISH_RE.match(text, start)
    if match is None:
        return
    token = match.group()
    valid = _AR_RE.fullmatch(token)
    trailing = (
        match.end() < len(text)
        and text[match.end()] in ".,"
        and (match.end() + 1 < len(text) and text[match.end() + 1] in ".,0123456789")
    )
    if valid is None or trailing:
        end = match.end() + (2 if trailing else 0)
        raise _error(norm, "invalid number", start, end)


def _looks_like_comparison(text: str) -> bool:
    head = text[1:2] if text[:1] in _BRACKETS else text[:1]
    return bool(head) and (head in _OP_SYMBOLS or head.isdigit())


def _family_of(word: str) -> str | None:
    return _FAMILY_OF.get(word)


def _strip_degree(text: str) -> tuple[str | None, str]:
    degree = _DEGREES.starting(text)
    if degree is not None and len(text) > len(degree[0]):
        return degree[0], text[len(degree[0]) :]
    return None, text


class _Number(NamedTuple):
    """What the number grammar found in a cell."""

    label: str | None
    op: Op | None
    bound: Bound | None
    value: Decimal
    high: Decimal | None
    unit: str | None
    note: str | None
    more: bool  # 余/多 after the number
    approximate: bool = False  # an approximate pair (七八个): value and high are its two figures


def _split_suffix(text: str, end: int) -> tuple[int, Op | None]:
    found = _OP_SUFFIX_TABLE.ending(text, end)
    return (end, None) if found is None else (end - len(found[0]), found[1])


def _limit_before(text: str, end: int, *, whole: bool = False) -> str | None:
    """The limit word that ends ``text[:end]`` (``95次上限``, ``100元封顶``), or None.

    Something must stand before the word unless *whole*. 封顶 after a unit that names
    the storeys or the works of a building (``18层封顶``, ``3栋主体封顶``, ``5个标段封顶``:
    vocabulary.TOPPED_OUT_UNITS) is the works topping out, no limit.

    Example:
        >>> _limit_before("100元封顶", 6), _limit_before("18层封顶", 5)
        ('封顶', None)
    """
    found = _LIMIT_SUFFIX_TABLE.ending(text, end, whole=whole)
    if found is None:
        return None
    word = found[0]
    if word == "封顶":
        # the unit: what stands between the figure and the word (a few characters)
        start = end - len(word)
        first = start
        while first > max(0, start - _LONGEST_TOPPED_UNIT) and text[first - 1] not in _FIGURE_CHARS:
            first -= 1
        unit = text[first:start]
        if any(works in unit for works in voc.TOPPED_OUT_UNITS):
            return None
    return word


# The characters a figure ends with (Arabic or Chinese), before the unit of a limit word.
_FIGURE_CHARS: Final = frozenset("0123456789零一二三四五六七八九十百千万两")
_LONGEST_TOPPED_UNIT: Final = 12


def _split_limit(text: str, end: int) -> tuple[int, str | None]:
    """*end* before a limit word that ends a target's figure (``95次上限``), and the word."""
    word = _limit_before(text, end)
    return (end, None) if word is None else (end - len(word), word)


def _split_bound_suffix(text: str, end: int) -> tuple[int, Bound | None]:
    found = _BOUND_SUFFIX_TABLE.ending(text, end)
    return (end, None) if found is None else (end - len(found[0]), found[1])


def _closing_bracket(text: str, end: int) -> int | None:
    """Index of the bracket that opens the one closing at ``end - 1``."""
    if end == 0 or text[end - 1] not in _CLOSERS:
        return None
    opener = _CLOSERS[text[end - 1]]
    depth = 0
    for index in range(end - 1, -1, -1):
        ch = text[index]
        if ch in _CLOSERS:
            depth += 1
        elif ch in _BRACKETS:
            depth -= 1
            if depth == 0:
                return index if ch == opener else None
    return None


# A measure word with another in brackets, 件(套), 台(套), 个(次), 个(项): either of them
# (the standard notation of lists of goods and of counts), one unit kept whole.
_ALTERNATIVE_UNIT_RE: Final = re.compile(
    "([{0}])\\(((?!\\1)[{0}])\\)".format(
        # counts of things only: no time, money or measure (5年(月) is no such pair)
        "".join(sorted(voc.MEASURE_WORDS - frozenset("年月日天周秒分元米亩吨克斤升度岁")))
    )
)


def _same_unit(bare: str, bracketed: str) -> bool:
    """Whether a bracket after a bare unit says the unit again (``95次(次)``, ``5天(日)``).

    Example:
        >>> _same_unit("次", "次"), _same_unit("天", "日"), _same_unit("次", "人次")
        (True, True, False)
    """
    return voc.UNIT_ALIASES.get(bare, bare) == voc.UNIT_ALIASES.get(bracketed, bracketed)


def _alternative_unit(first: str, bracketed: str) -> str | None:
    """The unit ``件(套)`` of ``5000件(套)``, or None when the two are no such pair."""
    unit = f"{first}({bracketed})"
    return unit if _ALTERNATIVE_UNIT_RE.fullmatch(unit) is not None else None


# Tonnes (or kilograms) of carbon dioxide, or of its equivalent, as 生态效益 rows write
# them: 吨CO2, tCO2e, 吨CO₂, 吨二氧化碳, 万吨二氧化碳当量, kgCO2e (parse56 F14). The numeral
# 二 of 二氧化碳 and the e after CO2 keep them out of the general unit pattern.
_CARBON_UNIT_RE: Final = re.compile(
    "(?:万|千|亿)?(?:吨|t|T|千克|kg|公斤)(?:CO2|CO₂|二氧化碳)(?:e|当量|-eq|eq)?"
)


@lru_cache(maxsize=1024)
def _is_unit(text: str) -> bool:
    """A unit: short letters (and a compound /…), never an operator or a date word.

    Operator words (不低于) and date words (10日前, 6月底: a schedule, not a number
    of days) make the cell something else, and so do a fraction (三分之二 is no 3 of
    分之二) and a second numeral (一年两次 is no 1 of 年两次). Memoised: a table
    repeats its units.
    """
    if "(" in text and _ALTERNATIVE_UNIT_RE.fullmatch(text) is not None:
        return True  # 件(套), 台(套): two measure words, pieces or sets (a unit of its own)
    if ("CO" in text or "二氧化碳" in text) and _CARBON_UNIT_RE.fullmatch(text) is not None:
        return True  # 吨CO2, tCO2e, 吨二氧化碳当量: tonnes of carbon dioxide (parse56 F14)
    if _UNIT_RE.fullmatch(text) is None:
        return False
    if text.endswith(_LIMIT_WORDS) and _limit_before(text, len(text), whole=True) is not None:
        return False  # 元封顶, 次保底: a limit word after the unit (r37a), never part of it
    if text[0] in "eE" and text[1:].lstrip("+-").isdigit():
        return False  # 1.5e3, 15E3: an exponent; scientific notation is prose, as 2E5 is
    if text[0] in _LATIN_UNIT_FIRSTS and _latin_unit_and_word(text)[1] is not None:
        return False  # m宽: a unit and a word, which the full grammar splits
    if _unit_and_glued_words(text)[1] is not None:
        return False  # 项均为满意: a unit and words, which the full grammar splits
    if len(text) == 1:
        return text not in _NO_ONE_CHARACTER_UNITS
    if text == "季度" or text.startswith("类水") or text.endswith(("性", "元整")):
        # 三类水质, 3类水体: a class of water, not a count of 类水质; 一次性, 500万元整
        return False
    if text[0] == "次" and _AT_ONE_GO_RE.match(text) is not None:
        return False  # 一次性通过验收, 一次验收通过: at the first try, no count of 次性通过验收
    return (
        _UNIT_OPERATOR_RE.search(text) is None
        and _NOT_IN_UNIT_RE.search(text) is None
        and "分之" not in text
        # 96(预计), 12(待核实): a word that says the figure is planned, estimated or
        # unchecked is its note, no unit
        and _NOTE_QUALIFIER_RE.search(text) is None
    )


def _is_bare_unit(text: str) -> bool:
    """A unit written without brackets; a trailing note word (覆盖, 达标) is not one."""
    return not text.endswith(_TRAILING_NOTES) and _is_unit(text)


# Signs before a number (− and the other dashes are normalised to -).
_SIGNS: Final = frozenset("-+±")
# A numeral ends no label either: 至少两 before 2023 would read back as a count of 两;
# nor does 负 (minus) where normalisation left it (1.负5%, COD负5): a sign or a word?
# Nor an arrow or a yuan sign, which normalisation rewrites before a number (so that a
# label ending with one would not print back the same).
_BAD_LABEL_ENDS: Final = _SIGNS | frozenset(".不零一二三四五六七八九十两负▲▼↑↓¥￥")


def _is_sign(head: str) -> bool:
    """Whether the - or + that ends *head* is the sign of the number after it.

    It is when it starts the cell or follows an operator (symbol or word), a colon,
    a comma or a Chinese label (增长率-5%). After a digit, a letter or a bracket it
    is a dash between two things (1-5, COD-5): ranges and periods are read elsewhere.
    """
    before = head[-2:-1]
    return not before or before in _OP_SYMBOLS or before in ":,≈" or "\u3400" <= before <= "\u9fff"


def _find_number(text: str, end: int) -> tuple[int, re.Match[str]] | None:
    """Where the (first) number of the expression starts, and its match.

    A Chinese numeral counts at the start, after at most one operator word, or, in a
    cell without digits, right after an operator word that cannot begin a noun phrase
    (宣传不少于两次); never inside a label.
    """
    numbering = _NUMBERING_RE.match(text, 0, end)
    digit = _FIRST_DIGIT_RE.search(text, numbering.end() if numbering else 0, end)
    cn = _CN_START_RE.match(text, 0, end) if text[:1] in _CN_START_FIRSTS else None
    if cn is not None and (digit is None or cn.start(1) < digit.start()):
        number = _CN_RE.match(text, cn.start(1), end)
        if number is not None:
            return number.start(), number
    percent = text.find("百分之", 0, end)
    if percent < 0 and "千分之" in text:
        percent = text.find("千分之", 0, end)  # 千分之三: per mille, as 百分之 is per cent
    if percent < 0 and "万分之" in text:
        percent = text.find("万分之", 0, end)  # 万分之五: per ten thousand
    if percent >= 0 and (digit is None or digit.start() > percent):
        # 百分之九十; after a label or an operator word too (不低于百分之八十, 满意度百分之九十以上)
        at = percent + 3
        number = (
            _AR_RE.match(text, at, end)
            or _CN_RE.match(text, at, end)
            or _HUNDRED_RE.match(text, at, end)
        )
        if number is not None:
            return at, number
    if digit is None and text.endswith("为零", 0, end):
        # 死亡人数为零, 安全事故发生率为零: 为 is =, 零 its number (为 before other numerals
        # begins words: 为一流)
        zero = _CN_RE.match(text, end - 1, end)
        if zero is not None:
            return end - 1, zero
    if digit is None:
        after = _cn_after_operator(text, end)
        return None if after is None else (after.start(), after)
    number = _AR_RE.match(text, digit.start(), end)
    return (digit.start(), number) if number is not None else None


# What follows 万 or 亿 in a numeral: 五千, 零五百, 五 (colloquial: 两万五 is 25000), and
# after 亿 the myriads too (两亿五千万).
_BELOW_MYRIAD_RE: Final = re.compile(
    r"(?P<zero>零)?(?P<low>[一二三四五六七八九两][一二三四五六七八九十百千]{0,6})(?P<wan>万)?"
)
_MYRIAD: Final = {"万": 4, "亿": 8}


def _myriads(text: str, at: int, end: int) -> tuple[Decimal, str] | None:
    """What a numeral says after its 万 or 亿 at *at*, in that unit, and the text it takes.

    ``两万五千人``: 0.5 (五千 of 万) and ``五千``; None when nothing numeric follows.
    """
    scale = _MYRIAD[text[at]]
    below = _BELOW_MYRIAD_RE.match(text, at + 1, end)
    if below is None or has_adjacent_digits(below["low"]):
        return None
    if below["wan"] and scale != 8:  # noqa: PLR2004 - only 亿 holds 万
        return None
    low = chinese_to_int(below["low"])
    if below["wan"]:
        low *= 10_000
    elif len(below["low"]) == 1 and not below["zero"]:
        low *= 10 ** (scale - 1)  # 两万五: the next place down
    return Decimal(low).scaleb(-scale).normalize(), below.group()


# The 万 after an Arabic 亿 (1亿2500万, 1亿零500万, 1亿2千5百万, 1亿2千万): below 10000 万,
# in figures or in digits each before its place word.
_ARABIC_BELOW_YI_RE: Final = re.compile(
    r"零?(?:(?P<figures>\d{1,4})|(?:(?P<k>[1-9])千)?(?:(?P<h>[1-9])百)?(?:(?P<t>[1-9])十)?(?P<u>[1-9])?)万"
)


def _arabic_myriads(text: str, at: int, end: int) -> tuple[Decimal, str] | None:
    """What the 万 after an Arabic figure of 亿 at *at* adds, in 亿, and the text it takes.

    Example:
        >>> _arabic_myriads("1亿2500万元", 2, 9), _arabic_myriads("1亿2千5百万元", 2, 10)
        ((Decimal('0.25'), '2500万'), (Decimal('0.25'), '2千5百万'))
        >>> _arabic_myriads("1亿元", 2, 3) is None
        True
    """
    found = _ARABIC_BELOW_YI_RE.match(text, at, end)
    if found is None or found.end() - found.start() == 1:
        return None  # 1亿万: nothing before 万
    if found["figures"] is not None:
        low = int(found["figures"])
    else:
        low = sum(
            int(found[place]) * scale
            for place, scale in (("k", 1000), ("h", 100), ("t", 10), ("u", 1))
            if found[place] is not None
        )
    if low == 0:
        return None
    return Decimal(low).scaleb(-4).normalize(), found.group()


# A number that 几 or 来 may follow: one ending in 十, 百 or 千, or an Arabic multiple of ten.
_ROUND_NUMBER_RE: Final = re.compile(r"[十百千]$|\d0$")
# 一半, 半数: half, written as the percentage it is.
_HALF_WORDS: Final = frozenset({("一", "半"), ("半", "数")})

# A half after the unit of time (年半, 天半, 个半月, 个半小时, 个半工作日; 4分半 is 4.5
# 分钟, p26fix M2).
_HALF_AFTER_UNIT_RE: Final = re.compile(
    r"(?P<unit>年|天|日|周|小时|分钟|分)半|(?P<one>个)半(?P<after>月|小时|工作日|星期|钟头)"
)


# What the label before a first Arabic number may not hold when a numeral began it.
_FALLBACK_BLOCKERS_RE: Final = re.compile(r"[A-Za-z\-~至]|(?<!达)到")  # 达到 is an operator word


def _first_arabic_number(text: str, end: int) -> tuple[int, re.Match[str]] | None:
    """The first Arabic number of the expression (after a numbering prefix), if any."""
    numbering = _NUMBERING_RE.match(text, 0, end)
    digit = _FIRST_DIGIT_RE.search(text, numbering.end() if numbering else 0, end)
    if digit is None:
        return None
    number = _AR_RE.match(text, digit.start(), end)
    return (digit.start(), number) if number is not None else None


def _cn_after_operator(text: str, end: int) -> re.Match[str] | None:
    """A Chinese numeral right after an operator word that follows a label (宣传不少于两次).

    Only the words that cannot begin a noun phrase count (不少于, 至少, 最多…): after
    达到 or 为, 一 begins words (达到一流水平, 成为一级…), not numbers.
    """
    # One search finds the places where such a word may end right before a numeral.
    hint = _CN_AFTER_OP_RE.search(text, 1, end)
    while hint is not None:
        start = hint.end() - 1
        if _LEADING_OP_TABLE.ending(text, start) is not None:
            number = _CN_RE.match(text, start, end)
            if number is not None:
                return number
        hint = _CN_AFTER_OP_RE.search(text, start, end)
    return None


def _operator_ends(text: str, role: str) -> bool:
    words = _OP_PREFIX_TABLE if role == "target" else _BOUND_PREFIX_TABLE
    found = words.ending(text, len(text), whole=True)
    # 节约, 最近: a value's 约 or 近 that ends another word is no bound (节约≥5(万元))
    return found is not None and not _inside_word(text, found[0])


def _same_bound(word: str, op: Op, role: str) -> bool:
    """Whether *word* is an operator (target) or bound (value) word that says *op*."""
    if role == "target":
        return _OP_PREFIX_TABLE.words.get(word) is op
    return _BOUND_PREFIX_TABLE.words.get(word) is _BOUND_OF_OP[op]


# A label that holds a digit and ends with Latin letters (3e, 1.2E, 1NaN, 95inf, B2/C,
# 第1批nan): the number printed after it would be read into a code or a unit.
_DIGIT_THEN_LETTERS_RE: Final = re.compile(r"\d.*[A-Za-z]$")


# 满意度保持在90%以上: keeping a figure at a level says nothing of its own.
_HOLD_WORDS: Final = ("保持", "稳定", "维持")
# 存在, 所在, 现在, 实在, 自在, 正在: 在 ends a word there, not a "at".
_IN_A_WORD: Final = frozenset("存所现实自正内外")


def _without_locative(label: str) -> str | None:
    """*label* without the "at" before a figure: 满意度在 → 满意度, 保持在 → None.

    Example:
        >>> (
        ...     _without_locative("满意度保持在"),
        ...     _without_locative("稳定在"),
        ...     _without_locative("存在"),
        ... )
        ('满意度', None, '存在')
    """
    stem = label[:-1]
    if stem[-1] in _IN_A_WORD:
        return label
    for word in _HOLD_WORDS:
        if stem.endswith(word):
            stem = stem[: -len(word)]
            break
    stem = stem.rstrip(":, ")
    if len(stem) > 1 and stem[-1] == "在":
        return _without_locative(stem)  # 在在: the canonical text would lose the second
    return stem or None


# A "per" phrase right before the figure: 每人, 每亩, 每月, 每人每月, 每生每年.
_PER_PHRASE_RE: Final = re.compile(r"(?:每[\u3400-\u9fff]{1,4}?){1,2}")


def _operator_before_per(label: str, role: str) -> tuple[str | None, Op | None, Bound | None]:
    """The operator word before the "per" phrase that ends *label*, taken out of it.

    ``发放标准不低于每人每月`` before 200元 is ≥, labelled ``发放标准每人每月``: the per phrase
    stays in the label, as in ``每生每年3300元`` and ``不超过每亩500元`` (labelled ``每亩``).

    Example:
        >>> _operator_before_per("发放标准不低于每人每月", "target")
        ('发放标准每人每月', <Op.GE: '>='>, None)
        >>> _operator_before_per("人均补助不少于每月", "value")
        ('人均补助每月', None, <Bound.AT_LEAST: 'at_least'>)
    """
    per = label.find("每")
    while per > 0:
        if _PER_PHRASE_RE.fullmatch(label, per) is not None:
            head = label[:per]
            if role == "target":
                found_op = _OP_PREFIX_TABLE.ending(head, per, whole=True)
                if found_op is not None:
                    return head[: -len(found_op[0])].rstrip(":, ") + label[per:], found_op[1], None
            else:
                found_bound = _BOUND_PREFIX_TABLE.ending(head, per, whole=True)
                if found_bound is not None and not _inside_word(head, found_bound[0]):
                    rest = head[: -len(found_bound[0])].rstrip(":, ")
                    return rest + label[per:], None, found_bound[1]
            break
        per = label.find("每", per + 1)
    return label, None, None


# An adverb of a floor or a ceiling before the verb that leads to the figure, inside a
# label (每月至少巡查2次, 全年至少开展4次, 每季度最多召开1次): the figure's operator, as
# 每月巡查不少于2次 says it after the verb. The verb is a few letters with no numeral
# (最多跑一次 is the name of a reform), no 的 (最多的乡镇 is a noun phrase) and no 每.
_ADVERB_BEFORE_VERB_RE: Final = re.compile(
    r"(?P<word>至少|最少|至多|最多)(?P<verb>[\u4e00-\u9fff]{1,4})$"
)
_NOT_IN_VERB: Final = frozenset("零一二三四五六七八九十两百千万亿半几的每")


def _adverb_before_verb(label: str, role: str) -> tuple[str, Op | None, Bound | None] | None:
    """*label* without a floor or ceiling adverb before its last verb, and what it says.

    None when the label has no such adverb after a subject (a leading one is the
    target's operator already: 至少全年完成2次宣传).

    Example:
        >>> _adverb_before_verb("每月至少巡查", "target")
        ('每月巡查', <Op.GE: '>='>, None)
        >>> _adverb_before_verb("每季度最多召开", "value")
        ('每季度召开', None, <Bound.AT_MOST: 'at_most'>)
        >>> _adverb_before_verb("最多跑一次", "target") is None
        True
    """
    found = _ADVERB_BEFORE_VERB_RE.search(label)
    if found is None or found.start() == 0 or not _NOT_IN_VERB.isdisjoint(found["verb"]):
        return None
    rest = label[: found.start()].rstrip(":, ") + found["verb"]
    if role == "target":
        return rest, _OP_PREFIX_TABLE.words[found["word"]], None
    return rest, None, _BOUND_PREFIX_TABLE.words[found["word"]]


# A cap or a floor named before a target's figure (r38f): 封顶100元, 保底3万元, 补助标准
# 封顶100元, 封顶为100元, as 100元封顶 names it after (r37a) and 上限100元 before. The
# words are the limit words that may follow a figure (vocabulary.LIMIT_SUFFIXES) that
# are no operator words of their own (上限, 下限 are). 最高 or 最低 before a verb of
# granting (最高补助2000元, 每户最低补贴500元, 最高可奖励5万元) bounds what is granted, as
# 最多 before any verb does (最多补助3次); before anything else they begin a noun
# phrase (最低工资标准2000元, 最高气温35℃) and the label keeps them.
_LIMIT_FIRST_RE: Final = re.compile(
    "(?P<subject>.*?)(?:(?P<word>"
    + "|".join(word for word in _LIMIT_WORDS if word not in _OP_PREFIX_TABLE.words)
    + ")|(?P<adverb>最高|最低)可?(?P<verb>"
    "补助|补贴|奖励|奖补|资助|扶持|支持|给予|发放|报销|赔付|补偿|贴息|获得|享受|领取))$"
)


def _limit_first(
    head: str,
    prefix: tuple[str | None, Op | None, Bound | None],
    unit: str | None,
    role: str,
) -> tuple[str | None, Op | None, Bound | None]:
    """*prefix* with a cap or a floor named before the figure as its operator (r38f).

    A target's label that ends with 封顶, 保底, 兜底 or 托底 (after it only 为 or a
    colon), or with 最高 or 最低 and a verb of granting: ``封顶100元`` is ``≤100(元)``,
    ``补助标准封顶100元`` ``补助标准≤100(元)``, ``保底3万元`` ``≥3(万元)``,
    ``最高补助2000元`` ``补助≤2000(元)``. 封顶 said of the storeys or the works of a
    building (``封顶2栋``, ``主体封顶3栋``: vocabulary.TOPPED_OUT_UNITS in the unit or
    the label) is the works topping out, no cap. A value keeps its label, as ``上限``
    in a value does.

    Example:
        >>> _limit_first("封顶", ("封顶", None, None), "元", "target")
        (None, <Op.LE: '<='>, None)
        >>> _limit_first("最高补助", ("最高补助", None, None), "元", "target")
        ('补助', <Op.LE: '<='>, None)
        >>> _limit_first("封顶", ("封顶", None, None), "栋", "target")
        ('封顶', None, None)
    """
    label, op, bound = prefix
    if role != "target" or label is None or label[-1] not in _LIMIT_FIRST_LASTS:
        return prefix
    if op is not None and not (op is Op.EQ and head.rstrip(":, ").endswith("为")):
        return prefix  # 封顶≤100元 and the like: what the symbol says, as before
    found = _LIMIT_FIRST_RE.fullmatch(label)
    if found is None:
        return prefix
    subject = found["subject"].rstrip(":, ")
    word = found["word"]
    if word is None:
        said = Op.LE if found["adverb"] == "最高" else Op.GE
        subject += found["verb"]
    else:
        said = _BRACKET_OPS[word]
        if word == "封顶" and any(
            works in part for part in (subject, unit or "") for works in voc.TOPPED_OUT_UNITS
        ):
            return prefix  # 封顶2栋, 主体封顶: the works topped out
    stacked = _prefix(subject, role) if subject.endswith(_STACKED_WORDS) else None
    if stacked is not None and stacked[1] is said:
        # 最高封顶100元, 补助最低保底500元: the adverb says the cap's own bound again (r38p:
        # they were 最高封顶=100(元)); 最低封顶 says two bounds and stays as before
        subject = stacked[0] or ""
    if subject and (
        _operator_ends(subject, role) or _prefix(subject, role) != (subject, None, None)
    ):
        return prefix  # 不超过封顶…: two bound words, as before
    return subject or None, said, bound


_LIMIT_FIRST_LASTS: Final = frozenset(
    word[-1] for word in _LIMIT_WORDS if word not in _OP_PREFIX_TABLE.words
) | frozenset("助贴励补持予放销付偿息得受取")


# A leading floor or ceiling adverb before a verb and a count in words (最多跑一次,
# 最多跑一地, 至少跑一趟): the name of a reform or a service promise ("最多跑一次"改革),
# where the adverb bounds the count in the name, not the figure after it.
_NAMED_COUNT_RE: Final = re.compile(
    r"(?:至少|最少|至多|最多)[\u4e00-\u9fff]{1,2}?[一两二三四五六七八九十][次趟地回遍]"
)


def _names_a_count(label: str) -> bool:
    """Whether *label* begins with a bounded count in words (最多跑一次…), a name.

    Example:
        >>> _names_a_count("最多跑一次改革事项办理率"), _names_a_count("至少全年完成")
        (True, False)
    """
    return _NAMED_COUNT_RE.match(label) is not None


# The words that may say a bound a second time, next to an operator word or symbol
# (最高不超过, 最低不低于, 至少不低于, 最多不超过, 不低于≥).
_STACKED_WORDS: Final = ("最高", "最低", "最多", "最少", "至少", "至多")
_STACKED_LASTS: Final = frozenset(word[-1] for word in _STACKED_WORDS) | frozenset("于过")


def _repeated_bound(label: str, op: Op | None, bound: Bound | None, role: str) -> str | None:
    """*label* without a final word that says *op* (or *bound*) again, or None.

    ``差错率最高`` before ``不超过``: ``差错率``; ``满意度不低于`` before ``≥``: ``满意度``.
    A word that says another bound (``差错率最低`` before ``不超过``) is no repetition.
    """
    words = _OP_PREFIX_TABLE if role == "target" else _BOUND_PREFIX_TABLE
    found = words.ending(label, len(label))
    if found is None or _inside_word(label, found[0]):
        return None
    word, meaning = found
    if (
        word not in _STACKED_WORDS
        and not (word[0] in "不未" and len(word) > 2)  # noqa: PLR2004
        # 到2027年达到≥85%, 覆盖率达到≥85%: a reach said again by its floor (target58 #3)
        and not (word == "达到" and op is Op.GE)
    ):
        return None
    if role == "target":
        if meaning is not op:
            return None
    elif meaning is not (bound if op is None else _BOUND_OF_OP[op]):
        return None
    rest = label[: -len(word)].rstrip(":, ")
    return rest or None


def _prefix(
    text: str, role: str, *, digit_label: bool = False
) -> tuple[str | None, Op | None, Bound | None] | None:
    """Split what stands before the number into label and operator (or bound).

    A target's label holds no digit, unless *digit_label* says that the caller checked
    that its digits name things (``PM2.5浓度``, ``第1季度``: see :func:`_number_after_label`).
    """
    if not text:
        return None, None, None
    head = text.rstrip(":")
    filler = _FILLER_RE.search(head) if head[-1:] in _FILLER_LASTS else None
    op: Op | None = None
    bound: Bound | None = None
    # A head already found not to end with an operator word (the test costs).
    no_operator: str | None = None
    if head and head[-1] in _OP_SYMBOLS:
        op = _OP_SYMBOLS[head[-1]]
        head = head[:-1]
        if _operator_ends(head, role):
            if _same_bound(head, op, role):
                head = ""  # 最高≤5%: the same bound said twice
            else:
                repeated = _repeated_bound(head, op, None, role)
                if repeated is None:
                    return None  # 至少=5: two operators
                head = repeated  # 支出最高≤50万元, 满意度不低于≥90%: said twice after a label
        no_operator = head
    else:
        if filler is not None and filler.start() > 0:
            head = head[: filler.start()]
        if role == "target":
            found_op = _OP_PREFIX_TABLE.ending(head, len(head), whole=True)
            if found_op is not None and _inside_word(head, found_op[0]):
                # 上下限为95: not the floor 下限为, but the 为 of 上下限=95
                shorter = found_op[0][2:] if found_op[0].startswith(("上限", "下限")) else ""
                said = _OP_PREFIX_TABLE.words.get(shorter) if shorter else None
                found_op = None if said is None else (shorter, said)
            if found_op is not None and not _inside_word(head, found_op[0]):
                op, head = found_op[1], head[: -len(found_op[0])]
        else:
            found_bound = _BOUND_PREFIX_TABLE.ending(head, len(head), whole=True)
            if found_bound is not None and not _inside_word(head, found_bound[0]):
                bound, head = found_bound[1], head[: -len(found_bound[0])]
                if bound is Bound.LESS_THAN and head.endswith(_DOUBLE_NEGATIONS):
                    # 预计不会无法达到95%: a reach that cannot fail is the figure reached
                    bound = None
                    head = head[: -len(next(w for w in _DOUBLE_NEGATIONS if head.endswith(w)))]
        if op is None and bound is None:
            if filler is not None:
                head = text.rstrip(":")  # the filler was part of the label after all
            else:
                no_operator = head
    # White space never ends a label (COD 50mg/L: the label is COD, and prints as COD=50;
    # the cell is trimmed, so none starts one).
    label = head.rstrip(":, ") or None
    if label is not None and label[-1] == "在" and len(label) > 1:
        label = _without_locative(label)
    if label is not None and op is None and bound is None and "每" in label:
        # 发放标准不低于每人每月200元: the operator before a "per" phrase is the figure's
        label, op, bound = _operator_before_per(label, role)
    if label is not None and op is None and bound is None and len(label) > 2:  # noqa: PLR2004
        adverb = _adverb_before_verb(label, role)
        if adverb is not None:
            label, op, bound = adverb  # 每月至少巡查2次: ≥2 of 每月巡查
    if label == "突破" and op is None and bound is None:
        # 突破1.2亿元: past it, as 超 and 逾 are; only as the lead-in: after a subject 突破
        # may be a noun (技术突破5项 counts breakthroughs)
        label = None
        if role == "target":
            op = Op.GT
        else:
            bound = Bound.MORE_THAN
    if label is not None and role == "target" and label in _PROMISE_LEAD_INS:
        # 力争95%, 确保95%, 确保≥90%: the promise says nothing the figure does not, so the
        # figure reads as it would alone (确保0起 is the zero target =0, 确保3个工作日 the time
        # limit, 确保5% a rate whose direction the indicator's name gives); a floor is
        # what the cell says (确保≥90%, 确保90%以上, 确保95%,力争98%)
        label = None
    if label is not None and label in _BOUND_LIKE_WORDS:  # one look-up for most labels
        if op is not None and _same_bound(label, op, role):
            label = None  # 最高不超过5%, 最低不低于90%: the same bound said twice is said once
        elif bound is not None and _BOUND_PREFIX_TABLE.words.get(label) is bound:
            label = None
        elif role == "target" and op in (None, Op.EQ) and label in _APPROXIMATE_WORDS:
            # 约95%, 约=95%: a target has no "about", so the number is the target. Only
            # a whole lead-in counts: 节约10% keeps its label 节约.
            op, label = Op.EQ, None
    if (
        label is not None
        and (op is not None or bound is not None)
        and label[-1] in _STACKED_LASTS
        and label not in _BOUND_LIKE_WORDS
    ):
        # 差错率最高不超过0.5%, 满意度最低不低于90%: the same bound said twice after a label
        label = _repeated_bound(label, op, bound, role) or label
    if label is not None and op is None and role == "target" and label[0] in _LEADING_OP_FIRSTS:
        leading = _LEADING_OP_TABLE.starting(label)
        if (
            leading is not None
            and len(label) > len(leading[0])
            and not _names_a_count(label)  # 最多跑一次改革事项办理率: a name, no operator
        ):
            op, label = leading[1], label[len(leading[0]) :]
            if label[0] in _LEADING_OP_FIRSTS and _LEADING_OP_TABLE.starting(label) is not None:
                return None  # 至少至少两…: two operators; the second would read as one
    if label is not None:
        if (
            (
                _BAD_LABEL_RE.search(label)
                if "(" not in label and ")" not in label
                else not _bracketed_label(label)
            )
            or "百分之" in label
            or "千分之" in label
            or "万分之" in label
            or (label != no_operator and _operator_ends(label, role))
            or label in _OP_SUFFIX_TABLE.words  # 左右=0: an operator word, no label
        ):
            return None
        last = label[-1]
        # 1:=15 would print as 115; 不 negates the operator word after it; a sign
        # (-,0) would print as the number's: none of them ends a label. A code such as
        # PM2.5 or BOD5 may, before an operator symbol (PM2.5≤35) that prints between
        # the two (a value's = prints nothing).
        symbol_prints = op is not None and (role == "target" or op is not Op.EQ)
        if (last.isdigit() and not (digit_label and symbol_prints)) or (
            last in _BAD_LABEL_ENDS and not last.isdigit()
        ):
            return None
        if (
            (
                last.isascii()
                and last.isalpha()
                and _DIGIT_THEN_LETTERS_RE.search(label)
                # NH3-N≤5mg/L, 5G≥20个: a code before an operator symbol that prints
                # between the two, as PM2.5≤35 above
                and not (digit_label and symbol_prints)
            )
            or (last == "长" and label.endswith("负增长"))  # normalisation rewrites 负增长5%
            or (last in "至到~" and _FIRST_DIGIT_RE.search(label))  # 1.2E至4: a range
        ):
            # 1.2E4, 1e999, 3e2人, 1T2期: letters between two numbers are no label (3e
            # before 2 would print 3e2, which reads back as 3 of e2), and never make the
            # exponent the figure
            return None
        if ("比" in label or "较" in label) and _BASELINE_INSIDE_RE.search(label):
            return None  # 较上年降低5%, 采购成本较上年降低5%: a change against a baseline
        if (
            role == "value"
            and _RELATIVE_TABLE.starting(label) is not None
            and not _names_a_count(label)  # 至少跑一趟事项占比: a name, not a comparison
        ):
            return None
        if role == "target" and (
            (not digit_label and _FIRST_DIGIT_RE.search(label))
            or len(label) > 20  # noqa: PLR2004
            # 不高于一、满意90%: the label would print first, where 一、 is a list marker
            or (label[0] in _LIST_MARKER_FIRSTS and _LIST_MARKER_RE.match(label) is not None)
        ):
            return None
    return label, op, bound


def _is_exponent(text: str, pos: int, sep: int, digits: str) -> bool:
    """Whether ``text[pos:sep + 1]`` is the ``e-`` of scientific notation after Arabic *digits*.

    ``1.5e-3`` and ``3E-5`` are a figure with an exponent (prose, as ``1.2E+04``
    is), never the range 1.5-3 of a unit ``e``.
    """
    return text[pos:sep] in ("e", "E") and text[sep] == "-" and digits[0].isdigit()


# The share of a base after a subject and its operator: 管理费不超过项目资金的3%,
# 财政补助不高于总投资50%, 管理费≤项目资金的3%. The base is a noun phrase of letters
# (no digit, bracket, clause break or operator) between the operator and the figure.
# A multiple of a base reads the same way, its base after 为 (生活标准不低于低保标准的1.3倍).
_SHARE_UNITS: Final = frozenset({"%", "‰", "‱", "倍"})
_BASE_RE: Final = re.compile(rf"[{_LETTER}]{{1,10}}")
_LONGEST_SHARE_HEAD: Final = 40


def _share_of_base(
    head: str, role: str, unit: str | None = "%"
) -> tuple[str | None, Op | None, Bound | None] | None:
    """The prefix of a percentage of a base stated after a subject and its operator.

    The operator is a 不 word that may lead a target (不超过, 不低于, 不得超过) or a symbol;
    the label keeps the subject and the base, the base in a bracket after 占:
    ``管理费(占项目资金的)``, as the cell says "the fee, as a share of the funds". Without a
    subject the base is the label (``不超过总投资的10%`` is ``总投资的≤10(%)``). A multiple
    (*unit* 倍) has its base after 为: ``特困人员基本生活标准(为当地低保标准的)``. None when
    *head* has no such shape, or the label would not read back the same.

    Example:
        >>> _share_of_base("管理费不超过项目资金的", "target")
        ('管理费(占项目资金的)', <Op.LE: '<='>, None)
        >>> _share_of_base("管理费不超过项目资金的", "value")
        ('管理费(占项目资金的)', None, <Bound.AT_MOST: 'at_most'>)
        >>> _share_of_base("管理费≤项目资金的", "target")
        ('管理费(占项目资金的)', <Op.LE: '<='>, None)
        >>> _share_of_base("生活标准不低于低保标准的", "target", "倍")
        ('生活标准(为低保标准的)', <Op.GE: '>='>, None)
    """
    if len(head) > _LONGEST_SHARE_HEAD:
        return None
    at = 1
    word = ""
    while True:
        symbol = next((i for i in range(at, len(head)) if head[i] in "≥≤<>"), -1)
        negation = head.find("不", at)
        if symbol < 0 and negation < 0:
            return None
        if symbol >= 0 and (negation < 0 or symbol < negation):
            at, word = symbol, head[symbol]
            break
        leading = _LEADING_OP_TABLE.starting(head[negation:])
        if leading is not None and leading[0].startswith("不"):
            at, word = negation, leading[0]
            break
        at = negation + 1
    subject, base = head[:at].rstrip(":, "), head[at + len(word) :]
    if not subject or _BASE_RE.fullmatch(base) is None or _UNIT_OPERATOR_RE.search(base):
        return None
    label = f"{subject}({'为' if unit == '倍' else '占'}{base})"
    prefix = _prefix(label + word, role)
    if prefix is None or prefix[0] != label:
        return None
    return prefix


def _share_prefix(
    head: str,
    role: str,
    unit: str | None,
    prefix: tuple[str | None, Op | None, Bound | None] | None,
) -> tuple[str | None, Op | None, Bound | None] | None:
    """*prefix*, or the share of a base's (:func:`_share_of_base`) before a percentage."""
    if (
        unit in _SHARE_UNITS
        and (
            prefix is None
            or (prefix[0] is not None and prefix[1] is None and prefix[2] in (None, Bound.EXACT))
        )
        and ("不" in head or "≤" in head or "≥" in head or "<" in head or ">" in head)
    ):
        share = _share_of_base(head.rstrip(":"), role, unit)
        if share is not None:
            return share
    return prefix


# A label with brackets (细颗粒物（PM2.5）浓度, 每千人口执业（助理）医师数, 失业率（%）):
# one level, each closed before the figure and holding a short name, with no operator,
# clause break or 或 in it; the label does not begin with one (（1）, （一） are list
# markers), and holds no square bracket, operator symbol, 或 or ; outside them. A scope
# note (（不含药品、耗材、检查、化验收入）, （含村卫生室、社区卫生服务站）) may be longer
# (parse38 H2): the 公立医院 rates are defined with such brackets.
_BRACKET_INSIDE: Final = r"[^()\[\]≥≤=<>或;,:]"
_BRACKETED_LABEL_RE: Final = re.compile(
    r"[^()\[\]≥≤=<>或;]+(?:\("
    rf"(?:{_BRACKET_INSIDE}{{1,12}}|(?:不含|含|不包括|包括){_BRACKET_INSIDE}{{11,22}})"
    r"\)[^()\[\]≥≤=<>或;]*)+"
)


def _bracketed_label(label: str) -> bool:
    """Whether *label*, which holds a bracket, is a name with a bracket inside it.

    Example:
        >>> _bracketed_label("细颗粒物(PM2.5)浓度"), _bracketed_label("(1)满意度")
        (True, False)
        >>> _bracketed_label("优良率(其中不低于60%)"), _bracketed_label("满意度(抽样")
        (False, False)
    """
    if _BRACKETED_LABEL_RE.fullmatch(label) is None:
        return False
    return _UNIT_OPERATOR_RE.search(label) is None


# The numerators of compound units in a name's bracket besides the known units (微克/立方米).
_MEASURE_NUMERATORS: Final = frozenset({"微克", "毫克", "mg", "μg", "ug", "g", "kg"})


def _labelled_unit(inner: str) -> bool:
    """A unit a name's bracket may give: a known one, or X/Y with X a unit (元/人·年).

    Example:
        >>> _labelled_unit("%"), _labelled_unit("元/人·年"), _labelled_unit("抽样")
        (True, True, False)
    """
    if inner in voc.KNOWN_UNITS or voc.UNIT_ALIASES.get(inner) in voc.KNOWN_UNITS:
        return True
    over, slash, _ = inner.partition("/")
    return (
        bool(slash) and (over in voc.KNOWN_UNITS or over in _MEASURE_NUMERATORS) and _is_unit(inner)
    )


def _unit_in_label(
    label: str, unit: str | None, role: str, *, digit_label: bool
) -> tuple[str | None, str | None]:
    """A unit in the bracket that ends a label is the figure's: 城镇登记失业率（%）≤4.5.

    Only a known unit (vocabulary.KNOWN_UNITS), only when the figure has none or the
    same one, and only when what is left is a label of its own (三（%）0 keeps it: 三
    before the figure would read as a numeral); any other bracket stays in the label
    (满意度（抽样）≥90).

    Example:
        >>> _unit_in_label("失业率(%)", None, "target", digit_label=False)
        ('失业率', '%')
        >>> _unit_in_label("满意度(抽样)", None, "target", digit_label=False)
        ('满意度(抽样)', None)
    """
    opener = label.rfind("(")
    inner = label[opener + 1 : -1]
    if opener > 0 and _labelled_unit(inner) and unit in (None, inner):
        rest = label[:opener]
        # (a second bracket before it would be read as the unit next time)
        if rest[-1] != ")" and _prefix(rest, role, digit_label=digit_label) == (rest, None, None):
            return rest, inner
    return label, unit


def _plain_number(text: str, role: str, start: int | None = None) -> _Number | None:
    """:func:`_number_expression` for its commonest shape, or None to run it in full.

    The shape is [label] [op] number [unit] [suffix], the number at the first digit
    and nothing but a unit and a suffix word after it: no bracket, note, range, 余,
    Chinese numeral or 百分之. What stands before the number goes through the same
    :func:`_prefix` as in the full grammar.
    """
    if len(text) > _LONGEST_NUMBER_EXPRESSION:
        return None  # as in _number_expression: no bracket ends a plain expression
    if start is None:
        digit = _FIRST_DIGIT_RE.search(text)
        if digit is None:
            return None
        start = digit.start()
    target = role == "target"
    tail = (_PLAIN_TARGET_TAIL_RE if target else _PLAIN_VALUE_TAIL_RE).fullmatch(text, start)
    if tail is None:
        return None
    number, unit, suffix = tail.groups()
    if unit is not None and not _is_bare_unit(unit):
        return None  # 100人达标: the note word needs the full grammar
    head = text[:start]
    if head and (
        head.endswith(("百分之", "千分之", "万分之"))
        or (head[0] in _CN_START_FIRSTS and _CN_START_RE.match(head))
        or ")" in head  # a bracket inside the label: the full grammar reads it
    ):
        return None  # the number is elsewhere
    if head[-1:] in _SIGNS:
        return None  # a sign (-5%) or a dash: the full grammar decides
    if (
        unit is not None
        and (head[-1:] == "第" or _days_taken(head, unit))
        and _ORDINAL_DAY_VERB_RE.fullmatch(unit)
    ):
        # 第20天拨付, 批复后20日公开: the days and the verb, which the full grammar splits
        return None
    prefix = _share_prefix(head, role, unit, _prefix(head, role))
    if prefix is None:
        return None
    if target:
        prefix = _limit_first(head, prefix, unit, role)  # 封顶100元 (r38f), as below
    label, op, bound = prefix
    if label is not None and _names_a_time(label, unit):
        return None
    if target and op is None and label is not None and label[-1] == "前":
        label, op = _rank(label, unit)
    if suffix is not None:
        if target:
            op = _reached_about(head, op, _OP_SUFFIX_TABLE.words[suffix])
        elif bound in (None, Bound.EXACT):
            bound = _BOUND_SUFFIX_TABLE.words[suffix]
    if unit == "年" and _compares_with_a_year(number, op, bound, label):
        return None
    if unit is None and op is Op.LE and "." in number and _YEAR_MONTH_RE.fullmatch(number):
        return None  # 2023.07以下: see _number_from
    return _Number(label, op, bound, to_decimal(number), None, unit, None, False)  # noqa: FBT003


def _spliced(norm: Normalized, start: int, end: int, written: str) -> Normalized:
    """*norm* with ``text[start:end]`` replaced by *written*, which stands where it stood.

    The origins of the new characters are the replaced span's start, so error spans
    still index the raw text.

    Example:
        >>> _spliced(normalize("九成五"), 0, 3, "95%").text
        '95%'
    """
    text = norm.text
    origin = norm.origin if norm.origin is not None else list(range(len(text) + 1))
    return Normalized(
        norm.raw,
        f"{text[:start]}{written}{text[end:]}",
        [*origin[:start], *[origin[start]] * len(written), *origin[end:]],
    )


# 九成 (nine tenths), 九成五, 九成以上: a percentage, in a cell without Arabic digits. 成
# must end the number (九成新, 一成不变 are words), before a bound or suffix word at most.
_TENTHS_END: Final = r"(?=$|以上|以下|左右|及以上|或以上|多|余|[(\[;,:])"
_TENTHS_RE: Final = re.compile(
    r"(?<![零一二三四五六七八九十两百千万])([一二三四五六七八九十两])成([一二三四五六七八九])?"
    + _TENTHS_END
)
# 9成, 8成以上, 超8成, 9.5成: the tenths in Arabic digits, the cell's only digits (score57 F6).
_ARABIC_TENTHS_RE: Final = re.compile(r"(?<![\d.])(10|[1-9](?:\.\d)?)成" + _TENTHS_END)


def _digit_before_tenths(text: str) -> bool:
    r"""Whether some 成 of *text* follows a digit: what :data:`_ARABIC_TENTHS_RE` needs.

    Every match of the pattern ends its figure, whose last character is a ``\d`` (0 of
    10, [1-9], or the digit after the point), right before 成; ``str.isdigit`` holds for
    every character ``\d`` matches, so a cell with no such 成 (完成, 达成 after words:
    most long cells hold one) cannot match, and skips the search, which tries the
    lookbehind at every position of the cell (r39a).

    Example:
        >>> _digit_before_tenths("超8成"), _digit_before_tenths("完成12个")
        (True, False)
    """
    at = text.find("成", 1)
    while at != -1:
        if text[at - 1].isdigit():
            return True
        at = text.find("成", at + 1)
    return False


def _tenths(norm: Normalized) -> Normalized | None:
    """*norm* with its tenths written as a percentage (九成五 → 95%, 9成以上 → 90%以上), or None.

    In Chinese numerals only in a cell without Arabic digits; in Arabic digits (``9成``,
    ``8成以上``, ``超8成``) only when they are the cell's only digits: its number is the
    tenths. The origins of the new characters are where the tenths stood, so error spans
    still index the raw text.

    Example:
        >>> _tenths(normalize("满意度9成以上")).text
        '满意度90%以上'
        >>> _tenths(normalize("2023年8成")) is None
        True
    """
    text = norm.text
    if _FIRST_DIGIT_RE.search(text) is None:
        match = _TENTHS_RE.search(text)
        if match is None:
            return None
        tens, units = match.groups()
        number = str(chinese_to_int(tens) * 10 + (chinese_to_int(units) if units else 0))
    else:
        if not _digit_before_tenths(text):
            return None  # (the pattern could not match: see _digit_before_tenths)
        match = _ARABIC_TENTHS_RE.search(text)
        if match is None or _FIRST_DIGIT_RE.search(text[: match.start()] + text[match.end() :]):
            return None
        number = format((Decimal(match[1]) * 10).normalize(), "f")
    start, end = match.span()
    return _spliced(norm, start, end, f"{number}%")


# 十万分之十 (ten in a hundred thousand) is 10/10万, as 孕产妇死亡率≤10/10万 writes it, and
# 百万分之五 5/100万: never 10 ‱ (万分之 alone is per ten thousand). The scale before 万分之
# stands alone (五十万分之一 is no such rate), and the count after it is one numeral.
_PER_SCALED_RE: Final = re.compile(
    r"(?<![零一二三四五六七八九两十百千万亿\d.])(?P<scale>十|百|10|100)万分之"
    rf"(?P<count>{AR_NUMBER}|{CN_NUMBER})"
)
_PER_SCALED_UNITS: Final = {"十": "/10万", "10": "/10万", "百": "/100万", "100": "/100万"}


def _per_scaled_count(norm: Normalized) -> Normalized | None:
    """*norm* with a rate per 10万 or 100万 written as the unit (十万分之十 → 10/10万), or None.

    The origins of the new characters are where the fraction stood, so error spans
    still index the raw text.

    Example:
        >>> _per_scaled_count(normalize("孕产妇死亡率≤十万分之十八")).text
        '孕产妇死亡率≤18/10万'
        >>> _per_scaled_count(normalize("≤五十万分之一")) is None
        True
    """
    text = norm.text
    match = _PER_SCALED_RE.search(text)
    if match is None:
        return None
    count = match["count"]
    if not count[0].isdigit():
        if count == "半" or has_adjacent_digits(count):
            return None  # 十万分之七八: this or that, a reader's
        count = str(chinese_to_int(count))
    written = count + _PER_SCALED_UNITS[match["scale"]]
    start, end = match.span()
    return _spliced(norm, start, end, written)


# A denominator per 10万 spelled 十万 or 100000 (≤1.2人/十万人, 8.2例/100000人口): /10万.
_PER_TEN_WAN_SPELLED_RE: Final = re.compile(r"/(?:十万|100000(?![\d.]))")


def _per_ten_thousand_spelled(norm: Normalized) -> Normalized:
    """*norm* with each ``/十万`` and ``/100000`` written ``/10万`` (scoring.md, rates per 10万).

    Example:
        >>> _per_ten_thousand_spelled(normalize("≤1.2人/十万人")).text
        '≤1.2人/10万人'
    """
    while (match := _PER_TEN_WAN_SPELLED_RE.search(norm.text)) is not None:
        start, end = match.span()
        norm = _spliced(norm, start, end, "/10万")
    return norm


# The last character of a unit of time (日, 个工作日, 天, 小时, 分钟, 个月, 周, 年) and the
# verb phrase after the 内 (以内, 之内) that follows it.
_TIME_UNIT_ENDS: Final = frozenset("日天时钟月周年秒")
_NOTE_PHRASE_RE: Final = re.compile(r"[\u3400-\u9fff]{1,12}")
# 24h内通报, 48h内出具报告: the Latin symbol of 小时 (UNIT_ALIASES) right after the figure
# (p25fix H2). d is not read as 天 anywhere, so it stays out.
_LATIN_HOURS_RE: Final = re.compile(r"[0-9]h$")
# 2h内未到场, 24小时内未能通报: the limit was not kept, so no limit met (r51fix W2).
_NEGATED_NOTE_RE: Final = re.compile("未|没有|没|不能|无法")


def _time_limit_note(text: str, end: int) -> int | None:
    """Where the verb phrase after a time limit starts (``10个工作日内拨付``), if there is one.

    The phrase runs to *end*, holds Chinese characters only (no digit: a second figure
    is a second clause), and follows 内, 以内 or 之内 right after a unit of time. A
    negated phrase (``2h内未到场``) is none: the limit was not kept.
    """
    within = text.rfind("内", 0, end)
    if within < 2 or not _NOTE_PHRASE_RE.fullmatch(text, within + 1, end):  # noqa: PLR2004
        return None
    if _NEGATED_NOTE_RE.match(text, within + 1):
        return None
    before = within - 1 if text[within - 1] in "以之" else within
    if text[before - 1 : before] not in _TIME_UNIT_ENDS and not _LATIN_HOURS_RE.search(
        text, 0, before
    ):
        return None
    return within + 1


# 全省前3, 全市前5 without 名: a rank among the places of a region, as 排名前3.
_PLACE_FRONT_RE: Final = re.compile(r"全[省市国区县州]前$")


def _rank(label: str, unit: str | None) -> tuple[str | None, Op | None]:
    """A target's label ending in 前 before a rank: 全市前5名 is 5th place or better (≤5).

    Only before 名/位, or after 排名 without a unit (排名前5); 年底前5名 stays a label
    that names a time, and so does any other 前 (提前5天).
    """
    if (unit in ("名", "位") and not _TIME_BEFORE_RE.search(label)) or (
        unit is None and (label.endswith(("排名前", "排前")) or _PLACE_FRONT_RE.search(label))
    ):
        rest = label[:-1]
        if not rest:
            return None, Op.LE
        # The rest must print back before ≤ as the same label (全市不高于前5名 and 全市-前5名
        # would not: 不高于≤ is two operators, a dash before ≤ a sign).
        if _prefix(f"{rest}≤", "target") == (rest, Op.LE, None):
            return rest, Op.LE
    return label, None


# A rank in a Chinese numeral at the end of a cell: 前三名, 排名前三, 第二名, 排名第五.
_RANK_NUMERAL_RE: Final = re.compile(
    r"(?:(?<=排名)|(?<=排)|(?<=全[省市国区县州]))([前第])([一二三四五六七八九十两]{1,3})$"
    r"|([前第])([一二三四五六七八九十两]{1,3})([名位])$"
)
# The characters a match of _RANK_NUMERAL_RE ends with: a numeral, 名 or 位.
_RANK_LASTS: Final = frozenset("一二三四五六七八九十两名位")


def _rank_in_figures(norm: Normalized) -> Normalized | None:
    """*norm* with a rank in a Chinese numeral written in figures, or None.

    ``进入前三名`` reads as ``进入前3名`` (≤3名), ``排名前三`` as ``排名前3``, and the
    value ``第二名`` as ``第2名``; the raw text is kept.

    Example:
        >>> [_rank_in_figures(normalize(t)).text for t in ("排名前三", "第二名", "前十名")]
        ['排名前3', '第2名', '前10名']
    """
    text = norm.text
    # Both branches of the pattern end at $, after a numeral or 名/位: a cell ending in
    # anything else (before a final newline, where $ also matches) has no rank there,
    # and skips the search, which tries three lookbehinds at every position (r39a).
    if (text[-2:-1] if text[-1:] == "\n" else text[-1:]) not in _RANK_LASTS:
        return None
    found = _RANK_NUMERAL_RE.search(text)
    if found is None:
        return None
    numeral = found[2] or found[4]
    if has_adjacent_digits(numeral):
        return None  # 前三四名: this or that
    figure = str(chinese_to_int(numeral))
    start, end = (
        found.start(2) if found[2] else found.start(4),
        found.end(2) if found[2] else found.end(4),
    )
    return _spliced(norm, start, end, figure)


# An amount in the capital numerals of finance (伍佰万元, 壹仟贰佰元整): a run with one
# capital at least, before 元 (陆 alone is also land, 伍 a name).
_CAPITALS: Final = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
_CAPITAL_RE: Final = re.compile(f"[{_CAPITALS}零万亿]*[{_CAPITALS}][{_CAPITALS}零万亿]*(?=元|圆)")
# One search in C for any capital: most cells hold none (a set of the text cost more).
_CAPITAL_SEARCH: Final = re.compile(f"[{_CAPITALS}]").search
_CAPITAL_TABLE: Final = str.maketrans(
    "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千"
)


def _lower_numerals(norm: Normalized) -> Normalized:
    """*norm* with an amount in capital numerals in the everyday ones (伍佰万元 → 五百万元).

    One character for one: the origins stay. A cell that reads as nothing keeps its
    capitals (the description is the normalised text, in which they are unchanged).

    Example:
        >>> _lower_numerals(normalize("壹仟贰佰元整")).text
        '一千二百元整'
    """
    text = _CAPITAL_RE.sub(lambda found: found.group().translate(_CAPITAL_TABLE), norm.text)
    return Normalized(norm.raw, text, norm.origin)


# A count or an amount in capital numerals before another unit (壹佰人, ≤伍万元, 捌拾玖人次):
# a run with one capital at least, at the cell's start or after an operator (a symbol, or a
# word ending 于/过/达/到/为/约/近/计/共), before a measure word or a unit that starts a
# known one (公里, 平方米, 小时…). Not after another letter: 入伍人数, 队伍, 陆续 are words.
_CAPITAL_COUNT_RE: Final = re.compile(
    f"(?:^|(?<=[^\u3400-\u9fff])|(?<=[于过达到为约近计共]))"
    f"[{_CAPITALS}零万亿]*[{_CAPITALS}][{_CAPITALS}零万亿]*"
    "(?=[" + "".join(sorted(voc.MEASURE_WORDS)) + "]|公里|公斤|公顷|平方|立方|千米|千克|小时|分钟)"
)


def _capital_count(norm: Normalized) -> Normalized | None:
    """*norm* with a count in capital numerals in the everyday ones, or None (r34e).

    As :func:`_lower_numerals` does for an amount of 元, one character for one, for a
    count before any unit (``壹佰人`` → ``一百人``, ``≤伍万元`` → ``≤五万元``). The
    caller reads the cell so and keeps it as it was when that reads as words.

    Example:
        >>> _capital_count(normalize("≥壹佰人")).text
        '≥一百人'
        >>> _capital_count(normalize("大学生入伍人数")) is None
        True
    """
    if _CAPITAL_COUNT_RE.search(norm.text) is None and _CAPITAL_RE.search(norm.text) is None:
        return None
    text = _CAPITAL_COUNT_RE.sub(lambda found: found.group().translate(_CAPITAL_TABLE), norm.text)
    text = _CAPITAL_RE.sub(lambda found: found.group().translate(_CAPITAL_TABLE), text)
    return Normalized(norm.raw, text, norm.origin)


# A fraction's count with a decimal point in words (千分之二点五, 百分之九十五点五).
_FRACTION_POINT_RE: Final = re.compile(
    r"(?<=分之)([一二三四五六七八九十两零百]+)点([零一二三四五六七八九]+)"
)
_DIGIT_WORDS: Final = MappingProxyType(
    {word: str(i) for i, word in enumerate("零一二三四五六七八九")}
)


def _fraction_point(norm: Normalized) -> Normalized | None:
    """*norm* with a fraction's count in words with a point in figures, or None.

    Example:
        >>> _fraction_point(normalize("≤千分之二点五")).text
        '≤千分之2.5'
    """
    text = norm.text
    found = _FRACTION_POINT_RE.search(text)
    if found is None or has_adjacent_digits(found[1]):
        return None
    figure = f"{chinese_to_int(found[1])}.{''.join(_DIGIT_WORDS[ch] for ch in found[2])}"
    start, end = found.span()
    return _spliced(norm, start, end, figure)


# A number in words with a decimal point in words (七点五公里, 三点八万人次, 零点八公里),
# never a time of day (三点五十分: 十 or 分 after the point's digits) nor 一点一滴.
_WORD_POINT_RE: Final = re.compile(
    r"(?<![一二三四五六七八九十两零百千])([一二三四五六七八九十两零百千]+)点"
    r"([零一二三四五六七八九]+)(?![零一二三四五六七八九十分滴钟])"
)


def _word_point(norm: Normalized) -> Normalized | None:
    """*norm* with a number in words with a point in figures, or None (parse53 H1).

    Example:
        >>> _word_point(normalize("七点五公里")).text, _word_point(normalize("三点八万人次")).text
        ('7.5公里', '3.8万人次')
        >>> _word_point(normalize("下午三点五十分")) is None
        True
    """
    found = _WORD_POINT_RE.search(norm.text)
    if found is None and norm.text[-1:] == "分":
        found = _points_in_words(norm.text)
    if found is None or has_adjacent_digits(found[1]):
        return None
    figure = f"{chinese_to_int(found[1])}.{''.join(_DIGIT_WORDS[ch] for ch in found[2])}"
    start, end = found.span()
    return _spliced(norm, start, end, figure)


# Points in words with a point in words that end the cell (零点五分, 扣分零点五分, ≤零点五分):
# the cell's 分 is points when nothing but an operator or a word of points (扣, 扣分, 得分,
# 加, 减) stands before the figure (r38f); after anything else (下午三点五分) it may be
# the minutes of a time of day, and the cell stays prose.
_POINTS_IN_WORDS_RE: Final = re.compile(
    r"(?P<head>[^零一二三四五六七八九十两百千]*)[一二三四五六七八九十两零百千]+点[零一二三四五六七八九]+分"
)
_POINT_BEFORE_POINTS_RE: Final = re.compile(
    r"([一二三四五六七八九十两零百千]+)点([零一二三四五六七八九]+)(?=分$)"
)
_POINTS_WORD_RE: Final = re.compile(r"扣(?:除|减|掉|去|罚)?了?(?:分:?)?|加|减|得分?|共扣|合计扣")


def _points_in_words(text: str) -> re.Match[str] | None:
    """The decimal in words of a cell of points (``零点五分``, ``扣分零点五分``), or None.

    Example:
        >>> _points_in_words("扣分零点五分").groups(), _points_in_words("下午三点五分") is None
        (('零', '五'), True)
    """
    found = _POINTS_IN_WORDS_RE.fullmatch(text)
    if found is None:
        return None
    head = found["head"].rstrip(":")
    if (
        not head
        or head in _OP_SYMBOLS
        or _OP_PREFIX_TABLE.words.get(head) is not None
        or _BOUND_PREFIX_TABLE.words.get(head) is not None
        or _POINTS_WORD_RE.fullmatch(head) is not None
    ):
        return _POINT_BEFORE_POINTS_RE.match(text, found.end("head"))
    return None


# A grade in letters (AAAA级 景区, 城乡客运一体化 AAAA级): the count of its A's.
_A_GRADE_RE: Final = re.compile(r"(?<![A-Za-z])(A{2,5})(?=级)")


def _a_grade_in_figures(norm: Normalized) -> Normalized | None:
    """*norm* with a grade in letters written as a figure (``AAAA级`` → ``4A级``), or None.

    Example:
        >>> _a_grade_in_figures(normalize("发展水平达到AAAA级")).text
        '发展水平达到4A级'
    """
    text = norm.text
    found = _A_GRADE_RE.search(text)
    if found is None:
        return None
    start, end = found.span()
    figure = str(end - start)
    return _spliced(norm, start, end, f"{figure}A")


# A letter grade after an operator symbol (≥A级, ≤B级, ≥A级以上): a grade on a scale of
# vocabulary.LETTER_GRADES, which perftrack ranks as it ranks A级及以上 (r34p).
_LETTER_GRADE_RE: Final = re.compile(r"(?P<grade>[A-E]{1,5})(?:级|等)?(?:(?:及|或|\(含\))?以上)?")


def _is_letter_grade(text: str) -> bool:
    """Whether *text* is a letter grade (``A级``, ``B级及以上``, ``AA``), no number.

    Example:
        >>> _is_letter_grade("A级"), _is_letter_grade("b级及以上"), _is_letter_grade("AB级")
        (True, True, False)
    """
    found = _LETTER_GRADE_RE.fullmatch(text.upper())
    return found is not None and any(found["grade"] in scale for scale in voc.LETTER_GRADES)


# A time before 前 (年底前, 6月前, 季度前): 前 there says "before", no rank.
_TIME_BEFORE_RE: Final = re.compile(r"[年月日底末季旬]前$")


def _number_expression(norm: Normalized, role: str) -> _Number | None:
    """Comparison / range / quantity grammar: [label] [op] number [余] [unit] [suffix]."""
    text = norm.text
    end = len(text)
    if end > _LONGEST_NUMBER_EXPRESSION and text[-1] != ")":
        return None  # prose: a label, a number and a unit are never this long
    if "成" in text:
        percent = _tenths(norm)
        if percent is not None:
            norm, text = percent, percent.text
            end = len(text)
    if "万分之" in text:
        scaled = _per_scaled_count(norm)
        if scaled is not None:
            norm, text = scaled, scaled.text
            end = len(text)
    if "/十万" in text or "/100000" in text:
        norm = _per_ten_thousand_spelled(norm)  # 人/十万人 is 人/10万人 (parse36 H2)
        text = norm.text
        end = len(text)
    if "元" in text and _CAPITAL_RE.search(text) is not None:
        norm = _lower_numerals(norm)  # 伍佰万元 is 五百万元
        text = norm.text
    if "点" in text and "分之" in text and (pointed := _fraction_point(norm)) is not None:
        norm, text = pointed, pointed.text  # 千分之二点五 is 千分之2.5
        end = len(text)
    if "点" in text and (pointed := _word_point(norm)) is not None:
        norm, text = pointed, pointed.text  # 七点五公里 is 7.5公里 (parse53 H1)
        end = len(text)
    if ("前" in text or "第" in text) and (ranked := _rank_in_figures(norm)) is not None:
        norm, text = ranked, ranked.text
        end = len(text)
    if (
        "AA" in text
        # a grade is the figure only of a cell with no other: in 国家AA级景区3个（新增）
        # it is part of the label, kept as printed, as the direct route keeps it
        and _FIRST_RUN_RE.search(text) is None
        and (graded := _a_grade_in_figures(norm)) is not None
    ):
        norm, text = graded, graded.text
        end = len(text)
    if _FAST_PATHS:
        remembered = _LAST_PLAIN[0]
        if remembered is not None and remembered[0] is text and remembered[1] == role:
            plain = remembered[2]  # the fast path read this very text just before
        else:
            plain = _plain_number(text, role)
        if plain is not None:
            return plain
    suffix_op: Op | None = None
    suffix_bound: Bound | None = None
    note: str | None = None
    unit: str | None = None
    named: str | None = None  # a bound word after the figure (95次上限, 95次（上限）（抽查）)
    if role == "target":
        end, suffix_op = _split_suffix(text, end)
        if suffix_op is None:
            end, named = _split_limit(text, end)
    else:
        end, suffix_bound = _split_bound_suffix(text, end)
    opener = _closing_bracket(text, end) if named is None else None
    if opener is not None and text[opener - 1 : opener] == "/":
        opener = None  # 元/(人·次): the bracket is inside the unit
    if opener is not None:
        inner = text[opener + 1 : end - 1].strip()
        if "次" in inner:
            inner = _person_times(inner)  # ≥500(人·次)
        if _is_unit(inner):
            unit = inner
        elif inner:
            note = inner
        end = opener
        before = _closing_bracket(text, end)  # =12(人)(抽查): a unit, then a note
        inner = "" if before is None else text[before + 1 : end - 1].strip()
        last = note or unit
        if (
            before is not None
            and inner == "含"
            and last
            and last not in _OP_SUFFIX_TABLE.words
            and last not in _BOUND_SUFFIX_TABLE.words
        ):
            end = before  # ≥90%(含)(抽查): "inclusive" belongs to the operator, then a note
        elif before is not None and _is_unit(inner):
            note = note or unit
            unit, end = inner, before
        elif before is not None and last and role == "target" and inner in _BRACKET_OPS:
            named, end = inner, before  # 95次（上限）（抽查）: the bound, then a note
    # Without a bracket the end has not moved: the suffixes were looked for there already.
    if opener is not None and role == "target" and suffix_op is None:
        end, suffix_op = _split_suffix(text, end)
        if suffix_op is None and named is None:
            end, named = _split_limit(text, end)  # 95次上限（抽查）
    if opener is not None and role == "value" and suffix_bound is None:
        end, suffix_bound = _split_bound_suffix(text, end)
    if note is None and unit is None and "内" in text:
        # 10个工作日内拨付, 30日内完成整改: a time limit and what it is for, any verb phrase
        limit = _time_limit_note(text, end)
        if limit is not None:
            note, end = text[limit:end], limit
            if role == "target":
                end, suffix_op = _split_suffix(text, end)
            else:
                end, suffix_bound = _split_bound_suffix(text, end)
    if ((note is None and unit is None) or opener == end) and "元" in text:
        # 1500元发放到位, 100元足额发放: how the money was paid, after its unit (parse18 H4);
        # a bracket after the verb is a note (按120元/人·天发放（含交通补助）, parse43 H2)
        paid = _MONEY_PAID_END_RE.search(text, 0, end)
        if paid is not None:
            after = note or unit
            note = paid.group(1) if after is None else f"{paid.group(1)},{after}"
            unit, end = None, paid.start(1)
    if note is None and unit is None:
        trailing = _TRAILING_NOTE_TABLE.ending(text, end)
        if trailing is not None:
            before = end - len(trailing[0])
            if not text[before - 1].isalpha():
                note, end = trailing[0], before
            elif role == "target" and suffix_op is None:
                # 3日内办结, 5个工作日以内完成: after a suffix word the note is plain.
                suffix_end, suffix_op = _split_suffix(text, before)
                if suffix_op is not None:
                    note, end = trailing[0], suffix_end
            elif role == "value" and suffix_bound is None:
                suffix_end, suffix_bound = _split_bound_suffix(text, before)
                if suffix_bound is not None:
                    note, end = trailing[0], suffix_end
    if note is not None and unit is None:
        opener = _closing_bracket(text, end)  # 100(%)覆盖, 854(万)(…): the unit stands before
        if opener is not None:
            inner = text[opener + 1 : end - 1].strip()
            # (含) before a suffix word says "inclusive" (12(含)以上(抽查)), no unit
            if inner != "含" and _is_unit(inner):
                unit, end = inner, opener
    found = _find_number(text, end)
    if found is None:
        if named is not None:
            return None
        return _scale_word_number(text, role, end, unit, note, suffix_op, suffix_bound)
    result = _number_from(norm, role, found, end, unit, note, suffix_op, suffix_bound, named=named)
    if result is None and not found[1].group()[0].isdigit():
        # 一般公共预算执行率≥90%: the Chinese numeral at the start began a label, and
        # the number is the first Arabic one.
        digit = _first_arabic_number(text, end)
        # Not after Latin letters or a range separator: the canonical text (零km2(…),
        # 十二至2) would read back as the numeral with a unit km2, or a range.
        if (
            digit is not None
            and digit[0] > found[0]
            and _FALLBACK_BLOCKERS_RE.search(text, 0, digit[0]) is None
        ):
            result = _number_from(
                norm, role, digit, end, unit, note, suffix_op, suffix_bound, named=named
            )
    if result is None and found[1].group()[0].isdigit():
        # PM2.5浓度≤35, 第1季度完成30%: the first number belongs to the label.
        later = _number_after_label(text, found[1].group(), found[1].end(), end)
        if later is not None:
            result = _number_from(
                norm,
                role,
                later,
                end,
                unit,
                note,
                suffix_op,
                suffix_bound,
                digit_label=True,
                named=named,
            )
    return result


# 人·次, 人*次, 人.次 (health and culture statistics write person-times so): 人次; and
# so for any measure word (断面·次, 站·次, 架·次, 车·次, 台·次, 万亩·次, p44 H1): 断面次.
# Never a sum of money (元·次) and never after a slash (元/人·次 is a rate).
_PERSON_TIMES_RE: Final = re.compile(r"([万千百]?)([\u4e00-\u9fff]{1,3}?)[·・*.]次")


def _person_times(unit: str) -> str:
    """*unit* with X-times written ``X次``: ``人·次``, ``万人*次``, ``断面·次`` → ``断面次``.

    Example:
        >>> _person_times("人·次"), _person_times("元/人·次"), _person_times("断面·次")
        ('人次', '元/人·次', '断面次')
    """
    found = _PERSON_TIMES_RE.match(unit)
    if found is None or found[2].endswith("元"):
        return unit
    return f"{found[1]}{found[2]}次{unit[found.end() :]}"


# A five-digit public service number right before the words of a label (12315投诉…,
# 96110预警…): never before a scale word, 余 or 多 (12000万元 is an amount).
_SERVICE_NUMBER: Final = r"(?:12|96)\d{3}(?=[\u3400-\u9fff])(?![万千百亿余多])"
# The numbers a label may hold: next to a Latin letter (PM2.5, PM10, 5G, 3A级, H7N9), an
# ordinal (第1), or a time (2023年度, 1-6月, 8月底, 2025-2026学年, 一季度 is no digit).
# A time window in a rate's name (3分钟内出车率, 10秒接听率, 48小时配送率, 24小时内到账率,
# 5个工作日办结率, p34 H2): a duration, 内 or not, then a noun ending in 率.
_RATE_WINDOW: Final = (
    r"\d+(?:\.\d+)?(?:秒钟?|分钟|小时|个?工作日|天)内?(?=[\u4e00-\u9fff]{0,10}?率)"
)
_RATE_WINDOW_RE: Final = re.compile(_RATE_WINDOW)
_LABEL_DIGITS_RE: Final = re.compile(
    r"[A-Za-z]\d+(?:\.\d+)?|\d+(?:\.\d+)?[A-Za-z]|第\d+|\d+(?:[-~至到]\d+)?(?:[年月日号岁]|季度|学年)"
    rf"|{_RATE_WINDOW}"
    # a hotline's or an emergency number's digits (12345热线, 110接警, 120急救, 120呼救,
    # 120调度: p34 M5)
    r"|\d{3,5}(?=热线|接警|报警|急救|服务热线|政务|呼救|调度)"
    # a service number that starts the label (12315投诉…, 12355青少年…, 96110预警…)
    rf"|^{_SERVICE_NUMBER}"
)
# A five-digit public service number before the words of a label (12315投诉处理按时办结率,
# 12338妇女维权热线, 96110预警劝阻率, 12333人社服务热线): a name, not a count; never a
# scale word, 余 or a measure word after it (12000人次培训… counts people).
_SERVICE_NUMBER_RE: Final = re.compile(
    rf"{_SERVICE_NUMBER}(?:人社|(?![{''.join(sorted(voc.MEASURE_WORDS))}]))"
)
_CALENDAR_UNITS: Final = frozenset({"年", "月", "日", "号"})
# What may follow a number that a label holds (PM2.5浓度, 5G, 2023年度, 1-6月, 第1季度,
# 2025学年).
_LABEL_DIGIT_NEXT: Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz年月日号季-~至到岁热接报急政学呼调"
)
# What a label never holds: a clause break (培训280人次;授课25人次 is two figures).
_CLAUSE_BREAK_RE: Final = re.compile(r"[;,。、:\s]")
# A number that starts where no other number goes on (not inside 1,000 or 2.5).
_NUMBER_START_RE: Final = re.compile(rf"(?<![\d.,])(?:{AR_NUMBER})")


def _number_after_label(
    text: str, first: str, after: int, end: int
) -> tuple[int, re.Match[str]] | None:
    """The number of an expression whose label holds digits, if the label may hold them.

    The number is the one after an operator symbol (``PM2.5浓度≤35``), or else the last
    one (``第1季度完成30%``); every digit before it must belong to a name, an ordinal or
    a time (:data:`_LABEL_DIGITS_RE`), and no clause break may stand there. A canonical
    text prints its number after the label, so it reads back the same way.
    """
    # Two looks settle most prose: the first number must be one a name or a time holds
    # (next to a Latin letter, after 第, before a time word or a range), and a later
    # number must exist. A label naming a baseline is refused by _prefix anyway.
    before = text[after - len(first) - 1 : after - len(first)]
    if not (
        text[after : after + 1] in _LABEL_DIGIT_NEXT
        or (before.isascii() and before.isalpha())
        or before == "第"
        or _RATE_WINDOW_RE.match(text, after - len(first)) is not None  # 3分钟内出车率96.2%
        or (after == len(first) == 5 and _SERVICE_NUMBER_RE.match(text) is not None)  # noqa: PLR2004
    ):
        return None
    if _FIRST_DIGIT_RE.search(text, after, end) is None or _BASELINE_INSIDE_RE.search(text):
        return None
    symbol = _OP_SYMBOL_RE.search(text, after, end)
    if symbol is not None:
        number = _AR_RE.match(text, symbol.start() + 1, end)
    else:
        number = None
        for number in _NUMBER_START_RE.finditer(text, after, end):  # noqa: B007 - the last one
            pass
    if number is None:
        return None
    head = text[: number.start()].rstrip("≥≤=<>")
    operator = _OP_PREFIX_TABLE.ending(head, len(head))
    if (operator is None and head[-1:] in "QqHh") or (
        operator is not None and head[-len(operator[0]) - 1 : -len(operator[0])] in "QqHh"
    ):
        return None  # 2024年Q3, 2024年H2 (2024年Q不高于3): a quarter or a half, no count
    if _CLAUSE_BREAK_RE.search(head.rstrip(":")) or _FIRST_DIGIT_RE.search(
        _LABEL_DIGITS_RE.sub("", head)
    ):
        return None
    return number.start(), number


# 千余人, 近千人, 上万人次: a scale word alone is one of it (a number with 余, a bound or
# an operator word): 千余人 is more than 1 千人, as 1.2万余人 is more than 1.2 万人.
_SCALE_WORD_RE: Final = re.compile(r"(?<![\d.零一二三四五六七八九两十百千万])([百千万])([余多])?")
_SCALE_WORD_BOUNDS: Final = {"上": Bound.AT_LEAST, "超": Bound.MORE_THAN}


def _scale_word_number(  # noqa: PLR0913, PLR0917 - what _number_expression found at the end
    text: str,
    role: str,
    end: int,
    unit: str | None,
    note: str | None,
    suffix_op: Op | None,
    suffix_bound: Bound | None,
) -> _Number | None:
    """A number written as a scale word alone (``千余人``, ``近千人``), or None.

    The word counts only where something says it is a number: 余/多 after it, or an
    operator, bound or suffix word (``近``, ``上``, ``超``, ``以上``); ``百姓``,
    ``千人计划`` and ``万人`` alone are words.
    """
    scale = _SCALE_WORD_RE.search(text, 0, end)
    if scale is None or unit is not None:
        return None
    more = scale.group(2) is not None
    rest = text[scale.end() : end]
    if not rest or not _is_bare_unit(whole_unit := scale.group(1) + rest):
        return None
    head = text[: scale.start()]
    word_bound = _SCALE_WORD_BOUNDS.get(head[-1:]) if role == "value" else None
    if word_bound is not None:
        head = head[:-1]
    prefix = _prefix(head, role)
    if prefix is None:
        return None
    label, op, bound = prefix
    bound = bound or word_bound
    if not (more or op or suffix_op or suffix_bound or bound not in (None, Bound.EXACT)):
        return None
    op = op or suffix_op
    if bound in (None, Bound.EXACT) and suffix_bound is not None:
        bound = suffix_bound
    if scale.group(1) == "百":
        # 近百场, 上百人: a hundred of the unit (百 prefixes no unit a table prints:
        # =1(百场) read as "1 百场"; parse14)
        return _Number(label, op, bound, Decimal(100), None, rest, note, more)
    return _Number(label, op, bound, Decimal(1), None, whole_unit, note, more)


# Words of reaching (达70%左右): with 左右 after the figure they say "about", no floor.
_REACH_WORDS: Final = ("达", "达到")
# An inclusive bound and its strict form, for a note 不含 (≥95%(不含) is >95%).
_STRICT_OPS: Final = {Op.GE: Op.GT, Op.LE: Op.LT}
_STRICT_BOUNDS: Final = {Bound.AT_LEAST: Bound.MORE_THAN, Bound.AT_MOST: Bound.LESS_THAN}


def _reached_about(head: str, op: Op | None, suffix_op: Op | None) -> Op | None:
    """The operator of a figure with *op* before it and *suffix_op* after it.

    The word before wins, except 达 (达到) before a figure with 左右 after it: "reach
    about 70 %" is about 70 %, ``=`` as ``70%左右`` is (a target has no "about"), and
    except 确保 alone, whose floor is only implied (``确保5个以内`` is ≤5).

    Example:
        >>> _reached_about("达", Op.GE, Op.EQ), _reached_about("不低于", Op.GE, Op.EQ)
        (<Op.EQ: '='>, <Op.GE: '>='>)
    """
    if op is Op.GE and suffix_op is Op.EQ and head.endswith(_REACH_WORDS):
        return suffix_op
    if suffix_op is not None and head.rstrip(":, ") == "确保":
        return suffix_op  # 确保5个以内: the floor 确保 implies yields to the word after
    return op or suffix_op


def _closing_bracket_word(text: str, note: str | None, words: Mapping[str, _T]) -> _T | None:
    """What *words* makes of *note* when it is a word alone in the bracket that ends *text*.

    The target's operator (95次（上限）, with ``_BRACKET_OPS``) and the actual's bound
    (95%（以上）, with ``_BRACKET_BOUNDS``) are read alike; any other note is None.

    Example:
        >>> _closing_bracket_word("95次(上限)", "上限", _BRACKET_OPS)
        <Op.LE: '<='>
        >>> _closing_bracket_word("95次(上限)(抽查)", "上限", _BRACKET_OPS) is None
        True
    """
    if note is None or note not in words or not text.endswith(f"({note})"):
        return None
    return words[note]


def _number_from(  # noqa: PLR0913, PLR0917 - what _number_expression found at the end
    norm: Normalized,
    role: str,
    found: tuple[int, re.Match[str]],
    end: int,
    unit: str | None,
    note: str | None,
    suffix_op: Op | None,
    suffix_bound: Bound | None,
    *,
    digit_label: bool = False,
    named: str | None = None,
) -> _Number | None:
    """The number expression whose number *found* is, up to *end*.

    *unit*, *note* and the suffix operator or bound are what :func:`_number_expression`
    found after *end*; *digit_label* lets the label hold digits (:func:`_prefix`);
    *named* is a target's bound word after the figure before any note (``95次上限``,
    ``95次（上限）（抽查）``).
    """
    text = norm.text
    start, number = found
    fraction = text[start - 3 : start] if start >= 3 else ""  # noqa: PLR2004
    percent = fraction in _FRACTION_UNITS
    head = text[: start - 3] if percent else text[:start]
    negative = False
    if head and head[-1] in _SIGNS:
        if head[-1] == "±":
            return None  # ±5%: a band around a figure the cell does not give
        if not _is_sign(head):
            return None  # 1:-5, COD-5: a dash after a word is no sign, nor a label's end
        negative, head = head[-1] == "-", head[:-1]
    # Every check below only rejects, so their order is free but for one thing: a
    # broken number in a cell that reads like a comparison raises, and only once the
    # part before it has been accepted. Other cells check what follows the number
    # first, which settles most prose (…3500米公路沿线…) sooner.
    prefix: tuple[str | None, Op | None, Bound | None] | None = None
    if role == "target" and _looks_like_comparison(text):
        prefix = _prefix(head, role, digit_label=digit_label)
        if prefix is None:
            return None
        _check_number(norm, start)
    digits = number.group()
    chinese = not digits[0].isdigit()
    pair: tuple[int, int] | None = None
    if chinese and has_adjacent_digits(digits):
        # 七八个, 三四十人, 十七八个: "this or that", never 78, 40 or 18
        pair = approximate_pair(digits)
        if pair is None:
            return None  # 五八个: no numeral
    pos = number.end()
    myriads: tuple[Decimal, str] | None = None
    if chinese and pair is None and text[pos : pos + 1] in ("万", "亿"):
        # 两万五千人, 一万零五百人, 两亿五千万元, 两万五: a numeral of myriads with what
        # follows them, in the unit of the scale word (2.5 万人), as 三万人 is 3 万人
        myriads = _myriads(text, pos, end)
        if myriads is not None:
            pos = pos + 1 + len(myriads[1])
    elif text[pos : pos + 1] == "亿" and digits.isdigit():
        # 1亿2500万元, 1亿2千5百万元: the Arabic form of 一亿两千五百万元, in 亿 (1.25 亿元)
        myriads = _arabic_myriads(text, pos + 1, end)
        if myriads is not None:
            pos = pos + 1 + len(myriads[1])
    high_text: str | None = None
    rest = text[pos:end] if myriads is None else text[number.end()] + text[pos:end]
    # A range: number [unit] sep number.
    unit_low: str | None = None
    found_sep = None if pair or myriads else _RANGE_SEP_RE.search(text, pos, min(end, pos + 8))
    sep = found_sep.start() if found_sep is not None else None
    if sep is not None and (sep == pos or _is_unit(text[pos:sep])):
        second = _AR_RE.match(text, sep + 1, end) or _CN_RE.match(text, sep + 1, end)
        if second is not None and has_adjacent_digits(second.group()):
            return None  # 三至七八个: a range ending in an approximate pair
        if second is not None and _is_exponent(text, pos, sep, digits):
            return None  # 1.5e-3, 3E-5: scientific notation is prose, no range of unit e
        if second is not None:
            unit_low = text[pos:sep] or None
            high_text = second.group()
            pos = second.end()
            rest = text[pos:end]
    if "及" in rest and (suffix_op is not None or suffix_bound is not None):
        # 90%及90%以上 ("90% and above 90%") says the number twice: it is 90%以上.
        unit_once, _, again = rest.partition("及")
        if again == digits + unit_once:
            rest = unit_once
    more = False
    if rest[:1] in ("余", "多") and len(rest) > 1:
        more = True
        rest = rest[1:]
    elif rest in ("余", "多"):
        more, rest = True, ""
    elif rest[1:2] in ("余", "多") and rest[:1] in voc.SCALE_PREFIXES:
        more, rest = True, rest[0] + rest[2:]  # 1.2万余人: more than 1.2 万人
    about = False
    if rest[:1] in ("几", "来") and len(rest) > 1 and _ROUND_NUMBER_RE.search(digits):
        # 十几个, 二十几家: more than 10, 20 (几 says what 多 does); 二十来个: about 20
        if rest[0] == "几":
            more = True
        else:
            about = True
        rest = rest[1:]
    if rest.endswith("元整"):
        rest = rest[:-1]  # 500万元整: 整 is the finance word for "exactly"
    if chinese and rest in ("半", "数") and (digits, rest) in _HALF_WORDS:
        digits, rest = "50", "%"  # 一半以上, 超过半数: half of the whole, 50 %
    half = False
    if (
        "半" in rest
        and pair is None
        and "." not in digits
        and not _YEAR_LIKE_RE.fullmatch(digits)  # 2024年半 is no 2024.5 years
    ):
        # 一年半, 1年半, 一个半月, 两个半小时: a half after the unit adds to the number
        halved = _HALF_AFTER_UNIT_RE.fullmatch(rest)
        if halved is not None:
            half = True
            rest = halved["after"] or halved["unit"]
            rest = "分钟" if rest == "分" else rest  # 4分半: four and a half minutes
            if halved["unit"] == "月" or (halved["unit"] is None and rest != "小时"):
                rest = "个" + rest if halved["one"] else rest
    if rest:
        if "次" in rest:
            rest = _person_times(rest)  # 500人·次 is 500 人次
        if rest[0] in _LATIN_UNIT_FIRSTS and note is None and unit is None:
            rest, note = _latin_unit_and_word(rest)  # ≥4.5m宽: 4.5 m, the note 宽
        elif note is None and unit is None:
            rest, note = _unit_and_glued_words(rest)  # 6项均为满意: 6 项, the note 均为满意
            if note is None and not _YEAR_LIKE_RE.fullmatch(digits):
                rest, note = _duration_and_noun(rest)  # 3年管护责任: 3 年, the note 管护责任
            if note is None and head.endswith("第"):
                rest, note = _ordinal_day_and_verb(rest)  # 第20个工作日拨付: 20 个工作日, 拨付
            elif note is None and _days_taken(head, rest):
                # 批复后20日公开: 20 日, the note 公开 (k31c); a target's after an event is
                # the prose time limit scoring reads as ≤20日 (lag_limit)
                rest, note = _ordinal_day_and_verb(rest)
                if note is not None and role == "target" and head.endswith("后"):
                    return None
        if not _is_bare_unit(rest) or (chinese and not _counted_in(rest)):
            return None  # (一站式服务: a numeral glued to a word that is no unit)
        if (
            rest[0] == "年"
            and (len(rest) > 1 or suffix_op is not None or suffix_bound is not None)
            and _YEAR_LIKE_RE.fullmatch(digits)
        ):
            return None  # 2021年全年, 2022年春季, 2023年内: a year, not a number of years
        alternative = None if unit is None or note is not None else _alternative_unit(rest, unit)
        if alternative is not None:
            rest = alternative  # 5000件(套): pieces or sets
        elif unit is not None and _same_unit(rest, unit):
            pass  # 95次(次), 95次上限(次): the unit said again in a bracket, no note (r37a)
        elif unit is not None:
            if note is not None:
                return None
            note = unit  # 95%(抽查): the bracket after a unit is a note
        unit = rest
    if unit_low is not None and unit is not None and unit_low != unit:
        # 1万-2万元: the multiplier after the low end is the high end's (not in 百分比,
        # 千米 or 千克, units of their own).
        if not (
            unit_low in voc.SCALE_PREFIXES
            and unit.startswith(unit_low)
            and unit not in voc.UNIT_ALIASES
        ):
            mixed = _mixed_scales(unit_low, unit, high_text)
            if mixed is None:
                return None
            high_text, unit = mixed  # 5000万-1亿元: 5000-10000 万元
        unit_low = None
    unit = unit or unit_low
    if percent:
        if unit is not None:
            return None
        unit = _FRACTION_UNITS[fraction]
    if prefix is None:
        prefix = _prefix(head, role, digit_label=digit_label)
        if not digit_label:
            prefix = _share_prefix(head, role, unit, prefix)
        if prefix is None:
            return None
    if role == "target":
        # 封顶100元, 保底3万元, 最高补助2000元: a cap or a floor named before the figure
        prefix = _limit_first(head, prefix, unit, role)
    label, op, bound = prefix
    if named is not None and high_text is not None and named in _LIMIT_WORDS:
        # 90-95次上限, 90-95次（上限）: the band's end is its limit, which the range says
        # already (r37a; it was prose): the band the figure must fall in
        named = None
    elif (
        role == "target"
        and high_text is not None
        and note in _LIMIT_WORDS
        and text.endswith(f"({note})")
    ):
        note = None  # 90-95次（上限）, 3000-5000元（封顶）: the range, as above
    if named is not None:
        # 95次上限, 95次（上限）（抽查）: the bound named after the figure, then any note;
        # naming the other bound (≥95次上限) leaves the cell prose
        if _reached_about(head, op, suffix_op) not in (None, _BRACKET_OPS[named]):
            return None
        suffix_op = _BRACKET_OPS[named]
    elif role == "target" and (said := _closing_bracket_word(text, note, _BRACKET_OPS)) is not None:
        # 95次（上限）, 95%（以上）, 10天（最长）: the bound named after the figure, as 上限95次
        # names it before; said twice (≤95次（上限）) it is said once, and a bracket naming
        # the other bound (≥95次（上限）) stays the note it was
        if _reached_about(head, op, suffix_op) in (None, said):
            suffix_op, note = said, None
    elif (
        role == "value"
        and (said_bound := _closing_bracket_word(text, note, _BRACKET_BOUNDS)) is not None
        and bound in (None, Bound.EXACT, said_bound)
        and suffix_bound in (None, said_bound)
    ):
        # An actual 95%（以上） is 95%以上, at least 95 % (r36s: it was 95(%) with the note
        # 以上, judged as exactly 95 %); a bracket naming the other bound stays a note
        suffix_bound, note = said_bound, None
    if label is not None and label[-1] == ")":
        label, unit = _unit_in_label(label, unit, role, digit_label=digit_label)
    if role == "target" and op is None and label is not None and label[-1] == "前":
        label, op = _rank(label, unit)
    if digit_label and (unit in _CALENDAR_UNITS or high_text is not None):
        return None  # 2024年5月: a date, not 5 months labelled 2024年; PM2.5 30-35 prints as one
    if unit in _CALENDAR_UNITS and _YEAR_MONTH_RE.fullmatch(number.group()):
        return None  # 2024.1月: a month written with a point, never 2024.1 months
    if (
        role == "target"
        and unit is None
        and high_text is None
        and Op.LE in (prefix[1], suffix_op)
        and _YEAR_MONTH_RE.fullmatch(digits)
    ):
        return None  # 2023.07以下 would print ≤2023.07, the deadline "by July 2023"
    value = to_decimal(digits) if pair is None else Decimal(pair[0])
    if myriads is not None:
        value += myriads[0]
    if about and bound in (None, Bound.EXACT):
        bound = Bound.APPROXIMATELY  # in a target there is no "about": =20
    if half:
        value += Decimal("0.5")
    if pair is not None:
        high_text = str(pair[1])
        if unit == "成":
            # 八九成: eight or nine tenths, 80-90 %
            value, high_text, unit = value * 10, str(pair[1] * 10), "%"
    if negative:
        if "内" in text[number.end() :] or head.endswith("控制在"):
            # -5%以内, 控制在-5%以内: "within 5% below" or "at most -5%"? A reader must say.
            return None
        if label is not None and not _is_sign(label + "-"):
            return None  # COD,-5 (×,-5) would print as COD-5, where the dash is no sign
        value = -value
    high = to_decimal(high_text) if high_text is not None else None
    if (
        high is not None
        and unit is None
        and _YEAR_OR_MONTH_RE.fullmatch(format(value, "f"))
        and _YEAR_OR_MONTH_RE.fullmatch(format(high, "f"))
    ):
        # 02000-2000 would print as 2000-2000, which reads as years; 实施期限2024.1-2024.12
        # (2024.3-2024.11 too) is a period, never two numbers
        return None
    op = _reached_about(head, op, suffix_op)
    if bound in (None, Bound.EXACT) and suffix_bound is not None:
        bound = suffix_bound
    if note is not None and note[0] == "含" and note[1:] in ("", digits + (unit or "")):
        note = None  # 90%(含)以上, ≥95%(含95%): "inclusive" belongs to the operator
    if note is not None and note[:2] == "不含" and note[2:] in ("", digits + (unit or "")):
        # ≥95%(不含), 95%以上(不含95%): the bound itself is excluded, a strict operator
        strict_op = None if op is None else _STRICT_OPS.get(op)
        strict_bound = None if bound is None else _STRICT_BOUNDS.get(bound)
        if strict_op is not None:
            op, note = strict_op, None
        elif strict_bound is not None:
            bound, note = strict_bound, None
    if label is not None and _names_a_time(label, unit):
        return None
    if unit == "年" and high is None and _compares_with_a_year(digits, op, bound, label):
        return None
    if (
        unit is not None
        and unit[0] in _GRADE_FIRSTS
        and _is_grade(digits, unit, label)
        and not _counts_kinds(
            head, prefix[1], chinese, unit, label, role=role, bounded=suffix_bound is not None
        )
    ):
        return None  # 二等奖以上, 二级公路, 二类以上: a grade, no count
    return _Number(label, op, bound, value, high, unit, note, more, pair is not None)


# A grade on a scale where 一 is the best (一等奖, 二级公路, 一级资质, 二类以上, 一级A, 声环境
# 2类标准), or whose direction the scale decides (三级医院 and 等保三级 are the top): the
# figure ranks, and a count would compare backwards (三等奖 would meet 二等奖以上). The
# unit begins with 级, 类 or 等; the cell is prose (a target) or text (a value).
_GRADE_FIRSTS: Final = frozenset("级类等")
# 类 before a noun that names what is classed (水质, 标准, 地区, 桥梁): a class; before any
# other noun (完成3类培训, 5类活动) a count of kinds.
_CLASS_NOUN_RE: Final = re.compile(
    "类(?:水|标准|地区|区|功能区|区域|桥|危桥|公路|道路|声|环境|空气|海域|海水|土壤|用地"
    # the classes of ports, fairways, vaccines and devices (一类口岸, 三类医疗器械; parse14)
    "|口岸|开放口岸|港口|航道|疫苗|医疗器械)"
)
# A label that says a bare 类 is a class (水质类别3类, 声环境功能区2类); 分3类 and 垃圾分类≥4类
# count kinds.
_CLASS_LABEL_RE: Final = re.compile(
    "水|声|空气|土壤|质量|等级|级别|资质|公路|道路|桥|医院|等保|标准"
)
# A change in levels (提升1级, 等级提高1级) is a count of them.
_CHANGE_ENDS: Final = tuple(voc.CHANGE_WORDS)


def _is_grade(digits: str, unit: str, label: str | None) -> bool:
    """Whether the figure *digits* of *unit* after *label* is a grade, no count.

    A unit that begins with 级 or 等 (一级, 二级资质, 一级A, 三等奖) is a grade, and so is
    a bare 类 or a 类 that names what is classed (二类以上, 2类标准, 三类水质); a decimal
    (计量误差≤0.2级, an accuracy class) and a change (提升1级) stay counts, and so do kinds
    of something (完成3类培训, 分3类).

    Example:
        >>> _is_grade("二", "等奖", None), _is_grade("3", "类培训", "完成")
        (True, False)
        >>> _is_grade("1", "级", "提升"), _is_grade("2", "类", None)
        (False, True)
    """
    if unit[0] not in _GRADE_FIRSTS or "." in digits:
        return False
    if label is not None and label.endswith(_CHANGE_ENDS):
        return False
    if unit[0] == "类":
        if len(unit) > 1:
            return _CLASS_NOUN_RE.match(unit) is not None
        return label is None or _CLASS_LABEL_RE.search(label) is not None
    return True


# The operator symbols that bound a count (≥3类); a grade is written in words (二类以上,
# Ⅲ类及以上, 不低于二级).
_COUNT_OPERATOR_LASTS: Final = frozenset("≥≤<>")


# Units a Chinese numeral may count in besides those that begin with a measure word.
_NAMED_UNITS: Final = frozenset(
    {*voc.KNOWN_UNITS, *voc.UNIT_ALIASES, *voc.UNIT_MULTIPLES}
    | {smaller for smaller, _ in voc.UNIT_MULTIPLES.values()}
)


# Latin unit symbols (m, km, t, kg, h, ha, MW…): a Chinese word glued after one
# (≥4.5m宽, 100km长) says what it measures, no part of the unit.
_LATIN_UNITS: Final = frozenset(
    unit for unit in _NAMED_UNITS if unit.isascii() and unit[0].isalpha() and "/" not in unit
)
_LATIN_UNIT_FIRSTS: Final = frozenset(unit[0] for unit in _LATIN_UNITS)
_LATIN_UNIT_AND_WORD_RE: Final = re.compile(r"([A-Za-z]+[23²³]?)([\u3400-\u9fff]{1,4})")


def _latin_unit_and_word(rest: str) -> tuple[str, str | None]:
    """A Latin unit and the Chinese word glued after it: ``m宽`` → ``m``, note ``宽``.

    Example:
        >>> _latin_unit_and_word("m宽"), _latin_unit_and_word("km"), _latin_unit_and_word("W元")
        (('m', '宽'), ('km', None), ('W元', None))
    """
    found = _LATIN_UNIT_AND_WORD_RE.fullmatch(rest)
    if found is None or rest in _NAMED_UNITS or found[1] not in _LATIN_UNITS:
        return rest, None
    if found[2].endswith(_TRAILING_NOTES) or found[2][0] in "以及之内余多左上下":
        return rest, None  # 100km覆盖, 5t以上: the grammar's own suffixes
    return found[1], found[2]


# A Chinese unit with words glued after it (g23a): 6项均为满意 (a status of the items),
# 3个月的监测 (what the months are of), 800元/人天执行 (the verb the rate is for). The
# words are the figure's note, never part of its unit.
_GLUED_WORDS_RE: Final = re.compile(
    r"(?P<unit>.+?)(?:的(?P<noun>[\u3400-\u9fff]{1,8})"
    r"|(?P<status>(?:均为|均已|均|全部|全都)[\u3400-\u9fff]{1,6})"
    r"|(?P<verb>执行|计算))"
)
# Durations a count of which may have words glued after it (3个月的监测).
_GLUED_TIME_UNITS: Final = frozenset({"个月", "个工作日", "小时", "分钟", "周", "年", "天", "日"})


def _named_unit(unit: str) -> bool:
    """A unit words may be glued after: named, a duration, 万 before one, or per.

    Named as 项 or 元/平方米 are, a duration (个月), 万元, 元/人天 (per measure words).
    """
    if unit in _NAMED_UNITS or unit in _GLUED_TIME_UNITS:
        return True
    if unit[:1] in voc.SCALE_PREFIXES and unit[1:] in _NAMED_UNITS:
        return True
    over, slash, under = unit.partition("/")
    return bool(slash) and _named_unit(over) and _PER_MEASURE_RE.fullmatch(under) is not None


_PER_MEASURE_RE: Final = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff·]{0,3}")
# The longest text _unit_and_glued_words can split (r39a). A unit _named_unit admits is
# named or a duration (at most _LONGEST_NAMED characters), a one-character scale prefix
# before a named one, or one of those (no slash: the split is at the first) with / and
# at most four characters of a measure after it; the words of _GLUED_WORDS_RE after it
# are at most nine (的 and eight). A longer rest (the tail of a long prose cell after
# its first figure) leaves every split's unit too long to be named, and skips the
# pattern, whose lazy unit tries the three branches at every character.
_LONGEST_NAMED: Final = max(map(len, _NAMED_UNITS | _GLUED_TIME_UNITS))
_LONGEST_GLUED: Final = (1 + _LONGEST_NAMED) + 1 + 4 + 9


def _unit_and_glued_words(rest: str) -> tuple[str, str | None]:
    """A Chinese unit and the words glued after it: ``项均为满意`` → ``项``, note ``均为满意``.

    The note drops the ``的`` that joins a noun (``个月的监测`` → ``个月``, ``监测``). A
    word of completion (``均已完成``: the grammar's own note words) is left as it was.

    Example:
        >>> _unit_and_glued_words("项均为满意"), _unit_and_glued_words("个月的监测")
        (('项', '均为满意'), ('个月', '监测'))
        >>> _unit_and_glued_words("元/人天执行"), _unit_and_glued_words("项")
        (('元/人天', '执行'), ('项', None))
    """
    # Every branch after the unit holds 的, 均, 全 (全部, 全都), 执行 or 计算: a unit
    # without any of them has no glued words, and skips the pattern.
    if not ("的" in rest or "均" in rest or "全" in rest or "执行" in rest or "计算" in rest):
        return rest, None
    if len(rest) > _LONGEST_GLUED:
        return rest, None  # (no named unit is that long: see _LONGEST_GLUED)
    found = _GLUED_WORDS_RE.fullmatch(rest)
    if found is None or not _named_unit(found["unit"]):
        return rest, None
    note = found["noun"] or found["status"] or found["verb"]
    if note.endswith(_TRAILING_NOTES) or _NOT_IN_UNIT_RE.search(note) is not None:
        return rest, None  # 均已完成, 全部建成: completion, which the grammar reads itself
    return found["unit"], note


# A noun glued straight after a count of years or months (parse23 H3): 已落实3年管护责任,
# 落实3年管护期 are 3 年, the noun what the years are of. Not a word the grammar reads
# after a duration itself (3年以上, 2年内, 3年度, 3年均达标, 2023年春季: a year).
_DURATION_NOUN_RE: Final = re.compile(
    r"(?P<unit>年|个月)(?P<noun>(?![内以之左余多度底末前后半均全共累每初中])[\u3400-\u9fff]{2,8})"
)


def _duration_and_noun(rest: str) -> tuple[str, str | None]:
    """A count of years or months and the noun glued after it: ``年管护责任`` → ``年``.

    Example:
        >>> _duration_and_noun("年管护责任"), _duration_and_noun("年以上")
        (('年', '管护责任'), ('年以上', None))
    """
    found = _DURATION_NOUN_RE.fullmatch(rest)
    if found is None:
        return rest, None
    noun = found["noun"]
    if noun.endswith(_TRAILING_NOTES) or _NOT_IN_UNIT_RE.search(noun) is not None:
        return rest, None
    return found["unit"], noun


# What before a count of days makes it the time the work took, never a day of a month
# (k31c): the event it is counted from (批复后, 收到申请后), an average or a time taken.
_DAYS_TAKEN_LEADS: Final = ("后", "平均", "用时", "历时", "耗时")
# Units of a count of days no day of a month is written in (3个工作日办结, 5天办结).
_DAYS_ONLY_UNITS: Final = ("个工作日", "工作日", "天")


def _days_taken(head: str, rest: str) -> bool:
    """Whether a count of days before a verb (``20日公开``) is the time the work took.

    After an event (``批复后20日公开``, ``收到申请后3个工作日办结``) or an average
    (``平均3个工作日办结``), or alone in a unit no date is written in (``3个工作日办结``,
    ``5天办结``); ``20日拨付`` alone may be the 20th of a month, ``提前15天完成`` is how
    early, not how long: both stay as they were.

    Example:
        >>> _days_taken("批复后", "日公开"), _days_taken("", "个工作日办结")
        (True, True)
        >>> _days_taken("", "日拨付"), _days_taken("提前", "天完成")
        (False, False)
    """
    if head.endswith(_DAYS_TAKEN_LEADS):
        return True
    return not head and rest.startswith(_DAYS_ONLY_UNITS)


def _days_and_verb(unit: str) -> bool:
    """Whether a unit read whole is a count of days and a verb (``个工作日拨付``, ``天发放``).

    Example:
        >>> _days_and_verb("个工作日拨付"), _days_and_verb("天"), _days_and_verb("日拨付")
        (True, False, False)
    """
    return unit.startswith(_DAYS_ONLY_UNITS) and _ORDINAL_DAY_VERB_RE.fullmatch(unit) is not None


def _ordinal_day_and_verb(rest: str) -> tuple[str, str | None]:
    """The day of an ordinal (第N个工作日, 第N天) and the verb of the work done on it.

    ``第20个工作日拨付`` is 20 个工作日, the note 拨付 (k30a; the unit was 个工作日拨付).
    Only after 第, which names the day the work was done on: ``提前15天完成`` and
    ``20日拨付`` (the 20th of a month?) stay as they were.

    Example:
        >>> _ordinal_day_and_verb("个工作日拨付"), _ordinal_day_and_verb("天发放到位")
        (('个工作日', '拨付'), ('天', '发放到位'))
        >>> _ordinal_day_and_verb("批拨付"), _ordinal_day_and_verb("个工作日")
        (('批拨付', None), ('个工作日', None))
    """
    found = _ORDINAL_DAY_VERB_RE.fullmatch(rest)
    if found is None:
        return rest, None
    return found["unit"], found["verb"]


def _mixed_scales(low_unit: str, unit: str, high_text: str | None) -> tuple[str, str] | None:
    """A range whose ends have two scale words: the high end in the low end's unit.

    ``5000万-1亿元`` is 5000-10000 万元, ``8000万元-1.2亿元`` 8000-12000 万元 (the
    larger scale after the smaller one only; anything else is no range).

    Example:
        >>> _mixed_scales("万", "亿元", "1"), _mixed_scales("万元", "亿元", "1.2")
        (('10000', '万元'), ('12000', '万元'))
    """
    low_scale, high_scale = low_unit[:1], unit[:1]
    if (
        high_text is None
        or low_scale not in voc.SCALE_PREFIXES
        or high_scale not in voc.SCALE_PREFIXES
        or low_unit[1:] not in ("", unit[1:])
        or voc.SCALE_PREFIXES[high_scale] <= voc.SCALE_PREFIXES[low_scale]
        or low_unit in voc.UNIT_ALIASES
        or unit in voc.UNIT_ALIASES
        or (unit[1:] and unit[1:] not in voc.KNOWN_UNITS)
    ):
        return None
    factor = Decimal(voc.SCALE_PREFIXES[high_scale] // voc.SCALE_PREFIXES[low_scale])
    high = to_decimal(high_text) * factor
    return f"{high.normalize():f}", low_scale + unit[1:]


def _counted_in(unit: str) -> bool:
    """Whether a Chinese numeral may count in *unit*: ``三个``, ``两万人``, ``三公里``.

    A measure word (vocabulary.MEASURE_WORDS) begins it, or it is a known unit after an
    optional scale word; ``一站式服务``, ``一网通办``, ``三公经费`` name things.

    Example:
        >>> _counted_in("场讲座"), _counted_in("万亩"), _counted_in("站式服务")
        (True, True, False)
    """
    if unit in voc.SCALE_PREFIXES or unit == "成":
        return True  # 一万零五百, 两万五 (of 万); 八九成 (tenths)
    if unit[0] in voc.SCALE_PREFIXES:
        unit = unit[1:]
    return unit[0] in voc.MEASURE_WORDS or unit.split("/")[0] in _NAMED_UNITS


def _counts_kinds(  # noqa: PLR0913 - what _number_from knows of the figure
    head: str,
    op: Op | None,
    chinese: bool,  # noqa: FBT001
    unit: str,
    label: str | None,
    *,
    role: str,
    bounded: bool,
) -> bool:
    """Whether a bare ``类`` or ``级`` after Arabic digits is a count, no grade.

    After a symbol operator (``≥3类``, ``≥2类``, ``≥3级``): a symbol almost always
    bounds a count of kinds or levels, while grades are written ``二类以上``,
    ``Ⅲ类及以上``, ``一级``. In a value alone (``4类``, ``3级``): a value says how many
    (a target alone, ``3类``, may name a class and stays a grade; so does a value
    *bounded* by a word after it, ``3类以上``). A label that names a class (水质≥3类,
    等级≥3级) keeps the grade.
    """
    if chinese or unit not in ("类", "级"):
        return False
    if label is not None and _CLASS_LABEL_RE.search(label) is not None:
        return False
    if op in (Op.GE, Op.GT, Op.LE, Op.LT):
        return head[-1:] in _COUNT_OPERATOR_LASTS
    return role == "value" and op is None and label is None and not bounded


# 当年12月, 次年3月: a month of a year named by a word, not 12 of 月; Q4: a quarter.
_TIME_LABEL_RE: Final = re.compile(r"(?:当|次|本|今|明|上|下|去|同)年度?|[QqHh]")


def _compares_with_a_year(
    digits: str, op: Op | None, bound: Bound | None, label: str | None
) -> bool:
    """Whether a number of 年 is a year: ``不低于2022年``, ``优于2022年``, ``建于1990年``.

    After an operator, a bound or a word ending in 于 it is a comparison with a year's
    level or a year something happened in, not a count of two thousand years
    (``≥20年`` is one); the grammar leaves it to prose. ``≤2025年`` is read before, as
    a deadline.
    """
    return (
        op not in (None, Op.EQ)
        or bound not in (None, Bound.EXACT)
        or (label is not None and label[-1] == "于")
    ) and _YEAR_LIKE_RE.fullmatch(digits.replace(",", "").lstrip("0")) is not None


def _names_a_time(label: str, unit: str | None) -> bool:
    """Whether *label* and the number after it name a time rather than a quantity."""
    return unit in (None, "月", "日", "号") and _TIME_LABEL_RE.fullmatch(label) is not None


# ---------------------------------------------------------------------------
# Targets


# The last text the fast path read with _plain_number, its role and the result, which
# _number_expression takes instead of reading the same text again when the fast path
# declines the cell (start is its first digit, as _plain_number finds without it).
# Cleared with the caches (clear_caches).
_LAST_PLAIN: Final[list[tuple[str, str, _Number | None] | None]] = [None]


def _fast_number(
    norm: Normalized, start: int, role: str, *, head_checked: bool = False
) -> _Number | None:
    """A plain number expression (:func:`_plain_number`) that no other grammar may claim.

    *head_checked*: the caller knows that :data:`_FAST_HEAD_RE` matches the text before
    *start* (the direct route: Chinese words that hold none of the characters it stops at).
    """
    text = norm.text
    if start and not head_checked and _FAST_HEAD_RE.fullmatch(text, 0, start) is None:
        return None
    number = _plain_number(text, role, start)
    _LAST_PLAIN[0] = (text, role, number)
    if number is None or (
        number.unit is None
        and text[start : start + 2] in _CENTURIES
        and _YEAR_MONTH_AT_RE.match(text, start)
    ):
        return None
    return number


# The whole task a share is of (全年任务, 工程量, 年度目标任务, 总工程量); a part of the
# works (路基工程, 主体工程) or of the money (投资) is none.
WHOLE_TASK: Final = (
    "(?:全年|年度|总|全部|项目)?(?:目标)?(?:工程量|任务量|工作量|建设任务|任务|计划|目标|总量|工程)"
)
# A share of the task done said as a fraction or a half: 完成工程量的1/3, 完成三分之一,
# 完成年度任务的五分之二, 完成全年任务的一半, 完成过半, 任务完成过半; 大半 ("the greater
# part": 已完成大半, 完成大半) says more than half as 过半 does (r38f; it was text), and so
# does 大部分 (已完成大部分, 完成大部分: r38p; it was text) and 绝大部分, the great majority,
# more than half at least (已完成绝大部分: r39g; it was text).
_TASK_FRACTION_RE: Final = re.compile(
    rf"(?:{WHOLE_TASK})?(?:已经?|目前|累计)?完成了?(?:{WHOLE_TASK}的?)?"
    r"(?:(?P<part>\d+)/(?P<whole>\d+)"
    r"|(?P<cn_whole>[二三四五六七八九十])分之(?P<cn_part>[一二三四五六七八九])"
    r"|(?P<half>一半)|(?P<over>过半|大半|绝?大部分))"
)
# A bare share of more than half, with no task named (过半, 已过半, 过半数): >50 %.
_MORE_THAN_HALF: Final = frozenset({"过半", "已过半", "已经过半", "均已过半", "过半数"})
# A rate or a progress past half (知晓率过半, 覆盖率已过半, 支出进度过半): the rate, more
# than 50 %, labelled with its name, as 知晓率>50% reads (r39g: they were prose). Not the
# time's share (序时进度过半, 时间进度过半), nor the works' progress, which is the work
# partly done (_PROGRESS_PAST_HALF_RE).
_RATE_PAST_HALF_RE: Final = re.compile(
    r"(?P<label>(?![^率进]*(?:序时|时间))[\u4e00-\u9fff]{1,8}?(?:率|进度))(?:已经?|均已)?过半数?"
)
_FRACTION_DIGITS: Final = MappingProxyType({c: n for n, c in enumerate("一二三四五六七八九十", 1)})
_SHARE_CENT: Final = Decimal("0.01")


def task_fraction(text: str) -> tuple[Decimal, Decimal, bool] | None:
    """The part and whole of a share of the task said as a fraction, and if more than it.

    ``完成工程量的1/3`` is (1, 3, False), ``完成全年任务的一半`` (1, 2, False) and
    ``完成过半`` (1, 2, True): more than half. None for anything else, and for a part
    of 0 or above the whole (``完成4/3``). Scoring takes the exact fraction of a
    target from it (1/3 of 120公里 is 40公里).

    Example:
        >>> task_fraction("完成年度任务的五分之二"), task_fraction("完成过半")
        ((Decimal('2'), Decimal('5'), False), (Decimal('1'), Decimal('2'), True))
        >>> task_fraction("完成路基工程的1/3") is None
        True
    """
    found = _TASK_FRACTION_RE.fullmatch(normalize(text).text) if "完成" in text else None
    if found is None:
        return None
    if found["half"] or found["over"]:
        part, whole = Decimal(1), Decimal(2)
    elif found["part"]:
        part, whole = Decimal(found["part"]), Decimal(found["whole"])
    else:
        part = Decimal(_FRACTION_DIGITS[found["cn_part"]])
        whole = Decimal(_FRACTION_DIGITS[found["cn_whole"]])
    if not 0 < part <= whole:
        return None
    return part, whole, found["over"] is not None


# A share said as a small proper fraction (1/3, 三分之一): a part of one digit over a whole
# of 2 to 10, never inside a longer figure, a date (12/31, 2023/12/31) or a per unit
# (1000元/人), nor 百分之/千分之 (per cent, per mille) or a numeral run (二十分之一).
_SHARE_FRACTION_RE: Final = re.compile(
    r"(?<![\d./])(?P<part>[1-9])/(?P<whole>10|[2-9])(?![\d./%‰‱])"
    r"|(?<![零一二三四五六七八九十百千万亿两])(?P<cn_whole>[二三四五六七八九十])分之"
    r"(?P<cn_part>[一二三四五六七八九])(?![零一二三四五六七八九十百千万亿点])"
)
# What stands for the fraction when the rest of the cell is read as a target.
_FRACTION_STAND_IN: Final = "7"


def _share_fraction(found: re.Match[str]) -> tuple[int, int] | None:
    """The part and whole of a proper fraction *found* by _SHARE_FRACTION_RE, else None."""
    if found["part"]:
        part, whole = int(found["part"]), int(found["whole"])
    else:
        part, whole = _FRACTION_DIGITS[found["cn_part"]], _FRACTION_DIGITS[found["cn_whole"]]
    return (part, whole) if 0 < part < whole else None


def fraction_bound(text: str) -> tuple[Op, int, int] | None:
    """A target that bounds a share by a fraction: its operator, part and whole, else None.

    ``≥1/3``, ``不低于三分之一``, ``三分之二以上``, ``1/4以内``: an operator (a symbol, a word
    before or a word after) and one small proper fraction, nothing else (no label, no
    unit, no note). The parser keeps such a cell descriptive (no Decimal holds 1/3);
    scoring compares it exactly with a percentage or a fraction. A bare fraction
    (``1/3``: no operator) and a date (``12/31前``) are None.

    Example:
        >>> fraction_bound("≥1/3"), fraction_bound("三分之二以上")
        ((<Op.GE: '>='>, 1, 3), (<Op.GE: '>='>, 2, 3))
        >>> fraction_bound("1/3") is None, fraction_bound("≥12/31") is None
        (True, True)
    """
    if "/" not in text and "分之" not in text:
        return None
    norm = normalize(text).text
    found = _SHARE_FRACTION_RE.search(norm)
    if found is None or _SHARE_FRACTION_RE.search(norm, found.end()) is not None:
        return None
    fraction = _share_fraction(found)
    if fraction is None:
        return None
    head, tail = norm[: found.start()], norm[found.end() :]
    if _FIRST_DIGIT_RE.search(head) is not None or _FIRST_DIGIT_RE.search(tail) is not None:
        return None  # another figure beside the fraction
    rest = f"{head}{_FRACTION_STAND_IN}{tail}"
    try:
        read = parse_target(rest)
    except ExpressionError:
        return None
    if (
        not isinstance(read, Comparison)
        or read.op is Op.EQ
        or read.value != Decimal(_FRACTION_STAND_IN)
        or read.unit is not None
        or read.label is not None
        or read.note is not None
    ):
        return None
    return read.op, *fraction


def value_fraction(text: str) -> tuple[int, int] | None:
    """A value that is a fraction alone, as its part and whole, else None.

    ``1/2``, ``465/500``, ``二分之一``: integers, the part at most the whole (a share).

    Example:
        >>> value_fraction("1/2"), value_fraction("三分之二"), value_fraction("3/2")
        ((1, 2), (2, 3), None)
    """
    if "/" not in text and "分之" not in text:
        return None
    norm = normalize(text).text
    if "分之" in norm:
        found = _SHARE_FRACTION_RE.fullmatch(norm)
        return None if found is None else _share_fraction(found)
    found = _BARE_FRACTION_RE.fullmatch(norm)
    if found is None:
        return None
    part, whole = int(found["part"]), int(found["whole"])
    return (part, whole) if 0 <= part <= whole and whole > 0 else None


_BARE_FRACTION_RE: Final = re.compile(r"(?P<part>\d{1,6})/(?P<whole>\d{1,6})")


def _task_share(text: str, raw: str) -> Quantity | None:
    """A share of the task as a fraction, as the share in % is (完成1/3: 已完成约33.33%).

    Partly done under the whole, done at it; a share with more digits than the hundredth
    is about its rounded figure, and 过半 is more than 50 %.
    """
    fraction = task_fraction(text)
    if fraction is None:
        return None
    part, whole, over = fraction
    exact = part / whole * 100
    share = exact.quantize(_SHARE_CENT, rounding=ROUND_HALF_UP)
    bound = Bound.EXACT if share == exact else Bound.APPROXIMATELY
    if over:
        bound = Bound.MORE_THAN
    status = Status.DONE if part == whole else Status.PARTIAL
    if share == share.to_integral_value():
        share = share.quantize(Decimal(1))  # 50, not 50.00
    return Quantity(share, "%", bound, status=status, text=raw)


# A label that says the percentage after it is the share of the year's work done:
# 完成全年任务的, 已完成年度目标的, 已完成计划的, 完成进度, 工程进度, 项目进度(达到).
# A rate that is the indicator's own measure (完成率, 达成率, 合格率) is no such label.
_SHARE_LABEL_RE: Final = re.compile(
    r"(?:已|累计)?完成(?:了)?(?:全年|年度|本年度?|全年度)?(?:计划|任务|目标|工作量?|工程量)"
    r"(?:任务)?的?"
    r"|(?:工程|项目|建设|施工|工作|总体|整体|完成|实施|形象|工程形象|任务)?进度"
    r"(?:已?达到?|为)?"
)
# What such a label ends in (a cheap test before the pattern).
_SHARE_LABEL_LASTS: Final = frozenset("的划务标作量度到达为")


def _is_share_label(label: str) -> bool:
    """Whether *label* before a percentage says it is the share of the work done."""
    return label[-1] in _SHARE_LABEL_LASTS and _SHARE_LABEL_RE.fullmatch(label) is not None


def _fast_target(norm: Normalized, start: int, *, head_checked: bool = False) -> Comparison | None:
    number = _fast_number(norm, start, "target", head_checked=head_checked)
    if number is None:
        return None
    return Comparison(number.op or Op.EQ, number.value, number.unit, number.label, text=norm.raw)


def _fast_value(norm: Normalized, start: int, *, head_checked: bool = False) -> Quantity | None:
    number = _fast_number(norm, start, "value", head_checked=head_checked)
    if number is None:
        return None
    label = number.label
    if label is not None and (
        _status_of(label) is not None or (number.unit == "%" and _is_share_label(label))
    ):
        return None  # 已完成5次, 工程进度45%: the full grammar makes it the status
    bound = _BOUND_OF_OP[number.op] if number.op is not None else number.bound or Bound.EXACT
    if bound is Bound.APPROXIMATELY and not _prints_back(label, bound):
        return None
    return Quantity(number.value, number.unit, bound, label, text=norm.raw)


# The direct route of a labelled figure (speedP2): Chinese words, then an ASCII figure,
# then % and/or Chinese words (年度预算220万元, 办理法律援助案件94件, 完成率100%), tried in
# the cached parsers before the long route. The words exclude what makes the long route
# do anything before its fast path (_fast_target, _fast_value) on such a cell: 负 (which
# normalisation rewrites), 或 (options), 余/多 (_FAST_HEAD_RE stops there), 前/周 (named
# days), 注 (footnotes), 超 (excess), 月 (dates of work done). Every character of the shape
# is one that neither _NONCHARACTER_RE nor normalisation's _MAYBE_CHANGE_RE holds, and it
# ends in no final stop, so the cell is its own cleaned and normal text (origin None).
# The words hold no character _FAST_HEAD_RE stops at (digits, . ≥ ≤ = < > brackets : , ;
# 。 、 或 余 多 % - + ±), so it matches them: the route does not match it again.
_DIRECT_EXCLUDED: Final = "负或余多前周注超月"


def _direct_class() -> str:
    """U+4E00..U+9FFF without :data:`_DIRECT_EXCLUDED`, as a character class's ranges."""
    ranges, low = [], 0x4E00
    for high in sorted(ord(char) for char in _DIRECT_EXCLUDED):
        ranges.append(f"\\u{low:04x}-\\u{high - 1:04x}")
        low = high + 1
    ranges.append(f"\\u{low:04x}-\\u9fff")
    return "".join(ranges)


# A cheap test before the pattern, written out where it is used: ``not text.isalpha()
# and text.replace("%", "").replace(".", "").isalnum()``. Every cell of the shape passes
# it: its words are letters (str.isalpha holds for every character of the class), and it
# holds ASCII digits, a point and % besides, a digit at least. A cell of letters alone
# (合格, 已完成) or with any other mark (a comma, a full stop, a colon, a bracket: prose)
# fails, and skips the pattern.
_DIRECT_WORD: Final = _direct_class()
_DIRECT_SHAPE_RE: Final = re.compile(
    rf"[{_DIRECT_WORD}]+(?P<number>[0-9]+(?:\.[0-9]+)?)%?[{_DIRECT_WORD}]*"
)


def _direct_shape(text: str) -> tuple[Normalized, int, int] | None:
    """The cell, its first digit and the end of its figure if it has the direct shape.

    None when the long route may do something else before its fast path: the shape does
    not match, or the cell says full coverage (全覆盖, 应保尽保), ends in 增长 (a labelled
    growth), starts with 当, 本 or 今 (当年完成, for values) or holds a compound duration
    (_compound_duration), or the figure is a date's or a percentage before a word
    (_no_plain_reading: the fast path is skipped there). The tables the long route looks
    the whole cell up in (not applicable, status, family, same-day and growth words) hold
    no word of this shape (tests/test_expression_guards_speedP2.py checks it), the cell
    holds no comma (steps then done), no Latin letter (technical names), no bracket, no
    dash (standard codes), no line break and no list marker (the label has no digit).
    """
    found = _DIRECT_SHAPE_RE.fullmatch(text)
    if (
        found is None
        or _FULL_COVERAGE in text
        or "应保尽保" in text
        or text[0] in "当本今"
        or text.endswith("增长")
    ):
        return None
    start, end = found.span("number")
    if _no_plain_reading_after(text, end):
        return None
    norm = Normalized(text, text, None)
    if _compound_duration(norm) is not None:
        return None
    return norm, start, end


def _direct_target(text: str) -> Comparison | None:
    """The target the long route reads in a cell of the direct shape, or None to take it.

    The long route (_parse_target_uncached, _parse_target_normalized) reaches
    _fast_target(norm, first digit) with this same norm: no step before it applies to the
    shape (see _direct_shape). A comparison it returns goes back as the long route returns
    it (_negative_change, never for the non-negative figure of the shape but kept as
    there); None takes the long route, which tries _fast_target again and goes on.
    """
    shape = _direct_shape(text)
    if shape is None:
        return None
    target = _fast_target(shape[0], shape[1], head_checked=True)
    if target is not None and target.value < 0 and target.label is not None:
        return _negative_change(target)
    return target


def _direct_value(text: str) -> Quantity | None:
    """The quantity _parse_value_uncached reads in a cell of the direct shape, or None.

    As :func:`_direct_target`: the long route reaches _fast_value(norm, first digit)
    with this norm, and returns a quantity it gives as it is. A failure takes the long
    route, which fails the same way inside its own handler.
    """
    shape = _direct_shape(text)
    if shape is None:
        return None
    try:
        return _fast_value(shape[0], shape[1], head_checked=True)
    except Exception:  # noqa: BLE001 - the long route reads it again and says what it is
        return None


# The direct route of a deadline (speedP2): a month, its year before it, then only days,
# the words of its end and a verb of the work due (2023年12月前完成, 12月底到位,
# 2024年6月30日之前完工). None of these characters is a noncharacter, is changed by
# normalisation, is a final stop, or is a first character of a branch of
# _NAMED_DAY_HINT_RE (元春国端中清重五六七八十劳儿建教第: a named day needs one); the cell
# holds no unit a compound duration needs (个月, 小时, 天, 周, 秒), no 或, no bracket, no
# comma, no Latin letter and no dash, and no footnote mark or 注.
_DIRECT_DEADLINE_RE: Final = re.compile(
    r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9日号底末初前之以内完成到位工发放支付拨付验收办结竣开实施落上线投入使用交]*"
)


def _direct_deadline(text: str, year: int | None) -> Deadline | PeriodTarget | None:
    """The date the long route reads in a deadline of the direct shape, or None to take it.

    The long route (_parse_target_uncached, _parse_target_normalized) reaches
    _dated_target(norm, year) with norm the cell itself (see _DIRECT_DEADLINE_RE): no
    table it looks the cell up in holds a word that starts with a digit
    (tests/test_expression_guards_speedP2.py); a cell of eight characters may be an
    exported date (_exported_deadline), which this route leaves to it; the first figure
    is followed by 年 and more or by 月, so the fast path is skipped
    (_no_plain_reading); the figure is followed by 年 or 月, so no list marker
    (_LIST_MARKER_RE) reads it; no bracket, so _check_brackets passes; the cell starts
    with a digit (in _DEADLINE_START) and holds a digit before 月, so _DATE_HINT_RE finds
    it and _dated_target is tried. A date it reads is returned as the long route returns
    it; None takes the long route, which tries it again and goes on.
    """
    if len(text) == 8 or _DIRECT_DEADLINE_RE.fullmatch(text) is None:  # noqa: PLR2004
        return None
    return _dated_target(Normalized(text, text, None), year)


def _no_plain_reading(text: str, run: re.Match[str]) -> bool:
    """Whether what follows the first figure of *text* keeps the plain patterns off it.

    True for a date's figure (``10月``, ``2023年12月前完成``: the run of digits that
    :data:`_FIRST_RUN_RE` found followed by 月, 日 or 号, or by 年 that does not end the
    cell) and for a percentage followed by a word (``100%覆盖``, ``100%达标``: ``%`` then a
    character that is no ``/``, no ``(`` and no first character of a suffix word). Then
    neither :func:`_simple_number` nor :func:`_plain_number` can read the cell, and the
    grammars skip both (behaviour-preserving): each pattern's number (AR_NUMBER) starts at
    the first digit (an operator symbol is no digit) and takes digits, points and commas
    only, so it ends inside the run or at its end. Inside the run, the next character is
    a digit, point or comma, which no unit, bracket, 余/多 or suffix word starts (no word
    of OPERATOR_SUFFIXES or BOUND_SUFFIXES does), and the cell goes on: no full match. At
    its end:

    - the plain tails (_PLAIN_TARGET_TAIL_RE, _PLAIN_VALUE_TAIL_RE) take no unit that
      starts with 年, 月, 日 or 号 (_FAST_LETTER excludes them) and no suffix word starts
      with one: no full match; after ``%`` they take ``/`` and a unit, a suffix word, or
      the end of the cell, and the character there is none of these;
    - _SIMPLE_RE may take the rest as a unit (``月``, ``年12月`` has a digit: no unit), but
      its head then starts with the date character, which _NOT_SIMPLE_UNIT rejects, unless
      the unit is 年 alone (a duration, ``20年``): 年 then ends the cell, which this test
      excludes. After ``%`` it takes only a rate's ``/`` or a bracketed denominator's
      ``(``, or the end of the cell: no full match.

    Example:
        >>> cells = ("10月", "20年", "5年内", "100%覆盖", "95%以上", "100%", "5%/年")
        >>> [_no_plain_reading(t, _FIRST_RUN_RE.search(t)) for t in cells]
        [True, False, True, True, False, False, False]
    """
    return _no_plain_reading_after(text, run.end())


def _no_plain_reading_after(text: str, end: int) -> bool:
    """:func:`_no_plain_reading` for the run of digits that ends at *end*."""
    after = text[end : end + 1]
    if after == "%":
        word = text[end + 1 : end + 2]
        return word != "" and word not in _AFTER_PERCENT_PLAIN
    return after in _DATE_AFTER_FIGURE or (after == "年" and end + 1 < len(text))


# The characters after a figure that make it a date's (see _no_plain_reading); "" is no
# member of a frozenset, unlike of a str.
_DATE_AFTER_FIGURE: Final = frozenset("月日号")
# What may follow % in a plain reading (see _no_plain_reading): a rate's slash, a
# bracketed denominator, or the first character of a suffix word.
_AFTER_PERCENT_PLAIN: Final = frozenset(
    "/(" + "".join(word[0] for word, _ in (*voc.OPERATOR_SUFFIXES, *voc.BOUND_SUFFIXES))
)


def _simple_number(text: str) -> _Simple | None:
    """The common shape ``[op] number [余] [unit]`` in one match; the last item says 余/多.

    ``≥80.00(%)``, ``12个``, ``2.00``, ``600余人``, ``1次/月``, ``≥20年``.

    Anything the full grammar must see (dates, suffix words, notes) returns None.
    """
    first = text[:1]
    if not (first in _OP_SYMBOLS or first.isdigit()):
        return None
    match = _SIMPLE_RE.fullmatch(text)
    if match is None:
        return None
    op, number, more, bracketed, bare = match.groups()
    unit = bracketed or bare
    if unit is not None:
        head = unit.split("/", 1)[0]
        duration = unit == "年" and not _YEAR_LIKE_RE.fullmatch(number)
        if _NOT_SIMPLE_UNIT.search(head) and not duration:
            return None  # 2023年 is a year, 20年 a duration
        if not _is_unit(unit) or (bare is not None and bare.endswith(_TRAILING_NOTES)):
            return None
        if _days_and_verb(unit):
            return None  # 20个工作日拨付: the days and the verb, which the full grammar splits
    if more and (op or unit is None):
        return None  # ≥200余人, 200余: the full grammar decides
    if (
        unit is None
        and "." in number
        and number[:2] in _CENTURIES
        and _YEAR_MONTH_RE.fullmatch(number)
    ):
        return None  # 2023.07 is a month
    if unit is None and not op and len(number) == 8 and _EIGHT_DIGIT_DATE_RE.fullmatch(number):  # noqa: PLR2004
        return None  # 20241231: a date as a target
    return op, to_decimal(number), unit, bool(more)


def _simple_target(simple: _Simple, raw: str) -> Comparison:
    """The comparison a plain number cell states (:func:`_raw_simple`, :func:`_simple_number`)."""
    op, value, unit, more = simple
    target_op = _OP_SYMBOLS[op] if op else (Op.GT if more else Op.EQ)
    return Comparison(target_op, value, unit, text=raw)


def _simple_value(simple: _Simple, raw: str) -> Quantity:
    """The quantity a plain number cell states (:func:`_raw_simple`, :func:`_simple_number`)."""
    op, value, unit, more = simple
    bound = _BOUND_OF_OP[_OP_SYMBOLS[op]] if op else _MORE_OR_EXACT[more]
    return Quantity(value, unit, bound, text=raw)


# A remark after a deadline, a word, a status or a date: one bracket at the end, or one
# clause after a comma or semicolon (2024年12月31日前(以验收报告为准), 合格(抽查),
# 已完成,已验收). A clause of a target is a few words without a number or a time.
_TARGET_CLAUSE_RE: Final = re.compile(r"[\u3400-\u9fff“”]{1,16}")
_CLAUSE_BLOCKERS_RE: Final = re.compile(
    "[零一二三四五六七八九十两百千万亿]|年[底末内初]|月[底末初份]|半年|季度|旬|之前|以前|前"
)


_TARGET_SEP_RE: Final = re.compile("[,;]")
_VALUE_SEP_RE: Final = re.compile("[,;。]")


def _split_remark(text: str) -> tuple[str, str, bool] | None:
    """Split a remark off *text*: (head, remark, whether it was bracketed), or None.

    The remark is a final bracket's content, or the clause after the first comma or
    semicolon; None when the cell has neither, or the remark is empty.
    """
    if text[-1:] == ")":
        opener = _closing_bracket(text, len(text))
        if not opener:
            return None
        remark = text[opener + 1 : -1]
        if not remark or remark != remark.strip():
            return None
        return text[:opener], remark, True
    sep = _TARGET_SEP_RE.search(text)
    if sep is None:
        return None
    head, remark = text[: sep.start()], text[sep.end() :]
    if not head or not remark:
        return None
    return head, remark, False


def _deadline_with_remark(norm: Normalized, year: int | None) -> Deadline | None:
    """A deadline followed by a remark: ``2024年12月31日前(以验收报告为准)``, ``…前,确保质量``.

    The remark is the deadline's note, after a note the head already has (which prints
    ``…前(完成竣工验收(含决算))`` and reads back the same); ``(含)`` says that the day
    itself counts, which a deadline does anyway, and is no note. A clause holds no number
    and no second time: ``…前完成招标,年底前完工`` stays prose.
    """
    split = _split_remark(norm.text)
    if split is None:
        return None
    head, remark, bracketed = split
    if not bracketed and (
        _TARGET_CLAUSE_RE.fullmatch(remark) is None or _CLAUSE_BLOCKERS_RE.search(remark)
    ):
        return None
    found = match_deadline(head, year)
    if found is None:
        return None
    if found.error is not None:
        raise _error(norm, *found.error)
    note = found.note
    if remark != "含":
        note = remark if note is None else f"{note}({remark})" if bracketed else f"{note},{remark}"
    return _deadline(found, note, norm.raw)


# A season or an event before the date that fixes it, in brackets (汛期前(5月31日前)完成,
# 春节前(1月28日前)发放到位): the phrase ends in "before", and names no other time.
_SEASON_RE: Final = re.compile(r"[\u3400-\u9fff]{1,8}?(?:之前|以前|前)")
_SEASON_BLOCKERS_RE: Final = re.compile(
    "[零一二三四五六七八九十两百千万亿]|年[底末内初]|月[底末初份]|半年|季度|旬|次年|明年"
)
# A remark in brackets between a date and its completion (5月31日前(汛期前)完成).
_INNER_REMARK_RE: Final = re.compile(r"[\u3400-\u9fff“”]{1,16}")


def _bracketed_deadline(norm: Normalized, year: int | None) -> Deadline | None:
    """A deadline whose date or remark stands in brackets inside the cell, or None.

    ``汛期前(5月31日前)完成``: the season (or event) before the bracket is a remark, and
    the bracket's date, with what follows it, the deadline; ``5月31日前(汛期前)完成``: the
    bracket is a remark between the date and its completion. The remark is the note
    (after the work that is due, if the cell names one), as after a deadline.
    """
    text = norm.text
    opener = text.find("(")
    closer = text.find(")")
    if opener <= 0 or closer < opener or text.count("(") != 1 or text.count(")") != 1:
        return None
    before, inner, after = text[:opener], text[opener + 1 : closer], text[closer + 1 :]
    # 2025年汛前(5月下旬前)完成: the year before the season is the bracket's date's
    season_year = _LEADING_YEAR_RE.match(before)
    written_year = "" if season_year is None else f"{season_year.group()}年"
    season = before[len(written_year) :]
    if (
        season
        and _SEASON_RE.fullmatch(season)
        and _SEASON_BLOCKERS_RE.search(season) is None
        and not (written_year and _YEAR_LIKE_RE.search(inner))
    ):
        head, remark, span = written_year + inner + after, season, (opener + 1, closer)
    elif after and _INNER_REMARK_RE.fullmatch(inner):
        head, remark, span = before + after, inner, (0, opener)
    else:
        return None
    found = match_deadline(head, year)
    if found is None:
        return None
    if found.error is not None:
        raise _error(norm, found.error[0], *span)
    note = found.note
    if remark != "含":  # 6月底(含)前: the day itself counts, as it does anyway
        note = remark if note is None else f"{note}({remark})"
    return _deadline(found, note, norm.raw)


def _next_year_deadline(norm: Normalized, year: int) -> Deadline | None:
    """``次年3月底前`` with the table's *year*: the deadline in the year after it, or None.

    ``次年`` reads as ``当年`` of the year after (``次年度`` as ``本年度``): a month
    (``次年3月底前``), the year's end (``次年底前``), a quarter or a half (``次年一季度``,
    ``次年上半年``), the year itself before a completion word (``次年完成``).
    """
    text = norm.text
    this_year = ("本" if text.startswith("次年度") else "当") + text[1:]  # as long as the cell
    dated = _deadline_or_period(Normalized(norm.raw, this_year, norm.origin), year + 1)
    return evolve(dated, text=norm.raw) if isinstance(dated, Deadline) else None


# A period that ends in the next year (森林防火期 10月至次年4月, 2023年10月至次年4月):
# 次年 right after the joining word, at most one year written before it, at the start.
_NEXT_YEAR_END_RE: Final = re.compile(r"[-~至到]次年")
_LEADING_YEAR_RE: Final = re.compile(r"(?:19|20)\d{2}(?=年)")


def _next_year_period(norm: Normalized, year: int | None) -> PeriodTarget | None:
    """A period whose end is in ``次年``, the year after its start's, or None.

    The start's year is the one written first (``2023年10月至次年4月`` runs to 2024), else
    the table's *year* (``10月至次年4月``); without either the cell stays prose.
    """
    text = norm.text
    joint = _NEXT_YEAR_END_RE.search(text)
    if joint is None or text.count("次年") != 1:
        return None
    written = _LEADING_YEAR_RE.match(text)
    start_year = int(written.group()) if written is not None else year
    if start_year is None or (written is None and _YEAR_LIKE_RE.search(text) is not None):
        return None
    at = joint.start() + 1  # where 次年 stands
    end_year = str(start_year + 1)
    origin = norm.origin if norm.origin is not None else list(range(len(text) + 1))
    full = Normalized(
        norm.raw,
        f"{text[:at]}{end_year}{text[at + 1 :]}",
        [*origin[:at], *[origin[at]] * len(end_year), *origin[at + 1 :]],
    )
    try:
        dated = _deadline_or_period(full, start_year)
    except ExpressionError:
        return None
    return evolve(dated, text=norm.raw) if isinstance(dated, PeriodTarget) else None


# A year written with two digits (25年底前, 25年9月底前, 24年12月底前), after a lead-in at
# most, before 底/末 or a month: 20xx. A figure of 年 elsewhere stays years (25年).
_SHORT_YEAR_RE: Final = re.compile(
    r"(?:力争|确保|计划|预计|截至|截止到?)?[于在]?(\d{2})年"
    r"(?=底|末|(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月)"
)


def _short_year_deadline(norm: Normalized, year: int | None) -> Deadline | PeriodTarget | None:
    """A deadline whose year is written with two digits (``25年底前``: 2025), or None."""
    found = _SHORT_YEAR_RE.match(norm.text)
    if found is None:
        return None
    at = found.start(1)
    origin = norm.origin if norm.origin is not None else list(range(len(norm.text) + 1))
    full = Normalized(
        norm.raw, f"{norm.text[:at]}20{norm.text[at:]}", [*origin[:at], origin[at], *origin[at:]]
    )
    dated = _deadline_or_period(full, year)
    return None if dated is None else evolve(dated, text=norm.raw)


def _dated_target(norm: Normalized, year: int | None) -> Deadline | PeriodTarget | None:
    """A deadline or period, of the grammar or written another way, or None.

    The date grammar (``2023年12月前完成``, ``2023.07-2024.01``), a two-digit year
    (``25年底前``), ``次年`` with the table's *year* (``次年3月底前``), and a date or
    remark in brackets inside the cell (``汛期前(5月31日前)完成``).
    """
    text = norm.text
    first = text[0]
    if first in _DEADLINE_START and (first != "确" or text.startswith("确保")):
        dated = _deadline_or_period(norm, year)
        if dated is not None:
            return dated
        if "年" in text[:8]:
            # 25年底前, 24年12月底前: a year of this century written with two digits
            dated = _short_year_deadline(norm, year)
            if dated is not None:
                return dated
    if year is not None and text.startswith("次年"):
        # 次年3月底前 (决算, 清算): the year after the table's
        return _next_year_deadline(norm, year)
    if "次年" in text:
        # 10月至次年4月, 2023年10月至次年4月: a period into the next year
        period = _next_year_period(norm, year)
        if period is not None:
            return period
    opener = text.find("(")
    if opener > 0 and (text[opener - 1] == "前" or text[-1] != ")") and ")" in text:
        # 汛期前(5月31日前)完成, 5月31日前(汛期前)完成: the date, and a remark in brackets
        return _bracketed_deadline(norm, year)
    return None


# A festival (春节前, 国庆节前) or a week of the year by its number (第20周) in a target.
# Every branch starts with a literal character (五一…十一 spelled out, not [五六七八十]一:
# the same words), so that sre scans for the set of first characters instead of trying
# every branch at every position (2-3.5x faster on a deadline or a long prose cell).
_NAMED_DAY_HINT_RE: Final = re.compile(
    r"元旦|春节|元宵|国庆|端午|中秋|清明|重阳|五一|六一|七一|八一|十一|劳动节|儿童节|建党节|建军节"
    r"|教师节|第[\d一二三四五六七八九十]{1,3}周"
)


def _named_day_deadline(norm: Normalized, year: int | None) -> Deadline | Descriptive | None:
    """A deadline named by a festival or a week of the year, or None.

    ``春节前发放到位``: due on the festival's eve (2025年1月28日), the festival's words
    the note, after the work due (``发放到位(春节前)``), as ``春节前(1月28日前)发放到位``
    reads. ``2025年第20周``, ``第10周前完成``: due on the week's Sunday. A week of no
    known year (or no such week) stays prose: a week number is never a count of weeks.
    """
    text = norm.text
    rewritten = festival_deadline(text, year)
    week = rewritten is None and names_a_week(text)
    if week:
        rewritten = week_deadline(text, year)
    if rewritten is None:
        return Descriptive(text, text=norm.raw) if week else None
    dated, words = rewritten
    found = match_deadline(dated, year)
    if found is None or found.error is not None or found.part is not Part.DAY:
        return Descriptive(text, text=norm.raw) if week else None
    note = words if found.note is None else f"{found.note}({words})"
    return _deadline(found, note, norm.raw)


def _deadline(found: DateMatch, note: str | None, raw: str) -> Deadline:
    assert found.part is not None  # noqa: S101 - match_deadline always sets it
    return Deadline(found.year, found.month, found.day, found.part, found.strict, note, text=raw)


# "On or before" a date (≤2024-04-30, 不晚于2024年4月30日, 最迟10月底): that deadline.
# The symbols and their words need a year after them (≤12月 may be a number of months);
# words of time alone (不晚于, 最迟) take any date. Longest first: 最迟于 before 最迟.
_NO_LATER_WORDS: Final = ("不晚于", "不迟于", "最迟于", "最晚于", "至迟于", "最迟", "最晚", "至迟")
_NO_LATER_SYMBOLS: Final = ("小于等于", "≤")
_NO_LATER_FIRSTS: Final = frozenset(word[0] for word in (*_NO_LATER_WORDS, *_NO_LATER_SYMBOLS))


def _no_later_than(norm: Normalized, year: int | None) -> Deadline | None:
    """The deadline a target sets by "on or before" a date, or None.

    ``≤2024-04-30``, ``不晚于2024年4月30日``, ``不迟于2024年10月底``, ``最迟10月底``,
    ``小于等于2024-10-31``: the date's deadline (a split 指标性质 ``≤`` | 指标值
    ``2024-04-30`` pair joins into the first). ``≤2024`` alone stays a number, and so
    does ``≤2024.1(个月)``, a count in its unit.

    Example:
        >>> str(_no_later_than(normalize("不晚于2024年10月31日"), None))
        '2024年10月31日前'
    """
    text = norm.text
    word = next((w for w in _NO_LATER_WORDS if text.startswith(w)), None)
    if word is None:
        word = next((w for w in _NO_LATER_SYMBOLS if text.startswith(w)), None)
        if word is None or not _YEAR_LIKE_RE.match(text, len(word)):
            return None
    elif not text[len(word) : len(word) + 1].isdigit():
        return None
    dated = _deadline_or_period(_tail(norm, len(word)), year)
    if isinstance(dated, Deadline) and (text[-1] != ")" or _target_number(text) is None):
        return evolve(dated, text=norm.raw)
    return None


def _deadline_or_period(norm: Normalized, year: int | None) -> Deadline | PeriodTarget | None:
    text = norm.text
    deadline = match_deadline(text, year)
    if deadline is not None:
        if deadline.error is not None:
            raise _error(norm, *deadline.error)
        return _deadline(deadline, deadline.note, norm.raw)
    if text[-1] == ")" or "," in text or ";" in text:
        remarked = _deadline_with_remark(norm, year)
        if remarked is not None:
            return remarked
    period = match_period(text, year)
    if period is None and "旬" in text:
        period = match_xun_period(text, year)  # 6月下旬至7月上旬
    if period is not None:
        if period.error is not None:
            raise _error(norm, *period.error)
        return PeriodTarget(*period.start, *period.end, text=norm.raw)
    return None


def _zero_list(text: str) -> bool:
    """Whether *text* is zero-family phrases joined by ``、``: ``无损毁、无安全事故`` (parse39 H3).

    Every part must be one (``无损毁、按时完工`` is none); the target holds only if all do.
    """
    parts = text.split("、")
    return len(parts) > 1 and all(
        part != "" and _may_be_zero(part) and _ZERO_RE.fullmatch(part) is not None for part in parts
    )


def _qualitative_target(norm: Normalized) -> QualitativeTarget | None:
    text = norm.text
    family = _family_of(text)
    if family is not None:
        return QualitativeTarget(text, family, text=norm.raw)
    if text in _SOUNDNESS_PAIRS:
        # 建立健全, the commonest 可持续 target: the state to reach is the last word (parse52 M8)
        return QualitativeTarget(text[2:], "soundness", text=norm.raw)
    op = None
    found = _OP_PREFIX_TABLE.starting(text)
    if found is not None and len(text) > len(found[0]):
        op, text = found[1], text[len(found[0]) :]
    else:
        suffix = _OP_SUFFIX_TABLE.ending(text, len(text))
        if suffix is not None and suffix[1] is Op.GE:  # 良好以上
            op, text = Op.GE, text[: -len(suffix[0])]
    degree, word = _family_phrase(text)
    if word is None:
        # Only then a zero-family shape: its subject may be a degree word (进一步无差错),
        # and it may begin with what reads as an operator word (未超预算, 未超过预算).
        whole = norm.text
        if (op is None or whole[0] in "未没") and _may_be_zero(whole) and _ZERO_RE.fullmatch(whole):
            return QualitativeTarget(whole, "zero", text=norm.raw)
        if op is None and _zero_list(whole):
            return QualitativeTarget(whole, "zero", text=norm.raw)
        if op is None:
            # 及时拨付, 按时发放, 验收合格, 准确无误: the word with the verb of what is to be
            # done, as the actual (按时拨付) writes it
            wrapped = _WRAPPED_WORD_RE.fullmatch(whole)
            if wrapped is not None and len(inner := wrapped.group("word")) > 1:
                if inner in _SOUNDNESS_PAIRS:
                    inner = inner[2:]  # 已建立健全: 健全 (parse52 M8)
                family = _FAMILY_OF.get(inner)
                if family is not None and family != "zero":
                    return QualitativeTarget(inner, family, text=norm.raw)
        return None
    if op is None:
        return QualitativeTarget(word, _FAMILY_OF[word], degree=degree, text=norm.raw)
    if word in _QUALITY_WORDS:
        if op in (Op.GE, Op.GT):
            return QualitativeTarget(
                word, "quality", minimum=word, degree=degree, strict=op is Op.GT, text=norm.raw
            )
        if op is Op.EQ:
            return QualitativeTarget(word, _FAMILY_OF[word], degree=degree, text=norm.raw)
        return None  # ≤良好: prose
    if op in (Op.GE, Op.EQ):  # ≥及时: the operator only stresses the word
        return QualitativeTarget(word, _FAMILY_OF[word], degree=degree, text=norm.raw)
    return None


# What makes a bracket after a word a second target or a caveat, no remark.
# A time limit in the bracket (竣工后30日内, 2024年底前, 工期内) is a second requirement
# too; a year naming a standard (2023年标准) is a remark.
_REMARK_BLOCKERS_RE: Final = re.compile(r"[≥≤<>=%]|但|却|需|[前内]$")


def _qualitative_with_remark(norm: Normalized) -> QualitativeTarget | None:
    """A family word followed by a remark: ``合格(抽查)``, ``零事故(施工期)``, ``合格,…``.

    The word is the target; the remark (a final bracket, or a clause of Chinese
    characters without a numeral) stays in the raw text: a word has no note.
    """
    split = _split_remark(norm.text)
    if split is None:
        return None
    head, remark, bracketed = split
    if remark[0] == "或" and _option_clauses(";" + remark, None):
        return None  # 优;或良: a second option, no remark (合格,或按规定执行 has one)
    if (
        len(head) > _LONGEST_WORD_CELL
        or not (head[-1] in _WORD_LASTS or head[-1] == "上" or _may_be_zero(head))
        or _FIRST_DIGIT_RE.search(head) is not None
    ):
        return None
    if not bracketed and (
        _TARGET_CLAUSE_RE.fullmatch(remark) is None or _CLAUSE_BLOCKERS_RE.search(remark)
    ):
        return None
    if bracketed and _REMARK_BLOCKERS_RE.search(remark):
        return None  # 合格（合格率≥95%）, 良好（但需整改）: the bracket says more than a remark
    if not bracketed and _family_phrase(head)[1] is None:
        return None  # 验收合格，投入使用: a wrapped word and a clause are two requirements
    found = _qualitative_target(Normalized(norm.raw, head, None))
    return None if found is None else evolve(found, text=norm.raw)


def _family_phrase(text: str) -> tuple[str | None, str | None]:
    """(degree, family word) when *text* is a family word, bare or after one degree word."""
    if text in _FAMILY_OF:
        return None, text
    degree, word = _strip_degree(text)
    if degree is not None and word in _FAMILY_OF:
        return degree, word
    return None, None


# Measure words of counts (no time, money or measure): 只, 次, 头, 套.
_COUNT_WORDS: Final = voc.MEASURE_WORDS - frozenset("年月日天周秒分元米亩吨克斤升度岁")
# Words a range's unit may take in brackets besides a measure word: 3-5万吨(标煤).
_UNIT_NOTE_WORDS: Final = frozenset({"标煤", "标准煤"})


def _is_unit_note(text: str, note: str) -> bool:
    """Whether *note* closes *text* in brackets and is a measure word of the unit before it.

    Example:
        >>> _is_unit_note("104.9-129.7万头(只)", "只"), _is_unit_note("100-120人(抽查)", "抽查")
        (True, False)
    """
    return text.endswith(f"({note})") and (
        note in _UNIT_NOTE_WORDS or (len(note) == 1 and note in _COUNT_WORDS)
    )


# ≤市场租金的70%: an operator, the base a share is of, then the share (parse43 M1).
_SYMBOL_BEFORE_BASE_RE: Final = re.compile(
    r"(?P<op>[<>≤≥=])(?P<base>[\u4e00-\u9fff]{1,12}的)(?P<share>\d+(?:\.\d+)?%)"
)


# A limit word right before a target's first figure (封顶3000-5000元, 补助标准上限为3-5万元):
# the bound of what is granted, which a range states itself (r38p).
_LIMIT_THEN_FIGURE_RE: Final = re.compile("(?:" + "|".join(_LIMIT_WORDS) + r")(?:为|是)?:?$")


def _limit_word_before(text: str) -> bool:
    """Whether a limit word (封顶, 保底, 上限) stands right before *text*'s first figure.

    A range after it is read as the range, as ``90-95次(上限)`` names the limit after it:
    ``封顶3000-5000元`` is ``3000-5000(元)`` (r38p; it was text).

    Example:
        >>> _limit_word_before("封顶3000-5000元"), _limit_word_before("≤3000-5000元")
        (True, False)
    """
    digit = _FIRST_DIGIT_RE.search(text)
    if digit is None:
        return False
    return _LIMIT_THEN_FIGURE_RE.search(text, 0, digit.start()) is not None


def _comparison(norm: Normalized) -> Comparison | Range | None:
    number = _number_expression(norm, "target")
    if number is None:
        return None
    if number.high is not None:
        unit = number.unit
        if number.note is not None and unit is not None:
            # 104.9-129.7万头(只), 1.5-2万亩(次), 3-5万吨(标煤), 104.9-129.7万(头): a measure
            # word in brackets after the unit is part of it (万头只, 万亩次, 万吨标煤, 万头),
            # as ≥45万头（只） reads it as its note (letter34 H2)
            if not _is_unit_note(norm.text, number.note):
                return None
            unit = f"{unit}{number.note}"
        if number.more or (number.op is not None and not _limit_word_before(norm.text)):
            return None
        if number.high < number.value:
            return None  # 2023至1 is no range
        return Range(number.value, number.high, unit, number.label, text=norm.raw)
    op = number.op or (Op.GT if number.more else Op.EQ)
    note = number.note
    if note is not None:
        if "±" in note:
            # 100%(±5%), 100%(允许偏差±5%): the band the tolerance gives, never =100
            if op is not Op.EQ or number.more:
                return None
            band = _band_around(number.value, number.unit, number.label, note)
            return None if band is None else evolve(band, text=norm.raw)
        if _states_a_requirement(note, number.unit):
            return None  # 发表论文≥5篇(SCI≥2篇): a second requirement, for a reader
    return Comparison(op, number.value, number.unit, number.label, note, text=norm.raw)


# Words ranking a grade against another (优于AA级, 劣于3A级): no operator of a figure
# (优于90% says nothing of which way is better), but of a grade of A's, where more A's
# are the better grade (r35c).
_GRADE_RANK_WORDS: Final = MappingProxyType(
    {"优于": Op.GT, "好于": Op.GT, "劣于": Op.LT, "差于": Op.LT}
)


# A tolerance around a figure: ±5%, 允许偏差±5%, 误差±5, 上下浮动±5%.
_TOLERANCE_RE: Final = re.compile(
    rf"(?:允许|上下)?(?:偏差|误差|浮动|波动)?(?:范围)?[:为]?±(?P<tol>{AR_NUMBER})(?P<unit>.{{0,6}})"
)
# A figure (after a comma too: 90%以上,110%以下).
_FIGURE_RE: Final = re.compile(rf"(?<![\d.])(?:{AR_NUMBER})")
# The last character of an operator (symbol or word) right before a figure.
_BOUND_BEFORE_FIGURE_RE: Final = re.compile(
    "[" + "".join(sorted(re.escape(ch) for ch in _OP_PREFIX_TABLE.by_last)) + r"](?=\d)"
)


# What makes a bound in a bracket context, no second requirement: a legal or standard
# limit (法定≤20天, 国家标准≤30天), last year or a year's (上年≥97%, 2023年≥2个), a
# schedule (每季度≥1次), a scoring rule (≥95%得满分, 按≥90%计).
_CONTEXT_NOTE_RE: Final = re.compile(
    r"法定|法律|规定|标准|上年|去年|上一年|往年|同期|历年|(?:19|20)\d\d年|每(?:年|季|月|周|半年|旬|天|日)"
    r"|满分|得分|计分|扣分|分值|按.{0,12}计"
)


def _states_a_requirement(note: str, unit: str | None = None) -> bool:
    """Whether a bracket after a figure states a second requirement, no remark.

    A figure in it follows an operator symbol or word that bounds it
    (``SCI≥2篇``, ``其中优良率不低于60%``); ``=`` and ``为`` do not (``n=300`` gives
    the sample). A bound given as context is no requirement: a legal or standard
    limit, last year's or another year's figure, a schedule or a scoring rule
    (``法定≤20天``, ``上年≥97%``, ``每季度≥1次``, ``≥95%得满分``), unless the
    bracket says ``其中``. After a rate (*unit* ``%`` or ``‰``), a bound on a count in
    a measure of its own defines what the rate counts (``≥90%（大班≤35人）``: the share of
    classes of at most 35 children), no second requirement (parse39 H1).
    """
    if note.startswith(_ASPIRATION_WORDS):
        return False  # ≥95%(力争达到98%): what is aimed at beyond the floor, no requirement
    if "其中" not in note and _CONTEXT_NOTE_RE.search(note) is not None:
        return False
    for found in _BOUND_BEFORE_FIGURE_RE.finditer(note):
        operator = _OP_PREFIX_TABLE.ending(note, found.end(), whole=True)
        if operator is not None and operator[1] is not Op.EQ:
            if (
                unit in _RATE_UNITS
                and "其中" not in note
                and _COUNT_BOUND_RE.match(note, found.end()) is not None
            ):
                continue  # ≥90%(大班≤35人): the rate's criterion, a count in 人
            return True
    return False


# A rate's units, and a figure in a measure word that is none (35人, 20分钟: no %).
_RATE_UNITS: Final = frozenset({"%", "‰"})
_COUNT_BOUND_RE: Final = re.compile(rf"(?:{AR_NUMBER})(?![\d.%‰‱]|个百分点|百分点)[\u4e00-\u9fff]")


def _floor_and_aspiration(norm: Normalized) -> Comparison | None:
    """A floor and an aspiration beyond it in two clauses: the floor, the aspiration its note.

    ``确保95%,力争98%``, ``不低于90%,力争达到95%``, ``≥95%;力争98%``, ``≥95%⏎力争98%``
    (a line break after a figure joins the lines) and the other order, ``力争98%,确保95%``,
    read as ``95%以上(力争98%)`` does. Each clause must be a comparison of its own, in one
    unit; the canonical text prints the aspiration as a bracket note, and must read back.

    Example:
        >>> str(_floor_and_aspiration(normalize("满意度不低于85%，力争达到90%")))
        '满意度≥85(%)(力争达到90%)'
    """
    text = norm.text
    found = _ASPIRATION_RE.search(text)
    if found is None:
        return None
    if found.start() == 0:
        sep = _TARGET_SEP_RE.search(text)
        if sep is None:
            return None
        aspiration, floor = text[: sep.start()], text[sep.end() :]
    else:
        floor, aspiration = text[: found.start()], text[found.start() :]
        if floor[-1] in ",;":
            floor = floor[:-1]
    if (
        not floor
        or _ASPIRATION_RE.search(floor) is not None
        or _TARGET_SEP_RE.search(aspiration) is not None
        or _has_brackets(aspiration)
    ):
        return None
    base = _target_number(floor)
    aim = _target_number(aspiration)
    if (
        not isinstance(base, Comparison)
        or base.note is not None
        or not isinstance(aim, Comparison)
        or aim.unit not in (None, base.unit)
    ):
        return None
    if base.op is Op.EQ and aim.value != base.value:
        # 确保95%,力争98%: the figure guaranteed beside one aimed at beyond it is a floor
        # (a ceiling below: 确保5%,力争3%), whatever the bare figure alone would be
        base = evolve(base, op=Op.GE if aim.value > base.value else Op.LE)
    result = evolve(base, note=aspiration, text=norm.raw)
    return result if _target_number(str(result)) == result else None


def _band_around(
    value: Decimal, unit: str | None, label: str | None, tolerance: str
) -> Range | None:
    """The range *tolerance* (``±5%``, ``允许偏差±5%``) gives around *value*, or None.

    The tolerance is in the figure's unit (``95%±2%``: 93-97 %, ``100±5``: 95-105).
    A percentage around a figure without a unit is a share of that figure, and the
    band has no unit either (``500±10%``: 450-550; ``100±5%``: 95-105). Another unit
    (``100万元±5%``) gives none, nor does a band that would not read back (``-5±2``:
    ``-7--3``).
    """
    found = _TOLERANCE_RE.fullmatch(tolerance)
    if found is None:
        return None
    tol_unit = found["unit"] or None
    if tol_unit is not None and (not _is_unit(tol_unit) or unit not in (None, tol_unit)):
        return None
    tol = to_decimal(found["tol"])
    if unit is None and tol_unit == "%":
        tol = value * tol / 100  # 500±10%: a tenth of 500 either way
        tol_unit = None
    if tol <= 0:
        return None
    band = Range(value - tol, value + tol, unit or tol_unit, label)
    return band if _target_number(str(band)) == band else None


def _plus_minus(text: str) -> Range | None:
    """``100±5``, ``95%±2%``, ``预算执行率100%±5%``: the band around the figure, or None."""
    at = text.find("±")
    if at <= 0 or "±" in text[at + 1 :]:
        return None  # ±5% alone gives no figure to go around
    base = _target_number(text[:at])
    if not isinstance(base, Comparison) or base.op is not Op.EQ or base.note is not None:
        return None
    return _band_around(base.value, base.unit, base.label, text[at:])


# The last characters of a band word after the range (之间, 区间, 范围内), of a floor
# (≥, 以上, 不低于, 不少于, 不小于, 大于等于) and of a ceiling (≤, 以下, 以内, 不高于,
# 不超过, 不大于, 不多于, 小于等于).
_BAND_TAIL_LASTS: Final = frozenset("间围内")
_FLOOR_CHARS: Final = "≥上低少小大"
_CEILING_CHARS: Final = "≤下内高超大多小"


def _holds_any(text: str, chars: str) -> bool:
    """Whether *text* holds one of *chars* (no set of *text* built: see _two_sided).

    Example:
        >>> _holds_any("90%以上", _FLOOR_CHARS), _holds_any("90%以上", _CEILING_CHARS)
        (True, False)
    """
    for char in chars:  # noqa: SIM110 - any() over a generator is slower
        if char in text:
            return True
    return False


# The characters one of the shapes of a band needs (且, 以上, 之间, 区间, 范围, 介于, 处于,
# 在, ≤, ≥, a comma, ±, 不高于, 小于等于, (含)): one set test settles most cells.
_BAND_HINT_RE: Final = re.compile("[且以之区范介处在≤≥,±不小(内、]")
# Words after a range that say it is a band (95%至100%之间), and before it (在95%-100%,
# 介于95%至100%, 温度控制在18-22℃).
_BAND_TAIL_TABLE: Final = _WordTable(
    (word, word) for word in ("之间", "区间内", "区间", "范围内", "范围之内", "范围")
)
_BAND_LEAD_TABLE: Final = _WordTable(
    (word, word) for word in ("介于", "处于", "控制在", "保持在", "稳定在", "维持在", "在")
)
# What ends the first figure: every shape of a band has a second one after it.
_AFTER_FIGURE_RE: Final = re.compile(r"[^\d.,]")
# What may join two bounds (≥98%且≤100%, ≥95%,≤100%, ≥90%,且≤110%).
_BOUND_JOINS: Final = (",且", "且,", "并且", "且", ",", "、")
# A label between its two bounds: 90%≤执行率≤110%, 6≤pH≤9 (the units checked after).
_AROUND_LABEL_RE: Final = re.compile(
    rf"(?P<low>-?{AR_NUMBER})(?P<low_unit>[^\d≤<]{{0,6}})(?P<first>[≤<])"
    rf"(?P<label>[^\d≤≥<>=()\[\]]{{1,20}})(?P<second>[≤<])(?P<high>-?{AR_NUMBER})"
    r"(?P<high_unit>.{0,6})"
)


def _two_sided(norm: Normalized) -> Comparison | Range | None:
    """A band written as two bounds or in band words, or None.

    ``≥98%且≤100%``, ``不低于90%不高于110%``, ``90%以上110%以下``, ``90%(含)-110%(含)``,
    ``95%至100%之间``, ``在95%-100%之间``, ``温度控制在18-22℃``, ``90%≤执行率≤110%``: the
    range of the two figures, with the label. Both ends must include their figure (a
    range has no strict end): ``>90%且<110%`` and ``90%(不含)-110%`` stay prose, and so do
    two bounds of different labels or units.
    """
    text = norm.text
    band: Comparison | Range | None = None
    ends: tuple[Decimal, Decimal] | None = None
    if text[-1] == ")" and "(含" in text:
        # 80%~90%之间(含80%、90%): both ends named inclusive, as a range's ends are
        found = _BOTH_ENDS_RE.search(text)
        if found is not None:
            ends = to_decimal(found["low"]), to_decimal(found["high"])
            text = text[: found.start()]
            band = _target_number(text)
    if "(含)" in text:
        text = text.replace("(含)", "")  # 90%(含)-110%(含): inclusive, as a range is
        band = _target_number(text)
    if not isinstance(band, Range):
        # Each shape shows its own characters: ±, two ≤ around a label, a band word, or a
        # floor and a ceiling (≥, 以上, 不低于, 不少于 … and ≤, 以下, 以内, 不高于 …).
        # (Each character looked for with ``in``: the set of the cell's characters it
        # tested before built a string per character, 10-15 µs on a long cell; r39a.)
        band = (
            (_plus_minus(text) if "±" in text else None)
            or (_around_label(text) if "≤" in text else None)
            or (
                _in_band_words(text)
                if text[-1] in _BAND_TAIL_LASTS or "在" in text or "介于" in text or "处于" in text
                else None
            )
            or (_range_time_limit(text) if text[-1] == "内" and ends is None else None)
            or (
                _two_bounds(text)
                if _holds_any(text, _FLOOR_CHARS) and _holds_any(text, _CEILING_CHARS)
                else None
            )
        )
    if band is None or (
        ends is not None and (not isinstance(band, Range) or (band.low, band.high) != ends)
    ):
        return None  # (含85%、90%) after 80%~90%: the bracket names other figures
    again = _comparison(Normalized(str(band), str(band), None))
    return evolve(band, text=norm.raw) if again == band else None


# Both ends of a range named inclusive in a closing bracket: (含80%、90%), (含80%和90%).
_BOTH_ENDS_RE: Final = re.compile(
    rf"\(含(?P<low>{AR_NUMBER})%?(?:、|,|和|与|及|以及)(?P<high>{AR_NUMBER})%?\)$"
)


def _target_number(text: str) -> Comparison | Range | None:
    """*text* (a piece of a cell) as a comparison or a range, or None (never an error)."""
    try:
        return _comparison(Normalized(text, text, None))
    except ExpressionError:
        return None


def _around_label(text: str) -> Range | None:
    """``90%≤执行率≤110%``, ``6≤pH≤9``: a label between its two bounds."""
    found = _AROUND_LABEL_RE.fullmatch(text) if "≤" in text or "<" in text else None
    if found is None or found["first"] != "≤" or found["second"] != "≤":
        return None  # < : a range has no strict end
    units = {unit for unit in (found["low_unit"], found["high_unit"]) if unit}
    if len(units) > 1 or not all(_is_unit(unit) for unit in units):
        return None
    prefix = _prefix(found["label"], "target")
    if prefix is None or prefix[0] != found["label"]:
        return None
    low, high = to_decimal(found["low"]), to_decimal(found["high"])
    if high < low:
        return None
    return Range(low, high, units.pop() if units else None, found["label"])


def _in_band_words(text: str) -> Range | None:
    """``95%至100%之间``, ``在95%-100%之间``, ``温度控制在18-22℃``: a range in band words.

    Between 介于 (or 在) and 之间 the two figures may be joined by 与, 和 or 及
    (``介于80%与90%之间``), as in a sentence.
    """
    tail = _BAND_TAIL_TABLE.ending(text, len(text))
    body = text[: -len(tail[0])] if tail is not None else text
    digit = _FIRST_DIGIT_RE.search(body)
    if digit is None:
        return None
    start = digit.start() - (body[digit.start() - 1 : digit.start()] == "-")
    head = body[:start]
    lead = _BAND_LEAD_TABLE.ending(head, len(head), whole=True)
    if lead is None and tail is None:
        return None
    figures = body[start:]
    if lead is not None:
        head = head[: -len(lead[0])]
        if tail is not None and tail[0] == "之间":
            figures = _AND_BETWEEN_RE.sub(r"\1至", figures, count=1)
    band = _target_number(head + figures)
    return band if isinstance(band, Range) else None


# The 与/和/及 between two figures of 介于…之间 (介于80%与90%之间): a range's 至.
_AND_BETWEEN_RE: Final = re.compile(r"^(-?[\d.,]+[^\d与和及]{0,6}?)(?:与|和|及)(?=-?\d)")


# A time limit given as a range and 内 or 以内 (3-5个工作日内, 2至3天以内): done within the
# longer end is in time.
_TIME_LIMIT_UNITS: Final = frozenset(
    {"天", "日", "个工作日", "工作日", "小时", "个小时", "分钟", "周", "个月", "月", "年"}
)


def _range_time_limit(text: str) -> Comparison | None:
    """``3-5个工作日内``: a time limit of the longer end, ``≤5(个工作日)``, or None."""
    body = text[:-2] if text.endswith("以内") else text[:-1]
    band = _target_number(body)
    if not isinstance(band, Range) or band.unit not in _TIME_LIMIT_UNITS:
        return None
    label = band.label
    lead = None if label is None else _BAND_LEAD_TABLE.ending(label, len(label), whole=True)
    if label is not None and lead is not None:
        label = label[: -len(lead[0])] or None  # 在3-5个工作日内: 在 is no label
    return Comparison(Op.LE, band.high, band.unit, label)


def _two_bounds(text: str) -> Range | None:
    """``≥98%且≤100%``, ``不低于90%不高于110%``, ``90%以上110%以下``: a floor and a ceiling."""
    numbers = list(_FIGURE_RE.finditer(text))
    if len(numbers) != 2:  # noqa: PLR2004 - a floor and a ceiling
        return None
    first_at, second_at = numbers[0].start(), numbers[1].start()
    first_at -= text[first_at - 1 : first_at] == "-"  # ≥-5%: the sign is the figure's
    if text[second_at - 1 : second_at] == "-" and _is_sign(text[:second_at]):
        second_at -= 1  # ≥-10%且≤-5%: the sign belongs to the second figure
    operator = _OP_PREFIX_TABLE.ending(text, second_at)
    cut = second_at - len(operator[0]) if operator is not None else second_at
    head = text[:cut]
    for join in _BOUND_JOINS:
        if head.endswith(join):
            head = head[: -len(join)]
            break
    # Both bounds say so: an operator before each figure or a suffix word after it (a
    # cheap test before parsing the two halves).
    if not (
        _OP_PREFIX_TABLE.ending(text, first_at, whole=True)
        or _OP_SUFFIX_TABLE.ending(head, len(head))
    ) or not (operator or _OP_SUFFIX_TABLE.ending(text, len(text)) or text[-1] == ")"):
        return None
    first, second = _target_number(head), _target_number(text[cut:])
    if not isinstance(first, Comparison) or not isinstance(second, Comparison):
        return None
    if first.op is Op.LE and second.op is Op.GE:
        first, second = second, first  # ≤100%且≥98%
    if (
        first.op is not Op.GE
        or second.op is not Op.LE
        or first.note is not None
        or second.note is not None
        or second.label not in (None, first.label)  # 满意度≥90%且投诉率≤5%: two indicators
        or (first.unit is not None and second.unit not in (None, first.unit))
        or second.value < first.value
    ):
        return None
    return Range(first.value, second.value, first.unit or second.unit, first.label)


def _any_of(norm: Normalized, year: int | None) -> AnyOf | None:
    text = norm.text
    if "或" not in text or len(text) > _LONGEST_NUMBER_EXPRESSION or ";" in text:
        return None  # no target holds a clause break: 或 inside prose
    parts = text.split("或")
    if any(not part or len(part) > _LONGEST_NUMBER_EXPRESSION for part in parts):
        return None
    if not _balanced(text):
        return None
    if not any(_NUMBER_HINT_RE.search(part) or part in _FAMILY_OF for part in parts):
        return None  # prose that happens to say 或
    if any(_OP_SUFFIX_TABLE.starting(part) is not None for part in parts[1:]):
        return None  # 95%或以上达标, …或以下合格: 或 inside an operator, no alternatives
    options: list[Target] = []
    for part in parts:
        try:
            options.append(_parse_target_normalized(normalize(part), year, allow_any_of=False))
        except ExpressionError:
            return None  # a broken option: the cell is prose (or broken as a whole)
    if all(isinstance(option, Descriptive) for option in options):
        return None
    if any(
        isinstance(option, Descriptive)
        and (
            option.description in _OP_PREFIX_TABLE.words
            or option.description in _OP_SUFFIX_TABLE.words
        )
        for option in options
    ) or any(
        isinstance(option, Descriptive) and _operator_ends(option.description, "target")
        for option in options[:-1]
    ):
        # 不高于或等于5%, 水质达到或好于Ⅲ类水体比例≥80%: 或 inside one operator (an option
        # that ends with an operator word), no alternatives
        return None
    return AnyOf(tuple(options), text=norm.raw)


# 零增长 (“三公”经费零增长): a change of at most 0 %, no growth; 负增长 below 0 %, 正增长
# above. As a target the operator, as a value the bound (scoring judges a change, 下降5%
# or -5.3%, against them).
_GROWTH_WORDS: Final = {
    "零增长": (Op.LE, Bound.EXACT),
    "负增长": (Op.LT, Bound.LESS_THAN),
    "正增长": (Op.GT, Bound.MORE_THAN),
}
_GROWTH_SYMBOLS: Final = {Op.LE: "≤", Op.LT: "<", Op.GT: ">"}


def _labelled_growth(text: str, role: str) -> tuple[str, Op, Bound] | None:
    """``三公经费零增长``: a growth word after its subject, the subject's growth.

    The label is the subject with 增长 (``三公经费增长``), a change label as ``增长`` is;
    None unless the label reads back the same before the operator (a baseline, 同比零增长,
    stays prose, as 同比下降5% does).

    Example:
        >>> _labelled_growth("三公经费负增长", "target")
        ('三公经费增长', <Op.LT: '<'>, <Bound.LESS_THAN: 'less_than'>)
    """
    growth = _GROWTH_WORDS.get(text[-3:])
    if growth is None or len(text) <= 3:  # noqa: PLR2004 - the word alone is read above
        return None
    label = text[:-3].rstrip(":, ") + "增长"
    op, bound = growth
    # (a value prints its bound as the operator symbol, and reads it back as one)
    symbol = "" if role == "value" and bound is Bound.EXACT else _GROWTH_SYMBOLS[op]
    if _prefix(label + symbol, role) != (label, _OP_SYMBOLS.get(symbol), None):
        return None
    return label, op, bound


_BREAK_BEFORE_OR_RE: Final = re.compile("[,;](?=或)")
_CLAUSE_END_RE: Final = re.compile("[,;。]")
# The clauses after 或 that make the cell a floor or a ceiling (合格⏎或以上: ≥合格).
_OR_BOUND_CLAUSES: Final = frozenset({"以上", "及以上", "以下", "及以下"})


def _option_clauses(text: str, year: int | None) -> bool:
    """Whether each clause after a break and ``或`` in *text* is a target of its own.

    A figure, a grade or quality word or a date (``优;或良``, ``8个;或10个``,
    ``2024年10月底前;或2024年12月底前``), or a bound word (``合格;或以上``), is a
    second option; words alone (``2024年10月底前,或按上级要求``, ``或根据上级通知调整``)
    are a remark on the first, which the other rules keep as its note.
    """
    for found in _BREAK_BEFORE_OR_RE.finditer(text):
        start = found.end() + 1  # after 或
        end = _CLAUSE_END_RE.search(text, start)
        clause = text[start : end.start() if end is not None else len(text)]
        if clause in _OR_BOUND_CLAUSES:
            continue
        if clause == "":
            return False
        try:
            option = _parse_target_normalized(Normalized(clause, clause, None), year)
        except ExpressionError:
            return False
        if isinstance(option, Descriptive):
            return False
    return True


def _or_after_break(norm: Normalized, year: int | None, *, allow_any_of: bool) -> Target | None:
    """*norm* read with the clause break before each ``或`` dropped, unless that is prose.

    ``优;或良`` (a cell wrapped in a narrow column, ``优⏎或良``) is ``优或良``, and
    ``合格;或以上`` is ``合格或以上`` (``≥合格``); a cell that reads as prose or breaks
    that way, or whose 或 clause is words with no figure, grade or date of its own
    (``2024年10月底前,或按上级要求``: the deadline and its remark), is left to the other
    rules.
    """
    text = norm.text
    if not _option_clauses(text, year):
        return None
    origin = norm.origin if norm.origin is not None else list(range(len(text) + 1))
    keep = [i for i in range(len(text)) if not _BREAK_BEFORE_OR_RE.match(text, i)]
    joined = Normalized(
        norm.raw, "".join(text[i] for i in keep), [*(origin[i] for i in keep), origin[len(text)]]
    )
    try:
        target = _parse_target_normalized(joined, year, allow_any_of=allow_any_of)
    except ExpressionError:
        return None
    return None if isinstance(target, Descriptive) else target


# Last year's level named, its figure in brackets (不低于上年规模（2.6万人）): parse39 H4.
_LAST_YEAR_BASE_RE: Final = re.compile(
    r"(?P<base>(?:上年|去年|上一年|上年度)(?:规模|水平|实际|实际数|完成数|同期|同期水平)?)"
    r"\((?P<figure>\d[\d.,]*[^\d.,()]+)\)"
)


def _last_year_in_bracket(norm: Normalized, year: int | None) -> Comparison | None:
    """``不低于上年规模（2.6万人）``: the bracket gives last year's figure (parse39 H4).

    Read as ``不低于2.6万人（上年规模）``: ``≥2.6(万人)``, the note the baseline's name.

    Example:
        >>> str(_last_year_in_bracket(normalize("不低于上年规模（2.6万人）"), None))
        '≥2.6(万人)(上年规模)'
    """
    operator = _OP_PREFIX_TABLE.starting(norm.text)
    if operator is None or operator[1] not in (Op.GE, Op.GT, Op.LE, Op.LT):
        return None
    found = _LAST_YEAR_BASE_RE.fullmatch(norm.text, len(operator[0]))
    if found is None:
        return None
    restated = normalize(f"{operator[0]}{found['figure']}({found['base']})")
    try:
        target = _parse_target_normalized(restated, year)
    except ExpressionError:
        return None
    if not isinstance(target, Comparison) or target.label is not None or target.unit is None:
        return None
    return evolve(target, text=norm.raw)


# A lone 0 in a short cell (0投诉, 0事故, 安全事故0发生): maybe 零 typed as a figure.
_LONE_ZERO_RE: Final = re.compile(r"(?<![\d.])0(?![\d.])")
_LONGEST_ZERO_IN_FIGURES: Final = 20
_DIGIT_BUT_ZERO_RE: Final = re.compile(r"[1-9]")


def _zero_in_figures(text: str) -> str | None:
    """The zero-family phrase *text* is with its lone ``0`` read as ``零``, else None.

    ``0投诉`` is ``零投诉`` and ``安全事故0发生`` ``安全事故零发生``: an incident none of
    which happened, no count of 0 in the unit 投诉 (which no actual in 次 or 起 could
    be compared with). A 0 before a measure word (``0起``, ``投诉0次``, ``0项…失传``)
    is a count, as written.

    Example:
        >>> _zero_in_figures("0投诉"), _zero_in_figures("0起"), _zero_in_figures("10投诉")
        ('零投诉', None, None)
    """
    if len(text) > _LONGEST_ZERO_IN_FIGURES or text.count("0") != 1:
        return None
    if _DIGIT_BUT_ZERO_RE.search(text) is not None:
        return None  # 2023年底前完成, 10月: another digit (the cheap test before the scans)
    if not any("\u4e00" <= char <= "\u9fff" for char in text):
        return None  # 0 alone is the figure
    zeros = list(_LONE_ZERO_RE.finditer(text))
    if len(zeros) != 1 or sum(char.isdigit() for char in text) != 1:
        return None
    if text[zeros[0].end() : zeros[0].end() + 1] in voc.MEASURE_WORDS:
        return None  # 0项濒危项目失传, 0起: a count of 0, as written
    worded = _LONE_ZERO_RE.sub("零", text)
    if _FAMILY_OF.get(worded) == "zero" or (_may_be_zero(worded) and _ZERO_RE.fullmatch(worded)):
        return worded
    return None


# A short cell whose one digit is a lone 0 and which holds a Chinese character: the cheap
# test before the fast routes, which would read 0投诉 as 0 of the unit 投诉. (A cell it
# matches holds exactly one ASCII 0: the routes count them before the call.)
_RAW_ONE_ZERO_RE: Final = re.compile(r"[^\d.]{0,19}0[^\d.]{0,19}")


def _raw_zero_in_figures(text: str) -> str | None:
    """:func:`_zero_in_figures` of a raw cell, tried before the fast routes."""
    if len(text) > _LONGEST_ZERO_IN_FIGURES or _RAW_ONE_ZERO_RE.fullmatch(text) is None:
        return None
    return _zero_in_figures(normalize(_without_noncharacters(text)).text)


# 零差错率, 零投诉率, 零事故率: a rate of none, read as 差错率为零 is.
# The rate must be of an incident (差错, 投诉, 事故发生): 零增长率 is no 增长率=0, as 零增长
# is a change of at most 0 %, and 零平方公里完成率 is prose.
_ZERO_RATE_RE: Final = re.compile(f"零(?P<rate>[\u4e00-\u9fff]{{0,6}}?(?:{_INCIDENTS})(?:发生)?率)")


def _parse_target_normalized(
    norm: Normalized, year: int | None, *, allow_any_of: bool = True, listed: bool = False
) -> Target:
    text = norm.text
    if text == "":
        raise ExpressionError("empty expression", norm.raw, (0, len(norm.raw)))
    if text in voc.NOT_APPLICABLE:
        return NotApplicable(text, text=norm.raw)
    family = _FAMILY_OF.get(text)
    if family is not None:
        return QualitativeTarget(text, family, text=norm.raw)
    if _realised_slogan(text):
        return Descriptive(text, text=norm.raw)  # 实现最多跑1次 as 实现最多跑一次 (r38p)
    if ("半" in text or "大部分" in text) and (past := _past_half_target(text)) is not None:
        return evolve(past, text=norm.raw)  # 完成过半, 进度过半: >50 %, as the values (r39g)
    if "或" in text and (";或" in text or ",或" in text):
        # 优⏎或良, 优；或良, 合格⏎或以上: a clause that begins with 或 is the second
        # option (or 或以上 the operator), never a remark: the cell without the break
        joined = _or_after_break(norm, year, allow_any_of=allow_any_of)
        if joined is not None:
            return joined
    if "0" in text and (zero_word := _zero_in_figures(text)) is not None:
        return QualitativeTarget(zero_word, "zero", text=norm.raw)  # 0投诉 as 零投诉
    if text[0] == "零" and (rate := _ZERO_RATE_RE.fullmatch(text)) is not None:
        # 零差错率 is 差错率为零: the rate, 0 (it was prose)
        return _parse_target_normalized(
            Normalized(norm.raw, f"{rate['rate']}为零", None), year, allow_any_of=allow_any_of
        )
    if ("+" in text or text.endswith(("%多", "‰多"))) and (more := _plus_as_more(text)) is not None:
        # 200+人, 95%+ as a target: more than it, as 200余人 is and as the value reads (r35j)
        try:
            read = _parse_target_normalized(
                Normalized(norm.raw, more, None), year, allow_any_of=allow_any_of
            )
        except ExpressionError:
            read = None
        if isinstance(read, Comparison) and read.op is Op.GT:
            return read
    if "/" in text and (every := _COUNT_PER_PERIODS_RE.fullmatch(text)) is not None:
        # 1次/2年 is 每2年1次, ≥1次/两年 每两年≥1次: a count per some periods reads as the
        # schedule written with 每 does (r35j: it was prose)
        per = f"每{every['periods']}{every['period']}{every['op'] or ''}{every['count']}"
        try:
            read = _parse_target_normalized(
                Normalized(norm.raw, per, None), year, allow_any_of=allow_any_of
            )
        except ExpressionError:
            read = None
        if isinstance(read, Comparison) or (isinstance(read, Descriptive) and read.recurring):
            return read
    if text[-1] == "次" and (figured := _worded_schedule_count(text)) is not None:
        # 每两年一次, 每季度一次, 每年两次: the count in a Chinese numeral after a schedule
        # reads as its figure does (每两年1次, r35r: it was prose)
        try:
            read = _parse_target_normalized(
                Normalized(norm.raw, figured, None), year, allow_any_of=allow_any_of
            )
        except ExpressionError:
            read = None
        if isinstance(read, Comparison):
            return read
    if text[0] == "每" and (figures := _schedule_in_words(text)) is not None:
        # 每2个月1次 is 每两个月1次, 每10天1次 每十天1次, its label in figures (每2个月): the same
        # schedule in figures reads as in words (r36b: it was prose)
        said, words, in_words = figures
        try:
            read = _parse_target_normalized(
                Normalized(norm.raw, in_words, None), year, allow_any_of=allow_any_of
            )
        except ExpressionError:
            read = None
        if isinstance(read, (Comparison, Range)) and (read.label or "").startswith(words):
            return evolve(read, label=said + (read.label or "")[len(words) :])
    if text in SAME_DAY_WORDS:
        # 即时办结 as a target is what it is as a value: within one working day (parse18 M4)
        return Comparison(Op.LE, Decimal(1), "个工作日", note=text, text=norm.raw)
    growth = _GROWTH_WORDS.get(text)
    if growth is not None:
        return Comparison(growth[0], Decimal(0), "%", label="增长", text=norm.raw)
    if text.endswith("增长"):
        grown = _labelled_growth(text, "target")
        if grown is not None:
            return Comparison(grown[1], Decimal(0), "%", label=grown[0], text=norm.raw)
    if text.startswith("十分") and _VERY_WORD_RE.fullmatch(text, 2) is not None:
        # 十分满意, 十分稳定: the degree 十分 (very), as 非常满意 is, no 10 of a unit 分满意
        return Descriptive(text, text=norm.raw)
    if text[-1] == ")" and ("上" in text or "去年" in text):
        based = _last_year_in_bracket(norm, year)
        if based is not None:
            return based
    digit = _FIRST_RUN_RE.search(text)  # its start is the first digit
    if (
        digit is not None
        and digit.start() == 0
        and (len(text) == 8 or ":" in text or "/" in text[1:3])  # noqa: PLR2004
    ):
        exported = _exported_deadline(norm, year)
        if exported is not None:
            return exported
    if ("前" in text or "周" in text) and _NAMED_DAY_HINT_RE.search(text) is not None:
        # 春节前发放到位, 国庆节前完成, 2025年第20周: a festival's eve or a week's Sunday
        named = _named_day_deadline(norm, year)
        if named is not None:
            return named
    if (
        digit is not None
        and "-" in text  # STANDARD_CODE_RE holds a literal -: none, no code
        and (code := STANDARD_CODE_RE.search(text)) is not None
        and _FIRST_DIGIT_RE.search(text[: code.start()] + text[code.end() :]) is None
    ):
        # 符合CJJ45-2015标准, 满足JGJ/T 123-2014: the code is the only figure, a name
        return Descriptive(text, text=norm.raw)
    if digit is not None and only_tech_names(text):
        return Descriptive(text, text=norm.raw)  # 支持IPv6, 5G网络全覆盖: a name, no figure
    if _FAST_PATHS and digit is not None and _no_plain_reading(text, digit):
        # _plain_number reads nothing here either: the number grammar takes that from
        # _LAST_PLAIN instead of matching the same text again (see _no_plain_reading)
        _LAST_PLAIN[0] = (text, "target", None)
    elif _FAST_PATHS and digit is not None:
        simple = _simple_number(text)
        if simple is not None:
            return _simple_target(simple, norm.raw)
        fast = _fast_target(norm, digit.start())
        if fast is not None:
            return fast
    after_marker = None if listed else _after_list_marker(norm)
    if after_marker is not None:
        # 1.满意度≥90%, 1）满意度≥90%, 一、满意度≥90%: one of a list; the marker is no label
        # (and no broken bracket), when the rest is a labelled comparison. One marker:
        # 1.1.满意度 is no list item.
        try:
            item = _parse_target_normalized(
                after_marker, year, allow_any_of=allow_any_of, listed=True
            )
        except ExpressionError:
            item = None
        if isinstance(item, (Comparison, Range)) and item.label is not None:
            return item
    if _looks_like_comparison(text) or (digit is not None and _OP_SYMBOL_RE.search(text)):
        _check_brackets(norm)
    first = text[0]
    if (first in _DEADLINE_START or first == "次" or "(" in text) and _DATE_HINT_RE.search(text):
        dated = _dated_target(norm, year)
        if dated is not None:
            return dated
    if first in _NO_LATER_FIRSTS and _DATE_HINT_RE.search(text):
        dated = _no_later_than(norm, year)
        if dated is not None:
            return dated
    if digit is not None and ("期" in text or "时" in text):
        labelled = _labelled_date(norm, year)
        if labelled is not None:
            return labelled
    short = len(text) <= _LONGEST_WORD_CELL
    qualitative = None if not short or digit is not None else _qualitative_target(norm)
    if qualitative is not None:
        return qualitative
    head_ends = text[: _LONGEST_WORD_CELL + 1]  # a word's separator stands within these
    if not text[0].isdigit() and (text[-1] == ")" or "," in head_ends or ";" in head_ends):
        qualitative = _qualitative_with_remark(norm)
        if qualitative is not None:
            return qualitative
    # A number expression's number is a digit, 百分之, or a Chinese numeral at the start
    # (after an operator word) or after an operator word that follows a label: see
    # _find_number.
    has_number = (
        digit is not None
        or "百分之" in text
        or "千分之" in text
        or "万分之" in text
        or text.endswith("为零")
        or (text[0] in _CN_START_FIRSTS and _CN_START_RE.match(text) is not None)
        or (
            len(text) <= _LONGEST_NUMBER_EXPRESSION
            and _CN_AFTER_OP_RE.search(text, 1) is not None  # most cells: no call below
            and _cn_after_operator(text, len(text)) is not None
        )
        or (
            len(text) <= _LONGEST_NUMBER_EXPRESSION
            and ("千" in text or "万" in text or "百" in text)
            and _SCALE_WORD_RE.search(text) is not None
        )
        or ("成" in text and _TENTHS_RE.search(text) is not None)  # digit is None here
        # 进入前三名, 排名前三: a rank (see _rank_in_figures)
        or ("前" in text and _RANK_NUMERAL_RE.search(text) is not None)
        or ("AA" in text and _A_GRADE_RE.search(text) is not None)  # AAAA级 is 4A级
        or ("元" in text and _CAPITAL_RE.search(text) is not None)  # 伍佰万元
    )
    comparison = _comparison(norm) if has_number else None
    if comparison is not None:
        return comparison
    if has_number and ("力争" in text or "争取" in text):  # _ASPIRATION_WORDS, inline
        # 确保95%,力争98%: the floor, the aspiration its note
        aspired = _floor_and_aspiration(norm)
        if aspired is not None:
            return aspired
    if (
        digit is not None
        and len(text) <= _LONGEST_NUMBER_EXPRESSION
        and "或" not in text  # alternatives (any_of), no band
        and (after := _AFTER_FIGURE_RE.search(text, digit.start())) is not None
        and _FIRST_DIGIT_RE.search(text, after.end()) is not None  # a second figure
        and _BAND_HINT_RE.search(text) is not None
    ):
        # ≥98%且≤100%, 不低于90%不高于110%, 95%至100%之间, 90%≤执行率≤110%: a band
        band = _two_sided(norm)
        if band is not None:
            return band
    if allow_any_of:
        any_of = _any_of(norm, year)
        if any_of is not None:
            return any_of
    if text[0] in _OP_SYMBOLS:
        rest = text[1:]
        if (
            rest[:1] in _CN_NUMERAL_FIRSTS
            and "点" in rest
            and (pointed := _symbol_then_word_point(norm))
        ):
            return pointed  # ≥七点五公里 is ≥7.5公里, as 七点五公里 is 7.5公里
        if rest[:1] in _CN_NUMERAL_FIRSTS and (counted := _symbol_then_numeral(norm)) is not None:
            return counted  # ≥三场 is 不少于三场
        if _family_phrase(rest)[1] is not None or _starts_with_a_word(rest):
            # ≤良好, ≥良好以上, ≥二级: a word follows, but no target we can judge
            return Descriptive(text, text=norm.raw)
        if _is_letter_grade(rest):
            # ≥A级, ≥B级及以上: a letter grade, ranked on its scale as A级及以上 is (r34p);
            # ≥AA级 is no such cell: it reads as the figure ≥2A级, as AA级 reads as 2A级
            return Descriptive(text, text=norm.raw)
        if _FIRST_DIGIT_RE.match(text, 2 if text[1:2] in _SIGNS else 1):
            # ≥90%*, ≥1/3, ≤±5%: a number does follow the operator (the spec's error
            # is for none); what comes after it makes the cell prose.
            return Descriptive(text, text=norm.raw)
        restated = _symbol_before_its_word(norm)
        if restated is not None:
            return restated  # ≥不低于95%, =达到95%, ≥以上95%, ≥满意度90% (parse54 M1)
        on_base = _SYMBOL_BEFORE_BASE_RE.fullmatch(text)
        if on_base is not None:
            # ≤市场租金的70%: the share of a base, as 不高于市场租金的70% (parse43 M1)
            moved = _comparison(normalize(f"{on_base['base']}{on_base['op']}{on_base['share']}"))
            if moved is not None:
                return evolve(moved, text=norm.raw)
        raise _error(norm, "expected a number or a quality word after the operator", 1, len(text))
    if digit is None and (figured_count := _label_then_numeral(norm)) is not None:
        # 完成两次 as 完成2次, 开展十二场培训 as 开展12场培训: a count in Chinese numerals
        # after its label reads as its digit twin, as it does in a value (r37i)
        try:
            twin: Target | None = _parse_target_normalized(
                figured_count, year, allow_any_of=allow_any_of
            )
        except ExpressionError:
            twin = None
        if isinstance(twin, Comparison) and twin.unit is not None:
            return evolve(twin, text=norm.raw)
    recurring = text[:1] in _RECURRING_FIRSTS and _RECURRING_RE.match(text) is not None
    return Descriptive(text, recurring, text=norm.raw)


def _agreeing_word(text: str) -> tuple[str, bool] | None:
    """The bound word after *text*'s operator symbol that says the same bound, or None.

    A template's sign printed before the cell's own words: ``≥不低于``, ``≥达到``,
    ``≤不超过``, ``≤控制在``, and a word that is written after a figure put before it
    (``≥以上95%``, ``≤以内5天``: the flag is True for those). ``=`` agrees with a word of
    equality and with 达到/达 (a target to reach); a word of another bound
    (``≥不超过``, ``=不低于``) agrees with nothing.
    """
    sign = _OP_SYMBOLS.get(text[:1])
    if sign is None:
        return None
    before = _OP_PREFIX_TABLE.starting(text[1:])
    if before is not None and before[0] not in _OP_SYMBOLS:
        word, op = before
        if op is sign or (sign is Op.EQ and word in _REACH_WORDS):
            return word, False
        return None
    after = _OP_SUFFIX_TABLE.starting(text[1:])
    if after is not None and after[1] is sign and sign is not Op.EQ:
        return after[0], True
    return None


# The first characters of the bound words (a value's cheap test before _agreeing_word).
_OP_WORD_FIRSTS: Final = frozenset(
    word[0]
    for word in (*_OP_PREFIX_TABLE.words, *_OP_SUFFIX_TABLE.words)
    if word[0] not in _OP_SYMBOLS
)
# A label between an operator symbol and its figure (≥满意度90%): a name, no figure.
_LABEL_AFTER_SYMBOL_RE: Final = re.compile(r"[≥≤=<>]([\u4e00-\u9fff]{2,8})(?=\d)")


def _symbol_before_its_word(norm: Normalized) -> Comparison | None:
    """A target whose operator symbol stands before the words that say it, or None.

    ``≥不低于95%`` is ``不低于95%`` and ``=达到95%`` ``达到95%`` (≥95 %: the word is the
    cell's own, the sign a template's); ``≥以上95%`` is ``≥95%``; ``≥满意度90%`` is
    ``满意度≥90%``. A word of another bound (``≥不超过95%``) reads nothing.

    Example:
        >>> cells = ("≥不少于500人", "=达到95%", "≤以内5天", "≥满意度90%", "≥不超过95%")
        >>> [str(_symbol_before_its_word(normalize(t))) for t in cells]
        ['≥500(人)', '≥95(%)', '≤5(天)', '满意度≥90(%)', 'None']
    """
    text = norm.text
    agreeing = _agreeing_word(text)
    if agreeing is not None:
        word, moved = agreeing
        rest = text[0] + text[1 + len(word) :] if moved else text[1:]
        sign = _OP_SYMBOLS[text[0]]
        read = _comparison(Normalized(norm.raw, rest, None))
        if not isinstance(read, Comparison) or (read.op is not sign and word not in _REACH_WORDS):
            return None
        return evolve(read, text=norm.raw)
    labelled = _LABEL_AFTER_SYMBOL_RE.match(text)
    if labelled is None:
        return None
    label = labelled[1]
    moved_sign = f"{label}{text[0]}{text[labelled.end() :]}"
    read = _comparison(Normalized(norm.raw, moved_sign, None))
    if (
        not isinstance(read, Comparison)
        or read.label != label
        or read.op is not _OP_SYMBOLS[text[0]]
    ):
        return None
    return evolve(read, text=norm.raw)


# The operator words an operator symbol reads as before a Chinese numeral (≥三场).
_SYMBOL_WORDS: Final = MappingProxyType(
    {"≥": "不少于", "≤": "不超过", ">": "超过", "<": "少于", "=": ""}
)


def _symbol_then_numeral(norm: Normalized) -> Comparison | None:
    """An operator symbol, a Chinese numeral and a measure word, read as the words say it.

    ``≥三场`` is ``不少于三场`` (≥3 场), ``≥两次`` ``不少于两次``; a grade stays prose
    as it does after the words (``≥二级``, ``≥三等奖``), and so does a numeral with no
    measure word after it (``≥三``).

    Example:
        >>> [str(_symbol_then_numeral(normalize(t))) for t in ("≥三场", "≤两次", "≥二级")]
        ['≥3(场)', '≤2(次)', 'None']
    """
    text = norm.text
    number = _CN_RE.match(text, 1)
    if number is None or number.end() == len(text) or not _counted_in(text[number.end() :]):
        return None
    worded = _comparison(Normalized(norm.raw, _SYMBOL_WORDS[text[0]] + text[1:], None))
    if (
        not isinstance(worded, Comparison)
        or worded.unit is None
        or worded.op is not _OP_SYMBOLS[text[0]]
    ):
        return None
    return evolve(worded, text=norm.raw)


def _symbol_then_word_point(norm: Normalized) -> Comparison | None:
    """An operator symbol before a number in words with a point in words, or None.

    The number reads as its figures do (``≥七点五公里`` is ``≥7.5公里``, ``≤零点五%``
    ``≤0.5%``), as it does without the symbol and in a value: a decimal in words is no
    grade or rank, so no measure word need follow it (``≥七点五`` is ``≥7.5``), unlike
    a whole numeral (``≥三`` stays prose). A time of day (``≥三点五十分``) is no such
    number.

    Example:
        >>> [str(_symbol_then_word_point(normalize(t))) for t in ("≥七点五公里", "≥三点五十分")]
        ['≥7.5(公里)', 'None']
    """
    text = norm.text
    if _WORD_POINT_RE.match(text, 1) is None and _POINT_BEFORE_POINTS_RE.match(text, 1) is None:
        return None  # the point is not the number's right after the symbol (≥零点五分 is)
    pointed = _word_point(norm)
    if pointed is None:
        return None
    read = _comparison(pointed)
    if not isinstance(read, Comparison) or read.op is not _OP_SYMBOLS[text[0]]:
        return None
    return evolve(read, text=norm.raw)


# A time of day after a date, as exports of date cells write it (2024-12-31 00:00:00,
# 2024/12/31 0:00, 2024-12-31T00:00:00, 2024年12月31日 00:00).
_TIME_OF_DAY_RE: Final = re.compile(
    r"(?:(?<=\d)[ T]|(?<=[日号]))(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
)
# A month and day without a year, written with a slash, before 日 or "before" (12/31前,
# 6/30日前完成): 2/3以内 and 1/3以上 are fractions.
_SLASH_MONTH_DAY_RE: Final = re.compile(
    r"(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?:[日号]|(?=前|之前|以前))"
)


def _without_time_of_day(text: str) -> str | None:
    """*text* without the time of day that ends it (``2024-12-31 00:00:00``), if it has one."""
    if text[-3:-2] != ":" and ":" not in text[-10:]:
        return None
    for match in _TIME_OF_DAY_RE.finditer(text, 8):
        if match.end() == len(text):
            return text[: match.start()]
    return None


def _slash_month_day(text: str) -> str | None:
    """``12/31前`` written ``12月31日前``, which the date grammars read, or None."""
    match = _SLASH_MONTH_DAY_RE.match(text)
    if match is None:
        return None
    return f"{int(match['m'])}月{int(match['d'])}日{text[match.end() :]}"


def _exported_deadline(norm: Normalized, year: int | None) -> Deadline | None:
    """A deadline written as an export writes dates, or None.

    ``2024-12-31 00:00:00`` (a date cell exported with its time: the deadline is the
    day), ``12/31前`` (a month and day with a slash, the year the table's) and
    ``20241231`` (eight digits that make a valid date of this century).
    """
    text = norm.text
    dated: str | None = None
    timed = False
    if len(text) == 8 and _EIGHT_DIGIT_DATE_RE.fullmatch(text):  # noqa: PLR2004
        dated = f"{text[:4]}年{int(text[4:6])}月{int(text[6:])}日"
    elif "/" in text[1:3]:
        dated = _slash_month_day(text)
    else:
        dated = _without_time_of_day(text)
        timed = True
    if dated is None:
        return None
    try:
        deadline = _deadline_or_period(Normalized(norm.raw, dated, None), year)
    except ExpressionError:
        return None  # 2024-02-30 00:00:00, 13/31前: no date; the other grammars decide
    if not isinstance(deadline, Deadline) or (timed and deadline.part is not Part.DAY):
        return None  # a time of day belongs to a day
    return evolve(deadline, text=norm.raw)


def _exported_date(text: str, year: int | None) -> DateMatch | None:
    """A date value written as an export writes dates (``2024-11-20 00:00:00``, ``11/20日``)."""
    timed = False
    if "/" in text[1:3]:
        dated = _slash_month_day(text)
    else:
        dated = _without_time_of_day(text)
        timed = True
    if dated is None:
        return None
    date = match_date_value(dated, year)
    if date is None or date.error is not None or (timed and date.day is None):
        return None  # a time of day belongs to a day
    return date


# A label that names a time (实施期限, 建设周期, 完成时间) before a date with a year.
_DATE_LABEL_RE: Final = re.compile(
    r"[\u3400-\u9fff]{0,6}(?:期限|周期|时间|时限|日期|期间|工期):?(?=(?:19|20)\d{2})"
)


def _labelled_date(norm: Normalized, year: int | None) -> Deadline | PeriodTarget | None:
    """The deadline or period after a label that names a time (``实施期限：2024.1-2024.12``).

    The label says what the date is for, which the target itself says; a date that
    does not read (``完成时间：2024年13月``) leaves the cell prose.
    """
    label = _DATE_LABEL_RE.match(norm.text)
    if label is None:
        return None
    start = label.end()
    origin = norm.origin if norm.origin is not None else list(range(len(norm.text) + 1))
    try:
        dated = _deadline_or_period(Normalized(norm.raw, norm.text[start:], origin[start:]), year)
    except ExpressionError:
        return None
    return None if dated is None else evolve(dated, text=norm.raw)


def _starts_with_a_word(text: str) -> bool:
    """Whether *text* starts with a quality word, a Chinese numeral or a baseline.

    ``≥良好等级``, ``≥二级``; ``≥上年水平``, ``≤批复预算``, ``≥全省平均水平``, ``≤国家标准``,
    ``≥上级下达任务``, ``≥序时进度``: a figure the table does not give, a target to read,
    not a broken cell.
    """
    return (
        text[:1] in _CN_DIGITS
        or any(text.startswith(word) for word in _FAMILY_OF)
        or _BASELINE_START_RE.match(text) is not None
    )


# What a relative target compares with, right after its operator (≥上年水平, ≤批复预算).
_BASELINE_START_RE: Final = re.compile(
    # ≥较上年增长, ≥比上年, ≥逐年提高: the change from last year, in words
    r"(?:较|比)?(?:上年|去年|上一年|往年|同期|基期|上期|历年|近三年|前三年|本年度?)|逐年"
    r"|(?:全国|全省|全市|全区|全县|全州|全盟|省|市|区|县|同类|行业)(?:平均|同类|同期)?"
    r"(?:水平|值|标准|平均)"
    r"|(?:国家|行业|省定|省级|市定|县定|地方|财政)?(?:年初|批复|下达|调整后|核定|年度)?"
    r"(?:预算|计划|批复|标准|定额|合同|目标)"
    r"|(?:上级|省|市|县|区)(?:财政)?下达的?(?:指标|任务|目标|计划)"
    # ≥序时进度, ≥时间进度: the share of the year gone by, the baseline of 绩效监控表
    r"|序时|时间进度"
)


# Chinese numerals, scale words and the financial capitals (伍万元, 千分之三).
_CN_DIGITS: Final = frozenset("零一二三四五六七八九十两百千万半壹贰叁肆伍陆柒捌玖拾佰仟")


# A line break in a raw cell (see normalize).
_LINE_BREAK_RE: Final = re.compile("[\n\r\u2028\u2029]")


# Footnote marks after a figure: [1], ①…⑳, ※, superscript digits, 注1, 注① and 注 alone.
_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_SUPERSCRIPTS: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_FOOTNOTE_RE: Final = re.compile(
    rf"(?:(?<=[\d%‰‱])(?:\[(?P<bracket>\d{{1,2}})\]|注(?P<noted>\d{{1,2}}|[{_CIRCLED}])?)"
    rf"|(?<=[\d%‰‱\u3400-\u9fff])(?:(?P<circled>[{_CIRCLED}])|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}})|※))$"
)
# The last characters of a footnote mark besides a digit after 注 (a cheap test first).
_FOOTNOTE_LASTS: Final = frozenset(f"]※注{_CIRCLED}⁰¹²³⁴⁵⁶⁷⁸⁹")


def _footnote(text: str) -> tuple[str, str] | None:
    """A figure's final footnote mark as a bracket note: the text before it and the note.

    A numbered mark is the note ``注N`` whatever its form, as ``(注1)`` is; ``※`` and a
    bare ``注`` stay themselves.

    Example:
        >>> _footnote("≥95%注1"), _footnote("96.5%①"), _footnote("96.5%[2]")
        (('≥95%', '注1'), ('96.5%', '注1'), ('96.5%', '注2'))
        >>> _footnote("≥90%¹"), _footnote("≥95%※"), _footnote("满意度"), _footnote("≥95")
        (('≥90%', '注1'), ('≥95%', '※'), None, None)
    """
    last = text[-1:]
    if not (last in _FOOTNOTE_LASTS or (last.isdigit() and "注" in text)):
        return None
    found = _FOOTNOTE_RE.search(text)
    if found is None:
        return None
    mark = found["bracket"] or found["noted"] or found["circled"] or found["sup"]
    if mark is None:
        note = found.group()  # ※, 注
    elif mark in _CIRCLED:
        note = f"注{_CIRCLED.index(mark) + 1}"
    else:
        note = f"注{int(mark.translate(_SUPERSCRIPTS))}"
    return text[: found.start()], note


# Full coverage in words (全覆盖, 实现全覆盖, 已实现全覆盖): 100 % covered, as 100%全覆盖 is.
_FULL_COVERAGE_RE: Final = re.compile(
    # 村(社区)全覆盖, 行政村已实现全覆盖: the places covered may lead (a unit of
    # settlement or service, no word that qualifies the coverage: 基本, 未, 力争…), the
    # verb before them too (实现乡镇全覆盖, 已实现行政村全覆盖, p34 M3)
    r"(?:(?:已经?)?(?:实现了?|达到了?|做到了?))?"
    r"(?:(?:全[省市县区]|所有|各)?(?:行政|自然|建制)?(?:村|社区|乡镇|镇|乡|街道|县|区|市)级?"
    r"(?:\([\u4e00-\u9fff]{1,4}\))?"
    # 县乡村三级路长全覆盖, 市县乡三级全覆盖: every level of a chief system (路长制, 河长制:
    # the levels, then the chief) is covered (p25fix M2)
    r"|(?:[省市县区乡镇村]{2,5}[两二三四五]级)?(?:路长|河长|湖长|林长|田长|网格长)"
    r"|[省市县区乡镇村]{2,5}[两二三四五]级)?"
    r"(?:已经?)?(?:实现了?|达到了?|做到了?)?全覆盖"
)
_FULL_COVERAGE: Final = "全覆盖"


def _full_coverage(text: str) -> bool:
    """Whether *text* says full coverage and nothing else (``已实现全覆盖``)."""
    return _FULL_COVERAGE in text and _FULL_COVERAGE_RE.fullmatch(text) is not None


# Full coverage with the extent in a bracket after it (全覆盖（约186万亩）, 已实现全覆盖（共12个
# 村）): a figure and its measure, perhaps after 约, 共, 涉及…; nothing that says a part is
# left out (除2个村外, 1村未覆盖, 仅…) and no date (2025年底前: a deadline), which keep
# the cell text (k28).
_COVERAGE_EXTENT_RE: Final = re.compile(
    r"(?![^)]*[未不除尚差缺仅剩外前内底])(?![^)]*\d{4}年)"
    r"(?:约|共|共计|合计|计|涉及|惠及|覆盖)?\d[\d.,]*[万亿千]?[\u4e00-\u9fff]{1,4}"
)


def _full_coverage_noted(text: str) -> str | None:
    """The note of full coverage with its extent in brackets, or None.

    >>> _full_coverage_noted("全覆盖(约186万亩)"), _full_coverage_noted("已实现全覆盖(共12个村)")
    ('全覆盖,约186万亩', '全覆盖,共12个村')
    >>> _full_coverage_noted("全覆盖(除2个村外)"), _full_coverage_noted("基本全覆盖(12个村)")
    (None, None)
    """
    if not text.endswith(")") or _FULL_COVERAGE not in text:
        return None
    opening = text.rfind("(")
    extent = text[opening + 1 : -1]
    if opening <= 0 or "(" in extent or not _full_coverage(text[:opening]):
        return None
    if _COVERAGE_EXTENT_RE.fullmatch(extent) is None:
        return None
    return f"{_FULL_COVERAGE},{extent}"


# Every one due covered, as a target (应保尽保, 实现应保尽保): 100 %, as 全覆盖 is (parse29
# M3); the standard 社会效益 target of a 低保 table, against 应保尽保率98%.
_EVERY_ONE_DUE_RE: Final = re.compile(r"(?:实现|做到|确保)?(应保尽保)")


def _every_one_due(text: str) -> str | None:
    """The phrase of a target saying every one due is covered (``应保尽保``), or None.

    >>> _every_one_due("应保尽保"), _every_one_due("实现应保尽保"), _every_one_due("应保尽保率")
    ('应保尽保', '应保尽保', None)
    """
    found = _EVERY_ONE_DUE_RE.fullmatch(text)
    return None if found is None else found.group(1)


# The span full coverage is to be reached within (一届任期内全覆盖, 五年内全覆盖, 3年内):
# a window, not a ceiling on the years (p17 H3).
_COVERAGE_SPAN_RE: Final = re.compile(
    r"(?:(?:一|本|每)届)?任期内|[一二两三四五六七八九十\d]{1,2}年内"
)


def _span_coverage(text: str) -> str | None:
    """The span of ``一届任期内全覆盖`` (``一届任期内``), None for any other text.

    >>> _span_coverage("一届任期内全覆盖"), _span_coverage("五年内实现全覆盖")
    ('一届任期内', '五年内')
    >>> _span_coverage("全覆盖"), _span_coverage("五年内完成")
    (None, None)
    """
    found = _COVERAGE_SPAN_RE.match(text)
    if found is None or not _full_coverage(text[found.end() :]):
        return None
    return found.group()


def _footnoted_target(text: str, norm: Normalized, year: int | None) -> Comparison | None:
    """``≥95%注1``, ``≥90%①``, ``≥95%[1]``: the comparison with its footnote as the note."""
    marked = _footnote(norm.text)
    if marked is None:
        return None
    body, note = marked
    try:
        target = _parse_target_normalized(Normalized(text, f"{body}({note})", None), year)
    except ExpressionError:
        return None
    if isinstance(target, Comparison) and target.note == note:
        return evolve(target, text=text)
    return None


@lru_cache(maxsize=8192)
def _parse_target_cached(text: str, year: int | None) -> Target:
    """:func:`parse_target`, memoised: the target as read, its unit of money settled.

    A bare figure after an event that the fast routes read (批复后=25(天)) is the time
    limit :func:`_lag_limit` makes of it when the text says no operator (k32m).
    """
    target = _parse_target_routed(text, year)
    # (_after_event is of a Comparison only: most targets skip the call)
    if (
        isinstance(target, Comparison)
        and target.label is not None  # (_after_event's first test, without the call)
        and _after_event(target)
        and type(text) is str
    ):
        lag = _lag_limit(normalize(_without_noncharacters(text)).text, year)
        if lag is not None:
            return _settled_target_unit(evolve(lag, text=text))  # 批复后25天 (k32m)
    return target


def _parse_target_routed(text: str, year: int | None) -> Target:
    """:func:`_parse_target_cached` without the cache and the time limit after an event.

    The settling is inside the cache: outside it, it cost every warm parse a pattern
    match (60 % of a warm parse); so is dropping noncharacters (fz30 M4), which doubled
    a warm parse outside it.
    """
    raw_tried = type(text) is str and _FAST_PATHS
    if raw_tried and _realised_slogan(text):
        return Descriptive(text, text=text)  # 实现最多跑1次: the reform, no count (r38p)
    if raw_tried and (family := _WORD_CELL_TARGETS.get(text)) is not None:
        return QualitativeTarget(text, family, text=text)  # 准确: see _plain_word_cell
    if (
        raw_tried
        and "0" in text
        and text.count("0") == 1  # (the pattern's one digit: 100%, 80.00 skip it; r36g)
        and _RAW_ONE_ZERO_RE.fullmatch(text) is not None  # its test, without the call
        and (worded := _raw_zero_in_figures(text)) is not None
    ):
        return QualitativeTarget(worded, "zero", text=text)  # 0投诉 as 零投诉 (r35e)
    if raw_tried:
        if "月" in text and text[:1].isdigit():
            # The raw pattern reads no deadline of the direct shape (its first figure is
            # followed by 年 or 月, which no unit of it starts with): tried first.
            dated = _direct_deadline(text, year)
            if dated is not None:
                return dated  # as the long route (_direct_deadline); no unit to settle
        simple = _raw_simple(text)
        if simple is not None and _plain_unit(simple[2]):
            # ≥80.00(%), 12个, 20万元: the comparison itself, built here (see _plain_unit:
            # no technical name, nothing _settled_target_unit or _after_event changes).
            op, number, unit, more = simple
            return Comparison(_PLAIN_OPS[op, more], number, unit, text=text)
        if simple is not None and not only_tech_names(text):
            # The route _parse_target_uncached takes first, taken before the rest: the raw
            # pattern admits no noncharacter, so the text is its own
            # _without_noncharacters (behaviour-preserving).
            return _settled_target_unit(_simple_target(simple, text))
        if (
            not text.isalpha()  # (first: the one test most cells fail, see _DIRECT_WORD)
            and "\u4e00" <= text[:1] <= "\u9fff"
            and text.replace("%", "").replace(".", "").isalnum()
        ):
            direct = _direct_target(text)
            if direct is not None:
                return _settled_target_unit(direct)  # as the long route (_direct_target)
    if raw_tried and text[-1:] not in _FINAL_DROPS and _CLEAN_AND_NORMAL_RE.search(text) is None:
        # its own cleaned and normal text (see _CLEAN_AND_NORMAL_RE): scanned once
        norm = Normalized(text, text, None)
        return _settled_target_unit(_parse_target_uncached(text, year, raw_tried=True, norm=norm))
    cleaned = _without_noncharacters(text)
    # (the raw pattern is not tried again on the same text: it read nothing there)
    target = _settled_target_unit(
        _parse_target_uncached(cleaned, year, raw_tried=raw_tried and cleaned is text)
    )
    if "¥" in cleaned or "￥" in cleaned:  # (a sign _CLEAN_AND_NORMAL_RE sends this way)
        return _in_yuan(target, cleaned)
    return target


def _parse_target_uncached(
    text: str, year: int | None, *, raw_tried: bool = False, norm: Normalized | None = None
) -> Target:
    """:func:`parse_target` without the cache; *raw_tried*: the raw route read nothing.

    *norm*: ``normalize(text)``, when the caller knows it (see _CLEAN_AND_NORMAL_RE).
    """
    if type(text) is not str:  # a subclass passes _require_text
        _require_text("parse_target", text)
    simple = _raw_simple(text) if _FAST_PATHS and not raw_tried else None
    if simple is not None and not only_tech_names(text):  # 5G, 3D, 4K: names
        read = _simple_target(simple, text)
        if _after_event(read) and (lag := _lag_limit(normalize(text).text, year)):
            return evolve(lag, text=text)  # 批复后25天 as 批复后25天内 (k32m)
        return read
    norm = normalize(text) if norm is None else norm
    if _CAPITAL_SEARCH(norm.text) and (lowered := _capital_count(norm)):
        # 壹佰人, ≤伍万元: read in everyday numerals; words stay as written (r34e)
        in_counts = _parse_target_uncached(text, year, raw_tried=True, norm=lowered)
        if not isinstance(in_counts, Descriptive):
            return in_counts
    if norm.text[-1:] in _FOOTNOTE_LASTS or "注" in norm.text:
        footnoted = _footnoted_target(text, norm, year)
        if footnoted is not None:
            return footnoted
    if _full_coverage(norm.text):
        return Comparison(Op.EQ, Decimal(100), "%", note=_FULL_COVERAGE, text=text)
    if (noted := _full_coverage_noted(norm.text)) is not None:
        return Comparison(Op.EQ, Decimal(100), "%", note=noted, text=text)
    # (_EVERY_ONE_DUE_RE holds 应保尽保 itself: a cell without it skips the pattern.)
    if "应保尽保" in norm.text and (every := _every_one_due(norm.text)) is not None:
        return Comparison(Op.EQ, Decimal(100), "%", note=every, text=text)
    span = _span_coverage(norm.text) if _FULL_COVERAGE in norm.text else None
    if span is not None:  # 一届任期内全覆盖: full coverage, the span its window
        return Comparison(Op.EQ, Decimal(100), "%", note=span + _FULL_COVERAGE, text=text)
    # (A line break inside a cell sends normalisation down its slow path, which keeps
    # origins: most cells have none.)
    duration = _compound_duration(norm)
    if duration is not None:
        # ≤1年3个月 is ≤15(个月), when that reads as a comparison (else as before)
        recast = _parse_target_normalized(duration, year)
        if isinstance(recast, (Comparison, Range)):
            return recast
    if norm.origin is None or _LINE_BREAK_RE.search(text) is None:
        target = _parse_target_normalized(norm, year)
    else:
        target = _parse_broken_target(text, norm, year)
    if (
        isinstance(target, Descriptive)
        and (":" in norm.text or "\u2236" in norm.text or "：" in norm.text)  # _MAP_SCALE_CHARS
        and (scaled := _target_without_map_scale(norm.text, year)) is not None
    ):
        return evolve(scaled, text=text)  # 1:5万调查≥500平方公里 (parse35 H3)
    if isinstance(target, Descriptive) and (counted := _count_then_noun(norm.text, year)):
        return evolve(counted, text=text)  # ≥5篇统计分析报告获领导批示 (parse38 M2)
    if isinstance(target, Descriptive) and (share := _bound_before_base(norm.text, year)):
        return evolve(share, text=text)  # ≥序时进度的90% as 序时进度的90%以上 (parse38 M3)
    if isinstance(target, Descriptive) and (ceiling := _prose_then_ceiling(norm.text, year)):
        return evolve(ceiling, text=text)  # 控制在预算内(≤120万元) (parse44 H2)
    if (
        (isinstance(target, Descriptive) or _after_event(target))
        and "后" in norm.text
        and (lag := _lag_limit(norm.text, year))
    ):
        # 批复后25日公开 as 批复后25日内公开 (k32a), 批复后25日 as 批复后25日内 (k32m)
        return evolve(lag, text=text)
    if isinstance(target, Comparison) and target.value < 0 and target.label is not None:
        return _negative_change(target)
    return target


# A time limit after an event without 内 (批复后25日公开, 资金下达后30个工作日拨付,
# 调整后3日公示): the event, a count of days (hours, weeks) and the verb of the work. The
# unit may be bracketed as the table's unit column writes it (批复后25(天), 收到申请后
# 5(个工作日); k33a): the same limit.
_LAG_AFTER_EVENT_RE: Final = re.compile(
    r"(?P<event>[\u4e00-\u9fff]{0,11}[^\W\d年月日底末内前]后)"
    r"(?P<n>\d+|[一二两三四五六七八九十]{1,3})"
    r"(?P<open>\()?(?P<unit>个工作日|工作日|个?小时|天|日|周|个?星期)(?(open)\))"
    r"(?P<verb>[\u4e00-\u9fff]{0,6})"
)


def _after_event(target: Target) -> bool:
    """Whether *target* is a bare figure labelled with an event (批复后=25(日)): no operator.

    Such a figure may be a time limit (:func:`_lag_limit` decides, from the text).

    Example:
        >>> _after_event(Comparison(Op.EQ, Decimal(25), "日", label="批复后"))
        True
        >>> _after_event(Comparison(Op.LE, Decimal(25), "日", label="批复后"))
        False
    """
    return (
        isinstance(target, Comparison)
        and target.op is Op.EQ
        and target.note is None
        and target.label is not None
        and target.label.endswith("后")
    )


def _lag_limit(text: str, year: int | None) -> Comparison | None:
    """``批复后25日公开`` read as ``批复后25日内公开`` is, ``批复后≤25(日)(公开)``, else None.

    A target that counts days after the event it runs from sets the time the work may
    take: a ceiling (k32a), as scoring read it before (lag_limit, g23d), with or without
    the verb of the work (``批复后25日`` is ``批复后≤25(日)``, k32m). A verb that is
    itself 内 is left to the grammar (``批复后25日内公开`` reads so already), unless the unit
    is bracketed (``批复后25(日)内公开`` is read as those words, k33a); a time
    before an event (``调整前7日公示``) is how early, not how long.

    Example:
        >>> str(_lag_limit("批复后25日公开", None))
        '批复后≤25(日)(公开)'
        >>> str(_lag_limit("资金下达后30个工作日拨付", None))
        '资金下达后≤30(个工作日)(拨付)'
        >>> str(_lag_limit("批复后25日", None))
        '批复后≤25(日)'
        >>> str(_lag_limit("收到申请后5(个工作日)", None))
        '收到申请后≤5(个工作日)'
        >>> _lag_limit("调整前7日公示", None) is None
        True
    """
    found = _LAG_AFTER_EVENT_RE.fullmatch(text)
    if found is None or found["verb"].startswith(("以上", "及以上")):
        return None
    verb = found["verb"]
    within = next((word for word in ("以内", "之内", "内") if verb.startswith(word)), None)
    if within is not None:
        if found["open"] is None:
            return None  # 批复后25日内公开: the grammar's own
        # 批复后25(日)内公开: the unbracketed words, which the grammar reads (k33a)
        verb = verb.removeprefix(within)
        words = f"{found['event']}{found['n']}{found['unit']}{within}{verb}"
    else:
        words = f"{found['event']}{found['n']}{found['unit']}内{verb}"
    recast = _parse_target_uncached(words, year)
    if (
        not isinstance(recast, Comparison)
        or recast.op is not Op.LE
        or recast.label != found["event"]
        or recast.note != (verb or None)
    ):
        return None
    return recast


# 控制在预算内(≤120万元), 不超过预算(≤60万元): prose, then the operative ceiling in
# brackets (三公经费 rows), read as the same halves swapped, ≤120(万元)(控制在预算内)
# (parse44 H2). Only prose that says a ceiling (控制, 不超, 预算, 以内, 范围内, 限额) and a
# bare ceiling in the bracket: 控制在预算内(120万元), 群众满意(≥90%) and 验收合格(竣工后30日内)
# stay prose.
_PROSE_THEN_FIGURE_RE: Final = re.compile(
    r"(?P<prose>[\u4e00-\u9fff]{0,10}(?:控制|不超|预算|以内|之内|范围内|限额)[\u4e00-\u9fff]{0,10})"
    r"\((?P<figure>[^()]*\d[^()]*)\)"
)


def _prose_then_ceiling(text: str, year: int | None) -> Comparison | None:
    """``控制在预算内(≤120万元)`` as ``≤120(万元)(控制在预算内)``, else None.

    Example:
        >>> str(_prose_then_ceiling("控制在预算内(≤120万元)", None))
        '≤120(万元)(控制在预算内)'
        >>> _prose_then_ceiling("控制在预算内(120万元)", None) is None
        True
    """
    if text[-1:] != ")":
        return None  # the pattern ends with a literal ): no match (speedP2)
    found = _PROSE_THEN_FIGURE_RE.fullmatch(text)
    if found is None:
        return None
    return _unlabelled_bound(f"{found['figure']}({found['prose']})", year, (Op.LE, Op.LT))


def _unlabelled_bound(text: str, year: int | None, ops: tuple[Op, ...]) -> Comparison | None:
    """*text* re-read as a target: a comparison by one of *ops* without a label, else None.

    Example:
        >>> str(_unlabelled_bound("≤120万元(控制在预算内)", None, (Op.LE, Op.LT)))
        '≤120(万元)(控制在预算内)'
        >>> _unlabelled_bound("预算≤120万元", None, (Op.LE, Op.LT)) is None
        True
    """
    recast = _parse_target_uncached(text, year)
    if not isinstance(recast, Comparison) or recast.op not in ops or recast.label is not None:
        return None
    return recast


# ≥5篇统计分析报告获领导批示: a bound, a count in a measure word, then a long noun phrase
# (parse38 M2), which is what is counted: the phrase the note of ≥5(篇).
_COUNT_THEN_NOUN_RE: Final = re.compile(
    rf"(?P<head>[^\d()]{{0,4}}?)(?P<count>\d+)(?P<measure>[{''.join(sorted(voc.MEASURE_WORDS))}])"
    r"(?P<rest>[\u4e00-\u9fff]{6,16})"
)


def _count_then_noun(text: str, year: int | None) -> Comparison | None:
    """``≥5篇统计分析报告获领导批示`` as ``≥5(篇)(统计分析报告获领导批示)``, else None.

    Example:
        >>> str(_count_then_noun("不少于5篇报告获市领导批示", None))
        '≥5(篇)(报告获市领导批示)'
        >>> _count_then_noun("5篇统计分析报告获领导批示", None) is None
        True
    """
    if text[1:5].isalpha():
        # The pattern's count starts after a head of one to four characters (an empty head
        # reads nothing): letters alone there hold no digit (no digit is a letter), no
        # match (speedP2).
        return None
    found = _COUNT_THEN_NOUN_RE.fullmatch(text)
    if found is None or not found["head"]:
        return None
    recast = _unlabelled_bound(
        f"{found['head']}{found['count']}{found['measure']}({found['rest']})", year, (Op.GE, Op.GT)
    )
    if recast is None or recast.unit != found["measure"]:
        return None
    return recast


# ≥序时进度的90%, ≥计划的95%: a bound before the base a share is of (parse38 M3)
_BOUND_BEFORE_BASE_RE: Final = re.compile(
    r"(?P<op>≥|>|不低于|不少于|至少)(?P<base>[\u4e00-\u9fff]{1,8}的)(?P<share>\d+(?:\.\d+)?%)"
)


# The first characters of _BOUND_BEFORE_BASE_RE's operators (speedP2: a cheap test).
_BOUND_BEFORE_BASE_FIRSTS: Final = frozenset("≥>不至")


def _bound_before_base(text: str, year: int | None) -> Comparison | None:
    """``≥序时进度的90%`` read as ``序时进度的≥90%`` (as ``序时进度的90%以上`` is), else None.

    Example:
        >>> str(_bound_before_base("≥计划的95%", None))
        '计划的≥95(%)'
        >>> _bound_before_base("≥90%", None) is None
        True
    """
    if text[-1:] != "%" or text[:1] not in _BOUND_BEFORE_BASE_FIRSTS:
        return None  # the pattern starts with one of its operators and ends with %
    found = _BOUND_BEFORE_BASE_RE.fullmatch(text)
    if found is None:
        return None
    recast = _parse_target_uncached(f"{found['base']}{found['op']}{found['share']}", year)
    if not isinstance(recast, Comparison) or recast.label != found["base"] or recast.unit != "%":
        return None
    return recast


def _negative_change(target: Comparison) -> Comparison:
    """``负增长3%`` (``增长-3%``) is the fall ``下降3%``; ``下降-2%`` the rise ``增长2%``.

    A change target asks for at least its figure in its direction, so a rise of -3 %
    asked for is a fall of at least 3 %: read in the rising direction, a fall of 5 %
    would go the other way and a rise of 2 % would meet it. Only ``=`` with a label
    that names a change (vocabulary.CHANGE_WORDS) turns; ``增长≥-3%`` (a fall of at
    most 3 %) keeps its signed figure.
    """
    sign = voc.CHANGE_WORDS.get(target.label or "") or voc.CHANGE_RATES.get(target.label or "")
    if target.op is not Op.EQ or sign is None:
        return target
    return evolve(target, value=-target.value, label="下降" if sign > 0 else "增长")


# A cell of Chinese words alone on two or more lines (明显⏎改善, 较高⏎水平).
_WORD_LINES_RE: Final = re.compile(
    r"[ \t\u3000]*(?:[\u4e00-\u9fff]+[ \t\u3000]*[\n\r\u2028\u2029]+[ \t\u3000]*)+"
    r"[\u4e00-\u9fff]+[ \t\u3000]*"
)


def _cut_word_phrase(text: str) -> bool:
    r"""Whether a cell is Chinese words alone cut by line breaks: no figure, mark or bracket.

    Such a cell may be one phrase a narrow column wrapped (``明显⏎改善``): its first
    line's word is no reading of it unless the rest stands on its own (see
    :func:`_phrase_goes_on`).

    Example:
        >>> (
        ...     _cut_word_phrase("明显\n改善"),
        ...     _cut_word_phrase("较高\n（≥90%）"),
        ...     _cut_word_phrase("明显"),
        ... )
        (True, False, False)
    """
    return _WORD_LINES_RE.fullmatch(text) is not None


def _phrase_goes_on(text: str, year: int | None) -> bool:
    r"""Whether the lines after the first of a cut word phrase go on with its words.

    They do when they read as prose (``较高⏎水平``, ``明显⏎带动就业``): the words are
    the first line's phrase, not a clause of their own. A status, a date or a word of a
    family (``达标⏎已完成``, ``优秀⏎良好``) is a clause of its own.

    Example:
        >>> _phrase_goes_on("较高\n水平", None), _phrase_goes_on("达标\n已完成", None)
        (True, False)
    """
    rest = "".join(_LINE_BREAK_RE.split(text.strip())[1:]).strip()
    return isinstance(_parse_value_cached(rest, year), TextValue)


def _parse_broken_target(text: str, norm: Normalized, year: int | None) -> Target:
    """A target cell with line breaks: its clauses first, else the cell with them joined.

    A line break between Chinese characters is a clause break (see :func:`normalize`);
    when the cell then reads as nothing but prose, or breaks, the line break may have
    cut a phrase (``2024年12月底⏎前完成``, ``群众满⏎意度≥90%``) and the joined text
    decides.
    """
    try:
        target: Target | None = _parse_target_normalized(norm, year)
    except ExpressionError as exc:
        target, error = None, exc
    if isinstance(target, QualitativeTarget) and _cut_word_phrase(text):
        try:
            whole: Target | None = _parse_target_normalized(
                normalize(text, line_breaks=False), year
            )
        except ExpressionError:
            whole = None
        if whole is not None and (
            isinstance(whole, QualitativeTarget) or _phrase_goes_on(text, year)
        ):
            return whole  # 明显⏎改善 is 明显改善, 较高⏎水平 the prose 较高水平: never 明显, 较高
    if target is not None and not isinstance(target, Descriptive):
        return target
    joined = normalize(text, line_breaks=False)
    if joined.text != norm.text:
        try:
            again = _parse_target_normalized(joined, year)
        except ExpressionError:
            again = None
        if again is not None and not isinstance(again, Descriptive):
            return again
    if target is None:
        raise error
    return target


def parse_target(text: str, *, year: int | None = None) -> Target:
    """Parse an annual target cell (年度指标值) into a target object.

    *year* is the table's fiscal year, used for deadlines that name a month
    without a year. Raises :class:`perftrack.ExpressionError` for a cell that
    looks like a comparison but is broken; prose is :class:`Descriptive`.

    Example:
        >>> from perftrack import parse_target
        >>> parse_target("≥80.00(%)")
        Comparison(op=<Op.GE: '>='>, value=Decimal('80.00'), unit='%', label=None, note=None)
        >>> str(parse_target("2023年12月前完成"))
        '2023年12月前'
    """
    return _parse_target_cached(text, year)


# Noncharacters of the BMP and lone surrogates, which the readers drop from every cell
# (readers._sheet.scrub_cell): the public parse functions drop them too, so that no
# parsed object holds text that cannot be written as UTF-8 (fz30 M4).
_NONCHARACTER_RE: Final = re.compile("[\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")
# What _without_noncharacters and normalize look for, in one class (speedP2): a cell with
# none of it, and no final stop (_FINAL_DROPS), is its own cleaned text and normalize gives
# it back as it is (Normalized(text, text, None): its last character is neither a final
# stop nor white space, which the class holds, and _MAYBE_CHANGE_RE finds nothing). The
# cached parsers scan it once instead of twice and skip the call to normalize.
_CLEAN_AND_NORMAL_RE: Final = re.compile(
    # (and 。, which normalize reads as a point between digits: 93。5%)
    f"[{_MAYBE_CHANGE_RE.pattern[1:-1]}{_NONCHARACTER_RE.pattern[1:-1]}。]"
)


def _without_noncharacters(text: str) -> str:
    r"""*text* without noncharacters and lone surrogates, as the readers read a cell.

    Example:
        >>> _without_noncharacters("达标\ud800"), _without_noncharacters("\ufffe95%")
        ('达标', '95%')
    """
    try:
        found = _NONCHARACTER_RE.search(text)
    except TypeError:  # not text: the parse says what it got (None, a float NaN…)
        return text
    return text if found is None else _NONCHARACTER_RE.sub("", text)


def _settled_target_unit(target: Target) -> Target:
    """*target* with a unit of money and how it is paid split, as a value's is.

    A grade of A's ranked by words is a comparison (``优于AA级`` is ``>2(A级)``, r35c).

    ``按每件1500元发放`` is 1500 元 with the note 发放, as the same actual reads
    (regress40 W2; parse18 H4 split the value only).

    Example:
        >>> str(_settled_target_unit(_parse_target_uncached("按每件1500元发放", None)))
        '按每件=1500(元)(发放)'
    """
    if not isinstance(target, Comparison) or target.unit is None:
        return target
    if (
        target.label
        and target.op is Op.EQ
        and target.unit.startswith("A级")
        and (ranked := _GRADE_RANK_WORDS.get(target.label)) is not None
    ):
        # 优于AA级, 好于3A级: a grade better than 2A级 (a grade of A's: more is better), as
        # 高于AA级 is >2A级; 劣于AA级 worse (r35c). It was =2A级 labelled 优于.
        return evolve(target, op=ranked, label=None)
    if (
        target.note is None
        and _may_be_paid_unit(target.unit)
        and (paid := _MONEY_PAID_UNIT_RE.fullmatch(target.unit))
    ):
        return evolve(target, unit=paid[1], note=paid[2])
    return target


# ---------------------------------------------------------------------------
# Values


# From the weakest status to the strongest: in a cell of several, the weakest wins.
_STATUS_RANK: Final = {Status.NOT_DONE: 0, Status.IN_PROGRESS: 1, Status.PARTIAL: 2, Status.DONE: 3}


def _weakest(statuses: Iterable[Status]) -> Status:
    """The weakest of *statuses* (not done < in progress < partial < done)."""
    return min(statuses, key=_STATUS_RANK.__getitem__)


# 待 before what is still to come (已完工待验收, 已竣工待决算); not inside a word (接待,
# 期待, 待遇).
_PENDING_RE: Final = re.compile(r"(?<=[\u3400-\u9fff])(?<![接招款期对看善优虐相等])待(?!遇)")
_PENDING_REST_RE: Final = re.compile(r"[\u3400-\u9fff]{1,8}")
# A short subject before a status shape (项目已开工建设, 资金未拨付, 资金暂未拨付, 主体工程已
# 完工): up to four letters, none of them a negation, before 已, 未 or 正在 and the like.
_SUBJECT_RE: Final = re.compile(
    r"(?:(?![不否非没无])[\u3400-\u9fff]){1,4}?(?=已|未|尚未|暂未|仍未|还未|正在|仍在)"
)
_SUBJECT_HINT_RE: Final = re.compile("[已未尚暂仍还正]")


# The acceptance still to come after the work is done (已完成,未验收; 已完成⏎但未验收;
# 已完成,正在验收; 已完工尚未验收): the work is done, its acceptance is not, which is
# partial as 已完成待验收 is. 未通过验收 (failed) is none of this.
_ACCEPTANCE_PENDING_RE: Final = re.compile(
    r"(?:但是?|而)?(?:尚|还|暂|仍)?(?:未|没有?|待|正在|尚在|仍在)(?:组织|进行|办理|开展)?"
    r"(?:竣工|最终|整体)?验收(?:工作)?"
    r"|(?:但是?|而)?(?:正在|尚在|仍在)?(?:竣工|最终|整体)?验收(?:中|阶段)"
)


def _acceptance_pending(done: Status | None, rest: str) -> bool:
    """Whether *rest* says the acceptance of work *done* is still to come."""
    return (
        done is Status.DONE
        and "验收" in rest
        and _ACCEPTANCE_PENDING_RE.fullmatch(rest) is not None
    )


# A stage or a part of the works as the subject of a status (主体工程已完工, 一期已完工,
# 土建工程已完工, 征地拆迁已完成): done, it says nothing of the whole task, as 已完成主体工程
# does not. Only the stage nouns of works count: 主体责任, 土建招标, 一期培训, 基础测绘 and
# 基础数据 name other work, whose status they state (see STAGE_PATTERN).
_STAGE_SUBJECT_RE: Final = re.compile(STAGE_PATTERN)
# An acceptance before the final one (初步验收, 预验收, 中间验收, 隐蔽工程验收, 分部分项验收,
# 阶段性验收): done, it is a step of the works, no completion of them.
_STAGE_ACCEPTANCE_RE: Final = re.compile(STAGE_ACCEPTANCE_PATTERN)


# A time or a lateness before the verb of work done (四季度已完成, 已于四季度完成, 下半年已
# 完成, 次年已完成, 春节后已发放, 逾期已完成): when the work was done, never a subject to
# drop. After the verb it names something else (已完成延期项目验收).
_TIME_BEFORE_DONE_RE: Final = re.compile(
    "季度|半年|旬|次年|翌年|来年|明年|节后|逾期|延期|滞后|推迟|延迟|超期|拖期|拖延"
)
_DONE_VERB_RE: Final = re.compile(
    "完成|完工|竣工|建成|办结|落实|到位|发放|验收|达成|实现|拨付|支付|兑现|兑付|交付|结算"
    "|完毕|投入使用|投用|上线|通车|通水|并网|投产|投入运营|投运|印发|出台|发布|下发|出版"
)


def _timed_done(text: str) -> bool:
    """Whether a done status names the time of the work before its verb (``四季度已完成``).

    Such a cell is a date value (``四季度已完成``: done in the fourth quarter) or a
    lateness (``逾期已完成``), which scoring judges; read as a bare done, the time would
    be lost and the work meet any deadline.

    Example:
        >>> (
        ...     _timed_done("四季度已完成"),
        ...     _timed_done("已于春节前发放"),
        ...     _timed_done("已完成延期项目验收"),
        ...     _timed_done("按季度已完成"),
        ... )
        (True, False, False, False)
    """
    found = _TIME_BEFORE_DONE_RE.search(text)
    if found is None:
        return False
    if _RECURRING_TIME_RE.search(text) is not None:
        # 按季度已完成, 每月中旬已发放, 本季度已完成: how often, or now, no date of the work
        text = _RECURRING_TIME_RE.sub("", text)
        found = _TIME_BEFORE_DONE_RE.search(text)
        if found is None:
            return False
    verb = _DONE_VERB_RE.search(text)
    return verb is None or found.start() < verb.start()


# A recurring time (每季度, 各季度, 按季度, 逐月, 每月中旬) or the present one (本季度, 当月):
# before a done verb it says how often or that the work is done now, not when it was.
_RECURRING_TIME_RE: Final = re.compile(
    r"(?:每|各|按|逐|分)个?(?:季度|月|旬|半年|年)(?:[上中下]旬)?(?:度)?|本季度?|本月|当季度?|当月"
)


def _status_of(text: str) -> Status | None:
    """The status a phrase states, or None; a stage done states none.

    A stage or a part of the works before its status (``主体工程已完工``, ``一期已完工``) and
    an acceptance before the final one (``已完成初步验收``, ``已完成预验收``) say nothing of
    the whole task: done, they are no status (text), as ``已完成主体工程`` is. Nor does a
    done status with a time before its verb (``四季度已完成``, ``逾期已完成``): see
    :func:`_timed_done`.

    Example:
        >>> _status_of("项目已完工"), _status_of("主体工程已完工"), _status_of("已完成初步验收")
        (<Status.DONE: 'done'>, None, None)
        >>> _status_of("四季度已完成") is None
        True
    """
    status = _status_phrase(text)
    if status is Status.DONE and (
        ("验收" in text and _STAGE_ACCEPTANCE_RE.search(text) is not None)
        or requested_only(text)
        or ((cut := text.find("已")) > 0 and _STAGE_SUBJECT_RE.search(text, 0, cut) is not None)
        or (cut > 0 and _PERIOD_PART_SUBJECT_RE.match(text, 0, cut) is not None)
        or _timed_done(text)
    ):
        return None
    return status


# A part of the year's work by its period or batch as the subject of a status done
# (春季免疫已完成, 秋季防疫已完成, 第一批已完成, 首批已完成): only that part is done, which
# says nothing of the whole year's task, as a stage of the works does not (dept22 H6).
_PERIOD_PART_SUBJECT_RE: Final = re.compile(
    r"(?:春季|夏季|秋季|冬季|春秋季|春秋两季)[\u3400-\u9fff]+|(?:首批|第[一二三四五六七八九十\d]+批)"
)


# Work done within the table's year (当年完成, 本年度已竣工, 今年全部完成, and 年内已完成,
# 年度内完成: r35e, 年内已完成 was the bare status done, met by a deadline in October): a done
# status whose time is the year itself.
_THIS_YEAR_DONE_RE: Final = re.compile(
    r"(?:当年|本年度?|今年|年内|年度内)(?:已经?|均已|全部|全面)?"
    "(?:完成|完工|竣工|建成|办结|发放到位|拨付到位)"
)
_THIS_YEAR_FIRSTS: Final = ("当", "本", "今", "年")


# What each branch of _status_phrase needs in the phrase, in one search: a listed status
# word (the subject branch looks its rest up), 当/本/今 (_THIS_YEAR_DONE_RE), 验收, 待, and
# what a branch of _status_shape tests before its pattern (已, 中, 在, 未, 预期, 全部, the
# part words, the task ends); the subject branch's rest is a part of the phrase. A phrase
# holding none states no status (behaviour-preserving): a label such as 群众满意度 before
# its figure then costs one scan, not the shapes' dozen tests (about 1.4 µs).
_STATUS_HINT_RE: Final = re.compile(
    "|".join(
        re.escape(word)
        for word in sorted(
            {
                *voc.STATUS_WORDS,
                *"当本今待已中在未",
                "验收",
                "预期",
                "全部",
                "处于",
                *_PART_WORDS,
                *_TASK_ENDS,
            },
            key=lambda word: (-len(word), word),
        )
    )
)


def _status_phrase(text: str) -> Status | None:
    """The status a phrase states, or None (before :func:`_status_of` looks for a stage).

    A listed word, a shape, a status followed by 待 and what is still to come (at most
    partial), done work whose acceptance is still to come (``已完工尚未验收``:
    partial), or a shape after a short subject (资金未拨付).
    """
    word = voc.STATUS_WORDS.get(text)
    if word is not None:
        return Status(word)
    if len(text) > _LONGEST_WORD_CELL:
        return None  # every status shape is short
    if _STATUS_HINT_RE.search(text) is None:
        return None  # no word any branch below needs (see _STATUS_HINT_RE)
    if text[:1] in _THIS_YEAR_FIRSTS and _THIS_YEAR_DONE_RE.fullmatch(text) is not None:
        return Status.DONE  # 当年完成: done within the table's year, as 年内已完成 is
    if "验收" in text:
        for start in range(2, len(text) - 2):
            rest = text[start:]
            if rest[0] in "但而尚还暂仍未没待正验" and _acceptance_pending(
                _status_of(text[:start]), rest
            ):
                return Status.PARTIAL
    if "待" in text:
        pending = _PENDING_RE.search(text)
        if pending is not None and _PENDING_REST_RE.fullmatch(text, pending.end()):
            before = _status_of(text[: pending.start()])
            if before is not None:
                # 已完工待验收: what is still to come is part of the work, so it is not done
                return _weakest((before, Status.PARTIAL))
    status = _status_shape(text)
    if status is not None:
        return status
    if _SUBJECT_HINT_RE.search(text, 1, 6) is not None:
        subject = _SUBJECT_RE.match(text)
        if subject is not None:
            rest = text[subject.end() :]
            if _qualitative_value(rest, rest) is None:  # 资金未超预算: zero family, no status
                listed = voc.STATUS_WORDS.get(rest)
                return Status(listed) if listed is not None else _status_shape(rest)
    return None


def _budget_kept_said(text: str) -> bool:
    """Whether a 未 phrase denies an overrun (未超预算, 项目未超支, 未突破概算): no status.

    Staying within a budget or a limit is good news, never work left undone (k31l: 未超预算,
    结余4万元 was 未完成). Only 未 right before 超 or 突破, read as a zero phrase.

    >>> [_budget_kept_said(t) for t in ("未超预算", "项目未超支", "未完成", "未发生")]
    [True, True, False, False]
    """
    at = text.find("未")
    return (
        at >= 0
        and text[at + 1 : at + 2] in ("超", "突")
        and _ZERO_RE.fullmatch(text[at:]) is not None
    )


def _status_shape(text: str) -> Status | None:
    """The status of one of the shapes (…中, 正在…, 未…, 已…完成, 达成预期指标…), if any."""
    # Each shape has a word a dictionary test finds cheaply: 已 at the start, 中 at the
    # end, 在 after at most 项目 and 正/仍, 未 after at most 项目 and one adverb, 已 or
    # 全部 after at most 项目 or 资金 (项目均已), 任务 or 目标 at the end (完成全年任务).
    head = text[:4]
    if (
        (text.startswith("已") and _STARTED_RE.fullmatch(text))
        or (text.endswith("中") and _IN_PROGRESS_RE.fullmatch(text))
        or (("在" in head or "处于" in text[:5]) and _IN_PROGRESS_RE.fullmatch(text))
        or (text.endswith(("在建", "在建中")) and _IN_PROGRESS_RE.fullmatch(text))
    ):
        return Status.IN_PROGRESS
    if (
        "未" in text[:6]
        and _NOT_DONE_RE.fullmatch(text)
        and _NO_DATA_RE.search(text) is None
        and not _budget_kept_said(text)
    ):
        return Status.NOT_DONE
    # a part done before done itself: 已部分完成, 已基本完成 are partial, not done
    if any(word in head for word in _PART_WORDS) and _PART_DONE_RE.fullmatch(text):
        return Status.PARTIAL
    if (
        ("已" in head or "全部" in head or text.endswith(_TASK_ENDS))
        and _DONE_RE.fullmatch(text)
        and _EARLY_ISSUE_RE.search(text) is None
    ):
        # 已基本完成验收: the part word right after 已 still says a part (done otherwise)
        return Status.PARTIAL if _PART_LEAD_RE.match(text) else Status.DONE
    if "已" in head and _DONE_TASK_RE.fullmatch(text):
        return Status.DONE
    if "预期" in text:
        graded = _EXPECTATION_RE.fullmatch(text)
        if graded is not None:
            if graded["no"]:
                return Status.NOT_DONE
            return Status.PARTIAL if graded["degree"] in _PARTIAL_DEGREES else Status.DONE
    return None


# The verbs of the work an accuracy, timeliness or conformity word qualifies, written before
# the word (发放准确, 救助及时, 使用规范, 报送不及时) or after it (及时发放, 按时报送).
_QUALIFIED_VERBS: Final = (
    "发放|拨付|兑付|支付|办结|下达|分配|报送|上报|提交|办理|公示|公开|公布|发布|备案|救助"
    "|处理|处置|响应|反馈|整改|使用|结算|录入|更新"
)
# The day an ordinal names (第20个工作日, 第3天, 第5日) and one or two verbs of the work
# done on it (拨付, 发放到位, 完成拨付): the verbs are no part of the unit (k30a).
_ORDINAL_DAY_VERB_RE: Final = re.compile(
    rf"(?P<unit>个工作日|工作日|天|日)(?P<verb>(?:{_DONE_VERB_RE.pattern}|{_QUALIFIED_VERBS}){{1,2}})"
)
# A family word wrapped in the words actuals add around it: a lead-in (已, 均已, 全部,
# 得到, 实现, 验收, 一次性验收), the verb of the work before the word (发放准确, 救助及时,
# 使用规范), and a verb or phrase of what was done after it (发放, 拨付, 无误).
_WRAPPED_WORD_RE: Final = re.compile(
    # 一次性验收合格, 一次验收合格: accepted at the first inspection (parse54 M5); 一次性通过
    # 验收, 一次验收通过: passed at the first try (an adverb before the verb of passing)
    r"(?:已经|已全部|全部已|均已|已|全部|均|得到|实现|验收|经验收|一次性?(?=通过|验收通过)"
    r"|一次性验收|一次验收)?"
    rf"(?:{_QUALIFIED_VERBS})?"
    r"(?P<word>[\u3400-\u9fff]{1,4}?)"
    # 按时下达 (资金下达时间 of a transfer), 按时报送, 及时公开: the verbs of 时效指标
    rf"(?:{_QUALIFIED_VERBS}|到位|无误|到账|了)?"
)
# The verb of the work before a negated word (发放不及时, 使用不规范, 报送不准确): the word is
# negated as 不及时 alone is.
_LEAD_WORK_VERB_RE: Final = re.compile(_QUALIFIED_VERBS)


# 群众文化生活得到有效提升: a subject, a verb of what it gained, a family word (a degree
# word before it allowed).
_GAINED_RE: Final = re.compile(
    r"(?P<subject>[\u3400-\u9fff]{0,12}?)(?:得到了?|获得了?|实现了?)(?P<word>[\u3400-\u9fff]{2,6})"
)
# What in the subject changes what the sentence says (未得到, 尚未实现, 部分得到).
_SUBJECT_CHANGERS_RE: Final = re.compile("[未不没无非否待尚暂仍]|部分|基本|预计|计划|拟|将")
# A wish or a need right before the verb (需进一步得到改善, 有望得到提升, 难以得到提升): the
# sentence says the word is not reached. Only at the end of the subject, so that 应急能力
# or 供应保障 are subjects like any other.
_SUBJECT_MODAL_RE: Final = re.compile(
    "(?:需要?|亟需|应当?|应该|有望|可望|争取|力争|难以|希望|确保|努力|要)"
    "(?:进一步|逐步|不断|持续|切实|充分|尽快|全面|更好地?)?$"
)


def _partial_degree(degree: str | None, family: str) -> bool:
    """Whether a value's degree word makes its family word a partial result.

    ``基本`` always does (基本健全); a degree of work still going on (``逐步``, ``持续``,
    ``不断``, ``日趋``, ``日益``) does before a word of the soundness family: ``逐步完善``
    says the mechanism is not yet 健全. ``进一步完善`` (further improved) reaches it.

    Example:
        >>> _partial_degree("逐步", "soundness"), _partial_degree("逐步", "improvement")
        (True, False)
    """
    return degree in voc.PARTIAL_DEGREES or (
        degree in voc.GRADUAL_DEGREES and family == "soundness"
    )


def _gained_word(text: str, raw: str) -> QualitativeValue | None:
    """A family word a subject gained: ``群众文化生活得到有效提升`` is 有效提升.

    The subject is the indicator's own (it stays in the raw text); one that holds a
    negation or a plan (``未得到``, ``预计得到``), or ends in a wish or a need
    (``需进一步得到改善``, ``有望得到提升``), is none of this.
    """
    if "得到" not in text and "获得" not in text and "实现" not in text:
        return None
    found = _GAINED_RE.fullmatch(text)
    if found is None:
        return None
    subject = found.group("subject")
    if _SUBJECT_CHANGERS_RE.search(subject) or _SUBJECT_MODAL_RE.search(subject):
        return None
    degree, word = _strip_degree(found.group("word"))
    family = _family_of(word)
    if family is None or family in ("zero", "yes"):
        return None
    return QualitativeValue(word, family, _partial_degree(degree, family), degree=degree, text=raw)


# The lead of a state reached before a word of the opposite (已延期, 已经逾期, 均已超期): the
# word alone says it (r35j), as 已合格 says 合格.
_OPPOSITE_LEAD_RE: Final = re.compile("^(?:已经|均已|已)(?=..$)")


def _qualitative_value(text: str, raw: str) -> QualitativeValue | None:
    if text in SAME_DAY_WORDS:
        return None  # 即时办结: within one working day, not the word 即时 (r35j)
    family = _family_of(text)
    if family is not None:
        return QualitativeValue(text, family, text=raw)
    if text in _SOUNDNESS_PAIRS:
        return QualitativeValue(text[2:], "soundness", text=raw)  # 建立健全: 健全 (parse52 M8)
    if len(text) > _LONGEST_WORD_CELL:
        return None
    said = _OPPOSITE_LEAD_RE.sub("", text, count=1)  # 已延期, 均已逾期: as 延期 (r35j)
    opposite = voc.OPPOSITE_WORDS.get(said)
    if opposite is not None:
        family = _family_of(opposite)
        if family is not None:
            return QualitativeValue(opposite, family, negation=said, text=raw)
    degree, word = _strip_degree(text)
    family = _family_of(word)
    if family is not None and degree is not None:
        return QualitativeValue(
            word, family, _partial_degree(degree, family), degree=degree, text=raw
        )
    if text[0] == "已" or text[-1] == "中" or (degree is not None and family is None):
        gradual = _degree_after_lead(text, raw)
        if gradual is not None:
            return gradual
    floor = _quality_floor(text)
    if floor is not None:
        return QualitativeValue(floor, "quality", minimum=floor, text=raw)
    # After the degree words: a zero-family shape's subject may be one (进一步无差错).
    if (_may_be_zero(text) and _ZERO_RE.fullmatch(text)) or _zero_list(text):
        return QualitativeValue(text, "zero", text=raw)  # 无损毁、无安全事故: every one none
    led = _zero_with_lead(text, raw)
    if led is not None:
        return led
    wrapped = _WRAPPED_WORD_RE.fullmatch(text)
    if (
        wrapped is not None
        and len(inner := wrapped.group("word")) > 1  # 验收中 is under way, not the grade 中
        and (family := _family_of(inner[2:] if inner in _SOUNDNESS_PAIRS else inner)) is not None
        and _status_of(text) is None  # 已建成 is done, a status first
    ):
        # 验收合格, 全部达标, 准确无误, 及时发放, 已提升, 得到增强, 已建立: the family word
        # with a lead-in or a verb of what was done, as good news is written (已建立健全:
        # the last of two soundness words)
        word = inner[2:] if inner in _SOUNDNESS_PAIRS else inner
        return QualitativeValue(word, family, text=raw)
    gained = _gained_word(text, raw)
    if gained is not None:
        return gained
    passed = _acceptance_passed(text, raw)
    if passed is not None:
        return passed
    lead = _LEAD_WORK_VERB_RE.match(text)
    body = text[lead.end() :] if lead is not None else text
    for prefix in voc.NEGATION_PREFIXES:
        if body.startswith(prefix) and len(body) > len(prefix):
            rest = body[len(prefix) :]
            degree, word = _strip_degree(rest)
            family = _family_of(rest) or _family_of(word)
            if family is not None and family != "zero":
                word = rest if _family_of(rest) else word
                degree = None if _family_of(rest) else degree
                return QualitativeValue(word, family, negation=prefix, degree=degree, text=raw)
    return None


# An acceptance passed, with who or which one between the words (r38k): 通过县级验收,
# 顺利通过竣工验收, 通过第三方验收, 通过终验 (the family's 通过验收), 竣工验收合格,
# 经项目验收合格, 竣工验收通过, 终验合格 (its 合格).
_ACCEPTANCE_PASSED_RE: Final = re.compile(
    r"(?:已经?|均已|均|全部|顺利|已顺利|已全部)?通过了?(?P<passed>[\u3400-\u9fff]{0,6}?)(?:验收|终验)"
    r"|(?:经|经过)?(?P<graded>[\u3400-\u9fff]{1,6}?)验收(?:合格|通过)|(?P<short>终验)(?:合格|通过)"
)
# What makes such a phrase no acceptance passed: a negation or a plan (未通过县级验收,
# 待竣工验收合格, 拟通过专家验收), a part (部分通过), or the acceptance of a stage only
# (通过主体验收, 隐蔽工程验收合格, 通过初步验收, 初验合格): the works are not done.
_ACCEPTANCE_NOT_PASSED_RE: Final = re.compile(
    "[未不没待拟将尚暂否]|预计|计划|部分|基本|主体|基础|隐蔽|中间|阶段|分部|分项|初步|初验|中期"
)


def _acceptance_passed(text: str, raw: str) -> QualitativeValue | None:
    """An acceptance passed with its kind named (``通过县级验收``, ``竣工验收合格``), else None.

    Example:
        >>> [
        ...     getattr(_acceptance_passed(t, t), "word", None)
        ...     for t in ("通过竣工验收", "竣工验收合格", "未通过县级验收", "主体验收合格")
        ... ]
        ['通过验收', '合格', None, None]
    """
    if "验" not in text:
        return None
    found = _ACCEPTANCE_PASSED_RE.fullmatch(text)
    if found is None:
        return None
    if found["short"] is None and _ACCEPTANCE_NOT_PASSED_RE.search(text) is not None:
        return None
    if _status_of(text) is not None:
        return None  # 已通过县级验收, 全部通过验收: done, a status first (as before)
    word = "通过验收" if found["passed"] is not None else "合格"
    return QualitativeValue(word, "conformity", text=raw)


def _zero_with_lead(text: str, raw: str) -> QualitativeValue | None:
    """A zero-family phrase after a negation (negated) or a degree (partial), else None.

    Example:
        >>> [
        ...     (v.word, v.negation, v.degree, v.partial)
        ...     for v in map(lambda t: _zero_with_lead(t, t), ("未能专款专用", "大部分无投诉"))
        ...     if v is not None
        ... ]
        [('专款专用', '未能', None, False), ('无投诉', None, '大部分', True)]
        >>> _zero_with_lead("未发现挪用", "") is None
        True
    """
    if text[:1] not in _ZERO_LEAD_FIRSTS:
        return None  # no branch of _ZERO_LEAD_RE starts here (see there; r38a)
    lead = _ZERO_LEAD_RE.match(text)
    if lead is None or lead.end() == len(text):
        return None
    rest = text[lead.end() :]
    if not (_may_be_zero(rest) and _ZERO_RE.fullmatch(rest)):
        return None
    if lead.group("not") is not None:
        return QualitativeValue(rest, "zero", negation=lead.group(), text=raw)
    return QualitativeValue(rest, "zero", partial=True, degree=lead.group(), text=raw)


# Two soundness words set up together (逐步建立健全): the state reached is the last one.
_SOUNDNESS_PAIRS: Final = frozenset({"建立健全", "建立完善", "健全完善", "完善健全", "建成完善"})


def _degree_after_lead(text: str, raw: str) -> QualitativeValue | None:
    """A degree and a family word with 已 before, 中 after or two soundness words.

    ``已逐步健全`` and ``已基本健全`` are ``逐步健全`` and ``基本健全`` (partial);
    ``逐步建立健全`` is ``逐步健全``; ``不断完善中`` is ``不断完善`` (partial: the work
    goes on, a degree of it before 中); ``已健全并不断完善`` says the state
    is reached and still improved: ``健全``, met. None for any other shape.

    Example:
        >>> (
        ...     str(_degree_after_lead("已逐步健全", "")),
        ...     str(_degree_after_lead("已健全并不断完善", "")),
        ... )
        ('逐步健全', '健全')
        >>> _degree_after_lead("不断完善中", "").partial
        True
    """
    body = text.removeprefix("已经") if text.startswith("已经") else text.removeprefix("已")
    reached, joined, going = body.partition("并")
    if joined:
        # 已健全并不断完善: the state reached, its improvement going on
        degree, word = _strip_degree(going)
        if (
            body != text
            and _family_of(reached) == "soundness"
            and degree in voc.GRADUAL_DEGREES
            and _family_of(word) == "soundness"
        ):
            return QualitativeValue(reached, "soundness", text=raw)
        return None
    ongoing = body.endswith("中")
    degree, word = _strip_degree(body.removesuffix("中"))
    if degree is None:
        return None
    if word in _SOUNDNESS_PAIRS:
        word = word[2:]
    family = _family_of(word)
    if family is None or (ongoing and degree not in voc.GRADUAL_DEGREES):
        return None  # 进一步完善中: no degree of work going on to read
    return QualitativeValue(word, family, _partial_degree(degree, family), degree=degree, text=raw)


def _quality_floor(text: str) -> str | None:
    """The grade a value gives as a floor (``良好以上``, ``≥良好``, ``不低于良好``), or None.

    Example:
        >>> _quality_floor("良好及以上"), _quality_floor("优以下")
        ('良好', None)
    """
    found = _OP_PREFIX_TABLE.starting(text)
    if found is not None:
        op, word = found[1], text[len(found[0]) :]
    else:
        suffix = _OP_SUFFIX_TABLE.ending(text, len(text))
        if suffix is None:
            return None
        op, word = suffix[1], text[: -len(suffix[0])]
    return word if op is Op.GE and word in _QUALITY_WORDS else None


# What a dated lead-in (截至8月底, 1-8月) may start with.
_LEAD_IN_FIRSTS: Final = frozenset("截至0123456789")


# What 未出现 and 未发现 say alone before a figure (未出现,0起): nothing was, as with a noun.
_NONE_SEEN_WORDS: Final = frozenset({"未出现", "未发现", "没有出现", "没有发现", "并未出现"})


def _zero_clause(head: str) -> bool:
    """Whether a clause before a figure says nothing went wrong (未超预算, 未发生, 未出现).

    >>> [_zero_clause(t) for t in ("未超预算", "未出现", "无超支", "未完成", "未发生变化")]
    [True, True, True, False, False]
    """
    if not ("未" in head or "无" in head or "没" in head or "零" in head):
        return False
    return head in _NONE_SEEN_WORDS or (_may_be_zero(head) and _ZERO_RE.fullmatch(head) is not None)


def _quantity(norm: Normalized) -> Quantity | None:
    text = norm.text
    if not _NUMBER_HINT_RE.search(text) and not ("AA" in text and _A_GRADE_RE.search(text)):
        return None  # (AAA级 is 3A级)
    if text[0] in _LEAD_IN_FIRSTS and "," in text:
        comma = dated_lead_in(text)
        if comma is not None:
            # 截至8月底,已完成60%: the time leads the figure in, as in 截至8月底已完成60%.
            text = text[:comma] + text[comma + 1 :]
            norm = Normalized(norm.raw, text, None)
    status: Status | None = None
    body = text
    zero_note: str | None = None
    for sep in (",", ";", ":"):
        head, found, tail = text.partition(sep)
        if found and tail:
            if _zero_clause(head):
                # 未超预算,结余4万元, 未发生,共0起, 未出现,0起: the figure, the clause of
                # nothing gone wrong its note (k31l: 未超预算 was read as 未完成)
                zero_note, body = head, tail
                break
            head_status = _status_of(head)
            if head_status is not None:
                status, body = head_status, tail
                break
    if status is None and text[-1] == ")":
        # 已完成(100%), 基本完成(95%): the bracket gives the figure of the status.
        opener = _closing_bracket(text, len(text))
        if opener and len(text) - opener > 2:  # noqa: PLR2004 - not an empty bracket
            head = text[:opener]
            head_status = _status_of(head)
            if head_status is not None:
                status, body = head_status, text[opener + 1 : -1]
            elif "未" in head and _budget_kept_said(head):
                zero_note, body = head, text[opener + 1 : -1]  # 未超预算(结余4万元) (k31l)
    number = _number_expression(normalize(body) if body is not text else norm, "value")
    # A note (100%覆盖, 95%(抽查)) says how the figure was reached; the figure stands.
    if number is None or (number.high is not None and not number.approximate):
        return None
    if (
        number.note is not None
        and (bare := _BARE_FIGURE_RE.fullmatch(number.note)) is not None
        # 完成45个（90%）: a rate beside a count is the count's share of the plan
        and not (number.note.endswith("%") and number.unit not in (None, "%"))
        # 20期（1200人次）: a figure in another measure word says what the count held
        and not _other_measure(bare[1], number.unit)
        # 2.86万亩（1906.7公顷）: the same area restated in another unit (parse32 H2)
        and not _restated_area(number.value, number.unit, number.note)
        # 出车率96.2%（3分钟内）: the time window of a rate, as in its name (p34 H2)
        and not (number.unit == "%" and _RATE_WINDOW_NOTE_RE.fullmatch(number.note))
    ):
        return None  # 10（12）: two figures, and nothing says which was done
    label = number.label
    if label is not None and status is None:
        label_status = _status_of(label)
        if label_status is not None:
            status, label = label_status, None
            unit = number.unit
            if unit is not None and unit[0] in _GRADE_FIRSTS and _is_grade("", unit, None):
                return None  # 已完成,2类: without its label a bare 类 is a class, as 2类 is
        elif number.unit == "%" and _is_share_label(label):
            # 完成全年任务的45%, 工程进度45%: the share of the year's work, as 完成45% is
            status, label = Status.DONE, None
    note = number.note
    if zero_note is not None and note is None:
        note = zero_note
    if status is None and note in _SHARE_NOTES and number.unit == "%":
        # 100%完成, 80%（完成）: the completion word after the share, as 完成100% is
        status, note = Status.DONE, None
    if status is Status.DONE and label is None and number.unit == "%" and number.value < 100:  # noqa: PLR2004
        # 已完成60%, 已拨付30%: the completion word says what the share is of; the work
        # is partly done (and not done at all at 0%), never done.
        partly = is_share_in_progress(number.value, number.unit)
        status = Status.PARTIAL if partly else Status.NOT_DONE
    bound = number.bound or (Bound.MORE_THAN if number.more else Bound.EXACT)
    if number.more and bound is Bound.EXACT:
        bound = Bound.MORE_THAN  # 达500余人: reached more than 500, as 500余人 is
    if number.op is not None:
        bound = _BOUND_OF_OP[number.op]
    value = number.value
    if number.approximate and number.high is not None:
        # 七八个 is about 7 (the lower figure); with a bound word the figure it bounds:
        # 七八个以上 is at least 7, 不到七八个 less than 8.
        if bound in (Bound.AT_MOST, Bound.LESS_THAN):
            value = number.high
        elif bound in (Bound.EXACT, Bound.APPROXIMATELY):
            bound = Bound.APPROXIMATELY
    if bound is Bound.APPROXIMATELY and not _prints_back(label, bound):
        return None
    return Quantity(value, number.unit, bound, label, status, note, text=norm.raw)


def _average_within(value: Value, text: str) -> Value:
    """``平均12分钟内发布``: staff write the average N minutes so, no bound on it (parse39 M2).

    Example:
        >>> _average_within(parse_value("平均12分钟内"), "平均12分钟内").bound.value
        'exact'
    """
    if (
        isinstance(value, Quantity)
        and value.bound is Bound.AT_MOST
        and value.label is not None
        and value.label.endswith("平均")
        and "内" in text
        and _AVERAGE_WITHIN_RE.search(text) is not None
    ):
        return evolve(value, bound=Bound.EXACT)
    return value


# An average time then 内 (平均12分钟内, 平均1.5小时以内): the average, as 平均12分钟 is.
_AVERAGE_WITHIN_RE: Final = re.compile(r"平均\d+(?:\.\d+)?(?:秒钟?|分钟|小时|个?工作日|天|日)以?内")


# A measure word, the noun it counts and what they did (38家企业参展, 105名学生参训): the
# verb is the note, the measure word and its noun the unit (as 38家企业 is).
_COUNTED_ACTING_RE: Final = re.compile(
    f"([{''.join(sorted(voc.MEASURE_WORDS))}][\u4e00-\u9fff]{{0,4}}?)"
    "(参展|参会|参赛|参训|参加|参与|参保|入驻|落户|入园|受益|获益|就业|签约|投产|失传)"
)
# A sum of money and how it was paid (按每件1500元发放, 按1500元标准发放, 100元足额发放,
# 1500元发放到位): the verb is the note, the unit the money's (parse18 H4).
# Also after a per-unit sum (按80元/头兑付, 按25000元/人标准发放: parse22 H3), and the
# verbs of insurance (按800元/头理赔, 赔付, 补偿: regress46), and of a contract's price
# (按33元/个结算, 核算, 计价, 包干, 核定, 按165元/株计: parse47 H2).
_MONEY_PAID_WORDS: Final = (
    "((?:标准|足额|按时|及时|全额)?(?:发放|拨付|兑付|兑现|支付|补助|理赔|赔付|补偿"
    "|结算|核算|计价|包干|核定|计)(?:到位|完毕)?)"
)
# (按600元/人/年发放: the year after a second slash, as after ·; parse42 M1; any period,
# 按120元/人/天发放, 按120元/人·天发放, parse43 H2)
# an area too, 按1.86万元/平方公里结算 (parse47 H2)
_MONEY_PER_UNIT: Final = (
    "(?:/(?:[\u4e00-\u9fff]{1,2}|平方公里|平方米|km²|m²)(?:[·/][年月天日周季次])?)?"
)
_MONEY_PAID_END_RE: Final = re.compile(f"元{_MONEY_PER_UNIT}{_MONEY_PAID_WORDS}$")
# The same words read into a unit (元发放, 元标准发放, 元/头兑付): the money's unit and the note.
_MONEY_PAID_UNIT_RE: Final = re.compile(f"((?:万|亿|千)?元{_MONEY_PER_UNIT}){_MONEY_PAID_WORDS}")
# The last characters of the verbs of _COUNTED_ACTING_RE, which ends with one of them: a
# unit ending otherwise skips the pattern.
_ACTING_LASTS: Final = frozenset("展会赛训加与保驻户园益业约产传")


def _may_be_paid_unit(unit: str) -> bool:
    """Whether :data:`_MONEY_PAID_UNIT_RE` can match *unit* (a cheap test before it).

    The pattern starts with 元 or a scale and 元, and a paying verb of two characters
    at least follows, but for 元计 (按1000元计, parse47 H2): a unit of two characters or
    fewer (万元, %), or one without 元 in its first two, cannot match.
    """
    return (len(unit) > 2 or unit == "元计") and "元" in unit[:2]  # noqa: PLR2004


# Completion words after a percentage that make it the share of the work done (100%完成).
_SHARE_NOTES: Final = frozenset({"完成", "完工", "到位", "拨付", "发放", "兑现"})

# A figure alone, with a short unit at most (a bracket of 10（12）), but no date (2023年).
_BARE_FIGURE_RE: Final = re.compile(r"[\d.,]+(?![年月日号])(\D{0,3})")
# The time window of a rate in a value's bracket (3分钟内, 10秒, 48小时, 3天内): no second figure.
_RATE_WINDOW_NOTE_RE: Final = re.compile(r"\d+(?:\.\d+)?(?:秒钟?|分钟|小时|个?工作日|天)内?")


def _other_measure(note_unit: str, unit: str | None) -> bool:
    """Whether a bracketed figure counts in a measure word of its own, no other reading.

    ``20期（1200人次）`` holds 1200 attendances in 20 sessions: a note. ``10（12）``,
    ``10个（12个）`` and ``10万元（12万元）`` give a second figure of the same thing.

    Example:
        >>> _other_measure("人次", "期"), _other_measure("个", "个"), _other_measure("", "个")
        (True, False, False)
    """
    if unit is None or note_unit == "":
        return False
    # 18.6亿元（3215笔）, 12.6万平方米（2480套）, 1860人（218万元）: a multiplier before the
    # measure, or an area, counts as 218元（2180人） does (parse39 H2)
    note_measure, measure = _unscaled(note_unit), _unscaled(unit)
    return (
        _counts_in_measure(note_measure)
        and _counts_in_measure(measure)
        and note_measure != measure
        and not (_is_area(note_measure) and _is_area(measure))  # 2.86万亩（1200公顷）: two areas
    )


def _is_area(unit: str) -> bool:
    return unit in _AREA_IN_MU


def _unscaled(unit: str) -> str:
    """*unit* without a leading 万/亿/千/百 multiplier (万元 is 元), when a unit follows it."""
    return unit[1:] if len(unit) > 1 and unit[0] in "万亿" else unit


def _counts_in_measure(unit: str) -> bool:
    """Whether *unit* starts with a measure word or is an area (元, 人次, 平方米, 亩)."""
    return unit != "" and (unit[0] in voc.MEASURE_WORDS or unit in _AREA_IN_MU)


# Areas in 亩, for a bracket that restates the figure before it in another unit.
_AREA_IN_MU: Final = MappingProxyType(
    {
        "亩": Decimal(1),
        "万亩": Decimal(10000),
        "公顷": Decimal(15),
        "万公顷": Decimal(150000),
        "hm²": Decimal(15),
        "hm2": Decimal(15),
        "平方米": Decimal("0.0015"),
        "m²": Decimal("0.0015"),
        "平方公里": Decimal(1500),
        "km²": Decimal(1500),
    }
)
# Lengths in metres and times in minutes, restated so too (3.6公里（3600米）, parse43 H3).
_LENGTH_IN_M: Final = MappingProxyType(
    {
        "公里": Decimal(1000),
        "千米": Decimal(1000),
        "km": Decimal(1000),
        "米": Decimal(1),
        "m": Decimal(1),
    }
)
_TIME_IN_MINUTES: Final = MappingProxyType(
    {
        "天": Decimal(1440),
        "小时": Decimal(60),
        "h": Decimal(60),
        "分钟": Decimal(1),
        "min": Decimal(1),
    }
)
_CONVERTIBLE: Final = (_AREA_IN_MU, _LENGTH_IN_M, _TIME_IN_MINUTES)
# Days of training restated in hours of class (15天（120学时）, 40学时（5天）): no fixed
# rate, but 1 to 12 hours a day; more or fewer says something else (parse43 H3).
_TRAINING_DAYS: Final = frozenset({"天", "日"})
_TRAINING_HOURS: Final = frozenset({"学时", "课时", "小时"})
_HOURS_A_DAY: Final = (Decimal(1), Decimal(12))
_RESTATED_RE: Final = re.compile(r"(?P<figure>\d+(?:\.\d+)?)(?P<unit>\D{1,4})")
_RESTATED_TOLERANCE: Final = Decimal("0.01")


def _restated_area(value: Decimal, unit: str | None, note: str) -> bool:
    """Whether a bracket gives the same area as the figure before it, in another unit.

    ``2.86万亩（1906.7公顷）`` and ``56.8公顷（852亩）`` restate one area: the bracket is
    a note. Within 1 %, as a conversion rounds; a bracket of another area is none. So do
    a length or a time (``3.6公里（3600米）``, ``2小时（120分钟）``), and days of training
    in hours of class at 1 to 12 a day (``15天（120学时）``; parse43 H3).

    Example:
        >>> from decimal import Decimal as D
        >>> (
        ...     _restated_area(D("2.86"), "万亩", "1906.7公顷"),
        ...     _restated_area(D("56.8"), "公顷", "852亩"),
        ... )
        (True, True)
        >>> _restated_area(D("2.86"), "万亩", "1200公顷"), _restated_area(D("12"), "个", "15个")
        (False, False)
        >>> _restated_area(D("3.6"), "公里", "3600米"), _restated_area(D("15"), "天", "120学时")
        (True, True)
        >>> _restated_area(D("3.6"), "公里", "4600米"), _restated_area(D("15"), "天", "600学时")
        (False, False)
    """
    found = _RESTATED_RE.fullmatch(note.replace(",", ""))
    if found is None or unit is None or found["unit"] == unit:
        return False
    other = Decimal(found["figure"])
    for days, hours in ((unit, found["unit"]), (found["unit"], unit)):
        if days in _TRAINING_DAYS and hours in _TRAINING_HOURS:
            day_count, hour_count = (value, other) if days == unit else (other, value)
            low, high = _HOURS_A_DAY
            if day_count > 0 and low * day_count <= hour_count <= high * day_count:
                return True
    table = next((table for table in _CONVERTIBLE if unit in table), None)
    if table is None or found["unit"] not in table:
        return False
    first = value * table[unit]
    second = other * table[found["unit"]]
    return first > 0 and abs(first - second) <= first * _RESTATED_TOLERANCE


def training_time_restated(quantity: Quantity, unit: str) -> Quantity | None:
    """The bracket of a training time that restates it in *unit*, else None (parse43 H3).

    ``12天（96学时）`` against ``≥120学时`` is judged on the 96学时 the bracket gives: days
    and hours of class have no fixed rate, so the bracket is the figure in the target's unit.

    Example:
        >>> str(training_time_restated(parse_value("12天（96学时）"), "学时"))
        '96(学时)'
        >>> training_time_restated(parse_value("12天（96学时）"), "天")
    """
    timed = _TRAINING_DAYS | _TRAINING_HOURS
    if quantity.note is None or quantity.unit not in timed or unit not in timed:
        return None
    found = _RESTATED_RE.fullmatch(quantity.note.replace(",", ""))
    if (
        found is None
        or quantity.unit == unit
        or found["unit"] != unit
        or not _restated_area(quantity.value, quantity.unit, quantity.note)
    ):
        return None
    return Quantity(Decimal(found["figure"]), unit, quantity.bound, text=quantity.text)


def _prints_back(label: str | None, bound: Bound) -> bool:
    """Whether a value's label and the 约 printed for *bound* read back as they are.

    ``节`` before 约 prints ``节约``, ``大`` prints ``大约``: one word, no label and bound.
    """
    return (
        label is None
        or bound is not Bound.APPROXIMATELY
        or (label[-1] not in _WORDS_ENDING_IN["约"] and label[-1] != "大")
    )


# What begins a bracket that gives the actual figure after the planned one.
_ACTUAL_LEAD_RE: Final = re.compile(r"(?:实际完成|实际为|实际|已完成):?")


def _actual_in_bracket(norm: Normalized) -> Quantity | None:
    """The actual figure a final bracket gives: ``计划10个（实际12个）`` is 12 个.

    The figure before the bracket is the plan (计划, 目标, 应完成): what was done is
    the bracket's, with the unit of the head when the bracket has none.
    """
    text = norm.text
    opener = _closing_bracket(text, len(text))
    if not opener:
        return None
    lead = _ACTUAL_LEAD_RE.match(text, opener + 1, len(text) - 1)
    if lead is None or lead.end() == len(text) - 1 or _is_unit(text[opener + 1 : -1]):
        return None
    actual = _quantity(Normalized(norm.raw, text[lead.end() : -1], None))
    if actual is None or actual.label is not None or actual.status is not None:
        return None
    unit = actual.unit
    if unit is None:
        head = _quantity(Normalized(norm.raw, text[:opener], None))
        unit = None if head is None else head.unit
    return Quantity(actual.value, unit, actual.bound, text=norm.raw)


# What a plan clause before the actual one starts with (计划10个,实际完成12个).
_PLAN_HEAD_RE: Final = re.compile(r"(?:年度|全年)?(?:计划|目标|应)(?:完成|任务|数|值)?:?")
_PLAN_FIRSTS: Final = frozenset("年全计目应")
# What begins the clause that gives the actual figure after the planned one.
_CLAUSE_ACTUAL_LEAD_RE: Final = re.compile(r"(?:实际完成|实际为|实际|已完成|完成)了?:?")


def _actual_in_clause(norm: Normalized) -> Quantity | None:
    """The actual figure of a second clause after the plan: ``计划10个,实际完成12个`` is 12 个.

    The first clause is the plan (计划, 目标, 应完成 and a figure), the second what was
    done (实际, 实际完成, 已完成, 完成 and a figure, in the plan's unit or none): the
    value is the second figure, the raw text keeps both. None for any other shape.
    """
    text = norm.text
    sep = _VALUE_SEP_RE.search(text)
    if sep is None:
        return None
    head, tail = text[: sep.start()], text[sep.end() :]
    plan = _PLAN_HEAD_RE.match(head)
    lead = _CLAUSE_ACTUAL_LEAD_RE.match(tail)
    if (
        plan is None
        or lead is None
        or plan.end() == len(head)
        or lead.end() == len(tail)
        or _VALUE_SEP_RE.search(tail) is not None
    ):
        return None
    planned = _quantity(Normalized(norm.raw, head[plan.end() :], None))
    actual = _quantity(Normalized(norm.raw, tail[lead.end() :], None))
    if (
        planned is None
        or actual is None
        or planned.label is not None
        or actual.label is not None
        or planned.status is not None
        or actual.status is not None
        or (actual.unit is not None and actual.unit != planned.unit)  # 计划10个,完成95%
    ):
        return None
    return Quantity(actual.value, planned.unit, actual.bound, text=norm.raw)


# A count, then its share of the whole in a clause of its own: 引入物业服务44个，占83%,
# 大学生入伍146人，占比80% (parse22 M2).
_SHARE_AFTER_COUNT_RE: Final = re.compile(
    r"(?P<count>[^,;]*\d[^,;]*),(?P<word>占比?)(?P<rate>\d+(?:\.\d+)?)%"
)


def _share_after_count(norm: Normalized) -> Quantity | None:
    """The share of a count said after it: ``引入物业服务44个，占83%`` is 83 %.

    The share is labelled with its word (占, 占比) and keeps the count as its note
    (``占83(%)(引入物业服务44个)``), as a bracket after the figure would. None unless the
    first clause is a figure counted in a unit other than %.

    Example:
        >>> str(_share_after_count(normalize("大学生入伍146人,占比80%")))
        '占比80(%)(大学生入伍146人)'
    """
    found = _SHARE_AFTER_COUNT_RE.fullmatch(norm.text)
    if found is None:
        return None
    count = _quantity(Normalized(norm.raw, found["count"], None))
    if count is None or count.unit in (None, "%") or count.note is not None:
        return None
    return Quantity(
        Decimal(found["rate"]), "%", label=found["word"], note=found["count"], text=norm.raw
    )


# A + after a figure (10万+, 1000+人次, 阅读量10万+): more than it, as 余 says.
_PLUS_AFTER_FIGURE_RE: Final = re.compile(r"(?<=[\d万千百亿])\+(?=[\u3400-\u9fff]{0,4}$)")


# A + or 多 after a share closing the cell (95%+, 90%多, 满意度95%+): more than it, as 95余%
# is (they were text).
_MORE_AFTER_SHARE_RE: Final = re.compile(r"(?<=\d)(?P<sign>[%‰])(?:\+|多)$")


# A count per a number of periods (1次/2年, ≥1次/两年, 2次/3个月, 2次/每2个月, 1次/10天):
# the periods counted.
_COUNT_PER_PERIODS_RE: Final = re.compile(
    r"(?P<op>[≥≤><=])?(?P<count>\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}?)"
    r"/每?(?P<periods>[2-9]|[1-9]\d|[两二三四五六七八九十])(?P<period>年|个月|季度|周|天)"
)


# A schedule whose periods are counted in figures (每2个月, 每3个月, 每2周, 每10天, 每隔1个月,
# 每2个季度): read as the same schedule in words (每两个月, 每十天, 每隔一个月), the label
# keeping the figures (r36b: it was prose). 每2年 and 每2月 read as they stand.
_SCHEDULE_IN_FIGURES_RE: Final = re.compile(
    r"每(?P<gap>隔)?(?P<periods>[1-9]\d?)(?P<period>个月|个?季度|个?星期|周|天|日|个?工作日)"
)
_NUMERAL_WORDS: Final = "一两三四五六七八九"


def _numeral(number: int) -> str:
    """*number* (1-99) in Chinese numerals, 2 as 两 alone (两个月, 十二个月, 二十天).

    >>> [_numeral(n) for n in (2, 10, 12, 20, 35)]
    ['两', '十', '十二', '二十', '三十五']
    """
    tens, units = divmod(number, 10)
    if tens == 0:
        return _NUMERAL_WORDS[units - 1]
    head = "" if tens == 1 else "二" if tens == 2 else _NUMERAL_WORDS[tens - 1]  # noqa: PLR2004
    tail = "" if units == 0 else "二" if units == 2 else _NUMERAL_WORDS[units - 1]  # noqa: PLR2004
    return f"{head}十{tail}"


def _schedule_in_words(text: str) -> tuple[str, str, str] | None:
    """The schedule in figures opening *text*, it in words, and *text* with it in words.

    >>> _schedule_in_words("每2个月开展1次")
    ('每2个月', '每两个月', '每两个月开展1次')
    >>> _schedule_in_words("每隔1个月1次")
    ('每隔1个月', '每隔一个月', '每隔一个月1次')
    >>> _schedule_in_words("每2年1次") is None
    True
    """
    found = _SCHEDULE_IN_FIGURES_RE.match(text)
    if found is None:
        return None
    said = found.group(0)
    words = f"每{found['gap'] or ''}{_numeral(int(found['periods']))}{found['period']}"
    return said, words, words + text[found.end() :]


# A schedule (每年, 每两年, 每2年, 每季度, 每两个月) then a count of times in a Chinese numeral
# closing the cell (每两年一次, 每年两次, 每季度开展一次), a verb of up to four characters
# between (r35r).
_WORDED_SCHEDULE_COUNT_RE: Final = re.compile(
    r"(?P<every>每(?:[2-9]|[1-9]\d|[两二三四五六七八九十])?(?:个月|月|季度|年|半年|周|天|日))"
    r"(?P<verb>[\u4e00-\u9fff]{0,4}?)(?P<count>[一两二三四五六七八九十])次"
)


def _worded_schedule_count(text: str) -> str | None:
    """*text* with the count of a schedule written in figures, else None.

    >>> _worded_schedule_count("每两年一次"), _worded_schedule_count("每季度开展两次")
    ('每两年1次', '每季度开展2次')
    >>> _worded_schedule_count("最多跑一次") is None
    True
    """
    found = _WORDED_SCHEDULE_COUNT_RE.fullmatch(text)
    if found is None:
        return None
    return f"{found['every']}{found['verb']}{chinese_to_int(found['count'])}次"


# A + closing the cell after a figure and its unit (200人+, 1000人次+, 10万元+): more than
# it, as 200+人 is (r35p: it was text).
_PLUS_AFTER_UNIT_RE: Final = re.compile(
    r"(?<=\d)(?P<unit>(?:[万千百亿](?=[\u3400-\u9fff]))?[\u3400-\u9fff]{1,4})\+$"
)


def _plus_as_more(text: str) -> str | None:
    """*text* with its closing ``+`` (or ``多`` after a share) written ``余``, else None.

    A ``+`` after the unit is the same (``200人+`` is ``200余人``, ``10万元+`` ``10余万元``).

    >>> _plus_as_more("200+人"), _plus_as_more("95%+"), _plus_as_more("3+2")
    ('200余人', '95余%', None)
    >>> _plus_as_more("200人+"), _plus_as_more("10万元+"), _plus_as_more("3人+2人")
    ('200余人', '10余万元', None)
    """
    share = _MORE_AFTER_SHARE_RE.search(text)
    if share is not None and "+" not in text[: share.start()]:
        return f"{text[: share.start()]}余{share['sign']}"
    after = _PLUS_AFTER_UNIT_RE.search(text)
    if after is not None:
        if "+" in text[: after.start()]:
            return None
        return f"{text[: after.start()]}余{after['unit']}"
    plus = _PLUS_AFTER_FIGURE_RE.search(text)
    if plus is None or "+" in text[plus.end() :]:
        return None
    return f"{text[: plus.start()]}余{text[plus.end() :]}"


def _more_than_plus(norm: Normalized) -> Quantity | None:
    """A figure followed by ``+`` read as more than it: ``10万+`` is ``>10(万)``.

    After a share, ``+`` or ``多`` closing the cell is the same: ``95%+`` and ``90%多``
    are ``>95(%)`` and ``>90(%)``, as ``95余%`` is.
    """
    rewritten = _plus_as_more(norm.text)
    if rewritten is None:
        return None
    more = _quantity(Normalized(norm.raw, rewritten, None))
    if more is None or more.bound is not Bound.MORE_THAN or more.status is not None:
        return None
    return more


def _value_with_symbol(norm: Normalized) -> Quantity | None:
    """A value that repeats the target's operator: ``≥266米`` is 266 at least."""
    text = norm.text
    if text[:1] not in _OP_SYMBOLS:
        return None
    bound = _BOUND_OF_OP[_OP_SYMBOLS[text[0]]]
    # ≥不低于95%, ≥以上95%: the sign and its word say one bound (parse54 M1)
    agreeing = _agreeing_word(text) if text[1:2] in _OP_WORD_FIRSTS else None
    skip = 1 if agreeing is None else 1 + len(agreeing[0])
    rest = _quantity(normalize(text[skip:]))
    if rest is None or rest.bound is not Bound.EXACT or rest.label is not None:
        return None
    note = rest.note
    figure = f"{rest.value}{rest.unit or ''}"
    if note in ("不含", f"不含{figure}") and bound in _STRICT_BOUNDS:
        bound, note = _STRICT_BOUNDS[bound], None  # ≥95%(不含): more than 95 %
    return Quantity(rest.value, rest.unit, bound, None, rest.status, note, text=norm.raw)


# What makes a clause or bracket after a value more than a remark: a negation, something
# pending, planned or partial, or a contrast (已完成,但未验收).
_MEANING_CHANGERS_RE: Final = re.compile(
    "未|不|没|无|非|否|待|尚|暂|仍|正在|但|却|预计|计划|拟|将|差|滞后|延|逾期|部分|基本"
)
# A remark after a date of work done that names the plan it is compared with or the
# reason for it (原定6月, 较计划提前1个月, 因审批手续复杂): no second fact.
_DATE_REMARK_RE: Final = re.compile(
    r"(?:原定|原计划|(?:较|比)原?计划)[^,;。()]{1,16}|(?:因|由于)[\u3400-\u9fff]{2,20}"
)
_LATE_IN_REMARK_RE: Final = re.compile("逾期|延期|超期|滞后|推迟|延迟|拖期|拖延|未|没")
# A date of a part of the work (5月完成首批, 第一批, 部分, 一期), or a remark naming more than
# the date's work did (5月完成安装(原定6月完成全部), 全面, 整体): the date is not that of
# the whole work. After a bare word of completion (5月完成(原定6月全部完成)) the remark's
# scope is the date's own.
_PART_OF_WORK_RE: Final = re.compile(
    "首批|第[一二三四五六七八九十0-9]+批|头批|部分|分批|[一二三四五首]期|阶段"
)
_LARGER_SCOPE_RE: Final = re.compile("全部|全面|整体|所有|其余|剩余")
_BARE_DONE_TAILS: Final = ("完成", "完工", "竣工", "建成", "办结", "完毕")


def _date_of_part(head: str, remark: str) -> bool:
    """Whether a dated *head* with its *remark* dates a part of the work only."""
    if _PART_OF_WORK_RE.search(head) is not None:
        return True  # 5月完成首批(原定6月): the first batch only
    return _LARGER_SCOPE_RE.search(remark) is not None and not head.endswith(_BARE_DONE_TAILS)


# A clause naming an exception to the word before it (专款专用,个别项目存在调剂): the
# word holds for the rest only. The clause must state a fault (regress43 W1): good news in
# the same shape (个别项目存在提前完工, 少数指标有所提升, 部分项目有结余) is no exception,
# and a fault already put right (个别工地存在隐患已整改, 少量设备出现故障已修复) leaves the
# word met.
_EXCEPTION_CLAUSE_RE: Final = re.compile(
    "(?:极?个别|少数|少量|部分)[\u3400-\u9fff]{0,10}?(?:存在|仍有|有|出现|发生)"
)
_EXCEPTION_FAULT_RE: Final = re.compile(
    "(?:问题|隐患|超标|调剂|挪用|挤占|截留|套取|冒领|虚报|滞后|延期|延迟|延误|逾期|拖欠"
    "|不达标|不合格|不规范|不到位|不及时|不完善|不全|不足|违规|违纪|缺失|缺项|遗漏|差错"
    "|错误|偏差|故障|事故|投诉|漏洞|缺陷|瑕疵|短板|差距|返工|超支|闲置|损坏|破损|渗漏"
    "|未(?!发现|发生|出现))"
    # a fault already put right (隐患已整改, 故障已修复) is none left
    "(?!\\S{0,4}?已(?:整改|消除|排除|解决|处理|修复|完成整改|整改到位))"
)
# What an exception to a zero-family word must name to be one: an event of the kind
# the word rules out (事故, a misuse, a complaint), not a hazard or a slip of another
# kind (未发生安全事故,个别工地存在隐患: no accident; regress45 W2).
_ZERO_EXCEPTION_RE: Final = re.compile(
    "事故|挪用|挤占|截留|套取|冒领|虚报|违规|违纪|投诉|调剂|超支|侵占|骗取|疫情|案件"
)
# A clause of what is still to come (已竣工,待验收): at most partial.
_PENDING_CLAUSE_RE: Final = re.compile(r"待[\u3400-\u9fff]{1,8}")
# The acceptance still to come, alone a status word (待验收 is in progress, r34f); after a
# status or prose it is the pending clause, partial, as ever.
_AWAITING_ACCEPTANCE_RE: Final = re.compile("(?:尚待|等待|待)(?:竣工|最终)?验收")
_LONGEST_REMARKED_VALUE: Final = 40


# A phase of the works done, alone in its clause: 一期项目已完成, 二期工程已完工.
_PHASE_DONE_RE: Final = re.compile(
    "(?:项目|工程)?(?P<phase>[一二三四五首])期(?:工程|项目)?(?P<rest>已.+)"
)


def _phases_done(*clauses: str) -> bool:
    """Whether *clauses* state every phase done, from the first on (一期…已完成,二期…已完成).

    One phase is a stage (text); the first and the next, each done, are the whole works.

    Example:
        >>> (
        ...     _phases_done("一期项目已完成", "二期项目已完成"),
        ...     _phases_done("一期已完工", "一期已验收"),
        ... )
        (True, False)
    """
    phases = []
    for clause in clauses:
        found = _PHASE_DONE_RE.fullmatch(clause)
        if found is None or _status_phrase(found["rest"]) is not Status.DONE:
            return False
        phases.append("一" if found["phase"] == "首" else found["phase"])
    return sorted(phases) == sorted(set(phases)) and "一" in phases


def _split_value_remark(text: str) -> tuple[str, str] | None:
    """(head, remark): a final bracket's content, or the one clause after ``, ; 。``."""
    if text[-1] == ")":
        split = _split_remark(text)
        return None if split is None else split[:2]
    sep = _VALUE_SEP_RE.search(text)
    if sep is None:
        return None
    head, remark = text[: sep.start()], text[sep.end() :]
    if not head or not remark or _VALUE_SEP_RE.search(remark):
        return None  # one clause only
    return head, remark


def _remark_status(part: Value) -> tuple[bool, Status | None] | None:
    """What a part of a value says: (whether it may stand as a mere remark, its status).

    None when the part changes what the other says: a number, a negated word, or prose
    with a digit or a negation (已完成,但质量不合格).
    """
    match part:
        case StatusValue():
            if _AWAITING_ACCEPTANCE_RE.fullmatch(part.word):
                return False, Status.PARTIAL  # 待验收 after a status (r34f: now a word)
            return False, part.status
        case DateValue():
            return False, part.status
        case QualitativeValue():
            return (True, None) if not part.negated else None
        case TextValue():
            if _PENDING_CLAUSE_RE.fullmatch(part.description):
                return False, Status.PARTIAL  # 待验收 after a status
            if _FIRST_DIGIT_RE.search(part.description) or _MEANING_CHANGERS_RE.search(
                part.description
            ):
                return None
            return True, None
        case _:
            return None


# What a status, a quality word or a date may show (a cheap test before parsing a part):
# a status shape holds one of these, a family word ends the phrase, a date starts it.
_STATE_HINT_RE: Final = re.compile("[已在未待零无没]|全部|预期|中$|任务$|目标$")
_WORD_LASTS: Final = frozenset(word[-1] for word in (*_FAMILY_OF, *voc.OPPOSITE_WORDS))


def _may_state(text: str) -> bool:
    """Whether *text* may be a status, a quality word or a date (a cheap test)."""
    return (
        text[-1] in _WORD_LASTS
        or text[0] in _DATE_START
        or text in voc.STATUS_WORDS
        or _STATE_HINT_RE.search(text) is not None
    )


def _word_status_or_date(text: str, raw: str, year: int | None) -> Value:
    """*text* as a quality word, a status or a date value, else as text (a part of a cell).

    The same order as :func:`_parse_value_normalized`, without the number grammars: a
    part that holds a figure is text here, which keeps the whole cell text.
    """
    word = voc.STATUS_WORDS.get(text)
    if word is not None:
        return StatusValue(Status(word), text, text=raw)
    if _FIRST_DIGIT_RE.search(text) is None:
        qualitative = _qualitative_value(text, raw)
        if qualitative is not None:
            return qualitative
        status = _status_of(text)
        if status is not None:
            return StatusValue(status, text, text=raw)
    if text[:1] in _DATE_START:
        date = match_date_value(text, year)
        if date is not None and date.error is None:
            status = Status.DONE if date.done else None
            return DateValue(date.year, date.month, date.day, status, date.part, text=raw)
    return TextValue(text, text=raw)


# How many works a date of work done is for: a whole number and a measure word of works,
# places or sites (2条, 3处, 1座). A share (60%), money (500万元), people or times (120人,
# 3次) and a time (3个月) are figures of their own, which the number grammar reads.
_WORK_MEASURES: Final = "条|处|座|所|个|栋|幢|间|套|户|家|项|批|段|口|眼|台|辆|艘|公里|千米|km"
# (none, 0处, is no work done: the cell stays text)
_WORK_COUNT: Final = rf"(?P<count>[1-9]\d{{0,3}})(?P<measure>{_WORK_MEASURES})"
# 2024年12月完工1条, 于2024年9月完成2处: the date and its verb of completion, then the count.
_DATE_THEN_COUNT_RE: Final = re.compile(
    rf"(?P<date>[^,;()]+?(?:完成|完工|竣工|建成))了?(?:共|计|共计|合计|累计)?{_WORK_COUNT}"
)
# A count as the remark after a date: 2024年9月(2处), 2024年12月完成,共1条, (完成2处).
_COUNT_REMARK_RE: Final = re.compile(
    rf"(?:共|计|共计|合计|累计)?(?P<done>完成|完工|竣工|建成)?了?{_WORK_COUNT}"
)
# The same remark of sessions, rounds or people too (2024年6月完成,累计3场): the measure
# words the number grammar reads after a date with no remark (2024年6月完成3场, r37v).
_REMARK_COUNT_RE: Final = re.compile(
    r"(?:共|计|共计|合计|累计)?(?P<done>完成|完工|竣工|建成)?了?"
    rf"(?P<count>[1-9]\d{{0,3}})(?P<measure>{_WORK_MEASURES}|场次|场|次|期|班|人次|人|名)"
)


def _date_then_count(text: str, year: int | None) -> DateValue | None:
    """A date of work done followed by how many works it is for: that date, done.

    ``2024年12月完工1条`` and ``2024年9月完成2处`` say when the work was done; the
    count stays in the raw text, as a remark does, and a deadline judges the date.
    None unless the date names a month and reads as done.

    Example:
        >>> _date_then_count("2024年12月完工1条", None)
        DateValue(year=2024, month=12, day=None, status=<Status.DONE: 'done'>, part=None)
        >>> _date_then_count("截至8月底完成60%", None) is None
        True
    """
    found = _DATE_THEN_COUNT_RE.fullmatch(text)
    if found is None:
        return None
    date = match_date_value(found.group("date"), year)
    if date is None or date.error is not None or not date.done or date.month is None:
        return None
    return DateValue(date.year, date.month, date.day, Status.DONE, date.part)


def _count_of_dated_work(text: str) -> Quantity | None:
    """The count of a date of work done, carrying its date (r37k), or None.

    ``2024年3月完成10个`` is 10 个 labelled ``2024年3月完成``, done in March 2024: what
    the number grammar reads of ``2024年3月完成10(个)`` (so it reads back) and a quantity
    with :attr:`Quantity.when`, as ``3月底前开工10个`` is (r37e). It was the date value
    ``已于2024年3月完成`` with the count only in its raw text. None when the label opens
    with no date :func:`match_label_date` reads (``按计划于2024年9月完成2处``: the date
    value as before).

    Example:
        >>> _count_of_dated_work("2024年3月完成10个")
        Quantity(value=Decimal('10'), unit='个', bound=<Bound.EXACT: 'exact'>, \
label='2024年3月完成', status=None, note=None, when=DateValue(year=2024, month=3, day=None, \
status=None, part=None))
        >>> _count_of_dated_work("按计划于2024年9月完成2处") is None
        True
    """
    found = _DATE_THEN_COUNT_RE.fullmatch(text)
    if found is None:
        return None
    label = text[: found.start("count")]
    when = _label_date(label) if label[:1] in _LABEL_DATE_FIRSTS else None
    if when is None:
        return None
    return Quantity(Decimal(found.group("count")), found.group("measure"), label=label, when=when)


def _remarked_count(head: str, remark: str, counted: re.Match[str], raw: str) -> Quantity | None:
    """A date then its count as a remark, as the count carrying its date (r37v), or None.

    ``2024年9月(2处)``, ``2024年12月完成,共1条`` and ``2024年6月完成,累计3场`` say how many
    works or sessions the date is for: the count, labelled with the date and the remark's
    words before the figure (``2024年12月完成共``), so that it prints as the number grammar
    reads it back (``2024年12月完成共1(条)``), with :attr:`Quantity.when` as
    ``2024年12月完成1条`` has (r37k). None when the label opens with no date
    :func:`match_label_date` reads (``按计划于2024年9月完成,共2处``: the date value).

    Example:
        >>> found = _REMARK_COUNT_RE.fullmatch("累计3场")
        >>> str(_remarked_count("2024年6月完成", "累计3场", found, ""))
        '2024年6月完成累计3(场)'
        >>> found = _REMARK_COUNT_RE.fullmatch("共2处")
        >>> _remarked_count("按计划于2024年9月完成", "共2处", found, "") is None
        True
    """
    label = head + remark[: counted.start("count")]
    when = _label_date(label) if label[:1] in _LABEL_DATE_FIRSTS else None
    if when is None:
        return None
    return Quantity(
        Decimal(counted.group("count")), counted.group("measure"), label=label, when=when, text=raw
    )


def works_counted(text: str) -> Quantity | None:
    """How many works a date of work done is for (``2024年9月完成2处``: 2 处), else None.

    A date with the count in a remark (``2024年9月（2处）``, ``2024年12月完成，共3座``)
    keeps the count only in its raw text; scoring asks for it when the target is a count
    (``≥2处``). A count right after the date and its verb (``2024年9月完成2处``) is read
    as a quantity carrying its date (r37k), which holds its count already.

    Example:
        >>> str(works_counted("2024年9月完成2处")), str(works_counted("2024年9月（2处）"))
        ('2(处)', '2(处)')
        >>> works_counted("2024年9月完成") is None
        True
    """
    normal = normalize(text).text
    if not normal:
        return None
    found = _DATE_THEN_COUNT_RE.fullmatch(normal)
    if found is None:
        split = _split_value_remark(normal)
        if split is None:
            return None
        found = _COUNT_REMARK_RE.fullmatch(split[1])
        if found is None:
            return None
    return Quantity(Decimal(found.group("count")), found.group("measure"), text=text)


# Every stage a phrase names, for stages_named and stage_done: a stage noun (dropped to read
# the rest), a structure's milestone (read as 完成) or an acceptance before the final one
# (read as 验收).
_ANY_STAGE_RE: Final = re.compile(
    f"(?P<noun>{STAGE_PATTERN})|(?P<event>{STAGE_EVENT_PATTERN})|(?P<accept>{STAGE_ACCEPTANCE_PATTERN})"
)
_STAGE_KEY_ALIASES: Final = MappingProxyType({"首期": "一期", "合拢": "合龙"})


def _stage_key(found: re.Match[str]) -> tuple[str, ...]:
    """The stages one match names, in one spelling (主体工程 and 主体 are 主体)."""
    word = found.group()
    if found["accept"] is not None:
        return (word.replace("工程", "").replace("性", ""),)
    if found["event"] is not None:
        return (_STAGE_KEY_ALIASES.get(word, word),)
    if word.startswith("征地拆迁"):
        return ("征地", "拆迁")
    head = word[:2]
    return (_STAGE_KEY_ALIASES.get(head, head),)


def stages_named(text: str) -> frozenset[str]:
    """The stages of works *text* names (``2024年10月底前主体完工``: 主体), else empty.

    Example:
        >>> sorted(stages_named("2024年6月底前完成征地拆迁")), sorted(stages_named("主体责任"))
        (['征地', '拆迁'], [])
    """
    normal = normalize(text).text
    return frozenset(key for found in _ANY_STAGE_RE.finditer(normal) for key in _stage_key(found))


# The words joining the works a name or target lists (主体及附属工程, 一期、二期工程), what may
# stand between a stage and such a join (主体工程完工及验收), and what a work is shown
# without: a deadline before it (2024年12月底前完成), its completion and time words after.
_WORKS_JOIN_RE: Final = re.compile("以及|及|和|与|、|并")
_STAGE_THEN_JOIN: Final = frozenset({"", "完工", "完成", "竣工", "施工", "建设"})
_WORK_LEAD_RE: Final = re.compile(
    r"^(?=\d)(?:\d{2,4}年)?(?:\d{1,2}月)?[\d日号底末初上中下旬]*(?:以前|之前|前)(?:完成|完工|实现)?"
)
_WORK_TAIL_RE: Final = re.compile("(?:完工|完成|竣工|建成|施工|建设)?(?:时间|日期|节点)?$")


def works_named(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The works *text* lists beside a stage, each shown with the stages it names, else ().

    A join (及, 和, 与, 、, 并) lists works when a stage stands right before it (with its
    completion word: ``主体工程完工及验收``) or right after it; a work that names no
    stage (附属工程, 验收, 设备安装) is one more work the stage done is not.

    Example:
        >>> [(work, sorted(keys)) for work, keys in works_named("主体及附属工程完工时间")]
        [('主体', ['主体']), ('附属工程', [])]
        >>> works_named("主体工程完工时间"), works_named("道路和桥梁主体完工时间")
        ((), ())
    """
    normal = normalize(text).text
    stages = list(_ANY_STAGE_RE.finditer(normal))
    if not stages or _WORKS_JOIN_RE.search(normal) is None:
        return ()
    cuts = [
        join.span()
        for join in _WORKS_JOIN_RE.finditer(normal)
        if any(
            found.start() == join.end()
            or (
                found.end() <= join.start()
                and normal[found.end() : join.start()] in _STAGE_THEN_JOIN
            )
            for found in stages
        )
    ]
    if not cuts:
        return ()
    bounds = [0, *(edge for span in cuts for edge in span), len(normal)]
    works: list[tuple[str, frozenset[str]]] = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        part = normal[start:end]
        keys = frozenset(key for found in _ANY_STAGE_RE.finditer(part) for key in _stage_key(found))
        shown = _WORK_TAIL_RE.sub("", _WORK_LEAD_RE.sub("", part, count=1), count=1)
        works.append((shown or part, keys))
    return tuple(works)


def stage_done(text: str, year: int | None = None) -> tuple[frozenset[str], Value] | None:
    """The stages a value names and the done value it is for them, else None.

    A stage done is no completion of the whole works, so the value language reads
    ``主体工程已完工`` and ``2024年11月主体完工`` as text; scoring asks for the stage
    done when the target names that stage (``2024年10月底前主体完工``). The value is
    the cell without its stage (``已完工``, ``2024年11月完工``), the whole cell its
    text; None when the cell names no stage or, without it, says no work done.

    Example:
        >>> stages, value = stage_done("2024年11月主体完工")
        >>> sorted(stages), value.kind, value.month, value.status.value
        (['主体'], 'date', 11, 'done')
        >>> stage_done("主体工程正在施工") is None
        True
    """
    normal = normalize(text).text
    stages: set[str] = set()
    parts: list[str] = []
    at = 0
    for found in _ANY_STAGE_RE.finditer(normal):
        stages.update(_stage_key(found))
        parts.append(normal[at : found.start()])
        if found["event"] is not None:
            parts.append("完成")
        elif found["accept"] is not None:
            parts.append("验收")
        at = found.end()
    if not stages:
        return None
    rest = "".join((*parts, normal[at:]))
    if not rest:
        return None
    value = parse_value(rest, year=year)
    if isinstance(value, StatusValue) and value.status is Status.DONE:
        return frozenset(stages), StatusValue(Status.DONE, normal, text=text)
    if isinstance(value, DateValue) and value.status is Status.DONE:
        return frozenset(stages), evolve(value, text=text)
    return None


# A clause about some of the works (2处于2024年9月完工, 1处未完工, 其中1处正在施工):
# their count, then what the clause says of them.
_COUNTED_CLAUSE_RE: Final = re.compile(
    rf"(?P<lead>其中|另有|另|还有|剩余|尚余|余下)?{_WORK_COUNT}(?P<rest>[\u3400-\u9fff\d]{{2,20}})"
)
# Works counted as done without a date: 完成3处, 已建成2座, 共完工5条.
_DONE_COUNT_RE: Final = re.compile(
    rf"(?:共|累计)?(?:已经?)?(?:完成|完工|竣工|建成|筹集)了?(?:共|计|共计|合计|累计)?{_WORK_COUNT}"
)  # (筹集2480套: the done verb of 保障性租赁住房, parse39 H7)
# Works counted as done with their object between the verb and the count (parse23 H2):
# 完成改造150户, 新建监测点32个, 已建成站点5个 (新建 in an actual reports works built).
_DONE_OBJECT_COUNT_RE: Final = re.compile(
    r"(?:已经?)?(?P<verb>完成|建成|新建)了?"
    rf"(?P<object>[\u3400-\u9fff]{{1,8}}?)(?:共|计|共计|合计|累计)?{_WORK_COUNT}"
)
# The works a 完成 names (完成改造150户, 完成危房改造12户): a verb of the work itself. A
# stage of it (完成主体施工18座, 完成招标18座, 完成前期手续10座) is not the work done.
_DONE_WORK_OBJECT_RE: Final = re.compile(
    r"[\u3400-\u9fff]{0,4}(?:改造|建设|修缮|修建|新建|治理|整治|维修|加固|安装|搬迁|硬化)"
)
# Stages of works, never the works built (新建 or 建成 of them says nothing done).
_WORK_STAGE_WORDS: Final = ("主体", "招标", "前期", "手续", "设计", "施工", "开工", "基础", "立项")
# Works put off or halted (1处延期, 1处停工, 1处暂缓实施, 1处已缓建): not done. A verb
# of completion after the word (1处延期完成, 1处延期至10月完工) says them done, late.
_HELD_PART_RE: Final = re.compile(
    r"(?:已|仍|尚|暂)?(?:延期|停工|暂缓|缓建|暂停|停建)(?:实施|建设|施工|开工|中|处理)?"
)
# Works dropped from the plan (2户因拆迁取消, 另1处取消实施, 1个不再实施): not done,
# never to be; the count done stands alone against the target (r38k).
_CANCELLED_PART_RE: Final = re.compile(
    r"(?:因[\u3400-\u9fff]{1,8}?)?(?:已|被|予以)?"
    r"(?:取消|核减|调减|撤销|不再实施|不再建设|终止实施|终止)(?:实施|建设|改造|计划)?"
)
# What is left to do and the month it is to be done in (剩余1处12月完成): a plan.
_LEFT_FOR_MONTH_RE: Final = re.compile(
    r"(?:预计|计划|拟|将|力争|争取)?(?:于|在)?\d{1,2}月(?:底|末|中旬|下旬|上旬)?前?"
    r"(?:完成|完工|竣工|建成)"
)
# The words that set the works left over apart from those done (剩余1处, 另有1处).
_LEFT_LEADS: Final = frozenset({"剩余", "尚余", "余下", "另有", "还有", "另"})
# The rest left without a count, by a month (剩余部分12月完成, 其余工程12月底前完工).
_REST_FOR_MONTH_RE: Final = re.compile(
    rf"(?:剩余|尚余|余下|其余|其他)(?:部分|工程|工作|任务|的)?{_LEFT_FOR_MONTH_RE.pattern}"
)
# The words a counted cell may start with before its first clause (a cheap test).
_COUNTED_STARTS: Final = (
    "其中", "完成", "已完成", "完工", "已完工", "建成", "已建成", "于", "新建", "已新建",
    "筹集", "已筹集",
)  # fmt: skip


def _done_object_count(clause: str) -> bool:
    """Whether *clause* counts works done with their object first: ``完成改造150户``.

    After 完成 the object is the work itself (改造, 建设); after 新建 or 建成 a noun of
    the works built (监测点), never a stage of them (主体, 招标) nor a rate or a date.
    """
    found = _DONE_OBJECT_COUNT_RE.fullmatch(clause)
    if found is None:
        return False
    thing = found["object"]
    if found["verb"] == "完成":
        return _DONE_WORK_OBJECT_RE.fullmatch(thing) is not None
    return not any(word in thing for word in _WORK_STAGE_WORDS) and not thing.endswith(
        ("率", "时间", "日期", "比例")
    )


def _cancelled_part(found: re.Match[str]) -> bool:
    """Whether a clause of counted works says them dropped: ``2户因拆迁取消`` (r38k).

    A 其中 clause (``其中2户取消``) speaks of works inside the count just given, and is
    left as it was read before.
    """
    return found.group("lead") != "其中" and _CANCELLED_PART_RE.fullmatch(found["rest"]) is not None


def _counted_part_status(clause: str, raw: str, year: int | None) -> Status | None:
    """What one clause of counted works says of them, or None (no status: text)."""
    found = _COUNTED_CLAUSE_RE.fullmatch(clause)
    if found is None:
        if (
            _DONE_COUNT_RE.fullmatch(clause) is not None
            or _done_object_count(clause)
            or (clause[:1] in _DATE_START and _date_then_count(clause, year) is not None)
        ):
            return Status.DONE  # 完成3处, 2024年9月完成2处
        if _REST_FOR_MONTH_RE.fullmatch(clause) is not None:
            return Status.NOT_DONE  # 剩余部分12月完成: the rest still to do
        return None
    rest = found.group("rest")
    if _HELD_PART_RE.fullmatch(rest) is not None or _cancelled_part(found):
        return Status.NOT_DONE  # 1处延期, 1处停工, 1处暂缓实施, 2户因拆迁取消
    if found.group("lead") in _LEFT_LEADS and _LEFT_FOR_MONTH_RE.fullmatch(rest):
        return Status.NOT_DONE  # 剩余1处12月完成, 另有1处12月完成: still to do
    part = _word_status_or_date(rest, raw, year)
    if isinstance(part, DateValue) and part.status is Status.DONE:
        return Status.DONE
    if isinstance(part, StatusValue):
        return part.status
    if _UNFINISHED_PART_RE.fullmatch(rest) is not None:
        return Status.IN_PROGRESS  # 另有5座主体完工: the structure done, not the works
    return None


def _counted_parts(text: str, raw: str, year: int | None) -> StatusValue | None:
    """Works counted clause by clause, some done and some not: partly done.

    ``2处于2024年9月完工,1处未完工`` is partial, as ``部分完成`` is: each clause counts
    works and states a status or a date of work done (``2024年9月完成2处`` and
    ``完成3处`` say them done), and at least one says done while another says not done,
    under way, put off or halted (``1处延期``, ``1处停工``, ``1处暂缓实施``) or still to
    do by a month (``剩余1处12月完成``). None otherwise (all done, or a clause that
    states no status: the cell stays text).
    """
    clauses = _VALUE_SEP_RE.split(text)
    if len(clauses) < 2:  # noqa: PLR2004
        return None
    statuses: list[Status] = []
    for clause in clauses:
        status = _counted_part_status(clause, raw, year)
        if status is None:
            return None
        statuses.append(status)
    if Status.DONE not in statuses or all(status is Status.DONE for status in statuses):
        return None
    return StatusValue(Status.PARTIAL, text, text=raw)


def works_done_count(text: str) -> Quantity | None:
    """How many works a cell of works counted, some done and some not, says done.

    ``完成12个，剩余2个12月完成`` and ``2024年9月完成2处，1处延期`` are partly done (see
    :func:`_counted_parts`); against a count target the count done is what the target
    asks of them (12 个, 2 处). So is a count done with the ones of it not done in
    brackets, in its measure: ``已完成4处（其中1处延期）`` is 4 处 (the late one is one
    of the 4, as ``完成3处，1处延期`` says of its 3). A clause of 其中 saying some of the
    count are not finished (``完成150户，其中12户未完工``) takes them off: 138 户, the
    clause its note. None unless the cell reads so and every clause done counts in one
    measure.

    Example:
        >>> str(works_done_count("完成12个，剩余2个12月完成"))
        '12(个)'
        >>> works_done_count("完成3处") is None, str(works_done_count("完成3处，1处延期"))
        (True, '3(处)')
        >>> str(works_done_count("已完成4处（其中1处延期）"))
        '4(处)'
        >>> str(works_done_count("完成150户，其中12户未完工"))
        '138(户)(其中12户未完工)'
    """
    norm = normalize(text)
    normal = norm.text
    if not normal:
        return None
    if normal[-1] == ")" and "其中" in normal:
        return _count_with_bracketed_rest(norm)
    counted = _counted_parts(normal, text, None)
    if counted is None:
        return None
    total = Decimal(0)
    measures: set[str] = set()
    unfinished: list[tuple[Decimal, str, str]] = []
    for clause in _VALUE_SEP_RE.split(normal):
        if _counted_part_status(clause, text, None) is not Status.DONE:
            part = _COUNTED_CLAUSE_RE.fullmatch(clause)
            if (
                part is not None
                and part.group("lead") == "其中"
                and _UNFINISHED_PART_RE.fullmatch(part.group("rest")) is not None
            ):
                # 完成150户，其中12户未完工: 12 of the 150 are not finished, 138 are
                unfinished.append((Decimal(part.group("count")), part.group("measure"), clause))
            elif (
                part is not None
                and part.group("lead") is None
                and _AFTER_BUILD_PART_RE.fullmatch(part.group("rest")) is not None
            ):
                # 完成28个，6个正在调试: commissioned after the build, so 6 of the 28
                unfinished.append((Decimal(part.group("count")), part.group("measure"), clause))
            continue
        found = (
            _COUNTED_CLAUSE_RE.fullmatch(clause)
            or _DONE_COUNT_RE.fullmatch(clause)
            or (_DONE_OBJECT_COUNT_RE.fullmatch(clause) if _done_object_count(clause) else None)
            or _DATE_THEN_COUNT_RE.fullmatch(clause)
        )
        if found is None:
            return None
        total += Decimal(found.group("count"))
        measures.add(found.group("measure"))
    if len(measures) != 1:
        return None
    measure = measures.pop()
    if unfinished:
        if any(part[1] != measure for part in unfinished):
            return None  # 完成150户，其中12个未完工: not a part of the count done
        left = total - sum(part[0] for part in unfinished)
        if left < 0:
            return None
        return Quantity(left, measure, note=",".join(part[2] for part in unfinished), text=text)
    return Quantity(total, measure, text=text)


# What a 其中 clause of a count done says of works still unfinished (其中12户未完工,
# 其中2座尚未完工, 其中3处在建): not done, so not counted. A part put off or halted
# (其中1处延期, 1处停工) is of the works done, late, as before.
_UNFINISHED_PART_RE: Final = re.compile(
    r"(?:仍|尚|还)?(?:未完工|未完成|未建成|未竣工|未交付|未开工|在建|施工中|建设中"
    r"|正在施工|正在建设|在施工|正在安装|安装中|正在调试|调试中|正在实施|实施中"
    r"|(?:仅|只)?主体(?:已经?)?完工|试运行|未投用|未投入使用"
    # 其中2个未联网: a station built but not yet networked is not yet in use (parse23 H2)
    r"|未联网|未接入|未通电"
    # 另5套完成基础建设, 另5套已完成土建, 另有620套已开工在建: a stage done, the works
    # under way (parse39 H7)
    r"|(?:已经?)?完成(?:基础|土建|地基|基础工程|主体)(?:建设|施工|工程)?|(?:已经?)?开工在建)(?:中)?"
)
# What a clause of works says of some of the ones just counted done, after the build:
# still being commissioned or not yet in use (完成28个，6个正在调试): of the count done,
# unfinished; a clause of works under construction (2座在建) counts others beside it.
_AFTER_BUILD_PART_RE: Final = re.compile(
    r"(?:仍|尚|还)?(?:正在调试|调试中|试运行|未投用|未投入使用)(?:中)?"
)


# The verbs of work a count done may be labelled with instead of 完成 (安装1200套).
_WORK_VERB_LABEL_RE: Final = re.compile(
    r"(?:已|共|累计)?(?:安装|改造|新建|建设|铺设|更换|维修|新增|实施|建成|完工|竣工)(?:了|完成)?"
)


def _unfinished_part_of(quantity: Quantity) -> bool:
    """Whether a count said done has a 其中 note saying some of it are unfinished.

    ``其中200套正在安装`` of 安装1200套, ``其中6个正在调试`` of 完成28个路口 (the measure
    word first), ``其中5座主体完工`` of 完成30座 (the structure done, not the works). A
    count with no verb of work done (``10个(其中2个未完工)``) is left as it was.
    """
    note, unit = quantity.note, quantity.unit
    if note is None or unit is None or quantity.bound is not Bound.EXACT:
        return False
    if quantity.status is not Status.DONE and (
        quantity.label is None or _WORK_VERB_LABEL_RE.fullmatch(quantity.label) is None
    ):
        return False
    clause = _COUNTED_CLAUSE_RE.fullmatch(note)
    return (
        clause is not None
        and clause.group("lead") == "其中"
        and unit.startswith(clause.group("measure"))
        and _UNFINISHED_PART_RE.fullmatch(clause.group("rest")) is not None
    )


def _count_with_bracketed_rest(norm: Normalized) -> Quantity | None:
    """A count done with the ones of it not done bracketed (4处(其中1处延期)), else None.

    The bracket holds one clause of ``其中``, a count in the measure done and a status
    of not done (``延期``, ``停工``, ``未完成``): as :func:`parse_value` reads the cell
    partly done, the count stands as the works done, less the ones the bracket says
    are unfinished (``4处(其中1处未完成)`` is 3 处, the bracket its note).
    """
    quantity = _quantity(norm)
    note = quantity.note if quantity is not None else None
    if quantity is not None and note is not None and _unfinished_part_of(quantity):
        # 安装1200套(其中200套正在安装), 完成28个路口(其中6个正在调试): the ones of
        # the count still under way are not finished (parse19 H3)
        clause = _COUNTED_CLAUSE_RE.fullmatch(note)
        assert clause is not None  # noqa: S101 - _unfinished_part_of matched it
        left = quantity.value - Decimal(clause.group("count"))
        return None if left < 0 else Quantity(left, quantity.unit, note=note, text=norm.raw)
    if (
        quantity is None
        or note is None
        or quantity.status is not Status.DONE
        or quantity.bound is not Bound.EXACT
        or quantity.label is not None
        or not note.startswith("其中")
        or _counted_part_status(note, norm.raw, None) is not Status.NOT_DONE
    ):
        return None
    clause = _COUNTED_CLAUSE_RE.fullmatch(note)
    if clause is None or clause.group("measure") != quantity.unit:
        return None  # 完成3座(其中1个延期): the late ones in another measure
    if _UNFINISHED_PART_RE.fullmatch(clause.group("rest")) is not None:
        # 已完成4处(其中1处未完成): 1 of the 4 is not finished, 3 are (as 完成150户，
        # 其中12户未完工 in works_done_count)
        left = quantity.value - Decimal(clause.group("count"))
        if left < 0:
            return None
        return Quantity(left, quantity.unit, note=note, text=norm.raw)
    return Quantity(quantity.value, quantity.unit, text=norm.raw)


# Characters that end no count of works (a share, a bracket, a digit): a cheap test
# before _date_then_count.
_NOT_A_MEASURE_END: Final = frozenset("%‰‱)0123456789.")
# A score after a grade word: 优秀(95分), 良好(85.5分).
_SCORE_RE: Final = re.compile(r"\d{1,3}(?:\.\d+)?分")


def _value_with_remark(norm: Normalized, year: int | None) -> Value | None:
    """A status, word or date followed by a remark or a second clause, or None.

    ``已完成(详见附件)`` and ``合格,无质量问题`` are the head (the remark stays in the raw
    text); ``2024年10月28日(竣工验收)`` is the date the remark completes; ``已完成(2024年
    10月)`` is done on that date; when both parts state a status the weakest wins
    (``已完成招标,正在施工`` is in progress, ``已竣工,待验收`` partial), and a status
    after prose decides (``设备已到货,正在安装调试``).
    """
    text = norm.text
    split = _split_value_remark(text)
    if split is None:
        return None
    head_text, tail_text = split
    if "期" in head_text and "期" in tail_text and _phases_done(head_text, tail_text):
        return StatusValue(Status.DONE, text, text=norm.raw)  # 一期…已完成,二期…已完成
    if not _may_state(head_text):
        # 设备已到货,正在安装调试: after prose that changes nothing, a status decides
        if not _may_state(tail_text) or _remark_status(TextValue(head_text)) != (True, None):
            return None  # 办理施工许可证,做好开工准备: prose
        word = _qualitative_value(tail_text, norm.raw)
        if word is not None:
            # 按预算执行,未超支: the word decides (a negated one is no fact to keep)
            return None if word.negated else word
        listed = voc.STATUS_WORDS.get(tail_text)
        status = Status(listed) if listed is not None else _status_of(tail_text)
        if (
            status is None and _PENDING_CLAUSE_RE.fullmatch(tail_text)
        ) or _AWAITING_ACCEPTANCE_RE.fullmatch(tail_text):
            status = Status.PARTIAL  # 主体工程已完工,待验收: the acceptance to come
        return None if status is None else StatusValue(status, text, text=norm.raw)
    head = _word_status_or_date(head_text, norm.raw, year)
    if isinstance(head, (StatusValue, DateValue)) and _acceptance_pending(head.status, tail_text):
        # 已完成,未验收 / 但未验收 / 正在验收: done, the acceptance to come (as 待验收)
        return StatusValue(Status.PARTIAL, text, text=norm.raw)
    if isinstance(head, StatusValue) and (
        tail_text.startswith(("预计", "计划", "力争"))
        or (head.status is not Status.DONE and tail_text.startswith(("因", "由于", "原因")))
    ):
        # 正在施工,预计10月完工: the forecast is a remark; 部分完成,因资金未到位: the
        # reason why the work is not done is no second status
        return evolve(head, text=norm.raw)
    tail = _word_status_or_date(tail_text, norm.raw, year)
    if (
        isinstance(head, StatusValue)
        and head.status is not Status.DONE
        and isinstance(tail, TextValue)
        and (share := _share_in_words(tail_text)) is not None
    ):
        # 正在开展,已完成过半: the share of the work the clause gives, with the head's
        # status, as 正在开展,完成60% is (r37v: the share was a remark, the status alone)
        return evolve(share, status=head.status, text=norm.raw)
    if (
        isinstance(head, DateValue)
        and (head.month is not None or head.part in _YEAR_PARTS)
        and (counted := _REMARK_COUNT_RE.fullmatch(tail_text)) is not None
    ):
        # 2024年9月(2处), 2024年12月完成,共1条, 2024年6月完成,累计3场: the count the date is
        # for, carrying it, as 2024年9月完成2处 is (r37v: it was the date value, the count
        # only in its raw text); a lead-in no label date reads (按计划于…) keeps the date.
        # A quarter or a half of the year is such a date too (2024年上半年完成,共2处,
        # 2023年第三季度完成,累计5场: r38f; they were text), as 2024年上半年完成2处 is
        dated_count = _remarked_count(head_text, tail_text, counted, norm.raw)
        if dated_count is not None:
            return dated_count
        if counted.group("done") is not None:
            return evolve(head, status=Status.DONE, text=norm.raw)
        return evolve(head, text=norm.raw)
    if (
        isinstance(head, DateValue)
        and head.month is not None
        and _DATE_REMARK_RE.fullmatch(tail_text) is not None
        and _LATE_IN_REMARK_RE.search(tail_text) is None
        and not _date_of_part(head_text, tail_text)
    ):
        # 9月完成(原定6月), 5月底完成,较计划提前1个月, 2024年9月完成(因审批手续复杂): the
        # plan the date is compared with, or the reason for it, is a remark; the date of
        # the work is the fact a deadline judges (a late word stays for the words of time)
        return evolve(head, text=norm.raw)
    if isinstance(head, DateValue) and isinstance(tail, TextValue):
        # 2024年10月28日(竣工验收), 2024年11月20日⏎完成验收: the remark says what was done then
        merged = match_date_value(head_text + tail_text, year)
        if merged is not None and merged.error is None and merged.done:
            return DateValue(
                merged.year, merged.month, merged.day, Status.DONE, merged.part, text=norm.raw
            )
        if (
            head.status is None
            and says_not_completed(tail_text)
            and _remark_status(tail) == (True, None)
        ):
            # 2024年10月,完成招标 / 开工 / 启动: an early step or a start, as 2024年6月完成
            # 招标 on one line is, so no date of the work (待验收 after a done date is
            # no remark: its status is weighed below)
            return None
    if (
        isinstance(head, QualitativeValue)
        and not head.negated
        and (exception := _EXCEPTION_CLAUSE_RE.match(tail_text)) is not None
        and _EXCEPTION_FAULT_RE.search(tail_text, exception.end()) is not None
        and (
            head.family != "zero"
            or _ZERO_EXCEPTION_RE.search(tail_text, exception.end()) is not None
        )
    ):
        # 专款专用,个别项目存在调剂: the word holds but for the exception, partly
        # (regress40 W1)
        return evolve(head, partial=True, text=norm.raw)
    if (
        isinstance(tail, QualitativeValue)
        and tail.partial
        and not tail.negated
        and tail.family == "conformity"
        and isinstance(head, StatusValue)
        and head.status is Status.DONE
    ):
        # 已验收,基本合格: done, the grade only partly reached, as 基本合格,已验收 (k31b;
        # the grade was a remark and the cell done)
        return StatusValue(Status.PARTIAL, text, text=norm.raw)
    said = _remark_status(tail)
    if said is None:
        if (
            isinstance(head, QualitativeValue)
            and head.family == "quality"
            and not head.negated
            and _SCORE_RE.fullmatch(tail_text) is not None
        ):
            return evolve(head, text=norm.raw)  # 优秀(95分): the grade, its score a remark
        return None
    tail_is_remark, tail_status = said
    if isinstance(head, TextValue):
        # 设备已到货,正在安装调试: the status decides, when the prose changes nothing
        if tail_status is None or _remark_status(head) != (True, None):
            return None
        return StatusValue(tail_status, text, text=norm.raw)
    if not isinstance(head, (StatusValue, QualitativeValue, DateValue)):
        return None
    if isinstance(tail, DateValue):
        # 已完成(2024年10月): done, on that date
        done_then = tail.status in (None, Status.DONE)
        if isinstance(head, StatusValue) and head.status is Status.DONE and done_then:
            return evolve(tail, status=Status.DONE, text=norm.raw)
        return None
    if tail_is_remark or tail_status is None:
        return evolve(head, text=norm.raw)
    head_status = None if isinstance(head, QualitativeValue) else head.status
    weakest = _weakest(status for status in (head_status, tail_status) if status is not None)
    if weakest is Status.DONE:
        if isinstance(head, DateValue):
            return evolve(head, status=Status.DONE, text=norm.raw)
        if isinstance(head, QualitativeValue):
            return evolve(head, text=norm.raw)  # 合格,已验收
    return StatusValue(weakest, text, text=norm.raw)


# The parts of a year a date of work done may name instead of a month (上半年, 第三季度).
_YEAR_PARTS: Final = frozenset(
    {Part.QUARTER_1, Part.QUARTER_2, Part.QUARTER_3, Part.QUARTER_4, Part.HALF_1, Part.HALF_2}
)


# Progress past half said of the works (进度过半, 工程进度已过半, 完成进度过半): more than
# 50 %; the progress words are those of _SHARE_LABEL_RE (完成进度, 实施进度, 任务进度:
# r39g, they were text).
_PROGRESS_PAST_HALF_RE: Final = re.compile(
    "(?P<label>(?:工程|项目|建设|施工|工作|总体|整体|完成|实施|任务|工程形象|形象)?进度)"
    "(?:已经?|均已)?过半"
)


# A target of more than half of the task (完成过半, 已完成大部分, 任务完成过半, 完成大半) or
# of the works' progress (进度过半, 工程进度过半): the words before the share are its
# label (the progress word without 已). 绝大部分 ("the great majority") names no floor
# of its own and stays prose as a target (see docs/value-language.md).
_PAST_HALF_TARGET_RE: Final = re.compile(
    rf"(?P<task>(?:{WHOLE_TASK})?(?:已经?|累计)?完成(?:{WHOLE_TASK}的?)?)(?:过半|大半|大部分)"
    rf"|{_PROGRESS_PAST_HALF_RE.pattern}"
    r"|过半数?"
)


def _past_half_target(text: str) -> Comparison | None:
    """A target of more than half, as the value of the same words is (r39g), or None.

    ``完成过半`` is ``完成>50(%)``, ``进度过半`` ``进度>50(%)``, ``知晓率过半`` ``知晓率>50(%)``
    and ``过半`` (``过半数``) ``>50(%)``, as ``超过半数`` is; the values (``已完成>50(%)``)
    meet them.

    Example:
        >>> str(_past_half_target("已完成大部分")), str(_past_half_target("工程进度已过半"))
        ('已完成>50(%)', '工程进度>50(%)')
        >>> _past_half_target("完成绝大部分") is None
        True
    """
    found = _PAST_HALF_TARGET_RE.fullmatch(text) or _RATE_PAST_HALF_RE.fullmatch(text)
    if found is None:
        return None
    label = found.groupdict().get("task") or found["label"]
    return Comparison(Op.GT, Decimal(50), "%", label)


def _share_in_words(clause: str) -> Quantity | None:
    """The share of the work a clause gives in words or as a fraction, labelled, or None.

    ``已完成过半`` (more than 50 %), ``完成全年任务的一半``, ``完成三分之二``, ``完成工程量的1/3``
    and ``工程进度过半``: the share, labelled with the words before it so that it prints
    as the number grammar reads it back (``已完成>50(%)`` after a status: ``进行中,已完成
    >50(%)``). The caller gives it the status of the clause before (r37v). None for
    anything else.

    Example:
        >>> str(_share_in_words("已完成过半")), str(_share_in_words("工程进度过半"))
        ('已完成>50(%)', '工程进度>50(%)')
        >>> _share_in_words("完成招标") is None
        True
    """
    found = _TASK_FRACTION_RE.fullmatch(clause) if "完成" in clause else None
    if found is not None:
        share = _task_share(clause, clause)
        if share is None:
            return None
        start = min(
            found.start(group)
            for group in ("part", "cn_whole", "half", "over")
            if found[group] is not None
        )
        return Quantity(share.value, "%", share.bound, clause[:start] or None)
    past_half = _PROGRESS_PAST_HALF_RE.fullmatch(clause) if "过半" in clause else None
    if past_half is not None:
        return Quantity(Decimal(50), "%", Bound.MORE_THAN, past_half["label"])
    return None


# 森林覆盖率由61.8%提高到62.3%: the level a change reached is the actual.
_FROM_TO_RE: Final = re.compile(
    rf"(?P<label>[^\d由从]{{0,20}}?)(?:由|从)(?P<start>{AR_NUMBER})(?P<start_unit>[^\d]{{0,6}}?)"
    # (增至, 减至: the short verbs too, parse53 M8)
    r"(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短|缩减|压缩|降|升|增|减)了?(?:到|至|为)"
    rf"(?P<end>{AR_NUMBER})(?P<unit>[^\d]{{0,6}})"
)


def _level_reached(text: str, raw: str) -> Quantity | None:
    """The level a change stated from one figure to another reached (``由61.8%提高到62.3%``).

    Both figures in one unit (the end's, or the start's when the end prints none); the
    words before ``由`` are the label. None for any other shape.
    """
    found = _FROM_TO_RE.fullmatch(text)
    if found is None:
        return None
    unit = found.group("unit") or found.group("start_unit")
    if not unit or not _is_unit(unit) or found.group("start_unit") not in ("", unit):
        return None
    if unit[0] in _GRADE_FIRSTS and _is_grade(found.group("end"), unit, None):
        return None  # 由三类提高到二类: a grade, no level of a count
    value = Quantity(to_decimal(found.group("end")), unit, text=raw)
    head = found.group("label").strip(":,; ")
    if not head:
        return value
    # the words before 由 are a label as before any figure: no operator, no bound
    prefix = _prefix(head, "value")
    if prefix is None or prefix[2] not in (None, Bound.EXACT) or prefix[0] is None:
        return None
    again = Quantity(value.value, unit, label=prefix[0], text=raw)
    # the label must read back with the figure after it (以内62.3 would not)
    return again if _quantity(normalize(str(again))) == again else None


# Work done beyond its target, and by how much (超额完成20%, 超额完成任务2次, 超计划完成
# 15个百分点, 比计划多完成2次, 超出目标5个百分点): the figure is the excess, never the
# level reached, so the value is the status done, the figure kept in its word.
_EXCESS_RE: Final = re.compile(
    r"(?:已经|已)?(?:"
    r"(?:超额|超计划|超目标|超进度|超预期)(?:完成|达成|实现)了?"
    r"(?:全年|年度|本年度|当年)?的?(?:(?:任务|目标|计划|指标)的?)?"
    r"|比(?:年初|年度)?(?:计划|目标|预期)多完成了?"
    r"|超出(?:全年|年度)?(?:目标|计划|指标|任务)(?:值)?"
    rf")(?:{AR_NUMBER})(?:余|多)?(?:%|‰|‱|个?百分点|[{_LETTER}]{{1,4}})?(?:以上|左右)?"
)


# A step of the works before their completion (二季度已开工, 3月招标): in a list of dated
# events, the completion's date is the value's.
_STEP_WORD_RE: Final = re.compile("开工|动工|启动|开始|进场|招标|立项|施工")


def _steps_then_done(text: str, year: int | None) -> DateValue | None:
    """The date of the completion a list of steps ends with (``二季度已开工,四季度已完成``).

    The steps before it name no completion; the last clause is a dated done.

    Example:
        >>> _steps_then_done("二季度已开工,四季度已完成", 2025).part
        <Part.QUARTER_4: 'quarter_4'>
        >>> _steps_then_done("3月已开工,部分完成", 2025) is None
        True
    """
    *steps, last = text.split(",")
    if not all(
        _STEP_WORD_RE.search(step) is not None and _DONE_VERB_RE.search(step) is None
        for step in steps
    ):
        return None
    date = match_date_value(last, year)
    if date is None or date.error is not None or not date.done:
        return None
    if date.year is None or (date.month is None and date.part is None):
        return None
    return DateValue(date.year, date.month, date.day, Status.DONE, date.part)


# A subject before 于 and a date (春季补助于5月12日拨付到位, 资金已于5月12日拨付): a label
# of what was done, no plan or denial (资金计划于5月拨付, 尚未于5月拨付 stay text).
_SUBJECT_BEFORE_DATE_RE: Final = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?=已?于[\d〇一二三四五六七八九十])"
)
# … nor a part of the works (主体已于8月完工: the main structure's date, no whole's; parse55 H4)
_SUBJECT_REFUSED_RE: Final = re.compile(
    f"计划|预计|预期|拟|将|力争|争取|未|没|尚|不|或|{PART_SUBJECT_PATTERN}"
)


def _subject_then_date(text: str, year: int | None) -> DateMatch | None:
    """The date of ``春季补助于5月12日拨付到位``: the subject a label, as a date alone (parse39 H5).

    Example:
        >>> _subject_then_date("春季补助于5月12日拨付到位", 2025)[:3]
        (2025, 5, 12)
        >>> _subject_then_date("资金计划于5月12日拨付", 2025) is None
        True
    """
    found = _SUBJECT_BEFORE_DATE_RE.match(text)
    if found is None or _SUBJECT_REFUSED_RE.search(found.group()) is not None:
        return None
    date = match_date_value(text[found.end() :], year)
    return date if date is not None and date.error is None else None


# A word after the degree 十分 (十分满意, 十分显著): two to four letters, none of a unit or a
# bound of 十分 read as 10 (十分钟, 十分之一, 十分以上, 十分左右, 十分及以上).
_VERY_WORD_RE: Final = re.compile("(?!钟|之|以|左右|及以|内)[\u4e00-\u9fff]{2,4}")


def _parse_value_normalized(norm: Normalized, year: int | None) -> Value:
    text = norm.text
    if text == "":
        return TextValue("", text=norm.raw)
    if text in voc.NOT_APPLICABLE:
        return NotApplicable(text, text=norm.raw)
    if _realised_slogan(text):
        return TextValue(text, text=norm.raw)  # 实现最多跑1次 as 实现最多跑一次 (r38p)
    word = voc.STATUS_WORDS.get(text)
    if word is not None:
        return StatusValue(Status(word), text, text=norm.raw)
    if "0" in text and (zero_word := _zero_in_figures(text)) is not None:
        return QualitativeValue(zero_word, "zero", text=norm.raw)  # 0投诉 as 零投诉
    if text[0] == "零" and (rate := _ZERO_RATE_RE.fullmatch(text)) is not None:
        # 零差错率 is 差错率为零: the rate, 0 (it was text)
        return _parse_value_normalized(Normalized(norm.raw, f"{rate['rate']}为零", None), year)
    if "/" in text and (every := _COUNT_PER_PERIODS_RE.fullmatch(text)) is not None:
        # 1次/2年 is 每2年1次, as the target reads it (r35j: the periods were a remark)
        per = f"每{every['periods']}{every['period']}{every['op'] or ''}{every['count']}"
        read = _parse_value_normalized(Normalized(norm.raw, per, None), year)
        if isinstance(read, Quantity) and (read.label or "").startswith("每"):
            return read
    if text[0] == "每" and (figures := _schedule_in_words(text)) is not None:
        # 每2个月1次 as 每两个月1次, the label in figures, as the target reads it (r36b)
        said, words, in_words = figures
        read = _parse_value_normalized(Normalized(norm.raw, in_words, None), year)
        if isinstance(read, Quantity) and (read.label or "").startswith(words):
            return evolve(read, label=said + (read.label or "")[len(words) :])
    if year is not None and text[:1] in _THIS_YEAR_FIRSTS and _THIS_YEAR_DONE_RE.fullmatch(text):
        # 当年完成: done within the year, a part holding any deadline before its end
        return DateValue(year, None, None, Status.DONE, Part.YEAR, text=norm.raw)
    if "," in text and _STEP_WORD_RE.search(text) is not None:
        done = _steps_then_done(text, year)
        if done is not None:
            return evolve(done, text=norm.raw)
    growth = _GROWTH_WORDS.get(text)
    if growth is not None:
        return Quantity(Decimal(0), "%", growth[1], label="增长", text=norm.raw)
    if text.endswith("增长"):
        grown = _labelled_growth(text, "value")
        if grown is not None:
            return Quantity(Decimal(0), "%", grown[2], label=grown[0], text=norm.raw)
    if text.startswith("十分") and _VERY_WORD_RE.fullmatch(text, 2) is not None:
        # 十分满意, 十分显著: the degree 十分 (very), as 非常满意, no 10 of a unit 分满意
        return TextValue(text, text=norm.raw)
    digit = _FIRST_RUN_RE.search(text)  # its start is the first digit
    if digit is not None and only_tech_names(text):
        # 已支持IPv6, 已实现5G网络覆盖: a name, no figure; a status if the rest says one
        status = _status_of(text)
        if status is not None:
            return StatusValue(status, text, text=norm.raw)
        return TextValue(text, text=norm.raw)
    if (
        digit is not None
        and ("超" in text[: digit.start()] or "多完成" in text[: digit.start()])
        and _EXCESS_RE.fullmatch(text) is not None
    ):
        # 超额完成20%, 超额完成2次: the figure is how far the work went beyond the target
        return StatusValue(Status.DONE, text, text=norm.raw)
    if digit is not None and "月" in text and text[-1] not in _NOT_A_MEASURE_END:
        # 2024年12月完工1条: the date of work done and its count (before the number
        # grammars, which read the count labelled with the date)
        dated = _date_then_count(text, year)
        if dated is not None:
            # 2024年3月完成10个: the count with its date, as 3月底前开工10个 is (r37k); a
            # lead-in no label date reads (按计划于…) keeps the date value
            work = _count_of_dated_work(text)
            return evolve(dated if work is None else work, text=norm.raw)
    if _FAST_PATHS and digit is not None and _no_plain_reading(text, digit):
        # _plain_number reads nothing here either: the number grammar takes that from
        # _LAST_PLAIN instead of matching the same text again (see _no_plain_reading)
        _LAST_PLAIN[0] = (text, "value", None)
    elif _FAST_PATHS and digit is not None:
        simple = _simple_number(text)
        if simple is not None:
            return _simple_value(simple, norm.raw)
        fast = _fast_value(norm, digit.start())
        if fast is not None:
            return fast
    # No quality or status word holds a digit (nor do the shapes of _status_of):
    # a cell with one is neither, and the status words were looked up above.
    if digit is None or _WORDS_HAVE_DIGITS:
        qualitative = _qualitative_value(text, norm.raw)
        if qualitative is not None:
            return qualitative
        status = _status_of(text)
        if status is not None:
            return StatusValue(status, text, text=norm.raw)
    date = match_date_value(text, year) if text[0] in _DATE_START else None
    if date is None and text[0] in _AS_PLANNED_FIRSTS:
        date = _done_as_planned(text, year)
    if date is None and year is not None and text.startswith("次年") and "前" not in text:
        # 次年1月完成, 次年已完成, 次年一季度完成: a time in the year after the table's, as
        # a 次年 deadline names; 次年6月底前完成 restates a deadline in the year after the
        # table's, no date of work done (text, as before)
        date = match_date_value(f"{year + 1}{text[1:]}", year + 1)
    if date is None and "于" in text[2:10]:
        date = _subject_then_date(text, year)
    if date is None and text[0].isdigit() and (":" in text or "/" in text[1:3]):
        date = _exported_date(text, year)
    if date is not None and date.error is not None and not _AR_RE.fullmatch(text):
        return TextValue(text, text=norm.raw)  # 2月30日: no date, and no number either
    if date is not None and date.error is None:
        return DateValue(
            date.year,
            date.month,
            date.day,
            Status.DONE if date.done else None,
            date.part,
            text=norm.raw,
        )
    if text[-1] == ")" and ("实际" in text or "已完成" in text):
        actual = _actual_in_bracket(norm)
        if actual is not None:
            return actual
    if (
        text[0] in _PLAN_FIRSTS
        and ("," in text or ";" in text)
        and ("完成" in text or "实际" in text)
    ):
        actual = _actual_in_clause(norm)
        if actual is not None:
            return actual
    if "完成" in text and ("/" in text or "分之" in text or "半" in text or "大部" in text):
        share = _task_share(text, norm.raw)
        if share is not None:
            return share
    if text in _MORE_THAN_HALF:
        # 过半, 已过半: more than half, as 超过半数 is (parse24 M2)
        return Quantity(Decimal(50), "%", Bound.MORE_THAN, text=norm.raw)
    if "过半" in text and _PROGRESS_PAST_HALF_RE.fullmatch(text) is not None:
        # 进度过半, 工程进度已过半: the work partly done, past half, as 工程进度>50% reads
        # (已完成>50(%)); after a status clause the same words keep their label (r38f)
        return Quantity(Decimal(50), "%", Bound.MORE_THAN, status=Status.PARTIAL, text=norm.raw)
    if "过半" in text and (rate := _RATE_PAST_HALF_RE.fullmatch(text)) is not None:
        # 知晓率过半, 支出进度过半: the rate past half, labelled (r39g)
        return Quantity(Decimal(50), "%", Bound.MORE_THAN, rate["label"], text=norm.raw)
    if "占" in text and "%" in text:
        share = _share_after_count(norm)
        if share is not None:
            return share
    if "+" in text or text.endswith(("%多", "‰多")):
        more = _more_than_plus(norm)
        if more is not None:
            return more
    if "," in text and (
        text[:1] in _PART_DATE_FIRSTS
        or (text[:1] in _PART_DATE_LEADS and text.lstrip(_PART_DATE_LEADS)[:1] in _PART_DATE_FIRSTS)
    ):
        # 上半年完成,共2处, 第三季度完成,累计5场: the count of a part of the year, as
        # 2024年上半年完成,共2处 is, in the table's year when it is given (r38p: it was
        # the count labelled 上半年完成,共, with no date); after a lead-in too (已于上半年
        # 完成,共2处, as 已于上半年完成2处 and 于2024年9月完成,共2处 are; r39g)
        remarked = _value_with_remark(norm, year)
        if isinstance(remarked, Quantity) and (when := remarked.when) is not None:
            if when.year is None and year is not None:
                remarked = evolve(remarked, when=evolve(when, year=year))
            return remarked
    quantity = _value_with_symbol(norm) or _quantity(norm)
    if quantity is not None:
        if (
            quantity.note is not None
            and quantity.status is Status.DONE
            and quantity.note.startswith("其中")
            and _counted_part_status(quantity.note, norm.raw, year) is Status.NOT_DONE
        ) or _unfinished_part_of(quantity):
            # 完成28个路口(其中6个正在调试): some of the count still under way (parse19 H3)
            # 已完成4处(其中1处延期): some of the works put off, partly done
            return StatusValue(Status.PARTIAL, text, text=norm.raw)
        return quantity
    if "小时" in text or "/" in text or text in SAME_DAY_WORDS:
        recast = _recast_quantity(norm)
        if recast is not None:
            return recast
    if "由" in text or "从" in text:
        reached = _level_reached(text, norm.raw)
        if reached is not None:
            return reached
    listed = _after_list_marker(norm)
    if listed is not None:
        # （1）满意度96%: one of a list (1.满意度96% reads with its numbering as the label)
        item = _quantity(listed)
        if item is not None and item.label is not None:
            return item
    if len(text) <= _LONGEST_REMARKED_VALUE and (
        text[-1] == ")" or "," in text or ";" in text or "。" in text
    ):
        if text[0].isdigit() or text.startswith(_COUNTED_STARTS):
            counted = _counted_parts(text, norm.raw, year)
            if counted is not None:
                return counted
        remarked = _value_with_remark(norm, year)
        if remarked is not None:
            return remarked
    if text[-1] == "次" and (figured := _worded_schedule_count(text)):
        scheduled = _quantity(Normalized(norm.raw, figured, None))
        if scheduled is not None and scheduled.unit == "次" and scheduled.status is None:
            return evolve(scheduled, text=norm.raw)  # 每两年一次 as 每两年1次 (r35r)
    if digit is None and (figured_count := _label_then_numeral(norm)) is not None:
        # 最多跑一次 as 最多跑1次 (parse54 M15), 完成两次 as 完成2次, 扣零点五分 as 扣0.5分:
        # a count in Chinese numerals after its label reads as its digit twin (r37i)
        twin_value = _parse_value_normalized(figured_count, year)
        if isinstance(twin_value, Quantity) and twin_value.unit is not None:
            return evolve(twin_value, text=norm.raw)
    return TextValue(text, text=norm.raw)


# A count in Chinese numerals after its label (最多跑一次, 每天一次, 开展两次, r37i: 完成两次,
# 开展十二场, 共计三十五人, 扣两分, 扣零点五分): the first numeral of a cell with no Arabic
# digit, right after a Chinese character of its label, then a measure word or a unit.
_FIRST_NUMERAL_RE: Final = re.compile("[零一二两三四五六七八九十]")
_CN_DECIMAL_RE: Final = re.compile(CN_DECIMAL)
# Characters a numeral is an ordinal, a time, a rule or a word after (第一次, 上一次,
# 再一次, 这一次, 每一次, 其一, 之一, 按两周计, 每隔一年, 近三年): no count.
_NOT_A_COUNT_BEFORE: Final = frozenset("第每前后上下这那再又同首逐其初另任某之按隔近")
# A verb of realising before a bounded count in words (实现最多跑一次, 落实最多跑一次, 全面
# 实现群众办事最多跑一次, 做到至少跑一趟): the reform of that name carried out, no count of
# trips (r38f; they were 实现跑≤1(次)). The bare promise (最多跑一次, 群众办事最多跑一次)
# states the count of trips a 跑动次数 row measures and stays one (parse54 M15).
# The same slogan with its count in figures (实现最多跑1次, 落实最多跑1次: r38p; they were
# 实现跑≤1(次)), read as the slogan in words is.
_REALISED_SLOGAN_FIGURE_RE: Final = re.compile(
    "[\u4e00-\u9fff]*?(?:实现|落实|做到|推行|推进|推广|深化|践行|打造|建成)[\u4e00-\u9fff]*"
    "(?:最多|至多|至少|最少)[\u4e00-\u9fff]{1,2}1[次趟地回遍]"
)


def _realised_slogan(text: str) -> bool:
    """Whether *text* is a realised slogan with its count in figures (实现最多跑1次).

    Example:
        >>> _realised_slogan("实现最多跑1次"), _realised_slogan("最多跑1次")
        (True, False)
    """
    return "1" in text and _REALISED_SLOGAN_FIGURE_RE.fullmatch(text) is not None


_REALISED_SLOGAN_RE: Final = re.compile(
    "(?:实现|落实|做到|推行|推进|推广|深化|践行|打造|建成)[\u4e00-\u9fff]*(?:最多|至多|至少|最少)"
    "[\u4e00-\u9fff]{1,2}$"
)
# Characters that make one word with the 一 after them (统一张贴, 唯一, 进一步, 不一,
# 周一, 单一): no count of one.
_ONE_WORD_BEFORE: Final = frozenset("统唯同万单逐专归合划如均择其之不无进纯周")
# A numeral in the label (一年两次: a rate; 百姓, 千家万户, 半年), or a plan (计划开展检查三次:
# no count done).
_NOT_A_WORDED_COUNT_LABEL_RE: Final = re.compile(
    "[零一二两三四五六七八九十百千万半]|计划|预计|拟|将|力争"
)
# A label whose points a decimal in words counts (扣零点五分, 加一点五分): 分 after any
# other label may be the minutes of a time of day (下午三点五分).
# What may follow the numeral: Chinese words, and a bracket at the end (开展十二场(次)).
_COUNT_REST_RE: Final = re.compile(r"[\u4e00-\u9fff]+(?:\([^()]+\))?")
# (扣分零点五分, 扣分:零点五分: the points word said before the figure too, r38f)
_POINTS_LABEL_RE: Final = re.compile(r"(?:扣(?:除|减|掉|去|罚)?了?(?:分:?)?|加|减|得分?)$")


def _label_then_numeral(norm: Normalized) -> Normalized | None:
    """*norm* with the count in Chinese numerals after its label in figures, or None.

    ``完成两次`` is ``完成2次``, ``开展十二场培训`` ``开展12场培训``, ``扣零点五分``
    ``扣0.5分``: the caller reads the digit twin as it reads any cell. Prose keeps its
    numerals: an ordinal or a time (第三方, 上一次, 十二月, 一季度), a grade (三级医院,
    一等奖), a numeral a word holds (统一, 进一步, 十分满意), a slogan with a second
    numeral (三会一课, 两学一做, 一户一档), a word after the numeral that is no measure
    word (两新组织, 一站式服务, 四好农村路) and the set phrases of
    vocabulary.NUMBERED_NAME_TAILS (一次性补助, 两个维护).

    Example:
        >>> cells = ("完成两次", "扣零点五分", "落实三会一课", "发放一次性补助", "第三方评价")
        >>> [getattr(_label_then_numeral(normalize(t)), "text", None) for t in cells]
        ['完成2次', '扣0.5分', None, None, None]
    """
    text = norm.text
    if text.endswith("半分") and _POINTS_WORD_RE.fullmatch(text[:-2]) is not None:
        # 扣半分, 扣除半分, 共扣半分: half a point, as 半分 alone is 0.5(分) (r38f; it was prose)
        return Normalized(norm.raw, f"{text[:-2]}0.5分", None)
    first = _FIRST_NUMERAL_RE.search(text, 1)
    if first is None or len(text) > _LONGEST_NUMBER_EXPRESSION:
        return None
    at = first.start()
    label = text[:at]
    if label.endswith(":") and len(label) > 1 and ":" not in label[:-1]:
        # 扣分:零点五分, 培训次数:两次: the label's colon, as 扣分:0.5分 reads (r38p)
        label = label[:-1]
    before = label[-1]
    if (
        not "\u4e00" <= before <= "\u9fff"
        or before in _NOT_A_COUNT_BEFORE
        or (text[at] == "一" and before in _ONE_WORD_BEFORE)
        or _NOT_A_WORDED_COUNT_LABEL_RE.search(label) is not None
        or _CLAUSE_BREAK_RE.search(label) is not None
        or _REALISED_SLOGAN_RE.search(label) is not None
    ):
        # 一年两次 (P9), 计划开展检查三次 (g23b), 合格,抽查三次 (a word and its remark: a
        # clause break in the label): as before, prose
        return None
    pointed = _CN_DECIMAL_RE.match(text, at)
    if pointed is not None:
        whole, _, decimals = pointed.group().partition("点")
        if has_adjacent_digits(whole):
            return None
        figure = f"{chinese_to_int(whole)}.{''.join(_DIGIT_WORDS[ch] for ch in decimals)}"
        number_end = pointed.end()
    else:
        numeral = _CN_RE.match(text, at)
        if (
            numeral is None
            or numeral.group() in ("零", "半")
            or has_adjacent_digits(numeral.group())
            or (len(numeral.group()) > 1 and not any(ch in "十百千" for ch in numeral.group()))
        ):
            return None  # 二零二三年: a year; 七八次: no one count
        figure = str(chinese_to_int(numeral.group()))
        number_end = numeral.end()
    rest = text[number_end:]
    counted = rest
    if rest[:1] == "余" or (rest[:1] == "多" and figure[-1] == "0"):
        counted = rest[1:]  # 三十五余人, 三十多人: more than it, as 35余人 is
    # 十万人口: what the scale word (万) is of
    measured = counted[1:] if counted[:1] in voc.SCALE_PREFIXES and counted[1:] else counted
    if (
        not counted
        or _COUNT_REST_RE.fullmatch(rest) is None
        # 每季度开展两次督导: a schedule's rounds are its own rules' (r35r, k31l), unless
        # the count closes the cell (每天一次, 每月两场)
        or ("每" in label and len(counted) > 1 and counted not in voc.KNOWN_UNITS)
        or _FIRST_NUMERAL_RE.search(rest) is not None
        or not _counted_in(counted)
        or measured[0] in voc.NUMBERED_ORDINAL_UNITS
        or measured.startswith(voc.NUMBERED_NAME_TAILS)
        or (rest[0] == "分" and figure == "10" and len(rest) > 1)  # 十分满意: very
        or (rest[0] == "分" and pointed is not None and _POINTS_LABEL_RE.search(label) is None)
    ):
        return None
    return Normalized(norm.raw, f"{label}{figure}{rest}", None)


# Work done the day it was asked for: within one working day (a day's work, as
# 1个工作日内办结 is), which is how a reviewer reads 当日办结. Scoring counts that one
# day as the day the work came in: 次日 is past it (scoring._counts, parse54 H1).
SAME_DAY_WORDS: Final = frozenset(
    {"当日办结", "当天办结", "当场办结", "即办", "即来即办", "即时办结", "立即办结", "即到即办"}
)
# Hours and minutes (1小时30分钟), a count and a second count after a slash (3期/150人).
_HOURS_MINUTES_RE: Final = re.compile(r"(?<![\d.])(\d+)个?小时([0-5]?\d)分钟?")
_COUNT_SLASH_COUNT_RE: Final = re.compile(r"(\d+(?:\.\d+)?\D{1,3}?)/(\d+(?:\.\d+)?(\D{1,3}))")


# Compound durations of a fixed ratio (1年3个月, 2天4小时, 2周3天, 5分30秒, 1小时30分钟),
# their counts in figures or Chinese numerals (一年三个月, 两天四小时, 1年三个月): the larger
# unit's count, an optional 零, the smaller unit's count below one larger unit.
# 个月 and 天 have no fixed ratio (3个月10天 stays text); a decimal first count
# (1.5年3个月) or a smaller count past its range (1年15个月) is left as it was.
# A Chinese count up to 99 (三, 十一, 二十三, 两).
_DURATION_NUMERAL: Final = (
    r"十[一二三四五六七八九]?|[一二两三四五六七八九](?:十[一二三四五六七八九]?)?"
)
_DURATION_YEARS: Final = rf"\d{{1,2}}|{_DURATION_NUMERAL}"  # never a calendar year (2023年)
_DURATION_COUNT: Final = rf"\d+|{_DURATION_NUMERAL}"
_DURATION_SMALL: Final = rf"\d{{1,2}}|{_DURATION_NUMERAL}"
_COMPOUND_DURATION_RE: Final = re.compile(
    r"(?<![\d.第零一二两三四五六七八九十百千])(?:"
    rf"(?P<years>{_DURATION_YEARS})年零?(?P<months>{_DURATION_SMALL})个月"
    rf"|(?P<days>{_DURATION_COUNT})天零?(?P<day_hours>{_DURATION_SMALL})个?小时"
    rf"|(?P<weeks>{_DURATION_COUNT})(?:周|个?星期)零?(?P<week_days>{_DURATION_SMALL})天"
    rf"|(?P<hours>{_DURATION_COUNT})个?小时零?(?P<hour_minutes>{_DURATION_SMALL})分钟?"
    rf"|(?P<minutes>{_DURATION_COUNT})分钟?零?(?P<seconds>{_DURATION_SMALL})秒钟?"
    # 8'30" and the primes U+2032, U+2033: minutes and seconds (parse31 LOW)
    "|(?P<prime_minutes>\\d{1,3})[\u2032'](?P<prime_seconds>\\d{1,2})[\u2033\"]"
    r")(?![\d.零一二两三四五六七八九十百千])"
)
# Each compound's larger count, smaller count, ratio and smaller unit.
_COMPOUND_DURATIONS: Final = (
    ("years", "months", 12, "个月"),
    ("days", "day_hours", 24, "小时"),
    ("weeks", "week_days", 7, "天"),
    ("hours", "hour_minutes", 60, "分钟"),
    ("minutes", "seconds", 60, "秒"),
    ("prime_minutes", "prime_seconds", 60, "秒"),
)


def _duration_count(count: str) -> int:
    """A compound duration's count, in figures (``3``) or a Chinese numeral (``三``, ``十一``)."""
    return int(count) if count.isdigit() else chinese_to_int(count)


def _compound_duration(norm: Normalized) -> Normalized | None:
    """*norm* with its one compound duration written in the smaller unit, or None.

    Exact (whole counts, a fixed ratio): ``1年3个月`` is ``15个月``, ``2天4小时``
    ``52小时``, ``2周3天`` ``17天``, ``5分30秒`` ``330秒``, ``1小时30分钟`` ``90分钟``;
    counts in Chinese numerals read as their figures (``一年三个月`` is ``15个月``),
    save a day or a week counted 一 (``一天两小时``, ``一周三天``: a rate, two hours a
    day; ``一天零两小时`` and ``1天2小时`` read).
    Only a cell whose one figure is the compound (``≤1年3个月``, ``1年3个月内``,
    ``平均1年3个月``) and that keeps no line break (its origins would be lost).

    Example:
        >>> cells = ("≤1年零3个月", "2周3天内", "一年三个月")
        >>> [_compound_duration(normalize(t)).text for t in cells]
        ['≤15个月', '17天内', '15个月']
        >>> _compound_duration(normalize("平均等候8\u203230\u2033")).text
        '平均等候510秒'
        >>> _compound_duration(normalize("3个月10天")), _compound_duration(normalize("2023年3个月"))
        (None, None)
    """
    text = norm.text
    if norm.origin is not None:
        return None
    if not (
        ("个月" in text and "年" in text)
        or ("小时" in text and ("天" in text or "分" in text))
        or ("天" in text and ("周" in text or "星期" in text))
        or ("秒" in text and "分" in text)
        or (("\u2032" in text or "'" in text) and ("\u2033" in text or '"' in text))
    ):
        return None  # each compound has both its units: a prose cell pays no search
    found = _COMPOUND_DURATION_RE.search(text)
    if found is None:
        return None
    rest = text[: found.start()] + text[found.end() :]
    if any(char.isdigit() for char in rest):
        return None  # another figure in the cell: not one duration
    if (found["days"] == "一" or found["weeks"] == "一") and "零" not in found[0]:
        return None  # 一天两小时, 一周三天: a rate (two hours a day), no one stretch
    for larger, smaller, ratio, unit in _COMPOUND_DURATIONS:
        if found[larger] is not None:
            small = _duration_count(found[smaller])
            if small >= ratio:
                return None  # 1年15个月: no compound (3小时75分钟 neither)
            count = _duration_count(found[larger]) * ratio + small
            recast = f"{text[: found.start()]}{count}{unit}{text[found.end() :]}"
            return Normalized(norm.raw, recast, None)
    return None  # pragma: no cover - one alternative always matched


def _recast_quantity(norm: Normalized) -> Quantity | None:
    """A quantity written in a form the number grammar does not read, or None.

    ``1小时30分钟`` is 90 分钟; ``3期/150人`` is 3 期 with the note 150人, as
    ``20期（150人）`` is; ``当日办结`` and ``即办`` are within 1 working day, the
    words their note (``≤1(个工作日)(即办)``; never the very text of ``1个工作日内办结``,
    which would read as a copy of that target).

    Example:
        >>> [str(_recast_quantity(normalize(t))) for t in ("1小时30分钟", "3期/150人", "即办")]
        ['90(分钟)', '3(期)(150人)', '≤1(个工作日)(即办)']
    """
    text = norm.text
    if text in SAME_DAY_WORDS:
        return Quantity(Decimal(1), "个工作日", Bound.AT_MOST, note=text, text=norm.raw)
    recast: str | None = None
    counts: re.Match[str] | None = None
    if (hours := _HOURS_MINUTES_RE.search(text)) is not None:
        minutes = int(hours[1]) * 60 + int(hours[2])
        recast = f"{text[: hours.start()]}{minutes}分钟{text[hours.end() :]}"
    elif (counts := _COUNT_SLASH_COUNT_RE.fullmatch(text)) is not None:
        recast = f"{counts[1]}({counts[2]})"
    if recast is None:
        return None
    quantity = _quantity(Normalized(norm.raw, recast, None))
    if quantity is None or (counts is not None and quantity.note != counts[2]):
        return None  # 3/150人, 3人/150人: no count and a note of another measure
    return evolve(quantity, text=norm.raw)


# Work done as planned or on time (按计划于11月完成, 按原计划11月底完工, 如期于10月建成).
_AS_PLANNED_RE: Final = re.compile("已?(?:按原?计划|按期|如期|按时)")
_AS_PLANNED_FIRSTS: Final = frozenset("按如已")


def _done_as_planned(text: str, year: int | None) -> DateMatch | None:
    """The date of work done as planned: ``按计划于11月完成`` is done in November.

    The lead-in says the plan was kept; a verb of completion must follow the date
    (``按计划11月完成``), else the cell names the plan, no work done (``按计划11月``,
    ``按计划将于11月完成``: None, text as before).

    Example:
        >>> _done_as_planned("按原计划11月底完工", 2024)[:3], _done_as_planned("按计划11月", 2024)
        ((2024, 11, 30), None)
        >>> _done_as_planned("已按计划于11月完成", 2024)[:2]
        (2024, 11)
    """
    found = _AS_PLANNED_RE.match(text)
    if found is None or found.end() == len(text):
        return None
    date = match_date_value(text[found.end() :], year)
    if date is None or date.error is not None or not date.done:
        return None
    return date


def _perfective_dropped(value: Value) -> Value:
    """*value* without the 了 that ends its label after a change word (k31a).

    ``下降了3.5%`` is the change ``下降3.5%``, as ``同比下降了2%`` is ``同比下降2%``: the
    aspect particle is no part of the label, and a label ending in 了 named no change
    to scoring (a fall of 3.5 % met a growth floor of 3 %). The text keeps it.

    Example:
        >>> from decimal import Decimal as D
        >>> _perfective_dropped(Quantity(D("3.5"), "%", Bound.EXACT, label="能耗下降了")).label
        '能耗下降'
        >>> _perfective_dropped(Quantity(D(50), "个", Bound.EXACT, label="完成了")).label
        '完成了'
    """
    if (
        type(value) is Quantity
        and (label := value.label) is not None
        and label[-1] == "了"
        and label[:-1].endswith(_CHANGE_ENDS)
    ):
        return evolve(value, label=label[:-1])
    return value


# 最高 first in a value is the highest figure observed (最高5600μSv: the largest dose
# measured), no ceiling: a ceiling said twice (最高不超过) stays one.
_OBSERVED_HIGHEST_RE: Final = re.compile(r"\s*最高(?!不|未|限)")


def _observed_highest(value: Value, text: str) -> Value:
    """*value* as the figure observed when *text* begins with 最高 (m25).

    Example:
        >>> from decimal import Decimal as D
        >>> str(_observed_highest(Quantity(D(5600), "μSv", Bound.AT_MOST), "最高5600μSv"))
        '最高5600(μSv)'
        >>> _observed_highest(Quantity(D(5), "%", Bound.AT_MOST), "最高不超过5%").bound
        <Bound.AT_MOST: 'at_most'>
    """
    if (
        isinstance(value, Quantity)
        and value.bound is Bound.AT_MOST
        and value.label is None
        and _OBSERVED_HIGHEST_RE.match(text) is not None
    ):
        return evolve(value, bound=Bound.EXACT, label="最高")
    return value


# Bound.AT_MOST read once: an enum member's look-up is a Python-level call on Python 3.11.
_AT_MOST: Final = Bound.AT_MOST


def _quantity_reread(value: Value, text: str) -> Value:
    """``_perfective_dropped(_observed_highest(_average_within(value, text), text))``.

    Each of the three changes a quantity only, the first two one with the bound
    ``AT_MOST``, the last one whose label ends in 了: any other value is returned at once,
    without the calls (r37g; 合格, 开展中, 群众满意度100%).
    """
    if not isinstance(value, Quantity):
        # (_perfective_dropped asks type(value) is Quantity: the model has no subclass of
        # Quantity, so isinstance says the same)
        return value
    if value.bound is _AT_MOST:  # 平均12分钟内, 最高5600μSv: the three in turn
        return _perfective_dropped(_observed_highest(_average_within(value, text), text))
    label = value.label
    if label is not None and (label[-1:] == "了" or not label):  # ('' raises there, as before)
        return _perfective_dropped(value)
    return value


# Cells that are one vocabulary word (准确, 及时, 提高, 健全, 良好, 合格, 开展中), read in one
# dictionary look-up (r38a). A word is admitted when every test the long routes make
# before their own look-up of it passes it by, so that what it reads is the object built
# here; tested on each word at import, with the long routes' own functions:
# - it is Chinese ideographs only (U+4E00-U+9FFF): no digit (the raw and direct routes,
#   the zero-in-figures, per-period, date and number grammars all need one or a sign; the
#   direct route also skips every isalpha cell), no separator, bracket or sign;
# - _CLEAN_AND_NORMAL_RE finds nothing in it and it ends in no final stop: the text is
#   its own cleaned and normal form (Normalized(text, text, None), no origins, so no
#   line-break re-reading);
# - no capital numeral, no footnote mark or 注, no full coverage (with or without an
#   extent, a span or 应保尽保), no compound duration: the steps of
#   _parse_value_uncached / _parse_target_uncached before the normalised grammar;
# - no not-applicable word; for a value none of the tests _parse_value_normalized makes
#   before _qualitative_value (零, 每, a word of this year first, 十分, 次年, a growth
#   word or one ending in 增长), and no same-day word, which _qualitative_value refuses.
# Then the value route returns the status of a listed status word, else the family
# word's QualitativeValue, the target route the family word's QualitativeTarget (a
# status word that is no family word stays with the long route): none of the steps
# after (the TextValue and Descriptive re-readings, _settled_unit, _quantity_reread,
# _after_event, _settled_target_unit) changes either object. tests/test_digit_free_parse_r38a.py
# compares every word of both tables with the long route (_FAST_PATHS off), years None
# and 2023.
def _plain_word_cell(word: str) -> bool:
    """Whether a cell holding just *word* is read by a look-up of it (see above)."""
    norm = Normalized(word, word, None)
    return (
        word != ""
        and all("\u4e00" <= char <= "\u9fff" for char in word)
        and _FIRST_RUN_RE.search(word) is None
        and _CLEAN_AND_NORMAL_RE.search(word) is None
        and word[-1] not in _FINAL_DROPS
        and _CAPITAL_SEARCH(word) is None
        and word[-1] not in _FOOTNOTE_LASTS
        and "注" not in word
        and _FULL_COVERAGE not in word  # (_full_coverage, _full_coverage_noted, the span)
        and "应保尽保" not in word
        and _compound_duration(norm) is None
        and word not in voc.NOT_APPLICABLE
        and word[0] not in ("零", "每")
        and word[:1] not in _THIS_YEAR_FIRSTS
        and not word.startswith(("十分", "次年"))
        and word not in _GROWTH_WORDS
        and not word.endswith("增长")
        and word not in SAME_DAY_WORDS
    )


def _word_cells() -> tuple[dict[str, tuple[Status | None, str | None]], dict[str, str]]:
    """The value and the target cells read by a look-up: word -> (status, family), family.

    A value's status word is its status (listed first, as _parse_value_normalized looks
    it up first); a target's is prose unless it is a family word too.
    """
    values: dict[str, tuple[Status | None, str | None]] = {}
    for word, listed in voc.STATUS_WORDS.items():
        if _plain_word_cell(word):
            values[word] = (Status(listed), None)
    targets: dict[str, str] = {}
    for word, family in _FAMILY_OF.items():
        if _plain_word_cell(word):
            values.setdefault(word, (None, family))
            targets[word] = family
    return values, targets


_WORD_CELLS: Final = _word_cells()
_WORD_CELL_VALUES: Final = _WORD_CELLS[0]
_WORD_CELL_TARGETS: Final = _WORD_CELLS[1]


@lru_cache(maxsize=8192)
def _parse_value_cached(text: str, year: int | None) -> Value:
    raw_tried = type(text) is str and _FAST_PATHS
    if raw_tried and _realised_slogan(text):
        return TextValue(text, text=text)  # 实现最多跑1次: the reform, no count (r38p)
    if raw_tried and (word := _WORD_CELL_VALUES.get(text)) is not None:
        status, family = word  # 开展中, 准确, 及时: one look-up (see _plain_word_cell)
        if family is not None:  # (a word has a status or a family, never both)
            return QualitativeValue(text, family, text=text)
        if status is not None:
            return StatusValue(status, text, text=text)
    if (
        raw_tried
        and "0" in text
        and text.count("0") == 1  # (the pattern's one digit: 100%, 80.00 skip it; r36g)
        and _RAW_ONE_ZERO_RE.fullmatch(text) is not None  # its test, without the call
        and (worded := _raw_zero_in_figures(text)) is not None
    ):
        return QualitativeValue(worded, "zero", text=text)  # 0投诉 as 零投诉 (r35e)
    if raw_tried:
        simple = _raw_simple(text)
        if simple is not None and _plain_unit(simple[2]):
            # 1.00, 92%, 600余人: the quantity itself, built here (see _plain_unit: no
            # technical name, nothing _settled_unit changes; the rest as below).
            op, number, unit, more = simple
            return Quantity(number, unit, _PLAIN_BOUNDS[op, more], text=text)
        if simple is not None and not only_tech_names(text):
            # The route _parse_value_uncached takes first, taken before the rest (half of
            # all cells end here): the raw pattern admits no noncharacter, so the text is
            # its own _without_noncharacters; the quantity has no label (_settled_unit
            # gives it none), so _average_within returns it as it is, and so does
            # _observed_highest (the cell starts with a digit or an operator, never with
            # white space and 最高). Behaviour-preserving.
            return _settled_unit(_simple_value(simple, text))
        direct = (
            _direct_value(text)
            if not text.isalpha()  # (first: the one test most cells fail, see _DIRECT_WORD)
            and "\u4e00" <= text[:1] <= "\u9fff"
            and text.replace("%", "").replace(".", "").isalnum()
            else None
        )
        if direct is not None:
            # The long route's quantity, then what it does with one (see _direct_value):
            # the text is its own cleaned text.
            return _quantity_reread(_settled_unit(direct), text)
    if raw_tried and text[-1:] not in _FINAL_DROPS and _CLEAN_AND_NORMAL_RE.search(text) is None:
        # its own cleaned and normal text (see _CLEAN_AND_NORMAL_RE): scanned once
        norm = Normalized(text, text, None)
        value = _settled_unit(_parse_value_uncached(text, year, raw_tried=True, norm=norm))
    else:
        cleaned = _without_noncharacters(text)  # inside the cache, as for targets
        # (the raw pattern is not tried again on the same text: it read nothing there)
        value = _settled_unit(
            _parse_value_uncached(cleaned, year, raw_tried=raw_tried and cleaned is text)
        )
        text = cleaned
        if "¥" in text or "￥" in text:  # (a sign _CLEAN_AND_NORMAL_RE sends this way)
            value = _in_yuan(value, text)
    if not isinstance(value, TextValue):
        return _quantity_reread(value, text)
    # Each reading below starts with a pattern search that needs a character or word the
    # cell may lack: tested first with ``in`` (see the patterns' comments), a cell without
    # it skips the search, which could find nothing there (behaviour-preserving).
    if (
        (":" in text or "\u2236" in text or "：" in text)  # _MAP_SCALE_CHARS, see there
        and (scaled := _without_map_scale(text, year)) is not None
    ):
        return scaled
    if _may_hold_numbered_name(text) and (named := _with_numbered_name(text, year)) is not None:
        return named
    # _SPEC_PERCENT_RE ends with a literal %: a cell without one has no match.
    if "%" in text and (spec := _without_spec_percent(text, year)) is not None:
        return spec
    if (
        "年" in text
        and ("," in value.description or ";" in value.description)
        and (compared := _last_year_clause_noted(value.description, text, year)) is not None
    ):
        return compared  # 98.5%，上年98.2%: this year's figure, last year's its note (k31a)
    if (
        ("“" in text or '"' in text or "「" in text or "『" in text)  # _NUMBERED_NAME_QUOTES
        and (quoted := _QUOTED_NOUN_AFTER_RE.fullmatch(text.strip())) is not None
    ):
        # 上线21个“一件事”: the count, the quoted noun it counts its note (p41 M2)
        noted = _parse_value_cached(f"{quoted['lead']}（{quoted['noun']}）", year)
        if isinstance(noted, Quantity) and noted.note is not None:
            return evolve(noted, text=text)
    return value


# A clause giving last year's figure for comparison (上年98.2%, 去年同期为98.2%,
# 上年度：1100人, 比上年98.2%提高0.3个百分点, 2024年98.2% in a 2025 table): the year's words,
# then the figure, and after 比/较 the change from it.
_LAST_YEAR_CLAUSE_RE: Final = re.compile(
    r"(?P<base>比|较)?(?P<year>上年度?|去年|上一年度?|\d{4}年度?)(?:同期)?(?:的)?(?:为|是|:)?"
    r"(?P<rest>\D{0,12}?\d.*)"
)
_CHANGE_FROM_FIGURE_RE: Final = re.compile(
    r"(?:提高|提升|上升|增长|增加|下降|降低|减少|回落)了?\d+(?:\.\d+)?(?:个百分点|%)?$"
)
# A comma or semicolon between clauses, never one grouping thousands (4,860万吨); scoring
# splits a value's clauses with it too.
CLAUSE_SPLIT_RE: Final = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|;")
# A year a clause of this year's figure may name: the table's only.
_ANY_YEAR_RE: Final = re.compile(r"前年|上一?年|去年|(?P<year>\d{4})年")
# The words of this year a clause may open with (本年98.5%, 2025年98.5%).
_THIS_YEAR_WORDS: Final = ("本年度", "本年", "今年", "当年", "全年")


def this_year_dropped(words: str, year: int | None) -> str:
    """*words* without the words of this year they open with (本年, 今年, 2025年 in 2025).

    Those words say the time of the table's own figure (``本年98.5%``, ``今年同比增长
    5.2%``), never another measure: the grammar reads a level beside last year's without
    them (k31a), scoring a change (k33a). Another year stays.

    Example:
        >>> [this_year_dropped(w, 2025) for w in ("今年同比", "2025年营业收入", "上年")]
        ['同比', '营业收入', '上年']
    """
    if year is not None:
        words = words.removeprefix(f"{year}年度").removeprefix(f"{year}年")
    for word in _THIS_YEAR_WORDS:
        words = words.removeprefix(word)
    return words


def _last_year_figure(clause: str, year: int | None) -> Quantity | None:
    """The figure of a clause that gives last year's (``上年98.2%``), or None.

    A year by its number must be the one before the table's *year* (``2024年`` in 2025).
    """
    found = _LAST_YEAR_CLAUSE_RE.fullmatch(clause)
    if found is None:
        return None
    said = found["year"]
    if said[0].isdigit() and (year is None or said[:4] != str(year - 1)):
        return None
    rest = found["rest"]
    if found["base"] is not None:
        rest = _CHANGE_FROM_FIGURE_RE.sub("", rest)  # 比上年98.2%提高0.3个百分点
    figure = _parse_value_cached(rest, year)
    return figure if isinstance(figure, Quantity) else None


def _last_year_clause_noted(
    description: str, raw: str, year: int | None
) -> Quantity | TextValue | None:
    """This year's figure of two clauses, the other giving last year's, as its note (k31a).

    ``98.5%，上年98.2%`` (or ``上年98.2%，本年98.5%``, ``2025年98.5%，2024年98.2%`` in a
    2025 table) is 98.5 % noted ``上年98.2%``, as ``98.5%（上年98.2%）`` is: last year's
    figure is there to compare, never the year's own. Both figures in one unit, last
    year's without a label or with this year's (``满意度98.5%，上年满意度98.2%``); else
    None. A change against last year beside last year's change (``同比增长5.2%，上年增长3.1%``)
    is the text of the bracketed form (:func:`_change_clause_noted`, k32a).

    Example:
        >>> str(_last_year_clause_noted("98.5%,上年98.2%", "98.5%，上年98.2%", None))
        '98.5(%)(上年98.2%)'
        >>> _last_year_clause_noted("上年结转50万元,本年使用30万元", "", None) is None
        True
    """
    clauses = CLAUSE_SPLIT_RE.split(description)
    if len(clauses) != 2:  # noqa: PLR2004
        return None
    first, second = (clause.strip() for clause in clauses)
    before = _last_year_figure(second, year)
    current, last = first, second
    if before is None:
        before = _last_year_figure(first, year)
        current, last = second, first
    if before is None:
        return None
    change = _change_from_baseline(current, year)
    if change is not None:
        noted_change = _change_clause_noted(change, before, (current, last), year)
        return None if noted_change is None else evolve(noted_change, text=raw)
    if any(
        found["year"] is None or found["year"] != str(year)
        for found in _ANY_YEAR_RE.finditer(current)
    ):
        return None  # 前年88%，上年93%; 2023年88%，2024年93% in 2025: no figure of this year
    now = _parse_value_cached(current, year)
    if (
        not isinstance(now, Quantity)
        or now.unit != before.unit
        or before.status not in (None, now.status)  # 完成12个，上年完成10个
    ):
        return None
    own = this_year_dropped(now.label or "", year)
    if before.label is not None and before.label != own:
        return None  # 上年结转资金50万元，本年使用30万元: another measure
    noted = _parse_value_cached(f"{current}（{last}）", year)
    if not isinstance(noted, Quantity) or noted.value != now.value or noted.note is None:
        return None
    return evolve(noted, text=raw)


def _change_from_baseline(clause: str, year: int | None) -> Quantity | None:
    """The change a clause states against last year (``同比增长5.2%``), as a quantity, or None.

    The clause reads as text (a value's label names no baseline), and the same words
    without the baseline (``增长5.2%``, ``收入增长5.2%``) read as a quantity labelled with a
    change word (vocabulary.CHANGE_WORDS) at its end. No other year may be named than
    the table's, which may open the clause (``2025年同比增长5.2%`` in 2025, k33a).

    Example:
        >>> str(_change_from_baseline("同比增长5.2%", None))
        '增长5.2(%)'
        >>> _change_from_baseline("增长5.2%", None) is None
        True
    """
    found = _BASELINE_INSIDE_RE.search(clause)
    if found is None:
        return None
    said = _ANY_YEAR_RE.search(found[0])
    if (
        found[0] == "环比"
        or found[0].endswith(("往年", "基期", "上期", "以前"))
        or (said is not None and said["year"] is not None and said["year"] != str((year or 0) - 1))
    ):
        return None  # 环比, 较2023年 in 2025: a change from another time than last year
    rest = clause[: found.start()] + clause[found.end() :]
    if (
        _ANY_YEAR_RE.search(this_year_dropped(rest, year)) is not None  # 2025年同比 in 2025
        or _BASELINE_INSIDE_RE.search(rest) is not None
    ):
        return None
    if not isinstance(_parse_value_cached(clause, year), TextValue):
        return None
    change = _parse_value_cached(rest, year)
    if (
        not isinstance(change, Quantity)
        or change.label is None
        or not change.label.endswith(_CHANGE_ENDS)
        or change.note is not None
    ):
        return None
    return change


def _change_clause_noted(
    change: Quantity, before: Quantity, clauses: tuple[str, str], year: int | None
) -> TextValue | None:
    """A change against last year with last year's change beside it, the latter its note.

    ``同比增长5.2%，上年增长3.1%`` reads as ``同比增长5.2%（上年增长3.1%）`` does: the
    text ``同比增长5.2%(上年增长3.1%)``, which scoring judges as the change 增长5.2%
    (k31a's rule for a level beside last year's, extended to changes; a value naming
    its baseline stays text). Last year's clause must state a change in the same unit
    (``上年增长3.1%``, ``去年同期下降1.2%``, or a bare ``上年3.1%``); else None.

    Example:
        >>> change = _change_from_baseline("同比增长5.2%", None)
        >>> before = _last_year_figure("上年增长3.1%", None)
        >>> _change_clause_noted(change, before, ("同比增长5.2%", "上年增长3.1%"), None)
        TextValue(description='同比增长5.2%(上年增长3.1%)')
    """
    if (
        change.unit != before.unit
        or before.status is not None
        or (before.label is not None and not before.label.endswith(_CHANGE_ENDS))
    ):
        return None  # 同比增长5.2%，上年结转50万元: another measure
    current, last = clauses
    noted = _parse_value_cached(f"{current}（{last}）", year)
    return noted if isinstance(noted, TextValue) else None


# A count then the quoted noun it counts (上线21个“一件事”), no figure in the quotes.
_QUOTED_NOUN_AFTER_RE: Final = re.compile(
    r"(?P<lead>[^“”\"「」『』]*\d(?:\.\d+)?[\u4e00-\u9fff]{1,2})"
    r"(?P<noun>[“\"「『][^“”\"「」『』\d]{1,12}[”\"」』])"
)


# A name that carries a number (parse29 H2): a quoted span holding a figure
# (“15分钟健身圈”, “六个百分之百”, “三公”, “832”平台), a number glued before 平台 (832平台,
# the national 脱贫地区农副产品网络销售平台), and the fixed names N分钟…圈, N个百分之百 and
# 三公 (经费): the label's, never the cell's figure.
_NUMBERED_NAME_RE: Final = re.compile(
    r"[“\"「『][^“”\"「」『』]{1,12}[”\"」』]"
    r"|\d{2,4}(?=平台)"
    r"|\d{1,3}分钟[\u4e00-\u9fff]{1,4}圈"
    r"|[一二三四五六七八九十\d]{1,2}个百分之百"
    r"|三公(?=经费)"
    # a seismic zone (8度设防区, 设防烈度8度, 8级设防), an occupational noise limit
    # (噪声≤85dB(A)岗位, ≤85分贝岗位), a 24-hour facility (24小时城市书房) and a household
    # size (3人以下户): the label's (parse36 H3)
    r"|\d{1,2}[度级](?=设防)|设防烈度\d{1,2}度"
    r"|(?<=噪声)(?:强度)?[≤<]?\d{2,3}(?:dB\(A\)|dB|分贝)(?=[\u4e00-\u9fff])"
    r"|24小时(?=城市书房|自助图书馆|自助借还|图书馆)"
    r"|\d人以下户"
)
# What every branch of _NUMBERED_NAME_RE needs in the cell, in order: an opening quote
# (“ " 「 『), 平台, 分钟, 个百分之百, 三公, 设防, 噪声, 24小时, 人以下户. A cell holding none
# of them has no match.
_NUMBERED_NAME_QUOTES: Final = frozenset('“"「『')


def _may_hold_numbered_name(text: str) -> bool:
    """Whether :data:`_NUMBERED_NAME_RE` can match *text* (a cheap test before it)."""
    return (
        "“" in text  # _NUMBERED_NAME_QUOTES, one by one (a set's isdisjoint hashes each
        or '"' in text  # character of the cell)
        or "「" in text
        or "『" in text
        or "平台" in text
        or "分钟" in text
        or "个百分之百" in text
        or "三公" in text
        or "设防" in text
        or "噪声" in text
        or "24小时" in text
        or "人以下户" in text
    )


# What a numbered name's figure is written with, masked in the name while the cell is read.
_NAME_NUMERALS: Final = frozenset("0123456789零〇一二三四五六七八九十两百千万.%")
# Any of them, in one search (see _with_numbered_name).
_NAME_NUMERAL_RE: Final = re.compile(f"[{re.escape(''.join(sorted(_NAME_NUMERALS)))}]")
# A CJK character that is no numeral, no unit and no operator: the mask.
_NAME_MASK: Final = "\u3400"


# A cell of CJK words, quotes and clause marks only, none of them a numeral (in figures,
# words or capitals) or a character a figure-free quantity is read from (半: 扣半分, 过半;
# 倍: 增加一倍): see _figure_free.
_FIGURE_FREE_RE: Final = re.compile(
    f"(?:(?![{''.join(sorted(_NAME_NUMERALS - set('.%')))}{_CAPITALS}半倍番双])"
    '[\u3400-\u9fff“”"「」『』,，、;；。])+'
)
# The words a figure-free cell reads as a quantity with (负增长 is 增长<0%, 全覆盖 and
# 应保尽保 100%, 当日办结 at most 1 working day, 小时 a duration).
_FIGURE_FREE_QUANTITY_WORDS_RE: Final = re.compile("增长|全覆盖|应保尽保|办结|即办|小时")


def _figure_free(masked: str) -> bool:
    """Whether *masked* (a cell with its numbered names masked) can read as no quantity.

    Every quantity of the value grammar is read from a figure (a digit, a numeral in
    words or capitals, a Latin grade such as AA级, 半, 倍…) or from one of the words of
    _FIGURE_FREE_QUANTITY_WORDS_RE; a cell of CJK words, quotes and clause marks holding
    neither has none (tests/test_numbered_name_skip_r38m.py compares the skip with the
    read it saves, _FAST_PATHS off).
    """
    return (
        _FIGURE_FREE_RE.fullmatch(masked) is not None
        and _FIGURE_FREE_QUANTITY_WORDS_RE.search(masked) is None
    )


def _masked_in_name(char: str) -> bool:
    """Whether *char* of a numbered name is masked while the cell is read.

    A numeral, or what a limit in the name is written with (``≤85dB(A)``: the sign,
    Latin letters and brackets; parse36 H3).
    """
    return char in _NAME_NUMERALS or char in "≤<()" or (char.isascii() and char.isalpha())


def _with_numbered_name(text: str, year: int | None) -> Value | None:
    """*text* read with the figures of a numbered name kept in its label, or None.

    ``通过832平台采购762万元`` is 762 万元 labelled ``通过832平台采购``: the name's digits
    are masked while the cell is read, then put back (parse29 H2). None when no such name
    holds a figure, or when the masked cell is still no quantity.

    Example:
        >>> str(_with_numbered_name("通过832平台采购762万元", None))
        '通过832平台采购762(万元)'
        >>> str(_with_numbered_name("建成“15分钟健身圈”覆盖率92%", None))
        '建成“15分钟健身圈”覆盖率92(%)'
        >>> _with_numbered_name("采购762万元", None) is None
        True
    """
    if _NAME_NUMERAL_RE.search(text) is None:
        # 加强…工作的“内动力”: mask() keeps every name that holds no numeral as it is and
        # notes none, and a cell without any numeral has no such name: no span, None
        # (r38a; the substitution and a call of mask for each quoted name skipped)
        return None
    spans: list[tuple[str, str]] = []

    def mask(found: re.Match[str]) -> str:
        name = found.group()
        if not any(char in _NAME_NUMERALS for char in name):
            return name
        masked = "".join(_NAME_MASK if _masked_in_name(char) else char for char in name)
        spans.append((masked, name))
        return masked

    masked = _NUMBERED_NAME_RE.sub(mask, text)
    if not spans:
        return None
    if _FAST_PATHS and _figure_free(masked):
        # 覆盖园区“两新”党组织: with the name's numerals masked no figure is left, and a
        # labelled quantity needs one (see _figure_free): the read below is no Quantity
        # with a label, so None either way (r38m; the second parse skipped)
        return None
    value = _settled_unit(_parse_value_uncached(masked, year))
    if not isinstance(value, Quantity) or value.label is None:
        return None
    label, note = value.label, value.note
    for hidden, name in spans:
        label = label.replace(hidden, name)
        note = note.replace(hidden, name) if note is not None else None
    if _NAME_MASK in label or (note is not None and _NAME_MASK in note):
        return None  # normalisation moved a name's characters: leave the cell as it was
    return evolve(value, label=label, note=note, text=text)


# A map scale before the noun it qualifies or in brackets (1:2000地形图, 1:500 with a
# full-width ratio colon, （1:2000）):
# a grade of the work, no value (parse28 H2); also in 万 (1:5万调查, 1:1万; parse35 H3).
_MAP_SCALE_RE: Final = re.compile(
    r"[（(]\s*1\s*[:\u2236：]\s*(?:\d{3,7}|\d{1,3}(?:\.\d+)?万)\s*[）)]"
    r"|(?<![\d.])1\s*[:\u2236：]\s*(?:\d{3,7}|\d{1,3}(?:\.\d+)?万)(?=[\u3400-\u9fff])"
)


# Both branches of _MAP_SCALE_RE hold one of these ratio colons: a cell without any has
# no map scale. (Tested one by one with ``in``, never with ``isdisjoint``: a set's
# isdisjoint builds and hashes a string for each character of the cell, about ten
# times the cost of three ``in`` scans on a long cell; r36g.)
_MAP_SCALE_CHARS: Final = frozenset(":\u2236：")


def _without_map_scale(text: str, year: int | None) -> Value | None:
    """*text* read with a map scale dropped to a note, or None when none is there.

    ``完成1:2000地形图测绘118平方公里`` is 118 平方公里, the scale its note: the ratio
    names the grade of the map, the cell's one quantity follows it. A ratio that is the
    value (``师幼比1:15``, no noun after it) stays as before.

    Example:
        >>> str(_without_map_scale("完成1:2000地形图测绘118平方公里", None))
        '完成地形图测绘118(平方公里)(1:2000)'
        >>> _without_map_scale("1:15", None) is None
        True
    """
    found = _MAP_SCALE_RE.search(text)
    if found is None:
        return None
    rest = f"{text[: found.start()]}{text[found.end() :]}"
    value = _settled_unit(_parse_value_uncached(rest, year))
    if not isinstance(value, Quantity) or value.note is not None or value.unit is None:
        return None
    scale = found.group().strip("（()） ").replace("\u2236", ":").replace("：", ":")
    return evolve(value, note=scale, text=text)


def _target_without_map_scale(text: str, year: int | None) -> Comparison | None:
    """A target read with a map scale dropped to a note (``1:5万调查≥500平方公里``), or None.

    As :func:`_without_map_scale` for a value (parse35 H3): the ratio is the survey's
    scale, the target's one figure follows it.

    Example:
        >>> str(_target_without_map_scale("1:5万调查≥500平方公里", None))
        '调查≥500(平方公里)(1:5万)'
    """
    found = _MAP_SCALE_RE.search(text)
    if found is None:
        return None
    rest = f"{text[: found.start()]}{text[found.end() :]}"
    target = _parse_target_uncached(rest, year)
    if not isinstance(target, Comparison) or target.note is not None:
        return None
    scale = found.group().strip("（()） ").replace("\u2236", ":").replace("：", ":")
    return evolve(target, note=scale, text=text)


# A percentage that specifies the noun after it (处置含水率80%污泥2.16万吨: sludge is
# always quoted at a stated moisture), no figure of the cell (parse30 H5).
_SPEC_PERCENT_RE: Final = re.compile(
    r"(?:折合)?(?:含水率|含固率|含水量|含固量|固含量|纯度|浓度)(?:为)?\d+(?:\.\d+)?%"
    r"(?=[\u3400-\u9fff])"
)


def _without_spec_percent(text: str, year: int | None) -> Value | None:
    """*text* read with a specification percentage before a noun as a note, or None.

    ``处置含水率80%污泥2.16万吨`` is 2.16 万吨, ``含水率80%`` its note, as the bracketed
    form ``处置污泥2.16万吨（含水率80%）`` is. Only when the rest is one quantity in a
    unit other than % (``含水率80%`` alone, or a rate after it, stays as before).

    Example:
        >>> str(_without_spec_percent("处置含水率80%污泥2.16万吨", None))
        '处置污泥2.16(万吨)(含水率80%)'
        >>> _without_spec_percent("含水率80%", None) is None
        True
    """
    found = _SPEC_PERCENT_RE.search(text)
    if found is None or _SPEC_PERCENT_RE.search(text, found.end()) is not None:
        return None
    rest = f"{text[: found.start()]}{text[found.end() :]}"
    value = _settled_unit(_parse_value_uncached(rest, year))
    if (
        not isinstance(value, Quantity)
        or value.note is not None
        or value.unit is None
        or value.unit in ("%", "‰")
    ):
        return None
    return evolve(value, note=found.group(), text=text)


def _settled_unit(value: Value) -> Value:
    """*value* with a rank's unit and the verb after a counted noun split off its unit.

    ``组织38家企业参展`` counts 38 家企业, the note says they 参展; for the rank see
    :func:`_ordinal_as_rank`.

    Example:
        >>> str(_settled_unit(_parse_value_uncached("组织38家企业参展", None)))
        '组织38(家企业)(参展)'
    """
    if not isinstance(value, Quantity) or value.note is not None:
        return value
    unit = value.unit
    if (
        unit is not None
        and unit[-1:] in _ACTING_LASTS
        and (acting := _COUNTED_ACTING_RE.fullmatch(unit))
    ):
        return evolve(value, unit=acting[1], note=acting[2])
    if (
        unit is not None
        and _may_be_paid_unit(unit)
        and (paid := _MONEY_PAID_UNIT_RE.fullmatch(unit))
    ):
        # 按每件1500元发放: the unit read 元发放 (parse18 H4)
        return evolve(value, unit=paid[1], note=paid[2])
    return _ordinal_as_rank(value)


def _ordinal_as_rank(value: Value) -> Value:
    """*value* with the rank unit 名 when its figure is an ordinal written without a unit.

    A label ending in 第 makes the figure a place (``全省第3``, ``位列全市第2``,
    ``排名全省第3``, ``第2``), as ``第二名`` is: without the unit it would take the
    target's (3 % against ``≥90%``), which a rank never is.

    Example:
        >>> str(_ordinal_as_rank(parse_value("全省第3"))), str(parse_value("第3批"))
        ('全省第3(名)', '第3(批)')
    """
    if (
        isinstance(value, Quantity)
        and value.unit is None
        and value.label is not None
        and value.label.endswith("第")
    ):
        return evolve(value, unit=_RANK_UNIT)
    return value


# The unit of a place in a ranking written without one (全省第3 is 全省第3名).
_RANK_UNIT: Final = "名"


def _parse_value_uncached(
    text: str, year: int | None, *, raw_tried: bool = False, norm: Normalized | None = None
) -> Value:
    """:func:`parse_value` without the cache; *raw_tried*: the raw route read nothing.

    *norm*: ``normalize(text)``, when the caller knows it (see _CLEAN_AND_NORMAL_RE).
    """
    if type(text) is not str:  # a subclass passes _require_text
        _require_text("parse_value", text)
    try:
        simple = _raw_simple(text) if _FAST_PATHS and not raw_tried else None
        if simple is not None and not only_tech_names(text):  # 5G, 3D, 4K: names
            return _simple_value(simple, text)
        norm = normalize(text) if norm is None else norm
        if _CAPITAL_SEARCH(norm.text) and (lowered := _capital_count(norm)):
            # 壹佰人, ≤伍万元: read in everyday numerals; words stay as written (r34e)
            counted = _parse_value_uncached(text, year, raw_tried=True, norm=lowered)
            if not isinstance(counted, TextValue):
                return counted
        if norm.text[-1:] in _FOOTNOTE_LASTS or "注" in norm.text:
            footnoted = _footnoted_value(text, norm, year)
            if footnoted is not None:
                return footnoted
        if _full_coverage(norm.text):
            return Quantity(Decimal(100), "%", Bound.EXACT, note=_FULL_COVERAGE, text=text)
        if (noted := _full_coverage_noted(norm.text)) is not None:
            return Quantity(Decimal(100), "%", Bound.EXACT, note=noted, text=text)
        duration = _compound_duration(norm)
        if duration is not None:
            # 1年3个月 is 15(个月), never 3(个月) labelled 1年 (else read as before)
            recast = _parse_value_normalized(duration, year)
            if isinstance(recast, Quantity):
                return recast
        value = _parse_value_normalized(norm, year)
        if isinstance(value, TextValue) and "或" in norm.text:
            value = _or_in_label_value(text, norm, year) or value
        if isinstance(value, TextValue) and _SUBSET_SEP in norm.text:
            value = _subset_clause_value(text, norm, year) or value
        if isinstance(value, TextValue) and _RECOVERED_VERB_RE.search(norm.text):
            value = _recovered_clause_value(text, norm, year) or value
        if isinstance(value, TextValue) and norm.text.endswith("全覆盖"):
            value = _coverage_clause_value(text, norm, year) or value
        if (
            isinstance(value, QualitativeValue)
            and norm.origin is not None
            and _cut_word_phrase(text)
        ):
            again = _parse_value_normalized(normalize(text, line_breaks=False), year)
            if isinstance(again, QualitativeValue) or _phrase_goes_on(text, year):
                return again  # 明显⏎改善 is 明显改善: never the first line's 明显 alone
        if isinstance(value, TextValue) and _LINE_BREAK_RE.search(text):
            joined = _joined_value(text, norm, year) if norm.origin is not None else None
            return joined or _value_then_note(text, year) or _note_line(text, year) or value
    except Exception:  # noqa: BLE001 - parsing a value never fails (expressions.md §3)
        return TextValue(text.strip(), text=text)
    return value


# A 或 inside a rate's label (满意或基本满意率92%, 解决或采纳的A类答复占62.5%): words
# with no figure on either side, one figure after (parse35 H2).
_OR_IN_LABEL_RE: Final = re.compile(
    r"^(?P<left>[\u4e00-\u9fff]{1,8})或(?P<right>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]*)"
    r"(?P<rest>[^或]*)$"
)
_DIGITS_RE: Final = re.compile(r"\d+(?:\.\d+)?")


def _or_in_label_value(text: str, norm: Normalized, year: int | None) -> Quantity | None:
    """A value whose label holds a ``或`` between two words, read as ``和`` is, or None.

    ``满意或基本满意率92%`` is 92 % labelled ``满意或基本满意率``, as
    ``满意和基本满意率92%`` is: one figure, so no alternatives. ``满意或不满意`` (no
    figure) and ``8个或10个`` (a figure on the left) are not this.

    >>> str(_or_in_label_value("满意或基本满意率92%", normalize("满意或基本满意率92%"), None))
    '满意或基本满意率92(%)'
    """
    found = _OR_IN_LABEL_RE.fullmatch(norm.text)
    if found is None or len(_DIGITS_RE.findall(found.group("rest"))) != 1:
        return None
    joined = f"{found.group('left')}和{found.group('right')}"
    value = _parse_value_normalized(normalize(joined + found.group("rest")), year)
    if not isinstance(value, Quantity) or not value.label or joined not in value.label:
        return None
    label = value.label.replace(joined, joined.replace("和", "或", 1), 1)
    return evolve(value, label=label, text=text)


def _footnoted_value(text: str, norm: Normalized, year: int | None) -> Quantity | None:
    """``96.5%①``, ``96.5%[1]``, ``96.5%※``: the quantity with its footnote as the note."""
    marked = _footnote(norm.text)
    if marked is None:
        return None
    body, note = marked
    value = _parse_value_normalized(Normalized(text, f"{body}({note})", None), year)
    if isinstance(value, Quantity) and value.note == note:
        return evolve(value, text=text)
    return None


# A count's clause of 其中 after a comma: some of the count (完成150户，其中贫困户12户).
_SUBSET_SEP: Final = ",其中"
#: The steps a rate counts the part of (合格率, 整改率, 办结率, 准确率): what the next
#: step did of what one found (抽检1250批次，合格1238批次). One list for the grammar's
#: 其中 clause and scoring's shares in steps (docs/scoring.md "count in steps").
SHARE_STEPS: Final = (
    "合格",
    "达标",
    "整改",
    "销号",
    "发放",
    "结算",
    "办结",
    "处置",
    "化解",
    "兑付",
    "拨付",
    "验收",
    "救治",
    "救助",
    "准确",
    "复核",  # 阳性样品36批次，已复核34批次 on 复核率 (p25fix M3)
)
#: The good answers a share of a survey or a check counts (满意465份/500份, 达标48/50).
SHARE_WORDS: Final = ("满意", "达标", "合格", "好评", "认可", "通过")
# Words a subset's noun may not hold: a status of the works (未完工, 已完成, 延期, 在建),
# or a step's result that scoring reads as a share of the count (抽检1250批次，其中合格
# 1220批次; 调查500人，其中满意465人: SHARE_STEPS and SHARE_WORDS), which stay text.
_SUBSET_STATUS_RE: Final = re.compile(
    r"[未完延停缓待尚暂已]|在建|施工|建设中|竣工|建成|按时|及时|按期|"
    + "|".join(dict.fromkeys(SHARE_WORDS + SHARE_STEPS))
)

# 其中未成年人11.2万人次: a noun of people begun by 未, no status (voc.NEGATED_NOUNS).
_NEGATED_NOUN_RE: Final = re.compile("|".join(voc.NEGATED_NOUNS))


# A comma that ends a clause: not one grouping thousands (其中高技能人才2,610人, p26fix H1).
_CLAUSE_COMMA_RE: Final = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")


def _subset_clause_value(text: str, norm: Normalized, year: int | None) -> Quantity | None:
    """A count with a 其中 clause of a part of it after a comma, read as the bracketed form.

    ``完成150户，其中贫困户12户`` is ``完成150户（其中贫困户12户）``: 150 户, the clause
    its note, the text as written. The clause is ``其中``, an optional noun and a count in
    the count's own measure, with no status (``其中12户未完工`` takes them off the count:
    :func:`works_done_count`; ``其中2户延期`` is partly done; both stay as they read).

    Example:
        >>> def read(text):
        ...     return _subset_clause_value(text, normalize(text), None)
        >>> str(read("完成150户，其中贫困户12户")), read("完成150户，其中贫困户12人")
        ('已完成150(户)(其中贫困户12户)', None)
    """
    head, _, rest = norm.text.partition(_SUBSET_SEP)
    if not head or not rest or _CLAUSE_COMMA_RE.search(rest) or "(" in head:
        return None
    # 其中博士12名、硕士34名: a list of parts, each read so, in one measure (parse43 H1)
    parts = [_parse_value_cached(item, year) for item in rest.split("、")]
    for part in parts:
        if (
            not isinstance(part, Quantity)
            or part.status is not None
            or part.note is not None
            or part.bound is not Bound.EXACT
            or part.unit in (None, "%", "‰")
            or part.unit != getattr(parts[0], "unit", None)
            or (
                part.label is not None
                and _SUBSET_STATUS_RE.search(_NEGATED_NOUN_RE.sub("", part.label)) is not None
            )
        ):
            return None
    quantities = [part for part in parts if isinstance(part, Quantity)]
    note = f"其中{rest}"
    value = _parse_value_normalized(Normalized(text, f"{head}({note})", None), year)
    if (
        isinstance(value, Quantity)
        and value.note == note
        and value.unit == quantities[0].unit
        and sum(part.value for part in quantities) <= value.value
    ):
        return evolve(value, text=text)  # 完成150户，其中贫困户200户: no part of it
    return None


# Asides after a count of misuses (挤占挪用1起，涉及金额3.2万元，已追回): the money it
# involved, and that it was recovered or put right, as in a final bracket (parse42 H3).
_RECOVERED_RE: Final = re.compile(
    "(?:已|均已|已全部|全部|已经)?(?:追回|收回|退回|追缴|缴回|整改|纠正)(?:到位|完毕)?"
)
# Its one required part: a text holds a match of _RECOVERED_RE exactly when it holds one of
# this (both ends of the pattern are optional), and this one's first characters let the
# search skip to them instead of trying the optional lead at every place (r38a).
_RECOVERED_VERB_RE: Final = re.compile("追回|收回|退回|追缴|缴回|整改|纠正")
_INVOLVED_RE: Final = re.compile(r"涉及(?:金额|资金)?[\d.]+(?:万|亿)?元")


def _recovered_clause_value(text: str, norm: Normalized, year: int | None) -> Quantity | None:
    """A count with clauses of the sum involved and its recovery, read as the bracketed form.

    ``发生挤占挪用1起，已追回`` is ``发生挤占挪用1起（已追回）``: 1 起, the clauses its
    note, the text as written. Every clause after the count must be a recovery
    (``已追回``, ``已整改到位``) or the sum involved (``涉及金额3.2万元``), one of them a
    recovery; the count has a unit, no status and no note (parse42 H3).

    Example:
        >>> def read(text):
        ...     return _recovered_clause_value(text, normalize(text), None)
        >>> str(read("挤占挪用1起，涉及金额3.2万元，已追回")), read("完成5个，已追回")
        ('挤占挪用1(起)(涉及金额3.2万元,已追回)', None)
    """
    head, *clauses = _CLAUSE_COMMA_RE.split(norm.text)
    if (
        not head
        or not clauses
        or "(" in head
        or not all(
            _RECOVERED_RE.fullmatch(clause) or _INVOLVED_RE.fullmatch(clause) for clause in clauses
        )
        or not any(_RECOVERED_RE.fullmatch(clause) for clause in clauses)
    ):
        return None
    count = _parse_value_cached(head, year)
    if (
        not isinstance(count, Quantity)
        or count.status is not None
        or count.note is not None
        or count.label is None
        or count.unit not in _MISUSE_UNITS
    ):
        return None
    note = ",".join(clauses)
    value = _parse_value_normalized(Normalized(text, f"{head}({note})", None), year)
    if isinstance(value, Quantity) and value.note == note and value.value == count.value:
        return evolve(value, text=text)
    return None


# The units a count of misuses or cases is said in (1起, 2笔, 3项).
_MISUSE_UNITS: Final = frozenset({"起", "笔", "项", "次", "件", "例", "宗", "个", "处"})


# 检查12家，实现全覆盖: a count, then a clause saying it covers all (parse20 M4).
_COVERAGE_CLAUSE_RE: Final = re.compile(
    r"(?P<head>[^,;()]+),(?P<clause>(?:实现|已|已经|达到)?全覆盖)"
)


def _coverage_clause_value(text: str, norm: Normalized, year: int | None) -> Quantity | None:
    """A count then ``，实现全覆盖``, read as the bracketed form ``检查12家（实现全覆盖）``.

    Example:
        >>> def read(text):
        ...     return _coverage_clause_value(text, normalize(text), None)
        >>> str(read("检查12家，实现全覆盖")), read("检查，实现全覆盖")
        ('检查12(家)(实现全覆盖)', None)
    """
    found = _COVERAGE_CLAUSE_RE.fullmatch(norm.text)
    if found is None:
        return None
    note = found["clause"]
    value = _parse_value_normalized(Normalized(text, f"{found['head']}({note})", None), year)
    if isinstance(value, Quantity) and value.note == note and value.unit not in (None, "%"):
        return evolve(value, text=text)
    return None


def _require_text(name: str, text: object) -> None:
    """A cell is text: NaN (pandas' empty cell), numbers and None are a caller's slip."""
    if not isinstance(text, str):
        if isinstance(text, float) and text != text:  # noqa: PLR0124 - NaN is not itself
            hint = "pandas reads an empty cell as NaN: .fillna('') first"
        elif text is None:
            hint = "an empty cell is ''"
        else:
            hint = "a number read from Excel: pass str(x), or .astype(str) on a column"
        msg = f"{name} takes the text of a cell (str), not {type(text).__name__} {text!r} ({hint})"
        raise TypeError(msg)


def _joined_value(text: str, norm: Normalized, year: int | None) -> Value | None:
    """A value cell whose line break cut a date, a figure's label or a word, read joined.

    A date or a figure without a status is taken; so is any reading when a piece the
    break leaves is at most two characters: a narrow cell wrapped inside a word
    (``正在⏎施工``, ``合⏎格``, ``按计划⏎完成``). Otherwise a status or a word reads from
    its clauses (``已完成⏎因资金问题未验收`` is no "done"). ``2024年12月底⏎前完成`` is a
    date. None when joining reads no better.
    """
    joined = normalize(text, line_breaks=False)
    if joined.text == norm.text:
        return None
    again = _parse_value_normalized(joined, year)
    if isinstance(again, DateValue) or (isinstance(again, Quantity) and again.status is None):
        return again
    if not isinstance(again, TextValue) and _wrapped_inside_a_word(text):
        return again
    return None


# How a first line that is a value ends: a digit, a unit (a letter or a Chinese
# character) or a percent sign; not a list marker's point, 、 or bracket (1、⏎…).
_VALUE_LINE_END_RE: Final = re.compile(r"[\w%％‰‱]\Z")


# A later line that qualifies the value above it: a plan, a forecast or an estimate, a
# figure not yet checked, no data, something not (yet) done (96%⏎预计, 98%⏎待核实,
# 96%⏎暂无数据, 100%⏎计划).
_NOTE_QUALIFIER_RE: Final = re.compile(
    "预计|预期|预估|预测|估算|估计|测算|匡算|初步|暂定|暂估|计划|拟|力争|争取|将|目标"
    "|未|待|尚|暂|正在|核实|核对|核查|确认|不|没|无数据|无法|部分|基本"
)


def _qualifies_value(line: str, *, date: bool) -> bool:
    """Whether a later line of a cell says the value above it is no achieved, checked one.

    Below a figure, a line without a figure of its own that holds a plan, forecast,
    estimate or unverified word (``96%⏎预计``); a line with a figure speaks of that
    figure (``35所⏎计划40所``). Below a date, any line that does, or that the one-line
    date test finds no completion in (``2024年10月⏎完成招标``, ``⏎开工``, ``⏎启动``).
    """
    if date:
        return says_not_completed(line) or _NOTE_QUALIFIER_RE.search(line) is not None
    return _FIRST_DIGIT_RE.search(line) is None and _NOTE_QUALIFIER_RE.search(line) is not None


def _value_then_note(text: str, year: int | None) -> Value | None:
    """A value on the first line and prose below it (``96.5%⏎第三方检测机构抽检248份``).

    The first line must be a figure without a status or a date, and every later line
    prose (text that is no value: a labelled figure such as ``抽检248份`` is one, and
    two values keep the cell text) that does not qualify the value as planned,
    forecast, estimated, unchecked or an early step (``96%⏎预计``, ``2024年10月⏎开工``:
    see :func:`_qualifies_value`). The value is the first line's, the note stays in
    the raw text, as a final bracket (``96.5%（第三方…）``) does. None otherwise.
    """
    lines = [line for line in map(str.strip, _LINE_BREAK_RE.split(text)) if line]
    if len(lines) < 2 or _VALUE_LINE_END_RE.search(lines[0]) is None:  # noqa: PLR2004
        return None
    head = _parse_value_cached(lines[0], year)
    is_date = isinstance(head, DateValue)
    if not (isinstance(head, Quantity) and head.status is None) and not is_date:
        return None
    for line in lines[1:]:
        if not isinstance(_parse_value_cached(line, year), TextValue):
            return None
        if _qualifies_value(line, date=is_date):
            return None
    if isinstance(head, Quantity) and head.note is None:
        # The lines below are the figure's note, as a final bracket is (96.5%（第三方检测）),
        # when the canonical text reads back with it.
        noted = evolve(head, note=";".join(normalize(line).text for line in lines[1:]))
        if _parse_value_cached(str(noted), year) == noted:
            return evolve(noted, text=text)
    return evolve(head, text=text)


# A line that is all one bracketed note: （截至6月底）.
_BRACKETED_LINE_RE: Final = re.compile(r"[（(][^（）()]*[）)]")


# A labelled part of a breakdown: 城区8个, 城区：8个 (a label, its figure, its unit).
_BREAKDOWN_PART_RE: Final = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{1,10}?)[：:]?(?P<figure>\d+(?:\.\d+)?)(?P<unit>[^\d\s，,、；;：:（）()]{1,6})"
)
# A label that is no part of the figure above it: another year's, a change, a plan.
_NOT_A_PART_RE: Final = re.compile(
    "上年|去年|同期|同比|比上|较上|增|减|降|计划|预计|目标|未|尚|其中|合计|共"
)
# What parts on one line are separated by.
_PART_SEPARATORS_RE: Final = re.compile(r"[，,、；;\s]+")


def _breakdown_parts(lines: list[str]) -> list[str]:
    """The pieces of the lines below a figure, a bare label joined to the figure after it.

    A breakdown table nested in a cell gives its cells as lines (``城区⏎8个``), typed
    lines give them whole (``城区8个``), maybe several on a line (``城区8个，农村4个``).

    Example:
        >>> _breakdown_parts(["城区", "8个", "农村4个，山区1个"])
        ['城区8个', '农村4个', '山区1个']
    """
    pieces = [piece for line in lines for piece in _PART_SEPARATORS_RE.split(line) if piece]
    parts: list[str] = []
    for piece in pieces:
        if (
            parts
            and re.fullmatch(r"[\u4e00-\u9fff]{1,10}[：:]?", parts[-1])
            and piece[:1].isdigit()
        ):
            parts[-1] += piece
        else:
            parts.append(piece)
    return parts


def _adds_up(head: str, parts: list[str], year: int | None) -> bool:
    """Whether *parts* are two or more labelled parts of *head*'s figure adding up to it.

    In its unit, each with its label.

    ``12个`` and ``城区8个``, ``农村4个``: 8+4=12 (word26 H3). Not a label of another
    year, a change or a plan (``上年8个``, ``新增4个``), nor parts in another unit.
    """
    value = _parse_value_cached(head, year)
    if (
        not isinstance(value, Quantity)
        or value.unit is None
        or value.status is not None
        or value.note is not None
        or value.bound is not Bound.EXACT
        or len(parts) < 2  # noqa: PLR2004
    ):
        return False
    total = Decimal(0)
    for part in parts:
        found = _BREAKDOWN_PART_RE.fullmatch(part)
        if (
            found is None
            or found["unit"] != value.unit
            or _NOT_A_PART_RE.search(found["label"]) is not None
        ):
            return False
        total += Decimal(found["figure"])
    return total == value.value


def _note_line(text: str, year: int | None) -> Quantity | None:
    """A value with a note on a line of its own, read as with the note bracketed after it.

    Lines below the first that all begin with 其中 are its breakdown (``5处⏎其中新建2处``
    reads as ``5处（其中新建2处）``, ``96.5%⏎其中城区98%`` as ``96.5%（其中城区98%）``), and
    so are labelled parts in its unit that add up to it (``12个⏎城区8个⏎农村4个`` reads as
    ``12个（城区8个，农村4个）``, word26 H3); a
    first line that is all one bracketed note stands before the value (``（截至6月底）⏎21.3公里``
    reads as ``21.3公里（截至6月底）``). The quantity keeps the cell's text; None otherwise.
    """
    lines = [line for line in map(str.strip, _LINE_BREAK_RE.split(text)) if line]
    if len(lines) < 2:  # noqa: PLR2004
        return None
    if all(line.startswith("其中") for line in lines[1:]):
        bracketed = f"{lines[0]}（{'；'.join(lines[1:])}）"
    elif _adds_up(lines[0], _breakdown_parts(lines[1:]), year):
        # 12个⏎城区8个⏎农村4个 (a breakdown table nested in the cell): 12个（城区8个，农村4个）
        bracketed = f"{lines[0]}（{'，'.join(_breakdown_parts(lines[1:]))}）"
    elif _BRACKETED_LINE_RE.fullmatch(lines[0]) and not any(
        _BRACKETED_LINE_RE.fullmatch(line) for line in lines[1:]
    ):
        bracketed = "\n".join(lines[1:]) + lines[0]
    else:
        return None
    value = _parse_value_cached(bracketed, year)
    return evolve(value, text=text) if isinstance(value, Quantity) else None


def _wrapped_inside_a_word(text: str) -> bool:
    """Whether a line break of *text* leaves a piece of at most two characters (合⏎格)."""
    pieces = [piece.strip() for piece in _LINE_BREAK_RE.split(text)]
    return any(0 < len(piece) <= 2 for piece in pieces)  # noqa: PLR2004


def parse_value(text: str, *, year: int | None = None) -> Value:
    """Parse a planned, actual or forecast cell into a value object. Never raises.

    Example:
        >>> from perftrack import parse_value
        >>> v = parse_value("≥266米")
        >>> v.value, v.unit, v.bound
        (Decimal('266'), '米', <Bound.AT_LEAST: 'at_least'>)
        >>> parse_value("开展中").status
        <Status.IN_PROGRESS: 'in_progress'>
    """
    value = _dated_quantity(_parse_value_cached(text, year))
    if (
        year is not None
        and type(value) is Quantity
        and (when := value.when) is not None
        and when.year is None
        and when.part in _YEAR_PARTS
    ):
        # 上半年完成2处, 一季度完成1次: a quarter or a half with no year is of the table's
        # year, as 上半年完成，共2处 is (r38p) and the date value 上半年完成 is (r39g: it
        # was 上半年 of no year); a month keeps the label's own (scoring places it)
        return evolve(value, when=evolve(when, year=year))
    return value


# What a part of the year with no year may start with (上半年, 下半年, 一季度, 第三季度).
_PART_DATE_FIRSTS: Final = frozenset("上下一二三四第")
# The lead-ins a label's date may follow (已于上半年, 于第三季度, 在上半年).
_PART_DATE_LEADS: Final = "已于在"
# What a label opening with a date may start with (see match_label_date): a digit, a
# lead-in (已于, 于, 在, 截至, 到) or a part of the year (一季度, 第一季度, 上半年).
_LABEL_DATE_FIRSTS: Final = frozenset("0123456789已于在截到一二三四第上下")


def _dated_quantity(value: Value) -> Value:
    """*value* with the date its label opens with, if a quantity's label does (r37e).

    ``3月底前开工10个`` is 10 个 labelled ``3月底前开工``, done by March: the count and
    the date, so that a deadline can judge it as ``2024年3月完成`` is judged. The label
    stays as written (the canonical text is unchanged); the year is the label's own.

    Example:
        >>> parse_value("3月底前开工10个").when
        DateValue(year=None, month=3, day=None, status=None, part=None)
        >>> parse_value("开工10个").when is None
        True
    """
    if (
        type(value) is not Quantity
        or value.when is not None
        or (label := value.label) is None
        or label[:1] not in _LABEL_DATE_FIRSTS
    ):
        return value
    when = _label_date(label)
    return value if when is None else evolve(value, when=when)


@lru_cache(maxsize=4096)
def _label_date(label: str) -> DateValue | None:
    """The date value of a label opening with a date (see :func:`match_label_date`)."""
    found = match_label_date(label)
    if found is None:
        return None
    return DateValue(found.year, found.month, found.day, None, found.part)


# The yuan sign right before an amount, or before its operator (¥1,186,000, ≤¥300, ¥≤300).
_YUAN_SIGN_RE: Final = re.compile(r"[¥￥][≥≤<>=]?\d|[≥≤<>=][¥￥]\d")


def _in_yuan(parsed: _T, text: str) -> _T:
    """*parsed* in 元 when the cell gives its amount with the yuan sign and no unit.

    ``¥1,186,000`` is 1186000元, as ``1186000元`` is: the sign says the unit (parse53
    H2; the sign alone was dropped and the figure took the target's 万元). A unit written
    after the amount (``¥118.6万``, ``¥300万元``) is the cell's.

    Example:
        >>> str(parse_value("¥1,186,000")), str(parse_value("￥118.6万"))
        ('1186000(元)', '118.6(万)')
    """
    if (
        isinstance(parsed, (Quantity, Comparison, Range))
        and parsed.unit is None
        and _YUAN_SIGN_RE.search(text) is not None
    ):
        return evolve(parsed, unit="元")
    return parsed


def clear_caches() -> None:
    """Forget every memoised parse, so that the next parses run cold (benchmarks, tests).

    Example:
        >>> clear_caches()
        >>> _parse_value_cached.cache_info().currsize
        0
    """
    _parse_target_cached.cache_clear()
    _parse_value_cached.cache_clear()
    _label_date.cache_clear()
    _is_unit.cache_clear()
    _LAST_PLAIN[0] = None
