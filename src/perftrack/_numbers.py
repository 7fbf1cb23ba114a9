"""Rounding that no figure breaks, however many digits it has.

``Decimal.quantize`` raises ``InvalidOperation`` when the result needs more
digits than the context's precision (28 by default): a 项目编码 pasted into an
amount (``330100240000000678901234567890``) made a table unscorable. The
figures themselves are kept exact; only rounding them for display needed room.
"""

from __future__ import annotations

from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    InvalidOperation,
    getcontext,
)
from typing import Final

__all__ = ["CENT", "half_up", "quantized"]

CENT: Final = Decimal("0.01")

# Room for any figure: quantize never rounds the integer part, so it needs no limit.
_WIDE: Final = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, rounding=ROUND_HALF_UP)


def half_up(value: Decimal, quantum: Decimal = CENT) -> Decimal:
    """*value* rounded half up to *quantum* (the cent by default), whatever its digits.

    Example:
        >>> half_up(Decimal("66.665")), half_up(Decimal("330100240000000678901234567890.125"))
        (Decimal('66.67'), Decimal('330100240000000678901234567890.13'))
    """
    try:
        return value.quantize(quantum, ROUND_HALF_UP)  # the common case, in the usual context
    except InvalidOperation:
        return value.quantize(quantum, ROUND_HALF_UP, context=_WIDE)


def quantized(value: Decimal, quantum: Decimal = CENT) -> Decimal:
    """``value.quantize(quantum)`` in the current context's rounding, whatever its digits.

    What :func:`half_up` is for a figure rounded half up, for one rounded as the
    context rounds (half even): the 审核意见 letter's points and rates, where
    ``quantize`` raised ``InvalidOperation`` on a 分值 of 41 digits (r35g).

    Example:
        >>> quantized(Decimal("95.805")), quantized(Decimal("1" + "0" * 40))
        (Decimal('95.80'), Decimal('10000000000000000000000000000000000000000.00'))
    """
    try:
        return value.quantize(quantum)
    except InvalidOperation:
        return value.quantize(quantum, getcontext().rounding, context=_WIDE)
