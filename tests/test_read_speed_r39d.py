"""Reading cuts of r39d: the sheet's scan, the grid's rows and the headers' windows (issue #3).

r39d, without changing any output:

- :func:`_grid._bands` looks for its four words (一级指标, 三级指标, 指标名称, 项目名称) in a
  row only when one of the row's cells is one of them (one ``frozenset.isdisjoint`` in
  C, :func:`_grid._band_words`), where every row of every sheet made four tests;
- :func:`_grid._split` settles an indicator row inside the grid (a first cell that is a
  grid row's and nothing else the splitter asks of one: ``_Head.plain``; more than three
  cells; no open note) at once, without the twenty tests for titles, captions, names,
  units, furniture, notes and the tail it cannot pass;
- a header that cannot name the table's window (no 月, 季, 截 or 半年, and no 年 in an
  actual's header: 年初预算数, 执行率, 年度指标值) is not read for one
  (:func:`_grid._window_from_header`), nor its position built.

The call counts fail on the code before the cuts; the properties compare each cut with
the path it skips (the same tables, the same scan, the same window state).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import perftrack
from perftrack.readers import _grid
from perftrack.readers._sheet import Sheet
from test_read_speed_r36f import _counting, _tsv

TRACKING = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "预算执行情况（万元）\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "\t年度资金总额\t300\t300\t120\t40",
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t600\t580\t",
    "\t质量指标\t合格率\t≥95%\t95%\t96%\t",
    "效益指标\t社会效益指标\t覆盖率\t≥90%\t90%\t92%\t已完成",
)
# no period line: the budget header's 1-7月执行数 gives the window
WINDOWED = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "项目名称\t社区养老服务提升",
    "预算执行情况（万元）\t\t年初预算数\t1-7月执行数\t执行率(%)",
    "\t年度资金总额\t300\t120\t40",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-7月实际完成值",
    "产出指标\t数量指标\t培训人数\t≥1200人\t580",
)


def _reading_counts(monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, int]:
    perftrack.read_text(text, name="t.tsv")  # warm the caches: the same counts in any order
    counts = _counting(monkeypatch, ("_header_window", "_note_period_text"), methods=())
    perftrack.read_text(text, name="t.tsv")
    return dict(counts)


# text → calls while reading it a second time (before the cut: TRACKING _header_window 8,
# _note_period_text 10, the period line's two of them; WINDOWED 2 and 3: its 1-7月执行数
# sets the window, 年初预算数 before it was read for one too, the headers after it stop)
CALLS = [
    pytest.param(TRACKING, {"_note_period_text": 2}, id="tracking"),
    pytest.param(WINDOWED, {"_header_window": 1, "_note_period_text": 2}, id="window-header"),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls_while_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: dict[str, int]
) -> None:
    assert _reading_counts(monkeypatch, text) == expected


# header label → (window month, year's end, period text) read from a table with no period
WINDOWS = [
    pytest.param("1-7月执行数", None, (7, False, "1-7月执行数"), id="months"),
    pytest.param("一至三季度执行数", None, (9, False, "一至三季度执行数"), id="quarters"),
    pytest.param("截至8月底执行数", None, (8, False, "截至8月底执行数"), id="until"),
    pytest.param("上半年执行数", None, (6, False, "上半年执行数"), id="half-year"),
    pytest.param("全年实际完成值", "actual", (None, True, "全年实际完成值"), id="year-end"),
    pytest.param("全年实际完成值", "target", (None, False, ""), id="year-end-not-actual"),
    pytest.param("年初预算数", None, (None, False, ""), id="no-window"),
    pytest.param("执行率(%)", "actual", (None, False, ""), id="no-window-actual"),
]


@pytest.mark.parametrize(("label", "role", "expected"), WINDOWS)
def test_window_from_header(label: str, role: str | None, expected: tuple[Any, ...]) -> None:
    builder = _grid._Builder(Sheet((("x",),)), 0, None)
    _grid._window_from_header(builder, label, role)
    assert (builder.window_month, builder.year_end, builder.period_text) == expected


def _window_before(builder: Any, label: str, role: str | None) -> None:
    """:func:`_grid._window_from_header` as it was before r39d (no cell: no position)."""
    if (month := _grid._header_month(label)) is not None:
        builder.header_windows.append((month, label, None))
    if builder.window_month is not None:
        return
    before = _grid._window_state(builder)
    _grid._header_window(builder, label, role)
    text = builder.period_text
    _grid._note_period_text(builder, before, label, None)
    if builder.period_text != text:
        builder.period_from_header = True


_LABEL_PARTS = st.sampled_from(
    [
        *("1", "7", "-", "至", "月", "季度", "一", "三", "截", "半年", "上", "全年", "年底"),
        *("年度", "2024", "年", "执行数", "完成值", "实际", "预算数", "预计", "底", "份", "、"),
        "前",
    ]
)


def _window_of(builder: Any) -> tuple[Any, ...]:
    return (
        builder.window_month,
        builder.year_end,
        builder.year,
        builder.period_text,
        builder.period_from_header,
        builder.header_windows,
        builder.cells,
    )


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(_LABEL_PARTS, max_size=6),
    role=st.sampled_from([None, "actual", "target", "planned"]),
    year=st.sampled_from([None, 2024]),
    window=st.sampled_from([None, 6]),
)
def test_window_gate_is_the_reading(
    parts: list[str], role: str | None, year: int | None, window: int | None
) -> None:
    label = "".join(parts)
    builders = [_grid._Builder(Sheet((("x",),)), 0, None) for _ in range(2)]
    for builder in builders:
        builder.year, builder.window_month = year, window
    _grid._window_from_header(builders[0], label, role)
    _window_before(builders[1], label, role)
    assert _window_of(builders[0]) == _window_of(builders[1])


def _band_words_before(rows: list[tuple[str, ...]]) -> dict[str, dict[int, int]]:
    """The scan of :func:`_grid._bands` as it was before r39d: four tests a row."""
    found: dict[str, dict[int, int]] = {}
    for index, row in enumerate(rows):
        for word in (*_grid._SIDE_BY_SIDE_WORDS, "项目名称"):
            if word in row:
                at = found.setdefault(word, {})
                for column, text in enumerate(row):
                    if text == word:
                        at.setdefault(column, index)
    return found


_CELLS = st.sampled_from(
    ["", "一级指标", "三级指标", "指标名称", "项目名称", "二级指标", "甲", "1"]
)


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.lists(_CELLS, max_size=6).map(tuple), max_size=8))
def test_band_words_are_the_scan(rows: list[tuple[str, ...]]) -> None:
    found = _grid._band_words(rows)
    expected = _band_words_before(rows)
    assert found == expected
    assert [list(at) for at in found.values()] == [list(at) for at in expected.values()]
    assert list(found) == list(expected)


# Rows a generated table is made of: indicator rows (plain, under merged level cells,
# short, with a likelihood), and every kind of row the splitter tests before its fast path.
_ROWS = st.sampled_from(
    [
        "产出指标\t数量指标\t培训人数\t≥1200人\t600\t580\t",
        "\t质量指标\t合格率\t≥95%\t95%\t96%\t",
        "\t\t覆盖率\t≥90%\t92%",
        "效益指标\t社会效益指标\t覆盖率\t≥90%",
        "\t时效指标\t完成时间\t年底前\t完成可能性\t确定能完成",
        "满意度指标\t服务对象满意度指标\t满意度\t≥90%\t91%\t90%",
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
        "二级指标\t三级指标\t年度指标值\t跟踪期实际完成值",
        "绩效指标\t\t\t年度指标值\t跟踪期实际完成值",
        "2024年另一项目绩效跟踪表",
        "项目名称\t另一项目",
        "项目名称知晓率\t≥90%\t95%\t92%",
        "预算单位\t某县疾控中心\t金额单位：万元",
        "转移支付名称\t某专项\t地方主管部门\t某局",
        "表3 问题整改清单",
        "Column1\tColumn2\tColumn3\tColumn4",
        "合计\t\t\t\t100\t95",
        "总分\t\t\t\t100\t95\t",
        "自评得分：95分",
        "序时进度\t50%\t\t",
        "预算执行情况（万元）\t\t年初预算数\t跟踪期执行数\t执行率(%)",
        "\t年度资金总额\t300\t120\t40",
        "说明：",
        "1.培训人数按季度统计。",
        "第 1 页，共 2 页",
        "绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成",
        "纠偏措施\t加快进度",
        "填表人：张三\t联系电话：123\t填报日期：2024年7月",
        "（二）某某项目",
    ]
)


def _unplain(text: str) -> Any:
    return _HEAD(text)._replace(plain=False)


_HEAD = _grid._head


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(_ROWS, min_size=1, max_size=14))
def test_grid_rows_settled_as_before(rows: list[str]) -> None:
    text = _tsv(
        "2024年社区养老服务提升项目绩效跟踪表",
        "跟踪时段：2024年1-6月",
        "项目名称\t社区养老服务提升",
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
        *rows,
    )
    fast = _read(text)
    # the same table with no first cell plain: every row walks the splitter's tests
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_grid, "_head", _unplain)
        slow = _read(text)
    assert fast == slow


def _read(text: str) -> str:
    try:
        return perftrack.to_json(perftrack.read_text(text, name="t.tsv"))
    except perftrack.ReadError as error:
        return f"ReadError: {error}"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("数量指标", True),
        ("培训人数", True),
        ("2024年另一项目绩效跟踪表", False),
        ("项目名称", False),
        ("一级指标", False),
        ("绩效指标", False),
        ("序时进度", False),
        ("Column1", False),
        ("表3 问题整改清单", False),
        ("预算执行情况（万元）", False),
        ("预算单位", False),
        ("完成可能性", False),
    ],
)
def test_plain_heads(text: str, plain: bool) -> None:  # noqa: FBT001
    assert _grid._head(text).plain is plain
