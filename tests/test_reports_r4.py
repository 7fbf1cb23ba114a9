"""The reports of a run, report4: control characters, share rates, monitoring columns.

Each fix has a table of cases, input → exact result, from tables written here.
"""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest
from attrs import evolve

import perftrack
from perftrack._errors import writable_text
from perftrack.checking import FileFinding, text_lines
from perftrack.model import Finding, Judgement, Likelihood, Project, Severity, Source, Where
from perftrack.report import scorecard_text
from perftrack.reports import render
from perftrack.reports._common import (
    budget_cells,
    budget_headers,
    budget_sentence,
    facts,
    verdict_headers,
)
from perftrack.reports._html import budget_chart
from perftrack.reports._xlsx import cell_text
from scoring_builders import budget_line, indicator, tracking_table

# ---------------------------------------------------------------------------
# A tracking table as a text export writes it, its cells filled from the cases


def _tracking_tsv(name: str, department: str = "某县交通运输局", reason: str = "") -> str:
    """A 跟踪表 TSV: *name* and *department* in the project rows, *reason* on a late row."""
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：2024年1月至2024年6月"],
        ["项目名称", name, "", "", ""],
        ["主管部门", department, "", "实施单位", "某县公路中心"],
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
        ["产出指标", "数量指标", "改造里程", "≥100公里", "50公里", "20公里", reason],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "90%", "92%", ""],
    ]
    return "".join("\t".join(row) + "\n" for row in rows)


def _read_tsv(tmp_path, text: str, file: str = "表.tsv") -> perftrack.Table:
    path = tmp_path / file
    path.write_text(text, encoding="utf-8")
    (table,) = perftrack.read(path)
    return table


# ---------------------------------------------------------------------------
# M1 and H1: what the readers make of control characters and noncharacters


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("城市公交\x01运营补贴", "城市公交 运营补贴", id="soh"),
        pytest.param("城市公交\x08运营补贴", "城市公交 运营补贴", id="backspace"),
        pytest.param("城市公交\x1b[8m运营补贴", "城市公交 [8m运营补贴", id="esc"),
        pytest.param("城市公交\x7f运营补贴", "城市公交 运营补贴", id="del"),
        pytest.param("城市公交\x9b8m运营补贴", "城市公交 8m运营补贴", id="c1-csi"),
        pytest.param("城市公交\x1f运营补贴", "城市公交 运营补贴", id="unit-separator"),
        pytest.param("城市公交\ufffe运营补贴", "城市公交运营补贴", id="ufffe"),
        pytest.param("城市公交\uffff运营补贴", "城市公交运营补贴", id="uffff"),
        pytest.param("城市公交\ufdd0运营补贴", "城市公交运营补贴", id="ufdd0"),
        pytest.param("城市公交运营补贴", "城市公交运营补贴", id="plain"),
    ],
)
def test_a_text_cell_reads_control_characters_as_a_space_and_drops_noncharacters(
    tmp_path, cell, expected
):
    table = _read_tsv(tmp_path, _tracking_tsv(cell, reason=f"天气{cell[4:]}"))
    assert table.project.name == expected
    assert table.indicators[0].deviation_reason == f"天气{expected[4:]}"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("城市公交\x1b[8m运营补贴", "城市公交 [8m运营补贴", id="esc"),
        pytest.param("城市公交\ufffe运营补贴", "城市公交运营补贴", id="ufffe"),
    ],
)
def test_a_csv_cell_is_cleaned_the_same_way(tmp_path, cell, expected):
    text = _tracking_tsv(cell).replace("\t", ",")
    assert _read_tsv(tmp_path, text, "表.csv").project.name == expected


def test_a_cell_break_and_tab_keep_their_meaning(tmp_path):
    # a quoted CSV cell with a line break and a tab: structure, not a control to drop;
    # the break between two Chinese characters wraps the name (read55 M2), the tab parts it
    text = _tracking_tsv("X").replace("\t", ",").replace(",X,", ',"城市\n公交\t补贴",')
    assert _read_tsv(tmp_path, text, "表.csv").project.name == "城市公交 补贴"


def test_a_noncharacter_cell_no_longer_costs_the_workbook(tmp_path):
    card = perftrack.score(_read_tsv(tmp_path, _tracking_tsv("城市公交\ufffe运营补贴")))
    book = openpyxl.load_workbook(io.BytesIO(render([card], [], "xlsx")))
    assert "城市公交运营补贴" in [cell.value for cell in book["指标"]["E"]]


# ---------------------------------------------------------------------------
# H1 and M1 in the writers: text that did not come through a reader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("甲\x0b乙", "甲 乙", id="vertical-tab"),
        pytest.param("甲\x1b乙\x7f丙", "甲 乙 丙", id="esc-del"),
        pytest.param("甲\ufffe乙\uffff", "甲乙", id="noncharacters"),
        pytest.param("甲\ud800乙", "甲乙", id="lone-surrogate"),
        pytest.param("甲\t乙\n丙\r丁", "甲\t乙\n丙\r丁", id="tab-lf-cr-kept"),
    ],
)
def test_an_xlsx_cell_holds_only_what_xml_can(text, expected):
    assert cell_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("天气原因\x1b[8m", "天气原因 [8m", id="esc"),
        pytest.param("a\x01b\x08c\x7fd\x9be", "a b c d e", id="c0-del-c1"),
        pytest.param("a\rb", "a b", id="carriage-return"),
        pytest.param("a\ufffeb\uffffc\ud800d", "abcd", id="noncharacters"),
        pytest.param("一\n二\t三", "一\n二\t三", id="tab-and-lf-kept"),
        pytest.param("plain 文本", "plain 文本", id="plain"),
    ],
)
def test_writable_text(text, expected):
    assert writable_text(text) == expected


def _card_named(name: str) -> perftrack.Scorecard:
    late = indicator("改造里程", "≥100公里", "20公里", planned="50公里", reason=f"原因{name}")
    table = tracking_table([late], [budget_line(initial="100", period_budget="100", executed="50")])
    return perftrack.score(evolve(table, project=Project(name, "某局")))


@pytest.mark.parametrize("fmt", ["markdown", "html", "review", "xlsx", "text", "check"])
@pytest.mark.parametrize("bad", ["\x1b[8m", "\x01", "\x08", "\x7f", "\ufffe", "\uffff"])
def test_no_report_writes_a_control_character_or_noncharacter(fmt, bad):
    card = _card_named(f"公交{bad}补贴")
    if fmt == "text":
        out = scorecard_text(card)
    elif fmt == "check":
        finding = Finding("x", Severity.WARNING, f"坏{bad}消息", Where(cell="A1"))
        out = "\n".join(text_lines([FileFinding(f"a{bad}.tsv", None, 0, None, finding)]))
    elif fmt == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(render([card], [], "xlsx")))
        out = "".join(str(cell.value) for row in book["指标"].iter_rows() for cell in row)
    else:
        out = render([card], [], fmt)
    assert bad not in out


# ---------------------------------------------------------------------------
# M2: a printed rate read as a share, under a (%) header


@pytest.mark.parametrize(
    ("amounts", "rate", "expected"),
    [
        pytest.param(("3200", "3200", "3200"), "1", "100（填报1）", id="one"),
        pytest.param(("80", "80", "20"), "0.25", "25（填报0.25）", id="quarter"),
        pytest.param(("80", "80", "20"), "25", "25", id="percent"),
        pytest.param(("80", "80", "20"), None, "", id="none"),
    ],
)
def test_the_budget_table_shows_a_share_rate_as_the_percent_it_was_read_as(amounts, rate, expected):
    initial, budget, executed = amounts
    line = budget_line(initial=initial, period_budget=budget, executed=executed, rate=rate)
    card = perftrack.score(tracking_table([indicator("甲", "≥1次", "1次")], [line]))
    assert budget_cells(card)[0][4] == expected
    markdown = render([card], [], "markdown")
    if expected:
        assert f"| {expected} |" in markdown


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        pytest.param("1", Decimal(100), id="one"),
        pytest.param("0.25", Decimal(25), id="quarter"),
        pytest.param("25", Decimal(25), id="percent"),
    ],
)
def test_the_xlsx_budget_sheet_holds_percent_figures(rate, expected):
    executed = str(Decimal(80) * Decimal(expected) / 100)
    line = budget_line(initial="80", period_budget="80", executed=executed, rate=rate)
    card = perftrack.score(tracking_table([indicator("甲", "≥1次", "1次")], [line]))
    sheet = openpyxl.load_workbook(io.BytesIO(render([card], [], "xlsx")))["预算"]
    headers = [cell.value for cell in sheet[1]]
    assert Decimal(str(sheet.cell(2, headers.index("填报执行率(%)") + 1).value)) == expected


def test_a_forecast_rate_share_is_a_percent_in_the_tables():
    line = evolve(
        budget_line(initial="50", period_budget="50", executed="30", rate="60", forecast="30"),
        forecast_rate=Decimal("0.6"),
    )
    card = perftrack.score(tracking_table([indicator("甲", "≥1次", "1次")], [line]))
    assert budget_cells(card)[0][6:] == ["30", "60（填报0.6）"]
    sheet = openpyxl.load_workbook(io.BytesIO(render([card], [], "xlsx")))["预算"]
    headers = [cell.value for cell in sheet[1]]
    assert sheet.cell(2, headers.index("全年预计执行率(%)") + 1).value == 60


# ---------------------------------------------------------------------------
# M3: a monitoring table's forecasts and likelihoods in Markdown and HTML

_BASE = ("序号", "一级指标", "二级指标", "三级指标", "年度指标值")
_VERDICTS = ("实际值", "完成情况", "进度", "说明")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                indicator("里程", "≥120公里", "30公里", forecast="100公里", likelihood="不可能"),
                indicator("合格率", "100%", "100%", forecast="100%", likelihood="确定能"),
            ],
            (*_BASE, *_VERDICTS, "全年预计完成情况", "完成可能性"),
            id="monitoring",
        ),
        pytest.param(
            [indicator("里程", "≥120公里", "30公里", likelihood="有可能")],
            (*_BASE, *_VERDICTS, "完成可能性"),
            id="likelihood-only",
        ),
        pytest.param(
            [indicator("里程", "≥120公里", "30公里", "50公里", forecast="100公里")],
            (*_BASE, "计划值", *_VERDICTS, "全年预计完成情况"),
            id="forecast-with-plan",
        ),
        pytest.param(
            [indicator("里程", "≥120公里", "30公里", "50公里")],
            (*_BASE, "计划值", *_VERDICTS),
            id="tracking",
        ),
    ],
)
def test_the_indicator_table_adds_forecast_columns(rows, expected):
    card = perftrack.score(tracking_table(rows))
    assert verdict_headers(card) == expected
    markdown = render([card], [], "markdown")
    assert "| " + " | ".join(expected) + " |" in markdown
    page = render([card], [], "html")
    assert "".join(f"<th>{header}</th>" for header in expected) in page


def test_the_monitoring_cells_stand_under_their_columns():
    rows = [indicator("里程", "≥120公里", "30公里", forecast="100公里", likelihood="不可能")]
    markdown = render([perftrack.score(tracking_table(rows))], [], "markdown")
    row = next(line for line in markdown.splitlines() if line.startswith("| 1 |"))
    assert row.endswith("| 100公里 | 不可能 |")
    assert row.startswith("| 1 | 产出指标 | 数量指标 | 里程 | ≥120公里 | 30公里 |")


@pytest.mark.parametrize(
    ("forecast", "expected_headers", "expected_cells"),
    [
        pytest.param(
            "4000",
            ("全年预计执行数", "全年预计执行率(%)"),
            ["4000", ""],
            id="forecast",
        ),
        pytest.param(None, (), [], id="none"),
    ],
)
def test_the_budget_table_adds_the_forecast_when_printed(
    forecast, expected_headers, expected_cells
):
    line = budget_line(initial="4500", period_budget="4500", executed="900", forecast=forecast)
    card = perftrack.score(tracking_table([indicator("甲", "≥1次", "1次")], [line]))
    kind = card.table.kind
    assert budget_headers(kind, forecast=forecast is not None)[6:] == expected_headers
    assert budget_cells(card)[0][6:] == expected_cells
    markdown = render([card], [], "markdown")
    assert ("全年预计执行数" in markdown) is (forecast is not None)


# ---------------------------------------------------------------------------
# L1: an overspent budget is no good mark


@pytest.mark.parametrize(
    ("executed", "fact", "text_end", "colour"),
    [
        pytest.param(
            "120",
            "执行率 120.00%（120 / 100 万元），高于序时进度 66.67%，执行数超过预算数",
            "，高于序时进度，执行数超过预算数 ⚠",
            "#d4a72c",
            id="overspent",
        ),
        pytest.param(
            "100",
            "执行率 100.00%（100 / 100 万元），不低于序时进度 66.67%",
            "，不低于序时进度 ✓",
            "#2da44e",
            id="spent",
        ),
        pytest.param(
            "80",
            "执行率 80.00%（80 / 100 万元），不低于序时进度 66.67%",
            "，不低于序时进度 ✓",
            "#2da44e",
            id="ahead",
        ),
        pytest.param(
            "50",
            "执行率 50.00%（50 / 100 万元），低于序时进度 66.67%",
            "，低于序时进度 ✗",
            "#cf222e",
            id="behind",
        ),
    ],
)
def test_an_overspent_budget_is_marked_over_not_on_schedule(executed, fact, text_end, colour):
    line = budget_line(initial="100", executed=executed)
    card = perftrack.score(tracking_table([indicator("甲", "≥1次", "1次")], [line]))
    assert budget_sentence(card) == fact
    budget_lines = [line for line in scorecard_text(card).splitlines() if "预算执行：" in line]
    assert budget_lines[0].endswith(text_end)
    assert f'fill="{colour}"' in budget_chart(card)


# ---------------------------------------------------------------------------
# L2: the text report prints the table's judgement and measures


@pytest.mark.parametrize(
    ("judgement", "corrective", "expected"),
    [
        pytest.param(
            Judgement("确定能完成", Likelihood.CERTAIN, "有可能完成", Likelihood.POSSIBLE),
            "加快施工进度",
            [
                "  总体判断：预算完成可能性：确定能完成；绩效目标完成可能性：有可能完成",
                "  纠偏措施：加快施工进度",
            ],
            id="both",
        ),
        pytest.param(None, "", ["  纠偏措施：（未填写）"], id="no-measures"),
        pytest.param(None, "一、加快\n二、督办", ["  纠偏措施：一、加快 二、督办"], id="lines"),
    ],
)
def test_the_text_report_prints_judgement_and_measures(judgement, corrective, expected):
    table = tracking_table(
        [indicator("甲", "≥1次", "1次")], judgement=judgement, corrective=corrective
    )
    card = perftrack.score(table)
    lines = scorecard_text(card).splitlines()
    assert [line for line in lines if line.startswith(("  总体判断", "  纠偏措施"))] == expected
    # the same facts as the Markdown and HTML
    labels = [label for label, _ in facts(card)]
    assert ("总体判断" in labels) is (judgement is not None)


# ---------------------------------------------------------------------------
# L3: a table that names no project


@pytest.mark.parametrize(
    ("name", "department", "title", "expected"),
    [
        pytest.param(
            "", "", None, ["未填写项目名称和主管部门，无法确定所审核的项目"], id="neither"
        ),
        pytest.param("", "某县交通运输局", None, ["未填写项目名称"], id="no-name"),
        pytest.param("农村公路提质改造", "", None, [], id="named"),
        pytest.param("", "", "部门整体支出绩效自评表", [], id="department-table"),
    ],
)
def test_a_read_table_that_names_no_project_is_flagged(tmp_path, name, department, title, expected):
    text = _tracking_tsv(name, department)
    if title is not None:
        text = text.replace("财政项目支出绩效跟踪表", title, 1)
    card = perftrack.score(_read_tsv(tmp_path, text))
    found = [f for f in card.findings if f.id == "missing-project-name"]
    assert [f.message for f in found] == expected
    assert all(f.severity is Severity.WARNING for f in found)


def test_a_table_built_in_code_is_not_asked_for_a_name():
    table = tracking_table([indicator("甲", "≥1次", "1次")])
    assert "missing-project-name" not in {f.id for f in perftrack.score(table).findings}
    named = evolve(table, source=Source(file="无名.tsv"))
    assert "missing-project-name" in {f.id for f in perftrack.score(named).findings}


def test_the_review_letter_names_the_missing_project(tmp_path):
    card = perftrack.score(_read_tsv(tmp_path, _tracking_tsv("", "")))
    review = render([card], [], "review")
    assert "未填写项目名称和主管部门" in review
    assert "未发现明显问题" not in review
