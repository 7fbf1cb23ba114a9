"""How a Word cell's structure reaches the grid: nested grids, paragraphs, superscripts.

- An indicator grid pasted into a form's cell lays out the form whatever else its
  row holds (Word and HTML decide alike).
- A cell's paragraphs reach the grid as line breaks, as Alt+Enter does in Excel.
- A superscript note marker after a value is no part of it.

Documents are written here as WordprocessingML, HTML pages as text.
"""

from __future__ import annotations

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
        (("产出指标", "管网长度", "城区 12公里 乡镇 31.5公里"),),
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
