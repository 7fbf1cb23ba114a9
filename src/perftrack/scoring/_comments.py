"""A figure with a comment clause after it, read as the figure and its note (tr32 H2).

``6800人次，较计划略有滞后``, ``6800人次，预计全年可完成``: the lead figure is the
actual, the clause after the comma a note on it, as ``6800人次（较计划略有滞后）`` is.
A clause with a figure of its own is read so only when it is a forecast
(``预计全年可完成30000人次``): a list of figures (``城区3个，农村5个``) is not one figure.
Only against a figure target (a comparison or a range) in the figure's unit, and only a
clause of pace or forecast (:data:`_COMMENT_RE`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attrs import evolve

from perftrack._errors import ExpressionError
from perftrack.expressions import Comparison, Quantity, Range, TextValue, parse_value

if TYPE_CHECKING:
    from perftrack.model import Indicator

# The first comma of a cell (the parser writes ， as ,).
_CLAUSE_RE: Final = re.compile(r"(?P<lead>[^,，;；]+)[,，](?P<tail>[^,，;；]+?)[。.]?")
# A clause that forecasts (预计全年可完成, 力争年底完成): its figure is no actual.
_FORECAST_RE: Final = re.compile("(?:预计|预期|力争|计划|争取)")
# A clause that only comments on the figure's pace: a forecast, or the figure against
# the plan (较计划略有滞后, 进度略有滞后). Other clauses (按时公布, 全部办结, 同比持平,
# 动态清零) say something of their own and the cell stays text.
_COMMENT_RE: Final = re.compile(
    "(?:预计|预期|力争|争取|计划|(?:较|比|与)(?:计划|序时进度)|进度|略有|稍有)|.*(?:滞后|落后|延误)"
)
_DIGIT_RE: Final = re.compile(r"\d")


def comment_read(indicator: Indicator) -> Indicator:
    """*indicator* with a ``figure，comment`` actual read as the figure with its note.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="累计助餐服务人次",
    ...     target=parse_target("≥30000(人次)"),
    ...     actual=parse_value("6800人次，较计划略有滞后"),
    ... )
    >>> comment_read(row).actual
    Quantity(value=Decimal('6800'), unit='人次', bound=<Bound.EXACT: 'exact'>, label=None, status=None, note='较计划略有滞后')
    >>> comment_read(evolve(row, actual=parse_value("城区3个，农村5个"))).actual
    TextValue(description='城区3个,农村5个')
    """
    actual = indicator.actual
    if not isinstance(actual, TextValue):
        return indicator
    clause = _CLAUSE_RE.fullmatch(actual.description.strip())
    if clause is None:
        return indicator
    lead, tail = clause.group("lead").strip(), clause.group("tail").strip()
    target = indicator.target
    if (
        not isinstance(target, (Comparison, Range))
        or _COMMENT_RE.match(tail) is None
        or (_DIGIT_RE.search(tail) is not None and _FORECAST_RE.match(tail) is None)
    ):
        return indicator
    try:
        figure = parse_value(lead)
        read = parse_value(f"{lead}（{tail}）")
    except ExpressionError:
        return indicator
    if (
        not isinstance(figure, Quantity)
        or figure.note is not None
        or not isinstance(read, Quantity)
        or read.value != figure.value
        or read.unit != figure.unit
        or figure.unit not in (None, target.unit)
    ):
        return indicator
    return evolve(indicator, actual=read)
