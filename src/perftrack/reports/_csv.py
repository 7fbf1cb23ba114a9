"""The CSV report: one row per indicator, made for Excel on Chinese Windows.

- UTF-8 **with** a byte-order mark (Excel reads BOM-less UTF-8 as the ANSI code
  page, GBK on Chinese Windows, and garbles every Chinese cell);
- CRLF line endings (RFC 4180; Excel's own);
- **Chinese headers** (文件, 工作表, 表序号, …): the people who open the file read
  Chinese, and the JSON document is there for programs. 表序号 counts from 1
  (第1张表), unlike ``source.index`` in JSON;
- the columns of :data:`~perftrack.reports._common.ROW_HEADERS`: the indicator
  and its verdicts, the unit's 偏差原因分析 and 备注, its 全年预计完成情况 and
  完成可能性, its printed 分值 and 得分, its item of the points (计算分值,
  计算得分, 计分规则), and the table's points
  (计算总分, 计算等级, 暂估, 表中总分, 表中等级) on each of its rows (计分规则 in
  words, Chinese or English as the policy's ``language``), then 核心指标 (是/否:
  ★ before the name in the table), then 表中说明 (``Indicator.about``: the
  年度履职目标 the row serves, a 跟踪表's 指标解释…, each under its header) only
  when an indicator of the report has one, last so that no column moves; a table with
  points has one more row, 一级指标 ``预算执行率``, for the execution rate's item;
- numbers as the JSON writes them (``19``, ``9.50``, ``16.67``), never in
  exponent notation;
- verdicts as Chinese words (达成, 进行中, 落后 …) without symbols, so that a
  filter or a pivot table groups them cleanly;
- no control character but the line feed and the tab, no lone surrogate and no
  bidirectional control in any cell (:func:`~perftrack._errors.writable_text`: an
  ESC is a space), whatever built the table, so that the text is always UTF-8 and
  ``type 结果.csv`` in a console prints no escape sequence;
- cells that Excel would run as a formula (starting with ``= + - @``, a tab or
  a carriage return, and not a number) get a leading ``'``: ``=5.00(个)`` is a
  target, not a formula;
- each file that could not be read is a row of its own with 完成情况 读取失败
  and the reason in 说明, so that a failure is not lost in the spreadsheet.

The returned ``str`` already holds the BOM and the CRLFs: write it with
``open(path, "w", encoding="utf-8", newline="")``.

Example:
    >>> import perftrack
    >>> from perftrack.reports._common import Report
    >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
    >>> text = render(Report.of([card], []))
    >>> print(text.splitlines()[1].split(",", 5)[-1])
    产出指标,数量指标,居委党群服务站建设,'=5.00(个),1.00,1.00,进行中,正常,实际1.00个，未达年度指标=5.00个，距年底尚有时间,,,,,,,,,,,,,,,否
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Final

from perftrack._errors import writable_line, writable_text
from perftrack.reports._common import (
    ROW_HEADERS,
    as_text,
    row_headers,
    spreadsheet_rows,
    spreadsheet_text,
)

if TYPE_CHECKING:
    from perftrack.reports._common import Report

__all__ = ["render"]

#: The columns that name files and sheets: a control character in a name (an ESC) is a space.
_NAMES: Final = frozenset({"文件", "工作表"})


def render(report: Report) -> str:
    r"""The rows of every scorecard, then the failed files, as CSV text with a BOM.

    Example:
        >>> from perftrack.reports._common import Report
        >>> text = render(Report.of([], [{"file": "坏.xlsx", "message": "不是表格"}]))
        >>> text.encode("utf-8")[:3], text.split("\r\n")[1]
        (b'\xef\xbb\xbf', '坏.xlsx,,,,,,,,,,,读取失败,,不是表格,,,,,,,,,,,,,,,')
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    headers = row_headers(report.cards)  # 表中说明 last when an indicator has some
    about = len(headers) > len(ROW_HEADERS)
    writer.writerow(headers)
    for card in report.cards:
        for row in spreadsheet_rows(card):
            writer.writerow(
                [
                    spreadsheet_text(writable_line(text) if key in _NAMES else writable_text(text))
                    for key, text in zip(
                        headers, map(as_text, row.values(about=about)), strict=True
                    )
                ]
            )
    for error in report.errors:
        cells = ["" for _ in headers]
        cells[headers.index("文件")] = writable_line(error.file)
        cells[headers.index("完成情况")] = "读取失败"
        cells[headers.index("说明")] = writable_text(error.message)
        writer.writerow([spreadsheet_text(cell) for cell in cells])
    return "\ufeff" + out.getvalue()
