"""Excel workbooks as 预算管理一体化系统 exports them, read end to end (r37m).

Every workbook is built here with openpyxl (``fixtures_office.xlsx_bytes``); what no
builder writes (a shared or array formula without a result, a namespace prefix) is
patched into the sheet's XML with ``replace_member``.
"""

from __future__ import annotations

import re

import pytest

import perftrack
from fixtures_office import replace_member, xlsx_bytes

_SHEET = "xl/worksheets/sheet1.xml"


def _tracking(*actuals: object) -> list[list[object]]:
    """A 2025 跟踪表 whose three indicators' actuals (column F, rows 6–8) are *actuals*."""
    first, second, third = actuals
    return [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2025-1月 至 2025-9月 ）"],
        ["项目名称", "校园安全保障"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "巡查次数", "≥12次", 6, first],
        [None, "数量指标", "整改次数", "≥10次", 5, second],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 0.9, third],
    ]


def _formula(xml: str, ref: str, formula: str) -> str:
    """*xml* with the cell *ref*'s value replaced by *formula* (raw XML, no result)."""
    cell = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
    attributes = cell.search(xml)
    assert attributes is not None
    kept = re.sub(r'\st="\w+"', "", attributes.group(1))
    return cell.sub(lambda _: f'<c r="{ref}"{kept}>{formula}</c>', xml, count=1)


def _prefixed(xml: str) -> str:
    """*xml* with the SpreadsheetML namespace given the prefix ``x:`` (as some writers do)."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    xml = xml.replace(f'xmlns="{main}"', f'xmlns:x="{main}"', 1)
    return re.sub(r"<(/?)(?![?!])(\w+)(?=[\s/>])", r"<\1x:\2", xml)


# --- formulas without a result whatever their <f> looks like --------------------------

_SHARED = (
    '<f t="shared" ref="F5:F6" si="0">E5+1</f>',
    '<f t="shared" si="0"/>',
)


@pytest.mark.parametrize(
    ("formulas", "prefixed", "cells", "actuals"),
    [
        # a shared formula (filled down): its master and its other cells
        (dict(zip(("F5", "F6"), _SHARED, strict=True)), False, "F5、F6", [None, None, "0.93"]),
        # an array formula (Ctrl+Shift+Enter), openpyxl's ArrayFormula
        ({"F5": '<f t="array" ref="F5">E5+1</f><v></v>'}, False, "F5", [None, "8", "0.93"]),
        # LibreOffice's attribute on every formula
        ({"F6": '<f aca="false">E6*2</f>'}, False, "F6", ["7", None, "0.93"]),
        # a workbook written with a namespace prefix: <x:c><x:f>…</x:f></x:c>
        ({"F7": "<f>E7+0.03</f><v/>"}, True, "F7", ["7", "8", None]),
        # as before: a plain formula without a result
        ({"F5": "<f>SUM(E5:E6)</f>"}, False, "F5", [None, "8", "0.93"]),
    ],
)
def test_a_formula_without_a_result_is_said_whatever_its_form(
    formulas: dict[str, str], *, prefixed: bool, cells: str, actuals: list[str | None]
) -> None:
    """Before, only a bare ``<f>…</f>`` counted: a shared or array formula, or one with an
    attribute or a prefix, read as a blank cell the filler left empty (``missing-actual``,
    实际完成值为空) and no ``formula-without-result`` said which cells were formulas."""

    def patch(xml: str) -> str:
        for ref, formula in formulas.items():
            xml = _formula(xml, ref, formula)
        return _prefixed(xml) if prefixed else xml

    data = replace_member(xlsx_bytes({"跟踪表": _tracking(7, 8, 0.93)}), _SHEET, patch)
    [table] = perftrack.read(data)
    assert [None if i.actual is None else str(i.actual) for i in table.indicators] == actuals
    found = [(f.id, f.where.sheet, f.message) for f in table.findings]
    count = len(cells.split("、"))
    assert found == [
        (
            "formula-without-result",
            "跟踪表",
            (
                f"{count}个单元格是未计算的公式（{cells}），文件未经 Excel 保存，读作空白；"
                "请在 Excel/WPS 中打开并保存后重新读取"
            ),
        )
    ]
    card = perftrack.score(table)
    unknown = [
        (v.name, v.attainment.value, v.explanation)
        for v in card.verdicts
        if table.indicators[v.indicator].actual is None
    ]
    names = dict(zip(("F5", "F6", "F7"), ("巡查次数", "整改次数", "群众满意度"), strict=True))
    assert unknown == [
        (names[ref], "unknown", f"实际完成值（{ref}）是公式，公式未计算（无缓存值），读作空白")
        for ref in cells.split("、")
    ]
    assert "missing-actual" not in {f.id for f in card.findings}


# --- a cover sheet with the project, the table's 项目名称 left blank ---------------------

_COVER = [
    ["项目支出绩效自评表"],
    [],
    ["项目名称：", "教师培训项目"],
    ["主管部门：", "某区教育局"],
    ["填报日期：", "2025年1月10日"],
]


def _self_evaluation(name_row: list[object] | None) -> list[list[object]]:
    """A 2024 自评表 with its own title; *name_row* is its 项目名称 line (``None``: none)."""
    rows: list[list[object]] = [["项目支出绩效自评表"], ["（2024年度）"]]
    if name_row is not None:
        rows.append(name_row)
    return [
        *rows,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", 50, 50],
        ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "92%", 50, 50],
    ]


@pytest.mark.parametrize(
    ("name_row", "expected"),
    [
        # the 项目名称 line printed with its value cell blank: the cover's project
        (
            ["项目名称", None],
            [("教师培训项目", "某区教育局", "教师培训项目", "封面", "B3", "封面", "B4")],
        ),
        # no 项目名称 line at all: the same
        (None, [("教师培训项目", "某区教育局", "教师培训项目", "封面", "B3", "封面", "B4")]),
        # the table's own project (the same one): as before, its own cell
        (
            ["项目名称", "教师培训项目"],
            [("教师培训项目", "某区教育局", "教师培训项目", "教师培训项目", "B3", "封面", "B4")],
        ),
        # another project: not this cover's table, as before (two tables)
        (
            ["项目名称", "校园安全保障"],
            [
                ("教师培训项目", "某区教育局", "封面", "封面", "B3", "封面", "B4"),
                ("校园安全保障", None, "教师培训项目", "教师培训项目", "B3", None, None),
            ],
        ),
    ],
)
def test_a_cover_gives_its_project_to_the_table_that_leaves_it_blank(
    name_row: list[object] | None, expected: list[tuple[str | None, ...]]
) -> None:
    """Before, a cover (封面: 项目名称：教师培训项目, 主管部门) followed by a 自评表 with its
    own title and 项目名称 left blank read as two tables: the cover one with
    ``missing-indicators`` (此表没有绩效指标, an error, a phantom summary row), the
    grid one as （未注明项目） with no 主管部门."""
    data = xlsx_bytes({"封面": _COVER, "教师培训项目": _self_evaluation(name_row)})
    tables = perftrack.read(data)

    def at(table: perftrack.Table, field: str) -> tuple[str | None, str | None]:
        position = dict(table.cells).get(field)
        return (None, None) if position is None else (position.sheet, position.cell)

    found = [
        (
            t.project.name,
            t.project.department,
            t.source.sheet,
            *at(t, "project.name"),
            *at(t, "project.department"),
        )
        for t in tables
    ]
    assert found == expected
    if len(tables) == 1:
        card = perftrack.score(tables[0])
        assert [f.id for f in card.findings if f.severity.value == "error"] == []
        assert [(v.name, v.attainment.value) for v in card.verdicts] == [
            ("培训人次", "met"),
            ("参训教师满意度", "met"),
        ]


# --- a title printed only in the page header (页眉) -------------------------------------


def _with_page_header(
    rows: list[list[object]], *, odd: str = "", first: str = "", full_load: bool = False
) -> list[perftrack.Table]:
    """The tables of a one-sheet workbook of *rows* whose page headers print *odd* (every
    page) and *first* (the first page's own, when given), as openpyxl writes them."""
    import io  # noqa: PLC0415

    from openpyxl import Workbook  # noqa: PLC0415

    from perftrack.readers import interpret  # noqa: PLC0415
    from perftrack.readers._xlsx import _read  # noqa: PLC0415

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    sheet.oddHeader.center.text = odd
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    if first:
        sheet.HeaderFooter.differentFirst = True
        sheet.firstHeader.center.text = first
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    if not full_load:
        return perftrack.read(data)
    import openpyxl  # noqa: PLC0415

    sheets = _read(openpyxl, data, {}, file=None, read_only=False)
    assert sheets is not None
    return interpret(sheets)


_SELF_GRID: list[list[object]] = [
    ["项目名称", "教师培训项目"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", 50, 50],
    ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "92%", 50, 50],
]


@pytest.mark.parametrize(
    ("rows", "odd", "first", "full_load", "expected"),
    [
        # the title only in the page header: its kind and year (before: 绩效表, no period)
        (
            _SELF_GRID,
            '&"宋体,加粗"&16 2024年度项目支出绩效自评表',
            "",
            False,
            ("2024年度项目支出绩效自评表", "self_evaluation", "2024-01", "2024-12"),
        ),
        # beside an attachment number and the page number, read by a full load too
        (
            _SELF_GRID,
            "附件2&C2024年度项目支出绩效自评表&R第&P页",
            "",
            True,
            ("2024年度项目支出绩效自评表", "self_evaluation", "2024-01", "2024-12"),
        ),
        # the first page's own header (首页不同) before the other pages'
        (
            _SELF_GRID,
            "第&P页",
            "2023年度项目支出绩效自评表",
            False,
            ("2023年度项目支出绩效自评表", "self_evaluation", "2023-01", "2023-12"),
        ),
        # a header of page numbers only: no title, as before
        (_SELF_GRID, "第&P页 共&N页", "", False, (None, "self_evaluation", None, None)),
        # a title the sheet prints wins over the header's
        (
            [["2025年度项目支出绩效自评表"], *_SELF_GRID],
            "2024年度项目支出绩效自评表",
            "",
            False,
            ("2025年度项目支出绩效自评表", "self_evaluation", "2025-01", "2025-12"),
        ),
    ],
)
def test_a_title_in_the_page_header_titles_the_sheet(
    rows: list[list[object]],
    odd: str,
    first: str,
    *,
    full_load: bool,
    expected: tuple[str | None, ...],
) -> None:
    """Before, a workbook's page headers were not read: a 自评表 whose title (and so its
    year) is printed only in the 页眉 read as 绩效表 without a period."""
    [table] = _with_page_header(rows, odd=odd, first=first, full_load=full_load)
    period = table.period
    found = (
        table.title,
        table.kind.value,
        None if period is None else str(period.start),
        None if period is None else str(period.end),
    )
    assert found == expected
    assert [i.name for i in table.indicators] == ["培训人次", "参训教师满意度"]


_PAGE_SETUP = (
    b'<sheetData/><headerFooter differentFirst="1"><oddHeader>&amp;C&#31532;&amp;P&#39029;'
    b"</oddHeader><firstHeader>&amp;C2024&#24180;&#24230;&#33258;&#35780;&#34920;</firstHeader>"
    b"</headerFooter></worksheet>"
)


@pytest.mark.parametrize("cut", [0, 20, 30, 60, 120, len(_PAGE_SETUP) - 20])
def test_page_headers_are_found_across_the_chunks_of_a_stream(cut: int) -> None:
    """The sheet's XML is scanned a chunk at a time: a <headerFooter> cut anywhere is whole."""
    from perftrack.readers._xlsx import _merge_refs  # noqa: PLC0415

    headers: list[str] = []
    _merge_refs(iter([_PAGE_SETUP[:cut], _PAGE_SETUP[cut:]]), headers=headers)
    assert headers == ["&C2024年度自评表", "&C第&P页"]
