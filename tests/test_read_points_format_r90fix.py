"""r90fix W4: 分值/得分 cells under a scaling money format keep their figure.

regress90 k7: 分值 and 得分 20000 formatted ``0,"千元"`` show ``20千元``; since k25 the
word was kept and the cells were ``malformed-points`` (分值 counted 0 in
``weights-not-100``). The word is no unit of points: they read 20 and 20.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack

if TYPE_CHECKING:
    from pathlib import Path

_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _table(values: tuple[int, int], number_format: str, path: Path) -> perftrack.Table:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "乡村公共文化服务体系建设"],
        _HEADER,
        ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", *values],
    ):
        sheet.append(row)
    sheet["F4"].number_format = number_format
    sheet["G4"].number_format = number_format
    file = path / "w4.xlsx"
    book.save(file)
    return perftrack.read(file)[0]


@pytest.mark.parametrize(
    ("values", "number_format", "expected"),
    [
        pytest.param(
            (20000, 18000), '0,"千元"', (Decimal(20), Decimal(18), False), id="k7-qianyuan"
        ),
        pytest.param((200000, 180000), '0!.0,"万"', (Decimal(20), Decimal(18), False), id="wan"),
        pytest.param((20, 18), "0", (Decimal(20), Decimal(18), False), id="plain"),
    ],
)
def test_points_under_a_scaling_money_format(
    values: tuple[int, int],
    number_format: str,
    expected: tuple[Decimal, Decimal, bool],
    tmp_path: Path,
) -> None:
    table = _table(values, number_format, tmp_path)
    item = table.indicators[0]
    malformed = any(f.id == "malformed-points" for f in table.findings)
    assert (item.weight, item.published_points, malformed) == expected
