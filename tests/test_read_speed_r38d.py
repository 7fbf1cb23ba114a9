"""Reading cuts of r38d: an indicator row does only what its grid's columns need (issue #3).

r38d, without changing any output:

- an indicator's 上年实际完成值, 中期指标值, 完成目标可能性, 完成情况, 核心指标, 指标方向性,
  指标性质, 备注 and 指标值说明 cells are asked only of a row that has one of them, and its
  分值 and 得分 only of a row that has either (a 跟踪表's row asked two dozen roles it lacks);
- a grid with no column for a part of the year (1-6月完成值, 一季度) reads no parts: the
  row's cells are not searched for one, nor put in a project year's order;
- a cell's tick-column tests are one test in a grid without tick columns;
- the empty 偏差原因, 实际完成值 and 得分 places take the row's cells by role, and ask the
  grid's roles with distances of them, instead of testing every cell;
- whether a row may be a name's tail asks a memo of each cell's text (a unit, a
  deadline's tail), and whether 成本指标 is a level 1 visits the labelled columns only.

Each call-count case fails on the code before the cut; the properties compare the places,
the tail test and the 成本指标 test with the loops they replace, and the other cases pin the output the cuts must keep (the
equivalence of every captured input was checked byte for byte).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import perftrack
from perftrack import Position
from perftrack.readers import _grid
from test_read_speed_r36f import _counting, _tsv

PLAIN = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t600\t",
    "产出指标\t质量指标\t合格率\t≥95%\t\t",
    "效益指标\t社会效益指标\t覆盖率\t≥90%\t92%\t已完成",
)
SCORED = _tsv(
    "2024年社区养老服务提升项目绩效自评表",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t1300人\t10\t10\t",
    "产出指标\t质量指标\t合格率\t≥95%\t90%\t10\t扣2分\t",
    "效益指标\t社会效益指标\t覆盖率\t≥90%\t92%\t十\t满分\t",
)
QUARTERS = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t一季度\t二季度\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t300\t600\t",
    "产出指标\t质量指标\t合格率\t≥95%\t96%\t95%\t",
)
NOTES = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t指标方向性\t年度指标值\t1-6月实际完成值\t完成情况\t备注",
    "产出指标\t数量指标\t培训人数\t正向\t≥1200人\t600\t未完成\t下半年集中培训",
    "产出指标\t质量指标\t合格率\t较好\t≥95%\t96%\t已完成\t",
)

COUNTED = (
    "_breakdown",
    "_in_project_order",
    "_without_money_word",
    "_direction_word",
    "_is_date_tail",
)


def _reading_counts(monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, int]:
    perftrack.read_text(text, name="t.tsv")  # warm the caches: the same counts in any order
    counts = _counting(monkeypatch, COUNTED, methods=())
    perftrack.read_text(text, name="t.tsv")
    return dict(counts)


# text → calls while reading it a second time (before the cut: PLAIN _breakdown 3,
# _in_project_order 3, _without_money_word 6, _is_date_tail 9; SCORED 3, 3, 6, none;
# QUARTERS 2, 2, 4, 6; NOTES 2, 2, 4, 6 and _direction_word 4: _may_be_tail asked each
# text of each row again, a cache's call; its memo answers a text seen before). SCORED's 分值 and 得分 and NOTES's 指标方向性 are still
# read, by the same calls: the cut skips only the roles a row lacks.
CALLS = [
    pytest.param(PLAIN, {}, id="tracking-grid"),
    pytest.param(SCORED, {"_without_money_word": 6}, id="scored-grid"),
    pytest.param(QUARTERS, {"_breakdown": 2, "_in_project_order": 2}, id="quarters"),
    pytest.param(NOTES, {"_direction_word": 4}, id="notes"),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls_while_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: dict[str, int]
) -> None:
    assert _reading_counts(monkeypatch, text) == expected


def _cells(indicator: perftrack.Indicator) -> list[tuple[str, int, int]]:
    return [(role, at.row, at.column) for role, at in indicator.cells]


# text → each indicator: name, target, actual, reason, weight, points, parts, its cells
READ = [
    pytest.param(
        PLAIN,
        [
            (
                "培训人数",
                "≥1200(人)",
                "600",
                "",
                None,
                None,
                [],
                [("name", 5, 3), ("target", 5, 4), ("actual", 5, 5), ("reason-place", 5, 6)],
            ),
            (
                "合格率",
                "≥95(%)",
                None,
                "",
                None,
                None,
                [],
                [("name", 6, 3), ("target", 6, 4), ("reason-place", 6, 6), ("actual-place", 6, 5)],
            ),
            (
                "覆盖率",
                "≥90(%)",
                "92(%)",
                "已完成",
                None,
                None,
                [],
                [("name", 7, 3), ("target", 7, 4), ("actual", 7, 5), ("reason", 7, 6)],
            ),
        ],
        id="tracking-grid",
    ),
    pytest.param(
        SCORED,
        [
            (
                "培训人数",
                "≥1200(人)",
                "1300(人)",
                "",
                "10",
                "10",
                [],
                [
                    ("name", 4, 3),
                    ("target", 4, 4),
                    ("actual", 4, 5),
                    ("weight", 4, 6),
                    ("points", 4, 7),
                    ("reason-place", 4, 8),
                ],
            ),
            (
                "合格率",
                "≥95(%)",
                "90(%)",
                "",
                "10",
                "8",
                [],
                [
                    ("name", 5, 3),
                    ("target", 5, 4),
                    ("actual", 5, 5),
                    ("weight", 5, 6),
                    ("points", 5, 7),
                    ("reason-place", 5, 8),
                ],
            ),
            (
                "覆盖率",
                "≥90(%)",
                "92(%)",
                "",
                "10",
                "10",
                [],
                [
                    ("name", 6, 3),
                    ("target", 6, 4),
                    ("actual", 6, 5),
                    ("weight", 6, 6),
                    ("points", 6, 7),
                    ("reason-place", 6, 8),
                ],
            ),
        ],
        id="scored-grid",
    ),
    pytest.param(
        QUARTERS,
        [
            (
                "培训人数",
                "≥1200(人)",
                None,
                "",
                None,
                None,
                [("actual", "一季度", "300"), ("actual", "二季度", "600")],
                [("name", 5, 3), ("target", 5, 4), ("reason-place", 5, 7)],
            ),
            (
                "合格率",
                "≥95(%)",
                "95(%)",
                "",
                None,
                None,
                [("actual", "一季度", "96(%)"), ("actual", "二季度", "95(%)")],
                [("name", 6, 3), ("target", 6, 4), ("actual", 6, 6), ("reason-place", 6, 7)],
            ),
        ],
        id="quarters",
    ),
]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@pytest.mark.parametrize(("text", "expected"), READ)
def test_indicators_read_as_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    table = perftrack.read_text(text, name="t.tsv")[0]
    assert [
        (
            i.name,
            _text(i.target),
            _text(i.actual),
            i.deviation_reason,
            _text(i.weight),
            _text(i.published_points),
            [(p.role, p.label, _text(p.value)) for p in i.parts],
            _cells(i),
        )
        for i in table.indicators
    ] == expected


def test_note_cells_read_as_before() -> None:
    table = perftrack.read_text(NOTES, name="t.tsv")[0]
    assert [
        (i.name, i.direction, i.likelihood and i.likelihood.value, i.likelihood_text, i.remarks)
        for i in table.indicators
    ] == [
        ("培训人数", perftrack.Direction.HIGHER, None, "未完成", "下半年集中培训"),
        ("合格率", None, "certain", "已完成", ""),
    ]
    assert [(f.id, f.message) for f in table.findings if f.id == "malformed-cell"] == [
        (
            "malformed-cell",
            "指标“合格率”的指标方向性“较好”无法识别（应为正向、反向、越大越好、越小越好或适中），未读入",
        )
    ]


# ---------------------------------------------------------------------------
# The empty places against the loop over every cell they replace (r37f's)


def _places_by_every_cell(
    cells: list[tuple[str, Position]], position: Position, layout: Any, name_column: int
) -> list[tuple[str, Position]]:
    places: list[tuple[str, Position]] = []
    corrective, reason, distances = layout
    filled = {role for role, _ in cells}
    if "corrective" not in filled and corrective is not None:
        places.append(
            (
                "corrective-place",
                Position(position.file, position.sheet, position.row, name_column + corrective + 1),
            )
        )
    actuals = distances.get("actual")
    points = distances.get("points")
    if (
        ("reason" in filled or reason is None)
        and ("actual" in filled or not actuals)
        and ("points" in filled or not points)
    ):
        return places
    aligned = False
    taken = {cell.column for _, cell in places}
    for role, cell in cells:
        taken.add(cell.column)
        at_distances = distances.get(role)
        if at_distances:
            for at in at_distances:
                if cell.column != name_column + at + 1:
                    return places
            aligned = True
    if not aligned:
        return places
    for role, wanted, at in (
        ("reason", "reason-place", reason),
        ("actual", "actual-place", actuals[0] if actuals else None),
        ("points", "points-place", points[0] if points else None),
    ):
        if role in filled or at is None:
            continue
        column = name_column + at + 1
        if column not in taken:
            taken.add(column)
            places.append((wanted, Position(position.file, position.sheet, position.row, column)))
    return places


_ROLES = ("target", "planned", "actual", "points", "reason", "corrective", "weight", "remarks")


@st.composite
def _rows(draw: st.DrawFn) -> tuple[list[tuple[str, Position]], Any, int]:
    # a grid's roles by distance, then a row's cells: each role once, near its column
    roles = draw(st.dictionaries(st.integers(0, 7), st.sampled_from(_ROLES), max_size=7))
    layout = _grid._empty_layout(roles)
    name_column = draw(st.integers(1, 3))
    cells = [("name", Position("t.tsv", None, 5, name_column))]
    for role in draw(st.lists(st.sampled_from(_ROLES), unique=True, max_size=6)):
        at = next((d for d, r in sorted(roles.items()) if r == role), draw(st.integers(0, 7)))
        column = name_column + at + 1 + draw(st.sampled_from((0, 0, 0, 1, -1)))
        cells.append((role, Position("t.tsv", None, 5, column)))
    if draw(st.booleans()):
        cells.append(("code", Position("t.tsv", None, 5, 1)))
    return cells, layout, name_column


@settings(max_examples=500)
@given(_rows())
def test_empty_places_as_the_loop_over_every_cell(
    row: tuple[list[tuple[str, Position]], Any, int],
) -> None:
    cells, layout, name_column = row
    position = cells[0][1]
    assert _grid._empty_places(cells, position, layout, name_column) == _places_by_every_cell(
        cells, position, layout, name_column
    )


# ---------------------------------------------------------------------------
# A row that may be a name's tail: each cell's text asked once (a memo), as before


def _may_be_tail_as_before(texts: list[str]) -> bool:
    if len(texts) <= 3:
        return True
    others = 0
    for text in texts:
        if text in _grid.voc.KNOWN_UNITS or text in _grid.voc.UNIT_ALIASES:
            continue
        if len(text) > 6 or not _grid._is_date_tail(text):
            others += 1
    return others <= 2


_TAIL_WORDS = (
    "%",
    "万元",
    "人次",
    "个",
    "底前",
    "前",
    "底前完成",
    "完成",
    "年底以前完成",
    "前完工",
)
_OTHER_WORDS = ("率", "培训人数", "≥95%", "120", "保障", "2023年12月底前完成", "完成情况良好")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_TAIL_WORDS + _OTHER_WORDS), min_size=1, max_size=8))
def test_may_be_tail_as_before(texts: list[str]) -> None:
    row = _grid._Row(tuple(texts), 1, tuple(enumerate(texts)), "".join(texts))
    assert _grid._may_be_tail(row) is _may_be_tail_as_before(texts)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["率", "%", "%", "%"], True),
        (["培训", "≥200", "120", "100"], False),
        (["培训人数", "底前", "前", "完成", "120"], True),
        (["培训人数", "≥95%", "底前完成", "%"], True),
        (["培训人数", "≥95%", "120", "2023年12月底前完成"], False),
    ],
)
def test_may_be_tail(texts: list[str], expected: bool) -> None:  # noqa: FBT001
    row = _grid._Row(tuple(texts), 1, tuple(enumerate(texts)), "".join(texts))
    assert _grid._may_be_tail(row) is expected


# ---------------------------------------------------------------------------
# 成本指标 a level 1: the labelled columns only, as the loop over every column found them


def _cost_is_level1_as_before(
    rows: list[Any], row_labels: list[tuple[Any, ...]], named: dict[int, int]
) -> bool:
    level1_columns: set[int] = set()
    cost_columns: set[int] = set()
    for index, (row, by_column) in enumerate(zip(rows, row_labels, strict=True)):
        filled = row.filled
        serial = filled[0][0] if len(filled) > 2 and _grid._is_serial(filled[0][1]) else -1
        name_column = named.get(index, -1)
        for column, label in enumerate(by_column):
            if label is None or column in (serial, name_column):
                continue
            if label.level == 2 and label.name in _grid._COST_LEVEL2_101:
                return True
            if label.level == 1 and label.name == "成本指标":
                cost_columns.add(column)
            elif label.level == 1:
                level1_columns.add(column)
    return bool(cost_columns & level1_columns)


_LEVEL_CELLS = ("1", "产出指标", "成本指标", "效益指标", "数量指标", "经济成本指标", "培训人数", "")


@settings(max_examples=300)
@given(
    st.lists(st.lists(st.sampled_from(_LEVEL_CELLS), min_size=3, max_size=6), max_size=5),
    st.dictionaries(st.integers(0, 4), st.integers(0, 5), max_size=2),
)
def test_cost_is_level1_as_before(grid: list[list[str]], named: dict[int, int]) -> None:
    rows = [
        _grid._Row(tuple(cells), 1, tuple((c, t) for c, t in enumerate(cells) if t), "".join(cells))
        for cells in grid
    ]
    rows = [row for row in rows if row.filled]
    labels = [tuple(map(_grid._framework_label, row.cells)) for row in rows]
    assert _grid._cost_is_level1(rows, labels, named) is _cost_is_level1_as_before(
        rows, labels, named
    )
