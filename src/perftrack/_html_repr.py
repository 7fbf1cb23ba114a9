"""Compact HTML of tables and scorecards for notebooks (``_repr_html_``).

Jupyter shows a :class:`~perftrack.Table` or :class:`~perftrack.Scorecard`
with these functions: the title and project, the period, the total budget
line, one row per indicator (grouped under its level 1 / level 2) and, for a
scorecard, the verdict symbols ✓ ◐ … ✗ ? – with the explanation; then
表中说明 (``Indicator.about``) when a row has it; the points, and the findings in
a collapsed list. Every piece of text from the table is escaped; nothing else is
inserted.

Example:
    >>> import perftrack
    >>> table = perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1]
    >>> html = table_html(table)
    >>> html.startswith('<div class="perftrack">'), "社区党群服务中心工作" in html
    (True, True)
    >>> "✓" in scorecard_html(perftrack.score(table))
    True
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING, Final

from perftrack.report import ATTAINMENT_TEXT, PROGRESS_TEXT, SEVERITY_TEXT, executed_to_date
from perftrack.reports._common import ABOUT_HEADER
from perftrack.scoring import show

if TYPE_CHECKING:
    from collections.abc import Sequence
    from decimal import Decimal

    from perftrack.expressions import Target, Value
    from perftrack.model import BudgetLine, Finding, Table
    from perftrack.scoring import BudgetAnalysis, Scorecard, Verdict

__all__ = ["scorecard_html", "table_html"]

_STYLE: Final = (
    "<style>"
    ".perftrack table{border-collapse:collapse;margin:0.3em 0}"
    ".perftrack th,.perftrack td{text-align:left;vertical-align:top;padding:0.15em 0.5em}"
    ".perftrack tr.perftrack-group th{font-weight:normal;font-style:italic}"
    ".perftrack .perftrack-verdict{text-align:center;white-space:nowrap}"
    "</style>"
)
_DASH: Final = "—"


_KIND_ZH = {"tracking": "跟踪表", "self_evaluation": "自评表", "target": "目标表"}


def _e(text: object) -> str:
    """*text* escaped for HTML text and attribute values."""
    return escape(str(text), quote=True)


def _amount(value: Decimal | None) -> str:
    return _DASH if value is None else format(value, "f")


def _cell_text(obj: Target | Value | None) -> str:
    if obj is None:
        return _DASH
    return obj.text or str(obj)


def _header(table: Table) -> list[str]:
    """The heading lines: title and project, who, where from, period."""
    project = table.project
    lines = [
        f"<strong>{_e(table.title or '绩效表')}</strong> — {_e(project.name or '（未注明项目）')}"
    ]
    who = " / ".join(filter(None, [project.department, project.implementer]))
    source = table.source
    where = source.file or "<内存>"
    if source.sheet:
        where += f" [{source.sheet}]"
    details = [
        *([who] if who else []),
        f"{where} 第{source.index + 1}张表",
        _KIND_ZH[table.kind.value],
    ]
    lines.append(f"<small>{' · '.join(_e(part) for part in details)}</small>")
    return lines


def _period(table: Table, card: Scorecard | None) -> str | None:
    period = table.period
    if period is None:
        return None
    text = f"时段：{period.start} 至 {period.end}"
    if card is not None and card.as_of is not None:
        text += f"（截至 {card.as_of.isoformat()}"
        if card.time_progress is not None:
            text += f"，序时进度 {show(card.time_progress)}%"
        text += "）"
    elif table.time_progress is not None:
        text += f"（序时进度 {_amount(table.time_progress)}%）"
    return _e(text)


def _budget(table: Table, card: Scorecard | None) -> str | None:
    """The total budget line (else the first): executed / budget, rate."""
    if not table.budget:
        return None
    analyses: Sequence[BudgetAnalysis | None] = (
        card.budget if card is not None else [None] * len(table.budget)
    )
    pairs: list[tuple[BudgetLine, BudgetAnalysis | None]] = list(
        zip(table.budget, analyses, strict=True)
    )
    line, analysis = next(
        ((line, analysis) for line, analysis in pairs if line.role.value == "total"), pairs[0]
    )
    budget = line.period_budget if line.period_budget is not None else line.initial
    unit = table.budget_unit or ""
    # the quarters ended by the user's date (r37o), else as printed
    executed = executed_to_date(card, line) if card is not None else line.executed
    text = f"预算执行：{line.source} {_amount(executed)} / {_amount(budget)} {unit}".rstrip()
    if line.rate is not None:
        text += f"，执行率 {_amount(line.rate)}%"
    if analysis is not None and analysis.rate_recomputed is not None:
        text += f"（重算 {show(analysis.rate_recomputed)}%）"
    return _e(text)


def _verdict_cells(verdict: Verdict) -> str:
    symbol, word = ATTAINMENT_TEXT[verdict.attainment.value]
    progress = PROGRESS_TEXT[verdict.progress.value]
    return (
        f'<td class="perftrack-verdict" title="{_e(verdict.attainment.value)}">'
        f"{_e(symbol)} {_e(word)}</td>"
        f'<td title="{_e(verdict.progress.value)}">{_e(progress)}</td>'
        f"<td>{_e(verdict.explanation)}</td>"
    )


def _indicators(table: Table, card: Scorecard | None) -> str:
    planned = any(indicator.planned is not None for indicator in table.indicators)
    # what the table prints about a row (Indicator.about), last, as the reports' 表中说明
    # column, and only when some row has it: a table without any shows what it always did
    about = any(indicator.about.strip() for indicator in table.indicators)
    heads = ["#", "指标", "年度指标值", *(["计划"] if planned else []), "实际"]
    if card is not None:
        heads += ["结果", "进度", "说明"]
    if about:
        heads.append(ABOUT_HEADER)
    rows = ["<thead><tr>" + "".join(f"<th>{_e(head)}</th>" for head in heads) + "</tr></thead>"]
    group: tuple[str | None, str | None] | None = None
    for index, indicator in enumerate(table.indicators):
        levels = (indicator.level1, indicator.level2)
        if levels != group:
            group = levels
            label = " / ".join(level or "（未分类）" for level in levels)
            rows.append(
                f'<tr class="perftrack-group"><th colspan="{len(heads)}">{_e(label)}</th></tr>'
            )
        name = ("★" if indicator.core else "") + indicator.name
        cells = [str(index + 1), name, _cell_text(indicator.target)]
        if planned:
            cells.append(_cell_text(indicator.planned))
        cells.append(_cell_text(indicator.actual))
        row = "".join(f"<td>{_e(cell)}</td>" for cell in cells)
        if card is not None:
            row += _verdict_cells(card.verdicts[index])
        if about:
            row += f"<td>{_e(' '.join(indicator.about.split()))}</td>"
        rows.append(f"<tr>{row}</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _findings(findings: Sequence[Finding]) -> str | None:
    if not findings:
        return None
    counts = Counter(finding.severity.value for finding in findings)
    summary = "，".join(
        f"{SEVERITY_TEXT[severity]} {counts[severity]}"
        for severity in ("error", "warning", "info")
        if counts[severity]
    )
    items = "".join(
        f"<li>[{_e(SEVERITY_TEXT[finding.severity.value])}] <code>{_e(finding.id)}</code>"
        f"{' ' + _e(finding.where.cell) if finding.where.cell else ''} {_e(finding.message)}</li>"
        for finding in findings
    )
    return (
        f"<details><summary>发现 {len(findings)} 项（{_e(summary)}）</summary>"
        f"<ul>{items}</ul></details>"
    )


def _points(card: Scorecard) -> str | None:
    points = card.points
    if points is None:
        return None
    text = f"得分：{points.shown}" + ("（暂估）" if points.provisional else "")
    published = card.table.published
    if published.total is not None:
        text += f"；表中总分 {published.total} {published.grade or ''}".rstrip()
    elif published.grade is not None:
        text += f"；表中等级 {published.grade}"  # a grade with no 总分 (r38r)
    return _e(text)


def _render(table: Table, card: Scorecard | None) -> str:
    parts = _header(table)
    parts += [part for part in (_period(table, card), _budget(table, card)) if part is not None]
    body = "<br>".join(parts)
    tail = [
        part
        for part in (
            _points(card) if card is not None else None,
            _findings(card.findings if card is not None else table.findings),
        )
        if part is not None
    ]
    indicators = _indicators(table, card) if table.indicators else "<p>（无绩效指标）</p>"
    return f'<div class="perftrack">{_STYLE}<p>{body}</p>{indicators}{"".join(tail)}</div>'


def table_html(table: Table) -> str:
    """A table as compact HTML: heading, period, total budget line, indicators, findings.

    Example:
        >>> from perftrack import Table, TableKind, Project
        >>> html = table_html(Table(TableKind.TRACKING, "<b>表</b>", project=Project("A&B")))
        >>> "&lt;b&gt;表&lt;/b&gt;" in html, "A&amp;B" in html, "<b>" in html
        (True, True, False)
    """
    return _render(table, None)


def scorecard_html(card: Scorecard) -> str:
    """A scorecard as compact HTML: the table's with verdicts, explanations, points, findings.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> html = scorecard_html(card)
        >>> "序时进度 66.67%" in html, "… 进行中" in html
        (True, True)
    """
    return _render(card.table, card)
