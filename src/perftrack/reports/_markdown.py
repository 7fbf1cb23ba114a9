"""The Markdown report: the HTML report's content as GitHub-flavoured Markdown tables.

Example:
    >>> import perftrack
    >>> from perftrack.reports._common import Report
    >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
    >>> text = render(Report.of([card], []))
    >>> print(next(line for line in text.splitlines() if line.startswith("| 1 |"))[:71])
    | 1 | 产出指标 | 数量指标 | 居委党群服务站建设 | =5.00(个) | 1.00 | 1.00 | … 进行中 | ✓ 正常 |
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from perftrack._errors import writable_text
from perftrack.reports._common import (
    FINDING_HEADERS,
    LEVEL1_HEADERS,
    NO_NAME,
    SUMMARY_HEADERS,
    SUMMARY_HEADING,
    budget_cells,
    budget_forecast,
    budget_headers,
    budget_name,
    budget_points_headers,
    facts,
    finding_cells,
    headline,
    indicator_rows,
    level1_cells,
    level1_counts,
    summary_cells,
    summary_projects,
    verdict_headers,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from perftrack.reports._common import Report
    from perftrack.scoring import Scorecard

__all__ = ["escape", "render"]

# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that
# start markup inside a table cell (| ends the cell, < starts raw HTML, & an entity,
# $ GitHub's and GitLab's math: 单价$5与$8之间 would set 5与 in italic maths).
_SPECIAL: Final = frozenset("\\`*_[]<>|~&#!$")


# GFM's extended autolinks (GitHub's cmark-gfm, GitLab's comrak) make a link of bare
# text: an e-mail address (found after parsing, in the text with its escapes resolved,
# so only a code span keeps it text), and a URL after a scheme's ``://`` or ``www.``
# (found while parsing, from the raw characters: a backslash before the ``:`` or the
# ``.`` keeps it text and renders nothing of itself). r35t.
_EMAIL_RE: Final = re.compile(r"[A-Za-z0-9.+_-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+")
_SCHEME_COLON_RE: Final = re.compile(r"(?<=[A-Za-z]):(?=//)")
_WWW_DOT_RE: Final = re.compile(r"(?<![A-Za-z0-9])(www)\.", re.IGNORECASE)


def _plain(text: str) -> str:
    """*text* with the specials escaped and no URL autolink left in it."""
    escaped = "".join(f"\\{ch}" if ch in _SPECIAL else ch for ch in text)
    return _WWW_DOT_RE.sub(r"\1\\.", _SCHEME_COLON_RE.sub(r"\\:", escaped))


def escape(text: str) -> str:
    r"""*text* as literal Markdown inside a table cell: specials escaped, one line.

    No bare URL or e-mail address in it becomes a link (GFM's autolinks): ``见
    http://evil.example`` is ``见 http\://evil.example``, ``a@b.cn`` a code span.

    Example:
        >>> print(escape("<script>a|b</script>"))
        \<script\>a\|b\</script\>
        >>> print(escape("见 http://evil.example，或 www.evil.example，联系 a_b@b.cn"))
        见 http\://evil.example，或 www\.evil.example，联系 `a_b@b.cn`
    """
    flat = " ".join(text.split())
    parts: list[str] = []
    start = 0
    for found in _EMAIL_RE.finditer(flat):
        # a code span: its characters (letters, digits, . + _ - @) need no escape there
        parts.extend((_plain(flat[start : found.start()]), f"`{found.group()}`"))
        start = found.end()
    parts.append(_plain(flat[start:]))
    return "".join(parts)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(escape(header) for header in headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    lines.extend("| " + " | ".join(escape(cell) or " " for cell in row) + " |" for row in rows)
    return lines


def _section(number: int, card: Scorecard) -> list[str]:
    table = card.table
    lines = [f"## {number}. {escape(table.project.name or NO_NAME)}", ""]
    lines.extend(f"- **{label}**：{escape(text)}" for label, text in facts(card))
    lines.append("")
    if table.notes:  # 说明, 备注, 其他需要说明的问题… as the table prints them
        lines.extend(["### 说明", ""])
        lines.extend(f"- **{escape(note.label)}**：{escape(note.text)}" for note in table.notes)
        lines.append("")
    if table.budget:
        lines.extend(["### 预算执行", ""])
        headers = budget_headers(
            table.kind,
            budget_name(table),
            forecast=budget_forecast(card),
            points=budget_points_headers(card),
        )
        lines.extend(_table(headers, budget_cells(card)))
        lines.append("")
    lines.extend(["### 一级指标完成情况", ""])
    lines.extend(_table(LEVEL1_HEADERS, (level1_cells(*pair) for pair in level1_counts(card))))
    lines.extend(["", "### 指标", ""])
    rows = indicator_rows(card)
    # 偏差原因分析, 备注, 全年预计完成情况 and 完成可能性 when the table fills them in
    columns = verdict_headers(card)
    lines.extend(_table(columns, (row.cells_under(n, columns) for n, row in enumerate(rows, 1))))
    lines.extend(["", "### 发现", ""])
    if card.findings:
        lines.extend(_table(FINDING_HEADERS, finding_cells(card)))
    else:
        lines.append("无。")
    lines.append("")
    return lines


def render(report: Report) -> str:
    """The whole report as Markdown, ending with a newline.

    Example:
        >>> from perftrack.reports._common import Report
        >>> print(render(Report.of([], [])).splitlines()[2])
        共 0 张表。
    """
    lines = ["# 预算绩效审核报告", ""]
    lines.extend([escape(headline(report)), ""])
    if report.rows:
        lines.extend([f"## {SUMMARY_HEADING}", ""])
        projects = summary_projects(report.rows)  # the counties of one table told apart
        cells = (
            summary_cells(row, report.cards[n - 1].table.kind, told)
            for (n, row), told in zip(report.ranking, projects, strict=True)
        )
        lines.extend(_table(SUMMARY_HEADERS, cells))
        lines.append("")
    if report.errors:
        lines.extend(["## 未能读取的文件", ""])
        lines.extend(_table(("文件", "原因"), ((e.file, e.message) for e in report.errors)))
        lines.append("")
    for number, card in enumerate(report.cards, start=1):
        lines.extend(_section(number, card))
    return writable_text("\n".join(lines).rstrip("\n") + "\n")
