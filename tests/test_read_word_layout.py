"""How a Word cell's structure reaches the grid: nested grids, paragraphs, superscripts.

- An indicator grid pasted into a form's cell lays out the form whatever else its
  row holds (Word and HTML decide alike).
- A cell's paragraphs reach the grid as line breaks, as Alt+Enter does in Excel.
- A superscript note marker after a value is no part of it.

Documents are written here as WordprocessingML, HTML pages as text.
"""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest

import perftrack
from fixtures_office import docx_bytes, replace_member
from perftrack.readers._docx import read_docx
from perftrack.readers._html import read_html

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str) -> bytes:
    document = f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    return replace_member(docx_bytes([]), "word/document.xml", document)


def _rows(body: str) -> tuple[tuple[str, ...], ...]:
    [sheet] = read_docx(_docx(body))
    return sheet.rows


def _r(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _tc(*content: str, span: int = 1) -> str:
    """A cell of paragraphs (plain strings are one paragraph each) and tables."""
    properties = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    blocks = "".join(
        block if block.startswith(("<w:p>", "<w:tbl>")) else _p(_r(block)) for block in content
    )
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{blocks or '<w:p/>'}</w:tc>"


def _tr(*cells: str) -> str:
    return (
        "<w:tr>"
        + "".join(cell if cell.startswith("<w:tc>") else _tc(cell) for cell in cells)
        + "</w:tr>"
    )


def _tbl(*rows: str) -> str:
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


# ---------------------------------------------------------------------------
# An indicator grid nested in a form's cell

HEADER = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
INDICATORS = (
    ("产出指标", "数量指标", "改造老旧管网长度", "≥40公里", "43.5公里", "20", "20"),
    ("效益指标", "社会效益指标", "停水投诉下降率", "≥15%", "18%", "20", "20"),
)
GRID = _tbl(*(_tr(*row) for row in (HEADER, *INDICATORS)))
GRID_ROWS = (HEADER, *INDICATORS)
SMALL = _tbl(_tr("城区", "12公里"), _tr("乡镇", "31.5公里"))

NESTED = [
    pytest.param(
        _tr("绩效指标", _tc(GRID), ""),
        (("绩效指标", "", ""), *GRID_ROWS),
        id="grid-then-empty-cell",
    ),
    pytest.param(
        _tr("绩效指标", "年度绩效指标完成情况", _tc(GRID)),
        (("绩效指标", "年度绩效指标完成情况", ""), *GRID_ROWS),
        id="two-labels-then-grid",
    ),
    pytest.param(
        _tr("三", "绩效指标", _tc("表2 绩效指标完成情况", GRID, "注：满分100分"), ""),
        (
            ("三", "绩效指标", "", ""),
            ("表2 绩效指标完成情况",),
            *GRID_ROWS,
            ("注：满分100分",),
        ),
        id="numbered-label-grid-with-paragraphs",
    ),
    pytest.param(
        _tr("", _tc(SMALL), ""),
        (("", "", ""), ("城区", "12公里"), ("乡镇", "31.5公里")),
        id="table-alone-on-a-wide-row",
    ),
    # unchanged: a table beside one label lays out; a small table in a grid row is text
    pytest.param(
        _tr("说明", _tc(SMALL)),
        (("说明", ""), ("城区", "12公里"), ("乡镇", "31.5公里")),
        id="beside-one-label",
    ),
    pytest.param(
        _tr("产出指标", "管网长度", _tc(SMALL)),
        (("产出指标", "管网长度", "城区\n12公里\n乡镇\n31.5公里"),),
        id="small-table-in-a-grid-row-is-text",
    ),
]


@pytest.mark.parametrize(("row", "expected"), NESTED)
def test_docx_nested_table(row, expected):
    assert _rows(_tbl(row)) == expected


FORM_TOP = (
    _tr("项目名称", _tc("城区供水管网改造工程", span=2)),
    _tr("主管部门", _tc("某市水务局", span=2)),
)


@pytest.mark.parametrize(
    "grid_row",
    [
        pytest.param(_tr("绩效指标", _tc(GRID), ""), id="grid-then-empty-cell"),
        pytest.param(_tr("绩效指标", "年度绩效指标完成情况", _tc(GRID)), id="two-labels"),
    ],
)
def test_docx_form_with_nested_grid_reads_its_indicators(grid_row):
    body = _p(_r("2024年度项目支出绩效自评表")) + _tbl(*FORM_TOP, grid_row, _tr("总分", "", "40"))
    [table] = perftrack.read(_docx(body))
    assert table.project.name == "城区供水管网改造工程"
    assert [(i.name, i.actual.value) for i in table.indicators] == [
        ("改造老旧管网长度", Decimal("43.5")),
        ("停水投诉下降率", Decimal(18)),
    ]


HTML_GRID = (
    "<table>"
    + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in GRID_ROWS)
    + "</table>"
)
HTML_SMALL = "<table><tr><td>城区</td><td>12公里</td></tr></table>"

HTML_NESTED = [
    pytest.param(
        f"<tr><td>绩效指标</td><td>年度绩效指标完成情况</td><td><p>表2 指标</p>{HTML_GRID}"
        "<p>注：满分100分</p></td></tr>",
        (
            ("绩效指标", "年度绩效指标完成情况", ""),
            ("表2 指标",),
            *GRID_ROWS,
            ("注：满分100分",),
        ),
        id="grid-beside-two-labels-lays-out",
    ),
    pytest.param(
        f"<tr><td>绩效指标</td><td>{HTML_GRID}</td><td></td></tr>",
        (("绩效指标", "", ""), *GRID_ROWS),
        id="grid-then-empty-cell",
    ),
    # unchanged: a small table in a data cell leaves the cell its text
    pytest.param(
        f"<tr><td>外层</td><td>说明{HTML_SMALL}尾</td></tr>",
        (("外层", "说明 尾"), ("城区", "12公里")),
        id="small-table-in-a-data-cell",
    ),
]


@pytest.mark.parametrize(("row", "expected"), HTML_NESTED)
def test_html_nested_table(row, expected):
    [sheet] = read_html(f"<table>{row}<tr><td>总分</td><td>40</td></tr></table>")
    assert sheet.rows == (*expected, ("总分", "40"))


# ---------------------------------------------------------------------------
# A cell's paragraphs are its lines

CELL_LINES = [
    pytest.param(_tc("培训 　合格率"), "培训 合格率", id="one-paragraph-folded"),
    pytest.param(
        _tc("96.5%", "第三方检测机构抽检248份水样，合格239份"),
        "96.5%\n第三方检测机构抽检248份水样，合格239份",
        id="two-paragraphs-two-lines",
    ),
    pytest.param(_tc(_p(_r("≥12"), "<w:r><w:br/></w:r>", _r("处"))), "≥12\n处", id="line-break"),
    pytest.param(
        _tc("\u3000 96.5 %\u3000", "<w:p/>", _p(_r("  ")), "注"),
        "96.5 %\n注",
        id="empty-lines-left-out",
    ),
]


@pytest.mark.parametrize(("cell", "expected"), CELL_LINES)
def test_docx_cell_paragraphs_are_lines(cell, expected):
    assert _rows(_tbl(_tr("实际完成值", cell))) == (("实际完成值", expected),)


# One grid, each cell a list of lines: a Word cell's paragraphs, an HTML cell's <p>,
# an Excel cell's Alt+Enter lines.
LINES_GRID = (
    (["一级指标"], ["二级指标"], ["三级指标"], ["年度指标值"], ["实际完成值"]),
    (
        ["产出指标"],
        ["质量指标"],
        ["水质检测合格率"],
        ["≥95%"],
        ["96.5%", "第三方检测机构抽检248份水样，合格239份"],
    ),
    (["产出指标"], ["数量指标"], ["农村集中供水", "工程数量"], ["≥12", "处"], ["13处"]),
    (
        ["产出指标"],
        ["时效指标"],
        ["管网改造完工"],
        ["2024年12月底", "前完成"],
        ["已完成", "未验收"],
    ),
)
LINES_EXPECTED = [
    ("水质检测合格率", "Comparison", "Quantity", "96.5% 第三方检测机构抽检248份水样，合格239份"),
    ("农村集中供水工程数量", "Comparison", "Quantity", "13处"),  # joined (word38 L1)
    ("管网改造完工", "Deadline", "StatusValue", "已完成 未验收"),
]


def _lines_docx() -> bytes:
    rows = (_tr(*(_tc(*cell) for cell in row)) for row in LINES_GRID)
    return _docx(_p(_r("2024年度项目支出绩效自评表")) + _tbl(*rows))


def _lines_html() -> bytes:
    rows = "".join(
        "<tr>"
        + "".join("<td>" + "".join(f"<p>{line}</p>" for line in cell) + "</td>" for cell in row)
        + "</tr>"
        for row in LINES_GRID
    )
    return f"<html><body><h3>2024年度项目支出绩效自评表</h3><table>{rows}</table></body></html>".encode()


def _lines_xlsx() -> bytes:
    from fixtures_office import xlsx_bytes  # noqa: PLC0415

    rows = [
        ["2024年度项目支出绩效自评表"],
        *([("\n".join(cell)) for cell in row] for row in LINES_GRID),
    ]
    return xlsx_bytes({"自评表": rows})


@pytest.mark.parametrize(
    "build", [_lines_docx, _lines_html, _lines_xlsx], ids=["docx", "html", "xlsx"]
)
def test_value_then_prose_below_reads_the_value_in_every_format(build):
    [table] = perftrack.read(build())
    got = [
        (i.name, type(i.target).__name__, type(i.actual).__name__, i.actual.text)
        for i in table.indicators
    ]
    assert got == LINES_EXPECTED
    quality, count, deadline = table.indicators
    assert quality.actual.value == Decimal("96.5")
    assert count.target.value == 12
    assert count.target.unit == "处"
    assert str(deadline.target) == "2024年12月底前"
    # done, the acceptance still to come: partial, as 已完成待验收 (regress8 W3)
    assert deadline.actual.status is perftrack.Status.PARTIAL


# ---------------------------------------------------------------------------
# Superscript note marks

SUP = '<w:vertAlign w:val="superscript"/>'
SUB = '<w:vertAlign w:val="subscript"/>'

SUPERSCRIPTS = [
    pytest.param(_p(_r("94%"), _r("注", SUP)), "94%", id="zhu-after-percent"),
    pytest.param(_p(_r("94%"), _r("1", SUP)), "94%", id="digit-after-percent"),
    pytest.param(_p(_r("13处"), _r("[1]", SUP)), "13处", id="bracketed-digit-after-unit"),
    pytest.param(_p(_r("13处"), _r("①", SUP)), "13处", id="circled-digit-after-unit"),
    pytest.param(_p(_r("96.5%"), _r("※", SUP)), "96.5%", id="reference-mark"),
    pytest.param(
        _p(_r("健全"), _r("*", SUP), _r("（见附件）")), "健全（见附件）", id="star-inside"
    ),
    pytest.param(
        _p(_r("受益群众满意度"), _r("注1", SUP)), "受益群众满意度", id="zhu-numbered-after-name"
    ),
    # powers stay: m², km³; a superscript with nothing before it; other raised text
    pytest.param(_p(_r("326元/m"), _r("2", SUP)), "326元/m2", id="square-metre-kept"),
    pytest.param(_p(_r("1200m"), _r("3", SUP)), "1200m3", id="cubic-metre-kept"),
    pytest.param(_p(_r("1", SUP), _r("号楼")), "1号楼", id="leading-digit-kept"),
    pytest.param(_p(_r("94%"), _r("注：抽样", SUP)), "94%注：抽样", id="raised-prose-kept"),
    pytest.param(_p(_r("CO"), _r("2", SUB), _r("减排")), "CO2减排", id="subscript-kept"),
    pytest.param(
        _p(_r("94%"), _r("1", '<w:vertAlign w:val="baseline"/>')), "94%1", id="baseline-kept"
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), SUPERSCRIPTS)
def test_docx_superscript_note_marks(paragraph, expected):
    assert _rows(_tbl(_tr("实际完成值", _tc(paragraph)))) == (("实际完成值", expected),)


def test_docx_superscript_note_mark_leaves_the_value():
    header = _tr("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值")
    row = _tr(
        "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", _tc(_p(_r("94%"), _r("注", SUP)))
    )
    [table] = perftrack.read(_docx(_p(_r("2024年度项目支出绩效自评表")) + _tbl(header, row)))
    [indicator] = table.indicators
    assert indicator.actual.value == 94
    assert indicator.actual.unit == "%"


# ---------------------------------------------------------------------------
# altChunk: content Word imports when it opens the file

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
AF_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _with_chunks(body: str, chunks: dict[str, tuple[str, str, bytes]]) -> bytes:
    """A .docx whose body holds ``<w:altChunk r:id="…"/>``; *chunks*: id → (part, type, bytes)."""
    document = f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>'
    data = replace_member(docx_bytes([]), "word/document.xml", document)
    relationships = "".join(
        f'<Relationship Id="{ident}" Type="{AF_CHUNK}" Target="{name}"/>'
        for ident, (name, _, _) in chunks.items()
    )
    overrides = "".join(
        f'<Override PartName="/word/{name}" ContentType="{kind}"/>'
        for name, kind, _ in chunks.values()
    )
    data = replace_member(
        data,
        "word/_rels/document.xml.rels",
        lambda text: text.replace("</Relationships>", relationships + "</Relationships>"),
    )
    data = replace_member(
        data, "[Content_Types].xml", lambda text: text.replace("</Types>", overrides + "</Types>")
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        for name, _, blob in chunks.values():
            target.writestr(f"word/{name}", blob)
    return out.getvalue()


CHUNK = '<w:altChunk r:id="rIdAlt1"/>'
CHUNK_HTML = (
    "<html><head><meta charset='utf-8'></head><body><p>绩效指标完成情况</p><table>"
    + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in GRID_ROWS)
    + "</table></body></html>"
).encode()
CHUNK_ROWS = (("绩效指标完成情况",), *GRID_ROWS)
CHUNK_MHT = (
    b"MIME-Version: 1.0\n"
    b'Content-Type: multipart/related; boundary="----=_NextPart_01"\n\n'
    b"------=_NextPart_01\n"
    b"Content-Location: file:///C:/chunk.htm\n"
    b"Content-Transfer-Encoding: 8bit\n"
    b'Content-Type: text/html; charset="utf-8"\n\n' + CHUNK_HTML + b"\n"
    b"------=_NextPart_01--\n"
)
BEFORE = _p(_r("2024年度项目支出绩效自评表")) + _tbl(_tr("项目名称", "城区供水管网改造工程"))
BEFORE_ROWS = (("2024年度项目支出绩效自评表",), ("项目名称", "城区供水管网改造工程"))
AFTER = _p(_r("单位负责人：张三"))

CHUNKS = [
    pytest.param(("chunk1.htm", "application/xhtml+xml", CHUNK_HTML), id="xhtml"),
    pytest.param(("chunk1.html", "text/html", CHUNK_HTML), id="html"),
    pytest.param(("chunk1.mht", "message/rfc822", CHUNK_MHT), id="mht"),
    pytest.param(("chunk1.htm", "application/octet-stream", CHUNK_HTML), id="type-by-extension"),
    pytest.param(
        ("chunk1.txt", "text/plain", "\n".join("\t".join(r) for r in CHUNK_ROWS).encode()),
        id="text",
    ),
    pytest.param(
        ("chunk1.docx", WORD_MAIN, docx_bytes(["绩效指标完成情况", [list(r) for r in GRID_ROWS]])),
        id="word-document",
    ),
]


@pytest.mark.parametrize("chunk", CHUNKS)
def test_docx_alt_chunk_read_in_its_place(chunk):
    [sheet] = read_docx(_with_chunks(BEFORE + CHUNK + AFTER, {"rIdAlt1": chunk}))
    assert sheet.rows == (*BEFORE_ROWS, *CHUNK_ROWS, ("单位负责人：张三",))


def test_docx_alt_chunk_grid_reads_its_indicators():
    data = _with_chunks(
        BEFORE + CHUNK, {"rIdAlt1": ("chunk1.htm", "application/xhtml+xml", CHUNK_HTML)}
    )
    [table] = perftrack.read(data)
    assert table.project.name == "城区供水管网改造工程"
    assert [i.name for i in table.indicators] == ["改造老旧管网长度", "停水投诉下降率"]


def test_docx_alt_chunk_in_a_cell_gives_its_lines():
    chunk = ("chunk1.txt", "text/plain", "城区\t12公里\n乡镇\t31.5公里".encode())
    body = _tbl(_tr("产出指标", "管网长度", f"<w:tc>{CHUNK}<w:p/></w:tc>"))
    [sheet] = read_docx(_with_chunks(body, {"rIdAlt1": chunk}))
    assert sheet.rows == (("产出指标", "管网长度", "城区\n12公里\n乡镇\n31.5公里"),)


RTF = ("chunk1.rtf", "application/rtf", rb"{\rtf1\ansi \u32489?}")


def test_docx_unreadable_alt_chunk_without_a_grid_is_refused_by_name():
    with pytest.raises(perftrack.ReadError) as excinfo:
        read_docx(_with_chunks(BEFORE + CHUNK, {"rIdAlt1": RTF}), file="自评表.docx")
    assert str(excinfo.value) == (
        "自评表.docx: 文档含 altChunk 导入内容（RTF），无法直接读取："
        "请在 Word 中打开并另存为 .docx 后重试"
    )


def test_docx_unreadable_alt_chunk_beside_a_grid_is_passed_over():
    body = BEFORE + CHUNK + _tbl(*(_tr(*row) for row in GRID_ROWS))
    [sheet] = read_docx(_with_chunks(body, {"rIdAlt1": RTF}))
    assert sheet.rows == (*BEFORE_ROWS, *GRID_ROWS)


def test_word_xml_alt_chunk_without_its_part_is_refused_by_name():
    from perftrack.readers._word_xml import read_word_xml  # noqa: PLC0415
    from word_xml_builders import flat_opc_xml  # noqa: PLC0415

    chunk = f'<w:altChunk xmlns:r="{R}" r:id="rIdAlt1"/>'
    data = flat_opc_xml([], body=BEFORE + chunk).encode()
    with pytest.raises(perftrack.ReadError) as excinfo:
        read_word_xml(data, file="自评表.xml")
    assert str(excinfo.value) == (
        "自评表.xml: 文档含 altChunk 导入内容，无法直接读取：请在 Word 中打开并另存为 .docx 后重试"
    )


@pytest.mark.parametrize(
    ("after", "refused"),
    [pytest.param("", True, id="no-grid-refused"), pytest.param("grid", False, id="grid-read")],
)
def test_docx_unreadable_chunk_of_an_imported_document_counts_once(after, refused):
    inner = _with_chunks(_p(_r("导入的文档")) + CHUNK, {"rIdAlt1": RTF})
    grid = _tbl(*(_tr(*row) for row in GRID_ROWS)) if after else ""
    data = _with_chunks(BEFORE + CHUNK + grid, {"rIdAlt1": ("chunk1.docx", WORD_MAIN, inner)})
    if refused:
        with pytest.raises(perftrack.ReadError, match="altChunk 导入内容（RTF）"):
            read_docx(data)
    else:
        [sheet] = read_docx(data)
        assert sheet.rows == (*BEFORE_ROWS, ("导入的文档",), *GRID_ROWS)
