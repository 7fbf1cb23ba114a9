"""regress41 fixes (r41fix): a lone budget column naming another year, plan groups
over bare quarters, the parts of 基本支出.

Each table is built here from its rows; each case fails before its fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.scoring import score

if TYPE_CHECKING:
    from decimal import Decimal

_INDICATORS = [
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-6月实际完成值",
        "全年预计完成值",
        "偏差原因分析",
    ],
    ["产出指标", "数量指标", "高标准农田建设面积", "≥2.5万亩", "1.3万亩", "2.5万亩", ""],
]


def _table(rows: list[list[str]]) -> perftrack.Table:
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


def _tracking(header: list[str], amounts: list[str]) -> perftrack.Table:
    return _table(
        [
            ["2024年项目支出绩效运行监控表"],
            ["监控时段：2024年1月至2024年6月"],
            ["项目名称", "高标准农田建设项目"],
            ["预算执行情况（万元）", "", *header],
            ["", "年度资金总额", *amounts],
            *_INDICATORS,
        ]
    )


def _self_evaluation(header: list[str], amounts: list[str]) -> perftrack.Table:
    return _table(
        [
            ["2024年度项目支出绩效自评表"],
            ["项目名称", "高标准农田建设项目"],
            ["项目资金（万元）", "", *header],
            ["", "年度资金总额", *amounts],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "高标准农田建设面积", "≥2.5万亩", "2.5万亩", "10", "10"],
        ]
    )


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# --- W1: a table's only budget column keeps its role whatever year it names ---------


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _tracking(["2023年预算数", "1-6月执行数"], ["2000", "600"]),
            (
                ("2000", "600", None),
                ["budget-rate-missing", "budget-behind-schedule"],
            ),
            id="b23-2023年预算数-only-budget",
        ),
        pytest.param(
            _tracking(["2023年预算数", "1-6月执行数", "执行率"], ["2000", "600", "41%"]),
            (("2000", "600", None), ["budget-rate-mismatch", "budget-behind-schedule"]),
            id="b24-printed-rate-checked",
        ),
        pytest.param(
            _tracking(["上年预算数", "1-6月执行数", "执行率"], ["2000", "820", "41%"]),
            (("2000", "820", None), ["budget-behind-schedule"]),
            id="b05-上年预算数-only-budget",
        ),
        pytest.param(
            _self_evaluation(["2023年预算数", "全年执行数", "执行率"], ["1000", "960", "96%"]),
            (("1000", "960", None), []),
            id="b25-self-evaluation",
        ),
        # beside this year's budget, the earlier column is still last year's
        pytest.param(
            _tracking(["上年预算数", "全年预算数", "1-6月执行数"], ["1900", "2000", "1000"]),
            (("2000", "1000", "1900"), ["budget-rate-missing"]),
            id="beside-this-year-budget",
        ),
        pytest.param(
            _tracking(["全年预算数", "2023年1-6月执行数", "1-6月执行数"], ["2000", "900", "1000"]),
            (("2000", "1000", "900"), ["budget-rate-missing"]),
            id="last-year-execution-beside-budget",
        ),
        pytest.param(
            _tracking(["上年执行数", "1-6月执行数"], ["1800", "1000"]),
            ((None, "1000", "1800"), []),
            id="last-year-execution-beside-execution",
        ),
    ],
)
def test_only_budget_column_keeps_role(
    table: perftrack.Table, expected: tuple[tuple[str | None, ...], list[str]]
) -> None:
    line = table.budget[0]
    budget = line.period_budget if line.period_budget is not None else line.initial
    findings = [finding.id for finding in score(table).findings if finding.id.startswith("budget-")]
    assert (
        (_money(budget), _money(line.executed), _money(line.last_year)),
        findings,
    ) == expected
