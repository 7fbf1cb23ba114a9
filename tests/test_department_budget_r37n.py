"""r37n: department-wide tables (部门整体支出绩效自评表): money and levels, end to end.

1. the budget's unit wherever the table prints it, and no blank where none is printed;
2. a grid of four levels (一级…四级指标): the innermost level is the indicator;
3. a block of 基本支出 / 项目支出 without a total, after the task list, is the budget.

Each table is built here as a TSV (the levels also as an .xlsx with merged level
cells, the uses as HTML); each case fails before its fix.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.report import scorecard_text, table_summary
from perftrack.scoring import score, whole_budget
from test_department_r37d import _findings, _tsv, _xlsx

if TYPE_CHECKING:
    from pathlib import Path

Rows = list[list[str]]
D = Decimal


def _html(rows: Rows) -> perftrack.Table:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return perftrack.read_text(f"<html><body><table>{body}</table></body></html>")[0]


def _budget_said(table: perftrack.Table) -> list[str]:
    return [
        line.strip()
        for line in scorecard_text(score(table)).splitlines()
        if line.strip().startswith("预算执行：")
    ]


_TITLE = ["2023年度部门整体支出绩效自评表"]
_NAME = ["部门名称", "某区市场监督管理局"]
_GRID: Rows = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
    ["", "产出指标", "数量指标", "食品安全抽检批次", "≥5000批次", "5230批次", "50", "50"],
    ["", "效益指标", "社会效益指标", "食品安全事故发生数", "0起", "0起", "30", "30"],
    ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20"],
]


def _tasks(header: tuple[str, str, str] = ("预算数", "执行数", "执行率")) -> Rows:
    return [
        ["年度主要任务", "任务名称", "主要内容", *header],
        ["", "食品安全抽检", "开展抽检", "1800", "1700", "94.44%"],
        ["", "执法装备", "购置装备", "1100", "962", "87.45%"],
        ["", "金额合计", "", "2900", "2662", "91.79%"],
    ]


# --- 1: the unit of a budget read from the task list ---

_WITH_UNIT = "预算执行：金额合计 2662 / 2900 万元 = 91.79%（填报 91.79%），不低于年终执行率要求 ✓"

_UNIT_CASES = {
    # no unit anywhere: the figures alone, no blank before the "="
    "none-printed": (
        [_TITLE, _NAME, *_tasks(), *_GRID],
        None,
        "预算执行：金额合计 2662 / 2900 = 91.79%（填报 91.79%），不低于年终执行率要求 ✓",
    ),
    # in the title's own cell
    "in-the-title": (
        [["2023年度部门整体支出绩效自评表（单位：万元）"], _NAME, *_tasks(), *_GRID],
        "万元",
        _WITH_UNIT,
    ),
    # bracketed at the end of the name's row
    "beside-the-fields": (
        [_TITLE, [*_NAME, "", "", "", "", "", "（单位：万元）"], *_tasks(), *_GRID],
        "万元",
        _WITH_UNIT,
    ),
    # on the task list's heading
    "on-the-task-heading": (
        [_TITLE, _NAME, ["一、年度主要任务完成情况（万元）"], *_tasks(), *_GRID],
        "万元",
        _WITH_UNIT,
    ),
    # on a row of units under the task list's header
    "under-the-task-header": (
        [
            _TITLE,
            _NAME,
            _tasks()[0],
            ["", "", "", "（万元）", "（万元）", ""],
            *_tasks()[1:],
            *_GRID,
        ],
        "万元",
        _WITH_UNIT,
    ),
    # on a row of units under a budget block's header
    "under-the-budget-header": (
        [
            _TITLE,
            _NAME,
            ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["", "（万元）", "（万元）", "（万元）", ""],
            ["资金总额", "2900", "2900", "2662", "91.79%"],
            *_GRID,
        ],
        "万元",
        "预算执行：资金总额 2662 / 2900 万元 = 91.79%（填报 91.79%），不低于年终执行率要求 ✓",
    ),
}


@pytest.mark.parametrize(("rows", "unit", "said"), _UNIT_CASES.values(), ids=_UNIT_CASES)
def test_the_unit_is_read_where_printed_and_no_blank_is_shown(
    rows: Rows, unit: str | None, said: str
) -> None:
    table = _tsv(rows)
    assert table.budget_unit == unit
    assert _budget_said(table) == [said]
    assert _findings(table) == []


def test_the_read_summary_shows_no_blank_without_a_unit() -> None:
    table = _tsv([_TITLE, _NAME, *_tasks(), *_GRID])
    (line,) = [line for line in table_summary(table).splitlines() if "预算 金额合计" in line]
    assert line == "  预算 金额合计：年初 — 全年预算数 2900 执行 2662 执行率 91.79%"


# --- 2: four levels of indicators ---

_FOUR = ["一级指标", "二级指标", "三级指标", "四级指标", "指标值", "实际完成值", "分值", "得分"]

_LEVEL_CASES = {
    # the framework's level 1 and 2 under the department's own level 1
    "framework-below": (
        [
            _FOUR,
            ["履职效能", "产出指标", "数量指标", "甲", "≥5个", "5个", "50", "50"],
            ["", "效益指标", "社会效益指标", "乙", "≥90%", "95%", "30", "30"],
            ["", "满意度指标", "服务对象满意度指标", "丙", "≥90%", "95%", "20", "20"],
        ],
        [
            ("履职效能", "数量指标", "甲", D(50), "实际5个，达到年度指标≥5个"),
            ("履职效能", "社会效益指标", "乙", D(30), "实际95%，达到年度指标≥90%"),
            ("履职效能", "服务对象满意度指标", "丙", D(20), "实际95%，达到年度指标≥90%"),
        ],
    ),
    # a level 2 of the department's own (重点工作) over the framework's level 1s
    "own-level-2": (
        [
            _FOUR,
            ["履职效能（80分）", "重点工作", "产出指标", "甲", "≥5个", "5个", "50", "50"],
            ["", "", "效益指标", "乙", "≥90%", "95%", "30", "30"],
            ["满意度（20分）", "服务对象满意度", "满意度指标", "丙", "≥90%", "95%", "20", "20"],
        ],
        [
            ("履职效能", "产出指标", "甲", D(50), "实际5个，达到年度指标≥5个"),
            ("履职效能", "效益指标", "乙", D(30), "实际95%，达到年度指标≥90%"),
            ("满意度指标", "服务对象满意度指标", "丙", D(20), "实际95%，达到年度指标≥90%"),
        ],
    ),
    # (a guard) three levels: the 三级指标 keeps the names, a 四级 header alone deepens them
    "three-levels": (
        [
            ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "甲", "≥5个", "5个", "100", "100"],
        ],
        [("产出指标", "数量指标", "甲", D(100), "实际5个，达到年度指标≥5个")],
    ),
}


def _levels(table: perftrack.Table) -> list[tuple[str | None, str | None, str, D | None, str]]:
    card = score(table)
    return [
        (i.level1, i.level2, i.name, i.weight, v.explanation)
        for i, v in zip(table.indicators, card.verdicts, strict=True)
    ]


@pytest.mark.parametrize(("grid", "expected"), _LEVEL_CASES.values(), ids=_LEVEL_CASES)
def test_the_innermost_of_four_levels_is_the_indicator(grid: Rows, expected: list[object]) -> None:
    table = _tsv([_TITLE, _NAME, *grid])
    assert _levels(table) == expected
    assert _findings(table) == []


def test_four_levels_merged_in_a_workbook(tmp_path: Path) -> None:
    (_, *rows), expected = _LEVEL_CASES["framework-below"]
    grid = [_FOUR, *[row if row[0] else ["", *row[1:]] for row in rows]]
    table = _xlsx([_TITLE, _NAME, *grid], ("A1:H1", "B2:H2", "A4:A6"), tmp_path)
    assert _levels(table) == expected
    assert _findings(table) == []


# --- 3: a budget block by use, no total, after the task list ---

_USES: Rows = [
    ["项目", "年初预算数", "全年预算数", "全年执行数"],
    ["基本支出", "1200", "1250", "1200"],
    ["项目支出", "1700", "1650", "1462"],
]
_SUMMED = (
    "预算执行：基本支出与项目支出合计（表中未列总额，按基本支出、项目支出相加） "
    "2662 / 2900 = 91.79%，不低于年终执行率要求 ✓"
)
_USE_LINES = [
    ("use", "基本支出", D(1200), D(1250), D(1200)),
    ("use", "项目支出", D(1700), D(1650), D(1462)),
]

_USES_CASES = {
    # after the list's 金额合计: the block is the budget, not the tasks' sum
    "after-the-sum": ([*_tasks(), *_USES], _USE_LINES),
    # after a list with no sum row
    "after-a-list-without-sum": ([*_tasks()[:3], *_USES], _USE_LINES),
    # after a list with no money, and alone
    "after-a-list-without-money": (
        [["年度主要任务", "任务名称", "主要内容"], ["", "食品安全抽检", "开展抽检"], *_USES],
        _USE_LINES,
    ),
    "alone": (_USES, _USE_LINES),
}


def _lines(table: perftrack.Table) -> list[tuple[str, str, D | None, D | None, D | None]]:
    return [
        (line.role.value, line.source, line.initial, line.period_budget, line.executed)
        for line in table.budget
    ]


@pytest.mark.parametrize(("money", "lines"), _USES_CASES.values(), ids=_USES_CASES)
def test_a_block_by_use_without_a_total_is_the_budget(money: Rows, lines: list[object]) -> None:
    table = _tsv([_TITLE, _NAME, *money, *_GRID])
    assert _lines(table) == lines
    card = score(table)
    whole = whole_budget(table, card.budget)
    assert whole is not None
    assert (whole.line.source, whole.line.initial, whole.line.period_budget) == (
        "基本支出与项目支出合计",
        D(2900),
        D(2900),
    )
    assert whole.line.executed == D(2662)
    assert _budget_said(table) == [_SUMMED]
    assert [f for f in _findings(table) if f[0] != "budget-adjusted"] == []


def test_a_block_by_use_in_html() -> None:
    table = _html([_TITLE, _NAME, *_tasks(), *_USES, *_GRID])
    assert _lines(table) == _USE_LINES
    assert _budget_said(table) == [_SUMMED]


def test_a_block_by_use_low_is_behind_the_year_end_bar() -> None:
    uses = [_USES[0], ["基本支出", "1200", "1250", "1000"], ["项目支出", "1700", "1650", "1000"]]
    table = _tsv([_TITLE, _NAME, *_tasks(), *uses, *_GRID])
    assert [m for i, m in _findings(table) if i == "budget-behind-schedule"] == [
        (
            "基本支出与项目支出合计执行率68.97%低于年终执行率要求90.00%"
            "（表中未列资金总额，按基本支出、项目支出相加：执行2000，预算2900）"
        )
    ]


_WHOLE_CASES = {
    # both uses: their sum (before: the tasks' 金额合计, its 年初预算数 unread)
    "both-uses": ([*_tasks(), *_USES], ("基本支出与项目支出合计", D(2900))),
    # one use is no whole of the department's: the tasks' sum stays the budget
    "one-use": ([*_tasks(), _USES[0], _USES[2]], ("金额合计", None)),
    # a source beside the uses is the whole, as before (k31d)
    "beside-a-source": (
        [*_USES, ["财政拨款", "2900", "2900", "2662"]],
        ("财政拨款", D(2900)),
    ),
}


@pytest.mark.parametrize(("money", "whole"), _WHOLE_CASES.values(), ids=_WHOLE_CASES)
def test_only_both_uses_alone_are_summed(money: Rows, whole: tuple[str, D | None]) -> None:
    table = _tsv([_TITLE, _NAME, *money, *_GRID])
    found = whole_budget(table, score(table).budget)
    assert found is not None
    assert (found.line.source, found.line.initial) == whole
