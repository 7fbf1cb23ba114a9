"""r90fix W3: a bare 百万 (十万, 千万) after an actual is a magnitude, as 万 and 亿 are.

regress90 k7: an xlsx actual 1300000 formatted ``0.0,,"百万"`` shows ``1.3百万``; since
k25 it keeps the word, and ``1.3百万`` against ``≥1.2百万人次`` was a unit-mismatch,
unknown (met before k25). The same holds for the figure typed in a TSV.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _tables(target: str, actual: float, shown: str, path: Path) -> list[perftrack.Table]:
    rows: list[list[object]] = [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "乡村公共文化服务体系建设"],
        _HEADER,
        ["产出指标", "数量指标", "服务人次", target, actual, 20, 20],
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    sheet["E4"].number_format = '0.0,,"百万"'
    file = path / "w3.xlsx"
    book.save(file)
    rows[-1][4] = shown
    text = "\n".join("\t".join(str(cell) for cell in row) for row in rows)
    return [perftrack.read(file)[0], perftrack.read_text(text)[0]]


@pytest.mark.parametrize(
    ("target", "actual", "shown", "expected"),
    [
        pytest.param("≥1.2百万人次", 1_300_000, "1.3百万", ("met", False), id="k7-baiwan-renci"),
        pytest.param("≥120万人次", 1_300_000, "1.3百万", ("met", False), id="wan-renci"),
        pytest.param("≥1.5百万人次", 1_300_000, "1.3百万", ("not_met", False), id="below"),
        pytest.param("≥120万元", 1_300_000, "1.3百万", ("met", False), id="wan-yuan"),
    ],
)
def test_baiwan_actual_against_a_scaled_target(
    target: str, actual: int, shown: str, expected: tuple[str, bool], tmp_path: Path
) -> None:
    for table in _tables(target, actual, shown, tmp_path):
        card = score(table)
        ids = {f.id for f in card.findings}
        assert (card.verdicts[0].attainment.value, "unit-mismatch" in ids) == expected
