"""The budget block's amounts, findings and the rate row's points (budget37).

Every case is a small table written here, read with ``read_text``: a full-width or
Unicode minus in an amount (H1), a blank 执行数 beside a printed budget (H2), a
预算执行率 row contradicting the block's amounts (H3), the rate row's formula (M1),
元 amounts under 万元 (M2) and the column a malformed amount names (L1).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from test_read_unseen import TRACKING_HEADER, read

D = Decimal

_TRACKING_TITLE = "2024年1-9月项目支出绩效跟踪表"  # 序时进度 75.00%
_TRACKING_GRID = (TRACKING_HEADER, ["产出指标", "数量指标", "建档人数", "≥5000人", "4000人"])
_TRACKING_HEADER = ["预算执行情况（万元）", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"]


def _tracking(*lines: list[str]) -> perftrack.Table:
    return read(
        _TRACKING_TITLE,
        ["项目名称", "城乡居民健康档案管理"],
        _TRACKING_HEADER,
        *lines,
        *_TRACKING_GRID,
    )


def _executed(table: perftrack.Table) -> list[tuple[str, Decimal | None]]:
    return [(line.role.value, line.executed) for line in table.budget]


def _ids(findings: tuple[perftrack.Finding, ...], *ids: str) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in findings if f.id in ids]


# ---------------------------------------------------------------------------
# H1: － (U+FF0D) and − (U+2212) before an amount are a minus, as ASCII - is

_MINUS_CASES = [
    pytest.param("－12.30", D("-12.30"), id="full-width-minus"),
    pytest.param("−12.30", D("-12.30"), id="unicode-minus"),
    pytest.param("-12.30", D("-12.30"), id="ascii-minus"),
    pytest.param("(12.30)", D("-12.30"), id="accounting-brackets"),
]


@pytest.mark.parametrize(("cell", "expected"), _MINUS_CASES)
def test_a_refund_with_any_minus_is_negative_and_the_sum_adds_up(
    cell: str, expected: Decimal
) -> None:
    table = _tracking(
        ["年度资金总额", "300.00", "300.00", "227.70", "75.90"],
        ["其中：财政拨款", "300.00", "300.00", "240.00", "80.00"],
        ["其他资金", "0.00", "0.00", cell, ""],
    )
    assert _executed(table) == [
        ("total", D("227.70")),
        ("appropriation", D("240.00")),
        ("other", expected),
    ]
    card = perftrack.score(table)
    found = _ids(card.findings, "malformed-amount", "budget-sum-mismatch", "negative-amount")
    assert found == [("negative-amount", "“其他资金”执行数-12.30为负数，执行率无意义")]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("－0.00", D(0), id="full-width-minus-zero"),
        pytest.param("−0.00", D(0), id="unicode-minus-zero"),
        pytest.param("-0.00", D(0), id="ascii-minus-zero"),
    ],
)
def test_a_minus_zero_is_zero_and_no_finding(cell: str, expected: Decimal) -> None:
    table = _tracking(
        ["年度资金总额", "300.00", "300.00", "240.00", "80.00"],
        ["其中：财政拨款", "300.00", "300.00", "240.00", "80.00"],
        ["上年结转资金", "0.00", "0.00", cell, ""],
    )
    assert _executed(table)[-1] == ("carried_over", expected)
    card = perftrack.score(table)
    assert _ids(card.findings, "malformed-amount", "budget-sum-mismatch", "negative-amount") == []


@pytest.mark.parametrize(
    "cell", [pytest.param("－", id="full-width-dash"), pytest.param("－－", id="double-dash")]
)
def test_a_lone_full_width_dash_is_still_no_amount(cell: str) -> None:
    table = _tracking(
        ["年度资金总额", "300.00", "300.00", "240.00", "80.00"],
        ["其中：财政拨款", "300.00", "300.00", "240.00", "80.00"],
        ["其他资金", "0.00", "0.00", cell, ""],
    )
    assert _executed(table)[-1] == ("other", None)
    assert _ids(table.findings, "malformed-amount") == []
