"""Cell positions of HTML pages whose source lines do not tell the rows apart (r36a).

A sheet read from HTML numbers its rows by the source line of each ``<tr>`` (of a
text block's first text). A page written on one line (a web system's export, a page
a script built) gave every row the same number, so every finding said ``F1``; two
``<tr>`` on one line gave two rows one number. When any two rows read share a line,
the whole sheet's rows are now counted from 1 in order, as in a Word document; a
page whose rows stand on lines of their own keeps its source lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import perftrack
from perftrack.cli import main
from perftrack.readers._html import read_html
from test_read_word_layout import _p, _r, _with_chunks
from word_xml_builders import mhtml, mime_part

HEAD = ["<h3>财政项目支出绩效跟踪表</h3>", "<p>跟踪时段：（ 2023-1月 至 2023-8月 ）</p>"]
ROWS = [
    '<tr><td>项目名称</td><td colspan="5">示例项目</td></tr>',
    (
        "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th>"
        "<th>跟踪期<br>计划完成值</th><th>跟踪期<br>实际完成值</th></tr>"
    ),
    (
        '<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>培训人次</td>'
        "<td>≥100(人次)</td><td>60</td><td>72</td></tr>"
    ),
    "<tr><td>培训场次</td><td>≥4(场)</td><td>2</td><td>2</td></tr>",
    "<tr><td>质量指标</td><td>合格率</td><td>≥95%</td><td>95%</td><td>120%</td></tr>",
]
ONE_LINE = "".join([*HEAD, "<table>", *ROWS, "</table>"])
MULTI_LINE = "\n".join([*HEAD, "<table>", *ROWS, "</table>"])
TWO_ROWS_ON_A_LINE = "\n".join([*HEAD, "<table>", *ROWS[:3], ROWS[3] + ROWS[4], "</table>"])
# Rows not read (empty, hidden) take no number and share no line.
EMPTY_ROW_ON_A_LINE = MULTI_LINE.replace(
    ROWS[0], ROWS[0] + '<tr><td></td><td>&nbsp;</td></tr><tr style="display:none"><td>旧</td></tr>'
)

IN_ORDER = (1, 2, 3, 4, 5, 6, 7)
BY_LINE = (1, 2, 4, 5, 6, 7, 8)
# the read rows: title, period, 项目名称, header, three indicators
ORDER_CELLS = (["C5", "C6", "C7"], "F7", {"title": "A1", "period": "A2", "project.name": "B3"})
LINE_CELLS = (["C6", "C7", "C8"], "F8", {"title": "A1", "period": "A2", "project.name": "B4"})

PAGES = [
    pytest.param(ONE_LINE, IN_ORDER, ORDER_CELLS, id="one-line-page"),
    pytest.param("\n\n\n" + ONE_LINE, IN_ORDER, ORDER_CELLS, id="one-line-after-blank-lines"),
    pytest.param(
        "\n".join([*HEAD, "<table>" + "".join(ROWS) + "</table>"]),
        IN_ORDER,
        ORDER_CELLS,
        id="one-line-table-under-titles-on-lines",
    ),
    pytest.param(TWO_ROWS_ON_A_LINE, IN_ORDER, ORDER_CELLS, id="two-rows-on-one-line"),
    pytest.param(
        "\n".join(["".join(HEAD), "<table>", *ROWS, "</table>"]),
        IN_ORDER,
        ORDER_CELLS,
        id="title-and-period-on-one-line",
    ),
    pytest.param(MULTI_LINE, BY_LINE, LINE_CELLS, id="multi-line-page-unchanged"),
    pytest.param(
        MULTI_LINE.replace("\n", "\r\n"), BY_LINE, LINE_CELLS, id="multi-line-crlf-unchanged"
    ),
    pytest.param(EMPTY_ROW_ON_A_LINE, BY_LINE, LINE_CELLS, id="unread-rows-share-no-line"),
]


def _cells(table: perftrack.Table) -> tuple[list[str], str, dict[str, str]]:
    """The indicators' name cells, the actual-implausible finding's cell, the table's cells.

    (合格率 120% against ≥95% was exceeds-target before r37s: a share of a whole over
    100% is actual-implausible, at the same actual cell.)
    """
    card = perftrack.score(table)
    [exceeds] = [f for f in card.findings if f.id == "actual-implausible"]
    return (
        [i.position.cell for i in table.indicators if i.position is not None],
        exceeds.where.cell or "",
        {name: position.cell for name, position in table.cells},
    )


@pytest.mark.parametrize(("page", "numbers", "cells"), PAGES)
def test_row_numbers_and_positions(
    page: str, numbers: tuple[int, ...], cells: tuple[list[str], str, dict[str, str]]
) -> None:
    [sheet] = read_html(page)
    assert sheet.row_numbers == numbers
    [table] = perftrack.read_text(page, format="html")
    assert [i.name for i in table.indicators] == ["培训人次", "培训场次", "合格率"]
    assert _cells(table) == cells


@pytest.mark.parametrize(("page", "numbers", "cells"), PAGES)
def test_json_positions(
    page: str, numbers: tuple[int, ...], cells: tuple[list[str], str, dict[str, str]]
) -> None:
    [table] = perftrack.read_text(page, format="html")
    data = json.loads(perftrack.to_json([perftrack.score(table)]))["tables"][0]
    names, finding, table_cells = cells
    assert [indicator["cell"] for indicator in data["indicators"]] == names
    [exceeds] = [f for f in data["findings"] if f["id"] == "actual-implausible"]
    assert exceeds["where"]["cell"] == finding
    assert exceeds["where"]["row"] == numbers[-1]
    assert data["cells"] == table_cells


SHEETS = [
    pytest.param(
        "<table><tr><td rowspan=2>一级</td><td colspan=2>a</td></tr><tr><td>b</td><td>c</td></tr>"
        "<tr><td colspan=3>d</td></tr></table>",
        (("一级", "a", ""), ("", "b", "c"), ("d", "", "")),
        (1, 2, 3),
        id="one-line-rowspan-colspan",
    ),
    pytest.param(
        "<table>\n<tr><td>a</td></tr>\n<tr><td>b</td></tr><tr><td>c</td></tr>\n</table>",
        (("a",), ("b",), ("c",)),
        (1, 2, 3),
        id="two-rows-on-one-line-switch-the-sheet",
    ),
    pytest.param(
        "<table>\n<tr><td>a</td></tr>\n\n<tr><td>b</td></tr>\n</table>",
        (("a",), ("b",)),
        (2, 4),
        id="rows-on-lines-of-their-own-keep-them",
    ),
    pytest.param(
        # a <tfoot> written first is drawn last: its line stays, numbers out of order
        "<table>\n<tfoot><tr><td>总分</td></tr></tfoot>\n<tbody>\n<tr><td>a</td></tr>\n"
        "</tbody></table>",
        (("a",), ("总分",)),
        (4, 2),
        id="tfoot-keeps-its-line",
    ),
    pytest.param(
        "<table><tfoot><tr><td>总分</td></tr></tfoot><tbody><tr><td>a</td></tr></tbody></table>",
        (("a",), ("总分",)),
        (1, 2),
        id="one-line-tfoot-in-drawn-order",
    ),
    pytest.param(
        '<table>\n<tr><td>a</td></tr>\n<tr style="display:none"><td>x</td></tr><tr><td>b</td></tr>\n'
        "</table>",
        (("a",), ("b",)),
        (2, 3),
        id="hidden-row-takes-no-number",
    ),
    pytest.param(
        "<table>\n<tr><td>外<table><tr><td>内1</td></tr><tr><td>内2</td></tr></table></td></tr>\n"
        "</table>",
        (("外",), ("内1",), ("内2",)),
        (1, 2, 3),
        id="nested-table-on-one-line",
    ),
    pytest.param(
        # a layout cell's blocks keep the lines their text starts on (r37c)
        "<table><tr><td>\n<div>当前位置：首页</div>\n<p>项目支出绩效自评表</p>\n<table>\n"
        "<tr><td>项目名称</td><td>示例</td></tr>\n</table>\n<p>附件：报告.pdf</p>\n"
        "</td></tr></table>",
        (("当前位置：首页",), ("项目支出绩效自评表",), ("项目名称", "示例"), ("附件：报告.pdf",)),
        (2, 3, 5, 7),
        id="layout-cell-blocks-keep-their-lines",
    ),
]


@pytest.mark.parametrize(("page", "rows", "numbers"), SHEETS)
def test_sheet_row_numbers(
    page: str, rows: tuple[tuple[str, ...], ...], numbers: tuple[int, ...]
) -> None:
    [sheet] = read_html(page)
    assert sheet.rows == rows
    assert sheet.row_numbers == numbers


def _archive(page: str, transfer: str) -> bytes:
    part = mime_part(
        page.encode(), location="file:///C:/export.htm", charset="utf-8", transfer=transfer
    )
    return mhtml([part])


MHT = [
    # quoted-printable wraps the one line at 76 characters: soft breaks are no lines
    pytest.param(ONE_LINE, "quoted-printable", ORDER_CELLS, id="qp-one-line"),
    pytest.param(ONE_LINE, "base64", ORDER_CELLS, id="base64-one-line"),
    pytest.param(TWO_ROWS_ON_A_LINE, "quoted-printable", ORDER_CELLS, id="qp-two-rows-on-a-line"),
    pytest.param(MULTI_LINE, "quoted-printable", LINE_CELLS, id="qp-multi-line-by-line"),
]


@pytest.mark.parametrize(("page", "transfer", "cells"), MHT)
def test_mhtml_part_positions(
    page: str, transfer: str, cells: tuple[list[str], str, dict[str, str]]
) -> None:
    [table] = perftrack.read(_archive(page, transfer), name="绩效跟踪表.mht")
    assert _cells(table) == cells


ALT_CHUNK = [
    pytest.param(ONE_LINE, id="one-line-chunk"),
    pytest.param(MULTI_LINE, id="multi-line-chunk"),
]


@pytest.mark.parametrize("page", ALT_CHUNK)
def test_docx_alt_chunk_rows_counted_in_the_document(page: str) -> None:
    """An HTML altChunk's rows are rows of the document: counted from 1 over it, either way."""
    chunk = ("chunk1.htm", "text/html", page.encode())
    data = _with_chunks(
        _p(_r("说明：本表由系统导出")) + '<w:altChunk r:id="rIdAlt1"/>', {"rIdAlt1": chunk}
    )
    [table] = perftrack.read(data, name="跟踪表.docx")
    assert _cells(table) == (
        ["C6", "C7", "C8"],
        "F8",
        {"title": "A2", "period": "A3", "project.name": "B4"},
    )


# 合格率 120%: a share of a whole over 100% (exceeds-target before r37s)
_OVER_100 = (
    "“合格率”实际完成值120%超过100%，覆盖率、合格率、满意度等比例指标不超过100%，疑为填报错误"
)

CLI = [
    pytest.param(
        ONE_LINE,
        (
            f"page.html:F7: actual-implausible {_OVER_100}",
            "| 警告 | actual-implausible | F7 | 合格率 |",
        ),
        id="one-line",
    ),
    pytest.param(
        MULTI_LINE,
        (
            f"page.html:F8: actual-implausible {_OVER_100}",
            "| 警告 | actual-implausible | F8 | 合格率 |",
        ),
        id="multi-line",
    ),
]


@pytest.mark.parametrize(("page", "expected"), CLI)
def test_text_and_markdown_outputs(
    page: str,
    expected: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    line, markdown = expected  # the check command's line, the Markdown report's row
    monkeypatch.chdir(tmp_path)
    Path("page.html").write_text(page, encoding="utf-8")
    main(["check", "page.html"])
    assert line in capsys.readouterr().out.splitlines()
    main(["score", "--format", "markdown", "page.html"])
    assert markdown in capsys.readouterr().out
