"""Tick marks and boxes typed in a symbol font, as the boxes the grid reads.

Word's 插入 → 符号 puts a tick in a form as a character of a symbol font: a
``.docx`` or Word XML document writes ``<w:sym w:font="Wingdings 2"
w:char="F052"/>``, and Word's web pages write the font's letter in a span
(``<span style='font-family:"Wingdings 2"'>R</span>``). Read as text, ``R`` is
a letter; shown in its font, it is ``☑``. Only the check marks and boxes of
Wingdings, Wingdings 2 and Symbol, and Symbol's comparison operators (``≥``
typed as ``F0B3``), are known here (Wingdings 3 holds arrows and
no box): a mark, a checked box or a box with an X is ``☑`` (``☒是 ☐否`` is how
forms mark a choice), an empty box is ``☐``; the grid reads both as ticks and
checkboxes. Any other character of these fonts stands for no text.

Also here, for Word and HTML alike: which superscript after a value is a note
mark (``94%`` with a raised ``注``), to be left out of the value.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["SYMBOL_MARKS", "is_note_mark", "raised_text", "symbol_mark", "symbol_translation"]

_CHECKED = "\u2611"  # ☑
_EMPTY = "\u2610"  # ☐

# Word's symbol fonts map their glyphs to the private use area, F000 + the code.
_PRIVATE_USE = 0xF000

#: Font name (lower case) → the code of a check mark or box in it → its box.
SYMBOL_MARKS: Final[dict[str, dict[int, str]]] = {
    "wingdings": {
        0xFC: _CHECKED,  # ü ✓
        0xFE: _CHECKED,  # þ ☑
        0xFD: _CHECKED,  # ý ☒
        0xA8: _EMPTY,  # ¨ ☐
        0x6F: _EMPTY,  # o □
        0x71: _EMPTY,  # q ❑
    },
    "wingdings 2": {
        0x50: _CHECKED,  # P ✓
        0x52: _CHECKED,  # R ☑
        0x53: _CHECKED,  # S ☒
        0x54: _CHECKED,  # T ☒
        0xA3: _EMPTY,  # £ ☐
    },
    "wingdings 3": {},
    "symbol": {
        0xD6: _CHECKED,  # Ö √ (the radical sign, typed as a tick)
        # the operators of a target typed with 插入 → 符号 (≥500人次): no target loses them
        0xB3: "≥",
        0xA3: "≤",
        0x3E: ">",
        0x3C: "<",
        0x3D: "=",
        0xB1: "±",
    },
}


def symbol_mark(font: str, char: str) -> str:
    """The box a ``w:sym`` shows: its *font* and hex *char* code; "" for any other symbol.

    Example:
        >>> symbol_mark("Wingdings 2", "F052"), symbol_mark("Wingdings 2", "A3")
        ('☑', '☐')
        >>> symbol_mark("Wingdings", "F04A")  # a smiley: no text
        ''
    """
    marks = SYMBOL_MARKS.get(font.strip().lower())
    if not marks or not 0 < len(char) <= 4:  # noqa: PLR2004 - a code of up to four hex digits
        return ""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    if code >= _PRIVATE_USE:
        code -= _PRIVATE_USE
    return marks.get(code, "")


# str.translate tables: a web page writes the font's own character (R) or its
# private use one (U+F052).
_TRANSLATIONS: Final = {
    font: {**marks, **{_PRIVATE_USE + code: mark for code, mark in marks.items()}}
    for font, marks in SYMBOL_MARKS.items()
}


def symbol_translation(font: str) -> dict[int, str]:
    """A :meth:`str.translate` table for text shown in *font* (lower case): its marks as boxes.

    Characters that are no mark are left as they are. Empty for a font without marks.

    Example:
        >>> "R".translate(symbol_translation("wingdings 2"))
        '☑'
    """
    return _TRANSLATIONS.get(font, {})


# Superscript after a value: a note mark (94%注, 13处¹) is no part of it.
_NOTE_SIGNS: Final = frozenset("*＊※†‡#＃")
_AFTER_VALUE: Final = frozenset("%％‰)）]】")
_LONGEST_NOTE_MARK: Final = 3


def is_note_mark(text: str, before: list[str]) -> bool:
    """Whether superscript *text* after the paragraph's text *before* is a note mark.

    ``注``, ``注1``, ``*``, ``※`` always; a number (``1``, ``[1]``, ``①``) after a
    percent sign, a Chinese character, a closing bracket or a figure (``94%¹``,
    ``13处¹``, ``2150¹``, ``m²¹``): a raised digit is never more digits of the figure
    before it (2150¹ is 2150 as a note, and as a power too). A number after a letter
    is a unit's power (``m²`` is read ``m2``, as the value language reads it), and
    stays; so does the power of ``×10`` (see :func:`raised_text`). Word's raised
    runs and HTML's ``<sup>``.

    >>> is_note_mark("注", ["94%"]), is_note_mark("1", ["94%"]), is_note_mark("2", ["m"])
    (True, True, False)
    >>> is_note_mark("1", ["2150"]), is_note_mark("1", ["1250m", "2"]), is_note_mark("2", ["×10"])
    (True, True, False)
    """
    mark = text.strip().strip("[]【】()（）")
    if not mark or len(mark) > _LONGEST_NOTE_MARK:
        return False
    if mark[0] == "注" or all(char in _NOTE_SIGNS for char in mark):
        return True
    if not mark.isdigit():
        return False
    kept = "".join(before).rstrip()
    last = kept[-1:]
    if last.isdigit():  # 2150¹, m²¹ (² is a digit too): a note, unless ×10² or ≥10²
        return _EXPONENT_BASE_RE.search(kept) is None and _bare_power(text, kept) is None
    return bool(last) and (last in _AFTER_VALUE or "\u3400" <= last <= "\u9fff")


# ×10², x10³, *10⁴: a raised number after ten is its power.
_EXPONENT_BASE_RE: Final = re.compile(r"[×xX*＊]\s*10$")
# A bare ten (≥10, 约10, not 2010, 1.10 or ×10) before a raised number: a power of ten.
_BARE_TEN_RE: Final = re.compile(r"(?<![\d.,，×xX*＊])10$")
_LARGEST_POWER: Final = 12


def _bare_power(text: str, before: str) -> int | None:
    """The power a raised number *text* gives a bare ``10`` ending *before*, or None.

    ``≥10`` and a raised ``2`` is 10² = 100 (regress98 W3); a bracketed number
    (``10[2]``) stays a note mark.

    >>> _bare_power("2", "≥10"), _bare_power("2", "2010"), _bare_power("[2]", "10")
    (2, None, None)
    """
    if not text.isdigit() or _BARE_TEN_RE.search(before) is None:
        return None
    power = int(text)
    return power if 1 <= power <= _LARGEST_POWER else None


_SUPERSCRIPT_DIGITS: Final = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def raised_text(text: str, before: list[str]) -> str:
    """What superscript *text* after the paragraph's text *before* adds to it.

    Nothing for a note mark (:func:`is_note_mark`); the power of ten in superscript
    digits after ``×10`` (``3.2×10²``, never ``3.2×102``); the zeros of a bare power
    of ten (``≥10²`` is ``≥100``, regress98 W3); else *text* itself (``m`` and a
    raised ``2`` is ``m2``).

    >>> raised_text("1", ["2150"]), raised_text("2", ["≥3.2×10"]), raised_text("2", ["m"])
    ('', '²', '2')
    >>> raised_text("2", ["≥10"]), raised_text("3", ["约", "10"]), raised_text("1", ["10"])
    ('0', '00', '')
    """
    if is_note_mark(text, before):
        return ""
    stripped = text.strip()
    power = _bare_power(stripped, "".join(before).rstrip())
    if power is not None:
        return "0" * (power - 1)
    if stripped.isdigit() and _EXPONENT_BASE_RE.search("".join(before).rstrip()) is not None:
        return stripped.translate(_SUPERSCRIPT_DIGITS)
    return text
