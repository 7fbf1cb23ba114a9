"""Budget blocks of 区域 and 部门整体 tables the reader misread or dropped (e2e17).

The 区域绩效目标表's total line `年度金额：`, a 部门整体 目标表 printing its budget in
columns (资金总额 | 按收入性质分 | 按支出性质分 over one row of amounts), a 区域
self-evaluation printing its funds by source as columns (全年预算数 | 全年执行数 each
over 合计 | 中央资金 | 地方资金), and text in a 全年预计执行率 column. Every case is a
small table written here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from test_read_unseen import names, read

D = Decimal

Line = tuple[str, str, Decimal | None, Decimal | None, Decimal | None]


def lines(table: perftrack.Table) -> list[Line]:
    """Each budget line: role, source, the year's budget, the period budget, executed."""
    return [
        (line.role.value, line.source, line.initial, line.period_budget, line.executed)
        for line in table.budget
    ]


def findings(table: perftrack.Table | perftrack.Scorecard) -> list[tuple[str, str]]:
    return [(finding.id, finding.message) for finding in table.findings]


def scored(table: perftrack.Table, *ids: str) -> list[tuple[str, str]]:
    return [item for item in findings(perftrack.score(table)) if item[0] in ids]


# ---------------------------------------------------------------------------
# H1: 年度金额 is the total line of the 区域绩效目标表

_REGION_GRID = (
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "高标准农田建设面积", "≥1万亩"],
)


@pytest.mark.parametrize(
    "label", ["年度金额：", "年度金额", "年度金额:", "年度资金总额：", "资金总额：", "金额合计"]
)
def test_the_year_amount_line_is_the_total(label: str) -> None:
    # Before, 年度金额 was no line at all: 申报预算 was the sources' 1900, no finding.
    table = read(
        "2025年区域绩效目标表",
        ["转移支付名称", "农田建设补助资金"],
        ["资金情况（万元）", label, "", "2,000.00"],
        ["", "其中：中央补助", "", "1,600.00"],
        ["", "地方资金", "", "300.00"],
        *_REGION_GRID,
    )
    assert lines(table) == [
        ("total", label, D(2000), None, None),
        ("appropriation", "其中：中央补助", D(1600), None, None),
        ("appropriation", "地方资金", D(300), None, None),
    ]
    assert scored(table, "budget-sum-mismatch") == [
        ("budget-sum-mismatch", "年初预算数各项合计1900.00与总额2000.00不符")
    ]
    assert names(table) == ["高标准农田建设面积"]
