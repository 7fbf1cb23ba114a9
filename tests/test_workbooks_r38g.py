"""Workbook reading gaps (r38g): the full-load fallback of the xlsx reader read what the
fast path reads, and a workbook of one project's sheet names its project.

1. A date under a zh-CN built-in format (``yyyy"年"m"月"d"日"``, id 31; ``m"月"d"日"``,
   id 58; ``yyyy"年"m"月"``, id 57) read in the fallback (a full load, when openpyxl's
   read-only worksheets name no part) as its serial (``45291``) and so a target
   ``=45291``; the fast path read ``2023-12-31``. Both read the date now.
2. The fallback ignored ``<calcPr fullCalcOnLoad="1"/>`` and the formulas stored
   without a result: XlsxWriter's ``<v>0</v>`` read as 0, a typed ``=12.00(次)`` as
   ``=0``, and nothing was said. It reads them as the fast path does now.
3. A workbook of one sheet named after its project (``教师培训项目``) whose table
   names no project (no 项目名称 row, or one left blank) takes the sheet's name, with
   the info ``project-from-sheet-name``; a sheet named as a form does not.

Every workbook is built here with openpyxl (``fixtures_office``); built-in number
formats and formulas with stored results are patched into its XML.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import perftrack
from fixtures_office import replace_member, xlsx_bytes
from perftrack.readers import _xlsx
from perftrack.report import table_summary


@pytest.fixture
def full_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the xlsx reader take its fallback: a full load of the workbook."""
    monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)


def _built_in(data: bytes, ids: dict[str, int]) -> bytes:
    """*data* with each placeholder number format (code → id) swapped for a built-in id."""

    def patch(xml: str) -> str:
        for code, number in ids.items():
            quoted = re.escape(code.replace('"', "&quot;"))
            found = re.search(rf'<numFmt numFmtId="(\d+)" formatCode="{quoted}"/>', xml)
            assert found is not None
            xml = xml.replace(f'<xf numFmtId="{found.group(1)}"', f'<xf numFmtId="{number}"')
        return xml

    return replace_member(data, "xl/styles.xml", patch)


# --- 1. dates under the zh-CN built-in formats, in the full-load fallback ---------------

_DATES: list[list[object]] = [
    ["2023年度项目支出绩效自评表"],
    ["项目名称", "校舍维修改造"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
    ["产出指标", "时效指标", "竣工时间", dt.date(2023, 12, 31), dt.date(2023, 11, 20)],
    [None, "时效指标", "开工时间", dt.date(2023, 3, 1), dt.date(2023, 3, 5)],
    [None, "时效指标", "验收月份", dt.date(2023, 12, 1), dt.date(2023, 12, 1)],
]


@pytest.mark.parametrize(
    ("number_format", "format_id", "texts", "indicator"),
    [
        # yyyy"年"m"月"d"日" (before: 45291 and 45250, a target =45291)
        (
            '"F31"0',
            31,
            ("2023-12-31", "2023-11-20"),
            ("竣工时间", "2023年12月31日前", "2023年11月20日"),
        ),
        # m"月"d"日": the year Excel stores but does not show is kept (before: 44986, 44990)
        (
            '"F58"0',
            58,
            ("2023-03-01", "2023-03-05"),
            ("开工时间", "2023年3月1日前", "2023年3月5日"),
        ),
        # yyyy"年"m"月": a month, not its first day (before: 45261, 45261)
        ('"F57"0', 57, ("2023年12月", "2023年12月"), ("验收月份", "2023年12月", "2023年12月")),
    ],
)
@pytest.mark.usefixtures("full_load")
def test_dates_under_chinese_built_in_formats_in_a_full_load(
    number_format: str, format_id: int, texts: tuple[str, str], indicator: tuple[str, str, str]
) -> None:
    """Before, a full load read every zh-CN built-in date format's cell as its serial."""
    row = {"竣工时间": 4, "开工时间": 5, "验收月份": 6}[indicator[0]]
    formats = {"表1": {f"D{row}": number_format, f"E{row}": number_format}}
    data = _built_in(
        xlsx_bytes({"表1": _DATES}, number_formats=formats), {number_format: format_id}
    )
    [sheet] = _xlsx.read_xlsx(data)
    assert sheet.rows[row - 1][3:] == texts
    [table] = perftrack.read(data)
    assert [
        (i.name, str(i.target), str(i.actual)) for i in table.indicators if i.name == indicator[0]
    ] == [indicator]


# --- 2. stale and typed formula results, in the full-load fallback ----------------------

_TRACKING: list[list[object]] = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2025-1月 至 2025-9月 ）"],
    ["项目名称", "校园安全保障"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"],
    ["产出指标", "数量指标", "巡查次数", "≥12次", 6, 7],
    [None, "数量指标", "整改次数", "≥10次", 5, 8],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 0.9, 0.93],
]
_STALE = "文件要求打开时重新计算公式，所存的结果未经计算、不可信"
_UNSAVED = "文件未经 Excel 保存"


def _formulas(formulas: dict[str, str]) -> object:
    """A patch of the sheet's XML putting the raw *formulas* (cell → ``<f>…<v>…``) in."""

    def patch(xml: str) -> str:
        for ref, formula in formulas.items():
            xml = re.sub(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', f'<c r="{ref}">{formula}</c>', xml)
        return xml

    return patch


def _warning(cells: str, why: str) -> tuple[str, str, str, str]:
    count = len(cells.split("、"))
    return (
        "formula-without-result",
        "跟踪表",
        cells.split("、", maxsplit=1)[0],
        f"{count}个单元格是未计算的公式（{cells}），{why}，读作空白；请在 Excel/WPS 中打开并保存后重新读取",
    )


@pytest.mark.parametrize(
    ("formulas", "indicators", "findings"),
    [
        # XlsxWriter's 0 under fullCalcOnLoad: blank and said (before: 0, 实际0次 behind plan)
        (
            {"F5": "<f>E5+1</f><v>0</v>", "F6": '<f t="shared" ref="F6" si="0">E6+3</f><v>0</v>'},
            [("≥12(次)", None), ("≥10(次)", None), ("≥90(%)", "0.93")],
            [_warning("F5、F6", _STALE)],
        ),
        # a text typed after = stored as a formula with result 0 (before: =0 and 0)
        (
            {"D5": "<f>12.00(次)</f><v>0</v>", "F7": "<f>93%</f><v>0</v>"},
            [("=12.00(次)", "7"), ("≥10(次)", "8"), ("≥90(%)", "93(%)")],
            [],
        ),
        # a formula without a result (before: blank and unsaid)
        (
            {"F5": "<f>E5+1</f><v></v>"},
            [("≥12(次)", None), ("≥10(次)", "8"), ("≥90(%)", "0.93")],
            [_warning("F5", _UNSAVED)],
        ),
    ],
)
@pytest.mark.usefixtures("full_load")
def test_a_full_load_reads_formulas_as_the_fast_path(
    formulas: dict[str, str],
    indicators: list[tuple[str, str | None]],
    findings: list[tuple[str, str, str, str]],
) -> None:
    """Before, the fallback read the stored results of a workbook that asks for a full
    calculation on opening (``<calcPr fullCalcOnLoad="1"/>``) as computed ones."""
    data = replace_member(
        xlsx_bytes({"跟踪表": _TRACKING}),
        "xl/worksheets/sheet1.xml",
        _formulas(formulas),  # type: ignore[arg-type]
    )
    [table] = perftrack.read(data)
    assert [
        (str(i.target), None if i.actual is None else str(i.actual)) for i in table.indicators
    ] == indicators
    assert [(f.id, f.where.sheet, f.where.cell, f.message) for f in table.findings] == findings
    card = perftrack.score(table)
    assert not any("实际0次" in v.explanation for v in card.verdicts)


# --- 3. a workbook of one sheet named after its project ----------------------------------


def _self_evaluation(project: object) -> list[list[object]]:
    """A 2024 自评表; *project* ``False``: no 项目名称 row, else its cell (``None``: blank)."""
    named: list[list[object]] = [] if project is False else [["项目名称", project]]
    return [
        ["2024年度项目支出绩效自评表"],
        *named,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", 50, 50],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", 50, 50],
    ]


def _note(sheet: str) -> tuple[str, str, str | None, str]:
    return (
        "project-from-sheet-name",
        "info",
        sheet,
        f"未填写项目名称，按工作表名称“{sheet}”作为项目名称",
    )


@pytest.mark.parametrize(
    ("sheet", "project", "expected"),
    [
        # no 项目名称 row at all (before: （未注明项目）)
        ("教师培训项目", False, "教师培训项目"),
        ("农村饮水安全巩固提升", False, "农村饮水安全巩固提升"),
        # a 项目名称 row left blank (before: （未注明项目）)
        ("教师培训项目", None, "教师培训项目"),
        # guards: a table naming its project keeps it; a sheet named as a form, a year's
        # or a table's kind names no project
        ("教师培训项目", "教师培训（二期）", "教师培训（二期）"),
        ("Sheet1", False, None),
        ("2024年度绩效自评", False, None),
        ("项目支出绩效跟踪", None, None),
    ],
)
def test_a_workbook_of_one_sheet_named_by_its_project(
    sheet: str, project: object, expected: str | None
) -> None:
    tables = perftrack.read(xlsx_bytes({sheet: _self_evaluation(project)}), name="自评.xlsx")
    [table] = tables
    assert table.project.name == expected
    notes = [
        (f.id, f.severity.value, f.where.sheet, f.message)
        for f in table.findings
        if f.id == "project-from-sheet-name"
    ]
    named_by_sheet = expected is not None and project in (False, None)
    assert notes == ([_note(sheet)] if named_by_sheet else [])
    if expected is not None:
        assert table_summary(table).startswith(f"2024年度项目支出绩效自评表 — {expected}\n")
        assert "missing-project-name" not in {f.id for f in perftrack.score(table).findings}


def test_one_sheet_of_two_tables_names_neither() -> None:
    """A sheet holding two projects' tables: its one name is no project of both."""
    rows = [*_self_evaluation(None), [], *_self_evaluation(None)]
    tables = perftrack.read(xlsx_bytes({"教师培训项目": rows}))
    assert len(tables) == 2
    assert [t.project.name for t in tables] == [None, None]
    assert not any(f.id == "project-from-sheet-name" for t in tables for f in t.findings)


# --- 4. a title printed only in an .xls worksheet's page header ---------------------------

_GRID: list[list[object]] = [
    ["项目名称", "教师培训项目"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", 50, 50],
    ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "92%", 50, 50],
]


def _xls_with_page_headers(sheets: dict[str, tuple[list[list[object]], str | None]]) -> bytes:
    """An .xls workbook (xlwt): sheet name → (rows, the page header's codes or xlwt's)."""
    import io  # noqa: PLC0415

    import xlwt  # noqa: PLC0415  (optional dependency of the tests)

    workbook = xlwt.Workbook(encoding="utf-8")
    for name, (rows, header) in sheets.items():
        worksheet = workbook.add_sheet(name)
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                if value is not None:
                    worksheet.write(row_index, column_index, value)
        if header is not None:
            # xlwt's header_str setter decodes a str as bytes under Python 3: set it as stored
            worksheet._Worksheet__header_str = header
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        # the title only in the page header: its kind and year (before: 绩效表, no period)
        (
            '&"宋体,加粗"&16 2024年度项目支出绩效自评表',
            _GRID,
            ("2024年度项目支出绩效自评表", "self_evaluation", "2024-01", "2024-12"),
        ),
        # beside an attachment number and the page number
        (
            "附件2&C2024年度项目支出绩效自评表&R第&P页",
            _GRID,
            ("2024年度项目支出绩效自评表", "self_evaluation", "2024-01", "2024-12"),
        ),
        # a title the sheet prints wins over the header's
        (
            "&C2024年度项目支出绩效自评表",
            [["2025年度项目支出绩效自评表"], *_GRID],
            ("2025年度项目支出绩效自评表", "self_evaluation", "2025-01", "2025-12"),
        ),
    ],
)
def test_a_title_in_an_xls_page_header_titles_the_sheet(
    header: str, rows: list[list[object]], expected: tuple[str | None, ...]
) -> None:
    """Before, an .xls worksheet's page header (the HEADER record) was not read."""
    [table] = perftrack.read(_xls_with_page_headers({"Sheet1": (rows, header)}))
    period = table.period
    assert (
        table.title,
        table.kind.value,
        None if period is None else str(period.start),
        None if period is None else str(period.end),
    ) == expected


def test_each_xls_sheet_has_its_own_page_header() -> None:
    """The second sheet's header titles the second sheet only; xlwt's ``&P`` is no title."""
    from perftrack.readers._xls import read_xls  # noqa: PLC0415

    data = _xls_with_page_headers(
        {
            "Sheet1": (_GRID, None),
            "Sheet2": (_GRID, "第&P页&C2023年度项目支出绩效自评表"),
            "Sheet3": (_GRID, "第&P页 共&N页"),
        }
    )
    assert [sheet.page_title for sheet in read_xls(data)] == [
        None,
        "2023年度项目支出绩效自评表",
        None,
    ]
