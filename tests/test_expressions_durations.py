"""Compound durations of a fixed ratio read in the smaller unit, exactly.

``1年3个月`` is 15 个月 (it read as 3 个月 labelled 1年, so ``≤12个月`` was met),
``2天4小时`` 52 小时, ``2周3天`` 17 天, ``5分30秒`` 330 秒, as ``1小时30分钟`` is 90 分钟.
个月 and 天 have no fixed ratio: ``3个月10天`` stays text (unknown against any target).
Each case is the exact object, its canonical text, and that text read back.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    Quantity,
    TextValue,
    parse_target,
    parse_value,
)
from perftrack.scoring import score
from scoring_builders import indicator, self_evaluation_table

# fmt: off
VALUES = [
    pytest.param("1年3个月", Quantity(Decimal(15), "个月"), "15(个月)", id="1年3个月"),
    pytest.param("1年零3个月", Quantity(Decimal(15), "个月"), "15(个月)", id="1年零3个月"),
    pytest.param("≤1年3个月", Quantity(Decimal(15), "个月", Bound.AT_MOST), "≤15(个月)", id="≤1年3个月"),
    pytest.param("1年3个月内", Quantity(Decimal(15), "个月", Bound.AT_MOST), "≤15(个月)", id="1年3个月内"),
    pytest.param("平均1年3个月", Quantity(Decimal(15), "个月", label="平均"), "平均15(个月)", id="平均1年3个月"),
    pytest.param("2年11个月", Quantity(Decimal(35), "个月"), "35(个月)", id="2年11个月"),
    pytest.param("2天4小时", Quantity(Decimal(52), "小时"), "52(小时)", id="2天4小时"),
    pytest.param("2天4个小时内", Quantity(Decimal(52), "小时", Bound.AT_MOST), "≤52(小时)", id="2天4个小时内"),
    pytest.param("2周3天", Quantity(Decimal(17), "天"), "17(天)", id="2周3天"),
    pytest.param("≤2周3天", Quantity(Decimal(17), "天", Bound.AT_MOST), "≤17(天)", id="≤2周3天"),
    pytest.param("5分钟30秒", Quantity(Decimal(330), "秒"), "330(秒)", id="5分钟30秒"),
    pytest.param("平均5分30秒", Quantity(Decimal(330), "秒", label="平均"), "平均330(秒)", id="平均5分30秒"),
    pytest.param("≤1小时30分钟", Quantity(Decimal(90), "分钟", Bound.AT_MOST), "≤90(分钟)", id="≤1小时30分钟"),
    # not exact: a month has no fixed number of days
    pytest.param("3个月10天", TextValue("3个月10天"), "3个月10天", id="3个月10天-text"),
    # a smaller count past one larger unit is no compound (as 3小时75分钟)
    pytest.param("1年15个月", Quantity(Decimal(15), "个月", label="1年"), "1年15(个月)", id="1年15个月-unchanged"),
    # a year is no count of years: unchanged
    pytest.param("2023年3个月", Quantity(Decimal(3), "个月", label="2023年"), "2023年3(个月)", id="2023年3个月-unchanged"),
]

TARGETS = [
    pytest.param("1年3个月", Comparison(Op.EQ, Decimal(15), "个月"), "=15(个月)", id="1年3个月"),
    pytest.param("1年零3个月", Comparison(Op.EQ, Decimal(15), "个月"), "=15(个月)", id="1年零3个月"),
    pytest.param("≤1年3个月", Comparison(Op.LE, Decimal(15), "个月"), "≤15(个月)", id="≤1年3个月"),
    pytest.param("1年3个月内", Comparison(Op.LE, Decimal(15), "个月"), "≤15(个月)", id="1年3个月内"),
    pytest.param("平均1年3个月", Comparison(Op.EQ, Decimal(15), "个月", label="平均"), "平均=15(个月)", id="平均1年3个月"),
    pytest.param("≤2天4小时", Comparison(Op.LE, Decimal(52), "小时"), "≤52(小时)", id="≤2天4小时"),
    pytest.param("2周3天内", Comparison(Op.LE, Decimal(17), "天"), "≤17(天)", id="2周3天内"),
    pytest.param("≤5分30秒", Comparison(Op.LE, Decimal(330), "秒"), "≤330(秒)", id="≤5分30秒"),
    pytest.param("1小时30分钟内", Comparison(Op.LE, Decimal(90), "分钟"), "≤90(分钟)", id="1小时30分钟内"),
    pytest.param("3个月10天", Descriptive("3个月10天"), "3个月10天", id="3个月10天-text"),
]
# fmt: on


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value(cell: str, expected: object, canonical: str) -> None:
    result = parse_value(cell, year=2025)
    assert result == expected
    assert str(result) == canonical
    assert result.text == cell
    assert parse_value(canonical, year=2025) == expected  # the canonical text reads back


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target(cell: str, expected: object, canonical: str) -> None:
    result = parse_target(cell, year=2025)
    assert result == expected
    assert str(result) == canonical
    assert result.text == cell
    assert parse_target(canonical, year=2025) == expected


T = {"level1": "产出指标", "level2": "时效指标"}


# fmt: off
PAIRS = [
    pytest.param("≤12个月", "1年3个月", "not_met", id="≤12个月|1年3个月"),
    pytest.param("≤18个月", "1年3个月", "met", id="≤18个月|1年3个月"),
    pytest.param("≤1年3个月", "14个月", "met", id="≤1年3个月|14个月"),
    pytest.param("≤48小时", "2天4小时", "not_met", id="≤48小时|2天4小时"),
    pytest.param("≤12个月", "3个月10天", "unknown", id="≤12个月|3个月10天"),
]
# fmt: on


@pytest.mark.parametrize(("target", "actual", "attainment"), PAIRS)
def test_pair(target: str, actual: str, attainment: str) -> None:
    row = indicator("建设周期", target, actual, weight=10, points=10, year=2025, **T)
    verdict = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert verdict.attainment.value == attainment, verdict.explanation
