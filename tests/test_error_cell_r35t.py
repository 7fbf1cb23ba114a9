"""An xlsx error cell holding no error value's shape, in an indicator's cell (r35t).

``<c t="e"><v>#oops</v></c>`` is read as its text, said once as the Excel error of the
cell it is in: ``malformed-target`` in the target (no ``target-not-measurable`` beside
it), ``malformed-actual`` in the actual, as ``#WHAT?`` there is. Outside the indicators
(the project's name) it stays ``malformed-cell``.
"""

from __future__ import annotations

import re

import pytest

import perftrack
from fixtures_office import replace_member, xlsx_bytes

GRID: list[list[object]] = [
    ["项目名称", "校舍维修"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "数量指标", "修缮面积", "≥100平方米", "120平方米"],
    ["产出指标", "质量指标", "验收合格率", "100%", "98%"],
]


def _error_cell(ref: str, value: str) -> bytes:
    return replace_member(
        xlsx_bytes({"跟踪表": GRID}),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(
            rf'<c r="{ref}"[^>]*>.*?</c>', f'<c r="{ref}" t="e"><v>{value}</v></c>', xml
        ),
    )


def _said(ref: str, value: str) -> str:
    return (
        f"单元格 {ref} 标为错误值，但内容“{value}”不是 Excel 的错误值，按文本读取；文件可能已损坏"
    )


@pytest.mark.parametrize(
    ("ref", "value", "expected"),
    [
        ("D3", "#oops", [("malformed-target", _said("D3", "#oops"), 0, "修缮面积")]),
        ("D4", "#坏了", [("malformed-target", _said("D4", "#坏了"), 1, "验收合格率")]),
        ("E3", "#oops", [("malformed-actual", _said("E3", "#oops"), 0, "修缮面积")]),
        # the shaped ones, as r35n left them
        (
            "D3",
            "#WHAT?",
            [("malformed-target", "单元格为 Excel 错误值“#WHAT?”（公式无法计算）", 0, "修缮面积")],
        ),
        # no indicator's cell: the damaged cell as before
        ("B1", "#oops", [("malformed-cell", _said("B1", "#oops"), None, None)]),
    ],
)
def test_error_cell_without_error_shape(
    ref: str, value: str, expected: list[tuple[str, str, int | None, str | None]]
) -> None:
    (table,) = perftrack.read(_error_cell(ref, value), name="表.xlsx")
    card = perftrack.score(table)
    assert [
        (f.id, f.message, f.where.indicator, f.where.name)
        for f in card.findings
        if f.where.cell == ref
    ] == expected
