"""r90fix W1: a row one cell short is read by the table's own totals (regress90 s9, s11, U1).

``开展巡演场次 | 按计划完成 | 12 | 10 | (blank)`` in a table whose 分值 column adds up to
100 as printed (the budget line's 10 counted) keeps its columns: actual 12, 分值 10.
Shifted, the 分值 would add up to 102 and the 得分 to 100 against the printed 90.
Each table is built here, as a TSV and as an .xlsx, and read both ways.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

Rows = list[list[str]]


def _rows(row: list[str], total: list[str]) -> Rows:
    return [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "乡村公共文化服务体系建设"],
        ["主管部门", "某县文化和旅游局", "实施单位", "某县文化馆"],
        ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "10"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因",
        ],
        ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", "20", "20", ""],
        ["", "质量指标", "演出合格率", "100%", "100%", "20", "20", ""],
        ["", "时效指标", "完成时间", "2023年12月底前", "2023年11月", "10", "10", ""],
        row,
        ["效益指标", "社会效益指标", "群众文化获得感", "明显提升", "明显提升", "20", "20", ""],
        ["满意度指标", "服务对象满意度指标", "服务对象满意率", "≥90%", "95%", "10", "10", ""],
        ["合计", "", "", "", "", *total, ""],
    ]


def _tables(rows: Rows, path: Path) -> list[perftrack.Table]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])
    file = path / "r90.xlsx"
    book.save(file)
    text = "\n".join("\t".join(row) for row in rows)
    return [perftrack.read_text(text)[0], perftrack.read(file)[0]]


def _text(value: object) -> str | None:
    return None if value is None else str(getattr(value, "text", value))


def _reading(table: perftrack.Table) -> tuple[object, ...]:
    item = table.indicators[3]
    ids = {f.id for f in table.findings} | {f.id for f in score(table).findings}
    return (
        item.name,
        _text(item.actual),
        item.weight,
        item.published_points,
        sorted(ids & {"layout-normalised", "weights-not-100", "points-sum-mismatch"}),
    )


_CASES = [
    # regress90 W1 (s9, s11): 分值 adds up to 100 as printed; shifted it would be 102
    pytest.param(
        ["效益指标", "社会效益指标", "开展巡演场次", "按计划完成", "12", "10", "", ""],
        ["100", "90"],
        ("开展巡演场次", "12", Decimal(10), None, []),
        id="w1-actual-12-weight-10",
    ),
    # regress90 U1 in a table adding up: an actual 20, a 分值 10
    pytest.param(
        ["满意度指标", "服务对象满意度指标", "群众满意度", "满意", "20", "10", "", ""],
        ["100", "90"],
        ("群众满意度", "20", Decimal(10), None, []),
        id="u1-satisfied-20-10",
    ),
    # the 得分 total printed alone: 90 without the row, 100 with its 10 as 得分
    pytest.param(
        ["效益指标", "社会效益指标", "开展巡演场次", "按计划完成", "12", "10", "", ""],
        ["", "90"],
        ("开展巡演场次", "12", Decimal(10), None, []),
        id="w1-points-total-only",
    ),
    # the totals fit the shifted reading: 分值 10, 得分 8 (sh25 kept)
    pytest.param(
        ["效益指标", "社会效益指标", "人居环境", "有效改善", "10", "8", "", ""],
        ["100", "98"],
        ("人居环境", None, Decimal(10), Decimal(8), ["layout-normalised"]),
        id="shift-fits-totals",
    ),
]


@pytest.mark.parametrize(("row", "total", "expected"), _CASES)
def test_short_row_read_by_totals(
    row: list[str], total: list[str], expected: tuple[object, ...], tmp_path: Path
) -> None:
    for table in _tables(_rows(row, total), tmp_path):
        assert _reading(table) == expected
