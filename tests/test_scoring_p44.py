"""parse44 (p44): verdicts of self-evaluation and tracking rows.

H1: a count of times of stations, sections, flights or machines written with a dot
(``断面·次``, ``站·次``, ``架·次``) is judged as ``断面次``…, as ``人·次`` is ``人次``.
H2: a prose ceiling with the figure in brackets (``控制在预算内（≤120万元）``) is judged on
the figure: an overspend is not_met with the ceiling's ratio points.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

# H1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
DOTTED_TIMES = [
    pytest.param(
        ("采样断面数", "≥576断面·次", "采样560断面·次"),
        ("not_met", "实际560断面次，未达年度指标≥576断面次", Decimal("1.94")),
        id="sections-missed",
    ),
    pytest.param(
        ("飞防作业架次", "≥50架·次", "42架·次"),
        ("not_met", "实际42架次，未达年度指标≥50架次", Decimal("1.68")),
        id="flights-missed",
    ),
    pytest.param(
        ("测站巡测", "≥800站·次", "812站·次"),
        ("met", "实际812站次，达到年度指标≥800站次", Decimal("2.00")),
        id="stations-met",
    ),
    pytest.param(
        ("测站巡测", "≥800站次", "812站·次"),
        ("met", "实际812站次，达到年度指标≥800站次", Decimal("2.00")),
        id="mixed-notation",
    ),
    pytest.param(
        ("服务人次", "≥500人次", "480人·次"),
        ("not_met", "实际480人次，未达年度指标≥500人次", Decimal("1.92")),
        id="control-persons",
    ),
]


@pytest.mark.parametrize(("row", "expected"), DOTTED_TIMES)
def test_dotted_times(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_dotted_times_tracking() -> None:
    row = indicator(
        name="水质采样断面次数",
        target="≥576断面·次",
        planned="432断面·次",
        actual="采样432断面·次",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "on_track"), got.explanation


# H2, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
PROSE_CEILINGS = [
    pytest.param(
        ("因公出国经费", "控制在预算内（≤120万元）", "实际支出126.4万元"),
        ("not_met", "实际126.4万元已超出年度上限≤120万元，无法挽回", Decimal("1.90")),
        id="overspent",
    ),
    pytest.param(
        ("公务接待费", "不超过预算（≤60万元）", "58.2万元"),
        ("met", "实际58.2万元，达到年度指标≤60万元", Decimal("2.00")),
        id="within",
    ),
    pytest.param(
        ("因公出国经费", "≤120万元（控制在预算内）", "实际支出126.4万元"),
        ("not_met", "实际126.4万元已超出年度上限≤120万元，无法挽回", Decimal("1.90")),
        id="control-swapped",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PROSE_CEILINGS)
def test_prose_ceiling(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
