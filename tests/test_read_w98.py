"""word98: fixes of the word38 appendix rule, the 0%-rule's failed checks and powers of ten.

- W1: a table after ``附表：…项目绩效自评表`` is another project's table, and so is one
  whose indicators are not mostly the grid's before it: read, never left out as an
  appendix. An appendix listing the same indicators again is still left out.

Documents are built here with python-docx.
"""

from __future__ import annotations

import io

import pytest
from tests.test_read_doc import RAISED, _formatted
from tests.test_review_r91 import _letter, _tracking

import perftrack
from perftrack.readers._docx import read_docx
from perftrack.readers._html import read_html
from perftrack.readers._xlsx import read_xlsx

docx = pytest.importorskip("docx")

_HEADER = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因",
)
_MAIN = (
    ("项目名称", "食品安全抽检", "主管部门", "某市卫健委", "", "", "", ""),
    _HEADER,
    ("产出指标", "数量指标", "食品抽检批次", "≥2150批", "2200批", "50", "50", ""),
    ("效益指标", "社会效益指标", "食品安全知晓率", "≥85%", "88%", "30", "30", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "20", "20", ""),
    ("总分", "", "", "", "", "100", "100", ""),
)
_APPENDIX = (
    ("序号", "三级指标", "指标值", "完成值", "分值", "得分"),
    ("1", "食品抽检批次", "≥2150批", "2200批", "50", "50"),
    ("2", "食品安全知晓率", "≥85%", "88%", "30", "30"),
    ("3", "群众满意度", "≥90%", "93%", "20", "20"),
)
_OTHER_PROJECT = (
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
    ("产出指标", "数量指标", "新建供水工程数量", "≥12处", "7处", "50", "29"),
    ("效益指标", "社会效益指标", "受益人口", "≥3.5万人", "1.8万人", "30", "15"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "80%", "20", "17"),
    ("合计", "", "", "", "", "100", "61"),
)
_MAIN_NAMES = ["食品抽检批次", "食品安全知晓率", "群众满意度"]
_OTHER_NAMES = ["新建供水工程数量", "受益人口", "群众满意度"]


def _document(caption: str, second: tuple[tuple[str, ...], ...]) -> bytes:
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表")
    document.add_paragraph("（2024年度）")
    for rows in (_MAIN, None, second):
        if rows is None:
            document.add_paragraph(caption)
            continue
        table = document.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("caption", "second", "expected", "left_out"),
    [
        # an appendix of the same indicators: left out, as before
        pytest.param("附：指标明细", _APPENDIX, [_MAIN_NAMES], ["INFO"], id="appendix-left-out"),
        pytest.param(
            "附表1 评分明细", _APPENDIX, [_MAIN_NAMES], ["INFO"], id="appendix-table-left-out"
        ),
        # a caption naming a whole table: another project's table
        pytest.param(
            "附表：农村饮水安全巩固提升项目绩效自评表",
            _OTHER_PROJECT,
            [_MAIN_NAMES, _OTHER_NAMES],
            [],
            id="caption-names-self-evaluation-table",
        ),
        pytest.param(
            "附表2：农村饮水安全巩固提升项目绩效跟踪表",
            _OTHER_PROJECT,
            [_MAIN_NAMES, _OTHER_NAMES],
            [],
            id="caption-names-tracking-table",
        ),
        # a plain caption, but other indicators: no list of the same indicators
        pytest.param(
            "附表2 农村饮水安全巩固提升",
            _OTHER_PROJECT,
            [_MAIN_NAMES, _OTHER_NAMES],
            [],
            id="other-indicators",
        ),
    ],
)
def test_docx_appendix_or_second_project(
    caption: str,
    second: tuple[tuple[str, ...], ...],
    expected: list[list[str]],
    left_out: list[str],
) -> None:
    tables = perftrack.read(_document(caption, second))
    assert [[indicator.name for indicator in table.indicators] for table in tables] == expected
    assert [
        f.severity.name for table in tables for f in table.findings if f.id == "layout-normalised"
    ] == left_out


# ---------------------------------------------------------------------------
# W2: a failed acceptance or test (验收未通过, 未通过验收) is a check, so the 0 is behind

_UNRATED = (
    "存在以下问题：有1项指标的合格率填报为0，尚无验收或检查结果（“设备抽检合格率”）。"
    "建议尚未验收的注明验收安排。"
)
_BEHIND = "一是有1项指标进度落后于跟踪期计划（“设备抽检合格率”）；"
_BEHIND_UNEXPLAINED = "一是有1项指标进度落后于跟踪期计划且未分析原因（“设备抽检合格率”）；"


@pytest.mark.parametrize(
    ("actual", "reason", "expected"),
    [
        pytest.param("0（验收未通过）", "", _BEHIND_UNEXPLAINED, id="note-acceptance-failed"),
        pytest.param("0（验收不通过）", "", _BEHIND_UNEXPLAINED, id="note-acceptance-refused"),
        pytest.param("0%（未通过验收）", "", _BEHIND_UNEXPLAINED, id="note-not-passed"),
        pytest.param("0%（检测未达标）", "", _BEHIND_UNEXPLAINED, id="note-test-failed"),
        pytest.param("0", "首次验收未通过，待整改后复验", _BEHIND, id="reason-first-failed"),
        pytest.param(
            "0", "抽检3批次检测未合格，待供应商更换后复检", _BEHIND, id="reason-not-qualified"
        ),
        # still no result: nothing was checked yet
        pytest.param("0（待验收）", "", _UNRATED, id="note-to-be-accepted"),
        pytest.param("0", "尚未组织验收", _UNRATED, id="reason-not-yet-accepted"),
    ],
)
def test_pass_rate_zero_failed_check(actual: str, reason: str, expected: str) -> None:
    letter = _letter(_tracking([["设备抽检合格率", "100%", "100%", actual, reason]]))
    assert expected in letter
    if expected == _UNRATED:
        assert "进度落后" not in letter
    else:
        assert "尚无验收或检查结果" not in letter


# ---------------------------------------------------------------------------
# W3: a raised number after a bare 10 is its power (≥10² is ≥100), never a note mark


def _docx_runs(runs: list[tuple[str, bool]]) -> str:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "年度指标值"
    paragraph = table.rows[0].cells[1].paragraphs[0]
    for text, raised in runs:
        paragraph.add_run(text).font.superscript = raised
    buffer = io.BytesIO()
    document.save(buffer)
    [sheet] = read_docx(buffer.getvalue())
    return sheet.rows[0][1]


def _html_runs(runs: list[tuple[str, bool]]) -> str:
    cell = "".join(f"<sup>{text}</sup>" if raised else text for text, raised in runs)
    [sheet] = read_html(f"<html><body><table><tr><td>年度指标值</td><td>{cell}</td></tr></table>")
    return sheet.rows[0][1]


def _xlsx_runs(runs: list[tuple[str, bool]]) -> str:
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.cell.rich_text import CellRichText, TextBlock  # noqa: PLC0415
    from openpyxl.cell.text import InlineFont  # noqa: PLC0415

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["年度指标值", None])
    sheet.cell(1, 2).value = CellRichText(
        *(
            TextBlock(InlineFont(vertAlign="superscript"), text) if raised else text  # type: ignore[arg-type]
            for text, raised in runs
        )
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    [read] = read_xlsx(buffer.getvalue())
    return read.rows[0][1]


POWERS = [
    pytest.param(
        [("≥10", False), ("2", True), ("万平方米", False)], "≥100万平方米", id="ten-squared"
    ),
    pytest.param([("约10", False), ("3", True), ("人次", False)], "约1000人次", id="ten-cubed"),
    pytest.param([("10", False), ("2", True)], "100", id="bare-ten-alone"),
    # kept as before: ×10 keeps its power, a note mark after other figures is left out
    pytest.param(
        [("≤1×10", False), ("5", True), ("CFU/m3", False)], "≤1×10⁵CFU/m3", id="times-ten"
    ),
    pytest.param([("2150", False), ("1", True)], "2150", id="note-after-figure"),
    pytest.param([("2010", False), ("2", True)], "2010", id="note-after-year-like"),
    pytest.param([("≥10", False), ("[2]", True)], "≥10", id="bracketed-note-after-ten"),
]


@pytest.mark.parametrize(("runs", "expected"), POWERS)
@pytest.mark.parametrize("read", [_docx_runs, _html_runs, _xlsx_runs], ids=["docx", "html", "xlsx"])
def test_raised_number_after_bare_ten_is_a_power(
    read: object, runs: list[tuple[str, bool]], expected: str
) -> None:
    assert callable(read)
    assert read(runs) == expected


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        pytest.param(
            [("≥10", b""), ("2", RAISED), ("万平方米", b"")], "≥100万平方米", id="ten-squared"
        ),
        pytest.param([("≤1×10", b""), ("5", RAISED)], "≤1×10⁵", id="times-ten"),
        pytest.param([("2150", b""), ("1", RAISED)], "2150", id="note-after-figure"),
        pytest.param([("面积100m", b""), ("2", RAISED)], "面积100m2", id="unit-power"),
    ],
)
def test_doc_raised_number_after_bare_ten_is_a_power(
    segments: list[tuple[str, bytes]], expected: str
) -> None:
    paragraph = [*segments[:-1], (segments[-1][0] + "\r", segments[-1][1])]
    assert _formatted([paragraph]) == ((expected,),)
    cell = [*segments[:-1], (segments[-1][0] + "\x07", segments[-1][1])]
    assert _formatted([cell, [("\x07", b"")]], compress=True) == ((expected,),)
