"""sh25fix: self-evaluation rows one cell short (regress81 s1, regress86 M2).

A named row whose target is words with no figure and whose last two cells are bare
numbers, the 得分 column blank, misses its actual: the numbers are its 分值 and 得分.
A statement target ``无拖欠农民工工资现象`` is a zero target, met by ``0起``.
Each table is built here, as a TSV and as an .xlsx, and read both ways.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack.expressions import Descriptive, QualitativeTarget, parse_target
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

Rows = list[list[str]]

_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]


def _rows(row: list[str]) -> Rows:
    return [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "乡村公共文化服务体系建设"],
        ["主管部门", "某县文化和旅游局", "实施单位", "某县文化馆"],
        _HEADER,
        ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", "20", "20", ""],
        row,
    ]


def _tables(rows: Rows, path: Path) -> list[perftrack.Table]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])
    file = path / "sh25.xlsx"
    book.save(file)
    text = "\n".join("\t".join(row) for row in rows)
    return [perftrack.read_text(text)[0], perftrack.read(file)[0]]


def _text(value: object) -> str | None:
    return None if value is None else str(getattr(value, "text", value))


def _reading(table: perftrack.Table) -> tuple[object, ...]:
    item = table.indicators[1]
    scored = score(table)
    ids = {f.id for f in table.findings} | {f.id for f in scored.findings}
    return (
        item.name,
        _text(item.target),
        _text(item.actual),
        item.weight,
        item.published_points,
        scored.verdicts[1].attainment.value,
        "layout-normalised" in ids,
        "missing-actual" in ids,
    )


_CASES = [
    # regress81 s1: the actual missing; 20 is the 分值, 18 the 得分 (was actual 20, 分值 18)
    pytest.param(
        ["效益指标", "社会效益指标", "群众文化获得感", "明显提升", "20", "18", "", ""],
        ("群众文化获得感", "明显提升", None, Decimal(20), Decimal(18), "unknown", True, True),
        id="s1-words-target-20-18",
    ),
    pytest.param(
        ["满意度指标", "服务对象满意度指标", "群众满意度", "满意", "10", "10", "", ""],
        ("群众满意度", "满意", None, Decimal(10), Decimal(10), "unknown", True, True),
        id="words-target-10-10",
    ),
    pytest.param(
        ["效益指标", "生态效益指标", "人居环境", "有效改善", "15", "12.5", "", ""],
        ("人居环境", "有效改善", None, Decimal(15), Decimal("12.5"), "unknown", True, True),
        id="words-target-15-12.5",
    ),
    # regress86 M2 (B4, D0): shifted, and the statement target is met by 0起
    pytest.param(
        ["效益指标", "社会效益指标", "无拖欠农民工工资现象", "0起", "10", "10", "", ""],
        ("", "无拖欠农民工工资现象", "0起", Decimal(10), Decimal(10), "met", True, False),
        id="b4-wage-arrears-phenomenon",
    ),
    pytest.param(
        ["效益指标", "社会效益指标", "无拖欠农民工工资现象发生", "0起", "10", "10", "", ""],
        ("", "无拖欠农民工工资现象发生", "0起", Decimal(10), Decimal(10), "met", True, False),
        id="d0-wage-arrears-phenomenon-happened",
    ),
    # near misses: the row keeps its columns
    pytest.param(
        ["产出指标", "数量指标", "培训人次", "≥30", "30", "10", "10", ""],
        ("培训人次", "≥30", "30", Decimal(10), Decimal(10), "met", False, False),
        id="full-row-bare-actual",
    ),
    pytest.param(
        ["产出指标", "数量指标", "培训人次", "≥30", "30", "10", "", ""],
        ("培训人次", "≥30", "30", Decimal(10), None, "met", False, False),
        id="unscored-row-figure-target",
    ),
    pytest.param(
        ["产出指标", "时效指标", "项目完工时间", "2023年12月底前", "12", "10", "", ""],
        ("项目完工时间", "2023年12月底前", "12", Decimal(10), None, "unknown", False, False),
        id="unscored-row-date-target",
    ),
    pytest.param(
        ["效益指标", "社会效益指标", "群众文化获得感", "明显提升", "20", "25", "", ""],
        ("群众文化获得感", "明显提升", "20", Decimal(25), None, "unknown", False, False),
        id="points-over-weight",
    ),
    pytest.param(
        ["效益指标", "社会效益指标", "群众文化获得感", "明显提升", "120", "100", "", ""],
        ("群众文化获得感", "明显提升", "120", Decimal(100), None, "unknown", False, False),
        id="weight-over-100",
    ),
    # above every 分值 of the table (the other row's 20): an actual 95, a 分值 10
    pytest.param(
        ["满意度指标", "服务对象满意度指标", "群众满意度", "满意", "95", "10", "", ""],
        ("群众满意度", "满意", "95", Decimal(10), None, "unknown", False, False),
        id="actual-above-table-points",
    ),
    pytest.param(
        ["效益指标", "社会效益指标", "群众文化获得感", "明显提升", "明显提升", "20", "", ""],
        ("群众文化获得感", "明显提升", "明显提升", Decimal(20), None, "met", False, False),
        id="unscored-row-words-actual",
    ),
    pytest.param(
        ["效益指标", "社会效益指标", "群众文化获得感", "", "20", "18", "", ""],
        ("群众文化获得感", None, "20", Decimal(18), None, "unknown", False, False),
        id="no-target",
    ),
]


@pytest.mark.parametrize(("row", "expected"), _CASES)
def test_row_one_cell_short(row: list[str], expected: tuple[object, ...], tmp_path: Path) -> None:
    for table in _tables(_rows(row), tmp_path):
        assert _reading(table) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("无拖欠农民工工资现象", "zero", id="phenomenon"),
        pytest.param("无拖欠农民工工资现象发生", "zero", id="phenomenon-happened"),
        pytest.param("无拖欠的现象", "zero", id="de-phenomenon"),
        pytest.param("无拖欠农民工工资", "zero", id="bare"),
        pytest.param("无拖欠农民工工资现象严重", None, id="more-after"),
    ],
)
def test_wage_arrears_statement_is_zero(text: str, expected: str | None) -> None:
    target = parse_target(text)
    if expected is None:
        assert isinstance(target, Descriptive)
    else:
        assert target == QualitativeTarget(word=text, family=expected)
