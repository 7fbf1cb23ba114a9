"""Numbers as written in cells: Arabic with separators, Chinese numerals."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

__all__ = ["AR_NUMBER", "CN_NUMBER", "chinese_to_int", "to_decimal"]

#: An Arabic number: thousands separators only in groups of three.
AR_NUMBER: Final = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: A Chinese numeral (两 十二 三十五 一百 二零二三) or 半.
#: At most 16 characters: longer runs are not numbers (and would cost quadratic time).
CN_NUMBER: Final = (
    r"(?:[零一二三四五六七八九两][零一二三四五六七八九两十百千]{0,15}"
    r"|十[零一二三四五六七八九十百千]{0,15}|半)"
    r"(?![零一二三四五六七八九两十百千])"
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
