"""Real Excel quirks (x21): cover sheets, merged value cells, inline rich text.

- A 封面 that repeats the title and the project, with no grid and no budget, is the
  cover of the table of the same project on another sheet: one table, no
  ``missing-indicators`` error (a workbook whose only sheet has no grid keeps it).
- A target, planned or actual cell inside a merged range shows the range's text:
  ``≥95%`` merged down D5:D6 is the target of both rows, ``已完成`` merged across
  E4:F4 is planned and actual; in xlsx, xls and HTML (``rowspan``/``colspan``) alike.
- Inline rich text (what openpyxl writes) drops a struck-out run, as shared strings do.

Workbooks are built in code with openpyxl (and xlwt for .xls).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import docx_bytes, xls_bytes, xlsx_bytes

if TYPE_CHECKING:
    from perftrack.model import Table

pytest.importorskip("openpyxl")

TITLE = "2024年度项目支出绩效跟踪表"
PROJECT = "农村饮水安全巩固提升工程"
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"]

# The grid sheet: title, project, header (row 3), then the indicator rows from row 4.
GRID: list[list[object]] = [
    [TITLE],
    ["项目名称", PROJECT, "主管部门", "某某区水务局"],
    HEADER,
    ["产出指标", "质量指标", "工程验收合格率", "100%", "已完成", ""],
    ["产出指标", "质量指标", "农村自来水水质达标率", "≥95%", "95%", "96.5%"],
    ["产出指标", "质量指标", "供水工程水质检测合格率", "", "95%", "97%"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "90%", "93%"],
]
MERGES = ["E4:F4", "D5:D6"]

MERGED_READ = [
    ("工程验收合格率", "100%", "已完成", "已完成"),
    ("农村自来水水质达标率", "≥95%", "95%", "96.5%"),
    ("供水工程水质检测合格率", "≥95%", "95%", "97%"),
    ("受益群众满意度", "≥90%", "90%", "93%"),
]
UNMERGED_READ = [
    ("工程验收合格率", "100%", "已完成", None),
    ("农村自来水水质达标率", "≥95%", "95%", "96.5%"),
    ("供水工程水质检测合格率", None, "95%", "97%"),
    ("受益群众满意度", "≥90%", "90%", "93%"),
]


def _values(table: Table) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            indicator.name,
            indicator.target.text if indicator.target else None,
            indicator.planned.text if indicator.planned else None,
            indicator.actual.text if indicator.actual else None,
        )
        for indicator in table.indicators
    ]


def _missing(table: Table) -> list[str]:
    card = perftrack.score(table)
    return sorted(f.id for f in card.findings if f.id in {"missing-target", "missing-actual"})


def _html(*, merged: bool) -> bytes:
    target = '<td rowspan="2">≥95%</td>' if merged else "<td>≥95%</td>"
    done = '<td colspan="2">已完成</td>' if merged else "<td>已完成</td><td></td>"
    below = "" if merged else "<td></td>"
    rows = [
        f'<tr><td colspan="6">{TITLE}</td></tr>',
        f"<tr><td>项目名称</td><td>{PROJECT}</td><td>主管部门</td><td>某某区水务局</td></tr>",
        "<tr>" + "".join(f"<td>{h}</td>" for h in HEADER) + "</tr>",
        f"<tr><td>产出指标</td><td>质量指标</td><td>工程验收合格率</td><td>100%</td>{done}</tr>",
        (
            f"<tr><td>产出指标</td><td>质量指标</td><td>农村自来水水质达标率</td>{target}"
            "<td>95%</td><td>96.5%</td></tr>"
        ),
        (
            f"<tr><td>产出指标</td><td>质量指标</td><td>供水工程水质检测合格率</td>{below}"
            "<td>95%</td><td>97%</td></tr>"
        ),
        (
            "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>受益群众满意度</td>"
            "<td>≥90%</td><td>90%</td><td>93%</td></tr>"
        ),
    ]
    return ("<html><body><table>" + "".join(rows) + "</table></body></html>").encode()


def _docx(merges: list[str]) -> bytes:
    pytest.importorskip("docx")
    # the grid without its title row: Word's table starts at the project row
    table = [[str(cell) for cell in (*row, "", "", "", "", "")[:6]] for row in GRID[1:]]
    shifted = [f"{ref[0]}{int(ref[1]) - 1}:{ref[3]}{int(ref[4]) - 1}" for ref in merges]
    return docx_bytes([TITLE, table], merges={0: shifted})


def _xls(merges: list[str]) -> bytes:
    pytest.importorskip("xlwt")
    return xls_bytes({"跟踪表": GRID}, merges={"跟踪表": merges})


MERGED_CELLS = [
    pytest.param(
        lambda: xlsx_bytes({"跟踪表": GRID}, merges={"跟踪表": MERGES}),
        "xlsx",
        MERGED_READ,
        [],
        id="xlsx-merged",
    ),
    pytest.param(
        lambda: xlsx_bytes({"跟踪表": GRID}),
        "xlsx",
        UNMERGED_READ,
        ["missing-actual", "missing-target"],
        id="xlsx-blank-cells-stay-missing",
    ),
    pytest.param(lambda: _xls(MERGES), "xls", MERGED_READ, [], id="xls-merged"),
    pytest.param(
        lambda: _xls([]),
        "xls",
        UNMERGED_READ,
        ["missing-actual", "missing-target"],
        id="xls-blank-cells-stay-missing",
    ),
    pytest.param(lambda: _docx(MERGES), "docx", MERGED_READ, [], id="docx-merged"),
    pytest.param(
        lambda: _docx([]),
        "docx",
        UNMERGED_READ,
        ["missing-actual", "missing-target"],
        id="docx-blank-cells-stay-missing",
    ),
    pytest.param(lambda: _html(merged=True), "html", MERGED_READ, [], id="html-rowspan-colspan"),
    pytest.param(
        lambda: _html(merged=False),
        "html",
        UNMERGED_READ,
        ["missing-actual", "missing-target"],
        id="html-blank-cells-stay-missing",
    ),
]


@pytest.mark.parametrize(("build", "fmt", "expected", "missing"), MERGED_CELLS)
def test_merged_value_cells_show_the_range_text(
    build: object, fmt: str, expected: list[tuple[str, ...]], missing: list[str]
) -> None:
    assert callable(build)
    [table] = perftrack.read(build(), format=fmt)
    assert _values(table) == expected
    assert _missing(table) == missing


def test_name_merged_across_into_the_target_gives_no_target() -> None:
    # a name merged over the name and target columns: the target stays empty
    grid = [row[:] for row in GRID]
    grid[6] = ["满意度指标", "服务对象满意度指标", "受益群众满意度", "", "90%", "93%"]
    data = xlsx_bytes({"跟踪表": grid}, merges={"跟踪表": ["C7:D7"]})
    [table] = perftrack.read(data)
    assert _values(table)[3] == ("受益群众满意度", None, "90%", "93%")


COVERS = [
    pytest.param(
        {
            "封面": [
                [TITLE],
                [],
                ["项目名称", PROJECT],
                ["主管部门", "某某区水务局"],
                ["填报日期", "2024年7月15日"],
            ]
        },
        [(PROJECT, "跟踪表")],
        [],
        id="cover-project-cells",
    ),
    pytest.param(
        {"封面": [[TITLE], [f"项目名称：{PROJECT}"], ["填报单位：某某区农村供水管理站"]]},
        [(PROJECT, "跟踪表")],
        [],
        id="cover-project-in-one-cell",
    ),
    pytest.param(
        {
            "填表说明": [["填表说明："], ["1、年度指标值按批复填写。"]],
            "封面": [[TITLE], [f"项目名称：{PROJECT}"]],
        },
        [(PROJECT, "跟踪表")],
        ["sheet-unread"],
        id="notes-then-cover",
    ),
    pytest.param(
        {"封面": [[TITLE], ["项目名称", "另一个项目"]]},
        [("另一个项目", "封面"), (PROJECT, "跟踪表")],
        ["missing-indicators"],
        id="cover-of-another-project-stays-a-table",
    ),
]


@pytest.mark.parametrize(("covers", "tables", "ids"), COVERS)
def test_cover_sheet_of_the_same_project_is_no_table(
    covers: dict[str, list[list[object]]],
    tables: list[tuple[str, str]],
    ids: list[str],
) -> None:
    data = xlsx_bytes({**covers, "跟踪表": GRID}, merges={"跟踪表": MERGES})
    read = perftrack.read(data)
    assert [(t.project.name, t.source.sheet) for t in read] == tables
    assert sorted({f.id for t in read for f in t.findings}) == ids


def test_cover_gives_the_fields_the_table_lacks() -> None:
    grid = [row[:] for row in GRID]
    grid[1] = ["项目名称", PROJECT]
    covers = {"封面": [[TITLE], ["项目名称", PROJECT], ["主管部门", "某某区水务局"]]}
    [table] = perftrack.read(xlsx_bytes({**covers, "跟踪表": grid}))
    assert (table.project.name, table.project.department) == (PROJECT, "某某区水务局")


def test_only_sheet_without_grid_keeps_missing_indicators() -> None:
    data = xlsx_bytes(
        {"封面": [[TITLE], ["项目名称", PROJECT]], "说明": [["项目名称", PROJECT], ["备注"]]}
    )
    with pytest.raises(perftrack.ReadError):
        perftrack.read(data)


def _inline_rich(runs: list[tuple[str, dict[str, object]]]) -> bytes:
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.cell.rich_text import CellRichText, TextBlock  # noqa: PLC0415
    from openpyxl.cell.text import InlineFont  # noqa: PLC0415

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "跟踪表"
    for row in GRID:
        sheet.append(row)
    sheet["F5"] = CellRichText(
        *(TextBlock(InlineFont(**font), text) if font else text for text, font in runs)  # type: ignore[arg-type]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


INLINE_RICH = [
    pytest.param([("94.2%", {"strike": True}), ("96.5%", {})], "96.5%", id="struck-correction"),
    pytest.param(
        [("94.2%", {"strike": True}), ("96.5%", {"b": True})], "96.5%", id="struck-then-bold"
    ),
    pytest.param([("93%", {}), ("注", {"vertAlign": "superscript"})], "93%", id="raised-note"),
    pytest.param([("94.2%", {"strike": True})], "94.2%", id="struck-whole-kept"),
    pytest.param([("96", {}), ("%", {"b": True})], "96%", id="runs-joined"),
]


@pytest.mark.parametrize(("runs", "actual"), INLINE_RICH)
def test_inline_rich_text_reads_like_shared_strings(
    runs: list[tuple[str, dict[str, object]]], actual: str
) -> None:
    [table] = perftrack.read(_inline_rich(runs))
    indicator = table.indicators[1]
    assert indicator.actual is not None
    assert (indicator.name, indicator.actual.text) == ("农村自来水水质达标率", actual)
