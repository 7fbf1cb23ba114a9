"""Parsing a cell both ways: with the fast paths, and through the full grammar only.

The fast paths of ``perftrack.expressions._grammar`` must never change a result;
the expression tests compare the two outcomes with :func:`fast_and_full`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from perftrack import ExpressionError
from perftrack.expressions import _grammar

if TYPE_CHECKING:
    from collections.abc import Callable


def outcome(parse: Callable[..., object], text: str, year: int | None) -> object:
    """What *parse* makes of *text*, cold: the result with its canonical and raw text,
    or the error's message and span."""
    _grammar.clear_caches()
    try:
        result = parse(text, year=year)
    except ExpressionError as exc:
        return ("error", exc.message, exc.span)
    return (result, str(result), getattr(result, "text", None))


def fast_and_full(
    parse: Callable[..., object], text: str, year: int | None
) -> tuple[object, object]:
    """:func:`outcome` with the fast paths, then with the full grammar only."""
    fast = outcome(parse, text, year)
    _grammar._FAST_PATHS = False
    try:
        full = outcome(parse, text, year)
    finally:
        _grammar._FAST_PATHS = True
        _grammar.clear_caches()
    return fast, full
