"""Points arithmetic of a 自评表 that was read but never checked (r37b).

1. A level 1 whose label prints its weight (``产出指标（50分）``) and whose own row of
   points prints another 分值 (``产出指标（50分） | | | | 40 | 45``, or a pair of no label
   under the merged label cell): ``level-points-mismatch`` at the row's 分值 cell, naming
   the label's, the row's and the rows' figures. Before, the label's weight was taken and
   the row's passed over.
2. A bare ``小计`` (``绩效指标合计``) after the last indicator, or a ``合计`` row followed by
   the ``总分`` row: the whole block's subtotal, its 分值 and 得分 checked as a ``绩效指标``
   row's (its rows', or theirs and the budget rate's). Before, neither was checked.
   A level 2's label weight (``| 数量指标（30分）``) is no level 1's: before, it was
   taken as the level 1's (``level1-weight-mismatch``, ``标注30分，其下各项分值合计50``).
3. A ``绩效指标`` row printing its 得分 alone: checked against its rows' 得分, or theirs and
   the rate's. Before, it was checked only beside a 分值.

Tables whose sums agree get none of these. Each table is read as TSV, as HTML and as
xlsx (merged cells by openpyxl).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from perftrack.scoring import score
from test_points_rows_r36d import (
    IGNORED,
    PASSED,
    PLEASED,
    SELF_HEAD,
    SERVED,
    TRAINED,
    UP,
    WRITERS,
    Rows,
    _read,
)

if TYPE_CHECKING:
    import perftrack

# the budget line (年度资金总额, 10 of 10) left out
NO_BUDGET: Rows = [*SELF_HEAD[:3], *SELF_HEAD[5:]]
# 30/30 and 20/15 under 产出指标, 30/30 under 效益指标, 10/10 满意度: 分值 90, 得分 85
OUTPUT = [["产出指标", *TRAINED[1:]], PASSED]
OTHERS = [["效益指标", *SERVED[1:]], PLEASED]
DIFFER = ("points-differ", "“合格率”计算得分17.78与填报得分15不同", "G9")
DIFFER8 = (DIFFER[0], DIFFER[1], "G8")  # (合格率 a row higher: no level row above it)
Findings = list[tuple[str, str, str | None]]


def _findings(table: perftrack.Table) -> Findings:
    return [
        (f.id, f.message, f.where.cell if f.where is not None else None)
        for f in score(table).findings
        if f.id not in IGNORED
    ]


def _mismatch(message: str, cell: str) -> tuple[str, str, str]:
    return ("level-points-mismatch", message, cell)


CASES: list[tuple[str, Rows, Findings]] = [
    # 1. a level 1's label weight against its row's 分值
    (
        "a label of 50 over a row of 40, its rows 50",
        [*SELF_HEAD, ["产出指标（50分）", "", "", "", "", "40", "45"], TRAINED, PASSED, *OTHERS],
        [
            _mismatch("一级指标“产出指标”标注50分，本行填报分值40，其下各项分值合计50", "F7"),
            DIFFER,
        ],
    ),
    (
        "a label of 40 over a row of 50, its rows 50: the label against its rows too",
        [*SELF_HEAD, ["产出指标（40分）", "", "", "", "", "50", "45"], TRAINED, PASSED, *OTHERS],
        [
            _mismatch("一级指标“产出指标”标注40分，本行填报分值50，其下各项分值合计50", "F7"),
            ("level1-weight-mismatch", "一级指标“产出指标”标注40分，其下各项分值合计50", None),
            DIFFER,
        ],
    ),
    (
        "a label of 50 over a row of 50: none",
        [*SELF_HEAD, ["产出指标（50分）", "", "", "", "", "50", "45"], TRAINED, PASSED, *OTHERS],
        [DIFFER],
    ),
    (
        "a label merged down over its rows, a pair of no label under it after them",
        [
            *SELF_HEAD,
            ["产出指标（50分）", *TRAINED[1:]],
            PASSED,
            [UP, "", "", "", "", "40", "45"],
            *OTHERS,
        ],
        [
            _mismatch("一级指标“产出指标”标注50分，本行填报分值40，其下各项分值合计50", "F9"),
            DIFFER8,
        ],
    ),
    (
        "a label merged down, a pair of no label that agrees: none",
        [
            *SELF_HEAD,
            ["产出指标（50分）", *TRAINED[1:]],
            PASSED,
            [UP, "", "", "", "", "50", "45"],
            *OTHERS,
        ],
        [DIFFER8],
    ),
    (
        "level 2 labels of 30 and 20 under a level row of 50: no level 1's label, none",
        [
            *SELF_HEAD,
            ["产出指标", "", "", "", "", "50", "45"],
            [UP, "数量指标（30分）", *TRAINED[2:]],
            [UP, "质量指标（20分）", *PASSED[2:]],
            *OTHERS,
        ],
        [DIFFER],
    ),
    (
        "level 2 labels of 30 and 20, no level row: the level 1 has no label weight, none",
        [
            *SELF_HEAD,
            ["产出指标", "数量指标（30分）", *TRAINED[2:]],
            [UP, "质量指标（20分）", *PASSED[2:]],
            *OTHERS,
        ],
        [DIFFER8],
    ),
    (
        "a level 2 in the level-1 column heads its level 1: its label weight is checked",
        [
            *SELF_HEAD,
            *OUTPUT,
            ["效益指标", *SERVED[1:]],
            ["服务对象满意度指标（15分）", "", "满意度", "≥90%", "95%", "10", "10"],
        ],
        [
            (
                "category-normalised",
                (
                    "二级指标“服务对象满意度指标”所在位置为一级指标列或一级指标缺失，"
                    "一级指标按框架归为“满意度指标”"
                ),
                "A10",
            ),
            ("level1-weight-mismatch", "一级指标“满意度指标”标注15分，其下各项分值合计10", None),
            DIFFER8,
        ],
    ),
    # 2. a subtotal of the whole block
    (
        "a 小计 after the last indicator, then 总分: neither figure its rows'",
        [
            *SELF_HEAD,
            *OUTPUT,
            *OTHERS,
            ["小计", "", "", "", "", "95", "80"],
            ["总分", "", "", "", "", "100", "95"],
        ],
        [
            _mismatch("“小计”填报分值95，其下各项分值合计90（计入预算执行率分值10为100）", "F11"),
            _mismatch("“小计”填报得分80，其下各项得分合计85（计入预算执行率得分10为95）", "G11"),
            DIFFER8,
        ],
    ),
    (
        "a 小计 of the rows (90, 85): none",
        [
            *SELF_HEAD,
            *OUTPUT,
            *OTHERS,
            ["小计", "", "", "", "", "90", "85"],
            ["总分", "", "", "", "", "100", "95"],
        ],
        [DIFFER8],
    ),
    (
        "a 小计 of the rows and the rate (100, 95): none",
        [
            *SELF_HEAD,
            *OUTPUT,
            *OTHERS,
            ["小计", "", "", "", "", "100", "95"],
            ["总分", "", "", "", "", "100", "95"],
        ],
        [DIFFER8],
    ),
    (
        "a 绩效指标合计 of the rows' 分值 and another 得分",
        [
            *SELF_HEAD,
            *OUTPUT,
            *OTHERS,
            ["绩效指标合计", "", "", "", "", "90", "80"],
            ["总分", "", "", "", "", "100", "95"],
        ],
        [
            _mismatch("“绩效指标合计”填报得分80，其下各项得分合计85", "G11"),
            DIFFER8,
        ],
    ),
    (
        "a 合计 row, then 总分: the 合计 is the block's subtotal",
        [
            *SELF_HEAD,
            *OUTPUT,
            *OTHERS,
            ["合计", "", "", "", "", "95", "80"],
            ["总分", "", "", "", "", "100", "95"],
        ],
        [
            _mismatch("“合计”填报分值95，其下各项分值合计90（计入预算执行率分值10为100）", "F11"),
            _mismatch("“合计”填报得分80，其下各项得分合计85（计入预算执行率得分10为95）", "G11"),
            DIFFER8,
        ],
    ),
    (
        "a 合计 row that agrees, then 总分: none",
        [
            *SELF_HEAD,
            *OUTPUT,
            *OTHERS,
            ["合计", "", "", "", "", "90", "85"],
            ["总分", "", "", "", "", "100", "95"],
        ],
        [DIFFER8],
    ),
    (
        "a 合计 row that is the total (no 总分 after it): the total's checks, as before",
        [*SELF_HEAD, *OUTPUT, *OTHERS, ["合计", "", "", "", "", "100", "90"]],
        [
            ("points-sum-mismatch", "各项得分合计95与总分90不符", "G11"),
            DIFFER8,
        ],
    ),
    # 3. a 绩效指标 row printing its 得分 alone
    (
        "a 绩效指标 row of 得分 80: neither the rows' 85 nor 95 with the rate",
        [*SELF_HEAD, ["绩效指标", "", "", "", "", "", "80"], *OUTPUT, *OTHERS],
        [
            _mismatch("“绩效指标”填报得分80，其下各项得分合计85（计入预算执行率得分10为95）", "G7"),
            DIFFER,
        ],
    ),
    (
        "a 绩效指标 row of 得分 85, the rows': none",
        [*SELF_HEAD, ["绩效指标", "", "", "", "", "", "85"], *OUTPUT, *OTHERS],
        [DIFFER],
    ),
    (
        "a 绩效指标 row of 得分 95, with the rate's: none",
        [*SELF_HEAD, ["绩效指标", "", "", "", "", "", "95"], *OUTPUT, *OTHERS],
        [DIFFER],
    ),
    (
        "no budget line: a 得分 under the rows' is said",
        [*NO_BUDGET, ["绩效指标", "", "", "", "", "", "80"], *OUTPUT, *OTHERS],
        [
            _mismatch("“绩效指标”填报得分80，其下各项得分合计85", "G5"),
            (DIFFER[0], DIFFER[1], "G7"),
        ],
    ),
    (
        "no budget line: a 得分 above the rows' may hold the rate's, unsaid",
        [*NO_BUDGET, ["绩效指标", "", "", "", "", "", "90"], *OUTPUT, *OTHERS],
        [(DIFFER[0], DIFFER[1], "G7")],
    ),
    (
        "a 绩效指标 row whose 分值 is neither the rows' nor theirs and the rate's",
        [*SELF_HEAD, ["绩效指标", "", "", "", "", "95", "85"], *OUTPUT, *OTHERS],
        [
            _mismatch(
                "“绩效指标”填报分值95，其下各项分值合计90（计入预算执行率分值10为100）", "F7"
            ),
            DIFFER,
        ],
    ),
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(
    ("rows", "findings"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_points_rows_are_checked(kind: str, rows: Rows, findings: Findings) -> None:
    assert _findings(_read(rows, kind)) == findings


def test_the_label_and_row_figures() -> None:
    """The finding keeps the row's, the label's and the rows' figures as data."""
    rows = [*SELF_HEAD, ["产出指标（50分）", "", "", "", "", "40", "45"], TRAINED, PASSED, *OTHERS]
    (finding,) = (f for f in score(_read(rows, "xlsx")).findings if f.id == "level-points-mismatch")
    assert [(f.name, f.value) for f in finding.figures] == [
        ("published", Decimal(40)),
        ("labelled", Decimal(50)),
        ("added", Decimal(50)),
    ]
