"""The review: a Chinese 审核意见 paragraph per table, ready to paste into a report.

Each table gets its project name on a line of its own, then one paragraph:

1. the budget: 经审核，『项目』项目截至Y年M月D日预算执行率为X%，低于序时进度Y%。
   (a self-evaluation table is held to the policy's year-end rate instead);
2. the indicators: 共设置绩效指标N项，已完成a项，进行中b项……;
3. the problems, numbered 一是、二是……, from the verdicts (not met, behind)
   and the findings a reviewer writes up (warnings and errors, and the infos
   about how targets are set); notes about how the table was read
   (``layout-normalised``, ``category-normalised``, ``budget-adjusted``) are not
   problems of the project and stay out;
4. the suggestions the problems call for, each once: 建议……。

A 绩效目标申报表 (``TableKind.TARGET``) has no execution to review: its paragraph
gives the 申报预算 and the indicators counted by level 1 (经审核，『项目』项目申报预算
300.00万元，设置绩效指标5项（产出3项、效益1项、满意度1项）。), then the problems of
how its targets are set, and advice for the 申报 stage. An indicator of a
monitoring table (no 跟踪期计划, a 全年预计完成情况) that is behind because its
forecast misses the target is written up as the unit's own forecast, with its
完成目标可能性, not as behind a plan.

The wording comes from fixed templates and the structured data of the scorecard
(names, numbers, counts), never from the clock, so the same scorecards give the
same text; only a finding perftrack does not know yet is quoted by its message.
Tables are separated by a blank line; files that could not be read close the
review in a paragraph of their own.

Example:
    >>> import perftrack
    >>> from perftrack.reports._common import Report
    >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
    >>> name, paragraph = render(Report.of([card], [])).splitlines()
    >>> name
    '社区党群服务中心工作'
    >>> print(paragraph.split("（")[0])
    经审核，『社区党群服务中心工作』项目截至2023年8月31日预算执行率为21.77%，低于序时进度66.67%
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NamedTuple

from attrs import evolve

from perftrack._errors import writable_text
from perftrack._numbers import half_up, quantized
from perftrack.expressions import NotApplicable, Quantity
from perftrack.model import Direction, Likelihood, Severity, TableKind
from perftrack.report import CORE_MARK, lacks_field
from perftrack.reports._common import (
    ATTAINMENT_ORDER,
    amount,
    bar_of,
    chinese_date,
    level1_counts,
    likelihood_word,
    line_name,
    percent,
    row_of,
    source_label,
    text_of,
)
from perftrack.scoring import (
    Attainment,
    Progress,
    below,
    budget_name,
    done_late,
    gap_shown,
    grade_of,
    is_department,
    missing_levels,
    monitoring_form,
    multi_year_span,
    rate_without_unbudgeted,
    rates_execution,
    score,
    show,
    summed_what,
    time_limit_name,
    unbudgeted_lines,
    whole_budget,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from perftrack.expressions import DateValue
    from perftrack.model import BudgetLine, Figure, Finding, Indicator, Table
    from perftrack.reports._common import Report
    from perftrack.scoring import Points, Scorecard, Verdict

__all__ = ["chinese_ordinal", "render", "review"]

_DIGITS: Final = "零一二三四五六七八九"

# How the review counts verdicts: the words of a reviewer, not of a verdict table.
_COUNTED: Final = {
    Attainment.MET: "已完成",
    Attainment.PARTIAL: "部分完成",
    Attainment.PENDING: "进行中",
    Attainment.NOT_MET: "未完成",
    Attainment.UNKNOWN: "无法判断",
    Attainment.NOT_APPLICABLE: "不适用",
}

# Findings about how the table was read, not about the project.
_READING_NOTES: Final = frozenset(
    {
        "layout-normalised",
        "category-normalised",
        "duplicate-sheet",
        "budget-adjusted",
        "budget-line-unread",
        "budget-column-duplicate",
        "budget-column-same-period",
        "budget-quarters-unsure",
        "grid-column-duplicate",
        "grid-column-unread",
        "grid-monthly-actual",
        # 第19行只有“（续）详见附件说明”…请核对: a note to perftrack's reader, with a raw
        # row number, that says nothing the unit did (letter34 M5); the findings list keeps it
        "split-row",
        # infos of how a figure was taken (万元 converted, 0.95 as 95%, shares of 1 as
        # points, 同上 carried down, a window's figures not the year's): read, not wrong
        "amount-unit-converted",
        "budget-rate-as-share",
        "weights-as-shares",
        "reason-carried",
        "period-not-cumulative",
        # a period from mid-month read in whole months (2024年1月15日起: from January)
        "period-start-mid-month",
        # a school year's months assumed (2024-2025学年: 2024年9月至2025年8月, r36o)
        "period-school-year",
        # a school term's months assumed (2024-2025学年第二学期: 2025年2月至7月, r37c)
        "period-school-term",
        # a term tracked to a date inside it (2025年2月-5月 under a 第二学期 title, r37o)
        "period-term-to-date",
        # a budget line's quarters summed to the user's date (--as-of, r37o)
        "budget-quarters-to-date",
        # a printed execution the whole period's, at a date inside it (r38h 5): the
        # opening sentence says it
        "budget-executed-period-end",
        # a project named by its sheet (a workbook of projects, r37u)
        "project-from-sheet-name",
        # a file perftrack check could not read: it has no scorecard, and the letter
        # lists it in its closing paragraph
        "unreadable-file",
    }
)

# Names listed in a problem before 等.
_SHOWN_NAMES: Final = 3


def chinese_ordinal(number: int) -> str:
    """The ordinal a problem list uses: 一, 二 … 十, 十一 … 九十九.

    Example:
        >>> [chinese_ordinal(n) for n in (1, 2, 10, 11, 20, 23)]
        ['一', '二', '十', '十一', '二十', '二十三']
    """
    if not 0 < number < 100:  # noqa: PLR2004 - a review never lists a hundred problems
        return str(number)
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _names(names: Sequence[str]) -> str:
    """“甲”、“乙”、“丙”等 for at most three names, each once.

    Quotes inside a name become single quotes, as Chinese nests them. A row's label
    (:func:`_row_labels`) is quoted as its name, its qualifier after it in brackets.

    Example:
        >>> _names(["“两新”党组织参与度提高", "甲", "甲"])
        '“‘两新’党组织参与度提高”、“甲”'
        >>> _names([f"甲{_QUALIFIER}数量指标", f"甲{_QUALIFIER}社会效益指标"])
        '“甲”（数量指标）、“甲”（社会效益指标）'
    """
    unique = list(dict.fromkeys(names))
    shown = "、".join(_quoted(name) for name in unique[:_SHOWN_NAMES])
    return shown + ("等" if len(unique) > _SHOWN_NAMES else "")


# Between a row's name and what tells it from another row of the same name, in a label.
_QUALIFIER: Final = "\x1f"


def _quoted(label: str) -> str:
    """“名称” for a name, “名称”（二级指标） for a row's label that qualifies it."""
    name, _, qualifier = label.partition(_QUALIFIER)
    return f"“{_nested(name)}”" + (f"（{qualifier}）" if qualifier else "")


def _row_labels(indicators: Sequence[Indicator]) -> list[str]:
    """Each row's label in the letter: its name, qualified where the name repeats (rv23b H5).

    The letter counts rows, as its opening does (未完成3项): three rows of one name are
    three indicators, told apart by their level 2, and by their place among the
    indicators when the level 2 repeats too.

    Example:
        >>> from perftrack.model import Indicator
        >>> rows = [
        ...     Indicator(name=n, level2=l2)
        ...     for n, l2 in [
        ...         ("甲", "数量指标"),
        ...         ("甲", "数量指标"),
        ...         ("甲", "社会效益指标"),
        ...         ("乙", "质量指标"),
        ...     ]
        ... ]
        >>> [_quoted(label) for label in _row_labels(rows)]
        ['“甲”（数量指标，第1项）', '“甲”（数量指标，第2项）', '“甲”（社会效益指标）', '“乙”']
    """
    names = Counter(indicator.name for indicator in indicators)
    levels = Counter((indicator.level2, indicator.name) for indicator in indicators)
    labels = []
    for index, indicator in enumerate(indicators):
        # a core indicator keeps its ★ as the table prints it (score56 #1)
        name = f"{CORE_MARK}{indicator.name}" if indicator.core else indicator.name
        if names[indicator.name] < 2:  # noqa: PLR2004 - a name printed once
            labels.append(name)
            continue
        place = f"第{index + 1}项"
        level2 = indicator.level2 or ""
        qualifier = (
            level2
            if level2 and levels[(indicator.level2, indicator.name)] < 2  # noqa: PLR2004
            else f"{level2}，{place}"
            if level2
            else place
        )
        labels.append(f"{name}{_QUALIFIER}{qualifier}")
    return labels


def _nested(text: str) -> str:
    return text.replace("“", "‘").replace("”", "’")


class _Problem(NamedTuple):
    text: str
    suggestion: str | None


class _Facts:
    """The findings and verdicts of one scorecard, looked up by what the templates need."""

    def __init__(self, card: Scorecard) -> None:
        self.card = card
        self.by_id: dict[str, list[Finding]] = {}
        # the 总分 row's 分值 against the 分值 added or its 得分 (figure row_weight, the
        # reader's): said in their own words, not as a sum off 100 or a total over 100
        self.total_row: list[Finding] = []
        for finding in card.findings:
            if finding.figure("row_weight") is not None:
                self.total_row.append(finding)
                continue
            self.by_id.setdefault(finding.id, []).append(finding)
        # rows done after their due date (逾期完成): written up as late, once
        self.late = done_late(card) if card.table.kind is not TableKind.TARGET else {}
        self.labels = _row_labels(card.table.indicators)
        self.late_names = {self.labels[index] for index in self.late}

    def label(self, index: int) -> str:
        """The label of the indicator at *index* (:func:`_row_labels`)."""
        return self.labels[index]

    def label_of(self, indicator: Indicator) -> str:
        """The label of *indicator*, one of the table's rows (its name if it is none)."""
        rows = self.card.table.indicators
        return next(
            (self.labels[i] for i, row in enumerate(rows) if row is indicator), indicator.name
        )

    def names(self, *ids: str) -> list[str]:
        """The labels of the rows (or the budget line names) the findings *ids* point at.

        A row is one indicator: rows of one name are each counted (rv23b H5).
        """
        names = []
        labels = self.labels
        for finding_id in ids:
            for finding in self.by_id.get(finding_id, ()):
                index = finding.where.indicator
                name = (
                    labels[index]
                    if index is not None and 0 <= index < len(labels)
                    else finding.where.name or line_name(self.card, finding.where.budget_line)
                )
                if name:
                    names.append(name)
        return list(dict.fromkeys(names))

    def indicator_findings(self, finding_id: str) -> list[tuple[Finding, Indicator]]:
        """The findings *finding_id* on an indicator, each with its indicator."""
        indicators = self.card.table.indicators
        return [
            (finding, indicators[finding.where.indicator])
            for finding in self.by_id.get(finding_id, ())
            if finding.where.indicator is not None and finding.where.indicator < len(indicators)
        ]

    def verdict_names(self, test: Callable[[Attainment, Progress], bool]) -> list[str]:
        """The names of the indicators whose verdict passes *test*."""
        return [
            self.labels[v.indicator] for v in self.card.verdicts if test(v.attainment, v.progress)
        ]

    def forecast_misses(self) -> list[Indicator]:
        """The indicators behind because their 全年预计 misses the target (no plan to be behind).

        Not at or after the due date: the actual is final then, and a row missed is
        not met (a forecast of ``已完成`` is no prediction of failure).
        """
        indicators = self.card.table.indicators
        return [
            indicators[verdict.indicator]
            for verdict in self.card.verdicts
            if _forecast_miss(verdict, indicators[verdict.indicator]) and not self._at_due(verdict)
        ]

    def plan_behind(self) -> list[str]:
        """The names of the indicators behind their 跟踪期计划 (or by a reported deviation).

        Not a row not met (or done late): it is written up once, as such (letter20 M6).
        """
        return [self.labels[verdict.indicator] for verdict in self.plan_behind_verdicts()]

    def plan_behind_verdicts(self) -> list[Verdict]:
        """The verdicts of :meth:`plan_behind`.

        Not a ceiling already exceeded (人均服务成本 65元 against ≤50元): that is no lag,
        it is said as over its target (:meth:`over_ceiling`, letter34 M4).
        """
        indicators = self.card.table.indicators
        return [
            verdict
            for verdict in self.card.verdicts
            if verdict.progress is Progress.BEHIND
            and verdict.attainment is not Attainment.NOT_MET
            and not _forecast_miss(verdict, indicators[verdict.indicator])
            and _over_ceiling(verdict) is None
            and not _nothing_to_rate(indicators[verdict.indicator])
        ]

    def unrated(self) -> list[str]:
        """The rows of a pass rate at 0 before anything was checked (letter34 LOW)."""
        return [self.labels[verdict.indicator] for verdict in self.unrated_verdicts()]

    def unrated_verdicts(self) -> list[Verdict]:
        """The verdicts of :meth:`unrated`: behind, yet said as nothing checked yet."""
        indicators = self.card.table.indicators
        return [
            verdict
            for verdict in self.card.verdicts
            if verdict.progress is Progress.BEHIND
            and verdict.attainment is Attainment.PENDING
            and _nothing_to_rate(indicators[verdict.indicator])
        ]

    def over_ceiling(self) -> list[str]:
        """``“人均服务成本”实际65元，超出年度指标≤50元`` for each row behind over its ceiling."""
        return [
            f"{_quoted(self.labels[verdict.indicator])}{_over_ceiling(verdict)}"
            for verdict in self.over_ceiling_verdicts()
        ]

    def over_ceiling_verdicts(self) -> list[Verdict]:
        """The verdicts of :meth:`over_ceiling`: behind, yet said as over the target."""
        indicators = self.card.table.indicators
        return [
            verdict
            for verdict in self.card.verdicts
            if verdict.progress is Progress.BEHIND
            and verdict.attainment is not Attainment.NOT_MET
            and not _forecast_miss(verdict, indicators[verdict.indicator])
            and _over_ceiling(verdict) is not None
        ]

    def _at_due(self, verdict: Verdict) -> bool:
        as_of = self.card.as_of
        return verdict.due is not None and as_of is not None and as_of >= verdict.due


# A clause of a 偏差原因 that says a check took place (``已送检5批次``, ``抽检均不合格``);
# not one that says it is still to come (``尚未验收``, ``待检测``, ``计划于10月验收``).
_CHECKED_RE: Final = re.compile(r"检测|抽检|送检|验收|检查|检验")
_NOT_YET_RE: Final = re.compile(r"未|待|无|没有|计划|拟|将")
# A failed result (``均不合格``, ``全部未达标``), unless denied before it in its clause
# (``暂无不合格记录``, ``未发现不合格``) or left for later after it (``不合格问题待整改``).
# ``验收未通过``, ``未通过验收``, ``检测不通过``, ``检测未合格``: a check that failed, whose
# 未 is no "not yet" (regress98 W2).
_FAILED_RE: Final = re.compile(
    r"不合格|未达标|未合格|(?:验收|检测|检查|检验|抽检|复检|复验|结果)(?:未|不)通过"
    r"|(?:未|不)通过(?:验收|检测|检查|检验|抽检|复检|复验)"
)
_FAILED_DENIED_RE: Final = re.compile(r"无|没有|未发现|不存在")
_FAILED_DEFERRED_RE: Final = re.compile(r"待|尚未")
# A clause that says there is no result yet: 未/待 (尚未, 暂未) with a check word
# (``待验收``, ``未送检``, ``检测报告尚未出具``), regress95 W1.
_NO_RESULT_RE: Final = re.compile(r"未|待|没有")
_CHECK_CHAR_RE: Final = re.compile(r"[检验测]")


def _states_failure(clause: str) -> bool:
    """Whether *clause* states a failed check (``抽检3批次均不合格``), not a denied one."""
    return any(
        not _FAILED_DENIED_RE.search(clause[: found.start()])
        and not _FAILED_DEFERRED_RE.search(clause[found.end() :])
        for found in _FAILED_RE.finditer(clause)
    )


def _says_checked(reason: str) -> bool:
    """Whether a 偏差原因 (or a note in the actual cell) says the items were inspected.

    A stated failure (``均不合格``, ``未达标``, not ``暂无不合格记录``) is a check
    (regress91 W1); else a clause that says there is no result yet (``待验收``,
    ``未送检``, ``检测报告尚未出具``) is not, whatever another clause says
    (``已送检，检测报告尚未出具``); else a clause telling of a check is (regress95 W1).
    A check that failed (``验收未通过``, ``未通过验收``, ``检测不通过``) is a stated failure,
    not "no result yet" (regress98 W2).

    Example:
        >>> _says_checked("已送检5批次，检测结果均不合格"), _says_checked("项目尚未竣工，待验收")
        (True, False)
        >>> _says_checked("已送检，检测报告尚未出具"), _says_checked("尚未抽检，暂无不合格记录")
        (False, False)
        >>> _says_checked("0（验收未通过）"), _says_checked("未通过验收")
        (True, True)
    """
    clauses = re.split(r"[，,；;。、（）()]", reason)
    if any(_states_failure(clause) for clause in clauses):
        return True
    if any(_NO_RESULT_RE.search(c) and _CHECK_CHAR_RE.search(c) for c in clauses):
        return False
    return any(_CHECKED_RE.search(clause) and not _NOT_YET_RE.search(clause) for clause in clauses)


def _nothing_to_rate(indicator: Indicator) -> bool:
    """A 合格率 reported as a bare 0 (``工程验收合格率 | =100% | 100% | 0``): nothing checked yet.

    0 of nothing accepted is no quality found wanting: the row is not behind (letter34 LOW).
    Not a 0 that says it was checked (regress91 W1): a note in the cell
    (``0%（抽检3批次均不合格）``) or a reason that tells of checks or failures
    (``已送检5批次，检测结果均不合格``): that is a real 0 % pass rate, behind as any row.
    The note is read as the reason is (regress95 W1): ``0（待验收）`` and ``0%（未送检）``
    are still nothing checked.
    """
    actual = indicator.actual
    return (
        "合格率" in indicator.name
        and isinstance(actual, Quantity)
        and actual.value == 0
        and actual.unit in (None, "", "%")
        and not _says_checked(f"{actual.note or ''}，{indicator.deviation_reason or ''}")
    )


def _over_ceiling(verdict: Verdict) -> str | None:
    """``实际65元，超出年度指标≤50元`` of a lower-better row already over its ceiling, or None.

    Example:
        >>> from perftrack.scoring import Verdict
        >>> v = Verdict(
        ...     0,
        ...     "人均服务成本",
        ...     Attainment.PENDING,
        ...     Progress.BEHIND,
        ...     "实际65元，超出年度指标≤50元，距年底尚有时间",
        ...     Direction.LOWER,
        ... )
        >>> _over_ceiling(v)
        '实际65元，超出年度指标≤50元'
    """
    if verdict.direction is not Direction.LOWER:
        return None
    clauses = verdict.explanation.split("；")[0].split("，")
    if len(clauses) < 2 or not clauses[1].startswith("超出年度指标") or "上限" in clauses[1]:  # noqa: PLR2004
        return None
    return f"{clauses[0]}，{clauses[1]}"


def _forecast_miss(verdict: Verdict, indicator: Indicator) -> bool:
    """Whether *verdict* is behind because the 全年预计 misses the target (scoring.md §4.1).

    Without a 跟踪期计划完成值, progress is the forecast judged against the target:
    such a row is not behind a plan, the unit forecasts that the target will be missed.
    """
    return (
        verdict.progress is Progress.BEHIND
        and (indicator.planned is None or isinstance(indicator.planned, NotApplicable))
        and indicator.forecast is not None
    )


def _counted(count: int, what: str, names: Sequence[str]) -> str:
    """``有2项指标<what>（“甲”、“乙”）``; the labels when known, each row counted once.

    Rows of one name have labels of their own (:func:`_row_labels`), so each is counted,
    as the opening counts them (rv23b H5); a label given twice is one row.

    Example:
        >>> _counted(2, "进度落后于跟踪期计划", ["甲", "甲"])
        '有1项指标进度落后于跟踪期计划（“甲”）'
    """
    if names:
        count = len(dict.fromkeys(names))
    listed = f"（{_names(names)}）" if names else ""
    return f"有{count}项指标{what}{listed}"


def _project(table: Table) -> str:
    """How the paragraph names what it reviews: 『名称』项目, or 『部门』部门整体支出.

    Example:
        >>> from perftrack.model import Project, Table, TableKind
        >>> table = Table(TableKind.SELF_EVALUATION, title="部门整体支出绩效自评表")
        >>> from attrs import evolve
        >>> _project(evolve(table, project=Project(name="某县卫生健康委员会")))
        '『某县卫生健康委员会』部门整体支出'
    """
    department = is_department(table)
    if not table.project.name:
        return "该部门" if department else "该项目"
    return f"『{table.project.name}』{'部门整体支出' if department else '项目'}"


def _budget_problems(facts: _Facts) -> list[_Problem]:
    card, problems = facts.card, []
    # a lag the sources' sums contradict is not stated: the sum's problem says so (letter34 M3)
    if "budget-behind-schedule" in facts.by_id and _sources_rate(card) is None:
        row = row_of(card)
        name, bar = bar_of(card)
        gap = ""
        if row.rate is not None and bar is not None:
            # a gap that rounds to 0.00 is 不足0.01, never "低于序时进度0.00个百分点"
            gap = f"，执行率低于{name}{gap_shown(bar - row.rate)}个百分点"
        late = (
            "预算执行率偏低" if card.table.kind is TableKind.SELF_EVALUATION else "预算执行进度滞后"
        )
        # at the year's end there is no pace left to speed up (letter22 L)
        advice = (
            "加强预算执行管理"
            if card.table.kind is TableKind.SELF_EVALUATION
            else "加快预算执行进度"
        )
        problems.append(_Problem(f"{late}{gap}", advice))
    if (unlikely := facts.by_id.get("budget-unlikely")) is not None:
        # 完全不可能完成 said by the table itself (tr32 M2)
        said = unlikely[0].message.split("，", 1)[0]
        problems.append(_Problem(said, "及时申请调整预算或收回资金"))
    if "over-execution" in facts.by_id:
        # money spent under a line with no budget (其他资金 | — | 60) is its own problem
        none = [line.source for line in unbudgeted_lines(card.table)]
        over = [name for name in facts.names("over-execution") if name not in none]
        if none:
            without = rate_without_unbudgeted(card.table)
            rest = (
                f"，预算执行率{show(without[0])}%中含无预算安排的执行数，扣除后为{show(without[1])}%"
                if without is not None
                else ""
            )
            problems.append(
                _Problem(
                    f"{_names(none)}无预算安排却有执行数{rest}",
                    "将各项资金纳入预算管理，无预算不得支出",
                )
            )
        if over:
            problems.append(
                _Problem(
                    f"{_names(over)}执行数超过{_budget_word(card)}数",
                    "严格按预算执行，确需追加的按程序调整预算",
                )
            )
    # the form left unfilled: the lines as the finding names them, without 其中：; the
    # 执行数 left blank asks for the 执行数 (budget37 H2)
    problems.extend(
        _Problem(
            finding.message.replace("“其中：", "“").replace("“其中:", "“"),
            "补填执行数" if "未填写执行数" in finding.message else "补填预算数",
        )
        for finding in facts.by_id.get("budget-amount-missing", ())
    )
    if "budget-rate-mismatch" in facts.by_id:
        problems.append(_Problem(_rate_mismatch_text(facts), "核实并更正预算执行率"))
    if "negative-amount" in facts.by_id:
        problems.append(
            _Problem(
                f"{_names(facts.names('negative-amount'))}填报的预算或执行金额为负数，执行率无从判断",
                "核实并更正预算执行金额",
            )
        )
    if "budget-sum-mismatch" in facts.by_id:
        problems.extend(_sum_mismatch_problems(facts))
    problems.extend(
        # a line in 元 inside a 万元 block: said once, as the card says it (review30 H6)
        _Problem(finding.message.removesuffix("，请核改"), "核改资金金额单位")
        for finding in facts.by_id.get("budget-unit-slip", ())
    )
    if unsure := facts.names("budget-quarters-unsure"):
        # a line spent, how much is unknown: its sum is not checked, the unit is told (letter22 H2)
        problems.append(
            _Problem(
                f"{_names(unsure)}分期执行数无法确定为累计数或当期数，执行数无法确定",
                "注明分期执行数为累计数或当期数",
            )
        )
    if "time-progress-mismatch" in facts.by_id:
        problems.append(_Problem("填报的序时进度与跟踪时段不符", "按跟踪时段核实并更正序时进度"))
    if "budget-rate-missing" in facts.by_id:
        problems.extend(_rate_missing_problems(facts))
    problems.extend(_malformed_amount_problems(facts))
    return problems


_QUOTED_RE: Final = re.compile(r"“([^”]+)”")


def _malformed_amount_problems(facts: _Facts) -> list[_Problem]:
    """The budget cells that are no number, each kind said once with its lines (letter34 M1, M2).

    Words (``见附件``, ``待财务核算``) are one problem: the budget was not filled in.
    A spreadsheet's error value (``#DIV/0!``) is one sentence naming its lines, and
    nothing on a line whose amounts are all 0 (0/0 on an unused source is the formula's
    honest output, not the unit's error).
    """
    card = facts.card
    lines = {line.role.value: line for line in card.table.budget}
    words: list[str] = []
    unread: list[str] = []
    errors: dict[tuple[str, str], list[str]] = {}
    for finding in facts.by_id.get("malformed-amount", ()):
        quoted = _QUOTED_RE.search(finding.message)
        word = quoted.group(1) if quoted else finding.message
        role = finding.where.budget_line
        name = (line_name(card, role) if role else finding.where.name or "").removeprefix("其中：")
        if word.startswith("#"):
            line = lines.get(role or "")
            amounts = (
                []
                if line is None
                else [
                    amount
                    for amount in (line.initial, line.period_budget, line.planned, line.executed)
                    if amount is not None
                ]
            )
            if amounts and not any(amounts):
                continue  # 0.00 | 0.00 | #DIV/0!: no money, no rate to compute
            errors.setdefault((word, _error_column(line, finding)), []).append(name)
        else:
            words.append(word)
            unread.append(name)
    problems = []
    if words:
        where = "".join(f"“{_nested(name)}”" for name in dict.fromkeys(unread) if name)
        said = "".join(f"“{_nested(word)}”" for word in dict.fromkeys(words))
        problems.append(
            _Problem(
                f"未按要求填报预算执行数据（{where}{'资金' if where else ''}填写为{said}），"
                "无法核实预算执行进度",
                "补充填报预算执行数据",
            )
        )
    for (word, column), names in errors.items():
        where = "".join(f"“{_nested(name)}”" for name in dict.fromkeys(names) if name)
        problems.append(
            _Problem(
                f"{where or '预算表'}{column}栏为公式错误值“{word}”，无法计算"
                + ("执行率" if column in _RATE_PARTS else ""),
                "核实预算执行数据及计算公式",
            )
        )
    return problems


# The budget columns an error value may stand in, as the letter names them (the line's
# ``cells`` key); the rate's when the cell is none of the line's (as before r37p).
_ERROR_COLUMNS: Final = {
    "initial": "年初预算数",
    "period_budget": "预算数",
    "planned": "计划数",
    "executed": "执行数",
    "rate": "执行率",
    "forecast": "预计执行数",
    "forecast_rate": "预计执行率",
}
# The columns whose error leaves the execution rate uncomputed (无法计算执行率).
_RATE_PARTS: Final = frozenset({"预算数", "执行数"})


def _error_column(line: BudgetLine | None, finding: Finding) -> str:
    """The column of *line* whose cell holds *finding*'s error value (``#REF!``).

    A 跟踪期执行数 of ``#REF!`` is the 执行数's error, not the 执行率's (r37p: the letter
    said 执行率栏 of every error value); a cell the line does not name is the rate's.
    """
    where = finding.where
    if line is not None:
        for key, position in line.cells:
            if (position.row, position.column) == (where.row, where.column):
                return _ERROR_COLUMNS.get(key, "执行率")
    return "执行率"


def _rate_mismatch_text(facts: _Facts) -> str:
    """The lines whose printed rate is not the amounts', with both rates (letter20 M3).

    ``“年度资金总额”填报执行率35.00%，按金额计算应为30.00%``: the letter keeps the
    figures its finding holds (``printed`` and ``computed``, Finding.figures). A
    finding without them (an indicator's actual against the budget) is named only.
    """
    shown: list[str] = []
    named: list[str] = []
    for finding in facts.by_id["budget-rate-mismatch"]:
        printed, computed = finding.figure("printed"), finding.figure("computed")
        line = finding.where.name
        if (
            printed is not None
            and computed is not None
            and line
            and finding.where.indicator is None
        ):
            shown.append(
                # two decimals, as every rate of the letter (105.1% is 105.10%, letter34 LOW)
                f"“{_nested(line)}”填报执行率{show(printed)}%，按金额计算应为{show(computed)}%"
            )
        else:
            name = finding.where.name or line_name(facts.card, finding.where.budget_line)
            if name:
                named.append(name)
    shown = list(dict.fromkeys(shown))
    parts = "，".join(shown[:_SHOWN_NAMES]) + ("等" if len(shown) > _SHOWN_NAMES else "")
    if named:
        rest = f"{_names(named)}填报的执行率与按金额计算的结果不符"
        return f"{parts}，{rest}" if parts else rest
    return parts


def _sum_mismatch_problems(facts: _Facts) -> list[_Problem]:
    """The lines that do not add up, each sum named by what it adds (letter20 M3, M4; letter22 H1).

    A department's 基本支出/项目支出 are uses of the money, not its sources: they are
    called 各项支出, never 资金来源. The sums are the finding's figures: ``added`` and
    ``whole`` of each column (sources, scoring), ``uses_added`` and ``uses_whole``
    (a department's uses, as read); a finding without them names no sum. Which sum is
    wrong is said from the figures: 人员经费与公用经费 against 基本支出 is the 基本支出's
    breakdown, not the total's (``基本支出下人员经费与公用经费之和与基本支出不符``).
    Every finding is written up, the uses' in one problem (letter22 M1).
    """
    unit = facts.card.table.budget_unit or ""
    problems: list[_Problem] = []
    clauses: dict[str, list[str]] = {}  # the head of a pair of sums: its columns' figures
    advice: list[str] = []
    for finding in facts.by_id["budget-sum-mismatch"]:
        uses = _paired(finding, "uses_added", "uses_whole")
        if uses:
            for added, whole in uses:
                head, figures, hint = _uses_clause(added, whole, unit)
                clauses.setdefault(head, []).append(figures)
                advice.append(hint)
            continue
        # a target table's column is the 资金来源 itself: not said twice (target21 M1)
        sums = [
            f"各项资金来源{_column(added.of)}合计{format(added.value, 'f')}{unit}，"
            f"资金总额{_column(whole.of)}为{format(whole.value, 'f')}{unit}"
            for added, whole in _paired(finding, "added", "whole")
        ]
        detail = f"（{'；'.join(sums)}）" if sums else ""
        # the lag the total shows, contradicted by the sums, is said unconfirmed once, in
        # the opening beside both rates (letter34 M3): not again here (regress91 U2)
        problems.append(
            _Problem(f"各项资金来源之和与资金总额不符{detail}", "核对各项资金与资金总额")
        )
    if clauses:
        text = "，且".join(f"{head}（{'；'.join(sums)}）" for head, sums in clauses.items())
        problems.append(_Problem(text, "，".join(dict.fromkeys(advice))))
    return problems


def _sources_rate(card: Scorecard) -> Decimal | None:
    """The rate the sources' sums give when they contradict a lag, else None (letter34 M3).

    A ``budget-sum-mismatch`` on the 执行数 or the budget column: the rate is taken
    again with the sources' sum in place of the total's. When that rate reaches the
    bar, the lag the total shows is not a fact: the amounts disagree. A department's
    uses (``uses_added``) are not its sources and are not taken.

    """
    row = row_of(card)
    if row.executed is None or row.budget is None or row.rate is None:
        return None
    _, bar = bar_of(card)
    if bar is None or row.rate >= bar:
        return None
    found = tuple(f for f in card.findings if f.id == "budget-sum-mismatch")
    rate = _rate_of_sums(found, row.executed, row.budget)
    return rate if rate is not None and rate >= bar else None


def _rate_of_sums(found: Sequence[Finding], executed: Decimal, budget: Decimal) -> Decimal | None:
    """The rate of the sources' sums (执行数 and budget), None when neither column is off.

    Example:
        >>> from perftrack.model import Figure, Finding, Severity
        >>> sums = (
        ...     Figure("added", Decimal("6.35"), "执行数"),
        ...     Figure("whole", Decimal("4.35"), "执行数"),
        ... )
        >>> found = (Finding("budget-sum-mismatch", Severity.WARNING, "", figures=sums),)
        >>> _rate_of_sums(found, Decimal("4.35"), Decimal("7.33"))
        Decimal('86.63')
    """
    changed = False
    for finding in found:
        for added, _ in _paired(finding, "added", "whole"):
            if "执行率" in added.of:
                continue
            if "执行" in added.of:
                executed, changed = added.value, True
            else:
                budget, changed = added.value, True
    if not changed or budget <= 0:
        return None
    return quantized(executed * 100 / budget)


def _uses_clause(added: Figure, whole: Figure, unit: str) -> tuple[str, str, str]:
    """The head, figures and advice of one wrong sum of uses (letter22 H1).

    The figures' ``of`` are ``人员经费与公用经费的执行数`` and ``基本支出执行数``
    (the reader's, :func:`perftrack.readers._grid._uses_mismatch`): the parts, the
    column and the whole are taken from them. A total printed as 合计 is the 支出合计.

    Example:
        >>> from perftrack.model import Figure
        >>> _uses_clause(
        ...     Figure("uses_added", Decimal("2000.00"), "人员经费与公用经费的执行数"),
        ...     Figure("uses_whole", Decimal("2100.00"), "基本支出执行数"),
        ...     "万元",
        ... )  # doctest: +NORMALIZE_WHITESPACE
        ('基本支出下人员经费与公用经费之和与基本支出不符',
         '人员经费与公用经费执行数合计2000.00万元，基本支出执行数为2100.00万元',
         '核对基本支出明细')
        >>> _uses_clause(
        ...     Figure("uses_added", Decimal("4400.00"), "基本支出与项目支出的执行数"),
        ...     Figure("uses_whole", Decimal("4300.00"), "合计执行数"),
        ...     "万元",
        ... )[0]
        '基本支出与项目支出之和与支出合计不符'
    """
    parts, _, column = added.of.rpartition("的")
    if not parts:
        parts, column = added.of, ""
    whole_name = whole.of.removesuffix(column) if column else whole.of
    if whole_name in {"合计", "总计"}:
        whole_name = "支出合计"
    figures = (
        f"{parts}{column}合计{format(added.value, 'f')}{unit}，"
        f"{whole_name}{column}为{format(whole.value, 'f')}{unit}"
    )
    if whole_name == "基本支出":
        return f"基本支出下{parts}之和与基本支出不符", figures, "核对基本支出明细"
    total = "资金总额" if "资金总额" in whole_name else whole_name
    return f"{parts}之和与{whole_name}不符", figures, f"核对各项支出与{total}"


def _column(of: str) -> str:
    """The budget column *of* as the letter names it after 资金来源 or 资金总额.

    A target table's sums are of the 资金来源 themselves: no column word is added.

    Example:
        >>> _column("执行数"), _column("资金来源")
        ('执行数', '')
    """
    return "" if of == "资金来源" else of


def _paired(finding: Finding, first: str, second: str) -> list[tuple[Figure, Figure]]:
    """The figures *first* and *second* of *finding*, paired in order (a sum and its total).

    Example:
        >>> from perftrack.model import Figure, Finding, Severity
        >>> sums = (Figure("added", Decimal(87), "执行数"), Figure("whole", Decimal(85), "执行数"))
        >>> finding = Finding("budget-sum-mismatch", Severity.WARNING, "", figures=sums)
        >>> [(a.value, w.value) for a, w in _paired(finding, "added", "whole")]
        [(Decimal('87'), Decimal('85'))]
    """
    firsts = [figure for figure in finding.figures if figure.name == first]
    seconds = [figure for figure in finding.figures if figure.name == second]
    return list(zip(firsts, seconds, strict=False))


def _rate_missing_problems(facts: _Facts) -> list[_Problem]:
    """The lines that print no 执行率: computed from their amounts, or not computable.

    A blank 执行率 beside amounts is computed (the letter gives that rate): the line
    only 未填报执行率; a budget of 0 beside an executed amount leaves the rate
    无从计算. Before, every such line was said to be one or the other.
    """
    computed: list[str] = []
    uncomputable: list[str] = []
    for finding in facts.by_id["budget-rate-missing"]:
        name = finding.where.name or line_name(facts.card, finding.where.budget_line)
        if name:
            # the line's label, not its 其中 (letter22 L: “其中：当年财政拨款”)
            name = name.removeprefix("其中：").removeprefix("其中:").strip() or name
            (uncomputable if "无从计算" in finding.message else computed).append(name)
    problems = []
    if computed:
        problems.append(
            _Problem(f"{_names(list(dict.fromkeys(computed)))}未填报执行率", "补充填报预算执行率")
        )
    if uncomputable:
        problems.append(
            _Problem(
                f"{_names(list(dict.fromkeys(uncomputable)))}预算数为0，执行率无从计算",
                "核实预算数并填报预算执行率",
            )
        )
    return problems


def _late_problem(facts: _Facts) -> _Problem | None:
    """有N项指标逾期完成（“甲”应于2024年6月30日前完成，实际于2024年8月20日完成）, once per row late.

    Work done after its due date is done, late: neither 未完成 nor 进度落后. A row that
    gives no reason for it says so here, not again under the missing reasons.
    """
    card = facts.card
    if not facts.late:
        return None
    shown = []
    for index, date in list(facts.late.items())[:_SHOWN_NAMES]:
        verdict = next(v for v in card.verdicts if v.indicator == index)
        name = _quoted(facts.label(index))
        if verdict.due is not None and date is not None and date.year is not None:
            # the words of a review letter, not an arrow (letter20 L13)
            name += f"应于{chinese_date(verdict.due)}前完成，实际于{_done_when(date)}完成"
        shown.append(name)
    more = "等" if len(facts.late) > _SHOWN_NAMES else ""
    text = f"有{len(facts.late)}项指标逾期完成（{'、'.join(shown)}{more}）"
    unexplained = [n for n in facts.names("missing-deviation-reason") if n in facts.late_names]
    if unexplained:
        whole = len(unexplained) == len(facts.late)
        text += "，未说明逾期原因" if whole else f"，其中{_names(unexplained)}未说明逾期原因"
    return _Problem(text, "分析逾期原因，加强时效管理")


def _partial_at_due(facts: _Facts, names: Sequence[str]) -> dict[str, str]:
    """``“工程开工时间”应于2023年11月完成，实际仅部分完成`` for each partial row at its due date."""
    said: dict[str, str] = {}
    for verdict in facts.card.verdicts:
        label = facts.label(verdict.indicator)
        if label not in names or verdict.attainment is not Attainment.PARTIAL:
            continue
        due = text_of(facts.card.table.indicators[verdict.indicator].target).strip()
        when = f"应于{_nested(due)}{'' if due.endswith('完成') else '完成'}，" if due else ""
        said[label] = f"{_quoted(label)}{when}实际仅部分完成"
    return said


def _done_when(date: DateValue) -> str:
    """When a late row was done, as its actual names it: a day, a month or a part.

    A quarter, a half-year or a 旬 is written as such, not as a month it lacks.

    Example:
        >>> from perftrack.expressions import DateValue, Part, Status
        >>> _done_when(DateValue(2024, 8, 20)), _done_when(DateValue(2024, 9))
        ('2024年8月20日', '2024年9月')
        >>> _done_when(DateValue(2024, None, part=Part.QUARTER_4))
        '2024年第四季度'
        >>> _done_when(DateValue(2024, None, part=Part.HALF_2))
        '2024年下半年'
        >>> _done_when(DateValue(2024, 9, part=Part.LATE, status=Status.DONE))
        '2024年9月下旬'
    """
    return str(evolve(date, status=None))


def _delayed(facts: _Facts) -> dict[str, str]:
    """The rows not met before their due date by an actual dated after the period, each said.

    ``“项目完成时间”预计无法按期完成（单位填报“2025年3月完成”，晚于2024年9月30日的完成时限）``.
    """
    as_of = facts.card.as_of
    future = set(facts.names("actual-after-period"))
    indicators = facts.card.table.indicators
    said = {}
    for verdict in facts.card.verdicts:
        label = facts.label(verdict.indicator)
        if (
            verdict.attainment is Attainment.NOT_MET
            and label in future
            and verdict.due is not None
            and as_of is not None
            and as_of < verdict.due
        ):
            actual = indicators[verdict.indicator].actual
            text = _nested(getattr(actual, "text", "") or str(actual))
            said[label] = (
                f"{_quoted(label)}预计无法按期完成（单位填报“{text}”，"
                f"晚于{chinese_date(verdict.due)}的完成时限）"
            )
    return said


def _not_begun(facts: _Facts) -> dict[str, str]:
    """``“开工时间”应于2025年5月31日前开工，截至2025年8月31日仍未开工`` (letter34 LOW).

    A row not met whose deadline has passed by the date of judgement and whose actual
    is a status word of a step not taken (``未开工``, ``未竣工``; not ``未完成``): the step
    and the dates, not 未完成年度目标.
    """
    as_of = facts.card.as_of
    said: dict[str, str] = {}
    if as_of is None:
        return said
    for verdict in facts.card.verdicts:
        actual = facts.card.table.indicators[verdict.indicator].actual
        word = getattr(actual, "word", None)
        if (
            verdict.attainment is Attainment.NOT_MET
            and verdict.due is not None
            and verdict.due <= as_of
            and isinstance(word, str)
            and len(word) > 1
            and word.startswith("未")
            # 未完成 is the missed target itself, said as 未完成年度目标
            and "完成" not in word
        ):
            label = facts.label(verdict.indicator)
            said[label] = (
                f"{_quoted(label)}应于{chinese_date(verdict.due)}前{word[1:]}，"
                f"截至{chinese_date(as_of)}仍{word}"
            )
    return said


def _rate_said(facts: _Facts) -> set[str]:
    """The rows rating the budget's execution whose shortfall the budget problem says.

    With 预算执行率偏低 (or 预算执行进度滞后) in the letter, a grid row 预算执行率 not
    met is the same shortfall: it is not said again as 未完成年度目标 nor as 存在偏差但
    未分析原因 (budget37 LOW: s06 said the 85% three times). Which rows rate the
    execution is scoring's call (:func:`perftrack.scoring.rates_execution`).
    """
    if "budget-behind-schedule" not in facts.by_id or _sources_rate(facts.card) is not None:
        return set()
    indicators = facts.card.table.indicators
    return {
        facts.label(verdict.indicator)
        for verdict in facts.card.verdicts
        if verdict.attainment is Attainment.NOT_MET
        and rates_execution(indicators[verdict.indicator].name)
    }


# The verdicts whose rows the 未完成年度目标 problem names; a row behind its plan, foreseen
# to miss or overdue is not met, pending, partial or unknown (r36e).
_NOT_MET_ONLY: Final = frozenset({Attainment.NOT_MET})
_NOT_DONE: Final = frozenset(
    {Attainment.NOT_MET, Attainment.PENDING, Attainment.PARTIAL, Attainment.UNKNOWN}
)

# A part of ``Indicator.about`` that a duty column wrote: 年度履职目标：… (the goal), or
# another column's text (部门职责：…, 指标解释：…) that ends the goal before it.
_GOAL_PART_RE: Final = re.compile(r"(?:本?年度|部门|整体)*履职目标：(?P<goal>.*)", re.DOTALL)
_OTHER_PART_RE: Final = re.compile(
    r"(?:本?年度|部门|整体)*履职目标："
    r"|(?:部门|单位|机构)?(?:主要)?(?:职责|职能)(?:职责|职能)?："
    r"|[^：；]{0,12}(?:解释|标准|说明|依据|口径)："
)


def _duty_goal(indicator: Indicator) -> str | None:
    """The 年度履职目标 *indicator* serves, as its table's duty column printed it; else None.

    Only from a duty column before the levels (r35k's ``duty_goal`` cell), never from a
    跟踪表's 指标解释 nor a 部门职责 column (a duty, not a goal). Whitespace folded.

    Example:
        >>> from perftrack.model import Indicator, Position
        >>> cells = (("duty_goal", Position(None, None, 7, 1)),)
        >>> row = Indicator("查处率", about="年度履职目标：目标2：执法；查处", cells=cells)
        >>> _duty_goal(row)
        '目标2：执法；查处'
        >>> _duty_goal(evolve(row, about="部门职责：规划；年度履职目标：目标1：x；指标解释：y"))
        '目标1：x'
        >>> _duty_goal(evolve(row, cells=())) is None
        True
    """
    if indicator.cell_of("duty_goal") is None:
        return None
    parts = indicator.about.split("；")
    for at, part in enumerate(parts):
        if (found := _GOAL_PART_RE.fullmatch(part)) is None:
            continue
        goal = [found["goal"]]
        for more in parts[at + 1 :]:
            if _OTHER_PART_RE.match(more) is not None:
                break
            goal.append(more)  # a goal's own ；, not another column's text
        text = " ".join("；".join(goal).split()).rstrip("。；")
        return text or None
    return None


def _duty_goals_of(
    facts: _Facts, labels: Sequence[str], attainments: frozenset[Attainment] = _NOT_MET_ONLY
) -> list[str]:
    """The 年度履职目标 (:func:`_duty_goal`) of the rows labelled *labels*, each once, in order.

    Only of rows whose verdict is one of *attainments* (a row not met, by default; a row
    behind its plan is pending, one overdue unconfirmed unknown), so that a row met of
    the same label adds no goal.
    """
    wanted = set(labels)
    indicators = facts.card.table.indicators
    return _goals(
        indicators[verdict.indicator]
        for verdict in facts.card.verdicts
        if verdict.attainment in attainments and facts.labels[verdict.indicator] in wanted
    )


def _goals(indicators: Iterable[Indicator]) -> list[str]:
    """The 年度履职目标 of *indicators*, each once, in order (none for a row without one)."""
    return list(dict.fromkeys(goal for row in indicators if (goal := _duty_goal(row))))


def _goals_said(goals: Sequence[str]) -> str:
    """``，涉及年度履职目标“目标1：…”`` after a problem's names, or nothing without a goal.

    The reader sees which of the department's goals the rows put at stake (r35s): a row
    not met, and (r36e) a row behind its plan, foreseen to miss, or overdue with its
    result unconfirmed, whose goal is as much at stake (before, only the rows not met).
    """
    return f"，涉及年度履职目标{_names(goals)}" if goals else ""


def _indicator_problems(facts: _Facts) -> list[_Problem]:
    problems = []
    late = facts.late_names
    rate_said = _rate_said(facts)
    # a deadline still ahead, an actual dated after it: not 未完成 yet, a foreseen
    # delay (letter34 M6: 2025年3月完成 against 2024年9月前完成 in a 1-8月 table)
    delayed = _delayed(facts)
    # a start (or any step) not taken by its passed deadline: said as such (letter34 LOW)
    unstarted = _not_begun(facts)
    not_met = [
        name
        for name in facts.verdict_names(lambda a, _: a is Attainment.NOT_MET)
        if name not in late
        and name not in delayed
        and name not in unstarted
        and name not in rate_said
    ]
    if not_met:
        text = _counted(len(not_met), "未完成年度目标", not_met)
        # the 年度履职目标 the rows serve (a 部门整体 table's duty column, r35k), so
        # that the reader sees which of the department's goals is at stake (r35s)
        text += _goals_said(_duty_goals_of(facts, not_met))
        problems.append(_Problem(text, "分析未完成原因并落实整改"))
    if unstarted:
        problems.append(_Problem("，".join(unstarted.values()), "分析未完成原因并落实整改"))
    if delayed:
        problems.append(_Problem("、".join(delayed.values()), "及时采取措施，确保按期完成"))
    late_problem = _late_problem(facts)
    if late_problem is not None:
        problems.append(late_problem)
    future = [name for name in facts.names("actual-after-period") if name not in delayed]
    if future:
        problems.append(
            _Problem(
                _counted(
                    len(future), "的实际完成值所填日期晚于跟踪期末，不能作为实际完成情况", future
                ),
                "按截至跟踪期末的实际情况填报完成值",
            )
        )
    behind = [name for name in facts.plan_behind() if name not in late]
    if unrated := facts.unrated():
        problems.append(
            _Problem(
                _counted(len(unrated), "的合格率填报为0，尚无验收或检查结果", unrated),
                "尚未验收的注明验收安排",
            )
        )
    if behind:
        goals = _goals_said(_duty_goals_of(facts, behind, _NOT_DONE))  # r36e
        problems.append(
            _Problem(
                _counted(len(behind), "进度落后于跟踪期计划", behind) + goals,
                "加快落后指标的实施进度",
            )
        )
    if over := facts.over_ceiling():
        # a ceiling exceeded is over its target, not behind (letter34 M4)
        problems.append(_Problem("、".join(over), "分析超出年度指标原因并落实整改"))
    misses = facts.forecast_misses()
    if misses:
        problems.append(
            _Problem(
                _forecast_problem(misses, facts) + _goals_said(_goals(misses)),  # r36e
                "对预计无法完成的指标及时采取纠偏措施，确实无法完成的按程序调整绩效目标",
            )
        )
    # A deadline passed on an indicator already listed as not met says nothing new.
    overdue = [
        name
        for name in facts.names("deadline-passed")
        if name not in not_met and name not in late and name not in unstarted
    ]
    # 部分完成 at the deadline is a part done, not a result unconfirmed (letter34 LOW)
    partial = _partial_at_due(facts, overdue)
    overdue = [name for name in overdue if name not in partial]
    if partial:
        problems.append(_Problem("，".join(partial.values()), "督促逾期事项尽快办结"))
    if overdue:
        problems.append(
            _Problem(
                _counted(len(overdue), "已到完成时限但未确认完成", overdue)
                + _goals_said(_duty_goals_of(facts, overdue, _NOT_DONE)),  # r36e
                "督促逾期事项尽快办结",
            )
        )
    # a 自评表 row of actual “/” that claims its points: left out as 不适用 (letter34 H3)
    left_out = set(facts.verdict_names(lambda a, _: a is Attainment.NOT_APPLICABLE))
    claimed = [name for name in facts.names("missing-actual") if name in left_out]
    # the rows that claim no points: a target not carried out (本年度未安排) left out and
    # the rest rescaled (score54 M4)
    undone = _undone_rows(facts, claimed)
    if undone:
        undone_words = _actuals_quoted(facts, undone)
        problems.append(
            _Problem(
                _counted(
                    len(undone),
                    f"本年度未实施，实际完成值填写{'、'.join(undone_words)}，"
                    "按不适用剔除并按其余指标折算总分，依据不足",
                    undone,
                ),
                "未实施的年度指标应据实评分或按程序调整绩效目标",
            )
        )
    said_apart = set(claimed)  # said here, never again as 未填写实际完成值
    claimed = [name for name in claimed if name not in undone]
    if claimed:
        words = _actuals_quoted(facts, claimed)
        problems.append(
            _Problem(
                _counted(
                    len(claimed),
                    f"实际完成值填写{'、'.join(words)}，却填报得分，已按不适用剔除",
                    claimed,
                ),
                "不适用的指标不应计分",
            )
        )
    for finding_id, what, suggestion in (
        ("missing-actual", "未填写实际完成值", "补充填报实际完成值"),
        ("missing-target", "未填写年度指标值", "补充填报年度指标值"),
    ):
        # a row done late without its reason is said so once, as late (_late_problem)
        names = [
            name for name in facts.names(finding_id) if name not in late and name not in said_apart
        ]
        if names or (finding_id in facts.by_id and not facts.names(finding_id)):
            problems.append(_Problem(_counted(len(names), what, names), suggestion))
    absent = lacks_field(facts.card.table, "deviation_reason")
    rows_found = facts.indicator_findings("missing-deviation-reason")
    if absent and len(rows_found) < len(facts.by_id.get("missing-deviation-reason", ())):
        # no 偏差原因 column at all: the form is what lacks, not the unit's answers; the
        # table's finding names the rows that deviate (letter21 H3)
        problems.append(_absent_column_problem(facts))
    if "missing-deviation-reason" in facts.by_id and (rows_found or not absent):
        # far over the target (超额完成) asks why it was set so low, not for a shortfall
        exceeded = {finding.where.indicator for finding in facts.by_id.get("exceeds-target", ())}
        met = {v.indicator for v in facts.card.verdicts if v.attainment is Attainment.MET}
        found = rows_found
        over = _over_unexplained(facts)
        doubts = (Likelihood.POSSIBLE, Likelihood.IMPOSSIBLE)
        missed = {facts.label_of(m) for m in facts.forecast_misses()}
        # only a real deviation (not met, partial, behind, unknown past its due date)
        # is 存在偏差; a row met or on its plan owes no deviation reason (letter34 H1)
        steady = {
            v.indicator
            for v in facts.card.verdicts
            if v.attainment not in (Attainment.NOT_MET, Attainment.PARTIAL)
            and v.progress is not Progress.BEHIND
            and not (v.attainment is Attainment.UNKNOWN and facts._at_due(v))  # noqa: SLF001
            and facts.label(v.indicator) not in late
            and facts.label(v.indicator) not in missed
        }
        # met, yet judged in doubt: no deviation, a judgement against the result
        # (monitor21 M3, letter34 H1)
        judged = [
            i
            for f, i in found
            if f.where.indicator in met - exceeded
            and i.likelihood in doubts
            and facts.label_of(i) not in over
        ]
        # on its plan (or with no plan to be behind), yet judged in doubt: no deviation
        # either (letter21 M4, letter34 H1)
        on_plan = {
            v.indicator
            for v in facts.card.verdicts
            if v.progress is Progress.ON_TRACK
            and v.attainment not in (Attainment.MET, Attainment.NOT_MET)
        }
        hopeless = [
            i
            for f, i in found
            if f.where.indicator in on_plan & steady and i.likelihood is Likelihood.IMPOSSIBLE
        ]
        unsure = [
            i
            for f, i in found
            if f.where.indicator in steady - met
            and i.likelihood in doubts
            and not any(i is h for h in hopeless)
        ]
        named = (
            [facts.label_of(i) for _, i in found]
            if absent
            else facts.names("missing-deviation-reason")
        )
        contradicted = {facts.label_of(indicator) for indicator in (*judged, *hopeless, *unsure)}
        # a row done late without its reason is said so once, as late (_late_problem)
        unrated_rows = set(facts.unrated())  # said as 尚无验收结果, no deviation (letter34 LOW)
        short = [
            name
            for name in named
            if name not in over
            and name not in late
            and name not in contradicted
            and name not in unrated_rows
            and name not in rate_said  # the budget's lag says it (budget37 LOW)
        ]
        if short or not named:  # not named: a finding of the table's own
            problems.append(
                _Problem(_counted(len(short), "存在偏差但未分析原因", short), "补充偏差原因分析")
            )
        if hopeless:
            problems.append(_hopeless_problem(hopeless, facts))
        if unsure:
            problems.append(
                _judged_problem(unsure, "", "未说明判断依据", "说明完成可能性的判断依据", facts)
            )
        for clash in (Likelihood.IMPOSSIBLE, Likelihood.POSSIBLE):
            rows = [i for i in judged if i.likelihood is clash]
            if rows:
                problems.append(_contradicted_problem(rows, facts))
        if over:
            problems.append(
                # the exceeds-target of the same rows, said here once (letter22 M4)
                _Problem(
                    _counted(len(over), "超额完成但未说明原因，指标值可能设置偏低", over),
                    "说明超额完成原因，合理设置年度指标值",
                )
            )
    if (against := _reason_clash_problem(facts)) is not None:
        problems.append(against)
    return problems


# A reason that says the row is done, on a row not done (letter34 M7): the whole reason
# (its closing punctuation left off) or a phrase in it that cannot describe a shortfall.
_DONE_REASONS: Final = frozenset(
    {"已完成", "已全部完成", "全部完成", "按计划推进", "按计划完成", "已按计划完成", "完成"}
)
_DONE_PHRASES: Final = ("超出预期", "超额完成")
# 未完成 in a met row's reason, unless denied (无未完成, 不存在未完成, 没有未完成).
_UNDONE_RE: Final = re.compile(r"(?<![无没不])(?<!不存在)(?<!没有)未完成")
# A denial earlier in the same clause (无任何未完成事项, 暂无未完成).
_DENIED_BEFORE_RE: Final = re.compile(r"无|没有|不存在")
# What follows a 未完成 in its sentence and says the thing is done or was none:
# 未完成部分已于11月底前完成, 上年未完成的3条小巷本年已完成整治, 尚未完成的考核办法已于9月印发,
# 未完成事项：无 (regress91 W2).
_MADE_GOOD_RE: Final = re.compile(
    r"已于|已[^，,；;。]{0,8}?(?:完成|印发|出台|办结|解决|落实|整改|补齐)|[：:]\s*(?:无|没有)"
)


# A shortfall the reason states besides an 超额完成 (原计划超额完成，但受汛期影响未能完成).
_SHORTFALL_RE: Final = re.compile(r"未能完成|没有完成|未达|受[^，,；;。]*影响")


def _states_shortfall(reason: str) -> bool:
    """Whether a reason tells of the row's shortfall, as a 超额完成 it only contrasts.

    Example:
        >>> _states_shortfall("原计划超额完成，但受汛期影响未能完成")
        True
        >>> _states_shortfall("年初指标设置偏低，实际完成情况超出预期")
        False
    """
    return bool(_SHORTFALL_RE.search(reason)) or _claims_undone(reason)


def _claims_undone(reason: str) -> bool:
    """Whether a met row's 偏差原因 says, of the row itself, that it is not done (letter34 M7).

    Not a denial (``无任何未完成事项``, ``未完成事项：无``) nor a 未完成 that names a
    thing then said done (``未完成部分已于11月底前完成``, regress91 W2).

    Example:
        >>> _claims_undone("尚未完成"), _claims_undone("年初计划尚未完成的考核办法已于9月印发")
        (True, False)
    """
    for sentence in re.split(r"[。；;]", reason):
        for match in _UNDONE_RE.finditer(sentence):
            clause_start = max(sentence.rfind(c, 0, match.start()) for c in "，,") + 1
            if _DENIED_BEFORE_RE.search(sentence, clause_start, match.start()):
                continue
            if _MADE_GOOD_RE.search(sentence, match.end()):
                continue
            return True
    return False


def _reason_clash_problem(facts: _Facts) -> _Problem | None:
    """The rows whose 偏差原因 says the opposite of their result (letter34 M7).

    A row not met, partial or done late explained ``已完成``, ``按计划推进`` or
    ``…超出预期``, or a met row whose reason says ``未完成``, is quoted with its result
    and the unit is asked to check: a reviewer's 偏差原因与完成情况不符.
    """
    rows = facts.card.table.indicators
    clashes: list[str] = []
    for verdict in facts.card.verdicts:
        reason = rows[verdict.indicator].deviation_reason.strip()
        label = facts.label(verdict.indicator)
        if not reason:
            continue
        late = verdict.indicator in facts.late
        if late or verdict.attainment in (Attainment.NOT_MET, Attainment.PARTIAL):
            said = reason.rstrip("。；;，,. ")
            if said not in _DONE_REASONS and (
                not any(p in reason for p in _DONE_PHRASES) or _states_shortfall(reason)
            ):
                continue  # 超额完成 as a plan the shortfall is told against (regress91 W3)
            state = (
                "逾期完成"
                if late
                else "部分完成"
                if verdict.attainment is Attainment.PARTIAL
                else "未完成"
            )
        elif verdict.attainment is Attainment.MET and _claims_undone(reason):
            state = "已完成"
        else:
            continue
        clashes.append(f"{_quoted(label)}{state}却填写“{_nested(reason)}”")
    if not clashes:
        return None
    return _Problem(
        f"有{len(clashes)}项指标偏差原因与完成情况不符，请核实（{'、'.join(clashes)}）",
        "据实分析偏差原因",
    )


def _over_unexplained(facts: _Facts) -> list[str]:
    """The rows met far over their target (``exceeds-target``) that give no reason for it.

    Their ``missing-deviation-reason`` is written up as 超额完成但未说明原因, which says
    the target may be set low too: the ``exceeds-target`` of the same row is not said
    again (letter22 M4). None on a form without a 偏差原因 column (its rows are the
    form's finding, :func:`_absent_column_problem`).
    """
    rows_found = facts.indicator_findings("missing-deviation-reason")
    absent = lacks_field(facts.card.table, "deviation_reason")
    if "missing-deviation-reason" not in facts.by_id or (absent and not rows_found):
        return []
    exceeded = {finding.where.indicator for finding in facts.by_id.get("exceeds-target", ())}
    met = {v.indicator for v in facts.card.verdicts if v.attainment is Attainment.MET}
    return [facts.label_of(i) for f, i in rows_found if f.where.indicator in exceeded & met]


def _absent_column_problem(facts: _Facts) -> _Problem:
    """A form without a 偏差原因 column: the rows that deviate, as its finding holds them.

    The table's ``missing-deviation-reason`` holds each row as a figure ``indicator``
    (its index in ``Table.indicators``); one without (an older JSON) names none.
    """
    indicators = facts.card.table.indicators
    rows = [
        int(figure.value)
        for finding in facts.by_id.get("missing-deviation-reason", ())
        if finding.where.indicator is None
        for figure in finding.figures
        if figure.name == "indicator"
    ]
    names = [facts.label(row) for row in rows if 0 <= row < len(indicators)]
    text = (
        f"表中未设偏差原因分析栏目，{_counted(len(names), '存在偏差，无处说明原因', names)}"
        if names
        else "表中未设偏差原因分析栏目，存在偏差的指标无处说明原因"
    )
    return _Problem(text, "增设偏差原因分析栏目并逐项说明原因")


def _hopeless_problem(rows: Sequence[Indicator], facts: _Facts | None = None) -> _Problem:
    """Rows on their plan judged 完全不可能: a judgement their progress does not bear out.

    Example:
        >>> from perftrack.model import Indicator
        >>> row = Indicator(name="受益老人人次", likelihood=Likelihood.IMPOSSIBLE)
        >>> _hopeless_problem([row]).text
        '有1项指标进度符合计划，但完成目标可能性判断为“完全不可能”，未说明判断依据（“受益老人人次”）'
    """
    return _judged_problem(
        rows, "进度符合计划", "未说明判断依据", "说明完成可能性的判断依据", facts
    )


def _contradicted_problem(rows: Sequence[Indicator], facts: _Facts | None = None) -> _Problem:
    """Rows met whose 完成目标可能性 says otherwise: a judgement against the result.

    Example:
        >>> from perftrack.model import Indicator
        >>> row = Indicator(name="乘客满意度", likelihood=Likelihood.IMPOSSIBLE)
        >>> _contradicted_problem([row]).text
        '有1项指标已达成年度指标，但完成目标可能性判断为“完全不可能”，与已达成的结果矛盾（“乘客满意度”）'
    """
    clash = "矛盾" if all(row.likelihood is Likelihood.IMPOSSIBLE for row in rows) else "不符"
    return _judged_problem(
        rows, "已达成年度指标", f"与已达成的结果{clash}", "据实判断完成目标可能性", facts
    )


def _judged_problem(
    rows: Sequence[Indicator], state: str, then: str, advice: str, facts: _Facts | None = None
) -> _Problem:
    """有N项指标{state}，但完成目标可能性判断为“…”，{then}（names), with its *advice*.

    The judgement's words when the rows share one (``判断为“完全不可能”``), else the
    judgements themselves (``判断为“有可能”``: 有可能完成 and 有可能; letter34 H1).
    """
    words = list(dict.fromkeys(_said(row.likelihood_text, row.likelihood) for row in rows))
    kinds = list(dict.fromkeys(_said(None, row.likelihood) for row in rows if row.likelihood))
    judged = (
        f"判断为“{words[0]}”"
        if len(words) == 1 and words[0]
        else f"判断为{'、'.join(f'“{kind}”' for kind in kinds)}"
        if kinds and all(kinds)
        else "判断"
    )
    return _Problem(
        _counted(
            len(rows),
            f"{state}，但完成目标可能性{judged}，{then}"
            if state
            else f"完成目标可能性{judged}，{then}",
            [facts.label_of(row) if facts else row.name for row in rows],
        ),
        advice,
    )


def _forecast_problem(misses: Sequence[Indicator], facts: _Facts | None = None) -> str:
    """据单位全年预计，有N项指标无法完成年度目标（…），and the unit's 完成目标可能性.

    Example:
        >>> from perftrack.model import Indicator
        >>> row = Indicator(name="对外开放共享机时", likelihood_text="完全不可能")
        >>> _forecast_problem([row])
        '据单位全年预计，有1项指标无法完成年度目标（“对外开放共享机时”），单位自评完成目标可能性为“完全不可能”'
    """
    text = "据单位全年预计，" + _counted(
        len(misses),
        "无法完成年度目标",
        [facts.label_of(indicator) if facts else indicator.name for indicator in misses],
    )
    said = [
        (indicator.name, _said(indicator.likelihood_text, indicator.likelihood))
        for indicator in misses
    ]
    words = list(dict.fromkeys(word for _, word in said))
    if len(words) == 1 and all(word for _, word in said):
        text += f"，单位自评完成目标可能性为“{words[0]}”"
        if all(indicator.likelihood is Likelihood.CERTAIN for indicator in misses):
            text += "，与其全年预计不符"
    elif any(word for _, word in said):
        shown = list(dict.fromkeys((name, word) for name, word in said if word))[:_SHOWN_NAMES]
        judged = "，".join(f"“{_nested(name)}”为“{word}”" for name, word in shown)
        text += f"，单位自评完成目标可能性：{judged}"
    return text


# The box and tick marks of a judgement printed as a line of choices (☐确定能 ☑有可能).
_TICK_MARKS: Final = frozenset("☐□☑☒■▣√✓✔✗×")


def _said(text: str | None, likelihood: Likelihood | None) -> str:
    """A 完成可能性 as the letter quotes it: the ticked choice of a line of boxes (monitor21 M2).

    Example:
        >>> _said("☐确定能 ☑有可能 ☐完全不可能", Likelihood.POSSIBLE), _said("有可能完成", None)
        ('有可能', '有可能完成')
    """
    if likelihood is not None and text and _TICK_MARKS.intersection(text):
        return likelihood_word(None, likelihood)
    return likelihood_word(text, likelihood)


def _budget_optimism(facts: _Facts) -> list[str]:
    """The budget judgement's optimism, on the ground its finding found (monitor21 H5).

    Only the budget judgement's own findings count (their figures ``budget_rate``, the
    执行率 against 序时进度, or ``forecast_rate``, the 全年预计执行率 against the
    year-end rate); an indicator's 完成目标可能性 is no judgement of the budget.
    """
    judgement = facts.card.table.judgement
    if judgement is None:
        return []
    said = _said(judgement.budget_completion, judgement.budget_likelihood)
    clauses = []
    for finding in facts.by_id.get("judgement-optimistic", ()):
        rate, forecast = finding.figure("budget_rate"), finding.figure("forecast_rate")
        if rate is not None and _sources_rate(facts.card) is not None:
            continue  # a rate the sources' sums contradict is no ground (regress91 U2)
        if rate is not None:
            clauses.append(f"预算执行率仅{percent(rate)}%却判断预算“{said}”")
        elif forecast is not None:
            clauses.append(f"全年预计执行率仅{percent(forecast)}%却判断预算“{said}”")
    return list(dict.fromkeys(clauses))


def _judgement_problems(facts: _Facts) -> list[_Problem]:
    card, problems = facts.card, []
    # a 监控表 has no 纠偏措施 field to fill in (letter20 M7)
    # (a 监控表 that prints the field and leaves it blank is asked, as the card asks:
    # review30 H2)
    if "missing-corrective-measures" in facts.by_id and not (
        monitoring_form(card.table) and lacks_field(card.table, "corrective_measures")
    ):
        problems += _measures_problems(facts)
    # a judgement of 完全不可能 the figures contradict is said as the finding says it, with
    # no advice to take the funds back nor a word of optimism (score54 M2)
    contradicted = _contradicted_judgements(facts)
    problems.extend(_Problem(finding.message, "据实判断完成可能性") for finding in contradicted)
    # the budget's 执行率 the sources' sums contradict grounds no optimism (regress91 U2)
    unconfirmed = _sources_rate(card) is not None
    optimistic = sum(
        1
        for finding in facts.by_id.get("judgement-optimistic", ())
        if not (unconfirmed and finding.figure("budget_rate") is not None)
        and finding not in contradicted
    )
    judgement = card.table.judgement
    rows = _optimistic_rows(facts)
    if optimistic and judgement is None and rows:
        # no overall judgement: the rows' own 确定能 on a row missed or behind (review30 H2)
        problems.append(_Problem(f"对完成可能性的判断偏于乐观：{rows[0]}", "审慎判断完成可能性"))
    if optimistic and judgement is not None:
        # Scoring raises one finding for the goal judgement when an indicator is
        # behind or not met, and one for the budget judgement: tell them apart.
        unrated = set(facts.unrated())
        behind = [
            name
            for name in facts.verdict_names(
                lambda a, p: a is Attainment.NOT_MET or p is Progress.BEHIND
            )
            if name not in facts.late_names  # done late: nothing left to judge
        ]
        # a 合格率 at 0 before any check is said as 尚无验收或检查结果, not behind (regress91 W1)
        troubled = [name for name in behind if name not in unrated]
        only_unrated = bool(behind) and not troubled
        goal = judgement.goal_likelihood is Likelihood.CERTAIN and bool(troubled)
        clauses = _budget_optimism(facts)
        if goal:
            trouble = (
                "进度落后、未完成或预计无法完成" if facts.forecast_misses() else "进度落后或未完成"
            )
            goal_said = _said(judgement.goal_completion, judgement.goal_likelihood)
            clauses.append(f"{_names(troubled)}{trouble}却判断绩效目标“{goal_said}”")
        if not goal:
            clauses.extend(rows)  # the rows' own, unsaid by the goal's (review30 H2)
        detail = f"：{'，'.join(clauses)}" if clauses else ""
        if clauses or not (_said_with_forecasts(facts) or only_unrated):
            problems.append(_Problem(f"对完成可能性的判断偏于乐观{detail}", "审慎判断完成可能性"))
    return problems


def _undone_rows(facts: _Facts, left_out: Sequence[str]) -> list[str]:
    """The rows of *left_out* (n/a with ``missing-actual``) that claim no points.

    Such a row's ``missing-actual`` says its target was not carried out (``本年度未安排``,
    score54 M4), not that it claims points for no result (letter34 H3).
    """
    if not left_out:
        return []
    rows = facts.card.table.indicators
    return [
        facts.label(verdict.indicator)
        for verdict in facts.card.verdicts
        if facts.label(verdict.indicator) in left_out
        and not ((points := rows[verdict.indicator].published_points) is not None and points > 0)
    ]


def _actuals_quoted(facts: _Facts, names: Sequence[str]) -> dict[str, None]:
    """The actual cells of the rows *names* labels, quoted once each, in the table's order.

    The word as the cell holds it (``“—”``, not the normalised ``“-”``: regress80 W1), for
    the letter's rows left out as 不适用 (letter34 H3, score54 M4).
    """
    rows = facts.card.table.indicators
    return dict.fromkeys(
        f"“{_nested(text_of(rows[verdict.indicator].actual))}”"
        for verdict in facts.card.verdicts
        if facts.label(verdict.indicator) in names
    )


# The 纠偏措施 of a row or a table that state no measure, as the finding quotes them.
_VAGUE_MEASURES_RE: Final = re.compile(r"纠偏措施仅填写“(?P<said>.*)”，未提出具体措施$")

# Punctuation closing a quoted measure (继续推进。), left out of the letter's quote.
_MEASURE_TRIM: Final = "。．.，,；;：:！!"

# The advice for measures that state none (按计划推进 beside a lag).
_CONCRETE_MEASURES: Final = "针对偏差原因提出具体可行的纠偏措施"


def _measures_problems(facts: _Facts) -> list[_Problem]:
    """The ``missing-corrective-measures`` of a table, as the letter says them.

    A grid with measures per row names its rows: those with none (``…，但未填写纠偏措施``)
    apart from those whose measures state none (``…，但纠偏措施仅填写“按计划推进”，未提出
    具体措施``, k32d). A table's own finding is said as its message: the judgement alone
    (``预算和绩效目标完成可能性判断为“有可能完成”，但未填写原因及纠偏措施``, score54 M8),
    the budget alone (``预算执行率低于序时进度，但…``), measures that state none; a form
    with no 纠偏措施 field, as such.
    """
    card = facts.card
    found = facts.by_id.get("missing-corrective-measures", [])
    # the forecast misses already ask for 纠偏措施: never the same advice twice
    asked = bool(facts.forecast_misses())
    labels = facts.labels
    vague: dict[str, str] = {}
    empty: list[str] = []
    for finding in found:
        index = finding.where.indicator
        if index is None or not 0 <= index < len(labels):
            continue
        said = _VAGUE_MEASURES_RE.search(finding.message)
        if said is not None:
            vague.setdefault(labels[index], said["said"].rstrip(_MEASURE_TRIM))
        else:
            empty.append(labels[index])
    problems = []
    if empty:
        problems.append(
            _Problem(
                _counted(len(empty), "进度落后、未完成或完成可能性存疑，但未填写纠偏措施", empty),
                None if asked else "补充纠偏措施",
            )
        )
    if vague:
        words = "、".join(f"“{_nested(word)}”" for word in dict.fromkeys(vague.values()))
        what = f"进度落后、未完成或完成可能性存疑，但纠偏措施仅填写{words}，未提出具体措施"
        problems.append(_Problem(_counted(len(vague), what, list(vague)), _CONCRETE_MEASURES))
    if empty or vague:
        return problems
    if lacks_field(card.table, "corrective_measures"):
        # a form with no 纠偏措施 field of its own, that is no 监控表 either
        text = "表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性存疑的情况，无处填写纠偏措施"
        return [_Problem(text, None if asked else "增设纠偏措施栏目并补充纠偏措施")]
    message = next(
        (finding.message for finding in found if finding.where.indicator is None),
        "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施",
    )
    if _VAGUE_MEASURES_RE.search(message) is not None:
        return [_Problem(message, _CONCRETE_MEASURES)]
    return [_Problem(message, None if asked else "补充纠偏措施")]


def _contradicted_judgements(facts: _Facts) -> list[Finding]:
    """The table's ``judgement-optimistic`` findings on a judgement of 完全不可能.

    Such a finding is the reverse contradiction (``预算完成可能性判断为“完全不可能完成”，
    但执行率80.00%，已达到序时进度75.00%，判断与数据矛盾``): the judgement is
    pessimistic, never 偏于乐观 (score54 M2). The budget's and the goal's are told apart
    by the judgement the message quotes first.
    """
    judgement = facts.card.table.judgement
    if judgement is None:
        return []
    heads = tuple(
        head
        for head, likelihood in (
            ("预算完成可能性", judgement.budget_likelihood),
            ("绩效目标完成可能性", judgement.goal_likelihood),
        )
        if likelihood is Likelihood.IMPOSSIBLE
    )
    if not heads:
        return []
    return [
        finding
        for finding in facts.by_id.get("judgement-optimistic", ())
        if finding.where.indicator is None and finding.message.startswith(heads)
    ]


def _said_with_forecasts(facts: _Facts) -> bool:
    """Whether every ``judgement-optimistic`` is a row whose 全年预计 misses.

    Such a row's 确定能 is quoted beside its forecast already (:func:`_forecast_text`):
    a bare 对完成可能性的判断偏于乐观 after it says nothing new (review30 L1).
    """
    indicators = facts.card.table.indicators
    missed = {id(indicator) for indicator in facts.forecast_misses()}
    return all(
        (index := finding.where.indicator) is not None
        and 0 <= index < len(indicators)
        and id(indicators[index]) in missed
        for finding in facts.by_id.get("judgement-optimistic", ())
    )


def _optimistic_rows(facts: _Facts) -> list[str]:
    """The clause of the rows judged 确定能 while missed or behind, or [] (review30 H2).

    A row's own ``judgement-optimistic`` (``“项目开工时间”完成目标可能性判断为“确定能”``):
    ``有1项指标未完成却判断“确定能”（“项目开工时间”）``. A row whose 全年预计 misses is
    said with its forecast (:func:`_forecast_text`), a row done late has nothing to judge.
    A row on its plan whose own forecast misses the target (scoring.md, "A forecast that
    misses beside a plan") is 全年预计无法完成, not 进度落后 (track40 M1).
    """
    indicators = facts.card.table.indicators
    missed = {id(indicator) for indicator in facts.forecast_misses()}
    verdicts = {verdict.indicator: verdict for verdict in facts.card.verdicts}
    named: dict[str, str] = {}  # each row's trouble: 逾期完成, 未完成, 进度落后 or 全年预计无法完成
    for finding in facts.by_id.get("judgement-optimistic", ()):
        index = finding.where.indicator
        if index is None or not 0 <= index < len(indicators) or id(indicators[index]) in missed:
            continue
        label = facts.labels[index]
        verdict = verdicts.get(index)
        if verdict is None:
            continue
        named[label] = (
            "逾期完成"  # a deadline missed still judged 确定能 (review30 M3)
            if label in facts.late_names
            else "未完成"
            if verdict.attainment is Attainment.NOT_MET
            else "进度落后"
            if verdict.progress is Progress.BEHIND
            # neither behind nor missed: only its own forecast misses (track40 M1)
            else "全年预计无法完成"
        )
    if not named:
        return []
    # the rows only forecast to miss are a clause of their own: 进度落后或全年预计无法完成
    # would not say which row is which (track40 M1)
    foreseen = [label for label, trouble in named.items() if trouble == "全年预计无法完成"]
    named = {label: trouble for label, trouble in named.items() if label not in foreseen}
    clauses = []
    if named:
        order = ("进度落后", "未完成", "逾期完成")
        trouble = "或".join(sorted(set(named.values()), key=order.index))
        clauses.append(_counted(len(named), f"{trouble}却判断“确定能”", list(named)))
    if foreseen:
        clauses.append(_counted(len(foreseen), "全年预计无法完成却判断“确定能”", foreseen))
    return ["，".join(clauses)]


def _satisfaction_actuals(facts: _Facts) -> list[Indicator]:
    """The 满意度 indicators whose *actual* is a word (基本满意) where a percentage is due.

    ``satisfaction-not-percent`` points at the actual's cell for them, at the target's
    for a target that is no ``≥百分比``.
    """
    return [
        indicator
        for finding, indicator in facts.indicator_findings("satisfaction-not-percent")
        if _at_actual(finding, indicator)
    ]


def _duplicates_text(labels: Sequence[str]) -> str:
    """``“甲”在数量指标下重复设置``: each repeated name once, with its level 2 if it has one.

    Example:
        >>> _duplicates_text([f"甲{_QUALIFIER}数量指标，第3项", f"乙{_QUALIFIER}第4项"])
        '“甲”在数量指标下重复设置，“乙”重复设置'
    """
    said: dict[str, str] = {}
    for label in labels:
        name, _, qualifier = label.partition(_QUALIFIER)
        level2 = qualifier.split("，", 1)[0] if qualifier and not qualifier.startswith("第") else ""
        where = f"在{level2}下" if level2 else ""
        said.setdefault(name, f"“{_nested(name)}”{where}重复设置")
    return "，".join(said.values())


def _at_actual(finding: Finding, indicator: Indicator) -> bool:
    """Whether *finding* points at *indicator*'s actual cell."""
    cell = indicator.cell_of("actual")
    return cell is not None and (finding.where.row, finding.where.cell) == (cell.row, cell.cell)


# The cells a misread or an error value may sit in, each with the column the letter names
# (r37q I: ``#VALUE!`` under 实际完成值 was said of the 指标值, advice 核对并规范填写指标值).
_UNCLEAR_CELLS: Final = (
    ("target", "指标值"),
    ("actual", "实际完成值"),
    ("planned", "计划完成值"),
    ("forecast", "预计完成值"),
)
_UNCLEAR_IDS: Final = (
    "malformed-target",
    "malformed-actual",
    "excel-date-serial",
    "possible-ocr-artifact",
)


def _unclear_column(finding: Finding, indicator: Indicator) -> str:
    """The column (``指标值``, ``实际完成值``…) of the cell *finding* points at.

    A finding at no cell of the row's values, or at its target, is the 指标值's.
    """
    at = (finding.where.row, finding.where.cell)
    for role, column in _UNCLEAR_CELLS[1:]:
        cell = indicator.cell_of(role)
        if cell is not None and (cell.row, cell.cell) == at:
            return column
    return _UNCLEAR_CELLS[0][1]


def _unclear_problems(facts: _Facts, bare: Sequence[str]) -> list[_Problem]:
    """The values unreadable or misread, one problem per column they are in.

    ``#VALUE!`` in the 实际完成值 is the actual's, with advice to correct the actual
    (r37q I); a target's misread keeps 指标值无法识别或疑似识别错误.
    """
    by_column: dict[str, list[str]] = {column: [] for _, column in _UNCLEAR_CELLS}
    indicators = facts.card.table.indicators
    for finding_id in _UNCLEAR_IDS:
        for finding in facts.by_id.get(finding_id, ()):
            index = finding.where.indicator
            on_row = index is not None and 0 <= index < len(indicators)
            name = (
                facts.label(index)
                if index is not None and on_row
                else finding.where.name or line_name(facts.card, finding.where.budget_line)
            )
            if not name or name in bare:
                continue
            column = (
                _unclear_column(finding, indicators[index])
                if index is not None and on_row
                else _UNCLEAR_CELLS[0][1]
            )
            if name not in by_column[column]:
                by_column[column].append(name)
    return [
        _Problem(
            _counted(len(names), f"的{column}无法识别或疑似识别错误", names),
            f"核对并规范填写{column}",
        )
        for column, names in by_column.items()
        if names
    ]


def _no_number_rows(facts: _Facts) -> list[str]:
    """The rows left 无法判断 by an actual that is no figure: ``actual-not-numeric``'s rows.

    ``见附件``, ``2600?`` or ``???`` against ``≥5000人``: the unit must write the figure,
    so the letter never calls the table clean beside it (r37q A: ``无法判断1项。
    未发现明显问题。``). A row whose actual cell has a warning (an Excel error, letters
    for digits, another unit), or whose points ``points-unsupported`` names, is said by
    that finding's problem; the scoring leaves the finding off such a row, so that the
    letter and ``perftrack check`` say the same rows (r38h 2).
    """
    return facts.names("actual-not-numeric")


def _target_problems(facts: _Facts, *, qualitative: bool = True) -> list[_Problem]:
    """The problems of how targets are set; *qualitative* puts 定性 targets among them."""
    card = facts.card
    problems: list[_Problem] = []
    for finding_id, what, suggestion in (
        ("unit-mismatch", "实际完成值与年度指标计量单位不一致", "统一指标计量单位"),
        ("duplicate-indicator", "重复设置", "合并或删除重复指标"),
        (
            "outcome-copies-output",
            "与产出指标重复，未反映项目效果",
            "效益指标应反映产出带来的效果",
        ),
        ("actual-copies-target", "实际完成情况照抄年度指标", "如实填报实际完成情况"),
        ("actual-is-target-form", "实际完成值填写为指标形式", "如实填报实际完成的数值"),
        (
            "actual-other-measure",
            "实际完成值与年度指标不是同一口径",
            "按年度指标的口径填报实际完成值",
        ),
    ):
        names = facts.names(finding_id)
        if finding_id == "duplicate-indicator":
            # the execution rate scored in the grid and on the budget line: said as the
            # finding says it, one item of the rate advised (score54 M5)
            twice = [f for f in facts.by_id.get(finding_id, ()) if "重复计分" in f.message]
            problems.extend(_Problem(f.message, "预算执行率只计分一次") for f in twice)
            twice_rows = {
                facts.label(f.where.indicator) for f in twice if f.where.indicator is not None
            }
            names = [name for name in names if name not in twice_rows]
            if not names:
                continue
        if finding_id == "duplicate-indicator" and names:
            # “甲”在数量指标下重复设置, no brackets inside brackets (letter34 LOW)
            problems.append(_Problem(_duplicates_text(names), suggestion))
        elif finding_id in facts.by_id:
            problems.append(_Problem(_counted(len(names), what, names), suggestion))
    # 完成 under 实际完成值, the figure in the 偏差原因 (judged by it, or several there)
    unfigured = facts.names("actual-from-reason", "actual-without-figure")
    if unfigured:
        problems.append(
            _Problem(
                _counted(len(unfigured), "的实际完成值只填“完成”，数值写在偏差原因中", unfigured),
                "在实际完成值栏填报具体数值",
            )
        )
    # an operator with no figure (≥, ≥个) is a cell half filled, not a misreading (t31 M1)
    bare = [
        facts.label_of(indicator)
        for finding, indicator in facts.indicator_findings("malformed-target")
        if finding.message.endswith("未填写具体数值")
    ]
    if bare:
        problems.append(
            _Problem(
                _counted(len(bare), "的指标值未填写具体数值（仅有“≥”“≤”等符号）", bare),
                "补充填写具体指标值",
            )
        )
    problems.extend(_unclear_problems(facts, bare))
    if unfigured_rows := _no_number_rows(facts):
        problems.append(
            _Problem(
                _counted(
                    len(unfigured_rows), "的实际完成值不是数值，无法判断完成情况", unfigured_rows
                ),
                "按年度指标填报实际完成数值",
            )
        )
    # a row 超额完成但未说明原因 is said there, with its target set low (letter22 M4)
    unexplained = set(_over_unexplained(facts))
    exceeding = [
        name
        for name in facts.names("exceeds-target", "plan-exceeds-target")
        if name not in unexplained
    ]
    if exceeding:
        # a self-evaluation table has no 计划值 (letter22 L)
        what = (
            "的完成值明显超出年度指标"
            if facts.card.table.kind is TableKind.SELF_EVALUATION
            else "的完成值或计划值明显超出年度指标"
        )
        # the advice is the 超额完成's already when it has rows: given once
        advice = None if unexplained else "合理设置年度指标值"
        problems.append(_Problem(_counted(len(exceeding), what, exceeding), advice))
    if paid := facts.names("paid-above-standard"):
        problems.append(
            _Problem(
                _counted(len(paid), "实际发放高于年度指标确定的标准", paid),
                "核实超标准发放的依据，严格按标准执行",
            )
        )
    worded = _satisfaction_actuals(facts)
    if worded:
        words = list(dict.fromkeys(text_of(indicator.actual) for indicator in worded))
        said = f"“{words[0]}”" if len(words) == 1 else "文字评价"
        names = [facts.label_of(indicator) for indicator in worded]
        problems.append(
            _Problem(
                f"有{len(dict.fromkeys(names))}项满意度指标实际完成值填写{said}，"
                f"未提供调查得出的百分比（{_names(names)}）",
                "开展满意度调查并填报调查得出的百分比",
            )
        )
    set_wrong = [
        facts.label_of(indicator)
        for finding, indicator in facts.indicator_findings("satisfaction-not-percent")
        if not _at_actual(finding, indicator)
    ]
    # a 满意度 row filed elsewhere with a low target: both said of it at once (target25 M1)
    misfiled, misfiled_said = _misfiled_low_satisfaction(facts)
    suspect = [name for name in facts.names("category-suspect") if name not in misfiled]
    low = [name for name in facts.names("satisfaction-target-low") if name not in misfiled]
    clauses: list[str] = []
    for what, names in (
        (
            "为定性或文字描述，难以量化考核",
            facts.names("target-not-measurable") if qualitative else [],
        ),
        *_unit_clauses(facts),
        ("为成本指标但未设为上限", facts.names("cost-not-ceiling")),
        *_direction_clauses(facts),
        ("的指标值设置不合理", facts.names("target-implausible")),
        ("的截止日期不在本年度内", facts.names("deadline-outside-year")),
        ("的年度指标值为多年累计目标，未分解到本年度", facts.names("target-multi-year")),
        (
            "的年度指标值为多年累计目标，未分解到本年度，无法按年度考核",
            _multi_year_unknown(card),
        ),
        ("疑似归错二级指标", suspect),
        ("的成本上限高于年度资金总额，与预算不匹配", facts.names("cost-above-budget")),
        ("为满意度指标但未设为“≥百分比”", set_wrong),
        ("为满意度指标但目标值低于80%，目标设定偏低", low),
        ("为满意度指标但目标值设为100%，脱离实际", facts.names("satisfaction-target-full")),
    ):
        if what == "疑似归错二级指标":
            clauses.extend(misfiled_said)
        if names:
            clauses.append(_counted(len(names), what, names))
    if "missing-category" in facts.by_id:
        missing = missing_levels(card.table)
        if missing:
            clauses.append(f"缺少{'、'.join(missing)}")
    # 产出指标缺少质量指标
    clauses.extend(finding.message for finding in facts.by_id.get("missing-level2", ()))
    # 8项指标中有8项年度指标均为“≥95%”…
    clauses.extend(finding.message for finding in facts.by_id.get("targets-copied", ()))
    if clauses:
        advice = "细化量化绩效指标"
        if "target-multi-year" in facts.by_id:
            # the span's figure goes to the 实施期目标 of the 申报表 (letter22 L)
            advice += "，将多年目标分解为本年度指标值，多年目标列入实施期目标"
        elif _multi_year_unknown(card):
            advice += "，将多年目标分解为本年度指标值"
        problems.append(_Problem(f"绩效指标设置不够规范，{'，'.join(clauses)}", advice))
    if "missing-overall-goal" in facts.by_id:
        # no indicator's fault: a problem, and advice, of its own (regress38 W7)
        problems.append(_Problem("年度总体目标未填写", "补充填写年度绩效目标"))
    problems.extend(_below_last_year_problems(facts))
    problems.extend(_midterm_problems(facts))
    return problems


def _misfiled_low_satisfaction(facts: _Facts) -> tuple[set[str], list[str]]:
    """The 满意度 rows filed under another level and set below 80%, and a clause for each.

    ``“群众满意度”应列入满意度指标，且目标值“≥78%”低于80%，目标设定偏低``: one row's two
    faults said together, not as two counted clauses naming it twice (target25 M1).
    """
    suspect = {
        facts.label_of(indicator)
        for finding, indicator in facts.indicator_findings("category-suspect")
        if "应归入满意度指标" in finding.message
    }
    labels: set[str] = set()
    clauses = []
    for _finding, indicator in facts.indicator_findings("satisfaction-target-low"):
        label = facts.label_of(indicator)
        if label in suspect and label not in labels:
            labels.add(label)
            clauses.append(
                f"{_names([label])}应列入满意度指标，"
                f"且目标值“{text_of(indicator.target)}”低于80%，目标设定偏低"
            )
    return labels, clauses


# The tail of a target-above-midterm message, which the letter's heading says once.
_MIDTERM_TAILS: Final = ("，年度预算不应超过整个实施期", "，年度目标不应超过整个实施期")


def _midterm_problems(facts: _Facts) -> list[_Problem]:
    """``target-above-midterm`` as one problem: 年度目标与中期目标不衔接 (target25 M2).

    The year's budget and the year's targets above the whole period's were each a bare
    statement with no advice; they are grouped under one heading, each said without
    the tail the heading now says, with the advice to split the period's targets.
    """
    said = []
    for finding in facts.by_id.get("target-above-midterm", ()):
        message = finding.message
        for tail in _MIDTERM_TAILS:
            message = message.removesuffix(tail)
        said.append(message)
    if not said:
        return []
    return [
        _Problem(
            f"年度目标与中期目标不衔接：{'，'.join(dict.fromkeys(said))}",
            "按中期目标分解年度目标和年度资金",
        )
    ]


def _multi_year_unknown(card: Scorecard) -> list[str]:
    """The rows of a tracking or self-evaluation table left unknown by a multi-year target.

    ``十四五期间累计完成≥60个`` in a 2026 tracking table: the row is counted 无法判断,
    and no finding says why outside a target table (``target-multi-year``); the letter
    does (letter22 M3), by the scoring's own test (:func:`perftrack.scoring.multi_year_span`).
    """
    table = card.table
    if table.kind is TableKind.TARGET:
        return []
    period = table.period
    year = card.as_of.year if card.as_of is not None else None
    first = period.start.year if period is not None else year
    last = max(period.end.year, period.start.year) if period is not None else year
    indicators = table.indicators
    return [
        verdict.name
        for verdict in card.verdicts
        if verdict.attainment is Attainment.UNKNOWN
        and verdict.indicator < len(indicators)
        and multi_year_span(indicators[verdict.indicator].target, first, last) is not None
    ]


# What each kind of ``target-direction-suspect`` asks, by the name of the flag figure it
# holds: flip the target, correct the printed 指标方向性, or check which (target21 H3).
_DIRECTION_SLIPS: Final = (
    ("target_reversed", "的指标方向疑似填反（下限与上限颠倒）"),
    ("direction_misprinted", "的指标方向性与年度指标不符，疑为指标方向性填写有误"),
    ("direction_conflict", "的指标方向性与年度指标不一致，需核实"),
)


def _unit_clauses(facts: _Facts) -> list[tuple[str, list[str]]]:
    """The letter's clauses on units: a target without one, a percentage where none belongs.

    A time limit is said apart from a quantity or a count (target25 H4: a 时限 is no 计数指标).
    """
    missing = facts.indicator_findings("target-missing-unit")
    suspect = facts.indicator_findings("target-unit-suspect")
    timed_missing = [i for _, i in missing if i.level2 == "时效指标"]
    timed_suspect = [i for _, i in suspect if time_limit_name(i.name)]
    return [
        (
            "为数量指标但未写计量单位",
            [
                n
                for n in facts.names("target-missing-unit")
                if n not in _labels(facts, timed_missing)
            ],
        ),
        ("为时效指标但未写计量单位", _labels(facts, timed_missing)),
        (
            "为计数指标但年度指标设为百分比",
            [
                n
                for n in facts.names("target-unit-suspect")
                if n not in _labels(facts, timed_suspect)
            ],
        ),
        ("为时限指标但年度指标设为百分比", _labels(facts, timed_suspect)),
    ]


def _labels(facts: _Facts, indicators: Sequence[Indicator]) -> list[str]:
    return list(dict.fromkeys(facts.label_of(indicator) for indicator in indicators))


def _direction_clauses(facts: _Facts) -> list[tuple[str, list[str]]]:
    """The ``target-direction-suspect`` names, grouped by what the finding says is wrong.

    A finding without one of those figures is said as a target written the wrong way round.
    """
    grouped: dict[str, list[str]] = {kind: [] for kind, _ in _DIRECTION_SLIPS}
    for finding, indicator in facts.indicator_findings("target-direction-suspect"):
        kind = next((f.name for f in finding.figures if f.name in grouped), "target_reversed")
        grouped[kind].append(facts.label_of(indicator))
    return [(what, list(dict.fromkeys(grouped[kind]))) for kind, what in _DIRECTION_SLIPS]


def _below_last_year_problems(facts: _Facts) -> list[_Problem]:
    """Targets below last year's actual, floors and ceilings each said as they are.

    A floor is 低于 last year's actual, a ceiling 高于 it (the finding's message says
    which); the advice is to raise the targets, not to quantify them.
    """
    floors: list[str] = []
    ceilings: list[str] = []
    for finding, indicator in facts.indicator_findings("target-below-last-year"):
        above = "高于上年" in finding.message or "above last year" in finding.message
        (ceilings if above else floors).append(facts.label_of(indicator))
    clauses = []
    if floors:
        clauses.append(_counted(len(floors), "的目标值低于上年实际完成值", floors))
    if ceilings:
        clauses.append(_counted(len(ceilings), "的上限高于上年实际完成值", ceilings))
    if not clauses:
        return []
    return [
        _Problem(
            f"绩效目标设定偏保守，{'，'.join(clauses)}",
            "对照上年实际完成情况合理提高目标值",
        )
    ]


def _points_problems(facts: _Facts) -> list[_Problem]:
    clauses = []
    sums = facts.by_id.get("points-sum-mismatch", [])
    # a 自评结论 giving another total than the 总分 row (the reader's, figure "stated")
    # is a clause of its own beside the sum's (score54 H1)
    # a tail of rounding (info, r39h: 90 beside 90.01) is no error of the table's
    summed = [
        finding
        for finding in sums
        if finding.figure("stated") is None and finding.severity is not Severity.INFO
    ]
    if summed:
        clauses.append(  # the first: the table's own total
            _points_sum_clause(
                summed[0],
                facts.card.table.published.grade,
                holes="missing-points" in facts.by_id or "malformed-points" in facts.by_id,
            )
        )
    for finding in sums:
        if (stated := finding.figure("stated")) is not None and (
            row_total := finding.figure("published")
        ) is not None:
            clauses.append(
                f"自评结论中的总分{_points_shown(stated)}分与表中总分"
                f"{_points_shown(row_total)}分不符"
            )
            break
    for finding in facts.total_row:
        row_weight = finding.figure("row_weight") or Decimal(0)
        if (added := finding.figure("added")) is not None:
            clauses.append(
                f"总分分值{_weight_shown(row_weight)}分与各项分值合计{_weight_shown(added)}分不符"
            )
        elif (total := finding.figure("published")) is not None:
            clauses.append(f"总分{_points_shown(total)}分超过总分分值{_weight_shown(row_weight)}分")
    if "weights-not-100" in facts.by_id:
        # rows without a 分值 beside a printed 分值 column count 0: named (se20 M1)
        indicators = facts.card.table.indicators
        blank = [facts.label(n) for n, i in enumerate(indicators) if i.weight is None]
        printed = len(blank) < len(indicators) and facts.card.points is not None
        if facts.card.table.kind is TableKind.TARGET:
            clauses.append(_target_weights_clause(facts, blank))
        else:
            clauses.append(
                "各项分值合计不为100分"
                + (
                    f"，其中{_counted(len(blank), '未设分值', blank)}，按0分计"
                    if blank and printed
                    else ""
                )
            )
    if "level1-weight-mismatch" in facts.by_id:
        clauses.append("一级指标标注分值与其下各项分值合计不符")
    if "grade-mismatch" in facts.by_id:
        # the table's own figures, as the finding says them (letter22 L)
        published = facts.card.table.published
        if published.total is not None and published.grade is not None:
            # the total rounded half up, as graded (79.995 is 80.00, regress52 LOW)
            rounded = half_up(published.total, Decimal("0.01"))
            clauses.append(
                f"评价等级与总分不符，总分{_points_shown(rounded)}分应评为"
                # graded in cents, as the finding grades it (89.995 is 90.00 优; pt27 H4)
                f"“{grade_of(half_up(published.total, Decimal('0.01')))}”，"
                f"表中为“{published.grade}”"
            )
        elif published.grade is not None and (
            graded_sums := [
                figure.value
                for finding in facts.by_id["grade-mismatch"]
                for figure in finding.figures
                if figure.name == "added"
            ]
        ):
            # no 总分 printed: the grade against the printed 得分 (r38r)
            clauses.append(
                f"评价等级与各项得分合计不符，各项得分合计{_points_shown(graded_sums[0])}分应评为"
                f"“{grade_of(graded_sums[0])}”，表中为“{published.grade}”"
            )
        else:
            clauses.append("评价等级与总分不符")
    over = facts.by_id.get("points-over-maximum", [])
    if any(f.where.indicator is None and f.where.budget_line is None for f in over):
        clauses.append("总分超过100分")
    if names := facts.names("points-over-maximum"):
        clauses.append(f"{_names(names)}得分超过分值")
    # a row done late is written up as late, never as 未完成 (letter20 H2)
    missed = facts.names("full-points-not-met")
    late = [name for name in missed if name in facts.late_names]
    undone = [name for name in missed if name not in facts.late_names]
    if undone or ("full-points-not-met" in facts.by_id and not missed):
        clauses.append(_counted(len(undone), "未完成目标却得满分", undone))
    if late:
        clauses.append(_counted(len(late), "逾期完成却得满分", late))
    # partly met in full: counted apart from the 未完成 rows (rv23b)
    if partial := facts.names("full-points-partial"):
        clauses.append(_counted(len(partial), "部分完成却得满分", partial))
    # a word for an actual (较好, 满意): the printed 得分 has nothing behind it (rv23b)
    if unsupported := facts.names("points-unsupported"):
        clauses.append(
            _counted(len(unsupported), "实际完成值无具体数值，得分依据不足", unsupported)
        )
    # the budget line's 得分 is the execution rate's, not an indicator's
    on_budget = [f for f in facts.by_id.get("points-differ", ()) if f.where.budget_line]
    # a row without a 分值 computes 0 whatever it printed: named as 未设分值 above, its
    # 得分 says nothing against its result (letter21 M3)
    unweighted = (
        {facts.label(n) for n, i in enumerate(facts.card.table.indicators) if i.weight is None}
        if "weights-not-100" in facts.by_id
        else set()
    )
    differ = [
        facts.label_of(i)
        for _, i in facts.indicator_findings("points-differ")
        if facts.label_of(i) not in unweighted
    ]
    if differ:
        clauses.append(_counted(len(differ), "的自评得分与完成情况不符", differ))
    # a level 1 whose rows are all met, printed short of its label's weight: said of the
    # level, not of its first row (pt27 H5)
    for finding in facts.by_id.get("points-differ", ()):
        where = finding.where
        figures = {figure.name: figure.value for figure in finding.figures}
        if (
            where.indicator is None
            and where.budget_line is None
            and where.name
            and "added" in figures
            and "weight" in figures
        ):
            clauses.append(
                f"{_nested(where.name)}各项均已达成，得分合计{_weight_shown(figures['added'])}分"
                f"低于其分值{_weight_shown(figures['weight'])}分"
            )
    if on_budget:
        clauses.append(f"预算执行率得分与执行情况不符{_budget_points_figures(facts.card)}")
    clauses += _unread_points_clauses(facts)
    problems = _weights_unknown_problems(facts)
    if not clauses:
        return problems
    if facts.card.table.kind is TableKind.TARGET:  # a 申报表 prints 分值, scores nothing
        return [
            *problems,
            _Problem(f"指标分值设置有误，{'，'.join(clauses)}", "复核各项指标分值"),
        ]
    return [*problems, _Problem(f"自评打分存在差错，{'，'.join(clauses)}", "复核自评分值与得分")]


def _target_weights_clause(facts: _Facts, blank: list[str]) -> str:
    """A target table's ``weights-not-100`` in a reviewer's words, with the printed sum (t31 M3).

    ``各项分值合计95分，不为100分``; the rows left blank beside the 分值 column named
    (t31 H3), with or without a sum off 100 (``有2项指标未设分值（…），按0分计``).
    """
    finding = facts.by_id["weights-not-100"][0]
    added = next((f.value for f in finding.figures if f.name == "added"), None)
    clause = ""
    if added is not None and "不等于100" in finding.message:  # 90 passes (scoring.md)
        clause = f"各项分值合计{_weight_shown(added)}分，不为100分"
    elif added is None:
        clause = "各项分值合计不为100分"
    if blank and added is not None:
        counted = f"{_counted(len(blank), '未设分值', blank)}，按0分计"
        clause = f"{clause}，其中{counted}" if clause else counted
    return clause


def _unread_points_clauses(facts: _Facts) -> list[str]:
    """The rows whose 得分 is blank or unreadable, named, in a reviewer's words (letter22 M2).

    ``“食品监督抽检批次”未填写得分（分值20分）``, ``“检验报告差错率”得分填写无法识别``: the
    findings' own wording (未读入, 计算得分) is the tool's, not the unit's fault. A cell
    off the indicators (the 总分, the 等级, the budget line's 得分) is said as such.
    """
    indicators = facts.card.table.indicators
    clauses = []
    blank = [
        (finding, indicator) for finding, indicator in facts.indicator_findings("missing-points")
    ]
    if blank:
        shown = "、".join(
            f"“{_nested(indicator.name)}”"
            + (f"（分值{_weight_shown(indicator.weight)}分）" if indicator.weight else "")
            for _, indicator in blank[:_SHOWN_NAMES]
        )
        more = "等" if len(blank) > _SHOWN_NAMES else ""
        clauses.append(f"{shown}{more}未填写得分")
    if any(
        finding.where.indicator is None and finding.where.budget_line
        for finding in facts.by_id.get("missing-points", ())
    ):
        clauses.append("预算执行率未填写得分")  # the budget line's blank 得分 (r38r)
    unread = facts.indicator_findings("malformed-points")
    points = [facts.label_of(i) for _, i in unread if i.published_points is None]
    weights = [
        facts.label_of(i) for _, i in unread if i.published_points is not None and i.weight is None
    ]
    if points:
        clauses.append(f"{_names(points)}填写的得分无法识别")
    if weights:
        clauses.append(f"{_names(weights)}填写的分值无法识别")
    elsewhere = [
        finding
        for finding in facts.by_id.get("malformed-points", ())
        if finding.where.indicator is None or finding.where.indicator >= len(indicators)
    ]
    if any(finding.where.budget_line for finding in elsewhere):
        clauses.append("预算执行率得分填写无法识别")
    if any(not finding.where.budget_line for finding in elsewhere):
        clauses.append("表中总分或评价等级填写无法识别")
    if clauses and (blank or points):
        clauses[-1] += "，自评总分无法逐项核实"
    return clauses


def _weight_shown(weight: Decimal) -> str:
    """A 分值 as printed, without trailing zeros: 20, 7.5.

    >>> _weight_shown(Decimal("20.00")), _weight_shown(Decimal("7.5"))
    ('20', '7.5')
    """
    return (
        format(weight.normalize(), "f") if weight == weight.to_integral() else format(weight, "f")
    )


def _weights_unknown_problems(facts: _Facts) -> list[_Problem]:
    """Indicators without a 分值 and no weight to score them by, said once (letter22 M2).

    ``各项指标未列分值，无法核实自评得分`` (the table's own 总分 is in the opening
    sentence), or the level 1s that print none when others do. A limit of the scoring
    (默认权重, 未计算总分) is no fault of the unit: not said.
    """
    if "weights-unknown" not in facts.by_id:
        return []
    table = facts.card.table
    labelled = {level1 for level1, _ in table.level1_weights}
    printed = any(i.weight is not None for i in table.indicators) or bool(labelled)
    what = "各项指标"
    if printed:
        bare = {
            i.level1
            for i in table.indicators
            if i.level1 not in labelled
            and all(o.weight is None for o in table.indicators if o.level1 == i.level1)
        }
        levels = [
            level1 or "（未列一级指标）"
            for level1 in dict.fromkeys(i.level1 for i in table.indicators if i.level1 in bare)
        ]
        what = f"一级指标{_names(levels)}下各项指标" if levels else "部分指标"
    check = "无法核实自评得分" if table.published.total is not None else "无法评定得分和等级"
    return [_Problem(f"{what}未列分值，{check}", "补充各项指标分值")]


def _points_sum_clause(finding: Finding, printed_grade: str | None, *, holes: bool = False) -> str:
    """各项得分合计94.30分，与表中总分95.80分不符, points with two decimals (letter20 M3, L13).

    The points are the finding's figures (``added``, ``published``); when the sum
    earns another grade than the table prints (*printed_grade*), or than its total
    earns, the letter says so, as the finding does. With blank 得分 (*holes*) the sum
    earns no grade (letter22 H3): the letter says the total is out of reach even at full
    points (the ``ceiling`` figure), or below the printed 得分 alone (regress43 W5).

    Example:
        >>> from perftrack.model import Figure, Finding, Severity
        >>> figures = (Figure("added", Decimal("94.30")), Figure("published", Decimal("95.8")))
        >>> _points_sum_clause(
        ...     Finding("points-sum-mismatch", Severity.WARNING, "", figures=figures), "优"
        ... )
        '各项得分合计94.30分，与表中总分95.80分不符'
        >>> _points_sum_clause(Finding("points-sum-mismatch", Severity.WARNING, ""), None)
        '各项得分之和与总分不符'
    """
    added, published = finding.figure("added"), finding.figure("published")
    if added is None or published is None:
        return "各项得分之和与总分不符"
    if (ceiling := finding.figure("ceiling")) is not None:
        return (
            f"各项得分合计{_points_shown(added)}分，未填写得分的指标按满分计也仅"
            f"{_points_shown(ceiling)}分，与表中总分{_points_shown(published)}分不符"
        )
    if holes:
        return (
            f"已填写的各项得分合计{_points_shown(added)}分，已超过表中总分"
            f"{_points_shown(published)}分"
        )
    rest = ""
    if printed_grade is not None and grade_of(added) != printed_grade:
        rest = f"，按合计应评为“{grade_of(added)}”，表中为“{printed_grade}”"
    elif printed_grade is None and grade_of(added) != grade_of(published):
        rest = f"，按合计应评为“{grade_of(added)}”，总分对应“{grade_of(published)}”"
    return f"各项得分合计{_points_shown(added)}分，与表中总分{_points_shown(published)}分不符{rest}"


_RATE_RULE_RE: Final = re.compile(r"execution rate ([0-9.]+)%")


def _budget_points_figures(card: Scorecard) -> str:
    """``（执行率75.00%，应得7.50分，填报10.00分）``: the budget line's points, as scored.

    From the budget line's :class:`PointItem` (its rule names the rate the points come
    from); empty when the points lack a figure (letter34 LOW: the clause had none).
    """
    if card.points is None:
        return ""
    for item in card.points.items:
        if (
            item.indicator is None
            and item.budget_line is not None
            and item.points is not None
            and item.published_points is not None
            and item.points != item.published_points
        ):
            rate = _RATE_RULE_RE.match(item.rule)
            by = f"执行率{show(Decimal(rate[1]))}%，" if rate else ""
            return (
                f"（{by}应得{_points_shown(item.points)}分，"
                f"填报{_points_shown(item.published_points)}分）"
            )
    return ""


def _points_shown(value: Decimal) -> str:
    """Points as the letter prints them, two decimals: 100 → 100.00, 95.8 → 95.80."""
    return format(quantized(value), "f")


# Every finding id a template above speaks for, or that is deliberately left out.
_TEMPLATED: Final = _READING_NOTES | {
    "target-above-midterm",
    "budget-behind-schedule",
    "over-execution",
    "budget-rate-mismatch",
    "budget-sum-mismatch",
    "budget-unit-slip",
    "budget-unlikely",
    "budget-rate-missing",
    "negative-amount",
    "time-progress-mismatch",
    "deadline-passed",
    "actual-after-period",
    "missing-actual",
    "actual-not-numeric",  # said by _no_number_rows (r38h 2)
    "missing-target",
    "missing-deviation-reason",
    "missing-corrective-measures",
    "core-indicator-missed",
    "judgement-optimistic",
    "unit-mismatch",
    "duplicate-indicator",
    "actual-copies-target",
    # the rows' own actual-copies-target make the letter's line
    "actuals-copy-targets",
    "actual-is-target-form",
    "actual-other-measure",
    "actual-from-reason",
    "actual-without-figure",
    "malformed-target",
    "malformed-actual",
    "excel-date-serial",
    "possible-ocr-artifact",
    "exceeds-target",
    "plan-exceeds-target",
    "target-not-measurable",
    "targets-copied",
    # the rows' own target-not-measurable make the letter's line
    "targets-not-measurable",
    "target-direction-suspect",
    "target-implausible",
    "deadline-outside-year",
    "target-multi-year",
    "category-suspect",
    "target-below-last-year",
    "cost-above-budget",
    "missing-level2",
    "missing-overall-goal",
    "target-missing-unit",
    "target-unit-suspect",
    "cost-not-ceiling",
    "satisfaction-not-percent",
    "satisfaction-target-full",
    "satisfaction-target-low",
    "missing-category",
    "points-sum-mismatch",
    "weights-not-100",
    "level1-weight-mismatch",
    "grade-mismatch",
    "points-differ",
    "points-over-maximum",
    "full-points-not-met",
    "full-points-partial",
    "points-unsupported",
    # said beside the total (Points.note), not as a problem of the table (k32k)
    "points-rescaled",
    "budget-amount-missing",
    "paid-above-standard",
    "outcome-copies-output",
    "missing-points",
    "malformed-points",
    "weights-unknown",
    "malformed-amount",
}


# The advice for a finding no template above speaks for: its message is the problem,
# quoted, and this the 建议 it calls for (k32d: such warnings had none).
_ADVICE: Final = MappingProxyType(
    {
        "actuals-as-ratios": "据实填报各项指标的实际完成值",
        "actuals-not-reported": "据实填报各项指标的实际完成值",
        "columns-swapped": "核对年度指标值与实际完成值的填列位置",
        # 覆盖率 120%: a share of a whole over 100% (r37s)
        "actual-implausible": "核实并据实填报实际完成值",
        "budget-quarters-mismatch": "核对分期执行数与累计执行数",
        "judgement-missing": "补充填写绩效跟踪总体判断",
        "likelihood-unclear": "明确勾选完成可能性",
        "missing-name": "补全三级指标名称",
        "name-is-level": "写明三级指标的具体内容",
        "missing-project-name": "补充填写项目名称等基本信息",
        "period-missing": "在表中注明跟踪时段",
        "period-unread": "规范填写跟踪时段",
        "period-title-mismatch": "核对跟踪时段与表头标题的年度和月份",
        "period-date-invalid": "核对跟踪时段的起止日期",
        "period-spans-years": "跟踪时段应在同一预算年度内，核对起止年月",
        "period-header-mismatch": "核对跟踪时段与执行数、完成值列标题的月份",
        "reason-in-actual": "将偏差原因移至偏差原因栏填写",
        # 扣2分 said, full points printed (r36q)
        "deduction-not-taken": "按说明的扣分据实填报得分",
        "reason-contradicts-result": "据实分析偏差原因",
        "missing-indicators": "按要求设置并填报绩效指标",
        # the file itself: damaged, cut short, a sheet unread, formulas never computed
        "malformed-cell": "核对报送文件是否完整、可正常打开",
        "file-truncated": "核对报送文件是否完整、可正常打开",
        "sheet-unread": "核对报送文件是否完整、可正常打开",
        "formula-without-result": "核对报送文件是否完整、可正常打开",
        # a level's own 分值/得分 row against its rows' (r36m)
        "level-points-mismatch": "核对各级指标的分值、得分与其下各项合计",
    }
)

# Infos with no template that are still a problem of the table a reviewer writes up:
# a level's name for an indicator, a reason that contradicts the result (k32d).
_ADVISED_INFOS: Final = frozenset({"name-is-level", "reason-contradicts-result"})


def _core_problems(facts: _Facts) -> list[_Problem]:
    """``core-indicator-missed``: 有N项核心指标未达成或进度落后（“★甲”…）, once.

    The rows are said with their other trouble above; this says which of them are
    the ★ ones, and asks that they come first (k32d).

    Example:
        >>> import perftrack
        >>> from perftrack.model import Indicator, Period, Table, TableKind, YearMonth
        >>> row = Indicator(
        ...     name="培训人次",
        ...     core=True,
        ...     target=perftrack.parse_target("≥100人次"),
        ...     actual=perftrack.parse_value("80人次"),
        ... )
        >>> year = Period(YearMonth(2025, 1), YearMonth(2025, 12))
        >>> card = score(Table(TableKind.SELF_EVALUATION, period=year, indicators=(row,)))
        >>> _core_problems(_Facts(card))[0]
        _Problem(text='有1项核心指标未达成（“★培训人次”）', suggestion='将核心指标作为整改重点')
    """
    found = facts.indicator_findings("core-indicator-missed")
    if not found:
        return []
    verdicts = {verdict.indicator: verdict for verdict in facts.card.verdicts}
    names: list[str] = []
    words: set[str] = set()
    for finding, _ in found:
        index = finding.where.indicator
        verdict = verdicts.get(index) if index is not None else None
        if index is None or verdict is None:
            continue
        names.append(facts.label(index))
        if verdict.attainment is Attainment.NOT_MET:
            words.add("未达成")
        elif verdict.progress is Progress.BEHIND:
            words.add("进度落后")
        else:
            words.add("预计全年不能达成")
    if not names:
        return []
    what = "或".join(w for w in ("未达成", "进度落后", "预计全年不能达成") if w in words)
    advice = (
        "优先保障核心指标按期完成"
        if facts.card.table.kind is TableKind.TRACKING
        else "将核心指标作为整改重点"
    )
    unique = list(dict.fromkeys(names))
    return [_Problem(f"有{len(unique)}项核心指标{what}（{_names(unique)}）", advice)]


def _problems(card: Scorecard) -> list[_Problem]:
    facts = _Facts(card)
    problems = _all_problems(facts, qualitative=False)
    if problems or _qualitative_dominate(facts):
        return _all_problems(facts, qualitative=True)
    return problems


def _qualitative_dominate(facts: _Facts) -> bool:
    """Whether 定性 targets are half the indicators or more: a problem on their own.

    One pass/fail criterion (验收合格) or one 建立 among quantified targets is what
    财预〔2021〕101号 allows where a thing is not quantifiable, not a problem.
    """
    names = facts.names("target-not-measurable")
    return bool(names) and 2 * len(names) >= len(facts.card.table.indicators)


def _qualitative_remark(facts: _Facts) -> str:
    """A closing remark on the few 定性 targets of a table with no problem, or nothing."""
    names = facts.names("target-not-measurable")
    if not names:
        return ""
    return f"另有{len(names)}项指标为定性或文字描述（{_names(names)}），可结合实际进一步细化量化。"


def _all_problems(facts: _Facts, *, qualitative: bool) -> list[_Problem]:
    card = facts.card
    problems = [
        _Problem(
            f"表格存在无法评分的问题：{finding.message}",
            _ADVICE.get(finding.id, "核实表格内容后重新填报"),
        )
        for finding in card.findings
        if finding.severity is Severity.ERROR and finding.id not in _TEMPLATED
    ]
    problems += _budget_problems(facts)
    problems += _indicator_problems(facts)
    problems += _core_problems(facts)
    problems += _judgement_problems(facts)
    problems += _target_problems(facts, qualitative=qualitative)
    problems += _points_problems(facts)
    # A warning perftrack has no template for is still worth a line, its advice from
    # _ADVICE (none for an id perftrack does not know yet); so are the few infos that
    # are the table's problems.
    problems += [
        _Problem(finding.message, _ADVICE.get(finding.id))
        for finding in card.findings
        if finding.id not in _TEMPLATED
        and (
            finding.severity is Severity.WARNING
            or (finding.severity is Severity.INFO and finding.id in _ADVISED_INFOS)
        )
    ]
    return problems


def _budget_sentence(card: Scorecard) -> str:
    table = card.table
    project = _project(table)
    when = f"截至{chinese_date(card.as_of)}" if card.as_of is not None else ""
    year_end = table.kind is TableKind.SELF_EVALUATION
    row = row_of(card)
    rate = row.rate
    if rate is None:
        if table.budget:
            # lines without a total that nest, a budget of 0: filled in, but no rate
            return f"经审核，{project}{when}填报的预算执行情况无法计算预算执行率。"
        return f"经审核，{project}{when}未填报预算执行情况。"
    what = "全年预算执行率" if year_end else "预算执行率"
    name, bar = bar_of(card)
    shown, shown_bar, relation = percent(rate), percent(bar), ""
    if bar is not None:
        relation = "达到" if rate == bar else "高于"
        if rate < bar:
            # 66.666% below 66.667%, never "66.67%，低于序时进度66.67%"
            shown, shown_bar, slightly = below(rate, bar)
            relation = "略低于" if slightly else "低于"
    whole = whole_budget(table, card.budget)
    summed = (
        f"（表中未列资金总额，按{summed_what(whole)}合计）"
        if whole is not None and whole.summed
        else ""
    )
    sentence = f"经审核，{project}{when}{what}为{shown}%{summed}"
    if bar is not None and _sources_rate(card) is None:
        sentence += f"，{relation}{name}{shown_bar}%"
    if row.executed is not None and row.budget is not None:
        unit = table.budget_unit or ""
        budget = _budget_word(card)
        # the printed 执行数 is the whole period's at a date inside it: said so (r38h 5)
        to_end = _period_end_said(card)
        sentence += (
            f"（已执行{amount(row.executed)}{unit}，{budget}{amount(row.budget)}{unit}{to_end}）"
        )
    if (sources := _sources_rate(card)) is not None:
        # the total's lag the sources' sums contradict: the amounts disagree (letter34 M3)
        sentence += f"，按各项资金来源合计计算为{show(sources)}%，两者不符，执行进度无法确认"
    return sentence + "。"


def _period_end_said(card: Scorecard) -> str:
    """``；执行数为跟踪期末2024年6月30日的填报数`` beside a date inside the period.

    Said when scoring noted the printed execution as the whole period's
    (``budget-executed-period-end``, r38h 5); else nothing.
    """
    period = card.table.period
    if period is None or not any(
        finding.id == "budget-executed-period-end" for finding in card.findings
    ):
        return ""
    month = period.end.month
    end = dt.date(period.end.year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return f"；执行数为跟踪期末{chinese_date(end)}的填报数"


def _budget_word(card: Scorecard) -> str:
    """The budget the whole budget's rate is against: 跟踪期预算, 全年预算 or 预算.

    The table's budget column as its header names it (``scoring.budget_name``); a
    rate against the 年初预算数 (no budget column) is the year's in a
    self-evaluation table, else 预算.
    """
    whole = whole_budget(card.table, card.budget)
    if whole is not None and whole.analysis.denominator == "period_budget":
        return budget_name(card.table).removesuffix("数")
    return "全年预算" if card.table.kind is TableKind.SELF_EVALUATION else "预算"


def _printed_kept(points: Points) -> str:
    """``，其中6项无法判断，按表中得分计53.00分``: the points counted unchecked, if any.

    Example:
        >>> from perftrack.scoring import PointItem, Points
        >>> kept = PointItem("群众评价", Decimal(10), Decimal(9), "unknown: printed points", 0)
        >>> _printed_kept(Points(Decimal(99), "优", False, (), (kept,)))
        '，其中1项无法判断，按表中得分计9.00分'
        >>> _printed_kept(Points(Decimal(99), "优", False, (), ()))
        ''
    """
    kept = points.printed_kept
    if not kept:
        return ""
    total = sum((item.points for item in kept if item.points is not None), Decimal(0))
    return f"，其中{len(kept)}项无法判断，按表中得分计{quantized(total)}分"


def _indicator_sentence(card: Scorecard) -> str:
    if not card.verdicts:
        return "未设置绩效指标。"
    counts = Counter(verdict.attainment for verdict in card.verdicts)
    facts = _Facts(card)
    # work done after its due date is counted as such, not as 未完成
    counts[Attainment.NOT_MET] -= len(facts.late)
    # 其中 attaches to the count it is part of (letter20 M5): "进行中3项（其中2项进度
    # 落后于计划），无法判断1项", never "无法判断1项，其中2项…"
    indicators = card.table.indicators
    missed = [
        v
        for v in card.verdicts
        if _forecast_miss(v, indicators[v.indicator]) and not facts._at_due(v)  # noqa: SLF001
    ]
    off_course: dict[Attainment | None, list[str]] = {}
    for what, verdicts in (
        ("进度落后于计划", facts.plan_behind_verdicts()),
        # a ceiling exceeded is behind too (the summary's 落后 counts it): said as over
        # its target, as the problems say it, so that the counts add up (r37r B)
        ("已超出年度指标", facts.over_ceiling_verdicts()),
        # a pass rate of 0 before any check is behind too (the summary's 落后 counts it):
        # said as the problems say it, so that the counts add up (r38h 4)
        ("合格率为0、尚无验收或检查结果", facts.unrated_verdicts()),
        ("预计全年无法完成", missed),
    ):
        if verdicts:
            kinds = {v.attainment for v in verdicts}
            where = next(iter(kinds)) if len(kinds) == 1 else None
            off_course.setdefault(where, []).append(f"{len(verdicts)}项{what}")
    parts = []
    shown = [a for a in ATTAINMENT_ORDER if counts[a] > 0]
    for attainment in ATTAINMENT_ORDER:
        if attainment is Attainment.NOT_MET and facts.late:
            parts.append(f"逾期完成{len(facts.late)}项")
        if counts[attainment] > 0:
            part = f"{_COUNTED[attainment]}{counts[attainment]}项"
            if attainment is Attainment.NOT_APPLICABLE:
                # the rows left out are named: their weight went to the rest (letter34 H3)
                left_out = facts.verdict_names(lambda a, _: a is Attainment.NOT_APPLICABLE)
                part += f"（{_names(left_out)}）"
            if attainment in off_course:
                said = "，".join(off_course[attainment])
                # the last count takes 其中 after it; another one, in brackets
                last = attainment is shown[-1] and None not in off_course
                part += f"，其中{said}" if last else f"（其中{said}）"
            parts.append(part)
    if None in off_course:  # behind rows of several counts: said of them all
        parts.append(f"上述指标中有{'，'.join(off_course[None])}")
    sentence = f"共设置绩效指标{len(card.verdicts)}项，{'，'.join(parts)}。"
    if card.points is not None:
        mark = "暂估" if card.points.provisional else ""
        # no weights at all (weights-unknown) is a problem of its own, said once (letter22 M2)
        unweighted = not card.points.items and not card.points.undecided
        if card.points.total is None and not unweighted:
            sentence += "各项均无法判断，未计算得分"
        elif card.points.total is not None:
            # weights the table never printed are the policy's: said so (letter20 M9)
            rule = "按默认权重计算" if _default_weights(card.table) else "按评分规则"
            total = _points_shown(card.points.total)
            sentence += f"{rule}{mark}得分{total}分"
            note = _points_note(card.points)
            if note:
                sentence += f"（{note}）"
            sentence += f"，等级为“{card.points.grade}”"
            sentence += _printed_kept(card.points)
        published = card.table.published
        if published.total is not None:
            grade = f"，等级“{published.grade}”" if published.grade else ""
            said = f"表中自评{_points_shown(published.total)}分{grade}"
            sentence += said if sentence.endswith("。") else f"（{said}）"
        if not sentence.endswith("。"):
            sentence += "。"
    return sentence


def _points_note(points: Points) -> str:
    """``Points.note`` where the letter says it beside the total, else ``""`` (k32k).

    A total above 100 (weights of 110 scored 109.20: no rule gives it, score54 M6), and
    a note that moves the grade (``Points.regraded``): weights of another sum than 100
    graded on their share (82.75 of 110 is 中, not 良), or rows left out and the rest
    rescaled (100.00 优 where the rows counted 0 give 50.00 差, score57 #7). A note that
    leaves the grade as it was is said on the points line of the reports only.

    Example:
        >>> from perftrack.scoring import PointItem, Points
        >>> met = PointItem("批次", Decimal(110), Decimal("82.75"), "comparison not_met", 0)
        >>> _points_note(Points(Decimal("82.75"), "中", False, (), (met,), Decimal(110)))
        '各项分值合计110分，超过100分，未折算，按得分率75.23%定级'
    """
    if points.total is None:
        return ""
    if points.total > _HUNDRED_POINTS or points.regraded:
        return points.note
    return ""


# The whole of a table's points (a computed total above it is said in the letter).
_HUNDRED_POINTS: Final = Decimal(100)


def _default_weights(table: Table) -> bool:
    """Whether the points weigh the indicators by the policy's defaults (scoring.md §7).

    No 分值 printed beside any indicator, nor in level-1 labels covering them all.

    Example:
        >>> from perftrack.model import Indicator, Table, TableKind
        >>> row = Indicator("家庭医生签约人数", level1="产出指标")
        >>> _default_weights(Table(TableKind.SELF_EVALUATION, indicators=(row,)))
        True
        >>> _default_weights(
        ...     Table(TableKind.SELF_EVALUATION, indicators=(evolve(row, weight=Decimal(50)),))
        ... )
        False
    """
    if not table.indicators or any(i.weight is not None for i in table.indicators):
        return False
    labels = dict(table.level1_weights)
    return not all((indicator.level1 or "") in labels for indicator in table.indicators)


def _short_level1(level1: str) -> str:
    """产出指标 → 产出, （未分类） → 未分类: a level 1 as a count names it."""
    return level1.strip("（）").removesuffix("指标") or level1


def _money(value: Decimal) -> str:
    """An amount with two decimals at least, as the rest of the letter prints them.

    ``350`` from a numeric xlsx cell and ``350.00`` from text are one figure.

    Example:
        >>> _money(Decimal(350)), _money(Decimal("383.456"))
        ('350.00', '383.456')
    """
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:  # noqa: PLR2004 - two decimals
        value = quantized(value)
    return format(value, "f")


def _target_sentence(card: Scorecard) -> str:
    """What a 申报表 declares: its 申报预算 when filled in, its indicators per level 1.

    Example:
        >>> import perftrack
        >>> from attrs import evolve
        >>> from perftrack.model import TableKind
        >>> table = perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1]
        >>> print(_target_sentence(perftrack.score(evolve(table, kind=TableKind.TARGET))))
        经审核，『社区党群服务中心工作』项目申报预算383.45万元，设置绩效指标12项（产出9项、效益2项、满意度1项）。
    """
    table = card.table
    project = _project(table)  # 『某市文化和旅游局』部门整体支出 for a department's table
    row = row_of(card)
    budget = f"申报预算{_money(row.budget)}{table.budget_unit or ''}，" if row.budget else ""
    if not table.indicators:
        return f"经审核，{project}{budget}未设置绩效指标。"
    per_level1 = "、".join(
        f"{_short_level1(level1)}{sum(counts.values())}项" for level1, counts in level1_counts(card)
    )
    return f"经审核，{project}{budget}设置绩效指标{len(table.indicators)}项（{per_level1}）。"


# What closes a paragraph without problems, by the stage the table is at.
_NO_PROBLEMS: Final = {
    TableKind.TARGET: "未发现明显问题。建议按申报的绩效目标组织实施，做好绩效运行监控。",
    TableKind.TRACKING: "未发现明显问题。建议继续按计划推进项目实施，确保全年绩效目标如期实现。",
    TableKind.SELF_EVALUATION: "未发现明显问题。建议总结项目实施经验，做好评价结果应用。",
}


def review(card: Scorecard) -> str:
    """The 审核意见 of one scorecard: its project name on a line, then the paragraph.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> text = review(card)
        >>> (
        ...     "存在以下问题：一是预算执行进度滞后" in text,
        ...     text.endswith("审慎判断完成可能性，细化量化绩效指标。"),
        ... )
        (True, True)
    """
    if card.policy.language != "zh":
        # the letter is Chinese and quotes findings: scored in English (--language en),
        # their messages are scored again in Chinese, all else the same (cli27 M1)
        card = score(card.table, policy=evolve(card.policy, language="zh"))
    problems = _problems(card)
    if card.table.kind is TableKind.TARGET:
        # a 申报表 has no execution: what it declares, then how its targets are set
        text = _target_sentence(card)
    else:
        text = _budget_sentence(card) + _indicator_sentence(card)
    if problems:
        suggestions = [p.suggestion for p in problems if p.suggestion is not None]
        problems = _merged_rows(problems)
        numbered = (
            problems[0].text  # one problem is not numbered (review30 L1)
            if len(problems) == 1
            else "；".join(
                f"{chinese_ordinal(number)}是{problem.text}"
                for number, problem in enumerate(problems, start=1)
            )
        )
        text += f"存在以下问题：{numbered}。"
        unique = list(dict.fromkeys(suggestions)) or ["针对上述问题逐项整改"]
        if "据实判断完成目标可能性" in unique and "审慎判断完成可能性" in unique:
            # one advice on the judgement, not two in other words (letter21 L2)
            unique.remove("审慎判断完成可能性")
        text += f"建议{'，'.join(unique)}。"
    else:
        # a few 定性 targets (验收合格, 建立) are a remark, not 存在以下问题
        text += _NO_PROBLEMS[card.table.kind] + _qualitative_remark(_Facts(card))
    return f"{card.table.project.name or source_label(card.table)}\n{text}"


# A problem that counts rows and names them: 有1项指标未完成年度目标（“项目开工时间”）.
_COUNTED_RE: Final = re.compile(r"有(?P<count>\d+)项指标(?P<what>[^（）]+)（(?P<names>[^（）]+)）")


# The end of the problem of rows in trouble without their 纠偏措施.
_NO_MEASURES: Final = "未填写纠偏措施"


def _merged_rows(problems: list[_Problem]) -> list[_Problem]:
    """*problems* with two in a row that name the same rows said as one (review30 L2).

    ``有1项指标未完成年度目标（“甲”）`` then ``有1项指标存在偏差但未分析原因（“甲”）``
    is ``有1项指标未完成年度目标且未分析原因（“甲”）``. The advice is kept apart.

    Example:
        >>> _merged_rows(
        ...     [
        ...         _Problem("有1项指标未完成年度目标（“甲”）", "a"),
        ...         _Problem("有1项指标存在偏差但未分析原因（“甲”）", "b"),
        ...     ]
        ... )[0].text
        '有1项指标未完成年度目标且未分析原因（“甲”）'
        >>> _merged_rows(
        ...     [
        ...         _Problem("有1项指标未完成年度目标（“甲”）", "a"),
        ...         _Problem("有1项指标的合格率填报为0，尚无验收或检查结果（“甲”）", "b"),
        ...     ]
        ... )[0].text
        '有1项指标未完成年度目标且合格率填报为0，尚无验收或检查结果（“甲”）'

    A row's 纠偏措施 left out after it is said as such, not as a third chained clause:
    ``有1项指标存在偏差但未分析原因，也未填写纠偏措施（“甲”）`` (track40 M2); so are
    measures that state none: ``有1项指标进度落后于跟踪期计划，但纠偏措施仅填写“按计划推进”，
    未提出具体措施（“甲”）`` (k32d).
    """
    merged: list[_Problem] = []
    for problem in problems:
        last = _COUNTED_RE.fullmatch(merged[-1].text) if merged else None
        this = _COUNTED_RE.fullmatch(problem.text)
        if (
            last is not None
            and this is not None
            and (last["count"], last["names"]) == (this["count"], this["names"])
        ):
            # 的实际完成值所填日期晚于跟踪期末 after 未完成年度目标: its 的 belongs to 有N项指标,
            # not to the clause it joins (未完成年度目标且的实际完成值… was written)
            what = this["what"].removeprefix("存在偏差但").removeprefix("的")
            joint = "，且" if "，" in last["what"] else "且"  # 晚于跟踪期末，…，且进度落后
            if what.endswith(_NO_MEASURES):
                # the rows' trouble is said already: only the measures left out are added,
                # never 未分析原因且进度落后、未完成或完成可能性存疑，但… (track40 M2)
                what = ("也" if "未" in last["what"] else "但") + _NO_MEASURES
                joint = "，"
            elif (vague := _VAGUE_MEASURES_RE.search(what)) is not None:
                # measures that state none, after the rows' trouble said already (k32d)
                what = what[vague.start() :]
                joint = "，" if "未" in last["what"] else "，但"
            text = f"有{last['count']}项指标{last['what']}{joint}{what}（{last['names']}）"
            merged[-1] = _Problem(text, merged[-1].suggestion)
            continue
        merged.append(problem)
    return merged


def _told_apart_headings(cards: Sequence[Scorecard]) -> list[str | None]:
    """Headings for paragraphs of one project that only the 实施单位 tells apart, else None.

    Three counties' 区域 tables stacked on one sheet print the same transfer's name:
    each paragraph's heading gets its 实施单位 (the 资金使用单位 or 地方主管部门),
    ``中央财政衔接推进乡村振兴补助资金（甲县农业农村局）``.

    Example:
        >>> from perftrack.model import Project, Table, TableKind
        >>> from perftrack.scoring import score
        >>> cards = [
        ...     score(Table(TableKind.SELF_EVALUATION, project=Project("衔接资金", "财政部", unit)))
        ...     for unit in ("甲县农业农村局", "乙县农业农村局")
        ... ]
        >>> _told_apart_headings(cards)
        ['衔接资金（甲县农业农村局）', '衔接资金（乙县农业农村局）']
    """
    names: dict[str | None, set[str | None]] = {}
    for card in cards:
        names.setdefault(card.table.project.name, set()).add(card.table.project.implementer)
    told: list[str | None] = []
    for card in cards:
        project = card.table.project
        if project.name and project.implementer and len(names[project.name]) > 1:
            told.append(f"{project.name}（{project.implementer}）")
        else:
            told.append(None)
    return told


def render(report: Report) -> str:
    """The reviews of every scorecard, separated by blank lines, then the failed files.

    Example:
        >>> from perftrack.reports._common import Report
        >>> print(render(Report.of([], [{"file": "坏.xlsx", "message": "不是表格"}])), end="")
        以下文件未能读取，未纳入审核：坏.xlsx（不是表格）。
    """
    blocks: list[str] = []
    for card, heading in zip(report.cards, _told_apart_headings(report.cards), strict=True):
        block = review(card)
        if heading is not None:
            _, _, paragraph = block.partition("\n")
            block = f"{heading}\n{paragraph}"
        blocks.append(block)
    if report.errors:
        failed = "；".join(f"{error.file}（{error.message}）" for error in report.errors)
        blocks.append(f"以下文件未能读取，未纳入审核：{failed}。")
    if not blocks:
        blocks.append("没有可审核的绩效表。")
    return writable_text("\n\n".join(blocks) + "\n")
