"""Reading gaps of target tables (绩效目标表 / 绩效目标申报表), r34g.

1. A grid column headed 指标值说明, 指标值设定依据, 设定依据, 指标解释 or 评（扣）分标准
   is text about the target: kept in the row's remarks under its header, never a
   second target (指标值说明 and 指标值设定依据 were one, with ``grid-column-duplicate``
   and their text lost) and never shifting the other columns.
2. 指标方向性 words: 越大越好 / 正向 / 正向指标 → higher, 越小越好 / 反向 / 逆向 /
   逆向指标 → lower, 适中 / 区间 → no direction (the target's operator decides); the same
   words in a 指标性质 column say the direction too and are no operator of the target.
3. A title ending in 绩效目标 without 表 (2024年度农村饮水安全项目绩效目标) is a title.
4. A bare 年度资金总额 | 300 line (and 其中：财政拨款 | 200 under it) is the budget;
   年度资金总额 | 待定 is said at its cell (``malformed-amount``).

Every table is a TSV through :func:`perftrack.read_text`.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetRole, Direction, TableKind

_TITLE = "2025年度项目支出绩效目标申报表"
_PROJECT = ["项目名称", "农村饮水安全"]
_GRID = [
    ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
    ["产出指标", "数量指标", "新建供水工程", "≥12处", "20"],
]


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines))
    return table


def _text(value: object) -> str | None:
    return None if value is None else value.text  # type: ignore[attr-defined]


def rows_of(table: perftrack.Table) -> list[tuple[object, ...]]:
    """Each indicator's name, target, actual, weight, direction and remarks."""
    return [
        (
            indicator.name,
            _text(indicator.target),
            _text(indicator.actual),
            indicator.weight,
            indicator.direction,
            indicator.remarks,
        )
        for indicator in table.indicators
    ]


def findings(table: perftrack.Table) -> list[tuple[str, str, str | None]]:
    return [(f.id, f.message, f.where.cell) for f in table.findings]


# ---------------------------------------------------------------------------
# 1. Columns about the target


@pytest.mark.parametrize(
    "header",
    ["指标值说明", "指标值设定依据", "设定依据", "指标解释", "评（扣）分标准", "目标值说明"],
)
@pytest.mark.parametrize("place", ["after-target", "before-target"])
def test_explanation_column_goes_to_remarks(header: str, place: str) -> None:
    head = ["一级指标", "二级指标", "三级指标", "指标值", header, "权重"]
    first = ["产出指标", "数量指标", "新建供水工程", "≥12处", "依据年度建设计划", "20"]
    second = ["效益指标", "社会效益指标", "受益人口", "≥3万人", "", "10"]
    if place == "before-target":
        for line in (head, first, second):
            line[3], line[4] = line[4], line[3]
    table = read(_TITLE, _PROJECT, head, first, second)
    assert rows_of(table) == [
        ("新建供水工程", "≥12处", None, Decimal(20), None, f"{header}：依据年度建设计划"),
        ("受益人口", "≥3万人", None, Decimal(10), None, ""),
    ]
    assert findings(table) == []


def test_explanation_columns_join_the_remarks_in_order() -> None:
    table = read(
        _TITLE,
        _PROJECT,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标解释", "评（扣）分标准", "备注"],
        ["产出指标", "数量指标", "新建供水工程", "≥12处", "年内建成工程数", "每少1处扣2分", "新建"],
    )
    assert rows_of(table) == [
        (
            "新建供水工程",
            "≥12处",
            None,
            None,
            None,
            "新建；指标解释：年内建成工程数；评（扣）分标准：每少1处扣2分",
        ),
    ]
    assert findings(table) == []


def test_explanation_placeholder_adds_nothing() -> None:
    table = read(
        _TITLE,
        _PROJECT,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"],
        ["产出指标", "数量指标", "新建供水工程", "≥12处", "无"],
    )
    assert rows_of(table) == [("新建供水工程", "≥12处", None, None, None, "")]


def test_scoring_standard_in_self_evaluation_stays_unread() -> None:
    # a 自评表's remarks are the unit's words, which scoring reads: the standard is not
    table = read(
        "2024年度项目支出绩效自评表",
        _PROJECT,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分标准", "分值"],
        ["产出指标", "数量指标", "新建供水工程", "≥12处", "12处", "未开展不得分", "20"],
    )
    assert rows_of(table) == [("新建供水工程", "≥12处", "12处", Decimal(20), None, "")]
    assert findings(table) == []


# ---------------------------------------------------------------------------
# 2. Direction words


@pytest.mark.parametrize(
    ("word", "direction"),
    [
        ("越大越好", Direction.HIGHER),
        ("正向", Direction.HIGHER),
        ("正向指标", Direction.HIGHER),
        ("越高越好", Direction.HIGHER),
        ("越小越好", Direction.LOWER),
        ("反向", Direction.LOWER),
        ("反向指标", Direction.LOWER),
        ("逆向", Direction.LOWER),
        ("逆向指标", Direction.LOWER),
        ("越低越好", Direction.LOWER),
        ("适中", None),
        ("区间", None),
    ],
)
def test_direction_column_words(word: str, direction: Direction | None) -> None:
    table = read(
        _TITLE,
        _PROJECT,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标方向性", "权重"],
        ["产出指标", "成本指标", "单位供水成本", "3.5元/吨", word, "10"],
    )
    assert rows_of(table) == [("单位供水成本", "3.5元/吨", None, Decimal(10), direction, "")]
    assert findings(table) == []


@pytest.mark.parametrize(
    ("word", "direction"),
    [
        ("反向", Direction.LOWER),
        ("逆向", Direction.LOWER),
        ("越小越好", Direction.LOWER),
        ("正向指标", Direction.HIGHER),
        ("定量", None),
    ],
)
def test_direction_word_in_nature_column(word: str, direction: Direction | None) -> None:
    table = read(
        _TITLE,
        _PROJECT,
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "成本指标", "单位供水成本", word, "3.5", "元/吨"],
    )
    assert rows_of(table) == [("单位供水成本", "3.5元/吨", None, None, direction, "")]


# ---------------------------------------------------------------------------
# 3. A title ending in 绩效目标


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2024年度农村饮水安全项目绩效目标", 2024),
        ("XX项目2025年绩效目标", 2025),
        ("农村饮水安全项目绩效目标（2025年度）", 2025),
    ],
)
def test_title_ending_in_goal_word(title: str, year: int) -> None:
    table = read(title, _PROJECT, *_GRID)
    assert (table.kind, table.title, table.year) == (TableKind.TARGET, title, year)
    assert rows_of(table) == [("新建供水工程", "≥12处", None, Decimal(20), None, "")]


def test_goal_row_label_is_no_title() -> None:
    # 年度绩效目标 | …: the goal, as before (no year: never a title)
    table = read(_TITLE, _PROJECT, ["年度绩效目标", "新建供水工程12处。"], *_GRID)
    assert table.title == _TITLE
    assert table.overall_goal == perftrack.OverallGoal("新建供水工程12处。")


# ---------------------------------------------------------------------------
# 4. A bare budget line


def budget_of(table: perftrack.Table) -> list[tuple[BudgetRole, str, Decimal | None]]:
    return [(line.role, line.source, line.initial) for line in table.budget]


@pytest.mark.parametrize(
    ("lines", "unit", "expected"),
    [
        pytest.param(
            [["年度资金总额", "300"]],
            None,
            [(BudgetRole.TOTAL, "年度资金总额", Decimal(300))],
            id="bare",
        ),
        pytest.param(
            ["年度资金总额：300万元"],
            "万元",
            [(BudgetRole.TOTAL, "年度资金总额", Decimal(300))],
            id="colon-with-unit",
        ),
        pytest.param(
            [["年度资金总额", "300"], ["其中：财政拨款", "200"]],
            None,
            [
                (BudgetRole.TOTAL, "年度资金总额", Decimal(300)),
                (BudgetRole.APPROPRIATION, "其中：财政拨款", Decimal(200)),
            ],
            id="with-appropriation",
        ),
        pytest.param(
            [["年度资金总额（万元）", "300"], ["其中：财政拨款", "200"]],
            "万元",
            [
                (BudgetRole.TOTAL, "年度资金总额（万元）", Decimal(300)),
                (BudgetRole.APPROPRIATION, "其中：财政拨款", Decimal(200)),
            ],
            id="unit-in-label",
        ),
    ],
)
def test_bare_budget_line(
    lines: list[list[str] | str],
    unit: str | None,
    expected: list[tuple[BudgetRole, str, Decimal | None]],
) -> None:
    table = read(_TITLE, _PROJECT, *lines, *_GRID)
    assert budget_of(table) == expected
    assert table.budget_unit == unit
    assert findings(table) == []
    assert rows_of(table) == [("新建供水工程", "≥12处", None, Decimal(20), None, "")]


@pytest.mark.parametrize(
    ("lines", "cell", "expected"),
    [
        pytest.param(
            [["年度资金总额", "待定"]],
            "B3",
            [(BudgetRole.TOTAL, "年度资金总额", None)],
            id="bare",
        ),
        pytest.param(
            [["年度资金总额", "待定"], ["其中：财政拨款", "200"]],
            "B3",
            [
                (BudgetRole.TOTAL, "年度资金总额", None),
                (BudgetRole.APPROPRIATION, "其中：财政拨款", Decimal(200)),
            ],
            id="with-appropriation",
        ),
        pytest.param(
            ["年度资金总额：待定"],
            "A3",
            [(BudgetRole.TOTAL, "年度资金总额：待定", None)],
            id="colon",
        ),
    ],
)
def test_bare_budget_line_without_figure_is_said(
    lines: list[list[str] | str],
    cell: str,
    expected: list[tuple[BudgetRole, str, Decimal | None]],
) -> None:
    table = read(_TITLE, _PROJECT, *lines, *_GRID)
    assert budget_of(table) == expected
    assert findings(table) == [
        ("malformed-amount", "预算“年度资金总额”的金额“待定”不是数字，未读入", cell)
    ]


def test_bare_budget_line_dash_is_no_amount_silently() -> None:
    table = read(_TITLE, _PROJECT, ["年度资金总额", "—"], *_GRID)
    assert budget_of(table) == [(BudgetRole.TOTAL, "年度资金总额", None)]
    assert findings(table) == []
