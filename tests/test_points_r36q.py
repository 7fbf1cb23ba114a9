"""Points and grades of self-evaluation tables (自评表), four review defects (r36q).

1. Two grades printed in one table (``总分 | 100 | 97.50 | 优`` and a row
   ``自评等级 | 良``) contradict each other: a ``grade-mismatch`` names both cells. Before,
   only the later grade was checked against the total.
2. A 分值 printed as a dash (``节水率 | —— | —— | —— | —— | 本年度不适用``) is no
   default weight: the scorecard says ``分值未填``. Before, ``分值0（默认权重）``.
3. A stated deduction not taken (``清运合格率 | ≥95% | 97% | 20 | 20 | …扣2分``) is a
   ``deduction-not-taken``. Before, nothing was said.
4. A letter grade alone in the 总分 row (``总分 | … | 100 | 97.50 | A``) is the table's
   grade, as in a 等级 row. Before, it was not read.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from perftrack.report import scorecard_text
from perftrack.scoring import score
from perftrack.scoring._points import stated_deduction
from test_self_eval_r36p import GRID_HEADER, ROWS, Rows, _table
from test_self_eval_r36p import HEAD as SELF_EVAL_HEAD

if TYPE_CHECKING:
    import perftrack

HEAD: Rows = [*SELF_EVAL_HEAD, GRID_HEADER]
TOTAL = ["总分", "", "", "", "", "100", "97.50", ""]


def _found(table: perftrack.Table, *ids: str) -> list[tuple[str, str | None, str]]:
    return [(f.id, f.where.cell, f.message) for f in score(table).findings if f.id in ids]


# 1. two grades in one table


@pytest.mark.parametrize(
    ("total_row", "grade_row", "grade", "findings"),
    [
        (
            [*TOTAL[:7], "优"],
            ["自评等级", "良"],
            "良",
            [
                ("grade-mismatch", "B14", "表中两处等级不一致：H13为“优”，B14为“良”"),
                ("grade-mismatch", "B14", "总分97.50应评为“优”，表中为“良”"),
            ],
        ),
        (
            [*TOTAL[:7], "A"],
            ["自评等级", "B"],
            "良",
            [
                ("grade-mismatch", "B14", "表中两处等级不一致：H13为“优”，B14为“良”"),
                ("grade-mismatch", "B14", "总分97.50应评为“优”，表中为“良”"),
            ],
        ),
        # the same grade twice, a word and its letter: no contradiction
        ([*TOTAL[:7], "优"], ["自评等级", "A"], "优", []),
        ([*TOTAL[:7], "优"], ["自评等级", "优秀"], "优", []),
    ],
)
def test_two_grades_in_one_table(
    total_row: list[str],
    grade_row: list[str],
    grade: str,
    findings: list[tuple[str, str | None, str]],
) -> None:
    table = _table([*HEAD, *ROWS, total_row, grade_row])
    assert table.published.grade == grade
    assert _found(table, "grade-mismatch") == findings


# 2. a 分值 printed as a dash


@pytest.mark.parametrize(
    ("row", "line"),
    [
        (
            ["", "", "节水率", "——", "——", "——", "——", "本年度不适用"],
            "计分：分值未填，不计分（不适用，不计分）",
        ),
        (
            ["", "", "节水率", "≥5%", "6%", "/", "/", ""],
            "计分：分值未填，计算得分0.00（达成，得满分）",
        ),
    ],
)
def test_a_weight_printed_as_a_dash(row: list[str], line: str) -> None:
    table = _table([*HEAD, *ROWS, row, TOTAL])
    assert table.indicators[4].weight is None
    text = scorecard_text(score(table))
    block = text.split(" 5 节水率", 1)[1].splitlines()
    assert block[2].strip() == line
    assert "默认权重" not in text


# 3. a stated deduction not taken


@pytest.mark.parametrize(
    ("weight", "points", "reason", "findings"),
    [
        (
            "20",
            "20",
            "抽查发现个别点位不达标，扣2分",
            [
                (
                    "deduction-not-taken",
                    "G10",
                    "“清运合格率”说明扣2分，填报得分仍为20（分值20，扣后应为18）",
                )
            ],
        ),
        (
            "20",
            "19",
            "资料不全扣1分；抽查不达标扣除1.5分",
            [
                (
                    "deduction-not-taken",
                    "G10",
                    "“清运合格率”说明扣2.5分，填报得分仍为19（分值20，扣后应为17.5）",
                )
            ],
        ),
        ("20", "18", "抽查发现个别点位不达标，扣2分", []),  # taken
        ("20", "17", "抽查发现个别点位不达标，扣2分", []),  # more taken: not this finding
        ("20", "20", "每降低1%扣1分", []),  # a rule, no deduction
        ("20", "20", "最高扣5分，本年未扣分", []),
        ("20", "20", "", []),
    ],
)
def test_a_stated_deduction_not_taken(
    weight: str, points: str, reason: str, findings: list[tuple[str, str | None, str]]
) -> None:
    rows = [
        ROWS[0],
        ["", "质量指标", "清运合格率", "≥95%", "97%", weight, points, reason],
        *ROWS[2:],
    ]
    table = _table([*HEAD, *rows, TOTAL])
    assert _found(table, "deduction-not-taken") == findings


@pytest.mark.parametrize(
    ("text", "deducted"),
    [
        ("扣2分", Decimal(2)),
        ("尚有死角，扣减 3 分", Decimal(3)),
        ("不扣分", None),
        ("扣0分", None),
        ("每少1人扣0.5分", None),
    ],
)
def test_stated_deduction(text: str, deducted: Decimal | None) -> None:
    assert stated_deduction(text) == deducted


# 4. a letter grade alone in the 总分 row


@pytest.mark.parametrize(
    ("total", "cell", "grade", "findings"),
    [
        ("97.50", "A", "优", []),
        ("97.50", "A级", "优", []),
        ("97.50", "b", "良", [("grade-mismatch", "H13", "总分97.50应评为“优”，表中为“良”")]),
        ("97.50", "C", "中", [("grade-mismatch", "H13", "总分97.50应评为“优”，表中为“中”")]),
        ("97.50", "D", "差", [("grade-mismatch", "H13", "总分97.50应评为“优”，表中为“差”")]),
        ("97.50", "A类", None, []),  # no letter grade
    ],
)
def test_a_letter_grade_in_the_total_row(
    total: str, cell: str, grade: str | None, findings: list[tuple[str, str | None, str]]
) -> None:
    table = _table([*HEAD, *ROWS, ["总分", "", "", "", "", "100", total, cell]])
    assert (table.published.total, table.published.grade) == (Decimal(total), grade)
    assert _found(table, "grade-mismatch") == findings
    if grade is not None:
        cell_of = table.cell_of("published.grade")
        assert cell_of is not None
        assert cell_of.cell == "H13"
