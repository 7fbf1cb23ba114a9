"""Tables that came through a PDF converter: pages, page furniture and split cells.

Acrobat's "Export to Excel", WPS and Power Query turn a printed table back into
cells: one worksheet per page, the title and the project rows printed again at
the top of every page, page numbers and the bureau's name among the rows, long
names and values broken over two rows or two cells. Every case is a table
written here, as TSV text or as an xlsx workbook built in memory.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack.readers._grid import interpret
from perftrack.readers._sheet import Sheet

TITLE = "2024年度项目支出绩效自评表"
YEAR = "（2024年度）"
PROJECT = ["项目名称", "农村公路安全生命防护工程"]
UNITS = ["主管部门", "某县交通运输局", "", "", "实施单位", "某县公路事业发展中心"]
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
PAGE_ONE = [
    ["产出指标", "数量指标", "防护工程实施里程", "≥120公里", "126.4公里", "25", "25"],
    ["", "时效指标", "工程完工时间", "2024年11月底前", "2024年11月", "25", "25"],
]
PAGE_TWO = [
    ["效益指标", "社会效益指标", "交通事故下降率", "≥5%", "6.2%", "25", "25"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.5%", "25", "25"],
]
TOTAL = ["总分", "", "", "", "", "100", "100"]
NAMES = ["防护工程实施里程", "工程完工时间", "交通事故下降率", "沿线群众满意度"]


def tsv(*rows: list[str] | str) -> str:
    return "\n".join("\t".join([row] if isinstance(row, str) else row) for row in rows)


def read_all(*rows: list[str] | str) -> tuple[perftrack.Table, ...]:
    return perftrack.read_text(tsv(*rows), format="text")


def read(*rows: list[str] | str) -> perftrack.Table:
    (table,) = read_all(*rows)
    return table


def names(table: perftrack.Table) -> list[str]:
    return [indicator.name for indicator in table.indicators]


def findings(table: perftrack.Table) -> list[tuple[str, str, str | None, str]]:
    return [
        (finding.id, finding.severity.value, finding.where.cell, finding.message)
        for finding in table.findings
    ]


def at(column: int, text: str) -> list[str]:
    """A row holding *text* alone in *column* (0-based)."""
    return [""] * column + [text]


# ---------------------------------------------------------------------------
# Page furniture: page marks, the bureau's name, a print date


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param([at(3, "第 1 页")], id="page-in-target-column"),
        pytest.param([at(3, "第 1 页 共 2 页")], id="page-of-pages-in-target-column"),
        pytest.param([at(0, "第 1 页，共 2 页")], id="page-comma-of-pages-in-level-column"),
        pytest.param([at(3, "- 1 -")], id="dashed-page-number-in-target-column"),
        pytest.param([at(6, "共 2 页")], id="page-count-in-points-column"),
        pytest.param([at(4, "Page 1 of 2")], id="english-page-mark-in-actual-column"),
        pytest.param([at(2, "第 1 页")], id="page-in-name-column"),
        pytest.param([at(2, "某县财政局")], id="bureau-in-name-column"),
        pytest.param([at(0, "某县人民政府")], id="government-in-level-column"),
        pytest.param(
            [["", "", "某县财政局印制", "", "2025年1月"]], id="printed-by-and-date-in-name-column"
        ),
        pytest.param([["", "", "", "- 1 -", "", "", "2025-01-10"]], id="page-and-print-date"),
        pytest.param([at(0, "打印日期：2025年1月10日")], id="labelled-print-date"),
        pytest.param(
            [at(6, "- 1 -"), at(0, "某县财政局"), HEADER], id="footer-bureau-and-header-again"
        ),
    ],
)
def test_page_furniture_is_no_value_no_name_and_no_split_row(furniture: list[list[str]]) -> None:
    table = read(TITLE, PROJECT, HEADER, *PAGE_ONE, *furniture, *PAGE_TWO, TOTAL)
    assert names(table) == NAMES
    assert [indicator.weight for indicator in table.indicators] == [Decimal(25)] * 4
    assert str(table.indicators[1].target) == "2024年11月底前"
    assert findings(table) == []


@pytest.mark.parametrize(
    ("row", "expected_names", "expected_findings"),
    [
        pytest.param(
            at(2, "宣传资料印制"),
            ["防护工程实施里程", "工程完工时间宣传资料印制", "交通事故下降率", "沿线群众满意度"],
            [
                (
                    "split-row",
                    "warning",
                    "C6",
                    "第6行只有“宣传资料印制”，已作为上一行的续行并入指标“工程完工时间宣传资料印制”，请核对",
                )
            ],
            id="a-name-ending-in-printing-is-a-name",
        ),
        pytest.param(
            at(4, "2025年1月"),
            NAMES,
            [
                (
                    "split-row",
                    "warning",
                    "E6",
                    "第6行只有“2025年1月”，未作为指标读取，请核对是否为上下行的续行",
                )
            ],
            id="a-date-alone-in-the-actual-column-is-said",
        ),
    ],
)
def test_what_is_no_page_furniture_is_read_as_before(
    row: list[str],
    expected_names: list[str],
    expected_findings: list[tuple[str, str, str | None, str]],
) -> None:
    table = read(TITLE, PROJECT, HEADER, *PAGE_ONE, row, *PAGE_TWO, TOTAL)
    assert names(table) == expected_names
    assert findings(table) == expected_findings


# ---------------------------------------------------------------------------
# The title printed again at the top of every page


@pytest.mark.parametrize(
    "page_head",
    [
        pytest.param([TITLE, HEADER], id="title-and-header"),
        pytest.param([TITLE, YEAR, PROJECT, UNITS, HEADER], id="title-year-project-and-header"),
        pytest.param(
            [at(3, "- 1 -"), "某县财政局", TITLE, HEADER], id="footer-bureau-title-header"
        ),
        pytest.param([TITLE, PROJECT, UNITS], id="title-and-project-rows-no-header"),
        pytest.param([at(6, "第 1 页"), TITLE, YEAR, PROJECT, UNITS, HEADER], id="print-titles"),
    ],
)
def test_a_title_repeated_on_the_next_page_starts_no_table(
    page_head: list[list[str] | str],
) -> None:
    table = read(TITLE, YEAR, PROJECT, UNITS, HEADER, *PAGE_ONE, *page_head, *PAGE_TWO, TOTAL)
    assert names(table) == NAMES
    assert table.title == TITLE
    assert (table.project.name, table.project.department) == (
        "农村公路安全生命防护工程",
        "某县交通运输局",
    )
    assert table.published.total == Decimal(100)
    assert findings(table) == []


@pytest.mark.parametrize(
    "second_head",
    [
        pytest.param([TITLE, ["项目名称", "危桥改造工程"], HEADER], id="another-project"),
        pytest.param([TITLE, PROJECT, ["主管部门", "某县水利局"], HEADER], id="another-department"),
        pytest.param(["2024年度部门整体支出绩效自评表", HEADER], id="another-title"),
    ],
)
def test_a_title_over_another_project_still_starts_a_table(
    second_head: list[list[str] | str],
) -> None:
    tables = read_all(TITLE, PROJECT, UNITS, HEADER, *PAGE_ONE, *second_head, *PAGE_TWO)
    assert [names(table) for table in tables] == [NAMES[:2], NAMES[2:]]


# ---------------------------------------------------------------------------
# One worksheet per printed page (Acrobat's Export to Excel)


def read_book(sheets: dict[str, list[list[str] | str]]) -> tuple[perftrack.Table, ...]:
    data = xlsx_bytes(
        {
            name: [[row] if isinstance(row, str) else row for row in rows]
            for name, rows in sheets.items()
        }
    )
    return perftrack.read(data)


PAGE_ONE_SHEET = [TITLE, YEAR, PROJECT, UNITS, HEADER, *PAGE_ONE]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param([*PAGE_TWO, TOTAL], id="rows-only"),
        pytest.param([HEADER, *PAGE_TWO, TOTAL], id="header-again"),
        pytest.param([*PAGE_TWO, TOTAL, at(3, "第 2 页，共 2 页")], id="rows-and-page-mark"),
        pytest.param(
            [["Column1", "Column2", "Column3"], at(0, "某县财政局"), *PAGE_TWO, TOTAL],
            id="column-names-and-bureau-first",
        ),
        pytest.param(
            [["", "", "交通事故下降率", "≥5%", "6.2%", "25", "25"], PAGE_TWO[1], TOTAL],
            id="no-level-label-in-the-first-row",
        ),
    ],
)
def test_a_sheet_of_grid_rows_goes_on_with_the_table_before(
    second: list[list[str] | str],
) -> None:
    (table,) = read_book({"Table 1": PAGE_ONE_SHEET, "Table 2": second})
    assert names(table) == NAMES
    assert table.source.sheet == "Table 1"
    assert (table.project.name, table.period is not None) == ("农村公路安全生命防护工程", True)
    assert table.published.total == Decimal(100)
    positions = [indicator.position for indicator in table.indicators]
    assert [(p.sheet, p.cell) for p in positions if p is not None] == [
        ("Table 1", "C6"),
        ("Table 1", "C7"),
        ("Table 2", f"C{second.index(PAGE_TWO[1])}"),
        ("Table 2", f"C{second.index(PAGE_TWO[1]) + 1}"),
    ]
    assert findings(table) == []


def test_a_sheet_with_a_title_or_project_of_its_own_is_a_table_of_its_own() -> None:
    tables = read_book(
        {
            "Table 1": [*PAGE_ONE_SHEET, TOTAL],
            "Table 2": [TITLE, ["项目名称", "危桥改造工程"], HEADER, *PAGE_TWO],
        }
    )
    assert [(table.project.name, names(table)) for table in tables] == [
        ("农村公路安全生命防护工程", NAMES[:2]),
        ("危桥改造工程", NAMES[2:]),
    ]


@pytest.mark.parametrize(
    ("sheets", "expected"),
    [
        pytest.param(
            {
                "Table 1": [*PAGE_ONE_SHEET, TOTAL],
                "填表说明": ["1. 分值合计为100分。", "2. 请如实填写。"],
            },
            [
                (
                    "sheet-unread",
                    "info",
                    "A1",
                    "工作表“填表说明”未读出表格（2行内容，首行“1. 分值合计为100分。”）",
                )
            ],
            id="a-sheet-of-notes",
        ),
        pytest.param(
            {
                "Table 1": [*PAGE_ONE_SHEET, TOTAL],
                "封面": [TITLE, ["项目名称", "危桥改造工程"]],
                "Table 2": PAGE_TWO,
            },
            [
                (
                    "sheet-unread",
                    "warning",
                    "A1",
                    (
                        "工作表“Table 2”未读出表格（2行内容，首行“效益指标 | 社会效益指标 | "
                        "交通事故下降率 | ≥5% | 6.2% | 2…”），其中有指标行，请核对是否为其他表的续页"
                    ),
                )
            ],
            id="grid-rows-after-a-sheet-without-a-grid",
        ),
        pytest.param(
            {
                "Table 1": [*PAGE_ONE_SHEET, TOTAL],
                "汇总": [
                    "2024年度项目支出绩效自评结果汇总表",
                    ["序号", "项目", "自评得分", "自评等级"],
                    ["1", "农村公路安全生命防护工程", "96.6", "优"],
                ],
            },
            [
                (
                    "sheet-unread",
                    "info",
                    "A1",
                    "工作表“汇总”未读出表格（3行内容，首行“2024年度项目支出绩效自评结果汇总表”）",
                )
            ],
            id="a-summary-of-the-projects",
        ),
    ],
)
def test_a_visible_sheet_left_unread_is_said(
    sheets: dict[str, list[list[str] | str]], expected: list[tuple[str, str, str, str]]
) -> None:
    table = read_book(sheets)[max(len(sheets) - 2, 0)]  # the table read before the sheet
    assert [item for item in findings(table) if item[0] == "sheet-unread"] == expected
    (finding,) = (item for item in table.findings if item.id == "sheet-unread")
    assert finding.where.sheet == list(sheets)[-1]


# ---------------------------------------------------------------------------
# A title page (the title and year alone on the first sheet)

GRID_SHEET = [HEADER, *PAGE_ONE, *PAGE_TWO, TOTAL]


@pytest.mark.parametrize(
    "sheets",
    [
        pytest.param(
            {"Sheet1": [TITLE, YEAR], "Sheet2": [PROJECT, UNITS, *GRID_SHEET]}, id="title-page"
        ),
        pytest.param(
            {
                "Page001": [["Column1"], TITLE, YEAR],
                "Table001 (Page 1)": [["Column1", "Column2", "Column3"], PROJECT, UNITS],
                "Table002 (Page 1-2)": [["Column1", "Column2", "Column3"], *GRID_SHEET],
            },
            id="power-query-sheets",
        ),
        pytest.param({"Sheet1": [TITLE, YEAR, PROJECT, UNITS], "Sheet2": GRID_SHEET}, id="cover"),
    ],
)
def test_a_title_page_gives_the_next_sheets_table_its_title(
    sheets: dict[str, list[list[str] | str]],
) -> None:
    (table,) = read_book(sheets)
    assert (table.title, table.kind, table.project.name) == (
        TITLE,
        perftrack.TableKind.SELF_EVALUATION,
        "农村公路安全生命防护工程",
    )
    assert table.period is not None
    assert (table.period.start.year, table.period.end.month) == (2024, 12)
    assert names(table) == NAMES
    assert findings(table) == []


# ---------------------------------------------------------------------------
# Names and values broken over two rows at the column's width

SCORED = [TITLE, PROJECT, HEADER]
FIRST = ["产出指标", "数量指标", "城乡居民养老保险参保", "≥32万人", "32.6万人", "50", "50"]
LAST = ["", "质量指标", "养老金按时足额发放率", "100%", "100%", "50", "50"]


@pytest.mark.parametrize(
    "tail",
    ["数", "率", "度", "量", "性", "额", "积", "户", "次", "例", "准", "数量", "质量", "满意度"],
)
def test_a_name_tail_alone_continues_the_name_above(tail: str) -> None:
    table = read(*SCORED, FIRST, at(2, tail), LAST)
    assert names(table) == ["城乡居民养老保险参保" + tail, "养老金按时足额发放率"]
    assert [(i.level1, i.level2) for i in table.indicators] == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
    ]
    assert findings(table) == [
        (
            "split-row",
            "warning",
            "C5",
            f"第5行只有“{tail}”，已作为上一行的续行并入指标“城乡居民养老保险参保{tail}”，请核对",
        )
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [FIRST, at(2, "无"), LAST],
            [("城乡居民养老保险参保", "≥32万人", "32.6万人")],
            id="a-placeholder-character-is-no-tail",
        ),
        pytest.param(
            [
                FIRST,
                at(1, "质量指标"),
                ["", "", "养老金按时足额发放率", "100%", "100%", "50", "50"],
            ],
            [("城乡居民养老保险参保", "≥32万人", "32.6万人")],
            id="a-level-label-in-its-column-stays-a-label",
        ),
        pytest.param(
            [
                ["产出指标", "数量指标", "参保人员基本医疗保险参保", "≥95", "96.3", "50", "50"],
                ["", "", "率", "%", "%"],
            ],
            [("参保人员基本医疗保险参保率", "≥95%", "96.3%")],
            id="a-tail-character-and-units",
        ),
        pytest.param(
            [
                [
                    "产出指标",
                    "时效指标",
                    "补助资金拨付完成时间",
                    "2024年12月",
                    "2024年11月",
                    "50",
                    "50",
                ],
                ["", "", "", "底前完成", "完成"],
            ],
            [("补助资金拨付完成时间", "2024年12月底前完成", "2024年11月完成")],
            id="deadline-tails-under-dates",
        ),
        pytest.param(
            [
                [
                    "产出指标",
                    "数量指标",
                    "政策范围内住院费用基金支付比",
                    "≥70%",
                    "68.5%",
                    "50",
                    "40",
                    "报销比例偏低",
                ],
                ["", "", "例", "", "", "", "", "部分参保人在外就医"],
            ],
            [("政策范围内住院费用基金支付比例", "≥70%", "68.5%")],
            id="a-tail-character-and-a-reason-line",
        ),
        pytest.param(
            [
                ["产出指标", "数量指标", "城乡居民医保参保"],
                ["", "", "人员财政补助标", "≥670元/人", "670元/人", "50", "50"],
                at(2, "准"),
            ],
            [("城乡居民医保参保人员财政补助标准", "≥670元/人", "670元/人")],
            id="a-name-over-three-rows",
        ),
    ],
)
def test_rows_broken_at_the_column_width_are_one_indicator(
    rows: list[list[str]], expected: list[tuple[str, str, str]]
) -> None:
    table = read(*SCORED, *rows)
    got = [(i.name, i.target.text, i.actual.text) for i in table.indicators]
    assert got[: len(expected)] == expected
    assert [i.name for i in table.indicators if len(i.name) <= 4] == []  # no phantom 率, 例


def test_a_wrapped_deadline_reads_as_the_deadline() -> None:
    table = read(
        *SCORED,
        ["产出指标", "时效指标", "补助资金拨付完成时间", "2024年12月", "2025年1月", "50", "30"],
        ["", "", "", "底前完成", "完成"],
    )
    (indicator,) = table.indicators
    assert (indicator.target.text, indicator.actual.text) == ("2024年12月底前完成", "2025年1月完成")
    (scored,) = perftrack.score(table).verdicts
    assert scored.attainment.value == "not_met"


# ---------------------------------------------------------------------------
# A value split over two cells

MERGED_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "",
    "实际完成值",
    "",
    "分值",
    "得分",
]


@pytest.mark.parametrize(
    ("row", "target", "actual", "attainment"),
    [
        pytest.param(
            ["2024年12月", "底前完成", "2025年1月", "完成", "50", "30"],
            "2024年12月底前完成",
            "2025年1月完成",
            "not_met",
            id="date-and-tail-late",
        ),
        pytest.param(
            ["2024年12月", "底前完成", "2024年11月", "完成", "50", "50"],
            "2024年12月底前完成",
            "2024年11月完成",
            "met",
            id="date-and-tail-in-time",
        ),
        pytest.param(
            ["2024年6月30日", "前", "2024年9月", "", "50", "30"],
            "2024年6月30日前",
            "2024年9月",
            "not_met",
            id="day-and-before",
        ),
    ],
)
def test_a_date_and_its_tail_under_a_merged_header_are_one_date(
    row: list[str], target: str, actual: str, attainment: str
) -> None:
    table = read(
        TITLE,
        YEAR,
        PROJECT,
        MERGED_HEADER,
        ["产出指标", "时效指标", "数字农家书屋建设完成时间", *row],
    )
    (indicator,) = table.indicators
    assert (indicator.target.text, indicator.actual.text) == (target, actual)
    assert findings(table) == []
    (scored,) = perftrack.score(table).verdicts
    assert scored.attainment.value == attainment


@pytest.mark.parametrize(
    ("row", "expected", "message"),
    [
        pytest.param(
            ["补助资金审核准确率", "≥98", "%", "96%", "50", "40", "个别企业材料不全"],
            ("≥98%", "96%", Decimal(50), Decimal(40), "个别企业材料不全", "F", "G"),
            "指标“补助资金审核准确率”的“≥98”与“%”分在相邻两格，已合并为“≥98%”，其后各格前移一列按表头读取",
            id="unit-after-figure",
        ),
        pytest.param(
            ["补助资金兑现时间", "2024年12月", "底前", "2025年2月", "50", "25", "审计复核延时"],
            ("2024年12月底前", "2025年2月", Decimal(50), Decimal(25), "审计复核延时", "F", "G"),
            "指标“补助资金兑现时间”的“2024年12月”与“底前”分在相邻两格，已合并为“2024年12月底前”，其后各格前移一列按表头读取",
            id="deadline-tail-after-date",
        ),
        pytest.param(
            ["补助资金审核准确率", "≥98", "%", "96%", "50", "40"],
            ("≥98%", "96%", Decimal(50), Decimal(40), "", "F", "G"),
            "指标“补助资金审核准确率”的“≥98”与“%”分在相邻两格，已合并为“≥98%”，其后各格前移一列按表头读取",
            id="unit-after-figure-no-reason",
        ),
        pytest.param(
            ["补助资金兑现时间", "2024年12月", "底前完成", "2025年2月", "50", "25"],
            ("2024年12月底前完成", "2025年2月", Decimal(50), Decimal(25), "", "F", "G"),
            "指标“补助资金兑现时间”的“2024年12月”与“底前完成”分在相邻两格，已合并为“2024年12月底前完成”，其后各格前移一列按表头读取",
            id="deadline-tail-after-date-no-reason",
        ),
    ],
)
def test_a_split_value_that_pushes_the_row_right_is_joined(
    row: list[str], expected: tuple[object, ...], message: str
) -> None:
    table = read(TITLE, YEAR, PROJECT, HEADER, ["产出指标", "质量指标", *row])
    (indicator,) = table.indicators
    actual_cell = indicator.cell_of("actual")
    weight_cell = indicator.cell_of("weight")
    assert actual_cell is not None
    assert weight_cell is not None
    assert indicator.target is not None
    assert indicator.actual is not None
    assert (
        indicator.target.text,
        indicator.actual.text,
        indicator.weight,
        indicator.published_points,
        indicator.deviation_reason,
        actual_cell.cell[0],
        weight_cell.cell[0],
    ) == expected
    assert findings(table) == [("layout-normalised", "info", "E5", message)]
    (scored,) = perftrack.score(table).verdicts
    assert scored.attainment.value == "not_met"


@pytest.mark.parametrize(
    ("cells", "target", "actual", "weight"),
    [
        pytest.param(["2024年12月", "完成", "50", "50"], "2024年12月", "完成", 50, id="done-word"),
        pytest.param(["≥98", "%", "96%", "50"], "≥98%", "96%", 50, id="unit-column"),
    ],
)
def test_a_value_beside_its_own_column_is_no_split_value(
    cells: list[str], target: str, actual: str, weight: int
) -> None:
    header = HEADER if cells[1] == "完成" else [*HEADER[:4], "单位", *HEADER[4:]]
    table = read(TITLE, PROJECT, header, ["产出指标", "质量指标", "审核指标", *cells])
    (indicator,) = table.indicators
    assert indicator.target is not None
    assert indicator.actual is not None
    assert (indicator.target.text, indicator.actual.text, indicator.weight) == (
        target,
        actual,
        Decimal(weight),
    )
    assert findings(table) == []


def test_two_split_values_in_a_pushed_row_are_left_in_order() -> None:
    # two cells could be the split one: unsure, the row is read in order as before
    table = read(
        TITLE,
        PROJECT,
        HEADER,
        ["产出指标", "质量指标", "审核准确率", "≥98", "%", "96", "%", "50", "40"],
    )
    (indicator,) = table.indicators
    assert indicator.weight is None or indicator.weight != Decimal(50)
    # the 得分 position holds "%": said, never silently blank (pt22 H1)
    assert [item[0] for item in findings(table)] == ["layout-normalised", "malformed-points"]
    assert "已按顺序归入各列" in table.findings[0].message


# ---------------------------------------------------------------------------
# Target and actual in one cell, the row one cell short


@pytest.mark.parametrize(
    ("cells", "expected", "moved"),
    [
        pytest.param(
            ["≥5% 3.1%", "20", "15"],
            ("≥5(%)", "3.1(%)", Decimal(20), Decimal(15), "not_met"),
            "，其后各格后移一列按表头读取",
            id="one-cell-short",
        ),
        pytest.param(
            ["2024年11月底前 2024年12月", "20", "8", "冬季施工调整"],
            ("2024年11月底前", "2024年12月", Decimal(20), Decimal(8), "not_met"),
            "，其后各格后移一列按表头读取",
            id="deadline-and-date-with-a-reason",
        ),
    ],
)
def test_target_and_actual_in_one_cell_are_split(
    cells: list[str], expected: tuple[object, ...], moved: str
) -> None:
    table = read(TITLE, YEAR, PROJECT, HEADER, ["产出指标", "数量指标", "辖区指标", *cells])
    (indicator,) = table.indicators
    show = (lambda value: value.text) if "年" in cells[0] else str
    (scored,) = perftrack.score(table).verdicts
    assert (
        show(indicator.target),
        show(indicator.actual),
        indicator.weight,
        indicator.published_points,
        scored.attainment.value,
    ) == expected
    head, tail = cells[0].split(" ")
    assert findings(table) == [
        (
            "layout-normalised",
            "info",
            "D5",
            f"指标“辖区指标”的年度指标值“{cells[0]}”中含两个值，已拆分为年度指标值“{head}”与实际完成值“{tail}”{moved}",
        )
    ]


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param(["≥95 %", "96%", "20", "20"], id="figure-and-unit"),
        pytest.param(["≥1 200人", "1300人", "20", "20"], id="spaced-thousands"),
        pytest.param(["≥5% 3.1%", "3.1%", "20", "20"], id="actual-of-its-own"),
    ],
)
def test_a_target_cell_with_a_space_is_split_only_when_it_holds_two_values(
    cells: list[str],
) -> None:
    table = read(TITLE, YEAR, PROJECT, HEADER, ["产出指标", "数量指标", "辖区指标", *cells])
    (indicator,) = table.indicators
    assert (indicator.target.text, indicator.weight) == (cells[0], Decimal(20))
    assert not [f for f in table.findings if "拆分" in f.message]


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param(["≤420万元 436万元", "", "20", "8"], id="money"),
        pytest.param(["≤15个工作日 30个工作日", "", "20", "10"], id="time-limit"),
        pytest.param(["2024年3月底前 2024年12月底前", "", "20", "0"], id="two-deadlines"),
        pytest.param(["≥90% 95%", "", "20", "20"], id="share"),
    ],
)
def test_an_empty_actual_beside_a_two_part_target_stays_missing(cells: list[str]) -> None:
    # an actual not filled in is far more common than two columns merged on a page
    table = read(TITLE, YEAR, PROJECT, HEADER, ["产出指标", "数量指标", "辖区指标", *cells])
    (indicator,) = table.indicators
    assert (indicator.target.text, indicator.actual, indicator.weight) == (
        cells[0],
        None,
        Decimal(20),
    )
    assert not [f for f in table.findings if "拆分" in f.message]
    (scored,) = perftrack.score(table).verdicts
    assert scored.attainment.value == "unknown"
    assert "missing-actual" in [f.id for f in perftrack.score(table).findings]


def test_a_sheet_that_starts_with_the_closing_blocks_goes_on_with_the_table_before() -> None:
    tracking = [
        "2024年度项目支出绩效运行监控表",
        ["监控期间", "2024年1-6月"],
        PROJECT,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"],
        ["产出指标", "数量指标", "防护工程实施里程", "≥120公里", "50公里"],
    ]
    closing = [
        ["绩效监控总体判断", "年度预算执行完成可能性", "有可能完成"],
        ["", "年度绩效目标完成可能性", "有可能完成"],
        ["纠偏措施", "加快施工进度"],
        ["填表人：张三", "", "联系电话：0571-86012345"],
    ]
    (table,) = read_book({"Table 1": tracking, "Table 2": closing})
    assert table.judgement is not None
    assert (table.judgement.goal_completion, table.corrective_measures) == (
        "有可能完成",
        "加快施工进度",
    )
    assert findings(table) == []


@pytest.mark.parametrize(
    ("period", "tables"),
    [
        pytest.param(["监控期间", "2024年1-6月"], 1, id="the-same-period"),
        pytest.param(["监控期间", "2024年1-9月"], 2, id="another-period"),
    ],
)
def test_a_period_line_under_a_repeated_title_must_be_the_tables_own(
    period: list[str], tables: int
) -> None:
    title = "2024年度项目支出绩效运行监控表"
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"]
    read = read_all(
        title,
        ["监控期间", "2024年1-6月"],
        PROJECT,
        header,
        ["产出指标", "数量指标", "防护工程实施里程", "≥120公里", "50公里"],
        title,
        period,
        PROJECT,
        header,
        ["产出指标", "数量指标", "危桥改造数量", "=8座", "3座"],
    )
    assert len(read) == tables


MONITOR = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "偏差原因"]


@pytest.mark.parametrize(
    ("rows", "expected", "joined"),
    [
        pytest.param(
            [["产出指标", "数量指标", "基本医疗保险参保", "≥95", "96.3"], ["", "", "率", "%", "%"]],
            [("基本医疗保险参保率", "≥95%", "96.3%")],
            "第6行（率 | % | %）为上一行的续行，已并入指标“基本医疗保险参保率”，请核对",
            id="tail-character-and-units",
        ),
        pytest.param(
            [["产出指标", "质量指标", "参保群众", "≥90%", "93%"], at(2, "满意度")],
            [("参保群众满意度", "≥90%", "93%")],
            "第6行只有“满意度”，已作为上一行的续行并入指标“参保群众满意度”，请核对",
            id="level-short-name",
        ),
        pytest.param(
            [
                ["产出指标", "时效指标", "拨付完成时间", "2024年12月", "2024年5月"],
                ["", "", "", "底前完成", "完成"],
            ],
            [("拨付完成时间", "2024年12月底前完成", "2024年5月完成")],
            "第6行（底前完成 | 完成）为上一行的续行，已并入指标“拨付完成时间”，请核对",
            id="deadline-tails",
        ),
    ],
)
def test_a_grid_without_points_joins_only_rows_that_can_be_no_indicator(
    rows: list[list[str]], expected: list[tuple[str, str, str]], joined: str
) -> None:
    table = read("2024年度项目绩效运行监控表", YEAR, PROJECT, MONITOR, *rows)
    assert [(i.name, i.target.text, i.actual.text) for i in table.indicators] == expected
    assert [item[3] for item in findings(table)] == [joined]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(at(2, "人员培训"), id="a-name-alone"),
        pytest.param(["", "", "培训人次", "", "120"], id="a-name-and-an-actual"),
    ],
)
def test_a_grid_without_points_reads_other_short_rows_as_before(second: list[str]) -> None:
    rows = [["产出指标", "数量指标", "基本医疗保险参保率", "≥95%", "96.3%"], second]
    table = read("2024年度项目绩效运行监控表", YEAR, PROJECT, MONITOR, *rows)
    assert table.indicators[0].name == "基本医疗保险参保率"
    assert not [f for f in table.findings if f.id == "split-row" and "续行，已并入" in f.message]


PLANNED = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "跟踪期计划完成值",
    "跟踪期实际完成值",
    "偏差原因",
]
FORECAST = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "1-6月实际完成值",
    "全年预计完成值",
    "偏差原因",
]


@pytest.mark.parametrize(
    ("header", "rows", "expected", "joined"),
    [
        pytest.param(
            PLANNED,
            [
                ["产出指标", "数量指标", "基本医疗保险参保", "≥95", "95", "96.3"],
                ["", "", "率", "%", "%", "%"],
            ],
            ("基本医疗保险参保率", "≥95%", "96.3%"),
            "第6行（率 | % | % | %）为上一行的续行，已并入指标“基本医疗保险参保率”，请核对",
            id="planned-tail-character-and-units",
        ),
        pytest.param(
            FORECAST,
            [
                ["产出指标", "数量指标", "基本医疗保险参保", "≥95", "96.3", "97"],
                ["", "", "率", "%", "%", "%"],
            ],
            ("基本医疗保险参保率", "≥95%", "96.3%"),
            "第6行（率 | % | % | %）为上一行的续行，已并入指标“基本医疗保险参保率”，请核对",
            id="forecast-tail-character-and-units",
        ),
        pytest.param(
            FORECAST,
            [
                ["产出指标", "数量指标", "门诊", "≥2", "1.2", "2.1"],
                ["", "", "量", "万人次", "", "万人次"],
            ],
            ("门诊量", "≥2万人次", "1.2"),
            "第6行（量 | 万人次 | 万人次）为上一行的续行，已并入指标“门诊量”，请核对",
            id="units-where-the-figures-have-none",
        ),
        pytest.param(
            PLANNED,
            [
                ["产出指标", "数量指标", "培训人数", "≥200", "100", "120"],
                ["", "", "", "人", "人", "人"],
            ],
            ("培训人数", "≥200人", "120人"),
            "第6行（人 | 人 | 人）为上一行的续行，已并入指标“培训人数”，请核对",
            id="units-alone",
        ),
        pytest.param(
            PLANNED,
            [
                ["产出指标", "时效指标", "拨付完成时间", "2024年12月", "2024年6月", "2024年5月"],
                ["", "", "", "底前完成", "前", "完成"],
            ],
            ("拨付完成时间", "2024年12月底前完成", "2024年5月完成"),
            "第6行（底前完成 | 前 | 完成）为上一行的续行，已并入指标“拨付完成时间”，请核对",
            id="deadline-tails",
        ),
        pytest.param(
            PLANNED,
            [
                [
                    "效益指标",
                    "社会效益指标",
                    "住院费用基金支付比",
                    "≥70%",
                    "70%",
                    "68.5%",
                    "报销比例偏低",
                ],
                ["", "", "例", "", "", "", "部分参保人在外就医"],
            ],
            ("住院费用基金支付比例", "≥70%", "68.5%"),
            "第6行（例 | 部分参保人在外就医）为上一行的续行，已并入指标“住院费用基金支付比例”，请核对",
            id="tail-character-and-a-reason-line",
        ),
    ],
)
def test_a_grid_without_points_joins_a_tail_under_any_number_of_value_columns(
    header: list[str], rows: list[list[str]], expected: tuple[str, str, str], joined: str
) -> None:
    # 计划 and 实际, or 实际 and 全年预计: a tail row of units has four cells or more
    table = read("2024年度项目绩效运行监控表", YEAR, PROJECT, header, *rows)
    (indicator,) = table.indicators
    assert indicator.target is not None
    assert indicator.actual is not None
    assert (indicator.name, indicator.target.text, indicator.actual.text) == expected
    assert [item[3] for item in findings(table)] == [joined]


def test_a_grid_without_points_joins_a_reason_line_only_beside_a_names_tail() -> None:
    rows = [
        [
            "效益指标",
            "社会效益指标",
            "住院费用基金支付比例",
            "≥70%",
            "70%",
            "68.5%",
            "报销比例偏低",
        ],
        ["", "", "", "", "", "", "部分参保人在外就医"],
    ]
    table = read("2024年度项目绩效运行监控表", YEAR, PROJECT, PLANNED, *rows)
    assert not [f for f in table.findings if f.id == "split-row" and "续行，已并入" in f.message]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(["", "", "率", "%", "95%", "%"], id="a-figure-of-its-own"),
        pytest.param(["", "", "参保率", "%", "%", "%"], id="a-longer-name"),
        pytest.param(["", "", "率", "≥95%", "95%", "96%"], id="its-own-values"),
    ],
)
def test_a_grid_without_points_keeps_rows_of_their_own_under_more_value_columns(
    second: list[str],
) -> None:
    rows = [["产出指标", "数量指标", "基本医疗保险参保", "≥95", "95", "96.3"], second]
    table = read("2024年度项目绩效运行监控表", YEAR, PROJECT, PLANNED, *rows)
    assert table.indicators[0].name == "基本医疗保险参保"
    assert not [f for f in table.findings if f.id == "split-row" and "续行，已并入" in f.message]


def test_a_workbook_grid_with_planned_values_joins_a_tail_of_units() -> None:
    rows = [
        "2024年度项目绩效运行监控表",
        PROJECT,
        PLANNED,
        ["产出指标", "数量指标", "基本医疗保险参保", "≥95", "95", "96.3"],
        ["", "", "率", "%", "%", "%"],
        ["", "", "家庭医生签约率", "≥75%", "70%", "72%"],
    ]
    (table,) = perftrack.read(
        xlsx_bytes({"Sheet1": [[r] if isinstance(r, str) else r for r in rows]})
    )
    assert [(i.name, i.target.text if i.target else None) for i in table.indicators] == [
        ("基本医疗保险参保率", "≥95%"),
        ("家庭医生签约率", "≥75%"),
    ]


def test_a_target_tables_target_cell_is_never_split_into_an_actual() -> None:
    table = read(
        "2025年度项目支出绩效目标申报表",
        PROJECT,
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "辖区指标", "≥5% 3.1%", "20"],
    )
    (indicator,) = table.indicators
    assert indicator.target is not None
    assert (indicator.target.text, indicator.actual, indicator.weight) == (
        "≥5% 3.1%",
        None,
        Decimal(20),
    )


def test_the_parts_of_a_page_are_no_worksheets_left_unread() -> None:
    # an MHT's navigation frame and its page: sheets without a name
    navigation = Sheet((("首页", "绩效目标", "绩效自评", "退出"),), file="a.mht")
    page = Sheet(tuple(tuple(row) for row in [[TITLE], PROJECT, HEADER, *PAGE_ONE]), file="a.mht")
    (table,) = interpret([navigation, page])
    assert names(table) == NAMES[:2]
    assert table.findings == ()


def test_an_operator_and_a_figure_apart_are_no_target_and_actual() -> None:
    table = read(
        TITLE, YEAR, PROJECT, HEADER, ["产出指标", "质量指标", "事故发生率", "= 0", "0", "20", "20"]
    )
    (indicator,) = table.indicators
    assert indicator.target is not None
    assert indicator.actual is not None
    assert (indicator.target.text, indicator.actual.text, indicator.weight) == (
        "= 0",
        "0",
        Decimal(20),
    )
    assert not [f for f in table.findings if "拆分" in f.message]
