"""The Word 97-2003 (.doc) reader, on documents built in code by :mod:`doc_builders`.

Each composed table is read from a .doc and compared with its plain-text twin (the
model) and with the same blocks written as .docx (the rows: the two Word readers
give the grid the same cells). Then the parts of the format one at a time: cells
and row ends, merges, pieces, fields and control characters, nested tables, and
every way a file can be broken.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from decimal import Decimal

import pytest

import perftrack
from cases.composed_tables import model_of
from doc_builders import (
    CCP_TEXT,
    FC_LCB,
    cfb_bytes,
    def_table,
    doc_bytes,
    doc_streams,
    form_field_data,
    sprm,
)
from fixtures_office import docx_bytes
from perftrack import ReadError
from perftrack.readers import _doc, _sheet
from perftrack.readers._detect import detect_format
from perftrack.readers._doc import read_doc
from perftrack.readers._docx import read_docx

olefile = pytest.importorskip("olefile")

# ---------------------------------------------------------------------------
# Composed tables: what the twin holds, and what the .doc holds where it differs

TRACKING = [
    ["2024年度财政项目支出绩效跟踪表", "", "", "", "", "", ""],
    ["跟踪时段：（ 2024-1月 至 2024-9月 ）", "", "", "", "", "", ""],
    ["项目名称", "农村饮水安全巩固提升", "", "", "", "", ""],
    ["主管部门", "某县水利局", "", "实施单位", "某县农村供水管理站", "", ""],
    ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)", ""],
    ["", "年度资金总额", "380.00", "380.00", "266.00", "70.00", ""],
    ["年度总体目标", "预期目标", "", "", "跟踪期实际完成情况", "", ""],
    ["", "改造供水管网45公里。", "", "", "已改造管网31公里。", "", ""],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "跟踪期计划完成值",
        "跟踪期实际完成值",
        "偏差原因分析",
    ],
    ["产出指标", "数量指标", "改造管网长度", "≥45公里", "30公里", "31公里", ""],
    ["", "", "受益人口\n（万人）", "≥2.6万人", "", "1.9万人", "雨季停工"],
    ["", "质量指标", "水质达标率", "≥95%", "95%", "97%", ""],
    ["效益指标", "社会效益指标", "群众饮水条件", "明显改善", "改善", "改善", ""],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "90%", "93%", ""],
    ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成", "", "", "", ""],
    ["纠偏措施", "加快施工进度", "", "", "", "", ""],
]
TRACKING_MERGES = ["A1:G1", "A2:G2", "B3:G3", "B4:C4", "E4:G4", "A5:B5", "A7:A8", "B7:D7"]
TRACKING_MERGES += ["E7:G7", "B8:D8", "E8:G8", "A10:A12", "B10:B11", "C15:G15", "B16:G16"]
# The .doc's own cells where they differ from the twin: fields (the code is dropped,
# the result read; a field nested in another's code) and a drawn object.
TRACKING_DOC = {
    (2, 1): '\x13 IF \x13 MERGEFIELD 项目名称 \x14x\x15 = "" \x14农村饮水安全巩固提升\x15',
    (9, 5): "\x13 FORMTEXT \x14\x13 REF 实际 \x1431公里\x15\x15",
    (12, 4): "改\x01善",
}

SELF_EVALUATION = [
    ["中小学校舍维修项目支出绩效自评表", "", "", "", "", "", "", ""],
    ["（2023年度）", "", "", "", "", "", "", ""],
    ["项目名称", "中小学校舍维修", "", "", "", "", "", ""],
    ["主管部门", "某市教育局", "", "", "实施单位", "某市教育装备中心", "", ""],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "540.00", "520.00", "494.00", "10", "95.00%", "9.50"],
    ["", "其中：当年财政拨款", "540.00", "520.00", "494.00", "—", "—", "—"],
    ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
    ["", "维修校舍12所。", "", "", "完成维修12所。", "", "", ""],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ],
    ["产出指标(50分)", "数量指标", "维修学校数", "12所", "12所", "20", "20", ""],
    ["", "质量指标", "验收合格率", "100%", "100%", "15", "15", ""],
    ["", "时效指标", "完工时间", "", "2023年8月", "15", "14", "暑期后完工"],
    ["效益指标(30分)", "社会效益指标", "校舍安全隐患\n消除率", "≥95%", "98%", "30", "30", ""],
    ["满意度指标(10分)", "服务对象满意度指标", "师生满意度", "≥90%", "95%", "10", "9", ""],
    ["总分", "", "", "", "", "100", "97.5", "优"],
]
SELF_EVALUATION_MERGES = ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:B5", "A8:A9"]
SELF_EVALUATION_MERGES += ["B8:D8", "E8:H8", "B9:D9", "E9:H9", "A11:A13", "A16:E16"]
SELF_EVALUATION_DOC = {
    (4, 2): "年初\x13 QUOTE 预算数 \x14预算数\x15",  # a field in the middle of a header
    (15, 7): '\x13 HYPERLINK "http://example.invalid/" \x14优\x15',
}

COMPOSED = {
    "tracking": (TRACKING, TRACKING_MERGES, TRACKING_DOC),
    "self-evaluation": (SELF_EVALUATION, SELF_EVALUATION_MERGES, SELF_EVALUATION_DOC),
}


def _twin(grid: list[list[str]]) -> bytes:
    """The TSV twin, a cell with a line break quoted as Excel writes it."""
    lines = []
    for row in grid:
        cells = [f'"{cell}"' if "\n" in cell else cell for cell in row]
        lines.append("\t".join(cells))
    return "\n".join(lines).encode("utf-8")


def _doc_grid(grid: list[list[str]], own: dict[tuple[int, int], str]) -> list[list[str]]:
    return [[own.get((r, c), cell) for c, cell in enumerate(row)] for r, row in enumerate(grid)]


def _composed(name: str, **options) -> bytes:
    grid, merges, own = COMPOSED[name]
    return doc_bytes([_doc_grid(grid, own)], {0: merges}, **options)


VARIANTS = {
    "utf16": {},
    "compressed-pieces": {"compress": True},
    "word6-merges": {"legacy_merges": True},
    "itap": {"itap": True},
    "0Table": {"table_stream": "0Table"},
    "huge-papx": {"huge": True},
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", list(COMPOSED))
def test_doc_reads_like_its_text_twin(name: str, variant: str) -> None:
    grid = COMPOSED[name][0]
    twin = perftrack.read(_twin(grid))
    assert twin[0].indicators
    data = _composed(name, **VARIANTS[variant])
    tables = perftrack.read(data)
    assert model_of(tables) == model_of(twin)
    assert perftrack.read(data, format="doc") == tables  # detection picked the doc reader


@pytest.mark.parametrize("name", list(COMPOSED))
def test_doc_rows_are_the_docx_readers(name: str) -> None:
    grid, merges, own = COMPOSED[name]
    [doc] = read_doc(doc_bytes(["标题 一", _doc_grid(grid, own), "单位：万元"], {0: merges}))
    [docx] = read_docx(docx_bytes(["标题 一", grid, "单位：万元"], {0: merges}))
    assert doc.rows == docx.rows
    assert doc.row_numbers == docx.row_numbers


def test_doc_self_evaluation_reads_right() -> None:
    [table] = perftrack.read(_composed("self-evaluation"), format="doc")
    assert table.kind is perftrack.TableKind.SELF_EVALUATION
    assert table.project.name == "中小学校舍维修"
    assert [(i.level1, i.name) for i in table.indicators] == [
        ("产出指标", "维修学校数"),
        ("产出指标", "验收合格率"),
        ("产出指标", "完工时间"),
        ("效益指标", "校舍安全隐患消除率"),  # wrapped between Chinese characters (word38 L1)
        ("满意度指标", "师生满意度"),
    ]
    assert table.indicators[2].target is None  # the empty planned cell
    [sheet] = read_doc(_composed("self-evaluation"))
    assert sheet.rows[13][2] == "校舍安全隐患\n消除率"  # the line break is the cell's
    assert table.published == perftrack.Published(Decimal("97.5"), "优")  # a field's result
    assert table.budget[0].initial == Decimal("540.00")


# ---------------------------------------------------------------------------
# The compound file the builder writes


def test_builder_output_is_a_compound_file_olefile_reads() -> None:
    data = _composed("tracking")
    assert olefile.isOleFile(io.BytesIO(data))
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)
    assert sorted(ole.listdir()) == [["1Table"], ["WordDocument"]]
    assert ole.get_size("WordDocument") >= 4096  # in the FAT, not the mini stream
    word = ole.openstream("WordDocument").read()
    assert struct.unpack_from("<HH", word) == (0xA5EC, 0xC1)
    assert word[0x0B] & 0x02  # fWhichTblStm: 1Table
    ole.close()


# ---------------------------------------------------------------------------
# Cells and row ends: the paragraph properties decide

IN = sprm(0x2416, 1)  # sprmPFInTable
ITAP2 = IN + sprm(0x6649, 2)  # sprmPItap 2: a table nested in a cell


def _row_end(
    cells: int, *, edges: list[int] | None = None, flags: list[int] | None = None
) -> bytes:
    edges = edges if edges is not None else [1000 * i for i in range(cells + 1)]
    return IN + sprm(0x2417, 1) + def_table(edges, flags if flags is not None else [0] * cells)


def _rows(paragraphs: list[tuple[str, bytes]], **options) -> tuple[tuple[str, ...], ...]:
    data = doc_bytes([], paragraphs=[*paragraphs, ("\r", b"")], **options)
    [sheet] = read_doc(data, file="a.doc")
    return sheet.rows


STRUCTURE = [
    pytest.param(
        [("a\x07", IN), ("\x07", IN), ("c\x07", IN), ("\x07", _row_end(3))],
        (("a", "", "c"),),
        id="a-empty-c-one-row",
    ),
    pytest.param(
        [("a\x07", IN), ("\x07", _row_end(1)), ("c\x07", IN), ("\x07", _row_end(1))],
        (("a",), ("c",)),
        id="a-c-two-rows",
    ),
    pytest.param(
        [("\x07", IN), ("\x07", IN), ("\x07", _row_end(2))],
        (("", ""),),
        id="empty-cells",
    ),
    pytest.param(
        [
            ("第一段\r", IN),
            ("  第二段 \x0b 第三行\x07", IN),
            ("\r", IN),
            (" \x07", IN),
            ("\x07", _row_end(2)),
        ],
        (("第一段\n第二段\n第三行", ""),),
        id="paragraphs-and-breaks-in-cells",
    ),
    pytest.param(
        [
            ("a\x07", IN),
            ("b\x07", IN),
            ("c\x07", IN),
            ("\x07", _row_end(3)),
            ("x\x07", IN),
            ("y\x07", IN),
            ("\x07", _row_end(2, edges=[0, 2000, 3000])),
        ],
        (("a", "b", "c"), ("x", "", "y")),
        id="a-wide-cell-spans-columns",
    ),
    pytest.param(
        [
            ("a\x07", IN),
            ("b\x07", IN),
            ("\x07", _row_end(2, edges=[0, 1000, 2000])),
            ("x\x07", IN),
            ("\x07", _row_end(1, edges=[1000, 2000])),
        ],
        (("a", "b"), ("", "x")),
        id="an-indented-row",
    ),
    pytest.param(
        [
            ("a\x07", IN),
            ("b\x07", IN),
            ("c\x07", IN),
            ("\x07", _row_end(3) + sprm(22052, b"\x00\x02")),
        ],  # sprmTMerge cells 0-1
        (("a", "", "c"),),
        id="sprmTMerge",
    ),
    pytest.param(
        [
            ("a\x07", IN),
            ("b\x07", IN),
            ("\x07", _row_end(2, flags=[1, 2])),
            ("c\x07", IN),
            ("d\x07", IN),
            ("\x07", _row_end(2, flags=[1, 2]) + sprm(22053, b"\x00\x02")),
        ],
        (("a", ""), ("c", "d")),  # sprmTSplit undoes the merge of the second row
        id="fFirstMerged-and-sprmTSplit",
    ),
    pytest.param(
        [
            ("级\x07", IN),
            ("b\x07", IN),
            ("\x07", _row_end(2, flags=[3 << 5, 0])),
            ("\x07", IN),
            ("d\x07", IN),
            ("\x07", _row_end(2) + sprm(54827, b"\x02\x00\x01")),
        ],
        (("级", "b"), ("", "d")),  # the second row's merge given by sprmTVertMerge
        id="vertical-merge",
    ),
    pytest.param(
        [
            ("标题\x07", IN),
            ("\x07", _row_end(1, edges=[-108, 3892])),
            ("a\x07", IN),
            ("b\x07", IN),
            ("\x07", _row_end(2, edges=[-108, 1891, 3892])),
            ("c\x07", IN),
            ("d\x07", IN),
            ("e\x07", IN),
            ("\x07", _row_end(3, edges=[-108, 892, 1892, 3891])),
        ],  # LibreOffice's rounding: 1891 and 1892 are one edge, 3891 and 3892 too
        (("标题", "", ""), ("a", "", "b"), ("c", "d", "e")),
        id="edges-a-twip-apart-are-one",
    ),
    pytest.param(
        [
            ("a\x07", IN),
            ("b\x07", IN),
            ("c\x07", IN),
            ("\x07", _row_end(3, edges=[0, 1000, 1005, 2000])),
            ("x\x07", IN),
            ("y\x07", IN),
            ("\x07", _row_end(2, edges=[0, 1003, 2000])),
        ],  # a row's own edges stay apart however near, and 1003 joins the first
        (("a", "b", "c"), ("x", "y", "")),
        id="near-edges-of-one-row-stay-apart",
    ),
    pytest.param(
        [("a\x07", IN), ("b\x07", IN), ("\x07", IN + sprm(0x2417, 1))],
        (("a", "b"),),
        id="a-row-without-definition",
    ),
    pytest.param(
        [
            ("名称\x07", IN),
            ("内1\r", ITAP2 + sprm(0x244B, 1)),
            ("内2\r", ITAP2 + sprm(0x244B, 1)),
            ("\r", ITAP2 + sprm(0x244C, 1)),
            ("内3\r", ITAP2 + sprm(0x244B, 1)),
            ("\r", ITAP2 + sprm(0x244C, 1)),
            ("\x07", IN + sprm(26185, 1)),
            ("\x07", _row_end(2)),
        ],
        (("名称", ""), ("内1", "内2"), ("内3",)),
        id="a-table-beside-a-label-follows-the-row",
    ),
    pytest.param(
        [
            ("标题\r", b""),
            ("a\x07", IN),
            ("\x07", _row_end(1)),
            ("之间\r", b""),
            ("b\x07", IN),
            ("\x07", _row_end(1)),
            ("  \r", b""),
            ("单位：万元\r", b""),
        ],
        (("标题",), ("a",), ("之间",), ("b",), ("单位：万元",)),
        id="tables-between-paragraphs",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), STRUCTURE)
def test_cells_rows_and_merges(paragraphs, expected) -> None:
    assert _rows(paragraphs) == expected
    assert _rows(paragraphs, compress=True) == expected


TEXTS = [
    pytest.param("标题\x13 PAGE \x14 1 \x15页", "标题 1 页", id="field"),
    pytest.param(
        'a\x13 IF \x13 REF x \x14X\x15 = 1 "真" \x14结果\x15b', "a结果b", id="nested-fields"
    ),
    pytest.param("a\x13 REF x \x15b", "ab", id="field-without-result"),
    pytest.param("图\x01片\x08", "图片", id="objects"),
    pytest.param("软\x1f连字\x02符\x05", "软连字符", id="optional-hyphen-and-marks"),
    pytest.param("不间断\x1e连字符", "不间断-连字符", id="non-breaking-hyphen"),
    pytest.param("单位：\t万元", "单位： 万元", id="tab"),
    pytest.param("行一\x0b行二", "行一 行二", id="line-break-in-a-body-paragraph"),
    pytest.param("   ", None, id="blank"),
    pytest.param("Größe – 95%", "Größe – 95%", id="latin"),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_paragraph_text(text, expected) -> None:
    rows = _rows([(text + "\r", b"")])
    assert rows == (() if expected is None else ((expected,),))
    assert _rows([(text + "\r", b"")], compress=True) == rows


def test_a_field_result_spans_paragraphs_and_a_section_break_ends_one() -> None:
    paragraphs = [("\x13 TOC \\o \x14第一章\r", b""), ("第二章\x15\r", b""), ("前\x0c后\r", b"")]
    assert _rows(paragraphs) == (("第一章",), ("第二章",), ("前",), ("后",))


def test_pieces_split_anywhere_read_alike() -> None:
    # ASCII runs as 8-bit pieces, the rest UTF-16: pieces end inside paragraphs and cells.
    blocks = ["Project 2023 项目", [["项目名称", "abc 乡村 95%"], ["x\ny", "≥90%"]], "end"]
    plain = read_doc(doc_bytes(blocks))
    assert read_doc(doc_bytes(blocks, compress=True)) == plain
    assert plain[0].rows == (
        ("Project 2023 项目",),
        ("项目名称", "abc 乡村 95%"),
        ("x\ny", "≥90%"),
        ("end",),
    )


# ---------------------------------------------------------------------------
# Tables nested in a cell: as the .docx reader reads them

INNER = ITAP2 + sprm(0x244B, 1)  # sprmPFInnerTableCell


def _inner_row(*cells: str, edges: list[int] | None = None) -> list[tuple[str, bytes]]:
    """A row of a table nested in a cell: its cells, then its row end (sprmPFInnerTtp)."""
    end = ITAP2 + sprm(0x244B, 1) + sprm(0x244C, 1)
    if edges is not None:
        end += def_table(edges, [0] * len(cells))
    return [*((cell + "\r", INNER) for cell in cells), ("\r", end)]


HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"]
GRID = [
    *_inner_row(*HEADER, edges=[0, 800, 1600, 2400, 3200, 4000]),
    *_inner_row("产出指标", "数量指标", "培训人次", "≥500人次", "520人次"),
]
NESTED = [
    pytest.param(
        [("绩效指标\x07", IN), *GRID, ("\x07", IN), ("\x07", _row_end(2))],
        (
            ("绩效指标", ""),
            tuple(HEADER),
            ("产出指标", "数量指标", "培训人次", "≥500人次", "520人次"),
        ),
        id="a-grid-beside-a-label",
    ),
    pytest.param(
        [("说明\r", IN), *GRID, ("\x07", IN), ("\x07", _row_end(1))],
        (
            ("",),
            ("说明",),
            tuple(HEADER),
            ("产出指标", "数量指标", "培训人次", "≥500人次", "520人次"),
        ),
        id="a-paragraph-and-a-grid-in-a-one-cell-row",
    ),
    pytest.param(
        [("a\x07", IN), ("b\x07", IN), *GRID, ("\x07", IN), ("\x07", _row_end(3))],
        (
            ("a", "b", ""),
            tuple(HEADER),
            ("产出指标", "数量指标", "培训人次", "≥500人次", "520人次"),
        ),
        id="a-grid-in-a-wide-row",
    ),
    pytest.param(
        [
            ("培训人次\x07", IN),
            ("≥500人次\x07", IN),
            *_inner_row("上半年", "300"),
            *_inner_row("下半年", "220"),
            ("\x07", IN),
            ("\x07", _row_end(3)),
        ],
        (("培训人次", "≥500人次", "上半年\n300\n下半年\n220"),),
        id="a-small-table-in-a-grid-cell-is-its-lines",
    ),
    pytest.param(
        [
            ("a\x07", IN),
            ("b\x07", IN),
            ("x\r", INNER),
            ("y\r", INNER),
            (
                "\r",
                ITAP2
                + sprm(0x244B, 1)
                + sprm(0x244C, 1)
                + def_table([0, 500, 1000], [0, 1 << 5 | 1]),
            ),
            ("合计\x07", IN),
            ("\x07", _row_end(3)),
        ],
        (("a", "b", "x\n合计"),),
        id="a-nested-cell-continuing-a-merge-is-no-line",
    ),
    pytest.param(
        [
            ("表\x07", IN),
            ("甲\r", INNER),
            ("深\r", IN + sprm(0x6649, 3) + sprm(0x244B, 1)),
            ("\r", IN + sprm(0x6649, 3) + sprm(0x244B, 1) + sprm(0x244C, 1)),
            ("\r", INNER),
            ("\r", ITAP2 + sprm(0x244B, 1) + sprm(0x244C, 1)),
            ("\x07", IN),
            ("\x07", _row_end(2)),
        ],
        (("表", ""), ("甲", ""), ("深",)),
        id="a-table-in-a-nested-table",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NESTED)
def test_nested_tables(paragraphs, expected) -> None:
    assert _rows(paragraphs) == expected
    assert _rows(paragraphs, compress=True) == expected


BROKEN_NESTED = [
    pytest.param(
        [("a\x07", IN), ("x\r", INNER), ("\x07", IN), ("\x07", _row_end(2))],
        "第 1 个表格第 1 行: 表格的最后一行没有行结束标记",
        id="a-nested-row-without-its-end",
    ),
    pytest.param(
        [("a\x07", IN), ("x\r", IN + sprm(0x6649, 100)), ("\x07", IN), ("\x07", _row_end(2))],
        "表格嵌套过深（100 层）",
        id="too-deep",
    ),
    pytest.param(
        [
            ("a\x07", IN),
            ("x\r", INNER),
            ("\r", INNER + sprm(0x244C, 1) + def_table([0, 500, 1000], [0, 0])),
            ("\x07", IN),
            ("\x07", _row_end(2)),
        ],
        "第 1 个表格第 1 行: 单元格数（1）与行定义的单元格数（2）不符",
        id="a-nested-row-not-its-definition",
    ),
]


@pytest.mark.parametrize(("paragraphs", "message"), BROKEN_NESTED)
def test_broken_nested_tables(paragraphs, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        _rows(paragraphs)


# ---------------------------------------------------------------------------
# Character properties: what the .docx reader leaves out and maps, from the CHPX

STRIKE, DSTRIKE, VANISH = sprm(0x0837, 1), sprm(0x2A53, 1), sprm(0x083C, 1)
DELETED, INSERTED = sprm(0x0800, 1), sprm(0x0801, 1)
RAISED = sprm(0x2A48, 1)  # sprmCIss: superscript
FONTS = ["Times New Roman", "Wingdings 2", "Symbol", "宋体", "Wingdings"]


def _symbol(font: int, char: int) -> bytes:
    return sprm(0x6A09, struct.pack("<HH", font, char))  # sprmCSymbol


def _font(font: int) -> bytes:
    return sprm(0x4A4F, font) + sprm(0x4A50, 3) + sprm(0x4A51, font)  # sprmCRgFtc0, 1, 2


def _form(offset: int) -> bytes:
    return sprm(0x0806, 1) + sprm(0x6A03, offset)  # sprmCFData, sprmCPicLocation


def _segments(
    paragraphs: list[list[tuple[str, bytes]]],
) -> tuple[list[tuple[str, bytes]], list[tuple[int, int, bytes]]]:
    """Paragraphs made of (text, CHPX) segments; a text ends in its mark where it ends one.

    Returns the paragraphs (text, paragraph sprms) and the character runs by CP. A
    paragraph given as ``[(text, chpx), ...]`` whose last text ends in ``\x07`` is a
    cell; a paragraph ``[("\x07", b"")]`` a row end (of a row of the cells before it).
    """
    result: list[tuple[str, bytes]] = []
    chars: list[tuple[int, int, bytes]] = []
    cp = 0
    cells = 0
    for segments in paragraphs:
        text = ""
        for part, chpx in segments:
            if chpx:
                chars.append((cp, cp + len(part), chpx))
            text += part
            cp += len(part)
        if text == "\x07":
            result.append((text, _row_end(cells)))
            cells = 0
        elif text.endswith("\x07"):
            result.append((text, IN))
            cells += 1
        else:
            result.append((text, b""))
    return result, chars


def _formatted(paragraphs: list[list[tuple[str, bytes]]], **options) -> tuple:
    paragraphs_, chars = _segments(paragraphs)
    return _rows(paragraphs_, chars=chars, fonts=FONTS, **options)


CHECKED_BOX = form_field_data(1, 1)
EMPTY_BOX = form_field_data(1, 0)
DEFAULT_CHECKED = form_field_data(1, 25, default=1)
DROPDOWN = form_field_data(2, 1, entries=["确定能", "有可能", "完全不可能"])
DATA = CHECKED_BOX + EMPTY_BOX + DEFAULT_CHECKED + DROPDOWN
AT = [0, len(CHECKED_BOX), len(CHECKED_BOX + EMPTY_BOX), len(DATA) - len(DROPDOWN)]

CHARACTERS = [
    pytest.param([("93.5%", STRIKE), ("96.5%", b"")], "96.5%", id="struck-out"),
    pytest.param([("93.5%", DSTRIKE), ("96.5%", b"")], "96.5%", id="double-struck"),
    pytest.param([("填表说明", VANISH), ("正文", b"")], "正文", id="hidden"),
    pytest.param([("旧", sprm(0x083C, 0x81)), ("新", b"")], "新", id="toggle-opposite-of-style"),
    pytest.param([("旧", sprm(0x083C, 0x80)), ("新", b"")], "旧新", id="toggle-as-style"),
    pytest.param([("旧", STRIKE + sprm(0x0837, 0)), ("新", b"")], "旧新", id="struck-then-not"),
    pytest.param([("≥90万亩", DELETED), ("≥85万亩", INSERTED)], "≥85万亩", id="tracked-change"),
    pytest.param(
        [("\x13 REF a \x14旧\x15", DELETED), ("\x13 PAGE \x14", b""), ("1\x15", b"")],
        "1",
        id="a-deleted-field-still-nests",
    ),
    pytest.param([("图", b""), ("\x01", sprm(0x6A03, 99_999))], "图", id="a-picture"),
    pytest.param([("94%", b""), ("注", RAISED)], "94%", id="a-note-mark"),
    pytest.param([("13处", b""), ("1", RAISED)], "13处", id="a-numbered-note-mark"),
    pytest.param([("面积100m", b""), ("2", RAISED)], "面积100m2", id="a-power-stays"),
    pytest.param([("H", b""), ("2", sprm(0x2A48, 2)), ("O", b"")], "H2O", id="subscript"),
    pytest.param([("(", _symbol(1, 0xF052)), ("确定能", b"")], "☑确定能", id="sym-tick"),
    pytest.param([("(", _symbol(1, 0x00A3)), ("否", b"")], "☐否", id="sym-empty-box"),
    pytest.param([("(", _symbol(4, 0xF04A)), ("笑", b"")], "笑", id="sym-other-symbol"),
    pytest.param([("(", _symbol(3, 0x221A)), ("是", b"")], "是", id="sym-of-a-text-font"),
    pytest.param([("(", _symbol(9, 0xF052)), ("是", b"")], "是", id="sym-font-out-of-table"),
    pytest.param(
        [("\uf0b3", _font(2)), ("500人次", b"")], "≥500人次", id="private-use-in-symbol-font"
    ),
    pytest.param([("\uf0b3500人次", _font(2))], "≥500人次", id="symbol-font-over-the-text"),
    pytest.param([("\uf052是 \uf0a3否", _font(1))], "☑是 ☐否", id="wingdings-2-boxes"),
    pytest.param([("\uf061", _font(2)), ("值", b"")], "值", id="private-use-not-a-mark"),
    pytest.param([("\uf0b3", _font(0)), ("5", b"")], "\uf0b35", id="private-use-in-a-text-font"),
    pytest.param(
        [("\x13 FORMCHECKBOX ", b""), ("\x01", _form(AT[0])), ("\x14\x15确定能", b"")],
        "☑确定能",
        id="form-check-box-checked",
    ),
    pytest.param(
        [("\x13 FORMCHECKBOX ", b""), ("\x01", _form(AT[1])), ("\x15有可能", b"")],
        "☐有可能",
        id="form-check-box-empty-without-separator",
    ),
    pytest.param(
        [("\x13 FORMCHECKBOX ", b""), ("\x01", _form(AT[2])), ("\x14\x15", b"")],
        "☑",
        id="form-check-box-by-default",
    ),
    pytest.param(
        [("\x13 FORMDROPDOWN ", b""), ("\x01", _form(AT[3])), ("\x14\u2002\x15", b"")],
        "有可能",
        id="form-drop-down",
    ),
    pytest.param(
        [("\x13 IF \x13 FORMCHECKBOX ", b""), ("\x01", _form(AT[0])), ("\x15 \x14是\x15", b"")],
        "是",
        id="form-field-in-a-code",
    ),
]


@pytest.mark.parametrize(("segments", "expected"), CHARACTERS)
def test_character_properties(segments, expected) -> None:
    paragraph = [*segments[:-1], (segments[-1][0] + "\r", segments[-1][1])]
    assert _formatted([paragraph], data=DATA) == ((expected,),)
    cell = [*segments[:-1], (segments[-1][0] + "\x07", segments[-1][1])]
    assert _formatted([cell, [("\x07", b"")]], data=DATA, compress=True) == ((expected,),)


def test_a_row_struck_out_whole_is_left_out() -> None:
    rows = [
        [("新增水厂数量\x07", STRIKE)],
        [("≥2座", VANISH), ("\x07", b"")],
        [("\x07", b"")],
        [("新建供水工程数量\x07", b"")],
        [("93.5%", STRIKE), ("\x07", b"")],
        [("\x07", b"")],
        [("删除\x07", DELETED)],
        [("\x07", b"")],
    ]
    # the last row's text is a tracked deletion: an empty row, as in the .docx reader
    assert _formatted(rows) == (("新建供水工程数量", ""), ("",))


def test_form_field_data_beyond_the_data_stream() -> None:
    segments = [("\x13 FORMCHECKBOX ", b""), ("\x01", _form(10_000)), ("\x14\x15\r", b"")]
    with pytest.raises(ReadError, match="窗体域数据（FFData）"):
        _formatted([segments], data=DATA)
    with pytest.raises(ReadError, match="窗体域数据（FFData）"):
        _formatted([segments], data=DATA[:80])


# ---------------------------------------------------------------------------
# Broken files: a clear message, never a traceback


def _streams(**options) -> dict[str, bytes]:
    return doc_streams([[["项目名称", "示例"]], "说明"], **options)


def _patched(streams: dict[str, bytes], name: str, offset: int, fmt: str, value: int) -> bytes:
    content = bytearray(streams[name])
    struct.pack_into(fmt, content, offset, value)
    return cfb_bytes({**streams, name: bytes(content)})


def _clx_of(streams: dict[str, bytes]) -> int:
    return struct.unpack_from("<I", streams["WordDocument"], FC_LCB + 8 * 33)[0]


def _bte(streams: dict[str, bytes]) -> tuple[int, int]:
    return struct.unpack_from("<II", streams["WordDocument"], FC_LCB + 8 * 13)


def _first_pcd_fc(streams: dict[str, bytes]) -> int:
    """The offset in the table stream of the first PCD's fc (one piece: two CPs first)."""
    return _clx_of(streams) + 5 + 8 + 2


def _broken() -> list[object]:
    s = _streams()
    word = s["WordDocument"]
    bte_fc, bte_lcb = _bte(s)
    pn_at = bte_fc + bte_lcb - 4  # the last (only) page number
    pn = struct.unpack_from("<I", s["1Table"], pn_at)[0]
    emptied_page = bytearray(word)
    emptied_page[pn * 512 + 511] = 0
    return [
        pytest.param(
            doc_bytes([[["a"]]], encrypted=True),
            "加密的 .doc 文件无法读取：请在 Word 中取消打开密码后另存，再重试",
            id="encrypted",
        ),
        pytest.param(
            cfb_bytes({"1Table": s["1Table"]}),
            "不是可读取的 Word 97-2003 文档（.doc）：复合文档中没有 WordDocument 流",
            id="no-WordDocument",
        ),
        pytest.param(
            cfb_bytes({"WordDocument": word, "0Table": s["1Table"]}),
            "无法读取 .doc 文件：复合文档中没有 FIB 所指的 1Table 流",
            id="no-table-stream",
        ),
        pytest.param(
            _patched(s, "WordDocument", 0, "<H", 0x1234),
            "不是 Word 97-2003 文档（.doc）：WordDocument 流的文件信息块（FIB）无效",
            id="not-a-fib",
        ),
        pytest.param(
            _patched(s, "WordDocument", 2, "<H", 0x68),
            "这是 Word 6.0/95 或更早版本的文档，暂不支持：请用 Word 另存为 .docx 后重试",
            id="word-95",
        ),
        pytest.param(
            _patched(s, "WordDocument", FC_LCB - 2, "<H", 5),  # cbRgFcLcb 5: no fcClx
            "无法读取 .doc 文件（文件信息块（FIB）过短）",
            id="fib-short",
        ),
        pytest.param(
            _patched(s, "WordDocument", FC_LCB + 8 * 33, "<I", 1 << 20),
            "无法读取 .doc 文件（片段表（CLX）超出表格流）",
            id="clx-beyond-stream",
        ),
        pytest.param(
            _patched(s, "1Table", _clx_of(s), "<B", 5),
            "无法读取 .doc 文件（片段表（CLX）中没有 Pcdt）",
            id="no-pcdt",
        ),
        pytest.param(
            _patched(s, "1Table", _clx_of(s), "<I", 1 | 0x7FFF << 8),  # a Prc of 32767 bytes
            "无法读取 .doc 文件（片段表（CLX）中的属性修改（Prc）无效）",
            id="bad-prc",
        ),
        pytest.param(
            _patched(s, "1Table", _clx_of(s) + 1, "<I", 15),
            "无法读取 .doc 文件（片段表（PlcPcd）大小无效）",
            id="plcpcd-size",
        ),
        pytest.param(
            _patched(s, "1Table", _clx_of(s) + 5, "<I", 3),
            "无法读取 .doc 文件（片段表（PlcPcd）的字符位置无效）",
            id="plcpcd-cps",
        ),
        pytest.param(
            _patched(s, "1Table", _first_pcd_fc(s), "<I", 1 << 24),
            "无法读取 .doc 文件（文本片段超出 WordDocument 流）",
            id="piece-beyond-stream",
        ),
        pytest.param(
            _patched(s, "WordDocument", CCP_TEXT, "<i", 10_000),
            "无法读取 .doc 文件（片段表中的文本短于文件信息块所说的正文长度）",
            id="ccp-text-too-long",
        ),
        pytest.param(
            _patched(s, "WordDocument", CCP_TEXT, "<i", -1),
            "无法读取 .doc 文件（文件信息块（FIB）中的正文长度无效）",
            id="ccp-text-negative",
        ),
        pytest.param(
            _patched(s, "1Table", pn_at, "<I", 9999),
            "无法读取 .doc 文件（段落属性页 FKP 9999 超出 WordDocument 流）",
            id="fkp-beyond-stream",
        ),
        pytest.param(
            cfb_bytes({**s, "WordDocument": bytes(emptied_page)}),
            f"无法读取 .doc 文件（段落属性页 FKP {pn} 已损坏）",
            id="fkp-without-runs",
        ),
        pytest.param(
            _patched(s, "WordDocument", FC_LCB + 8 * 13 + 4, "<I", 7),
            "无法读取 .doc 文件（段落属性表 PlcBtePapx 无效或超出表格流）",
            id="plcbtepapx-size",
        ),
        pytest.param(
            _patched(s, "WordDocument", FC_LCB + 8 * 13 + 4, "<I", 0),
            "第 1 个表格: 无法确定表格的行结构：单元格结束符所在段落没有表格属性",
            id="no-paragraph-properties",
        ),
    ]


def _without_data_stream() -> bytes:
    streams = doc_streams([[["项目名称", "示例"]], "说明"], huge=True)
    assert "Data" in streams
    return cfb_bytes({name: content for name, content in streams.items() if name != "Data"})


HUGE = pytest.param(
    _without_data_stream(),
    "无法读取 .doc 文件（段落属性（sprmPHugePapx）超出 Data 流）",
    id="huge-papx-without-data-stream",
)


@pytest.mark.parametrize(("data", "message"), [*_broken(), HUGE])
def test_broken_files(data: bytes, message: str) -> None:
    with pytest.raises(ReadError) as info:
        read_doc(data, file="a.doc")
    assert str(info.value) == f"a.doc: {message}"
    with pytest.raises(ReadError) as info:
        perftrack.read(data, format="doc")
    assert str(info.value) == message  # bytes: no file name


BROKEN_TABLES = [
    pytest.param(
        [("a\x07", IN), ("\r", b"")],
        "第 1 个表格第 1 行: 表格的最后一行没有行结束标记（文件不完整？）",
        id="no-row-end",
    ),
    pytest.param(
        [("a\x07", IN), ("\x07", _row_end(1)), ("间\r", b""), ("b\x07", IN), ("\x07", _row_end(2))],
        "第 2 个表格第 1 行: 单元格数（1）与行定义的单元格数（2）不符",
        id="cells-and-definition-disagree",
    ),
    pytest.param(
        [("a\x07", IN), ("b\x07", IN), ("\x07", _row_end(2, edges=[0, 1000, 1000]))],
        "第 1 个表格第 1 行: 第 2 个单元格的边界无效",
        id="a-cell-without-width",
    ),
    pytest.param(
        [("a\x07", IN), ("\x07", _row_end(1)), ("\x07", _row_end(1))],
        "第 1 个表格第 2 行: 行结束标记之前没有单元格",
        id="a-row-end-without-cells",
    ),
    pytest.param(
        [("a\x07", IN), ("\x07", _row_end(1)), ("x\x07", b"")],
        "第 1 个表格: 无法确定表格的行结构：单元格结束符所在段落没有表格属性",
        id="a-cell-mark-outside-a-table",
    ),
    pytest.param(
        [("a\x13 PAGE \r", b"")],
        "无法读取 .doc 文件（域代码没有结束，文件可能不完整）",
        id="an-unclosed-field",
    ),
]


@pytest.mark.parametrize(("paragraphs", "message"), BROKEN_TABLES)
def test_broken_tables(paragraphs, message: str) -> None:
    with pytest.raises(ReadError) as info:
        _rows(paragraphs)
    assert str(info.value) == f"a.doc: {message}"


@pytest.mark.parametrize("size", [100, 600, 1536, 4096, 6000])
def test_truncated_files(size: int) -> None:
    data = _composed("tracking")
    assert len(data) > 6000
    with pytest.raises(ReadError) as info:
        perftrack.read(data[:size], format="doc")
    assert info.value.message.startswith("无法读取 .doc 文件")


def test_corrupted_bytes_give_read_errors_only() -> None:
    # Flip bytes of the FIB, the table stream and the text: every outcome is tables or
    # a ReadError, never another exception.
    streams = doc_streams([_doc_grid(TRACKING, TRACKING_DOC)], {0: TRACKING_MERGES})
    outcomes = set()
    for name in ("WordDocument", "1Table"):
        content = streams[name]
        for step in range(0, min(len(content), 3000), 13):
            for value in (0x00, 0xFF, 0x07):
                mutated = bytearray(content)
                mutated[step] = value
                data = cfb_bytes({**streams, name: bytes(mutated)})
                try:
                    read_doc(data, file="a.doc")
                except ReadError:
                    outcomes.add("error")
                else:
                    outcomes.add("read")
    assert outcomes == {"error", "read"}


def test_corrupted_character_properties_give_read_errors_only() -> None:
    # The CHPX pages, the font table, a form field's data and a header, flipped anywhere.
    paragraphs, chars = _segments(
        [
            [("93.5%", STRIKE), ("96.5%\x07", b"")],
            [("(", _symbol(1, 0xF052)), ("\uf0b3", _font(2)), ("是\x07", RAISED)],
            [("\x07", b"")],
            [("\x13 FORMDROPDOWN ", b""), ("\x01", _form(AT[3])), ("\x14\x15\r", DELETED)],
        ]
    )
    streams = doc_streams(
        [],
        paragraphs=[*paragraphs, ("\r", b"")],
        chars=chars,
        fonts=FONTS,
        data=DATA,
        headers={7: "2024年度项目支出绩效自评表\r"},
    )
    outcomes = set()
    for name in ("WordDocument", "1Table", "Data"):
        content = streams[name]
        for step in range(0, len(content), 3 if name != "WordDocument" else 11):
            for value in (0x00, 0xFF, 0x81):
                mutated = bytearray(content)
                mutated[step] = value
                data = cfb_bytes({**streams, name: bytes(mutated)})
                try:
                    read_doc(data, file="a.doc")
                except ReadError as error:
                    outcomes.add("error" if "a.doc" in str(error) else "unnamed")
                else:
                    outcomes.add("read")
    assert outcomes == {"error", "read"}


HEADERS = [
    pytest.param({7: "2024年度项目支出绩效自评表\r"}, "2024年度项目支出绩效自评表", id="default"),
    pytest.param(
        {7: "第 \x13 PAGE \x14 1\x15 页\r", 10: "单位：万元\r2024年度项目支出绩效自评表\r"},
        "2024年度项目支出绩效自评表",
        id="first-page",
    ),
    pytest.param(
        {7: "项目支出绩效监控表\r", 10: "某县水利局\r"},
        "项目支出绩效监控表",
        id="first-page-no-title",
    ),
    pytest.param({1: "2024年度项目支出绩效自评表\r"}, None, id="a-separator-is-no-header"),
    pytest.param({9: "2024年度项目支出绩效自评表\r"}, None, id="a-footer-is-no-header"),
    pytest.param({7: "某县水利局\r"}, None, id="no-title"),
]


@pytest.mark.parametrize(("headers", "title"), HEADERS)
def test_a_title_in_the_page_header(headers, title) -> None:
    blocks = [[["项目名称", "乡村道路"]]]
    [sheet] = read_doc(doc_bytes(blocks, headers=headers), file="a.doc")
    assert sheet.page_title == title
    assert sheet.rows == (("项目名称", "乡村道路"),)
    [sheet] = read_doc(doc_bytes(blocks, headers=headers, compress=True), file="a.doc")
    assert sheet.page_title == title


def test_a_broken_header_table() -> None:
    streams = doc_streams([[["a"]]], headers={7: "标题\r"})
    hdd_fc = struct.unpack_from("<I", streams["WordDocument"], FC_LCB + 8 * 11)[0]
    cases = {
        _patched(streams, "WordDocument", FC_LCB + 8 * 11 + 4, "<I", 7): "PlcfHdd）无效",
        _patched(streams, "1Table", hdd_fc + 4 * 7, "<I", 5): "PlcfHdd）的字符位置无效",
        _patched(streams, "1Table", hdd_fc + 4 * 8, "<I", 900): "PlcfHdd）的字符位置无效",
    }
    for data, message in cases.items():
        with pytest.raises(ReadError, match=message):
            read_doc(data, file="a.doc")


def test_corrupted_nested_tables_give_read_errors_only() -> None:
    paragraphs = [("绩效指标\x07", IN), *GRID, ("\x07", IN), ("\x07", _row_end(2)), ("\r", b"")]
    streams = doc_streams([], paragraphs=paragraphs)
    outcomes = set()
    for name in ("WordDocument", "1Table"):
        content = streams[name]
        for step in range(0, len(content), 5):
            for value in (0x00, 0xFF, 0x02):
                mutated = bytearray(content)
                mutated[step] = value
                try:
                    read_doc(cfb_bytes({**streams, name: bytes(mutated)}), file="a.doc")
                except ReadError:
                    outcomes.add("error")
                else:
                    outcomes.add("read")
    assert outcomes == {"error", "read"}


def test_broken_character_properties() -> None:
    paragraphs, chars = _segments([[("旧", STRIKE), ("新\r", _font(1))]])
    streams = doc_streams([], paragraphs=paragraphs, chars=chars, fonts=FONTS)
    chpx_fc, chpx_lcb = struct.unpack_from("<II", streams["WordDocument"], FC_LCB + 8 * 12)
    ffn_fc = struct.unpack_from("<I", streams["WordDocument"], FC_LCB + 8 * 15)[0]
    cases = {
        _patched(streams, "WordDocument", FC_LCB + 8 * 12 + 4, "<I", 7): "字符属性表 PlcBteChpx",
        _patched(streams, "1Table", chpx_fc + chpx_lcb - 4, "<I", 4000): "字符属性页 FKP 4000",
        _patched(streams, "1Table", ffn_fc + 4, "<B", 200): "字体表 SttbfFfn",
        _patched(streams, "1Table", ffn_fc, "<H", 60): "字体表 SttbfFfn",
    }
    for data, message in cases.items():
        with pytest.raises(ReadError, match=message):
            read_doc(data, file="a.doc")


def test_sizes_are_capped(monkeypatch) -> None:
    data = _composed("tracking")
    monkeypatch.setattr(_sheet, "MAX_CELLS", 50)  # the Word readers' RowSink
    with pytest.raises(ReadError) as info:
        read_doc(data, file="a.doc")
    assert str(info.value) == "a.doc: 文档中的表格过大（超过 50 个单元格）"
    monkeypatch.setattr(_doc, "MAX_BYTES", 1000)
    with pytest.raises(ReadError) as info:
        read_doc(data, file="a.doc")
    assert str(info.value) == f"a.doc: 文件过大（{len(data)} 字节，上限 1000 字节）"


# ---------------------------------------------------------------------------
# Detection: by the content, whatever the name


def test_detected_without_a_name_and_as_wps(tmp_path) -> None:
    data = _composed("tracking")
    assert detect_format(data) == "doc"
    assert detect_format(data, "自评表.wps") == "doc"
    assert detect_format(data, "自评表.xls") == "doc"
    twin = model_of(perftrack.read(_twin(TRACKING)))
    assert model_of(perftrack.read(data)) == twin
    path = tmp_path / "跟踪表.wps"
    path.write_bytes(data)
    [table] = perftrack.read(path)
    assert table.source.file == str(path)
    assert model_of((table,)) == twin


def test_batch_reads_doc_and_wps_files(tmp_path) -> None:
    from perftrack.batch import read_many  # noqa: PLC0415

    (tmp_path / "a.doc").write_bytes(_composed("tracking"))
    (tmp_path / "b.wps").write_bytes(_composed("self-evaluation", compress=True))
    result = read_many([tmp_path])
    assert result.errors == ()
    assert [table.project.name for table in result.tables] == [
        "农村饮水安全巩固提升",
        "中小学校舍维修",
    ]


def test_importing_the_doc_reader_loads_no_olefile() -> None:
    code = "import sys, perftrack, perftrack.readers._doc\nprint('olefile' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_missing_olefile(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "olefile", None)
    with pytest.raises(ReadError) as info:
        read_doc(_composed("tracking"), file="表.doc")
    assert (
        str(info.value)
        == "表.doc: 读取此格式需要可选依赖 olefile：请运行 pip install 'perftrack[doc]'"
    )
