"""w34a: lower is better by the name, through a scored self-evaluation table (regress34 W1, W4).

W1: a harm word that is an event or a state (发生, 发病, 失业, 返贫) before another measure
(失业保险参保人数, 防返贫致贫保险参保人数, 创业担保贷款发生额) made ``优于X`` a ceiling: a row
above X was not_met, lost points and raised full-points-not-met. W4: a cost row named with a
handling word before its cost word, with words between (垃圾处理运营费, 水质监测经费,
隐患治理工作经费, 培训覆盖人均成本), was read handled and its floor raised no cost-not-ceiling.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from perftrack.scoring import score
from scoring_builders import budget_line, indicator, self_evaluation_table

if TYPE_CHECKING:
    from perftrack.model import Indicator

YEAR = 2023
COST = {"level1": "成本指标", "level2": "经济成本指标"}


def _row(name: str, target: str, actual: str, **levels: str) -> Indicator:
    return indicator(name, target, actual, weight=10, points=10, year=YEAR, **levels)


def _scored(rows: list[Indicator]) -> tuple[list[tuple[str, str, str]], list[str]]:
    table = self_evaluation_table(
        rows,
        [budget_line(initial="120", period_budget="110", executed="99", weight=10, points=9)],
        year=YEAR,
    )
    card = score(table)
    verdicts = [
        (row.name, verdict.attainment.value, verdict.explanation)
        for row, verdict in zip(rows, card.verdicts, strict=True)
    ]
    return verdicts, [f"{finding.id}: {finding.message}" for finding in card.findings]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            _row("失业保险参保人数", "优于5000人", "5200人"),
            ("失业保险参保人数", "met", "实际5200人，达到年度指标≥5000人"),
            id="unemployment-insurance",
        ),
        pytest.param(
            _row("防返贫致贫保险参保人数", "优于3000人", "3300人"),
            ("防返贫致贫保险参保人数", "met", "实际3300人，达到年度指标≥3000人"),
            id="relapse-insurance",
        ),
        pytest.param(
            _row("创业担保贷款发生额", "优于5000万元", "6200万元"),
            ("创业担保贷款发生额", "met", "实际6200万元，达到年度指标≥5000万元"),
            id="loans-incurred",
        ),
        pytest.param(
            _row("失业人员再就业人数", "优于800人", "850人"),
            ("失业人员再就业人数", "met", "实际850人，达到年度指标≥800人"),
            id="reemployed",
        ),
        # the harm itself measured stays better lower
        pytest.param(
            _row("火灾发生起数", "优于10起", "12起"),
            ("火灾发生起数", "not_met", "实际12起已超出年度上限≤10起"),
            id="fires-above",
        ),
        pytest.param(
            _row("返贫人数", "优于50人", "40人"),
            ("返贫人数", "met", "实际40人，达到年度指标≤50人"),
            id="relapse-count",
        ),
    ],
)
def test_better_than_verdict(row: Indicator, expected: tuple[str, str, str]) -> None:
    verdicts, findings = _scored([row])
    assert verdicts == [expected]
    if expected[1] == "met":
        assert [f for f in findings if f.startswith("full-points-not-met")] == []


def test_better_than_points() -> None:
    """The three W1 rows keep their full points: no full-points-not-met, no lost points."""
    rows = [
        _row("失业保险参保人数", "优于5000人", "5200人"),
        _row("防返贫致贫保险参保人数", "优于3000人", "3300人"),
        _row("创业担保贷款发生额", "优于5000万元", "6200万元"),
    ]
    table = self_evaluation_table(
        rows,
        [budget_line(initial="120", period_budget="110", executed="99", weight=10, points=9)],
        year=YEAR,
    )
    card = score(table)
    assert card.points is not None
    items = [(item.name, item.points, item.rule) for item in card.points.items]
    assert items[:3] == [(row.name, Decimal("10.00"), "comparison met") for row in rows]
    assert [f.id for f in card.findings if f.id == "full-points-not-met"] == []


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            _row("垃圾处理运营费", "≥120万元", "125万元", **COST),
            ["cost-not-ceiling: 成本指标“垃圾处理运营费”应为上限（≤），而非“≥120万元”"],
            id="treatment-running-fee",
        ),
        pytest.param(
            _row("水质监测经费", "≥50万元", "50万元", **COST),
            ["cost-not-ceiling: 成本指标“水质监测经费”应为上限（≤），而非“≥50万元”"],
            id="monitoring-funds",
        ),
        pytest.param(
            _row("隐患治理工作经费", "≥30万元", "30万元", **COST),
            ["cost-not-ceiling: 成本指标“隐患治理工作经费”应为上限（≤），而非“≥30万元”"],
            id="remediation-funds",
        ),
        pytest.param(
            _row("培训覆盖人均成本", "≥200元/人", "210元/人", **COST),
            ["cost-not-ceiling: 成本指标“培训覆盖人均成本”应为上限（≤），而非“≥200元/人”"],
            id="cost-per-trainee",
        ),
        # handled, no cost word after the handling: better higher, no finding (as before)
        pytest.param(
            _row("价格监测覆盖率", "≥95%", "97%", **COST),
            [],
            id="price-monitoring-coverage",
        ),
    ],
)
def test_cost_not_ceiling(row: Indicator, expected: list[str]) -> None:
    _, findings = _scored([row])
    assert [f for f in findings if f.startswith("cost-not-ceiling")] == expected
