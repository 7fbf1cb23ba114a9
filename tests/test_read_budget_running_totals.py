"""Budget quarters that are running totals (regress37, the budget side of W3).

A budget block printing only ``一季度执行数 | 二季度执行数`` (no 1-6月 column) adds the
parts up when they are amounts of each quarter. When they are running totals (each
headed 累计, or the printed 执行率 is that of the last part and not of the sum:
``200 | 520`` at 43.33% of 1200), the last part is the executed amount, and no
``budget-quarters-mismatch`` compares them with a sum.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack

_HEAD = (
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2024-1月 至 2024-6月 ）",
    "项目名称\t城乡环卫一体化运营",
)
_GRID = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值",
    "产出指标\t数量指标\t生活垃圾清运量\t≥36000吨\t18200吨",
)


def _executed(header: str, line: str) -> tuple[Decimal | None, list[str]]:
    text = "\n".join((*_HEAD, header, line, *_GRID)) + "\n"
    table = perftrack.read_text(text, format="text")[0]
    found = [f.id for f in table.findings if f.id.startswith("budget-quarters")]
    return table.budget[0].executed, found


@pytest.mark.parametrize(
    ("header", "line", "expected"),
    [
        pytest.param(
            "预算执行情况（万元）\t年初预算数\t一季度执行数\t二季度执行数\t执行率(%)",
            "年度资金总额\t1200.00\t200.00\t520.00\t43.33",
            (Decimal("520.00"), []),
            id="running-totals-by-the-printed-rate",
        ),
        pytest.param(
            "预算执行情况（万元）\t年初预算数\t一季度执行数\t二季度执行数\t执行率(%)",
            "年度资金总额\t1200.00\t200.00\t320.00\t43.33",
            (Decimal("520.00"), []),
            id="amounts-of-each-quarter-add-up",
        ),
        pytest.param(
            "预算执行情况（万元）\t年初预算数\t一季度累计执行数\t二季度累计执行数",
            "年度资金总额\t1200.00\t200.00\t520.00",
            (Decimal("520.00"), []),
            id="headed-cumulative",
        ),
        pytest.param(
            "预算执行情况（万元）\t年初预算数\t一季度执行数\t二季度执行数",
            "年度资金总额\t1200.00\t200.00\t520.00",
            (Decimal("720.00"), []),
            id="no-rate-no-word-the-headers-reading",
        ),
    ],
)
def test_budget_quarters(header: str, line: str, expected: tuple[Decimal, list[str]]) -> None:
    assert _executed(header, line) == expected
