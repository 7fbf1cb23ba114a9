"""The text-format readers: decoding, format detection, CSV, HTML and Markdown."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perftrack import ReadError, readers
from perftrack.readers import _decode
from perftrack.readers._csv import read_csv
from perftrack.readers._decode import decode
from perftrack.readers._detect import FORMATS, detect_format, detect_text_format
from perftrack.readers._html import read_html
from perftrack.readers._markdown import read_markdown
from perftrack.readers._sheet import MAX_BYTES, Sheet
from perftrack.readers._text import read_tsv

# ---------------------------------------------------------------------------
# Helpers that build binary inputs


def _zip(*names: str, content_types: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name in names:
            package.writestr(name, "<x/>")
        if content_types is not None:
            package.writestr("[Content_Types].xml", content_types)
    return buffer.getvalue()


def _ole(*streams: str) -> bytes:
    """An OLE compound file header and one directory sector naming *streams*."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".ljust(512, b"\x00")
    entries = b""
    for name in ("Root Entry", *streams):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        kind = 5 if name == "Root Entry" else 2
        entry = encoded.ljust(64, b"\x00") + struct.pack("<HB", len(encoded), kind)
        entries += entry.ljust(128, b"\x00")
    return header + entries.ljust(512, b"\x00")


def _rows(sheets: list[Sheet]) -> tuple[tuple[str, ...], ...]:
    [sheet] = sheets
    return sheet.rows


def _numbers(sheets: list[Sheet]) -> tuple[int, ...] | None:
    [sheet] = sheets
    return sheet.row_numbers


# ---------------------------------------------------------------------------
# decode

DECODED = [
    # BOMs decide
    pytest.param("项目名称\t测试".encode("utf-8-sig"), "项目名称\t测试", id="utf-8-bom"),
    pytest.param("项目名称\t测试".encode("utf-16"), "项目名称\t测试", id="utf-16-bom"),
    pytest.param(
        b"\xfe\xff" + "项目名称\t测试".encode("utf-16-be"), "项目名称\t测试", id="utf-16-be-bom"
    ),
    pytest.param("项目名称\t测试".encode("utf-32"), "项目名称\t测试", id="utf-32-bom"),
    # No BOM
    pytest.param("项目名称\t测试".encode(), "项目名称\t测试", id="utf-8"),
    pytest.param("项目名称\t测试".encode("gb18030"), "项目名称\t测试", id="gb18030"),
    pytest.param("项目名称\t测试".encode("gbk"), "项目名称\t测试", id="gbk"),
    pytest.param(
        "序号\t项目名称\t1.00\n".encode("utf-16-le"), "序号\t项目名称\t1.00\n", id="utf-16-le"
    ),
    pytest.param(
        "序号\t项目名称\t1.00\n".encode("utf-16-be"), "序号\t项目名称\t1.00\n", id="utf-16-be"
    ),
    pytest.param(b"", "", id="empty"),
    # Line breaks
    pytest.param("一\r\n二\r三\n".encode(), "一\n二\n三\n", id="line-breaks"),
    pytest.param("一\r\n二".encode("utf-16"), "一\n二", id="line-breaks-utf-16"),
]


@pytest.mark.parametrize(("data", "expected"), DECODED)
def test_decode(data, expected):
    assert decode(data) == expected


def test_decode_with_encoding():
    assert decode("偏差原因\r\n".encode("gbk"), encoding="gbk") == "偏差原因\n"
    assert decode("项目".encode("utf-8-sig"), encoding="utf-8") == "项目"


def test_decode_unknown_encoding():
    with pytest.raises(ReadError) as info:
        decode(b"x", file="a.txt", encoding="no-such-codec")
    assert str(info.value) == "a.txt: 未知的文本编码 'no-such-codec'"
    with pytest.raises(ReadError):
        decode(b"x", encoding="rot13")


def test_decode_wrong_encoding_names_the_offset():
    with pytest.raises(ReadError) as info:
        decode("ab项目".encode("gbk"), file="a.txt", encoding="utf-8")
    assert str(info.value) == (
        "a.txt: 无法按指定的编码 utf-8 解码：字节偏移 2 处（0xCF）无法解码；"
        "请确认文件的编码，或去掉 --encoding（encoding=）由 perftrack 自动识别"
    )


def test_undecodable_bytes_name_the_file_and_offset():
    data = "项目名称".encode() + b"\x80\xff\x80"
    with pytest.raises(ReadError) as info:
        decode(data, file="坏文件.txt")
    assert info.value.file == "坏文件.txt"
    assert str(info.value) == (
        "坏文件.txt: 无法识别文件编码：按 UTF-8 解码时，字节偏移 12 处（0x80）无法解码；"
        "请另存为 UTF-8 后重试，或指定编码（命令行 --encoding，或 read(..., encoding=...)）"
    )


def test_undecodable_gb18030_names_its_offset():
    # GB18030 gets further than UTF-8 here, so its failure is the one named.
    data = "项目名称".encode("gb18030") + b"\x80"
    with pytest.raises(ReadError, match="按 GB18030 解码时，字节偏移 8 处（0x80）"):
        decode(data)


def test_control_characters_are_not_text():
    with pytest.raises(ReadError, match=r"^a\.bin: 无法识别文件编码：内容大多是控制字符"):
        decode(b"\x00\x01\x02\x03" * 10, file="a.bin")


def test_truncated_utf16_names_the_offset():
    # Strict decoding (a web archive's part): the codec is named as people name it.
    with pytest.raises(ReadError, match="UTF-16 文本在字节偏移 4 处的字符中间结束"):
        decode("项目".encode("utf-16")[:-1] + b"")


def test_decode_refuses_huge_input():
    with pytest.raises(ReadError) as info:
        decode(b"a" * (MAX_BYTES + 1), file="big.txt")
    assert str(info.value).startswith(f"big.txt: 文件过大：{MAX_BYTES + 1} 字节，超过上限")


# ---------------------------------------------------------------------------
# detect_format

SEED_LIKE = (
    "财政项目支出绩效跟踪表\n"
    "\n"
    "项目名称\t两新党建工作\t\t\t\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t\n"
    "产出指标\t数量指标\t津贴发放完成数\t=2.00(次)\t\n"
    "\n"
    '<h3 style="text-align: center;">财政项目支出绩效跟踪表</h3>\t\t\t\t\n'
    "跟踪时段：（ 2023-1月 至 2023-8月 ）\t\t\t\t\n"
    "项目名称\t\t社区党群服务中心工作\t\t\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t\n"
)
HTML_PAGE = (
    "<!DOCTYPE html>\n<html><body>\n"
    '<h3 style="text-align: center;">财政项目支出绩效跟踪表</h3>\n'
    "<table><tr><td>项目名称</td><td>两新党建工作</td></tr></table>\n"
    "</body></html>\n"
)

DETECTED = [
    # Text formats by content
    pytest.param("项目名称\t两新党建工作\n".encode(), None, "text", id="tsv"),
    pytest.param(SEED_LIKE.encode(), None, "text", id="seed-like-tsv-with-h3"),
    pytest.param(SEED_LIKE.encode(), "跟踪表.html", "text", id="seed-like-named-html"),
    pytest.param(SEED_LIKE.encode("gb18030"), None, "text", id="seed-like-gb18030"),
    pytest.param(SEED_LIKE.encode("utf-16"), None, "text", id="seed-like-utf-16"),
    pytest.param("财政项目支出绩效跟踪表\n跟踪时段：2023年\n".encode(), None, "text", id="prose"),
    pytest.param(HTML_PAGE.encode(), None, "html", id="html-page"),
    pytest.param(HTML_PAGE.encode(), "导出.xls", "html", id="html-named-xls"),
    pytest.param(b"<TABLE><TR><TD>1</TD></TR></TABLE>", None, "html", id="html-fragment"),
    pytest.param(
        "<h3>财政项目支出绩效跟踪表</h3>\n<p>跟踪时段：2023年</p>\n".encode(),
        None,
        "html",
        id="html-blocks",
    ),
    pytest.param(
        "\t<table>\n\t\t<tr>\n\t\t\t<td>项目名称</td>\n\t\t</tr>\n\t</table>\n".encode(),
        None,
        "html",
        id="html-indented-with-tabs",
    ),
    pytest.param(
        "标题\n<h3>财政项目支出绩效跟踪表</h3>\n正文一\n正文二\n".encode(),
        None,
        "text",
        id="one-tag-in-prose",
    ),
    pytest.param(
        "标题\n<h3>财政项目支出绩效跟踪表</h3>\n正文一\n正文二\n".encode(),
        "a.htm",
        "html",
        id="one-tag-in-prose-named-htm",
    ),
    pytest.param(
        "# 跟踪表\n\n| 项目名称 | 两新党建工作 |\n|---|---|\n| 主管部门 | 莘庄 |\n".encode(),
        None,
        "markdown",
        id="markdown",
    ),
    pytest.param(
        "指标 | 值\n:--- | ---:\n满意度<br>测评 | ≥80%\n".encode(),
        None,
        "markdown",
        id="markdown-without-outer-pipes-with-br",
    ),
    pytest.param(
        "标题\n| 项目名称 | 两新党建工作 |\n| 主管部门 | 莘庄 |\n".encode(),
        None,
        "markdown",
        id="markdown-without-delimiter-row",
    ),
    pytest.param("项目名称,两新党建工作\n主管部门,莘庄\n".encode(), None, "csv", id="csv"),
    pytest.param(
        '项目名称,"两新,党建"\n偏差原因,"第一行\n第二行"\n主管部门,莘庄\n'.encode("utf-8-sig"),
        None,
        "csv",
        id="csv-quoted-newline-bom",
    ),
    pytest.param(
        "项目名称，两新党建工作\n主管部门，莘庄\n".encode(), None, "text", id="full-width-commas"
    ),
    # The extension breaks ties
    pytest.param("项目名称\n主管部门\n".encode(), "a.csv", "csv", id="one-column-csv"),
    pytest.param("项目名称\n主管部门\n".encode(), "a.md", "markdown", id="plain-md"),
    pytest.param(b"", "a.csv", "csv", id="empty-csv"),
    pytest.param(b"", None, "text", id="empty"),
    # Binary formats by their signatures
    pytest.param(_zip("[Content_Types].xml", "xl/workbook.xml"), "a.docx", "xlsx", id="xlsx"),
    pytest.param(_zip("word/document.xml"), "a.xlsx", "docx", id="docx"),
    pytest.param(
        _zip(
            "word/document2.xml",
            content_types='<Override ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>',
        ),
        None,
        "docx",
        id="docx-by-content-type",
    ),
    pytest.param(_ole("Workbook"), None, "xls", id="xls"),
    pytest.param(_ole("Book"), "a.doc", "xls", id="xls-named-doc"),
    pytest.param(_ole(), "a.xls", "xls", id="ole-without-streams"),
    # Word 97-2003 documents by their WordDocument stream, whatever the name (WPS's .wps too).
    pytest.param(_ole("WordDocument"), None, "doc", id="doc"),
    pytest.param(_ole("WordDocument", "1Table"), "报表.xls", "doc", id="doc-named-xls"),
    pytest.param(_ole("WordDocument", "0Table"), "自评表.wps", "doc", id="wps"),
]


@pytest.mark.parametrize(("data", "name", "expected"), DETECTED)
def test_detect_format(data, name, expected):
    assert detect_format(data, name) == expected
    assert expected in FORMATS


def test_formats():
    assert FORMATS is readers.FORMATS
    assert FORMATS == (
        "text",
        "csv",
        "html",
        "markdown",
        "xlsx",
        "xls",
        "excel-xml",
        "docx",
        "doc",
        "word-xml",
        "mhtml",
    )


def test_detect_text_format():
    assert detect_text_format(SEED_LIKE) == "text"
    assert detect_text_format(HTML_PAGE) == "html"
    assert detect_text_format("项目名称\n", "a.md") == "markdown"


DETECT_ERRORS = [
    pytest.param(
        _zip("content.txt"),
        "不是 xlsx 或 docx 文件：zip 压缩包中没有 xl/workbook.xml 或 word/document.xml",
        id="other-zip",
    ),
    pytest.param(
        _zip("mimetype", "content.xml"),
        "不是 xlsx 或 docx 文件：这是 OpenDocument（WPS/LibreOffice）文件，请另存为 .xlsx 或 .docx",
        id="opendocument",
    ),
    pytest.param(
        b"PK\x03\x04" + b"\x00" * 40,
        "文件以 zip 签名开头，但不是完整的 zip 压缩包（可能已损坏）",
        id="broken-zip",
    ),
    pytest.param(b"%PDF-1.7\n", "这是 PDF 文件，暂不支持：请先导出为 Excel、Word 或文本", id="pdf"),
]


@pytest.mark.parametrize(("data", "message"), DETECT_ERRORS)
def test_detect_format_errors(data, message):
    with pytest.raises(ReadError) as info:
        detect_format(data, "输入.bin")
    assert info.value.message == message
    assert info.value.file == "输入.bin"


@pytest.mark.parametrize("name", ["旧文档.doc", "旧文档.WPS"])
def test_bare_ole_named_doc_is_refused(name):
    with pytest.raises(ReadError) as info:
        detect_format(_ole(), name)
    assert (
        info.value.message
        == "不是可读取的 Word 97-2003 文档（.doc）：复合文档中没有 WordDocument 流"
    )


def test_detect_format_refuses_undecodable_text():
    with pytest.raises(ReadError, match=r"^a\.txt: 无法识别文件编码"):
        detect_format(b"abc\x80\x80\x80", "a.txt")


def test_detect_format_refuses_huge_input():
    with pytest.raises(ReadError, match=r"^big\.xlsx: 文件过大"):
        detect_format(b"PK\x03\x04" + b"\x00" * MAX_BYTES, "big.xlsx")


# ---------------------------------------------------------------------------
# read_csv

CSV_CASES = [
    pytest.param(
        "项目名称,两新党建工作\n主管部门,莘庄工业区\n",
        (("项目名称", "两新党建工作"), ("主管部门", "莘庄工业区")),
        (1, 2),
        id="plain",
    ),
    pytest.param(
        '偏差原因分析,"第一行\n第二行\n第三行",合格\n满意度,≥80%,80\n',
        (("偏差原因分析", "第一行\n第二行\n第三行", "合格"), ("满意度", "≥80%", "80")),
        (1, 2),
        id="quoted-newlines",
    ),
    pytest.param(
        '指标,"说""明""",a，b，c\n',
        (("指标", '说"明"', "a，b，c"),),
        (1,),
        id="doubled-quotes-full-width-commas",
    ),
    pytest.param(
        "财政项目支出绩效跟踪表,,,\n\n,,,\n项目名称,,两新党建工作,\n",
        (("财政项目支出绩效跟踪表", "", "", ""), ("项目名称", "", "两新党建工作", "")),
        (1, 4),
        id="blank-rows-left-out",
    ),
    pytest.param("", (), (), id="empty"),
]


@pytest.mark.parametrize(("text", "rows", "numbers"), CSV_CASES)
def test_read_csv(text, rows, numbers):
    sheets = read_csv(text, file="a.csv")
    assert _rows(sheets) == rows
    assert _numbers(sheets) == numbers
    assert sheets[0].file == "a.csv"


def test_read_csv_reads_a_huge_cell():  # as TSV does (fuzz19 M4); it was refused
    text = "项目名称,两新\n" + '"' + "长" * 200_000 + '"\n'
    [sheet] = read_csv(text, file="a.csv")
    assert sheet.rows == (("项目名称", "两新"), ("长" * 200_000,))


def test_read_csv_refuses_too_many_cells(monkeypatch):
    monkeypatch.setattr(_decode, "MAX_CELLS", 10)
    with pytest.raises(ReadError, match="表格过大"):
        read_csv("a,b,c,d\n" * 3)


# ---------------------------------------------------------------------------
# read_html

HTML_CASES = [
    pytest.param(
        """<table>
<tr><td rowspan="3">绩效指标</td><td rowspan="2">产出指标</td><td>数量指标</td><td>=2.00(次)</td></tr>
<tr><td colspan="2">质量指标</td></tr>
<tr><td colspan="2" rowspan="2">效益指标</td><td>提高</td></tr>
<tr><td>满意度指标</td><td>≥80%</td></tr>
</table>""",
        (
            ("绩效指标", "产出指标", "数量指标", "=2.00(次)"),
            ("", "", "质量指标", ""),
            ("", "效益指标", "", "提高"),
            ("满意度指标", "", "", "≥80%"),
        ),
        (2, 3, 4, 5),
        id="rowspan-colspan",
    ),
    pytest.param(
        "<table><thead><tr><th rowspan=3>一级指标</th><th>二级指标</th></tr></thead>"
        "<tbody><tr><td>产出</td></tr></tbody></table>",
        (("一级指标", "二级指标"), ("产出",)),
        (1, 2),
        id="rowspan-stops-at-row-group",
    ),
    pytest.param(
        "<table><tr><td rowspan=0>一级</td><td>a</td></tr><tr><td>b</td></tr><tr><td>c</td></tr></table>",
        (("一级", "a"), ("", "b"), ("", "c")),
        (1, 2, 3),
        id="rowspan-zero",
    ),
    pytest.param(
        '<table><tr><td colspan="2x">a</td><td colspan="0">b</td><td rowspan="-1">c</td></tr></table>',
        (("a", "", "b", "c"),),
        (1,),
        id="span-values-as-browsers-read-them",
    ),
    pytest.param(
        "<table><tr><td>&amp; &lt;b&gt; &quot;x&quot; &#8805;80&#37; &ge;90 &nbsp;</td>"
        "<td>&nbsp;</td><td>a&nbspb</td></tr></table>",
        (('& <b> "x" ≥80% ≥90', "", "a b"),),
        (1,),
        id="entities",
    ),
    pytest.param(
        "<table><tr><td>跟踪期<br>计划完成值</td><td>年度\n   总体<br/>目标</td>"
        "<td><p>一</p><p>二</p></td><td>a<span>b</span></td></tr></table>",
        # a <br> or a block is a line of the cell; a line break in the source white space,
        # none between two Chinese characters (r39i: before "年度 总体")
        (("跟踪期\n计划完成值", "年度总体\n目标", "一\n二", "ab"),),
        (1,),
        id="line-breaks-and-whitespace",
    ),
    pytest.param(
        "<table><tr><td>a<td>b<tr><td>c</table></td></tr><td>d</td>",
        (("a", "b"), ("c",), ("d",)),
        (1, 2, 3),
        id="unclosed-and-stray-tags",
    ),
    pytest.param(
        "</td></tr></table><table><td>a</td><td>b</td></tr></tr><tr><td>c</td></table></table>",
        (("a", "b"), ("c",)),
        (1, 2),
        id="cells-without-tr",
    ),
    pytest.param(
        "<head><title>标题</title><style>td { color: red }</style>"
        "<script>var s = '<table><tr><td>x</td></tr></table>';</script></head>"
        "<body><!-- <td>注释</td> --><table><tr><td>a</td></tr></table></body>",
        (("a",),),
        (1,),
        id="script-style-title-comments-ignored",
    ),
    pytest.param(
        "<title>没有结束标签<table><tr><td>a</td></tr></table>",
        (("a",),),
        (1,),
        id="unclosed-title",
    ),
    pytest.param(
        "<table><caption>表一 项目支出</caption><tr><td>a</td></tr></table>",
        (("表一 项目支出",), ("a",)),
        (1, 2),
        id="caption",
    ),
    pytest.param(
        "<table>\n<tr><td>外层</td><td>说明<table>\n<tr><td>内1</td><td>内2</td></tr>\n</table>尾</td></tr>\n"
        "<tr><td>下一行</td></tr>\n</table>",
        (("外层", "说明 尾"), ("内1", "内2"), ("下一行",)),
        (2, 3, 5),
        id="nested-table",
    ),
    pytest.param(
        "<table><tr><td><div>当前位置：首页</div><p>项目支出绩效自评表</p><p>（2023年度）</p>\n"
        "<table><tr><td>项目名称</td><td>示例</td></tr></table><p>附件：报告.pdf</p></td></tr></table>",
        (
            ("当前位置：首页",),
            ("项目支出绩效自评表",),
            ("（2023年度）",),
            ("项目名称", "示例"),
            ("附件：报告.pdf",),
        ),
        (1, 2, 3, 4, 5),
        id="layout-cell-blocks-are-rows",
    ),
    pytest.param(
        "<table><tr><td>a<table><tr><td>内</td></tr></td></tr><tr><td>b</td></tr></table>",
        (("a",), ("内",), ("b",)),
        (1, 2, 3),
        id="unclosed-nested-table",
    ),
    pytest.param(
        "<![if !supportMisalignedColumns]><table><tr><td>a</td></tr></table><![endif]>"
        "<![foo]>b<![CDATA[c]]>",
        (("a",), ("b",)),
        (1, 2),
        id="office-marked-sections",
    ),
    pytest.param(
        "<div>第一行<br>第二行</div>文字<p>段落</p>",
        (("第一行",), ("第二行",), ("文字",), ("段落",)),
        (1, 2, 3, 4),
        id="blocks-outside-tables",
    ),
    pytest.param(
        "<table><tr><td></td><td>&nbsp;</td></tr><tr><td>a</td></tr></table>",
        (("a",),),
        (1,),
        id="empty-rows-left-out",
    ),
    pytest.param("", (), (), id="empty"),
]


@pytest.mark.parametrize(("text", "rows", "numbers"), HTML_CASES)
def test_read_html(text, rows, numbers):
    sheets = read_html(text, file="a.html")
    assert _rows(sheets) == rows
    assert _numbers(sheets) == numbers
    assert sheets[0].file == "a.html"


def test_html_page_with_title_and_two_tables():
    page = """<html>
<body>
<h3 style="text-align: center;">财政项目支出绩效跟踪表</h3>
<p>跟踪时段：（ 2023-1月 至 2023-8月 ）</p>
<table border="1">
  <tr>
    <td>项目名称</td>
    <td colspan="3">两新党建工作</td>
  </tr>
  <tr><td rowspan="2">预算执行情况 (万元)</td><td>年初预算数</td><td>跟踪期预算数</td><td>执行率(%)</td></tr>
  <tr><td>84.88</td><td>74.88</td><td>67.26</td></tr>
</table>
<h3>财政项目支出绩效跟踪表</h3>
<table>
  <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th></tr>
  <tr><td>产出指标</td><td>数量指标</td><td>居委党群服务站建设</td></tr>
</table>
</body>
</html>
"""
    [sheet] = read_html(page, file="page.html")
    assert sheet.rows == (
        ("财政项目支出绩效跟踪表",),
        ("跟踪时段：（ 2023-1月 至 2023-8月 ）",),
        ("项目名称", "两新党建工作", "", ""),
        ("预算执行情况 (万元)", "年初预算数", "跟踪期预算数", "执行率(%)"),
        ("", "84.88", "74.88", "67.26"),
        ("财政项目支出绩效跟踪表",),
        ("一级指标", "二级指标", "三级指标"),
        ("产出指标", "数量指标", "居委党群服务站建设"),
    )
    assert sheet.row_numbers == (3, 4, 6, 10, 11, 13, 15, 16)


def test_html_text_block_line_is_its_first_text():
    [sheet] = read_html("<div>\n\n   标题\n</div>")
    assert sheet.rows == (("标题",),)
    assert sheet.row_numbers == (3,)


def test_html_spans_are_clamped():
    [sheet] = read_html(
        '<table><tr><td colspan="99999999999999999999999">a</td></tr>'
        '<tr><td rowspan="99999999999999999999999">b</td><td>c</td></tr></table>'
    )
    assert sheet.rows[0] == ("a", *[""] * 999)
    assert sheet.rows[1] == ("b", "c")


@pytest.mark.parametrize(
    ("html", "merges", "merged", "not_merged"),
    [
        # a rowspan: the cells it covers below are merged, its own is not
        (
            (
                "<table><tr><td rowspan=3>产出指标</td><td>a</td></tr>"
                "<tr><td>b</td></tr><tr><td>c</td></tr></table>"
            ),
            ((0, 0, 1, 0), (1, 0, 2, 0)),
            [(1, 0), (2, 0)],
            [(0, 0), (1, 1), (2, 1)],
        ),
        # a colspan: the cells after its first
        (
            "<table><tr><td colspan=3>合计</td><td>9</td></tr><tr><td>x</td></tr></table>",
            ((0, 0, 0, 2),),
            [(0, 1), (0, 2)],
            [(0, 0), (0, 3), (1, 0)],
        ),
        # a row without text between is left out: the merge joins the rows kept
        (
            (
                "<table><tr><td rowspan=3>名称</td><td>1</td></tr>"
                "<tr><td></td></tr><tr><td>3</td></tr></table>"
            ),
            ((0, 0, 1, 0),),
            [(1, 0)],
            [(0, 0), (1, 1)],
        ),
        # a <tfoot> before the body is drawn last, its merges with it
        (
            (
                "<table><tfoot><tr><td colspan=2>总分</td><td>100</td></tr></tfoot>"
                "<tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table>"
            ),
            ((1, 0, 1, 1),),
            [(1, 1)],
            [(0, 1), (1, 0), (1, 2)],
        ),
        # no merge at all: recorded as none (not None: HTML records merges)
        ("<table><tr><td>a</td><td>b</td></tr></table>", (), [], [(0, 1)]),
    ],
)
def test_html_records_merges(
    html: str,
    merges: tuple[tuple[int, int, int, int], ...],
    merged: list[tuple[int, int]],
    not_merged: list[tuple[int, int]],
) -> None:
    [sheet] = read_html(html)
    assert sheet.merges == merges
    assert [sheet.merged(*cell) for cell in merged] == [True] * len(merged)
    assert [sheet.merged(*cell) for cell in not_merged] == [False] * len(not_merged)


def test_html_refuses_too_many_cells(monkeypatch):
    monkeypatch.setattr(_decode, "MAX_CELLS", 100)
    with pytest.raises(ReadError) as info:
        read_html("<table><tr><td colspan=60>a</td></tr><tr><td>b</td></tr></table>", file="a.html")
    assert (
        str(info.value)
        == "a.html: 表格过大：展开合并单元格后有 2 行 × 60 列，超过 100 个单元格的上限，请拆分后再读取"
    )


# ---------------------------------------------------------------------------
# read_markdown

MARKDOWN_CASES = [
    pytest.param(
        "### **财政项目支出绩效跟踪表** ###\n"
        "\n"
        "跟踪时段：（ 2023-1月 至 2023-8月 ）\n"
        "\n"
        "| 三级指标 | 年度指标值 | 偏差原因 |\n"
        "|:---|:---:|---:|\n"
        "| 维修\\|维护 | =2.00(家) | |\n"
        "| **满意度** | ≥80%<br>测评 | 无 |\n",
        (
            ("财政项目支出绩效跟踪表",),
            ("跟踪时段：（ 2023-1月 至 2023-8月 ）",),
            ("三级指标", "年度指标值", "偏差原因"),
            ("维修|维护", "=2.00(家)", ""),
            ("满意度", "≥80%\n测评", "无"),
        ),
        (1, 3, 5, 7, 8),
        id="table-with-title",
    ),
    pytest.param(
        "指标 | 值\n--- | ---\n满意度 | ≥80%\n数量 | 2\n\n后记 | 不是表格\n",
        (("指标", "值"), ("满意度", "≥80%"), ("数量", "2"), ("后记 | 不是表格",)),
        (1, 3, 4, 6),
        id="no-outer-pipes",
    ),
    pytest.param(
        "| a | b\\\\| c |\n| d \\| e |\n",
        (("a", "b\\\\", "c"), ("d | e",)),
        (1, 2),
        id="escaped-backslash-before-pipe",
    ),
    pytest.param(
        "# 标题\n---\n```\n代码\n```\n***\n",
        (("标题",), ("代码",)),
        (1, 4),
        id="layout-lines-left-out",
    ),
    pytest.param(
        "- **项目名称**：政务数据共享平台运维\n* 主管部门：某市大数据管理局\n1. 实施单位：某市信息中心\n-5%\n",
        (
            ("项目名称：政务数据共享平台运维",),
            ("主管部门：某市大数据管理局",),
            ("实施单位：某市信息中心",),
            ("-5%",),
        ),
        (1, 2, 3, 4),
        id="list-items-lose-their-markers",
    ),
    pytest.param("", (), (), id="empty"),
]


@pytest.mark.parametrize(("text", "rows", "numbers"), MARKDOWN_CASES)
def test_read_markdown(text, rows, numbers):
    sheets = read_markdown(text, file="a.md")
    assert _rows(sheets) == rows
    assert _numbers(sheets) == numbers
    assert sheets[0].file == "a.md"


# ---------------------------------------------------------------------------
# Properties: nothing but ReadError, whatever the input

MAGIC = [
    b"",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xfe\xff",
]
HTML_TOKENS = [
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th rowspan=2>", "<td colspan='3'>",
    "<td rowspan=0>", "<br>", "<br/>", "</br>", "<p>", "</p>", "<h3>", "</h3>", "<tbody>",
    "<caption>", "<title>", "<script>", "</script>", "<svg>", "</svg>", "<![if !x]>", "<![endif]>",
    "<![foo]>", "<!--", "-->", "<!DOCTYPE html>", "<?x?>", "&amp;", "&#x110000;", "&nbsp", "<",
    ">", "\n", "\t", ",", '"', "|", "\\|", "|---|", "# ", "**", "项目", "a",
]  # fmt: skip
texts = st.text() | st.lists(st.sampled_from(HTML_TOKENS), max_size=40).map("".join)


@given(
    st.sampled_from(MAGIC),
    st.binary(max_size=400),
    st.sampled_from([None, "a.doc", "a.csv", "a.html"]),
)
def test_detect_and_decode_raise_only_read_error(magic, data, name):
    for call in (lambda: detect_format(magic + data, name), lambda: decode(magic + data)):
        try:
            result = call()
        except ReadError:
            continue
        assert isinstance(result, str)


@given(texts)
def test_detect_text_format_returns_a_format(text):
    assert detect_text_format(text) in FORMATS


@given(texts)
def test_text_readers_raise_only_read_error(text):
    for reader in (read_html, read_csv, read_markdown, read_tsv):
        try:
            [sheet] = reader(text, file="x")
        except ReadError:
            continue
        assert sheet.row_numbers is not None
        assert len(sheet.row_numbers) == len(sheet.rows)
        assert all(isinstance(cell, str) for row in sheet.rows for cell in row)


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        # a note mark raised after a value is no part of it, as in Word
        ("94%<sup>注</sup>", "94%"),
        ("13处<sup>1</sup>", "13处"),
        ("96.5%<sup>[1]</sup>", "96.5%"),
        ("≥90%<sup>*</sup>", "≥90%"),
        # a power after a letter stays; other raised text is read
        ("12m<sup>2</sup>", "12m2"),
        ("H<sub>2</sub>O<sup>说明</sup>", "H2O说明"),
        ("<sup>注</sup>", ""),
    ],
)
def test_html_superscript_note_marks(cell: str, text: str) -> None:
    [sheet] = read_html(f"<table><tr><td>实际</td><td>{cell}</td></tr></table>")
    assert sheet.rows == (("实际", text),) if text else (("实际",),)
