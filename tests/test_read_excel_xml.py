"""XML Spreadsheet 2003 (SpreadsheetML): the "Excel" government systems export as .xls/.xml.

Workbooks are written in code by :func:`excel_xml_bytes` from tables composed here,
the way Excel and the FreeMarker templates of Java back ends write them: empty
cells and rows left out and the next one placed with ``ss:Index``, merged ranges
as ``ss:MergeAcross``/``ss:MergeDown`` with the covered cells left out, numbers
and dates typed and styled. Each workbook must read to the same model as its
plain-text (TSV) twin, which holds the texts Excel shows.
"""

from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

import pytest

import perftrack
from cases.composed_tables import model_of
from perftrack import ReadError
from perftrack.readers import _decode, _excel_xml, _xlsx
from perftrack.readers._detect import detect_format, markup_format
from perftrack.readers._excel_xml import read_excel_xml

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

SS = "urn:schemas-microsoft-com:office:spreadsheet"

# ---------------------------------------------------------------------------
# The builder


class Typed(NamedTuple):
    """A typed cell (``Number``, ``DateTime``, ``Boolean``, ``Error``) and what Excel shows."""

    kind: str
    value: str
    shown: str
    number_format: str | None = None


class Rich(NamedTuple):
    """A rich-text cell: ``html:`` markup inside ``ss:Data``, and its text."""

    markup: str
    shown: str


Cell = str | Typed | Rich | None


class XTable(NamedTuple):
    """One ``Table``: rows of cells, merged ranges (A1, counted from the table's first row)
    and the 1-based rows hidden by hand."""

    rows: Sequence[Sequence[Cell]]
    merges: Sequence[str] = ()
    hidden_rows: frozenset[int] = frozenset()


def _number(value: float | str, shown: str, number_format: str | None = None) -> Typed:
    return Typed("Number", str(value), shown, number_format)


def _date(value: str, shown: str, number_format: str = "Short Date") -> Typed:
    return Typed("DateTime", f"{value}T00:00:00.000", shown, number_format)


_A1 = re.compile(r"([A-Z]+)([0-9]+)")


def _ref(ref: str) -> tuple[int, int]:
    match = _A1.fullmatch(ref)
    assert match is not None, ref
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column


def _ranges(merges: Sequence[str]) -> dict[tuple[int, int], tuple[int, int]]:
    """Top-left (row, column) → (rows down, columns across) of each A1 range."""
    spans = {}
    for merge in merges:
        first, _, last = merge.partition(":")
        (top, left), (bottom, right) = _ref(first), _ref(last or first)
        spans[(top, left)] = (bottom - top, right - left)
    return spans


def _table_xml(table: XTable, styles: dict[str, str]) -> str:
    spans = _ranges(table.merges)
    covered = {
        (top + r, left + c)
        for (top, left), (down, across) in spans.items()
        for r in range(down + 1)
        for c in range(across + 1)
    } - set(spans)
    lines = ["  <Table>"]
    previous_row = 0
    for number, row in enumerate(table.rows, start=1):
        cells = []
        previous_column = 0
        for column, value in enumerate(row, start=1):
            if (number, column) in covered:
                continue
            down, across = spans.get((number, column), (0, 0))
            if value in (None, "") and (number, column) not in spans:
                continue
            attributes = ""
            if column != previous_column + 1:
                attributes += f' ss:Index="{column}"'
            if across:
                attributes += f' ss:MergeAcross="{across}"'
            if down:
                attributes += f' ss:MergeDown="{down}"'
            data = ""
            if isinstance(value, Typed):
                if value.number_format is not None:
                    style = styles.setdefault(value.number_format, f"s{len(styles) + 21}")
                    attributes += f' ss:StyleID="{style}"'
                data = f'<Data ss:Type="{value.kind}">{html.escape(value.value)}</Data>'
            elif isinstance(value, Rich):
                data = (
                    '<ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">'
                    f"{value.markup}</ss:Data>"
                )
            elif value:
                text = html.escape(value).replace("\n", "&#10;")
                data = f'<Data ss:Type="String">{text}</Data>'
            cells.append(f"<Cell{attributes}>{data}</Cell>")
            previous_column = column + across
        hidden = number in table.hidden_rows
        if not cells and not hidden:
            continue
        attributes = f' ss:Index="{number}"' if number != previous_row + 1 else ""
        attributes += ' ss:AutoFitHeight="0" ss:Hidden="1"' if hidden else ""
        lines.append(f"   <Row{attributes}>{''.join(cells)}</Row>")
        previous_row = number
    lines.append("  </Table>")
    return "\n".join(lines)


def excel_xml_bytes(
    sheets: Mapping[str, Sequence[XTable]],
    *,
    hidden: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
    codec: str | None = None,
) -> bytes:
    """An XML Spreadsheet 2003 with one ``Worksheet`` per entry, as Excel writes it.

    *hidden*: worksheet name → ``"SheetHidden"`` or ``"SheetVeryHidden"``.
    *encoding* is declared in the XML declaration; the text is encoded with *codec*
    (the declared encoding unless given: templates declare what they do not write).
    """
    hidden = hidden or {}
    styles: dict[str, str] = {}
    worksheets = []
    for name, tables in sheets.items():
        body = "\n".join(_table_xml(table, styles) for table in tables)
        visible = f"<Visible>{hidden[name]}</Visible>" if name in hidden else ""
        worksheets.append(
            f' <Worksheet ss:Name="{html.escape(name)}">\n{body}\n'
            '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">'
            f"<PageSetup/>{visible}</WorksheetOptions>\n </Worksheet>"
        )
    style_xml = "\n".join(
        f'  <Style ss:ID="{style}"><NumberFormat ss:Format="{html.escape(code)}"/></Style>'
        for code, style in styles.items()
    )
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<?mso-application progid="Excel.Sheet"?>\n'
        f'<Workbook xmlns="{SS}"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
        f' xmlns:ss="{SS}"\n xmlns:html="http://www.w3.org/TR/REC-html40">\n'
        ' <Styles>\n  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/>'
        f"</Style>\n{style_xml}\n </Styles>\n" + "\n".join(worksheets) + "\n</Workbook>\n"
    )
    return text.encode(codec or encoding)


def _shown(cell: Cell) -> str:
    if isinstance(cell, Typed | Rich):
        return cell.shown
    return cell or ""


def _tsv_cell(text: str) -> str:
    """A TSV cell as Excel writes it: quoted when it holds a line break."""
    return '"' + text.replace('"', '""') + '"' if "\n" in text else text


def twin(*tables: XTable) -> bytes:
    """The plain-text twin: the texts Excel shows, hidden rows left out, tables apart."""
    lines = []
    for table in tables:
        for number, row in enumerate(table.rows, start=1):
            if number not in table.hidden_rows:
                lines.append("\t".join(_tsv_cell(_shown(cell)) for cell in row))
        lines.append("")
    return "\n".join(lines).encode("utf-8")


# ---------------------------------------------------------------------------
# Tables composed for these tests

# A tracking table: a MergeAcross title, amounts under Fixed, a rich-text indicator name,
# a Percent actual, dates, a line break in a reason, a row hidden by hand inside a
# merged level 1 (MergeDown), and merged judgement labels.
TRACKING = XTable(
    [
        ["2024年财政项目支出绩效跟踪表", None, None, None, None, None, None],
        ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
        ["项目名称", "老旧小区改造", None, None, None, None, None],
        ["主管部门", "某区住房和城乡建设局", "", "实施单位", "某街道办事处", "", ""],
        ["预算执行情况 (万元)", None, "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        [
            "",
            "年度资金总额",
            _number(500, "500.00", "Fixed"),
            _number(300, "300.00", "Fixed"),
            _number(126, "126.00", "Fixed"),
            _number(42, "42.00", "0.00"),
        ],
        ["年度总体目标", "预期目标", "", "", "跟踪期实际完成情况", "", ""],
        ["", "完成3个小区改造。", "", "", "已完成1个小区。", "", ""],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        [
            "产出指标",
            "数量指标",
            "改造小区数量",
            "≥3个",
            "2个",
            "1个",
            "1.雨季停工；\n2.已调整工期",
        ],
        [
            None,
            "质量指标",
            Rich('<B>竣工验收</B><Font html:Color="#FF0000">合格率</Font>', "竣工验收合格率"),
            "100%",
            _number(1, "100.00%", "Percent"),
            _number(1, "100.00%", "Percent"),
            "",
        ],
        [None, "质量指标", "（已删除）旧指标", "≥50%", "", "", ""],
        [
            None,
            "时效指标",
            "开工时间",
            "2024年3月底前",
            _date("2024-03-15", "2024-03-15"),
            _date("2024-03-20", "2024-03-20", "yyyy-mm-dd"),
            "",
        ],
        [
            "满意度指标",
            "服务对象满意度指标",
            "居民满意度",
            "≥90%",
            "90%",
            _number(0.92, "92.00%", "0.00%"),
            "",
        ],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成", "", "", "", ""],
        [None, "年度绩效目标完成可能性", "有可能完成", "", "", "", ""],
    ],
    merges=["A1:G1", "B3:G3", "A5:B5", "A10:A13", "A15:A16"],
    hidden_rows=frozenset({12}),
)

# A second tracking table in the same worksheet (a second Table element), with an
# empty row left out between its title and its fields.
SECOND = XTable(
    [
        ["财政项目支出绩效跟踪表", None, None, None, None, None],
        [],
        ["项目名称", "背街小巷整治", None, None, None, None],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值", "偏差原因分析"],
        ["产出指标", "数量指标", "整治街巷条数", "≥20条", _number(12, "12"), ""],
        [
            None,
            "时效指标",
            "完工时间",
            "2024年10月",
            _date("2024-06-01", "2024年6月", "yyyy-mm"),
            "",
        ],
        ["效益指标", "社会效益指标", "通行条件", "明显改善", "有所改善", "施工未完"],
    ],
    merges=["A1:F1", "B3:F3", "A5:A6"],
)

# A self-evaluation table: 分值/得分 numbers, a Percent rate, a 0.0% actual, a month
# under yyyy"年"m"月", merged level 1 cells and a 总分 row.
SELF_EVALUATION = XTable(
    [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "公共图书馆免费开放", None, None, None, None, None, None],
        ["主管部门", "某区文化旅游局", "", "", "实施单位", "某区图书馆", "", ""],
        [
            "项目资金(万元)",
            None,
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        [
            "",
            "年度资金总额",
            _number(80, "80.00", "Fixed"),
            _number(80, "80.00", "Fixed"),
            _number(76, "76.00", "Standard"),
            _number(10, "10"),
            _number(0.95, "95.00%", "Percent"),
            _number(9.5, "9.50", "Fixed"),
        ],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "全年免费开放不少于300天。", "", "", "开放305天。", "", "", ""],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
        [
            "产出指标",
            "数量指标",
            "开放天数",
            "≥300天",
            "305天",
            _number(20, "20"),
            _number(20, "20"),
        ],
        [
            None,
            "质量指标",
            "★图书外借准确率",
            "≥99%",
            _number(0.995, "99.5%", "0.0%"),
            _number(15, "15"),
            _number(15, "15"),
        ],
        [
            None,
            "时效指标",
            "完成时间",
            "2023年12月",
            _date("2023-12-01", "2023年12月", 'yyyy"年"m"月"'),
            _number(15, "15"),
            _number(15, "15"),
        ],
        [
            "效益指标",
            "社会效益指标",
            "读者到馆人次",
            "≥10万人次",
            "12万人次",
            _number(30, "30"),
            _number(28.5, "28.5"),
            "部分活动延期",
        ],
        [
            "满意度指标",
            "服务对象满意度指标",
            "读者满意度",
            "≥90%",
            _number(0.93, "93.00%", "Percent"),
            _number(10, "10"),
            _number(10, "10"),
        ],
        ["总分", "", "", "", "", _number(100, "100"), _number(98, "98"), "优"],
    ],
    merges=["A1:H1", "A2:H2", "B3:H3", "A5:B5", "A10:A12"],
)

# Last year's copy, hidden: read, it would make a table nobody filled in.
LAST_YEAR = XTable(
    [
        ["项目名称", "旧项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "旧指标", "≥1个", "1个"],
    ]
)


def _workbook(encoding: str = "utf-8") -> bytes:
    return excel_xml_bytes(
        {
            "跟踪": [TRACKING, SECOND],
            "上年": [LAST_YEAR],
            "自评": [SELF_EVALUATION],
            "下拉": [XTable([["是"], ["否"]])],
        },
        hidden={"上年": "SheetHidden", "下拉": "SheetVeryHidden"},
        encoding=encoding,
    )


# ---------------------------------------------------------------------------
# Same model as the plain-text twin


@pytest.mark.parametrize(
    "table", [TRACKING, SECOND, SELF_EVALUATION], ids=["tracking", "second", "self-evaluation"]
)
def test_a_table_reads_like_its_text_twin(table: XTable) -> None:
    data = excel_xml_bytes({"表1": [table]})
    tables = perftrack.read(data)
    assert model_of(tables) == model_of(perftrack.read(twin(table)))
    assert tables[0].indicators
    assert perftrack.read(data, format="excel-xml") == tables  # detection chose this reader


def test_the_workbook_reads_like_its_text_twin() -> None:
    tables = perftrack.read(_workbook())
    assert model_of(tables) == model_of(perftrack.read(twin(TRACKING, SECOND, SELF_EVALUATION)))
    assert [(t.source.sheet, t.source.index, t.project.name) for t in tables] == [
        ("跟踪", 0, "老旧小区改造"),
        ("跟踪", 1, "背街小巷整治"),
        ("自评", 2, "公共图书馆免费开放"),
    ]


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [
        ("utf-8", "utf-8"),
        ("GB2312", "gbk"),  # a template declaring GB2312 whose text holds GBK characters
        ("GBK", "gbk"),
        ("GB18030", "gb18030"),
        ("UTF-16", "utf-16"),
        ("UTF-8", "gbk"),  # a wrong declaration: the bytes are no UTF-8
    ],
)
def test_declared_encodings_read_alike(declared: str, encoding: str) -> None:
    # 囍 is in GBK but not in GB2312: the reader decodes as GB18030, their superset.
    name = "囍"
    rows = [list(row) for row in TRACKING.rows]
    rows[3][4] = f"{name}字街道办事处"
    table = XTable(rows, TRACKING.merges, TRACKING.hidden_rows)
    data = excel_xml_bytes({"表1": [table]}, encoding=declared, codec=encoding)
    tables = perftrack.read(data)
    assert tables[0].project.implementer == f"{name}字街道办事处"
    assert model_of(tables) == model_of(perftrack.read(twin(table)))


def test_an_encoding_only_the_declaration_names() -> None:
    text = (
        '<?xml version="1.0" encoding="Big5"?>\n'
        + HEAD
        + '<Worksheet ss:Name="繁體"><Table><Row><Cell><Data ss:Type="String">項目名稱</Data>'
        "</Cell></Row></Table></Worksheet></Workbook>"
    )
    data = text.encode("big5")
    assert detect_format(data, "導出.xls") == "excel-xml"
    [sheet] = read_excel_xml(data)
    assert (sheet.name, sheet.rows) == ("繁體", (("項目名稱",),))
    # A forced encoding wins over the declaration.
    assert read_excel_xml(data, encoding="gb18030")[0].rows != sheet.rows


def test_what_was_read_where() -> None:
    tables = perftrack.read(_workbook())
    first, second, evaluation = tables
    # Row numbers are the real ones: ss:Index jumps, the hidden row and the second
    # Table (its rows after the first table's) count.
    assert [i.position.cell for i in first.indicators] == ["C10", "C11", "C13", "C14"]
    assert first.indicators[1].name == "竣工验收合格率"  # rich text, all of it
    assert str(first.indicators[1].actual) == "100.00(%)"
    assert [i.position.cell for i in second.indicators] == ["C21", "C22", "C23"]
    assert str(second.indicators[1].actual) == "2024年6月"
    assert [i.name for i in evaluation.indicators][:2] == ["开放天数", "图书外借准确率"]
    assert str(evaluation.indicators[1].actual) == "99.5(%)"
    assert evaluation.published == perftrack.Published(Decimal(98), "优")


# ---------------------------------------------------------------------------
# The sheets the reader makes


def _book(*worksheets: str, styles: str = "") -> bytes:
    return (
        f'<?xml version="1.0"?>\n<Workbook xmlns="{SS}" xmlns:ss="{SS}" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns:html="http://www.w3.org/TR/REC-html40">\n'
        f"<Styles>{styles}</Styles>\n" + "\n".join(worksheets) + "\n</Workbook>"
    ).encode()


def _sheet(name: str, *tables: str, options: str = "") -> str:
    body = "".join(f"<Table>{table}</Table>" for table in tables)
    return f'<Worksheet ss:Name="{name}">{body}{options}</Worksheet>'


def _cell(value: str, kind: str = "String", attributes: str = "") -> str:
    return f'<Cell{attributes}><Data ss:Type="{kind}">{value}</Data></Cell>'


def test_exact_sheets() -> None:
    data = _book(
        _sheet(
            "表1",
            '<Row ss:Index="2">' + _cell("标题", attributes=' ss:MergeAcross="2"') + "</Row>"
            "<Row>"
            + _cell("一级", attributes=' ss:Index="2" ss:MergeDown="1"')
            + _cell("b")
            + _cell("c", attributes=' ss:Index="5"')
            + "</Row>"
            '<Row ss:Index="4">' + _cell("d", attributes=' ss:Index="3"') + "</Row>",
            "<Row>" + _cell("二表") + '</Row><Row ss:Index="3">' + _cell("行&#10;二") + "</Row>",
        ),
        _sheet("空表"),
        _sheet("表3", "<Row><Cell/></Row>"),
    )
    sheets = read_excel_xml(data, file="导出.xls")
    assert [(s.name, s.rows, s.row_numbers, s.file) for s in sheets] == [
        (
            "表1",
            (
                ("", "", "", "", ""),
                ("标题", "", "", "", ""),
                ("", "一级", "b", "", "c"),
                ("", "", "d", "", ""),
                ("二表", "", "", "", ""),
                ("", "", "", "", ""),
                ("行\n二", "", "", "", ""),
            ),
            (1, 2, 3, 4, 5, 6, 7),
            "导出.xls",
        ),
        ("空表", (), (), "导出.xls"),
        ("表3", (), (), "导出.xls"),
    ]


def test_a_value_stored_inside_a_merged_range_is_blanked_as_in_xlsx() -> None:
    data = _book(
        _sheet(
            "表1",
            "<Row>" + _cell("产出指标", attributes=' ss:MergeDown="1"') + _cell("a") + "</Row>"
            "<Row>" + _cell("残留") + _cell("b") + "</Row>",
        )
    )
    [sheet] = read_excel_xml(data)
    assert sheet.rows == (("产出指标", "a"), ("", "b"))


def test_merged_ranges_reach_the_sheet() -> None:
    # a name merged down over two rows is told from one typed empty (regress15 W8)
    data = _book(
        _sheet(
            "表1",
            "<Row>" + _cell("标题", attributes=' ss:MergeAcross="2"') + "</Row>"
            "<Row>"
            + _cell("产出指标")
            + _cell("补贴机具数量", attributes=' ss:MergeDown="1"')
            + _cell("≥500台")
            + "</Row>"
            "<Row>" + _cell("", attributes=' ss:Index="3"') + "</Row>",
        )
    )
    [sheet] = read_excel_xml(data)
    assert sorted(sheet.merges or ()) == [(0, 0, 0, 2), (1, 1, 2, 1)]
    assert [sheet.merged(2, 1), sheet.merged(2, 0), sheet.merged(1, 1)] == [True, False, False]


@pytest.mark.parametrize(
    ("hidden", "visible"),
    [
        ("<Visible>SheetHidden</Visible>", ["表1"]),
        ("<Visible>SheetVeryHidden</Visible>", ["表1"]),
        ("<Visible>SheetVisible</Visible>", ["表1", "表2"]),
        ("<Selected/>", ["表1", "表2"]),
    ],
)
def test_hidden_worksheets_are_left_out(hidden: str, visible: list[str]) -> None:
    options = f'<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">{hidden}'
    data = _book(
        _sheet("表1", "<Row>" + _cell("a") + "</Row>"),
        _sheet("表2", "<Row>" + _cell("b") + "</Row>", options=options + "</WorksheetOptions>"),
    )
    assert [sheet.name for sheet in read_excel_xml(data)] == visible


def test_hidden_rows_and_spans() -> None:
    data = _book(
        _sheet(
            "表1",
            "<Row>" + _cell("a") + "</Row>"
            '<Row ss:Hidden="1">' + _cell("删除的") + "</Row>"
            '<Row ss:Span="2" ss:Height="20"/>'  # rows 3 to 5: empty, formatted
            "<Row>" + _cell("f") + "</Row>"
            '<Row ss:Index="8" ss:Hidden="1" ss:Span="1"/>'
            '<Row ss:Index="10">' + _cell("j") + "</Row>",
        )
    )
    [sheet] = read_excel_xml(data)
    assert [row[0] for row in sheet.rows] == ["a", "", "", "", "", "f", "", "", "", "j"]


STYLES = (
    '<Style ss:ID="Default" ss:Name="Normal"><NumberFormat ss:Format="0.0"/></Style>'
    '<Style ss:ID="pct"><NumberFormat ss:Format="Percent"/></Style>'
    '<Style ss:ID="child" ss:Parent="pct"><Font ss:Bold="1"/></Style>'
    '<Style ss:ID="grandchild" ss:Parent="child"/>'
    '<Style ss:ID="own" ss:Parent="pct"><NumberFormat ss:Format="0.000"/></Style>'
    '<Style ss:ID="general" ss:Parent="pct"><NumberFormat/></Style>'
    '<Style ss:ID="loop1" ss:Parent="loop2"/><Style ss:ID="loop2" ss:Parent="loop1"/>'
)


@pytest.mark.parametrize(
    ("cell_style", "row_style", "expected"),
    [
        (None, None, "0.5"),  # the Default style's 0.0
        ("pct", None, "50.00%"),
        ("child", None, "50.00%"),  # inherited through ss:Parent
        ("grandchild", None, "50.00%"),
        ("own", None, "0.500"),
        ("general", None, "0.5"),  # an empty NumberFormat is General
        ("loop1", None, "0.5"),  # a cycle of parents: General
        ("unknown", None, "0.5"),
        (None, "pct", "50.00%"),  # the row's style, for a cell without its own
        ("own", "pct", "0.500"),
    ],
)
def test_number_formats_come_from_styles(
    cell_style: str | None, row_style: str | None, expected: str
) -> None:
    cell = _cell("0.5", "Number", f' ss:StyleID="{cell_style}"' if cell_style else "")
    row = f'<Row ss:StyleID="{row_style}">' if row_style else "<Row>"
    [sheet] = read_excel_xml(_book(_sheet("表1", row + cell + "</Row>"), styles=STYLES))
    assert sheet.rows == ((expected,),)


@pytest.mark.parametrize(
    ("kind", "value", "number_format", "expected"),
    [
        ("Number", "0.95", "Percent", "95.00%"),
        ("Number", "0.6726", "0.00%", "67.26%"),
        ("Number", "84.88", "Fixed", "84.88"),
        ("Number", "0", "Fixed", "0.00"),
        ("Number", "1234.5", "Standard", "1234.50"),
        ("Number", "1234.5", "Currency", "1234.50"),
        ("Number", "2", "General Number", "2"),
        ("Number", "2.0", "General", "2"),
        ("Number", "0.30000000000000004", None, "0.3"),
        ("Number", "1.5E3", None, "1500"),
        ("Number", "-0.25", None, "-0.25"),
        ("Number", "330100241234567890", None, "330100241234567890"),  # an integer is exact
        ("Number", "0.9", '"≥"0%', "≥90%"),  # the format's operator is the target's
        ("Number", "45351", "Short Date", "2024-02-29"),  # a serial under a date format
        ("Number", "45352.5", "General Date", "2024-03-01 12:00:00"),
        ("Number", "45352", 'yyyy"年"m"月"', "2024年3月"),
        ("Number", "0.5", "Short Time", "12:00:00"),
        ("Number", "-1", "Short Date", "-1"),
        ("Number", "1", "Yes/No", "是"),
        ("Number", "0", "True/False", "否"),
        ("Number", "≥95%", "Percent", "≥95%"),  # a template's text in a number cell: kept
        ("Number", "nan", None, "nan"),
        ("Number", "1_000", None, "1_000"),
        ("Number", "", None, ""),
        ("DateTime", "2023-08-31T00:00:00.000", "Short Date", "2023-08-31"),
        ("DateTime", "2023-08-31T00:00:00.000", "Medium Date", "2023-08-31"),
        ("DateTime", "2023-08-31T00:00:00.000", "Long Date", "2023-08-31"),
        ("DateTime", "2023-08-31T00:00:00.000", None, "2023-08-31"),
        ("DateTime", "2023-08-31T08:30:00.000", "General Date", "2023-08-31 08:30:00"),
        ("DateTime", "2024-03-01T00:00:00.000", 'yyyy"年"m"月"', "2024年3月"),
        ("DateTime", "2024-03-01T00:00:00.000", "yyyy\\年m\\月", "2024年3月"),
        ("DateTime", "2024-03-01T00:00:00.000", "yyyy-mm", "2024年3月"),
        ("DateTime", "1899-12-31T08:30:00.000", "Short Time", "08:30:00"),
        ("DateTime", "2023-08-31T08:30:00.000", "h:mm", "08:30:00"),
        ("DateTime", "2023年8月31日", None, "2023年8月31日"),  # no ISO date: kept
        ("Boolean", "1", None, "是"),
        ("Boolean", "0", None, "否"),
        ("Boolean", "也许", None, "也许"),
        ("Error", "#DIV/0!", None, "#DIV/0!"),
        ("Error", "#N/A", None, "#N/A"),
        ("String", "≥95%", "Percent", "≥95%"),
        ("String", "  两端空格 ", None, "  两端空格 "),
        ("String", "第一行&#10;第二行", None, "第一行\n第二行"),
        ("String", "&lt;b&gt;&amp;", None, "<b>&"),
    ],
)
def test_cell_texts(kind: str, value: str, number_format: str | None, expected: str) -> None:
    code = html.escape(number_format or "")
    styles = f'<Style ss:ID="f"><NumberFormat ss:Format="{code}"/></Style>'
    attributes = ' ss:StyleID="f"' if number_format else ""
    data = _book(
        _sheet("表1", "<Row>" + _cell(value, kind, attributes) + _cell("x") + "</Row>"),
        styles=styles if number_format else "",
    )
    [sheet] = read_excel_xml(data)
    assert sheet.rows == ((expected, "x"),)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("<Cell/>", ""),
        ('<Cell ss:StyleID="s1"></Cell>', ""),
        ('<Cell><Data ss:Type="String"/></Cell>', ""),
        ("<Cell><Data>无类型</Data></Cell>", "无类型"),
        ('<Cell ss:Formula="=SUM(R1C1:R1C2)"><Data ss:Type="Number">3</Data></Cell>', "3"),
        ('<Cell ss:Formula="=A1"/>', ""),  # a formula without a saved result
        (
            (
                '<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">'
                '<B>年度</B><Font html:Color="#FF0000">指标<I>值</I></Font>（修订）</ss:Data></Cell>'
            ),
            "年度指标值（修订）",
        ),
        (
            (
                '<Cell><Data ss:Type="String">正文</Data>'
                '<Comment ss:Author="张三"><ss:Data xmlns="http://www.w3.org/TR/REC-html40">'
                "<B>批注</B></ss:Data></Comment></Cell>"
            ),
            "正文",  # a comment is no part of the cell
        ),
        ('<Cell><Data ss:Type="String">a</Data><NamedCell ss:Name="Print_Area"/></Cell>', "a"),
        ('<Cell Index="1"><Data Type="Number">0.5</Data></Cell>', "0.5"),  # no ss: prefix
    ],
)
def test_cell_markup(cell: str, expected: str) -> None:
    [sheet] = read_excel_xml(_book(_sheet("表1", f"<Row>{cell}{_cell('x')}</Row>")))
    assert sheet.rows == ((expected, "x"),)


_STRUCK_STYLES = (
    '<Style ss:ID="del"><Font ss:FontName="宋体" ss:StrikeThrough="1"/></Style>'
    '<Style ss:ID="red"><Font ss:Color="#FF0000"/></Style>'
)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # a run struck out in rich text: what a reviewer deleted
        (
            (
                '<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">'
                '<S>98%</S><Font html:Color="#FF0000">100%</Font></ss:Data></Cell>'
            ),
            ("100%",),
        ),
        (
            (
                '<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">'
                "<B>≥<S>90</S>95</B>%</ss:Data></Cell>"
            ),
            ("≥95%",),
        ),
        # a cell whose style strikes the font out is a deleted value
        (_cell("2950人", attributes=' ss:StyleID="del"') + _cell("留"), ("", "留")),
        (_cell("红字", attributes=' ss:StyleID="red"'), ("红字",)),
    ],
)
def test_struck_out_text_is_left_out(row: str, expected: tuple[str, ...]) -> None:
    [sheet] = read_excel_xml(_book(_sheet("表1", f"<Row>{row}</Row>"), styles=_STRUCK_STYLES))
    assert sheet.rows == (expected,)


def test_a_workbook_without_the_namespace_is_read_when_forced() -> None:
    data = (
        '<Workbook><Worksheet Name="表1"><Table><Row><Cell><Data Type="Number">5</Data>'
        "</Cell></Row></Table></Worksheet></Workbook>"
    ).encode()
    assert detect_format(data) != "excel-xml"
    [sheet] = read_excel_xml(data)
    assert (sheet.name, sheet.rows) == ("表1", (("5",),))


def test_a_worksheet_without_a_name() -> None:
    data = _book("<Worksheet><Table><Row>" + _cell("a") + "</Row></Table></Worksheet>")
    assert [sheet.name for sheet in read_excel_xml(data)] == ["Sheet1"]


# ---------------------------------------------------------------------------
# Detection


HEAD = f'<Workbook xmlns="{SS}" xmlns:ss="{SS}">'
BODY = '<Worksheet ss:Name="表1"><Table><Row><Cell><Data ss:Type="String">项目名称</Data></Cell>'
BODY += "</Row></Table></Worksheet></Workbook>"


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        ((HEAD + BODY).encode(), "导出.xls", "excel-xml"),
        ((HEAD + BODY).encode(), "导出.xml", "excel-xml"),
        ((HEAD + BODY).encode(), "导出.txt", "excel-xml"),
        ((HEAD + BODY).encode(), "导出.html", "excel-xml"),
        ((HEAD + BODY).encode(), None, "excel-xml"),
        (('<?xml version="1.0"?>\n' + HEAD + BODY).encode(), None, "excel-xml"),
        (
            (
                '<?xml version="1.0" encoding="GB2312"?>\r\n<?mso-application progid="Excel.Sheet"?>'
                "\r\n" + HEAD + BODY
            ).encode("gbk"),
            "导出.xls",
            "excel-xml",
        ),
        (("\ufeff  \n" + HEAD + BODY).encode(), None, "excel-xml"),  # BOM and white space
        (("<!-- 由系统生成 -->\n" + HEAD + BODY).encode("utf-16"), None, "excel-xml"),
        ((f'<ss:Workbook xmlns:ss="{SS}"></ss:Workbook>').encode(), None, "excel-xml"),
        ((f'<!DOCTYPE x [<!ENTITY a "b">]>{HEAD}{BODY}').encode(), None, "excel-xml"),
        # Not in the SpreadsheetML namespace: not this format.
        (b"<Workbook><Worksheet/></Workbook>", None, "html"),
        ((f'<Workbook xmlns:ss="{SS}"></Workbook>').encode(), None, "html"),
        (b'<Workbook xmlns="urn:example">\n<Row>\n</Workbook>', None, "html"),
        # Excel's "web page" (HTML with Office namespaces) is HTML.
        (
            (
                b'<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                b'xmlns:x="urn:schemas-microsoft-com:office:excel">\n<body><table><tr><td>a</td>'
                b"</tr></table></body></html>"
            ),
            "导出.xls",
            "html",
        ),
        ("项目名称\tWorkbook\n".encode(), None, "text"),
    ],
)
def test_detect_format(data: bytes, name: str | None, expected: str) -> None:
    assert detect_format(data, name) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (HEAD, "excel-xml"),
        ('<?xml version="1.0"?><!-- a --><?pi x?>' + HEAD, "excel-xml"),
        (f"<x:Workbook xmlns:x='{SS}'>", "excel-xml"),
        (f'<Workbook xmlns:ss="{SS}" xmlns="urn:other">', None),
        (f'<x:Workbook xmlns="{SS}">', None),
        ("<Workbookx>", None),
        ("<!-- unclosed", None),
        ("<?xml version='1.0'", None),
        ("Workbook", None),
        ("", None),
    ],
)
def test_markup_format(head: str, expected: str | None) -> None:
    assert markup_format(head.encode()) == expected


def test_input_format_excel_xml_on_the_command_line(tmp_path: Path) -> None:
    from perftrack.cli import main  # noqa: PLC0415

    path = tmp_path / "导出.xls"
    path.write_bytes(excel_xml_bytes({"表1": [TRACKING]}))
    assert main(["read", "--input-format", "excel-xml", "--format", "json", str(path)]) == 0


def test_the_format_is_listed() -> None:
    assert "excel-xml" in perftrack.readers.FORMATS
    assert (
        perftrack.readers.FORMATS.index("excel-xml") == perftrack.readers.FORMATS.index("xls") + 1
    )


# ---------------------------------------------------------------------------
# Errors


def _read_error(data: bytes, tmp_path: Path, name: str = "导出.xls") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as excinfo:
        perftrack.read(path)
    message = str(excinfo.value)
    assert message.startswith(f"{path}: ")
    return message.removeprefix(f"{path}: ")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            (
                '<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">'
                '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n' + HEAD + BODY
            ).encode(),
            "XML 电子表格含有 DOCTYPE（DTD 或实体声明），出于安全考虑拒绝读取",
        ),
        (
            (f'<!DOCTYPE Workbook SYSTEM "file:///etc/passwd">{HEAD}{BODY}').encode(),
            "XML 电子表格含有 DOCTYPE（DTD 或实体声明），出于安全考虑拒绝读取",
        ),
        (
            ("<!-- 注释 -->\n<!ENTITY a 'b'>" + HEAD + BODY).encode(),
            "XML 电子表格含有 DOCTYPE（DTD 或实体声明），出于安全考虑拒绝读取",
        ),
        (
            (HEAD + '\n<Worksheet ss:Name="表1"><Table>\n<Row><Cell></Row>').encode(),
            "工作表 表1: 不是有效的 XML 电子表格：第 3 行第 14 列有 XML 错误（开始与结束标记不匹配）",
        ),
        (
            (HEAD + '<Worksheet ss:Name="表1"><Table><Row><Cell><Data>&nbsp;</Data>').encode(),
            "工作表 表1: 不是有效的 XML 电子表格：第 1 行第 168 列有 XML 错误（未定义的实体）",
        ),
        (
            (HEAD + '<Worksheet ss:Name="表1"><Table><Row><Cell><Data ss:Ty').encode(),
            ("工作表 表1: XML 电子表格不完整：文件在第 1 行第 162 列意外结束（文件可能被截断）"),
        ),
        (
            (HEAD + BODY).encode()[:-12],
            ("工作表 表1: XML 电子表格不完整：文件在第 1 行第 217 列意外结束（文件可能被截断）"),
        ),
        (
            (HEAD + BODY).encode()[:-11],
            "XML 电子表格不完整：文件在第 1 行第 229 列意外结束（文件可能被截断）",
        ),
        (
            (HEAD + "<Styles/></Workbook>").encode(),
            "XML 电子表格中没有工作表（Worksheet）",
        ),
    ],
)
def test_errors(data: bytes, expected: str, tmp_path: Path) -> None:
    assert _read_error(data, tmp_path) == expected


def _rows(*rows: str) -> bytes:
    return _book(_sheet("表1", "".join(rows)))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            _rows('<Row ss:Index="3">' + _cell("a") + "</Row>", '<Row ss:Index="2"/>'),
            "工作表 表1 第 2 行: 行的 ss:Index=2 不在前一行（第 3 行）之后",
        ),
        (
            _rows('<Row ss:Index="0"/>'),
            "工作表 表1 第 1 行: ss:Index='0' 不是有效的位置（应为 1 至 1048576 的整数）",
        ),
        (
            _rows('<Row ss:Index="abc"/>'),
            "工作表 表1 第 1 行: ss:Index='abc' 不是有效的位置（应为 1 至 1048576 的整数）",
        ),
        (
            _rows('<Row ss:Index="1048577"/>'),
            "工作表 表1 第 1 行: ss:Index='1048577' 不是有效的位置（应为 1 至 1048576 的整数）",
        ),
        (
            _rows("<Row>" + _cell("a", attributes=' ss:MergeAcross="2"') + _cell("b", attributes=' ss:Index="2"') + "</Row>"),
            "工作表 表1 第 1 行: 单元格的 ss:Index=2 不在前一单元格（第 3 列）之后",
        ),
        (
            _rows("<Row>" + _cell("a", attributes=' ss:Index="-1"') + "</Row>"),
            "工作表 表1 第 1 行: 单元格的 ss:Index='-1' 不是有效的位置（应为 1 至 16384 的整数）",
        ),
        (
            _rows("<Row>" + _cell("a", attributes=' ss:Index="16384" ss:MergeAcross="1"') + "</Row>"),
            "工作表 表1 第 1 行: ss:MergeAcross='1' 超出 Excel 工作表的范围",
        ),
        (
            _rows("<Row>" + _cell("a", attributes=' ss:MergeDown="1e9"') + "</Row>"),
            "工作表 表1 第 1 行: ss:MergeDown='1e9' 超出 Excel 工作表的范围",
        ),
        (
            _rows("<Row>" + _cell("a", attributes=' ss:Index="16384"') + "<Cell/></Row>"),
            "工作表 表1 第 1 行: 单元格超出 Excel 工作表的 16384 列",
        ),
        (
            _rows('<Row ss:Index="1048576" ss:Span="1"/>'),
            "工作表 表1 第 1048576 行: ss:Span='1' 超出 Excel 工作表的范围",
        ),
    ],
)  # fmt: skip
def test_absurd_indexes(data: bytes, expected: str, tmp_path: Path) -> None:
    assert _read_error(data, tmp_path) == expected


def test_an_index_past_the_grid_in_a_later_table() -> None:
    data = _book(
        _sheet(
            "表1",
            '<Row ss:Index="1048570">' + _cell("a") + "</Row>",
            '<Row ss:Index="10">' + _cell("b") + "</Row>",
        )
    )
    with pytest.raises(ReadError, match="行号 1048580 超出 Excel 工作表的 1048576 行"):
        read_excel_xml(data)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # Cells written out.
        ("<Row>" + _cell("a") * 5 + "</Row>" * 1, None),
        ("".join("<Row>" + _cell("a") * 4 + "</Row>" for _ in range(3)), "3 行 × 4 列"),
        # What ss:Index jumps expand to.
        ('<Row ss:Index="11">' + _cell("a") + "</Row>", "11 行 × 1 列"),
        ("<Row>" + _cell("a", attributes=' ss:Index="11"') + "</Row>", "1 行 × 11 列"),
        # What merged ranges expand to.
        ("<Row>" + _cell("a", attributes=' ss:MergeAcross="4" ss:MergeDown="2"') + "</Row>", "3 行 × 5 列"),
        ("<Row>" + _cell("a", attributes=' ss:MergeDown="10"') + "</Row>", "11 行 × 1 列"),
    ],
)  # fmt: skip
def test_cells_are_capped(rows: str, expected: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_excel_xml, "MAX_CELLS", 10)
    monkeypatch.setattr(_xlsx, "MAX_CELLS", 10)  # the message and the merged-range budget
    data = _book(_sheet("表1", rows))
    if expected is None:
        assert read_excel_xml(data)
        return
    with pytest.raises(ReadError) as excinfo:
        read_excel_xml(data, file="a.xls")
    assert str(excinfo.value) == f"a.xls: 工作表 表1: 工作表过大（{expected}，上限 10 个单元格）"


def test_a_file_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_decode, "MAX_BYTES", 100)
    with pytest.raises(ReadError, match="文件过大"):
        read_excel_xml((HEAD + BODY).encode())


def test_forcing_the_format_on_another_file() -> None:
    with pytest.raises(ReadError) as excinfo:
        perftrack.read(b"<html><body><p>a</p></body></html>", format="excel-xml")
    assert str(excinfo.value) == (
        "不是 XML 电子表格：根元素是 <html>，不是 SpreadsheetML 的 <Workbook>"
    )
    with pytest.raises(ReadError) as excinfo:
        perftrack.read("项目名称\t两新党建工作\n".encode(), format="excel-xml")
    assert str(excinfo.value) == "不是 XML 电子表格：没有找到 XML 根元素（Workbook）"


def test_all_worksheets_hidden_is_a_file_without_a_table() -> None:
    data = excel_xml_bytes({"上年": [LAST_YEAR]}, hidden={"上年": "SheetHidden"})
    with pytest.raises(ReadError, match="文件中没有可读的表格内容"):
        perftrack.read(data)


def test_a_workbook_without_a_grid_names_its_worksheets() -> None:
    data = excel_xml_bytes({"封面": [XTable([["项目支出绩效自评表"]])]})
    with pytest.raises(ReadError) as excinfo:
        perftrack.read(data)
    assert excinfo.value.where == "工作表“封面”"
    assert "内容按" not in str(excinfo.value)  # no hint to force a text format


def test_importing_perftrack_loads_no_xml_parser() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (
        "import sys, perftrack\n"
        "print(sorted(n for n in ('xml.etree.ElementTree', 'perftrack.readers._excel_xml')"
        " if n in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("before", ["\n\n", "\ufeff\r\n", "  \t\n"])
def test_blank_lines_before_the_declaration(before: str) -> None:
    # a template engine (JSP, FreeMarker) writes its blank lines before <?xml
    data = f'{before}<?xml version="1.0"?>\n{HEAD}{BODY}'.encode()
    assert detect_format(data) == "excel-xml"
    [sheet] = read_excel_xml(data)
    assert sheet.rows == (("项目名称",),)
