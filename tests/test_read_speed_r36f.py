"""Reading cuts of r36f: the same tables, read with fewer calls (issue #3, TSV speed).

The last session's "nothing is lost" reading added about 9 % to a TSV table's read.
r36f cuts what those features cost on the rows that have none of what they look for,
without changing any output:

- the Excel-error test of an indicator's cells starts with the cell's first character
  (every Excel error value starts with ``#``);
- the duty-goal columns are looked for only in a grid whose header has one;
- a header names a month (``1-7月执行数``) only with 月, 季 (a quarter's months) or 截
  (截至8月31日) in it: no period reading of ``执行数`` or ``全年实际完成值``;
- a second grid under the first is looked for only on a row that could start one (a
  header's row or a budget block), not on every indicator row;
- a cell's position is worked out in one call (an indicator's cells: the row's column
  shift once; a row's number for its parts of the year only when it has some), and a
  period line's text joined only for a period-title mismatch.

Each call-count case fails on the code before the cut; the other cases pin the output
the cuts must keep (the equivalence of every test input was checked byte for byte).
"""

from __future__ import annotations

import collections
from typing import TYPE_CHECKING, Any

import pytest

import perftrack
from perftrack.readers import _grid

if TYPE_CHECKING:
    from collections.abc import Callable


def _tsv(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


PLAIN = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升\t\t\t",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t600\t",
    "产出指标\t质量指标\t合格率\t≥95%\t#DIV/0!\t",
    "产出指标\t时效指标\t完成系统上线\t2024年9月底前完成\t推进中\t",
)
DUTY = _tsv(
    "部门整体绩效目标表",
    "部门名称\t某县自然资源局",
    "年度履职目标\t一级指标\t二级指标\t三级指标\t指标值",
    "目标1：完成国土空间规划编制\t产出指标\t数量指标\t规划编制数\t≥1个",
    "\t产出指标\t质量指标\t规划通过率\t100%",
    "目标2：开展土地执法\t效益指标\t社会效益指标\t违法案件查处率\t≥95%",
)
GROUPS = _tsv(
    "项目名称\t校舍维修",
    "指标名称\t指标值\t指标名称\t指标值",
    "修缮面积\t≥100平方米\t受益学生数\t≥500人",
    "完工时间\t2024年底前\t满意度\t≥90%",
)
MISMATCH = "2024年社区养老服务提升项目绩效跟踪表\n跟踪时段：2023年1-7月\n" + PLAIN.split("\n", 2)[2]
DUTY1 = "年度履职目标：目标1：完成国土空间规划编制"
DUTY2 = "年度履职目标：目标2：开展土地执法"
ERROR = ("malformed-actual", "单元格为 Excel 错误值“#DIV/0!”（公式无法计算）", 6, 5)

Cells = list[tuple[str, int, int]]


def _counting(
    monkeypatch: pytest.MonkeyPatch,
    names: tuple[str, ...],
    methods: tuple[str, ...] = ("column_number", "row_number"),
) -> collections.Counter[str]:
    """Wrap each function of _grid in *names* and each _Builder method in *methods* to count calls."""
    counts: collections.Counter[str] = collections.Counter()

    def wrapped(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return function(*args, **kwargs)

        return call

    for name in names:
        monkeypatch.setattr(_grid, name, wrapped(name, getattr(_grid, name)))
    for method in methods:
        function = getattr(_grid._Builder, method)
        monkeypatch.setattr(_grid._Builder, method, wrapped(method, function))
    return counts


COUNTED = ("_duty_goals", "_second_grid_starts", "_is_excel_error", "_period_key")

# text → calls while reading it (before the cut, PLAIN: _second_grid_starts 7,
# column_number 17, _period_key 10, _is_excel_error 6, _duty_goals 3, row_number 14: one
# an indicator, none for its parts of the year when it has none). r39d: a header that
# names no window (no 月, 季, 截 or 半年: 年度指标值, 指标值) is not read for one, one
# _period_key fewer for each (PLAIN 10 → 9, DUTY 6 → 4, GROUPS 1 → 0, MISMATCH 10 → 9).
CALLS = [
    pytest.param(PLAIN, {"_period_key": 9, "_is_excel_error": 1, "row_number": 3}, id="plain"),
    pytest.param(DUTY, {"_period_key": 4, "_duty_goals": 3, "row_number": 3}, id="duty-goals"),
    pytest.param(GROUPS, {"row_number": 4}, id="column-groups"),
    pytest.param(
        MISMATCH, {"_period_key": 9, "_is_excel_error": 1, "row_number": 3}, id="title-mismatch"
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls_while_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: dict[str, int]
) -> None:
    counts = _counting(monkeypatch, COUNTED)
    perftrack.read_text(text, name="t.tsv")
    assert dict(counts) == expected


# text → per indicator: name, about, cells (role, row, column); the findings
READS: list[Any] = [
    pytest.param(
        PLAIN,
        [
            (
                "培训人数",
                "",
                [("name", 5, 3), ("target", 5, 4), ("actual", 5, 5), ("reason-place", 5, 6)],
            ),
            (
                "合格率",
                "",
                [("name", 6, 3), ("target", 6, 4), ("actual", 6, 5), ("reason-place", 6, 6)],
            ),
            (
                "完成系统上线",
                "",
                [("name", 7, 3), ("target", 7, 4), ("actual", 7, 5), ("reason-place", 7, 6)],
            ),
        ],
        [ERROR],
        id="plain",
    ),
    pytest.param(
        DUTY,
        [
            ("规划编制数", DUTY1, [("name", 4, 4), ("target", 4, 5), ("duty_goal", 4, 1)]),
            ("规划通过率", DUTY1, [("name", 5, 4), ("target", 5, 5), ("duty_goal", 4, 1)]),
            ("违法案件查处率", DUTY2, [("name", 6, 4), ("target", 6, 5), ("duty_goal", 6, 1)]),
        ],
        [],
        id="duty-goals",
    ),
    pytest.param(
        GROUPS,
        [
            ("修缮面积", "", [("name", 3, 1), ("target", 3, 2)]),
            ("完工时间", "", [("name", 4, 1), ("target", 4, 2)]),
            ("受益学生数", "", [("name", 3, 3), ("target", 3, 4)]),  # the right group's columns
            ("满意度", "", [("name", 4, 3), ("target", 4, 4)]),
        ],
        [],
        id="column-groups",
    ),
    pytest.param(
        MISMATCH,
        [
            (
                "培训人数",
                "",
                [("name", 5, 3), ("target", 5, 4), ("actual", 5, 5), ("reason-place", 5, 6)],
            ),
            (
                "合格率",
                "",
                [("name", 6, 3), ("target", 6, 4), ("actual", 6, 5), ("reason-place", 6, 6)],
            ),
            (
                "完成系统上线",
                "",
                [("name", 7, 3), ("target", 7, 4), ("actual", 7, 5), ("reason-place", 7, 6)],
            ),
        ],
        [
            (
                "period-title-mismatch",
                (
                    "跟踪时段“2023年1-7月”与标题“2024年社区养老服务提升项目绩效跟踪表”的年度2024年不符，"
                    "按跟踪时段（至2023年7月）评价"
                ),
                2,
                1,
            ),
            (
                "period-header-mismatch",
                "表头“1-6月实际完成值”的时段（至6月）与跟踪时段“2023年1-7月”不符，按跟踪时段（至2023年7月）评价",
                4,
                5,
            ),
            ERROR,
        ],
        id="title-mismatch",
    ),
]


@pytest.mark.parametrize(("text", "indicators", "findings"), READS)
def test_tables_read_as_before(
    text: str,
    indicators: list[tuple[str, str, Cells]],
    findings: list[tuple[str, str, int, int]],
) -> None:
    (table,) = perftrack.read_text(text, name="t.tsv")
    assert [
        (i.name, i.about, [(role, at.row, at.column) for role, at in i.cells])
        for i in table.indicators
    ] == indicators
    assert [(f.id, f.message, f.where.row, f.where.column) for f in table.findings] == findings


def test_table_cells_read_as_before() -> None:
    (table,) = perftrack.read_text(PLAIN, name="t.tsv")
    assert [(name, at.file, at.sheet, at.row, at.column) for name, at in table.cells] == [
        ("title", "t.tsv", None, 1, 1),
        ("project.name", "t.tsv", None, 3, 2),
        ("period", "t.tsv", None, 2, 1),
    ]


# header → the month it runs to, and whether its period was read (_period_key called)
HEADER_MONTHS = [
    ("1-7月执行数", 7, 1),
    ("1－7月执行情况", 7, 1),
    ("截至8月底完成值", 8, 1),
    ("截止2024.8.31完成值", 8, 1),  # 截 and no 月: the date's month
    ("1-3季度执行数", 9, 1),  # a range of quarters is its months
    ("一至九月执行数", 9, 1),
    ("前三季度执行情况", None, 1),
    ("执行数", None, 0),  # before the cut: read for a period (1 call)
    ("全年实际完成值", None, 0),
    ("累计支出", None, 0),
    ("1-12月预计执行数", None, 0),  # a forecast: passed over by its words
]


@pytest.mark.parametrize(("label", "month", "calls"), HEADER_MONTHS)
def test_header_month(
    monkeypatch: pytest.MonkeyPatch, label: str, month: int | None, calls: int
) -> None:
    counts = _counting(monkeypatch, ("_period_key",))
    assert _grid._header_month(label) == month
    assert counts["_period_key"] == calls


EXCEL_ERRORS = [
    ("#DIV/0!", True),
    ("#N/A", True),
    ("#GETTING_DATA", True),
    ("#WHAT?", True),  # of their shape
    ("#1", False),
    ("#待定!", False),
    ("达标", False),
    ("", False),
    (" #DIV/0!", False),  # not the value itself
]


@pytest.mark.parametrize(("text", "expected"), EXCEL_ERRORS)
def test_is_excel_error(text: str, expected: bool) -> None:  # noqa: FBT001
    assert _grid._is_excel_error(text) is expected
