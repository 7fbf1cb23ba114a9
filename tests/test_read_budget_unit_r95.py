"""regress95 U1: a budget header 项目资金(千万元) or (十万元) gives the block that unit.

As 百万元 before f5e1482, the header's key contains 万元, so 1.00 / 0.95 千万元 read as
1.00 / 0.95 万元, 1000 times too small (十万元: 10 times).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.test_read_budget_unit_r90fix import _table

import perftrack


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        pytest.param("千万元", "千万元", id="qianwan-yuan"),
        pytest.param("十万元", "十万元", id="shiwan-yuan"),
        pytest.param("百万元", "百万元", id="baiwan-yuan"),
        pytest.param("万元", "万元", id="wan-yuan"),
    ],
)
def test_budget_header_unit(unit: str, expected: str) -> None:
    table = _table(unit)
    line = table.budget[0]
    assert (table.budget_unit, line.period_budget, line.executed) == (
        expected,
        Decimal("1.00"),
        Decimal("0.95"),
    )


@pytest.mark.parametrize(
    ("unit", "cell", "expected"),
    [
        pytest.param("千万元", "9500万元", Decimal("9.50"), id="wan-in-qianwan-block"),
        pytest.param("十万元", "95万元", Decimal("9.50"), id="wan-in-shiwan-block"),
    ],
)
def test_cell_unit_converted_to_block(unit: str, cell: str, expected: Decimal) -> None:
    rows = [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "乡村公共文化服务体系建设"],
        [
            f"项目资金({unit})",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        ["", "年度资金总额", "10.00", "10.00", cell, "10", "95.00%", "10"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", "90", "90"],
    ]
    table = perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]
    assert (table.budget_unit, table.budget[0].executed) == (unit, expected)
