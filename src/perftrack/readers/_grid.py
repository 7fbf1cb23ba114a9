"""The grid interpreter: sheets of cells → tables (domain.md §1, §3).

Every format reader hands over :class:`~perftrack.readers._sheet.Sheet`
objects; this module finds the tables in them and reads each block by what its
cells say, never by positions copied from a known export:

1. The sheet is split into tables at title rows (…绩效跟踪表) or, without a
   title, at a second 项目名称.
2. Each table's rows are classified by their first label: period, project
   fields, the budget block, the overall goal, the indicator grid's header,
   the judgement, corrective measures, the total.
3. Grid rows follow domain.md's row rule: framework labels set level 1 and 2
   (carried down over merged cells), the first other cell is the name, and
   the cells after it map to the header's value columns by their distance
   from the name, packed only when that leaves the target empty or runs past
   the last column.

Nothing here raises for one bad cell: the cell is kept as text and the table
gets a finding.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
import unicodedata
from bisect import bisect_right
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from operator import attrgetter, itemgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NamedTuple, TypeGuard, TypeVar, cast

from attrs import evolve

from perftrack import vocabulary as voc
from perftrack._construct import fast_constructor
from perftrack._errors import ExpressionError
from perftrack._half_points import half_points
from perftrack._numbers import half_up
from perftrack._stated import stated
from perftrack.expressions import (
    AnyOf,
    Bound,
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    Op,
    PeriodTarget,
    Quantity,
    Range,
    Status,
    StatusValue,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from perftrack.expressions._grammar import _CLASS_LABEL_RE
from perftrack.expressions._normalize import fold_cell
from perftrack.expressions._numbers import DEDUCTION, chinese_to_int, deducted_points
from perftrack.model import (
    _ABSENT_FIELD_NAMES,
    TABLE_CELL_NAMES,
    Breakdown,
    BudgetLine,
    BudgetPart,
    BudgetRole,
    BudgetSpan,
    Direction,
    Figure,
    Finding,
    Indicator,
    Judgement,
    Likelihood,
    Note,
    OverallGoal,
    Period,
    Position,
    Project,
    Published,
    Severity,
    Source,
    Table,
    TableKind,
    Where,
    YearMonth,
    is_project_year,
    is_school_term,
    own_year_months,
)
from perftrack.readers._sheet import EXCEL_ERROR_SHAPE, sheet_names_project

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from perftrack.readers._sheet import Sheet

# The model objects a read builds by the thousand, built as their classes build them
# but storing each field by its slot (see perftrack._construct): the same objects.
_new_position: Final = fast_constructor(Position)


def _position_of(where: Where) -> Position | None:
    """The cell a finding's place names, ``None`` when it names none (a table's file)."""
    if where.row is None or where.column is None:
        return None
    return _new_position(where.file, where.sheet, where.row, where.column)


_new_indicator: Final = fast_constructor(Indicator)
_new_budget_line: Final = fast_constructor(BudgetLine)

__all__ = [
    "has_grid_header",
    "interpret",
    "is_grid_header_row",
    "is_title_text",
    "names_grid_columns",
]

# ---------------------------------------------------------------------------
# Cell text

# A tag left in a cell's text (the seed's <h3 style="…">): a letter or / or ! right
# after <, so 差错率<1%，准确率>99% keeps its comparison.
# Markup a cell may carry (a text export of a web page, Office's o:p, Word's st1: smart
# tags): a tag of HTML or of an Office namespace, or a comment; other text in angle brackets is text (<K2+300~K2+700>段,
# x<y and a>b), kept.
_TAG_RE: Final = re.compile(
    r"<(?:/?(?:(?:a|abbr|b|big|blockquote|body|br|center|code|col|colgroup|dd|del|div|dl|dt"
    r"|em|font|h[1-6]|head|hr|html|i|img|ins|label|li|link|meta|nobr|ol|p|pre|q|s|small"
    r"|span|strike|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul|wbr"
    r"|xml)|[A-Za-z][A-Za-z0-9]{0,5}:[A-Za-z][\w.-]{0,40})(?=[\s/>])[^<>]{0,2000}|![^<>]{0,2000})>",
    re.IGNORECASE,
)
_SPACE_RE: Final = re.compile(r"\s+")
_FULL_WIDTH: Final = str.maketrans(
    {"：": ":", "（": "(", "）": ")", "　": " ", "，": ",", "．": ".", "％": "%"}
    | {chr(0xFF10 + digit): str(digit) for digit in range(10)}  # ２０２４ → 2024
)
# A weight after a label: (50分), (50), (50%), (权重50), (分值:50).
# Also in 【】 or 〔〕, after 满分, or bare after a label's 指标 (效益指标30分).
_WEIGHT_RE: Final = re.compile(
    r"[(\[【〔]\s*(?:满分|权重|分值)?:?\s*(\d+(?:\.\d+)?)\s*(?:分|%)?\s*[)\]】〕]"
    r"|(?<=指标)(\d+(?:\.\d+)?)分$"
)


def _weight_in(match: re.Match[str]) -> Decimal:
    """The weight a match of :data:`_WEIGHT_RE` holds."""
    return Decimal(match.group(1) or match.group(2))


# Points a budget label prints at its very end, always with 分: 预算执行率（10分）,
# 年度资金总额(10分), 项目资金（万元）10分, 【10分】, （满分10分）. A figure elsewhere in the
# label (项目资金（10分）说明, 其中：中央资金10万元) is none.
_END_POINTS_RE: Final = re.compile(
    r"(?:[(\[【〔](?:满分|权重|分值)?:?(\d+(?:\.\d+)?)分[)\]】〕]"
    r"|(?<![\d.])(?:满分|权重|分值)?:?(\d+(?:\.\d+)?)分):?$"
)


@lru_cache(maxsize=4096)
def _end_points(text: str) -> Decimal | None:
    """The points a budget label prints at its end (``预算执行率（10分）``), else None.

    Example:
        >>> [_end_points(t) for t in ("预算执行率（10分）", "项目资金（万元）10分", "年度资金总额")]
        [Decimal('10'), Decimal('10'), None]
        >>> [_end_points(t) for t in ("项目资金（10分）说明", "其中：中央资金10万元", "得分")]
        [None, None, None]
    """
    match = _END_POINTS_RE.search(_key(text))
    if match is None:
        return None
    points = Decimal(match.group(1) or match.group(2))
    return points if 0 < points <= _MOST_POINTS else None


_BRACKETED_RE: Final = re.compile(r"\([^()]*\)")
# The bracketed points at a name's end (预算执行率（10分）, 项目管理(满分10分)).
_NAME_POINTS_RE: Final = re.compile(
    r"\s*[(（\[【〔]\s*(?:满分|权重|分值)?[:：]?\s*\d+(?:\.\d+)?\s*分\s*[)）\]】〕]\s*$"
)


@lru_cache(maxsize=16384)
def _clean(text: str) -> str:
    """A cell's text for reading: tags removed, white space folded (not removed)."""
    if "<" in text:
        text = _TAG_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """A label's text for matching: no white space, ASCII brackets and colons.

    ``年度 总体 目标`` → ``年度总体目标``; ``跟踪时段：`` → ``跟踪时段:``.
    """
    return _SPACE_RE.sub("", text.translate(_FULL_WIDTH))


@lru_cache(maxsize=16384)
def _label(text: str) -> str:
    """A label's key without trailing colon and bracketed notes (``执行率(%)`` → ``执行率``)."""
    return _BRACKETED_RE.sub("", _key(text)).rstrip(":")


# A comma that is no thousands separator: not followed by exactly three digits (9,33 and
# 92,00% are decimal commas, no number of this locale; see _ungrouped).
_NOT_GROUPING_RE: Final = re.compile(r",(?!\d{3}(?!\d))")


def _ungrouped(key: str) -> str | None:
    """*key* without its thousands separators, or None when a comma is none.

    Example:
        >>> _ungrouped("1,234.50"), _ungrouped("9,33"), _ungrouped("92,00%")
        ('1234.50', None, None)
    """
    if "," not in key:
        return key
    if _NOT_GROUPING_RE.search(key) is not None:
        return None
    return key.replace(",", "")


def _decimal_comma(text: str) -> bool:
    """Whether *text* holds a figure with a comma that is no thousands separator (9,33).

    Example:
        >>> _decimal_comma("9,33"), _decimal_comma("1,234.5"), _decimal_comma("详见附件，第3页")
        (True, False, False)
    """
    key = _key(text)
    return _DIGIT_COMMA_RE.search(key) is not None and _ungrouped(key) is None


_DIGIT_COMMA_RE: Final = re.compile(r"\d,\d")


def _malformed_figure(builder: _Builder, row: _Row, cell: tuple[int, str], what: str) -> None:
    """Say that a 分值, 得分 or 总分 cell's comma is no thousands separator, so no figure."""
    builder.finding(
        "malformed-points",
        Severity.WARNING,
        f"{what}“{cell[1]}”不是数字（逗号后不是三位数字，不是千位分隔符），未读入",
        builder.where(row, cell[0]),
    )


@lru_cache(maxsize=16384)
def _number(text: str) -> Decimal | None:
    """A printed amount as a Decimal (``1,234.50``, ``67.26%``), or None.

    A comma not followed by three digits (``9,33``) is no thousands separator: None.
    """
    key = _ungrouped(_key(text))
    if key is None:
        return None
    cleaned = key.rstrip("%").removesuffix("万元").removesuffix("元").removesuffix("分")
    if not cleaned or not re.fullmatch(r"-?\d+(?:\.\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


# The powers of ten of the units a budget amount is printed in (元, 千元, 万元, 亿元).
_UNIT_EXPONENTS: Final = MappingProxyType(
    {"元": 0, "千元": 3, "万元": 4, "十万元": 5, "百万元": 6, "千万元": 7, "亿元": 8}
)
# A unit printed in a cell, as the block names it: 万 and 亿 alone are 万元 and 亿元.
_CELL_UNITS: Final = MappingProxyType(
    {
        "元": "元",
        "千元": "千元",
        "万元": "万元",
        "万": "万元",
        "百万元": "百万元",
        "百万": "百万元",
        "亿元": "亿元",
        "亿": "亿元",
    }
)
# A budget amount in a notation plain digits do not cover: ¥ or ￥ before it, an exponent
# (1.2E+03), a unit after it (260万元, 1200.00万, 1.2亿元); thousands separators removed.
_AMOUNT_RE: Final = re.compile(
    r"(?P<minus>-)?[¥￥]?(?P<sign>-)?(?P<digits>\d+(?:\.\d+)?(?:[eE][+-]?\d{1,2})?)"
    r"(?P<unit>亿元|百万元|万元|千元|元|亿|百万|万)?"
)
# The minus signs an amount may print besides the ASCII one: the full-width － (U+FF0D)
# and the Unicode minus − (U+2212); -12.30 either way (budget37 H1). A lone － stays a dash.
_MINUS_SIGNS: Final = str.maketrans({"\uff0d": "-", "\u2212": "-"})


@lru_cache(maxsize=4096)
def _amount(text: str) -> tuple[Decimal, str | None] | None:
    """A budget amount with the unit printed in its cell (None for no unit), or None.

    Reads what :func:`_number` reads of an amount and more notations: a unit in the
    cell (``元``, ``万元``, ``亿元``; ``万`` and ``亿`` alone), ``¥`` or ``￥`` before the
    digits, an exponent (``1.2E+03``), an accounting negative in brackets
    (``(120.00)`` is -120.00), and a full-width or Unicode minus (``－12.30``,
    ``−12.30``). The unit is returned, not applied.

    Example:
        >>> _amount("260万元"), _amount("1200.00万"), _amount("¥1,200.00")
        ((Decimal('260'), '万元'), (Decimal('1200.00'), '万元'), (Decimal('1200.00'), None))
        >>> _amount("(120.00)"), _amount("1.2E+03"), _amount("待定")
        ((Decimal('-120.00'), None), (Decimal('1200'), None), None)
        >>> _amount("－12.30"), _amount("−12.30"), _amount("－")
        ((Decimal('-12.30'), None), (Decimal('-12.30'), None), None)
    """
    cleaned = _ungrouped(_key(text).translate(_MINUS_SIGNS))
    if cleaned is None:
        return None  # 9,33: a decimal comma, no grouping
    negative = cleaned[:1] == "(" and cleaned[-1:] == ")"  # (120.00): an accounting negative
    if negative:
        cleaned = cleaned[1:-1]
    match = _AMOUNT_RE.fullmatch(cleaned)
    if match is None or (match.group("minus") and match.group("sign")):
        return None
    value = Decimal(match.group("digits"))
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:  # 1.2E+03: written out, 1200
        try:
            value = value.quantize(Decimal(1))
        except InvalidOperation:  # more digits than a Decimal holds (9E+99): no amount
            return None
    if negative or match.group("minus") or match.group("sign"):
        value = -value
    unit = match.group("unit")
    return value, (None if unit is None else _CELL_UNITS[unit])


def _is_amount(text: str) -> bool:
    """Whether a budget cell holds an amount (or a rate, a weight…), not a label.

    Example:
        >>> _is_amount("1,234.50"), _is_amount("1.2亿元"), _is_amount("年度资金总额")
        (True, True, False)
    """
    return _number(text) is not None or _amount(text) is not None


def _in_unit(value: Decimal, unit: str, block_unit: str) -> Decimal:
    """*value* printed in *unit* written in *block_unit*, exactly.

    Its digits are kept, as many as it takes: whole numbers up to 元 (``260万元`` is
    2600000 元), at least two decimals down to 万元 (``2,600,000.00元`` is 260.00 万元,
    ``1,234,567.89元`` 123.456789 万元).

    Example:
        >>> _in_unit(Decimal("260"), "万元", "元"), _in_unit(Decimal("2600000.00"), "元", "万元")
        (Decimal('2600000'), Decimal('260.00'))
        >>> _in_unit(Decimal("1.2"), "亿元", "万元"), _in_unit(Decimal("1234567.89"), "元", "万元")
        (Decimal('12000'), Decimal('123.456789'))
    """
    shift = _UNIT_EXPONENTS[unit] - _UNIT_EXPONENTS[block_unit]
    scaled = value.scaleb(shift)
    exponent = scaled.normalize().as_tuple().exponent
    if not isinstance(exponent, int):  # pragma: no cover - amounts are finite
        return scaled
    try:
        return scaled.quantize(Decimal(1).scaleb(min(exponent, 0 if shift > 0 else -2)))
    except InvalidOperation:  # pragma: no cover - more digits than a Decimal holds
        return scaled


# ---------------------------------------------------------------------------
# Rows


class _Row(NamedTuple):
    """One row of a sheet: cleaned cell texts and where it came from."""

    cells: tuple[str, ...]
    at: int  # row index in the sheet
    filled: tuple[tuple[int, str], ...]  # the non-empty cells with their columns
    text: str  # the cells joined without a separator (for word tests across the row)
    # The cells as the sheet gives them, kept only for a row whose cells hold line breaks:
    # a value cell's break is a clause break to the parser (已完工⏎正在验收).
    raw: tuple[str, ...] | None = None

    def first(self) -> tuple[int, str] | None:
        return self.filled[0] if self.filled else None

    def after(self, column: int) -> tuple[int, str] | None:
        """The first non-empty cell right of *column*."""
        for later in range(column + 1, len(self.cells)):
            if self.cells[later]:
                return later, self.cells[later]
        return None


# …绩效评价指标体系及评分表, the 2021 评价 framework's title: more than 8 characters
# between 绩效 and 表 (dept32 H4)
_TITLE_RE: Final = re.compile(
    r"(?:绩效|跟踪|自评|监控|申报|批复)(?:[^表]{0,8}|评价指标体系及评分)表"
)
_TITLE_END_RE: Final = re.compile(
    r"(?:绩效|跟踪|自评|监控|申报|批复)(?:[^表]{0,8}|评价指标体系及评分)表[:)\]]*$"
)
# A target table's title without 表 (2024年度农村饮水安全项目绩效目标, XX项目2025年绩效目标,
# 绩效目标（2025年度）): a year and a project's word before 绩效目标 at its end, never a goal
# row's label alone (年度绩效目标, 项目绩效目标: no year; r34g). Keyed text.
_TARGET_TITLE_RE: Final = re.compile(
    r"^(?=.*(?:19|20)\d{2}年)(?=.*(?:项目|工程|专项|资金|支出))[^:;,。]{2,40}绩效目标"
    r"(?:\((?:(?:19|20)\d{2}年度?)\))?[:)\]]*$"
)
# The same title with no year (项目支出绩效目标, XX项目支出绩效目标, 部门整体支出绩效目标,
# XX专项资金绩效目标): the spending the table's name says (项目支出, 整体支出, 专项资金,
# 转移支付) before 绩效目标 at its end, which no goal row's label holds (项目绩效目标,
# 年度绩效目标: _GOAL_BLOCK_LABEL_RE), nor a report's numbered heading (一、, （二）; r35c). A
# title only alone on its row (see _Head.title_end): 项目支出绩效目标 | 完成… is a label's
# row. Keyed text.
_UNDATED_TARGET_TITLE_RE: Final = re.compile(
    r"^(?![(\[]|[一二三四五六七八九十\d]{1,3}[、.])[^:;,。]{0,40}"
    r"(?:支出|专项资金|转移支付)绩效目标$"
)
_PERIOD_RE: Final = re.compile(
    r"(?P<y1>\d{4})\s*(?:年度?|[-./])\s*(?P<m1>\d{1,2})\s*月?(?:\s*(?P<d1>\d{1,2})\s*日)?\s*"
    r"(?:至|到|-|~|—)\s*(?:(?P<y2>\d{4})\s*(?:年度?|[-./])\s*)?(?P<m2>\d{1,2})\s*"
    r"(?:月\s*(?P<d2>\d{1,2})\s*日|月?(?!\d|\s*季))"
)
# Whole dates on both ends (2023-01-01至2023-08-31, 2024.1.1-2024.6.30, 2023/01/01至…):
# tried first, or the day of the first date would read as the end month.
_PERIOD_DATES_RE: Final = re.compile(
    r"(?P<y1>\d{4})\s*(?P<s>[-./])\s*(?P<m1>\d{1,2})\s*(?P=s)\s*(?P<d1>\d{1,2})\s*日?\s*"
    r"(?:至|到|-|~|—)\s*(?P<y2>\d{4})\s*(?P=s)\s*(?P<m2>\d{1,2})\s*(?P=s)\s*(?P<d2>\d{1,2})(?!\d)"
)
_YEAR_RE: Final = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年")
_MONTHS_RE: Final = re.compile(
    r"(?<![\d.年-])(?P<m1>\d{1,2})\s*月?\s*(?:至|到|-|~|—)\s*(?P<m2>\d{1,2})\s*月"
)
# A line that holds nothing but dates (in brackets, with 年/月/度 and range words).
_DATES_ONLY_RE: Final = re.compile(r"[(\[]?[\d年度月日份.\-/~—至到]+[)\]]?")
_WINDOW_RE: Final = re.compile(r"(?:1|一)\s*[-~至—]\s*(?P<month>\d{1,2})\s*月")
# 截至2024年8月底完成值, 截至8月31日, 截止2024.8.31: the months up to that date.
_UNTIL_RE: Final = re.compile(
    r"截[至止]到?(?:(?:19|20)\d{2}(?:年度?|[-./]))?(?P<month>\d{1,2})(?:月|[-./]\d{1,2}(?!\d))"
)
# What may start a unit after a figure (万亩, 人次, 公里, 平方米, %): a name that begins
# with a figure and one of them holds the figure (2.1万亩高标准农田), no numbering.
_UNIT_STARTS: Final = "".join(
    sorted(
        set(voc.SCALE_PREFIXES)
        | voc.MEASURE_WORDS
        | {unit[0] for unit in voc.KNOWN_UNITS if "\u3400" <= unit[0] <= "\u9fff"}
    )
)
_NUMBERING_RE: Final = re.compile(
    r"^(?:★\s*)?(?:(?:指标|目标)\s*\d{1,3}\s*[:：、.．]?|\d{1,3}\s*[、.．)）](?!\d)|[(（]\d{1,3}[)）]"
    # ②, ⑵, ⒉, ❷: a circled or bracketed figure of one character (read54 L1)
    r"|[\u2460-\u249b\u2776-\u2793]"
    # 一、, (三): a Chinese numeral's, not 一、二级医院 (two grades)
    r"|[一二三四五六七八九十]{1,3}\s*[、.．](?![一二三四五六七八九十])|[(（][一二三四五六七八九十]{1,3}[)）]"
    # 2.1, 1.2.3 before a name: not before a unit (2.1万亩…, 1.5公里…)
    rf"|\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}}[.、．]?(?=\s*[\u3400-\u9fff])(?!\s*[{_UNIT_STARTS}]))?\s*"
)
_PLACEHOLDER_RE: Final = re.compile(
    r"^(?:(?:指标|目标)\s*\d{0,3}\s*[:、.]?|[.…。·、]+|\d{1,3}[、.]?)$"
)
_NAME_UNIT_RE: Final = re.compile(r"\(([^()]{1,8})\)$")
# A 序号 cell: 1, 2., 3、, 1.1, 1.2.1, 一, （一）, (1).
_SERIAL_RE: Final = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.、]?|[一二三四五六七八九十]{1,3}[、.]?|\([一二三四五六七八九十\d]{1,3}\))$"
)


@lru_cache(maxsize=4096)
def _is_serial(text: str) -> bool:
    return _SERIAL_RE.match(_key(text)) is not None


# A sentence of a report that names a table (本项目绩效自评情况见下表：, 具体绩效监控情况详见表2。,
# 经自评，绩效自评结果如下表所示): it leads in to the table, it is no title. Keyed text.
_SENTENCE_RE: Final = re.compile(
    r"^(?:本项目|现将|经自评|经评价|根据|按照)|(?<!意)见|如下|所示|[:。]$"
)


@lru_cache(maxsize=4096)
def _is_title(key: str) -> bool:
    return (
        len(key) <= 60  # noqa: PLR2004
        and (
            _TITLE_RE.search(key) is not None
            or _TARGET_TITLE_RE.search(key) is not None
            or _UNDATED_TARGET_TITLE_RE.search(key) is not None
        )
        and _SENTENCE_RE.search(key) is None
    )


# 类型：绩效跟踪表, 表格类型：绩效自评表, 报表类型: 绩效目标表: a line saying the table's kind.
_STATED_KIND_RE: Final = re.compile(r"^(?:表格|报表|表)?类型[:：]?\s*(\S.{0,30})$")


def _stated_kind(text: str) -> TableKind | None:
    """The kind a header-area line states outright (``表格类型：绩效自评表``), else None.

    Example:
        >>> _stated_kind("表格类型：绩效自评表"), _stated_kind("类型：绩效跟踪表")
        (<TableKind.SELF_EVALUATION: 'self_evaluation'>, <TableKind.TRACKING: 'tracking'>)
        >>> _stated_kind("项目类型：经常性项目") is None
        True
    """
    match = _STATED_KIND_RE.match(text.strip())
    if match is None:
        return None
    return _kind_of_title(_key(match.group(1)))


def _kind_of_title(key: str) -> TableKind | None:
    for word, kind in voc.TITLE_KINDS:
        if word in key:
            return TableKind(kind)
    if _TARGET_TITLE_RE.search(key) is not None or _UNDATED_TARGET_TITLE_RE.search(key):
        # 2024年度农村饮水安全项目绩效目标: ending in 绩效目标 (not 绩效目标完成情况表, a
        # year's report whose kind its columns say; r34g); 项目支出绩效目标 (r35c)
        return TableKind.TARGET
    return None


# ---------------------------------------------------------------------------
# Framework labels (domain.md §2)


_Memoised = TypeVar("_Memoised")


class _TextMemo(dict[str, _Memoised]):
    """A bounded memo of a pure function of one cell's text, read by ``memo[text]``.

    For the maps over every cell of a row (``tuple(map(memo.__getitem__, row.cells))``):
    a dict's own look-up, where an ``lru_cache`` call also reorders its list. A text not
    yet seen is worked out by *function* (a pure function of the text, whose results are
    immutable); the memo is emptied when it holds *size* texts, so it stays bounded.
    The values are exactly *function*'s, so the memo changes no result.
    """

    __slots__ = ("function", "size")

    def __init__(self, function: Callable[[str], _Memoised], size: int) -> None:
        super().__init__()
        self.function = function
        self.size = size

    def __missing__(self, text: str) -> _Memoised:
        if len(self) >= self.size:
            self.clear()
        value = self[text] = self.function(text)
        return value


class _Label(NamedTuple):
    level: int  # 0: 绩效指标 / weight only, 1: level 1, 2: level 2
    name: str | None  # canonical name
    weight: Decimal | None
    level2: str | None = None  # a level 2 in the same cell (产出指标—数量指标)
    ditto: bool = False  # 〃, 同上 in a level column: the level above's, as a merged cell


# 一、产出指标, (一)数量指标, 1.效益指标: the numbering of a level label.
_LABEL_NUMBER_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[、.](?!\d))"
)


@lru_cache(maxsize=16384)
def _framework_label(text: str) -> _Label | None:
    """A framework label (level 1 or 2, 绩效指标, a bare weight), or None."""
    key = _LABEL_NUMBER_RE.sub("", _key(text))
    weight_match = _WEIGHT_RE.search(key)
    weight = _weight_in(weight_match) if weight_match else None
    bare = _WEIGHT_RE.sub("", key).rstrip(":")
    if not bare:
        return _Label(0, None, weight) if weight is not None else None
    if bare in ("绩效指标", "指标", "绩效目标"):
        return _Label(0, None, weight)
    if bare in voc.LEVEL1_ALIASES:
        return _Label(1, voc.LEVEL1_ALIASES[bare], weight)
    if bare in voc.LEVEL2_ALIASES:
        return _Label(2, voc.LEVEL2_ALIASES[bare], weight)
    parts = _LEVELS_SEPARATOR_RE.split(bare)
    if len(parts) == 2:  # noqa: PLR2004 - 产出指标—数量指标 in one cell
        first, second = parts
        if first in voc.LEVEL1_ALIASES and second in voc.LEVEL2_ALIASES:
            return _Label(1, voc.LEVEL1_ALIASES[first], weight, voc.LEVEL2_ALIASES[second])
    return None


# _framework_label by a dict's look-up, for the maps over every grid row's cells (see _TextMemo).
_FRAMEWORK_LABELS: Final = _TextMemo(_framework_label, 16384)


_LEVELS_SEPARATOR_RE: Final = re.compile(r"\s*(?:—+|-+|－+|/|、|\|)\s*")


# ---------------------------------------------------------------------------
# The table builder


class _GridColumns(NamedTuple):
    """The indicator grid's header: the name column and the value columns after it."""

    row: _Row
    name_column: int
    level1_column: int | None
    roles: dict[int, str]  # distance from the name column → role
    # distance → the word a tick (√) in that column stands for: the 136号 template
    # splits 偏差原因分析 into 经费保障 | 制度保障 | … and 完成可能性 into 确定能 | …
    ticks: dict[int, str] = {}  # noqa: RUF012 - never mutated: replaced as a whole
    # distance → the distance of the value header merged over it: 指标值 printed over
    # two columns, the second's header cell empty (see _merged_spans)
    spans: dict[int, int] = {}  # noqa: RUF012 - never mutated: replaced as a whole
    # distance of a hidden column left out → the distance of the visible one of its role
    # (see _prefer_visible): read instead when the visible one holds nothing
    spares: dict[int, int] = {}  # noqa: RUF012 - never mutated: replaced as a whole
    # the columns right of the name column under an empty header cell or a second name
    # header (三级指标 merged over two columns, 三级指标 | 指标名称): the names may stand
    # in any of them, the rows say which (see _name_span_column)
    name_span: tuple[int, ...] = ()
    # the header's name column when the names were found right of it (see
    # _name_span_column): it holds the level 2 (or nothing), never the names
    levels_column: int | None = None


class _Builder:
    """Collects one table's blocks while its rows are read."""

    def __init__(
        self, sheet: Sheet, index: int, sha256: str | None, *, after_grid: bool = False
    ) -> None:
        self.sheet = sheet
        self.file = sheet.file
        self.sheet_name = sheet.name
        self.row_numbers = sheet.row_numbers
        self.source = Source(sheet.file, sheet.name, index, sha256)
        self.title: str | None = None
        self.kind: TableKind | None = None
        self.stated_kind: TableKind | None = None  # 表格类型：绩效自评表, over the title's
        self.period: Period | None = None
        # a school year or term read without months (2024-2025学年, 第二学期): the period
        # assumed, what was said and where, for the school year's or term's note
        # in r36o and r37c
        self.school_year: tuple[Period, str, str, Position | None] | None = None
        # the school year a title names (2024-2025学年…跟踪表: 2024), and its term if it
        # names one, for a period line's months or a term alone (r37l)
        self.title_school_year: int | None = None
        self.title_term: str | None = None
        self.year: int | None = None
        # the year of a report's or a published article's heading (…2024年度…绩效自评结果公开)
        # read above the table: the tables under it without a year of their own take it,
        # a year written N年 without 度 only when the table's dates agree (see _heading_year)
        self.report_year: int | None = None
        self.report_year_firm = False
        self.header_year: int | None = None  # an undated table's: the latest its header names
        self.window_month: int | None = None
        # The line the window, the year's end or the year was read from (跟踪时段：2025年上半年,
        # （截至2025年9月底）, （2024年度）, a title, a 1-9月执行数 header): the period's text
        self.period_text = ""
        # A period line or a header said the table is at the year's end (跟踪时段：2023年度,
        # 全年实际完成值, 截至2023年底完成值): a tracking table without months is the year's.
        self.year_end = False
        # The year and the last month the title names (2024年1-6月…监控表: 2024, 6), and the
        # period line read after it: compared when the table is built (period-title-mismatch)
        self.title_said: tuple[int | None, int | None] | None = None
        self.period_row: _Row | None = None
        # The months the value columns' headers name (1-7月执行数 | 1-7月执行情况), each with
        # its header and cell: compared with the period when the table is built, as
        # period-header-mismatch
        self.header_windows: list[tuple[int, str, Position | None]] = []
        self.period_from_header = False  # the period's text is a header's (1-7月执行数)
        self.project: dict[str, str] = {}
        self.budget_unit: str | None = None
        # The unit each budget header column prints (年初预算数（万元） | 执行数（元）), and
        # the columns whose amounts were converted to the block's unit (noted once each).
        self.budget_column_units: dict[int, str] = {}
        self.budget_units_noted: set[int] = set()
        self.budget_header: dict[int, str] = {}
        # Each budget header column's text and cell (for the note on a second of a role).
        self.budget_header_cells: dict[int, tuple[str, str]] = {}
        # 1-6月执行数 | 7-8月执行数 of a 1-8月 table (no 1-8月 column): the month the
        # parts' executed amount adds up to (see _budget_parts)
        self.budget_parts_month: int | None = None
        # each line whose executed amount came from parts only: the line as read,
        # the parts' months, how they read (_parts_reading), the last, the sum, the budget
        self.budget_parts_readings: list[tuple[BudgetLine, _PartsSeen]] = []
        # The budget header's 预算完成可能性 column: its first line's cell is the judgement.
        self.budget_likelihood_column: int | None = None
        # The block's label (预算安排（万元）) and its column, for a line printed without one.
        self.budget_label: tuple[int, str] | None = None
        self.budget_columns: set[int] = set()  # every column the budget header prints
        # The column of the year's label when each line prints the mid-term's half beside
        # the year's (实施期资金总额 | 6000 | 年度资金总额 | 2000): the line's label.
        self.budget_line_column: int | None = None
        self.budget_weight: Decimal | None = None
        self.budget: list[BudgetLine] = []
        self.goal_header: dict[str, int] = {}
        # the goal laid out as label/text pairs (年度总体目标 | 预期目标 | … | 实际完成情况 | …):
        # the rows under it may carry more pairs (| 实际完成情况 | …)
        self.goal_paired = False
        # an 工程进度 grid being read (stages over planned and actual dates): kept as a note
        self.progress: _Progress | None = None
        self.goal: OverallGoal | None = None
        # The goal's head cell as printed (年度目标：完成…) and the text its label was
        # removed from (完成…): the goal's raw_expected when it still begins so
        self.goal_printed: tuple[str, str] | None = None
        self.grid: _GridColumns | None = None
        self.header_labels: tuple[tuple[int, str], ...] = ()  # the grid header's, by column
        self.upper_header: _Row | None = None  # the value half of a two-row grid header
        # The lower row of a two-row grid header as read (计划完成值 | 实际完成值 under
        # 1-6月): printed again under the header repeated on a continuation page, no row
        self.sub_header: tuple[tuple[int, str], ...] = ()
        # The lower row of a two-row header led by 绩效指标 (一级指标 | 二级指标 | 三级指标
        # under it): printed again on a continuation page, no indicator 一级指标 (read56 H6)
        self.level_header: tuple[tuple[int, str], ...] = ()
        # The project a heading above the table names (（一）某某项目, 关于某某项目的绩效
        # 自评报告), for a table that prints no 项目名称; one printed after the grid is
        # the next table's (see _heading_name)
        self.heading_name: str | None = None
        self.next_heading_name: str | None = None
        # The title was taken from the table above (_inherit_heading): the unit it
        # names is that table's (r37d)
        self.title_inherited = False
        self.grid_rows: list[_Row] = []
        self.judgement: dict[str, str] = {}
        # where each side's judgement was read, and the columns of option words a tick
        # under stands for (绩效跟踪总体判断 | | 确定能完成 | 有可能完成 | 不可能完成)
        self.judgement_at: dict[str, Where] = {}
        self.judgement_ticks: dict[int, str] = {}
        # the sides whose 完成可能性 row is printed with its answer left blank, and where
        # (the cell after the label): judgement-missing (score56 #6)
        self.judgement_blank: dict[str, Where] = {}
        self.corrective: str = ""
        # The optional fields the form prints a place for, filled or not (a grid column,
        # a closing row): "deviation_reason", "corrective_measures" (see _absent_fields)
        self.printed_fields: set[str] = set()
        self.notes: list[Note] = []  # 说明 | …, 备注：…, 其他需要说明的问题 | …
        self.open_note: _OpenNote | None = None  # the note whose rows are being read
        # The 整改措施 column of a list of problems under a closing heading of measures
        # (序号 | 存在问题 | 整改措施 | 完成时限), while its rows are read (state "measures_list").
        self.measures_column: int | None = None
        # 纠偏措施 (or 改进措施 beside 偏差原因) printed per indicator or budget line
        self.indicator_measures: list[str] = []
        # A row's 完成情况 and 实际完成值 both held figures: said once (_status_values).
        self.status_values_said = False
        self.published_total: Decimal | None = None
        # The 分值 a total row prints under the grid's 分值 column (合计 | 100 | 90): the
        # evidence a row one cell short is read by (r90fix W1)
        self.printed_weight_total: Decimal | None = None
        # The 总分 row's 分值 and 得分 under the grid's columns, with their cells: checked
        # against the 分值 and against each other when the table is built (score54 H3)
        self.total_row_weight: tuple[Decimal, Where] | None = None
        self.total_row_points: tuple[Decimal, Where] | None = None
        # Where a total row printed 满分 instead of a figure (the 分值 column's sum).
        self.full_marks_total: Where | None = None
        self.published_grade: str | None = None
        # The word printed for it (较好, B级) or for no grade (基本合格): Published.grade_text
        self.published_grade_text: str | None = None
        # The total a 自评结论 row's sentence gives (本项目自评得分88.5分) and its cell: the
        # table's total when no 总分 row gives one, said when one gives another (score54 H1)
        self.conclusion_total: tuple[Decimal, Where] | None = None
        self.time_progress: Decimal | None = None
        self.findings: list[Finding] = []
        self.level1_weights: dict[str, Decimal] = {}  # set by the grid's labels (产出指标(50分))
        # the weights the level-1 labels print (产出指标（50分）), apart from a level row's
        # 分值: the two are compared (level-points-mismatch, r37b)
        self.label_weights: dict[str, Decimal] = {}
        self.state = "head"
        self.has_content = False
        # Grid columns left out of every grid row: a multi-year grid's 中长期 half
        # (二级 | 三级 | 指标值 before the year's), an 指标编码 column.
        self.drop_columns: frozenset[int] = frozenset()
        # The 序号 columns among them: only their numbers are left out (合计 stays).
        self.serial_columns: frozenset[int] = frozenset()
        # the headers of bare part columns read as the actual's parts (_bare_part_actuals)
        self.bare_part_labels: frozenset[str] = frozenset()
        # The 指标编码 column, and the code each grid row prints there (by row index).
        self.code_column: int | None = None
        self.codes: dict[int, str] = {}
        # A 中长期 (实施期) grid stacked with the year's: a heading named it (midterm_heading),
        # its rows start at midterm_start; open_end when it runs to the table's end (the
        # year's grid came first). dropped: the grid rows of such grids, left out.
        self.midterm_heading = False
        self.midterm_start: int | None = None
        self.midterm_open_end = False
        self.dropped: list[tuple[int, int]] = []
        # A 年度主要任务 list under the budget (任务名称 | … | 预算数 | 执行数): its rows are
        # tasks, not sources of the money, and are not noted as unread lines.
        self.budget_tasks = False
        # The budget block went on into a task list headed by a 任务 label (年度主要任务 |
        # 任务名称 | 主要内容 | 预算金额（万元）, its amounts under a header of one or two
        # rows): every row up to the next block is a task, none a line of the budget.
        self.in_task_list = False
        # The budget header's 改进措施 column: a line's measures join the table's.
        self.budget_measures: int | None = None
        # A 小计 line read as the budget's total while no other total was read (资金来源 |
        # … then 省级资金, 市级资金, 小计): a total line after it makes it a subtotal.
        self.budget_subtotal: tuple[BudgetLine, Where] | None = None
        # the lines read from 资金到位情况 / 资金支出情况 rows of source/amount pairs
        self.fund_flow_lines: set[str] = set()
        # The lines by use (基本支出, 项目支出) of the budget block: no sources, so no
        # lines of the table; checked against the total when the block has no source.
        self.budget_uses: list[BudgetLine] = []
        # the block prints its sources and uses side by side (see _axis_pairs), its
        # amounts under no amount column: a lone pair below them says no column either
        self.budget_axis_pairs = False
        # The block's header and total printed on one row as label/amount pairs (年度预算数
        # | 200 | 执行数 | 180, see _column_pairs): the amount column a source's pair on a
        # later row (其中：财政资金 | 150 | 其他资金 | 50) stands for, the total's first
        self.budget_pair_column: str | None = None
        # The label of the line by use being read (项目支出), while it is: its findings
        # name it in where.name, and no role, for it is no line of the table (json32 M2:
        # they said budget_line "other", 其他资金)
        self.use_label: str | None = None
        # Every labelled row of the budget block, in order: its row and the use it names
        # (None for a source or an unknown line), to tell what is printed under 基本支出.
        self.budget_rows: list[tuple[int, str | None]] = []
        # A budget printed in columns, one per source (_read_budget_columns): the upper
        # header's cells when they name sources (资金总额 | 按收入性质分 | 按支出性质分),
        # and the sub-header row naming each column's source (合计 | 中央资金 | 地方资金).
        self.budget_upper: _Row | None = None
        self.budget_sub: _Row | None = None
        # Sources as columns and amounts as rows (合计 | 中央资金 over 全年预算数 | 1440 |
        # 1200): not read, said once; the block's further rows are not noted one by one.
        self.budget_by_rows = False
        # A task list with amount columns (年度主要任务 | 任务名称 | … | 预算数 | 执行数): its
        # header and its 金额合计, the budget's total when the table reads no budget block.
        self.tasks: _Builder | None = None
        # A total row closed the grid (state "tail"): what was published before it. An
        # indicator row after it makes it a subtotal: the grid goes on, and these come back.
        self.closed_by: tuple[Decimal | None, str | None, Where | None, str | None] | None = None
        # the 合计 row that closed the grid, and such rows a 总分 row came after: the
        # block's subtotals, checked against its rows (r37b)
        self.closing_row: _Row | None = None
        self.block_subtotals: list[_Row] = []
        # the cells of the total and grade published before it (Table.cells)
        self.closed_cells: tuple[Position | None, Position | None] = (None, None)
        # The caption that closed the grid (附表2 …, state "tail"): another grid header
        # under it starts a table of its own (word98 W1).
        self.closing_caption: str | None = None
        self.closing_caption_at: Position | None = None
        # Split off at a unit's label (部门名称 after a grid): a department-wide table.
        self.unit_led = False
        # split off at a 转移支付 table's department row (中央主管部门 | … | 地方主管部门 | 癸县…)
        # with no name row of its own: the next county's block of the fund above
        self.identity_led = False
        # A table with a grid came before this one in the sheet (a report of several).
        self.after_grid = after_grid
        # Where each table-level field was read (Table.cells): "title", "period",
        # "project.<the key of self.project>" ("project.filer"…), "overall_goal.expected",
        # "judgement.budget"/"judgement.goal", "corrective_measures", "published.total"…
        self.cells: dict[str, Position] = {}

    def is_preamble(self) -> bool:
        """Whether only project fields (and a year) were read: no title, grid or block."""
        return (
            self.title is None
            and self.grid is None
            and not self.grid_rows
            and not self.budget
            and not self.budget_header
            and self.goal is None
            and not self.judgement
            and self.published_total is None
        )

    # -- positions ---------------------------------------------------------

    def row_number(self, row: _Row) -> int:
        """The 1-based source row of *row* (:meth:`Sheet.row_number`)."""
        numbers = self.row_numbers
        return numbers[row.at] if numbers is not None else row.at + 1

    def sheet_of(self, row: _Row) -> str | None:
        """The name of the sheet *row* stands in: a page's own when pages were joined."""
        return self.sheet.name_at(row.at) if self.sheet.parts else self.sheet_name

    def column_number(self, row: _Row, column: int) -> int:
        """The 1-based source column of *column* in *row* (:meth:`Sheet.column_number`)."""
        shifts = self.sheet.column_shifts  # (inline: None but for a grid in column groups)
        return column + 1 if shifts is None else column + 1 + shifts[row.at]

    def position(self, row: _Row, column: int) -> Position:
        # sheet_of, row_number and column_number inline (a position per table-level cell)
        at = row.at
        sheet = self.sheet
        numbers = self.row_numbers
        shifts = sheet.column_shifts
        return _new_position(
            self.file,
            sheet.name_at(at) if sheet.parts else self.sheet_name,
            numbers[at] if numbers is not None else at + 1,
            column + 1 if shifts is None else column + 1 + shifts[at],
        )

    def position_at(self, at: int, column: int) -> Position:
        """The position of *column* in the sheet's row of index *at* (a row not yet a _Row)."""
        return self.position(_Row((), at, (), ""), column)

    def place(self, name: str, at: Position | Where | None) -> None:
        """Note the cell table-level field *name* was read from (``None``: from no cell)."""
        if isinstance(at, Where):
            at = _position_of(at)
        if at is None:
            self.cells.pop(name, None)
        else:
            self.cells[name] = at

    def where(
        self,
        row: _Row,
        column: int,
        *,
        indicator: int | None = None,
        name: str | None = None,
        budget_line: str | None = None,
    ) -> Where:
        if self.use_label is not None and budget_line == BudgetRole.OTHER.value:
            # a line by use (项目支出), read aside under the role of none (json32 M2)
            budget_line, name = None, name or self.use_label
        return Where.at(
            self.position(row, column), indicator=indicator, name=name, budget_line=budget_line
        )

    def finding(self, finding_id: str, severity: Severity, message: str, where: Where) -> None:
        self.findings.append(Finding(finding_id, severity, message, where))


# The columns of a flat export (one row per indicator, 预算管理一体化 systems) that say
# which project a row belongs to, and those that say nothing about the indicator.
_FLAT_PROJECT_COLUMNS: Final = {
    "项目名称": "name",
    "项目编码": "code",
    "项目代码": "code",
    "主管部门": "department",
    "单位名称": "implementer",
    "实施单位": "implementer",
    "预算年度": "year",
    "年度": "year",
}
_FLAT_IGNORED_COLUMNS: Final = frozenset({"单位编码", "单位代码", "填报日期", "填报时间", "序号"})


def _flat_export(sheet: Sheet) -> Sheet:
    """A flat export, one row per indicator, as one table per project; else *sheet*.

    The systems export a district's portfolio as one header (项目编码 | 项目名称 | 一级指标 |
    … | 三级指标 | 指标值 | …) and a row per indicator. Rows are grouped by project (its
    code, else its name) in the order projects first appear; each group becomes a
    project block (项目名称, 主管部门/实施单位, the year) above the header and the group's
    rows, the project columns blanked, so the grid reads as any other.
    """
    rows = sheet.rows
    header_at = next(
        (
            index
            for index, row in enumerate(rows)
            if ("项目名称" in row or "项目编码" in row) and ("三级指标" in row or "指标名称" in row)
        ),
        None,
    )
    if header_at is None:
        return sheet
    header = rows[header_at]
    fields = {
        column: _FLAT_PROJECT_COLUMNS[text]
        for column, text in enumerate(header)
        if text in _FLAT_PROJECT_COLUMNS
    }
    blank = set(fields) | {c for c, text in enumerate(header) if text in _FLAT_IGNORED_COLUMNS}
    key_column = next((c for c, f in fields.items() if f == "code"), None)
    if key_column is None:
        key_column = next(c for c, f in fields.items() if f == "name")

    def blanked(row: tuple[str, ...]) -> tuple[str, ...]:
        return tuple("" if column in blank else text for column, text in enumerate(row))

    def number(index: int) -> int:
        return sheet.row_number(index)

    groups: dict[str, list[int]] = {}
    for index in range(header_at + 1, len(rows)):
        row = rows[index]
        if not any(row):
            continue
        key = row[key_column].strip() if key_column < len(row) else ""
        groups.setdefault(key, []).append(index)
    out_rows: list[tuple[str, ...]] = [*rows[:header_at]]
    out_numbers: list[int] = [number(i) for i in range(header_at)]
    for members in groups.values():
        first = rows[members[0]]
        at = number(members[0])
        values = {
            f: first[c].strip() for c, f in fields.items() if c < len(first) and first[c].strip()
        }
        # 项目名称 first: it starts the project's table; then its other fields and year
        for label, field_name in (
            ("项目名称", "name"),
            ("主管部门", "department"),
            ("实施单位", "implementer"),
            ("项目编码", "code"),
        ):
            if field_name in values:
                out_rows.append((label, values[field_name]))
                out_numbers.append(at)
        if "year" in values and values["year"].isdigit():
            out_rows.append((f"{values['year']}年度",))
            out_numbers.append(at)
        out_rows.append(blanked(header))
        out_numbers.append(number(header_at))
        for index in members:
            out_rows.append(blanked(rows[index]))
            out_numbers.append(number(index))
    # the rows are regrouped: the source's merged ranges no longer stand where they were
    return evolve(sheet, rows=tuple(out_rows), row_numbers=tuple(out_numbers), merges=None)


# Header words a row holds twice when two grids stand side by side on one sheet.
_SIDE_BY_SIDE_WORDS: Final = ("一级指标", "三级指标", "指标名称")
# The words of a grid's first column where two tables stand side by side with no empty
# column between them: a grid of levels (一级指标), or of names alone (指标名称 | 指标值,
# a target table's; k32e). Not 三级指标, printed twice in one 申报表 (its 中长期 half).
_ADJACENT_SPLIT_WORDS: Final = frozenset({"一级指标", "指标名称"})
# The words _bands looks for in every row's cells, in its order, and as a set.
_BAND_WORD_ORDER: Final = (*_SIDE_BY_SIDE_WORDS, "项目名称")
_BAND_WORDS: Final = frozenset(_BAND_WORD_ORDER)


def _bands(sheet: Sheet) -> list[Sheet]:
    """The sheet, or its column bands when tables stand side by side on it.

    Summary workbooks put two tables next to each other, an empty column between
    them, their tops on one row or not (two exports pasted into one sheet, one
    with a title or a period line more). A grid header word printed in two
    columns (一级指标 … 一级指标, on one row or on two), each in a row naming the
    grid's columns within its band, gives the split: the empty columns between
    the two, empty in every row; with none, the column of the second 一级指标
    when each table prints 项目名称 in its first column, or when each band has a head of
    its own above its header, a title (…绩效目标表) or a 项目名称 label within its
    columns (:func:`_own_head`: only the left printing 项目名称, or two 绩效目标表 naming
    their projects in their titles; k31d). An empty column between the groups of one
    grid (:func:`_one_grid_in_groups`) is no split: :func:`_column_groups` reads them.
    Each band keeps its columns where they are (the other band's cells blanked), so
    cell positions stay the sheet's.
    """
    rows = sheet.rows
    found = _band_words(rows)
    labels = found.get("项目名称", {})
    for word in _SIDE_BY_SIDE_WORDS:
        at = found.get(word, {})
        columns = sorted(at)
        for first, second in itertools.pairwise(columns):
            cut = next(
                (
                    column
                    for column in range(first + 1, second)
                    if not any(column < len(other) and other[column] for other in rows)
                ),
                None,
            )
            adjacent = word in _ADJACENT_SPLIT_WORDS
            if cut is None and adjacent and {first, second} <= labels.keys():
                cut = second  # no empty column: each table's 项目名称 above its 一级指标
            if (
                cut is None
                and adjacent
                and _own_head(rows, at[first], range(second))
                and _own_head(rows, at[second], range(second, max(map(len, rows))))
            ):
                cut = second  # no empty column: each table's title above its 一级指标 (k31d)
            if (
                cut is not None
                and cut < second
                and at[first] == at[second]
                and _one_grid_in_groups(rows, at[first])
            ):
                continue  # one grid's groups, an empty column between them (k32o)
            if (
                cut is not None
                and names_grid_columns(rows[at[first]][:cut])
                and names_grid_columns(rows[at[second]][cut:])
            ):
                left = tuple(other[:cut] for other in rows)
                right = tuple(("",) * cut + other[cut:] for other in rows)
                return [
                    evolve(sheet, rows=left),
                    *_bands(evolve(sheet, rows=right)),
                ]
    return [sheet]


def _band_words(rows: Sequence[tuple[str, ...]]) -> dict[str, dict[int, int]]:
    """The columns where each of :data:`_BAND_WORD_ORDER` fills a cell of *rows*.

    Each column with the first row printing the word there (words and columns in the
    order first met).

    Example:
        >>> _band_words([("项目名称", "甲", "项目名称", "乙"), ("一级指标", "x", "一级指标")])
        {'项目名称': {0: 0, 2: 0}, '一级指标': {0: 1, 2: 1}}
    """
    found: dict[str, dict[int, int]] = {}  # word -> column -> the first row printing it there
    for index, row in enumerate(rows):
        if _BAND_WORDS.isdisjoint(row):
            # (one pass over the row in C, r39d: a row no cell of which equals one of the
            # words gives the tests below no hit, and most rows print none; this runs on
            # every row of every sheet, where the four tests of each row did)
            continue
        for word in _BAND_WORD_ORDER:
            if word in row:
                at = found.setdefault(word, {})
                for column, text in enumerate(row):
                    if text == word:
                        at.setdefault(column, index)
    return found


def _own_head(rows: Sequence[tuple[str, ...]], header: int, columns: range) -> bool:
    """Whether a table's title or 项目名称 label stands in *columns* above row *header*.

    Two tables side by side with no empty column between them each print their own head
    over their own columns (``项目支出绩效自评表`` over the left, ``“项目2”项目绩效目标表``
    over the right); the two halves of one grid (a 申报表's 中长期 and the year's) print
    one head, over the left. The head is a row's first cell in those columns: 项目名称
    (its value beside it), or a title alone (or beside a unit: ``金额单位：万元``), so an
    indicator row naming a 绩效自评表 is none. Only the rows above the header up to a grid
    header above it in those columns are the table's head.

    Example:
        >>> rows = [
        ...     ("“甲”项目绩效目标表", "", "", "“乙”项目绩效目标表"),
        ...     ("一级指标", "", "", "一级指标"),
        ... ]
        >>> _own_head(rows, 1, range(3)), _own_head(rows, 1, range(3, 4))
        (True, True)
        >>> _own_head(
        ...     [("项目名称", "甲", "", ""), ("一级指标", "", "", "一级指标")], 1, range(3, 4)
        ... )
        False
    """
    for index in range(header - 1, -1, -1):
        row = rows[index]
        cells = [row[column] for column in columns if column < len(row) and row[column]]
        if not cells:
            continue
        if any(word in cells for word in _SIDE_BY_SIDE_WORDS):
            return False  # the head of a grid above: not this table's
        first = cells[0]
        if first.startswith("项目名称") or (
            is_title_text(first) and (len(cells) == 1 or (len(cells) == 2 and "单位" in cells[1]))  # noqa: PLR2004
        ):
            return True
    return False


def _group_header(row: Sequence[str]) -> tuple[int, int, int] | None:
    """``(start, width, count)`` of the column groups a grid header repeats, else None.

    ``指标名称 | 指标值 | 指标名称 | 指标值``: one group's labels printed again beside it,
    each group with its name column and a value column, no level column (一级指标,
    二级指标) and nothing of the mid-term's (中期指标值) in the row. A leading label
    before the first group (``绩效指标``) is no part of the groups.

    Example:
        >>> _group_header(("指标名称", "指标值", "指标名称", "指标值"))
        (0, 2, 2)
        >>> _group_header(
        ...     ("绩效指标", "三级指标", "指标值", "三级指标", "指标值", "三级指标", "指标值")
        ... )
        (1, 2, 3)
        >>> (
        ...     _group_header(("指标名称", "指标值")),
        ...     _group_header(("指标名称", "中期指标值", "指标名称", "年度指标值")),
        ... )
        (None, None)
    """
    texts = [_label(_clean(text)) if text else "" for text in row]
    filled = [column for column, text in enumerate(texts) if text]
    roles = {column: _column_role(texts[column]) for column in filled}
    names = [column for column in filled if roles[column] == "name"]
    if len(names) < 2 or any(  # noqa: PLR2004 - two groups at least
        role in ("level1", "level2", "midterm") for role in roles.values()
    ):
        return None
    width = names[1] - names[0]
    if width < 2:  # noqa: PLR2004 - a name and a value column
        return None
    texts += [""] * (names[0] + len(names) * width - len(texts))
    for start in range(max(names[0] - width + 1, 0), names[0] + 1):
        count = (filled[-1] - start) // width + 1
        group = texts[start : start + width]
        if (
            len(names) == count
            and all(
                texts[start + index * width : start + (index + 1) * width] == group
                for index in range(count)
            )
            and any(roles.get(start + index) not in (None, "name") for index in range(width))
        ):
            return start, width, count  # each group the same labels, a value column in it
    return None


def _column_groups(sheet: Sheet, first: int = 0) -> Sheet:
    """The sheet with a grid printed in column groups read as one grid; else *sheet*.

    A target table short of rows prints its indicators in groups side by side under
    one head, ``指标名称 | 指标值 | 指标名称 | 指标值`` (:func:`_group_header`). The rows of
    each group after the first are moved under the first group's rows, their cells into
    the first group's columns (``Sheet.column_shifts`` keeps the columns they stand in),
    so the grid reads the left group, then the right one; the rows under the grid follow.
    The grid's rows are those under the header up to the last row printing in a group
    after the first, then the rows of the first group alone that print a name and a value
    (a note or a total row ends them); a row printing right of the groups ends them.
    Not a 中长期 half (groups that differ, or a row above naming the mid-term), nor two
    tables each with a head of its own (:func:`_bands` splits those first). Merged
    ranges are kept where their cells stay; one across the groups is dropped.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> sheet = Sheet(
        ...     (("指标名称", "指标值", "指标名称", "指标值"), ("甲", "1人", "乙", "2人"))
        ... )
        >>> grouped = _column_groups(sheet)
        >>> grouped.rows, grouped.row_numbers, grouped.column_shifts
        ((('指标名称', '指标值', '', ''), ('甲', '1人', '', ''), ('乙', '2人')), (1, 2, 2), (0, 0, 2))
    """
    rows = sheet.rows
    for header in range(first, len(rows)):
        row = rows[header]
        # (the cheap test first: a name column's label holds 三级指标 or 指标名称, so its
        # raw text a 三 or a 名 — cleaning only removes characters — as 产出指标 does not)
        joined = "".join(row)
        if (
            ("三" not in joined and "名" not in joined)
            or sum(
                ("指标" in text or "名称" in text) and ("三" in text or "名" in text)
                for text in row
            )
            < 2  # noqa: PLR2004
        ):
            continue
        found = _one_grid_in_groups(rows, header)
        if found is None:
            continue
        grouped = _regroup(sheet, header, *found)
        if grouped is not None:
            return grouped
    return sheet


def _one_grid_in_groups(
    rows: Sequence[tuple[str, ...]], header: int
) -> tuple[int, int, int] | None:
    """The groups (:func:`_group_header`) of row *header* when they are one grid's; else None.

    Not a 中长期 half (a row above naming the mid-term), nor tables side by side, a
    head of its own (:func:`_own_head`) over a group right of the first. An empty
    column between the groups is one more column of each group:
    ``指标名称 | 指标值 | (empty) | 指标名称 | 指标值`` is one grid in two groups (k32o).

    Example:
        >>> _one_grid_in_groups([("指标名称", "指标值", "", "指标名称", "指标值")], 0)
        (0, 3, 2)
        >>> _one_grid_in_groups(
        ...     [
        ...         ("项目名称", "甲", "", "项目名称", "乙"),
        ...         ("指标名称", "指标值", "", "指标名称", "指标值"),
        ...     ],
        ...     1,
        ... )
    """
    found = _group_header(rows[header])
    if found is None:
        return None
    above = rows[header - 1] if header else ()
    if any(text and _is_midterm(_label(_clean(text))) for text in above):
        return None  # 中长期指标 | 年度指标 over the halves: the 申报表's mid-term half
    start, width, count = found
    if any(
        _own_head(rows, header, range(start + group * width, start + (group + 1) * width))
        for group in range(1, count)
    ):
        return None  # a head over a right group: tables side by side, not one grid's groups
    return found


def _regroup(sheet: Sheet, header: int, start: int, width: int, count: int) -> Sheet | None:
    """*sheet* with the groups under *header* stacked (see :func:`_column_groups`), or None."""
    rows = sheet.rows
    end = start + count * width  # the column after the last group
    last = None  # the last row printing in a group after the first
    for index in range(header + 1, len(rows)):
        cells = rows[index]
        if any(text for text in cells[end:]) or any(text for text in cells[:start]):
            break  # a row of the sheet beyond the grid
        if any(cells[start + width : end]):
            last = index
    if last is None:
        last = header  # the right groups print nothing: the first group's grid alone
    for index in range(last + 1, len(rows)):
        cells = rows[index][: start + width]
        filled = [text for text in cells if text]
        head = _clean(filled[0]) if filled else ""
        if (
            any(rows[index][start + width :])
            or len(filled) < 2  # noqa: PLR2004 - a name and a value
            or not cells[start:]
            or _block_of(_label(head)) is not None
            or _closing_block(_key(head), _label(head)) is not None
        ):
            break
        last = index  # a row of the first group alone after the others' last
    region = range(header + 1, last + 1)
    if sheet.parts and any(header < part <= last for part, _ in sheet.parts):
        return None  # a page joined inside the grid: left as it is
    shifts = list(sheet.column_shifts or (0,) * len(rows))
    out_rows = [*rows[: last + 1]]
    for index in (header, *region):  # the first group's header and rows stay where they are
        out_rows[index] = tuple(
            "" if start + width <= column < end else text for column, text in enumerate(rows[index])
        )
    out_numbers = [sheet.row_number(index) for index in range(last + 1)]
    out_shifts = shifts[: last + 1]
    bases: list[int] = []  # the first new row of each group after the first
    for group in range(1, count):
        left = start + group * width
        printing = [index for index in region if any(rows[index][left : left + width])]
        bases.append(len(out_rows))
        for index in range(header + 1, max(printing, default=header) + 1):
            out_rows.append(("",) * start + tuple(rows[index][left : left + width]))
            out_numbers.append(sheet.row_number(index))
            out_shifts.append(shifts[index] + group * width)
    moved = len(out_rows) - (last + 1)
    out_rows.extend(rows[last + 1 :])
    out_numbers.extend(sheet.row_number(index) for index in range(last + 1, len(rows)))
    out_shifts.extend(shifts[last + 1 :])
    merges = None
    if sheet.merges is not None:
        kept: list[tuple[int, int, int, int]] = []
        for top, left, bottom, right in sheet.merges:
            if bottom <= header or (top <= header and right < start + width and bottom <= last):
                kept.append((top, left, bottom, right))  # above the grid or within its first group
            elif top > last:
                kept.append((top + moved, left, bottom + moved, right))  # under the grid
            elif top > header and right < start + width:
                kept.append((top, left, bottom, right))
            elif top > header and bottom <= last and left >= start + width:
                group = (left - start) // width
                if right < start + (group + 1) * width:
                    at = bases[group - 1] - header - 1
                    kept.append(
                        (top + at, left - group * width, bottom + at, right - group * width)
                    )
        merges = tuple(kept)
    parts = tuple((part + moved if part > last else part, name) for part, name in sheet.parts)
    grouped = evolve(
        sheet,
        rows=tuple(out_rows),
        row_numbers=tuple(out_numbers),
        column_shifts=tuple(out_shifts),
        merges=merges,
        parts=parts,
    )
    return _column_groups(grouped, last + 1 + moved)


def has_grid_header(sheets: Sequence[Sheet]) -> bool:
    """Whether any row of *sheets* is an indicator grid's header (for a clearer error).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> has_grid_header([Sheet((("三级指标", "年度指标值"),))])
        True
    """
    return any(is_grid_header_row(raw) for sheet in sheets for raw in sheet.rows)


def is_grid_header_row(raw: Sequence[str]) -> bool:
    """Whether the cell texts *raw* are an indicator grid's header row.

    The readers ask it of a table nested in a form's cell: the grid pasted into the
    form (``绩效指标 | [grid]``) lays out the form whatever else its row holds.

    Example:
        >>> is_grid_header_row(("一级指标", "二级指标", "三级指标", "年度指标值"))
        True
        >>> is_grid_header_row(("其中：", "12处"))
        False
    """
    cells = tuple(map(_clean, map(fold_cell, raw)))  # raw texts: folded as a Sheet's are
    row = _Row(cells, 0, tuple(filter(_TEXT_OF, enumerate(cells))), "".join(cells))
    return _is_grid_header(row)


def names_grid_columns(raw: Sequence[str]) -> bool:
    """Whether the cell texts *raw* name an indicator grid's name or level columns.

    A grid header does, and so does the lower row of a two-row header (``一级指标 |
    二级指标 | 三级指标`` under ``绩效指标 | 年度指标值 | …``). The HTML reader asks
    whether a page shows a grid outside its hidden sections.

    Example:
        >>> names_grid_columns(("一级指标", "二级指标", "三级指标"))
        True
        >>> names_grid_columns(("首页", "政务公开"))
        False
    """
    return _names_columns(_Row(tuple(map(_clean, map(fold_cell, raw))), 0, (), ""))


def interpret(sheets: Sequence[Sheet], *, sha256: str | None = None) -> tuple[Table, ...]:
    """Find and read every table in *sheets* (one input file), in order.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> rows = (
        ...     ("财政项目支出绩效跟踪表",),
        ...     ("项目名称", "示例项目"),
        ...     ("一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"),
        ...     ("产出指标", "数量指标", "培训人次", "≥100人次", "120"),
        ... )
        >>> table = interpret([Sheet(rows)])[0]
        >>> table.project.name, table.indicators[0].actual.value
        ('示例项目', Decimal('120'))
    """
    builders: list[_Builder] = []
    pages = _pages(sheets)
    origins: list[set[int]] = []  # the pages each builder read
    report_year: int | None = None  # the year of the report's heading, for the tables under it
    report_firm = False  # written N年度: the data's year, not perhaps the publication's
    for page, band in (
        (page, _flat_export(_column_groups(band)))
        for page, sheet in enumerate(pages)
        for band in _bands(sheet)
    ):
        heading: _Builder | None = None  # the band's last table not split off at 项目名称
        split = list(_split(band, 0, sha256))
        if _is_contents_list(band, split):
            continue  # a 目录 listing the tables: no table (said as a sheet not read)
        for position, builder in enumerate(split):
            # a builder that read nothing (rows under no header after a cover) reads no page
            origin = {page} if builder.has_content or builder.project else set()
            # A cover sheet (title and project, no grid) and the grid on the next sheet,
            # with no title or project of its own, are one table; so are a title page (a
            # title and a year only) and the next sheet's table without a title.
            if (
                position == 0
                and builders
                and builder.title is None
                and (
                    (_is_cover(builders[-1]) and "name" not in builder.project)
                    or _is_title_page(builders[-1])
                )
            ):
                _inherit(builder, builders.pop())
                origin |= origins.pop()
            elif heading is not None and builder.title is None and "name" in builder.project:
                _inherit_heading(builder, heading)
            elif heading is not None and builder.identity_led:
                # the next county's block under the fund's name: the fund's table's name
                if "name" in heading.project:
                    if "name" not in builder.project and "project.name" in heading.cells:
                        builder.cells["project.name"] = heading.cells["project.name"]
                    builder.project.setdefault("name", heading.project["name"])
                _inherit_heading(builder, heading)
            else:
                heading = builder
            if builder.report_year is not None:
                report_year, report_firm = builder.report_year, builder.report_year_firm
            if (
                report_year is not None
                and builder.year is None
                and builder.period is None
                and builder.header_year is None
                and (report_firm or _dates_agree(builder, report_year))
            ):
                builder.year = report_year  # 附表2：…自评表 under 某市2024年度…自评结果公开
            builders.append(builder)
            origins.append(origin)
    if len(pages) > 1 and len(builders) > 1:
        builders, origins = _fold_covers(builders, origins)
    tables: list[Table] = []
    read: list[set[int]] = []  # the pages each table was read from
    graded = any(builder.grid is not None and builder.budget for builder in builders)
    unread: list[Finding] = []  # of the amounts-only tables passed over, for the next table
    for builder, origin in zip(builders, origins, strict=True):
        if graded and _spending_detail(builder):
            # 资金使用明细 before the 自评表: supporting material, as after it, said
            unread.append(_detail_unread(builder))
            continue
        if builder.title is None and (builder.budget or "name" in builder.project):
            _take_page_title(builder)  # a table without a grid
        table = _build(builder, len(tables))
        if table is not None:
            if unread:
                table = evolve(table, findings=(*unread, *table.findings))
                unread = []
            tables.append(table)
            read.append(origin)
    if unread and tables:
        tables[-1] = evolve(tables[-1], findings=(*tables[-1].findings, *unread))
    if len(pages) > 1 and tables:
        _note_unread_pages(pages, read, tables)
    if tables and any(sheet.formulas for sheet in sheets):
        _note_formulas(sheets, tables)
    if tables:
        _project_from_sheet_names(sheets, tables)
    return tuple(tables)


# Words of a form's or a report's name: a sheet so named names no project on its own
# (2024年度绩效自评, 项目支出绩效跟踪): the tables' kinds, their years and periods.
_FORM_NAME_RE: Final = re.compile("绩效|自评|跟踪|监控|评价|目标|指标|考核|年度|季度|半年|整体")


def _project_from_sheet_names(sheets: Sequence[Sheet], tables: list[Table]) -> None:
    """Name the project of each table that names none by its sheet, in a workbook of projects.

    A workbook of several sheets named by projects (``教师培训项目``, ``校园安全保障``:
    :func:`~perftrack.readers._sheet.sheet_names_project`, not ``Sheet1``, ``表1``,
    ``自评表``, ``跟踪表``) holds one project's table a sheet: a table read from such a
    sheet with its 项目名称 left blank (and no cover giving it one) is that project's,
    said by a ``project-from-sheet-name`` info. A department's table (部门整体) names a
    department. A workbook of one sheet holding one table is a workbook of one project:
    its sheet names it when the name is a project's and no form's either (no word of a
    table's kind, year or period: ``绩效``, ``自评``, ``年度``; :data:`_FORM_NAME_RE`).
    One sheet named by a project beside sheets named as forms (``Sheet2``) is not
    enough: it may be named after anything.
    """
    named = {
        (sheet.file, name)
        for sheet in sheets
        for name in (sheet.name, *(part for _, part in sheet.parts))
        if sheet_names_project(name)
    }
    if len(sheets) == 1 and len(tables) == 1 and not sheets[0].parts:
        # a workbook of one project: its only sheet's name, unless it names a form
        named = {(file, name) for file, name in named if name and not _FORM_NAME_RE.search(name)}
        if not named:
            return
    elif len(named) < 2:  # noqa: PLR2004 - several sheets named by projects
        return
    for index, table in enumerate(tables):
        sheet = table.source.sheet
        if (
            (table.project.name or "").strip()
            or sheet is None
            or (table.source.file, sheet) not in named
            or "部门整体" in (table.title or "")
        ):
            continue
        name = sheet.strip()
        finding = Finding(
            "project-from-sheet-name",
            Severity.INFO,
            f"未填写项目名称，按工作表名称“{name}”作为项目名称",
            Where(file=table.source.file, sheet=sheet),
        )
        tables[index] = evolve(
            table,
            project=evolve(table.project, name=name),
            findings=(*table.findings, finding),
        )


# Names of a workbook's sheets that list or explain its tables, hold none.
_CONTENTS_SHEET_RE: Final = re.compile("目录|索引|封面|说明")


def _is_contents_list(sheet: Sheet, builders: Sequence[_Builder]) -> bool:
    """Whether *sheet* is a 目录 listing the workbook's tables, read as no table.

    A sheet named 目录, 索引, 封面 or 说明 whose rows are a numbered list (a row
    headed ``序号`` or ``编号`` and rows numbered under it: ``序号 | 项目名称 | 表名``,
    ``1 | 道路养护 | 表1``), with no grid and no budget read from it. Before, the
    cell right of ``项目名称`` (``表名``) was read as a project's name: a phantom
    table with a ``missing-indicators`` error.
    """
    if sheet.name is None or _CONTENTS_SHEET_RE.search(sheet.name) is None:
        return False
    if any(builder.grid is not None or builder.budget for builder in builders):
        return False
    headed = False
    for raw in sheet.rows:
        first = next((text.strip() for text in raw if text.strip()), None)
        if first in {"序号", "编号"}:
            headed = True
        elif headed and first is not None and first.isdigit():
            return True
    return False


def _detail_unread(builder: _Builder) -> Finding:
    """The note that an amounts-only table was passed over, with its lines (r51fix M1).

    ``表1 项目资金情况`` (中央/省级/县级 and 合计) before a 自评表: not read as a table
    (word26 H2), its amounts said in an info ``budget-line-unread`` on the next table
    read, so that nothing is dropped silently.
    """
    amounts = []
    for line in builder.budget[:6]:
        amount = line.executed if line.executed is not None else line.initial
        amounts.append(line.source if amount is None else f"{line.source}{amount}")
    name = f"“{builder.title}”" if builder.title else "资金表"
    return Finding(
        "budget-line-unread",
        Severity.INFO,
        f"{name}只列资金金额（{'、'.join(amounts)}），不是绩效表，金额未读入，请与预算执行情况核对",
        Where(file=builder.file, sheet=builder.sheet_name),
    )


def _spending_detail(builder: _Builder) -> bool:
    """Whether *builder* read only a list of amounts: a report's 资金使用明细 table.

    ``序号 | 支出内容 | 预算数（万元） | 实际支出（万元）``, or ``支出项目 | 年初预算数 |
    … | 执行率`` under a caption (表1 资金使用明细), with no grid, no project field,
    goal or judgement, and no title naming 绩效. Printed after the grid it is the
    table's tail; printed before the 自评表 of a file whose performance table has a
    budget of its own, it is no table either (word26 H2: it was one, with a
    ``missing-indicators`` error).
    """
    return (
        builder.grid is None
        and bool(builder.budget)
        and not builder.project
        and builder.goal is None
        and not builder.judgement
        and builder.tasks is None
        and (builder.title is None or "绩效" not in builder.title)
    )


def _nearest(spans: list[tuple[int, int, int]], row: int) -> int:
    """The table nearest *row*: *spans* are (first row, last row, table index), sorted.

    The table whose rows hold *row*, else the nearer of the tables before and after
    it (the one after on a tie: the project fields stand above a table's grid).

    Example:
        >>> spans = [(5, 10, 0), (20, 30, 1)]
        >>> [_nearest(spans, row) for row in (2, 7, 12, 15, 18, 40)]
        [0, 0, 0, 1, 1, 1]
    """
    at = bisect_right(spans, (row, _MAX_ROW, 0)) - 1
    before = spans[at] if at >= 0 else None
    after = spans[at + 1] if at + 1 < len(spans) else None
    if before is None or (after is not None and after[0] - row <= row - before[1]):
        return after[2] if after is not None else spans[0][2]
    return before[2]


_MAX_ROW: Final = 1 << 40


def _note_formulas(sheets: Sequence[Sheet], tables: list[Table]) -> None:
    """One ``formula-without-result`` warning per table whose cells hold uncomputed formulas.

    A workbook written by a script (openpyxl, pandas, POI without an evaluator) stores
    its formulas (``=汇总!B3``, ``=SUM(G6:G13)``, ``=D5/C5``) without a result: the
    cells read as empty, but the unit did fill them in. So do XlsxWriter and POI store
    a placeholder result (``0``) under ``<calcPr fullCalcOnLoad="1"/>``: those cells
    (``sheet.stale_formulas``) read as empty too, and the warning says why. The cells of a sheet go to the
    table read from it whose indicator rows hold them, else the nearest one.
    """
    for sheet in sheets:
        if not sheet.formulas:
            continue
        spans = sorted(
            (min(rows), max(rows), index)
            for index, table in enumerate(tables)
            if table.source.file == sheet.file
            and table.source.sheet == sheet.name
            and (rows := [i.position.row for i in table.indicators if i.position] or [0])
        )
        if not spans:
            continue
        cells: dict[int, list[tuple[int, int]]] = {}
        for row, column in sorted(sheet.formulas):
            index = _nearest(spans, row)
            cells.setdefault(index, []).append((row, column))
        for index, found in cells.items():
            names = "、".join(Position(None, None, row, column).cell for row, column in found)
            first = Position(sheet.file, sheet.name, *found[0])
            why = (
                # results stored by the writer (XlsxWriter's 0) in a workbook that asks
                # for every formula to be computed on opening: never computed either
                "文件要求打开时重新计算公式，所存的结果未经计算、不可信"
                if sheet.stale_formulas.intersection(found)
                else "文件未经 Excel 保存"
            )
            message = (
                f"{len(found)}个单元格是未计算的公式（{names}），{why}，"
                "读作空白；请在 Excel/WPS 中打开并保存后重新读取"
            )
            finding = Finding(
                "formula-without-result",
                Severity.WARNING,
                message,
                Where.at(first),
            )
            tables[index] = evolve(tables[index], findings=(*tables[index].findings, finding))


def _is_title_page(builder: _Builder) -> bool:
    """Whether a sheet's only table read a title (and a year): a title page of the next."""
    return (
        builder.title is not None
        and builder.grid is None
        and not builder.project
        and not builder.budget
        and not builder.budget_header
        and builder.goal is None
        and not builder.judgement
        and builder.published_total is None
    )


# The header row a Power Query load puts over every table (Column1 | Column2 | …).
_COLUMN_NAME_RE: Final = re.compile(r"Column\d{1,3}")


def _names_columns_generically(filled: Sequence[tuple[int, str]]) -> bool:
    """Whether a row is Power Query's ``Column1 | … | ColumnN`` header (no table's row)."""
    return all(_COLUMN_NAME_RE.fullmatch(text) for _, text in filled)


def _content_rows(sheet: Sheet, limit: int) -> Iterable[_Row]:
    """The first *limit* rows of *sheet* that hold something more than page furniture."""
    for index, raw in enumerate(sheet.rows):
        if limit <= 0:
            return
        cells = tuple(map(_clean, raw))
        filled = tuple(filter(_TEXT_OF, enumerate(cells)))
        if (
            not filled
            or (len(filled) <= 3 and _is_furniture(filled))  # noqa: PLR2004
            or _names_columns_generically(filled)
        ):
            continue
        limit -= 1
        yield _Row(cells, index, filled, "".join(cells))


def _pages(sheets: Sequence[Sheet]) -> list[Sheet]:
    """The sheets, each that goes on with the table of the one before joined to it.

    Acrobat's "Export to Excel" writes one worksheet per printed page: ``Table 2``
    holds the rest of the grid (its header printed again or not) and the 总分 row,
    with no title and no project fields. Such a sheet (see :func:`_goes_on`) is
    read as the rows after the previous sheet's; its cells keep their own sheet's
    name and rows (``Sheet.parts``).
    """
    if len(sheets) < 2:  # noqa: PLR2004
        return list(sheets)
    pages: list[Sheet] = []
    for sheet in sheets:
        if pages and _goes_on(pages[-1], sheet):
            pages[-1] = _joined_pages(pages[-1], sheet)
        else:
            pages.append(sheet)
    return pages


def _goes_on(previous: Sheet, sheet: Sheet) -> bool:
    """Whether *sheet* holds the rest of the indicator grid *previous* ends with.

    Its first row (page furniture and Power Query's ``Column1…`` row passed over)
    is an indicator row (a level label or a target in its first cells), a total
    row, a block that closes a table (绩效跟踪总体判断, 纠偏措施, 自评等级, 填表人…) or
    the grid header *previous* printed last; it prints no title and no
    project field anywhere; and *previous* has an indicator grid (not a flat
    export's, one row per indicator with 项目名称 in its header).
    """
    first = next(iter(_content_rows(sheet, 1)), None)
    if first is None or (sheet.name is not None and _PERIOD_NAME_RE.search(_key(sheet.name))):
        return False  # 二季度, 2023, 1-6月: a sheet of another period is another table
    header = _is_grid_header(first)
    closing = _head(first.filled[0][1]).block in _CLOSINGS
    if not (header or closing or _reads_as_grid_row(first)):
        return False
    for row in _content_rows(sheet, len(sheet.rows)):
        head = _head(row.filled[0][1])
        if (
            head.title
            or head.caption
            or any(_is_project_field(_label(text)) for _, text in row.filled[:3])
        ):
            return False
    last = next(
        (raw for raw in reversed(previous.rows) if is_grid_header_row(raw)),
        None,
    )
    if last is None or _flat_export(previous) is not previous:
        return False
    closed = _closed_by(previous)
    if closed == "footer" or (closed is not None and not closing):
        return False  # a finished table: only its conclusion and signatures go on
    keys = tuple(_key(_clean(text)) for text in last if text.strip())
    return not header or keys == tuple(_key(text) for _, text in first.filled)


# A sheet name that names a period (一季度, 二季度, 1-6月, 上半年, 2023, 2024年度): the
# sheets of a workbook kept one per period, each its own table, never a printed page's.
_PERIOD_NAME_RE: Final = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?!\d)|季度|[一二三四1-4]季|\d{1,2}月|[一二三四五六七八九十]月|半年|年度|全年"
)


def _closed_by(sheet: Sheet) -> str | None:
    """What closed the table *sheet* ends with, after its last grid header, or None.

    ``footer`` (a signature block: 填报人, 联系电话), ``total`` (a 总分/合计 row) or
    ``block`` (a judgement, 自评结论, 自评等级, 纠偏措施): a table so closed is
    finished, and the next sheet's grid rows are another table's. Page furniture
    is passed over.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> header = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值")
        >>> _closed_by(Sheet((header, ("总分", "", "", "", "100"))))
        'total'
        >>> _closed_by(Sheet((header, ("产出指标", "数量指标", "培训人次", "≥100人次", "120"))))
    """
    rows = sheet.rows
    start = next((at for at in range(len(rows) - 1, -1, -1) if is_grid_header_row(rows[at])), 0)
    closed: str | None = None
    for raw in rows[start + 1 :]:
        filled = [(column, text) for column, text in enumerate(map(_clean, raw)) if text]
        if not filled or (len(filled) <= 3 and _is_furniture(filled)):  # noqa: PLR2004
            continue
        block = _head(filled[0][1]).block
        if block == "footer":
            return "footer"
        if block in ("total", "sum") and len(filled) > 1:
            closed = "total"
        elif block in _CLOSINGS and closed is None:
            closed = "block"
    return closed


# The blocks a table ends with: a page that starts with one holds the end of a table.
_CLOSINGS: Final = frozenset({"judgement", "corrective", "measures", "grade", "footer"})


def _reads_as_grid_row(row: _Row) -> bool:
    """Whether *row*, with no header above it, reads as an indicator or a total row.

    A level label among its first cells (``效益指标 | 经济效益指标 | 新增粮食产能 | …``),
    or a name followed by a target (``| | 新增粮食产能 | ≥500万公斤 | …``); or a total
    (``总分 | | 100 | 86``).
    """
    filled = row.filled
    head = _head(filled[0][1])
    if head.block in ("total", "sum"):
        return len(filled) > 1
    if head.title or head.header_word or not head.grid_row or len(filled) < 3:  # noqa: PLR2004
        return False
    return _labels_levels(row) or any(_reads_as_target(text) for _, text in filled[1:4])


def _labels_levels(row: _Row) -> bool:
    """Whether a level label (产出指标, 数量指标) stands among *row*'s first cells."""
    return any(
        (label := _framework_label(text)) is not None and label.level > 0
        for _, text in row.filled[:3]
    )


def _joined_pages(first: Sheet, then: Sheet) -> Sheet:
    """*first* with the rows of *then* after its own (see :func:`_pages`)."""
    offset = len(first.rows)
    numbers = first.row_numbers or tuple(range(1, offset + 1))
    more = then.row_numbers or tuple(range(1, len(then.rows) + 1))
    merges = first.merges
    if then.merges is not None:
        merges = (
            *(merges or ()),
            *(
                (top + offset, left, bottom + offset, right)
                for top, left, bottom, right in then.merges
            ),
        )
    return evolve(
        first,
        rows=first.rows + then.rows,
        row_numbers=numbers + more,
        merges=merges,
        parts=(
            *first.parts,
            (offset, then.name),
            *((start + offset, name) for start, name in then.parts),
        ),
    )


def _note_unread_pages(pages: list[Sheet], read: list[set[int]], tables: list[Table]) -> None:
    """Say of each sheet no table was read from that it was not read (``sheet-unread``).

    A warning when the sheet holds a grid header or rows with level labels and some
    row holds a value (the rest of a table, read nowhere), an info otherwise (a sheet
    of notes, a summary, a template's 指标说明 sheet explaining each level). The
    finding goes to the table read before the sheet (the first table for a sheet
    before all). Only worksheets are said: a sheet without a name is a part of a page
    (an MHT's navigation frame).
    """
    done: set[int] = set().union(*read)
    for page, sheet in enumerate(pages):
        if page in done or sheet.name is None:
            continue  # read, or a part of a page (an MHT's navigation frame), no worksheet
        rows = list(_content_rows(sheet, len(sheet.rows)))
        if not rows:
            continue
        grid_like = any(_is_grid_header(row) or _labels_levels(row) for row in rows) and any(
            map(_holds_value, rows)
        )
        first = " | ".join(text for _, text in rows[0].filled)
        if len(first) > 40:  # noqa: PLR2004
            first = first[:40] + "…"
        name = sheet.name or f"第{page + 1}张"
        message = f"工作表“{name}”未读出表格（{len(rows)}行内容，首行“{first}”）"
        if grid_like:
            message += "，其中有指标行，请核对是否为其他表的续页"
        index = max(
            (i for i, pages_read in enumerate(read) if min(pages_read, default=page) < page),
            default=0,
        )
        table = tables[index]
        at = Position(
            sheet.file, sheet.name, sheet.row_number(rows[0].at), rows[0].filled[0][0] + 1
        )
        where = Where(file=at.file, sheet=at.sheet, row=at.row, column=at.column, cell=at.cell)
        finding = Finding(
            "sheet-unread", Severity.WARNING if grid_like else Severity.INFO, message, where
        )
        tables[index] = evolve(table, findings=(*table.findings, finding))


def _holds_value(row: _Row) -> bool:
    """Whether a cell of *row* after its first is a short figure, comparison or date.

    An indicator row's target or value (``≥5%``, ``25``, ``2024年11月``) is; a
    template's explanation (``反映按时完成项目任务的情况``) is not.
    """
    return any(
        len(text) <= 24 and _VALUE_MARK_RE.search(text)  # noqa: PLR2004
        for _, text in row.filled[1:]
    )


# A figure or a comparison sign: what a target or a value cell holds.
_VALUE_MARK_RE: Final = re.compile(r"[0-9０-９≥≤<>＜＞=%％]")


def _is_cover(builder: _Builder) -> bool:
    return builder.grid is None and (builder.title is not None or "name" in builder.project)


def _fold_covers(
    builders: list[_Builder], origins: list[set[int]]
) -> tuple[list[_Builder], list[set[int]]]:
    """Fold each cover sheet into the table of its project read from another sheet.

    A 封面 that repeats the title and the project (``项目名称 | 农村饮水安全巩固提升工程``,
    主管部门, 填报日期) and prints no indicator grid and no budget, in a workbook whose
    other sheet holds the grid of the same project with its own title or project, is
    that table's cover: no table of its own (it would get ``missing-indicators`` and
    a phantom row in the summary). So is a cover followed by a grid of its own title
    that leaves its 项目名称 blank (the system prints the project on the cover only):
    the next table read, on another sheet, when it prints no project name.
    The table takes the project fields it does not print itself, and the cover's
    findings; the cover's sheet counts as read.
    """
    kept_builders: list[_Builder] = []
    kept_origins: list[set[int]] = []
    for position, (builder, origin) in enumerate(zip(builders, origins, strict=True)):
        name = builder.project.get("name")
        table = None
        if name and _is_bare_cover(builder):
            table = next(
                (
                    index
                    for index, (other, other_origin) in enumerate(
                        zip(builders, origins, strict=True)
                    )
                    if other.grid is not None
                    and other.project.get("name") == name
                    and other_origin
                    and origin.isdisjoint(other_origin)
                ),
                None,
            )
            following = position + 1
            if (
                table is None
                and following < len(builders)
                and builders[following].grid is not None
                and "name" not in builders[following].project
                and origins[following]
                and origin.isdisjoint(origins[following])
            ):
                table = following  # 封面 | 项目名称：X, then the grid with 项目名称 left blank
        if table is None:
            kept_builders.append(builder)
            kept_origins.append(origin)
            continue
        other = builders[table]
        for field_name, value in builder.project.items():
            if field_name not in other.project and f"project.{field_name}" in builder.cells:
                other.cells[f"project.{field_name}"] = builder.cells[f"project.{field_name}"]
            other.project.setdefault(field_name, value)
        other.findings = [*builder.findings, *other.findings]
        origins[table] |= origin  # in place: the set kept_origins may hold
    return kept_builders, kept_origins


def _is_bare_cover(builder: _Builder) -> bool:
    """Whether a table read only a title and project fields: no grid, budget or blocks."""
    return (
        builder.grid is None
        and not builder.budget
        and not builder.budget_header
        and builder.goal is None
        and not builder.judgement
        and not builder.corrective
        and builder.published_total is None
    )


def _inherit(builder: _Builder, cover: _Builder) -> None:
    """Give *builder* what its cover sheet said and it does not say itself."""
    # the cells of what it takes from the cover (its own fields win, so do their cells)
    theirs = {
        "period": builder.period is None,
        "overall_goal": builder.goal is None,
        "judgement": not builder.judgement,
        "corrective_measures": not builder.corrective,
        "published.total": builder.published_total is None,
        "published.grade": builder.published_grade is None,
    }
    builder.place("title", cover.cells.get("title"))
    for name, position in cover.cells.items():
        group, _, field_name = name.partition(".")
        taken = group == "project" and field_name not in builder.project
        if theirs.get(name, theirs.get(group, taken)):
            builder.cells[name] = position
    builder.title = cover.title
    builder.kind = builder.kind or cover.kind
    builder.year = builder.year or cover.year
    builder.period = builder.period or cover.period
    builder.window_month = builder.window_month or cover.window_month
    builder.period_text = builder.period_text or cover.period_text
    for field_name, value in cover.project.items():
        builder.project.setdefault(field_name, value)
    builder.budget_unit = builder.budget_unit or cover.budget_unit
    builder.budget = builder.budget or cover.budget
    if builder.goal is None:
        builder.goal, builder.goal_printed = cover.goal, cover.goal_printed
    builder.judgement = builder.judgement or cover.judgement
    builder.corrective = builder.corrective or cover.corrective
    builder.printed_fields |= cover.printed_fields
    builder.published_total = builder.published_total or cover.published_total
    if builder.published_grade is None and cover.published_grade is not None:
        builder.published_grade = cover.published_grade
        builder.published_grade_text = cover.published_grade_text
    builder.time_progress = builder.time_progress or cover.time_progress
    builder.findings = [*cover.findings, *builder.findings]


def _inherit_heading(builder: _Builder, above: _Builder) -> None:
    """Give a table split off at a second 项目名称 the sheet's heading it does not repeat.

    Several projects stacked in one sheet under one title and one period line
    (2024年度项目支出绩效运行监控表, 监控期间：2024年1月-6月, then 项目名称 … three
    times): the tables after the first print neither, and take the kind, year and
    period of the table *above* that began at the heading (the band's first, or
    the last that printed a title); its title too, unless the title names that
    table's project. A year or period line of the table's own wins.
    """
    if above.title is None and above.period is None and above.year is None:
        return
    if (
        above.title is not None
        and _name_in_title(above.title) is None
        # a department's table takes no project table's title (项目支出绩效自评表)
        and (not builder.unit_led or "整体" in above.title)
    ):
        builder.title = above.title
        builder.title_inherited = True
        builder.place("title", above.cells.get("title"))
    builder.kind = builder.kind or above.kind
    if builder.period is None and builder.year is None:
        builder.year = above.year
        builder.period = above.period
        builder.place("period", above.cells.get("period"))
        builder.window_month = builder.window_month or above.window_month
        builder.year_end = builder.year_end or above.year_end
        builder.period_text = builder.period_text or above.period_text


class _Head(NamedTuple):
    """What a row's first cell says, worked out once per distinct text."""

    key: str
    label: str
    title: bool  # reads like a table title (…绩效跟踪表)
    title_end: bool  # ends like one too (…绩效自评表(2023年度)), not 绩效自评表报送及时性
    names_project: bool  # 项目名称: a second one starts a new table
    names_transfer: bool  # 转移支付（项目）名称, 中央主管部门: after a grid, a new table
    names_unit: bool  # 部门（单位）名称, 预算单位, 主管部门…: after a grid, a new table
    grid_row: bool  # once the grid has rows, a row led by it is an indicator row
    header_word: bool  # 序号, 一级指标, 三级指标, 指标名称…: the grid's header may start with it
    word_led: bool  # more than a block or project word it starts with (项目资金到位率)
    # more than a signature word or 项目名称, with no colon after it (审核意见采纳率,
    # 项目名称知晓率): an indicator in the grid when its row fills the value columns
    past_word: bool
    caption: bool  # 表2 绩效指标完成情况表, 表3 问题整改清单: a numbered caption, no table kind
    block: str | None  # the block its label opens, by word or by rule (_closing_block)
    # a grid row's and nothing else _split asks of a first cell: no title, caption, name,
    # unit, budget block, header word, upper header, 序时进度 or Column… (r39d)
    plain: bool = False


@lru_cache(maxsize=16384)
def _head(text: str) -> _Head:
    key = _key(text)
    label = _label(text)
    block = _block_of(label) or _closing_block(key, label)
    grid_row = (
        "完成可能性" not in key
        and not _is_project_field(label)
        and (block in (None, "budget_row") or _framework_label(text) is not None)
    )
    title = _is_title(key)
    title_end = title and (
        _TITLE_END_RE.search(_BRACKETED_RE.sub("", key)) is not None
        or _TARGET_TITLE_RE.search(key) is not None
    )
    word = _block_word(label) or _project_word(label)
    word_led = (
        word is not None
        and _BLOCK_OF_WORD.get(word) != "footer"
        and word != "填报单位"  # 填报单位：某局 | 填报日期：… under the grid, a signature
        and label not in (word, word + "及代码", word + "名称")
    )
    names_project = label.startswith("项目名称")
    names_transfer = label.startswith(_TRANSFER_NAME_LABELS) or (
        # the department itself, not its 审核意见 or 意见： under the grid
        label.rstrip(":：") in _IDENTITY_DEPARTMENT_NAMES
        and "盖章" not in key  # 地方主管部门（盖章）： under the grid, a signature
        and "签" not in key
    )
    names_unit = (
        _UNIT_LABEL_RE.fullmatch(label.split(":", 1)[0]) is not None
        and "盖章" not in key  # 主管部门（盖章）： under the grid, a signature
        and "签" not in key
    )
    header_word = (
        _column_role(text) in ("level1", "level2", "name") or label in _SERIAL_HEADERS
    )  # 序号 | 一级指标 | …
    caption = (
        _CAPTION_RE.match(key) is not None
        or (title_end and _NUMBERED_CAPTION_RE.match(key) is not None)
    ) and _kind_of_title(key) is None
    return _Head(
        key,
        label,
        title=title,
        title_end=title_end,
        names_project=names_project,
        names_transfer=names_transfer,
        names_unit=names_unit,
        grid_row=grid_row,
        header_word=header_word,
        word_led=word_led,
        past_word=word is not None and _names_past_word(label, word),
        caption=caption,
        block=block,
        plain=grid_row
        and not (
            title
            or caption
            or names_project
            or names_transfer
            or names_unit
            or header_word
            or block == "budget"
            or label in _UPPER_HEADER_LABELS
            or label == "序时进度"
            or text.startswith("Column")
        ),
    )


def _names_past_word(label: str, word: str) -> bool:
    """Whether *label* goes on past the signature word or 项目名称 it starts with.

    审核意见采纳率, 联系电话接通率, 填报单位覆盖率, 项目名称知晓率: a name that begins
    with the word. Not the word with a colon and its value (审核意见：同意, 项目名称：X),
    with a field's suffix (填报单位名称, 项目名称及代码), or with a figure after it
    (联系电话13800000000, 填报日期2024年7月10日: the colon left out). Whether the row is
    an indicator is for its cells to say (see :func:`_indicator_past_word`).

    Example:
        >>> (
        ...     _names_past_word("审核意见采纳率", "审核意见"),
        ...     _names_past_word("审核意见:同意", "审核意见"),
        ... )
        (True, False)
        >>> (
        ...     _names_past_word("填报单位覆盖率", "填报单位"),
        ...     _names_past_word("填报单位名称", "填报单位"),
        ... )
        (True, False)
        >>> (
        ...     _names_past_word("项目名称知晓率", "项目名称"),
        ...     _names_past_word("项目名称及代码", "项目名称"),
        ... )
        (True, False)
        >>> _names_past_word("项目资金到位率", "项目资金")  # a block's word: word_led
        False
    """
    if not (_BLOCK_OF_WORD.get(word) == "footer" or word in _PAST_WORDS):
        return False
    rest = label[len(word) :] if label.startswith(word) else ""
    return (
        bool(rest)
        and rest[0] != ":"
        and not rest[0].isdigit()
        and _LABEL_SUFFIX_RE.fullmatch(rest) is None
    )


# The field words besides the signatures' that a name may begin with (填报单位覆盖率,
# 项目名称知晓率): such a row is a field's, or a new table's, unless its cells say otherwise.
_PAST_WORDS: Final = ("填报单位", "项目名称")


def _indicator_past_word(builder: _Builder, filled: Sequence[tuple[int, str]]) -> bool:
    """Whether a grid row led by a name past a signature word or 项目名称 is an indicator.

    Under merged level cells the name leads its row (``| | 审核意见采纳率 | ≥90% | 95% |
    20 | 20``): an indicator when the name stands in the grid's name column and every
    cell after it stands in a value column of the header, at least two of them (a
    target, an actual, a 分值…), none a label (a field, a signature, ``label：value``).
    A signature row (``填表人 张三 | 联系电话：…``, ``填表人：张三`` led by the 一级
    column) or a second table's name row (``项目名称 某工程 | 主管部门 | 某局``) is none.
    """
    grid = builder.grid
    if grid is None or not builder.grid_rows or builder.state != "grid" or len(filled) < 3:  # noqa: PLR2004
        return False
    name_column = grid.name_column
    if filled[0][0] != name_column and filled[0][0] not in grid.name_span:
        return False
    roles = grid.roles
    values = 0
    for column, text in filled[1:]:
        role = roles.get(column - name_column)
        if role is None:
            return False
        key = _key(text)
        if (
            _PROJECT_FIELD_CELLS[text]
            or _head(text).block == "footer"
            or (":" in key and _PAIR_RE.match(key) is not None)
        ):
            return False
        if role.partition("@")[0] in _VALUE_ROLES:
            values += 1
    return values >= 2  # noqa: PLR2004


# The name rows of 转移支付 tables (keyed labels, brackets left out): printed again
# after a grid, the next county's or the next fund's table.
_TRANSFER_NAME_LABELS: Final = ("转移支付名称", "专项名称", "专项资金名称")
# Their department rows (中央主管部门 | … | 地方主管部门 | 癸县林业局): a county's block
# that does not print the name again starts at them.
_IDENTITY_DEPARTMENT_LABELS: Final = ("中央主管部门", "省级主管部门", "地方主管部门")
_IDENTITY_DEPARTMENT_NAMES: Final = frozenset(
    (*_IDENTITY_DEPARTMENT_LABELS, *(label + "名称" for label in _IDENTITY_DEPARTMENT_LABELS))
)


# The labels a department-wide (部门整体) table opens with, where a project table
# prints 项目名称 (部门（单位）名称 reads 部门名称): after a grid, a new table starts.
_UNIT_LABEL_RE: Final = re.compile(
    r"(?:(?:部门|单位)名称|(?:预算部门|预算单位|主管部门)(?:名称|全称)?)(?:及代码|及编码|代码)?"
)


# The numbered caption of a table in a Word report (表2, 附表3-1).
_CAPTION_RE: Final = re.compile(r"附?表\d+(?:[-.]\d+)?(?!\d)")
# A caption numbered as a report's section, (二)绩效指标完成情况表: one when it ends like
# a title (not (一)产出指标, a level label).
_NUMBERED_CAPTION_RE: Final = re.compile(
    r"(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[、.])"
)


_TEXT_OF: Final = itemgetter(1)


def _split(sheet: Sheet, first_index: int, sha256: str | None) -> Iterable[_Builder]:
    """Read a sheet's rows into one builder per table."""
    builder = _Builder(sheet, first_index, sha256)
    clean = _clean
    has_space = _SPACE_RE.search
    head_of = _head
    text_of = _TEXT_OF
    furniture = _furniture
    resume = 0  # after a page's head repeated inside the grid: the row the grid goes on at
    for index, raw in enumerate(sheet.rows):
        if index < resume:
            continue
        joined = "".join(raw)
        if type(raw) is tuple and "<" not in joined and not has_space(joined):
            cells = raw  # no tag, no white space in any cell: each is as _clean gives it
        else:
            cells = tuple(map(clean, raw))
        if builder.drop_columns and builder.state == "grid":
            drop = builder.drop_columns
            if builder.code_column is not None and builder.code_column < len(cells):
                builder.codes[index] = cells[builder.code_column]
            serials = builder.serial_columns
            cells = tuple(
                "" if column in drop and (column not in serials or _numbers_a_row(text)) else text
                for column, text in enumerate(cells)
            )
        filled = tuple(filter(text_of, enumerate(cells)))
        if not filled:
            continue
        # (the row's first cell and its count of filled cells, asked by most tests below)
        first = filled[0][1]
        count = len(filled)
        head = head_of(first)
        if (
            head.plain
            and count > 3  # noqa: PLR2004
            and builder.state == "grid"
            and builder.grid_rows
            and builder.grid is not None
            and builder.open_note is None
        ):
            # An indicator row inside the grid, settled at once (r39d). Every test from
            # here to the fast path below asks for what such a row has not: three cells or
            # fewer (furniture), one or two (a conclusion, 表格类型, a caption, a heading),
            # an open note, a first cell that starts with Column, is a title, names a
            # project, a transfer, a unit, or is a budget block's, a header word's or an
            # upper header's (head.plain), or the tail's state (a closing caption or
            # total); a closing row is settled a total (any row outside the tail does
            # that), and the header's lower row printed again is still passed over.
            if filled in (builder.sub_header, builder.level_header):
                continue
            breaks = raw if "\n" in joined else None
            row = _Row(cells, index, filled, joined if cells is raw else "".join(cells), breaks)
            builder.closing_row = None
            if "完成可能性" not in row.text or not _opens_judgement(row):
                builder.grid_rows.append(row)
            else:
                _read_row(builder, row, head)
            continue
        if (
            count <= 3  # noqa: PLR2004
            and (furniture(first) or count == 1)
            and _is_furniture(filled)
            and not _ends_text_above(builder, filled, index)
        ):
            continue  # 第 1 页，共 2 页, - 1 -, 某县财政局: a printed page's furniture
        if first.startswith("Column") and _names_columns_generically(filled):
            continue  # Column1 | Column2 | …: the header Power Query puts over a table
        if (
            count == 1
            and builder.grid_rows
            and ("得分" in first or "等级" in first)
            and _read_conclusion(builder, first, builder.position_at(index, filled[0][0]))
        ):
            if head.block == "note":  # 注：…合计总分97.50分，自评等级：优。 is a note too
                _read_note(builder, _Row(cells, index, filled, "".join(cells)))
            continue
        if builder.open_note is not None and _continue_note(
            builder, _Row(cells, index, filled, "".join(cells)), head
        ):
            continue  # 说明： then 1.…, 2.… in rows of one cell
        if (
            count <= 2  # noqa: PLR2004 - 表格类型 | 绩效自评表
            and not builder.grid_rows
            and (stated := _stated_kind("：".join(text for _, text in filled))) is not None
        ):
            builder.stated_kind = stated  # 表格类型：绩效自评表 in the header area
            continue
        if head.caption and count == 1:
            # A report's caption: 表2 绩效指标完成情况表 above the grid belongs to the table
            # its project fields began; 表3 问题整改清单 after the grid ends it (its rows
            # are no indicators).
            if builder.grid_rows:
                builder.state = "tail"
                builder.closed_by = None  # 总分, then 表3 问题整改清单: closed for good
                builder.closing_caption = first
                builder.closing_caption_at = builder.position_at(index, filled[0][0])
            elif builder.title is None:
                builder.title = first
                builder.place("title", builder.position_at(index, filled[0][0]))
            continue
        # A title is alone on its row, or ends like a title beside one other cell (a
        # unit note) or a unit's label and unit (金额单位 | 万元): 绩效自评表报送及时性 |
        # 及时 is an indicator of a department's table.
        # Project fields printed before a title (项目名称：X above …自评表) are the
        # preamble of that title's table; a 项目名称 after a grid starts the next one.
        if (
            head.title
            and builder.has_content
            and _title_alone(filled, title_end=head.title_end)
            and not builder.is_preamble()
        ) or (
            (
                head.names_project
                and ("name" in builder.project or builder.grid_rows)
                # 项目名称知晓率 under merged level cells: an indicator of this table
                and not (head.past_word and _indicator_past_word(builder, filled))
            )
            # 转移支付（项目）名称 again after a grid: the next county's table (区域自评表
            # stacked one per 地方主管部门)
            or (
                head.names_transfer
                and builder.grid_rows
                and _names_a_unit(filled)
                and not _same_departments(builder, filled)
            )
        ):
            if head.title and builder.state == "grid" and builder.grid_rows:
                resume = _repeated_page_head(builder, index, head.key)
                if resume:
                    continue  # the title printed again at the top of the next page
            yield builder
            named = builder.next_heading_name
            builder = _Builder(sheet, first_index, sha256, after_grid=bool(builder.grid_rows))
            builder.heading_name = named
            builder.identity_led = head.names_transfer and not head.label.endswith("名称")
        elif head.names_unit and builder.grid_rows and _names_a_unit(filled):
            if not _opens_unit_table(builder, sheet, index, filled):
                # the page header repeated inside the grid (预算单位：… | 金额单位：万元):
                # a field the table may lack, no indicator
                _read_project(builder, _Row(cells, index, filled, "".join(cells)))
                continue
            # A department's table after a grid, without a title (…情况详见下表。 between)
            yield builder
            named = builder.next_heading_name
            builder = _Builder(sheet, first_index, sha256, after_grid=bool(builder.grid_rows))
            builder.heading_name = named
            builder.unit_led = True
        elif (
            builder.unit_led
            and head.names_project
            and not (head.past_word and _indicator_past_word(builder, filled))
        ):
            # 预算单位 | 某县疾控中心, then 项目名称: a project's table (一体化 exports)
            builder.unit_led = False
        if (
            builder.grid_rows
            and builder.state == "grid"
            and filled in (builder.sub_header, builder.level_header)
        ):
            continue  # the lower row of a two-row header, repeated on a continuation page
        if count == 1 and (named := _heading_name(first)) is not None:
            if builder.grid_rows:
                builder.next_heading_name = named  # （二）某某项目 after the first table
            elif builder.heading_name is None:
                builder.heading_name = named
        breaks = raw if "\n" in joined else None
        row = _Row(cells, index, filled, joined if cells is raw else "".join(cells), breaks)
        if (
            builder.closing_caption is not None
            and builder.state == "tail"
            and _CONTINUED_RE.search(builder.closing_caption) is None
            and _is_grid_header(row)
            and _header_labels(builder, row) != builder.header_labels
        ):
            # 总分, 附表2 农村饮水安全巩固提升, then another header: the next project's grid
            caption, caption_at = builder.closing_caption, builder.closing_caption_at
            yield builder
            builder = _Builder(sheet, first_index, sha256, after_grid=True)
            builder.title = caption
            builder.place("title", caption_at)
        if builder.closed_by is not None and builder.state == "tail":
            _after_closing_total(builder, row, head)
        if builder.closing_row is not None and (
            builder.state != "tail" or head.block not in _BETWEEN_SUBTOTAL_AND_TOTAL
        ):
            # 合计 | … | 90 | 85 stays the block's subtotal across a grade or note row to
            # the 总分 (自评等级 | 优, then 总分: r37j); any other row settles it a total
            builder.closing_row = None
        if (
            # (_second_grid_starts' own first tests, inline: most rows fail them)
            builder.grid_rows
            and builder.state == "grid"
            and (head.block == "budget" or head.header_word or head.label in _UPPER_HEADER_LABELS)
            and _second_grid_starts(builder, sheet, row, head)
        ):
            # the header again over a table of its own (k33c): its level 1 names start
            # over, or a budget block of its own stands before it
            yield builder
            builder = _Builder(sheet, first_index, sha256, after_grid=True)
        # Most rows are indicator rows: settle them first (a new table's title or
        # 项目名称 has just been split off).
        if (
            head.grid_row
            and builder.grid_rows
            and builder.state == "grid"
            and builder.grid is not None
            and head.label != "序时进度"
            and not head.header_word
            and head.label not in _UPPER_HEADER_LABELS
            and ("完成可能性" not in row.text or not _opens_judgement(row))
        ):
            builder.grid_rows.append(row)
            continue
        _read_row(builder, row, head)
    yield builder


def _second_grid_starts(builder: _Builder, sheet: Sheet, row: _Row, head: _Head) -> bool:
    """Whether *row* starts a second table straight under the grid of *builder* (k33c).

    Two grids one after the other under the same header (``一级指标 | 二级指标 | 三级指标
    | …``), no title or 项目名称 between them, are two tables when the data say so: the
    rows under the second header start the level 1 names over (their first row prints a
    level 1 the first grid has had, and not the one it ended in: ``效益指标`` rows, the
    header, then ``产出指标``), or a budget block of its own stands between the grids
    (*row* is its head, the table already has budget lines, and a grid header follows
    it). The header printed again at a page break of one table (its first row blank in
    the level 1 column, or printing the level 1 the grid ended in) goes on with it.
    """
    if builder.state != "grid" or builder.grid is None or not builder.grid_rows:
        return False
    if head.block == "budget":
        return bool(builder.budget) and _grid_header_follows(sheet, row.at)
    if not (head.header_word or head.label in _UPPER_HEADER_LABELS) or not _is_grid_header(row):
        return False
    rows = builder.grid_rows
    if (
        builder.midterm_start is not None
        or builder.midterm_heading
        or any(_is_midterm(_label(grid_row.filled[0][1])) for grid_row in rows[-3:])
    ):
        return False  # a 中长期 grid and the year's, stacked: one table (_midterm_section)
    seen = [name for grid_row in rows if (name := _level1_of(grid_row.filled))]
    if not seen:
        return False
    for raw in sheet.rows[row.at + 1 :]:
        filled = tuple((column, text) for column, text in enumerate(map(_clean, raw)) if text)
        if not filled or _is_grid_header(_Row(tuple(map(_clean, raw)), 0, filled, "")):
            continue  # a blank row, the header's lower half or the header again
        first = _level1_of(filled)
        return first is not None and first in seen and first != seen[-1]
    return False


def _level1_of(filled: tuple[tuple[int, str], ...]) -> str | None:
    """The level 1 a grid row prints among its first cells (``效益指标``), else None.

    Example:
        >>> _level1_of(((0, "效益指标"), (1, "社会效益指标"), (2, "受益人数")))
        '效益指标'
        >>> _level1_of(((1, "数量指标"), (2, "培训次数"))) is None
        True
    """
    for _, text in filled[:3]:
        label = _FRAMEWORK_LABELS[text]
        if label is not None and label.level:
            return label.name if label.level == 1 else None
    return None


def _grid_header_follows(sheet: Sheet, index: int) -> bool:
    """Whether a grid header follows row *index* before any indicator row (k33c)."""
    for raw in sheet.rows[index + 1 : index + 1 + _BUDGET_BLOCK_ROWS]:
        cells = tuple(map(_clean, raw))
        filled = tuple((column, text) for column, text in enumerate(cells) if text)
        if not filled:
            continue
        row = _Row(cells, 0, filled, "".join(cells))
        if _is_grid_header(row):
            return True
        if _labels_levels(row):
            return False
    return False


# The rows a budget block between two grids may take, its head to the next grid's header.
_BUDGET_BLOCK_ROWS: Final = 30


# ---------------------------------------------------------------------------
# Row classification

# The rows a 合计 closing the grid and the 总分 after it may have between them, the 合计
# still the block's subtotal: a grade (自评等级 | 优) or a note (r37j).
_BETWEEN_SUBTOTAL_AND_TOTAL: Final = frozenset({"total", "grade", "note"})
_BLOCK_LABELS: Final = (
    ("预算执行情况", "budget"),
    ("项目资金", "budget"),
    ("资金情况", "budget"),
    ("年度资金", "budget_row"),
    ("年度总体目标", "goal"),
    ("总体目标", "goal"),
    ("年度绩效目标", "goal"),
    ("绩效跟踪总体判断", "judgement"),
    ("绩效监控总体判断", "judgement"),
    ("绩效运行监控总体判断", "judgement"),
    ("监控总体判断", "judgement"),
    ("总体判断", "judgement"),
    ("纠偏措施", "corrective"),
    ("总分", "total"),
    ("合计", "sum"),  # the total row after the grid, a budget line inside the budget block
    ("总计", "sum"),
    ("自评得分", "total"),
    ("总得分", "total"),
    ("自评总分", "total"),
    ("评价总分", "total"),
    ("评价得分", "total"),
    ("综合得分", "total"),
    ("得分合计", "total"),
    ("自评等级", "grade"),
    ("评价等级", "grade"),
    ("绩效等级", "grade"),
    ("自评结论", "grade"),
    ("评价结论", "grade"),
    ("年度目标", "goal"),
    # The signatures under a table: never indicators.
    ("填表人", "footer"),
    ("填报人", "footer"),
    ("填表日期", "footer"),
    ("填报日期", "footer"),
    ("联系电话", "footer"),
    ("单位负责人", "footer"),
    ("财务负责人", "footer"),
    ("项目负责人", "footer"),
    ("审核人", "footer"),
    ("制表人", "footer"),
    # A reviewer's opinion under the table (审核意见：经审核，执行进度总体正常).
    ("审核意见", "footer"),
    ("复核意见", "footer"),
    ("审批意见", "footer"),
    ("评审意见", "footer"),
    ("主管部门审核意见", "footer"),
    ("主管部门意见", "footer"),
    ("财政部门审核意见", "footer"),
    ("财政部门意见", "footer"),
)
_PROJECT_FIELDS: Final = (
    ("项目名称", "name"),
    ("部门名称", "name"),  # 部门（单位）名称 of a department-wide table
    ("项目主管部门", "department"),
    ("主管部门", "department"),
    ("主管单位", "department"),
    ("预算部门", "department"),  # the department a department-wide table names
    ("实施单位", "implementer"),
    ("项目单位", "implementer"),
    ("项目实施单位", "implementer"),
    ("项目承担单位", "implementer"),  # 科技计划 tables: 项目承担单位（名称）
    ("承担单位", "implementer"),
    ("单位名称", "implementer"),  # 一体化 exports: the budget unit that carries out the project
    # The identity rows of 转移支付 tables (区域绩效目标表, 自评表) and 一体化 exports
    ("转移支付名称", "name"),  # 转移支付（项目）名称: the bracket is left out of the label
    ("专项名称", "name"),
    ("专项资金名称", "name"),
    ("中央主管部门", "department"),
    ("省级主管部门", "department"),
    ("地方主管部门", "department"),
    ("资金使用单位", "implementer"),
    ("预算单位", "implementer"),
    ("项目编码", "code"),  # 项目编码 of the budget systems (42010022T000000012345)
    ("项目代码", "code"),
    # 填报单位（盖章）：某县水利局: the unit that fills the table in, the implementer when
    # the table names none (a 实施单位 anywhere in it wins)
    ("填报单位", "filer"),
    # 政府购买服务 tables: the provider (承接主体) carries the service out, the implementer
    # when the table names none (a 实施单位 anywhere in it wins)
    ("承接主体", "provider"),
    ("承接单位", "provider"),
)


def _same_departments(builder: _Builder, filled: Sequence[tuple[int, str]]) -> bool:
    """Whether a department row under the grid names the table's own departments.

    ``中央主管部门 | 财政部 | 地方主管部门 | 甲县住建局`` printed again below the grid is
    the same table's identity, no next county's table.
    """
    own = {builder.project.get(key) for key in ("department", "local_department")} - {None}
    named = {_key(text).rpartition(":")[2] or _key(text) for _, text in filled}
    return bool(own) and own <= named


def _names_a_unit(filled: Sequence[tuple[int, str]]) -> bool:
    """Whether a row led by a unit's label gives the unit: ``部门名称 | 某县文旅局``.

    The name follows the label's colon or stands in the next cell; a signature row
    under the grid (``预算单位： | 填报人：张三``, a footer label beside it) names no table.
    """
    first = _key(filled[0][1])
    named = ":" in first and bool(first.split(":", 1)[1].strip(":"))
    if not named and len(filled) > 1:
        named = _is_field_value(filled[1][1])
    return named and not any(_head(text).block == "footer" for _, text in filled[1:])


def _opens_unit_table(
    builder: _Builder, sheet: Sheet, index: int, filled: Sequence[tuple[int, str]]
) -> bool:
    """Whether a unit's label after a grid (row *index*, cells *filled*) opens a new table.

    A paginated export repeats its page header inside the grid
    (``预算单位：某县疾控中心 | 金额单位：万元``, the grid header again below it): the
    grid goes on. The label opens a table when project fields, a title, a budget or a
    goal block follow it before any indicator row; or when a grid header follows a grid
    a total closed, unless the row names the table's own unit or carries page marks
    (金额单位, 第1页).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> rows = (
        ...     ("预算单位：某局", "金额单位：万元"),
        ...     ("产出指标", "数量指标", "培训", "≥1", "1"),
        ... )
        >>> _opens_unit_table(_Builder(Sheet(rows), 0, None), Sheet(rows), 0, ((0, rows[0][0]),))
        False
    """
    if _opens_budget(_Row((), index, tuple(filled), "")):
        return True  # 预算单位 | 年初预算数 | 全年执行数: a money table by unit, not the grid's
    follows = _what_follows(sheet, index)
    if follows == "block":
        return True
    if follows != "header" or builder.state != "tail":
        return False  # indicator rows, a total or signatures go on after the page header
    if any(_PAGE_MARK_RE.search(_key(text)) for _, text in filled):
        return False
    return _named_unit(filled) not in builder.project.values()


# What a page header carries beside the unit: 金额单位：万元, 单位：元, 第1页, 共3页.
_PAGE_MARK_RE: Final = re.compile(r"金额单位|^单位:(?:[万亿]?元)|^(?:第|共)\d+页")


# ---------------------------------------------------------------------------
# Page furniture: what a printed page carries around the table (a PDF converter keeps it)

# A page mark, keyed: 第1页, 第1页共2页, 第1页,共2页, 共2页, -1-, 第1/2页, Page 1 of 2.
_PAGE_NUMBER_RE: Final = re.compile(
    r"第\d{1,4}页(?:[,;/、]?共\d{1,4}页)?|共\d{1,4}页(?:[,;/、]?第\d{1,4}页)?"
    r"|[-—－–]{1,2}\d{1,4}[-—－–]{1,2}|第\d{1,4}/\d{1,4}页|(?i:page\d{1,4}(?:of\d{1,4})?)"
    # a table's continuation on the next page: 续表, 续表1, （续表）, （续）, 续上表, 续表：
    r"|\(续(?:表[\d一二三四五六七八九十]{0,3}|上表)?\):?|续(?:表[\d一二三四五六七八九十]{0,3}|上表):?"
)
# A caption saying the table goes on (附表1（续表）, 附表1 续表, 续上表, （续）): the header
# under it, however reworded, is the same table's (regress99 W1).
_CONTINUED_RE: Final = re.compile(r"[(（]续|续表|续上表")
# The authority that printed the form (某县财政局, 某市人民政府, 某县财政局印制, 某局制):
# a short name ending in a finance bureau or a government, or an office's 印制/监制/制
# (宣传册印制 is an indicator's name).
_BUREAU_RE: Final = re.compile(
    r"[\u3400-\u9fff()]{0,24}(?:财政局|财政厅|人民政府|(?:局|厅|委|政府|办公室)(?:印制|监制|制))"
)
# A print date beside a page mark or a bureau (2025年1月, 2025年1月10日, 2025-01-10), or
# labelled as one (打印日期：2025年1月10日).
_PRINT_DATE_RE: Final = re.compile(
    r"(?:(?:打印|印制|制表|导出)(?:日期|时间):?)?"
    r"(?:19|20)\d{2}(?:年\d{1,2}月(?:\d{1,2}日)?|[-./]\d{1,2}(?:[-./]\d{1,2})?)"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?)?"
)
_PRINT_LABEL_RE: Final = re.compile(r"(?:打印|印制|导出)(?:日期|时间)")


@lru_cache(maxsize=4096)
def _furniture(text: str) -> int:
    """What page furniture *text* is: 2 a page mark or a bureau, 1 a date, 0 none.

    Example:
        >>> [
        ...     _furniture(text)
        ...     for text in ("第 1 页，共 2 页", "- 1 -", "某县财政局印制", "2025年1月")
        ... ]
        [2, 2, 2, 1]
        >>> [_furniture(text) for text in ("第一季度", "≥1", "某县交通运输局", "完成")]
        [0, 0, 0, 0]
    """
    key = _key(text)
    if _PAGE_NUMBER_RE.fullmatch(key) or _BUREAU_RE.fullmatch(key):
        return 2
    if _PRINT_DATE_RE.fullmatch(key):
        return 2 if _PRINT_LABEL_RE.match(key) else 1
    return 0


def _ends_text_above(builder: _Builder, filled: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether a furniture-like cell alone (row *index*) is the tail of the reason above it.

    A 偏差原因 (备注, 纠偏措施) cell wrapped at the column width may leave a bureau's
    name on the next line (``个别资金因审批流程较长，待`` over ``县财政局``), or a page
    reference after 详见 (``详见`` over ``第 2 页``): directly under a grid row whose
    cell in that column ends mid-clause (in 待, 由, 至, 及, 、, ，, 的…), a bureau (not
    its 印制 line) is the rest of the text, and a page mark under a cell ending in 见
    is the page it refers to. Elsewhere (another column, a reason that reads as
    finished, such as 无) the row is page furniture.
    """
    grid = builder.grid
    if len(filled) != 1 or grid is None or builder.state != "grid" or not builder.grid_rows:
        return False
    column, text = filled[0]
    if not _text_role(grid.roles.get(column - grid.name_column)):
        return False
    above = builder.grid_rows[-1]
    rows = builder.sheet.rows
    if any(any(map(_clean, rows[at])) for at in range(above.at + 1, index)):
        return False  # not directly under it
    tail = _key(above.cells[column]) if column < len(above.cells) else ""
    if not tail:
        return False
    key = _key(text)
    if _PAGE_NUMBER_RE.fullmatch(key):
        return tail.endswith("见")
    return tail[-1] in _OPEN_ENDS and not key.endswith("制") and bool(_BUREAU_RE.fullmatch(key))


# The last character of a text broken mid-clause, before the object it goes on with
# (待|县财政局, 报送至|市财政局, 由|县人民政府): a reason ending so is not finished.
_OPEN_ENDS: Final = frozenset("待由经向至及和与、，,的给请在将被对交报送为从")


# A page of pages printed as a fraction (1/2, 2/3, 3 / 3, 1／2): the page no later than
# the last, counted from 1.
_PAGE_FRACTION_RE: Final = re.compile(r"([1-9]\d{0,2})[/／]([1-9]\d{0,2})")


def _is_page_fraction(text: str) -> bool:
    """Whether *text* is a page of pages as a fraction (``1/2``), no later page than the last.

    Example:
        >>> [_is_page_fraction(t) for t in ("1/2", "2/3", "3 / 3", "1／2", "3/2", "0/2", "1/2页")]
        [True, True, True, True, False, False, False]
    """
    found = _PAGE_FRACTION_RE.fullmatch(_key(text))
    return found is not None and int(found.group(1)) <= int(found.group(2))


def _is_furniture(filled: Sequence[tuple[int, str]]) -> bool:
    """Whether a row holds nothing but page furniture: a page mark, a bureau, a print date.

    A date counts only beside a page mark or a bureau (``某县财政局印制 | 2025年1月``): a
    date alone may be a value of the row above. A page of pages as a fraction (``1/2``,
    :func:`_is_page_fraction`) counts only alone in its row, in whatever column (a page
    footer typed into the sheet's cells): beside other cells it is a value (a ratio).

    Example:
        >>> _is_furniture([(3, "1/2")]), _is_furniture([(2, "培训人次"), (3, "1/2")])
        (True, False)
    """
    if len(filled) == 1 and _is_page_fraction(filled[0][1]):
        return True
    kinds = [_furniture(text) for _, text in filled]
    return all(kinds) and max(kinds) == 2  # noqa: PLR2004


def _repeated_page_head(builder: _Builder, index: int, key: str) -> int:
    """Where the grid goes on after its table's title printed again (row *index*), or 0.

    A PDF printed with 打印标题 (or from a template with a running head) repeats the
    title at the top of every page, often with the project's rows: inside the grid
    (the caller asks), the title (keyed *key*) equal to the table's own, followed by
    the grid header again, or by project
    fields that all equal the table's own (page marks, a bureau, and a year or
    period line equal to the table's, between them passed over), is that page's
    head and starts no table. The header
    row is returned (the repeated header is then passed over as any is), or the
    first row after the repeated fields.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> rows = (("某自评表",), ("项目名称", "示例"), ("一级指标", "三级指标", "指标值"))
        >>> builder = _Builder(Sheet(rows), 0, None)
        >>> builder.title, builder.project = "某自评表", {"name": "示例"}
        >>> _repeated_page_head(builder, 0, "某自评表")
        2
    """
    continued = _continued_title(key)
    if builder.title is None or _key(builder.title) not in (key, continued):
        return 0
    sheet = builder.sheet
    fields = 0
    for at in range(index + 1, min(index + 16, len(sheet.rows))):
        cells = tuple(map(_clean, sheet.rows[at]))
        filled = tuple(filter(_TEXT_OF, enumerate(cells)))
        if not filled or _is_furniture(filled):
            continue
        row = _Row(cells, at, filled, "".join(cells))
        head = _head(filled[0][1])
        if _is_grid_header(row) or (head.label in _UPPER_HEADER_LABELS and _is_value_header(row)):
            return at
        if all(_PAGE_MARK_RE.search(_key(text)) for _, text in filled):
            continue  # 金额单位：万元
        probe = _Builder(sheet, 0, None)
        if _read_period(probe, row):
            # （2024年度）, 监控期间：2024年1-6月 under the title: the table's own, or another's
            if probe.period not in (None, builder.period) or probe.year not in (
                None,
                builder.year,
            ):
                return 0
            continue
        if not _is_project_field(head.label):
            return at if fields or continued is not None else 0
        _read_project(probe, row)
        if not probe.project or any(
            _key(builder.project.get(field_name, "")) != _key(value)
            for field_name, value in probe.project.items()
        ):
            return 0  # another project's table under the same title
        fields += 1
    return 0


# A continuation mark printed with a title on the next page: 某跟踪表（续）, 某跟踪表 续表,
# （续表）某跟踪表, 某跟踪表（续上表）.
_TITLE_CONTINUED_RE: Final = re.compile(
    r"^\(续(?:表[\d一二三四五六七八九十]{0,3}|上表)?\)|(?:\(续(?:表[\d一二三四五六七八九十]{0,3}|上表)?\)"
    r"|续表[\d一二三四五六七八九十]{0,3}|续上表)$"
)


def _continued_title(key: str) -> str | None:
    """The title keyed *key* without its continuation mark, or ``None`` when it has none.

    A table printed over two pages whose second page repeats the title with a
    continuation mark (``财政项目支出绩效跟踪表（续）``) goes on there: the title
    without the mark is the table's own (see :func:`_repeated_page_head`).

    Example:
        >>> _continued_title("某跟踪表(续)"), _continued_title("(续表)某跟踪表")
        ('某跟踪表', '某跟踪表')
        >>> _continued_title("某跟踪表") is None, _continued_title("某跟踪表(续建)") is None
        (True, True)
    """
    stripped = _TITLE_CONTINUED_RE.sub("", key, count=1)
    return stripped if stripped != key and stripped else None


def _named_unit(filled: Sequence[tuple[int, str]]) -> str:
    """The unit a unit's label names: after its colon, or in the next cell."""
    first = _key(filled[0][1])
    if ":" in first and first.split(":", 1)[1].strip(":"):
        return first.split(":", 1)[1].strip(":")
    return _key(filled[1][1]) if len(filled) > 1 else ""


def _what_follows(sheet: Sheet, index: int) -> str:
    """What the rows after a unit's label (row *index*) go on with, page marks skipped.

    ``block`` (project fields, a title, a budget or goal block: a table's head),
    ``header`` (a grid header first), ``rows`` (indicator rows) or ``none`` (a total,
    signatures, the sheet's end).
    """
    seen = 0
    for raw in sheet.rows[index + 1 : index + 12]:
        cells = tuple(map(_clean, raw))
        filled = tuple((column, text) for column, text in enumerate(cells) if text)
        if not filled:
            continue
        if all(_PAGE_MARK_RE.search(_key(text)) for _, text in filled) or _is_furniture(filled):
            continue  # 金额单位：万元, 第2页, 某县财政局 on a row of their own
        head = _head(filled[0][1])
        row = _Row(cells, index, filled, "".join(cells), None)
        if _is_grid_header(row):
            return "header"
        if (
            head.title
            or _is_project_field(head.label)
            or (head.block in ("budget", "goal") and not head.word_led)
            or _opens_budget(row)
            or _heads_money_block(head.label, row)
        ):
            return "block"
        if head.grid_row:
            return "rows"
        seen += 1
        if head.block is not None or seen > 2:  # noqa: PLR2004 - a lead-in sentence or two
            return "none"
    return "none"


def _take_title(builder: _Builder, text: str, key: str, at: Position | None = None) -> None:
    """*text* (its :func:`_key` *key*) is the table's title: its kind, year and window.

    *at* is its cell (``None`` for a Word page header's title: no cell of the sheet).
    """
    builder.title = text
    builder.place("title", at)
    builder.kind = _kind_of_title(key)
    before = _window_state(builder)
    period = builder.period
    _find_year(builder, text)
    if "季度" in key and "截" in key and _UNTIL_RE.search(key) is not None:
        # 2025年1-3季度工作计划项目绩效跟踪表（截至2025年6月30日）: the date the table
        # stands at is said outright; the quarters may be the project's name (regress57 #4)
        _title_window(builder, key)
    elif not _find_window(builder, key, text):
        _title_window(builder, _period_key(key))
    if "学年" in key or "学期" in key:
        _title_school_year(builder, key)
    if builder.period is None and ("学年" in key or "学期" in key):
        # 2024-2025学年第一学期…跟踪表: the term's months; a whole 学年 in a title is no
        # window, as 2024年…跟踪表 is none (_mid_year): period-missing (r36o)
        _school_year(builder, key, text, f"标题“{_clean(text)}”", at, whole=False)
    # 2025年9月绩效运行监控表: the period's text, in the title's cell
    _note_period_text(builder, before, text, at)
    if builder.period is not period:  # …绩效跟踪表（2023年1-8月）: read whole
        builder.place("period", at)
    if builder.period_row is None:
        year = _YEAR_RE.search(_period_key(key))
        month = builder.period.end.month if builder.period is not None else builder.window_month
        if builder.school_year is not None and builder.school_year[0] is builder.period:
            # 2024-2025学年第二学期…跟踪表: July is assumed, not said; a line's months win
            # (_term_of_title checks them against the term, r37l)
            month = None
        builder.title_said = (int(year.group("year")) if year else None, month)
    builder.has_content = True


def _take_page_title(builder: _Builder) -> None:
    """The title in the page header of a Word document, for a table without one of its own.

    Taken when the grid's header is reached (or the table is built without a grid),
    so that a title the body prints above the table wins, and the header's year
    judges the grid's year columns as a body title's would.
    """
    text = builder.sheet.page_title
    if text is not None and builder.title is None:
        _take_title(builder, text, _key(text))


def _title_alone(filled: Sequence[tuple[int, str]], *, title_end: bool) -> bool:
    """Whether a row led by a title's words is the title's row (see :func:`_read_row`).

    The title alone, or ending like one beside one other cell (``金额单位：万元``) or
    beside a unit's label and its unit in two cells (``金额单位 | 万元``).

    Example:
        >>> _title_alone(((0, "某绩效自评表"), (5, "金额单位"), (6, "万元")), title_end=True)
        True
    """
    if len(filled) == 1:
        return True
    return (
        title_end
        and (
            len(filled) == 2  # noqa: PLR2004
            or (len(filled) == 3 and _unit_pair(filled[1:]) is not None)  # noqa: PLR2004
        )
    )


def is_title_text(text: str) -> bool:
    """Whether *text* reads like a table's title (…绩效自评表, …绩效跟踪监控表).

    The Word reader asks it of the paragraphs of a page header.

    Example:
        >>> is_title_text("2024年度项目支出绩效自评表"), is_title_text("第 1 页")
        (True, False)
    """
    return _is_title(_key(_clean(fold_cell(text))))


# What a row of two or three cells under a grid (builder.grid set) holds when
# _read_period_line may read it (r38c). With the grid set, its year label, _words_line,
# _read_point, _window_line (one cell), _period_words and _period_unread never read
# one; what is left needs a period word (跟踪期, 时段: names_period, and the spread
# cells' test), 截 (_until_line) or a year for the year-cell test (_YEAR_RE's four
# figures, Unicode digits or a Chinese year, which starts 一 or 二: _CN_YEAR_RE). The
# cells' keys drop white space (时 段 reads 时段), and none of _key's or _period_key's
# rewritings makes one of these.
_MAY_BE_GRID_PERIOD_RE: Final = re.compile(r"[期截\d一二]|时\s*段")
# The blocks and states whose cells are prose: a line break between Chinese is no space.
_PROSE_BLOCKS: Final = frozenset({"goal", "corrective", "measures"})
_PROSE_STATES: Final = frozenset({"goal", "corrective", "reasons", "measures_list"})


def _read_row(builder: _Builder, row: _Row, head: _Head) -> None:
    """Read a row that is not a plain indicator row (:func:`_split` settles those)."""
    if row.raw is not None and (head.block in _PROSE_BLOCKS or builder.state in _PROSE_STATES):
        row = _unwrapped_row(row)  # a goal or measures wrapped by hand (read56 F5)
    head_column, head_text = row.filled[0]
    key = head.key
    label = head.label
    in_grid = builder.state == "grid" and builder.grid is not None
    # (the grid's own tests, each of which asks in_grid first: one test for all, r38c)
    if in_grid and _read_grid_state_row(builder, row, head):
        return
    if builder.state == "measures_list" and _read_measures_item(builder, row, head):
        return
    if head.title and builder.title is None and _title_alone(row.filled, title_end=head.title_end):
        _take_title(builder, head_text, key, builder.position(row, head_column))
        if len(row.filled) > 1:
            _read_amount_unit(builder, row)
        elif builder.budget_unit is None and (unit := _TITLE_UNIT_RE.search(key)) is not None:
            builder.budget_unit = unit.group(1)  # 自评表（单位：万元）, in the title's cell (r37n)
        return
    budget_line = builder.state == "budget" and bool(builder.budget_header)
    if (
        not in_grid
        and not budget_line
        # (its words hold 工: 开工, 竣工, 完工; _label adds no character)
        and "工" in head_text
        and _WORKS_DATE_RE.fullmatch(_label(head_text.replace("：", ":").partition(":")[0]))
    ):
        # 实际竣工时间 | 2024年12月 | 项目总投资 | 18600: the works' dates and what follows
        # them are notes, not the table's period (tr29 H3: before, the row was lost)
        _note_extra_fields(builder, row)
        builder.has_content = True
        return
    row_text = row.text
    if (
        # (_read_period_line's first tests inline, r36n: a row of more than three cells
        # with no 期 or 时段 is no period line, nor a year line in a grid or without 年度
        # or 年份; most rows that reach here are budget lines and headers)
        (
            len(row.filled) <= 3  # noqa: PLR2004
            # r38c: under a grid, a row of two or three cells is read only by a period
            # word, a 截至 or a year (see _MAY_BE_GRID_PERIOD_RE): 绩效跟踪总体判断 |
            # 年度项目预算完成可能性 | 确定能完成 is none
            and (
                builder.grid is None
                or len(row.filled) == 1
                or _MAY_BE_GRID_PERIOD_RE.search(row_text) is not None
            )
        )
        or "期" in row_text
        or "时段" in row_text
        or (builder.grid is None and ("年度" in row_text or "年份" in row_text))
    ) and _read_period(builder, row):
        builder.has_content = True
        if len(row.filled) > 1 and any(_is_field_label(text) for _, text in row.filled):
            _read_project(builder, row)  # 填报单位：某县水利局 | （2023年度）
        if not in_grid and not budget_line:
            _note_extra_fields(builder, row)  # a period, then 项目总投资 | 18600: kept
        return
    if (
        not (in_grid and head.grid_row and builder.grid_rows)
        and not (in_grid and _plans_time_progress(builder, row))
        and _read_time_progress(builder, row)
    ):
        if len(row.filled) > 2 and any(_is_field_label(text) for _, text in row.filled):  # noqa: PLR2004
            _read_project(builder, row)  # 项目名称 | 某项目 | 主管部门 | 某局 | 序时进度 | 66.67%
        return
    if "单位" in row.text:
        if len(row.filled) <= 2:  # noqa: PLR2004 - 金额单位：万元
            _read_amount_unit(builder, row)
        elif builder.grid is None and not builder.budget:
            _read_amount_unit(builder, row, fields=True)  # 实施单位 | 某中心 | 金额单位 | 万元
    if not in_grid and _read_progress(builder, row, head):
        builder.has_content = True
        return
    if not in_grid and _read_fund_flow_row(builder, row):
        # also beside a budget block already read: the 到位 amounts notes, the 支出 ones
        # a budget-line-unread finding (tr59 G1: before, both rows fell to an unknown source)
        builder.has_content = True
        return
    if not in_grid and not budget_line and _is_extra_field(head_text) and not _is_grid_header(row):
        # (部门职责 | 一级指标 | … | 指标值: the grid's header, its duty column first, r35o)
        _note_extra_fields(builder, row)
        # 项目总投资 | 12500 | 累计完成投资 | 9800, 债券名称 | …, 购买主体 | …: notes
        if any(_is_field_label(text) for _, text in row.filled[1:]):
            _read_project(builder, row)  # 购买主体 | 某局 | 承接主体 | 某中心
        builder.has_content = True
        return
    goal_text = builder.state == "goal" and len(row.filled) == 1 and ":" not in key
    if (
        (_is_project_field(label) and not goal_text)
        or (
            builder.grid is None
            and not head.title
            and head.block != "goal"  # 年度总体目标 | 实施单位　负责组织实施…: the goal's text
            and any(map(_PROJECT_FIELD_CELLS.__getitem__, map(_TEXT_OF, row.filled[1:])))
        )
    ):
        # 项目名称 first, or after a label of no block (项目编码 | … | 项目名称 | …)
        _read_project(builder, row)
        if not in_grid:
            _note_extra_fields(builder, row)  # 主管部门 | 某局 | 合同金额（万元） | 360
        builder.has_content = True
        return
    judgement = "完成可能性" in key or ("可能性" in row.text and _opens_judgement(row))
    if (
        judgement
        and builder.state == "grid"
        and builder.grid is not None
        and not builder.grid_rows
        and row.filled[0][0] > builder.grid.name_column
        and _read_sub_header(builder, row)
    ):
        # 全年预计完成情况 merged over 预计完成值 | 完成可能性: the header's lower row, no
        # judgement of the table (regress41 g07: before, the grid had no rows and failed)
        return
    if builder.state == "grid" and builder.grid is not None and not judgement:
        if not builder.grid_rows and _read_sub_header(builder, row):
            return
        block = head.block
        if block in (None, "budget_row") or _framework_label(head_text) is not None:
            builder.grid_rows.append(row)
            return
    upper = builder.upper_header
    builder.upper_header = None
    if upper is not None and upper.at == row.at - 1 and _names_columns(row):
        # 绩效指标 (merged over the levels) | 年度指标值 | … above 一级指标 | 二级指标 | 三级指标
        _read_grid_header(builder, _merged_header(upper, row))
        builder.level_header = row.filled
        builder.has_content = True
        return
    if _is_grid_header(row):
        _read_grid_header(builder, row)
        builder.has_content = True
        return
    if (
        builder.grid is None
        and head.label in _UPPER_HEADER_LABELS
        and _is_value_header(row)
        and not (_goal_sides_header(head.label, row) and not _column_names_below(builder, row))
    ):
        # (绩效目标 | 中期目标（2024-2026年） | 年度目标（2024年） over the goal's texts: the
        # goal's sides, no upper header, unless the row below names the grid's columns)
        builder.upper_header = row
        return
    block = "judgement" if judgement else head.block
    if (
        block is None
        and head.label == "绩效目标"
        and builder.grid is None
        and len(row.filled) == 2  # noqa: PLR2004 - the label and the goal
        and _framework_label(row.filled[1][1]) is None
        and _column_role(row.filled[1][1]) is None
    ):
        block = "goal"  # 绩效目标 | 完成年度培训任务。 (regress38 W3)
    if block is None and builder.grid is None and _goal_sides_header(head.label, row):
        # 中期目标 | 建成4.5万亩 (then 年度目标 | …), 绩效目标 | 中期目标（2024-2026年） |
        # 年度目标（2024年） over the texts: the goal's sides (a26 H3)
        block = "goal"
    if (
        block == "budget"
        and builder.state == "budget"
        and builder.budget_header
        and _budget_role(label) is not None
        and any(_is_amount(text) for _, text in row.filled[1:])
    ):
        block = None  # 项目资金总额 | 200.00 | …: a line of the block, not a new block
    # r38c: the blocks' own branches, each asking for its block by name (budget, goal,
    # judgement, corrective, sum, total, grade, note, footer, measures): a row of no
    # block or a budget line's (budget_row) passes none of them
    if block is not None and block != "budget_row" and _read_block_row(builder, row, head, block):
        return
    if builder.state == "budget" and len(row.filled) > 1:
        # r38c: in the budget block, a row of more than one cell passes the tests below
        # the budget's own: _names_midterm_grid's and the heading's ask for one cell, the
        # rate label's, the task list's, _opens_budget's and the money blocks' for
        # another state
        _read_budget_state_row(builder, row)
        return
    if len(row.filled) == 1 and builder.state != "grid" and _names_midterm_grid(label):
        builder.midterm_heading = True  # 中长期绩效指标 over a grid of its own
        return
    if (
        len(row.filled) == 1
        and builder.grid is None
        and builder.state not in ("budget", "grid", "tasks")
        and not builder.budget
        and not builder.budget_header
        and _end_points(head_text) is not None
        and _is_rate_label(head_text)
    ):
        # 预算执行率（10分） on a row of its own above 资金来源 | 年初预算数 | …: the block's
        # label, its points the execution rate's weight (before, the row was passed over)
        _read_budget_header(builder, row)
        builder.state = "budget"
        builder.has_content = True
        return
    if len(row.filled) == 1 and _HEADING_RE.match(head_text) and builder.state != "grid":
        builder.state = "head"  # 二、绩效指标完成情况: a heading ends the block above
        if builder.budget_unit is None and any(word in key for word in ("资金", "预算", "任务")):
            # 二、资金使用情况（万元）, 一、年度主要任务完成情况（万元）: the unit of the money
            # table under it (a task list's amounts too, r37n)
            builder.budget_unit = "万元" if "(万元)" in key else "元" if "(元)" in key else None
        return
    if (
        builder.state not in ("budget", "grid")
        and not builder.budget
        and not builder.budget_header
        and _opens_budget(row)
    ):
        if _opens_task_list(row):
            # 年度主要任务 | 任务名称 | … | 预算数 | 执行数: no budget block, a task list
            _read_task_row(builder, row)
            builder.state = "tasks"
            return
        # 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 under a heading no block
        # word names (二、资金使用情况), or under none: the header opens the block itself
        _read_budget_header(builder, row, label_row=False)
        builder.state = "budget"
        builder.has_content = True
        return
    if (
        builder.state not in ("budget", "grid", "tasks")
        and builder.grid is None
        and not builder.budget
        and not builder.budget_header
        and _opens_task_list(row)
        and _task_money_cell(row) is not None
    ):
        # 年度主要任务 | 任务名称 | 主要内容 | 预算金额（万元） over 总额 | 财政拨款 | 其他资金:
        # no budget block yet, a task list whose 金额合计 may be the budget (r36j)
        _read_task_row(builder, row)
        builder.state = "tasks"
        return
    if (
        builder.grid is None
        and builder.state not in ("budget", "tasks")
        and not builder.budget
        and not builder.budget_header
        and len(row.filled) > 1
        and _heads_money_block(label, row)
    ):
        # 预算资金（万元） | 中期资金总额 | 年度资金总额, 部门预算（万元） | 资金总额 | 820:
        # a money label no block word names, heading the amounts above the grid
        _read_budget_header(builder, row)
        builder.state = "budget"
        builder.has_content = True
        return
    if (
        builder.grid is None
        and builder.state not in ("budget", "tasks")
        and not builder.budget
        and not builder.budget_header
        and len(row.filled) > 2  # noqa: PLR2004
        and _heads_budget_columns(row)
    ):
        # 年度预算申请（万元） | 资金总额 | 按收入性质分 | 按支出性质分: the sources as columns
        _read_budget_header(builder, row)
        builder.state = "budget"
        builder.has_content = True
        return
    if (
        block == "budget_row"
        and builder.grid is None
        and builder.state not in ("budget", "tasks")
        and not builder.budget
        and not builder.budget_header
    ):
        # 年度资金总额 | 300 (年度资金总额：300万元) with no 项目资金 label over it: the
        # block's first line opens it (r34g: before, the line was passed over)
        _read_bare_budget_line(builder, row)
        return
    if builder.state == "tasks":
        _read_task_row(builder, row)
        return
    if builder.state == "budget":
        _read_budget_state_row(builder, row)
        return
    if builder.state == "goal":
        if len(row.filled) == 1 and head.label in _UPPER_HEADER_LABELS:
            builder.state = "head"  # 绩效指标 alone, its grid pasted in its cell: no goal text
            return
        _read_goal_row(builder, row)
        return
    if builder.state == "corrective" and not builder.corrective:
        if not _opens_measures_list(builder, row):
            builder.corrective = head_text  # under its label: the text's own cell
            builder.place("corrective_measures", builder.position(row, head_column))
        return
    if builder.state == "reasons" and not builder.corrective:
        builder.corrective = _labelled_measures(row.text)
        if builder.corrective:
            builder.place("corrective_measures", builder.position(row, head_column))
        return
    if (
        builder.kind is None
        and head.title
        # a title ends like one beside a note, or is alone (项目支出绩效目标 | 完成…: a label)
        and _title_alone(row.filled, title_end=head.title_end)
    ):
        builder.title = head_text
        builder.place("title", builder.position(row, head_column))
        builder.kind = _kind_of_title(key)
    elif len(row.filled) == 1 and builder.year is None:
        _read_report_heading(builder, key)


def _read_block_row(builder: _Builder, row: _Row, head: _Head, block: str) -> bool:
    """Read a row that opens or is a line of *block*, as :func:`_read_row` settled it.

    Whether the row was read (a block of none of these branches is left to the caller).
    """
    head_column, head_text = row.filled[0]
    label = head.label
    if block == "budget":
        _read_budget_header(builder, row)
        builder.state = "budget"
        builder.has_content = True
        return True
    if block == "goal":
        _read_goal_header(builder, row)
        builder.state = "goal"
        return True
    if block == "judgement":
        _read_judgement(builder, row)
        builder.state = "judgement"
        return True
    if block == "corrective":
        builder.printed_fields.add("corrective_measures")
        found = row.after(head_column)
        builder.corrective = (
            found[1] if found else _after_colon(head_text)
        )  # 纠偏措施：加快采购进度。
        # the measures' cell; when none is written, the empty cell right of the label,
        # where they belong (r37t J: it was the label's)
        builder.place(
            "corrective_measures",
            builder.position(row, found[0] if found else _value_place(builder, row, head_column)),
        )
        builder.state = "corrective"
        return True
    if block == "sum" and builder.state == "budget":
        _read_budget_row(builder, row)
        return True
    if block == "sum" and builder.state == "tasks":
        _read_task_row(builder, row)  # 合计 of a task list
        return True
    if block in ("total", "sum"):
        closes = builder.state == "grid" and builder.grid_rows
        published = (
            builder.published_total,
            builder.published_grade,
            builder.full_marks_total,
            builder.published_grade_text,
        )
        cells = (builder.cells.get("published.total"), builder.cells.get("published.grade"))
        _read_total(builder, row)
        if (
            block == "total"
            and builder.state == "tail"
            and builder.closing_row is not None
            and builder.cells.get("published.total") != cells[0]
        ):
            # 合计 | … | 90 | 85, then 总分 | … | 100 | 95: the 合计 was the indicator
            # block's subtotal, its figures no total's (r37b: before, passed over); a
            # grade or note row may stand between (自评等级 | 优: r37j, before the 合计
            # was taken for the total as soon as the grade row came). A 总分 row whose
            # figure is not read as the total (自评总分 | 95 left of the grid's 得分
            # column) leaves the 合计 the total.
            builder.block_subtotals.append(builder.closing_row)
            builder.closing_row = None
        if closes:
            # The total closes the grid: no indicator comes after it, unless the next
            # row is one (then it was a subtotal: see _after_closing_total)
            builder.state = "tail"
            builder.closed_by = published
            builder.closed_cells = cells
            builder.closing_row = row if block == "sum" else None
        return True
    if block == "grade":
        _read_grade(builder, row)
        return True
    if block == "note" and _opens_measures_list(builder, row):
        return True  # 存在问题 | 整改措施 | 完成时限 under the grid: a list of measures
    if block == "note":
        if _REASONS_RE.fullmatch(label.partition(":")[0]):
            # 偏差原因分析 | …: the form's place for reasons, printed even when left empty
            builder.printed_fields.add("deviation_reason")
        _read_note(builder, row)  # 说明：…, 主要经验及做法 | …
        return True
    if block == "footer":
        return True  # 填表人：… 联系电话：…
    if (
        block == "measures"
        and builder.after_grid
        and builder.grid_rows
        and len(row.cells) == 1
        and _HEADING_RE.match(head_text)
    ):
        # 三、存在的问题及改进措施, a paragraph after the last of a report's tables: the
        # report's section on all of them, not this table's measures
        builder.state = "head"
        return True
    if block == "measures":
        # 存在问题及改进措施 | …: the table's measures, unless a 纠偏措施 row gave them
        builder.printed_fields.add("corrective_measures")
        found = row.after(head_column)
        said = found[1] if found else _after_colon(head_text)
        if "原因" in label:
            builder.printed_fields.add("deviation_reason")
            # 偏差原因分析及改进措施: the reason comes first; only a part printed under a
            # measures label of its own (…；改进措施：…) is measures, here or below
            if not builder.corrective:
                builder.corrective = _labelled_measures(said)
                at = found[0] if found else _value_place(builder, row, head_column)
                builder.place("corrective_measures", builder.position(row, at))
            builder.state = "reasons"
            return True
        if builder.corrective and _states(said) and said != builder.corrective:
            # 问题及整改措施 | … after a 纠偏措施 (改进措施) row that gave the measures:
            # kept as a note of its own, not lost
            _read_note(builder, row)
            return True
        if not builder.corrective:
            builder.corrective = said
            at = found[0] if found else _value_place(builder, row, head_column)
            builder.place("corrective_measures", builder.position(row, at))
        builder.state = "corrective"
        return True
    return False


def _read_budget_state_row(builder: _Builder, row: _Row) -> None:
    """Read a row inside the budget block: its header under a heading, a unit, a line."""
    if not builder.budget_header and _names_budget_columns(row):
        _read_budget_header(builder, row, label_row=False)  # under a heading
        return
    if not builder.budget and _read_unit_row(builder, row):
        return  # | （万元） | （万元） | under the header: the amounts' unit (r37n)
    if _read_budget_sub_header(builder, row):
        return
    _read_budget_row(builder, row)


def _read_grid_state_row(builder: _Builder, row: _Row, head: _Head) -> bool:
    """The first tests of :func:`_read_row` for a row under the grid's header; whether read.

    Its header printed again, its lower half or column numbers, or an indicator led by a
    word of a block (项目资金到位率) or a signature's (审核意见采纳率).
    """
    # 绩效指标 | 一级指标 | 二级指标 | 三级指标 | …: the central 自评表's header, led by the
    # label column, repeated as any header is
    header_led = head.header_word or head.label in _UPPER_HEADER_LABELS
    if header_led and builder.grid_rows and _is_grid_header(row):
        _midterm_section(builder)  # under a 中长期 heading: a grid of its own
        return True  # the header repeated on the next page of a print export
    if header_led and _header_labels(builder, row) == builder.header_labels:
        return True  # the header printed twice before the first row: no indicator 三级指标
    if (
        header_led
        and not builder.grid_rows
        and (lower := _lower_header_half(builder, row)) is not None
        and _read_sub_header(builder, lower)
    ):
        # 一级指标 | 二级指标 | 三级指标 | 实施期目标 | 年度目标 over 一级指标 | 二级指标 |
        # 三级指标 | 指标值 | 指标值 (a TSV prints a merged cell in both rows): the lower
        # row's other cells name the columns under the upper ones (k32i)
        builder.sub_header = row.filled
        return True
    if not builder.grid_rows and _numbers_columns(row):
        return True  # 栏次 | | | 1 | 2 | 3 under the header: its columns' numbers, no indicator
    if builder.grid_rows and head.label in _UPPER_HEADER_LABELS and _is_value_header(row):
        return True  # the upper row of a two-row header, repeated on the next page
    if ((head.word_led or head.title) and _names_indicator(row, head)) or (
        head.past_word and _indicator_past_word(builder, row.filled)
    ):
        builder.grid_rows.append(row)
        return True
    return False


def _read_bare_budget_line(builder: _Builder, row: _Row) -> None:
    """Open the budget block at its first line, 年度资金总额 | 300, printed with no label.

    The unit is the label's or its figure's (年度资金总额（万元）, 年度资金总额：300万元),
    as a 项目资金（万元） label's would be; with none the unit stays unsaid, as it does
    under a bare 项目资金. A line whose amount is no figure (年度资金总额 | 待定) is said at
    its cell (``malformed-amount``), never dropped silently.
    """
    builder.state = "budget"
    builder.has_content = True
    key = _key(row.text)
    unit = _MONEY_UNIT_RE.search(key)
    if builder.budget_unit is None and unit is not None:
        builder.budget_unit = unit.group(0)
    if _total_pairs(row.filled) is not None:
        # 年度资金总额 | 200 | 执行数 | 180: the columns beside their amounts (r39j)
        _read_budget_header(builder, row)
        return
    _read_budget_line_said(builder, row)


def _read_budget_line_said(builder: _Builder, row: _Row) -> None:
    """Read the budget line of *row*, its label first; a word for its amount is said.

    年度资金总额 | 待定 (or 年度资金总额：待定) reads the line with no amount and a
    ``malformed-amount`` at the word's cell; a blank or a dash says none, with no note.
    The same with the line on the block's label row (项目资金（万元） | 年度资金总额 |
    待定): r34m, before, that row was taken for column headers and both lines were lost.
    """
    before = len(builder.budget)
    findings = len(builder.findings)
    _read_budget_row(builder, row)
    read = builder.budget[before:]
    if len(builder.findings) > findings or any(
        amount is not None
        for line in read
        for amount in (line.initial, line.period_budget, line.planned, line.executed)
    ):
        return
    label_column, label_text = row.filled[0]
    after = _key(label_text).partition(":")[2]
    if after and len(row.filled) == 1:  # 年度资金总额：待定 in one cell
        role = read[0].role if read else None
        _no_figure_amount(builder, row, role, row.filled[0], [(label_column, after)])


def _no_figure_amount(
    builder: _Builder,
    row: _Row,
    role: BudgetRole | None,
    label: tuple[int, str],
    values: Sequence[tuple[int, str]],
) -> None:
    """Say a budget line's amount printed as words (待定, 另行下达), at its cell.

    The first cell of *values* that holds something is the amount: a dash or a
    placeholder (—, 无, 不适用) says none, with no note; any other word is a
    ``malformed-amount`` (预算“年度资金总额”的金额“待定”不是数字，未读入).
    """
    key = _key(label[1])
    # 年度资金总额：待定 in one cell: named by its label before the colon
    name = key.rpartition(":")[0] if values and values[0][0] == label[0] else key
    for column, text in [(c, t) for c, t in values if _key(t)][:1]:
        if _DASHES_RE.fullmatch(text) is not None or _key(text) in _AMOUNT_PLACEHOLDERS:
            continue
        builder.finding(
            "malformed-amount",
            Severity.WARNING,
            f"预算“{_BRACKETED_RE.sub('', name).replace(':', '：')}”的金额“{text}”不是数字，未读入",
            builder.where(row, column, budget_line=None if role is None else role.value),
        )


# A money unit printed in a budget label or after its figure (万元 first: 元 is its tail).
_MONEY_UNIT_RE: Final = re.compile(r"亿元|百万元|千万元|十万元|万元|千元|元")


def _read_report_heading(builder: _Builder, key: str) -> None:
    """Take the year of a report's or an article's heading (a one-cell row's *key*), if one.

    2023年度…项目支出绩效自评报告: a Word report's heading; …绩效自评结果公开,
    关于2024年度项目绩效自评情况的公示: a portal article's. Its year is given to the
    tables under it (this one included) that name none of their own. A heading short
    enough to be read as the table's year line as well (2024年度项目支出绩效自评报告)
    still gives its year to the tables after it (word26 H4).
    """
    if (
        builder.grid is None
        and "绩效" in key
        and (key.endswith("报告") or ("评" in key and key.endswith(_PUBLICATION_ENDS)))
    ):
        year = _heading_year(key)
        if year is not None:
            builder.report_year, builder.report_year_firm = year


def _heading_year(key: str) -> tuple[int, bool] | None:
    """The year a report's or an article's heading (its :func:`_key` *key*) names, firm or not.

    Firm when written ``N年度`` (the year of the data, not perhaps of the publication);
    None for a range of years or years that disagree.

    ``某县水利局2025年项目支出绩效自评结果公开``, published in April 2025, is most often
    the 2024 data: such a year is taken only where the table's dates agree (see
    :func:`_dates_agree`).

    Example:
        >>> (
        ...     _heading_year("某市2024年度项目绩效自评结果公开"),
        ...     _heading_year("关于2025年项目绩效自评情况的公示"),
        ... )
        ((2024, True), (2025, False))
        >>> _heading_year("某县2023-2025年水利项目绩效自评结果汇总公开") is None
        True
    """
    if _YEAR_RANGE_RE.search(key):
        return None  # 2023-2025年, 2023年至2025年: several years' results
    firm = set(_FIRM_YEAR_RE.findall(key))
    if firm:
        return (int(firm.pop()), True) if len(firm) == 1 else None
    years = {match.group("year") for match in _YEAR_RE.finditer(key)}
    return (int(years.pop()), False) if len(years) == 1 else None


# A range of years in a heading (2023-2025年, 2023年至2025年度, 2023~2025年).
_YEAR_RANGE_RE: Final = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?:年度?)?(?:-|~|—|–|－|～|至|到)+(?:19|20)\d{2}(?!\d)"
)
_FIRM_YEAR_RE: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})年度")
# A dated cell: a year with its month (2024年7月10日, 2024年11月底前) or an ISO date.
_CELL_DATE_RE: Final = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:年\d{1,2}月|[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))"
)


def _dates_agree(builder: _Builder, year: int) -> bool:
    """Whether the dates in *builder*'s grid (after the name column) leave *year* possible.

    They do when some date falls in it, or the grid holds none.

    A table under ``2025年…自评结果公开`` whose dates are all of 2024 (``2024年7月10日完成``)
    is the 2024 data: the heading's year is its publication's.
    """
    grid = builder.grid
    if grid is None:
        return True
    first = grid.name_column + 1
    years = {
        int(found)
        for row in builder.grid_rows
        for text in row.cells[first:]
        if "年" in text or "-" in text or "/" in text or "." in text
        for found in _CELL_DATE_RE.findall(_key(text))
    }
    return not years or year in years


# How the heading of a published self-evaluation ends (…自评结果汇总公开, …自评情况的公示).
_PUBLICATION_ENDS: Final = ("公开", "公示", "公告", "通报", "结果", "情况", "汇总")


# A list's column of measures: 整改措施, 改进措施, 下一步整改措施 (keyed, short: a header).
_MEASURES_HEADER_RE: Final = re.compile(r"[^:。;,]{0,8}措施")


def _opens_measures_list(builder: _Builder, row: _Row) -> bool:
    """Whether *row* heads a list of problems and their measures; if so, read its rows next.

    Under a closing heading of measures (三、存在问题及整改措施), or as the list's own
    first row (存在问题 | 整改措施 | 完成时限): the cells name columns, one of them the
    measures. The list's rows then give the table's corrective measures (see
    :func:`_read_measures_item`), unless a 纠偏措施 row gave them.
    """
    if builder.corrective or len(row.filled) < 2:  # noqa: PLR2004
        return False
    for column, text in row.filled:
        if _MEASURES_HEADER_RE.fullmatch(_key(text)):
            builder.measures_column = column
            builder.printed_fields.add("corrective_measures")
            builder.state = "measures_list"
            return True
    return False


def _value_place(builder: _Builder, row: _Row, column: int) -> int:
    """The column of the empty value cell right of a label in *column*, else *column*.

    ``纠偏措施 | (blank)``: the measures belong in the blank cell, past the label's own
    merged range (``纠偏措施`` merged over A:B, the blank C:G is C), in any format: a
    TSV row cut short after its label (``纠偏措施`` alone, the table wider) has it too.
    A label that spans the table's width (the text written under it, or after its
    colon) is its own place.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> sheet = Sheet((("纠偏措施", "", "", ""), ("a", "b", "c", "d")), merges=((0, 0, 0, 1),))
        >>> builder = _Builder(sheet, 0, None)
        >>> _value_place(builder, _Row(sheet.rows[0], 0, ((0, "纠偏措施"),), "纠偏措施"), 0)
        2
    """
    sheet = builder.sheet
    right = column
    for top, left, bottom, last in sheet.merges or ():
        if left == column and top <= row.at <= bottom:
            right = max(right, last)
    # a cell right of the range in this row or in any row of the sheet: the first wide row
    # answers (before, the widest of every row was sought, once a table: a sheet of a hundred
    # tables read its every row a hundred times, quadratic)
    after = right + 1
    if after < len(row.cells) or any(len(cells) > after for cells in sheet.rows):
        return after
    return column


def _read_measures_item(builder: _Builder, row: _Row, head: _Head) -> bool:
    """Read a row of a list of measures: its measures cell joins the table's with ``；``.

    ``False`` (and the list ends) for a row with nothing in the measures column, or a
    signature, total or grade row: the row is then read as any other.
    """
    column = builder.measures_column
    text = row.cells[column] if column is not None and column < len(row.cells) else ""
    if not text or head.block in ("footer", "total", "sum", "grade"):
        builder.state = "head"
        builder.measures_column = None
        return False
    if _states(text):
        said = text.strip().rstrip("；;")
        if not builder.corrective and column is not None:
            builder.place("corrective_measures", builder.position(row, column))  # the first
        builder.corrective = f"{builder.corrective}；{said}" if builder.corrective else said
    return True


def _after_closing_total(builder: _Builder, row: _Row, head: _Head) -> None:
    """The row after a total that closed the grid: an indicator row reopens it.

    A 合计 or 总分 row in the middle of the grid (a subtotal under 其中 rows, after a
    level's indicators) is followed by indicator rows; the table's total is followed
    by signatures, notes and closing prose. An indicator row prints its target or
    its actual in the grid's column of it: then the total was a subtotal, its figures
    are not the published total (what was published before it comes back), and the
    grid goes on with this row. Another total row keeps the question open; any
    other row settles it (the grid stays closed).
    """
    grid = builder.grid
    if grid is not None and not head.header_word:
        values = {
            grid.name_column + distance
            for distance, role in grid.roles.items()
            if role in ("target", "actual", "planned")
        }
        if (
            head.grid_row
            or ((head.word_led or head.title) and _names_indicator(row, head))
            or (head.past_word and _indicator_past_word(builder, row.filled))
        ) and any(column in values for column, _ in row.filled[1:]):
            total, grade, full, grade_text = builder.closed_by  # type: ignore[misc]
            builder.total_row_weight = builder.total_row_points = None  # a subtotal's
            builder.published_total = total
            builder.published_grade = grade
            builder.published_grade_text = grade_text
            builder.place("published.total", builder.closed_cells[0])
            builder.place("published.grade", builder.closed_cells[1])
            builder.full_marks_total = full
            builder.closed_by = None
            builder.state = "grid"
            return
    if head.block not in ("total", "sum"):
        builder.closed_by = None  # 总分 | … then 填报人：…: the grid is closed for good


# A measures label inside a text of reason and measures (…原因是汛期；改进措施：加快施工).
_MEASURES_LABEL_RE: Final = re.compile(r"(?:改进|整改|纠偏|下一步)?措施\s*[:：]|下一步\s*[:：]")


def _labelled_measures(text: str) -> str:
    """The measures a reason-and-measures text states, else "".

    Under a heading of both (偏差原因分析及改进措施): the part after a measures label
    of its own; without one, the whole text when it says what will be done (受汛期影响，
    工程推迟15天；下年度合理安排施工工期), and nothing when it only states the reason.

    Example:
        >>> _labelled_measures("主要原因是设备老化。改进措施：更换设备。")
        '更换设备。'
        >>> _labelled_measures("受汛期影响推迟15天；下年度合理安排施工工期。")
        '受汛期影响推迟15天；下年度合理安排施工工期。'
        >>> _labelled_measures("水质达标率未达目标，主要原因是设备老化。")
        ''
    """
    found = _MEASURES_LABEL_RE.search(text)
    if found is not None:
        return text[found.end() :].strip()
    return text.strip() if _MEASURE_VERBS_RE.search(text) else ""


def _split_labelled_measures(text: str) -> tuple[str, str]:
    """A grid cell of reason and measures split at its measures label: (reason, measures).

    A cell that labels its measures (``措施：``, ``改进措施：``, ``纠偏措施：``,
    ``整改措施：``, ``下一步：``) after a reason gives the text before the label as
    the reason and the text after it as the measures. A cell without such a label, or
    with nothing before it (``改进措施：加强宣传`` alone under a column of measures read
    as the reason), is the reason whole, with no measures.

    Example:
        >>> _split_labelled_measures("原因：报名人数不足；措施：扩大宣传，增开夜班")
        ('原因：报名人数不足', '扩大宣传，增开夜班')
        >>> _split_labelled_measures("受汛期影响，工期推迟")
        ('受汛期影响，工期推迟', '')
        >>> _split_labelled_measures("改进措施：加强宣传")
        ('改进措施：加强宣传', '')
    """
    found = _CELL_MEASURES_LABEL_RE.search(text)
    if found is None:
        return text, ""
    reason = text[: found.start()].rstrip(_REASON_TRAILERS)
    if not reason.strip():
        return text, ""
    return reason, text[found.end() :].strip()


# A measures label that starts a clause of a grid cell (…不足；措施：…, …不足。改进措施:…),
# not the end of a label of both (原因及措施：…).
_CELL_MEASURES_LABEL_RE: Final = re.compile(
    r"(?<=[；;。.，,、\s)）])(?:(?:改进|整改|纠偏|下一步)?措施|下一步)\s*[:：]"
)
# The separators between a reason and the measures label after it.
_REASON_TRAILERS: Final = " \t\n\u3000；;，,、"


# What a sentence of measures says: what will be done (加强, 加快, 合理安排, 下一步…).
# Not 下年度, 确保, 整改, 完善: reasons say them too (结转下年度使用, 为确保质量, 受审计整改
# 影响, 需完善设计方案).
_MEASURE_VERBS_RE: Final = re.compile(
    "加强|加快|加大|合理安排|下一步|今后|将(?:进一步|继续|加|按|于|在|积极|督促)|"
    "督促|改进|优化|推进|抓紧|尽快|及时调整|强化"
)


def _names_indicator(row: _Row, head: _Head) -> bool:
    """Whether a grid row led by a block or project word is an indicator all the same.

    Names such as 项目资金到位率, 总体目标完成率, 主管部门满意度 or 绩效自评表报送及时性
    start with the words of other blocks, and under merged level cells they lead
    their row. Such a row holds an indicator when its first cell is more than the
    block's word (项目资金, 总分 and 主管部门 alone are labels) and either more cells
    follow that name no budget or goal column (name | target | actual…, whatever
    the target says), or the one cell after it reads as a target: a number, a
    deadline, a quality word (a block's next cell is a header word, prose or an
    amount's column label).
    """
    filled = row.filled
    if not (head.word_led or head.title) or len(filled) < 2 or "完成可能性" in head.key:  # noqa: PLR2004
        return False
    if head.label.endswith(("合计", "总计", "得分", "总分")) and all(
        _number(text) is not None or _grade_of(text) is not None for _, text in filled[1:]
    ):
        return False  # 总分合计 | 100 | 90 | 良: the total row (总分达标率 is an indicator)
    if len(filled) > 2 and head.word_led:  # noqa: PLR2004
        # name | target | actual…: an indicator whatever its target says (到位, 全面完成),
        # unless the cells name columns (项目资金情况 | 年初预算数 | … opens the budget)
        return not any(
            _budget_column(_label(text)) is not None or _goal_column(_label(text)) is not None
            for _, text in filled[1:]
        )
    return _reads_as_target(filled[1][1])


@lru_cache(maxsize=4096)
def _reads_as_target(text: str) -> bool:
    """A cell that parses as a target other than prose (a broken comparison counts)."""
    try:
        target = parse_target(text)
    except ExpressionError:
        return True
    return not isinstance(target, Descriptive)


# 未发生重大安全生产事故, 全年无重大安全责任事故: a statement of a zero target, common as the
# name of a department's indicator. Only a long one (a subject after the verb) counts.
_STATEMENT_NAME_RE: Final = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:未发生|未出现|无)[\u4e00-\u9fff]{6,}$"
)


# A target written with a bound or as a share (≥100人, 不低于90%, 100%): never an actual.
_BOUND_TARGET_RE: Final = re.compile(r"^\s*(?:[≥≤><=＝]|不低于|不高于|不少于|不超过)|[%％]\s*$")
# What a statement name says happened or not: an event (未发生重大安全生产事故); not a name
# merely starting with 无 (无害化, 无障碍, 无线: regress84 W1).
_EVENT_WORD_RE: Final = re.compile(
    "发生|出现|事故|事件|案件|疫情|投诉|伤亡"
    # a wrong done or not (无拖欠农民工工资现象, 无违规使用资金情况: regress86 W2)
    "|拖欠|违规|违纪|违法|挪用|截留|上访|纠纷|现象|情况"
)


def _states_an_event(name: str) -> bool:
    """Whether a name is a statement of an event happening or not (无重大安全责任事故发生).

    Example:
        >>> _states_an_event("无重大安全责任事故发生"), _states_an_event("农村无害化卫生厕所改造数")
        (True, False)
    """
    key = _key(name)
    return _STATEMENT_NAME_RE.match(key) is not None and _EVENT_WORD_RE.search(key) is not None


def _statement_name(text: str, following: str) -> bool:
    """Whether *text*, reading as a zero target, is the row's name (dept32 H1).

    It is when it states what did not happen with a subject of its own (未发生重大安全生产事故)
    and the next cell of the row holds a target of its own (0起, 未发生): a row shifted
    left would put the actual, or nothing, after the target.

    >>> _statement_name("未发生重大安全生产事故", "0起"), _statement_name("未发生", "0起")
    (True, False)
    >>> _statement_name("辖区未发生重大安全生产事故", "社会效益")
    False
    """
    return (
        _STATEMENT_NAME_RE.match(_key(text)) is not None
        and bool(following)
        and _reads_as_target(following)
    )


_STATEMENT_VALUE_ROLES: Final = ("target", "actual", "weight", "points")


def _statement_shifted(row: _Row, column: int, roles: dict[int, str]) -> bool:
    """Whether a statement at *column* is a target shifted into the name's place (regress76 W1).

    ``社会效应 | 社会效益 | 无重大安全责任事故发生 | 0起 | 40 | 40 | (blank)``: the name cell is
    missing, so the statement stands under the name column, ``0起`` under the target,
    the 分值 under the actual and the 得分 column is empty. Read with the statement as
    its name, such a row of a scored grid fills every value column but the last, and
    the cell under the column before the 分值 holds a bare number (the 分值, moved one
    column left). A row whose every value column is filled as the header says
    (``未发生重大安全生产事故 | 0起 | 0起 | 40 | 40``) keeps the statement as its name.

    A named row not yet scored (``无重大安全责任事故发生 | 0 | 0 | 10 | (blank)``, k80fix)
    fills the same columns; the shifted reading is wrong when it gives a 分值 of 0 or one
    below the 得分 it implies, or when the target and the actual are the same bare figure
    and the cell taken for the 分值 is the actual.
    """
    if not any(role in ("weight", "points") for role in roles.values()):
        return False
    distances = sorted(d for d, role in roles.items() if role in _STATEMENT_VALUE_ROLES)
    cells = row.cells

    def cell(distance: int) -> str:
        at = column + distance
        return cells[at] if 0 <= at < len(cells) else ""

    if len(distances) < 2 or cell(distances[-1]):  # noqa: PLR2004
        return False
    if not all(cell(distance) for distance in distances[:-1]):
        return False
    moved = next(
        (d for d in distances if roles[d] in ("weight", "points") and d - 1 in roles), None
    )
    if moved is None or _BARE_NUMBER_RE.fullmatch(_key(cell(moved - 1))) is None:
        return False
    shifted_weight = _number(cell(moved - 1))
    if roles[moved] == "weight" and shifted_weight is not None:
        if shifted_weight <= 0:
            return False  # 分值 0: no scored row has one
        points = next((d for d in distances if roles[d] == "points" and d > moved), None)
        shifted_points = None if points is None else _number(cell(points - 1))
        if shifted_points is not None and shifted_points > shifted_weight:
            return False  # a 得分 above its 分值
    target = next((d for d in distances if roles[d] == "target"), None)
    actual = next((d for d in distances if roles[d] == "actual"), None)
    return not (
        target is not None
        and actual == moved - 1
        and cell(target) == cell(actual)
        and _BARE_NUMBER_RE.fullmatch(_key(cell(target))) is not None
    )  # 0 | 0 | 10: a target and its actual, the 分值 where the header puts it


# 中期, 中长期, and the provincial 实施期 and 项目期 (the whole life of a multi-year
# project): never the year's figures.
_MIDTERM_WORDS: Final = ("中期", "中长期", "实施期", "项目期")


def _is_midterm(label: str) -> bool:
    """Whether a column or goal label names the mid-term (实施期指标值, 中长期目标).

    Every word ends in 期: a label without one (年初预算数, 指标值, most labels asked) is
    turned down before the words are tried (r37f).

    Example:
        >>> [_is_midterm(t) for t in ("实施期指标值", "中长期目标", "年初预算数", "跟踪期执行数")]
        [True, True, False, False]
    """
    return "期" in label and any(word in label for word in _MIDTERM_WORDS)


@lru_cache(maxsize=4096)
def _block_word(label: str) -> str | None:
    """The block word *label* starts with.

    A department-wide table's budget block may name whose budget it is first
    (部门预算执行情况, 年度部门整体支出预算执行情况).
    """
    label = _LABEL_NUMBER_RE.sub("", label)  # 二、项目资金（万元）: a numbered heading
    for word, _ in _BLOCK_LABELS:
        if label.startswith(word):
            return word
    if _GOAL_BLOCK_LABEL_RE.match(label) is not None:
        return "年度总体目标"  # 项目绩效目标, 绩效目标, 项目总体目标…: the goal all the same
    if "预算执行情况" in label and len(label) <= _LONGEST_BUDGET_LABEL:
        return "预算执行情况"
    if "预算申请" in label and _BUDGET_REQUEST_RE.fullmatch(label) is not None:
        return "预算申请"  # 年度预算申请（万元）: a 目标表's budget (r39i)
    return None


_BLOCK_OF_WORD: Final = {**dict(_BLOCK_LABELS), "预算申请": "budget"}
# A 目标表's budget block by its request (年度预算申请, 部门预算申请, 预算申请金额): a
# few words, then 预算申请 and perhaps 数, 额, 金额 or 资金; never a name (预算申请准确率).
_BUDGET_REQUEST_RE: Final = re.compile(r"[\u3400-\u9fff]{0,8}预算申请(?:数|额|金额|资金)?")
# The other labels of the year's goal (regress38 W3): 项目绩效目标, 绩效目标, 项目年度绩效目标,
# 整体绩效目标, 年度绩效总目标, 项目总体目标, 年度项目绩效目标, 项目年度目标, 本年度绩效目标,
# 项目目标 (绩效目标（年度）: its bracket is no part of the label), alone or before a colon;
# a department's 年度履职目标 (dept32 H6).
# Never a name (项目目标完成率), nor a mid-term goal (中长期目标, 实施期目标). A bare
# 绩效目标 is also a heading over the grid (绩效目标 | 一级指标 | …, or alone on its row):
# the goal only with one cell of text after it and no grid yet (see _read_row).
_GOAL_BLOCK_LABEL_RE: Final = re.compile(
    r"(?!绩效目标$)(?:本|项目|整体|部门)?(?:本?年度)?(?:项目|整体)?(?:绩效|履职)?(?:总体|总)?目标(?=:|$)"
)
_LONGEST_BUDGET_LABEL: Final = 16


@lru_cache(maxsize=4096)
def _project_word(label: str) -> str | None:
    found = _project_field(label)
    return found[0] if found is not None else None


@lru_cache(maxsize=4096)
def _is_project_field(label: str) -> bool:
    return _project_field(label) is not None


def _is_project_field_cell(text: str) -> bool:
    """Whether a cell's *text* labels a project field (its :func:`_label` does)."""
    return _project_field(_label(text)) is not None


# _is_project_field_cell by a dict's look-up, for the scans of a row's cells (see _TextMemo).
_PROJECT_FIELD_CELLS: Final = _TextMemo(_is_project_field_cell, 16384)


# 序时进度：66.67%, the value in the label's own cell.
_TIME_PROGRESS_CELL_RE: Final = re.compile(r"序时进度[:：]?(\d+(?:\.\d+)?%?)")


def _mentions_time_progress(row: _Row) -> bool:
    return "序时" in row.text


@lru_cache(maxsize=4096)
def _block_of(label: str) -> str | None:
    word = _block_word(label)
    return _BLOCK_OF_WORD[word] if word is not None else None


# A signature under the table: a person, a unit's seal or a phone with a colon after it
# (经办人：, 主要负责人：赵某, 分管领导：, 联系人：, 电话：), or a seal or signature anywhere
# in brackets or at the label's end (单位（盖章）, 填报单位（公章）, 单位负责人签字：).
_SIGNATURE_RE: Final = re.compile(
    r"\((?:单位)?(?:盖章|公章|签字|签章|签名)\)"
    r"|^[^:()]{0,10}(?:人|领导|电话|手机)(?:\([^()]*\))?:"
    r"|^[^:()]{0,10}(?:盖章|公章|签字|签章|签名)(?::|$)"
)
# The grade of the whole table: words of evaluation, then 结论, 等级, 等次, 评级 or 评定
# (绩效评价结论, 自评结果等次, 综合评定, 评定等级, 绩效自评结论).
_GRADE_LABEL_RE: Final = re.compile(
    r"(?:绩效|项目|自评|评价|评定|综合|结果|考评|考核|最终|总体|整体)*(?:结论|等级|等次|评级|定级)"
    r"|(?:绩效|项目|自评|评价|综合|结果|考评|考核|最终|总体|整体)+评定"
)
# A note under the table (说明：…, 注：…, 备注：…) whatever follows it on its row.
_NOTE_LABELS: Final = frozenset(
    {"说明", "注", "备注", "附注", "注释", "填表说明", "填报说明", "备注说明"}
)
_NOTE_KEY_RE: Final = re.compile(r"(?:填表|填报)?(?:说明|注|备注|附注|注释)[:：]")
# The closing rows of a self-evaluation template: 存在问题及改进措施, 主要经验及做法,
# 其他需要说明的问题, 下一步工作计划. A heading ending in such a noun that holds one of
# these words (not a name: 改进措施落实率 ends in 率, 安全生产问题 holds none of them;
# not a sentence: 主要原因是设备老化。改进措施：… is the text under such a heading).
_CLOSING_RE: Final = re.compile(r"[^。，；,;]{0,12}(?:措施|做法|经验|建议|问题|计划|事项)")
_CLOSING_WORDS: Final = (
    "存在问题",
    "存在的问题",
    "需要说明",
    "经验",
    "做法",
    "下一步",
    "改进",
    "整改",
)
# A closing row of reasons under the grid: 偏差原因分析, 存在问题及原因, 问题及原因分析,
# 原因分析, 未完成原因 (a name ends otherwise: 事故原因调查率). A note: the table's place
# for reasons, its text kept (see _absent_fields).
_REASONS_RE: Final = re.compile(
    r"(?:偏差|偏离|未完成|未达标|未达成|(?:主要|存在的?)?问题及)?原因(?:分析|说明)?"
)


@lru_cache(maxsize=4096)
def _closing_block(key: str, label: str) -> str | None:
    """The block a label under the grid opens by rule rather than by a listed word.

    ``footer`` for a signature (:data:`_SIGNATURE_RE`), ``grade`` for a grade row
    (:data:`_GRADE_LABEL_RE`), ``note`` for a note or a closing row of prose
    (``说明：``, ``主要经验及做法``, ``其他需要说明的问题``), ``measures`` for a closing
    row of measures (``存在问题及改进措施``, ``整改措施``); None for any other label.

    Example:
        >>> [_closing_block(_key(t), _label(t)) for t in ("经办人：", "综合评定", "受益人数")]
        ['footer', 'grade', None]
        >>> [_closing_block(_key(t), _label(t)) for t in ("存在问题及改进措施", "主要经验及做法")]
        ['measures', 'note']
        >>> [_closing_block(_key(t), _label(t)) for t in ("偏差原因分析", "存在问题及原因")]
        ['note', 'note']
    """
    if _SIGNATURE_RE.search(key):
        return "footer"
    label = label.partition(":")[0]  # 综合评定：优, 改进措施：加强监管 in one cell
    if _GRADE_LABEL_RE.fullmatch(label):
        return "grade"
    if label in _NOTE_LABELS or _NOTE_KEY_RE.match(key) or _REASONS_RE.fullmatch(label):
        return "note"
    if _CLOSING_RE.fullmatch(label) and any(word in label for word in _CLOSING_WORDS):
        return "measures" if label.endswith("措施") else "note"
    return None


# The blank template's instructions to whoever fills it in, judged per numbered item of
# a note under a bare label (说明, 注): an order to fill in or send (请按…, 请在对应栏内,
# 请于…前报送, 请如实…, 请结合…填写, 本表…应…填, 按…填写, 填写…时), a tick to make
# (打“√”), the template's scale (90分以上为优). A unit's own words about what it 填报
# (本表由…填报, 已按调整后目标填报, 按12月10日数据填报, 应当于年底前完成…, 填写时已剔除…:
# a past action) are no instruction.
_INSTRUCTION_RE: Final = re.compile(
    r"(?:^|[\d.、．:：;；。，,\s)）])请(?:按|在|根据|如实|据实|对照|认真|务必|填|于[^。；;]*?"
    r"(?:报送|上报|报至|提交|填)|将[^。；;]*?(?:报送|上报|报至|提交|填)"
    r"|[^。；;，,]{0,15}?填(?:写|报|列))"
    r"|本表[^。；;]*?应[^。；;]*?填"
    r"|(?<![已未不没有均是])按[^。；;，,]*?(?:填写|填列)"
    r"|填写[^。；;，,]{0,20}时(?![^。；;，,]*[已了])"
    r"|以上为优|打“?√"
)
# An item that is wholly the template's: a formula alone (执行率=全年执行数/全年预算数),
# the unit of amounts (本表金额单位为万元), the sum of the weights (分值合计100分).
_TEMPLATE_ITEM_RE: Final = re.compile(
    r"[^=＝。；;，,]{1,20}[=＝][^。；;，,]+"
    r"|(?:本表)?(?:金额|资金)?(?:计量)?单位[:：为]?(?:人民币)?万元"
    r"|(?:分值|权重|指标分值|指标权重)?(?:合计|总计|总分|满分)为?100分"
)
# Labels whose whole block is the template's instructions; labels under which an item may
# be one (a closing heading, 存在问题 or 其他需要说明的问题, and 备注 are the unit's).
_INSTRUCTION_LABELS: Final = frozenset({"填表说明", "填报说明", "填写说明"})
_FILTERED_LABELS: Final = frozenset({"说明", "注", "附注", "注释", "备注说明"})
# The start of a numbered item of a note (1. 2、 （3） 一、), where a note splits into items.
_ITEM_START_RE: Final = re.compile(
    r"(?:^|(?<=[。；;！!\s]))(?=(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、))"
)
_ITEM_NUMBER_RE: Final = re.compile(
    r"\s*(?:(?P<digits>\d{1,2})[.、．](?!\d)|[（(](?P<bracketed>\d{1,2})[)）]"
    r"|(?P<hans>[一二三四五六七八九十]{1,2})、)"
)
_HAN_NUMBERS: Final = {c: n for n, c in enumerate("一二三四五六七八九十", 1)}


def _item_number(text: str) -> int | None:
    """The number a note item starts with (``2.已整改`` → 2, ``（3）…`` → 3, ``二、…`` → 2).

    Example:
        >>> [_item_number(t) for t in ("2.已整改。", "（3）追回", "二、下一步", "2024年")]
        [2, 3, 2, None]
    """
    match = _ITEM_NUMBER_RE.match(text)
    if match is None:
        return None
    if match.group("hans"):
        hans = match.group("hans")
        if len(hans) == 1:
            return _HAN_NUMBERS[hans]
        return 10 + _HAN_NUMBERS.get(hans[1], 0) if hans[0] == "十" else None
    return int(match.group("digits") or match.group("bracketed"))


def _unit_items(label: str, text: str) -> str:
    """The items of a note's text the unit wrote, without the template's instructions.

    Under a bare label (``说明``, ``注``) each numbered item is judged on its own
    (:data:`_INSTRUCTION_RE`, :data:`_TEMPLATE_ITEM_RE`); under a closing heading or
    ``备注`` the text is kept whole; under ``填表说明`` nothing is kept.

    Example:
        >>> _unit_items("说明", "1.已扣1分。2.请于3月31日前报送市财政局。")
        '1.已扣1分。'
        >>> _unit_items("说明", "年度指标值已按调整后目标填报")
        '年度指标值已按调整后目标填报'
        >>> _unit_items("存在问题", "部分乡镇未按要求填写救助台账")
        '部分乡镇未按要求填写救助台账'
    """
    if label in _INSTRUCTION_LABELS:
        return ""
    if label not in _FILTERED_LABELS:
        return text
    items = [item for item in _ITEM_START_RE.split(text) if item.strip()]
    kept = [item for item in items if not _is_instruction(item)]
    return text if len(kept) == len(items) else "".join(kept).strip()


def _is_instruction(item: str) -> bool:
    if _INSTRUCTION_RE.search(item) is not None:
        return True
    match = _ITEM_NUMBER_RE.match(item)
    bare = item[match.end() :] if match else item
    return _TEMPLATE_ITEM_RE.fullmatch(bare.strip().rstrip("。.；;")) is not None


_NOTE_COLON_RE: Final = re.compile("[:：]")
# A line of its own label (联系人：张三, 数据来源：…): no continuation of the note above it
_NOTE_FIELD_RE: Final = re.compile(r"\s*[^\s:：。，,；;]{1,8}\s*[:：]")
# A closing line under a table, no continuation of the note above it (regress31 W8): a
# date (2023年9月10日), a bare name (张三), a unit (区民政局), a signature (负责人签字).
_NOTE_CLOSING_RE: Final = re.compile(
    r"\s*(?:"
    r"\d{4}\s*[年.\-/]\s*\d{1,2}\s*(?:[月.\-/]\s*(?:\d{1,2}\s*日?)?)?"
    r"|[\u4e00-\u9fff（）()]{1,20}(?:局|委|办|中心|院|所|站|队|会|馆|处|科|公司|街道|镇|乡|村|社区)"
    r"(?:[（(](?:盖章|公章|章)[)）])?"
    r"|[\u4e00-\u9fff（）()]{0,8}(?:签字|签名|签章|盖章)[)）]?"
    r")\s*"
)


# Words of a sentence, not of a unit's name or a date (资金已拨付至各乡镇, 由区住建局,
# 已报区政府常务会, 相关问题已移交区纪委): such a line goes on with the note.
_SENTENCE_WORD_RE: Final = re.compile("已|至|由|待|报|移交|交由|将|向|各|在|给|把|被|从|和|及|、")


class _OpenNote:
    """A note being read: its label, the column of its label, its texts and their cells.

    ``column`` is the label's when its row printed a text (a row under it goes on only
    right of the label, or right under the note's last row), else -1 (any row of one
    cell goes on). ``last_row`` is the index of the note's last row read.
    """

    __slots__ = ("column", "label", "last_item", "last_row", "texts")

    def __init__(self, label: str, column: int, last_row: int = -2) -> None:
        self.label = label
        self.column = column
        self.texts: list[tuple[str, Position]] = []
        self.last_item = 0  # the number of the last numbered item read (1.…), 0 for none
        self.last_row = last_row


def _read_note(builder: _Builder, row: _Row) -> None:
    """Open a note of the table with a note row (``说明 | 审计发现…``, ``说明：`` alone).

    The label is the first cell up to its colon (``说明``, ``注``, ``其他需要说明的问题``);
    the text what follows the colon in that cell and the cells after it, a text printed
    again in the next cell (merged) taken once, and the rows of one cell under it
    (:func:`_continue_note`). A placeholder (``无``, ``/``, ``——``) is no text.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> cells = ("说明：", "审计发现违规发放12.6万元，已追回。")
        >>> _read_note(builder, _Row(cells, 0, tuple(enumerate(cells)), "".join(cells)))
        >>> _close_note(builder)
        >>> [(note.label, note.text, note.position.cell) for note in builder.notes]
        [('说明', '审计发现违规发放12.6万元，已追回。', 'B1')]
    """
    _close_note(builder)
    (column, first), *rest = row.filled
    colon = _NOTE_COLON_RE.search(first)
    note = _OpenNote(first[: colon.start()].strip() if colon else first.strip(), column, row.at)
    cells = [(column, first[colon.end() :])] if colon else []
    for at, text in (*cells, *rest):
        _add_note_text(builder, note, row, at, text)
    if not note.texts:
        note.column = -1
    builder.open_note = note
    if not builder.grid_rows:
        # rows of one cell go on with a note only under the grid: above it, such a row
        # may be a period line (（2023年度）) or a heading
        _close_note(builder)


def _add_note_text(builder: _Builder, note: _OpenNote, row: _Row, column: int, text: str) -> None:
    text = text.strip()
    if _states(text) and not (note.texts and note.texts[-1][0] == text):
        note.texts.append((text, builder.position(row, column)))
        numbers = [_item_number(item) for item in _ITEM_START_RE.split(text) if item]
        note.last_item = next((n for n in reversed(numbers) if n is not None), note.last_item)


def _continue_note(builder: _Builder, row: _Row, head: _Head) -> bool:
    """Whether *row* goes on with the open note: one cell of text under it (``2.已整改。``).

    A row of one cell that opens no block and is no title nor project field; under a
    note whose label row printed a text, only right of the label (the label merged down),
    the next numbered item in the label's column (``说明：1.…`` then ``2.…``, as
    paragraphs under a Word table are), or a line in the label's column right under the
    note's last row that is no ``label：value`` field nor an item out of the note's
    numbering (``说明 | 二季度…`` then ``2.已督促…`` in column A). Any other row closes
    the note.
    """
    note = builder.open_note
    if note is None:
        return False
    column, text = row.filled[0]
    if (
        len(row.filled) == 1
        and column >= note.column
        and row.at == note.last_row + 1
        and _item_number(text) is None
        and _NOTE_CLOSING_RE.fullmatch(text) is not None
        and _SENTENCE_WORD_RE.search(text) is None
    ):
        # the table's closing line under its note (区民政局, 2023年9月10日, 负责人签字):
        # kept as a note of its own, neither the note's text nor a field still waiting
        # for its value (an empty 纠偏措施 above took it before)
        _close_note(builder)
        closing = _OpenNote("落款", column, row.at)
        _add_note_text(builder, closing, row, column, text)
        builder.open_note = closing  # the next closing line (a date under the unit) too
        return True
    if (
        len(row.filled) == 1
        and (
            _item_number(text) is not None
            or _NOTE_CLOSING_RE.fullmatch(text) is None
            or _SENTENCE_WORD_RE.search(text) is not None
        )
        and head.block is None
        and not head.title
        and not head.names_project
        and (
            column > note.column
            or (
                column == note.column
                and note.last_item > 0
                and _item_number(text) == note.last_item + 1
            )
            or (
                column == note.column
                and row.at == note.last_row + 1
                and (
                    not _NOTE_FIELD_RE.match(text)
                    if _item_number(text) is None
                    else note.last_item == 0  # after 1.…, only item 2 (above) goes on
                )
            )
        )
    ):
        _add_note_text(builder, note, row, column, text)
        note.last_row = row.at
        return True
    _close_note(builder)
    return False


def _close_note(builder: _Builder) -> None:
    """Keep the open note, without the template's instructions; nothing if none is left.

    A template's instruction to whoever fills it in (``填表说明：1.年度指标值请按批复目标
    填写``, ``注：本表金额单位为万元``, ``3.请于3月31日前报送``) is no note of the
    unit's; it is left out item by item (:func:`_unit_items`). The note's position is its
    first kept text's.
    """
    note = builder.open_note
    builder.open_note = None
    if note is None or not note.texts:
        return
    label = "".join(note.label.split())
    kept = [(said, at) for text, at in note.texts if (said := _unit_items(label, text))]
    if kept:
        builder.notes.append(Note(note.label, " ".join(said for said, _ in kept), kept[0][1]))


def _opens_judgement(row: _Row) -> bool:
    """A row whose second or third cell is a likelihood label (… | 年度预算执行完成可能性 | …).

    The block's outer label varies by template (绩效运行总体判断, 运行监控总体判断,
    监控结论, 绩效目标执行总体判断, merged down over both rows): the inner label opens it,
    alone in its cell or with the answer after a colon (监控结论 |
    年度预算执行完成可能性：确定能完成).

    Example:
        >>> cells = ("监控结论", "年度预算执行完成可能性：确定能完成")
        >>> _opens_judgement(_Row(cells, 0, tuple(enumerate(cells)), "".join(cells)))
        True
    """
    return any(_is_likelihood_label(text) for _, text in row.filled[1:3])


@lru_cache(maxsize=4096)
def _is_likelihood_label(text: str) -> bool:
    """A likelihood label, alone or leading its answer (年度绩效目标完成可能性：有可能完成)."""
    if _budget_likelihood_label(_label(text)) or _label(text).endswith("完成可能性"):
        return True
    label, colon, answer = _key(text).partition(":")
    return bool(colon and answer) and _BRACKETED_RE.sub("", label).endswith("完成可能性")


def _find_year(builder: _Builder, text: str) -> None:
    if builder.year is not None:
        return
    key = _period_key(_key(text))  # 二〇二五年度 as 2025年度
    if builder.kind is TableKind.TARGET:
        # 项目支出绩效目标表（2025-2027年）: a three-year rolling plan, filed for its first
        # year (the later years' columns are the plan ahead, as a 中期指标值 is); the
        # first year the title names, alone or as a span's start, is the table's
        match = _TARGET_YEAR_RE.search(key)
        if match is not None:
            builder.year = int(match.group("first") or match.group("year"))
        return
    match = _YEAR_RE.search(key)
    if match is not None:
        builder.year = int(match.group("year"))


# Dashes and waves Chinese input methods and word processors put between two months
# (1－9月, 1月～9月, 1–9月, 1——9月), as the period patterns' own -, ~ and —.
_PERIOD_DASHES: Final = str.maketrans(
    {"－": "-", "﹣": "-", "\u2010": "-", "\u2011": "-", "～": "~", "〜": "~", "–": "—", "―": "—"}
)
_DOUBLE_DASH_RE: Final = re.compile(r"—{2,}")
# A year in Chinese digits read one by one (二〇二五年, 二零二五年度, 二〇二五—二〇二七年).
_CN_YEAR_RE: Final = re.compile(
    r"(?<![〇○零一二三四五六七八九十])[一二][〇○零一二三四五六七八九]{3}"
    r"(?=年|(?:-|~|—|至|到)[一二][〇○零一二三四五六七八九]{3}年)"
)
_CN_YEAR_DIGITS: Final = MappingProxyType(
    {"〇": "0", "○": "0", "零": "0"}
    | {char: str(n) for n, char in enumerate("零一二三四五六七八九") if n}
)
_CN_NUMERALS: Final = frozenset("〇○零一二三四五六七八九十")
# A month, day or quarter in Chinese numerals (一月, 十二月, 三十日, 三季度), or the first of
# a range of them (一至九月, 一至三季度): written in figures.
_CN_PERIOD_NUMBER_RE: Final = re.compile(
    r"(?<![〇○零一二三四五六七八九十百千万])(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"(?=个?(?:月|日|号|季度)"
    r"|(?:至|到|-|~|—)第?(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|\d{1,2})(?:月|季度))"
)
# A range of quarters (1-3季度, 第1-3季度, 1至3季度, 1季度-3季度, 第1至第3季度, as the
# Chinese numerals' 一至三季度 and 第一至第三季度 read): the months from the first
# quarter's first to the last quarter's last.
_QUARTER_RANGE_RE: Final = re.compile(
    r"第?(?P<q1>[1-4])(?:季度)?(?:至|到|-|~|—)第?(?P<q2>[1-4])季度(?P<end>末|底)?"
)


# Quarters listed one by one (一、二季度, 第一、第二季度, 1、2、3季度, 一季度、二季度; r37o: they
# were period-unread): the range of them, when they follow one another.
_QUARTER_LIST_RE: Final = re.compile(
    r"(?<![\d〇○零一二三四五六七八九十])第?[一二三四1-4](?:季度)?"
    r"(?:[、,]第?[一二三四1-4](?:季度)?)*[、,]第?[一二三四1-4]季度"
)


def _quarter_list(match: re.Match[str]) -> str:
    """Quarters listed one after another as their range (``一、二、三季度`` → ``1-3季度``).

    Quarters that skip one (``一、三季度``) or run backwards are left as printed (to
    ``period-unread``): no window is guessed for them.
    """
    numbers = [_QUARTERS[char] for char in re.findall(r"[一二三四1-4]", match.group())]
    if any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return match.group()
    return f"{numbers[0]}-{numbers[-1]}季度"


def _quarter_months(match: re.Match[str]) -> str:
    """A range of quarters as its months (``1-3季度`` → ``1-9月``), or as printed."""
    first, last = int(match.group("q1")), int(match.group("q2"))
    if first > last:
        return match.group()  # 3-1季度: a typing error, left to period-unread
    return f"{3 * first - 2}-{3 * last}月"


@lru_cache(maxsize=4096)
def _period_key(key: str) -> str:
    """A period's :func:`_key` in the figures and range words the period patterns read.

    Dashes and waves of other widths (``1－9月``, ``1月～9月``, ``1–9月``) are the
    ASCII ones, Chinese numerals of a year, month, day or quarter are figures
    (``二〇二五年一月至九月`` is ``2025年1月至9月``), and a range of quarters is its
    months (``1-3季度``, ``第一至第三季度``: January to September). Other text is kept.

    Example:
        >>> _period_key("跟踪时段:2025年1-3季度"), _period_key("二〇二五年一至九月")
        ('跟踪时段:2025年1-9月', '2025年1至9月')
        >>> _period_key("2025年1－9月"), _period_key("第一至第三季度"), _period_key("前三季度")
        ('2025年1-9月', '1-9月', '前3季度')
        >>> _period_key("二〇二五—二〇二七年"), _period_key("2024年1月份-6月份")
        ('2025—2027年', '2024年1月-6月')
        >>> (
        ...     _period_key("2024年度第一、二季度"),
        ...     _period_key("1、2、3季度"),
        ...     _period_key("一、三季度"),
        ... )
        ('2024年度1-6月', '1-9月', '一、3季度')
    """
    key = _DOUBLE_DASH_RE.sub("—", key.translate(_PERIOD_DASHES))
    if "季度" in key and ("、" in key or "," in key):
        key = _QUARTER_LIST_RE.sub(_quarter_list, key)  # 一、二季度 as 1-2季度 (r37o)
    key = _CN_YEAR_RE.sub(
        lambda match: "".join(_CN_YEAR_DIGITS[char] for char in match.group()), key
    )
    key = _CN_PERIOD_NUMBER_RE.sub(lambda match: str(chinese_to_int(match.group())), key)
    if "季" in key:
        key = _QUARTER_RANGE_RE.sub(_quarter_months, key)
    if "月份" in key:
        key = _MONTH_FEN_RE.sub("月", key)  # 2024年1月份-6月份 (r37l: period-unread)
    return key


# A month's figure written 月份 (1月份-6月份): the month.
_MONTH_FEN_RE: Final = re.compile(r"(?<=\d)月份")


# A target table's year in its title: a year (2025年度), or the first of years it spans
# (2025-2027年, 2025年—2027年, 2025至2027年).
_TARGET_YEAR_RE: Final = re.compile(
    r"(?<!\d)(?P<first>(?:19|20)\d{2})(?:年度?)?(?:-|~|—|–|－|～|至|到)+(?:19|20)\d{2}年"
    r"|(?P<year>(?:19|20)\d{2})\s*年"
)


def _period_of(match: re.Match[str], text: str) -> Period | None:
    """The period a match of :data:`_PERIOD_RE` or :data:`_PERIOD_DATES_RE` names.

    Only plausible years in order: ``9999-1月`` or ``2023-8月 至 2023-1月`` is a typing
    error, better left unread than judged as of a date nobody meant.
    """
    y1, m1 = int(match.group("y1")), int(match.group("m1"))
    y2 = int(match.group("y2") or y1)
    m2 = int(match.group("m2"))
    if (
        1 <= m1 <= 12  # noqa: PLR2004
        and 1 <= m2 <= 12  # noqa: PLR2004
        and 1900 <= y1 <= y2 <= 2100  # noqa: PLR2004
        and (y1, m1) <= (y2, m2)
    ):
        return Period(YearMonth(y1, m1), YearMonth(y2, m2), text=text)
    return None


def _invalid_day(
    builder: _Builder, row: _Row | None, match: re.Match[str], source: str = ""
) -> None:
    """``period-date-invalid``: a period line's date that no calendar has (2024年2月30日).

    The month is read as printed, to its end (``2024年1月1日-2024年2月30日``: as of
    2024-02-29), the day being a slip for the month's last (6月31日 for 6月30日); before
    (r35m), the day was passed over silently. A first date past its month's end
    (1月32日) is said too; the period still starts with its month. A title's dates
    (``2024年1月1日-2月30日绩效跟踪表``, *row* None, *source* its words) are checked the
    same way, at the title's cell (r35q: before, only period lines were).
    """
    for y, m, d, end in (("y1", "m1", "d1", False), ("y2", "m2", "d2", True)):
        if match.group(d) is None:
            continue
        year, month = int(match.group(y) or match.group("y1")), int(match.group(m))
        day = int(match.group(d))
        days = _month_days(year, month)
        if 1 <= day <= days:
            continue
        then = (
            f"按{month}月底（{dt.date(year, month, days).isoformat()}）评价"
            if end
            else f"按{year}年{month}月起算"
        )
        if row is not None:
            label, value = _line_parts(row)
            source, where = f"{label}“{value}”", builder.where(row, _period_column(row))
        else:
            where = Where.at(builder.cells.get("title"))
        builder.finding(
            "period-date-invalid",
            Severity.WARNING,
            f"{source}中的日期“{year}年{month}月{day}日”不存在"
            f"（{year}年{month}月只有{days}天），{then}",
            where,
        )
        return


def _line_parts(row: _Row) -> tuple[str, str]:
    """A period line's label and its value (``跟踪时段：2024年1-6月``, ``监控期间 | 1-7月``).

    Example:
        >>> _line_parts(_Row(("监控期间", "1-7月"), 1, ((0, "监控期间"), (1, "1-7月")), ""))
        ('监控期间', '1-7月')
        >>> _line_parts(_Row(("跟踪时段：2024年1-6月",), 1, ((0, "跟踪时段：2024年1-6月"),), ""))
        ('跟踪时段', '2024年1-6月')
    """
    text = _clean(" ".join(text for _, text in row.filled))
    parts = re.split("[:：]", text, maxsplit=1)
    if len(parts) == 2:  # noqa: PLR2004 - 跟踪时段：2024年1-6月
        return parts[0].strip(), parts[1].strip()
    if len(row.filled) > 1:  # 监控期间 | 1-7月
        first = _clean(row.filled[0][1])
        return first, text[len(first) :].strip()
    return "跟踪时段", text.strip()  # （2024年1-6月）: a line of its own


def _find_window(builder: _Builder, key: str, text: str) -> bool:
    """The months a title or a line of its own names (``2024年1-6月…监控表``, ``（1-6月）``).

    A monitoring table often prints its window only there: read as the whole year, every
    verdict of a mid-year table would be a year-end one. A labelled period line read
    later wins (it sets the period again).
    """
    key = _period_key(key)  # 2025年1－9月, 二〇二五年一至九月, 2025年1-3季度
    if "月" not in key and "." not in key:
        return False
    match = _PERIOD_DATES_RE.search(key) or _PERIOD_RE.search(key)
    if match is not None:
        period = _period_of(match, text)
        if period is not None and builder.period is None:
            builder.period = period
            builder.year = builder.year or period.start.year
            if text == builder.title:  # 2024年1月1日-2月30日绩效跟踪表 (r35q)
                _invalid_day(builder, None, match, f"标题“{_clean(text)}”的时段")
        return period is not None
    months = _MONTHS_RE.search(key)
    if (
        months is not None
        and months.group("m1") in ("1", "01")
        and 1 <= int(months.group("m2")) <= 12  # noqa: PLR2004
    ):
        builder.window_month = builder.window_month or int(months.group("m2"))
        return True
    return False


def _read_point(builder: _Builder, key: str) -> bool:
    """监控时点：2023年8月31日, 数据截止日期 | 2023-08-31: the window ends at that month."""
    if not any(word in key for word in _POINT_WORDS):
        return False
    point = _POINT_DATE_RE.search(key)
    if point is None or not 1 <= int(point.group("m")) <= 12:  # noqa: PLR2004
        return False
    builder.window_month = int(point.group("m"))
    builder.year = builder.year or int(point.group("y"))
    return True


# Labels of the point in time a table stands at (监控时点, 数据截止日期), and its date.
_POINT_WORDS: Final = (
    "时点",
    "截止日期",
    "截止时间",
    "截至日期",
    "截至时间",
    "跟踪日期",
    "监控日期",
)
_POINT_DATE_RE: Final = re.compile(r"(?P<y>(?:19|20)\d{2})(?:年|[-./])(?P<m>\d{1,2})(?!\d)")

# What a period line says before its dates (跟踪时段, 监控期, 评价期间…).
_PERIOD_WORDS: Final = ("时段", "期间", "跟踪期", "监控期", "评价期", "执行期")
_RANGE_WORDS: Final = frozenset({"至", "到", "-", "~", "—", "——", "－"})
_ONE_DATE_RE: Final = re.compile(
    r"\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|[-./]\d{1,2}(?:[-./]\d{1,2})?)"
)


# The project's life, not the window a table reports on: 项目实施期间 | 2022年-2024年.
_PROJECT_LIFE_WORDS: Final = (
    "实施期",
    "建设期",
    "项目期",
    "项目执行期",
    "执行期限",
    "起止",
    "合同期",
    "服务期",
    "使用期",
    "有效期",
    "实施周期",
    "建设周期",
    "项目周期",
)
# The words of a report's own window: a period among the project's fields is the table's
# only when it says so (跟踪时段, 监控期间), never a span of the project or its money.
_REPORT_PERIOD_WORDS: Final = ("跟踪", "监控", "评价", "自评", "报告期", "统计期", "填报期")


@lru_cache(maxsize=4096)
def _names_a_period(key: str) -> bool:
    """Whether a label's key holds a period word (跟踪时段, 监控期…), not the project's life."""
    return any(word in key for word in _PERIOD_WORDS) and not any(
        word in key for word in _PROJECT_LIFE_WORDS
    )


# A year's-end period value of its own cell: 2024年全年, 2024年度, 2024全年.
_WHOLE_YEAR_RE: Final = re.compile(r"(?P<year>(?:19|20)\d{2})(?:年度?)?(?:全年)?")


def _year_end_line(row: _Row) -> bool:
    """Whether a period line puts the table at the year's end (跟踪时段：2023年度).

    The line is led by its period label (跟踪时段, 监控期间 | 2023年全年), and the
    year's-end word follows it. A row whose period word is only a later column's
    header (年度总体目标 | 预期目标 | 跟踪期实际完成情况: the goal block's) says
    nothing of the period (r35i: its 年度 put every 2024年…绩效跟踪表 naming no
    months at 12-31, with 100% 序时进度).

    Example:
        >>> _year_end_line(_Row(("跟踪时段：2023年度",), 1, ((0, "跟踪时段：2023年度"),), ""))
        True
        >>> cells = ((0, "年度总体目标"), (1, "预期目标"), (4, "跟踪期实际完成情况"))
        >>> _year_end_line(_Row(("",), 1, cells, ""))
        False
    """
    first = _period_key(_key(row.filled[0][1]))
    label, colon, own = first.partition(":")
    if not _names_a_period(label):
        return False
    said = [own if colon else first]  # 跟踪时段（2023年度）: the label and its value
    said.extend(_period_key(_key(text)) for _, text in row.filled[1:])
    # 上半年度, 半年度: half a year, not its end (r37l: 2024年上半年度 was the whole year)
    said = [part.replace("半年度", "半年") for part in said]
    return any(word in part for part in said for word in _YEAR_END_WORDS)


def _joined_period(row: _Row) -> _Row:
    """A period line whose dates stand in cells of their own, as one cell after the label.

    跟踪时段 | 2024-01-01 | 至 | 2024-06-30 and 跟踪时段 | 2024-01-01 | 2024-06-30 (no range
    word: the two dates are its ends) read as 跟踪时段 | 2024-01-01至2024-06-30; any other
    row is returned as it is.
    """
    label, *rest = row.filled
    dates = [(column, text) for column, text in rest if _key(text) not in _RANGE_WORDS]
    if len(dates) != 2 or not all(_ONE_DATE_RE.fullmatch(_key(text)) for _, text in dates):  # noqa: PLR2004
        return row
    text = f"{dates[0][1]}至{dates[1][1]}"
    filled = (label, (dates[0][0], text))
    return _Row(row.cells, row.at, filled, label[1] + text)


def _period_cells(row: _Row) -> _Row | None:
    """A period line's label and dates, without the fields printed after them, or None.

    ``监控时段 | 2024-01-01 | 至 | 2024-06-30 | 填报日期 | 2024-07-10`` is cut to its
    first four cells: the dates run from the label while the cells hold a digit or a range
    word. None unless that run is two dates (a range word between them or not) and
    something follows them.

    Example:
        >>> cells = ("监控时段", "2024-01-01", "至", "2024-06-30", "金额单位", "万元")
        >>> row = _Row(cells, 1, tuple(enumerate(cells)), "".join(cells))
        >>> [text for _, text in _period_cells(row).filled]
        ['监控时段', '2024-01-01', '至', '2024-06-30']
    """
    end = dates = 1
    for _, text in row.filled[1:]:
        if _key(text) not in _RANGE_WORDS:
            if not any(char.isdigit() for char in text):
                break
            dates += 1
        end += 1
    if dates != 3 or end == len(row.filled) or end > 4:  # noqa: PLR2004 - label, 2 dates, 至
        return None
    filled = row.filled[:end]
    return _Row(row.cells, row.at, filled, "".join(text for _, text in filled))


# A title's window in words: 上半年 and 半年度 end in June, the Nth quarter (前三季度,
# 第2季度) in its last month; 下半年 and 四季度 are the year's end.
_TITLE_HALF_YEAR: Final = ("上半年", "半年度")
_QUARTER_RE: Final = re.compile(r"([一二三四1-4])季度")
_SINGLE_MONTH_RE: Final = re.compile(r"(?:19|20)\d{2}年(\d{1,2})月(?!\d)")
_QUARTERS: Final = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _title_window(builder: _Builder, key: str) -> None:
    """The window a title names in words or up to a date: 2023年上半年…跟踪表, （截至8月底）."""
    if (
        builder.window_month is not None
        or builder.period is not None
        or builder.kind in (TableKind.SELF_EVALUATION, TableKind.TARGET)  # a year's tables
    ):
        return
    if "截" in key and (until := _UNTIL_RE.search(key)) is not None:
        if 1 <= (until_month := int(until.group("month"))) <= 12:  # noqa: PLR2004
            builder.window_month = until_month
        return
    if (
        "月" in key
        and builder.kind is TableKind.TRACKING
        and not any(word in key for word in _RANGE_WORDS)
    ):
        # 2023年8月项目绩效监控表: the month the table stands at (a date in another title
        # may be when it was filled in)
        single = _SINGLE_MONTH_RE.search(key)
        if single is not None and 1 <= int(single.group(1)) <= 12:  # noqa: PLR2004
            builder.window_month = int(single.group(1))
            return
    quarter = _QUARTER_RE.search(key) if "季度" in key else None
    ends = 3 * _QUARTERS[quarter.group(1)] if quarter is not None else None
    if "下半年" in key or ends == 12:  # noqa: PLR2004 - the fourth quarter ends the year
        builder.year_end = True
    elif ends is not None:
        builder.window_month = ends
    elif any(word in key for word in _TITLE_HALF_YEAR):
        builder.window_month = 6


def _window_line(builder: _Builder, row: _Row, key: str, text: str) -> bool:
    """A line of nothing but dates naming months (（2024年1-6月）, （2024.1—2024.8））: the window."""
    return (
        len(row.filled) == 1
        and len(key) <= 24  # noqa: PLR2004 - （2024年1月—2024年8月）
        and _DATES_ONLY_RE.fullmatch(key) is not None
        and _find_window(builder, key, text)
    )


# A line of its own naming the date the table stands at: （截至2026年9月30日）,
# 截至2026年9月底, 截止到2026.9.30.
_UNTIL_LINE_RE: Final = re.compile(
    r"[(\[]?截[至止](?:到|至)?(?P<y>(?:19|20)\d{2})(?:年(?P<m>\d{1,2})月(?:\d{1,2}日|底|末)?"
    r"|[-./](?P<m2>\d{1,2})(?:[-./]\d{1,2})?)[)\]]?"
)


def _until_line(builder: _Builder, row: _Row, key: str) -> bool:
    """A line of its own above the grid up to a date (（截至2026年9月30日））: the window.

    The window runs from the year's January to that month, as a title's ``（截至8月底）``
    does; a labelled period line or a title's months read before win. A date in a year
    after the table's (``截至2027年1月31日`` under a 2026 title) puts the table at its
    year's end.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> builder.year = 2026
        >>> row = _Row(("（截至2026年9月30日）",), 1, ((0, "（截至2026年9月30日）"),), "")
        >>> _until_line(builder, row, _key(row.cells[0])), builder.window_month
        (True, 9)
    """
    if len(row.filled) != 1 or builder.grid is not None:
        return False
    if builder.kind in (TableKind.SELF_EVALUATION, TableKind.TARGET):
        return False  # a year's table: 截至… is the date it was filled in, not its window
    match = _UNTIL_LINE_RE.fullmatch(key)
    if match is None:
        return False
    year, month = int(match.group("y")), int(match.group("m") or match.group("m2"))
    if not 1 <= month <= 12:  # noqa: PLR2004
        return False
    if builder.period is None and builder.window_month is None:
        if builder.year is not None and year > builder.year:
            builder.year_end = True
        elif builder.year is None or year == builder.year:
            builder.window_month = month
            builder.year = year
    return True


# A label naming the table's year (评价年度 | 2024), and the bare year it is followed by.
_YEAR_LABEL_RE: Final = re.compile(
    r"(?:评价|所属|预算|项目|绩效|自评|填报|监控|跟踪|考核|实施|资金)?年(?:度|份)"
)
_BARE_YEAR_RE: Final = re.compile(r"((?:19|20)\d{2})(?:年度?)?")


def _read_year_label(builder: _Builder, row: _Row) -> bool:
    """评价年度 | 2024, 所属年度：2024年度: the table's year (a year line without 年 or brackets).

    Also beside other labels (项目名称 | 示例 | 评价年度 | 2024): the year is read, and the
    row is left to them (False); a row of the label and its year alone is done (True).
    """
    cells = row.filled
    for position, (_, text) in enumerate(cells):
        if "年" not in text:
            continue  # both labels hold 年 (_key and _label never add one): 351.00, 项目名称
        label = _label(text)
        pair = label.split(":", 1) if ":" in label else None
        if pair is not None and _YEAR_LABEL_RE.fullmatch(pair[0]):
            year = _BARE_YEAR_RE.fullmatch(_period_key(pair[1]))  # 二〇二四年度 too
        elif _YEAR_LABEL_RE.fullmatch(label) and position + 1 < len(cells):
            year = _BARE_YEAR_RE.fullmatch(_period_key(_key(cells[position + 1][1])))
        else:
            continue
        if year is not None:
            builder.year = int(year.group(1))
            return len(cells) <= (1 if pair is not None else 2)
    return False


_WindowState = tuple[int | None, bool, int | None]


def _window_state(builder: _Builder) -> _WindowState:
    """What a line may say of the table's period: its window's month, year's end, year."""
    return builder.window_month, builder.year_end, builder.year


def _note_period_text(
    builder: _Builder, before: _WindowState, text: str, at: Position | None = None
) -> None:
    """Keep *text* as the period's printed text if it changed the window or gave the year.

    Its cell *at* is kept with it, as the period's (``Table.cells``).

    A period read whole (``跟踪时段：2025年1-9月``) keeps its own text; a window in words
    or up to a date (``跟踪时段：2025年上半年``, ``（截至2025年9月30日）``), a year's end or a
    year line (``（2024年度）``) leave the line here, for the period built from them
    (read57 L: before, its text was empty).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> before = _window_state(builder)
        >>> builder.window_month = 6
        >>> _note_period_text(builder, before, "跟踪时段：2025年上半年")
        >>> builder.period_text
        '跟踪时段：2025年上半年'
    """
    if builder.period is not None:
        return
    window, year_end, year = before
    if (builder.window_month, builder.year_end) != (window, year_end) or (
        year is None and builder.year is not None and not builder.period_text
    ):
        builder.period_text = text.strip()
        builder.place("period", at)


def _read_period(builder: _Builder, row: _Row) -> bool:
    """跟踪时段：（ 2023-1月 至 2023-8月 ）, or a year line (（2023年度）).

    The line's text is kept for the period it gives (:func:`_note_period_text`).
    """
    before = builder.window_month, builder.year_end, builder.year  # _window_state, inline
    period = builder.period
    if not _read_period_line(builder, row):
        return False
    at = builder.position(row, _period_column(row))
    if builder.period is not period:  # read whole: 跟踪时段：2023-1月 至 2023-8月
        builder.place("period", at)
    if builder.period is not period or (builder.window_month, builder.year_end) != before[:2]:
        builder.period_row = row  # the line that set the window (period-title-mismatch)
    _note_period_text(builder, before, " ".join(text for _, text in row.filled), at)
    return True


def _period_column(row: _Row) -> int:
    """The cell of a period line that holds its dates: the first with a figure in it.

    ``跟踪时段 | 2024年1-8月``: the second; ``跟踪时段：2024年1-8月``, ``（2023年度）``: the
    one; a line of words alone (跟踪时段 | 上半年): its first cell with a 年, 月 or 季.
    """
    for column, text in row.filled:
        if any(char.isdigit() for char in text):
            return column
    for column, text in row.filled:
        if "年" in text or "月" in text or "季" in text:
            return column
    return row.filled[0][0]


def _read_period_line(builder: _Builder, row: _Row) -> bool:
    """The reading of :func:`_read_period`: True when *row* was a period or year line."""
    if (
        builder.grid is None
        and ("年度" in row.text or "年份" in row.text)
        and _read_year_label(builder, row)
    ):
        return True
    if len(row.filled) >= 3:  # noqa: PLR2004 - a period line has few cells
        # 跟踪时段 | 2024-01-01 | 至 | 2024-06-30: the dates in cells of their own
        spread = ("期" in row.text or "时段" in row.text) and _names_a_period(
            _key(row.filled[0][1])
        )
        if spread and (cut := _period_cells(row)) is not None:
            # … | 填报日期 | 2024-07-10 after the dates: another field, read by the caller
            # (read56 H7: before, the whole row was passed over and the period lost)
            if not _read_period(builder, cut):
                return False
            if "单位" in row.text:  # … | 金额单位 | 万元
                _read_amount_unit(builder, row)
            return True
        spread = spread and len(row.filled) <= 5  # noqa: PLR2004
        if spread:
            row = _joined_period(row)
        elif len(row.filled) > 3:  # noqa: PLR2004
            return False
    if _words_line(builder, row):
        return True  # （2024年上半年）, 第三季度 on a line of its own under the title
    joined = row.text  # a word no cell holds may still span two: then test cell by cell
    if (
        builder.period is None
        and builder.grid is None  # above the grid: an indicator may be a 截止时间 of its own
        and ("点" in joined or "日期" in joined or "时间" in joined)
        and _read_point(builder, _period_key(_key(joined)))
    ):
        if "单位" in joined:  # 监控时点：2024年8月31日 | 金额单位：万元, as beside 跟踪时段
            _read_amount_unit(builder, row)
        return True
    # 期 stands for 期间, 跟踪期, 监控期…: cheap tests before the patterns
    if ("年" not in joined and "时段" not in joined and "期" not in joined) or not any(
        "年" in t or "时段" in t or "期" in t for _, t in row.filled
    ):
        # （2024.1—2024.8）: a window of its own under the title, written with dots;
        # （截止到2026.9.30）, 截至2026-09-30: a date the table stands at
        return ("." in joined and _window_line(builder, row, _key(joined), joined)) or (
            "截" in joined and _until_line(builder, row, _key(joined))
        )
    text = " ".join(text for _, text in row.filled)
    key = _period_key(_key(text))  # 1－9月, 二〇二五年一月至九月, 1-3季度 as figures and months
    names_period = _names_a_period(key)
    if names_period and _year_end_line(row):
        builder.year_end = True  # 跟踪时段：2023年度, 监控期间：2023年全年
        if (
            len(row.filled) == 2  # noqa: PLR2004 - 监控期间 | 2024年全年: the label, the year
            and (whole := _WHOLE_YEAR_RE.fullmatch(_period_key(_key(row.filled[1][1]))))
            and builder.year in (None, int(whole.group("year")))
        ):
            builder.year = int(whole.group("year"))  # r35i: the year was lost, no period
            return True
    if names_period and (match := _PERIOD_DATES_RE.search(key) or _PERIOD_RE.search(key)):
        period = _period_of(match, text)
        if period is not None:
            builder.period = period
            builder.year = period.start.year
            _invalid_day(builder, row, match)
            if "单位" in joined:  # 监控期：2025年1-6月 | 金额单位：万元
                _read_amount_unit(builder, row)
            return True
    worded = "半年" in key or "季" in key
    if names_period and worded and _period_words(builder, row):
        return True  # 2024年上半年（1-6月）: the words and their months, agreeing (r35m)
    # 跟踪时段：1-8月 without a year: the window of the title's year (as 1-7月 headers);
    # not months beside words they disagree with (上半年（1-7月）: period-unread, r35m)
    if (
        names_period
        and not worded
        and (match := _MONTHS_RE.search(key))
        and match.group("m1") in ("1", "01")
        and 1 <= int(match.group("m2")) <= 12  # noqa: PLR2004
    ):
        builder.window_month = int(match.group("m2"))
        return True
    if _window_line(builder, row, key, text):
        return True  # a line of its own under the title: （2024年1-6月）
    if "截" in key and _until_line(builder, row, key):
        return True  # （截至2026年9月30日） under a title with no months
    if _period_words(builder, row):
        return True  # 跟踪时段：上半年, 第二季度, 截至6月底, 1月1日至6月30日
    if ("学年" in key or "学期" in key) and names_period:
        label = _LABEL_COLON_RE.split(_clean(text), maxsplit=1)
        source = f"{label[0].strip()}“{label[-1].strip()}”" if len(label) > 1 else f"“{text}”"
        if _school_year(builder, key, text, source, builder.position(row, _period_column(row))):
            return True  # 跟踪时段：2024-2025学年 (r36o: period-unread)
    _period_unread(builder, row)
    if len(row.filled) == 1:
        year_key = key
    else:
        # 填报单位：某区教育局 | （2023年度） | 金额单位：万元: the standard line under the
        # title of central and provincial tables, the year beside the unit notes
        year_cells = [
            key
            for _, t in row.filled
            if "单位" not in t and (key := _period_key(_key(t))) not in _MONEY_UNITS
        ]
        if len(year_cells) != 1:
            return False
        year_key = year_cells[0]
    if (
        len(year_key) <= 16  # noqa: PLR2004
        and (match := _YEAR_RE.search(year_key))
        and ("年度" in year_key or year_key.startswith(("(", "（")))
    ):
        builder.year = int(match.group("year"))
        if len(row.filled) == 1:
            _read_report_heading(builder, year_key)  # 2024年度项目支出绩效自评报告
        if "单位" in joined:  # （2023年度）　金额单位：元
            _read_amount_unit(builder, row)
        return True
    return False


# A labelled period in words or days, up to a month of the title's year (or its own):
# 上半年, 第二季度, 前三季度, 截至6月底, 1月1日至6月30日, 2025年上半年; 上半年度,
# 前半年, 前两季度, 前三个季度 (r37l: 上半年度 was the whole year, the others unread).
_PERIOD_WORDS_RE: Final = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})年度?)?(?:"
    r"(?P<half>[上前]半年度?|半年度?)"
    r"|(?P<second>下半年度?)"
    r"|前?第?(?P<quarter>[一二三四1-4]|(?<=前)两)个?季度(?:末)?"
    r"|[Qq](?P<q>[1-4])"
    r"|(?P<qyear>(?:19|20)\d{2})[Qq](?P<q2>[1-4])"
    r"|截[至止]到?(?:(?P<uyear>(?:19|20)\d{2})年)?(?P<until>\d{1,2})月(?:底|末|\d{1,2}日)?"
    r"|截[至止]到?(?P<dyear>(?:19|20)\d{2})[-./](?P<dmonth>\d{1,2})(?:[-./]\d{1,2})?"
    r"|1月(?:(?P<fday>\d{1,2})日)?(?:至|到|-|~|—)(?P<to>\d{1,2})月(?:底|末|\d{1,2}日)?"
    r"|(?P<eyear>(?:19|20)\d{2})(?:年(?P<emonth>\d{1,2})月(?P<eday>\d{1,2})日?"
    r"|[-./](?P<emonth2>\d{1,2})[-./](?P<eday2>\d{1,2}))"
    r")"
)


def _month_days(year: int, month: int) -> int:
    """The days of *month* in *year* (2024, 2 → 29).

    Example:
        >>> _month_days(2024, 2), _month_days(2023, 2), _month_days(2024, 6)
        (29, 28, 30)
    """
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


# A year, then the words of a period in brackets: 2024年度（上半年）, 2024年（前三季度）.
_YEAR_THEN_WORDS_RE: Final = re.compile(
    r"^(?P<year>(?:19|20)\d{2}年度?)[(（](?P<words>[^()（）月]*(?:半年|季度)[^()（）月]*)[)）]$"
)


def _period_words(builder: _Builder, row: _Row) -> bool:
    """A labelled period line in words (跟踪时段：上半年): the window up to its last month.

    The months run from January, as the title's words do: 上半年 and 半年度 to June,
    the Nth quarter to its last month (第二季度, 二季度: January to June, the
    tracking tables' figures being cumulative), 截至6月底 and 1月1日至6月30日 to June;
    下半年 and 四季度 are the year's end. The year is the line's own
    (2025年上半年) or the title's.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> row = _Row(("跟踪时段：第二季度",), 1, ((0, "跟踪时段：第二季度"),), "")
        >>> _period_words(builder, row), builder.window_month
        (True, 6)
    """
    if builder.grid is not None or builder.period is not None or builder.window_month is not None:
        return False
    _, first = row.filled[0]
    label, _, own = _key(first).partition(":")
    if not (_names_a_period(label) and any(word in label for word in _REPORT_PERIOD_WORDS)):
        return False
    said = "".join([own, *(_key(text) for _, text in row.filled[1:])])
    # 二〇二五年前三季度, 2025年第三季度（7－9月）; a bracket closing one opened inside
    # (上半年（1-6月）) kept (r35m)
    said = _period_key(_unbracket(said))
    # 2024年度（上半年）: the year, then its words in brackets (r37l: the whole year)
    said = _YEAR_THEN_WORDS_RE.sub(r"\g<year>\g<words>", said)
    if _quarter_window(builder, row, said):
        return True
    said = _words_beside_months(said)  # 2024年上半年(1月1日-6月30日): the words, agreeing
    match = _PERIOD_WORDS_RE.fullmatch(said)
    if match is None:
        return False
    read = _words_month(match)
    if read is None:
        return False
    month, year = read
    if year is not None:
        if builder.year is not None and builder.year != int(year):
            return False  # another year's months than the title's: left to period-unread
        builder.year = int(year)
    if month == 12:  # noqa: PLR2004
        builder.year_end = True
    else:
        builder.window_month = month
    return True


def _unbracket(text: str) -> str:
    """*text* without the brackets around it, keeping a pair opened inside.

    Example:
        >>> (
        ...     _unbracket("（2024年上半年）"),
        ...     _unbracket("上半年（1-6月）"),
        ...     _unbracket("（上半年（1-6月））"),
        ... )
        ('2024年上半年', '上半年（1-6月）', '上半年（1-6月）')
    """
    text = text.lstrip("(（")
    while text.endswith((")", "）")) and (
        text.count("(") + text.count("（") < text.count(")") + text.count("）")
    ):
        text = text[:-1]
    return text


def _words_month(match: re.Match[str]) -> tuple[int, str | None] | None:
    """The last month and the year (if any) a match of :data:`_PERIOD_WORDS_RE` names.

    Example:
        >>> _words_month(_PERIOD_WORDS_RE.fullmatch("2024年上半年"))
        (6, '2024')
        >>> _words_month(_PERIOD_WORDS_RE.fullmatch("1月1日-6月30日"))
        (6, None)
    """
    if match.group("second"):
        month = 12
    elif match.group("half"):
        month = 6
    elif quarter := match.group("quarter"):
        month = 3 * _QUARTERS[quarter]
    elif quarter := match.group("q") or match.group("q2"):
        month = 3 * int(quarter)  # 2025年Q1, 2025Q1, Q1: as 第一季度
    elif (end := match.group("emonth") or match.group("emonth2")) is not None:
        # 跟踪时段：2024年6月30日, one date that ends its month: the point the table stands
        # at, as 截至2024年6月30日 (r35i: it was period-unread); another day (2024年7月10日,
        # a 填报日期 put in the wrong cell?) is not guessed
        month = int(end)
        day = int(match.group("eday") or match.group("eday2"))
        if not 1 <= month <= 12 or day != _month_days(int(match.group("eyear")), month):  # noqa: PLR2004
            return None
    else:
        month = int(match.group("until") or match.group("to") or match.group("dmonth"))
        # 1月15日至6月30日: from January, the day said by period-start-mid-month once a
        # year is known (r36k: it was period-unread); a day January lacks is not read
        if (first := match.group("fday")) is not None and not 1 <= int(first) <= 31:  # noqa: PLR2004
            return None
    if not 1 <= month <= 12:  # noqa: PLR2004
        return None
    # 截至2025年4月30日, 截止到2025.4.30, 2025Q1: the year inside the words
    years = match.group("year", "qyear", "uyear", "dyear", "eyear")
    return month, next((y for y in years if y is not None), None)


# Words of a period, then its months in brackets: 2024年上半年(1月1日-6月30日), 前三季度(1-9月).
_WORDS_BESIDE_MONTHS_RE: Final = re.compile(r"(?P<words>[^()]+)\((?P<months>[^()]+)\)")


def _words_beside_months(said: str) -> str:
    """A period in words with its months beside it, as the words when the two agree.

    ``2024年上半年（1月1日-6月30日）``, ``上半年（1-6月）``, ``前三季度（1-9月）``,
    ``第二季度（2024年1月-2024年6月）``: the months from January to the words' last month
    say the same as the words (r35m: the line was ``period-unread``, no date). Months
    that disagree (``上半年（1-7月）``), or another year, are left as printed (to
    ``period-unread``). *said* is keyed (ASCII brackets).

    Example:
        >>> (
        ...     _words_beside_months("2024年上半年(1月1日-6月30日)"),
        ...     _words_beside_months("上半年(1-7月)"),
        ... )
        ('2024年上半年', '上半年(1-7月)')
    """
    match = _WORDS_BESIDE_MONTHS_RE.fullmatch(said)
    if match is None:
        return said
    words, months = match.group("words"), match.group("months")
    named = _PERIOD_WORDS_RE.fullmatch(words)
    read = _words_month(named) if named is not None else None
    if read is None:
        return said
    month, year = read
    if (inner := _PERIOD_WORDS_RE.fullmatch(months)) is not None:
        inner_read = _words_month(inner)  # 1月1日-6月30日, 1月-6月
        if inner_read is None or not inner.group("to"):
            return said
        end, own = inner_read
    elif (inner := _MONTHS_RE.fullmatch(months) or _PERIOD_RE.fullmatch(months)) is not None:
        if int(inner.group("m1")) != 1:  # 1-6月, 2024年1月-2024年6月
            return said
        end = int(inner.group("m2"))
        groups = inner.groupdict()
        own = groups.get("y2") or groups.get("y1")
        if groups.get("y1") not in (None, own):
            return said  # 2023年1月-2024年6月
    else:
        return said
    if end != month or (own is not None and year is not None and own != year):
        return said
    return words if year is not None or own is None else f"{own}年{words}"


# A line of its own under the title naming the window in words: （2024年上半年）, 第三季度,
# （2024年前三季度）, 2024年第二季度, （下半年）.
_WORDS_LINE_RE: Final = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})年度?)?"
    r"(?:(?P<half>上半年度?|半年度?)|(?P<second>下半年度?)|前?第?(?P<quarter>[1-4])季度(?:末)?)"
)


def _words_line(builder: _Builder, row: _Row) -> bool:
    """A line of nothing but a half-year or a quarter above the grid: the window to its end.

    Read as a labelled line's words are (:func:`_period_words`): from January, 上半年 to
    June, the Nth quarter to its last month, 下半年 and 四季度 the year's end; the year is
    the line's own or the title's. A line in brackets (``（2024年上半年）``) was read as a
    year line, the whole year, and a bare one (``第三季度``) passed over, so that a table
    of June or September was judged at 12-31 with 100% 序时进度 (r35i). A year other than
    the title's is left as before (a year line, no window).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> row = _Row(("（2024年上半年）",), 1, ((0, "（2024年上半年）"),), "")
        >>> _words_line(builder, row), builder.year, builder.window_month
        (True, 2024, 6)
    """
    if (
        len(row.filled) != 1
        or builder.grid is not None
        or builder.period is not None
        or builder.window_month is not None
        or builder.year_end
        or builder.kind in (TableKind.SELF_EVALUATION, TableKind.TARGET)  # a year's tables
    ):
        return False
    text = row.filled[0][1]
    if "年" not in text and "季" not in text:
        return False
    # 上半年（1月1日-6月30日）: the words, when their months agree (r36k: it was unread)
    said = _words_beside_months(_unbracket(_period_key(_key(text)).strip("[]【】")))
    match = _WORDS_LINE_RE.fullmatch(said)
    if match is None:
        return False
    own = match.group("year")
    if own is not None:
        if builder.year is not None and builder.year != int(own):
            return False  # another year than the title's: not guessed
        builder.year = int(own)
    if match.group("half"):
        month = 6
    elif quarter := match.group("quarter"):
        month = 3 * int(quarter)
    else:
        month = 12
    if month == 12:  # noqa: PLR2004 - 下半年, 第四季度: the year's end
        builder.year_end = True
    else:
        builder.window_month = month
    return True


# 2025年第三季度(7-9月): a quarter with its own months, the window of that quarter alone.
_QUARTER_MONTHS_RE: Final = re.compile(
    r"(?P<year>(?:19|20)\d{2})?年?度?第?(?P<quarter>[一二三四1-4])季度"
    r"\((?P<m1>\d{1,2})(?:月)?[-—–~至到](?P<m2>\d{1,2})月\)?"
)


def _quarter_window(builder: _Builder, row: _Row, said: str) -> bool:
    """跟踪时段：2025年第三季度（7-9月）: that quarter's months, a window of its own.

    The months printed beside the quarter say its figures are the quarter's, not the
    year's to date: the period is those months (scored as a window that does not start
    in January, see scoring.md), January's quarter the months from January. Without a
    year (the line's or the title's), or months that are not the quarter's, the line is
    left to ``period-unread`` (regress61: no window 2–3× too long is guessed).
    """
    match = _QUARTER_MONTHS_RE.fullmatch(said)
    if match is None:
        return False
    last = 3 * _QUARTERS[match.group("quarter")]
    first, end = int(match.group("m1")), int(match.group("m2"))
    own = match.group("year")
    year = int(own) if own is not None else builder.year
    if (first, end) != (last - 2, last) or year is None:
        return False
    if builder.year is not None and builder.year != year:
        return False  # another year's quarter than the title's: left to period-unread
    builder.year = year
    if first == 1:
        builder.window_month = end
    else:
        text = _clean(row.filled[0][1])
        builder.period = Period(YearMonth(year, first), YearMonth(year, end), text=text)
    return True


# A school year of two years in a row, a term perhaps (2024-2025学年, 2024—2025学年第一学期,
# 2024至2025学年上学期, 2024-2025年第二学期, r37l): no months printed. Or a term of one
# year's season (2025年春季学期, 2024年秋季学期, r37c), a school year named by its first
# year (2024学年第一学期, 2024学年度: the year from September 2024, r37l), or, on a period
# line, a term alone (第二学期, of the title's school year or year, r37l).
_TERMS: Final = "第一学期|上学期|秋季学期|第二学期|下学期|春季学期"
_SCHOOL_YEAR_RE: Final = re.compile(
    rf"(?P<first>(?:19|20)\d{{2}})年?(?:-|~|至|到)(?P<second>(?:19|20)\d{{2}})"
    rf"(?:年?(?:度)?学年(?:度)?(?P<term>{_TERMS})?|年(?:度)?(?P<yterm>{_TERMS}))"
    r"|(?P<year>(?:19|20)\d{2})年(?:度)?(?:的)?(?P<season>春季|秋季|春|秋)学期"
    rf"|(?P<syear>(?:19|20)\d{{2}})学年(?:度)?(?P<sterm>{_TERMS})?"
    rf"|(?<![\d年度])(?P<bare>{_TERMS})"
)
_SECOND_TERMS: Final = ("第二学期", "下学期", "春季学期")
# The months a term prints after it, without a year: 第二学期（2月-8月）, 第一学期(9月至次年1月).
_TERM_MONTHS_RE: Final = re.compile(
    r"^\(?(?P<m1>\d{1,2})月?(?:份)?(?:-|~|至|到)(?:次年)?(?P<m2>\d{1,2})月(?:份)?\)?"
)


def _title_school_year(builder: _Builder, key: str) -> None:
    """Keep the school year a title names, and its term (``2024-2025学年第二学期…``, r37l).

    For a period line printing the term's months (``跟踪时段：2025年2月-8月``) or naming
    the term alone (``跟踪时段：第二学期（2月-8月）``).
    """
    found = _SCHOOL_YEAR_RE.search(key.replace("—", "-").replace("–", "-"))
    if found is None or found.group("bare") is not None:
        return
    read = _school_year_of(builder, found)
    if read is not None:
        builder.title_school_year, builder.title_term = read


def _term_of_title(builder: _Builder, period: Period) -> Period:
    """*period*, printed on a line under a title naming a school term, as that term.

    ``2024-2025学年第二学期…跟踪表`` over ``跟踪时段：2025年2月-8月``: the printed months
    win over the assumed ones, and they are the term's window (:func:`is_school_term`,
    r37l: before, a window not from January, with no as-of date, and
    ``period-title-mismatch`` for the assumed July). A title naming the school year
    alone (``2024-2025学年…``) makes a term of printed months that are one. The months
    must lie in the title's school year and, for a named term, be that term's; else
    ``period-title-mismatch`` says so and the line's window is read as it always was.
    """
    first, term = builder.title_school_year, builder.title_term
    if first is None or is_school_term(period) or builder.period_row is None:
        return period
    second = term in _SECOND_TERMS
    named = term or ("第二学期" if period.start.month < 8 else "第一学期")  # noqa: PLR2004
    as_term = evolve(period, term=named)
    inside = YearMonth(first, 8) <= period.start and period.end <= YearMonth(first + 1, 8)
    if (
        is_school_term(as_term) and inside and (term is None or second == (period.start.month < 8))  # noqa: PLR2004
    ):
        return as_term
    if term is not None and builder.school_year is not None:
        assumed = builder.school_year[0]
        row = builder.period_row
        if period.start == assumed.start and period.end < assumed.end:
            # 跟踪时段：2025年2月-5月 under a 第二学期 title: the term to a date inside it,
            # as of that date, 序时进度 by the term's months (r37o: a window of no date)
            return _term_to_date(builder, evolve(as_term, term_end=assumed.end), row)
        value = _LABEL_COLON_RE.split(_clean(" ".join(t for _, t in row.filled)), maxsplit=1)
        builder.finding(
            "period-title-mismatch",
            Severity.WARNING,
            f"跟踪时段“{value[-1].strip()}”与标题“{builder.title}”的{term}（"
            f"{assumed.start.year}年{assumed.start.month}月至{assumed.end.year}年"
            f"{assumed.end.month}月）不符，按跟踪时段评价",
            builder.where(row, row.filled[0][0]),
        )
    return period


def _term_to_date(builder: _Builder, period: Period, row: _Row) -> Period:
    """*period*, the months of a term tracked to a date inside it, said to be read so (r37o).

    ``period-term-to-date`` (info) at the period's cell: the line's months start with
    the term the title names and end before its (assumed) end, so the table stands at
    the line's last month: as of its end, 序时进度 the share of the term's months gone,
    a target with no date due at the term's end. Before, a window not from January, of
    no date (``period-not-cumulative``, ``period-title-mismatch``).
    """
    assert period.term_end is not None  # noqa: S101 - set by the caller
    start, end, term_end = period.start, period.end, period.term_end
    months = (term_end.year - start.year) * 12 + term_end.month - start.month + 1
    value = _LABEL_COLON_RE.split(_clean(" ".join(t for _, t in row.filled)), maxsplit=1)
    builder.finding(
        "period-term-to-date",
        Severity.INFO,
        f"跟踪时段“{value[-1].strip()}”止于标题“{builder.title}”的{period.term}"
        f"（{start.year}年{start.month}月至{term_end.year}年{term_end.month}月）之内，"
        f"按学期至{end.year}年{end.month}月末评价：序时进度按学期（{months}个月）内已过月数计，"
        "未写日期的指标以学期末为限",
        builder.where(row, row.filled[0][0]),
    )
    return period


def _school_year_of(builder: _Builder, found: re.Match[str]) -> tuple[int, str | None] | None:
    """The first calendar year of the school year *found* names, and its term, or None.

    A term alone (``第二学期``) is of the title's school year (``2024-2025学年…跟踪表``)
    or, failing one, of the table's year (the second term in it, the first from it).
    """
    if found.group("year") is not None:
        # 2025年春季学期: the spring term of 2025; 2024年秋季学期: the autumn term from 2024
        spring = found.group("season").startswith("春")
        return int(found.group("year")) - spring, "春季学期" if spring else "秋季学期"
    if found.group("syear") is not None:
        return int(found.group("syear")), found.group("sterm")  # 2024学年第一学期
    if (term := found.group("bare")) is not None:
        if builder.title_school_year is not None:
            return builder.title_school_year, term
        if builder.year is None:
            return None
        return builder.year - (term in _SECOND_TERMS), term
    first = int(found.group("first"))
    if int(found.group("second")) != first + 1:
        return None
    return first, found.group("term") or found.group("yterm")


def _school_year(  # noqa: PLR0913 - the line, where it is, and whether a whole year is read
    builder: _Builder,
    key: str,
    text: str,
    source: str,
    at: Position | None,
    *,
    whole: bool = True,
) -> bool:
    """Read a school year named without months (``2024-2025学年``) as its usual months.

    A Chinese 学年 runs from September to the next summer: the whole year is read as
    2024-09..2025-08, twelve months and so a project year (r36c's rule, its deadlines of
    no year inside it). A term is its own window (r37c, :func:`is_school_term`): a
    first term (``第一学期``, ``上学期``, ``秋季学期``, ``2024年秋季学期``) 2024-09..2025-01,
    a second term (``第二学期``, ``下学期``, ``春季学期``, ``2025年春季学期``)
    2025-02..2025-07, the usual months (the summer holiday from July's middle). Unless
    *whole*, a whole year is not read (a title's ``2024-2025学年`` is no window, as
    ``2024年…跟踪表`` is none), nor a term alone (on a line only: ``第二学期``, of the
    title's school year or year, r37l). ``period-school-year`` (info, at the build) says
    the months were assumed (r36o: before, ``period-missing`` or ``period-unread``), for a
    term ``period-school-term`` (r37c: a second term was not read, a first term was a
    window of no date). Months printed after the term (``第二学期（2月-8月）``) are read
    instead, with no note, when they are a term's (r37l: they were dropped for the
    assumed ones, or the line was unread). True when a period was read.

    >>> b = _Builder.__new__(_Builder)
    >>> b.period = b.year = b.school_year = b.title_school_year = None
    >>> _school_year(b, "2024-2025学年第一学期", "2024-2025学年第一学期", "x", None), b.period
    (True, Period(start=YearMonth(year=2024, month=9), end=YearMonth(year=2025, month=1)))
    >>> line = "2024-2025学年第二学期(2月-8月)"
    >>> _school_year(b, line, line, "x", None), b.period
    (True, Period(start=YearMonth(year=2025, month=2), end=YearMonth(year=2025, month=8)))
    """
    found = _SCHOOL_YEAR_RE.search(key.replace("—", "-").replace("–", "-"))
    if found is None or (found.group("bare") is not None and not whole):
        return False
    read = _school_year_of(builder, found)
    if read is None:
        return False
    first, term = read
    if term is None and not whole:
        return False
    if term is None:
        period = Period(YearMonth(first, 9), YearMonth(first + 1, 8), text=text)
    elif term in _SECOND_TERMS:
        period = Period(YearMonth(first + 1, 2), YearMonth(first + 1, 7), text=text)
    else:
        period = Period(YearMonth(first, 9), YearMonth(first + 1, 1), text=text)
    printed = (
        _TERM_MONTHS_RE.match(key.replace("—", "-").replace("–", "-")[found.end() :])
        if term is not None
        else None
    )
    if printed is not None:
        # 第二学期（2月-8月）: the term's printed months win over the usual ones (r37l)
        m1, m2 = int(printed.group("m1")), int(printed.group("m2"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):  # noqa: PLR2004
            return False
        year = period.start.year
        period = Period(YearMonth(year, m1), YearMonth(year + (m2 < m1), m2), text=text)
        if not is_school_term(period):
            return False  # 第二学期（2月-12月）: no term's months, left unread
    builder.period = period
    builder.year = period.start.year
    if printed is None:
        builder.school_year = (period, source, term or "学年", at)
    return True


def _note_school_year(builder: _Builder, period: Period) -> None:
    """``period-school-year``: the months of a school year read without them, assumed."""
    said = builder.school_year
    if said is None or said[0] is not period:
        return
    _, source, term, at = said
    start, end = period.start, period.end
    months = f"{start.year}年{start.month}月至{end.year}年{end.month}月"
    if is_school_term(period):
        # 2024-2025学年第二学期: the term is the table's window (r37c)
        builder.finding(
            "period-school-term",
            Severity.INFO,
            f"{source}未写起止月份，按{term}通常的起止月份（{months}）评价"
            "（第一学期按9月至次年1月、第二学期按2月至7月），以学期为评价时段，"
            "序时进度按学期内已过月数计",
            Where.at(at, file=builder.file, sheet=builder.sheet_name)
            if at is None
            else Where.at(at),
        )
        return
    builder.finding(
        "period-school-year",
        Severity.INFO,
        f"{source}未写起止月份，按{term}通常的起止月份（{months}）评价",
        Where.at(at, file=builder.file, sheet=builder.sheet_name) if at is None else Where.at(at),
    )


def _period_unread(builder: _Builder, row: _Row) -> None:
    """Say that a labelled period line (跟踪时段 | 01.01.2025 | 至 | 30.06.2025) was not read.

    The row starts with a label naming the report's window (跟踪时段, 评价时段,
    监控期间) and holds dates (a digit) that gave no period, no months and no year's
    end: without the finding every time-based verdict would turn unknown silently.
    """
    if (
        builder.grid is not None
        or builder.period is not None
        or builder.window_month is not None
        or builder.year_end
        or any(finding.id == "period-unread" for finding in builder.findings)
    ):
        return
    column, first = row.filled[0]
    label, _, own = _key(first).partition(":")
    if not (_names_a_period(label) and any(word in label for word in _REPORT_PERIOD_WORDS)):
        return
    said = " ".join([_clean(first).split(":", 1)[-1].split("：", 1)[-1]] if own else [])
    said = " ".join(part for part in (said, *(text for _, text in row.filled[1:])) if part)
    if not any(char.isdigit() or char in _CN_NUMERALS for char in said):
        return  # 二〇二五年某月 is dates too, as 2025年某月
    builder.finding(
        "period-unread",
        Severity.WARNING,
        f"{label}“{said.strip()}”无法识别，进度无法判断",
        builder.where(row, column),
    )


_AMOUNT_UNIT_RE: Final = re.compile(r"(?:金额|资金)?单位:(亿元|万元|千元|元)")
# The unit at a title's end, bracketed or not (…自评表（单位：万元）, …自评表 单位:元): never
# a field's value inside it (填报单位：元谋县…, r37n).
_TITLE_UNIT_RE: Final = re.compile(r"(?:金额|资金)?单位:(亿元|万元|千元|元)\)?$")
# A unit's label in a cell of its own, its unit in the next cell: 金额单位 | 万元.
_AMOUNT_UNIT_LABELS: Final = frozenset({"金额单位", "资金单位", "单位"})
_MONEY_UNITS: Final = frozenset({"元", "千元", "万元", "亿元"})


def _unit_pair(filled: Sequence[tuple[int, str]]) -> str | None:
    """The money unit a label cell and the next cell name (``金额单位 | 万元``), or None.

    Example:
        >>> _unit_pair(((0, "实施单位"), (1, "某中心"), (4, "金额单位："), (5, "万元")))
        '万元'
        >>> _unit_pair(((0, "单位"), (1, "个"))) is None
        True
    """
    for position in range(len(filled) - 1):
        if _key(filled[position][1]).rstrip(":") in _AMOUNT_UNIT_LABELS:
            unit = _key(filled[position + 1][1])
            if unit in _MONEY_UNITS:
                return unit
    return None


def _read_unit_row(builder: _Builder, row: _Row) -> bool:
    """A row of units alone under a money header, its unit the block's when none is yet.

    ``资金来源 | 年初预算数 | 全年预算数 | 全年执行数`` over ``| （万元） | （万元） | （万元）``
    (a header of two rows, the unit on the lower): every cell the same money unit,
    bracketed or after ``单位：``. True when *row* is such a row (r37n: before, it was
    passed over and the amounts had no unit).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> cells = ("", "（万元）", "（万元）", "")
        >>> (
        ...     _read_unit_row(builder, _Row(cells, 0, ((1, cells[1]), (2, cells[2])), "")),
        ...     builder.budget_unit,
        ... )
        (True, '万元')
    """
    units = {_UNIT_CELL_RE.fullmatch(_key(text)) for _, text in row.filled}
    if not row.filled or None in units:
        return False
    named = {match.group(1) for match in units if match is not None}
    if len(named) != 1:
        return False
    if builder.budget_unit is None:
        builder.budget_unit = named.pop()
    return True


# A cell that is only a money unit: (万元), 单位:元, 万元.
_UNIT_CELL_RE: Final = re.compile(r"\(?(?:(?:金额|资金)?单位:)?(亿元|万元|千元|元)\)?")


def _read_amount_unit(builder: _Builder, row: _Row, *, fields: bool = False) -> None:
    """金额单位：万元 printed above the table (or beside its title) is the budget's unit.

    The label and the unit may stand in two cells (``金额单位 | 万元``), on a row of
    their own or beside the title, the year or the project's fields. Among a row of
    *fields* only a cell led by the label counts (not a budget header's
    ``跟踪期执行数(单位:元)``, a column's unit).
    """
    if builder.budget_unit is not None:
        return
    for _, text in row.filled:
        key = _key(text)
        # （单位：万元） among the fields: its bracket is no other label's (r37n)
        match = _AMOUNT_UNIT_RE.match(key.lstrip("([")) if fields else _AMOUNT_UNIT_RE.search(key)
        if match is not None:
            builder.budget_unit = match.group(1)
            return
    builder.budget_unit = _unit_pair(row.filled)


def _plans_time_progress(builder: _Builder, row: _Row) -> bool:
    """Whether a grid row's 序时进度 is the plan or target of the indicator it names.

    ``产出指标 | 数量指标 | 资金拨付率 | 100% | 序时进度 | 52%`` as the grid's first row:
    the row names an indicator in the grid's name column, and 序时进度 stands in a value
    column after it, so it is that indicator's plan, not the table's 序时进度 line (parse55
    H1: before, the row was lost and 52 became the table's time progress). A line of its
    own is led by its label (``序时进度 | 75%``, or 序时进度 in the name column).
    """
    grid = builder.grid
    if grid is None or not _mentions_time_progress(row):
        return False
    name_column = grid.name_column
    names = (name_column, *grid.name_span)
    name = next((text for column, text in row.filled if column in names), None)
    if (
        name is None
        or _label(name).startswith(("序时进度", "时间进度"))
        or row.filled[0][0] > max(names)
    ):
        return False
    for column, text in row.filled:
        if column > name_column and _label(text).startswith("序时进度"):
            role = grid.roles.get(column - name_column)
            return role is not None and role.partition("@")[0] in _VALUE_ROLES
    return False


def _read_time_progress(builder: _Builder, row: _Row) -> bool:
    if not _mentions_time_progress(row):
        return False
    for column, text in row.filled:
        label = _label(text)
        if label == "序时进度":
            found = row.after(column)
            if found is not None and (value := _number(found[1])) is not None:
                builder.time_progress = value
                return True
            return False  # a 序时进度 column header (of the budget block), no line of its own
        if label.startswith("序时进度") and (own := _TIME_PROGRESS_CELL_RE.fullmatch(label)):
            builder.time_progress = _number(own.group(1))  # 序时进度：66.67% in one cell
            return True
    return False


@lru_cache(maxsize=4096)
def _project_field(label: str) -> tuple[str, str] | None:
    """The first of :data:`_PROJECT_FIELDS` *label* starts with: its word and field.

    A label that ends in 实施单位 (before a colon or a suffix: 地方资金组织实施单位,
    资金实施单位名称) names the implementer too; its word is the label up to 实施单位.

    Example:
        >>> _project_field("主管部门及代码"), _project_field("地方资金组织实施单位:某县农业农村局")
        (('主管部门', 'department'), ('地方资金组织实施单位', 'implementer'))
    """
    for word, field_name in _PROJECT_FIELDS:
        if label.startswith(word):
            return word, field_name
    if "实施单位" in label:
        match = _IMPLEMENTER_LABEL_RE.match(label)
        if match is not None:
            return match.group(1), "implementer"
    return None


# A label ending in 实施单位 (地方资金组织实施单位), then a suffix, a bracket or a colon.
_IMPLEMENTER_LABEL_RE: Final = re.compile(
    r"([\u3400-\u9fff]{1,10}实施单位)(?:名称|全称)?(?:及代码|及编码|代码|编码)?(?:\([^()]*\))?(?::|$)"
)


def _read_project(builder: _Builder, row: _Row, in_column: int | None = None) -> None:
    """Read the project fields of *row* (*in_column*: the cell a second field was cut from)."""
    cells = _spaced_fields(builder, row)
    for position, (label_column, text) in enumerate(cells):
        found = _project_field(_label(text))
        if found is None:
            continue
        # the cell its value is read from: the label's (项目名称：X), else the next (its
        # position built only where the label's cell is the one: r36n)
        at_column = label_column if in_column is None else in_column
        word, field_name = found
        key = _key(text)
        rest = key[len(word) :] if key.startswith(word) else ""
        # a unit's label that prints its code too (主管部门及代码): not 项目编码, the code itself
        coded = field_name != "code" and _CODE_LABEL_RE.search(_label(text).split(":", 1)[0])
        if rest.startswith("(") and ")" in rest and rest[rest.index(")") + 1 :].startswith(":"):
            rest = rest[rest.index(")") + 1 :]  # 填报单位（盖章）：某县水利局
        if rest.startswith(":") and rest.lstrip(":"):  # 项目名称：两新党建工作
            # the run of spaces after the filing unit: from the raw cell
            said = (
                _raw_cell(builder, row, cells[position][0], text) if field_name == "filer" else text
            )
            value = said.split(":", 1)[-1].split("：", 1)[-1].strip()
            # 主管部门：某局　　实施单位：某中心: a second field in the same cell (not one
            # in a bracket: 某县教育局（主管部门：某县人民政府） is a note)
            second = _NEXT_FIELD_RE.search(value)
            if second is not None and second.start() > 0 and not _in_bracket(value, second):
                _read_project(
                    builder,
                    _Row((value[second.start() :],), row.at, ((0, value[second.start() :]),), ""),
                    label_column if in_column is None else in_column,
                )
                value = value[: second.start()].strip()
            value = _field_value(value, field_name)
            if coded:
                value = _keep_code(builder, text, value, builder.position(row, at_column))
            if value:
                _set_field(builder, word, field_name, value, builder.position(row, at_column))
            continue
        # 主管部门及代码, 实施单位名称, 部门（单位）名称: a label, the value is the next cell
        if _LABEL_SUFFIX_RE.fullmatch(_label(text)[len(word) :]):
            rest = ""
        if rest and not rest.startswith("("):  # 项目名称 两新党建工作 (no colon)
            value = text.split(":", 1)[-1].split("：", 1)[-1].strip()
            _set_field(builder, word, field_name, value, builder.position(row, at_column))
        elif position + 1 < len(cells) and _is_field_value(cells[position + 1][1]):
            column, value = cells[position + 1]
            if field_name == "filer":
                value = _raw_cell(builder, row, column, value)
            else:  # a name wrapped between Chinese characters is one, as an indicator's
                value = _unwrapped_name(builder.sheet.rows[row.at], column, value)
            value = _field_value(value, field_name)
            if coded:
                value = _keep_code(builder, text, value, builder.position(row, column))
            if value:
                _set_field(builder, word, field_name, value, builder.position(row, column))
    if builder.period is None and len(cells) > 2:  # noqa: PLR2004
        _period_beside_fields(builder, row)


# A field's label and its value parted by white space instead of a colon, as Word
# reports and text copied from PDFs print them: 项目名称　　X (a full-width space),
# 项目名称    X (two or more spaces); a field label after its own run of spaces too.
_SPACED_LABEL_RE: Final = re.compile(
    r"(?:^|(?<=\s))("
    + "|".join(sorted({word for word, _ in _PROJECT_FIELDS}, key=len, reverse=True))
    + r")((?:名称|全称)?(?:及代码|及编码|代码|编码)?)(?:[ \t]{2,}|[ \t]*\u3000)\s*(?=\S)"
)


def _spaced_fields(builder: _Builder, row: _Row) -> tuple[tuple[int, str], ...]:
    """*row*'s cells, a field label parted from its value by spaces read as by a colon.

    A cell that starts with a project field's label followed by a full-width space or
    a run of two or more spaces (``项目名称　　X``, ``主管部门　A　　实施单位　B``) is
    its raw text with a colon after each such label (``主管部门：A　　实施单位：B``);
    any other cell is returned as it is (``项目名称 X``, one space, is no pair).
    """
    cells = row.filled
    if not any(" " in text for _, text in cells):
        return cells  # _clean folded every run of white space to one space
    if builder.state in ("goal", "grid"):
        return cells  # the goal's or an indicator's text (实施单位　负责组织实施…), no field
    raw = builder.sheet.rows[row.at]
    spaced = []
    for column, text in cells:
        said = raw[column].strip() if column < len(raw) else text
        if ":" not in said and "：" not in said and _SPACED_LABEL_RE.match(said):
            spaced.append((column, _SPACED_LABEL_RE.sub(r"\1\2：", said)))
        else:
            spaced.append((column, text))
    return tuple(spaced)


def _keep_code(builder: _Builder, label: str, value: str, at: Position | None) -> str:
    """The unit's name of a code's label (主管部门及代码), its code kept as a note (r38p).

    ``主管部门及代码 | 某县教育局 301`` names the department ``某县教育局``; the code
    ``301`` is a note labelled as printed (the model has no slot for a unit's code).
    """
    name, code = _name_and_code(value)
    if code is not None and at is not None:
        builder.notes.append(Note(_label(label).split(":", 1)[0], code, at))
    return name


def _set_field(
    builder: _Builder, word: str, field_name: str, value: str, at: Position | None = None
) -> None:
    """Keep a project field's first value; a 部门（单位）名称 is the department too.

    A department-wide table names its department where a project table names its
    project: the department is both the table's name and its 主管部门 (unless one is
    printed before it). A 区域 table's ``地方主管部门`` after its ``中央主管部门`` (or
    ``省级主管部门``) is the local unit that tells the counties' tables apart: kept as the
    implementer when the table names none (资金使用单位, 实施单位 win).
    """
    if word == "地方主管部门" and "department" in builder.project:
        field_name = "local_department"
    # each field's cell (*at*) with its first value, as Table.cells names it
    names = (field_name, "department") if word == "部门名称" else (field_name,)
    for name in names:
        if name not in builder.project:
            builder.project[name] = value
            builder.place(f"project.{name}", at)


def _period_beside_fields(builder: _Builder, row: _Row) -> None:
    """A period among a project row's fields: 项目名称 | X | 跟踪时段 | 2024年1-8月.

    The period's label and the cell after it (or its one cell, 跟踪时段：2024年1-8月)
    are read as a period line of their own, when the label names the report's window
    (跟踪, 监控, 评价): 执行期限 or 资金使用期间 beside the project are its own spans.
    """
    cells = row.filled
    for position in range(1, len(cells)):
        text = cells[position][1]
        key = _key(text)
        if (
            ("期" in text or "时段" in text)
            and _names_a_period(key)
            and any(word in key for word in _REPORT_PERIOD_WORDS)
        ):
            with_value = ":" in text or "：" in text
            pair = cells[position : position + (1 if with_value else 2)]
            joined = "".join(text for _, text in pair)
            _read_period(builder, _Row(row.cells, row.at, pair, joined))
            return


_NEXT_FIELD_RE: Final = re.compile(
    "(?:" + "|".join(word for word, _ in _PROJECT_FIELDS) + r")\s*[:：]"
)

# What follows a project field's word in its label: 主管部门及代码, 实施单位名称, (盖章),
# 预算单位编码, 单位名称及编码 (r38p: a code's label after a name's).
_LABEL_SUFFIX_RE: Final = re.compile(r"(?:名称|全称)?(?:及代码|及编码|代码|编码)?(?:\([^()]*\))?")
# A label that prints a code with the unit (主管部门及代码, 预算单位编码, 单位名称及编码).
_CODE_LABEL_RE: Final = re.compile(r"(?:及代码|及编码|代码|编码)(?:\([^()]*\))?:?$")
# A unit's code printed before or after its name in the cell of such a label: 某县教育局
# 301, 301 某县教育局, 某县教育局（301）, [301]某县教育局: letters and digits, one at least.
_UNIT_CODE: Final = (
    r"[(\[【]?(?P<{0}>(?=[0-9A-Za-z.\-]*\d)[0-9A-Za-z][0-9A-Za-z.\-]{{1,29}})[)\]】]?"
)
_CODE_AFTER_RE: Final = re.compile(rf"(?P<name>.*?[^\s\-:])[\s\-:]*{_UNIT_CODE.format('code')}")
_CODE_BEFORE_RE: Final = re.compile(rf"{_UNIT_CODE.format('code')}[\s\-:]*(?P<name>[^\s\-:].*)")
_CODE_ONLY_RE: Final = re.compile(_UNIT_CODE.format("code"))


def _name_and_code(value: str) -> tuple[str, str | None]:
    """A unit's name and the code printed with it under a code's label (r38p).

    ``某县教育局 301`` is ``('某县教育局', '301')``, as are ``301 某县教育局`` and
    ``某县教育局（301）``; a code alone is no name (``('', '301')``); a name with no code
    stays whole (``('某县教育局', None)``).

    Example:
        >>> _name_and_code("某县教育局 301"), _name_and_code("[301001]某县第一中学")
        (('某县教育局', '301'), ('某县第一中学', '301001'))
        >>> _name_and_code("301"), _name_and_code("某县教育局")
        (('', '301'), ('某县教育局', None))
    """
    text = value.strip().replace("（", "(").replace("）", ")")
    if (only := _CODE_ONLY_RE.fullmatch(text)) is not None:
        return "", only["code"]
    for pattern in (_CODE_AFTER_RE, _CODE_BEFORE_RE):
        found = pattern.fullmatch(text)
        if found is not None and re.search("[\u3400-\u9fff]", found["name"]):
            return found["name"].strip(), found["code"]
    return value, None


# Where a field's value ends in a line of several fields: the next signature label
# (填报人：, 填报日期：, 联系电话：, 单位负责人：, 经办人：), whatever the spaces before it.
_VALUE_END_RE: Final = re.compile(
    "(?:"
    + "|".join(word for word, block in _BLOCK_LABELS if block == "footer")
    + r"|联系人|经办人|负责人|日期|电话|手机)\s*[:：]"
)
# A seal's blank after a unit (某县教育局（盖章）), and the run of spaces that ends the
# filing unit on a Word paragraph (填报单位：某县教育局　　2024年7月10日).
_SEAL_RE: Final = re.compile(r"\s*[(（]\s*(?:单位)?(?:盖章|公章|签章|签字|签名)\s*[)）]\s*")
_SPACES_RE: Final = re.compile(r"\s{2,}")
# A bracketed note of another field after the filing unit: （主管部门：某县人民政府）.
_FIELD_NOTE_RE: Final = re.compile(r"[(（][^()（）]*[:：][^()（）]*[)）]$")
# A cell that is itself a label and its value (填报人：张三, 联系电话：0871-1234567).
_PAIR_RE: Final = re.compile(r"[^:()]{1,10}:")


def _field_value(value: str, field_name: str) -> str:
    """A project field's value, up to the next signature label, without a seal's blank.

    A line of signatures prints the filing unit among other fields, in one cell or
    several: the unit ends at the next label (``填报日期：``, ``单位负责人：``) and, for
    ``填报单位``, at a run of spaces (the raw cell's) or before a bracketed note of
    another field; ``（盖章）`` is the seal's blank, no part of the name.

    Example:
        >>> _field_value("某县教育局　填报日期：2024年7月10日", "filer")
        '某县教育局'
        >>> (
        ...     _field_value("某县教育局（盖章）", "filer"),
        ...     _field_value("某县教育局   2024年", "filer"),
        ... )
        ('某县教育局', '某县教育局')
    """
    end = _VALUE_END_RE.search(value)
    if end is not None:
        value = value[: end.start()]
    if field_name == "filer":
        value = _SPACES_RE.split(value.strip(), maxsplit=1)[0]
        value = _FIELD_NOTE_RE.sub("", value)
    if "盖" in value or "公章" in value or "签" in value:
        value = _SEAL_RE.sub("", value)
    return _clean(value)


def _raw_cell(builder: _Builder, row: _Row, column: int, text: str) -> str:
    """The raw text of *row*'s cell at *column* (its runs of spaces kept), else *text*."""
    raw = builder.sheet.rows[row.at]
    if column < len(raw) and _clean(raw[column]) == text:
        return raw[column]
    return text


def _in_bracket(value: str, match: re.Match[str]) -> bool:
    """Whether *match* in *value* stands inside a bracket opened before it."""
    before = value[: match.start()]
    opened = before.count("(") + before.count("（")
    return opened > before.count(")") + before.count("）")


def _is_field_label(text: str) -> bool:
    return _is_project_field(_label(text))


def _is_field_value(text: str) -> bool:
    """Whether the cell after a field's label is its value: not a label (填报人：), no date form.

    A signature row prints labels and date forms beside an empty field:
    ``填报单位（盖章）： | 填报人： | 联系电话：``, ``填报单位（公章） | 年 | 月 | 日``, and
    a cell that is a label with its value is another field (``填报人：张三``).
    """
    key = _key(text)
    return not (
        _is_field_label(text)
        or key.endswith(":")
        or _DATE_FORM_RE.fullmatch(key)
        or (":" in key and _PAIR_RE.match(key))
    )


# The blanks of a date to fill in by hand: 年, 年月日, 2024年月日.
_DATE_FORM_RE: Final = re.compile(r"(?:\d{0,4}[年月日])+")


# ---------------------------------------------------------------------------
# Budget block


@lru_cache(maxsize=4096)
def _budget_role(label: str) -> BudgetRole | None:
    label = label.removeprefix("其中").lstrip(":")
    for word, role in voc.BUDGET_ROLES:
        if word in label:
            return BudgetRole(role)
    return None


def _read_budget_header(builder: _Builder, row: _Row, *, label_row: bool = True) -> None:
    """The budget block's header: the unit, a weight, and the amount columns.

    On the block's label row (项目资金（万元）| 年初预算数 | …) the first cell is the
    label; a header on a row of its own (资金来源 | 年初预算数 | …, under a heading)
    has a label of its own too. A line printed on the label row (项目资金 | 年度资金总额
    | 2160) starts the block's lines.
    """
    head_column, head_text = row.first()  # type: ignore[misc]
    if not builder.budget_header and not builder.budget:
        pairs = _column_pairs(row.filled)
        if pairs is None and _budget_column(_label(head_text)) is None:
            pairs = _column_pairs(row.filled[1:])  # 项目资金（万元） | 年度预算数 | 200 | …
        total = pairs is None
        if total:  # 年度资金总额 | 200 | 执行数 | 180: the total's label first (r39j)
            pairs = _total_pairs(row.filled) or _total_pairs(row.filled[1:])
        if pairs is not None:
            _read_column_pairs(builder, row, pairs, label_row=label_row, total=total)
            return
    key = _key(head_text)
    builder.in_task_list = False
    # 预算执行率（10分） | 年初预算数 | … | 执行率: a label carrying its points labels the
    # block, though its words name a column (before, it took the 执行率 column's place)
    head_points = _end_points(head_text)
    labelled = label_row or head_points is not None
    if labelled or _budget_column(_label(head_text)) is None:
        builder.budget_label = (head_column, head_text)
    if "亿元" in key:
        builder.budget_unit = "亿元"
    elif "百万元" in key:  # 项目资金(百万元): not 万元 (r90fix, regress90 s12)
        builder.budget_unit = "百万元"
    elif "千万元" in key:  # 项目资金(千万元): not 万元 (regress95 U1)
        builder.budget_unit = "千万元"
    elif "十万元" in key:  # 项目资金(十万元): not 万元 (regress95 U1)
        builder.budget_unit = "十万元"
    elif "万元" in key:
        builder.budget_unit = "万元"
    elif "千元" in key:
        builder.budget_unit = "千元"
    elif "元" in key:
        builder.budget_unit = "元"
    if "元" in row.text:  # 年初预算数（万元） | 跟踪期执行数（元）: each column's unit
        for column, text in row.filled:
            if column != head_column and (unit := _COLUMN_UNIT_RE.search(_key(text))):
                builder.budget_column_units[column] = unit.group(1)
    weight = _WEIGHT_RE.search(key)
    if weight is not None and _weight_in(weight) <= _MOST_POINTS:
        builder.budget_weight = _weight_in(weight)  # 项目资金（万元）（10分）; not （2023）
    elif head_points is not None:
        builder.budget_weight = head_points  # 项目资金（万元）10分: bare at the label's end
    builder.budget_columns.update(column for column, _ in row.filled if column != head_column)
    if label_row and _heads_budget_columns(row):
        # 年度预算申请（万元） | 资金总额 | 按收入性质分 | 按支出性质分: sources as columns
        builder.budget_upper = row
        return
    named: list[tuple[int, str]] = []  # the columns' roles, given once the header is read
    budget_year = _budget_year(builder, row)
    # 2023年1-6月执行数 | 1-6月执行数: the months this header names without a year (a26 H1)
    bare_months = _bare_execution_months(row)
    this_years = _whole_year_columns(row)
    for position, (column, text) in enumerate(row.filled):
        if column == head_column and (labelled or _budget_column(_label(text)) is None):
            continue
        label = _label(text)
        following = row.filled[position + 1] if position + 1 < len(row.filled) else None
        halves = (
            _side_by_side(row.filled[position:])
            if label_row and following is not None and _budget_role(label) is not None
            else None
        )
        if halves is not None:
            # 项目资金（万元） | 实施期资金总额 | 6000 | 年度资金总额 | 2000: the year's half
            # and the mid-term's, each a label and its amount, on every line
            named.extend(halves[1])
            _name_budget_columns(builder, row, named)
            builder.budget_line_column = halves[0]
            line = _Row(row.cells, row.at, row.filled[position:], row.text)
            _read_budget_row(builder, line)
            return
        if (
            label_row
            and _budget_role(label) is not None
            and (pairs := _budget_pairs(row.filled[position:])) is not None
        ):
            # 项目资金（万元） | 年度资金总额 | 120 | 其中：财政拨款 | 100 | 其他资金 | 20, or
            # 年度资金总额：120 in one cell: each source a line of its own (read54 M1)
            _name_budget_columns(builder, row, named)
            builder.budget_columns.difference_update(c for c, _ in row.filled[position:])
            _read_budget_pairs(builder, row, pairs)
            return
        if (
            label_row
            and following is not None
            and _budget_role(label) is not None
            and (_is_amount(following[1]) or _amount_word(following[1]))
        ):
            # 项目资金（万元） | 年度资金总额 | 2160: a line, not a column header; so is
            # 年度资金总额 | 待定, its amount no figure but no column's name either (r34m)
            _name_budget_columns(builder, row, named)
            builder.budget_columns.difference_update(c for c, _ in row.filled[position:])
            line = _Row(row.cells, row.at, row.filled[position:], row.text)
            _read_budget_line_said(builder, line)
            return
        if "序时进度" in label:
            if "偏差" not in label:  # 与序时进度偏差: the gap, no time progress
                named.append((column, "time_progress"))
            continue
        if _names_measures(label):
            builder.budget_measures = column  # 偏差原因 | 改进措施 of the budget's lines
            builder.printed_fields.add("corrective_measures")
            continue
        if _is_midterm(label):
            named.append((column, "midterm"))  # a target table's 中期资金总额
            continue
        if label.startswith("年度资金"):  # 年度资金总额 of a target table: the year's budget
            named.append((column, "initial"))
            continue
        if budget_year is not None and (year := _BUDGET_YEAR_RE.fullmatch(label)) is not None:
            # 2025年 | 2026年 | 2027年 of a rolling plan: the table's year is its budget
            # (read as initial, as 年度资金总额), the later years are kept apart
            if int(year.group(1)) == budget_year:
                named.append((column, "initial"))
            else:
                builder.budget_header.setdefault(column, "reference")
            continue
        if "完成可能性" in label or "完成目标可能性" in label:
            # 年度资金总额 | … | ☑确定能 ☐有可能 ☐完全不可能: the budget's judgement; a
            # 监控表 prints the grid's own 完成目标可能性 over it (review30 H1)
            builder.budget_likelihood_column = column
            continue
        if label.startswith(_PART_GROUP_WORDS):
            continue  # 分季度执行数 merged over 1-3月 | 4-6月: the row under it names them
        role = _budget_column(label) or _quarter_spending(label)
        if role in _MONEY_COLUMNS and _last_year_part_column(
            builder, label, bare_months, this_years
        ):
            # 上年同期执行数, 2023年1-6月执行数: last year's same months, neither this year's
            # amount nor last year's whole (BudgetLine.last_year) (regress43 W6): the
            # spending of the same months kept as BudgetLine.last_year_same_period (g23c),
            # another one (上年同期预算数, 2023年1-9月执行数 of a 1-6月 table) kept apart
            if role == "executed" and _same_months(builder, label, bare_months):
                named.append((column, "last_year_same_period"))
                continue
            builder.budget_header.setdefault(column, "reference")
            printed = row.cells[column].strip()
            builder.finding(
                "budget-column-same-period",
                Severity.INFO,
                f"预算表头“{printed}”（{builder.position(row, column).cell}）为上年同期数，"
                "不是本年数，也不是上年全年数，金额未读入",
                builder.where(row, column),
            )
            continue
        if role in _MONEY_COLUMNS and _last_year_budget_column(builder, row, label):
            # 2023年预算数 | 2024年预算数, 上年实际支出数 | 本年预算数: last year's figure,
            # kept apart for comparison (BudgetLine.last_year), never this year's (dept22 H1)
            named.append((column, "last_year"))
            continue
        if role is not None:
            if role == "period_budget" and _names_months(label):
                role = "share"  # 1-6月预算数: the months' plan, if the year's budget is beside
            named.append((column, role))
    _name_budget_columns(builder, row, named)
    for column, role in builder.budget_header.items():
        if "@" not in role and column in dict(named):
            # after the parts are told: 1-3月执行数 beside 1-6月累计执行数 names no window
            _window_from_header(builder, _label(row.cells[column]), cell=(row, column))


# The columns a budget's total may print as label/amount pairs on one row, one of the
# year's budget or its spending among them (see _column_pairs).
_PAIR_MONEY_COLUMNS: Final = frozenset({"initial", "period_budget", "executed"})


def _column_pairs(cells: Sequence[tuple[int, str]]) -> list[_BudgetPair] | None:
    """A budget header and its one line printed together, each column's label beside its amount.

    ``年度预算数（万元） | 200.00 | 执行数（万元） | 180.00 | 执行率 | 90%`` (a 自评表's
    or a Word export's budget on one row): each label names a budget column
    (:func:`_budget_column`, no source: ``其中：财政拨款 | 100`` are sources' pairs, see
    :func:`_budget_pairs`), each amount a figure or a dash. None unless every cell is in
    a pair, two pairs at least, one of them the year's budget or its spending.

    Example:
        >>> cells = [(0, "年度预算数（万元）"), (1, "200.00"), (2, "执行数"), (3, "180.00")]
        >>> [(label[1], amount[1]) for label, amount in _column_pairs(cells) or ()]
        [('年度预算数（万元）', '200.00'), ('执行数', '180.00')]
        >>> _column_pairs([(0, "年初预算数"), (1, "全年预算数"), (2, "执行数")]) is None
        True
        >>> _column_pairs([(0, "执行率"), (1, "90%"), (2, "分值"), (3, "10")]) is None
        True
    """
    if len(cells) < 4 or len(cells) % 2:  # noqa: PLR2004 - two pairs at least
        return None
    pairs: list[_BudgetPair] = list(zip(cells[0::2], cells[1::2], strict=True))
    money = False
    for (_, label), (_, amount) in pairs:
        name = _label(label)
        column = _budget_column(name)
        if (
            column is None
            or _is_amount(label)
            or _budget_role(name) is not None
            or not (_is_amount(amount) or _DASHES_RE.fullmatch(amount) is not None)
        ):
            return None
        money = money or column in _PAIR_MONEY_COLUMNS
    return pairs if money else None


def _total_pairs(cells: Sequence[tuple[int, str]]) -> list[_BudgetPair] | None:
    """A budget's total printed on one row, its label first: the total's, then columns'.

    ``年度资金总额 | 200 | 执行数 | 180 | 执行率 | 90%``: the first pair a total's label
    (:func:`_budget_role` ``TOTAL``: 年度资金总额, 资金总额) and its amount, which is the
    year's budget, as ``年度资金总额 | 2160`` alone is; the others as in
    :func:`_column_pairs`, one pair at least, none naming the year's budget (年初预算数,
    全年预算数: then 200 is no column's amount, and the row stays unread). None else.

    Example:
        >>> cells = [(0, "年度资金总额"), (1, "200"), (2, "执行数"), (3, "180")]
        >>> [(label[1], amount[1]) for label, amount in _total_pairs(cells) or ()]
        [('年度资金总额', '200'), ('执行数', '180')]
        >>> cells = [(0, "年度资金总额"), (1, "200"), (2, "全年预算数"), (3, "210")]
        >>> _total_pairs(cells) is None
        True
        >>> _total_pairs([(0, "资金总额"), (1, "200"), (2, "其中：财政拨款"), (3, "150")]) is None
        True
    """
    if len(cells) < 4 or len(cells) % 2:  # noqa: PLR2004 - two pairs at least
        return None
    (label_cell, amount_cell), rest = (cells[0], cells[1]), cells[2:]
    name = _label(label_cell[1])
    if (
        _budget_role(name) is not BudgetRole.TOTAL
        or _budget_column(name) is not None
        or _is_amount(label_cell[1])
        or not _is_amount(amount_cell[1])
    ):
        return None
    pairs: list[_BudgetPair] = list(zip(rest[0::2], rest[1::2], strict=True))
    for (_, label), (_, amount) in pairs:
        name = _label(label)
        column = _budget_column(name)
        if (
            column is None
            or column in ("initial", "period_budget")
            or _is_amount(label)
            or _budget_role(name) is not None
            or not (_is_amount(amount) or _DASHES_RE.fullmatch(amount) is not None)
        ):
            return None
    return [(label_cell, amount_cell), *pairs]


def _read_column_pairs(
    builder: _Builder,
    row: _Row,
    pairs: Sequence[_BudgetPair],
    *,
    label_row: bool,
    total: bool = False,
) -> None:
    """Read a row of :func:`_column_pairs`: the block's header, and its total line.

    The labels are read as a header (:func:`_read_budget_header`, on the row without its
    amounts), each column then moved onto its amount's cell, and the amounts are the
    total line's, labelled by the block's label or else the first pair's (年度预算数（万元）).
    The lines below (其中：财政资金 | 150.00 | | 140.00, or with the labels printed
    again) are read under those columns; a row of sources' pairs (其中：财政资金 | 150 |
    其他资金 | 50) under the total's first amount column (r39e; before, the labels made a
    header and the amounts were passed over: the table had no budget line).

    With *total* (:func:`_total_pairs`: 年度资金总额 | 200 | 执行数 | 180), the first
    pair's label names the line and its amount is the year's budget (``initial``, as
    ``年度资金总额 | 2160`` alone; r39j: before, the row was unread, or a
    ``budget-line-unread`` note).
    """
    amount_columns = {amount[0] for _, amount in pairs}
    if total and pairs[0][0] != row.filled[0]:
        # 项目资金（万元） | 年度资金总额 | 200 | …: the block's label heads the header
        amount_columns.add(pairs[0][0][0])
    labels = tuple((column, text) for column, text in row.filled if column not in amount_columns)
    cells = tuple("" if column in amount_columns else text for column, text in enumerate(row.cells))
    header_row = _Row(cells, row.at, labels, "".join(cells))
    _read_budget_header(builder, header_row, label_row=label_row)
    header = builder.budget_header
    for (label_column, _), (amount_column, _) in pairs:
        if label_column in header:
            header[amount_column] = header.pop(label_column)
            builder.budget_header_cells[amount_column] = builder.budget_header_cells.pop(
                label_column
            )
        if label_column in builder.budget_column_units:
            builder.budget_column_units[amount_column] = builder.budget_column_units.pop(
                label_column
            )
        builder.budget_columns.update((label_column, amount_column))
    if total:
        (label_column, label_text), (amount_column, _) = pairs[0]
        header[amount_column] = "initial"
        where = builder.position(row, label_column).cell
        builder.budget_header_cells[amount_column] = (label_text.strip(), where)
    builder.budget_pair_column = next(
        (
            role
            for _, (column, _) in pairs
            if (role := header.get(column)) in ("initial", "period_budget")
        ),
        "initial",
    )
    if total or pairs[0][0] == row.filled[0] or builder.budget_label is None:
        # no block label on this row (a heading's above it, or none), or the total's own:
        # the first pair's
        builder.budget_label = pairs[0][0]
    amounts = tuple(amount for _, amount in pairs if amount[0] in header and _is_amount(amount[1]))
    if amounts:
        _read_budget_row(builder, _Row(row.cells, row.at, amounts, row.text))


def _amount_word(text: str) -> bool:
    """Whether a cell after a line's label is its amount in words, not a column's name.

    待定, 另行下达, 暂无, — name no column a budget header reads (and no money
    header's word: 资金, 预算, 金额, a 数/额/率 at the end, a unit), so beside 年度资金总额
    on the block's label row they are the line's amount, said as no figure (r34m);
    中期资金总额, 年初预算数, 执行率, 备注 are headers.

    Example:
        >>> [_amount_word(t) for t in ("待定", "另行下达", "—", "中期资金总额", "年初预算数")]
        [True, True, True, False, False]
        >>> [_amount_word(t) for t in ("尚未下达", "下达", "已下达", "待下达数")]
        [True, False, False, False]
        >>> [_amount_word(t) for t in ("执行率", "备注", "（万元）", "2025年", "")]
        [False, False, False, False, False]
    """
    label = _label(text)
    if not label or _is_amount(text) or _MONEY_HEADER_WORD_RE.search(label) is not None:
        return False
    if _PENDING_RE.match(label) is not None:
        return True  # 另行下达, 尚未确定: not yet given, though 下达 may head a column
    return not (
        _budget_column(label) is not None
        or _budget_role(label) is not None
        or _quarter_spending(label) is not None
        or _is_midterm(label)
        or _names_measures(label)
        or _BUDGET_YEAR_RE.fullmatch(label) is not None
        or label.startswith(_PART_GROUP_WORDS)
        or any(word in label for word in ("序时进度", "可能性", "备注", "说明", "依据"))
    )


# A word of a money header (资金, 预算, 金额, 数/额/率 at its end, a unit): no amount.
_MONEY_HEADER_WORD_RE: Final = re.compile(r"资金|预算|金额|[数额率]$|元")
# A word saying an amount is not given yet (另行下达, 尚未确定, 待批复), no column's name.
_PENDING_RE: Final = re.compile(r"另行|尚未|暂未|暂无|未定|待")


# A header merged over columns for parts of the year (分季度执行数, 分月完成值), whose
# row under it names them (1-3月 | 4-6月): no column of its own.
_PART_GROUP_WORDS: Final = ("分季度", "分月")


def _quarter_spending(label: str) -> str | None:
    """``executed`` for a part of the year's spending headed without 数 (一季度支出).

    Example:
        >>> _quarter_spending("一季度支出"), _quarter_spending("支出用途")
        ('executed', None)
    """
    if _part_window(label) is not None and label.endswith(("支出", "支出额", "支出金额")):
        return "executed"
    return None


def _read_budget_sub_header(builder: _Builder, row: _Row) -> bool:
    """Read a second budget header row under merged cells (其中, 分季度执行数), if this is one.

    ``1-6月执行数 | 其中 | 执行率`` over ``1-3月执行数 | 4-6月执行数``: each lower cell
    names its column (a part of the year's 执行数 under a bare 1-3月), and the executed
    columns are told apart again, the period's from the parts.
    """
    header = builder.budget_header
    label = builder.budget_label
    if not header or builder.budget or label is None or not row.filled:
        return False
    if row.filled[0][0] <= label[0] or any(_is_amount(text) for _, text in row.filled):
        return False
    named: list[tuple[int, str]] = []
    lower = {column for column, _ in row.filled}
    groups: dict[int, str] = {}  # 预算数 merged over 年初预算数 | 调整后预算数: named below
    left_out: list[int] = []
    totals = 0
    for column, text in row.filled:
        upper = header.get(column)
        if upper not in (None, "executed"):
            if upper not in _MONEY_COLUMNS or column + 1 in header or column + 1 not in lower:
                return False  # a header cell of its own above: no sub-header
            groups[column] = upper
        role = _budget_column(_label(text)) or _quarter_spending(_label(text))
        group = max((c for c in header if c <= column), default=None)
        if role is None and group is not None and group in builder.budget_header_cells:
            # 执行数 over 1-6月 | 全年预计, 预算数 over 年初 | 调整后: the upper cell gives
            # the role, the lower the part (全年预计执行数, 年初预算数; xlsx23 H1)
            role = _combined_budget_column(text, builder.budget_header_cells[group][0])
            if role is None and header[group] == "executed" and _names_months(_label(text)):
                role = "executed"  # 截至6月底 under 执行数: the period's 执行数
        if role is None and _part_window(text) is not None:
            role = "executed"  # 1-3月 | 4-6月 under 分季度执行数 or 其中
        if role is None and group is not None and _label(text) in _GROUP_AMOUNT_WORDS:
            # 执行数 over 金额 | 执行率: the 金额 is the group's own amount, the 执行率
            # beside it names its own role (regress44 S3)
            upper_role = header.get(group)
            role = upper_role if upper_role in _MONEY_COLUMNS else None
        if role is None and group in groups:
            # 预算数 over 上年结转 | 本年预算 | 合计: the 合计 is the group's amount, the
            # others its parts, left out (x06)
            if _key(text) in _GROUP_TOTAL_WORDS:
                role = groups[group]
                totals += 1
            else:
                left_out.append(column)
                continue
        if role is None:
            return False
        named.append((column, role))
    if left_out and not totals:
        return False  # parts of a group and no 合计: which is the amount is not said
    builder.budget_columns.update(left_out)
    for column in groups:
        # the group's cell names no column of its own: the lower row's cell does (x05)
        del header[column]
        builder.budget_header_cells.pop(column, None)
    below = dict(named)
    executed = [(c, r) for c, r in header.items() if r == "executed" and c not in below]
    kept = {c: builder.budget_header_cells[c] for c, _ in executed}
    for column, _ in executed:
        del header[column]
    cells = list(row.cells)
    for column, (text, _) in kept.items():
        if column < len(cells):
            cells[column] = text
    merged = _Row(tuple(cells), row.at, tuple((c, t) for c, t in enumerate(cells) if t), row.text)
    _name_budget_columns(builder, merged, sorted([*executed, *named]))
    builder.budget_header_cells.update(kept)
    return True


def _combined_budget_column(lower: str, upper: str) -> str | None:
    """The role of a bare lower budget header cell read with the group cell above it.

    The lower cell names the part (年初, 调整后, 全年预计, 全年预计数), the upper the
    role (预算数, 执行数): read together as one header (年初预算数, 全年预计执行数).
    Only a vocabulary word that takes in the lower cell counts: 上年结转 or 合计 under
    预算数 name no role of their own (parts of the group and its total), nor 1-6月 under
    执行数 (a part of the year, read as such by the caller). None otherwise.

    Example:
        >>> [_combined_budget_column(lo, "执行数") for lo in ("全年预计", "全年预计数", "1-6月")]
        ['forecast', 'forecast', None]
        >>> [_combined_budget_column(lo, "预算数") for lo in ("年初", "调整后", "上年结转", "合计")]
        ['initial', 'period_budget', None, None]
    """
    part = _label(lower)
    if part.endswith(("数", "额")) and len(part) > 1:
        part = part[:-1]  # 全年预计数 over 执行数: 全年预计执行数
    combined = part + _label(upper)
    for word, role in voc.BUDGET_COLUMNS:
        found = combined.find(word)
        if found < 0 or (word == "下达" and _ISSUED_AMOUNT_RE.search(combined) is None):
            continue
        if word in voc.BUDGET_WHOLE_HEADER_WORDS and not (
            _whole_budget_header(word, _label(lower)) or _whole_budget_header(word, combined)
        ):
            continue  # 资金支出 | 说明, 计划投资 | 完成率: no amount
        if role == "received" and "到位率" in combined:
            continue  # 资金到位率: a rate of the funds received, no amount
        return role if found < len(part) else None
    return None


# The lower cell under a group of budget columns that holds the group's amount.
_GROUP_TOTAL_WORDS: Final = frozenset({"合计", "小计", "总计", "合计数"})

# A bare lower cell that holds the amount of the group above it (执行数 over 金额).
_GROUP_AMOUNT_WORDS: Final = frozenset({"金额", "数额", "金额数", "资金", "资金数"})


def _side_by_side(
    cells: Sequence[tuple[int, str]],
) -> tuple[int, list[tuple[int, str]]] | None:
    """The halves of a line that prints the mid-term's amount beside the year's.

    *cells* are a line's label and the cells after it: pairs of a label and its amount
    (实施期资金总额 | 6000 | 年度资金总额 | 2000), each label a budget line's, one half
    the year's and the others the mid-term's (中期, 实施期…). Returns the column of the
    year's label and the amount columns' roles (``initial`` for the year's,
    ``midterm`` for the others), or None for any other line.

    Example:
        >>> _side_by_side([(1, "实施期资金总额"), (2, "6000"), (3, "年度资金总额"), (4, "2000")])
        (3, [(2, 'midterm'), (4, 'initial')])
    """
    if len(cells) < 4 or len(cells) % 2:  # noqa: PLR2004 - two halves at least
        return None
    year: int | None = None
    roles: list[tuple[int, str]] = []
    for (label_column, text), (amount_column, amount) in zip(cells[::2], cells[1::2], strict=True):
        label = _label(text)
        if _budget_role(label) is None or (
            not _is_amount(amount) and _key(amount) not in _AMOUNT_PLACEHOLDERS
        ):
            return None
        if _is_midterm(label):
            roles.append((amount_column, "midterm"))
        elif year is None:
            year = label_column
            roles.append((amount_column, "initial"))
        else:
            return None  # two halves of the year: which is the budget is not said
    return (year, roles) if year is not None and len(roles) > 1 else None


# A unit printed in a budget header column's brackets: 跟踪期执行数（元）, 预算数(单位:万元).
_COLUMN_UNIT_RE: Final = re.compile(r"\((?:(?:金额)?单位:)?(亿元|万元|元)\)")

# The budget columns that hold amounts of money (not a rate, a weight or points).
_MONEY_COLUMNS: Final = frozenset(
    {
        "initial",
        "period_budget",
        "planned",
        "executed",
        "forecast",
        "last_year",
        "last_year_same_period",
    }
)


def _settle_block_unit(builder: _Builder) -> None:
    """The block's unit, when only its columns print one: the budget column's.

    A block whose label (or a 金额单位 line) names no unit takes the unit of its budget
    column, the rate's denominator (跟踪期预算数, else 年初预算数), else of its first
    amount column that prints one: every amount is written in it.
    """
    units = builder.budget_column_units
    if builder.budget_unit is not None or not units:
        return
    header = builder.budget_header
    money = sorted(c for c in units if header.get(c) in _MONEY_COLUMNS)
    for wanted in ("period_budget", "initial"):
        for column in money:
            if header[column] == wanted:
                builder.budget_unit = units[column]
                return
    if money:
        builder.budget_unit = units[money[0]]


def _name_budget_columns(builder: _Builder, row: _Row, named: list[tuple[int, str]]) -> None:
    """Give the budget header's columns their roles, one column per role.

    A 预算数 column of some months (*share*: 1-6月预算数, 截至6月底预算数, 上半年预算数)
    beside the year's budget (年初预算数, 全年预算数) is the months' plan
    (``planned``), as 1-6月用款计划 is; alone, it is the only budget the table prints.
    A second column of a role already taken (全年预算数 | 调整后预算数) is kept apart
    (its role with ``+``, so that drifted lines still count it): its amounts are not
    read, and a ``budget-column-duplicate`` warning names both cells. The first stands.
    A column a header read before named keeps its role.
    """
    header = builder.budget_header
    named = _period_beside_year(builder, row, named)
    if any(role == "share" for _, role in named):
        year = any(role in ("initial", "period_budget") for role in header.values()) or any(
            role in ("initial", "period_budget") for _, role in named
        )
        named = [
            (c, ("planned" if year else "period_budget") if r == "share" else r) for c, r in named
        ]
    named, parts = _budget_parts(builder, row, named)
    for column, role in named:
        if column in header:
            continue  # a header read again (a second label row over the same columns)
        first = next((c for c, r in header.items() if r == role), None)
        header[column] = role if first is None else role + "+"
        cell = (row.cells[column].strip(), builder.position(row, column).cell)
        builder.budget_header_cells[column] = cell
        if column in parts:
            # 一季度执行数 beside 1-8月执行数: a part of the period's, kept in quarters
            start, end = _part_window(row.cells[column])  # type: ignore[misc]
            header[column] = f"{role}@{start}-{end}:{_label(row.cells[column])}"
            continue
        if first is None:
            continue
        first_text, first_cell = builder.budget_header_cells[first]
        builder.finding(
            "budget-column-duplicate",
            Severity.WARNING,
            f"预算表头“{first_text}”（{first_cell}）与“{cell[0]}”（{cell[1]}）同为"
            f"{_BUDGET_COLUMN_NAMES.get(role, role)}列，按前者读取，后者的金额未读入",
            builder.where(row, column),
        )
    _settle_block_unit(builder)


def _period_beside_year(
    builder: _Builder, row: _Row, named: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The columns' roles with a 跟踪期预算数 beside the year's budget read as the plan.

    ``年初预算数 | 全年预算数 | 跟踪期预算数 | 跟踪期执行数``: beside a column that names the
    year's budget (全年预算数, 调整后预算数, 批复数), the tracked period's 预算数 is the
    months' share of it (``planned``), as 1-6月用款计划 is, not a second budget column
    (score54 M3). Beside 年初预算数 alone it stays the year's budget as it stands at the
    period's end (domain.md), the rate's denominator.
    """
    periods = {
        c
        for c, r in named
        if r == "period_budget" and _header_span(row.cells[c]) is BudgetSpan.PERIOD
    }
    if not periods:
        return named
    cells = builder.budget_header_cells
    year = any(
        r == "period_budget" and _header_span(row.cells[c]) is BudgetSpan.YEAR for c, r in named
    ) or any(
        r == "period_budget" and c in cells and _header_span(cells[c][0]) is BudgetSpan.YEAR
        for c, r in builder.budget_header.items()
    )
    if not year:
        return named
    return [(c, "planned" if c in periods else r) for c, r in named]


def _budget_parts(
    builder: _Builder, row: _Row, named: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], set[int]]:
    """The budget columns in reading order, the period's 执行数 first; and the parts.

    ``一季度执行数 | 二季度执行数 | 7-8月执行数 | 1-8月执行数`` in a 1-8月 table: the column
    whose months are the table's window (1 to its month; in a self-evaluation or a
    table at the year's end, 1 to 12; without one, the column from January over the
    most months) is the executed amount, the single quarters' and months' columns parts
    of it, not read and not said.
    """
    month = _table_month(builder)
    executed = [column for column, role in named if role == "executed"]
    if len(executed) < 2:  # noqa: PLR2004
        return named, set()
    windows = {column: _part_window(row.cells[column]) for column in executed}
    bare = [column for column in executed if windows[column] is None]
    if bare:
        # 1-3月执行数 | 4-6月执行数 | 累计执行数 (实际支出数, 执行数, 截至6月底执行数): the
        # one column naming no months is the period's, unless one names the window
        period = [c for c in executed if month is not None and windows[c] == (1, month)]
        period = period or (bare if len(bare) == 1 else [])
        if len(period) != 1:
            return named, set()
        ordered = sorted(named, key=lambda cell: cell[0] != period[0])
        return ordered, {c for c in executed if c != period[0] and windows[c] is not None}
    if month is None and (builder.kind is TableKind.SELF_EVALUATION or builder.year_end):
        # 一季度执行数 | … | 四季度执行数 of a self-evaluation: the year's parts, read as a
        # tracking table's are (chained to December, _parts_reading), never 一季度 alone
        month = 12
    if month is not None:
        period = [c for c in executed if windows[c] == (1, month)]
        if not period:
            # 1-6月执行数 | 7-8月执行数 (一季度 | 二季度 of a 1-6月 table): parts only
            _executed_from_parts(builder, row, executed, windows, month)  # type: ignore[arg-type]
            return named, set(executed)
    else:
        widest = max(executed, key=lambda c: (windows[c][0] == 1, windows[c][1]))  # type: ignore[index]
        period = [widest] if windows[widest][0] == 1 else []  # type: ignore[index]
    if len(period) != 1:
        return named, set()
    ordered = sorted(named, key=lambda cell: cell[0] != period[0])
    return ordered, {column for column in executed if column != period[0]}


def _executed_from_parts(
    builder: _Builder,
    row: _Row,
    executed: list[int],
    windows: dict[int, tuple[int, int]],
    month: int,
) -> None:
    """Whether execution columns for parts only make up the period's executed amount.

    Parts chained from January to the table's month (``1-6月执行数 | 7-8月执行数`` of a
    1-8月 table, ``一季度执行数 | 二季度执行数`` of a 1-6月 table) add up to it, each
    converted by its own unit (:func:`_add_budget_line`). Parts that do not cover the
    months give no executed amount, and a ``budget-quarters-mismatch`` warning says so.
    """
    first = _year_first_month(builder)
    framed = [_framed(windows[column], first) for column in executed]
    due = sorted(w for w in framed if w is not None and w[1] <= _counted(month, first))
    if (
        due
        and due[0][0] == 1
        and due[-1][1] == _counted(month, first)
        and all(b[0] == a[1] + 1 for a, b in itertools.pairwise(due))
    ):
        builder.budget_parts_month = month
        return
    said = "、".join(row.cells[column].strip() for column in executed)
    builder.finding(
        "budget-quarters-mismatch",
        Severity.WARNING,
        f"预算表头分期执行数（{said}）未逐月覆盖1-{month}月，表中也无1-{month}月执行数，"
        "执行数未读入",
        builder.where(row, executed[0]),
    )


def _rate_of(amount: Decimal, base: Decimal | None, rate: Decimal | None) -> bool:
    """Whether a printed execution *rate* (in %) is *amount* of *base*, to half a point.

    Example:
        >>> _rate_of(Decimal(520), Decimal(1200), Decimal("43.33"))
        True
        >>> _rate_of(Decimal(720), Decimal(1200), Decimal("43.33"))
        False
    """
    if base is None or rate is None or base <= 0:
        return False
    return abs(amount * 100 / base - rate) <= Decimal("0.5")


# Words of a budget header that name the year's budget, not some months of it.
_YEAR_BUDGET_WORDS: Final = ("全年", "年初", "年度", "调整", "跟踪期", "批复", "安排")


def _names_months(label: str) -> bool:
    """Whether a 预算数 header names some months of the year: 1-6月, 截至6月底, 上半年.

    Example:
        >>> [_names_months(label) for label in ("1-6月预算数", "截至6月底预算数", "全年预算数")]
        [True, True, False]
    """
    if any(word in label for word in _YEAR_BUDGET_WORDS):
        return False
    return (
        "半年" in label
        or "季度" in label
        or _WINDOW_RE.search(label) is not None
        or ("截" in label and _UNTIL_RE.search(label) is not None)
    )


# The amount a budget column role holds, for the note on a second column of a role.
_BUDGET_COLUMN_NAMES: Final = MappingProxyType(
    {
        "initial": "年初预算数",
        "period_budget": "预算数",
        "planned": "计划数",
        "executed": "执行数",
        "received": "到位数",  # 累计到位资金 | 已到位资金: never the role's English (k62fix)
        "reason": "偏差原因分析",
        "remarks": "备注",
        "rate": "执行率",
        "forecast": "预计执行数",
        "forecast_rate": "预计执行率",
        "weight": "分值",
        "points": "得分",
        "time_progress": "序时进度",
        "midterm": "中期资金总额",
        "last_year": "上年数",
        "last_year_same_period": "上年同期执行数",
    }
)


# Words of last year heading a budget column (上年预算数, 去年执行数, 上年度实际支出数);
# not a source carried over (上年结转, 上年结余).
_LAST_YEAR_COLUMN_RE: Final = re.compile(r"(?:上一?年度?|去年|前一年)(?!结转|结余)")
# A budget column headed with a year (2023年预算数, 2023年执行数, 2023年度实际支出数).
_YEAR_COLUMN_RE: Final = re.compile(r"((?:19|20)\d{2})年度?")


def _whole_year_columns(row: _Row) -> frozenset[int]:
    """The years the header names as a whole year's column (``2024年预算数``, r51fix W4).

    Example:
        >>> row = _Row(
        ...     ("", "2024年预算数", "2024年1-6月预算数", "1-6月执行数"),
        ...     0,
        ...     ((1, "2024年预算数"), (2, "2024年1-6月预算数"), (3, "1-6月执行数")),
        ...     "",
        ... )
        >>> sorted(_whole_year_columns(row))
        [2024]
    """
    years: set[int] = set()
    for _, text in row.filled:
        label = _label(text)
        year = _YEAR_COLUMN_RE.match(label)
        if year is None or "同期" in label:
            continue
        rest = label[year.end() :]
        if _part_window(rest) is None and _budget_column(rest) is not None:
            years.add(int(year.group(1)))
    return frozenset(years)


def _bare_execution_months(row: _Row) -> frozenset[tuple[int, int]]:
    """The months from January the header's execution columns name without a year.

    ``2023年1-6月执行数 | 1-6月执行数``: the bare ``1-6月执行数`` is this year's, so the
    column naming the same months with a year is an earlier year's (a26 H1), whether or
    not the table's year is known.

    Example:
        >>> row = _Row(
        ...     ("", "年初预算数", "2023年1-6月执行数", "1-6月执行数"),
        ...     0,
        ...     ((1, "年初预算数"), (2, "2023年1-6月执行数"), (3, "1-6月执行数")),
        ...     "",
        ... )
        >>> sorted(_bare_execution_months(row))
        [(1, 6)]
    """
    months: set[tuple[int, int]] = set()
    for _, text in row.filled:
        label = _label(text)
        if _YEAR_COLUMN_RE.match(label) or _LAST_YEAR_COLUMN_RE.match(label) or "同期" in label:
            continue
        window = _part_window(label)
        if window is not None and window[0] == 1 and _budget_column(label) == "executed":
            months.add(window)
    return frozenset(months)


def _last_year_part_column(
    builder: _Builder,
    label: str,
    bare_months: frozenset[tuple[int, int]] = frozenset(),
    this_years: frozenset[int] = frozenset(),
) -> bool:
    """Whether the budget header's *label* is some months of last year (上年同期执行数).

    ``上年同期执行数``, ``去年同期预算数``, ``2023年1-6月执行数`` in a 2024 table: the same
    period of an earlier year, no whole year's figure (regress43 W6). In a table of
    unknown year, a year's execution months that the header also names without a year
    (``2023年1-6月执行数 | 1-6月执行数``, *bare_months*) are an earlier year's (a26 H1);
    not a plan column (``2024年1-6月预算数 | 1-6月执行数``: this year's plan), nor a year
    another column names as the year's whole (*this_years*, ``2024年预算数``) (r51fix W4).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> builder.year = 2024
        >>> labels = ("上年同期执行数", "2023年1-6月执行数", "上年执行数", "1-6月执行数")
        >>> [_last_year_part_column(builder, label) for label in labels]
        [True, True, False, False]
    """
    last = _LAST_YEAR_COLUMN_RE.match(label) is not None
    year = _YEAR_COLUMN_RE.match(label)
    if year is not None and (
        int(year.group(1)) < builder.year
        if builder.year is not None
        else _part_window(label[year.end() :]) in bare_months
        and _budget_column(label[year.end() :]) == "executed"
        and int(year.group(1)) not in this_years
    ):
        last = True
        label = label[year.end() :]
    return last and ("同期" in label or _names_months(label))


def _same_months(
    builder: _Builder, label: str, bare_months: frozenset[tuple[int, int]] = frozenset()
) -> bool:
    """Whether last year's column *label* covers the table's months (上年同期, 2023年1-6月).

    ``同期`` says so; months (``2023年1-6月执行数``) must be January to the table's
    month, when it is known, or, before it is, the months of this year's execution
    column of the same header (*bare_months*, ``1-6月执行数``: a26 H2).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> builder.window_month = 6
        >>> labels = ("上年同期执行数", "2023年1-6月执行数", "2023年1-9月执行数")
        >>> [_same_months(builder, label) for label in labels]
        [True, True, False]
    """
    if "同期" in label:
        return True
    year = _YEAR_COLUMN_RE.match(label)
    months = _part_window(label[year.end() :] if year is not None else label)
    month = _table_month(builder)
    if month is None:
        return months in bare_months
    return months is not None and months[0] == 1 and months[1] == month


def _last_year_budget_column(builder: _Builder, row: _Row, label: str) -> bool:
    """Whether the budget header's *label* is last year's column beside this year's.

    ``上年预算数 | 本年预算数``, ``上年实际支出数 | 本年预算数``, ``2023年预算数 | 2024年预算数``
    of a 2024 table: the earlier year's column is no amount of this year. Only beside
    a budget column of this year (预算数, 年初预算数: one naming neither last year nor an
    earlier year), or for an execution column beside this year's execution column, so
    that a table's only budget column keeps its role whatever year it names
    (``2023年预算数 | 1-6月执行数``, ``上年预算数 | 全年执行数``: the budget, regress41 W1).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> builder.year = 2024
        >>> cells = ("部门预算", "2023年预算数", "2024年预算数", "上年结转")
        >>> row = _Row(cells, 0, tuple(enumerate(cells)), "".join(cells))
        >>> [_last_year_budget_column(builder, row, cell) for cell in cells[1:]]
        [True, False, False]
        >>> cells = ("预算执行情况", "2023年预算数", "1-6月执行数")
        >>> row = _Row(cells, 0, tuple(enumerate(cells)), "".join(cells))
        >>> _last_year_budget_column(builder, row, "2023年预算数")
        False
    """

    def earlier(text: str) -> bool:
        if _LAST_YEAR_COLUMN_RE.match(text) is not None:
            return True
        year = _YEAR_COLUMN_RE.match(text)
        return year is not None and builder.year is not None and int(year.group(1)) < builder.year

    if not earlier(label):
        return False
    role = _budget_column(label) or _quarter_spending(label)
    # beside this year's budget (2023年预算数 | 2024年预算数, 上年执行数 | 全年预算数), or an
    # execution column beside this year's (上年执行数 | 1-6月执行数); an execution column
    # alone makes no budget column last year's (2023年预算数 | 1-6月执行数: the budget)
    wanted = _THIS_YEAR_BUDGET_ROLES | ({role} if role in ("executed", "forecast") else set())
    return any(
        (_budget_column(other) or _quarter_spending(other)) in wanted and not earlier(other)
        for other in (_label(text) for _, text in row.filled[1:])
    )


# The roles of this year's budget, beside which an earlier year's column is last year's.
_THIS_YEAR_BUDGET_ROLES: Final = frozenset({"initial", "period_budget"})


# A budget column headed with a year alone (2025年, 2025年度, 2025年资金总额).
_BUDGET_YEAR_RE: Final = re.compile(r"((?:19|20)\d{2})年度?(?:资金总额|资金|预算|金额)?")


def _budget_year(builder: _Builder, row: _Row) -> int | None:
    """The year whose column is the budget, when a target table's money block names years.

    The table's year; in an undated one, the first year the row names (a rolling plan
    is filed for its first year). None for a row that names no year column, or in a
    self-evaluation or tracking table (a year there says nothing of 年初 or 全年).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> cells = ("项目资金", "2025年", "2026年")
        >>> _budget_year(builder, _Row(cells, 0, tuple(enumerate(cells)), "".join(cells)))
        2025
    """
    if "年" not in row.text or builder.kind not in (TableKind.TARGET, None):
        return None
    named = [
        int(match.group(1))
        for _, text in row.filled
        if (match := _BUDGET_YEAR_RE.fullmatch(_label(text))) is not None
    ]
    if not named:
        return None
    return builder.year if builder.year is not None else min(named)


@lru_cache(maxsize=4096)
def _budget_column(label: str) -> str | None:
    for word, role in voc.BUDGET_COLUMNS:
        if role == "received" and "到位率" in label:
            continue  # 资金到位率 (项目资金到位率, an indicator's name too): no amount
        if word in voc.BUDGET_WHOLE_HEADER_WORDS and not _whole_budget_header(word, label):
            continue  # 资金支出情况, 资金支出用途, 计划投资完成率, 到位资金率: no amount
        if word in label and (word != "下达" or _ISSUED_AMOUNT_RE.search(label) is not None):
            return role
    return None


# What may stand around a word of voc.BUDGET_WHOLE_HEADER_WORDS in its header: a period
# or scope before it, an amount's 数/金额/额 and a bracketed unit after it.
_WHOLE_HEADER_PREFIX: Final = r"(?:全年|年度|本年|当年|累计|实际|已|项目)*"
_WHOLE_HEADER_SUFFIX: Final = r"(?:数|金额|额)?(?:[（(][^）)]*[）)])?"


@lru_cache(maxsize=4096)
def _whole_budget_header(word: str, label: str) -> bool:
    """Whether *label* is the whole header *word* names (tr59 W1-W3).

    Only a period or scope before the word, an amount's 数/金额/额 and a unit after
    it: a header ending in 率, 说明, 用途 or 情况 is no amount.

    Example:
        >>> [
        ...     _whole_budget_header("资金支出", h)
        ...     for h in ("资金支出", "资金支出（万元）", "资金支出金额")
        ... ]
        [True, True, True]
        >>> [
        ...     _whole_budget_header("资金支出", h)
        ...     for h in ("资金支出情况", "资金支出用途", "资金支出说明")
        ... ]
        [False, False, False]
        >>> [
        ...     _whole_budget_header(w, h)
        ...     for w, h in (
        ...         ("计划投资", "计划投资完成率"),
        ...         ("到位资金", "到位资金率"),
        ...         ("到位数", "全年到位数"),
        ...     )
        ... ]
        [False, False, True]
    """
    pattern = _WHOLE_HEADER_PREFIX + re.escape(word) + _WHOLE_HEADER_SUFFIX
    return re.fullmatch(pattern, label.replace(" ", "")) is not None


# A 下达 header of an amount (已下达预算数, 下达金额, 下达资金, 已下达（万元）); not the
# document, date or batch of the issue (资金下达文号, 资金下达时间, 下达日期, 下达批次).
_ISSUED_AMOUNT_RE: Final = re.compile(
    r"^(?!.*(?:文号|文件|时间|日期|批次|批文|文))[^（(]*下达(?:[^（(]*(?:数|额|资金)|\s*(?:[（(]|$))"
)


def _window_from_header(
    builder: _Builder, label: str, role: str | None = None, cell: tuple[_Row, int] | None = None
) -> None:
    """The monitoring window a header names: 1-7月执行数, 半年度执行情况, 前三季度.

    The actual's header (*role* ``actual``) may put the table at the year's end
    (全年实际完成值, 截至2023年底完成值); a forecast's 全年 does not. *cell* is the
    header's row and column, the period's cell when the header gives its text: its
    position is built only when it is kept (r36n; most headers name no window).
    """
    at: Position | None = None
    if (month := _header_month(label)) is not None:
        at = builder.position(*cell) if cell is not None else None
        builder.header_windows.append((month, label, at))
    if builder.window_month is not None:
        return
    if not (
        "月" in label
        or "季" in label
        or "截" in label
        or "半年" in label
        or (role == "actual" and "年" in label)
    ):
        # (r39d) _header_window can set nothing: its patterns need 月 in the period's
        # key (_period_key makes one only of 季, 1-3季度), 截 (截至8月底), 半年 or 三季度,
        # and the year's end an actual's 年; with the window and the year's end as they
        # were, _note_period_text keeps nothing (the year is not touched either), and
        # the position it would be given is built for nothing (年初预算数, 执行率)
        return
    before = _window_state(builder)
    _header_window(builder, label, role)
    text = builder.period_text
    if at is None and cell is not None and builder.period is None:
        at = builder.position(*cell)  # (_note_period_text keeps nothing beside a period)
    _note_period_text(builder, before, label, at)  # 1-9月执行数: the period's text
    if builder.period_text != text:
        builder.period_from_header = True


def _header_month(label: str) -> int | None:
    """The last month an execution or actual header names in figures (``1-7月执行数``: 7).

    Only a header of what was done (执行, 完成, 实际, 支出, 情况, 累计), not of a plan or a
    forecast (``1-12月预计执行数``, ``1-6月预算数``): the months the table's figures run to.

    Example:
        >>> [_header_month(t) for t in ("1-7月执行数", "1－7月执行情况", "截至8月底完成值")]
        [7, 7, 8]
        >>> [_header_month(t) for t in ("1-12月预计执行数", "1-6月预算数", "执行数")]
        [None, None, None]
    """
    if not ("月" in label or "季" in label or "截" in label):
        return None  # neither pattern can match: 月 or a quarter (its months), or 截至 a date
    if not any(word in label for word in _EXECUTED_HEADER_WORDS) or any(
        word in label for word in _PLANNED_HEADER_WORDS
    ):
        return None
    said = _period_key(label)
    match = _WINDOW_RE.search(said) or (_UNTIL_RE.search(said) if "截" in said else None)
    if match is None or not 1 <= (month := int(match.group("month"))) <= 12:  # noqa: PLR2004
        return None
    return month


_EXECUTED_HEADER_WORDS: Final = ("执行", "完成", "实际", "支出", "情况", "累计")
_PLANNED_HEADER_WORDS: Final = ("预计", "预测", "计划", "预算", "目标", "指标值")


def _header_window(builder: _Builder, label: str, role: str | None) -> None:
    """The reading of :func:`_window_from_header`."""
    if role == "actual" and "年" in label and any(word in label for word in _YEAR_END_WORDS):
        builder.year_end = True
    said = _period_key(label)  # 1－9月执行数, 1-3季度执行数 (January to September)
    match = _WINDOW_RE.search(said)
    if match is None and "截" in label:
        match = _UNTIL_RE.search(said)
    if match is not None:
        if 1 <= (month := int(match.group("month"))) <= 12:  # noqa: PLR2004
            builder.window_month = month
    elif "半年" in label:
        builder.window_month = 6
    elif "三季度" in label:
        builder.window_month = 9


_AMOUNT_COLUMNS: Final = frozenset({"initial", "period_budget", "executed", "rate", "forecast"})


# A money label no block word names (预算资金, 部门预算资金, 年度资金, 部门预算, 资金来源,
# 预算安排, 部门整体支出预算), its unit dropped: a few words ending in 资金, 预算 or 经费,
# or in 资金/预算 then 来源, 安排, 情况, 构成 or 投入 (not 预算执行率, 资金到位率, 资金总额).
_MONEY_LABEL_RE: Final = re.compile(
    r"[\u3400-\u9fff]{0,8}(?:(?:资金|预算)(?:来源|安排|情况|构成|投入)?|经费)"
)


def _heads_money_block(label: str, row: _Row) -> bool:
    """Whether a row led by a money label heads the budget block (the caller's position).

    The label is a money label (:data:`_MONEY_LABEL_RE`) and a cell after it names an
    amount column (年初预算数, 执行数, 中期资金总额, 年度资金总额, 2025年) or a line of
    amounts (资金总额 | 820). Only above the grid, before any budget, is it the block's
    head: there 部门预算（万元） | 资金总额 | 820 opens the block, while a 预算资金 line
    inside a block, or a row of the grid, is read as before.

    Example:
        >>> cells = ("预算资金（万元）", "", "中期资金总额", "年度资金总额")
        >>> row = _Row(cells, 0, tuple((c, t) for c, t in enumerate(cells) if t), "".join(cells))
        >>> _heads_money_block("预算资金", row), _heads_money_block("预算执行率", row)
        (True, False)
    """
    label = _LABEL_NUMBER_RE.sub("", label)  # 二、预算资金（万元）: a numbered heading
    if len(label) > _LONGEST_MONEY_LABEL or _MONEY_LABEL_RE.fullmatch(label) is None:
        return False
    cells = row.filled[1:]
    for position, (_, text) in enumerate(cells):
        cell = _label(text)
        if _names_money_column(cell):
            return True
        following = cells[position + 1] if position + 1 < len(cells) else None
        if following is not None and _budget_role(cell) is not None and _is_amount(following[1]):
            return True
    return False


_LONGEST_MONEY_LABEL: Final = 12


def _names_money_column(label: str) -> bool:
    """A budget header cell: an amount column, a year's or the mid-term's money, a year.

    Example:
        >>> [_names_money_column(t) for t in ("年初预算数", "实施期资金总额", "2025年", "资金总额")]
        [True, True, True, False]
    """
    return (
        _budget_column(label) is not None
        or label.startswith("年度资金")
        or (_is_midterm(label) and ("资金" in label or "预算" in label))
        or _BUDGET_YEAR_RE.fullmatch(label) is not None
    )


def _opens_budget(row: _Row) -> bool:
    """A row that names two amount columns (年初预算数, 执行数, 执行率…), not weights only."""
    return sum(_budget_column(_label(text)) in _AMOUNT_COLUMNS for _, text in row.filled) >= 2  # noqa: PLR2004


def _names_budget_columns(row: _Row) -> bool:
    """A row that names at least two amount columns (年初预算数, 执行数, 执行率…)."""
    return sum(_budget_column(_label(text)) is not None for _, text in row.filled) >= 2  # noqa: PLR2004


def _unwrapped_labels(row: _Row) -> _Row:
    r"""*row* with each label cell (no amount) joined where a line break split two Chinese characters.

    A budget line's label wrapped in its cell (``年度资金⏎总额``, a ``<br>``, Alt+Enter)
    is one label, ``年度资金总额``, as an indicator's name is (see
    :func:`_unwrapped_name`): before, the line's source and every finding on it read
    ``年度资金 总额`` (r38i 3).

    Example:
        >>> cells = ("", "年度资金 总额", "200")
        >>> row = _Row(cells, 0, ((1, cells[1]), (2, "200")), "", ("", "年度资金\n总额", "200"))
        >>> _unwrapped_labels(row).filled
        ((1, '年度资金总额'), (2, '200'))
    """
    raw = row.raw
    if raw is None:
        return row
    cells = list(row.cells)
    for column, text in row.filled:
        if not _is_amount(text):
            cells[column] = _unwrapped_name(raw, column, text)
    if tuple(cells) == row.cells:
        return row
    filled = tuple((column, cells[column]) for column, _ in row.filled)
    return row._replace(cells=tuple(cells), filled=filled, text="".join(cells))


def _read_budget_row(builder: _Builder, row: _Row) -> None:
    row = _unwrapped_labels(row)
    cells = row.filled
    judged = builder.budget_likelihood_column
    if (
        judged is not None
        and judged < len(row.cells)
        and (answer := _ticked(row.cells[judged]))
        and "budget" not in builder.judgement  # the first line's (资金总额)
    ):
        builder.judgement["budget"] = answer
        builder.place("judgement.budget_completion", builder.position(row, judged))
    if (builder.budget_upper is not None or builder.budget_header) and _read_budget_columns(
        builder, row
    ):
        return
    if builder.in_task_list or _opens_task_list(row):
        # 年度主要任务 | 任务名称 | … then 总额 | 财政拨款 | 其他资金, the tasks and their
        # 金额合计: tasks are no sources of the money (and 总额 no line of it)
        builder.in_task_list = True
        _read_task_row(builder, row)
        return
    label_index = next((i for i, (_, text) in enumerate(cells) if not _is_amount(text)), -1)
    if builder.budget_line_column is not None:
        # the year's half of a line that prints the mid-term's first: its label names it
        label_index = next(
            (
                i
                for i, (column, text) in enumerate(cells)
                if column == builder.budget_line_column and not _is_amount(text)
            ),
            label_index,
        )
    if (
        label_index >= 0
        and (not builder.budget_header or builder.budget_pair_column is not None)
        and (pairs := _budget_pairs(cells[label_index:])) is not None
    ):
        # 其中：财政拨款 | 100 | 其他资金 | 20, or 其中：财政拨款：100, under 年度资金总额 of a
        # block that names no amount column (read54 M1), or whose header and total were
        # pairs too (年度预算数 | 200 | 执行数 | 180, r39e): a line per source
        _read_budget_pairs(builder, row, pairs, builder.budget_pair_column or "initial")
        return
    if label_index >= 0 and (halves := _axis_pairs(cells[label_index:])) is not None:
        # 其中：一般公共预算： | 1240 | 其中：基本支出： | 830 under 按收入性质分 | 按支出性质分:
        # a source and a use side by side, each with its own amount (r35d)
        builder.budget_axis_pairs = True
        _read_axis_pairs(builder, row, halves)
        return
    if (
        builder.budget_axis_pairs
        and label_index == 0
        and len(cells) == 2  # noqa: PLR2004
        and _is_amount(cells[1][1])
        and (_budget_role(_label(cells[0][1])) is not None or _use_name(cells[0][1]) is not None)
    ):
        # 其他资金： | 62.26 below the side-by-side halves: the left half's last pair
        _read_axis_pairs(builder, row, [(cells[0], cells[1])])
        return
    role: BudgetRole | None
    if label_index < 0:
        # 预算安排（万元） | 年初预算数 | … above 650.00 | 680.00 | …: the block's label is
        # merged down beside its only line of amounts, which is the total
        label = builder.budget_label
        if builder.budget or not builder.budget_header or label is None:
            return
        if label[0] >= cells[0][0] or not all(c in builder.budget_header for c, _ in cells):
            return
        cells = (label, *cells)
        label_index, role = 0, BudgetRole.TOTAL
    else:
        source = _label(cells[label_index][1])
        if (
            source == "其中"
            and label_index + 1 < len(cells)
            and not _is_amount(cells[label_index + 1][1])
        ):
            # 其中 (merged down its own column) | 中央资金 | 2400: the source is the next cell
            label_index += 1
            source = _label(cells[label_index][1])
        role = _budget_role(source)
        if _use_name(cells[label_index][1]) in voc.BUDGET_BY_ECONOMIC_CLASS:
            # 对个人和家庭的补助 (补助, a source's word), 对企业补助 (企业): what the money is
            # spent on (支出经济分类), a use read aside, never a source
            role = None
        if (
            role is None
            and source == "小计"
            and builder.budget_subtotal is None
            and not any(line.role is BudgetRole.TOTAL for line in builder.budget)
        ):
            # 省级资金, 市级资金, 县级资金 then 小计: the sources' sum, the total line, unless
            # the block has a total (then, or when one comes after it, a subtotal)
            role = BudgetRole.TOTAL
    label_cell = cells[label_index]
    builder.budget_rows.append((row.at, _use_name(label_cell[1])))
    if role is None:
        if _key(label_cell[1]) in _COLUMN_NUMBER_LABELS and _numbers_columns(row):
            return  # 栏次 | 1 | 2 | 3 | 4 | 5=3/2: the block's column numbers, no line
        if _is_extra_field(label_cell[1]):
            # 项目总投资, 累计完成投资 inside the block: whole-life figures, no source of
            # the year's money; a note, and the sources' sum is still checked
            _investment_note(builder, row, label_cell, cells[label_index + 1 :])
            return
        if _same_period_line(builder, row, label_cell, cells[label_index + 1 :]):
            return  # 上年同期执行数 under the total: last year's same months (g23c)
        if _rate_line(builder, row, label_cell, cells[label_index + 1 :]):
            return  # 预算执行率（10分） | | | 100% | 8 under the lines: the block's rate
        if not _use_line(builder, row, label_cell):
            _unread_budget_line(builder, row, label_cell, cells[label_index + 1 :])
            return
        role = BudgetRole.OTHER  # a use, read aside (_use_line): never a line of the table
    use = role is BudgetRole.OTHER and _use_line(builder, row, label_cell)
    builder.use_label = label_cell[1] if use else None
    if builder.budget_subtotal is not None and not use:
        # a total, or another source (中央, 省级, 小计, 县级配套), after the 小计: it summed
        # some of the sources only
        _demote_subtotal(builder, builder.budget_subtotal)
    header = builder.budget_header
    values = cells[label_index + 1 :]  # the cells right of the label (columns ascend)
    amounts: dict[str, tuple[int, str]]
    if not header:  # no amount column was recognised
        # 年度资金总额 | 2160 in a target table's money block: the year's budget
        numbers = [cell for cell in values if _is_amount(cell[1])]
        amounts = {"initial": numbers[0]} if len(numbers) == 1 else {}
        if not numbers and not use:
            # 其中：财政拨款 | 待定: the line's amount in words, said (r34m: it vanished)
            _no_figure_amount(builder, row, role, label_cell, values)
        if len(numbers) > 1:
            # 年初 | 全年 side by side with no column named: which is the budget is not said
            said = "、".join(text for _, text in numbers)
            builder.finding(
                "budget-line-unread",
                Severity.INFO,
                f"预算行“{label_cell[1]}”有{len(numbers)}个金额（{said}），"
                "无表头列说明哪个是年度预算，金额未读入",
                builder.where(row, label_cell[0], budget_line=role.value),
            )
    elif (under := _under_header(header, builder.budget_columns, values)) is not None:
        amounts = under  # each amount under its header column; one no role names left out
    else:  # drifted: the cells after the label, in the header's order
        amounts = {
            role_name: (column, text)
            for (column, text), role_name in zip(
                values, [header[c] for c in sorted(header)], strict=False
            )
        }
        builder.finding(
            "layout-normalised",
            Severity.INFO,
            f"预算行“{label_cell[1]}”的金额与表头列未对齐，已按顺序对应",
            builder.where(row, label_cell[0], budget_line=role.value),
        )
    if header and "midterm" not in amounts:
        # 实施期资金总额 | 6000 | 年度资金总额 | 2000: the whole period's amount stands left
        # of the year's label, under its own header column (target21 H7)
        whole = [
            cell
            for cell in cells[:label_index]
            if header.get(cell[0]) == "midterm" and _is_amount(cell[1])
        ]
        if whole:
            amounts["midterm"] = whole[-1]
    measures = len(builder.indicator_measures)
    _add_budget_line(builder, row, role, label_cell, amounts)
    builder.use_label = None
    if use:
        builder.budget_uses.append(builder.budget.pop())
        del builder.indicator_measures[measures:]  # a use's 改进措施 was never read


def _under_header(
    header: Mapping[int, str], columns: set[int], values: Sequence[tuple[int, str]]
) -> dict[str, tuple[int, str]] | None:
    """Each of *values* under the role its *header* column names, or None if one drifted.

    None when a cell stands in a column the budget header does not print (neither a
    role's column nor one of *columns*): the amounts are then matched in order. One
    pass over the cells does the check and the reading (before, ``all()`` over the
    cells, then a second pass to read them: the same cells, the same dict).

    Example:
        >>> _under_header({2: "initial", 3: "executed"}, {1, 2, 3}, [(1, "x"), (3, "5")])
        {'executed': (3, '5')}
        >>> _under_header({2: "initial"}, {2}, [(2, "5"), (4, "6")]) is None
        True
    """
    amounts: dict[str, tuple[int, str]] = {}
    for cell in values:
        # a role is never "" nor None: .get() is the ``in header`` test and the lookup
        role = header.get(cell[0])
        if role is not None:
            amounts[role] = cell  # a role two columns name: the later one, as before
        elif cell[0] not in columns:
            return None
    return amounts


# A budget cell of a label and its amount (年度资金总额：120, 其中：财政拨款：100): the label
# up to the last colon, the amount after it.
_PAIR_AMOUNT_RE: Final = re.compile(r"(?P<label>.*[^\s:：])\s*[:：]\s*(?P<amount>[^:：]+?)\s*")


def _pair_amount(text: str) -> tuple[str, str] | None:
    """A budget cell's source label and amount printed together after a colon, or None.

    Example:
        >>> _pair_amount("其中：财政拨款：100"), _pair_amount("年度资金总额：")
        (('其中：财政拨款', '100'), None)
    """
    if ":" not in text and "：" not in text:
        return None
    match = _PAIR_AMOUNT_RE.fullmatch(text)
    if match is None or not _is_amount(match["amount"]):
        return None
    label = match["label"]
    return (label, match["amount"]) if _budget_role(_label(label)) is not None else None


_BudgetPair = tuple[tuple[int, str], tuple[int, str]]


def _budget_pairs(cells: Sequence[tuple[int, str]]) -> list[_BudgetPair] | None:
    """The sources and amounts of a line printed as pairs, each source's label with its amount.

    ``年度资金总额 | 120 | 其中：财政拨款 | 100 | 其他资金 | 20`` (the label, then its
    amount in the next cell) or ``年度资金总额：120`` (both in one cell), each label a
    source's (:func:`_budget_role`): the label's cell and the amount's (the same column
    for a cell of both). None unless every cell is part of a pair and there are two pairs
    at least, or one of a single cell (a label beside one amount is the usual line, and
    a mid-term half beside the year's, :func:`_side_by_side`, is no pair); two totals or
    a label printed twice are two halves of the year, no pairs of sources.

    Example:
        >>> _budget_pairs([(1, "年度资金总额"), (2, "120"), (3, "其他资金"), (4, "20")])
        [((1, '年度资金总额'), (2, '120')), ((3, '其他资金'), (4, '20'))]
        >>> _budget_pairs([(1, "年度资金总额：120")])
        [((1, '年度资金总额'), (1, '120'))]
        >>> _budget_pairs([(1, "年度资金总额"), (2, "120")]) is None
        True
    """
    pairs: list[_BudgetPair] = []
    joined = False
    at = 0
    while at < len(cells):
        column, text = cells[at]
        both = _pair_amount(text)
        if both is not None:
            pairs.append(((column, both[0]), (column, both[1])))
            joined = True
            at += 1
            continue
        label = _label(text)
        if (
            at + 1 >= len(cells)
            or _budget_role(label) is None
            or _is_midterm(label)
            or not _is_amount(cells[at + 1][1])
        ):
            return None
        pairs.append((cells[at], cells[at + 1]))
        at += 2
    labels = [_label(label[1]) for label, _ in pairs]
    if len(set(labels)) < len(labels) or (
        sum(_budget_role(label) is BudgetRole.TOTAL for label in labels) > 1
    ):
        return None  # 年初资金总额 | 6000 | 调整后资金总额 | 2000: which is the budget is not said
    return pairs if len(pairs) > 1 or joined else None


def _read_budget_pairs(
    builder: _Builder, row: _Row, pairs: Sequence[_BudgetPair], column: str = "initial"
) -> None:
    """Add a budget line per pair of :func:`_budget_pairs`: its amount is the year's budget.

    As the amount of ``年度资金总额 | 2160`` in a block that names no amount column is
    (``initial``); under a total printed as :func:`_column_pairs`, the total's budget
    column (*column*: ``period_budget`` under 全年预算数).
    """
    for label_cell, amount_cell in pairs:
        role = _budget_role(_label(label_cell[1]))
        if role is None:  # pragma: no cover - every pair's label names a source
            continue
        builder.budget_rows.append((row.at, _use_name(label_cell[1])))
        if builder.budget_subtotal is not None:
            _demote_subtotal(builder, builder.budget_subtotal)
        _add_budget_line(builder, row, role, label_cell, {column: amount_cell})


def _axis_pairs(cells: Sequence[tuple[int, str]]) -> list[_BudgetPair] | None:
    """A row of the two halves of a 部门整体 block, by source and by use, else None.

    The central template prints 按收入性质分 and 按支出性质分 side by side: each row a
    source's label and its amount, then a use's label and its amount (``其中：一般公共预算：
    | 1240.10 | 其中：基本支出： | 830.12``). The amounts stand under whatever header
    columns the block's top line has, and belong to their labels, not to those columns.
    Only label/amount pairs, one source and one use at least.

    Example:
        >>> cells = [(0, "其中：一般公共预算："), (1, "1240"), (4, "其中：基本支出："), (5, "830")]
        >>> [(label[1], amount[1]) for label, amount in _axis_pairs(cells) or ()]
        [('其中：一般公共预算：', '1240'), ('其中：基本支出：', '830')]
        >>> _axis_pairs([(0, "年度资金总额"), (1, "120"), (2, "其他资金"), (3, "20")]) is None
        True
    """
    if len(cells) < 4 or len(cells) % 2:  # noqa: PLR2004
        return None
    pairs: list[_BudgetPair] = list(zip(cells[0::2], cells[1::2], strict=True))
    sources = uses = 0
    for (_, label), (_, amount) in pairs:
        if _is_amount(label) or not _is_amount(amount):
            return None
        if _budget_role(_label(label)) is not None:
            sources += 1
        elif _use_name(label) is not None:
            uses += 1
        else:
            return None
    return pairs if sources and uses else None


def _read_axis_pairs(builder: _Builder, row: _Row, pairs: Sequence[_BudgetPair]) -> None:
    """A line per pair of :func:`_axis_pairs`: a source's, or a use's read aside.

    In a block that names no amount column the amount is the year's budget, as a pair's
    of :func:`_read_budget_pairs` is; under one it is that column's. An amount under no
    amount column (the halves drawn under 分值, or left of the columns) says none: the
    pair is left out, and said (``budget-line-unread``).
    """
    header = builder.budget_header
    for label_cell, amount_cell in pairs:
        role = _budget_role(_label(label_cell[1]))
        column = header.get(amount_cell[0]) if header else "initial"
        if column not in _AMOUNT_COLUMNS - {"rate"}:
            builder.finding(
                "budget-line-unread",
                Severity.INFO,
                f"预算行“{label_cell[1]}”的金额{amount_cell[1]}不在表头的金额列下，"
                "不知是预算数还是执行数，未读入",
                builder.where(
                    row, amount_cell[0], budget_line=None if role is None else role.value
                ),
            )
            continue
        amounts = {column: amount_cell}
        builder.budget_rows.append((row.at, _use_name(label_cell[1])))
        if role is not None:
            if builder.budget_subtotal is not None:
                _demote_subtotal(builder, builder.budget_subtotal)
            _add_budget_line(builder, row, role, label_cell, amounts)
            continue
        builder.use_label = label_cell[1]
        measures = len(builder.indicator_measures)
        _add_budget_line(builder, row, BudgetRole.OTHER, label_cell, amounts)
        builder.use_label = None
        builder.budget_uses.append(builder.budget.pop())
        del builder.indicator_measures[measures:]


# A budget line of last year's same months (上年同期执行数, 去年同期支出, 上年同期).
_SAME_PERIOD_LINE_RE: Final = re.compile(
    r"(?:其中:?)?(?:上一?年度?|去年)同期(?:实际)?(?:执行|支出)?(?:数|金额|额)?(?:\([^()]*\))?"
)


def _same_period_line(
    builder: _Builder,
    row: _Row,
    label_cell: tuple[int, str],
    values: Sequence[tuple[int, str]],
) -> bool:
    """Keep a line ``上年同期执行数`` as the total's ``last_year_same_period``, if it is one.

    ``年度资金总额 | 100 | 50`` then ``上年同期执行数 | | 40``: the amount in the block's
    执行数 column (or its only amount when no column is named) is what the project spent
    in the same months of last year, for comparison, never this year's (g23c; before, the
    line was an unknown source, ``budget-line-unread``, and the sources' sum went
    unchecked). Only under the block's one total line, with one amount.
    """
    if _SAME_PERIOD_LINE_RE.fullmatch(_label(label_cell[1])) is None:
        return False
    totals = [i for i, line in enumerate(builder.budget) if line.role is BudgetRole.TOTAL]
    numbers = [cell for cell in values if _is_amount(cell[1])]
    header = builder.budget_header
    if header:
        numbers = [cell for cell in numbers if header.get(cell[0]) == "executed"]
    if len(totals) != 1 or len(numbers) != 1:
        return False
    index = totals[0]
    total = builder.budget[index]
    printed = _Printed()
    name = "last_year_same_period"
    amount = _budget_amount(builder, row, total.role, {name: numbers[0]}, name, printed=printed)
    if amount is None:
        return False
    cell = builder.position(row, numbers[0][0])
    kept = evolve(
        total,
        last_year_same_period=amount,
        cells=(*total.cells, (name, cell)),
        printed=(*total.printed, *printed.texts),
    )
    _replace_budget_line(builder, index, kept)
    return True


def _replace_budget_line(builder: _Builder, index: int, kept: BudgetLine) -> None:
    """Put *kept* in place of the budget line at *index*, wherever the builder holds it.

    A line read further from a later row (its last year's figure, the block's rate or
    得分) is a new frozen object: the parts' readings and the subtotal that name the old
    one name the new.
    """
    total = builder.budget[index]
    builder.budget[index] = kept
    builder.budget_parts_readings = [
        (kept if line is total else line, seen) for line, seen in builder.budget_parts_readings
    ]
    if builder.budget_subtotal is not None and builder.budget_subtotal[0] is total:
        builder.budget_subtotal = (kept, builder.budget_subtotal[1])


def _rate_line(
    builder: _Builder,
    row: _Row,
    label_cell: tuple[int, str],
    values: Sequence[tuple[int, str]],
) -> bool:
    """Read a row of the execution rate under the lines as the block's rate, if it is one.

    ``年度资金总额 | 600 | 600 | 600``, ``其中：财政拨款 | …``, then ``预算执行率（10分） |
    | | | 100% | 8``: the rate, 分值 and 得分 the block prints once, on a row of its own,
    are its total line's (before, the row was an unknown source, ``budget-line-unread``,
    and the rate went unread). A cell under the header's 执行率, 分值 or 得分 column is
    that; a cell no column heads is read by its place: the percent is the rate, a figure
    before it the 分值, one after it the 得分. The label's points (``（10分）``) are the
    分值 when no cell prints one. Only when no line above printed a rate or 得分, the
    block has one total line (or one line), and the row holds no amount of money; when
    a line printed its rate, the row's 得分 under the 得分 column is read by
    :func:`_rate_row_points`.
    """
    if not _is_rate_label(label_cell[1]):
        return False
    lines = builder.budget
    totals = [i for i, line in enumerate(lines) if line.role is BudgetRole.TOTAL]
    if not totals and len(lines) == 1:
        totals = [0]
    if any(line.rate is not None or line.published_points is not None for line in lines):
        return len(totals) == 1 and _rate_row_points(builder, row, label_cell, values, totals[0])
    if len(totals) != 1:
        return False
    header = builder.budget_header
    placed: dict[str, tuple[int, str]] = {}
    loose: list[tuple[int, str]] = []
    for column, text in values:
        if _key(text) in _AMOUNT_PLACEHOLDERS:
            continue  # — under 年初预算数: no amount
        role = header.get(column)
        if role in _RATE_ROW_ROLES and role not in placed:
            placed[role] = (column, text)
        elif role is None or (role in _MONEY_COLUMNS and _has_percent(text)):
            loose.append((column, text))
        else:
            return False  # an amount under a money column (or a second rate): a line
    rates = [cell for cell in loose if _has_percent(cell[1])]
    if len(rates) > 1 or (rates and "rate" in placed):
        return False
    if rates:
        placed["rate"] = rates[0]
    at = rates[0][0] if rates else placed["rate"][0] if "rate" in placed else None
    before = [cell for cell in loose if at is not None and cell[0] < at]
    after = [cell for cell in loose if at is not None and cell[0] > at]
    if at is None and loose:
        return False  # 8 under no column and no rate: which it is is not said
    for role, cells in (("weight", before), ("points", after)):
        if len(cells) > 1 or (cells and role in placed):
            return False
        if cells:
            placed[role] = cells[0]
    if not placed:
        return False
    index = totals[0]
    total = lines[index]
    printed = _Printed()

    def read(name: str) -> Decimal | None:
        return _budget_amount(builder, row, total.role, placed, name, printed=printed)

    rate, weight, points = read("rate"), read("weight"), read("points")
    if weight is None and "weight" not in placed:
        weight = _end_points(label_cell[1])
    kept = evolve(
        total,
        rate=rate,
        weight=total.weight if weight is None else weight,
        published_points=points,
        cells=(
            *total.cells,
            *((name, builder.position(row, column)) for name, (column, _) in placed.items()),
        ),
        printed=(*total.printed, *printed.texts),
    )
    _replace_budget_line(builder, index, kept)
    return True


def _rate_row_points(
    builder: _Builder,
    row: _Row,
    label_cell: tuple[int, str],
    values: Sequence[tuple[int, str]],
    index: int,
) -> bool:
    """Read a rate row under lines that print their rate or 得分: the block's rate and points.

    ``年度资金总额 | 600 | 600 | 540 | 90% |`` then ``预算执行率（10分） | | | | | 8``
    under a header ``… | 执行率 | 得分``: the 得分 the block prints once, under the 得分
    column, is its total line's (line *index*) printed points, and the label's points
    its 分值 when the line has none (k32o: before, the row was ``budget-line-unread`` and
    the 得分 lost). Only a figure under the header's 得分 column, and a rate under the
    执行率 column (or a percent under a money column or none). When the line prints a
    得分 of its own that the row contradicts, the line's is kept and the row's said, not
    read (``malformed-points``). The row's rate is the line's when the line prints none;
    the line's own rate again is read once; another rate is read against the line's
    amounts (k33c: before, the row was ``budget-line-unread``): the line's printed rate
    is kept, and the row's is said when the amounts do not give it
    (:func:`_rate_row_differs`).
    """
    header = builder.budget_header
    placed: dict[str, tuple[int, str]] = {}
    for column, text in values:
        if _key(text) in _AMOUNT_PLACEHOLDERS:
            continue  # — under 年初预算数: no amount
        role = header.get(column)
        if role is not None and role in _MONEY_COLUMNS and _has_percent(text):
            role = "rate"  # 执行率 | | 85% under 全年预算数: the rate, its % says so
        elif role is None and _has_percent(text):
            role = "rate"
        if role not in ("rate", "points") or role in placed:
            return False  # an amount, a 分值, a cell no column heads: not said which
        placed[role] = (column, text)
    if not placed or ("points" in placed and _has_percent(placed["points"][1])):
        return False
    total = builder.budget[index]
    printed = _Printed()
    rate = None
    if "rate" in placed:
        rate = _budget_amount(builder, row, total.role, placed, "rate", printed=printed)
        if rate is None:
            return False  # not a number: _budget_amount said so at its cell
        if total.rate is not None and not _same_rate(rate, total.rate):
            _rate_row_differs(builder, row, label_cell, placed["rate"], (total, rate))
        if total.rate is not None:
            rate = None  # the line's own rate stands
    cells = [("rate", builder.position(row, placed["rate"][0]))] if rate is not None else []
    texts = [(name, t) for name, t in printed.texts if name == "rate" and rate is not None]
    weight = _end_points(label_cell[1]) if total.weight is None else total.weight
    points = None
    if "points" in placed:
        points = _budget_amount(builder, row, total.role, placed, "points", printed=printed)
        column, text = placed["points"]
        if points is not None and total.published_points is None:
            cells.append(("points", builder.position(row, column)))
            texts += [(name, t) for name, t in printed.texts if name == "points"]
        elif points is not None and points != total.published_points:
            # the line's own 得分: the row's the same again, or said and left out
            builder.finding(
                "malformed-points",
                Severity.WARNING,
                f"预算执行率行的得分“{text}”与“{total.source}”填报的得分"
                f"{total.published_points}不一致，未读入",
                builder.where(row, column),
            )
        if total.published_points is not None:
            points = None
        elif points is None and rate is None:
            return True  # not a number: _budget_amount said so at its cell
    kept = evolve(
        total,
        rate=total.rate if rate is None else rate,
        weight=weight,
        published_points=total.published_points if points is None else points,
        cells=(*total.cells, *cells),
        printed=(*total.printed, *texts),
    )
    _replace_budget_line(builder, index, kept)
    return True


def _same_rate(rate: Decimal, other: Decimal) -> bool:
    """Whether two printed rates are one: equal, or one the other's share (0.9 and 90).

    Example:
        >>> _same_rate(Decimal("90.00"), Decimal(90)), _same_rate(Decimal("0.9"), Decimal(90))
        (True, True)
        >>> _same_rate(Decimal(85), Decimal(90))
        False
    """
    return rate == other or rate.scaleb(2) == other or other.scaleb(2) == rate


def _rate_row_differs(
    builder: _Builder,
    row: _Row,
    label_cell: tuple[int, str],
    cell: tuple[int, str],
    line_and_rate: tuple[BudgetLine, Decimal],
) -> None:
    """Say a rate row's rate that is not the total line's own printed rate (k33c).

    ``年度资金总额 | 100 | 90 | 90%`` then ``执行率 | | | 85%``: the line's amounts
    give 90.00%, which the row's 85% is not (read as rounded or truncated, each amount ±
    half a unit, as the scoring reads a line's rate): ``budget-rate-mismatch`` at the
    row's cell, with both figures. A row whose rate the amounts give (``74%`` of 74 spent
    of 100, beside the line's 98.67% against the months' plan) is no finding here: the
    line's own rate is the one the scoring holds against them. Without amounts to
    compute a rate, the two printed rates are said to differ, the line's kept.
    """
    line, rate = line_and_rate
    column, text = cell
    label = _label(label_cell[1])
    allowed = _amounts_rate(line)
    if allowed is None:
        builder.finding(
            "budget-rate-mismatch",
            Severity.WARNING,
            f"“{label}”行填报执行率{text}与“{line.source}”填报的执行率{line.rate}%不一致，"
            "按后者读取",
            builder.where(row, column, name=line.source, budget_line=line.role.value),
        )
        return
    if _rate_fits(rate, allowed) or (0 < rate <= 1 and _rate_fits(rate.scaleb(2), allowed)):
        return
    assert line.executed is not None  # noqa: S101 - _amounts_rate gave a range
    denominator = line.period_budget if line.period_budget is not None else line.initial
    assert denominator is not None  # noqa: S101 - as above
    computed = half_up(line.executed / denominator * 100)
    builder.findings.append(
        Finding(
            "budget-rate-mismatch",
            Severity.WARNING,
            f"“{label}”行填报执行率{text}与“{line.source}”按金额计算的{computed}%不符"
            f"（“{line.source}”填报执行率{line.rate}%）",
            builder.where(row, column, name=line.source, budget_line=line.role.value),
            figures=(Figure("printed", rate), Figure("computed", computed)),
        )
    )


def _amounts_rate(line: BudgetLine) -> tuple[Decimal, Decimal] | None:
    """The rates a budget line's amounts allow, each amount ± half a unit, in percent.

    The denominator is the scoring's: 预算数 (``period_budget``), else 年初预算数. None
    without an executed amount or a denominator above 0.

    Example:
        >>> from perftrack.model import BudgetRole
        >>> line = BudgetLine(
        ...     BudgetRole.TOTAL, "年度资金总额", period_budget=Decimal(100), executed=Decimal(90)
        ... )
        >>> [format(edge, ".4f") for edge in _amounts_rate(line)]
        ['89.0547', '90.9548']
    """
    denominator = line.period_budget if line.period_budget is not None else line.initial
    executed = line.executed
    if executed is None or denominator is None or executed < 0:
        return None
    half_executed, half_denominator = _half_digit(executed), _half_digit(denominator)
    if denominator - half_denominator <= 0:
        return None
    hundred = Decimal(100)
    return (
        max(executed - half_executed, Decimal(0)) / (denominator + half_denominator) * hundred,
        (executed + half_executed) / (denominator - half_denominator) * hundred,
    )


def _half_digit(value: Decimal) -> Decimal:
    """Half a unit of *value*'s last printed digit (``84.88`` → ``0.005``)."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal(0)


def _rate_fits(printed: Decimal, allowed: tuple[Decimal, Decimal]) -> bool:
    """Whether a printed rate, read as rounded (± half a unit) or truncated, meets *allowed*."""
    unit = _half_digit(printed) * 2
    return printed + unit >= allowed[0] and printed - unit / 2 <= allowed[1]


# The roles a rate row of its own prints (:func:`_rate_line`): the block's 执行率, 分值, 得分.
_RATE_ROW_ROLES: Final = frozenset({"rate", "weight", "points"})


def _use_line(builder: _Builder, row: _Row, label_cell: tuple[int, str]) -> bool:
    """Whether *label_cell* labels a line of the money by use read aside: 基本支出, 项目支出.

    基本支出 and 项目支出 divide a total between them, 人员经费 and 公用经费 are parts of
    基本支出 (dept22 H4); a lead-in naming the group (按支出性质分：基本支出) is dropped.
    Not in a task list (its rows are tasks).
    """
    if _use_name(label_cell[1]) is None or builder.budget_by_rows or builder.budget_tasks:
        return False
    block_label = builder.budget_label
    return (block_label is None or "任务" not in block_label[1]) and not _names_budget_columns(row)


# The uses that divide a budget's total between them (部门整体 tables).
_TOP_USES: Final = ("基本支出", "项目支出")
# The parts of 基本支出 (dept22 H4).
_BASIC_PARTS: Final = ("人员经费", "公用经费")
# A lead-in naming the uses' group before a use's label (按支出性质分：基本支出).
_USE_LEAD_RE: Final = re.compile(r"(?:其中)?:?(?:按[^分:]{1,6}分(?:类)?:?)?(?:其中)?:?")


# The uses, in the vocabulary's order: the first that begins a label is its use.
_USE_RE: Final = re.compile("|".join(map(re.escape, voc.BUDGET_BY_USE)))


@lru_cache(maxsize=2048)
def _use_name(text: str) -> str | None:
    """The use a budget label names (基本支出, 项目支出, 人员经费, 公用经费), else None.

    An economic class followed by 资金 or a level of government in brackets names a
    source of money (``对个人和家庭补助资金（中央）``), no use (regress47 W3).

    Example:
        >>> [_use_name(t) for t in ("按支出性质分：基本支出", "其中：人员经费", "财政拨款")]
        ['基本支出', '人员经费', None]
        >>> [_use_name(t) for t in ("对个人和家庭补助资金（中央）", "资本性支出（区级）")]
        [None, None]
    """
    label = _label(text)
    label = label[_USE_LEAD_RE.match(label).end() :]  # type: ignore[union-attr]
    found = _USE_RE.match(label)
    use = found[0] if found else None
    if use in voc.BUDGET_BY_ECONOMIC_CLASS and _economic_source(text):
        return None
    return use


# What names an economic class a source: 资金 and/or a level of government in brackets
# after it (对个人和家庭补助资金（中央）, 资本性支出（区级）, 对企业补助资金).
_ECONOMIC_SOURCE_RE: Final = re.compile(
    r"资金(?:\((?:中央|省级|市级|区级|县级|本级)\))?|\((?:中央|省级|市级|区级|县级|本级)\)"
)


def _economic_source(text: str) -> bool:
    """Whether a budget label names an economic class as a source of money (regress47 W3).

    Example:
        >>> [_economic_source(t) for t in ("其中：对个人和家庭补助资金（中央）", "资本性支出")]
        [True, False]
    """
    key = _key(text)
    return any(
        (at := key.find(name)) >= 0
        and _ECONOMIC_SOURCE_RE.fullmatch(key[at + len(name) :]) is not None
        for name in voc.BUDGET_BY_ECONOMIC_CLASS
    )


def _check_uses(builder: _Builder) -> None:
    """The lines by use of a budget block: noted, and their sums checked.

    A 部门整体 table may split its total by use (合计, 基本支出, 项目支出; 人员经费 and
    公用经费 under 基本支出), alone or beside its sources. The roles have no place for a
    use, so the lines are not the table's; they are checked here, as the scoring cannot
    see them, in each amount column, each figure within half a unit of its digits
    (``budget-sum-mismatch``): 基本支出 + 项目支出 (or 人员经费 + 公用经费 + 项目支出
    when no 基本支出 is printed) against the total, and 人员经费 + 公用经费 against
    基本支出 when all three are printed (dept22 H4). Beside sources the uses may split
    one source only (财政拨款 of which 基本支出, 项目支出): uses that add up to a source's
    line in every column compared are not held against the total (dept22 H5). The lines
    themselves are the table's, with the role ``use`` (:func:`_with_uses`): the scoring
    checks each one's rate and spending, never adds them to the sources.
    """
    uses = builder.budget_uses
    if not uses:
        return
    totals = [line for line in builder.budget if line.role is BudgetRole.TOTAL]
    sources = [line for line in builder.budget if line.role is not BudgetRole.TOTAL]
    by_use: dict[str, BudgetLine] = {}
    for line in uses:
        by_use.setdefault(_use_name(line.source) or "", line)
    checks: list[tuple[list[BudgetLine], BudgetLine, bool]] = []  # parts, whole, beside sources
    if len(totals) == 1:
        top = [by_use[use] for use in _TOP_USES if use in by_use]
        parts = [by_use[use] for use in _BASIC_PARTS if use in by_use]
        if len(top) == len(_TOP_USES):
            checks.append((top, totals[0], bool(sources)))
        elif "项目支出" in by_use and len(parts) == len(_BASIC_PARTS):
            checks.append(([*parts, by_use["项目支出"]], totals[0], bool(sources)))
    if (
        "基本支出" in by_use
        and all(use in by_use for use in _BASIC_PARTS)
        and not _other_basic_parts(builder)
    ):
        checks.append(([by_use[use] for use in _BASIC_PARTS], by_use["基本支出"], False))
    for parts, whole, beside in checks:
        wrong = _wrong_sums(builder, parts, whole)[0]
        if wrong and beside and any(not _wrong_sums(builder, parts, s)[0] for s in sources):
            continue  # 财政拨款 of which 基本支出, 项目支出: the uses split that source
        if wrong:
            builder.findings.append(_uses_mismatch(builder, parts, whole, wrong))


def _whole_by_uses(builder: _Builder) -> bool:
    """Whether the block is read by use alone, 基本支出 and 项目支出 each printed (r37n).

    ``项目 | 年初预算数 | 全年预算数 | 全年执行数`` over ``基本支出`` and ``项目支出``
    after a task list, no 合计: the department's money, the two uses its whole (the
    scoring adds them up). The task list's 金额合计 is then no second budget.
    """
    named = sorted(_use_name(line.source) or "" for line in builder.budget_uses)
    return sorted(use for use in named if use in _TOP_USES) == sorted(_TOP_USES)


def _with_uses(builder: _Builder) -> tuple[BudgetLine, ...]:
    """The block's lines, the uses (:func:`_check_uses`) among them with the role ``use``.

    Each use stands after the last line printed above it (or left of it, on its row),
    so the lines keep their printed order; the sources keep theirs. Before, the uses
    were read aside and dropped: ``基本支出 | 600 | 650 | 640`` was in no line, and a
    grid row ``基本支出预算执行率`` had nothing to be compared with.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> at = lambda row: Position(None, None, row, 1)
        >>> builder.budget = [BudgetLine(BudgetRole.TOTAL, "合计", position=at(5))]
        >>> builder.budget.append(BudgetLine(BudgetRole.APPROPRIATION, "财政拨款", position=at(8)))
        >>> builder.budget_uses = [BudgetLine(BudgetRole.OTHER, "基本支出", position=at(6))]
        >>> [(line.source, line.role.value) for line in _with_uses(builder)]
        [('合计', 'total'), ('基本支出', 'use'), ('财政拨款', 'appropriation')]
    """
    lines = list(builder.budget)
    for use in builder.budget_uses:
        line = evolve(use, role=BudgetRole.USE)
        where = use.position
        if where is None:
            lines.append(line)
            continue
        at = 0
        for index, kept in enumerate(lines):
            place = kept.position
            if place is None or (place.row, place.column) <= (where.row, where.column):
                at = index + 1
        lines.insert(at, line)
    return tuple(lines)


def _other_basic_parts(builder: _Builder) -> bool:
    """Whether a line other than 人员经费 and 公用经费 is printed under 基本支出.

    ``基本支出 | 其中：人员经费 | 公用经费 | 对个人和家庭的补助 | 项目支出``: the rows after
    基本支出 up to the next use of the top (项目支出) or the block's end are its parts;
    beside a third one, 人员经费 + 公用经费 is no sum of 基本支出 (regress41 W4).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> builder.budget_rows = [(3, "基本支出"), (4, "人员经费"), (5, "公用经费"), (6, None)]
        >>> _other_basic_parts(builder)
        True
        >>> builder.budget_rows.insert(3, (6, "项目支出"))
        >>> _other_basic_parts(builder)
        False
    """
    rows = builder.budget_rows
    start = next((i for i, (_, use) in enumerate(rows) if use == "基本支出"), None)
    if start is None:
        return False
    for _, use in rows[start + 1 :]:
        if use in _TOP_USES:
            return False
        if use not in _BASIC_PARTS:
            return True
    return False


def _wrong_sums(
    builder: _Builder, parts: list[BudgetLine], whole: BudgetLine
) -> tuple[list[tuple[str, str, Decimal, Decimal]], int]:
    """The amount columns where *parts* do not add up to *whole*, and how many were compared."""
    wrong: list[tuple[str, str, Decimal, Decimal]] = []
    compared = 0
    for column, name in _USE_COLUMNS:
        total = getattr(whole, column)
        values = [getattr(line, column) for line in parts]
        if total is None or any(value is None for value in values):
            continue
        compared += 1
        present = cast("list[Decimal]", values)
        added = sum(present, Decimal(0))
        gap = abs(added - total)
        if gap and gap >= sum((_half_unit(value) for value in present), _half_unit(total)):
            label = name if column != "period_budget" else _period_budget_name(builder)
            wrong.append((column, label, added, total))
    return wrong, compared


def _uses_mismatch(
    builder: _Builder,
    parts: list[BudgetLine],
    whole: BudgetLine,
    wrong: list[tuple[str, str, Decimal, Decimal]],
) -> Finding:
    """The ``budget-sum-mismatch`` of uses *parts* against *whole* (the total or 基本支出)."""
    del builder
    cells = dict(whole.cells)
    names = [_use_label(line.source) for line in parts]
    spent_on = "与".join(["、".join(names[:-1]), names[-1]])
    whole_name = _use_label(whole.source)
    role = (
        BudgetRole.TOTAL if whole.role is BudgetRole.TOTAL and not _use_name(whole.source) else None
    )
    return Finding(
        "budget-sum-mismatch",
        Severity.WARNING,
        "，".join(
            f"{spent_on}的{label}合计{added}与{whole_name}{total}不符"
            for _, label, added, total in wrong
        ),
        _line_where(cells.get(wrong[0][0], whole.position), role),
        # the uses' sum and the whole, each of what its message calls it
        tuple(
            figure
            for _, label, added, total in wrong
            for figure in (
                Figure("uses_added", added, f"{spent_on}的{label}"),
                Figure("uses_whole", total, f"{whole_name}{label}"),
            )
        ),
    )


def _use_label(source: str) -> str:
    """A use's label without its 其中 or group (``其中:基本支出``, ``按支出性质分:基本支出``)."""
    label = _label(source)
    if _use_name(source) is None:
        return label.removeprefix("其中").lstrip(":：")
    return label[_USE_LEAD_RE.match(label).end() :]  # type: ignore[union-attr]


# The amount columns of the uses' sum check, and their names.
_USE_COLUMNS: Final = (
    ("initial", "年初预算数"),
    ("period_budget", "预算数"),
    ("planned", "计划数"),
    ("executed", "执行数"),
    ("forecast", "预计执行数"),
)


def _half_unit(value: Decimal) -> Decimal:
    """Half a unit of the last digit *value* prints (``4902.10``: 0.005)."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal(0)


def _period_budget_name(builder: _Builder) -> str:
    """The name of the block's 预算数 column as its header says (跟踪期, 全年, or bare)."""
    span = _budget_span(builder)
    if span is BudgetSpan.PERIOD:
        return "跟踪期预算数"
    return "全年预算数" if span is BudgetSpan.YEAR else "预算数"


def _line_where(position: Position | None, role: BudgetRole | None) -> Where:
    """The finding's place at a budget line's cell *position*."""
    return Where.at(position, budget_line=None if role is None else role.value)


def _line_weight(
    builder: _Builder, role: BudgetRole, label: str, printed: Decimal | None
) -> Decimal | None:
    """A budget line's weight: its 分值 cell, else the points its label ends in, else the block's.

    ``年度资金总额（10分）`` with no 分值 column weighs 10, as a 分值 cell of 10 would; the
    block's label (``项目资金（万元）（10分）``) weighs its total line only.
    """
    if printed is not None:
        return printed
    if (points := _end_points(label)) is not None:
        return points
    return builder.budget_weight if role is BudgetRole.TOTAL else None


# The columns of a budget line whose amounts :func:`_add_budget_line` reads, in the
# order it reads them; the first eight from a transposed block's own rows when it has them.
_ROWED_AMOUNTS: Final = (
    "weight",
    "initial",
    "period_budget",
    "planned",
    "executed",
    "rate",
    "forecast",
    "forecast_rate",
)
_LINE_AMOUNTS: Final = (*_ROWED_AMOUNTS, "points", "midterm", "last_year", "last_year_same_period")
# Each of :data:`_LINE_AMOUNTS` by its place: a line's columns sorted by it are read in
# that order (a line fills four or five of the twelve: no test of each name, r38n).
_LINE_AMOUNT_ORDER: Final = MappingProxyType({name: i for i, name in enumerate(_LINE_AMOUNTS)})
_LINE_AMOUNT_NAMES: Final = frozenset(_LINE_AMOUNTS)


def _add_budget_line(  # noqa: PLR0913 - the row, its line's role, label and amounts
    builder: _Builder,
    row: _Row,
    role: BudgetRole,
    label_cell: tuple[int, str],
    amounts: dict[str, tuple[int, str]],
    *,
    label_row: _Row | None = None,
    amount_rows: Mapping[str, _Row] | None = None,
) -> None:
    """Add the budget line of *row* labelled *label_cell*, its *amounts* by column role.

    *label_row* is the row of the label when it is not *row* (a source named in a
    sub-header over its column, :func:`_read_budget_columns`). *amount_rows* gives the
    row of an amount printed on a row of its own (a transposed block, :func:`_read_transposed`).
    """
    rows = amount_rows or {}
    amounts = _received_notes(builder, row, label_cell, amounts)
    progress = amounts.get("time_progress")  # a 序时进度 column of the budget block
    if progress is not None and builder.time_progress is None:
        builder.time_progress = _number(progress[1])
    printed = _Printed()

    # each column's amount read in this order (its findings and printed texts in it), the
    # columns the line has not skipped (_budget_amount's None for them, without the call:
    # a line fills four or five of the twelve, r37f)
    # (the names of _LINE_AMOUNTS the line has, sorted by their place there: the same
    # names in the same order as testing each of the twelve in turn, r38n)
    read: dict[str, Decimal | None] = {}
    for name in sorted(
        _LINE_AMOUNT_NAMES.intersection(amounts), key=_LINE_AMOUNT_ORDER.__getitem__
    ):
        # a transposed block's rows (but for the last four), else the row's
        at = rows.get(name, row) if rows and name in _ROWED_AMOUNTS else row
        read[name] = _budget_amount(builder, at, role, amounts, name, printed=printed)
    get = read.get
    weight = get("weight")
    initial = get("initial")
    period_budget = get("period_budget")
    planned = get("planned")
    executed = get("executed")
    rate = get("rate")
    forecast = get("forecast")
    forecast_rate = get("forecast_rate")
    points = get("points")
    # 实施期资金总额 | 6000 beside 年度资金总额 | 2000: the whole period's (target21 H7)
    midterm = get("midterm")
    # 上年预算数 | 本年预算数: last year's figure, kept for comparison (dept22 H1)
    last_year = get("last_year")
    # 上年同期执行数 | 1-6月执行数: last year's same months, never this year's (g23c)
    same_period = get("last_year_same_period")
    quarters = _budget_quarters(builder, row, role, amounts)
    running = False  # the parts are running totals: no sum to check them against
    seen: _PartsSeen | None = None
    if executed is None and (month := builder.budget_parts_month) is not None:
        # no column for the period's months: the parts chained up to them, added up;
        # running totals (each part headed 累计, or the printed rate that of the last
        # part and not of the sum: 一季度 200 | 二季度 520 at 43.33% of 1200) are the last
        parts = _parts_due(builder, quarters, month)
        added = [part.amount for part in parts if part.amount is not None]
        if added and len(added) == len(parts):
            base = period_budget if period_budget is not None else initial
            reading, evidence = _parts_reading(parts, added, base, rate)
            executed = added[-1] if reading == "last" else sum(added, Decimal(0))
            running = reading == "last"
            if reading == "unsure":
                executed = None  # settled by the block's other lines, or said unsure
            if evidence or reading == "unsure":
                key = tuple((part.start, part.end) for part in parts)
                seen = (key, reading, added[-1], sum(added, Decimal(0)), base)
    file = builder.file
    sheet = builder.sheet_name
    number = builder.row_number(row)
    line = _new_budget_line(
        role,
        _without_colon(_without_end_points(label_cell[1])),
        initial=initial,
        period_budget=period_budget,
        planned=planned,
        executed=executed,
        rate=rate,
        forecast=forecast,
        weight=_line_weight(builder, role, label_cell[1], weight),
        published_points=points,
        position=_new_position(
            file,
            sheet,
            number if label_row is None else builder.row_number(label_row),
            label_cell[0] + 1,
        ),
        cells=tuple(
            (
                name,
                _new_position(
                    file,
                    sheet,
                    number if name not in rows else builder.row_number(rows[name]),
                    column + 1,
                ),
            )
            for name, (column, _) in amounts.items()
            if not name.endswith("+") and "@" not in name  # not read, or kept in quarters
        ),
        printed=tuple(printed.texts),
        forecast_rate=forecast_rate,
        quarters=quarters,
        midterm=midterm,
        last_year=last_year,
        last_year_same_period=same_period,
        midterm_label=_midterm_label(builder, amounts) if midterm is not None else "",
    )
    if seen is not None:
        builder.budget_parts_readings.append((line, seen))
    if not running:
        _check_quarters(builder, line)
    if printed.converted:
        _note_converted(builder, row, line, printed.converted)
    builder.budget.append(line)
    if role is BudgetRole.TOTAL and _label(label_cell[1]) == "小计":
        builder.budget_subtotal = (line, builder.where(row, label_cell[0]))
    measures = builder.budget_measures
    if measures is not None and measures < len(row.cells) and _states(row.cells[measures]):
        said = _unwrapped_text(row, measures, row.cells[measures])
        builder.indicator_measures.append(f"{label_cell[1]}：{said}")


# The points at a budget label's end (:data:`_END_POINTS_RE`) as printed, spaces and
# full-width brackets allowed: 年度资金总额（10分）, 年度资金总额 10分.
_RAW_END_POINTS_RE: Final = re.compile(
    r"\s*(?:[(（\[【〔]\s*(?:满分|权重|分值)?[:：]?\s*\d+(?:\.\d+)?\s*分\s*[)）\]】〕]"
    r"|(?<![\d.])(?:满分|权重|分值)?[:：]?\s*\d+(?:\.\d+)?\s*分)(?=\s*[:：]?\s*$)"
)


def _without_end_points(label: str) -> str:
    """A budget line's label without the points at its end, read as its weight.

    Example:
        >>> _without_end_points("年度资金总额（10分）"), _without_end_points("年度资金总额10分：")
        ('年度资金总额', '年度资金总额：')
        >>> _without_end_points("其中：财政拨款"), _without_end_points("（10分）")
        ('其中：财政拨款', '（10分）')
    """
    if _end_points(label) is None:
        return label
    return _RAW_END_POINTS_RE.sub("", label, count=1) or label


# A label of the execution rate itself (预算执行率, 年度预算执行率, 资金执行率, 支出进度),
# after a heading's number (二、, 2.) and without the points at its end.
_RATE_LABEL_RE: Final = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?"
    r"(?:年度|全年|项目)?(?:预算资金|财政资金|项目资金|预算|资金)?"
    r"(?:执行率|支出率|支出进度|执行进度)(?:情况)?"
)


def _is_rate_label(text: str) -> bool:
    """Whether *text* labels the execution rate itself, with or without its points.

    Example:
        >>> [_is_rate_label(t) for t in ("预算执行率（10分）", "资金执行率", "二、预算执行率10分")]
        [True, True, True]
        >>> [_is_rate_label(t) for t in ("年度资金总额（10分）", "财政拨款", "执行率说明")]
        [False, False, False]
    """
    return _RATE_LABEL_RE.fullmatch(_label(_without_end_points(text))) is not None


def _without_colon(label: str) -> str:
    """A budget line's label without the colon printed after it (``年度资金总额：``).

    The colon only parts the label from its amounts; a label of a colon alone is kept.

    Example:
        >>> _without_colon("年度资金总额："), _without_colon("其中：财政拨款"), _without_colon("：")
        ('年度资金总额', '其中：财政拨款', '：')
    """
    stripped = label.rstrip().rstrip(":：").rstrip()
    return stripped or label


# The budget columns no field of a line holds, each kept as a note: the funds received
# (全年到位数), and a monitoring table's 偏差原因分析 and 备注 of the line (r35k)
_TEXT_COLUMNS: Final = frozenset({"reason", "remarks"})
_RECEIVED_COLUMNS: Final = frozenset({"received", *_TEXT_COLUMNS})


def _received_notes(
    builder: _Builder,
    row: _Row,
    label_cell: tuple[int, str],
    amounts: dict[str, tuple[int, str]],
) -> dict[str, tuple[int, str]]:
    """*amounts* without the funds received, each kept as a note of the table.

    A 专项债 or 投资 table's 全年到位数 (资金到位, 到位资金) is the money that arrived, not
    the budget nor the spending, and no field of a budget line holds it: the line's
    amount is kept as a note, labelled by the line and named by its column
    (``市级配套资金``: ``全年到位数：800.00万元``) (tr29 H1/H2; before, the column was
    dropped without a word).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> builder.budget_unit = "万元"
        >>> builder.budget_header_cells[2] = ("全年到位数", "C1")
        >>> cells = ("配套资金", "1000", "800")
        >>> row = _Row(cells, 0, tuple(enumerate(cells)), "".join(cells))
        >>> left = _received_notes(
        ...     builder,
        ...     row,
        ...     (0, "配套资金"),
        ...     {"period_budget": (1, "1000"), "received": (2, "800")},
        ... )
        >>> sorted(left), [(note.label, note.text) for note in builder.notes]
        (['period_budget'], [('配套资金', '全年到位数：800万元')])
    """
    if _RECEIVED_COLUMNS.isdisjoint(amounts):
        return amounts  # no such column: the list below would be empty (r38n)
    received = [(name, cell) for name, cell in amounts.items() if name in _RECEIVED_COLUMNS]
    unit = builder.budget_unit or ""
    for role, (column, text) in received:
        if not text.strip() or text.strip() in _AMOUNT_PLACEHOLDERS:
            continue
        if role in _TEXT_COLUMNS and not _states(text):
            continue  # 暂无, 无: no reason, no remark
        header = builder.budget_header_cells.get(column, ("资金到位数", ""))[0]
        money = _number(text) is not None and "%" not in text
        said = text.strip() + (builder.budget_column_units.get(column, unit) if money else "")
        name_of_line = label_cell[1].replace("：", ":").removeprefix("其中:").strip()
        builder.notes.append(
            Note(name_of_line, f"{_label(header)}：{said}", builder.position(row, column))
        )
    return {name: cell for name, cell in amounts.items() if name not in _RECEIVED_COLUMNS}


# How a budget line's parts read (_parts_reading): their months, the reading, the last
# part, their sum and the year's budget.
_PartsSeen = tuple[tuple[tuple[int, int], ...], str, Decimal, Decimal, Decimal | None]


def _parts_reading(
    parts: Sequence[BudgetPart],
    added: Sequence[Decimal],
    base: Decimal | None,
    rate: Decimal | None,
) -> tuple[str, bool]:
    """How a line's 执行数 for parts chained from January make its executed amount.

    Returns ``"sum"`` (amounts of each part, added up), ``"last"`` (running totals:
    the last part is the period's) or ``"unsure"``, and whether the line itself shows
    which (so the block's other lines, whose columns are the same, may follow it):

    - each part headed 累计 → running totals;
    - a printed 执行率 that is the last part's and not the sum's → running totals; the
      sum's and not the last part's → amounts of each part;
    - a part below the one before → amounts of each part (a running total never falls);
    - parts naming their own months (``1-3月 | 4-6月``, ``1-6月 | 7-8月``) or of several
      lengths → amounts of each part, as their headers say;
    - the sum over the year's budget *base* while the last part is within it →
      running totals (amounts of each part cannot add up past the budget);
    - otherwise, the parts never falling, both readings are possible: unsure.

    The sum and the last part equal (earlier parts zero), or one part, need no choice.

    Example:
        >>> def part(label, start, end, amount):
        ...     return BudgetPart(label, start, end, Decimal(amount))
        >>> parts = [part("一季度执行数", 1, 3, 500), part("二季度执行数", 4, 6, 900)]
        >>> _parts_reading(parts, [Decimal(500), Decimal(900)], Decimal(1000), None)
        ('last', True)
        >>> _parts_reading(parts, [Decimal(500), Decimal(900)], Decimal(2000), None)
        ('unsure', False)
        >>> _parts_reading(parts, [Decimal(500), Decimal(400)], Decimal(2000), None)
        ('sum', True)
    """
    total = sum(added, Decimal(0))
    last = added[-1]
    if len(added) < 2 or total == last:  # noqa: PLR2004
        return "sum", False
    if all("累计" in part.label for part in parts):
        return "last", True
    by_last, by_sum = _rate_of(last, base, rate), _rate_of(total, base, rate)
    if by_last != by_sum:
        return ("last" if by_last else "sum"), True
    if any(b < a for a, b in itertools.pairwise(added)):
        return "sum", True
    if len({part.end - part.start for part in parts}) != 1 or any(
        _MONTH_RANGE_RE.search(part.label) for part in parts
    ):
        return "sum", False  # 1-3月 | 4-6月, 1-6月 | 7-8月: each names its own months
    if base is not None and base > 0:
        slack = _half_unit(base) + sum((_half_unit(amount) for amount in added), Decimal(0))
        if total - base > slack and last - base <= _half_unit(last) + _half_unit(base):
            return "last", True
    return "unsure", False


def _settle_budget_parts(builder: _Builder) -> None:
    """Give the lines whose 执行数 parts could be running totals or not an executed amount.

    The lines of a block share its columns: when its other lines show how the parts
    are printed (:func:`_parts_reading`), all of them one way, an unsure line reads
    them that way too. When none shows it, the parts are what their headers say,
    each part's own amount (``二季度执行数`` is the second quarter's; a running total
    is headed 累计 or ``1-6月``), and the executed amount is their sum. When the other
    lines show both ways, the line has no executed amount, and a
    ``budget-quarters-unsure`` warning at its last part gives both readings (the
    last part and the sum, ``figures`` ``cumulative`` and ``added``).
    """
    readings = builder.budget_parts_readings
    for line, (key, reading, last, total, base) in readings:
        if reading != "unsure":
            continue
        shown = {seen[1] for _, seen in readings if seen[0] == key and seen[1] != "unsure"}
        if len(shown) <= 1:
            executed = last if shown == {"last"} else total
            for lines in (builder.budget, builder.budget_uses):
                index = next((i for i, kept in enumerate(lines) if kept is line), None)
                if index is not None:
                    lines[index] = evolve(line, executed=executed)
            continue
        said = "、".join(f"{part.label}{part.amount}" for part in line.quarters)
        within = f"两者均未超出预算数{base}" if base is not None else "表中无预算数可资判断"
        if base is not None and last > base:
            within = f"两者均超出预算数{base}"
        where = line.quarters[-1].position if line.quarters else line.position
        amounts = [part.amount for part in line.quarters if part.amount is not None]
        rising = (
            "各期相同"
            if len(set(amounts)) == 1
            else "逐期递增"
            if all(a < b for a, b in itertools.pairwise(amounts))
            else "逐期不减"
        )
        builder.findings.append(
            Finding(
                "budget-quarters-unsure",
                Severity.WARNING,
                f"预算行“{line.source}”分期执行数（{said}）{rising}，"
                f"可能为累计数（执行数{last}）也可能为当期数（合计{total}），"
                f"{within}，无法确定执行数，未读入",
                _line_where(where, line.role),
                figures=(Figure("cumulative", last), Figure("added", total)),
            )
        )


def _budget_quarters(
    builder: _Builder, row: _Row, role: BudgetRole, amounts: dict[str, tuple[int, str]]
) -> tuple[BudgetPart, ...]:
    """The line's 执行数 for parts of the year (一季度执行数 beside 1-8月执行数), in month order.

    Each part column of the header gives one, its amount None when the cell is empty
    or a placeholder (``/``, ``——``). The amount is in the block's unit: a cell or a
    column in another unit (``一季度执行数(元)`` beside ``1-7月执行数(万元)``) is converted
    by its own unit, as the executed amount is.
    """
    file = builder.file
    sheet = builder.sheet_name
    number = builder.row_number(row)
    parts = []
    for name in builder.budget_header.values():
        match = _PART_ROLE_RE.fullmatch(name) if "@" in name else None
        if match is None:
            continue
        cell = amounts.get(name)
        amount: Decimal | None = None
        position: Position | None = None
        if cell is not None:
            column, text = cell
            position = _new_position(file, sheet, number, column + 1)
            if _key(text) not in _AMOUNT_PLACEHOLDERS:
                amount = _number(text)
                if amount is None or "元" in text or builder.budget_column_units:
                    # by the part's own column's unit (一季度执行数(元) beside
                    # 1-7月执行数(万元)), into the block's, as the executed amount is
                    amount = _money(builder, row, role, (name, *cell), amount, printed=_Printed())
        parts.append(
            BudgetPart(
                match.group("label"),
                int(match.group("start")),
                int(match.group("end")),
                amount,
                position,
            )
        )
    if not parts:
        return ()  # no part column (most blocks): nothing to order, the year's start unread
    # in the order of the table's year: a project year's from its first month (r37c)
    first = _year_first_month(builder)
    parts.sort(key=lambda part: (_counted(part.start, first), _counted(part.end, first)))
    return tuple(parts)


def _year_first_month(builder: _Builder) -> int:
    """The month the table's year starts in: a tracking project year's first (r36c), else 1."""
    period = builder.period
    if builder.kind is TableKind.TRACKING and period is not None and is_project_year(period):
        return period.start.month
    return 1


def _counted(month: int, first: int) -> int:
    """*month* (1-12) counted in a year that starts in month *first* (1: itself).

    >>> _counted(1, 7), _counted(6, 7), _counted(7, 7), _counted(3, 1)
    (7, 12, 1, 3)
    """
    return (month - first) % 12 + 1


def _framed(window: tuple[int, int], first: int) -> tuple[int, int] | None:
    """The months *window* (start, end) counted from *first*; None across the year's start."""
    start, end = _counted(window[0], first), _counted(window[1], first)
    return (start, end) if start <= end else None


def _parts_due(builder: _Builder, parts: Sequence[BudgetPart], month: int) -> list[BudgetPart]:
    """The *parts* ended by the end of *month*, in the table's year (r37c).

    In a project year (``2024年7月-2025年6月``) the calendar quarters are those of its
    twelve months: by June all four are due, 三季度 (July-September, the first) first;
    by March 三季度, 四季度 and 一季度. Elsewhere the parts ending by *month*.
    """
    first = _year_first_month(builder)
    end = _counted(month, first)
    return [
        part
        for part in parts
        if (framed := _framed((part.start, part.end), first)) is not None and framed[1] <= end
    ]


def _check_quarters(builder: _Builder, line: BudgetLine) -> None:
    """Say when a line's 执行数 for the parts of the year do not add up to its executed amount.

    Only when the parts printed cover every month from January to the period's end
    (``一季度 | 二季度 | 7-8月`` for a 1-8月执行数), one after the other, each with an
    amount: their sum must be the executed amount, up to the rounding of the printed
    decimals (half a unit of the last digit of each amount).
    """
    executed = line.executed
    if executed is None or not line.quarters:
        return
    column = next((c for c, r in builder.budget_header.items() if r == "executed"), None)
    window = (
        _part_window(builder.budget_header_cells[column][0])
        if column is not None and column in builder.budget_header_cells
        else None
    )
    month = window[1] if window is not None and window[0] == 1 else _table_month(builder)
    if month is None:
        return
    due = _parts_due(builder, line.quarters, month)
    first = _year_first_month(builder)
    if (
        not due
        or _counted(due[0].start, first) != 1
        or _counted(due[-1].end, first) != _counted(month, first)
        or any(
            _counted(b.start, first) != _counted(a.end, first) + 1
            for a, b in itertools.pairwise(due)
        )
    ):
        return
    amounts = [part.amount for part in due if part.amount is not None]
    if len(amounts) != len(due):
        return
    added = sum(amounts, Decimal(0))
    slack = sum((_half_unit(amount) for amount in amounts), _half_unit(executed))
    if abs(added - executed) <= slack:
        return
    said = "、".join(f"{part.label}{part.amount}" for part in due)
    period = (
        builder.budget_header_cells[column][0]
        if column is not None and column in builder.budget_header_cells
        else "执行数"
    )
    cells = dict(line.cells)
    builder.finding(
        "budget-quarters-mismatch",
        Severity.WARNING,
        f"预算行“{line.source}”分期执行数（{said}）合计{added}与{_label(period)}{executed}不符",
        _line_where(cells.get("executed", line.position), line.role),
    )


# A group of columns of a budget printed in columns: its sources (按收入性质分, 按资金来源分)
# or its uses (按支出性质分, 按支出用途分, 按经济分类分), no sources (see BUDGET_BY_USE).
_BY_KIND_RE: Final = re.compile(r"按[^分]{1,6}分(?:类)?")
_USE_GROUP_WORDS: Final = ("支出", "用途", "经济")


def _heads_budget_columns(row: _Row) -> bool:
    """Whether a budget label row names the sources as columns (over a row of amounts).

    年度预算申请（万元） | 资金总额 | 按收入性质分 | 按支出性质分, or 部门预算（万元） |
    资金总额 | 财政拨款 | 其他资金: after a money label, a group of sources (按…分) or
    two sources, and no amount column (年初预算数, 中期资金总额) nor amount; 年度资金总额
    among the sources is the total's column (:func:`_year_total_source`).

    Example:
        >>> cells = ("年度预算申请（万元）", "资金总额", "按收入性质分", "", "按支出性质分")
        >>> filled = tuple((c, t) for c, t in enumerate(cells) if t)
        >>> _heads_budget_columns(_Row(cells, 0, filled, "".join(cells)))
        True
    """
    head = _label(row.filled[0][1])
    if len(row.filled) < 3 or not any(word in head for word in ("预算", "资金", "经费")):  # noqa: PLR2004
        return False
    labels = [_label(text) for _, text in row.filled[1:]]
    while labels and _budget_column(labels[-1]) in ("weight", "points"):
        labels.pop()  # … | 其他资金 | 分值 | 得分: a self-evaluation's scores (dept32 H5)
    if any(
        _is_amount(label)
        or (_names_money_column(label) and not _year_total_source(label))
        or _pair_amount(label) is not None  # 年度资金总额：120: a line, no column
        for label in labels
    ):
        return False
    return any(_BY_KIND_RE.fullmatch(label) for label in labels) or (
        sum(_budget_role(label) is not None or _use_name(label) is not None for label in labels)
        >= 2  # noqa: PLR2004 - 资金总额 | 基本支出 | 项目支出 too (dept22 H3)
        and any(_budget_role(label) is not None for label in labels)
    )


def _year_total_source(label: str) -> bool:
    """Whether a budget header cell is the year's total money heading a column of sources.

    年度资金总额 (年度资金合计) over a target table's amounts is the year's budget of the
    row layout (an amount column, as in 项目资金 | 年度资金总额 | 2160); among sources
    (年度资金总额 | 其中：财政拨款 | 其他资金, :func:`_heads_budget_columns`) it is the
    total's column, as 资金总额 or 合计 is (read54 H3, M1).

    Example:
        >>> [
        ...     _year_total_source(t)
        ...     for t in ("年度资金总额", "年度资金合计", "年度资金", "中期资金总额")
        ... ]
        [True, True, False, False]
    """
    return label.startswith("年度资金") and _budget_role(label) is BudgetRole.TOTAL


def _names_column_sources(builder: _Builder, row: _Row) -> bool:
    """Whether *row* is the sub-header of a budget printed in columns: each one's source.

    Under 年度预算申请 | 资金总额 | 按收入性质分 (:func:`_heads_budget_columns`), the
    labels under the groups (一般公共预算 | 政府性基金预算 | 其他资金 | 基本支出 | 项目支出);
    under amount columns each merged over several (全年预算数（A） | 全年执行数（B）), the
    sources under each (合计 | 中央资金 | 地方资金, twice): two sources at least, one of
    them under no header cell of its own.
    """
    upper = builder.budget_upper
    if upper is not None:
        first = upper.filled[1][0]
        return all(column >= first for column, _ in row.filled)
    if not builder.budget_columns:
        return False
    first = min(builder.budget_columns)
    return (
        all(column >= first for column, _ in row.filled)
        and sum(_budget_role(_label(text)) is not None for _, text in row.filled) >= 2  # noqa: PLR2004
        and any(column not in builder.budget_header for column, _ in row.filled)
    )


def _read_budget_columns(builder: _Builder, row: _Row) -> bool:
    """Read a budget printed in columns, one per source; False for a line of the usual kind.

    Two layouts. A 部门整体 目标表's (:func:`_heads_budget_columns`): 资金总额 and the
    sources under 按收入性质分 over one row of amounts, the year's budget (``initial``);
    the columns under 按支出性质分 (基本支出, 项目支出) are uses, no lines, as in the
    row layout. A 区域 table's: amount columns (全年预算数（A） | 全年执行数（B）) each over
    a source per column (合计 | 中央资金 | 地方资金), and 执行率 over none. Each source
    is a line; 合计 (and a column under no source) is the total line, labelled by the
    row's label (年度资金总额), else the 合计 cell, else the block's label.
    """
    upper = builder.budget_upper
    amounts_here = any(_is_amount(text) for _, text in row.filled)
    if builder.budget_sub is None and not amounts_here:
        if not builder.budget and _names_column_sources(builder, row):
            builder.budget_sub = row
            return True
        return False
    if builder.budget_sub is None and upper is None:
        return False
    sub = builder.budget_sub
    subs = dict(sub.filled) if sub is not None else {}
    builder.budget_sub = builder.budget_upper = None
    starts = sorted(dict(upper.filled[1:]) if upper is not None else builder.budget_columns)
    label_cell = next(((c, t) for c, t in row.filled if c < starts[0] and not _is_amount(t)), None)
    block = builder.budget_label or (row.filled[0][0], "")
    if upper is not None and label_cell is not None:
        # 合计 | 中央资金 | 地方资金 over 全年预算数 | 1440 | 1200 | 240: amounts by row,
        # read transposed when every row and column is labelled as the reader knows (mz24)
        builder.budget_by_rows = True
        if sub is None and _read_transposed(builder, row, upper):
            return True
        builder.finding(
            "budget-line-unread",
            Severity.INFO,
            f"预算“{block[1]}”按列列示资金来源、按行列示金额（“{label_cell[1]}”），"
            "未能读入，不核对各项合计",
            builder.where(row, label_cell[0]),
        )
        return True
    lines: dict[str | None, dict[str, tuple[int, str]]] = {}  # None: the total's
    labels: dict[str | None, tuple[_Row, tuple[int, str]]] = {}
    uses: list[tuple[tuple[int, str], _Row, dict[str, tuple[int, str]]]] = []
    for column, text in row.filled:
        if column < starts[0]:
            continue
        start = max(c for c in starts if c <= column)
        if upper is not None:
            group = _label(dict(upper.filled)[start])
            use = subs.get(column) or (dict(upper.filled)[start] if column == start else None)
            if use is not None and _use_name(use) is not None and _is_amount(text):
                # 资金总额 | 基本支出 | 项目支出, or under 按支出性质分: a use, read aside
                # and checked against the total (dept22 H3)
                use_row = sub if column in subs and sub is not None else upper
                uses.append(((column, use), use_row, {"initial": (column, text)}))
                continue
            if _BY_KIND_RE.fullmatch(group) and any(w in group for w in _USE_GROUP_WORDS):
                continue  # 按支出性质分: 基本支出, 项目支出 are uses, no sources
            amount_role: str | None = "initial"
            source = subs.get(column) or (
                dict(upper.filled)[start]
                if column == start and not _BY_KIND_RE.fullmatch(group)
                else None
            )
            source_row = upper if column not in subs else sub
        else:
            amount_role = builder.budget_header.get(start)
            source = subs.get(column)
            source_row = sub
        if amount_role is None:
            continue  # under a header cell of no amount (偏差原因)
        key: str | None = None
        if source is not None:
            name = _label(source)
            role = _budget_role(name)
            if any(word in name for word in voc.BUDGET_BY_USE):
                continue
            if role is None:
                if _is_amount(text):
                    builder.finding(
                        "budget-line-unread",
                        Severity.INFO,
                        f"预算列“{source}”不是已知的资金来源，金额未读入，不核对各项合计",
                        builder.where(row, column),
                    )
                continue
            if role is not BudgetRole.TOTAL:
                key = source
            if source_row is not None:
                labels.setdefault(key, (source_row, (column, source)))
        elif upper is not None:
            continue  # a column of a group with no source named over it
        lines.setdefault(key, {}).setdefault(amount_role, (column, text))
    if label_cell is not None:
        labels[None] = (row, label_cell)
    for key, amounts in sorted(lines.items(), key=lambda item: item[0] is not None):
        if key is None and key not in labels and _MONEY_COLUMNS.isdisjoint(amounts):
            # 执行率 over 中央资金 | 地方资金 and no 合计: the sources' sum is the whole
            # (scoring adds them up), a line of a rate alone would hide it
            continue
        label_row, cell = labels.get(key, (row, block))
        role = BudgetRole.TOTAL if key is None else _budget_role(_label(key))
        if role is not None:
            _add_budget_line(builder, row, role, cell, amounts, label_row=label_row)
    if lines:
        for cell, label_row, amounts in uses:
            builder.use_label = cell[1]
            _add_budget_line(builder, row, BudgetRole.OTHER, cell, amounts, label_row=label_row)
            builder.use_label = None
            builder.budget_uses.append(builder.budget.pop())
    if not lines:
        builder.finding(
            "budget-line-unread",
            Severity.INFO,
            f"预算“{block[1]}”按列列示的金额未能读入，不核对各项合计",
            builder.where(row, row.filled[0][0]),
        )
    return True


# The amounts a row of a transposed budget block may hold (its label, as a column's).
_TRANSPOSED_AMOUNTS: Final = frozenset(
    {"initial", "period_budget", "planned", "executed", "rate", "forecast", "forecast_rate"}
)


def _transposed_amount(builder: _Builder, label: str) -> str | None:
    """The amount a row label of a transposed budget block names, or None.

    Only the plain amount labels: 年初预算数, 全年预算数, 1-9月执行数, 执行率, 全年预计执行数.
    Last year's (上年执行数, 2023年预算数, 上年同期), a part of the year not from
    January (二季度执行数, 7-9月执行数), some months' budget (1-6月预算数), a weight, a
    score or an issued share (下达数) are None: the block is then noted, not read.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> labels = ("年初预算数", "1-9月执行数", "执行率", "上年执行数", "二季度执行数", "分值")
        >>> [_transposed_amount(builder, label) for label in labels]
        ['initial', 'executed', 'rate', None, None, None]
    """
    role = _budget_column(label)
    if role not in _TRANSPOSED_AMOUNTS or _LAST_YEAR_COLUMN_RE.match(label) or "同期" in label:
        return None
    year = _YEAR_COLUMN_RE.match(label)
    if year is not None and (builder.year is None or int(year.group(1)) != builder.year):
        return None
    months = _part_window(label)
    if months is not None and months[0] != 1:
        return None
    if role == "period_budget" and _names_months(label):
        return None
    return role


def _transposed_rows(
    builder: _Builder, row: _Row, starts: Sequence[int], scores: Sequence[int] = ()
) -> list[tuple[_Row, tuple[int, str], str]] | None:
    """The rows of a transposed budget block from *row* on: each, its label and amount.

    The block runs while a row is labelled left of the source columns *starts* and
    holds nothing right of the last of them; it ends at a blank row or a row of no
    amount under the sources (the grid's header). None when a row of amounts under the
    sources names no amount the reader knows (:func:`_transposed_amount`), or two rows
    name the same amount.
    """
    found: list[tuple[_Row, tuple[int, str], str]] = []
    for index in range(row.at, len(builder.sheet.rows)):
        cells = tuple(map(_clean, builder.sheet.rows[index]))
        filled = tuple(filter(_TEXT_OF, enumerate(cells)))
        if not filled:
            break
        later = _Row(cells, index, filled, "".join(cells))
        labels = [(c, t) for c, t in filled if c < starts[0] and not _is_amount(t)]
        values = [(c, t) for c, t in filled if c >= starts[0]]
        amounts = any(_is_amount(text) for _, text in values)
        role = _transposed_amount(builder, _label(labels[-1][1])) if labels else None
        if role is None or not all(column in starts or column in scores for column, _ in values):
            if amounts or index == row.at:
                return None
            break
        if any(role == seen for _, _, seen in found):
            return None
        found.append((later, labels[-1], role))
    return found


def _read_transposed(builder: _Builder, row: _Row, upper: _Row) -> bool:
    """Read a budget block with sources as columns and amounts as rows; False if not sure.

    项目资金（万元） | 合计 | 财政资金 | 其他资金 over 年初预算数 | 3000 | 2800 | 200,
    全年预算数 | …, 1-9月执行数 | …, 执行率 | …: one line per source column (合计 the
    total), its label the column's cell, each amount from its row (each amount's cell
    is the real one). Only when every column names a known source
    (:func:`_budget_role`, no use) and every row a known amount
    (:func:`_transposed_rows`); otherwise the block is noted as before. A self-evaluation's
    分值 and 得分 columns after the sources (dept32 H5) are the total line's weight and
    points, as on a budget line of the row layout, from whichever row prints them.
    """
    scores = [
        (column, text)
        for column, text in upper.filled[1:]
        if _budget_column(_label(text)) in ("weight", "points")
    ]
    sources = [cell for cell in upper.filled[1:] if cell not in scores]
    if scores and (
        len({_budget_column(_label(text)) for _, text in scores}) < len(scores)
        or min(column for column, _ in scores) < max(column for column, _ in sources)
        or not any(_budget_role(_label(text)) is BudgetRole.TOTAL for _, text in sources)
    ):
        return False  # scores between the sources, twice, or with no total line to take them
    for _, text in sources:
        name = _label(text)
        if (
            _budget_role(name) is None
            or any(word in name for word in voc.BUDGET_BY_USE)
            or _use_name(name) in voc.BUDGET_BY_ECONOMIC_CLASS
        ):
            return False
    starts = [column for column, _ in sources]
    rows = _transposed_rows(builder, row, starts, [column for column, _ in scores])
    if not rows:
        return False
    for _, (_, text), _ in rows:
        _window_from_header(builder, _label(text))
    for column, text in sources:
        role = _budget_role(_label(text))
        assert role is not None  # noqa: S101 - checked above
        amounts: dict[str, tuple[int, str]] = {}
        amount_rows: dict[str, _Row] = {}
        for later, _, name in rows:
            if column < len(later.cells) and later.cells[column]:
                amounts[name] = (column, later.cells[column])
                amount_rows[name] = later
        for score_column, score_text in scores if role is BudgetRole.TOTAL else ():
            for later, _, _ in rows:
                if score_column < len(later.cells) and later.cells[score_column]:
                    score_role = _budget_column(_label(score_text))
                    assert score_role is not None  # noqa: S101 - weight or points, above
                    amounts[score_role] = (score_column, later.cells[score_column])
                    amount_rows[score_role] = later
                    break
        _add_budget_line(
            builder, row, role, (column, text), amounts, label_row=upper, amount_rows=amount_rows
        )
    return True


def _demote_subtotal(builder: _Builder, subtotal: tuple[BudgetLine, Where]) -> None:
    """A total line came after a 小计 read as the total: the 小计 was a subtotal.

    Its amounts are some sources' sum, no source of their own: the line is left out
    and noted as unread, as a 小计 under a total is.
    """
    line, where = subtotal
    builder.budget_subtotal = None
    builder.budget.remove(line)
    builder.finding(
        "budget-line-unread",
        Severity.INFO,
        f"预算行“{line.source}”不是已知的资金来源，金额未读入，不核对各项合计",
        where,
    )


def _states(text: str) -> bool:
    """Whether a measures cell states a measure: ``无``, ``/``, ``暂无``, ``——`` say nothing.

    The test is scoring's for a 偏差原因 or 纠偏措施 cell (placeholders, a bare label),
    so that a column of ``无`` gives no ``养护里程：无`` and the table's measures stay
    empty, as scoring reads an empty 纠偏措施.

    Example:
        >>> _states("无"), _states("——"), _states("不适用"), _states("加快拨付")
        (False, False, False, True)
    """
    return bool(text) and bool(stated(text))


def _read_task_row(builder: _Builder, row: _Row) -> None:
    """A row of a task list: its header and its 金额合计 are kept aside.

    A task list whose header names amount columns (年度主要任务 | 任务名称 | 主要内容 |
    预算数 | 执行数 | 执行率) sums the tasks in its 金额合计 (or 合计) row. The tasks are
    no sources of the money, but when the table reads no budget block at all (a
    部门整体 table whose only amounts are its tasks'), that sum is the department's
    budget: :func:`_build` takes it as the budget's total then. So does a header whose
    one money cell (预算金额（万元）) stands over one column, or over the sources on the
    row below (总额 | 财政拨款 | 其他资金, the 财政部 部门整体支出绩效目标表): that row
    names each column's source, and the sum row gives the total and the sources' lines
    (r36j). The sum row ends a list read outside a budget block.
    """
    if _opens_task_list(row):
        tasks = None
        if _opens_budget(row):  # 预算数 | 执行数 | 执行率: the columns named on the header
            tasks = _Builder(builder.sheet, 0, None)
            _read_budget_header(tasks, row, label_row=False)
        elif (money := _task_money_cell(row)) is not None:
            # 预算金额（万元）, alone or merged over 总额 | 财政拨款 | 其他资金 (r36j)
            tasks = _Builder(builder.sheet, 0, None)
            _read_budget_header(tasks, _Row(row.cells, row.at, (money,), row.text))
            role = _budget_column(_label(money[1]))
            _name_budget_columns(
                tasks, row, [(money[0], role if role in _AMOUNT_COLUMNS else "initial")]
            )
            tasks.budget_columns.add(money[0])
        builder.tasks = tasks
        return
    tasks = builder.tasks
    if tasks is not None and not tasks.budget and _read_unit_row(tasks, row):
        return  # | | | （万元） | （万元） | under 预算数 | 执行数: the amounts' unit (r37n)
    if (
        tasks is not None
        and not tasks.budget
        and tasks.budget_sub is None
        and not any(_is_amount(text) for _, text in row.filled)
        and _read_budget_columns(tasks, row)
    ):
        return  # 总额 | 财政拨款 | 其他资金 under 预算金额（万元）: each column's source
    if (
        tasks is not None
        and not tasks.budget
        and _budget_role(_label(row.filled[0][1])) is BudgetRole.TOTAL
        and any(_is_amount(text) for _, text in row.filled[1:])
    ):
        _read_budget_row(tasks, row)  # 金额合计 | 6000.00 | 5700.00 | 95.00%
        if tasks.budget and builder.state == "tasks":
            builder.state = "head"  # the sum closes the list: a budget block may follow


# A task list's money header cell (预算金额（万元）, 金额, 预算资金, 资金（万元）): the tasks'
# amounts under it, in one column or split by source on the row below.
_TASK_MONEY_RE: Final = re.compile("金额|预算|资金|经费")


def _task_money_cell(row: _Row) -> tuple[int, str] | None:
    """The one cell of a task list's header naming its money, when no two amount columns do.

    ``年度主要任务 | 任务名称 | 主要内容 | 预算金额（万元）`` (the 财政部 部门整体支出绩效目标表,
    merged over ``总额 | 财政拨款 | 其他资金`` or alone over one column): ``预算金额（万元）``.
    None when no cell or more than one names money.

    Example:
        >>> cells = ("年度主要任务", "任务名称", "主要内容", "预算金额（万元）")
        >>> _task_money_cell(_Row(cells, 0, tuple(enumerate(cells)), "".join(cells)))
        (3, '预算金额（万元）')
    """
    found = [
        (column, text)
        for column, text in row.filled[1:]
        if "任务" not in (label := _label(text)) and _TASK_MONEY_RE.search(label) is not None
    ]
    return found[0] if len(found) == 1 else None


def _opens_task_list(row: _Row) -> bool:
    """A row that heads a task list: led by a 任务 label (年度主要任务, 任务名称), no amount.

    Example:
        >>> cells = ("年度主要任务", "任务名称", "主要内容", "预算金额（万元）")
        >>> _opens_task_list(_Row(cells, 0, tuple(enumerate(cells)), "".join(cells)))
        True
    """
    return "任务" in _label(row.filled[0][1]) and all(
        not _is_amount(text) for _, text in row.filled
    )


def _unread_budget_line(
    builder: _Builder,
    row: _Row,
    label_cell: tuple[int, str],
    values: Sequence[tuple[int, str]],
) -> None:
    """Note a line of amounts whose label names no source (its amounts are not read).

    Its amounts are missing from the lines' sum, so the sum is not checked against
    the total (the note is ``budget-line-unread``). Lines by use (基本支出,
    项目支出) are no sources and go unnoted, and so are the rows of a task list under
    a header of its own (年度主要任务 | 任务名称 | … | 预算数 | 执行数).
    """
    block_label = builder.budget_label
    if builder.budget_by_rows:
        return  # the block's amounts stand in rows under sources as columns: said once
    if builder.budget_tasks or (block_label is not None and "任务" in block_label[1]):
        return  # the block is a task list (年度主要任务 | 任务名称 | … | 预算数)
    if _names_budget_columns(row):
        builder.budget_tasks = True  # 年度主要任务 | 任务名称 | … | 预算数 | 执行数
        return
    label = _label(label_cell[1])
    by_use = any(word in label for word in voc.BUDGET_BY_USE)
    if (by_use and not _economic_source(label_cell[1])) or not any(
        _is_amount(text) for _, text in values
    ):
        return
    builder.finding(
        "budget-line-unread",
        Severity.INFO,
        f"预算行“{label_cell[1]}”不是已知的资金来源，金额未读入，不核对各项合计",
        builder.where(row, label_cell[0]),
    )


# A 专项债 table's fund rows by stage, each a row of source/amount pairs:
# 资金到位情况（万元） | 债券资金 | 3000 | 配套资金 | 500 | 合计 | 3500, then 资金支出情况.
_FUND_FLOW_RE: Final = re.compile(r"(?:项目|债券)?资金(?P<stage>到位|支出)(?:情况|数|金额)?")


def _read_fund_flow_row(builder: _Builder, row: _Row) -> bool:
    """Read a 资金到位情况 or 资金支出情况 row of source/amount pairs; whether it was one.

    With no budget block read, the funds received are each source's budget (the
    rate's denominator: 支出 over 到位, as a 专项债's 支出进度 is measured) and the
    spending its executed amount: ``债券资金`` 3000/2850, ``合计`` 3500/3230 (92.29%).
    Beside a budget block already read, the 到位 amounts are notes and the 支出 amounts
    a ``budget-line-unread`` finding naming them. A pair whose label names no source
    is said the same way (tr29 H1: before, the rows were dropped without a word).
    """
    head_column, head_text = row.filled[0]
    match = _FUND_FLOW_RE.fullmatch(_label(head_text))
    cells = row.filled[1:]
    if match is None or not cells or len(cells) % 2:
        return False
    pairs = [(cells[i], cells[i + 1]) for i in range(0, len(cells), 2)]
    if any(_is_amount(label) or not _is_amount(amount) for (_, label), (_, amount) in pairs):
        return False
    received = match.group("stage") == "到位"
    key = _key(head_text)
    unit = next((u for u in ("亿元", "万元", "元") if u in key), None)
    if builder.budget_unit is None and unit is not None and not builder.budget:
        builder.budget_unit = unit
    own = not builder.budget or bool(builder.fund_flow_lines)
    if builder.budget_label is None and own:
        builder.budget_label = (head_column, head_text)
    unread: list[str] = []
    for label_cell, amount_cell in pairs:
        role = _budget_role(_label(label_cell[1]))
        if not own or role is None:
            if received and role is not None:
                said = amount_cell[1] + (builder.budget_unit or "")
                builder.notes.append(
                    Note(label_cell[1], f"资金到位：{said}", builder.position(row, amount_cell[0]))
                )
            else:
                unread.append(f"{label_cell[1]}{amount_cell[1]}")
            continue
        name = "period_budget" if received else "executed"
        source = _without_colon(label_cell[1])
        earlier = next((i for i, line in enumerate(builder.budget) if line.source == source), None)
        if source in builder.fund_flow_lines and earlier is not None:
            before = builder.budget.pop(earlier)
            _add_budget_line(builder, row, role, label_cell, {name: amount_cell})
            added = builder.budget.pop()
            builder.budget.insert(
                earlier,
                evolve(
                    before,
                    period_budget=before.period_budget
                    if added.period_budget is None
                    else added.period_budget,
                    executed=before.executed if added.executed is None else added.executed,
                    cells=(*before.cells, *added.cells),
                    printed=(*before.printed, *added.printed),
                ),
            )
        else:
            _add_budget_line(builder, row, role, label_cell, {name: amount_cell})
            builder.fund_flow_lines.add(source)
    if unread:
        builder.finding(
            "budget-line-unread",
            Severity.INFO,
            f"“{_label(head_text)}”的金额（{'、'.join(unread)}）未作为预算行读入，不核对各项合计",
            builder.where(row, head_column),
        )
    return True


# The fields of investment, bond and purchase tables no model field holds: whole-life
# investment figures (项目总投资, 累计完成投资, 当年完成投资), a 专项债's bond (债券名称,
# 债券期限), a purchase's buyer and contract (购买主体, 合同金额), a department's duties
# (部门职责, 部门（单位）职能, 主要职责: prose of a 部门整体 table, r35d). Kept as table notes.
# A department's duties (部门职责, 主要职责, 部门（单位）职能, 职能职责): a note above the
# grid (r35d), a duty column of the grid before its levels (r35o, as 年度履职目标).
_DUTY_LABEL: Final = r"(?:部门|单位|机构)?(?:主要)?(?:职责|职能)(?:职责|职能)?"
_EXTRA_FIELD_RE: Final = re.compile(
    r"(?:项目|概算|计划|批复)?总投资(?:额)?|(?:累计|当年|年度|本年)(?:已)?完成投资(?:额)?"
    rf"|{_DUTY_LABEL}"
    r"|债券(?:名称|期限|代码|编码|规模|金额|利率)|购买主体|合同金额|合同期限|购买方式"
    r"|(?:项目)?资金到位率|(?:项目)?(?:计划|实际|预计)?(?:开工|竣工|完工)(?:验收)?(?:时间|日期)"
)
# The dates of a project's start and completion (项目开工时间, 计划竣工时间, 实际竣工时间):
# extra fields whose value reads like the table's period, so they are told first.
_WORKS_DATE_RE: Final = re.compile(
    r"(?:项目)?(?:计划|实际|预计)?(?:开工|竣工|完工)(?:验收)?(?:时间|日期)"
)


@lru_cache(maxsize=4096)
def _is_extra_field(text: str) -> bool:
    """Whether *text* is the label of a field kept as a note (:data:`_EXTRA_FIELD_RE`).

    Example:
        >>> [_is_extra_field(t) for t in ("项目总投资（万元）", "债券期限：15年", "中央预算内投资")]
        [True, True, False]
    """
    name = text.replace("：", ":").partition(":")[0]
    return _EXTRA_FIELD_RE.fullmatch(_label(name)) is not None


def _note_extra_fields(builder: _Builder, row: _Row) -> None:
    """Keep each extra field of *row* (``label | value``, ``label：value``) as a note.

    A label followed by another label, or by nothing, has no value and no note.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> cells = ("债券名称", "2023年某省专项债券（十二期）", "债券期限", "15年")
        >>> _note_extra_fields(builder, _Row(cells, 0, tuple(enumerate(cells)), "".join(cells)))
        >>> [(note.label, note.text, note.position.cell) for note in builder.notes]
        [('债券名称', '2023年某省专项债券（十二期）', 'B1'), ('债券期限', '15年', 'D1')]
    """
    cells = row.filled
    for index, (column, text) in enumerate(cells):
        if not _is_extra_field(text):
            continue
        name, colon, said = text.replace("：", ":").partition(":")
        at = column
        if colon and said.strip():
            value = said.strip()
        elif (
            index + 1 < len(cells)
            and not _is_extra_field(cells[index + 1][1])
            and not _is_field_label(cells[index + 1][1])
            and not _key(cells[index + 1][1]).endswith(":")
        ):  # 债券期限 | 15年: a value, though shaped like a date form
            at, value = cells[index + 1]
        else:
            continue
        builder.notes.append(Note(name.strip(), value, builder.position(row, at)))


def _investment_note(
    builder: _Builder,
    row: _Row,
    label_cell: tuple[int, str],
    values: Sequence[tuple[int, str]],
) -> None:
    """Keep an investment line of the budget block as a note: its figures under their columns.

    ``项目总投资 | 28000.00`` under ``年初预算数`` is ``28000.00万元``; a line of several
    figures names each column (``全年执行数：21500.00万元；执行率：76.79%``). A row of
    label/value pairs (``项目总投资 | 12500 | 累计完成投资 | 9800``) gives a note each.
    """
    if sum(_is_extra_field(text) for _, text in row.filled) > 1:
        _note_extra_fields(builder, row)
        return
    figures = [(column, text) for column, text in values if text.strip()]
    if not figures:
        return
    unit = builder.budget_unit or ""

    def said(column: int, text: str) -> str:
        number = _number(text) is not None and "%" not in text
        return text + (builder.budget_column_units.get(column, unit) if number else "")

    if len(figures) == 1:
        text = said(*figures[0])
    else:
        text = "；".join(
            f"{builder.budget_header_cells[column][0]}：{said(column, value)}"
            if column in builder.budget_header_cells
            else said(column, value)
            for column, value in figures
        )
    name = label_cell[1].replace("：", ":").partition(":")[0].strip()
    builder.notes.append(Note(name, text, builder.position(row, label_cell[0])))


class _Progress:
    """An 工程进度 grid being read: its label, its stages by column, its rows of dates."""

    def __init__(self, label: str, position: Position, stages: list[tuple[int, str]]) -> None:
        self.label = label
        self.position = position
        self.stages = stages
        self.rows: list[tuple[str, dict[int, str]]] = []


# The label of a project's progress grid (工程进度 | 立项 | 可研 | … | 竣工验收), and of
# its rows of dates (计划时间 | 2021年3月 | …, 实际完成时间 | …).
_PROGRESS_HEAD_RE: Final = re.compile(r"(?:工程|项目|建设|实施)进度(?:安排|情况)?")
_PROGRESS_ROW_RE: Final = re.compile(r"(?:计划|实际|预计)(?:完成)?(?:时间|日期|节点)")


def _read_progress(builder: _Builder, row: _Row, head: _Head) -> bool:
    """Read a row of an 工程进度 grid; whether *row* was one.

    ``工程进度 | 立项 | 可研 | … | 竣工验收`` opens it (three stages or more, no amount);
    ``计划时间 | 2021年3月 | …`` and ``实际时间 | … | 未完成`` under it give each stage's
    dates. The grid is kept as one note when a row of another kind ends it
    (``工程进度``: ``立项：计划时间2021年3月，实际时间2021年3月；…``).
    """
    progress = builder.progress
    if progress is not None:
        if _PROGRESS_ROW_RE.fullmatch(head.label) and len(row.filled) > 1:
            progress.rows.append((row.filled[0][1], dict(row.filled[1:])))
            return True
        _close_progress(builder)
    if (
        _PROGRESS_HEAD_RE.fullmatch(head.label) is None
        or len(row.filled) < 4  # noqa: PLR2004 - the label and three stages
        or any(_is_amount(text) for _, text in row.filled[1:])
    ):
        return False
    column, label = row.filled[0]
    builder.progress = _Progress(label, builder.position(row, column), list(row.filled[1:]))
    return True


def _close_progress(builder: _Builder) -> None:
    """Keep the open 工程进度 grid as a note (stages without a date are left out)."""
    progress = builder.progress
    builder.progress = None
    if progress is None:
        return
    parts = []
    for column, stage in progress.stages:
        dates = "，".join(
            f"{label}{cells[column]}" for label, cells in progress.rows if cells.get(column)
        )
        parts.append(f"{stage}：{dates}" if dates else stage)
    builder.notes.append(Note(progress.label, "；".join(parts), progress.position))


# A numbered heading between the blocks of a Word report (二、绩效指标完成情况).
_HEADING_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]+[部章节])"
)

# Cells that say "no amount here" (the central template prints — in unscored cells).
_AMOUNT_PLACEHOLDERS: Final = voc.NOT_APPLICABLE | {"—", "——", "－", "–", "－－", "--", "无"}
# Excel's error values (#DIV/0! for an 执行率 over a budget of 0): a formula that could
# not be computed, in every reader's text (xlsx t="e", xls, XML Spreadsheet ss:Type="Error").
# Excel 365 adds its own (#GETTING_DATA while a linked source loads, #FIELD!, #BLOCKED!…):
# without them a target #FIELD! was read as a target in words (r35g).
_EXCEL_ERRORS: Final = frozenset(
    (
        *("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"),
        *("#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"),
        *("#PYTHON!", "#TIMEOUT!", "#EXTERNAL!"),
    )
)


def _is_excel_error(text: str) -> bool:
    """Whether a cell's *text* is an Excel error value, one Excel lists or of their shape.

    Example:
        >>> [_is_excel_error(t) for t in ("#DIV/0!", "#N/A", "#WHAT?", "#1", "#待定!", "达标")]
        [True, True, True, False, False, False]
    """
    # every value of _EXCEL_ERRORS starts with #: the one-character test comes first
    return text[:1] == "#" and (
        text in _EXCEL_ERRORS or EXCEL_ERROR_SHAPE.fullmatch(text) is not None
    )


def _excel_error(text: str) -> str:
    return f"单元格为 Excel 错误值“{text}”（公式无法计算）"


def excel_error_id(role: str) -> str:
    """The finding id for an Excel error value in an indicator's cell of *role*.

    The cell's own: ``malformed-points`` for 分值/得分, ``malformed-actual`` for a
    completed, planned or forecast figure, ``malformed-target`` for the target and the cells
    written into it (性质, 计量单位), ``malformed-cell`` for any other.
    """
    if role in {"weight", "points"}:
        return "malformed-points"
    if role in {"target", "nature", "unit"}:
        return "malformed-target"
    if role in {"actual", "planned", "forecast"}:
        return "malformed-actual"
    return "malformed-cell"


class _Printed:
    """What a budget line's amount cells print beyond plain digits, as they are read.

    ``texts``: each such cell's column name and text (``("executed", "260万元")``);
    ``converted``: the cells whose own unit was converted to the block's (column,
    text, amount in the block's unit).
    """

    __slots__ = ("converted", "texts")

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.converted: list[tuple[int, str, Decimal]] = []


def _note_converted(
    builder: _Builder, row: _Row, line: BudgetLine, converted: list[tuple[int, str, Decimal]]
) -> None:
    """One ``amount-unit-converted`` note for the cells of *line* printed in another unit.

    Example of the message: ``预算行“年度资金总额”的金额单位与表内金额单位元不同，已换算：
    “120万元”为1200000元、“48万元”为480000元`` (a text printed twice is named once).
    """
    unit = builder.budget_unit
    said = "、".join(dict.fromkeys(f"“{text}”为{amount}{unit}" for _, text, amount in converted))
    builder.finding(
        "amount-unit-converted",
        Severity.INFO,
        f"预算行“{line.source}”的金额单位与表内金额单位{unit}不同，已换算：{said}",
        builder.where(row, converted[0][0], budget_line=line.role.value),
    )


def _midterm_label(builder: _Builder, amounts: dict[str, tuple[int, str]]) -> str:
    """The header of the column the line's ``midterm`` amount stands in (``中期资金总额``).

    ``""`` when the column has no header text of its own.
    """
    column = amounts.get("midterm", (-1, ""))[0]
    text = builder.budget_header_cells.get(column, ("", ""))[0]
    return "".join(text.split())


def _budget_amount(  # noqa: PLR0913 - the row, its line, its cells, and what was printed
    builder: _Builder,
    row: _Row,
    role: BudgetRole,
    amounts: dict[str, tuple[int, str]],
    name: str,
    *,
    printed: _Printed,
) -> Decimal | None:
    """The amount in column *name* of a budget row; a finding when it is not a number.

    An amount of money is written in the block's unit: a unit its cell prints
    (``260万元`` in a 元 block), else its header column's (``跟踪期执行数（元）`` in a
    万元 block), is converted, with an ``amount-unit-converted`` note; the first unit
    seen is the block's when nothing named one. The cell's text is kept in *printed*
    when it is not read as plain digits, and a rate's of 1 or less when it is a percent:
    its cell prints ``%`` (``0.5%``) or its header does (``0.8`` under ``执行率(%)``).
    """
    cell = amounts.get(name)
    if cell is None:
        return None
    column, text = cell
    noted = _noted_amount(text)
    if noted is not None:  # 871.36⏎（含上年结转45万元）: the amount, the cell kept as printed
        mark = len(printed.texts)
        value = _budget_amount(builder, row, role, {name: (column, noted)}, name, printed=printed)
        if name in _MONEY_COLUMNS or len(printed.texts) > mark:
            # a rate's printed text says it is a percent (0.5%): only then is it kept
            del printed.texts[mark:]
            printed.texts.append((name, text))
        return value
    value = _number(text)
    if value is None and name in ("weight", "points"):
        return _budget_score(builder, row, role, (name, column, text))
    if value is not None and name == "weight":
        return _signed_weight(builder, row, (column, text), value, budget_line=role.value)
    if value is not None and name == "points" and not value:
        return Decimal(0)  # -0: printed as 0
    # _number reads plain digits and drops 元 and 万元 (a unit to convert): only an amount
    # of money it does not read, a 元 in its cell or a unit in the header goes further
    if name in _MONEY_COLUMNS and (value is None or "元" in text or builder.budget_column_units):
        return _money(builder, row, role, (name, *cell), value, printed=printed)
    if value is None and name == "forecast_rate":
        return _forecast_rate(builder, row, role, column, text, printed=printed)
    if value is None:
        what = _RATE_WORDS.get(name) or _BUDGET_COLUMN_NAMES.get(name, "预算金额")
        _malformed_amount(builder, row, role, column, text, what=what)
    elif (
        name in ("rate", "forecast_rate")
        and 0 < value <= 1
        and (_has_percent(text) or _rate_header_percent(builder, name))
    ):
        # 0.5%, or 0.8 under 执行率(%): a percent, not a share that lost its % format
        printed.texts.append((name, text))
    return value


def _signed_weight(  # noqa: PLR0913 - the row, the cell, its figure, and where it stands
    builder: _Builder,
    row: _Row,
    cell: tuple[int, str],
    weight: Decimal,
    *,
    indicator: int | None = None,
    name: str | None = None,
    budget_line: str | None = None,
) -> Decimal | None:
    """A 分值 read as a figure: a negative one is no weight (``malformed-points``), -0 is 0.

    A weight of 0 is one (a row left out of the points); below 0 none can be, and it
    dragged the sums and the total down (fuzz34 M2: ``得分8超过分值-10``).
    """
    if weight >= 0:
        return weight or Decimal(0)  # -0 → 0
    builder.finding(
        "malformed-points",
        Severity.WARNING,
        f"分值“{cell[1]}”为负数，未读入",
        builder.where(row, cell[0], indicator=indicator, name=name, budget_line=budget_line),
    )
    return None


def _budget_score(
    builder: _Builder, row: _Row, role: BudgetRole, cell: tuple[str, int, str]
) -> Decimal | None:
    """A budget line's 分值 or 得分 written otherwise than digits, as an indicator row's.

    ``十``, ``十五分`` (Chinese numerals) are read; ``待定`` and any other text that is
    no figure is a ``malformed-points`` at its cell, named 分值 or 得分 (fuzz34 M1: it
    was "预算金额“十”不是数字", and the weights said no 分值 was printed).
    """
    name, column, text = cell
    if name == "weight" and _POINTS_CHINESE_RE.fullmatch(_key(text)):
        return _points_figure(text)  # 十, 十五分
    if name == "points" and (points := _points_figure(text)) is not None:
        return points  # 九, 9.55分, 15/15
    if _unreadable_weight(text):
        what = "分值" if name == "weight" else "得分"
        builder.finding(
            "malformed-points",
            Severity.WARNING,
            f"{what}“{text}”不是数字，未读入",
            builder.where(row, column, budget_line=role.value),
        )
    return None


# A figure and the money word an xlsx scaling format shows after it (0,"千元" shows 20000
# as 20千元): in a 分值 or 得分 cell the word is no unit of points (r90fix W4).
_POINTS_MONEY_WORD_RE: Final = re.compile(
    r"(-?\d+(?:\.\d+)?)(?:百万元|千元|万元|亿元|元|百万|万|亿)"
)


def _without_money_word(cell: tuple[int, str] | None) -> tuple[int, str] | None:
    """A 分值 or 得分 cell without the money word a scaling format put after its figure.

    Example:
        >>> _without_money_word((5, "20千元")), _without_money_word((5, "20分"))
        ((5, '20'), (5, '20分'))
    """
    if cell is None:
        return None
    match = _POINTS_MONEY_WORD_RE.fullmatch(cell[1].strip())
    return cell if match is None else (cell[0], match.group(1))


# An amount or rate with a bracketed note after it, on its line or the next:
# 871.36（含上年结转45万元）, 96.28%⏎（含结转资金）.
_NOTED_AMOUNT_RE: Final = re.compile(
    r"(?P<amount>[^（）()]+?)\s*[（(](?P<note>[^（）()]+)[）)]", re.DOTALL
)


def _noted_amount(text: str) -> str | None:
    r"""The amount of a budget cell printing a note in brackets after it, or None.

    None when the cell reads as it stands, when the part before the bracket is no
    amount, and when the bracket holds a unit (``100(万元)``, ``96(%)``), which is
    the amount's and no note.

    Example:
        >>> _noted_amount("871.36\n（含上年结转45万元）"), _noted_amount("96.28%（含结转资金）")
        ('871.36', '96.28%')
        >>> _noted_amount("100(万元)"), _noted_amount("871.36"), _noted_amount("(120.00)")
        (None, None, None)
    """
    if "(" not in text and "（" not in text:
        return None
    match = _NOTED_AMOUNT_RE.fullmatch(text.strip())
    if match is None or _is_amount(text):
        return None
    amount, note = match.group("amount").strip(), _key(match.group("note"))
    if note in _CELL_UNITS or note in {"%", "千元"} or not _is_amount(amount):
        return None
    return amount


# What a budget cell that is no number is called in its finding: a rate is no amount.
_RATE_WORDS: Final = MappingProxyType({"rate": "执行率", "forecast_rate": "预计执行率"})

# A forecast rate in words around its figure: 95%以上, ≥95%, 约95%, 预计100%, 100%执行.
_FORECAST_RATE_RE: Final = re.compile(
    r"(?:预计|约|大约|≥|>=|＞=|不低于|不少于|达到?)?(\d+(?:\.\d+)?)[%％]"
    r"(?:以上|左右|及以上|执行|完成|支出)?"
)
# A forecast in words, no figure: 能全部执行, 可全额支出, 足额支付.
_FORECAST_ALL_RE: Final = re.compile(
    r"[能可预计将]{0,4}(?:全部|全额|足额)(?:执行|支出|支付|使用)(?:完毕)?"
)


def _forecast_rate(  # noqa: PLR0913 - the row, its line, the cell, and what was printed
    builder: _Builder,
    row: _Row,
    role: BudgetRole,
    column: int,
    text: str,
    *,
    printed: _Printed,
) -> Decimal | None:
    """A 全年预计执行率 cell in words: the figure it names, kept as printed.

    ``95%以上``, ``≥95%``, ``约95%``, ``预计100%``, ``100%执行`` are that rate (the words
    kept in *printed*); ``能全部执行`` names none (kept too, no finding); anything else
    is ``预计执行率“…”不是数字``.

    Example:
        >>> [_FORECAST_RATE_RE.fullmatch(t)[1] for t in ("95%以上", "≥95%", "预计100%")]
        ['95', '95', '100']
    """
    key = _key(text)
    match = _FORECAST_RATE_RE.fullmatch(key)
    if match is not None:
        printed.texts.append(("forecast_rate", text))
        return Decimal(match.group(1))
    if _FORECAST_ALL_RE.fullmatch(key) is not None:
        printed.texts.append(("forecast_rate", text))
        return None
    _malformed_amount(builder, row, role, column, text, what="预计执行率")
    return None


def _has_percent(text: str) -> bool:
    """Whether *text* prints a percent sign (``%`` or the full-width ``％``)."""
    return "%" in text or "％" in text


def _rate_header_percent(builder: _Builder, name: str = "rate") -> bool:
    """Whether the budget header's rate column (*name*) names % (``执行率(%)``, ``执行率（％）``)."""
    return any(
        role == name and _has_percent(builder.budget_header_cells[column][0])
        for column, role in builder.budget_header.items()
        if column in builder.budget_header_cells
    )


def _malformed_amount(  # noqa: PLR0913 - the row, its line, the cell, and its name
    builder: _Builder,
    row: _Row,
    role: BudgetRole,
    column: int,
    text: str,
    *,
    what: str = "预算金额",
) -> None:
    """Say that a budget cell is no number (``malformed-amount``); — means none.

    *what* names the cell: its column (年初预算数, 预算数, 执行数…; 预算金额 when none
    is known), or 执行率 and 预计执行率 for a rate.
    """
    if text and _key(text) not in _AMOUNT_PLACEHOLDERS:
        builder.finding(
            "malformed-amount",
            Severity.WARNING,
            _excel_error(text) if _is_excel_error(text) else f"{what}“{text}”不是数字",
            builder.where(row, column, budget_line=role.value),
        )


def _money(  # noqa: PLR0913 - the row, its line, the cell, and what was printed
    builder: _Builder,
    row: _Row,
    role: BudgetRole,
    cell: tuple[str, int, str],
    plain: Decimal | None,
    *,
    printed: _Printed,
) -> Decimal | None:
    """An amount of money of a budget line, in the block's unit (see :func:`_budget_amount`).

    *cell* is the amount's role, column and text; *plain* the text read as plain digits
    (:func:`_number`), None when it is not.
    """
    name, column, text = cell
    parsed = _amount(text)
    if parsed is None:
        if plain is None:
            # named for its column: 执行数“…”不是数字, not 预算金额 (budget37 L1)
            what = _BUDGET_COLUMN_NAMES.get(name, "预算金额")
            _malformed_amount(builder, row, role, column, text, what=what)
            return None
        value, unit = plain, None  # 52% or 10分 in an amount column: read as before
    else:
        value, unit = parsed
    if value != plain or unit is not None:
        printed.texts.append((name, text))  # ¥1,200.00, (120.00), 1.2E+03, 260万元
    block = builder.budget_unit
    # the unit of the role's header column (a drifted line's cell may stand elsewhere)
    unit_column, column_unit = next(
        (
            (c, u)
            for c, u in builder.budget_column_units.items()
            if builder.budget_header.get(c) == name
        ),
        (column, None),
    )
    if unit is None:
        unit = column_unit
    if unit is None:
        return value
    if block is None:  # no unit named for the block: the first one seen is its unit
        builder.budget_unit = block = unit
    if unit == block:
        return value
    converted = _in_unit(value, unit, block)
    if unit != column_unit:
        printed.converted.append((column, text, converted))
    elif unit_column not in builder.budget_units_noted:
        builder.budget_units_noted.add(unit_column)
        header_text, header_cell = builder.budget_header_cells[unit_column]
        builder.finding(
            "amount-unit-converted",
            Severity.INFO,
            f"预算表头“{header_text}”（{header_cell}）的金额以{unit}填报，"
            f"已换算为表内金额单位{block}（如“{text}”为{converted}{block}）",
            builder.where(row, column, budget_line=role.value),
        )
    return converted


# ---------------------------------------------------------------------------
# Overall goal, judgement, total


def _goal_sides_header(label: str, row: _Row) -> bool:
    """Whether *row*, led by *label*, opens the goal by its sides though no block word.

    ``中期目标 | 建成4.5万亩``: the mid-term side's label and its text; ``绩效目标 |
    中期目标（2024-2026年） | 年度目标（2024年）``: a bare 绩效目标 over the sides' columns.

    Example:
        >>> row = _Row(("中期目标", "建成4.5万亩"), 0, ((0, "中期目标"), (1, "建成4.5万亩")), "")
        >>> _goal_sides_header("中期目标", row)
        True
        >>> cells = ("绩效目标", "中期目标（2024-2026年）", "年度目标（2024年）")
        >>> _goal_sides_header("绩效目标", _Row(cells, 0, tuple(enumerate(cells)), ""))
        True
        >>> row = _Row(("中期资金总额", "1200"), 0, ((0, "中期资金总额"), (1, "1200")), "")
        >>> _goal_sides_header("中期资金总额", row)
        False
    """
    if len(row.filled) < 2:  # noqa: PLR2004 - a label and a text or a side
        return False
    if _is_midterm_goal(label):
        return _goal_column(_label(row.filled[1][1])) is None
    return label == "绩效目标" and all(
        _goal_column(_label(text)) in ("expected", "midterm") for _, text in row.filled[1:]
    )


def _is_midterm_goal(label: str) -> bool:
    """Whether a goal row's *label* is the mid-term goal's (中期目标, 实施期绩效目标)."""
    return _is_midterm(label) and label.endswith("目标") and _goal_column(label) == "midterm"


def _read_goal_header(builder: _Builder, row: _Row) -> None:
    """Read the goal block's first row (年度总体目标 | 预期目标 | …), its cells kept."""
    before = builder.goal
    _goal_header_texts(builder, row)
    _place_goal(builder, row, before)


def _read_goal_row(builder: _Builder, row: _Row) -> None:
    """Read a row of the goal block, its cells kept."""
    before = builder.goal
    _goal_row_texts(builder, row)
    _place_goal(builder, row, before)


def _place_goal(builder: _Builder, row: _Row, before: OverallGoal | None) -> None:
    """Note where each side of the goal *row* began or replaced was read (Table.cells).

    A side's cell is the first of *row* whose text (after a label's colon) begins the
    side's new text, the earliest in it and the longest there (not a label such as
    ``预期目标``); a side the row went on with (its text extended) keeps its first cell.
    """
    goal = builder.goal
    if goal is None or goal is before:
        return
    for side, new, old in (
        ("expected", goal.expected, before.expected if before else ""),
        ("achieved", goal.achieved, before.achieved if before else ""),
    ):
        name = f"overall_goal.{side}"
        if new == old or not new.strip():
            continue
        if old and new.startswith(old) and name in builder.cells:
            continue  # a row more of the same side: its first cell stays
        rest = new[len(old) :] if old and new.startswith(old) else new
        found = min(
            (
                (at, -len(said), column)
                for column, text in row.filled
                if (said := (_after_colon(text) or text).strip()) and (at := rest.find(said)) >= 0
            ),
            default=None,
        )
        if found is not None:
            builder.place(name, builder.position(row, found[2]))


def _goal_header_texts(builder: _Builder, row: _Row) -> None:
    """The reading of :func:`_read_goal_header`."""
    head_column, head_text = row.first()  # type: ignore[misc]
    # 中期目标 | … then 年度目标 | …: the mid-term side read before is kept (a26 H3)
    before = builder.goal if builder.state == "goal" and builder.goal is not None else None
    if _is_midterm_goal(_label(head_text)):
        pairs = _goal_pairs(row.filled)
        if pairs is not None:
            builder.goal_header = {}
            builder.goal_paired = True
            builder.goal_printed = None
            start = before or OverallGoal()
            builder.goal = OverallGoal(
                start.expected,
                start.achieved,
                midterm=" ".join(filter(None, [start.midterm, *pairs["midterm"]])),
            )
            return
    builder.goal_header = {}
    texts: list[str] = []
    inline = _after_colon(head_text)
    if inline:  # 年度绩效目标：完成培训100人次。 (a Word report's sentence)
        texts.append(inline)
    for column, text in row.filled:
        label = _label(text)
        if column == head_column:
            continue
        if _GOAL_ITEM_RE.fullmatch(label):  # 目标1 | 完成培训100人次 | 完成培训120人次
            builder.goal_header["item"] = column
            continue
        role = _goal_column(label)
        if role is None:
            texts.append(text)
        else:
            builder.goal_header.setdefault(role, column)
    pairs = _goal_pairs(row.filled[1:])
    if pairs is not None:
        # 年度总体目标 | 预期目标 | the goal (| 实际完成情况 | what was done): each label's
        # text is its side, the labels no part of it; the label repeated on the next
        # row (a merged cell, flattened) goes on with the same goal
        paired = builder.goal_paired
        builder.goal_header = {}
        builder.goal_paired = True
        builder.goal_printed = None
        # before: a mid-term side already read (中期目标 | … on the row above), kept
        previous = before if paired else None
        builder.goal = OverallGoal(
            " ".join(filter(None, [previous.expected if previous else "", *pairs["expected"]])),
            " ".join(filter(None, [previous.achieved if previous else "", *pairs["achieved"]])),
            midterm=" ".join(filter(None, [before.midterm if before else "", *pairs["midterm"]])),
        )
        return
    header = builder.goal_header
    # Goal rows (目标1 | expected | achieved each), or 年度总体目标 | the goal (| what
    # was done) with no header cell but a mid-term one: the texts are the goal.
    if "item" in header or not set(header) - {"midterm"}:
        builder.goal_header = {"item": header["item"]} if "item" in header else {}
        expected, achieved = (texts[0] if texts else ""), " ".join(texts[1:2])
        prior = builder.goal
        if prior is not None and (prior.expected or prior.achieved) and (expected or achieved):
            # a second goal label after a goal read (年度总体目标 | 预期目标 | … then
            # 年度履职目标 | …): the goal read goes on, not replaced (r35d)
            if expected not in prior.expected:
                expected = " ".join(filter(None, [prior.expected, expected]))
            else:
                expected = prior.expected
            if achieved not in prior.achieved:
                achieved = " ".join(filter(None, [prior.achieved, achieved]))
            else:
                achieved = prior.achieved
            inline = ""
        builder.goal = OverallGoal(
            expected,
            achieved,
            midterm=before.midterm if before is not None else "",
        )
        builder.goal_printed = (head_text.strip(), inline) if inline else None
    elif "expected" not in header and "achieved" in header:
        # 年度总体目标 | 完成12处改造。 | 实际完成情况： (the achieved side's label with nothing
        # after it): the text before the label is the expected goal, nothing is achieved
        # yet (r39m: before, the whole goal was lost, expected text too)
        first = min(header.values())
        said = [inline] if inline else []
        said += [
            text
            for column, text in row.filled
            if head_column < column < first and _goal_column(_label(text)) is None
        ]
        if said:
            builder.goal = OverallGoal(
                " ".join(said), "", midterm=before.midterm if before is not None else ""
            )
            builder.goal_printed = (head_text.strip(), inline) if inline else None


# The label a goal cell may print before the goal: 全年目标：…, 年度目标：…, 年度总体目标：…,
# and the expected side's header word when a Word form prints it in the cell (预期目标：…,
# 年初设定目标：…; r39i: before, it stayed in the goal)
_GOAL_LABEL_RE: Final = re.compile(
    r"^\s*(?:(?:全年|年度|本年度?|年度总体|全年总体|总体)(?:绩效)?目标|预期(?:绩效)?目标|年初设定目标)"
    r"\s*[:：]\s*"
)
# The achieved side's header word printed in its cell: 实际完成情况：…, 实际完成：…
_ACHIEVED_LABEL_RE: Final = re.compile(r"^\s*(?:实际完成情况|实际完成|完成情况)\s*[:：]\s*")


def _unlabelled_achieved(goal: OverallGoal | None) -> OverallGoal | None:
    """*goal* without the label its achieved cell prints before the text (r39i).

    Example:
        >>> _unlabelled_achieved(OverallGoal("完成改造。", "实际完成情况：完成12处。")).achieved
        '完成12处。'
    """
    if goal is None or (found := _ACHIEVED_LABEL_RE.match(goal.achieved)) is None:
        return goal
    rest = goal.achieved[found.end() :]
    return evolve(goal, achieved=rest) if rest.strip() else goal


def _unlabelled_goal(
    goal: OverallGoal | None, printed: tuple[str, str] | None = None
) -> OverallGoal | None:
    """*goal* without the label its cell prints before it, the printed text kept.

    *printed* is the goal's head cell as printed and the text the readers kept of it
    (``年度目标：完成…``, ``完成…``) when they already removed its label: the printed
    cell is then the goal's ``raw_expected``.

    Example:
        >>> goal = _unlabelled_goal(OverallGoal("全年目标：开展培训12万人次。"))
        >>> goal.expected, goal.raw_expected
        ('开展培训12万人次。', '全年目标：开展培训12万人次。')
        >>> _unlabelled_goal(OverallGoal("年度目标是完成培训")).raw_expected
        ''
    """
    if goal is None:
        return None
    if printed is not None and printed[1] and goal.expected.startswith(printed[1]):
        raw = printed[0] + goal.expected[len(printed[1]) :]
        if raw != goal.expected:
            found = _GOAL_LABEL_RE.match(goal.expected)
            if found is not None and goal.expected[found.end() :].strip():
                # 年度总体目标：全年目标：… (a label after the head's): that one removed too
                return evolve(goal, expected=goal.expected[found.end() :], raw_expected=raw)
            return evolve(goal, raw_expected=raw)
    found = _GOAL_LABEL_RE.match(goal.expected)
    if found is None or not goal.expected[found.end() :].strip():
        return goal
    return evolve(goal, expected=goal.expected[found.end() :], raw_expected=goal.expected)


def _goal_column(label: str) -> str | None:
    """The column a goal block's header cell names: expected, achieved, midterm, or None.

    Header cells are short labels (预期目标, 实际完成情况, 1-7月执行情况, 年度目标,
    中长期目标); a longer cell is the goal itself (目标1：完成培训100人次；…). A
    monitoring form's 实施进展 (目标实施进展) is the achieved side (dept32 H2).

    >>> [_goal_column(label) for label in ("实施进展", "目标实施进展", "年度总体目标")]
    ['achieved', 'achieved', 'expected']
    >>> [_goal_column(label) for label in ("完成考核目标", "实现预期目标", "全年预期目标")]
    [None, None, 'expected']
    """
    if len(label) > _LONGEST_GOAL_HEADER or _GOAL_ITEM_RE.fullmatch(label):
        return None  # the goal itself, or the label of one of its rows (目标1)
    if _is_midterm(label):
        return "midterm"
    if "实际" in label or "完成情况" in label or "执行情况" in label or "进展" in label:
        return "achieved"
    if ("预期" in label or "目标" in label) and _GOAL_VERB_RE.match(label) is None:
        return "expected"
    return None


_LONGEST_GOAL_HEADER: Final = 10
# A short goal that says what is to be done (完成考核目标, 实现预期目标, 确保完成年度目标):
# the goal itself, no header cell (r35d; before, 年度绩效目标 | 完成考核目标 lost the goal).
_GOAL_VERB_RE: Final = re.compile(
    r"(?:完成|实现|确保|达到|达成|推进|推动|开展|保障|提升|加强|建成|做好|落实|全面|按时|按期)"
)


def _goal_pairs(filled: Sequence[tuple[int, str]]) -> dict[str, list[str]] | None:
    """The goal's sides when *filled* lays them out as label/text pairs, else None.

    A header cell (预期目标, 实际完成情况) followed by a cell that is no header is that
    side's text: ``预期目标 | 完成改造3200户 | 实际完成情况 | 完成改造3350户``. Labels
    alone (the side-by-side header over rows of text) are no pairs.

    Example:
        >>> _goal_pairs(
        ...     ((1, "预期目标"), (2, "完成改造3200户"), (3, "实际完成情况"), (4, "3350户"))
        ... )
        {'expected': ['完成改造3200户'], 'achieved': ['3350户'], 'midterm': []}
        >>> _goal_pairs(((1, "预期目标"), (3, "实际完成情况"))) is None
        True
    """
    pairs: dict[str, list[str]] = {"expected": [], "achieved": [], "midterm": []}
    found = False
    role: str | None = None  # the side of the last label, while its text follows
    for _, text in filled:
        own = _goal_column(_label(text))
        if own is not None:
            role = own
            continue
        if role in pairs:
            pairs[role].append(text)
            found = True
        elif role is None and found:
            return None  # a text under no label after a pair: not this layout
    return pairs if found else None


_GOAL_ITEM_RE: Final = re.compile(r"(?:目标|指标|任务)\d{1,2}:?")


def _after_colon(text: str) -> str:
    """What follows the label of ``label：text`` (a full-width or ASCII colon), or ``""``."""
    return text.replace("：", ":").partition(":")[2].strip()


def _goal_row_texts(builder: _Builder, row: _Row) -> None:
    """The reading of :func:`_read_goal_row`."""
    if builder.goal_paired:
        pairs = _goal_pairs(row.filled)
        if pairs is not None:  # | 实际完成情况 | what was done, under 年度总体目标 | 预期目标 | …
            previous = builder.goal or OverallGoal()
            builder.goal = OverallGoal(
                " ".join(filter(None, [previous.expected, *pairs["expected"]])),
                " ".join(filter(None, [previous.achieved, *pairs["achieved"]])),
                midterm=" ".join(filter(None, [previous.midterm, *pairs["midterm"]])),
            )
            return
    if builder.goal is not None and not builder.goal_header:
        head_text = row.filled[0][1]
        done = _after_colon(head_text)
        if (
            len(row.filled) == 1
            and done
            and not builder.goal.achieved
            and _goal_column(_label(head_text.replace("：", ":").partition(":")[0])) == "achieved"
        ):
            # 实际完成情况：完成培训120人次。 under 年度绩效目标：… (a Word report's sentences)
            builder.goal = OverallGoal(builder.goal.expected, done)
        elif (
            row.filled[0][0] > 0
            and not row.cells[0].strip()
            and len(row.filled) <= 2  # noqa: PLR2004 - the expected and the achieved
            and not builder.goal.raw_expected
            # | 金额合计 | 2860.00 closing a task list under the goal: no goal's text (dept32
            # H6); a wrapped line 2860万元, or | 目标2：… | 2860万元, goes on (regress76 W2)
            and not _amount_row(row)
        ):
            # 年度绩效目标 | 目标1：… then | 目标2：…: the label's merged cell goes on
            # with the next goal, appended (regress38 W3)
            said, done = [*(text for _, text in row.filled), ""][:2]
            if done and _is_amount(done) and not builder.goal.achieved:
                said, done = f"{said} {done}", ""  # | 目标2：完成投资 | 2860万元: the goal's amount
            builder.goal = OverallGoal(
                " ".join(filter(None, [builder.goal.expected, said])),
                " ".join(filter(None, [builder.goal.achieved, done])),
            )
        return
    if "item" in builder.goal_header:  # | 目标2 | 合格率95% | 合格率96%
        texts = [text for _, text in row.filled if not _GOAL_ITEM_RE.fullmatch(_label(text))]
        previous = builder.goal or OverallGoal()
        said, done = [*texts, "", ""][:2]
        builder.goal = OverallGoal(
            "；".join(filter(None, [previous.expected, said])),
            "；".join(filter(None, [previous.achieved, done])),
        )
        return
    # Each cell belongs to the header column at or left of it (expected by default).
    header = sorted((column, role) for role, column in builder.goal_header.items())
    expected: list[str] = []
    achieved: list[str] = []
    midterm: list[str] = []
    for column, text in row.filled:
        role = "expected"
        for header_column, header_role in header:
            if column >= header_column:
                role = header_role
        if role == "achieved":
            achieved.append(text)
        elif role == "expected":
            expected.append(text)
        else:
            # 中长期目标: the table's year is what is judged; the mid-term goal is kept
            # beside it (monitor24 L2)
            midterm.append(text)
    previous = builder.goal or OverallGoal()
    builder.goal = OverallGoal(
        " ".join(filter(None, [previous.expected, *expected])),
        " ".join(filter(None, [previous.achieved, *achieved])),
        midterm=" ".join(filter(None, [previous.midterm, *midterm])),
    )


# 金额合计, 合计, 资金总额, 预算金额: the label of a task list's amount row (dept32 H6).
_AMOUNT_ROW_LABEL_RE: Final = re.compile(r"[\u4e00-\u9fff]{0,4}(?:合计|总计|小计|总额|金额)")


def _amount_row(row: _Row) -> bool:
    """Whether a row under the goal is a task list's amount row (``| 金额合计 | 2860.00``).

    Only a row labelled as one, a short 合计/总额/金额 label before its amount, is; a
    wrapped line of the goal that is only an amount (``| 2860万元``) or a goal's text
    before its amount (``| 目标2：完成交通固定资产投资 | 2860万元``) is the goal's (regress76 W2).

    >>> from types import SimpleNamespace as R
    >>> [_amount_row(R(filled=f)) for f in [((1, "金额合计"), (2, "2860.00")), ((1, "2860万元"),)]]
    [True, False]
    """
    filled = row.filled
    return (
        len(filled) >= 2  # noqa: PLR2004
        and _is_amount(filled[-1][1])
        and _AMOUNT_ROW_LABEL_RE.fullmatch(_label(filled[-2][1])) is not None
    )


_CHECKED: Final = frozenset("■☑☒⊠√✓✔●▣")
_UNCHECKED: Final = frozenset("□☐○")
_BOX_RE: Final = re.compile("([" + "".join(sorted(_CHECKED | _UNCHECKED)) + "])")


@lru_cache(maxsize=1024)
def _ticked(text: str) -> str:
    """What a cell of checkboxes says: its checked items (``■经费保障 □制度保障`` → 经费保障).

    The 136号 template prints the reasons of a deviation as a list of boxes in one cell:
    a list with none checked gives no reason. A cell without an empty box is its text.
    """
    if _UNCHECKED.isdisjoint(text):
        return text
    parts = _BOX_RE.split(text)
    # parts: text before the first box, then box, item, box, item…
    items = [
        item.strip(" \t\n：:；;，,")
        for box, item in zip(parts[1::2], parts[2::2], strict=True)
        if box in _CHECKED
    ]
    return "、".join(item for item in items if item)


# A cross beside an option (确定能（×）): not chosen, as an empty box is.
_CROSSES: Final = frozenset("×✗✘")
_OPTION_MARKS: Final = _CHECKED | _UNCHECKED | _CROSSES
_OPTION_MARK_RE: Final = re.compile("([" + "".join(sorted(_OPTION_MARKS)) + "])")
# A mark in brackets after an option, or the brackets left empty: 确定能完成（√）有可能完成（ ）.
_BRACKETED_MARK_RE: Final = re.compile("\\(([" + "".join(sorted(_OPTION_MARKS)) + "]?)\\)")
# An option's colon with nothing after it (有可能完成：；): left unmarked.
_EMPTY_AFTER_COLON_RE: Final = re.compile(r":(?=[;；,、]|$)")
_OPTION_SEPARATORS: Final = " :;,.、/|。；，："


@lru_cache(maxsize=1024)
def _marked_options(key: str) -> tuple[str, ...] | None:
    """The options a cell of marked options chooses, or None when it is no such cell.

    A mark before each option (``☑确定能完成□有可能完成``) or after each
    (``确定能√有可能□不可能□``, ``确定能完成(√)有可能完成()``): the side the cell starts
    or ends with says which, a mark first reading as before. √ ✓ ✔ ☑ ☒ ⊠ ■ ● ▣ choose
    (☒ is Word's checked box); □ ☐ ○, a cross (×) and empty brackets do not. *key* is
    a :func:`_key`; the options chosen come back in order, none or several when the
    cell does not say one.

    Example:
        >>> _marked_options("确定能完成(√)有可能完成()不可能完成()")
        ('确定能完成',)
        >>> _marked_options("确定能√有可能□不可能□"), _marked_options("√有可能")
        (('确定能',), ('有可能',))
        >>> _marked_options("☑确定能☑有可能□不可能"), _marked_options("确定能()有可能()")
        (('确定能', '有可能'), ())
        >>> _marked_options("确定能完成:√;有可能完成:;不可能完成:")
        ('确定能完成',)
        >>> _marked_options("确定能完成"), _marked_options("√")
        (None, None)
    """
    if "(" in key:
        key = _BRACKETED_MARK_RE.sub(lambda match: match[1] or "□", key)
    if _OPTION_MARKS.isdisjoint(key):
        return None
    if ":" in key:
        key = _EMPTY_AFTER_COLON_RE.sub(":□", key)  # 确定能完成：√；有可能完成：；
    parts = [part.strip(_OPTION_SEPARATORS) for part in _OPTION_MARK_RE.split(key)]
    # parts: text, mark, text, mark … text
    marks, texts = parts[1::2], parts[0::2]
    if not texts[0]:
        pairs = zip(marks, texts[1:], strict=True)  # ☑确定能完成 □有可能完成
    elif not texts[-1]:
        pairs = zip(marks, texts[:-1], strict=True)  # 确定能 √ 有可能 □
    else:
        return None  # 确定能√有可能: a word on either side, the marks' side unknown
    options = [(mark, text) for mark, text in pairs if text]
    if not options:
        return None
    return tuple(text for mark, text in options if mark in _CHECKED)


@lru_cache(maxsize=1024)
def _likelihood(text: str) -> Likelihood | None:
    """The likelihood a cell says; with marks (■确定能完成 □有可能完成), the chosen one.

    Example:
        >>> [_likelihood(t).value for t in ("能", "预计能完成", "基本能完成", "难以完成")]
        ['certain', 'certain', 'possible', 'impossible']
        >>> _likelihood("能源"), _likelihood("不能确定").value
        (None, 'possible')
        >>> _likelihood("无法完成的可能性不大"), _likelihood("可以肯定无法完成")
        (None, None)
        >>> _likelihood("确定能 √ 有可能 □ 不可能 □").value, _likelihood("有可能（√）").value
        ('certain', 'possible')
    """
    key = _key(text)
    if not _OPTION_MARKS.isdisjoint(key) or "()" in key:
        options = _marked_options(key)
        if options is not None:
            if len(options) != 1:
                return None  # none chosen, or several: see _note_unclear_likelihood
            key = options[0]
        elif not _CHECKED.isdisjoint(key):
            checked = next((i for i, ch in enumerate(key) if ch in _CHECKED), len(key))
            key = _BOX_RE.split(key[checked + 1 :], maxsplit=1)[0]  # up to the next box
    for lead in voc.LIKELIHOOD_LEADS:  # 预计能完成 is 能完成
        if key.startswith(lead):
            key = key[len(lead) :]
            break
    answer = voc.LIKELIHOOD_ANSWERS.get(key.rstrip("。.;；,，!！"))
    if answer is not None:  # 能, 是, 否: the whole cell
        return Likelihood(answer)
    for word, likelihood in voc.LIKELIHOOD_WORDS:  # longest first: 不能确定 before 不能
        if key.startswith(word):
            clause = _CLAUSE_END_RE.split(key[len(word) :], maxsplit=1)[0]
            if _TURNED_RE.search(clause):
                return None  # 无法完成的可能性不大, 可以肯定无法完成: the rest says otherwise
            return Likelihood(likelihood)
    return None


def _all_measures(closing: str, lines: list[str]) -> str:
    """The table's corrective measures: its closing 纠偏措施 row's, then each line's own.

    The 改进措施 written on an indicator or a budget line (``指标名：措施``) are kept
    after the closing row's text, unless it already says them (read56 F4: they were
    dropped whenever the table had a closing row).

    Example:
        >>> _all_measures("加强考核督查", ["年度资金总额：加快结算进度", "达标率：增加作业频次"])
        '加强考核督查；年度资金总额：加快结算进度；达标率：增加作业频次'
        >>> _all_measures("加快结算进度，增加作业频次", ["达标率：增加作业频次"])
        '加快结算进度，增加作业频次'
    """
    if not closing:
        return "；".join(lines)
    said = _key(closing)
    extra = [line for line in lines if _key(line.split("：", 1)[-1]) not in said]
    return "；".join([closing, *extra])


def _note_unclear_likelihood(builder: _Builder, text: str, subject: str, where: Where) -> None:
    """A ``likelihood-unclear`` warning when *text* marks no option or several.

    ``□确定能 □有可能 □不可能``, ``确定能完成（ ）有可能完成（ ）``, ``☑确定能 ☑有可能``:
    no likelihood is read (see :func:`_marked_options`), and the reviewer is told why.
    """
    key = _key(text)
    if _OPTION_MARKS.isdisjoint(key) and "()" not in key:
        return
    options = _marked_options(key)
    if options is None or len(options) == 1:
        return
    said = f"勾选了多项（{'、'.join(options)}）" if options else "未勾选任何选项"
    builder.finding(
        "likelihood-unclear",
        Severity.WARNING,
        f"{subject}“{text}”{said}，无法判断",
        where,
    )


# The two sides of 绩效跟踪总体判断, as the form labels them.
_JUDGEMENT_SUBJECTS: Final = MappingProxyType(
    {"budget": "年度项目预算完成可能性", "goal": "年度绩效目标完成可能性"}
)


def _note_blank_judgement(builder: _Builder) -> None:
    """A ``judgement-missing`` warning for the 完成可能性 rows printed with no answer.

    ``绩效跟踪总体判断 | 年度项目预算完成可能性 | (blank)``: the form asks for the
    judgement and the unit left it blank (score56 #6). One finding, at the first blank
    answer cell, naming each side left blank; none for a side answered elsewhere (an
    answer inline in another cell) nor for a side the form does not print.
    """
    blank = [side for side in ("budget", "goal") if side in builder.judgement_blank]
    blank = [side for side in blank if not builder.judgement.get(side)]
    if not blank:
        return
    names = "、".join(_JUDGEMENT_SUBJECTS[side] for side in blank)
    builder.finding(
        "judgement-missing",
        Severity.WARNING,
        f"绩效跟踪总体判断未填写{names}",
        builder.judgement_blank[blank[0]],
    )


def _status_likelihood(text: str) -> Likelihood | None:
    """The judgement a status cell says: done is certain, partly done possible.

    A word of work not (yet) done says nothing of the year's end, and is no judgement.

    Example:
        >>> [_status_likelihood(t) for t in ("完成", "是", "部分完成", "未完成", "否")]
        [<Likelihood.CERTAIN: 'certain'>, <Likelihood.CERTAIN: 'certain'>, \
<Likelihood.POSSIBLE: 'possible'>, None, None]
    """
    key = _key(text).rstrip("。.")
    status = _STATUS_ANSWERS.get(key) or voc.STATUS_WORDS.get(key)
    if status == "done":
        return Likelihood.CERTAIN
    if status == "partial":
        return Likelihood.POSSIBLE
    return None


_STATUS_ANSWERS: Final = MappingProxyType(
    {"是": "done", "达标": "done", "已达标": "done", "否": "not_done", "未达标": "not_done"}
)


def _status_values(
    builder: _Builder, placed: dict[str, tuple[int, str]], year: int | None
) -> dict[str, tuple[int, str]]:
    """A row's cells, a figure or date typed in its status column read as the actual.

    Units often type the figure in ``完成情况`` and leave ``实际完成值`` blank (or ``/``):
    the figure is the actual. A status word (完成, 未完成, 是, 按序时推进) stays the
    unit's judgement. When both columns hold values, the earlier column is read and a
    ``grid-column-duplicate`` warning (once a table) says the other is not.

    Example (the cells by role: column and text; 完成情况 in column 4):
        >>> builder = _Builder.__new__(_Builder)
        >>> header = _Row(("三级指标", "年度指标值", "实际完成值", "", "完成情况"), 0, (), "")
        >>> builder.grid = _GridColumns(header, 0, None, {2: "actual", 4: "status"})
        >>> _status_values(builder, {"status": (4, "98.6%")}, 2024)
        {'actual': (4, '98.6%')}
        >>> _status_values(builder, {"status": (4, "完成"), "actual": (2, "22个")}, 2024)
        {'status': (4, '完成'), 'actual': (2, '22个')}
    """
    status = placed["status"]
    grid = builder.grid
    if (
        grid is None
        or _label(_cell(grid.row, status[0])) not in _STATUS_HEADERS
        or not isinstance(value := parse_value(status[1], year=year), (Quantity, DateValue))
    ):
        # 完成, 未完成, 符合序时进度: a judgement; 是否完成 | 是否达标 columns ask a
        # question, and a figure there (90% under 是否达标) is no actual
        return placed
    placed = dict(placed)
    del placed["status"]
    actual = placed.get("actual")
    if actual is None or _key(actual[1]) in _UNSET_CELLS:
        target = placed.get("target")
        if target is not None and _completion_ratio(value, status[1], target[1], year):
            # 10个 | 80% | (blank): the share of the target reached, no actual; kept
            # in the remarks under its header, the actual left missing
            header = dict(builder.header_labels).get(status[0]) or "完成情况"
            said = f"{header}：{status[1]}"
            remarks = placed.get("remarks")
            placed["remarks"] = (
                (remarks[0], f"{remarks[1]}；{said}") if remarks else (status[0], said)
            )
            return placed
        placed["actual"] = status
        return placed
    if status[0] < actual[0]:
        placed["actual"] = status
    if not builder.status_values_said:
        builder.status_values_said = True
        first, second = sorted((status[0], actual[0]))
        _note_duplicate_column(builder, grid.row, first, second, "actual")
    return placed


def _completion_ratio(
    value: Quantity | DateValue, text: str, target_text: str, year: int | None
) -> bool:
    """Whether a figure under 完成情况 (*text*) is no actual of *target_text*.

    A bare percentage beside a target in another unit or a deadline is the share of
    the target reached (``10个`` with ``80%``, ``2024年10月底前`` with ``100%``); a date
    beside a figure is no value of it. A figure in the target's unit, or with no unit,
    a percentage beside a percentage, a date beside a deadline and a sentence
    (``已完成全年任务的96%``) are the actual.

    Example:
        >>> _completion_ratio(parse_value("80%"), "80%", "10个", 2024)
        True
        >>> _completion_ratio(parse_value("100%"), "100%", "2024年10月底前", 2024)
        True
        >>> _completion_ratio(parse_value("99%"), "99%", "≥98%", 2024)
        False
        >>> _completion_ratio(parse_value("8个"), "8个", "10个", 2024)
        False
    """
    if isinstance(value, Quantity) and (
        value.unit != "%" or _BARE_PERCENT_RE.fullmatch(_key(text)) is None
    ):
        return False
    target = parse_target(target_text, year=year)
    if isinstance(value, DateValue):
        return isinstance(target, (Comparison, Range))
    if isinstance(target, Deadline):
        return True
    return isinstance(target, (Comparison, Range)) and target.unit not in (None, "%")


def _kinds_counted(target: Target, text: str, name: str) -> Target:
    """A bare ``N类`` target counting kinds, when the name names no class (dept32 H3).

    The value language leaves a target alone (``3类``) a grade, as it may name a class
    (水质3类); under a name that names none (基本公共卫生服务项目数, 服务类别) it counts
    kinds, as ``12项`` does: ``=12类``.

    Example:
        >>> _kinds_counted(Descriptive("12类"), "12类", "基本公共卫生服务项目数")
        Comparison(op=<Op.EQ: '='>, value=Decimal('12'), unit='类', label=None, note=None)
        >>> _kinds_counted(Descriptive("3类"), "3类", "地表水水质")
        Descriptive(description='3类', recurring=False)
    """
    if not isinstance(target, Descriptive):
        return target
    match = _KINDS_RE.fullmatch(_key(text))
    if match is None or _CLASS_LABEL_RE.search(name) is not None:
        return target
    return Comparison(Op.EQ, Decimal(match[1]), "类", text=text)


_KINDS_RE: Final = re.compile(r"(\d{1,4})类")


# A percentage and nothing else (80%, 120.5%).
_BARE_PERCENT_RE: Final = re.compile(r"\d+(?:\.\d+)?%")


# What turns a likelihood word round in the rest of its clause: its chance or risk
# (无法完成的可能性不大, 难以完成的风险可控), a difficulty (确保完成有困难), or a word of
# the other side (可以肯定无法完成, 可以预见难以完成). Such a cell is read as no answer.
_TURNED_RE: Final = re.compile("可能性|风险|困难|难度|无法|难以|不能|不可能|完不成|完成不了")
_CLAUSE_END_RE: Final = re.compile("[;；,，。]")


# 完成可能性：确定能完成, also with a note in brackets (完成可能性（预计）：…).
_INLINE_LABEL_RE: Final = re.compile(r"完成可能性(?:\([^()]*\))?:")


def _said_likelihood(text: str) -> str:
    """The likelihood words at the start of *text* (the next clause may follow at once)."""
    for word, _ in voc.LIKELIHOOD_WORDS:  # longest first
        if text.startswith(word):
            return word
    return re.split(r"[;；,，。]", text, maxsplit=1)[0]


def _budget_likelihood_label(label: str) -> bool:
    """The budget's likelihood label without 完成 (年度预算执行可能性, dept22 H7).

    Example:
        >>> _budget_likelihood_label("年度预算执行可能性"), _budget_likelihood_label("风险可能性")
        (True, False)
    """
    return label.endswith("可能性") and "预算" in label and ":" not in label


# The name Table.cells gives the cell of each side's judgement.
_JUDGEMENT_CELLS: Final = {
    "budget": "judgement.budget_completion",
    "goal": "judgement.goal_completion",
}


def _read_judgement(builder: _Builder, row: _Row) -> None:
    ticks = builder.judgement_ticks
    if not ticks and not any("可能性" in text for _, text in row.filled):
        # 绩效跟踪总体判断 | | 确定能完成 | 有可能完成 | 不可能完成: the columns a tick
        # on the rows below stands for
        words = {
            column: label
            for column, text in row.filled[1:]
            if (label := _label(text)) and _likelihood(label) is not None and label not in _YES_NO
        }
        if len(words) >= 2:  # noqa: PLR2004
            builder.judgement_ticks = words
        return
    for column, text in row.filled:
        key = _key(text)
        if "完成可能性" not in key and not _budget_likelihood_label(key):
            continue
        found = row.after(column)
        if ticks and (found is None or _key(found[1]) in _TICKS | _OPTION_MARKS):
            # | 年度项目预算完成可能性 | | √ |: the word of the column ticked
            found = _ticked_judgement(row, column, ticks)
        value = found[1] if found else ""
        # 绩效跟踪总体判断：年度项目预算完成可能性：有可能完成；年度绩效目标完成可能性：确定能完成
        # (a cell holding its own answer keeps it, whatever the next cell holds: the
        # goal's 年度绩效目标完成可能性：有可能完成 beside the budget's)
        inline = list(_INLINE_LABEL_RE.finditer(key))
        if inline and not key[inline[-1].end() :].strip():
            inline = []  # the label alone: its answer is the next cell
        if inline or not found:
            start = 0
            for number, match in enumerate(inline):
                side = "budget" if "预算" in key[start : match.start()] else "goal"
                said = key[match.end() :]
                if not _OPTION_MARKS.isdisjoint(said) or "()" in said:
                    # 年度项目预算完成可能性：确定能完成（√）有可能完成（ ）；年度绩效目标…:
                    # the marked options up to the next label
                    if number + 1 < len(inline):
                        said = _NEXT_LABEL_RE.sub("", key[match.end() : inline[number + 1].start()])
                    answer = said
                else:
                    answer = _said_likelihood(said)
                if side not in builder.judgement:
                    builder.judgement[side] = answer
                    builder.judgement_at[side] = builder.where(row, column)
                    builder.place(_JUDGEMENT_CELLS[side], builder.judgement_at[side])
                start = match.end()
            continue
        named = "budget" if "预算" in key else "goal" if "目标" in key or "绩效" in key else None
        if named is not None:
            builder.judgement[named] = value
            builder.judgement_at[named] = builder.where(row, found[0])
            builder.place(_JUDGEMENT_CELLS[named], builder.judgement_at[named])
    if not ticks:
        # 年度项目预算完成可能性 | (blank): the form asks, the unit did not answer; the
        # answer's cell is past the label's merged range, as the measures' (r38h 3)
        for column, text in row.filled:
            key = _key(text)
            if key.endswith("完成可能性") and row.after(column) is None:
                side = "budget" if "预算" in key else "goal"
                at = _value_place(builder, row, column)
                builder.judgement_blank.setdefault(side, builder.where(row, at))


# The next label after a judgement's marked options in one cell (；年度绩效目标).
_NEXT_LABEL_RE: Final = re.compile(r"[;；,。][^;；,。]*$")


def _ticked_judgement(row: _Row, column: int, ticks: dict[int, str]) -> tuple[int, str] | None:
    """The judgement a row of ticks under option columns says, after its label in *column*.

    ``| 年度项目预算完成可能性 | | √ |`` under ``确定能完成 | 有可能完成 | 不可能完成``:
    the ticked column's word. No tick, or several, gives the options with their marks
    (``□确定能完成 □有可能完成 □不可能完成``), which no likelihood is read from.
    """
    cells = row.cells
    chosen = [
        tick_column
        for tick_column in ticks
        if tick_column > column and tick_column < len(cells) and _key(cells[tick_column]) in _TICKS
    ]
    if len(chosen) == 1:
        return chosen[0], ticks[chosen[0]]
    first = min((c for c in ticks if c > column), default=None)
    if first is None:
        return None
    marked = " ".join(
        f"{'√' if tick_column in chosen else '□'}{word}"
        for tick_column, word in sorted(ticks.items())
        if tick_column > column
    )
    return (chosen[0] if chosen else first), marked


# The words of a printed grade and the grade each is (voc.GRADES, and those of other
# four-step scales, voc.PRINTED_GRADES: 较好 is 良, 差等 差).
_PRINTED_GRADES: Final = MappingProxyType({**voc.GRADES, **voc.PRINTED_GRADES})


def _grade_of(text: str) -> str | None:
    """A printed grade (优秀, 良, 中等, 较好…), also after a label (自评等级：优).

    In a sentence too: ``自评等级：优。``, ``等级为“优”``, ``评价等级为优``.
    """
    found = _grade_word(text)
    return None if found is None else found[0]


def _grade_word(text: str) -> tuple[str, str] | None:
    """The grade of :func:`_grade_of` and the word that printed it, or None.

    Example:
        >>> _grade_word("自评等级：较好"), _grade_word("86分（差等）"), _grade_word("优")
        (('良', '较好'), ('差', '差等'), ('优', '优'))
        >>> _grade_word("良好等次"), _grade_word("评价等级为“一般”。"), _grade_word("基本合格")
        (('良', '良好'), ('中', '一般'), None)
    """
    key = _key(text).rstrip("。.;,")
    if key.endswith(")") and "(" in key:
        key = key[: key.rindex("(")]  # 优（95分）, 良(B): the grade before its bracket
    for word in (key, key.rsplit(":", 1)[-1]):
        if word in _PRINTED_GRADES:
            return _PRINTED_GRADES[word], word
    if key.endswith(("等级", "等次")) and key[:-2] in _PRINTED_GRADES:
        return _PRINTED_GRADES[key[:-2]], key[:-2]  # 优秀等级, 良好等次: before the word
    if "等级" in key and (match := _GRADE_AFTER_RE.search(key)):
        return _PRINTED_GRADES[match.group(1)], match.group(1)
    return _figure_and_grade_word(text)  # 97.5分（优）: a total beside its grade


# 等级为“优”, 评价等级为优, 自评等级：良好。: the grade word right after 等级 in a sentence.
_GRADE_AFTER_RE: Final = re.compile(
    r"等级(?::|为|是)?[\"“”「『']?("
    + "|".join(sorted(_PRINTED_GRADES, key=len, reverse=True))
    + r")(?![\u4e00-\u9fff])"
)


# The labels of a row whose cells are grades (A, B级, 待定), not a sentence (自评结论).
_GRADE_CELL_WORDS: Final = ("等级", "等次", "评级", "定级", "评定")
# Letter grades some provinces print for 优, 良, 中, 差 (a whole cell in a grade row).
_LETTER_GRADES: Final = {"A": "优", "B": "良", "C": "中", "D": "差"}


def _keep_grade(builder: _Builder, grade: str, word: str) -> None:
    """The table's grade is *grade*, printed as *word*: kept as Published.grade_text unless the same."""
    builder.published_grade = grade
    builder.published_grade_text = None if word == grade else word


def _set_grade(builder: _Builder, row: _Row, column: int, grade: str, word: str) -> None:
    """The table's grade is *grade*, printed at *column* of *row* as *word*; the later one wins.

    Another grade printed before in another cell (``总分 | 100 | 97.50 | 优`` above
    ``自评等级 | 良``) contradicts it: a ``grade-mismatch`` names both cells and grades at
    the later (r36q: only the later was checked against the total, the two grades'
    contradiction went unsaid).
    """
    at = builder.position(row, column)
    before, where = builder.published_grade, builder.cells.get("published.grade")
    if before is not None and before != grade and where is not None and where != at:
        builder.finding(
            "grade-mismatch",
            Severity.WARNING,
            f"表中两处等级不一致：{where.cell}为“{before}”，{at.cell}为“{grade}”",
            builder.where(row, column),
        )
    _keep_grade(builder, grade, word)
    builder.place("published.grade", at)


def _read_grade(builder: _Builder, row: _Row) -> None:
    head_column, head_text = row.filled[0]
    if "结论" in head_text and builder.conclusion_total is None:
        _read_conclusion_total(builder, row)
    for column, text in row.filled:
        graded = _grade_word(text)
        if graded is not None:
            _set_grade(builder, row, column, *graded)
            return
    if not any(word in head_text for word in _GRADE_CELL_WORDS):
        return  # 自评结论: a sentence, read for its grade word only
    for column, cell in row.filled:
        text, key = cell, _key(cell)
        if column == head_column:
            label, colon, said = key.partition(":")
            if not colon or not said or not any(word in label for word in _GRADE_CELL_WORDS):
                continue
            # 自评等级：较好 in one cell: the grade after the label's colon
            text, key = cell.replace("：", ":").partition(":")[2].strip(), said.rstrip("。.;,")
        if key in _AMOUNT_PLACEHOLDERS:
            continue
        _read_grade_cell(builder, row, column, text, key)
        return


def _read_grade_cell(builder: _Builder, row: _Row, column: int, text: str, key: str) -> None:
    """A grade row's cell (or the cell after a 等级 label) that no grade word read.

    A letter grade (``A``, ``B级``, ``B级（良）``) is the grade it stands for; another
    short cell (``90分以上``, ``待定``, ``较好``) is said by a ``malformed-points``
    warning rather than lost; a longer one is a remark.
    """
    if key.endswith(")") and "(" in key:
        key = key[: key.index("(")]  # B级（良）, A（95分）: the letter before its bracket
    letter = _LETTER_GRADES.get(key.upper().removesuffix("级"))
    if letter is not None:
        _set_grade(builder, row, column, letter, text.strip())
        return
    if len(key) > 10:  # noqa: PLR2004 - a remark, not a grade cell
        return
    if builder.published_grade is None:
        builder.published_grade_text = text.strip()  # printed, though no grade: kept
    # 90分以上, 待定: printed, but no grade; said rather than lost
    builder.finding(
        "malformed-points",
        Severity.WARNING,
        f"等级“{text}”不是优、良、中、差之一，未读入",
        builder.where(row, column),
    )


_INLINE_TOTAL_RE: Final = re.compile(r"(?:总分|得分|合计|总计):(\d+(?:\.\d+)?)")
# 综上，本项目自评得分98.5分（含预算执行10分）: the total in a report's conclusion; 合计总分
# 97.50分 in a note under the grid; 自评总分88.5分.
_SENTENCE_TOTAL_RE: Final = re.compile(
    r"(?:(?:自评|评价|综合)(?:总)?得分|(?:自评|评价|综合|合计)总分|总分合计)(?:为|是)?:?"
    r"(\d+(?:\.\d+)?)(?![\d.])"
)
# In a row labelled 自评结论 (绩效自评结论, 评价结论) the sentence is the project's own: a
# bare 总分为88.5分 or 得分88.5 at a clause's start or after the project (本项目得分88.5分)
# is its total too; not an item's (其中预算执行率得分9.2分), nor a share (得分率95%).
_CONCLUSION_TOTAL_RE: Final = re.compile(
    r"(?:^|[,;；:。、]|项目|最终)(?:总得分|总分|得分)(?:为|是)?:?(\d+(?:\.\d+)?)(?![\d.%])"
)


def _read_conclusion_total(builder: _Builder, row: _Row) -> None:
    """The total a 自评结论 row's sentence gives (经自评，本项目自评得分88.5分，自评等级为优。).

    Kept aside: it is the table's total when no 总分 row gives one (see
    :func:`_settle_conclusion_total`), so the printed 得分 and grade are checked against
    it (score54 H1: the grade was read, the total dropped).

    Example:
        >>> _CONCLUSION_TOTAL_RE.search("经自评,本项目得分88.5分")[1]
        '88.5'
        >>> _CONCLUSION_TOTAL_RE.search("其中预算执行率得分9.2分") is None
        True
    """
    for column, text in row.filled:
        if "分" not in text:
            continue
        key = _key(text)
        found = _SENTENCE_TOTAL_RE.search(key) or _CONCLUSION_TOTAL_RE.search(key)
        if found is not None:
            builder.conclusion_total = (Decimal(found.group(1)), builder.where(row, column))
            return


def _settle_conclusion_total(builder: _Builder) -> None:
    """A 自评结论's total: the table's when no 总分 row gave one; a finding when one differs.

    The 总分 row is the table's own figure and stays; the conclusion saying another is an
    arithmetic error on the face of the table, said at the conclusion's cell.
    """
    if builder.conclusion_total is None:
        return
    total, where = builder.conclusion_total
    if builder.published_total is None:
        builder.published_total = total
        builder.place("published.total", where)
    elif builder.published_total != total:
        builder.findings.append(
            Finding(
                "points-sum-mismatch",
                Severity.WARNING,
                f"自评结论中的总分{total}与表中总分{builder.published_total}不符",
                where,
                figures=(Figure("stated", total), Figure("published", builder.published_total)),
            )
        )


def _read_conclusion(builder: _Builder, text: str, at: Position | None = None) -> bool:
    """A sentence under the grid giving the total or the grade (a Word report's 自评结论).

    ``综上，本项目自评得分98.5分（含预算执行10分），自评等级为“优”。``: the total and
    the grade, unless the table's own 总分 and 等级 rows gave them. A sentence that gives
    both is one pair, and replaces the 总分 row's: ``注：预算执行率得分按10分计，合计总分
    97.50分，自评等级：优。`` under a 总分 row of 88 is 97.50 and 优 (a grade from the note
    beside the row's total graded 88 as 优). False when the sentence gives neither (it is
    read as any other row).
    """
    key = _key(text)
    total = _SENTENCE_TOTAL_RE.search(key)
    graded = _grade_word(text) if "等级" in key else None
    if total is None and graded is None:
        return False
    if total is not None and graded is not None:
        builder.published_total = Decimal(total.group(1))
        _keep_grade(builder, *graded)
        builder.place("published.total", at)  # the sentence's cell (*at*)
        builder.place("published.grade", at)
        return True
    if total is not None and builder.published_total is None:
        builder.published_total = Decimal(total.group(1))
        builder.place("published.total", at)
    if graded is not None and builder.published_grade is None:
        _keep_grade(builder, *graded)
        builder.place("published.grade", at)
    return True


# How far the 总分 row's 分值 may be from the 分值 added (16.67 three times under 50).
_WEIGHT_SLACK: Final = Decimal("0.5")


def _total_row_figures(builder: _Builder, indicators: Sequence[Indicator]) -> None:
    """The 总分 row's printed 分值 against the 分值 added, and its 得分 against it (score54 H3).

    ``总分 | 95 | 96.2`` under 分值 adding up to 100 (the budget line's included, as
    ``weights-not-100`` adds them): ``weights-not-100`` at the 分值 cell, ``总分分值95与
    各项分值合计100不符``; a 总分 row of 100 is left to ``weights-not-100`` on the sum. When
    a row's or the budget line's 分值 is blank or unread, the sum is only a floor (the
    scorer may count the rate at its default 10): a row's 分值 below it is still wrong.
    Not a row totalling the grid alone (its 分值 and 得分 both the grid's sums, the
    budget line apart), nor 分值 printed as shares (a row's 分值 of 1). And a 得分 above
    the row's own 分值 (``总分 | 90 | 95``): ``points-over-maximum`` at the 得分 cell;
    above 100 the scorer says it already (``总分102超过满分100``). Each finding carries the
    row's 分值 as the figure ``row_weight``.
    """
    if builder.total_row_weight is None:
        return
    printed, where = builder.total_row_weight
    if printed <= 1:
        return  # 分值 as shares of 1 (weights-as-shares)
    weights = [indicator.weight for indicator in indicators if indicator.weight is not None]
    if weights and printed != _MOST_POINTS:
        grid = sum(weights, Decimal(0))
        line = next((line for line in builder.budget if line.role is BudgetRole.TOTAL), None)
        budget = line.weight if line is not None and line.weight is not None else Decimal(0)
        added = grid + budget
        # a blank or unread 分值 (a row's, the budget line's): the sum is a floor
        floor = len(weights) < len(indicators) or (line is not None and line.weight is None)
        points = builder.total_row_points
        grid_points = sum(
            (i.published_points for i in indicators if i.published_points is not None),
            Decimal(0),
        )
        grid_alone = (
            budget > 0
            and abs(printed - grid) <= _WEIGHT_SLACK
            and points is not None
            and abs(points[0] - grid_points) <= _WEIGHT_SLACK
        )
        off = added - printed > _WEIGHT_SLACK or (not floor and printed - added > _WEIGHT_SLACK)
        if off and not grid_alone:
            said = f"{added}（含预算执行率分值{budget}）" if budget else f"{added}"
            builder.findings.append(
                Finding(
                    "weights-not-100",
                    Severity.WARNING,
                    f"总分分值{printed}与各项分值合计{said}不符",
                    where,
                    figures=(Figure("row_weight", printed), Figure("added", added)),
                )
            )
    if builder.total_row_points is not None:
        total, points_where = builder.total_row_points
        if printed < total <= _MOST_POINTS and total == builder.published_total:
            builder.findings.append(
                Finding(
                    "points-over-maximum",
                    Severity.WARNING,
                    f"总分{total}超过总分分值{printed}",
                    points_where,
                    figures=(Figure("row_weight", printed), Figure("published", total)),
                )
            )


# A 得分 cell that says the row got all its points: the 分值 is the figure.
_FULL_MARKS_WORDS: Final = frozenset({"满分", "满分值", "得满分"})
# 得15分, 满分15分: the figure after the word (the points given, or the row's full marks)
_POINTS_WORDED_RE: Final = re.compile(r"(?:得|满分)(\d+(?:\.\d+)?)分?")
# 扣0.5分 alone in a 得分 cell: the row's 分值 less the points taken off; 扣除0.5分,
# 扣了0.5分, 共扣0.5分, 扣零点五分 as the 偏差原因's deductions are read (r37a)
_POINTS_DEDUCTED_RE: Final = re.compile(rf"(?:共|合计|累计)?{DEDUCTION}分?")
# 十五, 十五分, 九点五分: a 得分 written in Chinese numerals
_POINTS_CHINESE_RE: Final = re.compile(
    r"([零一二三四五六七八九两十百]+)(?:点([零一二三四五六七八九]+))?分?"
)


# A bracket saying the figure before it is no points: 10（权重）, 10（分值）, 10（标准分）.
_NOT_POINTS_BRACKET_RE: Final = re.compile(r"\((?:权重|分值|标准分|满分值|指标分值)\)")


@lru_cache(maxsize=4096)
def _points_figure(text: str) -> Decimal | None:
    """A 得分 cell written otherwise than a bare number, or None (pt22 H1).

    ``15/15`` is 15 (the points before the 分值), ``得15分`` 15, ``满分15分`` 15 (the
    row's full marks), ``15分（满分15分）`` and ``14.5（扣0.5分）`` the figure before the
    bracket, ``十五`` 15 and ``九点五`` 9.5 (Chinese numerals).

    Example:
        >>> [str(_points_figure(t)) for t in ("15/15", "得15分", "满分15分", "十五")]
        ['15', '15', '15', '15']
        >>> _points_figure("15分（满分15分）"), _points_figure("14.5（扣0.5分）")
        (Decimal('15'), Decimal('14.5'))
        >>> _points_figure("待定") is None, _points_figure("10（权重）") is None
        (True, True)
    """
    key = _key(text).rstrip("。.")
    if key.endswith(")") and "(" in key and not key.startswith("("):
        if _NOT_POINTS_BRACKET_RE.fullmatch(key[key.index("(") :]):
            return None  # 10（权重）: the figure is the weight, no points (regress40 W7)
        return _points_figure(key[: key.index("(")])  # 15分（满分15分）: before the bracket
    if (number := _number(key)) is not None:
        return number
    if key.count("/") == 1:
        given, full = key.split("/")
        if (points := _number(given)) is not None and _number(full) is not None:
            return points  # 15/15: the points given of the 分值
        return None
    if match := _POINTS_WORDED_RE.fullmatch(key):
        return Decimal(match.group(1))
    if match := _POINTS_CHINESE_RE.fullmatch(key):
        whole = chinese_to_int(match.group(1))
        decimals = match.group(2)
        if decimals is None:
            return Decimal(whole)
        return Decimal(f"{whole}.{chinese_to_int(decimals):0{len(decimals)}d}")
    return None


def _total_number(text: str) -> Decimal | None:
    """A printed total: 95.40, 95.40分, also in brackets (（94.5）) or beside its grade.

    ``97.5分（优）``, ``优（97.5分）``, ``97.50，优秀``: the figure of a cell that prints the
    total with its grade (see :func:`_figure_and_grade`).
    """
    number = _number(text)
    if number is None and text[:1] in "(（" and text[-1:] in ")）":
        number = _number(text[1:-1])
    if number is None and (pair := _figure_and_grade(text)) is not None:
        number = pair[0]
    return number


# A grade word, longest first (优秀 before 优), with the label some cells give it
# (等级：优, 自评等级为良).
_GRADE_WORD = "(?:" + "|".join(sorted(_PRINTED_GRADES, key=len, reverse=True)) + ")"
_LABELLED_GRADE = rf"(?:(?:自评|评价|综合)?等[级次](?::|为|是)?)?(?P<grade>{_GRADE_WORD})"
_FIGURE = r"(?P<figure>\d+(?:\.\d+)?)分?"
# A 总分 cell holding the total and its grade, in either order: 97.5分（优）, 97.50(等级:优),
# 97.5分，优秀, 97.50/良, 97.5分优 (a space dropped by _key), 优（97.5分）, 良/86.
_FIGURE_GRADE_RES: Final = (
    re.compile(rf"{_FIGURE}[(,;/、]?{_LABELLED_GRADE}\)?"),
    re.compile(rf"{_LABELLED_GRADE}[(,;/、]?{_FIGURE}\)?"),
)


def _figure_and_grade(text: str) -> tuple[Decimal, str] | None:
    """The total and the grade of a cell that prints both, or None.

    Example:
        >>> _figure_and_grade("97.5分（优）"), _figure_and_grade("优（97.5分）")
        ((Decimal('97.5'), '优'), (Decimal('97.5'), '优'))
        >>> _figure_and_grade("86，良好"), _figure_and_grade("97.5") is None
        ((Decimal('86'), '良'), True)
    """
    match = _figure_grade_match(text)
    if match is None:
        return None
    return Decimal(match.group("figure")), _PRINTED_GRADES[match.group("grade")]


def _figure_and_grade_word(text: str) -> tuple[str, str] | None:
    """The grade of :func:`_figure_and_grade` and its word as printed (较好 of 86（较好））."""
    match = _figure_grade_match(text)
    return None if match is None else (_PRINTED_GRADES[match.group("grade")], match.group("grade"))


def _figure_grade_match(text: str) -> re.Match[str] | None:
    """The match of :data:`_FIGURE_GRADE_RES` on a cell printing a total and its grade."""
    key = _key(text).rstrip("。.;,")
    for pattern in _FIGURE_GRADE_RES:
        match = pattern.fullmatch(key)
        if match is not None and key.count("(") == key.count(")"):
            return match
    return None


def _read_total(builder: _Builder, row: _Row) -> None:
    head_column = row.first()[0]  # type: ignore[index]
    numbers = [
        (c, number)
        for c, t in row.filled
        if c > head_column and (number := _total_number(t)) is not None
    ]
    for cell in row.filled:
        if "," in cell[1] and _decimal_comma(cell[1]):
            _malformed_figure(builder, row, cell, "总分")  # 92,53: a decimal comma
    if not numbers:  # 自评得分：95.40　自评等级：优 in one cell
        inline = _INLINE_TOTAL_RE.search(_key(row.filled[0][1]))
        if inline is not None:
            numbers = [(head_column, Decimal(inline.group(1)))]
    grid = builder.grid
    if grid is not None:
        for column, value in numbers:
            if grid.roles.get(column - grid.name_column) == "points":
                builder.published_total = value
                builder.place("published.total", builder.position(row, column))
                builder.total_row_points = (value, builder.where(row, column))
            elif grid.roles.get(column - grid.name_column) == "weight":
                builder.printed_weight_total = value
                builder.total_row_weight = (value, builder.where(row, column))
    if builder.published_total is None and numbers:
        column, value = numbers[-1]
        # A blank 得分 beside the 分值 of 100: the 分值 is no total.
        if grid is None or grid.roles.get(column - grid.name_column) != "weight":
            builder.published_total = value
            builder.place("published.total", builder.position(row, column))
    if builder.published_total is None:
        full = next(
            (c for c, t in row.filled if c > head_column and _key(t) in _FULL_MARKS_WORDS), None
        )
        if full is not None:
            # 总分 | 100分 | 满分: the total is the 分值 printed beside it, else the sum of
            # the 分值 column (when the table is built)
            weights = [
                (column, value)
                for column, value in numbers
                if grid is not None and grid.roles.get(column - grid.name_column) == "weight"
            ]
            if weights:
                builder.published_total = weights[-1][1]
                builder.place("published.total", builder.position(row, full))  # 满分
            else:
                builder.full_marks_total = builder.where(row, full)
    if builder.published_total is None:
        error = next(
            ((c, t) for c, t in row.filled if c > head_column and _is_excel_error(t)), None
        )
        if error is not None:  # #N/A in the 总分 cell: said, as in an indicator's 得分
            builder.finding(
                "malformed-points",
                Severity.WARNING,
                f"总分{_excel_error(error[1])}",
                builder.where(row, error[0]),
            )
    graded = False
    for column, text in row.filled:
        found = _grade_word(text)
        if found is not None:
            _set_grade(builder, row, column, *found)
            graded = True
    if not graded:
        # 总分 | 100 | 98 | 自评等级 | A: the cell after the row's 等级 label is its grade, a
        # letter read as in a 等级 row, any other short cell said (r35l)
        cells = [(c, t) for c, t in row.filled if c > head_column]
        for (_, label), (column, text) in itertools.pairwise(cells):
            key = _key(label).rstrip(":")
            if not key.endswith(_GRADE_CELL_WORDS) or _number(text) is not None:
                continue
            said = _key(text).rstrip("。.;,")
            if any(word in said for word in (*_GRADE_CELL_WORDS, "得分", "总分", "分值")):
                break  # 自评等级 | 自评得分: a label beside it, no grade
            if said not in _AMOUNT_PLACEHOLDERS:
                _read_grade_cell(builder, row, column, text, said)
            break
    if builder.published_grade is None and numbers:
        # 总分 | 100 | 97.50 | A: a letter alone after the total is its grade, as a 等级
        # row's (r36q; before, only a grade word there was read)
        after = numbers[-1][0]
        for column, text in row.filled:
            if column > after and (letter := _letter_grade(text)) is not None:
                _set_grade(builder, row, column, letter, text.strip())
                break


def _letter_grade(text: str) -> str | None:
    """The grade a letter alone stands for (``A``, ``b``, ``B级``), or None.

    Example:
        >>> _letter_grade("A"), _letter_grade("B级"), _letter_grade("A类"), _letter_grade("97")
        ('优', '良', None, None)
    """
    return _LETTER_GRADES.get(_key(text).rstrip("。.;,").upper().removesuffix("级"))


# ---------------------------------------------------------------------------
# The indicator grid


_REFERENCE_WORDS: Final = (
    "上年",
    "去年",
    "往年",
    "上一年",
    "前一年",
    "历史",
    "前三年",
    "以前年度",
)


@lru_cache(maxsize=16384)
def _column_role(text: str) -> str | None:
    label = _label(text)
    if _CORE_HEADER_RE.fullmatch(label) is not None:
        return "core"  # 核心指标 (是/否), 是否核心指标: whether the row is a core indicator
    if _is_midterm(label):
        return "midterm"  # 中期指标值 of a target table: the year's 年度指标值 is the target
    if any(word in label for word in _REFERENCE_WORDS):
        return "reference"  # 上年实际完成值, 历史标准: for comparison, never this year's
    if _DUTY_GOAL_HEADER_RE.fullmatch(label) is not None:
        # 年度履职目标 of a 部门整体 table (目标1：… merged down over its rows): the duty
        # goal the rows serve, kept in each row's about (r35k); the whole header only
        return "duty_goal"
    if label in _YEAR_GOAL_HEADERS:
        # 年度目标 (or 年度) over the year's 指标值, beside 实施期目标 | 中期目标 over the
        # mid-term's: the year's target column, alone or as a two-row header's upper half
        return "target"
    if _PLAN_GROUP_RE.fullmatch(label) is not None:
        # 分季度计划, 季度目标, 分季度目标值, 月度计划 (merged over 一季度…四季度, 1月…6月):
        # the plan by quarter or month, as 分季度计划值, never the actual (regress41 W2/W3)
        return "planned"
    for word, role in voc.GRID_COLUMNS:
        if word in label and not (word in _SCHEDULE_WORDS and "完成" in label):
            if role == "target" and _PERIOD_PREFIX_RE.match(label) is not None:
                return "planned"  # 1-9月目标值: the period's plan, not a second target
            return role
    if ("计划" in label or "目标" in label or "完成" in label) and (
        period := _PERIOD_COLUMN_RE.fullmatch(label)
    ) is not None:
        return "planned" if period.group("planned") else "actual"
    return None


# The header of a column that marks core indicators (核心指标 | 是, perftrack's own CSV;
# 是否核心指标, 是否为核心指标, 核心指标标识), its bracketed note (（是/否）) dropped: the
# whole header only, so that 核心指标完成情况 stays an actual.
_CORE_HEADER_RE: Final = re.compile(r"(?:是否(?:为|属于)?)?核心(?:绩效)?指标(?:标识|标记|标志)?")


# _column_role by a dict's look-up, for the maps over a header row's cells (see _TextMemo).
_COLUMN_ROLES: Final = _TextMemo(_column_role, 16384)


# The header of a 部门整体 table's duty-goal column (年度履职目标, 部门履职目标, 履职目标)
# or duty column (部门职责, 主要职责, 部门（单位）职能, r35o), never a goal's achievement
# (年度履职目标完成情况) nor a name: the whole header only.
_DUTY_GOAL_HEADER_RE: Final = re.compile(rf"(?:本?年度|部门|整体)*履职目标|{_DUTY_LABEL}")


# A column header naming the year's target without a value word (the central 区域绩效目标表
# prints 实施期目标 | 年度目标 over 指标值 | 指标值): as a whole header only, never a goal's text.
_YEAR_GOAL_HEADERS: Final = frozenset({"年度目标", "本年度目标", "当年目标", "年度"})


# A plan by quarter or month (分季度计划, 季度目标, 分季度目标值, 分季度进度安排, 月度计划,
# 分月计划): a header merged over the quarters or months it plans.
_PLAN_GROUP_RE: Final = re.compile(
    r"(?:分|按|各)?(?:季度|月度|月份|月)(?:工作)?(?:计划|目标|进度安排|安排)(?:值|数|任务)?"
)


# The months, quarters or stage a value column's header starts with (1-9月, 截至9月底,
# 前三季度, 上半年, 阶段性, 跟踪期): its figures are the period's, not the year's.
_PERIOD_PREFIX = (
    r"(?:(?:截[至止]到?)?(?:(?:19|20)\d{2}年度?)?"
    r"(?:\d{1,2}月?[-~—至到]\d{1,2}月份?|\d{1,2}月(?:份|底|末|\d{1,2}日)?"
    r"|前?[一二三1-3]个?季度|第?[一二三1-3]季度|上半年|半年度?)"
    r"|阶段性?|跟踪期|监控期|本期)"
)
_PERIOD_PREFIX_RE: Final = re.compile(_PERIOD_PREFIX)
# A period's plan or actual headed by the period and a bare word (前三季度计划 | 前三季度完成,
# 截至9月底计划 | 截至9月底完成, 阶段性目标): the words the role table needs a suffix for.
_PERIOD_COLUMN_RE: Final = re.compile(
    _PERIOD_PREFIX + r"(?:(?P<planned>计划数?|目标数?|计划任务)|(?:实际)?完成(?:数|量)?)"
)


# The header words of a grid's plan by the time's share of the year (序时进度, 1-6月
# 序时进度, 进度计划). With 完成 the header is the schedule reached or a status
# (完成序时进度（%）, 序时进度完成情况), no plan: the other words of the header decide.
_SCHEDULE_WORDS: Final = frozenset(
    {"序时进度目标", "序时目标", "序时进度", "时序进度", "进度计划", "计划进度", "目标进度"}
)


def _header_labels(builder: _Builder, row: _Row) -> tuple[tuple[int, str], ...]:
    """A header row's labels by column, the columns the grid leaves out (序号) aside."""
    drop = builder.drop_columns
    return tuple((column, _label(text)) for column, text in row.filled if column not in drop)


def _is_grid_header(row: _Row) -> bool:
    roles = set(map(_COLUMN_ROLES.__getitem__, row.cells))  # empty cells add only None
    return ("name" in roles or {"level1", "level2"} <= roles) and bool(
        roles & {"target", "actual", "planned", "weight"}
    )


def _names_columns(row: _Row) -> bool:
    """A header row that names the name or level columns (the lower half of two)."""
    roles = set(map(_COLUMN_ROLES.__getitem__, row.cells))
    return "name" in roles or {"level1", "level2"} <= roles


_VALUE_ROLES: Final = frozenset({"target", "actual", "planned", "forecast", "weight", "points"})


# What the upper half of a two-row header prints over the level and name columns.
_UPPER_HEADER_LABELS: Final = frozenset({"绩效指标", "指标", "绩效目标", "考核指标"})


def _is_value_header(row: _Row) -> bool:
    """The upper half of a two-row grid header: value columns, no name or level column."""
    roles = list(map(_COLUMN_ROLES.__getitem__, row.cells))
    return (
        "name" not in roles
        and "level1" not in roles
        and "level2" not in roles
        # 实施期目标 | 年度目标 over 指标值 | 指标值: the mid-term's column counts (k32i)
        and len((_VALUE_ROLES | {"midterm"}).intersection(roles)) >= 2  # noqa: PLR2004
    )


def _lower_header_half(builder: _Builder, row: _Row) -> _Row | None:
    """The cells of a grid header's lower row that the upper row (the grid's header) lacks.

    A TSV or a print export repeats a cell merged over both header rows in each
    (``一级指标 | 二级指标 | 三级指标 | 实施期目标 | 年度目标`` over ``一级指标 | 二级指标 |
    三级指标 | 指标值 | 指标值``): when *row* repeats every name and level label of the
    header in its column, its other cells are the lower half (returned as a row of them
    alone, for :func:`_read_sub_header`), else None.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> builder.header_labels = ((0, "一级指标"), (1, "三级指标"), (2, "年度目标"))
        >>> cells = ("一级指标", "三级指标", "指标值")
        >>> _lower_header_half(builder, _Row(cells, 3, tuple(enumerate(cells)), "")).filled
        ((2, '指标值'),)
    """
    upper = dict(builder.header_labels)
    names = [c for c, label in upper.items() if _column_role(label) in ("level1", "level2", "name")]
    labels = dict(_header_labels(builder, row))
    if not names or any(labels.get(column) != upper[column] for column in names):
        return None
    rest = tuple((c, t) for c, t in row.filled if c in labels and labels[c] != upper.get(c))
    if not rest or any(_column_role(t) in ("level1", "level2", "name") for _, t in rest):
        return None
    kept = dict(rest)
    cells = tuple(kept.get(column, "") for column in range(len(row.cells)))
    return _Row(cells, row.at, rest, "".join(cells))


def _column_names_below(builder: _Builder, row: _Row) -> bool:
    """Whether the sheet's row right under *row* names the grid's name or level columns."""
    rows = builder.sheet.rows
    if row.at + 1 >= len(rows):
        return False
    cells = tuple(map(_clean, rows[row.at + 1]))
    return _names_columns(_Row(cells, row.at + 1, tuple(filter(_TEXT_OF, enumerate(cells))), ""))


def _merged_header(upper: _Row, lower: _Row) -> _Row:
    """Two header rows as one: the lower row's cell where it names a column, else the upper's.

    A bare 指标值 under 实施期目标 or 中期目标 is the mid-term's figure: the upper cell,
    which says so, is kept (``实施期目标 | 年度目标`` over ``指标值 | 指标值``).
    """
    width = max(len(upper.cells), len(lower.cells))
    cells = []
    for column in range(width):
        below = lower.cells[column] if column < len(lower.cells) else ""
        above = upper.cells[column] if column < len(upper.cells) else ""
        names = bool(below) and _column_role(below) is not None
        if names and _column_role(below) == "target" and above and _column_role(above) == "midterm":
            names = False  # 指标值 under 实施期目标: the mid-term's
        cells.append(below if names else above or below)
    merged = tuple(cells)
    return _Row(merged, lower.at, tuple(filter(_TEXT_OF, enumerate(merged))), "".join(merged))


# The categories of 偏差原因分析 in the 136号 monitoring template, ticked with √.
_REASON_CATEGORIES: Final = frozenset({"经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"})
_TICKS: Final = frozenset("√✓✔☑☒⊠■●是")
# 是 | 否 under a header asks a question of its own (是否按期完成): not likelihood ticks.
_YES_NO: Final = frozenset({"是", "否"})


def _tick_column(text: str) -> tuple[str, str] | None:
    """A sub-header cell that a tick stands for: (role, word), or None."""
    label = _label(text)
    if label in _REASON_CATEGORIES:
        return "reason", label
    if _likelihood(label) is not None and label not in _YES_NO:
        return "likelihood", label
    return None


def _read_sub_header(builder: _Builder, row: _Row) -> bool:
    """Read a second header row under merged header cells, if this is one.

    跟踪期完成情况 merged over 计划完成值 | 实际完成值: the lower row's roles refine
    the columns they stand in.
    """
    grid = builder.grid
    if grid is None:
        return False
    groups = _value_group_parts(builder, grid, row)
    repeats = _repeated_header_cells(grid, row) if groups else frozenset()
    roles = [(column, _column_role(text)) for column, text in row.filled if column not in repeats]
    if not roles or any(role in ("level1", "level2") for _, role in roles):
        return False
    ticks = dict(grid.ticks)
    updated = dict(grid.roles)
    assigned: set[str] = set()
    bare_labels: set[str] = set()
    spans = dict(grid.spans)
    for distance, (group_part, bare_label) in groups.items():
        # 目标值 | 完成值 merged (or repeated) over 一季度 … 四季度 each: the quarters of
        # the plan and of the actual, never the target or actual of one quarter (g23c)
        updated[distance] = group_part
        assigned.add(group_part)
        spans.pop(distance, None)
        if bare_label is not None:
            bare_labels.add(bare_label)
    measures_apart = "corrective" not in updated.values() and all(
        role != "corrective" for _, role in roles
    )
    for column, text in row.filled:
        distance = column - grid.name_column
        if distance in groups or column in repeats:
            continue  # read above, or the upper cell repeated (偏差原因 | 偏差原因)
        role = _column_role(text)
        tick = _tick_column(text) if role is None or role == "likelihood" else None
        if role is None and tick is None:
            # 数值 | 单位 under 年度指标值, 原因类型 | 原因说明 under 偏差原因分析: a short
            # word that names no role of its own keeps its parent column's, the header
            # cell over it or the one merged over it from the left (指标值 over 指标性质
            # | 数值 | 单位: 数值 is the target, 指标性质 the operator)
            parent = _parent_role(grid.roles, distance)
            if parent is not None and (group := _PART_ROLE_RE.fullmatch(parent)) is not None:
                parent = group.group("role")  # 第一季度 under 分季度完成值 (a parts' head)
            bare = _bare_part_under_group(grid, distance, text)
            if bare and parent == "other":
                parent = "actual"  # 一季度 | 二季度 … under a bare 分季度: what was done
            if parent is not None and parent[-1:] == "+":
                # 年度指标值 printed over each of 性质 | 数值 | 单位 (a TSV): the same parent
                parent = parent.rstrip("+")
            if (
                distance <= 0
                or (parent not in _SUB_HEADER_PARENTS and parent != "midterm")  # 中期: its own
                or len(_label(text)) > 6  # noqa: PLR2004
            ):
                return False
            # 性质 | 数值 | 单位 under 年度指标值: 性质 (属性, 比较) is the operator's
            # column, never a second target that hides the figure (read55 H3)
            role = (
                "nature"
                if parent in ("target", "midterm") and _label(text) in _NATURE_WORDS
                else parent
            )
            if parent in _PART_ROLES and (part := _part_role(builder, parent, text)) is not None:
                # 一季度 | 二季度 … under 分季度计划值: each quarter's figure, kept as a part
                assigned.add(part)
                updated[distance] = part
                if bare:
                    # 一季度 … 四季度 under 分季度完成情况: split by the table's period as
                    # bare quarter headers in one row are (_without_planned_quarters)
                    bare_labels.add(_label(text))
                continue
        if distance <= 0:
            continue
        if role is not None and role in _MIDTERM_PARTS and _under_midterm(grid.roles, distance):
            # 指标性质 | 指标值 | 度量单位 under 中期指标值 (its own triple, as 年度指标值
            # has beside it): the mid-term's operator, figure and unit, never the year's
            role = _MIDTERM_PARTS[role]
        if tick is not None:
            role, ticks[distance] = tick
        elif role == "reason" and role in assigned and measures_apart and _names_measures(text):
            role = "corrective"  # 原因说明 | 改进措施 under 偏差原因分析: the measures
        elif role in assigned and role in _SUB_HEADER_PARENTS | {"unit"}:
            role += "+"  # a second 单位 (of the actual), 原因说明 after 原因类型
        assigned.add(role)  # type: ignore[arg-type]
        updated[distance] = role  # type: ignore[assignment]
    # 中期指标值 | 中期指标值 | 中期指标值 (a TSV prints a merged cell over each column)
    # over 指标性质 | 指标值 | 度量单位: the lower row named each column, none is a duplicate
    renamed = {d for d, r in grid.roles.items() if r[-1:] == "+" and updated.get(d) != r}
    if groups or renamed:
        # the row is the header's lower half
        _retract_group_duplicates(builder, grid, groups.keys() | renamed)
    builder.grid = grid._replace(roles=updated, ticks=ticks, spans=spans)
    builder.bare_part_labels |= bare_labels
    builder.sub_header = row.filled
    return True


# The value groups whose bare parts of the year are the plan's (目标值 over 一季度 …) or
# the actual's (完成值 over 一季度 …).
_GROUP_PART_ROLES: Final = MappingProxyType(
    {"target": "planned", "planned": "planned", "actual": "actual"}
)


def _value_group_parts(
    builder: _Builder, grid: _GridColumns, row: _Row
) -> dict[int, tuple[str, str | None]]:
    """The bare parts of the year under value groups of a two-row header, by distance.

    ``目标值`` and ``完成值`` (also ``指标值``, ``实际完成值``: a value column naming no
    months, nor a parts' head such as ``分季度``) merged over ``一季度 | 二季度 | 三季度 |
    四季度`` each, or printed over every one of them (a TSV of repeated group names): the
    quarters under the target's group are the plan's parts (``planned@1-3:一季度``),
    those under the actual's the actual's, split by the table's period as bare quarters
    are (the label, second, is then kept for :func:`_without_planned_quarters`). Two such
    cells at least; a part naming the table's window is the period's figure itself
    (``planned``, ``actual``). Before (g23c) the target was the first quarter's figure
    (a phantom 一季度), or the lower row was read as an indicator named ``一季度``.
    """
    upper = grid.row
    found: dict[int, tuple[str, str | None]] = {}
    for column, text in row.filled:
        distance = column - grid.name_column
        label = _label(text)
        if distance <= 0 or _PART_WINDOW_RE.fullmatch(label) is None or _part_window(text) is None:
            continue
        at = column
        while at > grid.name_column and not (at < len(upper.cells) and upper.cells[at]):
            at -= 1
        if at <= grid.name_column:
            continue
        head = _label(upper.cells[at])
        group = _GROUP_PART_ROLES.get(_column_role(head) or "")
        if (
            group is None
            or _part_window(head) is not None
            or _PART_GROUP_RE.match(head) is not None
            or _PERIOD_PREFIX_RE.match(head) is not None
        ):
            continue
        part = _part_role(builder, group, text) or group
        found[distance] = (part, label if group == "actual" else None)
    return found if len(found) >= 2 else {}  # noqa: PLR2004


def _repeated_header_cells(grid: _GridColumns, row: _Row) -> frozenset[int]:
    """The columns where a lower header row repeats the upper one (一级指标, 偏差原因).

    A TSV export of a two-row header prints a cell merged down both rows twice.
    """
    upper = grid.row.cells
    return frozenset(
        column
        for column, text in row.filled
        if column < len(upper) and upper[column] and _label(upper[column]) == _label(text)
    )


def _retract_group_duplicates(builder: _Builder, grid: _GridColumns, groups: Iterable[int]) -> None:
    """Drop the ``grid-column-duplicate`` warnings said of the header's columns at *groups*.

    ``年度指标值 | 目标值`` (目标值 over the quarters) or ``目标值 | 目标值`` repeated over
    them were two target columns while the header's upper row alone was read; so were
    ``中期指标值`` printed over each of 指标性质 | 指标值 | 度量单位.
    """
    header = builder.row_number(grid.row)
    columns = {grid.name_column + distance + 1 for distance in groups}
    builder.findings = [
        finding
        for finding in builder.findings
        if not (
            finding.id == "grid-column-duplicate"
            and finding.where.row == header
            and finding.where.column in columns
        )
    ]


# A header merged over columns for parts of the year, naming no months of its own:
# 分季度完成情况, 季度完成值, 分季度, 分月完成情况, 按月.
_PART_GROUP_RE: Final = re.compile(r"(?:分|按|各)?(?:季度|月度|月份|月)")


def _bare_part_under_group(grid: _GridColumns, distance: int, text: str) -> bool:
    """Whether *text* is a bare part of the year (一季度, 7月) under a parts' head.

    The upper header cell over it (the nearest at or left of *distance*, as in
    :func:`_parent_role`) starts with 分季度, 季度, 分月, 月度…, and the lower cell
    names only months (no 完成值 word): ``分季度完成情况`` merged over ``一季度 | 二季度
    | 三季度 | 四季度``.
    """
    if _PART_WINDOW_RE.fullmatch(_label(text)) is None or _part_window(text) is None:
        return False
    at = distance
    while at > 0 and at not in grid.roles:
        at -= 1
    column = grid.name_column + at
    if at <= 0 or column >= len(grid.row.cells):
        return False
    header = _label(grid.row.cells[column])
    return _PART_GROUP_RE.match(header) is not None and _part_window(header) is None


def _parent_role(roles: dict[int, str], distance: int) -> str | None:
    """The role of the header cell over a sub-header cell at *distance*.

    A header cell merged over several columns is printed in its first one, the others
    are empty and have no role: the nearest role at or left of *distance*.

    Example:
        >>> _parent_role({1: "target", 4: "weight"}, 3), _parent_role({1: "target"}, 0)
        ('target', None)
    """
    while distance > 0:
        role = roles.get(distance)
        if role is not None:
            return role
        distance -= 1
    return None


@lru_cache(maxsize=1024)
def _names_measures(text: str) -> bool:
    """A header of measures alone (改进措施, 整改措施), not 偏差原因分析及改进措施.

    Beside a 偏差原因 column it is the row's corrective measures, as 纠偏措施 is.

    Example:
        >>> _names_measures("改进措施"), _names_measures("偏差原因分析及改进措施")
        (True, False)
    """
    label = _label(text)
    return label.endswith("措施") and "原因" not in label


# Headers that name the deviation reason only from their place (scoring.md, "The reason
# column"): a bare 原因 as the grid's last column after its values, and 存在问题 (the
# 广东 自评表's 存在问题及改进措施 column) when no other column holds the reason.
_BARE_REASON_HEADERS: Final = frozenset({"原因"})
_PROBLEM_HEADERS: Final = frozenset({"存在问题", "存在的问题", "存在问题及改进措施"})


def _contextual_reason_column(row: _Row, roles_by_column: dict[int, str]) -> None:
    """Read a bare 原因 or a 存在问题 header as the reason column, in place.

    Only when the header names no reason column otherwise: 原因 when it is the last
    header cell, after every value column; 存在问题 anywhere after the first value column.
    """
    if "reason" in roles_by_column.values() or not row.filled:
        return
    values = [c for c, role in roles_by_column.items() if role in _VALUE_ROLES]
    if not values:
        return
    last = row.filled[-1][0]
    for column, text in row.filled:
        if column in roles_by_column or column < min(values):
            continue
        label = _label(text)
        if (
            label in _BARE_REASON_HEADERS and column == last and column > max(values)
        ) or label in _PROBLEM_HEADERS:
            roles_by_column[column] = "reason"
            return


# The columns whose sub-header words may name no role of their own (数值, 原因类型).
_SUB_HEADER_PARENTS: Final = frozenset({"target", "planned", "actual", "forecast", "reason"})
# The short sub-header words under a target that name its operator's column.
_NATURE_WORDS: Final = frozenset({"性质", "属性", "比较", "比较符", "关系"})
# A target's sub-header roles under 中期指标值 → the mid-term's own (see _read_sub_header).
_MIDTERM_PARTS: Final = MappingProxyType(
    {"target": "midterm", "nature": "midterm-nature", "unit": "midterm-unit"}
)


def _under_midterm(roles: dict[int, str], distance: int) -> bool:
    """Whether the upper header cell over *distance* is 中期指标值 (merged or repeated).

    Example:
        >>> _under_midterm({1: "midterm", 4: "target"}, 3), _under_midterm({1: "midterm"}, 0)
        (True, False)
        >>> _under_midterm({1: "midterm", 2: "midterm+"}, 2)
        True
    """
    parent = _parent_role(roles, distance)
    return parent is not None and parent.rstrip("+") == "midterm"


def _forecast_after_actual(row: _Row, roles_by_column: dict[int, str]) -> None:
    """A 预期完成值 column after the actual column is the year's forecast, not the plan.

    Without a target column of its own, the grid's 预期完成值 is the year's target.

    ``预期完成值 | 实际完成值`` prints what was due by the period's end beside what was
    done (the plan, k32i); printed after the actual (``跟踪期实际完成值 | 预期完成值``) it
    is what the unit expects by the year's end, as 全年预计完成值 (regress57 #2).

    Example:
        >>> def row(*cells):
        ...     return _Row(cells, 0, tuple((c, t) for c, t in enumerate(cells) if t), "")
        >>> roles = {1: "target", 2: "actual", 3: "planned"}
        >>> _forecast_after_actual(row("三级指标", "年度指标值", "实际完成值", "预期完成值"), roles)
        >>> roles[3]
        'forecast'
        >>> roles = {1: "target", 2: "planned", 3: "actual"}
        >>> _forecast_after_actual(row("三级指标", "年度指标值", "预期完成值", "实际完成值"), roles)
        >>> roles[2]
        'planned'
        >>> roles = {1: "planned", 2: "actual"}
        >>> _forecast_after_actual(row("三级指标", "预期完成值", "实际完成值"), roles)
        >>> roles[1]
        'target'
    """
    if "target" not in roles_by_column.values():
        # 三级指标 | 预期完成值 | 实际完成值, no 年度指标值: what is expected of the year
        # is the target, as 预期目标 and 预期实现值 are (regress57 #2)
        expected = [
            column
            for column, role in roles_by_column.items()
            if role == "planned" and "预期" in _label(row.cells[column])
        ]
        if len(expected) == 1:
            roles_by_column[expected[0]] = "target"
        return
    actuals = [column for column, role in roles_by_column.items() if role == "actual"]
    if not actuals or "forecast" in roles_by_column.values():
        return
    for column, role in roles_by_column.items():
        if role == "planned" and column > actuals[0] and "预期" in _label(row.cells[column]):
            roles_by_column[column] = "forecast"


def _midterm_half(row: _Row) -> tuple[int, int] | None:
    """The columns of the 中长期 half of a multi-year grid header, if the row has two halves.

    The central 申报表 of a multi-year project prints ``绩效指标 | 一级指标 | 二级指标 |
    三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值``: the first 二级…指标值 set is the
    mid-term, the second the year's. Returns (first column, end) of the first set.
    """
    columns = [(column, _column_role(text)) for column, text in row.filled]
    names = [column for column, role in columns if role == "name"]
    if len(names) != 2:  # noqa: PLR2004
        return None
    if not any(names[0] < column < names[1] for column, _ in columns):
        # 三级指标 | 指标名称 side by side (or 三级指标 printed twice for a merge), no header
        # cell between them: one name over two columns, no second half (fuzz30 H1b)
        return None
    level2 = [column for column, role in columns if role == "level2"]
    start = level2[0] if level2 and level2[0] < names[0] else names[0]
    end = next((column for column in level2 if column > names[0]), names[1])
    return start, end


# The column of an indicator's code (指标编码 ZB2024-0031-01): no name, no value.
_CODE_HEADERS: Final = frozenset({"指标编码", "指标代码", "指标编号", "编码", "代码"})
_SERIAL_HEADERS: Final = frozenset({"序号", "序", "行次", "栏次"})
# What a 序号 cell holds when it numbers its row (1), 1-2, ①, A2, 01-02, 一、, （三）): no
# word. A word there (合计, 总分, 一、产出指标（50分）) labels the row and stays.
_ROW_NUMBER_RE: Final = re.compile(
    r"[0-9A-Za-z.\-_、()（）)）\u2460-\u24ff一二三四五六七八九十]{1,10}"
)


# The leading cells of a row of column numbers under a grid header: 栏次 or 行次 in the
# first, or the level columns lettered 甲 | 乙 | 丙 (a finance bureau's 栏次 row).
_COLUMN_NUMBER_LABELS: Final = frozenset({"栏次", "行次"})
_COLUMN_LETTERS: Final = "甲乙丙丁戊己庚辛壬癸"
# A column's number, alone or with the formula of the column (5=4/3, 6=5-4).
_COLUMN_NUMBER_RE: Final = re.compile(r"(\d{1,2})(?:=[\d+\-*/×÷()]+)?")


def _numbers_columns(row: _Row) -> bool:
    """Whether *row* numbers the grid's columns (a 栏次 row), a part of the header.

    Led by 栏次 or 行次, or by the letters 甲 | 乙 | 丙 over the level columns, then
    at least two consecutive column numbers, each alone or with its formula
    (``5=4/3``).

    Example:
        >>> def row(*cells):
        ...     return _Row(cells, 0, tuple((c, t) for c, t in enumerate(cells) if t), "")
        >>> _numbers_columns(row("栏次", "", "", "1", "2", "3", "4", "5=4/3"))
        True
        >>> _numbers_columns(row("甲", "乙", "丙", "1", "2", "3")), _numbers_columns(row("甲", "1"))
        (True, False)
        >>> _numbers_columns(row("产出指标", "数量指标", "新建校舍", "3", "4", "5"))
        False
    """
    filled = row.filled
    first = _key(filled[0][1])
    if first in _COLUMN_NUMBER_LABELS:
        start = 1
    else:
        start = 0
        while start < len(filled) and _key(filled[start][1]) == _COLUMN_LETTERS[start : start + 1]:
            start += 1
        if not start:
            return False
    numbers = filled[start:]
    if len(numbers) < 2:  # noqa: PLR2004
        return False
    expected: int | None = None
    for _, text in numbers:
        match = _COLUMN_NUMBER_RE.fullmatch(_key(text))
        if match is None:
            return False
        number = int(match.group(1))
        if expected is not None and number != expected:
            return False
        expected = number + 1
    return True


@lru_cache(maxsize=1024)
def _numbers_a_row(text: str) -> bool:
    """Whether a 序号 cell is only a number of its row (see :data:`_ROW_NUMBER_RE`)."""
    return _ROW_NUMBER_RE.fullmatch(_key(text)) is not None


def _midterm_section(builder: _Builder) -> None:
    """A grid header after the first: close or open a stacked 中长期 grid.

    目标表 of multi-year projects print a 中长期绩效指标 grid and a 年度绩效指标 grid
    with identical headers; only the year's is the table's.
    """
    rows = builder.grid_rows
    start = builder.midterm_start
    if start is not None and not builder.midterm_open_end:
        builder.dropped.append((start, len(rows)))  # the 中长期 grid ends at this header
        builder.midterm_start = None
        return
    if start is not None:
        return
    # The year's grid first: 中长期 headings (目标, 指标) among the last rows read as its
    # rows; the section starts at the first of them.
    for index in range(max(len(rows) - 3, 0), len(rows)):
        if _is_midterm(_label(rows[index].filled[0][1])):
            builder.midterm_start = index
            builder.midterm_open_end = True
            return


def _names_midterm_grid(label: str) -> bool:
    """A heading over a 中长期 grid: 中长期绩效指标, 实施期绩效指标."""
    return "指标" in label and _is_midterm(label)


def _read_grid_header(builder: _Builder, row: _Row) -> None:
    if builder.grid is not None:
        _midterm_section(builder)
    elif builder.title is None:
        _take_page_title(builder)
    if builder.midterm_heading:
        builder.midterm_heading = False
        builder.midterm_start = len(builder.grid_rows)
    drop: set[int] = set()
    half = _midterm_half(row)
    if half is not None:
        drop.update(range(*half))
    codes = [column for column, text in row.filled if _label(text) in _CODE_HEADERS]
    drop.update(codes)
    # A column the header names 序号 holds numbers of any shape (1), 1-2, ①, A2): they
    # are left out (a shape the serial rule does not know would shift its row); its
    # words (合计, 一、产出指标) stay (see _numbers_a_row).
    serials = {column for column, text in row.filled if _label(text) in _SERIAL_HEADERS}
    drop.update(serials)
    if drop and not builder.drop_columns:
        builder.drop_columns = frozenset(drop)
        builder.code_column = codes[0] if codes else None
        builder.serial_columns = frozenset(serials)
        cells = tuple("" if column in drop else text for column, text in enumerate(row.cells))
        row = _Row(
            cells,
            row.at,
            tuple((c, t) for c, t in row.filled if c not in drop),
            "".join(cells),
        )
    builder.header_labels = _header_labels(builder, row)
    name_column = None
    level1_column = None
    roles_by_column: dict[int, str] = {}
    for column, text in row.filled:
        role = _column_role(text)
        if role == "level1" and level1_column is None:
            level1_column = column
        if role == "name" and name_column is None:
            name_column = column
        if role is not None and role not in ("level1", "level2", "name"):
            roles_by_column[column] = role
    builder.bare_part_labels = frozenset(
        _label(row.cells[column]) for column in _bare_part_actuals(row, roles_by_column)
    )
    for column, role in roles_by_column.items():
        if _names_no_window(builder, row, roles_by_column, column):
            continue
        _window_from_header(builder, _label(row.cells[column]), role, (row, column))
    if name_column is None:  # 一级 | 二级 | (name without a header) | values…
        name_column = min(roles_by_column, default=0) - 1
    else:
        name_column = _innermost_level(row, name_column)
    name_span = _name_span(builder, row, name_column, roles_by_column)
    if "年" in row.text:
        _year_columns(builder, row, roles_by_column)
    spares: dict[int, int] = {}
    if builder.sheet.hidden_columns:
        spares = {
            hidden - name_column: visible - name_column
            for hidden, visible in _prefer_visible(
                roles_by_column, builder.sheet.hidden_columns
            ).items()
        }
    targets = [column for column, role in roles_by_column.items() if role == "target"]
    if len(targets) > 1:
        # 年度指标值（调整前）| 年度指标值（调整后）, 原年度指标值 | 年度指标值: the target was
        # changed with approval, and progress is judged against the new one
        keys = {column: _key(row.cells[column]) for column in targets}
        current = [c for c in targets if "调整后" in keys[c]] or [
            c for c in targets if not (keys[c].startswith("原") or "调整前" in keys[c])
        ]
        if current and len(current) < len(targets):
            for column in targets:
                roles_by_column[column] = "target" if column == current[0] else "other"
        else:
            _whole_term_targets(row, targets, roles_by_column)
    actuals = [column for column, role in roles_by_column.items() if role == "actual"]
    if len(actuals) > 1:
        # 完成情况 | 实际完成值 (either order): the figure is the actual, 完成情况 the
        # unit's own word on the row (完成 / 未完成), as 是否完成 is; a row whose
        # 完成情况 holds a figure or date is read by _status_values. A unit in brackets
        # (完成情况（%）) heads figures: a second actual column, said as before.
        statuses = [
            c
            for c in actuals
            if _label(row.cells[c]) in _STATUS_HEADERS and _name_unit(row.cells[c]) is None
        ]
        if statuses and len(statuses) < len(actuals):
            for column in statuses:
                roles_by_column[column] = "status"
    _forecast_after_actual(row, roles_by_column)
    _contextual_reason_column(row, roles_by_column)
    _part_columns(builder, row, roles_by_column)
    roles: dict[int, str] = {}
    seen: set[str] = set()
    first_of: dict[str, int] = {}  # the column of each value role, for a second one's note
    # A grid with a 纠偏措施 column of its own joins 改进措施 to the reason, as before.
    measures_apart = "corrective" not in roles_by_column.values()
    for column, _ in row.filled:
        if column <= name_column or column in name_span:
            continue
        role = roles_by_column.get(column)
        if role is None:
            # A column the header prints but no role names (评分标准, 扣分原因, 偏差度):
            # its cells are no values, but it counts for the row rule (no packing).
            role = "other"
        elif (
            role == "reason"
            and "reason" in seen
            and measures_apart
            and _names_measures(row.cells[column])
        ):
            role = "corrective"  # 偏差原因 | 改进措施 (no 纠偏措施 column): the measures
        elif role in seen and role in _SINGLE_VALUE_ROLES:
            first = first_of[role]
            measure, first_measure = (
                _other_measure(row.cells[column]),
                _other_measure(row.cells[first]),
            )
            if first_measure == "rate" and not measure:
                # 实际完成率 | 实际完成值: the value is the column's role, the rate not read
                roles[first - name_column] = "other"
                first_of[role] = column
            elif measure and first_measure != measure:
                # 实际完成值 | 实际完成率, 跟踪期实际完成值 | 累计完成值: another measure
                role = "other"
                if measure == "cumulative" and first_measure is None:
                    # read after all when the period's column holds nothing in any row
                    spares[column - name_column] = first - name_column
            else:
                _note_duplicate_column(builder, row, first, column, role)
                while role in seen:  # not read: a role of its own no cell is placed by
                    role += "+"
        else:
            first_of.setdefault(role, column)
            while role in seen:  # a second (third…) 偏差原因-like column adds to the first
                role += "+"
        seen.add(role)
        roles[column - name_column] = role
    if "target" not in seen and "planned" in seen:
        # 年度计划值 | 年度实际值: without a 年度指标值 column, the plan is the year's target
        roles = {
            distance: "target" if role == "planned" else role for distance, role in roles.items()
        }
    spans = _merged_spans(row, name_column, roles, builder.drop_columns)
    builder.grid = _GridColumns(
        row, name_column, level1_column, roles, spans=spans, spares=spares, name_span=name_span
    )
    builder.state = "grid"


# A target column of the whole term beside the year's 年度指标值: 整体目标值, 三年目标值,
# 总体指标值, 2024-2026年指标值 (a bare 指标值 or 目标值 only in a target table).
_WHOLE_TERM_TARGET_RE: Final = re.compile(
    r"(?:整体|总体|全周期|多年|[二两三四五]年(?:期)?|(?:19|20)\d{2}[-~—至](?:19|20)?\d{2}年?)"
    r"(?:绩效)?(?:指标值|目标值)"
)
_BARE_TARGET_HEADERS: Final = frozenset({"指标值", "目标值", "绩效指标值", "绩效目标值"})
# The year's own target column: 年度指标值, 本年度目标值, 当年指标值.
_YEAR_TARGET_RE: Final = re.compile(r"(?:本?年度|当年|本年)(?:绩效)?(?:指标值|目标值|目标)")


def _whole_term_targets(row: _Row, targets: list[int], roles_by_column: dict[int, str]) -> None:
    """Read a whole term's target beside the year's 年度指标值 as the mid-term's.

    The central 转移支付区域绩效目标表 prints ``指标值 | 年度指标值`` (the first the
    实施期's), others ``整体目标值 | 年度目标值`` or ``三年目标值 | 年度目标值``: the year's
    column is the target, the other the mid-term's (as ``中期指标值`` is), never the
    target with the year's column dropped. A bare ``指标值`` loses so only before the
    year's column (``年度指标值 | 目标值``: the 目标值 may head the quarters' plan).

    Example:
        >>> cells = ("三级指标", "三年目标值", "年度目标值")
        >>> roles = {1: "target", 2: "target"}
        >>> _whole_term_targets(_Row(cells, 0, (), ""), [1, 2], roles)
        >>> roles
        {1: 'midterm', 2: 'target'}
    """
    labels = {column: _label(row.cells[column]) for column in targets}
    years = [c for c in targets if _YEAR_TARGET_RE.fullmatch(labels[c]) is not None]
    if len(years) != 1:
        return
    whole = [
        c
        for c in targets
        if c != years[0]
        and (
            _WHOLE_TERM_TARGET_RE.fullmatch(labels[c]) is not None
            or (c < years[0] and labels[c] in _BARE_TARGET_HEADERS)
        )
    ]
    if len(whole) == len(targets) - 1:
        for column in whole:
            roles_by_column[column] = "midterm"


# How many columns right of the name column a name header may be merged over.
_MAX_NAME_SPAN: Final = 2


# A level's header by its depth: 三级指标, 四级指标, 五级指标 (a department table's own
# levels go one deeper than the project framework's three).
_DEEP_LEVEL_RE: Final = re.compile(r"([三四五])级指标")


def _innermost_level(row: _Row, name_column: int) -> int:
    """The name column of a grid whose header counts its levels past three (r37n).

    ``一级指标 | 二级指标 | 三级指标 | 四级指标 | 指标值 | …`` (a 部门整体 table's own level
    over the framework's 产出指标 | 数量指标): the innermost level named is the indicator
    and the levels before it stay labels (see :func:`_apply_labels`). A header of three
    levels keeps its 三级指标.

    Example:
        >>> cells = ("一级指标", "二级指标", "三级指标", "四级指标", "指标值")
        >>> _innermost_level(_Row(cells, 0, tuple(enumerate(cells)), ""), 2)
        3
        >>> cells = ("一级指标", "二级指标", "三级指标", "指标名称", "指标值")
        >>> _innermost_level(_Row(cells, 0, tuple(enumerate(cells)), ""), 2)
        2
    """
    depth, deepest = -1, name_column
    for column, text in row.filled:
        if column < name_column:
            continue
        match = _DEEP_LEVEL_RE.fullmatch(_label(text))
        if match is None:
            continue
        level = "三四五".index(match.group(1))
        if level > depth:
            depth, deepest = level, column
    return deepest


def _name_span(
    builder: _Builder, row: _Row, name_column: int, roles_by_column: dict[int, str]
) -> tuple[int, ...]:
    """The columns after the name column that its header covers (see ``name_span``).

    ``三级指标`` merged over two columns (the merge's second cell empty, or blank in a
    TSV) or printed over each (``三级指标 | 三级指标``, ``三级指标 | 指标名称``), then
    the first value column: the names stand in one of the columns, the level 2
    (数量指标, 质量指标…) may stand in the one before.
    """
    if not roles_by_column or min(roles_by_column) <= name_column:
        return ()
    first_value = min(column for column in roles_by_column if column > name_column)
    cells = row.cells
    span: list[int] = []
    for column in range(name_column + 1, min(first_value, name_column + 1 + _MAX_NAME_SPAN)):
        if column in builder.drop_columns:
            break
        text = cells[column] if column < len(cells) else ""
        if text and _column_role(text) != "name":
            break
        span.append(column)
    return tuple(span) if len(span) == first_value - name_column - 1 else ()


def _name_span_column(
    grid: _GridColumns, rows: list[_Row], row_labels: list[tuple[_Label | None, ...]]
) -> _GridColumns:
    """*grid* with its name column where the rows print the names (fuzz30 H1, regress63 W1).

    The names move off the header's own column only when that column is clearly no
    name column: most of the rows that fill the span leave it blank or print a level
    label there (数量指标, 质量指标…). They move to the column of the span that most
    rows fill with name text, which must be most of them: a column of units (人, %,
    万元), dashes, blanks or figures is never the names (a 计量单位 column under the
    blank header). Otherwise the header's column keeps the names (a 指标解释 column beside
    them is left unread, as before). A name that is a label word (满意度, 社会效益) counts
    as a label only in a column that holds mostly labels. The value roles keep their
    columns; the column left behind keeps its level labels (see ``levels_column``).
    """
    own = grid.name_column
    candidates = (own, *grid.name_span)
    filled_rows = [
        (row, labels)
        for row, labels in zip(rows, row_labels, strict=True)
        if any(column < len(row.cells) and row.cells[column].strip() for column in candidates)
    ]
    considered = len(filled_rows)

    def names_in(column: int, *, plain: bool) -> int:
        names = labelled = 0
        for row, labels in filled_rows:
            text = row.cells[column].strip() if column < len(row.cells) else ""
            if not text or _is_serial(text):
                continue
            if labels[column] is not None:
                labelled += 1
            elif plain or _names_cell(text):
                names += 1
        # a label word among names (满意度) is a name unless labels fill the column
        return names if 2 * labelled > considered else names + labelled

    if not considered or 2 * names_in(own, plain=True) >= considered:
        return grid._replace(name_span=())
    counts = [names_in(column, plain=False) for column in grid.name_span]
    best = max(range(len(counts)), key=lambda index: (counts[index], -index))
    if 2 * counts[best] <= considered:
        return grid._replace(name_span=())
    shift = grid.name_span[best] - own

    def rebase(by_distance: dict[int, str]) -> dict[int, str]:
        return {distance - shift: value for distance, value in by_distance.items()}

    return grid._replace(
        name_column=grid.name_span[best],
        roles=rebase(grid.roles),
        ticks=rebase(grid.ticks),
        spans={distance - shift: head - shift for distance, head in grid.spans.items()},
        spares={distance - shift: other - shift for distance, other in grid.spares.items()},
        name_span=(),
        levels_column=own,
    )


def _note_unread_span(builder: _Builder, grid: _GridColumns, rows: list[_Row]) -> None:
    """Say that a column under the blank half of the name header holds targets (regress63 F4).

    ``三级指标 | (blank) | 跟踪期计划完成值 | …`` over ``加装电梯数量 | =30(台) | 20 | …``: the
    names stay under 三级指标 and the blank-headed column is no value column; when most
    rows print a figure there, it is most likely the 年度指标值 whose header is missing.
    """
    # the rows that print a name or anything in the span (a value in the span on a
    # row or two, under a dragged border, is no column of values)
    named = [
        row
        for row in rows
        if any(
            column < len(row.cells) and row.cells[column].strip()
            for column in (grid.name_column, *grid.name_span)
        )
    ]
    for column in grid.name_span:
        values = [
            text
            for row in named
            if column < len(row.cells) and _value_cell(text := row.cells[column].strip())
        ]
        if not values or 2 * len(values) <= len(named):
            continue
        builder.finding(
            "grid-column-unread",
            Severity.WARNING,
            f"指标表中表头为空的列（{builder.position(grid.row, column).cell}）有{len(values)}行"
            f"为指标值形式（如“{values[0]}”），未作为任何值列读入，请核对该列是否为年度指标值",
            builder.where(grid.row, column),
        )


# What a value cell starts with: an operator or a figure, no words before it
# (`=30(台)`, `≥95%`, `30台`; not `全年计划加装30台`, regress67).
_VALUE_START_RE: Final = re.compile(r"[=≥≤<>＝＞＜≧≦]|[＋+\-－]?\d")


@lru_cache(maxsize=4096)
def _value_cell(text: str) -> bool:
    """A cell that reads as a figure or comparison, not a unit, dash or prose.

    Example:
        >>> _value_cell("=30(台)"), _value_cell("≥95%"), _value_cell("30台")
        (True, True, True)
        >>> _value_cell("全年计划加装30台"), _value_cell("合格台数/验收台数×100%")
        (False, False)
        >>> _value_cell("2024年计划加装30台"), _value_cell("2024年12月底前")
        (False, True)
        >>> _value_cell("台"), _value_cell("—")
        (False, False)
    """
    if (
        _VALUE_START_RE.match(text) is None
        or not any(character.isdigit() for character in text)
        or _is_serial(text)
    ):
        return False
    try:
        target = parse_target(text)
    except ExpressionError:
        return False  # a formula (合格台数/验收台数×100%), a broken cell: no column of values
    # words before the figure after a leading year (2024年计划加装30台) are prose (k72b)
    return not isinstance(target, Descriptive) and getattr(target, "label", None) is None


@lru_cache(maxsize=4096)
def _names_cell(text: str) -> bool:
    """A cell that may be an indicator's name: no unit, dash, placeholder or figure alone."""
    key = _key(text)
    if key in _UNSET_CELLS or _PLACEHOLDER_RE.match(key) or _DASHES_RE.fullmatch(key):
        return False
    bare = key[1:] if key[:1] in voc.SCALE_PREFIXES else key
    if key in voc.KNOWN_UNITS or key in voc.UNIT_ALIASES or bare in voc.KNOWN_UNITS:
        return False
    if key in ("%", "％", "‰", "个百分点"):
        return False
    return _reads_as_name(text)


_DASHES_RE: Final = re.compile(r"[-—－–/／\\、.…·\s]+")


def _bare_part_actuals(row: _Row, roles: dict[int, str]) -> list[int]:
    """Read bare part-of-year headers after the target as the actual's parts.

    ``年度指标值 | 一季度 | 二季度 | 三季度 | 全年预计完成值``: headers that name
    only a quarter or months (no 完成值 word) in a grid without an actual column
    are what the unit did in each part, read as ``一季度完成值`` is. Two such
    columns at least, after the target column and before any later value
    column; one alone, or any beside an actual column, is left unread as before.
    Returns the columns so read (those starting after the table's period are a plan,
    for every row: :func:`_without_planned_quarters`).

    Example:
        >>> header = ("三级指标", "年度指标值", "一季度", "二季度", "全年预计完成值")
        >>> roles = {1: "target", 4: "forecast"}
        >>> _bare_part_actuals(_Row(header, 0, tuple(enumerate(header)), ""), roles)
        [2, 3]
        >>> roles
        {1: 'target', 4: 'forecast', 2: 'actual', 3: 'actual'}
    """
    if "actual" in roles.values() or "target" not in roles.values():
        return []
    start = min(column for column, role in roles.items() if role == "target")
    bare = [
        column
        for column, text in row.filled
        if column > start
        and column not in roles
        and _PART_WINDOW_RE.fullmatch(_label(text)) is not None
        and _part_window(text) is not None
    ]
    if len(bare) < 2:  # noqa: PLR2004
        return []
    for column in bare:
        roles[column] = "actual"
    return bare


# An actual column's header that names the row's status (完成 / 未完成), no figure.
_STATUS_HEADERS: Final = frozenset({"完成情况", "目标完成情况", "指标完成情况", "实际完成情况"})


# The value roles whose header merged over more than one column reads its columns as one.
_SPANNED_ROLES: Final = frozenset({"target", "planned", "actual", "forecast"})
# The empty header cells after a value header read as merged into it: operator | value |
# unit under one 指标值 at most.
_MAX_SPAN: Final = 2


def _merged_spans(
    row: _Row, name_column: int, roles: dict[int, str], drop: frozenset[int]
) -> dict[int, int]:
    """The columns a value header is merged over: distance → the header's distance.

    A merged header cell keeps its text in its first column; the others are empty.
    Up to :data:`_MAX_SPAN` empty header cells right after a 指标值 (计划值, 实际完成值,
    预计完成值) header, before the next header cell, belong to it: a value written
    in them is the column's (``| 1800公里 |`` under a 指标值 merged over two columns).

    Example:
        >>> header = _Row(("三级指标", "指标值", "", "实际完成值"), 0, (), "")
        >>> _merged_spans(header, 0, {1: "target", 3: "actual"}, frozenset())
        {2: 1}
    """
    spans: dict[int, int] = {}
    cells = row.cells
    width = len(cells)
    for distance, role in roles.items():
        if role not in _SPANNED_ROLES:
            continue
        column = name_column + distance
        for offset in range(1, _MAX_SPAN + 1):
            after = column + offset
            if after >= width or cells[after] or after in drop or distance + offset in roles:
                break
            spans[distance + offset] = distance
    return spans


# The value roles of the grid read from one column each: a second column of one is not
# read (a second 偏差原因 column adds to the first instead), and a note says so.
_SINGLE_VALUE_ROLES: Final = MappingProxyType(
    {
        "target": "指标值",
        "planned": "计划值",
        "actual": "实际完成值",
        "forecast": "预计完成值",
        "weight": "分值",
        "points": "得分",
    }
)


def _prefer_visible(roles: dict[int, str], hidden: frozenset[int]) -> dict[int, int]:
    """Leave out the hidden columns whose role a visible column of the header claims too.

    A worksheet keeps last year's 年度指标值 column hidden beside the visible one: the
    visible one is what the table says (as an HTML page leaves ``display:none`` cells
    out). A hidden column no visible one competes with is read as any other. Returns
    each hidden column left out → the visible column of its role: when that one holds
    nothing, the hidden one is read after all (see :func:`_hidden_spares`).

    Example:
        >>> roles = {3: "target", 4: "target", 5: "actual"}
        >>> _prefer_visible(roles, frozenset({3, 5}))
        {3: 4}
        >>> roles
        {3: 'other', 4: 'target', 5: 'actual'}
    """
    visible: dict[str, int] = {}
    for column, role in roles.items():
        if column not in hidden:
            visible.setdefault(role, column)
    spares: dict[int, int] = {}
    for column, role in roles.items():
        if column in hidden and role in visible and role not in ("other", "reference"):
            roles[column] = "other"
            spares[column] = visible[role]
    return spares


def _hidden_spares(builder: _Builder, grid: _GridColumns, rows: list[_Row]) -> _GridColumns:
    """The grid reading a spare column whose rival holds nothing.

    A hidden ``1-6月实际完成值`` filled in beside a visible, empty
    ``1-6月实际完成值（复核）``: the values are in the hidden column, so it is read,
    and a ``grid-column-duplicate`` warning says so. A visible column with any value
    wins, as :func:`_prefer_visible` decided. So is a filled ``累计完成值`` after a
    ``1-6月完成值`` empty in every row (a project in its first year, or a unit that
    filled only the 累计 column): the figures are the actual, read with the warning;
    a period column with any value wins, the 累计 column another measure.
    """
    roles = dict(grid.roles)
    name_column = grid.name_column
    for hidden, visible in grid.spares.items():
        role = roles.get(visible)
        if roles.get(hidden) != "other" or role is None or role in ("other", "reference"):
            continue
        if any(_cell(row, name_column + visible) for row in rows) or not any(
            _cell(row, name_column + hidden) for row in rows
        ):
            continue
        roles[hidden], roles[visible] = role, "other"
        header = grid.row
        hidden_cell = builder.position(header, name_column + hidden).cell
        visible_cell = builder.position(header, name_column + visible).cell
        if name_column + hidden in builder.sheet.hidden_columns:
            spare = f"隐藏列“{_cell(header, name_column + hidden)}”（{hidden_cell}）的内容"
        else:  # 1-6月完成值 | 累计完成值
            spare = (
                f"“{_cell(header, name_column + hidden)}”（{hidden_cell}）的内容"
                f"作为{_SINGLE_VALUE_ROLES.get(role, '')}"
            )
        builder.finding(
            "grid-column-duplicate",
            Severity.WARNING,
            f"指标表头“{_cell(header, name_column + visible)}”（{visible_cell}）列为空，"
            f"已读取{spare}，请核对",
            builder.where(header, name_column + hidden),
        )
    if roles == grid.roles:
        return grid
    return grid._replace(roles=roles)


# A value column that measures something else than its role's figure: a rate of
# completion (实际完成率, 完成比例) or a figure summed over the years (累计完成值).
_RATE_COLUMN_RE: Final = re.compile(r"完成率|完成比例|完成比|完成百分比|完成进度")


def _other_measure(header: str) -> str | None:
    """``"rate"``, ``"cumulative"`` or None: what else than its role a value column measures.

    Beside another column of its role, such a column is no duplicate: it is not read,
    and not said (see :func:`_read_grid_header`).

    Example:
        >>> [_other_measure(h) for h in ("实际完成率", "累计完成值", "1-6月完成值")]
        ['rate', 'cumulative', None]
    """
    label = _label(header)
    if _RATE_COLUMN_RE.search(label):
        return "rate"
    if "累计" in label:
        return "cumulative"
    return None


# A header naming a part of the year (一季度, 第二季度, 7月, 7-8月, 1-6月, 上半年, 前三季度),
# at its start after an optional year: the months its figures cover.
_PART_WINDOW_RE: Final = re.compile(
    r"(?:(?:19|20)\d{2}年度?)?(?:"
    r"前(?P<pq>[一二三1-3])个?季度"
    r"|第?(?P<q>[一二三四1-4])季度"
    r"|(?P<m1>\d{1,2})月?\s*[-~—－至到]\s*(?P<m2>\d{1,2})月份?"
    r"|(?P<m>\d{1,2})月份?(?![\d底末])"
    r"|(?P<h>[上下])半年度?)"
)
_QUARTER_NUMBERS: Final = MappingProxyType(
    {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
)
# The value roles whose columns for parts of the year are kept as parts (Breakdown).
_PART_ROLES: Final = frozenset({"planned", "actual"})
# A part column's role: the role it breaks down, its months and its header.
_PART_ROLE_RE: Final = re.compile(r"(?P<role>[a-z]+)@(?P<start>\d+)-(?P<end>\d+):(?P<label>.*)")


@lru_cache(maxsize=1024)
def _part_window(header: str) -> tuple[int, int] | None:
    """The months (first, last) a value column's header names at its start, or None.

    Example:
        >>> [_part_window(h) for h in ("一季度", "第二季度计划值", "7月完成值", "7-8月执行数")]
        [(1, 3), (4, 6), (7, 7), (7, 8)]
        >>> [_part_window(h) for h in ("1-6月完成值", "前三季度", "上半年", "年度指标值")]
        [(1, 6), (1, 9), (1, 6), None]
    """
    match = _PART_WINDOW_RE.match(_label(header))
    if match is None:
        return None
    if (quarters := match.group("pq")) is not None:
        window = (1, 3 * _QUARTER_NUMBERS[quarters])
    elif (quarter := match.group("q")) is not None:
        window = (3 * _QUARTER_NUMBERS[quarter] - 2, 3 * _QUARTER_NUMBERS[quarter])
    elif match.group("m1") is not None:
        window = (int(match.group("m1")), int(match.group("m2")))
    elif match.group("m") is not None:
        window = (int(match.group("m")), int(match.group("m")))
    else:
        window = (1, 6) if match.group("h") == "上" else (7, 12)
    return window if 1 <= window[0] <= window[1] <= 12 else None  # noqa: PLR2004


def _table_month(builder: _Builder) -> int | None:
    """The last month the table reports on, as far as read: its window's or period's."""
    if builder.window_month is not None:
        return builder.window_month
    return builder.period.end.month if builder.period is not None else None


def _parts_month(builder: _Builder) -> int | None:
    """The month a row's parts of the year are read to: the table's, or December.

    A self-evaluation (or a table at the year's end) of no month read yet reports on the
    whole year, as its budget's quarters are (``_executed_columns``): its
    ``一季度 | … | 四季度`` are chained to December, never ``一季度`` alone as the year's
    plan or actual, the column from January over the most months of a table of unknown
    period (g23c: a phantom 一季度).
    """
    month = _table_month(builder)
    if month is None and (builder.kind is TableKind.SELF_EVALUATION or builder.year_end):
        return 12
    return month


def _part_role(builder: _Builder, role: str, header: str) -> str | None:
    """The role of a column for a part of the year under *role*, or None for the period's.

    ``planned@4-6:二季度``: a column whose months are not the table's window (1 to the
    month it reports on). None when the header names no months, or the window itself.
    """
    window = _part_window(header)
    if window is None or window == (1, _table_month(builder)):
        return None
    return f"{role}@{window[0]}-{window[1]}:{_label(header)}"


def _names_no_window(builder: _Builder, row: _Row, roles: dict[int, str], column: int) -> bool:
    """Whether a plan or actual header's months are no window of the table's.

    Among several columns of one role for parts of the year (``1-3月完成值 |
    1-6月完成值``), the first names no window: a period read before (the title's
    1-9月) stands, and without one only the column from January to the last month of
    them all names it (``1-6月`` of ``一季度 | 二季度 | 1-6月``), or an actual column
    from January over more than a quarter with only later months beside it (``1-6月`` of
    ``1-6月 | 7-9月``). A plan column names no window when an actual column from
    January does (``1-6月计划 | 1-12月计划 | 1-6月完成``: the actual's months are the
    period), and a 1-12月 plan beside other plans is the year's plan, no window.
    """
    role = roles[column]
    window = _part_window(row.cells[column])
    if role not in _PART_ROLES or window is None:
        return False
    if role == "planned" and any(
        r == "actual" and (w := _part_window(row.cells[c])) is not None and w[0] == 1
        for c, r in roles.items()
    ):
        # 1-6月计划 | 1-12月计划 | 1-6月完成: the actual's months are the period's
        return True
    windows = [w for c, r in roles.items() if r == role and (w := _part_window(row.cells[c]))]
    if len(windows) < 2:  # noqa: PLR2004
        return False
    if builder.period is not None:
        return True
    if role == "planned" and window == (1, 12):
        return True  # 1-6月计划 | 1-12月计划: the year's plan, no window
    if role == "planned":
        windows = [w for w in windows if w != (1, 12)]
    if window == (1, max(w[1] for w in windows)):
        return False
    # 1-6月完成 | 7-9月完成 (7月完成): the one column from January names the window, the
    # months after it are a part of their own; 一季度 | 二季度 name none
    return not (
        role == "actual"
        and window[0] == 1
        and window[1] > 3  # noqa: PLR2004
        and all(w[0] > window[1] for w in windows if w != window)
    )


def _part_columns(builder: _Builder, row: _Row, roles: dict[int, str]) -> None:
    """Tell the period's plan or actual column from the columns for parts of the year.

    ``一季度完成值 | 二季度完成值 | 1-6月完成值`` in a 1-6月 table: the 1-6月 column (its
    months the table's window) is the actual; the others are parts, kept as such
    (:class:`Breakdown`), no second column of the role. Without the table's month,
    the column from January over the most months is the period's. Plan columns that
    are all parts (``一季度计划值 | … | 四季度计划值``) are all kept as parts: the plan
    is then the plan due by the period's end (see :func:`_period_plan`). So are actual
    columns with no period's among them (``1-3月完成值 | 1-6月完成值`` in a 1-9月 table,
    ``1月完成值 | 2月完成值 | …`` in an undated one): the actual is then the latest one
    filled (see :func:`_period_actual`).
    """
    month = _table_month(builder)
    for role in _PART_ROLES:
        columns = [column for column, named in roles.items() if named == role]
        if len(columns) < 2:  # noqa: PLR2004
            continue
        groups = [c for c in columns if _label(row.cells[c]).startswith(_PART_GROUP_WORDS)]
        if groups and len(groups) < len(columns):
            # 分季度完成值 (merged over 第一季度 | 第二季度) beside 1-6月实际完成值: the
            # parts' head, no second actual; the row under it names each part
            for column in groups:
                roles[column] = f"{role}@1-12:{_label(row.cells[column])}"
            columns = [column for column in columns if column not in groups]
            if len(columns) < 2:  # noqa: PLR2004
                continue
        windows = {column: _part_window(row.cells[column]) for column in columns}
        bare = [column for column in columns if windows[column] is None]
        if bare:
            # 一季度完成值 | 二季度完成值 | 累计完成值 (实际完成值): the one column naming
            # no months is the period's, unless one names the window; 实际完成值 |
            # 累计完成值 alone are no parts of the year
            period = [c for c in columns if month is not None and windows[c] == (1, month)]
            period = period or (bare if len(bare) == 1 else [])
            if len(period) != 1 or len(bare) == len(columns):
                continue
            for column in columns:
                if column not in period and (window := windows[column]) is not None:
                    roles[column] = f"{role}@{window[0]}-{window[1]}:{_label(row.cells[column])}"
            continue
        if month is not None:
            period = [c for c in columns if windows[c] == (1, month)]
        else:
            widest = max(columns, key=lambda c: (windows[c][0] == 1, windows[c][1]))  # type: ignore[index]
            last = max(window[1] for window in windows.values())  # type: ignore[index]
            # 1月 | 2月 | 3月: 1月 is no period's column, the months run past it
            period = [widest] if windows[widest] == (1, last) else []
        if len(period) > 1:
            continue
        for column in columns:
            if column not in period:
                start, end = windows[column]  # type: ignore[misc]
                roles[column] = f"{role}@{start}-{end}:{_label(row.cells[column])}"


def _breakdown(
    builder: _Builder,
    row: _Row,
    placed: dict[str, tuple[int, str]],
    year: int | None,
    unit: str | None,
) -> tuple[Breakdown, ...]:
    """The row's cells in columns for parts of the year, parsed and in month order."""
    parts: list[Breakdown] = []
    number = sheet = None  # the row's, worked out at its first part (most rows have none)
    for role, (column, text) in placed.items():
        match = _PART_ROLE_RE.fullmatch(role) if "@" in role else None
        if match is None:
            continue
        if number is None:
            number = builder.row_number(row)
            sheet = builder.sheet.name_at(row.at) if builder.sheet.parts else builder.sheet_name
        value = parse_value(text, year=year)
        if unit is not None:
            value = _with_unit(value, unit)
        parts.append(
            Breakdown(
                "planned" if match.group("role") == "planned" else "actual",
                match.group("label"),
                int(match.group("start")),
                int(match.group("end")),
                value,
                _new_position(builder.file, sheet, number, builder.column_number(row, column)),
            )
        )
    parts.sort(key=lambda part: (part.role, part.start, part.end))
    return tuple(parts)


def _in_project_order(
    builder: _Builder, parts: tuple[Breakdown, ...]
) -> tuple[tuple[Breakdown, ...], int | None]:
    """*parts* and the parts' month counted from a project year's first month, or as they are.

    In a tracking table of ``2024年7月-2025年6月`` 7月 is the first month and 6月 the
    twelfth: ``一季度`` (1-3月) becomes months 7-9 of the twelve, and the plan due by the
    period's end (6月, the twelfth) counts all four quarters (r36o). A part across the
    first month (``6-7月``) keeps the calendar's count, as does any other table.

    >>> from perftrack import parse_value
    >>> b = _Builder.__new__(_Builder)
    >>> b.kind, b.period, b.window_month = (
    ...     TableKind.TRACKING,
    ...     Period(YearMonth(2024, 7), YearMonth(2025, 6)),
    ...     None,
    ... )
    >>> part = Breakdown("planned", "一季度", 1, 3, parse_value("300"))
    >>> framed, month = _in_project_order(b, (part,))
    >>> (framed[0].start, framed[0].end, month)
    (7, 9, 12)
    """
    if not parts:
        return parts, None  # (most rows: no parts, no month asked)
    month = _parts_month(builder)
    period = builder.period
    if builder.kind is not TableKind.TRACKING or period is None or not is_project_year(period):
        return parts, month
    first = period.start.month
    if any((part.end - first) % 12 < (part.start - first) % 12 for part in parts):
        return parts, month

    def counted(number: int) -> int:
        return (number - first) % 12 + 1

    framed = sorted(
        (evolve(part, start=counted(part.start), end=counted(part.end)) for part in parts),
        key=lambda part: (part.role, part.start, part.end),
    )
    return tuple(framed), counted(month) if month is not None else None


def _out_of_project_order(
    builder: _Builder, framed: tuple[Breakdown, ...]
) -> tuple[Breakdown, ...]:
    """*framed* parts (:func:`_in_project_order`) with their calendar months again."""
    period = builder.period
    if (
        not framed
        or builder.kind is not TableKind.TRACKING
        or period is None
        or not is_project_year(period)
    ):
        return framed
    first = period.start.month
    if any(part.start > part.end for part in framed):
        return framed  # (never framed: a part across the first month)

    def calendar(number: int) -> int:
        return (number + first - 2) % 12 + 1

    return tuple(
        evolve(part, start=calendar(part.start), end=calendar(part.end)) for part in framed
    )


def _period_plan(
    parts: Sequence[Breakdown], month: int | None, target: Target | None
) -> Breakdown | Value | None:
    """The plan due by the end of *month* from a row's plan parts (一季度 … 四季度).

    Counts and amounts given per part (their sum the year's: 200/400/400/200公里 for
    ≥1200公里) add up over the parts begun by then (200+400 at June); a rate, a
    figure given cumulatively (the last part the year's target) or words are the
    figure of the part holding the month, or the latest part before it with one. A
    ``/`` part is no plan: the parts all ``/`` give ``/``. Returns the part whose figure
    is the plan, a figure summed, or None without parts.
    """
    plans = [part for part in parts if part.role == "planned"]
    if not plans:
        return None
    due = [part for part in plans if month is None or part.start <= month] or plans[:1]
    if month is None:
        due = due[:1]
    figures = [part for part in due if not isinstance(part.value, NotApplicable)]
    if not figures:
        return due[-1]
    quantities = [
        part.value
        for part in figures
        if isinstance(part.value, Quantity) and part.value.bound is Bound.EXACT
    ]
    every = [part.value for part in plans if isinstance(part.value, Quantity)]
    units = {value.unit for value in quantities}
    if (
        len(figures) < 2  # noqa: PLR2004
        or len(quantities) != len(figures)
        or len(units) != 1
        or units & {"%", "‰"}
        or any(b.start <= a.end for a, b in itertools.pairwise(due))  # overlapping parts
        or _cumulative(every, target)
    ):
        return figures[-1]
    total = sum((value.value for value in quantities), Decimal(0))
    first = quantities[0]
    return evolve(first, value=total, text=f"{total}{first.unit or ''}")


def _period_actual(
    parts: Sequence[Breakdown], month: int | None, target: Target | None = None
) -> Breakdown | Value | _Unsure | None:
    """The actual from a row's actual parts when no column is the period's.

    Only a part from January is cumulative: the latest one filled that lies within
    the period (ending by *month*; any part when the month is unknown). A part that
    does not start in January (``7-9月``, ``二季度``, ``7月``) is a part, never the
    period's actual, and neither is a single month (``1月``) of a longer period. A ``/``
    part is taken only when no such part holds anything else. Parts that follow one
    another from January to the period's end (``1月完成 | … | 6月完成`` in a 1-6月
    table, ``1-6月 | 7-8月`` in a 1-8月 one) give their sum when each holds an exact
    count or amount in one unit (no rate), single months only when they do not run
    upwards month by month (then they may be running totals, and no figure is sure):
    see :func:`_monthly_total`; a level printed part by part (低保人数 5200 | … | 5270
    for ``≥5200人``) is its latest part. None when no part serves: the parts are still
    kept.

    Example:
        >>> from perftrack import parse_value
        >>> parts = [
        ...     Breakdown("actual", label, start, end, parse_value(v))
        ...     for label, start, end, v in (
        ...         ("1-3月", 1, 3, "30人"),
        ...         ("1-6月", 1, 6, "32人"),
        ...         ("1-9月", 1, 9, "/"),
        ...         ("10月", 10, 10, "35人"),
        ...     )
        ... ]
        >>> _period_actual(parts, 9).label, _period_actual(parts, None).label
        ('1-6月', '1-6月')
    """
    actuals = [part for part in parts if part.role == "actual"]
    if month is not None and (total := _monthly_total(actuals, month, target)) is not None:
        if total is _UNSURE and (told := _told_by_plan(parts, actuals, month, target)):
            return told  # 分季度计划 500 | 500 … beside: the actual's quarters are flows too
        return total  # _UNSURE: running totals or flows, no one can tell
    if (rate := _latest_rate(actuals, month)) is not None:
        return rate  # 88% | 90%: a rate is a level, the latest part stands
    if (after := _after_unfilled(actuals, month, target)) is not None:
        return after  # 一季度 / | 二季度 93%: the / is no actual when a later part is filled
    due = [
        part
        for part in actuals
        if part.start == 1 and (part.end > 1 or month == 1) and (month is None or part.end <= month)
    ]
    if not due:
        return None
    figures = [part for part in due if not isinstance(part.value, NotApplicable)] or due
    return max(figures, key=lambda part: part.end)


def _after_unfilled(
    actuals: Sequence[Breakdown], month: int | None, target: Target | None
) -> Breakdown | Value | _Unsure | None:
    """The actual from parts from January whose first ones are ``/`` and later ones filled.

    ``一季度 / | 二季度 93%`` in a 1-6月 table: the ``/`` (or ``—``) says nothing was done
    or measured that quarter, and counts as the actual only when nothing else is
    filled (xlsx23 H2). The latest part filled stands when it is the only one filled
    (``— | 150``: a flow and a running total give the same 150) or when the parts
    filled are rates (a level). Counts in several parts after the ``/`` are read as
    :func:`_monthly_total` reads them, the ``/`` as nothing done (0), when they reach
    the period's month. None when no part before a filled one is ``/``.

    Example:
        >>> from perftrack import parse_value
        >>> parts = [
        ...     Breakdown("actual", label, start, start + 2, parse_value(v))
        ...     for label, start, v in (("一季度", 1, "/"), ("二季度", 4, "93%"))
        ... ]
        >>> _after_unfilled(parts, 6, None).label, _after_unfilled(parts[:1], 6, None)
        ('二季度', None)
    """
    chain: list[Breakdown] = []
    start = 1
    while following := [
        part for part in actuals if part.start == start and (month is None or part.end <= month)
    ]:
        filled = [part for part in following if not isinstance(part.value, NotApplicable)]
        chain.append(max(filled or following, key=lambda part: part.end))  # 1-6月 over a / 1-9月
        start = chain[-1].end + 1
    leading = list(itertools.takewhile(lambda part: isinstance(part.value, NotApplicable), chain))
    filled = [part for part in chain[len(leading) :] if not isinstance(part.value, NotApplicable)]
    if not leading or not filled:
        return None
    values = [part.value for part in filled]
    units = {value.unit for value in values if isinstance(value, Quantity)}
    if len(units) == 1 and units <= {"%", "‰"} and all(isinstance(v, Quantity) for v in values):
        return filled[-1]  # / | 93%: a rate is a level, the latest part filled stands
    if month is not None and chain[-1].end != month:
        return None  # the parts fall short of the period: as before
    if len(filled) == 1:
        return filled[0]  # — | 150: nothing, then 150 (a flow and a running total alike)
    first = values[0]
    if month is None or not isinstance(first, Quantity) or len(filled) != len(chain) - len(leading):
        return None
    zero = Quantity(Decimal(0), unit=first.unit, text=f"0{first.unit or ''}")
    nothing = [evolve(part, value=zero) for part in leading]
    return _monthly_total([*nothing, *filled], month, target)


def _told_by_plan(
    parts: Sequence[Breakdown],
    actuals: Sequence[Breakdown],
    month: int,
    target: Target | None,
) -> Breakdown | Value | None:
    """The actual from rising parts, when the plan parts beside say how they are given.

    ``分季度计划 500 | 500 | 500 | 500`` (their sum the year's target ≥2000) beside
    ``分季度完成 300 | 350``: the plan is given per quarter, and so is what was done
    (650). A plan given cumulatively (rising, the last the target's figure) makes the
    actual's latest part the period's figure. None when the plan says nothing (no plan
    parts, words, another unit), and the parts stay unsure.

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> def part(role, start, v):
        ...     return Breakdown(role, "季度", start, start + 2, parse_value(v))
        >>> plan = [part("planned", start, "500人") for start in (1, 4, 7, 10)]
        >>> done = [part("actual", 1, "300人"), part("actual", 4, "350人")]
        >>> _told_by_plan(plan + done, done, 6, parse_target("≥2000人")).text
        '650人'
        >>> rising = [part("planned", s, f"{v}人") for s, v in ((1, 500), (4, 1000), (7, 2000))]
        >>> _told_by_plan(rising + done, done, 6, parse_target("≥2000人")).value.text
        '350人'
        >>> _told_by_plan(done, done, 6, parse_target("≥2000人")) is None
        True
    """
    plans = [part.value for part in parts if part.role == "planned"]
    if len(plans) < 2 or not isinstance(target, Comparison):  # noqa: PLR2004
        return None
    quantities = [
        value for value in plans if isinstance(value, Quantity) and value.bound is Bound.EXACT
    ]
    units = {value.unit for value in quantities} | {
        part.value.unit for part in actuals if isinstance(part.value, Quantity)
    }
    if len(quantities) != len(plans) or len(units) != 1 or units & {"%", "‰"}:
        return None
    chain = sorted((part for part in actuals if part.end <= month), key=lambda part: part.start)
    if not chain or any(b.start != a.end + 1 for a, b in itertools.pairwise(chain)):
        return None  # overlapping parts, or a gap: nothing follows from the plan
    if _cumulative(quantities, target):
        return chain[-1]
    if sum((value.value for value in quantities), Decimal(0)) != target.value:
        return None
    figures = [part.value for part in chain if isinstance(part.value, Quantity)]
    if len(figures) != len(chain) or not figures:
        return None
    total = sum((value.value for value in figures), Decimal(0))
    return evolve(figures[0], value=total, text=f"{total}{figures[0].unit or ''}")


def _latest_rate(actuals: Sequence[Breakdown], month: int | None) -> Breakdown | None:
    """The latest of a rate's parts following one another from January, within the period.

    ``一季度 88% | 二季度 90%`` under 分季度完成情况: a rate is a level, not a flow; the
    latest part filled stands (before, 一季度 was taken, regress41). None for other
    figures, a single part, single months, or parts that do not follow one another
    from January.

    Example:
        >>> from perftrack import parse_value
        >>> parts = [
        ...     Breakdown("actual", label, start, start + 2, parse_value(v))
        ...     for label, start, v in (("一季度", 1, "88%"), ("二季度", 4, "90%"))
        ... ]
        >>> _latest_rate(parts, 6).label, _latest_rate(parts, None).label, _latest_rate(parts, 3)
        ('二季度', '二季度', None)
    """
    chain: list[Breakdown] = []
    start = 1
    while True:
        following = [
            part
            for part in actuals
            if part.start == start
            and (month is None or part.end <= month)
            and isinstance(part.value, Quantity)
        ]
        if not following:
            break
        chain.append(max(following, key=lambda part: part.end))
        start = chain[-1].end + 1
    values = [part.value for part in chain]
    if any(part.start == part.end for part in chain):
        return None  # single months: as before (a month's rate is no period's, said)
    if len(chain) < 2 or not all(  # noqa: PLR2004
        isinstance(value, Quantity) and value.unit in {"%", "‰"} for value in values
    ):
        return None
    if len({value.unit for value in values if isinstance(value, Quantity)}) != 1:
        return None
    return chain[-1]


def _without_planned_quarters(
    parts: tuple[Breakdown, ...], month: int | None, bare_labels: frozenset[str]
) -> tuple[Breakdown, ...]:
    """*parts* with the bare part columns after the table's *month* read as a plan.

    Bare part headers (``一季度 | … | 四季度``, no 完成值 word: :func:`_bare_part_actuals`)
    hold what was done up to the table's period and what is planned after it: in a
    1-6月 table the figures under 三季度 and 四季度 (starting after *month*) are a plan,
    kept as ``planned`` parts, and those under 一季度 and 二季度 are the actual's parts.
    The split is the table's, the same for every row, whichever cells a row fills
    (before, a row filling a later part was read as the year's plan and its parts
    dropped, regress38 W1). Without the table's month, the parts stay as they are.
    Other parts (``一季度完成值``, months under a merged 实际完成值) are kept as they are.

    Example:
        >>> from perftrack import parse_value
        >>> plan = tuple(
        ...     Breakdown("actual", label, start, start + 2, parse_value(v))
        ...     for label, start, v in (("一季度", 1, "200"), ("四季度", 10, "250"))
        ... )
        >>> bare = frozenset({"一季度", "四季度"})
        >>> [part.role for part in _without_planned_quarters(plan, 9, bare)]
        ['actual', 'planned']
        >>> [part.role for part in _without_planned_quarters(plan, None, bare)]
        ['actual', 'actual']
        >>> [part.role for part in _without_planned_quarters(plan, 9, frozenset())]
        ['actual', 'actual']
    """
    if month is None:
        return parts
    return tuple(
        evolve(part, role="planned")
        if part.role == "actual" and part.label in bare_labels and part.start > month
        else part
        for part in parts
    )


def _monthly_total(
    actuals: Sequence[Breakdown], month: int, target: Target | None = None
) -> Breakdown | Value | _Unsure | None:
    """The sum of actual parts that follow one another from January to *month*.

    The parts chained from January, each starting the month after the one before
    ends, the longest first (``1-6月 | 7-8月`` of ``1-3月 | 1-6月 | 7-8月`` in a 1-8月
    table; ``1月 | … | 6月``; ``一季度 | 二季度``), end at *month*, each an exact
    quantity in one unit other than a rate: their sum. Parts of one length:

    - a level printed part by part rather than a flow, each part at least half a
      figure *target* (低保人数 ``5200 | 5230 | … | 5270`` for ``≥5200人``, monitor21
      H4; 120座 every month for ``=120座``), is its latest part, that part returned;
    - parts each headed 累计 (``一季度累计完成值 | 二季度累计完成值``) are running
      totals: the latest part;
    - parts that name no months of their own (``1月``, ``一季度``; not ``4-6月``) rising
      all along (``100 | 210 | 305``, ``3场 | 7场``; single months level too) may be
      running totals: :data:`_UNSURE`, no figure (regress37 W1–W3). Quarters level
      or not rising all along (``300 | 300 | 320``) are flows: added up (regress38 W6).

    Quarters (``一季度 | 二季度 | 三季度``, naming no months) that do not end at *month*
    (a 1-8月 table: 三季度 runs past August, or stops at 二季度 with 三季度 empty) give no
    sure figure: 三季度's may be July and August's or the whole quarter's plan, and
    the quarters before it fall short of the period. A level or running totals headed
    累计 is the latest part; other figures are :data:`_STRADDLE` (no figure, a warning;
    regress39 W2), never the first quarter alone.

    Otherwise None (no chain: the caller looks for a part from January).

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> flows = [
        ...     Breakdown("actual", f"{m}月", m, m, parse_value(v))
        ...     for m, v in ((1, "0张"), (2, "20张"), (3, "0张"))
        ... ]
        >>> _monthly_total(flows, 3).text, _monthly_total(flows, 4)
        ('20张', None)
        >>> _monthly_total(flows[:2], 2)  # 0 | 20: rising, perhaps running totals
        <_Unsure.UNSURE: 'unsure'>
        >>> level = [Breakdown("actual", f"{m}月", m, m, parse_value("120座")) for m in (1, 2)]
        >>> _monthly_total(level, 2, parse_target("=120座")).label  # a level: the latest
        '2月'
        >>> quarters = [
        ...     Breakdown("actual", label, start, start + 2, parse_value(v))
        ...     for label, start, v in (("一季度", 1, "3场"), ("二季度", 4, "7场"))
        ... ]
        >>> _monthly_total(quarters, 6, parse_target("≥12场"))
        <_Unsure.UNSURE: 'unsure'>
        >>> half = Breakdown("actual", "1-6月", 1, 6, parse_value("600人"))
        >>> later = Breakdown("actual", "7-8月", 7, 8, parse_value("200人"))
        >>> _monthly_total([half, later], 8).text
        '800人'
        >>> _monthly_total(quarters, 8, parse_target("≥12场"))  # 三季度 missing at August
        <_Unsure.STRADDLE: 'straddle'>
    """
    chain: list[Breakdown] = []
    start = 1
    straddle = False
    while start <= month:
        following = [p for p in actuals if p.start == start and p.end <= month]
        if not following:
            across = [p for p in actuals if p.start == start and _quarter_part(p)]
            if not (across or (chain and all(_quarter_part(p) for p in chain))):
                return None
            chain.extend(across[:1])  # 三季度 at August: it runs past the period
            straddle = True
            break
        chain.append(max(following, key=lambda part: part.end))
        start = chain[-1].end + 1
    values = [part.value for part in chain]
    quantities = [
        value for value in values if isinstance(value, Quantity) and value.bound is Bound.EXACT
    ]
    units = {value.unit for value in quantities}
    figures = [value.value for value in quantities]
    if straddle:
        if len(quantities) != len(values) or len(units) != 1 or units & {"%", "‰"}:
            return None  # rates or words: as before, the part from January
        if isinstance(target, Comparison) and target.value > 0 and min(figures) * 2 >= target.value:
            return chain[-1]  # a level: the latest part
        if all("累计" in part.label for part in chain):
            return chain[-1]
        return _STRADDLE
    if (
        len(chain) < 2  # noqa: PLR2004
        or len(quantities) != len(values)
        or len(units) != 1
        or units & {"%", "‰"}
    ):
        return None
    if len({part.end - part.start for part in chain}) == 1:
        if isinstance(target, Comparison) and target.value > 0 and min(figures) * 2 >= target.value:
            return chain[-1]  # a level: each part near the year's figure, the latest stands
        if all("累计" in part.label for part in chain):
            return chain[-1]
        # single months rising or level may be running totals; quarters only strictly
        # rising: 300 | 300 | 320 are flows (a level is read above), regress38 W6
        rising = (
            figures == sorted(figures)
            if chain[0].start == chain[0].end
            else all(a < b for a, b in itertools.pairwise(figures))
        )
        if rising and not any(_MONTH_RANGE_RE.search(part.label) for part in chain):
            return _UNSURE
    total = sum(figures, Decimal(0))
    first = quantities[0]
    return evolve(first, value=total, text=f"{total}{first.unit or ''}")


class _Unsure(enum.Enum):
    """Parts that may be running totals or flows (see :func:`_monthly_total`)."""

    UNSURE = "unsure"
    STRADDLE = "straddle"  # quarters that do not end at the period's month


_UNSURE: Final = _Unsure.UNSURE
_STRADDLE: Final = _Unsure.STRADDLE


def _quarter_part(part: Breakdown) -> bool:
    """Whether *part* is a quarter naming no months (一季度, 三季度完成值; not 7-9月)."""
    return (
        part.start in {1, 4, 7, 10}
        and part.end == part.start + 2
        and _MONTH_RANGE_RE.search(part.label) is None
    )


# a part's header naming its months: 4-6月完成值, 7～8月 (not 二季度, 6月)
_MONTH_RANGE_RE: Final = re.compile(r"\d{1,2}\s*[-－—~～至到]\s*\d{1,2}\s*月")


def _note_monthly_actuals(  # noqa: PLR0913 - the row, its parts, name and index, and why
    builder: _Builder,
    row: _Row,
    parts: Sequence[Breakdown],
    name: str,
    index: int,
    *,
    unsure: bool = False,
    straddle: int | None = None,
) -> None:
    """Say that single-month actuals (``1月完成 | … | 6月完成``) gave no actual.

    A month's figure is no figure of the period, and the months are not added up (see
    :func:`_monthly_total`): a month missing, a rate, or figures rising month by month
    (running totals or not, no one can tell). Quarters that name no months, rising all
    along (``一季度 3场 | 二季度 7场``, *unsure*), may be running totals or flows too:
    neither their sum nor the latest is sure (regress37 W3). Quarters that do not end
    at the period's month *straddle* (1-8月) give no sure figure either (regress39 W2).
    """
    months = [part for part in parts if part.role == "actual" and part.start == part.end]
    if straddle is not None:
        months = [part for part in parts if part.role == "actual"]
        said = (
            f"分季度列示（{{}}），跟踪期止于{straddle}月，在季度中间（季度数可能为整季度的"
            "计划数或部分月份的完成数，此前各季度不足跟踪期），无法确定跟踪期的完成值"
        )
    elif months:
        said = (
            "按月分列（{}），单月数不是跟踪期的累计数，"
            "且无法逐月相加得出（月份不全、为比率或逐月递增可能为累计数）"
        )
    else:
        months = [part for part in parts if part.role == "actual"]
        if not unsure or len(months) < 2:  # noqa: PLR2004
            return
        said = "分期列示（{}），逐期递增，可能为累计数也可能为当期数，无法确定跟踪期的完成值"
    if months[0].position is None:
        return
    labels = "、".join(part.label for part in months[:3]) + ("等" if len(months) > 3 else "")  # noqa: PLR2004
    builder.finding(
        "grid-monthly-actual",
        Severity.WARNING,
        f"指标“{name}”的实际完成值{said.format(labels)}，未读作实际完成值",
        builder.where(row, months[0].position.column - 1, indicator=index),
    )


def _grid_roles(builder: _Builder) -> frozenset[str]:
    """The roles of the current grid's value columns (none before a grid is read)."""
    return frozenset(builder.grid.roles.values()) if builder.grid is not None else frozenset()


def _cumulative(values: Sequence[Quantity], target: Target | None) -> bool:
    """Whether plan parts are given cumulatively: rising, the last the target's figure."""
    if len(values) < 2 or not isinstance(target, Comparison):  # noqa: PLR2004
        return False
    figures = [value.value for value in values]
    total = sum(figures, Decimal(0))
    return figures == sorted(figures) and figures[-1] == target.value and total != target.value


def _note_duplicate_column(
    builder: _Builder, row: _Row, first: int, column: int, role: str
) -> None:
    """Say that a second column of a value role (年度指标值 | 年度指标值) is not read."""
    first_cell = builder.position(row, first).cell
    cell = builder.position(row, column).cell
    builder.finding(
        "grid-column-duplicate",
        Severity.WARNING,
        f"指标表头“{row.cells[first]}”（{first_cell}）与“{row.cells[column]}”（{cell}）同为"
        f"{_SINGLE_VALUE_ROLES[role]}列，按前者读取，后者的内容未读入",
        builder.where(row, column),
    )


# A value column headed with a year (2024年实际完成值, 2025年指标值, 2024年度实际值).
_COLUMN_YEAR_RE: Final = re.compile(r"((?:19|20)\d{2})年")
_YEAR_ROLES: Final = frozenset({"target", "actual", "planned", "forecast"})


def _year_columns(builder: _Builder, row: _Row, roles: dict[int, str]) -> None:
    """Leave out the value columns a header heads with another year than the table's.

    ``2024年实际完成值`` in a 2025 target table, or ``2023年实际完成值`` beside
    ``2024年实际完成值`` in a 2024 自评表, is last year's figure printed for comparison,
    like 上年实际完成值: a reference column. ``2025年计划值`` in a 2024 自评表 is next
    year's plan, no less a reference. The table's year is its title's or year line's;
    without one, the latest year the header names (``2025年指标值``), or in a target
    table whose 指标值 columns all name years (``2025年指标值 | 2026年指标值``), a
    rolling plan, the first of them. A 指标值 column no year heads beside others that
    name a year (``年度指标值 | 2026年指标值 | 2027年指标值``) is the table's year's, the
    others references; undated, the table's year is the one before the years named
    after it (2025), or the one after those named before it.
    """
    years = {
        column: int(match.group(1))
        for column, role in roles.items()
        if role in _YEAR_ROLES and (match := _COLUMN_YEAR_RE.search(_key(row.cells[column])))
    }
    if not years:
        return
    targets = {column for column, role in roles.items() if role == "target"}
    year = builder.year
    own = [column for column in targets if column not in years]
    named = (
        {
            column: years.pop(column)
            for column in targets
            if column in years and years[column] != year
        }
        if own
        else {}
    )
    if named:
        # 年度指标值 | 2026年指标值 | 2027年指标值: the 指标值 no year heads is the table's
        # year's; the years named are the plan ahead (or behind) of a rolling table
        for column in named:
            roles[column] = "reference"
        if year is None:
            first = min(own)
            if all(column > first for column in named):
                year = min(named.values()) - 1
            elif all(column < first for column in named):
                year = max(named.values()) + 1
            if year is not None:
                builder.header_year = year
        if not years:
            return
        targets = set(own)
    if year is None:
        target_years = {years[column] for column in targets if column in years}
        if builder.kind is TableKind.TARGET and targets <= years.keys() and len(target_years) > 1:
            # 2025年指标值 | 2026年指标值 | 2027年指标值 of an undated 目标表: a rolling
            # plan of its first year, the later years the plan ahead
            year = min(target_years)
        else:
            year = max(years.values())
        builder.header_year = year
    other = {column for column, named in years.items() if named != year}
    if targets and targets <= other:
        other -= targets  # the only 指标值 column: a typing slip, not a reference
    for column in other:
        roles[column] = "reference"


# ---------------------------------------------------------------------------
# Rows split over two (a Word row broken at a page break, the rest typed into a new row)

# A continuation row's cell under a value column: a bare unit under a figure (≥3.5万⏎人,
# ≥40⏎个) or a deadline's tail under a date (2023年12月⏎底前, 2023年11月30日⏎前). No word
# that stands as a value (保障, 正常, 合理, 到位): a row of those is an indicator of its own.
_FRAGMENT_ROLES: Final = frozenset({"target", "planned", "actual", "forecast", "unit", "nature"})
# The tails a date cell goes on with on the next line.
_DATE_TAILS: Final = frozenset(
    {
        "前", "底", "底前", "底以前", "以前", "之前", "日", "日前", "号", "号前",
        "月底", "月底前", "年底", "年底前", "上旬", "中旬", "下旬", "上旬前", "中旬前", "下旬前",
    }
)  # fmt: skip
# What a deadline's tail may end with: 底前完成, 前完成, and 完成 alone under a date
# (2024年12月 | 底前完成, 2025年1月 | 完成: a converter breaks the cell at its width).
_DONE_WORDS: Final = frozenset({"完成", "完工", "建成", "竣工", "办结", "到位"})


@lru_cache(maxsize=1024)
def _is_date_tail(text: str) -> bool:
    """Whether *text* is the tail of a date broken off it: ``底前``, ``前``, ``底前完成``, ``完成``.

    Example:
        >>> [_is_date_tail(text) for text in ("底前", "前", "底前完成", "完成", "前完工", "保障")]
        [True, True, True, True, True, False]
    """
    key = _key(text)
    if key in _DATE_TAILS:
        return True
    return key[-2:] in _DONE_WORDS and (len(key) == 2 or key[:-2] in _DATE_TAILS)  # noqa: PLR2004


# A cell above a unit: it ends in a figure (≥40, ≥3.5万, 3.62亿).
_FIGURE_END_RE: Final = re.compile(r"\d(?:\.\d+)?[万亿千百]?$")
# A cell above a date's tail: it ends in a date without its tail (2023年12月, 2023年11月30日).
_DATE_HEAD_RE: Final = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日?)?)?$")


@lru_cache(maxsize=1024)
def _is_fragment(above: str, text: str) -> bool:
    """Whether *text*, a value cell of a continuation row, completes the cell *above* it.

    A known unit completes a figure; a deadline's tail (``底前``, ``前``, ``日前``, also
    with ``完成`` after it, or ``完成`` alone) completes a date that has none. Nothing else does: a word that reads as a value
    (``保障``, ``正常``, ``合理``) is the value of a row of its own, its points merged
    with the row above.

    Example:
        >>> [
        ...     _is_fragment(above, text)
        ...     for above, text in (
        ...         ("≥3.5万", "人"), ("≥40", "个"), ("2023年12月", "底前"),
        ...         ("2023年11月30日", "前"), ("2024年12月", "底前完成"), ("2025年1月", "完成"),
        ...         ("≥3万人", "保障"), ("健全", "长效"), ("≥40", "38个"), ("≥3万人", "完成"),
        ...     )
        ... ]
        [True, True, True, True, True, True, False, False, False, False]
    """  # fmt: skip
    above = _key(above)
    text = _key(text)
    if text in voc.KNOWN_UNITS or text in voc.UNIT_ALIASES:
        return _FIGURE_END_RE.search(above) is not None or above + text in voc.KNOWN_UNITS
    return _is_date_tail(text) and _DATE_HEAD_RE.search(above) is not None


def _text_role(role: str | None) -> bool:
    """A column whose text a continuation row may go on with (偏差原因, 备注, 纠偏措施)."""
    return role is not None and (role.startswith("reason") or role in ("remarks", "corrective"))


class _Join(NamedTuple):
    """A row joined to its neighbour: the row and what it printed."""

    row: _Row
    texts: str  # its non-empty cells, as printed, joined by " | " (a name alone: the name)
    heads: bool  # a name alone on its row, joined to the row below (else to the row above)
    unsure: bool  # a name alone: the tail of the name above or the head of the one below
    text_only: bool = False  # only a 偏差原因 (备注, 纠偏措施) tail: no name, no value joined


def _lead_column(row: _Row, labels: tuple[_Label | None, ...]) -> int | None:
    """The column of a row's first cell that is no level label (its name, as a rule)."""
    filled = row.filled
    start = 1 if len(filled) > 2 and _is_serial(filled[0][1]) else 0  # noqa: PLR2004
    for column, _ in filled[start:]:
        if labels[column] is None:
            return column
    return None


def _cell(row: _Row, column: int) -> str:
    cells = row.cells
    return cells[column] if 0 <= column < len(cells) else ""


def _joined_rows(upper: _Row, lower: _Row, at: int) -> _Row:
    """*upper*'s cells with *lower*'s appended, column by column, as the row at *at*."""
    width = max(len(upper.cells), len(lower.cells))
    cells = [_cell(upper, column) + _cell(lower, column) for column in range(width)]
    raw: tuple[str, ...] | None = None
    if upper.raw is not None or lower.raw is not None:
        top = upper.raw if upper.raw is not None else upper.cells
        bottom = lower.raw if lower.raw is not None else lower.cells
        raw = tuple(
            (top[column] if column < len(top) else "")
            + (bottom[column] if column < len(bottom) else "")
            for column in range(width)
        )
    filled = tuple((column, text) for column, text in enumerate(cells) if text)
    return _Row(tuple(cells), at, filled, "".join(cells), raw)


def _join_split_rows(
    rows: list[_Row],
    row_labels: list[tuple[_Label | None, ...]],
    roles: dict[int, str],
    merged: Callable[[int, int], bool | None] | None = None,
) -> tuple[list[_Row], list[tuple[_Label | None, ...]], dict[int, list[_Join]]]:
    """Rows split over two joined back into one (docs/inputs.md, "Rows split over two").

    A row continues the one above when it prints no level label, no 分值 or 得分 while
    the row above does, and each of its cells goes on with the filled cell above it: a
    name fragment under the name, a unit under a figure or a deadline's tail under a
    date (see :func:`_is_fragment`) under a value, any text under 偏差原因/备注/纠偏措施.
    A row whose 分值/得分 cell the source merged with the row above (*merged*: the
    Sheet's :meth:`~perftrack.readers._sheet.Sheet.merged`) shares its points: it is
    no continuation. A row that prints a name alone (after its
    level labels, if any) heads the row below when that row prints no level label, a
    name in the same column, a target and a 分值 or 得分. In a grid without a 分值 or
    得分 column only a row that can be no indicator continues the row above: a name's
    tail of one character (``率``) or a level's short name (``满意度``), units, a
    deadline's tail. The joins, by the joined row's ``at``, are returned for the
    findings.

    Example:
        >>> def row(at, *cells):
        ...     filled = tuple((c, text) for c, text in enumerate(cells) if text)
        ...     return _Row(cells, at, filled, "".join(cells))
        >>> upper = row(1, "老年人健", "≥3.5万", "3.62万", "10")
        >>> lower = row(2, "康管理人数", "人", "人", "")
        >>> roles = {1: "target", 2: "actual", 3: "weight"}
        >>> joined, _, joins = _join_split_rows([upper, lower], [(None,) * 4] * 2, roles)
        >>> joined[0].cells, [join.texts for join in joins[1]]
        (('老年人健康管理人数', '≥3.5万人', '3.62万人', '10'), ['康管理人数 | 人 | 人'])
    """
    scored = [distance for distance, role in roles.items() if role in ("weight", "points")]
    target = next((d for d, role in sorted(roles.items()) if role == "target"), None)
    if not scored and (target is None or not any(map(_may_be_tail, rows))):
        return rows, row_labels, {}  # no 分值 and no row that may be a name's tail

    def is_scored(row: _Row, name_column: int) -> bool:
        return any(_cell(row, name_column + distance) for distance in scored)

    def points_merged(row: _Row, name_column: int) -> bool:
        # 分值/得分 merged down over this row: a row of the group, not a continuation
        return merged is not None and any(
            merged(row.at, name_column + distance) for distance in scored
        )

    def unlabelled(row: _Row, labels: tuple[_Label | None, ...]) -> bool:
        return all(labels[column] is None for column, _ in row.filled)

    def goes_on(upper: _Row, row: _Row, name_column: int, *, tail_label: bool) -> bool:
        # with a 分值 column: the upper row prints one and this row none (a row of its own
        # values shares merged points); without: a row that can be no indicator, a
        # name's tail of one character or a level's short name, units or a deadline's
        # tail, under a row that prints a target
        if scored:
            return is_scored(upper, name_column) and not is_scored(row, name_column)
        if target is None or not _cell(upper, name_column + target):
            return False
        # however many value columns (计划, 实际, 预计): a reason's second line only
        # beside a name's tail, which alone tells the row is no indicator
        named = any(column == name_column for column, _ in row.filled)
        return all(
            (tail_label or _is_tail_character(text))
            if column == name_column
            else role in _FRAGMENT_ROLES or (named and _text_role(role))
            for column, text in row.filled
            for role in (roles.get(column - name_column),)
        )

    def heads(
        row: _Row, name_column: int, lower: _Row, lower_labels: tuple[_Label | None, ...]
    ) -> bool:
        # a name alone, the row below goes on from it: no label, its name in the column
        return (
            target is not None
            and unlabelled(lower, lower_labels)
            and _lead_column(lower, lower_labels) == name_column
            and is_scored(lower, name_column)
            and bool(_cell(lower, name_column + target))
            and not _SUBTOTAL_RE.fullmatch(row.cells[name_column])
            and not _name_of(row.cells[name_column]).leftover_alone
        )

    out_rows: list[_Row] = []
    out_labels: list[tuple[_Label | None, ...]] = []
    joins: dict[int, list[_Join]] = {}
    rows = list(rows)
    row_labels = list(row_labels)
    for index, (row, labels) in enumerate(zip(rows, row_labels, strict=True)):
        filled = row.filled
        lower = rows[index + 1] if index + 1 < len(rows) else None
        lead = _lead_column(row, labels)
        name_alone = lead is not None and filled[-1][0] == lead
        if name_alone and lead is not None and lower is not None:
            lower_labels = row_labels[index + 1]
            if heads(row, lead, lower, lower_labels):
                joined = _joined_rows(row, lower, lower.at)
                rows[index + 1] = joined
                row_labels[index + 1] = tuple(map(_FRAMEWORK_LABELS.__getitem__, joined.cells))
                texts = row.cells[lead]  # the name, after its labels
                joins.setdefault(lower.at, []).insert(0, _Join(row, texts, heads=True, unsure=True))
                continue
        # 满意度, 质量 alone in the column of the name above (参保群众⏎满意度): the name's tail
        tail_label = (
            len(filled) == 1
            and bool(out_rows)
            and filled[0][0] > 0
            and _is_name_tail_label(filled[0][1], labels[filled[0][0]])
            and filled[0][0] == _lead_column(out_rows[-1], out_labels[-1])
        )
        if out_rows and (tail_label or unlabelled(row, labels)):
            upper = out_rows[-1]
            name_column = _lead_column(upper, out_labels[-1])
            if (
                name_column is not None
                and goes_on(upper, row, name_column, tail_label=tail_label)
                and _continues(upper, row, name_column, roles)
                and not points_merged(row, name_column)
            ):
                joined = _joined_rows(upper, row, upper.at)
                out_rows[-1] = joined
                out_labels[-1] = tuple(map(_FRAMEWORK_LABELS.__getitem__, joined.cells))
                texts = " | ".join(text for _, text in filled)
                # a name fragment alone: the tail of this name or the head of the next
                unsure = len(filled) == 1 and filled[0][0] == name_column
                text_only = all(_text_role(roles.get(c - name_column)) for c, _ in filled)
                joins.setdefault(upper.at, []).append(
                    _Join(row, texts, heads=False, unsure=unsure, text_only=text_only)
                )
                continue
        out_rows.append(row)
        out_labels.append(labels)
    if not joins:
        return rows, row_labels, joins
    return out_rows, out_labels, joins


def _may_be_tail(row: _Row) -> bool:
    """Whether *row* may continue the row above in a grid without 分值 (the cheap test).

    At most three cells, or any number of which at most two (a name's tail, a
    reason's second line) are no bare unit or deadline's tail: ``率 | % | % | %``
    may, an indicator's row (its name, target, actual) never does.

    Example:
        >>> def row(*cells):
        ...     return _Row(cells, 1, tuple(enumerate(cells)), "".join(cells))
        >>> _may_be_tail(row("率", "%", "%", "%")), _may_be_tail(row("培训", "≥200", "120", "100"))
        (True, False)
    """
    filled = row.filled
    if len(filled) <= 3:  # noqa: PLR2004
        return True
    others = 0
    tail_text = _TAIL_TEXTS  # (a dict's look-up a cell, r38d: two set look-ups and a call)
    for _, text in filled:
        if not tail_text[text]:
            others += 1
            if others > 2:  # noqa: PLR2004
                return False
    return True


def _is_tail_text(text: str) -> bool:
    """Whether a cell's *text* is a bare unit or a deadline's tail (see :func:`_may_be_tail`)."""
    return (
        text in voc.KNOWN_UNITS
        or text in voc.UNIT_ALIASES
        or (len(text) <= 6 and _is_date_tail(text))  # noqa: PLR2004  (底以前完成 at most)
    )


_TAIL_TEXTS: Final = _TextMemo(_is_tail_text, 16384)


def _continues(upper: _Row, row: _Row, name_column: int, roles: dict[int, str]) -> bool:
    """Whether each cell of *row* goes on with the filled cell of *upper* above it.

    A note under an empty 偏差原因 (``该指标经批准调减`` under a row struck out) goes on
    with nothing: it is no continuation.
    """
    for column, text in row.filled:
        if not _cell(upper, column):
            return False
        distance = column - name_column
        role = roles.get(distance)
        if distance == 0:
            if (
                _SUBTOTAL_RE.fullmatch(text)
                # 指标2:, ……: a template leftover; one character is a name's tail (率, 数)
                or (_name_of(text).leftover_alone and not _is_tail_character(text))
                or _reads_as_target(text)
            ):
                return False
        elif role in _FRAGMENT_ROLES:
            if not _is_fragment(_cell(upper, column), text):
                return False
        elif not _text_role(role):
            return False
    return True


# One character alone that is no name's tail: a placeholder or a note (无, 略, 续, 同上).
_NO_TAIL_CHARACTERS: Final = frozenset("无略续空否是同见注")


def _is_tail_character(text: str) -> bool:
    """Whether *text* is one ideograph a converter broke off a long name (率, 数, 度, 准).

    Example:
        >>> [_is_tail_character(text) for text in ("率", "数", "无", "…", "1", "人数")]
        [True, True, False, False, False, False]
    """
    key = _key(text)
    return len(key) == 1 and "\u4e00" <= key <= "\u9fff" and key not in _NO_TAIL_CHARACTERS


# The level labels a converter may break off a name's end (参保群众⏎满意度, 产品⏎质量): short
# forms without 指标, which alone in the name column under a name are its tail.
def _is_name_tail_label(text: str, label: _Label | None) -> bool:
    return label is not None and label.weight is None and not _key(text).endswith("指标")


class _GridState:
    """What carries down from row to row of a grid (merged cells)."""

    def __init__(self) -> None:
        self.level1: str | None = None
        self.level2: str | None = None
        self.level1_column: int | None = None
        self.level1s: set[str] = set()  # every level 1 printed so far
        # each duty column's cell last printed (年度履职目标, 部门职责: merged down over
        # its rows), by column, as kept in about
        self.duty_goals: dict[int, tuple[str, Position]] = {}


# The level 1s of the 投入/过程/产出/效益 department framework, whose 效益 holds the
# 满意度 level 2 (dept22 M1).
_INPUT_PROCESS_LEVEL1: Final = frozenset({"投入", "过程", "投入指标", "过程指标"})


class _Name(NamedTuple):
    """What an indicator's name cell says, worked out once per distinct text."""

    name: str  # numbering and ★ removed
    core: bool  # ★
    leftover: bool  # a template leftover (指标2:, ……) wherever it stands
    leftover_alone: bool  # a leftover when no value follows it
    unit: str | None  # a unit in a trailing bracket (服务外包在岸(万美元))


# A line break between two Chinese characters of a name: the cell wrapped by hand.
_CJK_BREAK_RE: Final = re.compile(r"(?<=[\u3400-\u9fff])[ \t\r\u3000]*\n\s*(?=[\u3400-\u9fff])")


def _unwrapped_name(raw: tuple[str, ...], column: int, name: str) -> str:
    r"""*name*, the text of cell *column*, joined where a line break split two Chinese characters.

    ``改善办学条件⏎覆盖学生数`` (Word's Shift+Enter, a second paragraph, Alt+Enter) is
    ``改善办学条件覆盖学生数``, not ``改善办学条件 覆盖学生数`` (word38 L1); a break before
    or after anything else (``满意度⏎（问卷）``, ``Wi-Fi⏎覆盖率``) is a space as before.

    Example:
        >>> _unwrapped_name(("改善办学条件\n覆盖学生数",), 0, "改善办学条件 覆盖学生数")
        '改善办学条件覆盖学生数'
    """
    text = raw[column] if column < len(raw) else ""
    if "\n" not in text or _clean(text) != name:
        return name
    return _clean(_CJK_BREAK_RE.sub("", text))


# A line break in prose (a reason, a measure, a goal) between two Chinese characters, or
# after Chinese punctuation (，；。：、！？）”), which no space ever follows: the cell
# wrapped by hand, joined as a name is (see _unwrapped_name).
_PROSE_BREAK_RE: Final = re.compile(
    r"(?<=[\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\uff09\u201d\u300b\u300d])[ \t\r\u3000]*\n\s*(?=\S)"
    r"|(?<=[\u3400-\u9fff])[ \t\r\u3000]*\n\s*(?=[\u3400-\u9fff\uff08\u201c\u300a\u300c])"
)


def _unwrapped_text(row: _Row, column: int, text: str) -> str:
    r"""*text*, cell *column* of *row*, joined where a line break wrapped its prose.

    ``部分村庄⏎征地协调滞后`` is ``部分村庄征地协调滞后``, ``加强宣传；⏎加快进度`` is
    ``加强宣传；加快进度`` (read56 F5: a space was kept, so the same text exported
    wrapped and unwrapped differed); a break before a figure or a Latin word stays a space.

    Example:
        >>> row = _Row(("", "部分村庄 征地协调滞后"), 0, (), "", ("", "部分村庄\n征地协调滞后"))
        >>> _unwrapped_text(row, 1, "部分村庄 征地协调滞后")
        '部分村庄征地协调滞后'
    """
    raw = row.raw
    if raw is None or column >= len(raw) or "\n" not in (cell := raw[column]):
        return text
    if _clean(cell) != text:
        return text
    return _clean(_PROSE_BREAK_RE.sub("", cell))


def _unwrapped_row(row: _Row) -> _Row:
    """*row* with each cell's wrapped prose joined (see :func:`_unwrapped_text`)."""
    if row.raw is None:
        return row
    cells = tuple(_unwrapped_text(row, column, text) for column, text in enumerate(row.cells))
    if cells == row.cells:
        return row
    filled = tuple((column, cells[column]) for column, _ in row.filled)
    return row._replace(cells=cells, filled=filled, text="".join(cells))


@lru_cache(maxsize=16384)
def _name_of(raw_name: str) -> _Name:
    name = _NUMBERING_RE.sub("", raw_name).strip()
    return _Name(
        name,
        raw_name.lstrip().startswith("★"),
        not name or _PLACEHOLDER_RE.match(raw_name.strip()) is not None,
        _PLACEHOLDER_RE.match(name) is not None or len(name) <= 1,
        _name_unit(name),
    )


# A placeholder name a template numbers (指标1, 目标2:): an indicator when a value follows.
_NUMBERED_PLACEHOLDER_RE: Final = re.compile(r"(?:指标|目标)\s*\d{1,3}\s*[:：、.．]?")


def _placeholder_with_values(
    raw_name: str,
    name_column: int,
    values_after: Sequence[tuple[int, str]],
    role_of: Callable[[int], str | None],
) -> bool:
    """Whether *raw_name* is a numbered placeholder (指标1) on a row that sets a value.

    A template leftover (``指标2:``, ``……``) has no target, plan or actual; a row that
    prints one under its placeholder name (``指标0 | ≥12处 | 12处``) is an indicator
    (domain.md: placeholder rows *with no values* are not indicators; r39m).

    Example:
        >>> role = {1: "target", 2: "actual"}.get
        >>> _placeholder_with_values("指标0", 0, ((1, "≥12处"),), role)
        True
        >>> _placeholder_with_values("指标2:", 0, ((1, "/"),), role)
        False
        >>> _placeholder_with_values("……", 0, ((1, "≥12处"),), role)
        False
    """
    if _NUMBERED_PLACEHOLDER_RE.fullmatch(raw_name.strip()) is None:
        return False
    return any(
        role_of(column - name_column) in ("target", "planned", "actual")
        and (key := _key(text)) not in _UNSET_CELLS
        and _DASHES_RE.fullmatch(key) is None
        for column, text in values_after
    )


# A subtotal's name: 小计, 合计, 总计, after a level's name or not (产出指标小计).
_SUBTOTAL_RE: Final = re.compile(r"[\u3400-\u9fff]{0,8}(?:小计|合计|总计)")
# a subtotal of the whole indicator block, no level's: 小计, 绩效指标合计 (r37b)
_BLOCK_SUBTOTAL_RE: Final = re.compile(r"(?:(?:绩效)?指标)?(?:小计|合计|总计)")


def _without_hidden_helpers(builder: _Builder, grid: _GridColumns, rows: list[_Row]) -> list[_Row]:
    """*rows* without the cells of hidden columns the grid's header gives no role.

    A hidden column right of the names with no header over it (or a header that names
    no column of the grid) is a helper nobody sees: staff notes (``核对：与台账一致``,
    ``待补问卷``), last year's value. Read, its text shifted the row into the empty
    偏差原因 column (read56 F2); it feeds no field. A hidden column under a header the
    grid reads (a hidden 年度指标值 or 指标编码 column) is kept (see _prefer_visible).
    """
    name_column = grid.name_column
    header = grid.row.cells
    lower = {column for column, _ in builder.sub_header}
    helpers = frozenset(
        column
        for column in builder.sheet.hidden_columns
        if column > name_column
        and (distance := column - name_column) not in grid.roles
        and distance not in grid.spans
        and distance not in grid.ticks
        and column not in grid.name_span
        and column not in lower
        and (column >= len(header) or not header[column] or _column_role(header[column]) is None)
    )
    if not helpers:
        return rows
    kept: list[_Row] = []
    for row in rows:
        if not any(column in helpers for column, _ in row.filled):
            kept.append(row)
            continue
        cells = tuple("" if column in helpers else text for column, text in enumerate(row.cells))
        raw = row.raw
        if raw is not None:
            raw = tuple("" if column in helpers else text for column, text in enumerate(raw))
        filled = tuple(cell for cell in row.filled if cell[0] not in helpers)
        kept.append(_Row(cells, row.at, filled, "".join(cells), raw))
    builder.grid_rows = kept
    return kept


def _build_indicators(builder: _Builder, year: int | None) -> list[Indicator]:
    grid = builder.grid
    if grid is None:
        return []
    rows = builder.grid_rows
    if builder.sheet.hidden_columns:
        rows = _without_hidden_helpers(builder, grid, rows)
    if grid.spares:
        grid = builder.grid = _hidden_spares(builder, grid, rows)
    framework_label = _FRAMEWORK_LABELS.__getitem__
    # Each row's framework labels by column (None for other and empty cells).
    row_labels = [tuple(map(framework_label, row.cells)) for row in rows]
    if grid.name_span:
        header_grid = grid
        grid = builder.grid = _name_span_column(grid, rows, row_labels)
        if grid.name_column == header_grid.name_column:
            _note_unread_span(builder, header_grid, rows)
    roles = _operator_column(grid, rows, builder)
    if "planned" in roles.values():
        roles = _time_share_column(grid, rows, roles)
    _grid_fields(builder, grid, roles)
    rows, row_labels, joins = _join_split_rows(rows, row_labels, roles, builder.sheet.merged)
    state = _GridState()
    state.level1_column = grid.level1_column
    # Where level-1 labels are printed in the rows (the 一级 column may drift from the header).
    # A department's own level 1 (社会效应) counts: its level 2 may be a word of the
    # project framework's level 1s (满意度), which is no drift of the column (r37d).
    for row, by_column in zip(rows, row_labels, strict=True):
        first = next(
            (
                c
                for c, label in enumerate(by_column)
                if (label is not None and label.level == 1)
                or (label is None and _department_level1(row.cells[c]))
            ),
            None,
        )
        if first is not None:
            state.level1_column = first
            break
    # The rows whose level's word in the header's name column is their name (经济成本).
    named_levels = _named_level_rows(grid, rows, row_labels, roles, state.level1_column)
    cost_is_level1 = _cost_is_level1(rows, row_labels, named_levels)
    offsets: list[tuple[int, _Row, int, int, str]] = []
    indicators: list[Indicator] = []
    ticks = grid.ticks
    role_of = roles.get
    spans = grid.spans
    last_value_distance = max((*roles, *spans), default=0)
    ordered_roles = sorted(roles.items())
    empty_layout = _empty_layout(roles)
    # whether a row's cells may be a part of the year's (1-6月完成值: a role with @); every
    # role _indicator is given is one of *roles*' (by distance, packed in their order,
    # spanned, merged, moved or split: the roles of the grid's columns), or 分值/得分 (r38d)
    part_columns = any("@" in role for role in roles.values())
    target_distance = next((d for d, r in ordered_roles if r == "target"), None)
    grid_name_column = grid.name_column
    # the header's name column left to the level labels (see _name_span_column): a
    # level 2 repeated there is a label, not the name (regress63 W2)
    levels_column = grid.levels_column
    # a header counting its levels past three (一级…四级指标): every cell left of the
    # name column is a level's, a framework word after a level 2 too (r37n)
    deep_levels = any(
        _DEEP_LEVEL_RE.fullmatch(label) and column == grid_name_column
        for column, label in builder.header_labels
    ) and any(
        label == "三级指标" and column < grid_name_column for column, label in builder.header_labels
    )
    level1_weights: dict[str, Decimal] = {}
    builder.label_weights = {}
    # the rows of a level's points (产出指标 | | | | 50 | 45), checked against their rows
    level_rows: list[_LevelRow] = []
    # rows of the whole block's points (绩效指标 | | | | 100 | 95): row, figures, and how
    # many indicators were read before it
    block_rows: list[tuple[_Row, _LevelPoints, int]] = []
    # bare subtotal rows (小计 | | | | 90 | 85): row, figures, indicators read before it, label
    subtotal_rows: list[_Subtotal] = []
    scored_grid = any(role in ("weight", "points") for role in roles.values())
    most_points = _most_points(rows, grid_name_column, roles) if scored_grid else _MOST_POINTS
    sums = _column_sums(builder, rows, grid_name_column, roles) if scored_grid else None
    # a target cell may hold the actual after it (≥5% 3.1%) where the grid has an actual
    split_cells = scored_grid and "actual" in roles.values()
    serial = _is_serial
    header_level1 = grid.level1_column
    # the duty columns before the levels (年度履职目标, 部门职责: their cells are about)
    duty_columns = frozenset(
        column
        for column, label in builder.header_labels
        if column < grid_name_column and _COLUMN_ROLES[label] == "duty_goal"
    )
    # the columns before the first duty column, left of the levels (序号 | 年度履职目标 |
    # 一级指标 …, 某某列 | 年度履职目标 | …): no label nor name; a 序号 is passed over,
    # another's text kept in about (r35s; before, it was read as the indicator's name)
    # and those between two duty columns (部门职责 | 备注 | 年度履职目标 | 一级指标 …): kept
    # as the lead columns are (r36d; before, 备注's text was read as the name, its goal
    # as the target)
    lead_end, duty_end = min(duty_columns, default=-1), max(duty_columns, default=-1)
    # a header with no duty column at all gives no row a duty (_duty_goals: none to read)
    any_duty_column = any(_COLUMN_ROLES[label] == "duty_goal" for _, label in builder.header_labels)
    if header_level1 is not None and lead_end > header_level1:
        lead_end = duty_end = -1
    last_name_column = -1  # where the previous indicator's name stood
    previous: tuple[int, str] | None = None  # its column and raw name
    name_of = _name_of
    for row_index, (row, by_column) in enumerate(zip(rows, row_labels, strict=True)):
        filled = row.filled
        count = len(filled)
        # A 序号 column: 1, 2, 3… stand before the labels.
        start = 1 if count > 2 and serial(filled[0][1]) else 0  # noqa: PLR2004
        while (
            duty_columns  # (none in most grids: nothing to pass over, r39c)
            and start < count - 1
            and (filled[start][0] in duty_columns or filled[start][0] < duty_end)
        ):
            # 部门职责 | 年度履职目标 | 一级指标 …: the duty cells are no label nor name (r35o;
            # before, one was passed over as a key column and two made the first the name)
            start += 1
        if (
            not start
            and count > 2  # noqa: PLR2004
            and header_level1 is not None
            and filled[0][0] < header_level1
            and by_column[filled[0][0]] is None
            and by_column[filled[1][0]] is not None
        ):
            start = 1  # a key column (指标编码) left of the levels

        labels: list[tuple[int, _Label]] = []
        name_index = -1
        after_level2 = False
        for position in range(start, count):
            column = filled[position][0]
            label = by_column[column]
            if (
                label is None
                and not after_level2
                and header_level1 is not None
                and header_level1 <= column < grid_name_column
            ):
                label = _ditto_label(
                    filled[position][1], column, state.level1_column or header_level1
                ) or _unknown_label(
                    row, column, header_level1, grid_name_column, target_distance, roles
                )
            # After a level-2 label the next cell is the name, even when it reads like
            # a label itself (服务对象满意度 is both a short level 2 and a common name);
            # so is a short label standing where the previous row's name stood.
            # A label in the header's name column after a level of its own, the target
            # column holding a target, is the name too (产出指标 | 成本指标 | 成本指标 | ≤150万元:
            # 成本指标 is also a level 1).
            if label is None or (
                column != levels_column
                and (
                    (after_level2 and not (deep_levels and column < grid_name_column))
                    or (
                        # (_label_is_name's first test inline: a label ending in 指标 is none)
                        not filled[position][1].endswith("指标")
                        and _label_is_name(row, position, roles)
                        and not _statement_in_name_column(row, position, grid_name_column, roles)
                        and not (
                            column < grid_name_column and _scored_only(row, grid_name_column, roles)
                        )
                    )
                    or (
                        not labels
                        and column == last_name_column
                        and position + 1 < count
                        and not _label_text_ends_label(filled[position][1])
                    )
                    or (
                        labels
                        and column == grid_name_column
                        and target_distance is not None
                        and _holds_target(row, column + target_distance)
                        and not _shifted_past_label(row, labels, position, target_distance)
                    )
                    or (column == grid_name_column and row_index in named_levels)
                )
            ):
                name_index = position
                break
            if (
                label.level == 2  # noqa: PLR2004
                and not labels
                and column == header_level1
                and _level2_heads_row(row, position, grid_name_column, target_distance, roles)
            ):
                # 服务对象满意度 | 社会公众满意度 | 群众就医满意度 | ≥90% …: a level-2 word in
                # the 一级 column, a level 2 after it, the row where the header is: level 1
                label = _Label(1, voc.LEVEL2_PARENT.get(label.name or ""), label.weight)
            labels.append((column, label))
            after_level2 = label.level == 2  # noqa: PLR2004
        if name_index < 0:
            # Labels only: they still set level 1 / 2 for the rows below.
            _apply_labels(builder, row, labels, state, cost_is_level1, level1_weights, None)
            continue
        if (
            scored_grid
            and labels
            and labels[-1][0] < grid_name_column
            and (level_points := _level_points_only(row, name_index, grid_name_column, roles))
            is not None
            and (
                (block := all(lb.level == 0 for _, lb in labels))
                or _heads_rows_below(labels, rows, row_labels, row_index, grid_name_column)
                or _level_has_rows(
                    labels, indicators, rows, row_labels, row_index, grid_name_column
                )
            )
        ):
            # 产出指标 | | | | 50 | 45 (or / | / | /) over or after the level's rows: the
            # level's own points, no indicator (r36d: before, a level whose rows print a
            # level 2 of no framework, 履职效能 over 部门履职目标, or a dashed row, became
            # an indicator of no name, missing-name, its points counted twice). Its labels
            # still set the levels of the rows below, and a level 1's 分值 is its weight,
            # as a label's (产出指标（50分）): level1-weight-mismatch when its rows differ.
            # A reason beside the points (| 扣5分) is the level's note (r36m).
            _apply_labels(builder, row, labels, state, cost_is_level1, level1_weights, None)
            if block:
                # 绩效指标 | | | | 100 | 95 (or a bare (100分)): the whole block's points,
                # checked against its rows' sums (r36r: before, over a level of no framework
                # or dashed, an indicator of no name, its points counted twice); its reason
                # a note of the block's
                block_rows.append((row, level_points, len(indicators)))
                if level_points.notes:
                    _level_row(
                        builder, row, "绩效指标", None, level_points._replace(weight=None), {}
                    )
                continue
            # (a row of a level 2's when it prints one; of the level 1's when it prints
            # level 1s only)
            level2 = (
                state.level2 if any(lb.level == 2 or lb.level2 for _, lb in labels) else None  # noqa: PLR2004
            )
            if state.level1 is not None and (
                level2 is not None or all(lb.level == 1 and lb.level2 is None for _, lb in labels)
            ):
                level_rows.append(
                    _level_row(builder, row, state.level1, level2, level_points, level1_weights)
                )
            elif level_points.notes:  # its note kept all the same, no level's figures
                owner = state.level1 or next((lb.name for _, lb in labels if lb.name), "")
                _level_row(builder, row, owner, None, level_points._replace(weight=None), {})
            continue
        if (
            scored_grid
            and not labels
            and state.level1 is None
            and not indicators
            and (level_points := _level_points_only(row, 0, grid_name_column, roles)) is not None
        ):
            # | / | / | / | / | / | 100 | 95 under a 绩效指标 cell merged down the left,
            # before any level: the block's points as a 绩效指标 row's (r36r: before, a
            # dashed one was an indicator of no name, missing-name)
            block_rows.append((row, level_points, len(indicators)))
            if level_points.notes:
                _level_row(builder, row, "绩效指标", None, level_points._replace(weight=None), {})
            continue
        if (
            scored_grid
            and not labels
            and state.level1 is not None
            and filled[0][0] > grid_name_column
            and (level_points := _level_points_only(row, 0, grid_name_column, roles)) is not None
            and (
                level := _unlabelled_level(
                    builder,
                    rows,
                    row_labels,
                    row_index,
                    state,
                    indicators,
                    header_level1,
                    level_rows,
                )
            )
            is not None
        ):
            # | | | | | 50 | 45 under the level's merged cell, after its rows: the level's
            # points as a labelled row's (r36m: before, dropped as a leftover, its 分值
            # no weight of the level's)
            level_rows.append(_level_row(builder, row, *level, level_points, level1_weights))
            continue
        name_column, raw_name = filled[name_index]
        if row.raw is not None:
            raw_name = _unwrapped_name(row.raw, name_column, raw_name)
        values_after = filled[name_index + 1 :]
        blank_name = carried = False
        if (
            labels
            and name_column > grid_name_column
            and labels[-1][0] < grid_name_column
            and last_name_column in (-1, grid_name_column)
            and role_of(name_column - grid_name_column) in _FRAGMENT_ROLES
            and filled[-1][0] - grid_name_column <= last_value_distance
        ):
            # 质量指标 | (blank) | ≥95% | 96% | 10 | 10: the level cells where the header
            # puts them and the name cell empty; the values stay under their columns.
            values_after = filled[name_index:]
            name_column, raw_name = grid_name_column, ""
            blank_name = True
        elif (
            labels
            and scored_grid
            and name_column > grid_name_column
            and labels[-1][0] < grid_name_column
            and last_name_column in (-1, grid_name_column)
            and role_of(name_column - grid_name_column) in _SCORE_ROLES
            and not _heads_rows_below(labels, rows, row_labels, row_index, grid_name_column)
        ):
            if _level_has_rows(labels, indicators, rows, row_labels, row_index, grid_name_column):
                # a subtotal of its level's rows above (| 数量指标 | | | | 20 | 20), or a
                # heading of them: no indicator, and no name column for the rows after it
                # (a nameless level row after it is read as if it came first)
                continue
            # 满意度指标 | 服务对象满意度指标 | (blank) | (blank) | (blank) | 10 | 10: no
            # indicator set, but 分值/得分 printed, which count in the sums; a heading or
            # subtotal of the rows below (产出指标 | | | | 50 | 48 over its rows) is none
            values_after = filled[name_index:]
            name_column, raw_name = grid_name_column, ""
            blank_name = True
        elif (
            # (_SUBTOTAL_RE's last character first: most names end otherwise, r39c)
            raw_name.endswith("计")
            and _SUBTOTAL_RE.fullmatch(raw_name)
            and not any(
                role_of(column - name_column) in ("target", "planned", "actual")
                and _key(text) not in _UNSET_CELLS
                for column, text in values_after
            )
        ):
            # 小计, 产出指标合计 | | | 40 | 40 (or | / | / | 40 | 40: r37j, before an
            # indicator named 产出指标小计): a subtotal of the rows above, no indicator; its
            # figures checked against the rows of its level or of the block (r37b, r37j)
            if (
                scored_grid
                and indicators
                and (subtotal := _level_points_only(row, name_index + 1, grid_name_column, roles))
                is not None
                and (subtotal.weight is not None or subtotal.points is not None)
            ):
                level1 = next((lb.name for _, lb in labels if lb.level == 1), None)
                level2 = next((lb.level2 or lb.name for _, lb in labels if lb.level > 1), None)
                level2 = level2 or next((lb.level2 for _, lb in labels if lb.level2), None)
                subtotal_rows.append(
                    _Subtotal(row, subtotal, len(indicators), _key(raw_name), level1, level2)
                )
            continue
        name_cell: int | None = None  # the name's own column when it spans the levels'
        if (
            not labels
            and header_level1 is not None
            and header_level1 <= name_column < grid_name_column
            and last_name_column in (-1, grid_name_column)  # the rows above where the header is
            and values_after
            and values_after[0][0] > grid_name_column
            and filled[-1][0] - grid_name_column <= last_value_distance
        ):
            # 预算执行率（10分） | (blank) | (blank) | 10 | 100% | 96% | 9.6: a name merged
            # over the level columns, its values under their headers. A merged label above
            # does not reach a row whose own level cell holds its name: no level carried
            # down (the 一级 column: neither level; the 二级: no level 2), and the values
            # read from the header's name column.
            if name_column <= (state.level1_column or header_level1):
                state.level1 = None
            state.level2 = None
            own = _framework_label(raw_name)
            own_level2 = own.name if own is not None and own.level == 2 else None  # noqa: PLR2004
            if own_level2 is not None and own_level2 in voc.LEVEL2_PARENT:
                # 服务对象满意度 | | | ≥90%: a level's word as the name says its levels
                state.level1, state.level2 = voc.LEVEL2_PARENT[own_level2], own_level2
            name_cell, name_column = name_column, grid_name_column
        if (
            previous is not None
            and not labels
            and name_column > previous[0]
            and role_of(name_column - previous[0]) == "target"
            and _reads_as_target(raw_name)
        ):
            # The name merged over two rows that hold two targets: the second row
            # starts at the target (拆除违法建设 | ≥2万平方米 … / (merged) | ≥25处 …).
            values_after = filled[name_index:]
            name_column, raw_name = previous
            carried = True
            blank_name = not raw_name  # below a row of no name
        expected_name_columns = (last_name_column, grid_name_column)
        last_name_column = name_column
        previous = (name_column, raw_name)
        name, core, leftover, leftover_alone, unit = name_of(raw_name)
        if not blank_name and (leftover or (not values_after and leftover_alone)):
            if not _placeholder_with_values(raw_name, name_column, values_after, role_of):
                continue  # a template leftover (指标2:, ……)
            # 指标1 | ≥12处 | 12处: a placeholder name with a value is an indicator, named
            # as the table prints it (r39m: before, every such row was dropped)
            name = raw_name.strip().rstrip(":：、.．")
        if not values_after and not labels:
            if name_column <= grid_name_column or role_of(name_column - grid_name_column) is None:
                continue  # a name alone, 续表, 第 1 页 共 2 页: no indicator
            # a value or a reason alone, no continuation of a row beside it: said, not read
            builder.finding(
                "split-row",
                Severity.WARNING,
                f"第{builder.row_number(row)}行只有“{raw_name}”，未作为指标读取，请核对是否为上下行的续行",
                builder.where(row, name_column),
            )
            continue
        index = len(indicators)
        _apply_labels(builder, row, labels, state, cost_is_level1, level1_weights, index, name)
        # Cells by distance from the name; packed when that leaves the target empty
        # while later cells hold values, or runs past the last value column.
        placed: dict[str, tuple[int, str]] = {}
        # The cells of the columns a value header is merged over (see _merged_spans).
        spanned: list[tuple[int, tuple[int, str]]] | None = None
        moved: dict[int, int] | None = None  # a cell read one column left → its own column
        if len(values_after) > 1 and (
            (past := values_after[-1][0] - name_column == last_value_distance + 1)
            or not _TAIL_CELLS.isdisjoint(row.cells)
        ):
            # a value split over two cells (≥98 | %) pushed the rest of the row right
            values_after, moved = _rejoin_pushed(
                builder, row, values_after, (name_column, role_of, past), index, name
            )
        if values_after:
            packed = values_after[-1][0] - name_column > last_value_distance
            if not packed and target_distance is not None:
                target_column = name_column + target_distance
                cells = row.cells
                # An empty target in a row that stands where the names stand is empty
                # (a blank 年度指标值), not a sign that the row drifted.
                packed = (
                    target_column >= len(cells) or not cells[target_column]
                ) and name_column not in expected_name_columns
        else:
            packed = False
        if packed:
            for cell, (_, role) in zip(values_after, ordered_roles, strict=False):
                if role not in placed:
                    placed[role] = cell
            builder.finding(
                "layout-normalised",
                Severity.INFO,
                f"指标“{name}”的单元格与表头未对齐，已按顺序归入各列",
                builder.where(row, name_column, indicator=index, name=name),
            )
        else:
            for cell in values_after:
                distance = cell[0] - name_column
                column_role = role_of(distance)
                # (the tests of a tick column's cell, under one test of the column: most
                # grids have none, r38d)
                tick = ticks.get(distance) if ticks else None
                if tick is not None:
                    if column_role is not None and cell[1] in _TICKS:
                        # √ under 经费保障 says 经费保障; several reasons may be ticked
                        if column_role in placed:
                            column, words = placed[column_role]
                            placed[column_role] = (
                                # two likelihoods ticked: marked so that none is read
                                (column, f"{'' if words[0] == '√' else '√'}{words} √{tick}")
                                if column_role == "likelihood"
                                else (column, f"{words}、{tick}")
                            )
                        else:
                            placed[column_role] = (cell[0], tick)
                        continue
                    if cell[1] in _UNCHECKED:
                        continue  # ☐ under 有可能: an empty box, no tick
                    if column_role in placed:
                        # √ under 经费保障 and the words under 其他: both are the reason
                        column, words = placed[column_role]
                        placed[column_role] = (column, f"{words}；{tick}：{cell[1]}")
                        continue
                    if column_role == "reason":  # (and so not placed)
                        # words under 其他 and no tick on the row: the category stays (xlsx23)
                        placed[column_role] = (cell[0], f"{tick}：{cell[1]}")
                        continue
                if column_role is not None:
                    if column_role not in placed:
                        placed[column_role] = cell
                elif (
                    spans
                    and distance in spans
                    and name_column == grid_name_column
                    and not _spills_into_value(builder.sheet, row.at, cell[0], name_column, roles)
                ):
                    # (a row whose name drifted from the header's column may have its
                    # values where they were: the empty header cells say nothing then)
                    if spanned is None:
                        spanned = []
                    spanned.append((spans[distance], cell))
            if spanned is not None:
                _join_spanned(builder, grid, row, roles, placed, spanned, name_column, index, name)
            if moved:
                placed = {role: (moved.get(c, c), text) for role, (c, text) in placed.items()}
            elif builder.sheet.merges:
                _merged_values(builder.sheet, row, name_column, ordered_roles, placed)
            offsets.append((name_column - grid_name_column, row, name_column, index, name))
            if scored_grid and not moved and spanned is None and not carried:
                shifted = _short_at_name_side(
                    row, name_column, raw_name, roles, placed, most_points, sums
                )
                if shifted is not None and shifted[2]:
                    placed = shifted[0]
                    builder.finding(
                        "layout-normalised",
                        Severity.INFO,
                        f"第{builder.row_number(row)}行比表头少1格且缺少实际完成值，"
                        f"末尾两个数字按分值“{placed['weight'][1]}”、得分“{placed['points'][1]}”读取",
                        builder.where(row, name_column, indicator=index, name=name),
                    )
                elif shifted is not None:
                    placed, shift, _ = shifted
                    builder.finding(
                        "layout-normalised",
                        Severity.INFO,
                        f"第{builder.row_number(row)}行比表头少{shift}格且缺少指标名称，"
                        f"末尾两个数字按分值“{placed['weight'][1]}”、得分“{placed['points'][1]}”读取，"
                        f"其余各格按顺序后移{shift}列",
                        builder.where(row, name_column, indicator=index, name=""),
                    )
                    name, core, leftover, leftover_alone, unit = name_of("")
                    raw_name = ""
                    blank_name = True
        if (
            scored_grid
            and (not blank_name or (not carried and not raw_name.strip()))
            and raw_name.strip() in _UNSET_CELLS
            and _scored_row(placed)
            and all(
                text.strip() in _UNSET_CELLS
                for role, (_, text) in placed.items()
                if role in _SET_ROLES
            )
        ):
            if _level_has_rows(labels, indicators, rows, row_labels, row_index, grid_name_column):
                # | 数量指标 | / | / | / | 20 | 20 after (or before) rows of 数量指标: their
                # subtotal typed with dashes, no indicator, as with the cells blank
                if offsets and offsets[-1][1] is row:
                    offsets.pop()
                continue
            # / | / | / (无 | 无 | 无) with 10 | 10: no indicator was set, not one that does
            # not apply (不适用 says that) nor one met; the cells keep their text in raw_name
            # and the finding. The name cell empty (| 可持续影响指标 | (blank) | / | / | 10 |
            # 10) is the same row.
            placed = {role: cell for role, cell in placed.items() if role not in _SET_ROLES}
            name = ""
            blank_name = True
        uncarried = ""
        if (
            carried
            and not blank_name
            and indicators
            and indicators[-1].name == name
            and builder.sheet.merged(row.at, name_column) is not True
        ):
            uncarried = _other_indicator_below(indicators[-1], placed, year)
            if uncarried:
                # ≥35万平方米 under 加装电梯数量 ≥40台: no continuation of that indicator
                # but one whose name was left out (read57 #12)
                name, core, leftover, leftover_alone, unit = name_of("")
                raw_name = ""
                blank_name, carried = True, False
                previous = (name_column, "")
        target_cell = placed.get("target")
        if target_cell is not None and " " in target_cell[1] and split_cells:
            # ≥5% 3.1% in one cell, the row one cell short
            placed = _split_target_and_actual(
                builder, row, placed, (values_after, name_column, role_of), index, name
            )
        if name_cell is not None and (points := _end_points(name)) is not None:
            # 预算执行率（10分） over the level columns: the name is 预算执行率, the points
            # its 分值 when no 分值 cell prints one (as a level label's are)
            name = _NAME_POINTS_RE.sub("", name) or name
            if "weight" not in placed:
                placed["weight"] = (name_cell, str(points))
        indicator = _indicator(
            builder,
            row,
            year,
            state,
            name,
            raw_name,
            core,
            name_column,
            placed,
            index,
            unit,
            layout=empty_layout,
            name_cell=name_cell,
            part_columns=part_columns,
        )
        duties = _duty_goals(builder, row, state, name_column) if any_duty_column else []
        leads = _lead_texts(builder, row, duty_end, duty_columns) if duty_end > 0 else []
        if duties or leads:
            # in column order: a column between two duty columns between them (r36d)
            kept = sorted((*leads, *duties), key=lambda said: said[1].column)
            about = "；".join(filter(None, (*(text for text, _ in kept), indicator.about)))
            duty_cells = (("duty_goal" + "+" * n, at) for n, (_, at) in enumerate(duties))
            lead_cells = (("lead" + "+" * n, at) for n, (_, at) in enumerate(leads))
            indicator = evolve(
                indicator, about=about, cells=(*indicator.cells, *lead_cells, *duty_cells)
            )
        if target_cell is not None and indicators and _key(target_cell[1]) in _DITTO_MARKS:
            indicator = _target_from_above(indicator, indicators[-1])
        reason = indicator.deviation_reason
        if reason and reason[0] == "同" and indicators and _key(reason) in _SAME_AS_ABOVE:
            indicator = _reason_from_above(builder, row, indicator, indicators[-1], index)
        dashed_not_applicable = blank_name and _dashed_row_not_applicable(indicator)
        if dashed_not_applicable:
            indicator = evolve(
                indicator,
                target=NotApplicable(indicator.raw_name.strip() or "/"),
                actual=NotApplicable(indicator.raw_name.strip() or "/"),
            )
        indicators.append(indicator)
        if dashed_not_applicable:
            pass  # / | / | / beside 本项目不涉及: a row that does not apply, no defect (se33 M2)
        elif blank_name or carried or joins or raw_name.endswith("指标"):
            _note_row(
                builder, row, indicator, index, joins.get(row.at), blank=blank_name, why=uncarried
            )
            if carried and not blank_name and (not scored_grid or _scored_row(placed)):
                _note_carried_name(builder, row, name_column, grid_name_column, index, name)
    _note_drift(builder, offsets)
    builder.level1_weights = level1_weights
    indicators = _share_merged_weights(builder, indicators)
    for level_row in level_rows:
        _check_level_row(builder, level_row, indicators)
    for block_row, block_points, before in block_rows:
        # the rows after it, or, printed after them, the rows above
        under = indicators[before:] or indicators[:before]
        _check_block_row(builder, block_row, block_points, under, "“绩效指标”")
    after = 0
    for closing in subtotal_rows:
        # the rows since the subtotal before it are the ones it closes
        _check_subtotal(builder, closing, indicators[after : closing.before], indicators)
        after = closing.before
    for total_row in builder.block_subtotals if scored_grid else ():
        # 合计 | | | | | 90 | 85 after the grid, a 总分 row after it
        head_column, head_text = total_row.filled[0]
        subtotal = _level_points_only(total_row, 1, grid_name_column, roles)
        if (
            subtotal is not None
            and (subtotal.weight or subtotal.points)
            and head_column < grid_name_column
        ):
            _check_block_row(builder, total_row, subtotal, indicators, f"“{_key(head_text)}”")
    return indicators


class _Subtotal(NamedTuple):
    """A subtotal row inside the grid (``小计``, ``产出指标小计``, ``效益指标合计``)."""

    row: _Row
    points: _LevelPoints
    before: int  # how many indicators were read before it
    label: str  # its name cell, keyed
    level1: str | None  # the level labels the row prints (产出指标 | | 小计, or merged down)
    level2: str | None


# the subtotal word after a level's name (产出指标小计, 效益指标合计)
_SUBTOTAL_WORD_RE: Final = re.compile(r"(?:小计|合计|总计)$")


def _check_subtotal(
    builder: _Builder, subtotal: _Subtotal, closed: list[Indicator], indicators: list[Indicator]
) -> None:
    """``level-points-mismatch``: a subtotal row's 分值 and 得分 against the rows it adds up.

    Whose rows: the level its name says (``产出指标小计``, ``数量指标合计``), else the level
    its row prints (``产出指标 | | 小计``, the level cell merged down over it), else the
    rows it *closed* (those since the subtotal before it) when they are one level 1's
    (one level 2's when the level 1 has rows of another: ``小计`` after each group, r37j;
    before, a subtotal between groups went unchecked and the last one was taken for the
    whole block's). A bare ``小计`` closing all the rows, or a ``绩效指标合计`` after the last
    indicator, is the whole block's, checked as a ``绩效指标`` row (r37b); one closing
    rows of several levels in the middle is unsaid.
    """
    label = subtotal.label
    prefix = _SUBTOTAL_WORD_RE.sub("", label)
    named = _framework_label(prefix) if prefix else None
    level1, level2 = subtotal.level1, subtotal.level2
    if named is not None and named.level == 1:
        level1, level2 = named.name, None
    elif named is not None and named.level == 2:  # noqa: PLR2004
        level1, level2 = None, named.name
    elif prefix in {"", "指标", "绩效指标"} and (
        (prefix and subtotal.before == len(indicators))
        or (level1 is None and level2 is None and len(closed) == len(indicators))
    ):
        # 绩效指标合计 after the last indicator, or one 小计 closing them all: the block's
        _check_block_row(builder, subtotal.row, subtotal.points, indicators, f"“{label}”")
        return
    elif prefix or (level1 is None and level2 is None and not closed):
        return  # 培训小计: a subtotal of no level the table names, unsaid
    if level1 is None and level2 is None:
        firsts = {i.level1 for i in closed}
        if len(firsts) != 1:
            return  # rows of several levels closed in the middle: unsaid
        (level1,) = firsts
        seconds = {i.level2 for i in closed}
        whole = [i for i in indicators if i.level1 == level1]
        if len(whole) > len(closed) and len(seconds) == 1:
            (level2,) = seconds
    if level1 is None:  # a level 2 named: the level 1 of the rows it closed
        firsts = {i.level1 for i in closed if i.level2 == level2}
        level1 = next(iter(firsts)) if len(firsts) == 1 else None
    under = [
        i
        for i in indicators
        if (level1 is None or i.level1 == level1) and (level2 is None or i.level2 == level2)
    ]
    if named is not None:
        owner = f"“{label}”"
    elif level2 is not None:
        owner = f"二级指标“{level2}”的“{label}”"
    else:
        owner = f"一级指标“{level1}”的“{label}”"
    _check_points(builder, subtotal.row, subtotal.points, under, owner, with_weight=True)


def _check_block_row(
    builder: _Builder, row: _Row, points: _LevelPoints, under: list[Indicator], owner: str
) -> None:
    """``level-points-mismatch``: a row of the whole block's points against its rows' sums.

    ``绩效指标 | | | | 100 | 95`` (r36r), a bare ``小计 | | | | 90 | 85`` after the last
    indicator (r37b). Its 分值 is its rows', or theirs and the budget rate's (100 over
    rows of 90 and 年度资金总额's 10: its 得分 then counts the rate's too); a 分值 that is
    neither is said, naming both sums (r37b: before, unsaid), unless no rate's 分值 was
    read and it is above its rows' (the rest may be the policy's rate weight). Without a
    分值 (or with one that is neither), its 得分 may be either reading: it is said when it
    is neither (r37b: before, a row printing its 得分 alone went unchecked).
    """
    weights = [i.weight for i in under]
    if not under:
        return
    rate = next((b for b in builder.budget if b.role is BudgetRole.TOTAL), None)
    rate_weight = rate.weight if rate is not None else None
    rate_points = rate.published_points if rate is not None else None
    cell = points.weight
    weight = _number(_key(cell[1])) if cell is not None else None
    added = sum((w for w in weights if w is not None), Decimal(0))
    if cell is not None and weight is not None and None not in weights:
        if weight == added:
            _check_points(builder, row, points, under, owner, with_weight=False)
            return
        if rate_weight is not None and weight == added + rate_weight:
            # theirs and the rate's: its 得分 too, when the rate prints one
            if rate_points is not None:
                _check_points(
                    builder, row, points, under, owner, with_weight=False, rate_points=rate_points
                )
            return
        if rate_weight is None and weight > added:
            return  # no rate's 分值 read: the rest may be the policy's rate weight, unsaid
        with_rate = (
            f"（计入预算执行率分值{_points_text(rate_weight)}为{_points_text(added + rate_weight)}）"
            if rate_weight is not None
            else ""
        )
        builder.findings.append(
            Finding(
                "level-points-mismatch",
                Severity.WARNING,
                f"{owner}填报分值{_points_text(weight)}，其下各项分值合计{_points_text(added)}"
                + with_rate,
                builder.where(row, cell[0]),
                figures=(Figure("published", weight), Figure("added", added)),
            )
        )
    _check_either_points(builder, row, points, under, owner, rate_points)


def _check_either_points(  # noqa: PLR0913, PLR0917
    builder: _Builder,
    row: _Row,
    points: _LevelPoints,
    under: list[Indicator],
    owner: str,
    rate_points: Decimal | None,
) -> None:
    """A block row's 得分 of no 分值 that says whose: its rows', or theirs and the rate's.

    ``绩效指标 | | | | | 80`` over rows of 85 and a rate's 10: neither 85 nor 95, said
    (``level-points-mismatch``) with both sums; 85 or 95 passes (r37b). With no rate's
    得分 read, only a 得分 below the rows' is said (the rest may be the rate's).
    """
    if points.points is None:
        return
    printed = _number(_key(points.points[1]))
    figures = [i.published_points for i in under]
    if printed is None or None in figures:
        return
    added = sum((f for f in figures if f is not None), Decimal(0))
    places = max((-f.as_tuple().exponent for f in figures if f is not None), default=0)  # type: ignore[operator]
    own = -printed.as_tuple().exponent  # type: ignore[operator]
    slack = Decimal(5).scaleb(-own - 1) if own < places else Decimal(0)
    sums = [added] if rate_points is None else [added, added + rate_points]
    if any(abs(total - printed) <= slack for total in sums):
        return
    if rate_points is None and printed > added:
        return  # no rate's 得分 read: the rest may be the rate's, unsaid
    with_rate = (
        f"（计入预算执行率得分{_points_text(rate_points)}为{_points_text(added + rate_points)}）"
        if rate_points is not None
        else ""
    )
    builder.findings.append(
        Finding(
            "level-points-mismatch",
            Severity.WARNING,
            f"{owner}填报得分{_points_text(printed)}，其下各项得分合计{_points_text(added)}"
            + with_rate,
            builder.where(row, points.points[0]),
            figures=(Figure("published", printed), Figure("added", added)),
        )
    )


def _lead_texts(
    builder: _Builder, row: _Row, duty_end: int, duty_columns: frozenset[int]
) -> list[tuple[str, Position]]:
    """The text of *row* in the columns before its grid's last duty column, under its header.

    ``某某列 | 年度履职目标 | 一级指标 | …``: the cell of 某某列 is none of the row's values
    nor a label; it is kept as ``某某列：…`` (r35s), and so is a column between two duty
    columns (``部门职责 | 备注 | 年度履职目标 | …``, r36d). A 序号 column (and a serial
    number under any header) is passed over; only the row's own cell, never one from above.
    """
    headers = dict(builder.header_labels)
    kept = []
    for column, text in row.filled:
        if column >= duty_end:
            break
        if column in duty_columns:
            continue
        header = "".join(headers.get(column, "").split())
        if _label(header) in _SERIAL_HEADERS or _is_serial(text) or not _states(text):
            continue
        said = f"{header or '说明'}：{_unwrapped_text(row, column, text.strip())}"
        kept.append((said, builder.position(row, column)))
    return kept


def _duty_goals(
    builder: _Builder, row: _Row, state: _GridState, name_column: int
) -> list[tuple[str, Position]]:
    """The duties the indicator of *row* serves, each under its header, and their cells.

    A 部门整体 target table prints the department's duty goals in a column before the
    levels (``年度履职目标 | 一级指标 | … ``, ``目标1：完成国土空间规划编制`` merged down
    over the goal's rows), or its duties (``部门职责 | 一级指标 | …``,
    ``负责全县国土空间规划编制和实施`` merged down): the last one printed in each such
    column is the row's (r35k; 部门职责, 主要职责 r35o; before, the column was dropped
    without a word, and a 部门职责 header was taken for a note and lost the grid). In
    column order; none without such a column or before its first cell.
    """
    for column, label in builder.header_labels:
        if column >= name_column or _COLUMN_ROLES[label] != "duty_goal":
            continue
        text = row.cells[column].strip() if column < len(row.cells) else ""
        if text and _states(text):
            header = "".join(label.split())
            said = f"{header}：{_unwrapped_text(row, column, text)}"
            state.duty_goals[column] = (said, builder.position(row, column))
    return [state.duty_goals[column] for column in sorted(state.duty_goals)]


# What a dashed row's 偏差原因 writes to say the row does not apply (本项目不涉及,
# 不涉及, 不适用, 本年度无此项): its / | / | / are then 不适用, no row left unset.
_NOT_APPLICABLE_REASON_RE: Final = re.compile(
    r"(?:本项目|该项目|本项|该项|此项|本单位|本部门|本年度?|今年|当年)?"
    r"(?:不涉及|未涉及|暂不涉及|暂未涉及|不适用|无此项|无此类?(?:业务|事项|指标)?)"
    r"(?:此项|该项|本项)?(?:指标|内容|事项|业务)?"
)


def _dashed_row_not_applicable(indicator: Indicator) -> bool:
    """Whether a dashed row (``/ | / | /`` with 分值) says in its reason it does not apply.

    ``效益指标 | 生态效益指标 | / | / | / | 5 | 5 | 本项目不涉及``: the reason says the
    row does not apply, so its ``/`` cells are rule 1's 不适用 and the row is left out
    and the rest rescaled (scoring.md rule 1), not an indicator with nothing set.
    """
    reason = _key(indicator.deviation_reason).rstrip("。.")
    return (
        indicator.target is None
        and indicator.actual is None
        and indicator.planned is None
        and bool(reason)
        and _NOT_APPLICABLE_REASON_RE.fullmatch(reason) is not None
    )


# A (role, position) pair's position, and a position's column (for _empty_places).
_POSITION_OF: Final = itemgetter(1)
_COLUMN_OF: Final = attrgetter("column")


def _empty_places(
    cells: Sequence[tuple[str, Position]],
    position: Position,
    layout: _EmptyLayout,
    name_column: int,
) -> list[tuple[str, Position]]:
    """The places of a row's empty 纠偏措施 and 偏差原因 cells, to add to its *cells*.

    ``corrective-place``: when the grid has a 纠偏措施 column and the row left it empty
    (a filled one is ``corrective``); a grid whose column is empty in every row still
    asks each row in trouble for its measures, at that row (monitor21 M1).

    ``reason-place`` (tr32 M3): a blank reason cell, often the row's last (the line
    ends in a tab and the cell is dropped), keeps its column: ``missing-deviation-reason``
    points at it (H17), where the reason is to be written, not at the name cell. Only
    when the grid has the column, and only on a row whose value cells stand at their
    columns' distances from the name: a packed row (layout-normalised) has no sure
    place for its reason.

    Worked out before the indicator is built (an ``evolve`` per row cost reading 10 %),
    from the grid's *layout* (:func:`_empty_layout`, once per grid).
    """
    places: list[tuple[str, Position]] = []
    corrective, reason, distances = layout
    # the row's cells by role: _indicator gives each value role at most once (its placed
    # cells', keys of a dict; a part's plan or actual only when no cell of the role is
    # placed), so each such cell is found under its role (r38d: no test per cell)
    at_role = dict(cells)
    reason_filled = "reason" in at_role
    actual_filled = "actual" in at_role
    points_filled = "points" in at_role
    if corrective is not None and "corrective" not in at_role:
        column = name_column + corrective + 1
        places.append(
            ("corrective-place", _new_position(position.file, position.sheet, position.row, column))
        )
    actuals = distances.get("actual")
    points = distances.get("points")
    if (
        (reason_filled or reason is None)
        and (actual_filled or not actuals)
        and (points_filled or not points)
    ):
        return places
    # every value cell at the distance of each column of its role (as many as the header
    # has): the grid's roles with distances asked of the row, not the row's every cell
    aligned = False
    for role, at_distances in distances.items():
        cell = at_role.get(role)
        if cell is None or not at_distances:
            continue
        for at in at_distances:
            if cell.column != name_column + at + 1:
                return places
        aligned = True
    if not aligned:
        return places
    # the columns the row's cells and places take (mapped in C: no comprehension's
    # frame per row, r39c; the same set)
    taken = set(map(_COLUMN_OF, map(_POSITION_OF, cells)))
    taken.update(map(_COLUMN_OF, map(_POSITION_OF, places)))
    file, sheet, row = position.file, position.sheet, position.row
    if not reason_filled and reason is not None:
        column = name_column + reason + 1
        if column not in taken:
            taken.add(column)
            places.append(("reason-place", _new_position(file, sheet, row, column)))
    if not actual_filled and actuals:
        # ``actual-place``: a blank 实际完成值 cell, where missing-actual points (score56 #9)
        column = name_column + actuals[0] + 1
        if column not in taken:
            taken.add(column)
            places.append(("actual-place", _new_position(file, sheet, row, column)))
    if not points_filled and points:
        # ``points-place``: a blank 得分 cell, where missing-points points (r36p; it
        # pointed at the name cell)
        column = name_column + points[0] + 1
        if column not in taken:
            places.append(("points-place", _new_position(file, sheet, row, column)))
    return places


def _unreadable_weight(text: str) -> bool:
    """Whether a 分值 cell's *text* is something, but no figure (待定, x).

    Not blank, a placeholder (—, /, 无), an Excel error, or a figure written otherwise.
    """
    return bool(text.strip()) and not (
        _key(text) in _AMOUNT_PLACEHOLDERS
        or _is_excel_error(text)
        or _points_figure(text) is not None
    )


class _EmptyLayout(NamedTuple):
    """What :func:`_empty_places` needs of a grid's roles, worked out once per grid."""

    corrective: int | None  # the distance of the first 纠偏措施 column
    reason: int | None  # the distance of the first 偏差原因 column
    # target, planned, actual → the distances of their columns, in the header's order
    distances: dict[str, tuple[int, ...]]


def _empty_layout(roles: Mapping[int, str]) -> _EmptyLayout:
    """What :func:`_empty_places` needs of a grid's *roles* (distance → role)."""
    where: dict[str, int] = {}
    distances: dict[str, list[int]] = {}
    for at, role in roles.items():
        where.setdefault(role, at)  # the first column of a role, as before
        if role in ("target", "planned", "actual", "points"):
            distances.setdefault(role, []).append(at)
    return _EmptyLayout(
        where.get("corrective"),
        where.get("reason"),
        {role: tuple(ats) for role, ats in distances.items()},
    )


# A reason cell that points at the row above's reason (同上, 同上。, 同上行).
_SAME_AS_ABOVE: Final = frozenset(
    f"{word}{stop}" for word in ("同上", "同上行", "同上一行") for stop in ("", "。", ".")
)


def _reason_from_above(
    builder: _Builder, row: _Row, indicator: Indicator, above: Indicator, index: int
) -> Indicator:
    """A reason of ``同上``: the reason of the indicator above, said (``reason-carried``).

    The cell's position stays the indicator's; the finding quotes the cell's text. When
    the indicator above gives no reason, ``同上`` stays the reason as printed.
    """
    carried = above.deviation_reason
    if not _states(carried) or _key(carried) in _SAME_AS_ABOVE:
        return indicator
    position = indicator.cell_of("reason")
    column = position.column - 1 if position is not None else 0
    builder.finding(
        "reason-carried",
        Severity.INFO,
        f"“{indicator.name}”偏差原因填写“{indicator.deviation_reason}”，"
        f"已沿用上一行“{above.name}”的偏差原因",
        builder.where(row, column, indicator=index, name=indicator.name),
    )
    return evolve(indicator, deviation_reason=carried)


def _target_from_above(indicator: Indicator, above: Indicator) -> Indicator:
    """A target of ``〃`` or ``同上`` (:data:`_DITTO_MARKS`): the target of the indicator above.

    ``群众满意度 | ≥90%`` then ``学员满意度 | 同上``: the second row's target is ``≥90%``, in
    the unit of the row above, as a ditto mark in a level column is the level above's
    (k32r). The cell's position stays the row's; when the row above has no target, or
    one that is itself a ditto mark it could not resolve, the mark stays as printed.

    Example:
        >>> from perftrack import parse_target
        >>> above = Indicator("群众满意度", target=parse_target("≥90%"))
        >>> row = Indicator("学员满意度", target=parse_target("同上"))
        >>> _target_from_above(row, above).target == above.target
        True
    """
    carried = above.target
    if carried is None or _key(str(carried)) in _DITTO_MARKS:
        return indicator
    return evolve(indicator, target=carried)


def _rejoin_pushed(  # noqa: PLR0913, PLR0917
    builder: _Builder,
    row: _Row,
    values: tuple[tuple[int, str], ...],
    layout: tuple[int, Callable[[int], str | None], bool],
    index: int,
    name: str,
) -> tuple[tuple[tuple[int, str], ...], dict[int, int] | None]:
    """A row's value cells with the one value a converter split over two cells joined.

    A bare unit after a figure, or a deadline's tail after a date, in the next cell
    (``补助资金审核准确率 | ≥98 | % | 96% | 20 | 18``, ``2024年12月 | 底前 | 2025年2月``),
    the figure or date under a target, planned, actual or forecast column and the
    tail under another value column (an actual, a 分值: where a unit or ``底前`` alone
    means nothing), or past the header's last column: the two are one value, in
    the first one's column, and the cells after them move back one column, each
    under its header again. Said with a ``layout-normalised`` info. Only when the
    row holds one such pair: anything else is left as it was (the row is then read
    by its columns, or in order). *layout* is the name's column, the role of a
    distance from it, and whether the row runs one cell past the header. The cells
    moved are returned too, by the column they are read at, with their own column
    (where the indicator says they stand).
    """
    name_column, role_of, past = layout
    pairs = [
        position
        for position in range(len(values) - 1)
        if values[position + 1][0] == values[position][0] + 1
        and _key(values[position + 1][1]) not in _DONE_WORDS  # 2024年12月 | 完成: a value
        and _is_fragment(values[position][1], values[position + 1][1])
    ]
    if len(pairs) != 1:
        return values, None  # two could be the split value (≥98 | % | 96 | %): unsure
    (position,) = pairs
    head_column, tail_column = values[position][0], values[position + 1][0]
    if role_of(head_column - name_column) not in _SPANNED_ROLES or not (
        past or role_of(tail_column - name_column) in _PUSHED_ROLES
    ):
        return values, None  # ≥98 | % under 指标值 | 单位: the unit's own column
    (column, head), (_, tail) = values[position], values[position + 1]
    builder.finding(
        "layout-normalised",
        Severity.INFO,
        f"指标“{name}”的“{head}”与“{tail}”分在相邻两格，已合并为“{head}{tail}”，"
        "其后各格前移一列按表头读取",
        builder.where(row, column + 1, indicator=index, name=name),
    )
    after = values[position + 2 :]
    joined = (*values[:position], (column, head + tail), *((c - 1, text) for c, text in after))
    return joined, {c - 1: c for c, _ in after}


def _split_target_and_actual(  # noqa: PLR0913, PLR0917
    builder: _Builder,
    row: _Row,
    placed: dict[str, tuple[int, str]],
    cells: tuple[tuple[tuple[int, str], ...], int, Callable[[int], str | None]],
    index: int,
    name: str,
) -> dict[str, tuple[int, str]]:
    """*placed* with a target cell that holds the actual after it (``≥5% 3.1%``) split.

    A converter that merged two columns of a page writes target and actual into one
    cell, and the row is one cell short: ``辖区刑事案件发案率下降 | ≥5% 3.1% | 20 | 15``.
    A target cell of two parts, the first a comparison or a date that ends in its unit
    (``≥5%``, ``≤420万元``, ``2024年11月底前``) and the second a figure (``3.1%``,
    ``2024年12月``), is target and actual when the actual column holds a bare number
    that the next column's header makes the 分值: the row is one cell short, and every
    cell after the target is read under the header one column to its right (20 the
    分值, 15 the 得分), said with a ``layout-normalised`` info. Any other row keeps the
    cell as it is (a descriptive target; an empty actual stays missing): the 分值 is
    never read as the actual. *cells* are the row's
    filled cells after its name, the name's column and the role of a distance from it.
    """
    column, text = placed["target"]
    parts = text.split(" ")
    if len(parts) != 2:  # noqa: PLR2004
        return placed
    head, tail = parts
    if not (
        (head[0] in _OPERATOR_FIRSTS or "年" in head)
        and not head[-1].isdigit()
        and tail[:1].isdigit()
        and any(character.isdigit() for character in head)  # = 0: an operator, a spaced figure
        and _reads_as_target(head)
    ):
        return placed
    try:
        if isinstance(parse_value(tail), TextValue):
            return placed
    except ExpressionError:
        return placed
    values, name_column, role_of = cells
    actual = placed.get("actual")
    # Only a row one cell short, its 分值 standing in the actual column: an empty actual
    # beside a target of two parts (≤15个工作日 30个工作日) is far more often an actual
    # not filled in than two columns merged, and stays missing.
    if actual is None or not (
        _BARE_NUMBER_RE.fullmatch(_key(actual[1]))
        and role_of(actual[0] + 1 - name_column) == "weight"
    ):
        return placed
    shifted: dict[str, tuple[int, str]] = {}
    for cell in values:
        role = role_of(cell[0] + 1 - name_column) if cell[0] > column else None
        if role is not None and role not in shifted:
            shifted[role] = cell
    placed = {
        role: cell for role, cell in placed.items() if cell[0] <= column and role != "actual"
    } | shifted
    placed["target"], placed["actual"] = (column, head), (column, tail)
    builder.finding(
        "layout-normalised",
        Severity.INFO,
        f"指标“{name}”的年度指标值“{text}”中含两个值，"
        f"已拆分为年度指标值“{head}”与实际完成值“{tail}”，其后各格后移一列按表头读取",
        builder.where(row, column, indicator=index, name=name),
    )
    return placed


_BARE_NUMBER_RE: Final = re.compile(r"\d+(?:\.\d+)?")
# The cells a pushed row's split may have left alone in a value column: a unit, a
# deadline's tail (the cheap test before _rejoin_pushed looks closer).
_TAIL_CELLS: Final = (
    voc.KNOWN_UNITS
    | frozenset(voc.UNIT_ALIASES)
    | _DATE_TAILS
    | {tail + done for tail in _DATE_TAILS for done in _DONE_WORDS}
    | {"％"}
)
# The columns such a tail may have been pushed into (where it alone means nothing).
_PUSHED_ROLES: Final = frozenset({"target", "planned", "actual", "forecast", "weight", "points"})


def _join_spanned(  # noqa: PLR0913, PLR0917
    builder: _Builder,
    grid: _GridColumns,
    row: _Row,
    roles: dict[int, str],
    placed: dict[str, tuple[int, str]],
    spanned: list[tuple[int, tuple[int, str]]],
    name_column: int,
    index: int,
    name: str,
) -> None:
    """Read the cells under a value header merged over several columns as its value.

    The one filled cell is the value wherever it stands; two or three are joined as
    a sub-header would join them: operator and value (``≥`` | ``1800公里``), value and
    unit (``95`` | ``%``). Any other pair (``≥1500公里`` | ``1800公里``) is joined with
    ``；`` and a ``grid-column-duplicate`` warning names the cells.
    """
    by_header: dict[int, list[tuple[int, str]]] = {}
    for distance, cell in spanned:
        by_header.setdefault(distance, []).append(cell)
    for distance, cells in by_header.items():
        role = roles.get(distance)
        if role not in _SPANNED_ROLES:
            continue  # a sub-header renamed the column (指标性质 under 指标值)
        head = placed.get(role)
        if head is not None and head[0] != name_column + distance:
            continue  # the role's cell stands in a sub-header column of its own
        parts = [head, *cells] if head is not None else cells
        texts = [text for _, text in parts]
        joined = _joined_cells(texts)
        if joined is None:
            joined = "；".join(texts)
            header = grid.row
            header_column = grid.name_column + distance
            listed = "、".join(
                f"{builder.position(row, column).cell}“{text}”" for column, text in parts
            )
            builder.finding(
                "grid-column-duplicate",
                Severity.WARNING,
                f"指标“{name}”的{len(parts)}格内容（{listed}）同在合并表头"
                f"“{header.cells[header_column]}”（{builder.position(header, header_column).cell}）"
                f"下，无法判断哪一格是{_SINGLE_VALUE_ROLES[role]}，已合并读取为“{joined}”",
                builder.where(row, parts[-1][0], indicator=index, name=name),
            )
        placed[role] = (parts[0][0], joined)


def _joined_cells(texts: list[str]) -> str | None:
    """The cells under one merged value header as one text, or None when that is unclear.

    A date and its tail broken off into the next column (``2024年12月`` | ``底前完成``,
    ``2025年1月`` | ``完成``) are one date, joined without a separator.

    Example:
        >>> _joined_cells(["≥", "1800公里"]), _joined_cells(["95", "%"])
        ('≥1800公里', '95%')
        >>> _joined_cells(["2024年12月", "底前完成"]), _joined_cells(["2024年6月30日", "前"])
        ('2024年12月底前完成', '2024年6月30日前')
        >>> _joined_cells(["1800公里"]), _joined_cells(["≥1500公里", "1800公里"])
        ('1800公里', None)
    """
    if len(set(texts)) == 1:
        return texts[0]  # one text, or the same in each column
    first, *middle, last = texts
    operator = _key(first) in _OPERATOR_CELLS or _key(first) in _NO_OPERATOR_CELLS
    unit = _is_unit_cell(last)
    if len(texts) == 2:  # noqa: PLR2004
        if _is_date_tail(last) and _DATE_HEAD_RE.search(_key(first)):
            return first + last
        if operator:
            return _joined_target(first, last, "")
        if unit and first[-1:].isdigit():
            return _joined_target("", first, last)
        return None
    if len(texts) == 3 and operator and unit and middle[0][-1:].isdigit():  # noqa: PLR2004
        return _joined_target(first, middle[0], last)
    return None


def _is_unit_cell(text: str) -> bool:
    """A cell that holds a unit alone (公里, %, 万元): short, no digit."""
    key = _key(text)
    return 0 < len(key) <= _LONGEST_UNIT and not any(ch.isdigit() for ch in key)


# The value cells a merged range fills: a target merged down over the rows of one
# 二级指标, 已完成 merged across 计划完成值 and 实际完成值.
_MERGED_VALUE_ROLES: Final = frozenset({"target", "planned", "actual"})


def _merged_values(
    sheet: Sheet,
    row: _Row,
    name_column: int,
    ordered_roles: Sequence[tuple[int, str]],
    placed: dict[str, tuple[int, str]],
) -> None:
    """Fill, in place, the empty target, planned and actual cells a merged range covers.

    A source that records merges (xlsx, xls, Excel 2003 XML, docx, doc, HTML) keeps a
    merged range's text in its first cell: the others show it too. A range merged
    down one value column, or across value columns (已完成 over 计划完成值 and 实际完成值),
    gives its text to each of its cells; one that starts in another column (a name
    merged across into the target) gives nothing, nor does one across the target and
    the actual (``本年度不考核`` over 年度指标值 … 实际完成值): a note on the whole row, no
    value shared by its cells.
    """
    roles = dict(ordered_roles)
    ends = [
        next((name_column + d for d, r in ordered_roles if r == wanted), None)
        for wanted in ("target", "actual")
    ]
    for distance, role in ordered_roles:
        if role not in _MERGED_VALUE_ROLES or role in placed:
            continue
        column = name_column + distance
        origin = sheet.merge_origin(row.at, column)
        if origin is None or _row_wide_merge(sheet, row.at, column, ends):
            continue
        top, left = origin
        if (
            left != column
            and roles.get(left - name_column) not in _MERGED_VALUE_ROLES
            and not _dragged_cell(sheet, row, (name_column, left, column), roles)
        ):
            continue
        cells = sheet.rows[top]
        text = _clean(cells[left]) if left < len(cells) else ""
        if text:
            placed[role] = (column, text)


def _dragged_cell(
    sheet: Sheet, row: _Row, columns: tuple[int, int, int], roles: Mapping[int, str]
) -> bool:
    """Whether a row's cell merged across from a column of no role into a value column is its value.

    *columns* are the name's, the range's first and the value's. A border dragged in one
    row (Word writes a column between the two edges, and its HTML export a ``colspan``
    one column early) starts the row's value cell in the column the header's cell
    before it spans: the name stands in its own column, the range starts after it, in
    the row itself, and no role's column lies between it and the value's.
    """
    name_column, left, column = columns
    return (
        name_column < left < column
        and bool(_cell(row, name_column))
        and sheet.merge_origin(row.at, left) is None
        and all(roles.get(c - name_column) is None for c in range(left, column))
    )


def _spills_into_value(
    sheet: Sheet, index: int, column: int, name_column: int, roles: Mapping[int, str]
) -> bool:
    """Whether the cell of row *index*, *column* starts a range merged across into a value column.

    Such a cell under a header merged over its column (the plan's, the border before
    the actual dragged left in this row) is the value column's, not the header's.
    """
    return any(
        top == index
        and left == column
        and any(
            roles.get(c - name_column) in _MERGED_VALUE_ROLES for c in range(column + 1, right + 1)
        )
        for top, left, _, right in sheet.merges or ()
    )


def _row_wide_merge(sheet: Sheet, index: int, column: int, ends: Sequence[int | None]) -> bool:
    """Whether a merged range over the cell spans both *ends* (the target and actual columns)."""
    if None in ends:
        return False
    return any(
        top <= index <= bottom
        and left <= column <= right
        and all(left <= end <= right for end in ends if end is not None)
        for top, left, bottom, right in sheet.merges or ()
    )


def _note_carried_name(  # noqa: PLR0913, PLR0917
    builder: _Builder, row: _Row, name_column: int, grid_name_column: int, index: int, name: str
) -> None:
    """Say that a row's empty name cell took the name above (``missing-name``).

    Nothing when the source merged the name cell down over the row (an Excel merge,
    a Word cell merged down): the name is the row's. A warning when the source
    records merges and this cell is in none (the name was left out); information
    when the format records none (a TSV, an HTML export): merged or not, nobody knows.
    """
    merged = builder.sheet.merged(row.at, name_column)
    if merged:
        return
    where = builder.where(row, grid_name_column, indicator=index, name=name)
    if merged is None:
        builder.finding(
            "missing-name",
            Severity.INFO,
            f"三级指标名称为空，已沿用上一行的“{name}”（如为合并单元格可忽略，否则请补填名称）",
            where,
        )
    else:
        builder.finding(
            "missing-name",
            Severity.WARNING,
            f"三级指标名称为空（非合并单元格），已沿用上一行的“{name}”，请核对或补填名称",
            where,
        )


# What a unit measures, for telling whether a row under a name continues its indicator:
# a unit → its kind (after a scale word and the aliases), else a measure word → a count.
_MEASURE_KINDS: Final = MappingProxyType(
    {
        **dict.fromkeys(("%", "‰", "个百分点", "百分点"), "share"),
        **dict.fromkeys(("元", "美元", "k元", "K元", "w元", "W元"), "money"),
        **dict.fromkeys(("平方米", "亩", "公顷", "平方公里", "km²", "hm²"), "area"),
        **dict.fromkeys(("米", "公里"), "length"),
        **dict.fromkeys(("立方米", "升"), "volume"),
        **dict.fromkeys(("吨", "公斤", "克", "斤"), "mass"),
        **dict.fromkeys(("天", "小时", "分钟", "秒", "工作日", "周", "个月", "月", "年"), "time"),
    }
)
# Kinds of what an output is counted or measured in: one activity may give two of them on
# the rows of its merged name (拆除违法建设 | ≥3000平方米, then ≥25处).
_EXTENT_KINDS: Final = frozenset({"count", "area", "length", "volume", "mass"})
# A name that says what it measures: its last words → the kinds its target may have.
_NAME_KIND_RES: Final = (
    (
        re.compile(r"(?:数量|个数|人数|户数|次数|人次|台数|套数|家数|场次|件数|项数|发生数)$"),
        frozenset({"count"}),
    ),
    (re.compile(r"面积$"), frozenset({"area"})),
    (re.compile(r"(?:率|比例|占比|比重)$"), frozenset({"share"})),
    (re.compile(r"(?:时间|时限|日期)$"), frozenset({"date", "time"})),
    (re.compile(r"(?:成本|费用|金额|经费)$"), frozenset({"money"})),
)


def _measure_kind(target: Target) -> str | None:
    """What *target* measures (``count``, ``area``, ``share``, ``date`` …), or None if unsure.

    Example:
        >>> _measure_kind(parse_target("≥35万平方米")), _measure_kind(parse_target("≥40台"))
        ('area', 'count')
        >>> _measure_kind(parse_target("2025年6月底前")), _measure_kind(parse_target("≥2次/月"))
        ('date', None)
    """
    if isinstance(target, Deadline | PeriodTarget):
        return "date"
    if not isinstance(target, Comparison | Range) or not target.unit:
        return None
    unit = target.unit
    if "/" in unit or "每" in unit:
        return None  # a rate (次/月, 元/人): left alone
    if len(unit) > 1 and unit[0] in voc.SCALE_PREFIXES:
        unit = unit[1:]
    unit = voc.UNIT_ALIASES.get(unit, unit)
    kind = _MEASURE_KINDS.get(unit)
    if kind is None and unit[0] in voc.MEASURE_WORDS and unit[0] not in "分度":
        kind = "count"  # 台, 人次, 户, 处, 期 (分 is points, 度 energy)
    return kind


def _other_indicator_below(
    above: Indicator, placed: Mapping[str, tuple[int, str]], year: int | None
) -> str:
    """Why a row with an empty name cell is not the indicator *above* continued, or "".

    A name merged over two rows gives both the same kind of measure (``补贴机具数量``
    ``≥500台`` then ``≥300户``), or two measures of one output (``拆除违法建设``
    ``≥3000平方米`` then ``≥25处``). A target of another kind than the name says
    (an area under ``加装电梯数量``), or of another kind than the row above's that is
    no second measure of an output (a rate under a count, a date under an amount), is
    another indicator whose name was left out: the words to say so.
    """
    cell = placed.get("target")
    if cell is None or above.target is None:
        return ""
    try:
        target = parse_target(cell[1], year=year)
    except ExpressionError:
        return ""
    kind = _measure_kind(target)
    if kind is None:
        return ""
    said = f"与上一行“{above.name}”（{above.target.text or above.target}）计量不同，未沿用其名称，请补填名称"
    for pattern, kinds in _NAME_KIND_RES:
        if pattern.search(above.name):
            return "" if kind in kinds else f"，{said}"
    before = _measure_kind(above.target)
    if before is None or before == kind or (before in _EXTENT_KINDS and kind in _EXTENT_KINDS):
        return ""
    return f"，{said}"


def _holds_target(row: _Row, column: int) -> bool:
    """Whether *column* of *row* holds a target (``≤150万元``), not a name or a label."""
    text = _cell(row, column)
    return bool(text) and _framework_label(text) is None and _reads_as_target(text)


# The roles of a 分值/得分 cell, and of the cells that set an indicator.
_SCORE_ROLES: Final = frozenset({"weight", "points"})
_SET_ROLES: Final = frozenset({"target", "planned", "actual", "forecast", "unit", "nature"})
# What a unit writes in a row it set no indicator in: a dash or 无, not 不适用 (which says
# the indicator does not apply, see scoring's rule 1).
_UNSET_CELLS: Final = frozenset({"", "/", "／", "无", "—", "——", "-", "－", "\\"})


def _heads_rows_below(
    labels: list[tuple[int, _Label]],
    rows: list[_Row],
    row_labels: list[tuple[_Label | None, ...]],
    index: int,
    name_column: int,
) -> bool:
    """Whether the row after *index* goes on under the levels row *index* prints, *labels*.

    It does when it prints no level label of its own as high as the lowest of *labels* (a
    label naming a level 2 is one, in the column of the last label) and is no total: a
    row of levels and 分值/得分 with no name then heads (or sums) the rows below it
    (``产出指标 | | | | 50 | 48`` over ``| 数量指标 | 培训人次 | …``). A cell right of that
    column that is no label of the framework is a level below it (``履职效能 | | | | 50 |
    45`` over ``| 部门履职目标 | 规划编制数 | …``, r36d).
    """
    if index + 1 >= len(rows):
        return False
    deepest = max(2 if lb.level2 else lb.level for _, lb in labels)
    deepest_column = labels[-1][0]
    filled = rows[index + 1].filled
    by_column = row_labels[index + 1]
    first = 1 if len(filled) > 2 and _is_serial(filled[0][1]) else 0  # noqa: PLR2004
    if first >= len(filled):
        return False
    for column, _ in filled[first:]:
        if column >= name_column:
            break
        label = by_column[column] if column < len(by_column) else None
        if label is not None and label.level == 0:
            continue  # 绩效指标, (50分): no level
        if label is None and column > deepest_column:
            continue  # a level 2 of the table's own under the row's level 1
        if label is None or label.level <= deepest:
            return False  # a level of its own, or a 总分 / 合计 line
    text = filled[first][1]
    return _SUBTOTAL_RE.fullmatch(text) is None and "总分" not in text


class _LevelPoints(NamedTuple):
    """What a row of a level's points prints: its 分值 and 得分 cells, and its notes."""

    weight: tuple[int, str] | None  # the 分值 cell (column, text), when printed
    points: tuple[int, str] | None  # the 得分 cell, when printed
    notes: tuple[tuple[int, str], ...]  # text under 偏差原因 / 备注 (the level's note)


def _level_points_only(
    row: _Row, name_index: int, name_column: int, roles: Mapping[int, str]
) -> _LevelPoints | None:
    """The 分值/得分 (and note) of a row of levels whose figures stand under 分值/得分, else None.

    From *name_index* on, the row's cells are empty or unset (``/``, ``无``, ``—``) but
    under the 分值 and 得分 columns (by distance from the header's *name_column*) and the
    text columns (偏差原因, 备注: the level's deduction note, ``扣5分``), and one of the
    score columns prints something: ``产出指标 | | | | 50 | 45``, ``产出指标 | / | / | / | /
    | 50 | 45``, ``产出指标 | | | | 50 | 45 | 个别指标未完成`` (r36m: before, a reason made the
    row an indicator named after its level). A row with a name, a target or an actual is
    no such row.

    Example:
        >>> cells = ("产出指标", "", "", "", "50", "45", "扣5分")
        >>> row = _Row(cells, 0, ((0, "产出指标"), (4, "50"), (5, "45"), (6, "扣5分")), "")
        >>> roles = {1: "target", 2: "actual", 3: "weight", 4: "points", 5: "reason"}
        >>> _level_points_only(row, 1, 1, roles)
        _LevelPoints(weight=(4, '50'), points=(5, '45'), notes=((6, '扣5分'),))
    """
    weight: tuple[int, str] | None = None
    points: tuple[int, str] | None = None
    notes: list[tuple[int, str]] = []
    for column, text in row.filled[name_index:]:
        role = roles.get(column - name_column) if column > name_column else None
        if _key(text) in _UNSET_CELLS:
            continue
        if role == "weight":
            weight = (column, text)
        elif role == "points":
            points = (column, text)
        elif _text_role(role):
            notes.append((column, text))
        else:
            return None
    if weight is None and points is None:
        return None
    return _LevelPoints(weight, points, tuple(notes))


class _LevelRow(NamedTuple):
    """A row of a level's points: the level (its level 2 for a level 2's), the figures."""

    level1: str
    level2: str | None
    row: _Row
    points: _LevelPoints


def _level_row(  # noqa: PLR0913, PLR0917
    builder: _Builder,
    row: _Row,
    level1: str,
    level2: str | None,
    points: _LevelPoints,
    level1_weights: dict[str, Decimal],
) -> _LevelRow:
    """Record a row of a level's points: a level 1's 分值 is its weight, its text a note.

    The text under 偏差原因 (备注…) on the row is the level's deduction note, no
    indicator: a table note labelled by the level (``产出指标``: ``偏差原因分析：个别指标
    未完成``), at its cell.
    """
    if level2 is None and points.weight is not None:
        weight = _number(_key(points.weight[1]))
        if weight is not None and weight >= 0:
            level1_weights.setdefault(level1, weight)
    header = builder.grid.row.cells if builder.grid is not None else ()
    for column, text in points.notes:
        title = _label(header[column]) if column < len(header) and header[column].strip() else ""
        builder.notes.append(
            Note(
                level2 or level1,
                f"{title or '偏差原因分析'}：{text.strip()}",
                builder.position(row, column),
            )
        )
    return _LevelRow(level1, level2, row, points)


def _unlabelled_level(  # noqa: PLR0913, PLR0917
    builder: _Builder,
    rows: list[_Row],
    row_labels: list[tuple[_Label | None, ...]],
    index: int,
    state: _GridState,
    indicators: list[Indicator],
    level1_column: int | None,
    recorded: list[_LevelRow],
) -> tuple[str, str | None] | None:
    """The level whose points a row of 分值/得分 alone under the level cells gives, or None.

    ``| | | | | 50 | 45`` after the level's rows, the level cell merged over it: the
    level 1's (the level 2's when the level-2 cell is merged over it too). Where the
    source records no merges (TSV, CSV), the row closes the group it ends: the level 1's
    when the next row prints a level 1, a 合计/总分 row or nothing (the grid's end), unless
    the level 1's other level 2s printed such rows (*recorded*: then its last level 2's),
    the level 2's when it prints another level 2 of the same level 1. Only a level with
    indicator rows above has points: else None, as for a row in the middle of a group.
    """
    level1, level2 = state.level1, state.level2
    if level1 is None:
        return None
    column1 = state.level1_column if state.level1_column is not None else level1_column
    merged = builder.sheet.merged(rows[index].at, column1) if column1 is not None else None
    if merged is False:
        return None
    own2: str | None
    if merged is True:
        merged2 = column1 is not None and builder.sheet.merged(rows[index].at, column1 + 1)
        own2 = level2 if merged2 else None
    else:
        following = row_labels[index + 1] if index + 1 < len(rows) else ()
        printed = [label for label in following if label is not None and label.level in (1, 2)]
        if any(label.level == 1 for label in printed) or (
            not printed
            and (
                index + 1 >= len(rows)
                or any(
                    _SUBTOTAL_RE.fullmatch(_key(text)) or "总分" in text
                    for _, text in rows[index + 1].filled[:1]
                )
            )
        ):
            # the level 1's group ends: its points, or its last level 2's when the
            # level 1's other level 2s printed theirs so (| | 数量指标 … | | | 30 | 30)
            own2 = level2 if any(r.level1 == level1 and r.level2 for r in recorded) else None
        elif printed:
            own2 = level2
            if own2 is None:
                return None
        else:
            return None  # in the middle of its group: whose points, unsaid
    if not any(i.level1 == level1 and (own2 is None or i.level2 == own2) for i in indicators):
        return None
    return level1, own2


def _check_level_row(builder: _Builder, level_row: _LevelRow, indicators: list[Indicator]) -> None:
    """``level-points-mismatch``: a level's printed 得分 (a level 2's 分值 too) against its rows'.

    A level 1's 分值 is its weight, checked as a label's (``level1-weight-mismatch``). A
    figure is checked when every row of the level prints one; a level's figure printed to
    fewer decimals than its rows' may be theirs rounded (half a unit of its last digit).
    """
    level1, level2, row, points = level_row
    under = [i for i in indicators if i.level1 == level1 and (level2 is None or i.level2 == level2)]
    owner = f"二级指标“{level2}”" if level2 is not None else f"一级指标“{level1}”"
    _check_points(builder, row, points, under, owner, with_weight=level2 is not None)
    labelled = builder.label_weights.get(level1) if level2 is None else None
    printed = _number(_key(points.weight[1])) if points.weight is not None else None
    if labelled is None or printed is None or printed == labelled or points.weight is None:
        return
    # 产出指标（50分） | | | | 40 | 38: the label's weight and the row's 分值 disagree (r37b:
    # before, the label's was taken and the row's passed over)
    weights = [i.weight for i in under]
    added = (
        sum((w for w in weights if w is not None), Decimal(0))
        if under and None not in weights
        else None
    )
    builder.findings.append(
        Finding(
            "level-points-mismatch",
            Severity.WARNING,
            f"{owner}标注{_points_text(labelled)}分，本行填报分值{_points_text(printed)}"
            + (f"，其下各项分值合计{_points_text(added)}" if added is not None else ""),
            builder.where(row, points.weight[0]),
            figures=(
                Figure("published", printed),
                Figure("labelled", labelled),
                *((Figure("added", added),) if added is not None else ()),
            ),
        )
    )


def _check_points(  # noqa: PLR0913
    builder: _Builder,
    row: _Row,
    points: _LevelPoints,
    under: list[Indicator],
    owner: str,
    *,
    with_weight: bool,
    rate_points: Decimal | None = None,
) -> None:
    """``level-points-mismatch``: *owner*'s printed 得分 (分值 *with_weight*) against *under*'s sums.

    A figure is checked when every row under it prints one; one printed to fewer decimals
    than its rows' may be theirs rounded (half a unit of its last digit). *rate_points*,
    the budget rate's 得分, is counted in the 得分 of a 绩效指标 row whose 分值 counts
    the rate's.
    """
    if not under:
        return
    checks: list[tuple[tuple[int, str], list[Decimal | None], str]] = []
    if with_weight and points.weight is not None:
        checks.append((points.weight, [i.weight for i in under], "分值"))
    if points.points is not None:
        rate = [] if rate_points is None else [rate_points]
        checks.append((points.points, [*(i.published_points for i in under), *rate], "得分"))
    for (column, text), figures, what in checks:
        printed = _number(_key(text))
        if printed is None or any(figure is None for figure in figures):
            continue
        added = sum((figure for figure in figures if figure is not None), Decimal(0))
        places = max((-f.as_tuple().exponent for f in figures if f is not None), default=0)  # type: ignore[operator]
        own = -printed.as_tuple().exponent  # type: ignore[operator]
        slack = Decimal(5).scaleb(-own - 1) if own < places else Decimal(0)
        if abs(added - printed) <= slack:
            continue
        builder.findings.append(
            Finding(
                "level-points-mismatch",
                Severity.WARNING,
                f"{owner}填报{what}{_points_text(printed)}，"
                f"其下各项{what}合计{_points_text(added)}"
                + (
                    f"（含预算执行率得分{_points_text(rate_points)}）"
                    if rate_points is not None and what == "得分"
                    else ""
                ),
                builder.where(row, column),
                figures=(Figure("published", printed), Figure("added", added)),
            )
        )


def _level_has_rows(  # noqa: PLR0913, PLR0917
    labels: list[tuple[int, _Label]],
    indicators: list[Indicator],
    rows: list[_Row],
    row_labels: list[tuple[_Label | None, ...]],
    index: int,
    name_column: int,
) -> bool:
    """Whether the level a row of levels and 分值/得分 prints has indicator rows of its own.

    Its lowest level (the level 2, else the level 1) has them when an indicator read
    above is under it, or a row below prints it and a name: the row is then a subtotal
    (or heading) of those rows, printed after (or before) them, no indicator
    (``| 数量指标 | | | | 20 | 20`` after two rows of 数量指标 of 10 points each).
    """
    level2 = next(
        (lb.level2 or lb.name for _, lb in reversed(labels) if lb.level == 2 or lb.level2),  # noqa: PLR2004
        None,
    )
    # (成本指标 is a level 1 or a level 2 by the table: either matches)
    key = level2 or next((lb.name for _, lb in labels if lb.level == 1), None)
    if key is None:
        return False
    if any(key in (i.level1, i.level2) for i in indicators):
        return True
    for row, by_column in zip(rows[index + 1 :], row_labels[index + 1 :], strict=True):
        if _key(_cell(row, name_column)) in _UNSET_CELLS:
            continue
        for label in by_column[:name_column]:
            if label is not None and key in (label.name, label.level2):
                return True
    return False


def _points_text(value: Decimal) -> str:
    """A 分值 or 得分 as a person writes it: ``10``, ``7.5``."""
    return format(value.normalize(), "f")


def _scored_row(placed: dict[str, tuple[int, str]]) -> bool:
    """Whether a row prints a 分值 or 得分 of its own."""
    return "weight" in placed or "points" in placed


def _note_row(  # noqa: PLR0913
    builder: _Builder,
    row: _Row,
    indicator: Indicator,
    index: int,
    joins: list[_Join] | None,
    *,
    blank: bool,
    why: str = "",
) -> None:
    """The findings of an indicator whose row was read in an unusual way.

    An empty name (``missing-name``, *why* said after it when the name above was not
    carried down), rows joined into it (``layout-normalised``, or ``split-row`` when a
    name alone was joined), a level's name as its name (``name-is-level``).
    """
    name = indicator.name
    position = indicator.position
    column = position.column - 1 if position is not None and position.column else 0
    if (
        blank
        and indicator.target is None
        and indicator.actual is None
        and indicator.planned is None
        and (indicator.weight is not None or indicator.published_points is not None)
    ):
        printed = "、".join(
            f"{word}{_points_text(value)}"
            for word, value in (("分值", indicator.weight), ("得分", indicator.published_points))
            if value is not None
        )
        raw = indicator.raw_name.strip()
        builder.finding(
            "missing-name",
            Severity.WARNING,
            f"三级指标名称、指标值、实际完成值均为空{f'（填写“{raw}”）' if raw else ''}，但填报{printed}",
            builder.where(row, column, indicator=index, name=name),
        )
    elif blank:
        target = indicator.target
        said = f"，年度指标值“{target.text}”" if target is not None and target.text else ""
        level = indicator.level2
        builder.finding(
            "missing-name",
            Severity.WARNING,
            f"三级指标名称为空（{'二级指标“' + level + '”' if level else '未填指标层级'}{said}）{why}",
            builder.where(row, column, indicator=index, name=name),
        )
    for join in joins or ():
        number = builder.row_number(join.row)
        # the cell it printed first; a name alone: the name, after its labels
        first = join.row.filled[-1 if join.heads else 0][0]
        where = builder.where(join.row, first, indicator=index, name=name)
        if join.heads:
            builder.finding(
                "split-row",
                Severity.WARNING,
                f"第{number}行只有三级指标名称“{join.texts}”，已与下一行合并为指标“{name}”，请核对",
                where,
            )
        elif join.unsure:
            builder.finding(
                "split-row",
                Severity.WARNING,
                f"第{number}行只有“{join.texts}”，已作为上一行的续行并入指标“{name}”，请核对",
                where,
            )
        elif join.text_only:
            # a reason that runs on to the next row: no name or value changes
            builder.finding(
                "layout-normalised",
                Severity.INFO,
                f"第{number}行（{join.texts}）为上一行的续行，已并入指标“{name}”",
                where,
            )
        else:
            # a name's tail, a unit, a deadline's tail: two rows became one indicator
            builder.finding(
                "split-row",
                Severity.WARNING,
                f"第{number}行（{join.texts}）为上一行的续行，已并入指标“{name}”，请核对",
                where,
            )
    if name.endswith("指标") and _framework_label(name) is not None:
        builder.finding(
            "name-is-level",
            Severity.INFO,
            f"三级指标名称“{name}”为指标层级名称，未写明具体指标",
            builder.where(row, column, indicator=index, name=name),
        )


# What an operator column holds (运算符号 | 指标值 | 计量单位 of 一体化 exports): an operator
# alone, or a 定量/定性 that says the row has none.
_OPERATOR_CELLS: Final = frozenset({
    "≥", "≤", "=", ">", "<", ">=", "<=", "=>", "=<", "≧", "≦", "＞", "＜", "＝", "≥=",
    "大于等于", "小于等于", "大于或等于", "小于或等于", "等于", "大于", "小于",
    "不低于", "不少于", "不小于", "不高于", "不超过", "不大于", "不多于", "高于", "低于",
})  # fmt: skip
_NO_OPERATOR_CELLS: Final = frozenset({"定量", "定性"} | {word for word, _ in voc.DIRECTION_WORDS})
_NO_OPERATOR_PREFIXES: Final = ("定量", "定性")


_DIRECTIONS: Final = MappingProxyType({"higher": Direction.HIGHER, "lower": Direction.LOWER})


def _direction_word(text: str) -> str | None:
    """The direction a 指标方向性 (or 指标性质) cell says: ``higher``, ``lower``, ``neither``.

    Example:
        >>> [_direction_word(t) for t in ("正向指标", "越小越好", "逆向", "适中", "≥", "")]
        ['higher', 'lower', 'lower', 'neither', None, None]
    """
    key = _key(text)
    return next((kind for word, kind in voc.DIRECTION_WORDS if word in key), None)


# An operator with its word spelling in brackets, as some provincial systems' drop-downs
# print it (``≤（小于等于）``, ``=（等于）``; the cell's _key, brackets made ASCII).
_ANNOTATED_OPERATOR_RE: Final = re.compile(r"(?P<symbol>[^()]{1,2})\((?P<word>[^()]{2,5})\)")


@lru_cache(maxsize=256)
def _operator_op(text: str) -> Op | None:
    """The comparison an operator cell's text (one of _OPERATOR_CELLS) states, or None."""
    try:
        target = parse_target(f"{text}1")
    except ExpressionError:
        return None
    return target.op if isinstance(target, Comparison) else None


@lru_cache(maxsize=1024)
def _operator_key(key: str) -> str | None:
    """The operator an operator column's cell (its _key) states, or None.

    An operator alone (``≥``, ``小于等于``), or a symbol with the words of the same
    operator in brackets (``≤(小于等于)``, read55 H5): the symbol. A symbol and words
    that disagree (``≥(小于等于)``) state none.

    Example:
        >>> _operator_key("≤(小于等于)"), _operator_key("大于等于"), _operator_key("≥(小于)")
        ('≤', '大于等于', None)
    """
    if key in _OPERATOR_CELLS:
        return key
    if "(" not in key or (match := _ANNOTATED_OPERATOR_RE.fullmatch(key)) is None:
        return None
    symbol, word = match.group("symbol", "word")
    if symbol not in _OPERATOR_CELLS or word not in _OPERATOR_CELLS:
        return None
    op = _operator_op(symbol)
    return symbol if op is not None and op == _operator_op(word) else None


def _operator_column(
    grid: _GridColumns, rows: list[_Row], builder: _Builder | None = None
) -> dict[int, str]:
    """The grid's roles, with an operator column its header does not name as one.

    A column beside the target whose header names no role (计算方式, 指标值类型, 指标属性,
    a header of its own words) but whose cells are all operators (``≥``, ``小于等于``,
    ``≤（小于等于）``; ``定性``, empty cells and dashes allowed, at least one operator)
    is the 指标性质 column. Looked at only when the grid has no 指标性质 column and such
    a column stands beside the target. When some of its cells are operators and others
    are not, the column is not read, and a ``grid-column-unread`` warning (with the
    *builder*) names the first cell that is no operator (read55 H5: never silently).

    Example:
        >>> header = _Row(("三级指标", "计算方式", "指标值"), 0, (), "")
        >>> grid = _GridColumns(header, 0, None, {1: "other", 2: "target"})
        >>> rows = [_Row(("人次", "≥", "100"), 1, (), ""), _Row(("率", "", "9"), 2, (), "")]
        >>> _operator_column(grid, rows)
        {1: 'nature', 2: 'target'}
    """
    roles = grid.roles
    target = next((d for d, role in sorted(roles.items()) if role == "target"), None)
    if target is None or "nature" in roles.values():
        return roles
    for distance in (target - 1, target + 1):
        if roles.get(distance) != "other":
            continue
        column = grid.name_column + distance
        found: str | None = None
        unread: tuple[_Row, str] | None = None
        for row in rows:
            cells = row.cells
            key = _key(cells[column]) if column < len(cells) else ""
            if _operator_key(key) is not None:
                found = found or cells[column].strip()
            elif key not in _UNSET_CELLS and key not in _NO_OPERATOR_CELLS and unread is None:
                unread = (row, cells[column].strip())
        if found is not None and unread is None:
            return {**roles, distance: "nature"}
        if found is not None and unread is not None and builder is not None:
            row, text = unread
            header = _label(_cell(grid.row, column)) or "表头为空"
            builder.finding(
                "grid-column-unread",
                Severity.WARNING,
                f"指标表“{header}”列（{builder.position(grid.row, column).cell}）有运算符"
                f"（如“{found}”），但“{text}”（{builder.position(row, column).cell}）"
                "不是可识别的运算符，该列未作为指标性质读入，请核对各指标的运算符",
                builder.where(row, column),
            )
    return roles


# A cell of the time's share of the year alone (50%, 66.67%).
_SHARE_RE: Final = re.compile(r"\d{1,3}(?:\.\d{1,2})?%")
# A bare share under a header in percent (序时进度（%） | 50).
_BARE_SHARE_RE: Final = re.compile(r"\d{1,3}(?:\.\d{1,2})?")


def _time_share_column(
    grid: _GridColumns, rows: list[_Row], roles: dict[int, str]
) -> dict[int, str]:
    """The roles, a ``序时进度`` column that holds no plan taken out of the plan.

    A grid's ``序时进度`` column over the rows' figures (``15万人次``) is the period's
    plan. One printing bare percentages alone (``50%``, ``42.8%``) beside targets
    that are no percentages is the share of the year gone (or of the schedule
    reached), no plan, and keeps its place with no value; one printing words for the
    most part (符合序时进度, 超序时进度, 达到) is the unit's word on the row, a status.
    Under a header in percent (``序时进度（%）``), bare numbers the same on every row
    beside such targets (``50``) are that share too.

    Example:
        >>> header = _Row(("三级指标", "年度指标值", "序时进度"), 0, (), "")
        >>> grid = _GridColumns(header, 0, None, {1: "target", 2: "planned"})
        >>> rows = [
        ...     _Row(("人次", "≥30万人次", "50%"), 1, (), ""),
        ...     _Row(("场次", "≥40场", "45%"), 2, (), ""),
        ... ]
        >>> _time_share_column(grid, rows, grid.roles)
        {1: 'target', 2: 'other'}
        >>> rows = [_Row(("人次", "≥30万人次", "符合序时进度"), 1, (), "")]
        >>> _time_share_column(grid, rows, grid.roles)
        {1: 'target', 2: 'status'}
        >>> header = _Row(("三级指标", "年度指标值", "序时进度（%）"), 0, (), "")
        >>> grid = _GridColumns(header, 0, None, {1: "target", 2: "planned"})
        >>> rows = [
        ...     _Row(("人次", "≥30万人次", "50"), 1, (), ""),
        ...     _Row(("场次", "≥40场", "50"), 2, (), ""),
        ... ]
        >>> _time_share_column(grid, rows, grid.roles)
        {1: 'target', 2: 'other'}
    """
    header = grid.row.cells
    target = next((d for d, role in roles.items() if role == "target"), None)
    updated = dict(roles)
    for distance, role in roles.items():
        column = grid.name_column + distance
        if role != "planned" or column >= len(header) or "进度" not in header[column]:
            continue
        shares = values = words = 0
        other_unit = False
        # bare numbers under a header in percent, and those beside targets in other units
        in_percent = "%" in _key(header[column])
        bare: set[str] | None = set() if in_percent else None
        beside_others: set[str] = set()
        for row in rows:
            cells = row.cells
            key = _key(cells[column]) if column < len(cells) else ""
            if key in _UNSET_CELLS:
                continue
            if bare is not None and _BARE_SHARE_RE.fullmatch(key) is not None:
                bare.add(key)
                if target is not None:
                    goal = _key(_cell(row, grid.name_column + target))
                    if goal and not goal.endswith("%"):
                        beside_others.add(key)
                continue
            if _SHARE_RE.fullmatch(key) is not None:
                shares += 1
                if target is not None:
                    goal = _key(_cell(row, grid.name_column + target))
                    other_unit = other_unit or (bool(goal) and not goal.endswith("%"))
            elif isinstance(parse_value(key), (Quantity, DateValue)):
                values += 1
            else:
                words += 1
        if bare and not (shares or values or words):
            # 序时进度（%） | 50 on every row beside 人, 个: the share of the year gone
            if len(beside_others) == 1:
                updated[distance] = "other"
            continue
        values += len(bare or ())  # bare numbers with other cells: plans, as before
        if words > shares + values:
            updated[distance] = "status"
        elif shares and not (values or words) and other_unit:
            updated[distance] = "other"
    return updated


_CENT: Final = Decimal("0.01")


def _share_merged_weights(builder: _Builder, indicators: list[Indicator]) -> list[Indicator]:
    """Share a weight and points printed once for a name merged over several rows.

    ``参保人数`` over two rows (城镇居民≥8.5万人, 农村居民≥21万人) with 分值 10 and 得分 9.5
    merged over both: the second row has none, and its miss would cost nothing. The
    weight (and the points) are shared evenly, to the cent, the first row taking what
    the rounding leaves; a ``layout-normalised`` finding says so.
    """
    shared = list(indicators)
    start = 0
    while start < len(shared):
        first = shared[start]
        end = start + 1
        while (
            end < len(shared)
            and shared[end].name == first.name
            and shared[end].level2 == first.level2
            and shared[end].weight is None
            and shared[end].published_points is None
        ):
            end += 1
        count = end - start
        if count > 1 and first.weight is not None:
            weight, points = first.weight, first.published_points
            part = half_up(weight / count, _CENT)
            points_part = half_up(points / count, _CENT) if points is not None else None
            for offset in range(count):
                first_row = offset == 0
                shared[start + offset] = evolve(
                    shared[start + offset],
                    weight=weight - part * (count - 1) if first_row else part,
                    published_points=None
                    if points is None or points_part is None
                    else (points - points_part * (count - 1) if first_row else points_part),
                )
            position = first.position
            builder.finding(
                "layout-normalised",
                Severity.INFO,
                f"指标“{first.name}”的分值{weight}"
                + (f"、得分{points}" if points is not None else "")
                + f"合并于{count}行，已平均分配到各行",
                Where.at(position, indicator=start, name=first.name),
            )
        start = end
    return shared


def _unknown_label(  # noqa: PLR0913, PLR0917 - the row, the cell, the header's columns
    row: _Row,
    column: int,
    level1_column: int,
    name_column: int,
    target_distance: int | None,
    roles: Mapping[int, str],
) -> _Label | None:
    """A level label outside the framework, standing under the header's level columns.

    Department-wide tables print their own levels (效果指标 | 重点工作履行情况, 履职效能,
    预算管理): read as names, they shifted every value of the row. Such a cell is a
    label only when the row stands where its header does: the header's name column
    holds a name (no label, no target) and its target column is filled, or (a row
    scored by criteria: 决策 | 目标设定 | 绩效目标合理性 | (blank) | (blank) | 5 | 5,
    fuzz34 H1) every cell right of the name stands under 分值 or 得分. On such a row
    the name cell may be blank (``| 资金投入 | (blank) | (blank) | (blank) | 5 | 3``:
    a blank-named row, 分值 5 and 得分 3, not a target 5 and an actual 3; regress81 W2).
    """
    cells = row.cells
    text = cells[column]
    name = cells[name_column] if name_column < len(cells) else ""
    if target_distance is None or len(_key(text)) > _LONGEST_LEVEL_LABEL:
        return None
    scored_only = _scored_only(row, name_column, roles)
    if scored_only and _key(name) in _UNSET_CELLS:
        name = ""  # 管理效率 | / | / | / | / | 50 | 50: as blank (r36d)
    if not name and (not scored_only or _SUBTOTAL_RE.fullmatch(_key(text))):
        # (blank) | 5 | 3 is a label only on a row scored by criteria (regress81 W2);
        # | 小计 | | | | 20 | 20 is a subtotal, no level
        return None
    target_column = name_column + target_distance
    if (target_column >= len(cells) or not cells[target_column]) and not scored_only:
        return None
    if (name and _framework_label(name) is not None) or _reads_as_target(text):
        return None
    if (
        name
        and _reads_as_target(name)
        and not _statement_name(name, cells[target_column])
        and not _fills_value_columns(row, name_column, roles)
    ):
        return None
    label = _LABEL_NUMBER_RE.sub("", _key(text))
    level = 1 if column == level1_column else 2
    weight_match = _WEIGHT_RE.search(label) if level == 1 else None
    if weight_match is not None and (bare := _WEIGHT_RE.sub("", label).rstrip(":")):
        # 履职效能(60分): the level 1's weight, as 产出指标(50分)'s (pt22 H2)
        return _Label(1, bare, _weight_in(weight_match))
    return _Label(level, label, None)


_LONGEST_LEVEL_LABEL: Final = 16

# A cell that says "same as above" (〃, 同上, ", 同前): in a level column the level of the
# row above, as a blank merged cell is.
_DITTO_MARKS: Final = frozenset(
    {"〃", '"', "＂", "″", "“", "”", "''", "同上行", "同上一行"}
) | frozenset(f"{word}{stop}" for word in ("同上", "同前") for stop in ("", "。", "."))


def _ditto_label(text: str, column: int, level1_column: int) -> _Label | None:
    """A ditto mark (〃, 同上) in a level column: the level above's, or None for any text.

    ``产出指标 | 数量指标`` then ``〃 | 〃`` on the rows below: the row's level 1 and 2 are
    the previous row's, as a blank cell under a merge's; never a level named ``〃``.

    Example:
        >>> _ditto_label("〃", 1, 0), _ditto_label("数量指标", 1, 0)
        (_Label(level=2, name=None, weight=None, level2=None, ditto=True), None)
    """
    if _key(text) not in _DITTO_MARKS:
        return None
    return _Label(1 if column <= level1_column else 2, None, None, ditto=True)


def _short_at_name_side(  # noqa: PLR0913, PLR0917 - the row, its reading, the table's 分值
    row: _Row,
    name_column: int,
    raw_name: str,
    roles: Mapping[int, str],
    placed: dict[str, tuple[int, str]],
    most_points: Decimal = Decimal(100),
    sums: _ColumnSums | None = None,
) -> tuple[dict[str, tuple[int, str]], int, bool] | None:
    """*placed* read again when the row is short at the name's side (regress81), and the shift.

    The third item says whether the name is kept (the row is short at its actual's side
    instead, sh25).

    ``效益指标 | 社会效益指标 | 无重大安全责任事故发生 | 0起 | 30 | 27 | (blank)`` and
    ``质量指标 | 未发生 | 未发生 | 10 | 10 | (blank)``: the name cell is missing, so the
    statement (or the target) stands under the name column and the 分值/得分 pair one
    column left, under 实际完成值 and 分值, the 得分 column empty. Read by its columns,
    such a row counts 30 accidents against 0起 and takes the 得分 for the 分值.
    Read as short at the name side instead, the last two cells are the 分值 and the
    得分 and every other cell moves right as far: the name is blank, the statement the
    target. Only when that reading is the plausible one: the row ends one or two
    columns before the 得分 column; its last two cells are bare numbers, the first
    above 0 and not below the second (分值 ≥ 得分); and the named reading is not: its
    name cell is blank, reads as a target (0起, 未发生) or states one
    (无重大安全责任事故发生), and, one column short, its actual is a bare number
    where the target is not one (a bare actual is in a bare target's unit:
    ``无重大… | 0 | 0 | 10`` and ``名称 | 100 | 95 | 20`` keep their columns).
    Two columns short (``社会效益指标 | 0起 | 30 | 27``) needs a name cell that reads as
    a target. A named row one column short whose target is words with no figure
    (``群众文化获得感 | 明显提升 | 20 | 18``) misses its actual instead: it keeps its name
    and target, has no actual, and the two numbers are its 分值 and 得分
    (:func:`_short_at_actual_side`), unless the table's own totals say the columns
    are right (:func:`_sums_keep_columns`).
    """
    value_roles = ("target", "actual", "weight", "points")
    distance_of = {role: distance for distance, role in roles.items() if role in value_roles}
    if len(distance_of) != len(value_roles):
        return None
    distances = [distance_of[role] for role in value_roles]
    if distances != list(range(distances[0], distances[0] + len(distances))):
        return None
    if "points" in placed or not row.filled:
        return None
    cells = row.cells

    def cell(distance: int) -> str:
        at = name_column + distance
        return cells[at].strip() if 0 <= at < len(cells) else ""

    last = row.filled[-1][0] - name_column
    shift = distance_of["points"] - last
    if shift not in (1, 2) or last < 1:
        return None
    first, second = cell(last - 1), cell(last)
    if _BARE_NUMBER_RE.fullmatch(first) is None or _BARE_NUMBER_RE.fullmatch(second) is None:
        return None
    weight, points = Decimal(first), Decimal(second)
    if weight <= 0 or points > weight:
        return None
    name = raw_name.strip()
    target_like = bool(name) and _reads_as_target(name) and not _code_named(name)
    if shift == 1:
        target = cell(distance_of["target"])
        if name and not target_like and not _states_an_event(name):
            if not _short_at_actual_side(target, weight, most_points):
                return None
            if sums is not None and _sums_keep_columns(sums, weight, Decimal(second)):
                return None  # 按计划完成 | 12 | 10 | (blank) in a table adding up (r90fix W1)
            # 群众文化获得感 | 明显提升 | 20 | 18 | (blank): the actual is missing (sh25)
            kept = {role: cell_of for role, cell_of in placed.items() if role != "actual"}
            kept["weight"] = (name_column + last - 1, first)
            kept["points"] = (name_column + last, second)
            return kept, shift, True
        if _BARE_NUMBER_RE.fullmatch(target) is not None:
            return None  # 0 | 0 | 10: a bare actual in its bare target's unit
        if _BOUND_TARGET_RE.search(target) is not None:
            return None  # (blank) | ≥100人 | 95 | 20: a target and its actual (regress84 W2)
    elif not target_like:
        return None
    moved: dict[str, tuple[int, str]] = {
        role: cell_of for role, cell_of in placed.items() if role not in value_roles
    }
    for role in value_roles:
        source = distance_of[role] - shift
        text = name if source == 0 else cell(source) if source > 0 else ""
        if text:
            moved[role] = (name_column + source, text)
    return moved, shift, False


# The highest 分值 one indicator of a table of 100 points can carry.
_MOST_POINTS: Final = Decimal(100)


def _most_points(rows: Sequence[_Row], name_column: int, roles: Mapping[int, str]) -> Decimal:
    """The highest 分值 of the grid's fully scored rows (bare 分值 and 得分), or 100 without one.

    The evidence a row one cell short reads by (sh25): a number under 实际完成值 above
    every 分值 the table prints (``满意 | 95 | 10 | (blank)`` beside rows of 分值 20) is an
    actual, not a 分值.
    """
    weight = next((d for d, role in roles.items() if role == "weight"), None)
    points = next((d for d, role in roles.items() if role == "points"), None)
    if weight is None or points is None:
        return _MOST_POINTS
    found: list[Decimal] = []
    for row in rows:
        cells = row.cells
        at, score_at = name_column + weight, name_column + points
        if score_at >= len(cells):
            continue
        first, second = cells[at].strip(), cells[score_at].strip()
        if _BARE_NUMBER_RE.fullmatch(first) and _BARE_NUMBER_RE.fullmatch(second):
            found.append(Decimal(first))
    return min(max(found), _MOST_POINTS) if found else _MOST_POINTS


class _ColumnSums(NamedTuple):
    """The 分值 and 得分 columns' sums as printed (each row by its columns) and their totals.

    The budget line's 分值 and 得分 are added where the block prints them; the totals are
    those of the total row (合计 | 100 | 90), None where it prints none.
    """

    weights: Decimal
    points: Decimal
    weight_total: Decimal | None
    points_total: Decimal | None


def _column_sums(
    builder: _Builder, rows: Sequence[_Row], name_column: int, roles: Mapping[int, str]
) -> _ColumnSums | None:
    """The grid's :class:`_ColumnSums` (r90fix W1), None without a 分值 and a 得分 column."""
    weight = next((d for d, role in roles.items() if role == "weight"), None)
    points = next((d for d, role in roles.items() if role == "points"), None)
    if weight is None or points is None:
        return None
    weights, points_sum = Decimal(0), Decimal(0)
    for row in rows:
        cells = row.cells
        if any(_SUBTOTAL_RE.fullmatch(_key(text)) for _, text in row.filled):
            continue  # a subtotal would count its rows twice
        for distance, role in ((weight, "weight"), (points, "points")):
            at = name_column + distance
            text = cells[at].strip() if at < len(cells) else ""
            if _BARE_NUMBER_RE.fullmatch(text) is None:
                continue
            if role == "weight":
                weights += Decimal(text)
            else:
                points_sum += Decimal(text)
    line = next((line for line in builder.budget if line.role is BudgetRole.TOTAL), None)
    if line is not None and line.weight is not None:
        weights += line.weight
        points_sum += line.published_points or Decimal(0)
    return _ColumnSums(weights, points_sum, builder.printed_weight_total, builder.published_total)


def _sums_keep_columns(sums: _ColumnSums, actual: Decimal, weight: Decimal) -> bool:
    """Whether the table's totals say a row one cell short keeps its columns (r90fix W1).

    ``开展巡演场次 | 按计划完成 | 12 | 10 | (blank)`` in a table whose 分值 column adds up
    to 100 (or to the total row's 分值) as printed: 12 is the actual and 10 the 分值,
    since read as 分值 12 and 得分 10 the 分值 would add up to 102. So too when the 得分
    column adds up to the printed total and would not with the row's 10 as its 得分.
    *actual* and *weight* are the row's numbers under 实际完成值 and 分值.

    >>> sums = _ColumnSums(Decimal(100), Decimal(90), Decimal(100), Decimal(90))
    >>> _sums_keep_columns(sums, Decimal(12), Decimal(10))
    True
    >>> _sums_keep_columns(
    ...     sums._replace(weights=Decimal(98), points=Decimal(80)), Decimal(20), Decimal(18)
    ... )
    False
    """
    weight_totals = {Decimal(100)} | ({sums.weight_total} - {None})
    if sums.weights in weight_totals and sums.weights - weight + actual not in weight_totals:
        return True
    return (
        sums.points_total is not None
        and sums.points == sums.points_total
        and sums.points + weight != sums.points_total
    )


def _short_at_actual_side(
    target: str, weight: Decimal, most_points: Decimal = _MOST_POINTS
) -> bool:
    """Whether a named row one column short misses its actual (sh25, regress81 s1).

    ``群众文化获得感 | 明显提升 | 20 | 18 | (blank)``: a target in words, with no figure
    (``明显提升``, ``有效改善``), cannot have a bare number for its actual, so the bare
    number under 实际完成值 is the 分值 and the one under 分值 the 得分. A target holding a
    figure (``≥30``, ``100%``, ``0起``, ``2024年底前``) keeps the row's columns: its
    actual may be a bare number and the row one not yet scored (``培训人次 | ≥30 | 30 |
    10 | (blank)``). The 分值 so read must not exceed *most_points*, the highest 分值 of
    the table's fully scored rows (100 without one, :func:`_most_points`): beside rows
    of 分值 20, ``群众满意度 | 满意 | 95 | 10 | (blank)`` is an actual 95 and a 分值 10.

    >>> _short_at_actual_side("明显提升", Decimal(20)), _short_at_actual_side("≥30", Decimal(30))
    (True, False)
    >>> _short_at_actual_side("", Decimal(20)), _short_at_actual_side("明显提升", Decimal(120))
    (False, False)
    """
    return (
        bool(target)
        and not any(character.isdigit() for character in target)
        and weight <= most_points
    )


def _fills_value_columns(row: _Row, name_column: int, roles: Mapping[int, str]) -> bool:
    """Whether a scored row fills its header's 指标值, 实际完成值, 分值 and 得分 columns.

    Such a row stands where its header does, whatever its name cell reads like: a short
    statement (``效益 | 履职效益 | 未发生 | 未发生 | 发生1起 | 10 | 10``) is its name (fuzz34
    M4: 履职效益 became the name, the target and actual moved left, 发生1起 the 分值). A
    row shifted left leaves its last value column empty.
    """
    distances = [d for d, role in roles.items() if role in _STATEMENT_VALUE_ROLES]
    if not {"weight", "points"} <= {roles[d] for d in distances} or len(distances) < 4:  # noqa: PLR2004
        return False
    cells = row.cells
    return all(
        name_column + distance < len(cells) and cells[name_column + distance]
        for distance in distances
    )


def _statement_in_name_column(
    row: _Row, position: int, name_column: int, roles: Mapping[int, str]
) -> bool:
    """Whether a label left of the header's name column is followed by a name there.

    ``效益 | 履职效益 | 未发生 | 未发生 | 发生1起 | 10 | 10``: the cell after the label reads
    as a target, but it stands in the name column and the row fills every value column
    after it, so it is the name (fuzz34 M4).
    """
    filled = row.filled
    return (
        filled[position][0] < name_column
        and position + 1 < len(filled)
        and filled[position + 1][0] == name_column
        and _fills_value_columns(row, name_column, roles)
    )


def _scored_only(row: _Row, name_column: int, roles: Mapping[int, str]) -> bool:
    """Whether the row's cells right of *name_column* all stand under 分值 or 得分 (one at least).

    The 决策/过程 rows of an evaluation are scored by criteria: 指标值 and 实际完成值
    left blank, only 分值 and 得分 printed (fuzz34 H1). A cell saying nothing (``/``,
    ``无``, ``—``) is as blank: ``管理效率 | / | / | / | / | 50 | 50`` is a row of a
    level's points (r36d). Text under 偏差原因 or 备注 beside them is the points' note
    (``履职效能 | | | | | 50 | 45 | 扣5分``, r36m: before, it made the level a name).
    """
    after = [
        roles.get(column - name_column)
        for column, text in row.filled
        if column > name_column and _key(text) not in _UNSET_CELLS
    ]
    return any(role in _SCORE_ROLES for role in after) and all(
        role in _SCORE_ROLES or _text_role(role) for role in after
    )


# A name opening with a Latin code and its number (PM2.5年均浓度, PM10浓度, NO2浓度, O3浓度)
# and going on in words: an indicator's name, though the value language reads PM=2.5(年).
_CODE_NAME_RE: Final = re.compile(
    r"[A-Za-z]{1,4}\d+(?:\.\d+)?[\u4e00-\u9fff]{2,}(?:[A-Za-z\d]{1,2}|[(（][^()（）]*[)）])?"
)


def _code_named(text: str) -> bool:
    """Whether *text* is a name opening with a Latin code (``PM2.5年均浓度``; parse29 M1).

    >>> _code_named("PM2.5年均浓度"), _code_named("PM10浓度b"), _code_named("≤35μg/m³")
    (True, True, False)
    """
    return _CODE_NAME_RE.fullmatch(text.strip()) is not None


def _level2_heads_row(
    row: _Row,
    position: int,
    name_column: int,
    target_distance: int | None,
    roles: dict[int, str],
) -> bool:
    """Whether a level-2 word in the 一级 column is the row's level 1.

    The department framework prints 服务对象满意度 as a level 1 (服务对象满意度 |
    社会公众满意度 | 群众就医满意度 | ≥90% …): a level 2 follows it before the header's
    name column, which holds a name (no label, no target), and the target column is
    filled, so the row stands where its header does. A name that is itself a level's
    word (服务对象满意度 | 服务对象满意度指标 | 满意度 | ≥90% | 95% | 20 | 18) is the name
    when the row fills exactly the header's columns from the name column on: the
    header's columns decide.
    """
    filled = row.filled
    if target_distance is None or position + 1 >= len(filled):
        return False
    if filled[position + 1][0] >= name_column:
        return False
    cells = row.cells
    target_column = name_column + target_distance
    if target_column >= len(cells) or not cells[target_column]:
        return False
    name = cells[name_column]
    if not name or (_reads_as_target(name) and not _code_named(name)):
        return False
    if _framework_label(name) is None:
        return True
    return {column for column, _ in filled if column >= name_column} == {
        name_column,
        *(name_column + distance for distance in roles),
    }


def _shifted_past_label(
    row: _Row, labels: list[tuple[int, _Label]], position: int, target_distance: int
) -> bool:
    """Whether a level-2 label in the name column starts a row shifted one column right.

    ``| 效益指标 | 生态效益指标 | PM2.5平均浓度 | ≤40微克/立方米 | 38.68 …``: the level 1
    stands in the header's 二级 column, the level 2 (written as a label, 指标 at its end)
    in its name column, and the name after it starts like a figure (PM2.5, 110接处警),
    so the cell under the header's target column reads as a target. The name is the
    next cell when it reads as a name and the cell the target's distance after it holds
    a target (regress27; a shifted split target, ``空气质量优良天数比例 | ≥ | 75 | %``,
    likewise).
    """
    filled = row.filled
    column, text = filled[position]
    if (
        position + 1 >= len(filled)
        or not _label_text_ends_label(text)
        or labels[-1][0] != column - 1
        or labels[-1][1].level != 1
        or filled[position + 1][0] != column + 1
    ):
        return False
    name = filled[position + 1][1]
    return (
        _framework_label(name) is None
        and _reads_as_name(name)
        and _holds_target(row, column + 1 + target_distance)
    )


@lru_cache(maxsize=4096)
def _reads_as_name(text: str) -> bool:
    """A cell that reads as an indicator's name: prose, or a figure glued to a name.

    ``空气质量优良天数比例``; ``PM2.5平均浓度`` and ``110接处警及时率`` parse as a figure in
    a unit no table uses (平均浓度, 接处警及时率), or with a label before it (PM): names.
    ``≤150万元``, ``100人次`` and a bare ``75`` are targets.
    """
    try:
        target = parse_target(text)
    except ExpressionError:
        return False
    if isinstance(target, Descriptive):
        return True
    if not isinstance(target, Comparison) or target.op is not Op.EQ:
        return False
    if _key(text)[:1] in "=＝≥≤><":
        return False
    unit = target.unit or ""
    bare = unit[1:] if unit[:1] in voc.SCALE_PREFIXES else unit
    known = unit in voc.KNOWN_UNITS or unit in voc.UNIT_ALIASES or bare in voc.KNOWN_UNITS
    return bool(unit) and not known and (target.label is not None or len(unit) >= 3)  # noqa: PLR2004


def _label_is_name(row: _Row, position: int, roles: dict[int, str]) -> bool:
    """Whether a short framework label is an indicator's name here.

    服务对象满意度 and 满意度 are both aliases of framework labels and common names.
    Under merged level cells the name leads its row; it is the name when it is not
    written as a label (no 指标 at its end) and a target follows it at once.
    """
    filled = row.filled
    text = filled[position][1]
    if text.endswith("指标") or position + 1 >= len(filled):
        return False
    following = filled[position + 1][1]
    if (
        position + 2 < len(filled)
        and _statement_name(following, filled[position + 2][1])
        and not _statement_shifted(row, filled[position + 1][0], roles)
    ):
        return False  # 社会效益 | 未发生重大安全生产事故 | 0起: the statement is the name
    return not _label_text_ends_label(text) and _reads_as_target(following)


def _named_level_rows(
    grid: _GridColumns,
    rows: list[_Row],
    row_labels: list[tuple[_Label | None, ...]],
    roles: dict[int, str],
    level1_column: int | None,
) -> dict[int, int]:
    """The rows whose level's word in the header's name column is their name → that column.

    Only where the rows print their level 1 in the header's 一级 column (a grid shifted
    against its header is read by the other rules); see _level_word_names.
    """
    target_distance = next((d for d, r in sorted(roles.items()) if r == "target"), None)
    header_level1 = grid.level1_column
    name_column = grid.name_column
    if (
        target_distance is None
        or header_level1 is None
        or level1_column != header_level1
        or header_level1 >= name_column
        or name_column == grid.levels_column
    ):
        return {}
    layout = _NameLayout(
        name_column,
        header_level1,
        target_distance,
        max((*roles, *grid.spans), default=0),
        roles,
    )
    named: dict[int, int] = {}
    for index, (row, by_column) in enumerate(zip(rows, row_labels, strict=True)):
        if name_column >= len(by_column) or by_column[name_column] is None:
            continue
        position = next(p for p, (column, _) in enumerate(row.filled) if column == name_column)
        if _level_word_names(row, by_column, position, layout):
            named[index] = name_column
    return named


class _NameLayout(NamedTuple):
    """Where a grid's header puts the levels, the names and the values (see _level_word_names)."""

    name_column: int
    level1_column: int
    target_distance: int
    last_value_distance: int
    roles: Mapping[int, str]


def _level_word_names(
    row: _Row, by_column: tuple[_Label | None, ...], position: int, layout: _NameLayout
) -> bool:
    """Whether a level's word in the header's name column is the row's name (expr58 F1).

    Since 财预〔2021〕101号 a 成本 row is often named for its level 2 without the 指标:
    ``产出指标 | 成本指标 | 经济成本 | 控制在预算内 | 未超预算 | 20 | 20``. The word alone
    cannot say whether 经济成本 is a label or the name; its column and the row's cells
    can. It is the name when it is not written as a label (no 指标 at its end), stands
    in the header's 三级 column with only labels left of it, where the header puts them
    (the rows' level 1 printed in the header's 一级 column), and from it the row fills
    the header's columns: the target column holds a cell, no cell stands past the last
    value column, and 分值/得分 hold figures. Then:

    - a row that prints its level 2 (成本指标, 社会效益指标…) before it has no room for
      another label: the word is the name;
    - otherwise (the 二级 cell blank or merged) the word is the name when read as a
      label the row would come up short: fewer of the target, planned, actual and
      score columns filled (``成本指标 | | 经济成本 | 控制在预算内 | 未超预算 | 20 | 20``
      puts 20 as the actual, the 得分 empty), or words under 分值/得分. A row that read
      as a label fills as many (``效益指标 | | 社会效益 | 党员参与度提升情况 | 提升 | 提升 |
      提升`` in a tracking table, the seed's shifted row) keeps the label.

    Either way a row whose next cell reads as a name and the cell the target's
    distance after it as a figure (``经济成本 | 人员经费 | ≤10万元 | 9万元``) is a label
    shifted into the name column.

    Example:
        >>> layout = _NameLayout(3, 1, 1, 5, {1: "target", 2: "actual", 3: "weight",
        ...                                  4: "points", 5: "reason"})
        >>> def reads(*cells: str) -> bool:
        ...     filled = tuple((c, t) for c, t in enumerate(cells) if t)
        ...     row = _Row(cells, 0, filled, "".join(cells), None)
        ...     labels = tuple(map(_framework_label, cells))
        ...     position = next(p for p, (c, _) in enumerate(filled) if c == 3)
        ...     return _level_word_names(row, labels, position, layout)
        >>> reads("", "产出指标", "成本指标", "经济成本", "控制在预算内", "未超预算", "20", "20")
        True
        >>> reads("", "成本指标", "", "经济成本", "控制在预算内", "未超预算", "20", "20")
        True
        >>> reads("", "成本指标", "", "经济成本", "人员经费", "≤10万元", "9万元", "20", "20")
        False
        >>> reads("", "产出指标", "成本指标", "经济成本指标", "控制在预算内", "未超预算", "20")
        False
    """  # fmt: skip
    filled = row.filled
    column, text = filled[position]
    name_column = layout.name_column
    if (
        column != name_column
        or position + 1 >= len(filled)
        or _label_text_ends_label(text)
        or _WEIGHT_RE.search(_key(text)) is not None
    ):
        return False
    level2_printed = False
    for left, _ in filled[:position]:
        label = by_column[left]
        if label is None:
            if left >= layout.level1_column:
                return False  # a name, a code or a ditto mark before it: not this rule
            continue
        if label.level == 2 or label.level2 is not None:  # noqa: PLR2004
            level2_printed = True
        elif label.level == 1 and left != layout.level1_column:
            if label.name != "成本指标" or left < layout.level1_column:
                return False  # a level 1 out of its column: the row is shifted
            level2_printed = True  # 产出指标 (merged) | 成本指标: the old level 2
    cells = row.cells
    target = _cell(row, name_column + layout.target_distance)
    if not target or _framework_label(target) is not None:
        return False
    if filled[-1][0] - name_column > layout.last_value_distance:
        return False
    name_filled, name_valid = _roles_filled(cells, name_column, layout.roles)
    if not name_valid:
        return False
    label_name = filled[position + 1][0]
    if _figure_target(_cell(row, label_name + layout.target_distance)) and not _reads_as_target(
        target
    ):
        return False  # 经济成本 | 人员经费 | ≤10万元: the word is the level 2, shifted
    if level2_printed:
        return True
    label_filled, label_valid = _roles_filled(cells, label_name, layout.roles)
    return not label_valid or name_filled > label_filled


def _roles_filled(
    cells: tuple[str, ...], name_column: int, roles: Mapping[int, str]
) -> tuple[int, bool]:
    """How many set and score columns a row fills, and whether its 分值/得分 hold figures.

    The row's name stands at *name_column*; a 分值 or 得分 cell may also hold nothing
    or a dash.

    >>> _roles_filled(("名称", "≥5个", "6个", "10", ""), 0, {1: "target", 2: "actual",
    ...               3: "weight", 4: "points"})
    (3, True)
    >>> _roles_filled(("名称", "≥5个", "达到"), 0, {1: "target", 2: "weight"})
    (2, False)
    """  # fmt: skip
    count = 0
    valid = True
    for distance, role in roles.items():
        column = name_column + distance
        text = cells[column] if column < len(cells) else ""
        if not text:
            continue
        if role in _SCORE_ROLES:
            valid = valid and (text in _UNSET_CELLS or _number(text) is not None)
            count += 1
        elif role in _SET_ROLES:
            count += 1
    return count, valid


@lru_cache(maxsize=4096)
def _figure_target(text: str) -> bool:
    """A cell that parses as a target with a figure or a date (``≤10万元``, ``2025年底前``).

    >>> _figure_target("≤10万元"), _figure_target("未超预算"), _figure_target("按标准执行")
    (True, False, False)
    """
    if not text:
        return False
    try:
        target = parse_target(text)
    except ExpressionError:
        return False
    return isinstance(target, (Comparison, Range, Deadline, PeriodTarget))


@lru_cache(maxsize=4096)
def _label_text_ends_label(text: str) -> bool:
    """A label written as one: 指标 at its end, a weight after it allowed (产出指标(50分))."""
    return _WEIGHT_RE.sub("", _key(text)).endswith("指标")


def _note_drift(builder: _Builder, offsets: list[tuple[int, _Row, int, int, str]]) -> None:
    """Note a grid shifted against its header, and rows shifted against their neighbours.

    Seed table 1 stands one column off its header; seed table 2's 党员参与度提升情况
    stands one column later than its neighbours.
    """
    grid = builder.grid
    if grid is None or not offsets:
        return
    shifts = [offset for offset, *_ in offsets]
    common = max(sorted(set(shifts)), key=shifts.count)
    if common != 0:
        builder.finding(
            "layout-normalised",
            Severity.INFO,
            f"指标表的数据行相对表头整体错开{abs(common)}列，已按与指标名称的距离读取",
            builder.where(grid.row, grid.name_column),
        )
    for offset, row, column, index, name in offsets:
        if offset != common:
            builder.finding(
                "layout-normalised",
                Severity.INFO,
                f"指标“{name}”所在行相对相邻行错开{abs(offset - common)}列，已按与指标名称的距离读取",
                builder.where(row, column, indicator=index, name=name),
            )


def _cost_is_level1(
    rows: list[_Row],
    row_labels: list[tuple[_Label | None, ...]],
    named_levels: Mapping[int, int] | None = None,
) -> bool:
    """Whether 成本指标 is a level 1 here (domain.md §1.5).

    It is when 101号 cost level 2s appear, or when it stands in one column with the
    other level-1 labels; otherwise it is the old level 2 under 产出指标.
    *row_labels* are the rows' framework labels by column; *named_levels* maps a row's
    index to the column of a level's word that is its name (产出指标 | 成本指标 | 经济成本 |
    控制在预算内: the name 经济成本 is no 101号 label).
    """
    level1_columns: set[int] = set()
    cost_columns: set[int] = set()
    named = named_levels or {}
    for index, (row, by_column) in enumerate(zip(rows, row_labels, strict=True)):
        filled = row.filled
        # a 序号 column: 1, 2, 3… stand before the labels
        serial = filled[0][0] if len(filled) > 2 and _is_serial(filled[0][1]) else -1  # noqa: PLR2004
        name_column = named.get(index, -1)
        # the columns of a label, passing over the others in C (a _Label, a tuple of
        # fields, is true; r38d: most cells are no label)
        for column in itertools.compress(itertools.count(), by_column):
            if column in (serial, name_column):
                continue
            label = cast("_Label", by_column[column])  # (compress passed over the None)
            if label.level == 2 and label.name in _COST_LEVEL2_101:  # noqa: PLR2004
                return True
            if label.level == 1 and label.name == "成本指标":
                cost_columns.add(column)
            elif label.level == 1:
                level1_columns.add(column)
    return bool(cost_columns & level1_columns)


_COST_LEVEL2_101: Final = frozenset({"经济成本指标", "社会成本指标", "生态环境成本指标"})


def _apply_labels(  # noqa: PLR0913, PLR0917
    builder: _Builder,
    row: _Row,
    labels: list[tuple[int, _Label]],
    state: _GridState,
    cost_is_level1: bool,  # noqa: FBT001
    level1_weights: dict[str, Decimal],
    indicator: int | None,
    name_of_next: str | None = None,
) -> bool:
    """Set level 1 / 2 from a row's leading labels; True when a level 1 was inferred."""
    printed1: str | None = None
    printed2: str | None = None
    printed2_column = 0
    misplaced = False
    weight: Decimal | None = None
    for column, label in labels:
        if label.ditto:
            continue  # 〃 under 产出指标: the level above's, kept as a merged cell's
        name = label.name
        # (_department_level2's own first test inline, r39c: most labels are level 2s)
        if label.level == 1 and _department_level2(row, column, label, state, printed1):
            # 社会效应 | 满意度 | 群众满意率: the project framework's level 1 word under a
            # department's own level 1 is its level 2 (r37d)
            printed2, printed2_column = name, column
            continue
        if name == "成本指标" and label.level == 1 and not cost_is_level1:
            name, level = "成本指标", 2
        elif name == "成本指标" and cost_is_level1:
            level = 1
        else:
            level = label.level
        if label.weight is not None and (
            level != 2  # noqa: PLR2004
            or (state.level1_column is not None and column <= state.level1_column)
        ):
            # (| 数量指标（30分）: a level 2's weight, no level 1's, unless it stands in the
            # level-1 column, heading the level 1; r37b: before, taken as the level 1's,
            # level1-weight-mismatch against the level 1's whole rows)
            weight = label.weight
        if level == 1:
            printed1 = name
            if label.level2 is not None:
                printed2, printed2_column = label.level2, column
        elif level == 2:  # noqa: PLR2004
            printed2, printed2_column = name, column
            if (
                state.level1_column is not None
                and column <= state.level1_column
                and printed1 is None
            ):
                misplaced = True
    if printed1 is not None:
        state.level1 = printed1
        state.level2 = None
        state.level1s.add(printed1)
    inferred = False
    carried: str | None = None
    if printed2 is not None:
        parent = voc.LEVEL2_PARENT.get(printed2)
        if printed2 == "成本指标":
            parent = "产出指标"
        state.level2 = printed2
        # Under a level 1 outside the project framework (社会效应, 履职效能: a department's
        # own levels, printed and carried down) a level 2 keeps that level 1.
        own_level1 = state.level1 is not None and state.level1 not in voc.LEVEL1
        # 投入/过程/产出/效益: 服务对象满意度 is a level 2 of 效益 there (dept22 M1)
        own_level1 = own_level1 or (
            state.level1 == "效益指标"
            and parent == "满意度指标"
            and not state.level1s.isdisjoint(_INPUT_PROCESS_LEVEL1)
        )
        if (
            printed1 is None
            and parent is not None
            and (misplaced or (state.level1 != parent and not own_level1))
        ):
            # a bare (30分) in the level 1 column: a level 1 whose name is missing
            column1 = state.level1_column
            blank = column1 is None or column1 >= len(row.cells) or not row.cells[column1].strip()
            # (only a level 1 the table printed is carried: one inferred for the row above
            # is no level 1 of the table's, regress40 W8)
            printed_above = state.level1 in state.level1s
            carried = state.level1 if blank and not misplaced and printed_above else None
            state.level1 = parent
            inferred = True
    if weight is not None and state.level1 is not None:  # 产出指标(50分), or a bare (50分)
        level1_weights.setdefault(state.level1, weight)
        builder.label_weights.setdefault(state.level1, weight)
    if inferred and indicator is not None:
        where_column = printed2_column
        # a level 1 printed above and carried down is neither missing nor misplaced:
        # the level 2 does not belong to it (dept22 M1)
        why = (
            f"不属于一级指标“{carried}”"
            if carried is not None
            else "所在位置为一级指标列或一级指标缺失"
        )
        builder.finding(
            "category-normalised",
            Severity.INFO,
            f"二级指标“{state.level2}”{why}，一级指标按框架归为“{state.level1}”",
            builder.where(row, where_column, indicator=indicator, name=name_of_next),
        )
    return inferred


def _department_level2(
    row: _Row, column: int, label: _Label, state: _GridState, printed1: str | None
) -> bool:
    """Whether a project framework's level 1 label is a department's level 2 (r37d).

    A 部门整体 table's own level 1s (社会效应, 履职效能: no level 1 of the project
    framework) have level 2s named like the project framework's level 1s:
    ``社会效应 | 满意度 | 群众满意率`` or, the 社会效应 merged down, ``(blank) | 满意度指标 |
    …``. Right of the header's level 1 column, on a row whose level 1 is such a level
    (printed on the row, or carried down to a blank level 1 cell), the word is that
    level's level 2. Before, it was read as the level 1 满意度指标: the row left its
    level 1 (a false `level1-weight-mismatch`), and the level 2s after it in the group
    were moved to 效益指标 with `category-normalised`.
    """
    column1 = state.level1_column
    if (
        label.level != 1
        or label.level2 is not None
        or label.name not in voc.LEVEL1
        or column1 is None
        or column <= column1
    ):
        return False
    if printed1 is None:
        if column1 < len(row.cells) and row.cells[column1].strip():
            return False  # a level 1 cell that holds something else: not carried down
        printed1 = state.level1 if state.level1 in state.level1s else None
    return printed1 is not None and printed1 not in voc.LEVEL1


def _department_level1(text: str) -> bool:
    """Whether a cell is a level 1 of the department-wide framework (一、社会效应（20分）)."""
    key = _WEIGHT_RE.sub("", _LABEL_NUMBER_RE.sub("", _key(text))).rstrip(":")
    return key in voc.DEPARTMENT_LEVEL1


_Parsed = TypeVar("_Parsed", Target, Value)


def _parsed(
    parse: Callable[..., _Parsed],
    row: _Row,
    cell: tuple[int, str] | None,
    text: str,
    year: int | None,
) -> _Parsed:
    """*text* (a value cell's, or what a target's columns make) parsed, line breaks kept.

    A cell's white space is folded into one space for reading; to the parser a line
    break between two phrases is a clause break (已完工⏎正在验收 is in progress, 已完工
    正在验收 would read as one status word). The result keeps the folded text.
    """
    if cell is None or row.raw is None or cell[1] != text:  # no breaks, or a joined target
        return parse(text, year=year)
    column = cell[0]
    raw = row.raw[column] if column < len(row.raw) else ""
    if "\n" not in raw:
        return parse(text, year=year)
    if "<" in raw:
        raw = _TAG_RE.sub("", raw)
    parsed = parse(_SPACE_RE.sub(_folded, raw).strip(), year=year)
    if isinstance(parsed, Descriptive):
        # prose either way: the folded text, as every other cell's (持续⏎壮大 is 持续壮大,
        # which an actual copying it must match)
        return parse(text, year=year)
    return evolve(parsed, text=text)


def _folded(space: re.Match[str]) -> str:
    """A run of white space as one line break if it holds one, else as one space."""
    return "\n" if "\n" in space.group() else " "


# An operator with no figure (``≥``, ``≤``, ``≥个``, ``≥%``): the cell left half filled.
_BARE_OPERATOR_RE: Final = re.compile(r"\s*[≥≤><＞＜]=?\s*[^\dA-Za-z\s]{0,4}\s*")


def _bare_operator(name: str, text: str) -> str | None:
    """The finding's Chinese message for a target that is an operator alone (t31 M1), or None.

    Example:
        >>> _bare_operator("新建站点", "≥个")
        '“新建站点”年度指标“≥个”未填写具体数值'
        >>> _bare_operator("新建站点", "≥1O个") is None
        True
    """
    if _BARE_OPERATOR_RE.fullmatch(text) is None or any(c.isdigit() for c in text):
        return None
    return f"“{name}”年度指标“{text.strip()}”未填写具体数值"


# The roles of an indicator's cells read after its values (上年实际完成值, 中期指标值,
# 完成目标可能性, 完成情况, 核心指标, 指标方向性, 指标性质, 备注, 指标值说明): most rows
# have none, and _indicator asks them only of a row that has one (r38d).
_NOTE_ROLES: Final = frozenset(
    {
        "reference",
        "midterm",
        "likelihood",
        "status",
        "core",
        "direction",
        "nature",
        "remarks",
        "explanation",
    }
)
# The 分值 and 得分 cells' roles (a 跟踪表 has neither).
_SCORE_CELL_ROLES: Final = frozenset({"weight", "points"})


def _indicator(  # noqa: PLR0913, PLR0917
    builder: _Builder,
    row: _Row,
    year: int | None,
    state: _GridState,
    name: str,
    raw_name: str,
    core: bool,  # noqa: FBT001
    name_column: int,
    placed: dict[str, tuple[int, str]],
    index: int,
    unit: str | None,
    *,
    layout: _EmptyLayout | None = None,
    name_cell: int | None = None,
    part_columns: bool = True,
) -> Indicator:
    """One indicator from its name and *placed* cells (role → column and non-empty text).

    With the grid's *layout* (:func:`_empty_layout` of its roles), the places of its
    empty 纠偏措施 and 偏差原因 cells too (:func:`_empty_places`). *name_cell* is the
    name's column when it is not *name_column*, the column the values are read from (a
    name merged over the level columns). *part_columns* False: the grid has no column
    for a part of the year (every role of *placed* is one of its columns', none with ``@``).
    """
    get = placed.get
    file = builder.file
    sheet = builder.sheet.name_at(row.at) if builder.sheet.parts else builder.sheet_name
    number = builder.row_number(row)
    # builder.column_number inline: the row's shift once, not once per cell
    shifts = builder.sheet.column_shifts
    first = 1 if shifts is None else 1 + shifts[row.at]  # column 0's number
    origin = name_column + first
    position = _new_position(
        file, sheet, number, origin if name_cell is None else name_cell + first
    )
    cells = [("name", position)]
    add = cells.append
    # The cells' places are taken in the loop that asks each cell for an Excel error
    # (r39c: one loop over *placed*, not two), when *placed* is the one the cells are
    # of: nothing below changes it but a 完成情况 cell's (_status_values and the
    # likelihood's rename give a new dict), whose cells are placed at the end, as before.
    # Without part columns no role has ``@`` (see *part_columns*): none is tested.
    placed_now = "status" not in placed
    for role, (column, text) in placed.items():
        if text[:1] == "#" and _is_excel_error(text):  # kept as its text, and said
            builder.finding(
                excel_error_id(role),
                Severity.WARNING,
                _excel_error(text),
                builder.where(row, column, indicator=index, name=name),
            )
        if placed_now and (not part_columns or "@" not in role):  # a part's: kept in parts
            add((role, _new_position(file, sheet, number, column + first)))
    if not placed_now:
        placed = _status_values(builder, placed, year)
        get = placed.get
    target_cell = get("target")
    target_text = target_cell_text = target_cell[1] if target_cell is not None else ""
    if "nature" in placed or "unit" in placed:
        nature_cell = get("nature")
        unit_cell = get("unit")
        target_text = _joined_target(
            nature_cell[1] if nature_cell is not None else "",
            target_text,
            unit_cell[1] if unit_cell is not None else "",
        )
    target: Target | None = None
    if target_text:
        try:
            target = (
                parse_target(target_text, year=year)
                if row.raw is None
                else _parsed(parse_target, row, target_cell, target_text, year)
            )
        except ExpressionError as exc:
            target = Descriptive(target_text, text=target_text)
            column = target_cell[0] if target_cell is not None else name_column
            builder.finding(
                "malformed-target",
                Severity.WARNING,
                _bare_operator(name, target_text) or str(exc),
                builder.where(row, column, indicator=index, name=name),
            )
        if isinstance(target, Descriptive):  # (_kinds_counted's own first test, r39c)
            target = _kinds_counted(target, target_text, name)
        if (
            isinstance(target, (Comparison, Range))
            and target.unit == "%"
            and "unit" in placed
            and target_text != target_cell_text
        ):
            # ≥0.9 | %: the % the column gives is not the cell's, and scoring tells a
            # share (0.9 of a 及时率: 90%) by a % the cell does not write; the text is the cell's
            target = _column_percent(target, target_cell_text, placed, year)
        if unit is not None:
            target = _with_unit(target, unit)
        elif "unit" in placed and "/" in placed["unit"][1]:
            # ≤1000元 | 元/生·年: the row's compound unit, written short in the cell
            target = _with_unit(target, _key(placed["unit"][1]))

    # A 度量单位 column is the unit of the whole row, like a unit in the name: a bare
    # actual (96.2 under 度量单位 %) is in it too.
    value_unit = unit
    unit_cell = get("unit")
    if value_unit is None and unit_cell is not None:
        column_unit = _key(unit_cell[1])
        if 0 < len(column_unit) <= _LONGEST_UNIT and _number(column_unit) is None:
            value_unit = column_unit
    own_units = _own_units(builder.grid, placed) if _SECOND_UNIT in placed else {}
    values: list[Value | None] = []
    for role in ("planned", "actual", "forecast"):
        cell = get(role)
        if cell is None:
            values.append(None)
            continue
        value = (
            parse_value(cell[1], year=year)
            if row.raw is None
            else _parsed(parse_value, row, cell, cell[1], year)
        )
        if role == "forecast" and isinstance(value, TextValue):
            value = _forecast(cell[1], value, year)
        role_unit = own_units.get(role, value_unit)
        values.append(_with_unit(value, role_unit) if role_unit is not None else value)
    planned, actual, forecast = values
    # (a grid of no part's column: _breakdown finds no ``@`` role, so no parts, and
    # _in_project_order returns them with no month; not called, r38d)
    parts = _breakdown(builder, row, placed, year, value_unit) if part_columns else ()
    # a project year's parts (7-9月 … 4-6月 of 2024年7月-2025年6月) counted from its
    # first month, so that 1-3月 comes after 10-12月 (r36o: 1-3月 and 4-6月 alone were
    # the plan due by 2025-06)
    framed, framed_month = _in_project_order(builder, parts) if parts else ((), None)
    plan_cell: Position | None = None
    if parts and get("planned") is None:
        # 一季度 | 二季度 … under 分季度计划值: the plan due by the period's end
        plan = _period_plan(framed, framed_month, target)
        if isinstance(plan, Breakdown):
            planned, plan_cell = plan.value, plan.position
        elif plan is not None:
            planned = plan
            plan_cell = next(
                (
                    p.position
                    for p in reversed(framed)
                    if p.role == "planned" and (framed_month is None or p.start <= framed_month)
                ),
                None,
            )
    actual_cell: Position | None = None
    if parts and get("actual") is None and "actual" not in _grid_roles(builder):
        # 1-3月完成值 | 1-6月完成值 … and no period's column: the latest one from January
        # filled; the period's column printed but empty stays empty (missing-actual)
        # (a project year's parts counted from its first month, as the plan's: r36o)
        framed = _without_planned_quarters(framed, framed_month, builder.bare_part_labels)
        chosen = _period_actual(framed, framed_month, target)
        if isinstance(chosen, Breakdown):
            actual, actual_cell = chosen.value, chosen.position
        elif chosen is None or isinstance(chosen, _Unsure):
            _note_monthly_actuals(
                builder,
                row,
                framed,
                name,
                index,
                unsure=chosen is _UNSURE,
                straddle=_parts_month(builder) if chosen is _STRADDLE else None,
            )
        else:
            actual = chosen  # 1月 | … | 6月, 1-6月 | 7-8月 added up: the last part's cell
            actual_cell = next(
                (
                    p.position
                    for p in reversed(framed)
                    if p.role == "actual" and p.end == framed_month
                ),
                None,
            )
        parts = _out_of_project_order(builder, framed)
    previous: Value | None = None
    midterm: Target | None = None
    likelihood: Likelihood | None = None
    likelihood_text: str | None = None
    direction: Direction | None = None
    remarks = about = ""
    if not _NOTE_ROLES.isdisjoint(placed):
        # Every test below asks the cell of one of these roles (of 中期 and 指标性质 too
        # only once a 中期 cell is found): a row of none of them (most rows: 目标值 |
        # 实际值 | 偏差原因) keeps the defaults above, as each test would leave them (r38d)
        if (cell := get("reference")) is not None and _last_year_actual(builder, cell[0], year):
            # 上年实际完成值 beside the target: kept, for the target to be held against
            previous = parse_value(cell[1], year=year - 1 if year is not None else None)
            if value_unit is not None:
                previous = _with_unit(previous, value_unit)
        if (cell := get("midterm")) is not None:
            # 中期/实施期指标值 beside the year's: kept, for the year's to be held against it
            # (target21 H7); a cell that does not parse is kept as its words
            midterm_text = cell[1]
            midterm_unit = value_unit
            if "midterm-nature" in placed or "midterm-unit" in placed:
                # 指标性质 | 指标值 | 度量单位 under 中期指标值: the mid-term's own triple
                own_nature, own_unit = get("midterm-nature"), get("midterm-unit")
                nature_cell = own_nature or get("nature")
                midterm_text = _joined_target(
                    nature_cell[1] if nature_cell is not None else "",
                    midterm_text,
                    own_unit[1] if own_unit is not None else "",
                )
                if own_unit is not None and 0 < len(_key(own_unit[1])) <= _LONGEST_UNIT:
                    midterm_unit = unit or _key(own_unit[1])
            elif (nature_cell := get("nature")) is not None:
                # one 指标性质 beside both 中期 and 年度指标值 is the row's operator, as the
                # 度量单位 is its unit: ≤ | 3000 | 3200 reads ≤3000 (read56 H1)
                midterm_text = _joined_target(nature_cell[1], midterm_text, "")
            try:
                midterm = parse_target(midterm_text, year=year)
            except ExpressionError:
                midterm = Descriptive(cell[1], text=cell[1])
            if midterm_unit is not None:
                # the row's unit (in the name or its 度量单位 column) is the 中期 figure's too,
                # as it is the target's and last year's (target25 H1)
                midterm = _with_unit(midterm, midterm_unit)

        cell = get("likelihood")
        likelihood_text = cell[1] if cell is not None else None
        likelihood = _likelihood(likelihood_text) if likelihood_text else None
        if likelihood is None and likelihood_text and cell is not None:
            # 确定能（ ）有可能（ ）, ☑确定能 ☑有可能: no option chosen, or several
            _note_unclear_likelihood(
                builder,
                likelihood_text,
                f"指标“{name}”完成目标可能性",
                builder.where(row, cell[0], indicator=index, name=name),
            )
        if cell is None and (cell := get("status")) is not None:
            # 完成 under 完成情况 / 是否完成 beside the figure: the unit's own judgement of the
            # row, as 确定能 is, so that the figure's verdict is checked against it
            likelihood_text = cell[1]
            likelihood = _status_likelihood(likelihood_text)
            placed = {("likelihood" if role == "status" else role): c for role, c in placed.items()}
        if (cell := get("core")) is not None:
            core = _core_column(builder, row, cell, starred=core, index=index, name=name)
        # 指标方向性 (正向, 越小越好, 逆向指标…), else a direction word in the 指标性质 column
        if (cell := get("direction")) is not None:
            _check_direction_cell(builder, row, cell, index=index, name=name)
        said = None
        if (cell := get("direction")) is not None:
            said = _direction_word(cell[1])
        if said is None and (cell := get("nature")) is not None:
            said = _direction_word(cell[1])
        direction = _DIRECTIONS.get(said) if said is not None else None
        cell = get("remarks")
        remarks = cell[1] if cell is not None else ""
        # 指标值说明, 指标值设定依据, 指标解释, 评（扣）分标准: what the target means or rests on,
        # kept under its header. A target table keeps it in the remarks (r34g); in a 跟踪表
        # or 自评表 the remarks are the unit's own words, which scoring reads, and the text
        # goes to ``about``, which scoring does not read (r35k; before, only its cell was kept)
        about = ""
        extra = "explanation"
        while (cell := get(extra)) is not None:
            if _states(cell[1]):
                printed = _cell(builder.grid.row, cell[0]) if builder.grid is not None else ""
                header = "".join(
                    (printed or dict(builder.header_labels).get(cell[0]) or "说明").split()
                )
                said_text = f"{header}：{_unwrapped_text(row, *cell)}"
                if builder.kind not in (TableKind.TRACKING, TableKind.SELF_EVALUATION):
                    remarks = f"{remarks}；{said_text}" if remarks else said_text
                else:
                    about = f"{about}；{said_text}" if about else said_text
            extra += "+"
        if (
            get("likelihood") is not None
            and (cell := get("status")) is not None
            and _states(status := cell[1])
        ):
            # 完成情况 (未完成) beside 完成目标可能性 (确定能): the likelihood is the row's
            # judgement, the unit's own status is kept in its remarks, labelled by its header
            header = dict(builder.header_labels).get(cell[0]) or "完成情况"
            status = f"{header}：{status}"
            remarks = f"{remarks}；{status}" if remarks else status
    cell = get("reason")
    reason = _ticked(_unwrapped_text(row, *cell)) if cell is not None else ""
    extra = "reason+"
    while (cell := get(extra)) is not None:
        # 偏差原因类型 | 具体原因 | 改进措施: together they are the table's explanation
        if more := _ticked(_unwrapped_text(row, *cell)):
            reason = f"{reason}；{more}" if reason else more
        extra += "+"
    if reason and ("措施" in reason or "下一步" in reason):
        # 原因：报名人数不足；措施：扩大宣传 under 偏差原因分析及改进措施: the labelled
        # measures are the row's corrective measures, the text before them its reason
        reason, measures = _split_labelled_measures(reason)
        if _states(measures):
            builder.indicator_measures.append(f"{name}：{measures}")
    cell = get("corrective")  # a monitoring grid's 纠偏措施 column
    if cell is not None and _states(cell[1]):
        builder.indicator_measures.append(f"{name}：{_unwrapped_text(row, *cell)}")
    weight: Decimal | None = None
    points: Decimal | None = None
    if not _SCORE_CELL_ROLES.isdisjoint(placed):
        # (no 分值 nor 得分 cell: both stay None, and nothing is said, as below)
        cell = _without_money_word(get("weight"))
        weight = _number(cell[1]) if cell is not None else None
        if weight is not None and cell is not None:
            weight = _signed_weight(builder, row, cell, weight, indicator=index, name=name)
        if weight is None and cell is not None and _POINTS_CHINESE_RE.fullmatch(_key(cell[1])):
            weight = _points_figure(cell[1])  # 十, 十五分: a Chinese numeral (regress74)
        if weight is None and cell is not None and "," in cell[1] and _decimal_comma(cell[1]):
            _malformed_figure(builder, row, cell, "分值")  # 9,5: a decimal comma, no figure
        elif weight is None and cell is not None and _unreadable_weight(cell[1]):
            # 待定, x: printed, but no 分值; said at its cell, never taken for a blank one
            # (json32 L3: it was "未设分值", and a column of them was dropped silently)
            builder.finding(
                "malformed-points",
                Severity.WARNING,
                f"分值“{cell[1]}”不是数字，未读入",
                builder.where(row, cell[0], indicator=index, name=name),
            )
        cell = _without_money_word(get("points"))
        points = _number(cell[1]) if cell is not None else None
        if points is not None and not points:
            points = Decimal(0)  # -0: printed as 0 (fuzz34 M2)
        if points is None and cell is not None and "," in cell[1] and _decimal_comma(cell[1]):
            _malformed_figure(builder, row, cell, "得分")
        if points is None and cell is not None and _key(cell[1]) in _FULL_MARKS_WORDS:
            # 满分 in a 得分 cell: the row's 分值, the most the row can be given
            points = weight
            if weight is None:
                builder.finding(
                    "malformed-points",
                    Severity.WARNING,
                    f"得分“{cell[1]}”无法换算为分数：该行没有分值",
                    builder.where(row, cell[0], indicator=index, name=name),
                )
        elif points is None and cell is not None:
            points = _points_figure(cell[1])  # 15/15, 得15分, 14.5（扣0.5分）, 十五
            deducted = _POINTS_DEDUCTED_RE.fullmatch(_key(cell[1]))
            taken = None if deducted is None else deducted_points(deducted["points"])
            if points is None and taken is not None and weight is not None:
                points = weight - taken  # 扣0.5分: the 分值 less it
            if points is None and not (
                _key(cell[1]) in _AMOUNT_PLACEHOLDERS
                or _is_excel_error(cell[1])
                or ("," in cell[1] and _decimal_comma(cell[1]))
            ):
                # 待定, 见附件: printed, but no points; said, never silently blank (pt22 H1)
                builder.finding(
                    "malformed-points",
                    Severity.WARNING,
                    f"得分“{cell[1]}”不是数字，未读入",
                    builder.where(row, cell[0], indicator=index, name=name),
                )

    if not placed_now:  # a 完成情况 cell's new *placed*: its cells placed now
        for role, (column, _) in placed.items():
            if "@" not in role:  # a part of the year's: kept in parts
                add((role, _new_position(file, sheet, number, column + first)))
    if plan_cell is not None:
        cells.append(("planned", plan_cell))
    if actual_cell is not None:
        cells.append(("actual", actual_cell))
    code = builder.codes.get(row.at) or None
    if code is not None and builder.code_column is not None:
        cells.append(
            (
                "code",
                _new_position(file, sheet, number, builder.column_number(row, builder.code_column)),
            )
        )
    if (
        isinstance(actual, Quantity)
        and actual.unit == "分钟"  # (half_points's own first test, r39c)
        and (halved := half_points(actual, target, name)) is not None
    ):
        actual = halved  # 8分半 on 考核评分 ≥9分: 8.5分 in the model too (regress53 W8)
    if layout is not None:
        # the name's source column (a right column group's cells were moved left)
        cells.extend(_empty_places(cells, position, layout, origin - 1))
    return _new_indicator(
        name=name,
        level1=state.level1,
        level2=state.level2,
        raw_name=raw_name,
        core=core,
        target=target,
        planned=planned,
        actual=actual,
        forecast=forecast,
        likelihood=likelihood,
        likelihood_text=likelihood_text,
        direction=direction,
        remarks=remarks,
        deviation_reason=reason,
        weight=weight,
        published_points=points,
        unit=unit,
        code=code,
        previous=previous,
        midterm=midterm,
        position=position,
        cells=tuple(cells),
        parts=parts,
        about=about,
    )


def _check_direction_cell(
    builder: _Builder,
    row: _Row,
    cell: tuple[int, str],
    *,
    index: int,
    name: str,
) -> None:
    """Say a 指标方向性 cell that holds no direction word (``较好``, ``增加``, ``1``).

    Such a word is no direction: a ``malformed-cell`` warning at the cell, naming the word,
    and the indicator's direction is left unset. A blank or a dash (``/``, ``—``, ``无``)
    says nothing and is no finding.
    """
    text = cell[1]
    if _key(text) in _UNSET_CELLS or _direction_word(text) is not None:
        return
    builder.finding(
        "malformed-cell",
        Severity.WARNING,
        f"指标“{name}”的指标方向性“{text.strip()}”无法识别"
        "（应为正向、反向、越大越好、越小越好或适中），未读入",
        builder.where(row, cell[0], indicator=index, name=name),
    )


def _core_column(  # noqa: PLR0913 - the row, the cell, the name's mark, and the indicator
    builder: _Builder,
    row: _Row,
    cell: tuple[int, str],
    *,
    starred: bool,
    index: int,
    name: str,
) -> bool:
    """Whether the row is a core indicator, by its 核心指标 cell (是/否) or a ★ before its name.

    ``是``, ``√``, ``★``, ``核心`` say it is, ``否``, ``非核心`` and a dash say it is not (a
    ★ before the name still does); any other text is no answer: a ``malformed-cell``
    warning at the cell, and the name's ★ alone decides.

    Example:
        >>> [_core_mark(text) for text in ("是", "√", "★", "核心", "否", "/", "待定")]
        [True, True, True, True, False, False, None]
    """
    marked = _core_mark(cell[1])
    if marked is None:
        builder.finding(
            "malformed-cell",
            Severity.WARNING,
            f"指标“{name}”的核心指标“{cell[1]}”不是“是”或“否”，未读入",
            builder.where(row, cell[0], indicator=index, name=name),
        )
        return starred
    return starred or marked


def _core_mark(text: str) -> bool | None:
    """A 核心指标 cell's answer: True for yes, False for no, None for neither."""
    key = _key(text).lower()
    if key in _CORE_YES:
        return True
    if key in _CORE_NO or key in _UNSET_CELLS:
        return False
    return None


# The answers of a 核心指标 column (:func:`_core_mark`), as _key folds them (lower case).
_CORE_YES: Final = frozenset(
    {"是", "√", "✓", "✔", "☑", "★", "☆", "核心", "核心指标", "是核心指标", "y", "yes", "true"}
)
_CORE_NO: Final = frozenset(
    {"否", "不是", "非核心", "非核心指标", "×", "✗", "✘", "☐", "□", "n", "no", "false"}
)


def _last_year_actual(builder: _Builder, column: int, year: int | None) -> bool:
    """Whether the reference *column* is last year's actual (上年实际完成值), by its header."""
    label = dict(builder.header_labels).get(column)
    return label is not None and _names_last_year_actual(label, year)


@lru_cache(maxsize=256)
def _names_last_year_actual(label: str, year: int | None) -> bool:
    """Whether a reference column's header names last year's actual.

    ``上年实际完成值``, ``去年完成值``, ``2024年实际完成值`` in a 2025 table; not last
    year's target (``上年指标值``), nor the same months of last year (``上年同期完成值``,
    ``2024年1-6月完成值``, ``上年上半年完成值``, ``2024年三季度完成值``), which a
    tracking table compares with its months: only the whole year is.

    Example:
        >>> _names_last_year_actual("上年实际完成值", 2025)
        True
        >>> _names_last_year_actual("2024年实际完成值", 2025)
        True
        >>> (
        ...     _names_last_year_actual("上年指标值", 2025),
        ...     _names_last_year_actual("上年同期完成值", 2025),
        ...     _names_last_year_actual("2024年1-6月完成值", 2025),
        ... )
        (False, False, False)
    """
    words = _LAST_YEAR_WORDS if year is None else (*_LAST_YEAR_WORDS, f"{year - 1}年")
    return (
        any(word in label for word in words)
        and any(word in label for word in ("实际", "完成", "实现"))
        and not any(word in label for word in ("同期", "计划", "目标", "预计"))
        and _PART_OF_YEAR_RE.search(label) is None
    )


# Months or a part of the year in a header (1-6月, 上半年, 三季度): not the whole year.
_PART_OF_YEAR_RE: Final = re.compile("月|半年|季")


_LAST_YEAR_WORDS: Final = ("上年", "去年", "上一年", "前一年", "上年度")

_LONGEST_UNIT: Final = 8


def _column_percent(
    target: Comparison | Range, value: str, placed: dict[str, tuple[int, str]], year: int | None
) -> Target:
    """A share (``0.9``) joined to a 单位 column's ``%``, read as the bare cell with that unit.

    Only a figure strictly between 0 and 1: ``0.9`` under ``%`` keeps the text ``0.9``
    with the unit ``%``, which scoring reads as the share it may be (see scoring.md, a
    target written as a share); ``≥95`` and ``≤1`` under ``%`` stay ``≥95%``, ``≤1%``
    (1 as a share is 100%, which no ceiling of a rate means).

    Example:
        >>> str(_column_percent(parse_target("0.9%"), "0.9", {}, 2024).text)
        '0.9'
    """
    high = target.high if isinstance(target, Range) else target.value
    if not 0 < high < 1:
        return target
    nature = placed.get("nature")
    text = _joined_target(nature[1] if nature is not None else "", value, "")
    try:
        bare = parse_target(text, year=year)
    except ExpressionError:
        return target
    if not _unitless_number(bare):
        return target
    return cast("Target", evolve(bare, unit="%"))


def _name_unit(name: str) -> str | None:
    """A unit in a trailing bracket of the name (``服务外包在岸(万美元)``)."""
    match = _NAME_UNIT_RE.search(_key(name))
    if match is not None and match.group(1) in voc.KNOWN_UNITS:
        return match.group(1)
    return None


_OPERATOR_FIRSTS: Final = frozenset("≥≤<>=＞＜＝")
_CHANGE_LEADS: Final = ("较", "比", "同比", "环比", "与上年", "与去年")
# The number words a figure may end in before its unit (1.2万次, 3亿元).
_SCALE_WORDS: Final = "万亿"


def _joined_target(nature: str, value: str, unit: str) -> str:
    """指标性质 | 指标值 | 度量单位 → one target (``≥`` ``95`` ``%`` → ``≥95%``).

    Example:
        >>> _joined_target("≥", "95", "%"), _joined_target("≤", "较上年下降10%", "")
        ('≥95%', '较上年下降10%')
    """
    nature_key = _key(nature)
    if "(" in nature_key:
        nature_key = _operator_key(nature_key) or nature_key  # ≤（小于等于）: ≤ (read55 H5)
    prefix = (
        nature_key
        if nature_key
        and nature_key not in _NO_OPERATOR_PREFIXES
        and _direction_word(nature_key) is None  # 逆向, 越小越好: a direction, no operator
        else ""
    )
    if not value:
        return ""
    if unit and not value.endswith(unit) and value[-1:].isdigit():  # 95 | %, ≥600 | 户
        value += unit
        unit = ""
    elif (
        unit
        and value[-1:] in _SCALE_WORDS
        and value[-2:-1].isdigit()
        and unit[:1] not in _SCALE_WORDS
        and unit != "%"
    ):
        value += unit  # ≥1.2万 | 次: ≥1.2万次 (1.2万 | 万人 is left alone)
        unit = ""
    if prefix and (value[:1] in _OPERATOR_FIRSTS or value.startswith(_CHANGE_LEADS)):
        # ≥ | ≥25: the value states its operator; ≤ | 较上年下降10%: a change in words,
        # whose direction the operator only repeats (≤较上年下降10% would read as prose)
        return value
    if prefix and not value[:1].isdigit():
        # ≥ | 上年水平 | 万人次, ≤ | 批复预算 | 万元: the operator stays with a text the
        # target grammar reads after one (a relative target: a floor, a ceiling); the
        # unit goes with numbers only. = | 每季度首月 keeps the text alone.
        return f"{prefix}{value}" if _operator_reads(f"{prefix}{value}") else value
    return f"{prefix}{value}"


@lru_cache(maxsize=1024)
def _operator_reads(text: str) -> bool:
    """Whether the target grammar reads *text* (an operator before words) without error."""
    try:
        parse_target(text)
    except ExpressionError:
        return False
    return True


# The role of a grid's second unit column (see _own_units).
_SECOND_UNIT: Final = "unit+"


def _own_units(grid: _GridColumns | None, placed: dict[str, tuple[int, str]]) -> dict[str, str]:
    """The units the plan, actual or forecast write in a unit column of their own.

    ``年度指标值 | 度量单位 | 实际完成值 | 计量单位`` (``实际完成值单位``, or ``数值 | 单位``
    under a merged ``实际完成值``): a second unit column right after a value column is
    that value's unit, not the target's (``2950000 | 元`` against ``≤300 | 万元``, read55
    H1). A value with no unit column of its own, or an empty one, keeps the row's unit.

    Example:
        >>> header = _Row(("三级指标", "指标值", "单位", "实际完成值", "单位"), 0, (), "")
        >>> grid = _GridColumns(header, 0, None, {1: "target", 2: "unit", 3: "actual", 4: "unit+"})
        >>> _own_units(grid, {"actual": (3, "2950000"), "unit+": (4, "元")})
        {'actual': '元'}
    """
    if grid is None:
        return {}
    found: dict[str, str] = {}
    for distance, role in grid.roles.items():
        if not role.startswith(_SECOND_UNIT) or (cell := placed.get(role)) is None:
            continue
        owner = grid.roles.get(distance - 1)
        unit = _key(cell[1])
        if (
            owner in ("planned", "actual", "forecast")
            and 0 < len(unit) <= _LONGEST_UNIT
            and _number(unit) is None
        ):
            found[owner] = unit
    return found


def _with_unit(parsed: _Parsed, unit: str | None) -> _Parsed:
    """A unit printed in the indicator name applies to a bare number (服务外包(万美元)).

    So does the row's compound unit to a figure written in its first part: ``1000元``
    under 单位 ``元/生·年`` is 1000元/生·年 (the cell wrote the unit short).
    """
    if unit is not None and _unitless_number(parsed):
        return cast("_Parsed", evolve(parsed, unit=unit))
    if unit is not None and "/" in unit and _short_of(parsed, unit):
        return cast("_Parsed", evolve(parsed, unit=unit))
    return parsed


def _short_of(parsed: Target | Value, unit: str) -> TypeGuard[Comparison | Range | Quantity]:
    """Whether *parsed* is a figure in the first part of the compound *unit* (元 of 元/生·年)."""
    return (
        isinstance(parsed, (Comparison, Range, Quantity))
        and parsed.unit is not None
        and unit.startswith(f"{parsed.unit}/")
    )


# A forecast says what will be: 预计2024年10月完成 is a date in the forecast column (as an
# actual it is no date the work was done), 能完成 is done.
_YEAR_END_FORECAST_RE: Final = re.compile(r"^(?:年底|年末|年内|年终)(?=前?完成)")
_FORECAST_LEAD_RE: Final = re.compile(r"^(?:预计|计划|力争|预期|将于|有望)(?:于|在)?")
# 全年预计可完成, 全年预计年底完成: the year named before the forecast's word (r36s: text).
_FORECAST_YEAR_RE: Final = re.compile(r"^(?:全年|年度|本年度?|今年)(?=预计|预期|有望|力争)")
_FORECAST_DONE_RE: Final = re.compile(
    r"(?:预计|确定|可以|能够|可|能|有望|将|确保|保证|一定|肯定)+"
    # 预计全年可完成: the year named before the word of ability (r35t: it was text)
    r"(?:全年(?:可以|能够|可|能|有望|将)*)?"
    r"(?:全部|全面|按时|按期|如期|按计划)?(?:完成|达成|达到|实现)(?:全年|年度)?(?:任务|目标)?"
    # 达到目标, 达到年度指标值, 实现年度目标: the year's target is what will be reached
    r"|(?:预计)?(?:全部|全面|按时|按期|如期)?(?:完成|达成|达到|实现)(?:了)?"
    r"(?:全年|年度|本年度)?的?(?:绩效)?(?:任务|目标值?|指标值?|计划)"
)
# 难以完成, 完成不了, 无法按期完成, 完全不可能: the forecast of a miss, the work not done at the due date.
_FORECAST_MISS_RE: Final = re.compile(
    r"(?:预计|确定|肯定)?(?:难以|无法|不能|不可能|没法)(?:全部|全面|按时|按期|如期|按计划)?"
    r"(?:完成|达成|达到|实现)(?:全年|年度)?(?:任务|目标值?|指标值?)?"
    r"|(?:预计)?(?:完不成|完成不了)(?:全年|年度)?(?:任务|目标)?"
    # 完全不可能, the template's own word of a miss (track40 M4)
    r"|(?:预计)?(?:完全|确定|肯定)?不可能"
)


def _forecast(text: str, value: TextValue, year: int | None) -> Value:
    """A forecast cell the value grammar leaves as text, read as a forecast.

    ``预计12月底完成`` is the date 12月 (the raw text kept), ``能完成``, ``预计完成``,
    ``确保完成`` and ``达到年度指标值`` are done, ``难以完成`` and ``完成不了`` not done;
    anything else stays *value*.

    Example:
        >>> [_forecast(t, TextValue(t), 2024).status.value for t in ("达到目标", "难以完成")]
        ['done', 'not_done']
    """
    key = _key(text).rstrip("。.")
    said = _FORECAST_YEAR_RE.sub("", key)  # 全年预计可完成 is 预计可完成
    if _FORECAST_DONE_RE.fullmatch(said):
        return StatusValue(Status.DONE, key, text=text)
    if _FORECAST_MISS_RE.fullmatch(said):
        return StatusValue(Status.NOT_DONE, key, text=text)
    lead = _FORECAST_LEAD_RE.match(said)
    if lead is not None and lead.end() < len(said):
        # 预计年底完成, 预计年内完成: by the year's end, as 预计12月底完成 (r35i: it was text,
        # so a forecast past a 9月底前完成 deadline was no lag)
        rest = parse_value(_YEAR_END_FORECAST_RE.sub("12月底", said[lead.end() :]), year=year)
        if not isinstance(rest, TextValue):
            return evolve(rest, text=text)
    return value


def _unitless_number(parsed: Target | Value) -> TypeGuard[Comparison | Range | Quantity]:
    # A guard rather than isinstance inside _with_unit: mypyc's type check rejects the
    # type variable narrowed by isinstance (bench/compiled.sh compiles this module).
    return isinstance(parsed, (Comparison, Range, Quantity)) and parsed.unit is None


# ---------------------------------------------------------------------------
# Putting a table together


# 2023年度“老年助餐服务补贴”项目支出绩效自评表: the project named in quotes, or
# 2023年度老年助餐服务补贴项目支出绩效自评表: before 项目支出绩效/项目绩效 after the year.
_QUOTED_NAME_RE: Final = re.compile(r"[“\"「『《]([^”\"」』》]{2,40})[”\"」』》]项目")
_NAME_BEFORE_RE: Final = re.compile(
    r"^(?:(?:19|20)\d{2}年度?)?(?P<name>(?!\d).{4,40}?)项目(?:支出)?绩效(?:自评|目标|跟踪|监控|运行)"
)
# What stands before 项目支出 in a generic title: no project's name.
_GENERIC_NAME_WORDS: Final = "财政|本级|省级|市级|区级|县级|部门|单位|专项"
_GENERIC_NAME_RE: Final = re.compile(rf"(?:{_GENERIC_NAME_WORDS})+")


# （二）主要建设项目, 二、专项资金项目, （三）下一步拟实施项目, 二、部门整体及项目: a
# heading of a category of projects, made of these words only, names none (r51fix W5).
_GENERIC_HEADING_RE: Final = re.compile(
    rf"(?:{_GENERIC_NAME_WORDS}|中央|部门整体|整体|专项资金|资金|主要|重点"
    r"|其他|其它|一般公共预算|政府性基金预算|政府性基金|国有资本经营预算|公共预算|预算|一般"
    r"|建设|基本建设|新建|续建|在建|新增|下一步|拟实施|拟|实施|已实施|当年|本年|年度|支出"
    r"|转移支付|及|和|与|、)+项目"
)


# （一）某某项目, 一、某某项目, 1.某某项目: a report's section heading naming a project.
_NUMBERED_PROJECT_RE: Final = re.compile(
    r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])"
    r"(?P<name>(?!\d)[^,，。:：;；()（）]{4,40}项目)$"
)
# 关于某某项目的绩效自评报告, 关于2024年度某某项目绩效评价情况的报告.
_ABOUT_PROJECT_RE: Final = re.compile(
    r"^关于(?:(?:19|20)\d{2}年度?)?(?P<name>(?!\d).{4,40}?项目)(?:的|之)?"
    r"(?:(?:19|20)\d{2}年度?)?(?:支出)?绩效(?:自评|评价)"
)


@lru_cache(maxsize=4096)
def _heading_name(text: str) -> str | None:
    """The project a one-cell heading above a table names, if it names one (word26 M1).

    A report's numbered section heading that is a project's name, or a report's
    heading about one project; a generic name (财政项目, 本级项目) or a category of
    projects (主要建设项目, 专项资金项目, 下一步拟实施项目) is none.

    Example:
        >>> _heading_name("（一）老年人助餐服务补助项目")
        '老年人助餐服务补助项目'
        >>> _heading_name("（二）主要建设项目") is None
        True
        >>> _heading_name("关于2024年度老年人助餐服务补助项目的绩效自评报告")
        '老年人助餐服务补助项目'
        >>> _heading_name("一、项目基本情况") is None
        True
    """
    key = _key(text)
    if not key.endswith(("项目", "报告")):
        return None
    match = _NUMBERED_PROJECT_RE.match(key) or (
        _ABOUT_PROJECT_RE.match(key) if key.endswith("报告") else None
    )
    if match is None:
        return None
    name = match.group("name")
    # _GENERIC_HEADING_RE holds every word of _GENERIC_NAME_RE, and *name* ends in 项目
    if _GENERIC_HEADING_RE.fullmatch(name) or "绩效" in name:
        return None
    return name


# 某县教育局2023年度部门整体支出绩效自评表, 2023年度某县教育局部门整体支出绩效自评表: the
# unit before 部门整体/单位整体 (and its year) names the department (r37d).
_DEPARTMENT_TITLE_RE: Final = re.compile(
    r"^(?:\(?(?:19|20)\d{2}年度?\)?)?(?P<unit>(?![\d(])[^:,;，；]{2,40}?)(?:关于)?"
    r"(?:\(?(?:19|20)\d{2}年度?\)?)?(?P<level>(?:[省市区县]级|[市区县]?本级)?)"
    r"(?:部门|单位)整体(?:支出)?(?:预算)?绩效"
)
# What stands before 部门整体 in a generic title (市本级, 省级, 本部门): no unit's name.
_GENERIC_UNIT_RE: Final = re.compile(rf"(?:{_GENERIC_NAME_WORDS}|[省市县区镇乡]|全|本|各|所属)+")
# 附件2, 附表3-2, 表1, 一、, (一): a form's number before the title's words.
_TITLE_FORM_RE: Final = re.compile(
    r"^(?:(?:附件|附表|表(?=\s*[\d一二三四五六七八九十]))\s*"
    r"(?:[\d一二三四五六七八九十]+(?:[-－—.]\d+)*)?\s*:?"
    r"|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[、.])\s*"
)


def _department_in_title(title: str | None) -> str | None:
    """The unit a department-wide table's title names (r37d).

    Published department tables often print no 部门（单位）名称 row: the title carries
    the unit, before or after the year.

    Example:
        >>> _department_in_title("某县教育局2023年度部门整体支出绩效自评表")
        '某县教育局'
        >>> _department_in_title("2023年度某县教育局部门整体支出绩效自评表")
        '某县教育局'
        >>> _department_in_title("（2023年度）某县民政局单位整体支出绩效目标表")
        '某县民政局'
        >>> [
        ...     _department_in_title(t)
        ...     for t in (
        ...         "2023年度部门整体支出绩效自评表",
        ...         "市本级部门整体支出绩效自评表",
        ...         "2023年度项目支出绩效自评表",
        ...     )
        ... ]
        [None, None, None]
    """
    if not title:
        return None
    # the form's number comes off before the spaces do (附件2 2023年度…: not 附件22023)
    unformed = _TITLE_FORM_RE.sub("", title.translate(_FULL_WIDTH).strip(), count=1)
    match = _DEPARTMENT_TITLE_RE.match(_key(unformed))
    if match is None or match.group("level"):
        return None  # 某市2023年度市级部门整体…: the form of a level's departments
    unit = match.group("unit").strip()
    return None if _GENERIC_UNIT_RE.fullmatch(unit) else unit


def _name_in_title(title: str | None) -> str | None:
    """The project a title names when the table prints no 项目名称.

    Example:
        >>> _name_in_title("2023年度“老年助餐服务补贴”项目支出绩效自评表")
        '老年助餐服务补贴'
        >>> _name_in_title("2023年度老年助餐服务补贴项目支出绩效自评表")
        '老年助餐服务补贴'
        >>> _name_in_title("2023年度“两新”党建项目支出绩效自评表")
        '“两新”党建'
        >>> _name_in_title("财政项目支出绩效跟踪表") is None
        True
    """
    if not title:
        return None
    key = _key(title)
    quoted = _QUOTED_NAME_RE.search(key)
    if quoted is not None:
        return quoted.group(1).strip()
    before = _NAME_BEFORE_RE.match(key)
    if before is not None and not _GENERIC_NAME_RE.fullmatch(name := before.group("name")):
        return name
    return None


def _build(builder: _Builder, index: int) -> Table | None:
    """The table *builder* read, as table *index* of its input (None when it holds none)."""
    _close_note(builder)
    _close_progress(builder)
    _settle_budget_parts(builder)
    _check_uses(builder)
    upper = builder.budget_upper
    if upper is not None and not builder.budget:
        # 年度预算申请 | 资金总额 | 按收入性质分 with no row of amounts read under it
        builder.finding(
            "budget-line-unread",
            Severity.INFO,
            f"预算“{upper.filled[0][1]}”按列列示资金来源，其下未见金额行，未能读入",
            builder.where(upper, upper.filled[0][0]),
        )
    tasks = builder.tasks
    if tasks is not None and tasks.budget and not builder.budget and not _whole_by_uses(builder):
        # No budget block, a task list with amounts: its 金额合计 is the budget's total
        # (a block of 基本支出 and 项目支出 alone is one: their sum is the whole, r37n)
        builder.budget = tasks.budget
        builder.budget_unit = builder.budget_unit or tasks.budget_unit
        builder.findings.extend(tasks.findings)
    if builder.grid is None and not builder.budget and "name" not in builder.project:
        return None
    # An undated table whose header names its year (2024年实际完成值): that year
    year = builder.year if builder.year is not None else builder.header_year
    period = builder.period
    kind = builder.stated_kind or builder.kind or _kind_from_grid(builder)
    if period is None and year is not None:
        text = builder.period_text  # the line it was read from (read57 L)
        if builder.window_month is not None:
            period = Period(YearMonth(year, 1), YearMonth(year, builder.window_month), text=text)
        elif (month := _month_of_progress(builder.time_progress)) is not None and (
            kind is TableKind.TRACKING
        ):
            period = Period(YearMonth(year, 1), YearMonth(year, month))
        elif not _mid_year(builder, kind):
            period = Period(YearMonth(year, 1), YearMonth(year, 12), text=text)
        # A table titled 跟踪/监控 that names its year but no months (nor a 序时进度 of
        # whole months, nor the year's end) is judged at no date: read as the whole
        # year, a mid-year shortfall would be a final miss.
    if period is None and year is None and kind is TableKind.TRACKING:
        _yearless_period(builder)
    if period is not None and kind is TableKind.TRACKING:
        period = _term_of_title(builder, period)  # 2025年2月-8月 under a 第二学期 title (r37l)
    if period is not None:
        _note_school_year(builder, period)
    if period is not None and kind is TableKind.TRACKING:
        _title_mismatch(builder, period)
        _past_year_end(builder, period)
        _header_mismatch(builder, period)
        _start_mid_month(builder, period)
    fiscal_year = period.start.year if period is not None else year
    if builder.midterm_start is not None and builder.midterm_open_end:
        builder.dropped.append((builder.midterm_start, len(builder.grid_rows)))
    if builder.dropped:  # the rows of a stacked 中长期 grid
        builder.grid_rows = [
            row
            for index, row in enumerate(builder.grid_rows)
            if not any(start <= index < end for start, end in builder.dropped)
        ]
    indicators = _build_indicators(builder, fiscal_year)
    if period is not None and kind is TableKind.TRACKING and is_project_year(period):
        indicators = [_in_project_year(indicator, period) for indicator in indicators]
    elif period is not None and kind is TableKind.TRACKING and is_school_term(period):
        # a first term's dates of no written year inside its school year (6月底前: the
        # next June, the year's end); a second term's year is the calendar one (r37c)
        # (a first term starts in August or September, r37l: September only)
        school_year = Period(period.start, YearMonth(period.start.year + 1, period.start.month - 1))
        if period.start.month >= 8:  # noqa: PLR2004
            indicators = [_in_project_year(indicator, school_year) for indicator in indicators]
    if builder.full_marks_total is not None and builder.published_total is None:
        _full_marks_total(builder, indicators)
    _settle_conclusion_total(builder)
    _total_row_figures(builder, indicators)
    judgement = None
    _note_blank_judgement(builder)
    if builder.judgement:
        budget_text = builder.judgement.get("budget") or None
        goal_text = builder.judgement.get("goal") or None
        for side, said in (("budget", budget_text), ("goal", goal_text)):
            if said:
                where = builder.judgement_at.get(side) or Where.at(
                    None, file=builder.file, sheet=builder.sheet_name
                )
                subject = "年度项目预算完成可能性" if side == "budget" else "年度绩效目标完成可能性"
                _note_unclear_likelihood(builder, said, subject, where)
        judgement = Judgement(
            budget_text,
            _likelihood(budget_text) if budget_text else None,
            goal_text,
            _likelihood(goal_text) if goal_text else None,
        )
    return Table(
        kind=kind,
        title=builder.title,
        source=Source(builder.file, builder.sheet_name, index, builder.source.sha256),
        project=Project(
            builder.project.get("name")
            or _name_in_title(builder.title)
            or _title_department(builder)
            or builder.heading_name,
            builder.project.get("department")
            or _filing_department(builder)
            or _title_department(builder),
            builder.project.get("implementer")
            or builder.project.get("provider")
            or builder.project.get("local_department")
            or builder.project.get("filer"),
            builder.project.get("code"),
        ),
        period=period,
        budget_unit=builder.budget_unit,
        budget=_with_uses(builder) if builder.budget_uses else tuple(builder.budget),
        overall_goal=_unlabelled_achieved(_unlabelled_goal(builder.goal, builder.goal_printed)),
        indicators=tuple(indicators),
        judgement=judgement,
        corrective_measures=_all_measures(builder.corrective, builder.indicator_measures),
        published=Published(
            builder.published_total, builder.published_grade, builder.published_grade_text
        ),
        time_progress=builder.time_progress,
        findings=tuple(builder.findings),
        level1_weights=tuple(builder.level1_weights.items()),
        notes=(*builder.notes, *_unused_local_department(builder)),
        budget_span=_budget_span(builder) if builder.budget else BudgetSpan.UNKNOWN,
        absent_fields=_absent_fields(builder, indicators),
        cells=_table_cells(builder, period, judgement),
    )


def _unused_local_department(builder: _Builder) -> tuple[Note, ...]:
    """A 区域 table's ``地方主管部门`` that is not its implementer, kept as a note.

    ``中央主管部门 | 农业农村部`` is the department and ``资金使用单位 | XX县农业农村局``
    the implementer: the ``地方主管部门 | 省农业农村厅`` between them held no field and
    was lost (r35k). It is the last note, labelled as printed, at its cell.
    """
    local = builder.project.get("local_department")
    if not local or not any(builder.project.get(key) for key in ("implementer", "provider")):
        return ()  # none, or the implementer: Table.project keeps it
    return (Note("地方主管部门", local, builder.cells.get("project.local_department")),)


# The builder's project field each of Table.project's is read from, in order of choice.
_PROJECT_CELLS: Final = {
    "project.name": ("name",),
    "project.department": ("department",),
    "project.implementer": ("implementer", "provider", "local_department", "filer"),
    "project.code": ("code",),
}


def _table_cells(
    builder: _Builder, period: Period | None, judgement: Judgement | None
) -> tuple[tuple[str, Position], ...]:
    """Where each table-level field of the table *builder* read stands (``Table.cells``).

    Only a field that holds something: a project named by its title has the title's
    cell, one named by a heading above the table or a department read from a filing
    unit none; a period built from a year alone, the cell of the line that gave it.
    """
    cells = builder.cells
    found: dict[str, Position | None] = {"title": cells.get("title")}
    for name, keys in _PROJECT_CELLS.items():
        key = next((key for key in keys if builder.project.get(key)), None)
        found[name] = cells.get(f"project.{key}") if key is not None else None
    if not builder.project.get("name") and (
        _name_in_title(builder.title) is not None or _title_department(builder) is not None
    ):
        found["project.name"] = found["title"]  # 2023年度“老年助餐服务补贴”项目支出绩效自评表
    if (
        not builder.project.get("department")
        and _filing_department(builder) is None
        and _title_department(builder) is not None
    ):
        found["project.department"] = found["title"]  # 某县教育局2023年度部门整体…
    found["period"] = cells.get("period") if period is not None else None
    goal = builder.goal
    for side in ("expected", "achieved"):
        said = getattr(goal, side) if goal is not None else ""
        found[f"overall_goal.{side}"] = cells.get(f"overall_goal.{side}") if said else None
    for side, name in _JUDGEMENT_CELLS.items():
        found[name] = (
            cells.get(name) if judgement is not None and builder.judgement.get(side) else None
        )
    found["corrective_measures"] = (
        cells.get("corrective_measures")
        if builder.corrective or "corrective_measures" in builder.printed_fields
        else None
    )
    found["published.total"] = (
        cells.get("published.total") if builder.published_total is not None else None
    )
    found["published.grade"] = (
        cells.get("published.grade") if builder.published_grade is not None else None
    )
    return tuple(
        (name, position) for name in TABLE_CELL_NAMES if (position := found.get(name)) is not None
    )


# The optional fields a form may have no place for, in the order Table.absent_fields
# names them.
_OPTIONAL_FIELDS: Final = _ABSENT_FIELD_NAMES


def _grid_fields(builder: _Builder, grid: _GridColumns, roles: dict[int, str]) -> None:
    """Note the optional fields the indicator grid has a column for, filled or not.

    A 偏差原因 column (or a ticked category of one) is the rows' reasons; a 纠偏措施 or
    改进措施 column their measures, and so is a reason column whose header names
    measures too (偏差原因分析及改进措施, 偏差原因及纠偏措施, 原因分析及整改措施: a place
    for both, though :func:`_names_measures` takes none of them for measures alone).
    """
    labels = dict(builder.header_labels)
    for distance, role in roles.items():
        if role.startswith("reason"):
            builder.printed_fields.add("deviation_reason")
            if "措施" in _label(labels.get(grid.name_column + distance, "")):
                builder.printed_fields.add("corrective_measures")
        elif role == "corrective":
            builder.printed_fields.add("corrective_measures")


def _absent_fields(builder: _Builder, indicators: Sequence[Indicator]) -> tuple[str, ...]:
    """The optional fields the table's form has no place for (``Table.absent_fields``).

    Only for a table whose indicator grid was read: a field is absent when no grid
    column, closing row or note is for it and nothing was read into it (a reason or a
    measure said elsewhere is a place for it). Without a grid nothing is said: ``()``.
    """
    if builder.grid is None or not indicators:
        return ()
    printed = set(builder.printed_fields)
    for note in builder.notes:
        if "原因" in note.label:
            printed.add("deviation_reason")
        if "措施" in note.label:
            printed.add("corrective_measures")
    if any(indicator.deviation_reason for indicator in indicators):
        printed.add("deviation_reason")
    if builder.corrective or builder.indicator_measures:
        printed.add("corrective_measures")
    return tuple(name for name in _OPTIONAL_FIELDS if name not in printed)


# Words of a budget column's header that say which budget it is: the tracked period's
# (跟踪期预算数, as it stands at the period's end) or the year's (全年预算数, 调整后预算数).
_SPAN_WORDS: Final = (
    ("跟踪期", BudgetSpan.PERIOD),
    ("监控期", BudgetSpan.PERIOD),
    ("全年", BudgetSpan.YEAR),
    ("年度", BudgetSpan.YEAR),
    ("调整", BudgetSpan.YEAR),
    ("批复", BudgetSpan.YEAR),
    ("安排", BudgetSpan.YEAR),
)


def _budget_span(builder: _Builder) -> BudgetSpan:
    """Which budget the block's 预算数 column (the rate's denominator) is, by its header.

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> builder = _Builder(Sheet(()), 0, None)
        >>> builder.budget_header = {2: "initial", 3: "period_budget"}
        >>> builder.budget_header_cells = {2: ("年初预算数", "C4"), 3: ("跟踪期预算数", "D4")}
        >>> _budget_span(builder).value
        'period'
        >>> builder.budget_header_cells[3] = ("预算数（跟踪期）", "D4")
        >>> _budget_span(builder).value
        'period'
    """
    column = next((c for c, role in builder.budget_header.items() if role == "period_budget"), None)
    if column is None or column not in builder.budget_header_cells:
        return BudgetSpan.UNKNOWN
    return _header_span(builder.budget_header_cells[column][0])


def _header_span(text: str) -> BudgetSpan:
    """Which budget a 预算数 header cell names: the tracked period's, the year's, or unknown.

    Example:
        >>> [
        ...     _header_span(t).value
        ...     for t in ("跟踪期预算数", "全年预算数", "预算数（跟踪期）", "预算数")
        ... ]
        ['period', 'year', 'period', 'unknown']
    """
    label = _label(text)
    found = next((span for word, span in _SPAN_WORDS if word in label), None)
    if found is None and label != (key := _key(text)):
        # 预算数（跟踪期）: the span in the brackets, when the words before them name none
        found = next((span for word, span in _SPAN_WORDS if word in key), None)
    return found or BudgetSpan.UNKNOWN


def _title_department(builder: _Builder) -> str | None:
    """The department a department-wide table's own title names (not one taken from above)."""
    return None if builder.title_inherited else _department_in_title(builder.title)


def _filing_department(builder: _Builder) -> str | None:
    """A department-wide table's department when it prints none: the unit that filled it in.

    A 部门整体 (or 单位整体) table is filled in by the department it evaluates, so
    its 填报单位 is its department; a project table's 填报单位 is only its implementer.
    """
    title = builder.title
    filer = builder.project.get("filer")
    if filer is None or title is None or "整体" not in title:
        return None
    return filer if "部门整体" in _key(title) or "单位整体" in _key(title) else None


def _yearless_period(builder: _Builder) -> None:
    """``period-missing`` naming months read without a year (``监控期间：1-7月``).

    A tracking table whose period line, title or header gives its months (or the year's
    end) but which names its year nowhere has no period: said here, at the cell the
    months were read from, that only the year is missing (r35m: before, scoring's
    ``未读到跟踪时段（起止年月）…`` said nothing had been read). Scoring then adds no
    ``period-missing`` of its own.
    """
    if (
        (builder.window_month is None and not builder.year_end)
        or (builder.grid is None and not builder.budget)
        or any(finding.id == "period-unread" for finding in builder.findings)
    ):
        return
    at = builder.cells.get("period")
    elsewhere = "，标题等处也未注明年度"
    if builder.period_row is not None:
        label, value = _line_parts(builder.period_row)
        said = f"{label}“{value}”"
    elif at is not None and at == builder.cells.get("title"):
        said, elsewhere = f"标题“{builder.title}”的时段", ""
    elif builder.period_from_header:
        said = f"表头“{builder.period_text}”的时段"
    else:
        said = f"时段“{_clean(builder.period_text)}”" if builder.period_text else "跟踪时段"
    builder.finding(
        "period-missing",
        Severity.WARNING,
        f"{said}未写年度{elsewhere}，需按日期判断的指标无法判断，"
        "未指定评价日期（--as-of）时序时进度也无法计算；请注明跟踪时段的年度",
        Where.at(at),
    )


def _period_source(builder: _Builder, period: Period) -> tuple[str, Position | None]:
    """Where the period was read, in words for a finding, and its cell.

    ``跟踪时段“2024年1-6月”`` (a period line, its own label), ``标题“…”的时段`` (the
    title), else the period's text.
    """
    at = builder.cells.get("period")
    if builder.period_row is not None:
        label, value = _line_parts(builder.period_row)
        return f"{label}“{value}”", at
    if at is not None and at == builder.cells.get("title"):
        return f"标题“{builder.title}”的时段", at  # 2024年1月-2025年3月…绩效跟踪表
    return (f"跟踪时段“{_clean(period.text)}”" if period.text else "跟踪时段"), at


def _header_mismatch(builder: _Builder, period: Period) -> None:
    """``period-header-mismatch``: value headers name another last month than the period.

    ``监控期间：2024年1-6月`` over ``1-7月执行数 | 1-7月执行情况``: the period line wins,
    as it always did (June 30), but the figures under the headers may be July's, and
    the as-of date rests on which (r35m: before, nothing was said; period-title-mismatch
    compares the line with the title only). Only when every execution or actual header
    naming months names the same last month (``1-3月执行数`` beside ``1-6月累计执行数``
    says nothing), and the period is January to a month of one year; at the first such
    header's cell.
    """
    months = {month for month, _, _ in builder.header_windows}
    if (
        len(months) != 1
        or period.start.year != period.end.year
        or period.start.month != 1
        or (month := months.pop()) == period.end.month
    ):
        return
    _, label, at = builder.header_windows[0]
    source, _ = _period_source(builder, period)
    builder.finding(
        "period-header-mismatch",
        Severity.WARNING,
        f"表头“{label}”的时段（至{month}月）与{source}不符，"
        f"按跟踪时段（至{period.end.year}年{period.end.month}月）评价",
        Where.at(at),
    )


def _past_year_end(builder: _Builder, period: Period) -> None:
    """``period-spans-years``: a tracking period that runs past its first year's end.

    ``跟踪时段：2024年1月-2025年3月``: a tracking table's 序时进度 is the share of its
    year gone, and its year is the period's first (``Table.year``), so it is judged at
    that year's end (2024-12-31, 100%; scoring's ``as_of``), not at 2025-03-31, where
    deadlines of 2025 would be past too (r35m: before, nothing was said). Twelve months
    from a later month (``2024年7月-2025年6月``) are a project year, judged in its own
    months (r36c); fewer (``2024年7月-2025年3月``) have no date (r35q).
    """
    if period.end.year <= period.start.year:
        return
    text, at = _period_source(builder, period)
    year = period.start.year
    if is_school_term(period):
        # 2024-2025学年第一学期 (2024年9月至2025年1月): the term is the table's window (r37c:
        # it had no date, 序时进度无法计算)
        builder.finding(
            "period-spans-years",
            Severity.WARNING,
            f"{text}跨年度（{year}年{period.start.month}月至{period.end.year}年"
            f"{period.end.month}月），按一个学期（{own_year_months(period)}个月）评价："
            "序时进度按学期内已过月数计，未写年份的截止日期取学年内的月份",
            Where.at(at),
        )
        return
    if is_project_year(period):
        # 2024年7月-2025年6月, twelve months: a project year, the table's own year (r36c:
        # r35q gave it no date, a 6月底前 deadline was 2024-06-30)
        builder.finding(
            "period-spans-years",
            Severity.WARNING,
            f"{text}跨年度（{year}年{period.start.month}月至{period.end.year}年"
            f"{period.end.month}月），按一个项目年度（12个月）评价：序时进度按时段内已过月数计，"
            "未写年份的截止日期取时段内的月份",
            Where.at(at),
        )
        return
    if period.start.month != 1:
        # 2024年7月-2025年6月, a project year: no budget year's months to date, so no
        # date to judge it at (period-not-cumulative in scoring; r35q: it was judged at
        # 2024-12-31 with 序时进度 100% after six of its months)
        builder.finding(
            "period-spans-years",
            Severity.WARNING,
            f"{text}跨年度（{year}年{period.start.month}月至{period.end.year}年"
            f"{period.end.month}月），不是一个预算年度的年初至今，不按年度年末评价，"
            "序时进度无法计算",
            Where.at(at),
        )
        return
    builder.finding(
        "period-spans-years",
        Severity.WARNING,
        f"{text}跨年度（止于{period.end.year}年{period.end.month}月），"
        f"超出{year}年度，按{year}年度年末（{year}-12-31）评价",
        Where.at(at),
    )


# A year written in a cell (2024年, 二〇二四年, 2024-, 2024.) or a word naming one
# (次年, 明年, 本年…): such a date keeps its year in a project year.
_YEAR_WRITTEN_RE: Final = re.compile(
    r"(?:19|20)\d{2}\s*[年\-./]|[〇零一二三四五六七八九]{4}年|次年|明年|下年|来年|本年|今年|当年|上年|去年"
)


def _in_project_year(indicator: Indicator, period: Period) -> Indicator:
    """*indicator* with its dates of no written year put inside the project year *period*.

    ``6月底前完成`` in a ``2024年7月-2025年6月`` table is 2025-06-30, the month of that
    name inside the twelve months, not 2024-06-30, before them; ``12月前完成`` stays
    2024-12-31 (r36c: before, every such date took the first year). A date whose year
    is written (``2025年3月底前``, ``次年3月``) or that falls inside the window with the
    first year (``年底前``: 2024-12-31) is kept. The target's deadline and a date the
    plan, actual or forecast cell gives (``3月已完成``) are read so.
    """
    target = _into_window(indicator.target, period)
    planned = _into_window(indicator.planned, period)
    actual = _into_window(indicator.actual, period)
    forecast = _into_window(indicator.forecast, period)
    parts = _parts_into_window(indicator.parts, period) if indicator.parts else ()
    if (target, planned, actual, forecast, parts) == (
        indicator.target,
        indicator.planned,
        indicator.actual,
        indicator.forecast,
        indicator.parts,
    ):
        return indicator
    return evolve(
        indicator, target=target, planned=planned, actual=actual, forecast=forecast, parts=parts
    )


_Dated = TypeVar("_Dated", bound="Target | Value | None")


def _into_window(value: _Dated, period: Period) -> _Dated:
    """*value*, a deadline or date of no written year before *period*, a year later; else itself.

    >>> from perftrack import Period, YearMonth
    >>> project = Period(YearMonth(2024, 7), YearMonth(2025, 6))
    >>> [
    ...     str(_into_window(parse_target(text, year=2024), project).due)
    ...     for text in ("6月底前完成", "12月前完成", "2024年6月底前完成", "上半年完成")
    ... ]
    ['2025-06-30', '2024-12-31', '2024-06-30', '2025-06-30']
    """
    if isinstance(value, AnyOf):
        # 6月底前完成或验收合格: each option's date as if it stood alone (r36o)
        options = tuple(_into_window(option, period) for option in value.options)
        return value if options == value.options else evolve(value, options=options)
    if isinstance(value, PeriodTarget):
        return _period_into_window(value, period)  # type: ignore[return-value]
    if not isinstance(value, (Deadline, DateValue)) or value.year != period.start.year:
        return value
    end = value.due if isinstance(value, Deadline) else value.date
    first = dt.date(period.start.year, period.start.month, 1)
    if (
        end is None
        or end >= first
        or _YEAR_WRITTEN_RE.search(unicodedata.normalize("NFKC", value.text))
    ):
        return value
    moved = evolve(value, year=period.start.year + 1)
    try:
        moved_end = moved.due if isinstance(moved, Deadline) else moved.date
    except ValueError:  # 2月29日 of a year without one: kept as read
        return value
    return moved if moved_end is not None else value


def _period_into_window(value: PeriodTarget, period: Period) -> PeriodTarget:
    """A window target of no written year that ends before *period*, a year later; else itself.

    ``3月-6月`` in a ``2024年7月-2025年6月`` table is 2025-03..2025-06, inside the
    project year, not 2024-03..2024-06, before it (r36o); ``9月-12月`` and a window
    whose year is written (``2024年3月-6月``, ``9月至次年3月``) are kept.

    >>> from perftrack import Period, YearMonth
    >>> project = Period(YearMonth(2024, 7), YearMonth(2025, 6))
    >>> [
    ...     str(_period_into_window(parse_target(t, year=2024), project))
    ...     for t in ("3月-6月", "9月-12月")
    ... ]
    ['2025-03~2025-06', '2024-09~2024-12']
    """
    year = period.start.year
    end = value.end
    if (
        end is None
        or value.end_year != year
        or value.start_year not in (None, year)
        or end >= dt.date(year, period.start.month, 1)
        or _YEAR_WRITTEN_RE.search(unicodedata.normalize("NFKC", value.text))
    ):
        return value
    start_year = year + 1 if value.start_year is not None else None
    try:
        moved = evolve(value, start_year=start_year, end_year=year + 1)
        _ = (moved.start, moved.end)
    except ValueError:  # 2月29日 of a year without one: kept as read
        return value
    return moved


def _parts_into_window(parts: tuple[Breakdown, ...], period: Period) -> tuple[Breakdown, ...]:
    """*parts* with their dates of no written year put inside the project year *period*.

    A ``一季度`` column's ``3月底前完成`` in a ``2024年7月-2025年6月`` table is 2025-03-31,
    as the row's own plan is (r36o). The parts are put in the project year's month order
    (``7-9月``, ``10-12月``, ``1-3月``, ``4-6月``).
    """
    moved = tuple(
        part
        if (value := _into_window(part.value, period)) == part.value
        else evolve(part, value=value)
        for part in parts
    )
    first = period.start.month
    return tuple(
        sorted(
            moved, key=lambda part: (part.role, (part.start - first) % 12, (part.end - first) % 12)
        )
    )


# A date with its day in figures between separators (2024-03-10, 2024.1.15, 2024／1／15):
# the only way but 日 a period line prints a day (_PERIOD_DATES_RE's second form).
_DAY_HINT_RE: Final = re.compile(r"\d\s*[^\d\s年月日至到]\s*\d{1,2}\s*[^\d\s年月日至到]\s*\d")


# The first date of a period line with no year (1月15日至6月30日, 上半年(1月15日-6月30日)).
_YEARLESS_START_RE: Final = re.compile(
    r"(?<![\d.年/-])(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日\s*(?:至|到|-|~|—)"
)


def _start_mid_month(builder: _Builder, period: Period) -> None:
    """``period-start-mid-month``: a period whose first date is not its month's first day.

    ``跟踪时段：2024年1月15日-2024年6月30日``, ``2024-03-10至2024-06-30``, and a line with
    no year under a titled year (``跟踪时段：1月15日至6月30日``, r36k): the period is
    read in whole months, from its first month's start (2024年1月), and a tracking
    table's 序时进度 counts the year's months ended (r35q), so the day is not used; an
    info at the period's cell says so (r36e: before, the day was passed over silently).
    A day its month does not have (1月32日) is ``period-date-invalid``'s; a window that
    does not start in January has no 序时进度 (``period-not-cumulative``), so the info
    does not speak of one there.
    """
    text = period.text
    key = _key(text)
    if "日" not in key and _DAY_HINT_RE.search(key) is None:
        return  # no day printed (2024年1-6月): nothing to say, no period key built
    key = _period_key(key)
    match = _PERIOD_DATES_RE.search(key) or _PERIOD_RE.search(key)
    if match is None:
        # 跟踪时段：1月15日至6月30日 under a 2024年 title: the title's year (r36k)
        match = _YEARLESS_START_RE.search(key)
        if match is None or int(match.group("m1")) != period.start.month:
            return
    elif match.group("d1") is None or _period_of(match, text) != period:
        return
    year, month, day = period.start.year, period.start.month, int(match.group("d1"))
    if not 1 < day <= _month_days(year, month):
        return
    source, at = _period_source(builder, period)
    progress = "，序时进度按整月计" if month == 1 and period.end.year == year else ""
    builder.finding(
        "period-start-mid-month",
        Severity.INFO,
        f"{source}起于{year}年{month}月{day}日，非月初，按整月自{year}年{month}月起算{progress}",
        Where.at(at),
    )


_LABEL_COLON_RE: Final = re.compile("[:：]")


def _title_mismatch(builder: _Builder, period: Period) -> None:
    """``period-title-mismatch``: the period line names another year or end than the title.

    ``2024年度…监控表`` over ``监控期间：2023年1-7月``, ``2024年1-6月…跟踪表`` over
    ``跟踪时段：2024年1-9月``: the line wins, as it always did, but one of the two was
    copied from another table, and the as-of date (and every deadline judged by it) rests on
    which (r35i: before, nothing was said).
    """
    said, row = builder.title_said, builder.period_row
    if said is None or row is None:
        return
    year, month = said
    if year is not None and year not in (period.start.year, period.end.year):
        told = f"年度{year}年"
    elif month is not None and period.end.month != month and year in (None, period.end.year):
        told = f"时段（至{month}月）"
    else:
        return  # (the line's text is joined only for a mismatch: once per table saved)
    text = _clean(" ".join(text for _, text in row.filled))
    text = _LABEL_COLON_RE.split(text, maxsplit=1)[-1].strip()  # 跟踪时段：2023年1-7月: the value
    end = f"{period.end.year}年{period.end.month}月"
    builder.finding(
        "period-title-mismatch",
        Severity.WARNING,
        f"跟踪时段“{text}”与标题“{builder.title}”的{told}不符，按跟踪时段（至{end}）评价",
        builder.where(row, row.filled[0][0]),
    )


# Words of a period line, header or title that put a table at the year's end.
_YEAR_END_WORDS: Final = ("年度", "全年", "年底", "年末", "年终")


def _mid_year(builder: _Builder, kind: TableKind) -> bool:
    """Whether a table without months is a mid-year one, to be judged at no date.

    Only a table whose title says it is a tracking or monitoring one (绩效跟踪表,
    运行监控; not a 视频监控 project's 完成情况表), and that no period
    line, header or title puts at the year's end: a table the reader takes for a tracking
    one by its columns alone (绩效目标完成情况表 | 全年实际完成值) is the year's.
    """
    title = _key(builder.title or "")
    return (
        kind is TableKind.TRACKING
        and not builder.year_end
        and _TRACKING_TITLE_RE.search(title) is not None
        and not any(word in title for word in _YEAR_END_WORDS[1:])
    )


# A title that names a tracking or monitoring table, not a project about tracking or
# monitoring (视频监控系统建设项目…完成情况表).
_TRACKING_TITLE_RE: Final = re.compile(
    r"绩效(?:运行)?(?:跟踪|监控)|运行监控|(?:跟踪|监控)(?:情况)?(?:表|报告)"
)


def _month_of_progress(progress: Decimal | None) -> int | None:
    """The month a printed 序时进度 of whole months ends at (66.67% → 8), or None.

    Example:
        >>> _month_of_progress(Decimal("66.67")), _month_of_progress(Decimal("67"))
        (8, 8)
        >>> _month_of_progress(Decimal("61.9")) is None
        True
    """
    if progress is None:
        return None
    months = progress * 12 / 100
    month = int(months.to_integral_value())
    if 1 <= month <= 12 and abs(months - month) * 100 / 12 <= Decimal("0.5"):  # noqa: PLR2004
        return month
    return None


def _full_marks_total(builder: _Builder, indicators: list[Indicator]) -> None:
    """A total printed 满分: the sum of the 分值 column, or a finding when none is known."""
    weights = [indicator.weight for indicator in indicators]
    weights.extend(line.weight for line in builder.budget if line.weight is not None)
    if weights and all(weight is not None for weight in weights):
        builder.published_total = sum((w for w in weights if w is not None), Decimal(0))
        builder.place("published.total", builder.full_marks_total)  # the 满分 cell
        return
    builder.finding(
        "malformed-points",
        Severity.WARNING,
        "总分“满分”无法换算为分数：分值列不完整",
        builder.full_marks_total,  # type: ignore[arg-type]
    )


def _kind_from_grid(builder: _Builder) -> TableKind:
    roles = set(builder.grid.roles.values()) if builder.grid is not None else set()
    if "actual" not in roles and "planned" not in roles:
        return TableKind.TARGET
    if "points" in roles and "planned" not in roles:
        return TableKind.SELF_EVALUATION
    return TableKind.TRACKING
