"""word38: Word and HTML exports of 自评表/跟踪表 (raised note marks, CSS superscript, footnote links).

- H1: a raised digit right after a figure is a note mark, never more digits of the
  figure (``2150¹`` is 2150, ``456¹`` is 456, ``m²¹`` is m2); a unit's power stays
  (``m²`` is m2), and so does the power of ten (``3.2×10²``).
- M2: HTML text raised by CSS (``vertical-align:super`` inline or in a class rule,
  Word's ``span.MsoFootnoteReference``) is read like ``<sup>``.
- L3: Word's footnote link (``<a href="#_ftn2">[2]</a>``) in a value is a note mark.

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
SUP = '<w:vertAlign w:val="superscript"/>'


def _docx(body: str) -> bytes:
    document = f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    return replace_member(docx_bytes([]), "word/document.xml", document)


def _r(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _tc(content: str) -> str:
    return f"<w:tc>{content if content.startswith('<w:p>') else _p(_r(content))}</w:tc>"


def _tr(*cells: str) -> str:
    return "<w:tr>" + "".join(_tc(cell) for cell in cells) + "</w:tr>"


def _tbl(*rows: str) -> str:
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


def _docx_value(paragraph: str) -> str:
    [sheet] = read_docx(_docx(_tbl(_tr("实际完成值", paragraph))))
    return sheet.rows[0][1]


def _html_value(cell: str, style: str = "") -> str:
    head = f"<head><style>{style}</style></head>" if style else ""
    [sheet] = read_html(f"<html>{head}<body><table><tr><td>实际</td><td>{cell}</td></tr></table>")
    return sheet.rows[0][1] if len(sheet.rows[0]) > 1 else ""


# ---------------------------------------------------------------------------
# H1: a raised digit after a figure is a note mark

DOCX_RAISED = [
    pytest.param(_p(_r("2150"), _r("1", SUP)), "2150", id="digit-after-figure"),
    pytest.param(_p(_r("456.00"), _r("1", SUP)), "456.00", id="digit-after-amount"),
    pytest.param(_p(_r("456"), _r("[1]", SUP)), "456", id="bracketed-after-integer"),
    pytest.param(_p(_r("2150"), _r("1", SUP), _r("人")), "2150人", id="between-figure-and-unit"),
    pytest.param(_p(_r("1250m"), _r("2", SUP), _r("1", SUP)), "1250m2", id="note-after-power"),
    pytest.param(_p(_r("1250m"), _r("2", SUP), _r("①", SUP)), "1250m2", id="circled-after-power"),
    pytest.param(_p(_r("≥1200m²"), _r("1", SUP)), "≥1200m²", id="note-after-unicode-power"),
    # powers stay: after a unit letter, and ten's
    pytest.param(_p(_r("1250m"), _r("2", SUP)), "1250m2", id="square-metre"),
    pytest.param(_p(_r("30k"), _r("m"), _r("2", SUP)), "30km2", id="square-kilometre"),
    pytest.param(_p(_r("80c"), _r("m"), _r("3", SUP)), "80cm3", id="cubic-centimetre"),
    pytest.param(_p(_r("≥3.2×10"), _r("2", SUP), _r("公里")), "≥3.2×10²公里", id="power-of-ten"),
]


@pytest.mark.parametrize(("paragraph", "expected"), DOCX_RAISED)
def test_docx_raised_digit_after_figure(paragraph: str, expected: str) -> None:
    assert _docx_value(paragraph) == expected


HTML_RAISED = [
    pytest.param("2150<sup>1</sup>", "2150", id="digit-after-figure"),
    pytest.param("456<sup>1</sup>", "456", id="digit-after-integer-amount"),
    pytest.param("1250m<sup>2</sup><sup>1</sup>", "1250m2", id="note-after-power"),
    pytest.param("2150<a href='#fn1'><sup>[1]</sup></a>", "2150", id="linked-bracketed"),
    pytest.param("1250m<sup>2</sup>", "1250m2", id="square-metre"),
]


@pytest.mark.parametrize(("cell", "expected"), HTML_RAISED)
def test_html_raised_digit_after_figure(cell: str, expected: str) -> None:
    assert _html_value(cell) == expected


def _tracking(actual: str, executed: str) -> bytes:
    cells = [
        ("项目名称", "项目甲"),
        ("预算执行情况（万元）", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"),
        ("", "年度资金总额", "480.00", "480.00", executed, "95.00"),
        ("一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"),
        ("效益指标", "社会效益指标", "改善办学条件覆盖学生数", "≥2000人", "2000人", actual),
    ]
    return _docx(_tbl(*(_tr(*row) for row in cells)))


def test_docx_note_mark_leaves_actual_and_amount() -> None:
    raised = _p(_r("2150"), _r("1", SUP))
    [table] = perftrack.read(_tracking(raised, _p(_r("456"), _r("1", SUP))))
    [indicator] = table.indicators
    [line] = table.budget
    assert (indicator.actual.value, line.executed, line.rate) == (
        Decimal(2150),
        Decimal(456),
        Decimal("95.00"),
    )
    assert [f.id for f in table.findings if f.severity.name != "INFO"] == []


# ---------------------------------------------------------------------------
# M2: HTML text raised by CSS is a <sup>; L3: Word's footnote link is a note mark

FOOTNOTE_STYLE = "span.MsoFootnoteReference{vertical-align:super}"

HTML_CSS_RAISED = [
    pytest.param(
        '96.5%<span style="vertical-align:super">1</span>', "", "96.5%", id="inline-after-percent"
    ),
    pytest.param(
        "450个<span class=fn>1</span>",
        ".fn{vertical-align:super;font-size:9pt}",
        "450个",
        id="class-after-unit",
    ),
    pytest.param("88.5%<span style='vertical-align:super'>注</span>", "", "88.5%", id="inline-zhu"),
    pytest.param(
        "2150<span class=MsoFootnoteReference>1</span>人",
        FOOTNOTE_STYLE,
        "2150人",
        id="word-footnote-class",
    ),
    pytest.param(
        "1250m<span style='vertical-align:super'>2</span>", "", "1250m2", id="inline-power-kept"
    ),
    pytest.param("≥3.2×10<sup>2</sup>公里", "", "≥3.2×10²公里", id="power-of-ten"),
    # lowered again, or a class no rule raises: read as it stands
    pytest.param(
        "<span class=fn>96.5%<span style='vertical-align:baseline'>1</span></span>",
        ".fn{vertical-align:super}",
        "96.5%1",
        id="inline-baseline-overrides",
    ),
    pytest.param(
        "450个<span class=other>1</span>",
        ".fn{vertical-align:super}",
        "450个1",
        id="unraised-class",
    ),
    # L3: Word's link to a footnote, raised or not, between the figure and its unit
    pytest.param(
        "450<a href='#_ftn1' name='_ftnref1'><span class=MsoFootnoteReference>"
        "<span style='font-size:10.5pt'>[2]</span></span></a>个",
        FOOTNOTE_STYLE,
        "450个",
        id="footnote-link-raised",
    ),
    pytest.param("450<a href='#_ftn2'>[2]</a>个", "", "450个", id="footnote-link-plain"),
    pytest.param("50<a href='#_edn3'>[3]</a>年", "", "50年", id="endnote-link"),
    pytest.param("见<a href='#part2'>附件2</a>", "", "见附件2", id="other-link-kept"),
]


@pytest.mark.parametrize(("cell", "style", "expected"), HTML_CSS_RAISED)
def test_html_css_superscript_and_note_links(cell: str, style: str, expected: str) -> None:
    assert _html_value(cell, style) == expected


def test_html_css_note_mark_leaves_the_value() -> None:
    page = (
        "<html><head><style>.fn{vertical-align:super}</style></head><body>"
        "<p>2025年度项目支出绩效自评表</p><table>"
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
        "<td>实际完成值</td></tr>"
        "<tr><td>产出指标</td><td>数量指标</td><td>新增学位数</td><td>≥450个</td>"
        "<td>450个<span class=fn>1</span></td></tr>"
        "</table><p>注：1. 含寄宿学位。</p></body></html>"
    )
    [table] = perftrack.read(page.encode())
    [indicator] = table.indicators
    assert (indicator.actual.value, indicator.actual.unit) == (Decimal(450), "个")


# ---------------------------------------------------------------------------
# H2: an appendix indicator list after the grid is no more rows of it

_GRID = (
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
    ("产出指标", "数量指标", "改扩建教室面积", "≥1200m2", "1250m2", "50", "50"),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "92%", "50", "50"),
    ("总分", "", "", "", "", "100", "100"),
)
_APPENDIX = (
    ("序号", "三级指标", "指标值", "完成值", "分值", "得分"),
    ("1", "改扩建教室面积", "≥1200m2", "1250m2", "10", "10"),
    ("2", "学生家长满意度", "≥90%", "92%", "10", "10"),
)


def _document(caption: str, second: tuple[tuple[str, ...], ...]) -> bytes:
    title = _p(_r("2025年度项目支出绩效自评表"))
    between = _p(_r(caption)) if caption else ""
    return _docx(
        title + _tbl(*(_tr(*row) for row in _GRID)) + between + _tbl(*(_tr(*row) for row in second))
    )


_MESSAGE = (
    "“{}”后的指标表（表头“序号 | 三级指标 | 指标值 | 完成值 | 分值 | 得分”，2行）与主表表头不同，"
    "视为附表，未读入"
)


@pytest.mark.parametrize(
    ("caption", "second", "names", "left_out"),
    [
        pytest.param(
            "附：指标明细",
            _APPENDIX,
            ["改扩建教室面积", "学生家长满意度"],
            [_MESSAGE.format("附：指标明细")],
            id="appendix-list-left-out",
        ),
        pytest.param(
            "附表1 指标明细",
            _APPENDIX,
            ["改扩建教室面积", "学生家长满意度"],
            [_MESSAGE.format("附表1 指标明细")],
            id="appendix-table-caption",
        ),
        pytest.param(
            "附件：评分明细",
            _APPENDIX,
            ["改扩建教室面积", "学生家长满意度"],
            [_MESSAGE.format("附件：评分明细")],
            id="attachment-caption",
        ),
    ],
)
def test_docx_appendix_indicator_list_is_left_out(
    caption: str, second: tuple[tuple[str, ...], ...], names: list[str], left_out: list[str]
) -> None:
    [table] = perftrack.read(_document(caption, second))
    assert [indicator.name for indicator in table.indicators] == names
    assert [f.message for f in table.findings if f.id == "layout-normalised"] == left_out
    assert [f.severity.name for f in table.findings if f.id == "layout-normalised"] == ["INFO"]
    assert [f.id for f in table.findings if f.severity.name != "INFO"] == []


@pytest.mark.parametrize(
    ("caption", "second", "rows"),
    [
        # no caption: the rows stay for the grid to read (as before)
        pytest.param("", _APPENDIX, 3, id="no-caption-kept"),
        # the same header again after a caption: a table split over pages goes on
        pytest.param("附：续表", (_GRID[0], _GRID[1]), 2, id="same-header-kept"),
        # a table without a grid header after the caption (a 得分汇总)
        pytest.param(
            "附：得分汇总",
            (("一级指标", "分值", "得分"), ("产出指标", "50", "50")),
            2,
            id="no-grid-header-kept",
        ),
    ],
)
def test_docx_other_second_tables_are_read(
    caption: str, second: tuple[tuple[str, ...], ...], rows: int
) -> None:
    [sheet] = read_docx(_document(caption, second))
    assert sheet.rows[-rows:] == second
    assert sheet.problems == ()


# ---------------------------------------------------------------------------
# L1: a line break inside an indicator name between Chinese characters joins them

BR = "<w:br/>"


def _name_cell(first: str, second: str, *, paragraph: bool = False) -> str:
    if paragraph:
        return _p(_r(first)) + _p(_r(second))
    return _p(_r(first) + f"<w:r>{BR}</w:r>" + _r(second))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            _name_cell("改善办学条件", "覆盖学生数"), "改善办学条件覆盖学生数", id="br-cjk"
        ),
        pytest.param(
            _name_cell("改善办学条件", "覆盖学生数", paragraph=True),
            "改善办学条件覆盖学生数",
            id="paragraph-cjk",
        ),
        # a break beside anything else stays a space
        pytest.param(
            _name_cell("学生家长满意度", "（问卷）"), "学生家长满意度 （问卷）", id="bracket"
        ),
        pytest.param(_name_cell("校园Wi-Fi", "覆盖率"), "校园Wi-Fi 覆盖率", id="latin"),
    ],
)
def test_docx_name_wrapped_between_chinese_characters(cell: str, expected: str) -> None:
    rows = [
        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
        ("效益指标", "社会效益指标", cell, "≥2000人", "2150人"),
    ]
    body = "<w:tbl>" + "".join(
        "<w:tr>"
        + "".join(f"<w:tc>{c if c.startswith('<w:p>') else _p(_r(c))}</w:tc>" for c in row)
        + "</w:tr>"
        for row in rows
    )
    [table] = perftrack.read(_docx(_p(_r("2025年度项目支出绩效自评表")) + body + "</w:tbl>"))
    assert [indicator.name for indicator in table.indicators] == [expected]
