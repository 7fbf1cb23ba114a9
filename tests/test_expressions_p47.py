"""Values from 松材线虫病防治, 国土变更调查/测绘 and 非遗保护 tables (parse47).

- H2: a verb of a contract's price after a per-unit amount (``按33元/个结算``, ``核算``,
  ``计价``, ``包干``, ``核定``, ``按165元/株计``) is a note, as ``拨付`` is: the unit stays
  the money's (``元/个``), an area after the slash included (``万元/平方公里``).
- H4: zero targets of heritage and pests (``无失传``, ``濒危项目无失传``, ``不发生新疫点``) and
  with a long subject (``因矛盾纠纷激化引发命案零发生``) are of the zero family, as is the
  long ``全年未发生因矛盾纠纷激化引发的命案``; ``1项失传`` is 1 项, its note 失传.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Bound,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    TextValue,
    Value,
    parse_target,
    parse_value,
)

# ---------------------------------------------------------------------------
# H2: a price verb after a per-unit amount

PRICE_VERB_VALUES = [
    pytest.param(
        "按33元/个结算",
        Quantity(Decimal(33), "元/个", Bound.EXACT, label="按", note="结算"),
        id="settled",
    ),
    pytest.param(
        "按33元/个核算",
        Quantity(Decimal(33), "元/个", Bound.EXACT, label="按", note="核算"),
        id="accounted",
    ),
    pytest.param(
        "按33元/个计价",
        Quantity(Decimal(33), "元/个", Bound.EXACT, label="按", note="计价"),
        id="priced",
    ),
    pytest.param(
        "按160元/株包干",
        Quantity(Decimal(160), "元/株", Bound.EXACT, label="按", note="包干"),
        id="lump-sum",
    ),
    pytest.param(
        "按165元/株计",
        Quantity(Decimal(165), "元/株", Bound.EXACT, label="按", note="计"),
        id="counted",
    ),
    pytest.param(
        "按1000元计",
        Quantity(Decimal(1000), "元", Bound.EXACT, label="按", note="计"),
        id="counted-plain-yuan",
    ),
    pytest.param(
        "按1,470元/人·月核定",
        Quantity(Decimal(1470), "元/人·月", Bound.EXACT, label="按", note="核定"),
        id="fixed-per-month",
    ),
    pytest.param(
        "每个33元结算",
        Quantity(Decimal(33), "元", Bound.EXACT, label="每个", note="结算"),
        id="each-settled",
    ),
    pytest.param(
        "按1.86万元/平方公里结算",
        Quantity(Decimal("1.86"), "万元/平方公里", Bound.EXACT, label="按", note="结算"),
        id="per-area",
    ),
    pytest.param(
        "1.86万元/km²结算",
        Quantity(Decimal("1.86"), "万元/km²", Bound.EXACT, note="结算"),
        id="per-km2",
    ),
    # controls: the paying verbs as before, a plain unit, no figure
    pytest.param(
        "按33元/个拨付",
        Quantity(Decimal(33), "元/个", Bound.EXACT, label="按", note="拨付"),
        id="control-paid",
    ),
    pytest.param("33元/个", Quantity(Decimal(33), "元/个", Bound.EXACT), id="control-plain"),
    pytest.param("按实结算", TextValue("按实结算"), id="control-no-figure"),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_VERB_VALUES)
def test_price_verb_value(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


# ---------------------------------------------------------------------------
# H4: zero targets of heritage, of pests and with a long subject

ZERO_TARGETS = [
    pytest.param("无失传", id="no-loss"),
    pytest.param("濒危项目无失传", id="subject-no-loss"),
    pytest.param("不发生新疫点", id="no-new-outbreak-point"),
    pytest.param("因矛盾纠纷激化引发命案零发生", id="long-subject"),
    pytest.param("矛盾纠纷引发命案零发生", id="control-short-subject"),
]


@pytest.mark.parametrize("text", ZERO_TARGETS)
def test_zero_target(text: str) -> None:
    assert parse_target(text) == QualitativeTarget(text, "zero")


ZERO_VALUES = [
    pytest.param(
        "全年未发生因矛盾纠纷激化引发的命案",
        QualitativeValue("全年未发生因矛盾纠纷激化引发的命案", "zero"),
        id="long-none-happened",
    ),
    pytest.param("无失传", QualitativeValue("无失传", "zero"), id="no-loss"),
    pytest.param("1项失传", Quantity(Decimal(1), "项", Bound.EXACT, note="失传"), id="one-lost"),
]


@pytest.mark.parametrize(("text", "expected"), ZERO_VALUES)
def test_zero_value(text: str, expected: Value) -> None:
    assert parse_value(text) == expected
