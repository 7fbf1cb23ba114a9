"""The XLSX report: a workbook with the sheets 指标, 发现, 汇总, 预算 and 读取失败.

- 指标: the rows of the CSV report, the same columns (``ROW_HEADERS``): each
  indicator with its verdicts, 全年预计完成情况, 完成可能性, printed 分值/得分,
  its item of the points and the table's points; a table with points has one
  more row (一级指标 ``预算执行率``) for the execution rate's item;
- 发现: the findings, each with the columns that name its table;
- 汇总: the portfolio summary of the Markdown and HTML reports, worst first, then
  对照标准 (序时进度 or 年终执行率要求: what the 序时进度/年终要求 column holds)
  and the table's points (计算总分, 计算等级, 暂估, 表中总分, 表中等级);
- 预算: the budget lines, amounts, printed and recomputed rates, the 全年预计执行数
  and printed 分值/得分 of each line;
- 读取失败: the files that could not be read, and why.

Each sheet has a bold, frozen header row, an autofilter over its data and
column widths fitted to the content (Chinese characters count double). On 指标
the verdict columns are coloured by conditional formatting: green for 达成, red
for 未达成, amber for 进行中 and 落后, so that the colours follow a filter or an
edit. Amounts, rates, 分值 and 得分 are numbers (two decimals shown; the cell
holds the JSON's figure), everything from the input is text: a cell such as
``=5.00(个)`` is stored as a string, never a formula.

openpyxl is imported only here, when an XLSX report is asked for; without it
the error names the ``xlsx`` extra.

Example:
    >>> import io, openpyxl, perftrack
    >>> from perftrack.reports._common import Report
    >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
    >>> book = openpyxl.load_workbook(io.BytesIO(render(Report.of([card], []))))
    >>> book.sheetnames, book["指标"]["I2"].value
    (['指标', '发现', '汇总', '预算', '读取失败'], '=5.00(个)')
"""

from __future__ import annotations

import importlib
import io
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from perftrack._errors import PerftrackError
from perftrack.reports._common import (
    FINDING_HEADERS,
    ROW_HEADERS,
    SUMMARY_HEADERS,
    TABLE_POINTS_HEADERS,
    attainment_word,
    bar_of,
    finding_cells,
    progress_word,
    rounded,
    spreadsheet_rows,
    summary_values,
    table_points_values,
    width,
)
from perftrack.scoring import Attainment, Progress

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType

    from perftrack.reports._common import Report
    from perftrack.scoring import Scorecard

__all__ = ["render"]

# Characters XML 1.0 cannot hold (openpyxl refuses them): control characters but tab,
# line feed and carriage return.
_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_WIDTH: Final = 60

# Excel's own "good", "bad" and "neutral" cell styles.
_GOOD: Final = ("C6EFCE", "006100")
_BAD: Final = ("FFC7CE", "9C0006")
_NEUTRAL: Final = ("FFEB9C", "9C5700")

_TABLE_COLUMNS: Final = ("文件", "工作表", "表序号", "项目名称")
_BUDGET_HEADERS: Final = (
    *_TABLE_COLUMNS,
    "资金来源",
    "年初预算数",
    "跟踪期/全年预算数",
    "执行数",
    "填报执行率(%)",
    "重算执行率(%)",
    "执行率分母",
    "金额单位",
    "全年预计执行数",
    "表中分值",
    "表中得分",
)
_SUMMARY_HEADERS: Final = (*SUMMARY_HEADERS, "对照标准", *TABLE_POINTS_HEADERS)
_DENOMINATORS: Final = {"period_budget": "跟踪期/全年预算数", "initial": "年初预算数"}


def _openpyxl() -> ModuleType:
    """openpyxl, imported on demand: it is an optional dependency (the ``xlsx`` extra)."""
    try:
        return importlib.import_module("openpyxl")
    except ImportError:
        raise PerftrackError(
            "XLSX 报告需要 openpyxl：请安装 perftrack 的 xlsx 扩展（pip install 'perftrack[xlsx]'）"
        ) from None


def _where(card: Scorecard) -> list[object]:
    """The columns that say which table a row is from."""
    source = card.table.source
    return [source.file or "", source.sheet or "", source.index + 1, card.table.project.name or ""]


def _fill(
    sheet: Any,  # noqa: ANN401 - an openpyxl worksheet; openpyxl ships no types
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
) -> None:
    """Write a header and rows: strings stay strings, decimals are numbers to 2 places."""
    openpyxl = _openpyxl()
    bold = openpyxl.styles.Font(bold=True)
    header_fill = openpyxl.styles.PatternFill("solid", fgColor="F2F2F2")
    widths = [width(header) for header in headers]
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font, cell.fill = bold, header_fill
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, str):
                cell.value = _ILLEGAL.sub(" ", value)
                # A string starting with "=" would be written as a formula.
                cell.data_type = "s"
                shown = value
            else:
                cell.value = value
                shown = "" if value is None else str(value)
                if isinstance(value, Decimal):
                    cell.number_format = "0.00"
            widths[column - 1] = max(widths[column - 1], width(shown))
    letters = openpyxl.utils.get_column_letter
    for column, cells in enumerate(widths, start=1):
        sheet.column_dimensions[letters(column)].width = min(cells + 2, _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{letters(len(headers))}{max(len(rows) + 1, 2)}"


def _colour_verdicts(sheet: Any, rows: int) -> None:  # noqa: ANN401 - an openpyxl worksheet
    """Conditional formats on 完成情况 and 进度: green met, red not met, amber pending/behind."""
    openpyxl = _openpyxl()
    rule, fill, font = (
        openpyxl.formatting.rule.CellIsRule,
        openpyxl.styles.PatternFill,
        openpyxl.styles.Font,
    )
    last = max(rows + 1, 2)
    verdict = ROW_HEADERS.index("完成情况") + 1
    progress = ROW_HEADERS.index("进度") + 1
    letters = openpyxl.utils.get_column_letter
    for column, word, (background, colour) in (
        (verdict, attainment_word(Attainment.MET), _GOOD),
        (verdict, attainment_word(Attainment.NOT_MET), _BAD),
        (verdict, attainment_word(Attainment.PENDING), _NEUTRAL),
        (progress, progress_word(Progress.BEHIND), _NEUTRAL),
    ):
        letter = letters(column)
        sheet.conditional_formatting.add(
            f"{letter}2:{letter}{last}",
            rule(
                operator="equal",
                formula=[f'"{word}"'],
                fill=fill("solid", start_color=background, end_color=background),
                font=font(color=colour),
            ),
        )


def render(report: Report) -> bytes:
    """The workbook as the bytes of an .xlsx file.

    Example:
        >>> import io, openpyxl
        >>> from perftrack.reports._common import Report
        >>> data = render(Report.of([], [{"file": "坏.xlsx", "message": "不是表格"}]))
        >>> openpyxl.load_workbook(io.BytesIO(data))["读取失败"]["B2"].value
        '不是表格'
    """
    openpyxl = _openpyxl()
    book = openpyxl.Workbook()
    indicators = book.active
    indicators.title = "指标"
    indicator_cells = [row.values() for card in report.cards for row in spreadsheet_rows(card)]
    _fill(indicators, ROW_HEADERS, indicator_cells)
    _colour_verdicts(indicators, len(indicator_cells))

    findings = [[*_where(card), *cells] for card in report.cards for cells in finding_cells(card)]
    _fill(book.create_sheet("发现"), (*_TABLE_COLUMNS, *FINDING_HEADERS), findings)
    summary = []
    for number, row in report.ranking:
        card = report.cards[number - 1]
        bar_name, bar = bar_of(card)
        summary.append(
            [
                *summary_values(row),
                bar_name if bar is not None else "",
                *table_points_values(card),
            ]
        )
    _fill(book.create_sheet("汇总"), _SUMMARY_HEADERS, summary)
    budget = [
        [
            *_where(card),
            line.source,
            line.initial,
            line.period_budget,
            line.executed,
            line.rate,
            rounded(analysis.rate_recomputed),
            _DENOMINATORS.get(analysis.denominator or "", analysis.denominator or ""),
            card.table.budget_unit or "",
            line.forecast,
            line.weight,
            line.published_points,
        ]
        for card in report.cards
        for line, analysis in zip(card.table.budget, card.budget, strict=True)
    ]
    _fill(book.create_sheet("预算"), _BUDGET_HEADERS, budget)

    _fill(
        book.create_sheet("读取失败"),
        ("文件", "原因"),
        [[error.file, error.message] for error in report.errors],
    )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
