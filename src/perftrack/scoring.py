"""The scoring engine: is each indicator met, and what would a reviewer flag (scoring.md).

``score(table, policy=None)`` is pure: equal tables and policies give equal
scorecards, and the clock is never read. All arithmetic is exact Decimal;
rounding is for display only.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Literal, NamedTuple, overload

from attrs import evolve, frozen

from perftrack import vocabulary as voc
from perftrack._errors import ExpressionError
from perftrack._members import fast_members
from perftrack._numbers import half_up
from perftrack._stated import stated as _stated
from perftrack.expressions import (
    AnyOf,
    Bound,
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    Op,
    Part,
    PeriodTarget,
    QualitativeTarget,
    QualitativeValue,
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
from perftrack.expressions._dates import STAGE_ACCEPTANCE_PATTERN, match_dated_phrase
from perftrack.expressions._grammar import (
    WHOLE_TASK,
    stage_done,
    stages_named,
    task_fraction,
    works_counted,
    works_done_count,
    works_named,
)
from perftrack.expressions._model import is_share_in_progress
from perftrack.expressions._normalize import normalize
from perftrack.model import (
    BudgetLine,
    BudgetRole,
    BudgetSpan,
    Direction,
    Finding,
    Indicator,
    Likelihood,
    Severity,
    Table,
    TableKind,
    Where,
)
from perftrack.policy import Policy, check_policy, default_policy

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

# Member look-ups go through these namespaces (perftrack._members: on Python 3.11 each
# `Op.GE` on an enum class costs a Python-level call; the namespaces hold the same members).
_Bound = fast_members(Bound)
_BudgetRole = fast_members(BudgetRole)
_BudgetSpan = fast_members(BudgetSpan)
_Direction = fast_members(Direction)
_Likelihood = fast_members(Likelihood)
_Op = fast_members(Op)
_Part = fast_members(Part)
_Severity = fast_members(Severity)
_Status = fast_members(Status)
_TableKind = fast_members(TableKind)

__all__ = [
    "Attainment",
    "BudgetAnalysis",
    "PointItem",
    "Points",
    "Progress",
    "Scorecard",
    "Verdict",
    "score",
]


class Attainment(enum.Enum):
    """Whether the annual target is reached (scoring.md §3)."""

    MET = "met"
    PARTIAL = "partial"
    NOT_MET = "not_met"
    PENDING = "pending"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"


_Attainment = fast_members(Attainment)


class Progress(enum.Enum):
    """Whether the actual keeps up with the plan for the period (scoring.md §4)."""

    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_APPLICABLE = "not_applicable"
    UNKNOWN = "unknown"


_Progress = fast_members(Progress)


@frozen
class Verdict:
    """The verdict on one indicator, with the sentence that explains it.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> v = card.verdicts[0]
        >>> v.attainment.value, v.progress.value
        ('pending', 'on_track')
    """

    indicator: int
    name: str
    attainment: Attainment
    progress: Progress
    explanation: str
    direction: Direction | None = None
    due: dt.date | None = None


@frozen
class BudgetAnalysis:
    """A budget line's recomputed execution rate and which denominator it used."""

    line: BudgetRole
    source: str
    rate_recomputed: Decimal | None
    denominator: str | None


@frozen
class PointItem:
    """One line of the points arithmetic (an indicator or the budget line)."""

    name: str
    weight: Decimal
    points: Decimal | None
    rule: str
    indicator: int | None = None
    budget_line: str | None = None
    published_points: Decimal | None = None


# The rule of a point item whose printed 得分 stands (", capped" may follow).
_PRINTED_KEPT_RULE: Final = "unknown: printed points"


@frozen
class Points:
    """Points and grade (scoring.md §7), beside what the table printed.

    ``total`` and ``grade`` are None when nothing could be scored: every item was left
    out (undecided without a printed 得分, or not applicable), so there is no base to
    rescale to 100 and no grade to give (not 0.00 差).

    Example:
        >>> Points(None, None, False, ("群众评价",), ()).shown
        '未计分（各项均无法判断）'
    """

    total: Decimal | None
    grade: str | None
    provisional: bool
    undecided: tuple[str, ...]
    items: tuple[PointItem, ...]

    @property
    def printed_kept(self) -> tuple[PointItem, ...]:
        """The items that could not be judged and count the printed 得分 as it stands.

        An undecided row with a 得分 printed keeps it (capped at its 分值), unchecked;
        the reports say how many there are and what they add up to.

        Example:
            >>> kept = PointItem("群众评价", Decimal(10), Decimal(9), "unknown: printed points", 0)
            >>> met = PointItem("新建公路", Decimal(90), Decimal(90), "comparison met", 1)
            >>> [
            ...     item.name
            ...     for item in Points(Decimal(99), "优", False, (), (kept, met)).printed_kept
            ... ]
            ['群众评价']
        """
        return tuple(item for item in self.items if item.rule.startswith(_PRINTED_KEPT_RULE))

    @property
    def shown(self) -> str:
        """The total and grade as the reports print them: ``92.50 优``."""
        if self.total is None:
            return "未计分（各项均无法判断）"
        return f"{self.total} {self.grade}"


@frozen
class Scorecard:
    """Everything ``score`` decides about a table.

    ``findings`` holds the reading findings first, then the scoring ones.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
        >>> card.as_of, card.time_progress
        (datetime.date(2023, 8, 31), Decimal('66.66666666666666666666666667'))
    """

    table: Table
    policy: Policy
    as_of: dt.date | None
    as_of_source: str | None
    time_progress: Decimal | None
    verdicts: tuple[Verdict, ...]
    budget: tuple[BudgetAnalysis, ...]
    findings: tuple[Finding, ...]
    points: Points | None

    def __repr__(self) -> str:
        """A one-line summary: the attainments counted, the findings, the points.

        Example:
            >>> import perftrack
            >>> perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
            <Scorecard '两新党建工作' as_of=2023-08-31 met=10 pending=2 findings=16>
        """
        attainments = [verdict.attainment for verdict in self.verdicts]
        shown = " ".join(
            f"{attainment.value}={attainments.count(attainment)}"
            for attainment in Attainment
            if attainment in attainments
        )
        points = (
            f" points={self.points.total}"
            if self.points is not None and self.points.total is not None
            else ""
        )
        name = self.table.project.name or self.table.title
        return (
            f"<Scorecard {name!r} as_of={self.as_of} {shown} findings={len(self.findings)}{points}>"
        )

    def _repr_html_(self) -> str:
        """Compact HTML for notebooks (Jupyter calls this): the table with its verdicts."""
        from perftrack._html_repr import scorecard_html  # noqa: PLC0415 - loaded on first display

        return scorecard_html(self)


# ---------------------------------------------------------------------------
# Small helpers

_DEFAULT_FAMILIES: Final = Policy().families

_HUNDRED: Final = Decimal(100)
_TWO_PLACES: Final = Decimal("0.01")


def show(value: Decimal | None) -> str:
    """A number for display: two decimals, half up (``66.666…`` → ``66.67``)."""
    if value is None:
        return "—"
    return format(half_up(value, _TWO_PLACES), "f")


# Points are printed to the cent at most: finer digits are a spreadsheet's float noise.
_HALF_CENT: Final = Decimal("0.005")


def _half_unit(value: Decimal) -> Decimal:
    """Half a unit of the last printed digit (``84.88`` → ``0.005``)."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal(0)


# The parts a whole is shared into when a weight is printed rounded: 50/3 as 16.67,
# 100/7 as 14.29, 100/12 as 8.33. Halves, quarters and fifths are exact (7.5, 2.25, 0.4).
_SHARED_INTO: Final = (3, 6, 7, 9, 11, 12)


def _rounded_fraction(value: Decimal) -> bool:
    """Whether a printed figure is a fraction n/d rounded (16.67 of 50/3), not exact.

    The figure has decimals, lies within half a unit of its last digit of some n/d with
    d in 3, 6, 7, 9, 11, 12 whose parts stand more than two units apart (d times the
    unit below one half: ``6.7`` of 20/3, ``14.29`` of 100/7, but to a tenth sevenths
    and ninths come near any figure: ``30.1`` is no 271/9), and is no such fraction
    exactly (``7.5`` is 45/6, ``8.0`` is 8).

    >>> [_rounded_fraction(Decimal(v)) for v in ("16.67", "14.29", "6.7", "7.5", "8.0", "30.1")]
    [True, True, True, False, False, False]
    """
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return False
    unit = Decimal(1).scaleb(exponent)
    half = unit / 2
    near = False
    for parts in _SHARED_INTO:
        if parts * unit * 2 >= 1:
            continue
        share = (value * parts).to_integral_value(ROUND_HALF_UP)
        if share == value * parts:
            return False  # 7.5 is 45/6 exactly
        near = near or abs(value - share / parts) < half
    return near


def _rounding(values: Sequence[Decimal]) -> Decimal:
    """How far printed figures may add up off their whole by rounding alone.

    Half a unit of the last printed digit of each figure printed as a rounded fraction
    (16.67 for 50/3: 0.005, :func:`_rounded_fraction`); a whole number, or one exact in
    its digits (7.5, 8.0), is exact. Three 16.67 and 50 are 100.01, within 0.015 of 100;
    11 × 7.5, 8.0 and 10 are 100.5, not 100. Equal figures with decimals, n of them,
    each the rounding of 100/n (within half a unit of its last digit: nine 11.1, whose
    ninths :func:`_rounded_fraction` leaves out to a tenth), are the whole shared into
    n: half a unit each.

    >>> _rounding([Decimal("16.67")] * 3 + [Decimal(50)])
    Decimal('0.015')
    >>> _rounding([Decimal("7.5")] * 11 + [Decimal("8.0"), Decimal(10)])
    Decimal('0')
    >>> _rounding([Decimal("11.1")] * 9)
    Decimal('0.45')
    """
    count = len(values)
    if count > 1 and len(set(values)) == 1:
        first = values[0]
        exponent = first.as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            half = _half_unit(first)
            if first * count != _HUNDRED and abs(first - _HUNDRED / count) <= half:
                return half * count  # 11.1 × 9: 100/9 printed to a tenth
    return sum(
        (_half_unit(value) for value in values if _rounded_fraction(value)),
        Decimal(0),
    )


def _text(obj: Target | Value | None) -> str:
    if obj is None:
        return "—"
    return obj.text or str(obj)


class _Language:
    def __init__(self, language: str) -> None:
        self.en = language == "en"

    def __call__(self, zh: str, en: str) -> str:
        return en if self.en else zh


# ---------------------------------------------------------------------------
# Units (scoring.md §2)


class _Unit(NamedTuple):
    factor: Decimal
    base: str  # "" for a bare multiplier (250万): it adopts the other side's base
    noun: str = ""  # what a measure word counts: 学生 of 名学生, 村 of 个村


@lru_cache(maxsize=1024)
def _unit(unit: str, *, calendar: bool = True) -> _Unit:
    """A unit as a factor and a base: 万元 → 10000 × 元; a bare 万 adopts the other base.

    Aliases first (千米 is 公里, not 千 × 米); a prefix splits off only when the rest
    is a known unit (百分比 stays a unit of its own). A measure word and the noun it
    counts (名学生, 个行政村, 万户农户) are that measure word, counting the noun. A rate
    per 10万 is 0.001 % (``例/10万``, ``/10万人``). A unit of time alone converts by
    its calendar multiples (1天 is 24小时, 1年 12个月), not in a rate per period
    (*calendar* False on either side of a ``/``: ``次/月`` and ``次/年`` stay apart).

    >>> [(str(u.factor), u.base) for u in (_unit("例/10万"), _unit("年"), _unit("次/年"))]
    [('0.001', '%'), ('12', '月'), ('1', '次/年')]
    """
    canonical = voc.UNIT_ALIASES.get(unit, unit)
    if "/" in canonical or canonical.endswith("日历天"):
        canonical = _per_spelling(canonical)  # 元/人/天 is 元/人·天, 个日历天 天
    if canonical.count("/") + canonical.count("·") > 1:
        canonical = _per_parts(canonical)  # 元/人/月, 元/月·人 are 元/人·月
    if canonical in voc.SCALE_PREFIXES:
        return _Unit(Decimal(voc.SCALE_PREFIXES[canonical]), "")
    if canonical == "‰":
        return _Unit(Decimal("0.1"), "%")  # 3‰ is 0.3 %: ≤千分之三 against 0.28%
    if canonical == "‱":
        return _Unit(Decimal("0.01"), "%")  # 3‱ is 0.03 %: ≤万分之三 against 0.02%
    over, slash, under = canonical.partition("/")
    if slash and _PER_100K_RE.fullmatch(canonical):
        return _PER_100K  # 8.2例/10万 is 0.0082 %: ≤10/10万 and ≤0.01% alike
    if slash and over and under and "/" not in under:
        # 元/m² is 元/平方米, kg/亩 公斤/亩, 万元/公里 10000 元/公里: each side as a unit
        top, bottom = _unit(over, calendar=False), _unit(under, calendar=False)
        if top.base and bottom.base and not top.noun and not bottom.noun:
            return _Unit(top.factor / bottom.factor, f"{top.base}/{bottom.base}")
    head, rest = canonical[:1], canonical[1:]
    base = voc.UNIT_ALIASES.get(rest, rest)
    if head in voc.SCALE_PREFIXES and unit not in voc.UNIT_ALIASES:
        if base in voc.KNOWN_UNITS:
            inner = _unit(base)
            return _Unit(Decimal(voc.SCALE_PREFIXES[head]) * inner.factor, inner.base)
        counted = _counted(base)
        if counted is not None:
            return _Unit(Decimal(voc.SCALE_PREFIXES[head]), *counted)
    multiple = voc.UNIT_MULTIPLES.get(canonical)
    if multiple is None and calendar:  # 1天 is 24小时, 1周 7天, 1年 12个月
        multiple = voc.CALENDAR_MULTIPLES.get(canonical)
    if multiple is not None:  # 公里 is 1000 米, 吨 1000 公斤 (and so 10⁶ 克)
        smaller, factor = multiple
        inner = _unit(smaller)
        return _Unit(Decimal(factor) * inner.factor, inner.base)
    counted = _counted(canonical)
    if counted is not None:
        return _Unit(Decimal(1), *counted)
    return _Unit(Decimal(1), voc.COUNT_SYNONYMS.get(canonical, canonical))


def _per_parts(unit: str) -> str:
    """A unit per two things in one spelling: 元/人/月, 元/月·人, 元/(月·人) → 元/人·月.

    >>> [_per_parts(unit) for unit in ("元/人/月", "元/月·人", "元/(人·月)", "kW·h/天")]
    ['元/人·月', '元/人·月', '元/人·月', 'kW·h/天']
    """
    over, slash, under = unit.partition("/")
    parts = re.split(r"[/·]", under.removeprefix("(").removesuffix(")"))
    if not slash or not over or "·" in over or not all(parts):
        return unit
    return f"{over}/{'·'.join(sorted(parts))}"


# Spellings of one compound unit: 元/人/天, 元/人天 and 元/人·天; 元/人/年 and 元/人·年;
# and the 个日历天 of construction contracts, 天.
_PER_SPELLINGS: Final = (
    (re.compile(r"/(人次|人|生|户)/?(天|日|年|月|次)$"), r"/\1·\2"),
    (re.compile(r"^个?日历天$"), "天"),
)


def _per_spelling(unit: str) -> str:
    """One spelling of a compound unit: ``元/人/天`` and ``元/人天`` are ``元/人·天``.

    >>> [_per_spelling(u) for u in ("元/人/天", "元/人天", "元/人·年", "个日历天")]
    ['元/人·天', '元/人·天', '元/人·年', '天']
    """
    for pattern, spelled in _PER_SPELLINGS:
        unit = pattern.sub(spelled, unit)
    return unit


# A "per" in a label or a name (人均培训成本, 每公里造价, 亩均投资, 户均补助, 每台): the
# measure word it divides by, as the unit's /人, /公里, /亩, /户, /台 says it.
_PER_WORDS: Final = MappingProxyType(
    {
        "人均": "人", "每人次": "人次", "每人": "人", "亩均": "亩", "每亩": "亩",
        "每公里": "公里", "公里均": "公里", "户均": "户", "每户": "户", "台均": "台",
        "每台": "台", "每辆": "辆", "每场次": "场次", "每场": "场", "每例": "例",
        "生均": "生", "每生": "生", "每吨": "吨", "每套": "套", "每个": "个",
    }
)  # fmt: skip
_PER_WORD_RE: Final = re.compile("|".join(sorted(_PER_WORDS, key=len, reverse=True)))
# A unit cost named without its measure word (单位造价, 单价, 单台): per something.
_UNIT_COST_RE: Final = re.compile(f"{_PER_WORD_RE.pattern}|单位|单价|单台|单个|单辆|单套")
# How many times a per-unit ceiling a bare amount must be to be read as a total
# (人均培训成本≤800元 with 91.2万元: 1140 times; 每公里造价≤450万元 with 5400万元: 12): a
# unit cost overspent tenfold is no unit cost a table would print, a total of ten
# units or more is.
_TOTAL_RATIO: Final = Decimal(10)


# What a unit's "per" may divide by: a measure word, a time after it (人·天), no number.
_PER_UNDER_RE: Final = re.compile("[\u3400-\u9fff][\u3400-\u9fff·]{0,4}")


def _per_of(text: str | None) -> str | None:
    """The measure word a label's "per" divides by (人均培训成本: 人), else None."""
    found = _PER_WORD_RE.search(text) if text else None
    return _PER_WORDS[found.group()] if found is not None else None


def _same_per(per: str, under: str) -> bool:
    """Whether a "per" of a label and a unit's denominator divide by one thing (场, 场次)."""
    return under == per or under.startswith(per) or per.startswith(under)


def _per_unit(indicator: Indicator) -> Indicator:
    """*indicator* with a "per" in a label written into the unit it compares with.

    ``人均培训成本≤800元`` against ``760元/人`` is ``≤800元/人``; ``≤5万元/台`` against
    ``每台4.8万元`` (or a bare ``4.8万元`` that is no total: see :data:`_TOTAL_RATIO`) is
    ``4.8万元/台``. The parse keeps the per phrase in the label (value-language.md);
    scoring compares the two spellings. Any other row is itself.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator(
    ...     "培训成本", target=parse_target("人均培训成本≤800元"), actual=parse_value("860元/人")
    ... )
    >>> str(_per_unit(row).target)
    '人均培训成本≤800(元/人)'
    """
    target, actual = indicator.target, indicator.actual
    if (
        not isinstance(target, (Comparison, Range))
        or not isinstance(actual, Quantity)
        or not target.unit
        or not actual.unit
        or ("/" in target.unit and "/" in actual.unit)
    ):
        return indicator
    if "/" in actual.unit:
        over, _, under = _per_spelling(actual.unit).partition("/")
        per = _per_of(target.label) or _per_of(indicator.name)
        if (
            per is None
            or not _PER_UNDER_RE.fullmatch(under)
            or not _same_per(per, under)
            or _factors(target.unit, over) is None
        ):
            return indicator
        return evolve(indicator, target=evolve(target, unit=f"{target.unit}/{under}"))
    over, _, under = _per_spelling(target.unit).partition("/")
    if (
        not over
        or over == "%"
        or not _PER_UNDER_RE.fullmatch(under)
        or _factors(over, actual.unit) is None
    ):
        return indicator
    per = _per_of(actual.label)
    if actual.label and (per is None or not _same_per(per, under)):
        return indicator
    if per is None and (_unit(over).base != "元" or _is_time_unit(under)):
        return indicator  # 12次 against 1次/月: a count of the year, no cost per month
    if per is None and _total_for_unit_cost(target, actual, indicator):
        return indicator  # 2480万元 against ≤2800元/平方米: a total, no unit cost
    return evolve(indicator, actual=evolve(actual, unit=f"{actual.unit}/{under}"))


def _total_for_unit_cost(
    target: Comparison | Range, quantity: Quantity, indicator: Indicator
) -> bool:
    """A bare amount under a unit-cost ceiling more than :data:`_TOTAL_RATIO` times it.

    ``人均培训成本≤800元`` with ``91.2万元`` (1140 times), ``每公里造价不超过450万元``
    with ``5400万元``: the project's total, not the cost per person or kilometre.
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.LE, _Op.LT, _Op.EQ)
        or target.value <= 0
        or not target.unit
        or (quantity.unit and "/" in quantity.unit)
        or _per_of(quantity.label) is not None
    ):
        return False
    over, _, under = target.unit.partition("/")
    if _unit(over).base != "元" or _is_time_unit(under):
        return False  # 12次 against 1次/月: a count, no amount of money
    if (
        "/" not in target.unit
        and _UNIT_COST_RE.search(f"{target.label or ''} {indicator.name}") is None
    ):
        return False
    factors = _factors(over, quantity.unit or over)
    if factors is None:
        return False
    return quantity.value * factors[1] > target.value * factors[0] * _TOTAL_RATIO


# A rate per 10万 (孕产妇死亡率 ≤10/10万): a count of events or people, or none, over
# 10万 of a population, written in figures or words (10万, 十万, 100000; 人, 人口, 活产).
_PER_100K_RE: Final = re.compile(
    r"(?:例|人次|人|名|起|次|宗|件|个)?/(?:10万|十万|100000|100,000)"
    r"(?:人口|人次|人|名|例|活产儿|活产|常住人口|户籍人口)?"
)
_PER_100K: Final = _Unit(Decimal("0.001"), "%")  # 1/10万 is 0.001 %, 0.1‱

# Measure words that count things (名学生, 个村, 户农户, 家企业); lengths, areas, times
# and money are no measure words of a noun. Longer words first (人次 before 人).
_MEASURE_WORDS: Final = (
    "人次", "场次", "批次", "个", "名", "人", "户", "家", "所", "座", "条", "项",
    "台", "辆", "套", "处", "间", "栋", "本", "册", "件", "场", "张", "份",
    "卷", "页", "尾", "枚", "艘",
)  # fmt: skip
_COUNTED_NOUN_RE: Final = re.compile(r"[\u3400-\u9fff]{1,6}")


def _counted(unit: str) -> tuple[str, str] | None:
    """A measure word and the noun it counts (名学生 → 名, 学生); None for any other unit."""
    if unit in voc.KNOWN_UNITS:
        return None
    for word in _MEASURE_WORDS:
        noun = unit[len(word) :]
        if unit.startswith(word) and _COUNTED_NOUN_RE.fullmatch(noun):
            return voc.COUNT_SYNONYMS.get(word, word), noun  # 场次演出 counts in 场
    return None


def _factors(left: str | None, right: str | None) -> tuple[Decimal, Decimal] | None:
    """Factors that bring two units to one base, or None when incomparable.

    A noun on one side only narrows nothing (500名学生 and 520名 compare); two
    different nouns (名学生, 名教师) count different things. 名 and 人 both count the
    people a noun names (500名学生, 520人); a bare 名 may be a rank (前5名).
    """
    if left is None or right is None or left == right:
        return Decimal(1), Decimal(1)
    lefts, rights = _alternatives(left), _alternatives(right)
    if len(lefts) + len(rights) > 2:  # noqa: PLR2004 - one side at least has two
        # 件(套), 台(套): either measure word is the unit (5200套 against ≥5000件（套）)
        for one in lefts:
            for other in rights:
                found = _factors(one, other)
                if found is not None:
                    return found
        return None
    a, b = _unit(left), _unit(right)
    if a.noun and b.noun and a.noun != b.noun:
        return None
    ratio = voc.UNIT_RATIOS.get((a.base, b.base))
    if ratio is not None:  # 3 亩 = 2000 平方米: 5万亩 against 3400公顷 (51000 亩)
        return a.factor * ratio[0], b.factor * ratio[1]
    ratio = voc.UNIT_RATIOS.get((b.base, a.base))
    if ratio is not None:
        return a.factor * ratio[1], b.factor * ratio[0]
    if (
        a.base == b.base
        or "" in (a.base, b.base)
        or ((a.noun or b.noun) and {a.base, b.base} == {"名", "人"})
    ):
        return a.factor, b.factor
    return None


# 件(套), 个(次): two measure words; 元/(人·次) is an alias, no alternative.
_ALTERNATIVE_UNIT_RE: Final = re.compile(r"([^()/]+)\(([^()/]+)\)")


def _percent_and_finer(left: str | None, right: str | None) -> bool:
    """Whether one unit is % and the other a finer rate that converts to it (‰, ‱, /10万).

    Such units convert between two rates only (scoring.md, "Comparing numbers").

    >>> [_percent_and_finer("%", unit) for unit in ("‰", "例/10万", "%", "百分比", "人")]
    [True, True, False, False, False]
    """
    if left == right or left is None or right is None or "%" not in (left, right):
        return False
    finer = _unit(right if left == "%" else left)
    return finer.base == "%" and finer.factor != 1


# A name of a rate per head of a population (孕产妇死亡率, 传染病发病率, 事故率): its rate per
# 10万 and a % are one figure in two units. A share (报告率, 覆盖率) is no such rate.
_PER_HEAD_NAME_RE: Final = re.compile(
    "死亡|发病|患病|罹患|病死|事故|发生|出生|犯罪|发案|感染|伤亡|自杀|十万|10万|万人"
)


def _per_100k_apart(left: str | None, right: str | None, name: str) -> bool:
    """A rate per 10万 against % (‰, ‱) on a name that is no rate per head: incomparable.

    ``传染病报告率 ≥95%`` against ``96例/10万`` is an entry error a reviewer must see
    (单位不可比), not 0.096 %; on 孕产妇死亡率, 发病率 or 事故率 the two convert, and two
    spellings of a rate per 10万 (``/10万``, ``例/10万人口``) always compare.

    >>> (
    ...     _per_100k_apart("%", "例/10万", "传染病报告率"),
    ...     _per_100k_apart("%", "例/10万", "孕产妇死亡率"),
    ... )
    (True, False)
    """
    if left is None or right is None or left == right or ("/" not in left and "/" not in right):
        return False
    if (_unit(left) == _PER_100K) is (_unit(right) == _PER_100K):
        return False  # both per 10万 (two spellings), or neither
    return _PER_HEAD_NAME_RE.search(name) is None


def _change_against_rate(target: Comparison | Range, quantity: Quantity, row: Indicator) -> bool:
    """A change in % against a rate in ‰ (‱, /10万), or the other way (下降10% against 0.8‰).

    ‰ and % convert between two rates (≤3‰ against 0.25%); a change of 10 % and a
    rate of 0.8‰ measure different things, as they did before ‰ converted.
    """
    if not _percent_and_finer(target.unit, quantity.unit):
        return False
    actual = row.actual
    printed = row.target
    on_target = _names_change(target.label) or (
        isinstance(printed, (Comparison, Range)) and _names_change(printed.label)
    )
    on_actual = _names_change(quantity.label) or (
        isinstance(actual, Quantity) and _names_change(actual.label)
    )
    return on_target != on_actual  # two changes compare by their direction, as before


def _names_change(label: str | None) -> bool:
    """Whether a label holds a word of change (下降, 较上年增长, 降幅), not a rate's name.

    ``人口自然增长率`` names a rate, as ``发病率`` does: its ‰ and a % compare.
    """
    return label is not None and _CHANGE_IN_LABEL_RE.search(label) is not None


# A word of change not followed by 率 (增长 of 较上年增长, not of 自然增长率), or an
# amount of change (降幅, 增速).
_CHANGE_IN_LABEL_RE: Final = re.compile(
    "(?:"
    + "|".join(
        sorted(
            (*voc.CHANGE_WORDS, *(w for w in voc.CHANGE_RATES if not w.endswith("率"))),
            key=len,
            reverse=True,
        )
    )
    + ")(?!率)"
)


def _alternatives(unit: str) -> tuple[str, ...]:
    """The units a unit with an alternative in brackets stands for: 件(套) → 件, 套.

    Written with a slash, the pair is an alias (``台/套`` is ``台(套)``).

    >>> _alternatives("台/套"), _alternatives("台")
    (('台', '套'), ('台',))
    """
    unit = voc.UNIT_ALIASES.get(unit, unit)
    if unit[-1:] != ")":
        return (unit,)
    found = _ALTERNATIVE_UNIT_RE.fullmatch(unit)
    return (unit,) if found is None else (found[1], found[2])


# Names of figures that are averages or per-case limits (人均培训成本, 平均办理时限, 单价):
# like a rate they may come down again, so a ceiling above them mid-year is no loss.
_AVERAGE_NAME_RE: Final = re.compile(r"平均|人均|户均|次均|生均|亩均|单价|均价|单位成本|时限|时长")


def _may_come_down(indicator: Indicator, unit: str | None) -> bool:
    """Whether the figure may go down during the year: a rate, a rank, an average."""
    return (
        _is_ratio(unit)
        or _AVERAGE_NAME_RE.search(indicator.name) is not None
        or _per_case_time(indicator, unit)
    )


# A time taken per case (故障修复时间, 群众报修响应时间, 投诉处理时间): a limit on each
# repair, response or case, not an amount that adds up over the year.
_PER_CASE_TIME_RE: Final = re.compile(
    "(?:响应|处理|修复|抢修|维修|办理|办结|审批|审核|受理|处置|回复|答复|反馈|到达|到场|抵达"
    "|出警|等候|等待|候诊|排队|解决|救援|接警)[\u4e00-\u9fff]{0,2}?时间"
)
# Words making a time per case an average (平均办理时间, 次均处理时间, 实际“平均7个工作日”):
# above the limit mid-year it may still come down.
_PER_CASE_AVERAGE_RE: Final = re.compile("平均|均值|次均|人均|户均")
# Words making a time an amount over the period (累计停电时间, 全年处理时间合计).
_TIME_SUM_RE: Final = re.compile("累计|全年|年度|总|合计|共计")


def _per_case_time(indicator: Indicator, unit: str | None) -> bool:
    """Whether a figure in a unit of time is a limit per case, as 时限 is.

    ``故障修复时间 ≤24(小时)`` with 18 by June is met: each repair took at most 18
    hours, an amount that does not grow over the year. A name of a time taken (修复,
    响应, 处理, 办理, 审批… before 时间) with a unit of time; not a sum (``累计``,
    ``全年``, ``总``).

    Example:
        >>> [
        ...     _per_case_time(Indicator(name), unit)
        ...     for name, unit in (
        ...         ("故障修复时间", "小时"),
        ...         ("投诉处理时间", "个工作日"),
        ...         ("全年累计停电时间", "小时"),
        ...         ("故障修复时间", "次"),
        ...     )
        ... ]
        [True, True, False, False]
    """
    return (
        unit in _DURATION_UNITS
        and _PER_CASE_TIME_RE.search(indicator.name) is not None
        and _TIME_SUM_RE.search(indicator.name) is None
    )


def _is_ratio(unit: str | None) -> bool:
    """A figure that may go down as well as up: a rate, a per-unit figure, a rank (名, 位)."""
    return unit is not None and (unit in ("%", "‰", "‱", "百分比", "名", "位") or "/" in unit)


# ---------------------------------------------------------------------------
# Intervals and conditions


class _Interval(NamedTuple):
    low: Decimal | None  # None: −∞
    low_closed: bool
    high: Decimal | None  # None: +∞
    high_closed: bool
    approximate: bool


# 近 before a figure (近500人, 将近3万元, 接近九成): nearly, so under it; not 附近, 最近.
_NEAR_BELOW_RE: Final = re.compile(r"(?<![附最])近(?=[0-9零一二两三四五六七八九十百千万半])")
#: How far under its figure a value in 近 may lie: 近500人 is read as [485, 500) (3 %
#: under), and a percentage at most 2 points under (接近100% is [98, 100), 近九成 [88, 90)):
#: a reviewer reads 接近100% as 98 or 99, not 90.
_NEAR_BELOW_FLOOR: Final = Decimal("0.97")
_NEAR_BELOW_POINTS: Final = Decimal(2)


def _near_floor(value: Decimal, unit: str | None) -> Decimal:
    """The low end of a figure after 近: 3 % under it, a percentage at most 2 points under.

    >>> (
    ...     _near_floor(Decimal(500), "人"),
    ...     _near_floor(Decimal(100), "%"),
    ...     _near_floor(Decimal(5), "%"),
    ... )
    (Decimal('485.00'), Decimal('98'), Decimal('4.85'))
    """
    floor = value * _NEAR_BELOW_FLOOR
    if unit == "%":
        return max(floor, value - _NEAR_BELOW_POINTS)
    return floor


def _near_below(quantity: Quantity) -> bool:
    """Whether *quantity* is a figure after 近 (近500人): nearly it, under it."""
    return (
        quantity.bound is _Bound.APPROXIMATELY
        and "近" in quantity.text
        and _NEAR_BELOW_RE.search(quantity.text) is not None
    )


def _interval(quantity: Quantity, factor: Decimal) -> _Interval:
    value = quantity.value * factor
    bound = quantity.bound
    if _near_below(quantity):
        # 近500人 against ≥500人: just under the figure, which does not reach it
        return _Interval(
            _near_floor(quantity.value, quantity.unit) * factor,
            low_closed=True,
            high=value,
            high_closed=False,
            approximate=True,
        )
    if bound is _Bound.AT_LEAST:
        return _Interval(value, low_closed=True, high=None, high_closed=False, approximate=False)
    if bound is _Bound.MORE_THAN:
        return _Interval(value, low_closed=False, high=None, high_closed=False, approximate=False)
    if bound is _Bound.AT_MOST:
        return _Interval(None, low_closed=False, high=value, high_closed=True, approximate=False)
    if bound is _Bound.LESS_THAN:
        return _Interval(None, low_closed=False, high=value, high_closed=False, approximate=False)
    return _Interval(
        value,
        low_closed=True,
        high=value,
        high_closed=True,
        approximate=bound is _Bound.APPROXIMATELY,
    )


class _Check(enum.Enum):
    SATISFIED = "satisfied"
    VIOLATED = "violated"
    UNDECIDED = "undecided"


_FastCheck = fast_members(_Check)


def _at_least(interval: _Interval, bar: Decimal, *, strict: bool) -> _Check:
    """Whether every x in the interval is ≥ bar (> bar when strict)."""
    low, high = interval.low, interval.high
    if low is not None and (low > bar or (low == bar and (not strict or not interval.low_closed))):
        return _FastCheck.SATISFIED
    if high is not None and (high < bar or (high == bar and (strict or not interval.high_closed))):
        return _FastCheck.VIOLATED
    return _FastCheck.UNDECIDED


def _at_most(interval: _Interval, bar: Decimal, *, strict: bool) -> _Check:
    mirrored = _Interval(
        None if interval.high is None else -interval.high,
        interval.high_closed,
        None if interval.low is None else -interval.low,
        interval.low_closed,
        interval.approximate,
    )
    return _at_least(mirrored, -bar, strict=strict)


def _both(first: _Check, second: _Check) -> _Check:
    if _FastCheck.VIOLATED in (first, second):
        return _FastCheck.VIOLATED
    if first is second is _FastCheck.SATISFIED:
        return _FastCheck.SATISFIED
    return _FastCheck.UNDECIDED


# ---------------------------------------------------------------------------
# Direction and kinds of indicator


def _is_cost(indicator: Indicator) -> bool:
    return indicator.level1 == "成本指标" or indicator.level2 in voc.COST_LEVEL2


def direction_of(indicator: Indicator) -> Direction:
    """Higher or lower is better, by the first rule of scoring.md §2 that applies.

    A change target whose own words name its direction (``下降5%``, ``增长≥5%``) says
    which way is good itself: a printed 指标方向性 and a cost row give way to it (see
    :func:`_change_direction`).

    Example:
        >>> from perftrack import Indicator, parse_target
        >>> direction_of(Indicator("事故", target=parse_target("0起"))).value
        'lower'
        >>> from perftrack.model import Direction
        >>> fall = parse_target("下降5%")
        >>> direction_of(Indicator("发病率", target=fall, direction=Direction.LOWER)).value
        'higher'
        >>> direction_of(Indicator("发案率", target=parse_target("-5%"))).value
        'lower'
    """
    # 单位GDP能耗下降 in the target and the actual alike: the row's own change
    named = _change_name(indicator.name, indicator.target, indicator.actual)
    own = _change_direction(indicator.target, named)
    if own is not None:
        return own
    if indicator.direction is not None:
        return indicator.direction
    target = indicator.target
    if isinstance(target, Range):
        return _Direction.HIGHER
    if isinstance(target, Comparison):
        if target.op in (_Op.GE, _Op.GT):
            return _Direction.HIGHER
        if target.op in (_Op.LE, _Op.LT):
            return _Direction.LOWER
        if target.value <= 0 or _is_cost(indicator) or _time_taken(indicator, target):
            # =0 is a ceiling; a negative figure (-5% on a 发案率) is a fall to reach, so
            # the larger fall (-8%) is better; 工期18个月 is a time to keep within
            return _Direction.LOWER
    return _Direction.HIGHER


# Units of time a duration is counted in, as printed (日 and 日历天 are 天).
_DURATION_UNITS: Final = frozenset(
    {"天", "日", "日历天", "工作日", "个工作日", "小时", "个小时", "分钟", "秒", "周", "星期"}
    | {"个星期", "个月", "月", "年"}
)
# A name or label that says the time is taken to do something, not given: a time
# limit, a period of works, a response, a wait (工期, 建设周期, 办结时限, 响应时间, 到达现场,
# 审批, 处置, 等候). A bare 时间 is no such word: 水质监测时间, 供电时间 and 开馆时间 are
# times provided, to reach, as they were before 时间 rows had a direction of their own.
_TIME_TAKEN_RE: Final = re.compile(
    "工期|周期|时限|时效|用时|耗时|历时|响应|到达|到场|抵达|出警|办理|办结|审批|审核|处置"
    "|回复|答复|反馈|等候|等待|候诊|排队|拨付|修复|抢修|完成时间|完成期限"
)
# A time given, to reach: the hours of a training or a service, the days open, a term
# of use or warranty, a count of days (培训时长40学时, 志愿服务时长20小时, 运行时间).
_TIME_GIVEN_RE: Final = re.compile(
    "时长|学时|课时|运行|开放|营业|在线|培训|学习|阅读|锻炼|运动|服务时间|活动时间|工作时间"
    "|值守|值班|陪伴|陪护|播出|放映|演出|年限|寿命|质保|保修|保质|有效期|保存|保留|存储|持续"
    "|监测|巡查|巡河|巡护|驻村|帮扶|供电|供水|供气|供暖|供热|照明|实训|实践|开馆|开园"
    "|天数|日数|周数|月数|年数"
)
# A figure's label that makes it an amount of time provided over a period, not a time
# taken: 每月20天, 全年监测365天, 累计服务200天, 年均200天 (a 时效指标 row's days of service);
# 每件 is per case, a time taken.
_TIME_PROVIDED_LABEL_RE: Final = re.compile(
    "每(?:天|日|周|星期|个?月|季度?|年|学期)|全年|累计|年均|月均|日均|周均|合计|共计"
)


def _time_taken(indicator: Indicator, target: Comparison) -> bool:
    """Whether an exact time figure (``=`` with a unit of time) is a time to keep within.

    On a name or label that says the time is taken (工期, 周期, 时限, 时效, 响应, 到达,
    到场, 办理, 办结, 审批, 处置, 等候, 回复, 完成时间, 用时, 耗时…; a label ending in 后
    or 内: 收到资金后15日), ``工期18个月`` reads "within 18 months", as ``18个月内`` does;
    so does a figure in a 时效指标 row, unless its label makes it time provided over a
    period (``每月20天``, ``全年365天``, ``累计200天``). A bare 时间 says neither: a
    time given (培训时长, 志愿服务时长, 学时, 运行时间, 开放时间, 监测时间, 供电时间, 质保期,
    服务天数) is one to reach.

    >>> from perftrack import parse_target
    >>> [
    ...     _time_taken(Indicator(name, target=target), target)
    ...     for name, target in (
    ...         ("项目建设工期", parse_target("18个月")),
    ...         ("急救到达现场时间", parse_target("15分钟")),
    ...         ("补助资金拨付", parse_target("收到资金后15日")),
    ...         ("志愿服务时长", parse_target("20小时")),
    ...         ("水质监测时间", parse_target("365天")),
    ...         ("培训人数", parse_target("200人")),
    ...     )
    ... ]
    [True, True, True, False, False, False]
    """
    if target.unit not in _DURATION_UNITS:
        return False
    name, label = indicator.name, target.label or ""
    if _TIME_GIVEN_RE.search(name) is not None or _TIME_GIVEN_RE.search(label) is not None:
        return False
    if (
        _TIME_TAKEN_RE.search(name) is not None
        or _TIME_TAKEN_RE.search(label) is not None
        or label.endswith(("后", "内"))
    ):
        return True
    return indicator.level2 == "时效指标" and _TIME_PROVIDED_LABEL_RE.search(label) is None


def _change_direction(target: Target | None, name: str) -> Direction | None:
    """The direction a change target's own words give, or None for any other target.

    The figure of ``下降5%`` is the fall, and a larger fall is better: higher is better
    for an ``=``, ``≥`` or ``>`` change and a range (``下降3%至5%``), lower for a
    ceiling (``下降≤5%``, ``零增长``). A printed 反向 (the *level* of a 发病率 is to
    fall) and a cost row (降低5% of a 单位成本) say nothing more. A target without
    direction words of its own (``≥3%`` on a 降幅, ``≤-5%``) is None: its printed
    direction still applies.

    >>> from perftrack import parse_target
    >>> _change_direction(parse_target("下降5%"), "传染病发病率")
    <Direction.HIGHER: 'higher'>
    >>> _change_direction(parse_target("零增长"), "“三公”经费")
    <Direction.LOWER: 'lower'>
    >>> _change_direction(parse_target("≥3%"), "万元产值能耗降幅") is None
    True
    """
    if not isinstance(target, (Comparison, Range)) or target.label is None:
        return None  # most targets: no label, no words of their own
    way = _target_sign(target, name)
    if way is None or not way[1]:
        return None
    if isinstance(target, Range) or target.op in (_Op.GE, _Op.GT):
        return _Direction.HIGHER
    if target.op in (_Op.LE, _Op.LT) or target.value == 0:
        return _Direction.LOWER
    return _Direction.HIGHER


def _judged_direction(indicator: Indicator, target: Comparison | Range) -> Direction:
    """The direction *target* is judged in: its own words', else the indicator's.

    *target* is the indicator's, one of its options (any_of), or the comparison a
    relative target (``比上年下降5%``) is judged as.
    """
    # 单位GDP能耗下降3% with 单位GDP能耗下降3.5% on a 单位能耗 row: the label is the row's
    own = _change_direction(target, _change_name(indicator.name, target, indicator.actual))
    return own if own is not None else direction_of(indicator)


@lru_cache(maxsize=64)
def _year_end(year: int | None) -> dt.date | None:
    """12-31 of the fiscal *year*, the due date of a target with no date of its own."""
    return dt.date(year, 12, 31) if year is not None else None


def _due(target: Target | None, year: int | None, policy: Policy) -> dt.date | None:
    """The target's due date: its deadline, else 12-31 of the fiscal year."""
    if isinstance(target, Deadline):
        due = _new_year_festival_due(target) or target.due
        if due is not None and target.strict and policy.month_before == "start":
            if target.part is _Part.MONTH and target.month is not None and target.year is not None:
                return dt.date(target.year, target.month, 1) - dt.timedelta(days=1)
            if target.part is _Part.YEAR and target.year is not None:
                return dt.date(target.year, 1, 1) - dt.timedelta(days=1)
        return due
    if isinstance(target, PeriodTarget):
        return target.end
    return dt.date(year, 12, 31) if year is not None else None


def _new_year_festival_due(target: Deadline) -> dt.date | None:
    """The due date of ``元旦春节前`` without a year: this year's 春节 eve, as ``春节前``.

    The two festivals paid together (元旦春节前发放到位) are the 春节 payment: by this
    year's eve on time, after it late, and in the winter before the next 春节 in doubt
    (see :func:`_festival_doubt`). None for any other deadline.

    >>> from perftrack import parse_target
    >>> _new_year_festival_due(parse_target("元旦春节前发放到位", year=2025))
    datetime.date(2025, 1, 28)
    >>> _new_year_festival_due(parse_target("元旦前发放", year=2025)) is None
    True
    """
    note = target.note
    if note is None or "元旦" not in note or "春节" not in note or target.year is None:
        return None
    days = voc.FESTIVALS["春节"].get(target.year)
    if days is None or _YEAR_WRITTEN_RE.search(_normal(target.text)):
        return None
    return dt.date(target.year, *days) - dt.timedelta(days=1)


# ---------------------------------------------------------------------------
# The context of one indicator


class _Context(NamedTuple):
    indicator: Indicator
    number: int
    table: Table
    policy: Policy
    as_of: dt.date | None
    year: int | None
    say: _Language
    # The year both the target and the actual name as their baseline (比2022年 on both
    # sides of a 2024 row), or None: the year before *year* is the baseline.
    base: int | None = None
    # The scorecard's 序时进度 (§1), for plans written as it (计划 序时进度).
    time_progress: Decimal | None = None
    # Whether the value judged is the row's 全年预计: a forecast word (预计达到Ⅲ类) is its nature.
    forecasting: bool = False

    @property
    def change_year(self) -> int | None:
        """The year whose last year the changes of this row are against."""
        return self.base + 1 if self.base is not None else self.year

    @property
    def due(self) -> dt.date | None:
        target = self.indicator.target
        if not isinstance(target, (Deadline, PeriodTarget)):
            return _year_end(self.year)  # the common row: no date of its own
        return _due(target, self.year, self.policy)

    @property
    def at_due(self) -> bool | None:
        due = self.due
        if due is None or self.as_of is None:
            return None
        return self.as_of >= due


class _Outcome(NamedTuple):
    attainment: Attainment
    why: str
    # The due date is in doubt (春节前 with no year): no deadline-passed on the row.
    undated: bool = False


_ORDER: Final = (
    _Attainment.MET,
    _Attainment.PARTIAL,
    _Attainment.PENDING,
    _Attainment.NOT_MET,
    _Attainment.UNKNOWN,
)


def _quantity_of(value: Value | None) -> Quantity | None:
    return value if isinstance(value, Quantity) else None


def _counted_done(value: Value | None, target: Target | None) -> Quantity | None:
    """The works a cell counts done, some not, against a count in their measure, or None.

    ``完成12个，剩余2个12月完成`` against ``≥10个`` (or a plan of ``5个``) is 12个 done:
    the count the target asks for; the works left over matter to a deadline only.

    Example:
        >>> from perftrack import parse_target
        >>> str(_counted_done(parse_value("完成3处，1处延期"), parse_target("≥3处")))
        '3(处)'
        >>> _counted_done(parse_value("完成3处，1处延期"), parse_target("≥3个")) is None
        True
    """
    if (
        not isinstance(value, StatusValue)
        or value.status is not _Status.PARTIAL
        or not isinstance(target, (Comparison, Range))
        or target.unit is None
    ):
        return None
    counted = works_done_count(value.text)
    return counted if counted is not None and counted.unit == target.unit else None


# The words before a share of the work with no status of its own (截至6月底完成40%,
# 1-6月完成40%, 累计完成40%, 完成总工程量的40%, 项目总体进度40%, 完成率40%): a time
# or an opening, then 完成, 进度 or a rate of completion, maybe of the whole task (…的);
# a share of a part of the works (完成路基工程的60%) is not the year's task.
_WORK_SHARE_LABEL_RE: Final = re.compile(
    r"[\u3400-\u9fff\d\-,]{0,16}?(?:完成率|完成|进度|完成进度|进度完成)(?:{whole}的)?".replace(
        "{whole}", WHOLE_TASK
    )
)
# A share of the work before a remark that the work goes on (已完成40%，正在施工,
# 完成工程量的1/3，正在施工): the share is the head, read as the parser reads it alone.
_WORK_SHARE_REMARK_RE: Final = re.compile(
    r"(?P<head>(?:已|目前|累计)?完成[^,]{1,16}),"
    r"(?:正在施工|施工中|正在实施|实施中|正在推进|有序推进中?|正在建设|建设中)"
)


def _work_share(value: Value | None, target: Target | None) -> Quantity | None:
    """A share of the work with no status word, read as the share 完成40% is, or None.

    Against a floor in a count or amount (``≥120公里``), ``截至6月底完成40%``,
    ``累计完成40%``, ``完成率40%`` and a bare ``40%`` are the share of the year's task
    done: part done below 100%, done from 100% on (see :func:`_share_of_work`); so is
    one before a remark that the work goes on (``已完成40%，正在施工``,
    ``完成工程量的1/3，正在施工``), its head read as the parser reads it alone (a share
    with its status, as ``完成2/5`` and ``完成过半`` are).

    Example:
        >>> from perftrack import parse_target
        >>> share = _work_share(parse_value("截至6月底完成40%"), parse_target("≥120公里"))
        >>> share.value, share.status.value
        (Decimal('40'), 'partial')
        >>> str(_work_share(parse_value("完成工程量的1/4，正在施工"), parse_target("≥120公里")))
        '已完成25(%)'
        >>> _work_share(parse_value("40%"), parse_target("≥95%")) is None
        True
    """
    if not (
        isinstance(target, (Comparison, Range))
        and target.unit is not None
        # 95% of ≥90分 is a score, 98% of 提高2个百分点 a rate: neither is the work
        and target.unit != "分"
        and target.unit not in _RATE_UNITS
        and (isinstance(target, Range) or target.op in (_Op.GE, _Op.GT, _Op.EQ))
        and (target.label is None or _change_sign(target.label) is None)
    ):
        return None
    if isinstance(value, Quantity):
        if (
            value.unit != "%"
            or value.status is not None
            or value.bound not in (_Bound.EXACT, _Bound.APPROXIMATELY)
            or (value.label is not None and _WORK_SHARE_LABEL_RE.fullmatch(value.label) is None)
        ):
            return None
        share = value.value
    elif isinstance(value, TextValue) and "完成" in value.description:
        found = _WORK_SHARE_REMARK_RE.fullmatch(_normal(value.description))
        head = parse_value(found["head"]) if found is not None else None
        if (
            not isinstance(head, Quantity)
            or head.unit != "%"
            or head.label is not None
            or head.status not in (_Status.PARTIAL, _Status.DONE)
        ):
            return None
        return evolve(head, text=value.text)  # 完成40%: partly done, as the parser reads it
    else:
        return None
    status = _Status.DONE if share >= _HUNDRED else _Status.PARTIAL
    return Quantity(share, "%", value.bound, status=status, text=value.text)


def _status_of(value: Value | None) -> Status | None:
    if isinstance(value, StatusValue):
        return value.status
    if isinstance(value, (Quantity, DateValue)):
        return value.status
    return None


def _pending_or_not_met(ctx: _Context, why_pending: str, why_not_met: str) -> _Outcome:
    at_due = ctx.at_due
    if at_due is None:
        return _Outcome(
            _Attainment.UNKNOWN,
            ctx.say("截止日期或评价日期未知，无法判断", "due or as-of date unknown"),
        )
    if at_due:
        return _Outcome(_Attainment.NOT_MET, why_not_met)
    return _Outcome(_Attainment.PENDING, why_pending)


# ---------------------------------------------------------------------------
# §3 rule 3: comparisons and ranges


class _Compared(NamedTuple):
    check: _Check
    approximate: bool
    above: bool  # the whole actual lies above the target's upper end (range high, bar)


def _compare(target: Comparison | Range, quantity: Quantity, ctx: _Context) -> _Compared | None:
    """Check a quantity against a comparison or range; None when units are incomparable."""
    factors = _factors(target.unit, quantity.unit)
    if factors is None or _per_100k_apart(target.unit, quantity.unit, ctx.indicator.name):
        return None
    target_factor, actual_factor = factors
    interval = _interval(quantity, actual_factor)
    if isinstance(target, Range):
        low, high = target.low * target_factor, target.high * target_factor
        below_high = _at_most(interval, high, strict=False)
        check = _both(_at_least(interval, low, strict=False), below_high)
        return _Compared(check, interval.approximate, below_high is _FastCheck.VIOLATED)
    bar = target.value * target_factor
    op = target.op
    if op is _Op.EQ:
        if ctx.policy.strict_equality:
            check = _both(
                _at_least(interval, bar, strict=False), _at_most(interval, bar, strict=False)
            )
        elif _judged_direction(ctx.indicator, target) is _Direction.LOWER:
            check = _at_most(interval, bar, strict=False)
        else:
            check = _at_least(interval, bar, strict=False)
    elif op in (_Op.GE, _Op.GT):
        check = _at_least(interval, bar, strict=op is _Op.GT)
    else:
        check = _at_most(interval, bar, strict=op is _Op.LT)
    # Reaching a strict ceiling (< 5 with 5) is already breaking it.
    above = _at_most(interval, bar, strict=op is _Op.LT) is _FastCheck.VIOLATED
    return _Compared(check, interval.approximate, above)


def _incomparable(ctx: _Context, shown: str, goal: str) -> _Outcome:
    """An actual whose unit the target's cannot be compared with: ``unknown``."""
    return _Outcome(
        _Attainment.UNKNOWN,
        ctx.say(
            f"实际{shown}与年度指标{goal}单位不可比",
            f"actual {shown} and target {goal} have incomparable units",
        ),
    )


def _judge_change(target: Comparison | Range, change: _Change, ctx: _Context) -> _Outcome:
    """A change (下降12%, 同比增长3%, -5.3%) against a target that names its direction."""
    say = ctx.say
    compared = (
        None  # a change of a rate in ‰ is in 千分点, as one in 个百分点 is no change in %
        if _percent_and_finer(target.unit, change.quantity.unit)
        and not (isinstance(target, Comparison) and target.value == 0)  # 0 is 0 in both
        else _compare(target, change.quantity, ctx)
    )
    shown = change.shown
    goal = _normal(target.text) or _shown_target(target)
    if isinstance(target, Comparison) and target.value > 0 and "-" in goal:
        goal = "".join(target.text.split())  # 负增长3%, not the 增长-3% it normalises to
    # a change in the target's direction is asked for (下降10%, 正增长), not a ceiling
    wants_its_way = (
        target.low > 0
        if isinstance(target, Range)
        else target.op in (_Op.GE, _Op.GT, _Op.EQ) and (target.value > 0 or target.op is _Op.GT)
    )
    if compared is None and change.opposite and wants_its_way:
        # 同比下降2个百分点 against 增长5%: points and percent differ, the direction not
        compared = _Compared(_FastCheck.VIOLATED, approximate=False, above=False)
    if compared is None:
        return _incomparable(ctx, shown, goal)
    if compared.check is _FastCheck.SATISFIED:
        return _Outcome(
            _Attainment.MET,
            say(f"实际{shown}，达到年度指标{goal}", f"actual {shown} meets the target {goal}"),
        )
    if compared.check is _FastCheck.UNDECIDED:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}不能确定是否达到年度指标{goal}",
                f"actual {shown} cannot be decided against {goal}",
            ),
        )
    if isinstance(target, Range) and compared.above and not change.opposite:
        beyond = _beyond_change_band(target, shown, goal, ctx)
        if beyond is not None:
            return beyond
    if change.opposite:
        # 增长12% against 下降10%: the other way, however large
        return _pending_or_not_met(
            ctx,
            say(
                f"实际{shown}，与年度指标“{goal}”方向相反，距年底尚有时间",
                f"actual {shown} goes the other way from “{goal}”; there is still time",
            ),
            say(
                f"实际{shown}，与年度指标“{goal}”方向相反",
                f"actual {shown} goes the other way from “{goal}”",
            ),
        )
    short = "超出" if compared.above else "未达"
    return _pending_or_not_met(
        ctx,
        say(
            f"实际{shown}，{short}年度指标{goal}，距年底尚有时间",
            f"actual {shown} misses the target {goal}; there is still time",
        ),
        say(f"实际{shown}，{short}年度指标{goal}", f"actual {shown} misses the target {goal}"),
    )


# A band of change written as a cap (增长控制在3%-5%, 增幅不超过3%-5%, 3%-5%以内).
_CAPPED_BAND_RE: Final = re.compile("控制在|不超过|不高于|以内|之内")
# The names of a cost, whose rise beyond its band may break a cap (门诊次均费用增幅,
# 财政补贴支出增幅, 能源消费总量增幅): whatever their level 1.
_COST_LIKE_NAME_RE: Final = re.compile("费用|成本|支出|能耗|消费总量|负担|债务")
# The names clearly better higher, whose rise beyond a band is met (农民人均可支配收入增幅,
# 规上工业增加值增速, 就业人数增长).
_RISE_BETTER_NAME_RE: Final = re.compile(
    "收入|产值|增加值|覆盖|人数|人次|营业额|销售额|营收|税收|利润|就业|产量|游客|客流|出口|招商"
)


def _beyond_change_band(target: Range, shown: str, goal: str, ctx: _Context) -> _Outcome | None:
    """A change beyond a change band's far end, its way (下降10% against 下降5%至8%).

    A band of change is a floor at its low end, not a cap: a larger fall of a 发病率 or a
    cost is better, and a larger rise of a name clearly better higher (收入, 产值, 增加值,
    覆盖, 人数…). A rise of a cost (a cost row, a printed 反向, a name holding 费用, 成本,
    支出, 能耗, 消费总量, 负担, 债务) is ``unknown``: the band may be a cap. None (the
    caller's not met, past the upper end) for a band written as a cap (控制在, 不超过,
    以内) and for a rise of any other name.

    Example:
        >>> _CAPPED_BAND_RE.search("增长控制在3%-5%") is not None
        True
        >>> _COST_LIKE_NAME_RE.search("门诊次均费用增幅") is not None
        True
    """
    say = ctx.say
    if _CAPPED_BAND_RE.search(target.text):
        return None
    way = _target_sign(target, ctx.indicator.name)
    rising = way is not None and way[0] == 1
    name = ctx.indicator.name
    if rising and (
        _is_cost(ctx.indicator)
        or ctx.indicator.direction is _Direction.LOWER
        or _COST_LIKE_NAME_RE.search(name)
    ):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}，超出年度指标{goal}的上限，增幅是否应控制在区间内需人工判断",
                f"actual {shown} is beyond the band {goal}: whether the rise is capped,"
                " a reviewer must judge",
            ),
        )
    if rising and not _RISE_BETTER_NAME_RE.search(name):
        return None
    return _Outcome(
        _Attainment.MET,
        say(
            f"实际{shown}，超过年度指标{goal}，{'增幅' if rising else '降幅'}大于区间上限，达到年度指标",
            f"actual {shown} goes beyond the band {goal}, its way: met",
        ),
    )


# How a quantity's bound is said before its figure.
_BOUND_SAID: Final = MappingProxyType(
    {
        _Bound.EXACT: "",
        _Bound.AT_LEAST: "不低于",
        _Bound.MORE_THAN: "超过",
        _Bound.AT_MOST: "不超过",
        _Bound.LESS_THAN: "低于",
        _Bound.APPROXIMATELY: "约",
    }
)


def _shown_quantity(quantity: Quantity, unit: str | None) -> str:
    bound = _BOUND_SAID[quantity.bound]
    return f"{bound}{format(quantity.value, 'f')}{quantity.unit or unit or ''}"


def _shown_target(target: Comparison | Range) -> str:
    if isinstance(target, Range):
        # 下降3-5%: the direction is the target's half
        label = target.label if _change_sign(target.label) is not None else ""
        return f"{label}{format(target.low, 'f')}-{format(target.high, 'f')}{target.unit or ''}"
    if target.label is not None and _change_sign(target.label) is not None:
        # 下降10%, 增长≥5%: the direction is the target's half
        op = "" if target.op is _Op.EQ else target.op.symbol
        return f"{target.label}{op}{format(target.value, 'f')}{target.unit or ''}"
    return f"{target.op.symbol}{format(target.value, 'f')}{target.unit or ''}"


# A count of events per period (每季度1次, 每月不少于2次, 1次/季度): the year's target is
# that count times the periods in a year, and a count done in the year is judged against
# it (每季度1次 with 3次 is missed). Only counts of events: 每月人均300元 is no schedule.
_PERIODS_A_YEAR: Final = MappingProxyType(
    {"年": 1, "半年": 2, "季度": 4, "季": 4, "月": 12, "个月": 12}
)
# Periods too short to count in a year exactly (52 or 53 weeks; working days).
_SHORT_PERIODS: Final = frozenset({"周", "星期", "天", "日", "工作日"})
_EVENT_UNITS: Final = frozenset(
    {"次", "场", "场次", "期", "期次", "批", "批次", "轮", "回", "篇", "份", "人次"}
)
# 每季度, 每个月, 每月开展, 每季度召开: the period, and a verb after it at most.
_SCHEDULE_LABEL_RE: Final = re.compile(
    r"每个?(半年|季度|季|个月|月|年|周|星期|天|日|工作日)[一-鿿]{0,4}"
)


def _schedule_period(target: Comparison | Range, quantity: Quantity) -> str | None:
    """The period of a per-period count target judged against a count done, or None.

    None when the actual is itself per period (``每季度1次``, ``月均2次``, ``1次/季度``).
    """
    unit = target.unit
    if unit is None:
        return None
    base, slash, per = unit.partition("/")
    if not slash:
        label = target.label
        if label is None or label[0] != "每":
            return None
        found = _SCHEDULE_LABEL_RE.fullmatch(label)
        if found is None:
            return None
        per = found.group(1)
    if base not in _EVENT_UNITS or quantity.unit not in (None, base):
        return None
    if quantity.label is not None and (quantity.label[0] == "每" or "均" in quantity.label):
        return None
    if per not in _PERIODS_A_YEAR and per not in _SHORT_PERIODS:
        return None
    return None if _per_period_count(target, quantity, _PERIODS_A_YEAR.get(per)) else per


def _per_period_count(target: Comparison | Range, quantity: Quantity, times: int | None) -> bool:
    """Whether a count done is plainly one period's (``5-8次/月`` with ``6次``).

    A count within the per-period target (a range's band, a floor met) and at most half
    the year's count was written per period: 6 a month, not 6 in a year of 60-96.
    It is compared as it stands (unit-mismatch when the units differ), never missed.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _per_period_count(parse_target(t), parse_value(a), 12)
    ...     for t, a in (("5-8次/月", "6次"), ("5-8次/月", "60次"), ("≥2次/月", "2次"))
    ... ]
    [True, False, True]
    """
    if times is None or times == 1:
        return False
    value = quantity.value
    if isinstance(target, Range):
        inside, low = target.low <= value <= target.high, target.low
    elif target.op in (_Op.GE, _Op.EQ):
        inside, low = (
            value >= target.value if target.op is _Op.GE else value == target.value,
            target.value,
        )
    elif target.op is _Op.GT:
        inside, low = value > target.value, target.value
    else:
        return False  # a ceiling a period (≤2次/月): a small count meets both readings
    return inside and value * 2 <= low * times


def _yearly(target: Comparison | Range, times: int) -> Comparison | Range:
    """A per-period count target as the year's count (``每季度1次`` → ``=4次``).

    A range counts both ends (``5-8次/年`` is 5-8 次 a year; ``1-2次/季度`` 4-8 次).
    """
    unit = (target.unit or "").partition("/")[0]
    if isinstance(target, Range):
        return Range(target.low * times, target.high * times, unit, text=target.text)
    return Comparison(target.op, target.value * times, unit, text=target.text)


def _judge_schedule(target: Comparison | Range, per: str, actual: Value, ctx: _Context) -> _Outcome:
    """A per-period count target (``每季度1次``) against the count done in the year."""
    say = ctx.say
    times = _PERIODS_A_YEAR.get(per)
    goal = target.text.strip() or str(target)
    if times is None:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"年度指标“{goal}”按{per}计，无法与全年完成数直接对照，需人工判断",
                f"the target “{goal}” counts per {per}: a year's count cannot be matched to it",
            ),
        )
    yearly = _yearly(target, times)
    outcome = _judge_comparison(yearly, actual, ctx)
    return outcome._replace(
        why=say(
            f"“{goal}”全年计{_shown_target(yearly)}；{outcome.why}",
            f"“{goal}” is {_shown_target(yearly)} a year; {outcome.why}",
        )
    )


def _judge_other_measure(
    target: Comparison | Range, actual: Value, measure: _OtherMeasure, ctx: _Context
) -> _Outcome:
    """An actual that names another measure: converted, its bracket judged, or unknown."""
    say = ctx.say
    shown, goal = _text(actual), target.text.strip() or _shown_target(target)
    if measure.quantity is None:
        counted = actual.label if isinstance(actual, Quantity) else measure.actual_word
        asked = target.label or ctx.indicator.name or measure.target_word
        words = f"{measure.actual_word}≠{measure.target_word}"
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”统计的是{counted}，年度指标“{goal}”统计的是{asked}，"
                f"口径不同（{words}），需人工判断",
                f"actual “{shown}” counts {counted}, the target “{goal}” {asked}:"
                f" another measure ({words}), a reviewer must judge",
            ),
        )
    outcome = _judge_comparison(target, measure.quantity, ctx)
    figure = _shown_quantity(measure.quantity, None)
    if measure.converted and isinstance(actual, Quantity):
        printed = _shown_quantity(actual, None)
        said = say(
            f"实际填报{measure.actual_word}{printed}，即{measure.target_word}{figure}；",
            f"actual {measure.actual_word} {printed} is {measure.target_word} {figure}; ",
        )
    else:
        said = say(
            f"实际“{shown}”中{measure.target_word}为{figure}；",
            f"actual “{shown}” gives {measure.target_word} {figure}; ",
        )
    return outcome._replace(why=said + outcome.why)


# The words that label a figure as an excess over a ceiling (超支8.6万元, 超出预算8.6万元,
# 超标准200元/人, 延期15天, 比合同工期延长15天): the overrun, never the cost or time itself.
# A forecast word may lead (预计超支80万元 in the forecast column).
_OVERRUN_RE: Final = re.compile(
    r"(?:预计|预期|估计)?(?:比[\u3400-\u9fff]{1,8})?"
    r"(?:超支|超出|超预算|超概算|突破|超额|多支出|多支付|多花|超标准|超过标准|延期|超期|逾期|拖期|延误|延长|超时)"
    r"(?:了)?(?:年度|批复|合同|计划|核定)?(?:预算|概算|标准|工期|计划|资金|支出|期限)?(?:了)?"
)


# How a figure with no word before it starts: a digit or an operator.
_PLAIN_FIRSTS: Final = frozenset("0123456789.≥≤=<>")


def _overrun(
    value: Value | None, indicator: Indicator | None = None, target: Target | None = None
) -> Quantity | None:
    """The excess a figure states over its ceiling, else None.

    The words before the figure (its label, or ``超标准`` that the grammar reads as a
    bound) are an overrun word, with what was overrun: ``超支8.6万元``,
    ``超出预算8.6万元``, ``超预算5万元``, ``延误15天``, ``比合同工期延长15天``. On a row
    whose name or target names the excess (``超额完成任务量``), ``超额12%`` is the
    measure itself, no overrun.

    Example:
        >>> from perftrack import parse_value
        >>> _overrun(parse_value("超支8.6万元")).value, _overrun(parse_value("8.6万元"))
        (Decimal('8.6'), None)
    """
    if not isinstance(value, Quantity) or value.status is not None:
        return None
    text = value.text.strip()
    if value.label is None and text[:1] in _PLAIN_FIRSTS:
        return None  # 8.6万元, ≤200万元: no word before the figure (the common row)
    digit = next((at for at, char in enumerate(text) if char.isdigit()), None)
    head = text[:digit] if digit is not None else ""
    words = head or value.label or ""
    if not words or _OVERRUN_RE.fullmatch(words) is None:
        return None
    if words.startswith("超额") and (
        (indicator is not None and "超额" in indicator.name)
        or (target is not None and "超额" in (target.text or ""))
    ):
        return None  # 超额12% on 超额完成任务量: the excess is what the row measures
    return value


def _judge_overrun(target: Comparison | Range, excess: Quantity, ctx: _Context) -> _Outcome:
    """An excess over a ceiling (超支8.6万元, 延期15天): not met unless it is none.

    Against a target that is no ceiling the excess says nothing of the figure reached.
    """
    say = ctx.say
    shown = excess.text.strip()
    goal = _shown_target(target)
    ceiling = (
        isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.LT, _Op.EQ)
        and _judged_direction(ctx.indicator, target) is _Direction.LOWER
    )
    if not ceiling:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为超出部分，不是完成值，无法与年度指标{goal}比较",
                f"actual “{shown}” is an excess, not the figure reached: no comparison with {goal}",
            ),
        )
    if excess.value <= 0:
        return _Outcome(
            _Attainment.MET,
            say(f"实际{shown}，未超出年度指标{goal}", f"actual {shown}: within the target {goal}"),
        )
    return _Outcome(
        _Attainment.NOT_MET,
        say(f"实际{shown}，超出年度指标{goal}", f"actual {shown}: over the ceiling {goal}"),
    )


def _judge_comparison(target: Comparison | Range, actual: Value, ctx: _Context) -> _Outcome:
    say = ctx.say
    if _is_time_limit(target) and (timed := _in_time(actual, say)) is not None:
        return timed  # 按时拨付, 未按时拨付, 逾期3天 against ≤30日: said in words of time
    if (excess := _overrun(actual, ctx.indicator, target)) is not None:
        return _judge_overrun(target, excess, ctx)  # 超支8.6万元 against ≤200万元
    named = _change_name(ctx.indicator.name, target, actual)
    change = _as_change(actual, target, named, ctx.change_year)
    if change is not None:
        return _judge_change(target, change, ctx)
    if _another_change(actual, target, named, ctx.change_year):
        shown = _text(actual)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”与年度指标“{target.text.strip() or target}”不是同一指标或同一基期的变化，需人工判断",
                f"actual “{shown}” and the target “{target}” are not the same change: a reviewer must judge",
            ),
        )
    if (measure := _other_measure(actual, target, ctx.indicator.name)) is not None:
        return _judge_other_measure(target, actual, measure, ctx)
    quantity = _work_share(actual, target) or _quantity_of(actual) or _counted_done(actual, target)
    if quantity is None and isinstance(actual, DateValue):
        quantity = works_counted(actual.text)  # 2024年9月完成2处 against ≥2处: the count
    picked = None
    if quantity is None and isinstance(actual, TextValue):
        # 抽检1250批次,合格1238批次 against ≥1200批次 on 抽检批次: the count the name asks
        picked = quantity = _stepped_count(actual, target, ctx.indicator.name)
    worded: str | None = None
    if quantity is None and _says_none(actual):
        # 无, 未发生, 未收到投诉 against 0起 or ≤1(起): nothing happened, that is 0
        quantity = Quantity(Decimal(0), None, _Bound.EXACT, text=actual.text)
        if "超" in actual.text or "突破" in actual.text:
            worded = f"“{_text(actual)}”"  # 未超预算 against ≤200万元: said, not 0万元
    if quantity is not None and _total_for_unit_cost(target, quantity, ctx.indicator):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{_shown_quantity(quantity, target.unit)}为总额，与年度指标"
                f"{_shown_target(target)}的人均/单位口径不同，无法比较",
                f"actual {_shown_quantity(quantity, target.unit)} is a total, not the unit"
                f" cost {_shown_target(target)}: no comparison",
            ),
        )
    if quantity is not None and _scale_slip(ctx.indicator, quantity, target):
        goal = _shown_target(target)
        whose = say("指标", "the name's") if quantity.unit else say("年度指标", "the target's")
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际填报{quantity.text.strip()}，按{whose}单位计为{format(quantity.value, 'f')}{target.unit}，"
                f"为年度指标{goal}的上千倍，疑为以基本单位填报，无法判断",
                f"actual {quantity.text.strip()} read in {whose} unit {target.unit} is over "
                f"a thousand times the target {goal}: probably written in the base unit",
            ),
        )
    if quantity is not None:
        per = _schedule_period(target, quantity)
        if per is not None:
            return _judge_schedule(target, per, actual, ctx)
    # 0.93 against ≥90%: a share Excel stored without its % format is 93%; 465/500
    # and 发放问卷500份,满意465份 against ≥90% are the share 93%
    read = (
        _as_share(quantity, target, ctx.indicator.name)
        if quantity is not None
        else _counted_share(actual, target, ctx.indicator.name)
    )
    fraction = read is not quantity
    quantity = read
    if quantity is not None:
        compared = (
            None  # 下降10% against 0.8‰: a change and a rate, whatever ‰ and % convert to
            if _change_against_rate(target, quantity, ctx.indicator)
            else _compare(target, quantity, ctx)
        )
        shown = worded or _shown_quantity(quantity, target.unit)
        if fraction:
            shown = _shown_quantity(_rounded_share(quantity), target.unit)
            shown = say(
                f"{quantity.text}（按比例计为{shown}）", f"{quantity.text} (a share: {shown})"
            )
        elif picked is not None:
            shown = say(
                f"{shown}（“{_text(actual)}”中指标名称所指的数）",
                f"{shown} (the count of “{_text(actual)}” the name asks for)",
            )
        goal = _shown_target(target)
        if compared is None and _share_of_work(quantity, target):
            # 已完成60% against ≥10个: the share of the work that was done; its status
            # (partial, done) judges it, a percentage and a count being no comparison.
            # Before the due date a part done is work under way.
            if quantity.status is _Status.PARTIAL and ctx.at_due is False:
                return _Outcome(
                    _Attainment.PENDING,
                    say(
                        f"实际“{_text(actual)}”，尚在进行，距年底尚有时间",
                        f"actual “{_text(actual)}”: under way, there is still time",
                    ),
                )
            return _judge_status(quantity.status, _text(actual), ctx)
        if compared is None:
            return _incomparable(ctx, shown, goal)
        lower = _judged_direction(ctx.indicator, target) is _Direction.LOWER
        # A cumulative figure only grows: below a ceiling it may still break it, above it
        # (an overspend, also of an exact `=` under strict equality) it cannot come back.
        cumulative_ceiling = lower and not _may_come_down(
            ctx.indicator, target.unit or quantity.unit
        )
        approx = say("（约数）", " (approximate)") if compared.approximate else ""
        at_due = ctx.at_due
        if compared.check is _FastCheck.SATISFIED:
            if cumulative_ceiling and at_due is False:
                return _Outcome(
                    _Attainment.PENDING,
                    say(
                        f"实际{shown}{approx}暂未超过年度上限{goal}，年底前仍可能超出",
                        f"actual {shown}{approx} is within the ceiling {goal} so far; it may still be exceeded",
                    ),
                )
            if cumulative_ceiling and at_due is None:
                return _Outcome(
                    _Attainment.UNKNOWN, say("评价日期未知，累计上限无法判断", "as-of date unknown")
                )
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际{shown}{approx}，达到年度指标{goal}",
                    f"actual {shown}{approx} meets the target {goal}",
                ),
            )
        # Under strict equality an exact count (=4次 drills) overshot is as lost as a
        # ceiling broken: five drills done cannot become four.
        strict_overshoot = (
            ctx.policy.strict_equality
            and isinstance(target, Comparison)
            and target.op is _Op.EQ
            and not lower
            and not _may_come_down(ctx.indicator, target.unit or quantity.unit)
        )
        if compared.check is _FastCheck.VIOLATED:
            if strict_overshoot and compared.above:
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{shown}已超出年度指标{goal}，无法挽回",
                        f"actual {shown} already overshoots the exact target {goal}",
                    ),
                )
            if cumulative_ceiling and compared.above:
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{shown}已超出年度上限{goal}，无法挽回",
                        f"actual {shown} already exceeds the ceiling {goal}",
                    ),
                )
            if (
                lower
                and compared.above
                and not at_due  # at the year's end: not met as any ceiling broken
                and _per_case_time(ctx.indicator, target.unit or quantity.unit)
                and _PER_CASE_AVERAGE_RE.search(f"{ctx.indicator.name}{_text(actual)}") is None
            ):
                # 故障修复时间 ≤24小时 at 36: a case over the limit, no later case undoes it
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{shown}已超出时限{goal}，超时的办件无法挽回",
                        f"actual {shown} already breaks the per-case limit {goal}",
                    ),
                )
            if compared.above:  # above a range, or a ratio above its ceiling
                # 2% against <2% reaches the bound without getting under it: 未低于
                at_bound = (
                    isinstance(target, Comparison)
                    and target.op is _Op.LT
                    and quantity.value == target.value
                )
                above = "未低于" if at_bound else "超出"
                return _pending_or_not_met(
                    ctx,
                    say(
                        f"实际{shown}{approx}，{above}年度指标{goal}，距年底尚有时间",
                        f"actual {shown}{approx} is above the target {goal}; there is still time",
                    ),
                    say(
                        f"实际{shown}{approx}，{above}年度指标{goal}",
                        f"actual {shown}{approx} is above the target {goal}",
                    ),
                )
            return _pending_or_not_met(
                ctx,
                say(
                    f"实际{shown}{approx}，未达年度指标{goal}，距年底尚有时间",
                    f"actual {shown}{approx} is short of the target {goal}; there is still time",
                ),
                say(
                    f"实际{shown}{approx}，未达年度指标{goal}",
                    f"actual {shown}{approx} misses the target {goal}",
                ),
            )
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际{shown}不能确定是否达到年度指标{goal}",
                f"actual {shown} cannot be decided against {goal}",
            ),
        )
    status = _status_of(actual)
    if isinstance(actual, StatusValue):
        return _judge_status(status, actual.word, ctx)
    if (whole := _whole_rate_in_words(target, actual, ctx)) is not None:
        return whole  # 按时足额发放 against 发放及时率 100%: all of it on time
    if _survey_pending(ctx.indicator, target, actual):
        # 年底调查, 未开展调查, 调查中: no survey yet, so no rate to compare
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{_text(actual)}”，满意度调查尚未完成，截止日期未到",
                    f"actual “{_text(actual)}”: the satisfaction survey is not done yet, not due",
                ),
            )
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”，满意度调查尚未完成，无法与年度指标"
                f"{_shown_target(target)}比较",
                f"actual “{_text(actual)}”: the satisfaction survey is not done, nothing to"
                f" compare with {_shown_target(target)}",
            ),
        )
    if _worded_satisfaction(ctx.indicator, target, actual):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{_text(actual)}”为文字评价，满意度应填写调查得出的百分比，"
                f"无法与年度指标{_shown_target(target)}比较",
                f"actual “{_text(actual)}” is a word: a satisfaction rate is the share"
                f" a survey found, to compare with {_shown_target(target)}",
            ),
        )
    if _event_time_limit(target, actual):
        # 收到上级资金后30日内 against 2024年5月完成: no date to hold the month against
        goal = _normal(target.text).strip() or _shown_target(target)
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"年度指标“{goal}”的时限不是日期，实际“{_text(actual)}”是否按时完成需人工判断",
                f"the target “{goal}” sets a time limit that is no date: "
                f"a reviewer must judge whether “{_text(actual)}” was in time",
            ),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际“{_text(actual)}”不是数值，无法与年度指标比较",
            f"actual “{_text(actual)}” is no number to compare",
        ),
    )


# A time limit counted from an event: 收到上级资金后30日内, 资金下达后15个工作日内.
_EVENT_LIMIT_UNITS: Final = frozenset(
    ("日", "天", "个工作日", "工作日", "周", "个月", "月", "小时", "个小时")
)


def _event_time_limit(target: Comparison | Range, actual: Value) -> bool:
    """Whether *target* is a time limit after an event and *actual* a date of work done.

    ``收到上级资金后30日内`` (≤30日 labelled ``收到上级资金后``) names no calendar date:
    ``2024年5月完成`` says the work is done, not whether in time, as against ``汛前完成``.

    >>> from perftrack import parse_target, parse_value
    >>> _event_time_limit(parse_target("收到上级资金后30日内"), parse_value("2024年5月完成"))
    True
    >>> _event_time_limit(parse_target("≤30日"), parse_value("2024年5月完成"))
    False
    """
    label = target.label
    return (
        isinstance(actual, DateValue)
        and label is not None
        and label.rstrip().endswith(("后", "之后", "以后"))
        and target.unit in _EVENT_LIMIT_UNITS
    )


# Words of work done on time, and of money paid in full (also among _ADDED_WORDS).
_ON_TIME_WORDS: Final = "及时|按时|准时|按期|如期"
_IN_FULL_WORDS: Final = "足额|全额|足量|全部|全数"
# The rate of work done on time (资金发放及时率, 按时发放率, 按期完工率), and the rate of
# what was paid in full (补贴发放率, 资金拨付率, 兑现率).
_TIMELY_RATE_NAME_RE: Final = re.compile(rf"(?:{_ON_TIME_WORDS})[\u3400-\u9fff]{{0,6}}率$")
_FULL_RATE_NAME_RE: Final = re.compile(r"(?:发放|拨付|兑现|支付|到位|下达|落实)率$")
# What says all of it was done on time (及时发放, 按时足额发放, 按月足额发放), or in full
# (足额发放, 全额拨付); a schedule word (按月, 按季度, 每月) only before a payment.
_ON_TIME_SAID_RE: Final = re.compile(
    f"{_ON_TIME_WORDS}|(?:按月|按季度?|每月|每季度?)(?:足额|全额|及时|按时)?"
    "(?:发放|拨付|支付|兑现|下达|结算|划拨|到位)"
)
_IN_FULL_SAID_RE: Final = re.compile(_IN_FULL_WORDS)
# What says less: a negation or a delay (the status rules judge those), and a part.
_NOT_ALL_SAID_RE: Final = re.compile("未|不|没|无|延迟|逾期|滞后|推迟|延期|超期|拖欠|暂缓")
_PART_SAID_RE: Final = re.compile("部分|大部分|大多|多数|基本|个别|少数|绝大")
_CLAUSE_MARKS: Final = frozenset("，,；;。、")


def _whole_rate_in_words(
    target: Comparison | Range, actual: Value, ctx: _Context
) -> _Outcome | None:
    """A rate of timeliness or payment in full, answered in words that say all of it.

    ``及时发放``, ``按时足额发放`` and ``按月足额发放`` against ``100%`` (or ``≥95%``) on a
    ``资金发放及时率`` say every payment was on time: the rate is 100%, met; ``足额发放``
    and ``全额拨付`` say the same of a ``补贴发放率``. A part said (``部分按时发放``,
    ``基本按时``) is partial. None for any other row: another name, a ceiling, a figure
    in the cell, a clause (``按时发放，个别延迟``), or a negation or delay (``未按时发放``,
    ``延迟发放``), which the status and time rules judge.
    """
    if not isinstance(actual, (TextValue, QualitativeValue)):
        return None
    if isinstance(target, Comparison):
        if target.op in (_Op.LE, _Op.LT):
            return None
        bar = target.value
    else:
        bar = target.low
    if not 0 < bar <= _HUNDRED or (
        target.unit != "%" and not (target.unit is None and _share_name(ctx.indicator.name))
    ):
        return None
    name = _NAME_TAIL_RE.sub("", ctx.indicator.name.strip())
    if _TIMELY_RATE_NAME_RE.search(name):
        said, how = _ON_TIME_SAID_RE, ("按时", "on time")
    elif _FULL_RATE_NAME_RE.search(name):
        said, how = _IN_FULL_SAID_RE, ("足额", "in full")
    else:
        return None
    text = _normal(_text(actual)).rstrip("。")
    if (
        len(text) > 16  # noqa: PLR2004 - a sentence is the reviewer's
        or _DIGIT_RE.search(text)
        or _CLAUSE_MARKS.intersection(text)
        or _NOT_ALL_SAID_RE.search(text)
        or not said.search(text)
    ):
        return None
    shown, goal = _text(actual), _shown_target(target)
    if _PART_SAID_RE.search(text):
        return _Outcome(
            _Attainment.PARTIAL,
            ctx.say(
                f"实际“{shown}”，未全部{how[0]}完成，部分达到年度指标{goal}",
                f"actual “{shown}”: not all {how[1]}, part of the target {goal}",
            ),
        )
    return _Outcome(
        _Attainment.MET,
        ctx.say(
            f"实际“{shown}”，即全部{how[0]}完成，视为100%，达到年度指标{goal}",
            f"actual “{shown}”: all {how[1]}, 100%, meets the target {goal}",
        ),
    )


def _is_satisfaction(indicator: Indicator) -> bool:
    return indicator.level1 == "满意度指标" or "满意" in indicator.name


def _worded_satisfaction(indicator: Indicator, target: Target | None, actual: Value | None) -> bool:
    """A satisfaction rate answered in words (``满意``, ``基本满意``) against a percentage.

    Not a survey yet to be made (``年底调查``, ``未开展调查``, ``调查中``): see
    :func:`_survey_pending`.
    """
    return (
        isinstance(target, (Comparison, Range))
        and target.unit == "%"
        and isinstance(actual, (TextValue, QualitativeValue))
        and _is_satisfaction(indicator)
        and not any(char.isdigit() for char in actual.text)
        and not _SURVEY_PENDING_RE.search(actual.text)
    )


# A survey not made yet, or under way: 年底调查, 下半年开展调查, 未开展调查, 暂未测评, 未调查,
# 待测评, 调查中, 测评进行中.
_SURVEY_WORD: Final = "(?:调查|测评|调研|问卷|评价|评估|测试)"
_SURVEY_PENDING_RE: Final = re.compile(
    rf"(?:未|没有?|尚未|暂未|待|拟|将|计划|准备)[\u3400-\u9fff]{{0,4}}?{_SURVEY_WORD}"
    rf"|(?:年底|年末|年终|下半年|四季度|第四季度|年度末|年底前)[\u3400-\u9fff]{{0,4}}?{_SURVEY_WORD}"
    rf"|{_SURVEY_WORD}(?:中|进行中|正在进行|尚未开展|未开展|未完成|尚未完成)"
)


def _survey_pending(indicator: Indicator, target: Target | None, actual: Value | None) -> bool:
    """A satisfaction rate whose actual says the survey is not made yet (``年底调查``).

    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("群众满意度", target=parse_target("≥90%"))
    >>> _survey_pending(row, row.target, parse_value("未开展调查"))
    True
    >>> _survey_pending(row, row.target, parse_value("满意"))
    False
    """
    return (
        isinstance(target, (Comparison, Range))
        and target.unit == "%"
        and isinstance(actual, (TextValue, QualitativeValue))
        and _is_satisfaction(indicator)
        and not any(char.isdigit() for char in actual.text)
        and bool(_SURVEY_PENDING_RE.search(actual.text))
    )


# The units of a time limit (≤30日, 5个工作日内, 24小时内): what 按时/及时 can keep.
_TIME_LIMIT_UNITS: Final = frozenset({"天", "工作日", "小时", "个小时", "分钟", "周", "个月", "月"})


# How long after its year a self-evaluation is filed, at the latest: dates within it are
# facts the table reports, later ones plans.
_FILING_TIME: Final = dt.timedelta(days=182)
# The words of lateness: one list for the days late, the words of time and their denial.
_LATE: Final = ("逾期", "延期", "超期", "滞后", "推迟", "延迟")
# A figure of time labelled late: 逾期3天, 延期5个工作日, 推迟15天, 滞后2个月, 超时2小时.
_LATE_LABEL_RE: Final = re.compile("|".join((*_LATE, "超时", "延误", "拖期")))
# A status that says the time was not kept: 未按时拨付, 未及时发放, 没有按期完成.
_LATE_RE: Final = re.compile("(?:未|没有?|不)(?:能)?(?:按时|及时|按期|如期|准时)")


# What a status of lateness (未按时拨付) says, as a word: 按时, negated.
_NOT_ON_TIME: Final = QualitativeValue("按时", "timeliness", negation="未")
_ON_TIME: Final = QualitativeValue("按时", "timeliness")


def _is_time_limit(target: Target) -> bool:
    """A ceiling in a unit of time: ``≤30日``, ``5个工作日内``, ``24小时内``."""
    return (
        isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.LT)
        and _is_time_unit(target.unit)
    )


def _is_time_unit(unit: str | None) -> bool:
    """A unit of time a limit is counted in (日, 个工作日, 小时…), aliases read."""
    return unit is not None and voc.UNIT_ALIASES.get(unit, unit) in _TIME_LIMIT_UNITS


def _in_time(actual: Value, say: _Language) -> _Outcome | None:
    """A time limit or a schedule judged by what the actual says of time, else None.

    A word of timeliness (按时拨付 met, 基本按时 partial, 不及时 not: "on time" says the
    limit was kept, as it says a deadline was, §3 rule 4); a status that says the time
    was not kept (未按时拨付: broken already, not still to come); a time labelled late
    (逾期3天: days late, not days taken; 逾期0天: none); work said done early or late in
    words (提前完成 kept, 逾期完成 and 延期至10月 not: :func:`_time_said`).
    """
    if isinstance(actual, QualitativeValue) and actual.family == "timeliness":
        return _timely(actual, say)
    said = _time_said(actual, None)
    # late is a breach when done late or put off to a date (逾期办结, 延迟发放, 延期至10月);
    # a case put off alone (个别办件因材料补正延期) may be an extension the limit allows
    if said is not None and (not said.late or said.done or said.date is not None):
        return _timely(_NOT_ON_TIME if said.late else _ON_TIME, say, _text(actual))
    if (
        isinstance(actual, StatusValue)
        and actual.status is _Status.NOT_DONE
        and _LATE_RE.search(actual.word)
    ):
        return _timely(_NOT_ON_TIME, say, actual.word)
    if (
        isinstance(actual, Quantity)
        and actual.label is not None
        and _LATE_LABEL_RE.search(actual.label)
        and _is_time_unit(actual.unit or "天")
    ):
        return _timely(_ON_TIME if actual.value == 0 else _NOT_ON_TIME, say, _text(actual))
    return None


class _TimeSaid(NamedTuple):
    """What an actual says of its time in words: late or early, and the date it names."""

    late: bool
    # 逾期完成, 延期至10月完成: the work is done (late), not only put off or forecast
    done: bool
    # 延期至2024年10月完成, 2024年12月完成（滞后2个月）: the date put off to or done on
    date: DateValue | None


# Verbs of the work done, early or late: 提前完成, 延期拨付, 滞后2个月完工.
_DONE_WORDS: Final = "完成|完工|竣工|建成|上线|交付|办结|验收|拨付|下达|发放|到位"
_DONE_SET: Final = frozenset(_DONE_WORDS.split("|"))
_DONE_WORD_RE: Final = re.compile(_DONE_WORDS)
# Verbs of work under way, which a late word before them speaks of too: 延期开工, 延期施工中.
_WORK_WORDS: Final = "开工|动工|施工|启动|实施|建设|办理|推进|支付|兑付|兑现|报送|开展"
# An amount of time: 2个月, 2月, 10天, 半年, 两周.
_TIME_AMOUNT: Final = (
    r"(?:[\d一二两三四五六七八九十半]+(?:\.\d+)?个?(?:工作日|天|日|周|月|年|季度))"
)
_SAID_DATE: Final = r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?"
# A date in words of time: 延期至2024年10月, 推迟到11月底, 2024年7月完成（延期1个月）.
_SAID_DATE_RE: Final = re.compile(_SAID_DATE)
# Work said done ahead of time: 提前完成, 提前1个月完成, 比计划提前10天完工, 均已提前拨付.
# The verb says so: 提前开工, 提前谋划, 提前启动 say nothing of the completion, unless the
# deadline is for that step (提前开工 against 2024年3月底前开工).
_EARLY_RE: Final = re.compile(
    r"(?:均|全部)?(?:已经?)?(?:比|较)?(?:原)?(?:计划)?提前"
    rf"{_TIME_AMOUNT}?(?P<verb>{_DONE_WORDS}|{_WORK_WORDS})[\u3400-\u9fff]{{0,6}}"
)
_LATE_WORDS: Final = "|".join((*_LATE, "拖期", "拖延"))
# A late word anywhere (the cheap check before the readings below).
_LATE_WORD_RE: Final = re.compile(_LATE_WORDS)
# A late word that speaks of this work's time: before a verb of the work (延期完成,
# 滞后2个月完工, 延期至10月完成, 逾期拨付, 延期开工), or a clause of its own (…，延期1个月;
# 推迟到11月底; 因拆迁延期，…; 进度滞后; 滞后于序时进度). Not the modifier of a noun
# (延期项目, 逾期账款, 滞后项目, 超期服役设备): those say nothing of this work's time.
_LATE_SAID_RE: Final = re.compile(
    rf"(?:{_LATE_WORDS})(?:了|约)?(?:{_TIME_AMOUNT}|[至到]{_SAID_DATE}(?:前|后)?)?(?:了|后|再|才)?"
    # 逾期已完成, 延期均已完工: the status word between them
    r"(?:均已|已经|已)?"
    rf"(?:{_DONE_WORDS}|{_WORK_WORDS}|于|(?:中|了)?(?=[,;.。:)\]、]|$))"
)
# … unless the lateness is denied (无逾期, 未延期, 没有滞后, 不存在推迟).
_NOT_LATE_RE: Final = re.compile(
    f"(?:未|无|没有?|不存在|未出现|未发生|杜绝)(?:发生|出现|任何)?(?:{_LATE_WORDS})"
)
# Where a clause ends: what a date or a verb is read within.
_CLAUSE_END_RE: Final = re.compile(r"[,;.。:()\[\]、]")
# A forecast before a date or a verb in its clause (预计11月完工, 拟于12月完成): no completion.
_FORECAST_RE: Final = re.compile("预计|预期|拟|争取|力争|有望|将于")
# The plan a date or a verb is compared with (原计划6月完成, 较计划10月, 比原定10月, 计划
# 2025年3月完工), when no late word stands between them: no completion either.
_PLAN_RE: Final = re.compile("(?<!按)计划|原定|预定|应于")
# A verb denied (延期，尚未完成): no completion.
_UNDONE_RE: Final = re.compile("未|没有?|无法|不能")
# A late word right before a month without a year: a count (延期2月完成), not a date.
_LATE_BEFORE_RE: Final = re.compile(f"(?:{_LATE_WORDS})(?:了|约)?$")
# After a date, what makes it the date the work was done on: 2024年12月完成, 9月底前完工.
_DONE_AFTER_DATE_RE: Final = re.compile(
    rf"(?:前|份|中旬|上旬|下旬)?(?:已|全部|全面|顺利|如期)?(?:{_DONE_WORDS})"
)


def _clause_before(text: str, at: int) -> str:
    """The part of *at*'s clause before it, from the last late word on (its own words)."""
    start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, at)), default=0)
    before = text[start:at]
    ends = [found.end() for found in _LATE_WORD_RE.finditer(before)]
    return before[ends[-1] :] if ends else before


def _planned(text: str, at: int) -> bool:
    """Whether what stands at *at* is a forecast or a plan, not what was done."""
    start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, at)), default=0)
    if _FORECAST_RE.search(text, start, at) is not None:
        return True  # 预计11月完工, 预计推迟至10月
    return _PLAN_RE.search(_clause_before(text, at)) is not None


def _said_date(text: str) -> re.Match[str] | None:
    """The date the work was put off to (延期至…) or done on (2024年12月完成), else None.

    A date after 至/到 (延期至2024年10月), else the last one a verb of completion follows
    (2024年12月完成，较计划10月滞后2个月). Never a forecast or a plan (预计11月完工,
    原计划6月完成, 较计划10月), nor a count of months after a late word (延期2月完成).
    """
    put_off: re.Match[str] | None = None
    done: re.Match[str] | None = None
    for found in _SAID_DATE_RE.finditer(text):
        before = text[: found.start()]
        if _planned(text, found.start()):
            continue
        if before.endswith(("至", "到")):
            put_off = put_off or found
        elif (
            _LATE_BEFORE_RE.search(text, 0, found.start()) is not None
            and "年" not in found.group()
            and "日" not in found.group()
        ):
            continue  # 延期2月完成, 滞后1月: months, not a month
        elif _DONE_AFTER_DATE_RE.match(text, found.end()) is not None:
            done = found
    return put_off or done


def _done_said(text: str, steps: tuple[str, ...] = ()) -> bool:
    """Whether *text* says the work (or the step in *steps*) done, not planned nor denied."""
    verbs = _DONE_WORD_RE
    if steps:
        verbs = re.compile("|".join((_DONE_WORDS, *map(re.escape, steps))))
    return any(
        not _planned(text, found.start())
        and _UNDONE_RE.search(_clause_before(text, found.start())) is None
        for found in verbs.finditer(text)
    )


def _time_said(
    actual: Value | None, year: int | None, steps: tuple[str, ...] = ()
) -> _TimeSaid | None:
    """What *actual* says of its time in words (late or early), else None.

    One reading for deadlines (§3 rule 4), time limits and schedules: ``提前完成`` and
    ``提前1个月完成`` say the work was done before its time (a verb of completion, or of
    the step in *steps* the deadline is for: ``提前开工`` says nothing of completion);
    ``逾期完成``, ``延期完成``, ``滞后2个月完成`` say after it, and ``延期至2024年10月完成``
    or ``2024年7月完成（延期1个月）`` name the date it was done on (or put off to), which a
    deadline judges. A late word must speak of this work's time (before its verb, or a
    clause of its own): ``已完成延期项目验收`` says nothing of it. A forecast or a plan
    (``预计11月完工``, ``原计划6月完成``) and a count of months (``延期2月完成``) are no
    date of completion. Words that deny the lateness (``无逾期``, ``未延期``) are no
    lateness said.

    >>> said = _time_said(parse_value("延期至2024年10月完成"), None)
    >>> said.late, said.done, said.date.month
    (True, True, 10)
    >>> _time_said(parse_value("提前1个月完成"), None).late
    False
    >>> _time_said(parse_value("已完成延期项目验收"), None) is None
    True
    """
    if not isinstance(actual, (TextValue, StatusValue)):
        return None
    text = _normal(_text(actual))
    if "提前" in text and (early := _EARLY_RE.fullmatch(text)) is not None:
        verb = early.group("verb")
        if verb in _DONE_SET or verb in steps:
            return _TimeSaid(late=False, done=True, date=None)
        return None
    if (
        _LATE_WORD_RE.search(text) is None
        or _LATE_SAID_RE.search(text) is None
        or _NOT_LATE_RE.search(text) is not None
    ):
        return None
    done = _done_said(text, steps)
    date: DateValue | None = None
    chosen = _said_date(text)
    if chosen is not None:
        parsed = parse_value(chosen.group())
        if isinstance(parsed, DateValue) and parsed.month is not None:
            date = DateValue(
                parsed.year if parsed.year is not None else year,
                parsed.month,
                parsed.day,
                _Status.DONE if done else None,
                text=_text(actual),
            )
    return _TimeSaid(late=True, done=done, date=date)


def _timely(actual: QualitativeValue, say: _Language, shown: str | None = None) -> _Outcome:
    """A time limit judged by a word of timeliness: 按时 met, 基本按时 partial, 未按时 not."""
    shown = shown or _text(actual)
    if actual.negated:
        return _Outcome(
            _Attainment.NOT_MET,
            say(f"实际“{shown}”，未在时限内完成", f"“{shown}”: the time limit was not kept"),
        )
    if actual.partial:
        return _Outcome(
            _Attainment.PARTIAL,
            say(f"实际“{shown}”，时限部分达到", f"“{shown}”: the time limit partly kept"),
        )
    return _Outcome(
        _Attainment.MET,
        say(f"实际“{shown}”，在时限内完成", f"“{shown}”: within the time limit"),
    )


_SLIP_RATIO: Final = Decimal(1000)
_BARE_FIGURE_CHARS: Final = frozenset("0123456789.,")
# How far from the target a bare figure read in the base unit may land and still be
# read so (see _base_unit_read): from half the target's low bound to twice its high one.
_BASE_READ_BAND: Final = Decimal(2)


def _slip_unit(indicator: Indicator, quantity: Quantity, target: Comparison | Range) -> str | None:
    """The 万/亿 unit a bare figure a thousand times the target was read in, else None.

    The unit is the target's, whether the indicator's name gives it to both cells
    (``补贴发放金额（万元）`` with ``≥50`` and ``420000``) or the target cell writes it
    (``≤500万元`` with ``4980000``, ``4,980,000.00``): read in it, the figure is
    thousands of times the target, where an amount in 元 was meant.

    Example:
        >>> from perftrack import parse_target
        >>> row = Indicator("项目支出", target=parse_target("≤500万元"))
        >>> _slip_unit(row, parse_value("4,980,000.00"), row.target)
        '万元'
        >>> _slip_unit(row, parse_value("498"), row.target) is None
        True
    """
    unit = target.unit
    text = quantity.text.strip()
    if (
        not unit
        or unit[0] not in ("万", "亿")
        or not text
        or not _BARE_FIGURE_CHARS.issuperset(text)
        or (quantity.unit is not None and (quantity.unit != unit or indicator.unit != unit))
    ):
        return None
    bar = target.low if isinstance(target, Range) else target.value
    return unit if bar > 0 and quantity.value >= bar * _SLIP_RATIO else None


def _scale_slip(indicator: Indicator, quantity: Quantity, target: Comparison | Range) -> bool:
    """A bare figure in a 万/亿 unit, a thousand times the target, not read in the base unit.

    ``补贴发放金额（万元）`` with ``≥50`` and the actual ``4200000``: the name's unit makes
    it 4200000 万元, 84000 times the target; in 元 it is 420 万元, more than twice the
    target, no reading to trust either (see :func:`_base_unit_read`). Such a figure is
    judged by no one; the verdict says so instead of "met".
    """
    return _slip_unit(indicator, quantity, target) is not None


def _base_unit_read(indicator: Indicator) -> Quantity | None:
    """A bare actual in a smaller unit than the target's 万/亿 unit, when that is sure.

    A bare figure a thousand times the target or more (see :func:`_slip_unit`) is read
    in the base unit when that lands it near the target, from half its low bound to
    twice its high one (:data:`_BASE_READ_BAND`): ``4,980,000.00`` against ``≤500万元``
    is 4980000元 (498万元), ``160000000`` against ``≥1.5亿元`` is 1.6亿元. Against a
    亿 unit it is read in 万 as well, the budget's own unit: ``16000`` against
    ``≥1.5亿元`` is 16000万元 (1.6亿元). A figure read in neither near the target is
    still read in the base unit when that reading and the target's give the same
    verdict (:func:`_readings_agree`): ``520000`` against ``≥5万人`` is met either way.
    Anything else, and a unit without a base (``万``), is None: the verdict is then
    ``unknown``.

    Example:
        >>> from perftrack import parse_target
        >>> row = Indicator(
        ...     "衔接资金拨付",
        ...     target=parse_target("≥3000万元"),
        ...     actual=parse_value("29,870,000.00"),
        ... )
        >>> str(_base_unit_read(row))
        '29870000.00(元)'
        >>> _base_unit_read(evolve(row, actual=parse_value("3000000"))) is None
        True
        >>> str(
        ...     _base_unit_read(
        ...         evolve(row, target=parse_target("≥1.5亿元"), actual=parse_value("16000"))
        ...     )
        ... )
        '16000(万元)'
    """
    target, actual = indicator.target, indicator.actual
    if not isinstance(target, (Comparison, Range)) or not isinstance(actual, Quantity):
        return None
    unit = _slip_unit(indicator, actual, target)
    if unit is None or not unit[1:]:
        return None
    base = unit[1:]
    low, high = (target.low, target.high) if isinstance(target, Range) else (target.value,) * 2
    # 亿元 against a figure in 万元 (ratio 10^4), then the base unit (10^8)
    for smaller in (f"万{base}", base) if unit[0] == "亿" else (base,):
        factors = _factors(unit, smaller)
        if factors is None:
            continue
        read = actual.value * factors[1] / factors[0]  # in the target's unit
        if low / _BASE_READ_BAND <= read <= high * _BASE_READ_BAND:
            return evolve(actual, unit=smaller)
    factors = _factors(unit, base)
    if factors is None or not _readings_agree(target, actual.value * factors[1] / factors[0]):
        return None
    return evolve(actual, unit=base)


def _with_base_unit(indicator: Indicator, based: Quantity) -> Indicator:
    """*indicator* with its actual read as *based*, and its bare plan and forecast alike.

    A row whose bare actual is read in the base unit (see :func:`_base_unit_read`) gives
    its bare plan and forecast the same unit when read in the target's unit they are
    over twice the target's high bound and read in *based*'s unit they are not:
    ``采集检测样品 ≥1.2万份`` with the plan ``7000`` beside the actual ``7200`` plans
    7000份, not 7000万份. A bare plan near the target (``1``: 1万份) keeps its unit.

    Example:
        >>> from perftrack import parse_target
        >>> row = Indicator(
        ...     "采集检测样品",
        ...     target=parse_target("≥1.2万份"),
        ...     planned=parse_value("7000"),
        ...     actual=parse_value("7200"),
        ... )
        >>> based = _base_unit_read(row)
        >>> str(_with_base_unit(row, based).planned)
        '7000(份)'
        >>> str(_with_base_unit(evolve(row, planned=parse_value("1")), based).planned)
        '1'
    """
    target = indicator.target
    if not isinstance(target, (Comparison, Range)) or not target.unit or not based.unit:
        return evolve(indicator, actual=based)
    factors = _factors(target.unit, based.unit)
    high = target.high if isinstance(target, Range) else target.value

    def read(value: Value | None) -> Value | None:
        if (
            factors is not None
            and isinstance(value, Quantity)
            and value.unit in (None, target.unit)
            and (text := value.text.strip())
            and _BARE_FIGURE_CHARS.issuperset(text)
            and value.value > high * _BASE_READ_BAND
            and value.value * factors[1] / factors[0] <= high * _BASE_READ_BAND
        ):
            return evolve(value, unit=based.unit)
        return value

    return evolve(
        indicator, actual=based, planned=read(indicator.planned), forecast=read(indicator.forecast)
    )


def _lands_near(target: Target | None, based: Quantity) -> bool:
    """Whether *based*, a reading in a smaller unit, lands near *target* (the sure band)."""
    if not isinstance(target, (Comparison, Range)) or target.unit is None:
        return False
    factors = _factors(target.unit, based.unit or "")
    if factors is None:
        return False
    read = based.value * factors[1] / factors[0]
    low, high = (target.low, target.high) if isinstance(target, Range) else (target.value,) * 2
    return low / _BASE_READ_BAND <= read <= high * _BASE_READ_BAND


def _readings_agree(target: Comparison | Range, read: Decimal) -> bool:
    """Whether a bare figure, read in the target's unit and as *read* in it, meets alike.

    Read in the target's 万/亿 unit the figure is a thousand times the target: over any
    floor, over any ceiling. Read in the base unit (*read*, the smallest reading) it
    agrees when it too is over a floor (``520000`` against ``≥5万人``: 52万人) or over a
    ceiling (``1,200,000.00`` against ``≤50万元``: 120万元): every reading between gives
    that verdict. A range or an exact figure gives none.

    Example:
        >>> from perftrack import parse_target
        >>> _readings_agree(parse_target("≥5万人"), Decimal(52))
        True
        >>> _readings_agree(parse_target("≥5万人"), Decimal("0.52"))
        False
    """
    if not isinstance(target, Comparison):
        return False
    if target.op is _Op.GE:
        return read >= target.value
    if target.op is _Op.GT:
        return read > target.value
    if target.op is _Op.LE:
        return read > target.value
    if target.op is _Op.LT:
        return read >= target.value
    return False


class _Late(NamedTuple):
    """A row done after its due date (逾期完成), and the date it was done on if known."""

    date: DateValue | None


def _done_late(indicator: Indicator, attainment: Attainment, ctx: _Context) -> _Late | None:
    """Whether *indicator* (as judged) is work done after its due date: 逾期完成.

    A date after due, bare or done (``2024年8月20日完成`` against ``2024年6月30日前``),
    or lateness said with the work done (``逾期完成``, ``延期至2024年8月完成``), on a
    row not met. A date after the table's date is no completion (:func:`_after_period`):
    the work was not done when the table was filled, so it is not met, not done late.

    Example:
        >>> from perftrack import Indicator, Period, Table, TableKind, YearMonth
        >>> from perftrack import parse_target, parse_value
        >>> period = Period(YearMonth(2024, 1), YearMonth(2024, 8))
        >>> table = Table(TableKind.TRACKING, period=period)
        >>> def late(actual):
        ...     row = Indicator(
        ...         "完成时间", target=parse_target("2024年6月30日前"), actual=parse_value(actual)
        ...     )
        ...     ctx = _Context(
        ...         row, 0, table, Policy.central(), dt.date(2024, 8, 31), 2024, _Language("zh")
        ...     )
        ...     return _done_late(row, Attainment.NOT_MET, ctx)
        >>> late("2024年8月20日完成").date.day
        20
        >>> late("2024年9月20日完成") is None
        True
    """
    if attainment is not _Attainment.NOT_MET:
        return None
    year = ctx.year
    actual = (
        _step_done(indicator.actual, indicator, year)
        or _stage_done(indicator.actual, indicator.target, indicator, year)
        or indicator.actual
    )
    if isinstance(actual, DateValue):
        if actual.status not in (_Status.DONE, None):
            return None
        date: DateValue | None = actual
    else:
        said = _time_said(actual, year)
        if said is None or not (said.late and said.done):
            return None
        date = said.date
    if date is not None and date.start is not None and _after_period(date.start, date.status, ctx):
        return None
    return _Late(date)


def _dated_after_period(indicator: Indicator, ctx: _Context) -> DateValue | None:
    """The date of *indicator*'s actual when it lies after the table's date, else None.

    The date a deadline judges (:func:`_judge_deadline`): a date, bare or done, or the
    date lateness names (``延期至2024年10月完成``). Not asked of a 目标表, nor of a
    自评表 judged at its period's end (filed after its year, a later date is a fact).

    Example:
        >>> from perftrack import Indicator, Period, Table, TableKind, YearMonth
        >>> from perftrack import parse_target, parse_value
        >>> period = Period(YearMonth(2024, 1), YearMonth(2024, 8))
        >>> row = Indicator(
        ...     "完成时间",
        ...     target=parse_target("2024年12月底前"),
        ...     actual=parse_value("2024年10月15日完成"),
        ... )
        >>> ctx = _Context(
        ...     row,
        ...     0,
        ...     Table(TableKind.TRACKING, period=period),
        ...     Policy.central(),
        ...     dt.date(2024, 8, 31),
        ...     2024,
        ...     _Language("zh"),
        ... )
        >>> _dated_after_period(row, ctx).month
        10
    """
    kind = ctx.table.kind
    if (
        ctx.as_of is None
        or kind is _TableKind.TARGET
        or (
            kind is _TableKind.SELF_EVALUATION
            and ctx.policy.as_of is None
            and not _as_planned(indicator.actual)
        )
    ):
        return None
    year = ctx.year
    actual = (
        _step_done(indicator.actual, indicator, year)
        or _stage_done(indicator.actual, indicator.target, indicator, year)
        or indicator.actual
    )
    if isinstance(actual, DateValue):
        date: DateValue | None = actual
    else:
        said = _time_said(actual, year)
        date = said.date if said is not None else None
    if date is None or date.start is None:
        return None
    return date if _after_period(date.start, date.status, ctx) else None


def _share_of_work(quantity: Quantity, target: Comparison | Range) -> bool:
    """A share of the work with its status (已完成60%) against a count or amount target."""
    return quantity.status is not None and quantity.unit == "%" and target.unit not in (None, "%")


@overload
def _as_share(quantity: Quantity, target: Target | None, name: str = "") -> Quantity: ...
@overload
def _as_share(quantity: None, target: Target | None, name: str = "") -> None: ...
@overload
def _as_share(
    quantity: Quantity | None, target: Target | None, name: str = ""
) -> Quantity | None: ...
def _as_share(quantity: Quantity | None, target: Target | None, name: str = "") -> Quantity | None:
    """*quantity* read as the target reads it: a bare share (0.93) is a percentage (93%).

    So is a score against a percentage target (满意度≥90%): ``93.5分`` out of 100 is
    93.5%, ``4.6分（满分5分）`` is 92%. One reading for the verdict, the progress and
    the points (see :func:`_is_fraction`; *name* is the indicator's, whose 率 or 满意度
    makes a bare ``≥85`` a percentage).
    """
    if quantity is None or not isinstance(target, (Comparison, Range)):
        return quantity
    if _is_fraction(quantity, target, name):
        return Quantity(quantity.value.scaleb(2), "%", quantity.bound, text=quantity.text)
    if target.unit == "%" and quantity.unit == "分":
        found = _FULL_MARKS_RE.search(quantity.text)
        full = Decimal(found.group(1)) if found else _HUNDRED
        if full > 0 and 0 <= quantity.value <= full:
            share = quantity.value if full == _HUNDRED else quantity.value / full * _HUNDRED
            return Quantity(share, "%", quantity.bound, text=quantity.text)
    return quantity


def _measured(
    value: Value | None, target: Target | None, name: str = "", year: int | None = None
) -> Quantity | None:
    """The quantity a value gives as the target reads it (0.93 and 465/500 against ≥90%).

    Against a target that names a direction (下降10%) a change is the figure in that
    direction: ``增长12%`` is -12 (see :func:`_as_change`).
    """
    name = _change_name(name, target, value)  # 单位GDP能耗下降 on both: one measure
    change = _as_change(value, target, name, year)
    if change is not None:
        return change.quantity
    if _another_change(value, target, name, year):
        return None
    quantity = _work_share(value, target) or _quantity_of(value) or _counted_done(value, target)
    if quantity is None:
        return _counted_share(value, target, name) or _stepped_count(value, target, name)
    if (measure := _other_measure(quantity, target, name)) is not None:
        quantity = measure.quantity  # 不合格率1.4% as 合格率98.6%; 一般事故3起: none
        if quantity is None:
            return None
    return _as_share(quantity, target, name)


# 465/500, 满意465份/500份: a count out of a count (one unit, or the second's only).
_FRACTION_RE: Final = re.compile(
    r"(?P<label>[\u3400-\u9fff]{0,8}?)(?P<part>\d+(?:\.\d+)?)(?P<part_unit>[\u3400-\u9fff]{0,2})"
    r"/(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{0,2})"
)
# What the part of a fraction may be labelled: nothing, or the good answers a % target
# counts (满意465份/500份, 达标48/50); 不满意, 超标, 投诉 count the others.
_SHARE_LABEL_RE: Final = re.compile(
    "(?:(?:非常|基本)?满意(?:和|及)?(?:基本满意|满意)?(?:及?以上)?|满意度|达标|合格|好评|认可|通过)?"
    "(?:的)?(?:人数|份数|户数|问卷|数)?"
)
# 发放问卷500份,满意465份; 调查500人,其中满意465人: the survey, then the satisfied.
_SURVEY_RE: Final = re.compile(
    r"(?:共|累计)?(?:发放|回收|收回|发出|调查|抽查|走访)(?:调查)?(?:问卷|样本|对象|群众|服务对象)?"
    r"(?:共)?(?P<whole>\d+)(?P<unit>份|人|户|人次|家|名)"
    r"[,;](?:其中)?(?:表示)?(?:非常满意和满意|满意和基本满意|满意及以上|满意)的?(?:问卷|人数|群众)?"
    r"(?:为|有|共|达)?(?P<part>\d+)(?P<part_unit>份|人|户|人次|家|名)"
)
# The steps a rate counts the part of (合格率, 整改率, 发放率, 结算率): the part of a
# count out of a count done by that step (抽检1250批次,合格1238批次; 整改1202处/1236处).
_SHARE_STEPS: Final = "合格|达标|整改|销号|发放|结算|办结|处置|化解|兑付|拨付|验收|救治|救助"
# 抽检1250批次,合格1238批次; 排查隐患1236处,整改1202处; 发现问题48个,已整改45个;
# 应发1250户,已按时发放1250户: what a step found, then what the next step did of it.
_STEPPED_RE: Final = re.compile(
    r"(?:共|累计|全年)?(?P<whole_verb>抽检|抽查|检查|检测|排查|发现|核查|受理|收到|应发放|应发|应)"
    r"(?P<whole_noun>[\u3400-\u9fff]{0,6}?)(?:共)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[\u3400-\u9fff]{1,2})"
    r"[,;](?:其中)?(?:已|均已|全部)?(?P<timely>按时|及时|按期)?"
    rf"(?P<verb>{_SHARE_STEPS})(?:到位|完成|销号)?(?P<part_noun>[\u3400-\u9fff]{{0,4}}?)"
    r"(?:共|为)?(?P<part>\d+(?:\.\d+)?)(?P<part_unit>[\u3400-\u9fff]{0,2})"
)
_STEP_LABEL_RE: Final = re.compile(rf"(?:已)?(?P<timely>按时|及时|按期)?(?P<verb>{_SHARE_STEPS})")
_TIMELY_NAME_RE: Final = re.compile("及时|按时|按期|准时")


def _names_step(name: str, target: Comparison | Range, verb: str, timely: str | None) -> bool:
    """Whether the rate's *name* (or the target's label) is the share of *verb*'s step.

    ``整改率`` is that of 整改; a rate of time (``发放及时率``) counts only a part done
    in time (``已按时发放1250户``).

    >>> from perftrack import parse_target
    >>> target = parse_target("≥95%")
    >>> (
    ...     _names_step("隐患整改率", target, "整改", None),
    ...     _names_step("抽检合格率", target, "整改", None),
    ... )
    (True, False)
    """
    named = _normal(name) + (target.label or "")
    if verb not in named:
        return False
    return timely is not None or _TIMELY_NAME_RE.search(named) is None


_SHARE_WORDS: Final = ("满意", "达标", "合格", "好评", "认可", "通过")


def _names_other_rate(name: str, target: Comparison | Range, label: str) -> bool:
    """Whether *name* (or the target's label) is a rate of another part than *label*'s.

    ``食品安全抽检合格率`` is one for ``满意``: a survey's satisfied share says nothing
    of it; a name of no rate (``指标``, ``服务对象满意度``) is none.

    >>> from perftrack import parse_target
    >>> target = parse_target("≥98%")
    >>> _names_other_rate("抽检合格率", target, "满意"), _names_other_rate("指标", target, "满意")
    (True, False)
    """
    word = next((word for word in _SHARE_WORDS if word in label), None)
    named = _normal(name) + (target.label or "")
    return word is not None and word not in named and "率" in named


def _stepped_count(value: Value | None, target: Target | None, name: str) -> Quantity | None:
    """The one count of two steps (抽检1250批次,合格1238批次) that the indicator's name asks.

    Against a count target (``≥1200批次``) on a name naming one step only: ``抽检批次``
    is the 1250 checked, ``合格批次`` the 1238 passed; a name of both or of neither
    (and a target in %, see :func:`_counted_share`) gives None.

    >>> from perftrack import parse_target
    >>> from perftrack.expressions import TextValue
    >>> value = TextValue("排查隐患1236处,整改1202处")
    >>> str(_stepped_count(value, parse_target("≥1200处"), "隐患整改数"))
    '1202(处)'
    """
    if (
        not isinstance(value, TextValue)
        or not isinstance(target, (Comparison, Range))
        or target.unit == "%"
        or "," not in (text := _normal(value.text or value.description))
    ):
        return None
    found = _STEPPED_RE.fullmatch(text)
    if found is None or found.group("part_unit") not in ("", found.group("unit")):
        return None
    named = _normal(name) + (target.label or "")
    whole_named = found.group("whole_verb").removeprefix("应") in named
    part_named = found.group("verb") in named
    if whole_named == part_named:
        return None
    which = "part" if part_named else "whole"
    return Quantity(Decimal(found.group(which)), found.group("unit"), text=value.text)


def _counted_share(value: Value | None, target: Target | None, name: str = "") -> Quantity | None:
    """A count out of a count against a percentage target, as that percentage.

    ``465/500``, ``满意465份/500份`` and ``发放问卷500份,满意465份`` against ``≥90%`` are
    93%, computed exactly (465 × 100 / 500); the raw text stays the quantity's. Only a
    text value against a target in %: a date (12/31) or a ratio (1/3) in another row
    stays text. A whole of 0, or a part above its whole, is no share. The part of a
    step (``抽检1250批次,合格1238批次``, ``整改1202处/1236处``) counts only for a rate
    whose *name* or label names that step (合格率, 整改率), and a satisfied share only
    for a rate of satisfaction or one of no name (not a 合格率).
    """
    if (
        not isinstance(value, TextValue)
        or not isinstance(target, (Comparison, Range))
        or target.unit != "%"
        or ("/" not in value.description and "," not in value.description)
    ):
        return None
    text = _normal(value.text or value.description)
    found = _FRACTION_RE.fullmatch(text)
    if found is not None and not _SHARE_LABEL_RE.fullmatch(found.group("label")):
        step = _STEP_LABEL_RE.fullmatch(found.group("label"))
        if step is None or not _names_step(name, target, step["verb"], step["timely"]):
            return None  # 不满意35/500, 超标2/50, 投诉35/500: not the share the target counts
    elif found is not None and _names_other_rate(name, target, found["label"]):
        return None  # 满意465份/500份 says nothing of a 合格率, 合格48/50 of a 整改率
    if found is None:
        found = _SURVEY_RE.fullmatch(text)
        if found is not None and _names_other_rate(name, target, "满意"):
            return None  # 发放问卷500份,满意465份 says nothing of a 合格率
    if found is None:
        found = _STEPPED_RE.fullmatch(text)
        if found is not None and not _names_step(name, target, found["verb"], found["timely"]):
            return None  # 抽检1250批次,合格1238批次 against a 整改率
    if found is None or found.group("part_unit") not in ("", found.group("unit")):
        return None
    part, whole = Decimal(found.group("part")), Decimal(found.group("whole"))
    if whole <= 0 or part > whole:
        return None
    return Quantity(part * _HUNDRED / whole, "%", text=value.text)


def _rounded_share(quantity: Quantity) -> Quantity:
    """A share shown to the hundredth when its exact value has more digits (1/3: 33.33%)."""
    rounded = half_up(quantity.value, _CENT_SHARE)
    return quantity if rounded == quantity.value else evolve(quantity, value=rounded)


_CENT_SHARE: Final = Decimal("0.01")


# 4.6分（满分5分）: the full marks a score is out of.
_FULL_MARKS_RE: Final = re.compile(r"满分\s*(\d+(?:\.\d+)?)\s*分?")


def _is_fraction(quantity: Quantity, target: Comparison | Range, name: str = "") -> bool:
    """A bare share (0.93) against a percentage target above 1% (≥90%): it means 93%.

    A target of 1% or less (差错率≤1%) keeps a bare 0.5 as 0.5%. A share whose ``%``
    is a 单位 column's (or the name's), not the cell's, is bare too when it stands
    nearer the target as a share (0.97 under 单位 % against ≥95: 97%, not 0.97%); under
    a ceiling (≤2 with 0.5) or beside a small target it stays the percentage. So is a
    bare share against a bare target on an indicator *name* of a share (满意度 ``≥85``
    with ``0.92``: 92%), the name being the only ``%`` of both, as it is of a target
    written as a share (see :func:`_share_target`).

    >>> from perftrack import parse_target
    >>> target = parse_target("≥85")
    >>> _is_fraction(Quantity(Decimal("0.92"), None), target, "服务对象满意度")
    True
    >>> _is_fraction(Quantity(Decimal("0.92"), None), target, "基尼系数")
    False
    """
    bar = target.low if isinstance(target, Range) else target.value
    if not 0 < quantity.value <= 1 or bar <= 1:
        return False
    if target.unit != "%":
        # 服务对象满意度 | ≥85 | 0.92: the name's 满意度 is the % neither cell writes
        return (
            target.unit is None
            and quantity.unit is None
            and bool(name)
            and bar <= _HUNDRED
            and bar > 10 * quantity.value
            and not (isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT))
            and _share_name(name)
        )
    if quantity.unit is None:
        return True
    return (
        _percent_implied(quantity.unit, quantity.text)
        and bar > 10 * quantity.value
        and not (isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT))
    )


def _says_none(value: Value) -> bool:
    """A zero-family value (无, 未发生, 未收到投诉): none of what is counted happened."""
    return isinstance(value, QualitativeValue) and value.family == "zero" and not value.negated


def _counted_target(target: Target | None) -> bool:
    """Whether *target* is a count or an amount (``≥1200户``, ``≥500万元``), not a rate.

    Example:
        >>> from perftrack import parse_target
        >>> [_counted_target(parse_target(t)) for t in ("≥1200户", "≥95%", "健全")]
        [True, False, False]
    """
    return isinstance(target, (Comparison, Range)) and target.unit not in (None, "%")


def _judge_status(status: Status | None, word: str, ctx: _Context) -> _Outcome:
    say = ctx.say
    if status is _Status.DONE:
        return _Outcome(_Attainment.MET, say(f"实际“{word}”，已完成", f"actual “{word}”: done"))
    if status is _Status.PARTIAL:
        if ctx.at_due is False and _counted_target(ctx.indicator.target):
            # 基本完成, 已竣工，待验收 against ≥1200户 mid-year: under way, as 完成80% is
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{word}”，部分完成，距年底尚有时间",
                    f"actual “{word}”: partly done, there is still time",
                ),
            )
        return _Outcome(
            _Attainment.PARTIAL, say(f"实际“{word}”，部分完成", f"actual “{word}”: partly done")
        )
    under_way = status is _Status.IN_PROGRESS
    return _pending_or_not_met(
        ctx,
        say(
            f"实际“{word}”，{'尚在进行' if under_way else '尚未完成'}，距截止尚有时间",
            f"actual “{word}”: {'under way' if under_way else 'not done'}, before the due date",
        ),
        say(f"实际“{word}”，截止时仍未完成", f"actual “{word}”: not done by the due date"),
    )


# ---------------------------------------------------------------------------
# §3 rule 4: deadlines and periods


# The early steps of the work an indicator may be named for (工程开工时间, 招投标, 项目立项),
# each with the words that name it. The value language reads a date before such a step
# as text (2024年3月15日开工: on an indicator of the whole work the step is no
# completion); on an indicator of that step, or under a target that names it
# (2024年6月底前完成招标), the step done is the target reached, and its date the date.
_STEPS: Final = (
    ("开工", "动工", "进场"),
    ("招标", "招投标", "开标", "中标", "定标"),
    ("采购",),
    ("立项",),
    ("设计",),
    ("启动",),
    ("可研", "可行性研究"),
    ("签约", "签订", "合同"),
    ("选址",),
    ("规划",),
    ("评审",),
    ("备案",),
    ("审批", "批复"),
)
# A later stage of the work named beside the step (开工及竣工时间, 设备采购安装): the
# step is then not the whole target, and the value language's reading stands.
_LATER_STAGE_RE: Final = re.compile(
    "完工|竣工|建成|验收|投入使用|投用|交付|上线|运行|结算|决算|办结|安装|调试|投产"
)
# The shape of a step done (§3 rule 4), read off the phrase after the date or the
# clause of 已 (a whitelist: anything else, 招标失败, 提交评审, 申请立项, 具备开工条件,
# 发布招标公告, 委托设计单位, 初步选址, 部分开工, 3月中旬开工, stays as it was read).
# Before the step: the project's subject (项目, 本工程), 已 and a manner or completion
# word (正式, 顺利, 完成, 获); after it: a completion word (完成, 完毕, 通过, 手续).
_STEP_SUBJECT_RE: Final = re.compile(
    "^(?:本|该|全部|所有)?(?:项目|工程)|^施工(?:单位|队伍|企业|方)"
)
_STEP_BEFORE: Final = (
    "已经",
    "均已",
    "已",
    "正式",
    "顺利",
    "如期",
    "按期",
    "按时",
    "全面",
    "全部",
    "完成",
    "获得",
    "取得",
    "获",
)
_STEP_AFTER: Final = ("完成", "完毕", "结束", "工作", "手续", "通过")
# After a start only: 开工建设, 正式动工施工.
_STEP_START_AFTER: Final = ("建设", "施工")
_STEP_STARTS: Final = ("开工", "动工", "进场")
# An undated clause that may state a step done: 已开工, 项目已开工建设, 已完成招标.
_STEP_DONE_RE: Final = re.compile(r"[\u3400-\u9fff]{0,4}?(?:已经|均已|已)[\u3400-\u9fff]{1,10}")


def _named(indicator: Indicator) -> str:
    """The indicator's name and target, where the step it is named for is looked up."""
    return f"{indicator.name}|{_text(indicator.target)}"


def _named_step(indicator: Indicator) -> tuple[str, ...]:
    """The words of the early steps the indicator's name or target names, else ()."""
    named = _named(indicator)
    if _LATER_STAGE_RE.search(named) is not None:
        return ()
    return tuple(word for step in _STEPS if any(w in named for w in step) for word in step)


def _step_done(actual: Value | None, indicator: Indicator, year: int | None) -> Value | None:
    """The actual as the step the indicator is named for reads it (§3 rule 4), or None.

    On 工程开工时间, ``2024年3月15日开工`` (text) is the date 2024-03-15 and ``已开工`` (in
    progress) is done, also before a share of the work (``已开工，形象进度40%``) or said
    of the builder (``施工单位已进场``); ``尚未开工``, ``计划4月开工``, ``2024年3月申请开工`` and
    ``招标中`` stay as they are.
    """
    if isinstance(actual, TextValue):
        text = actual.description
    elif isinstance(actual, StatusValue) and actual.status is not _Status.DONE:
        text = actual.word
    elif isinstance(actual, Quantity) and actual.status is _Status.IN_PROGRESS and actual.text:
        text = _normal(actual.text)  # 已开工，形象进度40%: the start done, then a remark
    else:
        return None
    words = _named_step(indicator)
    if not words or not any(word in text for word in words):
        return None
    named = _named(indicator)
    clauses = re.split("[,;]", text)
    if len(clauses) == 2:  # noqa: PLR2004 - 2024年8月12日，完成招标: a date, its step after a comma
        joined = match_dated_phrase("".join(clauses), year)
        if joined is not None and _a_step_done(joined[3], words, named):
            clauses = ["".join(clauses)]
    found: Value | None = None
    for clause in clauses:
        if not any(word in clause for word in words):
            continue  # 已开工，正在施工: another remark
        dated = match_dated_phrase(clause, year)
        if dated is not None and _a_step_done(dated[3], words, named):
            found = found or DateValue(*dated[:3], text=actual.text or text)
        elif _STEP_DONE_RE.fullmatch(clause) is not None and _a_step_done(clause, words, named):
            found = found or StatusValue(_Status.DONE, text, text=actual.text or text)
        else:
            return None  # 已完成招标，尚未开标; 2024年5月流标，7月重新招标: not done
    return found


# What a target says of the whole works beyond its stages (2024年12月底前竣工验收,
# 主体完工并竣工验收): under such a target no stage done is the target.
_WHOLE_WORKS_RE: Final = re.compile(
    "竣工|建成|验收|投入使用|投用|交付|通车|运营|投产|整体|全部|全面"
)
_STAGE_ACCEPTANCE_RE: Final = re.compile(STAGE_ACCEPTANCE_PATTERN)
_STAGE_TARGETS: Final = (Deadline, PeriodTarget, Descriptive, QualitativeTarget)


def _stage_done(
    actual: Value | None, target: Target | None, indicator: Indicator, year: int | None
) -> Value | None:
    """The actual as the stage the target is for reads it (§3 rule 4), or None.

    The value language reads a stage of the works done (``主体工程已完工``,
    ``2024年11月主体完工``, ``已完成初步验收``) as text: it is no completion of the whole
    works. When the target names that same stage (``2024年10月底前主体完工``,
    ``完成初步验收``), or names no work of its own under an indicator named for the stage
    (``主体工程完工时间`` with ``2024年10月底前完成``), the stage done is the target
    reached: done, or done on its date. A stage against a target of the whole works
    (``2024年12月底前竣工验收``), or another stage, stays as it was read.

    Example:
        >>> from perftrack import parse_target
        >>> row = Indicator("主体完工时间")
        >>> _stage_done(
        ...     parse_value("2024年11月主体完工"), parse_target("2024年11月底前主体完工"), row, 2024
        ... ).month
        11
        >>> _stage_done(
        ...     parse_value("主体工程已完工"), parse_target("2024年12月底前竣工验收"), row, 2024
        ... ) is None
        True
    """
    staged = _stage_works(actual, target, indicator, year)
    if staged is None or staged[1]:
        return None  # no stage, or works named beyond it: see _part_of_works
    return staged[0]


def _stage_works(
    actual: Value | None, target: Target | None, indicator: Indicator, year: int | None
) -> tuple[Value, tuple[str, ...]] | None:
    """The stage done the target is for, and the works it names that the cell does not.

    The works not done are those a list of works in the target, or else in the name,
    holds beside the stages the cell does (``主体及附属工程完工时间`` with
    ``主体工程已完工``: 附属工程); none when the cell does every work named. None when
    the cell is no stage done, names a stage the target (or name) does not, or does
    none of the works listed.

    Example:
        >>> from perftrack import parse_target
        >>> value, missing = _stage_works(
        ...     parse_value("主体工程已完工"),
        ...     parse_target("2024年12月底前完成"),
        ...     Indicator("主体及附属工程完工时间"),
        ...     2024,
        ... )
        >>> value.status.value, missing
        ('done', ('附属工程',))
    """
    if not isinstance(actual, TextValue) or not isinstance(target, _STAGE_TARGETS):
        return None
    if "除" in actual.description and (excepted := _excepted_work(actual.description)):
        # 除征地拆迁外土建已完成, 主体及装修工程除外墙外均已完工: the rest done, not the part
        rest, work = excepted
        found = _stage_works(TextValue(rest), target, indicator, year)
        if found is None:
            return None
        value, missing = found
        value = evolve(value, text=actual.text or actual.description)
        return value, missing if work in missing else (*missing, work)
    wanted = _text(target)
    staged = stage_done(actual.description, year)
    if staged is None:
        return _works_all_done(actual, wanted, indicator)
    stages, value = staged
    if _WHOLE_WORKS_RE.search(_STAGE_ACCEPTANCE_RE.sub("", wanted)) is not None:
        return None
    source = wanted if stages_named(wanted) else indicator.name
    named = stages_named(source)
    value = evolve(value, text=actual.text or value.text)
    works = works_named(source) if named and stages <= named else ()
    if not works:
        return (value, ()) if stages == named else None
    covered = _with_earlier_stages(stages)
    done = [keys for _, keys in works if keys and keys <= covered]
    if not done or not stages <= frozenset().union(*done):
        return None  # none of the works listed, or a stage partly (征地 of 征地拆迁)
    clauses = _done_clauses(actual.description)
    return value, tuple(
        work
        for work, keys in works
        if not (keys and keys <= covered) and not _work_said_done(work, keys, clauses)
    )


# A part of the works excepted from those said done: 除征地拆迁外, 除外墙以外, (外墙除外).
# Not the 除 of another word (拆除, 清除, 消除, 排除, 去除, 剔除, 免除, 删除, 开除, 解除).
_EXCEPT_AFTER_RE: Final = re.compile(r"\(?(?P<work>[^,;。()]{1,10}?)除外(?:\)|(?=[,;。]|$))")
_EXCEPT_ROUND_RE: Final = re.compile(
    r"(?<![拆清消排去剔免删开废解])除(?P<work>[^,;。()]{1,12}?)(?:以外|之外|外)"
    # 除完成主体工程外，还完成了附属工程: "besides", nothing excepted
    r"(?![,;]?(?:还|另|也|并|同时))"
)


def _excepted_work(text: str) -> tuple[str, str] | None:
    """The text without its exception clause, and the work it excepts, else None.

    Example:
        >>> _excepted_work("除征地拆迁外土建已完成")
        ('土建已完成', '征地拆迁')
        >>> _excepted_work("主体及装修工程均已完工（外墙除外）")
        ('主体及装修工程均已完工', '外墙')
        >>> _excepted_work("旧房拆除外运已完成") is None
        True
        >>> _excepted_work("除完成主体工程外，还完成了附属工程") is None
        True
    """
    normal = _normal(text)
    found = _EXCEPT_AFTER_RE.search(normal) if "除外" in normal else None
    found = found or _EXCEPT_ROUND_RE.search(normal)
    if found is None:
        return None
    work = found.group("work")
    return (normal[: found.start()] + normal[found.end() :]).strip(",;。"), work


# The stages a later stage done is built on (主体 on 桩基, 土建 after 征地拆迁): only where
# the order is certain; an earlier stage done says nothing of a later one.
_EARLIER_STAGES: Final = MappingProxyType(
    {
        "主体": frozenset({"桩基", "地基", "基础", "土方", "征地", "拆迁"}),
        "土建": frozenset({"征地", "拆迁"}),
        "桩基": frozenset({"征地", "拆迁"}),
        "地基": frozenset({"征地", "拆迁"}),
        "基础": frozenset({"征地", "拆迁"}),
        "土方": frozenset({"征地", "拆迁"}),
    }
)
# A clause saying its works done (设备安装完成, 并通过验收, 主体及附属工程均已完工), and what
# makes it say otherwise (未, 正在, 待验收, 计划于12月完成, 部分完成, 完成60%, 完成招标).
_CLAUSE_DONE_RE: Final = re.compile("完成|完工|竣工|建成|通过|合格|完毕|交付|投入使用|投用")
_CLAUSE_NOT_DONE_RE: Final = re.compile(
    "未|没|尚|正在|待|暂|延期|推进|预计|拟|将|力争|争取|计划|部分|基本|进行|开展|中$|率|%"
    "|招标|设计|采购|签订|合同|立项|审批|评审|开工|启动|开始|前期"
)
_CLAUSE_SEP_RE: Final = re.compile("[,;。]")


def _with_earlier_stages(stages: frozenset[str]) -> frozenset[str]:
    """*stages* and the stages they are built on (主体: 桩基, 地基, 征地拆迁…).

    Example:
        >>> _with_earlier_stages(frozenset({"土建"})) == {"土建", "征地", "拆迁"}
        True
    """
    return stages.union(*(_EARLIER_STAGES.get(stage, frozenset()) for stage in stages))


def _done_clauses(text: str) -> tuple[str, ...]:
    """The clauses of *text* that say their works done, as the parser sees them.

    Example:
        >>> _done_clauses("土建完成，设备安装正在调试")
        ('土建完成',)
    """
    return tuple(
        clause
        for clause in _CLAUSE_SEP_RE.split(_normal(text))
        if _CLAUSE_DONE_RE.search(clause) is not None and _CLAUSE_NOT_DONE_RE.search(clause) is None
    )


def _work_said_done(work: str, keys: frozenset[str], clauses: tuple[str, ...]) -> bool:
    """Whether a clause of *clauses* (see :func:`_done_clauses`) names *work* done.

    A stage is named by any of its spellings (主体 by 主体工程), and with the stages
    built on it (桩基 by 主体); another work by its words (设备安装, 验收, 附属工程).

    Example:
        >>> _work_said_done("验收", frozenset(), ("主体工程已完工并通过验收",))
        True
        >>> _work_said_done("附属工程", frozenset(), ("主体工程已完工",))
        False
    """
    if keys:
        return any(keys <= _with_earlier_stages(stages_named(clause)) for clause in clauses)
    return any(work in clause for clause in clauses)


def _works_all_done(
    actual: TextValue, wanted: str, indicator: Indicator
) -> tuple[Value, tuple[str, ...]] | None:
    """Every work a list in the target, or else in the name, said done: done, else None.

    ``主体及附属工程均已完工`` and ``土建及设备安装已完成`` under ``主体及附属工程完工时间``
    and ``土建及设备安装完成时间`` do each work listed. The cell may hold no date (a date
    of each work is not read: None) and no clause that says a work not done.

    Example:
        >>> value, missing = _works_all_done(
        ...     TextValue("主体及附属工程均已完工"),
        ...     "2024年12月底前完成",
        ...     Indicator("主体及附属工程完工时间"),
        ... )
        >>> value.status.value, missing
        ('done', ())
    """
    text = actual.description
    if not text or _CLAUSE_DONE_RE.search(text) is None or any(char.isdigit() for char in text):
        return None
    if _WHOLE_WORKS_RE.search(_STAGE_ACCEPTANCE_RE.sub("", wanted)) is not None:
        return None
    source = wanted if stages_named(wanted) else indicator.name
    works = works_named(source)
    if not works:
        return None
    clauses = _CLAUSE_SEP_RE.split(_normal(text))
    done = _done_clauses(text)
    if len(done) != len(clauses) or not all(
        _work_said_done(work, keys, done) for work, keys in works
    ):
        return None
    return StatusValue(_Status.DONE, text, text=actual.text or text), ()


def _part_of_works(
    target: Target, actual: Value, value: Value, missing: tuple[str, ...], ctx: _Context
) -> _Outcome:
    """A stage done where the target or name lists more works: a part of the works done.

    ``主体工程已完工`` under ``主体及附属工程完工时间`` does the 主体 only: where the stage
    done would meet the target, the works are partly done (``partial``; before a due
    date not yet reached, ``pending``), the explanation naming the works not done.
    Otherwise (a stage done after the due date) the stage's verdict stands, with them.
    """
    say = ctx.say
    outcome = _judge_plainly(target, value, ctx)
    shown = _text(actual)
    rest = "、".join(missing)
    if outcome.attainment is not _Attainment.MET:
        return _Outcome(
            outcome.attainment,
            outcome.why + say(f"；未见{rest}完成", f"; {rest} not said done"),
        )
    due = ctx.due
    if due is not None and ctx.at_due is False:
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际“{shown}”，未见{rest}完成，截止日期{due.isoformat()}未到",
                f"actual “{shown}”: {rest} not said done, due {due.isoformat()}",
            ),
        )
    return _Outcome(
        _Attainment.PARTIAL,
        say(
            f"实际“{shown}”，未见{rest}完成，部分完成",
            f"actual “{shown}”: {rest} not said done, partly done",
        ),
    )


def _a_step_done(phrase: str, words: tuple[str, ...], named: str) -> bool:
    """Whether *phrase* is the step itself, done: the step's words, or its name's compound.

    The phrase may open with the subject (项目), 已 and a word of manner or completion
    (正式, 顺利, 完成), and close with one of completion (完成, 完毕, 通过; 建设 or 施工
    after 开工); what is left must be the step's words (开工, 签订合同, 中标) or a part of
    *named* holding one (初步设计 in 初步设计完成时间). Anything else, a failure, a
    submission, a preparation or a part, is no step done.

    Example:
        >>> _a_step_done("项目已正式开工建设", ("开工",), "工程开工时间|")
        True
        >>> _a_step_done("申请开工", ("开工",), "工程开工时间|")
        False
    """
    core = _STEP_SUBJECT_RE.sub("", phrase, count=1)
    stripped = True
    while stripped:
        stripped = False
        for word in _STEP_BEFORE:
            if core.startswith(word) and len(core) > len(word):
                core = core[len(word) :]
                stripped = True
        for word in _STEP_AFTER:
            if core.endswith(word) and len(core) > len(word):
                core = core[: -len(word)]
                stripped = True
        for word in _STEP_START_AFTER:
            if core.endswith(word) and core[: -len(word)].endswith(_STEP_STARTS):
                core = core[: -len(word)]
                stripped = True
    if not any(word in core for word in words):
        return False
    if core in named:  # the name's own compound: 初步设计, 方案评审, 可研报告编制
        return True
    rest = core
    while rest:  # the step's words, one after another: 开工, 签订合同, 可研批复
        head = next((w for w in words if rest.startswith(w)), None)
        if head is None:
            return False
        rest = rest[len(head) :]
    return True


def _after_period(first: dt.date, status: Status | None, ctx: _Context) -> bool:
    """Whether an actual dated *first* lies after the date the table is judged at.

    Such a date cannot have happened when the table was filled: it is a forecast,
    whatever status word it carries (``2024年10月15日完成`` in a table as of 2024-08-31).
    A 自评表 is filled in after its year: there a date past the year's end is a fact
    (``2024年3月25日`` in a 2023 table, filed by mid-year; a completion at any time),
    unless the policy names the date to judge at.

    Example:
        >>> from perftrack import Indicator, Period, Table, TableKind, YearMonth
        >>> period = Period(YearMonth(2024, 1), YearMonth(2024, 8))
        >>> table = Table(TableKind.TRACKING, period=period)
        >>> ctx = _Context(
        ...     Indicator("完成时间"),
        ...     0,
        ...     table,
        ...     Policy.central(),
        ...     dt.date(2024, 8, 31),
        ...     2024,
        ...     _Language("zh"),
        ... )
        >>> _after_period(dt.date(2024, 10, 15), Status.DONE, ctx)
        True
        >>> _after_period(dt.date(2024, 8, 20), Status.DONE, ctx)
        False
    """
    as_of = ctx.as_of
    if as_of is None or first <= as_of:
        return False
    if (
        ctx.table.kind is _TableKind.SELF_EVALUATION
        and ctx.policy.as_of is None
        and not _as_planned(ctx.indicator.actual)
    ):
        # filed by mid-year: 2025年3月25日 in a 2024 table is past, 2025年10月 a plan
        return status is not _Status.DONE and not (status is None and first <= as_of + _FILING_TIME)
    return True


# A date of work done "as planned" (按计划于2025年6月完成): after the table's date, and in
# a 自评表 after its year, the plan, not a completion.
_AS_PLANNED_RE: Final = re.compile("已?按原?计划")


def _as_planned(actual: Value | None) -> bool:
    """Whether *actual* dates its work "as planned" (``已按计划于11月完成``).

    Example:
        >>> (
        ...     _as_planned(parse_value("按计划于2025年6月完成")),
        ...     _as_planned(parse_value("2025年6月完成")),
        ... )
        (True, False)
    """
    return isinstance(actual, DateValue) and _AS_PLANNED_RE.match(_normal(actual.text)) is not None


# A done status whose remark tells its time, which the value language reads as a figure
# (§3 rule 4): a month (已完成（10月）, 已完成(2024.10), 完成（延期至10月）) is the month it
# was done in; a late word with an amount of time (完成，滞后1个月, 已完成，但延期1个月,
# 已完成（比计划晚1个月）) says it was done late, and without the status (滞后1个月) that
# the work is put off.
_LATE_REMARK_RE: Final = re.compile(
    rf"(?:但|且|均|已|(?:比|较)原?计划)*(?:{_LATE_WORDS}|晚)了?(?:约)?"
)
_PUT_OFF_TO_RE: Final = re.compile(rf"(?:{_LATE_WORDS})[至到]")
_TIME_UNITS: Final = frozenset(("个月", "月", "天", "日", "周", "工作日", "年", "季度"))
_REMARK_MONTH_RE: Final = re.compile(r"(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])")
_MONTHS_IN_YEAR: Final = 12


def _remarked_time(actual: Quantity, year: int | None) -> DateValue | bool | None:
    """What a figure with a done status (or a late label) says of the work's time.

    A DateValue for the month it was done in (``已完成（10月）`` in the table's year,
    ``已完成(2024.10)``, ``完成（延期至10月）``); True for a late word with an amount of
    time (``完成，滞后1个月``); None for anything else (``已完成5次``).

    >>> _remarked_time(parse_value("已完成(2024.10)"), None).month
    10
    >>> _remarked_time(parse_value("完成，滞后1个月"), 2024)
    True
    >>> _remarked_time(parse_value("已完成5次"), 2024) is None
    True
    """
    label, unit, value = actual.label, actual.unit, actual.value
    if actual.status is _Status.DONE:
        if unit is None and label is None and _REMARK_MONTH_RE.fullmatch(str(value)):
            year_text, month_text = str(value).split(".")
            return DateValue(
                int(year_text), int(month_text), None, _Status.DONE, text=_text(actual)
            )
        if (
            unit == "月"
            and year is not None
            and (label is None or _PUT_OFF_TO_RE.fullmatch(label))
            and value == value.to_integral_value()
            and 1 <= value <= _MONTHS_IN_YEAR
        ):
            return DateValue(year, int(value), None, _Status.DONE, text=_text(actual))
    if (
        label is not None
        and unit in _TIME_UNITS
        and value > 0
        and _LATE_REMARK_RE.fullmatch(label) is not None
    ):
        return True
    return None


# Work done after a festival (春节后已发放, 节后完成, 元旦后已拨付): the festival before 节.
_AFTER_FESTIVAL_RE: Final = re.compile(
    rf"(?P<festival>[\u3400-\u9fff]{{0,2}}?)节(?:日)?过?后(?:均已|已经|已|全部)?(?:{_DONE_WORDS})"
    r"[\u3400-\u9fff]{0,4}"
)


def _after_festival(actual: TextValue, target: Target | None) -> bool:
    """Whether *actual* says the work was done after the festival *target* is due before.

    ``春节后已发放`` against ``春节前（1月28日前）发放到位``, ``节后已发放`` against any
    deadline named by a festival (``元旦春节前发放到位``): late. Against a deadline that
    names no festival the festival's date is not placed, and the cell stays unjudged.

    >>> from perftrack import parse_target
    >>> target = parse_target("春节前（1月28日前）发放到位", year=2025)
    >>> _after_festival(TextValue("节后已发放"), target)
    True
    >>> _after_festival(TextValue("春节后已发放"), parse_target("2025年1月28日前"))
    False
    """
    found = _AFTER_FESTIVAL_RE.fullmatch(_normal(actual.description))
    if found is None or target is None:
        return False
    festival = found.group("festival")
    return f"{festival}节前" in _normal(target.text) or (
        festival == "" and "节日前" in _normal(target.text)
    )


# A festival deadline's year written (2025年春节前, 次年春节前, 本年度春节前): no doubt
# which festival is meant.
_YEAR_WRITTEN_RE: Final = re.compile(r"(?:19|20)\d{2}年|次年|明年|下年|本年|今年|当年")


def _festival_doubt(first: dt.date, target: Target | None) -> str | None:
    """The festival words of *target* when a date *first* cannot be judged against them.

    A winter festival named without a year (``春节前发放到位``, ``元宵节前``) in an annual
    table is due at this year's festival (2025年1月28日 in a 2025 table), but a winter task
    (冬春救助, 欠薪清零, 两节慰问) is as often due at the next one: a date in the winter
    before the next festival (from 11月1日 to the next eve, 2026年1月20日) may be on time
    or late. A date by this year's eve is on time and one in the months after this year's
    festival (2025年3月10日) late, as usual. ``元旦春节前`` follows the 春节: due at this
    year's eve, in doubt from 11月1日 to the next eve. None when the date is judged as
    usual.

    >>> from perftrack import parse_target
    >>> target = parse_target("春节前发放到位", year=2025)
    >>> _festival_doubt(dt.date(2026, 1, 20), target), _festival_doubt(dt.date(2025, 3, 10), target)
    ('春节前', None)
    """
    if not isinstance(target, Deadline) or target.note is None or target.day is None:
        return None
    note = target.note
    if ("春节" not in note and "元宵" not in note) or _YEAR_WRITTEN_RE.search(_normal(target.text)):
        return None
    words = note[note.index("(") + 1 : -1] if note.endswith(")") and "(" in note else note
    year = target.year
    festival = "春节" if "春节" in note else "元宵"
    days = voc.FESTIVALS[festival]
    if year is None or year not in days or year + 1 not in days:
        return None
    next_eve = dt.date(year + 1, *days[year + 1]) - dt.timedelta(days=1)
    # the winter (元旦春节前 too: due at this year's 春节 eve, see _new_year_festival_due) before the next festival: this year's (late) or the next one's (on time)
    return words if dt.date(year, 11, 1) <= first <= next_eve else None


def _judge_deadline(actual: Value, ctx: _Context) -> _Outcome:
    say = ctx.say
    due = ctx.due
    if due is None:
        return _Outcome(
            _Attainment.UNKNOWN,
            say("截止日期的年份未知，无法判断", "the due date's year is unknown"),
        )
    stepped = _step_done(actual, ctx.indicator, ctx.year)
    if stepped is not None:
        actual = stepped
    remarked = _remarked_time(actual, ctx.year) if isinstance(actual, Quantity) else None
    if isinstance(remarked, DateValue):
        actual = remarked  # 已完成（10月）: done in that month
    status = _status_of(actual)
    due_text = due.isoformat()
    if remarked is True:
        late_done = status is _Status.DONE
        if late_done or ctx.at_due:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，晚于截止日期{due_text}"
                    if late_done
                    else f"实际“{_text(actual)}”，工作延期，截止日期{due_text}前未完成",
                    f"“{_text(actual)}”, after the due date {due_text}"
                    if late_done
                    else f"“{_text(actual)}”: put off, not done by the due date {due_text}",
                ),
            )
    if isinstance(actual, DateValue) and actual.date is not None and actual.start is not None:
        first, last = actual.start, actual.date
        if (
            actual.part is not None
            and first <= due < last
            and not _after_period(first, status, ctx)
        ):
            # 第四季度完成 against 2024年11月底前: the part holds the due date, so neither
            # its first day (late when after due) nor its last (on time when by due) decides
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际“{_text(actual)}”，截止日期{due_text}在其期间内，无法判断是否按期",
                    f"“{_text(actual)}” spans the due date {due_text}: cannot be judged",
                ),
            )
        doubt = _festival_doubt(first, ctx.indicator.target)
        if doubt is not None and not _after_period(first, status, ctx):
            # 春节前发放到位 | 2026年1月20日发放 in a 2025 table: before the next 春节
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际“{_text(actual)}”，年度指标“{doubt}”未写年份，"
                    "可指本年度或下一个节日，无法判断是否按期",
                    f"“{_text(actual)}”: “{doubt}” names no year, this year's festival or "
                    "the next one: cannot be judged",
                ),
                undated=True,
            )
        # 已于…完成: done, unless dated after the table's date (a completion on
        # 2024年10月15日 in a table as of 08-31 cannot have happened yet: a forecast)
        if status is _Status.DONE and first <= due and not _after_period(first, status, ctx):
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”，未晚于截止日期{due_text}",
                    f"“{_text(actual)}”, by the due date {due_text}",
                ),
            )
        if first > due:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，晚于截止日期{due_text}",
                    f"done {_text(actual)}, after the due date {due_text}",
                ),
            )
        if _after_period(first, status, ctx):
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{_text(actual)}”在评价日期之后，视为预计，截止日期{due_text}",
                    f"expected {_text(actual)}, due {due_text}",
                ),
            )
        if last <= due or first <= due:
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”，未晚于截止日期{due_text}",
                    f"done {_text(actual)}, by the due date {due_text}",
                ),
            )
    if isinstance(actual, TextValue) and "节" in actual.description:
        after = _after_festival(actual, ctx.indicator.target)
        if after:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，晚于截止日期{due_text}",
                    f"“{_text(actual)}”, after the due date {due_text}",
                ),
            )
    # some works done, some put off (2024年9月完成2处，1处延期): partly done, whatever
    # the date of the works done
    said = (
        None
        if status is _Status.PARTIAL
        else _time_said(actual, ctx.year, _named_step(ctx.indicator))
    )
    if said is not None:
        if said.date is not None and said.date.year is not None:
            return _judge_deadline(said.date, ctx)  # 延期至2024年10月完成: the date decides
        if said.late and said.done:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，晚于截止日期{due_text}",
                    f"“{_text(actual)}”, after the due date {due_text}",
                ),
            )
        if said.late and ctx.at_due:
            # put off and not done (延期施工中, 因拆迁延期，预计12月完工): before the due
            # date it is judged as the work stands
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，工作延期，截止日期{due_text}前未完成",
                    f"“{_text(actual)}”: put off, not done by the due date {due_text}",
                ),
            )
        if not said.late:
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”，未晚于截止日期{due_text}",
                    f"“{_text(actual)}”, by the due date {due_text}",
                ),
            )
    if status is _Status.DONE:
        return _Outcome(
            _Attainment.MET,
            say(f"实际“{_text(actual)}”，已完成（截止{due_text}）", f"done (due {due_text})"),
        )
    at_due = ctx.at_due
    if at_due is None:
        return _Outcome(_Attainment.UNKNOWN, say("评价日期未知，无法判断", "as-of date unknown"))
    if status is _Status.PARTIAL:
        if at_due:
            return _Outcome(
                _Attainment.PARTIAL,
                say(
                    f"截止日期{due_text}已到，实际部分完成",
                    f"partly done at the due date {due_text}",
                ),
            )
        return _Outcome(
            _Attainment.PENDING,
            say(f"部分完成，截止日期{due_text}未到", f"partly done, due {due_text}"),
        )
    if not at_due:
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"实际“{_text(actual)}”，截止日期{due_text}未到",
                f"actual “{_text(actual)}”, due {due_text}",
            ),
        )
    if status in (_Status.IN_PROGRESS, _Status.NOT_DONE):
        return _Outcome(
            _Attainment.NOT_MET,
            say(
                f"截止日期{due_text}已到，实际“{_text(actual)}”",
                f"due {due_text} has passed: “{_text(actual)}”",
            ),
        )
    if isinstance(actual, QualitativeValue) and actual.family == "timeliness":
        if actual.negated:
            return _Outcome(
                _Attainment.NOT_MET,
                say(
                    f"实际“{_text(actual)}”，截止日期{due_text}已到",
                    f"“{_text(actual)}” at the due date",
                ),
            )
        return _Outcome(
            _Attainment.MET, say(f"实际“{_text(actual)}”，按时完成", f"“{_text(actual)}”: on time")
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"截止日期{due_text}已到，实际“{_text(actual)}”无法判断是否完成",
            f"due {due_text} passed; “{_text(actual)}” cannot be judged",
        ),
    )


# ---------------------------------------------------------------------------
# §3 rule 5: qualitative targets


def _opposite(target_family: str, value: QualitativeValue, policy: Policy) -> bool:
    try:
        opposite = policy.family(target_family).opposite
    except KeyError:
        return False
    return opposite == value.family


def _rank(word: str) -> int | None:
    return voc.FAMILIES["quality"].rank(word)


# A target's degrees of work going on (逐步完善, 进一步完善): an actual of work still going
# on (逐步完善, partial against 完善 or 健全) reaches such a target.
_ONGOING_DEGREES: Final = voc.GRADUAL_DEGREES | {"进一步"}
# Degree words by strength: 有所提升 (somewhat) falls short of 显著提升 (markedly).
_STRONG_DEGREES: Final = frozenset({"明显", "显著", "大幅", "较大"})
_WEAK_DEGREES: Final = frozenset(
    {"有所", "逐步", "较", "较为", "略有", "稍有", "略微", "小幅", "一定"}
)
# Degrees of a slight change, which the parser does not strip (略有下降 is text).
_SLIGHT_DEGREES: Final = ("略有", "稍有", "略微", "小幅", "微幅")


# The direction words of changes (vocabulary.CHANGE_WORDS) and the names of rates of
# change (增幅, 降幅): one list for the parser and the scoring.
# A label in Latin letters and figures that opens a subject (PM2.5浓度, PM10, COD排放量,
# 5G基站): a letter in it, so a year or a figure alone (2020年) is none.
_LATIN_LABEL: Final = r"(?:[0-9.]*[A-Za-z][A-Za-z0-9.]*)"
_RISING_VERBS: Final = frozenset(
    word
    for words in (voc.CHANGE_WORDS, voc.CHANGE_RATES)
    for word, sign in words.items()
    if sign > 0
)
_FALLING_VERBS: Final = frozenset(
    word
    for words in (voc.CHANGE_WORDS, voc.CHANGE_RATES)
    for word, sign in words.items()
    if sign < 0
)
_CHANGE_VERBS: Final = "|".join(sorted(_RISING_VERBS | _FALLING_VERBS, key=len, reverse=True))
# 较上年提高1.5个百分点, 同比下降12%, 发案率同比下降12%, 同比增长-2%: a change stated with
# its figure; a target may put an operator before the figure (同比增长≥5%, 较上年下降
# 不低于5%) or after it (比上年增长5%以上). An approximate figure (同比增长5%左右,
# 同比增长约5%, 同比约增长5%) is the figure; a sign instead of the word (同比+6%,
# 较上年-2%) says the direction after a comparison (checked in _change_match).
_STATED_CHANGE_RE: Final = re.compile(
    rf"(?P<subject>{_LATIN_LABEL}?[\u3400-\u9fff]{{0,16}}?)"
    rf"(?:(?P<about_verb>约|大约)?(?P<verb>{_CHANGE_VERBS})了?|(?=[+-]\d))"
    r"(?P<op>≥|≤|>|<|不低于|不少于|不小于|不高于|不超过|不大于)?"
    r"(?P<about>约|大约)?"
    r"(?P<number>[-+]?\d+(?:\.\d+)?)(?P<unit>%|‰|个百分点|百分点|倍|成|[\u3400-\u9fff]{1,4}?)?"
    r"(?P<suffix>以上|以下|及以上|及以下)?(?P<around>左右)?"
)
_STATED_OPS: Final = {
    "≥": _Op.GE,
    "不低于": _Op.GE,
    "不少于": _Op.GE,
    "不小于": _Op.GE,
    "以上": _Op.GE,
    "及以上": _Op.GE,
    ">": _Op.GT,
    "≤": _Op.LE,
    "不高于": _Op.LE,
    "不超过": _Op.LE,
    "不大于": _Op.LE,
    "以下": _Op.LE,
    "及以下": _Op.LE,
    "<": _Op.LT,
}
# What in the words before the change makes it no plain fact (未提高, 预计下降, 力争提高).
_CHANGE_CHANGERS_RE: Final = re.compile("[未不没无非否待拟将]|预计|计划|力争|目标")


# The comparison a change is stated against: no subject of its own.
_CHANGE_BASE_RE: Final = re.compile(
    "与(?:上年度?|去年|上一年度?)(?:同期)?相比|相比(?:上年度?|去年)(?:同期)?"
    "|(?:较|比)(?:上年度?|去年|上一年度?)(?:同期)?|同比|环比"
)


# A change to fall within a band (同比增长5%至8%, 较上年提高1-2个百分点): a range target.
_STATED_RANGE_RE: Final = re.compile(
    rf"(?:{_CHANGE_BASE_RE.pattern})(?P<verb>{_CHANGE_VERBS})"
    r"(?P<low>\d+(?:\.\d+)?)(?P<low_unit>%|个百分点)?[至到~-](?P<high>\d+(?:\.\d+)?)"
    r"(?P<unit>%|个百分点)"
)


def _last_year_named(text: str, year: int | None) -> str:
    """*text* with last year named by its number said as 上年, in a table of *year*.

    ``比2023年下降5%`` in a 2024 table is ``比上年下降5%`` (also ``较2023年度``,
    ``低于2023年水平``, ``与2023年同期相比``); another year (``比2020年下降10%``, a
    base of several years) stays as it is.

    >>> _last_year_named("比2023年下降5%", 2024)
    '比上年下降5%'
    >>> _last_year_named("比2020年下降10%", 2024)
    '比2020年下降10%'
    """
    if year is None or "年" not in text:
        return text
    return re.sub(f"(?<=[比较与于过≥≤<>]){year - 1}年", "上年", text)


def _change_match(
    text: str, name: str, *, target: bool = False, year: int | None = None
) -> re.Match[str] | None:
    """*text* as a change stated with its figure (``同比下降12%``), the indicator's own.

    Besides the comparison (较上年, 同比) the change's subject is nothing or a part of
    the indicator's *name* (发案率 of 刑事案件发案率); a negation or a plan before it
    (未提高, 预计下降) makes it no fact. An operator (``同比增长≥5%``,
    ``比上年增长5%以上``) is allowed in a *target* only.
    """
    found = _STATED_CHANGE_RE.fullmatch(_last_year_named(_normal(text), year))
    if found is None:
        return None
    if (found.group("op") or found.group("suffix")) and not target:
        return None  # 同比增长≥5% is a target, no change that happened
    if found.group("verb") is None and not _CHANGE_BASE_RE.search(found.group("subject")):
        return None  # a sign says a change only after a comparison (同比+6%)
    subject = _CHANGE_BASE_RE.sub("", found.group("subject"))
    if subject and not _own_subject(subject, name):
        return None
    return found


# A scope before a measure (医保基金支出 on 基金支出增长率, 全市 on 财政收入) and a
# per-head qualifier after it (养老金月人均 on 养老金): the same measure, qualified.
_SCOPE_PREFIX_RE: Final = re.compile(
    "^(?:医保|社保|全市|全县|全区|全省|全州|全旗|全镇|全乡|本市|本县|本区|我市|我县|我区|城镇|城乡)"
)
_PER_HEAD_SUFFIX_RE: Final = re.compile("(?:月人均|人均每月|每月人均|年人均|人均|月均|户均)$")


def _own_subject(subject: str, name: str, label: str = "", *, target: bool = False) -> bool:
    """Whether the words before a change are a part of the indicator's *name*.

    The name may hold 非, 无 or 未 (非税收入, 无害化处理率, 未成年人保护覆盖率); one such
    character alone (未增长5%, 预计增长) negates or plans the change. A scope before
    the words (``医保基金支出`` on 基金支出增长率: the name must begin with the rest, so
    ``城镇居民收入`` is no part of 农村居民收入) or a per-head qualifier after them
    (``养老金月人均`` on 企业退休人员基本养老金) qualifies the same measure; a per-head
    qualifier alone (``月人均``, ``人均每月``) is the measure of a *target* (its own
    words), and of an actual where the name or the target's *label* is per head too.
    The words may also be a part of *label*, the target's own label (``月人均`` of
    ``养老金月人均增加``).

    >>> _own_subject("非税收入", "非税收入"), _own_subject("未", "未成年人保护覆盖率")
    (True, False)
    >>> _own_subject("医保基金支出", "基金支出增长率"), _own_subject("城镇居民收入", "农村居民收入")
    (True, False)
    """
    if len(subject) == 1 and _CHANGE_CHANGERS_RE.search(subject):
        return False
    whole = _normal(name)
    if subject in whole or (label and subject in _normal(label)):
        return True
    rest = _PER_HEAD_SUFFIX_RE.sub("", subject)
    if rest != subject and not rest:
        return target or _PER_HEAD_SUFFIX_RE.search(whole) is not None or "人均" in _normal(label)
    if rest != subject and rest in whole:
        return True
    scoped = _SCOPE_PREFIX_RE.sub("", rest)
    return scoped != rest and bool(scoped) and whole.startswith(scoped)


def _stated_change(actual: Value, name: str, year: int | None = None) -> str | None:
    """The direction a value states with a figure: ``同比下降12%`` is ``decrease``.

    ``improvement`` for a rise, ``decrease`` for a fall, by a figure above 0; None for
    any other value (no figure, a negation or a plan before the change, a fall of 0).
    The change must be the indicator's own (see :func:`_change_match`):
    ``破案率同比提高5%`` says nothing of a 发案率 that is to fall.
    """
    if not isinstance(actual, (Quantity, TextValue)):
        return None
    found = _change_match(actual.text or str(actual), name, year=year)
    if found is None:
        return None
    number, verb = Decimal(found.group("number")), found.group("verb")
    if verb is None and number != 0:  # 同比+6%, 同比-6%: the sign is the direction
        return "improvement" if number > 0 else "decrease"
    if number <= 0:
        return None
    return "improvement" if verb in _RISING_VERBS else "decrease"


def _change_sign(label: str | None) -> int | None:
    """1 for a label that names a rise (``增长``, ``增幅``), -1 for a fall (``压减``), else None."""
    if label is None:
        return None
    return voc.CHANGE_WORDS.get(label) or voc.CHANGE_RATES.get(label)


# A label ending in a change word (与上年同期相比提高, 力争增长, 累计下降, 总产值下降) and the
# words that may stand before the word without making it another change: a plan or a
# promise in a target, a total or a fact in an actual.
_CHANGE_END_RE: Final = re.compile(f"(?:{_CHANGE_VERBS})$")
_TARGET_ADVERBS_RE: Final = re.compile(
    "(?:力争|确保|争取|预期|预计|实现|全年|年度|累计|平均|年均|持续|稳定|同比|约)*"
)
_ABOUT_END_RE: Final = re.compile("(?:大约|约)$")
_FACT_ADVERBS_RE: Final = re.compile("(?:全年|年度|累计|实际|完成|反而|共|总共|约|同比)*")


def _label_sign(
    label: str | None, name: str, year: int | None, *, target: bool, target_label: str = ""
) -> tuple[int, bool] | None:
    """The direction a label names, and whether it is the indicator's own change.

    A change word (``下降``, ``增幅``) is ``(-1, True)``/``(1, True)``; so is one after
    a comparison with last year (``与上年同期相比提高``, ``与2023年相比下降`` in a 2024
    table), after words of a plan in a target or of a total in an actual (``力争增长``,
    ``累计下降``), or after a part of the indicator's *name* (``总产值下降`` on
    农业总产值). After anything else (``破案率提高`` on a 发案率, ``较十三五末提高``, a
    forecast ``预计下降`` as an actual) it is ``(sign, False)``: another measure's or
    another base's change. None for a label that names no change.

    >>> _label_sign("与上年同期相比提高", "参保率", 2024, target=True)
    (1, True)
    >>> _label_sign("破案率提高", "刑事案件发案率", 2024, target=False)
    (1, False)
    """
    if label is None:
        return None
    sign = _change_sign(label)
    if sign is not None:
        return sign, True
    found = _CHANGE_END_RE.search(label)
    if found is None and _ABOUT_END_RE.search(label):
        label = _ABOUT_END_RE.sub("", label)  # 增长约5%: the target's label is 增长约
        found = _CHANGE_END_RE.search(label)
    if found is None:
        return None
    sign = _change_sign(found.group())
    if sign is None:  # pragma: no cover - the pattern holds only change words
        return None
    head = _CHANGE_BASE_RE.sub("", _last_year_named(_normal(label[: found.start()]), year))
    head = (_TARGET_ADVERBS_RE if target else _FACT_ADVERBS_RE).sub("", head)
    return sign, not head or _own_subject(head, name, target_label, target=target)


def _change_name(name: str, target: Target | None, value: Value | None) -> str:
    """The name a change is the row's own by: with the target's label when the actual repeats it.

    ``单位GDP能耗下降3.5%`` against ``单位GDP能耗下降3%`` on a 单位能耗 row: one label, so
    one measure, whatever the name calls it.

    >>> from perftrack import parse_target, parse_value
    >>> _change_name(
    ...     "单位能耗", parse_target("单位GDP能耗下降3%"), parse_value("单位GDP能耗下降3.5%")
    ... )
    '单位能耗 单位GDP能耗'
    """
    if (
        isinstance(target, (Comparison, Range))
        and isinstance(value, Quantity)
        and target.label
        and value.label
        and _normal(target.label) == _normal(value.label)
        and (found := _CHANGE_END_RE.search(target.label)) is not None
        and found.start() > 0
    ):
        return f"{name} {target.label[: found.start()]}"
    return name


def _another_change(
    value: Value | None, target: Target | None, name: str, year: int | None
) -> bool:
    """Whether the target or the actual is a change, but not the indicator's own.

    ``较十三五末提高2个百分点`` (a base of several years), or ``破案率提高12%`` as the
    actual of a 发案率: neither figure can be judged against the other.
    """
    target_label = target.label if isinstance(target, (Comparison, Range)) else None
    value_label = value.label if isinstance(value, Quantity) else None
    target_way = _label_sign(target_label, name, year, target=True)
    value_way = _label_sign(value_label, name, year, target=False, target_label=target_label or "")
    return (target_way is not None and not target_way[1]) or (
        value_way is not None and not value_way[1] and target_way is not None
    )


# ---------------------------------------------------------------------------
# An actual that names another measure than the target's (scoring.md, rule 3:
# 不合格率 in a 合格率 row, 一般事故 in a 较大及以上 row, 申请 in a 授权 row).


class _Family(NamedTuple):
    """Measures of one kind, told apart by their words.

    *kind* is ``complement`` (two rates that make up the whole: 合格率 and 不合格率),
    ``ranked`` (grades from the lowest: 一般, 较大, 重大, 特别重大 accidents) or
    ``distinct`` (kinds or stages, none inside another: 申请 and 授权). *context*,
    when given, must be said in the labels or the name (一般 grades accidents only).
    """

    kind: Literal["complement", "ranked", "distinct"]
    members: tuple[re.Pattern[str], ...]
    context: re.Pattern[str] | None = None


def _family(
    kind: Literal["complement", "ranked", "distinct"], *members: str, context: str | None = None
) -> _Family:
    return _Family(
        kind,
        tuple(re.compile(member) for member in members),
        None if context is None else re.compile(context),
    )


_PASSED_RATE: Final = "(?<![不未非超])达标率"
_MEASURE_FAMILIES: Final = (
    _family("complement", "(?<![不未非])合格率", "不合格率"),
    _family("complement", _PASSED_RATE, "(?:不|未)达标率"),
    _family("complement", "(?<!不)准确率", "(?:差错|错误)率"),
    _family("complement", "优良天数(?:比例|比率|占比)", "(?<!重)污染天数(?:比例|比率|占比)"),
    _family("complement", "完好率", "损坏率"),
    # 超标率 counts samples or items, 达标率 often sections: no sure complement
    _family("distinct", _PASSED_RATE, "超标率"),
    # 登记失业率 is no complement of any 就业率
    _family("distinct", "(?<![失再])就业率", "失业率"),
    _family("distinct", "优良天数", "(?<!重)污染天数", "重污染天数"),
    _family("distinct", "新增就业", "再就业"),
    _family("distinct", "申请|受理", "授权|授予", context="专利"),
    _family("distinct", "发明", "实用新型", "外观设计", context="专利"),
    _family(
        "ranked",
        "一般",
        "较大",
        "重特大|(?<!特别)重大",
        "特别重大|特大",
        context="事故|事件|火灾|火情|灾害|险情|案件",
    ),
    _family(
        "ranked",
        *(f"(?<![0-9Aa])(?:{grade}[Aa]|[Aa]{{{grade}}})(?![Aa])" for grade in range(1, 6)),
        context="景区|景点|旅游区",
    ),
    _family("ranked", "一级", "二级|二甲", "三级|三甲", context="医院|二甲|三甲"),
    _family("ranked", "县级", "市级|地市级|州级", "省级|省部级", "国家级"),
)
_AND_ABOVE_RE: Final = re.compile("以上")


class _OtherMeasure(NamedTuple):
    """An actual that names another measure than the target's, as :func:`_other_measure` reads it.

    *actual_word* and *target_word* are the words that differ (不合格率 and 合格率, 一般
    and 较大); *quantity* is the actual as the target's measure (a complement rate
    converted, or the target's own figure in the actual's bracket), None when it cannot
    be judged.
    """

    actual_word: str
    target_word: str
    quantity: Quantity | None
    converted: bool = False


def _members(family: _Family, text: str) -> dict[int, str]:
    """The members of *family* *text* names, each with the words that name it."""
    named: dict[int, str] = {}
    for index, member in enumerate(family.members):
        found = member.search(text)
        if found is not None:
            named[index] = found.group()
    return named


@lru_cache(maxsize=1024)
def _measures_apart(
    actual_label: str, target_label: str, name: str
) -> tuple[_Family, str, str] | None:
    """The family whose words tell the actual's measure from the target's, and those words.

    The target's measure is its label when the label names one of the family, else the
    indicator's *name*. None when the actual's label names nothing of a family the
    target names, or names the target's own member (a grade the target's includes:
    ``重大`` in a ``较大及以上`` row).

    >>> found = _measures_apart("不合格率", "", "食品安全抽检合格率")
    >>> found[0].kind, found[1:]
    ('complement', ('不合格率', '合格率'))
    >>> _measures_apart("发生重大事故", "较大及以上生产安全事故", "") is None
    True
    """
    for family in _MEASURE_FAMILIES:
        actual = _members(family, actual_label)
        if not actual:
            continue
        target = _members(family, target_label) or _members(family, name)
        if not target:
            continue
        if family.context is not None and not family.context.search(
            actual_label + target_label + name
        ):
            continue
        if actual.keys() & target.keys() and (
            family.kind != "ranked" or actual.keys() <= target.keys()
        ):
            continue  # 合格率 in a 合格率 row: the same measure
        if family.kind == "ranked":
            said = target_label if _members(family, target_label) else name
            if min(actual) >= min(target) and (
                actual.keys() <= target.keys() or _AND_ABOVE_RE.search(said)
            ):
                continue  # 重大 in a 较大及以上 row, 特大 in a 重特大 row: the target's own
        return family, actual[min(actual)], target[min(target)]
    return None


def _covers(family: _Family, label: str, target: Comparison | Range, name: str) -> bool:
    """Whether the actual's grades (``较大及以上``) include every grade the target counts.

    >>> from perftrack import parse_target
    >>> family = _MEASURE_FAMILIES[-4]
    >>> _covers(family, "较大及以上事故", parse_target("0起"), "重大安全事故")
    True
    >>> _covers(family, "一般事故", parse_target("0起"), "重大安全事故")
    False
    """
    actual = _members(family, _normal(label))
    said = _normal(target.label or "")
    if not _members(family, said):
        said = _normal(name)
    counted = _members(family, said)
    if not actual or not counted or _AND_ABOVE_RE.search(_normal(label)) is None:
        return False
    return min(actual) <= min(counted)


# The whole a complement rate is taken from, by its unit.
_WHOLES: Final = MappingProxyType({"%": _HUNDRED, "‰": Decimal(1000)})


def _other_measure(value: Value | None, target: Target | None, name: str) -> _OtherMeasure | None:
    """The actual's measure when its label names another than the target's, else None.

    A complement rate (``不合格率1.4%`` in a 合格率 row, ``数据准确率99.97%`` in a
    差错率 row) is converted to the target's measure: ``合格率98.6%``, the whole (100%,
    1000‰) minus the figure, exactly, in the actual's unit. A target's own figure in
    the actual's bracket (``申请16件（授权6件）`` in a 授权 row) is that figure. Any
    other measure (``一般事故3起`` in a 较大及以上 row, ``省级科技奖励3项`` in a 国家级
    row) cannot be judged: *quantity* is None.

    >>> from perftrack import parse_target, parse_value
    >>> measure = _other_measure(parse_value("不合格率1.4%"), parse_target("≥98%"), "抽检合格率")
    >>> measure.target_word, measure.quantity.value
    ('合格率', Decimal('98.6'))
    """
    if (
        not isinstance(value, Quantity)
        or not value.label
        or not isinstance(target, (Comparison, Range))
    ):
        return None
    apart = _measures_apart(_normal(value.label), _normal(target.label or ""), _normal(name))
    if apart is None:
        return None
    family, actual_word, target_word = apart
    if family.kind == "ranked" and value.value == 0 and _covers(family, value.label, target, name):
        return None  # 较大及以上事故0起 in a 重大 row: none of the wider, none of the target's
    if family.kind == "complement":
        whole = _WHOLES.get(value.unit or "")
        if whole is not None and 0 <= value.value <= whole:
            converted = Quantity(
                whole - value.value,
                value.unit,
                _FLIPPED_BOUNDS.get(value.bound, value.bound),
                text=value.text,
            )
            return _OtherMeasure(actual_word, target_word, converted, converted=True)
    if value.note:
        bracket = parse_value(value.note)  # a value never raises: text at worst
        if (
            isinstance(bracket, Quantity)
            and bracket.label
            and _measures_apart(_normal(bracket.label), _normal(target.label or ""), _normal(name))
            is None
            and _members(family, _normal(bracket.label))
        ):
            return _OtherMeasure(actual_word, target_word, evolve(bracket, label=None))
    return _OtherMeasure(actual_word, target_word, None)


_NAME_TAIL_RE: Final = re.compile(r"[(（][^()（）]*[)）]$")
_RATE_NAME_RE: Final = re.compile(
    "(?:{})$".format("|".join(sorted(voc.CHANGE_RATES, key=len, reverse=True)))
)


# Change words that end the name of a rate of change without 率 (城镇居民人均可支配收入增长,
# 单位GDP能耗下降), when the target is a bare rate (≥7%). 提高 and 提升 are left out: a
# name such as 群众满意度提升 or 教学质量提高 with ≥90% most often gives the level.
_CHANGE_NAME_WORDS: Final = MappingProxyType({"增长": 1, "下降": -1, "降低": -1, "减少": -1})
_CHANGE_NAME_RE: Final = re.compile(
    "(?:{})$".format("|".join(sorted(_CHANGE_NAME_WORDS, key=len, reverse=True)))
)


def _name_sign(name: str, unit: str | None = None) -> int | None:
    """1 for a name that ends in a rate of rise (农民收入增长率), -1 in one of fall (事故降幅).

    A name that ends in a change word (``城镇居民人均可支配收入增长``, ``单位GDP能耗下降``)
    names a rate of change too, but only for a target in a rate's *unit* (%, ‰,
    个百分点): ``人均可支配收入增长`` with ``≥7%`` is a rise of 7 %.

    >>> _name_sign("事故起数降幅（%）"), _name_sign("人均可支配收入增长", "%")
    (-1, 1)
    >>> _name_sign("人均可支配收入增长", "元") is None, _name_sign("群众满意度提升", "%") is None
    (True, True)
    """
    bare = _NAME_TAIL_RE.sub("", name.strip())
    found = _RATE_NAME_RE.search(bare)
    if found is not None:
        return voc.CHANGE_RATES[found.group()]
    if unit in _RATE_UNITS and (worded := _CHANGE_NAME_RE.search(bare)) is not None:
        return _CHANGE_NAME_WORDS[worded.group()]
    return None


def _target_sign(
    target: Comparison | Range, name: str, year: int | None = None
) -> tuple[int, bool] | None:
    """The way a target wants its figure to change, and whether its own words say so.

    The target's label (下降10%, 增幅≥5%): ``(-1, True)``/``(1, True)``. Else the
    indicator's name when it ends in a rate of change (农民收入增长率 ≥5%:
    ``(1, False)``), or a signed figure (``≤-5%``: ``(1, False)``). Without words of
    its own only an actual that states its direction (下降6%, 同比增长3%) is a change:
    a bare ``-6%`` against a 降幅 stays a plain figure. None for most targets.
    """
    if target.label is not None:
        way = _label_sign(target.label, name, year, target=True)
        if way is not None and way[1]:
            return way[0], True
        return None  # 满意度≥90%: another label, no change
    sign = _name_sign(name, target.unit) if name else None
    if sign is not None:
        return sign, False
    if isinstance(target, Comparison) and target.value < 0:
        return 1, False
    return None


_FLIPPED_BOUNDS: Final = {
    _Bound.AT_LEAST: _Bound.AT_MOST,
    _Bound.AT_MOST: _Bound.AT_LEAST,
    _Bound.MORE_THAN: _Bound.LESS_THAN,
    _Bound.LESS_THAN: _Bound.MORE_THAN,
}
_BASELINE: Final = "(?:上年|去年|上一年|上年度)(?:同期)?(?:水平)?"
# 低于上年, 高于去年同期水平, 与上年持平: a change against the baseline, without a figure.
# 未低于上年, 未超过上年: a change of at least (at most) 0.
_UNSTATED_CHANGE_RE: Final = re.compile(
    rf"(?P<not_below>未低于|未少于|不低于){_BASELINE}|(?P<not_above>未超过|未高于|不高于|不超过){_BASELINE}"
    rf"|(?P<below>低于|少于|差于){_BASELINE}|(?P<above>高于|超过|多于|优于){_BASELINE}"
    rf"|(?:与{_BASELINE}|同比|较上年)?持平"
)
# The targets a change meets without a figure of its own (不低于上年, ≥上年水平), and
# those it must pass (高于上年).
# 较上年不降低, 与上年相比不减少: at least last year's too.
_NOT_BELOW_BASELINE_RE: Final = re.compile(
    rf"(?:不低于|不少于|≥|>=){_BASELINE}"
    rf"|(?:(?:较|比){_BASELINE}|与{_BASELINE}相比|同比)(?:不降低|不下降|不减少|不降)"
)
_NOT_ABOVE_BASELINE_RE: Final = re.compile(rf"(?:不高于|不超过|≤|<=){_BASELINE}")
_ABOVE_BASELINE_RE: Final = re.compile(rf"(?:高于|超过|多于|优于|>){_BASELINE}")
_BELOW_BASELINE_RE: Final = re.compile(rf"(?:低于|少于|<){_BASELINE}")
_UNSTATED_BOUNDS: Final = {
    "not_below": _Bound.AT_LEAST,
    "not_above": _Bound.AT_MOST,
    "below": _Bound.LESS_THAN,
    "above": _Bound.MORE_THAN,
}
# 同比下降, 较上年增长: a direction against the baseline, without a figure.
_BASELINE_DIRECTION_RE: Final = re.compile(
    rf"(?:{_CHANGE_BASE_RE.pattern})(?P<verb>{'|'.join(sorted(_RISING_VERBS | _FALLING_VERBS))})"
)
# Any of the forms above: what may follow the indicator's own subject in a target
# (森林覆盖率不低于上年, PM2.5浓度同比下降).
_UNSTATED_TARGET_RE: Final = re.compile(
    "|".join(
        pattern.pattern
        for pattern in (
            _NOT_BELOW_BASELINE_RE,
            _NOT_ABOVE_BASELINE_RE,
            _ABOVE_BASELINE_RE,
            _BELOW_BASELINE_RE,
            _BASELINE_DIRECTION_RE,
        )
    )
)
_SUBJECT_LONGEST: Final = 24


def _own_subject_dropped(text: str, name: str, form: re.Pattern[str]) -> str:
    """*text* without the indicator's own subject before a *form*, else *text* itself.

    ``森林覆盖率不低于上年`` on 森林覆盖率 is ``不低于上年``, as the bare form is read;
    a subject that is no part of the name (``力争``, ``耕地面积`` on 森林覆盖率) stays.

    >>> _own_subject_dropped("PM2.5浓度保持稳定", "PM2.5浓度", _FLAT_TARGET_RE)
    '保持稳定'
    >>> _own_subject_dropped("耕地面积不低于上年", "森林覆盖率", _UNSTATED_TARGET_RE)
    '耕地面积不低于上年'
    >>> _own_subject_dropped("单位成本不高于上年", "单位成本", _UNSTATED_TARGET_RE)
    '不高于上年'
    """
    if not name or form.fullmatch(text):
        return text
    for cut in range(1, min(len(text), _SUBJECT_LONGEST + 1)):
        rest = text[cut:]
        if form.fullmatch(rest):
            return rest if _own_subject(text[:cut], name, target=True) else text
    return text


# The units of a rate, whose change is no amount of work (exceeds-target).
_RATE_UNITS: Final = frozenset({"%", "‰", "‱", "个百分点", "百分点", "个千分点", "千分点"})
# 未增长, 没有下降, 无增长: no change that way.
_NO_CHANGE_RE: Final = re.compile(rf"(?:未|没有|没|无|尚未|并未)(?P<verb>{_CHANGE_VERBS})")
# The ends of a name that is a rate of change, or ends in a bracket (a cheap first
# check before :func:`_name_sign`).
_RATE_ENDS: Final = (*voc.CHANGE_RATES, *_CHANGE_NAME_WORDS, ")", "）")


class _Change(NamedTuple):
    quantity: Quantity  # the change as a figure in the target's direction (下降12% vs 下降10%: 12)
    shown: str  # the actual as a change, its direction said (增长12%)
    opposite: bool  # it went the other way from the target (增长12% against 下降10%)


def _no_change(word: str, text: str) -> tuple[Quantity, str] | None:
    """``未增长`` as a change of at most 0, ``未下降`` of at least 0; None for other words."""
    found = _NO_CHANGE_RE.fullmatch(word)
    if found is None:
        return None
    bound = _Bound.AT_MOST if _change_sign(found.group("verb")) == 1 else _Bound.AT_LEAST
    return Quantity(Decimal(0), None, bound, text=text), word


def _signed_change(
    value: Value | None, name: str, year: int | None = None, target_label: str = ""
) -> tuple[Quantity, str] | None:
    """A value as a signed change: ``下降12%`` is -12 %, ``增长3%`` 3 %, ``-5.3%`` -5.3 %.

    A quantity labelled with a direction word (增长, 下降), a negative figure without a
    label, a text that states the change against its baseline (``同比下降12%``,
    ``较上年增长3%``) or its direction only (``低于上年``: below 0). A positive figure
    without a label is None: it reads as the change in the target's own direction.
    """
    if isinstance(value, (StatusValue, QualitativeValue)):
        # 未增长, 未下降: no change that way (零增长 is met by 未增长)
        word = (
            value.word if isinstance(value, StatusValue) else f"{value.negation or ''}{value.word}"
        )
        # 未低于上年 (a status to the parser), 未超过上年 (the zero family): against the base
        return _no_change(word, value.text) or _unstated_change(
            _last_year_named(_normal(word), year), value.text, _normal(word)
        )
    if isinstance(value, Quantity):
        if value.status is not None:
            return None
        way = _label_sign(value.label, name, year, target=False, target_label=target_label)
        if way is None or not way[1]:
            if value.label is None and value.value < 0:
                return value, _shown_quantity(value, None)
            return None
        sign = way[0]
        bound = value.bound if sign > 0 else _FLIPPED_BOUNDS.get(value.bound, value.bound)
        signed = Quantity(value.value * sign, value.unit, bound, text=value.text)
        return signed, value.text.strip() or f"{value.label}{_shown_quantity(value, None)}"
    if not isinstance(value, TextValue) or not value.description:
        return None
    shown = _normal(value.text or value.description)  # as the cell says it: 比2023年下降6%
    text = _last_year_named(shown, year)
    if text[0] in "未没无尚并" and (none := _no_change(text, value.text)) is not None:
        return none  # 没有增长, 无增长
    found = _change_match(text, name)
    if found is not None:
        number = Decimal(found.group("number"))
        if found.group("verb") in _FALLING_VERBS:
            number = -number
        about = found.group("about") or found.group("about_verb") or found.group("around")
        bound = _Bound.APPROXIMATELY if about else _Bound.EXACT
        return Quantity(number, found.group("unit"), bound, text=value.text), shown
    return _unstated_change(text, value.text, shown)


def _unstated_change(text: str, raw: str, shown: str) -> tuple[Quantity, str] | None:
    """A change against the baseline without a figure (``低于上年``: below 0), or None."""
    unstated = _UNSTATED_CHANGE_RE.fullmatch(text)
    if unstated is None:
        return None
    bound = _UNSTATED_BOUNDS.get(unstated.lastgroup or "", _Bound.EXACT)
    return Quantity(Decimal(0), None, bound, text=raw), shown


def _as_change(
    value: Value | None, target: Target | None, name: str, year: int | None = None
) -> _Change | None:
    """An actual read as a change against a target for a change (下降10%, 增长率 ≥5%).

    The figure is the change in the target's direction: ``下降12%`` against ``下降10%``
    is 12, ``增长12%`` against it -12 (the opposite way), ``增长3%`` against ``零增长``
    (增长≤0%) is 3. None when the target names no direction or the value is no change.
    See :func:`_target_sign` for the targets.
    """
    if not isinstance(target, (Comparison, Range)):
        return None
    if (
        target.label is None
        and not name.endswith(_RATE_ENDS)
        and not (isinstance(target, Comparison) and target.value < 0)
    ):
        return _bare_points_change(value, target)  # most targets: no label, no direction
    way = _target_sign(target, name, year)
    if way is None:
        return None
    sign, own_words = way
    levels = _levels_change(value, target)
    signed = levels or _signed_change(value, name, year, target.label or "")
    if signed is None:
        return None
    if (
        levels is None
        and not own_words
        and isinstance(value, Quantity)
        and _label_sign(value.label, name, year, target=False) is None
    ):
        return None  # -6% against a 降幅 ≥5%: a plain figure, as before
    quantity, shown = signed
    if sign < 0:
        quantity = evolve(
            quantity,
            value=-quantity.value,
            bound=_FLIPPED_BOUNDS.get(quantity.bound, quantity.bound),
        )
    opposite = quantity.value < 0 or (quantity.value == 0 and quantity.bound is _Bound.LESS_THAN)
    return _Change(quantity, shown, opposite)


# 由45.5%提高到45.8%, 从62.1%提高至62.4%，提高0.3个百分点: two levels of a rate, whose
# difference is the change in percentage points.
_LEVELS_RE: Final = re.compile(
    r"(?:由|从|(?<![\d.]))(?P<start>\d+(?:\.\d+)?)%?(?P<verb>提高|提升|增加|增长|上升|下降|降低|减少)了?"
    r"(?:到|至|为)(?P<end>\d+(?:\.\d+)?)%"
)


def _levels_change(value: Value | None, target: Comparison | Range) -> tuple[Quantity, str] | None:
    """Two levels the actual states, as the change a target in 个百分点 or in % measures.

    Against 个百分点 the levels' difference (:func:`_points_between_levels`); against a
    change in % (``下降5%``) the change relative to the first level of a count or an
    amount (:func:`_percent_between_levels`). None otherwise.

    >>> from perftrack import parse_target, parse_value
    >>> _levels_change(parse_value("由120起下降到110起"), parse_target("下降5%"))[0].value
    Decimal('-8.33')
    """
    if target.unit in ("个百分点", "百分点"):
        return _points_between_levels(value)
    if target.unit == "%":
        return _percent_between_levels(value)
    return None


# 由120起下降到110起: two levels of a count or an amount in one unit (not a rate).
_COUNT_LEVELS_RE: Final = re.compile(
    r"(?:由|从)(?P<start>\d+(?:\.\d+)?)(?P<start_unit>[^\d%‰]{0,4}?)"
    r"(?P<verb>提高|提升|增加|增长|上升|下降|降低|减少)了?(?:到|至|为)"
    r"(?P<end>\d+(?:\.\d+)?)(?P<unit>[^\d%‰]{0,4})$"
)


def _percent_between_levels(value: Value | None) -> tuple[Quantity, str] | None:
    """A change from one level of a count or an amount to another, in % of the first.

    Against a target for a change in % (``下降5%``), ``由120起下降到110起`` is a fall of
    8.33 %. Levels that are rates (``由12%下降到11%``) are left to the target's reading:
    their change in % is not their change in points.

    >>> from perftrack import parse_value
    >>> _percent_between_levels(parse_value("从200人增加到230人"))[0].value
    Decimal('15.00')
    >>> _percent_between_levels(parse_value("由12%下降到11%")) is None
    True
    """
    if not isinstance(value, (Quantity, TextValue)):
        return None
    text = _normal(value.text)
    if "由" not in text and "从" not in text:
        return None
    found = _COUNT_LEVELS_RE.search(text)
    if found is None or found.group("start_unit") not in ("", found.group("unit")):
        return None
    start, end = Decimal(found.group("start")), Decimal(found.group("end"))
    if start <= 0 or end == start or (end < start) != (found.group("verb") in _FALLING_VERBS):
        return None  # 由0起: no base; 由120起增加到110起: the words and the figures disagree
    change = ((end - start) * _HUNDRED / start).quantize(_TWO_PLACES, ROUND_HALF_UP)
    word = "增长" if change > 0 else "下降"
    shown = f"{found.group()}（{word}{format(abs(change).normalize(), 'f')}%）"
    return Quantity(change, "%", text=value.text), shown


def _bare_points_change(value: Value | None, target: Comparison | Range) -> _Change | None:
    """Two levels of a rate against a change in 个百分点 with no direction word.

    ``≥0.2个百分点`` against ``从62.1%提高至62.4%`` is a rise of 0.3 个百分点, as against
    ``提高≥0.2个百分点``: a bare figure in points asks for a rise. None otherwise.

    >>> from perftrack import parse_target, parse_value
    >>> found = _bare_points_change(parse_value("从62.1%提高至62.4%"), parse_target("≥0.2个百分点"))
    >>> found.quantity.value, found.opposite
    (Decimal('0.3'), False)
    """
    if target.label is not None or target.unit not in ("个百分点", "百分点"):
        return None
    if isinstance(target, Comparison) and target.value < 0:
        return None
    levels = _points_between_levels(value)
    if levels is None:
        return None
    quantity, shown = levels
    return _Change(quantity, shown, quantity.value < 0)


def _points_between_levels(value: Value | None) -> tuple[Quantity, str] | None:
    """A change from one level of a rate to another, in percentage points, or None.

    Against a target in 个百分点 (``提高0.2个百分点``), ``由45.5%提高到45.8%`` is a rise
    of 0.3 个百分点: the difference of the two levels the cell states.

    >>> from perftrack import parse_value
    >>> _points_between_levels(parse_value("由45.5%提高到45.8%"))[0].value
    Decimal('0.3')
    >>> _points_between_levels(parse_value("45.5%提高到45.8%"))[0].value
    Decimal('0.3')
    """
    if not isinstance(value, (Quantity, TextValue)) or "%" not in (text := _normal(value.text)):
        return None
    found = _LEVELS_RE.search(text)
    if found is None:
        return None
    start, end = Decimal(found.group("start")), Decimal(found.group("end"))
    difference = end - start
    if (difference < 0) != (found.group("verb") in _FALLING_VERBS) or difference == 0:
        return None  # 由45%提高到40%: the words and the figures disagree
    word = "提高" if difference > 0 else "下降"
    shown = f"{found.group()}（{word}{format(abs(difference), 'f')}个百分点）"
    return Quantity(difference, "个百分点", text=value.text), shown


def _states_a_change(target: Descriptive, name: str, year: int | None) -> bool:
    """Whether a descriptive target states a change with its figure (``较上年增长5%``).

    Such a target is measured against last year's figure: no ``target-not-measurable``.

    >>> _states_a_change(Descriptive("比2023年下降5%"), "单位能耗", 2024)
    True
    >>> _states_a_change(Descriptive("≥上年水平"), "接诊量", 2024)
    False
    """
    found = _change_match(target.text or target.description, name, target=True, year=year)
    return found is not None and Decimal(found.group("number")) != 0


# A grade where the first is the best: a prize (二等奖以上) or a water class (Ⅲ类及以上,
# 水质达到二类标准). 级 is left out: 三级 is the top of hospitals, 一级 of roads.
_ROMAN: Final = "\u2160\u2161\u2162\u2163\u2164\u2165"  # the Roman numerals 1 to 6 of water classes
_GRADE_NUMERALS: Final = f"一二三四五六七八九十{_ROMAN}123456789"
_GRADE_RE: Final = re.compile(
    f"(?P<head>.*?)(?P<number>[{_GRADE_NUMERALS}])(?P<kind>等奖|类)(?:及以上|以上|或以上)?"
    "(?P<tail>.*)"
)
_GRADE_RANKS: Final = {
    **{numeral: rank for rank, numeral in enumerate("一二三四五六七八九十", start=1)},
    **{numeral: rank for rank, numeral in enumerate(_ROMAN, start=1)},
    **{str(rank): rank for rank in range(1, 10)},
}
# Roman numerals typed as Latin letters (III类, IV类, 劣V类, II-III类): the classes 1 to 5, only
# as a whole run of capitals right before 类 (or before a range's second numeral and 类).
_LATIN_NUMERAL: Final = "III|II|IV|I|V"
_LATIN_CLASS_RE: Final = re.compile(
    f"(?<![A-Za-z])({_LATIN_NUMERAL})(?=(?:[-~至到、](?:{_LATIN_NUMERAL}))?类)"
)
_LATIN_ROMAN: Final = MappingProxyType(
    {"I": "\u2160", "II": "\u2161", "III": "\u2162", "IV": "\u2163", "V": "\u2164"}
)


def _roman_classes(text: str) -> str:
    """*text* with Roman numerals typed as Latin letters before 类 as the Roman characters.

    >>> _roman_classes("达到III类"), _roman_classes("劣V类"), _roman_classes("VI类")
    ('达到Ⅲ类', '劣Ⅴ类', 'VI类')
    """
    if "类" not in text or ("I" not in text and "V" not in text):
        return text
    return _LATIN_CLASS_RE.sub(lambda found: _LATIN_ROMAN[found.group(1)], text)


def _grade_of_text(text: str, *, water: bool) -> tuple[int, str] | None:
    """A prize or water class in *text*: its rank (1 the best) and kind."""
    found = _GRADE_RE.fullmatch(_roman_classes(_normal(text)))
    if found is None:
        return None
    kind = found.group("kind")
    if kind == "类" and not water:
        return None  # 分3类, 完成3类培训: kinds of something, no class
    return _GRADE_RANKS[found.group("number")], kind


# Each grade an actual says: 劣五类 (worse than class 5), a range (Ⅱ-Ⅲ类: its worse end), a class
# or a prize. A digit only alone (12类 is no class 2).
_GRADE_SAID_RE: Final = re.compile(
    f"(?P<worst>劣)?(?:(?P<first>[{_GRADE_NUMERALS}])[-~至到、])?"
    f"(?<![0-9])(?P<number>[{_GRADE_NUMERALS}])(?P<kind>等奖|类)"
)
# No prize at all (未获奖, 没有获得奖项): a prize target missed.
_NO_PRIZE_RE: Final = re.compile(
    "(?:尚|仍)?(?:未|没有|没)(?:能)?(?:获得|获|评上)(?:任何)?奖(?:项|励)?"
)
# Words that say at least the grade after them (不低于Ⅲ类): read as 达到.
_AT_LEAST_GRADE_RE: Final = re.compile("不低于|不劣于|不差于|不次于|不逊于")
# A forecast, a plan or an aim (预计达到Ⅲ类, 力争达到Ⅲ类, 预计获一等奖): no result.
_GRADE_FORECAST_RE: Final = re.compile("预计|预期|预估|拟|有望|可望|力争|争取")
# A reach denied (未达到Ⅲ类, 达不到Ⅲ类, 尚未达到, 未能稳定达到, 未获二等奖): the grade after
# it is not reached. 稳定 (or 全部, 全年…) after the negation denies only that it always was.
_GRADE_DENIED_RE: Final = re.compile(
    "(?:尚|仍|还)?(?:未|没有|没|不|无法|难以)(?:能够|能|曾|会)?"
    "(?P<steady>稳定|持续|全部|全面|完全|全年|均)?"
    "(?:达到|达|获得|获|评为|评上|满足|符合|进入|实现|为|是)"
    "|达不到|达不了|(?:未|不|没有)(?:达标|合格)|不合格"
)
# Worse than the grade after it (劣于Ⅲ类, 低于二等奖) or before it (Ⅲ类以下).
_GRADE_WORSE_BEFORE_RE: Final = re.compile("劣于|低于|差于|次于|逊于|不如|不及")
_GRADE_WORSE_AFTER: Final = ("以下", "之下")
# A part of the time or of the sites (部分月份, 个别月份, 除汛期外, 基本, 接近, 11个月).
_GRADE_PART_RE: Final = re.compile(
    "部分|个别|少数|多数|大部|局部|基本|接近|仅|偶有|偶尔|除.*外"
    "|(?<![0-9])(?:[1-9]|1[01])个月|(?:[一二三四五六七八九]|十[一]?)个月"
    # a share of the sites or samples short of all (80%达到Ⅲ类; 100% is all)
    r"|(?<![0-9.])(?:[0-9]{1,2})(?:\.[0-9]+)?%"
)
# What else a cell that states a grade may hold (达到, 获得, 全年均值, 标准, （达标）) and the
# words of its parts (个别月份, 1个月为): anything more leaves the rule, unless it is a word
# of the target or the indicator's name (获省级一等奖 against 省级二等奖以上).
_GRADE_NEUTRAL_WORDS: Final = (
    *("达到或优于", "达到或好于", "优于或达到", "好于或达到", "及以上", "或以上", "以上"),
    *("达到", "保持在", "保持", "稳定在", "稳定", "均值", "均为", "均", "全部", "已经", "已"),
    *("为", "达", "获得", "荣获", "获", "取得", "被评为", "评定为", "评为", "属于", "属"),
    *("优于", "好于", "是", "达标", "标准", "水平", "水质", "地表水", "海水", "地下水"),
    *("断面", "水体", "全年", "年度", "年均值", "年均", "平均", "总体", "整体", "监测"),
    *("类别", "等级", "等次", "级别", "水", "部分", "个别", "少数", "多数", "大部分", "大部"),
    *("局部", "基本", "接近", "仅", "偶有", "偶尔", "除", "外", "其余", "其他", "其中"),
    *("月份", "个月", "月", "汛期", "枯水期", "丰水期", "时段", "季度"),
    # 持续保持Ⅲ类, 3个断面均达到Ⅲ类, 获一等奖1项、二等奖2项, 100%达到Ⅲ类
    *("持续", "始终", "一直", "个", "项", "次", "处", "条", "%"),
)
_GRADE_NEUTRAL_RE: Final = re.compile(
    "|".join(sorted(_GRADE_NEUTRAL_WORDS, key=len, reverse=True))
    + r"|[0-9一二三四五六七八九十]+|[,;、()。.:\s~～\-至到]"
)
# The level of a prize (获省级二等奖): a word of its own where the target names no level
# (获二等奖以上), else the target's to compare (市级一等奖 is no 省级二等奖以上).
_PRIZE_LEVELS: Final = (
    *("国家级", "省部级", "省级", "地市级", "市级", "州级", "县级", "区级", "校级"),
    *("全国", "全省", "全市", "全县"),
)


class _GradeSaid(NamedTuple):
    """What an actual says of a prize or water class, for :func:`_graded`."""

    ranks: tuple[int, ...]  # each grade said (a range by its worse end)
    denied: int | None  # the grade said not reached or worse than (0: a bare 未达标)
    part: bool  # a part of the time or of the sites, or 未能稳定
    forecast: bool  # 预计, 力争: no result
    plain: bool  # nothing but grades, neutral and part words, or the target's own words


def _grade_said(text: str, kind: str, own: str) -> _GradeSaid | None:
    """What *text* says of grades of *kind* (等奖 or 类), or None when it states none.

    ``未获奖`` (no prize at all) says a prize target is missed.
    *own* is the target and the indicator's name, whose words a cell may repeat.

    >>> _grade_said("未达到Ⅲ类", "类", "断面水质达到Ⅲ类")
    _GradeSaid(ranks=(3,), denied=3, part=False, forecast=False, plain=False)
    >>> _grade_said("Ⅲ类，个别月份IV类", "类", "")
    _GradeSaid(ranks=(3, 4), denied=None, part=True, forecast=False, plain=True)
    """
    text = _AT_LEAST_GRADE_RE.sub("达到", _roman_classes(_normal(text)))
    grades = [found for found in _GRADE_SAID_RE.finditer(text) if found.group("kind") == kind]
    if not grades:
        if kind == "等奖" and _NO_PRIZE_RE.fullmatch(text) is not None:
            return _GradeSaid((), 0, part=False, forecast=False, plain=False)  # 未获奖
        return None
    ranks = []
    for found in grades:
        rank = _GRADE_RANKS[found.group("number")]
        if found.group("first"):
            rank = max(rank, _GRADE_RANKS[found.group("first")])  # Ⅱ-Ⅲ类: at worst Ⅲ
        if found.group("worst") and kind == "类":
            rank += 1  # 劣五类: worse than class 5
        ranks.append(rank)
    denied: int | None = None
    part = _GRADE_PART_RE.search(text) is not None
    if (negation := _GRADE_DENIED_RE.search(text)) is not None:
        after = [
            rank
            for found, rank in zip(grades, ranks, strict=True)
            if found.start() >= negation.end()
        ]
        denied = after[0] if after else 0
        part = part or negation.group("steady") is not None
    elif (worse := _GRADE_WORSE_BEFORE_RE.search(text)) is not None:
        after = [
            rank for found, rank in zip(grades, ranks, strict=True) if found.start() >= worse.end()
        ]
        denied = after[0] if after else None
    else:
        for found, rank in zip(grades, ranks, strict=True):
            rest = text[found.end() :].lstrip("标准水质体")
            if rest.startswith(_GRADE_WORSE_AFTER):
                denied = rank
                break
    # a forecast word is judged apart (the forecast rule; the 全年预计 column's own word)
    leftover = _GRADE_NEUTRAL_RE.sub(
        "|", _GRADE_FORECAST_RE.sub("|", _GRADE_SAID_RE.sub("|", text))
    )
    levels = () if any(level in own for level in _PRIZE_LEVELS) else _PRIZE_LEVELS
    plain = all(
        piece in own or (kind == "等奖" and piece in levels)
        for piece in leftover.split("|")
        if piece
    )
    forecast = _GRADE_FORECAST_RE.search(text) is not None
    return _GradeSaid(tuple(ranks), denied, part, forecast, plain)


def _graded(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A prize or water class against its target: ``三等奖`` misses ``二等奖以上``.

    The first is the best: ``一等奖`` meets ``二等奖以上`` and ``二等奖`` (better than
    asked), ``Ⅱ类`` meets ``Ⅲ类及以上`` (a class only where water is named, in the
    target or the indicator's name; ``III类`` typed in Latin letters is ``Ⅲ类``).
    Ranked only when the grade is what the actual says: a forecast (``预计达到Ⅲ类``)
    is no result; a reach denied or a worse grade said (``未达到Ⅲ类``, ``劣于Ⅲ类``,
    ``Ⅲ类以下``) misses a target at that grade or better; a part (``部分月份未达到Ⅲ类``,
    ``基本达到Ⅲ类``, ``Ⅲ类，个别月份Ⅳ类``) is partial. None when either is no such grade,
    they are of two kinds, or the actual says more than a grade (``获得一等奖提名``).
    """
    if "奖" not in target.description and "类" not in target.description:
        return None
    water = "水" in ctx.indicator.name + target.description
    bar = _grade_of_text(target.description, water=water)
    if bar is None:
        return None
    said: _GradeSaid | None
    if isinstance(actual, Quantity) and actual.unit == "类" and actual.status is None:
        # 2类: a count to the value language, the class where water is named
        value = actual.value
        whole = bar[1] == "类" and value == value.to_integral_value()
        said = (
            _GradeSaid((int(value),), None, part=False, forecast=False, plain=True)
            if whole
            else None
        )
    elif isinstance(actual, (TextValue, StatusValue, QualitativeValue)) or (
        # 获三等奖2项: a count of prizes of a grade, the grade judged
        isinstance(actual, Quantity) and actual.label and bar[1] in actual.label
    ):
        # 未达到三类 is a status, Ⅲ类（达标） a word of conformity: the cell as written
        text = actual.text or _text(actual)
        said = _grade_said(text, bar[1], f"{target.description}|{ctx.indicator.name}")
    else:
        return None
    if said is None:
        return None
    return _grade_outcome(said, bar[0], target, _text(actual), ctx)


def _grade_outcome(
    said: _GradeSaid, bar: int, target: Descriptive, shown: str, ctx: _Context
) -> _Outcome | None:
    """The verdict on what an actual says of grades (:func:`_grade_said`) against *bar*."""
    say = ctx.say
    below = (
        say(
            f"实际“{shown}”低于“{target.description}”，距年底尚有时间",
            f"actual “{shown}” is below “{target}”; there is still time",
        ),
        say(f"实际“{shown}”低于“{target.description}”", f"actual “{shown}” is below “{target}”"),
    )
    if said.forecast and not ctx.forecasting:
        # 预计达到Ⅲ类, 力争达到Ⅲ类: the forecast rule (a label of 预计 before a figure)
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{shown}”为预计数，不是实际完成值，截止日期未到",
                    f"actual “{shown}” is a forecast, no result; not due",
                ),
            )
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为预计数，不是实际完成值，无法判断是否达到年度指标",
                f"actual “{shown}” is a forecast, no result: the target cannot be judged",
            ),
        )
    if said.denied is not None:
        if said.denied and said.denied < bar:
            return None  # 未达到Ⅰ类 against Ⅲ类: it may still be Ⅱ or Ⅲ
        if said.part:
            return _partly(ctx, shown, target)  # 部分月份未达到Ⅲ类, 未能稳定达到Ⅲ类
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”，未达到“{target.description}”，距年底尚有时间",
                f"actual “{shown}” misses “{target}”; there is still time",
            ),
            say(
                f"实际“{shown}”，未达到“{target.description}”",
                f"actual “{shown}” misses “{target}”",
            ),
        )
    if not said.plain:
        return None  # 获得一等奖提名, 二等奖（申报中）: more than a grade, the reviewer's
    if min(said.ranks) > bar:
        return _pending_or_not_met(ctx, *below)  # every grade said is below the target
    if max(said.ranks) > bar or (said.part and len(set(said.ranks)) == 1):
        return _partly(ctx, shown, target)  # Ⅱ类（1月份为Ⅳ类）, 基本达到Ⅲ类
    return _meets(ctx, shown, target)


# A year named as a baseline: after a comparison word or an operator (比2022年, 低于2022年).
_BASE_YEAR_RE: Final = re.compile(r"(?<=[比较与于过≥≤<>])((?:19|20)\d{2})年")


def _shared_base(target: Descriptive, actual: Value, year: int | None) -> int | None:
    """The year a relative target and its actual both name as their baseline, if any.

    ``不低于2022年`` against ``低于2022年`` compares with the same year on both sides,
    whatever the table's year (the year before it is read as 上年 already).

    >>> _shared_base(Descriptive("不低于2022年"), TextValue("低于2022年"), 2024)
    2022
    >>> _shared_base(Descriptive("不低于2022年"), TextValue("低于2021年"), 2024) is None
    True
    """
    named = set(_BASE_YEAR_RE.findall(_normal(target.text or target.description)))
    if len(named) != 1:
        return None
    base = int(named.pop())
    if year is not None and base == year - 1:
        return None  # last year: read as 上年 already
    said = _normal(actual.text or (actual.description if isinstance(actual, TextValue) else ""))
    return base if str(base) in _BASE_YEAR_RE.findall(said) else None


_AT_LEAST_SIGNS: Final = frozenset("≥>")
_CHANGE_STARTS: Final = frozenset("较比逐同")


def _relative_target(
    target: Descriptive, actual: Value, name: str, year: int | None
) -> Target | None:
    """A target against last year that a change stated in the actual can be judged by.

    ``较上年增长4.8%`` is a rise of 4.8 % (against ``较上年增长6%``), ``不低于上年`` and
    ``≥上年水平`` a change of at least 0 % (against ``较上年减少3.5%`` or ``低于上年``),
    ``同比下降`` the word 下降. A target with a figure (or none) is used only when the
    actual reads as a change; otherwise it stays prose.
    """
    raw, written = target.description, target.text or target.description
    if raw[:1] in _AT_LEAST_SIGNS and raw[1:2] in _CHANGE_STARTS:
        # ≥较上年增长, ≥逐年提高: at least the change the words say, which is that change
        raw, written = raw[1:], _normal(written)[1:]
    # 逐年提高, 逐年下降: this year against last, as every year: 高于上年 (低于上年)
    yearly = voc.CHANGE_WORDS.get(raw[2:]) if raw.startswith("逐年") else None
    if (
        yearly is None
        and "比" not in raw
        and "较" not in raw
        and "上年" not in raw
        and "去年" not in raw
        and (year is None or f"{year - 1}年" not in raw)
    ):
        return None  # most prose: no baseline (同比, 比上年, 较上年), nothing to normalise
    text = _last_year_named(_normal(written), year)
    found = _change_match(text, name, target=True)
    # 森林覆盖率不低于上年 on 森林覆盖率: the bare form after the indicator's own subject
    bare = text if found is not None else _own_subject_dropped(text, name, _UNSTATED_TARGET_RE)
    relative: Comparison | Range | None = None
    ranged = _STATED_RANGE_RE.fullmatch(text) if found is None and text[-1:] in "%点" else None
    if ranged is not None:
        # 同比增长5%至8%: the change 增长5-8% (as the parser reads 增长5%-8%)
        low, high = Decimal(ranged.group("low")), Decimal(ranged.group("high"))
        if ranged.group("low_unit") not in (None, ranged.group("unit")) or high < low:
            return None
        relative = Range(
            low, high, ranged.group("unit"), label=ranged.group("verb"), text=target.text
        )
    elif found is not None and Decimal(found.group("number")) != 0:
        # 同比增长5%左右 is the change 增长5% (as 增长5%左右 is); 同比+5% a rise
        number, verb = Decimal(found.group("number")), found.group("verb") or "增长"
        op = _STATED_OPS.get(found.group("op") or found.group("suffix") or "", _Op.EQ)
        if number < 0 and op is _Op.EQ:
            # 同比增长-2%: the fall 下降2% (as the parser reads 增长-2%)
            number, verb = -number, "下降" if verb in _RISING_VERBS else "增长"
        relative = Comparison(op, number, found.group("unit"), label=verb, text=target.text)
        if isinstance(actual, Quantity) and actual.label is None and actual.status is None:
            return relative  # 6% against 同比增长5%: the change in its direction, as 下降10%
    elif yearly is not None:
        op = _Op.GT if yearly > 0 else _Op.LT
        relative = Comparison(op, Decimal(0), "%", label="增长", text=target.text)
    elif _NOT_BELOW_BASELINE_RE.fullmatch(text := bare):
        # 森林覆盖率不低于上年, 单位成本不高于上年 on a 单位成本 row: the bare form after
        # the row's own subject
        relative = Comparison(_Op.GE, Decimal(0), "%", label="增长", text=target.text)
    elif _NOT_ABOVE_BASELINE_RE.fullmatch(text):
        relative = Comparison(_Op.LE, Decimal(0), "%", label="增长", text=target.text)
    elif _ABOVE_BASELINE_RE.fullmatch(text):
        relative = Comparison(_Op.GT, Decimal(0), "%", label="增长", text=target.text)
    elif _BELOW_BASELINE_RE.fullmatch(text):
        relative = Comparison(_Op.LT, Decimal(0), "%", label="增长", text=target.text)
    else:
        direction = _BASELINE_DIRECTION_RE.fullmatch(text)
        if direction is not None:
            verb = direction.group("verb")
            family = "improvement" if verb in _RISING_VERBS else "decrease"
            return QualitativeTarget(verb, family, text=target.text)
        return None
    change = _as_change(actual, relative, name, year)
    if change is None:
        return None
    if (
        isinstance(relative, Comparison)
        and relative.value == 0
        and _factors(relative.unit, change.quantity.unit) is None
    ):
        # 不低于上年 against 较上年提高0.3个百分点: a bar of 0 is met or missed by the
        # sign of the change, whatever its unit (个百分点, ‰)
        return evolve(relative, unit=change.quantity.unit)
    return relative


def _as_judged(indicator: Indicator, policy: Policy, year: int | None) -> Indicator:
    """*indicator* with its target as its verdict judges it (see :func:`_judged_target`)."""
    target = _judged_target(indicator, policy, year)
    return indicator if target is indicator.target else evolve(indicator, target=target)


def _judged_target(indicator: Indicator, policy: Policy, year: int | None) -> Target | None:
    """The indicator's target as its verdict judges it, for the points and the direction.

    A relative target judged as a change (``比上年下降5%`` against ``比上年下降4%``,
    ``不低于上年`` against ``较上年增长2%``) is the comparison it is judged as
    (``下降5%``, ``增长≥0%``; see :func:`_relative_target`); any other target, and a
    relative target judged as a word (``同比下降``), is itself.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator(
    ...     "单位能耗", target=parse_target("比2023年下降5%"), actual=parse_value("下降4%")
    ... )
    >>> str(_judged_target(row, Policy.central(), 2024))
    '下降=5(%)'
    """
    target, actual = indicator.target, indicator.actual
    if not isinstance(target, Descriptive) or actual is None:
        return target
    if not isinstance(_policy_target(target, policy), Descriptive):
        return target  # a word of a family the policy added (无误): judged as that word
    relative = _relative_target(target, _policy_value(actual, policy), indicator.name, year)
    return relative if isinstance(relative, (Comparison, Range)) else target


# A change said in words only: [baseline] [degree] direction word (略有下降, 同比上升,
# 逐步升高), or no change (持平, 基本持平, 与上年持平, 无明显变化).
_DEGREES: Final = "|".join(
    sorted({*voc.DEGREE_WORDS, *_SLIGHT_DEGREES, "逐年", "快速"}, key=len, reverse=True)
)
_WORDS_OF_CHANGE: Final = "|".join(voc.CHANGE_WORDS)
# Idioms of a change: 不降反升 (not down but up), 止跌回升, 稳中有升; 回落 is a fall.
_RISING_IDIOMS: Final = frozenset({"不降反升", "止跌回升", "稳中有升", "不减反增"})
_FALLING_IDIOMS: Final = frozenset({"不升反降", "稳中有降", "不增反减", "回落", "下滑"})
_WORDED_CHANGE_RE: Final = re.compile(
    rf"(?P<subject>{_LATIN_LABEL}?[\u3400-\u9fff]{{0,12}}?)"
    f"(?:{_CHANGE_BASE_RE.pattern})?"
    f"(?:(?P<degree>{_DEGREES})?(?P<verb>{_WORDS_OF_CHANGE}|回落|下滑)了?(?:明显|显著)?"
    f"|(?P<idiom>{'|'.join(_RISING_IDIOMS | _FALLING_IDIOMS - {'回落', '下滑'})})"
    f"|(?P<flat>(?:与{_BASELINE})?(?:基本)?(?:持平|稳定)|保持(?:基本)?(?:稳定|平稳)|变化不大"
    f"|(?:基本)?(?:无|没有)(?:明显)?变化|(?:没有|没)(?P<negated>{_WORDS_OF_CHANGE})))"
)


def _worded_change(
    actual: Value, name: str, year: int | None, want: int | None = None
) -> tuple[int, str | None] | None:
    """A text value that says its change in words: ``略有下降`` is ``(-1, "略有")``.

    The sign of the direction word (``vocabulary.CHANGE_WORDS``: 上升 and 升高 are
    rises, 缩短 and 回落 falls; idioms such as 不降反升 and 稳中有降) and the degree
    word before it; ``(0, None)`` for no change (``持平``, ``保持稳定``, ``无明显变化``,
    ``没有提高`` against a rise, *want* 1: a change the other way not made says
    nothing). A subject before it must be a part of the indicator's *name*
    (``近视率略有上升`` on 学生近视率). None for any other value.

    >>> _worded_change(TextValue("略有下降"), "发病率", 2024)
    (-1, '略有')
    >>> _worded_change(TextValue("基本持平"), "发病率", 2024)
    (0, None)
    """
    if not isinstance(actual, TextValue) or len(actual.description) > 16:  # noqa: PLR2004
        return None
    found = _WORDED_CHANGE_RE.fullmatch(_last_year_named(_normal(actual.description), year))
    if found is None:
        return None
    subject = found.group("subject")
    if subject and not _own_subject(subject, name):
        return None
    negated = found.group("negated")
    if negated and (want is None or voc.CHANGE_WORDS[negated] != want):
        return None  # 没有上升 against 下降: it may have fallen, or stayed
    if found.group("flat"):
        return 0, None
    idiom = found.group("idiom")
    if idiom:
        return (1 if idiom in _RISING_IDIOMS else -1), None
    verb = found.group("verb")
    sign = -1 if verb in _FALLING_IDIOMS else voc.CHANGE_WORDS[verb]
    return sign, found.group("degree")


# A target of no change: 持平, 与上年持平, 同比基本持平, 保持稳定 (a level held).
_FLAT_TARGET_RE: Final = re.compile(
    rf"(?:(?:与|较|比){_BASELINE}(?:相比)?|同比)?(?:基本|保持)?持平|保持(?:基本)?(?:稳定|平稳)"
)


def _is_flat_target(target: Target | None, year: int | None, name: str = "") -> bool:
    """Whether *target* asks for no change (``持平``, ``与上年持平``, ``保持稳定``).

    After the indicator's own subject too, given its *name* (``森林覆盖率保持稳定``).

    >>> (
    ...     _is_flat_target(Descriptive("与2023年持平"), 2024),
    ...     _is_flat_target(Descriptive("稳定"), 2024),
    ... )
    (True, False)
    """
    if not isinstance(target, Descriptive) or (
        "持平" not in target.description and "保持" not in target.description
    ):
        return False
    text = _last_year_named(_normal(target.description), year)
    return _FLAT_TARGET_RE.fullmatch(_own_subject_dropped(text, name, _FLAT_TARGET_RE)) is not None


def _holds_level(actual: Value, name: str, year: int | None) -> bool:
    """Whether *actual* says there was no change: ``持平``, ``基本持平``, ``增长0%``.

    Words of no change (as :func:`_worded_change` reads them, but not ``没有提高``,
    which says no rise, not no change), or a change of exactly 0 in a rate's unit
    (``0%``, ``增长0%``, ``同比增长0%``, ``0个百分点``). A change of any other size
    (``增长0.5%``) is not read as 持平: where 持平 ends is the reviewer's to say.
    """
    if isinstance(actual, TextValue) and _worded_change(actual, name, year) == (0, None):
        return _NO_CHANGE_RE.search(_normal(actual.description)) is None
    signed = _signed_change(actual, name, year)
    quantity = (
        signed[0]
        if signed is not None
        else actual
        if isinstance(actual, Quantity) and actual.label is None  # 0%, not 达标率0%
        else None
    )
    return (
        quantity is not None
        and quantity.value == 0
        and quantity.bound is _Bound.EXACT
        and quantity.status is None
        and quantity.unit in _RATE_UNITS
    )


def _judge_flat(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome:
    """A target of no change (持平): met by an actual of no change, else for a reviewer."""
    say = ctx.say
    shown, goal = _text(actual), _text(target)
    if _holds_level(actual, ctx.indicator.name, ctx.year):
        return _Outcome(
            _Attainment.MET,
            say(f"实际“{shown}”，达到年度指标“{goal}”", f"actual “{shown}” meets “{goal}”"),
        )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"年度指标为“{goal}”，实际“{shown}”是否属持平需人工判断",
            f"the target is “{goal}”: whether “{shown}” holds the level is for a reviewer",
        ),
    )


def _meets(ctx: _Context, shown: str, target: Target) -> _Outcome:
    """The actual *shown* meets a target of words (a family word, a grade, a change said)."""
    return _Outcome(
        _Attainment.MET,
        ctx.say(f"实际“{shown}”，达到“{target}”", f"actual “{shown}” meets “{target}”"),
    )


def _partly(ctx: _Context, shown: str, target: Target) -> _Outcome:
    """The actual *shown* reaches part of a target of words (基本健全, 有所提升)."""
    return _Outcome(
        _Attainment.PARTIAL,
        ctx.say(f"实际“{shown}”，部分达到“{target}”", f"actual “{shown}”: partly “{target}”"),
    )


def _opposite_outcome(ctx: _Context, shown: str, target: QualitativeTarget) -> _Outcome:
    """An actual that went the other way from the target's direction or word."""
    say = ctx.say
    return _pending_or_not_met(
        ctx,
        say(
            f"实际“{shown}”与年度指标“{target}”相反，距年底尚有时间",
            f"actual “{shown}” is the opposite of “{target}”; there is still time",
        ),
        say(f"实际“{shown}”，未达到“{target}”", f"actual “{shown}” misses “{target}”"),
    )


def _worded_outcome(
    worded: tuple[int, str | None],
    family: str,
    shown: str,
    target: QualitativeTarget,
    ctx: _Context,
) -> _Outcome:
    """A change said in words (略有下降, 上升, 持平) against 提升 or 下降."""
    say = ctx.say
    sign, degree = worded
    if sign == 0:
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”，尚未{target.word}，距年底尚有时间",
                f"actual “{shown}”: no change yet; there is still time",
            ),
            say(f"实际“{shown}”，未达到“{target}”", f"actual “{shown}” misses “{target}”"),
        )
    if (sign > 0) != (family == "improvement"):
        return _opposite_outcome(ctx, shown, target)
    if target.degree in _STRONG_DEGREES and degree in _WEAK_DEGREES:
        return _partly(ctx, shown, target)
    return _meets(ctx, shown, target)


def _judge_qualitative(target: QualitativeTarget, actual: Value, ctx: _Context) -> _Outcome:
    say = ctx.say
    policy = ctx.policy
    shown = _text(actual)
    family = policy.family_of(target.word) or target.family
    status = _status_of(actual)
    change = (
        _stated_change(actual, ctx.indicator.name, ctx.change_year)
        if family in ("improvement", "decrease") and target.degree not in _STRONG_DEGREES
        else None
    )
    if change is not None:
        # 较上年提高1.5个百分点 against 提高: the figure says the change happened, and
        # which way; a marked change (显著提升) asks more than a figure shows
        if change == family:
            return _meets(ctx, shown, target)
        return _opposite_outcome(ctx, shown, target)
    worded = (
        _worded_change(
            actual, ctx.indicator.name, ctx.change_year, 1 if family == "improvement" else -1
        )
        if family in ("improvement", "decrease")
        else None
    )
    if worded is not None:
        return _worded_outcome(worded, family, shown, target, ctx)
    if (
        family not in ("improvement", "decrease")
        and not (isinstance(actual, QualitativeValue) and actual.partial)  # 基本健全: below
        and (degreed := _degree_of_word(target, actual, ctx.say))
    ):
        return degreed  # 较及时, 较为完善, 比较及时 against 及时, 完善: as 较满意 against 满意
    if isinstance(actual, QualitativeValue):
        actual_family = policy.family_of(actual.word) or actual.family
        if actual.negated or _opposite(family, actual, policy):
            return _opposite_outcome(ctx, shown, target)
        if (
            actual.partial
            # 逐步完善 against 逐步完善 or 进一步完善: a target of work going on is met by it
            and not (actual.degree in voc.GRADUAL_DEGREES and target.degree in _ONGOING_DEGREES)
            # 初步建立 against 初步建立, 基本满足 against 基本满足: the target asks no more
            and target.degree not in voc.PARTIAL_DEGREES
        ) or (target.degree in _STRONG_DEGREES and actual.degree in _WEAK_DEGREES):
            # 基本健全, 逐步完善; 有所提升 against 显著提升: a weaker degree reaches part of it
            return _partly(ctx, shown, target)
        # Grades compare by rank whatever the target's family: 良好 is above 合格, which
        # is both a grade and a word of conformity.
        bar, got = _rank(target.minimum or target.word), _rank(actual.word)
        if bar is not None and got is not None:
            if got > bar or (got == bar and not target.strict):
                return _meets(ctx, shown, target)
            if actual.minimum is not None:
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"实际“{shown}”只给出下限，不能判断是否达到“{target}”",
                        f"actual “{shown}” gives only a floor; whether it reaches “{target}”"
                        " cannot be told",
                    ),
                )
            return _pending_or_not_met(
                ctx,
                say(
                    f"实际“{shown}”低于“{target}”，距年底尚有时间",
                    f"actual “{shown}” is below “{target}”; there is still time",
                ),
                say(f"实际“{shown}”低于“{target}”", f"actual “{shown}” is below “{target}”"),
            )
        if actual_family == family and family != "zero":
            return _meets(ctx, shown, target)
        if family == "zero" and actual_family == "zero":
            return _meets(ctx, shown, target)
    if status is _Status.NOT_DONE:
        return _pending_or_not_met(
            ctx,
            say(f"实际“{shown}”，尚未完成，距年底尚有时间", f"actual “{shown}”: not done yet"),
            say(f"实际“{shown}”，未达到“{target}”", f"actual “{shown}” misses “{target}”"),
        )
    if status is _Status.PARTIAL:
        return _Outcome(
            _Attainment.PARTIAL, say(f"实际“{shown}”，部分完成", f"actual “{shown}”: partly done")
        )
    if status is _Status.IN_PROGRESS:
        return _pending_or_not_met(
            ctx,
            say(f"实际“{shown}”，尚在进行", f"actual “{shown}”: under way"),
            say(f"实际“{shown}”，年底仍未完成", f"actual “{shown}”: not done by year end"),
        )
    if status is _Status.DONE:
        return _Outcome(_Attainment.MET, say(f"实际“{shown}”，已完成", f"actual “{shown}”: done"))
    if family == "zero":
        quantity = _quantity_of(actual)
        if quantity is not None:
            if quantity.value == 0 and quantity.bound in (_Bound.EXACT, _Bound.AT_MOST):
                return _Outcome(
                    _Attainment.MET,
                    say(f"实际{shown}，达到“{target}”", f"actual {shown} meets “{target}”"),
                )
            if quantity.value > 0 and quantity.bound in (
                _Bound.EXACT,
                _Bound.AT_LEAST,
                _Bound.MORE_THAN,
            ):
                return _Outcome(
                    _Attainment.NOT_MET,
                    say(
                        f"实际{'' if shown.startswith('发生') else '发生'}{shown}，未达到“{target}”",
                        f"actual {shown}: “{target}” is broken",
                    ),
                )
    return _Outcome(
        _Attainment.UNKNOWN,
        say(
            f"实际“{shown}”无法与年度指标“{target}”对照",
            f"actual “{shown}” cannot be matched to “{target}”",
        ),
    )


# ---------------------------------------------------------------------------
# §3: the rules in order


# Degrees that bring a word below itself (较满意, 基本稳定, 较为完善 against 满意, 稳定,
# 完善) or keep it at least as strong (非常满意, 十分稳定), and the overall ones of
# official writing, which affirm it (总体稳定, 大体完善: met).
_WEAKER_DEGREES: Final = frozenset({"基本", "基本上", "较", "较为", "比较", "相对"})
_STRONGER_DEGREES: Final = frozenset({"非常", "很", "十分", "特别", "完全", "高度", "更加"})
_OVERALL_DEGREES: Final = frozenset({"总体", "总体上", "整体", "大体", "大体上"})
# A word a degree may qualify: a few characters of Chinese, no figure.
_DEGREED_WORD_RE: Final = re.compile(r"[\u3400-\u9fff]{1,4}")


def _degree_of_word(
    target: Descriptive | QualitativeTarget, actual: Value, say: _Language
) -> _Outcome | None:
    """The target's own word qualified by a degree: ``较满意`` against ``满意`` is partial.

    ``基本满意``, ``较满意``, ``比较及时``, ``较为完善``, ``基本稳定`` fall short of the
    target's word (partial); ``非常满意`` reaches it, and so do the overall degrees
    of official writing (``总体稳定``, ``大体完善``: met). None for any other actual,
    and for a grade the quality family ranks (``较好`` against ``好``).

    >>> from perftrack import parse_target, parse_value
    >>> say = _Language("zh")
    >>> _degree_of_word(parse_target("稳定"), parse_value("基本稳定"), say).attainment.value
    'partial'
    >>> _degree_of_word(parse_target("及时"), parse_value("较及时"), say).attainment.value
    'partial'
    >>> _degree_of_word(parse_target("稳定"), parse_value("总体稳定"), say).attainment.value
    'met'
    """
    if isinstance(target, QualitativeTarget):
        word = target.word
        if _normal(target.text) != word:
            return None  # 显著提升, ≥良好: the target carries its own degree or bar
    else:
        word = _normal(target.description)
    if not _DEGREED_WORD_RE.fullmatch(word):
        return None
    text = _normal(_text(actual))
    if _rank(text) is not None:
        return None  # 较好 is a grade, ranked with 良好 and 好
    degree = text[: -len(word)] if text.endswith(word) else None
    shown = _text(actual)
    if degree in _OVERALL_DEGREES:
        return _Outcome(
            _Attainment.MET,
            say(
                f"实际“{shown}”，总体达到“{word}”",
                f"actual “{shown}” reaches “{word}” overall",
            ),
        )
    if degree in _WEAKER_DEGREES:
        return _Outcome(
            _Attainment.PARTIAL,
            say(
                f"实际“{shown}”，程度低于年度指标“{word}”，部分达成",
                f"actual “{shown}” falls short of the target “{word}”",
            ),
        )
    if degree in _STRONGER_DEGREES:
        return _Outcome(
            _Attainment.MET,
            say(f"实际“{shown}”，达到“{word}”", f"actual “{shown}” reaches “{word}”"),
        )
    return None


@lru_cache(maxsize=4096)
def _normal(text: str) -> str:
    """Text compared as the parser sees it: full-width forms mapped, white space gone.

    Memoised: a row's cells are compared by several rules, and tables repeat them.
    """
    return "".join(normalize(text).text.split())


def _judge(target: Target, actual: Value, ctx: _Context) -> _Outcome:
    if isinstance(actual, TextValue):
        # 主体工程已完工 against 2024年10月底前主体完工: the stage the target is for, done
        staged = _stage_works(actual, target, ctx.indicator, ctx.year)
        if staged is not None and staged[1]:
            return _part_of_works(target, actual, staged[0], staged[1], ctx)
        actual = staged[0] if staged is not None else actual
    outcome = _judge_plainly(target, actual, ctx)
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and (basically := _basically(target, actual, ctx)) is not None
    ):
        return basically
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and (partly := _partly_done(target, actual, ctx)) is not None
    ):
        return partly
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, (Descriptive, QualitativeTarget))
        and (worded := _judge_target_words(target, actual, ctx)) is not None
    ):
        return worded  # 不稳定 against 稳定, 未发生规模性返贫 against 不发生规模性返贫
    if (
        outcome.attainment is _Attainment.UNKNOWN
        and isinstance(target, Descriptive)
        and (subject := _judge_subject_word(target, actual, ctx)) is not None
    ):
        return subject  # 持续改善 against 生态环境持续改善 on 生态环境
    return outcome


# Nouns that end the subject a target puts before its word (气象服务能力显著提升, 档案管理
# 水平逐步规范, 群众获得感明显增强) when the subject is not the indicator's name.
_SUBJECT_HEADS: Final = (
    *("能力", "水平", "质量", "环境", "收入", "效益", "效果", "成效", "作用", "意识"),
    *("素质", "条件", "面貌", "秩序", "形象", "影响力", "获得感", "幸福感", "安全感"),
    *("满意度", "知晓率", "率"),
)
_SUBJECT_TARGET_RE: Final = re.compile(r"[\u4e00-\u9fff]{4,20}")
# A subject is a noun phrase: not one that begins with a verb of work (完成道路建设提升).
_SUBJECT_VERBS: Final = ("完成", "开展", "实现", "推进", "确保", "促进", "做好", "加强", "推动")
# What leads a word, never ends a subject (群众诉求得以 | 解决 under a name 得以).
_SUBJECT_WORD_LEADS: Final = ("得以", "得到", "有所", "进一步", "不断", "持续", "稳步", "逐步")


def _subject_word(text: str, name: str) -> tuple[str, Target] | None:
    """(subject, word target) when *text* is a subject then a word the rules judge.

    The subject is the indicator's *name* (or ends with it, or the name ends with it) or a
    noun phrase ending in one of ``_SUBJECT_HEADS``; the word after it is a word of a family
    (``持续改善``, ``有效提升``) or a change in words (``稳步增长``). None for anything else.

    >>> [(s, str(t)) for s, t in [_subject_word("生态环境持续改善", "生态环境")]]
    [('生态环境', '持续改善')]
    >>> _subject_word("完成道路建设", "道路建设") is None
    True

    A subject holding a time limit in prose (``开学前``, ``汛前``, ``供暖前``) is none: the
    target sets a time, judged by the prose time-limit rule.

    >>> _subject_word("开学前校舍维修完成", "开学前校舍维修") is None
    True

    A subject is whole: ``防汛能力`` under the name ``防汛``, not ``防汛`` then ``能力``;
    it never ends with what leads a word (``得以``, ``得到``).

    >>> [(s, str(t)) for s, t in [_subject_word("防汛能力得到提升", "防汛")]]
    [('防汛能力', '提升')]
    >>> _subject_word("群众诉求得以解决", "得以") is None
    True
    """
    if _SUBJECT_TARGET_RE.fullmatch(text) is None or text.startswith(_SUBJECT_VERBS):
        return None
    name = _normal(name)
    for cut in range(2, len(text) - 1):
        subject = text[:cut]
        if _PROSE_LIMIT_RE.search(subject) is not None:
            return (
                None  # 开学前校舍维修完成: a time limit (开学前), no subject; so every longer one
            )
        if not (
            (len(name) >= 2 and (subject.endswith(name) or name.endswith(subject)))  # noqa: PLR2004
            or subject.endswith(_SUBJECT_HEADS)
        ) or subject.endswith(_SUBJECT_WORD_LEADS):
            continue
        word = parse_target(text[cut:])
        if isinstance(word, (QualitativeTarget, Descriptive)):
            # 防汛能力得到提升 on 防汛: the word 能力得到提升 holds a subject of its own, one
            # subject 防汛能力 with the word 得到提升
            inner = _subject_word(text[cut:], "") if isinstance(word, Descriptive) else None
            return (subject + inner[0], inner[1]) if inner is not None else (subject, word)
    return None


def _judge_subject_word(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A target of a subject and a word (``生态环境持续改善``) judged as its word.

    The actual may repeat the subject (``社会效益显著`` against ``社会效益明显``): it is
    dropped from the actual too. The subject stays in the explanation. None when the
    target has no such shape or its word leaves the actual unknown.
    """
    found = _subject_word(_normal(target.description), ctx.indicator.name)
    if found is None:
        return None
    subject, word = found
    said = _normal(_text(actual))
    if said.startswith(subject) and len(said) > len(subject):
        actual = parse_value(said[len(subject) :])
    outcome = _judge(word, actual, ctx)
    if outcome.attainment is _Attainment.UNKNOWN:
        return None
    why = ctx.say(
        f"{outcome.why}（“{subject}”为年度指标“{target.description}”的主体）",
        f"{outcome.why} (“{subject}” is the subject of the target “{target.description}”)",
    )
    return outcome._replace(why=why)


# The target's own word negated (不稳定, 未正常运行, 没有明显提升), or its change or effect
# said to fall short after it (提升不明显, 效果不够明显, 保障不足).
_WORD_NEGATIONS: Final = (
    *("尚未", "未能", "没有", "不够", "未", "不", "没", "欠"),
    # 尚不稳定, 仍未到位, 未完全到位, 不太畅通, 无法正常运行
    *("尚不", "仍不", "仍未", "还未", "还没有", "不太", "无法", "不能"),
    # 有待完善, 亟待完善: still to be done
    *("有待", "亟待"),
)
# Not wholly the target's word: a part of it (未完全到位, 不完全符合).
_WORD_PART_NEGATIONS: Final = ("尚未完全", "没有完全", "未完全", "不完全")
_WORD_SHORT_TAILS: Final = (
    *("不明显", "不显著", "不够明显", "不太明显", "不足", "不够", "不到位"),
    # 效果不佳, 效果一般, 成效不理想
    *("不佳", "欠佳", "较差", "一般", "不理想", "有限"),
)
# Words a target may put around its word: a degree before it (明显提升, 有效保障), 明显 or
# 显著 after it (效果明显).
_WORD_AFTER_DEGREES: Final = ("明显", "显著")
_WORD_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,12}")
# A target of no such event (不发生规模性返贫, 守住不发生规模性返贫底线, 无安全隐患, 杜绝
# 重大食品安全事故), and an actual saying there was none (全年未发生, 未发生规模性返贫,
# 无安全隐患) or there was one (存在安全隐患, 发生规模性返贫).
_NO_EVENT_TARGET_RE: Final = re.compile(
    r"(?:守住|确保|坚决|严防|坚守)?(?:不发生|未发生|不出现|不存在|杜绝|无|没有)"
    r"(?P<noun>[\u4e00-\u9fff]{2,16}?)(?:的?底线)?"
)
_NO_EVENT_SAID_RE: Final = re.compile(
    r"(?:全年|本年度|本年|年内|当年|全年度|年度内|项目实施期间)?(?:均|共|累计|全部)?"
    r"(?:未发生|没有发生|未出现|没有出现|不存在|无|零"
    # 守住了不发生规模性返贫底线: the target's own words, kept
    r"|(?:牢牢)?守住了?(?:不发生|未发生))(?:过)?(?P<noun>[\u4e00-\u9fff]*?)(?:的?底线)?"
)
_EVENT_SAID_RE: Final = re.compile(
    r"(?:仍然|仍|依然|尚|还)?(?:存在|有|发生|出现)(?:了|过)?(?P<noun>[\u4e00-\u9fff]{2,16})"
)
# A target of at least (or at most) a level named in words (不低于当地居民平均生活水平),
# and an actual placing the result against the same level.
_NOT_BELOW_RE: Final = re.compile(r"(?:不低于|不少于|不差于|不弱于|≥)(?P<level>\D{2,20})")
_NOT_ABOVE_RE: Final = re.compile(r"(?:不高于|不超过|≤)(?P<level>\D{2,20})")
_LEVEL_SAID_RE: Final = re.compile(
    r"(?:均|已|全部|总体)?(?P<op>略高于|明显高于|高于|超过|超出|优于|不低于|达到|略低于|低于"
    r"|未达到|不及|未超过|不高于|不超过)(?P<level>\D{2,20})"
)
_ABOVE_SAID: Final = frozenset({"略高于", "明显高于", "高于", "超过", "超出", "优于"})
_BELOW_SAID: Final = frozenset({"略低于", "低于", "未达到", "不及"})
# A target of conformity to a named requirement (符合国家统计调查制度要求, 满足设计规范),
# and the bare answers that affirm or deny it.
_CONFORM_TARGET_RE: Final = re.compile(
    r"(?:均|全部)?(?:符合|满足|达到)[\u4e00-\u9fff]{0,24}?(?:要求|标准|规定|规范)"
)
_CONFORM_SAID: Final = frozenset(
    {"符合", "符合要求", "符合标准", "符合规定", "满足", "满足要求", "达到要求", "达到标准"}
)
_NOT_CONFORM_SAID: Final = frozenset(
    {"不符合", "不符合要求", "不符合标准", "不符合规定", "不满足", "不满足要求", "未达到要求"}
)
_CONFORM_LEADS: Final = ("均", "全部", "完全", "已")


def _word_cores(target: Descriptive | QualitativeTarget) -> tuple[str, str] | None:
    """The target's phrase and its bare word (明显提升: 提升; 效果明显: 效果), or None."""
    phrase = _normal(_text(target))
    if not _WORD_RE.fullmatch(phrase) or phrase.startswith(("不", "未", "无", "没", "非")):
        return None
    core = phrase
    if isinstance(target, QualitativeTarget) and target.degree and target.word in phrase:
        core = target.word
    else:
        for degree in voc.DEGREE_WORDS:
            if core.startswith(degree) and len(core) > len(degree) + 1:
                core = core[len(degree) :]
                break
        for degree in _WORD_AFTER_DEGREES:
            if core.endswith(degree) and len(core) > len(degree) + 1:
                core = core[: -len(degree)]
                break
    return phrase, core


def _negates_word(target: Descriptive | QualitativeTarget, text: str) -> bool:
    """Whether *text* is the target's own word negated or said to fall short.

    >>> from perftrack import parse_target
    >>> [
    ...     _negates_word(parse_target(goal), said)
    ...     for goal, said in (("稳定", "不稳定"), ("明显提升", "提升不明显"), ("到位", "到位"))
    ... ]
    [True, True, False]
    """
    cores = _word_cores(target)
    if cores is None:
        return False
    phrase, core = cores
    for word in {phrase, core}:
        if text.startswith(_WORD_NEGATIONS) and any(
            text == negation + word for negation in _WORD_NEGATIONS
        ):
            return True
        if text.startswith(word) and text[len(word) :] in _WORD_SHORT_TAILS:
            return True
    return False


def _partly_word(target: Descriptive | QualitativeTarget, text: str) -> bool:
    """Whether *text* is the target's own word said not wholly (``未完全到位``).

    >>> from perftrack import parse_target
    >>> (
    ...     _partly_word(parse_target("到位"), "未完全到位"),
    ...     _partly_word(parse_target("到位"), "未到位"),
    ... )
    (True, False)
    """
    cores = _word_cores(target)
    if cores is None or not text.startswith(_WORD_PART_NEGATIONS):
        return False
    phrase, core = cores
    words = {phrase, core}
    if phrase.startswith("符合"):
        words.add("符合")  # 不完全符合 against 符合要求
    return any(text == negation + word for negation in _WORD_PART_NEGATIONS for word in words)


def _event_judged(target: Descriptive | QualitativeTarget, text: str) -> bool | None:
    """A target of no such event against an actual of none (True) or of one (False)."""
    goal = _NO_EVENT_TARGET_RE.fullmatch(_normal(_text(target)))
    if goal is None:
        return None
    noun = goal.group("noun")
    said = _NO_EVENT_SAID_RE.fullmatch(text)
    if said is not None:
        named = said.group("noun")
        # none of the same or of a wider kind (未发生食品安全事故 against 重大食品安全事故)
        if not named or (len(named) >= 2 and noun.endswith(named)):  # noqa: PLR2004
            return True
        return None
    happened = _EVENT_SAID_RE.fullmatch(text)
    # one of the same or of a narrower kind (存在重大安全隐患 against 无安全隐患)
    if happened is not None and happened.group("noun").endswith(noun):
        return False
    return None


def _level_judged(target: Descriptive | QualitativeTarget, text: str) -> bool | None:
    """A target of at least (or most) a level in words against the actual's place to it."""
    wanted = _normal(_text(target))
    floor = _NOT_BELOW_RE.fullmatch(wanted)
    ceiling = _NOT_ABOVE_RE.fullmatch(wanted) if floor is None else None
    bound = floor or ceiling
    said = _LEVEL_SAID_RE.fullmatch(text) if bound is not None else None
    if bound is None or said is None or said.group("level") != bound.group("level"):
        return None
    op = said.group("op")
    if floor is not None:
        if op in _ABOVE_SAID or op in ("不低于", "达到"):
            return True
        return False if op in _BELOW_SAID else None
    if op in _BELOW_SAID - {"未达到", "不及"} or op in ("未超过", "不高于", "不超过", "达到"):
        return True
    return False if op in _ABOVE_SAID else None


def _conformity_judged(target: Descriptive | QualitativeTarget, text: str) -> bool | None:
    """A target of conformity to a named requirement against a bare 符合 or 不符合."""
    if not _CONFORM_TARGET_RE.fullmatch(_normal(_text(target))):
        return None
    for lead in _CONFORM_LEADS:
        text = text.removeprefix(lead)
    if text in _CONFORM_SAID:
        return True
    return False if text in _NOT_CONFORM_SAID else None


def _judge_target_words(
    target: Descriptive | QualitativeTarget, actual: Value, ctx: _Context
) -> _Outcome | None:
    """An actual the other rules left unknown judged by the target's own words.

    The target's word negated is missed (pending before due): ``不稳定``, ``不到位``,
    ``未正常运行`` against ``稳定``, ``到位``, ``正常运行``; ``提升不明显``, ``效果不明显``
    against ``明显提升``, ``效果明显``; ``存在安全隐患`` against ``无安全隐患``. Met: none of
    the event the target rules out (``未发生规模性返贫``, ``全年未发生`` against
    ``不发生规模性返贫``, ``不发生重大食品安全事故``), a place above the level in words
    the target does not go below (``高于当地居民平均生活水平`` against
    ``不低于当地居民平均生活水平``; ``低于…`` misses it), and a bare ``符合`` against
    ``符合国家统计调查制度要求`` (``不符合`` misses it). None for anything else.

    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("系统运行")
    >>> ctx = _Context(row, 0, None, Policy(), dt.date(2024, 12, 31), 2024, _Language("zh"))  # type: ignore[arg-type]
    >>> [
    ...     _judge_target_words(parse_target(goal), parse_value(said), ctx).attainment.value
    ...     for goal, said in (("稳定", "不稳定"), ("不发生规模性返贫", "未发生规模性返贫"))
    ... ]
    ['not_met', 'met']
    """
    shown = _text(actual)
    text = _normal(shown).rstrip("。；;，,")
    if not text or _DIGIT_RE.search(text) is not None:
        return None
    judged = _event_judged(target, text)
    if judged is None:
        judged = _level_judged(target, text)
    if judged is None:
        judged = _conformity_judged(target, text)
    if judged is None and _negates_word(target, text):
        judged = False
    if judged is None:
        return _partly(ctx, shown, target) if _partly_word(target, text) else None
    if judged:
        return _meets(ctx, shown, target)
    say = ctx.say
    return _pending_or_not_met(
        ctx,
        say(
            f"实际“{shown}”与年度指标“{target}”不符，距年底尚有时间",
            f"actual “{shown}” contradicts “{target}”; there is still time",
        ),
        say(f"实际“{shown}”，未达到“{target}”", f"actual “{shown}” misses “{target}”"),
    )


# 基本 as a degree: directly before a word of completion or attainment (基本完成, 基本达到
# 国家标准, 基本全覆盖, 基本实现全覆盖, 基本健全). 基本 before anything else starts a noun
# (基本公共卫生服务, 基本支出, 基本台账, 基本农田) or is a survey's answer (基本满意465/500).
_BASICALLY_RE: Final = re.compile(
    "(?:基本上|基本)(?=完成|完工|竣工|建成|达到|达成|达标|实现|覆盖|全覆盖|健全|完善|到位|落实"
    "|满足|符合|做到|解决|消除|按时|按期|如期|持平)"
)
_DIGIT_RE: Final = re.compile(r"\d")


def _basically(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """The target's own result qualified by 基本: partial, else None.

    The degree word of :func:`_degree_of_word` before any actual that, without it,
    meets the target: ``基本完成`` against ``按计划完成`` (``完成`` meets it),
    ``基本达到国家标准`` against ``达到国家标准``, ``基本达到预期目标`` against
    ``达到预期目标``, ``基本全覆盖`` against ``全覆盖`` (100%). Asked only of an actual
    judged unknown, with 基本 right before a word of completion or attainment, and never
    of a cell holding a figure (``基本满意465/500``: the figure is for the other rules).

    >>> [_BASICALLY_RE.match(text) is not None for text in ("基本全覆盖", "基本支出保障到位")]
    [True, False]
    """
    text = _normal(_text(actual))
    degree = _BASICALLY_RE.match(text)
    if degree is None or _DIGIT_RE.search(text) is not None:
        return None
    rest = parse_value(text[degree.end() :], year=ctx.year)
    if _judge(target, rest, ctx).attainment is not _Attainment.MET:
        return None
    shown = _text(actual)
    return _Outcome(
        _Attainment.PARTIAL,
        ctx.say(
            f"实际“{shown}”，程度低于年度指标“{_text(target)}”，部分达成",
            f"actual “{shown}” falls short of the target “{_text(target)}”",
        ),
    )


# 部分 as a degree, as 基本 (:func:`_basically`): right before a word of completion or
# attainment (部分完成, 大部分完成, 已部分完成, 部分实现, 部分达到预期, 部分按时完成).
_PART_DONE_RE: Final = re.compile(
    "(?:已经?|仅|只)?(?:绝大部分|大部分|大部|部分)"
    "(?=完成|完工|竣工|建成|达到|达成|达标|实现|覆盖|到位|落实|按时|按期|如期)"
)


def _partly_done(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A part done, or work under way, against a target a completion meets, else None.

    A part of the target's own result is partial, as :func:`_basically` reads 基本:
    ``部分完成``, ``大部分完成``, ``完成80%`` against ``完成``, ``按计划完成`` or
    ``全面完成``; ``部分实现`` against ``实现``, ``部分按时完成`` against ``按时完成``. Work
    under way (``正在推进``, ``正在施工``) against a target that ``完成`` meets is missed
    at the due date and pending before it, as against a count. Asked only of an actual
    judged unknown.

    >>> [_PART_DONE_RE.match(text) is not None for text in ("大部分完成", "部分群众")]
    [True, False]
    """
    status = _status_of(actual)
    text = _normal(_text(actual))
    rest: Value | None = None
    # a completion target names the completion (完成, 按计划完成, 全面完成): 二等奖 does not
    completion = _DONE_WORD_RE.search(_normal(_text(target))) is not None
    if status is _Status.IN_PROGRESS and completion:
        rest = parse_value("完成", year=ctx.year)
    elif (part := _PART_DONE_RE.match(text)) is not None:
        if _DIGIT_RE.search(text) is None:
            rest = parse_value(text[part.end() :], year=ctx.year)
    elif (
        status is _Status.PARTIAL
        and completion
        and isinstance(actual, Quantity)
        and actual.unit == "%"
        and actual.label is None
        and 0 < actual.value < _HUNDRED
    ):
        rest = parse_value("完成", year=ctx.year)  # 完成80%: a part of the work
    if rest is None or _judge(target, rest, ctx).attainment is not _Attainment.MET:
        return None
    shown = _text(actual)
    say = ctx.say
    if status is _Status.IN_PROGRESS:
        return _pending_or_not_met(
            ctx,
            say(
                f"实际“{shown}”，尚未完成，距年底尚有时间",
                f"actual “{shown}”: under way, there is still time",
            ),
            say(
                f"实际“{shown}”，尚未完成，未达到“{_text(target)}”",
                f"actual “{shown}”: under way, short of “{_text(target)}”",
            ),
        )
    return _Outcome(
        _Attainment.PARTIAL,
        say(
            f"实际“{shown}”，部分完成，未全部达到年度指标“{_text(target)}”",
            f"actual “{shown}” is a part of the target “{_text(target)}”",
        ),
    )


# A target or actual of no (significant) effect: 无明显影响, 无重大不利影响, 未产生负面影响,
# 对周边交通秩序无明显影响, 未对周边产生影响, 不会造成不良影响, 基本无影响. The kinds of an
# effect a 成本 row counts (负面, 不利, 不良, 消极) are one: its 影响 is a harm.
_EFFECT_SCOPE: Final = r"(?:对[\u3400-\u9fff]{1,12}?)?"
_EFFECT_KIND: Final = "(?:负面|不利|不良|消极)?(?:社会|环境|生态环境|生态)?"
# How large an effect the target rules out: 明显 (rank 1) or 重大 (rank 2); none: any.
_EFFECT_RANKS: Final = MappingProxyType(
    {
        **dict.fromkeys(("明显", "显著", "较大", "较明显", "大"), 1),
        **dict.fromkeys(("重大", "严重", "太大", "很大", "大的"), 2),
    }
)
_EFFECT_DEGREES: Final = "|".join(sorted(_EFFECT_RANKS, key=len, reverse=True))
_NO_EFFECT_RE: Final = re.compile(
    rf"{_EFFECT_SCOPE}(?P<basic>基本)?(?:均|并|从)?(?:无|没有|未|不|没)(?:会|曾)?{_EFFECT_SCOPE}"
    r"(?:产生|造成|带来|出现|发生|构成|引起)?(?:过|了)?(?:任何)?"
    rf"(?P<degree>{_EFFECT_DEGREES})?的?{_EFFECT_KIND}影响"
)
# An effect that happened: 有一定影响, 产生了较大负面影响, 造成不利影响, 影响较大; slight ones
# (有轻微影响, 影响较小, 影响不大) are the reviewer's against 无明显影响.
_SLIGHT_EFFECT: Final = ("轻微", "较小", "很小", "少量", "些许", "微小", "一点", "不大", "有限")
_SOME_EFFECT_RE: Final = re.compile(
    rf"{_EFFECT_SCOPE}(?:有|产生了?|造成了?|带来了?|存在|出现了?|引起了?)"
    rf"(?P<degree>一定|一些|部分|{_EFFECT_DEGREES}|{'|'.join(_SLIGHT_EFFECT)})?的?{_EFFECT_KIND}影响"
    rf"|{_EFFECT_SCOPE}{_EFFECT_KIND}影响(?P<after>{_EFFECT_DEGREES}|{'|'.join(_SLIGHT_EFFECT)}|一般)"
)
_EFFECT_END: Final = "。；;，,"
# A bare none: 无, 没有, 未发生, 零 (and a bare 0): nothing happened, no effect either.
_NONE_WORDS: Final = frozenset({"无", "没有", "未发生", "零", "0"})


# A target that the cost stays within the budget (控制在预算范围内, 不超过预算, ≤批复概算,
# 不突破批复概算), and an actual saying it did (未超预算, 未超支, 无超支, 控制在预算内,
# 未突破概算, 低于预算); an actual saying it did not (超出预算) is the reviewer's.
_BUDGET_NOUN: Final = "(?:年度|批复|核定|项目|下达)?的?(?:预算|概算)(?:数|金额|资金|成本|额度)?"
_BUDGET_KEPT_TARGET_RE: Final = re.compile(
    r"(?:项目|成本|支出|费用|资金|总成本|项目成本)?"
    rf"(?:控制在|不超过|不突破|不超出|不高于|≤|<=|未超过|未超出|未突破){_BUDGET_NOUN}"
    r"(?:范围)?(?:内|以内|之内)?"
)
_BUDGET_KEPT_SAID_RE: Final = re.compile(
    r"(?:项目|成本|支出|费用|资金|总成本|项目成本)?(?:均|已|全部|严格)?"
    rf"(?:(?:控制在|在){_BUDGET_NOUN}(?:范围)?(?:内|以内|之内)"
    rf"|(?:未超过|未超出|未超|未突破|没有超出|没有超过|没有突破|低于|不超过)(?:{_BUDGET_NOUN})?"
    r"|无超支|未超支|没有超支|无超出)"
)
# A target of no cost or harm caused (不造成环境污染, 不产生社会成本, 不增加群众负担,
# 不破坏生态环境, 社会成本：无), and an actual saying none was (未造成环境污染, 无, 没有,
# 未产生社会成本, 无社会成本).
_NO_COST_HARMS: Final = "成本|费用|支出|负担|破坏|损害|损失|浪费|污染|危害"
_NO_COST_TARGET_RE: Final = re.compile(
    r"(?:均|确保)?(?:不|无|杜绝)(?:对[\u4e00-\u9fff]{1,12}?)?(?:会)?"
    r"(?P<verb>造成|产生|增加|带来|引起|破坏)?(?:额外|任何|新的?)?"
    r"(?P<noun>[\u4e00-\u9fff]{0,10})"
)
_NO_COST_SAID_RE: Final = re.compile(
    r"(?:全年|项目实施期间|实施期间)?(?:均|并|从)?(?:未|没有|没|无)(?:对[\u4e00-\u9fff]{1,12}?)?"
    r"(?:造成|产生|增加|带来|引起|破坏)?(?:过|了)?(?:额外|任何|新的?)?"
    r"(?P<noun>[\u4e00-\u9fff]{0,10})"
)
# The label of a 成本 row that a target may repeat before its answer (社会成本：无).
_COST_LABEL_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,10}(?:成本|影响|费用|损失)(?:指标)?[:：]")
_NONE_TARGETS: Final = frozenset({"无", "零", "0", "没有"})


def _harm_of(noun: str) -> str | None:
    """The harm a noun phrase ends in (环境污染: 污染), else None."""
    for harm in _NO_COST_HARMS.split("|"):
        if noun.endswith(harm):
            return harm
    return None


# A degree that narrows a harm denied (未造成重大环境污染): it leaves the lesser ones open.
_HARM_DEGREE_RE: Final = re.compile("特别重大|重大|较大|严重|明显|大面积|大规模")
_HARM_CAUSE_RE: Final = re.compile("造成|产生|发生|出现|存在|引起|带来")
_HARM_DENIED_RE: Final = re.compile("未|没|无|不|杜绝|避免")


def _harm_caused(text: str, harm: str) -> str | None:
    """The clause of *text* saying *harm* was caused (造成轻微扬尘污染), else None.

    Example:
        >>> _harm_caused("造成轻微扬尘污染,已整改", "污染"), _harm_caused("未造成环境污染", "污染")
        ('造成轻微扬尘污染', None)
    """
    for clause in re.split("[,;。]", text):
        if (
            harm in clause
            and _HARM_CAUSE_RE.search(clause) is not None
            and _HARM_DENIED_RE.search(clause) is None
        ):
            return clause
    return None


def _no_cost_wanted(target: Target) -> tuple[str, str] | None:
    """What a target of no cost or harm rules out: (verb, harm); ("", "") for a bare none."""
    if isinstance(target, QualitativeTarget) and target.family == "zero":
        wanted = _normal(target.text or target.word)
    elif isinstance(target, Descriptive):
        wanted = _normal(target.description)
    else:
        return None
    label = _COST_LABEL_RE.match(wanted)
    if label is not None:
        wanted = wanted[label.end() :]  # 社会成本：无: the answer after the row's label
    if wanted in _NONE_TARGETS:
        return "", ""
    found = _NO_COST_TARGET_RE.fullmatch(wanted)
    if found is None:
        return None
    verb, noun = found.group("verb") or "", found.group("noun")
    harm = "破坏" if verb == "破坏" and noun else _harm_of(noun)
    if harm is None or (not verb and not wanted.startswith("无")):
        return None
    return verb, harm


def _judge_no_cost(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A budget kept, or no cost caused, said by the actual: met, else None.

    ``控制在预算范围内``, ``不超过预算`` or ``≤批复概算`` are met by ``未超预算``, ``无超支``,
    ``控制在预算内`` or ``未突破概算``. A target of no cost or harm (``不造成环境污染``,
    ``不产生社会成本``, ``社会成本：无``, ``无``) is met by a bare none (``无``, ``没有``,
    ``未产生``) and by the harm denied (``未造成环境污染``, ``无社会成本``,
    ``未产生生态环境成本``). Anything else is left to the other rules.

    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("社会成本")
    >>> ctx = _Context(row, 0, None, Policy(), dt.date(2024, 12, 31), 2024, _Language("zh"))  # type: ignore[arg-type]
    >>> [
    ...     _judge_no_cost(parse_target(goal), parse_value(said), ctx).attainment.value
    ...     for goal, said in (("不超过预算", "未超支"), ("不造成环境污染", "未造成环境污染"))
    ... ]
    ['met', 'met']
    """
    if not isinstance(target, (Descriptive, QualitativeTarget)) or isinstance(actual, Quantity):
        return None
    shown = _text(actual)
    text = _normal(shown).rstrip("。；;，,")
    if not text:
        return None
    if isinstance(target, Descriptive) and _BUDGET_KEPT_TARGET_RE.fullmatch(
        _normal(target.description).rstrip("。；;，,")
    ):
        clauses = [part for part in re.split("[，,；;。]", text) if part]
        if clauses and _BUDGET_KEPT_SAID_RE.fullmatch(clauses[-1]):
            return _meets(ctx, shown, target)  # 未超预算, 严格按预算执行，无超支
        return None
    wanted = _no_cost_wanted(target)
    if wanted is None:
        return None
    goal = _text(target)
    if wanted[1] and (caused := _harm_caused(text, wanted[1])) is not None:
        return _Outcome(
            _Attainment.NOT_MET,
            ctx.say(
                f"实际“{shown}”表明已{caused}，未达到“{goal}”",
                f"actual “{shown}” says the harm was caused: “{goal}” is missed",
            ),
        )
    said_of = next(
        (part for part in re.split("[,;。]", text) if wanted[1] and wanted[1] in part), text
    )
    degree = _HARM_DEGREE_RE.search(said_of)
    if degree is not None and degree.group() not in _normal(goal):
        # 未造成重大环境污染 against 不造成环境污染: a lesser harm is not ruled out
        return _Outcome(
            _Attainment.UNKNOWN,
            ctx.say(
                f"实际“{shown}”只排除了{degree.group()}的，年度指标“{goal}”不限程度，需人工判断",
                f"actual “{shown}” rules out only a {degree.group()} harm, the target any: a"
                " reviewer must judge",
            ),
        )
    # a bare none (无, 没有, 未产生), or a zero phrase of no other harm (未发生; not 未超支)
    denied = _says_none(actual) and not any(word in text for word in ("超", "突破", "违", "逾期"))
    if (text in _NONE_WORDS or text == "未产生") or (
        denied and (not wanted[1] or _harm_of(text) in (None, wanted[1]))
    ):
        return _meets(ctx, shown, target)
    said = _NO_COST_SAID_RE.fullmatch(text)
    if said is None:
        return None
    noun = said.group("noun")
    harm = _harm_of(noun) or ("破坏" if "破坏" in text else None)
    if harm is not None and (not wanted[1] or harm == wanted[1]):
        return _meets(ctx, shown, target)  # 未造成环境污染, 无社会成本, 未增加群众负担
    return None


def _judge_no_effect(target: Target, actual: Value, ctx: _Context) -> _Outcome | None:
    """A target of no (significant) effect judged by what the actual says of the effect.

    ``无明显影响`` is met by ``无``, ``未产生负面影响``, ``对周边无影响``; ``无重大不利影响``
    by ``无不利影响`` and ``无明显影响`` (no noticeable effect is no major one either), not
    ``无影响`` by ``无明显影响`` (unknown: a small effect is not ruled out). An effect said to
    have happened (``有一定影响``, ``造成较大负面影响``) is the target missed (pending
    before due, not met at due); a slight one (``有轻微影响``, ``影响较小``) is the
    reviewer's against a target of no *significant* effect, and missed against one of no
    effect. ``基本无影响`` is partial against ``无影响``, met against ``无明显影响``. None
    for any other target, and an actual it says nothing of (the other rules judge it).

    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("对周边交通秩序影响")
    >>> ctx = _Context(row, 0, None, Policy(), dt.date(2024, 12, 31), 2024, _Language("zh"))  # type: ignore[arg-type]
    >>> [
    ...     _judge_no_effect(parse_target("无明显影响"), parse_value(text), ctx).attainment.value
    ...     for text in ("无", "未产生负面影响", "有一定影响", "有轻微影响")
    ... ]
    ['met', 'met', 'not_met', 'unknown']
    """
    if isinstance(target, Descriptive):
        wanted = target.description
    elif isinstance(target, QualitativeTarget) and target.family == "zero":
        wanted = target.text or target.word
    else:
        return None
    if "影响" not in wanted:
        return None
    goal = _NO_EFFECT_RE.fullmatch(_normal(wanted).rstrip(_EFFECT_END))
    if goal is None or goal.group("basic"):
        return None
    bar = _EFFECT_RANKS.get(goal.group("degree") or "", 0)
    shown = _text(actual)
    text = _normal(shown).rstrip(_EFFECT_END)
    say = ctx.say
    if text in _NONE_WORDS or (
        isinstance(actual, Quantity) and actual.value == 0 and actual.bound is _Bound.EXACT
    ):
        return _meets(ctx, shown, target)
    said = _NO_EFFECT_RE.fullmatch(text)
    if said is not None:
        rank = _EFFECT_RANKS.get(said.group("degree") or "", 0)
        if rank > bar:
            # 无明显影响 against 无影响: a smaller effect is not ruled out
            return _Outcome(
                _Attainment.UNKNOWN,
                say(
                    f"实际“{shown}”未排除年度指标“{target}”所指的影响，需人工判断",
                    f"actual “{shown}” does not rule out the effect “{target}” rules out",
                ),
            )
        if said.group("basic") and bar == 0:
            return _partly(ctx, shown, target)
        return _meets(ctx, shown, target)
    some = _SOME_EFFECT_RE.fullmatch(text)
    if some is None:
        return None
    degree = some.group("degree") or some.group("after") or ""
    if degree in _SLIGHT_EFFECT and bar > 0:
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为轻微影响，是否属年度指标“{target}”所指影响需人工判断",
                f"actual “{shown}” is a slight effect: whether “{target}” is kept is the reviewer's",
            ),
        )
    return _pending_or_not_met(
        ctx,
        say(
            f"实际“{shown}”与年度指标“{target}”不符，距年底尚有时间",
            f"actual “{shown}” contradicts “{target}”; there is still time",
        ),
        say(
            f"实际“{shown}”，未达到“{target}”",
            f"actual “{shown}” misses “{target}”",
        ),
    )


# A descriptive target that is a change word of no family (缩小, 缩短, 扩大, 增长, 压缩),
# with a degree at most: 不断缩小, 逐步缩短, 持续扩大.
_CHANGE_TARGET_RE: Final = re.compile(
    f"(?P<degree>{'|'.join(voc.DEGREE_WORDS)})?(?P<verb>{'|'.join(voc.CHANGE_WORDS)})"
)


def _judge_change_word(target: Descriptive, actual: Value, ctx: _Context) -> _Outcome | None:
    """A change word of no family (``不断缩小``) judged as rule 5 judges ``不断下降``.

    The word's direction (``vocabulary.CHANGE_WORDS``: 缩小 and 缩短 fall, 扩大 rises)
    is the target's; the actual's change in words (``逐步缩小``, ``差距缩小``,
    ``略有缩小``, ``持平``, ``扩大``), with a figure (``同比缩小2个百分点``) or a change
    word of a family (``下降``) is judged by it: the same way met (a weak degree against
    a strong one partial), the other way or no change missed. None when the target is
    no such word or the actual says no change (the descriptive rules go on).
    """
    found = _CHANGE_TARGET_RE.fullmatch(_normal(target.description))
    if found is None:
        return None
    sign = voc.CHANGE_WORDS[found.group("verb")]
    family = "improvement" if sign > 0 else "decrease"
    asked = QualitativeTarget(
        found.group("verb"), family, degree=found.group("degree"), text=target.description
    )
    shown = _text(actual)
    name, year = ctx.indicator.name, ctx.change_year
    if asked.degree not in _STRONG_DEGREES and (stated := _stated_change(actual, name, year)):
        return (
            _meets(ctx, shown, asked) if stated == family else _opposite_outcome(ctx, shown, asked)
        )
    worded: tuple[int, str | None] | None = None
    if isinstance(actual, QualitativeValue) and actual.word in voc.CHANGE_WORDS:
        # 下降 against 不断缩小: a change word of a family, the same way or not
        worded = (0, None) if actual.negated else (voc.CHANGE_WORDS[actual.word], actual.degree)
    elif isinstance(actual, TextValue):
        worded = _worded_change(actual, name, year, sign)
    if worded is None:
        return None
    return _worded_outcome(worded, family, shown, asked, ctx)


# Words an actual may add inside the target's phrase (按季度足额发放 for 按季度发放) or
# before it (已按季度发放): how fully or timely it was done, never less of it.
_ADDED_WORDS: Final = (
    f"(?:{_IN_FULL_WORDS}|{_ON_TIME_WORDS}|均|都|已经|已|全面|严格|顺利|圆满|切实|得到|得以)"
)
# What may follow the target's phrase: a clause after a separator (、应退尽退), or a word
# of completion (到位, 完毕).
_CLAUSE_START: Final = ("、", "，", ",", "；", ";", "。", "和", "及", "并", "且", "同时")
_DONE_TAILS: Final = frozenset({"到位", "完毕", "完成", "落实", "落实到位", "兑现", "到户"})
# What a following clause may not say: less of the target, a doubt, a plan, a delay.
_LESS_SAID_RE: Final = re.compile(
    "未|不|没|无|非|但|却|仍|尚|部分|基本|个别|少数|多数|大部|除|仅|只|滞后|延迟|延期|逾期|推迟"
    "|暂缓|差距|问题|不足|计划|预计|拟|将|正在|推进|待|偏差"
)


@lru_cache(maxsize=1024)
def _phrase_re(phrase: str) -> re.Pattern[str]:
    """The target's *phrase* with added words allowed before and inside it."""
    body = f"{_ADDED_WORDS}*".join(re.escape(char) for char in phrase)
    return re.compile(f"{_ADDED_WORDS}*{body}(?P<rest>.*)")


def _holds_phrase(phrase: str, text: str) -> bool:
    """The actual *text* says the whole descriptive target *phrase*, adding only more.

    Added are words of how fully or timely it was done (足额, 全部, 及时, 已: before or
    inside the phrase), a word of completion after it (到位), or a clause after a
    separator (、应退尽退; ，并公示) that says nothing less (未, 部分, 但, 计划…).

    >>> (
    ...     _holds_phrase("按季度发放", "按季度足额发放"),
    ...     _holds_phrase("应保尽保", "应保尽保、应退尽退"),
    ... )
    (True, True)
    >>> (
    ...     _holds_phrase("按季度发放", "部分按季度发放"),
    ...     _holds_phrase("应保尽保", "应保尽保，但仍有漏保"),
    ... )
    (False, False)
    """
    if len(phrase) < 2 or phrase == text or phrase[0] not in text:  # noqa: PLR2004
        return False
    found = _phrase_re(phrase).fullmatch(text)
    if found is None:
        return False
    rest = found.group("rest")
    if not rest:
        return True
    if rest in _DONE_TAILS:
        return True
    return rest.startswith(_CLAUSE_START) and _LESS_SAID_RE.search(rest) is None


def _judge_plainly(target: Target, actual: Value, ctx: _Context) -> _Outcome:
    say = ctx.say
    if isinstance(target, AnyOf):
        outcomes = [_judge(option, actual, ctx) for option in target.options]
        return min(
            outcomes,
            key=lambda outcome: (
                _ORDER.index(outcome.attainment) if outcome.attainment in _ORDER else len(_ORDER)
            ),
        )
    if isinstance(target, (Comparison, Range)):
        return _judge_comparison(target, actual, ctx)
    if isinstance(target, (Deadline, PeriodTarget)):
        return _judge_deadline(actual, ctx)
    if (effect := _judge_no_effect(target, actual, ctx)) is not None:
        return effect  # 无明显影响 against 无, 未产生负面影响, 有一定影响
    if (kept := _judge_no_cost(target, actual, ctx)) is not None:
        return kept  # 不超过预算 against 未超支, 不造成环境污染 against 未造成环境污染
    if isinstance(target, QualitativeTarget):
        return _judge_qualitative(target, actual, ctx)
    if isinstance(target, Descriptive):
        flat = _is_flat_target(target, ctx.year, ctx.indicator.name)
        if flat and _holds_level(actual, ctx.indicator.name, ctx.year):
            return _judge_flat(target, actual, ctx)  # 持平 against 持平: a result, no copy
        if _normal(_text(actual)) == _normal(target.description) or _normal(actual.text) == _normal(
            target.text
        ):
            return _Outcome(
                _Attainment.MET,
                say("实际完成情况与年度指标表述一致", "the actual repeats the target"),
            )
        if _status_of(actual) is _Status.DONE:
            if _prose_time_limit(target, actual):
                # 汛前完成 against 2025年8月完成: done, but whether in time no date can say
                return _Outcome(
                    _Attainment.UNKNOWN,
                    say(
                        f"年度指标“{target.description}”的时限不是日期，"
                        f"实际“{_text(actual)}”是否按时完成需人工判断",
                        f"the target “{target.description}” sets a time limit that is no date: "
                        f"a reviewer must judge whether “{_text(actual)}” was in time",
                    ),
                )
            return _Outcome(
                _Attainment.MET,
                say(f"实际“{_text(actual)}”，已完成", f"actual “{_text(actual)}”: done"),
            )
        degreed = _degree_of_word(target, actual, say)
        if degreed is not None:
            return degreed
        graded = _graded(target, actual, ctx)
        if graded is not None:
            return graded
        relative = _relative_target(target, actual, ctx.indicator.name, ctx.year)
        if relative is None and (base := _shared_base(target, actual, ctx.year)) is not None:
            # 不低于2022年 against 低于2022年 in a 2024 table: the same base on both sides
            ctx = ctx._replace(base=base)
            relative = _relative_target(target, actual, ctx.indicator.name, ctx.change_year)
        if relative is not None:
            return _judge(relative, actual, ctx)
        if flat:
            return _judge_flat(target, actual, ctx)
        if target.recurring and (timed := _in_time(actual, say)) is not None:
            return timed  # 每月10日前 against 按时发放: the schedule kept, as a time limit is
        if (changed := _judge_change_word(target, actual, ctx)) is not None:
            return changed  # 不断缩小 against 逐步缩小: a change word of no family
        if _holds_phrase(_normal(target.description), _normal(_text(actual))):
            # 应保尽保 against 应保尽保、应退尽退; 按季度发放 against 按季度足额发放
            return _Outcome(
                _Attainment.MET,
                say(
                    f"实际“{_text(actual)}”包含年度指标“{target.description}”的全部内容，达到年度指标",
                    f"actual “{_text(actual)}” holds the whole target “{target.description}”",
                ),
            )
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                "年度指标为文字描述，实际完成情况需人工判断",
                "a descriptive target: a reviewer must judge the actual",
            ),
        )
    return _Outcome(_Attainment.UNKNOWN, say("无法判断", "cannot be judged"))  # pragma: no cover


# A time limit in prose: before an event or a season (汛前完成, 汛期前, 农历腊月二十前, 开学前),
# or within a week named by its place (开学第一周内完成). Not 提前, 目前, 前期, 前列, 前沿,
# 前后, nor a ranking (前三名, 前5位).
_PROSE_LIMIT_RE: Final = re.compile(
    r"(?<![提目当])前(?![期列沿后茅端\d一二三四五六七八九十两百])|周内"
)
# A date in an actual: a year, a month, a part of a month or of the year.
_DATED_ACTUAL_RE: Final = re.compile(
    r"(?:19|20)\d{2}年|\d{1,2}月|[十一二三四五六七八九]月|[上中下]旬|季度|[上下]半年|年[底末初]"
)

# A recurring time (每月中旬, 按季度, 各季度) or the present one (本季度): no date of work done.
_RECURRING_TIME_RE: Final = re.compile(
    r"(?:每|各|按|逐|分)个?(?:季度|月|旬|半年|年)(?:[上中下]旬)?(?:度)?|本季度?|本月|当季度?|当月"
)


def _prose_time_limit(target: Descriptive, actual: Value) -> bool:
    """Whether a prose target sets a time limit and a dated actual is judged by it.

    ``汛前完成``, ``农历腊月二十前``, ``开学第一周内完成`` name a time no calendar date
    gives: ``2025年8月完成`` says the work is done, not whether in time, which a
    reviewer judges (an undated ``已完成`` or ``汛前已完成`` still meets the target).

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _prose_time_limit(parse_target(goal), parse_value(said, year=2025))
    ...     for goal, said in (
    ...         ("汛前完成", "2025年8月完成"),
    ...         ("汛前完成", "已完成"),
    ...         ("提前完成", "8月完成"),
    ...         ("每月20日前发放", "每月中旬已发放"),
    ...     )
    ... ]
    [True, False, False, False]
    """
    if _PROSE_LIMIT_RE.search(_normal(target.description)) is None:
        return False
    if isinstance(actual, DateValue):
        return True
    said = _normal(_text(actual))
    if "每" in said or "各" in said or "按" in said or "本" in said or "当" in said:
        said = _RECURRING_TIME_RE.sub("", said)  # 每月中旬已发放: how often, no date
    return _DATED_ACTUAL_RE.search(said) is not None


# What opens a target written with an operator: ≥45公里, ≤2.2万元, >90%.
_OPERATOR_LEAD: Final = ("≥", "≤", ">", "<")
# What closes a deadline: 2024年10月底前, 10月底之前, 年底以前.
_DEADLINE_TAIL: Final = ("前", "之前", "以前")


def _target_form(actual: Value | None) -> bool:
    """Whether *actual* is written as a target: an operator or a deadline, no result.

    ``≥45公里`` and ``≤2.2万元`` (an operator before the figure), ``2024年10月底前`` (a
    date with 前 and no status) report no figure. A bound in words (``90%以上``,
    ``不低于95%``) is a result stated roughly, as units often do, and no target form.

    >>> from perftrack import parse_value
    >>> [_target_form(parse_value(text)) for text in ("≥45公里", "2024年10月底前", "90%以上")]
    [True, True, False]
    """
    if isinstance(actual, Quantity):
        return (
            actual.bound is not _Bound.EXACT
            and actual.status is None
            and normalize(actual.text).text.lstrip().startswith(_OPERATOR_LEAD)
        )
    if isinstance(actual, DateValue):
        return actual.status is None and normalize(actual.text).text.rstrip().endswith(
            _DEADLINE_TAIL
        )
    return False


def _bare_figure(target: Target | None) -> bool:
    """Whether *target* is a figure without an operator (``26公里``, ``完成58%``)."""
    return isinstance(target, Comparison) and target.op is _Op.EQ


def _actual_is_target(indicator: Indicator) -> bool:
    """An actual in a target's form (``≥45公里``) beside another bare figure as the target.

    The columns read the wrong way round (``26公里 | ≥45公里``): the figure reported
    stands under 年度指标值 and the target under 实际完成值, and the comparison says
    nothing (scoring.md §3 rule 2). The target's own figure with an operator
    (``95% | ≥95%``) is the target copied as the actual, judged as such (met).
    """
    return (
        _bare_figure(indicator.target)
        and _target_form(indicator.actual)
        and not _copies_bare_figure(indicator.target, indicator.actual)
    )


def _copies_bare_figure(target: Target | None, actual: Value | None) -> bool:
    """Whether *actual* (``≥95%``) is the bare *target*'s figure (``95%``) with an operator.

    >>> from perftrack import parse_target, parse_value
    >>> _copies_bare_figure(parse_target("95%"), parse_value("≥95%"))
    True
    >>> _copies_bare_figure(parse_target("26公里"), parse_value("≥45公里"))
    False
    """
    return (
        isinstance(target, Comparison)
        and target.op is _Op.EQ
        and isinstance(actual, Quantity)
        and actual.value == target.value
        and actual.unit == target.unit
    )


def _vague_word(target: QualitativeTarget) -> bool:
    """A qualitative target whose copy is no result: a degree, or a word of effect.

    ``明显提升``, ``不断增强``, ``逐步健全``, ``效果明显``, ``有效``: a reviewer asks what
    improved, by how much and on what evidence. A bare word restated is the one-word
    answer the table asks for: a binary one (``合格``, ``及时``, ``健全``, ``达标``,
    ``通过验收``, a grade, ``无安全隐患``) or a bare direction (``提高``).

    A grade written with the degree 较 (``较高``, ``较好``) is one too: it is as vague as
    ``明显``, while ``高`` or ``良好`` is the grade.

    >>> from perftrack import parse_target
    >>> [_vague_word(parse_target(text)) for text in ("明显提升", "逐步健全", "合格", "提高")]
    [True, True, False, False]
    >>> [_vague_word(parse_target(text)) for text in ("较高", "较好", "高", "良好", "明显")]
    [True, True, False, False, True]
    """
    return (
        target.degree is not None
        or target.family == "effect"
        or (target.family == "quality" and target.word[0] == "较")
    )


def _copy_of_target(
    target: Target | None, actual: Value | None, state: _Scoring
) -> Severity | None:
    """How an actual that copies its *target* is flagged (``actual-copies-target``), or None.

    A warning for a target's form reprinted as the actual: a comparison, a range, a
    deadline or a period (``≥200家``, ``2024年6月30日前``), or a bare figure with an
    operator (``95% | ≥95%``, none in a table whose columns look swapped): no result is
    reported. An info for words copied: a descriptive target (``有效保障``, not a
    target of no change, ``持平``) or a vague qualitative one (:func:`_vague_word`:
    ``明显提升``, ``逐步健全``; not ``合格`` or ``及时``). An exact target reached
    (``100% | 100%``) is no copy.

    >>> from perftrack import parse_target, parse_value
    >>> state = _Scoring(Table(kind=TableKind.TRACKING, title=""), Policy())
    >>> [
    ...     _copy_of_target(parse_target(text), parse_value(text), state)
    ...     for text in ("≥200家", "明显提升", "合格")
    ... ]
    [<Severity.WARNING: 'warning'>, <Severity.INFO: 'info'>, None]
    """
    if actual is None or target is None:
        return None
    if isinstance(target, Descriptive):
        if isinstance(actual, QualitativeValue) and actual.family == "yes":
            return None  # 否 | 否 (an Excel FALSE read 否): the answer, no copy
        if _normal(_text(actual)) == _normal(target.description) and not _is_flat_target(
            target, state.year
        ):
            return _Severity.INFO
        return None
    if isinstance(target, QualitativeTarget):
        if _vague_word(target) and _normal(_text(actual)) == _normal(_text(target)):
            return _Severity.INFO
        return None
    # 95% | ≥95%: the bare target's figure reprinted with an operator (in a table whose
    # columns look swapped, 860公里 | ≥860公里 is its result)
    if _copies_bare_figure(target, actual) and _target_form(actual) and not state.swapped:
        return _Severity.WARNING
    if isinstance(actual, Quantity) and actual.bound is _Bound.EXACT and actual.label is None:
        return None  # 120人次: a figure reached, no target's form (the common row)
    if (
        isinstance(target, (Comparison, Range, Deadline, PeriodTarget))
        and not (isinstance(target, Comparison) and target.op is _Op.EQ)
        and not (isinstance(target, Deadline) and not _DEADLINE_FORM_RE.search(actual.text))
        and (
            _normal(actual.text) == _normal(target.text)
            or str(actual) == str(target)  # ≥1000人次 under ≥1000(人次)
        )
    ):
        return _Severity.WARNING
    return None


# What makes a date a deadline's form rather than the date a thing was done: a bare date
# under a bare date target (项目开工时间 | 2024年3月 | 2024年3月) is the result, started
# in the month planned; 2024年6月30日前 reprinted says nothing was reported.
_DEADLINE_FORM_RE: Final = re.compile("前|以内|之内|内完成")


# An actual labelled as a forecast, a plan, a design figure or what the work can or will
# do (预计新增灌溉面积2.15万亩, 计划受益人口, 设计受益人口, 可带动就业600人, 项目建成
# 后将惠及3.5万人): the figure of a feasibility study, no result. After an optional lead
# (全年, 项目建成后); 计划, 设计, 可, 将 and 能 only before a word of benefit or
# capacity, so that 计划生育, 设计变更次数, 可回收物, 可比价 stay names. Not 争取: 争取
# 上级资金5200万元 is money obtained.
_FORECAST_LABEL_RE: Final = re.compile(
    r"(?:全年|年底|年内|[\u4e00-\u9fff]{1,8}?后[，,]?)?(?:"
    r"(?P<forecast>预计|预期(?!寿命|目标)|预估|拟|有望|力争)"
    r"|(?P<plan>计划)(?!生育|单列|免疫|内|外)"
    r"|(?P<design>设计)(?=受益|新增|年(?!限)|日|规模|能力|产能|处理|供水|灌溉|库容|容量|流量"
    r"|人口|效益|增收|带动|惠及|覆盖|床位|座位)"
    r"|(?P<able>可|将|能够?)(?=惠及|新增|带动|增加|实现|满足|解决|改善|受益|节约|节省|减少"
    r"|提供|容纳|供|达到|达|增收|吸纳|覆盖|安置|辐射|拉动|使|年|形成|产生|创造|降低|提高))"
)
_FORECAST_KINDS: Final = MappingProxyType(
    {
        "forecast": ("预计数", "a forecast"),
        "plan": ("计划数", "a plan"),
        "design": ("设计值", "a design figure"),
        "able": ("预期数", "an expected figure"),
    }
)


def _forecast_said(indicator: Indicator) -> tuple[str, str] | None:
    """What an actual's label says its figure is, when no result: (zh, en) or None.

    ``预计新增灌溉面积2.15万亩`` is a forecast, ``设计受益人口3.5万人`` a design figure,
    ``可带动就业600人`` an expected one. A label that names a rate (``计划完成率``,
    ``可回收物分类率``) is a measure, and a word the indicator's own name or its target's
    label holds (``设计日供水能力`` against ``设计日供水能力≥5000吨``) is its measure too.

    >>> from perftrack import parse_target, parse_value
    >>> def said(name, actual, target="≥2万亩"):
    ...     row = Indicator(name, target=parse_target(target), actual=parse_value(actual))
    ...     return _forecast_said(row)
    >>> said("新增灌溉面积", "预计新增灌溉面积2.15万亩")
    ('预计数', 'a forecast')
    >>> said("受益人口", "项目建成后将惠及3.5万人", "≥3万人")
    ('预期数', 'an expected figure')
    >>> said("设计变更", "设计变更次数2次", "≤3次") is None
    True
    """
    actual = indicator.actual
    if not isinstance(actual, Quantity) or actual.label is None:
        return None
    found = _FORECAST_LABEL_RE.match(actual.label)
    if found is None or found.lastgroup is None:
        return None
    kind = found.lastgroup
    word = found[kind]
    if word != "预计" and "率" in actual.label:
        return None  # 计划完成率, 设计达标率: the rate measured (预计完成率 is forecast)
    target = indicator.target
    own = getattr(target, "label", None) or ""
    if word in indicator.name or word in own:
        return None  # 设计日供水能力 against 设计日供水能力≥5000吨: its own measure
    return _FORECAST_KINDS[kind]


def _attainment(ctx: _Context) -> _Outcome:
    indicator = ctx.indicator
    say = ctx.say
    target, actual = indicator.target, indicator.actual
    if ctx.table.kind is _TableKind.TARGET:
        return _Outcome(
            _Attainment.NOT_APPLICABLE,
            say("目标表没有实际完成值", "a target table has no actual values"),
        )
    if isinstance(actual, NotApplicable) and _forecast_before_due(ctx):
        # 粮食产量 | ≥600亿斤 | — | 全年预计 ≥600亿斤 in a 1-7月 monitoring table: the dash
        # says "no figure yet", which the forecast beside it shows applies
        return _Outcome(
            _Attainment.PENDING,
            say(
                f"尚无实际完成值（“{actual.text or actual.word}”），截止日期未到，进度以全年预计判断",
                f"no actual yet (“{actual.text or actual.word}”), not due; the forecast decides",
            ),
        )
    if isinstance(target, NotApplicable) or isinstance(actual, NotApplicable):
        return _Outcome(
            _Attainment.NOT_APPLICABLE, say("指标不适用", "the indicator does not apply")
        )
    if actual is None or (isinstance(actual, TextValue) and not actual.description):
        return _Outcome(_Attainment.UNKNOWN, say("实际完成值为空", "the actual value is empty"))
    if target is None:
        return _Outcome(_Attainment.UNKNOWN, say("年度指标值为空", "the target is empty"))
    if _actual_is_target(indicator):
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际完成值“{_text(actual)}”为指标形式，未填写实际完成的数值，"
                f"无法与年度指标“{_text(target)}”比较",
                f"the actual “{_text(actual)}” is written as a target, no figure reached:"
                f" it cannot be compared with “{_text(target)}”",
            ),
        )
    said = _forecast_said(indicator)
    if said is not None:
        # 预计新增灌溉面积2.15万亩, 设计受益人口3.5万人: no result; a tracking table's
        # progress judges it as a forecast (score)
        shown = _text(actual)
        if ctx.at_due is False:
            return _Outcome(
                _Attainment.PENDING,
                say(
                    f"实际“{shown}”为{said[0]}，不是实际完成值，截止日期未到",
                    f"actual “{shown}” is {said[1]}, no result; not due",
                ),
            )
        return _Outcome(
            _Attainment.UNKNOWN,
            say(
                f"实际“{shown}”为{said[0]}，不是实际完成值，无法判断是否达到年度指标",
                f"actual “{shown}” is {said[1]}, no result: the target cannot be judged",
            ),
        )
    return _judge(_policy_target(target, ctx.policy), _policy_value(actual, ctx.policy), ctx)


def _as_forecast(ctx: _Context, has_forecast: bool) -> tuple[_Context, bool]:  # noqa: FBT001
    """The row as its progress is judged when its actual is a forecast, and *has_forecast*.

    An actual labelled as a forecast, a plan or a design figure (:func:`_forecast_said`)
    is no actual: before the due date it is the row's 全年预计完成情况 (unless the row
    prints one), judged as that column is (§4 rule 1); at due it is nothing. Beside a
    plan there is then no actual to hold against it: progress is unknown, whatever the
    deviation reason says (its rule speaks of an empty actual cell).
    """
    indicator = ctx.indicator
    actual = indicator.actual
    if (
        not isinstance(actual, Quantity)
        or actual.label is None
        or ctx.table.kind is _TableKind.TARGET
        or _forecast_said(indicator) is None
    ):
        return ctx, has_forecast
    if ctx.at_due is False:
        forecast = actual if indicator.forecast is None else indicator.forecast
        ahead = evolve(indicator, actual=None, forecast=forecast, deviation_reason="")
        return ctx._replace(indicator=ahead), True
    return ctx._replace(indicator=evolve(indicator, actual=None, deviation_reason="")), has_forecast


def _forecast_before_due(ctx: _Context) -> bool:
    """Whether the row, before its due date, forecasts a figure for an applicable target."""
    forecast = ctx.indicator.forecast
    return (
        ctx.at_due is False
        and ctx.indicator.target is not None
        and not isinstance(ctx.indicator.target, NotApplicable)
        and forecast is not None
        and not isinstance(forecast, NotApplicable)
        and not (isinstance(forecast, TextValue) and not forecast.description)
    )


def _policy_target(target: Target, policy: Policy) -> Target:
    """A prose target that is a word of a family the policy added (``无误``) becomes one."""
    if isinstance(target, Descriptive) and policy.families is not _DEFAULT_FAMILIES:
        family = policy.family_of(target.description)
        if family is not None:
            return QualitativeTarget(target.description, family, text=target.text)
    return target


def _policy_value(value: Value, policy: Policy) -> Value:
    """A text value that is a word of a family the policy added becomes a qualitative value.

    Negated (不/未/无/非 + word) and partial (基本 + word) forms count too.
    """
    if not isinstance(value, TextValue) or policy.families is _DEFAULT_FAMILIES:
        return value
    text = value.description
    family = policy.family_of(text)
    if family is not None:
        return QualitativeValue(text, family, text=value.text)
    for prefix in voc.NEGATION_PREFIXES:
        if text.startswith(prefix) and (family := policy.family_of(text[len(prefix) :])):
            return QualitativeValue(text[len(prefix) :], family, negation=prefix, text=value.text)
    if text.startswith(voc.PARTIAL_DEGREE) and (family := policy.family_of(text[2:])):
        return QualitativeValue(
            text[2:], family, partial=True, degree=voc.PARTIAL_DEGREE, text=value.text
        )
    return value


# ---------------------------------------------------------------------------
# §4 progress


def _against_plan(
    done: _Interval, plan: _Interval, *, lower: bool, condition: bool = False
) -> _Check:
    """Whether every figure the actual allows reaches every one the plan allows.

    A *condition* plan (``≥3万人次``, ``不低于90%``, ``≤150万元``: written with an
    operator) is met by an actual that satisfies it: 3.2 against ``≥3`` is on track.
    """
    if condition and not lower and plan.high is None and plan.low is not None:
        return _at_least(done, plan.low, strict=not plan.low_closed)
    if condition and lower and plan.low is None and plan.high is not None:
        return _at_most(done, plan.high, strict=not plan.high_closed)
    if lower:  # within the plan: at most its least
        if plan.low is not None and _at_most(done, plan.low, strict=False) is _FastCheck.SATISFIED:
            return _FastCheck.SATISFIED
        if plan.high is not None and _at_most(done, plan.high, strict=False) is _FastCheck.VIOLATED:
            return _FastCheck.VIOLATED
        return _FastCheck.UNDECIDED
    if plan.high is not None and _at_least(done, plan.high, strict=False) is _FastCheck.SATISFIED:
        return _FastCheck.SATISFIED
    if plan.low is not None and _at_least(done, plan.low, strict=False) is _FastCheck.VIOLATED:
        return _FastCheck.VIOLATED
    return _FastCheck.UNDECIDED


# Units of a rate or a score: a percentage forecast against them is a figure of its own.
_NOT_COUNTS: Final = frozenset({None, "%", "‰", "‱", "个百分点", "分"})


def _forecast_share(forecast: Value, target: Target, indicator: Indicator) -> Value:
    """A bare percentage forecast against a count or amount to reach is a share of the target.

    The 全年预计完成情况 of ``≥10万人次`` written ``90%`` says 90% of the year's work
    will be done, as ``完成全年任务的90%`` does (partly done: behind), and ``100%`` all
    of it (done). Not against a percentage or a score (``≥95%`` forecast ``96%``), nor a
    ceiling (``≤300万元`` forecast ``90%`` is no lag), nor a forecast with a status or a
    bound of its own.

    Example:
        >>> from perftrack.expressions import parse_target, parse_value
        >>> share = _forecast_share(
        ...     parse_value("90%"), parse_target("≥10万人次"), Indicator("读者")
        ... )
        >>> share.status.value
        'partial'
        >>> str(_forecast_share(parse_value("96%"), parse_target("≥95%"), Indicator("覆盖率")))
        '96(%)'
    """
    if not (
        isinstance(forecast, Quantity)
        and forecast.unit == "%"
        and forecast.status is None
        and forecast.bound in (_Bound.EXACT, _Bound.APPROXIMATELY)
        and _counts_task(target, indicator)
    ):
        return forecast
    if forecast.value >= _HUNDRED:
        return evolve(forecast, status=_Status.DONE)
    partly = is_share_in_progress(forecast.value, forecast.unit)
    return evolve(forecast, status=_Status.PARTIAL if partly else _Status.NOT_DONE)


# 不低于序时进度, ≥序时进度, 达到序时进度, 序时进度: the time progress as a bar to reach
_TIME_PROGRESS_TARGET_RE: Final = re.compile(
    r"(?:≥|>=|不低于|不少于|不小于|达到|符合|按|按照|满足|完成)?序时(?:进度|要求)(?:要求|目标)?"
)
# A plan written as the time progress: 序时进度, 达到序时进度, 按序时进度完成.
_TIME_PROGRESS_PLAN_RE: Final = re.compile(
    r"(?:≥|>=|不低于|达到|符合|按|按照|满足|完成)?序时进度(?:要求|目标)?(?:完成|推进)?"
)


def _paced_target(indicator: Indicator, time_progress: Decimal | None) -> Indicator:
    """*indicator* with a target of ``不低于序时进度`` as ``≥`` the time progress in %.

    资金支出进度 | 不低于序时进度 | 45% in a 1-6月 table (序时进度 50%) is judged as
    against ``≥50%``; the scorecard knows the time progress (§1). Any other indicator,
    or one without a time progress, is itself.

    >>> from perftrack import parse_target
    >>> row = Indicator("资金支出进度", target=parse_target("不低于序时进度"))
    >>> str(_paced_target(row, Decimal(50)).target)
    '≥50(%)'
    """
    target = indicator.target
    if (
        time_progress is None
        or not isinstance(target, Descriptive)
        or "序时" not in target.description
        or not _TIME_PROGRESS_TARGET_RE.fullmatch(_normal(target.description))
    ):
        return indicator
    # as the scorecard shows it (66.67, to the hundredth): the figure a reviewer reads
    bar = half_up(time_progress, _CENT_SHARE).normalize()
    paced = Comparison(_Op.GE, bar, "%", text=target.text)
    return evolve(indicator, target=paced)


# A name of a share, a part of a whole in % (合格率, 达标率, 覆盖率, 满意度, 占比): a bare
# 0.9 in its target is 90%. Not a coefficient, an index or a ratio of two figures
# (基尼系数0.4, 容积率1.5, 流动比率), nor a rate that is no part of a whole: a count per
# period (监测频率12次, 周转率 in 次), a rate per 1000 or 10万 of a population (出生率,
# 死亡率, 发病率, 患病率, 生育率 in ‰), a price or a ratio (利率, 汇率, 税率, 倍率, 功率,
# 效率); a rate of change (增长率) is left out by its sign.
_SHARE_NAME_RE: Final = re.compile(r"(?:率|满意度|比例|占比|比重)$")
_NO_SHARE_NAME_RE: Final = re.compile(
    r"系数|指数|比值|比率|容积率|周转率|倍数|弹性|频率|出生率|死亡率|发病率|患病率|罹患率"
    r"|生育率|(?<![净毛])利率|汇率|税率|倍率|功率|效率"
)


def _share_name(name: str) -> bool:
    """*name* is a share's, in % (…率, 满意度, 比例, 占比, 比重), not a rate of change.

    Not a count per period (频率), a rate per 1000 or 10万 (出生率, 死亡率, 发病率,
    患病率), a price or a ratio (利率, 汇率, 税率, 倍率, 功率, 效率, 周转率, 容积率):
    their bare figures are no shares.

    >>> _share_name("服务对象满意度"), _share_name("验收合格率（%）"), _share_name("基尼系数")
    (True, True, False)
    >>> _share_name("农民收入增长率"), _share_name("监测频率"), _share_name("出生率")
    (False, False, False)
    """
    bare = _NAME_TAIL_RE.sub("", name.strip())
    return (
        _SHARE_NAME_RE.search(bare) is not None
        and _NO_SHARE_NAME_RE.search(bare) is None
        and _name_sign(bare) is None
    )


def _percent_implied(unit: str | None, text: str) -> bool:
    """A ``%`` the cell does not write: a 单位 column's or the name's (0.97 under 单位 %).

    >>> _percent_implied("%", "0.97"), _percent_implied("%", "0.97%"), _percent_implied(None, "1")
    (True, False, False)
    """
    return (
        unit == "%" and bool(text) and "%" not in text and "％" not in text and "百分" not in text
    )


def _share_target(indicator: Indicator) -> Indicator:
    """*indicator* with a target written as a share (``≥0.9``) as the percentage it means.

    A bare figure between 0 and 1 (no unit, or the ``%`` of a 单位 column or of the
    name only) on a floor or an exact target is the share (``≥0.9``: ``≥90%``) when the
    row's figure is a percentage nearer that share: ``85%``, a bare ``90`` (the first
    of the actual, the plan and the forecast that is a bare number or in %). Without a
    unit the name must be a share's (…率, 满意度, 比例, 占比, 比重; not 系数, 指数, 比率,
    容积率, 周转率, 增长率). A ceiling (差错率≤0.5 under 单位 %), a lower-is-better row, a
    row whose figure is a share too (``0.93`` against ``≥0.9``: one scale) or a small
    rate (``0.3%``) keeps its target.

    >>> from perftrack import parse_target, parse_value
    >>> row = Indicator("验收合格率", target=parse_target("≥0.9"), actual=parse_value("85%"))
    >>> str(_share_target(row).target), _share_target(row).target.text
    ('≥90(%)', '≥0.9')
    >>> str(_share_target(evolve(row, name="基尼系数")).target)
    '≥0.9'
    """
    target = indicator.target
    if not isinstance(target, (Comparison, Range)):
        return indicator
    bar = target.high if isinstance(target, Range) else target.value
    if not 0 < bar <= 1 or (isinstance(target, Range) and target.low < 0):
        return indicator
    if isinstance(target, Comparison) and target.op in (_Op.LE, _Op.LT):
        return indicator
    implied = target.unit is not None
    if implied:
        if not _percent_implied(target.unit, target.text):
            return indicator
    elif not _share_name(indicator.name):
        return indicator
    if _names_change(target.label) or direction_of(indicator) is _Direction.LOWER:
        return indicator
    for value in (indicator.actual, indicator.planned, indicator.forecast):
        figure = _quantity_of(value)
        if figure is None or figure.unit not in (None, "%"):
            continue
        # 85% or a bare 90 against 0.9: nearer 90 than 0.9; a bare 0.93 is a share too
        if figure.value > 1 and figure.value > 10 * bar:
            break
        return indicator
    else:
        return indicator
    shared: Comparison | Range = (
        evolve(target, low=target.low.scaleb(2), high=target.high.scaleb(2), unit="%")
        if isinstance(target, Range)
        else evolve(target, value=target.value.scaleb(2), unit="%")
    )
    return evolve(indicator, target=shared)


def _counts_task(target: Target | None, indicator: Indicator) -> bool:
    """Whether *target* is a count or amount to reach (``≥300次``).

    A bare percentage is then a share of the year's task; not against a rate, a
    score or a ceiling.
    """
    return (
        isinstance(target, Comparison)
        and target.unit not in _NOT_COUNTS
        and target.op in (_Op.GE, _Op.GT, _Op.EQ)
        and _judged_direction(indicator, target) is not _Direction.LOWER
    )


def _plan_share(
    planned: Value, actual: Quantity, indicator: Indicator, time_progress: Decimal | None
) -> Quantity | None:
    """A plan written as a share of the year's task, as the figure the *actual* compares with.

    Against a count to reach (``≥300次``), a plan of ``50%`` or ``完成全年任务的50%`` is
    half the task, 150次, and ``序时进度`` (or ``达到序时进度``) the time progress's
    share of it; an actual that is a share itself (``40%``) compares with the share.
    None when the plan is no such share (a count, a rate target, a ceiling).

    >>> from perftrack.expressions import parse_target, parse_value
    >>> row = Indicator("义诊次数", target=parse_target("≥300次"))
    >>> str(_plan_share(parse_value("50%"), parse_value("120次"), row, None))
    '150(次)'
    >>> str(_plan_share(parse_value("序时进度"), parse_value("40%"), row, Decimal(50)))
    '50(%)'
    """
    target = indicator.target
    if not _counts_task(target, indicator) or not isinstance(target, Comparison):
        return None
    if isinstance(planned, TextValue):
        if (
            time_progress is None
            or "序时" not in planned.description
            or not _TIME_PROGRESS_PLAN_RE.fullmatch(_normal(planned.description))
        ):
            return None
        share = Quantity(time_progress, "%", text=planned.text)
    elif (
        isinstance(planned, Quantity)
        and planned.unit == "%"
        and planned.status in (None, _Status.PARTIAL)
        and planned.bound in (_Bound.EXACT, _Bound.APPROXIMATELY)
    ):
        share = planned
    else:
        return None
    if actual.unit == "%" and not _share_of_work(actual, target):
        return share if share is not planned else None  # 40% against 50%: both shares
    # to the hundredth: 83.33…% of 300次 is 250次, not 249.99…
    value = half_up(target.value * share.value / _HUNDRED, _CENT_SHARE)
    return Quantity(value.normalize(), target.unit, share.bound, text=planned.text)


def _share_in_target_unit(share: Quantity, target: Comparison) -> Quantity:
    """A share of the work as that part of the target (50% of 200户: 100户).

    A share said as a fraction is taken exactly, shown to the hundredth: ``完成工程量的1/3`` of ``≥120公里`` is
    40公里, not 33.33% of it (39.996公里).

    Example:
        >>> from perftrack import parse_target
        >>> share = parse_value("完成工程量的1/3")
        >>> str(_share_in_target_unit(share, parse_target("≥120公里")))
        '40(公里)'
        >>> str(_share_in_target_unit(share, parse_target("≥1000米")))
        '约333.33(米)'
    """
    fraction = task_fraction(share.text) if share.bound is not _Bound.EXACT else None
    if fraction is None:
        return Quantity(target.value * share.value / _HUNDRED, target.unit, share.bound)
    part, whole, over = fraction
    value = target.value * part / whole
    rounded = half_up(value, _CENT_SHARE)
    if rounded == value:
        bound = _Bound.MORE_THAN if over else _Bound.EXACT
        return Quantity(value.normalize(), target.unit, bound)
    # 1/3 of 1000米: about 333.33米 (more than it, past half)
    return Quantity(rounded, target.unit, _Bound.MORE_THAN if over else _Bound.APPROXIMATELY)


def _forecast_outcome(ctx: _Context) -> tuple[Progress, str] | None:
    """The row's 全年预计完成情况 judged against its target as if at due (§4 rule 1).

    ``on_track`` when the forecast meets the target, ``behind`` (with how it misses)
    when it misses or is partial, None when it decides nothing or there is none.

    Example:
        >>> from perftrack import Indicator, Table, TableKind, parse_target, parse_value
        >>> row = Indicator("管理率", target=parse_target("≥90%"), forecast=parse_value("88%"))
        >>> table = Table(TableKind.TRACKING)
        >>> ctx = _Context(row, 0, table, Policy.central(), None, 2024, _Language("zh"))
        >>> _forecast_outcome(ctx)
        (<Progress.BEHIND: 'behind'>, '全年预计88%，未达年度指标≥90%')
    """
    indicator, say = ctx.indicator, ctx.say
    target, forecast = indicator.target, indicator.forecast
    if target is None or forecast is None:
        return None
    at_due = ctx._replace(
        as_of=_due(target, ctx.year, ctx.policy) or ctx.as_of, base=None, forecasting=True
    )
    outcome = _judge(target, _forecast_share(forecast, target, indicator), at_due)
    if outcome.attainment is _Attainment.MET:
        return _Progress.ON_TRACK, say(
            f"全年预计“{_text(forecast)}”可达成",
            f"the forecast “{_text(forecast)}” meets the target",
        )
    if outcome.attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL):
        # the forecast's own verdict says how it misses (超出 a ceiling, 未达 a floor)
        return _Progress.BEHIND, say(
            "全年预计"
            + outcome.why.removeprefix("实际").removeprefix("预计").removesuffix("，无法挽回"),
            f"forecast {outcome.why.removeprefix('actual ')}",
        )
    return None


def _forecast_misses(ctx: _Context, attainment: Attainment, progress: Progress) -> str | None:
    """Why the row's forecast misses its target while its plan decides the progress.

    §4 judges a row with a plan by its plan; its 全年预计完成情况 still says whether
    the year's target will be reached. 孕产妇系统管理率 ``≥90%``, on its plan of 90%
    with 91%, forecast ``88%``: the table itself foresees a miss, which the
    likelihood (确定能), the deviation reason and the corrective measures must answer.
    Before due only (at due the actual is final), and only on a row not already
    behind or not met. None when the forecast meets the target or decides nothing.
    """
    indicator = ctx.indicator
    planned = indicator.planned
    if (
        ctx.at_due
        or planned is None
        or isinstance(planned, NotApplicable)
        or progress is _Progress.BEHIND
        or attainment in (_Attainment.NOT_MET, _Attainment.NOT_APPLICABLE)
        or indicator.forecast is None
        or isinstance(indicator.forecast, NotApplicable)
        or ctx.table.kind is _TableKind.TARGET
    ):
        return None
    judged = _forecast_outcome(ctx)
    if judged is None or judged[0] is not _Progress.BEHIND:
        return None
    return judged[1]


def _final_progress(
    ctx: _Context,
    has_forecast: bool,  # noqa: FBT001
    judged: Indicator,
    attainment: Attainment,
) -> tuple[Progress, str]:
    """The progress of ``ctx.indicator``, its *attainment* being decided.

    At or after its due date the actual is final and the forecast no longer says
    anything: a row judged by its forecast (no plan, a 全年预计 column) follows its
    actual (met ``on_track``, not met or partial ``behind``), and a row on track with
    its plan while the target is missed is ``behind``. Before the due date, or when
    the actual decides nothing (unknown), the rules of §4 (:func:`_progress`) apply.
    """
    progress, why = _progress(ctx, has_forecast, judged)
    if not ctx.at_due or progress is _Progress.NOT_APPLICABLE:
        return progress, why
    planned = ctx.indicator.planned
    by_forecast = has_forecast and (planned is None or isinstance(planned, NotApplicable))
    missed = attainment in (_Attainment.NOT_MET, _Attainment.PARTIAL)
    if missed and progress is _Progress.BEHIND:
        return progress, why  # the reason it gives stands (全年预计…晚于截止日期)
    if not missed and not (by_forecast and attainment is _Attainment.MET):
        return progress, why
    say = ctx.say
    forecast = ctx.indicator.forecast
    if not by_forecast and progress is _Progress.ON_TRACK:
        why = say("虽达到计划，但年度指标未达成", "on plan, but the target is missed")
    elif not by_forecast:  # the plan decided nothing (2024年9月20日 against 完成)
        why = say("年度指标未达成", "the target is missed")
    elif forecast is not None and (shown := _text(forecast).strip()):
        why = say(
            f"全年预计“{shown}”已不适用，以实际完成情况为准",
            f"the forecast “{shown}” no longer applies: the actual is final",
        )
    else:
        why = say("以实际完成情况为准", "the actual is final")
    return (_Progress.BEHIND if missed else _Progress.ON_TRACK), why


def _progress(
    ctx: _Context,
    has_forecast: bool,  # noqa: FBT001
    judged: Indicator,
) -> tuple[Progress, str]:
    """The progress of ``ctx.indicator``; *judged* is it as its verdict judges it (_as_judged)."""
    indicator = ctx.indicator
    say = ctx.say
    planned, actual = indicator.planned, indicator.actual
    if ctx.table.kind is _TableKind.TARGET:
        return _Progress.NOT_APPLICABLE, ""
    if planned is None or isinstance(planned, NotApplicable):
        if has_forecast and indicator.forecast is None:
            return _Progress.UNKNOWN, say("全年预计完成情况为空", "no forecast")
        if has_forecast and indicator.forecast is not None and indicator.target is not None:
            judged_forecast = _forecast_outcome(ctx)
            if judged_forecast is None:
                return _Progress.UNKNOWN, ""
            return judged_forecast
        return _Progress.NOT_APPLICABLE, ""
    if actual is None:
        if _stated(indicator.deviation_reason):
            return _Progress.BEHIND, say(
                "实际为空且填写了偏差原因", "no actual, and a deviation is reported"
            )
        if (
            has_forecast
            and judged.actual is None  # not a forecast moved out of the actual (_as_forecast)
            and indicator.forecast is not None
            and indicator.target is not None
        ):
            # a plan and a forecast, no actual printed (上半年目标值 | 全年预计完成): the
            # forecast says the progress, as it does where no plan is printed
            judged_forecast = _forecast_outcome(ctx)
            if judged_forecast is not None:
                return judged_forecast
        return _Progress.UNKNOWN, ""
    # A relative target (比2023年下降5%) is judged as the comparison its verdict reads
    # (下降5%), and the plan and the actual as changes against it (比2023年同期下降2.5%).
    target = judged.target
    if isinstance(target, (Comparison, Range)) and (excess := _overrun(actual, indicator, target)):
        # 超支8.6万元, 延期15天: an overrun, as the verdict reads it, never a figure to plan
        overrun = _judge_overrun(target, excess, ctx).attainment
        shown = excess.text.strip()
        if overrun is _Attainment.MET:
            return _Progress.ON_TRACK, say(
                f"实际{shown}，未超出计划{_text(planned)}", f"actual {shown}: within the plan"
            )
        if overrun is _Attainment.NOT_MET:
            return _Progress.BEHIND, say(
                f"实际{shown}，已超出上限，未按计划{_text(planned)}执行",
                f"actual {shown}: over the ceiling, not as planned",
            )
        return _Progress.UNKNOWN, ""  # 超支8.6万元 against 成本节约率≥5%: the verdict says why
    # bare shares as the verdict reads them (0.96 against a plan of 95%: 96%)
    planned_quantity = _measured(planned, target, indicator.name, ctx.year)
    actual_quantity = _measured(actual, target, indicator.name, ctx.year)
    if (
        actual_quantity is not None
        and isinstance(target, (Comparison, Range))
        and _total_for_unit_cost(target, actual_quantity, judged)
    ):
        # 91.2万元 against 人均≤800元: a total, as the verdict reads it, not the unit cost
        return _Progress.UNKNOWN, ""  # the verdict says why: 为总额…口径不同，无法比较
    if actual_quantity is not None and (planned_quantity is None or planned_quantity.unit == "%"):
        # 50%, 完成全年任务的50%, 序时进度 of ≥300次: a share of the year's task (150次)
        share = _plan_share(planned, actual_quantity, judged, ctx.time_progress)
        if share is not None:
            planned_quantity = share
    if (
        actual_quantity is not None
        and planned_quantity is not None
        and planned_quantity.unit not in (None, "%")
        and isinstance(target, Comparison)
        and _share_of_work(actual_quantity, target)
    ):
        # 完成50% of ≥200户 against a plan of 100户: half the work is 100户
        actual_quantity = _share_in_target_unit(actual_quantity, target)
    target_unit = getattr(target, "unit", None)
    if planned_quantity is not None and actual_quantity is not None:
        factors = _factors(
            planned_quantity.unit or target_unit, actual_quantity.unit or target_unit
        )
        if factors is not None:
            # Both are intervals (§2): 不足1200册 may lie below a plan of 1000 and 190余人
            # above a plan of 200, and a plan of 不足1200册 may lie below 800 done; none
            # of these decides, and the later rules apply.
            done = _interval(actual_quantity, factors[1])
            plan = _interval(planned_quantity, factors[0])
            lower = (
                isinstance(target, (Comparison, Range)) and direction_of(judged) is _Direction.LOWER
            )
            check = _against_plan(
                done,
                plan,
                lower=lower,
                condition=planned_quantity.bound in (_Bound.AT_LEAST, _Bound.AT_MOST),
            )
            word = say("不超过" if lower else "达到", "within" if lower else "reaches")
            shown_actual = _shown_quantity(actual_quantity, target_unit)
            shown_plan = _shown_quantity(planned_quantity, target_unit)
            if check is _FastCheck.SATISFIED:
                return _Progress.ON_TRACK, say(
                    f"实际{shown_actual}{word}计划{shown_plan}",
                    f"actual {shown_actual} {word} the plan {shown_plan}",
                )
            if check is _FastCheck.VIOLATED:
                # above the plan of a ceiling (成本, 单价) is an overrun, not a lag
                return _Progress.BEHIND, say(
                    f"实际{shown_actual}{'超出' if lower else '落后于'}计划{shown_plan}",
                    f"actual {shown_actual} is {'above' if lower else 'behind'} the plan {shown_plan}",
                )
    if _normal(_text(planned)) == _normal(_text(actual)):
        return _Progress.ON_TRACK, say("实际与计划一致", "the actual matches the plan")
    if (
        isinstance(planned, QualitativeValue)
        and isinstance(actual, QualitativeValue)
        and not planned.negated
        and not actual.negated
        and (plan_rank := _rank(planned.word)) is not None
        and (done_rank := _rank(actual.word)) is not None
    ):
        # Grades are ordered (优 > 良 > 中 > 差): 良好 done against a plan of 合格 is
        # ahead, 合格 against 良好 behind, though 合格 is a conformity word too.
        if done_rank >= plan_rank:
            return _Progress.ON_TRACK, say(
                f"实际“{_text(actual)}”不低于计划“{_text(planned)}”",
                "the actual grade reaches the plan's",
            )
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”低于计划“{_text(planned)}”",
            "the actual grade is below the plan's",
        )
    if (
        isinstance(planned, QualitativeValue)
        and isinstance(actual, QualitativeValue)
        and planned.family == actual.family
        and not actual.negated
        and not actual.partial
    ):
        return _Progress.ON_TRACK, say("实际与计划属同一结果", "the actual matches the plan")
    if (
        isinstance(actual, DateValue)
        and actual.year is not None
        and actual.date is not None
        and actual.start is not None
        and _after_period(actual.start, actual.status, ctx)
    ):
        # 2024年10月15日完成 in a table as of 08-31: not done yet, whatever its status word
        if _status_of(planned) is _Status.DONE:
            return _Progress.BEHIND, say(
                f"跟踪期内未达到计划“{_text(planned)}”",
                "the plan is not reached within the period",
            )
        return _Progress.UNKNOWN, ""
    if _status_of(actual) is _Status.DONE:
        return _Progress.ON_TRACK, say("实际已完成", "the actual is done")
    plan_negated = isinstance(planned, QualitativeValue) and planned.negated
    plan_partial = _status_of(planned) is _Status.PARTIAL or (
        isinstance(planned, QualitativeValue) and planned.partial
    )
    # A partial actual (基本健全, 基本完成) falls short of a plan that is not partial itself.
    actual_partial = _status_of(actual) is _Status.PARTIAL or (
        isinstance(actual, QualitativeValue) and actual.partial
    )
    # Mid-year, a plan of a count (600户 of ≥1200户) says nothing a partial status can
    # fall short of: 基本完成, 已竣工，待验收 may be ahead of it (§4 rule 4).
    plan_counted = (
        ctx.at_due is False
        and isinstance(planned, Quantity)
        and planned.status is None
        and _counted_target(indicator.target)
        and planned.unit == getattr(indicator.target, "unit", None)
    )
    actual_bad = (
        _status_of(actual) is _Status.NOT_DONE
        or (actual_partial and not plan_partial and not plan_counted)
        or (
            isinstance(actual, QualitativeValue)
            and (
                actual.negated
                or (
                    isinstance(planned, QualitativeValue)
                    and _opposite(planned.family, actual, ctx.policy)
                )
            )
        )
    )
    if actual_bad and not plan_negated and _status_of(planned) is not _Status.NOT_DONE:
        return _Progress.BEHIND, say(
            f"实际“{_text(actual)}”未达到计划“{_text(planned)}”",
            f"actual “{_text(actual)}” falls short of the plan",
        )
    if _stated(indicator.deviation_reason):
        return _Progress.BEHIND, say("表中填写了偏差原因", "the table reports a deviation")
    return _Progress.UNKNOWN, ""


# ---------------------------------------------------------------------------
# Dates and time progress (§1)


def _as_of(table: Table, policy: Policy) -> tuple[dt.date | None, str | None]:
    if policy.as_of is not None and not _before_period(table, policy.as_of):
        return policy.as_of, "policy"
    period = table.period
    if period is None:
        return None, None
    end = period.end
    if end.month == 12:  # noqa: PLR2004
        last = dt.date(end.year, 12, 31)
    else:
        last = dt.date(end.year, end.month + 1, 1) - dt.timedelta(days=1)
    return last, "period"


def _before_period(table: Table, as_of: dt.date) -> bool:
    """Whether *as_of* falls before the first month of the table's period.

    The figures of a 2024年1-9月 table cannot be judged at 2023-12-31: such a date
    (a policy's ``as_of`` typed wrong, or kept from last year's run) gives way to the
    period's end, and ``time-progress-mismatch`` says so. A date later than the
    period is the user's to choose (a 1-9月 table judged at 12-31, or after the year).

    >>> from perftrack import Period, YearMonth
    >>> table = Table(TableKind.TRACKING, period=Period(YearMonth(2024, 1), YearMonth(2024, 9)))
    >>> _before_period(table, dt.date(2023, 12, 31)), _before_period(table, dt.date(2024, 1, 1))
    (True, False)
    """
    period = table.period
    return period is not None and (as_of.year, as_of.month) < (
        period.start.year,
        period.start.month,
    )


def _forecast_rate(line: BudgetLine | None) -> Decimal | None:
    """全年预计执行数 of the whole budget over its budget, in %, else its printed rate.

    Without a forecast amount (or a budget to divide it by), the printed 全年预计执行率;
    a bare one of 1 or less is a share that lost its % format (``0.98``: 98%), as an
    execution rate is (``budget-rate-as-share``); one printed as a percent (``0.5%``,
    ``0.8`` under ``全年预计执行率(%)``) is that percent. None without either.

    Example:
        >>> line = BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=Decimal("0.98"))
        >>> _forecast_rate(line), _forecast_rate(evolve(line, forecast_rate=Decimal(85)))
        (Decimal('98'), Decimal('85'))
    """
    if line is None:
        return None
    denominator = _denominator(line)[0]
    if line.forecast is None or not denominator or denominator < 0 or line.forecast < 0:
        return printed_forecast_rate(line)
    return line.forecast / denominator * _HUNDRED


def printed_forecast_rate(line: BudgetLine) -> Decimal | None:
    """The 全年预计执行率 a line prints, in percent: a bare share of 1 or less is ×100.

    ``0.98`` is a share that lost its % format (98%), as an execution rate is
    (``budget-rate-as-share``); one printed as a percent (``0.5%``, ``0.8`` under
    ``全年预计执行率(%)``) is that percent. None when none is printed (or below 0).

    Example:
        >>> line = BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=Decimal("0.6"))
        >>> printed_forecast_rate(line), printed_forecast_rate(evolve(line, forecast_rate=None))
        (Decimal('60'), None)
    """
    printed = line.forecast_rate
    if printed is None or printed < 0:
        return None
    # 0.6 is 60, not 6E+1: the digits as written, the point moved
    return (
        Decimal(format(printed.scaleb(2), "f"))
        if _printed_share(line, "forecast_rate")
        else printed
    )


def _whole(value: Decimal) -> str:
    """A weight as a label prints it: ``Decimal("20.00")`` is ``20``, 12.5 stays."""
    return format(value.normalize(), "f")


def _check_label_weights(
    state: _Scoring,
    where: Where,
    *,
    has_column: bool,
    rate: PointItem | None = None,
    printed: Decimal | None = None,
) -> None:
    """Weights printed in level-1 labels (产出指标(50分)) against the 分值 column, or 100.

    With a 分值 column, a level 1 whose indicators' 分值 add up to another figure than
    its label says gets ``level1-weight-mismatch`` (the column is scored); without one,
    labels adding up to more than 100 get ``weights-not-100``, and so do labels that
    weigh every indicator but with the rate's weight (the policy's default, or the
    budget line's printed 分值 *printed*) do not add up to 100: the rate then took the
    rest of 100 (*rate*, the rate's point item), or the total was rescaled to 100.
    """
    table = state.table
    labels = dict(table.level1_weights)
    if not labels:
        return
    if has_column:
        for level1, label_weight in labels.items():
            under = [i.weight for i in table.indicators if i.level1 == level1]
            if not under or any(weight is None for weight in under):
                continue
            added = sum((weight for weight in under if weight is not None), Decimal(0))
            if added != label_weight:
                state.add(
                    "level1-weight-mismatch",
                    _Severity.WARNING,
                    f"一级指标“{level1}”标注{label_weight}分，其下各项分值合计{added}",
                    f"“{level1}” is labelled {label_weight} points; its weights add up to {added}",
                    where,
                )
        return
    labelled = sum(labels.values(), Decimal(0))
    if labelled > _HUNDRED:
        state.add(
            "weights-not-100",
            _Severity.WARNING,
            f"一级指标标注的分值合计{labelled}，超过100",
            f"the level-1 labels' weights add up to {labelled}, above 100",
            where,
        )
        return
    if not all((i.level1 or "") in labels for i in table.indicators):
        return
    expected = printed if printed is not None else state.policy.weights.rate
    if labelled + expected == _HUNDRED:
        return
    kind = "填报" if printed is not None else "默认"
    given = rate.weight if rate is not None else None
    if printed is None and given is not None and labelled + given == _HUNDRED:
        how_zh, how_en = f"预算执行率按{_whole(given)}分计", f"the rate is weighted {_whole(given)}"
    else:
        how_zh, how_en = "按100分折算", "the total is rescaled to 100"
    state.add(
        "weights-not-100",
        _Severity.WARNING,
        f"一级指标标注的分值合计{_whole(labelled)}，加预算执行率{kind}{_whole(expected)}分"
        f"为{_whole(labelled + expected)}，不等于100；{how_zh}",
        f"the level-1 labels' weights add up to {_whole(labelled)}, with the rate's "
        f"{_whole(expected)} to {_whole(labelled + expected)}, not 100; {how_en}",
        where,
    )


def _check_printed_time_progress(state: _Scoring, as_of_source: str | None) -> None:
    """A printed 序时进度 a month or more away from the date the scorecard is at.

    Without a policy ``as_of`` that date is the period's end (a template copied on:
    the printed figure still rules the budget's verdict, the finding says it may be
    stale); with one, it is the policy's date, whose figure then rules (see
    :func:`_time_progress`). A policy date before the period is not used (see
    :func:`_before_period`), and the finding says so.
    """
    table = state.table
    printed, period = table.time_progress, table.period
    where = Where(file=table.source.file, sheet=table.source.sheet)
    asked = state.policy.as_of
    if asked is not None and as_of_source != "policy" and period is not None:
        # a date before the period (2023-12-31 for a 2024年1-9月 table): not used
        start = f"{period.start.year}年{period.start.month}月"
        end = state.as_of.isoformat() if state.as_of is not None else ""
        bar = printed if printed is not None else _months_progress(state.as_of or asked, state.year)
        how = "填报的" if printed is not None else "时段末的"
        state.add(
            "time-progress-mismatch",
            _Severity.WARNING,
            f"评价日期{asked.isoformat()}早于表格时段（{start}起），未采用；"
            f"按时段末{end}评价，序时进度按{how}{show(bar)}%计",
            f"the date {asked.isoformat()} is before the table's period (from {start}) and"
            f" is not used: judged at the period's end {end}, time progress {show(bar)}%",
            where,
        )
        return
    if printed is None:
        return
    if as_of_source == "policy" and state.as_of is not None:
        own = _months_progress(state.as_of, state.year)
        if _a_month_apart(printed, own):
            state.add(
                "time-progress-mismatch",
                _Severity.WARNING,
                f"填报序时进度{show(printed)}%与评价日期{state.as_of.isoformat()}的序时进度"
                f"{show(own)}%不符，按评价日期计",
                f"the printed time progress {show(printed)}% differs from the "
                f"{show(own)}% of the date {state.as_of.isoformat()}, which is used",
                where,
            )
        return
    if period is None:
        return
    own = Decimal(period.months) / 12 * _HUNDRED
    if _a_month_apart(printed, own):
        state.add(
            "time-progress-mismatch",
            _Severity.WARNING,
            f"填报序时进度{show(printed)}%与跟踪时段（至{period.end.month}月）的序时进度"
            f"{show(own)}%不符",
            f"the printed time progress {show(printed)}% differs from the period's "
            f"{show(own)}% (to month {period.end.month})",
            where,
        )


def _a_month_apart(printed: Decimal, own: Decimal) -> bool:
    """Whether two time progresses lie a month (8.33 points) or more apart."""
    return abs(printed - own) >= _HUNDRED / 12 - Decimal("0.01")


def _months_progress(as_of: dt.date, year: int | None) -> Decimal:
    """The time progress at *as_of* in whole months elapsed of *year* (§1).

    >>> (
    ...     str(_months_progress(dt.date(2024, 6, 30), 2024)),
    ...     str(_months_progress(dt.date(2024, 6, 29), 2024)),
    ... )
    ('50.0', '41.66666666666666666666666667')
    """
    if year is not None and as_of.year > year:
        months = 12
    elif year is not None and as_of.year < year:
        months = 0
    else:
        last_of_month = (as_of.replace(day=28) + dt.timedelta(days=4)).replace(
            day=1
        ) - dt.timedelta(days=1)
        months = as_of.month if as_of == last_of_month else as_of.month - 1
    return Decimal(months) / 12 * _HUNDRED


def _time_progress(
    table: Table, as_of: dt.date | None, year: int | None, as_of_source: str | None = None
) -> Decimal | None:
    """序时进度 at *as_of*: the table's printed figure, unless the policy's date differs.

    A printed figure is the table's own date (by days, or rounded): it rules, except
    against an ``as_of`` the policy sets a month or more away from it (a 1-9月 table
    printing 75% scored at 2024-12-31 is at 100%, at 06-30 at 50%; the printed figure
    then gets ``time-progress-mismatch``). The user's date decides one scorecard.
    """
    printed = table.time_progress
    if as_of is None:
        return printed
    own = _months_progress(as_of, year)
    if printed is not None and not (as_of_source == "policy" and _a_month_apart(printed, own)):
        return printed
    return own


# ---------------------------------------------------------------------------
# §5 budget


def _denominator(line: BudgetLine) -> tuple[Decimal | None, str | None]:
    if line.period_budget is not None:
        return line.period_budget, "period_budget"
    if line.initial is not None:
        return line.initial, "initial"
    return None, None


def judged_rate(line: BudgetLine, analysis: BudgetAnalysis) -> Decimal | None:
    """The execution rate a budget line is judged by (scoring.md §5).

    The recomputed rate, else the printed one when the amounts are missing; none
    when both amounts are 0 (nothing to say, whatever rate is printed). A printed
    rate of 1 or less without amounts is a share that lost its % format (``0.88``:
    88%, ``1``: 100%), as it is beside amounts (``budget-rate-as-share``).

    Example:
        >>> line = BudgetLine(
        ...     BudgetRole.TOTAL,
        ...     "年度资金总额",
        ...     initial=Decimal(0),
        ...     executed=Decimal(0),
        ...     rate=Decimal(0),
        ... )
        >>> judged_rate(line, BudgetAnalysis(BudgetRole.TOTAL, "年度资金总额", None, None)) is None
        True
    """
    if (line.executed == 0 and _denominator(line)[0] == 0) or _signed(line):
        return None
    if analysis.rate_recomputed is not None:
        return analysis.rate_recomputed
    if _printed_share(line):
        return line.rate.scaleb(2) if line.rate is not None else None
    return line.rate


def _printed_share(line: BudgetLine, column: str = "rate") -> bool:
    """A bare printed rate of 1 or less, where no amounts recompute it: a share (0.88 is 88%).

    A year's execution of 0.88 % (or 1 %) beside the points it scored is no reading
    anyone means; the cell lost its % format, as a grid row's ``0.92`` under 满意度 did.
    A rate printed as a percent is that percent: its cell prints ``%`` (``0.5%``) or
    its header does (``0.8`` under ``执行率(%)``); the reader keeps its text in
    ``printed`` then. The caller knows the amounts give no rate. *column* is the rate's
    (``rate``, or ``forecast_rate`` for the 全年预计执行率).

    Example:
        >>> bare = BudgetLine(BudgetRole.TOTAL, "年度资金总额", rate=Decimal("0.88"))
        >>> _printed_share(bare)
        True
        >>> _printed_share(evolve(bare, rate=Decimal("0.5"), printed=(("rate", "0.5%"),)))
        False
    """
    rate: Decimal | None = getattr(line, column)
    return (
        rate is not None and 0 < rate <= 1 and not any(name == column for name, _ in line.printed)
    )


_AMOUNT_LABELS: Final = (
    ("initial", "年初预算数", "initial budget"),
    ("period_budget", "预算数", "budget"),
    ("planned", "计划数", "planned"),
    ("executed", "执行数", "executed"),
    ("rate", "执行率", "rate"),
    ("forecast", "预计执行数", "forecast"),
)


def _negatives(line: BudgetLine) -> list[tuple[str, str, str, Decimal]]:
    """The amounts of *line* below 0: (column, Chinese label, English label, amount)."""
    found = []
    for column, zh, en in _AMOUNT_LABELS:
        value: Decimal | None = getattr(line, column)
        if value is not None and value < 0:
            found.append((column, zh, en, value))
    return found


def _signed(line: BudgetLine) -> bool:
    """Whether a negative amount makes the line's execution rate meaningless.

    A negative executed amount (refunds above spending), a negative denominator, or,
    without amounts, a negative printed rate: no rate is computed or judged from it.
    """
    denominator = _denominator(line)[0]
    executed = line.executed
    if executed is not None and denominator is not None:
        return executed < 0 or denominator < 0
    return (executed is not None and executed < 0) or (line.rate is not None and line.rate < 0)


def _printed(line: BudgetLine, column: str) -> bool:
    """Whether the table printed something in *column* of the line (a dash: not applicable)."""
    return any(name == column for name, _ in line.cells)


def _rate_allowed(line: BudgetLine, denominator: Decimal) -> tuple[Decimal, Decimal] | None:
    """The range of rates the printed amounts allow (each ± half a unit)."""
    executed = line.executed
    if executed is None:
        return None
    low_exec, high_exec = executed - _half_unit(executed), executed + _half_unit(executed)
    low_den, high_den = denominator - _half_unit(denominator), denominator + _half_unit(denominator)
    if low_den <= 0:
        return None
    return max(low_exec, Decimal(0)) / high_den * _HUNDRED, high_exec / low_den * _HUNDRED


# A printed rate up to this (1.05 for 105%) that matches the amounts once multiplied by 100
# is a share whose % format was lost in the export, as 0.93 is in an indicator cell.
_SHARE_RATE_MAX: Final = Decimal("1.5")


def _rate_of_plan(line: BudgetLine) -> bool:
    """Whether the printed rate is the executed amount over the months' plan.

    Example:
        >>> line = BudgetLine(
        ...     BudgetRole.TOTAL,
        ...     "年度资金总额",
        ...     period_budget=Decimal(2000),
        ...     planned=Decimal(1000),
        ...     executed=Decimal(800),
        ...     rate=Decimal("80.00"),
        ... )
        >>> _rate_of_plan(line)
        True
    """
    if line.planned is None or line.rate is None or line.planned <= 0:
        return False
    allowed = _rate_allowed(line, line.planned)
    return allowed is not None and not _rate_mismatch(line.rate, allowed)


def _rate_of_initial(line: BudgetLine) -> bool:
    """Whether the printed rate is the executed amount over 年初预算数, not the adjusted budget.

    Example:
        >>> line = BudgetLine(
        ...     BudgetRole.TOTAL,
        ...     "年度资金总额",
        ...     initial=Decimal("500.00"),
        ...     period_budget=Decimal("600.00"),
        ...     executed=Decimal("300.00"),
        ...     rate=Decimal("60.00"),
        ... )
        >>> _rate_of_initial(line)
        True
    """
    if line.period_budget is None or line.initial is None or line.rate is None:
        return False
    if line.initial <= 0 or line.initial == line.period_budget:
        return False
    allowed = _rate_allowed(line, line.initial)
    return allowed is not None and not _rate_mismatch(line.rate, allowed)


def _shown_like(rate: Decimal | None, printed: Decimal) -> str:
    """A computed rate to the printed rate's digits, two at least (75.0000 beside 75.0001).

    >>> (
    ...     _shown_like(Decimal("75.0000068"), Decimal("75.0001")),
    ...     _shown_like(Decimal(50), Decimal(60)),
    ... )
    ('75.0000', '50.00')
    """
    exponent = printed.as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    if rate is None or places == 2:  # noqa: PLR2004 - the usual display
        return show(rate)
    return format(half_up(rate, Decimal(1).scaleb(-places)), "f")


def _rate_mismatch(printed: Decimal, allowed: tuple[Decimal, Decimal]) -> bool:
    exponent = printed.as_tuple().exponent
    unit = Decimal(1).scaleb(exponent) if isinstance(exponent, int) else Decimal(0)
    # The printed rate, read as rounded (± half a unit) or truncated (up to a unit more).
    low, high = printed - unit / 2, printed + unit
    return high < allowed[0] or low > allowed[1]


class _Scoring:
    """The state of scoring one table: findings as they are made."""

    def __init__(self, table: Table, policy: Policy) -> None:
        self.table = table
        self.policy = policy
        self.say = _Language(policy.language)
        self.findings: list[Finding] = []
        self.as_of: dt.date | None = None
        self.year = table.period.start.year if table.period is not None else None
        # Each indicator as its verdict judges it, in order (see _as_judged).
        self.judged: list[Indicator] = []
        # Each indicator in one unit (_per_unit) and its bare actual in the base unit
        # (_base_unit_read), in order: what its findings read, before pacing and shares.
        self.read: list[Indicator] = []
        # Rows on their plan whose forecast misses the target: index → how (see
        # _forecast_misses); findings treat them as behind.
        self.forecast_misses: dict[int, str] = {}
        # Rows whose target is the time progress (不低于序时进度), judged as ≥ it.
        self.paced: set[int] = set()
        # rows whose due date is in doubt (春节前 with no year, a winter date): see _festival_doubt
        self.undated: set[int] = set()
        # rows whose target and actual columns look swapped (columns-swapped)
        self.swapped: set[int] = set()
        # Rows whose target is written as a share (≥0.9 on a 合格率): index → the
        # percentage it is judged as (see _share_target).
        self.shares: dict[int, Comparison | Range] = {}
        # Rows whose bare actual is read in the base unit of the target's 万/亿 unit
        # (4980000 against ≤500万元: 4980000元, see _base_unit_read): index → it.
        self.based: dict[int, Quantity] = {}
        # rows whose base-unit reading is far from the target but agrees with the
        # target unit's (520000 against ≥5万人): judged, with no excess measured
        self.agreed: set[int] = set()
        # Rows whose actual copies the target (actual-copies-target).
        self.copied: list[int] = []
        # Rows whose bare 完成 leaves its figure to the 偏差原因 (see _reason_figure).
        self.from_reason: dict[int, _ReasonFigure] = {}
        # Rows done after their due date (逾期完成, see _done_late): index → how.
        self.late: dict[int, _Late] = {}
        # Rows whose actual is dated after the table's date (see _after_period):
        # index → that date (actual-after-period).
        self.after_period: dict[int, DateValue] = {}
        # The budget the execution is judged by (see whole_budget), once analysed.
        self.whole: WholeBudget | None = None

    def add(self, finding_id: str, severity: Severity, zh: str, en: str, where: Where) -> None:
        self.findings.append(Finding(finding_id, severity, _nest_quotes(self.say(zh, en)), where))

    def where_line(self, line: BudgetLine, column: str | None = None) -> Where:
        position = None
        if column is not None:
            position = next((p for name, p in line.cells if name == column), None)
        position = position or line.position
        if position is None:
            return Where(
                name=line.source,
                budget_line=line.role.value,
                file=self.table.source.file,
                sheet=self.table.source.sheet,
            )
        return Where(
            name=line.source,
            budget_line=line.role.value,
            file=position.file,
            sheet=position.sheet,
            row=position.row,
            column=position.column,
            cell=position.cell,
        )

    def where_indicator(self, index: int, column: str | None = None) -> Where:
        indicator = self.table.indicators[index]
        position = (indicator.cell_of(column) if column else None) or indicator.position
        if position is None:
            return Where(
                indicator=index,
                name=indicator.name,
                file=self.table.source.file,
                sheet=self.table.source.sheet,
            )
        return Where(
            indicator=index,
            name=indicator.name,
            file=position.file,
            sheet=position.sheet,
            row=position.row,
            column=position.column,
            cell=position.cell,
        )


# An opening quote before the first one closes: a quote nested in a quote.
_NESTED_QUOTE_RE: Final = re.compile("“[^”]*“")


def _nest_quotes(message: str) -> str:
    """*message* with the quotes inside quotes made single, as Chinese nests them.

    A name that holds quotes of its own, quoted again, reads ``““三公”经费变动率”``;
    nested it reads ``“‘三公’经费变动率”``. A message whose quotes do not pair up
    is left as it is.

    Example:
        >>> _nest_quotes("““三公”经费变动率”存在偏差")
        '“‘三公’经费变动率”存在偏差'
        >>> _nest_quotes("“培训人次”存在偏差"), _nest_quotes("“甲存在偏差")
        ('“培训人次”存在偏差', '“甲存在偏差')
    """
    if _NESTED_QUOTE_RE.search(message) is None or message.count("“") != message.count("”"):
        return message  # the common case: names quoted one after another, nothing nested
    depth, out = 0, []
    for char in message:
        if char == "“":
            depth += 1
            out.append("‘" if depth % 2 == 0 else char)
        elif char == "”":
            if depth == 0:
                return message
            out.append("’" if depth % 2 == 0 else char)
            depth -= 1
        else:
            out.append(char)
    return "".join(out)


def _analyse_budget(state: _Scoring, time_progress: Decimal | None) -> list[BudgetAnalysis]:
    table = state.table
    analyses: list[BudgetAnalysis] = []
    unbudgeted = _unbudgeted(table.budget)
    for number, line in enumerate(table.budget):
        denominator = _denominator(line)[0]
        signed = _signed(line)
        analysis = _analysis(line)
        recomputed = analysis.rate_recomputed
        analyses.append(analysis)
        role = line.source
        negatives = _negatives(line)
        if negatives:
            # refunds above spending, a reversed budget: no rate, no points, no mismatch
            said = "、".join(
                f"{zh}{value}{'%' if column == 'rate' else ''}"
                for column, zh, _, value in negatives
            )
            said_en = ", ".join(
                f"{en} {value}{'%' if column == 'rate' else ''}"
                for column, _, en, value in negatives
            )
            state.add(
                "negative-amount",
                _Severity.WARNING,
                f"“{role}”{said}为负数" + ("，执行率无意义" if signed else ""),
                f"“{role}”: negative {said_en}" + ("; the rate means nothing" if signed else ""),
                state.where_line(line, negatives[0][0]),
            )
        if (
            recomputed is None
            and not signed
            and _printed_share(line)
            and not (line.executed == 0 and denominator == 0)
            and line.rate is not None
        ):
            # 0.88 with no amounts: the share the judged rate, the points and the
            # schedule check read (judged_rate), said once
            as_share = format(line.rate.scaleb(2), "f")
            state.add(
                "budget-rate-as-share",
                _Severity.INFO,
                f"“{role}”填报执行率{line.rate}按比例计为{as_share}%（未填金额，无从核算）",
                f"“{role}”: the printed rate {line.rate} is read as {as_share}% "
                "(no amounts to check it)",
                state.where_line(line, "rate"),
            )
        if number in unbudgeted:
            # 其他资金 | — | 60 beside budgeted sources, or a budget of 0: one finding,
            # spending without a budget (no rate to fill in, nothing to over-run)
            _add_unbudgeted(state, line, unbudgeted)
        elif denominator is not None and line.executed is not None and not signed:
            if denominator == 0 and line.executed != 0:
                state.add(
                    "budget-rate-missing",
                    _Severity.INFO,
                    f"“{role}”预算数为0而执行数为{line.executed}，执行率无从计算",
                    f"“{role}”: budget 0 but executed {line.executed}",
                    state.where_line(line, "rate"),
                )
            elif line.rate is None and denominator != 0 and not _printed(line, "rate"):
                state.add(
                    "budget-rate-missing",
                    _Severity.INFO,
                    f"“{role}”未填执行率，按金额计算为{show(recomputed)}%",
                    f"“{role}”: no printed rate; the amounts give {show(recomputed)}%",
                    state.where_line(line, "rate"),
                )
            elif line.rate is not None and denominator != 0:
                allowed = _rate_allowed(line, denominator)
                share = line.rate.scaleb(2)  # 0.95: a rate that lost its % format is 95%
                if (
                    allowed is not None
                    and _rate_mismatch(line.rate, allowed)
                    and 0 < line.rate <= _SHARE_RATE_MAX
                    and not _rate_mismatch(share, allowed)
                ):
                    state.add(
                        "budget-rate-as-share",
                        _Severity.INFO,
                        f"“{role}”填报执行率{line.rate}按比例计为{format(share, 'f')}%",
                        f"“{role}”: the printed rate {line.rate} is read as {format(share, 'f')}%",
                        state.where_line(line, "rate"),
                    )
                elif allowed is not None and _rate_mismatch(line.rate, allowed):
                    against, against_en = "", ""
                    if _rate_of_plan(line):
                        # 全年预算数 2000 | 1-6月预算数 1000 | 执行数 800 | 执行率 80: the
                        # months' plan is no denominator of the rate (scoring.md §5)
                        against = f"（填报执行率为执行数与计划数{line.planned}之比，执行率应以全年预算为分母）"
                        against_en = (
                            f" (the printed rate is against the plan {line.planned}; "
                            "the rate is against the year's budget)"
                        )
                    elif _rate_of_initial(line):
                        # 年初预算数 500 | 调整后预算数 600 | 执行数 300 | 执行率 60: the
                        # rate kept the initial budget after it was adjusted
                        initial, budget = format(line.initial or 0, "f"), format(denominator, "f")
                        against = (
                            f"（填报执行率为执行数与年初预算数{initial}之比，"
                            f"执行率应以调整后的预算数{budget}为分母）"
                        )
                        against_en = (
                            f" (the printed rate is against the initial budget {initial}; "
                            f"the rate is against the adjusted budget {budget})"
                        )
                    computed = _shown_like(recomputed, line.rate)
                    state.add(
                        "budget-rate-mismatch",
                        _Severity.WARNING,
                        f"“{role}”填报执行率{line.rate}%与金额计算的{computed}%不符" + against,
                        f"“{role}”: printed rate {line.rate}% does not match {computed}%"
                        + against_en,
                        state.where_line(line, "rate"),
                    )
            if line.executed > denominator:
                state.add(
                    "over-execution",
                    _Severity.WARNING,
                    f"“{role}”执行数{line.executed}超过预算数{denominator}",
                    f"“{role}”: executed {line.executed} exceeds the budget {denominator}",
                    state.where_line(line, "executed"),
                )
    _budget_adjusted(state)
    _budget_sums(state)
    whole = state.whole = whole_budget(table, analyses)
    if whole is not None:
        total = whole.line
        rate = judged_rate(total, whole.analysis)
        bar: Decimal | None
        if table.kind is _TableKind.SELF_EVALUATION:
            bar, bar_name = (
                state.policy.year_end_rate,
                state.say("年终执行率要求", "the year-end bar"),
            )
        else:
            bar = None if time_progress is None else time_progress - state.policy.schedule_tolerance
            bar_name = state.say("序时进度", "time progress")
        reference = bar if table.kind is _TableKind.SELF_EVALUATION else time_progress
        tolerance = state.policy.schedule_tolerance
        shown_tolerance = (
            ""
            if tolerance == 0 or table.kind is _TableKind.SELF_EVALUATION
            else format(tolerance, "f")
        )
        allowance = f"（容差{shown_tolerance}个百分点）" if shown_tolerance else ""
        allowance_en = f" (tolerance {shown_tolerance} points)" if shown_tolerance else ""
        if rate is not None and bar is not None and rate < bar:
            shown, shown_bar, slightly = below(rate, reference if reference is not None else bar)
            what, what_en = _rate_named(whole)
            state.add(
                "budget-behind-schedule",
                _Severity.WARNING,
                f"{what}{shown}%{'略' if slightly else ''}低于{bar_name}{shown_bar}%{allowance}"
                + _summed_said(whole),
                f"{what_en} {shown}% is {'just ' if slightly else ''}below {bar_name} "
                f"{shown_bar}%{allowance_en}" + _summed_said(whole, english=True),
                state.where_line(total, "rate"),
            )
    return analyses


def _analysis(line: BudgetLine) -> BudgetAnalysis:
    """The line's rate recomputed from its amounts, and the denominator it took."""
    denominator, name = _denominator(line)
    recomputed = None
    if (
        denominator is not None
        and denominator != 0
        and line.executed is not None
        and not _signed(line)
    ):
        recomputed = line.executed / denominator * _HUNDRED
    return BudgetAnalysis(line.role, line.source, recomputed, name)


def _rate_named(whole: WholeBudget) -> tuple[str, str]:
    """What the judged rate is called: 执行率, the printed one without amounts, the sum's."""
    if whole.summed:
        return f"{whole.line.source}执行率", "the sources' execution rate"
    if whole.analysis.rate_recomputed is None:
        return "填报执行率", "the printed execution rate"
    return "执行率", "execution rate"


def _summed_said(whole: WholeBudget, *, english: bool = False) -> str:
    """What a finding on the sum of the sources says of it: the table prints no total."""
    if not whole.summed:
        return ""
    line = whole.line
    denominator = _denominator(line)[0]
    executed = "—" if line.executed is None else format(line.executed, "f")
    budget = "—" if denominator is None else format(denominator, "f")
    if english:
        return f" (no total line: the sources added up, {executed} of {budget})"
    return f"（表中未列资金总额，按各项资金来源相加：执行{executed}，预算{budget}）"


def done_late(card: Scorecard) -> dict[int, DateValue | None]:
    """The rows of *card* done after their due date (逾期完成): index → the date, if known.

    A deadline or period row not met whose actual is a completion after due, dated
    within the table's date (``2024年8月20日完成`` against ``2024年6月30日前`` in a
    1–8月 table) or said late and done (``逾期完成``: no date). The review writes them
    up as late, not as not done.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
        >>> done_late(card)
        {}
    """
    table, policy = card.table, card.policy
    year = table.period.start.year if table.period is not None else None
    late: dict[int, DateValue | None] = {}
    for verdict in card.verdicts:
        indicator = table.indicators[verdict.indicator]
        if verdict.attainment is not _Attainment.NOT_MET or not isinstance(
            indicator.target, (Deadline, PeriodTarget)
        ):
            continue
        # as the scoring judged it: a date read from the 偏差原因 (12月20日全部完工)
        in_reason = _reason_figure(indicator, year)
        if in_reason is not None and in_reason.figure is not None:
            indicator = evolve(indicator, actual=in_reason.figure)
        judged = _as_judged(indicator, policy, year)
        ctx = _Context(
            judged, verdict.indicator, table, policy, card.as_of, year, _Language(policy.language)
        )
        found = _done_late(judged, verdict.attainment, ctx)
        if found is not None:
            late[verdict.indicator] = found.date
    return late


def below(value: Decimal, bar: Decimal) -> tuple[str, str, bool]:
    """How to say that *value* lies below *bar*: both shown apart, and whether just below.

    Two decimals, or as many more (up to 4) as the figures take to differ: 666.66 of
    1000 is 66.666%, below the 66.667% of 8 months, and 89.995% is below 90.000%.
    Figures that still look equal are *just* below (略低于), never "66.67% below 66.67%".

    Example:
        >>> below(Decimal("66.666"), Decimal(200) / 3)
        ('66.666', '66.667', False)
        >>> below(Decimal("30"), Decimal("75"))
        ('30.00', '75.00', False)
        >>> below(Decimal("89.99999"), Decimal("90"))
        ('90.00', '90.00', True)
    """
    for places in range(2, 5):
        quantum = Decimal(1).scaleb(-places)
        shown = format(half_up(value, quantum), "f")
        shown_bar = format(half_up(bar, quantum), "f")
        if shown != shown_bar:
            return shown, shown_bar, False
    return show(value), show(bar), True


def gap_shown(gap: Decimal) -> str:
    """A gap in percentage points for display: two decimals, a positive gap never ``0.00``.

    Example:
        >>> gap_shown(Decimal("45")), gap_shown(Decimal("0.000667")), gap_shown(Decimal("0.005"))
        ('45.00', '不足0.01', '0.01')
    """
    if 0 < gap < _HALF_CENT:
        return "不足0.01"
    return show(gap)


#: The label of the line perftrack adds up when a budget block lists sources and no total.
SOURCES_SUM: Final = "各项资金合计"


class WholeBudget(NamedTuple):
    """The budget a table's execution is judged by (scoring.md §5).

    ``line`` is the total (年度资金总额), or the only line, or, when the block lists
    sources that do not nest (当年财政拨款, 上年结转资金) and no total, their sum
    (labelled ``各项资金合计``, without a position); ``analysis`` is its recomputed
    rate; ``line_index`` is its place in ``table.budget`` (None for the sum).
    """

    line: BudgetLine
    analysis: BudgetAnalysis
    line_index: int | None

    @property
    def summed(self) -> bool:
        """Whether the whole is the sum of the sources (the table prints no total)."""
        return self.line_index is None


def whole_budget(table: Table, analyses: Sequence[BudgetAnalysis]) -> WholeBudget | None:
    """The budget the execution of *table* is judged by, with its analysis (*analyses*).

    Example:
        >>> from perftrack import BudgetLine, BudgetRole, Table, TableKind
        >>> table = Table(
        ...     TableKind.TRACKING,
        ...     budget=(
        ...         BudgetLine(
        ...             BudgetRole.APPROPRIATION,
        ...             "当年财政拨款",
        ...             Decimal(800),
        ...             executed=Decimal(240),
        ...         ),
        ...         BudgetLine(
        ...             BudgetRole.CARRIED_OVER, "上年结转资金", Decimal(200), executed=Decimal(60)
        ...         ),
        ...     ),
        ... )
        >>> whole = whole_budget(table, [_analysis(line) for line in table.budget])
        >>> whole.line.source, whole.summed, show(whole.analysis.rate_recomputed)
        ('各项资金合计', True, '30.00')
    """
    index = total_index(table.budget)
    if index is not None:
        return WholeBudget(table.budget[index], analyses[index], index)
    line = _sources_sum(table)
    return None if line is None else WholeBudget(line, _analysis(line), None)


def _sources_sum(table: Table) -> BudgetLine | None:
    """The sum of a block's sources when it prints no total, or None.

    Only sources that divide the budget between them are added: none marked ``其中``
    after the first, none that the lines after it add up to (财政拨款 over 中央 and
    省级), no negative amount, no line of amounts left unread, and every line that
    executed something has a budget. 一体化 exports and 部门整体 tables often list
    only the sources (当年财政拨款 800, 上年结转资金 200): their whole is 1000.
    """
    lines = table.budget
    if len(lines) < 2 or any(line.role is _BudgetRole.TOTAL for line in lines):  # noqa: PLR2004
        return None
    if any(_marked_nested(line) for line in lines[1:]) or any(_signed(line) for line in lines):
        return None
    if any(line.executed is not None and _denominator(line)[0] is None for line in lines):
        return None
    if any(finding.id == "budget-line-unread" for finding in table.findings):
        return None
    if _run_nested(lines):
        return None

    def added(values: list[Decimal | None]) -> Decimal | None:
        present = [value for value in values if value is not None]
        return sum(present, Decimal(0)) if present else None

    period = any(line.period_budget is not None for line in lines)
    return BudgetLine(
        _BudgetRole.TOTAL,
        SOURCES_SUM,
        initial=added([line.initial for line in lines]),
        # a line without 预算数 counts its 年初预算数, as its own rate would
        period_budget=added([_denominator(line)[0] for line in lines]) if period else None,
        executed=added([line.executed for line in lines]),
        forecast=added([line.forecast for line in lines]),
    )


def _row_rate(indicator: Indicator) -> Decimal | None:
    """The rate in % a grid row scoring the budget's execution (预算执行率) reports."""
    actual = indicator.actual
    if not isinstance(actual, Quantity) or actual.bound is not _Bound.EXACT:
        return None
    unit = actual.unit
    if unit is None and isinstance(indicator.target, (Comparison, Range)):
        unit = indicator.target.unit
    return actual.value if unit == "%" else None


def _execution_rows(
    state: _Scoring, verdicts: list[Verdict], time_progress: Decimal | None
) -> None:
    """Grid rows that report the budget's execution rate (预算执行率 38.5%), judged as it is.

    Against the budget block's rate: a row outside every rate the amounts allow (the
    printed figure read as rounded or truncated, as a printed 执行率 is) gets
    ``budget-rate-mismatch`` at its actual cell (98% beside 438 of 500, 87.60%).
    Without a rate from the block, the row is the budget's rate: below the bar
    (time progress, a self-evaluation table's year-end rate) it gets
    ``budget-behind-schedule``. In a tracking table a pending row below time progress
    without a plan of its own is behind, whatever its forecast, as the budget is.
    """
    table = state.table
    if table.kind is _TableKind.TARGET or not any(
        "执行率" in indicator.name for indicator in table.indicators
    ):
        return
    whole = state.whole
    block = judged_rate(whole.line, whole.analysis) if whole is not None else None
    whole_allowed = _line_allowed(whole.line) if whole is not None else None
    self_evaluation = table.kind is _TableKind.SELF_EVALUATION
    if self_evaluation:
        bar: Decimal | None = state.policy.year_end_rate
        bar_name = state.say("年终执行率要求", "the year-end bar")
    else:
        bar = None if time_progress is None else time_progress - state.policy.schedule_tolerance
        bar_name = state.say("序时进度", "time progress")
    reference = bar if self_evaluation else time_progress
    for index, indicator in enumerate(table.indicators):
        if not _rates_execution(indicator.name):
            continue
        rate = _row_rate(indicator)
        if rate is None:
            continue
        name = indicator.name
        where = state.where_indicator(index, "actual")
        shown = (
            _shown_quantity(indicator.actual, "%") if isinstance(indicator.actual, Quantity) else ""
        )
        # 财政资金执行率 is held to the 财政 line, 预算执行率 to the whole budget
        held = _source_line(name, table.budget)
        line: BudgetLine | None = None
        allowed: tuple[Decimal, Decimal] | None = None
        if held is None and whole is not None:
            line, allowed = whole.line, whole_allowed
        elif held:
            line, allowed = held, _line_allowed(held)
        if line is not None and allowed is not None and _rate_mismatch(rate, allowed):
            computed = show(_analysis(line).rate_recomputed)
            source = line.source
            state.add(
                "budget-rate-mismatch",
                _Severity.WARNING,
                f"“{name}”实际完成值{shown}与预算执行情况（{source}）按金额计算的{computed}%不符",
                f"“{name}”: the actual {shown} does not match the budget's {computed}% "
                f"({source}, from the amounts)",
                where,
            )
        if bar is None or reference is None or rate >= bar:
            continue
        shown_rate, shown_bar, slightly = below(rate, reference)
        if block is None:
            state.add(
                "budget-behind-schedule",
                _Severity.WARNING,
                f"“{name}”实际完成值{shown_rate}%{'略' if slightly else ''}低于{bar_name}"
                f"{shown_bar}%",
                f"“{name}”: the actual {shown_rate}% is {'just ' if slightly else ''}below "
                f"{bar_name} {shown_bar}%",
                where,
            )
        verdict = verdicts[index]
        if (
            not self_evaluation
            and index not in state.paced
            and verdict.attainment is _Attainment.PENDING
            and verdict.progress is not _Progress.BEHIND
            and (indicator.planned is None or isinstance(indicator.planned, NotApplicable))
        ):
            verdicts[index] = evolve(
                verdict,
                progress=_Progress.BEHIND,
                explanation=verdict.explanation
                + state.say(
                    f"；执行率{shown_rate}%{'略' if slightly else ''}低于序时进度{shown_bar}%，进度落后",
                    f"; the rate {shown_rate}% is below time progress {shown_bar}%: behind",
                ),
            )


def _line_allowed(line: BudgetLine) -> tuple[Decimal, Decimal] | None:
    """The rates the amounts of *line* allow, or None when they give no rate."""
    denominator = _denominator(line)[0]
    if denominator is None or denominator == 0 or _signed(line):
        return None
    return _rate_allowed(line, denominator)


# The words of a funding source in a grid row's name (财政资金执行率, 中央资金执行率,
# 其他资金执行率): the budget lines' words (vocabulary.BUDGET_ROLES) but the whole's and
# 补助 (补助资金执行率 is the project's money).
_SOURCE_WORDS: Final = tuple(
    word for word, role in voc.BUDGET_ROLES if role != "total" and word != "补助"
)


def _source_line(name: str, lines: Sequence[BudgetLine]) -> BudgetLine | Literal[False] | None:
    """The budget line a grid 执行率 row naming a funding source is held to.

    None when the name names no source (预算执行率, 资金执行率, 项目资金执行率: the whole
    budget's rate); the one line whose label holds every source word of the name
    (财政资金执行率 and 其中：当年财政拨款); False when it names a source that no line, or
    more than one, matches: then it is compared with nothing.

    >>> from perftrack import BudgetLine, BudgetRole
    >>> lines = [
    ...     BudgetLine(BudgetRole.TOTAL, "年度资金总额"),
    ...     BudgetLine(BudgetRole.APPROPRIATION, "其中：当年财政拨款"),
    ... ]
    >>> _source_line("预算执行率", lines) is None, _source_line("中央资金执行率", lines)
    (True, False)
    >>> _source_line("财政资金执行率", lines).source
    '其中：当年财政拨款'
    """
    head = name.partition("执行率")[0]
    words = [word for word in _SOURCE_WORDS if word in head]
    if not words:
        return None
    found = [line for line in lines if all(word in line.source for word in words)]
    return found[0] if len(found) == 1 else False


def total_index(lines: Sequence[BudgetLine]) -> int | None:
    """The index of the line that stands for the whole budget, or None.

    The 总额 line (年度资金总额), or else the only line there is: a project funded from
    one source prints just 财政资金 or 财政拨款, and that line is its whole budget
    (judged against time progress, scored for 执行率). Several lines without a total
    name no whole.

    Example:
        >>> from perftrack import BudgetLine, BudgetRole
        >>> total_index([BudgetLine(BudgetRole.APPROPRIATION, "财政拨款")])
        0
        >>> other = BudgetLine(BudgetRole.OTHER, "其他资金")
        >>> total_index([BudgetLine(BudgetRole.APPROPRIATION, "财政拨款"), other]) is None
        True
    """
    for index, line in enumerate(lines):
        if line.role is _BudgetRole.TOTAL:
            return index
    return 0 if len(lines) == 1 else None


_AMOUNT_COLUMNS: Final = (
    ("initial", "年初预算数"),
    ("period_budget", "预算数"),
    ("planned", "计划数"),
    ("executed", "执行数"),
    ("forecast", "预计执行数"),
)


def _column_sums(
    whole: BudgetLine, lines: list[BudgetLine]
) -> list[tuple[str, str, Decimal, list[Decimal]]]:
    """Per amount column both print: the column, its label, *whole*'s amount, *lines*' amounts."""
    sums = []
    for column, label in _AMOUNT_COLUMNS:
        amount = getattr(whole, column)
        values = [value for line in lines if (value := getattr(line, column)) is not None]
        if amount is not None and values:
            sums.append((column, label, amount, values))
    return sums


def _adds_up(values: list[Decimal], whole: Decimal) -> bool:
    """Whether *values* add up to *whole*, within half a unit of their last digits.

    The whole's own digit counts too: a total printed ``1250`` stands for anything
    from 1249.5 to 1250.5, so parts of 600.4 and 649.4 add up to it.

    >>> _adds_up([Decimal("600.4"), Decimal("649.4")], Decimal("1250"))
    True
    >>> _adds_up([Decimal("600.4"), Decimal("649.4")], Decimal("1250.00"))
    False
    >>> _adds_up([Decimal("60.0"), Decimal("30.0"), Decimal("10.2")], Decimal("100.0"))
    False
    """
    gap = abs(sum(values, Decimal(0)) - whole)
    if not gap:
        return True  # the common case: no digit to weigh
    # strictly within: a gap of all the half units at once would need every figure
    # rounded at the very edge (60.0 + 30.0 + 10.2 against 100.0 does not add up)
    return gap < sum((_half_unit(value) for value in values), _half_unit(whole))


def _top_level(parts: list[BudgetLine]) -> list[BudgetLine]:
    """The budget lines that divide the total, without those nested in the first source.

    ``其中：财政拨款 470`` followed by ``其中：中央补助资金 300`` and ``省级补助资金 170``:
    the two add up to the 财政拨款 in every column they fill, so they break it down and
    are not counted again.
    """
    sources = [line for line in parts if line.role is _BudgetRole.APPROPRIATION]
    if len(sources) < 2:  # noqa: PLR2004 - a source and what it holds
        return parts
    head, *rest = sources
    sums = _column_sums(head, rest)
    if not sums or not all(_adds_up(values, whole) for _, _, whole, values in sums):
        return parts
    return [line for line in parts if all(line is not nested for nested in rest)]


def _marked_nested(line: BudgetLine) -> bool:
    """Whether the line's label says it is part of the line above (``其中：上年结转``)."""
    return line.source.lstrip().startswith("其中")


def _run_nested(parts: Sequence[BudgetLine]) -> set[int]:
    """The lines that break down a line above them, by their figures.

    Two or more lines right after a line (of any role) that add up to it in every
    column they fill: ``财政拨款 90`` over ``其中：当年财政拨款 70`` and ``上年结转 20``.
    The shortest such run is taken; the search goes on after it.

    >>> lines = [
    ...     BudgetLine(BudgetRole.APPROPRIATION, "财政拨款", initial=Decimal(90)),
    ...     BudgetLine(BudgetRole.APPROPRIATION, "其中：当年财政拨款", initial=Decimal(70)),
    ...     BudgetLine(BudgetRole.CARRIED_OVER, "上年结转", initial=Decimal(20)),
    ...     BudgetLine(BudgetRole.OTHER, "其他资金", initial=Decimal(10)),
    ... ]
    >>> sorted(_run_nested(lines))
    [1, 2]
    """
    nested: set[int] = set()
    index = 0
    while index < len(parts) - 2:
        head = parts[index]
        end = next(
            (
                end
                for end in range(index + 2, len(parts))
                if (sums := _column_sums(head, list(parts[index + 1 : end + 1])))
                and all(_adds_up(values, whole) for _, _, whole, values in sums)
            ),
            None,
        )
        if end is None:
            index += 1
        else:
            nested.update(range(index + 1, end + 1))
            index = end + 1
    return nested


def _partly_nested(parts: Sequence[BudgetLine], skipped: set[int]) -> set[int]:
    """The lines marked ``其中`` after the first that part of what stands above them.

    ``其中：财政拨款 90`` then ``其中：上年结转 20``: the 20 is carried over within the
    90, not beside it. So is ``其中：上年结转 150`` after 中央 600, 省级 300 and 县级 100:
    of the 1000 they hold. A marked line counts as such when no amount of it exceeds
    the lines above it (other than those in *skipped*, and other such lines) together.
    """
    partly: set[int] = set()
    for index in range(1, len(parts)):
        line = parts[index]
        if index in skipped or not _marked_nested(line):
            continue
        above = [parts[i] for i in range(index) if i not in skipped and i not in partly]
        within = True
        for column, _ in _AMOUNT_COLUMNS:
            amount = getattr(line, column)
            if amount is None:
                continue
            values = [value for other in above if (value := getattr(other, column)) is not None]
            if not values or amount > sum(values, Decimal(0)):
                within = False
                break
        if within:
            partly.add(index)
    return partly


_ColumnSums = list[tuple[str, str, Decimal, list[Decimal]]]


def _summed_parts(total: BudgetLine, parts: list[BudgetLine]) -> _ColumnSums:
    """The column sums checked against *total*: those of the top level of the sources.

    Lines printed flat add up as they stand. When they do not, a line may break down
    another (see :func:`_run_nested`, :func:`_partly_nested`): the reading without
    those lines that adds up in every column is taken, else the one that adds up in
    the most columns (the first of them), so a single wrong column is the one told.
    """

    def fits(sums: _ColumnSums) -> int:
        return sum(_adds_up(values, whole) for _, _, whole, values in sums)

    best = _column_sums(total, _top_level(parts))
    best_fits = fits(best)
    if best_fits == len(best):
        return best
    runs = _run_nested(parts)
    readings = (runs, _partly_nested(parts, set()), runs | _partly_nested(parts, runs))
    for skipped in readings:
        if not skipped:
            continue
        sums = _column_sums(total, [line for i, line in enumerate(parts) if i not in skipped])
        count = fits(sums)
        if sums and count == len(sums):
            return sums
        if count > best_fits:
            best, best_fits = sums, count
    return best


def _budget_adjusted(state: _Scoring) -> None:
    """``budget-adjusted``: once per adjustment, the total's naming the sources it moved.

    年度资金总额 8000 → 9000 with 其中：财政拨款 7500 → 8500 is one adjustment, told on
    the total (``其中“财政拨款”由7500调整为8500``); a source adjusted under a total that
    is not (or without a total) is told on its own.
    """
    adjusted = [
        line
        for line in state.table.budget
        if line.initial is not None
        and line.period_budget is not None
        and line.period_budget != line.initial
    ]
    total = next((line for line in adjusted if line.role is _BudgetRole.TOTAL), None)
    if total is None:
        told = [(line, "", "") for line in adjusted]
    else:
        parts = [line for line in adjusted if line is not total]
        named = "，".join(
            f"“{_plain_source(line.source)}”由{line.initial}调整为{line.period_budget}"
            for line in parts
        )
        named_en = ", ".join(
            f"“{_plain_source(line.source)}” from {line.initial} to {line.period_budget}"
            for line in parts
        )
        told = [(total, f"，其中{named}" if parts else "", f"; {named_en}" if parts else "")]
    for line, zh, en in told:
        state.add(
            "budget-adjusted",
            _Severity.INFO,
            f"“{line.source}”预算由年初{line.initial}调整为{line.period_budget}{zh}",
            f"“{line.source}”: budget adjusted from {line.initial} to {line.period_budget}{en}",
            state.where_line(line, "period_budget"),
        )


def _plain_source(source: str) -> str:
    """A source's name without its ``其中：`` (其中：财政拨款 → 财政拨款).

    Example:
        >>> _plain_source("其中：当年财政拨款"), _plain_source("上年结转资金")
        ('当年财政拨款', '上年结转资金')
    """
    for mark in ("其中：", "其中:", "其中"):
        if source.startswith(mark) and len(source) > len(mark):
            return source[len(mark) :]
    return source


def _unbudgeted(lines: Sequence[BudgetLine]) -> dict[int, BudgetLine]:
    """The budget lines that spent money without a budget, by their place in *lines*.

    A line with a budget of 0 and an amount executed; or a source with an amount
    executed and no budget at all (``其他资金 | — | — | 60``, a blank or ``/``) while
    another source prints its budget. A block whose sources print no budget at all
    (only the total does) says nothing about them.

    Example:
        >>> total = BudgetLine(BudgetRole.TOTAL, "年度资金总额", Decimal(100), executed=Decimal(70))
        >>> funds = BudgetLine(
        ...     BudgetRole.APPROPRIATION, "财政拨款", Decimal(100), executed=Decimal(60)
        ... )
        >>> other = BudgetLine(BudgetRole.OTHER, "其他资金", executed=Decimal(10))
        >>> list(_unbudgeted([total, funds, other]))
        [2]
        >>> list(_unbudgeted([total, evolve(funds, initial=None), other]))
        []
    """
    budgeted = any(
        line.role is not _BudgetRole.TOTAL and _denominator(line)[0] is not None for line in lines
    )
    found = {}
    for number, line in enumerate(lines):
        if line.executed is None or line.executed <= 0 or _signed(line):
            continue
        denominator = _denominator(line)[0]
        if denominator == 0 or (
            denominator is None and budgeted and line.role is not _BudgetRole.TOTAL
        ):
            found[number] = line
    return found


def _add_unbudgeted(state: _Scoring, line: BudgetLine, unbudgeted: dict[int, BudgetLine]) -> None:
    """``over-execution`` for a line that spent without a budget (see :func:`_unbudgeted`).

    When the total's amount executed holds such money, the message adds the total's
    rate without it: 1420 of 1800 (78.89%) with 120 unbudgeted is 72.22% on the budget.
    """
    role, executed = line.source, line.executed
    why = "预算数为0" if _denominator(line)[0] == 0 else "未列预算数"
    why_en = "a budget of 0" if _denominator(line)[0] == 0 else "no budget"
    zh = f"“{role}”{why}，无预算安排却执行{executed}"
    en = f"“{role}”: {why_en}, yet executed {executed}"
    without = _rate_without(state.table.budget, unbudgeted)
    if without is not None and line.role is not _BudgetRole.TOTAL:
        rate, rest = (show(value) for value in without)
        zh += f"；资金总额执行率{rate}%含无预算安排的执行数，扣除后为{rest}%"
        en += f"; the total's rate {rate}% holds it, {rest}% without"
    state.add("over-execution", _Severity.WARNING, zh, en, state.where_line(line, "executed"))


def unbudgeted_lines(table: Table) -> list[BudgetLine]:
    """The budget lines of *table* that spent money without a budget (``over-execution``).

    A line with a budget of 0 and something executed, or a source with something
    executed and no budget while another source prints its own.

    Example:
        >>> total = BudgetLine(BudgetRole.TOTAL, "总额", Decimal(100), executed=Decimal(70))
        >>> funds = BudgetLine(BudgetRole.APPROPRIATION, "拨款", Decimal(100), executed=Decimal(60))
        >>> other = BudgetLine(BudgetRole.OTHER, "其他资金", executed=Decimal(10))
        >>> table = Table(TableKind.TRACKING, budget=(total, funds, other))
        >>> [line.source for line in unbudgeted_lines(table)]
        ['其他资金']
    """
    return list(_unbudgeted(table.budget).values())


def rate_without_unbudgeted(table: Table) -> tuple[Decimal, Decimal] | None:
    """The total's rate, and its rate without the money spent with no budget, in %.

    None unless a source spent without a budget and the total's executed amount holds
    it (the top-level sources add up to it).

    Example:
        >>> total = BudgetLine(BudgetRole.TOTAL, "总额", Decimal(1800), executed=Decimal(1420))
        >>> funds = BudgetLine(
        ...     BudgetRole.APPROPRIATION, "拨款", Decimal(1800), executed=Decimal(1300)
        ... )
        >>> other = BudgetLine(BudgetRole.OTHER, "其他资金", executed=Decimal(120))
        >>> rates = rate_without_unbudgeted(Table(TableKind.TRACKING, budget=(total, funds, other)))
        >>> [show(rate) for rate in rates or ()]
        ['78.89', '72.22']
    """
    return _rate_without(table.budget, _unbudgeted(table.budget))


def _rate_without(
    lines: Sequence[BudgetLine], unbudgeted: dict[int, BudgetLine]
) -> tuple[Decimal, Decimal] | None:
    total = next((one for one in lines if one.role is _BudgetRole.TOTAL), None)
    whole = None if total is None else _denominator(total)[0]
    outside = [one for one in unbudgeted.values() if one is not total]
    if total is None or total.executed is None or not whole or not outside:
        return None
    top = _top_level([one for one in lines if one.role is not _BudgetRole.TOTAL])
    spent = [one.executed for one in top if one.executed is not None]
    if not all(any(one is part for part in top) for one in outside) or not _adds_up(
        spent, total.executed
    ):
        return None
    rest = total.executed - sum((one.executed or 0 for one in outside), Decimal(0))
    return total.executed / whole * _HUNDRED, rest / whole * _HUNDRED


def _check_project_name(state: _Scoring) -> None:
    """``missing-project-name`` for a project's table that names no project.

    A reviewer returns such a table for its identification: the reports can only
    call it （未注明项目）. A department's table (部门整体, :func:`is_department`)
    names a department, not a project: it is never asked for one. Only a table read
    from a file is asked (one built in code names what it likes).

    Example:
        >>> from perftrack.model import Project, Source
        >>> table = Table(TableKind.TRACKING, source=Source(file="无名.tsv"))
        >>> [(f.id, f.message) for f in score(table).findings]
        [('missing-project-name', '未填写项目名称和主管部门，无法确定所审核的项目')]
    """
    table = state.table
    project = table.project
    if table.source.file is None or (project.name or "").strip() or is_department(table):
        return
    if _sheet_names_project(table.source.sheet):
        return  # 农村饮水安全巩固提升 as the sheet of a workbook of projects: its name
    if (project.department or "").strip():
        zh, en = "未填写项目名称", "no project name"
    else:
        zh = "未填写项目名称和主管部门，无法确定所审核的项目"
        en = "no project name and no department: the table names no project"
    where = Where(file=table.source.file, sheet=table.source.sheet)
    state.add("missing-project-name", _Severity.WARNING, zh, en, where)


# Sheet names that name no project: Sheet1, 表1, 附件2, 自评表, 汇总, 封面…
_SHEET_NAME_CHARS: Final = 4  # a project's name has at least four characters
_GENERIC_SHEET_RE: Final = re.compile(
    r"表|附件|附表|汇总|目录|封面|说明|填报|sheet|^[\W\d_a-z]*$", re.IGNORECASE
)


def _sheet_names_project(sheet: str | None) -> bool:
    """Whether a sheet's name is a project's (``农村饮水安全巩固提升``), not a form's.

    >>> [
    ...     _sheet_names_project(s)
    ...     for s in ("农村饮水安全巩固提升", "Sheet1", "自评表", "附件2", None)
    ... ]
    [True, False, False, False, False]
    """
    if sheet is None:
        return False
    name = sheet.strip()
    chars = sum("\u4e00" <= char <= "\u9fff" for char in name)
    return chars >= _SHEET_NAME_CHARS and _GENERIC_SHEET_RE.search(name) is None


def is_department(table: Table) -> bool:
    """Whether *table* is a department's (部门整体): by its title, or its framework's level 1s.

    Example:
        >>> is_department(Table(TableKind.SELF_EVALUATION, title="部门整体支出绩效自评表"))
        True
    """
    return "部门整体" in (table.title or "") or any(
        indicator.level1 in _DEPARTMENT_LEVEL1 for indicator in table.indicators
    )


def _budget_sums(state: _Scoring) -> None:
    lines = state.table.budget
    total = next((line for line in lines if line.role is _BudgetRole.TOTAL), None)
    parts = [line for line in lines if line.role is not _BudgetRole.TOTAL]
    if total is None or not parts:
        return
    if any(finding.id == "budget-line-unread" for finding in state.table.findings):
        return  # a line of amounts the reader could not place: the parts are incomplete
    # one missing source leaves every column short: one finding names them all
    wrong = [
        (column, _budget_label(state.table, column, label), whole, sum(values, Decimal(0)))
        for column, label, whole, values in _summed_parts(total, parts)
        if not _adds_up(values, whole)
    ]
    if wrong:
        state.add(
            "budget-sum-mismatch",
            _Severity.WARNING,
            "，".join(
                f"{label}各项合计{added}与总额{whole}不符" for _, label, whole, added in wrong
            ),
            "; ".join(
                f"the lines' {_budget_words(label)} add up to {added}, not the total's {whole}"
                for _, label, whole, added in wrong
            ),
            state.where_line(total, wrong[0][0]),
        )


_BUDGET_WORDS: Final = {
    "年初预算数": "initial budgets",
    "全年预算数": "annual budgets",
    "跟踪期预算数": "period budgets",
    "预算数": "budgets",
    "计划数": "planned amounts",
    "执行数": "executed amounts",
    "预计执行数": "forecast amounts",
    "资金来源": "funding sources",
}


def _budget_words(label: str) -> str:
    """The English of an amount column's label (:func:`_budget_label`), in the plural.

    Example:
        >>> _budget_words("年初预算数"), _budget_words("全年预算数")
        ('initial budgets', 'annual budgets')
    """
    return _BUDGET_WORDS.get(label, label)


def budget_name(table: Table) -> str:
    """The name of a table's budget column (``period_budget``), for what it is.

    As its header says (``Table.budget_span``): 跟踪期预算数 or 全年预算数. A header that
    does not say (预算数) names the year's budget (全年预算数) in a self-evaluation or
    target table, and in a tracking table that prints the months' plan beside it;
    else the tracking table's budget, which may be either (预算数).

    Example:
        >>> budget_name(Table(TableKind.SELF_EVALUATION)), budget_name(Table(TableKind.TRACKING))
        ('全年预算数', '预算数')
        >>> budget_name(Table(TableKind.TRACKING, budget_span=BudgetSpan.PERIOD))
        '跟踪期预算数'
    """
    if table.budget_span is _BudgetSpan.PERIOD:
        return "跟踪期预算数"
    if (
        table.budget_span is _BudgetSpan.YEAR
        or table.kind is not _TableKind.TRACKING
        or any(line.planned is not None for line in table.budget)
    ):
        return "全年预算数"
    return "预算数"


def _budget_label(table: Table, column: str, label: str) -> str:
    """*label* of an amount column, the budget named for what it is (:func:`budget_name`).

    Example:
        >>> _budget_label(Table(TableKind.SELF_EVALUATION), "period_budget", "预算数")
        '全年预算数'
        >>> _budget_label(Table(TableKind.TRACKING), "initial", "年初预算数")
        '年初预算数'
        >>> _budget_label(Table(TableKind.TARGET), "initial", "年初预算数")
        '资金来源'
    """
    if column == "initial" and table.kind is _TableKind.TARGET:
        return "资金来源"  # a 目标表 prints amounts beside 年度资金总额, no 年初预算数 column
    return budget_name(table) if column == "period_budget" else label


# ---------------------------------------------------------------------------
# §6 indicator findings


# A name (or a target's label) that measures satisfaction itself: 群众满意度,
# 服务对象满意率, 满意度（%）; not what is counted about a survey under the level
# (满意度调查样本覆盖率, 满意度测评参与率, 满意度较上年提高). A name ending in the survey
# (群众满意度测评, 满意度调查) measures the satisfaction it finds.
_SATISFACTION_MEASURE_RE: Final = re.compile(
    r"满意(?:度|率|程度)?(?:测评|调查)?(?:[（(][^）)]*[)）])?"
)


def _measures_satisfaction(name: str, label: str | None) -> bool:
    """Whether *name* (and *label*, if any) ends with a satisfaction measure.

    >>> _measures_satisfaction("群众满意度", None), _measures_satisfaction("满意度测评参与率", None)
    (True, False)
    >>> _measures_satisfaction("满意度", "较上年提高")
    False
    >>> (
    ...     _measures_satisfaction("群众满意度测评", None),
    ...     _measures_satisfaction("满意度调查回收率", None),
    ... )
    (True, False)
    """

    def ends(text: str) -> bool:
        return any(m.end() == len(text) for m in _SATISFACTION_MEASURE_RE.finditer(text))

    return (not name or ends(name)) and (label is None or ends(label))


# The lowest 满意度 target that is not set low (``satisfaction-target-low``): MoF and
# provincial practice set satisfaction targets at ≥80% (often 85% or 90%).
_SATISFACTION_FLOOR: Final = Decimal(80)

# The level 1s of the department-wide framework (部门整体支出绩效).
_DEPARTMENT_LEVEL1: Final = frozenset(
    {"履职效能", "管理效率", "运行成本", "社会效应", "可持续发展能力", "履职效果", "部门管理"}
)


# The measures of a 成本 row that are better higher, whose floor is right: a saving
# (成本节约率, 政府采购节支率, 节约资金, 结余), a rate of decrease, a multiple levered
# (担保放大倍数, 撬动, 带动) and a minimum standard (生均公用经费不低于800元, 补助标准,
# 特困人员基本生活标准不低于当地低保标准的1.3倍).
_HIGHER_COST_NAME_RE: Final = re.compile(
    "节约|节支|节省|结余|降低率|下降率|降幅|放大|撬动|带动|杠杆|生均|补助标准|补贴标准|保障标准"
    "|生活标准|供养标准|救助标准|低保标准"
)


# The cells a formula-without-result finding of the reader names: （B6、D8、E10）.
_FORMULA_CELLS_RE: Final = re.compile(r"（([A-Z]{1,3}[0-9]{1,7}(?:、[A-Z]{1,3}[0-9]{1,7})*)）")
_CELL_RE: Final = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def _uncomputed(table: Table) -> frozenset[tuple[str | None, int, int]]:
    """The (sheet, row, column) of the cells the reader found holding uncomputed formulas.

    Example:
        >>> note = Finding(
        ...     "formula-without-result",
        ...     Severity.WARNING,
        ...     "2个单元格是未计算的公式（E8、AB10），…",
        ...     Where(sheet="表1"),
        ... )
        >>> sorted(_uncomputed(Table(TableKind.TRACKING, findings=(note,))))
        [('表1', 8, 5), ('表1', 10, 28)]
    """
    found: set[tuple[str | None, int, int]] = set()
    for finding in table.findings:
        if finding.id != "formula-without-result":
            continue
        listed = _FORMULA_CELLS_RE.search(finding.message)
        if listed is None:
            continue
        for cell in listed.group(1).split("、"):
            match = _CELL_RE.fullmatch(cell)
            if match is not None:
                column = 0
                for letter in match.group(1):
                    column = column * 26 + ord(letter) - 64
                found.add((finding.where.sheet, int(match.group(2)), column))
    return frozenset(found)


def _uncomputed_cell(
    table: Table,
    indicator: Indicator,
    cells: frozenset[tuple[str | None, int, int]],
    role: str,
) -> bool:
    """Whether *indicator*'s *role* cell holds a formula without a result (:func:`_uncomputed`).

    The cell's column is that of the other indicators' *role* cells on the same sheet.
    """
    position = indicator.position
    if not cells or position is None:
        return False
    columns = {
        cell.column
        for other in table.indicators
        if (cell := other.cell_of(role)) is not None and cell.sheet == position.sheet
    }
    return any((position.sheet, position.row, column) in cells for column in columns)


# How far over a percentage target an actual is far over it: in percentage points, as a
# rate's distance is read (6.8% against ≥5% is 1.8 points over, not 136%).
_EXCEED_POINTS: Final = Decimal(10)


def _few_points_over(target: Comparison, actual: Decimal) -> bool:
    """Whether *actual*, over a ``%`` target, is within a few percentage points of it.

    A small percentage (``成本节约率 ≥5%`` with 6.2%, ``基金当期结余率 ≥5%`` with 6.8%) is
    far over by its ratio (124%, 136%) yet 1.2 and 1.8 points over: no finding.
    Over by more than :data:`_EXCEED_POINTS` points (``就业率 ≥50%`` with 65%) is far.
    *actual* is in the target's unit.

    Example:
        >>> from perftrack import parse_target
        >>> _few_points_over(parse_target("≥5%"), Decimal("6.8"))
        True
        >>> _few_points_over(parse_target("≥50%"), Decimal("65"))
        False
        >>> _few_points_over(parse_target("≥5(个)"), Decimal("6.8"))
        False
    """
    return target.unit == "%" and actual - target.value <= _EXCEED_POINTS


def _indicator_findings(state: _Scoring, verdicts: list[Verdict]) -> None:
    table = state.table
    malformed = _malformed_targets(table)
    uncomputed = (
        _uncomputed(table)
        if any(f.id == "formula-without-result" for f in table.findings)
        else frozenset()
    )
    for verdict in verdicts:
        index = verdict.indicator
        # 人均…≤800元 against 760元/人, 4980000 against ≤500万元: as score read it
        indicator = state.read[index]
        if index in state.shares:  # ≥0.9 on a 合格率: the share 90% it is judged as
            indicator = evolve(indicator, target=state.shares[index])
        target = indicator.target
        direction = verdict.direction
        # A row with points but no name, target or actual: the reader's missing-name
        # says so once (三级指标名称、指标值、实际完成值均为空…), not three times.
        unset = not indicator.name and target is None and indicator.actual is None
        # An empty actual under a 不适用 target is what the table should hold (§3 rule 1
        # decides before the rule that raises missing-actual).
        if (
            table.kind is not _TableKind.TARGET
            and not unset
            and indicator.actual is None
            and not isinstance(target, NotApplicable)
            # a formula nobody computed: the reader's formula-without-result names it
            and not _uncomputed_cell(table, indicator, uncomputed, "actual")
        ):
            state.add(
                "missing-actual",
                _Severity.WARNING,
                f"“{indicator.name}”未填实际完成值",
                f"“{indicator.name}” has no actual value",
                state.where_indicator(index, "actual"),
            )
        in_reason = state.from_reason.get(index)
        if in_reason is not None and in_reason.figure is not None:
            state.add(
                "actual-from-reason",
                _Severity.INFO,
                f"“{indicator.name}”实际完成值填写“{in_reason.word}”，未填数值，"
                f"已按偏差原因中的“{in_reason.found[0]}”判断",
                f"“{indicator.name}”: the actual says “{in_reason.word}”; judged by"
                f" “{in_reason.found[0]}” in the deviation reason",
                state.where_indicator(index, "actual"),
            )
        elif in_reason is not None:
            state.add(
                "actual-without-figure",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值填写“{in_reason.word}”，未填数值，"
                f"偏差原因中有{'、'.join(f'“{one}”' for one in in_reason.found)}，"
                "无法确定实际完成值，按“已完成”判断",
                f"“{indicator.name}”: the actual says “{in_reason.word}” with no figure;"
                " the deviation reason states several, judged as done",
                state.where_indicator(index, "actual"),
            )
        if table.kind is not _TableKind.TARGET and _actual_is_target(indicator):
            state.add(
                "actual-is-target-form",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值“{_text(indicator.actual)}”填写为指标形式，"
                f"未填写实际完成的数值（年度指标值为“{_text(target)}”）",
                f"“{indicator.name}”: the actual “{_text(indicator.actual)}” is written as"
                " a target, no figure reached",
                state.where_indicator(index, "actual"),
            )
        if (
            table.kind is not _TableKind.TARGET
            and (measure := _other_measure(indicator.actual, target, indicator.name)) is not None
            and measure.quantity is None
        ):
            # 一般事故3起 in a 较大及以上 row, 申请专利25件 in a 授权 row
            words = f"{measure.actual_word}≠{measure.target_word}"
            state.add(
                "actual-other-measure",
                _Severity.WARNING,
                f"“{indicator.name}”实际完成值“{_text(indicator.actual)}”与年度指标"
                f"不是同一口径（{words}），无法判断是否达成",
                f"“{indicator.name}”: the actual “{_text(indicator.actual)}” counts"
                f" another measure than the target ({words})",
                state.where_indicator(index, "actual"),
            )
        if (
            target is None
            and not unset
            and not _uncomputed_cell(table, indicator, uncomputed, "target")
        ):
            state.add(
                "missing-target",
                _Severity.WARNING,
                f"“{indicator.name}”未填年度指标值",
                f"“{indicator.name}” has no target",
                state.where_indicator(index, "target"),
            )
        exceeds, exceeded = False, Decimal(0)
        if (
            isinstance(target, Comparison)
            and direction is _Direction.HIGHER
            and target.value > 0
            # 增长6.1% against 增长≥5%, 8% against 降幅≥5%, 提高3个百分点 against
            # 提高2个百分点: a rate of change 1.1 points over is not 122%
            and not (
                target.unit in _RATE_UNITS
                and _target_sign(target, indicator.name, state.year) is not None
            )
        ):
            change = _as_change(indicator.actual, target, indicator.name, state.year)
            quantity = change.quantity if change is not None else _quantity_of(indicator.actual)
            if change is None and (
                measure := _other_measure(indicator.actual, target, indicator.name)
            ):
                quantity = measure.quantity  # 新增4A级景区2家 against 5A: no excess
            factors = _factors(target.unit, quantity.unit) if quantity is not None else None
            # An actual bounded from above (不足130户) says nothing about how far it went,
            # nor one written as a target (≥45公里 under 26公里), nor a forecast (预计…).
            if (
                quantity is not None
                and not _actual_is_target(indicator)
                and _forecast_said(indicator) is None
                and factors is not None
                and quantity.bound not in (_Bound.AT_MOST, _Bound.LESS_THAN)
                and not _scale_slip(indicator, quantity, target)
                and index not in state.agreed  # 520000 against ≥5万人: how far is unsure
            ):
                ratio = quantity.value * factors[1] / (target.value * factors[0])
                if ratio > state.policy.exceed_ratio and not _few_points_over(
                    target, quantity.value * factors[1] / factors[0]
                ):
                    exceeds, exceeded = True, ratio
                    shown = _shown_quantity(quantity, target.unit)
                    state.add(
                        "exceeds-target",
                        _Severity.INFO,
                        f"“{indicator.name}”实际{shown}为年度指标{_shown_target(target)}的{show(ratio * _HUNDRED)}%，指标可能设置偏低",
                        f"“{indicator.name}”: actual is {show(ratio * _HUNDRED)}% of the target; it may be set too low",
                        state.where_indicator(index, "actual"),
                    )
        short = (
            verdict.progress is _Progress.BEHIND
            or verdict.attainment is _Attainment.NOT_MET
            or index in state.forecast_misses  # the table foresees a miss
            # 136号: a row whose own 完成目标可能性 is in doubt owes its reason too
            or indicator.likelihood in (_Likelihood.POSSIBLE, _Likelihood.IMPOSSIBLE)
        )
        # far over the target: the reason it was set so low, but not on a 满意度 row,
        # where the answer is a higher target (exceeds-target says so)
        over = (
            exceeds
            and table.kind is _TableKind.SELF_EVALUATION
            and not short
            and "满意度" not in f"{indicator.level1}{indicator.level2}{indicator.name}"
        )
        if (short or over) and not _stated(indicator.deviation_reason):
            doubt = indicator.likelihood
            if over:
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”超额完成（实际为年度指标的{show(exceeded * _HUNDRED)}%）"
                    "但未说明原因",
                    f"“{indicator.name}” is {show(exceeded * _HUNDRED)}% of its target"
                    " and gives no reason",
                    state.where_indicator(index, "reason"),
                )
            elif (
                verdict.attainment is _Attainment.MET
                and verdict.progress is not _Progress.BEHIND
                and not exceeds
                and doubt in (_Likelihood.POSSIBLE, _Likelihood.IMPOSSIBLE)
            ):
                # 36所 against =36所 judged 完全不可能: no deviation, the row's own
                # judgement contradicts its result (a tick in the wrong column)
                said = _as_said(indicator.likelihood_text, doubt)
                clash = "矛盾" if doubt is _Likelihood.IMPOSSIBLE else "不符"
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”已达成年度指标，但完成目标可能性判断为“{said}”，"
                    f"与已达成的结果{clash}，且未填写偏差原因",
                    f"“{indicator.name}” is met, but its likelihood is judged “{said}”,"
                    " against the result, and no reason is given",
                    state.where_indicator(index, "likelihood"),
                )
            elif index in state.late:
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”逾期完成但未说明逾期原因",
                    f"“{indicator.name}” was done late but gives no reason",
                    state.where_indicator(index, "reason"),
                )
            else:
                state.add(
                    "missing-deviation-reason",
                    _Severity.WARNING,
                    f"“{indicator.name}”存在偏差但未填写偏差原因",
                    f"“{indicator.name}” deviates but gives no reason",
                    state.where_indicator(index, "reason"),
                )
        if isinstance(target, (Deadline, PeriodTarget)):
            due = verdict.due
            # the date read from the 偏差原因 (12月20日全部完工) says how it was late
            if (
                due is not None
                and table.kind is not _TableKind.TARGET
                and state.as_of is not None
                and state.as_of >= due
                and verdict.attainment not in (_Attainment.MET, _Attainment.NOT_APPLICABLE)
                and index not in state.undated
            ):
                state.add(
                    "deadline-passed",
                    _Severity.WARNING,
                    f"“{indicator.name}”截止日期{due.isoformat()}已到，结果为"
                    + ("逾期完成" if index in state.late else _ATTAINMENT_ZH[verdict.attainment]),
                    f"“{indicator.name}”: due {due.isoformat()} has passed"
                    f" ({_ATTAINMENT_EN[verdict.attainment]})",
                    state.where_indicator(index, "target"),
                )
            future = state.after_period.get(index)
            if (
                future is not None
                and state.as_of is not None
                # a deadline reprinted (2024年8月底前) is a copy, said by actual-copies-target
                and _copy_of_target(target, indicator.actual, state) is None
            ):
                # a completion dated after the table's date cannot have happened yet
                end = state.as_of.isoformat()
                # a 自评表's date is its year's end (按计划于2025年6月完成 in a 2024 table)
                by_policy = (
                    state.policy.as_of == state.as_of or table.kind is _TableKind.SELF_EVALUATION
                )
                shown = _text(indicator.actual)
                state.add(
                    "actual-after-period",
                    _Severity.WARNING,
                    f"“{indicator.name}”实际完成值“{shown}”的日期晚于"
                    f"{'评价日期' if by_policy else '跟踪期末'}{end}，不能作为已完成，按预计判断",
                    f"“{indicator.name}”: the actual “{shown}” is dated after"
                    f" {'the as-of date' if by_policy else 'the period end'} {end}:"
                    " read as a forecast",
                    state.where_indicator(index, "actual"),
                )
        if isinstance(target, Comparison):
            planned = _quantity_of(indicator.planned)
            factors = _factors(target.unit, planned.unit) if planned is not None else None
            if (
                planned is not None
                and factors is not None
                # a plan bounded from above (不足1200册, 不超过60万元) may lie below the target
                and planned.bound not in (_Bound.AT_MOST, _Bound.LESS_THAN)
                and planned.value * factors[1] > target.value * factors[0]
            ):
                if direction is _Direction.HIGHER and target.op in (_Op.GE, _Op.GT, _Op.EQ):
                    state.add(
                        "plan-exceeds-target",
                        _Severity.INFO,
                        f"“{indicator.name}”计划值{_shown_quantity(planned, target.unit)}高于年度指标{_shown_target(target)}，指标可能设置偏低",
                        f"“{indicator.name}”: the plan exceeds the target",
                        state.where_indicator(index, "planned"),
                    )
                elif (
                    direction is _Direction.LOWER
                    # a ratio or an average brought down over the year passes above its
                    # year-end ceiling on the way (大班额比例降至5%, plan 6% in August)
                    and not _may_come_down(indicator, target.unit or planned.unit)
                ):
                    state.add(
                        "plan-exceeds-target",
                        _Severity.INFO,
                        f"“{indicator.name}”计划值{_shown_quantity(planned, target.unit)}突破年度上限{_shown_target(target)}",
                        f"“{indicator.name}”: the plan breaks the ceiling",
                        state.where_indicator(index, "planned"),
                    )
        if (
            isinstance(target, (Comparison, Range))
            and isinstance(indicator.actual, Quantity)
            and (
                _factors(target.unit, indicator.actual.unit) is None
                or _per_100k_apart(target.unit, indicator.actual.unit, indicator.name)
            )
            and not _share_of_work(indicator.actual, target)
            and _work_share(indicator.actual, target) is None
            # 5-8次/年 against 6次: a count per year judged as the year's count
            and _schedule_period(target, indicator.actual) is None
            # 由45.5%提高到45.8% against 提高0.2个百分点: the levels' difference
            and not (
                target.unit in ("个百分点", "百分点")
                and _points_between_levels(indicator.actual) is not None
            )
            # 由120起下降到110起 against 下降5%: the levels' change in %
            and not (target.unit == "%" and _percent_between_levels(indicator.actual) is not None)
        ):
            state.add(
                "unit-mismatch",
                _Severity.WARNING,
                f"“{indicator.name}”实际单位“{indicator.actual.unit}”与年度指标单位“{target.unit}”不可比",
                f"“{indicator.name}”: unit “{indicator.actual.unit}” vs “{target.unit}”",
                state.where_indicator(index, "actual"),
            )
        copied = _copy_of_target(target, indicator.actual, state)
        if (
            copied is _Severity.INFO
            and isinstance(target, Descriptive)
            and _names_a_standard(target.description, indicator.name)
        ):
            copied = None  # 防洪标准 20年一遇 | 20年一遇: the standard met, no copy
        if copied is not None:
            state.copied.append(index)
            if copied is _Severity.WARNING:
                # ≥200家, 2024年6月30日前 reprinted as the actual: no result reported
                state.add(
                    "actual-copies-target",
                    _Severity.WARNING,
                    f"“{indicator.name}”实际完成情况照抄年度指标“{_text(indicator.actual)}”，"
                    "未填报实际完成值",
                    f"“{indicator.name}”: the actual copies the target"
                    f" “{_text(indicator.actual)}”: no result reported",
                    state.where_indicator(index, "actual"),
                )
            else:
                state.add(
                    "actual-copies-target",
                    _Severity.INFO,
                    f"“{indicator.name}”实际完成情况照抄年度指标",
                    f"“{indicator.name}”: the actual copies the target",
                    state.where_indicator(index, "actual"),
                )
        if (
            _not_measurable(state, index, target, indicator.name)
            # a figure the reader could not read is malformed-target's, not words
            and index not in malformed
            # satisfaction-not-percent says it of a 满意度 row, more precisely
            and indicator.level1 != "满意度指标"
        ):
            state.add(
                "target-not-measurable",
                _Severity.INFO,
                f"“{indicator.name}”年度指标“{_text(target)}”为定性或文字描述，难以量化考核",
                f"“{indicator.name}”: the target is not measurable",
                state.where_indicator(index, "target"),
            )
        if (
            isinstance(target, Comparison)
            and target.unit is None
            and indicator.unit is None
            and indicator.level2 == "数量指标"
        ):
            state.add(
                "target-missing-unit",
                _Severity.INFO,
                f"“{indicator.name}”数量指标未写计量单位",
                f"“{indicator.name}”: a quantity target without a unit",
                state.where_indicator(index, "target"),
            )
        if (
            _is_cost(indicator)
            and isinstance(target, Comparison)
            and target.op in (_Op.GE, _Op.GT)
            and not _HIGHER_COST_NAME_RE.search(f"{indicator.name}{target.label or ''}")
            and not _benefit_standard(indicator.name)  # 基础养老金标准, 抚恤标准
        ):
            state.add(
                "cost-not-ceiling",
                _Severity.INFO,
                f"成本指标“{indicator.name}”应为上限（≤），而非“{_text(target)}”",
                f"cost indicator “{indicator.name}” should be a ceiling",
                state.where_indicator(index, "target"),
            )
        if (
            indicator.level1 == "满意度指标"
            and target is not None
            and not isinstance(target, NotApplicable)
        ):
            percent = (
                isinstance(target, Comparison)
                and target.op in (_Op.GE, _Op.GT)
                and target.unit in ("%", "百分比")
                and index not in state.shares  # ≥0.9 read as ≥90%: still no percentage
            )
            if not percent:
                state.add(
                    "satisfaction-not-percent",
                    _Severity.INFO,
                    f"满意度指标“{indicator.name}”应为“≥百分比”，而非“{_text(target)}”",
                    f"satisfaction indicator “{indicator.name}” should be ≥ a percentage",
                    state.where_indicator(index, "target"),
                )
            elif (
                isinstance(target, Comparison)
                and target.value < _SATISFACTION_FLOOR
                and _measures_satisfaction(indicator.name, target.label)
            ):
                floor = f"{_SATISFACTION_FLOOR}%"
                state.add(
                    "satisfaction-target-low",
                    _Severity.INFO,
                    f"满意度指标“{indicator.name}”年度指标“{_text(target)}”低于{floor}，目标设定偏低",
                    f"satisfaction indicator “{indicator.name}”: the target is below {floor}",
                    state.where_indicator(index, "target"),
                )
        before_due = (
            verdict.due is not None and state.as_of is not None and state.as_of < verdict.due
        )
        if _worded_satisfaction(indicator, target, indicator.actual) and not (
            table.kind is not _TableKind.SELF_EVALUATION and before_due
        ):
            # a tracking table before the due date owes no survey's percentage yet
            state.add(
                "satisfaction-not-percent",
                _Severity.INFO,
                f"满意度指标“{indicator.name}”实际完成值应为百分比，而非“{_text(indicator.actual)}”",
                f"satisfaction indicator “{indicator.name}”: the actual should be a percentage",
                state.where_indicator(index, "actual"),
            )
        _ocr(state, index, indicator)
    names: dict[tuple[str | None, str], int] = {}
    for index, indicator in enumerate(table.indicators):
        key = (indicator.level2, indicator.name)
        # the rows of one name merged over several rows (参保人数: 城镇居民≥8.5万人 |
        # 农村居民≥21万人) follow each other with targets of their own: one indicator
        # broken down, no duplicate
        sub_row = (
            key in names
            and names[key] == index - 1
            and table.indicators[index - 1].target != indicator.target
        )
        if key in names and not sub_row:
            state.add(
                "duplicate-indicator",
                _Severity.WARNING,
                f"“{indicator.name}”在“{indicator.level2 or '同一二级指标'}”下重复出现",
                f"“{indicator.name}” appears twice under {indicator.level2}",
                state.where_indicator(index),
            )
        names[key] = index
    _swapped_columns(state)
    _copied_actuals(state)
    _promised_actuals(state)
    listed = missing_levels(table)
    if listed:
        zh, en = f"缺少{'、'.join(listed)}", f"missing {', '.join(listed)}"
        absent = _absent_weight(table, state.policy)
        if absent and _points_computed(table, state.policy):
            # no 分值 column: the default weight of a level 1 no row can earn is not
            # counted, and the finding says why the total is rescaled (see _absent_weight;
            # 成本 is asked of target tables only, which compute no points)
            shown = show(absent).rstrip("0").rstrip(".")
            zh += f"；表中未列分值，其权重{shown}分不计，其余各项折算为100分"
            en += (
                f"; the table prints no weights: its {shown} points are not counted"
                " and the rest is rescaled to 100"
            )
        state.add(
            "missing-category",
            _Severity.INFO,
            zh,
            en,
            Where(file=table.source.file, sheet=table.source.sheet),
        )


# 财预〔2021〕101号 made 成本指标 a level 1 of the project framework from the 2022 budgets.
_COST_LEVEL1_FROM: Final = 2022


def missing_levels(table: Table) -> list[str]:
    r"""The level 1s ``missing-category`` names, in the framework's order.

    产出, 效益 and 满意度 (see :func:`_missing_categories`), and 成本 in a project's target
    table of the fiscal year 2022 or later (财预〔2021〕101号) with no cost indicator, as a
    level 1 or a level 2 (``成本指标`` under 产出, the older framework, still counts). Not
    in a department's table, nor a 区域 / 转移支付 table, whose templates have no 成本 level.

    Example:
        >>> import perftrack
        >>> lines = [
        ...     "项目支出绩效目标表",
        ...     "（2025年度）",
        ...     "项目名称\t测试",
        ...     "一级指标\t二级指标\t三级指标\t年度指标值",
        ...     "产出指标\t数量指标\t培训人次\t≥100人次",
        ...     "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%",
        ... ]
        >>> missing_levels(perftrack.read_text("\n".join(lines))[0])
        ['成本指标', '效益指标']
    """
    missing = _missing_categories(table)
    if _misses_cost(table):
        missing.append("成本指标")
    order = ("产出指标", "成本指标", "效益指标", "满意度指标")
    return sorted(missing, key=order.index)


def _misses_cost(table: Table) -> bool:
    """Whether *table* is a project's target table of 2022 or later without a cost indicator.

    Only a target table: 101号 governs how targets are set, and a 2022+ 目标表 is filled in
    its template. Tracking and self-evaluation tables report against targets approved
    before, often in the older framework, which the spec accepts (domain.md §2).
    """
    title = table.title or ""
    return (
        table.kind is _TableKind.TARGET
        and table.period is not None
        and table.period.start.year >= _COST_LEVEL1_FROM
        and bool(table.indicators)
        and not any(_is_cost(indicator) for indicator in table.indicators)
        and not _is_department(table)
        and "区域" not in title
        and "转移支付" not in title
    )


def _is_department(table: Table) -> bool:
    """A department's table: 部门整体 in its title, or its framework's level 1s."""
    return "部门整体" in (table.title or "") or any(
        indicator.level1 in _DEPARTMENT_LEVEL1 for indicator in table.indicators
    )


def _missing_categories(table: Table) -> list[str]:
    """The project framework's level 1s (产出, 效益, 满意度) *table* has no indicator under.

    None for a table without indicators, or a department's table (部门整体 in its title,
    or its framework's 履职效能, 管理效率, 社会效应), whose framework does not ask
    them; a project table's one unknown label (项目效益) does not make it a department's.
    """
    present = {indicator.level1 for indicator in table.indicators}
    missing = [name for name in ("产出指标", "效益指标", "满意度指标") if name not in present]
    if not missing or not table.indicators:
        return []
    if _is_department(table):
        return []
    return missing


def _points_computed(table: Table, policy: Policy) -> bool:
    """Points are computed for *table*: a self-evaluation, or provisional ones asked for."""
    return table.kind is _TableKind.SELF_EVALUATION or (
        policy.provisional_points and table.kind is _TableKind.TRACKING
    )


def _absent_weight(table: Table, policy: Policy) -> Decimal:
    r"""The weight of the level 1s without an indicator, when *table* prints no 分值.

    Without a 分值 column each level 1 weighs its label's points or the policy's
    default (产出 50, 效益 30, 满意度 10), split among its indicators; a level 1 with
    none has nobody to earn its weight, and the total is rescaled over the levels
    present, as for the rows left out (a 区域 table without 满意度 rows, all met, scored
    90.00 out of 100). A 成本 level 1 shares 产出's weight, so 产出 is present with it.
    A table that prints its 分值 keeps its own weights (0 for a category it lacks).

    >>> import perftrack
    >>> lines = [
    ...     "项目支出绩效自评表",
    ...     "项目名称\t测试",
    ...     "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
    ...     "产出指标\t数量指标\t培训人次\t≥100人次\t120人次",
    ...     "效益指标\t社会效益指标\t技能提升\t提升\t提升",
    ... ]
    >>> _absent_weight(perftrack.read_text("\n".join(lines))[0], perftrack.Policy())
    Decimal('10')
    """
    missing = _missing_categories(table)
    if not missing or any(indicator.weight is not None for indicator in table.indicators):
        return Decimal(0)
    if "产出指标" in missing and any(i.level1 == "成本指标" for i in table.indicators):
        missing.remove("产出指标")
    labels = dict(table.level1_weights)
    return sum(
        (labels[name] if name in labels else policy.weights.of_level1(name) for name in missing),
        Decimal(0),
    )


def _swapped_rows(table: Table) -> tuple[list[int], int]:
    """The rows of *table* whose columns look swapped, and how many rows have an actual.

    ``26公里 | ≥45公里``, ``完成58% | 2024年10月底前``, ``1.1万元 | ≤2.2万元``: the
    年度指标值 and 实际完成值 columns were filled the wrong way round when most actuals
    are targets in form beside bare figures as targets. An empty target (the figure's
    cell left blank) counts with the bare figures; at least three rows, and more than
    half of those with an actual, else no row is listed.
    """
    if table.kind is _TableKind.TARGET:
        return [], 0
    filled = [
        index
        for index, indicator in enumerate(table.indicators)
        if indicator.actual is not None and not isinstance(indicator.actual, NotApplicable)
    ]
    swapped = [
        index
        for index in filled
        if _target_form(table.indicators[index].actual)
        and (table.indicators[index].target is None or _actual_is_target(table.indicators[index]))
    ]
    if len(swapped) >= _SWAPPED_ROWS and 2 * len(swapped) > len(filled):
        return swapped, len(filled)
    return [], len(filled)


def _swapped_columns(state: _Scoring) -> None:
    """One finding for a table whose target and actual columns look swapped."""
    table = state.table
    swapped, filled = _swapped_rows(table)
    if swapped:
        shown = "、".join(f"“{_text(table.indicators[index].actual)}”" for index in swapped[:3])
        state.add(
            "columns-swapped",
            _Severity.WARNING,
            f"年度指标值与实际完成值疑似填反：{filled}项指标中有{len(swapped)}项的实际完成值"
            f"为指标形式（{shown}等），而年度指标值为具体数值",
            f"targets and actuals look swapped: {len(swapped)} of {filled} actuals"
            " are written as targets beside bare figures",
            Where(file=table.source.file, sheet=table.source.sheet),
        )


def _copied_actuals(state: _Scoring) -> None:
    """One warning for a table where most actuals copy their targets (actuals-copy-targets).

    At least three rows raise ``actual-copies-target`` and they are at least half the
    rows with an actual: the table reports no results, and a reviewer returns it,
    whatever each row's verdict.
    """
    table = state.table
    _most_rows(
        state,
        "actuals-copy-targets",
        state.copied,
        lambda index: table.indicators[index].name,
        "{filled}项指标中有{count}项实际完成情况照抄年度指标（{listed}），未如实填报实际完成情况",
        "{count} of {filled} actuals copy their targets",
    )


# How many rows copying their targets, or only promising their results, make a table
# that reports none (with at least half the rows with an actual).
_FEWEST_ROWS: Final = 3


def _most_rows(  # noqa: PLR0913, PLR0917 - the finding and its words
    state: _Scoring,
    finding_id: str,
    rows: Sequence[int],
    shown: Callable[[int], str],
    zh: str,
    en: str,
) -> None:
    """One warning on the table when *rows* are at least three and half the rows with an actual.

    *zh* and *en* are formats of ``filled`` (the rows with an actual), ``count`` and
    ``listed`` (the first three rows, quoted by *shown*, with 等 after them when more).
    """
    table = state.table
    filled = sum(
        1
        for indicator in table.indicators
        if indicator.actual is not None and not isinstance(indicator.actual, NotApplicable)
    )
    if len(rows) < _FEWEST_ROWS or 2 * len(rows) < filled:
        return
    listed = "、".join(f"“{shown(index)}”" for index in rows[:3]) + ("等" if rows[3:] else "")
    state.add(
        finding_id,
        _Severity.WARNING,
        zh.format(filled=filled, count=len(rows), listed=listed),
        en.format(filled=filled, count=len(rows)),
        Where(file=table.source.file, sheet=table.source.sheet),
    )


# An actual that only promises or forecasts the result, with no figure and no result
# of its own: 预计年底完成, 确保完成, 力争完成, 按序时推进, 预计可完成, 12月底前完成.
_PROMISE_RE: Final = re.compile(
    # 拟 before a verb of doing (拟于10月完成, 拟开展); 拟改造户 is the households planned
    r"(?:预计|预期|估计|力争|争取|确保|保证|计划|将于|将在|有望|拟(?:于|在|将|开展|实施|完成))"
    r"|按(?:序时|计划|进度|时序)(?:进度)?(?:推进|实施|开展)"
    r"|(?:有序|稳步|正常)推进"
    r"|(?:年底|年末|年内|年终|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)?)前?(?:可|能|将)?完成"
    r"|(?:可|能|能够|可以)(?:按期|如期|按时)?完成$"
)


def _promised(actual: Value | None, as_of: dt.date | None) -> bool:
    """Whether an actual only promises its result (预计年底完成, 确保完成, 12月底前完成).

    A text the value grammar reads as no figure that starts with a promise or a
    forecast, or (given the date of a tracking table, *as_of*) a completion dated
    after it: no result reported. A 自评表 filed after its year may date a fact later.

    Example:
        >>> [
        ...     _promised(parse_value(text), dt.date(2026, 6, 30))
        ...     for text in ("预计年底完成", "按序时推进", "12月底前完成", "120场", "已完成")
        ... ]
        [True, True, True, False, False]
    """
    if isinstance(actual, TextValue):
        return _PROMISE_RE.match(normalize(actual.description).text.replace(" ", "")) is not None
    if isinstance(actual, DateValue) and as_of is not None and actual.month is not None:
        # 12月底前完成: a date of the table's year
        date = (actual if actual.year is not None else evolve(actual, year=as_of.year)).date
        return date is not None and date > as_of
    return False


def _promised_actuals(state: _Scoring) -> None:
    """One warning for a table whose actuals only promise results (actuals-not-reported).

    At least three rows, and at least half the rows with an actual, hold a promise or
    a forecast with no figure (:func:`_promised`): the period's results are not
    reported, whatever each row's verdict (``unknown``), and a reviewer returns the
    table.
    """
    table = state.table
    if table.kind is _TableKind.TARGET:
        return
    tracking = state.as_of if table.kind is _TableKind.TRACKING else None
    promised = [
        index
        for index, indicator in enumerate(table.indicators)
        if indicator.actual is not None
        and not isinstance(indicator.actual, NotApplicable)
        and (index in state.after_period or _promised(indicator.actual, tracking))
    ]
    _most_rows(
        state,
        "actuals-not-reported",
        promised,
        lambda index: _text(table.indicators[index].actual),
        "{filled}项指标中有{count}项实际完成值填写预计或承诺（{listed}），未填报实际完成情况",
        "{count} of {filled} actuals only promise or forecast their results",
    )


# How many rows with an actual in a target's form make the columns look swapped.
_SWAPPED_ROWS: Final = 3


def _ocr(state: _Scoring, index: int, indicator: Indicator) -> None:
    target = indicator.target
    raw = target.text if target is not None else ""
    if raw.lstrip()[:1] in ("W", "w") and raw.lstrip()[1:2].isdigit():
        state.add(
            "possible-ocr-artifact",
            _Severity.INFO,
            f"“{indicator.name}”年度指标“{raw}”中的W可能是识别错误的“≤”",
            f"“{indicator.name}”: W in “{raw}” may be a misread ≤",
            state.where_indicator(index, "target"),
        )
        return
    if (
        isinstance(target, Comparison)
        and target.unit == "%"
        and target.value > _HUNDRED
        and ("率" in indicator.name or "满意度" in indicator.name)
    ):
        digits = format(target.value, "f")
        if digits.startswith("2") and len(digits) > 1:
            rest = digits[1:]
            try:
                value = Decimal(rest)
            except ArithmeticError:  # pragma: no cover - digits after 2 are digits
                return
            if value <= _HUNDRED:
                state.add(
                    "possible-ocr-artifact",
                    _Severity.INFO,
                    f"“{indicator.name}”年度指标{digits}%超过100%，可能是“≥{rest}%”识别错误",
                    f"“{indicator.name}”: {digits}% may be a misread ≥{rest}%",
                    state.where_indicator(index, "target"),
                )


# ---------------------------------------------------------------------------
# Targets as a 目标审核 reviewer reads them: the direction, the figure, the year


# A name whose figure is better lower (设备故障率, 群众投诉次数, 火灾事故发生率, 火灾亡人事故):
# a word of harm, then at most what counts it, at the end of the name.
_LOWER_NAME_RE: Final = re.compile(
    "(?:故障|事故|发生|发病|投诉|差错|超标|违法|违规|发案|亡人|伤亡|死亡|损失|流失|辍学|返贫"
    "|误差|不合格|失业)(?:行为|案件|事件|事故)?"
    "(?:率|数|次数|起数|人数|件数|数量|量|起|次|人次|宗)?$"
)
# A name that counts harm handled, prevented or brought down, whose figure is better
# higher (投诉处理率, 案件办结率, 事故处理率, 隐患整改率, 违法行为查处率, 事故下降率).
_HANDLED_NAME_RE: Final = re.compile(
    "处理|办结|整改|查处|结案|破案|侦破|回复|答复|处置|化解|调处|调解|受理|审结|审理|援助"
    "|救治|治愈|排查|消除|降低|下降|减少|控制|防控|预防|减"
)
# A name whose figure is a share better higher (合格率, 覆盖率, 满意度, 达标率), not its
# complement (不合格率, 未达标率).
_HIGHER_SHARE_NAME_RE: Final = re.compile(
    "(?<![不未非])(?:合格率|覆盖率|满意度|满意率|达标率|完好率|知晓率|优良率|及格率)$"
)
# A share that cannot pass 100%: a ≥120% on it is impossible (设备安装合格率≥120%);
# not a rate of completion or of change (完成率, 增长率), which may.
_BOUNDED_SHARE_NAME_RE: Final = re.compile(
    "(?:合格|达标|覆盖|完好|满意|知晓|普及|参保|入学|入园|接种|及格|优良|准确|正确|到位|及时"
    "|完整|合规|使用|利用|巩固|出勤|通过|治愈|回收|处理|办结|整改|知晓|参与|开通|上线)率$"
    "|满意度$"
)
# A name of a change or a gap, whose figure may be 0 or below (增长率≥0%, 偏差≥-5%).
_SHIFT_NAME_RE: Final = re.compile("增|减|降|升|提高|变化|变动|差|偏|幅|速|比上年|较上年|同比")
# A gross rate, which counts pupils of any age and so may pass 100% (毛入学率 102%).
_GROSS_RATE_NAME_RE: Final = re.compile("毛入学|毛入园|毛入托|毛招生")
# A balance, which may fall below 0 (基金结余率≥-5%, 收支差额, 盈亏, 净利润).
_SIGNED_NAME_RE: Final = re.compile("结余|盈余|收支|盈亏|利润|余额|结存|净|损益|平衡")
# Temperatures, whose floor below 0 is a real constraint (冷链运输温度≥-25℃).
_TEMPERATURE_UNITS: Final = frozenset({"℃", "°C", "°c", "摄氏度", "°F", "℉"})
# A cost whose ceiling of 0 is right: no overspending, loss or misuse (超支金额≤0万元).
_ZERO_COST_NAME_RE: Final = re.compile("超|结余|损失|浪费|赔|罚|违|挤占|挪用|闲置|沉淀|增加")
_MONEY_UNITS: Final = frozenset({"元", "万元", "亿元", "千元", "百万元"})
# A range written high to low (0.5-0.2(L/s)): the two figures, the separator, the rest.
_INVERTED_RANGE_RE: Final = re.compile(
    r"\s*(\d+(?:\.\d+)?)\s*([-~～－—–至到])\s*(\d+(?:\.\d+)?)(.*)", re.DOTALL
)


def _direction_slip(indicator: Indicator, target: Target | None) -> Direction | None:
    """The direction *indicator*'s name gives where its target's operator says the other.

    ``≥5%`` on a 设备故障率 or ``≥1起`` on 火灾亡人事故 reads "at least": a slip for a
    ceiling (Direction.LOWER is the name's); ``≤90%`` on a 合格率 a slip for a floor.
    Not a change written with its own direction (``下降≥5%``), a name of harm handled
    (投诉处理率, 案件办结率), nor a printed 指标方向性 that confirms the operator.

    Example:
        >>> from perftrack import parse_target
        >>> _direction_slip(Indicator("设备故障率"), parse_target("≥5%"))
        <Direction.LOWER: 'lower'>
        >>> _direction_slip(Indicator("居民满意度"), parse_target("≤90%"))
        <Direction.HIGHER: 'higher'>
        >>> _direction_slip(Indicator("投诉处理率"), parse_target("≥95%")) is None
        True
    """
    if not isinstance(target, Comparison) or target.op is _Op.EQ or target.label is not None:
        return None
    floor = target.op in (_Op.GE, _Op.GT)
    printed = indicator.direction
    if printed is (_Direction.HIGHER if floor else _Direction.LOWER):
        return None  # the printed 指标方向性 confirms the operator
    if _name_backs_operator(indicator.name, floor=floor):
        return None  # 单位GDP能耗下降率 | 反向 | ≥3%: the printed direction is the slip
    name = _BRACKET_TAIL_RE.sub("", indicator.name)
    if floor:
        lower = printed is _Direction.LOWER or (
            _LOWER_NAME_RE.search(name) is not None and _HANDLED_NAME_RE.search(name) is None
        )
        return _Direction.LOWER if lower else None
    higher = printed is _Direction.HIGHER or _HIGHER_SHARE_NAME_RE.search(name) is not None
    return _Direction.HIGHER if higher else None


def _name_backs_operator(name: str, *, floor: bool) -> bool:
    """Whether *name* alone gives the direction its target's operator says.

    A floor on a rate of fall or a share better higher (``单位GDP能耗下降率``,
    ``万元产值能耗降幅``, ``验收合格率``); a ceiling on a figure of harm (``设备故障率``).
    A printed 指标方向性 against such a target is the slip, not the target.

    Example:
        >>> _name_backs_operator("单位GDP能耗下降率", floor=True)
        True
        >>> _name_backs_operator("设备运行指数", floor=True)
        False
    """
    name = _BRACKET_TAIL_RE.sub("", name)
    if floor:
        if _LOWER_NAME_RE.search(name) is not None and _HANDLED_NAME_RE.search(name) is None:
            return False
        return (
            _HIGHER_SHARE_NAME_RE.search(name) is not None
            or _BOUNDED_SHARE_NAME_RE.search(name) is not None
            or _FALL_NAME_RE.search(name) is not None
            or _HANDLED_NAME_RE.search(name) is not None
        )
    return _LOWER_NAME_RE.search(name) is not None and _HANDLED_NAME_RE.search(name) is None


# A name of a fall or a saving, better higher (下降率, 降幅, 降低率, 节约率, 减少量).
_FALL_NAME_RE: Final = re.compile("降幅|下降|降低|减少|减排|节约|节支|节省|节能|压减|压降")


def _printed_direction_conflict(indicator: Indicator, target: Target | None) -> str | None:
    """The printed 指标方向性 a target's operator contradicts where the name backs the operator.

    ``单位GDP能耗下降率 | 反向 | ≥3%``: a fall is better higher, ``≥3%`` is right, and the
    printed 反向 is the slip; ``target-direction-suspect`` says so, not "flip the target".

    Example:
        >>> from perftrack import parse_target
        >>> from perftrack.model import Direction
        >>> row = Indicator("验收合格率", direction=Direction.LOWER)
        >>> _printed_direction_conflict(row, parse_target("≥95%"))
        '反向'
        >>> _printed_direction_conflict(Indicator("验收合格率"), parse_target("≥95%")) is None
        True
    """
    if (
        indicator.direction is None
        or not isinstance(target, Comparison)
        or target.op is _Op.EQ
        or target.label is not None
    ):
        return None
    floor = target.op in (_Op.GE, _Op.GT)
    if indicator.direction is (_Direction.HIGHER if floor else _Direction.LOWER):
        return None
    if not _name_backs_operator(indicator.name, floor=floor):
        return None
    return "反向" if indicator.direction is _Direction.LOWER else "正向"


_BRACKET_TAIL_RE: Final = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def _inverted_range(target: Target | None) -> str | None:
    """The range a target written high to low means (``0.2-0.5(L/s)``), or None.

    Example:
        >>> from perftrack import parse_target
        >>> _inverted_range(parse_target("0.5-0.2(L/s)"))
        '0.2-0.5(L/s)'
        >>> _inverted_range(parse_target("有所改善")) is None
        True
    """
    if not isinstance(target, Descriptive):
        return None
    found = _INVERTED_RANGE_RE.fullmatch(target.description)
    if found is None or Decimal(found[1]) <= Decimal(found[3]):
        return None
    swapped = f"{found[3]}{found[2]}{found[1]}{found[4]}"
    try:
        meant = parse_target(swapped)
    except ExpressionError:
        return None
    return swapped if isinstance(meant, Range) else None


def _implausible(indicator: Indicator, target: Target | None) -> tuple[str, str] | None:
    """Why *target*'s figure cannot be meant (Chinese, English), or None.

    A percentage over 100 on a share that cannot pass it (``≥120%`` on a 合格率; a
    2xx% is ``possible-ocr-artifact``'s), a floor of 0 or below on a figure better higher
    (``≥0公里``, ``≥-5%`` on a 知晓率), a money ceiling of 0 on a cost (``≤0万元``), a
    range written high to low (``0.5-0.2(L/s)``).

    Example:
        >>> from perftrack import parse_target
        >>> _implausible(Indicator("设备安装合格率"), parse_target("≥120%"))[0]
        '合格率、满意度等比例指标不超过100%，年度指标“≥120%”不合理'
        >>> _implausible(Indicator("新建防火隔离带"), parse_target("≥0(公里)"))[0]
        '年度指标“≥0(公里)”下限不大于0，无约束意义'
        >>> _implausible(Indicator("GDP增长率"), parse_target("≥0%")) is None
        True
    """
    shown = _text(target)
    meant = _inverted_range(target)
    if meant is not None:
        return (
            f"年度指标“{shown}”区间上下限颠倒，应为“{meant}”",
            f"the range “{shown}” is written high to low",
        )
    if not isinstance(target, Comparison) or target.label is not None:
        return None
    name = _BRACKET_TAIL_RE.sub("", indicator.name)
    if (
        target.op in (_Op.GE, _Op.GT, _Op.EQ)
        and target.unit == "%"
        and target.value > _HUNDRED
        and _BOUNDED_SHARE_NAME_RE.search(name) is not None
        and _SHIFT_NAME_RE.search(name) is None
        and _GROSS_RATE_NAME_RE.search(name) is None  # 毛入学率 counts over-age pupils
        and not _ocr_percent(target.value)
    ):
        return (
            f"合格率、满意度等比例指标不超过100%，年度指标“{shown}”不合理",
            f"a share cannot pass 100%: “{shown}”",
        )
    if _is_cost(indicator):
        if (
            target.op in (_Op.LE, _Op.LT)
            and target.value <= 0
            and target.unit in _MONEY_UNITS
            and _ZERO_COST_NAME_RE.search(name) is None
        ):
            return (
                f"成本指标上限“{shown}”为0，与项目预算矛盾",
                f"a cost ceiling of 0: “{shown}”",
            )
        return None
    if (
        target.op in (_Op.GE, _Op.GT)
        and target.value <= 0
        and _SHIFT_NAME_RE.search(name) is None
        and _SIGNED_NAME_RE.search(name) is None  # 基金结余率≥-5%: a deficit allowed
        and target.unit not in _TEMPERATURE_UNITS  # 冷链运输温度≥-25℃
        and _direction_slip(indicator, target) is None  # target-direction-suspect says it
    ):
        return (
            f"年度指标“{shown}”下限不大于0，无约束意义",
            f"a floor of 0 or below: “{shown}”",
        )
    return None


def _ocr_percent(value: Decimal) -> bool:
    """Whether a percentage over 100 is a 2 misread before one to 100 (292% for ≥92%)."""
    digits = format(value, "f")
    return digits.startswith("2") and len(digits) > 1 and Decimal(digits[1:]) <= _HUNDRED


# A year of a deadline's own (2026年6月底前, 2025/6/30), not one relative to the table's
# (次年3月前, 下年一季度).
_OWN_YEAR_RE: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)(?:19|20)\d{6}(?!\d)")


# A bare year with an operator (≤2023年, 不超过2023年度): a level compared with, on a cost.
_YEAR_LEVEL_RE: Final = re.compile(r"(?:[≤<≥>＜＞≦≧]|不高于|不超过|不低于|低于|高于)\s*\d{4}\s*年")


def _early_next_year(due: dt.date | None, last: int) -> bool:
    """Whether *due* falls in the first quarter after the year *last* (by its 3月31日).

    ``2026年1月31日前`` in a 2025 table (the 春节 payment of 2025's fund, 清算, 兑付)
    is ``次年3月前``/``次年春节前`` with its date written: an annual target due after
    the year on purpose.

    Example:
        >>> _early_next_year(dt.date(2026, 1, 31), 2025)
        True
        >>> _early_next_year(dt.date(2026, 6, 30), 2025)
        False
    """
    return due is not None and due.year == last + 1 and due <= dt.date(last + 1, 3, 31)


def _outside_year(
    table: Table, indicator: Indicator, target: Target | None
) -> tuple[Severity, str, str] | None:
    """A deadline of a target or self-evaluation table outside the table's year(s).

    Before the year starts (``2024年12月底前`` in a 2025 table: a template copied), a
    warning; after it ends (``2026年6月底前``: a multi-year milestone in an annual
    table), an info. A rolling table (2025–2027) spans its years; a tracking table is
    not looked at, nor a deadline without a year of its own (``次年3月前``: an annual
    target due after the year on purpose, as 清算 and 兑付 are), nor a dated one in
    the first quarter of the next year (``2026年1月31日前`` in 2025: the same intent).
    """
    if (
        table.kind not in (_TableKind.TARGET, _TableKind.SELF_EVALUATION)
        or table.period is None
        or not isinstance(target, (Deadline, PeriodTarget))
    ):
        return None
    if _OWN_YEAR_RE.search(target.text) is None:
        return None  # 次年3月前, 次年一季度: a year after the table's, written so on purpose
    first, last = table.period.start.year, max(table.period.end.year, table.period.start.year)
    if isinstance(target, Deadline):
        if target.year is None:
            return None
        if (
            target.month is None
            and target.part is _Part.YEAR
            and _is_cost(indicator)
            and _YEAR_LEVEL_RE.match(target.text.strip()) is not None
        ):
            return None  # 会议费 ≤2023年: not above 2023's level, a baseline, not a deadline
        due = target.due
        start = due
    else:
        if target.start_year is None and target.end_year is None:
            return None
        due, start = target.end, target.start
    shown = _text(target)
    if due is not None and due.year < first:
        return (
            _Severity.WARNING,
            f"年度指标“{shown}”早于{first}年度，疑似沿用以前年度指标",
            f"the deadline “{shown}” is before the fiscal year {first}",
        )
    if isinstance(target, Deadline) and _early_next_year(due, last):
        return None  # 2026年1月31日前 in 2025: 次年3月前 with its date written
    if (due is not None and due.year > last) or (start is not None and start.year > last):
        years = f"{first}年度" if first == last else f"{first}—{last}年度"
        return (
            _Severity.INFO,
            f"年度指标“{shown}”晚于{years}，不是本年度可实现的目标",
            f"the deadline “{shown}” is after the fiscal year(s) {years}",
        )
    return None


def _benefit_standard(name: str) -> bool:
    """Whether a cost row's *name* is a standard paid out, better higher (基础养老金标准).

    A name ending in 标准 (资助标准, 奖励标准, 抚恤标准, 津贴发放标准) is a statutory
    minimum, not a cost to cap; a 成本/费用/造价 standard still is one.

    >>> _benefit_standard("基础养老金标准"), _benefit_standard("单位造价控制标准")
    (True, False)
    """
    name = _BRACKET_TAIL_RE.sub("", name)
    return name.endswith("标准") and re.search("成本|费用|造价|单价|价格|控制", name) is None


def _malformed_targets(table: Table) -> frozenset[int]:
    """The indicators whose target cell the reader flagged malformed-target.

    Only a finding on the target's own cell counts: ``#N/A`` in the actual cell (which
    the reader flags malformed-target too) leaves a vague target ``健全`` beside it
    its target-not-measurable, one finding per cell.
    """
    rows: set[int] = set()
    for finding in table.findings:
        index = finding.where.indicator
        if finding.id != "malformed-target" or index is None:
            continue
        if finding.where.column is not None and 0 <= index < len(table.indicators):
            cell = table.indicators[index].cell_of("target")
            if cell is not None and cell.column != finding.where.column:
                continue  # another cell of the row: the actual's #N/A
        rows.add(index)
    return frozenset(rows)


def _slip_verdicts(state: _Scoring, verdicts: list[Verdict]) -> None:
    """Leave undecided a row whose target's direction is a slip and whose actual is good.

    ``≥5%`` on a 设备故障率 with 2%, ``≥1起`` on 火灾亡人事故 with 0起: not met as
    written, met as the name means. The verdict is ``unknown`` with the reason, not a
    ``not_met`` that costs the row's points (the printed 得分 stands, as for any
    undecided row); ``target-direction-suspect`` says what to correct.
    """
    if state.table.kind is _TableKind.TARGET:
        return
    for position, verdict in enumerate(verdicts):
        indicator = state.table.indicators[verdict.indicator]
        target = indicator.target
        way = _direction_slip(indicator, target)
        if way is None or not isinstance(target, Comparison):
            continue
        behind = verdict.progress is _Progress.BEHIND
        if verdict.attainment not in (_Attainment.NOT_MET, _Attainment.PARTIAL) and not behind:
            continue
        actual = _quantity_of(indicator.actual)
        factors = _factors(target.unit, actual.unit) if actual is not None else None
        if actual is None or factors is None:
            continue
        reached, bar = actual.value * factors[1], target.value * factors[0]
        if not (reached <= bar if way is _Direction.LOWER else reached >= bar):
            continue
        flipped = Comparison(
            _Op.LE if way is _Direction.LOWER else _Op.GE, target.value, target.unit
        )
        better = "越低越好" if way is _Direction.LOWER else "越高越好"
        shown = _shown_quantity(actual, target.unit)
        why = state.say(
            f"年度指标“{_text(target)}”疑似方向填反（“{indicator.name}”{better}），"
            f"实际{shown}按“{_shown_target(flipped)}”已达到，按所填指标未达到，无法判断",
            f"the target “{_text(target)}” looks written the wrong way round; the actual"
            f" {shown} meets “{_shown_target(flipped)}”, not the target as written: undecided",
        )
        attainment = (
            _Attainment.UNKNOWN
            if verdict.attainment is not _Attainment.PENDING
            else _Attainment.PENDING
        )
        progress = _Progress.UNKNOWN if behind else verdict.progress
        verdicts[position] = evolve(
            verdict, attainment=attainment, progress=progress, explanation=why
        )


def _vague_rows(state: _Scoring, malformed: frozenset[int]) -> list[int]:
    """The rows whose target is qualitative or words (target-not-measurable's rule)."""
    return [
        index
        for index, indicator in enumerate(state.table.indicators)
        if index not in malformed
        and _not_measurable(state, index, indicator.target, indicator.name)
    ]


def _not_measurable(state: _Scoring, index: int, target: Target | None, name: str) -> bool:
    """Whether a target is qualitative or words, with no figure to judge by."""
    if isinstance(target, QualitativeTarget):
        return True
    return (
        isinstance(target, Descriptive)
        and not target.recurring  # 每月15日前: a schedule, kept or not each month
        and index not in state.paced
        and _inverted_range(target) is None  # target-implausible says what is wrong
        and not _states_a_change(target, name, state.year)
        and _grade_of_text(target.description, water="水" in name + target.description) is None
        and not _names_a_standard(target.description, name)
    )


# A standard or grade a work meets, said in words: a return period (20年一遇, 百年一遇)
# or a seismic intensity (Ⅷ度, 八度设防), with an optional 达到/满足/符合 and 标准.
_STANDARD_RE: Final = re.compile(
    r"(?:达到|满足|符合|按)?(?:"
    r"(?:[0-9]+|[一二三四五六七八九十百千]+)年一遇"
    r"|(?:抗震设防烈度|设防烈度|烈度)?(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+|[0-9]+|[一二三四五六七八九十]+)度(?:设防)?"
    r")(?:标准|要求)?"
)
# A pass of an assessment (通过 on a 认证, 验收, 评审… row): a yes/no outcome.
_PASSED_RE: Final = re.compile(r"(?:顺利|全部|均)?通过")
_ASSESSED_RE: Final = re.compile("认证|验收|评审|审核|评估|考核|审查|检测|检查|评定|复审")


def _names_a_standard(text: str, name: str) -> bool:
    """Whether *text* names a standard, grade or assessment passed: measurable, no copy.

    ``20年一遇``, ``50年一遇`` (防洪标准), ``Ⅷ度`` (抗震设防烈度) and ``通过`` on a row
    naming a 认证, 验收 or 评审 (``通过ISO9001质量管理体系认证``) are checkable facts; the
    same words as the actual say the standard is met.

    Example:
        >>> [_names_a_standard(text, "防洪标准") for text in ("20年一遇", "Ⅷ度", "通过", "有效")]
        [True, True, False, False]
        >>> _names_a_standard("通过", "工程管理单位通过ISO9001质量管理体系认证")
        True
    """
    text = text.strip()
    if _STANDARD_RE.fullmatch(text) is not None:
        return True
    return _PASSED_RE.fullmatch(text) is not None and _ASSESSED_RE.search(name) is not None


def _target_review(state: _Scoring) -> None:
    """Findings on the targets' figures: direction, plausibility, year; and their vagueness.

    ``target-direction-suspect``, ``target-implausible`` and ``deadline-outside-year``
    on rows (every kind of table but tracking for the last), ``targets-not-measurable``
    on a target table whose vague targets are half its rows or more.
    """
    table = state.table
    for index, indicator in enumerate(table.indicators):
        target = indicator.target
        way = _direction_slip(indicator, target)
        if way is not None:
            if _direction_slip(evolve(indicator, direction=None), target) is None:
                # 设备运行指数 | 反向 | ≥5: only the printed 指标方向性 says so
                zh = (
                    f"“{indicator.name}”指标方向性“{'反向' if way is Direction.LOWER else '正向'}”"
                    f"与年度指标“{_text(target)}”不一致，请核实年度指标或指标方向性"
                )
            elif way is _Direction.LOWER:
                zh = f"“{indicator.name}”越低越好，年度指标“{_text(target)}”为下限，疑似方向设置错误（应为“≤”上限）"
            else:
                zh = f"“{indicator.name}”越高越好，年度指标“{_text(target)}”为上限，疑似方向设置错误（应为“≥”下限）"
            state.add(
                "target-direction-suspect",
                _Severity.WARNING,
                zh,
                f"“{indicator.name}”: the target “{_text(target)}” looks written the wrong way round",
                state.where_indicator(index, "target"),
            )
        elif (printed := _printed_direction_conflict(indicator, target)) is not None:
            floor = isinstance(target, Comparison) and target.op in (_Op.GE, _Op.GT)
            better = "越高越好" if floor else "越低越好"
            state.add(
                "target-direction-suspect",
                _Severity.WARNING,
                f"“{indicator.name}”指标方向性“{printed}”与年度指标“{_text(target)}”不一致"
                f"（按指标名称{better}，年度指标方向无误），疑为指标方向性填写有误",
                f"“{indicator.name}”: the printed direction “{printed}” contradicts the"
                f" target “{_text(target)}”, which the name backs",
                state.where_indicator(index, "target"),
            )
        odd = _implausible(indicator, target)
        if odd is not None:
            state.add(
                "target-implausible",
                _Severity.WARNING,
                f"“{indicator.name}”{odd[0]}",
                f"“{indicator.name}”: {odd[1]}",
                state.where_indicator(index, "target"),
            )
        outside = _outside_year(table, indicator, target)
        if outside is not None:
            state.add(
                "deadline-outside-year",
                outside[0],
                f"“{indicator.name}”{outside[1]}",
                f"“{indicator.name}”: {outside[2]}",
                state.where_indicator(index, "target"),
            )
    if table.kind is not _TableKind.TARGET:
        return
    vague = _vague_rows(state, _malformed_targets(table))
    rows = len(table.indicators)
    if len(vague) >= 2 and 2 * len(vague) >= rows:  # noqa: PLR2004 - two at least
        names = "、".join(f"“{table.indicators[i].name}”" for i in vague[:3])
        more = "等" if len(vague) > 3 else ""  # noqa: PLR2004 - three named
        state.add(
            "targets-not-measurable",
            _Severity.WARNING,
            f"{rows}项指标中有{len(vague)}项年度指标为定性或文字描述（{names}{more}），"
            "绩效目标难以量化考核",
            f"{len(vague)} of {rows} targets are not measurable",
            Where(file=table.source.file, sheet=table.source.sheet),
        )


def _target_table_review(state: _Scoring) -> None:
    """Findings on what a 目标审核 reviewer holds a target table against (scoring.md §6).

    ``target-below-last-year`` on a row whose target is below the 上年实际完成值 printed
    beside it (any kind of table); in a target table ``weights-not-100`` and
    ``level1-weight-mismatch`` on its printed 分值, ``missing-level2``,
    ``cost-above-budget`` and ``missing-overall-goal``.
    """
    table = state.table
    if any(indicator.previous is not None for indicator in table.indicators):
        _below_last_year(state)
    if table.kind is not _TableKind.TARGET:
        return
    where = Where(file=table.source.file, sheet=table.source.sheet)
    _target_weights(state, where)
    _missing_level2(state, where)
    _cost_above_budget(state)
    goal = table.overall_goal
    if goal is not None and not goal.expected.strip() and table.indicators:
        state.add(
            "missing-overall-goal",
            _Severity.INFO,
            "年度总体目标未填写",
            "the 年度总体目标 is empty",
            where,
        )


_FLOORS: Final = frozenset({_Op.GE, _Op.GT, _Op.EQ})
_CEILINGS: Final = frozenset({_Op.LE, _Op.LT, _Op.EQ})


def _below_last_year(state: _Scoring) -> None:
    """``target-below-last-year``: a floor below last year's actual, or a ceiling above it.

    财预〔2021〕101号: 指标值原则上不低于上年实际完成水平. Only a comparison target against a
    figure of last year in a comparable unit (converted as rule 3 converts), in the row's
    direction; not a change target (``增长5%``), a cost row (a cost follows its budget,
    which changes from year to year), nor a row whose target is already said to be wrong.
    """
    table = state.table
    for index, indicator in enumerate(table.indicators):
        target, previous = indicator.target, indicator.previous
        if (
            not isinstance(target, Comparison)
            or not isinstance(previous, Quantity)
            or previous.bound not in (_Bound.EXACT, _Bound.APPROXIMATELY)
            or previous.status is not None
            or _is_cost(indicator)
            or _change_direction(target, indicator.name) is not None
            or _direction_slip(indicator, target) is not None
            or _implausible(indicator, target) is not None
        ):
            continue
        factors = _factors(target.unit, previous.unit)
        if factors is None or _per_100k_apart(target.unit, previous.unit, indicator.name):
            continue
        bar, last = target.value * factors[0], previous.value * factors[1]
        direction = _judged_direction(indicator, target)
        if direction is _Direction.HIGHER and target.op in _FLOORS and bar < last:
            zh, en = "低于", "below"
        elif direction is _Direction.LOWER and target.op in _CEILINGS and bar > last:
            zh, en = "高于", "above"
        else:
            continue
        if _routine_below_last_year(indicator, bar, last):
            continue
        state.add(
            "target-below-last-year",
            _Severity.INFO,
            f"“{indicator.name}”年度指标“{_text(target)}”{zh}上年实际完成值“{_text(previous)}”，"
            "目标设定偏保守",
            f"“{indicator.name}”: the target “{_text(target)}” is {en} last year's actual"
            f" “{_text(previous)}”",
            state.where_indicator(index, "target"),
        )


# A floor within this share of last year's figure is last year's level, rounded.
_LAST_YEAR_ROUNDING: Final = Decimal("0.01")
# Floors of a balance (结余率 ≥5%): a safety level, not a performance to keep.
_BALANCE_WORDS: Final = ("结余", "结存", "余额")


def _routine_below_last_year(indicator: Indicator, bar: Decimal, last: Decimal) -> bool:
    """Whether a target below (or a ceiling above) last year's actual is routine, not lax.

    *bar* and *last* are the target and last year's figure in one unit. Routine: a
    satisfaction threshold (``≥90%`` against 93%: a fixed standard, not a level to keep),
    a floor within 1% of last year or last year's figure rounded down to the target's
    digits within 2% (``≥4.5万人`` against 4.52万人, ``≥4.5`` against 4.58), a floor of a balance
    (``基金结余率 ≥5%`` against 8%: a safety level) and a ceiling above a last year of 0
    (``不合格率 ≤2%`` against 0%: a ceiling above 0 is normal).

    Example:
        >>> row = Indicator("领取待遇人数")
        >>> _routine_below_last_year(row, Decimal("4.5"), Decimal("4.52"))
        True
        >>> _routine_below_last_year(row, Decimal("4"), Decimal("4.8"))
        False
    """
    if bar > last:  # a ceiling above last year's
        return last == 0
    if _is_satisfaction(indicator) or any(word in indicator.name for word in _BALANCE_WORDS):
        return True
    gap = last - bar
    if gap <= last * _LAST_YEAR_ROUNDING:
        return True
    if gap > last * _LAST_YEAR_ROUNDING * 2:
        return False
    digits = -int(bar.normalize().as_tuple().exponent)
    places = Decimal(1).scaleb(-max(digits, 0))
    return last.quantize(places, rounding=ROUND_FLOOR) == bar


# The sums of a target table's 分值 that need no finding: 100, or 90 with the budget
# execution rate's 10 implicit (many provinces print it so).
_TARGET_WEIGHT_SUMS: Final = (_HUNDRED, Decimal(90))
# How far weights printed as shares of 1 may add up off 1 (three 0.33: 0.99).
_SHARE_SLACK: Final = Decimal("0.01")


def _target_weights(state: _Scoring, where: Where) -> None:
    """A target table's printed 分值 and level-1 label weights (产出指标（50分）).

    The 分值 column adds up to 100 or 90 (the rate's 10 implicit), or ``weights-not-100``;
    weights printed as shares (0.2, 0.15…) adding up to 1 are 100. Each level 1's 分值
    add up to its label's (``level1-weight-mismatch``); without a column, the labels add
    up to 100 or 90.
    """
    table = state.table
    weights = [i.weight for i in table.indicators if i.weight is not None]
    if weights:
        added = sum(weights, Decimal(0))
        slack = _rounding(weights)
        if all(weight < 1 for weight in weights) and abs(added - 1) <= _SHARE_SLACK:
            return  # shares of 1 (0.2, 0.15…; three 0.33): 100 written as a whole
        if all(abs(added - whole) > slack for whole in _TARGET_WEIGHT_SUMS):
            state.add(
                "weights-not-100",
                _Severity.WARNING,
                f"各项分值合计{_whole(added)}，不等于100（或不含预算执行率的90）",
                f"the weights add up to {_whole(added)}, neither 100 nor 90",
                where,
            )
        _check_label_weights(state, where, has_column=True)
        return
    labels = dict(table.level1_weights)
    if not labels or not all((i.level1 or "") in labels for i in table.indicators):
        return
    labelled = sum(labels.values(), Decimal(0))
    if labelled not in _TARGET_WEIGHT_SUMS:
        state.add(
            "weights-not-100",
            _Severity.WARNING,
            f"一级指标标注的分值合计{_whole(labelled)}，不等于100（或不含预算执行率的90）",
            f"the level-1 labels' weights add up to {_whole(labelled)}, neither 100 nor 90",
            where,
        )


# The level 2s 产出 is to cover (财预〔2021〕101号 and the provinces' 审核要点), by the words
# that name each: 进度指标 is some provinces' name for 时效.
_OUTPUT_LEVEL2: Final = (
    (("数量",), "数量指标"),
    (("质量",), "质量指标"),
    (("时效", "进度"), "时效指标"),
)


def _missing_level2(state: _Scoring, where: Where) -> None:
    """``missing-level2``: a 2022+ project target table whose 产出 lacks 数量, 质量 or 时效.

    Not a department's, 区域 or 转移支付 table (as ``missing-category``), nor one whose
    产出 rows print no level 2.
    """
    table = state.table
    if not _project_target_since_2022(table):
        return
    level2s = [i.level2 for i in table.indicators if i.level1 == "产出指标"]
    if not level2s or any(level2 is None for level2 in level2s):
        return
    missing = [
        name
        for words, name in _OUTPUT_LEVEL2
        if not any(word in (level2 or "") for level2 in level2s for word in words)
    ]
    if missing:
        state.add(
            "missing-level2",
            _Severity.INFO,
            f"产出指标缺少{'、'.join(missing)}",
            f"产出指标 has no {', '.join(missing)}",
            where,
        )


def _project_target_since_2022(table: Table) -> bool:
    """A project's target table of 2022 or later (not a department's, 区域 or 转移支付)."""
    title = table.title or ""
    return (
        table.kind is _TableKind.TARGET
        and table.period is not None
        and table.period.start.year >= _COST_LEVEL1_FROM
        and bool(table.indicators)
        and not _is_department(table)
        and "区域" not in title
        and "转移支付" not in title
    )


# A cost indicator for the whole project (项目总成本), not a unit's (人均成本, 单位成本).
# Not 总投资 (项目总投资, 总投资额): a capital project's whole-life figure, of which the
# year's funds are one tranche.
_WHOLE_COST_WORDS: Final = ("总成本", "项目成本", "预算总额", "总预算")
_UNIT_COST_WORDS: Final = ("单位", "人均", "户均", "生均", "均", "单价", "每")


def _cost_above_budget(state: _Scoring) -> None:
    """``cost-above-budget``: a whole-project cost ceiling above the table's total budget.

    ``项目总成本 ≤1500万元`` with 年度资金总额 900 (万元): 101号's 相应匹配 of money and
    targets. Only a name of the whole cost (总成本, 项目成本, 预算总额, 总预算) with
    a ceiling in money (元, 万元, 亿元), compared in one unit; never a cost per unit, nor
    an investment (项目总投资, 总投资额: a multi-year project's whole-life figure).
    """
    table = state.table
    total = next((line for line in table.budget if line.role is _BudgetRole.TOTAL), None)
    if total is None or table.budget_unit not in _MONEY_UNITS:
        return
    whole = total.initial if total.initial is not None else total.period_budget
    if whole is None or whole <= 0:
        return
    for index, indicator in enumerate(table.indicators):
        target = indicator.target
        name = indicator.name
        if (
            not isinstance(target, Comparison)
            or target.op not in (_Op.LE, _Op.LT, _Op.EQ)
            or target.unit not in _MONEY_UNITS
            or not any(word in name for word in _WHOLE_COST_WORDS)
            or any(word in name for word in _UNIT_COST_WORDS)
            or "投资" in name
        ):
            continue
        factors = _factors(target.unit, table.budget_unit)
        if factors is None or target.value * factors[0] <= whole * factors[1]:
            continue
        state.add(
            "cost-above-budget",
            _Severity.INFO,
            f"“{name}”年度指标“{_text(target)}”高于年度资金总额{whole}{table.budget_unit}，"
            "成本指标与预算不匹配",
            f"“{name}”: the target “{_text(target)}” is above the total budget"
            f" {whole}{table.budget_unit}",
            state.where_indicator(index, "target"),
        )


_ATTAINMENT_ZH: Final = {
    _Attainment.MET: "已完成",
    _Attainment.PARTIAL: "部分完成",
    _Attainment.NOT_MET: "未完成",
    _Attainment.PENDING: "进行中",
    _Attainment.UNKNOWN: "无法判断",
    _Attainment.NOT_APPLICABLE: "不适用",
}
_ATTAINMENT_EN: Final = {
    _Attainment.MET: "met",
    _Attainment.PARTIAL: "partly met",
    _Attainment.NOT_MET: "not met",
    _Attainment.PENDING: "still pending",
    _Attainment.UNKNOWN: "undecided",
    _Attainment.NOT_APPLICABLE: "not applicable",
}


# The box and tick marks of a judgement printed as a line of choices (☑确定能完成 □有可能完成).
_TICK_MARKS: Final = frozenset("☐□☑☒■▣√✓✔✗×")
_LIKELIHOOD_SAID: Final = {
    _Likelihood.CERTAIN: "确定能完成",
    _Likelihood.POSSIBLE: "有可能完成",
    _Likelihood.IMPOSSIBLE: "完全不可能完成",
}


def _as_said(printed: str | None, likelihood: Likelihood | None) -> str:
    """A judgement as a message quotes it: the ticked choice of a line of boxes, else as printed.

    Example:
        >>> _as_said("☑确定能完成 □有可能完成 □完全不可能完成", Likelihood.CERTAIN)
        '确定能完成'
        >>> _as_said("确定能", Likelihood.CERTAIN)
        '确定能'
    """
    if likelihood is not None and printed and _TICK_MARKS.intersection(printed):
        return _LIKELIHOOD_SAID[likelihood]
    return printed or ""


def _judgement_findings(
    state: _Scoring,
    verdicts: list[Verdict],
    time_progress: Decimal | None,
) -> None:
    table = state.table
    judgement = table.judgement
    # a row on its plan whose own forecast misses the target is trouble too (§4 keeps
    # its progress by the plan; the findings see the forecast)
    # (work done late, 逾期完成, is done: nothing to judge or correct any more)
    troubled = [
        v
        for v in verdicts
        if (
            v.progress is _Progress.BEHIND
            or v.attainment is _Attainment.NOT_MET
            or v.indicator in state.forecast_misses
        )
        and v.indicator not in state.late
    ]
    where = Where(file=table.source.file, sheet=table.source.sheet)
    if judgement is not None:
        whole = state.whole
        rate = whole.analysis.rate_recomputed if whole is not None else None
        what = "执行率" if whole is None else _rate_named(whole)[0]
        what_en = "sources' rate" if whole is not None and whole.summed else "rate"
        if (
            judgement.budget_likelihood is _Likelihood.CERTAIN
            and rate is not None
            and time_progress is not None
            and rate < time_progress - state.policy.optimism_gap
        ):
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"预算完成可能性判断为“{_as_said(judgement.budget_completion, judgement.budget_likelihood)}”，但{what}{show(rate)}%低于序时进度{show(time_progress)}%超过{state.policy.optimism_gap}个百分点",
                f"budget judged certain while the {what_en} {show(rate)}% lags time progress {show(time_progress)}%",
                where,
            )
        # rows that judge their own target out of reach (136号: 完全不可能) are trouble too
        hopeless = [
            v
            for v in verdicts
            if table.indicators[v.indicator].likelihood is _Likelihood.IMPOSSIBLE
            and v not in troubled
        ]
        forecast_rate = _forecast_rate(whole.line if whole is not None else None)
        if (
            judgement.budget_likelihood is _Likelihood.CERTAIN
            and forecast_rate is not None
            and forecast_rate < state.policy.year_end_rate
        ):
            # 全年预计执行数 350 of 1000 (35%, above a mid-year bar) and 600 foreseen: the
            # table's own forecast says the budget will not be spent
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"预算完成可能性判断为“{_as_said(judgement.budget_completion, judgement.budget_likelihood)}”，但全年预计执行率仅"
                f"{show(forecast_rate)}%，低于年终执行率要求{show(state.policy.year_end_rate)}%",
                f"budget judged certain while the forecast execution is {show(forecast_rate)}%",
                where,
            )
        # The reverse contradiction: judged 完全不可能 while the table's own figures say
        # the work is done or on its way. The spec has no id for it; judgement-optimistic
        # is the finding of a judgement against the figures, and its message says which.
        bar = state.policy.year_end_rate
        # the money spent already, else the table's own forecast of it
        reached = (
            (what, "execution", rate)
            if rate is not None and rate >= bar
            else ("全年预计执行率", "forecast execution", forecast_rate)
            if forecast_rate is not None and forecast_rate >= bar
            else None
        )
        if judgement.budget_likelihood is _Likelihood.IMPOSSIBLE and reached is not None:
            label, label_en, spent = reached
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"预算完成可能性判断为“{_as_said(judgement.budget_completion, judgement.budget_likelihood)}”，但{label}"
                f"{show(spent)}%，达到年终执行率要求{show(bar)}%，判断与数据矛盾",
                f"budget judged impossible while the {label_en} is {show(spent)}%:"
                " the judgement contradicts the figures",
                where,
            )
        if (
            judgement.goal_likelihood is _Likelihood.IMPOSSIBLE
            and not troubled
            and not hopeless
            and any(v.attainment is _Attainment.MET for v in verdicts)
            and all(
                v.attainment in (_Attainment.MET, _Attainment.NOT_APPLICABLE)
                or (v.attainment is _Attainment.PENDING and v.progress is _Progress.ON_TRACK)
                for v in verdicts
            )
        ):
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"绩效目标完成可能性判断为“{_as_said(judgement.goal_completion, judgement.goal_likelihood)}”，"
                "但各项指标均已达成或进度正常，判断与结果矛盾",
                "goal judged impossible while every indicator is met or on track:"
                " the judgement contradicts the results",
                where,
            )
        if judgement.goal_likelihood is _Likelihood.CERTAIN and (troubled or hopeless):
            # a row printed twice (duplicate-indicator) is named once
            names = "、".join(dict.fromkeys(f"“{v.name}”" for v in (*troubled, *hopeless)))
            troubles = ["进度落后", "未完成"]
            troubles_en = ["behind", "not met"]
            if any(v.indicator in state.forecast_misses for v in troubled):
                troubles.append("全年预计不能达成")
                troubles_en.append("forecast to miss")
            if hopeless:
                troubles.append("判断为不可能完成")
                troubles_en.append("judged impossible")
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"绩效目标完成可能性判断为“{_as_said(judgement.goal_completion, judgement.goal_likelihood)}”，但{names}"
                + "、".join(troubles[:-1])
                + f"或{troubles[-1]}",
                f"goal judged certain while {len(troubled) + len(hopeless)} indicator(s) are "
                + ", ".join(troubles_en[:-1])
                + f" or {troubles_en[-1]}",
                where,
            )
    for verdict in troubled:
        indicator = table.indicators[verdict.indicator]
        if indicator.likelihood is _Likelihood.CERTAIN:
            # 完成目标可能性 judged per indicator (136号): 确定能 beside a row that is
            # behind, or whose forecast misses, is the same optimism as the table's
            said = _as_said(indicator.likelihood_text, indicator.likelihood)
            miss = state.forecast_misses.get(verdict.indicator)
            state.add(
                "judgement-optimistic",
                _Severity.WARNING,
                f"“{indicator.name}”完成目标可能性判断为“{said}”，但"
                + (miss if miss is not None else "进度落后或未完成"),
                f"“{indicator.name}” judged certain while "
                + (miss if miss is not None else "behind or not met"),
                state.where_indicator(verdict.indicator, "likelihood"),
            )
    own = _rows_with_measures(table) if table.kind is _TableKind.TRACKING else None
    if own is not None:
        # a grid with a 纠偏措施 column per row: each row in trouble owes its own
        _missing_row_measures(state, verdicts, troubled, own)
    elif table.kind is _TableKind.TRACKING and not _stated(table.corrective_measures):
        doubtful = judgement is not None and any(
            likelihood not in (None, _Likelihood.CERTAIN)
            for likelihood in (judgement.budget_likelihood, judgement.goal_likelihood)
        )
        doubtful = doubtful or any(
            indicator.likelihood not in (None, _Likelihood.CERTAIN)
            for indicator in table.indicators
        )
        if troubled or doubtful:
            state.add(
                "missing-corrective-measures",
                _Severity.WARNING,
                "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施",
                "behind, not met or doubtful, but no corrective measures",
                where,
            )


def _rows_with_measures(table: Table) -> set[int] | None:
    """The rows that print their own 纠偏措施, when the measures are the grid's per row.

    None when no row prints one, or when the table's measures are its own block (not
    the rows' joined ``名称：措施``): the table is then checked as a whole.
    """
    own = {
        index
        for index, indicator in enumerate(table.indicators)
        if indicator.cell_of("corrective") is not None
    }
    if not own:
        return None
    first = table.indicators[min(own)].name
    if not table.corrective_measures.startswith(f"{first}："):
        return None  # a 纠偏措施 block of the table's own covers every row
    return own


def _missing_row_measures(
    state: _Scoring, verdicts: list[Verdict], troubled: list[Verdict], own: set[int]
) -> None:
    """``missing-corrective-measures`` per row in trouble without its own measures."""
    table = state.table
    rows: dict[int, Verdict | None] = {verdict.indicator: verdict for verdict in troubled}
    judged = {verdict.indicator: verdict for verdict in verdicts}
    for index, indicator in enumerate(table.indicators):
        if indicator.likelihood in (_Likelihood.POSSIBLE, _Likelihood.IMPOSSIBLE):
            rows.setdefault(index, judged.get(index))
    for index in sorted(rows):
        if index in own:
            continue
        indicator, verdict = table.indicators[index], rows[index]
        if verdict is not None and verdict.attainment is _Attainment.NOT_MET:
            what, what_en = "未完成年度指标", "not met"
        elif verdict is not None and verdict.progress is _Progress.BEHIND:
            what, what_en = "进度落后", "behind"
        elif index in state.forecast_misses:
            what, what_en = "全年预计不能达成", "forecast to miss"
        else:
            said = _as_said(indicator.likelihood_text, indicator.likelihood)
            what, what_en = f"完成目标可能性判断为“{said}”", "in doubt"
        state.add(
            "missing-corrective-measures",
            _Severity.WARNING,
            f"“{indicator.name}”{what}，但未填写纠偏措施",
            f"“{indicator.name}” is {what_en}, but gives no corrective measures",
            state.where_indicator(index, "corrective"),
        )


# ---------------------------------------------------------------------------
# §7 points


def _grade(total: Decimal) -> str:
    if total >= 90:  # noqa: PLR2004
        return "优"
    if total >= 80:  # noqa: PLR2004
        return "良"
    if total >= 60:  # noqa: PLR2004
        return "中"
    return "差"


def _round(value: Decimal) -> Decimal:
    return half_up(value, _TWO_PLACES)


class _RatePrinted(NamedTuple):
    """The execution rate's printed 分值 and 得分, and the budget line they stand on."""

    line: BudgetLine | None
    weight: Decimal | None
    points: Decimal | None


def _rate_printed(lines: Sequence[BudgetLine], total: BudgetLine | None) -> _RatePrinted:
    """The 分值 and 得分 the table prints for the execution rate.

    The whole budget's line (*total*: the total, or the only line) when it prints them;
    else the lines that do, added up: without a 年度资金总额 line, 财政拨款 may carry the
    rate's 分值 10 and 得分 9.6 beside an unscored 其他资金. They count in the sums of
    分值 and 得分 wherever they stand.
    """
    if total is not None and (total.weight is not None or total.published_points is not None):
        return _RatePrinted(total, total.weight, total.published_points)
    carriers = [
        line for line in lines if line.weight is not None or line.published_points is not None
    ]
    if not carriers:
        return _RatePrinted(total or (lines[0] if lines else None), None, None)
    weights = [line.weight for line in carriers if line.weight is not None]
    points = [line.published_points for line in carriers if line.published_points is not None]
    return _RatePrinted(
        carriers[0],
        sum(weights, Decimal(0)) if weights else None,
        sum(points, Decimal(0)) if points else None,
    )


def _in_cents(whole: Decimal, parts: list[Decimal]) -> list[int]:
    """*parts* in cents that add up to *whole* in cents: the largest remainders round up.

    >>> _in_cents(Decimal(50), [Decimal(50) / 3] * 3)
    [1667, 1667, 1666]
    """
    cents = int((whole * _HUNDRED).to_integral_value(ROUND_HALF_UP))
    exact = [part * _HUNDRED for part in parts]
    floors = [int(value.to_integral_value(ROUND_FLOOR)) for value in exact]
    extra = cents - sum(floors)
    # the largest remainders first; among equal ones, the first part
    order = sorted(range(len(parts)), key=lambda index: (floors[index] - exact[index], index))
    for position, index in enumerate(order):
        if position < extra:
            floors[index] += 1
    return floors


def _shared_out(groups: list[tuple[str, Decimal]]) -> list[Decimal]:
    """Each indicator's weight: its group's points shared out in cents that add up.

    50 points over three indicators are 16.67, 16.67 and 16.66 (not 16.666… each, whose
    rounded points added up to 100.01). Points not in whole cents (Hubei's 44.444…,
    26.666… and 8.888…, 80 in 50:30:10) are first put in cents that add up to the
    groups' whole (44.44, 26.67, 8.89: 80.00), then shared out the same way: a table met
    everywhere scores 100.00 under either preset, not 99.99.

    >>> [str(w) for w in _shared_out([("产出指标", Decimal(50))] * 3)]
    ['16.67', '16.67', '16.66']
    >>> share = Decimal(80) / 90
    >>> [str(w) for w in _shared_out([("产出", 50 * share)] * 3 + [("效益", 30 * share)])]
    ['14.82', '14.81', '14.81', '26.67']
    """
    members: dict[str, list[int]] = {}
    for index, (group, _) in enumerate(groups):
        members.setdefault(group, []).append(index)
    totals = [groups[indices[0]][1] for indices in members.values()]
    group_cents = _in_cents(sum(totals, Decimal(0)), totals)
    weights = [Decimal(0)] * len(groups)
    for indices, cents in zip(members.values(), group_cents, strict=True):
        count = len(indices)
        share, extra = divmod(cents, count)
        for position, index in enumerate(indices):
            weights[index] = Decimal(share + (position < extra)) / _HUNDRED
    return weights


def _points(state: _Scoring, verdicts: list[Verdict]) -> Points | None:
    table = state.table
    policy = state.policy
    year = state.year
    self_evaluation = table.kind is _TableKind.SELF_EVALUATION
    if not _points_computed(table, policy):
        if table.kind is _TableKind.TRACKING:
            # no points computed, but the printed 得分 and 总分 are the table's own sum
            _points_sum(
                state,
                _rate_printed(table.budget, state.whole.line if state.whole else None),
                Where(file=table.source.file, sheet=table.source.sheet),
            )
        return None
    if not table.indicators:
        return None  # missing-indicators: a table without a grid cannot be scored
    whole = state.whole
    carrier = _rate_printed(table.budget, whole.line if whole is not None else None)
    printed_weights = [i.weight for i in table.indicators]
    label_weights = dict(table.level1_weights)
    # Weights: the table's column, else weights printed in labels, else the policy's defaults.
    # whether the table printed every indicator's weight (a 分值 column, level-1 labels)
    printed = printed_weights_given = any(weight is not None for weight in printed_weights)
    # level-1 labels that weigh every indicator, no 分值 column
    labels_cover = not printed_weights_given and bool(label_weights)
    if printed:
        weights = [weight or Decimal(0) for weight in printed_weights]
    else:
        printed = all((indicator.level1 or "") in label_weights for indicator in table.indicators)
        labels_cover = labels_cover and printed
        counts: dict[str, int] = {}
        for indicator in table.indicators:
            level1 = indicator.level1 or ""
            counts[level1] = counts.get(level1, 0) + 1
        # Each group's points (a level 1's, or 产出 and 成本 together) shared out among
        # its indicators.
        groups: dict[str, tuple[str, Decimal]] = {}
        output_like = counts.get("产出指标", 0) + counts.get("成本指标", 0)
        for level1 in counts:
            if level1 in label_weights:
                groups[level1] = (level1, label_weights[level1])
            elif level1 in ("产出指标", "成本指标") and output_like:
                groups[level1] = ("产出指标", policy.weights.output)
            else:
                groups[level1] = (level1, policy.weights.of_level1(level1))
        weights = _shared_out([groups[indicator.level1 or ""] for indicator in table.indicators])
    if carrier.weight is not None:
        rate_weight = carrier.weight
    elif sum(weights, Decimal(0)) >= _HUNDRED:
        # The indicators' printed 分值 (or label weights) already hold the 100 points: a
        # rate without a printed 分值 weighs 0, like an indicator without one (the
        # policy's 10 on top made totals of 108).
        rate_weight = Decimal(0)
    elif printed and any(_rates_execution(indicator.name) for indicator in table.indicators):
        # 预算执行率 (10分) under 管理效率 in a 部门整体 grid that prints its weights: the
        # grid scores the rate already; the policy's 10 on top counted it twice (and
        # 90 + 10 moved the grade). The policy's own weights (产出 50, 效益 30, 满意度
        # 10) leave the rate its 10 whatever the grid holds.
        rate_weight = Decimal(0)
    elif (
        labels_cover
        and (left := _HUNDRED - sum(weights, Decimal(0)) - _absent_weight(table, policy)) > 0
    ):
        # 产出指标(50分), 效益指标(30分), 满意度指标(10分) and no 分值 column: the labels
        # leave the rate the rest of 100 (10), whatever the policy's default (Hubei's 20
        # on top made a base of 110)
        rate_weight = left
    else:
        rate_weight = policy.weights.rate
    items: list[PointItem] = []
    undecided: list[str] = []
    dropped = Decimal(0)
    bands = policy.qualitative_bands
    partial_share = bands[1][0] / _HUNDRED if len(bands) > 1 else Decimal("0.8")
    for verdict, weight in zip(verdicts, weights, strict=True):
        # 比上年下降5% judged as the change 下降5% scores as that comparison does
        indicator = state.judged[verdict.indicator]
        attainment = verdict.attainment
        target = indicator.target
        points: Decimal | None
        rule: str
        if attainment is _Attainment.NOT_APPLICABLE:
            dropped += weight
            items.append(
                PointItem(
                    indicator.name,
                    weight,
                    None,
                    "not_applicable",
                    verdict.indicator,
                    published_points=indicator.published_points,
                )
            )
            continue
        if attainment is _Attainment.UNKNOWN or (
            attainment is _Attainment.PENDING
            and (
                not isinstance(target, (Comparison, Range))
                or _comparison_ratio(indicator, year) is None  # 正在施工: no ratio to score by
            )
        ):
            if indicator.published_points is not None:
                printed_points = indicator.published_points
                rule = "unknown: printed points"
                if indicator.weight is not None and printed_points > indicator.weight:
                    # 得分12 on 分值10: points-over-maximum tells the table's error; the
                    # total takes no more than the row can be worth (102.00 was counted)
                    printed_points, rule = indicator.weight, "unknown: printed points, capped"
                items.append(
                    PointItem(
                        indicator.name,
                        weight,
                        _round(printed_points),
                        rule,
                        verdict.indicator,
                        published_points=indicator.published_points,
                    )
                )
            else:
                undecided.append(indicator.name)
                dropped += weight
                items.append(
                    PointItem(indicator.name, weight, None, "unknown: left out", verdict.indicator)
                )
            continue
        options = (
            [o for o in target.options if isinstance(o, (Comparison, Range))]
            if isinstance(target, AnyOf) and attainment is not _Attainment.MET
            else []
        )
        ratios = [
            ratio
            for option in options
            if (ratio := _comparison_ratio(evolve(indicator, target=option), year)) is not None
        ]
        if isinstance(target, (Comparison, Range)) and attainment is not _Attainment.MET:
            ratio = _comparison_ratio(indicator, year)
            if ratio is None and attainment is _Attainment.PARTIAL:
                # 基本完成 against a number: no ratio, but the table says partly done
                points, rule = partial_share * weight, "comparison partial: status"
            elif ratio is None:
                points, rule = Decimal(0), f"comparison {attainment.value}"
            elif (
                ratio >= 1
                and attainment is not _Attainment.PARTIAL
                and not (attainment is _Attainment.PENDING and _under_ceiling(indicator))
            ):
                # 0% against 负增长 (<0), 下降6% against 下降3%至5%: the figure is on the
                # far side of the bar, not short of it; a ratio of 1 or more would give
                # the full points to a row judged not met. A cumulative ceiling kept so
                # far (150万元 under ≤200万元, 0起 against 0起 in a 1-9月 table) is pending
                # on its own side of the bar: it scores its ratio, the full points.
                ratio = _past_ratio(indicator, year)
                points, rule = (
                    ratio * weight,
                    f"comparison {attainment.value}: past the target {show(ratio * _HUNDRED)}%",
                )
            else:
                points, rule = (
                    min(ratio, Decimal(1)) * weight,
                    f"comparison {attainment.value}: ratio {show(ratio * _HUNDRED)}%",
                )
        elif ratios:
            # An any_of scores by its best option: a comparison option by its ratio
            # (≥90%或良好 with 85% scores 85/90 of the weight), never below a partial.
            best = min(max(ratios), Decimal(1))
            share = max(best, partial_share) if attainment is _Attainment.PARTIAL else best
            points, rule = (
                share * weight,
                f"any_of {attainment.value}: ratio {show(best * _HUNDRED)}%",
            )
        elif attainment is _Attainment.MET:
            points, rule = weight, f"{_kind(target)} met"
        elif attainment is _Attainment.PARTIAL:
            points, rule = partial_share * weight, f"{_kind(target)} partial"
        else:
            points, rule = Decimal(0), f"{_kind(target)} {attainment.value}"
        if attainment is _Attainment.NOT_MET and weight > 0 and _round(points) >= weight:
            # 5% against <5%: the whole ratio, yet not met; the nearest miss scores a cent
            # short of full, so that the points say what the verdict says (and
            # full-points-not-met never quotes a full computed score as the table's error)
            points, rule = max(weight - _TWO_PLACES, Decimal(0)), f"{rule}, short of full"
        items.append(
            PointItem(
                indicator.name,
                weight,
                _round(points),
                rule,
                verdict.indicator,
                published_points=indicator.published_points,
            )
        )
    if rate_weight:
        # The rate of the whole budget (the total, the only line, the sum of sources
        # that do not nest), as budget-behind-schedule judges it: recomputed, else the
        # printed 执行率 of a line without amounts; none without a budget (no block,
        # lines that nest and no total) or when it cannot be computed (a budget of 0).
        rate = judged_rate(whole.line, whole.analysis) if whole is not None else None
        line = carrier.line
        name = line.source if line is not None else "预算执行率"
        # the role of the line scored, as budget[] and the findings name it (财政拨款
        # alone is appropriation); total without a line
        role = line.role.value if line is not None else "total"
        if rate is not None and whole is not None:
            printed_rate = whole.analysis.rate_recomputed is None
            items.append(
                PointItem(
                    name,
                    rate_weight,
                    _round(min(rate / _HUNDRED, Decimal(1)) * rate_weight),
                    f"execution rate {show(rate)}%"
                    + (" printed" if printed_rate else " summed" if whole.summed else ""),
                    budget_line=role,
                    published_points=carrier.points,
                )
            )
        elif carrier.points is not None:
            # No rate to compute (a budget of 0, several lines and no total): the
            # reviewer's printed 得分 stands, as for an undecided indicator (§7 "unknown"),
            # up to its printed 分值.
            capped = carrier.weight is not None and carrier.points > carrier.weight
            items.append(
                PointItem(
                    name,
                    rate_weight,
                    _round(rate_weight if capped else carrier.points),
                    "unknown: printed points, capped" if capped else "unknown: printed points",
                    budget_line=role,
                    published_points=carrier.points,
                )
            )
        else:
            # Left out, listed, and the rest rescaled; silently dropping its weight would
            # grade 87.5 of 90 as 87.5 of 100.
            undecided.append(name)
            dropped += rate_weight
            items.append(PointItem(name, rate_weight, None, "unknown: left out", budget_line=role))
    scored = sum((item.points for item in items if item.points is not None), Decimal(0))
    full = sum((item.weight for item in items), Decimal(0))
    base = full - dropped
    # 10号: what is left out (not applicable, undecided) is dropped and the rest rescaled to
    # 100; so is the default weight of a level 1 without indicators (满意度 in a table
    # without 满意度 rows), which no item carries: the items present weigh 90, not 100.
    rescaled = dropped > 0 or (not printed_weights_given and _absent_weight(table, policy) > 0)
    if labels_cover and full + _absent_weight(table, policy) != _HUNDRED:
        # labels and the rate's weight above or below 100 (weights-not-100): rescaled, as
        # a total above 100 is never graded
        rescaled = True
    if rescaled and base <= 0:
        # Everything left out (all prose, no printed 得分, no budget): no base to rescale
        # to, so no total and no grade; 0.00 差 graded a table nobody could judge.
        _points_findings(state, items, carrier, verdicts, None)
        return Points(None, None, not self_evaluation, tuple(undecided), tuple(items))
    total = _round(scored * _HUNDRED / base) if rescaled else scored
    weights = [w for w in printed_weights if w is not None] + (
        [carrier.weight] if carrier.weight is not None else []
    )
    slack = _rounding(weights)
    if _HUNDRED < total <= _HUNDRED + slack and abs(sum(weights, Decimal(0)) - _HUNDRED) <= slack:
        # 分值 printed as thirds (16.67 × 3 and 50): 100.01 is their rounding. Weights that
        # do not add up to 100 (weights-not-100) keep the total over it, and its finding.
        total = _HUNDRED
    _points_findings(state, items, carrier, verdicts, total)
    return Points(_round(total), _grade(total), not self_evaluation, tuple(undecided), tuple(items))


# Words of an indicator that scores the budget's execution (预算执行率, 资金执行率,
# 部门预算执行率, 支出执行率): the money, then 执行率.
_EXECUTION_RATE_RE: Final = re.compile(r"(?:预算|资金|支出|经费)[^率]{0,6}执行率")


def _rates_execution(name: str) -> bool:
    """Whether an indicator scores the budget's execution rate (预算执行率).

    Example:
        >>> [_rates_execution(n) for n in ("预算执行率", "项目资金执行率", "结转结余率", "执行率")]
        [True, True, False, False]
    """
    return "执行率" in name and _EXECUTION_RATE_RE.search(name) is not None


def _kind(target: Target | None) -> str:
    return target.kind if target is not None else "empty"


def _comparison_ratio(indicator: Indicator, year: int | None) -> Decimal | None:
    """The ratio actual / target (target / actual when lower is better) of a comparison."""
    target = indicator.target
    # 0.93 against ≥90%, 增长12% against 下降10% (-12): as the verdict read it
    quantity = _measured(indicator.actual, target, indicator.name, year)
    if not isinstance(target, (Comparison, Range)) or quantity is None:
        return None
    if (per := _schedule_period(target, quantity)) is not None:
        times = _PERIODS_A_YEAR.get(per)
        if times is None:
            return None  # 每周1次: no count in a year to score against
        target = _yearly(target, times)  # 每季度1次 with 3次: three quarters of 4
    factors = _factors(target.unit, quantity.unit)
    if factors is None or _per_100k_apart(target.unit, quantity.unit, indicator.name):
        return None
    bar = (target.low if isinstance(target, Range) else target.value) * factors[0]
    actual = _interval(quantity, factors[1]).low if _near_below(quantity) else None
    actual = quantity.value * factors[1] if actual is None else actual  # 近500人: from 450
    if _overrun(quantity, indicator, target) is not None and isinstance(target, Comparison):
        # 超支8.6万元 against ≤200万元, 延期15天 against 180天: the ceiling and the excess
        actual += bar
    if bar < 0 or actual < 0:
        return None  # a ratio of signed figures (-5% against ≤-3%) says nothing: no credit
    if direction_of(indicator) is _Direction.LOWER:
        if actual == 0:
            return Decimal(1)
        return bar / actual
    if bar == 0:
        return Decimal(1)
    return actual / bar


def _under_ceiling(indicator: Indicator) -> bool:
    """Whether a ratio of 1 or more says the figure is within a non-strict ceiling.

    ``≤200万元`` or ``0起`` judged lower is better: target / actual ≥ 1 is the actual
    at or under the cap (150万元, 0起), not past it; a strict ceiling (``<5%`` with 5%)
    and a range are left to :func:`_past_ratio`.
    """
    target = indicator.target
    return (
        isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.EQ)
        and direction_of(indicator) is _Direction.LOWER
    )


def _past_ratio(indicator: Indicator, year: int | None) -> Decimal:
    """The share of the points of a figure not met on the far side of its target.

    Above a range's upper end (下降6% against 下降3%至5%) or an exact figure (strict
    equality): upper end / actual, as a ceiling is scored. Exactly on a strict bar
    (95% against >95%): the whole ratio, as the nearest miss (94.9%) scores nearly
    all; on a strict bar of 0 (0% against 负增长, 增长<0%) nothing, as any miss.
    """
    target = indicator.target
    if isinstance(target, Comparison) and target.op in (_Op.GT, _Op.LT):
        return Decimal(1) if target.value != 0 else Decimal(0)
    quantity = _measured(indicator.actual, target, indicator.name, year)
    upper = (
        target.high
        if isinstance(target, Range)
        else target.value
        if isinstance(target, Comparison) and target.op is _Op.EQ
        else None
    )
    if upper is not None and isinstance(target, (Comparison, Range)) and quantity is not None:
        factors = _factors(target.unit, quantity.unit)
        if factors is not None:
            high, actual = upper * factors[0], quantity.value * factors[1]
            if actual > high > 0:
                return min(high / actual, Decimal(1))
    return Decimal(0)


def _points_findings(
    state: _Scoring,
    items: list[PointItem],
    carrier: _RatePrinted,
    verdicts: list[Verdict],
    total: Decimal | None,
) -> None:
    table = state.table
    where = Where(file=table.source.file, sheet=table.source.sheet)
    _over_maximum_totals(state, total, where)
    rate_item = next((item for item in items if item.budget_line is not None), None)
    _points_sum(state, carrier, where, rate_item)
    published = table.published.total
    printed_weights = [i.weight for i in table.indicators if i.weight is not None]
    if printed_weights:
        if carrier.weight is not None:
            printed_weights.append(carrier.weight)
        # 16.67 × 3 for 50 is 100.01: the printed rounding, not a wrong weight
        if abs(sum(printed_weights, Decimal(0)) - _HUNDRED) > _rounding(printed_weights):
            state.add(
                "weights-not-100",
                _Severity.WARNING,
                f"各项分值合计{sum(printed_weights, Decimal(0))}，不等于100",
                f"the weights add up to {sum(printed_weights, Decimal(0))}, not 100",
                where,
            )
    _check_label_weights(
        state, where, has_column=bool(printed_weights), rate=rate_item, printed=carrier.weight
    )
    bands = state.policy.qualitative_bands
    for item in items:
        if _over_maximum(state, item, carrier) or _full_points_missed(state, item, verdicts):
            continue  # said more plainly than "computed … differs from printed …"
        total_line = carrier.line
        if (
            item.indicator is None
            and total_line is not None
            and item.budget_line is not None
            and item.points is not None
            and item.published_points is not None
            and not item.rule.startswith("unknown")
            and abs(item.points - item.published_points) > Decimal("0.5")
        ):
            # 执行率 scored in full while 70% was spent: the commonest self-scoring error
            state.add(
                "points-differ",
                _Severity.INFO,
                f"“{item.name}”计算得分{item.points}与填报得分{item.published_points}不同",
                f"“{item.name}”: computed {item.points}, printed {item.published_points}",
                state.where_line(total_line, "points"),
            )
            continue
        if (
            item.indicator is None
            or item.points is None
            or item.published_points is None
            or item.rule.startswith("unknown")
        ):
            continue
        target = table.indicators[item.indicator].target
        if isinstance(
            target, (QualitativeTarget, Descriptive, Deadline, PeriodTarget)
        ) and not item.rule.startswith("comparison"):  # 比上年下降5% scored as 下降5%
            band = {"met": 0, "partial": 1}.get(item.rule.rsplit(" ", 1)[-1], 2)
            high, low = bands[min(band, len(bands) - 1)]
            share = item.published_points / item.weight * _HUNDRED if item.weight else None
            if share is not None and not (low - Decimal("0.5") <= share <= high + Decimal("0.5")):
                state.add(
                    "points-differ",
                    _Severity.INFO,
                    f"“{item.name}”填报得分{item.published_points}不在{low}%–{high}%档内",
                    f"“{item.name}”: printed {item.published_points} is outside the {low}–{high}% band",
                    state.where_indicator(item.indicator, "points"),
                )
        elif abs(item.points - item.published_points) > Decimal("0.5"):
            state.add(
                "points-differ",
                _Severity.INFO,
                f"“{item.name}”计算得分{item.points}与填报得分{item.published_points}不同",
                f"“{item.name}”: computed {item.points}, printed {item.published_points}",
                state.where_indicator(item.indicator, "points"),
            )
    grade = table.published.grade
    if grade is not None and published is not None and _grade(published) != grade:
        state.add(
            "grade-mismatch",
            _Severity.WARNING,
            f"总分{published}应评为“{_grade(published)}”，表中为“{grade}”",
            f"a total of {published} is graded {_grade(published)}, not {grade}",
            where,
        )


def _points_sum(
    state: _Scoring, carrier: _RatePrinted, where: Where, rate_item: PointItem | None = None
) -> None:
    """``points-sum-mismatch``: the printed 得分 (the rate's included) against the printed 总分.

    A check of the table's own figures, made wherever both are printed: in a tracking
    table too when no points are computed (得分 adding up to 100 under a 总分 of 90).
    An execution rate that prints no 得分 may be in the 总分 at its computed points or
    its whole weight (*rate_item*): 得分 of 88 under a note's 合计总分97.50 add up with
    the rate's 9.50 (94.96% of 10), 88.5 under 自评得分98.5分（含预算执行10分） with 10.
    Not without a budget to compute the rate from (no rate is then in evidence).
    """
    table = state.table
    published = table.published.total
    printed_points = [
        i.published_points for i in table.indicators if i.published_points is not None
    ]
    if carrier.points is not None:
        printed_points.append(carrier.points)
    if published is not None and printed_points:
        tolerance = _sum_tolerance(printed_points, published)
        added = sum(printed_points, Decimal(0))
        # the rate's share, exactly: the total's own rounding and a cent of the rate's
        exact = max(_half_unit(published), _HALF_CENT) + _HALF_CENT
        unprinted_rate = (
            carrier.points is None
            and rate_item is not None
            and rate_item.points is not None  # a budget to take the rate from
            and rate_item.weight > 0
            and any(
                abs(added + share - published) <= exact
                for share in (rate_item.points, rate_item.weight)
            )
        )
        if abs(added - published) > tolerance and not unprinted_rate:
            zh, en = (
                f"各项得分合计{added}与总分{published}不符",
                f"the points add up to {added}, not {published}",
            )
            # the grade is what gets acted on: say when the sum falls in another band
            printed_grade = table.published.grade
            if printed_grade is not None and _grade(added) != printed_grade:
                zh += f"，按合计应评为“{_grade(added)}”，表中为“{printed_grade}”"
                en = f"the points add up to {added} ({_grade(added)}), not {published} ({printed_grade})"
            elif printed_grade is None and _grade(added) != _grade(published):
                zh += f"，按合计应评为“{_grade(added)}”，总分对应“{_grade(published)}”"
                en = (
                    f"the points add up to {added} ({_grade(added)}), "
                    f"not {published} ({_grade(published)})"
                )
            state.add("points-sum-mismatch", _Severity.WARNING, zh, en, where)


_HALF: Final = Decimal("0.5")


def _sum_tolerance(printed_points: list[Decimal], published: Decimal) -> Decimal:
    """How far the printed 得分 may add up from the printed 总分 by rounding alone.

    Whole 得分 are exact (a reviewer types whole points): only the total's own half unit,
    so 84 under a 总分 of 85 is a mismatch. 得分 with decimals are rounded to the column's
    last printed digit (where one prints 9.8, its 10 is 10.0, an exact figure): their
    errors are independent and partly cancel, so √n half units, not n (the spec's worst
    case, 10 of 20 integer rows); plus half a unit of the total's digit (98.8 of 98.75).
    Digits finer than a cent are float noise.

    >>> _sum_tolerance([Decimal(40), Decimal(44)], Decimal(84))
    Decimal('0.5')
    >>> str(_sum_tolerance([Decimal("33.33")] * 4, Decimal("100.00")))
    '0.015'
    """
    own = max(_half_unit(published), _HALF_CENT)
    if all(_half_unit(value) >= _HALF for value in printed_points):  # no decimal printed
        return own
    digit = max(min(_half_unit(value) for value in printed_points), _HALF_CENT)
    return Decimal(len(printed_points)).sqrt() * digit + own


def _over_maximum_totals(state: _Scoring, total: Decimal | None, where: Where) -> None:
    """``points-over-maximum`` for a printed or computed 总分 above 100."""
    for zh, en, value in (
        ("总分", "the printed total", state.table.published.total),
        ("计算总分", "the computed total", None if total is None else _round(total)),
    ):
        if value is not None and value > _HUNDRED:
            state.add(
                "points-over-maximum",
                _Severity.WARNING,
                f"{zh}{value}超过满分100",
                f"{en} {value} exceeds 100",
                where,
            )


def _over_maximum(state: _Scoring, item: PointItem, carrier: _RatePrinted) -> bool:
    """``points-over-maximum`` for a printed 得分 above its printed 分值; True when raised."""
    if item.indicator is not None:
        weight = state.table.indicators[item.indicator].weight
        printed = item.published_points
    else:
        weight, printed = carrier.weight, carrier.points
    if weight is None or printed is None or printed <= weight:
        return False
    if item.indicator is not None:
        at = state.where_indicator(item.indicator, "points")
    elif carrier.line is not None:
        at = state.where_line(carrier.line, "points")
    else:  # pragma: no cover - a printed 分值 stands on a line
        at = Where(file=state.table.source.file, sheet=state.table.source.sheet)
    state.add(
        "points-over-maximum",
        _Severity.WARNING,
        f"“{item.name}”得分{printed}超过分值{weight}",
        f"“{item.name}”: printed points {printed} exceed the weight {weight}",
        at,
    )
    return True


def _full_points_missed(state: _Scoring, item: PointItem, verdicts: list[Verdict]) -> bool:
    """``full-points-not-met``: a target not met, and the printed 得分 is the whole 分值.

    Whatever the gap: 97% of ≥100% scores 9.70 of 10, within the 0.5 that
    ``points-differ`` allows for rounding, yet the table gave full marks for a miss.
    A 得分 printed with decimals that is the points computed rounded to its own
    precision (9.96 printed ``10.0``) is that rounding, and no finding.
    """
    if item.indicator is None or verdicts[item.indicator].attainment is not _Attainment.NOT_MET:
        return False
    weight = state.table.indicators[item.indicator].weight
    printed = item.published_points
    if weight is None or printed is None or weight <= 0 or printed != weight:
        return False
    exponent = printed.as_tuple().exponent
    if (
        item.points is not None
        and isinstance(exponent, int)
        and exponent < 0
        and item.points.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP) == printed
    ):
        # 9.96 printed 10.0 in a one-decimal 得分 column: the rounding of the points
        # computed, not full points given for a miss
        return False
    computed = show(item.points)
    state.add(
        "full-points-not-met",
        _Severity.WARNING,
        f"“{item.name}”未完成目标却得满分（填报得分{printed}，计算得分{computed}）",
        f"“{item.name}” misses its target but scored full points ({printed}; computed {computed})",
        state.where_indicator(item.indicator, "points"),
    )
    return True


def execution_bar(card: Scorecard) -> tuple[str, Decimal | None]:
    """What a table's execution rate is judged against, and its name.

    Time progress (序时进度) for tracking tables; for a self-evaluation table the
    year-end bar ``policy.year_end_rate`` (scoring.md §5).

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[0])
        >>> name, bar = execution_bar(card)
        >>> name, show(bar)
        ('序时进度', '66.67')
    """
    if card.table.kind is _TableKind.SELF_EVALUATION:
        return "年终执行率要求", card.policy.year_end_rate
    return "序时进度", card.time_progress


# ---------------------------------------------------------------------------
# A bare 完成 whose figure stands in the 偏差原因 (scoring.md §3 rule 2)


class _ReasonFigure(NamedTuple):
    """What a row's 偏差原因 says of a bare done status (see :func:`_reason_figure`)."""

    word: str  # the actual's status word (完成, 已完成)
    figure: Quantity | DateValue | None  # the one figure or date to judge, else None
    found: tuple[str, ...]  # the figures or dates the reason states, as written


# A figure in running text: its number, then what may be its unit (up to the next
# digit, space or mark of punctuation).
_REASON_NUMBER_RE: Final = re.compile(r"(\d+(?:\.\d+)?)([^\d\s,.;:!?()。，、；：！？（）]{0,5})")
# A month in running text (12月, 2023年12月20日): each one a date the reason states.
_REASON_MONTH_RE: Final = re.compile(r"(?<![\d.])\d{1,2}月")
# Clauses of a reason: its figures are read clause by clause.
_REASON_CLAUSE_RE: Final = re.compile(r"[^,;。，、；]+")
# Words before a figure that make it no result: a change (较上年增加2000人), a plan
# (计划50场, 预计11月底), a gap (少2项, 剩余3处) or what was not done (未完成2项).
_REASON_NOT_RESULT_RE: Final = re.compile(
    "较|比|增加|增长|减少|下降|降低|提高|提升|上升|少|多|差|缺|剩|余|尚有|还有|未|没|不|"
    "计划|目标|原定|预计|拟|将|力争|争取|指标|任务"
)
# Words before a figure that make it part of no result either, read for figures only
# (a date after 延期 is the date done): an excess (超额完成5场, 超支2万元), a part (其中
# 线上12场), another year (上年开展45场), an addition or an exception (新增20人, 另有12人,
# 推迟5场), a saving (节约2万元) or a budget (预算30万元).
_REASON_NOT_FIGURE_RE: Final = re.compile(
    "超|其中|上年|去年|前年|往年|同期|新增|另|推迟|延期|延迟|延后|滞后|改为|调整|"
    "节约|节省|结余|节余|预算|停发|取消"
)
# A clause that says its figure is the result: a result verb before it (实际, 全年开展,
# 累计完成, 共, 达到, 建成), the verb of the work (举办45场, 参训860人, 接种, 受理), or a
# shortfall (仅举办45场, 只有860人). A figure without one counts only under the
# indicator's name.
_REASON_RESULT_RE: Final = re.compile(
    "实际|完成|开展|达到|达|共|累计|全年|建成|完工|实现|仅|只|"
    "举办|举行|参训|培训|接种|受理|办理|办结|救助|资助|发放|服务|检测|招收|种植|修建|改造"
)
# Words anywhere in a figure's clause that make it an exception, not the result (有5场
# 改为线上开展, 因5人死亡停发, 2项因故延期): the figure still counts as one stated.
_REASON_EXCEPTION_RE: Final = re.compile(
    "改为|调整|停发|死亡|迁出|迁入|退出|注销|取消|暂停|推迟|延期|延迟|延后|滞后|未(?!达)|没有"
)
# Words around a rate that name no indicator of their own (实际, 全年, 截至6月底…为).
_REASON_GENERIC_RE: Final = re.compile(
    r"截[至止]\d*月?[底末]?|实际|全年|年度|累计|全部|已经|已|共|完成|达到|达|为|是|了|"
    "上半年|下半年|前三季度|目前|当前|年底|年末"
)


def _shares_a_word(label: str, name: str) -> bool:
    """Whether *label* (规范管理率) names the indicator *name* (糖尿病患者规范管理率)."""
    rest = _REASON_GENERIC_RE.sub("", label)
    if not re.search(r"[\u3400-\u9fff]", rest):
        return True
    return any(rest[i : i + 2] in name for i in range(len(rest) - 1))


def _names_indicator(label: str, name: str) -> bool:
    """Whether *label* (参保率, 规范管理率为) is the indicator's own name, not a bare word."""
    rest = _REASON_GENERIC_RE.sub("", label)
    return bool(re.search(r"[\u3400-\u9fff]{2}", rest)) and _shares_a_word(label, name)


def _reason_quantities(
    reason: str, target: Comparison | Range, name: str
) -> list[tuple[Quantity, bool]]:
    """The figures of *reason* in the target's unit, each with whether it is the result.

    A figure after a change, a plan, a gap, an excess, a part or another year (较上年,
    计划, 剩余, 超额, 其中, 上年) is left out. The others are stated; one is the result
    when its clause says so (实际…, 全年开展…, 累计完成…, or the indicator's name) and
    nothing in the clause makes it an exception (有5场改为线上开展, 因5人死亡停发).
    """
    found: list[tuple[Quantity, bool]] = []
    for clause in _REASON_CLAUSE_RE.finditer(reason):
        text = clause.group()
        for match in _REASON_NUMBER_RE.finditer(text):
            before = text[: match.start()]
            if (
                _REASON_NOT_RESULT_RE.search(before)
                or _REASON_NOT_FIGURE_RE.search(before)
                or before.endswith(("第", "前", "近"))
            ):
                continue
            number, tail = match.group(1), match.group(2)
            readings: list[Quantity] = []
            for end in range(len(tail), 0, -1):
                value = parse_value(number + tail[:end])
                if (
                    isinstance(value, Quantity)
                    and value.unit is not None
                    and _factors(target.unit, value.unit) is not None
                ):
                    readings.append(value)
            if not readings:
                continue
            # 4.52万人 under 万人 rather than 4.52万; 2项 under 项 rather than 2项因传承
            exact = [value for value in readings if value.unit == target.unit]
            based = [value for value in readings if _unit(value.unit or "").base]
            chosen = (exact or based[-1:] or readings[-1:])[0]
            if target.unit == "%" and not _shares_a_word(before, name):
                continue  # 资金到位率80% beside 供水保证率: another rate
            result = (
                bool(_REASON_RESULT_RE.search(before)) or _names_indicator(before, name)
            ) and not _REASON_EXCEPTION_RE.search(text)
            found.append((evolve(chosen, label=before.strip() or None), result))
    return found


def _reason_dates(reason: str, year: int | None) -> tuple[list[DateValue], int]:
    """The dates *reason* states as done, and how many months its other clauses name.

    A clause of a plan or a change (原计划11月底完工, 较计划推迟20天) is no date done.
    """
    months = 0
    found: list[DateValue] = []
    for clause in _REASON_CLAUSE_RE.finditer(reason):
        text = clause.group()
        named = len(_REASON_MONTH_RE.findall(text))
        if not named or _REASON_NOT_RESULT_RE.search(text):
            continue
        months += named
        value = parse_value(text)
        if isinstance(value, DateValue) and value.month is not None:
            if value.year is None and year is not None:
                value = evolve(value, year=year)
            found.append(value)
    return found, months


def _reason_figure(indicator: Indicator, year: int | None) -> _ReasonFigure | None:
    """The figure a bare done status leaves to the row's 偏差原因, or None.

    ``完成`` against ``≥4.6万人`` with the reason ``实际领取待遇4.52万人，因死亡销户减少``
    is 4.52万人; ``完成`` against ``2023年11月底前`` with ``12月20日全部完工`` is
    2023-12-20. Only one figure of the target's unit (or one date, for a deadline)
    is judged; with several (``完成10项，2项延期``), *figure* is None and the status
    stands.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator(
    ...     "领取待遇人数",
    ...     target=parse_target("≥4.6万人"),
    ...     actual=parse_value("完成"),
    ...     deviation_reason="实际领取待遇4.52万人，因死亡销户减少",
    ... )
    >>> found = _reason_figure(row, 2023)
    >>> str(found.figure), found.found
    ('实际领取待遇4.52(万人)', ('实际领取待遇4.52万人',))
    """
    actual, target = indicator.actual, indicator.target
    if not (
        isinstance(actual, StatusValue)
        and actual.status is _Status.DONE
        and isinstance(target, (Comparison, Range, Deadline, PeriodTarget))
        and indicator.deviation_reason
        and any(char.isdigit() for char in indicator.deviation_reason)
    ):
        return None
    reason = normalize(_stated(indicator.deviation_reason)).text
    if isinstance(target, (Comparison, Range)):
        if target.unit is None:
            return None
        quantities = _reason_quantities(reason, target, indicator.name)
        if not quantities or (len(quantities) == 1 and not quantities[0][1]):
            return None  # none, or one that is no result (有5场改为线上开展): the status
        shown = tuple(_reason_shown(value) for value, _ in quantities)
        value, result = quantities[0]
        return _ReasonFigure(actual.word, value if len(quantities) == 1 and result else None, shown)
    dates, months = _reason_dates(reason, year)
    if not dates and months < 2:  # noqa: PLR2004 - one month named and read as no date
        return None
    shown = tuple(date.text.strip() for date in dates) or (reason,)
    figure = dates[0] if len(dates) == 1 and months == 1 and dates[0].date is not None else None
    return _ReasonFigure(actual.word, figure, shown)


def _reason_shown(value: Quantity) -> str:
    return f"{value.label or ''}{value.text.strip()}"


# ---------------------------------------------------------------------------
# The entry point


def score(table: Table, *, policy: Policy | None = None) -> Scorecard:
    """Decide every indicator of *table*, analyse its budget, and list the findings.

    Example:
        >>> import perftrack
        >>> table = perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1]
        >>> card = perftrack.score(table)
        >>> card.verdicts[0].explanation
        '实际1.00个，未达年度指标=5.00个，距年底尚有时间'
    """
    given: object = table  # checked at run time (notebooks)
    if not isinstance(given, Table):
        msg = f"score takes a Table (from perftrack.read), not {type(given).__name__}"
        raise TypeError(msg)
    check_policy(policy)
    policy = policy or default_policy()
    state = _Scoring(table, policy)
    as_of, as_of_source = _as_of(table, policy)
    state.as_of = as_of
    year = state.year
    time_progress = _time_progress(table, as_of, year, as_of_source)
    _check_printed_time_progress(state, as_of_source)
    _check_project_name(state)
    has_forecast = any(indicator.forecast is not None for indicator in table.indicators)
    swapped = state.swapped = set(_swapped_rows(table)[0])
    verdicts: list[Verdict] = []
    for index, indicator in enumerate(table.indicators):
        # 不低于序时进度: the comparison with the scorecard's time progress it names
        per = _per_unit(indicator)  # 人均培训成本≤800元 against 760元/人: one unit
        based = _base_unit_read(per)  # 4980000 against ≤500万元: 4980000元
        if based is not None:
            state.based[index] = based
            if not _lands_near(per.target, based):
                state.agreed.add(index)
            per = _with_base_unit(per, based)
        state.read.append(per)
        paced = _paced_target(per, time_progress)
        if paced is not per:
            state.paced.add(index)
        # ≥0.9 on a 合格率 with 85%: the share 90% it means
        shared = _share_target(paced)
        if isinstance(shared.target, (Comparison, Range)) and shared is not paced:
            state.shares[index] = shared.target
            paced = shared
        # 完成 against ≥4.6万人, the reason stating 实际领取待遇4.52万人: that figure
        in_reason = _reason_figure(paced, year)
        if in_reason is not None:
            state.from_reason[index] = in_reason
            if in_reason.figure is not None:
                paced = evolve(paced, actual=in_reason.figure)
        ctx = _Context(
            paced, index, table, policy, as_of, year, state.say, time_progress=time_progress
        )
        # the indicator as its verdict judges it (a relative target as its comparison),
        # once, for the progress, the direction and the points
        judged = _as_judged(paced, policy, year)
        state.judged.append(judged)
        outcome = _attainment(ctx)
        if outcome.undated:
            state.undated.add(index)
        # an actual that is a forecast (预计新增2.15万亩) is judged as the forecast column is
        ahead, forecasts = _as_forecast(ctx, has_forecast)
        progress, why = _final_progress(ahead, forecasts, judged, outcome.attainment)
        if isinstance(judged.target, (Deadline, PeriodTarget)):
            late = _done_late(judged, outcome.attainment, ctx)
            if late is not None:
                state.late[index] = late
                if progress is not _Progress.NOT_APPLICABLE:
                    # done, after the due date: the plan (完成) is reached, the target
                    # missed; the verdict says how late, the progress is not behind
                    progress = _Progress.ON_TRACK
                    why = state.say("已逾期完成", "done late")
            future = _dated_after_period(judged, ctx)
            if future is not None:
                state.after_period[index] = future
        if (
            index in state.paced
            and outcome.attainment is _Attainment.PENDING
            and isinstance(paced.actual, Quantity)
        ):
            # 不低于序时进度 asks to keep up now: 70% against 75% is behind today,
            # whatever the year's forecast (pending: the year is not over)
            outcome = _Outcome(
                outcome.attainment,
                outcome.why.removesuffix("，距年底尚有时间").removesuffix("; there is still time"),
            )
            if progress is not _Progress.BEHIND:  # a plan's reason (落后于计划50%) stands
                progress = _Progress.BEHIND
                why = state.say("低于序时进度，进度落后", "below the time progress: behind")
        miss = _forecast_misses(ahead, outcome.attainment, progress)
        if index in swapped and progress is not _Progress.NOT_APPLICABLE:
            # 1.1万元 | ≤2.2万元 | 全年预计2.1万元: the "target" is the figure reached,
            # and no forecast or plan can be held against it
            miss = None
            progress = _Progress.UNKNOWN
            why = state.say(
                "年度指标值与实际完成值疑似填反，进度无法判断",
                "the target and actual columns look swapped: no progress can be judged",
            )
        if miss is not None:
            state.forecast_misses[index] = miss
            why, progress_shown = miss, False
        else:
            progress_shown = progress is _Progress.ON_TRACK
        explanation = (
            outcome.why
            if not why or progress_shown
            else f"{outcome.why}{state.say('；', '; ')}{why}"
        )
        if index in state.shares:
            shown_share = _shown_target(state.shares[index]).removeprefix("=")
            explanation = (
                state.say(
                    f"年度指标“{_text(indicator.target)}”按比例计为{shown_share}；",
                    f"the target “{_text(indicator.target)}” is the share {shown_share}; ",
                )
                + explanation
            )
        if in_reason is not None and in_reason.figure is not None:
            explanation = (
                state.say(
                    f"实际完成值填写“{in_reason.word}”，按偏差原因中的“{in_reason.found[0]}”判断：",
                    f"the actual says “{in_reason.word}”; judged by “{in_reason.found[0]}” "
                    "in the deviation reason: ",
                )
                + explanation
            )
        if based is not None and isinstance(per.target, (Comparison, Range)):
            unit, goal = per.target.unit or "", _shown_target(per.target)
            factors = _factors(unit, based.unit) or (Decimal(1), Decimal(1))
            in_unit = based.value * factors[1] / factors[0]
            read = format(in_unit.normalize(), "f")
            figure = f"{format(based.value, 'f')}{based.unit}"
            head = f"实际完成值“{based.text.strip()}”按{unit}计为年度指标{goal}的上千倍，"
            if index in state.agreed:
                # 520000 against ≥5万人: 52万人, met as 520000万人 would be
                note = state.say(
                    f"{head}疑为以基本单位（{based.unit}）填报，按{figure}（{read}{unit}）计，"
                    "两种读法结论相同；",
                    f"the actual “{based.text.strip()}” in {unit} is over a thousand times the"
                    f" target {goal}; read as {figure} ({read}{unit}) the verdict is the same; ",
                )
            elif (based.unit or "").startswith("万"):
                note = state.say(
                    f"{head}疑为以{based.unit}填报，按{figure}（{read}{unit}）计；",
                    f"the actual “{based.text.strip()}” in {unit} is over a thousand times the"
                    f" target {goal}: read in {based.unit}, {figure} ({read}{unit}); ",
                )
            else:
                note = state.say(
                    f"{head}疑为以基本单位（{based.unit}）填报，按{figure}（{read}{unit}）计；",
                    f"the actual “{based.text.strip()}” in {unit} is over a thousand times the"
                    f" target {goal}: read in the base unit, {figure} ({read}{unit}); ",
                )
            explanation = note + explanation
        if index in state.paced and time_progress is not None:
            explanation = (
                state.say(
                    f"年度指标“{_text(indicator.target)}”按序时进度{show(time_progress)}%计；",
                    f"the target “{_text(indicator.target)}” is the time progress "
                    f"{show(time_progress)}%; ",
                )
                + explanation
            )
        verdicts.append(
            Verdict(
                index,
                indicator.name,
                outcome.attainment,
                progress,
                explanation,
                direction_of(judged),
                ctx.due,
            )
        )
    _slip_verdicts(state, verdicts)
    analyses = _analyse_budget(state, time_progress)
    _execution_rows(state, verdicts, time_progress)
    _indicator_findings(state, verdicts)
    _target_review(state)
    _target_table_review(state)
    _judgement_findings(state, verdicts, time_progress)
    points = _points(state, verdicts)
    return Scorecard(
        table=table,
        policy=policy,
        as_of=as_of,
        as_of_source=as_of_source,
        time_progress=time_progress,
        verdicts=tuple(verdicts),
        budget=tuple(analyses),
        findings=(*table.findings, *state.findings),
        points=points,
    )
