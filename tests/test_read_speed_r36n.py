"""Reading cuts of r36n: the same tables, read with fewer calls (issue #3, TSV speed).

r36f left the table-level positions built as each cell is read, and the per-row
dispatch unexamined. r36n, without changing any output:

- a project field's label cell gets its position only when the value is read from it
  (项目名称：X); a label with its value in the next cell (项目名称 | X) builds the
  value cell's alone;
- a header's cell (1-8月执行数, 跟踪期执行数) gets its position only when it is kept:
  as a header's month, or as the period's cell when no period was read whole;
- a row of more than three cells with no 期 or 时段 (a budget line, a header) is not
  handed to the period reading, which would turn it down at once (nor is a row with
  年度 or 年份 kept from it where no grid was read: a year line);
- a level label ending in 指标 (产出指标, 数量指标) is not asked whether it is the
  indicator's name (_label_is_name turned it down first).

Each call-count case fails on the code before the cut; the other cases pin the output
the cuts must keep (the equivalence of every test input was checked byte for byte).
"""

from __future__ import annotations

from typing import Any

import pytest

import perftrack
from test_read_speed_r36f import _counting, _tsv

TRACKING = _tsv(
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2023-1月 至 2023-8月 ）",
    "项目名称\t示例项目\t\t\t\t\t\t",
    "主管部门\t某区财政局\t\t实施单位\t某街道办事处\t\t\t",
    "预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)\t",
    "\t年度资金总额\t\t351.00\t351.00\t78.00\t22.22\t",
    "\t其中：当年财政拨款\t\t351.00\t351.00\t78.00\t22.22\t",
    "\t上年结转资金\t\t0.00\t0.00\t0.00\t0.00\t",
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析\t",
    "产出指标\t数量指标\t培训人次\t≥212(人次)\t141\t120\t",
    "\t质量指标\t验收合格率\t=100.00(%)\t100.00\t95.00\t",
    "效益指标\t社会效益指标\t党员参与度\t提高\t提高\t基本提高\t",
)
# no period line: the window is the budget header's (1-8月执行数), its cell the period's
HEADER_WINDOW = _tsv(
    "2024年某项目绩效跟踪表",
    "项目名称：某项目\t\t\t\t\t",
    "预算执行情况\t\t年初预算数\t1-8月执行数\t执行率\t",
    "\t年度资金总额\t100\t50\t50%\t",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-8月完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥100人\t60\t",
)
# a year line in a row of four cells, above the grid: still read
YEAR_LINE = _tsv(
    "某项目绩效自评表",
    "填报单位：某县水利局\t（2023年度）\t金额单位：万元",
    "项目名称\t某项目",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
    "产出指标\t数量指标\t培训人数\t≥100人\t120",
)


COUNTED = ("_read_period", "_label_is_name")

# text → calls while reading it (before the cuts: TRACKING position 20, _read_period 9,
# _label_is_name 5; HEADER_WINDOW 11, 5 and 2; YEAR_LINE 7, 4 and 2). r39d: a header
# that names no window (年初预算数, 年度指标值, 实际完成值: no 月, 季, 截 or 半年) builds no
# position for the period it cannot give (HEADER_WINDOW 8 → 7, YEAR_LINE 6 → 4).
CALLS = [
    pytest.param(TRACKING, {"position": 9, "_read_period": 5}, id="tracking"),
    pytest.param(HEADER_WINDOW, {"position": 7, "_read_period": 3}, id="header-window"),
    pytest.param(YEAR_LINE, {"position": 4, "_read_period": 3}, id="year-line"),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls_while_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: dict[str, int]
) -> None:
    counts = _counting(monkeypatch, COUNTED, ("position",))
    perftrack.read_text(text, name="t.tsv")
    assert dict(counts) == expected


# text → year, period (start, end), the table's cells (field, A1), indicators' names
READS: list[Any] = [
    pytest.param(
        TRACKING,
        2023,
        ("2023-01", "2023-08"),
        [
            ("title", "A1"),
            ("project.name", "B3"),
            ("project.department", "B4"),
            ("project.implementer", "E4"),
            ("period", "A2"),
        ],
        ["培训人次", "验收合格率", "党员参与度"],
        id="tracking",
    ),
    pytest.param(
        HEADER_WINDOW,
        2024,
        ("2024-01", "2024-08"),
        [("title", "A1"), ("project.name", "A2"), ("period", "D3")],
        ["培训人数"],
        id="header-window",
    ),
    pytest.param(
        YEAR_LINE,
        2023,
        ("2023-01", "2023-12"),
        [("title", "A1"), ("project.name", "B3"), ("project.implementer", "A2"), ("period", "B2")],
        ["培训人数"],
        id="year-line",
    ),
]


@pytest.mark.parametrize(("text", "year", "period", "cells", "names"), READS)
def test_read_kept(
    text: str, year: int, period: tuple[str, str], cells: list[tuple[str, str]], names: list[str]
) -> None:
    (table,) = perftrack.read_text(text, name="t.tsv")
    assert table.year == year
    assert table.period is not None
    start, end = table.period.start, table.period.end
    assert (f"{start.year}-{start.month:02}", f"{end.year}-{end.month:02}") == period
    assert [(name, at.cell) for name, at in table.cells] == cells
    assert [indicator.name for indicator in table.indicators] == names
    assert table.findings == ()
