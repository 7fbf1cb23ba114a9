"""Grid rows that are no indicators: a level's (or the total's) points, and duty columns (r36d).

1. A 自评表 (or a scored 跟踪表) often prints a level's points on a row of its own: the
   level cell (merged down over its rows, or across the empty cells), the name, target
   and actual blank (or ``/``), only 分值/得分 printed (``产出指标 | | | | 50 | 45``). Such
   a row is the level's points, no indicator: its labels still set the levels of the
   rows under it, and a level 1's 分值 is the level's weight, as a label's
   (``产出指标（50分）``), checked against its rows' 分值 (``level1-weight-mismatch``).
   Before, the row's labels were dropped with it (the rows below lost their level 1:
   ``category-normalised``, or both levels), and where the rows below printed a level 2
   of no framework (``履职效能`` over ``部门履职目标``) or the row was dashed
   (``/ | / | / | /``), it became an indicator of no name (``missing-name``) whose points
   were counted a second time (总分 192.78 of 100).
2. A column between two duty columns of a 部门整体 table (``部门职责 | 备注 | 年度履职目标
   | 一级指标 …``) is neither label nor name: its text is kept in ``about`` under its
   header, in column order. Before, its text was read as the indicator's name and the
   duty goal as the target (``malformed-points``, ``layout-normalised``).

Each table is read as TSV, as HTML (merged by ``rowspan``/``colspan``) and as xlsx
(merged by openpyxl); the three readings must agree.
"""

from __future__ import annotations

import html
import io
from decimal import Decimal

import pytest
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

import perftrack
from perftrack.scoring import score

UP, LEFT = "^", "<"  # a cell merged with the one above, with the one to its left
Rows = list[list[str]]

# the framework's completeness and the missing 偏差原因 column: not these cases'
IGNORED = frozenset({"missing-category", "missing-level2", "missing-deviation-reason"})


def _square(rows: Rows) -> Rows:
    width = max(len(row) for row in rows)
    return [row + [""] * (width - len(row)) for row in rows]


def _spans(rows: Rows) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, column) of each cell that is no merged continuation → (rowspan, colspan)."""
    spans = {}
    height, width = len(rows), len(rows[0])
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text in {UP, LEFT}:
                continue
            across = 1
            while j + across < width and row[j + across] == LEFT:
                across += 1
            down = 1
            while i + down < height and all(rows[i + down][j + k] == UP for k in range(across)):
                down += 1
            spans[i, j] = (down, across)
    return spans


def _tsv(rows: Rows) -> bytes:
    lines = ("\t".join("" if c in {UP, LEFT} else c for c in row) for row in rows)
    return ("\n".join(lines) + "\n").encode()


def _html(rows: Rows) -> bytes:
    spans = _spans(rows)
    lines = []
    for i, row in enumerate(rows):
        cells = []
        for j, text in enumerate(row):
            if (i, j) not in spans:
                continue
            down, across = spans[i, j]
            merged = (f" rowspan={down}" if down > 1 else "") + (
                f" colspan={across}" if across > 1 else ""
            )
            cells.append(f"<td{merged}>{html.escape(text)}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    # one table row a line, from the first: its cells are named by their line
    return ("<html><body><table>" + "\n".join(lines) + "</table></body></html>").encode()


def _xlsx(rows: Rows) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for (i, j), (down, across) in _spans(rows).items():
        if rows[i][j]:
            sheet.cell(i + 1, j + 1, rows[i][j])
        if down > 1 or across > 1:
            first, last = get_column_letter(j + 1), get_column_letter(j + across)
            sheet.merge_cells(f"{first}{i + 1}:{last}{i + down}")
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


WRITERS = {"tsv": (_tsv, "表.tsv"), "html": (_html, "表.html"), "xlsx": (_xlsx, "表.xlsx")}


def _read(rows: Rows, kind: str) -> perftrack.Table:
    write, name = WRITERS[kind]
    (table,) = perftrack.read(write(_square(rows)), name=name)
    return table


SELF_HEAD: Rows = [
    ["项目支出绩效自评表"],
    ["（2025年度）"],
    ["项目名称", "测试项目"],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "100.00", "100.00", "100.00", "10", "100%", "10"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
]
TRACK_HEAD: Rows = [
    ["项目绩效跟踪表"],
    ["（2025年1-6月）"],
    ["项目名称", "测试项目"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值", "分值", "得分"],
]
DEPT_HEAD: Rows = [
    ["部门整体支出绩效自评表"],
    ["（2025年度）"],
    ["部门名称", "某局"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
]

# the rows of every self-evaluation case: 30 + 20 under 产出, 30 under 效益, 10 满意度
TRAINED = [UP, "数量指标", "培训人数", "≥100人", "120人", "30", "30"]
PASSED = [UP, "质量指标", "合格率", "≥90%", "80%", "20", "15"]
SERVED = [UP, "社会效益指标", "受益人数", "≥100人", "120人", "30", "30"]
PLEASED = ["满意度指标", "满意度指标", "满意度", "≥90%", "95%", "10", "10"]
PLAIN = [
    ("产出指标", "数量指标", "培训人数", Decimal(30), Decimal(30)),
    ("产出指标", "质量指标", "合格率", Decimal(20), Decimal(15)),
    ("效益指标", "社会效益指标", "受益人数", Decimal(30), Decimal(30)),
    ("满意度指标", None, "满意度", Decimal(10), Decimal(10)),
]
DIFFER = ("points-differ", "“合格率”计算得分17.78与填报得分15不同")

Indicators = list[tuple[str | None, str | None, str, Decimal | None, Decimal | None]]


def _points_of(table: perftrack.Table) -> Indicators:
    """Each indicator's levels, name, 分值 and printed 得分, as the cases list them."""
    return [(i.level1, i.level2, i.name, i.weight, i.published_points) for i in table.indicators]


Findings = list[tuple[str, str]]

POINTS_CASES: list[tuple[str, Rows, Indicators, dict[str, Decimal], Findings]] = [
    (
        "level rows merged down over their rows, a 合计 row",
        [
            *SELF_HEAD,
            ["产出指标", "", "", "", "", "50", "45"],
            TRAINED,
            PASSED,
            ["效益指标", "", "", "", "", "30", "30"],
            SERVED,
            ["满意度指标", "", "", "", "", "10", "10"],
            [UP, *PLEASED[1:]],
            ["合计", "", "", "", "", "100", "95"],
        ],
        PLAIN,
        {"产出指标": Decimal(50), "效益指标": Decimal(30), "满意度指标": Decimal(10)},
        [DIFFER],
    ),
    (
        "the level cell merged across the empty cells",
        [
            *SELF_HEAD,
            ["产出指标", LEFT, LEFT, LEFT, LEFT, "50", "45"],
            ["", *TRAINED[1:]],
            ["", *PASSED[1:]],
            ["效益指标", LEFT, LEFT, LEFT, LEFT, "30", "30"],
            ["", *SERVED[1:]],
            PLEASED,
            ["合计", LEFT, LEFT, LEFT, LEFT, "100", "95"],
        ],
        PLAIN,
        {"产出指标": Decimal(50), "效益指标": Decimal(30)},
        [DIFFER],
    ),
    (
        "a level's 分值 other than its rows': level1-weight-mismatch, 总分 checked once",
        [
            *SELF_HEAD,
            ["产出指标", "", "", "", "", "60", "45"],
            TRAINED,
            PASSED,
            ["效益指标", *SERVED[1:]],
            PLEASED,
            ["合计", "", "", "", "", "100", "90"],
        ],
        PLAIN,
        {"产出指标": Decimal(60)},
        [
            ("points-sum-mismatch", "各项得分合计95与总分90不符"),
            ("level1-weight-mismatch", "一级指标“产出指标”标注60分，其下各项分值合计50"),
            DIFFER,
        ],
    ),
    (
        "level-1 and level-2 rows of points, both merged down",
        [
            *SELF_HEAD,
            ["产出指标", "", "", "", "", "50", "45"],
            [UP, "数量指标", "", "", "", "30", "30"],
            [UP, UP, *TRAINED[2:]],
            [UP, "质量指标", "", "", "", "20", "15"],
            [UP, UP, *PASSED[2:]],
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        {"产出指标": Decimal(50)},
        [DIFFER],
    ),
    (
        "a dashed level row (/ as name, target and actual)",
        [
            *SELF_HEAD,
            ["产出指标", "/", "/", "/", "/", "50", "45"],
            TRAINED,
            PASSED,
            ["效益指标", "/", "/", "/", "/", "40", "30"],
            SERVED,
            PLEASED,
        ],
        PLAIN,
        {"产出指标": Decimal(50), "效益指标": Decimal(40)},
        [
            ("level1-weight-mismatch", "一级指标“效益指标”标注40分，其下各项分值合计30"),
            DIFFER,
        ],
    ),
    (
        "a level row printing its 得分 only: no weight",
        [
            *SELF_HEAD,
            ["产出指标", "", "", "", "", "", "45"],
            TRAINED,
            PASSED,
            ["效益指标", *SERVED[1:]],
            PLEASED,
        ],
        PLAIN,
        {},
        [DIFFER],
    ),
    (
        "a department's own levels over level 2s of no framework",
        [
            *DEPT_HEAD,
            ["履职效能", "", "", "", "", "50", "45"],
            [UP, "部门履职目标", "规划编制数", "≥12个", "12个", "30", "30"],
            [UP, "部门履职目标", "审批通过率", "≥90%", "80%", "20", "15"],
            ["管理效率", "", "", "", "", "50", "50"],
            [UP, "预算管理", "预算执行率", "≥90%", "95%", "50", "50"],
            ["合计", "", "", "", "", "100", "95"],
        ],
        [
            ("履职效能", "部门履职目标", "规划编制数", Decimal(30), Decimal(30)),
            ("履职效能", "部门履职目标", "审批通过率", Decimal(20), Decimal(15)),
            ("管理效率", "预算管理", "预算执行率", Decimal(50), Decimal(50)),
        ],
        {"履职效能": Decimal(50), "管理效率": Decimal(50)},
        [("points-differ", "“审批通过率”计算得分17.78与填报得分15不同")],
    ),
    (
        "a 跟踪表 with level rows of points",
        [
            *TRACK_HEAD,
            ["产出指标", "", "", "", "", "50", "45"],
            [UP, "数量指标", "培训人数", "≥100人", "60人", "30", "30"],
            [UP, "质量指标", "合格率", "≥90%", "92%", "20", "15"],
            ["效益指标", "", "", "", "", "40", "40"],
            [UP, "社会效益指标", "受益人数", "≥100人", "60人", "40", "40"],
            ["满意度指标", "满意度指标", "满意度", "≥90%", "95%", "10", "10"],
            ["合计", "", "", "", "", "100", "95"],
        ],
        [
            ("产出指标", "数量指标", "培训人数", Decimal(30), Decimal(30)),
            ("产出指标", "质量指标", "合格率", Decimal(20), Decimal(15)),
            ("效益指标", "社会效益指标", "受益人数", Decimal(40), Decimal(40)),
            ("满意度指标", None, "满意度", Decimal(10), Decimal(10)),
        ],
        {"产出指标": Decimal(50), "效益指标": Decimal(40)},
        [],
    ),
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(
    ("rows", "indicators", "weights", "findings"),
    [case[1:] for case in POINTS_CASES],
    ids=[case[0] for case in POINTS_CASES],
)
def test_a_row_of_a_levels_points_is_no_indicator(
    kind: str,
    rows: Rows,
    indicators: Indicators,
    weights: dict[str, Decimal],
    findings: Findings,
) -> None:
    table = _read(rows, kind)
    assert _points_of(table) == indicators
    assert dict(table.level1_weights) == weights
    assert [(f.id, f.message) for f in score(table).findings if f.id not in IGNORED] == findings


def test_level_rows_are_counted_once() -> None:
    """The level row's 分值 and the 总分 row are read once each: 97.78 of 100, no double count."""
    rows = [
        *DEPT_HEAD,
        ["履职效能", "", "", "", "", "50", "45"],
        [UP, "部门履职目标", "规划编制数", "≥12个", "12个", "30", "30"],
        [UP, "部门履职目标", "审批通过率", "≥90%", "80%", "20", "15"],
        ["管理效率", "/", "/", "/", "/", "50", "50"],
        [UP, "预算管理", "预算执行率", "≥90%", "95%", "50", "50"],
    ]
    card = score(_read(rows, "tsv"))
    assert card.points is not None
    assert card.points.total == Decimal("97.78")
    assert [item.name for item in card.points.items] == ["规划编制数", "审批通过率", "预算执行率"]
    assert not [f for f in card.findings if f.id in {"missing-name", "weights-not-100"}]


def test_a_level_with_no_rows_keeps_its_row() -> None:
    """A level printing points and no indicator row stays a row of no name (its points count)."""
    rows = [
        *SELF_HEAD,
        ["产出指标", "", "", "", "", "50", "45"],
        TRAINED,
        PASSED,
        ["效益指标", *SERVED[1:]],
        ["满意度指标", "服务对象满意度指标", "", "", "", "10", "10"],
    ]
    table = _read(rows, "tsv")
    assert [(i.level1, i.name, i.weight) for i in table.indicators][-1] == (
        "满意度指标",
        "",
        Decimal(10),
    )
    assert [(f.id, f.where.cell, f.message) for f in table.findings] == [
        ("missing-name", "C11", "三级指标名称、指标值、实际完成值均为空，但填报分值10、得分10")
    ]


DUTY_HEAD: Rows = [["部门整体绩效目标表"], ["（2024年度）"], ["部门名称", "XX县自然资源局"]]


def _duty_rows(between: str, first: str, third: str) -> Rows:
    """A 部门职责 | *between* | 年度履职目标 | levels grid, the duties merged down."""
    return [
        *DUTY_HEAD,
        ["部门职责", between, "年度履职目标", "一级指标", "二级指标", "三级指标", "指标值", "权重"],
        [
            "负责规划",
            first,
            "目标1：完成规划编制",
            "产出指标",
            "数量指标",
            "完成乡镇规划数量",
            "≥12个",
            "15",
        ],
        [UP, "", UP, "产出指标", "质量指标", "规划审批通过率", "100%", "10"],
        [
            "负责执法",
            third,
            "目标2：开展土地执法",
            "效益指标",
            "社会效益指标",
            "违法用地查处率",
            "≥95%",
            "10",
        ],
    ]


PLAN = "部门职责：负责规划"
GOAL1 = "年度履职目标：目标1：完成规划编制"
ENFORCE = "部门职责：负责执法"
GOAL2 = "年度履职目标：目标2：开展土地执法"
DUTY_CASES = [
    (
        "a 备注 column between the duties",
        _duty_rows("备注", "重点", "一般"),
        [
            f"{PLAN}；备注：重点；{GOAL1}",
            f"{PLAN}；{GOAL1}",
            f"{ENFORCE}；备注：一般；{GOAL2}",
        ],
        [("lead", "B5"), ("duty_goal", "A5"), ("duty_goal+", "C5")],
    ),
    (
        "a column of no header between the duties",
        _duty_rows("", "重点", "一般"),
        [
            f"{PLAN}；说明：重点；{GOAL1}",
            f"{PLAN}；{GOAL1}",
            f"{ENFORCE}；说明：一般；{GOAL2}",
        ],
        [("lead", "B5"), ("duty_goal", "A5"), ("duty_goal+", "C5")],
    ),
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(
    ("rows", "abouts", "first_cells"),
    [case[1:] for case in DUTY_CASES],
    ids=[case[0] for case in DUTY_CASES],
)
def test_a_column_between_two_duty_columns(
    kind: str, rows: Rows, abouts: list[str], first_cells: list[tuple[str, str]]
) -> None:
    table = _read(rows, kind)
    assert [(i.level1, i.level2, i.name, str(i.target), i.weight) for i in table.indicators] == [
        ("产出指标", "数量指标", "完成乡镇规划数量", "≥12(个)", Decimal(15)),
        ("产出指标", "质量指标", "规划审批通过率", "=100(%)", Decimal(10)),
        ("效益指标", "社会效益指标", "违法用地查处率", "≥95(%)", Decimal(10)),
    ]
    assert [i.about for i in table.indicators] == abouts
    assert [
        (key, at.cell)
        for key, at in table.indicators[0].cells
        if key.startswith(("lead", "duty_goal"))
    ] == first_cells
    assert table.findings == ()
