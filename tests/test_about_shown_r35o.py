"""``Indicator.about`` shown beyond the model and JSON (r35o).

r35k kept the text printed about a row that is none of its values (the 年度履职目标
column of a 部门整体 target table, a 跟踪表's 指标解释 and 评（扣）分标准) in
``Indicator.about``; nothing else showed it.

1. ``to_frame`` has an ``about`` column, a text column after ``deviation_reason``.
2. The reports: the text report prints it as a line under the row's explanation; the
   Markdown and HTML indicator tables add a 表中说明 column after 偏差原因分析/备注 when
   a table has some; the CSV and the XLSX sheet 指标 add 表中说明 last, after 核心指标,
   when an indicator of the report has some. A report without any is as before.
3. A 部门职责 / 主要职责 column inside the indicator grid (``部门职责 | 一级指标 | … |
   指标值``, the duty merged down) is each row's ``about`` under its header, as r35k's
   年度履职目标 column; before, its header was taken for a 部门职责 note (r35d) and the
   grid was lost (``找到了指标表头，但表头下没有指标行``). Beside a 年度履职目标 column
   both are kept, in column order.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re

import attrs
import pytest
from openpyxl import Workbook

import perftrack
from perftrack.frames import to_frame
from perftrack.report import scorecard_text
from perftrack.reports import render
from perftrack.reports._common import ROW_HEADERS

pd = pytest.importorskip("pandas")

Rows = tuple[tuple[str, ...], ...]


def _tsv(rows: Rows) -> bytes:
    return ("\n".join("\t".join(row) for row in rows) + "\n").encode()


GOAL1 = "年度履职目标：目标1：完成国土空间规划编制"
GOAL2 = "年度履职目标：目标2：开展土地执法"
DUTY_TABLE: Rows = (
    ("部门整体绩效目标表",),
    ("（2024年度）",),
    ("部门名称", "XX县自然资源局"),
    ("年度履职目标", "一级指标", "二级指标", "三级指标", "指标值", "权重"),
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
)
EXPLAINED = "指标解释：年内培训人次；评（扣）分标准：每少10人次扣1分"
TRACK_TABLE: Rows = (
    ("项目绩效跟踪表",),
    ("（2024年1-6月）",),
    ("项目名称", "某项目"),
    (
        "一级指标",
        "二级指标",
        "三级指标",
        "指标解释",
        "评（扣）分标准",
        "年度指标值",
        "1-6月实际完成值",
        "分值",
        "备注",
    ),
    (
        "产出指标",
        "数量指标",
        "培训人次",
        "年内培训人次",
        "每少10人次扣1分",
        "≥100人次",
        "60人次",
        "10",
        "进度正常",
    ),
    ("产出指标", "质量指标", "培训合格率", "", "", "≥95%", "96%", "10", ""),
)

FRAME_CASES = [
    (
        "duty goals, merged down",
        DUTY_TABLE,
        (
            ("完成乡镇国土空间规划数量", "", "", GOAL1, "D5"),
            ("规划审批通过率", "", "", GOAL1, "D6"),
            ("违法用地查处率", "", "", GOAL2, "D7"),
        ),
    ),
    (
        "跟踪表 explanation beside remarks",
        TRACK_TABLE,
        (
            ("培训人次", "进度正常", "", EXPLAINED, "C5"),
            ("培训合格率", "", "", "", "C6"),
        ),
    ),
]


@pytest.mark.parametrize("scored", [False, True], ids=["table", "scorecard"])
@pytest.mark.parametrize(
    ("rows", "expected"), [case[1:] for case in FRAME_CASES], ids=[case[0] for case in FRAME_CASES]
)
def test_frame_about_column(
    rows: Rows,
    expected: tuple[tuple[str, str, str, str, str], ...],
    scored: bool,  # noqa: FBT001 - a parameter of the test
) -> None:
    table = perftrack.read(_tsv(rows), name="表.tsv")[0]
    df = to_frame(perftrack.score(table) if scored else table)
    columns = list(df.columns)
    at = columns.index("about")
    assert columns[at - 2 : at + 2] == ["remarks", "deviation_reason", "about", "cell"]
    assert isinstance(df["about"].dtype, pd.StringDtype)
    got = tuple(
        tuple(row)
        for row in df[["name", "remarks", "deviation_reason", "about", "cell"]].values.tolist()
    )
    assert got == expected


def test_frame_about_empty_input_has_the_column() -> None:
    empty = to_frame([])
    assert "about" in empty.columns
    assert isinstance(empty["about"].dtype, pd.StringDtype)
    assert len(empty.columns) == 68


# -- 2. the reports ----------------------------------------------------------------------

# A 跟踪表 whose 指标解释 holds the characters each format escapes.
ESCAPED_TRACK: Rows = (
    *TRACK_TABLE[:4],
    (
        "产出指标",
        "数量指标",
        "培训人次",
        "年内培训<人次>|a&b",
        "每少10人次扣1分",
        "≥100人次",
        "60人次",
        "10",
        "进度正常",
    ),
    TRACK_TABLE[5],
)
ESCAPED = "指标解释：年内培训<人次>|a&b；评（扣）分标准：每少10人次扣1分"
SEED = "examples/000_7a0b2a9980fedb64.txt"


def _card(rows: Rows, name: str = "表.tsv") -> perftrack.Scorecard:
    return perftrack.score(perftrack.read(_tsv(rows), name=name)[0])


def _seed_cards() -> list[perftrack.Scorecard]:
    return [perftrack.score(table) for table in perftrack.read(SEED)]


TEXT_CASES = [
    (
        "duty goal under every row's explanation",
        DUTY_TABLE,
        [
            "   1 完成乡镇国土空间规划数量              ≥12个            —              – 不适用    —",
            "       目标表没有实际完成值",
            f"       {GOAL1}",
            "   2 规划审批通过率                        100%             —              – 不适用    —",
            "       目标表没有实际完成值",
            f"       {GOAL1}",
            "   3 违法用地查处率                        ≥95%             —              – 不适用    —",
            "       目标表没有实际完成值",
            f"       {GOAL2}",
        ],
    ),
    (
        "跟踪表: explanation and standard on the row that has them only",
        ESCAPED_TRACK,
        [
            "   1 培训人次                              ≥100人次         60人次         … 进行中    —",
            "       实际60人次，未达年度指标≥100人次，距年底尚有时间",
            f"       {ESCAPED}",
            "   2 培训合格率                            ≥95%             96%            ✓ 达成      —",
            "       实际96%，达到年度指标≥95%",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "expected"), [case[1:] for case in TEXT_CASES], ids=[case[0] for case in TEXT_CASES]
)
def test_text_report_about_line(rows: Rows, expected: list[str]) -> None:
    lines = scorecard_text(_card(rows)).splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("   1 "))
    assert lines[start : start + len(expected)] == expected
    assert not lines[start + len(expected)].startswith("      ")


def test_text_report_about_one_line() -> None:
    """An ``about`` with a line break is one line, as the 偏差原因 and 备注 lines are."""
    card = _card(DUTY_TABLE)
    table = card.table
    first = table.indicators[0]
    table = attrs.evolve(
        table, indicators=(attrs.evolve(first, about="年度履职目标：目标1：\n完成  规划"),)
    )
    lines = scorecard_text(perftrack.score(table)).splitlines()
    assert "       年度履职目标：目标1： 完成 规划" in lines


MARKDOWN_CASES = [
    (
        "duty goals: 表中说明 after 说明",
        DUTY_TABLE,
        [
            "| 序号 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 计划值 | 实际值 | 完成情况 | 进度 | 说明 | 表中说明 |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
            "| 1 | 产出指标 | 数量指标 | 完成乡镇国土空间规划数量 | ≥12个 |   |   | – 不适用 | – 不适用 | 目标表没有实际完成值 | 年度履职目标：目标1：完成国土空间规划编制 |",
            "| 2 | 产出指标 | 质量指标 | 规划审批通过率 | 100% |   |   | – 不适用 | – 不适用 | 目标表没有实际完成值 | 年度履职目标：目标1：完成国土空间规划编制 |",
            "| 3 | 效益指标 | 社会效益指标 | 违法用地查处率 | ≥95% |   |   | – 不适用 | – 不适用 | 目标表没有实际完成值 | 年度履职目标：目标2：开展土地执法 |",
        ],
    ),
    (
        "跟踪表: after 备注, escaped",
        ESCAPED_TRACK,
        [
            "| 序号 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 计划值 | 实际值 | 完成情况 | 进度 | 说明 | 备注 | 表中说明 |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
            "| 1 | 产出指标 | 数量指标 | 培训人次 | ≥100人次 |   | 60人次 | … 进行中 | – 不适用 | 实际60人次，未达年度指标≥100人次，距年底尚有时间 | 进度正常 | 指标解释：年内培训\\<人次\\>\\|a\\&b；评（扣）分标准：每少10人次扣1分 |",
            "| 2 | 产出指标 | 质量指标 | 培训合格率 | ≥95% |   | 96% | ✓ 达成 | – 不适用 | 实际96%，达到年度指标≥95% |   |   |",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [case[1:] for case in MARKDOWN_CASES],
    ids=[case[0] for case in MARKDOWN_CASES],
)
def test_markdown_about_column(rows: Rows, expected: list[str]) -> None:
    lines = render([_card(rows)], [], "markdown").splitlines()
    start = lines.index("### 指标") + 2
    assert lines[start : start + len(expected)] == expected
    assert lines[start + len(expected)] == ""


HTML_CASES = [
    (
        "duty goals",
        DUTY_TABLE,
        "<th>说明</th><th>表中说明</th></tr>",
        [
            ("目标表没有实际完成值", GOAL1),
            ("目标表没有实际完成值", GOAL1),
            ("目标表没有实际完成值", GOAL2),
        ],
    ),
    (
        "跟踪表: escaped",
        ESCAPED_TRACK,
        "<th>说明</th><th>备注</th><th>表中说明</th></tr>",
        [
            (
                "进度正常",
                "指标解释：年内培训&lt;人次&gt;|a&amp;b；评（扣）分标准：每少10人次扣1分",
            ),
            ("", ""),
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "header", "ends"),
    [case[1:] for case in HTML_CASES],
    ids=[case[0] for case in HTML_CASES],
)
def test_html_about_column(rows: Rows, header: str, ends: list[tuple[str, str]]) -> None:
    page = render([_card(rows)], [], "html")
    table = page.split("<h3>指标</h3>", 1)[1].split("</table>", 1)[0]
    head, body = table.split("</thead>", 1)
    assert head.endswith(header)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in body.split("</tr>")[:-1]]
    assert [tuple(row[-2:]) for row in cells] == ends


def _csv_lines(cards: list[perftrack.Scorecard], errors: list[dict[str, str]]) -> list[str]:
    text = render(cards, errors, "csv")
    assert text.startswith("\ufeff")
    return text[1:].split("\r\n")


def test_csv_about_last_column() -> None:
    lines = _csv_lines(
        [_card(ESCAPED_TRACK, "跟踪.tsv")], [{"file": "坏.xlsx", "message": "不是表格"}]
    )
    assert lines[0] == ",".join((*ROW_HEADERS, "表中说明"))
    assert lines[1:] == [
        (
            "跟踪.tsv,,1,,某项目,产出指标,数量指标,培训人次,≥100人次,,60人次,进行中,不适用,"
            "实际60人次，未达年度指标≥100人次，距年底尚有时间,,进度正常,,,10,,,,,,,,,,否,"
            f"{ESCAPED}"
        ),
        (
            "跟踪.tsv,,1,,某项目,产出指标,质量指标,培训合格率,≥95%,,96%,达成,不适用,"
            "实际96%，达到年度指标≥95%,,,,,10,,,,,,,,,,否,"
        ),
        "坏.xlsx,,,,,,,,,,,读取失败,,不是表格,,,,,,,,,,,,,,,,",
        "",
    ]


def test_csv_about_column_beside_a_table_without() -> None:
    """A table without ``about`` leaves the column empty when another table has some."""
    seed = _seed_cards()
    lines = _csv_lines([*seed, _card(DUTY_TABLE, "部门.tsv")], [])
    assert lines[0].endswith(",核心指标,表中说明")
    rows = list(csv.reader(line for line in lines[1:] if line))
    assert {len(row) for row in rows} == {len(ROW_HEADERS) + 1}
    assert [(row[0], row[-1]) for row in rows if row[-1]] == [
        ("部门.tsv", GOAL1),
        ("部门.tsv", GOAL1),
        ("部门.tsv", GOAL2),
    ]
    assert len(rows) == 27  # the seed's 24 rows, then the 3 of 部门.tsv


def test_xlsx_about_last_column() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = render([_card(DUTY_TABLE)], [], "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(data))["指标"]
    header = [cell.value for cell in sheet[1]]
    assert header == [*ROW_HEADERS, "表中说明"]
    assert [row[-1].value for row in sheet.iter_rows(min_row=2)] == [GOAL1, GOAL1, GOAL2]


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "review"])
def test_no_about_no_column(fmt: str) -> None:
    """The seed has no ``about``: no report names 表中说明, the CSV has its columns."""
    cards = _seed_cards()
    assert not any(i.about for card in cards for i in card.table.indicators)
    output = render(cards, [], fmt)
    assert "表中说明" not in output
    if fmt == "csv":
        assert output[1:].split("\r\n")[0] == ",".join(ROW_HEADERS)


def test_no_about_text_report_lines() -> None:
    """Without ``about`` the explanation is followed by the next row, as before."""
    lines = scorecard_text(_card(TRACK_TABLE)).splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("   2 "))
    assert lines[start : start + 2] == [
        "   2 培训合格率                            ≥95%             96%            ✓ 达成      —",
        "       实际96%，达到年度指标≥95%",
    ]
    assert lines[start + 2] == "  发现："


# -- 3. a 部门职责 column in the grid ---------------------------------------------------


def _html(rows: Rows) -> bytes:
    body = "\n".join(  # one row a line: an HTML cell's position is its line
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<html><body><table>{body}\n</table></body></html>".encode()


def _xlsx(rows: Rows, merges: tuple[str, ...]) -> bytes:
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


DEPT_HEAD: Rows = (
    ("部门整体绩效目标表",),
    ("（2024年度）",),
    ("部门名称", "XX县自然资源局"),
)
LEVELS = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
PLAN = "负责全县国土空间规划编制和实施"
LAW = "负责土地执法监察"
ROWS3: tuple[tuple[str, ...], ...] = (
    ("产出指标", "数量指标", "完成乡镇国土空间规划数量", "≥12个", "15"),
    ("产出指标", "质量指标", "规划审批通过率", "100%", "10"),
    ("效益指标", "社会效益指标", "违法用地查处率", "≥95%", "10"),
)
NAMES3 = (
    ("产出指标", "数量指标", "完成乡镇国土空间规划数量", "≥12(个)", "15"),
    ("产出指标", "质量指标", "规划审批通过率", "=100(%)", "10"),
    ("效益指标", "社会效益指标", "违法用地查处率", "≥95(%)", "10"),
)


def _dept(header: str, first: str, third: str) -> Rows:
    return (
        *DEPT_HEAD,
        (header, *LEVELS),
        (first, *ROWS3[0]),
        ("", *ROWS3[1]),
        (third, *ROWS3[2]),
    )


DUTY_COLUMN_CASES = [
    (
        "部门职责 merged down over two rows",
        _dept("部门职责", PLAN, LAW),
        ("A5:A6",),
        (
            (f"部门职责：{PLAN}", ("A5",)),
            (f"部门职责：{PLAN}", ("A5",)),
            (f"部门职责：{LAW}", ("A7",)),
        ),
    ),
    (
        "主要职责",
        _dept("主要职责", PLAN, LAW),
        ("A5:A6",),
        (
            (f"主要职责：{PLAN}", ("A5",)),
            (f"主要职责：{PLAN}", ("A5",)),
            (f"主要职责：{LAW}", ("A7",)),
        ),
    ),
    (
        "部门（单位）职能, its brackets dropped as any header's",
        _dept("部门（单位）职能", PLAN, LAW),
        ("A5:A6",),
        (
            (f"部门职能：{PLAN}", ("A5",)),
            (f"部门职能：{PLAN}", ("A5",)),
            (f"部门职能：{LAW}", ("A7",)),
        ),
    ),
    (
        "a duty that names budgets and goals is still the duty",
        _dept("部门职责", "负责全县财政预算资金管理和绩效评价", "负责年度总体目标的制定"),
        ("A5:A6",),
        (
            ("部门职责：负责全县财政预算资金管理和绩效评价", ("A5",)),
            ("部门职责：负责全县财政预算资金管理和绩效评价", ("A5",)),
            ("部门职责：负责年度总体目标的制定", ("A7",)),
        ),
    ),
    (
        "部门职责 beside 年度履职目标: both, in column order",
        (
            *DEPT_HEAD,
            ("部门职责", "年度履职目标", *LEVELS),
            ("负责规划", "目标1：完成规划编制", *ROWS3[0]),
            ("", "目标2：规划审批", *ROWS3[1]),
            ("负责执法", "目标3：开展土地执法", *ROWS3[2]),
        ),
        ("A5:A6",),
        (
            ("部门职责：负责规划；年度履职目标：目标1：完成规划编制", ("A5", "B5")),
            ("部门职责：负责规划；年度履职目标：目标2：规划审批", ("A5", "B6")),
            ("部门职责：负责执法；年度履职目标：目标3：开展土地执法", ("A7", "B7")),
        ),
    ),
]


@pytest.mark.parametrize(
    ("rows", "merges", "expected"),
    [case[1:] for case in DUTY_COLUMN_CASES],
    ids=[case[0] for case in DUTY_COLUMN_CASES],
)
def test_duty_column_in_grid(
    rows: Rows, merges: tuple[str, ...], expected: tuple[tuple[str, tuple[str, ...]], ...]
) -> None:
    for data, name in (
        (_tsv(rows), "表.tsv"),
        (_html(rows), "表.html"),
        (_xlsx(rows, merges), "表.xlsx"),
    ):
        (table,) = perftrack.read(data, name=name)
        got = tuple(
            (i.level1, i.level2, i.name, str(i.target), str(i.weight)) for i in table.indicators
        )
        assert got == NAMES3, name
        abouts = tuple(
            (i.about, tuple(at.cell for key, at in i.cells if key.startswith("duty_goal")))
            for i in table.indicators
        )
        assert abouts == expected, name
        assert [i.remarks for i in table.indicators] == ["", "", ""]
        assert (table.kind, table.project.department) == (
            perftrack.TableKind.TARGET,
            "XX县自然资源局",
        )
        assert not table.findings, name
        assert not table.notes, name
        assert perftrack.from_json(perftrack.to_json(table), perftrack.Table) == table
        written = json.loads(perftrack.to_json(table))["tables"][0]["indicators"]
        assert [i["about"] for i in written] == [about for about, _ in expected]


DUTY_ROWSPAN = """<table><tr><td>部门整体绩效目标表</td></tr>
<tr><td>部门名称</td><td>XX县自然资源局</td></tr>
<tr><td>部门职责</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>权重</td></tr>
<tr><td rowspan=2>负责全县国土空间规划编制和实施</td><td rowspan=2>产出指标</td><td>数量指标</td>\
<td>完成乡镇国土空间规划数量</td><td>≥12个</td><td>15</td></tr>
<tr><td>质量指标</td><td>规划审批通过率</td><td>100%</td><td>10</td></tr>
<tr><td>负责土地执法监察</td><td>效益指标</td><td>社会效益指标</td><td>违法用地查处率</td>\
<td>≥95%</td><td>10</td></tr>
</table>"""


def test_duty_column_html_rowspan() -> None:
    """A duty merged down by ``rowspan`` (the level 1 too) reaches every row under it."""
    (table,) = perftrack.read(DUTY_ROWSPAN.encode(), name="表.html")
    got = [
        (i.level1, i.name, i.about, (cell := i.cell_of("duty_goal")) and cell.cell)
        for i in table.indicators
    ]
    assert got == [
        ("产出指标", "完成乡镇国土空间规划数量", f"部门职责：{PLAN}", "A4"),
        ("产出指标", "规划审批通过率", f"部门职责：{PLAN}", "A4"),
        ("效益指标", "违法用地查处率", f"部门职责：{LAW}", "A6"),
    ]
    assert not table.findings
    assert not table.notes


def test_duty_row_above_grid_stays_a_note() -> None:
    """``部门职责 | text`` above the grid is a note, as r35d made it; no row's about."""
    rows = (*DEPT_HEAD, ("部门职责", PLAN), LEVELS, *ROWS3)
    for data, name in ((_tsv(rows), "表.tsv"), (_html(rows), "表.html")):
        (table,) = perftrack.read(data, name=name)
        assert [(n.label, n.text) for n in table.notes] == [("部门职责", PLAN)]
        assert [i.about for i in table.indicators] == ["", "", ""]
        assert [i.name for i in table.indicators] == [row[2] for row in NAMES3]


def test_duty_column_in_a_self_evaluation() -> None:
    rows = (
        ("部门整体支出绩效自评表",),
        ("部门名称", "XX县自然资源局"),
        (
            "部门职责",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
        ),
        (
            "负责规划",
            "产出指标",
            "数量指标",
            "完成乡镇国土空间规划数量",
            "≥12个",
            "12个",
            "15",
            "15",
        ),
        ("", "产出指标", "质量指标", "规划审批通过率", "100%", "100%", "10", "10"),
    )
    (table,) = perftrack.read(_tsv(rows), name="表.tsv")
    assert table.kind is perftrack.TableKind.SELF_EVALUATION
    assert [(i.name, str(i.actual), i.about) for i in table.indicators] == [
        ("完成乡镇国土空间规划数量", "12(个)", "部门职责：负责规划"),
        ("规划审批通过率", "100(%)", "部门职责：负责规划"),
    ]
