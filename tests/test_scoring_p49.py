"""parse49 (p49): verdicts of self-evaluation and tracking rows.

H1: centimetres and millimetres compare with each other and with metres whatever their
spelling (``cm``/``厘米``/``公分``, ``mm``/``毫米``): ``2.6厘米`` or ``26mm`` against ``≥3cm`` is
not_met at 2×2.6/3, ``3.5厘米`` against ``≥3cm`` met.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

# H1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
LENGTHS = [
    pytest.param(
        ("放流苗种规格", "≥3cm", "平均规格2.6厘米"),
        ("not_met", "实际2.6厘米，未达年度指标≥3cm", Decimal("1.73")),
        id="cm-against-limi",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "26mm"),
        ("not_met", "实际26mm，未达年度指标≥3cm", Decimal("1.73")),
        id="mm-against-cm",
    ),
    pytest.param(
        ("放流苗种规格", "≥30mm", "26毫米"),
        ("not_met", "实际26毫米，未达年度指标≥30mm", Decimal("1.73")),
        id="haomi-against-mm",
    ),
    pytest.param(
        ("放流苗种规格", "≥30mm", "2.6厘米"),
        ("not_met", "实际2.6厘米，未达年度指标≥30mm", Decimal("1.73")),
        id="limi-against-mm",
    ),
    pytest.param(
        ("放流苗种规格", "≥3厘米", "2.6公分"),
        ("not_met", "实际2.6公分，未达年度指标≥3厘米", Decimal("1.73")),
        id="gongfen-against-limi",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "平均规格3.5厘米"),
        ("met", "实际3.5厘米，达到年度指标≥3cm", Decimal("2.00")),
        id="limi-meets-cm",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "0.02米"),
        ("not_met", "实际0.02米，未达年度指标≥3cm", Decimal("1.33")),
        id="mi-against-cm",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "2.6cm"),
        ("not_met", "实际2.6cm，未达年度指标≥3cm", Decimal("1.73")),
        id="control-same-spelling",
    ),
    pytest.param(
        ("护栏高度", "≤1.5m", "1.6米"),
        ("not_met", "实际1.6米已超出年度上限≤1.5m，无法挽回", Decimal("1.88")),
        id="control-metres",
    ),
]


@pytest.mark.parametrize(("row", "expected"), LENGTHS)
def test_lengths(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        assert "full-points-not-met" in {finding.id for finding in card.findings}
    assert "unit-mismatch" not in {finding.id for finding in card.findings}


def test_lengths_tracking() -> None:
    row = indicator(
        name="放流苗种规格",
        target="≥3cm",
        planned="≥3cm",
        actual="平均规格3.5厘米",
        level2="质量指标",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("met", "on_track"), got.explanation
    assert "unit-mismatch" not in {finding.id for finding in card.findings}
