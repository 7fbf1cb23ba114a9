"""Word and HTML reports: a form's rows after its nested grid, grids in text boxes, closing sections.

- e2e18 H3: ``绩效指标 | [grid]`` then the form's ``总分 | … | 100 | 96.90``: the grid's
  rows start at the column of the cell holding it, so the 总分 row's 分值 and 得分 stand
  under the grid's; ``绩效指标`` alone on its row is no goal text.
- e2e18 M1: a grid inside a Word text box (``w:txbxContent``) is read when the body
  holds none.
- e2e18 M2: a numbered section after the last of a report's tables (三、存在的问题及
  改进措施, on all of them) is not that table's 纠偏措施.

Documents are written here as WordprocessingML or with python-docx, pages as HTML text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import docx_bytes, replace_member
from perftrack.readers._docx import read_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _docx(body: str) -> bytes:
    document = f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>"
    return replace_member(docx_bytes([]), "word/document.xml", document)


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _tc(content: str, span: int = 1) -> str:
    properties = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    if not content.startswith("<w:tbl>"):
        content = _p(content)
    return f"<w:tc>{properties}{content}</w:tc>"


def _tr(*cells: str | tuple[str, int]) -> str:
    return (
        "<w:tr>"
        + "".join(_tc(*cell) if isinstance(cell, tuple) else _tc(cell) for cell in cells)
        + "</w:tr>"
    )


def _tbl(*rows: str) -> str:
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


# ---------------------------------------------------------------------------
# H3: the form's rows after a grid nested in its 绩效指标 cell

GRID = (
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
    ("产出指标", "数量指标", "养护里程", "≥1236公里", "1236公里", "60", "60"),
    ("效益指标", "社会效益指标", "优良中等路率", "≥85%", "83.5%", "40", "36.90"),
)
GOAL = "完成1236公里农村公路日常养护。"


def _docx_form(label_columns: int) -> bytes:
    """A form whose grid sits in the cell after *label_columns* labels, as wide as it."""
    grid = _tbl(*(_tr(*row) for row in GRID))
    width = label_columns + len(GRID[0])
    labels = ["绩效指标", "完成情况"][:label_columns]
    return _docx(
        _p("2024年度项目支出绩效自评表")
        + _tbl(
            _tr("项目名称", ("农村公路日常养护", width - 1)),
            _tr("年度总体目标", (GOAL, width - 1)),
            _tr(*labels, (grid, width - label_columns)),
            _tr(("总分", width - 2), "100", "96.90"),
            _tr("自评等级", ("优", width - 1)),
        )
    )


def _html_form(label_columns: int) -> bytes:
    inner = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in GRID)
    width = label_columns + len(GRID[0])
    labels = "".join(f"<td>{text}</td>" for text in ["绩效指标", "完成情况"][:label_columns])
    page = (
        "<html><body><p>2024年度项目支出绩效自评表</p><table>"
        f"<tr><td>项目名称</td><td colspan={width - 1}>农村公路日常养护</td></tr>"
        f"<tr><td>年度总体目标</td><td colspan={width - 1}>{GOAL}</td></tr>"
        f"<tr>{labels}<td colspan={width - label_columns}><table>{inner}</table></td></tr>"
        f"<tr><td colspan={width - 2}>总分</td><td>100</td><td>96.90</td></tr>"
        f"<tr><td>自评等级</td><td colspan={width - 1}>优</td></tr>"
        "</table></body></html>"
    )
    return page.encode()


@pytest.mark.parametrize("label_columns", [1, 2])
@pytest.mark.parametrize("build", [_docx_form, _html_form], ids=["docx", "html"])
def test_the_total_row_after_a_nested_grid_keeps_its_columns(build, label_columns) -> None:
    [table] = perftrack.read(build(label_columns))
    assert [(i.name, i.published_points) for i in table.indicators] == [
        ("养护里程", Decimal(60)),
        ("优良中等路率", Decimal("36.90")),
    ]
    assert table.published.total == Decimal("96.90")
    assert table.published.grade == "优"
    assert table.overall_goal is not None
    assert table.overall_goal.expected == GOAL  # 绩效指标 is the grid's label, no goal text
    assert not [f for f in table.findings if f.id == "points-sum-mismatch"]


def test_the_nested_grid_starts_at_its_cell_column() -> None:
    [sheet] = read_docx(_docx_form(1))
    rows = sheet.rows
    header = rows.index(("", *GRID[0]))
    assert rows[header - 1] == ("绩效指标", *[""] * 7)
    assert rows[header + 1 : header + 4] == (
        ("", *GRID[1]),
        ("", *GRID[2]),
        ("总分", "", "", "", "", "", "100", "96.90"),
    )


def test_a_grid_wider_than_its_cell_keeps_the_first_column() -> None:
    # 绩效指标 | [grid of 8 columns] in a cell of 7: the form's columns say nothing of the
    # grid's, and the rows start at the first column, as before (read9 d06a)
    grid = _tbl(*(_tr(*row, "") for row in GRID))
    body = _p("2024年度项目支出绩效自评表") + _tbl(
        _tr("项目名称", ("农村公路日常养护", 7)),
        _tr("绩效指标", (grid, 7)),
        _tr(("总分", 5), "100", "96.90", ""),
    )
    [sheet] = read_docx(_docx(body))
    assert (*GRID[0], "") in sheet.rows
    [table] = perftrack.read(_docx(body))
    assert table.published.total == Decimal("96.90")


def test_a_lone_grid_label_under_the_goal_is_no_goal_text() -> None:
    rows = [
        ["项目名称", "农村公路日常养护", "", "", ""],
        ["年度总体目标", "预期目标", "", "实际完成情况", ""],
        ["", GOAL, "", "完成养护1236公里。", ""],
        ["绩效指标", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "养护里程", "≥1236公里", "1236公里"],
    ]
    [table] = perftrack.read(docx_bytes(["2024年度项目支出绩效自评表", rows]))
    assert table.overall_goal is not None
    assert table.overall_goal.expected == GOAL
    assert table.overall_goal.achieved == "完成养护1236公里。"


# ---------------------------------------------------------------------------
# M1: a grid inside a text box

BOXED = (
    ("项目名称", "学生营养改善计划", "", "", ""),
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
    ("产出指标", "数量指标", "受益学生人数", "≥12000人", "12368人"),
    ("产出指标", "时效指标", "供餐天数", "≥200天", "196天"),
)


def _boxed_table() -> str:
    return _tbl(*(_tr(*row) for row in BOXED))


def _shape(content: str) -> str:
    """A Word 2010 shape holding a text box, with the VML copy in mc:Fallback."""
    return (
        "<w:p><w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        f"<w:txbxContent>{content}</w:txbxContent>"
        "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{content}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def _vml(content: str) -> str:
    """A Word 2003 text box (VML only)."""
    return (
        "<w:p><w:r><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{content}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r></w:p>"
    )


@pytest.mark.parametrize(
    "box",
    [
        pytest.param(_shape, id="shape-with-vml-fallback"),
        pytest.param(_vml, id="vml-only"),
    ],
)
def test_a_grid_in_a_text_box_is_read(box) -> None:
    body = (
        _p("2023年度项目支出绩效自评表")
        + box(_p("单位：万元") + _boxed_table())
        + _p("填表人：张三")
    )
    [sheet] = read_docx(_docx(body))
    assert sheet.rows == (
        ("2023年度项目支出绩效自评表",),
        ("单位：万元",),
        *BOXED,
        ("填表人：张三",),
    )
    [table] = perftrack.read(_docx(body))
    assert table.project.name == "学生营养改善计划"
    assert [(i.name, getattr(i.actual, "value", None)) for i in table.indicators] == [
        ("受益学生人数", Decimal(12368)),
        ("供餐天数", Decimal(196)),
    ]


def test_text_boxes_are_left_out_when_the_body_holds_a_grid() -> None:
    body = _p("2023年度项目支出绩效自评表") + _boxed_table() + _shape(_p("内部资料 请勿外传"))
    [sheet] = read_docx(_docx(body))
    assert sheet.rows == (("2023年度项目支出绩效自评表",), *BOXED)


def test_a_text_box_without_a_grid_still_gives_no_table() -> None:
    body = _p("关于项目绩效自评的说明") + _shape(_p("详见附件"))
    with pytest.raises(perftrack.ReadError, match="未找到绩效指标表"):
        perftrack.read(_docx(body))


# ---------------------------------------------------------------------------
# M2: a report's closing section after the last of its tables

_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _self_table(name: str) -> list[list[str]]:
    return [
        ["项目名称", name, "", "", "", "", ""],
        _HEADER,
        ["产出指标", "数量指标", "受益人数", "≥1000人", "1020人", "90", "90"],
        ["总分", "", "", "", "", "100", "98"],
    ]


def _tracking_table(name: str) -> list[list[str]]:
    return [
        ["项目名称", name, "", "", ""],
        ["跟踪时段", "2024年1-6月", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"],
        ["产出指标", "数量指标", "受益人数", "≥1000人", "300人"],
    ]


SECTION = "部分项目预算编制不够精准，下一步将加强预算编制与绩效目标的衔接。"


@pytest.mark.parametrize(
    ("blocks", "measures"),
    [
        pytest.param(
            [
                "一、项目支出绩效自评情况",
                "项目支出绩效自评表（2022年度）",
                _self_table("城乡居民养老保险"),
                "二、部门整体支出绩效自评情况",
                "项目支出绩效自评表（2022年度）",
                _self_table("就业补助"),
                "三、存在的问题及改进措施",
                SECTION,
            ],
            ["", ""],
            id="section-after-two-tables",
        ),
        pytest.param(
            [
                "项目支出绩效自评表（2022年度）",
                _self_table("城乡居民养老保险"),
                "项目支出绩效自评表（2022年度）",
                _self_table("就业补助"),
                "三、存在问题及整改措施",
                SECTION,
            ],
            ["", ""],
            id="no-section-headings-before",
        ),
        # kept: one table's report, its closing section is about it
        pytest.param(
            [
                "项目支出绩效自评表（2022年度）",
                _self_table("就业补助"),
                "三、存在的问题及改进措施",
                SECTION,
            ],
            [SECTION],
            id="one-table-keeps-its-section",
        ),
        # kept: a 纠偏措施 block right under a tracking table
        pytest.param(
            [
                "财政项目支出绩效跟踪表",
                _tracking_table("城乡居民养老保险"),
                "财政项目支出绩效跟踪表",
                _tracking_table("就业补助"),
                "纠偏措施：加快资金拨付进度。",
            ],
            ["", "加快资金拨付进度。"],
            id="corrective-under-a-tracking-table",
        ),
        # kept: measures printed in a row of the table itself
        pytest.param(
            [
                "项目支出绩效自评表（2022年度）",
                _self_table("城乡居民养老保险"),
                "项目支出绩效自评表（2022年度）",
                [*_self_table("就业补助"), ["三、存在问题及改进措施", SECTION, "", "", "", "", ""]],
            ],
            ["", SECTION],
            id="measures-row-of-the-table",
        ),
    ],
)
def test_a_closing_section_after_several_tables_is_no_tables_measures(blocks, measures) -> None:
    tables = perftrack.read(docx_bytes(blocks))
    assert [table.corrective_measures for table in tables] == measures
