"""Where the table-level fields stand (``Table.cells``), and findings that name them (r35b).

Indicators, budget lines and notes kept their cells; the title, project fields, period,
overall goal, judgement, 纠偏措施 and the published 总分 and grade did not, so a
``grade-mismatch`` or a ``judgement-optimistic`` on the table's judgement named no cell.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import openpyxl
import pytest

import perftrack
from fixtures_office import docx_bytes
from perftrack.scoring import score

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"


def _cells(table: perftrack.Table) -> list[tuple[str, str]]:
    return [(name, position.cell) for name, position in table.cells]


# --- the seed: both tables' cells, exactly --------------------------------------------


def test_seed_tables_name_their_cells() -> None:
    first, second = perftrack.read(SEED)
    assert _cells(first) == [
        ("title", "A3"),  # 财政项目支出绩效跟踪表
        ("project.name", "B7"),  # 项目名称 | 两新党建工作
        ("project.department", "B8"),  # 主管部门 | 上海市莘庄工业区(汇总)
        ("project.implementer", "E8"),  # … | 实施单位 | 上海市莘庄工业区党群工作部
        ("period", "A5"),  # 跟踪时段：（ 2023-1月 至 2023-8月 ）
        ("overall_goal.expected", "B15"),
        ("overall_goal.achieved", "E15"),
        ("judgement.budget_completion", "C29"),  # 确定能完成
        ("judgement.goal_completion", "C30"),  # 确定能完成
        ("corrective_measures", "B31"),  # 纠偏措施 left blank: the blank cell right of it (r37t J)
    ]
    assert _cells(second) == [
        ("title", "A33"),  # <h3 …>财政项目支出绩效跟踪表</h3>
        ("project.name", "C35"),
        ("project.department", "C36"),
        ("project.implementer", "F36"),
        ("period", "A34"),
        ("overall_goal.expected", "C43"),
        ("overall_goal.achieved", "F43"),
        ("judgement.budget_completion", "D57"),  # 有可能完成
        ("judgement.goal_completion", "D58"),  # 确定能完成
        ("corrective_measures", "C59"),  # 因党群服务中心升级改造项目…
    ]
    position = second.cell_of("judgement.goal_completion")
    assert position is not None
    assert (position.file, position.sheet, position.row, position.column) == (
        str(SEED),
        None,
        58,
        4,
    )
    assert first.cell_of("published.total") is None  # a tracking table prints no 总分


def test_seed_goal_judgement_finding_names_its_cell() -> None:
    second = perftrack.read(SEED)[1]
    found = [
        (f.where.cell, f.where.row, f.where.column, f.message)
        for f in score(second).findings
        if f.id == "judgement-optimistic" and f.where.indicator is None
    ]
    assert found == [
        (
            "D58",
            58,
            4,
            (
                "绩效目标完成可能性判断为“确定能完成”，但“社区党群服务中心党群之家(文体中心)升级改造”"
                "进度落后或未完成"
            ),
        )
    ]


# --- a 自评表's 总分 and grade: xlsx with merged cells, HTML with rowspan/colspan ------

_SELF_ROWS: list[list[str | None]] = [
    ["2024年度项目支出绩效自评表", None, None, None, None, None, None],
    ["项目名称", "农村饮水安全巩固提升", None, None, None, None, None],
    ["主管部门", "某县水利局", None, "实施单位", "某县水务中心", None, None],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "100.00", "100.00", "100.00", "10", "100%", "10"],
    ["年度总体目标", "预期目标", None, None, "实际完成情况", None, None],
    [None, "完成3处供水工程改造。", None, None, "已完成3处供水工程改造。", None, None],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "改造供水工程数量", "≥3处", "3处", "45", "45"],
    [None, "质量指标", "水质达标率", "≥95%", "96%", "45", "45"],
    ["总分", None, None, None, None, "100", "100"],
    ["自评等级", None, None, None, "良", None, None],
]
_SELF_MERGES = (
    "A1:G1",
    "B2:G2",
    "B3:C3",
    "E3:G3",
    "A6:A7",
    "B6:D6",
    "E6:G6",
    "B7:D7",
    "E7:G7",
    "A9:A10",
    "A11:E11",
    "A12:D12",
    "E12:G12",
)


def _xlsx(tmp_path: Path) -> perftrack.Table:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "自评表"
    for row in _SELF_ROWS:
        sheet.append(row)
    for cells in _SELF_MERGES:
        sheet.merge_cells(cells)
    file = tmp_path / "自评.xlsx"
    book.save(file)
    return perftrack.read(file)[0]


_HTML = """<html><body><table>
<tr><td colspan="7">2024年度项目支出绩效自评表</td></tr>
<tr><td>项目名称</td><td colspan="6">农村饮水安全巩固提升</td></tr>
<tr><td>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td>\
<td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>100.00</td><td>100.00</td><td>100.00</td><td>10</td><td>100%</td>\
<td>10</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>\
<td>分值</td><td>得分</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>改造供水工程数量</td><td>≥3处</td><td>3处</td>\
<td>45</td><td>45</td></tr>
<tr><td>质量指标</td><td>水质达标率</td><td>≥95%</td><td>96%</td><td>45</td><td>45</td></tr>
<tr><td colspan="5">总分</td><td>100</td><td>100</td></tr>
<tr><td colspan="4">自评等级</td><td colspan="3">良</td></tr>
</table></body></html>"""


def _html(_: Path) -> perftrack.Table:
    return perftrack.read(_HTML.encode(), name="自评.html")[0]


def _docx(_: Path) -> perftrack.Table:
    """The title a paragraph, the rest a Word table (row 2 on): 良 spans E12:G12."""
    rows = [[cell or "" for cell in row] for row in _SELF_ROWS[1:]]
    data = docx_bytes([str(_SELF_ROWS[0][0]), rows], merges={0: ["A5:A6", "E11:G11"]})
    return perftrack.read(data, name="自评.docx")[0]


def _markdown(_: Path) -> perftrack.Table:
    """A heading, a blank line, then the table: its header on line 3, rows from line 5."""
    rows = [[cell or "" for cell in row] for row in _SELF_ROWS[1:]]
    lines = [f"# {_SELF_ROWS[0][0]}", "", "| " + " | ".join(rows[0]) + " |", "|---" * 7 + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return perftrack.read("\n".join(lines).encode(), name="自评.md")[0]


def _tsv(_: Path) -> perftrack.Table:
    text = "\n".join("\t".join(cell or "" for cell in row) for row in _SELF_ROWS)
    return perftrack.read_text(text)[0]


@pytest.mark.parametrize(
    ("make", "sheet", "expected"),
    [
        pytest.param(
            _xlsx,
            "自评表",
            [
                ("title", "A1"),
                ("project.name", "B2"),
                ("project.department", "B3"),
                ("project.implementer", "E3"),
                ("period", "A1"),  # the title's 2024年度
                ("overall_goal.expected", "B7"),
                ("overall_goal.achieved", "E7"),
                ("published.total", "G11"),  # 总分 merged over A11:E11, 得分 in G
                ("published.grade", "E12"),  # 良 merged over E12:G12
            ],
            id="xlsx-merged",
        ),
        pytest.param(
            _html,
            None,
            # rows are the <tr>'s source lines: the table starts on line 2
            [
                ("title", "A2"),
                ("project.name", "B3"),
                ("period", "A2"),
                ("published.total", "G9"),  # colspan="5" before the 分值 and 得分
                ("published.grade", "E10"),  # colspan="4", then 良 colspan="3"
            ],
            id="html-spans",
        ),
        pytest.param(
            _tsv,
            None,
            [
                ("title", "A1"),
                ("project.name", "B2"),
                ("project.department", "B3"),
                ("project.implementer", "E3"),
                ("period", "A1"),
                ("overall_goal.expected", "B7"),
                ("overall_goal.achieved", "E7"),
                ("published.total", "G11"),
                ("published.grade", "E12"),
            ],
            id="tsv",
        ),
        pytest.param(
            _docx,
            None,
            [
                ("title", "A1"),  # the paragraph above the table
                ("project.name", "B2"),
                ("project.department", "B3"),
                ("project.implementer", "E3"),
                ("period", "A1"),
                ("overall_goal.expected", "B7"),
                ("overall_goal.achieved", "E7"),
                ("published.total", "G11"),
                ("published.grade", "E12"),  # a gridSpan of three
            ],
            id="docx-spans",
        ),
        pytest.param(
            _markdown,
            None,
            [
                ("title", "A1"),
                ("project.name", "B3"),  # the table's header row, line 3
                ("project.department", "B5"),  # line 4 is the |---| rule
                ("project.implementer", "E5"),
                ("period", "A1"),
                ("overall_goal.expected", "B9"),
                ("overall_goal.achieved", "E9"),
                ("published.total", "G13"),
                ("published.grade", "E14"),
            ],
            id="markdown",
        ),
    ],
)
def test_self_evaluation_total_and_grade_cells(
    tmp_path: Path,
    make: Callable[[Path], perftrack.Table],
    sheet: str | None,
    expected: list[tuple[str, str]],
) -> None:
    table = make(tmp_path)
    assert table.kind is perftrack.TableKind.SELF_EVALUATION
    assert (table.published.total, table.published.grade) == (100, "良")
    assert _cells(table) == expected
    assert {position.sheet for _, position in table.cells} == {sheet}
    # 100 graded 良: the grade's cell is named, where the unit corrects it
    mismatch = [
        (f.where.cell, f.where.sheet, f.message)
        for f in score(table).findings
        if f.id == "grade-mismatch"
    ]
    assert mismatch == [(dict(expected)["published.grade"], sheet, "总分100应评为“优”，表中为“良”")]


def test_points_sum_mismatch_names_the_total() -> None:
    """The 得分 adding up to 95 under a 总分 of 100: the 总分's cell."""
    rows = [list(row) for row in _SELF_ROWS]
    rows[9][6] = "40"
    table = perftrack.read_text("\n".join("\t".join(c or "" for c in row) for row in rows))[0]
    found = [
        (f.where.cell, f.message) for f in score(table).findings if f.id == "points-sum-mismatch"
    ]
    assert found == [("G11", "各项得分合计95与总分100不符，按合计应评为“优”，表中为“良”")]


def test_corrective_measures_finding_names_its_row() -> None:
    """A row behind, 纠偏措施 left blank: the finding names the blank cell the measures belong in.

    It named the label's cell (A6) until r37t J: the measures are written right of it.
    """
    lines = [
        "财政项目支出绩效跟踪表",
        "跟踪时段：2024年1月至2024年6月",
        "项目名称\t测试项目",
        "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t完成目标可能性",
        "产出指标\t数量指标\t培训人次\t≥1000人次\t100人次\t有可能完成",
        "纠偏措施\t",
    ]
    table = perftrack.read_text("\n".join(lines))[0]
    assert table.cell_of("corrective_measures") is not None
    found = [
        (f.where.cell, f.where.indicator)
        for f in score(table).findings
        if f.id == "missing-corrective-measures"
    ]
    assert found == [("B6", None)]


# --- equality, JSON --------------------------------------------------------------------


def test_cells_stay_outside_equality_and_repr() -> None:
    table = perftrack.read(SEED)[0]
    bare = attrs.evolve(table, cells=())
    assert table.cells
    assert table == bare
    assert hash(table) == hash(bare)
    assert repr(table) == repr(bare)
    assert "cells" not in repr(table.project)


def test_json_writes_and_reads_back_the_cells() -> None:
    table = perftrack.read(SEED)[1]
    text = perftrack.to_json(table)
    written = json.loads(text)["tables"][0]
    assert list(written)[-1] == "cells"  # after every field the document had
    assert written["cells"] == dict(_cells(table))
    again = perftrack.from_json(text, perftrack.Table)
    assert isinstance(again, perftrack.Table)
    assert _cells(again) == _cells(table)
    assert again.cell_of("title") == table.cell_of("title")  # file and sheet: the source's
    # scored again, the judgement's finding names the same cell
    assert [f.where for f in score(again).findings] == [f.where for f in score(table).findings]
    # a table built in code has no cells, and no "cells" key
    built = perftrack.Table(perftrack.TableKind.TRACKING, "财政项目支出绩效跟踪表")
    assert "cells" not in json.loads(perftrack.to_json(built))["tables"][0]


def test_a_cover_sheet_gives_its_cells_with_its_sheet(tmp_path: Path) -> None:
    """Title and project on a 封面, the grid on the next sheet: each cell keeps its sheet."""
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "封面"
    for row in [["2024年度项目支出绩效自评表"], ["项目名称", "农村饮水安全巩固提升"]]:
        cover.append(row)
    grid = book.create_sheet("指标")
    for row in [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "改造供水工程数量", "≥3处", "3处", "50", "50"],
        ["产出指标", "质量指标", "水质达标率", "≥95%", "96%", "50", "50"],
        ["总分", "", "", "", "", "100", "100"],
        ["自评等级", "良"],
    ]:
        grid.append(row)
    file = tmp_path / "封面.xlsx"
    book.save(file)
    (table,) = perftrack.read(file)
    assert [(name, position.sheet, position.cell) for name, position in table.cells] == [
        ("title", "封面", "A1"),
        ("project.name", "封面", "B2"),
        ("period", "封面", "A1"),
        ("published.total", "指标", "G4"),
        ("published.grade", "指标", "B5"),
    ]
    mismatch = [
        (f.where.sheet, f.where.cell) for f in score(table).findings if f.id == "grade-mismatch"
    ]
    assert mismatch == [("指标", "B5")]


def test_a_placeholder_goal_is_named_at_its_cell() -> None:
    """年度绩效目标 | 见附件 in a target table: missing-overall-goal at B3."""
    lines = [
        "2026年度项目支出绩效目标申报表",
        "项目名称\t测试项目",
        "年度绩效目标\t见附件",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人次\t≥100人次",
    ]
    table = perftrack.read_text("\n".join(lines))[0]
    found = [
        (f.where.cell, f.message) for f in score(table).findings if f.id == "missing-overall-goal"
    ]
    assert found == [("B3", "年度总体目标未填写")]
