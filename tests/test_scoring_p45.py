"""parse45 (p45): verdicts of self-evaluation and tracking rows.

H3: a name holding ``累计`` (``累计特色险种``) is judged on the 累计 clause of
``新增特色险种3个，累计11个``, not on the year's new ones; a name without it keeps the
新增 clause (parse38 M1).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from probe_tables import self_card

# H3, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
CUMULATIVE_NAMES = [
    pytest.param(
        ("累计特色险种", "≥10个", "新增特色险种3个，累计11个"),
        ("met", "实际11个，达到年度指标≥10个", Decimal("2.00")),
        id="cumulative-name",
    ),
    pytest.param(
        ("累计开通共享接口", "≥500个", "新增共享接口142个，累计538个"),
        ("met", "实际538个，达到年度指标≥500个", Decimal("2.00")),
        id="cumulative-name-interfaces",
    ),
    pytest.param(
        ("累计特色险种", "≥12个", "新增特色险种3个，累计11个"),
        ("not_met", "实际11个，未达年度指标≥12个", Decimal("1.83")),
        id="cumulative-name-missed",
    ),
    pytest.param(
        ("累计特色险种", "≥10个", "累计11个（当年新增3个）"),
        ("met", "实际11个，达到年度指标≥10个", Decimal("2.00")),
        id="control-bracket",
    ),
    pytest.param(
        ("共享接口", "≥150个", "新增共享接口142个，累计538个"),
        ("not_met", "实际142个，未达年度指标≥150个", Decimal("1.89")),
        id="control-new-default",
    ),
]


@pytest.mark.parametrize(("row", "expected"), CUMULATIVE_NAMES)
def test_cumulative_name(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
