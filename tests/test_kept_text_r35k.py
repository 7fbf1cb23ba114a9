"""Text the grid reader dropped silently, now kept on the objects (r35k).

1. The 年度履职目标 column of a 部门整体 target table (``目标1：完成国土空间规划编制``,
   merged down over its rows) is each row's ``about``; the indicators read as before.
2. A 转移支付 table's ``地方主管部门`` beside its ``中央主管部门`` (the department) and
   ``资金使用单位`` (the implementer) is a note of the table.
3. A monitoring table's 偏差原因分析 (and 备注) on its budget row is a note naming the line.
4. The 指标解释 and 评（扣）分标准 columns of a 跟踪表 are the row's ``about`` (a target
   table keeps them in its remarks, r34g; a 跟踪表's remarks are the unit's own words).

Every table is built here and read as TSV, HTML and xlsx; its JSON reads back equal.
"""

from __future__ import annotations

import html
import io
import json

import pytest
from openpyxl import Workbook

import perftrack

Rows = tuple[tuple[str, ...], ...]


def _tsv(rows: Rows) -> bytes:
    return ("\n".join("\t".join(row) for row in rows) + "\n").encode()


def _html(rows: Rows) -> bytes:
    body = "\n".join(  # one row a line: an HTML cell's position is its line
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<html><body><table>{body}\n</table></body></html>".encode()


def _xlsx(rows: Rows, merges: tuple[str, ...] = ()) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])
    for merged in merges:
        sheet.merge_cells(merged)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _tables(rows: Rows, merges: tuple[str, ...] = ()) -> list[perftrack.Table]:
    """The first table of *rows* read from TSV, HTML and xlsx (*merges* in the xlsx)."""
    read = [
        perftrack.read(_tsv(rows), name="表.tsv")[0],
        perftrack.read(_html(rows), name="表.html")[0],
        perftrack.read(_xlsx(rows, merges), name="表.xlsx")[0],
    ]
    for table in read:
        text = perftrack.to_json(table)
        assert perftrack.from_json(text, perftrack.Table) == table
    return read


DUTY_HEAD: Rows = (
    ("部门整体绩效目标表",),
    ("（2024年度）",),
    ("部门名称", "XX县自然资源局"),
    ("年度履职目标", "一级指标", "二级指标", "三级指标", "指标值", "权重"),
)
GOAL1 = "年度履职目标：目标1：完成国土空间规划编制"
GOAL2 = "年度履职目标：目标2：开展土地执法"

DUTY_CASES = [
    (
        "goal merged down over two rows, then a second goal",
        (
            (
                "目标1：完成国土空间规划编制",
                "产出指标",
                "数量指标",
                "完成乡镇国土空间规划数量",
                "≥12个",
                "15",
            ),
            ("", "产出指标", "质量指标", "规划审批通过率", "100%", "10"),
            ("目标2：开展土地执法", "效益指标", "社会效益指标", "违法用地查处率", "≥95%", "10"),
        ),
        ("A5:A6",),
        (
            ("完成乡镇国土空间规划数量", "≥12(个)", "15", GOAL1, "A5"),
            ("规划审批通过率", "=100(%)", "10", GOAL1, "A5"),
            ("违法用地查处率", "≥95(%)", "10", GOAL2, "A7"),
        ),
    ),
    (
        "one goal over every row",
        (
            (
                "目标1：完成国土空间规划编制",
                "产出指标",
                "数量指标",
                "完成乡镇国土空间规划数量",
                "≥12个",
                "15",
            ),
            ("", "效益指标", "社会效益指标", "违法用地查处率", "≥95%", "10"),
        ),
        ("A5:A6",),
        (
            ("完成乡镇国土空间规划数量", "≥12(个)", "15", GOAL1, "A5"),
            ("违法用地查处率", "≥95(%)", "10", GOAL1, "A5"),
        ),
    ),
]


@pytest.mark.parametrize(
    ("rows", "merges", "expected"),
    [case[1:] for case in DUTY_CASES],
    ids=[case[0] for case in DUTY_CASES],
)
def test_duty_goal_column(
    rows: Rows, merges: tuple[str, ...], expected: tuple[tuple[str, str, str, str, str], ...]
) -> None:
    for table in _tables((*DUTY_HEAD, *rows), merges):
        got = tuple(
            (
                i.name,
                str(i.target),
                str(i.weight),
                i.about,
                (cell := i.cell_of("duty_goal")) and cell.cell,
            )
            for i in table.indicators
        )
        assert got == expected, table.source.file
        assert all(i.remarks == "" for i in table.indicators)
        assert not table.findings
        assert not table.notes
        written = json.loads(perftrack.to_json(table))["tables"][0]["indicators"]
        assert [i["about"] for i in written] == [row[3] for row in expected]


def test_no_duty_column_no_about() -> None:
    rows = (
        ("部门整体绩效目标表",),
        ("部门名称", "XX县自然资源局"),
        ("一级指标", "二级指标", "三级指标", "指标值", "权重"),
        ("产出指标", "数量指标", "完成乡镇国土空间规划数量", "≥12个", "15"),
    )
    for table in _tables(rows):
        assert table.indicators[0].about == ""
        assert table.indicators[0].cell_of("duty_goal") is None
        assert "about" not in json.loads(perftrack.to_json(table))["tables"][0]["indicators"][0]


TRANSFER_HEAD: Rows = (
    ("中央对地方转移支付区域绩效目标表",),
    ("（2024年度）",),
    ("转移支付名称", "耕地地力保护补贴"),
    ("中央主管部门", "农业农村部"),
)
TRANSFER_GRID: Rows = (
    ("一级指标", "二级指标", "三级指标", "指标值"),
    ("产出指标", "数量指标", "补贴面积", "≥10万亩"),
)
TRANSFER_CASES = [
    (
        "local department and the unit using the funds",
        (("地方主管部门", "省农业农村厅", "", "资金使用单位", "XX县农业农村局"),),
        ("农业农村部", "XX县农业农村局"),
        (("地方主管部门", "省农业农村厅", "B5"),),
    ),
    (
        "local department alone is the implementer, no note",
        (("地方主管部门", "省农业农村厅"),),
        ("农业农村部", "省农业农村厅"),
        (),
    ),
]


@pytest.mark.parametrize(
    ("rows", "project", "notes"),
    [case[1:] for case in TRANSFER_CASES],
    ids=[case[0] for case in TRANSFER_CASES],
)
def test_transfer_local_department(
    rows: Rows, project: tuple[str, str], notes: tuple[tuple[str, str, str], ...]
) -> None:
    for table in _tables((*TRANSFER_HEAD, *rows, *TRANSFER_GRID)):
        assert (table.project.department, table.project.implementer) == project
        got = tuple(
            (note.label, note.text, note.position.cell if note.position else None)
            for note in table.notes
        )
        assert got == notes, table.source.file
        assert [i.name for i in table.indicators] == ["补贴面积"]
        assert not table.findings


MONITOR_HEAD: Rows = (
    ("项目支出绩效运行监控表",),
    ("（2024年1-7月）",),
    ("项目名称", "某项目"),
    ("主管部门", "某局"),
    (
        "项目资金（万元）",
        "",
        "年初预算数",
        "1-7月执行数",
        "1-7月执行率",
        "全年预计执行数",
        "偏差原因分析",
        "完成目标可能性",
        "备注",
    ),
)
MONITOR_GRID: Rows = (
    (
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-7月执行情况",
        "全年预计完成情况",
        "偏差原因分析",
        "完成目标可能性",
        "备注",
    ),
    ("产出指标", "数量指标", "培训人次", "≥100人次", "60人次", "100人次", "", "确定能完成", ""),
)
MONITOR_CASES = [
    (
        "a reason on the total line",
        (("年度资金总额", "", "100", "40", "40%", "100", "人员保障", "确定能完成", ""),),
        (("年度资金总额", "偏差原因分析：人员保障", "G6"),),
    ),
    (
        "a reason and a remark on the total line",
        (("年度资金总额", "", "100", "40", "40%", "100", "人员保障", "确定能完成", "分批下达"),),
        (
            ("年度资金总额", "偏差原因分析：人员保障", "G6"),
            ("年度资金总额", "备注：分批下达", "I6"),
        ),
    ),
    (
        "a placeholder reason says nothing",
        (("年度资金总额", "", "100", "40", "40%", "100", "无", "确定能完成", "暂无"),),
        (),
    ),
    (
        "a reason on a source line",
        (
            ("年度资金总额", "", "100", "40", "40%", "100", "", "确定能完成", ""),
            ("其中：财政拨款", "", "100", "40", "40%", "100", "资金未到位", "确定能完成", ""),
        ),
        (("财政拨款", "偏差原因分析：资金未到位", "G7"),),
    ),
]


@pytest.mark.parametrize(
    ("rows", "notes"),
    [case[1:] for case in MONITOR_CASES],
    ids=[case[0] for case in MONITOR_CASES],
)
def test_budget_line_reason(rows: Rows, notes: tuple[tuple[str, str, str], ...]) -> None:
    for table in _tables((*MONITOR_HEAD, *rows, *MONITOR_GRID)):
        total = table.budget[0]
        assert (total.source, total.initial, total.executed, total.rate, total.forecast) == (
            "年度资金总额",
            100,
            40,
            40,
            100,
        )
        got = tuple(
            (note.label, note.text, note.position.cell if note.position else None)
            for note in table.notes
        )
        assert got == notes, table.source.file
        assert [i.name for i in table.indicators] == ["培训人次"]


TRACK_HEAD: Rows = (
    ("项目绩效跟踪表",),
    ("（2024年1-6月）",),
    ("项目名称", "某项目"),
)
HEADER = ("一级指标", "二级指标", "三级指标", "指标解释", "评（扣）分标准", "年度指标值")
ROW = ("产出指标", "数量指标", "培训人次", "年内培训人次", "每少10人次扣1分", "≥100人次")
EXPLAINED = "指标解释：年内培训人次；评（扣）分标准：每少10人次扣1分"
EXPLANATION_CASES = [
    (
        "跟踪表: about, remarks the unit's own",
        TRACK_HEAD,
        (*HEADER, "1-6月实际完成值", "分值", "备注"),
        (*ROW, "60人次", "10", "进度正常"),
        ("进度正常", EXPLAINED, "D5"),
    ),
    (
        "跟踪表: a placeholder standard adds nothing",
        TRACK_HEAD,
        (*HEADER, "1-6月实际完成值", "分值", "备注"),
        (*ROW[:4], "/", ROW[5], "60人次", "10", ""),
        ("", "指标解释：年内培训人次", "D5"),
    ),
    (
        "target table: in the remarks as before (r34g), no about",
        (("项目绩效目标申报表",), ("（2024年度）",), ("项目名称", "某项目")),
        (*HEADER, "分值", "备注"),
        (*ROW, "10", "按计划"),
        (f"按计划；{EXPLAINED}", "", None),
    ),
]


@pytest.mark.parametrize(
    ("head", "header", "row", "expected"),
    [case[1:] for case in EXPLANATION_CASES],
    ids=[case[0] for case in EXPLANATION_CASES],
)
def test_explanation_columns(
    head: Rows,
    header: tuple[str, ...],
    row: tuple[str, ...],
    expected: tuple[str, str, str | None],
) -> None:
    for table in _tables((*head, header, row)):
        (indicator,) = table.indicators
        about_cell = indicator.cell_of("explanation") if indicator.about else None
        got = (indicator.remarks, indicator.about, about_cell and about_cell.cell)
        assert got == expected, table.source.file
        assert (indicator.name, str(indicator.target)) == ("培训人次", "≥100(人次)")


def test_duty_goal_header_only_whole() -> None:
    """年度履职目标完成情况 names no duty-goal column: its cells give no about."""
    rows = (
        ("部门整体绩效目标表",),
        ("部门名称", "XX县自然资源局"),
        ("年度履职目标完成情况", "一级指标", "二级指标", "三级指标", "指标值", "权重"),
        ("已完成", "产出指标", "数量指标", "完成乡镇国土空间规划数量", "≥12个", "15"),
    )
    for table in _tables(rows):
        assert [(i.name, i.about) for i in table.indicators] == [("完成乡镇国土空间规划数量", "")]


ROWSPAN = """<table><tr><td>部门整体绩效目标表</td></tr>
<tr><td>部门名称</td><td>XX县自然资源局</td></tr>
<tr><td>年度履职目标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>权重</td></tr>
<tr><td rowspan=2>目标1：完成国土空间规划编制</td><td rowspan=2>产出指标</td><td>数量指标</td>\
<td>完成乡镇国土空间规划数量</td><td>≥12个</td><td>15</td></tr>
<tr><td>质量指标</td><td>规划审批通过率</td><td>100%</td><td>10</td></tr>
<tr><td>目标2：开展土地执法</td><td>效益指标</td><td>社会效益指标</td><td>违法用地查处率</td>\
<td>≥95%</td><td>10</td></tr>
</table>"""


def test_duty_goal_html_rowspan() -> None:
    """A goal merged down by ``rowspan`` reaches every row under it."""
    table = perftrack.read(ROWSPAN.encode(), name="表.html")[0]
    got = [
        (i.level1, i.name, i.about, (cell := i.cell_of("duty_goal")) and cell.cell)
        for i in table.indicators
    ]
    assert got == [
        ("产出指标", "完成乡镇国土空间规划数量", GOAL1, "A4"),
        ("产出指标", "规划审批通过率", GOAL1, "A4"),
        ("效益指标", "违法用地查处率", GOAL2, "A6"),
    ]
    assert not table.findings
    assert perftrack.from_json(perftrack.to_json(table), perftrack.Table) == table
