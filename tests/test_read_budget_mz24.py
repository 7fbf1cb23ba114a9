"""A budget block with sources as columns and amounts as rows (monitor24 H1, 浙江).

项目资金（万元） | 合计 | 财政资金 | 其他资金 over 年初预算数 | …, 全年预算数 | …,
1-9月执行数 | …, 执行率 | …: read transposed, one line per source column, each amount
from its own row (its cell the real one). A row or a column the reader does not know
keeps the ``budget-line-unread`` note. Every case is a small table written here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import BudgetLine, BudgetRole
from test_read_unseen import read

D = Decimal

_TITLE = "2024年1-9月项目绩效运行监控表"
_PROJECT = ["项目名称", "城乡居民基本医疗保险财政补助"]
_GRID = (
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月实际完成值"],
    ["产出指标", "数量指标", "参保人数", "≥45万人", "44.2万人"],
)
_HEAD = ["预算执行情况（万元）", "合计", "财政资金", "其他资金"]
_ZHEJIANG = (
    _HEAD,
    ["年初预算数", "3000.00", "2800.00", "200.00"],
    ["全年预算数", "3200.00", "3000.00", "200.00"],
    ["1-9月执行数", "2240.00", "2100.00", "140.00"],
    ["执行率", "70.00%", "70.00%", "70.00%"],
)
_ZHEJIANG_LINES = (
    BudgetLine(
        BudgetRole.TOTAL,
        "合计",
        initial=D("3000.00"),
        period_budget=D("3200.00"),
        executed=D("2240.00"),
        rate=D("70.00"),
    ),
    BudgetLine(
        BudgetRole.APPROPRIATION,
        "财政资金",
        initial=D("2800.00"),
        period_budget=D("3000.00"),
        executed=D("2100.00"),
        rate=D("70.00"),
    ),
    BudgetLine(
        BudgetRole.OTHER,
        "其他资金",
        initial=D("200.00"),
        period_budget=D("200.00"),
        executed=D("140.00"),
        rate=D("70.00"),
    ),
)
_UNREAD = (
    "budget-line-unread",
    (
        "预算“预算执行情况（万元）”按列列示资金来源、按行列示金额（“年初预算数”），"
        "未能读入，不核对各项合计"
    ),
)


def _table(*block: list[str]) -> perftrack.Table:
    return read(_TITLE, _PROJECT, *block, *_GRID)


def _findings(found: perftrack.Table | perftrack.Scorecard) -> list[tuple[str, str]]:
    return [(finding.id, finding.message) for finding in found.findings]


def _cells(table: perftrack.Table) -> list[tuple[str | None, dict[str, str | None]]]:
    return [
        (
            line.position.cell if line.position is not None else None,
            {name: position.cell for name, position in line.cells},
        )
        for line in table.budget
    ]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param(_ZHEJIANG, _ZHEJIANG_LINES, id="zhejiang"),
        pytest.param(
            (
                ["项目资金（万元）", "合计", "财政资金", "上年结转"],
                ["全年预算数", "500", "400", "100"],
                ["1-9月执行数", "300", "240", "60"],
            ),
            (
                BudgetLine(BudgetRole.TOTAL, "合计", period_budget=D(500), executed=D(300)),
                BudgetLine(
                    BudgetRole.APPROPRIATION, "财政资金", period_budget=D(400), executed=D(240)
                ),
                BudgetLine(
                    BudgetRole.CARRIED_OVER, "上年结转", period_budget=D(100), executed=D(60)
                ),
            ),
            id="carried-over-column",
        ),
        pytest.param(
            (
                ["项目资金（万元）", "合计", "中央资金", "地方资金"],
                ["年初预算数", "1000", "800", "200"],
                ["全年预计执行数", "950", "800", ""],
            ),
            (
                BudgetLine(BudgetRole.TOTAL, "合计", initial=D(1000), forecast=D(950)),
                BudgetLine(BudgetRole.APPROPRIATION, "中央资金", initial=D(800), forecast=D(800)),
                BudgetLine(BudgetRole.APPROPRIATION, "地方资金", initial=D(200)),
            ),
            id="blank-cell-forecast",
        ),
    ],
)
def test_sources_as_columns_are_read_transposed(
    block: tuple[list[str], ...], expected: tuple[BudgetLine, ...]
) -> None:
    table = _table(*block)
    assert table.budget == expected
    assert _findings(table) == []


def test_each_amount_keeps_its_own_cell() -> None:
    table = _table(*_ZHEJIANG)
    assert _cells(table) == [
        ("B3", {"initial": "B4", "period_budget": "B5", "executed": "B6", "rate": "B7"}),
        ("C3", {"initial": "C4", "period_budget": "C5", "executed": "C6", "rate": "C7"}),
        ("D3", {"initial": "D4", "period_budget": "D5", "executed": "D6", "rate": "D7"}),
    ]


def test_the_transposed_block_is_checked_against_time_progress() -> None:
    card = perftrack.score(_table(*_ZHEJIANG))
    assert [item for item in _findings(card) if item[0].startswith("budget")] == [
        (
            "budget-adjusted",
            "“合计”预算由年初3000.00调整为3200.00，其中“财政资金”由2800.00调整为3000.00",
        ),
        ("budget-behind-schedule", "执行率70.00%低于序时进度75.00%"),
    ]


def test_a_printed_rate_that_is_wrong_is_caught() -> None:
    block = list(_ZHEJIANG)
    block[4] = ["执行率", "80.00%", "70.00%", "70.00%"]
    card = perftrack.score(_table(*block))
    assert [item[0] for item in _findings(card) if item[0] == "budget-rate-mismatch"] == [
        "budget-rate-mismatch"
    ]


@pytest.mark.parametrize(
    "block",
    [
        # a row of amounts the reader does not know (拨付到县数)
        pytest.param(
            (_HEAD, ["年初预算数", "3000", "2800", "200"], ["拨付到县数", "2000", "1900", "100"]),
            id="unknown-row",
        ),
        # last year's row beside this year's
        pytest.param(
            (_HEAD, ["年初预算数", "3000", "2800", "200"], ["上年执行数", "2000", "1900", "100"]),
            id="last-year-row",
        ),
        # two rows of one amount
        pytest.param(
            (_HEAD, ["年初预算数", "3000", "2800", "200"], ["年初预算数", "3000", "2800", "200"]),
            id="repeated-row",
        ),
        # a column no source (a use: 项目支出)
        pytest.param(
            (
                ["预算执行情况（万元）", "合计", "财政资金", "项目支出"],
                ["年初预算数", "3000", "2800", "200"],
            ),
            id="use-column",
        ),
    ],
)
def test_an_unknown_row_or_column_keeps_the_note(block: tuple[list[str], ...]) -> None:
    table = _table(*block)
    assert table.budget == ()
    assert _findings(table) == [_UNREAD]


def test_from_an_xlsx_with_the_label_merged_down() -> None:
    rows: list[list[object]] = [
        [_TITLE],
        _PROJECT,
        ["预算执行情况（万元）", None, "合计", "财政资金", "其他资金"],
        [None, "全年预算数", 3200, 3000, 200],
        [None, "1-9月执行数", 2240, 2100, 140],
        [None, "执行率", 0.7, 0.7, 0.7],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月实际完成值"],
        ["产出指标", "数量指标", "参保人数", "≥45万人", "44.2万人"],
    ]
    data = xlsx_bytes(
        {"监控表": rows},
        merges={"监控表": ["A3:B3", "A4:A6"]},
        number_formats={"监控表": {"C6": "0.00%", "D6": "0.00%", "E6": "0.00%"}},
    )
    (table,) = perftrack.read(data)
    assert table.budget == (
        BudgetLine(
            BudgetRole.TOTAL, "合计", period_budget=D(3200), executed=D(2240), rate=D("70.00")
        ),
        BudgetLine(
            BudgetRole.APPROPRIATION,
            "财政资金",
            period_budget=D(3000),
            executed=D(2100),
            rate=D("70.00"),
        ),
        BudgetLine(
            BudgetRole.OTHER, "其他资金", period_budget=D(200), executed=D(140), rate=D("70.00")
        ),
    )
    assert [dict(line.cells)["executed"].cell for line in table.budget] == ["C5", "D5", "E5"]
