"""Sheets that are no page of the table before, furniture that is a reason's tail,
and template sheets left unread.

A workbook of one grid per project, or one sheet per quarter, is no PDF printed one
page per sheet: a sheet goes on with no finished table (a total, a conclusion or
signatures after its grid) and no sheet named for a period does. A bureau or a page
mark under a reason broken mid-clause is the reason's tail. A template's 指标说明
sheet is an info, not a warning. Every workbook is built here with openpyxl.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes

TITLE = "2024年度项目支出绩效自评表"
HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因",
]
BUDGET = [
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "200", "200", "190", "10", "95%", "9.5"],
]


def project(name: str) -> list[list[str]]:
    return [["项目名称", name], ["主管部门", "某县教育局", "实施单位", "某县实验小学"]]


SCHOOL_ROWS = [
    ["产出指标", "数量指标", "改造校舍面积", "≥3000平方米", "3200平方米", "30", "30"],
    ["效益指标", "社会效益指标", "受益学生人数", "≥1500人", "1620人", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "93%", "30", "29.5"],
]
SCHOOL_TOTAL = ["总分", "", "", "", "", "100", "99.5"]
SCHOOL = [TITLE, *project("校舍维修改造"), *BUDGET, HEADER, *SCHOOL_ROWS]
BOOK_ROWS = [
    ["产出指标", "数量指标", "购置图书册数", "≥5000册", "4200册", "40", "33.6"],
    ["效益指标", "社会效益指标", "图书借阅人次", "≥8000人次", "9000人次", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "95%", "20", "20"],
]
BOOK_TOTAL = ["总分", "", "", "", "", "100", "93.1"]
SCHOOL_NAMES = ["改造校舍面积", "受益学生人数", "师生满意度"]
BOOK_NAMES = ["购置图书册数", "图书借阅人次", "读者满意度"]
CONCLUSION = [["自评结论", "项目总体完成较好"]]
SIGNATURES = [["填报人：张三", "", "联系电话：0571-88881234", "", "填报日期：2025年1月10日"]]


def read_book(sheets: dict[str, list[list[str]] | list[list[str] | str]]) -> list[perftrack.Table]:
    data = xlsx_bytes(
        {
            name: [[row] if isinstance(row, str) else row for row in rows]
            for name, rows in sheets.items()
        }
    )
    return list(perftrack.read(data))


def shape(tables: list[perftrack.Table]) -> list[tuple[str | None, list[str]]]:
    return [(table.source.sheet, [i.name for i in table.indicators]) for table in tables]


def unread(table: perftrack.Table) -> list[tuple[str, str]]:
    return [
        (f.severity.value, f.where.sheet or "") for f in table.findings if f.id == "sheet-unread"
    ]


# ---------------------------------------------------------------------------
# A sheet after a finished table, or named for a period, goes on with nothing


@pytest.mark.parametrize(
    ("sheets", "expected", "findings"),
    [
        pytest.param(
            {"校舍": [*SCHOOL, SCHOOL_TOTAL], "图书": [HEADER, *BOOK_ROWS, BOOK_TOTAL]},
            [("校舍", SCHOOL_NAMES), ("图书", BOOK_NAMES)],
            [],
            id="header-again-after-a-total",
        ),
        pytest.param(
            {
                "校舍": [*SCHOOL, SCHOOL_TOTAL, *CONCLUSION, *SIGNATURES],
                "图书": [HEADER, *BOOK_ROWS, BOOK_TOTAL],
            },
            [("校舍", SCHOOL_NAMES), ("图书", BOOK_NAMES)],
            [],
            id="header-again-after-conclusion-and-signatures",
        ),
        pytest.param(
            {"校舍": [*SCHOOL, SCHOOL_TOTAL], "图书": [*BOOK_ROWS, BOOK_TOTAL]},
            [("校舍", SCHOOL_NAMES)],
            [("warning", "图书")],
            id="rows-after-a-total-are-said-unread",
        ),
        pytest.param(
            {"校舍": [*SCHOOL, *SIGNATURES], "图书": BOOK_ROWS},
            [("校舍", SCHOOL_NAMES)],
            [("warning", "图书")],
            id="rows-after-signatures-are-said-unread",
        ),
        pytest.param(
            {"2024": [*SCHOOL, SCHOOL_TOTAL], "2023": [HEADER, *BOOK_ROWS, BOOK_TOTAL]},
            [("2024", SCHOOL_NAMES), ("2023", BOOK_NAMES)],
            [],
            id="last-years-grid-on-a-sheet-named-for-the-year",
        ),
        pytest.param(
            {"一季度": SCHOOL, "二季度": [HEADER, *BOOK_ROWS]},
            [("一季度", SCHOOL_NAMES), ("二季度", BOOK_NAMES)],
            [],
            id="a-quarters-sheet-without-totals",
        ),
        pytest.param(
            {"1-6月": SCHOOL, "1-9月": BOOK_ROWS},
            [("1-6月", SCHOOL_NAMES)],
            [("warning", "1-9月")],
            id="rows-on-a-sheet-named-for-months",
        ),
    ],
)
def test_a_sheet_goes_on_with_no_finished_table_and_no_periods_sheet(
    sheets: dict[str, list[list[str] | str]],
    expected: list[tuple[str, list[str]]],
    findings: list[tuple[str, str]],
) -> None:
    tables = read_book(sheets)
    assert shape(tables) == expected
    assert unread(tables[0]) == findings


@pytest.mark.parametrize(
    ("sheets", "total"),
    [
        pytest.param(
            {"Table 1": SCHOOL[:-1], "Table 2": [*SCHOOL_ROWS[-1:], SCHOOL_TOTAL]},
            Decimal("99.5"),
            id="the-rest-of-the-grid-and-its-total",
        ),
        pytest.param(
            {"Table 1": SCHOOL[:-1], "Table 2": [HEADER, *SCHOOL_ROWS[-1:], SCHOOL_TOTAL]},
            Decimal("99.5"),
            id="header-again-and-its-total",
        ),
        pytest.param(
            {"Table 1": [*SCHOOL, SCHOOL_TOTAL], "Table 2": [*CONCLUSION, *SIGNATURES]},
            Decimal("99.5"),
            id="the-conclusion-after-a-total",
        ),
        pytest.param(
            {"Table 1": SCHOOL, "Table 2": [SCHOOL_TOTAL, *SIGNATURES]},
            Decimal("99.5"),
            id="a-total-alone-on-the-last-page",
        ),
        pytest.param(
            {"Page 1": SCHOOL[:-1], "Page 2": SCHOOL_ROWS[-1:], "Page 3": [SCHOOL_TOTAL]},
            Decimal("99.5"),
            id="three-pages-the-total-on-the-third",
        ),
    ],
)
def test_the_pages_of_one_table_still_go_on(
    sheets: dict[str, list[list[str] | str]], total: Decimal
) -> None:
    (table,) = read_book(sheets)
    assert [i.name for i in table.indicators] == SCHOOL_NAMES
    assert table.published.total == total
    assert unread(table) == []


def test_a_finished_tables_next_project_keeps_its_own_points() -> None:
    school, book = read_book(
        {"校舍": [*SCHOOL, SCHOOL_TOTAL], "图书": [HEADER, *BOOK_ROWS, BOOK_TOTAL]}
    )
    assert (school.published.total, book.published.total) == (Decimal("99.5"), Decimal("93.1"))
    assert [f.id for f in school.findings] == []


# ---------------------------------------------------------------------------
# A bureau or a page mark under a reason broken mid-clause is the reason's tail


def reasons_of(rows: list[list[str]]) -> tuple[list[str], list[str]]:
    (table,) = read_book({"Table 1": [*SCHOOL[:-3], *rows, SCHOOL_TOTAL]})
    return (
        [i.deviation_reason for i in table.indicators],
        [f.id for f in table.findings if f.id in ("layout-normalised", "split-row")],
    )


ROW = ["产出指标", "数量指标", "改造校舍面积", "≥3000平方米", "2800平方米", "30", "25"]
NEXT = ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "93%", "30", "29.5"]


def with_reason(reason: str) -> list[str]:
    return [*ROW, reason]


def reason_row(text: str, column: int = 7) -> list[str]:
    return [""] * column + [text]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [with_reason("个别资金因审批流程较长，待"), reason_row("县财政局"), NEXT],
            (["个别资金因审批流程较长，待县财政局", ""], ["layout-normalised"]),
            id="bureau-after-dai",
        ),
        pytest.param(
            [with_reason("资金已报送至"), reason_row("某市人民政府"), NEXT],
            (["资金已报送至某市人民政府", ""], ["layout-normalised"]),
            id="government-after-zhi",
        ),
        pytest.param(
            [with_reason("详见"), reason_row("第 2 页"), NEXT],
            (["详见第 2 页", ""], ["layout-normalised"]),
            id="page-after-xiangjian",
        ),
        pytest.param(
            [with_reason("无"), reason_row("某县财政局"), NEXT],
            (["无", ""], []),
            id="bureau-under-a-finished-reason-is-furniture",
        ),
        pytest.param(
            [with_reason("审批流程较长。"), reason_row("某县财政局"), NEXT],
            (["审批流程较长。", ""], []),
            id="bureau-under-a-sentence-is-furniture",
        ),
        pytest.param(
            [with_reason("个别资金因审批流程较长，待"), reason_row("第 1 页"), NEXT],
            (["个别资金因审批流程较长，待", ""], []),
            id="page-mark-under-dai-is-furniture",
        ),
        pytest.param(
            [with_reason("资金已报送至"), reason_row("某县财政局印制"), NEXT],
            (["资金已报送至", ""], []),
            id="printed-by-line-is-furniture",
        ),
        pytest.param(
            [with_reason("个别资金因审批流程较长，待"), reason_row("某县财政局", 3), NEXT],
            (["个别资金因审批流程较长，待", ""], []),
            id="bureau-in-another-column-is-furniture",
        ),
        pytest.param(
            [with_reason("详见"), reason_row("- 1 -", 3), reason_row("第 2 页"), NEXT],
            (["详见", ""], []),
            id="page-mark-after-another-furniture-row",
        ),
    ],
)
def test_furniture_under_a_reason_broken_mid_clause_is_its_tail(
    rows: list[list[str]], expected: tuple[list[str], list[str]]
) -> None:
    assert reasons_of(rows) == expected


# ---------------------------------------------------------------------------
# A template's 指标说明 sheet left unread is an info

GUIDE = [
    ["产出指标", "数量指标", "反映预算部门计划完成的产品或服务数量"],
    ["", "质量指标", "反映预计提供的公共产品或服务达到的标准、水平和效果"],
    ["效益指标", "社会效益指标", "反映项目实施对社会发展带来的影响"],
    ["满意度指标", "服务对象满意度指标", "反映服务对象对项目实施的满意程度"],
]


@pytest.mark.parametrize(
    ("sheets", "expected"),
    [
        pytest.param(
            {
                "自评表": [*SCHOOL, SCHOOL_TOTAL],
                "指标说明": [["一级指标", "二级指标", "指标解释"], *GUIDE],
            },
            [("info", "指标说明")],
            id="guide-with-its-header",
        ),
        pytest.param(
            {"自评表": [*SCHOOL, SCHOOL_TOTAL], "指标说明": GUIDE},
            [("info", "指标说明")],
            id="guide-without-its-header",
        ),
        pytest.param(
            {"自评表": [*SCHOOL, SCHOOL_TOTAL], "指标": [*GUIDE[:1], BOOK_ROWS[0]]},
            [("warning", "指标")],
            id="a-row-with-values-is-a-warning",
        ),
    ],
)
def test_a_guide_sheet_left_unread_is_an_info(
    sheets: dict[str, list[list[str] | str]], expected: list[tuple[str, str]]
) -> None:
    (table,) = read_book(sheets)
    assert [i.name for i in table.indicators] == SCHOOL_NAMES
    assert unread(table) == expected


def test_a_guide_sheet_before_the_table_is_an_info() -> None:
    (table,) = read_book(
        {
            "指标说明": [["一级指标", "二级指标", "指标解释"], *GUIDE],
            "自评表": [*SCHOOL, SCHOOL_TOTAL],
        }
    )
    assert unread(table) == [("info", "指标说明")]
