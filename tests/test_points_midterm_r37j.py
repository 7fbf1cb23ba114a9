"""Points and mid-term findings left over from r37b and r37e (r37j).

1. A level's subtotal row between groups (``产出指标小计 | | | | 50 | 40``, ``效益指标合计``,
   a bare ``小计`` after a level's rows, ``产出指标 | 质量指标 | 小计`` for a level 2) is
   checked against its level's rows (``level-points-mismatch``), as a level's own row of
   points is, and is never an indicator (``产出指标小计 | / | / | / | / | 50 | 45`` was one).
   Before, only a subtotal closing the whole block was checked, and the last of several
   per-level ``小计`` was taken for the block's (a false warning).
2. A ``合计`` row, then a grade row (``自评等级 | 优``), then ``总分``: the ``合计`` is the
   block's subtotal, checked as r37b checks one directly before the ``总分``. Before, the
   grade row settled it as the total and nothing was said.
3. ``target-above-midterm`` is one finding per indicator, whatever the table's format.
4. When one side is bare and the other prints the unit, the message quotes each cell as
   printed (``“≥60”`` beside ``“≥50公里”``); before, the bare cell was shown with the
   borrowed unit (``“≥60公里”``).

Each table is read as TSV, as HTML and as xlsx (merged cells by openpyxl); tables whose
sums agree get none of these findings.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Policy
from perftrack.scoring import score
from test_dated_actuals_r37e import _ABOVE, _MID_HEAD, _NO_UNIT
from test_points_checks_r37b import OUTPUT, Findings, _findings
from test_points_rows_r36d import (
    PASSED,
    PLEASED,
    SELF_HEAD,
    SERVED,
    UP,
    WRITERS,
    Rows,
    _read,
)

# 产出指标 (OUTPUT): 培训人数 30/30 and 合格率 20/15 (45 of 50); 效益指标: 受益人数 30/30; 满意度 10/10
SERVED1 = ["效益指标", *SERVED[1:]]
NAMES = ["培训人数", "合格率", "受益人数", "满意度"]
# the computed points of 合格率 (80% of ≥90%) differ from its printed 15: not these cases'
DIFFER = ("points-differ", "“合格率”计算得分17.78与填报得分15不同", "G8")


def _mismatch(message: str, cell: str) -> tuple[str, str, str]:
    return ("level-points-mismatch", message, cell)


def _blank(label: str, weight: str, points: str, *, up: bool = False) -> list[str]:
    """A subtotal row: *label* in the first column (under a merged level cell: the second)."""
    if up:
        return [UP, label, "", "", "", weight, points]
    return [label, "", "", "", "", weight, points]


SUBTOTALS: list[tuple[str, Rows, Findings]] = [
    (
        "a level 1's named subtotal and another's 合计, 得分 short of their rows'",
        [
            *SELF_HEAD,
            *OUTPUT,
            _blank("产出指标小计", "50", "40"),
            SERVED1,
            _blank("效益指标合计", "30", "28"),
            PLEASED,
        ],
        [
            _mismatch("“产出指标小计”填报得分40，其下各项得分合计45", "G9"),
            _mismatch("“效益指标合计”填报得分28，其下各项得分合计30", "G11"),
            DIFFER,
        ],
    ),
    (
        "a named subtotal whose 分值 is not its rows'",
        [*SELF_HEAD, *OUTPUT, _blank("产出指标小计", "60", "45"), SERVED1, PLEASED],
        [_mismatch("“产出指标小计”填报分值60，其下各项分值合计50", "F9"), DIFFER],
    ),
    (
        "named subtotals that agree: none",
        [
            *SELF_HEAD,
            *OUTPUT,
            _blank("产出指标小计", "50", "45"),
            SERVED1,
            _blank("效益指标合计", "30", "30"),
            PLEASED,
        ],
        [DIFFER],
    ),
    (
        "a bare 小计 after each level's rows, no level printed on it: each its level's",
        [
            *SELF_HEAD,
            *OUTPUT,
            _blank("小计", "50", "40"),
            SERVED1,
            _blank("小计", "30", "28"),
            PLEASED,
            _blank("小计", "10", "10"),
        ],
        [
            _mismatch("一级指标“产出指标”的“小计”填报得分40，其下各项得分合计45", "G9"),
            _mismatch("一级指标“效益指标”的“小计”填报得分28，其下各项得分合计30", "G11"),
            DIFFER,
        ],
    ),
    (
        "a bare 小计 after each level that agrees: none (the last is 满意度's, not the block's)",
        [
            *SELF_HEAD,
            *OUTPUT,
            _blank("小计", "50", "45"),
            SERVED1,
            _blank("小计", "30", "30"),
            PLEASED,
            _blank("小计", "10", "10"),
        ],
        [DIFFER],
    ),
    (
        "a bare 小计 under the level cell merged down over it",
        [
            *SELF_HEAD,
            *OUTPUT,
            _blank("小计", "50", "40", up=True),
            SERVED1,
            _blank("小计", "30", "30", up=True),
            PLEASED,
        ],
        [_mismatch("一级指标“产出指标”的“小计”填报得分40，其下各项得分合计45", "G9"), DIFFER],
    ),
    (
        "a level 2's 小计, the levels printed on its row",
        [
            *SELF_HEAD,
            *OUTPUT,
            ["产出指标", "质量指标", "小计", "", "", "20", "10"],
            SERVED1,
            PLEASED,
        ],
        [_mismatch("二级指标“质量指标”的“小计”填报得分10，其下各项得分合计15", "G9"), DIFFER],
    ),
    (
        "a level 2's named subtotal between its rows and the next level 2's",
        [
            *SELF_HEAD,
            OUTPUT[0],
            ["产出指标", "数量指标小计", "", "", "", "30", "20"],
            PASSED,
            SERVED1,
            PLEASED,
        ],
        [
            _mismatch("“数量指标小计”填报得分20，其下各项得分合计30", "G8"),
            (DIFFER[0], DIFFER[1], "G9"),
        ],
    ),
    (
        "a named subtotal printing / under the target and actual: no indicator",
        [
            *SELF_HEAD,
            *OUTPUT,
            ["产出指标小计", "/", "/", "/", "/", "50", "40"],
            SERVED1,
            PLEASED,
        ],
        [_mismatch("“产出指标小计”填报得分40，其下各项得分合计45", "G9"), DIFFER],
    ),
    (
        "one bare 小计 closing all the rows: the block's, as r37b",
        [*SELF_HEAD, *OUTPUT, SERVED1, PLEASED, _blank("小计", "90", "80")],
        [
            _mismatch("“小计”填报得分80，其下各项得分合计85", "G11"),
            DIFFER,
        ],
    ),
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(("rows", "expected"), [pytest.param(r, e, id=i) for i, r, e in SUBTOTALS])
def test_level_subtotals(rows: Rows, expected: Findings, kind: str) -> None:
    table = _read(rows, kind)
    assert [i.name for i in table.indicators] == NAMES
    assert _findings(table) == expected


# ---------------------------------------------------------------------------
# 2. 合计, a grade row, then 总分

_BLOCK = [*SELF_HEAD, *OUTPUT, SERVED1, PLEASED]  # 分值 90, 得分 85; the rate 10/10
_OFF = [
    _mismatch("“合计”填报分值95，其下各项分值合计90（计入预算执行率分值10为100）", "F11"),
    _mismatch("“合计”填报得分80，其下各项得分合计85（计入预算执行率得分10为95）", "G11"),
    DIFFER,
]
TOTALS: list[tuple[str, Rows, Findings]] = [
    (
        "合计, 自评等级 | 优, 总分",
        [*_BLOCK, _blank("合计", "95", "80"), ["自评等级", "优"], _blank("总分", "100", "95")],
        _OFF,
    ),
    (
        "合计, the grade under the 得分 column, 总分",
        [
            *_BLOCK,
            _blank("合计", "95", "80"),
            ["自评等级", "", "", "", "", "", "优"],
            _blank("总分", "100", "95"),
        ],
        _OFF,
    ),
    (
        "合计, a note row, 总分",
        [*_BLOCK, _blank("合计", "95", "80"), ["偏差原因分析", "无"], _blank("总分", "100", "95")],
        _OFF,
    ),
    (
        "合计 of the rows, 自评等级, 总分: none",
        [*_BLOCK, _blank("合计", "90", "85"), ["自评等级", "优"], _blank("总分", "100", "95")],
        [DIFFER],
    ),
    (
        "合计, 自评等级, a 自评总分 not under 得分: the 合计 stays the total, as before",
        [*_BLOCK, _blank("合计", "100", "90"), ["自评等级", "优"], ["自评总分", "95"]],
        [("points-sum-mismatch", "各项得分合计95与总分90不符", "G11"), DIFFER],
    ),
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(("rows", "expected"), [pytest.param(r, e, id=i) for i, r, e in TOTALS])
def test_sum_then_grade_then_total(rows: Rows, expected: Findings, kind: str) -> None:
    table = _read(rows, kind)
    assert [i.name for i in table.indicators] == NAMES
    assert _findings(table) == expected
    # the 总分's figure is the total (the 合计's when none is read from it), and the grade's
    totals = [row for row in rows if row[0] in {"总分", "合计"}]
    graded = any(row[0] == "自评等级" for row in rows)
    assert table.published is not None
    assert (table.published.total, table.published.grade) == (
        Decimal(totals[-1][6]),
        "优" if graded else None,
    )


# ---------------------------------------------------------------------------
# 3, 4. target-above-midterm: one per indicator, each cell quoted as printed
# (the 申报表's head _MID_HEAD and the messages _ABOVE, _NO_UNIT are r37e's)

_MIDTERM_ROWS: Rows = [
    ["产出指标", "数量指标", "改造管网长度", "≥50", "≥60"],
    [UP, UP, "新建泵站", "3", "5"],
    [UP, UP, "改造供水管网长度", "≥50", "≥60公里"],
    [UP, UP, "新建水厂", "≥1座", "≥2"],
    [UP, UP, "改造户数", "10", "12户"],
    [UP, UP, "维修管网长度", "≥60", "≥50公里"],
]
_MIDTERM_FOUND = [
    ("target-missing-unit", _NO_UNIT.format("改造管网长度"), "E6"),
    ("target-missing-unit", _NO_UNIT.format("新建泵站"), "E7"),
    ("target-missing-unit", _NO_UNIT.format("新建水厂"), "E9"),
    ("target-above-midterm", _ABOVE.format("改造管网长度", "≥60", "≥50"), "E6"),
    ("target-above-midterm", _ABOVE.format("新建泵站", "5", "3"), "E7"),
    ("target-above-midterm", _ABOVE.format("改造供水管网长度", "≥60公里", "≥50"), "E8"),
    ("target-above-midterm", _ABOVE.format("新建水厂", "≥2", "≥1座"), "E9"),
    ("target-above-midterm", _ABOVE.format("改造户数", "12户", "10"), "E10"),
]
_CHECKED = frozenset({"target-above-midterm", "target-missing-unit"})


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_midterm_once_per_indicator_quoted_as_printed(kind: str) -> None:
    table = _read([*_MID_HEAD, *_MIDTERM_ROWS], kind)
    found = [f for f in _findings(table) if f[0] in _CHECKED]
    assert found == _MIDTERM_FOUND
    above = [f[2] for f in found if f[0] == "target-above-midterm"]
    assert len(above) == len(set(above))  # one per indicator


def test_midterm_english_quotes_cells_as_printed() -> None:
    # a 度量单位 column's unit is the cells' own, shown on both sides; a unit one side
    # prints is not lent to the other in the quote (r37j: “≥50公里” for a cell ≥50)
    head = [*_MID_HEAD[:4], [*_MID_HEAD[4], "度量单位"]]
    rows = [
        ["产出指标", "数量指标", "新建公厕", "≥10", "≥12", "座"],
        [UP, UP, "维修管网长度", "≥50", "≥60公里", ""],
    ]
    card = score(_read([*head, *rows], "tsv"), policy=Policy(language="en"))
    assert [f.message for f in card.findings if f.id == "target-above-midterm"] == [
        "“新建公厕”: the target “≥12座” is above the implementation period's “≥10座”",
        "“维修管网长度”: the target “≥60公里” is above the implementation period's “≥50”",
    ]
