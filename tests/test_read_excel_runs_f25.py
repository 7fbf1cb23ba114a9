"""Excel rich text runs and struck rows read alike in xls and xlsx (formats25 H1, H2).

- H1: an .xls cell's rich text is read as xlsx reads it: a run struck out beside
  unstruck text (a correction) and a superscript note mark after a value are left
  out; a string struck out whole, a subscript and a raised unit power are kept.
- H2: an xlsx row whose every cell is struck out is left out even when its target is
  a formula without a result holding typed text (``=16.00(套)``, as a script writes
  it); the typed text counts with its own font, so an unstruck one keeps the row.

Workbooks are built in code with xlwt and openpyxl.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest

import perftrack

if TYPE_CHECKING:
    from perftrack.model import Table

pytest.importorskip("openpyxl")

TITLE = "2025年度项目支出绩效跟踪表"
PROJECT = "城市公园提升改造工程"
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"]
GRID: list[list[str]] = [
    [TITLE],
    ["项目名称", PROJECT, "主管部门", "某某区园林局", "跟踪时段", "2025年1月至9月"],
    HEADER,
    ["产出指标", "数量指标", "改造园路长度", "≥3.5公里", "2.5公里", "2.8公里"],
    ["产出指标", "数量指标", "改造食堂数量", "=16.00(所)", "10所", "12所"],
    ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "90%", "93%"],
]
# The rich text cell: the first indicator's actual (row 4, column F).
RICH = (3, 5)

# (text, font): "" plain, "strike", "super" (superscript), "sub" (subscript), "bold"
Runs = list[tuple[str, str]]


def _xls(runs: Runs) -> bytes:
    xlwt = pytest.importorskip("xlwt")
    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("跟踪表")
    for row_index, row in enumerate(GRID):
        for column_index, text in enumerate(row):
            if text and (row_index, column_index) != RICH:
                sheet.write(row_index, column_index, text)

    def font(kind: str) -> object:
        made = xlwt.Font()
        made.struck_out = kind == "strike"
        made.bold = kind == "bold"
        made.escapement = {"super": 1, "sub": 2}.get(kind, 0)
        return made

    sheet.write_rich_text(*RICH, [(text, font(kind)) if kind else text for text, kind in runs])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx(runs: Runs) -> bytes:
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.cell.rich_text import CellRichText, TextBlock  # noqa: PLC0415
    from openpyxl.cell.text import InlineFont  # noqa: PLC0415

    fonts = {
        "strike": {"strike": True},
        "super": {"vertAlign": "superscript"},
        "sub": {"vertAlign": "subscript"},
        "bold": {"b": True},
    }
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "跟踪表"
    for row in GRID:
        sheet.append([text or None for text in row])
    sheet.cell(RICH[0] + 1, RICH[1] + 1).value = CellRichText(
        *(TextBlock(InlineFont(**fonts[kind]), text) if kind else text for text, kind in runs)  # type: ignore[arg-type]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _actuals(table: Table) -> list[tuple[str, str | None]]:
    return [
        (indicator.name, indicator.actual.text if indicator.actual else None)
        for indicator in table.indicators
    ]


RICH_RUNS = [
    pytest.param([("2.4公里", "strike"), ("2.8公里", "")], "2.8公里", id="struck-correction"),
    pytest.param([("2.4公里", "strike"), ("2.8公里", "bold")], "2.8公里", id="struck-then-bold"),
    pytest.param([("2.8公里", ""), ("2.4公里", "strike")], "2.8公里", id="struck-after"),
    pytest.param([("2.8", ""), ("公里", "super"), ("注1", "super")], "2.8公里", id="raised-note"),
    pytest.param([("2.8公里", ""), ("注1", "super")], "2.8公里", id="raised-note-mark"),
    pytest.param([("2.4公里", "strike")], "2.4公里", id="struck-whole-kept"),
    pytest.param([("2.8k", ""), ("m", "bold")], "2.8km", id="runs-joined"),
    pytest.param([("2.8km", ""), ("2", "super")], "2.8km2", id="raised-power-kept"),
    pytest.param([("2.8公里", ""), ("注1", "sub")], "2.8公里注1", id="subscript-kept"),
    pytest.param([("𠀀2.4公里", "strike"), ("2.8公里", "")], "2.8公里", id="beyond-bmp"),
]


@pytest.mark.parametrize(("runs", "actual"), RICH_RUNS)
@pytest.mark.parametrize("build", [_xls, _xlsx], ids=["xls", "xlsx"])
def test_rich_text_runs_read_alike_in_xls_and_xlsx(build: object, runs: Runs, actual: str) -> None:
    assert callable(build)
    [table] = perftrack.read(build(runs))
    assert _actuals(table) == [
        ("改造园路长度", actual),
        ("改造食堂数量", "12所"),
        ("游客满意度", "93%"),
    ]


def test_xls_struck_correction_is_scored_on_the_new_value() -> None:
    [table] = perftrack.read(_xls([("2.4公里", "strike"), ("2.8公里", "")]))
    card = perftrack.score(table, policy=perftrack.Policy(as_of=dt.date(2025, 9, 30)))
    first = card.verdicts[0]
    assert (first.name, first.attainment.value, first.progress.value, first.explanation) == (
        "改造园路长度",
        "pending",
        "on_track",
        "实际2.8公里，未达年度指标≥3.5公里，距年底尚有时间",
    )


# --- H2: a struck row whose target is a formula without a result -------------------------

STRUCK_ROW = ["", "", "（取消）采购冷链设备", "=16.00(套)", "16", "0"]
KEPT = [("改造园路长度", "≥3.5公里"), ("改造食堂数量", "=16.00(所)"), ("游客满意度", "≥90%")]


def _struck_xlsx(target: str, *, target_struck: bool) -> bytes:
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.styles import Font  # noqa: PLC0415

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "跟踪表"
    rows = [*GRID[:5], [*STRUCK_ROW[:3], target, *STRUCK_ROW[4:]], GRID[5]]
    for row in rows:
        sheet.append([text or None for text in row])
    for column, text in enumerate(rows[5], 1):
        if text and (column != 4 or target_struck):  # column 4: the target
            sheet.cell(6, column).font = Font(strike=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


STRUCK_ROWS = [
    pytest.param("=16.00(套)", True, KEPT, [], id="typed-formula-target-struck"),
    pytest.param("16套", True, KEPT, [], id="text-target-struck"),
    pytest.param("=SUM(E6:F6)", True, KEPT, [], id="real-formula-struck"),
    pytest.param(
        "=16.00(套)",
        False,
        [*KEPT[:2], ("（取消）采购冷链设备", "=16.00(套)"), KEPT[2]],
        [],
        id="typed-formula-target-unstruck-keeps-row",
    ),
    pytest.param(
        "=SUM(E6:F6)",
        False,
        [*KEPT[:2], ("（取消）采购冷链设备", None), KEPT[2]],
        ["formula-without-result"],
        id="real-formula-unstruck-among-struck",
    ),
]


@pytest.mark.parametrize(("target", "target_struck", "read", "warned"), STRUCK_ROWS)
def test_xlsx_row_struck_whole_is_left_out_whatever_its_target(
    target: str,
    target_struck: bool,  # noqa: FBT001 - a column of the table
    read: list[tuple[str, str | None]],
    warned: list[str],
) -> None:
    [table] = perftrack.read(_struck_xlsx(target, target_struck=target_struck))
    found = [
        (indicator.name, indicator.target.text if indicator.target else None)
        for indicator in table.indicators
    ]
    assert found == read
    card = perftrack.score(table, policy=perftrack.Policy(as_of=dt.date(2025, 9, 30)))
    assert [f.id for f in card.findings if f.id in {"missing-name", "missing-actual"}] == []
    assert [f.id for f in table.findings if f.id == "formula-without-result"] == warned
