"""Report formats: Markdown, HTML, CSV, XLSX and the Chinese review (issue: reports)."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from attrs import evolve

import perftrack
from perftrack import PerftrackError
from perftrack.model import Likelihood, TableKind
from perftrack.report import scorecard_text
from perftrack.reports import FORMATS, ReportError, render
from perftrack.reports._common import budget_sentence, rule_words, spreadsheet_text
from perftrack.reports._markdown import escape
from perftrack.reports._review import chinese_ordinal
from perftrack.reports._xlsx import CELL_LIMIT, CUT_MARK, cell_text
from scoring_builders import (
    budget_line,
    indicator,
    judgement,
    self_evaluation_table,
    tracking_table,
)

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"
PROJECTS = ("两新党建工作", "社区党群服务中心工作")
ERRORS = [{"file": "坏文件.xlsx", "message": "不是绩效表"}]
EVIL = "<script>alert('x')</script>|党建&工作"


@pytest.fixture(scope="module")
def cards():
    return [perftrack.score(table) for table in perftrack.read(SEED)]


@pytest.fixture(scope="module")
def evil_card(cards):
    """The seed's second table under a project name that tries HTML and Markdown."""
    table = cards[1].table
    return perftrack.score(evolve(table, project=evolve(table.project, name=EVIL)))


@pytest.fixture(scope="module")
def troubled_card():
    """A tracking table with every kind of trouble the review writes up."""
    table = tracking_table(
        [
            indicator("培训次数", "≥10次", "2次", planned="5次"),
            indicator("场地改造", "2023年6月前完成", "未完成", planned="完成"),
            indicator("宣传覆盖率", "≥90%", None, planned="50%"),
            indicator(
                "群众满意度", "≥90%", "95%", level1="满意度指标", level2="服务对象满意度指标"
            ),
        ],
        [budget_line(initial="100.00", period_budget="100.00", executed="10.00", rate="10.00")],
        judgement=judgement("确定能完成", "确定能完成"),
    )
    table = evolve(table, project=evolve(table.project, name="场地改造项目"))
    return perftrack.score(table)


def _xlsx(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


# --- the entry point -----------------------------------------------------------


def test_formats_and_types(cards):
    assert FORMATS == ("markdown", "html", "csv", "xlsx", "review")
    for fmt in FORMATS:
        output = render(cards, ERRORS, fmt)
        assert isinstance(output, bytes if fmt == "xlsx" else str), fmt


def test_unknown_format_names_the_known_ones():
    with pytest.raises(
        ReportError, match="未知的报告格式 'pdf'（可用：markdown、html、csv、xlsx、review）"
    ):
        render([], [], "pdf")
    assert issubclass(ReportError, PerftrackError)
    assert issubclass(ReportError, ValueError)


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "review"])
def test_text_formats_are_deterministic(cards, fmt):
    assert render(cards, ERRORS, fmt) == render(list(cards), list(ERRORS), fmt)


def test_policy_is_named_in_the_heading(cards):
    assert "评分规则：中央部门通用规则。" in render(cards, [], "markdown")
    assert "评分规则：湖北省规则。" in render(cards, [], "html", perftrack.Policy.hubei())
    assert "评分规则" not in render([], [], "markdown")


# --- Markdown ------------------------------------------------------------------


def test_markdown_seed(cards):
    text = render(cards, ERRORS, "markdown")
    assert text.startswith("# 预算绩效审核报告\n")
    assert text.endswith("|\n")
    for project in PROJECTS:
        assert f". {project}\n" in text
    # The summary lists the worst table first.
    summary = text.split("## 汇总")[1].split("\n## ")[0]
    assert summary.index(PROJECTS[1]) < summary.index(PROJECTS[0])
    assert (
        "| 社区党群服务中心工作 | 上海市莘庄工业区(汇总) | 383.45 | 83.47 | 21.77 | 66.67 | 44.90 | 9 | 0 | 3 | 0 | 0 | 1 | 2 | 0 |"
        in text
    )
    assert "| 执行率(%) | 序时进度/年终要求(%) | 差距(百分点) |" in text
    assert "执行率 21.77%（83.47 / 383.45 万元，填报 21.76%），低于序时进度 66.67%" in text
    assert "| 年度资金总额 | 373.45 | 383.45 | 83.47 | 21.76 | 21.77 |" in text
    assert "| 产出指标 | 9 | 6 | 0 | 3 | 0 | 0 | 0 |" in text
    assert (
        "| 1 | 产出指标 | 数量指标 | 居委党群服务站建设 | =5.00(个) | 1.00 | 1.00 | … 进行中 | ✓ 正常 |"
        in text
    )
    assert "… 进行中 | ▼ 落后 | 实际“手续办理中”" in text
    assert (
        "| 警告 | budget-behind-schedule | H38 | 年度资金总额 | 执行率21.77%低于序时进度66.67% |"
        in text
    )
    assert "| 坏文件.xlsx | 不是绩效表 |" in text
    # Every table row has as many cells as its header.
    for block in re.split(r"\n\n", text):
        rows = [line for line in block.splitlines() if line.startswith("|")]
        if rows:
            cells = {len(re.split(r"(?<!\\)\|", row)) for row in rows}
            assert len(cells) == 1, rows[0]


def test_markdown_escapes_pipes_and_html(evil_card):
    text = render([evil_card], [{"file": "a|b.xlsx", "message": "<b>坏</b>"}], "markdown")
    assert "<script>" not in text
    assert "## 1. \\<script\\>alert('x')\\</script\\>\\|党建\\&工作" in text
    assert "| a\\|b.xlsx | \\<b\\>坏\\</b\\> |" in text
    assert "|党建" not in text.replace("\\|党建", "")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        pytest.param("a|b", "a\\|b", id="pipe"),
        pytest.param("*强调*", "\\*强调\\*", id="emphasis"),
        pytest.param("[链接](x)", "\\[链接\\](x)", id="link"),
        pytest.param("两行\n文字", "两行 文字", id="newline"),
        pytest.param("≥80.00(%)", "≥80.00(%)", id="target"),
    ],
)
def test_markdown_escape(text, escaped):
    assert escape(text) == escaped


# --- HTML ----------------------------------------------------------------------


def test_html_is_self_contained(cards):
    page = render(cards, ERRORS, "html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')
    assert "<style>" in page
    # Nothing is loaded from anywhere: no URL, script, stylesheet link, font or image.
    for needle in (
        "http:",
        "https:",
        "//",
        "<script",
        "<link",
        "<img",
        "@import",
        "url(",
        "@font-face",
    ):
        assert needle not in page, needle
    assert '"Microsoft YaHei"' in page
    assert '"PingFang SC"' in page
    assert "@media print" in page


def test_html_seed_content(cards):
    page = render(cards, ERRORS, "html")
    for project in PROJECTS:
        assert project in page
    # Each table: a budget chart labelled with both numbers, level-1 bars, verdicts.
    assert page.count('<figure><svg width="640"') == 2
    assert ">执行率 21.77%</text>" in page
    assert ">序时进度 66.67%</text>" in page
    assert 'aria-label="执行率 21.77%，序时进度 66.67%"' in page
    assert ">执行率 67.27%</text>" in page
    assert page.count("<svg") == 2 + 6
    # A symbol beside every colour.
    assert '<td class="v v-pending">… 进行中</td>' in page
    assert '<td class="v v-met">✓ 达成</td>' in page
    assert '<td class="v v-behind">▼ 落后</td>' in page
    assert '<td class="v v-on_track">✓ 正常</td>' in page
    for legend in (
        "✓ 达成",
        "◐ 部分达成",
        "… 进行中",
        "✗ 未达成",
        "? 无法判断",
        "– 不适用",
        "▼ 落后",
    ):
        assert legend in page
    # Findings with severity, id, cell and message.
    assert (
        '<td class="sev-warning">警告</td><td class="label">budget-behind-schedule</td>'
        '<td class="label">H38</td><td>年度资金总额</td><td>执行率21.77%低于序时进度66.67%</td>'
    ) in page
    # The summary links each table, worst first.
    assert page.index('<a href="#table-2">社区党群服务中心工作</a>') < page.index(
        '<a href="#table-1">两新党建工作</a>'
    )
    assert 'id="table-1"' in page
    assert 'id="table-2"' in page
    assert "<h2>未能读取的文件</h2>" in page
    assert "<td>坏文件.xlsx</td><td>不是绩效表</td>" in page


def test_html_escapes_everything(evil_card):
    page = render([evil_card], [{"file": "<img src=x>.xlsx", "message": '"><b>'}], "html")
    assert "<script" not in page
    assert "<img" not in page
    assert "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;|党建&amp;工作" in page
    assert "&lt;img src=x&gt;.xlsx" in page


def test_html_marks_behind_schedule_in_red(cards):
    page = render(cards[1:], [], "html")
    assert 'fill="#cf222e"/>' in page  # 21.77% against 66.67%
    page = render(cards[:1], [], "html")
    assert 'fill="#2da44e"/>' in page  # 67.27% against 66.67%


# --- CSV -----------------------------------------------------------------------

CSV_HEADER = (
    "文件,工作表,表序号,主管部门,项目名称,一级指标,二级指标,三级指标,年度指标值,计划值,实际值,"
    "完成情况,进度,说明,偏差原因分析,备注,全年预计完成情况,完成可能性,表中分值,表中得分,计算分值,计算得分,计分规则,"
    "计算总分,计算等级,暂估,表中总分,表中等级,核心指标"
)
#: The cells after 说明 of a tracking table's row: no forecast, no points; 核心指标 否
#: (a failed file's row leaves it empty).
NO_MORE = [""] * 14
NOT_CORE = [*NO_MORE, "否"]


def test_csv_bom_crlf_and_chinese_headers(cards):
    text = render(cards, ERRORS, "csv")
    assert text.startswith("\ufeff" + CSV_HEADER + "\r\n")
    assert text.encode("utf-8").startswith(b"\xef\xbb\xbf")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")


def test_csv_rows(cards):
    text = render(cards, ERRORS, "csv")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert rows[0] == CSV_HEADER.split(",")
    assert len(rows) == 1 + 24 + 1
    first = rows[13]
    assert first == [
        str(SEED),
        "",
        "2",
        "上海市莘庄工业区(汇总)",
        "社区党群服务中心工作",
        "产出指标",
        "数量指标",
        "居委党群服务站建设",
        "'=5.00(个)",
        "1.00",
        "1.00",
        "进行中",
        "正常",
        "实际1.00个，未达年度指标=5.00个，距年底尚有时间",
        *NOT_CORE,
    ]
    assert {row[11] for row in rows[1:-1]} == {"达成", "进行中"}
    assert [row[12] for row in rows[1:-1]].count("落后") == 1
    assert rows[-1] == ["坏文件.xlsx", *[""] * 10, "读取失败", "", "不是绩效表", *NO_MORE, ""]


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        pytest.param("=5.00(个)", "'=5.00(个)", id="equals"),
        pytest.param("+1", "+1", id="positive-number"),
        pytest.param("-5.5", "-5.5", id="negative-number"),
        pytest.param("-30%", "-30%", id="negative-percent"),
        pytest.param("+86 21 1234", "'+86 21 1234", id="plus-text"),
        pytest.param("-", "'-", id="dash"),
        pytest.param("@SUM(A1:A9)", "'@SUM(A1:A9)", id="at"),
        pytest.param("\t=1", "'\t=1", id="tab"),
        pytest.param("≥80.00(%)", "≥80.00(%)", id="target"),
        pytest.param("", "", id="empty"),
    ],
)
def test_spreadsheet_formula_guard(text, safe):
    assert spreadsheet_text(text) == safe


def test_csv_escapes_nothing_it_should_not(evil_card):
    text = render([evil_card], [], "csv")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert {row[4] for row in rows[1:]} == {EVIL}


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def _graded_card(policy: perftrack.Policy | None = None):
    """A self-evaluation table that prints 分值 and 得分 everywhere, and 总分 88 良."""
    table = self_evaluation_table(
        [
            indicator("培训次数", "≥10次", "8次", weight="40", points="30"),
            indicator("合格率", "100%", "100%", level2="质量指标", weight="30", points="30"),
            indicator(
                "满意度",
                "≥90%",
                "95%",
                level1="满意度指标",
                level2="服务对象满意度指标",
                weight="20",
                points="20",
            ),
        ],
        [
            budget_line(
                initial="100",
                period_budget="100",
                executed="80",
                rate="80",
                forecast="95",
                weight="10",
                points="8",
            )
        ],
        total="88",
        grade="良",
    )
    return perftrack.score(table, policy=policy)


def _default_weights_card():
    """A self-evaluation table without 分值: default weights, a 不适用 row."""
    same = {"level1": "产出指标", "level2": "数量指标"}
    table = self_evaluation_table(
        [
            indicator("甲", "≥1次", "1次", **same),
            indicator("乙", "≥1次", "1次", **same),
            indicator("丙", "≥1次", "1次", **same),
            indicator("丁", "≥1次", "0次", level1="效益指标", level2="社会效益指标"),
            indicator("戊", "≥90%", "/", level1="满意度指标", level2="服务对象满意度指标"),
        ],
        [budget_line(initial="10", period_budget="10", executed="10", rate="100")],
    )
    return perftrack.score(table)


def _monitoring_card():
    """A tracking table with 全年预计完成情况 and 完成可能性, no points."""
    likely = indicator("疫苗接种率", "≥90%", "88.5%", forecast="92%", likelihood="确定能")
    # A likelihood judged without its printed text (a table built in Python).
    unlikely = evolve(
        indicator("签约覆盖率", "≥75%", "60%", forecast="预计达到70%"),
        likelihood=perftrack.model.Likelihood.IMPOSSIBLE,
    )
    table = tracking_table(
        [likely, unlikely, indicator("满意度", "≥85%", None)],
        [budget_line(initial="50", period_budget="50", executed="30", rate="60", forecast="48")],
    )
    return perftrack.score(table)


#: The columns after 说明, per row: forecast, likelihood, printed 分值 and 得分, the
#: item's 分值, 得分 and rule, then the table's 计算总分, 等级, 暂估, 表中总分, 表中等级.
@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(
            _graded_card,
            [
                ("培训次数", "", "", "40", "30", "40", "32.00", "未达成，按完成比例80.00%计分"),
                ("合格率", "", "", "30", "30", "30", "30.00", "达成，得满分"),
                ("满意度", "", "", "20", "20", "20", "20.00", "达成，得满分"),
                ("年度资金总额", "", "", "10", "8", "10", "8.00", "按预算执行率80.00%计分"),
            ],
            id="printed-points",
        ),
        pytest.param(
            _default_weights_card,
            [
                ("甲", "", "", "", "", "16.67", "16.67", "达成，得满分"),
                ("乙", "", "", "", "", "16.67", "16.67", "达成，得满分"),
                ("丙", "", "", "", "", "16.66", "16.66", "达成，得满分"),
                ("丁", "", "", "", "", "30", "0.00", "未达成，按完成比例0.00%计分"),
                ("戊", "", "", "", "", "10", "", "不适用，不计分"),
                ("年度资金总额", "", "", "", "", "10", "10.00", "按预算执行率100.00%计分"),
            ],
            id="default-weights",
        ),
        pytest.param(
            _monitoring_card,
            [
                ("疫苗接种率", "92%", "确定能", "", "", "", "", ""),
                ("签约覆盖率", "预计达到70%", "完全不可能", "", "", "", "", ""),
                ("满意度", "", "", "", "", "", "", ""),
            ],
            id="monitoring",
        ),
    ],
)
def test_csv_forecast_likelihood_and_points_per_row(make, expected):
    rows = _csv_rows(render([make()], [], "csv"))
    headers = CSV_HEADER.split(",")
    name, forecast = headers.index("三级指标"), headers.index("全年预计完成情况")
    assert [(row[name], *row[forecast : forecast + 7]) for row in rows[1:]] == expected


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(_graded_card, ["90.00", "优", "否", "88", "良"], id="printed-total"),
        pytest.param(_default_weights_card, ["66.67", "中", "否", "", ""], id="rescaled"),
        pytest.param(_monitoring_card, ["", "", "", "", ""], id="no-points"),
        pytest.param(
            lambda: perftrack.score(
                _monitoring_card().table, policy=perftrack.Policy(provisional_points=True)
            ),
            ["82.44", "良", "是", "", ""],
            id="provisional",
        ),
    ],
)
def test_csv_table_points_on_every_row(make, expected):
    rows = _csv_rows(render([make()], [], "csv"))
    assert rows[0][23:28] == ["计算总分", "计算等级", "暂估", "表中总分", "表中等级"]
    assert {tuple(row[23:28]) for row in rows[1:]} == {tuple(expected)}


def test_csv_rate_row_stands_for_the_execution_rate():
    rows = _csv_rows(render([_graded_card()], [], "csv"))
    assert rows[-1][5:16] == ["预算执行率", "", "年度资金总额", "", "", "", "", "", "", "", ""]
    # The items of the rows add up to the computed total, as in JSON.
    assert sum(Decimal(row[21]) for row in rows[1:]) == Decimal(rows[1][23])


def _words(rule: str | None) -> str | None:
    """The JSON's machine rule as the CSV words it (计分规则)."""
    return None if rule is None else rule_words(rule)


@pytest.mark.parametrize(
    "make",
    [
        _graded_card,
        _default_weights_card,
        _monitoring_card,
        lambda: perftrack.score(
            _monitoring_card().table, policy=perftrack.Policy(provisional_points=True)
        ),
    ],
)
def test_csv_points_are_the_json_points(make):
    card = make()
    data = json.loads(perftrack.to_json(card))["tables"][0]
    rows = _csv_rows(render([card], [], "csv"))[1:]
    points = data["points"]
    items = points["items"] if points else []
    by_indicator = {item["indicator"]: item for item in items if "indicator" in item}
    expected = [
        (
            indicator["weight"],
            indicator["published_points"],
            by_indicator.get(number, {}).get("weight"),
            by_indicator.get(number, {}).get("points"),
            _words(by_indicator.get(number, {}).get("rule")),
        )
        for number, indicator in enumerate(data["indicators"])
    ]
    lines = {line["line"]: line for line in data["budget"]}
    expected.extend(
        (
            lines[item["budget_line"]]["weight"],
            item["published_points"],
            item["weight"],
            item["points"],
            _words(item["rule"]),
        )
        for item in items
        if "budget_line" in item
    )
    assert [tuple(cell or None for cell in row[18:23]) for row in rows] == expected
    table = (
        (None, None, None)
        if points is None
        else (points["total"], points["grade"], "是" if points["provisional"] else "否")
    )
    published = (data["published"]["total"], data["published"]["grade"])
    assert {tuple(cell or None for cell in row[23:28]) for row in rows} == {(*table, *published)}


# --- XLSX ----------------------------------------------------------------------


def test_xlsx_sheets_and_cells(cards):
    book = _xlsx(render(cards, ERRORS, "xlsx"))
    assert book.sheetnames == ["指标", "发现", "汇总", "预算", "说明", "读取失败"]
    sheet = book["指标"]
    assert [cell.value for cell in sheet[1]] == CSV_HEADER.split(",")
    assert sheet.max_row == 25
    # A target such as =5.00(个) is text, never a formula.
    row = [cell.value for cell in sheet[14]]
    assert row[7:13] == ["居委党群服务站建设", "=5.00(个)", "1.00", "1.00", "进行中", "正常"]
    assert sheet["I14"].data_type == "s"
    assert sheet["C14"].value == 2
    summary = book["汇总"]
    assert summary["A2"].value == "社区党群服务中心工作"
    assert [summary.cell(2, column).value for column in range(3, 8)] == [
        383.45,
        83.47,
        21.77,
        66.67,
        44.9,
    ]
    assert summary["E2"].number_format == "0.00"
    budget = book["预算"]
    assert [cell.value for cell in budget[1]][4:10] == [
        "资金来源",
        "年初预算数",
        "跟踪期/全年预算数",
        "执行数",
        "填报执行率(%)",
        "重算执行率(%)",
    ]
    totals = [
        row for row in budget.iter_rows(min_row=2, values_only=True) if row[4] == "年度资金总额"
    ]
    assert [row[9] for row in totals] == [67.27, 21.77]
    findings = book["发现"]
    ids = [row[5] for row in findings.iter_rows(min_row=2, values_only=True)]
    assert "budget-behind-schedule" in ids
    assert len(ids) == sum(len(card.findings) for card in cards)
    assert book["读取失败"]["A2"].value == "坏文件.xlsx"


def test_xlsx_layout(cards):
    book = _xlsx(render(cards, ERRORS, "xlsx"))
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert sheet["A1"].font.b, sheet.title
        assert sheet.column_dimensions["A"].width > 4, sheet.title
    assert book["指标"].auto_filter.ref == "A1:AC25"  # 核心指标 last (score56 #1)
    widths = {letter: dim.width for letter, dim in book["指标"].column_dimensions.items()}
    # Fitted to the content, wide characters counting two, and capped.
    assert widths["C"] == 8  # 表序号
    assert widths["H"] == 48  # 社区党群服务中心党群之家(文体中心)升级改造
    assert max(widths.values()) <= 60


def test_xlsx_conditional_formatting(cards):
    sheet = _xlsx(render(cards, [], "xlsx"))["指标"]
    rules = {
        (str(ranges.sqref), rule.type, rule.operator, tuple(rule.formula))
        for ranges in sheet.conditional_formatting
        for rule in ranges.rules
    }
    assert rules == {
        ("L2:L25", "cellIs", "equal", ('"达成"',)),
        ("L2:L25", "cellIs", "equal", ('"未达成"',)),
        ("L2:L25", "cellIs", "equal", ('"进行中"',)),
        ("M2:M25", "cellIs", "equal", ('"落后"',)),
    }
    colours = {
        rule.formula[0]: rule.dxf.fill.fgColor.rgb[-6:]
        for ranges in sheet.conditional_formatting
        for rule in ranges.rules
    }
    assert colours == {
        '"达成"': "C6EFCE",
        '"未达成"': "FFC7CE",
        '"进行中"': "FFEB9C",
        '"落后"': "FFEB9C",
    }


def test_xlsx_without_openpyxl_names_the_extra(cards, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(PerftrackError, match=r"xlsx 扩展（pip install 'perftrack\[xlsx\]'）"):
        render(cards, [], "xlsx")
    # The other formats do not need it.
    assert render(cards, [], "csv")


def test_xlsx_keeps_evil_text_as_text(evil_card):
    book = _xlsx(render([evil_card], [{"file": "=cmd|' /C calc'!A0", "message": "x"}], "xlsx"))
    assert book["指标"]["E2"].value == EVIL
    assert book["读取失败"]["A2"].value == "=cmd|' /C calc'!A0"
    assert book["读取失败"]["A2"].data_type == "s"


def test_xlsx_points_forecast_and_likelihood():
    book = _xlsx(render([_graded_card(), _monitoring_card()], [], "xlsx"))
    sheet = book["指标"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == CSV_HEADER.split(",")
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    column = {header: number for number, header in enumerate(headers)}
    # The CSV's rows, numbers as numbers (two decimals shown).
    assert [
        (row[column["三级指标"]], *row[column["表中分值"] : column["计分规则"] + 1]) for row in rows
    ] == [
        ("培训次数", 40, 30, 40, 32, "未达成，按完成比例80.00%计分"),
        ("合格率", 30, 30, 30, 30, "达成，得满分"),
        ("满意度", 20, 20, 20, 20, "达成，得满分"),
        ("年度资金总额", 10, 8, 10, 8, "按预算执行率80.00%计分"),
        ("疫苗接种率", None, None, None, None, None),
        ("签约覆盖率", None, None, None, None, None),
        ("满意度", None, None, None, None, None),
    ]
    assert sheet.cell(2, column["计算得分"] + 1).number_format == "0.00"
    assert rows[0][column["计算总分"] :] == (90, "优", "否", 88, "良", "否")
    assert rows[3][column["一级指标"]] == "预算执行率"
    assert [row[column["全年预计完成情况"]] for row in rows[4:]] == ["92%", "预计达到70%", None]
    assert [row[column["完成可能性"]] for row in rows[4:]] == ["确定能", "完全不可能", None]

    summary = book["汇总"]
    headers = [cell.value for cell in summary[1]]
    assert headers[5] == "序时进度/年终要求(%)"
    assert headers[-6:] == ["对照标准", "计算总分", "计算等级", "暂估", "表中总分", "表中等级"]
    # Worst first: the tables are told apart by the bar they are held to.
    first, second = list(summary.iter_rows(min_row=2, values_only=True))
    graded, monitored = (first, second) if first[-6] == "年终执行率要求" else (second, first)
    assert graded[5] == 90
    assert graded[-6:] == ("年终执行率要求", 90, "优", "否", 88, "良")
    assert monitored[5] == 66.67
    assert monitored[-6:] == ("序时进度", None, None, None, None, None)

    budget = book["预算"]
    headers = [cell.value for cell in budget[1]]
    assert headers[-4:] == ["全年预计执行数", "全年预计执行率(%)", "表中分值", "表中得分"]
    assert [row[-4:] for row in budget.iter_rows(min_row=2, values_only=True)] == [
        (95, None, 10, 8),
        (48, None, None, None),
    ]


# --- the bar of the summaries ---------------------------------------------------


@pytest.mark.parametrize(
    ("make", "bar"),
    [
        pytest.param(_graded_card, "90.00（年终要求）", id="self-evaluation"),
        pytest.param(_monitoring_card, "66.67", id="tracking"),
    ],
)
def test_summaries_say_which_bar(make, bar):
    card = make()
    markdown = render([card], [], "markdown")
    assert "| 执行率(%) | 序时进度/年终要求(%) | 差距(百分点) |" in markdown
    summary = markdown.split("## 汇总")[1].split("\n## ")[0]
    assert summary.splitlines()[4].split(" | ")[5] == bar
    page = render([card], [], "html")
    assert "<th>序时进度/年终要求(%)</th>" in page
    assert f'<td class="num">{bar}</td>' in page
    # the chart's heading names the bar it marks
    heading = "年终执行率要求" if bar.endswith("（年终要求）") else "序时进度"
    assert f"<h3>预算执行与{heading}</h3>" in page
    # The facts still give the time progress of the JSON.
    data = json.loads(perftrack.to_json(card))["tables"][0]
    assert f"- **序时进度**：{data['time_progress']}%" in markdown


# --- review --------------------------------------------------------------------


def test_review_seed(cards):
    text = render(cards, ERRORS, "review")
    blocks = text.rstrip("\n").split("\n\n")
    assert len(blocks) == 3
    assert [block.splitlines()[0] for block in blocks[:2]] == list(PROJECTS)
    community = blocks[1].splitlines()[1]
    assert community.startswith(
        "经审核，『社区党群服务中心工作』项目截至2023年8月31日预算执行率为21.77%，低于序时进度66.67%"
        "（已执行83.47万元，跟踪期预算383.45万元）。"
    )
    assert "共设置绩效指标12项，已完成9项，进行中3项，其中1项进度落后于计划。" in community
    assert "存在以下问题：一是预算执行进度滞后，执行率低于序时进度44.90个百分点；" in community
    assert (
        "二是有1项指标进度落后于跟踪期计划（“社区党群服务中心党群之家(文体中心)升级改造”）；"
        in community
    )
    assert "三是对完成可能性的判断偏于乐观：" in community
    assert "四是绩效指标设置不够规范，有3项指标为定性或文字描述，难以量化考核" in community
    assert community.endswith(
        "。建议加快预算执行进度，加快落后指标的实施进度，审慎判断完成可能性，细化量化绩效指标。"
    )
    first = blocks[0].splitlines()[1]
    assert "预算执行率为67.27%，高于序时进度66.67%" in first
    assert "共设置绩效指标12项，已完成10项，进行中2项。" in first
    # Nested quotes inside an indicator name become single quotes.
    assert "（“完成生病生育探望慰问”、“对‘两新’支部党务工作人员进行党务基础工作等培训”）" in first
    assert blocks[2] == "以下文件未能读取，未纳入审核：坏文件.xlsx（不是绩效表）。"
    # Reading notes are not problems of the project.
    assert "错开" not in text
    assert "调整为" not in text


def test_review_writes_up_every_kind_of_trouble(troubled_card):
    text = render([troubled_card], [], "review")
    assert text == (
        "场地改造项目\n"
        "经审核，『场地改造项目』项目截至2023年8月31日预算执行率为10.00%，低于序时进度66.67%"
        "（已执行10.00万元，预算100.00万元）。"
        "共设置绩效指标4项，已完成1项，进行中1项（其中1项进度落后于计划），未完成1项，无法判断1项。"
        "存在以下问题："
        "一是预算执行进度滞后，执行率低于序时进度56.67个百分点；"
        "二是有1项指标未完成年度目标（“场地改造”）；"
        "三是有1项指标进度落后于跟踪期计划（“培训次数”）；"
        "四是有1项指标未填写实际完成值（“宣传覆盖率”）；"
        "五是有2项指标存在偏差但未分析原因（“培训次数”、“场地改造”）；"
        "六是存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施；"
        "七是对完成可能性的判断偏于乐观：预算执行率仅10.00%却判断预算“确定能完成”，"
        "“培训次数”、“场地改造”进度落后或未完成却判断绩效目标“确定能完成”；"
        "八是绩效指标设置不够规范，缺少效益指标。"
        "建议加快预算执行进度，分析未完成原因并落实整改，加快落后指标的实施进度，"
        "补充填报实际完成值，补充偏差原因分析，补充纠偏措施，审慎判断完成可能性，细化量化绩效指标。\n"
    )


def test_review_of_a_self_evaluation_table():
    table = self_evaluation_table(
        [
            indicator("培训次数", "≥10次", "12次", weight="50", points="50"),
            indicator(
                "满意度",
                "≥90%",
                "80%",
                level1="满意度指标",
                level2="服务对象满意度指标",
                weight="30",
                points="30",
            ),
        ],
        [
            budget_line(
                initial="100",
                period_budget="100",
                executed="80",
                rate="80",
                weight="20",
                points="16",
            )
        ],
        total="96",
        grade="优",
    )
    text = render([perftrack.score(table)], [], "review")
    heading, paragraph = text.rstrip("\n").split("\n")
    assert heading == "<内存> 第1张表"
    assert paragraph.startswith(
        "经审核，该项目截至2023年12月31日全年预算执行率为80.00%，低于年终执行率要求90.00%"
    )
    assert "按评分规则得分92.67分，等级为“优”（表中自评96.00分，等级“优”）。" in paragraph
    assert "一是预算执行率偏低，执行率低于年终执行率要求10.00个百分点；" in paragraph
    assert "自评打分存在差错" in paragraph
    assert paragraph.endswith("复核自评分值与得分。")


def test_review_without_problems():
    table = tracking_table(
        [
            indicator("培训次数", "≥2次", "2次", planned="1次", level2="数量指标"),
            indicator(
                "效果", "≥1次", "1次", planned="1次", level1="效益指标", level2="社会效益指标"
            ),
            indicator(
                "满意度",
                "≥90%",
                "95%",
                planned="90%",
                level1="满意度指标",
                level2="服务对象满意度指标",
            ),
        ],
        [budget_line(initial="10", period_budget="10", executed="8", rate="80")],
    )
    text = render([perftrack.score(table)], [], "review")
    assert "预算执行率为80.00%，高于序时进度66.67%" in text
    assert text.endswith(
        "已完成3项。未发现明显问题。建议继续按计划推进项目实施，确保全年绩效目标如期实现。\n"
    )


@pytest.mark.parametrize(
    ("number", "ordinal"),
    [
        (1, "一"),
        (2, "二"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
    ],
)
def test_chinese_ordinals(number, ordinal):
    assert chinese_ordinal(number) == ordinal


# --- no scorecards, errors only ----------------------------------------------


def test_errors_only_in_every_format():
    assert render([], ERRORS, "markdown") == (
        "# 预算绩效审核报告\n\n共 0 张表，1 个文件未能读取。\n\n"
        "## 未能读取的文件\n\n| 文件 | 原因 |\n|---|---|\n| 坏文件.xlsx | 不是绩效表 |\n"
    )
    page = render([], ERRORS, "html")
    assert "<td>坏文件.xlsx</td><td>不是绩效表</td>" in page
    assert "<svg" not in page
    assert 'id="summary"' not in page
    assert render([], ERRORS, "csv") == (
        "\ufeff" + CSV_HEADER + "\r\n坏文件.xlsx,,,,,,,,,,,读取失败,,不是绩效表" + "," * 15 + "\r\n"
    )
    book = _xlsx(render([], ERRORS, "xlsx"))
    assert book["指标"].max_row == 1
    assert book["读取失败"]["B2"].value == "不是绩效表"
    assert (
        render([], ERRORS, "review")
        == "以下文件未能读取，未纳入审核：坏文件.xlsx（不是绩效表）。\n"
    )


def test_nothing_at_all():
    assert render([], [], "review") == "没有可审核的绩效表。\n"
    assert render([], [], "csv") == "\ufeff" + CSV_HEADER + "\r\n"
    assert "共 0 张表。" in render([], [], "html")


# --- the review of a target table and of a monitoring table (report3 M3) ---------


def _sound_target_rows():
    return [
        indicator("新建健身步道长度", "≥20公里"),
        indicator("工程验收合格率", "100%", level2="质量指标"),
        indicator("完工时间", "2023年10月底前", level2="时效指标"),
        indicator("经常参加体育锻炼人数比例", "≥40%", level1="效益指标", level2="社会效益指标"),
        indicator("群众满意度", "≥90%", level1="满意度指标", level2="服务对象满意度指标"),
        # findings1 M6: a target table of 2022 or later sets a 成本 level 1 (101号)
        indicator("每公里建设成本", "≤15万元", level1="成本指标", level2="经济成本指标"),
    ]


def _target_card(rows, budget=()):
    table = tracking_table(rows, budget, period=(2023, 1, 2023, 12), kind=TableKind.TARGET)
    table = evolve(table, overall_goal=perftrack.OverallGoal("建成健身步道"))
    return perftrack.score(evolve(table, project=evolve(table.project, name="健身步道")))


@pytest.mark.parametrize(
    ("rows", "budget", "paragraph"),
    [
        pytest.param(
            _sound_target_rows(),
            [budget_line(initial="300.00")],
            "经审核，『健身步道』项目申报预算300.00万元，设置绩效指标6项（产出3项、效益1项、满意度1项、成本1项）。"
            "未发现明显问题。建议按申报的绩效目标组织实施，做好绩效运行监控。",
            id="sound",
        ),
        pytest.param(
            _sound_target_rows()[:2],
            [],
            "经审核，『健身步道』项目设置绩效指标2项（产出2项）。存在以下问题："
            "绩效指标设置不够规范，缺少成本指标、效益指标、满意度指标，产出指标缺少时效指标。"
            "建议细化量化绩效指标。",
            id="no-budget-missing-level1",
        ),
        pytest.param(
            [*_sound_target_rows()[:3], indicator("全民阅读氛围", "明显提升", level1="效益指标")],
            [budget_line(initial="120.00")],
            "经审核，『健身步道』项目申报预算120.00万元，设置绩效指标4项（产出3项、效益1项）。"
            "存在以下问题：绩效指标设置不够规范，有1项指标为定性或文字描述，难以量化考核"
            "（“全民阅读氛围”），缺少成本指标、满意度指标。建议细化量化绩效指标。",
            id="not-measurable",
        ),
    ],
)
def test_review_of_a_target_table(rows, budget, paragraph):
    text = render([_target_card(rows, budget)], [], "review")
    assert text == f"健身步道\n{paragraph}\n"
    # a 申报表 has no execution, no verdicts to count, nothing to carry on with
    for wrong in ("截至", "未填报预算执行", "不适用", "继续按计划推进"):
        assert wrong not in text


def _monitoring_review_card(*rows, goal=None):
    table = tracking_table(
        rows,
        [budget_line(initial="100", period_budget="100", executed="60", rate="60")],
        judgement=None if goal is None else judgement("有可能完成", goal),
        corrective="加快采购",
    )
    return perftrack.score(evolve(table, project=evolve(table.project, name="科研仪器")))


_MISSED = indicator("对外开放共享机时", "≥2000小时", "300小时", forecast="1800小时")


@pytest.mark.parametrize(
    ("rows", "counted", "problem"),
    [
        pytest.param(
            [evolve(_MISSED, likelihood_text="完全不可能", likelihood=Likelihood.IMPOSSIBLE)],
            "其中1项预计全年无法完成。",
            "据单位全年预计，有1项指标无法完成年度目标（“对外开放共享机时”），"
            "单位自评完成目标可能性为“完全不可能”",
            id="impossible",
        ),
        pytest.param(
            [_MISSED],
            "其中1项预计全年无法完成。",
            "据单位全年预计，有1项指标无法完成年度目标（“对外开放共享机时”）；",
            id="no-likelihood",
        ),
        pytest.param(
            [evolve(_MISSED, likelihood_text="确定能", likelihood=Likelihood.CERTAIN)],
            "其中1项预计全年无法完成。",
            "单位自评完成目标可能性为“确定能”，与其全年预计不符",
            id="certain-contradicts",
        ),
        pytest.param(
            [
                evolve(_MISSED, likelihood_text="完全不可能", likelihood=Likelihood.IMPOSSIBLE),
                indicator("仪器使用率", "≥80%", "30%", forecast="70%", likelihood="有可能"),
            ],
            "其中2项预计全年无法完成。",
            "据单位全年预计，有2项指标无法完成年度目标（“对外开放共享机时”、“仪器使用率”），"
            "单位自评完成目标可能性：“对外开放共享机时”为“完全不可能”，“仪器使用率”为“有可能”",
            id="mixed",
        ),
        pytest.param(
            [
                _MISSED,
                indicator("培训次数", "≥10次", "2次", planned="5次", reason="场地未落实"),
            ],
            "其中1项进度落后于计划，1项预计全年无法完成。",
            "有1项指标进度落后于跟踪期计划（“培训次数”）；"
            "三是据单位全年预计，有1项指标无法完成年度目标（“对外开放共享机时”）",
            id="with-a-plan-behind",
        ),
    ],
)
def test_review_of_a_monitoring_table_names_the_forecast(rows, counted, problem):
    text = render([_monitoring_review_card(*rows)], [], "review")
    assert counted in text
    assert problem in text
    assert "对预计无法完成的指标及时采取纠偏措施，确实无法完成的按程序调整绩效目标" in text
    if not any(row.planned for row in rows):
        assert "跟踪期计划" not in text
        assert "进度落后于计划" not in text


def test_review_judgement_names_a_forecast_miss():
    card = _monitoring_review_card(
        evolve(_MISSED, likelihood_text="完全不可能", likelihood=Likelihood.IMPOSSIBLE),
        goal="确定能完成",
    )
    text = render([card], [], "review")
    assert "“对外开放共享机时”进度落后、未完成或预计无法完成却判断绩效目标“确定能完成”" in text


@pytest.mark.parametrize(
    ("kind", "closing"),
    [
        pytest.param(
            TableKind.TRACKING,
            "建议继续按计划推进项目实施，确保全年绩效目标如期实现。",
            id="tracking",
        ),
        pytest.param(
            TableKind.SELF_EVALUATION,
            "建议总结项目实施经验，做好评价结果应用。",
            id="self-evaluation",
        ),
    ],
)
def test_review_without_problems_advises_for_the_stage(kind, closing):
    table = tracking_table(
        [
            indicator("培训次数", "≥2次", "2次", planned="2次"),
            indicator("效果", "≥1次", "1次", planned="1次", level1="效益指标"),
            indicator("满意度", "≥90%", "95%", planned="90%", level1="满意度指标"),
        ],
        [budget_line(initial="10", period_budget="10", executed="10", rate="100")],
        period=(2023, 1, 2023, 12),
        kind=kind,
    )
    text = render([perftrack.score(table)], [], "review")
    assert text.endswith(f"未发现明显问题。{closing}\n")


# --- 偏差原因分析 and 备注 in every report for people (report3 M4) ------------------


def _reasons_card():
    """A tracking table: one row behind with a reason and a remark, one met with a remark."""
    behind = evolve(
        indicator(
            "修复工程", "≥10处", "2处", planned="6处", reason="因汛期连续降雨导致施工便道中断"
        ),
        remarks="已报调整",
    )
    met = evolve(indicator("巡查次数", "≥4次", "4次", planned="3次"), remarks="按月巡查")
    table = tracking_table(
        [behind, met], [budget_line(initial="10", period_budget="10", executed="8", rate="80")]
    )
    return perftrack.score(table)


def test_csv_and_xlsx_have_the_reason_and_remarks_after_the_explanation():
    card = _reasons_card()
    expected = [("因汛期连续降雨导致施工便道中断", "已报调整"), ("", "按月巡查")]
    rows = _csv_rows(render([card], [], "csv"))
    headers = rows[0]
    explanation = headers.index("说明")
    assert headers[explanation + 1 : explanation + 3] == ["偏差原因分析", "备注"]
    assert [tuple(row[explanation + 1 : explanation + 3]) for row in rows[1:]] == expected
    sheet = _xlsx(render([card], [], "xlsx"))["指标"]
    assert [cell.value for cell in sheet[1]] == headers
    cells = [row[explanation + 1 : explanation + 3] for row in sheet.iter_rows(2, values_only=True)]
    assert cells == [("因汛期连续降雨导致施工便道中断", "已报调整"), (None, "按月巡查")]


_VERDICT_COLUMNS_FOR_PARAMS = (
    "序号",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "计划值",
    "实际值",
    "完成情况",
    "进度",
    "说明",
)


@pytest.mark.parametrize(
    ("make", "columns", "headers"),
    [
        pytest.param(_reasons_card, None, ("偏差原因分析", "备注"), id="both"),
        pytest.param(
            lambda: perftrack.score(
                tracking_table([indicator("甲", "≥1次", "0次", planned="1次", reason="资金未到位")])
            ),
            None,
            ("偏差原因分析",),
            id="reason-only",
        ),
        # a monitoring table: no reasons, its forecasts and likelihoods, no plan column
        pytest.param(
            _monitoring_card,
            tuple(column for column in _VERDICT_COLUMNS_FOR_PARAMS if column != "计划值"),
            ("全年预计完成情况", "完成可能性"),
            id="monitoring",
        ),
    ],
)
def test_markdown_and_html_add_the_reason_columns_a_table_fills_in(make, columns, headers):
    card = make()
    columns = columns or _VERDICT_COLUMNS
    markdown = render([card], [], "markdown")
    heading = next(line for line in markdown.splitlines() if line.startswith("| 序号 |"))
    assert heading == "| " + " | ".join((*columns, *headers)) + " |"
    page = render([card], [], "html")
    assert ("<th>说明</th>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>") in page
    for indicator_row in card.table.indicators:
        if indicator_row.deviation_reason:
            assert f"<td>{indicator_row.deviation_reason}</td>" in page
            assert f" {indicator_row.deviation_reason} |" in markdown


_VERDICT_COLUMNS = (
    "序号",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "计划值",
    "实际值",
    "完成情况",
    "进度",
    "说明",
)


def test_text_report_gives_the_reason_of_rows_off_course():
    lines = scorecard_text(_reasons_card()).splitlines()
    behind = next(n for n, line in enumerate(lines) if "修复工程" in line)
    assert lines[behind + 2 : behind + 4] == [
        "       偏差原因：因汛期连续降雨导致施工便道中断",
        "       备注：已报调整",
    ]
    # a row on course keeps to its two lines
    met = next(n for n, line in enumerate(lines) if "巡查次数" in line)
    assert "按月巡查" not in "\n".join(lines[met:])


# --- XLSX cells cut at Excel's limit, and the same bytes every time (report3 L1, L2) --


@pytest.mark.parametrize(
    ("text", "expected_length", "cut"),
    [
        pytest.param("短", 1, False, id="short"),
        pytest.param("字" * CELL_LIMIT, CELL_LIMIT, False, id="at-the-limit"),
        pytest.param("字" * (CELL_LIMIT + 1), CELL_LIMIT, True, id="one-over"),
        pytest.param("字" * 37_005, CELL_LIMIT, True, id="long-actual"),
        # a character beyond the BMP takes two of Excel's units
        pytest.param("𠀀" * 20_000, CELL_LIMIT, True, id="astral"),
        # … and is dropped rather than cut in half
        pytest.param("字" + "𠀀" * 20_000, CELL_LIMIT - 1, True, id="astral-split"),
    ],
)
def test_xlsx_cell_text_is_cut_with_a_mark(text, expected_length, cut):
    shown = cell_text(text)
    assert len(shown.encode("utf-16-le")) // 2 == expected_length
    assert shown.endswith(CUT_MARK) is cut
    if cut:
        assert text.startswith(shown.removesuffix(CUT_MARK))


def test_xlsx_long_cells_end_with_the_mark():
    long_actual = "已完成" + "甲" * 37_000
    card = perftrack.score(tracking_table([indicator("工程", "≥1处", long_actual)]))
    sheet = _xlsx(render([card], [], "xlsx"))["指标"]
    actual = sheet.cell(2, CSV_HEADER.split(",").index("实际值") + 1).value
    assert len(actual) == CELL_LIMIT
    assert actual == long_actual[: CELL_LIMIT - len(CUT_MARK)] + CUT_MARK
    # the CSV keeps the whole text
    assert long_actual in render([card], [], "csv")


def _core_times(data: bytes) -> list[str]:
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode()
    return re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]+)<", core)


def test_xlsx_is_reproducible(cards, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render(cards, ERRORS, "xlsx")
    # an hour later, by the clock zip entries are dated with
    later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: later)
    second = render(cards, ERRORS, "xlsx")
    assert first == second
    assert _core_times(first) == ["1980-01-01T00:00:00Z", "1980-01-01T00:00:00Z"]
    entries = zipfile.ZipFile(io.BytesIO(first)).infolist()
    assert {entry.date_time for entry in entries} == {(1980, 1, 1, 0, 0, 0)}


@pytest.mark.parametrize(
    ("epoch", "stamp", "date_time"),
    [
        ("1700000000", "2023-11-14T22:13:20Z", (2023, 11, 14, 22, 13, 20)),
        ("0", "1980-01-01T00:00:00Z", (1980, 1, 1, 0, 0, 0)),  # before a zip can say
        ("yesterday", "1980-01-01T00:00:00Z", (1980, 1, 1, 0, 0, 0)),
    ],
)
def test_xlsx_takes_source_date_epoch(cards, monkeypatch, epoch, stamp, date_time):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    data = render(cards, [], "xlsx")
    assert _core_times(data) == [stamp, stamp]
    assert {e.date_time for e in zipfile.ZipFile(io.BytesIO(data)).infolist()} == {date_time}
    assert _xlsx(data).properties.creator == "perftrack"


# --- 计分规则 in words (report3 L3) -------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "zh", "en"),
    [
        (
            "comparison not_met: ratio 83.33%",
            "未达成，按完成比例83.33%计分",
            "not met: scored by the ratio 83.33%",
        ),
        (
            "comparison partial: ratio 95.00%",
            "部分达成，按完成比例95.00%计分",
            "partly met: scored by the ratio 95.00%",
        ),
        (
            "comparison not_met: past the target 80.00%",
            "未达成，实际越过目标，按80.00%计分",
            "not met: past the target, scored 80.00%",
        ),
        (
            "comparison partial: status",
            "部分达成（按填报的完成状态），得部分分值",
            "partly met (by the status stated): the partial share",
        ),
        (
            "any_of partial: ratio 94.44%",
            "部分达成，按最优选项的完成比例94.44%计分",
            "partly met: scored by the ratio 94.44% of the best option",
        ),
        ("comparison met", "达成，得满分", "met: full points"),
        ("qualitative met", "达成，得满分", "met: full points"),
        ("deadline not_met", "未达成，不得分", "not met: no points"),
        ("comparison not_met", "未达成，不得分", "not met: no points"),
        ("qualitative partial", "部分达成，得部分分值", "partly met: the partial share"),
        ("unknown: left out", "无法判断，不计分", "undecided: left out"),
        (
            "unknown: printed points",
            "无法判断，采用表中得分",
            "undecided: the printed points stand",
        ),
        ("not_applicable", "不适用，不计分", "not applicable: left out"),
        ("execution rate 83.33%", "按预算执行率83.33%计分", "scored by the execution rate 83.33%"),
        # a rule this version does not know is shown as it is
        ("a future rule", "a future rule", "a future rule"),
        ("comparison bogus: ratio 1%", "comparison bogus: ratio 1%", "comparison bogus: ratio 1%"),
    ],
)
def test_rule_words(rule, zh, en):
    assert rule_words(rule) == zh
    assert rule_words(rule, "zh") == zh
    assert rule_words(rule, "en") == en


@pytest.mark.parametrize(
    ("language", "rules"),
    [
        (
            "zh",
            [
                "未达成，按完成比例80.00%计分",
                "达成，得满分",
                "达成，得满分",
                "按预算执行率80.00%计分",
            ],
        ),
        (
            "en",
            [
                "not met: scored by the ratio 80.00%",
                "met: full points",
                "met: full points",
                "scored by the execution rate 80.00%",
            ],
        ),
    ],
)
def test_spreadsheets_word_the_rule_in_the_policys_language(language, rules):
    card = _graded_card(perftrack.Policy(language=language))
    rows = _csv_rows(render([card], [], "csv"))
    column = rows[0].index("计分规则")
    assert [row[column] for row in rows[1:]] == rules
    sheet = _xlsx(render([card], [], "xlsx"))["指标"]
    assert [row[column] for row in sheet.iter_rows(2, values_only=True)] == rules
    # the JSON keeps the machine rule for programs
    data = json.loads(perftrack.to_json(card))["tables"][0]
    assert data["points"]["items"][0]["rule"] == "comparison not_met: ratio 80.00%"


_TARGET_TABLE = "\n".join(
    "\t".join(row)
    for row in (
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "农村饮水安全巩固提升工程"],
        ["主管部门", "某县水务局", "实施单位", "某县农村供水管理站"],
        ["项目资金（万元）", "", "年度资金总额", "1280"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建及改造供水工程数量", "≥25处"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    )
)


def test_a_target_table_prints_its_budget_not_an_execution(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # e2e12 L6: a 申报表 printed "预算执行：年度资金总额 — / 1280 万元 = —%", a 序时进度
    # and "—%/100.00%" in the summary: it executes nothing yet
    (table,) = perftrack.read_text(_TARGET_TABLE)
    assert table.kind is TableKind.TARGET
    card = perftrack.score(table)
    text = scorecard_text(card)
    assert "  申报预算：年度资金总额 1280 万元" in text.splitlines()
    assert "预算执行" not in text
    assert "序时进度" not in text
    from perftrack import cli  # noqa: PLC0415

    (tmp_path / "目标表.txt").write_text(_TARGET_TABLE, encoding="utf-8")
    cli.main(["score", str(tmp_path / "目标表.txt"), str(tmp_path / "目标表.txt")])
    summary = capsys.readouterr().out.split("汇总：")[1]
    assert "—%" not in summary
    assert "1280万元 —" in summary


@pytest.mark.parametrize(
    ("rate", "shown"),
    [
        ("0.9422", "填报 0.9422，按比例计为94.22%"),  # a share: read as 94.22% (e2e14 L5)
        ("94.22", "填报 94.22%"),
        ("0.95", "填报 0.95%"),  # no share of these amounts: as printed
    ],
)
def test_a_printed_rate_is_shown_as_scoring_read_it(rate, shown):
    line = budget_line(initial="320", executed="301.5", rate=rate)
    card = perftrack.score(self_evaluation_table([indicator("培训人数", "≥3次", "3次")], [line]))
    assert shown in scorecard_text(card)
    assert shown in budget_sentence(card)


# -- work done late, and completions dated after the table (findings1 M4, H2) ----------

_LATE = indicator(
    "文物修缮完工时间", "2023年6月30日前", "2023年8月20日完成", "完成", level2="时效指标"
)


def _late_review(*rows, goal="确定能完成", corrective="", period=(2023, 1, 2023, 8)):
    table = tracking_table(
        rows,
        [budget_line(initial="100", period_budget="100", executed="70", rate="70")],
        judgement=judgement("确定能完成", goal),
        corrective=corrective,
        period=period,
    )
    card = perftrack.score(evolve(table, project=evolve(table.project, name="公共文化")))
    return render([card], [], "review")


@pytest.mark.parametrize(
    ("rows", "period", "present", "absent"),
    [
        pytest.param(
            [_LATE],
            (2023, 1, 2023, 8),
            [
                (
                    "共设置绩效指标1项，逾期完成1项。存在以下问题：一是有1项指标逾期完成"
                    "（“文物修缮完工时间”应于2023年6月30日前完成，实际于2023年8月20日完成），未说明逾期原因；"
                    "二是绩效指标设置不够规范"
                ),
                "建议分析逾期原因，加强时效管理，细化量化绩效指标。",
            ],
            ["未完成", "进度落后", "存在偏差但未分析原因", "偏于乐观", "纠偏措施"],
            id="late-one-problem",
        ),
        pytest.param(
            [evolve(_LATE, deviation_reason="雨季停工")],
            (2023, 1, 2023, 8),
            [
                "一是有1项指标逾期完成（“文物修缮完工时间”应于2023年6月30日前完成，实际于2023年8月20日完成）；二是"
            ],
            ["未说明逾期原因", "未完成"],
            id="late-with-its-reason",
        ),
        pytest.param(
            [
                indicator(
                    "文物修缮完工时间", "2023年6月30日前", "逾期完成", "完成", level2="时效指标"
                )
            ],
            (2023, 1, 2023, 8),
            ["有1项指标逾期完成（“文物修缮完工时间”），未说明逾期原因"],
            ["未完成", "进度落后"],
            id="late-in-words",
        ),
        pytest.param(
            [
                indicator(
                    "危桥改造完成时间",
                    "2023年6月底前",
                    "2023年7月10日",
                    forecast="已完成",
                    level2="时效指标",
                )
            ],
            (2023, 1, 2023, 7),
            [
                "有1项指标逾期完成（“危桥改造完成时间”应于2023年6月30日前完成，实际于2023年7月10日完成）"
            ],
            ["据单位全年预计", "预计全年无法完成", "未完成"],
            id="late-forecast-done-is-no-forecast-of-failure",
        ),
        pytest.param(
            [
                indicator(
                    "雨污分流改造完成时间",
                    "2023年12月底前",
                    "2023年10月15日完成",
                    "完成",
                    level2="时效指标",
                    reason="按计划推进",
                )
            ],
            (2023, 1, 2023, 8),
            [
                "共设置绩效指标1项，进行中1项，其中1项进度落后于计划。",
                (
                    "一是有1项指标的实际完成值所填日期晚于跟踪期末，不能作为实际完成情况"
                    "，且进度落后于跟踪期计划（“雨污分流改造完成时间”）"
                ),
                "建议按截至跟踪期末的实际情况填报完成值",
            ],
            ["已完成", "逾期"],
            id="completion-after-the-period",
        ),
    ],
)
def test_review_of_work_done_late(rows, period, present, absent):
    text = _late_review(*rows, period=period)
    for fragment in present:
        assert fragment in text
    for fragment in absent:
        assert fragment not in text
