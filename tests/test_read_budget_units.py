"""Budget rate and issue columns and more sources the reader did not know (score13).

``支出进度`` and ``支出率`` are the printed rate and ``已下达预算数`` the part of the
budget issued; ``单位自有资金``, ``以前年度结余资金`` and ``本年预算安排`` are sources.
Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from test_read_unseen import TRACKING_HEADER, read

D = Decimal

_TITLE = "2024年1-9月项目支出绩效跟踪表"  # 序时进度 75.00%
_GRID = (TRACKING_HEADER, ["产出指标", "数量指标", "培训人次", "≥100人次", "72人次"])
_HEADER = ["年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"]

# The total line's 年初预算数, 预算数, 执行数 and printed 执行率, as strings (None: empty).
Amounts = tuple[str | None, str | None, str | None, str | None]


def _table(label: str, header: list[str], *lines: list[str]) -> perftrack.Table:
    return read(_TITLE, ["项目名称", "城区排水防涝"], [label, *header], *lines, *_GRID)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _amounts(line: perftrack.BudgetLine) -> Amounts:
    return (_text(line.initial), _text(line.period_budget), _text(line.executed), _text(line.rate))


def _findings(
    findings: tuple[perftrack.Finding, ...], *ids: str
) -> list[tuple[str, str | None, str]]:
    return [(f.id, f.where.cell, f.message) for f in findings if f.id in ids]


def _scored(table: perftrack.Table, *ids: str) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in perftrack.score(table).findings if f.id in ids]


# ---------------------------------------------------------------------------
# M2: 支出进度 and 支出率 are the printed rate; 已下达预算数 the part issued


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        # score13 d03: before, no rate (budget-rate-missing) and 800 read as an adjusted budget
        (
            ["年初预算数", "已下达预算数", "已支出数", "支出进度"],
            ["1000.00", "800.00", "540.00", "67.50%"],
            (D("1000.00"), None, D("800.00"), D("540.00"), D("67.50")),
        ),
        # d04: 支出率 beside 拨付数 (which names no column)
        (
            ["预算批复数", "1-8月拨付数", "1-8月支出数", "支出率"],
            ["1000.00", "900.00", "540.00", "54.00%"],
            (None, D("1000.00"), None, D("540.00"), D("54.00")),
        ),
        # beside the year's budget as 全年预算数: the part issued is no budget either
        (
            ["全年预算数", "下达数", "执行数", "执行率"],
            ["1000.00", "800.00", "540.00", "54.00"],
            (None, D("1000.00"), D("800.00"), D("540.00"), D("54.00")),
        ),
        # alone, the part issued is the only budget the table prints
        (
            ["已下达预算数", "已支出数", "支出进度"],
            ["800.00", "540.00", "67.50%"],
            (None, D("800.00"), None, D("540.00"), D("67.50")),
        ),
    ],
)
def test_spending_progress_is_the_rate_and_the_issued_budget_no_adjustment(
    header: list[str],
    cells: list[str],
    expected: tuple[Decimal | None, ...],
) -> None:
    table = _table("预算执行情况(万元)", header, ["年度资金总额", *cells])
    (line,) = table.budget
    assert (line.initial, line.period_budget, line.planned, line.executed, line.rate) == expected
    assert table.findings == ()
    ids = [finding.id for finding in perftrack.score(table).findings]
    assert "budget-rate-missing" not in ids
    assert "budget-adjusted" not in ids


def test_a_rate_against_the_issued_budget_says_so() -> None:
    table = _table(
        "预算执行情况(万元)",
        ["年初预算数", "已下达预算数", "已支出数", "支出进度"],
        ["年度资金总额", "1000.00", "800.00", "540.00", "67.50%"],
    )
    assert _scored(table, "budget-rate-mismatch", "budget-behind-schedule", "budget-adjusted") == [
        (
            "budget-rate-mismatch",
            (
                "“年度资金总额”填报执行率67.50%与金额计算的54.00%不符"
                "（填报执行率为执行数与计划数800.00之比，执行率应以全年预算为分母）"
            ),
        ),
        ("budget-behind-schedule", "执行率54.00%低于序时进度75.00%"),
    ]


def test_a_forecast_spending_rate_is_no_printed_rate() -> None:
    table = _table(
        "预算执行情况(万元)",
        ["全年预算数", "1-9月支出数", "支出率", "预计支出率"],
        ["年度资金总额", "1000.00", "540.00", "54.00%", "95.00%"],
    )
    (line,) = table.budget
    assert (line.period_budget, line.executed, line.rate) == (D("1000.00"), D("540.00"), D("54.00"))
    assert table.findings == ()


# ---------------------------------------------------------------------------
# L3: 单位自有资金, 以前年度结余资金 and 本年预算安排 are sources


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("单位自有资金", "other"),
        ("其中：单位自有资金", "other"),
        ("以前年度结余资金", "carried_over"),
        ("上年结余资金", "carried_over"),
        ("其中：本年预算安排", "appropriation"),
        ("当年预算安排", "appropriation"),
    ],
)
def test_more_source_labels_are_read(label: str, role: str) -> None:
    # Before, each was budget-line-unread, which switched the sum check off.
    table = _table(
        "预算执行情况(万元)",
        _HEADER,
        ["年度资金总额", "300.00", "300.00", "240.00", "80.00"],
        ["其中：财政拨款", "250.00", "250.00", "200.00", "80.00"],
        [label, "50.00", "50.00", "40.00", "80.00"],
    )
    assert [(line.role.value, line.source) for line in table.budget][-1] == (role, label)
    assert table.findings == ()


@pytest.mark.parametrize(
    ("carried", "expected"),
    [
        ("50.00", []),
        ("60.00", [("budget-sum-mismatch", "年初预算数各项合计310.00与总额300.00不符")]),
    ],
)
def test_the_sum_check_runs_over_the_new_sources(
    carried: str, expected: list[tuple[str, str]]
) -> None:
    table = _table(
        "预算执行情况(万元)",
        _HEADER,
        ["年度资金总额", "300.00", "300.00", "240.00", "80.00"],
        ["其中：当年财政拨款", "200.00", "200.00", "160.00", "80.00"],
        ["以前年度结余资金", carried, "50.00", "40.00", "80.00"],
        ["单位自有资金", "50.00", "50.00", "40.00", "80.00"],
    )
    assert _scored(table, "budget-sum-mismatch") == expected
