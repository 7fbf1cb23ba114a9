"""r90fix (regress90 s12): a budget header 项目资金(百万元) gives the block the unit 百万元.

It held 万元 (the header's key contains 万元), so 1.00 / 0.95 百万元 read as 1.00 / 0.95
万元, 100 times too small.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack


def _table(unit: str) -> perftrack.Table:
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
        ["", "年度资金总额", "1.00", "1.00", "0.95", "10", "95.00%", "10"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", "90", "90"],
    ]
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        pytest.param("百万元", "百万元", id="baiwan-yuan"),
        pytest.param("万元", "万元", id="wan-yuan"),
        pytest.param("千元", "千元", id="qian-yuan"),
        pytest.param("亿元", "亿元", id="yi-yuan"),
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
