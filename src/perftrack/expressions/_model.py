"""The parsed forms of targets and values: immutable, hashable, canonical ``str()``.

The raw cell text is kept on every object as ``text`` but is not part of
equality: two cells that say the same thing are equal however they were typed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
from decimal import Decimal
from typing import ClassVar, Literal, TypeAlias

from attrs import field, frozen

from perftrack.vocabulary import OPPOSITE_WORDS, TRAILING_NOTES

__all__ = [
    "AnyOf",
    "Bound",
    "Comparison",
    "DateValue",
    "Deadline",
    "Descriptive",
    "NotApplicable",
    "Op",
    "Part",
    "PeriodTarget",
    "QualitativeTarget",
    "QualitativeValue",
    "Quantity",
    "Range",
    "Status",
    "StatusValue",
    "Target",
    "TextValue",
    "Value",
]


class Op(enum.Enum):
    """A comparison operator; ``value`` is its ASCII spelling (the JSON form)."""

    EQ = "="
    GE = ">="
    LE = "<="
    GT = ">"
    LT = "<"

    @property
    def symbol(self) -> str:
        """The operator as printed in canonical text (``≥`` rather than ``>=``)."""
        return _OP_SYMBOLS[self]


_OP_SYMBOLS = {Op.EQ: "=", Op.GE: "≥", Op.LE: "≤", Op.GT: ">", Op.LT: "<"}


class Bound(enum.Enum):
    """What a number in a value says about the true figure (``200余人``: more than 200)."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    APPROXIMATELY = "approximately"


class Part(enum.Enum):
    """Which part of the calendar a deadline names (``第三季度末`` → ``quarter_3``)."""

    DAY = "day"
    MONTH = "month"
    MONTH_END = "month_end"
    EARLY = "early"
    MID = "mid"
    LATE = "late"
    QUARTER_1 = "quarter_1"
    QUARTER_2 = "quarter_2"
    QUARTER_3 = "quarter_3"
    QUARTER_4 = "quarter_4"
    HALF_1 = "half_1"
    HALF_2 = "half_2"
    YEAR_END = "year_end"
    YEAR = "year"


class Status(enum.Enum):
    """How far a piece of work has come (``开展中`` → ``in_progress``)."""

    DONE = "done"
    PARTIAL = "partial"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"


_LOOKS_LIKE_MONTH = re.compile(r"(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])")


def _number(value: Decimal) -> str:
    """A Decimal as written: no exponent, digits kept (``2.00`` stays ``2.00``)."""
    return format(value, "f")


# A bare figure that reads as a year and month (2023.12, 1900.1): as a target, ``≤2023.12``
# is a deadline.
_YEAR_MONTH_SHAPE = re.compile(r"-?\d{4}\.\d{1,2}")


def _target_number(value: Decimal, unit: str | None) -> str:
    """*value* as a target prints it: grouped (``1,900.1``) where it would read as a date.

    Without a unit, ``≤1900.1`` reads back as a deadline (no later than January 1900)
    and ``满意度≤1900.1`` as words; the thousands separator keeps it a figure:
    ``≤1,900.1``, ``满意度≤1,900.1``.

    Example:
        >>> (
        ...     _target_number(Decimal("2023.12"), None),
        ...     _target_number(Decimal("-1900.1"), None),
        ...     _target_number(Decimal("80.5"), None),
        ... )
        ('2,023.12', '-1,900.1', '80.5')
    """
    text = _number(value)
    if unit is None and _YEAR_MONTH_SHAPE.fullmatch(text):
        at = 2 if text[0] == "-" else 1  # -1900.1 too: -1,900.1
        return f"{text[:at]},{text[at:]}"
    return text


def _bracket_unit(unit: str | None) -> str:
    if unit and unit[-1] == ")" and len(unit) == 4 and unit[1] == "(":  # noqa: PLR2004
        return unit  # 件(套): two measure words print as written, no brackets in brackets
    return f"({unit})" if unit else ""


# ---------------------------------------------------------------------------
# Targets


@frozen
class Comparison:
    """A number the indicator must reach, with its operator: ``≥80.00(%)``.

    ``label`` is a leading noun phrase (``满意度≥90%``), ``note`` a trailing
    bracket that holds no unit (``854万(高标准农田建设400万元,…)``).

    Example:
        >>> from perftrack import parse_target
        >>> t = parse_target("不少于3次")
        >>> t.op, t.value, t.unit, str(t)
        (<Op.GE: '>='>, Decimal('3'), '次', '≥3(次)')
    """

    op: Op
    value: Decimal
    unit: str | None = None
    label: str | None = None
    note: str | None = None
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["comparison"]] = "comparison"

    def __str__(self) -> str:
        note = ""
        if self.note:
            note = self.note if self.note in TRAILING_NOTES else f"({self.note})"
        shown = _target_number(self.value, self.unit)
        number = f"{self.op.symbol}{shown}{_bracket_unit(self.unit)}"
        return f"{self.label or ''}{number}{note}"


@frozen
class Range:
    """A band the figure must fall in: ``90%-95%``, ``3-5次``, ``10至20人``.

    Example:
        >>> from perftrack import parse_target
        >>> str(parse_target("80%~90%"))
        '80-90(%)'
    """

    low: Decimal
    high: Decimal
    unit: str | None = None
    label: str | None = None
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["range"]] = "range"

    def __str__(self) -> str:
        return (
            f"{self.label or ''}{_number(self.low)}-{_number(self.high)}{_bracket_unit(self.unit)}"
        )


_QUARTER_NAMES = {1: "一", 2: "二", 3: "三", 4: "四"}
_QUARTER_PARTS = (Part.QUARTER_1, Part.QUARTER_2, Part.QUARTER_3, Part.QUARTER_4)
_XUN_NAMES = {Part.EARLY: "上旬", Part.MID: "中旬", Part.LATE: "下旬"}


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@functools.lru_cache(maxsize=1024)
def _due_date(year: int | None, month: int | None, day: int | None, part: Part) -> dt.date | None:
    """The last day of the calendar unit a deadline names (expressions.md §2).

    Memoised (numbers and a member in, an immutable date out): scoring asks a
    deadline's due date several times a row.
    """
    if year is None:
        return None
    if part is Part.DAY and month is not None and day is not None:
        return dt.date(year, month, day)
    if part in (Part.MONTH, Part.MONTH_END, Part.LATE) and month is not None:
        return dt.date(year, month, _last_day(year, month))
    if part is Part.EARLY and month is not None:
        return dt.date(year, month, 10)
    if part is Part.MID and month is not None:
        return dt.date(year, month, 20)
    if part in _QUARTER_PARTS:
        end_month = 3 * (_QUARTER_PARTS.index(part) + 1)
        return dt.date(year, end_month, _last_day(year, end_month))
    if part is Part.HALF_1:
        return dt.date(year, 6, 30)
    return dt.date(year, 12, 31)


@frozen
class Deadline:
    """A date by which the work must be done: ``2023年12月前完成``.

    ``due`` is the last day of the named unit (``None`` when the year is
    unknown), ``part`` what was named, ``strict`` whether the text says
    "before" a month or year without 底/末 (see ``Policy.month_before``),
    ``note`` the work that is due when the cell names more than a completion
    word (``2024年12月底前完成竣工验收``), or a remark after the date
    (``2024年12月31日前（以验收报告为准）``); it prints in brackets.

    Example:
        >>> from perftrack import parse_target
        >>> d = parse_target("11月底前", year=2023)
        >>> d.due, d.part, str(d)
        (datetime.date(2023, 11, 30), <Part.MONTH_END: 'month_end'>, '2023年11月底前')
    """

    year: int | None
    month: int | None
    day: int | None
    part: Part
    strict: bool = False
    note: str | None = None
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["deadline"]] = "deadline"

    @property
    def due(self) -> dt.date | None:
        """The due date, or ``None`` when the year is unknown."""
        return _due_date(self.year, self.month, self.day, self.part)

    def __str__(self) -> str:
        body = self._date_text()
        return f"{body}({self.note})" if self.note else body

    def _date_text(self) -> str:
        """The deadline without its note, in one spelling per part."""
        year = f"{self.year}年" if self.year is not None else ""
        part = self.part
        if part is Part.DAY:
            return f"{year}{self.month}月{self.day}日前"
        if part is Part.MONTH:
            return f"{year}{self.month}月" + ("前" if self.strict else "")
        if part is Part.MONTH_END:
            return f"{year}{self.month}月底前"
        if part in _XUN_NAMES:
            return f"{year}{self.month}月{_XUN_NAMES[part]}前"
        if part in _QUARTER_PARTS:
            return f"{year}第{_QUARTER_NAMES[_QUARTER_PARTS.index(part) + 1]}季度末前"
        if part is Part.HALF_1:
            return f"{year}上半年"
        if part is Part.HALF_2:
            return f"{year}下半年"
        if part is Part.YEAR_END:
            return f"{year or '年'}底前"
        if self.strict and year:
            return f"{year}前"
        return f"{year or '年'}内"


@frozen
class PeriodTarget:
    """A window of time: ``2020年1月-2020年11月``, ``2023.07-2024.01``, ``2023-2024年``.

    Each end keeps what was named (year, month, day); ``start`` is the first
    day of the first, ``end`` (the due date) the last day of the second.

    Example:
        >>> from perftrack import parse_target
        >>> p = parse_target("2023.07-2024.01")
        >>> p.start, p.end, str(p)
        (datetime.date(2023, 7, 1), datetime.date(2024, 1, 31), '2023-07~2024-01')
    """

    start_year: int | None
    start_month: int | None
    start_day: int | None
    end_year: int | None
    end_month: int | None
    end_day: int | None
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["period"]] = "period"

    @property
    def start(self) -> dt.date | None:
        """The first day of the window, or ``None`` when its year is unknown."""
        if self.start_year is None:
            return None
        return dt.date(self.start_year, self.start_month or 1, self.start_day or 1)

    @property
    def end(self) -> dt.date | None:
        """The last day of the window (the due date), or ``None``."""
        if self.end_year is None:
            return None
        if self.end_day is not None and self.end_month is not None:
            return dt.date(self.end_year, self.end_month, self.end_day)
        part = Part.MONTH if self.end_month is not None else Part.YEAR
        return _due_date(self.end_year, self.end_month, None, part)

    @property
    def due(self) -> dt.date | None:
        """Same as :attr:`end`: the window closes on its last day."""
        return self.end

    def __str__(self) -> str:
        return f"{_point(self.start_year, self.start_month, self.start_day)}~" + _point(
            self.end_year, self.end_month, self.end_day
        )


def _point(year: int | None, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year}年"
    head = f"{year}-" if year is not None else ""
    if day is None:
        return f"{head}{month:02d}" if year is not None else f"{month}月"
    return f"{head}{month:02d}-{day:02d}" if year is not None else f"{month}月{day}日"


@frozen
class QualitativeTarget:
    """A target stated as a word: ``准确``, ``合格``, ``明显提高``, ``≥良好``.

    ``word`` is the family word, ``family`` its family (scoring.md §3),
    ``degree`` a stripped degree word (``明显``), ``minimum`` the floor of an
    ordered family when the text puts an operator before it (``≥良好``,
    ``良好以上``), ``strict`` whether the floor itself falls short (``>良``).

    Example:
        >>> from perftrack import parse_target
        >>> t = parse_target("明显提高")
        >>> t.word, t.family, t.degree
        ('提高', 'improvement', '明显')
    """

    word: str
    family: str
    minimum: str | None = None
    degree: str | None = None
    strict: bool = False
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["qualitative"]] = "qualitative"

    def __str__(self) -> str:
        if self.minimum is not None:
            return f"{'>' if self.strict else '≥'}{self.degree or ''}{self.word}"
        return f"{self.degree or ''}{self.word}"


@frozen
class AnyOf:
    """Two or more targets joined by 或: met when one of them is.

    Example:
        >>> from perftrack import parse_target
        >>> t = parse_target("不低于90%或比2023年提升不低于15个百分点")
        >>> [o.kind for o in t.options]
        ['comparison', 'descriptive']
    """

    options: tuple[Target, ...]
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["any_of"]] = "any_of"

    def __str__(self) -> str:
        return "或".join(str(option) for option in self.options)


@frozen
class Descriptive:
    """A target in prose, judged by a reader: ``覆盖园区“两新”党组织``.

    ``recurring`` is true for schedules (``每月中旬发放``).

    Example:
        >>> from perftrack import parse_target
        >>> parse_target("每月中旬发放").recurring
        True
    """

    description: str
    recurring: bool = False
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["descriptive"]] = "descriptive"

    def __str__(self) -> str:
        return self.description


@frozen
class NotApplicable:
    """A cell that says the indicator does not apply: ``不适用``, ``/``, ``—``.

    Example:
        >>> from perftrack import parse_value
        >>> parse_value("不适用").kind
        'not_applicable'
    """

    word: str = "不适用"
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["not_applicable"]] = "not_applicable"

    def __str__(self) -> str:
        return self.word


# ---------------------------------------------------------------------------
# Values


_BOUND_PREFIX = {
    Bound.EXACT: "",
    Bound.AT_LEAST: "≥",
    Bound.MORE_THAN: ">",
    Bound.AT_MOST: "≤",
    Bound.LESS_THAN: "<",
    Bound.APPROXIMATELY: "约",
}
_STATUS_PREFIX = {
    Status.DONE: "已完成",
    Status.PARTIAL: "基本完成,",
    Status.IN_PROGRESS: "进行中,",
    Status.NOT_DONE: "未完成,",
}


def is_share_in_progress(value: Decimal, unit: str | None) -> bool:
    """Whether a figure after a completion word says the work is partly done.

    ``已完成60%``: a share of the whole above 0 and under 100 %. The parser makes
    such a quantity's status partial (and not done for 0 % or less), and
    :class:`Quantity` prints it after ``已完成`` again, which reads back the same.

    Example:
        >>> is_share_in_progress(Decimal(60), "%"), is_share_in_progress(Decimal(100), "%")
        (True, False)
    """
    return unit == "%" and 0 < value < 100  # noqa: PLR2004 - a hundred percent


@frozen
class DateValue:
    """A value that is a date: ``2023年10月``, ``10月``, ``已于2023年6月完成``.

    ``part`` is set when the value names a part of a month or of a year rather
    than a day, a month or a year: a 旬 (``2025年3月上旬完成``: ``early``, the
    month kept), a quarter (``四季度已完成``: ``quarter_4``) or a half-year
    (``下半年已完成``: ``half_2``), without a month. The value then spans from
    :attr:`start` to :attr:`date`, the first and the last day of that part.

    Example:
        >>> from perftrack import parse_value
        >>> v = parse_value("已于2023年6月完成")
        >>> v.year, v.month, v.status
        (2023, 6, <Status.DONE: 'done'>)
        >>> q = parse_value("第四季度完成", year=2025)
        >>> q.part, str(q)
        (<Part.QUARTER_4: 'quarter_4'>, '已于2025年第四季度完成')
        >>> q.start, q.date
        (datetime.date(2025, 10, 1), datetime.date(2025, 12, 31))
    """

    year: int | None
    month: int | None
    day: int | None = None
    status: Status | None = None
    part: Part | None = None
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["date"]] = "date"

    @property
    def date(self) -> dt.date | None:
        """The last day the value names (the day itself, the month's or the part's last day)."""
        if self.year is None:
            return None
        if self.part is not None:
            return _due_date(self.year, self.month, None, self.part)
        if self.month is None:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, self.month, self.day or _last_day(self.year, self.month))

    @property
    def start(self) -> dt.date | None:
        """The first day the value names (the day itself, or the month's, part's or year's first).

        Example:
            >>> import perftrack
            >>> perftrack.DateValue(2025, 3, part=perftrack.Part.MID).start
            datetime.date(2025, 3, 11)
        """
        if self.year is None:
            return None
        if self.part is not None:
            return _part_start(self.year, self.month, self.part)
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        if self.part is Part.YEAR and self.month is None and self.status is Status.DONE:
            return "当年完成"  # done within the table's year, which reads it back
        body = f"{self.year}年" if self.year is not None else ""
        if self.month is not None:
            body += f"{self.month}月"
        if self.day is not None:
            body += f"{self.day}日"
        part = self.part
        if part in _XUN_NAMES:
            body += _XUN_NAMES[part]
        elif part in _QUARTER_PARTS:
            body += f"第{_QUARTER_NAMES[_QUARTER_PARTS.index(part) + 1]}季度"
        elif part is Part.HALF_1 or part is Part.HALF_2:
            body += "上半年" if part is Part.HALF_1 else "下半年"
        if self.status is Status.DONE:
            return f"已于{body}完成"
        return body


# The first day of a 旬 (上旬 the 1st, 中旬 the 11th, 下旬 the 21st).
_XUN_FIRST_DAYS = {Part.EARLY: 1, Part.MID: 11, Part.LATE: 21}


def _part_start(year: int, month: int | None, part: Part) -> dt.date:
    """The first day of the part of a month or a year a date value names."""
    if part in _XUN_FIRST_DAYS and month is not None:
        return dt.date(year, month, _XUN_FIRST_DAYS[part])
    if part in _QUARTER_PARTS:
        return dt.date(year, 3 * _QUARTER_PARTS.index(part) + 1, 1)
    if part is Part.HALF_2:
        return dt.date(year, 7, 1)
    return dt.date(year, month or 1, 1)


@frozen
class Quantity:
    """A number that was planned, achieved or forecast: ``104.00``, ``200余人``.

    ``unit`` is ``None`` when the cell has none (it then takes the target's);
    ``bound`` what the number says about the true figure; ``status`` a status
    word that came with it (``已完成2次``); ``note`` a remark after the figure, as
    a target keeps one (``96%（预计）``, ``95%(抽查)``, ``96.5%⏎第三方检测``).
    ``when`` is the date the label opens with (``3月底前开工10个``: March, the label
    ``3月底前开工`` kept as written), so that a count done by a date carries both: the
    count for a target of a count, the date for a deadline (r37e).

    Example:
        >>> from perftrack import parse_value
        >>> q = parse_value("200余人")
        >>> q.value, q.unit, q.bound, str(q)
        (Decimal('200'), '人', <Bound.MORE_THAN: 'more_than'>, '>200(人)')
        >>> d = parse_value("3月底前开工10个")
        >>> d.value, d.label, str(d.when)
        (Decimal('10'), '3月底前开工', '3月')
    """

    value: Decimal
    unit: str | None = None
    bound: Bound = Bound.EXACT
    label: str | None = None
    status: Status | None = None
    note: str | None = None
    when: DateValue | None = None
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["quantity"]] = "quantity"

    def __str__(self) -> str:
        status = _STATUS_PREFIX[self.status] if self.status else ""
        if (
            self.status is Status.PARTIAL
            and not self.label
            and is_share_in_progress(self.value, self.unit)
        ):
            status = _STATUS_PREFIX[Status.DONE]  # 已完成60%: partly done, and reads back so
        if self.label and status and not status.endswith(","):
            status += ","
        number = _number(self.value)
        note = ""
        if self.note:
            note = self.note if self.note in TRAILING_NOTES else f"({self.note})"
        if (
            self.bound is Bound.EXACT
            and not (status or self.label or self.unit)
            and _LOOKS_LIKE_MONTH.fullmatch(number)
        ):
            return f"={number}{note}"  # 2023.5 alone would read as May 2023
        label = self.label or ""
        prefix = _BOUND_PREFIX[self.bound]
        if not prefix and label.endswith(("l", "I")):
            label += " "  # l2% would read as 12%: a damaged font's digit (see normalize)
        return f"{status}{label}{prefix}{_number(self.value)}{_bracket_unit(self.unit)}{note}"


@frozen
class StatusValue:
    """A value that states progress in words: ``开展中``, ``已完成``.

    ``word`` is the phrase as written (after normalisation).

    Example:
        >>> from perftrack import parse_value
        >>> parse_value("手续办理中").status
        <Status.IN_PROGRESS: 'in_progress'>
    """

    status: Status
    word: str
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["status"]] = "status"

    def __str__(self) -> str:
        return self.word


@frozen
class QualitativeValue:
    """A value stated as a word: ``准确``, ``基本健全``, ``不合格``.

    ``partial`` is set by 基本; ``negation`` holds the negating prefix
    (``不``, ``未``, ``无``, ``非``) or, for a word that is its family's
    opposite (``否``), the word itself; ``minimum`` is set when the value is
    only a floor of the ordered quality family (``良好以上``, ``≥良好``): the
    grade is at least ``minimum``, perhaps higher.

    Example:
        >>> from perftrack import parse_value
        >>> v = parse_value("不及时")
        >>> v.word, v.family, v.negated
        ('及时', 'timeliness', True)
    """

    word: str
    family: str
    partial: bool = False
    negation: str | None = None
    degree: str | None = None
    minimum: str | None = None
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["qualitative"]] = "qualitative"

    @property
    def negated(self) -> bool:
        """Whether the value says the opposite of its family word."""
        return self.negation is not None

    def __str__(self) -> str:
        if self.negation is not None and self.negation in OPPOSITE_WORDS:
            return self.negation
        floor = "≥" if self.minimum is not None else ""
        return f"{floor}{self.negation or ''}{self.degree or ''}{self.word}"


@frozen
class TextValue:
    """A value that is none of the others; scoring says "unknown" for it.

    Example:
        >>> from perftrack import parse_value
        >>> parse_value("项目以中标单价实施").kind
        'text'
    """

    description: str
    text: str = field(default="", eq=False, repr=False)

    kind: ClassVar[Literal["text"]] = "text"

    def __str__(self) -> str:
        return self.description


Target: TypeAlias = (
    Comparison
    | Range
    | Deadline
    | PeriodTarget
    | QualitativeTarget
    | AnyOf
    | Descriptive
    | NotApplicable
)
Value: TypeAlias = Quantity | StatusValue | QualitativeValue | DateValue | TextValue | NotApplicable

# AnyOf's options are Targets, a name defined only here: attrs gives the generated
# __init__ a copy of this module's names taken when AnyOf was made, so
# typing.get_type_hints(AnyOf.__init__) (typeguard, pydantic) could not resolve it.
AnyOf.__init__.__annotations__["options"] = tuple[Target, ...]
