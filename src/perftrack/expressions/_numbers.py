"""Numbers as written in cells: Arabic with separators, Chinese numerals."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

__all__ = [
    "AR_NUMBER",
    "CN_DECIMAL",
    "CN_NUMBER",
    "DEDUCTION",
    "approximate_pair",
    "chinese_to_int",
    "deducted_points",
    "has_adjacent_digits",
    "to_decimal",
]

#: An Arabic number: thousands separators only in groups of three.
AR_NUMBER: Final = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: A Chinese numeral (两 十二 三十五 一百 二零二三) or 半.
#: At most 16 characters: longer runs are not numbers (and would cost quadratic time).
CN_NUMBER: Final = (
    r"(?:[零一二三四五六七八九两][零一二三四五六七八九两十百千]{0,15}"
    r"|十[零一二三四五六七八九十百千]{0,15}|半)"
    r"(?![零一二三四五六七八九两十百千])"
)

#: A decimal in Chinese numerals, its point written 点 (零点五, 一点五, 十二点二五).
CN_DECIMAL: Final = r"[零一二三四五六七八九两十百千]{1,16}点[零一二三四五六七八九]{1,8}"

#: A deduction of points (r36q, r37a): 扣 (扣除, 扣减, 扣掉, 扣去, 扣罚, and with 了: 扣了,
#: 扣除了; 扣分 before the figure: 扣分2分), then the figure in Arabic digits, a Chinese
#: decimal (零点五) or a Chinese numeral (两, 十, 半), in the group ``points``. 共扣,
#: 合计扣, 被扣 hold it. The 分 after the figure is the caller's.
DEDUCTION: Final = (
    r"扣(?:除|减|掉|去|罚)?了?(?:分[:：]?)?\s*"
    rf"(?P<points>\d+(?:\.\d+)?|{CN_DECIMAL}|{CN_NUMBER})"
)

_DIGITS: Final = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
_CN_RE: Final = re.compile(CN_NUMBER)


def chinese_to_int(text: str) -> int:
    """The value of a Chinese numeral.

    A run of digits without 十/百/千 reads digit by digit (``二零二三`` → 2023).

    Example:
        >>> chinese_to_int("三十五"), chinese_to_int("一百零五"), chinese_to_int("二零二三")
        (35, 105, 2023)
    """
    if not any(ch in _UNITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + _DIGITS[ch]
        return value
    total = 0
    digit = 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
    return total + digit


def to_decimal(digits: str) -> Decimal:
    """A number digits as an exact Decimal, digits kept (``2.00`` stays ``2.00``).

    Example:
        >>> to_decimal("2,000.50"), to_decimal("两"), to_decimal("半")
        (Decimal('2000.50'), Decimal('2'), Decimal('0.5'))
    """
    if digits[0].isdigit():
        return Decimal(digits.replace(",", "") if "," in digits else digits)
    if digits == "半":
        return Decimal("0.5")
    return Decimal(chinese_to_int(digits))


def deducted_points(figure: str) -> Decimal | None:
    """The points of a deduction's figure (:data:`DEDUCTION`), or None for none.

    An approximate pair (七八, seven or eight) states no one figure.

    Example:
        >>> deducted_points("0.5"), deducted_points("零点五"), deducted_points("一点五")
        (Decimal('0.5'), Decimal('0.5'), Decimal('1.5'))
        >>> deducted_points("两"), deducted_points("半"), deducted_points("七八") is None
        (Decimal('2'), Decimal('0.5'), True)
    """
    whole, point, decimals = figure.partition("点")
    if not whole[0].isdigit() and has_adjacent_digits(whole):
        return None
    if not point:
        return to_decimal(figure)
    fraction = "".join(str(_DIGITS[ch]) for ch in decimals)
    return Decimal(f"{chinese_to_int(whole)}.{fraction}")


# Digits that stand side by side in an approximate pair (七八 "seven or eight"); 零 never
# does (一百零五 is a numeral).
_PAIR_DIGITS: Final = frozenset("一二三四五六七八九两")


def _adjacent_at(numeral: str) -> int | None:
    """Where the first two digits standing side by side in *numeral* begin, if any."""
    for index in range(len(numeral) - 1):
        if numeral[index] in _PAIR_DIGITS and numeral[index + 1] in _PAIR_DIGITS:
            return index
    return None


def has_adjacent_digits(numeral: str) -> bool:
    """Whether *numeral* has two digits side by side and is not read digit by digit.

    A numeral with 十/百/千 never has them (三十五, 一百零五), and a run of three or more
    digits alone reads digit by digit (二〇二三): two digits side by side elsewhere are an
    approximate pair (七八, 三四十, 十七八) or no numeral at all (五八十).

    Example:
        >>> (
        ...     has_adjacent_digits("七八"),
        ...     has_adjacent_digits("三十五"),
        ...     has_adjacent_digits("二零二三"),
        ... )
        (True, False, False)
    """
    if len(numeral) < 2 or (len(numeral) > 2 and not any(ch in _UNITS for ch in numeral)):  # noqa: PLR2004
        return False
    return _adjacent_at(numeral) is not None


def approximate_pair(numeral: str) -> tuple[int, int] | None:
    """The two figures of an approximate pair of Chinese numerals, or None.

    Two neighbouring digits (or 三五, "three to five") say "this or that": 七八 is 7 or 8,
    两三 2 or 3, 一两 1 or 2; a unit after them scales both (三四十 is 30 or 40, 二三百
    200 or 300), and a numeral before them gives the higher places (十七八 is 17 or 18,
    一百五六十 150 or 160).

    Example:
        >>> approximate_pair("七八"), approximate_pair("三四十"), approximate_pair("十七八")
        ((7, 8), (30, 40), (17, 18))
        >>> approximate_pair("五八") is None
        True
    """
    index = _adjacent_at(numeral)
    if index is None:
        return None
    head, tail = numeral[:index], numeral[index + 2 :]
    low, high = _DIGITS[numeral[index]], _DIGITS[numeral[index + 1]]
    if high != low + 1 and (low, high) != (3, 5):
        return None
    if len(tail) > 1 or (tail and tail not in _UNITS):
        return None
    if head:
        if head[-1] not in _UNITS:
            return None
        place = _UNITS[head[-1]] // 10
        if tail and _UNITS[tail] != place:
            return None  # 一百五六百: no numeral
        base = chinese_to_int(head)
    else:
        place, base = (_UNITS[tail] if tail else 1), 0
    return base + low * place, base + high * place
