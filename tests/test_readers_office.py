"""The Office readers: .xlsx (openpyxl), .xls (xlrd) and .docx (python-docx).

Every input is built in memory by :mod:`fixtures_office` from content written
here; hand-written XML is spliced in with ``replace_member`` where no builder
can produce the case (a DOCTYPE, a value inside a merged range, Word markup).
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import docx_bytes, replace_member, xls_bytes, xlsx_bytes
from perftrack import ReadError
from perftrack.expressions import Status
from perftrack.readers import _sheet, _xls, _xlsx
from perftrack.readers._docx import read_docx
from perftrack.readers._xls import read_xls
from perftrack.readers._xlsx import check_zip, date_text, number_text, read_xlsx

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

# ---------------------------------------------------------------------------
# A small tracking table, as a user's Excel export would hold it

TRACKING = [
    ["财政项目支出绩效跟踪表", None, None, None, None],
    ["项目名称", "两新党建工作", None, "截至日期", dt.date(2023, 8, 31)],
    ["一级指标", "三级指标", "年度指标值", "跟踪期实际完成值", "执行率"],
    ["产出指标", "培训人数", 1200, 84.88, 0.6726],
    [None, "培训合格率", "≥95%", 0, 1],
    [None, "完成时间", "2023年12月", 2.0, 0.5],
    ["效益指标", "群众满意度", "≥90%", 92.5, None],
]
TRACKING_MERGES = ["A1:E1", "B2:C2", "A4:A6"]
TRACKING_FORMATS = {
    "D4": "0.00",
    "D5": "0.00",
    "E4": "0.00%",
    "E5": "0.00%",
    "E6": "0%",
}
NOTES = [["说明"], [None], ["金额单位：万元", True]]

TRACKING_ROWS = (
    ("财政项目支出绩效跟踪表", "", "", "", ""),
    ("项目名称", "两新党建工作", "", "截至日期", "2023-08-31"),
    ("一级指标", "三级指标", "年度指标值", "跟踪期实际完成值", "执行率"),
    ("产出指标", "培训人数", "1200", "84.88", "67.26%"),
    ("", "培训合格率", "≥95%", "0.00", "100.00%"),
    ("", "完成时间", "2023年12月", "2", "50%"),
    ("效益指标", "群众满意度", "≥90%", "92.5", ""),
)
NOTES_ROWS = (("说明", ""), ("", ""), ("金额单位：万元", "是"))


def _naive(*parts: int) -> dt.datetime:
    """A date and time without a zone: what Excel stores."""
    return dt.datetime(*parts)  # noqa: DTZ001


def _tracking_xlsx() -> bytes:
    return xlsx_bytes(
        {"跟踪表": TRACKING, "说明": NOTES},
        merges={"跟踪表": TRACKING_MERGES},
        number_formats={"跟踪表": TRACKING_FORMATS},
    )


def _message(excinfo: pytest.ExceptionInfo[ReadError]) -> str:
    return str(excinfo.value)


# ---------------------------------------------------------------------------
# xlsx: the tracking table


def test_xlsx_tracking_table_exact_sheets():
    sheets = read_xlsx(_tracking_xlsx(), file="跟踪表.xlsx")
    assert [sheet.name for sheet in sheets] == ["跟踪表", "说明"]
    tracking, notes = sheets
    assert tracking.rows == TRACKING_ROWS
    assert tracking.row_numbers == (1, 2, 3, 4, 5, 6, 7)
    assert tracking.file == "跟踪表.xlsx"
    assert notes.rows == NOTES_ROWS
    assert notes.row_numbers == (1, 2, 3)


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_xlsx_hidden_worksheets_are_left_out(state: str) -> None:
    # Last year's copy and the lists behind a drop-down are shown to nobody.
    data = xlsx_bytes(
        {"跟踪表": TRACKING, "说明": NOTES, "下拉选项": [["是"], ["否"]]},
        hidden={"说明": state, "下拉选项": "veryHidden"},
    )
    [sheet] = read_xlsx(data)
    assert sheet.name == "跟踪表"


def _with_chart_sheets(*, chart: bool, first: bool = False, only: bool = False) -> bytes:
    """The tracking workbook with a chart sheet (empty unless *chart*), made by openpyxl."""
    from openpyxl import load_workbook  # noqa: PLC0415  (optional dependency of the tests)
    from openpyxl.chart import BarChart, Reference  # noqa: PLC0415

    workbook = load_workbook(io.BytesIO(_tracking_xlsx()))
    tracking = workbook["跟踪表"]
    chart_sheet = workbook.create_chartsheet("执行率图", 0 if first else None)
    if chart:
        bars = BarChart()
        bars.add_data(Reference(tracking, min_col=5, min_row=4, max_row=6))
        chart_sheet.add_chart(bars)
    if first:
        workbook.active = 0
    if only:
        workbook.remove(tracking)
        workbook.remove(workbook["说明"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("chart", [False, True], ids=["empty", "with-chart"])
@pytest.mark.parametrize("first", [False, True], ids=["after", "first-and-active"])
@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "full-load"])
def test_xlsx_chart_sheets_are_passed_over(
    monkeypatch: pytest.MonkeyPatch,
    chart: bool,  # noqa: FBT001
    first: bool,  # noqa: FBT001
    read_only: bool,  # noqa: FBT001
) -> None:
    # Before, an empty chart sheet (no _rels part) made openpyxl fail on the whole
    # workbook: "无法读取 xlsx 文件…：AttributeError: 'list' object has no attribute 'find'".
    data = _with_chart_sheets(chart=chart, first=first)
    assert (
        "xl/chartsheets/_rels/sheet1.xml.rels" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    ) is chart
    if not read_only:
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    sheets = read_xlsx(data, file="跟踪表.xlsx")
    assert [(sheet.name, sheet.rows) for sheet in sheets] == [
        ("跟踪表", TRACKING_ROWS),
        ("说明", NOTES_ROWS),
    ]
    [table] = perftrack.read(data)
    assert (table.source.sheet, len(table.indicators)) == ("跟踪表", 4)


@pytest.mark.parametrize("chart", [False, True], ids=["empty", "with-chart"])
def test_xlsx_chart_sheets_only_hold_no_table(chart: bool, tmp_path: Path) -> None:  # noqa: FBT001
    path = tmp_path / "图表.xlsx"
    path.write_bytes(_with_chart_sheets(chart=chart, only=True))
    with pytest.raises(ReadError) as excinfo:
        perftrack.read(path)
    assert _message(excinfo) == (
        f"{path}: 工作簿中只有图表工作表（“执行率图”），没有含单元格的工作表，找不到表格"
    )


def test_xlsx_full_load_fallback_gives_the_same_sheets(monkeypatch):
    # Should openpyxl stop exposing a read-only worksheet's part, the reader loads fully.
    data = _tracking_xlsx()
    fast = read_xlsx(data, file="a.xlsx")
    monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    full = read_xlsx(data, file="a.xlsx")
    assert full == fast
    assert [sheet.row_numbers for sheet in full] == [sheet.row_numbers for sheet in fast]


def test_xlsx_leading_rows_kept_trailing_rows_and_columns_trimmed():
    grid = [[None] * 6, [None, "项目名称", "两新党建工作", None, None, ""], [None] * 6]
    grid += [[None, None, None, None, None, "   "]]  # a space is content
    grid += [[None] * 6, [None, ""]]
    data = xlsx_bytes({"表1": grid}, number_formats={"表1": {"H20": "0.00"}})
    [sheet] = read_xlsx(data)
    assert sheet.rows == (
        ("", "", "", "", "", ""),
        ("", "项目名称", "两新党建工作", "", "", ""),
        ("", "", "", "", "", ""),
        ("", "", "", "", "", "   "),
    )
    assert sheet.row_numbers == (1, 2, 3, 4)


def test_xlsx_empty_worksheet_is_an_empty_sheet():
    sheets = read_xlsx(xlsx_bytes({"空表": [], "表2": [["a"]]}))
    assert [(sheet.name, sheet.rows, sheet.row_numbers) for sheet in sheets] == [
        ("空表", (), ()),
        ("表2", (("a",),), (1,)),
    ]


# Cell values through a real workbook: (value, number format or None, text).
XLSX_CELLS = [
    pytest.param("≥95%", None, "≥95%", id="string"),
    pytest.param(" 跟踪期\n计划完成值 ", None, " 跟踪期\n计划完成值 ", id="string-as-is"),
    pytest.param(2, None, "2", id="int-general"),
    pytest.param(2.0, None, "2", id="float-integral-general"),
    pytest.param(84.88, "0.00", "84.88", id="two-decimals"),
    pytest.param(0, "0.00", "0.00", id="zero-two-decimals"),
    pytest.param(383.4, "#,##0.00", "383.40", id="thousands-format"),
    pytest.param(0.6726, "0.00%", "67.26%", id="percent"),
    pytest.param(0.1 + 0.2, None, "0.3", id="float-artefact"),
    pytest.param(True, None, "是", id="true"),
    pytest.param(False, None, "否", id="false"),
    pytest.param(dt.date(2023, 8, 31), None, "2023-08-31", id="date"),
    pytest.param(
        _naive(2023, 8, 31, 8, 30), "yyyy-mm-dd hh:mm:ss", "2023-08-31 08:30:00", id="datetime"
    ),
    pytest.param(dt.time(8, 30), None, "08:30:00", id="time"),
    # a format without a day shows a month: Excel stores its first day, nobody typed it
    pytest.param(dt.date(2024, 3, 1), 'yyyy"年"m"月"', "2024年3月", id="month-chinese"),
    pytest.param(dt.date(2024, 3, 1), "yyyy-mm", "2024年3月", id="month-dash"),
    pytest.param(dt.date(2024, 3, 1), "[$-804]yyyy/m;@", "2024年3月", id="month-locale"),
    pytest.param(dt.date(2024, 3, 18), 'yyyy"年"m"月"d"日"', "2024-03-18", id="day-chinese"),
    pytest.param(_naive(2024, 3, 1, 9), "yyyy-mm hh:mm", "2024-03-01 09:00:00", id="month-time"),
    pytest.param("#DIV/0!", None, "#DIV/0!", id="error-value"),
    pytest.param("=SUM(1,2)", None, "", id="formula-without-cached-value"),
]


@pytest.mark.parametrize(("value", "number_format", "expected"), XLSX_CELLS)
def test_xlsx_cell_texts(value, number_format, expected):
    formats = {"表1": {"B1": number_format}} if number_format else None
    data = xlsx_bytes({"表1": [["值", value, "尾"]]}, number_formats=formats)
    [sheet] = read_xlsx(data)
    assert sheet.rows == (("值", expected, "尾"),)


@pytest.mark.parametrize(
    ("format_id", "day", "noon"),
    [
        (31, "2023-08-31", "2023-08-31 12:00:00"),  # yyyy"年"m"月"d"日"
        (57, "2023年8月", "2023年8月"),  # yyyy"年"m"月": a month
    ],
)
def test_xlsx_chinese_builtin_date_format(format_id: int, day: str, noon: str) -> None:
    # WPS and Chinese Excel store 2023年8月31日 as the built-in format 31, which openpyxl
    # does not know (it reports General): the serial must still read as a date.
    data = xlsx_bytes(
        {"表1": [[45169, 45169.5, 0.5, 45169]]}, number_formats={"表1": {"D1": "0.00"}}
    )

    def builtin(styles: str) -> str:
        # cellXfs: xf 0 stays General; every cell written with the default style gets the id.
        return styles.replace(
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton',
            f'<xf numFmtId="{format_id}" fontId="0" fillId="0" borderId="0" pivotButton',
            1,
        )

    patched = replace_member(data, "xl/styles.xml", builtin)
    styles = zipfile.ZipFile(io.BytesIO(patched)).read("xl/styles.xml").decode()
    assert f'numFmtId="{format_id}"' in styles
    [sheet] = read_xlsx(patched)
    # 0.5 in a date format: Excel shows 1900年1月0日, no date; it was read as 12:00:00, a
    # time of day the format does not show, and is its number, said (r35n)
    assert sheet.rows == ((day, noon, "0.5", "45169.00"),)
    assert [problem.message for problem in sheet.problems] == [
        (
            "单元格 C1 为日期格式，但数值“0.5”不是日期（Excel 显示为不存在的日期 1900-01-00），"
            "按数值文本读取；文件可能已损坏"
        )
    ]


def test_xlsx_merged_range_blanks_values_stored_inside_it():
    # Excel clears a range when merging, but generated files may keep values in it.
    data = xlsx_bytes({"表1": [["绩效指标", "残留", "C"], ["残留", "残留", "C"], ["A", "B", "C"]]})

    def merge(xml: str) -> str:
        return xml.replace(
            "</sheetData>",
            '</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
        )

    [sheet] = read_xlsx(replace_member(data, "xl/worksheets/sheet1.xml", merge))
    assert sheet.rows == (("绩效指标", "", "C"), ("", "", "C"), ("A", "B", "C"))


def test_xlsx_huge_merged_range_is_clipped_to_the_content():
    data = xlsx_bytes({"表1": [["标题", "残留"], ["a", "b"]]})

    def merge(xml: str) -> str:
        return xml.replace(
            "</sheetData>",
            '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        )

    [sheet] = read_xlsx(replace_member(data, "xl/worksheets/sheet1.xml", merge))
    assert sheet.rows == (("标题",),)


def test_xlsx_huge_merged_range_refused_before_a_full_load(monkeypatch):
    data = xlsx_bytes({"表1": [["标题"]]})

    def merge(xml: str) -> str:
        return xml.replace(
            "</sheetData>",
            '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        )

    monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    with pytest.raises(ReadError) as excinfo:
        read_xlsx(replace_member(data, "xl/worksheets/sheet1.xml", merge), file="a.xlsx")
    assert (
        _message(excinfo)
        == "a.xlsx: 合并单元格范围过大（共 17179869184 个单元格，上限 5000000 个），拒绝读取"
    )


def test_xlsx_wrong_dimension_does_not_cut_rows():
    data = xlsx_bytes({"表1": [["a"], ["b"], ["c"]]})
    patched = replace_member(
        data,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace('<dimension ref="A1:A3"/>', '<dimension ref="A1"/>'),
    )
    [sheet] = read_xlsx(patched)
    assert sheet.rows == (("a",), ("b",), ("c",))


def test_openpyxl_parses_with_defusedxml():
    openpyxl = pytest.importorskip("openpyxl")
    assert openpyxl.DEFUSEDXML is True


# ---------------------------------------------------------------------------
# number_text and date_text on their own

NUMBERS = [
    pytest.param(84.88, "0.00", "84.88", id="decimals-kept"),
    pytest.param(0, "0.00", "0.00", id="int-zero-padded"),
    pytest.param(2, "General", "2", id="int-general"),
    pytest.param(2.0, "General", "2", id="float-general"),
    pytest.param(2.0, None, "2", id="no-format"),
    pytest.param(0.6726, "0.00%", "67.26%", id="percent"),
    pytest.param(1, "0%", "100%", id="percent-no-decimals"),
    pytest.param(0.30000000000000004, "General", "0.3", id="artefact-general"),
    pytest.param(0.30000000000000004, "0.00", "0.30", id="artefact-decimals"),
    pytest.param(2.675, "0.00", "2.68", id="half-up-as-excel"),
    pytest.param(2.5, "0", "3", id="half-up-integer"),
    pytest.param(-2.5, "0", "-3", id="half-away-from-zero"),
    pytest.param(-0.001, "0.00", "0.00", id="no-negative-zero"),
    pytest.param(1e-7, "General", "0.0000001", id="small-positional"),
    pytest.param(1e16, "General", "10000000000000000", id="large-positional"),
    pytest.param(123456789012345678, "General", "123456789012345678", id="big-int"),
    pytest.param(1234.5, "#,##0.00", "1234.50", id="no-thousands-separator"),
    pytest.param(84.88, '0.00"万元"', "84.88", id="literal-left-out"),
    pytest.param(84.88, '"¥"#,##0.00_);[Red]("¥"#,##0.00)', "84.88", id="currency-sections"),
    pytest.param(-3.14159, "0.00;[Red]-0.00", "-3.14", id="negative-section"),
    pytest.param(1.5, "0.0#", "1.5", id="optional-digit-unused"),
    pytest.param(1.25, "0.0#", "1.25", id="optional-digit-used"),
    pytest.param(1, "0.0#", "1.0", id="optional-digit-minimum"),
    pytest.param(3, "0.##", "3", id="optional-only"),
    pytest.param(3, "@", "3", id="text-format"),
    pytest.param(12345.0, "0.00E+00", "12345", id="scientific-as-general"),
    pytest.param(0.5, "# ?/?", "0.5", id="fraction-as-general"),
    pytest.param(float("inf"), "0.00", "inf", id="infinity"),
    pytest.param(float("nan"), "General", "nan", id="nan"),
    pytest.param(0.9, '"≥"0%', "≥90%", id="operator-literal-kept"),
    pytest.param(5, "\\≤0.00", "≤5.00", id="operator-escaped-kept"),
    pytest.param(90, '"达到"0', "90", id="word-literal-left-out"),
]


@pytest.mark.parametrize(("value", "number_format", "expected"), NUMBERS)
def test_number_text(value, number_format, expected):
    assert number_text(value, number_format) == expected


DATES = [
    pytest.param(dt.date(2023, 8, 31), "2023-08-31", id="date"),
    pytest.param(_naive(2023, 8, 31), "2023-08-31", id="midnight"),
    pytest.param(_naive(2023, 8, 31, 8, 30, 5), "2023-08-31 08:30:05", id="datetime"),
    pytest.param(dt.time(8, 30), "08:30:00", id="time"),
    pytest.param(dt.timedelta(hours=26, minutes=5), "26:05:00", id="duration"),
    pytest.param(dt.timedelta(minutes=-90), "-1:30:00", id="negative-duration"),
]


@pytest.mark.parametrize(("value", "expected"), DATES)
def test_date_text(value, expected):
    assert date_text(value) == expected


# ---------------------------------------------------------------------------
# xlsx: bad and hostile input

LAUGHS = (
    '<?xml version="1.0"?>'
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def _with_laughs(xml: str) -> str:
    return LAUGHS + xml.replace("<t>项目名称</t>", "<t>&lol3;</t>")


def test_xlsx_billion_laughs_refused():
    data = replace_member(
        xlsx_bytes({"表1": [["项目名称"]]}), "xl/worksheets/sheet1.xml", _with_laughs
    )
    with pytest.raises(ReadError) as excinfo:
        read_xlsx(data, file="a.xlsx")
    assert (
        _message(excinfo)
        == "a.xlsx: xl/worksheets/sheet1.xml 含有 DOCTYPE（DTD 或实体声明），出于安全考虑拒绝读取"
    )


def test_xlsx_doctype_in_utf16_part_refused():
    def utf16(xml: str) -> bytes:
        return (
            '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            + xml
        ).encode("utf-16")

    data = replace_member(xlsx_bytes({"表1": [["a"]]}), "xl/workbook.xml", lambda xml: xml)
    data = replace_member(
        data,
        "xl/workbook.xml",
        utf16(zipfile.ZipFile(io.BytesIO(data)).read("xl/workbook.xml").decode()),
    )
    with pytest.raises(ReadError, match=r"xl/workbook\.xml 含有 DOCTYPE"):
        read_xlsx(data)


def test_xlsx_doctype_after_a_long_comment_refused():
    def padded(xml: str) -> str:
        declaration, _, doctype = LAUGHS.partition("?>")
        return declaration + "?><!--" + "x" * 3_000_000 + "-->" + doctype + xml

    data = replace_member(xlsx_bytes({"表1": [["a"]]}), "xl/styles.xml", padded)
    with pytest.raises(ReadError, match=r"xl/styles\.xml 含有 DOCTYPE"):
        read_xlsx(data)


def test_xlsx_truncated():
    data = _tracking_xlsx()
    with pytest.raises(ReadError) as excinfo:
        read_xlsx(data[: len(data) // 2], file="跟踪表.xlsx")
    assert (
        _message(excinfo)
        == "跟踪表.xlsx: 不是有效的 xlsx 文件：不是 zip 压缩包（文件可能已损坏或被截断）"
    )


def test_xlsx_corrupt_member_data():
    data = bytearray(_tracking_xlsx())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 10 : start + 40] = b"\xff" * 30
    with pytest.raises(ReadError, match=r"^a\.xlsx: 不是有效的 xlsx 文件：压缩包已损坏或被截断"):
        read_xlsx(bytes(data), file="a.xlsx")


def test_xlsx_zip_of_garbage():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("junk.bin", b"\x00\x01\x02 not a workbook")
    with pytest.raises(ReadError) as excinfo:
        read_xlsx(buffer.getvalue(), file="a.xlsx")
    assert _message(excinfo) == "a.xlsx: 文件已损坏或不完整：缺少部件 [Content_Types].xml"


def test_xlsx_garbage_worksheet_xml():
    data = replace_member(
        _tracking_xlsx(), "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row"
    )
    with pytest.raises(ReadError) as excinfo:
        read_xlsx(data, file="a.xlsx")
    assert _message(excinfo) == (
        "a.xlsx: 工作表 跟踪表: 无法读取 xlsx 文件（文件已损坏或不完整）："
        "部件 xl/worksheets/sheet1.xml 第 1 行第 23 列有 XML 错误（文件在标记中间中断）"
    )


def test_xlsx_garbage_cells_name_the_worksheet():
    # The dimension parses, the cells do not: the error surfaces while reading the sheet.
    def broken(xml: str) -> str:
        return xml.replace('<c r="A1" t="inlineStr">', '<c r="A1" t="inlineStr"><broken', 1)

    data = replace_member(_tracking_xlsx(), "xl/worksheets/sheet1.xml", broken)
    with pytest.raises(ReadError) as excinfo:
        read_xlsx(data, file="a.xlsx")
    assert excinfo.value.where == "工作表 跟踪表"


def test_xlsx_docx_is_not_a_workbook():
    with pytest.raises(ReadError, match=r"^a\.xlsx: 无法读取 xlsx 文件"):
        read_xlsx(docx_bytes(["标题"]), file="a.xlsx")


def test_zip_expanding_too_much_refused(monkeypatch):
    monkeypatch.setattr(_xlsx, "MAX_UNZIPPED", 1000)
    with pytest.raises(
        ReadError, match=r"^a\.xlsx: xlsx 文件解压后过大（\d+ 字节，上限 1000 字节），拒绝读取$"
    ):
        read_xlsx(_tracking_xlsx(), file="a.xlsx")


def test_zip_member_with_forged_ratio_refused(monkeypatch):
    monkeypatch.setattr(_xlsx, "_RATIO_EXEMPT", 0)
    monkeypatch.setattr(_xlsx, "_MAX_RATIO", 1)
    with pytest.raises(ReadError, match=r"压缩比异常，拒绝读取$"):
        read_xlsx(_tracking_xlsx(), file="a.xlsx")


def test_zip_too_many_members_refused(monkeypatch):
    monkeypatch.setattr(_xlsx, "_MAX_MEMBERS", 3)
    with pytest.raises(ReadError, match=r"^a\.xlsx: xlsx 文件的压缩包成员过多（10 个），拒绝读取$"):
        read_xlsx(_tracking_xlsx(), file="a.xlsx")


def test_input_too_large_refused(monkeypatch):
    monkeypatch.setattr(_xlsx, "MAX_BYTES", 100)
    with pytest.raises(ReadError, match=r"^a\.xlsx: 文件过大（\d+ 字节，上限 100 字节）$"):
        read_xlsx(_tracking_xlsx(), file="a.xlsx")


def test_xlsx_too_many_cells_refused(monkeypatch):
    monkeypatch.setattr(_xlsx, "MAX_CELLS", 20)
    with pytest.raises(ReadError) as excinfo:
        read_xlsx(_tracking_xlsx(), file="a.xlsx")
    assert excinfo.value.where == "工作表 跟踪表"
    assert excinfo.value.message.startswith("工作表过大（")


def test_check_zip_collects_merged_ranges():
    merges = check_zip(_tracking_xlsx(), merges=True)
    assert merges == {"xl/worksheets/sheet1.xml": TRACKING_MERGES}


def test_check_zip_finds_a_merge_across_chunks(monkeypatch):
    monkeypatch.setattr(_xlsx, "_CHUNK", 64)
    merges = check_zip(_tracking_xlsx(), merges=True)
    assert merges == {"xl/worksheets/sheet1.xml": TRACKING_MERGES}


# ---------------------------------------------------------------------------
# xls

XLS_ROWS = (
    ("财政项目支出绩效跟踪表", "", "", "", ""),
    ("项目名称", "两新党建工作", "", "截至日期", "2023-08-31"),
    ("一级指标", "三级指标", "年度指标值", "跟踪期实际完成值", "执行率"),
    ("产出指标", "培训人数", "1200", "84.88", "67.26%"),
    ("", "培训合格率", "≥95%", "0.00", "100.00%"),
    ("", "完成时间", "2023年12月", "2", "50%"),
    ("效益指标", "群众满意度", "≥90%", "92.5", ""),
)


def test_xls_tracking_table_exact_sheets():
    data = xls_bytes(
        {"跟踪表": TRACKING, "说明": NOTES},
        merges={"跟踪表": TRACKING_MERGES},
        number_formats={"跟踪表": TRACKING_FORMATS},
    )
    sheets = read_xls(data, file="跟踪表.xls")
    assert [sheet.name for sheet in sheets] == ["跟踪表", "说明"]
    tracking, notes = sheets
    assert tracking.rows == XLS_ROWS
    assert tracking.row_numbers == (1, 2, 3, 4, 5, 6, 7)
    assert tracking.file == "跟踪表.xls"
    assert notes.rows == NOTES_ROWS


XLS_CELLS = [
    pytest.param(2, None, "2", id="integer-without-point-zero"),
    pytest.param(2.5, None, "2.5", id="float"),
    pytest.param(0.1 + 0.2, None, "0.3", id="float-artefact"),
    pytest.param(_naive(2023, 8, 31, 8, 30), None, "2023-08-31 08:30:00", id="datetime"),
    pytest.param(
        dt.date(2023, 8, 31), 'yyyy"年"m"月"d"日"', "2023-08-31", id="chinese-date-format"
    ),
    pytest.param(dt.date(2023, 8, 1), 'yyyy"年"m"月"', "2023年8月", id="chinese-month-format"),
    pytest.param(False, None, "否", id="boolean"),
    pytest.param(0.6726, "0.0%", "67.3%", id="percent"),
]


@pytest.mark.parametrize(("value", "number_format", "expected"), XLS_CELLS)
def test_xls_cell_texts(value, number_format, expected):
    formats = {"表1": {"B1": number_format}} if number_format else None
    [sheet] = read_xls(xls_bytes({"表1": [["值", value]]}, number_formats=formats))
    assert sheet.rows == (("值", expected),)


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_xls_hidden_worksheets_are_left_out(state: str) -> None:
    data = xls_bytes({"跟踪表": [["项目名称", "甲"]], "说明": [["说明"]]}, hidden={"说明": state})
    assert [sheet.name for sheet in read_xls(data)] == ["跟踪表"]


def test_xls_given_xlsx():
    with pytest.raises(ReadError) as excinfo:
        read_xls(_tracking_xlsx(), file="a.xls")
    assert (
        _message(excinfo)
        == "a.xls: 这是 xlsx 格式（zip 压缩包）的文件，不是 Excel 97-2003 的 xls 文件"
    )


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"<html><table><tr><td>1</td></tr></table></html>", id="html-export"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, id="broken-ole"),
        pytest.param(b"", id="empty"),
    ],
)
def test_xls_garbage(data):
    with pytest.raises(ReadError, match=r"^a\.xls: 无法读取 xls 文件（文件已损坏或格式不对）："):
        read_xls(data, file="a.xls")


def test_xls_truncated():
    data = xls_bytes({"跟踪表": TRACKING})
    with pytest.raises(ReadError, match=r"^a\.xls: 无法读取 xls 文件"):
        read_xls(data[: len(data) // 2], file="a.xls")


# ---------------------------------------------------------------------------
# docx

DOCX_TABLE = [
    ["绩效指标", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
    ["产出指标", "数量指标", "培训人数\n（人次）", "≥1200"],
    ["", "质量指标", "培训合格率", "≥95%"],
    ["", "时效指标", "完成时间", "2023年12月"],
    ["效益指标", "社会效益指标", "群众  满意度", "≥90%"],
]
DOCX_ROWS = (
    ("财政项目支出绩效跟踪表",),
    ("跟踪时段：（ 2023-1月 至 2023-8月 ）",),
    ("绩效指标", "", "", ""),
    ("一级指标", "二级指标", "三级指标", "年度指标值"),
    ("产出指标", "数量指标", "培训人数\n（人次）", "≥1200"),  # a paragraph each: lines
    ("", "质量指标", "培训合格率", "≥95%"),
    ("", "时效指标", "完成时间", "2023年12月"),
    ("效益指标", "社会效益指标", "群众 满意度", "≥90%"),
    ("纠偏措施：无",),
)


def _tracking_docx() -> bytes:
    return docx_bytes(
        [
            "财政项目支出绩效跟踪表",
            "",
            "跟踪时段：（ 2023-1月 至 2023-8月 ）",
            DOCX_TABLE,
            "  ",
            "纠偏措施：无",
        ],
        merges={0: ["A1:D1", "A3:A5"]},
    )


def test_docx_tracking_table_exact_rows():
    sheets = read_docx(_tracking_docx(), file="跟踪表.docx")
    [sheet] = sheets
    assert sheet.rows == DOCX_ROWS
    assert sheet.row_numbers == tuple(range(1, 10))
    assert sheet.name is None
    assert sheet.file == "跟踪表.docx"


def test_docx_merges_agree_with_python_docx_cells():
    # python-docx repeats one _tc for the columns of a gridSpan and gives a vMerge
    # continuation its top cell: keeping a cell's text only the first time its _tc is
    # met must give what the reader computes from the XML.
    docx = pytest.importorskip("docx")
    document = docx.Document(io.BytesIO(_tracking_docx()))
    seen: list[object] = []  # keeps the elements alive, so identity is meaningful
    expected = []
    for row in document.tables[0].rows:
        texts = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):
                texts.append("")
            else:
                seen.append(cell._tc)
                lines = (" ".join(line.split()) for line in cell.text.split("\n"))
                texts.append("\n".join(line for line in lines if line))
        expected.append(tuple(texts))
    [sheet] = read_docx(_tracking_docx())
    assert sheet.rows[2:8] == tuple(expected)


def test_docx_without_tables_gives_its_paragraphs():
    [sheet] = read_docx(
        docx_bytes(["关于2023年度项目绩效的说明", "", "  一、 基本情况\t ", "二、绩效目标"])
    )
    assert sheet.rows == (("关于2023年度项目绩效的说明",), ("一、 基本情况",), ("二、绩效目标",))
    assert sheet.row_numbers == (1, 2, 3)


def test_docx_empty_document():
    assert read_docx(docx_bytes([])) == [read_docx(docx_bytes([""]))[0]]
    [sheet] = read_docx(docx_bytes([]))
    assert sheet.rows == ()


def test_docx_two_tables_in_body_order():
    [sheet] = read_docx(docx_bytes([[["表一"]], "之间", [["表二", "x"]]]))
    assert sheet.rows == (("表一",), ("之间",), ("表二", "x"))


# Hand-written WordprocessingML for what python-docx cannot write.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _docx_body(body: str) -> bytes:
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {MC}><w:body>{body}</w:body></w:document>'
    return replace_member(docx_bytes([]), "word/document.xml", document)


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _tc(text: str, properties: str = "") -> str:
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{_p(_r(text))}</w:tc>"


WORD_MARKUP = [
    pytest.param(
        _p(
            _r("培训"),
            "<w:ins><w:r><w:t>合格</w:t></w:r></w:ins>",
            "<w:del><w:r><w:delText>不</w:delText></w:r></w:del>",
            _r("率"),
        ),
        (("培训合格率",),),
        id="tracked-changes-accepted",
    ),
    pytest.param(
        _p(
            "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>",
            "<w:smartTag><w:r><w:t>2023年</w:t></w:r></w:smartTag>",
        ),
        (("链接2023年",),),
        id="hyperlink-and-smart-tag",
    ),
    pytest.param(
        _p(_r("年度"), "<w:r><w:tab/><w:t>指标值</w:t><w:br/><w:t>（分）</w:t></w:r>"),
        (("年度 指标值 （分）",),),
        id="tab-and-break-fold",
    ),
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            _r("3"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),
        (("3",),),
        id="field-result-not-code",
    ),
    pytest.param(
        _p(
            _r("标题"),
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
        ),
        # no part of the paragraph; read once after it as the body holds no grid (e2e18 M1)
        (("标题",), ("文本框",)),
        id="text-box-after-its-paragraph",
    ),
    pytest.param(
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        + _p(_r("控件内段落"))
        + "<w:tbl><w:tr>"
        + _tc("控件内表格")
        + "</w:tr></w:tbl></w:sdtContent></w:sdt>",
        (("控件内段落",), ("控件内表格",)),
        id="content-control-blocks",
    ),
    pytest.param(
        '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>'
        + _tc("晚开始")
        + "</w:tr><w:tr>"
        + _tc("a")
        + _tc("b")
        + _tc("c")
        + "</w:tr></w:tbl>",
        (("", "", "晚开始"), ("a", "b", "c")),
        id="grid-before",
    ),
    pytest.param(
        "<w:tbl><w:tr>"
        + _tc("甲", '<w:hMerge w:val="restart"/>')
        + _tc("残留", '<w:hMerge w:val="continue"/>')
        + _tc("乙")
        + "</w:tr></w:tbl>",
        (("甲", "", "乙"),),
        id="old-hmerge",
    ),
    pytest.param(
        "<w:tbl><w:tr>"
        + _tc("产出指标", '<w:vMerge w:val="restart"/>')
        + _tc("a")
        + "</w:tr><w:tr>"
        + _tc("残留", "<w:vMerge/>")
        + _tc("b")
        + "</w:tr><w:tr>"
        + _tc("残留", '<w:vMerge w:val="continue"/>')
        + _tc("c")
        + "</w:tr></w:tbl>",
        (("产出指标", "a"), ("", "b"), ("", "c")),
        id="vmerge-both-spellings",
    ),
    pytest.param(
        "<w:tbl><w:tr>"
        + _tc("宽", '<w:gridSpan w:val="3"/>')
        + _tc("窄")
        + "</w:tr><w:tr>"
        + _tc("坏", '<w:gridSpan w:val="x"/>')
        + "</w:tr></w:tbl>",
        (("宽", "", "", "窄"), ("坏",)),
        id="grid-span",
    ),
    pytest.param(
        "<w:tbl><w:tr><w:tc>"
        + _p(_r("外"))
        + "<w:tbl><w:tr>"
        + _tc("内1")
        + _tc("内2")
        + "</w:tr></w:tbl>"
        + _p()
        + "</w:tc>"
        + _tc("右")
        + "</w:tr></w:tbl>",
        # a form's cell holding a table: its paragraphs and rows come after the row
        (("", "右"), ("外",), ("内1", "内2")),
        id="nested-table-rows",
    ),
    pytest.param(
        "<w:tbl><w:tr>" + _tc("") + _tc("") + "</w:tr></w:tbl>",
        (("", ""),),
        id="empty-table-row-kept",
    ),
    pytest.param(
        '<w:p><w:pPr><w:jc w:val="center"/><w:sectPr><w:headerReference w:type="default"'
        ' r:id="rId8" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
        "</w:sectPr></w:pPr>"
        '<w:commentRangeStart w:id="0"/>'
        + _r("2950人")
        + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
        (("2950人",),),
        id="section-properties-comment-and-footnote-references",
    ),
    pytest.param(
        _p(_r("\u3000\u3000一、\u00a0基本情况\u3000")),
        (("一、 基本情况",),),
        id="full-width-spaces-fold",
    ),
]


@pytest.mark.parametrize(("body", "expected"), WORD_MARKUP)
def test_docx_markup(body, expected):
    [sheet] = read_docx(_docx_body(body))
    assert sheet.rows == expected


def test_docx_forged_grid_span_clamped():
    # a span past Word's 63 columns reaches the 63rd (fuzz19 M5); it was refused
    body = "<w:tbl><w:tr>" + _tc("宽", '<w:gridSpan w:val="999999999"/>') + "</w:tr></w:tbl>"
    [sheet] = read_docx(_docx_body(body), file="a.docx")
    assert sheet.rows == (("宽",) + ("",) * 62,)


def test_docx_rows_times_width_bounded(monkeypatch):
    monkeypatch.setattr(_sheet, "MAX_CELLS", 30)
    body = (
        "<w:tbl><w:tr>"
        + _tc("宽", '<w:gridSpan w:val="10"/>')
        + "</w:tr></w:tbl>"
        + _p(_r("x")) * 5
    )
    with pytest.raises(ReadError) as excinfo:
        read_docx(_docx_body(body), file="a.docx")
    assert _message(excinfo) == "a.docx: 文档中的表格过大（6 行 × 10 列，上限 30 个单元格）"


def test_docx_billion_laughs_refused():
    document = LAUGHS + f"<w:document {W}><w:body>{_p(_r('&lol3;'))}</w:body></w:document>"
    data = replace_member(docx_bytes([]), "word/document.xml", document)
    with pytest.raises(ReadError) as excinfo:
        read_docx(data, file="a.docx")
    assert (
        _message(excinfo)
        == "a.docx: word/document.xml 含有 DOCTYPE（DTD 或实体声明），出于安全考虑拒绝读取"
    )


def test_docx_truncated():
    data = _tracking_docx()
    with pytest.raises(ReadError) as excinfo:
        read_docx(data[: len(data) // 2], file="a.docx")
    assert (
        _message(excinfo)
        == "a.docx: 不是有效的 docx 文件：不是 zip 压缩包（文件可能已损坏或被截断）"
    )


def test_docx_given_xlsx():
    with pytest.raises(ReadError) as excinfo:
        read_docx(_tracking_xlsx(), file="a.docx")
    assert _message(excinfo) == (
        "a.docx: 不是 Word 文档（.docx）：文件主体的类型为 "
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    )


def test_docx_garbage_document_xml():
    data = replace_member(docx_bytes(["标题"]), "word/document.xml", "<w:document")
    with pytest.raises(ReadError) as excinfo:
        read_docx(data, file="a.docx")
    assert _message(excinfo) == (
        "a.docx: 无法读取 docx 文件（文件已损坏或不完整）："
        "部件 word/document.xml 第 1 行第 1 列有 XML 错误（文件在标记中间中断）"
    )


# ---------------------------------------------------------------------------
# Optional dependencies

MISSING = [
    pytest.param(read_xlsx, "openpyxl", "xlsx", id="xlsx-openpyxl"),
    pytest.param(read_xlsx, "defusedxml", "xlsx", id="xlsx-defusedxml"),
    pytest.param(read_xls, "xlrd", "xls", id="xls-xlrd"),
    pytest.param(read_docx, "docx", "docx", id="docx-python-docx"),
    pytest.param(read_docx, "defusedxml", "docx", id="docx-defusedxml"),
]


@pytest.mark.parametrize(("reader", "module", "extra"), MISSING)
def test_missing_optional_dependency(monkeypatch, reader, module, extra):
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ReadError) as excinfo:
        reader(b"PK\x03\x04 whatever", file="表")
    assert (
        _message(excinfo)
        == f"表: 读取此格式需要可选依赖 {module}：请运行 pip install 'perftrack[{extra}]'"
    )


def test_importing_the_readers_loads_no_optional_dependency():
    code = (
        "import sys, perftrack, perftrack.readers._xlsx, perftrack.readers._xls, "
        "perftrack.readers._docx\n"
        "print(sorted(m for m in ('openpyxl', 'xlrd', 'docx', 'defusedxml', 'lxml') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_cover_sheet_and_its_grid_sheet_are_one_table() -> None:
    data = xlsx_bytes(
        {
            "封面": [
                ["2024年度项目支出绩效自评表"],
                ["项目名称", "职业技能培训"],
                ["主管部门", "市人力资源和社会保障局"],
            ],
            "指标": [
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "培训人次", "≥1000人次", 1350, 50, 50],
                ["", "时效指标", "完成时间", "11月底前", "2024年10月", 40, 40],
            ],
        }
    )
    (table,) = perftrack.read(data)
    assert (table.title, table.project.name, table.project.department) == (
        "2024年度项目支出绩效自评表",
        "职业技能培训",
        "市人力资源和社会保障局",
    )
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == ("2024-01", "2024-12")
    assert str(table.indicators[1].target) == "2024年11月底前"  # the cover's year
    assert not [f for f in table.findings if f.id == "missing-indicators"]


def test_xlsx_text_typed_with_an_equals_sign_is_not_lost():
    """Scripts store ``=5.00(个)`` as a formula without a result: it is the typed text.

    A real formula without a result (``=SUM(…)``) stays empty, and a formula whose result
    Excel stored reads as that result.
    """
    grid = [
        ["三级指标", "年度指标值", "实际完成值", "合计"],
        ["居委党群服务站建设", "=5.00(个)", "=5", "=SUM(B2:C2)"],
        ["满意度", "=100%", "≥90%", None],
        [None, None, None, None, "=1.00(次)"],
    ]
    [sheet] = read_xlsx(xlsx_bytes({"表1": grid}))
    assert sheet.rows == (
        ("三级指标", "年度指标值", "实际完成值", "合计", ""),
        ("居委党群服务站建设", "=5.00(个)", "=5", "", ""),
        ("满意度", "=100%", "≥90%", "", ""),
        ("", "", "", "", "=1.00(次)"),
    )


def test_xlsx_typed_formulas_need_no_second_load(monkeypatch):
    """The typed texts come from the archive scan: openpyxl loads the workbook once."""
    openpyxl = pytest.importorskip("openpyxl")
    data = xlsx_bytes({"表1": [["三级指标", "年度指标值"], ["满意度", "=5.00(个)"]]})
    loads = []
    excel_reader = openpyxl.reader.excel.ExcelReader
    real = excel_reader.read

    def counting(reader):
        loads.append(reader.data_only)
        return real(reader)

    monkeypatch.setattr(excel_reader, "read", counting)
    [sheet] = read_xlsx(data)
    assert sheet.rows[1] == ("满意度", "=5.00(个)")
    assert loads == [True]


def test_xlsx_rows_hidden_by_hand_are_left_out_and_folded_rows_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A deleted indicator hidden rather than deleted is no indicator; a row folded
    # under an outline group is content, only folded away.
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    rows = [["三级指标", "年度指标值"], ["培训人次", "≥100人次"], ["旧指标，已删除", "≥3000人"]]
    rows += [["培训场次", "≥4场"], ["分组明细", "≥1个"]]
    for row in rows:
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True
    sheet.row_dimensions[5].hidden = True
    sheet.row_dimensions[5].outlineLevel = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    expected = (
        ("三级指标", "年度指标值"),
        ("培训人次", "≥100人次"),
        ("", ""),
        ("培训场次", "≥4场"),
        ("分组明细", "≥1个"),
    )
    [fast] = read_xlsx(buffer.getvalue())
    assert fast.rows == expected
    monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)  # the full load
    [full] = read_xlsx(buffer.getvalue())
    assert full.rows == expected


def test_a_line_break_in_a_value_cell_is_a_clause_break() -> None:
    # 已完工⏎正在验收: typed with Alt+Enter, two clauses; folded into one status word, it
    # read as done. Done work whose acceptance is under way is partial (as 已完工待验收).
    # The value keeps the folded text.
    pytest.importorskip("openpyxl")
    rows = [
        ["项目支出绩效自评表"],
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "时效指标", "竣工验收", "2024年10月底前", "已完工\n正在验收"],
        ["产出指标", "数量指标", "培训人次", "≥100\n人次", "120人次"],
    ]
    [table] = perftrack.read(xlsx_bytes({"表1": rows}))
    first, second = table.indicators
    assert (first.actual.status, first.actual.text) == (Status.PARTIAL, "已完工 正在验收")
    assert str(second.target) == "≥100(人次)"


@pytest.mark.parametrize("full_load", [False, True])
def test_xlsx_a_row_struck_out_whole_is_left_out(monkeypatch, *, full_load: bool) -> None:
    # A row whose every cell is struck out is a deleted indicator kept in sight, as struck
    # text is in HTML and Word; one struck cell among others (a header struck for
    # emphasis, a value whose rich text is not struck) is read as it stands.
    openpyxl = pytest.importorskip("openpyxl")
    from openpyxl.styles import Font  # noqa: PLC0415  (optional dependency of the tests)

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "受益学生人数", "≥1.2万人", "1.1万人"],
        ["产出指标", "数量指标", "受益学生人数", "≥1万人", 10500],
    ):
        sheet.append(row)
    for cell in sheet[2]:
        cell.font = Font(strike=True)
    sheet["E1"].font = Font(strike=True)  # a struck header cell stays
    sheet["E3"].font = Font(strike=True, bold=True)  # a struck value among others stays
    buffer = io.BytesIO()
    workbook.save(buffer)
    if full_load:
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    [read] = read_xlsx(buffer.getvalue())
    assert read.rows == (
        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
        ("", "", "", "", ""),
        ("产出指标", "数量指标", "受益学生人数", "≥1万人", "10500"),
    )


def _xlwt_sheet(
    rows: list[list[object]], styles: dict[tuple[int, int], object] | None = None
) -> tuple[object, object]:
    """An xlwt workbook with one sheet ``表1`` holding *rows* (0-based cell → style)."""
    xlwt = pytest.importorskip("xlwt")
    workbook = xlwt.Workbook(encoding="utf-8")
    worksheet = workbook.add_sheet("表1")
    styles = styles or {}
    for row_index, row in enumerate(rows):
        for column_index, value in enumerate(row):
            if value is None:
                continue
            style = styles.get((row_index, column_index), xlwt.Style.default_style)
            worksheet.write(row_index, column_index, value, style)
    return workbook, worksheet


def _saved(workbook: object) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def test_xls_rows_hidden_by_hand_are_left_out_and_folded_rows_read() -> None:
    # As in xlsx: a deleted indicator hidden rather than deleted is no indicator; a row
    # folded under an outline group is content, only folded away.
    rows = [["三级指标", "年度指标值"], ["培训人次", "≥100人次"], ["旧指标，已删除", "≥3000人"]]
    rows += [["培训场次", "≥4场"], ["分组明细", "≥1个"], ["末行隐藏", "≥1个"]]
    workbook, worksheet = _xlwt_sheet(rows)
    worksheet.row(2).hidden = True  # type: ignore[attr-defined]
    worksheet.row(4).hidden = True  # type: ignore[attr-defined]
    worksheet.row(4).level = 1  # type: ignore[attr-defined]
    worksheet.row(5).hidden = True  # type: ignore[attr-defined]  (the last row: trimmed)
    worksheet.col(1).hidden = True  # type: ignore[attr-defined]  (hidden columns are read)
    [sheet] = read_xls(_saved(workbook))
    assert sheet.rows == (
        ("三级指标", "年度指标值"),
        ("培训人次", "≥100人次"),
        ("", ""),
        ("培训场次", "≥4场"),
        ("分组明细", "≥1个"),
    )


def test_xls_a_row_struck_out_whole_is_left_out() -> None:
    # As in xlsx: a row whose every cell with a value is struck out is a deleted indicator
    # kept in sight; one struck cell among others (a header struck for emphasis, a value)
    # is read as it stands. Empty cells of the struck row may have any font.
    xlwt = pytest.importorskip("xlwt")
    struck = xlwt.easyxf("font: struck_out on")
    struck_bold = xlwt.easyxf("font: struck_out on, bold on")
    rows: list[list[object]] = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "受益学生人数", "≥1.2万人", "1.1万人"],
        ["产出指标", "数量指标", "受益学生人数", "≥1万人", 10500],
        ["旧标题（已作废）"],
    ]
    styles = {(1, column): struck for column in range(5)}
    styles[(0, 4)] = struck  # a struck header cell stays
    styles[(2, 4)] = struck_bold  # a struck value among others stays
    styles[(3, 0)] = struck  # a struck title alone in its row: left out
    workbook, worksheet = _xlwt_sheet(rows, styles)
    worksheet.write(3, 3, "", xlwt.Style.default_style)  # a blank cell, not struck
    [sheet] = read_xls(_saved(workbook))
    assert sheet.rows == (
        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
        ("", "", "", "", ""),
        ("产出指标", "数量指标", "受益学生人数", "≥1万人", "10500"),
    )


def test_xls_formatting_past_the_content_does_not_count_towards_the_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A sheet formatted (or merged) far beyond its content: xlrd's nrows and ncols cover
    # the blank cells, which hold no text; the cap is on the content, as in xlsx.
    xlwt = pytest.importorskip("xlwt")
    monkeypatch.setattr(_xls, "MAX_CELLS", 20)
    monkeypatch.setattr(_xlsx, "MAX_CELLS", 20)  # the message
    bordered = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
    workbook, worksheet = _xlwt_sheet([["项目名称", "示例"], ["三级指标", "年度指标值"]])
    for row_index in range(2, 40):
        for column_index in range(8):
            worksheet.write(row_index, column_index, None, bordered)
    worksheet.merge(45, 60, 0, 9)  # a merged range with nothing in it
    [sheet] = read_xls(_saved(workbook))
    assert sheet.rows == (("项目名称", "示例"), ("三级指标", "年度指标值"))

    workbook, worksheet = _xlwt_sheet([["甲"] * 3] * 7)  # 21 cells of content: refused
    worksheet.write(50, 9, None, bordered)
    with pytest.raises(ReadError) as excinfo:
        read_xls(_saved(workbook), file="a.xls")
    assert _message(excinfo) == "a.xls: 工作表 表1: 工作表过大（7 行 × 3 列，上限 20 个单元格）"


# ---------------------------------------------------------------------------
# Excel error values, in every spreadsheet format

ERROR_TABLE: list[list[object]] = [
    ["项目支出绩效自评表"],
    ["项目名称", "示例"],
    ["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
    ["年度资金总额", 0, 0, 0, "#DIV/0!", 10, 10],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "#VALUE!", "#N/A", 10, 10],
    ["产出指标", "数量指标", "培训场次", "≥4场", "5场", 10, "#REF!"],
    ["产出指标", "质量指标", "合格率", "≥95%", "#NAME?", 10, 10],
]
ERROR_FINDINGS = [
    ("malformed-amount", "E4", "单元格为 Excel 错误值“#DIV/0!”（公式无法计算）"),
    ("malformed-target", "D6", "单元格为 Excel 错误值“#VALUE!”（公式无法计算）"),
    ("malformed-actual", "E6", "单元格为 Excel 错误值“#N/A”（公式无法计算）"),
    ("malformed-points", "G7", "单元格为 Excel 错误值“#REF!”（公式无法计算）"),
    ("malformed-actual", "E8", "单元格为 Excel 错误值“#NAME?”（公式无法计算）"),
]
# The BIFF codes of the error values (xlwt's own map of their names is wrong).
_ERRORS = {"#DIV/0!": 0x07, "#VALUE!": 0x0F, "#REF!": 0x17, "#NAME?": 0x1D, "#N/A": 0x2A}


def _xls_with_errors() -> bytes:
    workbook, worksheet = _xlwt_sheet(
        [[None if value in _ERRORS else value for value in row] for row in ERROR_TABLE]
    )
    for row_index, row in enumerate(ERROR_TABLE):
        for column_index, value in enumerate(row):
            if value in _ERRORS:  # an error cell (XL_CELL_ERROR), as Excel stores it
                worksheet.row(row_index).set_cell_error(column_index, _ERRORS[value])  # type: ignore[attr-defined]
    return _saved(workbook)


def _excel_xml_with_errors() -> bytes:
    ss = "urn:schemas-microsoft-com:office:spreadsheet"

    def cell(value: object) -> str:
        if value is None:
            return "<Cell/>"
        kind = "Error" if value in _ERRORS else "Number" if isinstance(value, int) else "String"
        return f'<Cell><Data ss:Type="{kind}">{value}</Data></Cell>'

    rows = "".join(
        "<Row>" + "".join(cell(value) for value in row) + "</Row>" for row in ERROR_TABLE
    )
    return (
        f'<?xml version="1.0"?>\n<Workbook xmlns="{ss}" xmlns:ss="{ss}">'
        f'<Worksheet ss:Name="表1"><Table>{rows}</Table></Worksheet></Workbook>'
    ).encode()


def _csv_with_errors() -> bytes:
    width = max(len(row) for row in ERROR_TABLE)
    lines = (
        ",".join(["" if value is None else str(value) for value in row] + [""] * (width - len(row)))
        for row in ERROR_TABLE
    )
    return ("\ufeff" + "\n".join(lines)).encode()


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda: xlsx_bytes({"表1": ERROR_TABLE}), id="xlsx-t-e"),
        pytest.param(_xls_with_errors, id="xls-error-cell"),
        pytest.param(_excel_xml_with_errors, id="excel-xml-type-error"),
        pytest.param(_csv_with_errors, id="csv-as-shown"),
    ],
)
def test_an_excel_error_value_is_kept_and_said(build: Callable[[], bytes]) -> None:
    # #DIV/0! for an 执行率 over a budget of 0, #VALUE! for a target computed from a
    # broken formula: the cell keeps its text (nothing is lost) and a warning names it,
    # rather than a target reading silently as the descriptive text "#VALUE!".
    [table] = perftrack.read(build())
    found = [
        (f.id, f.where.cell, f.message) for f in table.findings if f.id.startswith("malformed")
    ]
    assert found == ERROR_FINDINGS
    first = table.indicators[0]
    assert (first.target.text, first.actual.text) == ("#VALUE!", "#N/A")
    assert table.budget[0].rate is None
