"""Reading defects of r37c: portal pages, school terms, project-year quarters.

1. A portal page wraps its table in a layout table (``<table><tr><td> … <table
   class=MsoTable>…</table></td></tr></table>``). The text blocks of the layout cell
   (the title, the period line, a note after the table) took the line of the inner
   table's start (or the cell's end), not their own: two of them then shared a line
   and the whole page was counted in order (r36a), so a page whose rows each stand
   on a line of their own named rows by their order, not their source lines (the
   合格率 row on line 9 said ``F7``, line 7 being 培训人次's). A cell an outer
   ``rowspan`` covers in the row after a layout cell was merged with the last row
   read (the inner table's or the cell's last block), not with its own table's row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import perftrack
from perftrack.cli import main
from perftrack.readers._html import read_html

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
INNER = ["<table class=MsoTable>", *ROWS, "</table>"]

PORTALS = [
    pytest.param(
        # lines: 1 outer, 2 h3, 3 p, 4 <table>, 5-9 rows, 10 </table>, 11 附件, 12 end
        "\n".join(
            ["<table width=980><tr><td>", *HEAD, *INNER, "<p>附件：无</p>", "</td></tr></table>"]
        ),
        (2, 3, 5, 6, 7, 8, 9, 11),
        (["C7", "C8", "C9"], "F9", {"title": "A2", "period": "A3", "project.name": "B5"}),
        id="layout-cell-on-lines",
    ),
    pytest.param(
        # the title above the layout table, the period in its cell (line 3)
        "\n".join([HEAD[0], "<table><tr><td>", HEAD[1], *INNER, "</td></tr></table>"]),
        (1, 3, 5, 6, 7, 8, 9),
        (["C7", "C8", "C9"], "F9", {"title": "A1", "period": "A3", "project.name": "B5"}),
        id="title-above-period-in-layout-cell",
    ),
    pytest.param(
        # a form's cell after a label: it lays out when the table holds a grid's header
        "\n".join(
            [*HEAD, "<table><tr><td>绩效指标</td><td>", "<p>表2</p>", *INNER, "</td></tr></table>"]
        ),
        (1, 2, 3, 4, 6, 7, 8, 9, 10),
        (["C8", "C9", "C10"], "F10", {"title": "A1", "period": "A2", "project.name": "B6"}),
        id="grid-in-a-labelled-cell-on-lines",
    ),
    pytest.param(
        # a left column merged down beside the layout cell, a footer row under it
        "\n".join(
            [
                "<table><tr><td rowspan=2>栏目</td><td>",
                *HEAD,
                *INNER,
                "<p>附件：无</p>",
                "</td></tr>",
                "<tr><td>打印本页</td></tr></table>",
            ]
        ),
        (1, 2, 3, 5, 6, 7, 8, 9, 11, 13),
        (["C7", "C8", "C9"], "F9", {"title": "A2", "period": "A3", "project.name": "B5"}),
        id="navigation-column-merged-down",
    ),
]


@pytest.mark.parametrize(("page", "numbers", "cells"), PORTALS)
def test_layout_cell_rows_keep_their_lines(
    page: str, numbers: tuple[int, ...], cells: tuple[list[str], str, dict[str, str]]
) -> None:
    [sheet] = read_html(page)
    assert sheet.row_numbers == numbers
    [table] = perftrack.read_text(page, format="html")
    assert [i.name for i in table.indicators] == ["培训人次", "培训场次", "合格率"]
    [exceeds] = [f for f in perftrack.score(table).findings if f.id == "exceeds-target"]
    assert (
        [i.position.cell for i in table.indicators if i.position is not None],
        exceeds.where.cell,
        {name: position.cell for name, position in table.cells},
    ) == cells


def test_covered_cell_after_a_layout_cell_is_merged_with_its_own_row() -> None:
    """The footer row's first cell, covered by 栏目's rowspan, names no inner row as origin."""
    page = PORTALS[3].values[0]
    assert isinstance(page, str)
    [sheet] = read_html(page)
    assert sheet.rows[-2:] == (("附件：无",), ("", "打印本页"))
    assert sheet.merge_origin(len(sheet.rows) - 1, 0) is None
    assert sheet.merged(len(sheet.rows) - 1, 0) is False
    # the inner table's own rowspans are kept (产出指标, 数量指标)
    assert sheet.merge_origin(6, 0) == (5, 0)
    assert sheet.merge_origin(7, 0) == (5, 0)


def test_check_names_the_inner_row_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = PORTALS[0].values[0]
    assert isinstance(page, str)
    monkeypatch.chdir(tmp_path)
    Path("portal.html").write_text(page, encoding="utf-8")
    main(["check", "portal.html"])
    assert (
        "portal.html:F9: exceeds-target “合格率”实际120%为年度指标≥95%的126.32%，指标可能设置偏低"
        in capsys.readouterr().out.splitlines()
    )
