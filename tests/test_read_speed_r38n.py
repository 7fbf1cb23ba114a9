"""Reading cuts of r38n: a plain budget line does only what its cells need (issue #3).

r38n, without changing any output:

- a line's amounts are matched to the header's columns in one pass (before: ``all()``
  over the cells, then a second pass reading them), :func:`_grid._under_header`;
- a line's columns are read in the order of ``_LINE_AMOUNTS`` by sorting the few it has,
  not by testing each of the twelve names;
- a line without 全年到位数, 偏差原因 or 备注 columns builds no list of them;
- a block without part columns (一季度执行数) does not ask the year's first month to
  order parts it has none of.

The call-count case fails on the code before the cut; the properties compare the new
matching and ordering with the code they replace, and the other cases pin the output the
cuts must keep (every captured input was checked byte for byte).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import perftrack
from perftrack.readers import _grid
from test_read_speed_r36f import _counting, _tsv

if TYPE_CHECKING:
    from decimal import Decimal

_HEAD = (
    "2023年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2023年1-6月",
    "项目名称\t社区养老服务提升",
)
_GRID = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t600\t",
)
PLAIN = _tsv(
    *_HEAD,
    "预算执行情况（万元）\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "\t年度资金总额\t351.00\t351.00\t78.00\t22.22",
    "\t其中：当年财政拨款\t351.00\t351.00\t78.00\t22.22",
    "\t其他资金\t0.00\t0.00\t0.00\t0.00",
    *_GRID,
)
QUARTERS = _tsv(
    *_HEAD,
    "预算执行情况（万元）\t年初预算数\t一季度执行数\t二季度执行数",
    "年度资金总额\t300\t50\t100",
    *_GRID,
)
DRIFTED = _tsv(
    *_HEAD,
    "预算执行情况（万元）\t年初预算数\t跟踪期执行数",
    "年度资金总额\t\t\t300\t120",
    *_GRID,
)
RECEIVED = _tsv(
    *_HEAD,
    "预算执行情况（万元）\t年初预算数\t全年到位数\t跟踪期执行数\t偏差原因",
    "年度资金总额\t1000\t800\t400\t资金拨付滞后",
    *_GRID,
)


def _counts(monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, int]:
    perftrack.read_text(text, name="t.tsv")  # warm the caches: the same counts in any order
    counts = _counting(monkeypatch, ("_year_first_month",), methods=())
    perftrack.read_text(text, name="t.tsv")
    return dict(counts)


# text → calls while reading it a second time (before the cut: PLAIN _year_first_month 3,
# one per line, though no line has parts; QUARTERS 3 before and after: its line's two
# quarters are still ordered, and the grid's readers ask it too)
CALLS = [
    pytest.param(PLAIN, {}, id="plain-block"),
    pytest.param(QUARTERS, {"_year_first_month": 3}, id="quarters"),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls_while_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: dict[str, int]
) -> None:
    assert _counts(monkeypatch, text) == expected


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# text → each budget line: label, initial, period budget, executed, rate, parts, its cells;
# then the findings' codes and messages and the notes
READ = [
    pytest.param(
        PLAIN,
        [
            (
                "年度资金总额",
                "351.00",
                "351.00",
                "78.00",
                "22.22",
                [],
                [("initial", 5, 3), ("period_budget", 5, 4), ("executed", 5, 5), ("rate", 5, 6)],
            ),
            (
                "其中：当年财政拨款",
                "351.00",
                "351.00",
                "78.00",
                "22.22",
                [],
                [("initial", 6, 3), ("period_budget", 6, 4), ("executed", 6, 5), ("rate", 6, 6)],
            ),
            (
                "其他资金",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                [],
                [("initial", 7, 3), ("period_budget", 7, 4), ("executed", 7, 5), ("rate", 7, 6)],
            ),
        ],
        [],
        [],
        id="plain-block",
    ),
    pytest.param(
        QUARTERS,
        [
            (
                "年度资金总额",
                "300",
                None,
                "150",
                None,
                [("一季度执行数", 1, 3, "50"), ("二季度执行数", 4, 6, "100")],
                [("initial", 5, 2)],
            ),
        ],
        [],
        [],
        id="quarters",
    ),
    pytest.param(
        DRIFTED,
        [("年度资金总额", "300", None, "120", None, [], [("initial", 5, 4), ("executed", 5, 5)])],
        [("layout-normalised", "预算行“年度资金总额”的金额与表头列未对齐，已按顺序对应")],
        [],
        id="drifted",
    ),
    pytest.param(
        RECEIVED,
        [("年度资金总额", "1000", None, "400", None, [], [("initial", 5, 2), ("executed", 5, 4)])],
        [],
        [("年度资金总额", "全年到位数：800万元"), ("年度资金总额", "偏差原因：资金拨付滞后")],
        id="received-and-reason",
    ),
]


@pytest.mark.parametrize(("text", "lines", "findings", "notes"), READ)
def test_budget_read_as_before(
    text: str,
    lines: list[tuple[object, ...]],
    findings: list[tuple[str, str]],
    notes: list[tuple[str, str]],
) -> None:
    [table] = perftrack.read_text(text, name="t.tsv")
    assert [
        (
            line.source,
            _text(line.initial),
            _text(line.period_budget),
            _text(line.executed),
            _text(line.rate),
            [(p.label, p.start, p.end, _text(p.amount)) for p in line.quarters],
            [(name, at.row, at.column) for name, at in line.cells],
        )
        for line in table.budget
    ] == lines
    budget_findings = [
        (f.id, f.message) for f in table.findings if f.id.startswith(("layout", "budget"))
    ]
    assert budget_findings == findings
    assert [(note.label, note.text) for note in table.notes] == notes


_ROLES = st.sampled_from([*_grid._LINE_AMOUNTS, "time_progress", "received", "reason", "x+"])


@settings(max_examples=300, deadline=None)
@given(
    header=st.dictionaries(st.integers(0, 8), _ROLES, max_size=6),
    columns=st.sets(st.integers(0, 8), max_size=6),
    values=st.lists(st.tuples(st.integers(0, 8), st.sampled_from(["1", "x", ""])), max_size=6),
)
def test_under_header_is_the_check_and_the_read(
    header: dict[int, str], columns: set[int], values: list[tuple[int, str]]
) -> None:
    # the code it replaces (r38m's _read_budget_row): all() over the cells, then a dict
    before = (
        {header[cell[0]]: cell for cell in values if cell[0] in header}
        if all(column in header or column in columns for column, _ in values)
        else None
    )
    assert _grid._under_header(header, columns, values) == before


@settings(max_examples=300, deadline=None)
@given(names=st.sets(_ROLES, max_size=8))
def test_line_amounts_in_the_order_tested_before(names: set[str]) -> None:
    amounts = dict.fromkeys(names, (0, "1"))
    before = [name for name in _grid._LINE_AMOUNTS if name in amounts]
    after = sorted(
        _grid._LINE_AMOUNT_NAMES.intersection(amounts),
        key=_grid._LINE_AMOUNT_ORDER.__getitem__,
    )
    assert after == before
