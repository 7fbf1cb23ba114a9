"""A printed 全年预计执行率 as a share, and scoring's judgement checks on it.

Before, a 全年预计执行率 printed as a share (``0.98``) was kept as 0.98 %, and the
budget judgement checks (``judgement-optimistic``: 确定能 against a forecast below the
year-end bar, 完全不可能 against one at it) read only a rate computed from a
全年预计执行数: a table printing the rate alone was never checked. Now a bare rate of
1 or less is a share (``0.98`` is 98%), as an execution rate is
(``budget-rate-as-share``); one printed as a percent (``0.5%``, ``0.5`` under
``全年预计执行率(%)``) is that percent; and the printed rate stands in when no
forecast amount is printed.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from attrs import evolve

import perftrack
from perftrack.report import scorecard_text, table_summary
from scoring_builders import YEAR, budget_line, indicator, judgement, tracking_table

_GRID = (
    ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "72人次"],
)


def _read(header: list[str], cells: list[str]) -> perftrack.Table:
    rows = [
        "2024年1-6月项目支出绩效跟踪表",
        ["项目名称", "示例"],
        ["预算执行情况(万元)", *header],
        ["年度资金总额", *cells],
        *_GRID,
    ]
    text = "\n".join("\t".join([row] if isinstance(row, str) else row) for row in rows)
    (table,) = perftrack.read_text(text, format="text")
    return table


_HEADER = ["全年预算数", "1-6月执行数", "执行率", "全年预计执行率"]


@pytest.mark.parametrize(
    ("header", "cell", "rate", "printed"),
    [
        (_HEADER, "0.98", "0.98", ()),  # a share: kept as printed, read as 98% by scoring
        (_HEADER, "98%", "98", ()),
        (_HEADER, "0.5%", "0.5", (("forecast_rate", "0.5%"),)),  # a percent, said so
        (
            ["全年预算数", "1-6月执行数", "执行率", "全年预计执行率(%)"],
            "0.5",
            "0.5",
            (("forecast_rate", "0.5"),),
        ),
    ],
)
def test_a_printed_forecast_rate_is_kept_with_its_percent_text(
    header: list[str], cell: str, rate: str, printed: tuple[tuple[str, str], ...]
) -> None:
    (line,) = _read(header, ["1000", "300", "30%", cell]).budget
    assert line.forecast_rate == Decimal(rate)
    assert line.printed == printed


def _judged(line: perftrack.BudgetLine, budget: str) -> list[str]:
    table = tracking_table(
        [indicator("培训人次", "≥10次", "6次", planned="5次")],
        [line],
        period=(YEAR, 1, YEAR, 6),
        judgement=judgement(budget=budget, goal="确定能"),
    )
    return [f.message for f in perftrack.score(table).findings if f.id == "judgement-optimistic"]


_LOW = "预算完成可能性判断为“确定能”，但全年预计执行率仅{}%，低于年终执行率要求90.00%"
_HIGH = "预算完成可能性判断为“完全不可能”，但全年预计执行率{}%，达到年终执行率要求90.00%，判断与数据矛盾"


@pytest.mark.parametrize(
    ("forecast_rate", "printed", "forecast", "budget", "expected"),
    [
        # no forecast amount: the printed rate is judged (before, nothing was said)
        ("60", (), None, "确定能", [_LOW.format("60.00")]),
        ("0.6", (), None, "确定能", [_LOW.format("60.00")]),  # a share: 60%
        ("0.98", (), None, "确定能", []),  # a share: 98%, not 0.98%
        ("95", (), None, "确定能", []),
        ("0.98", (), None, "完全不可能", [_HIGH.format("98.00")]),
        ("0.5", (("forecast_rate", "0.5%"),), None, "确定能", [_LOW.format("0.50")]),
        # a forecast amount comes first: 600 of 1000 is 60%, whatever rate is printed
        ("95", (), "600", "确定能", [_LOW.format("60.00")]),
        ("60", (), "950", "确定能", []),
        (None, (), None, "确定能", []),
    ],
)
def test_the_budget_judgement_is_checked_against_the_printed_forecast_rate(
    forecast_rate: str | None,
    printed: tuple[tuple[str, str], ...],
    forecast: str | None,
    budget: str,
    expected: list[str],
) -> None:
    line = budget_line(period_budget="1000", executed="350", rate="35.00", forecast=forecast)
    line = evolve(
        line,
        forecast_rate=None if forecast_rate is None else Decimal(forecast_rate),
        printed=printed,
    )
    assert _judged(line, budget) == expected


def test_a_percent_printed_forecast_rate_survives_the_json() -> None:
    table = _read(_HEADER, ["1000", "300", "30%", "0.5%"])
    document = json.loads(perftrack.to_json(table))
    line = document["tables"][0]["budget"][0]
    assert (line["forecast_rate"], line["forecast_rate_printed"]) == ("0.5", "0.5%")
    assert "rate_printed" not in line
    (back,) = perftrack.from_json(perftrack.to_json([table]))
    assert back.budget[0].printed == (("forecast_rate", "0.5%"),)
    bare = json.loads(perftrack.to_json(_read(_HEADER, ["1000", "300", "30%", "0.98"])))
    assert "forecast_rate_printed" not in bare["tables"][0]["budget"][0]


# regress22 W8: the report said 全年预计执行率 0.6% beside a warning reading it as 60%
@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("0.6", "全年预计执行率 60%（填报0.6）"),
        ("98%", "全年预计执行率 98%"),
        ("0.5%", "全年预计执行率 0.5%"),
    ],
)
def test_the_report_says_the_forecast_rate_judged(cell: str, said: str) -> None:
    table = _read(_HEADER, ["1000", "350", "35%", cell])
    assert said in scorecard_text(perftrack.score(table))
    assert f"预计执行率 {said.split(' ', 1)[1]}" in table_summary(table)
