"""regress108, the older bugs the r108 fix left (r108b).

1. A rate of the opposite measure said alone (``群众满意率92%`` on 群众不满意率,
   ``问题整改到位率96%`` on 问题整改不到位率) is no figure of the row: unknown, naming both
   measures; the exact complements (合格率 ↔ 不合格率) are converted as before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from probe_tables import self_card

_OTHER = "实际“{}”统计的是{}，年度指标“{}”统计的是{}，口径不同（{}≠{}），需人工判断"

# 1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
OPPOSITE_RATES = [
    pytest.param(
        ("群众不满意率", "≤5%", "群众满意率92%"),
        (
            "unknown",
            _OTHER.format(
                "群众满意率92%", "群众满意率", "≤5%", "群众不满意率", "满意率", "不满意率"
            ),
            Decimal("2.00"),
        ),
        id="satisfied-on-dissatisfied",
    ),
    pytest.param(
        ("群众不满意率", "≤5%", "满意度92%"),
        (
            "unknown",
            _OTHER.format("满意度92%", "满意度", "≤5%", "群众不满意率", "满意度", "不满意率"),
            Decimal("2.00"),
        ),
        id="satisfaction-on-dissatisfied",
    ),
    pytest.param(
        ("群众满意率", "≥90%", "不满意率5%"),
        (
            "unknown",
            _OTHER.format("不满意率5%", "不满意率", "≥90%", "群众满意率", "不满意率", "满意率"),
            Decimal("2.00"),
        ),
        id="dissatisfied-on-satisfied",
    ),
    pytest.param(
        ("问题整改不到位率", "≤5%", "问题整改到位率96%"),
        (
            "unknown",
            _OTHER.format(
                "问题整改到位率96%",
                "问题整改到位率",
                "≤5%",
                "问题整改不到位率",
                "到位率",
                "不到位率",
            ),
            Decimal("2.00"),
        ),
        id="in-place-on-not-in-place",
    ),
    pytest.param(
        ("产品抽检不合格率", "≤3%", "抽检合格率97.5%"),
        (
            "met",
            "实际填报合格率97.5%，即不合格率2.5%；实际2.5%，达到年度指标≤3%",
            Decimal("2.00"),
        ),
        id="control-exact-complement",
    ),
    pytest.param(
        ("群众不满意率", "≤5%", "不满意率3%"),
        ("met", "实际3%，达到年度指标≤5%", Decimal("2.00")),
        id="control-own-rate",
    ),
    pytest.param(
        ("群众满意率", "≥90%", "满意率91.3%，基本满意率6.1%"),
        (
            "met",
            "实际91.3%（“满意率91.3%，基本满意率6.1%”中指标名称所指的数），达到年度指标≥90%",
            Decimal("2.00"),
        ),
        id="control-basic-beside",
    ),
    pytest.param(
        ("服务对象满意度", "≥90%", "满意率93%"),
        ("met", "实际93%，达到年度指标≥90%", Decimal("2.00")),
        id="control-synonym",
    ),
    pytest.param(
        ("问题整改到位率", "≥95%", "整改到位率96%"),
        ("met", "实际96%，达到年度指标≥95%", Decimal("2.00")),
        id="control-in-place",
    ),
]


@pytest.mark.parametrize(("row", "expected"), OPPOSITE_RATES)
def test_opposite_rate(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
