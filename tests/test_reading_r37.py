"""regress37: merged notes, forecast columns and budget parts (r37).

- W4: a note merged across the target … actual columns (``本年度不考核`` over 年度指标值,
  计划完成值 and 实际完成值) is a note on the row, no value shared by its cells: the row
  is read as before the merged-cell fill (its text the target, no actual), not judged
  达成. A target merged down and ``已完成`` merged over planned and actual still fill.
- ``预计支出数`` / ``全年预计支出数`` is the forecast, not an execution column.
- Execution columns for parts only (``1-6月执行数 | 7-8月执行数`` of a 1-8月 table,
  ``一季度执行数 | 二季度执行数`` of a 1-6月 table), chained from January to the period's
  end, add up to the executed amount, each by its own unit; parts that do not cover
  the period give no executed amount and a warning.

Every table is written here in code (TSV, HTML, xlsx, xls, docx).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import docx_bytes, xls_bytes, xlsx_bytes

if TYPE_CHECKING:
    from perftrack.model import Table

TITLE = "2024年度项目支出绩效跟踪表"
PROJECT = "农村饮水安全巩固提升工程"
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"]
GRID: list[list[object]] = [
    [TITLE],
    ["项目名称", PROJECT, "主管部门", "某某区水务局"],
    HEADER,
    ["产出指标", "质量指标", "工程验收合格率", "100%", "已完成", ""],
    ["产出指标", "质量指标", "农村自来水水质达标率", "≥95%", "95%", "96.5%"],
    ["产出指标", "质量指标", "供水工程水质检测合格率", "", "95%", "97%"],
    ["效益指标", "", "", "本年度不考核", "", ""],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "90%", "93%"],
]
# 已完成 over planned and actual, ≥95% down, the note over target … actual
MERGES = ["E4:F4", "D5:D6", "D7:F7"]
READ = [
    ("工程验收合格率", "100%", "已完成", "已完成"),
    ("农村自来水水质达标率", "≥95%", "95%", "96.5%"),
    ("供水工程水质检测合格率", "≥95%", "95%", "97%"),
    ("", "本年度不考核", None, None),
    ("受益群众满意度", "≥90%", "90%", "93%"),
]


def _values(table: Table) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            indicator.name,
            indicator.target.text if indicator.target else None,
            indicator.planned.text if indicator.planned else None,
            indicator.actual.text if indicator.actual else None,
        )
        for indicator in table.indicators
    ]


def _met(table: Table) -> list[str]:
    card = perftrack.score(table)
    return [
        table.indicators[verdict.indicator].name
        for verdict in card.verdicts
        if verdict.attainment.value == "met"
    ]


def _html() -> bytes:
    rows = [
        f'<tr><td colspan="6">{TITLE}</td></tr>',
        f"<tr><td>项目名称</td><td>{PROJECT}</td><td>主管部门</td><td>某某区水务局</td></tr>",
        "<tr>" + "".join(f"<td>{h}</td>" for h in HEADER) + "</tr>",
        '<tr><td>产出指标</td><td>质量指标</td><td>工程验收合格率</td><td>100%</td><td colspan="2">已完成</td></tr>',
        '<tr><td>产出指标</td><td>质量指标</td><td>农村自来水水质达标率</td><td rowspan="2">≥95%</td><td>95%</td><td>96.5%</td></tr>',
        "<tr><td>产出指标</td><td>质量指标</td><td>供水工程水质检测合格率</td><td>95%</td><td>97%</td></tr>",
        '<tr><td>效益指标</td><td></td><td></td><td colspan="3">本年度不考核</td></tr>',
        "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>受益群众满意度</td><td>≥90%</td><td>90%</td><td>93%</td></tr>",
    ]  # fmt: skip
    return ("<html><body><table>" + "".join(rows) + "</table></body></html>").encode()


def _docx() -> bytes:
    pytest.importorskip("docx")
    table = [[str(cell) for cell in (*row, "", "", "", "", "")[:6]] for row in GRID[1:]]
    shifted = [f"{ref[0]}{int(ref[1]) - 1}:{ref[3]}{int(ref[4]) - 1}" for ref in MERGES]
    return docx_bytes([TITLE, table], merges={0: shifted})


def _xls() -> bytes:
    pytest.importorskip("xlwt")
    return xls_bytes({"跟踪表": GRID}, merges={"跟踪表": MERGES})


def _xlsx() -> bytes:
    pytest.importorskip("openpyxl")
    return xlsx_bytes({"跟踪表": GRID}, merges={"跟踪表": MERGES})


@pytest.mark.parametrize(
    ("build", "fmt"),
    [
        pytest.param(_xlsx, "xlsx", id="xlsx-merge-across-target-to-actual"),
        pytest.param(_xls, "xls", id="xls-merge-across-target-to-actual"),
        pytest.param(_docx, "docx", id="docx-gridspan-across-target-to-actual"),
        pytest.param(_html, "html", id="html-colspan-across-target-to-actual"),
    ],
)
def test_a_note_merged_across_target_and_actual_fills_nothing(build: object, fmt: str) -> None:
    assert callable(build)
    [table] = perftrack.read(build(), format=fmt)
    assert _values(table) == READ
    # the note's row is not judged 达成 (it was, with actual-copies-target)
    assert _met(table) == ["工程验收合格率", "农村自来水水质达标率", "供水工程水质检测合格率", "受益群众满意度"]  # fmt: skip


@pytest.mark.parametrize(
    ("row", "merge", "expected"),
    [
        pytest.param(
            ["效益指标", "", "", "本项目不涉及效益指标", ""], "D5:E5",
            ("", "本项目不涉及效益指标", None, None), id="self-eval-note-across-target-actual",
        ),
        pytest.param(
            ["产出指标", "数量指标", "供水合格率", "", "97%"], "D4:D5",
            ("供水合格率", "≥95%", None, "97%"), id="self-eval-target-merged-down-fills",
        ),
    ],
)  # fmt: skip
def test_self_evaluation_target_actual_merge(
    row: list[object], merge: str, expected: tuple[str | None, ...]
) -> None:
    pytest.importorskip("openpyxl")
    grid: list[list[object]] = [
        ["2024年度项目支出绩效自评表"],
        ["项目名称", PROJECT],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "供水户数", "≥95%", "96%"],
        row,
    ]
    [table] = perftrack.read(xlsx_bytes({"自评表": grid}, merges={"自评表": [merge]}))
    assert _values(table) == [("供水户数", "≥95%", None, "96%"), expected]


HEAD_TSV = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2024-1月 至 2024-{month}月 ）"],
    ["项目名称", "城乡环卫一体化运营"],
]
GRID_TSV = [
    ["", "一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值", "偏差原因分析"],
    ["绩效指标", "产出指标", "数量指标", "生活垃圾清运量", "≥36000(吨)", "18000", "18200", ""],
    ["", "满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "90", "92", ""],
]  # fmt: skip


def _budget_table(month: int, header: list[str], amounts: list[str]) -> Table:
    rows = [[cell.replace("{month}", str(month)) for cell in row] for row in HEAD_TSV] + [
        ["预算执行情况 (万元)", "", *header],
        ["", "年度资金总额", *amounts],
        *GRID_TSV,
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows))
    return table


NOT_COVERED = (
    "budget-quarters-mismatch:预算表头分期执行数（一季度执行数、三季度执行数）未逐月覆盖1-9月，"
    "表中也无1-9月执行数，执行数未读入"
)
BUDGET_CASES = [
    pytest.param(
        6, ["年初预算数", "一季度执行数", "二季度执行数", "执行数", "执行率(%)", "预计支出数", "预计执行率"],
        ["1200.00", "200.00", "320.00", "520.00", "43.33", "1180.00", "98.33%"],
        Decimal("520.00"), Decimal("1180.00"), [], id="forecast-column-yujizhichushu",
    ),
    pytest.param(
        6, ["年初预算数", "一季度执行数", "二季度执行数", "执行数", "执行率(%)", "全年预计支出数"],
        ["1200.00", "200.00", "320.00", "520.00", "43.33", "1180.00"],
        Decimal("520.00"), Decimal("1180.00"), [], id="forecast-column-quannian-yujizhichushu",
    ),
    pytest.param(
        8, ["全年预算数", "1-6月执行数", "7-8月执行数", "执行率(%)"],
        ["1200.00", "520.00", "180.00", "58.33"],
        Decimal("700.00"), None, [], id="parts-1-6-and-7-8-add-up",
    ),
    pytest.param(
        6, ["年初预算数", "一季度执行数", "二季度执行数", "全年预计执行数", "执行率(%)"],
        ["1200.00", "200.00", "320.00", "1180.00", "43.33"],
        Decimal("520.00"), Decimal("1180.00"), [], id="quarters-only-add-up",
    ),
    pytest.param(
        8, ["全年预算数", "1-6月执行数", "7-8月执行数(元)", "执行率(%)"],
        ["1200.00", "520.00", "1800000", "58.33"],
        Decimal("700.00"), None, ["amount-unit-converted"], id="parts-each-by-its-unit",
    ),
    pytest.param(
        9, ["全年预算数", "一季度执行数", "三季度执行数", "执行率(%)"],
        ["1200.00", "200.00", "300.00", "58.33"],
        None, None,
        [NOT_COVERED],
        id="parts-short-of-the-period-no-executed",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("month", "header", "amounts", "executed", "forecast", "said"), BUDGET_CASES
)
def test_budget_forecast_and_parts(  # noqa: PLR0913, PLR0917 - the case
    month: int,
    header: list[str],
    amounts: list[str],
    executed: Decimal | None,
    forecast: Decimal | None,
    said: list[str],
) -> None:
    table = _budget_table(month, header, amounts)
    line = table.budget[0]
    assert (line.executed, line.forecast) == (executed, forecast)
    budget_ids = {
        "budget-column-duplicate", "budget-quarters-mismatch", "budget-rate-mismatch",
        "amount-unit-converted",
    }  # fmt: skip
    found = [
        f.id if f.id != "budget-quarters-mismatch" else f"{f.id}:{f.message}"
        for f in perftrack.score(table).findings
        if f.id in budget_ids
    ]
    assert found == said
