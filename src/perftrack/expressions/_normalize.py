"""Normalisation of a raw cell (expressions.md §1), keeping a map back to the raw text.

Error spans must index the raw text, so normalisation returns, beside the
normalised string, the raw index where each normalised character came from.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["Normalized", "fold_cell", "needs_folding", "normalize"]

# Characters a PDF font puts in place of common ones (text copied or converted from a
# PDF: Acrobat's and WPS's exports): a Kangxi radical (⽉ U+2F49 for 月, ⼈ for 人), a
# CJK compatibility ideograph (年 U+F98E for 年, 度 U+FA01 for 度) and a simplified
# radical form (⻓ U+2ED3 for 长). They look the same on screen and read as the
# ordinary character. NFKC maps the first two blocks (and ⺟ ⻳ of the third), and
# only these blocks are mapped so: NFKC as a whole would turn ① into 1.
_GLYPH_BLOCKS: Final = ((0x2E80, 0x2EF3), (0x2F00, 0x2FD5), (0xF900, 0xFAD9))
# The radical forms that stand for a whole character in running text (Unicode's
# EquivalentUnifiedIdeograph, the forms of components such as ⺅ 亻 left out), and the
# two Kangxi radicals whose NFKC is a form simplified Chinese does not write (⼾ is
# drawn as 户 in a simplified font, NFKC gives 戶; ⾭ 青, NFKC 靑).
_RADICAL_FORMS: Final = {
    "⺁": "厂",
    "⺜": "日",
    "⺝": "月",
    "⺠": "民",
    "⺩": "王",
    "⺬": "示",
    "⻄": "西",
    "⻅": "见",
    "⻆": "角",
    "⻉": "贝",
    "⻋": "车",
    "⻑": "長",
    "⻓": "长",
    "⻔": "门",
    "⻗": "雨",
    "⻘": "青",
    "⻙": "韦",
    "⻚": "页",
    "⻛": "风",
    "⻜": "飞",
    "⻝": "食",
    "⻢": "马",
    "⻣": "骨",
    "⻤": "鬼",
    "⻥": "鱼",
    "⻦": "鸟",
    "⻧": "卤",
    "⻨": "麦",
    "⻩": "黄",
    "⻪": "黾",
    "⻬": "齐",
    "⻮": "齿",
    "⻰": "龙",
    "⼾": "户",
    "⾭": "青",
}


def _glyph_table() -> dict[int, str]:
    """Each substituted character of :data:`_GLYPH_BLOCKS` → the ordinary one."""
    table: dict[int, str] = {}
    for first, last in _GLYPH_BLOCKS:
        for code in range(first, last + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if folded != chr(code):
                table[code] = folded
    table.update({ord(glyph): ordinary for glyph, ordinary in _RADICAL_FORMS.items()})
    return table


_GLYPHS: Final = _glyph_table()
_GLYPH_RANGES: Final = "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in _GLYPH_BLOCKS)

# Full-width forms U+FF01–U+FF5E → ASCII, then the explicit table. One-to-one
# mappings go through str.translate, which keeps indices aligned.
_ONE_TO_ONE: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_ONE_TO_ONE.update(
    {
        ord("≧"): "≥",
        ord("≦"): "≤",
        ord("═"): "=",
        # the slanted forms of Word's equation and symbol pickers, "not less/greater
        # than" of engineering specifications (压实度≮95%), and the small forms
        ord("⩾"): "≥",
        ord("⩽"): "≤",
        ord("≮"): "≥",
        ord("≯"): "≤",
        ord("﹥"): ">",
        ord("﹤"): "<",
        ord("﹦"): "=",
        ord("〇"): "零",
        ord("—"): "-",
        ord("–"): "-",
        ord("‒"): "-",
        ord("―"): "-",
        ord("−"): "-",
        ord("～"): "~",
        ord("﹪"): "%",  # small and Arabic percent signs
        ord("٪"): "%",
        ord("℅"): "%",  # care of, the input method's slip for % (≥95℅: parse52 M7)
        ord("〜"): "~",
        ord("㏎"): "km",
        ord("µ"): "μ",  # the micro sign is the Greek letter (µg → μg)
        ord("【"): "[",
        ord("】"): "]",
        ord("\u3000"): " ",
        ord("\xa0"): " ",
    }
)
# The characters PDF fonts substitute go the same way (see _GLYPHS).
_TRANSLATION: Final = str.maketrans({**_ONE_TO_ONE, **_GLYPHS})

# Replacements that change the length, longest first; applied left to right.
_MULTI: Final = (
    ("km²", "平方公里"),
    ("km2", "平方公里"),
    (">=", "≥"),
    ("<=", "≤"),
    ("--", "-"),
    ("m²", "平方米"),
    ("m2", "平方米"),
    ("㎡", "平方米"),
    ("㎏", "kg"),
    ("㎞", "km"),
    ("㎥", "立方米"),
    ("㎾", "kw"),
    # kW·h, the GB 3100 symbol of the kilowatt-hour (电耗 ≤0.35kW·h/m³), with the dot
    # written in any of its forms and either case: it is kWh (千瓦时, 度)
    *((f"{k}{w}{dot}h", "kWh") for k in "kK" for w in "wW" for dot in "·•∙⋅.・"),
)
# Signs written as words or arrows, right before an Arabic number: 负5% is -5%, 正负5%
# ±5%, 负增长3.5% a growth of -3.5%; ▼3.5% and ↓0.8% (analysis tables) are falls, ▲ and ↑
# rises. 负 after a digit, a Latin letter or a point is no sign (as - is none there),
# nor is it at the end of a word (减负, 胜负, 自负): such a cell stays prose. The yuan
# sign before an amount (or its operator) says what the unit does (≤¥300万元 and
# ¥≤300万元 are ≤300万元). They are
# rewritten after white space has gone (负 5% is -5%), until none is left (负¥5 is -5).
_SIGN_RE: Final = re.compile(
    r"正负(?=\d)|负增长(?=\d)|(?<![-+±0-9A-Za-z.减担抱胜自欺])负(?=\d)"
    r"|(?<![-+±])[▼↓▲↑](?=\d)|(?<![0-9A-Za-z])[¥￥](?=[≥≤<>=]?\d)"
)
_SIGN_MAP: Final = {
    "正负": "±",
    "负增长": "增长-",
    "负": "-",
    "▼": "-",
    "↓": "-",
    "▲": "+",
    "↑": "+",
    "¥": "",
    "￥": "",
}
_SIGN_HINT_RE: Final = re.compile("[负▼↓▲↑¥￥]")
# m2 and km2 are units only right after a number (Arabic or Chinese: 十二km2) or an
# opening bracket (pm2.5 is no unit).
_UNIT_ONLY: Final = frozenset({"km²", "km2", "m²", "m2"})
_BEFORE_UNIT_ONLY: Final = r"\d(零一二三四五六七八九十百千万两半余多"
# An operator that white space splits (< =) is still one: its two characters may
# have white space between them.
_OPERATORS: Final = frozenset({">=", "<="})
# Invisible characters that text scraped from web pages and Word files carries (zero-width
# space, non-joiner and joiner, word joiner), the soft hyphen Word puts in long words and
# the byte-order mark of CSV files: they are removed, so ≥95% followed by one is still ≥95%.
# The bidirectional controls (the marks LRM, RLM and ALM, the embeddings, overrides and
# isolates U+202A–U+202E and U+2066–U+2069) are invisible too, and no Chinese table needs
# one: kept, an RLO in a project name would turn the rest of a report's line around on a
# screen or in Word (the figures perftrack writes after it read backwards).
# Control characters other than white space (a \x01 an HTML export left for a mark it
# could not write) print nothing either.
_FORMAT_CHARACTERS: Final = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width, BOM, soft hyphen
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls
)
_INVISIBLE: Final = (
    _FORMAT_CHARACTERS + "".join(map(chr, (*range(0x09), *range(0x0E, 0x1C), 0x7F)))  # controls
)
# kW·h is a unit after a number or a scale (0.38kW·h, 1.02亿kW·h), after a slash (元/kW·h),
# or as a whole token (a unit column's kW·h, （kW·h）); in a label (Kw.h计量点改造) it is
# the user's wording and stays (regress61 W5).
_KWH_UNIT: Final = frozenset(old for old, new in _MULTI if new == "kWh")
_MULTI_RE: Final = re.compile(
    "|".join(
        (rf"(?<=[{_BEFORE_UNIT_ONLY}])" if old in _UNIT_ONLY else "")
        + (
            rf"(?:(?<=[{_BEFORE_UNIT_ONLY}亿/]){re.escape(old)}"
            rf"|(?<![0-9A-Za-z\u4e00-\u9fff]){re.escape(old)}(?![0-9A-Za-z\u4e00-\u9fff]))"
            if old in _KWH_UNIT
            else ""
        )
        + (
            ""
            if old in _KWH_UNIT
            else rf"{re.escape(old[0])}\s*{re.escape(old[1])}"
            if old in _OPERATORS
            else re.escape(old)
        )
        for old, _ in _MULTI
    )
    + r"|\s+"
)
_MULTI_MAP: Final = dict(_MULTI)
# A unit-only token that a number stands before only once white space has gone.
_LATE_UNIT_RE: Final = re.compile(rf"(?<=[{_BEFORE_UNIT_ONLY}])(?:km²|km2|m²|m2)")
# What the slow path is needed for: length-changing replacements, white space, signs.
_SPECIAL_RE: Final = re.compile(r">=|<=|--|~~|m2|m²|[kK][wW][·•∙⋅.・]h|[㎡㎏㎞㎥㎾\s负▼↓▲↑¥￥]")
_INVISIBLE_RE: Final = re.compile(f"[{_INVISIBLE}]")
# Nothing but white space and invisible characters.
_BLANK_RE: Final = re.compile(rf"[\s{_INVISIBLE}]*")
# Characters the one-to-one table changes; most cells have none.
_MAPPED_RE: Final = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in sorted(_ONE_TO_ONE)) + _GLYPH_RANGES + "]"
)
# Angle brackets that stand for < and > (see _ANGLE_RE), and the letters a damaged
# font gives for digits (see _LETTER_DIGITS_RE).
_ANGLES: Final = "〈〉《》\u2039\u203a\u2329\u232a"
_DIGIT_LETTERS: Final = "OolI"
# Every character a change can start with, in one class: one scan tells that a cell
# needs no change at all (a class is much cheaper to scan for than the alternatives).
_MAYBE_CHANGE_RE: Final = re.compile(
    "["
    + _MAPPED_RE.pattern[1:-1]
    + r"><\-~m²㎡㎏㎞㎥㎾kK负▼↓▲↑¥￥\s"
    + _INVISIBLE
    + _ANGLES
    + _DIGIT_LETTERS
    + "]"
)

# 〈 《 and the single guillemet U+2039 stand for <, 〉 》 and U+203A for > (the angle
# brackets of a PDF font, the 《》 a Chinese input mode types for <>) when a figure
# follows them in the cell (in Arabic or Chinese numerals) and the cell does not close
# (or open) them: a pair is a title or a note (《2024年实施方案》, 〈5年〉). A figure
# anywhere after the bracket, not only right after it: the canonical text leaves out
# words the grammar drops between them, and must read the same.
_ANGLE_RE: Final = re.compile(f"[{_ANGLES}]")
_FIGURE_RE: Final = re.compile("[0-9零一二三四五六七八九十百千万亿两半几]")
_CLOSER: Final = {"〈": "〉", "\u2039": "\u203a", "《": "》", "\u2329": "\u232a"}
_OPENER: Final = {closer: opener for opener, closer in _CLOSER.items()}


# A full stop between two digits (93。5%): a decimal point typed with the Chinese stop.
_STOP_POINT_RE: Final = re.compile(r"(?<=\d)。(?=\d)")


def _angles(text: str) -> str:
    """*text* with the angle brackets that stand before a figure read as ``<`` and ``>``.

    A bracket the cell closes (or opens) is a pair around a title or a note, and stays:
    ``《管理办法》`` and ``〈5年〉`` are no comparisons. One-to-one, so indices stay aligned;
    linear, however many brackets the cell holds.

    Example:
        >>> _angles("〉90%"), _angles("〈=10/10万"), _angles("《办法》印发"), _angles("见《办法")
        ('>90%', '<=10/10万', '《办法》印发', '见《办法')
    """
    if _ANGLE_RE.search(text) is None:
        return text
    last_figure = -1
    for found in _FIGURE_RE.finditer(text):
        last_figure = found.start()
    if last_figure < 0:
        return text
    # where the last closer and the first opener of each kind stand
    last = {closer: text.rfind(closer) for closer in _OPENER}
    first = {opener: text.find(opener) for opener in _CLOSER}

    def operator(found: re.Match[str]) -> str:
        mark, at = found.group(), found.start()
        if at > last_figure:
            return mark
        if mark in _CLOSER:
            return mark if last[_CLOSER[mark]] > at else "<"
        return mark if 0 <= first[_OPENER[mark]] < at else ">"

    return _ANGLE_RE.sub(operator, text)


# Letters a damaged font gives for digits (≥9O%, 1OO%, 2l.3%, l00%): O and o read as 0, l
# and I as 1, only in a run that starts with a digit (or an l or I before one: l00%, not
# a 0% labelled l), holds nothing but digits, points and
# these letters, and is followed by a unit (a Chinese character), % or a bracket. l and
# I only before another digit (5l水 may be litres); after a Latin letter it is a name
# (CO2, H2O). A grouping comma before three of them stays in the run (1,OOO万元, r39g:
# the group of letters alone was no run). The low end of a range is read as its high end
# is (r39g): before a dash, a tilde, 至 or 到 and a run that is followed so (26OO-3OOO元,
# 1O至2O人 are read; 26OO-3OOO and 26OO至3OOO, no unit, neither end, as 2,6OO is not).
_LETTER_RUN: Final = r"(?:\d|[lI](?=\d))(?:[0-9.OolI]|,(?=[0-9OolI]{3}))*+"
_LETTER_DIGITS_RE: Final = re.compile(
    rf"(?<![0-9A-Za-z.]){_LETTER_RUN}"
    rf"(?=[%‰‱(]|(?![至到])[\u3400-\u9fff]|[-~至到]{_LETTER_RUN}[%‰‱(\u3400-\u9fff])"
)
_LETTER_AS_DIGIT: Final = str.maketrans(_DIGIT_LETTERS, "0011")
_LONE_ONE_RE: Final = re.compile(r"[lI](?![0-9.Oo])")
_DIGIT_LETTER_RE: Final = re.compile(f"[{_DIGIT_LETTERS}]")


def _letter_digits(text: str) -> str:
    """*text* with letters in a run of digits read as digits (see _LETTER_DIGITS_RE).

    Example:
        >>> _letter_digits("≥9O%"), _letter_digits("2l.3%"), _letter_digits("H2O浓度")
        ('≥90%', '21.3%', 'H2O浓度')
        >>> _letter_digits("l00%"), _letter_digits("I00%"), _letter_digits("IOS系统")
        ('100%', '100%', 'IOS系统')
    """
    if _DIGIT_LETTER_RE.search(text) is None:
        return text

    def digits(found: re.Match[str]) -> str:
        run = found.group()
        if _DIGIT_LETTER_RE.search(run) is None or run.endswith(".") or _LONE_ONE_RE.search(run):
            return run  # digits alone (95%), a final point, an l or I that ends the run
        return run.translate(_LETTER_AS_DIGIT)

    return _LETTER_DIGITS_RE.sub(digits, text)


# Single digits with white space between them (a font's letter spacing, 分散对齐: ≥9 5 %,
# 1 2 0 0 0人, 2 0 2 4年): the spaces go, the digits are one number. The run is whole:
# no other digits stand a space before or after it, so groups of different lengths
# (8 9 10月, a list) stay. Looked for once white space is folded (it is one space
# there), so that the result is its own normal form.
_SPACED_DIGITS_RE: Final = re.compile(r"(?<![0-9A-Za-z.])(?<!\d )\d(?: \d)+(?![0-9A-Za-z])(?! \d)")
# Thousands grouped by spaces (GB/T 15835: 12 000, 1 234 567): a head of one to three
# digits, then groups of exactly three, the whole run (0571 8888 1234 and 2024 12 31 stay).
_GROUPED_THOUSANDS_RE: Final = re.compile(
    r"(?<![0-9A-Za-z.])(?<!\d )[1-9]\d{0,2}(?: \d{3})+(?![0-9A-Za-z])(?! \d)"
)
# What may follow a figure written as a share (≥95 100%: a bound and 100% side by side,
# never 95 100 per cent), and what may follow a bare run (95 100, 完成120 150).
_SHARE_SIGNS: Final = frozenset("%‰‱")
_BARE_AFTER: Final = frozenset(" ,;、。")
# Where letter-spaced digits may be a list of numbers, not one (第1 2期, 1 2 月, 1 2 3号楼):
# after 第 or before 号, 期 or 月 they are joined only in a cell spaced out elsewhere too.
_LISTED_AFTER: Final = frozenset("号期月")
# Chinese characters spaced out in the raw cell (完 成 1 2 3 号 楼): the cell is letter-spaced.
_SPACED_WORDS_RE: Final = re.compile(r"[\u3400-\u9fff][ \u3000\u00a0]+[\u3400-\u9fff]")


def _one_grouped_number(text: str, start: int, end: int) -> bool:
    """Whether the space-grouped run ``text[start:end]`` is one number (12 000人), not two.

    Two figures typed side by side look like thousands: a bound and its share (``≥95
    100%``), a bound and 100 of something (``≥95 100公里``), two bare figures (``95
    100``, ``完成120 150``) or a second figure after a comma-grouped one (``1,200 300人``).
    So a run is no number before ``%`` or ``‰``, after ``1,200``, as a two-digit head
    and ``100``, or with nothing after it unless its one group is ``000`` (``12 000``).

    Example:
        >>> [_one_grouped_number(t, 1, 7) for t in ("≥12 000人", "≥95 100%", "≥95 100公里")]
        [True, False, False]
        >>> [_one_grouped_number(t, 0, 6) for t in ("95 100", "12 000", "12 500人")]
        [False, True, True]
    """
    after = text[end : end + 1]
    comma_grouped = start > 1 and text[start - 1] == "," and text[start - 2].isdigit()
    if after in _SHARE_SIGNS or comma_grouped:
        return False
    head, _, group = text[start:end].partition(" ")
    if " " in group:
        return True  # 1 234 567: three groups are no two figures side by side
    if len(head) == 2 and group == "100":  # noqa: PLR2004 - a two-digit head
        return False
    return group == "000" or not (after == "" or after in _BARE_AFTER)


def _joined_digits(norm: Normalized) -> Normalized:
    """*norm* with letter-spaced digits and space-grouped thousands joined.

    Letter-spaced single digits (see _SPACED_DIGITS_RE) are one number, unless they
    may be a list (after 第, before 号, 期 or 月) in a cell spaced out nowhere else;
    a run of thousands grouped by spaces (see _GROUPED_THOUSANDS_RE) is one number.

    Example:
        >>> _joined_digits(Normalized("≥1 2 0 0 0人", "≥1 2 0 0 0人", None)).text
        '≥12000人'
        >>> _joined_digits(Normalized("1 234 567元", "1 234 567元", None)).text
        '1234567元'
        >>> _joined_digits(Normalized("第1 2期", "第1 2期", None)).text
        '第1 2期'
        >>> _joined_digits(Normalized("2024年1 2月底前", "2024年1 2月底前", None)).text
        '2024年12月底前'
        >>> _joined_digits(Normalized("≥95 100%", "≥95 100%", None)).text
        '≥95 100%'
    """
    text = norm.text
    if " " not in text:
        return norm
    runs = [found.span() for found in _SPACED_DIGITS_RE.finditer(text)]
    listed = [
        (start, end)
        for start, end in runs
        if (text[end : end + 1] in _LISTED_AFTER and text[start - 1 : start] != "年")
        or text[start - 1 : start] == "第"
    ]
    if listed and len(listed) == len(runs) and _SPACED_WORDS_RE.search(norm.raw) is None:
        runs = []  # 第1 2期, 1 2 月: a list, perhaps; nothing else says the cell is spaced
    runs.extend(
        found.span()
        for found in _GROUPED_THOUSANDS_RE.finditer(text)
        if _one_grouped_number(text, found.start(), found.end())
    )
    spaces = {index for start, end in runs for index in range(start, end) if text[index] == " "}
    if not spaces:
        return norm
    origin = norm.origin if norm.origin is not None else list(range(len(text) + 1))
    keep = [index for index in range(len(text)) if index not in spaces]
    return Normalized(
        norm.raw, "".join(text[index] for index in keep), [*(origin[i] for i in keep), origin[-1]]
    )


# What fold_cell removes or maps: the invisible characters (not the controls, which the
# value language removes too) and the characters PDF fonts substitute.
_FOLD_TABLE: Final = str.maketrans({**_GLYPHS, **dict.fromkeys(map(ord, _FORMAT_CHARACTERS))})
_FOLD_RE: Final = re.compile(f"[{_GLYPH_RANGES}{_FORMAT_CHARACTERS}]")


def needs_folding(text: str) -> bool:
    """Whether :func:`fold_cell` changes *text* (one scan: a joined row or sheet at once).

    Example:
        >>> needs_folding("年度指标值"), needs_folding("年度⽬标")
        (False, True)
    """
    return _FOLD_RE.search(text) is not None


def fold_cell(text: str) -> str:
    """*text* as the reader reads it: PDF fonts' substitutes mapped, invisible characters gone.

    A Kangxi radical, a CJK compatibility ideograph or a simplified radical form is the
    ordinary character it shows (``⽉`` is 月, ``年`` 年, ``⻓`` 长), and a soft hyphen,
    a zero-width space or joiner, a word joiner or a byte-order mark is nothing, so that
    ``年度指标\u00ad值`` is the header 年度指标值. Nothing else changes (``①`` stays).

    Example:
        >>> fold_cell("项⽬⽀出"), fold_cell("分\u200b值"), fold_cell("①完成率")
        ('项目支出', '分值', '①完成率')
    """
    return text.translate(_FOLD_TABLE) if _FOLD_RE.search(text) is not None else text


class Normalized:
    """A normalised cell and the raw index of each of its characters.

    ``origin[i]`` is the raw index where normalised character ``i`` starts;
    ``origin[len(text)]`` is where the normalised text ends in the raw one.
    """

    __slots__ = ("origin", "raw", "text")

    def __init__(self, raw: str, text: str, origin: list[int] | None) -> None:
        self.raw = raw
        self.text = text
        self.origin = origin

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the raw text."""
        if self.origin is None:
            return (start, end)
        origin = self.origin
        raw_start = origin[min(start, len(origin) - 1)]
        raw_end = origin[min(end, len(origin) - 1)] if end > start else raw_start
        return (raw_start, max(raw_end, raw_start))


# A cell's final full stop (ASCII too: a stop typed in an English input mode), and the
# semicolon, comma and enumeration comma a cell copied out of a list or a sentence keeps
# at its end (full-width and ASCII: this runs on the raw text). The asterisk of a
# footnote and 或 are not among them: they say something.
_FULL_STOPS: Final = frozenset("。.．；;，,、")


# What a cell's final run of stops may hold besides white space.
_FINAL_DROPS: Final = _FULL_STOPS | frozenset(_INVISIBLE)


def _final_stops_start(raw: str) -> int | None:
    """Where the run of final stops and white space that ends *raw* starts, if it has a stop."""
    end = len(raw)
    stop = False
    while end and (raw[end - 1] in _FINAL_DROPS or raw[end - 1].isspace()):
        end -= 1
        stop = stop or raw[end] in _FULL_STOPS
    return end if stop else None


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _keeps_space(before: str, after: str) -> bool:
    """Whether white space between *before* and *after* stays (as one space).

    It stays between two ASCII words (``12 000``, ``COD 50``), but not between a
    number and the Latin letters after it: ``50 km`` is ``50km``, as ``300 公里`` is
    ``300公里`` (the letters are its unit).
    """
    return _is_word(before) and _is_word(after) and not (before.isdigit() and after.isalpha())


# A letter a damaged font gives for a digit, standing after a space and starting a word:
# O or o, or l or I before a digit (see _LETTER_DIGITS_RE). A letter with white space
# after it too is letter-spaced with the digits (〉9 O %: 90%).
_LETTER_APART_RE: Final = re.compile(r"(?:[Oo]|[lI](?=[0-9Oo]))(?=\S)")


def _letter_apart(before: str, text: str, at: int) -> bool:
    """Whether a space between the digit *before* and a letter for a digit at *at* stays.

    Letters are read as digits only in a run that touches the digits (``1OO%``, ``9O%``),
    so the space before ``O`` stays: ``100 O型血`` is 100 of O型血, not 1000; ``2 O2O平台``
    is not 2020 (regress42). ``50 l/s`` and ``50 km`` still lose theirs, and a cell spaced
    letter by letter is one figure (``〉9 O %`` is >90%).

    Example:
        >>> _letter_apart("0", "100 O型血", 4), _letter_apart("0", "50 l/s", 3)
        (True, False)
    """
    return before.isdigit() and _LETTER_APART_RE.match(text, at) is not None


# Line breaks inside a cell (Alt+Enter in Excel, a paragraph in Word).
_LINE_BREAKS: Final = frozenset("\n\r\u2028\u2029")


def _is_ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _breaks_clause(before: str, after: str, piece: str) -> bool:
    """Whether the white space *piece* between *before* and *after* is a clause break.

    A line break between two Chinese characters is (``已完成⏎未验收``: two clauses, as
    with ``；``), and so is one after a point or comma before a digit (``1.⏎96%`` is a
    list item, never 1.96). Inside a token it is white space (``1,200⏎人``).
    """
    if not any(ch in _LINE_BREAKS for ch in piece):
        return False
    return (_is_ideograph(before) and _is_ideograph(after)) or (before in ".," and after.isdigit())


def _without_invisible(raw: str, *, line_breaks: bool = True) -> Normalized:
    """:func:`normalize` for a cell with invisible characters: they go first.

    Removed before anything else, they cannot keep apart what the other rules join
    (``>`` U+FEFF ``=`` is ``≥``); the origins are composed back onto the raw text.
    """
    keep = [index for index, ch in enumerate(raw) if ch not in _INVISIBLE]
    inner = normalize("".join(raw[index] for index in keep), line_breaks=line_breaks)
    origin = inner.origin if inner.origin is not None else list(range(len(inner.text) + 1))
    after = keep[-1] + 1 if keep else len(raw)  # where the last kept character ends
    return Normalized(
        raw, inner.text, [keep[index] if index < len(keep) else after for index in origin]
    )


def normalize(raw: str, *, line_breaks: bool = True) -> Normalized:
    r"""Normalise *raw* (expressions.md §1) and keep the way back to it.

    A sentence's full stop at the end of the cell (``15万元。``, ``美化环境.``) is
    dropped too, and so is a final semicolon or comma (``≥95%；``, ``96%,``,
    ``已完成、``): cells are phrases, and the mark would keep ``15万元`` from
    reading as a number.

    A line break between two Chinese characters is a clause break, written ``;``
    (``已完成⏎未验收`` is ``已完成;未验收``); with *line_breaks* false it is white
    space as before, which a caller tries when the clauses read as nothing
    (``2024年12月底⏎前完成``). A line break after a point or comma before a digit is
    a clause break either way (``1.⏎96%`` is never 1.96).

    What a PDF's font or a damaged export did to a cell is undone too: the characters
    the font substitutes (``⽉`` is 月), angle brackets before a figure (``〉90%`` is
    ``>90%``), letter-spaced digits (``9 5 %`` is ``95%``) and letters for digits in a
    run of digits (``9O%`` is ``90%``).

    Example:
        >>> normalize("≧ 95％").text
        '≥95%'
        >>> normalize("辖区企业满意率达95%以上。").text
        '辖区企业满意率达95%以上'
        >>> normalize("已完成\n未验收").text, normalize("已完成\n未验收", line_breaks=False).text
        ('已完成;未验收', '已完成未验收')
        >>> normalize("2024年12⽉").text, normalize("〉9 O %").text
        ('2024年12月', '>90%')
    """
    last = raw[-1:]
    if last in _FINAL_DROPS or last.isspace():
        end = _final_stops_start(raw)
        if end is not None and not _BLANK_RE.fullmatch(raw, 0, end):  # stops alone stay
            # The kept text is a prefix of the raw one: its indices are the raw ones, and
            # it ends in neither a stop nor white space, so this runs once.
            shorter = normalize(raw[:end], line_breaks=line_breaks)
            return Normalized(raw, shorter.text, shorter.origin)
    # 93。5%: the input method's full stop between digits is the decimal point (parse53)
    stop_point = "。" in raw and _STOP_POINT_RE.search(raw) is not None
    if not stop_point and not _MAYBE_CHANGE_RE.search(raw):
        return Normalized(raw, raw, None)
    if _INVISIBLE_RE.search(raw):
        return _without_invisible(raw, line_breaks=line_breaks)
    mapped = raw.translate(_TRANSLATION) if _MAPPED_RE.search(raw) else raw
    mapped = _angles(mapped)
    if stop_point:
        mapped = _STOP_POINT_RE.sub(".", mapped)  # one to one: the indices stay aligned
    if not _SPECIAL_RE.search(mapped):
        return Normalized(raw, _letter_digits(mapped), None)
    # Leading/trailing white space is dropped, so origins start where the
    # first kept character stands.
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for match in _MULTI_RE.finditer(mapped):
        start, end = match.span()
        for i in range(pos, start):
            out.append(mapped[i])
            origin.append(i)
        piece = match.group()
        if piece.isspace() or not piece.strip():
            # Fold white space: keep one space only between two ASCII words.
            # (what was written last: 15km2 2 keeps no space after 平方公里)
            before = out[-1] if out else ""
            after = mapped[end] if end < len(mapped) else ""
            if out and (_keeps_space(before, after) or _letter_apart(before, mapped, end)):
                out.append(" ")
                origin.append(start)
            elif (
                out
                and after
                and _breaks_clause(before, after, piece)
                and (line_breaks or not _is_ideograph(before))
            ):
                out.append(";")
                origin.append(start)
        else:
            replacement = _MULTI_MAP.get(piece) or _MULTI_MAP[piece[0] + piece[-1]]  # < =
            if piece == "--" and out and out[-1] == "-":
                pass  # a run of dashes is one dash
            else:
                out.extend(replacement)
                origin.extend([start] * len(replacement))
        pos = end
    for i in range(pos, len(mapped)):
        out.append(mapped[i])
        origin.append(i)
    text = "".join(out)
    # A doubled dash that came from two separately mapped characters (——), and a doubled
    # tilde (~~, ～～): one range sign, as -- is (5%~~8% is 5%~8%, k72fix 3).
    if "--" in text or "~~" in text:
        keep = [i for i, ch in enumerate(text) if not (ch in "-~" and i > 0 and text[i - 1] == ch)]
        text = "".join(text[i] for i in keep)
        origin = [origin[i] for i in keep]
    if "。" in text and _STOP_POINT_RE.search(text) is not None:
        # 0 。0: the white space went after the stop was looked at, and the folded text
        # reads the stop as a point; one to one, the origins stay (r35e: the normal form
        # was no normal form of its own, 0。0 then 0.0)
        text = _STOP_POINT_RE.sub(".", text)
    end = len(raw) - (len(raw) - len(raw.rstrip()))
    origin.append(end)
    if _LATE_UNIT_RE.search(text):
        # 0 km2: the space went after the pass that rewrites a unit after a number;
        # a second pass does it (its origins are composed onto the first's).
        again = normalize(text, line_breaks=line_breaks)
        if again.origin is not None:
            origin = [origin[index] for index in again.origin]
        return Normalized(raw, again.text, origin)
    # letters for digits first too (one to one, the origins stay): 2 2O2处 is grouped as
    # 2 202处 would be, so the normal form is its own normal form
    joined = _joined_digits(_with_signs(Normalized(raw, _letter_digits(text), origin)))
    return Normalized(raw, _letter_digits(joined.text), joined.origin)


def _with_signs(norm: Normalized) -> Normalized:
    """*norm* with the signs written as words, arrows or the yuan sign rewritten (see _SIGN_RE).

    Run on the text without white space, and again until none is left, so that the
    result is its own normal form.
    """
    text = norm.text
    if _SIGN_HINT_RE.search(text) is None:
        return norm
    origin = norm.origin if norm.origin is not None else list(range(len(text) + 1))
    while _SIGN_RE.search(text) is not None:
        out: list[str] = []
        kept: list[int] = []
        pos = 0
        for found in _SIGN_RE.finditer(text):
            start, end = found.span()
            out.append(text[pos:start])
            kept.extend(origin[pos:start])
            sign = _SIGN_MAP[found.group()]
            out.append(sign)
            kept.extend([origin[start]] * len(sign))
            pos = end
        out.append(text[pos:])
        kept.extend(origin[pos:])
        text, origin = "".join(out), kept
    return Normalized(norm.raw, text, origin)
