"""Reading cuts of r38c: the rows that are no indicator rows reach their branch sooner.

r38c, without changing any output (issue #3, TSV speed):

- under a grid, a row of two or three cells is tried as a period line only when it
  holds 期, 时段 (white space between allowed), 截, a digit, 一 or 二
  (``_MAY_BE_GRID_PERIOD_RE``): ``绩效跟踪总体判断 | 年度项目预算完成可能性 | 确定能完成``
  and the 年度绩效目标完成可能性 row are judgement rows, read without the period
  line's reading (before, each went through it to the end);
- the grid's own tests (its header again, its lower half, column numbers, an indicator
  led by a block word) are asked together, once, of a row under the grid's header;
- a row of no block (or a budget line's) skips the branches of the named blocks, and a
  row of more than one cell in the budget block goes straight to the block's reading
  (the tests between ask for one cell or another state);
- a row is tried as the works' dates (实际竣工时间) only with 工 in its first cell.

The call-count case fails on the code before the cut; the hypothesis and table cases
compare the period shortcut with the reading it skips; the others pin outputs the
shortcuts must keep (the equivalence of every captured input was checked byte for byte).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import perftrack
from perftrack.readers import _grid
from perftrack.readers._sheet import Sheet
from test_read_speed_r36f import _counting, _tsv

TRACKING = _tsv(
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2023-1月 至 2023-8月 ）",
    "项目名称\t示例项目",
    "预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "\t年度资金总额\t\t351.00\t351.00\t78.00\t22.22",
    "\t其中：当年财政拨款\t\t351.00\t351.00\t78.00\t22.22",
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人次\t≥212(人次)\t141\t120\t",
    "效益指标\t社会效益指标\t党员参与度\t提高\t提高\t基本提高\t",
    "绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成",
    "\t年度绩效目标完成可能性\t确定能完成",
    "纠偏措施\t加快采购进度。",
)


def _table(text: str) -> Any:
    """The JSON of the one table *text* holds."""
    (table,) = perftrack.read_text(text, name="t.tsv")
    return json.loads(perftrack.to_json(table))["tables"][0]


def test_judgement_rows_skip_the_period_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # before r38c: 8 (the two judgement rows and the measures' row tried too); the
    # period line, the budget header, 年度资金总额, the grid's header and 项目名称 remain
    counts = _counting(monkeypatch, ("_read_period",), ())
    perftrack.read_text(TRACKING, name="t.tsv")
    assert dict(counts) == {"_read_period": 5}


def test_judgement_rows_read_as_before() -> None:
    data = _table(TRACKING)
    assert data["judgement"] == {
        "budget_completion": "确定能完成",
        "budget_likelihood": "certain",
        "goal_completion": "确定能完成",
        "goal_likelihood": "certain",
    }
    assert data["corrective_measures"] == "加快采购进度。"
    assert data["period"] == {
        "start": "2023-01",
        "end": "2023-08",
        "text": "跟踪时段：（ 2023-1月 至 2023-8月 ）",
    }
    assert [(line["line"], line["source"]) for line in data["budget"]] == [
        ("total", "年度资金总额"),
        ("appropriation", "其中：当年财政拨款"),
    ]
    assert [i["name"] for i in data["indicators"]] == ["培训人次", "党员参与度"]


def _grid_builder() -> _grid._Builder:
    """A builder that has read a grid's header and one indicator (its grid is set)."""
    sheet = Sheet(
        (
            ("某项目绩效跟踪表",),
            ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
            ("产出指标", "数量指标", "培训人数", "≥100人", "120"),
        )
    )
    *_, builder = _grid._split(sheet, 0, None)
    assert builder.grid is not None
    return builder


def _state(builder: _grid._Builder) -> tuple[Any, ...]:
    return (
        builder.period,
        builder.year,
        builder.window_month,
        builder.year_end,
        builder.budget_unit,
        len(builder.findings),
    )


def _row(*cells: str) -> _grid._Row:
    cleaned = tuple(map(_grid._clean, cells))
    filled = tuple((column, text) for column, text in enumerate(cleaned) if text)
    return _grid._Row(cleaned, 5, filled, "".join(cleaned))


def _shortcut_agrees(cells: tuple[str, ...]) -> None:
    """The gate's answer for *cells* under a grid, against _read_period_line's reading."""
    row = _row(*cells)
    if not 2 <= len(row.filled) <= 3:  # the rows the gate is asked of
        return
    builder = _grid_builder()
    before = _state(builder)
    read = _grid._read_period_line(builder, row)
    if _grid._MAY_BE_GRID_PERIOD_RE.search(row.text) is None:
        assert not read
        assert _state(builder) == before  # nothing said or set by the reading skipped


# rows under a grid: (cells, read by _read_period_line)
GRID_ROWS = [
    (("绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"), False),
    (("年度绩效目标完成可能性", "确定能完成"), False),
    (("纠偏措施", "加快采购进度。"), False),
    (("说明", "本年度资金已全部到位"), False),
    (("填报人：张三", "联系电话：", "审核人："), False),
    (("跟踪时段", "2024年1-6月"), True),
    (("跟踪时 段", "2024年1-6月"), True),  # 时 段: its key reads 时段
    (("监控期间", "2024年全年"), True),
    (("填报单位：某县水利局", "（2023年度）"), True),
    (("填报单位：某县水利局", "（二〇二三年度）"), True),  # a Chinese year
    (("填报单位：某县水利局", "（２０２３年度）"), True),  # full-width figures
    (("自评等级", "优"), False),
]


@pytest.mark.parametrize(("cells", "read"), GRID_ROWS)
def test_grid_period_gate_table(cells: tuple[str, ...], read: bool) -> None:  # noqa: FBT001
    row = _row(*cells)
    assert _grid._read_period_line(_grid_builder(), row) is read
    if read:  # a row the period line reads is let through
        assert _grid._MAY_BE_GRID_PERIOD_RE.search(row.text) is not None
    _shortcut_agrees(cells)


_CHARS = "期时段截年度月季上下半前第至到一二三四五六七八九十〇零0123456789２０-—~.:：（）() 跟踪监控间执行完成可能性单位万元填报某县"
_CELL = st.text(alphabet=_CHARS, max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.tuples(_CELL, _CELL, _CELL))
def test_grid_period_gate_agrees(cells: tuple[str, str, str]) -> None:
    _shortcut_agrees(cells)


# the budget block's shortcut: a row of one cell in it still goes the long way
HEADING_IN_BUDGET = _tsv(
    "2024年某项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t某项目",
    "预算执行情况（万元）\t\t年初预算数\t1-6月执行数\t执行率",
    "\t年度资金总额\t100\t50\t50%",
    "二、绩效指标完成情况",
    "\t其他资金\t5\t1\t20%",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥100人\t60\t",
)
# three lines of sources, the last their 小计: the block's total
SUM_IN_BUDGET = _tsv(
    "2024年某项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t某项目",
    "预算执行情况（万元）\t\t年初预算数\t1-6月执行数\t执行率",
    "\t省级资金\t60\t30\t50%",
    "\t县级资金\t40\t20\t50%",
    "\t小计\t100\t50\t50%",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥100人\t60\t",
)
BUDGETS = [
    # the heading ends the block: 其他资金 under it is no line of it
    pytest.param(HEADING_IN_BUDGET, [("total", "年度资金总额", "100", "50", "B5")], id="heading"),
    pytest.param(
        SUM_IN_BUDGET,
        [
            ("appropriation", "省级资金", "60", "30", "B5"),
            ("appropriation", "县级资金", "40", "20", "B6"),
            ("total", "小计", "100", "50", "B7"),
        ],
        id="subtotal",
    ),
]


@pytest.mark.parametrize(("text", "lines"), BUDGETS)
def test_budget_block_read_as_before(text: str, lines: list[tuple[str, ...]]) -> None:
    data = _table(text)
    got = [
        (line["line"], line["source"], line["initial"], line["executed"], line["cell"])
        for line in data["budget"]
    ]
    assert got == lines
    assert [i["name"] for i in data["indicators"]] == ["培训人数"]
