"""The XLSX report: a workbook with the sheets 指标, 发现, 汇总, 预算, 说明 and 读取失败.

- 指标: the rows of the CSV report, the same columns (``ROW_HEADERS``): each
  indicator with its verdicts, 偏差原因分析, 备注, 全年预计完成情况, 完成可能性, printed 分值/得分,
  its item of the points and the table's points, then 表中说明 (``Indicator.about``)
  when an indicator of the report has one; a table with points has one
  more row (一级指标 ``预算执行率``) for the execution rate's item;
- 发现: the findings, each with the columns that name its table;
- 汇总: the portfolio summary of the Markdown and HTML reports, worst first, then
  对照标准 (序时进度 or 年终执行率要求: what the 序时进度/年终要求 column holds)
  and the table's points (计算总分, 计算等级, 暂估, 表中总分, 表中等级);
- 预算: the budget lines, amounts, printed and recomputed rates, the 全年预计执行数,
  the printed 全年预计执行率 and printed 分值/得分 of each line;
- 说明: the note rows of the tables (说明, 备注, 其他需要说明的问题…): 栏目 (the label
  as printed), 内容 and 单元格 (where the text stands);
- 读取失败: the files that could not be read, and why.

Each sheet has a bold, frozen header row, an autofilter over its data and
column widths fitted to the content (Chinese characters count double). On 指标
the verdict columns are coloured by conditional formatting: green for 达成, red
for 未达成, amber for 进行中 and 落后, so that the colours follow a filter or an
edit. Amounts, rates, 分值 and 得分 are numbers (two decimals shown; the cell
holds the JSON's figure), everything from the input is text: a cell such as
``=5.00(个)`` is stored as a string, never a formula.

A text longer than a cell holds (Excel's limit: 32,767 characters) is cut and
ends with :data:`CUT_MARK`, so that a cut cell never passes for the whole text;
the CSV and JSON keep it all.

The workbook is reproducible: the same scorecards give the same bytes. Its
创建/修改时间 and the times of its zip entries are ``SOURCE_DATE_EPOCH`` (seconds
since 1970, the reproducible-builds convention) when that is set, else
1980-01-01 00:00 UTC (the earliest time a zip entry holds), never the clock.

openpyxl is imported only here, when an XLSX report is asked for; without it
the error names the ``xlsx`` extra.

Example:
    >>> import io, openpyxl, perftrack
    >>> from perftrack.reports._common import Report
    >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
    >>> book = openpyxl.load_workbook(io.BytesIO(render(Report.of([card], []))))
    >>> book.sheetnames, book["指标"]["I2"].value
    (['指标', '发现', '汇总', '预算', '说明', '读取失败'], '=5.00(个)')
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import os
import re
import zipfile
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
    printed_forecast_rate,
    printed_rate_percent,
    progress_word,
    rounded,
    row_headers,
    spreadsheet_rows,
    summary_projects,
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

__all__ = ["CELL_LIMIT", "CUT_MARK", "cell_text", "render", "written_at"]

#: The most characters an Excel cell holds (UTF-16 code units, as Excel counts).
CELL_LIMIT: Final = 32_767
#: What ends a text cut to :data:`CELL_LIMIT`.
CUT_MARK: Final = "…（已截断，全文见 JSON/CSV）"

# Characters XML 1.0 cannot hold (openpyxl refuses them): control characters but tab,
# line feed and carriage return (a space; DEL and C1 controls too, as the reader reads
# them), the noncharacters U+FFFE and U+FFFF and lone surrogates (dropped).
_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def _legal(match: re.Match[str]) -> str:
    return " " if match.group() < "\ud800" else ""


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
    "全年预计执行率(%)",
    "表中分值",
    "表中得分",
)
_NOTE_HEADERS: Final = (*_TABLE_COLUMNS, "栏目", "内容", "单元格")
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


def _units(text: str) -> int:
    """The length of *text* as Excel counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def cell_text(text: str) -> str:
    r"""*text* as an XLSX cell holds it: XML-safe, and cut with :data:`CUT_MARK` when too long.

    Control characters XML cannot hold become spaces, U+FFFE, U+FFFF and lone
    surrogates are dropped (one such cell never costs the workbook); a text longer than
    :data:`CELL_LIMIT` is cut so that, mark included, it fits (openpyxl would
    otherwise cut it silently).

    Example:
        >>> cell_text("甲\x0b乙"), cell_text("甲\ufffe乙\uffff")
        ('甲 乙', '甲乙')
        >>> cut = cell_text("字" * 40_000)
        >>> len(cut), cut.endswith(CUT_MARK)
        (32767, True)
    """
    text = _ILLEGAL.sub(_legal, text)
    # cheap test first: a text of at most half the limit fits whatever its characters
    if len(text) <= CELL_LIMIT // 2 or _units(text) <= CELL_LIMIT:
        return text
    room = CELL_LIMIT - _units(CUT_MARK)
    # a character beyond the BMP takes two units: one cut in half is dropped
    kept = text.encode("utf-16-le")[: 2 * room].decode("utf-16-le", errors="ignore")
    return kept + CUT_MARK


#: The zip entry time when ``SOURCE_DATE_EPOCH`` is not set: the earliest a zip holds.
_ZIP_EPOCH: Final = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


def written_at() -> dt.datetime:
    """The time the workbook says it was written: ``SOURCE_DATE_EPOCH``, else 1980-01-01 UTC.

    A ``SOURCE_DATE_EPOCH`` that is no whole number, or before 1980 (a zip entry
    cannot say it), gives the default.

    Example:
        >>> import os
        >>> os.environ.pop("SOURCE_DATE_EPOCH", None) and None
        >>> written_at().isoformat()
        '1980-01-01T00:00:00+00:00'
    """
    try:
        stamp = dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), tz=dt.UTC)
    except (KeyError, ValueError, OverflowError, OSError):
        return _ZIP_EPOCH
    return max(stamp, _ZIP_EPOCH)


def _stamped(data: bytes, when: dt.datetime, replaced: dict[str, bytes]) -> bytes:
    """The xlsx *data* with every zip entry dated *when*, and the entries *replaced*.

    openpyxl dates the entries, and the workbook's 修改时间, by the clock.
    """
    out = io.BytesIO()
    fields = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=fields)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # the same bytes on every platform
            entry.external_attr = info.external_attr
            target.writestr(entry, replaced.get(info.filename) or source.read(info))
    return out.getvalue()


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
                cell.value = cell_text(value)
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
    headers = row_headers(report.cards)  # 表中说明 last when an indicator has some
    about = len(headers) > len(ROW_HEADERS)
    indicator_cells = [
        row.values(about=about) for card in report.cards for row in spreadsheet_rows(card)
    ]
    _fill(indicators, headers, indicator_cells)
    _colour_verdicts(indicators, len(indicator_cells))

    findings = [[*_where(card), *cells] for card in report.cards for cells in finding_cells(card)]
    _fill(book.create_sheet("发现"), (*_TABLE_COLUMNS, *FINDING_HEADERS), findings)
    summary = []
    projects = summary_projects(report.rows)  # the counties of one table told apart
    for (number, row), told in zip(report.ranking, projects, strict=True):
        card = report.cards[number - 1]
        bar_name, bar = bar_of(card)
        summary.append(
            [
                *summary_values(row, told),
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
            printed_rate_percent(card, line),  # a share (1, 0.25) as the percent it was read as
            rounded(analysis.rate_recomputed),
            _DENOMINATORS.get(analysis.denominator or "", analysis.denominator or ""),
            card.table.budget_unit or "",
            line.forecast,
            line.forecast_rate if forecast_rate is None else forecast_rate,
            line.weight,
            line.published_points,
        ]
        for card in report.cards
        for line, analysis in zip(card.table.budget, card.budget, strict=True)
        for forecast_rate in (printed_forecast_rate(line),)
    ]
    _fill(book.create_sheet("预算"), _BUDGET_HEADERS, budget)
    notes = [
        [*_where(card), note.label, note.text, note.position.cell if note.position else ""]
        for card in report.cards
        for note in card.table.notes
    ]
    _fill(book.create_sheet("说明"), _NOTE_HEADERS, notes)

    _fill(
        book.create_sheet("读取失败"),
        ("文件", "原因"),
        [[error.file, error.message] for error in report.errors],
    )
    out = io.BytesIO()
    book.save(out)
    when = written_at()
    properties = book.properties
    # openpyxl assumes naive times are UTC; saving set the modified time to now
    properties.created = properties.modified = when.replace(tzinfo=None)
    properties.creator = "perftrack"
    core = importlib.import_module("openpyxl.xml.functions").tostring(properties.to_tree())
    return _stamped(out.getvalue(), when, {"docProps/core.xml": core})
