"""Budget blocks of target and 部门整体 tables the reader first lost (e2e13 M1).

A money label no block word named (预算资金, 部门预算, 资金来源, 部门整体支出预算…)
heading the amounts above the grid, and lines that print the mid-term's amount beside
the year's (实施期资金总额 | 6000 | 年度资金总额 | 2000). Every case is a small table
written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from test_read_unseen import names, read

if TYPE_CHECKING:
    import perftrack

D = Decimal

# The money block's lines as the model keeps them: role, source, the year's budget
# (initial) and the period budget.
Line = tuple[str, str, Decimal | None, Decimal | None]


def lines(table: perftrack.Table) -> list[Line]:
    return [
        (line.role.value, line.source, line.initial, line.period_budget) for line in table.budget
    ]


def findings(table: perftrack.Table) -> list[tuple[str, str]]:
    return [(finding.id, finding.message) for finding in table.findings]


_TARGET_TITLE = "2025年部门整体支出绩效目标表"
_TARGET_GRID = (
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
    ["产出指标", "数量指标", "检查次数", "≥60次"],
)
_YEAR_LINES: list[Line] = [
    ("total", "资金总额", D(820), None),
    ("appropriation", "其中：财政拨款", D(820), None),
]

# ---------------------------------------------------------------------------
# M1(a): a money label heads the block in the budget position

_MONEY_LABELS = [
    "预算资金（万元）",
    "部门预算资金（万元）",
    "年度预算资金（万元）",
    "部门预算（万元）",
    "年度资金（万元）",
    "资金来源（万元）",
    "预算安排（万元）",
    "部门整体支出预算（万元）",
    "部门经费（万元）",
    "二、预算资金（万元）",
    # already block words: unchanged
    "项目资金（万元）",
    "资金情况（万元）",
]


@pytest.mark.parametrize("label", _MONEY_LABELS)
def test_a_money_label_over_midterm_and_year_columns_opens_the_budget(label: str) -> None:
    # Before, all but 项目资金 and 资金情况 gave no budget line and no finding.
    table = read(
        _TARGET_TITLE,
        ["部门（单位）名称", "某局"],
        [label, "", "中期资金总额", "年度资金总额"],
        ["", "资金总额", "2400", "820"],
        ["", "其中：财政拨款", "2400", "820"],
        *_TARGET_GRID,
    )
    assert lines(table) == _YEAR_LINES
    assert table.budget_unit == "万元"
    assert names(table) == ["检查次数"]
    assert findings(table) == []


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        # the year's column alone
        (
            ["预算资金（万元）", "", "年度资金总额"],
            (["", "资金总额", "820"], ["", "其中：财政拨款", "820"]),
            _YEAR_LINES,
        ),
        # year columns of a target table: the table's year is the budget
        (
            ["部门预算（万元）", "", "2025年", "2026年"],
            (["", "资金总额", "820", "900"], ["", "其中：财政拨款", "820", "900"]),
            _YEAR_LINES,
        ),
        # the line printed on the label's row
        (
            ["资金来源（万元）", "资金总额", "820"],
            (["", "其中：财政拨款", "820"],),
            _YEAR_LINES,
        ),
        (
            ["部门整体支出预算（万元）", "年度资金总额", "820"],
            (["", "其中：财政拨款", "820"],),
            [("total", "年度资金总额", D(820), None), _YEAR_LINES[1]],
        ),
        # amount columns named: the block opened as before (a row naming two of them)
        (
            ["预算安排（万元）", "年初预算数", "全年预算数"],
            (["资金总额", "820", "860"],),
            [("total", "资金总额", D(820), D(860))],
        ),
    ],
)
def test_a_money_label_heads_the_block_in_every_layout(
    header: list[str], rows: tuple[list[str], ...], expected: list[Line]
) -> None:
    table = read(_TARGET_TITLE, ["部门（单位）名称", "某局"], header, *rows, *_TARGET_GRID)
    assert lines(table) == expected
    assert findings(table) == []


@pytest.mark.parametrize(
    "row",
    [
        # a project field of money, no amount column beside it
        ["资金来源", "一般公共预算"],
        ["预算资金（万元）", "820"],
        # not a money label: a rate, a line's label, a sentence
        ["预算执行率", "年度资金总额", "820"],
        ["资金总额", "中期资金总额", "年度资金总额"],
        ["本部门预算资金主要用于生态环境执法", "年度资金总额", "820"],
    ],
)
def test_other_rows_above_the_grid_open_no_budget(row: list[str]) -> None:
    table = read(_TARGET_TITLE, ["部门（单位）名称", "某局"], row, *_TARGET_GRID)
    assert lines(table) == []
    assert names(table) == ["检查次数"]


def test_a_money_label_after_the_budget_block_is_a_line_of_it() -> None:
    # Only the first money label heads the block: 年度预算资金 under 预算执行情况's
    # header is its total line, as before.
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        ["预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度预算资金", "100", "100", "90", "90%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "检查次数", "≥60次", "62次", "90", "90"],
    )
    assert [(line.role.value, line.source, line.executed) for line in table.budget] == [
        ("total", "年度预算资金", D(90))
    ]


def test_a_money_label_under_the_grid_is_no_budget() -> None:
    # Below the grid a money label heads nothing: the budget position is above it.
    table = read(
        _TARGET_TITLE,
        ["部门（单位）名称", "某局"],
        *_TARGET_GRID,
        ["预算资金（万元）", "", "中期资金总额", "年度资金总额"],
        ["", "资金总额", "2400", "820"],
    )
    assert lines(table) == []


# ---------------------------------------------------------------------------
# M1(b): the mid-term's amount beside the year's on each line

_SIDE_TITLE = "2025年度项目支出绩效目标表"
_SIDE_GRID = (
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "修复面积", "1万亩"],
)


@pytest.mark.parametrize(
    ("label", "first", "second", "expected"),
    [
        (
            "项目资金（万元）",
            ("实施期资金总额", "6000"),
            ("年度资金总额", "2000"),
            [
                ("total", "年度资金总额", D(2000), None),
                ("appropriation", "其中：财政拨款", D(2000), None),
                ("other", "其他资金", D(0), None),
            ],
        ),
        (
            "项目资金（万元）",
            ("中期资金总额", "6000"),
            ("年度资金总额", "2000"),
            [
                ("total", "年度资金总额", D(2000), None),
                ("appropriation", "其中：财政拨款", D(2000), None),
                ("other", "其他资金", D(0), None),
            ],
        ),
        # the year's half first
        (
            "项目资金（万元）",
            ("年度资金总额", "2000"),
            ("实施期资金总额", "6000"),
            [
                ("total", "年度资金总额", D(2000), None),
                ("appropriation", "其中：财政拨款", D(2000), None),
                ("other", "其他资金", D(0), None),
            ],
        ),
        # a money label of M1(a), the mid-term's amount not printed
        (
            "预算资金（万元）",
            ("实施期资金总额", "—"),
            ("年度资金总额", "2000"),
            [
                ("total", "年度资金总额", D(2000), None),
                ("appropriation", "其中：财政拨款", D(2000), None),
                ("other", "其他资金", D(0), None),
            ],
        ),
    ],
)
def test_the_year_half_of_a_line_beside_the_midterm_is_the_budget(
    label: str, first: tuple[str, str], second: tuple[str, str], expected: list[Line]
) -> None:
    # Before, each line's amounts were None (申报预算：实施期资金总额 — 万元).
    midterm_first = _is_midterm_half(first)
    sub = ("6000", "2000") if midterm_first else ("2000", "6000")
    table = read(
        _SIDE_TITLE,
        ["项目名称", "示例"],
        [label, *first, *second],
        ["", "其中：财政拨款", sub[0], "其中：财政拨款", sub[1]],
        ["", "其他资金", "0", "其他资金", "0"],
        *_SIDE_GRID,
    )
    assert lines(table) == expected
    assert findings(table) == []
    # the mid-term half is kept apart: its amount is on no line
    assert all(line.period_budget is None for line in table.budget)


def _is_midterm_half(half: tuple[str, str]) -> bool:
    return half[0].startswith(("实施期", "中期"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two halves of the year: which one is the budget is not said
        ("年初资金总额", "调整后资金总额"),
        ("年度资金总额", "年度资金总额"),
    ],
)
def test_a_line_of_amounts_no_column_names_is_noted(first: str, second: str) -> None:
    # Before, the amounts were dropped silently and the text printed "—".
    table = read(
        _SIDE_TITLE,
        ["项目名称", "示例"],
        ["项目资金（万元）", first, "6000", second, "2000"],
        ["", "其中：财政拨款", "6000", "其中：财政拨款", "2000"],
        *_SIDE_GRID,
    )
    assert lines(table) == [
        ("total", first, None, None),
        ("appropriation", "其中：财政拨款", None, None),
    ]
    assert findings(table) == [
        (
            "budget-line-unread",
            f"预算行“{first}”有2个金额（6000、2000），无表头列说明哪个是年度预算，金额未读入",
        ),
        (
            "budget-line-unread",
            "预算行“其中：财政拨款”有2个金额（6000、2000），无表头列说明哪个是年度预算，金额未读入",
        ),
    ]
