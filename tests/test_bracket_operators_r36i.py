"""r36i: a cell naming both bounds is no floor.

``上下限95`` names both bounds: a label with ``=95`` as before r36h (r36h read the floor
``下限`` in it: ``上≥95``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import read, verdict
from grammar_paths import fast_and_full
from perftrack import parse_target
from perftrack.expressions import Comparison, Op, Range

# --- 上下限: both bounds named, neither read ----------------------------------------------

BOTH_BOUNDS = [
    ("上下限95", Comparison(Op.EQ, Decimal(95), label="上下限"), "上下限=95"),
    ("上下限95次", Comparison(Op.EQ, Decimal(95), "次", label="上下限"), "上下限=95(次)"),
    ("上下限为95", Comparison(Op.EQ, Decimal(95), label="上下限"), "上下限=95"),
    ("上下限：95%", Comparison(Op.EQ, Decimal(95), "%", label="上下限"), "上下限=95(%)"),
    ("上下限值95", Comparison(Op.EQ, Decimal(95), label="上下限值"), "上下限值=95"),
    ("上、下限95", Comparison(Op.EQ, Decimal(95), label="上、下限"), "上、下限=95"),
    ("上限下限95", Comparison(Op.EQ, Decimal(95), label="上限下限"), "上限下限=95"),
    ("上下限95-100", Range(Decimal(95), Decimal(100), label="上下限"), "上下限95-100"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), BOTH_BOUNDS)
def test_both_bounds_named_is_a_label(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_target(canonical, year=2025) == expected
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        # the target is the figure, no floor (r36h said 未达年度指标≥95, 达到年度指标≥95)
        ("90", ("not_met", "实际90，未达年度指标=95")),
        ("100", ("met", "实际100，达到年度指标=95")),
    ],
)
def test_both_bounds_named_verdict(actual: str, expected: tuple[str, str]) -> None:
    assert verdict("数量指标", "检修次数", "上下限95", actual) == expected


def test_both_bounds_in_the_nature_column() -> None:
    """A 指标性质 of 上下限 joined to its 指标值 reads as the cell 上下限95次 does."""
    table = read(
        [
            ["2025年度项目支出绩效目标申报表"],
            ["项目名称", "测试项目"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
            ["产出指标", "数量指标", "检修次数", "上下限", "95", "次", "10"],
        ]
    )
    target = table.indicators[0].target
    assert target is not None
    assert (target.text, str(target)) == ("上下限95次", "上下限=95(次)")
