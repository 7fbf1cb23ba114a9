"""False positives on clean tables (fp18): each rule with the report's rows.

H1: a bare plan (and forecast) beside a bare actual read in the base unit is read in
the same unit (7200份 against the plan 7000份, not 7000万份).
"""

from __future__ import annotations

from typing import Any

import pytest

from perftrack.scoring import score
from scoring_builders import finding_ids, indicator, judgement, tracking_table

# H1: (name, target, planned, actual, forecast, progress, explanation part, findings absent)
BASE_UNIT_PLAN = [
    pytest.param("采集检测样品", "≥1.2(万份)", "7000", "7200", None, "on_track", "按7200份（0.72万份）计", id="K03-samples"),
    pytest.param("测土配方施肥推广面积", "≥20(万亩)", "130000", "135000", None, "on_track", "按135000亩（13.5万亩）计", id="P05-area"),
    pytest.param("土壤样品检测", "≥1.5(万份)", "10000", "10200", None, "on_track", "按10200份（1.02万份）计", id="P05-soil"),
    # behind its own plan in the same unit: still behind
    pytest.param("土壤样品检测", "≥1.5(万份)", "12000", "10200", None, "behind", "落后于计划12000份", id="behind-in-base-unit"),
    # a plan read in 万 near the target keeps its unit
    pytest.param("土壤样品检测", "≥1.5(万份)", "1", "10200", None, "on_track", "按10200份（1.02万份）计", id="plan-in-wan"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "planned", "actual", "forecast", "progress", "said"), BASE_UNIT_PLAN
)
def test_bare_plan_read_in_the_actuals_base_unit(  # noqa: PLR0913, PLR0917 - the table's columns
    name: str,
    target: str,
    planned: str,
    actual: str,
    forecast: str | None,
    progress: str,
    said: str,
) -> None:
    row = indicator(name, target, actual, planned, forecast=forecast, row=12)
    card = score(
        tracking_table([row], judgement=judgement("确定能完成", "确定能完成"), corrective="")
    )
    verdict = card.verdicts[0]
    assert verdict.attainment.value == "pending"
    assert verdict.progress.value == progress
    assert said in verdict.explanation
    assert f"计划{planned}万" not in verdict.explanation
    ids = finding_ids(card)
    assert "plan-exceeds-target" not in ids
    if progress == "on_track":
        for absent in (
            "missing-deviation-reason",
            "judgement-optimistic",
            "missing-corrective-measures",
        ):
            assert absent not in ids


def test_bare_forecast_read_in_the_actuals_base_unit() -> None:
    row = indicator("采集检测样品", "≥1.2(万份)", "7200", "7000", forecast="12500", row=12)
    card = score(tracking_table([row]))
    forecast: Any = card.table.indicators[0].forecast
    assert str(forecast) == "12500"  # the table keeps what was printed
    assert "年度指标" in card.verdicts[0].explanation
    assert "12500万份" not in card.verdicts[0].explanation
