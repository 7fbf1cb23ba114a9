"""Prose actuals read as the figure the row asks for (k27a).

parse42 M3: a count done with a second clause carried into next year or not yet delivered
(完成34个，1个结转下年; 已更新3辆，2辆已签合同待交付) is the count done.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.model import TableKind
from scoring_builders import YEAR, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
MID_YEAR = (YEAR, 1, YEAR, 6)
SELF = TableKind.SELF_EVALUATION
TRACKING = TableKind.TRACKING
FULL = "full-points-not-met"

YEAR_END_ROWS = [
    # parse42 M3: the rest carried into next year or awaiting delivery is not done
    pytest.param("村级服务站建设数", "≥35个", "完成34个，1个因选址调整结转下年", "5", "not_met", "实际34个，未达年度指标≥35个", "4.86", id="p42-m3-carried-over-reason"),
    pytest.param("村级服务站建设数", "≥35个", "完成34个，1个结转下年", "5", "not_met", "实际34个，未达年度指标≥35个", "4.86", id="p42-m3-carried-over"),
    pytest.param("公务用车更新数", "≥4辆", "已更新3辆，2辆已签合同待交付", "4", "not_met", "实际3辆，未达年度指标≥4辆", "3.00", id="p42-m3-awaiting-delivery"),
    pytest.param("村级服务站建设数", "≥35个", "完成35个，1个结转下年", "5", "met", "实际35个，达到年度指标≥35个", "5.00", id="p42-m3-carried-over-met"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "weight", "attainment", "explanation", "points"), YEAR_END_ROWS
)
def test_year_end_prose_actual(  # noqa: PLR0913, PLR0917 - one per column of the table
    name: str,
    target: str,
    actual: str,
    weight: str,
    attainment: str,
    explanation: str,
    points: str,
) -> None:
    row = indicator(name, target, actual, weight=weight, points=weight, reason="客观原因")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert card.points is not None
    assert card.points.items[0].points == Decimal(points)
    assert (FULL in finding_ids(card)) == (attainment == "not_met")


MID_YEAR_ROWS = [
    pytest.param("公务用车更新数", "4辆", "已更新3辆，2辆已签合同待交付", "4辆", "pending", "behind", id="p42-m3-awaiting-delivery"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "attainment", "progress"), MID_YEAR_ROWS
)
def test_mid_year_prose_actual(  # noqa: PLR0913, PLR0917 - one per column of the table
    name: str, target: str, actual: str, planned: str, attainment: str, progress: str
) -> None:
    row = indicator(name, target, actual, planned)
    verdict = score_one(row, period=MID_YEAR, kind=TRACKING).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == (attainment, progress)
