"""Hostile cells in the reports (r35h): what each output format makes of them.

Each fix has a table of cases, cell → exact result: bidirectional controls (read as
nothing, dropped by the writers), the JSON of ``perftrack score`` for a file named with
a line separator, lone surrogates in JSON and CSV, control characters in every CSV cell,
the CSV formula guard, ``$`` in Markdown, the columns a combining mark takes.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from attrs import evolve

import perftrack
from perftrack._errors import display_width, writable_line, writable_text
from perftrack.checking import FileFinding, json_text, text_lines
from perftrack.cli import main
from perftrack.model import Finding, Severity, Where
from perftrack.report import fit, scorecard_text
from perftrack.reports import render
from perftrack.reports._common import ROW_HEADERS, spreadsheet_text
from perftrack.reports._markdown import escape


def _tracking_tsv(
    name: str = "城市公交运营补贴", reason: str = "", target: str = "≥100公里"
) -> str:
    """A 跟踪表 TSV: *name* in the project row, *reason* and *target* on its first indicator."""
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：2024年1月至2024年6月"],
        ["项目名称", name, "", "", ""],
        ["主管部门", "某县交通运输局", "", "实施单位", "某县公路中心"],
        ["预算执行情况(万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "100", "100", "50", "50"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        ["产出指标", "数量指标", "改造里程", target, "50公里", "20公里", reason],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "90%", "92%", ""],
    ]
    return "".join("\t".join(row) + "\n" for row in rows)


def _table(name: str = "城市公交运营补贴", **cells: str) -> perftrack.Table:
    (table,) = perftrack.read_text(_tracking_tsv(name, **cells), format="text", name="表.tsv")
    return table


def _named(table: perftrack.Table, name: str, department: str | None = None) -> perftrack.Table:
    """*table* with the project *name* (and *department*) set in code, past the reader."""
    project = evolve(table.project, name=name, department=department or table.project.department)
    return evolve(table, project=project)


def _csv_cell(card: perftrack.Scorecard, header: str) -> str:
    rows = list(csv.reader(io.StringIO(render([card], [], "csv").removeprefix("\ufeff"))))
    return rows[1][ROW_HEADERS.index(header)]


# ---------------------------------------------------------------------------
# H1: bidirectional controls. An RLO in a project name turned the rest of the
# text report's line (and of the 审核意见 paragraph pasted into Word) around: the
# figures perftrack writes after it read backwards. Read as nothing, as a zero-width
# space is; a figure with an LRM copied from a web page is a figure.

_BIDI = [
    pytest.param("城市公交\u202e运营补贴", id="rlo"),
    pytest.param("城市公交\u202d运营补贴", id="lro"),
    pytest.param("城市公交\u202b运营\u202c补贴", id="rle-pdf"),
    pytest.param("城市公交\u202a运营补贴", id="lre"),
    pytest.param("城市公交\u2067运营\u2069补贴", id="rli-pdi"),
    pytest.param("城市公交\u2066运营\u2068补贴", id="lri-fsi"),
    pytest.param("城市公交\u200f运营\u200e补贴", id="rlm-lrm"),
    pytest.param("城市公交\u061c运营补贴", id="alm"),
]


@pytest.mark.parametrize("cell", _BIDI)
def test_a_cell_reads_bidirectional_controls_as_nothing(cell):
    table = _table(cell, reason=f"天气{cell}")
    assert table.project.name == "城市公交运营补贴"
    assert table.indicators[0].deviation_reason == "天气城市公交运营补贴"
    heading = scorecard_text(perftrack.score(table)).splitlines()[0]
    assert heading == "财政项目支出绩效跟踪表 — 城市公交运营补贴"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("≥100公里\u200e", "≥100(公里)", id="lrm-after"),
        pytest.param("\u202a≥100公里\u202c", "≥100(公里)", id="lre-pdf-around"),
        pytest.param("≥\u200f100公里", "≥100(公里)", id="rlm-inside"),
    ],
)
def test_a_target_with_a_bidirectional_mark_is_the_target_without_it(cell, expected):
    # before: Descriptive('≥100公里\u200e'), a target no actual could be held to
    card = perftrack.score(_table(target=cell))
    assert str(card.table.indicators[0].target) == expected
    assert card.verdicts[0].explanation == (
        "实际20公里，未达年度指标≥100公里，距年底尚有时间；实际20公里落后于计划50公里"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("名\u202etxt.exe", "名txt.exe", id="rlo"),
        pytest.param("\u2066甲\u2069乙\u200e", "甲乙", id="isolates-lrm"),
        pytest.param("甲\u061c\u200f乙", "甲乙", id="alm-rlm"),
        pytest.param("甲\x1b\u202e乙", "甲 乙", id="esc-and-rlo"),
        pytest.param("甲\u200d乙", "甲\u200d乙", id="zwj-kept"),  # a joiner turns nothing around
    ],
)
def test_the_writers_drop_bidirectional_controls(text, expected):
    assert writable_text(text) == expected
    assert writable_line(text) == expected


def test_a_file_named_with_an_rlo_is_named_without_it_everywhere():
    (table,) = perftrack.read_text(_tracking_tsv(), format="text", name="甲\u202e表.tsv")
    card = perftrack.score(table)
    assert "  来源：甲表.tsv 第1张表" in scorecard_text(card).splitlines()
    assert "<td>甲表.tsv 第1张表</td>" in render([card], [], "html")
    assert "| 甲表.tsv 第1张表 |" in render([card], [], "markdown")
    assert _csv_cell(card, "文件") == "甲表.tsv"
    finding = Finding("missing-actual", Severity.WARNING, "实际完成值为空", Where(cell="F8"))
    lines = text_lines([FileFinding("甲\u202e表.tsv", None, 0, None, finding)])
    assert lines == ["甲表.tsv:F8: missing-actual 实际完成值为空"]


# ---------------------------------------------------------------------------
# H2: `perftrack score --format json` indented each table's JSON at str.splitlines(),
# which also breaks at U+2028, U+2029 and U+0085: a file so named cut its JSON string
# in two, a raw line break inside a string, and the document was no JSON at all.


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("甲\u2028乙.tsv", id="line-separator"),
        pytest.param("甲\u2029乙.tsv", id="paragraph-separator"),
        pytest.param("甲\x85乙.tsv", id="next-line"),
    ],
)
def test_the_score_json_of_a_file_named_with_a_line_separator_is_json(name, tmp_path, capsys):
    (tmp_path / name).write_text(_tracking_tsv(), encoding="utf-8")
    assert main(["score", "--format", "json", str(tmp_path)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["tables"][0]["source"]["file"] == str(tmp_path / name)
    assert document["tables"][0]["project"]["name"] == "城市公交运营补贴"


# ---------------------------------------------------------------------------
# M1: a lone surrogate (a table built in code, a file name Python decoded with
# surrogateescape) was written raw into the JSON, which no UTF-8 writer can write:
# now the replacement character, as the command line shows such a byte.


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("城市公交\ud800", "城市公交\ufffd", id="high"),
        pytest.param("\udcff城市公交", "\ufffd城市公交", id="escaped-byte"),
        pytest.param("城市\udc80\ud83d公交", "城市\ufffd\ufffd公交", id="reversed-pair"),
        pytest.param("城市公交\x00\x1b", "城市公交\x00\x1b", id="controls-escaped"),
    ],
)
def test_json_with_a_lone_surrogate_is_utf8(name, expected):
    card = perftrack.score(_named(_table(), name))
    text = perftrack.to_json(card)
    assert json.loads(text.encode("utf-8"))["tables"][0]["project"]["name"] == expected
    finding = Finding("missing-actual", Severity.WARNING, "实际完成值为空", Where(cell="F8"))
    checked = json_text([FileFinding(f"{name}.tsv", None, 0, name, finding)])
    assert json.loads(checked.encode("utf-8"))[0]["project"] == expected


# ---------------------------------------------------------------------------
# M2: the CSV report guarded only its 文件 and 工作表 columns: a table built in
# code put an ESC (type 结果.csv ran it), a NUL or a lone surrogate (the report
# could not be written) in any other cell. Now every cell, as the XLSX does.


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("城市公交\x1b[2J运营", "城市公交 [2J运营", id="esc-clear-screen"),
        pytest.param("城市公交\x00运营", "城市公交 运营", id="nul"),
        pytest.param("城市公交\x9b31m运营", "城市公交 31m运营", id="c1-csi"),
        pytest.param("城市公交\ud800运营", "城市公交运营", id="lone-surrogate"),
        pytest.param("城市公交\u202e运营", "城市公交运营", id="rlo"),
        pytest.param("城市公交\n运营", "城市公交\n运营", id="line-feed-kept"),
        pytest.param('城市"公交",运营', '城市"公交",运营', id="quotes-and-comma"),
        pytest.param("\x00=1+1", "' =1+1", id="nul-then-formula"),
    ],
)
def test_every_csv_cell_is_writable(name, expected):
    card = perftrack.score(_named(_table(), name, department=name))
    render([card], [], "csv").encode("utf-8")  # before: UnicodeEncodeError on a surrogate
    assert _csv_cell(card, "项目名称") == expected
    assert _csv_cell(card, "主管部门") == expected


# ---------------------------------------------------------------------------
# M3: the formula guard (OWASP CSV injection). A cell that starts a formula gets a
# leading ' (hidden by Excel); a plain number does not, nor a ≥ target.


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            '=HYPERLINK("http://x","点击")', '\'=HYPERLINK("http://x","点击")', id="hyperlink"
        ),
        pytest.param("-2+3", "'-2+3", id="sum"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
        pytest.param("+86 10 1234", "'+86 10 1234", id="plus"),
        pytest.param("\t=1+1", "'\t=1+1", id="tab"),
        pytest.param(" =1+1", "' =1+1", id="space-then-equals"),  # before: as is
        pytest.param("\u3000-2+3", "'\u3000-2+3", id="ideographic-space-then-minus"),
        pytest.param("-２", "'-２", id="full-width-digit"),  # before: taken for a number
        pytest.param("-5%", "-5%", id="negative-percent"),
        pytest.param("-5", "-5", id="negative"),
        pytest.param("+1.5e3", "+1.5e3", id="exponent"),
        pytest.param("≥80%", "≥80%", id="at-least"),
        pytest.param("2023年12月前完成", "2023年12月前完成", id="deadline"),
    ],
)
def test_the_csv_formula_guard(cell, expected):
    assert spreadsheet_text(cell) == expected


def test_a_formula_in_the_csv_gets_a_quote_in_each_column():
    table = _named(_table(reason="-2+3"), '=HYPERLINK("http://x","点击")', "@SUM(1+1)")
    card = perftrack.score(table)
    assert _csv_cell(card, "项目名称") == '\'=HYPERLINK("http://x","点击")'
    assert _csv_cell(card, "主管部门") == "'@SUM(1+1)"
    assert _csv_cell(card, "偏差原因分析") == "'-2+3"
    assert render([card], [], "csv").startswith("\ufeff文件,工作表,表序号,")


# ---------------------------------------------------------------------------
# L1: $ in Markdown. GitHub and GitLab set $…$ as maths: 单价$5与$8之间 lost its
# dollars and printed 5与 in italics.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("单价$5与$8之间", r"单价\$5与\$8之间", id="dollars"),
        pytest.param("$$x$$", r"\$\$x\$\$", id="display-maths"),
        pytest.param("a|b`c`*d*_e_", r"a\|b\`c\`\*d\*\_e\_", id="others-as-before"),
        pytest.param("# 标题\n第二行", r"\# 标题 第二行", id="heading-and-break"),
        pytest.param("<script>&amp;", r"\<script\>\&amp;", id="html"),
    ],
)
def test_markdown_escapes_a_cell(text, expected):
    assert escape(text) == expected


# ---------------------------------------------------------------------------
# L2: the text report's columns counted a combining mark or a format character as a
# column: a name with one pushed every column after it one to the right.


@pytest.mark.parametrize(
    ("text", "width"),
    [
        pytest.param("Cafe\u0301", 4, id="combining-acute"),
        pytest.param("甲\u20dd", 2, id="enclosing-circle"),
        pytest.param("甲\u200b乙", 4, id="zero-width-space"),
        pytest.param("甲\u00ad乙", 4, id="soft-hyphen"),
        pytest.param("指标ab", 6, id="wide-and-narrow"),
        pytest.param("abc", 3, id="ascii"),
    ],
)
def test_display_width(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize(
    ("text", "columns", "expected"),
    [
        pytest.param("Cafe\u0301", 6, "Cafe\u0301  ", id="padded-to-six"),
        pytest.param("Cafe\u0301s ok", 6, "Cafe\u0301s…", id="cut-at-six"),
        pytest.param("甲乙丙丁", 6, "甲乙… ", id="wide-cut"),
    ],
)
def test_fit_counts_columns_as_a_terminal(text, columns, expected):
    assert fit(text, columns) == expected


# ---------------------------------------------------------------------------
# L3: a long unbroken string (a code, a URL) in a heading or a fact ran off the
# HTML page: only table cells could break it.


def test_html_breaks_a_long_unbroken_string_anywhere():
    card = perftrack.score(_named(_table(), "A" * 300))
    page = render([card], [], "html")
    body = page[page.index("body {") : page.index("}", page.index("body {"))]
    assert "overflow-wrap: anywhere;" in body
    assert f"<h2>1. {'A' * 300}</h2>" in page
