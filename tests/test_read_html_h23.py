"""Excel's and Word's web pages (html23): overflow spans, placeholder cells, web folders.

- Excel's 另存为网页 writes text that overflows into empty cells as
  ``<td colspan=2 style='mso-ignore:colspan'>``: no merge, the covered cells are empty.
- Word pads misaligned rows with ``mso-cell-special:placeholder`` cells: no column.
- Excel's whole-workbook web page is ``X.htm`` (a frameset) and ``X.files/``:
  ``X.htm`` reads the worksheets it lists, with ``X.files/stylesheet.css``, and a
  folder read passes ``X.files/`` over.

Every fixture is a page written here.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.readers._html import read_html

_HEADER = (
    "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
    "<td>跟踪期计划完成值</td><td>跟踪期实际完成值</td><td>偏差原因分析</td></tr>"
)


def _tracking(first: str, second: str = "", *, head: str = "", cell: str = "") -> str:
    """A tracking page: two 数量指标 rows (the cells after the name given), then more rows."""
    return (
        f"<html><head>{head}</head><body><table>"
        "<tr><td colspan=7>2024年度财政项目支出绩效跟踪表</td></tr>"
        "<tr><td>项目名称</td><td colspan=6>农村饮水安全巩固提升工程</td></tr>"
        f"{_HEADER}"
        f"<tr><td rowspan=3>产出指标</td><td rowspan=2>数量指标</td><td>新建集中供水工程数量</td>{first}</tr>"
        f"<tr><td>改造供水管网长度</td>{second or '<td>≥45公里</td><td>30公里</td><td>21.3公里</td><td></td>'}</tr>"
        "<tr><td>质量指标</td><td>水质检测合格率</td><td>≥95%</td><td>95%</td><td>96.5%</td>"
        f"<td>{cell}</td></tr>"
        "</table></body></html>"
    )


def _values(page: str, name: str = "跟踪表.htm") -> list[tuple[str, str, str, str]]:
    [table] = perftrack.read(page.encode("utf-8"), name=name)
    return [
        (
            indicator.name,
            str(indicator.target) if indicator.target else "",
            str(indicator.planned) if indicator.planned else "",
            str(indicator.actual) if indicator.actual else "",
        )
        for indicator in table.indicators
    ]


# ---------------------------------------------------------------------------
# H1: Excel's overflow span is no merge

SPAN_CASES = [
    pytest.param(
        "<table><tr><td>甲</td><td colspan=2 style='mso-ignore:colspan'>长文本</td>"
        "<td>丁</td></tr></table>",
        ((("甲", "长文本", "", "丁"),), ()),
        id="mso-ignore-colspan-is-no-merge",
    ),
    pytest.param(
        "<table><tr><td>甲</td><td colspan=2 style='height:15pt; MSO-IGNORE: colspan'>长文本</td>"
        "<td>丁</td></tr></table>",
        ((("甲", "长文本", "", "丁"),), ()),
        id="mso-ignore-colspan-after-another-declaration",
    ),
    pytest.param(
        "<table><tr><td>甲</td><td colspan=2>合并</td><td>丁</td></tr></table>",
        ((("甲", "合并", "", "丁"),), ((0, 1, 0, 2),)),
        id="a-plain-colspan-is-a-merge",
    ),
    pytest.param(
        "<table><tr><td>甲</td><td colspan=2 style='mso-ignore:rowspan'>合并</td>"
        "<td>丁</td></tr></table>",
        ((("甲", "合并", "", "丁"),), ((0, 1, 0, 2),)),
        id="other-mso-ignore-keeps-the-merge",
    ),
]


@pytest.mark.parametrize(("page", "expected"), SPAN_CASES)
def test_overflow_span(
    page: str, expected: tuple[tuple[tuple[str, ...], ...], tuple[tuple[int, ...], ...]]
) -> None:
    [sheet] = read_html(page, file="a.htm")
    assert (sheet.rows, sheet.merges) == expected


_OVERFLOW = "style='mso-ignore:colspan'"

OVERFLOW_CASES = [
    pytest.param(
        _tracking(
            "<td>≥12处</td><td>8处</td><td>9处</td><td></td>",
            f"<td>≥45公里</td><td colspan=2 {_OVERFLOW}>30公里（按施工合同节点）</td><td></td>",
        ),
        ("改造供水管网长度", "≥45(公里)", "30(公里)(按施工合同节点)", ""),
        id="plan-overflowing-into-a-blank-actual",
    ),
    pytest.param(
        _tracking(f"<td colspan=2 {_OVERFLOW}>≥12处（新建及改扩建）</td><td>9处</td><td></td>"),
        ("新建集中供水工程数量", "≥12(处)(新建及改扩建)", "", "9(处)"),
        id="target-overflowing-into-a-blank-plan",
    ),
]


@pytest.mark.parametrize(("page", "expected"), OVERFLOW_CASES)
def test_overflow_leaves_the_covered_cell_empty(
    page: str, expected: tuple[str, str, str, str]
) -> None:
    found = {row[0]: row for row in _values(page)}
    assert found[expected[0]] == expected


def test_overflow_into_blank_actual_is_missing_actual() -> None:
    page = _tracking(
        "<td>≥12处</td><td>8处</td><td>9处</td><td></td>",
        f"<td>≥45公里</td><td colspan=2 {_OVERFLOW}>30公里（按施工合同节点）</td><td></td>",
    )
    [table] = perftrack.read(page.encode("utf-8"), name="跟踪表.htm")
    card = perftrack.score(table)
    assert [(f.id, f.message) for f in card.findings if f.id == "missing-actual"] == [
        ("missing-actual", "“改造供水管网长度”未填实际完成值")
    ]


# ---------------------------------------------------------------------------
# L1: Word's placeholder cells

_PLACEHOLDER = (
    "<![if !supportMisalignedColumns]><td width=4 style='border:none;"
    "mso-cell-special:placeholder'><p>&nbsp;</p></td><![endif]>"
)

PLACEHOLDER_CASES = [
    pytest.param(
        f"<table><tr><td>甲</td><td>乙</td>{_PLACEHOLDER}</tr>"
        f"<tr>{_PLACEHOLDER}<td>丙</td><td>丁</td></tr></table>",
        (("甲", "乙"), ("丙", "丁")),
        id="placeholders-take-no-column",
    ),
    pytest.param(
        "<table><tr><td style='mso-cell-special:none'>甲</td><td>乙</td></tr></table>",
        (("甲", "乙"),),
        id="other-cell-special-is-a-cell",
    ),
]


@pytest.mark.parametrize(("page", "expected"), PLACEHOLDER_CASES)
def test_word_placeholder_cells(page: str, expected: tuple[tuple[str, ...], ...]) -> None:
    [sheet] = read_html(page, file="a.htm")
    assert sheet.rows == expected


def test_placeholders_raise_no_layout_note() -> None:
    # Word pads a row at its end or, under rowspans, at its start
    page = (
        _tracking(f"<td>≥12处</td><td>8处</td><td>9处</td><td></td>{_PLACEHOLDER}")
        .replace("<tr><td>改造供水管网长度", f"<tr>{_PLACEHOLDER}<td>改造供水管网长度")
        .replace("<tr><td>质量指标", f"<tr>{_PLACEHOLDER}<td>质量指标")
    )
    [table] = perftrack.read(page.encode("utf-8"), name="跟踪表.htm")
    card = perftrack.score(table)
    assert [f.id for f in (*table.findings, *card.findings) if f.id == "layout-normalised"] == []
    assert [i.name for i in table.indicators] == [
        "新建集中供水工程数量",
        "改造供水管网长度",
        "水质检测合格率",
    ]
