"""Excel's quoting in TSV exports, the guards before codes, and CSV with quoted tabs."""

from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import perftrack
from perftrack import ReadError
from perftrack.readers._csv import read_csv, unguard
from perftrack.readers._detect import detect_format, detect_text_format
from perftrack.readers._text import excel_rows, read_tsv

# ---------------------------------------------------------------------------
# Writing fixtures the way Excel does


def excel_tsv(rows: list[list[str]]) -> str:
    """Rows as Excel's 'Text (Tab delimited)' and 'Unicode Text' write them.

    A cell holding a tab, a line break or a ``"`` is quoted, with its quotes
    doubled; records end with CRLF, line breaks inside a cell are LF.
    """

    def cell(text: str) -> str:
        if any(char in text for char in '\t\n"'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join("\t".join(map(cell, row)) + "\r\n" for row in rows)


ENCODINGS = [
    # Excel's "Unicode 文本": UTF-16 LE with a BOM.
    pytest.param(lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), id="utf-16-le-bom"),
    # "文本文件(制表符分隔)" on a Chinese Windows: GBK.
    pytest.param(lambda text: text.encode("gbk"), id="gbk"),
    pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
]

HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析",
]

# A self-evaluation whose name holds quotes and whose reason holds two lines.
LEGAL = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "公共法律服务体系建设"],
    HEADER,
    ["产出指标", "数量指标", "法律援助案件办理数量", "≥1800件", "1925件", "20", "20", ""],
    [
        "",
        "",
        '开展"法律明白人"培训',
        "≥60场",
        "52场",
        "20",
        "17.3",
        "1.部分乡镇培训合并开展；\n2.下一步按季度分解任务。",
    ],
    ["", "质量指标", "案件质量评查合格率", "≥95%", "97%", "20", "20", ""],
    ["满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", "98%", "20", "20", ""],
]
# The record (the row Excel shows) of each indicator: the quoted reason spans
# two lines, the rows after it are one record lower than their line.
LEGAL_EXPECTED = [
    ("法律援助案件办理数量", "≥1800(件)", "1925(件)", "", 4),
    (
        '开展"法律明白人"培训',
        "≥60(场)",
        "52(场)",
        "1.部分乡镇培训合并开展；2.下一步按季度分解任务。",
        5,
    ),
    ("案件质量评查合格率", "≥95(%)", "97(%)", "", 6),
    ("受援人满意度", "≥90(%)", "98(%)", "", 7),
]

# Target and actual cells of two lines each (Alt+Enter in Excel).
WATER = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "饮用水源地保护"],
    HEADER[:7],
    [
        "产出指标",
        "数量指标",
        "水源地界标设置",
        "一级≥40个\n二级≥60个",
        "一级42个\n二级61个",
        "50",
        "50",
    ],
    ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "91%", "50", "50"],
]
WATER_EXPECTED = [
    # two targets on two lines of one cell: prose (the actual's clauses are kept apart)
    ("水源地界标设置", "一级≥40个二级≥60个", "一级42个;二级61个", "", 4),
    ("周边群众满意度", "≥90(%)", "91(%)", "", 5),
]

DOCUMENTS = [
    pytest.param(LEGAL, LEGAL_EXPECTED, id="quotes-and-two-line-reason"),
    pytest.param(WATER, WATER_EXPECTED, id="two-line-target-and-actual"),
]


def summary(table: perftrack.Table) -> list[tuple[str, str, str, str, int]]:
    return [
        (
            indicator.name,
            str(indicator.target),
            str(indicator.actual),
            indicator.deviation_reason,
            indicator.position.row,
        )
        for indicator in table.indicators
    ]


@pytest.mark.parametrize("encode", ENCODINGS)
@pytest.mark.parametrize(("rows", "expected"), DOCUMENTS)
def test_excel_tsv_exports_read_their_quoting(rows, expected, encode):
    data = encode(excel_tsv(rows))
    assert detect_format(data, "导出.txt") == "text"
    (table,) = perftrack.read(data)
    assert summary(table) == expected
    assert table.findings == ()


def test_the_sheet_keeps_the_line_break_of_a_multi_line_cell():
    [sheet] = read_tsv(excel_tsv(LEGAL).replace("\r\n", "\n"))
    assert sheet.rows[4][7] == "1.部分乡镇培训合并开展；\n2.下一步按季度分解任务。"
    assert sheet.rows[4][2] == '开展"法律明白人"培训'
    assert sheet.row_numbers == (1, 2, 3, 4, 5, 6, 7)


# ---------------------------------------------------------------------------
# excel_rows and read_tsv, cell by cell

QUOTED = [
    pytest.param('a\t"b""c"\td\n', [("a", 'b"c', "d")], [1], id="doubled-quotes"),
    pytest.param('"x\ty"\tz\n', [("x\ty", "z")], [1], id="tab-in-a-quoted-cell"),
    pytest.param(
        '名称\t"一\n二\n三"\t1\n下一行\t2\n',
        [("名称", "一\n二\n三", "1"), ("下一行", "2")],
        [1, 2],
        id="three-line-cell",
    ),
    pytest.param('"一\n\n二"\n\n末\n', [("一\n\n二",), ("末",)], [1, 3], id="blank-line-in-a-cell"),
    pytest.param('a\t""\tb\n', [("a", "", "b")], [1], id="empty-quoted-cell"),
    pytest.param('a\t"b"\t\n', [("a", "b", "")], [1], id="quoted-then-trailing-tab"),
    pytest.param('a\t"b\r\nc"\r\nd\r\n', [("a", "b\nc"), ("d",)], [1, 2], id="crlf"),
    pytest.param('"""引号"""\n', [('"引号"',)], [1], id="only-quotes"),
    pytest.param('\t\t""\n"  "\n', [], [], id="rows-without-text"),
]


@pytest.mark.parametrize(("text", "rows", "numbers"), QUOTED)
def test_excel_quoting(text, rows, numbers):
    assert excel_rows(text) == (numbers, rows)
    [sheet] = read_tsv(text, file="a.txt")
    assert sheet.rows == tuple(rows)
    assert sheet.row_numbers == tuple(numbers)


def plain(text: str) -> tuple[tuple[str, ...], ...]:
    """How TSV without Excel's quoting reads: every line split at tabs, quotes kept."""
    return tuple(tuple(line.rstrip("\r").split("\t")) for line in text.split("\n") if line.strip())


# Not Excel's quoting: every line is read as it stands.
LITERAL = [
    pytest.param('说明"见附件"\t20\n', id="quote-inside-a-cell"),
    pytest.param('备注\t"见附件\n下一行\t1\n', id="unclosed-quote"),
    pytest.param('"甲"乙\t1\n', id="text-after-the-closing-quote"),
    pytest.param('名称\t"甲\n乙\n', id="unclosed-at-the-end"),
    pytest.param('a\t"b""c"\n说明"见附件"\t20\n', id="one-stray-quote-decides-the-file"),
    pytest.param(
        '<h3 style="text-align: center;">财政项目支出绩效跟踪表</h3>\t\t\n项目名称\t两新\n',
        id="seed-title-line",
    ),
]


@pytest.mark.parametrize("text", LITERAL)
def test_text_without_excel_quoting_reads_as_it_stands(text):
    assert excel_rows(text) is None
    [sheet] = read_tsv(text)
    assert sheet.rows == plain(text)
    assert sheet.row_numbers == tuple(
        number for number, line in enumerate(text.split("\n"), start=1) if line.strip()
    )


def test_an_unclosed_quote_does_not_swallow_the_table():
    rows = [
        ["项目名称", "示例"],
        HEADER[:5],
        ["产出指标", "数量指标", '"培训人次', "≥100人次", "120人次"],
    ]
    text = "\n".join("\t".join(row) for row in rows)
    (table,) = perftrack.read_text(text)
    assert [(i.name, str(i.actual)) for i in table.indicators] == [('"培训人次', "120(人次)")]


def test_the_cell_limit_counts_quoted_records(monkeypatch):
    monkeypatch.setattr("perftrack.readers._decode.MAX_CELLS", 5)
    with pytest.raises(ReadError) as info:
        read_tsv('a\t"b\nc"\td\n"e"\tf\tg\n', file="a.txt")
    assert str(info.value) == (
        "a.txt: 第2行: 表格过大：已读出 2 行、最宽 3 列，超过 5 个单元格的上限，请拆分后再读取"
    )


@example('"\ta"')
@given(st.text(alphabet=st.sampled_from(['"', "\t", "\n", " ", "a", "项"]), max_size=40))
def test_text_is_read_with_excel_quoting_or_exactly_as_before(text):
    [sheet] = read_tsv(text)
    records = excel_rows(text)
    if records is None:
        assert sheet.rows == plain(text)
    else:
        numbers, rows = records
        # A quoted cell may start with a tab, the guard before codes.
        assert (sheet.row_numbers, sheet.rows) == (tuple(numbers), tuple(map(unguard, rows)))
        assert len(rows) <= len(plain(text))


# Cell texts with the characters Excel quotes, and no guard at their start.
cell_texts = st.text(
    alphabet=st.sampled_from(['"', "\t", "\n", " ", "a", "1", "项", "目", "，", ",", "≥", "%"]),
    max_size=12,
).filter(lambda text: not text.startswith("\t"))


@given(st.lists(st.lists(cell_texts, max_size=6), max_size=8))
def test_what_the_csv_module_writes_as_excel_tsv_reads_back(grid):
    buffer = io.StringIO()
    csv.writer(buffer, dialect="excel-tab", lineterminator="\n").writerows(grid)
    [sheet] = read_tsv(buffer.getvalue())
    kept = [
        (number, tuple(row))
        for number, row in enumerate(grid, start=1)
        if any(c.strip() for c in row)
    ]
    assert sheet.rows == tuple(row for _, row in kept)
    assert sheet.row_numbers == tuple(number for number, _ in kept)


# ---------------------------------------------------------------------------
# Guards before codes

GUARDED = [
    pytest.param(("\t101001",), ("101001",), id="tab"),
    pytest.param(("'101001", "'2024-01"), ("101001", "2024-01"), id="apostrophe-before-a-code"),
    pytest.param(
        ("'≥1000人次", "'93%", "'已完成"), ("≥1000人次", "93%", "已完成"), id="apostrophe"
    ),
    pytest.param(('="33010024T000000123456"',), ("33010024T000000123456",), id="formula-text"),
    pytest.param(('="说""明"""',), ('说"明"',), id="formula-text-with-quotes"),
    pytest.param(
        ("'示范'", "'", "' 说明", "'a'b", "=5.00(个)", "=SUM(A1:B1)", '="a"&"b"'),
        None,
        id="not-guards",
    ),
    pytest.param(("项目", "", "≥90%"), None, id="plain"),
]


@pytest.mark.parametrize(("row", "expected"), GUARDED)
def test_unguard(row, expected):
    assert unguard(row) == (row if expected is None else expected)


CSV_GUARDED = (
    "\ufeff项目支出绩效自评表,,,,,,\n"
    '项目编码,="33010024T000000123456",项目名称,社区居家养老服务,,,\n'
    "指标编码,一级指标,二级指标,三级指标,年度指标值,实际完成值,偏差原因分析\n"
    '"\t101001",产出指标,数量指标,居家养老服务人次,≥9.6万人次,10.2万人次,\n'
    "'101002,,,助餐服务点数量,≥35个,35个,\n"
    '"\t103001",满意度指标,服务对象满意度指标,老年人满意度,≥90%,89.3%,"个别服务点\n配餐口味单一"\n'
)


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda text: text.lstrip("\ufeff").encode("gbk"), id="gbk"),
    ],
)
def test_csv_with_tab_guards_is_csv(encode):
    data = encode(CSV_GUARDED)
    assert detect_format(data, "一体化导出.csv") == "csv"
    assert detect_format(data) == "csv"
    (table,) = perftrack.read(data)
    assert table.project.code == "33010024T000000123456"
    assert [(i.code, i.name, str(i.actual), i.deviation_reason) for i in table.indicators] == [
        ("101001", "居家养老服务人次", "10.2(万人次)", ""),
        ("101002", "助餐服务点数量", "35(个)", ""),
        ("103001", "老年人满意度", "89.3(%)", "个别服务点配餐口味单一"),
    ]


def test_read_csv_drops_guards():
    [sheet] = read_csv("\"\t101001\",'2024-01,=\"0012\",'说明','93%\n")
    assert sheet.rows == (("101001", "2024-01", "0012", "'说明'", "93%"),)


TSV_GUARDED = [
    pytest.param(
        "\"\t101001\"\t'≥1000人次\t'说明'\n",
        ("101001", "≥1000人次", "'说明'"),
        id="excel-quoted-tab",
    ),
    # ="0012" is no Excel quoting: the line reads as it stands, then loses its guards.
    pytest.param('="0012"\t\'93%\n', ("0012", "93%"), id="formula-text"),
]


@pytest.mark.parametrize(("text", "row"), TSV_GUARDED)
def test_read_tsv_drops_guards(text, row):
    [sheet] = read_tsv(text)
    assert sheet.rows == (row,)


DETECTED = [
    pytest.param(
        '编码,名称\n"\t101001",培训\n"\t101002",走访\n', None, "csv", id="quoted-tab-guards"
    ),
    pytest.param(
        "项目名称,示例\n指标,目标\n培训,≥100\n走访\t,≥20\n",
        "a.csv",
        "csv",
        id="csv-name-minority-tab",
    ),
    pytest.param(
        "项目名称,示例\n指标,目标\n培训,≥100\n走访\t,≥20\n",
        "a.txt",
        "text",
        id="txt-name-minority-tab",
    ),
    pytest.param(excel_tsv(LEGAL), None, "text", id="excel-quoted-tsv"),
    pytest.param(excel_tsv(WATER), "导出.csv", "text", id="excel-quoted-tsv-named-csv"),
    pytest.param('名称\t"说明,见附件"\n指标\t"1,2"\n', None, "text", id="tsv-with-quoted-commas"),
]


@pytest.mark.parametrize(("text", "name", "expected"), DETECTED)
def test_detect_quoted_tabs(text, name, expected):
    assert detect_text_format(text, name) == expected


# ---------------------------------------------------------------------------
# When detection still gets it wrong, the message says what was tried


def test_no_grid_names_the_format_used_when_the_extension_disagrees(tmp_path):
    path = tmp_path / "导出.csv"
    path.write_text('项目名称,甲\n说明,"见\t附件"\t备注\n', encoding="utf-8")
    with pytest.raises(ReadError) as info:
        perftrack.read(path)
    assert info.value.message == (
        "未找到绩效指标表（需要含“三级指标/指标名称”与“指标值”等列的表头）"
        "；内容按 TSV/文本 格式读取，而扩展名是 .csv：如判断有误，"
        '请指定格式（命令行 --input-format csv，或 read(..., format="csv")）'
    )


@pytest.mark.parametrize(
    ("name", "forced"), [("说明.txt", None), ("说明.csv", "text"), ("说明.csv", "csv")]
)
def test_no_grid_without_a_disagreement_says_nothing_more(tmp_path, name, forced):
    path = tmp_path / name
    path.write_text("项目名称\t甲\n说明\t见附件\n", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        perftrack.read(path, format=forced)
    assert info.value.message == "未找到绩效指标表（需要含“三级指标/指标名称”与“指标值”等列的表头）"


@pytest.mark.parametrize(("rows", "expected"), DOCUMENTS)
def test_csv_and_tsv_exports_number_rows_alike(rows, expected):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    from_csv = perftrack.read_text(buffer.getvalue(), format="csv")
    from_sep_csv = perftrack.read_text("sep=,\n" + buffer.getvalue(), format="csv")
    for (table,) in (from_csv, from_sep_csv):
        assert summary(table) == expected
