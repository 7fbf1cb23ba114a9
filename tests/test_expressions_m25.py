"""Technical names of letters and a digit are names, not numbers (regress73).

``IPv6``, ``Wi-Fi6``, ``5G``, ``4G网络``, ``3D``, ``4K``, ``H5``, ``B2B`` and ``O2O`` name a
protocol, a network generation, a format or a business model: the cell is text, never
``=6``. A figure beside them (``5G基站12个``), after a comparison (``≥5G``) or of
another size (``10G``, ``1000M``) is still read as a number.

``无拖欠农民工工资现象`` is a zero target, as ``无拖欠农民工工资`` is.

A value beginning with ``最高`` is the highest figure observed (``最高5600μSv``), no ceiling.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    QualitativeTarget,
    Quantity,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)

D = Decimal


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("IPv6", Descriptive("IPv6"), id="ipv6"),
        pytest.param("支持IPv6", Descriptive("支持IPv6"), id="support-ipv6"),
        pytest.param("IPv4", Descriptive("IPv4"), id="ipv4"),
        pytest.param("IPV6", Descriptive("IPV6"), id="ipv6-upper"),
        pytest.param("5G", Descriptive("5G"), id="5g"),
        pytest.param("4G网络", Descriptive("4G网络"), id="4g-network"),
        pytest.param("实现5G网络覆盖", Descriptive("实现5G网络覆盖"), id="5g-coverage"),
        pytest.param("Wi-Fi6", Descriptive("Wi-Fi6"), id="wifi6"),
        pytest.param("H5", Descriptive("H5"), id="h5"),
        pytest.param("B2B", Descriptive("B2B"), id="b2b"),
        pytest.param("O2O", Descriptive("O2O"), id="o2o"),
        pytest.param("3D", Descriptive("3D"), id="3d"),
        pytest.param("4K", Descriptive("4K"), id="4k"),
        # controls: a figure beside the name, after a comparison, or of another size
        pytest.param("5G基站12个", Comparison(Op.EQ, D("12"), "个", label="5G基站"), id="count"),
        pytest.param("≥5G", Comparison(Op.GE, D("5"), "G"), id="compared"),
        pytest.param("10G", Comparison(Op.EQ, D("10"), "G"), id="10g"),
        pytest.param("≥10个", Comparison(Op.GE, D("10"), "个"), id="plain-count"),
        pytest.param("4K元", Comparison(Op.EQ, D("4"), "K元"), id="thousand-yuan"),
        # a zero of arrears ending in 现象 or 情况 (m25)
        pytest.param(
            "无拖欠农民工工资现象",
            QualitativeTarget("无拖欠农民工工资现象", "zero"),
            id="no-arrears-phenomenon",
        ),
        pytest.param(
            "无拖欠农民工工资情况",
            QualitativeTarget("无拖欠农民工工资情况", "zero"),
            id="no-arrears-situation",
        ),
        pytest.param(
            "无拖欠农民工工资", QualitativeTarget("无拖欠农民工工资", "zero"), id="no-arrears"
        ),
    ],
)
def test_target(cell: str, expected: Target) -> None:
    assert parse_target(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("IPv6", TextValue("IPv6"), id="ipv6"),
        pytest.param("已支持IPv6", TextValue("已支持IPv6"), id="supported-ipv6"),
        pytest.param("已建成4G网络", TextValue("已建成4G网络"), id="4g-built"),
        pytest.param("5G", TextValue("5G"), id="5g"),
        pytest.param("Wi-Fi6", TextValue("Wi-Fi6"), id="wifi6"),
        pytest.param("O2O", TextValue("O2O"), id="o2o"),
        pytest.param("4K", TextValue("4K"), id="4k"),
        pytest.param("5G基站12个", Quantity(D("12"), "个", label="5G基站"), id="count"),
        pytest.param("1000M", Quantity(D("1000"), "M", Bound.EXACT), id="1000m"),
        # 最高 first in a value: the highest figure observed, no ceiling (m25)
        pytest.param(
            "最高5600μSv", Quantity(D("5600"), "μSv", Bound.EXACT, label="最高"), id="highest"
        ),
        pytest.param("最高不超过5%", Quantity(D("5"), "%", Bound.AT_MOST), id="ceiling-said-twice"),
    ],
)
def test_value(cell: str, expected: Value) -> None:
    assert parse_value(cell) == expected
