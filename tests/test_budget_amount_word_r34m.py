"""A budget amount printed as a word (待定, 另行下达) is said, never lost (r34m).

1. On a target table's label row (项目资金（万元） | 年度资金总额 | 待定) the word is the
   line's amount, not a column header: the line is kept with no amount, the word is a
   ``malformed-amount`` at its cell, and the lines under it (其中：财政拨款 | 200) are
   read. Before, the row was taken for headers and both amounts vanished silently.
2. A line under it whose amount is a word (其中：财政拨款 | 待定) is said the same way.
3. A tracking table's header row (项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数)
   names its columns: a word in any amount cell is a ``malformed-amount`` at that cell
   (already so before r34m; pinned here so it stays so).

Every table is a TSV through :func:`perftrack.read_text`.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetRole

_TARGET = "2025年度项目支出绩效目标申报表"
_TRACKING = "2024年度项目支出绩效目标实现情况跟踪表"
_PROJECT = ["项目名称", "农村饮水安全"]
_TARGET_GRID = [
    ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
    ["产出指标", "数量指标", "新建供水工程", "≥12处", "20"],
]
_TRACKING_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "全年预计完成值"],
    ["产出指标", "数量指标", "新建供水工程", "≥12处", "12处"],
]

Line = tuple[BudgetRole, str, Decimal | None, Decimal | None, Decimal | None]
Finding = tuple[str, str, str | None]

TOTAL, FISCAL, OTHER = BudgetRole.TOTAL, BudgetRole.APPROPRIATION, BudgetRole.OTHER


def read(*rows: list[str]) -> perftrack.Table:
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows))
    return table


def budget_of(table: perftrack.Table) -> list[Line]:
    return [
        (line.role, line.source, line.initial, line.period_budget, line.executed)
        for line in table.budget
    ]


def findings(table: perftrack.Table) -> list[Finding]:
    return [(f.id, f.message, f.where.cell) for f in table.findings]


def _said(name: str, word: str, cell: str) -> Finding:
    return ("malformed-amount", f"预算“{name}”的金额“{word}”不是数字，未读入", cell)


@pytest.mark.parametrize(
    ("lines", "expected", "said"),
    [
        pytest.param(
            [
                ["项目资金（万元）", "年度资金总额", "待定"],
                ["", "其中：财政拨款", "200"],
                ["", "其他资金", ""],
            ],
            [
                (TOTAL, "年度资金总额", None, None, None),
                (FISCAL, "其中：财政拨款", Decimal(200), None, None),
                (OTHER, "其他资金", None, None, None),
            ],
            [_said("年度资金总额", "待定", "C3")],
            id="label-row-pending",
        ),
        pytest.param(
            [
                ["项目资金（万元）", "年度资金总额", "另行下达"],
                ["", "其中：财政拨款", "200"],
            ],
            [
                (TOTAL, "年度资金总额", None, None, None),
                (FISCAL, "其中：财政拨款", Decimal(200), None, None),
            ],
            [_said("年度资金总额", "另行下达", "C3")],
            id="label-row-issued-later",
        ),
        pytest.param(
            [
                ["项目资金（万元）", "年度资金总额", "—"],
                ["", "其中：财政拨款", "200"],
            ],
            [
                (TOTAL, "年度资金总额", None, None, None),
                (FISCAL, "其中：财政拨款", Decimal(200), None, None),
            ],
            [],
            id="label-row-dash-says-none",
        ),
        pytest.param(
            [
                ["项目资金（万元）", "年度资金总额", "300"],
                ["", "其中：财政拨款", "待定"],
                ["", "其他资金", "—"],
            ],
            [
                (TOTAL, "年度资金总额", Decimal(300), None, None),
                (FISCAL, "其中：财政拨款", None, None, None),
                (OTHER, "其他资金", None, None, None),
            ],
            [_said("其中：财政拨款", "待定", "C4")],
            id="line-under-label-row",
        ),
        pytest.param(
            [["年度资金总额", "300"], ["其中：财政拨款", "待定"]],
            [
                (TOTAL, "年度资金总额", Decimal(300), None, None),
                (FISCAL, "其中：财政拨款", None, None, None),
            ],
            [_said("其中：财政拨款", "待定", "B4")],
            id="line-under-bare-line",
        ),
    ],
)
def test_target_budget_word_is_said(
    lines: list[list[str]], expected: list[Line], said: list[Finding]
) -> None:
    table = read([_TARGET], _PROJECT, *lines, *_TARGET_GRID)
    assert budget_of(table) == expected
    assert table.budget_unit == ("万元" if lines[0][0].startswith("项目资金") else None)
    assert findings(table) == said
    assert [i.name for i in table.indicators] == ["新建供水工程"]


def test_midterm_header_stays_a_header() -> None:
    # 中期资金总额 names a column: the row is still a header, its amounts on the next row
    table = read(
        [_TARGET],
        _PROJECT,
        ["项目资金（万元）", "年度资金总额", "中期资金总额"],
        ["", "300", "900"],
        *_TARGET_GRID,
    )
    assert [(line.role, line.initial, line.midterm) for line in table.budget] == [
        (TOTAL, Decimal(300), Decimal(900))
    ]
    assert findings(table) == []


_HEADER = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]


@pytest.mark.parametrize(
    ("total", "fiscal", "expected", "said"),
    [
        pytest.param(
            ["年度资金总额", "待定", "100", "50", "50%", "10", "5"],
            ["其中：财政拨款", "100", "100", "50", "50%", "", ""],
            [
                (TOTAL, "年度资金总额", None, Decimal(100), Decimal(50)),
                (FISCAL, "其中：财政拨款", Decimal(100), Decimal(100), Decimal(50)),
            ],
            ("malformed-amount", "年初预算数“待定”不是数字", "B4"),
            id="initial",
        ),
        pytest.param(
            ["年度资金总额", "100", "待定", "50", "50%", "10", "5"],
            ["其中：财政拨款", "100", "100", "50", "50%", "", ""],
            [
                (TOTAL, "年度资金总额", Decimal(100), None, Decimal(50)),
                (FISCAL, "其中：财政拨款", Decimal(100), Decimal(100), Decimal(50)),
            ],
            ("malformed-amount", "预算数“待定”不是数字", "C4"),
            id="period-budget",
        ),
        pytest.param(
            ["年度资金总额", "100", "100", "待定", "", "10", "5"],
            ["其中：财政拨款", "100", "100", "50", "50%", "", ""],
            [
                (TOTAL, "年度资金总额", Decimal(100), Decimal(100), None),
                (FISCAL, "其中：财政拨款", Decimal(100), Decimal(100), Decimal(50)),
            ],
            ("malformed-amount", "执行数“待定”不是数字", "D4"),
            id="executed",
        ),
        pytest.param(
            ["年度资金总额", "100", "100", "50", "50%", "10", "5"],
            ["其中：财政拨款", "待定", "100", "50", "50%", "", ""],
            [
                (TOTAL, "年度资金总额", Decimal(100), Decimal(100), Decimal(50)),
                (FISCAL, "其中：财政拨款", None, Decimal(100), Decimal(50)),
            ],
            ("malformed-amount", "年初预算数“待定”不是数字", "B5"),
            id="source-line",
        ),
    ],
)
def test_tracking_budget_word_is_said(
    total: list[str], fiscal: list[str], expected: list[Line], said: Finding
) -> None:
    table = read([_TRACKING], _PROJECT, _HEADER, total, fiscal, *_TRACKING_GRID)
    assert budget_of(table) == expected
    assert findings(table) == [said]


def test_tracking_label_row_with_blank_column_word_is_said() -> None:
    # 项目资金（万元） |  | 年初预算数 | …: the lines' labels in column B, a word under 年初预算数
    table = read(
        [_TRACKING],
        _PROJECT,
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "待定", "100", "50", "50%"],
        ["", "其中：财政拨款", "100", "100", "50", "50%"],
        *_TRACKING_GRID,
    )
    assert budget_of(table) == [
        (TOTAL, "年度资金总额", None, Decimal(100), Decimal(50)),
        (FISCAL, "其中：财政拨款", Decimal(100), Decimal(100), Decimal(50)),
    ]
    assert findings(table) == [("malformed-amount", "年初预算数“待定”不是数字", "C4")]
