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

from pathlib import Path

import pytest

import perftrack
from perftrack import ReadError
from perftrack.cli import main
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


# ---------------------------------------------------------------------------
# M1, M2: the whole-workbook web page, X.htm + X.files/

_FRAMESET = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=ProgId content=Excel.Sheet>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets>
{entries}
</x:ExcelWorksheets><x:Stylesheet HRef="跟踪表.files/stylesheet.css"/></x:ExcelWorkbook></xml><![endif]-->
</head><frameset rows="*,39"><frame src="跟踪表.files/sheet001.htm" name="frSheet">
<frame src="跟踪表.files/tabstrip.htm" name="frTabs"><noframes><body><p>此页面使用了框架</p></body></noframes>
</frameset></html>"""

_ENTRIES = (
    '<x:ExcelWorksheet><x:Name>2024年跟踪表</x:Name><x:WorksheetSource HRef="跟踪表.files/sheet001.htm"/></x:ExcelWorksheet>'
    '<x:ExcelWorksheet><x:Name>填表说明</x:Name><x:WorksheetSource HRef="跟踪表.files/sheet002.htm"/></x:ExcelWorksheet>'
)

_SHEET_HEAD = (
    '<meta http-equiv=Content-Type content="text/html; charset=gb2312">'
    '<link rel=File-List href="filelist.xml"><link rel=Stylesheet href=stylesheet.css>'
)


def _web_folder(root: Path, entries: str = _ENTRIES) -> Path:
    """Excel's web page of a two-sheet workbook in *root*: the path of ``跟踪表.htm``."""
    files = root / "跟踪表.files"
    files.mkdir(parents=True)
    main = root / "跟踪表.htm"
    main.write_bytes(_FRAMESET.format(entries=entries).encode("gb18030"))
    sheet = _tracking(
        "<td><font class=xl70>≥15处</font> ≥12处</td><td>8处</td><td>9处</td><td></td>",
        head=_SHEET_HEAD,
    )
    (files / "sheet001.htm").write_bytes(sheet.encode("gb18030"))
    notes = "<html><body><table><tr><td>填表说明</td></tr><tr><td>1. 金额单位为万元。</td></tr></table></body></html>"
    (files / "sheet002.htm").write_bytes(notes.encode("gb18030"))
    (files / "tabstrip.htm").write_bytes(
        b'<html><body><table><tr><td><a href="sheet001.htm" target="frSheet">2024</a></td>'
        b'<td><a href="sheet002.htm" target="frSheet">notes</a></td></tr></table></body></html>'
    )
    (files / "filelist.xml").write_bytes(
        b'<xml xmlns:o="urn:schemas-microsoft-com:office:office"><o:File HRef="sheet001.htm"/></xml>'
    )
    (files / "stylesheet.css").write_bytes(
        b".xl70 {mso-style-parent:style0;text-decoration:line-through;}\n"
    )
    return main


_FIRST = ("新建集中供水工程数量", "≥12(处)", "8(处)", "9(处)")


def _first(tables: tuple[perftrack.Table, ...]) -> tuple[str | None, tuple[str, str, str, str]]:
    [table] = tables
    indicator = table.indicators[0]
    return table.source.sheet, (
        indicator.name,
        str(indicator.target),
        str(indicator.planned),
        str(indicator.actual),
    )


def test_frameset_page_reads_its_worksheets(tmp_path: Path) -> None:
    main = _web_folder(tmp_path)
    tables = perftrack.read(main)
    assert _first(tables) == ("2024年跟踪表", _FIRST)
    assert [(f.id, f.message) for f in tables[0].findings if f.id == "sheet-unread"] == [
        ("sheet-unread", "工作表“填表说明”未读出表格（2行内容，首行“填表说明”）")
    ]


def test_worksheet_page_applies_its_linked_style_sheet(tmp_path: Path) -> None:
    _web_folder(tmp_path)
    tables = perftrack.read(tmp_path / "跟踪表.files" / "sheet001.htm")
    assert _first(tables) == (None, _FIRST)


def test_hidden_worksheet_is_left_out(tmp_path: Path) -> None:
    entries = _ENTRIES.replace(
        "<x:Name>填表说明</x:Name>", "<x:Name>填表说明</x:Name><x:Visible>SheetHidden</x:Visible>"
    )
    tables = perftrack.read(_web_folder(tmp_path, entries))
    assert [f.id for f in tables[0].findings if f.id == "sheet-unread"] == []


REFUSED_CASES = [
    pytest.param(
        "../secret/sheet001.htm",
        "Excel 网页的工作表“../secret/sheet001.htm”不在其文件夹中，未读取（只读取本地文件）",
        id="parent-folder",
    ),
    pytest.param(
        "http://example.com/sheet001.htm",
        "Excel 网页的工作表“http://example.com/sheet001.htm”不在其文件夹中，未读取（只读取本地文件）",
        id="url",
    ),
    pytest.param(
        "/etc/sheet001.htm",
        "Excel 网页的工作表“/etc/sheet001.htm”不在其文件夹中，未读取（只读取本地文件）",
        id="absolute",
    ),
    pytest.param(
        "跟踪表.files/sheet009.htm",
        "Excel 网页的工作表文件“跟踪表.files/sheet009.htm”不存在：请连同文件夹“跟踪表.files”一起提供",
        id="missing",
    ),
]


@pytest.mark.parametrize(("reference", "message"), REFUSED_CASES)
def test_frameset_reference_refused(tmp_path: Path, reference: str, message: str) -> None:
    entries = f'<x:ExcelWorksheet><x:Name>表</x:Name><x:WorksheetSource HRef="{reference}"/></x:ExcelWorksheet>'
    main = _web_folder(tmp_path, entries)
    with pytest.raises(ReadError) as caught:
        perftrack.read(main)
    assert caught.value.message == message


def test_frameset_link_out_of_the_folder_refused(tmp_path: Path) -> None:
    main = _web_folder(tmp_path / "导出")
    (tmp_path / "secret.htm").write_text(
        _tracking("<td>≥1处</td><td>1处</td><td>1处</td><td></td>")
    )
    (tmp_path / "导出" / "跟踪表.files" / "sheet001.htm").unlink()
    (tmp_path / "导出" / "跟踪表.files" / "sheet001.htm").symlink_to(tmp_path / "secret.htm")
    with pytest.raises(ReadError) as caught:
        perftrack.read(main)
    assert caught.value.message == (
        "Excel 网页的工作表“跟踪表.files/sheet001.htm”不在其文件夹中，未读取（只读取本地文件）"
    )


def test_folder_read_passes_the_web_folder_over(tmp_path: Path) -> None:
    _web_folder(tmp_path)
    result = perftrack.read_many(tmp_path)
    assert (
        [(t.source.file, t.source.sheet) for t in result.tables],
        list(result.errors),
    ) == ([(str(tmp_path / "跟踪表.htm"), "2024年跟踪表")], [])


def test_folder_read_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _web_folder(tmp_path)
    status = main(["read", str(tmp_path)])
    assert (status, capsys.readouterr().err) == (0, "")


def test_web_folder_without_its_main_page_is_read(tmp_path: Path) -> None:
    _web_folder(tmp_path)
    (tmp_path / "跟踪表.htm").unlink()
    result = perftrack.read_many(tmp_path)
    assert [Path(t.source.file or "").name for t in result.tables] == ["sheet001.htm"]
    # the sheet tabs' page holds no table and is passed over (cli27 M3); the notes
    # sheet, a page of its own, is still reported
    assert sorted(Path(e.file).name for e in result.errors) == ["sheet002.htm"]


def test_web_folder_read_itself_passes_the_tab_strip_over(tmp_path: Path) -> None:
    _web_folder(tmp_path)
    (tmp_path / "跟踪表.files" / "sheet002.htm").unlink()
    result = perftrack.read_many(tmp_path / "跟踪表.files")
    assert [Path(t.source.file or "").name for t in result.tables] == ["sheet001.htm"]
    assert list(result.errors) == []


def test_a_tab_strip_outside_a_web_folder_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "tabstrip.htm").write_bytes(b"<html><body><p>no table</p></body></html>")
    result = perftrack.read_many(tmp_path)
    assert [Path(e.file).name for e in result.errors] == ["tabstrip.htm"]
