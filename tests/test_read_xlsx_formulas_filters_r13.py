"""xlsx: formulas stored without a result, AutoFilter views, 万元 display formats (read13).

Every workbook is built here with openpyxl (``fixtures_office.xlsx_bytes``); a string
that starts with ``=`` is stored as a formula without a cached result, as a script
writes it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import replace_member, xlsx_bytes
from perftrack.readers._xlsx import number_text, read_xlsx

_SHEET = "xl/worksheets/sheet1.xml"

# --- H3: the display scaling of number formats ----------------------------------------


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        # a literal point: the integer's last digits after it (元 shown as 万元)
        (8600000, "0!.0000", "860.0000"),
        (7998000, "0!.0000", "799.8000"),
        (7998000.4, "0!.0000", "799.8000"),  # rounded to the integer first
        (7998000.6, "0!.0000", "799.8001"),
        (123, "0!.0000", "0.0123"),
        (8600000, "0\\.0000", "860.0000"),
        # a trailing comma: thousands; two: millions
        (8600000, "#,##0.00,", "8600.00"),
        (1234567, "0.0,,", "1.2"),
        (8600000, '#,##0,"千元"', "8600千元"),  # the money unit of a scaling format is kept
        # both, and a condition picking the section
        (8600000, '0!.0,"万"', "860.0万"),
        (8600000, '[>=10000]0!.0,"万";0', "860.0万"),
        (500, '[>=10000]0!.0,"万";0', "500"),
        # a thousands separator between digits scales nothing
        (1234567, "#,##0", "1234567"),
        (1234567.5, "#,##0.00", "1234567.50"),
        # not imitated: a literal point and a real one
        (8600000, "0!.0.00", "8600000"),
        # as before
        (84.88, "0.00", "84.88"),
        (0.6726, "0.00%", "67.26%"),
        (0.9, '"≥"0%', "≥90%"),
    ],
)
def test_number_text_scales_as_excel_shows(value: float, number_format: str, expected: str) -> None:
    assert number_text(value, number_format) == expected


@pytest.mark.parametrize(
    ("number_format", "expected"),
    [
        ("0!.0000", ("860.0000", "799.8000")),
        ('[>=10000]0!.0,"万";0', ("860.0万", "799.8万")),
        ("#,##0.00,", ("8600.00", "7998.00")),
        ("#,##0.00", ("8600000.00", "7998000.00")),
    ],
)
def test_wan_formats_in_a_workbook(number_format: str, expected: tuple[str, str]) -> None:
    data = xlsx_bytes(
        {"表1": [["项目资金（万元）", "年初预算数", "执行数"], ["年度资金总额", 8600000, 7998000]]},
        number_formats={"表1": {"B2": number_format, "C2": number_format}},
    )
    [sheet] = read_xlsx(data)
    assert sheet.rows[1][1:] == expected


# --- H2 / M1: formulas without a result -----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # formula syntax: never computed, so empty
        ("=汇总!B3", ""),
        ("='目标值'!B3", ""),
        ("=VLOOKUP(C8,目标表!A:B,2,0)", ""),
        ('=IF(E6>=0.95,"达标","未达标")', ""),
        ("=SUM(一季度!C5,二季度!C5)", ""),
        ('="第"&2&"名"', ""),
        ('="≥"&90&"%"', ""),
        ("=DATE(2024,11,20)", ""),
        ("=E8", ""),
        ("=D5/C5", ""),
        ("=ROUND(E5/12*10,2)", ""),
        # text typed after an = (the central template): read as typed
        ("=28所", "=28所"),
        ("=12.5(平方公里)", "=12.5(平方公里)"),
        ("=5.00(个)", "=5.00(个)"),
        ("=100%", "=100%"),
    ],
)
def test_a_formula_without_a_result_is_empty_typed_text_is_kept(typed: str, expected: str) -> None:
    [sheet] = read_xlsx(xlsx_bytes({"表1": [["指标", "值"], ["培训人次", typed]]}))
    assert sheet.rows[1][1] == expected
    assert sheet.formulas == (frozenset({(2, 2)}) if not expected else frozenset())


def test_ascii_figure_with_a_bracketed_unit_is_typed_text() -> None:
    # =100.00(%): the central template's target typed in ASCII (regress27: before, the
    # cell stayed empty without a word; see tests/test_regress27.py)
    [sheet] = read_xlsx(xlsx_bytes({"表1": [["指标", "值"], ["验收合格率", "=100.00(%)"]]}))
    assert (sheet.rows[1][1], sheet.formulas) == ("=100.00(%)", frozenset())


def test_formula_cells_go_to_the_nearest_table_of_their_sheet() -> None:
    first = _tracking("=汇总!B3", "≥100人", "120人")
    second = _tracking("=汇总!B4", "≥200人", "=SUM(一季度!C5,二季度!C5)")
    tables = perftrack.read(xlsx_bytes({"表1": [*first, [], [], *second]}))
    found = [
        [f.message.split("，")[0] for f in table.findings if f.id == "formula-without-result"]
        for table in tables
    ]
    assert found == [["1个单元格是未计算的公式（B2）"], ["2个单元格是未计算的公式（B10、E12）"]]


def _tracking(name: object, target: object, actual: object) -> list[list[object]]:
    return [
        ["2024年度项目支出绩效运行监控表"],
        ["项目名称", name],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "健康管理人数", target, actual],
        [None, "质量指标", "健康管理率", "≥60%", "61.0%"],
        [None, "时效指标", "完成时间", "2024年11月30日前", None],
    ]


def test_uncomputed_formulas_are_one_table_finding_not_names_or_targets() -> None:
    data = xlsx_bytes({"项目1": _tracking("=汇总!B3", "=目标表!C2", "=SUM(一季度!C5,二季度!C5)")})
    [table] = perftrack.read(data)
    assert table.project.name is None
    first = table.indicators[0]
    assert (first.target, first.actual) == (None, None)
    notes = [(f.id, f.severity.value, f.message, f.where.cell) for f in table.findings]
    assert notes == [
        (
            "formula-without-result",
            "warning",
            (
                "3个单元格是未计算的公式（B2、D4、E4），文件未经 Excel 保存，读作空白；"
                "请在 Excel/WPS 中打开并保存后重新读取"
            ),
            "B2",
        )
    ]
    card = perftrack.score(table)
    missing = sorted(
        (f.id, f.where.name) for f in card.findings if f.id in {"missing-actual", "missing-target"}
    )
    # the formula cells are said once, by the table; the truly empty actual is still 未填
    assert missing == [("missing-actual", "完成时间")]


def test_a_workbook_with_typed_text_only_has_no_formula_finding() -> None:
    [table] = perftrack.read(xlsx_bytes({"表1": _tracking("两新党建工作", "=28所", "28所")}))
    assert str(table.indicators[0].target) == "=28(所)"
    assert "formula-without-result" not in {f.id for f in table.findings}


# --- H1: rows an AutoFilter hides are read ----------------------------------------------


def _filtered(auto_filter: str, sheet_pr: str = "") -> bytes:
    rows = _tracking("高标准农田建设", "≥5000亩", "5200亩")
    rows.append([None, "成本指标", "亩均财政投入", "≤3000元", "3046元"])
    data = xlsx_bytes({"跟踪表": rows})

    def edit(xml: str) -> str:
        for number in (5, 7):
            xml = xml.replace(f'<row r="{number}"', f'<row r="{number}" hidden="1"', 1)
        if sheet_pr:
            xml = xml.replace("<sheetPr>", f"<sheetPr {sheet_pr}>", 1)
            xml = xml.replace("<sheetPr/>", f"<sheetPr {sheet_pr}/>", 1)
        return xml.replace("</sheetData>", "</sheetData>" + auto_filter, 1)

    return replace_member(data, _SHEET, edit)


_COLUMN = '<filterColumn colId="1"><filters><filter val="数量指标"/></filters></filterColumn>'


@pytest.mark.parametrize(
    ("auto_filter", "sheet_pr", "names"),
    [
        # an active filter (a column's criteria): its hidden rows are a view, read
        (
            f'<autoFilter ref="A3:E7">{_COLUMN}</autoFilter>',
            "",
            ["健康管理人数", "健康管理率", "完成时间", "亩均财政投入"],
        ),
        ('<autoFilter ref="A3:E7"/>', 'filterMode="1"', None),
        # a filter over other rows: rows 5 and 7 are hidden by hand
        (f'<autoFilter ref="A3:E4">{_COLUMN}</autoFilter>', "", ["健康管理人数", "完成时间"]),
        # filter buttons but no criteria: hidden by hand
        ('<autoFilter ref="A3:E7"/>', "", ["健康管理人数", "完成时间"]),
        # no filter: hidden by hand, left out as before
        ("", "", ["健康管理人数", "完成时间"]),
    ],
)
def test_rows_hidden_by_an_autofilter_are_read(
    auto_filter: str, sheet_pr: str, names: list[str] | None
) -> None:
    data = _filtered(auto_filter, sheet_pr)
    [table] = perftrack.read(data)
    expected = names or ["健康管理人数", "健康管理率", "完成时间", "亩均财政投入"]
    assert [indicator.name for indicator in table.indicators] == expected


# --- L3: an error value in the 总分 cell ------------------------------------------------


def test_an_error_value_in_the_total_is_malformed_points() -> None:
    rows: list[list[object]] = [
        ["2024年度项目支出绩效自评表"],
        ["项目名称", "学生营养改善"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "受益学生人数", "≥5000人", "5200人", 50, 50],
        [None, "质量指标", "营养餐合格率", "≥98%", "99%", 50, 50],
        ["总分", None, None, None, None, 100, "#N/A"],
    ]
    [table] = perftrack.read(xlsx_bytes({"自评表": rows}))
    assert table.published.total is None
    found = [(f.id, f.message, f.where.cell) for f in table.findings if f.id == "malformed-points"]
    assert found == [("malformed-points", "总分单元格为 Excel 错误值“#N/A”（公式无法计算）", "G6")]


def test_a_number_total_is_read_as_before() -> None:
    rows: list[list[object]] = [
        ["2024年度项目支出绩效自评表"],
        ["项目名称", "学生营养改善"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "受益学生人数", "≥5000人", "5200人", 100, 100],
        ["总分", None, None, None, None, 100, 100],
    ]
    [table] = perftrack.read(xlsx_bytes({"自评表": rows}))
    assert table.published.total == Decimal(100)
    assert "malformed-points" not in {f.id for f in table.findings}
