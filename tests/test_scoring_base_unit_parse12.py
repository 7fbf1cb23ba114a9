"""A bare amount in 元 against a target in 万元/亿元 (parse12 H2), each with its verdict.

``4980000`` or ``4,980,000.00`` against ``≤500万元`` was read as 4980000万元: an overrun
(✗, 0 points, full-points-not-met); ``29,870,000.00`` against ``≥3000万元`` met it
(exceeds-target) though 2987万元 is short. A bare figure a thousand times the target
or more in a 万/亿 unit written in the target cell (or given by the indicator's name) is
now read in the base unit when that lands it near the target (half its low bound to
twice its high one), else it is ``unknown`` ("疑为以基本单位填报").
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import perftrack
from perftrack.scoring import score
from scoring_builders import (
    YEAR,
    budget_line,
    finding_ids,
    indicator,
    score_one,
    self_evaluation_table,
    tracking_table,
)

COST = {"level1": "成本指标", "level2": "经济成本指标"}
MISREAD = ("exceeds-target", "full-points-not-met", "points-differ")
READ_AS_BASE = "疑为以基本单位（元）填报"


def case(  # noqa: PLR0913, PLR0917 - a case is one row of the table below
    name: str,
    target: str,
    actual: str,
    attainment: str,
    points: str | None,
    said: str,
    *,
    id: str,  # noqa: A002 - pytest's own name for it
    absent: tuple[str, ...] = MISREAD,
    **row: Any,
) -> Any:
    """One self-evaluation row (分值10, 得分10) and its verdict, points and explanation."""
    cells = {"target": target, "actual": actual, **row}
    return pytest.param(name, cells, attainment, points, said, absent, id=id)


CASES = [
    # the report's rows: read in 元, near the target
    case("项目支出", "≤500万元", "4980000", "met", "10.00", "按4980000元（498万元）计；实际4980000元，达到", id="cap-bare", **COST),
    case("项目支出", "≤500万元", "4,980,000.00", "met", "10.00", "按4980000.00元（498万元）计", id="cap-export", **COST),
    case("衔接资金拨付", "≥3000万元", "29,870,000.00", "not_met", "9.96", "按29870000.00元（2987万元）计；实际29870000.00元，未达", id="floor-short", absent=("exceeds-target",)),
    case("衔接资金拨付", "≥3000万元", "31,250,000.00", "met", "10.00", "（3125万元）计", id="floor-met"),
    case("带动投资", "≥1.5亿元", "160000000", "met", "10.00", "按160000000元（1.6亿元）计", id="yi-met"),
    case("资金拨付", "500-800万元", "6500000", "met", "10.00", "（650万元）计", id="range"),
    # near, on the far side: a real overrun of the cap in 元 (900万元), said as such
    case("项目支出", "≤500万元", "9000000", "not_met", "5.56", "（900万元）计；实际9000000元", id="cap-overrun-in-yuan", absent=("exceeds-target",), **COST),
    # a 万 unit of another measure: 52000人次 is 5.2万人次
    case("培训人次", "≥5万人次", "52000", "met", "10.00", "疑为以基本单位（人次）填报，按52000人次（5.2万人次）计", id="wan-renci"),
    # a thousand times the target but no reading near it: unknown, printed points stand
    case("衔接资金拨付", "≥3000万元", "3000000", "unknown", "10.00", "按年度指标单位计为3000000万元，为年度指标≥3000万元的上千倍，疑为以基本单位填报，无法判断", id="floor-tenth"),
    # regress24 M2: over the cap read either way (5000万元 in 元): not met, said so
    case("项目支出", "≤500万元", "50000000", "not_met", "1.00", "按50000000元（5000万元）计，两种读法结论相同", id="cap-tenfold", absent=("exceeds-target",), **COST),
    # regress24 M2: 万元 under a 亿元 target (ratio 10^4): 16000万元 is 1.6亿元
    case("带动投资", "≥1.5亿元", "16000", "met", "10.00", "疑为以万元填报", id="yi-in-wan"),
    # not a slip: a figure with its unit, or under a thousand times the target
    case("衔接资金拨付", "≥3000万元", "29870000元", "not_met", "9.96", "实际29870000元，未达", id="unit-written", absent=("exceeds-target",)),
    case("衔接资金拨付", "≥3000万元", "2987", "not_met", "9.96", "实际2987万元，未达", id="bare-in-wan", absent=("exceeds-target",)),
]  # fmt: skip


@pytest.mark.parametrize(("name", "cells", "attainment", "points", "said", "absent"), CASES)
def test_bare_amount_against_a_scaled_target_cell(  # noqa: PLR0913, PLR0917 - the table's columns
    name: str,
    cells: dict[str, Any],
    attainment: str,
    points: str | None,
    said: str,
    absent: tuple[str, ...],
) -> None:
    table = self_evaluation_table([indicator(name, weight=10, points=10, **cells)])
    card = score(table)
    verdict = card.verdicts[0]
    assert verdict.attainment.value == attainment, verdict.explanation
    assert said in verdict.explanation
    assert card.points is not None
    assert card.points.items[0].points == (Decimal(points) if points else None)
    ids = finding_ids(card)
    assert not set(absent) & set(ids), ids
    if attainment != "unknown" and "（" in said:
        assert READ_AS_BASE in verdict.explanation or "疑为以基本单位（" in verdict.explanation


def test_mid_year_bare_amount_is_pending_in_yuan() -> None:
    """1-8月: 20,000,000.00 against ≥3000万元 is 2000万元 so far, not 2000万万元 met."""
    card = score_one(indicator("衔接资金拨付", "≥3000万元", "20,000,000.00"))
    verdict = card.verdicts[0]
    assert verdict.attainment.value == "pending", verdict.explanation
    assert "（2000万元）计" in verdict.explanation
    assert "exceeds-target" not in finding_ids(card)


def _read_one(name: str, target: str, actual: str, points: str) -> perftrack.Scorecard:
    rows = [
        f"{YEAR}年度项目支出绩效自评表",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        f"产出指标\t数量指标\t{name}\t{target}\t{actual}\t30\t{points}",
    ]
    [table] = perftrack.read_text("\n".join(rows), format="text")
    return perftrack.score(table)


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "points", "said"),
    [
        # the name's unit, as the target cell's: 420000 is 42万元 in 元, short of 50
        ("补贴发放金额（万元）", "≥50", "420000", "not_met", "25.20", "按420000元（42万元）计"),
        ("补贴发放金额（万元）", "≥50万元", "420000", "not_met", "25.20", "按420000元（42万元）计"),
        # 4200000 is 420万元 in 元, more than twice 50, yet over the floor either way
        ("补贴发放金额（万元）", "≥50", "4200000", "met", "30.00", "两种读法结论相同"),
    ],
)
def test_bare_amount_against_a_name_unit(  # noqa: PLR0913, PLR0917 - the table's columns
    name: str, target: str, actual: str, attainment: str, points: str, said: str
) -> None:
    card = _read_one(name, target, actual, "25.2")
    verdict = card.verdicts[0]
    assert verdict.attainment.value == attainment, verdict.explanation
    assert said in verdict.explanation
    assert "疑为以基本单位" in verdict.explanation
    assert card.points is not None
    assert card.points.items[0].points == Decimal(points)
    assert "exceeds-target" not in finding_ids(card)


def test_budget_execution_is_not_read_in_the_base_unit() -> None:
    """The budget block and its execution rate are the same whatever the bare amount row."""
    budget = [budget_line(period_budget="500", executed="300")]
    rows = [
        indicator("预算执行率", "≥60%", "60%"),
        indicator("项目支出", "≤500万元", "3000000", **COST),
    ]
    bare = score(tracking_table(rows, budget))
    written = score(
        tracking_table([rows[0], indicator("项目支出", "≤500万元", "300万元", **COST)], budget)
    )
    assert bare.budget == written.budget
    budget_ids = [i for i in finding_ids(bare) if i.startswith("budget")]
    assert budget_ids == [i for i in finding_ids(written) if i.startswith("budget")]
    assert bare.verdicts[0] == written.verdicts[0]
    assert bare.verdicts[1].attainment == written.verdicts[1].attainment
