"""A row of the whole indicator block's points (``绩效指标 | | | | 100 | 95``) (r36r).

In a 自评表 grid the 绩效指标 label (a label of no level) sometimes prints the block's own
分值/得分 on its row. Such a row is the block's points, no indicator: no points counted
twice, its 得分 checked against its rows' (``level-points-mismatch``) when its 分值 is
theirs (or
theirs and the budget rate's), its reason text a note of the block's (``Table.notes``). Before, over a
department's levels of no framework (``履职效能`` over ``部门履职目标``) or dashed, it was an
indicator of no name (``missing-name``) and the total came to 192.78 (or 197.78) of 100.

Each table is read as TSV, as HTML (``rowspan``/``colspan``) and as xlsx (openpyxl merges).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.scoring import score
from test_level_rows_r36m import DEPT_R, IGNORED, REASON, SELF_R
from test_points_rows_r36d import (
    DEPT_HEAD,
    PASSED,
    PLAIN,
    PLEASED,
    SELF_HEAD,
    SERVED,
    TRAINED,
    UP,
    WRITERS,
    Findings,
    Indicators,
    Rows,
    _points_of,
    _read,
)

# a 绩效指标 column left of the levels, its cell merged down over the block
BLOCK_HEAD: Rows = [
    *SELF_HEAD[:-1],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
]
DEPT_ROWS: Rows = [
    ["履职效能", "部门履职目标", "规划编制数", "≥12个", "12个", "30", "30"],
    [UP, "部门履职目标", "审批通过率", "≥90%", "80%", "20", "15"],
    ["管理效率", "预算管理", "预算执行率", "≥90%", "95%", "50", "50"],
]
DEPT: Indicators = [
    ("履职效能", "部门履职目标", "规划编制数", Decimal(30), Decimal(30)),
    ("履职效能", "部门履职目标", "审批通过率", Decimal(20), Decimal(15)),
    ("管理效率", "预算管理", "预算执行率", Decimal(50), Decimal(50)),
]
APPROVED = ("points-differ", "“审批通过率”计算得分17.78与填报得分15不同")
DIFFER = ("points-differ", "“合格率”计算得分17.78与填报得分15不同")
Notes = list[tuple[str, str]]

CASES: list[tuple[str, Rows, Indicators, Decimal, Notes, Findings]] = [
    (
        "a 绩效指标 row over a department's levels",
        [*DEPT_HEAD, ["绩效指标", "", "", "", "", "100", "95"], *DEPT_ROWS],
        DEPT,
        Decimal("97.78"),
        [],
        [APPROVED],
    ),
    (
        "a dashed 绩效指标 row",
        [*DEPT_HEAD, ["绩效指标", "/", "/", "/", "/", "100", "95"], *DEPT_ROWS],
        DEPT,
        Decimal("97.78"),
        [],
        [APPROVED],
    ),
    (
        "a 绩效指标 row whose 得分 is not its rows'",
        [*DEPT_HEAD, ["绩效指标", "", "", "", "", "100", "90"], *DEPT_ROWS],
        DEPT,
        Decimal("97.78"),
        [],
        [("level-points-mismatch", "“绩效指标”填报得分90，其下各项得分合计95"), APPROVED],
    ),
    (
        "a 绩效指标 row with a reason",
        [*DEPT_R, ["绩效指标", "", "", "", "", "100", "95", "个别指标未完成"], *DEPT_ROWS],
        DEPT,
        Decimal("97.78"),
        [("绩效指标", f"{REASON}：个别指标未完成")],
        [APPROVED],
    ),
    (
        "a 自评表's 绩效指标 row: 90 of the rows, its 得分 other than theirs",
        [
            *SELF_R,
            ["绩效指标", "", "", "", "", "90", "80", "扣10分"],
            ["产出指标", *TRAINED[1:]],
            PASSED,
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        Decimal("97.78"),
        [("绩效指标", f"{REASON}：扣10分")],
        [("level-points-mismatch", "“绩效指标”填报得分80，其下各项得分合计85"), DIFFER],
    ),
    (
        "a 绩效指标 row after the rows: checked against the rows above",
        [
            *SELF_HEAD,
            ["产出指标", *TRAINED[1:]],
            PASSED,
            ["效益指标", *SERVED[1:]],
            PLEASED,
            ["绩效指标", "", "", "", "", "90", "80"],
        ],
        PLAIN,
        Decimal("97.78"),
        [],
        [("level-points-mismatch", "“绩效指标”填报得分80，其下各项得分合计85"), DIFFER],
    ),
    (
        "a dashed row under a 绩效指标 column merged down the left",
        [
            *BLOCK_HEAD,
            [UP, "/", "/", "/", "/", "/", "90", "80"],
            [UP, "产出指标", *TRAINED[1:]],
            [UP, *PASSED],
            [UP, "效益指标", *SERVED[1:]],
            [UP, *PLEASED],
        ],
        PLAIN,
        Decimal("97.78"),
        [],
        [("level-points-mismatch", "“绩效指标”填报得分80，其下各项得分合计85"), DIFFER],
    ),
    (
        "a 自评表's 绩效指标 row of 100, the budget rate's 10 counted: its 得分 too",
        [
            *SELF_HEAD,
            ["绩效指标", "", "", "", "", "100", "90"],
            ["产出指标", *TRAINED[1:]],
            PASSED,
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        Decimal("97.78"),
        [],
        [
            (
                "level-points-mismatch",
                "“绩效指标”填报得分90，其下各项得分合计95（含预算执行率得分10）",
            ),
            DIFFER,
        ],
    ),
    (
        "a 自评表's 绩效指标 row of 100 and 95, the budget rate's counted: no finding",
        [
            *SELF_HEAD,
            ["绩效指标", "", "", "", "", "100", "95"],
            ["产出指标", *TRAINED[1:]],
            PASSED,
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        Decimal("97.78"),
        [],
        [DIFFER],
    ),
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(
    ("rows", "indicators", "total", "notes", "findings"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_block_points_row_is_no_indicator(  # noqa: PLR0913, PLR0917
    kind: str,
    rows: Rows,
    indicators: Indicators,
    total: Decimal,
    notes: Notes,
    findings: Findings,
) -> None:
    table = _read(rows, kind)
    assert _points_of(table) == indicators
    assert [(n.label, n.text) for n in table.notes] == notes
    card = score(table)
    assert card.points is not None
    assert card.points.total == total
    assert [(f.id, f.message) for f in card.findings if f.id not in IGNORED] == findings
