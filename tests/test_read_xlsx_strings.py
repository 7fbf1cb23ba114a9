"""xlsx strings as Excel shows them, and the messages for a damaged workbook.

Excel writes strings to a shared string table (``xl/sharedStrings.xml``) that
perftrack parses itself: Excel's ``_xHHHH_`` escapes are decoded (in shared and
inline strings and sheet names alike), and of a rich text string a run struck
out beside unstruck text (a correction) and a superscript note mark after a
value are left out. The workbooks are written by openpyxl and their shared
strings spliced in by hand (``with_shared_strings``), as Excel and Java
exports write them.
"""

from __future__ import annotations

import io
import zipfile

import pytest

import perftrack
from fixtures_office import replace_member, with_shared_strings, xls_bytes, xlsx_bytes
from perftrack import ReadError
from perftrack.readers import _xlsx
from perftrack.readers._xls import read_xls
from perftrack.readers._xlsx import read_xlsx, xstring_text

pytest.importorskip("openpyxl")

# A run's properties as Excel writes them: font size and name, then what matters.
_FONT = '<sz val="11"/><rFont val="宋体"/>'
_STRUCK = f"<rPr><strike/>{_FONT}</rPr>"
_RAISED = f'<rPr><vertAlign val="superscript"/>{_FONT}</rPr>'
_PLAIN = f"<rPr>{_FONT}</rPr>"


def _run(text: str, properties: str = _PLAIN) -> str:
    return f'<r>{properties}<t xml:space="preserve">{text}</t></r>'


# (the <si> content Excel or an export writes, the cell's text)
SHARED_STRINGS = [
    # Excel's escapes (ECMA-376 ST_Xstring): a CR typed in a Java export is _x000D_
    pytest.param("<t>≥85_x000D_</t>", "≥85\n", id="cr"),
    pytest.param("<t>≥1200公里_x000D_\n</t>", "≥1200公里\n", id="crlf"),
    pytest.param(
        "<t>农村公路养护工程_x000D_\n（2023年）</t>",
        "农村公路养护工程\n（2023年）",
        id="crlf-inside",
    ),
    pytest.param("<t>1236_x0009_公里</t>", "1236\t公里", id="tab"),
    pytest.param("<t>96.5%_x005F_x000D_</t>", "96.5%_x000D_", id="escaped-underscore"),
    pytest.param("<t>96.5%_x005f_x000d_</t>", "96.5%_x000d_", id="lower-case-hex"),
    pytest.param("<t>满意_xD83D__xDE00_</t>", "满意\U0001f600", id="surrogate-pair"),
    pytest.param("<t>a_x00_b_x12G4_</t>", "a_x00_b_x12G4_", id="not-escapes"),
    pytest.param("<t>项目_名称</t>", "项目_名称", id="underscore"),
    # rich text: runs are joined; phonetic runs (rPh) are not shown
    pytest.param(_run("≥") + _run("95%"), "≥95%", id="runs"),
    pytest.param(
        '<t>满意度</t><rPh sb="0" eb="3"><t>マンイド</t></rPh><phoneticPr fontId="1"/>',
        "满意度",
        id="phonetic",
    ),
    # a run struck out beside unstruck text is a correction: the old value
    pytest.param(
        _run("11800平方米", _STRUCK) + _run("12150平方米"), "12150平方米", id="struck-first"
    ),
    pytest.param(_run("100%") + _run("（原≥98%）", _STRUCK), "100%", id="struck-after"),
    pytest.param(
        _run("≥98%", "<rPr><strike/></rPr>") + _run("100%", "<rPr/>"), "100%", id="bare-rpr"
    ),
    pytest.param(
        _run("≥98%", '<rPr><strike val="1"/></rPr>') + "<r><t>100%</t></r>",
        "100%",
        id="run-without-rpr",
    ),
    pytest.param(
        _run("≥98%", '<rPr><strike val="0"/></rPr>') + _run("以上"),
        "≥98%以上",
        id="strike-off",
    ),
    pytest.param(_run("≥98%", _STRUCK) + _run(" "), "≥98% ", id="struck-beside-a-space"),
    # struck out whole: read as it stands, as a struck cell is
    pytest.param(_run("11800", _STRUCK) + _run("平方米", _STRUCK), "11800平方米", id="all-struck"),
    # a superscript note mark after a value, as in Word and HTML
    pytest.param(_run("16所") + _run("注1", _RAISED), "16所", id="note-after-chinese"),
    pytest.param(_run("94%") + _run("①", _RAISED), "94%", id="circled-after-percent"),
    pytest.param(_run("93%") + _run("*", _RAISED), "93%", id="asterisk"),
    pytest.param(_run("12m") + _run("2", _RAISED), "12m2", id="power-stays"),
    pytest.param(_run("注", _RAISED), "注", id="raised-alone-stays"),
    pytest.param(
        _run("已完成") + _run("（见附件）", _RAISED), "已完成（见附件）", id="raised-prose-stays"
    ),
    pytest.param(
        _run("≥98%", _STRUCK) + _run("100%") + _run("注", _RAISED), "100%", id="struck-and-note"
    ),
]


def _shared(si: str, *, full_load: bool = False, monkeypatch: pytest.MonkeyPatch) -> str:
    """The text read from cell B1 holding the shared string *si*."""
    data = with_shared_strings(xlsx_bytes({"表1": [["指标", "值"]]}), {"值": si})
    if full_load:
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    [sheet] = read_xlsx(data)
    return sheet.rows[0][1]


@pytest.mark.parametrize(("si", "expected"), SHARED_STRINGS)
def test_xlsx_shared_string_texts(si: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _shared(si, monkeypatch=monkeypatch) == expected


@pytest.mark.parametrize(
    ("si", "expected"),
    [
        ("<t>≥85_x000D_</t>", "≥85\n"),
        ("<t>_x005F_x000D_</t>", "_x000D_"),
        (_run("11800平方米", _STRUCK) + _run("12150平方米"), "12150平方米"),
        (_run("16所") + _run("注1", _RAISED), "16所"),
    ],
)
def test_xlsx_shared_strings_on_a_full_load(
    si: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The full load (read-only mode cannot name a worksheet's part) reads them the same.
    assert _shared(si, full_load=True, monkeypatch=monkeypatch) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("≥85_x000D_", "≥85\n"),
        ("1236_x0009_公里", "1236\t公里"),
        ("96.5%_x005F_x000D_", "96.5%_x000D_"),
        ("培训人数", "培训人数"),
    ],
)
def test_xlsx_inline_strings_are_decoded_too(typed: str, expected: str) -> None:
    # Exports that write inline strings (t="inlineStr") escape the same way.
    [sheet] = read_xlsx(xlsx_bytes({"表1": [["指标", typed]]}))
    assert sheet.rows[0][1] == expected


def test_xlsx_sheet_names_are_decoded() -> None:
    data = replace_member(
        xlsx_bytes({"自评表": [["指标", "值"]]}),
        "xl/workbook.xml",
        lambda xml: xml.replace('name="自评表"', 'name="自评表_x0031_"'),
    )
    [sheet] = read_xlsx(data)
    assert sheet.name == "自评表1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥85_x000D_", "≥85\n"),
        ("_x000D__x000A_", "\n"),
        ("a_x000D_b", "a\nb"),
        ("_x005F_x005F_", "_x005F_"),
        ("_x005F__x0041_", "_A"),
        ("_xDE00_", "\ufffd"),  # a lone surrogate is no character
        ("没有转义", "没有转义"),
    ],
)
def test_xstring_text(text: str, expected: str) -> None:
    assert xstring_text(text) == expected


def _table(target: str, actual: str, project: str = "农村公路养护工程") -> list[list[object]]:
    return [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", project],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "农村公路养护里程", target, actual],
        [None, "质量指标", "路面技术状况指数", "≥85", "86.4"],
    ]


def test_a_java_export_with_escaped_line_ends_is_judged() -> None:
    # ≥1200公里_x000D_ was a target nobody could judge, and the project kept _x000D_.
    data = with_shared_strings(
        xlsx_bytes({"自评表": _table("T", "A", "P")}),
        {
            "P": "<t>农村公路养护工程_x000D_\n（2023年）</t>",
            "T": '<t xml:space="preserve">≥1200公里_x000D_\n</t>',
            "A": "<t>1236_x0009_公里</t>",
        },
    )
    [table] = perftrack.read(data)
    assert table.project.name == "农村公路养护工程 （2023年）"
    first = table.indicators[0]
    assert (str(first.target), str(first.actual)) == ("≥1200(公里)", "1236(公里)")
    assert not [f.id for f in table.findings if f.id == "target-not-measurable"]


def test_a_corrected_value_and_a_note_mark_in_rich_text_are_judged() -> None:
    # 11800平方米 struck, then 12150平方米: the value is the new one; 16所 with a raised 注1
    # is 16所. Both read glued together before (11800平方米12150平方米, 16所注1).
    table_rows = _table("≥12000平方米", "A")
    table_rows.append([None, None, "改造学校数", "≥15所", "B"])
    data = with_shared_strings(
        xlsx_bytes({"自评表": table_rows}),
        {
            "A": _run("11800平方米", _STRUCK) + _run("12150平方米"),
            "B": _run("16所") + _run("注1", _RAISED),
        },
    )
    [table] = perftrack.read(data)
    assert [(i.name, str(i.actual)) for i in table.indicators] == [
        ("农村公路养护里程", "12150(平方米)"),
        ("路面技术状况指数", "86.4"),
        ("改造学校数", "16(所)"),
    ]


# ---------------------------------------------------------------------------
# A damaged workbook says so, and names the part or cell


def _without(data: bytes, member: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info.filename, source.read(info))
    return buffer.getvalue()


def _message(data: bytes) -> str:
    with pytest.raises(ReadError) as excinfo:
        read_xlsx(data, file="表.xlsx")
    return str(excinfo.value)


def _two_sheets(*, hidden: bool = False) -> bytes:
    return xlsx_bytes(
        {"自评表": _table("≥1200公里", "1236公里"), "说明": [["填表说明"]]},
        hidden={"说明": "hidden"} if hidden else None,
    )


def test_xlsx_a_listed_worksheet_without_its_part_is_damage() -> None:
    # It read as 文件中没有可读的表格内容, as if the workbook were empty.
    data = _without(_two_sheets(), "xl/worksheets/sheet1.xml")
    assert _message(data) == (
        "表.xlsx: 工作表 自评表: 文件已损坏或不完整：工作簿列出了这张工作表，"
        "但文件中没有它的内容（缺少部件 xl/worksheets/sheet1.xml）"
    )


def test_xlsx_a_hidden_worksheet_without_its_part_is_passed_over() -> None:
    # A hidden sheet is never read: its missing part costs the visible table nothing.
    data = _without(_two_sheets(hidden=True), "xl/worksheets/sheet2.xml")
    [table] = perftrack.read(data)
    assert table.project.name == "农村公路养护工程"


def _with_index(index: int) -> bytes:
    data = with_shared_strings(
        xlsx_bytes({"自评表": _table("T", "1236公里")}), {"T": "<t>≥1200公里</t>"}
    )
    return replace_member(
        data,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace('<c r="D4" t="s"><v>0</v>', f'<c r="D4" t="s"><v>{index}</v>'),
    )


@pytest.mark.parametrize("full_load", [False, True])
def test_xlsx_a_shared_string_index_past_the_table_names_the_cell(
    monkeypatch: pytest.MonkeyPatch, *, full_load: bool
) -> None:
    # It was IndexError: list index out of range.
    if full_load:
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    assert _message(_with_index(9999)) == (
        "表.xlsx: 工作表 自评表: 文件已损坏或不完整："
        "单元格 D4 引用第 10000 项共享字符串，但共享字符串表只有 1 项"
    )


def test_xlsx_malformed_shared_strings_name_the_part() -> None:
    # It was the parser's ParseError: no element found: line 2, column ….
    data = replace_member(_with_index(0), "xl/sharedStrings.xml", lambda xml: xml[:-6])
    assert _message(data) == (
        "表.xlsx: 文件已损坏或不完整：共享字符串部件 xl/sharedStrings.xml "
        "第 2 行第 121 列有 XML 错误（文件在文档结束前中断）"
    )


def test_xlsx_a_listed_shared_string_table_missing() -> None:
    data = _without(_with_index(0), "xl/sharedStrings.xml")
    assert _message(data) == (
        "表.xlsx: 文件已损坏或不完整：缺少共享字符串部件 xl/sharedStrings.xml"
    )


def test_xlsx_malformed_worksheet_xml_names_the_part() -> None:
    data = replace_member(
        xlsx_bytes({"自评表": _table("≥1200公里", "1236公里")}),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml[:-300],
    )
    message = _message(data)
    assert message.startswith(
        "表.xlsx: 工作表 自评表: 无法读取 xlsx 文件（文件已损坏或不完整）："
        "部件 xl/worksheets/sheet1.xml 第 1 行第 "
    )
    assert message.endswith("有 XML 错误（文件在标记中间中断）")


@pytest.mark.parametrize("keep", [0.3, 0.5, 0.9])
def test_xls_truncated_says_so(keep: float) -> None:
    # It was IndexError: array index out of range, or struct.error: unpack requires….
    data = xls_bytes({"自评表": _table("≥1200公里", "1236公里") * 20})
    with pytest.raises(ReadError) as excinfo:
        read_xls(data[: int(len(data) * keep)], file="表.xls")
    assert str(excinfo.value) == (
        "表.xls: 无法读取 xls 文件：文件已损坏或不完整（数据在记录中途中断，可能被截断）"
    )
