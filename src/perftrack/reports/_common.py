"""What every report format shares: the words and symbols of verdicts, and per-table facts.

The formats differ in markup only; what a report says about a table is decided
here once, so the Markdown, HTML, CSV, XLSX and review renderings agree.

Example:
    >>> import perftrack
    >>> cards = [perftrack.score(t) for t in perftrack.read("examples/000_7a0b2a9980fedb64.txt")]
    >>> report = Report.of(cards, [{"file": "坏.xlsx", "message": "无法读取"}])
    >>> [row.project for row in report.rows], report.errors
    (['社区党群服务中心工作', '两新党建工作'], (ReadFailure(file='坏.xlsx', message='无法读取'),))
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, Final, NamedTuple

from attrs import frozen

from perftrack._numbers import half_up
from perftrack.checking import displayed
from perftrack.model import BudgetRole, Likelihood, TableKind
from perftrack.policy import Policy, policy_label, policy_said
from perftrack.portfolio import PortfolioRow, portfolio
from perftrack.report import (
    ATTAINMENT_TEXT,
    CORE_MARK,
    SEVERITY_TEXT,
    executed_to_date,
    judgement_facts,
    overspent,
    overspent_words,
    period_end_words,
    printed_rate,
    printed_rate_percent,
)
from perftrack.scoring import (
    Attainment,
    Progress,
    Scorecard,
    below,
    budget_name,
    execution_bar,
    printed_forecast_rate,
    show,
    summed_what,
    whole_budget,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping, Sequence

    from perftrack.expressions import Target, Value
    from perftrack.model import BudgetLine, Indicator, Table
    from perftrack.scoring import PointItem

__all__ = [
    "ABOUT_HEADER",
    "ATTAINMENT_ORDER",
    "BAR_HEADER",
    "BUDGET_FORECAST_HEADERS",
    "FINDING_HEADERS",
    "FORECAST_HEADERS",
    "INDICATOR_HEADERS",
    "LEVEL1_HEADERS",
    "MORE_HEADERS",
    "NO_NAME",
    "POINTS_HEADERS",
    "PROGRESS_ORDER",
    "RATE_ITEM",
    "REASON_HEADERS",
    "ROW_HEADERS",
    "SUMMARY_HEADERS",
    "SUMMARY_HEADING",
    "TABLE_POINTS_HEADERS",
    "VERDICT_HEADERS",
    "YEAR_END_MARK",
    "IndicatorRow",
    "ReadFailure",
    "Report",
    "amount",
    "as_text",
    "attainment_label",
    "attainment_mark",
    "attainment_word",
    "bar_of",
    "behind_schedule",
    "budget_cells",
    "budget_forecast",
    "budget_headers",
    "budget_name",
    "budget_points_headers",
    "budget_sentence",
    "chinese_date",
    "facts",
    "finding_cells",
    "headline",
    "indicator_rows",
    "level1_cells",
    "level1_counts",
    "likelihood_word",
    "line_name",
    "overspent",
    "percent",
    "points_headers",
    "policy_label",
    "printed_forecast_rate",
    "printed_rate_percent",
    "progress_label",
    "progress_mark",
    "progress_word",
    "reason_headers",
    "rounded",
    "row_of",
    "rule_words",
    "severity_word",
    "source_label",
    "spreadsheet_rows",
    "spreadsheet_text",
    "summary_cells",
    "summary_projects",
    "summary_values",
    "table_points_values",
    "text_of",
    "verdict_headers",
    "width",
]

_TWO_PLACES: Final = Decimal("0.01")

#: What stands for a project name a table does not print.
NO_NAME: Final = "（未注明项目）"

#: Verdicts in the order reports list them: best first, not applicable last.
ATTAINMENT_ORDER: Final = (
    Attainment.MET,
    Attainment.PARTIAL,
    Attainment.PENDING,
    Attainment.NOT_MET,
    Attainment.UNKNOWN,
    Attainment.NOT_APPLICABLE,
)
PROGRESS_ORDER: Final = (
    Progress.ON_TRACK,
    Progress.BEHIND,
    Progress.UNKNOWN,
    Progress.NOT_APPLICABLE,
)

# A symbol beside every colour, so that a page printed in black and white still reads.
# The attainment symbols are the terminal report's (report.py); progress gets its own
# so that "behind" never looks like "not met".
PROGRESS_TEXT: Final = {
    Progress.ON_TRACK: ("✓", "正常"),
    Progress.BEHIND: ("▼", "落后"),
    Progress.UNKNOWN: ("?", "不明"),
    Progress.NOT_APPLICABLE: ("–", "不适用"),
}

#: The columns of a verdict table (Markdown, HTML).
VERDICT_HEADERS: Final = (
    "序号",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "计划值",
    "实际值",
    "完成情况",
    "进度",
    "说明",
)

#: The first columns of a row of the CSV and of the XLSX sheet 指标, in Chinese for
#: the people who open them in Excel: where the indicator is, what it says, its
#: verdicts. They lead every such report (older ones had only these), and reading
#: a report back is refused by them (readers: "这是 perftrack 生成的报告").
INDICATOR_HEADERS: Final = (
    "文件",
    "工作表",
    "表序号",
    "主管部门",
    "项目名称",
    *VERDICT_HEADERS[1:],
)

#: The points of the whole table, repeated on each of its rows (CSV, 指标) and on
#: its row of the XLSX sheet 汇总: ``points.total``, ``points.grade`` and
#: ``points.provisional`` (是/否) of the JSON, then ``published.total`` and
#: ``published.grade`` (the 总分 and 等级 the table prints).
TABLE_POINTS_HEADERS: Final = ("计算总分", "计算等级", "暂估", "表中总分", "表中等级")

#: What the unit itself writes beside an indicator: its 偏差原因分析
#: (``deviation_reason``) and 备注 (``remarks``), as printed. The CSV and 指标 have
#: them right after 说明; the Markdown and HTML indicator tables add them when a
#: table fills them in.
REASON_HEADERS: Final = ("偏差原因分析", "备注")

#: What a monitoring table (监控表) says of each indicator beside its verdicts: its
#: 全年预计完成情况 (``forecast``) and 完成可能性 (``likelihood``). The Markdown and
#: HTML indicator tables add them when a table fills them in (:func:`verdict_headers`).
FORECAST_HEADERS: Final = ("全年预计完成情况", "完成可能性")

#: The columns after :data:`INDICATOR_HEADERS`: :data:`REASON_HEADERS`, the
#: indicator's 全年预计完成情况 and 完成可能性 (monitoring tables), its printed 分值
#: and 得分 (``weight``, ``published_points``), its item of the points
#: (``points.items[]``: ``weight``, ``points``, ``rule`` in words, see
#: :func:`rule_words`), then :data:`TABLE_POINTS_HEADERS`, then 核心指标 (``core``:
#: 是/否, empty on the execution rate's row), last so that no column moves.
MORE_HEADERS: Final = (
    *REASON_HEADERS,
    "全年预计完成情况",
    "完成可能性",
    "表中分值",
    "表中得分",
    "计算分值",
    "计算得分",
    "计分规则",
    *TABLE_POINTS_HEADERS,
    "核心指标",
)

#: The points columns of the Markdown and HTML indicator table (:func:`points_headers`):
#: the printed 分值 and 得分, then the indicator's item of ``points.items[]``.
POINTS_HEADERS: Final = ("表中分值", "表中得分", "计算分值", "计算得分", "计分规则")

#: Every column of a row of the CSV and of the XLSX sheet 指标 (:func:`row_headers`
#: adds :data:`ABOUT_HEADER` after them when an indicator has some).
ROW_HEADERS: Final = (*INDICATOR_HEADERS, *MORE_HEADERS)

#: What the table prints about an indicator that is none of its values and that scoring
#: does not read (``Indicator.about``: the 年度履职目标 the row serves, a 跟踪表's
#: 指标解释 and 评（扣）分标准, each under its header). The Markdown and HTML indicator
#: tables add it after :data:`REASON_HEADERS` when a table fills it in; the CSV and 指标
#: add it after 核心指标, last so that no column moves, when an indicator of the report
#: has some (:func:`row_headers`), and a report without any is as before (r35o).
ABOUT_HEADER: Final = "表中说明"

#: What stands in 一级指标 on the row of the execution rate's points item (CSV, 指标):
#: 10号 self-evaluation tables score the budget's 执行率 beside the indicators.
RATE_ITEM: Final = "预算执行率"

_LIKELIHOOD_WORDS: Final = {
    Likelihood.CERTAIN: "确定能",
    Likelihood.POSSIBLE: "有可能",
    Likelihood.IMPOSSIBLE: "完全不可能",
}


def attainment_mark(attainment: Attainment) -> str:
    """The symbol of a verdict: ✓ ◐ … ✗ ? –.

    Example:
        >>> attainment_mark(Attainment.PENDING)
        '…'
    """
    return ATTAINMENT_TEXT[attainment.value][0]


def attainment_word(attainment: Attainment) -> str:
    """The Chinese word of a verdict.

    Example:
        >>> attainment_word(Attainment.NOT_MET)
        '未达成'
    """
    return ATTAINMENT_TEXT[attainment.value][1]


def progress_mark(progress: Progress) -> str:
    """The symbol of a progress verdict: ✓ ▼ ? –.

    Example:
        >>> progress_mark(Progress.BEHIND)
        '▼'
    """
    return PROGRESS_TEXT[progress][0]


def progress_word(progress: Progress) -> str:
    """The Chinese word of a progress verdict.

    Example:
        >>> progress_word(Progress.ON_TRACK)
        '正常'
    """
    return PROGRESS_TEXT[progress][1]


def attainment_label(attainment: Attainment) -> str:
    """A verdict as a table shows it: symbol and word.

    Example:
        >>> attainment_label(Attainment.PARTIAL)
        '◐ 部分达成'
    """
    return f"{attainment_mark(attainment)} {attainment_word(attainment)}"


def progress_label(progress: Progress) -> str:
    """A progress verdict as a table shows it: symbol and word.

    Example:
        >>> progress_label(Progress.BEHIND)
        '▼ 落后'
    """
    return f"{progress_mark(progress)} {progress_word(progress)}"


def severity_word(severity: str) -> str:
    """The Chinese word of a finding's severity (``error``, ``warning``, ``info``).

    Example:
        >>> severity_word("warning")
        '警告'
    """
    return SEVERITY_TEXT[severity]


def rounded(value: Decimal | None) -> Decimal | None:
    """A rate rounded for display: two decimals, half up.

    Example:
        >>> rounded(Decimal("66.666")), rounded(None)
        (Decimal('66.67'), None)
    """
    return None if value is None else half_up(value, _TWO_PLACES)


def percent(value: Decimal | None) -> str:
    """A rate for display, two decimals half up; empty when there is none.

    Example:
        >>> from decimal import Decimal
        >>> percent(Decimal("21.76815")), percent(None)
        ('21.77', '')
    """
    return "" if value is None else show(value)


def text_of(obj: Target | Value | None) -> str:
    """A cell as printed; empty for an empty cell.

    Example:
        >>> from perftrack import parse_target
        >>> text_of(parse_target("≥80.00(%)")), text_of(None)
        ('≥80.00(%)', '')
    """
    if obj is None:
        return ""
    return obj.text or str(obj)


def chinese_date(date: dt.date) -> str:
    """A date as written in Chinese prose.

    Example:
        >>> import datetime as dt
        >>> chinese_date(dt.date(2023, 8, 31))
        '2023年8月31日'
    """
    return f"{date.year}年{date.month}月{date.day}日"


def source_label(table: Table) -> str:
    """Where a table came from, for people: file, sheet and its ordinal in the file.

    Example:
        >>> from perftrack.model import Source, Table, TableKind
        >>> source_label(Table(TableKind.TRACKING, source=Source("a.xlsx", "Sheet1", 1)))
        'a.xlsx [Sheet1] 第2张表'
    """
    source = table.source
    return _where(source.file, source.sheet, source.index)


def _where(file: str | None, sheet: str | None, index: int) -> str:
    shown = f" [{sheet}]" if sheet else ""
    return f"{file or '<内存>'}{shown} 第{index + 1}张表"


def width(text: str) -> int:
    """Columns *text* takes: East Asian wide and full-width characters count two.

    Example:
        >>> width("执行率%")
        7
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@frozen
class ReadFailure:
    """A file that could not be read: its name and why (the ``errors`` of json.md)."""

    file: str
    message: str


@frozen
class Report:
    """What a report renders: the scorecards in input order, the failures, the policy.

    ``ranking`` is the portfolio summary, worst first, each row with the number
    of its scorecard (from 1, in input order); ``policy`` the one the report
    names, by default the first scorecard's.
    """

    cards: tuple[Scorecard, ...]
    errors: tuple[ReadFailure, ...]
    policy: Policy | None
    ranking: tuple[tuple[int, PortfolioRow], ...]

    @property
    def rows(self) -> list[PortfolioRow]:
        """The portfolio rows, worst first (as :func:`perftrack.portfolio.portfolio`)."""
        return [row for _, row in self.ranking]

    @classmethod
    def of(
        cls,
        cards: Sequence[Scorecard],
        errors: Sequence[Mapping[str, str]],
        policy: Policy | None = None,
    ) -> Report:
        """Gather what every format needs from the arguments of ``render``."""
        if policy is None and cards:
            policy = cards[0].policy
        return cls(
            cards=tuple(cards),
            errors=tuple(
                ReadFailure(str(error.get("file", "")), str(error.get("message", "")))
                for error in errors
            ),
            policy=policy,
            ranking=tuple(
                sorted(
                    ((number, row_of(card)) for number, card in enumerate(cards, start=1)),
                    key=lambda pair: pair[1].sort_key,
                )
            ),
        )


def row_of(card: Scorecard) -> PortfolioRow:
    """The portfolio row of one scorecard: its budget, rate and counts.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> row_of(card).pending
        3
    """
    return portfolio([card])[0]


def behind_schedule(card: Scorecard) -> bool:
    """Whether scoring found the budget behind schedule (``budget-behind-schedule``).

    Example:
        >>> import perftrack
        >>> tables = perftrack.read("examples/000_7a0b2a9980fedb64.txt")
        >>> [behind_schedule(perftrack.score(t)) for t in tables]
        [False, True]
    """
    return any(finding.id == "budget-behind-schedule" for finding in card.findings)


def bar_of(card: Scorecard) -> tuple[str, Decimal | None]:
    """The rate a table's execution is held to, and its name (scoring.md §5).

    A self-evaluation table answers to the year-end bar of the policy, the
    others to time progress.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
        >>> name, bar = bar_of(card)
        >>> name, percent(bar)
        ('序时进度', '66.67')
    """
    return execution_bar(card)


#: The columns of the verdicts per level 1 (Markdown, HTML).
LEVEL1_HEADERS: Final = ("一级指标", "指标数", *(attainment_label(a) for a in ATTAINMENT_ORDER))


def level1_cells(level1: str, counts: Counter[Attainment]) -> list[str]:
    """The cells of one level 1 under :data:`LEVEL1_HEADERS`.

    Example:
        >>> level1_cells("产出指标", Counter({Attainment.MET: 6, Attainment.PENDING: 3}))
        ['产出指标', '9', '6', '0', '3', '0', '0', '0']
    """
    return [level1, str(sum(counts.values())), *(str(counts[a]) for a in ATTAINMENT_ORDER)]


def level1_counts(card: Scorecard) -> list[tuple[str, Counter[Attainment]]]:
    """Verdicts counted per level 1 (一级指标), in the order the table lists them.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> [(name, counts[Attainment.MET]) for name, counts in level1_counts(card)]
        [('产出指标', 6), ('效益指标', 2), ('满意度指标', 1)]
    """
    counts: dict[str, Counter[Attainment]] = {}
    for verdict in card.verdicts:
        level1 = card.table.indicators[verdict.indicator].level1 or "（未分类）"
        counts.setdefault(level1, Counter())[verdict.attainment] += 1
    return list(counts.items())


class IndicatorRow(NamedTuple):
    """One row of the CSV and the XLSX sheet 指标: the cells of :data:`ROW_HEADERS`.

    An indicator with its verdict, or the execution rate's item of the points
    (``attainment`` and ``progress`` ``None``). Numbers stay ``Decimal``: each
    format writes them its way (text as in JSON, numbers in XLSX).
    """

    file: str
    sheet: str
    table: int
    department: str
    project: str
    level1: str
    level2: str
    name: str
    target: str
    planned: str
    actual: str
    attainment: Attainment | None
    progress: Progress | None
    explanation: str
    deviation_reason: str = ""
    remarks: str = ""
    forecast: str = ""
    likelihood: str = ""
    weight: Decimal | None = None
    published_points: Decimal | None = None
    points_weight: Decimal | None = None
    points: Decimal | None = None
    rule: str = ""
    table_points: tuple[Decimal | str | None, ...] = (None, "", "", None, "")
    core: bool | None = None
    about: str = ""

    def verdict_cells(self, number: int, reasons: Sequence[str] = ()) -> list[str]:
        """The cells under :data:`VERDICT_HEADERS`, *number* first, verdicts with symbols.

        *reasons* are the :data:`REASON_HEADERS` to add after 说明 (those a table
        fills in, :func:`reason_headers`).
        """
        extra = {
            "偏差原因分析": self.deviation_reason,
            "备注": self.remarks,
            ABOUT_HEADER: self.about,
        }
        return [
            str(number),
            *self[5:7],
            f"{CORE_MARK}{self.name}" if self.core else self.name,  # ★ as printed
            *self[8:11],
            "" if self.attainment is None else attainment_label(self.attainment),
            "" if self.progress is None else progress_label(self.progress),
            self.explanation,
            *(extra[header] for header in reasons),
        ]

    def cells_under(self, number: int, headers: Sequence[str]) -> list[str]:
        """The cells under *headers* (:func:`verdict_headers`), *number* first.

        Example:
            >>> row = IndicatorRow(
            ...     "a.tsv",
            ...     "",
            ...     1,
            ...     "",
            ...     "",
            ...     "产出指标",
            ...     "数量指标",
            ...     "里程",
            ...     "≥200公里",
            ...     "",
            ...     "80公里",
            ...     None,
            ...     None,
            ...     "",
            ...     forecast="100公里",
            ...     likelihood="不可能",
            ... )
            >>> row.cells_under(1, ("序号", "三级指标", "实际值", "完成可能性"))
            ['1', '里程', '80公里', '不可能']
        """
        by_header = dict(zip(VERDICT_HEADERS, self.verdict_cells(number), strict=True))
        by_header |= {
            "偏差原因分析": self.deviation_reason,
            "备注": self.remarks,
            ABOUT_HEADER: self.about,
            "全年预计完成情况": self.forecast,
            "完成可能性": self.likelihood,
            "表中分值": amount(self.weight),
            "表中得分": amount(self.published_points),
            "计算分值": amount(self.points_weight),
            "计算得分": "" if self.points_weight is None else amount(self.points) or "不计分",
            "计分规则": self.rule,
        }
        return [by_header[header] for header in headers]

    def values(self, *, about: bool = False) -> list[str | int | Decimal | None]:
        """The cells under :data:`ROW_HEADERS`, verdicts as Chinese words.

        With *about*, the cell under :data:`ABOUT_HEADER` last (:func:`row_headers`).
        """
        return [
            *self[:11],
            "" if self.attainment is None else attainment_word(self.attainment),
            "" if self.progress is None else progress_word(self.progress),
            self.explanation,
            self.deviation_reason,
            self.remarks,
            self.forecast,
            self.likelihood,
            self.weight,
            self.published_points,
            self.points_weight,
            self.points,
            self.rule,
            *self.table_points,
            "" if self.core is None else "是" if self.core else "否",
            *((self.about,) if about else ()),
        ]


def row_headers(cards: Sequence[Scorecard]) -> tuple[str, ...]:
    """The columns of the CSV and of the XLSX sheet 指标 for *cards*.

    :data:`ROW_HEADERS`, then :data:`ABOUT_HEADER` when an indicator of *cards* has
    an ``about``: a report without any has the columns it always had.

    Example:
        >>> import perftrack
        >>> cards = [
        ...     perftrack.score(t) for t in perftrack.read("examples/000_7a0b2a9980fedb64.txt")
        ... ]
        >>> row_headers(cards) == ROW_HEADERS
        True
    """
    if any(indicator.about.strip() for card in cards for indicator in card.table.indicators):
        return (*ROW_HEADERS, ABOUT_HEADER)
    return ROW_HEADERS


def reason_headers(card: Scorecard) -> tuple[str, ...]:
    """The :data:`REASON_HEADERS` a table fills in on any indicator (Markdown, HTML).

    Then :data:`ABOUT_HEADER` when an indicator has an ``about`` (r35o).

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> reason_headers(card)
        ('偏差原因分析',)
    """
    indicators = card.table.indicators
    filled = (
        any(indicator.deviation_reason.strip() for indicator in indicators),
        any(indicator.remarks.strip() for indicator in indicators),
        any(indicator.about.strip() for indicator in indicators),
    )
    headers = (*REASON_HEADERS, ABOUT_HEADER)
    return tuple(header for header, used in zip(headers, filled, strict=True) if used)


def verdict_headers(card: Scorecard) -> tuple[str, ...]:
    """The columns of the Markdown and HTML indicator table of *card*.

    :data:`VERDICT_HEADERS`, then the :data:`REASON_HEADERS` and
    :data:`FORECAST_HEADERS` the table fills in on any indicator. A monitoring
    table (one that prints a forecast or a likelihood) has no plan: its 计划值
    column is left out when no indicator fills it.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> verdict_headers(card)[-3:]
        ('进度', '说明', '偏差原因分析')
    """
    indicators = card.table.indicators
    filled = (
        any(indicator.forecast is not None for indicator in indicators),
        any(
            indicator.likelihood is not None or indicator.likelihood_text
            for indicator in indicators
        ),
    )
    forecasts = tuple(header for header, used in zip(FORECAST_HEADERS, filled, strict=True) if used)
    columns: tuple[str, ...] = VERDICT_HEADERS
    if forecasts and all(indicator.planned is None for indicator in indicators):
        columns = tuple(header for header in VERDICT_HEADERS if header != "计划值")
    return (*columns, *reason_headers(card), *forecasts, *points_headers(card))


def _headers_printed(rows: Sequence[Indicator] | Sequence[BudgetLine]) -> tuple[str, ...]:
    """:data:`POINTS_HEADERS`, 表中分值 and 表中得分 only when one of *rows* prints it."""
    printed = (
        any(row.weight is not None for row in rows),
        any(row.published_points is not None for row in rows),
    )
    return (
        *(header for header, used in zip(POINTS_HEADERS[:2], printed, strict=True) if used),
        *POINTS_HEADERS[2:],
    )


def points_headers(card: Scorecard) -> tuple[str, ...]:
    """The :data:`POINTS_HEADERS` of *card*'s Markdown and HTML indicator table.

    None without points (a tracking table); else 计算分值, 计算得分 and 计分规则, after
    表中分值 and 表中得分 when some indicator prints them: the items of ``points`` that
    the CSV has, so that a reader sees where the points of the total went.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> points_headers(card)
        ()
    """
    if card.points is None:
        return ()
    return _headers_printed(card.table.indicators)


# The machine rule of a points item (``PointItem.rule``: ``comparison not_met: ratio
# 83.33%``, ``qualitative met``, ``any_of partial: ratio 90.00%``), read back into words.
_RULE_RE: Final = re.compile(
    r"(?P<kind>[a-z_]+) (?P<attainment>[a-z_]+)"
    r"(?:: (?P<how>ratio|past the target|status)(?: (?P<share>-?[0-9.]+%))?)?"
)
_EXECUTION_RULE_RE: Final = re.compile(
    r"execution rate (?P<rate>-?[0-9.]+%)(?: (?P<how>printed|summed))?"
)
#: What a budget item's rule says of its rate (zh, en): the printed 执行率 of a line
#: without amounts, or the rate of the sources added up when the block has no total.
_EXECUTION_RATE_OF: Final = {
    None: ("预算执行率", "the execution rate"),
    "printed": ("填报执行率", "the printed execution rate"),
    "summed": ("各项资金合计执行率", "the execution rate of the sources added up"),
}
_ATTAINMENT_EN: Final = {
    "met": "met",
    "partial": "partly met",
    "not_met": "not met",
    "pending": "pending",
    "unknown": "undecided",
    "not_applicable": "not applicable",
}
# (suffix, Chinese, English) of what a rule adds after its verdict: a not-met row whose
# ratio reached the weight scores a cent short of full (``, short of full``), printed
# points over the 分值 count no more than the 分值 (``, capped``).
_RULE_SUFFIXES: Final = (
    (", short of full", "，未达成不得满分，少计0.01分", ", a cent short of full as not met"),
    (", capped", "，以分值为限", ", capped at the weight"),
)
# (Chinese, English) of the rules that name no verdict and no figure.
_FIXED_RULES: Final = {
    "not_applicable": ("不适用，不计分", "not applicable: left out"),
    "unknown: left out": ("无法判断，不计分", "undecided: left out"),
    "unknown: printed points": ("无法判断，采用表中得分", "undecided: the printed points stand"),
}


def rule_words(rule: str, language: str = "zh") -> str:
    """How a points item was scored, in the words of the report's *language* (zh, en).

    The JSON keeps the machine rule (``PointItem.rule``) for programs; the CSV and
    XLSX column 计分规则 say it in Chinese (in English under ``language="en"``).
    A rule this version does not know is shown as it is.

    Example:
        >>> rule_words("comparison not_met: ratio 83.33%")
        '未达成，按完成比例83.33%计分'
        >>> rule_words("unknown: left out"), rule_words("execution rate 80.00%")
        ('无法判断，不计分', '按预算执行率80.00%计分')
        >>> rule_words("comparison not_met: ratio 83.33%", "en")
        'not met: scored by the ratio 83.33%'
        >>> rule_words("execution rate 88.00% printed")
        '按填报执行率88.00%计分'
        >>> rule_words("comparison not_met: ratio 99.95%, short of full")
        '未达成，按完成比例99.95%计分，未达成不得满分，少计0.01分'
        >>> rule_words("unknown: printed points, capped")
        '无法判断，采用表中得分，以分值为限'
    """
    for suffix, zh_more, en_more in _RULE_SUFFIXES:
        if rule.endswith(suffix):
            head = rule.removesuffix(suffix)
            words = rule_words(head, language)
            if words == head:  # a rule this version does not know: shown as it is
                return rule
            return words + (en_more if language == "en" else zh_more)
    en = language == "en"
    if rule in _FIXED_RULES:
        return _FIXED_RULES[rule][en]
    if match := _EXECUTION_RULE_RE.fullmatch(rule):
        rate = match["rate"]
        zh, english = _EXECUTION_RATE_OF[match["how"]]
        return f"scored by {english} {rate}" if en else f"按{zh}{rate}计分"
    match = _RULE_RE.fullmatch(rule)
    if match is None or match["attainment"] not in _ATTAINMENT_EN:
        return rule
    attainment, how, share = match["attainment"], match["how"], match["share"] or ""
    word = _ATTAINMENT_EN[attainment] if en else attainment_word(Attainment(attainment))
    best = match["kind"] == "any_of"
    if how == "ratio":
        if en:
            return f"{word}: scored by the ratio {share}" + (" of the best option" if best else "")
        return f"{word}，按{'最优选项的' if best else ''}完成比例{share}计分"
    if how == "past the target":
        return (
            f"{word}: past the target, scored {share}"
            if en
            else f"{word}，实际越过目标，按{share}计分"
        )
    if attainment == "met":
        return f"{word}: full points" if en else f"{word}，得满分"
    if attainment == "partial":
        status = " (by the status stated)" if how == "status" else ""
        said = "（按填报的完成状态）" if how == "status" else ""
        return f"{word}{status}: the partial share" if en else f"{word}{said}，得部分分值"
    return f"{word}: no points" if en else f"{word}，不得分"


def likelihood_word(text: str | None, likelihood: Likelihood | None) -> str:
    """A 完成可能性 as the table printed it, else the word of its judgement.

    Example:
        >>> (
        ...     likelihood_word("有可能完成", Likelihood.POSSIBLE),
        ...     likelihood_word(None, Likelihood.CERTAIN),
        ... )
        ('有可能完成', '确定能')
    """
    if text:
        return text
    return "" if likelihood is None else _LIKELIHOOD_WORDS[likelihood]


def table_points_values(card: Scorecard) -> tuple[Decimal | str | None, ...]:
    """The values of a table under :data:`TABLE_POINTS_HEADERS` (``None``: no value).

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> table_points_values(card)
        (None, '', '', None, '')
    """
    published = card.table.published
    points = card.points
    if points is None:
        computed: tuple[Decimal | str | None, ...] = (None, "", "")
    else:
        computed = (points.total, points.grade or "", "是" if points.provisional else "否")
    return (*computed, published.total, published.grade or "")


def _where_of(table: Table) -> tuple[str, str, int, str, str]:
    """The first cells of a table's rows: file, sheet, table (from 1), department, project."""
    return (
        table.source.file or "",
        table.source.sheet or "",
        table.source.index + 1,
        table.project.department or "",
        table.project.name or "",
    )


def indicator_rows(card: Scorecard) -> list[IndicatorRow]:
    """The indicators of a scorecard with their verdicts and points; ``table`` counts from 1.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> row = indicator_rows(card)[0]
        >>> row.table, row.name, row.target, row.attainment.value
        (2, '居委党群服务站建设', '=5.00(个)', 'pending')
    """
    table = card.table
    items = {} if card.points is None else {item.indicator: item for item in card.points.items}
    table_points = table_points_values(card)
    rows = []
    where = _where_of(table)
    for verdict in card.verdicts:
        indicator = table.indicators[verdict.indicator]
        item = items.get(verdict.indicator)
        rows.append(
            IndicatorRow(
                *where,
                level1=indicator.level1 or "",
                level2=indicator.level2 or "",
                name=indicator.name,
                target=text_of(indicator.target),
                planned=text_of(indicator.planned),
                actual=text_of(indicator.actual),
                attainment=verdict.attainment,
                progress=verdict.progress,
                explanation=verdict.explanation,
                deviation_reason=indicator.deviation_reason,
                remarks=indicator.remarks,
                forecast=text_of(indicator.forecast),
                likelihood=likelihood_word(indicator.likelihood_text, indicator.likelihood),
                weight=indicator.weight,
                published_points=indicator.published_points,
                points_weight=None if item is None else item.weight,
                points=None if item is None else item.points,
                rule="" if item is None else rule_words(item.rule, card.policy.language),
                table_points=table_points,
                core=indicator.core,
                about=indicator.about,
            )
        )
    return rows


def spreadsheet_rows(card: Scorecard) -> list[IndicatorRow]:
    """The rows of a scorecard in the CSV and on 指标: its indicators, then the rate's item.

    A table with points gets one more row for each item of ``points.items`` that is
    no indicator's, the execution rate's: 一级指标 ``预算执行率``, 三级指标 the budget
    line it is scored on, the printed 分值 and 得分 of that line, the item's figures.
    The items of a table's rows are then all of its JSON ``points.items``, in order.

    Example:
        >>> import perftrack
        >>> from perftrack.model import Published, TableKind
        >>> from attrs import evolve
        >>> table = perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1]
        >>> card = perftrack.score(
        ...     evolve(table, kind=TableKind.SELF_EVALUATION, published=Published(None, None))
        ... )
        >>> row = spreadsheet_rows(card)[-1]
        >>> row.level1, row.name, row.points_weight, row.points, row.rule
        ('预算执行率', '年度资金总额', Decimal('10'), Decimal('2.18'), '按预算执行率21.77%计分')
    """
    rows = indicator_rows(card)
    if card.points is None:
        return rows
    table = card.table
    table_points = table_points_values(card)
    where = _where_of(table)
    for item in card.points.items:
        if item.budget_line is None:
            continue
        line = next(
            (
                line
                for line in table.budget
                if line.role.value == item.budget_line and line.source == item.name
            ),
            None,
        )
        rows.append(
            IndicatorRow(
                *where,
                level1=RATE_ITEM,
                level2="",
                name=item.name,
                target="",
                planned="",
                actual="",
                attainment=None,
                progress=None,
                explanation="",
                weight=None if line is None else line.weight,
                published_points=item.published_points,
                points_weight=item.weight,
                points=item.points,
                rule=rule_words(item.rule, card.policy.language),
                table_points=table_points,
            )
        )
    return rows


#: What starts a formula in Excel, LibreOffice and Google Sheets (OWASP "CSV Injection"):
#: ``= + - @`` first, also after white space (LibreOffice may trim it on import), and a
#: tab or carriage return first.
_FORMULA: Final = ("=", "+", "-", "@")
_INJECTION: Final = (*_FORMULA, "\t", "\r")
#: A plain number, which Excel reads as one and never as a formula (``-5``, ``+1.5e3``,
#: ``-5%``); ASCII digits only, the only ones Excel reads so.
_NUMBER: Final = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?%?")


def spreadsheet_text(text: str) -> str:
    """*text* safe to open in a spreadsheet: a leading ``'`` keeps it from being a formula.

    Cells that start with ``= + - @`` (after white space too), a tab or a carriage
    return are read as formulas by a spreadsheet; numbers such as ``-5`` and
    ``-5%`` are left alone, and so is ``≥80%`` (no formula starts with ``≥``).

    Example:
        >>> spreadsheet_text("=5.00(个)"), spreadsheet_text("-5"), spreadsheet_text("@SUM(A1)")
        ("'=5.00(个)", '-5', "'@SUM(A1)")
        >>> spreadsheet_text(" =1+1"), spreadsheet_text("-5%"), spreadsheet_text("-２")
        ("' =1+1", '-5%', "'-２")
    """
    if (text.startswith(_INJECTION) or text.lstrip().startswith(_FORMULA)) and not (
        _NUMBER.fullmatch(text)
    ):
        return "'" + text
    return text


def amount(value: Decimal | None) -> str:
    """An amount as printed; empty when there is none.

    Example:
        >>> from decimal import Decimal
        >>> amount(Decimal("383.45")), amount(None)
        ('383.45', '')
    """
    return "" if value is None else format(value, "f")


#: The header of the rate a table's execution is held to in the portfolio summary:
#: its time progress (序时进度), or for a self-evaluation table the policy's
#: year-end bar (``Policy.year_end_rate``, 90 by default; scoring.md §5), which is
#: not the ``time_progress`` of the JSON (100.00 at the year's end).
BAR_HEADER: Final = "序时进度/年终要求(%)"

#: What marks the year-end bar in the summary's text cells: ``90.00（年终要求）``.
YEAR_END_MARK: Final = "（年终要求）"

#: The columns of the portfolio summary (Markdown, HTML, the XLSX sheet 汇总).
SUMMARY_HEADERS: Final = (
    "项目名称",
    "主管部门",
    "预算数",
    "执行数",
    "执行率(%)",
    BAR_HEADER,
    "差距(百分点)",
    *(attainment_label(a) for a in ATTAINMENT_ORDER[:5]),
    progress_label(Progress.BEHIND),
    "警告",
    "错误",
    "来源",
)


def summary_projects(rows: Sequence[PortfolioRow]) -> list[str]:
    """The 项目名称 cell of each summary row: its project, and what tells it apart.

    Rows of one 主管部门 and 项目 (a workbook with one sheet per county, the counties
    of one 区域自评表 with their 资金使用单位) print after the project the mark the
    text summary prints, uncut: the first of sheet, 实施单位, file name and table
    number that differs for each of them (``高标准农田［甲县］``); other rows print
    the project as is (``（未注明项目）`` without one).

    Example:
        >>> def row(project: str, unit: str | None, sheet: str | None = None) -> PortfolioRow:
        ...     return PortfolioRow(
        ...         None, sheet, 0, "省农业农村厅", project, *[None] * 5, *[0] * 8, implementer=unit
        ...     )
        >>> rows = [row("衔接资金", "甲县农业农村局"), row("衔接资金", "乙县农业农村局")]
        >>> summary_projects([*rows, row("高标准农田", "甲县农业农村局")])
        ['衔接资金［甲县农业农村局］', '衔接资金［乙县农业农村局］', '高标准农田']
        >>> summary_projects([row("农田", "县农田中心", "甲县"), row("农田", "乙县农业局", "乙县")])
        ['农田［甲县］', '农田［乙县］']
        >>> summary_projects([row("衔接资金", "甲县农业农村局")] * 2)
        ['衔接资金', '衔接资金']
    """
    from perftrack.batch import summary_marks  # noqa: PLC0415 - batch imports the reports

    cells = []
    for row, mark in zip(rows, summary_marks(rows), strict=True):
        project = row.project or NO_NAME
        cells.append(f"{project}［{mark}］" if mark else project)
    return cells


def summary_values(
    row: PortfolioRow, project: str | None = None
) -> list[str | int | Decimal | None]:
    """The values of a portfolio row under :data:`SUMMARY_HEADERS`, rates to 2 places.

    *project* is the 项目名称 cell when :func:`summary_projects` marks it, else the row's.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> summary_values(row_of(card))[4:8]
        [Decimal('21.77'), Decimal('66.67'), Decimal('44.90'), 9]
    """
    return [
        project or row.project or NO_NAME,
        row.department or "",
        row.budget,
        row.executed,
        rounded(row.rate),
        rounded(row.time_progress),
        _shown_gap(row),
        row.met,
        row.partial,
        row.pending,
        row.not_met,
        row.unknown,
        row.behind,
        row.warnings,
        row.errors,
        _where(row.file, row.sheet, row.index),
    ]


def _shown_gap(row: PortfolioRow) -> Decimal | None:
    """差距: the bar minus the rate as both are shown, so the printed figures add up.

    Example:
        >>> row = PortfolioRow(
        ...     None,
        ...     None,
        ...     0,
        ...     None,
        ...     "项目",
        ...     None,
        ...     None,
        ...     Decimal("46.875"),
        ...     Decimal("50"),
        ...     Decimal("3.125"),
        ...     *[0] * 8,
        ... )
        >>> _shown_gap(row)
        Decimal('3.12')
    """
    rate, bar = rounded(row.rate), rounded(row.time_progress)
    if rate is None or bar is None or row.gap is None:
        return rounded(row.gap)
    return bar - rate


def summary_cells(
    row: PortfolioRow, kind: TableKind | None = None, project: str | None = None
) -> list[str]:
    """The cells of a portfolio row under :data:`SUMMARY_HEADERS`, as text (*project* as above).

    The bar of a self-evaluation table (*kind*) is marked as the year-end bar,
    ``90.00（年终要求）``; a bare figure is time progress.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> summary_cells(row_of(card))[2:8]
        ['383.45', '83.47', '21.77', '66.67', '44.90', '9']
        >>> summary_cells(row_of(card), TableKind.SELF_EVALUATION)[5]
        '66.67（年终要求）'
        >>> ahead = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
        >>> summary_cells(row_of(ahead))[6]
        '超前0.60'
    """
    values = summary_values(row, project)
    cells = [as_text(value) for value in values]
    gap = SUMMARY_HEADERS.index("差距(百分点)")
    if isinstance(shown := values[gap], Decimal) and shown < 0:
        # ahead of the bar is no negative shortfall (letter34 LOW): 超前28.84
        cells[gap] = f"超前{amount(-shown)}"
    bar = SUMMARY_HEADERS.index(BAR_HEADER)
    if kind is TableKind.SELF_EVALUATION and cells[bar]:
        cells[bar] += YEAR_END_MARK
    return cells


def as_text(value: str | int | Decimal | None) -> str:
    """A cell as text: numbers as JSON writes them (``format(value, "f")``), nothing empty.

    Example:
        >>> as_text(Decimal("1E+1")), as_text(3), as_text(None), as_text("优")
        ('10', '3', '', '优')
    """
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    return amount(value)


#: The columns a monitoring table's budget adds (:func:`budget_headers`).
BUDGET_FORECAST_HEADERS: Final = ("全年预计执行数", "全年预计执行率(%)")


def budget_forecast(card: Scorecard) -> bool:
    """Whether a budget line of *card* prints a 全年预计执行数 or 全年预计执行率 (监控表)."""
    return any(
        line.forecast is not None or line.forecast_rate is not None for line in card.table.budget
    )


def budget_headers(
    kind: TableKind,
    budget: str | None = None,
    *,
    forecast: bool = False,
    points: Sequence[str] = (),
) -> tuple[str, ...]:
    """The columns of a table's budget lines, named as its kind of table names them.

    The budget column is *budget* when given (``scoring.budget_name``: 跟踪期预算数,
    全年预算数 or 预算数, as the table's header says), else named by the kind.
    *forecast* (:func:`budget_forecast`) adds :data:`BUDGET_FORECAST_HEADERS`, and
    *points* (:func:`budget_points_headers`) the columns of the execution rate's item.

    Example:
        >>> budget_headers(TableKind.TRACKING)[2]
        '跟踪期预算数'
        >>> budget_headers(TableKind.TRACKING, "全年预算数")[2]
        '全年预算数'
    """
    tracking = kind is TableKind.TRACKING
    return (
        "资金来源",
        "年初预算数",
        budget or ("跟踪期预算数" if tracking else "全年预算数"),
        "跟踪期执行数" if tracking else "全年执行数",
        "填报执行率(%)",
        "重算执行率(%)",
        *(BUDGET_FORECAST_HEADERS if forecast else ()),
        *points,
    )


def _rate_items(card: Scorecard) -> list[PointItem]:
    """The items of *card*'s points that are the execution rate's (no indicator's)."""
    if card.points is None:
        return []
    return [item for item in card.points.items if item.budget_line is not None]


def budget_points_headers(card: Scorecard) -> tuple[str, ...]:
    """The :data:`POINTS_HEADERS` of the budget table when the execution rate is scored.

    表中分值 and 表中得分 only when a budget line prints one; none without a rate item.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> budget_points_headers(card)
        ()
    """
    if not _rate_items(card):
        return ()
    return _headers_printed(card.table.budget)


def _item_cells(
    item: PointItem | None, weight: Decimal | None, printed: Decimal | None, card: Scorecard
) -> dict[str, str]:
    """The cells under :data:`POINTS_HEADERS` of a budget line and its rate item (if any)."""
    cells = {"表中分值": amount(weight), "表中得分": amount(printed)}
    if item is None:
        return cells | {"计算分值": "", "计算得分": "", "计分规则": ""}
    return cells | {
        "计算分值": amount(item.weight),
        "计算得分": amount(item.points) or "不计分",
        "计分规则": rule_words(item.rule, card.policy.language),
    }


def _in_percent(shown: Decimal | None, printed: Decimal | None) -> str:
    """A printed rate under a (%) header: ``100（填报1）`` when it was read as a share."""
    if shown is None or shown == printed or printed is None:
        return amount(printed)
    return f"{amount(shown)}（填报{amount(printed)}）"


def budget_cells(card: Scorecard) -> list[list[str]]:
    """The cells of each budget line under :func:`budget_headers` (``forecast`` as given).

    A printed rate read as a share (``1``, ``0.25``: ``budget-rate-as-share``) is
    the percent it was read as, its printed figure after it: ``100（填报1）``.
    The 全年预计执行数 and 全年预计执行率 follow when :func:`budget_forecast`, and the
    line's rate item (:func:`budget_points_headers`) when the execution rate is scored;
    an item on no line (the sources added up) is a row of its own.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> budget_cells(card)[0]
        ['年度资金总额', '373.45', '383.45', '83.47', '21.76', '21.77']
    """
    forecast = budget_forecast(card)
    points = budget_points_headers(card)
    items = _rate_items(card) if points else []
    rows = []
    for line, analysis in zip(card.table.budget, card.budget, strict=True):
        cells = [
            line.source,
            amount(line.initial),
            amount(line.period_budget),
            amount(executed_to_date(card, line)),  # to the user's date (r37o)
            _in_percent(printed_rate_percent(card, line), line.rate),
            percent(analysis.rate_recomputed),
        ]
        if forecast:
            cells.append(amount(line.forecast))
            cells.append(_in_percent(printed_forecast_rate(line), line.forecast_rate))
        if points:
            item = next(
                (
                    item
                    for item in items
                    if item.budget_line == line.role.value and item.name == line.source
                ),
                None,
            )
            if item is not None:
                items.remove(item)
            by_header = _item_cells(item, line.weight, line.published_points, card)
            cells.extend(by_header[header] for header in points)
        rows.append(cells)
    for item in items:
        # the sources added up (no total line): the item's own row, no amounts
        width = 6 + (2 if forecast else 0)
        by_header = _item_cells(item, None, item.published_points, card)
        rows.append([item.name, *([""] * (width - 1)), *(by_header[h] for h in points)])
    return rows


def budget_sentence(card: Scorecard) -> str:
    """The budget of a table in one line: the recomputed rate against its bar.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> budget_sentence(card)
        '执行率 21.77%（83.47 / 383.45 万元，填报 21.76%），低于序时进度 66.67%'
    """
    row = row_of(card)
    if row.rate is None:
        return "无法计算执行率" if card.table.budget else "无预算执行数据"
    unit = card.table.budget_unit or ""
    printed = next((line for line in card.table.budget if line.role is BudgetRole.TOTAL), None)
    details = []
    whole = whole_budget(card.table, card.budget)
    if whole is not None and whole.summed:
        details.append(f"表中未列总额，按{summed_what(whole)}相加")
    if row.executed is not None and row.budget is not None:
        details.append(f"{amount(row.executed)} / {amount(row.budget)} {unit}".rstrip())
    if printed is not None and printed.rate is not None:
        details.append(f"填报 {printed_rate(card, printed)}")
    if (end_said := period_end_words(card)) is not None:
        details.append(end_said)  # the printed 执行数 is the period end's (r38j 5)
    name, bar = bar_of(card)
    rate, relation, shown_bar = percent(row.rate), "不低于", percent(bar)
    if bar is not None and row.rate < bar:
        # 66.666% below 66.667%, never "66.67% below 66.67%"
        rate, shown_bar, slightly = below(row.rate, bar)
        relation = "略低于" if slightly else "低于"
    elif overspent(row.rate):
        relation = "高于"  # as the review letter says it, never "不低于" as if on schedule
    text = f"执行率 {rate}%"
    if details:
        text += f"（{'，'.join(details)}）"
    if bar is not None:
        text += f"，{relation}{name} {shown_bar}%"
    if overspent(row.rate):
        text += f"，{overspent_words(card, None if whole is None else whole.analysis.denominator)}"
    return text


def facts(card: Scorecard) -> list[tuple[str, str]]:
    """What a report says about a table before its verdicts, as (label, text) pairs.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> print(" ".join(label for label, _ in facts(card)))
        表名 主管部门 实施单位 来源 时段 截至 序时进度 预算执行 总体判断 纠偏措施
    """
    table = card.table
    pairs = [("表名", table.title or "绩效表")]
    if table.project.department:
        pairs.append(("主管部门", table.project.department))
    if table.project.implementer:
        pairs.append(("实施单位", table.project.implementer))
    pairs.append(("来源", source_label(table)))
    if table.period is not None:
        pairs.append(("时段", f"{table.period.start} 至 {table.period.end}"))
    if card.as_of is not None:
        pairs.append(("截至", card.as_of.isoformat()))
    if card.time_progress is not None:
        pairs.append(("序时进度", f"{percent(card.time_progress)}%"))
    pairs.append(("预算执行", budget_sentence(card)))
    pairs.extend(judgement_facts(table))
    if card.points is not None:
        points = card.points
        mark = "（暂估）" if points.provisional else ""
        printed = ""
        if table.published.total is not None:
            printed = f"；表中总分 {table.published.total} {table.published.grade or ''}".rstrip()
        elif table.published.grade is not None:
            # a grade printed with no 总分 is still the table's (r38r)
            printed = f"；表中等级 {table.published.grade}"
        pairs.append(("得分", f"{points.shown}{mark}{printed}"))
    return pairs


def line_name(card: Scorecard, role: str | None) -> str:
    """The printed label of the budget line a finding points at (``total`` → 年度资金总额)."""
    return next((line.source for line in card.table.budget if line.role.value == role), "")


#: The summary's heading: the order it is in, as ``PortfolioRow.sort_key`` ranks the
#: tables (letter20 L14: it said 问题多者在前, which a table with more warnings and
#: nothing 未达成 contradicted).
SUMMARY_HEADING: Final = "汇总（依次按错误、未达成、进度落后、执行率差距、警告排序，重者在前）"

FINDING_HEADERS: Final = ("级别", "编号", "单元格", "指标", "说明")


def finding_cells(card: Scorecard) -> list[list[str]]:
    """The findings of a scorecard under :data:`FINDING_HEADERS`, worst first, then by cell.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> finding_cells(card)[0][:3]
        ['警告', 'budget-behind-schedule', 'H38']
    """
    return [
        [
            severity_word(finding.severity.value),
            finding.id,
            finding.where.cell or "",
            finding.where.name or line_name(card, finding.where.budget_line),
            finding.message,
        ]
        for finding in displayed(card.findings)  # worst first, then by cell (r37r C)
    ]


def headline(report: Report) -> str:
    """The sentence under a report's title: how many tables, failures, which rules.

    Example:
        >>> headline(Report.of([], [{"file": "a.xlsx", "message": "坏"}]))
        '共 0 张表，1 个文件未能读取。'
    """
    text = f"共 {len(report.cards)} 张表"
    if report.errors:
        text += f"，{len(report.errors)} 个文件未能读取"
    text += "。"
    if report.policy is not None:
        text += f"评分规则：{policy_said(report.policy)}。"
    return text
