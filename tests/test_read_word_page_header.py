"""A Word table whose title is printed only in the page header (页眉).

Templates put the title (``2024年度项目支出绩效自评表``) in ``word/header1.xml`` so
that it repeats on every page; the body starts with the table. The header's title
is the title of every table that has none of its own in the body, with its kind,
year and window. Documents are built here with python-docx.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

import pytest

import perftrack
from fixtures_office import replace_member
from perftrack import TableKind
from perftrack.readers._docx import read_docx

if TYPE_CHECKING:
    from collections.abc import Sequence

Block = str | list[list[str]]

SELF_GRID = [
    ["项目名称", "乡村道路养护", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
    ["产出指标", "数量指标", "养护里程", "≥120公里", "126公里"],
]
OTHER_GRID = [["项目名称", "农村饮水安全", "", "", ""], *SELF_GRID[1:]]
TRACKING_GRID = [
    ["项目名称", "乡村道路养护", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况"],
    ["产出指标", "数量指标", "养护里程", "≥120公里", "60公里"],
]


class Header(NamedTuple):
    """The page headers of the document's one section (paragraphs; a row of cells)."""

    default: Sequence[str] = ()
    first_page: Sequence[str] = ()
    title_page: bool = False  # 首页不同: the first page shows the first-page header
    table: Sequence[str] = ()  # a layout table in the default header, one row


def _document(header: Header, blocks: Sequence[Block]) -> bytes:
    from docx import Document  # noqa: PLC0415  (optional dependency of the tests)

    document = Document()
    section = document.sections[0]
    for story, lines in (
        (section.header, header.default),
        (section.first_page_header, header.first_page),
    ):
        for index, line in enumerate(lines):
            paragraph = story.paragraphs[0] if index == 0 else story.add_paragraph()
            paragraph.text = line
    if header.table:
        cells = section.header.add_table(1, len(header.table), document.sections[0].page_width)
        for cell, text in zip(cells.rows[0].cells, header.table, strict=True):
            cell.text = text
    section.different_first_page_header_footer = header.title_page
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=len(block[0]))
        for row_index, row in enumerate(block):
            for column_index, text in enumerate(row):
                table.cell(row_index, column_index).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _read(header: Header, blocks: Sequence[Block]) -> list[tuple[object, ...]]:
    return [
        (
            table.title,
            table.kind,
            table.period.start.year if table.period else None,
            table.project.name,
        )
        for table in perftrack.read(_document(header, blocks))
    ]


SELF_TITLE = "2024年度项目支出绩效自评表"

CASES = [
    pytest.param(
        Header(default=[SELF_TITLE]),
        [SELF_GRID],
        [(SELF_TITLE, TableKind.SELF_EVALUATION, 2024, "乡村道路养护")],
        id="self-evaluation-title-in-the-header",
    ),
    pytest.param(
        Header(default=["XX项目绩效跟踪监控表"]),
        [TRACKING_GRID],
        [("XX项目绩效跟踪监控表", TableKind.TRACKING, None, "乡村道路养护")],
        id="tracking-title-in-the-header",
    ),
    pytest.param(
        Header(default=["附件2", SELF_TITLE, "单位：万元"]),
        [SELF_GRID],
        [(SELF_TITLE, TableKind.SELF_EVALUATION, 2024, "乡村道路养护")],
        id="among-other-header-lines",
    ),
    pytest.param(
        Header(table=["附件2", SELF_TITLE]),
        [SELF_GRID],
        [(SELF_TITLE, TableKind.SELF_EVALUATION, 2024, "乡村道路养护")],
        id="in-a-layout-table-of-the-header",
    ),
    pytest.param(
        Header(default=["某县交通运输局"], first_page=[SELF_TITLE], title_page=True),
        [SELF_GRID],
        [(SELF_TITLE, TableKind.SELF_EVALUATION, 2024, "乡村道路养护")],
        id="first-page-header",
    ),
    pytest.param(
        # without 首页不同 the first-page header is shown on no page (untitled, the grid
        # with an 实际完成值 column reads as a tracking table)
        Header(default=["某县交通运输局"], first_page=[SELF_TITLE]),
        [SELF_GRID],
        [(None, TableKind.TRACKING, None, "乡村道路养护")],
        id="first-page-header-not-shown",
    ),
    pytest.param(
        Header(default=["第 1 页", "某县交通运输局"]),
        [SELF_GRID],
        [(None, TableKind.TRACKING, None, "乡村道路养护")],
        id="no-title-in-the-header",
    ),
    pytest.param(
        Header(default=[SELF_TITLE]),
        ["2023年度项目支出绩效自评表", SELF_GRID],
        [("2023年度项目支出绩效自评表", TableKind.SELF_EVALUATION, 2023, "乡村道路养护")],
        id="the-body-title-wins",
    ),
    pytest.param(
        Header(default=[SELF_TITLE]),
        [SELF_GRID, OTHER_GRID],
        [
            (SELF_TITLE, TableKind.SELF_EVALUATION, 2024, "乡村道路养护"),
            (SELF_TITLE, TableKind.SELF_EVALUATION, 2024, "农村饮水安全"),
        ],
        id="every-table-without-a-title",
    ),
    pytest.param(
        Header(default=[SELF_TITLE]),
        ["2023年度项目支出绩效自评表", SELF_GRID, OTHER_GRID],
        [
            ("2023年度项目支出绩效自评表", TableKind.SELF_EVALUATION, 2023, "乡村道路养护"),
            (SELF_TITLE, TableKind.SELF_EVALUATION, 2024, "农村饮水安全"),
        ],
        id="only-tables-without-a-title",
    ),
]


@pytest.mark.parametrize(("header", "blocks", "expected"), CASES)
def test_the_page_header_titles_a_table_without_one(
    header: Header, blocks: list[Block], expected: list[tuple[object, ...]]
) -> None:
    # Before, every table of these documents had no title, so no year (no period) and
    # a kind guessed from the grid (the 自评表 was taken for a tracking table).
    assert _read(header, blocks) == expected


def test_the_header_title_s_year_judges_the_year_columns() -> None:
    # As a body title's would: in a 2023 自评表, 2024年计划值 is next year's plan (a
    # reference), and 2023年实际完成值 the actual. Undated, the 2024 column was the year's.
    grid = [
        ["项目名称", "乡村道路养护", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "2023年实际完成值", "2024年计划值"],
        ["产出指标", "数量指标", "养护里程", "126公里", "≥130公里"],
    ]
    header = Header(default=["2023年度项目支出绩效自评表"])
    (table,) = perftrack.read(_document(header, [grid]))
    (indicator,) = table.indicators
    assert (table.period.start.year if table.period else None) == 2023
    assert indicator.actual is not None
    assert indicator.actual.value == Decimal(126)


def test_the_sheet_keeps_the_header_title_apart_from_the_rows() -> None:
    # The header is no row: positions still count the body's paragraphs and table rows.
    [sheet] = read_docx(_document(Header(default=["附件2", SELF_TITLE]), [SELF_GRID]))
    assert sheet.page_title == SELF_TITLE
    assert sheet.rows[0] == ("项目名称", "乡村道路养护", "", "", "")


def test_hidden_header_text_is_no_title() -> None:
    # A header paragraph hidden (w:vanish) is shown on no page, as in the body.
    data = _document(Header(default=[SELF_TITLE]), [SELF_GRID])
    hidden = replace_member(
        data,
        "word/header1.xml",
        lambda xml: xml.replace("<w:r>", "<w:r><w:rPr><w:vanish/></w:rPr>"),
    )
    [sheet] = read_docx(hidden)
    assert sheet.page_title is None
