"""r38p: unit codes kept out of names; leftovers of the value language."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.expressions import parse_target, parse_value
from perftrack.expressions._model import (
    Bound,
    Comparison,
    DateValue,
    Descriptive,
    Op,
    Part,
    Quantity,
    Range,
    Status,
    TextValue,
)

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("label", "cell", "department", "implementer", "notes"),
    [
        ("主管部门及代码", "某县教育局 301", "某县教育局", None, [("主管部门及代码", "301")]),
        (
            "主管部门及代码",
            "[301001]某县教育局",
            "某县教育局",
            None,
            [("主管部门及代码", "301001")],
        ),
        ("主管部门及代码", "某县教育局（301）", "某县教育局", None, [("主管部门及代码", "301")]),
        ("主管部门及代码", "某县教育局", "某县教育局", None, []),
        ("单位名称及代码", "某县教育局 301", None, "某县教育局", [("单位名称及代码", "301")]),
        ("预算单位编码", "某县教育局 301", None, "某县教育局", [("预算单位编码", "301")]),
        ("预算单位编码", "301", None, None, [("预算单位编码", "301")]),
        (
            "预算单位名称及编码",
            "301 某县教育局",
            None,
            "某县教育局",
            [("预算单位名称及编码", "301")],
        ),
        ("主管部门", "某县教育局 301", "某县教育局 301", None, []),
    ],
)
def test_unit_code_kept_as_note(  # noqa: PLR0913, PLR0917
    tmp_path: Path,
    label: str,
    cell: str,
    department: str | None,
    implementer: str | None,
    notes: list[tuple[str, str]],
) -> None:
    rows = [
        ["项目名称", "某项目"],
        [label, cell],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "120人"],
    ]
    path = tmp_path / "t.tsv"
    path.write_text("\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")
    (table,) = perftrack.read(path)
    assert table.project.department == department
    assert table.project.implementer == implementer
    assert [(note.label, note.text) for note in table.notes] == notes


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("最高封顶100元", Comparison(Op.LE, Decimal(100), "元")),
        ("补助最高封顶100元", Comparison(Op.LE, Decimal(100), "元", "补助")),
        ("最低保底3万元", Comparison(Op.GE, Decimal(3), "万元")),
        ("扣分：零点五分", Comparison(Op.EQ, Decimal("0.5"), "分", "扣分")),
        ("扣分：一分", Comparison(Op.EQ, Decimal(1), "分", "扣分")),
        ("封顶3000-5000元", Range(Decimal(3000), Decimal(5000), "元")),
        ("补助标准封顶3000-5000元", Range(Decimal(3000), Decimal(5000), "元", "补助标准")),
        ("实现最多跑1次", Descriptive("实现最多跑1次")),
        ("全面实现群众办事最多跑1次", Descriptive("全面实现群众办事最多跑1次")),
        # unchanged neighbours
        ("最低封顶100元", Comparison(Op.EQ, Decimal(100), "元", "最低封顶")),
        ("不超过3000-5000元", Descriptive("不超过3000-5000元")),
        ("最多跑1次", Comparison(Op.LE, Decimal(1), "次", "跑")),
        ("说明：一分为二", Descriptive("说明:一分为二")),
    ],
)
def test_targets(cell: str, expected: object) -> None:
    assert parse_target(cell) == expected


HALF_1 = DateValue(2023, None, None, None, Part.HALF_1)


@pytest.mark.parametrize(
    ("cell", "year", "expected"),
    [
        ("上半年完成，共2处", 2023, Quantity(Decimal(2), "处", label="上半年完成共", when=HALF_1)),
        (
            "上半年完成，共2处",
            None,
            Quantity(
                Decimal(2),
                "处",
                label="上半年完成共",
                when=DateValue(None, None, None, None, Part.HALF_1),
            ),
        ),
        (
            "第三季度完成，累计5场",
            2023,
            Quantity(
                Decimal(5),
                "场",
                label="第三季度完成累计",
                when=DateValue(2023, None, None, None, Part.QUARTER_3),
            ),
        ),
        ("已完成大部分", None, Quantity(Decimal(50), "%", Bound.MORE_THAN, status=Status.PARTIAL)),
        ("完成大部分", None, Quantity(Decimal(50), "%", Bound.MORE_THAN, status=Status.PARTIAL)),
        ("实现最多跑1次", None, TextValue("实现最多跑1次")),
        (
            "已完成绝大部分",
            None,
            Quantity(Decimal(50), "%", Bound.MORE_THAN, status=Status.PARTIAL),
        ),
    ],
)
def test_values(cell: str, year: int | None, expected: object) -> None:
    assert parse_value(cell, year=year) == expected
