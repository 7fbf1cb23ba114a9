"""Normalisation of a raw cell (expressions.md §1), keeping a map back to the raw text.

Error spans must index the raw text, so normalisation returns, beside the
normalised string, the raw index where each normalised character came from.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["Normalized", "normalize"]

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
        ord("〜"): "~",
        ord("㏎"): "km",
        ord("µ"): "μ",  # the micro sign is the Greek letter (µg → μg)
        ord("【"): "[",
        ord("】"): "]",
        ord("\u3000"): " ",
        ord("\xa0"): " ",
    }
)
_TRANSLATION: Final = str.maketrans(_ONE_TO_ONE)

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
# Control characters other than white space (a \x01 an HTML export left for a mark it
# could not write) print nothing either.
_INVISIBLE: Final = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width, BOM, soft hyphen
    + "".join(map(chr, (*range(0x09), *range(0x0E, 0x1C), 0x7F)))  # controls
)
_MULTI_RE: Final = re.compile(
    "|".join(
        (rf"(?<=[{_BEFORE_UNIT_ONLY}])" if old in _UNIT_ONLY else "")
        + (rf"{re.escape(old[0])}\s*{re.escape(old[1])}" if old in _OPERATORS else re.escape(old))
        for old, _ in _MULTI
    )
    + r"|\s+"
)
_MULTI_MAP: Final = dict(_MULTI)
# A unit-only token that a number stands before only once white space has gone.
_LATE_UNIT_RE: Final = re.compile(rf"(?<=[{_BEFORE_UNIT_ONLY}])(?:km²|km2|m²|m2)")
# What the slow path is needed for: length-changing replacements, white space, signs.
_SPECIAL_RE: Final = re.compile(r">=|<=|--|m2|m²|[㎡㎏㎞㎥㎾\s负▼↓▲↑¥￥]")
_INVISIBLE_RE: Final = re.compile(f"[{_INVISIBLE}]")
# Nothing but white space and invisible characters.
_BLANK_RE: Final = re.compile(rf"[\s{_INVISIBLE}]*")
# Characters the one-to-one table changes; most cells have none.
_MAPPED_RE: Final = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in sorted(_ONE_TO_ONE)) + "]"
)
# Every character a change can start with, in one class: one scan tells that a cell
# needs no change at all (a class is much cheaper to scan for than the alternatives).
_MAYBE_CHANGE_RE: Final = re.compile(
    "[" + _MAPPED_RE.pattern[1:-1] + r"><\-m²㎡㎏㎞㎥㎾负▼↓▲↑¥￥\s" + _INVISIBLE + "]"
)


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

    Example:
        >>> normalize("≧ 95％").text
        '≥95%'
        >>> normalize("辖区企业满意率达95%以上。").text
        '辖区企业满意率达95%以上'
        >>> normalize("已完成\n未验收").text, normalize("已完成\n未验收", line_breaks=False).text
        ('已完成;未验收', '已完成未验收')
    """
    last = raw[-1:]
    if last in _FINAL_DROPS or last.isspace():
        end = _final_stops_start(raw)
        if end is not None and not _BLANK_RE.fullmatch(raw, 0, end):  # stops alone stay
            # The kept text is a prefix of the raw one: its indices are the raw ones, and
            # it ends in neither a stop nor white space, so this runs once.
            shorter = normalize(raw[:end], line_breaks=line_breaks)
            return Normalized(raw, shorter.text, shorter.origin)
    if not _MAYBE_CHANGE_RE.search(raw):
        return Normalized(raw, raw, None)
    if _INVISIBLE_RE.search(raw):
        return _without_invisible(raw, line_breaks=line_breaks)
    mapped = raw.translate(_TRANSLATION) if _MAPPED_RE.search(raw) else raw
    if not _SPECIAL_RE.search(mapped):
        return Normalized(raw, mapped, None)
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
            if out and _keeps_space(before, after):
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
    # A doubled dash that came from two separately mapped characters (——).
    if "--" in text:
        keep = [i for i, ch in enumerate(text) if not (ch == "-" and i > 0 and text[i - 1] == "-")]
        text = "".join(text[i] for i in keep)
        origin = [origin[i] for i in keep]
    end = len(raw) - (len(raw) - len(raw.rstrip()))
    origin.append(end)
    if _LATE_UNIT_RE.search(text):
        # 0 km2: the space went after the pass that rewrites a unit after a number;
        # a second pass does it (its origins are composed onto the first's).
        again = normalize(text, line_breaks=line_breaks)
        if again.origin is not None:
            origin = [origin[index] for index in again.origin]
        return Normalized(raw, again.text, origin)
    return _with_signs(Normalized(raw, text, origin))


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
