"""Two follow-ups of r36q's points checks (r36u).

1. A blank 分值 cell, while other rows print theirs, weighs the row 0 by the table's
   分值 column (scoring.md §7): the scorecard says ``分值未填``, as for a dash. Before,
   ``分值0（默认权重）``. A table that prints no 分值 at all keeps ``默认权重``: the
   policy's defaults are real defaults.
2. ``deduction-not-taken`` reads a deduction written in Chinese numerals (``扣两分``,
   ``扣十分``, ``扣半分``). Before, only Arabic figures were read and nothing was said.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.test_points_r36q import HEAD, ROWS, TOTAL, Rows, _found, _table

from perftrack.report import scorecard_text
from perftrack.scoring import score
from perftrack.scoring._points import stated_deduction

# 1. a blank 分值 cell


def _line(rows: Rows, name: str) -> str:
    text = scorecard_text(score(_table([*HEAD, *rows, TOTAL])))
    return text.split(f" {name}", 1)[1].splitlines()[2].strip()


@pytest.mark.parametrize(
    ("row", "line"),
    [
        (
            ["", "", "节水率", "≥5%", "6%", "", "", ""],
            "计分：分值未填，计算得分0.00（达成，得满分）",
        ),
        (
            ["", "", "节水率", "≥5%", "6%", "", "5", ""],
            "计分：分值未填，计算得分0.00，填报得分5（达成，得满分）",
        ),
        (
            ["", "", "节水率", "——", "——", "", "", "本年度不适用"],
            "计分：分值未填，不计分（不适用，不计分）",
        ),
        # a dash, as r36q
        (
            ["", "", "节水率", "≥5%", "6%", "——", "——", ""],
            "计分：分值未填，计算得分0.00（达成，得满分）",
        ),
    ],
)
def test_a_blank_weight_beside_printed_ones(row: list[str], line: str) -> None:
    assert _line([*ROWS, row], "5 节水率") == line


def test_a_table_of_no_weights_keeps_the_default() -> None:
    # no 分值 printed on any row: the policy's default weights (满意度 10, one row)
    rows = [[*row[:5], "", "", row[7]] for row in ROWS]
    assert _line(rows, "4 群众满意度") == "计分：分值10（默认权重），计算得分10.00（达成，得满分）"


# 2. a deduction in Chinese numerals


@pytest.mark.parametrize(
    ("text", "deducted"),
    [
        ("抽查不达标，扣二分", Decimal(2)),
        ("扣两分", Decimal(2)),
        ("扣除十分", Decimal(10)),
        ("扣减十二分", Decimal(12)),
        ("扣半分", Decimal("0.5")),
        ("扣0.5分", Decimal("0.5")),
        ("资料不全扣一分；进度滞后扣除1.5分", Decimal("2.5")),
        ("扣七八分", None),  # seven or eight: no one figure
        ("扣零分", None),
        ("每少一人扣一分", None),  # a rule
        ("扣除一部分经费", None),
    ],
)
def test_stated_deduction_in_chinese_numerals(text: str, deducted: Decimal | None) -> None:
    assert stated_deduction(text) == deducted


@pytest.mark.parametrize(
    ("points", "reason", "findings"),
    [
        (
            "20",
            "抽查发现个别点位不达标，扣两分",
            [
                (
                    "deduction-not-taken",
                    "G10",
                    "“清运合格率”说明扣2分，填报得分仍为20（分值20，扣后应为18）",
                )
            ],
        ),
        (
            "15",
            "台账缺失扣十分",
            [
                (
                    "deduction-not-taken",
                    "G10",
                    "“清运合格率”说明扣10分，填报得分仍为15（分值20，扣后应为10）",
                )
            ],
        ),
        (
            "20",
            "资料不全扣半分",
            [
                (
                    "deduction-not-taken",
                    "G10",
                    "“清运合格率”说明扣0.5分，填报得分仍为20（分值20，扣后应为19.5）",
                )
            ],
        ),
        ("18", "抽查发现个别点位不达标，扣二分", []),  # taken
    ],
)
def test_a_deduction_in_chinese_numerals_not_taken(
    points: str, reason: str, findings: list[tuple[str, str | None, str]]
) -> None:
    rows = [
        ROWS[0],
        ["", "质量指标", "清运合格率", "≥95%", "97%", "20", points, reason],
        *ROWS[2:],
    ]
    assert _found(_table([*HEAD, *rows, TOTAL]), "deduction-not-taken") == findings
