"""Readable renderings of tables for the terminal.

Example:
    >>> import perftrack
    >>> table = perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0]
    >>> print(table_summary(table).splitlines()[0])
    财政项目支出绩效跟踪表 — 两新党建工作
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

    from perftrack.model import Table

__all__ = ["table_summary"]


def _amount(value: Decimal | None) -> str:
    return "—" if value is None else format(value, "f")


def table_summary(table: Table) -> str:
    """A few lines a person reads: project, period, budget, indicators, findings."""
    lines = [f"{table.title or '绩效表'} — {table.project.name or '（未注明项目）'}"]
    source = table.source
    where = f"{source.file or '<内存>'}" + (f" [{source.sheet}]" if source.sheet else "")
    lines.append(f"  来源：{where} 第{source.index + 1}张表  类型：{table.kind.value}")
    if table.project.department or table.project.implementer:
        lines.append(
            f"  主管部门：{table.project.department or '—'}  实施单位：{table.project.implementer or '—'}"
        )
    if table.period is not None:
        lines.append(f"  时段：{table.period.start} 至 {table.period.end}")
    unit = table.budget_unit or ""
    lines.extend(
        f"  预算 {line.source}：年初 {_amount(line.initial)} 期间 {_amount(line.period_budget)} "
        f"执行 {_amount(line.executed)} {unit} 执行率 {_amount(line.rate)}%"
        for line in table.budget
    )
    counts = Counter(indicator.level1 or "（未分类）" for indicator in table.indicators)
    summary = "，".join(f"{level1} {count}" for level1, count in counts.items())
    lines.append(f"  指标 {len(table.indicators)} 项：{summary}")
    for index, indicator in enumerate(table.indicators):
        target = indicator.target.text if indicator.target else "—"
        actual = indicator.actual.text if indicator.actual else "—"
        lines.append(f"    {index + 1:>2}. {indicator.name}：目标 {target}，实际 {actual}")
    for finding in table.findings:
        cell = finding.where.cell or ""
        lines.append(f"  [{finding.severity.value}] {finding.id} {cell} {finding.message}")
    return "\n".join(lines)
