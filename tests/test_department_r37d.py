"""r37d: department-wide self-evaluation tables (部门整体支出绩效自评表), end to end.

Each table is built here as a TSV (and, for the levels, an .xlsx with merged level cells
written with openpyxl); each case fails before its fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

Rows = list[list[str]]


def _tsv(rows: Rows) -> perftrack.Table:
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


def _xlsx(rows: Rows, merges: tuple[str, ...], path: Path) -> perftrack.Table:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])
    for cells in merges:
        sheet.merge_cells(cells)
    file = path / "r37d.xlsx"
    book.save(file)
    return perftrack.read(file)[0]


def _findings(table: perftrack.Table) -> list[tuple[str, str]]:
    return [(finding.id, finding.message) for finding in score(table).findings]


# --- 1: a department level 1's level 2 named like a project level 1 (社会效应 | 满意度) ---

_HEAD: Rows = [
    ["2023年度部门整体支出绩效自评表"],
    ["部门名称", "某区市场监督管理局"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
    ["", "履职效能（50分）", "重点工作", "食品安全抽检批次", "≥5000批次", "5230批次", "50", "50"],
]
_SOCIAL = ["社会效益", "食品安全事故发生数", "0起", "0起", "20", "20"]


def _satisfaction(word: str) -> list[str]:
    return [word, "群众满意度", "≥90%", "95%", "20", "20"]


def _group(first: list[str], second: list[str]) -> Rows:
    return [["", "社会效应（40分）", *first], ["", "", *second]]


_LEVEL_CASES = {
    # 满意度 on the level 1's first row, beside the printed 社会效应
    "printed-first": (
        _group(_satisfaction("满意度"), _SOCIAL),
        [
            ("履职效能", "重点工作", "食品安全抽检批次"),
            ("社会效应", "满意度指标", "群众满意度"),
            ("社会效应", "社会效益指标", "食品安全事故发生数"),
        ],
    ),
    # 满意度指标 under the 社会效应 merged down (blank level 1 cell)
    "carried": (
        _group(_SOCIAL, _satisfaction("满意度指标")),
        [
            ("履职效能", "重点工作", "食品安全抽检批次"),
            ("社会效应", "社会效益指标", "食品安全事故发生数"),
            ("社会效应", "满意度指标", "群众满意度"),
        ],
    ),
    # the level 1's only row, its weight in the label beside it
    "alone": (
        [["", "社会效应（20分）", *_satisfaction("满意度")], ["", "管理效率", *_SOCIAL]],
        [
            ("履职效能", "重点工作", "食品安全抽检批次"),
            ("社会效应", "满意度指标", "群众满意度"),
            ("管理效率", "社会效益指标", "食品安全事故发生数"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(_LEVEL_CASES))
def test_department_level2_named_like_project_level1(case: str, tmp_path: Path) -> None:
    """Before: 满意度 was the level 1 满意度指标; 社会效应 lost a row (a false
    level1-weight-mismatch ``一级指标“社会效应”标注40分，其下各项分值合计20``) or, printed
    first, all of them (社会效益 moved to 效益指标 with category-normalised)."""
    group, expected = _LEVEL_CASES[case]
    rows = _HEAD + group
    merges = () if case == "alone" else ("B5:B6",)  # 社会效应 merged down its group
    for table in (_tsv(rows), _xlsx(rows, merges, tmp_path)):
        assert [(i.level1, i.level2, i.name) for i in table.indicators] == expected
        codes = _findings(table)
        assert [code for code in codes if code[0] != "missing-project-name"] == [], codes


# --- 2: one source printed beside the uses (资金总额 | 基本支出 | 项目支出 | 其他资金) -------

_BUDGET_HEAD: Rows = [
    ["部门整体支出绩效自评表"],
    ["（2023年度）"],
    ["部门（单位）名称", "某县自然资源和规划局"],
    [
        "预算执行情况（万元）",
        "",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ],
    ["", "资金总额", "2860.00", "3120.50", "2987.30", "10", "95.73%", "9.57"],
]
_USES: Rows = [
    ["", "其中：基本支出", "1980.00", "2010.00", "2003.10", "—", "99.66%", "—"],
    ["", "项目支出", "880.00", "1110.50", "984.20", "—", "88.63%", "—"],
]
_GRID: Rows = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["", "产出指标", "数量指标", "规划编制完成数", "≥1个", "1个", "30", "30"],
    ["", "效益指标", "社会效益指标", "耕地保有量", "≥42万亩", "42.3万亩", "30", "30"],
    ["", "满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "93.2%", "30", "30"],
]
_ADJUSTED = (
    "budget-adjusted",
    (
        "“资金总额”预算由年初2860.00调整为3120.50，其中“基本支出”由1980.00调整为2010.00，"
        "“项目支出”由880.00调整为1110.50"
    ),
)

_SOURCE_CASES = {
    # 其他资金 0: before, 年初预算数各项合计0与总额2860.00不符 (and in the two other columns)
    "other-zero": (["", "其他资金", "0", "0", "0", "—", "—", "—"], [_ADJUSTED]),
    # a part of the money from other sources, the rest (the appropriation) not printed
    "other-some": (
        ["", "其他资金", "120.00", "120.00", "100.00", "—", "83.33%", "—"],
        [_ADJUSTED],
    ),
    # the only source equal to the total in a column is the whole: still held to it
    "appropriation-whole": (
        ["", "财政拨款", "2860.00", "3100.50", "2987.30", "—", "96.35%", "—"],
        [
            (
                "budget-adjusted",
                (
                    "“资金总额”预算由年初2860.00调整为3120.50，其中“基本支出”由1980.00调整为2010.00，"
                    "“项目支出”由880.00调整为1110.50，“财政拨款”由2860.00调整为3100.50"
                ),
            ),
            ("budget-sum-mismatch", "全年预算数各项合计3100.50与总额3120.50不符"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(_SOURCE_CASES))
def test_lone_source_beside_uses(case: str) -> None:
    line, expected = _SOURCE_CASES[case]
    table = _tsv([*_BUDGET_HEAD, *_USES, line, *_GRID])
    budget = [(one.role.value, one.source) for one in table.budget]
    assert budget == [
        ("total", "资金总额"),
        ("use", "其中：基本支出"),
        ("use", "项目支出"),
        (table.budget[3].role.value, line[1]),
    ]
    assert [f for f in _findings(table) if f[0].startswith("budget")] == expected


# --- 3: the department named by the title (某县教育局2023年度部门整体支出绩效自评表) ------

_BODY: Rows = [
    _BUDGET_HEAD[3],
    _BUDGET_HEAD[4],
    ["", "其中：财政拨款", "2860.00", "3120.50", "2987.30", "", "95.73%", ""],
    *_GRID,
]

_TITLE_CASES = {
    # the unit before the year
    "unit-year": (
        ["某县自然资源和规划局2023年度部门整体支出绩效自评表"],
        [],
        ("某县自然资源和规划局", "某县自然资源和规划局", None),
        ("A1", "A1"),
    ),
    # the year before the unit, 单位整体
    "year-unit": (
        ["2023年度某县司法局单位整体支出绩效自评表"],
        [],
        ("某县司法局", "某县司法局", None),
        ("A1", "A1"),
    ),
    # a form's number before it
    "form-number": (
        ["附表3-2 某县教育局2023年度部门整体支出绩效自评表"],
        [],
        ("某县教育局", "某县教育局", None),
        ("A1", "A1"),
    ),
    # a filing unit is the department (as before); the title still names the table
    "filer": (
        ["某县教育局2023年度部门整体支出绩效自评表"],
        ["填报单位：某县教育局"],
        ("某县教育局", "某县教育局", "某县教育局"),
        ("A1", None),
    ),
}


@pytest.mark.parametrize("case", sorted(_TITLE_CASES))
def test_department_named_by_title(case: str) -> None:
    """Before: name and department None (``— （未注明项目）``, 主管部门 ``—``)."""
    title, filer, project, cells = _TITLE_CASES[case]
    table = _tsv([title, *([filer] if filer else []), *_BODY])
    assert (table.project.name, table.project.department, table.project.implementer) == project
    where = dict(table.cells)
    assert (
        tuple(
            None if (at := where.get(name)) is None else f"{chr(64 + at.column)}{at.row}"
            for name in ("project.name", "project.department")
        )
        == cells
    )


@pytest.mark.parametrize(
    "title",
    [
        "2023年度部门整体支出绩效自评表",  # no unit
        "市本级2023年度部门整体支出绩效自评表",  # a generic word, no unit
        "某市2023年度市级部门整体支出绩效自评表",  # the form of a level's departments
        "附件2 2023年度部门整体支出绩效自评表",  # a form's number, no unit
    ],
)
def test_department_title_without_unit(title: str) -> None:
    """The title's words before 部门整体 that name no unit give no name (guards the rule)."""
    table = _tsv([[title], *_BODY])
    assert (table.project.name, table.project.department) == (None, None)
