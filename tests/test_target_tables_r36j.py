"""r36j: two gaps in 绩效目标表 (target tables).

(1) ``target-above-midterm`` on two figures with no unit (``≥50 | ≥60`` on
``改造管网长度``): the same indicator's, in the same unit, so they compare.
(2) A 部门整体目标表 whose money is only its task list's, under the 财政部 template's
header of two rows (``预算金额（万元）`` over ``总额 | 财政拨款 | 其他资金``): its
``金额合计`` is the budget (total and sources), the tasks no lines.

Tables are written here as TSV, and as .xlsx with merged header cells (openpyxl).
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack import BudgetRole
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

# ---------------------------------------------------------------------------
# (1) target-above-midterm with no unit on either figure

_HEAD = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "城区供水管网改造"],
    ["项目资金（万元）", "年度资金总额", "500.00"],
    ["年度绩效目标", "完成年度建设任务。"],
]
_MID = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
_MID_UNIT = [*_MID, "度量单位"]
_ABOVE = "“{}”年度指标“{}”高于实施期指标“{}”，年度目标不应超过整个实施期"
_NO_UNIT = "“{}”数量指标未写计量单位"
_CHECKED = frozenset({"target-above-midterm", "target-missing-unit"})


def _tsv(rows: list[list[str]]) -> perftrack.Table:
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return table


def _found(table: perftrack.Table) -> list[tuple[str, str | None, str]]:
    return [(f.id, f.where.cell, f.message) for f in score(table).findings if f.id in _CHECKED]


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造管网长度", "≥50", "≥60"],
            [
                ("target-missing-unit", "E6", _NO_UNIT.format("改造管网长度")),
                ("target-above-midterm", "E6", _ABOVE.format("改造管网长度", "≥60", "≥50")),
            ],
            id="unitless-floors",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "新建泵站", "3", "5"],
            [
                ("target-missing-unit", "E6", _NO_UNIT.format("新建泵站")),
                ("target-above-midterm", "E6", _ABOVE.format("新建泵站", "5", "3")),
            ],
            id="unitless-bare-amounts",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造管网长度", "≥60", "≥50"],
            [("target-missing-unit", "E6", _NO_UNIT.format("改造管网长度"))],
            id="unitless-within",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造管网长度", "≥50", "≥50"],
            [("target-missing-unit", "E6", _NO_UNIT.format("改造管网长度"))],
            id="unitless-equal",
        ),
        pytest.param(
            _MID_UNIT,
            ["产出指标", "数量指标", "改造管网长度", "≥50", "≥60", "公里"],
            [
                (
                    "target-above-midterm",
                    "E6",
                    _ABOVE.format("改造管网长度", "≥60公里", "≥50公里"),
                )
            ],
            id="unit-column-as-before",
        ),
        # a share, a level or a score with no unit: levels, not amounts of the period
        pytest.param(
            _MID,
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥85", "≥90"],
            [],
            id="unitless-satisfaction",
        ),
        pytest.param(
            _MID,
            ["效益指标", "社会效益指标", "居民满意", "≥85", "≥90"],
            [],
            id="unitless-satisfied-by-name",
        ),
        pytest.param(
            _MID,
            ["产出指标", "质量指标", "工程验收合格率", "≥90", "≥95"],
            [],
            id="unitless-rate",
        ),
        pytest.param(
            _MID,
            ["产出指标", "质量指标", "工程验收合格", "≥95", "≥98"],
            [],
            id="unitless-quality-level2",
        ),
        pytest.param(
            _MID,
            ["效益指标", "社会效益指标", "绩效考核得分", "≥85", "≥90"],
            [],
            id="unitless-score",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "管网漏损占比", "≥8", "≥9"],
            [("target-missing-unit", "E6", _NO_UNIT.format("管网漏损占比"))],
            id="unitless-share-word",
        ),
        # a 中期 figure per year, a ceiling that is not money: left alone as with units
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "年新增公园数量", "2", "3"],
            [("target-missing-unit", "E6", _NO_UNIT.format("年新增公园数量"))],
            id="unitless-per-year-name",
        ),
        pytest.param(
            _MID,
            ["效益指标", "社会效益指标", "群众投诉次数", "≤10", "≤15"],
            [],
            id="unitless-ceiling-not-money",
        ),
        # a unit on one side only is both's (r37e: r36j left them apart), each cell
        # quoted as printed (r37j: r37e showed the bare one with the other's unit);
        # units apart: as before, no comparison
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造管网长度", "≥50", "≥60公里"],
            [
                (
                    "target-above-midterm",
                    "E6",
                    _ABOVE.format("改造管网长度", "≥60公里", "≥50"),
                )
            ],
            id="unit-on-the-year-only",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造管网长度", "≥50公里", "≥60"],
            [
                ("target-missing-unit", "E6", _NO_UNIT.format("改造管网长度")),
                (
                    "target-above-midterm",
                    "E6",
                    _ABOVE.format("改造管网长度", "≥60", "≥50公里"),
                ),
            ],
            id="unit-on-the-period-only",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造户数", "100户", "120个"],
            [],
            id="units-apart",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造户数", "≥90%", "≥120个"],
            [],
            id="percent-against-count",
        ),
        pytest.param(
            _MID,
            ["成本指标", "经济成本指标", "建设成本", "≤1000万元", "≤12000000元"],
            [
                (
                    "target-above-midterm",
                    "E6",
                    _ABOVE.format("建设成本", "≤12000000元", "≤1000万元"),
                )
            ],
            id="money-converted-as-before",
        ),
    ],
)
def test_year_above_midterm_without_units(
    header: list[str], row: list[str], expected: list[tuple[str, str | None, str]]
) -> None:
    assert _found(_tsv([*_HEAD, header, row])) == expected


# ---------------------------------------------------------------------------
# (2) a 部门整体目标表 whose budget is its task list's 金额合计

_TITLE = [["2026年度部门整体支出绩效目标表"], ["部门（单位）名称", "某县住房和城乡建设局"]]
_TWO_ROW_TASKS = [
    ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "", ""],
    ["", "", "", "总额", "财政拨款", "其他资金"],
    ["", "城区供水管网改造", "改造供水管网50公里", "3000", "2900", "100"],
    ["", "老旧小区改造", "改造老旧小区12个", "1200", "1100", "100"],
    ["金额合计", "", "", "4200", "4000", "200"],
]
_GRID = [
    ["年度总体目标", "完成城区供水管网和老旧小区改造。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "改造供水管网长度", "≥50公里"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
]
_LINES = [
    (BudgetRole.TOTAL, "金额合计", Decimal(4200), "A7", "D7"),
    (BudgetRole.APPROPRIATION, "财政拨款", Decimal(4000), "E4", "E7"),
    (BudgetRole.OTHER, "其他资金", Decimal(200), "F4", "F7"),
]


def _lines(table: perftrack.Table) -> list[tuple[BudgetRole, str, Decimal | None, str, str]]:
    return [
        (line.role, line.source, line.initial, line.position.cell, line.cells[0][1].cell)
        for line in table.budget
        if line.position is not None
    ]


def _budget_findings(table: perftrack.Table) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in score(table).findings if f.id.startswith("budget")]


def _xlsx(rows: list[list[str]], merges: list[str], tmp_path: Path) -> perftrack.Table:
    from openpyxl import Workbook  # noqa: PLC0415  (optional dependency of the tests)

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "目标表"
    for row_index, row in enumerate(rows, start=1):
        for column_index, text in enumerate(row, start=1):
            if text:
                value: object = int(text) if text.isdigit() else text
                sheet.cell(row=row_index, column=column_index, value=value)
    for ref in merges:
        sheet.merge_cells(ref)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / "部门整体目标表.xlsx"
    path.write_bytes(buffer.getvalue())
    (table,) = perftrack.read(path)
    return table


def test_two_row_task_header_sum_is_the_budget_tsv() -> None:
    table = _tsv([*_TITLE, *_TWO_ROW_TASKS, *_GRID])
    assert _lines(table) == _LINES
    assert table.budget_unit == "万元"
    assert table.findings == ()
    assert _budget_findings(table) == []
    assert [indicator.name for indicator in table.indicators] == ["改造供水管网长度", "居民满意度"]


def test_two_row_task_header_sum_is_the_budget_xlsx(tmp_path: Path) -> None:
    # 年度主要任务 down the header and task rows, 任务名称 and 主要内容 down both header rows,
    # 预算金额（万元） across its three columns
    merges = ["A1:F1", "B2:F2", "A3:A6", "B3:B4", "C3:C4", "D3:F3", "A7:C7", "B8:F8"]
    table = _xlsx([*_TITLE, *_TWO_ROW_TASKS, *_GRID], merges, tmp_path)
    assert _lines(table) == _LINES
    assert table.budget_unit == "万元"
    assert table.findings == ()
    assert _budget_findings(table) == []


@pytest.mark.parametrize(
    ("tasks", "lines", "budget_findings"),
    [
        pytest.param(
            [*_TWO_ROW_TASKS[:4], ["金额合计", "", "", "4200", "4000", "100"]],
            [*_LINES[:2], (BudgetRole.OTHER, "其他资金", Decimal(100), "F4", "F7")],
            [("budget-sum-mismatch", "资金来源各项合计4100与总额4200不符")],
            id="sources-short-of-the-sum",
        ),
        pytest.param(
            [list(row[1:]) for row in _TWO_ROW_TASKS[:4]]
            + [["金额合计", "", "4200", "4000", "200"]],
            [
                (BudgetRole.TOTAL, "金额合计", Decimal(4200), "A7", "C7"),
                (BudgetRole.APPROPRIATION, "财政拨款", Decimal(4000), "D4", "D7"),
                (BudgetRole.OTHER, "其他资金", Decimal(200), "E4", "E7"),
            ],
            [],
            id="no-block-label",
        ),
        pytest.param(
            [
                ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
                ["", "机关运转保障", "保障机关正常运转", "1880.00"],
                ["", "乡村振兴", "实施人居环境整治", "980.00"],
                ["", "金额合计", "", "2860.00"],
            ],
            [(BudgetRole.TOTAL, "金额合计", Decimal("2860.00"), "B6", "D6")],
            [],
            id="one-money-column",
        ),
        # no 金额合计: the tasks are not added up into a budget
        pytest.param(_TWO_ROW_TASKS[:4], [], [], id="no-sum-row"),
    ],
)
def test_task_list_sum_shapes(
    tasks: list[list[str]],
    lines: list[tuple[BudgetRole, str, Decimal, str, str]],
    budget_findings: list[tuple[str, str]],
) -> None:
    table = _tsv([*_TITLE, *tasks, *_GRID])
    assert _lines(table) == lines
    assert table.findings == ()
    assert _budget_findings(table) == budget_findings


_BUDGET_BLOCK = [
    ["部门预算（万元）", "年度资金总额", "5600.00"],
    ["", "其中：财政拨款", "5000.00"],
    ["", "其他资金", "600.00"],
]


@pytest.mark.parametrize("budget_first", [True, False], ids=["budget-first", "tasks-first"])
def test_a_budget_block_wins_over_the_task_list(budget_first: bool) -> None:  # noqa: FBT001
    # beside a budget block the tasks' 金额合计 is no second total (not double-counted)
    parts = [*_BUDGET_BLOCK, *_TWO_ROW_TASKS] if budget_first else [*_TWO_ROW_TASKS, *_BUDGET_BLOCK]
    table = _tsv([*_TITLE, *parts, *_GRID])
    assert [(line.role, line.source, line.initial) for line in table.budget] == [
        (BudgetRole.TOTAL, "年度资金总额", Decimal("5600.00")),
        (BudgetRole.APPROPRIATION, "其中：财政拨款", Decimal("5000.00")),
        (BudgetRole.OTHER, "其他资金", Decimal("600.00")),
    ]
    assert table.findings == ()


def test_a_budget_block_after_a_one_row_task_lists_sum_is_read() -> None:
    # the sum row ends the list: before, the block after it was taken for tasks and the
    # tasks' 金额合计 (1800.00 / 1710.00) stood as the budget
    table = _tsv(
        [
            ["2024年度部门整体支出绩效自评表"],
            ["部门（单位）名称", "某市生态环境局"],
            ["年度主要任务", "任务名称", "主要内容", "预算数", "执行数", "执行率"],
            ["", "大气污染防治", "扬尘管控", "1800.00", "1710.00", "95.00%"],
            ["", "金额合计", "", "1800.00", "1710.00", "95.00%"],
            ["部门预算（万元）", "年度资金总额", "5600.00"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["履职效能", "部门职责履行", "任务完成率", "100%", "100%", "100", "100"],
        ]
    )
    assert [(line.role, line.source, line.initial, line.executed) for line in table.budget] == [
        (BudgetRole.TOTAL, "年度资金总额", Decimal("5600.00"), None)
    ]
    assert table.findings == ()
