"""Reading cuts of r39c: an indicator row skips the calls whose first test says nothing (issue #3).

r39c, without changing any output:

- an indicator's cells are placed in the loop that asks each for an Excel error (one
  loop over the row's placed cells, not two); a row with a 完成情况 cell, whose placed
  cells change on the way, is placed at the end as before;
- ``_kinds_counted`` is asked only of a target read as words (``12类``), ``half_points``
  only of an actual in minutes, ``_department_level2`` only of a level-1 label: each
  function's own first test, inline;
- a row's name is matched against the subtotal pattern only when it ends in ``计``, and
  the duty cells are looked for only in a grid with a duty column;
- the empty places' taken columns are mapped in C (no comprehension's frame a row; the
  property of r38d compares them with the loop over every cell).

The call-count case fails on the code before the cut; the properties compare each inline
test with the call it skips, and the other cases pin the output the cuts must keep (the
equivalence of every captured input was checked byte for byte).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import perftrack
from perftrack import Descriptive, parse_target, parse_value
from perftrack.readers import _grid
from test_read_speed_r36f import _counting, _tsv

SCORED = _tsv(
    "2024年社区养老服务提升项目绩效自评表",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t1300人\t10\t10\t",
    "\t数量指标\t服务项目数\t12类\t12类\t10\t10\t",
    "\t质量指标\t考核评分\t≥9分\t8分半\t10\t9\t",
    "\t时效指标\t到场时间\t≤5分钟\t4分半\t10\t10\t",
    "效益指标\t社会效益指标\t资金发放准确性\t准确\t准确\t10\t10\t",
    "\t社会效益指标\t覆盖率\t≥90%\t#N/A\t10\t10\t",
)
STATUS = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-3月完成值\t1-6月完成值\t完成情况\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t300\t#DIV/0!\t未完成\t下半年集中培训",
    "\t质量指标\t合格率\t#N/A\t96%\t95%\t已完成\t",
)
PARTS = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-3月完成值\t1-6月完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t300\t#DIV/0!\t下半年集中培训",
    "\t质量指标\t合格率\t≥95%\t96%\t95%\t",
)

COUNTED = ("_kinds_counted", "half_points", "_department_level2")


# Before the cut, reading SCORED a second time: _kinds_counted 6 (every target),
# half_points 4 (every actual with a unit), _department_level2 8 (every label).
def test_calls_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    perftrack.read_text(SCORED, name="t.tsv")  # warm the caches
    counts = _counting(monkeypatch, COUNTED, methods=())
    perftrack.read_text(SCORED, name="t.tsv")
    # 12类 the one target of words; 8分半 and 4分半 in minutes; 产出指标 and 效益指标
    assert dict(counts) == {"_kinds_counted": 1, "half_points": 2, "_department_level2": 2}


def _cells(indicator: perftrack.Indicator) -> list[tuple[str, int, int]]:
    return [(role, at.row, at.column) for role, at in indicator.cells]


# text → each indicator: name, levels, target, actual, likelihood text, cells, parts;
# then the findings (id, message)
READ = [
    pytest.param(
        SCORED,
        [
            ("培训人数", "产出指标", "数量指标", "≥1200(人)", "1300(人)", None, 4, []),
            ("服务项目数", "产出指标", "数量指标", "=12(类)", "12(类)", None, 5, []),
            ("考核评分", "产出指标", "质量指标", "≥9(分)", "8.5(分)", None, 6, []),
            ("到场时间", "产出指标", "时效指标", "≤5(分钟)", "4.5(分钟)", None, 7, []),
            ("资金发放准确性", "效益指标", "社会效益指标", "准确", "准确", None, 8, []),
            ("覆盖率", "效益指标", "社会效益指标", "≥90(%)", "#N/A", None, 9, []),
        ],
        [("malformed-actual", "单元格为 Excel 错误值“#N/A”（公式无法计算）")],
        id="scored",
    ),
    pytest.param(
        STATUS,
        [
            ("培训人数", "产出指标", "数量指标", "≥1200(人)", "#DIV/0!", "未完成", 5, ["300"]),
            ("合格率", "产出指标", "质量指标", "#N/A", "95(%)", "已完成", 6, ["96(%)"]),
        ],
        [
            ("malformed-actual", "单元格为 Excel 错误值“#DIV/0!”（公式无法计算）"),
            ("malformed-target", "单元格为 Excel 错误值“#N/A”（公式无法计算）"),
        ],
        id="status-and-parts",
    ),
    pytest.param(
        PARTS,
        [
            ("培训人数", "产出指标", "数量指标", "≥1200(人)", "#DIV/0!", None, 5, ["300"]),
            ("合格率", "产出指标", "质量指标", "≥95(%)", "95(%)", None, 6, ["96(%)"]),
        ],
        [("malformed-actual", "单元格为 Excel 错误值“#DIV/0!”（公式无法计算）")],
        id="parts",
    ),
]

# each table's cells by its indicators' rows
CELLS = {
    "scored": {
        row: [
            ("name", row, 3),
            ("target", row, 4),
            ("actual", row, 5),
            ("weight", row, 6),
            ("points", row, 7),
            ("reason-place", row, 8),
        ]
        for row in range(4, 10)
    },
    "status-and-parts": {
        5: [
            ("name", 5, 3),
            ("target", 5, 4),
            ("actual", 5, 6),
            ("likelihood", 5, 7),
            ("reason", 5, 8),
        ],
        6: [
            ("name", 6, 3),
            ("target", 6, 4),
            ("actual", 6, 6),
            ("likelihood", 6, 7),
            ("reason-place", 6, 8),
        ],
    },
    "parts": {
        5: [("name", 5, 3), ("target", 5, 4), ("actual", 5, 6), ("reason", 5, 7)],
        6: [("name", 6, 3), ("target", 6, 4), ("actual", 6, 6), ("reason-place", 6, 7)],
    },
}


@pytest.mark.parametrize(("text", "expected", "findings"), READ)
def test_read(
    request: pytest.FixtureRequest,
    text: str,
    expected: list[tuple[str, str, str, str, str, str | None, int, list[str]]],
    findings: list[tuple[str, str]],
) -> None:
    (table,) = perftrack.read_text(text, name="t.tsv")
    cells = CELLS[request.node.callspec.id]
    assert [
        (
            i.name,
            i.level1,
            i.level2,
            str(i.target),
            str(i.actual),
            i.likelihood_text,
            i.position.row,
            [str(part.value) for part in i.parts],
        )
        for i in table.indicators
    ] == expected
    assert {i.position.row: _cells(i) for i in table.indicators} == cells
    assert [(f.id, f.message) for f in table.findings] == findings


# ---------------------------------------------------------------------------
# Each inline first test against the call it skips

_TEXTS = st.sampled_from(
    [
        "≥1200人",
        "12类",
        "3类",
        "准确",
        "8分半",
        "4分半",
        "≤5分钟",
        "≥9分",
        "30分钟",
        "2023年12月前完成",
        "≥85.00(%)",
        "=54.00(人)",
        "提高",
        "95%",
        "1.5小时",
        "10分",
    ]
)
_NAMES = st.sampled_from(
    ["服务项目数", "地表水水质", "考核评分", "到场时间", "培训人数", "服务类别"]
)


@settings(max_examples=300)
@given(_TEXTS, _TEXTS, _NAMES)
def test_kinds_counted_and_half_points_skip_nothing(
    target_text: str, actual_text: str, name: str
) -> None:
    target = parse_target(target_text)
    if not isinstance(target, Descriptive):
        assert _grid._kinds_counted(target, target_text, name) is target
    actual = parse_value(actual_text)
    if isinstance(actual, perftrack.Quantity) and actual.unit != "分钟":
        assert _grid.half_points(actual, target, name) is None


_LABELS = st.builds(
    _grid._Label,
    st.integers(0, 2),
    st.sampled_from([None, "产出指标", "满意度指标", "数量指标", "社会效应", "成本指标"]),
    st.none(),
    st.sampled_from([None, "数量指标"]),
)


@settings(max_examples=300)
@given(
    _LABELS,
    st.integers(0, 4),
    st.sampled_from([None, 0, 1]),
    st.sampled_from([None, "社会效应", "产出指标"]),
    st.sampled_from([None, "社会效应", "产出指标"]),
    st.lists(st.sampled_from(["", "社会效应", "满意度"]), min_size=1, max_size=5),
)
def test_department_level2_only_of_a_level1(  # noqa: PLR0913, PLR0917
    label: _grid._Label,
    column: int,
    level1_column: int | None,
    level1: str | None,
    printed1: str | None,
    texts: list[str],
) -> None:
    state = _grid._GridState()
    state.level1_column = level1_column
    state.level1 = level1
    if level1 is not None:
        state.level1s.add(level1)
    cells = tuple(texts)
    row = _grid._Row(cells, 0, tuple((c, t) for c, t in enumerate(cells) if t), "".join(cells))
    if label.level != 1:
        assert not _grid._department_level2(row, column, label, state, printed1)


@given(st.text(alphabet="小合总计产出指标培训人数", max_size=12))
def test_subtotal_pattern_ends_in_ji(text: str) -> None:
    if not text.endswith("计"):
        assert _grid._SUBTOTAL_RE.fullmatch(text) is None
