"""Quarter columns of a 1-6月 monitoring table (monitor21 H1, H2, H3, M5).

Fixtures are tables written here: tab-separated text, an xlsx workbook with merged
two-row headers (openpyxl) and an HTML table with rowspan/colspan. The executed amount
(or the actual) is the column of the whole period, named 1-6月, 累计, 实际 or bare;
the quarters' columns are parts (``BudgetLine.quarters``, ``Indicator.parts``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack import parse_value
from perftrack.model import Breakdown, BudgetPart, Judgement, Likelihood, Table

if TYPE_CHECKING:
    from pathlib import Path

_TITLE = "2025年1-6月项目支出绩效运行监控表"
_GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t完成目标可能性"
_ROW = "产出指标\t数量指标\t培训人次\t≥1000人次\t520人次\t确定能"


def _tsv(*budget: str, grid: tuple[str, ...] = (_GRID, _ROW)) -> Table:
    lines = (_TITLE, "项目名称\t示例项目", *budget, *grid)
    return perftrack.read_text("\n".join(lines) + "\n", format="text")[0]


def _budget(table: Table) -> tuple[object, ...]:
    line = table.budget[0]
    return (line.executed, line.rate, line.forecast, line.quarters)


def _codes(table: Table) -> list[str]:
    return sorted(finding.id for finding in table.findings)


_Q = BudgetPart
_PARTS = (_Q("1-3月执行数", 1, 3, Decimal("200.00")), _Q("4-6月执行数", 4, 6, Decimal("250.00")))


def _quarters(first: str, second: str) -> tuple[BudgetPart, ...]:
    return (_Q(first, 1, 3, Decimal("200.00")), _Q(second, 4, 6, Decimal("250.00")))


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param(
            ("1-3月执行数", "4-6月执行数", "累计执行数"),
            (Decimal("520.00"), Decimal("52.00"), None, _PARTS),
            id="cumulative",
        ),
        pytest.param(
            ("1季度执行数", "2季度执行数", "实际支出数"),
            (Decimal("520.00"), Decimal("52.00"), None, _quarters("1季度执行数", "2季度执行数")),
            id="actual-spending",
        ),
        pytest.param(
            ("一季度执行数", "二季度执行数", "执行数"),
            (Decimal("520.00"), Decimal("52.00"), None, _quarters("一季度执行数", "二季度执行数")),
            id="bare",
        ),
        pytest.param(
            ("1-3月执行数", "4-6月执行数", "1-6月累计执行数"),
            (Decimal("520.00"), Decimal("52.00"), None, _PARTS),
            id="window-cumulative",
        ),
        pytest.param(
            ("一季度支出", "二季度支出", "截至6月底执行数"),
            (Decimal("520.00"), Decimal("52.00"), None, _quarters("一季度支出", "二季度支出")),
            id="spending-without-shu",
        ),
    ],
)
def test_budget_period_column_beside_quarters(
    headers: tuple[str, str, str], expected: tuple[object, ...]
) -> None:
    table = _tsv(
        "预算执行情况（万元）\t年初预算数\t" + "\t".join(headers) + "\t执行率",
        "年度资金总额\t1000.00\t200.00\t250.00\t520.00\t52.00%",
    )
    assert _budget(table) == expected
    # 200 + 250 is not 520: the parts are checked against the executed amount
    assert _codes(table) == ["budget-quarters-mismatch"]


_TWO_ROW_PARTS = (
    _Q("1-3月执行数", 1, 3, Decimal("200.00")),
    _Q("4-6月执行数", 4, 6, Decimal("320.00")),
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param(
            (
                "预算执行情况（万元）\t年初预算数\t1-6月执行数\t其中\t\t执行率\t全年预计执行数",
                "\t\t\t1-3月执行数\t4-6月执行数\t\t",
                "年度资金总额\t1000.00\t520.00\t200.00\t320.00\t52.00%\t1000.00",
            ),
            (Decimal("520.00"), Decimal("52.00"), Decimal("1000.00"), _TWO_ROW_PARTS),
            id="qizhong",
        ),
        pytest.param(
            (
                "资金来源\t年初预算数\t分季度执行数\t\t1-6月执行数\t执行率\t全年预计执行数",
                "\t\t1-3月\t4-6月\t\t\t",
                "年度资金总额\t1000.00\t200.00\t320.00\t520.00\t52.00%\t1000.00",
            ),
            (
                Decimal("520.00"),
                Decimal("52.00"),
                Decimal("1000.00"),
                (_Q("1-3月", 1, 3, Decimal("200.00")), _Q("4-6月", 4, 6, Decimal("320.00"))),
            ),
            id="by-quarter-group",
        ),
    ],
)
def test_budget_two_row_header_tsv(header: tuple[str, ...], expected: tuple[object, ...]) -> None:
    table = _tsv(*header)
    assert _budget(table) == expected
    assert _codes(table) == []


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    rows = [
        [_TITLE],
        ["项目名称", "示例项目"],
        ["资金来源（万元）", "年初预算数", "1-6月执行数", "其中", None, "执行率", "全年预计执行数"],
        [None, None, None, "一季度", "二季度", None, None],
        ["年度资金总额", 1000, 520, 200, 320, "52.00%", 1000],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "分季度完成值",
            None,
            "1-6月实际完成值",
            "完成目标可能性",
        ],
        [None, None, None, None, "第一季度", "第二季度", None, None],
        [
            "产出指标",
            "数量指标",
            "培训人次",
            "≥1000人次",
            "200人次",
            "320人次",
            "520人次",
            "确定能",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for cells in ("D3:E3", "A3:A4", "B3:B4", "C3:C4", "F3:F4", "G3:G4", "E6:F6", "G6:G7"):
        sheet.merge_cells(cells)
    file = path / "monitor.xlsx"
    book.save(file)
    return file


def test_two_row_headers_xlsx(tmp_path: Path) -> None:
    table = perftrack.read(_xlsx(tmp_path))[0]
    quarters = (_Q("一季度", 1, 3, Decimal(200)), _Q("二季度", 4, 6, Decimal(320)))
    assert _budget(table) == (Decimal(520), Decimal("52.00"), Decimal(1000), quarters)
    row = table.indicators[0]
    assert (row.actual, row.parts) == (
        parse_value("520人次"),
        (
            Breakdown("actual", "第一季度", 1, 3, parse_value("200人次")),
            Breakdown("actual", "第二季度", 4, 6, parse_value("320人次")),
        ),
    )
    assert _codes(table) == []


_HTML = (
    "<html><body><h3>" + _TITLE + "</h3><table border='1'>"
    "<tr><td>项目名称</td><td colspan='6'>示例项目</td></tr>"
    "<tr><td rowspan='2'>资金来源</td><td rowspan='2'>年初预算数</td>"
    "<td colspan='2'>分季度执行数</td><td rowspan='2'>1-6月执行数</td>"
    "<td rowspan='2'>执行率</td></tr>"
    "<tr><td>1-3月</td><td>4-6月</td></tr>"
    "<tr><td>年度资金总额</td><td>1500</td><td>60</td><td>120</td><td>180</td><td>12.00%</td></tr>"
    "<tr><td rowspan='2'>一级指标</td><td rowspan='2'>二级指标</td><td rowspan='2'>三级指标</td>"
    "<td rowspan='2'>年度指标值</td><td colspan='2'>分季度完成值</td>"
    "<td rowspan='2'>1-6月实际完成值</td></tr>"
    "<tr><td>第一季度</td><td>第二季度</td></tr>"
    "<tr><td>产出指标</td><td>数量指标</td><td>补贴培训人次</td><td>≥8000人次</td>"
    "<td>1800人次</td><td>2600人次</td><td>4400人次</td></tr>"
    "</table></body></html>"
)


def test_two_row_headers_html() -> None:
    table = perftrack.read_text(_HTML, format="html")[0]
    quarters = (_Q("1-3月", 1, 3, Decimal(60)), _Q("4-6月", 4, 6, Decimal(120)))
    assert _budget(table) == (Decimal(180), Decimal("12.00"), None, quarters)
    row = table.indicators[0]
    assert (row.actual, [part.label for part in row.parts]) == (
        parse_value("4400人次"),
        ["第一季度", "第二季度"],
    )
    assert _codes(table) == []


@pytest.mark.parametrize(
    ("headers", "cells", "expected"),
    [
        pytest.param(
            "1-6月计划完成值\t第一季度完成值\t第二季度完成值\t累计完成值",
            "500人次\t200人次\t320人次\t520人次",
            ("500人次", "520人次", ["第一季度完成值", "第二季度完成值"]),
            id="cumulative",
        ),
        pytest.param(
            "一季度完成值\t二季度完成值\t实际完成值",
            "200人次\t320人次\t520人次",
            (None, "520人次", ["一季度完成值", "二季度完成值"]),
            id="actual",
        ),
        pytest.param(
            "分季度完成值\t\t1-6月实际完成值",
            "200人次\t320人次\t520人次",
            (None, "520人次", ["第一季度", "第二季度"]),
            id="by-quarter-group",
        ),
    ],
)
def test_grid_period_column_beside_quarters(
    headers: str, cells: str, expected: tuple[str | None, str, list[str]]
) -> None:
    head = "一级指标\t二级指标\t三级指标\t年度指标值\t" + headers
    grid: tuple[str, ...] = (head, "产出指标\t数量指标\t培训人次\t≥1000人次\t" + cells)
    if headers.startswith("分季度"):
        grid = (head, "\t\t\t\t第一季度\t第二季度\t", grid[1])
    table = _tsv(
        "预算执行情况（万元）\t年初预算数\t1-6月执行数", "年度资金总额\t1000\t520", grid=grid
    )
    row = table.indicators[0]
    planned, actual, parts = expected
    assert (row.planned, row.actual, [part.label for part in row.parts]) == (
        parse_value(planned) if planned is not None else None,
        parse_value(actual),
        parts,
    )
    assert _codes(table) == []


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            "☑确定能 ☐有可能 ☐完全不可能",
            Judgement("确定能", Likelihood.CERTAIN, None, None),
            id="checkboxes",
        ),
        pytest.param("有可能", Judgement("有可能", Likelihood.POSSIBLE, None, None), id="word"),
        pytest.param("", None, id="empty"),
    ],
)
def test_budget_likelihood_column(cell: str, expected: Judgement | None) -> None:
    table = _tsv(
        "预算执行情况（万元）\t年初预算数\t1-6月执行数\t执行率\t预算完成可能性",
        f"年度资金总额\t6000.00\t2950.00\t49.17%\t{cell}",
    )
    assert table.judgement == expected
    assert _budget(table) == (Decimal("2950.00"), Decimal("49.17"), None, ())
