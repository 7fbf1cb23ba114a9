"""parse47 (p47): verdicts of self-evaluation rows.

H2: a per-unit price followed by a verb of settlement (``按33元/个结算``, ``包干``, ``核算``,
``计价``, ``核定``, ``计``) is compared with the target, as ``按33元/个拨付`` is: met or
not_met with proportional points, no ``unit-mismatch``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from probe_tables import self_card

# 2025 自评表 (weight 2): name | target | actual -> attainment, explanation, points, unit-mismatch
PRICE_VERB_ROWS = [
    pytest.param(
        ("图斑核查单价", "≤35元/个", "按33元/个结算"),
        ("met", "实际33元/个，达到年度指标≤35元/个", Decimal("2.00")),
        id="settled-met",
    ),
    pytest.param(
        ("图斑核查单价", "≤35元/个", "按38元/个结算"),
        ("not_met", "实际38元/个，超出年度指标≤35元/个", Decimal("1.84")),
        id="settled-miss",
    ),
    pytest.param(
        ("松木除治单价", "≤180元/株", "按160元/株包干"),
        ("met", "实际160元/株，达到年度指标≤180元/株", Decimal("2.00")),
        id="lump-sum-met",
    ),
    pytest.param(
        ("松木除治单价", "≤180元/株", "按195元/株包干"),
        ("not_met", "实际195元/株，超出年度指标≤180元/株", Decimal("1.85")),
        id="lump-sum-miss",
    ),
    pytest.param(
        ("测绘单价", "≤1.8万元/km²", "按1.86万元/平方公里结算"),
        ("not_met", "实际1.86万元/平方公里，超出年度指标≤1.8万元/km²", Decimal("1.94")),
        id="per-area-miss",
    ),
    pytest.param(
        ("核查单价", "≤35元/个", "每个33元核算"),
        ("met", "实际33元/个，达到年度指标≤35元/个", Decimal("2.00")),
        id="each-accounted",
    ),
    pytest.param(
        ("见习补贴标准", "≥1470元/人·月", "按1,470元/人·月核定"),
        ("met", "实际1470元/人·月，达到年度指标≥1470元/人·月", Decimal("2.00")),
        id="fixed",
    ),
    pytest.param(
        ("核查单价", "≤35元/个", "按33元/个计价"),
        ("met", "实际33元/个，达到年度指标≤35元/个", Decimal("2.00")),
        id="priced",
    ),
    pytest.param(
        ("注药单价", "≤180元/株", "按165元/株计"),
        ("met", "实际165元/株，达到年度指标≤180元/株", Decimal("2.00")),
        id="counted",
    ),
    pytest.param(
        ("核查单价", "≤35元/个", "按33元/个拨付"),
        ("met", "实际33元/个，达到年度指标≤35元/个", Decimal("2.00")),
        id="control-paid",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PRICE_VERB_ROWS)
def test_price_verb_rows(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    assert "unit-mismatch" not in {found.id for found in card.findings}
