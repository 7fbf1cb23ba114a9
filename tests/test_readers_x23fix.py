"""xlsx23 fixes (x23fix): two-row budget headers whose lower cells name only the part,
and a ``/`` in an earlier quarter beside a later part filled.

Each workbook is built here with openpyxl (merged cells), and the same rows as a TSV
export (the merged cell's text in its first column, blanks after); each case fails
before its fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack.scoring import score

if TYPE_CHECKING:
    from decimal import Decimal
    from pathlib import Path

Rows = list[list[object]]

_TITLE: Rows = [
    ["2024年度项目支出绩效运行监控表（2024年1-6月）"],
    ["项目名称", "示例项目"],
]
_GRID: Rows = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值"],
    ["产出指标", "数量指标", "新建供水工程", "15处", "8处", "15处"],
]


def _xlsx(rows: Rows, merges: tuple[str, ...], path: Path) -> perftrack.Table:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    file = path / "x23.xlsx"
    book.save(file)
    return perftrack.read(file)[0]


def _tsv(rows: Rows) -> perftrack.Table:
    text = "\n".join("\t".join("" if cell is None else str(cell) for cell in row) for row in rows)
    return perftrack.read_text(text)[0]


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# --- H1: the upper cell gives the role, the lower the part ---------------------------


def _grouped(lower: list[str]) -> tuple[Rows, tuple[str, ...]]:
    """预算数 over two columns, 执行数 over two, 执行率 merged down (min/bA_*)."""
    rows: Rows = [
        *_TITLE,
        ["预算执行情况（万元）", "预算数", None, "执行数", None, "执行率"],
        [None, *lower, None],
        ["年度资金总额", "1200", "1350", "540.25", "1350", "40.02%"],
        *_GRID,
    ]
    return rows, ("A3:A4", "B3:C3", "D3:E3", "F3:F4")


# 全年预算数 merged down beside 执行数 over bare 1-6月 | 全年预计 (min/b_exec_bare)
_EXEC_BARE: Rows = [
    *_TITLE,
    ["预算执行情况（万元）", "全年预算数", "执行数", None, "执行率"],
    [None, None, "1-6月", "全年预计", None],
    ["年度资金总额", "1000", "380", "1000", "38.00%"],
    *_GRID,
]
_EXEC_BARE_MERGES = ("A3:A4", "B3:B4", "C3:D3", "E3:E4")

_ADJUSTED = (
    ["1200", "1350", "540.25", "1350", "40.02"],
    ["budget-adjusted", "budget-behind-schedule"],
)
_LAYOUTS = [
    pytest.param(
        *_grouped(["年初预算数", "调整后预算数", "1-6月", "全年预计"]), _ADJUSTED, id="bare-exec"
    ),
    pytest.param(
        *_grouped(["年初预算数", "调整后预算数", "1-6月执行数", "全年预计"]),
        _ADJUSTED,
        id="one-bare-cell",
    ),
    pytest.param(*_grouped(["年初", "调整后", "1-6月", "全年预计"]), _ADJUSTED, id="all-bare"),
    pytest.param(
        *_grouped(["年初预算数", "调整后预算数", "1-6月", "全年预计数"]),
        _ADJUSTED,
        id="forecast-with-shu",
    ),
    pytest.param(
        *_grouped(["年初预算数", "调整后预算数", "截至6月底", "全年预计"]),
        _ADJUSTED,
        id="until-end-of-june",
    ),
    pytest.param(
        _EXEC_BARE,
        _EXEC_BARE_MERGES,
        ([None, "1000", "380", "1000", "38.00"], ["budget-behind-schedule"]),
        id="year-budget-merged-down",
    ),
]


def _budget_read(table: perftrack.Table) -> tuple[list[str | None], list[str]]:
    line = table.budget[0]
    return (
        [
            _money(value)
            for value in (line.initial, line.period_budget, line.executed, line.forecast, line.rate)
        ],
        [
            finding.id
            for finding in [*table.findings, *score(table).findings]
            if finding.id.startswith(("budget-", "over-execution", "layout-"))
        ],
    )


@pytest.mark.parametrize(("rows", "merges", "expected"), _LAYOUTS)
def test_bare_budget_sub_header_xlsx(
    tmp_path: Path,
    rows: Rows,
    merges: tuple[str, ...],
    expected: tuple[list[str | None], list[str]],
) -> None:
    assert _budget_read(_xlsx(rows, merges, tmp_path)) == expected


@pytest.mark.parametrize(("rows", "merges", "expected"), _LAYOUTS)
def test_bare_budget_sub_header_tsv(
    rows: Rows, merges: tuple[str, ...], expected: tuple[list[str | None], list[str]]
) -> None:
    del merges
    assert _budget_read(_tsv(rows)) == expected


# --- H2: a / in an earlier quarter is no actual when a later part is filled ----------


def _quarters(cells: list[object]) -> Rows:
    """分季度完成 over bare 一季度 … 四季度, in a 1-6月 table (min/q_slash)."""
    return [
        ["2024年度项目支出绩效跟踪表（2024年1-6月）"],
        ["项目名称", "示例项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "分季度完成", None, None, None],
        [None, None, None, None, "一季度", "二季度", "三季度", "四季度"],
        [*cells, None, None],
    ]


_QUARTER_MERGES = ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3")


def _flat(cells: list[object]) -> Rows:
    """一季度完成值 | 二季度完成值 | 全年预计完成值 (min/q_flat_slash)."""
    return [
        ["2024年度项目支出绩效跟踪表（2024年1-6月）"],
        ["项目名称", "示例项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "一季度完成值", "二季度完成值"],
        cells,
    ]


_SLASHES = [
    pytest.param(
        ["效益指标", "满意度指标", "群众满意度", "≥90%", "/", "93%"],
        ("93%", "F5", "met"),
        id="rate-after-slash",
    ),
    pytest.param(
        ["产出指标", "质量指标", "验收合格率", "100%", "/", "100%"],
        ("100%", "F5", "met"),
        id="full-rate-after-slash",
    ),
    pytest.param(
        ["产出指标", "数量指标", "检测批次", "≥8批次", "/", "3批次"],
        ("3批次", "F5", "pending"),
        id="count-after-slash",
    ),
    pytest.param(
        ["产出指标", "数量指标", "培训人次", "≥400人次", "—", "150"],
        ("150", "F5", "pending"),
        id="count-after-dash",
    ),
    pytest.param(
        ["产出指标", "数量指标", "培训人次", "≥400人次", "/", "/"],
        ("/", "E5", "pending"),
        id="all-slash-unchanged",
    ),
    pytest.param(
        ["产出指标", "数量指标", "培训人次", "≥400人次", "100", "/"],
        ("100", "E5", "pending"),
        id="later-slash-unchanged",
    ),
]


def _actual_read(table: perftrack.Table) -> tuple[str | None, str | None, str]:
    row = table.indicators[0]
    cell = row.cell_of("actual")
    return (
        getattr(row.actual, "text", None),
        None if cell is None else cell.cell,
        score(table).verdicts[0].attainment.value,
    )


@pytest.mark.parametrize(("cells", "expected"), _SLASHES)
def test_slash_quarter_two_row_xlsx(
    tmp_path: Path, cells: list[object], expected: tuple[str, str, str]
) -> None:
    table = _xlsx(_quarters(cells), _QUARTER_MERGES, tmp_path)
    assert _actual_read(table) == expected


@pytest.mark.parametrize(("cells", "expected"), _SLASHES)
def test_slash_quarter_two_row_tsv(cells: list[object], expected: tuple[str, str, str]) -> None:
    assert _actual_read(_tsv(_quarters(cells))) == expected


@pytest.mark.parametrize(("cells", "expected"), _SLASHES)
def test_slash_quarter_flat_tsv(cells: list[object], expected: tuple[str, str, str]) -> None:
    text, cell, attainment = expected
    assert _actual_read(_tsv(_flat(cells))) == (text, cell.replace("5", "4"), attainment)


@pytest.mark.parametrize(("cells", "expected"), _SLASHES)
def test_slash_quarter_flat_xlsx(
    tmp_path: Path, cells: list[object], expected: tuple[str, str, str]
) -> None:
    text, cell, attainment = expected
    table = _xlsx(_flat(cells), (), tmp_path)
    assert _actual_read(table) == (text, cell.replace("5", "4"), attainment)


# --- LOW: words under 其他 with no tick on the row keep the category -----------------

_CATEGORIES = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]


def _reasons(cells: list[object]) -> Rows:
    """偏差原因分析 merged over the five categories of the 136号 template."""
    return [
        ["2024年度项目支出绩效运行监控表（2024年1-6月）"],
        ["项目名称", "示例项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "偏差原因分析"]
        + [None] * 4,
        [None] * 5 + _CATEGORIES,
        ["产出指标", "数量指标", "体检人数", "≥500人", "100人", *cells],
    ]


_REASON_MERGES = ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:J3")

_REASON_CASES = [
    pytest.param(
        [None, None, None, None, "体检数据下半年才出"],
        "其他：体检数据下半年才出",
        id="other-untick",
    ),
    pytest.param(
        ["√", None, None, None, "资金下达晚"], "经费保障；其他：资金下达晚", id="ticked-unchanged"
    ),
    pytest.param([None, "√", "√", None, None], "制度保障、人员保障", id="ticks-unchanged"),
]


@pytest.mark.parametrize(("cells", "expected"), _REASON_CASES)
def test_other_reason_without_tick_xlsx(tmp_path: Path, cells: list[object], expected: str) -> None:
    table = _xlsx(_reasons(cells), _REASON_MERGES, tmp_path)
    assert table.indicators[0].deviation_reason == expected


@pytest.mark.parametrize(("cells", "expected"), _REASON_CASES)
def test_other_reason_without_tick_tsv(cells: list[object], expected: str) -> None:
    assert _tsv(_reasons(cells)).indicators[0].deviation_reason == expected
