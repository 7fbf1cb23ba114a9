"""Rows of a level's points in a 自评表 grid (r36m, after r36d's ``_level_points_only``).

1. A level's row of points with text in the reason column (``产出指标 | | | | 50 | 45 |
   个别指标未完成``, ``履职效能 | | | | | 50 | 45 | 扣5分``) is the level's points and its
   deduction note, no indicator: the text is a table note labelled by the level
   (``Table.notes``). Before, it was read as an indicator named after the level (or
   dropped with the level's labels: ``category-normalised`` on the rows below).
2. A level row's 得分 (a level 2's 分值 too) is checked against its rows'
   (``level-points-mismatch``); a level 1's 分值 is its weight (``level1-weight-mismatch``,
   r36d). Before, nothing was said.
3. A 分值/得分 pair with no label under a merged level cell (``| | | | | 60 | 40`` after
   the level's rows) is the level's, as a labelled row's. Before, it was dropped.

Each table is read as TSV, as HTML (``rowspan``/``colspan``) and as xlsx (merged by
openpyxl); the three readings must agree.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.checking import FINDING_IDS
from perftrack.scoring import score
from test_points_rows_r36d import (
    DEPT_HEAD,
    DIFFER,
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

IGNORED = frozenset({"missing-category", "missing-level2", "missing-deviation-reason"})
REASON = "偏差原因分析及改进措施"


def _with_reason(head: Rows) -> Rows:
    return [[*row, REASON] if row and row[0] == "一级指标" else row for row in head]


SELF_R = _with_reason(SELF_HEAD)
DEPT_R = _with_reason(DEPT_HEAD)
DEPT_ROWS: Indicators = [
    ("履职效能", "部门履职目标", "规划编制数", Decimal(30), Decimal(30)),
    ("履职效能", "部门履职目标", "审批通过率", Decimal(20), Decimal(15)),
    ("管理效率", "预算管理", "预算执行率", Decimal(50), Decimal(50)),
]
Notes = list[tuple[str, str, str]]

CASES: list[tuple[str, Rows, Indicators, dict[str, Decimal], Notes, Findings]] = [
    (
        "a level row with a reason: the level's note, no indicator",
        [
            *SELF_R,
            ["产出指标", "", "", "", "", "50", "45", "个别指标未完成"],
            TRAINED,
            [*PASSED, "未达标"],
            ["效益指标", "", "", "", "", "30", "30"],
            SERVED,
            PLEASED,
        ],
        PLAIN,
        {"产出指标": Decimal(50), "效益指标": Decimal(30)},
        [("产出指标", f"{REASON}：个别指标未完成", "H7")],
        [DIFFER],
    ),
    (
        "a department's own level with a reason",
        [
            *DEPT_R,
            ["履职效能", "", "", "", "", "50", "45", "扣5分"],
            [UP, "部门履职目标", "规划编制数", "≥12个", "12个", "30", "30"],
            [UP, "部门履职目标", "审批通过率", "≥90%", "80%", "20", "15"],
            ["管理效率", "", "", "", "", "50", "50"],
            [UP, "预算管理", "预算执行率", "≥90%", "95%", "50", "50"],
        ],
        DEPT_ROWS,
        {"履职效能": Decimal(50), "管理效率": Decimal(50)},
        [("履职效能", f"{REASON}：扣5分", "H5")],
        [("points-differ", "“审批通过率”计算得分17.78与填报得分15不同")],
    ),
    (
        "a level 1's 得分 other than its rows'",
        [
            *SELF_HEAD,
            ["产出指标", "", "", "", "", "50", "40"],
            TRAINED,
            PASSED,
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        {"产出指标": Decimal(50)},
        [],
        [
            ("level-points-mismatch", "一级指标“产出指标”填报得分40，其下各项得分合计45"),
            DIFFER,
        ],
    ),
    (
        "level 2 rows: a 分值 and a 得分 other than their rows'",
        [
            *SELF_HEAD,
            ["产出指标", "", "", "", "", "50", "45"],
            [UP, "数量指标", "", "", "", "25", "30"],
            [UP, UP, *TRAINED[2:]],
            [UP, "质量指标", "", "", "", "20", "10"],
            [UP, UP, *PASSED[2:]],
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        {"产出指标": Decimal(50)},
        [],
        [
            ("level-points-mismatch", "二级指标“数量指标”填报分值25，其下各项分值合计30"),
            ("level-points-mismatch", "二级指标“质量指标”填报得分10，其下各项得分合计15"),
            DIFFER,
        ],
    ),
    (
        "a pair of no label under the merged level cell, after its rows",
        [
            *SELF_HEAD,
            ["产出指标", *TRAINED[1:]],
            PASSED,
            [UP, "", "", "", "", "60", "40"],
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        {"产出指标": Decimal(60)},
        [],
        [
            ("level-points-mismatch", "一级指标“产出指标”填报得分40，其下各项得分合计45"),
            ("level1-weight-mismatch", "一级指标“产出指标”标注60分，其下各项分值合计50"),
            DIFFER,
        ],
    ),
    (
        "pairs of no label under merged level 2 cells",
        [
            *SELF_HEAD,
            ["产出指标", *TRAINED[1:]],
            [UP, UP, "", "", "", "30", "30"],
            [UP, *PASSED[1:]],
            [UP, UP, "", "", "", "20", "10"],
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        {},
        [],
        [
            ("level-points-mismatch", "二级指标“质量指标”填报得分10，其下各项得分合计15"),
            DIFFER,
        ],
    ),
    (
        "levels whose points agree with their rows: nothing to say",
        [
            *SELF_R,
            ["产出指标", "", "", "", "", "50", "45", "扣5分"],
            [UP, "数量指标", "", "", "", "30", "30"],
            [UP, UP, *TRAINED[2:]],
            [UP, "质量指标", "", "", "", "20", "15"],
            [UP, UP, *PASSED[2:]],
            ["效益指标", *SERVED[1:]],
            [UP, "", "", "", "", "30", "30"],
            PLEASED,
        ],
        PLAIN,
        {"产出指标": Decimal(50), "效益指标": Decimal(30)},
        [("产出指标", f"{REASON}：扣5分", "H7")],
        [DIFFER],
    ),
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(
    ("rows", "indicators", "weights", "notes", "findings"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_level_rows(  # noqa: PLR0913, PLR0917
    kind: str,
    rows: Rows,
    indicators: Indicators,
    weights: dict[str, Decimal],
    notes: Notes,
    findings: Findings,
) -> None:
    table = _read(rows, kind)
    assert _points_of(table) == indicators
    assert dict(table.level1_weights) == weights
    assert [
        (n.label, n.text, n.position.cell if n.position else None) for n in table.notes
    ] == notes
    assert [(f.id, f.message) for f in score(table).findings if f.id not in IGNORED] == findings


def test_the_finding_is_at_the_level_rows_cell() -> None:
    rows = [
        *SELF_HEAD,
        ["产出指标", "", "", "", "", "50", "40"],
        TRAINED,
        PASSED,
        ["效益指标", *SERVED[1:]],
        PLEASED,
    ]
    (finding,) = [f for f in _read(rows, "xlsx").findings if f.id == "level-points-mismatch"]
    assert finding.where.cell == "G7"
    assert (finding.figure("published"), finding.figure("added")) == (Decimal(40), Decimal(45))
    assert "level-points-mismatch" in FINDING_IDS


def test_a_pair_closing_a_level_2_before_the_next_one() -> None:
    """No merges recorded (TSV): a pair before another level 2's row closes the level 2 above.

    Between two rows of one level (the next row printing no level) it is nobody's: unread.
    """
    rows = [
        *SELF_HEAD,
        ["产出指标", *TRAINED[1:]],
        ["", "", "", "", "", "60", "40"],
        PASSED,
        ["效益指标", *SERVED[1:]],
        PLEASED,
    ]
    table = _read(rows, "tsv")
    assert dict(table.level1_weights) == {}
    assert [(f.id, f.message, f.where.cell) for f in table.findings] == [
        ("level-points-mismatch", "二级指标“数量指标”填报分值60，其下各项分值合计30", "F8"),
        ("level-points-mismatch", "二级指标“数量指标”填报得分40，其下各项得分合计30", "G8"),
    ]
    middle = [
        *SELF_HEAD,
        ["产出指标", *TRAINED[1:]],
        ["", "", "", "", "", "60", "40"],
        ["", "", "考核次数", "≥4次", "4次", "20", "15"],
        ["效益指标", *SERVED[1:]],
        PLEASED,
    ]
    table = _read(middle, "tsv")
    assert [i.name for i in table.indicators] == ["培训人数", "考核次数", "受益人数", "满意度"]
    assert dict(table.level1_weights) == {}
    assert not [f for f in table.findings if f.id == "level-points-mismatch"]


def test_a_row_scored_by_criteria_with_a_reason_keeps_its_levels() -> None:
    """决策 | 目标设定 | 绩效目标合理性 | | | 5 | 3 | 扣2分: the reason no value, the levels labels.

    The same rule as a level row's (points and their note beside them): before, the
    reason made 决策 the name, 目标设定 its target (layout-normalised).
    """
    rows = [
        ["部门整体支出绩效自评表"],
        ["部门名称", "某局"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析",
        ],
        ["决策", "目标设定", "绩效目标合理性", "", "", "5", "3", "目标不够细化扣2分"],
        ["", "", "绩效指标明确性", "", "", "5", "5", ""],
        ["产出", "数量指标", "培训人数", "≥100人", "120人", "40", "40", ""],
        ["效益", "社会效益指标", "受益人数", "≥100人", "120人", "50", "50", ""],
    ]
    table = _read(rows, "tsv")
    assert [
        (i.level1, i.level2, i.name, i.weight, i.published_points, i.deviation_reason)
        for i in table.indicators
    ] == [
        ("决策", "目标设定", "绩效目标合理性", Decimal(5), Decimal(3), "目标不够细化扣2分"),
        ("决策", "目标设定", "绩效指标明确性", Decimal(5), Decimal(5), ""),
        ("产出指标", "数量指标", "培训人数", Decimal(40), Decimal(40), ""),
        ("效益指标", "社会效益指标", "受益人数", Decimal(50), Decimal(50), ""),
    ]
    assert [f.id for f in score(table).findings] == []
