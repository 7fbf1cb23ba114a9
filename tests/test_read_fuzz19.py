"""Hostile and corrupt inputs (fuzz19): refused fast in Chinese, or read past with a finding.

Every input is built here: a small workbook written by openpyxl (``xlsx_bytes``) with one
part rewritten by hand (``replace_member``), or text written in the test.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from typing import TYPE_CHECKING

import pytest

import perftrack
import perftrack.readers._csv
from fixtures_office import docx_bytes, replace_member, xlsx_bytes

if TYPE_CHECKING:
    from collections.abc import Callable

_SHEET = "xl/worksheets/sheet1.xml"
_ROWS: list[list[object]] = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "农村公路养护补助"],
    ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [None, "年度资金总额", 500, 500, 460, 10, "92%", 9.2],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["产出指标", "数量指标", "养护里程", "≥120公里", "126公里", 20, 20],
    ["产出指标", "质量指标", "优良路率", "≥85%", "88%", 20, True],
]
_NAMES = ("养护里程", "优良路率")


def _workbook(change: Callable[[str], str]) -> bytes:
    return replace_member(xlsx_bytes({"自评表": _ROWS}), _SHEET, change)


def _sub(pattern: str, replacement: str) -> Callable[[str], str]:
    def change(xml: str) -> str:
        changed, count = re.subn(pattern, replacement, xml, count=1)
        assert count == 1, pattern
        return changed

    return change


# --- HIGH 3: one damaged cell is read past, with a finding naming it ---------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            _sub(r'<c r="E4" t="n"><v>460</v>', '<c r="E4" t="n"><v>460万元</v>'),
            [("单元格 E4 标为数值，但内容“460万元”不是，按文本读取；文件可能已损坏", "E4")],
            id="text-in-number-cell",
        ),
        pytest.param(
            _sub(r'<c r="G7" t="b"><v>1</v>', '<c r="G7" t="b"><v>abc</v>'),
            [("单元格 G7 标为逻辑值，但内容“abc”不是，按文本读取；文件可能已损坏", "G7")],
            id="bad-boolean",
        ),
        pytest.param(
            _sub(r'<c r="F6" t="n">', '<c r="F6" s="99" t="n">'),
            [("1个单元格（F6）的样式编号在样式表中不存在，按无格式读取；文件可能已损坏", "F6")],
            id="style-index-past-the-table",
        ),
        pytest.param(
            _sub(r'<c r="F6" t="n">', '<c r="6F" t="n">'),
            [("单元格引用“6F”无效，按所在行的下一格（F6）读取；文件可能已损坏", "F6")],
            id="bad-cell-reference",
        ),
        pytest.param(
            _sub(r'<row r="7"><c r="A7"', '<row r="-7"><c r="A-7"'),
            [
                ("行号“-7”无效，按上一行的下一行（第 7 行）读取；文件可能已损坏", None),
                ("单元格引用“A-7”无效，按所在行的下一格（A7）读取；文件可能已损坏", "A7"),
            ],
            id="negative-row",
        ),
        pytest.param(
            _sub(
                r"</sheetData>",
                '</sheetData><mergeCells count="1"><mergeCell ref="ZZZZ99999999:A1"/></mergeCells>',
            ),
            [("合并单元格范围“ZZZZ99999999:A1”无效，已忽略；文件可能已损坏", None)],
            id="bad-merge-reference",
        ),
    ],
)
def test_damaged_cell_read_past(change: Callable[[str], str], expected: list[object]) -> None:
    (table,) = perftrack.read(_workbook(change), name="自评表.xlsx")
    assert tuple(indicator.name for indicator in table.indicators) == _NAMES
    found = [
        (finding.message, finding.where.cell if finding.where else None)
        for finding in table.findings
        if finding.id == "malformed-cell"
    ]
    assert found == expected
    assert all(
        finding.severity is perftrack.Severity.WARNING
        for finding in table.findings
        if finding.id == "malformed-cell"
    )


def test_row_out_of_order_is_named() -> None:
    def swap(xml: str) -> str:  # row 4 (the budget line) written after row 5
        return re.sub(r'(<row r="4">.*?</row>)(<row r="5">.*?</row>)', r"\2\1", xml, count=1)

    (table,) = perftrack.read(_workbook(swap), name="自评表.xlsx")
    assert [(f.id, f.message, f.where.row if f.where else None) for f in table.findings] == [
        # the 得分 cell is a boolean (TRUE, read 是): no points, and said (pt22 H1)
        ("malformed-points", "得分“是”不是数字，未读入", 7),
        (
            "malformed-cell",
            (
                "第 4 行写在第 5 行之后（行序错乱），未能读取；文件可能已损坏，"
                "请在 Excel/WPS 中打开并保存后重新读取"
            ),
            4,
        ),
    ]


# --- HIGH 1: rows past Excel's grid, and empty-row bombs, refused at once -----------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            _sub(
                r"</sheetData>",
                '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row></sheetData>',
            ),
            "自评表.xlsx: 工作表 自评表: 第 99999999999 行超出 Excel 的行数上限（1048576 行），"
            "文件已损坏或被恶意构造，拒绝读取",
            id="row-number-past-the-grid",
        ),
        pytest.param(
            _sub(
                r"</sheetData>", '<row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData>'
            ),
            "自评表.xlsx: 工作表 自评表: 第 2000000 行超出 Excel 的行数上限（1048576 行），"
            "文件已损坏或被恶意构造，拒绝读取",
            id="two-million",
        ),
        pytest.param(
            _sub(r"</sheetData>", "<row/>" * 1_100_000 + "</sheetData>"),
            "自评表.xlsx: 部件 xl/worksheets/sheet1.xml 的行数超过 Excel 的上限（1048576 行），"
            "文件已损坏或被恶意构造，拒绝读取",
            id="empty-row-bomb",
        ),
        pytest.param(
            _sub(r'<c r="F6" t="n">', '<c r="XFE6" t="n">'),
            "自评表.xlsx: 工作表 自评表: 单元格 XFE6 超出 Excel 的列数上限（16384 列，至 XFD 列），"
            "文件已损坏，拒绝读取",
            id="column-past-XFD",
        ),
    ],
)
def test_past_the_grid_refused_fast(change: Callable[[str], str], expected: str) -> None:
    data = _workbook(change)
    start = time.process_time()
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(data, name="自评表.xlsx")
    assert str(caught.value) == expected
    assert time.process_time() - start < 5


# --- HIGH 4: TSV under the limits of CSV (rows × widest row), one message for both -------

_NARROW = ["名称\t指标值\t实际\t分值\t得分"] + ["a\t1"] * 20


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            "\n".join(_NARROW),
            "表.txt",
            "表.txt: 第11行: 表格过大：已读出 11 行、最宽 5 列，超过 50 个单元格的上限，"
            "请拆分后再读取",
            id="tsv-narrow-rows",
        ),
        pytest.param(
            "\n".join(_NARROW).replace("\t", ","),
            "表.csv",
            "表.csv: 第11行: 表格过大：已读出 11 行、最宽 5 列，超过 50 个单元格的上限，"
            "请拆分后再读取",
            id="csv-narrow-rows",
        ),
        pytest.param(
            "\n".join(f'"{line}"' if "a" in line else line for line in _NARROW),
            "表.txt",
            "表.txt: 第11行: 表格过大：已读出 11 行、最宽 5 列，超过 50 个单元格的上限，"
            "请拆分后再读取",
            id="tsv-quoted",
        ),
    ],
)
def test_text_cell_limit(
    monkeypatch: pytest.MonkeyPatch, text: str, name: str, expected: str
) -> None:
    monkeypatch.setattr("perftrack.readers._decode.MAX_CELLS", 50)
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(text.encode(), name=name)
    assert str(caught.value) == expected


@pytest.mark.parametrize(
    ("name", "separator"),
    [pytest.param("表.txt", "\t", id="tsv"), pytest.param("表.csv", ",", id="csv")],
)
def test_text_row_limit(monkeypatch: pytest.MonkeyPatch, name: str, separator: str) -> None:
    monkeypatch.setattr("perftrack.readers._decode.MAX_ROWS", 10)
    text = "\n".join(["名称", *["a"] * 20]).replace("\t", separator)
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(text.encode(), name=name)
    assert str(caught.value) == (
        f"{name}: 第11行: 表格过大：超过 10 行的上限（Excel 的最大行数），请拆分后再读取"
    )


# --- HIGH 2: an HTML export cut short says so -------------------------------------------

_HTML_TABLE = (
    "<table><tr><td>项目名称</td><td>{name}</td></tr>"
    "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td></tr>"
    "<tr><td>产出指标</td><td>数量指标</td><td>养护里程</td><td>≥120公里</td><td>126公里</td></tr>"
    "<tr><td>产出指标</td><td>时效指标</td><td>完成时间</td><td>2024年12月底前</td>"
    "<td>2024年12月</td></tr></table>"
)
_PAGE = (
    "<html><head><meta charset='utf-8'></head><body>"
    + _HTML_TABLE.format(name="农村公路养护")
    + _HTML_TABLE.format(name="职业技能提升培训")
    + "</body></html>"
)
_CUT_IN_TABLE = (
    "文件在表格中间结束（缺少 </table>），可能被截断：最后一张表的行或单元格可能不完整，"
    "请核对原文件"
)
_CUT_AFTER = (
    "文件缺少结束标记 </body> 与 </html>，可能被截断：其后的内容（如另一张表）可能缺失，"
    "请核对原文件"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_PAGE, [[], []], id="whole"),
        pytest.param(_PAGE.replace("</html>", ""), [[], []], id="html5-without-html-end"),
        pytest.param(
            _PAGE.replace("</body></html>", ""), [[], [_CUT_AFTER]], id="without-both-ends"
        ),
        pytest.param(
            _PAGE[: _PAGE.index("</table>") + len("</table>")], [[_CUT_AFTER]], id="cut-between"
        ),
        pytest.param(
            _PAGE[: _PAGE.rindex("<tr><td>产出指标")], [[], [_CUT_IN_TABLE]], id="cut-in-table"
        ),
        pytest.param(
            _PAGE[: _PAGE.rindex("12月</td></tr>")], [[], [_CUT_IN_TABLE]], id="cut-in-cell"
        ),
        pytest.param(
            _HTML_TABLE.format(name="农村公路养护"), [[]], id="fragment-without-html-is-whole"
        ),
    ],
)
def test_html_cut_short(text: str, expected: list[list[str]]) -> None:
    tables = perftrack.read(text.encode(), name="表.html")
    found = [[f.message for f in table.findings if f.id == "file-truncated"] for table in tables]
    assert found == expected


# --- MEDIUM: a damaged package is named in Chinese; Strict Open XML said so ---------------

_WORD_ROWS = [
    ["项目名称", "农村公路养护补助", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
    ["产出指标", "数量指标", "养护里程", "≥120公里", "126公里"],
    ["产出指标", "质量指标", "优良路率", "≥85%", "88%"],
]
_DOCUMENT = "word/document.xml"


def _document(change: Callable[[str], str]) -> bytes:
    return replace_member(docx_bytes(["绩效自评表", _WORD_ROWS]), _DOCUMENT, change)


def _without(data: bytes, member: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info.filename, source.read(info))
    return buffer.getvalue()


_XML_ERROR = (
    "无法读取 {kind} 文件（文件已损坏或不完整）：部件 {part} "
    "第 [0-9]+ 行第 [0-9]+ 列有 XML 错误（{reason}）"
)


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        pytest.param(
            _document(_sub(r"</w:tc>", "")),
            "表.docx",
            _XML_ERROR.format(kind="docx", part=_DOCUMENT, reason="开始与结束标记不匹配"),
            id="docx-unclosed-cell",
        ),
        pytest.param(
            _document(_sub(r"<w:t>养护里程", "<w:t>养护&#1;里程")),
            "表.docx",
            _XML_ERROR.format(
                kind="docx", part=_DOCUMENT, reason="含有 XML 不允许的字符引用（控制字符）"
            ),
            id="docx-control-character-reference",
        ),
        pytest.param(
            _document(
                _sub(r"<w:t>养护里程</w:t>", "<w:t>养护里程</w:t>" + "<w:r>" * 300 + "</w:r>" * 300)
            ),
            "表.docx",
            _XML_ERROR.format(kind="docx", part=_DOCUMENT, reason="元素嵌套过深（超过 256 层）"),
            id="docx-nested-too-deep",
        ),
        # docx-without-styles: read since r35g, with a warning (tests/test_bad_input_r35g.py)
        pytest.param(
            _without(xlsx_bytes({"自评表": _ROWS}), "[Content_Types].xml"),
            "表.xlsx",
            r"文件已损坏或不完整：缺少部件 \[Content_Types\].xml",
            id="xlsx-without-content-types",
        ),
        pytest.param(
            _without(xlsx_bytes({"自评表": _ROWS}), "xl/workbook.xml"),
            "表.xlsx",
            "文件已损坏或不完整：缺少部件 xl/workbook.xml",
            id="xlsx-without-workbook",
        ),
        pytest.param(
            replace_member(xlsx_bytes({"自评表": _ROWS}), "xl/styles.xml", "<styleSheet><numFmts"),
            "表.xlsx",
            _XML_ERROR.format(kind="xlsx", part="xl/styles.xml", reason="文件在标记中间中断"),
            id="xlsx-styles-cut",
        ),
        pytest.param(
            _document(
                lambda xml: xml.replace(
                    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                    "http://purl.oclc.org/ooxml/wordprocessingml/main",
                )
            ),
            "表.docx",
            "文件为 Strict Open XML 格式（严格 docx），暂不支持："
            "请在 Excel/WPS/Word 中另存为常规 docx 后重试",
            id="docx-strict",
        ),
        pytest.param(
            _workbook(
                lambda xml: xml.replace(
                    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    "http://purl.oclc.org/ooxml/spreadsheetml/main",
                )
            ),
            "表.xlsx",
            "文件为 Strict Open XML 格式（严格 xlsx），暂不支持："
            "请在 Excel/WPS/Word 中另存为常规 xlsx 后重试",
            id="xlsx-strict",
        ),
    ],
)
def test_damaged_package_named(data: bytes, name: str, expected: str) -> None:
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(data, name=name)
    assert re.fullmatch(f"{re.escape(name)}: {expected}", str(caught.value)), str(caught.value)


def test_docx_huge_grid_span_is_clamped() -> None:
    whole = docx_bytes(["绩效自评表", _WORD_ROWS], merges={0: ["B1:E1"]})
    huge = replace_member(whole, _DOCUMENT, _sub(r'w:val="4"', 'w:val="1000000"'))
    (expected,) = perftrack.read(whole, name="表.docx")
    (table,) = perftrack.read(huge, name="表.docx")
    assert [(i.name, str(i.target), str(i.actual)) for i in table.indicators] == [
        (i.name, str(i.target), str(i.actual)) for i in expected.indicators
    ]
    assert table.project.name == "农村公路养护补助"


def test_csv_cell_over_the_csv_module_limit_is_read() -> None:
    cell = "说明" * 100_000
    text = "\n".join(_NARROW[:1]).replace("\t", ",") + f'\n养护里程,≥120公里,126公里,"{cell}"\n'
    sheets = perftrack.readers._csv.read_csv(text, file="表.csv")
    assert sheets[0].rows[1] == ("养护里程", "≥120公里", "126公里", cell)
