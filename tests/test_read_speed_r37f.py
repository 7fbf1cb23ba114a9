"""Reading cuts of r37f: the same tables, read with fewer calls (issue #3, TSV speed).

r37f, without changing any output:

- a budget line's amounts are read for the columns the line has, not for all twelve a
  line may have (a generated table's line has four: twelve calls, eight of them for
  nothing); the amounts are read in the same order, so their findings and printed
  texts keep theirs;
- an indicator row's empty 偏差原因, 实际完成值 and 得分 places are worked out in one
  pass over its cells (it took three, then a scan of every cell for each place);
- a label without 期 is no mid-term's (中期, 中长期, 实施期 and 项目期 all hold it):
  年初预算数, 指标值 and the other labels asked are turned down before the four words;
- an indicator's direction is read from its 指标方向性 cell, else its 指标性质 cell,
  without a generator, and its cells' positions without one.

Each call-count case fails on the code before the cut; the other cases pin the output
the cuts must keep (the equivalence of every captured input was checked byte for byte).
"""

from __future__ import annotations

import builtins
import collections
from typing import Any

import pytest

import perftrack
from perftrack.readers import _grid
from test_read_speed_r36f import _counting, _tsv

BUDGET = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "预算执行情况（万元）\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "\t年度资金总额\t300.00\t300.00\t120.00\t40.00",
    "\t其中：当年财政拨款\t260万元\t300.00\t100.00\t",
    "\t其他资金\t0.00\t0.00\t待定\t0.00",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t分值\t得分\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t600\t10\t5\t",
    "产出指标\t质量指标\t合格率\t≥95%\t\t10\t\t",
    "效益指标\t社会效益指标\t覆盖率\t≥90%\t92%\t10\t10\t已完成",
)
DIRECTION = _tsv(
    "2024年某项目绩效目标表",
    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标方向性",
    "产出指标\t数量指标\t培训人数\t≥\t1200\t人\t正向指标",
    "产出指标\t质量指标\t投诉率\t≤\t5\t%\t",
    "产出指标\t质量指标\t设备故障率\t越小越好\t3\t%\t",
    "产出指标\t时效指标\t响应时间\t\t2\t小时\t适中",
)


class _Words(tuple[str, ...]):
    """The mid-term words, counting how often they are tried."""

    __slots__ = ()
    tried = 0

    def __iter__(self) -> Any:
        type(self).tried += 1
        return super().__iter__()


def _reading_counts(monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, int]:
    # read once before counting: the label tests kept in caches (lru_cache, _TextMemo)
    # are then warm whatever ran before, and the counts the same in any order
    perftrack.read_text(text, name="t.tsv")
    counts = _counting(monkeypatch, ("_budget_amount",), methods=())
    calls: collections.Counter[str] = collections.Counter()

    def counted_any(items: Any) -> bool:
        calls["any"] += 1
        return builtins.any(items)

    monkeypatch.setattr(_grid, "any", counted_any, raising=False)
    monkeypatch.setattr(_Words, "tried", 0)
    monkeypatch.setattr(_grid, "_MIDTERM_WORDS", _Words(_grid._MIDTERM_WORDS))
    perftrack.read_text(text, name="t.tsv")
    return {**counts, **calls, "midterm words": _Words.tried}


# text → calls while reading it a second time (before the cut: BUDGET _budget_amount
# 36, any 47, the mid-term words tried 6 times; DIRECTION any 16, the words never; after
# it 33 and 8, and two more once a table since r37n's four-level header check and the
# session's other new rules, merged after the cut; one more since r38d's test, once a
# grid, whether any column is a part of the year's, which spares each row the search)
CALLS = [
    pytest.param(
        BUDGET, {"_budget_amount": 11, "any": 36, "midterm words": 2}, id="budget-and-places"
    ),
    pytest.param(DIRECTION, {"any": 11, "midterm words": 0}, id="direction"),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls_while_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: dict[str, int]
) -> None:
    assert _reading_counts(monkeypatch, text) == expected


def test_midterm_words_hold_the_guard() -> None:
    # the cheap test of _is_midterm holds only while every word has 期 in it
    assert all("期" in word for word in _grid._MIDTERM_WORDS)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("实施期指标值", True),
        ("中长期目标", True),
        ("中期目标值", True),
        ("项目期资金总额", True),
        ("年初预算数", False),
        ("跟踪期执行数", False),
        ("指标值", False),
        ("", False),
    ],
)
def test_is_midterm(label: str, expected: bool) -> None:  # noqa: FBT001
    assert _grid._is_midterm(label) is expected


# each budget line: role, source, initial, period budget, executed, rate, its cells
# (name, row, column) and its printed texts
LINES = [
    (
        "total",
        "年度资金总额",
        "300.00",
        "300.00",
        "120.00",
        "40.00",
        [("initial", 5, 3), ("period_budget", 5, 4), ("executed", 5, 5), ("rate", 5, 6)],
        (),
    ),
    (
        "appropriation",
        "其中：当年财政拨款",
        "260",
        "300.00",
        "100.00",
        None,
        [("initial", 6, 3), ("period_budget", 6, 4), ("executed", 6, 5)],
        (("initial", "260万元"),),
    ),
    (
        "other",
        "其他资金",
        "0.00",
        "0.00",
        None,
        "0.00",
        [("initial", 7, 3), ("period_budget", 7, 4), ("executed", 7, 5), ("rate", 7, 6)],
        (),
    ),
]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def test_budget_lines_read_as_before() -> None:
    table = perftrack.read_text(BUDGET, name="t.tsv")[0]
    assert [
        (
            line.role.value,
            line.source,
            _text(line.initial),
            _text(line.period_budget),
            _text(line.executed),
            _text(line.rate),
            [(name, at.row, at.column) for name, at in line.cells],
            line.printed,
        )
        for line in table.budget
    ] == LINES
    assert [(f.id, f.message) for f in table.findings] == [
        ("malformed-amount", "执行数“待定”不是数字")
    ]


# each indicator: name, direction, its cells (role, row, column)
CELLS = [
    pytest.param(
        BUDGET,
        [
            (
                "培训人数",
                None,
                [
                    ("name", 9, 3),
                    ("target", 9, 4),
                    ("actual", 9, 5),
                    ("weight", 9, 6),
                    ("points", 9, 7),
                    ("reason-place", 9, 8),
                ],
            ),
            (
                "合格率",
                None,
                [
                    ("name", 10, 3),
                    ("target", 10, 4),
                    ("weight", 10, 6),
                    ("reason-place", 10, 8),
                    ("actual-place", 10, 5),
                    ("points-place", 10, 7),
                ],
            ),
            (
                "覆盖率",
                None,
                [
                    ("name", 11, 3),
                    ("target", 11, 4),
                    ("actual", 11, 5),
                    ("weight", 11, 6),
                    ("points", 11, 7),
                    ("reason", 11, 8),
                ],
            ),
        ],
        id="places",
    ),
    pytest.param(
        DIRECTION,
        [
            (
                "培训人数",
                "higher",
                [
                    ("name", 3, 3),
                    ("nature", 3, 4),
                    ("target", 3, 5),
                    ("unit", 3, 6),
                    ("direction", 3, 7),
                ],
            ),
            ("投诉率", None, [("name", 4, 3), ("nature", 4, 4), ("target", 4, 5), ("unit", 4, 6)]),
            (
                "设备故障率",
                "lower",
                [("name", 5, 3), ("nature", 5, 4), ("target", 5, 5), ("unit", 5, 6)],
            ),
            (
                "响应时间",
                None,
                [("name", 6, 3), ("target", 6, 5), ("unit", 6, 6), ("direction", 6, 7)],
            ),
        ],
        id="direction",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CELLS)
def test_indicator_cells_read_as_before(text: str, expected: list[Any]) -> None:
    table = perftrack.read_text(text, name="t.tsv")[0]
    assert [
        (
            indicator.name,
            None if indicator.direction is None else indicator.direction.value,
            [(role, at.row, at.column) for role, at in indicator.cells],
        )
        for indicator in table.indicators
    ] == expected
