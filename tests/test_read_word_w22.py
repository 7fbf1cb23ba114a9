"""word22: Word tables as Word shows them, and value and budget cells with a note line.

- H1: a border dragged a few twips in one row (``w:tblGrid`` with a sliver column, the
  row's cells spanning it the other way) reads as its neighbours, as in the .doc reader;
- H3: a paragraph whose mark is a tracked deletion runs on into the next (``14`` + ``20``
  is ``1420``);
- H4: ``5处⏎其中新建2处`` reads as ``5处（其中新建2处）``; a bracketed note line before
  the value (``（截至6月底）⏎21.3公里``) as a note after it;
- M1: a budget amount or rate with a bracketed note (``871.36⏎（含上年结转45万元）``)
  keeps its amount, the cell's text kept as printed;
- L1: a tracked-deleted table row takes no row number.

Every document is built here with zipfile (through :func:`fixtures_office.docx_bytes`
and :func:`fixtures_office.replace_member`) from content written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import docx_bytes, replace_member
from perftrack import Bound, Quantity, parse_value
from perftrack.readers._docx import read_docx
from word_xml_builders import W2006

_DEL = '<w:del w:id="9" w:author="审核人" w:date="2024-07-08T10:21:00Z"/>'


def _docx(body: str) -> bytes:
    document = f'<w:document xmlns:w="{W2006}"><w:body>{body}</w:body></w:document>'
    return replace_member(docx_bytes([]), "word/document.xml", document)


def _p(text: str, *, mark_deleted: bool = False) -> str:
    mark = f"<w:pPr><w:rPr>{_DEL}</w:rPr></w:pPr>" if mark_deleted else ""
    return f'<w:p>{mark}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _tc(*paragraphs: str, span: int = 1) -> str:
    grid_span = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f"<w:tc><w:tcPr>{grid_span}</w:tcPr>{''.join(paragraphs) or '<w:p/>'}</w:tc>"


def _tr(*cells: str, deleted: bool = False) -> str:
    properties = f"<w:trPr>{_DEL}</w:trPr>" if deleted else ""
    return f"<w:tr>{properties}{''.join(cells)}</w:tr>"


def _table(widths: list[int], *rows: str) -> str:
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def _rows(body: str) -> tuple[tuple[str, ...], ...]:
    [sheet] = read_docx(_docx(body))
    return sheet.rows


# ---------------------------------------------------------------------------
# H1: uneven column edges

_HEADER = ("一级指标", "三级指标", "年度指标值", "跟踪期实际完成值")


def _jagged(sliver: int, *, both: bool = False) -> str:
    """A grid whose 三级指标|年度指标值 border is *sliver* twips off in the second indicator row.

    Word's tblGrid has the sliver as a column: the header and the first row span it
    with the name, the dragged row with the target. *both*: a row has both edges.
    """
    widths = [1200, 1995, sliver, 1200, 1200]
    rows = [
        _tr(*(_tc(_p(text), span=2 if text == "三级指标" else 1) for text in _HEADER)),
        _tr(_tc(_p("产出指标")), _tc(_p("安装智能水表数量"), span=2), _tc(_p("≥2600块")), _tc(_p("1420块"))),
        _tr(_tc(_p("产出指标")), _tc(_p("工程验收合格率")), _tc(_p("100%"), span=2), _tc(_p("100%"))),
    ]  # fmt: skip
    if both:  # a row with a cell of its own in the sliver: a real column
        rows.append(_tr(_tc(_p("合计")), _tc(_p("")), _tc(_p("x")), _tc(_p("")), _tc(_p(""))))
    return _table(widths, *rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _jagged(5),
            (
                ("一级指标", "三级指标", "年度指标值", "跟踪期实际完成值"),
                ("产出指标", "安装智能水表数量", "≥2600块", "1420块"),
                ("产出指标", "工程验收合格率", "100%", "100%"),
            ),
            id="edge-5-twips-off-one-column",
        ),
        pytest.param(
            _jagged(9),
            (
                ("一级指标", "三级指标", "年度指标值", "跟踪期实际完成值"),
                ("产出指标", "安装智能水表数量", "≥2600块", "1420块"),
                ("产出指标", "工程验收合格率", "100%", "100%"),
            ),
            id="edge-9-twips-off-one-column",
        ),
        pytest.param(
            _jagged(10),
            (
                ("一级指标", "三级指标", "", "年度指标值", "跟踪期实际完成值"),
                ("产出指标", "安装智能水表数量", "", "≥2600块", "1420块"),
                ("产出指标", "工程验收合格率", "100%", "", "100%"),
            ),
            id="edge-10-twips-off-two-columns-as-before",
        ),
        pytest.param(
            _jagged(5, both=True),
            (
                ("一级指标", "三级指标", "", "年度指标值", "跟踪期实际完成值"),
                ("产出指标", "安装智能水表数量", "", "≥2600块", "1420块"),
                ("产出指标", "工程验收合格率", "100%", "", "100%"),
                ("合计", "", "x", "", ""),
            ),
            id="narrow-column-a-row-has-is-kept",
        ),
    ],
)
def test_near_cell_edges_are_one_column(body: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert _rows(body) == expected


def test_dragged_border_row_reads_its_target() -> None:
    """e21: the dragged row's target was lost (missing-target, attainment unknown)."""
    body = _p("2024年度项目支出绩效跟踪表") + _p("项目名称：农村饮水工程") + _jagged(5)
    [table] = perftrack.read(_docx(body), format="docx")
    assert [(i.name, str(i.target), str(i.actual)) for i in table.indicators] == [
        ("安装智能水表数量", "≥2600(块)", "1420(块)"),
        ("工程验收合格率", "=100(%)", "100(%)"),
    ]
    assert [f.id for f in table.findings if f.id.startswith("missing-")] == []


# ---------------------------------------------------------------------------
# H3: a deleted paragraph mark; L1: a deleted row


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _table([1200, 1200], _tr(_tc(_p("实际")), _tc(_p("14", mark_deleted=True), _p("20")))),
            (("实际", "1420"),),
            id="cell-14-then-20-is-1420",
        ),
        pytest.param(
            _table(
                [1200],
                _tr(_tc(_p("受益农村", mark_deleted=True), _p("人口"), _p("（万人）"))),
            ),
            (("受益农村人口\n（万人）",),),
            id="cell-joined-line-then-kept-line",
        ),
        pytest.param(
            _table(
                [1200], _tr(_tc(_p("≥9", mark_deleted=True), _p("0", mark_deleted=True), _p("%")))
            ),
            (("≥90%",),),
            id="cell-three-paragraphs-one-line",
        ),
        pytest.param(
            _p("2024年度项目支出", mark_deleted=True) + _p("绩效跟踪表") + _p("跟踪时段"),
            (("2024年度项目支出绩效跟踪表",), ("跟踪时段",)),
            id="body-paragraphs-joined",
        ),
        pytest.param(
            _p("项目名称", mark_deleted=True) + _table([1200], _tr(_tc(_p("x")))),
            (("项目名称",), ("x",)),
            id="body-paragraph-before-a-table-kept",
        ),
        pytest.param(
            _table(
                [1200, 1200],
                _tr(_tc(_p("三级指标")), _tc(_p("实际"))),
                _tr(_tc(), _tc(), deleted=True),
                _tr(_tc(_p("培训人次")), _tc(_p("96"))),
            ),
            (("三级指标", "实际"), ("培训人次", "96")),
            id="deleted-row-takes-no-row",
        ),
    ],
)
def test_tracked_deletions_of_marks_and_rows(
    body: str, expected: tuple[tuple[str, ...], ...]
) -> None:
    assert _rows(body) == expected


# ---------------------------------------------------------------------------
# H4, M2: a note on a line of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "96.5%\n其中城区98%",
            Quantity(Decimal("96.5"), "%", Bound.EXACT, note="其中城区98%"),
            id="percent-then-breakdown",
        ),
        pytest.param(
            "5处\n其中新建2处",
            Quantity(Decimal(5), "处", Bound.EXACT, note="其中新建2处"),
            id="count-then-breakdown",
        ),
        pytest.param(
            "21.3\n其中主管5.1公里",
            Quantity(Decimal("21.3"), None, Bound.EXACT, note="其中主管5.1公里"),
            id="bare-figure-then-breakdown",
        ),
        pytest.param(
            "（截至6月底）\n21.3公里",
            Quantity(Decimal("21.3"), "公里", Bound.EXACT, note="截至6月底"),
            id="note-line-before-value",
        ),
    ],
)
def test_note_line_reads_as_the_bracketed_note(text: str, expected: Quantity) -> None:
    value = parse_value(text)
    assert value == expected
    assert isinstance(value, Quantity)
    assert value.text == text


@pytest.mark.parametrize(
    ("multi_line", "bracketed"),
    [
        pytest.param("5处\n其中新建2处", "5处（其中新建2处）", id="breakdown"),
        pytest.param("5处\n其中2处未完工", "5处（其中2处未完工）", id="unfinished-part"),
    ],
)
def test_breakdown_line_reads_as_its_bracketed_form(multi_line: str, bracketed: str) -> None:
    assert parse_value(multi_line) == parse_value(bracketed)


# ---------------------------------------------------------------------------
# M1: budget amounts with a note

_INDICATORS = (
    ("一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"),
    ("产出指标", "数量指标", "培训人次", "≥100人次", "60", "72"),
)


def _budget(executed: str, rate: str) -> perftrack.Table:
    rows = (
        ("项目名称", "项目甲"),
        ("预算执行情况（万元）", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"),
        ("", "年度资金总额", "100.00", "100.00", executed, rate),
        *_INDICATORS,
    )
    quoted = ("\t".join(f'"{c}"' if "\n" in c else c for c in row) for row in rows)
    [table] = perftrack.read_text("\n".join(quoted))
    return table


@pytest.mark.parametrize(
    ("executed", "rate", "expected"),
    [
        pytest.param(
            "60.00\n（含上年结转10万元）",
            "60.00",
            (Decimal("60.00"), Decimal("60.00"), (("executed", "60.00 （含上年结转10万元）"),)),
            id="amount-then-note-line",
        ),
        pytest.param(
            "60.00（含结转10万元）",
            "60.00",
            (Decimal("60.00"), Decimal("60.00"), (("executed", "60.00（含结转10万元）"),)),
            id="amount-bracketed-note",
        ),
        pytest.param(
            "60.00",
            "60.00%\n（含结转资金）",
            (Decimal("60.00"), Decimal("60.00"), ()),
            id="rate-then-note-line",
        ),
        pytest.param(
            "60.00",
            "60.00",
            (Decimal("60.00"), Decimal("60.00"), ()),
            id="plain-as-before",
        ),
    ],
)
def test_budget_amount_with_a_note_keeps_its_amount(
    executed: str, rate: str, expected: tuple[Decimal, Decimal, tuple[tuple[str, str], ...]]
) -> None:
    table = _budget(executed, rate)
    [line] = table.budget
    assert (line.executed, line.rate, line.printed) == expected
    assert [f.id for f in table.findings if f.id == "malformed-amount"] == []


def test_budget_unit_in_brackets_is_no_note() -> None:
    """``60(万元)`` prints the amount's unit, not a note: read as before."""
    table = _budget("60(万元)", "60.00")
    assert [f.message for f in table.findings if f.id == "malformed-amount"] == [
        "执行数“60(万元)”不是数字"
    ]


# ---------------------------------------------------------------------------
# H1: a visibly dragged border (wider than the tolerance), in Word and its HTML export


def _td(text: str, span: int = 1) -> str:
    return f"<td colspan={span}>{text}</td>" if span > 1 else f"<td>{text}</td>"


_DRAGGED_ROWS = (
    (("一级指标", 1), ("三级指标", 2), ("年度指标值", 1), ("跟踪期计划完成值", 2), ("跟踪期实际完成值", 1)),
    (("产出指标", 1), ("安装智能水表数量", 2), ("≥2600块", 1), ("1300块", 2), ("1420块", 1)),
    (("产出指标", 1), ("工程验收合格率", 1), ("100%", 2), ("100%", 2), ("100%", 1)),
    (("产出指标", 1), ("培训人次", 2), ("≥100人次", 1), ("50人次", 1), ("60人次", 2)),
)  # fmt: skip


def _dragged_html() -> bytes:
    rows = "".join(
        "<tr>" + "".join(_td(text, span) for text, span in row) + "</tr>" for row in _DRAGGED_ROWS
    )
    return (
        "<html><body><p>2024年度项目支出绩效跟踪表</p><p>项目名称：项目甲</p>"
        f"<table>{rows}</table></body></html>"
    ).encode()


def _dragged_docx() -> bytes:
    rows = (_tr(*(_tc(_p(text), span=span) for text, span in row)) for row in _DRAGGED_ROWS)
    table = _table([1200, 1700, 300, 1200, 1200, 300, 1200], *rows)
    return _docx(_p("2024年度项目支出绩效跟踪表") + _p("项目名称：项目甲") + table)


@pytest.mark.parametrize(
    ("data", "format"),
    [
        pytest.param(_dragged_docx(), "docx", id="docx-300-twips"),
        pytest.param(_dragged_html(), "html", id="html-colspan-one-column-early"),
    ],
)
def test_visibly_dragged_border_row_reads_its_values(data: bytes, format: str) -> None:  # noqa: A002
    """e20, e22, e23: the value cell starting in the column the header's cell before it spans."""
    [table] = perftrack.read(data, format=format)
    assert [(i.name, str(i.target), str(i.planned), str(i.actual)) for i in table.indicators] == [
        ("安装智能水表数量", "≥2600(块)", "1300(块)", "1420(块)"),
        ("工程验收合格率", "=100(%)", "100(%)", "100(%)"),
        ("培训人次", "≥100(人次)", "50(人次)", "60(人次)"),
    ]
    assert [f.id for f in table.findings] == []
