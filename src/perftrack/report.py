"""Readable renderings of tables for the terminal.

Example:
    >>> import perftrack
    >>> table = perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0]
    >>> print(table_summary(table).splitlines()[0])
    财政项目支出绩效跟踪表 — 两新党建工作
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from perftrack._errors import display_width, writable_line, writable_text
from perftrack.checking import displayed
from perftrack.expressions import Deadline, Descriptive, PeriodTarget, QualitativeTarget
from perftrack.model import TableKind
from perftrack.scoring import (
    budget_name,
    execution_bar,
    monitoring_form,
    printed_forecast_rate,
    show,
    summed_what,
    whole_budget,
)

if TYPE_CHECKING:
    from perftrack.model import BudgetLine, Table
    from perftrack.scoring import PointItem, Scorecard

__all__ = ["CORE_MARK", "printed_rate_percent", "scorecard_text", "table_summary"]

#: What marks a core indicator (``Indicator.core``) before its name in every report
#: for people, as the table prints it: ``★受益学生人数``.
CORE_MARK: Final = "★"


def _forecast_said(line: BudgetLine, lead: str) -> str:
    """*lead* and the printed 全年预计执行率 in percent, a share's own figure after it.

    ``0.6`` (a share) is said ``60%（填报0.6）``; ``98`` is ``98%``; none is ``""``.
    """
    rate = printed_forecast_rate(line)
    if rate is None or line.forecast_rate is None:
        return ""
    said = f"{lead}{_amount(rate)}%"
    return said if rate == line.forecast_rate else f"{said}（填报{_amount(line.forecast_rate)}）"


def _amount(value: Decimal | None) -> str:
    return "—" if value is None else format(value, "f")


def _percent(value: Decimal | None) -> str:
    """A percentage for display, a bare ``—`` when there is none (never ``—%``).

    Example:
        >>> _percent(Decimal("94.4")), _percent(None)
        ('94.40%', '—')
    """
    return "—" if value is None else f"{show(value)}%"


def _rate_or_computed(line: BudgetLine) -> str:
    """A budget line's printed 执行率, or the one its amounts give when it prints none.

    Example:
        >>> from perftrack.model import BudgetLine, BudgetRole
        >>> line = BudgetLine(
        ...     BudgetRole.TOTAL,
        ...     "年度资金总额",
        ...     period_budget=Decimal(1250),
        ...     executed=Decimal(1180),
        ... )
        >>> _rate_or_computed(line), _rate_or_computed(BudgetLine(BudgetRole.TOTAL, "合计"))
        ('—（按金额计算94.40%）', '—')
    """
    if line.rate is not None:
        return f"{_amount(line.rate)}%"
    budget = line.period_budget if line.period_budget is not None else line.initial
    if budget is None or budget <= 0 or line.executed is None or line.executed < 0:
        return "—"  # no rate at all: a bare dash, never "—%"
    return f"—（按金额计算{show(line.executed / budget * _WHOLE)}%）"


def executed_to_date(card: Scorecard, line: BudgetLine) -> Decimal | None:
    """*line*'s executed amount as scored: its quarters ended by the user's date (r37o).

    A ``--as-of`` date inside the period sums a line's quarter columns up to it
    (``budget-quarters-to-date``, whose ``executed`` figure it is); else as printed.
    """
    return next(
        (
            figure.value
            for finding in card.findings
            if finding.id == "budget-quarters-to-date" and finding.where.name == line.source
            for figure in finding.figures
            if figure.name == "executed"
        ),
        line.executed,
    )


def executed_period_end(card: Scorecard) -> dt.date | None:
    """The tracking period's last day when the printed 执行数 is that day's, not the as-of's.

    A ``--as-of`` date inside the period keeps the printed 跟踪期执行数, the figure at the
    period's end (``budget-executed-period-end``, r38h 5): the reports say so beside the
    rate (r38j 5). None without that note.
    """
    period = card.table.period
    if period is None or not any(
        finding.id == "budget-executed-period-end" for finding in card.findings
    ):
        return None
    month = period.end.month
    return dt.date(period.end.year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def period_end_words(card: Scorecard) -> str | None:
    """``执行数为跟踪期末 2024-06-30 的填报数`` when :func:`executed_period_end` gives a day."""
    end = executed_period_end(card)
    return None if end is None else f"执行数为跟踪期末 {end.isoformat()} 的填报数"


def printed_rate(card: Scorecard, line: BudgetLine) -> str:
    """A budget line's printed execution rate as scoring read it.

    ``94.22%``; a rate printed as a share (``0.9422``, flagged ``budget-rate-as-share``)
    is shown with the percentage it was read as, never as ``0.9422%``.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> printed_rate(card, card.table.budget[0])
        '21.76%'
    """
    rate = line.rate
    if rate is None:
        return ""
    if _rate_as_share(card, line):
        return f"{_amount(rate)}，按比例计为{_amount(rate.scaleb(2).normalize())}%"
    return f"{_amount(rate)}%"


def _rate_as_share(card: Scorecard, line: BudgetLine) -> bool:
    """Whether scoring read *line*'s printed 执行率 as a share (``budget-rate-as-share``).

    The finding's line is told by its role and its label: two lines of one role (two
    sources, 基本支出 and 项目支出) are told apart.
    """
    return any(
        finding.id == "budget-rate-as-share"
        and finding.where.budget_line == line.role.value
        and finding.where.name in (None, line.source)
        for finding in card.findings
    )


def printed_rate_percent(card: Scorecard, line: BudgetLine) -> Decimal | None:
    """A budget line's printed 执行率 in percent, as scoring read it (None when none).

    A share (``1``, ``0.25``: an Excel percent cell without its format, flagged
    ``budget-rate-as-share``) is its percent (``100``, ``25``); a percent is itself.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> printed_rate_percent(card, card.table.budget[0])
        Decimal('21.76')
    """
    rate = line.rate
    if rate is None or not _rate_as_share(card, line):
        return rate
    # 0.25 is 25, 1 is 100 (never 1E+2): the digits as written, the point moved
    return Decimal(format(rate.scaleb(2), "f"))


_WHOLE: Final = Decimal(100)


def overspent(rate: Decimal | None) -> bool:
    """Whether an execution rate spends more than its budget (above 100%).

    Such a rate is not "on schedule": the reports say it is over the budget
    (``over-execution``), never mark it good.

    Example:
        >>> overspent(Decimal("120")), overspent(Decimal("100")), overspent(None)
        (True, False, False)
    """
    return rate is not None and rate > _WHOLE


def overspent_words(card: Scorecard, denominator: str | None) -> str:
    """What an overspent rate is said to do, as the review letter says it.

    ``执行数超过跟踪期预算数`` (the table's budget column, as its header names it),
    ``执行数超过全年预算数`` for a self-evaluation's 年初预算数, else ``执行数超过预算数``.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> overspent_words(card, "period_budget")
        '执行数超过跟踪期预算数'
    """
    if denominator == "period_budget":
        word = budget_name(card.table).removesuffix("数")
    else:
        word = "全年预算" if card.table.kind is TableKind.SELF_EVALUATION else "预算"
    return f"执行数超过{word}数"


def lacks_field(table: Table, name: str) -> bool:
    """Whether *table*'s form has no place at all for the optional field *name*.

    ``"deviation_reason"`` or ``"corrective_measures"``, as the reader recorded it in
    ``Table.absent_fields`` (a table built in code lacks none).

    Example:
        >>> from perftrack.model import Table, TableKind
        >>> table = Table(TableKind.TRACKING, absent_fields=("deviation_reason",))
        >>> lacks_field(table, "deviation_reason"), lacks_field(table, "corrective_measures")
        (True, False)
    """
    return name in table.absent_fields


def judgement_facts(table: Table) -> list[tuple[str, str]]:
    """The table's own 总体判断 and 纠偏措施, as (label, text) pairs for the reports.

    总体判断 when the table prints either likelihood; 纠偏措施 on a tracking table whose
    form has a 纠偏措施 field, ``（未填写）`` when it is empty (none for a form with no
    such field, ``Table.absent_fields``, nor for a 执行监控表 form).

    Example:
        >>> from perftrack.model import Table, TableKind
        >>> judgement_facts(Table(TableKind.TRACKING, corrective_measures="加快进度"))
        [('纠偏措施', '加快进度')]
    """
    pairs = []
    judgement = table.judgement
    # the form prints the 完成可能性 rows, left blank (judgement-missing, score56 #6)
    blank = any(finding.id == "judgement-missing" for finding in table.findings)
    unset = "（未填写）" if blank else "—"
    if judgement is not None and (judgement.budget_completion or judgement.goal_completion):
        pairs.append(
            (
                "总体判断",
                (
                    f"预算完成可能性：{judgement.budget_completion or unset}；"
                    f"绩效目标完成可能性：{judgement.goal_completion or unset}"
                ),
            )
        )
    elif blank:
        pairs.append(("总体判断", "（未填写）"))
    per_row_empty = not table.corrective_measures.strip() and all(
        indicator.cell_of("corrective") is None for indicator in table.indicators
    )
    if (
        table.kind is TableKind.TRACKING
        and not monitoring_form(table)
        # no 纠偏措施 field at all: nothing was left blank; missing-corrective-measures
        # says the form lacks one where measures are owed (monitor24 L1)
        and not lacks_field(table, "corrective_measures")
        # a 纠偏措施 column empty in every row: its findings name the rows in trouble;
        # a table-level "（未填写）" would stand on clean tables too
        and not (
            per_row_empty
            and any(indicator.cell_of("corrective-place") for indicator in table.indicators)
        )
    ):
        # a 监控表 has no 纠偏措施 field: no "（未填写）" for it (letter20 M7)
        pairs.append(("纠偏措施", table.corrective_measures.strip() or "（未填写）"))
    return pairs


def note_lines(table: Table) -> list[str]:
    """A line for each note the table prints (``  说明：审计发现…``), its spaces folded.

    Example:
        >>> from perftrack.model import Note, Table, TableKind
        >>> note_lines(Table(TableKind.SELF_EVALUATION, notes=(Note("说明", "已追回。"),)))
        ['  说明：已追回。']
    """
    return [f"  {note.label}：{' '.join(note.text.split())}" for note in table.notes]


def table_summary(table: Table) -> str:
    """A few lines a person reads: project, period, budget, indicators, findings."""
    lines = [f"{table.title or '绩效表'} — {table.project.name or '（未注明项目）'}"]
    source = table.source
    where = writable_line(
        f"{source.file or '<内存>'}" + (f" [{source.sheet}]" if source.sheet else "")
    )
    lines.append(f"  来源：{where} 第{source.index + 1}张表  类型：{table.kind.value}")
    if table.project.department or table.project.implementer:
        lines.append(
            f"  主管部门：{table.project.department or '—'}  实施单位：{table.project.implementer or '—'}"
        )
    if table.period is not None:
        lines.append(f"  时段：{table.period.start} 至 {table.period.end}")
    # no unit printed anywhere: the figures alone, no blank where the unit would be (r37n)
    unit = f" {table.budget_unit}" if table.budget_unit else ""
    budget = budget_name(table)  # 跟踪期预算数, 全年预算数 or 预算数, as the header says
    lines.extend(
        f"  预算 {line.source}：年初 {_amount(line.initial)} {budget} {_amount(line.period_budget)} "
        + ("" if line.planned is None else f"计划 {_amount(line.planned)} ")
        + f"执行 {_amount(line.executed)}{unit} 执行率 {_rate_or_computed(line)}"
        + _forecast_said(line, " 预计执行率 ")
        for line in table.budget
    )
    counts = Counter(indicator.level1 or "（未分类）" for indicator in table.indicators)
    summary = "，".join(f"{level1} {count}" for level1, count in counts.items())
    lines.append(f"  指标 {len(table.indicators)} 项：{summary}")
    for index, indicator in enumerate(table.indicators):
        target = indicator.target.text if indicator.target else "—"
        actual = indicator.actual.text if indicator.actual else "—"
        lines.append(f"    {index + 1:>2}. {indicator.name}：目标 {target}，实际 {actual}")
    lines.extend(note_lines(table))
    for finding in table.findings:
        cell = finding.where.cell or ""
        lines.append(f"  [{finding.severity.value}] {finding.id} {cell} {finding.message}")
    return "\n".join(lines)


ATTAINMENT_TEXT: Final = {
    "met": ("✓", "达成"),
    "partial": ("◐", "部分达成"),
    "not_met": ("✗", "未达成"),
    "pending": ("…", "进行中"),
    "unknown": ("?", "无法判断"),
    "not_applicable": ("–", "不适用"),
}
PROGRESS_TEXT: Final = {
    "on_track": "正常",
    "behind": "落后",
    "not_applicable": "—",
    "unknown": "不明",
}
SEVERITY_TEXT: Final = {"error": "错误", "warning": "警告", "info": "提示"}


width = display_width


def fit(text: str, columns: int) -> str:
    """*text* cut or padded to *columns* terminal columns (wide characters count two)."""
    room = columns - (1 if width(text) > columns else 0)  # one column for … when cut
    out = ""
    for ch in text:
        if width(out + ch) > room:
            out += "…"
            break
        out += ch
    return out + " " * max(columns - width(out), 0)


def _line_weight(table: Table, item: PointItem) -> Decimal | None:
    """The 分值 the budget line of the execution rate's *item* prints (None when none)."""
    return next(
        (
            line.weight
            for line in table.budget
            if line.role.value == item.budget_line and line.source == item.name
        ),
        None,
    )


def _weight_basis(table: Table, index: int) -> str:
    """Where the 分值 of an indicator that prints none came from, in a word or two.

    ``一级指标分值`` (its level-1 label's, ``产出指标（50分）``, its only row),
    ``一级指标分值均分`` (the label's split evenly among its rows), else ``默认权重``
    (the policy's, 财预〔2020〕10号); ``未填`` when the row's 分值 cell prints no figure
    (``——``, ``/``): that is no default, and no weight was taken from anywhere (r36q).
    ``未填`` too for a blank 分值 cell while other rows print theirs: the table's 分值
    column weighs the row 0 (scoring.md §7), no default and no label's share (r36u).
    """
    indicator = table.indicators[index]
    if indicator.weight is None and (
        indicator.cell_of("weight") is not None
        or any(other.weight is not None for other in table.indicators)
    ):
        return "未填"
    level1 = indicator.level1 or ""
    if level1 not in dict(table.level1_weights):
        return "默认权重"
    rows = sum(1 for indicator in table.indicators if (indicator.level1 or "") == level1)
    return "一级指标分值均分" if rows > 1 else "一级指标分值"


def _item_said(
    card: Scorecard, item: PointItem, printed_weight: Decimal | None, basis: str = "推算"
) -> str:
    """An item of the points in words: its 分值, computed and printed 得分, and rule.

    The 分值 is the one scored with; when the table prints none for the row, *basis*
    says where it came from (``推算``, ``默认权重``, ``一级指标分值均分``), and
    ``（表中X）`` follows it when the table prints another (rescaled).

    Example:
        >>> import perftrack
        >>> from perftrack.scoring import PointItem
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> item = PointItem(
        ...     "甲", Decimal("12.5"), Decimal("11.25"), "comparison not_met: ratio 90.00%"
        ... )
        >>> _item_said(card, item, None)
        '分值12.5（推算），计算得分11.25（未达成，按完成比例90.00%计分）'
    """
    from perftrack.reports._common import rule_words  # noqa: PLC0415 - it imports this module

    weight = _amount(item.weight)
    if printed_weight is None and basis == "未填":
        # 分值 | ——: the cell says none, so 0 is no weight read ("分值0（默认权重）" was)
        weight = "未填" if not item.weight else f"未填（按{weight}计）"
    elif printed_weight is None:
        weight += f"（{basis}）"
    elif printed_weight != item.weight:
        weight += f"（表中{_amount(printed_weight)}）"
    computed = "不计分" if item.points is None else f"计算得分{_amount(item.points)}"
    printed = "" if item.published_points is None else f"，填报得分{item.published_points}"
    rule = rule_words(item.rule, card.policy.language) + _printed_in_band(card, item)
    return f"分值{weight}，{computed}{printed}（{rule}）"


def _printed_in_band(card: Scorecard, item: PointItem) -> str:
    """Why a qualitative row's printed 得分 other than the computed one is no error, or "".

    10号 scores a qualitative, descriptive or deadline target by bands of its 分值
    (达成 100%–80%): 18 of 20 on a met row is in its band (points-differ says one
    outside it), as the line says after the rule (r37s K).

    Example:
        >>> import perftrack
        >>> from perftrack.scoring import PointItem
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> item = PointItem("甲", Decimal(20), Decimal(20), "qualitative met", None, Decimal(18))
        >>> _printed_in_band(card, item)
        ''
    """
    if (
        item.indicator is None
        or item.points is None
        or item.published_points is None
        or not item.weight
        or item.published_points == item.points
        or item.rule.startswith("comparison")
        or card.policy.language != "zh"
    ):
        return ""
    target = card.table.indicators[item.indicator].target
    if not isinstance(target, (QualitativeTarget, Descriptive, Deadline, PeriodTarget)):
        return ""
    bands = card.policy.qualitative_bands
    band = {"met": 0, "partial": 1}.get(item.rule.rsplit(" ", 1)[-1], 2)
    high, low = bands[min(band, len(bands) - 1)]
    share = item.published_points / item.weight * _WHOLE
    if not low - Decimal("0.5") <= share <= high + Decimal("0.5"):
        return ""  # points-differ says it
    return f"；填报得分为分值的{show(share)}%，在{low}%–{high}%档内"


def scorecard_text(card: Scorecard) -> str:
    """A scorecard for the terminal: verdicts, the budget against time progress, findings.

    Each indicator has a line with its verdicts and one with their explanation;
    what the table prints about the row (``Indicator.about``: ``年度履职目标：…``,
    ``指标解释：…``) is a line under it, on every row that has some; an indicator
    not met or behind adds the unit's 偏差原因 and 备注, when given, a line each
    (the other rows leave them to the CSV, XLSX and JSON).

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> print(scorecard_text(card).splitlines()[0])
        财政项目支出绩效跟踪表 — 社区党群服务中心工作
    """
    table = card.table
    lines = [f"{table.title or '绩效表'} — {table.project.name or '（未注明项目）'}"]
    project = " / ".join(filter(None, [table.project.department, table.project.implementer]))
    if project:
        lines.append(f"  {project}")
    source = table.source
    lines.append(
        "  来源："
        + writable_line(f"{source.file or '<内存>'}{f' [{source.sheet}]' if source.sheet else ''}")
        + f" 第{source.index + 1}张表"
    )
    target_table = table.kind is TableKind.TARGET
    if table.period is not None:
        when = f"  时段：{table.period.start} 至 {table.period.end}"
        if card.as_of is not None and not target_table:  # a 申报表 is judged at no date
            when += f"（截至 {card.as_of.isoformat()}"
            when += (
                f"，序时进度 {show(card.time_progress)}%）"
                if card.time_progress is not None
                else "）"
            )
        lines.append(when)
    unit = f" {table.budget_unit}" if table.budget_unit else ""  # none printed: none shown
    totals = list(zip(table.budget, card.budget, strict=True))
    whole = whole_budget(table, card.budget)
    if whole is not None and whole.summed:
        # no total line: the sources added up (scoring.md §5)
        totals.append((whole.line, whole.analysis))
    for line, analysis in totals:
        if line.role.value != "total":
            continue
        label = line.source
        if whole is not None and whole.summed and line is whole.line:
            label += f"（表中未列总额，按{summed_what(whole)}相加）"
        denominator = (
            line.period_budget if analysis.denominator == "period_budget" else line.initial
        )
        if target_table:
            lines.append(f"  申报预算：{label} {_amount(denominator)}{unit}")
            continue
        said = [f"填报 {printed_rate(card, line)}"] if line.rate is not None else []
        if (end_said := period_end_words(card)) is not None:
            said.append(end_said)  # the printed figure is the period end's (r38j 5)
        printed = f"（{'，'.join(said)}）" if said else ""
        against = ""
        bar_name, bar = execution_bar(card)
        if analysis.rate_recomputed is not None and bar is not None:
            if analysis.rate_recomputed < bar:
                against = f"，低于{bar_name} ✗"
            elif overspent(analysis.rate_recomputed):
                # 120% is no good mark: the money went beyond the budget (over-execution)
                over = overspent_words(card, analysis.denominator)
                against = f"，高于{bar_name}，{over} ⚠"
            else:
                against = f"，不低于{bar_name} ✓"
        lines.append(
            f"  预算执行：{label} {_amount(executed_to_date(card, line))} / {_amount(denominator)}{unit}"
            f" = {_percent(analysis.rate_recomputed)}{printed}{against}"
            + _forecast_said(line, "；全年预计执行率 ")
        )
    # what the unit itself judged and means to do, as Markdown and HTML print them
    lines.extend(f"  {label}：{' '.join(text.split())}" for label, text in judgement_facts(table))
    lines.append(f"  {fit('指标', 40)} {fit('年度指标值', 16)} {fit('实际', 14)} 结果        进度")
    # each indicator's item of the points under it, the execution rate's before the total
    items = {} if card.points is None else {i.indicator: i for i in card.points.items}
    for verdict in card.verdicts:
        indicator = table.indicators[verdict.indicator]
        symbol, word = ATTAINMENT_TEXT[verdict.attainment.value]
        target = indicator.target.text if indicator.target else "—"
        actual = indicator.actual.text if indicator.actual else "—"
        name = f"{CORE_MARK}{indicator.name}" if indicator.core else indicator.name
        lines.append(
            f"  {verdict.indicator + 1:>2} {fit(name, 37)} {fit(target, 16)} {fit(actual, 14)}"
            f" {symbol} {fit(word, 9)} {PROGRESS_TEXT[verdict.progress.value]}"
        )
        lines.append(f"       {verdict.explanation}")
        if (item := items.get(verdict.indicator)) is not None:
            basis = _weight_basis(table, verdict.indicator)
            lines.append(f"       计分：{_item_said(card, item, indicator.weight, basis)}")
        if indicator.about.strip():
            # what the table prints about the row (年度履职目标：…, 指标解释：…), labelled
            lines.append(f"       {' '.join(indicator.about.split())}")
        if verdict.attainment.value == "not_met" or verdict.progress.value == "behind":
            # what the unit says about a row that is off course, where a reviewer looks
            lines.extend(
                f"       {label}：{' '.join(text.split())}"
                for label, text in (
                    ("偏差原因", indicator.deviation_reason),
                    ("备注", indicator.remarks),
                )
                if text.strip()
            )
    if card.points is not None:
        points = card.points
        lines.extend(
            f"  预算执行率计分：{item.name} "
            + _item_said(
                card,
                item,
                _line_weight(table, item),
                "默认权重" if item.weight == card.policy.weights.rate else "推算",
            )
            for item in points.items
            if item.budget_line is not None
        )
        mark = "（暂估）" if points.provisional else ""
        printed = ""
        if table.published.total is not None:
            printed = f"；表中总分 {table.published.total} {table.published.grade or ''}".rstrip()
        elif table.published.grade is not None:
            # a grade printed with no 总分 is still the table's (r38r)
            printed = f"；表中等级 {table.published.grade}"
        lines.append(f"  得分：{points.shown}{mark}{printed}")
    lines.extend(note_lines(table))
    if card.findings:
        lines.append("  发现：")
        for finding in displayed(card.findings):  # worst first, then by cell (r37r C)
            cell = f" {finding.where.cell}" if finding.where.cell else ""
            lines.append(
                f"   [{SEVERITY_TEXT[finding.severity.value]}] {finding.id}{cell} {finding.message}"
            )
    return writable_text("\n".join(lines))
