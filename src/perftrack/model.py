"""The domain model: a performance table and its parts (domain.md §1, json.md).

Every class is a frozen, slotted attrs class; numbers are ``Decimal``;
sequences are tuples. Where a cell came from (its raw text, file, sheet, row,
column) is kept on the object but outside equality, so two cells that say the
same thing are equal wherever they stand; a table's :class:`Source` (file,
sheet, index, checksum) is part of the table.

Example:
    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator(
    ...     name="两新党支部书记满意度",
    ...     level1="满意度指标",
    ...     level2="服务对象满意度指标",
    ...     target=parse_target("≥80.00(%)"),
    ...     actual=parse_value("80.00"),
    ... )
    >>> row.target.op.value, row.actual.value
    ('>=', Decimal('80.00'))
"""

from __future__ import annotations

import enum
import functools
from decimal import Decimal
from typing import Final, Literal

from attrs import field, frozen

from perftrack._errors import nest_quotes, shorten_quotes
from perftrack.expressions import Target, Value

__all__ = [
    "Breakdown",
    "BudgetLine",
    "BudgetPart",
    "BudgetRole",
    "BudgetSpan",
    "Direction",
    "Figure",
    "Finding",
    "Indicator",
    "Judgement",
    "Likelihood",
    "Note",
    "OverallGoal",
    "Period",
    "Position",
    "Project",
    "Published",
    "Severity",
    "Source",
    "Table",
    "TableKind",
    "Where",
    "YearMonth",
    "column_letters",
]


class TableKind(enum.Enum):
    """Which of the three tables this is (domain.md §1)."""

    TRACKING = "tracking"
    SELF_EVALUATION = "self_evaluation"
    TARGET = "target"


class BudgetRole(enum.Enum):
    """What a budget line is (scoring.md §5).

    ``TOTAL``, ``APPROPRIATION``, ``CARRIED_OVER`` and ``OTHER`` divide the money by
    its source. ``USE`` (``"use"``) is a part of the total along another axis, what the
    money is spent on: 基本支出, 项目支出, 人员经费, 公用经费 of a 部门整体 table, or an
    economic class (工资福利支出, 商品和服务支出…). A use line is never added into the
    sources' sum and never stands for the whole budget; its own rate is checked, and a
    grid row naming it (基本支出预算执行率) is compared with it.

    Example:
        >>> import perftrack
        >>> perftrack.BudgetRole("use").name
        'USE'
    """

    TOTAL = "total"
    APPROPRIATION = "appropriation"
    CARRIED_OVER = "carried_over"
    OTHER = "other"
    USE = "use"


class BudgetSpan(enum.Enum):
    """Which budget the budget block's 预算数 column is, as its header names it.

    ``PERIOD`` (``"period"``): 跟踪期预算数 (监控期预算数), the budget as it stands at
    the tracked period's end; ``YEAR`` (``"year"``): 全年预算数, 调整后预算数,
    批复数, 安排数; ``UNKNOWN`` (``"unknown"``): a bare 预算数, a months' 预算数 or
    已下达预算数 alone, or no such column.

    Example:
        >>> import perftrack
        >>> perftrack.BudgetSpan("period").name
        'PERIOD'
    """

    PERIOD = "period"
    YEAR = "year"
    UNKNOWN = "unknown"


class Likelihood(enum.Enum):
    """A 完成可能性 judgement (scoring.md §9)."""

    CERTAIN = "certain"
    POSSIBLE = "possible"
    IMPOSSIBLE = "impossible"


class Direction(enum.Enum):
    """指标方向性: whether higher or lower is better."""

    HIGHER = "higher"
    LOWER = "lower"


class Severity(enum.Enum):
    """How much a finding matters (scoring.md §6)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@functools.lru_cache(maxsize=1024)
def column_letters(column: int) -> str:
    """Spreadsheet letters of a 1-based column number (memoised: every finding's cell).

    Example:
        >>> column_letters(1), column_letters(27)
        ('A', 'AA')
    """
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@frozen
class Position:
    """Where a cell stands in its input: file, sheet, 1-based row and column.

    Example:
        >>> import perftrack
        >>> perftrack.Position("跟踪表.xlsx", "Sheet1", 17, 5).cell
        'E17'
    """

    file: str | None
    sheet: str | None
    row: int
    column: int

    @property
    def cell(self) -> str:
        """The A1 address of the cell."""
        return f"{column_letters(self.column)}{self.row}"


@frozen
class Source:
    """Where a table was read from: ``index`` is its position in the file, from 0.

    Example:
        >>> import perftrack
        >>> perftrack.Source("exports/跟踪表.xlsx", "Sheet1", 0).index
        0
    """

    file: str | None = None
    sheet: str | None = None
    index: int = 0
    sha256: str | None = None


@frozen
class Project:
    """项目名称 / 主管部门 / 实施单位, and the 项目编码 the budget systems give a project.

    Example:
        >>> import perftrack
        >>> perftrack.Project("两新党建工作", "上海市莘庄工业区(汇总)").implementer is None
        True
        >>> perftrack.Project("高标准农田建设", code="42010022T000000012345").code
        '42010022T000000012345'
    """

    name: str | None = None
    department: str | None = None
    implementer: str | None = None
    code: str | None = None


@frozen(order=True)
class YearMonth:
    """A month of a year, printed ``2023-08``.

    Example:
        >>> import perftrack
        >>> str(perftrack.YearMonth(2023, 8))
        '2023-08'
    """

    year: int
    month: int

    def __str__(self) -> str:
        """``YYYY-MM``, the JSON form."""
        return f"{self.year:04d}-{self.month:02d}"


@frozen
class Period:
    """跟踪时段: the months the table reports on (a self-evaluation's whole year).

    Example:
        >>> import perftrack
        >>> p = perftrack.Period(perftrack.YearMonth(2023, 1), perftrack.YearMonth(2023, 8))
        >>> p.months
        8
    """

    start: YearMonth
    end: YearMonth
    text: str = field(default="", eq=False, repr=False)
    # the school term the table names where its months are printed on a line of their
    # own (标题“2024-2025学年第二学期…” over 跟踪时段：2025年2月-8月), r37l: empty when
    # none, or when the text names it
    term: str = field(default="", eq=False, repr=False)
    # the term's last month when the period is the term to a date inside it (标题“…第二学期…”
    # over 跟踪时段：2025年2月-5月: 2025-07, the term assumed; r37o): None when the period
    # is the whole term, or no term
    term_end: YearMonth | None = field(default=None, eq=False, repr=False)

    @property
    def months(self) -> int:
        """Months elapsed in the fiscal year at the period's end (序时进度 × 12)."""
        return self.end.month if self.end.year == self.start.year else 12


def is_project_year(period: Period | None) -> bool:
    """Whether *period* is one project year across two budget years (r36c).

    Twelve months from a month after January into the next year
    (``2024年7月-2025年6月``, a school's ``2024-09至2025-08``): the table's own year,
    whose 序时进度 is the share of those twelve months gone and whose deadlines
    without a year fall in it. A window of fewer months (``2024年7月-2025年3月``) or
    a calendar year is not one.

    Example:
        >>> is_project_year(Period(YearMonth(2024, 7), YearMonth(2025, 6)))
        True
        >>> is_project_year(Period(YearMonth(2024, 7), YearMonth(2025, 3)))
        False
        >>> is_project_year(Period(YearMonth(2024, 1), YearMonth(2024, 12)))
        False
    """
    if period is None or period.start.month == 1:
        return False
    return (period.end.year, period.end.month) == (period.start.year + 1, period.start.month - 1)


# The months a school term may take. Read without them (r37c) the first (autumn) term
# is September to the next January, the second (spring) term February to July (the
# readers assume them); printed (r37l), a first term starts in August or September and
# ends from December to the next February, a second term starts in February or March
# and ends from June to August.
_FIRST_TERM_STARTS: Final = (8, 9)
_FIRST_TERM_ENDS: Final = ((0, 12), (1, 1), (1, 2))
_SECOND_TERM_STARTS: Final = (2, 3)
_SECOND_TERM_ENDS: Final = (6, 7, 8)


def is_school_term(period: Period | None) -> bool:
    """Whether *period* is a school term judged as its own window (r37c, r37l).

    A period whose text names a 学期 (``2024-2025学年第一学期``, ``2025年春季学期``,
    ``2024-2025学年第二学期（2025年2月-8月）``) or that was read under a title naming
    one (:attr:`Period.term`), and whose months are a term's: a first term from August
    or September to December, January or February, a second term from February or
    March to June, July or August (the months assumed are 2024-09..2025-01 and
    2025-02..2025-07; printed months win, r37l). Like a project year, the table's own
    year: its 序时进度 the share of the term's months gone, its deadlines without a
    year inside it.

    Example:
        >>> term = Period(YearMonth(2025, 2), YearMonth(2025, 7), text="2024-2025学年第二学期")
        >>> is_school_term(term), is_school_term(Period(YearMonth(2025, 2), YearMonth(2025, 7)))
        (True, False)
        >>> is_school_term(Period(YearMonth(2025, 2), YearMonth(2025, 8), term="第二学期"))
        True
        >>> is_school_term(Period(YearMonth(2025, 2), YearMonth(2025, 12), term="第二学期"))
        False
        >>> feb, may, july = YearMonth(2025, 2), YearMonth(2025, 5), YearMonth(2025, 7)
        >>> to_may = Period(feb, may, term="第二学期")
        >>> is_school_term(to_may), is_school_term(Period(feb, may, term="第二学期", term_end=july))
        (False, True)
    """
    if period is None or not (period.term or "学期" in period.text):
        return False
    start, end = period.start, period.end
    if period.term_end is not None:
        # the term to a date inside it (r37o): the term's own months decide
        if not start <= end <= period.term_end:
            return False
        end = period.term_end
    if start.month in _FIRST_TERM_STARTS:
        return (end.year - start.year, end.month) in _FIRST_TERM_ENDS
    return (
        start.month in _SECOND_TERM_STARTS
        and end.year == start.year
        and end.month in _SECOND_TERM_ENDS
    )


def is_own_year(period: Period | None) -> bool:
    """Whether *period* is the table's own year: a project year or a school term (r36c, r37c)."""
    return is_project_year(period) or is_school_term(period)


def own_year_months(period: Period | None) -> int:
    """The months of the table's own year: a school term's (5 or 6 when assumed), else twelve.

    Example:
        >>> own_year_months(Period(YearMonth(2024, 9), YearMonth(2025, 1), text="第一学期"))
        5
        >>> own_year_months(Period(YearMonth(2024, 7), YearMonth(2025, 6)))
        12
    """
    if period is None or not is_school_term(period):
        return 12
    end = period.term_end or period.end  # the term to a date inside it: the term's (r37o)
    return (end.year - period.start.year) * 12 + end.month - period.start.month + 1


@frozen
class BudgetPart:
    """A 执行数 column for a part of the year beside the period's, on one budget line.

    ``第一季度执行数``, ``二季度执行数``, ``1-3月执行数`` beside ``1-8月执行数``: ``label``
    is the header as printed, ``start`` and ``end`` the months it covers, ``amount``
    the line's figure in it (in the table's ``budget_unit``; None when the cell is
    empty or no amount). ``position`` is the cell (outside equality).

    Example:
        >>> import perftrack
        >>> from decimal import Decimal
        >>> part = perftrack.BudgetPart("一季度执行数", 1, 3, Decimal("420"))
        >>> part.amount, part.end
        (Decimal('420'), 3)
    """

    label: str
    start: int
    end: int
    amount: Decimal | None = None
    position: Position | None = field(default=None, eq=False, repr=False)


@frozen
class BudgetLine:
    """A row of the budget block (预算执行情况), amounts as printed.

    ``period_budget`` is 跟踪期预算数, or 全年预算数 / 调整后预算数 in a
    self-evaluation table; ``planned`` the part of the year's budget planned
    for the months tracked (1-6月预算数, 截至6月底预算数 beside the year's
    budget, 1-6月用款计划, 1-6月计划支出数), never the rate's denominator;
    ``rate`` the printed 执行率; ``forecast`` the 全年预计执行数 of a
    monitoring table, and ``forecast_rate`` its printed 全年预计执行率 (%, as
    printed). Amounts of money are in the table's ``budget_unit``: a cell printed in
    another unit (``260万元`` in a 元 table) is converted, and ``printed`` keeps
    the text of each cell not read as plain digits (its column's name and the text,
    outside equality), and of a rate of 1 or less printed as a percent
    (``("rate", "0.5%")``, or ``0.8`` under ``执行率(%)``), which is no share.
    ``quarters`` keeps the line's figures in 执行数 columns for parts of the year
    printed beside the period's (``一季度执行数 | 二季度执行数 | 1-8月执行数``), in
    month order (a project year's from its first month: 三季度 first in
    ``2024年7月-2025年6月``, r37c); ``executed`` is the period's. ``midterm`` is the
    line's amount for the whole implementation period a target table prints beside the year's
    (``实施期资金总额 | 6000 | 年度资金总额 | 2000``: 6000), or None. ``last_year`` is
    the line's amount in last year's column printed beside this year's (``上年预算数 |
    本年预算数``, ``2023年预算数 | 2024年预算数``, ``上年实际支出数``: last year's whole
    year, never its same months, ``上年同期执行数``), for comparison, or None.
    ``last_year_same_period`` is the line's amount spent in the same months of last
    year (``上年同期执行数``, ``去年同期支出数``, ``2023年1-6月执行数`` of a 2024 1-6月
    table; or a line ``上年同期执行数`` under the block's one total, the total's), for
    comparison, or None: neither last year's whole (``last_year``) nor any amount of
    this year's, never added into ``executed``. ``midterm_label`` is the header of the
    ``midterm`` column as printed (``中期资金总额``, ``实施期资金总额``), for messages to
    echo; ``""`` when unknown. It is not in the JSON and outside equality.

    Example:
        >>> import perftrack
        >>> from decimal import Decimal
        >>> line = perftrack.BudgetLine(
        ...     perftrack.BudgetRole.TOTAL, "年度资金总额", initial=Decimal("84.88")
        ... )
        >>> line.role.value
        'total'
        >>> perftrack.BudgetLine(
        ...     perftrack.BudgetRole.TOTAL, "年度资金总额", planned=Decimal("1000")
        ... ).period_budget is None
        True
        >>> perftrack.BudgetLine(
        ...     perftrack.BudgetRole.TOTAL,
        ...     "年度资金总额",
        ...     executed=Decimal(2600000),
        ...     printed=(("executed", "260万元"),),
        ... ) == perftrack.BudgetLine(
        ...     perftrack.BudgetRole.TOTAL, "年度资金总额", executed=Decimal(2600000)
        ... )
        True
    """

    role: BudgetRole
    source: str
    initial: Decimal | None = None
    period_budget: Decimal | None = None
    planned: Decimal | None = None
    executed: Decimal | None = None
    rate: Decimal | None = None
    forecast: Decimal | None = None
    weight: Decimal | None = None
    published_points: Decimal | None = None
    position: Position | None = field(default=None, eq=False, repr=False)
    cells: tuple[tuple[str, Position], ...] = field(default=(), eq=False, repr=False)
    printed: tuple[tuple[str, str], ...] = field(default=(), eq=False, repr=False)
    forecast_rate: Decimal | None = None
    quarters: tuple[BudgetPart, ...] = ()
    midterm: Decimal | None = None
    last_year: Decimal | None = None
    last_year_same_period: Decimal | None = None
    midterm_label: str = field(default="", eq=False, repr=False)


@frozen
class Note:
    """A note row of the table (说明, 备注, 注, 其他需要说明的问题…): its label and its text.

    ``label`` is the row's label as printed, without its colon (``说明``,
    ``其他需要说明的问题``); ``text`` what the unit wrote after it. ``position`` is
    where the text stands (outside equality, as every cell's).

    Example:
        >>> import perftrack
        >>> note = perftrack.Note("说明", "审计发现某县违规发放低保金12.6万元，已全部追回。")
        >>> (
        ...     note.label,
        ...     note
        ...     == perftrack.Note("说明", note.text, perftrack.Position("表.xlsx", None, 30, 2)),
        ... )
        ('说明', True)
    """

    label: str
    text: str
    position: Position | None = field(default=None, eq=False, repr=False)


@frozen
class OverallGoal:
    """年度总体目标: the expected goal and what was achieved, as prose.

    ``expected`` is the goal without a label its cell prints before it (``全年目标：``,
    ``年度目标：``, ``年度总体目标：``); ``raw_expected`` the cell's text as printed when the
    readers removed such a label (else ``""``). It is not in the JSON. ``midterm`` is the
    中期目标 (实施期目标) a target table prints beside the year's (``总体目标 | 中期目标 |
    年度目标``), else ``""``; the year's goal stays ``expected``, the one judged. In the
    JSON only when there is one.

    Example:
        >>> import perftrack
        >>> perftrack.OverallGoal("推动党建工作取得实效", "").achieved
        ''
        >>> perftrack.OverallGoal(
        ...     "培训12万人次", raw_expected="全年目标：培训12万人次"
        ... ) == perftrack.OverallGoal("培训12万人次")
        True
    """

    expected: str = ""
    achieved: str = ""
    raw_expected: str = field(default="", eq=False, repr=False)
    midterm: str = ""


@frozen
class Breakdown:
    """A value column for a part of the year beside the period's figure, as printed.

    ``一季度`` … ``四季度`` under ``分季度计划值``, ``7月完成值`` beside ``1-9月实际完成值``:
    ``role`` is the figure the column breaks down (``"planned"`` or ``"actual"``),
    ``label`` its header, ``start`` and ``end`` the months it covers, ``value`` its
    cell parsed, the raw text kept (``position`` outside equality). The indicator's own
    ``planned`` or ``actual`` is the period's figure (see docs/inputs.md).

    Example:
        >>> import perftrack
        >>> from perftrack import parse_value
        >>> part = perftrack.Breakdown("planned", "二季度", 4, 6, parse_value("400公里"))
        >>> part.value.value, part.end
        (Decimal('400'), 6)
    """

    role: Literal["planned", "actual"]
    label: str
    start: int
    end: int
    value: Value
    position: Position | None = field(default=None, eq=False, repr=False)


@frozen
class Indicator:
    """One 三级指标 row of the indicator grid.

    ``name`` is the indicator with a numbering prefix and ★ removed, ``raw_name``
    as printed, ``core`` whether ★ was there or a 核心指标 column says 是 (its cell is
    ``cell_of("core")``); ``unit`` a unit printed in the
    name (``服务外包在岸(万美元)``); ``code`` the 指标编码 of a column that prints one;
    ``previous`` last year's actual printed beside the target (a ``上年实际完成值``
    column, or ``2024年实际完成值`` in a 2025 table), parsed as a value with its raw
    text (its cell is ``cell_of("reference")``); ``midterm`` the 中期/实施期指标值 a
    target table prints beside the year's (its cell is ``cell_of("midterm")``). Empty
    cells and missing columns are ``None``. ``parts`` are the columns for parts of the
    year printed beside the period's plan or actual (分季度计划值 | 一季度 … 四季度,
    7月完成值 | 1-9月完成值), each kept as a :class:`Breakdown`; ``planned`` is then
    the plan due by the period's end, read from them when no column holds it.
    ``about`` is text printed about the row that is none of its values and that scoring
    does not read: the 年度履职目标 or 部门职责 the row serves (a department's goal or
    duty column, merged down over its rows; both in column order when the table prints
    both) and, in a 跟踪表 or 自评表, its 指标解释 and 评（扣）分标准
    columns, each under its header as printed and joined with ``；``
    (``年度履职目标：目标1：完成国土空间规划编制``); ``""`` when none. Its cells are
    ``cell_of("duty_goal")`` (``"duty_goal+"`` for a second duty column) and
    ``cell_of("explanation")``.

    Example:
        >>> import perftrack
        >>> perftrack.Indicator(name="居委党群服务站建设").level1 is None
        True
        >>> perftrack.Indicator(name="新建面积", code="ZB2024-0031-01").code
        'ZB2024-0031-01'
        >>> from perftrack import parse_value
        >>> perftrack.Indicator(name="补贴农户数", previous=parse_value("4.8万户")).previous.value
        Decimal('4.8')
    """

    name: str
    level1: str | None = None
    level2: str | None = None
    raw_name: str = ""
    core: bool = False
    target: Target | None = None
    planned: Value | None = None
    actual: Value | None = None
    forecast: Value | None = None
    likelihood: Likelihood | None = None
    likelihood_text: str | None = None
    direction: Direction | None = None
    remarks: str = ""
    deviation_reason: str = ""
    weight: Decimal | None = None
    published_points: Decimal | None = None
    unit: str | None = None
    code: str | None = None
    previous: Value | None = None
    position: Position | None = field(default=None, eq=False, repr=False)
    cells: tuple[tuple[str, Position], ...] = field(default=(), eq=False, repr=False)
    parts: tuple[Breakdown, ...] = ()
    midterm: Target | None = None
    about: str = ""

    def cell_of(self, column: str) -> Position | None:
        """Position of the cell that gave *column* (``"target"``, ``"actual"``…)."""
        for name, position in self.cells:
            if name == column:
                return position
        return None


@frozen
class Judgement:
    """绩效跟踪总体判断: the two likelihoods, printed text beside the enum.

    Example:
        >>> import perftrack
        >>> perftrack.Judgement("确定能完成", perftrack.Likelihood.CERTAIN).budget_likelihood.value
        'certain'
    """

    budget_completion: str | None = None
    budget_likelihood: Likelihood | None = None
    goal_completion: str | None = None
    goal_likelihood: Likelihood | None = None


@frozen
class Published:
    """The printed 总分 and grade of a self-evaluation table.

    ``grade`` is one of 优 良 中 差 (财预〔2020〕10号); ``grade_text`` the word the table
    printed for it when that is another (优秀, 良好, 较好, 差等, B级), or the printed
    word no grade is read from (基本合格, 待定), else None. It is what was printed, not
    part of the value: two Published of one grade are equal whatever word printed it.

    Example:
        >>> import perftrack
        >>> from decimal import Decimal
        >>> perftrack.Published(Decimal("96.30"), "优").grade
        '优'
        >>> printed = perftrack.Published(Decimal("85"), "良", "较好")
        >>> printed == perftrack.Published(Decimal("85"), "良"), printed.grade_text
        (True, '较好')
    """

    total: Decimal | None = None
    grade: str | None = None
    grade_text: str | None = field(default=None, eq=False, repr=False)


@frozen
class Where:
    """Where a finding points: an indicator, a budget line, a cell.

    Example:
        >>> import perftrack
        >>> perftrack.Where(budget_line="total", row=9, column=7, cell="G9").cell
        'G9'
    """

    indicator: int | None = None
    name: str | None = None
    budget_line: str | None = None
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: int | None = None
    cell: str | None = None

    @classmethod
    def at(  # noqa: PLR0913 - the fields a finding may name besides the cell
        cls,
        position: Position | None,
        *,
        indicator: int | None = None,
        name: str | None = None,
        budget_line: str | None = None,
        file: str | None = None,
        sheet: str | None = None,
    ) -> Where:
        """A place at the cell *position* (its file, sheet, row, column and address).

        Without a position, *file* and *sheet* say where the finding is.

        Example:
            >>> import perftrack
            >>> perftrack.Where.at(
            ...     perftrack.Position("表.xlsx", "Sheet1", 9, 7), budget_line="total"
            ... ).cell
            'G9'
            >>> perftrack.Where.at(None, name="培训人次", file="表.xlsx").row is None
            True
        """
        if position is None:
            return cls(indicator, name, budget_line, file, sheet)
        return cls(
            indicator,
            name,
            budget_line,
            position.file,
            position.sheet,
            position.row,
            position.column,
            position.cell,
        )


@frozen
class Figure:
    """A figure a finding's message states, kept as data: what it is, its value, of what.

    ``name`` says what the figure is (``printed`` and ``computed`` for a rate that
    does not match its amounts, ``added`` and ``whole`` for parts that do not add up
    to their total…); ``of`` what it is of when a finding holds several figures of one
    name (a column's label, ``执行数``), empty otherwise.

    Example:
        >>> import perftrack
        >>> from decimal import Decimal
        >>> perftrack.Figure("computed", Decimal("30.00"))
        Figure(name='computed', value=Decimal('30.00'), of='')
    """

    name: str
    value: Decimal
    of: str = ""


def _shortened(message: str) -> str:
    """A finding's message with its nested quotes made single and each long quoted cell cut.

    Every finding goes through here, whoever builds it (a reader's, the scoring's, a
    caller's): ``指标“居民区党员、“两新”党员”`` is ``指标“居民区党员、‘两新’党员”``, as
    :func:`nest_quotes` says it (r37t G: a reader's message bypassed it), then
    :func:`shorten_quotes`.
    """
    # a wrong type is kept, for to_json to name (perftrack's classes convert nothing)
    if not isinstance(message, str):
        return message  # type: ignore[unreachable]
    return shorten_quotes(nest_quotes(message))


@frozen
class Finding:
    """Something a reviewer would flag (scoring.md §6).

    ``figures`` are the numbers its message states, as data (rates, amounts, sums),
    for reports that write them in words of their own; empty for most findings.

    Example:
        >>> import perftrack
        >>> f = perftrack.Finding(
        ...     "layout-normalised",
        ...     perftrack.Severity.INFO,
        ...     "行已对齐表头",
        ...     perftrack.Where(row=54),
        ... )
        >>> f.severity.value
        'info'
        >>> f.figures
        ()
    """

    id: str
    severity: Severity
    # a huge cell it quotes is quoted by its head (``“…”`` over 80 characters, r34l)
    message: str = field(converter=_shortened)
    where: Where = Where()
    figures: tuple[Figure, ...] = ()

    def figure(self, name: str, of: str = "") -> Decimal | None:
        """The value of the figure *name* (of *of*), ``None`` when the finding holds none.

        Example:
            >>> import perftrack
            >>> from decimal import Decimal
            >>> f = perftrack.Finding(
            ...     "x",
            ...     perftrack.Severity.INFO,
            ...     "",
            ...     figures=(perftrack.Figure("rate", Decimal(5)),),
            ... )
            >>> f.figure("rate"), f.figure("budget")
            (Decimal('5'), None)
        """
        return next((f.value for f in self.figures if f.name == name and f.of == of), None)


#: The optional fields a form may have no place for (``Table.absent_fields``), in order.
_ABSENT_FIELD_NAMES: Final = ("deviation_reason", "corrective_measures")

#: The table-level fields whose cell ``Table.cells`` may name, in the order it names them:
#: each the field's dotted path on :class:`Table`.
TABLE_CELL_NAMES: Final = (
    "title",
    "project.name",
    "project.department",
    "project.implementer",
    "project.code",
    "period",
    "overall_goal.expected",
    "overall_goal.achieved",
    "judgement.budget_completion",
    "judgement.goal_completion",
    "corrective_measures",
    "published.total",
    "published.grade",
)


@frozen
class Table:
    """A whole performance table: the model every reader produces.

    ``time_progress`` is a 序时进度 printed by the table (``None`` when it
    prints none); ``findings`` are those made while reading it;
    ``level1_weights`` the weights printed in level-1 labels (``产出指标(50分)``);
    ``notes`` the table's note rows (说明, 备注, 其他需要说明的问题…), in order;
    ``budget_span`` which budget the block's 预算数 column is (跟踪期预算数 or
    全年预算数, as its header names it). ``absent_fields`` names
    the optional fields the form itself has no place for, neither a column of its
    indicator grid nor a row of its own: ``"deviation_reason"`` (no 偏差原因分析) and
    ``"corrective_measures"`` (no 纠偏措施, 改进措施), in that order; ``()`` when the
    form prints both or nobody said (a table built in code, an older JSON), which
    scoring reads as today: an empty field, row by row. Both take part in equality:
    they say what the table holds, and scoring reads them. ``cells`` says where each
    table-level field was read (its title, project fields, period, overall goal,
    judgement, corrective measures, published total and grade), keyed by the field's
    dotted path (``perftrack.model.TABLE_CELL_NAMES``: ``"project.name"``, ``"published.grade"``),
    in that order, only for the fields read from a cell; outside equality, as every
    cell's position (:meth:`cell_of`).

    Example:
        >>> import perftrack
        >>> perftrack.Table(perftrack.TableKind.TRACKING, "财政项目支出绩效跟踪表").indicators
        ()
        >>> perftrack.Table(perftrack.TableKind.TRACKING).budget_span
        <BudgetSpan.UNKNOWN: 'unknown'>
        >>> perftrack.Table(perftrack.TableKind.TRACKING).absent_fields
        ()
    """

    kind: TableKind
    title: str | None = None
    source: Source = Source()
    project: Project = Project()
    period: Period | None = None
    budget_unit: str | None = None
    budget: tuple[BudgetLine, ...] = ()
    overall_goal: OverallGoal | None = None
    indicators: tuple[Indicator, ...] = ()
    judgement: Judgement | None = None
    corrective_measures: str = ""
    published: Published = Published()
    time_progress: Decimal | None = None
    findings: tuple[Finding, ...] = ()
    level1_weights: tuple[tuple[str, Decimal], ...] = ()
    notes: tuple[Note, ...] = ()
    budget_span: BudgetSpan = BudgetSpan.UNKNOWN
    absent_fields: tuple[str, ...] = ()
    cells: tuple[tuple[str, Position], ...] = field(default=(), eq=False, repr=False)

    @property
    def year(self) -> int | None:
        """The fiscal year, the period's (``None`` without a period)."""
        return self.period.start.year if self.period is not None else None

    def cell_of(self, name: str) -> Position | None:
        """Position of the cell that gave the table-level field *name* (``"title"``…).

        *name* is one of ``perftrack.model.TABLE_CELL_NAMES``, the field's dotted path
        (``"project.name"``, ``"published.grade"``); ``None`` when the table was not
        read from cells or the field has none.

        Example:
            >>> import perftrack
            >>> table = perftrack.Table(
            ...     perftrack.TableKind.SELF_EVALUATION,
            ...     cells=(("published.grade", perftrack.Position("表.xlsx", "Sheet1", 30, 6)),),
            ... )
            >>> table.cell_of("published.grade").cell, table.cell_of("title")
            ('F30', None)
            >>> table == perftrack.Table(perftrack.TableKind.SELF_EVALUATION)
            True
        """
        for cell_name, position in self.cells:
            if cell_name == name:
                return position
        return None

    def __repr__(self) -> str:
        """A one-line summary: a whole table's fields would flood a notebook's output.

        Example:
            >>> import perftrack
            >>> perftrack.Table(
            ...     perftrack.TableKind.TRACKING,
            ...     "财政项目支出绩效跟踪表",
            ...     project=perftrack.Project("两新党建工作"),
            ... )
            <Table tracking '两新党建工作' period=None indicators=0 budget=0 findings=0>
        """
        name = self.project.name or self.title
        period = f"{self.period.start}~{self.period.end}" if self.period is not None else None
        return (
            f"<Table {self.kind.value} {name!r} period={period} indicators={len(self.indicators)}"
            f" budget={len(self.budget)} findings={len(self.findings)}>"
        )

    def _repr_html_(self) -> str:
        """Compact HTML for notebooks (Jupyter calls this)."""
        from perftrack._html_repr import table_html  # noqa: PLC0415 - loaded on first display

        return table_html(self)
