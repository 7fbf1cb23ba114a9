"""word98: fixes of the word38 appendix rule, the 0%-rule's failed checks and powers of ten.

- W1: a table after ``附表：…项目绩效自评表`` is another project's table, and so is one
  whose indicators are not mostly the grid's before it: read, never left out as an
  appendix. An appendix listing the same indicators again is still left out.

Documents are built here with python-docx.
"""

from __future__ import annotations

import io

import pytest
from tests.test_review_r91 import _letter, _tracking

import perftrack

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
