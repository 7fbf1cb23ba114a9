"""word26: Word 自评报告 and 跟踪表 with tables among the report's prose.

- H1: a continuation table that repeats a *two-row* header (``1-6月`` over ``计划完成值 |
  实际完成值``) passes over both rows, as it does a one-row header;
- H2: a 资金使用明细 table (``序号 | 支出内容 | 预算数（万元）…``) printed *before* the
  自评表 is no table, as it is after it (it was a table with a ``missing-indicators``
  error, and ``check`` failed);
- H4: a 自评表 whose year is only in the report's heading (``2024年度项目支出绩效自评报告``
  over two tables) or in a text box title above the grid is the year's: a plain miss is
  ``未达成``, as the budget is judged at the year's end;
- M1: a project named only by the heading above its table (``（一）某某项目``,
  ``关于某某项目的绩效自评报告``) is the table's project.

Every document is built here (with :func:`fixtures_office.docx_bytes` and, for the text
box, :func:`fixtures_office.replace_member`) from content written for these tests.
"""

from __future__ import annotations

import pytest

import perftrack
from fixtures_office import docx_bytes, replace_member
from perftrack import Attainment, Period, Severity, YearMonth

_YEAR_2024 = Period(YearMonth(2024, 1), YearMonth(2024, 12))

_FIELDS = [
    ["主管部门", "市民政局", "实施单位", "市养老服务指导中心", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["", "年度资金总额", "300.00", "320.00", "291.93", "91.23%"],
]
_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析"],
    ["产出指标", "数量指标", "新建老年助餐点", "≥12个", "12个", ""],
    ["", "质量指标", "助餐点验收合格率", "≥95%", "91.7%", "消防整改未完成"],
    ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "93.5%", ""],
]


def _self_evaluation(name: str | None = None) -> list[list[str]]:
    named = [["项目名称", name, "", "", "", ""]] if name else []
    return [*named, *_FIELDS, *_GRID]


# ---------------------------------------------------------------------------
# H1: a two-row header repeated on a continuation table

_UPPER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月", "", "偏差原因分析"]
_LOWER = ["", "", "", "", "计划完成值", "实际完成值", ""]
_FIRST = [
    ["产出指标", "数量指标", "新建老年助餐点", "≥12个", "6个", "5个", "选址调整"],
    ["", "质量指标", "食品安全抽检合格率", "100%", "100%", "100%", ""],
]
_SECOND = [
    ["效益指标", "社会效益指标", "惠及老年人数", "≥6000人", "3000人", "3150人", ""],
    ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "90%", "92.1%", ""],
]
_TRACKING_HEAD = [
    "2024年1-6月项目支出绩效跟踪表",
    [["项目名称", "2024年老年人助餐服务补助项目", "", "", "", "", ""]],
]
# the header's merges: 1-6月 over two columns, the other header cells over both rows
_HEADER_MERGES = ["E1:F1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "G1:G2"]


@pytest.mark.parametrize(
    ("blocks", "merges"),
    [
        pytest.param(
            [*_TRACKING_HEAD, [_UPPER, _LOWER, *_FIRST], [_UPPER, _LOWER, *_SECOND]],
            {1: _HEADER_MERGES, 2: _HEADER_MERGES},
            id="two-row-header-repeated-in-a-second-table",
        ),
        pytest.param(
            [*_TRACKING_HEAD, [_UPPER, _LOWER, *_FIRST, _UPPER, _LOWER, *_SECOND]],
            {1: _HEADER_MERGES},
            id="two-row-header-typed-again-in-the-table",
        ),
    ],
)
def test_repeated_two_row_header_is_no_indicator(
    blocks: list[str | list[list[str]]], merges: dict[int, list[str]]
) -> None:
    [table] = perftrack.read(docx_bytes(blocks, merges), format="docx")
    assert [(i.name, str(i.planned), str(i.actual)) for i in table.indicators] == [
        ("新建老年助餐点", "6(个)", "5(个)"),
        ("食品安全抽检合格率", "100(%)", "100(%)"),
        ("惠及老年人数", "3000(人)", "3150(人)"),
        ("老年人满意度", "90(%)", "92.1(%)"),
    ]
    assert [
        f.id for f in table.findings if f.id in ("layout-normalised", "target-not-measurable")
    ] == []


# ---------------------------------------------------------------------------
# H2: a spending-detail table before the 自评表

_DETAIL = [
    ["序号", "支出内容", "预算数（万元）", "实际支出（万元）", "备注"],
    ["1", "助餐点建设补助", "180.00", "168.00", "每点14万元"],
    ["2", "助餐服务运营补贴", "140.00", "123.93", ""],
    ["合计", "", "320.00", "291.93", ""],
]
_DETAIL_IN_YUAN = [
    ["支出项目", "年初预算数", "调整后预算数", "实际支出数", "执行率"],
    ["助餐点建设补助", "1800000.00", "1800000.00", "1680000.00", "93.33%"],
    ["助餐服务运营补贴", "1200000.00", "1400000.00", "1239300.00", "88.52%"],
    ["合计", "3000000.00", "3200000.00", "2919300.00", "91.23%"],
]
_EVALUATION = ["2024年度项目支出绩效自评表", _self_evaluation("2024年老年人助餐服务补助项目")]


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(
            ["一、资金使用情况", "表1 资金使用明细", _DETAIL, "二、绩效目标完成情况", *_EVALUATION],
            id="numbered-detail-before",
        ),
        pytest.param(
            ["一、项目资金使用情况", "资金使用明细（单位：元）", _DETAIL_IN_YUAN, *_EVALUATION],
            id="detail-in-yuan-before",
        ),
        pytest.param(
            [*_EVALUATION, "三、资金使用情况", "表2 资金使用明细", _DETAIL],
            id="numbered-detail-after-as-before",
        ),
    ],
)
def test_spending_detail_is_no_table(blocks: list[str | list[list[str]]]) -> None:
    tables = perftrack.read(docx_bytes(blocks), format="docx")
    assert [(t.project.name, t.budget[0].source, len(t.indicators)) for t in tables] == [
        ("2024年老年人助餐服务补助项目", "年度资金总额", 3)
    ]
    card = perftrack.score(tables[0])
    assert [
        f.id for f in (*tables[0].findings, *card.findings) if f.severity is Severity.ERROR
    ] == []


# ---------------------------------------------------------------------------
# H4 and M1: the year and the project from the report's headings

_BOX = (
    '<w:p><w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox>'
    "<w:txbxContent><w:p><w:r><w:t>附件2</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>2024年度项目支出绩效自评表</w:t></w:r></w:p></w:txbxContent>"
    "</v:textbox></v:shape></w:pict></w:r></w:p>"
)


def _boxed_title(data: bytes) -> bytes:
    """The document with a text box holding the title inserted before its first table."""
    return replace_member(
        data, "word/document.xml", lambda xml: xml.replace("<w:tbl>", _BOX + "<w:tbl>", 1)
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            docx_bytes(
                [
                    "2024年度项目支出绩效自评报告",
                    "（一）老年人助餐服务补助项目",
                    _self_evaluation(),
                    "（二）居家养老上门服务项目",
                    _self_evaluation(),
                ]
            ),
            [("老年人助餐服务补助项目", _YEAR_2024), ("居家养老上门服务项目", _YEAR_2024)],
            id="report-heading-year-and-numbered-project-headings",
        ),
        pytest.param(
            docx_bytes(["关于2024年度老年人助餐服务补助项目的绩效自评报告", _self_evaluation()]),
            [("老年人助餐服务补助项目", _YEAR_2024)],
            id="about-project-report-heading",
        ),
        pytest.param(
            _boxed_title(
                docx_bytes(
                    ["具体完成情况见下表。", _self_evaluation("2024年老年人助餐服务补助项目")]
                )
            ),
            [("2024年老年人助餐服务补助项目", _YEAR_2024)],
            id="title-in-a-text-box-above-the-grid",
        ),
        pytest.param(
            docx_bytes(["一、项目基本情况", _self_evaluation("老年人助餐服务补助项目")]),
            [("老年人助餐服务补助项目", None)],
            id="section-heading-names-no-project-nor-year-as-before",
        ),
    ],
)
def test_heading_gives_year_and_project(
    data: bytes, expected: list[tuple[str, Period | None]]
) -> None:
    tables = perftrack.read(data, format="docx")
    assert [(t.project.name, t.period) for t in tables] == expected
    missed = Attainment.NOT_MET if expected[0][1] is not None else Attainment.UNKNOWN
    assert {perftrack.score(t).verdicts[1].attainment for t in tables} == {missed}
