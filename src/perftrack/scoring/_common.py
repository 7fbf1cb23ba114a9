"""What every rule of the scoring shares.

Units, intervals, directions, the context of one indicator and the state of one scoring
pass.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import weakref
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NamedTuple, TypeGuard

from attrs import evolve

from perftrack import vocabulary as voc
from perftrack._errors import ExpressionError, nest_quotes
from perftrack._members import fast_members
from perftrack._numbers import half_up
from perftrack.expressions import (
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    PeriodTarget,
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
from perftrack.expressions._grammar import (
    WHOLE_TASK,
    this_year_dropped,
    works_done_count,
)
from perftrack.expressions._normalize import normalize
from perftrack.model import (
    BudgetLine,
    Direction,
    Figure,
    Finding,
    Indicator,
    Severity,
    Table,
    TableKind,
    Where,
    is_own_year,
)
from perftrack.policy import Policy
from perftrack.scoring._card import (
    Attainment,
    BudgetAnalysis,
    _Attainment,
    _Bound,
    _Direction,
    _Op,
    _Part,
    _Status,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

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


# Tonnes and kilograms of carbon dioxide under their spellings (吨CO2, tCO2e, 吨CO₂,
# 吨二氧化碳当量, kgCO2e): one unit each, the CO2 equivalent (e, 当量, eq) with the plain CO2
# as 生态效益 rows use them alike (parse56 F14).
_CARBON_ALIASES: Final = MappingProxyType(
    {
        f"{mass}{gas}{equivalent}": base
        for masses, base in (
            (("吨", "t", "T"), "吨二氧化碳"),
            (("千克", "kg", "公斤"), "千克二氧化碳"),
        )
        for mass in masses
        for gas in ("CO2", "CO₂", "二氧化碳")
        for equivalent in ("", "e", "当量", "-eq", "eq")
        if f"{mass}{gas}{equivalent}" != base
    }
)
# Spellings scoring reads as one unit beyond vocabulary.UNIT_ALIASES (parse13 M3):
# 平方千米 is 平方公里 as 千米 is 公里, TEU is 标箱 (a twenty-foot container).
_SCORING_ALIASES: Final = MappingProxyType(
    {
        "平方千米": "平方公里",
        "km²": "平方公里",
        "km2": "平方公里",
        "TEU": "标箱",
        "teu": "标箱",
        "ms": "毫秒",
        "g": "克",  # g/kg is 克/千克 (soil organic matter, parse20 M5)
        # standard coal of 公共机构节能 tables: tce is 吨标准煤, kgce 千克标准煤 (parse31 H1)
        "tce": "吨标准煤",
        "吨标煤": "吨标准煤",
        "kgce": "千克标准煤",
        "千克标煤": "千克标准煤",
        "公斤标准煤": "千克标准煤",
        "公斤标煤": "千克标准煤",
        # 升 by its symbol, and 油耗 per 100 km as 百公里 (parse31 H2)
        "L": "升",
        "l": "升",
        "100km": "百公里",
        "100公里": "百公里",
        "100KM": "百公里",
        # 采供血 (p34 M1): U is the written symbol of the blood unit (200 ml of whole blood),
        # 个治疗量 the platelet dose with its measure word, mL the 毫升 of blood volume
        "U": "单位",
        "个治疗量": "治疗量",
        "mL": "毫升",
        "ml": "毫升",
        # 台件 is the 计量 unit 台(件), which reads as 台 (≤80元/台件 against 72元/台, p41 H7)
        "台件": "台",
        # centimetres and millimetres by their symbols and 公分 (苗种规格 2.6厘米 against
        # ≥3cm, 26mm against ≥3cm: parse49 H1)
        "cm": "厘米",
        "公分": "厘米",
        "mm": "毫米",
        # 平 is the everyday short form of 平方米, as 平米 is (2900元/平 against
        # ≤3000元/平方米, 120平: parse56 F19)
        "平": "平方米",
        **_CARBON_ALIASES,
    }
)
# Multiples beyond vocabulary.UNIT_MULTIPLES: a second is 1000 毫秒 (≤1秒 against
# 800毫秒, ≤500ms against 0.3秒, p17 M2), and so a minute 60000.
# A tonne of standard coal is 1000 kilograms of it (0.412吨标准煤/人 against ≤400kgce/人).
_SCORING_MULTIPLES: Final = MappingProxyType(
    # a litre is 1000 毫升 (献血量2,180升 against ≥236万毫升, p34 M1)
    {"秒": ("毫秒", 1000), "吨标准煤": ("千克标准煤", 1000), "升": ("毫升", 1000)}
    | {"吨二氧化碳": ("千克二氧化碳", 1000)}
    # a metre is 100 厘米, a 厘米 10 毫米 (≥3cm against 26mm, parse49 H1)
    | {"米": ("厘米", 100), "厘米": ("毫米", 10)}
)
# Units a prefix splits off before, beyond vocabulary.KNOWN_UNITS (21.3万TEU, ≥20万标箱).
# Visits are a count of their own (3.2万户次: 32000 户次, p17 H2).
# 辆次, 台次 and 件次 are visits too, as 车次 (parse31 H6).
_SCORING_KNOWN_UNITS: Final = frozenset(
    {"标箱", "家次", "户次", "车次", "架次", "辆次", "台次", "件次", "千克标准煤", "吨标准煤", "升"}
    # 1.2万tCO2e, 3万吨二氧化碳 (parse56 F14)
    | {"吨二氧化碳", "千克二氧化碳"}
    # 2.86万MWh (p34 M2)
    | {"兆瓦时", "吉瓦时"}
    # 5.6万单位, 2180万毫升, 0.8万治疗量 of 采供血 (p34 M1)
    | {"单位", "治疗量", "毫升"}
)
# Measure words a reviewer counts as one beyond vocabulary.COUNT_SYNONYMS: 场次 and 次
# (12场次 against ≥12次), and 人/次 and 人次. Only the pair as printed: 场 and 次 stay apart.
_LOOSE_COUNT_PAIRS: Final = frozenset(
    {
        frozenset({"场次", "次"}),
        # 人/次 beside 人次: the common spelling of 人次, no people per time (parse52 M6)
        frozenset({"人/次", "人次"}),
        frozenset({"万人/次", "万人次"}),
    }
)


# The measure words others are synonyms of (批 of 批次, 场 of 场次): units after a scale.
_SYNONYM_BASES: Final = frozenset(voc.COUNT_SYNONYMS.values()) - {"件"}


def _alias_of(unit: str) -> str:
    """*unit* in its one spelling: ``km`` is ``公里``, ``批次`` is ``批`` (parse37 H5)."""
    unit = voc.UNIT_ALIASES.get(unit, unit)
    unit = _SCORING_ALIASES.get(unit, unit)
    return voc.COUNT_SYNONYMS.get(unit, unit)


# Bare magnitudes of two characters, as 万 and 亿 are of one: 1.3百万 against ≥1.2百万人次.
_COMPOUND_SCALES: Final = MappingProxyType(
    {"十万": Decimal(100_000), "百万": Decimal(1_000_000), "千万": Decimal(10_000_000)}
)


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
    >>> [(str(u.factor), u.base) for u in (_unit("万元/台套"), _unit("元/台套"))]
    [('10000', '元/台套'), ('1', '元/台套')]
    """
    canonical = voc.UNIT_ALIASES.get(unit, unit)
    canonical = _SCORING_ALIASES.get(canonical, canonical)
    if "/" in canonical or canonical.endswith("日历天"):
        canonical = _per_spelling(canonical)  # 元/人/天 is 元/人·天, 个日历天 天
    if "/" in canonical:
        canonical = _compound_spelling(canonical)  # t/(km²·a) is 吨/(平方公里·年)
    if canonical.count("/") + canonical.count("·") > 1:
        canonical = _per_parts(canonical)  # 元/人/月, 元/月·人 are 元/人·月
    if canonical in voc.SCALE_PREFIXES:
        return _Unit(Decimal(voc.SCALE_PREFIXES[canonical]), "")
    if canonical in _COMPOUND_SCALES:
        # 1.3百万 (an xlsx 0.0,,"百万" actual) adopts the other base as 万 does (r90fix W3)
        return _Unit(_COMPOUND_SCALES[canonical], "")
    if canonical == "‰":
        return _Unit(Decimal("0.1"), "%")  # 3‰ is 0.3 %: ≤千分之三 against 0.28%
    if canonical == "‱":
        return _Unit(Decimal("0.01"), "%")  # 3‱ is 0.03 %: ≤万分之三 against 0.02%
    over, slash, under = canonical.partition("/")
    if slash and _PER_100K_RE.fullmatch(canonical):
        return _PER_100K  # 8.2例/10万 is 0.0082 %: ≤10/10万 and ≤0.01% alike
    if slash and over and under and "/" not in under:
        # 元/m² is 元/平方米, kg/亩 公斤/亩, 万元/公里 10000 元/公里: each side as a unit;
        # a measure word and its noun below stay whole (万元/台套 is 10000 元/台套, k33a)
        top, bottom = _unit(over, calendar=False), _unit(under, calendar=False)
        if top.base and bottom.base and not top.noun:
            return _Unit(top.factor / bottom.factor, f"{top.base}/{bottom.base}{bottom.noun}")
    head, rest = canonical[:1], canonical[1:]
    base = voc.UNIT_ALIASES.get(rest, rest)
    base = _SCORING_ALIASES.get(base, base)
    if head in voc.SCALE_PREFIXES and unit not in voc.UNIT_ALIASES:
        if (
            base in voc.KNOWN_UNITS
            or base in _SCORING_KNOWN_UNITS
            or base in _SYNONYM_BASES  # 万批 as 万批次 (parse37 H5)
        ):
            inner = _unit(base)
            return _Unit(Decimal(voc.SCALE_PREFIXES[head]) * inner.factor, inner.base)
        counted = _counted(base)
        if counted is not None:
            return _Unit(Decimal(voc.SCALE_PREFIXES[head]), *counted)
    multiple = voc.UNIT_MULTIPLES.get(canonical) or _SCORING_MULTIPLES.get(canonical)
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


# Inside a compound unit, a is the year (per annum: t/(km²·a), the 土壤侵蚀模数 unit).
_COMPOUND_PART_ALIASES: Final = MappingProxyType({"a": "年"})
_COMPOUND_PART_RE: Final = re.compile(r"[^/·()]+")


def _compound_spelling(unit: str) -> str:
    """*unit* (with a ``/``) with each of its parts in its one spelling (parse28 H3).

    ``t/(km²·a)``, ``t/km²·a`` and ``吨/平方公里·年`` are one unit: t is 吨, km² 平方公里
    and, inside a compound unit only, a 年.

    >>> [_compound_spelling(u) for u in ("t/(km²·a)", "t/km²·a", "吨/平方公里·年", "t/a")]
    ['吨/(平方公里·年)', '吨/平方公里·年', '吨/平方公里·年', '吨/年']
    """

    def one(part: re.Match[str]) -> str:
        word = part.group()
        word = _COMPOUND_PART_ALIASES.get(word, word)
        word = voc.UNIT_ALIASES.get(word, word)
        return _SCORING_ALIASES.get(word, word)

    return _COMPOUND_PART_RE.sub(one, unit)


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
        # 警报器单台采购价, 每万人口发明专利拥有量: the name's per (parse16 M2)
        "单台": "台", "单辆": "辆", "单套": "套", "每万人口": "万人", "每万人": "万人",
        # 吨水成本, 吨水电耗, 单吨处理成本: per ton (of water) in 污水处理/供水 rows (parse30 H3)
        "单吨": "吨", "吨水": "吨", "每吨水": "吨",
        # 每千人口托位数 (托育): per thousand people, as 每万人口 (parse30 M3)
        "每千人口": "千人", "每千人": "千人",
        # 万元GDP用水量29.3立方米: per 万元 of GDP, as 立方米/万元 (parse36 H9)
        "万元GDP": "万元", "万元地区生产总值": "万元", "万元工业增加值": "万元",
        # 每十万就业人员死亡1.36人 (工矿商贸): per 10万 people, as 人/10万人 (parse36 H2)
        "每十万就业人员": "10万人", "每十万人口": "10万人", "每十万人": "10万人",
        # 单车运行费用, 车均运行费, 每车: per vehicle in 公务用车 rows (parse31 H3)
        "单车": "辆", "车均": "辆", "每车": "辆",
        # 百公里油耗9.6升: per 100 km, as 9.6L/100km (parse31 H2)
        "百公里": "百公里",
        # 村均增收5.6万元, 每村, 平均每个村 against 万元/村 (parse52 M9)
        "村均": "村", "每村": "村", "每个村": "村",
    }
)  # fmt: skip
# A shared bicycle (共享单车) is no vehicle's per.
_PER_WORD_RE: Final = re.compile(
    "|".join(
        "(?<!共享)单车" if word == "单车" else word
        for word in sorted(_PER_WORDS, key=len, reverse=True)
    )
)
# A unit cost named without its measure word (单位造价, 单价, 单台): per something.
# An average cost (每案平均成本, 案均成本, 平均费用): per whatever the actual names (parse18 M5).
_UNIT_COST_RE: Final = re.compile(
    f"{_PER_WORD_RE.pattern}|单位|单价|单台|单个|单辆|单套"
    "|平均(?:成本|费用|造价|单价|支出|补助|补贴)|每案|案均|件均|次均|例均"
)
# A unit price as a value's whole label (单价, 采购单价, 中标单价): per the target's measure
# word, as a bare amount is (parse37 H6).
_UNIT_PRICE_LABEL_RE: Final = re.compile(
    "(?:平均|实际)?(?:采购|中标|购置|成交|合同|招标)?(?:单价|单位价格)(?:为|是|约)?"
)
# How many times a per-unit ceiling a bare amount must be to be read as a total
# (人均培训成本≤800元 with 91.2万元: 1140 times; 每公里造价≤450万元 with 5400万元: 12): a
# unit cost overspent tenfold is no unit cost a table would print, a total of ten
# units or more is.
_TOTAL_RATIO: Final = Decimal(10)


# What a unit's "per" may divide by: a measure word, a time after it (人·天), no number.
_PER_UNDER_RE: Final = re.compile("[\u3400-\u9fff][\u3400-\u9fff·]{0,4}")
# ... or 10万 people (人/10万人, 例/10万人口), the per of 每十万就业人员 (parse36 H2).
_TEN_WAN_UNDER_RE: Final = re.compile("10万(?:人|人口|就业人员)")


def _per_of(text: str | None) -> str | None:
    """The measure word a label's "per" divides by (人均培训成本: 人), else None."""
    found = _PER_WORD_RE.search(text) if text else None
    return _PER_WORDS[found.group()] if found is not None else None


def _per_of_under(text: str | None, under: str) -> str | None:
    """The "per" of a label dividing by *under* when one does, else its first (parse31 H2).

    ``单车百公里油耗9.6升`` against ``≤9升/百公里`` is per 百公里, not per 辆.

    >>> _per_of_under("单车百公里油耗", "百公里"), _per_of_under("单车百公里油耗", "吨")
    ('百公里', '辆')
    """
    found = [_PER_WORDS[match.group()] for match in _PER_WORD_RE.finditer(text or "")]
    return next((per for per in found if _same_per(per, under)), found[0] if found else None)


# A value's label that ends with 每 and what it divides by (平均每平方米468元, 每站4.8万元):
# a unit (平方米) or a noun 个 counts (站), never a period (每月, 每季度: _PERIOD_LABEL_RE).
_PER_LABEL_END_RE: Final = re.compile("每(?P<per>[\u3400-\u9fff]{1,3}|[A-Za-z]{1,4})$")


def _per_at_label_end(label: str | None) -> str | None:
    """What a value's label ending with 每X divides by (平均每平方米: 平方米), else None (g23a)."""
    found = _PER_LABEL_END_RE.search(label) if label else None
    if found is None or _PERIOD_LABEL_RE.search(found.group()) is not None:
        return None
    per = found["per"]
    if per in voc.KNOWN_UNITS or per in voc.UNIT_ALIASES:
        return voc.UNIT_ALIASES.get(per, per)  # 每km: 公里 (parse37 H5)
    if per == "单位":
        return per  # 每单位216元 against ≤200元/U, the blood unit (p34 M1)
    return per if len(per) == 1 and not per.isascii() else None  # 每站: one 站, a noun 个 counts


# A subsidy verb or 平均 after a per word (每座补助12万元, 每剂补贴18元, 每座平均28万元,
# 头均补贴900元): how the amount is paid, the per word still the label's (parse32 H1);
# a relief too (每具减免1500元, 每具免除, 每具减: p45 H6).
_PER_VERB_END_RE: Final = re.compile("(?:补贴|补助|投入|发放|平均|减免|免除|减)$")
# 单座, 座均, 公顷均: a per formed with any measure word, read only when it is the
# other side's denominator (单位, 单价, 年均 never are).
_SINGLE_PER_RE: Final = re.compile(
    "(?:单(?P<single>[\u3400-\u9fff]{1,2})|(?P<mean>[\u3400-\u9fff]{1,2})均)$"
)


# The year said after a per in a label (每站每年, 单站年均, 每座每年度): dropped to find the
# per, as 每人 is found in 每人每年 (parse44 H5).
_YEAR_LABEL_END_RE: Final = re.compile("(?<=[\u3400-\u9fff])(?:每年度?|年均|全年)$")


def _label_per_yearly(target: Comparison | Range, actual: Quantity) -> Quantity | None:
    """``每站3.6万元/年`` against ``≤3.5万元/站`` as ``3.6万元/站/年``, else None (parse44 H5).

    The label's per joined to the unit's year, read then as ``3.6万元/站/年`` is.

    >>> from perftrack import parse_target, parse_value
    >>> str(_label_per_yearly(parse_target("≤3.5万元/站"), parse_value("单站3.6万元/年")))
    '单站3.6(万元/站/年)'
    >>> _label_per_yearly(parse_target("≤3.5万元/站"), parse_value("3.6万元/年")) is None
    True
    """
    want, slash, under = (target.unit or "").partition("/")
    over, yearly, period = (actual.unit or "").partition("/")
    per_year = under.endswith("·年")  # 单站3.6万元/年 against ≤3.5万元/站·年: 3.6万元/站·年
    under = under.removesuffix("·年")
    if (
        not slash
        or not yearly
        or period != "年"
        or "/" in under
        or "·" in under  # 元/人·月: another period
        or under in _NO_NOUN_PERS
        or not actual.label
        or not _PER_UNDER_RE.fullmatch(under)
        or _factors(want, over) is None
    ):
        return None
    per = _label_per_under(actual.label, under)[1]
    if per is None or not _same_per(per, under):
        return None
    return evolve(actual, unit=f"{over}/{under}{'·' if per_year else '/'}年")


# A count of people as a rate's denominator, which may head a label without 每 (千人抽检量).
_PEOPLE_SCALE_PERS: Final = frozenset({"千人", "万人"})


def _label_per_under(label: str | None, under: str) -> tuple[str | None, str | None]:
    """A value's label without a trailing subsidy verb, and the per it names under *under*.

    ``每座补助`` is ``每座``, per 座; ``单座补助`` and ``座均`` per 座 against a ``/座``;
    ``补助`` alone is no label (as a bare amount). The per is None when none is named.

    >>> _label_per_under("每座补助", "座"), _label_per_under("补助", "座")
    (('每座', '座'), ('', None))
    >>> _label_per_under("公顷均投入", "公顷"), _label_per_under("单位", "个")
    (('公顷均', '公顷'), ('单位', None))
    """
    if not label:
        return label, None
    label = _PER_VERB_END_RE.sub("", label)
    # 每站每年, 单站年均: the per before the year said beside it (parse44 H5), as 每人每年
    bare = _YEAR_LABEL_END_RE.sub("", label) if under not in _NO_NOUN_PERS else label
    per = _per_of_under(label, under) or _per_at_label_end(bare)
    if per is None and (found := _SINGLE_PER_RE.search(bare)) is not None:
        word = found["single"] or found["mean"]
        if _alias_of(word) == _alias_of(under):
            per = under  # 座均 against /座; 批均 against /批次 (parse37 H5)
    if per is None and _per_before_noun(label, under):
        per = under  # 单处造价, 处均造价, 单个评审费, 平均每处治理工程造价 (parse35 H5)
    if per is None and under in _PEOPLE_SCALE_PERS and label.startswith(under):
        per = under  # 千人抽检量, 万人口…: per 千人 at the label's head (parse37 M7)
    return label, per


# A per formed with the other side's measure word, then the cost item it prices
# (单处造价, 处均造价, 单个评审费, 单项评审费, 单个项目, 平均每处治理工程造价): the per is
# the label's, as 单台 of 单台检定成本 is (parse35 H5). 单位 is an organisation and a
# period (年均, 每月) is _period_rate's, never this; nor is 每座城市 (cities, no cost).
# The noun ends with a cost word or 项目 (a 每座城市 counts cities, no cost item).
_NOUN_AFTER_PER: Final = (
    "[\u4e00-\u9fff]{0,8}(?:造价|费用?|成本|单价|价格|资金|经费|投资|支出|金额|项目)"
)
_NOUN_PER_LONGEST: Final = 2
_NO_NOUN_PERS: Final = frozenset({"位", "年", "月", "日", "天", "周", "季", "季度", "半年"})


def _per_before_noun(label: str, under: str) -> bool:
    """Whether *label* opens with a per of *under* followed by a noun (``单处造价``: 处).

    >>> _per_before_noun("单处造价", "处"), _per_before_noun("平均每处治理工程造价", "处")
    (True, True)
    >>> _per_before_noun("单位评审费", "位"), _per_before_noun("单个评审费", "处")
    (False, False)
    """
    if (
        not 1 <= len(under) <= _NOUN_PER_LONGEST
        or under in _NO_NOUN_PERS
        or not _PER_UNDER_RE.fullmatch(under)
    ):
        return False
    pers = f"(?:单{re.escape(under)}|{re.escape(under)}均|(?:平均)?每{re.escape(under)})"
    return re.fullmatch(f"(?:平均)?{pers}{_NOUN_AFTER_PER}", label) is not None


def _same_per(per: str, under: str) -> bool:
    """Whether a "per" of a label and a unit's denominator divide by one thing (场, 场次).

    A noun no measure word (站 of 每站) is one counted by 个: ``每站4.8万元`` is per 个.
    A pupil or child (生 of 每生, 生均) is a person: ``每生每月320元`` is per 人·月
    (parse30 M4).
    """
    if per == "生" and under.startswith("人") and not under.startswith("人次"):
        return True
    under = _SCORING_ALIASES.get(under, under)  # 每单位 against /U, the blood unit (p34 M1)
    if _alias_of(per) == _alias_of(under):
        return True  # 每公里 against /km, 每km against /公里 (parse37 H5)
    if (
        under == "个"
        and len(per) == 1
        and per not in voc.KNOWN_UNITS
        and per not in voc.MEASURE_WORDS
    ):
        return True
    return under == per or under.startswith(per) or per.startswith(under)


# A row counting people (资助人数, 困难学生, 参训人员): 名, 人 and 位 count them alike; a
# rank (排名, 名次, 位次) is no count.
_PEOPLE_UNITS: Final = frozenset({"名", "人", "位"})
_COUNTS_PEOPLE_RE: Final = re.compile(
    "^(?!.*(?:排名|名次|位次|排位)).*(?:人数|人员|人才|学生|教师|职工|干部|群众|患者|儿童|老人"
    "|残疾人|毕业生|志愿者|对象|农民工|劳动力)"
)
_PEOPLE_SCALES: Final = ("", "十", "百", "千", "万", "十万", "百万", "千万", "亿")


def _people_unit(unit: str) -> tuple[str, str] | None:
    """*unit* as its scale and a word of people (``万名``: ``("万", "名")``), or None."""
    for scale in _PEOPLE_SCALES:
        if unit.startswith(scale) and unit[len(scale) :] in _PEOPLE_UNITS:
            return scale, unit[len(scale) :]
    return None


# A value said per period (每月1次, 每周巡查1次, 每人每月80元, 全年故障2.5小时): the
# period, as a unit's denominator names it.
_PERIOD_LABEL_RE: Final = re.compile(
    r"(?:每人|人均)?(?:每个?|全)(?P<period>半年|季度|季|个月|月|年|周|星期|天|日)"
)
# A value said as the average of a period (日均处理286吨, 月均1.2次, p26fix H2): the
# period, as _PERIOD_LABEL_RE's (年均 is left out: an average over years).
_PERIOD_AVERAGE_LABEL_RE: Final = re.compile("(?P<period>日|天|周|月|季)均")
_PERIOD_NAMES: Final = MappingProxyType(
    {"季": "季度", "个月": "月", "星期": "周", "日": "天", "工作日": "工作日"}
)
_PERIODS_YEARLY: Final = MappingProxyType({"年": 1, "半年": 2, "季度": 4, "月": 12})
# Periods no year or month holds a fixed count of (天, 周, 工作日): a rate per person and one
# of them (≥3元/人·天, ≥4元/生·天) takes a figure said per the same period only; a year's or a
# month's amount is never divided to a day or a week (a school year has about 200 school days,
# 营养改善计划's 元/生·天, not 365; a month 4 to 5 weeks), so it stays apart (pd25fix item 3).
_PERIODS_UNCOUNTED: Final = frozenset({"天", "周", "工作日"})
# Counts of events, which the per-period target rule counts over the year (每季度1次
# against 4次 done): a count labelled 全年 is left to that rule.
EVENT_UNITS: Final = frozenset(
    {"次", "场", "场次", "期", "期次", "批", "批次", "轮", "回", "篇", "份", "人次"}
)


class _Quotient(Decimal):
    """A figure perftrack itself divided (``每人每年1000元`` over 12 months, ``83.33…``).

    Compared as the Decimal it is; only the display looks at the type: a quotient with
    more places than any cell prints is shown cut to the cent and marked …, while a
    figure the cell typed (``3.14159265358979元/人·月``) is shown as typed (pd25fix
    item 2). Any arithmetic on it gives a plain Decimal.

    >>> _Quotient(Decimal(1000) / 12) == Decimal(1000) / 12
    True
    """

    __slots__ = ()


def _period_rate(
    target: Comparison | Range,
    actual: Quantity,
    year: int | None = None,
    *,
    whole_year: bool = False,
) -> Quantity | None:
    """A value said per period read in the target's rate per period, or None.

    ``每周巡查1次`` against ``≥1次/周`` is ``1次/周``; ``每月1次`` against ``≥12次/年`` is
    ``12次/年`` (a month's count times the months, exact only for a whole number of
    periods in the target's); ``全年故障2.5小时`` against ``≤4小时/年`` is ``2.5小时/年``.

    >>> from perftrack import parse_target, parse_value
    >>> str(_period_rate(parse_target("≥12次/年"), parse_value("每月1次")))
    '每月12(次/年)'
    >>> _period_rate(parse_target("≥2次/月"), parse_value("每季度3次")) is None
    True
    """
    unit = target.unit or ""
    over, slash, under = unit.partition("/")
    if not slash or not over or not actual.unit or "/" in actual.unit or not actual.label:
        return None
    label = actual.label
    person, _, per_period = _person_period(under)
    if per_period:
        rest = _per_person_rest(label, person)
        if rest is None:
            return None
        label = rest  # 每生每月300元 against ≥3600元/生·年 (r83 item 3): the 生 kept
        under = per_period  # 每人每月100元 against ≥1200元/人·年 (p35 H1): the person kept
    said = _PERIOD_LABEL_RE.match(label) or _PERIOD_AVERAGE_LABEL_RE.match(label)
    if said is None or _factors(over, actual.unit) is None:
        return None
    under = _PERIOD_NAMES.get(under, under)
    period = _PERIOD_NAMES.get(said.group("period"), said.group("period"))
    if actual.label.startswith("全") and (period != "年" or over in EVENT_UNITS):
        return None  # 全年26次 against ≥2次/月: the year's count, judged per period
    times = Decimal(1)
    paid: Decimal | None = None
    if period != under:
        have, want = _PERIODS_YEARLY.get(period), _PERIODS_YEARLY.get(under)
        if have is None or want is None:
            return None  # 每周 against 次/月: no exact count of weeks in a month
        if have % want:
            if not per_period or want % have or actual.note or over in EVENT_UNITS:
                return None  # 每年12次 against ≥1次/月: a count is never spread over months
            # 每人每年1000元 against ≥90元/人·月: the year's amount over its 12 months,
            # 83.33…元/人·月, the reverse of ×12 (pm25fix item 2)
            under = f"{person}·{per_period}"
            value = _Quotient(actual.value / (want // have))  # marked for the display
            return evolve(actual, value=value, unit=f"{actual.unit}/{under}")
        times = Decimal(have // want)
        if (paid := _months_paid(actual.note, year, whole_year=whole_year)) is not None:
            if period != "月" or under != "年" or not paid:
                return None  # （按10个月发放） against a rate per quarter: left apart
            times = paid  # 每人每月100元（按10个月发放）: 1000元/人·年 (r83 W2)
    if per_period:
        under = f"{person}·{per_period}"
    product = actual.value * times
    if per_period and times > 1 and paid is None:
        # 每人每月83.33元 against 1000元/人·年, as 83.33元/人·月 is (sweep25 U1)
        product = _within_rounding(target, actual, int(times), (over, actual.unit))
    return evolve(actual, value=product, unit=f"{actual.unit}/{under}")


# The months a per-month amount was paid, from its bracket note (按10个月发放, 发放10个月,
# 共10个月, 防火期发放10个月; r83 W2).
_MONTHS_PAID_RE: Final = re.compile(
    r"(?:[\u4e00-\u9fff]*?(?:按|发放|共|计))?(?P<months>\d+)个月(?:发放|计发|计算|计)?"
)


# A note saying the whole year (全年, 全年12个月, 1-12月), and one naming months any other way.
_FULL_YEAR_NOTE_RE: Final = re.compile(r"全年|^\D*12个月|1\s*[-—–~～至到]\s*12\s*月")
# A note of one span of months (1-10月, 3-12月发放, 1月至10月, 2024年1-10月): counted when
# it names no year or the table's; another year's span (2024年 in a 2025 table) is left
# apart (regress87 W1, regress88 W1).
_MONTH_SPAN_NOTE_RE: Final = re.compile(
    r"(?:(?P<year>20\d\d)年)?(?P<first>\d{1,2})月?\s*[-—–~～至到]\s*(?P<last>\d{1,2})月(?:份)?"
    r"(?:发放|计发|共计|合计)?"
)
_MONTHS_SAID_RE: Final = re.compile(r"\d+\s*月|[上下]半年|[一二三四1-4]季度|月份")
# A note of the month paid from (10月起, 自10月起发放, 2025年10月份起): to December, counted
# only in a table that covers the year to December (pm25fix item 3).
_MONTH_FROM_NOTE_RE: Final = re.compile(
    r"(?:自|从)?(?:(?P<year>20\d\d)年)?(?P<first>\d{1,2})月份?(?:起|开始)(?:发放|计发)?"
)
# The parts of a note said twice over (1-10月，共10个月): counted when they agree.
_NOTE_PARTS_RE: Final = re.compile("[,，;；、]")


def _months_paid(
    note: str | None, year: int | None = None, *, whole_year: bool = False
) -> Decimal | None:
    """The months a note says were paid; 0 for months said otherwise; None for none.

    *whole_year*: the table covers the year to December, so ``10月起`` is October to
    December, 3 months (pm25fix item 3); in any other table it is left apart (0).

    >>> _months_paid("按10个月发放"), _months_paid("发放10至12个月"), _months_paid(None)
    (Decimal('10'), Decimal('0'), None)
    >>> _months_paid("10月起"), _months_paid("全年12个月"), _months_paid("含上年结转")
    (Decimal('0'), Decimal('12'), None)
    >>> _months_paid("1-10月"), _months_paid("3-12月发放"), _months_paid("2024年1-10月")
    (Decimal('10'), Decimal('10'), Decimal('0'))
    >>> _months_paid("2024年1-10月", 2024), _months_paid("2024年1-10月", 2025)
    (Decimal('10'), Decimal('0'))
    >>> _months_paid("10月起", 2025, whole_year=True), _months_paid("1-10月,共10个月")
    (Decimal('3'), Decimal('10'))
    >>> _months_paid("1-10月,共9个月"), _months_paid("1-10月,含补发")
    (Decimal('0'), Decimal('0'))
    """
    if not note:
        return None
    if len(parts := [part for part in _NOTE_PARTS_RE.split(note) if part.strip()]) > 1:
        said = {_months_paid(part, year, whole_year=whole_year) for part in parts}
        if len(said) == 1 and (months := said.pop()):
            return months  # （1-10月，共10个月）: both say 10 (pm25fix item 3)
    if _FULL_YEAR_NOTE_RE.search(note):
        return Decimal(_DECEMBER)  # （全年）, （全年12个月）, （1-12月）: the twelve months
    if "个月" not in note:
        span = _MONTH_SPAN_NOTE_RE.fullmatch(note.strip())
        if (
            span is not None
            and (span["year"] is None or (year is not None and int(span["year"]) == year))
            and 1 <= int(span["first"]) <= int(span["last"]) <= _DECEMBER
        ):
            # （1-10月）, （3-12月发放）: the months of the span (sweep24 U)
            return Decimal(int(span["last"]) - int(span["first"]) + 1)
        start = _MONTH_FROM_NOTE_RE.fullmatch(note.strip())
        if (
            whole_year
            and start is not None
            and (start["year"] is None or (year is not None and int(start["year"]) == year))
            and 1 <= int(start["first"]) <= _DECEMBER
        ):
            # （10月起） in a year-end table: October to December (pm25fix item 3)
            return Decimal(_DECEMBER - int(start["first"]) + 1)
        # months said otherwise (下半年, 一季度; 10月起 mid-year): never ×12 (regress86 W1)
        return Decimal(0) if _MONTHS_SAID_RE.search(note) else None
    found = _MONTHS_PAID_RE.fullmatch(note.strip())
    if found is None or not 0 < int(found.group("months")) <= _DECEMBER:
        return Decimal(0)
    return Decimal(found.group("months"))


# A period that may stand before a per-unit word (月人均, 年人均, 日人均), also after
# 每/本/当/按 (每月人均, 本月人均, 每月每人, 按月人均; regress88): read as 人均每月.
_PERIOD_BEFORE_RE: Final = re.compile("(?:每个?|本|当|按)?(?P<period>半年|季度|季|月|年|日)")


def _per_person_rest(label: str, person: str) -> str | None:
    """*label* past its per-unit word (每人, 人均, 每生, 每户…) for *person*, or None.

    A pupil is a person (parse30 M4): 每生每月 and 生均每月 name a rate per 人 too.

    >>> _per_person_rest("每生每月", "生"), _per_person_rest("每生每月", "人")
    ('每月', '每月')
    >>> _per_person_rest("每月", "人"), _per_person_rest("每户每月", "人") is None
    (None, True)
    >>> _per_person_rest("月人均", "人"), _per_person_rest("每月人均", "人")
    ('每月', '每月')
    >>> _per_person_rest("本月人均", "人"), _per_person_rest("每月每人", "人")
    ('每月', '每月')
    """
    words = (f"每{person}", f"{person}均", *(("每生", "生均") if person == "人" else ()))
    for word in words:
        if label.startswith(word) and len(label) > len(word):
            return label[len(word) :]
        # 月人均100元, 每月人均100元, 本月人均90元: the period before the per-unit word
        # is 人均每月 (regress87, regress88)
        before = _PERIOD_BEFORE_RE.match(label)
        if before is not None and label[before.end() :].startswith(word):
            return f"每{before['period']}{label[before.end() + len(word) :]}"
    return None


# The per-unit word of a rate per a unit and a period (人, 生, 户, 名, 床, 座: 元/生·年).
_PER_UNIT_WORD_RE: Final = re.compile("[\u4e00-\u9fff]{1,2}")


def _slashed_period_rate(target: Comparison | Range, actual: Quantity) -> Quantity | None:
    """An amount per person and period in units (``1000元/人·年``) in the target's period.

    As the phrase forms are (:func:`_period_rate`: ``每人每年1000元``, ``每人每月100元``):
    ``1000元/人·年`` against ``≥90元/人·月`` is the year's amount over its 12 months,
    83.33…元/人·月 (a :class:`_Quotient`, shown cut and marked); ``100元/人·月`` against
    ``≥1200元/人·年`` is 1200元/人·年 (regress93 G4), and against ``1万元/人·年``
    ``833元/人·月`` is 9996元/人·年 (p40 H3). Only amount units of one measure (元 and
    万元) and the same person, periods of the year (年, 半年, 季度, 月: never 天 or 周), no
    count of events and no other words than ``按…发放``.

    >>> from perftrack import parse_target, parse_value
    >>> str(_slashed_period_rate(parse_target("≥1200元/人·年"), parse_value("100元/人·月")))
    '1200(元/人·年)'
    >>> _slashed_period_rate(parse_target("≤30元/人·天"), parse_value("9000元/人·年")) is None
    True
    """
    unit, said = target.unit, actual.unit
    if not unit or not said or unit == said or "/" not in unit or "/" not in said:
        return None  # most rows: no rate per person and period on one side, or the same
    over, _, under = unit.partition("/")
    said_over, _, said_under = said.partition("/")
    person, _, period = _person_period(under)
    said_person, _, said_period = _person_period(said_under)
    period = _PERIOD_NAMES.get(period, period)
    said_period = _PERIOD_NAMES.get(said_period, said_period)
    if (
        not over
        or not said_over
        or (over != said_over and _factors(over, said_over) is None)
        or over in EVENT_UNITS
        or said_over in EVENT_UNITS
        or not person
        or person != said_person
        or period == said_period
        or period not in _PERIODS_YEARLY
        or said_period not in _PERIODS_YEARLY
        or actual.note not in (None, "发放")
        or actual.label not in (None, "按")
    ):
        return None
    have, want = _PERIODS_YEARLY[said_period], _PERIODS_YEARLY[period]
    if want % have == 0:
        value: Decimal = _Quotient(actual.value / (want // have))  # marked for the display
    elif have % want == 0:
        value = _within_rounding(target, actual, have // want, (over, said_over))
    else:
        return None
    # 833元/人·月 against 1万元/人·年: 9996元/人·年, the money multiple left to the
    # comparison, as 每人每月833元 is (p40 H3)
    return evolve(actual, value=value, unit=f"{said_over}/{under}")


class _WithinRounding(Decimal):
    """A rate multiplied up that the target's figure is within the rounding of.

    ``83.33元/人·月`` against ``1000元/人·年`` is 999.96 times out, 1000 at the printed
    precision: compared as the target's figure it is, shown as the product with
    the rounding said (sweep25 U1). Any arithmetic on it gives a plain Decimal.
    """

    __slots__ = ("product",)
    product: Decimal


def _within_rounding(
    target: Comparison | Range, actual: Quantity, times: int, units: tuple[str, str]
) -> Decimal:
    """*actual*'s value *times* over, or the target's figure when within its rounding.

    A per-month standard printed to the cent (``83.33元/人·月``) or the yuan
    (``833元/人·月``) is the year's standard over 12, rounded: ×12 it is 999.96 or
    9996, not 1000 or 1万. Within half a unit of the printed figure's last digit,
    times *times*, of the target's figure (0.06 and 6 here), it is that figure
    (sweep25 U1); ``830元/人·月`` (9960) against ``1万元/人·年`` is not. *units* are
    the target's and the actual's amount units (万元 and 元).

    >>> from perftrack import parse_target, parse_value
    >>> value = _within_rounding(
    ...     parse_target("1000元/人·年"), parse_value("83.33元/人·月"), 12, ("元", "元")
    ... )
    >>> str(value), str(value.product)
    ('1000', '999.96')
    >>> str(
    ...     _within_rounding(
    ...         parse_target("1万元/人·年"), parse_value("830元/人·月"), 12, ("万元", "元")
    ...     )
    ... )
    '9960'
    """
    product = actual.value * times
    factors = _factors(*units)
    if not isinstance(target, Comparison) or actual.bound is not _Bound.EXACT or factors is None:
        return product
    figure = target.value * factors[0] / factors[1]
    if product == figure or abs(product - figure) > _half_unit(actual.value) * times:
        return product
    snapped = _WithinRounding(figure)
    snapped.product = product
    return snapped


def _person_period(under: str) -> tuple[str, str, str]:
    """*under* (a unit's denominator) as a person, ``·`` and a period, or three empties.

    A day or a week is a period too (``人·天``, ``生·日``, ``人·周``; pd25fix item 3).

    >>> _person_period("人·年"), _person_period("年"), _person_period("生·日")
    (('人', '·', '年'), ('', '', ''), ('生', '·', '日'))
    >>> _person_period("人·次"), _person_period("月·人")
    (('', '', ''), ('人', '·', '月'))
    """
    person, dot, period = under.partition("·")
    if _PERIOD_NAMES.get(person, person) in _PERIODS_YEARLY and _PER_UNIT_WORD_RE.fullmatch(period):
        person, period = period, person  # 元/月·人 is 元/人·月 (每人每月1680元, p41 H7)
    if (
        dot
        and _PER_UNIT_WORD_RE.fullmatch(person)
        and person not in _PERIOD_NAMES
        and person not in _PERIODS_YEARLY
        and person not in _PERIODS_UNCOUNTED
        and (
            _PERIOD_NAMES.get(period, period) in _PERIODS_YEARLY
            or _PERIOD_NAMES.get(period, period) in _PERIODS_UNCOUNTED
        )
    ):
        return person, dot, period
    return "", "", ""


def _period_conflict(target: Comparison | Range, actual: Quantity, year: int | None = None) -> bool:
    """Whether a value said per person and period names another period than the target's.

    ``每人每周100元`` against ``≥1000元/人·年``: no whole count of weeks in a year, so the
    figure is left apart (``unit-mismatch``), never relabelled ``100元/人·年`` (p35 H1);
    ``每人每年1000元`` against ``≥100元/人·月`` is divided by 12 (``_period_rate``, pm25fix);
    ``年人均1000元`` against ``≥3元/人·天`` is apart, never ``1000元/人·天`` (pd25fix item 3).
    """
    _, slash, under = (target.unit or "").partition("/")
    if not slash or not actual.label:
        return False
    person, _, per_period = _person_period(under)
    rest = _per_person_rest(actual.label, person) if per_period else None
    said = _PERIOD_LABEL_RE.match(rest) if rest is not None else None
    if said is None:
        return False
    period = _PERIOD_NAMES.get(said.group("period"), said.group("period"))
    if _months_paid(actual.note, year) is not None:
        return True  # 每人每月100元（发放10至12个月）: months paid not read, left apart (r83 W2)
    return period != _PERIOD_NAMES.get(per_period, per_period)


_DECEMBER: Final = 12


def _through_december(table: Table) -> bool:
    """Whether *table* covers the year to its end: a self-evaluation, or a period to December."""
    period_end = table.period.end.month if table.period is not None else _DECEMBER
    return table.kind is TableKind.SELF_EVALUATION or period_end == _DECEMBER


# Each of the year's two halves or two seasons, once or more (上下半年各, 上、下半年各开展,
# 春秋两季各, 春季和秋季各): the year's count is twice the figure (p40 H1).
_EACH_OF_TWO_RE: Final = re.compile(
    r"(?:上、?下半年|春、?秋(?:两|二)?季|春季[和、及与]秋季)各[一-鿿]{0,4}"
)


def _yearly_label(label: str | None) -> bool:
    """Whether a count target's *label* says no period, or the year (``每年``, ``全年``).

    ``每年不少于2次`` is the year's count as ``≥2次`` is (p40 H1); ``每季度至少1次`` is
    compared per period, and so are ``每2个月1次``, ``每两周1次`` (r36l).

    >>> [_yearly_label(t) for t in (None, "每年", "每季度", "每2个月", "每两周", "每隔一年")]
    [True, True, False, False, False, False]
    """
    if label is None:
        return True
    if _COUNTED_PERIODS_LABEL_RE.match(label) is not None:
        return False  # 每2个月, 每两周, 每隔一个月: a period of its own (r36l; it was the year)
    said = _PERIOD_LABEL_RE.search(label)
    return said is None or (said.group("period") == "年" and said.end() == len(label))


# A label counting its periods (每2个月, 每两个月, 每两周, 每隔1个月, 每3年): no year's count.
_COUNTED_PERIODS_LABEL_RE: Final = re.compile(
    r"每隔?(?:[1-9]\d?|[一两二三四五六七八九十]{1,3})个?(?:月|季度|星期|周|天|日|工作日|年)"
)


# The last clause of a label stating the total (每月召开一次例会，共召开; 每季度1次，全年累计):
# the figure after it is that total, whatever rhythm an earlier clause names (r37k).
_TOTAL_CLAUSE_RE: Final = re.compile(
    r"[,;，；](?:全年|年度)?(?:累计|共计|总计|合计|一共|共(?![享同建])|全年)[\u4e00-\u9fff]{0,6}$"
)


def total_after_rhythm(label: str | None) -> bool:
    """Whether a count's *label* ends on a clause stating the total (r37k).

    ``每月召开一次例会，共召开8次`` is 8 in all, not 8 a month (it was read as 96 a year,
    and against ``每月1次`` as 8 a month).

    >>> [total_after_rhythm(t) for t in ("每月召开一次例会,共召开", "每月", "每月,计划", None)]
    [True, False, False, False]
    """
    return label is not None and _TOTAL_CLAUSE_RE.search(label) is not None


def _counts_in(unit: str | None, measure: str) -> bool:
    """Whether *unit* is *measure*, or *measure* counting a noun (``次培训`` in ``次``)."""
    if unit == measure:
        return True
    counted = _counted(unit) if unit else None
    return counted is not None and counted[0] == measure


def _period_count_over_year(indicator: Indicator, table: Table) -> Indicator:
    """*indicator* with a count said once per period read as the year's (parse28 H1).

    The 年度指标值 column is the year's count, so ``≥12次`` means ``≥12次/年``: at the
    year's end (a self-evaluation, or a tracking table through December) ``每月1次``
    is ``12次``, ``每季度开展1次`` ``4次``, ``每半年1次`` ``2次``. A week or a day has no
    exact count in a year, and mid-year the count so far is not said: such an actual
    is left to a reader (a text, ``unknown``), never read as 1 time done. Any other
    row is itself.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> from perftrack.model import Table, TableKind
    >>> row = Indicator("巡查", target=parse_target("≥12次"), actual=parse_value("每月1次"))
    >>> str(
    ...     _period_count_over_year(row, Table(TableKind.SELF_EVALUATION, indicators=(row,))).actual
    ... )
    '每月12(次)'
    """
    target, actual = indicator.target, indicator.actual
    if (
        not isinstance(target, (Comparison, Range))
        or not isinstance(actual, Quantity)
        or target.unit not in EVENT_UNITS
        or not _counts_in(actual.unit, target.unit)
        or not actual.label
        or not _yearly_label(target.label)
    ):
        return indicator  # 每季度至少1次 with 每季度1次: compared per period
    if total_after_rhythm(actual.label):
        return indicator  # 每月召开一次例会，共召开8次: 8 in all (r37k; it was 96)
    said = _PERIOD_LABEL_RE.match(actual.label)
    if _EACH_OF_TWO_RE.fullmatch(actual.label) is not None:
        times: int | None = 2  # 上下半年各1次, 春秋两季各1次: one in each of two periods (p40 H1)
    elif said is None or actual.label.startswith(("全", "每人", "人均")):
        return indicator
    else:
        period = _PERIOD_NAMES.get(said.group("period"), said.group("period"))
        times = _PERIODS_YEARLY.get(period)
    if times is None or not _through_december(table):
        # 每周1次 against ≥52次 (52 or 53 weeks), or 每月1次 in a 1-6月 table
        return evolve(indicator, actual=TextValue(actual.text or str(actual), text=actual.text))
    return evolve(indicator, actual=evolve(actual, value=actual.value * times))


# Each of a day's slots, once or more (早晚各播出1次, 早中晚各1次, 上下午各1次): the day's
# count is the figure times the slots (parse49 H2), as 上下半年各 is the year's (p40 H1).
_SLOTS_OF_DAY_RE: Final = re.compile(
    r"(?:每[天日])?(?:(?P<three>早、?中、?晚)|早、?晚|上、?下午|上午[和、及与]下午)各[一-鿿]{0,4}"
)


def _slots_of_day(indicator: Indicator) -> Indicator:
    """*indicator* with a count said in each of a day's slots read per day (parse49 H2).

    Only against a count target per day (``每天≥2次``): ``每日早晚各播出1次`` is ``2次``
    a day, ``早中晚各1次`` ``3次``. Any other row is itself.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("播出", target=parse_target("每天≥2次"), actual=parse_value("早晚各1次"))
    >>> str(_slots_of_day(row).actual)
    '每天2(次)'
    """
    target, actual = indicator.target, indicator.actual
    if (
        not isinstance(actual, Quantity)
        or not actual.label
        or "各" not in actual.label
        or not isinstance(target, (Comparison, Range))
        or target.unit not in EVENT_UNITS
        or not _counts_in(actual.unit, target.unit)
        or not target.label
        or (day := _PERIOD_LABEL_RE.fullmatch(target.label)) is None
        or day.group("period") not in ("天", "日")
        or (slots := _SLOTS_OF_DAY_RE.fullmatch(actual.label)) is None
    ):
        return indicator
    times = 3 if slots.group("three") else 2
    return evolve(indicator, actual=evolve(actual, value=actual.value * times, label="每天"))


# A label whose noun is itself a count per class (班额, 平均班额: persons per class).
_CLASS_SIZE_LABEL_RE: Final = re.compile("(?:平均)?班额$")


def _class_size(indicator: Indicator) -> Indicator:
    """*indicator* with a 班额 actual read per class (parse28 H4).

    班额 is the persons in a class: ``平均班额32人`` against ``≤30人/班`` is ``32人/班``,
    as ``每班32人`` is. Any other row is itself.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("班额", target=parse_target("≤30人/班"), actual=parse_value("平均班额32人"))
    >>> str(_class_size(row).actual)
    '平均班额32(人/班)'
    """
    target, actual = indicator.target, indicator.actual
    if (
        not isinstance(target, (Comparison, Range))
        or not isinstance(actual, Quantity)
        or actual.unit not in _PEOPLE_UNITS
        or target.unit is None
        or not actual.label
        or _CLASS_SIZE_LABEL_RE.search(actual.label) is None
    ):
        return indicator
    over, _, under = target.unit.partition("/")
    if under != "班" or over not in _PEOPLE_UNITS:
        return indicator
    return evolve(indicator, actual=evolve(actual, unit=f"{actual.unit}/班"))


def _calendar_within_working(target: Comparison | Range, quantity: Quantity) -> bool:
    """Calendar days within a ceiling of working days (``15日`` against ``≤20个工作日``).

    N calendar days hold at most N working days, so such a count is within the ceiling
    whichever days the limit counts; above it (``25日`` against ``≤20个工作日``) the
    working days are unknown. A time in hours or minutes holds at most as many working
    hours, and a working day has 8 (regress40 W5): ``2小时内办结`` is within
    ``≤1个工作日`` (即时办结), ``8小时`` within ``≤1个工作日``, ``10小时`` unknown.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _calendar_within_working(parse_target("≤20个工作日"), parse_value(days))
    ...     for days in ("15日", "1.5天", "25日", "8小时", "200小时")
    ... ]
    [True, True, False, True, False]
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.LE, _Op.LT)
        or not target.unit
        or not quantity.unit
        or quantity.bound not in (_Bound.EXACT, _Bound.AT_MOST, _Bound.LESS_THAN)
    ):
        return False
    limit, days = _unit(target.unit, calendar=False), _unit(quantity.unit, calendar=False)
    if limit.base != "工作日" or limit.factor != 1:
        return False
    if days.base == "毫秒":  # hours, minutes: against 8 working hours a day
        spent, bar = quantity.value * days.factor, target.value * _WORKING_DAY_MS
    elif days.base == "天" and days.factor == 1:
        spent, bar = quantity.value, target.value
    else:
        return False
    if target.op is _Op.LT:
        return spent < bar
    return spent <= bar


def _calendar_beyond_working(target: Comparison | Range, quantity: Quantity) -> Decimal | None:
    """The longest calendar span of a ceiling of working days a count of days is over.

    ``N个工作日`` ends at most N + 2 × ⌈N/5⌉ calendar days after the day it counts from
    (a week of 5 working days, each 5 of them crossing one weekend at most): ``8天``
    against ``≤5个工作日`` is over the 7 days 5 working days can span, whatever days are
    counted, so the limit is broken; ``6天`` or ``7天`` may be within it (unknown).
    Statutory holidays are not counted (a span over a holiday is longer: see
    scoring.md). The span, or None when *quantity* is no count of calendar days over it.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _calendar_beyond_working(parse_target("≤5个工作日"), parse_value(days))
    ...     for days in ("平均8天", "7天", "4天", "15日")
    ... ]
    [Decimal('7'), None, None, Decimal('7')]
    >>> _calendar_beyond_working(parse_target("≤2个工作日"), parse_value("5天"))
    Decimal('4')
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.LE, _Op.LT)
        or not target.unit
        or not quantity.unit
        or quantity.bound not in (_Bound.EXACT, _Bound.AT_LEAST, _Bound.MORE_THAN)
        or target.value <= 0
        or target.value != target.value.to_integral_value()
    ):
        return None
    limit, days = _unit(target.unit, calendar=False), _unit(quantity.unit, calendar=False)
    if limit.base != "工作日" or limit.factor != 1 or days.base != "天" or days.factor != 1:
        return None
    span = target.value + 2 * (target.value / 5).to_integral_value(rounding=ROUND_CEILING)
    return span if quantity.value > span else None


def _calendar_between_working(target: Comparison | Range, quantity: Quantity) -> Decimal | None:
    """The longest span when calendar days may or may not be within working days.

    ``7天`` against ``≤5个工作日``: over 5 and within the 7 days 5 working days can span
    (neither :func:`_calendar_within_working` nor :func:`_calendar_beyond_working`).

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _calendar_between_working(parse_target("≤5个工作日"), parse_value(days))
    ...     for days in ("6天", "7天", "8天", "4天")
    ... ]
    [Decimal('7'), Decimal('7'), None, None]
    """
    if _calendar_within_working(target, quantity) or not isinstance(target, Comparison):
        return None
    more = evolve(quantity, value=Decimal("1E9"), bound=_Bound.EXACT)
    span = _calendar_beyond_working(target, more)
    if span is None or quantity.value > span:
        return None
    return span


def _working_in_calendar(
    target: Comparison | Range, quantity: Quantity
) -> tuple[str, Decimal] | None:
    """Working days against a ceiling of calendar days (p26fix M1): the reverse of g23d.

    N working days span N to N + 2 × ⌈N/5⌉ calendar days (a week of 5 working days).
    ``within`` when the longest span keeps to the ceiling (``20个工作日`` against ``≤30日``:
    at most 28 days), ``beyond`` when the shortest breaks it (``35个工作日``: at least 35
    days), ``between`` otherwise (``25个工作日``: 25 to 35 days; ``均在35个工作日内``, at
    most, may be within); with the longest span. A fraction (``平均6.2个工作日``, an average)
    spans as many (at most 6.2 + 2 × 2 = 10.2 days; parse47 H3).
    None when *quantity* is no count of working days against a ceiling of days.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _working_in_calendar(parse_target("≤30日"), parse_value(days))
    ...     for days in ("均在20个工作日内", "35个工作日", "25个工作日", "均在35个工作日内")
    ... ]
    [('within', Decimal('28')), ('beyond', Decimal('49')), ('between', Decimal('35')), ('between', Decimal('49'))]
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.LE, _Op.LT)
        or not target.unit
        or not quantity.unit
        or quantity.value <= 0
    ):
        return None
    limit, days = _unit(target.unit, calendar=False), _unit(quantity.unit, calendar=False)
    if limit.base != "天" or limit.factor != 1 or days.base != "工作日" or days.factor != 1:
        return None
    low = quantity.value
    span = low + 2 * (low / 5).to_integral_value(rounding=ROUND_CEILING)
    strict = target.op is _Op.LT
    if (span < target.value if strict else span <= target.value) and quantity.bound in (
        _Bound.EXACT,
        _Bound.AT_MOST,
        _Bound.LESS_THAN,
    ):
        return "within", span
    over = low >= target.value if strict else low > target.value
    if over and quantity.bound in (_Bound.EXACT, _Bound.AT_LEAST, _Bound.MORE_THAN):
        return "beyond", span
    return "between", span  # 均在35个工作日内: at most, maybe within (as 均在40日内 is)


# Level 1s of other project frameworks and the framework's level 1 they weigh as
# (regress40): 项目产出 is 产出, 项目效益 效益; the 2013 framework's 效果 holds 效益 and
# 满意度 (see :func:`framework_level1`).
_FRAMEWORK_LEVEL1: Final = MappingProxyType(
    {
        "项目产出": "产出指标",
        "项目产出指标": "产出指标",
        "项目效益": "效益指标",
        "效果": "效益指标",
        "效果指标": "效益指标",
    }
)


def framework_level1(indicator: Indicator) -> str:
    """The project framework's level 1 *indicator* weighs as (its own name, else mapped).

    ``项目产出`` weighs as ``产出指标``, ``项目效益`` as ``效益指标``; under the 2013
    framework's ``效果指标`` a 满意度 level 2 is ``满意度指标``, the rest ``效益指标``
    (regress40: they were ``weights-unknown`` without a 分值 column). Any other name is
    itself (``""`` for none).

    Example:
        >>> from perftrack.model import Indicator
        >>> [
        ...     framework_level1(Indicator(name="x", level1=level1, level2=level2))
        ...     for level1, level2 in (
        ...         ("项目产出", "数量指标"),
        ...         ("效果指标", "服务对象满意度指标"),
        ...         ("效果指标", "社会效益指标"),
        ...         ("履职效能", None),
        ...     )
        ... ]
        ['产出指标', '满意度指标', '效益指标', '履职效能']
    """
    level1 = indicator.level1 or ""
    mapped = _FRAMEWORK_LEVEL1.get(level1)
    if mapped is None:
        return level1
    if mapped == "效益指标" and voc.LEVEL2_PARENT.get(indicator.level2 or "") == "满意度指标":
        return "满意度指标"
    return mapped


# A working day's hours, in ms (the unit base of a time in hours): 8 hours.
_WORKING_DAY_MS: Final = Decimal(8 * 3_600_000)


def _within_working_words(quantity: Quantity) -> tuple[str, str]:
    """How :func:`_calendar_within_working` read *quantity*: (Chinese, English)."""
    if _unit(quantity.unit or "", calendar=False).base == "毫秒":
        return "（按每个工作日8小时计）", " (a working day of 8 hours)"
    return "（日历日），工作日不多于日历日", " (calendar days) holds no more working days:"


# ---------------------------------------------------------------------------
# Lower is better, by the name: ONE judgement (scoring.md §2, "One word list for
# lower is better"), used by 优于X targets (:func:`_better_than`), the finding
# target-direction-suspect (a harm named at the end of the name) and the finding
# cost-not-ceiling (a cost row's name). Change the words here, nowhere else.

# A resolution, a precision, an error or a time (影像分辨率, 定位精度, 平面中误差, 办结时限):
# finer is better, whatever else the name says.
FINER_WORDS: Final = (
    "分辨率", "精度", "误差", "偏差", "时限", "时长", "时间", "用时", "耗时", "时延", "延时",
)  # fmt: skip
# Harm (故障率, 事故发生率, 投诉次数, 返贫人数, 失业率): what a name counts is better lower.
HARM_WORDS: Final = (
    "故障", "事故", "发生", "发病", "投诉", "差错", "超标", "违法", "违规", "发案", "亡人",
    "伤亡", "死亡", "损失", "流失", "辍学", "返贫", "误差", "不合格", "失业", "错保", "漏保",
    "返修", "拒访",
)  # fmt: skip
# Costs, prices, energy and pollution (单位造价, 能耗, PM2.5浓度, 噪声, IRI): better lower too.
COST_WORDS: Final = (
    "造价", "单价", "成本", "费用", "价格", "能耗", "排放", "浓度", "噪声", "噪音", "分贝",
    "平整度", "IRI",
)  # fmt: skip
# A saving or a fall (成本节约率, 结算审减率, 能耗降低率, 事故下降率, 减少量): better higher,
# even before a cost word (节约成本).
SAVING_WORDS: Final = (
    "节约", "节支", "节省", "审减", "结余", "降低", "下降", "降幅", "减少", "减排", "压减", "压降",
)  # fmt: skip
# Harm handled, met or brought down (投诉处理率, 故障修复率, 达标排放率, 违法案件查结率,
# 追回流失文物数, 失业人员再就业率), a benefit paid out or a multiple levered (补助标准,
# 担保放大倍数): better higher.
HANDLING_WORDS: Final = (
    *SAVING_WORDS,
    "达标", "覆盖", "监测", "修复", "排除", "回复", "答复", "查结", "查处", "处理", "办结",
    "整改", "召回", "追回", "挽回", "处置", "化解", "治理", "控制率", "优良", "结案", "破案",
    "侦破", "调处", "调解", "受理", "审结", "审理", "援助", "救治", "治愈", "排查", "消除",
    "再就业", "放大", "撬动", "带动", "杠杆", "补助标准", "补贴标准", "保障标准", "生活标准",
    "供养标准", "救助标准", "低保标准",
)  # fmt: skip


def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


_FINER_BETTER_RE: Final = _words_re(FINER_WORDS)
_HARM_OR_COST_RE: Final = _words_re(HARM_WORDS + COST_WORDS)
# Harm words that are an event or a state (发生, 发病, 失业, 返贫): harm only as the thing
# measured, at the end of the name or before what counts it (事故发生率, 火灾发生起数, 病虫害
# 发生面积, 城镇登记失业率, 返贫人数, 返贫致贫人口); before another measure they modify it
# (创业担保贷款发生额: an amount incurred; 失业保险参保人数, 防返贫致贫保险参保人数: an
# insurance's enrolment; 传染病发病报告及时率; 失业人员再就业人数): no harm.
MEASURED_HARM_WORDS: Final = ("发生", "发病", "失业", "返贫")
_HARM_MEASURED_TAIL_RE: Final = re.compile(
    "(?:致贫)?(?:人员|人口|户|对象)?"
    "(?:率|人数|户数|起数|次数|例数|件数|数量|数|量|面积|起|次|人次|宗|例|件)?"
    "(?:控制值|控制数|控制目标|控制|目标|指标|水平|情况)?"
    "(?![\u3400-\u9fff])"
)
# 合格率 is met, 不合格率 is harm.
_HANDLED_NAME_RE: Final = re.compile(f"{_words_re(HANDLING_WORDS).pattern}|(?<!不)合格率")
# A harm at the end of a name, then at most what counts it (设备故障率, 火灾亡人事故,
# 群众投诉次数, 违法行为): the names target-direction-suspect reads as better lower.
HARM_NAMED_RE: Final = re.compile(
    f"(?:{_words_re(HARM_WORDS).pattern})(?:行为|案件|事件|事故)?"
    "(?:率|数|次数|起数|人数|件数|数量|量|起|次|人次|宗)?$"
)
# Prevention and control (疫情防控物资储备数, 预防接种人数, 控制性详规编制数, 减税降费金额):
# a name of none of the words above that holds one is better higher; no handling of a
# harm it names (预防接种异常反应发生率, 防灾减灾经济损失, 噪声控制值 stay better lower).
PREVENTION_WORDS: Final = ("防控", "预防", "控制", "减")
_PREVENTION_RE: Final = _words_re(PREVENTION_WORDS)
# A process word before the place or the cost it names (监测设备故障率, 污水处理单价,
# 处理成本, 监测断面超标率): where or what the harm is, no handling of it.
_PROCESS_WORDS: Final = frozenset({"监测", "处理", "治理", "处置", "控制率"})
_PLACE_AFTER_RE: Final = re.compile("设备|设施|系统|站|厂|中心|工程|项目|断面|点位")
# A cost word after any other handling word, right after it or further on (故障修复费用,
# 投诉处理成本, 隐患整改资金, 垃圾处理运营费, 水质监测经费, 培训覆盖人均成本): the cost of
# the handling, still a cost: the money is the measure.
_COST_AFTER_RE: Final = re.compile("单价|成本|费|价格|造价|资金")
# A cost before 控制率 (成本控制率, 造价控制率: the cost against its budget, ≤100%): a cost.
_COST_BEFORE_RE: Final = re.compile("(?:单价|成本|费用?|价格|造价|资金|预算|经费)$")
# A cost row's name better higher with no word of harm or cost (生均公用经费, a minimum).
_COST_BENEFIT_RE: Final = re.compile("生均")
# Units of a length, better lower in a 优于 target on no such name (优于5cm).
_LENGTH_UNITS: Final = frozenset(
    {"米", "m", "厘米", "cm", "毫米", "mm", "微米", "μm", "纳米", "nm", "千米", "公里", "km"}
)


def _better_than(indicator: Indicator) -> Indicator:
    """*indicator* with a target of ``优于X`` (better than X) as the bound it means.

    The parse keeps ``优于`` as the label of an ``=`` (value-language.md): the grammar
    does not know which way is better. On a figure better lower (a printed 反向; a name
    or label of a resolution, a precision, an error or a time; a length or a duration
    as the unit) it is ``≤X``, on any other ``≥X``. Inclusive: X itself is at the
    level asked (tables write 优于 for 达到或优于, scoring.md §2). Any other row is itself.

    >>> from perftrack import Indicator, parse_target
    >>> def bound(name, text):
    ...     return str(_better_than(Indicator(name, target=parse_target(text))).target)
    >>> bound("影像分辨率", "优于0.5米"), bound("定位精度", "优于5cm"), bound("合格率", "优于95%")
    ('≤0.5(米)', '≤5(cm)', '≥95(%)')
    >>> bound("单位造价", "优于3000元/平方米"), bound("群众投诉率", "优于0.5%")
    ('≤3000(元/平方米)', '≤0.5(%)')
    >>> bound("投诉处理率", "优于95%"), bound("PM2.5平均浓度", "优于35微克/立方米")
    ('≥95(%)', '≤35(微克/立方米)')
    """
    target = indicator.target
    if (
        not isinstance(target, Comparison)
        or target.op is not _Op.EQ
        or not (target.label or "").endswith("优于")
    ):
        return indicator
    label = (target.label or "").removesuffix("优于") or None
    if indicator.direction is not None:
        lower = indicator.direction is Direction.LOWER
    else:
        lower = (
            better_lower_by_name(indicator.name + (label or ""), cost=_is_cost(indicator))
            or target.unit in _LENGTH_UNITS
            or target.unit in _DURATION_UNITS
        )
    return evolve(indicator, target=evolve(target, op=_Op.LE if lower else _Op.GE, label=label))


def better_lower_by_name(name: str, *, cost: bool = False) -> bool:
    """Whether a *name* (with a target's label) is better lower; *cost*, a 成本指标 row.

    The one judgement of a direction by the name (scoring.md §2): a resolution, a
    precision, an error or a time (FINER_WORDS); a harm, a cost, a price or a pollution
    (HARM_WORDS, COST_WORDS) unless it is handled (HANDLING_WORDS: ``故障修复率``,
    ``达标排放率``, ``追回流失文物数``, ``节约成本``, ``价格补贴标准``); on a cost row, any
    name but a handling, a saving or a benefit (``生均公用经费``, a name ending in a
    标准 paid out: ``基础养老金标准``).

    A handling word is no handling where it names the place of the harm (``监测设备故障率``,
    ``监测断面超标率``) or comes before a cost it incurs (``处理成本``, ``故障修复费用``); a
    saving is one before a cost too (``节约成本``).

    >>> better_lower_by_name("群众投诉率"), better_lower_by_name("投诉处理率")
    (True, False)
    >>> better_lower_by_name("监测设备故障率"), better_lower_by_name("产品抽检不合格率")
    (True, True)
    >>> better_lower_by_name("达标排放率"), better_lower_by_name("追回流失文物数")
    (False, False)
    >>> (
    ...     better_lower_by_name("设备采购费", cost=True),
    ...     better_lower_by_name("基础养老金标准", cost=True),
    ... )
    (True, False)
    """
    if _FINER_BETTER_RE.search(name) is not None:
        return True
    if not _harm_or_cost(name):
        # a 成本指标 row of no cost word (项目监测费): a ceiling, unless better higher
        return cost and not _handled(name) and not _benefit_by_name(name)
    return not _handled(name)


def _harm_or_cost(name: str) -> bool:
    """Whether *name* holds a word of harm or cost, an event or a state as the thing measured.

    A word of MEASURED_HARM_WORDS counts only at the end of the name or before what counts
    it (``事故发生率``, ``返贫人数``), not before another measure (``创业担保贷款发生额``,
    ``失业保险参保人数``).

    >>> [_harm_or_cost(n) for n in ("城镇登记失业率", "失业保险参保人数", "创业担保贷款发生额")]
    [True, False, False]
    """
    for found in _HARM_OR_COST_RE.finditer(name):
        if found.group() not in MEASURED_HARM_WORDS:
            return True
        if _HARM_MEASURED_TAIL_RE.match(name, found.end()) is not None:
            return True
    return False


def _handled(name: str) -> bool:
    """Whether *name* holds a word of handling that is one (see :func:`better_lower_by_name`)."""
    for found in _HANDLED_NAME_RE.finditer(name):
        word = found.group()
        if word in _PROCESS_WORDS and _PLACE_AFTER_RE.match(name, found.end()) is not None:
            continue  # 监测设备故障率: the place of the harm
        if word not in SAVING_WORDS and _COST_AFTER_RE.search(name, found.end()) is not None:
            continue  # 处理成本, 故障修复费用, 垃圾处理运营费: the cost of the handling
        if word == "控制率" and _COST_BEFORE_RE.search(name, 0, found.start()) is not None:
            continue  # 成本控制率: the cost against its budget
        return True
    return False


def _benefit_by_name(name: str) -> bool:
    """Whether a cost row's *name* is paid out, better higher (生均公用经费, 基础养老金标准).

    A name ending in 标准 (资助标准, 奖励标准, 抚恤标准, 津贴发放标准) is a statutory
    minimum, not a cost to cap; a 成本/费用/造价 standard still is one.

    >>> _benefit_by_name("基础养老金标准"), _benefit_by_name("单位造价控制标准")
    (True, False)
    >>> _benefit_by_name("生均公用经费"), _benefit_by_name("生均能耗")
    (True, False)
    """
    name = _NAME_TAIL_RE.sub("", name.strip()).strip()
    if _harm_or_cost(name):
        return False  # 生均能耗, 单位造价控制标准: a cost per pupil or a cost's standard
    if _COST_BENEFIT_RE.search(name) is not None:
        return True
    return name.endswith("标准") and "控制" not in name


def handled_or_prevented(name: str) -> bool:
    """Whether *name* says its figure is better higher by a handling or a prevention word.

    A handling (:func:`_handled`: ``故障修复率``, ``补助标准``), or a prevention or a control
    on a name of no harm or cost (``疫情防控物资储备数``, ``预防接种人数``; not
    ``预防接种异常反应发生率``, ``噪声控制值``).

    >>> [handled_or_prevented(n) for n in ("故障修复率", "预防接种人数", "噪声控制值")]
    [True, True, False]
    """
    if _handled(name):
        return True
    return not _harm_or_cost(name) and _PREVENTION_RE.search(name) is not None


def harm_named_lower(name: str) -> bool:
    """Whether *name* ends in a harm and what counts it, and so is better lower (设备故障率).

    The names target-direction-suspect trusts (HARM_NAMED_RE), judged by
    :func:`better_lower_by_name`: ``投诉处理率`` and ``事故下降率`` are handled.

    >>> harm_named_lower("设备故障率"), harm_named_lower("投诉处理率"), harm_named_lower("能耗")
    (True, False, False)
    """
    return HARM_NAMED_RE.search(name) is not None and better_lower_by_name(name)


def _place_floor(indicator: Indicator) -> Indicator:
    """*indicator* with a floor on a place in a ranking as the place it allows.

    ``不低于全市第3名`` (parsed ``≥3名`` labelled ``全市第``) asks for the 3rd place or a
    better one: ``≤3``, as ``全市前3名`` is; 5th place misses it. Any other row is itself.

    >>> from perftrack import Indicator, parse_target
    >>> str(_place_floor(Indicator("全市排名", target=parse_target("不低于全市第3名"))).target)
    '全市第≤3(名)'
    >>> str(_place_floor(Indicator("培训人数", target=parse_target("≥3名"))).target)
    '≥3(名)'
    """
    target = indicator.target
    if (
        not isinstance(target, Comparison)
        or target.op not in (_Op.GE, _Op.GT)
        # the place test of it as =3名 (_is_place), without building that copy
        or not (target.label or "").endswith("第")
        or target.unit not in _PLACE_UNITS
    ):
        return indicator
    return evolve(indicator, target=evolve(target, op=_Op.LE if target.op is _Op.GE else _Op.LT))


# An actual saying every case fell within a time (全部在24小时内扑灭, 均在2小时内到达) …
_ALL_WITHIN_LABELS: Final = frozenset({"全部", "全部在", "均", "均在", "全", "都"})
# … on a rate named for that time (24小时扑灭率, 2小时到达率): 100% of the cases.
_NUMBER_TEXT_RE: Final = re.compile(r"\d+(?:\.\d+)?")


# 零增长 of new cases on a zero count (新增违建零增长, 实现新增违建“零增长” against 0处):
# no new case, the 城管 slogan, never a change of 0 % (parse35 M1).
_NEW_CASES_ZERO_GROWTH_RE: Final = re.compile(
    "^(?:实现|确保|做到|保持)?(?P<word>[\u4e00-\u9fff]*新增[\u4e00-\u9fff]*零增长)$"
)
_QUOTES: Final = str.maketrans("", "", "“”\"'‘’「」")
# A 零增长 against a baseline (较上年, 同比, 与上年相比, 比去年): a change, never a count.
_BASELINE_WORD_RE: Final = re.compile("同比|环比|同期|上年|去年|上一年|前一年|基期|基数")


def _new_cases_zero_growth(indicator: Indicator) -> Indicator | None:
    """*indicator* with a ``零增长`` of new cases read as none, under a zero count, or None.

    ``新增违建零增长`` (or ``实现新增违建“零增长”``) against ``0处`` says no new illegal
    building: the zero of ``违建零新增``. 新增 must be in the cell or in the row's name.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("新增违建", target=parse_target("0处"), actual=parse_value("零增长"))
    >>> _new_cases_zero_growth(row).actual.family
    'zero'
    """
    target, actual = indicator.target, indicator.actual
    if (
        not isinstance(target, Comparison)
        or target.value != 0
        or target.op not in (_Op.EQ, _Op.LE)
        or target.unit in (None, "%", "个百分点")
        or not isinstance(actual, (Quantity, TextValue))
    ):
        return None
    said = (actual.text or "").strip().translate(_QUOTES)
    if isinstance(actual, Quantity) and (actual.value != 0 or actual.unit != "%"):
        return None
    if _BASELINE_WORD_RE.search(said):
        return None  # 新增违建较上年零增长: as many as last year, not none (r83 W1)
    found = _NEW_CASES_ZERO_GROWTH_RE.fullmatch(said)
    if found is None and said.endswith("零增长") and "新增" in indicator.name:
        found = _NEW_CASES_ZERO_GROWTH_RE.fullmatch("新增" + said)
    if found is None:
        return None
    zero = QualitativeValue(found.group("word"), "zero", text=actual.text)
    return evolve(indicator, actual=zero)


def _all_within_window(indicator: Indicator) -> Indicator | None:
    """*indicator* with an actual of every case within the name's time read as 100%, or None.

    ``24小时扑灭率 ≥95%`` with ``全部在24小时内扑灭``: the 24 hours are the rate's
    window, named by the indicator, not the measure; 全部 says all of them (parse16 M2).

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> def read(name, actual):
    ...     row = Indicator(name, target=parse_target("≥95%"), actual=parse_value(actual))
    ...     found = _all_within_window(row)
    ...     return None if found is None else str(found.actual)
    >>> read("24小时扑灭率", "全部在24小时内扑灭"), read("扑灭率", "全部在24小时内扑灭")
    ('100(%)', None)
    >>> read("24小时扑灭率", "全部在48小时内扑灭") is None
    True
    """
    target, actual = indicator.target, indicator.actual
    if (
        not isinstance(target, (Comparison, Range))
        or target.unit != "%"
        or not isinstance(actual, Quantity)
        or actual.label not in _ALL_WITHIN_LABELS
        or actual.bound not in (_Bound.AT_MOST, _Bound.LESS_THAN)
        or not _is_time_unit(actual.unit)
        or "率" not in indicator.name
    ):
        return None
    windows = {
        (Decimal(found.group()), indicator.name[found.end() :])
        for found in _NUMBER_TEXT_RE.finditer(indicator.name)
    }
    if not any(
        value == actual.value and rest.startswith(actual.unit or "") for value, rest in windows
    ):
        return None
    whole = evolve(actual, value=Decimal(100), unit="%", bound=_Bound.EXACT, label=None, note=None)
    return evolve(indicator, actual=whole)


# The words a share said after its count is labelled with (引入物业服务44个，占83%).
_SHARE_AFTER_COUNT_LABELS: Final = frozenset({"占", "占比"})


def _count_before_share(indicator: Indicator) -> Indicator | None:
    """*indicator* with the count a share was said after as its actual, against a count.

    ``大学生入伍146人，占比80%`` reads as the share (``占比80(%)``, the count its note):
    against ``≥140人`` the 146 people are the actual (g23a, parse22 M2). None when the
    target is in % or the count compares with nothing in the target's unit.
    """
    target, actual = indicator.target, indicator.actual
    if (
        not isinstance(target, (Comparison, Range))
        or not target.unit
        or target.unit == "%"
        or not isinstance(actual, Quantity)
        or actual.unit != "%"
        or actual.label not in _SHARE_AFTER_COUNT_LABELS
        or actual.note is None
    ):
        return None
    count = parse_value(actual.note)
    if not isinstance(count, Quantity) or _factors(target.unit, count.unit) is None:
        return None
    return evolve(indicator, actual=evolve(count, text=actual.text))


# Visits of an item (辆次, 台次, 件次) and the item (辆, 台, 件): apart (parse31 H6), but
# a count of distinct items at or above a floor of visits meets it, each item having
# had one visit at least (a6566 W6; people against 人次 too, parse48 H7); on a row of
# cases handled or items tested (办件, 审批, 检验), staff write 件次 for 件: one measure there.
_VISIT_ITEMS: Final = MappingProxyType({"辆次": "辆", "台次": "台", "件次": "件", "人次": "人"})
_CASE_ROW_RE: Final = re.compile("办件|办理|审批|受理|检验|检测")


_VISIT_SCALES: Final = MappingProxyType(
    {
        "": Decimal(1),
        "十": Decimal(10),
        "百": Decimal(100),
        "千": Decimal(1000),
        "万": Decimal(10000),
    }
)


def _visit_scales(target_unit: str, actual_unit: str) -> tuple[str, str, str, str] | None:
    """The scales and bare units of visits against items when one has a scale, else None.

    >>> _visit_scales("万辆次", "万辆"), _visit_scales("辆次", "辆")
    (('万', '万', '辆次', '辆'), None)
    """
    for visits, items in _VISIT_ITEMS.items():
        target_scale = target_unit.removesuffix(visits)
        actual_scale = actual_unit.removesuffix(items)
        if (
            target_unit.endswith(visits)
            and actual_unit.endswith(items)
            and target_scale in _VISIT_SCALES
            and actual_scale in _VISIT_SCALES
            and (target_scale or actual_scale)
        ):
            return target_scale, actual_scale, visits, items
    return None


def _items_as_visits(
    target: Comparison | Range, actual: Quantity, indicator: Indicator
) -> Quantity | None:
    """*actual*, a count of items, read in *target*'s visits where the verdict is certain.

    ``巡检设备326台`` against ``≥300台次``: at least 326 visits (bound at least). On a
    case or testing row (``办理2126件次`` against ``≥2000件`` on 行政审批办件) 件次 and 件
    are one. None otherwise: ``290台`` against ``≥300台次``, any ceiling, stay apart.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("设备巡检")
    >>> str(_items_as_visits(parse_target("≥300台次"), parse_value("巡检设备326台"), row))
    '巡检设备≥326(台次)'
    """
    words = f"{indicator.name} {target.label or ''} {actual.label or ''}"
    cases = _CASE_ROW_RE.search(words) is not None
    if {target.unit, actual.unit} == {"件", "件次"} and cases:
        return evolve(actual, unit=target.unit)
    scaled = _visit_scales(target.unit or "", actual.unit or "")
    if scaled is not None:
        # 2.3万辆 against ≥2万辆次 (parse35 M2): the scale put aside, then as below
        target_scale, actual_scale, visits, items = scaled
        value = actual.value * _VISIT_SCALES[actual_scale] / _VISIT_SCALES[target_scale]
        unscaled = _items_as_visits(
            evolve(target, unit=visits),
            evolve(actual, value=value, unit=items),
            indicator,
        )
        if unscaled is None:
            return None
        return evolve(actual, unit=target.unit, value=value, bound=unscaled.bound)
    if (
        _VISIT_ITEMS.get(target.unit or "") != actual.unit
        or not isinstance(target, Comparison)
        or target.op not in (_Op.GE, _Op.GT)
        or actual.bound not in (_Bound.EXACT, _Bound.AT_LEAST, _Bound.MORE_THAN)
    ):
        return None
    if actual.unit != "人" and (
        actual.value < target.value
        or (target.op is _Op.GT and actual.value == target.value and actual.bound is _Bound.EXACT)
    ):
        # fewer items than the floor of visits stay apart; people are read as at least as
        # many 人次 whatever the floor (培训826人 against a plan of 800人次, parse48 H7)
        return None
    bound = _Bound.MORE_THAN if actual.bound is _Bound.MORE_THAN else _Bound.AT_LEAST
    return evolve(actual, unit=target.unit, bound=bound)


def _per_unit(
    indicator: Indicator, year: int | None = None, *, whole_year: bool = False
) -> Indicator:
    """*indicator* with a "per" in a label written into the unit it compares with.

    *year* is the table's: a note of months naming it (``（2024年1-10月）``) is counted;
    *whole_year*, the table covers the year to December: ``（10月起）`` is 3 months.

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
        isinstance(target, Comparison)
        and target.value == 0  # (a zero target only: its first tests, speedS5c)
        and (none_new := _new_cases_zero_growth(indicator)) is not None
    ):
        return none_new  # 新增违建零增长 against 0处: no new case (parse35 M1)
    if not isinstance(target, (Comparison, Range)) or not isinstance(actual, Quantity):
        return indicator  # every reading below is of a quantity against a figure (speedS3)
    if not actual.unit:
        # a bare figure (238 against ≥199人次): each reading below asks the actual's unit
        # first, and the last test returns the row itself (speedS5c)
        return indicator
    if (whole := _all_within_window(indicator)) is not None:
        return whole  # 24小时扑灭率 ≥95% with 全部在24小时内扑灭: 100%
    if (counted := _count_before_share(indicator)) is not None:
        return counted  # ≥140人 with 大学生入伍146人，占比80%: the 146 people
    if (aliased := _noted_measure_word(indicator)) is not None:
        return aliased  # 2.86万支（剂） against ≥3万剂: the cell says 支 is 剂
    if (slashed := _slashed_period_rate(target, actual)) is not None:
        return evolve(indicator, actual=slashed)  # 1000元/人·年 against ≥90元/人·月
    if (yearly := _label_per_yearly(target, actual)) is not None:
        return evolve(indicator, actual=yearly)  # 每站3.6万元/年 against ≤3.5万元/站
    if not target.unit or not actual.unit or ("/" in target.unit and "/" in actual.unit):
        return indicator
    if (rated := _period_rate(target, actual, year, whole_year=whole_year)) is not None:
        return evolve(indicator, actual=rated)  # 每周巡查1次 against ≥1次/周: 1次/周
    if _period_conflict(target, actual, year):
        return indicator  # 每人每年1000元 against ≥100元/人·月: apart (p35 H1)
    target_people, actual_people = _people_unit(target.unit), _people_unit(actual.unit)
    if (
        target_people is not None
        and actual_people is not None
        and target_people[1] != actual_people[1]
        and _COUNTS_PEOPLE_RE.search(indicator.name)
    ):
        # 105人 for ≥100名, 230人 for ≥200位 (r28): the people counted, in the target's
        # word; 4.8万名 for ≥5万人 keeps its scale (p33fix H3: 4.8万人)
        unit = actual_people[0] + target_people[1]
        return evolve(indicator, actual=evolve(actual, unit=unit))
    if (visits := _items_as_visits(target, actual, indicator)) is not None:
        return evolve(indicator, actual=visits)  # 巡检设备326台 against ≥300台次: met
    if (target.unit in _BARE_MASS_UNITS or actual.unit in _BARE_MASS_UNITS) and (
        substance := _substance_mass(indicator, target, actual)
    ) is not None:
        return substance  # 950吨 against ≤1000吨CO2 on 碳排放: tonnes of CO2 (parse56 F14)
    if "/" in actual.unit:
        over, _, under = _per_spelling(actual.unit).partition("/")
        per = _per_of(target.label) or _per_of(indicator.name)
        if per is None and target.label:
            # 每座补助不超过25万元 with 28万元/座: the target's per, its verb dropped
            per = _label_per_under(target.label, under)[1]
        if (
            per is None
            and _UNIT_COST_RE.search(f"{target.label or ''} {indicator.name}") is not None
            and _unit(over).base == "元"
            and not _is_time_unit(under)
        ):
            # 单价 不高于4.5万元 with 4.38万元/台: a unit cost per whatever the actual
            # names, as ≤4.5万元/台 with a bare 4.38万元 is (parse16 M2)
            per = under
        if (
            per is None
            or not _PER_UNDER_RE.fullmatch(under)
            or not _same_per(per, under)
            or _factors(target.unit, over) is None
        ):
            return indicator
        return evolve(indicator, target=evolve(target, unit=f"{target.unit}/{under}"))
    over, _, under = _per_spelling(target.unit).partition("/")
    if _SCORING_ALIASES.get(under) == "百公里":
        # ≤15kW·h/100km with 百公里电耗16.2千瓦时: /100km is /百公里 for any unit (a6566 gap)
        under = "百公里"
    elif _SCORING_ALIASES.get(under) == "单位":
        under = "单位"  # ≤200元/U with 每单位216元: per blood unit (p34 M1)
    if (
        not over
        or over == "%"
        # /10万人: per 10万 people, named by 每十万就业人员 (parse36 H2)
        or not (
            _PER_UNDER_RE.fullmatch(under)
            or _TEN_WAN_UNDER_RE.fullmatch(under)
            # /km is /公里 (parse37 H5)
            or _PER_UNDER_RE.fullmatch(voc.UNIT_ALIASES.get(under, under))
        )
        or _factors(over, actual.unit) is None
    ):
        return indicator
    label, per = _label_per_under(actual.label, under)
    if (
        per is None
        and label
        and _UNIT_PRICE_LABEL_RE.fullmatch(label) is not None
        and _unit(over).base == "元"
        and not _is_time_unit(under)
    ):
        per = under  # 单价1.35万元, 采购单价128万元 against ≤1.2万元/套: per 套 (parse37 H6)
    if label and (per is None or not _same_per(per, under)):
        return indicator
    # 每千人口托位数 ≥4.5个/千人 with a bare 4.2个: the name says the count is per 千人
    # already, the rate itself (parse30 M3)
    named = (
        per is None
        and not _is_time_unit(under)
        and (name_per := _per_of(indicator.name)) is not None
        and name_per != "人"
        and _same_per(name_per, under)
    )
    if per is None and not named and (_unit(over).base != "元" or _is_time_unit(under)):
        return indicator  # 12次 against 1次/月: a count of the year, no cost per month
    if per is None and _total_for_unit_cost(target, actual, indicator):
        return indicator  # 2480万元 against ≤2800元/平方米: a total, no unit cost
    if per is None and actual.label and _verb_total(target, actual, over):
        return indicator  # 补助120万元 against ≤25万元/座: likelier a total (regress74 U1)
    return evolve(indicator, actual=evolve(actual, unit=f"{actual.unit}/{under}"))


# Units of mass written bare, which a row of standard coal or of carbon dioxide reads as
# its substance's (节约标煤620吨 against ≥500吨标准煤, 950吨 against ≤1000吨CO2 on 碳排放).
_BARE_MASS_UNITS: Final = frozenset(
    {"吨", "t", "T", "千吨", "万吨", "万t", "亿吨", "千克", "kg", "公斤"}
)
# The substances a mass is of (the base of their units), the name as their unit spells it
# and the words of a row's name or labels that name it (标煤, 碳排放, 二氧化碳, 温室气体).
_SUBSTANCES: Final = MappingProxyType(
    {
        "千克标准煤": ("标准煤", ("煤", "节能", "能耗", "耗能")),
        "千克二氧化碳": ("二氧化碳", ("碳", "CO2", "CO₂", "温室气体")),
    }
)
# The unit of a mass of a substance by its factor in kilograms (吨标准煤 is 1000 千克标准煤).
_SUBSTANCE_MASSES: Final = MappingProxyType(
    {
        Decimal(1): "千克",
        Decimal(1000): "吨",
        Decimal(1_000_000): "千吨",
        Decimal(10_000_000): "万吨",
        Decimal(100_000_000_000): "亿吨",
    }
)


def _substance_mass(
    indicator: Indicator, target: Comparison | Range, actual: Quantity
) -> Indicator | None:
    """A bare mass on one side read as the other side's substance (parse56 F14), else None.

    ``节约标煤620吨`` against ``≥500吨标准煤`` and ``950吨`` against ``≤1000吨CO2`` on a 碳排放
    row: the tonnes are of the row's substance, which its name or a label names (煤, 节能,
    能耗; 碳, 二氧化碳, 温室气体). Not on a row naming neither (a 吨 of waste is no CO2).

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("碳排放", target=parse_target("≤1000吨CO2"), actual=parse_value("950吨"))
    >>> str(_substance_mass(row, row.target, row.actual).actual)
    '950(吨二氧化碳)'
    >>> row = Indicator(
    ...     "垃圾清运量", target=parse_target("≤1000吨CO2"), actual=parse_value("950吨")
    ... )
    >>> _substance_mass(row, row.target, row.actual) is None
    True
    """
    bare_target = target.unit in _BARE_MASS_UNITS
    bare, other = (target.unit, actual.unit) if bare_target else (actual.unit, target.unit)
    if bare is None or other is None or other in _BARE_MASS_UNITS:
        return None
    found = _SUBSTANCES.get(_unit(other).base)
    if found is None:
        return None
    spelled, words = found
    said = f"{indicator.name} {target.label or ''} {actual.label or ''}"
    if not any(word in said for word in words):
        return None
    if bare_target:
        # 1200吨二氧化碳 against ≥1000吨: the actual in plain tonnes, the target as written
        mass = _SUBSTANCE_MASSES.get(_unit(other).factor)
        return None if mass is None else evolve(indicator, actual=evolve(actual, unit=mass))
    mass = _SUBSTANCE_MASSES.get(_unit(bare).factor / 1000)
    if mass is None:
        return None
    return evolve(indicator, actual=evolve(actual, unit=f"{mass}{spelled}"))


# How many times the per-unit figure an amount after a bare subsidy verb (补助120万元,
# no per word) may be and still be read per unit: such a verb reads more like a total
# than a bare figure does, so the bar is lower than :data:`_TOTAL_RATIO` (regress74 U1).
_VERB_TOTAL_RATIO: Final = Decimal(2)


def _verb_total(target: Comparison | Range, actual: Quantity, over: str) -> bool:
    """Whether a verb-labelled amount is over :data:`_VERB_TOTAL_RATIO` times the target.

    ``补助120万元`` against ``≤25万元/座`` (4.8 times): a total for several 座, not a
    subsidy per 座 overspent; ``补助28万元`` (1.12 times) is per 座.

    >>> from perftrack import parse_target, parse_value
    >>> target = parse_target("≤25万元/座")
    >>> [_verb_total(target, parse_value(t), "万元") for t in ("补助120万元", "补助28万元")]
    [True, False]
    """
    if not isinstance(target, Comparison) or target.value <= 0:
        return False
    factors = _factors(over, actual.unit or over)
    if factors is None:
        return False
    return actual.value * factors[1] > target.value * factors[0] * _VERB_TOTAL_RATIO


# One word in brackets after a unit (万支（剂）): the measure word's other name.
_NOTED_WORD_RE: Final = re.compile("[\u3400-\u9fff]")


def _noted_alias(unit: str, word: str) -> str:
    """The unit a one-word bracket after *unit* names.

    ``5万人（次）`` is 万人次 (a 次 appended, regress74); ``万支（剂）`` is 万剂 (the word in
    place of the measure word).

    >>> _noted_alias("人", "次"), _noted_alias("万支", "剂")
    ('人次', '万剂')
    """
    return unit + word if word == "次" else unit[:-1] + word


def _noted_measure_word(indicator: Indicator) -> Indicator | None:
    """*indicator* with a unit the cell names in brackets as the other side's, else None.

    ``2.86万支（剂）`` against ``≥3万剂`` and ``2.86万支`` against ``≥3万剂（支）``: the
    author says 支 and 剂 are one unit, as ``件（套）`` does (parse32 M2). Only when the
    units are otherwise incomparable and the bracket's word makes them comparable.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("冻精", target=parse_target("≥3万剂"), actual=parse_value("2.86万支（剂）"))
    >>> _noted_measure_word(row).actual.unit
    '万剂'
    """
    target, actual = indicator.target, indicator.actual
    if (
        not isinstance(target, Comparison)
        or not isinstance(actual, Quantity)
        or not target.unit
        or not actual.unit
        or _factors(target.unit, actual.unit) is not None
    ):
        return None
    if actual.note and _NOTED_WORD_RE.fullmatch(actual.note):
        alias = _noted_alias(actual.unit, actual.note)
        if _factors(target.unit, alias) is not None:
            return evolve(indicator, actual=evolve(actual, unit=alias))
    if target.note and _NOTED_WORD_RE.fullmatch(target.note):
        alias = _noted_alias(target.unit, target.note)
        if _factors(alias, actual.unit) is not None:
            return evolve(indicator, target=evolve(target, unit=alias))
    return None


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
# Visits (家次, 户次, 车次, 架次, like 人次) are a count of their own, not of 家 or 户.
_MEASURE_WORDS: Final = (
    "人次", "家次", "户次", "车次", "架次", "辆次", "台次", "件次", "场次", "批次", "个", "名", "人", "户", "家", "所", "座", "条", "项",
    "台", "辆", "套", "处", "间", "栋", "本", "册", "件", "场", "张", "份",
    "卷", "页", "尾", "枚", "艘", "起",
    # events and their batches counting the work (4次培训, 第4轮监测, 3期培训班, 2篇报告;
    # parse40 LOW, regress101 c06)
    "次", "期", "轮", "批", "篇",
)  # fmt: skip
_COUNTED_NOUN_RE: Final = re.compile(r"[\u3400-\u9fff]{1,6}")


def _counted(unit: str) -> tuple[str, str] | None:
    """A measure word and the noun it counts (名学生 → 名, 学生); None for any other unit."""
    if unit in voc.KNOWN_UNITS:
        return None
    for word in _MEASURE_WORDS:
        noun = unit[len(word) :]
        if unit == word:
            return None  # 家次 is visits, no 家 counting a noun 次 (p17 H2)
        if unit.startswith(word) and _COUNTED_NOUN_RE.fullmatch(noun):
            return voc.COUNT_SYNONYMS.get(word, word), noun  # 场次演出 counts in 场
    return None


# What a per-year unit price adds to its unit (元/平方米·年, also spelt 元/平方米/年).
_YEAR_LEFT_OUT: Final = "·年"
_YEAR_AFTER_SLASH: Final = "/年"
#: A figure with the year left out under this share of the per-year figure on the other
#: side is more likely a price per month (物业费 3.2元/平方米 against ≤36元/㎡·年: 38.4 a
#: year): read as a year's, it would be under a sixth of the bar, while read as a month's
#: it is at most twice the bar. Under it the period is unclear: unit-mismatch (regress42 W3).
_YEAR_LEFT_OUT_SHARE: Final = Decimal(6)


def _per_year_spelling(unit: str) -> str:
    """``元/平方米/年`` is ``元/平方米·年``: one per-year price, two spellings.

    >>> _per_year_spelling("元/平方米/年"), _per_year_spelling("次/年")
    ('元/平方米·年', '次/年')
    """
    if unit.endswith(_YEAR_AFTER_SLASH) and unit.count("/") == 2:  # noqa: PLR2004
        return unit.removesuffix(_YEAR_AFTER_SLASH) + _YEAR_LEFT_OUT
    return unit


def _year_left_out(left: str, right: str) -> str | None:
    """The unit that writes the year when the other leaves it out, else None.

    ``元/平方米·年`` (or ``元/平方米/年``) against ``元/平方米``: a price per ㎡ a year
    and the same price with the year left out (parse19 M1).
    """
    left, right = _per_year_spelling(left), _per_year_spelling(right)
    if "/" not in min(left, right, key=len):
        return None
    if left.removeprefix(right) == _YEAR_LEFT_OUT:
        return "left"
    if right.removeprefix(left) == _YEAR_LEFT_OUT:
        return "right"
    return None


def _year_dropped(left: str, right: str) -> tuple[str, str, str] | None:
    """Both units with the year dropped, and the side that wrote it, across money multiples.

    ``万元/TB`` against ``元/TB·年``: ``万元/TB`` and ``元/TB``, the year on the right
    (parse38 H7: a period-less price in another multiple of the money unit).

    >>> _year_dropped("万元/TB", "元/TB·年"), _year_dropped("元/TB·月", "元/TB·年")
    (('万元/TB', '元/TB', 'right'), None)
    """
    left, right = _per_year_spelling(left), _per_year_spelling(right)
    if "/" not in left or "/" not in right or ("·" in left and "·" in right):
        return None
    for yearly, other, side in ((left, right, "left"), (right, left, "right")):
        # 元/人·年 too (0.1万元/人 against ≤1200元/人·年, r97fix; a standard per head is
        # read in the bar's period first, _standard_period_read)
        if yearly.endswith(_YEAR_LEFT_OUT) and "·" not in other:
            bare = yearly.removesuffix(_YEAR_LEFT_OUT)
            if bare.split("/", 1)[1] == other.split("/", 1)[1]:
                return (bare, other, side) if side == "left" else (other, bare, side)
    return None


# A money standard per person and period (元/人·年, 元/人/月): the person may be left out.
_PER_PERSON_PERIOD_RE: Final = re.compile(r"(?P<money>[^/·]+)/人[·/](?P<period>年|月|日|天)")


def _person_left_out(left: str, right: str) -> bool:
    """Whether one unit is a standard per person and period, the other that without the person.

    ``7560元/年`` against ``≥7200元/人·年``, ``1500元/月`` against ``1500元/人·月``: a
    standard per head answered as the amount a year (a month) it gives each (parse54 M2).
    The same money unit and period on both sides; ``元`` against ``元/人`` (a total and a
    head's share) is no such pair.

    >>> _person_left_out("元/人·年", "元/年"), _person_left_out("元/月", "元/人/月")
    (True, True)
    >>> _person_left_out("元/人·年", "万元/年"), _person_left_out("元/人", "元")
    (False, False)
    """
    for per_person, other in ((left, right), (right, left)):
        found = _PER_PERSON_PERIOD_RE.fullmatch(per_person)
        if found is not None and other == f"{found['money']}/{found['period']}":
            return True
    return False


def _year_price_unclear(target: Comparison | Range, quantity: Quantity) -> bool:
    """Whether a price with the year left out is too small to be a year's (regress42 W3).

    ``3.2元/平方米`` against ``≤36元/㎡·年`` is under a sixth of the bar
    (:data:`_YEAR_LEFT_OUT_SHARE`): more likely 3.2 a month, so the two stay apart
    (unit-mismatch) rather than met; ``118元/平方米`` against ``≤120元/平方米·年`` is
    the year's price. The same the other way: a target with the year left out far
    under an actual per year.

    >>> from perftrack import parse_target, parse_value
    >>> [
    ...     _year_price_unclear(parse_target(t), parse_value(a))
    ...     for t, a in (
    ...         ("≤36元/㎡·年", "3.2元/平方米"),
    ...         ("≤120元/平方米/年", "118元/平方米"),
    ...         ("≤120元/㎡·年", "25元/平方米"),
    ...         ("≤3.5元/平方米", "40元/平方米·年"),
    ...     )
    ... ]
    [True, False, False, True]
    """
    if target.unit is None or quantity.unit is None:
        return False
    bar = target.high if isinstance(target, Range) else target.value
    value = quantity.value
    if _person_left_out(target.unit, quantity.unit):
        # 7560元/年 against ≥7200元/人·年 is a head's; more than six times apart, a total
        # (3600000元/年) or a share of one: the two stay apart (parse54 M2)
        low, high = sorted((abs(bar), abs(value)))
        return high > low * _YEAR_LEFT_OUT_SHARE
    yearly = _year_left_out(target.unit, quantity.unit)
    if yearly is None and (dropped := _year_dropped(target.unit, quantity.unit)) is not None:
        # 0.09万元/TB against ≤800元/TB·年: the multiples brought to one (parse38 H7)
        factors = _factors(dropped[0], dropped[1])
        if factors is None:
            return False
        yearly, bar, value = dropped[2], bar * factors[0], value * factors[1]
    if yearly is None:
        return False
    per_year, left_out = (bar, value) if yearly == "left" else (value, bar)
    return per_year > 0 and left_out * _YEAR_LEFT_OUT_SHARE < per_year


# The letters a damaged font or an OCR gives for digits (O for 0, l and I for 1).
_DIGIT_LETTERS: Final = "OolI"


def letters_for_digits_unit(value: object) -> bool:
    """Whether *value*'s unit is letters standing for digits after its figure (r38h 1).

    ``26OO`` is read by the value language as 26 in the unit ``OO`` (with no unit of its
    own after it, the letters are not read as digits, as in ``26OO人``): no unit, the
    figure's own zeros. A unit of the letters O, o, l, I holding an O (``OO``, ``O``,
    ``lO``) is such a remnant; ``l`` alone is a litre (``5l``), and any other letter
    makes a unit (``km``, ``xy``).

    Example:
        >>> from perftrack.expressions import parse_value
        >>> [letters_for_digits_unit(parse_value(t)) for t in ("26OO", "3O", "5l", "5km")]
        [True, True, False, False]
    """
    unit = getattr(value, "unit", None)
    return (
        isinstance(unit, str)
        and bool(unit)
        and not unit.strip(_DIGIT_LETTERS)
        and ("O" in unit or "o" in unit)
    )


# A run of digits with O or o for some of its zeros (26OO, 2,6OO, 1O0): see
# letters_for_digits_target. A letter or a digit before it, a letter after it make a name.
_LETTER_ZEROS_RE: Final = re.compile(r"(?<![A-Za-z0-9.,])\d[\d.,Oo]*[Oo][\d.,Oo]*(?![A-Za-z])")


def letters_for_digits_target(target: object) -> bool:
    """Whether a descriptive *target* is a figure or a range with O for some zeros (r39g).

    ``26OO-3OOO``, ``26OO至3OOO`` and ``2,6OO`` (no unit after the letters) are not read
    by the value language and stay descriptive; with the letters as zeros they are a
    range and a figure: the target's figure is there, unread, as in ``≥26OO`` (26 in the
    unit ``OO``, :func:`letters_for_digits_unit`, r38j 2). ``O2O平台`` is a name.

    Example:
        >>> [letters_for_digits_target(parse_target(t)) for t in ("26OO-3OOO", "O2O平台")]
        [True, False]
    """
    if not isinstance(target, Descriptive):
        return False
    text = target.description
    if "O" not in text and "o" not in text:
        return False
    digits = _LETTER_ZEROS_RE.sub(
        lambda found: found.group().replace("O", "0").replace("o", "0"), text
    )
    if digits == text:
        return False
    try:
        read = parse_target(digits)
    except ExpressionError:
        return False
    return isinstance(read, (Comparison, Range))


# Days and months: no exact multiple, but a month is 28 to 31 days (parse23 M7).
DAY_UNITS: Final = frozenset({"天", "日", "自然日", "个自然日"})
MONTH_UNITS: Final = frozenset({"个月", "月"})


def days_and_months(left: str | None, right: str | None) -> bool:
    """Whether one unit counts days and the other months (``天`` and ``个月``).

    >>> days_and_months("个月", "天"), days_and_months("天", "小时")
    (True, False)
    """
    return (left in DAY_UNITS and right in MONTH_UNITS) or (
        left in MONTH_UNITS and right in DAY_UNITS
    )


@lru_cache(maxsize=1024)  # two unit strings in, two Decimals out: asked ~3 times a row
def _factors(left: str | None, right: str | None) -> tuple[Decimal, Decimal] | None:
    """Factors that bring two units to one base, or None when incomparable.

    A noun on one side only narrows nothing (500名学生 and 520名 compare); two
    different nouns (名学生, 名教师) count different things. 名 and 人 both count the
    people a noun names (500名学生, 520人); a bare 名 may be a rank (前5名).
    """
    if left is None or right is None or left == right:
        return Decimal(1), Decimal(1)
    if frozenset({left, right}) in _LOOSE_COUNT_PAIRS:
        return Decimal(1), Decimal(1)
    if _year_left_out(left, right) is not None:
        # 118元/平方米 against ≤120元/平方米·年 (or 元/平方米/年): the price per ㎡ with the
        # year left out (parse19 M1); a period written on both sides (·月 against ·年)
        # stays apart, and so does a figure too small for a year's (_year_price_unclear)
        return Decimal(1), Decimal(1)
    if _person_left_out(left, right):
        # 7560元/年 against ≥7200元/人·年: a standard per head with the head left out
        # (parse54 M2); figures far apart stay apart (_year_price_unclear)
        return Decimal(1), Decimal(1)
    if (dropped := _year_dropped(left, right)) is not None:
        # 0.09万元/TB against ≤800元/TB·年: the year left out and another money multiple,
        # the two rules at once (parse38 H7)
        return _factors(dropped[0], dropped[1])
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
    return _shared_base(left, right)


def _shared_base(left: str, right: str) -> tuple[Decimal, Decimal] | None:
    """Factors of a scale prefix before a unit the other side writes bare, else None.

    ``万空方`` against ``空方`` (parse18 M5): the prefix converts even before a unit
    :data:`perftrack.vocabulary.KNOWN_UNITS` does not hold, both sides sharing it.

    >>> _shared_base("万空方", "空方"), _shared_base("空方", "千空方"), _shared_base("万方", "空方")
    ((Decimal('10000'), Decimal('1')), (Decimal('1'), Decimal('1000')), None)
    """
    for big, small, flipped in ((left, right, False), (right, left, True)):
        prefix = big[: len(big) - len(small)]
        if (
            small
            and len(big) > len(small)
            and big.endswith(small)
            and prefix in voc.SCALE_PREFIXES
            and small not in voc.SCALE_PREFIXES
            and "/" not in small
        ):
            factor = Decimal(voc.SCALE_PREFIXES[prefix])
            return (Decimal(1), factor) if flipped else (factor, Decimal(1))
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

    ``人(次)`` is 人次 as well (regress74): 次 in brackets is the usual way of writing a
    count of 人次, not a second measure word only.

    >>> _alternatives("台/套"), _alternatives("台"), _alternatives("人(次)")
    (('台', '套'), ('台',), ('人', '次', '人次'))

    ``台套`` without brackets is the same pair of equipment (``≥10台套`` against ``10套``
    or ``10台``, score57 #9):

    >>> _alternatives("台套")
    ('台', '套')
    """
    unit = voc.UNIT_ALIASES.get(unit, unit)
    if unit == "台套":
        return ("台", "套")
    if unit[-1:] != ")":
        return (unit,)
    found = _ALTERNATIVE_UNIT_RE.fullmatch(unit)
    if found is None:
        return (unit,)
    if found[2] == "次":
        return (found[1], found[2], found[1] + found[2])
    return (found[1], found[2])


# Names of figures that are averages or per-case limits (人均培训成本, 平均办理时限, 单价):
# like a rate they may come down again, so a ceiling above them mid-year is no loss.
# The words but 时长 name an average or a limit whatever else the name says
# (_AVERAGE_WORD_RE); 时长 alone names a duration per case (故障处理时长), or a sum when
# the name or the target says so (累计停电时长, 全年停电时长, 停电时长 ``累计≤300分钟``;
# regress42 P1).
_AVERAGE_WORDS: Final = "平均|人均|户均|次均|生均|亩均|单价|均价|单位成本|时限"
_AVERAGE_NAME_RE: Final = re.compile(f"{_AVERAGE_WORDS}|时长")
_AVERAGE_WORD_RE: Final = re.compile(_AVERAGE_WORDS)
# A cost per unit of something is one too (fp21 H1, narrowed by regress36 W1): a per-unit
# base — 每 before anything but a period of time (每户改造补助, 每吨垃圾处理费; not 每年,
# 每月, 每季度), a per-hundred or per-thousand base (百公里, 千人口, 万元GDP), a cost per
# length, area or weight (公里造价), 单位面积, 单位GDP, 床日 — with what it measures the
# price, cost, standard or intensity of one unit (_UNIT_MEASURE_RE).
_UNIT_BASE_RE: Final = re.compile(
    r"每(?!年|半年|季|个?月|周|星期|天|日|旬)"
    r"|[百千万](?:公里|千米|人口|人|户|元GDP|元生产总值|元产值|元增加值)"
    r"|(?:公里|千米|平方米|平米|延米|亩|吨)(?:造价|成本|费用|单价)"
    r"|单位(?:面积|GDP|产值|增加值)|床日"
)
_UNIT_MEASURE_RE: Final = re.compile(
    "成本|造价|价|费|能耗|油耗|电耗|水耗|标准|强度|密度|拥有量|补助|补贴"
)
# A count of events or an amount over the year, per village, household or 万人, stays an
# annual total (regress36 W1): 每村年度培训次数, 每万人口刑事案件发案数, 每户年用水量,
# 每村年度运维经费, 全县每亩土地整治投入合计, 每户年度补贴总额, 千人口传染病报告例数.
_UNIT_TOTAL_RE: Final = re.compile(
    "年度|全年|合计|总|累计|共计|次数|频次|例数|件数|起数|人数|人次|户数|案件|发案"
    "|用水量|用电量|用气量|经费|投入|资金|支出"
)
# A bare 年 in a per-unit name leaves an average only of a price or a cost (每人每年体检
# 费用, 县道每公里年养护成本), not of a subsidy or a use (每户年补贴, 每户年用水量).
_UNIT_PRICE_RE: Final = re.compile("成本|造价|价|费用")


def _unit_cost_name(name: str) -> bool:
    """Whether *name* is the price, cost, standard or intensity of one unit (fp21 H1).

    Not a count or an amount over the year per unit (regress36 W1): when unsure, the
    figure is an annual total, a cumulative ceiling.

    >>> [
    ...     _unit_cost_name(name)
    ...     for name in (
    ...         "每吨垃圾处理费",
    ...         "千人口托位补助",
    ...         "每人每年体检费用",
    ...         "每村年度培训次数",
    ...         "每户年用水量",
    ...         "每户年补贴",
    ...         "每年维修费用",
    ...     )
    ... ]
    [True, True, True, False, False, False, False]
    """
    if _UNIT_BASE_RE.search(name) is None or _UNIT_MEASURE_RE.search(name) is None:
        return False
    if _UNIT_TOTAL_RE.search(name) is not None:
        return False
    return "年" not in name or _UNIT_PRICE_RE.search(name) is not None


# Names of a figure per case (单个项目审核周期, 单场会议费用, 每次活动经费): a limit on each
# case, not a sum over the year, so a figure under it mid-year is met.
_PER_CASE_NAME_RE: Final = re.compile(
    "^(?:单个|单场|单次|单项|单件|单期|每个|每场|每次|每项|每件|每期)"
)


def _may_come_down(indicator: Indicator, unit: str | None, *, unit_costs: bool = True) -> bool:
    """Whether the figure may go down during the year: a rate, a rank, an average.

    Without *unit_costs*, a unit cost's name (:func:`_unit_cost_name`) is no average.
    """
    return (
        _is_ratio(unit)
        or _average_name(indicator)
        or (unit_costs and _unit_cost_name(indicator.name))
        or _PER_CASE_NAME_RE.search(indicator.name) is not None
        or _per_case_time(indicator, unit)
        or _short_time_limit(indicator, unit)
        or _level_name(indicator, unit)
        # 平均22个工作日 against ≤30个工作日: the actual says it is an average
        or (
            indicator.actual is not None
            and _PER_CASE_AVERAGE_RE.search(_text(indicator.actual)) is not None
        )
    )


# A time taken per case (故障修复时间, 群众报修响应时间, 投诉处理时间): a limit on each
# repair, response or case, not an amount that adds up over the year. 时限, 时长 and
# 用时 name the same time (故障修复时限 is 故障修复时间; letter20 H1).
_PER_CASE_TIME_RE: Final = re.compile(
    "(?:响应|处理|修复|抢修|维修|办理|办结|审批|审核|受理|处置|回复|答复|反馈|到达|到场|抵达"
    "|出警|等候|等待|候诊|排队|解决|救援|接警)[\u4e00-\u9fff]{0,2}?(?:时间|周期|时限|时长|用时)"
)
# Words making a time per case an average (平均办理时间, 次均处理时间, 实际“平均7个工作日”):
# above the limit mid-year it may still come down.
_PER_CASE_AVERAGE_RE: Final = re.compile("平均|均值|次均|人均|户均")
# Words making a time an amount over the period (累计停电时间, 全年处理时间合计).
_TIME_SUM_RE: Final = re.compile("累计|全年|年度|总|合计|共计")


def _average_name(indicator: Indicator) -> bool:
    """Whether the name says an average or a limit per case (平均, 人均, 单价, 时限, 时长).

    A name in 时长 is a sum, not a duration per case, when the name or the target says
    so (累计停电时长, 全年停电时长 ``≤300分钟``, 停电时长 ``累计≤300分钟``; regress42 P1),
    as a name in 时间 is.

    Example:
        >>> from perftrack import parse_target
        >>> [
        ...     _average_name(Indicator(name, target=parse_target(target)))
        ...     for name, target in (
        ...         ("故障处理时长", "≤30分钟"),
        ...         ("累计停电时长", "≤300分钟"),
        ...         ("停电时长", "累计≤300分钟"),
        ...         ("平均办理时长", "全年≤5天"),
        ...     )
        ... ]
        [True, False, False, True]
    """
    name = indicator.name
    if _AVERAGE_WORD_RE.search(name) is not None:
        return True
    return "时长" in name and not _says_time_sum(indicator)


def _says_time_sum(indicator: Indicator) -> bool:
    """Whether the name or the target cell says the time is a sum over the period.

    ``累计停电时间``, or ``停电时间`` with the target ``全年累计≤300分钟`` (regress42 W2):
    a running total that can still go over the ceiling by December.
    """
    if _TIME_SUM_RE.search(indicator.name) is not None:
        return True
    target = indicator.target
    return (
        isinstance(target, (Comparison, Range))
        and _TIME_SUM_RE.search(f"{target.label or ''}{_text(target)}") is not None
    )


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
        ...         ("故障修复时限", "小时"),
        ...         ("投诉处理时间", "个工作日"),
        ...         ("全年累计停电时间", "小时"),
        ...         ("故障修复时间", "次"),
        ...     )
        ... ]
        [True, True, True, False, False]
    """
    return (
        unit in _DURATION_UNITS
        and _PER_CASE_TIME_RE.search(indicator.name) is not None
        and not _says_time_sum(indicator)
    )


def _limit_time_plan(indicator: Indicator, planned: Quantity) -> bool:
    """Whether a bare plan in a unit of time, under a target in words, is a time limit.

    ``水毁路段抢通时限 | 主干线24h内，其他48h内`` with the plan ``24小时``: a name in 时限
    (or 时长 not summed) is a limit per case, so a time below the plan is ahead (p45 H5).

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> row = Indicator("抢通时限", target=parse_target("主干线24h内，其他48h内"))
        >>> plan = parse_value("24小时")
        >>> _limit_time_plan(row, plan), _limit_time_plan(evolve(row, name="抢通路段"), plan)
        (True, False)
    """
    name = indicator.name
    return (
        ("时限" in name or "时长" in name)  # (a cheap guard: a name of a limit)
        and isinstance(indicator.target, Descriptive)  # (a target of two limits, in words)
        and planned.unit in _DURATION_UNITS
        and planned.bound is _Bound.EXACT
        and ("时限" in name or not _says_time_sum(indicator))
    )


# Units of time too short for a year's total: a limit on each case (≤45分钟, 30秒内).
_SHORT_TIME_UNITS: Final = frozenset({"分钟", "秒"})
# A ceiling of time written as a limit (1小时内, 3个工作日以内): each case within it.
_WITHIN_RE: Final = re.compile("(?:以内|之内|内)$")
# A limit then what is done in it (3个工作日内拨付, 5日内办结到位).
_WITHIN_THEN_RE: Final = re.compile("(?:以内|之内|内)[\u4e00-\u9fff]{1,4}$")
# A name of a level, not an amount (交通拥堵指数, 基尼系数, 噪声强度): it may go down. A name
# ending in 率 (亿元GDP死亡率, 万车死亡率, 漏损率) is a ratio of two running totals (parse36 H1).
_LEVEL_NAME_RE: Final = re.compile(
    "指数|系数|比值|比率|浓度|密度|强度|等级|指标值|率(?:[（(][^）)]*[）)])?$"
)


def _short_time_limit(indicator: Indicator, unit: str | None) -> bool:
    """Whether a ceiling of time is a limit per case, not a running total (parse19 M7).

    ``1小时内`` (a limit: ``内``, also before what is done in it, ``受理后3个工作日内拨付``)
    and a figure in 分钟 or 秒 (``≤45分钟``) do not add up over the year, unless the
    name or the target says they do (累计, 全年, 总: ``全年累计停电时间``, a target
    ``累计≤300分钟``; regress42 W2).

    Example:
        >>> from perftrack import parse_target
        >>> row = Indicator("车辆检验预约办理", target=parse_target("1小时内"))
        >>> _short_time_limit(row, "小时"), _short_time_limit(Indicator("全年停电时间"), "分钟")
        (True, False)
    """
    if unit not in _DURATION_UNITS or _says_time_sum(indicator):
        return False
    if unit in _SHORT_TIME_UNITS:
        return True
    target = indicator.target
    return (
        isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.LT)
        and (
            _WITHIN_RE.search(_text(target).strip()) is not None
            # 受理后3个工作日内拨付, 3个工作日内拨付到位: a time after each event (parse20 M6)
            or (target.label or "").endswith("后")
            or _WITHIN_THEN_RE.search(_text(target).strip()) is not None
        )
    )


def _level_name(indicator: Indicator, unit: str | None) -> bool:
    """Whether a figure with no unit is a level or a rate (交通拥堵指数 ≤1.6, 死亡率 ≤0.015)."""
    return unit is None and _LEVEL_NAME_RE.search(indicator.name) is not None


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


# A figure then 余 or 多 (四百余座, 一百二十余次, 400余座, 3万余人, 90多人, 九十多人):
# "and some", under the next step of its last stated place; 多于 is "more than" alone.
_ODD_AFTER_FIGURE_RE: Final = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿](余|多(?!于))")


def _odd_reach(quantity: Quantity) -> Decimal | None:
    """The figure a ``N余`` stays under: the next step of its last stated place, or None.

    四百余 is under 500, 一百二十余 under 130, 190余 under 200 (parse17 M1); 多 after
    the figure is the same (90多人 under 100, 1000多人 under 2000: score57 F3); any other
    quantity over a figure (超过400座) has no upper reach.

    >>> from perftrack import parse_value
    >>> [str(_odd_reach(parse_value(text))) for text in ("四百余座", "一百二十余次", "400余座")]
    ['500', '130', '500']
    >>> [str(_odd_reach(parse_value(text))) for text in ("90多人", "九十多人", "1.5万多人")]
    ['100', '100', '1.6']
    >>> _odd_reach(parse_value("超过400座")) is None
    True
    """
    text = quantity.text
    if quantity.value <= 0 or _ODD_AFTER_FIGURE_RE.search(text) is None:
        return None
    if "超" in text or "以上" in text or "多于" in text:
        return None  # 超过500人（其中女性20余人）: the bound is another word's
    exponent = quantity.value.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return None
    return quantity.value + Decimal(1).scaleb(exponent)


def _odd_word(quantity: Quantity) -> str:
    """The word of "and some" after *quantity*'s figure: ``多`` (90多人) or ``余`` (any other).

    >>> from perftrack import parse_value
    >>> _odd_word(parse_value("90多人")), _odd_word(parse_value("90余人"))
    ('多', '余')
    """
    found = _ODD_AFTER_FIGURE_RE.search(quantity.text)
    return "多" if found is not None and found[1] == "多" else "余"


# An interval's ends, closed or open, and whether it is approximate, by name: _interval
# builds its intervals with positional fields.
_CLOSED: Final = True
_OPEN: Final = False
_ROUGH: Final = True
_SHARP: Final = False


def _interval(quantity: Quantity, factor: Decimal) -> _Interval:
    # positional fields (low, low_closed, high, high_closed, approximate): a NamedTuple
    # built with keywords costs about twice as much, and this runs for every comparison
    value = quantity.value * factor
    bound = quantity.bound
    if _near_below(quantity):
        # 近500人 against ≥500人: just under the figure, which does not reach it
        return _Interval(
            _near_floor(quantity.value, quantity.unit) * factor, _CLOSED, value, _OPEN, _ROUGH
        )
    if bound is _Bound.AT_LEAST:
        return _Interval(value, _CLOSED, None, _OPEN, _SHARP)
    if bound is _Bound.MORE_THAN:
        reach = _odd_reach(quantity)
        high = None if reach is None else reach * factor
        return _Interval(value, _OPEN, high, _OPEN, _SHARP)
    if bound is _Bound.AT_MOST:
        return _Interval(None, _OPEN, value, _CLOSED, _SHARP)
    if bound is _Bound.LESS_THAN:
        return _Interval(None, _OPEN, value, _OPEN, _SHARP)
    return _Interval(value, _CLOSED, value, _CLOSED, bound is _Bound.APPROXIMATELY)


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
    last = _LAST_DIRECTION[0]
    if last[0] is indicator:
        return last[1]  # the row asked just before (held here, so no other object's id)
    direction = _direction_of(indicator)
    _LAST_DIRECTION[0] = (indicator, direction)
    return direction


# The last row direction_of decided, and its direction: the verdict's rules, the scorecard
# and the points ask it of one row one after another (speedS5c). A row is frozen, so
# its direction stays; the slot holds the row itself, so an identity test is safe.
_LAST_DIRECTION: Final[list[tuple[Indicator | None, Direction]]] = [(None, _Direction.HIGHER)]


def _direction_of(indicator: Indicator) -> Direction:
    """:func:`direction_of`, decided."""
    target = indicator.target
    # (a target without a label has no words of its own: _change_direction's first test,
    # asked here without the calls; this runs several times a row, speedS5c)
    if (
        isinstance(target, (Comparison, Range))
        and target.label is not None
        and (own := _own_change_direction(indicator, target)) is not None
    ):
        return own  # 单位GDP能耗下降 in the target and the actual alike: the row's own change
    if indicator.direction is not None:
        return indicator.direction
    if isinstance(target, Range):
        return _Direction.HIGHER
    if isinstance(target, Comparison):
        if target.op in (_Op.GE, _Op.GT):
            return _Direction.HIGHER
        if target.op in (_Op.LE, _Op.LT):
            return _Direction.LOWER
        if (
            target.value <= 0
            or (
                _is_cost(indicator)
                and not _benefit_by_name(indicator.name)
                and not _subsidy_per_unit(indicator.name, target)
                and not share_better_higher(indicator.name)
            )
            or _time_taken(indicator, target)
            or _is_place(target)
            or (target.unit in ("名", "位") and _PLACE_NAME_RE.search(indicator.name))
            # 发放差错率 0.5%, 有效投诉次数 3件: a harm the name ends in is a ceiling (k28b)
            or harm_named_lower(_NAME_TAIL_RE.sub("", indicator.name.strip()).strip())
        ):
            # =0 is a ceiling; a cost row's figure is one unless it is a benefit paid
            # out (低保标准 每人每月650元: a standard paid below it is not met, p17 H1);
            # a negative figure (-5% on a 发案率) is a fall to reach, so the larger fall (-8%) is better; 工期18个月 is a time to keep within; a place
            # (全市第3名) is reached by a better, lower one (第2), never by 第5; a rate or
            # count of harm (差错率, 投诉次数, 安全事故) is kept under its figure
            return _Direction.LOWER
    return _Direction.HIGHER


# A share better higher by its name, the positive list (t31 H2; k32q): 合格率, 覆盖率, 达标率,
# 知晓率, 完成率, 及时率, 准确率, 到位率, 参与率, 通过率, 普及率, 入学率, 治愈率, 优良率,
# 满意度, 就业率, 成活率 …; not 使用率 (抗菌药物使用率 ≤20% is a harm ceiling), nor the
# complement (不合格率). A ceiling on one is a slip for a floor (ceiling-slip), a figure
# above its band meets it (scoring.md §2, score57 F4); any other rate keeps the band strict.
HIGHER_SHARE_RATE_RE: Final = re.compile(
    "(?<![不未非])(?:合格|达标|覆盖|完好|满意|知晓|普及|参保|入学|入园|接种|及格|优良|准确"
    "|正确|到位|及时|完整|合规|利用|巩固|出勤|通过|治愈|回收|处理|办结|整改|参与|开通|上线"
    "|就业|完成|成活|发芽"
    # rates of correcting, recovering or dealing with cases (差错更正率, 欠款清收率, 案件查处率,
    # 违规资金追缴率, 损失挽回率, 矛盾纠纷化解率: k72fix 4); 更正率 only of errors corrected:
    # a bare 数据更正率/申报更正率 is the share of records that needed correcting, better
    # lower (regress72 W2)
    "|(?:差错|错误)更正|清收|查处|追缴|挽回|化解)率$|(?<![不未非])满意度$"
)


# A word anywhere in a name that makes its share one of failure, better lower
# (投诉不及时处理率, 项目未按期完成率, 逾期整改率, 二次整改率; a6566 W1): a ceiling on it is
# right. Not 不动产, 非遗/非物质, 未成年, 未来, nor the defect handled (不合格整改完成率), which
# name a subject, not a failure.
_FAILURE_SHARE_WORD_RE: Final = re.compile(
    "不(?!动产|合格|达标)|未(?!成年|来|达标)|非(?!遗|物质)|逾期|超期|超时|延期|延误|滞后|拖欠|违规|违章|违法"
    "|失败|失误|差错|重复|二次|返工|返修|返贫|退回|驳回"
)
# A rate of handling (整改完成率, 整改率, 整改到位率, 办结率, 处理率, 处置率), and the failure
# words that name what is handled, not a failure of the handling (差错整改完成率,
# 违规问题整改率, 退回整改完成率: better higher; regress69 M1). 逾期, 重复, 二次, 返工 and
# 超期 qualify the handling itself (逾期整改率: better lower) and stay failure words.
_HANDLING_RATE_RE: Final = re.compile(
    "(?:整改完成|整改到位|整改|办结|处理|处置|(?:差错|错误)更正|清收|查处|追缴|挽回|化解)率$"
)
_HANDLED_OBJECT_WORD_RE: Final = re.compile("差错|违规|违章|违法|退回")


def _failure_before(name: str, end: int) -> bool:
    """Whether a failure word before *end* of *name* makes its share one of failure.

    Example:
        >>> _failure_before("逾期整改率", 4)
        True
        >>> _failure_before("差错整改完成率", 5)
        False
    """
    handling = _HANDLING_RATE_RE.search(name) is not None
    return any(
        not (handling and _HANDLED_OBJECT_WORD_RE.fullmatch(word.group()) is not None)
        for word in _FAILURE_SHARE_WORD_RE.finditer(name, 0, end)
    )


def higher_share_by_name(name: str) -> bool:
    """Whether *name* is a share known better higher: on the positive list, no failure in it.

    HIGHER_SHARE_RATE_RE or :func:`share_better_higher` (``预算执行率``, ``资金兑付率``),
    with no failure word in the name (``逾期整改率``, ``项目未按期完成率``) and no harm
    named (:func:`harm_named_lower`).

    >>> [higher_share_by_name(n) for n in ("群众满意度", "森林覆盖率", "差错整改完成率")]
    [True, True, True]
    >>> [higher_share_by_name(n) for n in ("逾期整改率", "项目未按期完成率", "资金结余率")]
    [False, False, False]
    """
    name = _NAME_TAIL_RE.sub("", name.strip()).strip()
    return (
        (HIGHER_SHARE_RATE_RE.search(name) is not None or share_better_higher(name))
        and not _failure_before(name, len(name))
        and not harm_named_lower(name)
    )


# A share better higher whatever row it is filed under (资金发放准确率, 补助资金到位率,
# 资金兑付及时率, 工程验收合格率, 覆盖率, 完成率; parse29 H1): staff file them under 成本指标,
# and there a bare ``=100%`` is a floor, not a ceiling. Not the complement (不合格率), nor a
# name of a cost or a harm (成本控制率, 费用报销及时率 stay a cost row's reading). An
# execution rate (预算执行率, 项目资金执行率, 资金使用率) is one too: many templates file it
# under 成本指标, where cost-not-ceiling asked it a ceiling (score54 H2).
_SHARE_HIGHER_NAME_RE: Final = re.compile(
    "(?<![不未非])(?:准确|正确|到位|及时|合格|达标|覆盖|完成|完好|落实|兑付|知晓|普及|执行"
    "|(?:资金|经费|预算)(?:使用|支付))率$"
)


def share_better_higher(name: str) -> bool:
    """Whether *name* is a share better higher on any row, a 成本指标 one too (parse29 H1).

    >>> [
    ...     share_better_higher(n)
    ...     for n in ("低保资金发放准确率", "资金发放准确率(b)", "补助资金到位率", "预算执行率")
    ... ]
    [True, True, True, True]
    >>> [
    ...     share_better_higher(n)
    ...     for n in ("产品不合格率", "成本控制率", "费用报销及时率", "设备采购费")
    ... ]
    [False, False, False, False]
    """
    name = _NAME_TAIL_RE.sub("", name.strip()).strip()
    return _SHARE_HIGHER_NAME_RE.search(name) is not None and not _harm_or_cost(name)


# A subsidy paid per unit (处理补助 80元/头, 改造补助 300元/平方米): a standard paid out.
_SUBSIDY_NAME_RE: Final = re.compile(r"(?:补助|补贴|津贴|奖补|补偿)(?:资金|金)?\d*$")
_PER_UNIT_MONEY_RE: Final = re.compile("(?:千|万)?元/.+")
# A name saying the subsidy has a cap (单台设备购置补贴（不超过售价30%）): a ceiling still.
_CAPPED_RE: Final = re.compile("不超过|不高于|不得超过|上限|最高|封顶")


def _subsidy_per_unit(name: str, target: Comparison) -> bool:
    """Whether a cost row's ``=`` is a subsidy's standard per unit, better higher (parse22 H3).

    ``处理补助`` of ``80元/头`` is paid per head: ``按60元/头兑付`` is paid below it, not a
    cost kept under a ceiling. A sum in 元 alone (``设备补贴 =20万元``) stays a cost.

    >>> from perftrack import parse_target
    >>> _subsidy_per_unit("处理补助", parse_target("80元/头"))
    True
    >>> _subsidy_per_unit("单台设备购置补贴（最高不超过售价30%）", parse_target("500元/台"))
    False
    >>> _subsidy_per_unit("设备补贴", parse_target("20万元"))
    False
    """
    capped = _CAPPED_RE.search(name) is not None  # a cap said, in the tail too (regress46)
    name = _NAME_TAIL_RE.sub("", name.strip()).strip()
    return (
        target.unit is not None
        and _PER_UNIT_MONEY_RE.fullmatch(target.unit) is not None
        and _SUBSIDY_NAME_RE.search(name) is not None
        and not _harm_or_cost(name)
        and not capped
    )


def _fixed_standard(name: str, target: Comparison) -> bool:
    """Whether an ``=`` of money per unit is a standard paid out (补助, 补贴, 津贴…标准).

    A subsidy per unit (:func:`_subsidy_per_unit`: ``处理补助 =80元/头``) or a name of a
    benefit's standard (``补助标准``, ``补贴标准``, ``津贴标准``) with ``=`` money per
    unit: paying above it is an over-payment, not a target set low (g23d).

    >>> from perftrack import parse_target
    >>> [
    ...     _fixed_standard(name, parse_target(goal))
    ...     for name, goal in (
    ...         ("处理补助", "=80元/头"),
    ...         ("补助标准", "=80元/头"),
    ...         ("补助标准", "≥80元/头"),
    ...         ("培训人数", "=80人"),
    ...     )
    ... ]
    [True, True, False, False]
    """
    if target.op is not _Op.EQ or target.unit is None:
        return False
    if _PER_UNIT_MONEY_RE.fullmatch(target.unit) is None:
        return False
    bare = _NAME_TAIL_RE.sub("", name.strip()).strip()
    return _subsidy_per_unit(name, target) or (
        _STANDARD_NAME_RE.search(bare) is not None and not _CAPPED_RE.search(name)
    )


# A name of a benefit's standard paid per unit (补助标准, 补贴发放标准, 津贴标准).
_STANDARD_NAME_RE: Final = re.compile(
    r"(?:补助|补贴|津贴|奖补|补偿|慰问|抚恤)[\u4e00-\u9fff]{0,2}标准$"
)


def _is_place(target: Comparison) -> bool:
    """Whether *target* is a place in a ranking: an ordinal (``全市第3名``, ``排名第3``).

    The ordinal of a place has no unit or a unit of places (名, 位); the third batch or
    stage of a work (``完成第3批``, ``第2期``, ``第3阶段``) is a count reached, no place.

    >>> from perftrack import parse_target
    >>> [_is_place(parse_target(t)) for t in ("全市第3名", "保持全省第1", "全省前3名", "3名")]
    [True, True, False, False]
    >>> [_is_place(parse_target(t)) for t in ("完成第2期", "完成第3批", "全市排名第3位")]
    [False, False, True]
    """
    return (
        target.op is _Op.EQ and (target.label or "").endswith("第") and target.unit in _PLACE_UNITS
    )


# A name that counts a place in a ranking (文明城市测评排名 =3名: the 3rd place or better).
_PLACE_NAME_RE: Final = re.compile("排名|名次|排位|位次")
# The units of a place in a ranking (全市第3名, 第2位), or none (保持全省第1).
_PLACE_UNITS: Final = frozenset({None, "名", "位"})


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
    # a service the public waits for (regress60 P3): 投诉处理时间, 急救反应时间, 报告出具时间
    "|处理时间|处理时长|反应时间|反应时长|出具|发放|通关|调解|登记|出动"
)
# Words of a time taken that a 时长 beside them does not make given (故障处理时长).
_TIME_TAKEN_BEFORE_GIVEN_RE: Final = re.compile("处理时间|处理时长|反应时间|反应时长")
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


# A range on a time (regress56 W1): lower is better only for a time taken (响应, 办理,
# 等待, 维修, 处置, 到达, 审批…); a time given (培训时长, 开放时间, 运行时长, 就业时间) or
# an amount of time saved (减少群众办事时间) is higher is better, as any range is.
_RANGE_TIME_RE: Final = re.compile("时限|时长|时间|用时|耗时|时延|延时")
_TIME_SAVED_RE: Final = re.compile("减少|缩短|节约|节省|压缩|降低")
_RANGE_TIME_TAKEN_RE: Final = re.compile(f"{_TIME_TAKEN_RE.pattern}|维修|检修|时延|延时")


def range_time_given(name: str) -> bool:
    """Whether a range on *name* bounds a time given or saved, not a time taken.

    Only a time taken (by its name: :data:`_TIME_TAKEN_RE`, 维修, 检修) is better lower
    for a range; a harm or a cost of a time (停电时长, 延误时间) stays better lower too.

    >>> [range_time_given(n) for n in ("人均培训时长", "就业时间", "减少群众办事时间")]
    [True, True, True]
    >>> [range_time_given(n) for n in ("故障响应时间", "平均维修时长", "传染病发病率")]
    [False, False, False]
    """
    if _RANGE_TIME_RE.search(name) is None:
        return False
    if _TIME_SAVED_RE.search(name) is not None:
        return True
    if _harm_or_cost(name) and not _handled(name):
        return False  # 停电时长, 延误时间: the harm, better lower
    return _RANGE_TIME_TAKEN_RE.search(name) is None


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
    if _TIME_TAKEN_BEFORE_GIVEN_RE.search(name + label) is not None:
        return True  # 故障处理时长 4小时: taken, though 时长 (regress60 P3)
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
    if target.label is None:
        return direction_of(indicator)  # no words of its own (_change_direction's first test)
    # 单位GDP能耗下降3% with 单位GDP能耗下降3.5% on a 单位能耗 row: the label is the row's
    own = _own_change_direction(indicator, target)
    return own if own is not None else direction_of(indicator)


def _own_change_direction(indicator: Indicator, target: Comparison | Range) -> Direction | None:
    """The direction a labelled *target*'s words give, read under the row's name, or None."""
    actual = indicator.actual
    named = (  # (a label the actual repeats: _change_name's first tests, speedS3)
        _change_name(indicator.name, target, actual)
        if isinstance(actual, Quantity) and actual.label
        else indicator.name
    )
    return _change_direction(target, named)


@lru_cache(maxsize=64)
def _year_end(year: int | None) -> dt.date | None:
    """12-31 of the fiscal *year*, the due date of a target with no date of its own."""
    return dt.date(year, 12, 31) if year is not None else None


# The table _project_year_end was last asked of (a weak reference) and its answer.
_YEAR_END_ASKED: list[tuple[weakref.ref[Table], dt.date | None]] = []


def _project_year_end(table: Table | None) -> dt.date | None:
    """The last day of a tracking table's project year (2024年7月-2025年6月: 2025-06-30), or None.

    A target with no date of its own is due when the table's year ends: a project
    year's twelfth month, not the first calendar year's 12-31 (r36c). None for any
    other table (its due date is 12-31 of the fiscal year).
    """
    if table is None:
        return None
    # Asked by every ctx.due, several times a row (r38e): the last table's answer is kept.
    # A Table is frozen, so its kind and period, all the answer reads, are as they were
    # when it was kept; the weak reference answers only for that very object, alive.
    # The entry is read once, as one tuple: another thread's table replacing it between
    # the test and the answer cannot hand this table that table's year end.
    asked = _YEAR_END_ASKED[0] if _YEAR_END_ASKED else None
    if asked is not None and asked[0]() is table:
        return asked[1]
    end_of_year = _project_year_end_of(table)
    _YEAR_END_ASKED[:] = [(weakref.ref(table), end_of_year)]
    return end_of_year


def _project_year_end_of(table: Table) -> dt.date | None:
    """:func:`_project_year_end`, computed."""
    if table.kind is not TableKind.TRACKING or not is_own_year(table.period):
        return None
    period = table.period
    if period is None:
        return None
    end = period.term_end or period.end  # a term to a date inside it: the term's end (r37o)
    following = dt.date(end.year + end.month // 12, end.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _due(
    target: Target | None, year: int | None, policy: Policy, table: Table | None = None
) -> dt.date | None:
    """The target's due date: its deadline, else 12-31 of the fiscal year.

    With *table* a project year's (``2024年7月-2025年6月``), a target with no date of its
    own is due at the window's end, and a label's month is read inside it (r36c).
    """
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
    labelled = _label_due(target, year, table)
    if labelled is not None:
        return labelled
    end = _project_year_end(table)
    if end is not None:
        return end
    return dt.date(year, 12, 31) if year is not None else None


def _label_due(
    target: Target | None, year: int | None, table: Table | None = None
) -> dt.date | None:
    """The deadline a count target opens with (``5月底前开工15个小区``), or None (k62fix).

    The count is due by that date, not at the year's end; a label with no ``前``, or
    one whose date is not inside the fiscal year, gives None. In a project year
    (*table*'s ``2024年7月-2025年6月``) a month without a year is the one inside its
    twelve months (``3月底前开工15个``: 2025-03-31), and the date must fall before its
    end (r36c).

    >>> from perftrack import parse_target
    >>> _label_due(parse_target("5月底前开工15个小区"), 2025)
    datetime.date(2025, 5, 31)
    >>> _label_due(parse_target("≥15个"), 2025) is None
    True
    """
    if not isinstance(target, (Comparison, Range)) or year is None:
        return None
    label = target.label
    if not label or "前" not in label:
        return None
    try:
        read = parse_target(label, year=year)
    except ExpressionError:  # a label that is no deadline: the year's end
        return None
    if not isinstance(read, Deadline) or read.year not in (None, year):
        return None
    due = read.due
    end = _project_year_end(table)
    if end is not None and table is not None and table.period is not None and due is not None:
        start = table.period.start
        if due < dt.date(start.year, start.month, 1) and not _YEAR_WRITTEN_RE.search(
            _normal(label)
        ):
            try:
                due = evolve(read, year=year + 1).due
            except ValueError:  # 2月29日 of a year without one
                return None
        return due if due is not None and dt.date(start.year, start.month, 1) <= due < end else None
    if due is None or due.year != year or due >= dt.date(year, 12, 31):
        return None
    return due


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
            # the common row: no date of its own, unless its count opens with one (k62fix);
            # a target without 前 in its label has none (_label_due's first test, asked here
            # without the call: this runs several times a row)
            label = getattr(target, "label", None)
            end = _project_year_end(self.table) or _year_end(self.year)
            if label and "前" in label:
                return _label_due(target, self.year, self.table) or end
            return end
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
    # A prose target of work on time (按期完成) judged by the actual's date or forecast
    # against its due date: measured, no target-not-measurable on the row (k33b).
    by_date: bool = False


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
    r"[\u3400-\u9fff\d\-,]{0,16}?(?:完成率|完成比例|完成度|完成|进度|完成进度|进度完成)"
    r"(?:{whole}的)?".replace("{whole}", WHOLE_TASK)
)
# A share of the work before a remark that the work goes on (已完成40%，正在施工,
# 完成工程量的1/3，正在施工): the share is the head, read as the parser reads it alone.
_WORK_SHARE_REMARK_RE: Final = re.compile(
    r"(?P<head>(?:已|目前|累计)?完成[^,]{1,16}),"
    r"(?:正在施工|施工中|正在实施|实施中|正在推进|有序推进中?|正在建设|建设中)"
)


def _work_share_target(target: Target | None) -> TypeGuard[Comparison | Range]:
    """Whether *target* is a task a share of the work is a part of (``≥120公里``, ``100-120人``).

    A floor, an exact figure or a range in a count or amount; not a score in 分 (95% of
    ``≥90分`` is a score), a rate (98% of ``提高2个百分点``), a ceiling or a change.

    Example:
        >>> from perftrack import parse_target
        >>> [_work_share_target(parse_target(t)) for t in ("≥120公里", "≥90分", "≤5次")]
        [True, False, False]
    """
    return (
        isinstance(target, (Comparison, Range))
        and target.unit is not None
        # 95% of ≥90分 is a score, 98% of 提高2个百分点 a rate: neither is the work
        and target.unit != "分"
        and target.unit not in _RATE_UNITS
        and (isinstance(target, Range) or target.op in (_Op.GE, _Op.GT, _Op.EQ))
        and (target.label is None or _change_sign(target.label) is None)
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
    if isinstance(value, Quantity) and value.unit != "%":
        return None  # the common figure, no share: the test below on it, asked first (speedS5c)
    if not _work_share_target(target):
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
        if share >= _HUNDRED and value.label is None:
            # a bare 100% against ≥10(人次): no count, no word of completion; a share
            # short of the whole admits the shortfall, one of 100% claims the target
            # with no figure to show it: the units apart (unit-mismatch), not met (r38j 3)
            return None
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


def _limit_rate(target: Target | None, quantity: Quantity | None) -> bool:
    """Whether *quantity* is the share of cases done within *target*'s time limit.

    ``即时办结率98.7%`` against ``即时办结`` (≤1个工作日, its words the note): the rate of
    the limit's own words (parse18 M4), no figure of days to compare.
    """
    return (
        isinstance(target, Comparison)
        and target.op in (_Op.LE, _Op.LT)
        and target.unit in _DURATION_UNITS
        and target.note is not None
        and quantity is not None
        and quantity.unit == "%"
        and quantity.label is not None
        and quantity.label.endswith(f"{target.note}率")
    )


# The units of a time limit (≤30日, 5个工作日内, 24小时内): what 按时/及时 can keep.
_TIME_LIMIT_UNITS: Final = frozenset({"天", "工作日", "小时", "个小时", "分钟", "周", "个月", "月"})


def _is_time_unit(unit: str | None) -> bool:
    """A unit of time a limit is counted in (日, 个工作日, 小时…), aliases read."""
    return unit is not None and voc.UNIT_ALIASES.get(unit, unit) in _TIME_LIMIT_UNITS


class _Late(NamedTuple):
    """A row done after its due date (逾期完成), and the date it was done on if known."""

    date: DateValue | None


# A festival deadline's year written (2025年春节前, 次年春节前, 本年度春节前): no doubt
# which festival is meant.
_YEAR_WRITTEN_RE: Final = re.compile(r"(?:19|20)\d{2}年|次年|明年|下年|本年|今年|当年")
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
# What in the words before the change makes it no plain fact (未提高, 预计下降, 力争提高).
_CHANGE_CHANGERS_RE: Final = re.compile("[未不没无非否待拟将]|预计|计划|力争|目标")


# The comparison a change is stated against: no subject of its own.
_CHANGE_BASE_RE: Final = re.compile(
    "与(?:上年度?|去年|上一年度?)(?:同期)?相比|相比(?:上年度?|去年)(?:同期)?"
    "|(?:较|比)(?:上年度?|去年|上一年度?)(?:同期)?|同比|环比"
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


# A scope before a measure (医保基金支出 on 基金支出增长率, 全市 on 财政收入) and a
# per-head qualifier after it (养老金月人均 on 养老金): the same measure, qualified.
_SCOPE_PREFIX_RE: Final = re.compile(
    "^(?:医保|社保|全市|全县|全区|全省|全州|全旗|全镇|全乡|本市|本县|本区|我市|我县|我区|城镇|城乡)"
)
_PER_HEAD_SUFFIX_RE: Final = re.compile("(?:月人均|人均每月|每月人均|年人均|人均|月均|户均)$")


# A fee's spending (燃油费支出, 燃油费用, 会议费开支): the fee itself, no other measure.
_FEE_SPENDING_RE: Final = re.compile("(?<=费)(?:支出|开支|用)$")
# What a name may add to a fee that makes it another measure than the fee's spending:
# its income or its collection (收费收入, 物业费收缴率, 学费减免; a6566 W5).
_FEE_OTHER_MEASURE_RE: Final = re.compile(
    "收入|收缴|征收|收取|缴纳|缴费|上缴|收益|收回|入库|返还|减免|退还|退费|欠费|结余"
)


def _fee_spent(subject: str, whole: str) -> str:
    """*subject* without the spending word after a fee, when *whole* names that fee alone.

    ``燃油费支出`` on 燃油费 is the fee (parse31 H5); not a bare ``费用`` (which would leave
    ``费``, in every fee's name), nor on a name that goes on with another measure of the
    fee (``收费支出`` on 收费收入, ``物业费支出`` on 物业费收缴率): those stay unknown.

    >>> _fee_spent("燃油费支出", "燃油费"), _fee_spent("费用", "行政事业性收费收入")
    ('燃油费', '费用')
    >>> _fee_spent("收费支出", "收费收入")
    '收费支出'
    """
    fee = _FEE_SPENDING_RE.sub("", subject)
    if fee == subject or len(fee) < 2 or fee not in whole:  # noqa: PLR2004 (费 alone)
        return subject
    rest = whole.replace(fee, "", 1)
    return subject if _FEE_OTHER_MEASURE_RE.search(rest) else fee


# A character written twice in a row in a name (地下水水位: 地下水 + 水位).
_DOUBLED_RE: Final = re.compile(r"([\u4e00-\u9fff])\1")


# The per 万元/亿元/单位 denominator of a measure (万元GDP能耗, 万元工业增加值用水量,
# 亿元GDP生产安全事故死亡率): what follows it is the measure.
_DENOMINATOR_RE: Final = re.compile(r"(?:万元|亿元|单位)(GDP|工业增加值)(?=.)")


def _denominator_only(subject: str, whole: str) -> bool:
    """Whether a change's *subject* is only the denominator of the name *whole*.

    ``地区生产总值同比增长6%`` on 万元GDP能耗 says how GDP moved, not energy per 万元 of
    it: another measure, unknown (regress85 W1); ``万元GDP能耗`` itself is the measure.

    >>> _denominator_only("GDP", "万元GDP能耗"), _denominator_only("万元GDP能耗", "万元GDP能耗")
    (True, False)
    """
    found = _DENOMINATOR_RE.search(whole)
    if found is None:
        return False
    word = found.group(1)
    return subject.endswith(word) and len(subject) <= len(word) + 2


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
    # 万元地区生产总值用水量 on 万元GDP用水量: GDP spelled out (parse36 H5)
    whole = _normal(name).replace("地区生产总值", "GDP")
    subject = subject.replace("地区生产总值", "GDP")
    subject = _fee_spent(subject, whole)  # 燃油费支出, 燃油费用 on 燃油费 (parse31 H5)
    if _denominator_only(subject, whole):
        return False  # 地区生产总值同比增长6% on 万元GDP能耗: the denominator's change
    if subject in whole or (label and subject in _normal(label)):
        return True
    if subject in _DOUBLED_RE.sub(r"\1", whole):
        return True  # 地下水位回升0.36米 on 地下水水位: the name's 水水 written once (parse36 H10)
    rest = _PER_HEAD_SUFFIX_RE.sub("", subject)
    if rest != subject and not rest:
        return target or _PER_HEAD_SUFFIX_RE.search(whole) is not None or "人均" in _normal(label)
    if rest != subject and rest in whole:
        return True
    scoped = _SCOPE_PREFIX_RE.sub("", rest)
    return scoped != rest and bool(scoped) and whole.startswith(scoped)


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
_FACT_ADVERBS_RE: Final = re.compile(
    "(?:全年|年度|累计|实际|完成|已经|已|反而|共|总共|约|同比|平均)*"
)


# The start of the year as a change's base (暂付款余额较年初压减8.6%): the base of a
# balance, which a target naming no base means as well (parse31 H4, as parse27 H1).
_YEAR_START_BASE_RE: Final = re.compile("(?:较|比|相比)年初")
_ANY_BASE_RE: Final = re.compile(
    f"{_CHANGE_BASE_RE.pattern}|(?:较|比|相比|与)[^增减提降下上压]{{1,8}}"
)


def _year_start_fits(target_label: str) -> bool:
    """Whether an actual's 较年初 may stand for the base of a target with *target_label*.

    A target naming no base (``压减``) or the year's start itself accepts it; one naming
    another base (``较上年压减``, ``比2020年下降``) does not.

    >>> _year_start_fits("压减"), _year_start_fits("较年初压减"), _year_start_fits("较上年压减")
    (True, True, False)
    """
    label = _normal(target_label)
    if _YEAR_START_BASE_RE.search(label):
        return True
    return _ANY_BASE_RE.search(label) is None


def _label_sign(  # noqa: PLR0913 - the target's label and text are two things
    label: str | None,
    name: str,
    year: int | None,
    *,
    target: bool,
    target_label: str = "",
    target_text: str | None = None,
) -> tuple[int, bool] | None:
    """The direction a label names, and whether it is the indicator's own change.

    A change word (``下降``, ``增幅``) is ``(-1, True)``/``(1, True)``; so is one after
    a comparison with last year (``与上年同期相比提高``, ``与2023年相比下降`` in a 2024
    table), after words of a plan in a target or of a total in an actual (``力争增长``,
    ``累计下降``), or after a part of the indicator's *name* (``总产值下降`` on
    农业总产值), or, in an actual against a target whose *target_text* names no other
    base, after ``较年初`` (``较年初压减`` against ``压减≥10%``). The words of this year
    before them are the time only (``今年增长``, ``本年营业收入增长``; k33a). After anything else (``破案率提高`` on a 发案率, ``较十三五末提高``, a
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
    head = this_year_dropped(head, year)  # 今年增长, 本年营业收入增长: this year's (k33a)
    if not target and target_text is not None and _year_start_fits(target_text):
        head = _YEAR_START_BASE_RE.sub("", head)  # 较年初压减8.6% against 压减≥10%
    head = (_TARGET_ADVERBS_RE if target else _FACT_ADVERBS_RE).sub("", head)
    return sign, (
        not head
        or _own_subject(head, name, target_label, target=target)
        or (target and _narrower_measure(head, name))
    )


# What makes the words before a target's change a base, not a measure (较十三五末, 与上年).
_BASE_WORDS_RE: Final = re.compile("较|比|与|同|年|末|初")


def _narrower_measure(head: str, name: str) -> bool:
    """Whether a target's words before its change name the row's measure more closely.

    ``单位GDP能耗`` of ``单位GDP能耗下降3%`` on 能耗: the subject ends with the whole name
    (two letters at least) and holds no base (较十三五末, 上年) (parse56 F14).

    >>> _narrower_measure("单位GDP能耗", "能耗"), _narrower_measure("较十三五末农民收入", "收入")
    (True, False)
    """
    bare = _NAME_TAIL_RE.sub("", _normal(name))
    return len(bare) >= 2 and head.endswith(bare) and _BASE_WORDS_RE.search(head) is None  # noqa: PLR2004


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


# The units of a rate, whose change is no amount of work (exceeds-target).
_RATE_UNITS: Final = frozenset({"%", "‰", "‱", "个百分点", "百分点", "个千分点", "千分点"})


@lru_cache(maxsize=4096)
def _normal(text: str) -> str:
    """Text compared as the parser sees it: full-width forms mapped, white space gone.

    Memoised: a row's cells are compared by several rules, and tables repeat them.
    """
    return "".join(normalize(text).text.split())


# The place of a blank cell of a column, where a finding asking for it points: a blank
# 偏差原因 cell's column (tr32 M3), a blank 纠偏措施 cell, where the measures are to be
# written (formats34 M1), a blank 实际完成值 cell (score56 #9), a blank 得分 cell, where
# missing-points asks for the points (r36p).
_BLANK_CELL_PLACES: Final = MappingProxyType(
    {
        "reason": "reason-place",
        "corrective": "corrective-place",
        "actual": "actual-place",
        "points": "points-place",
    }
)


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
        # rows whose prose target of work on time (按期完成) was judged by a date or a
        # forecast (see _Outcome.by_date): no target-not-measurable (k33b)
        self.timed: set[int] = set()
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
        # Rows whose actual 100% is a completion ratio, in a table that fills 100% for
        # counts and dates alike (actuals-as-ratios, score56 #3): no excess measured
        self.ratios: frozenset[int] = frozenset()
        # Rows whose bare 完成 leaves its figure to the 偏差原因 (see _reason_figure).
        self.from_reason: dict[int, _ReasonFigure] = {}
        # Rows whose average the verdict took as the year's total (日均60次 × 365): index →
        # the total, which the points use too (p34 H1).
        self.averaged: dict[int, Quantity] = {}
        # Rows done after their due date (逾期完成, see _done_late): index → how.
        self.late: dict[int, _Late] = {}
        # Rows whose actual is dated after the table's date (see _after_period):
        # index → that date (actual-after-period).
        self.after_period: dict[int, DateValue] = {}
        # The budget the execution is judged by (see whole_budget), once analysed.
        self.whole: WholeBudget | None = None

    def add(  # noqa: PLR0913 - a finding's id, severity, two messages, place and figures
        self,
        finding_id: str,
        severity: Severity,
        zh: str,
        en: str,
        where: Where,
        *,
        figures: tuple[Figure, ...] = (),
    ) -> None:
        message = nest_quotes(self.say(zh, en))
        self.findings.append(Finding(finding_id, severity, message, where, figures))

    def where_line(self, line: BudgetLine, column: str | None = None) -> Where:
        position = None
        if column is not None:
            position = next((p for name, p in line.cells if name == column), None)
        return Where.at(
            position or line.position,
            name=line.source,
            budget_line=line.role.value,
            file=self.table.source.file,
            sheet=self.table.source.sheet,
        )

    def where_table(self, field: str | None = None) -> Where:
        """The table's place: the cell of its field *field* (``Table.cell_of``) when known.

        ``"published.grade"``, ``"judgement.budget_completion"``, ``"corrective_measures"``…;
        without the cell (a table built in code, a field printed nowhere), its file and sheet.
        """
        table = self.table
        # (Table.cell_of's first cell of the name, found in one step, r38e: built from the
        # last cell to the first, a name's entry is its first cell)
        position = dict(reversed(table.cells)).get(field) if field is not None else None
        return Where.at(position, file=table.source.file, sheet=table.source.sheet)

    def where_indicator(self, index: int, column: str | None = None) -> Where:
        indicator = self.table.indicators[index]
        position = None
        if column:
            # the row's cells by name, built in one step instead of a loop over them for
            # each name asked (r38e): built from the last cell to the first, a name's
            # entry is its first cell, the one Indicator.cell_of returns
            cells = dict(reversed(indicator.cells))
            place = _BLANK_CELL_PLACES.get(column)
            position = cells.get(column) or (cells.get(place) if place is not None else None)
        return Where.at(
            position or indicator.position,
            indicator=index,
            name=indicator.name,
            file=self.table.source.file,
            sheet=self.table.source.sheet,
        )


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


# ---------------------------------------------------------------------------
# A bare 完成 whose figure stands in the 偏差原因 (scoring.md §3 rule 2)


class _ReasonFigure(NamedTuple):
    """What a row's 偏差原因 says of a bare done status (see :func:`_reason_figure`)."""

    word: str  # the actual's status word (完成, 已完成)
    figure: Quantity | DateValue | None  # the one figure or date to judge, else None
    found: tuple[str, ...]  # the figures or dates the reason states, as written


# A multi-year target in the 年度指标值 column (target21 H2): a span of years
# (2026-2028年, 2026年至2028年), a sum over years (三年累计, 3年内累计) or the end of
# the implementation period (实施期末, 建设期末, 项目期末; 实施期内累计), or a five-year
# plan's period (十四五期间, “十四五”时期, 十四五末).
_YEAR_SPAN_RE: Final = re.compile(r"(?P<first>20\d\d)年?\s*[-—–~～至到]\s*(?P<last>20\d\d)年")
# A season across two calendar years (2025-2026年采暖季, 2025-2026学年): one year's.
_SEASON_RE: Final = re.compile("采暖|供暖|供热|取暖|冬春|越冬|学年|赛季|年度")
_YEARS_SUM_RE: Final = re.compile(
    # not the 5 of 2025年累计 (the year's total)
    r"(?<!\d)(?:[两二三四五六七八九十]|[2-9])(?:个)?年(?:内|间)?累计"
    r"|(?:实施|建设|项目)期末|实施期(?:内|间)?累计"
    r"|[“\"'「]?十(?P<plan>[一二三四五六七八九])五(?:规划)?[”\"'」]?(?:期间|时期|期内|期末|末|累计)"
)
# The implementation period without 末 or 累计 (实施期≥5000亩, 项目期内≥3000人次, 建设期间;
# target58 #3): its figure is the period's; never 实施期限 (a duration) nor 建设期利息 (a cost).
_PROJECT_PERIOD_RE: Final = re.compile(r"(?:实施|建设|项目|执行)期(?:内|间)?(?![限利费])")
# A count of years and nothing else (三年≥1万人, 3年内≥80座, 三年内完成≥80座; target58
# #3): a sum over years, as 三年累计; never 三年级, 近三年 or 第三年.
_YEARS_ONLY_RE: Final = re.compile(
    r"(?:[两二三四五六七八九十]|[2-9])个?年(?:内|间)?(?:共|合计|总计)?"
    r"(?:完成|建成|建设|新增|达到|实现)?"
)
# A later year's deadline or level (到2027年完成, 至2027年, 截至2027年底, 2027年底前,
# 2027年末; target58 #3): 到/至/截至 before the year, or 底/末/前 after it.
_BY_YEAR_RE: Final = re.compile(
    r"(?P<by>到|至|截至|截止(?:到|至)?)?\s*(?<!\d)(?P<year>20\d\d)年(?P<end>底前?|末前?|前|以前)?"
)
# One year inside a five-year plan's label (十四五期间第三年, 十四五期间每年), or a yearly
# rate over it (十四五期间年均增长): the year's.
_PLAN_YEAR_RE: Final = re.compile(r"第[一二三四五1-5]年|每年|当年|本年|年均|逐年")
# A total over a five-year plan (十四五期间累计, 十四五时期共完成, 合计, 总计) or the level at
# its end (十四五末, 十四五期末): only these make the plan's label multi-year; a level to keep
# (“十四五”时期保持≥95%, 十四五期间不低于) is a floor for every year, the year's target.
_PLAN_TOTAL_RE: Final = re.compile(r"累计|(?<!公)共|合计|总计|末")
# The first year of the n-th five-year plan (十一五 began in 2006).
_PLAN_ELEVEN_START: Final = 2006
_PLAN_ELEVEN: Final = 11


def multi_year_last(span: str) -> int | None:
    """The last year of a multi-year *span* (:func:`multi_year_span`), if it names one.

    Example:
        >>> (
        ...     multi_year_last("2026-2028年"),
        ...     multi_year_last("十四五期间"),
        ...     multi_year_last("三年累计"),
        ... )
        (2028, 2025, None)
    """
    found = _YEAR_SPAN_RE.search(span)
    if found is not None:
        return int(found["last"])
    by_year = _later_year(span)
    if by_year is not None:
        return _deadline_year(by_year)
    plan = _YEARS_SUM_RE.search(span)
    if plan is None or plan["plan"] is None:
        return None
    number = 10 + "一二三四五六七八九".index(plan["plan"]) + 1
    return _PLAN_ELEVEN_START + 5 * (number - _PLAN_ELEVEN) + 4


def multi_year_span(target: Target | None, first: int | None, last: int | None) -> str | None:
    """The words making *target* a multi-year target, or None for an annual one.

    Only a comparison or range whose label names the span: ``2026-2028年累计完成80个``,
    ``三年累计≥80座``, ``实施期末达到80%``, ``十四五期间累计完成≥500人`` (one year
    inside the plan is the year's: ``十四五期间第三年``). A span of years within the table's own
    (*first* to *last*: a rolling 2025–2027 table's ``2025-2027年``) is the table's.

    Example:
        >>> from perftrack.expressions import parse_target
        >>> [
        ...     multi_year_span(parse_target(text), 2026, 2026)
        ...     for text in ("2026-2028年累计完成80个", "三年累计≥80座", "实施期末达到80%", "≥80座")
        ... ]
        ['2026-2028年', '三年累计', '实施期末', None]
        >>> multi_year_span(parse_target("十四五期间累计完成≥500人"), 2025, 2025)
        '十四五期间'
        >>> multi_year_span(parse_target("十四五期间第三年≥100人"), 2023, 2023) is None
        True
        >>> multi_year_span(parse_target("“十四五”时期保持≥95%"), 2024, 2024) is None
        True
        >>> multi_year_span(parse_target("2025-2027年≥120公里"), 2025, 2027) is None
        True
        >>> multi_year_span(parse_target("2025-2026年采暖季供热天数≥120天"), 2025, 2025) is None
        True
    """
    if not isinstance(target, (Comparison, Range)) or not target.label:
        return None
    label = target.label
    span = _YEAR_SPAN_RE.search(label)
    if span is not None:
        start, end = int(span["first"]), int(span["last"])
        if end <= start or (end == start + 1 and _SEASON_RE.search(label) is not None):
            return None  # 2025-2026年采暖季: a heating season, the year's
        if first is not None and last is not None and first <= start and end <= last:
            return None  # the rolling table's own years
        return span[0]
    words = _YEARS_SUM_RE.search(label)
    if words is None:
        if target.unit in _DURATION_UNITS:
            return None  # 建设期≤12个月, 3年内≤2年: a duration, a time limit
        return _period_or_later_year(label, last)
    if words["plan"] is not None and (
        _PLAN_YEAR_RE.search(label) is not None or _PLAN_TOTAL_RE.search(label) is None
    ):
        return None  # 十四五期间第三年≥100人, “十四五”时期保持≥95%: the year's target
    return words[0]


def _later_year(label: str) -> re.Match[str] | None:
    """The deadline naming one year in *label* (``到2027年``, ``2027年底前``), or None.

    Only a year with 到, 至 or 截至 before it or 底, 末 or 前 after it: a bare ``2027年``
    names no deadline.

    Example:
        >>> [_later_year(t) is not None for t in ("到2027年完成", "2027年底前", "2027年")]
        [True, True, False]
    """
    for found in _BY_YEAR_RE.finditer(label):
        if found["by"] is not None or found["end"] is not None:
            return found
    return None


def _period_or_later_year(label: str, last: int | None) -> str | None:
    """The words of *label* naming the project period or a year after *last*, or None.

    ``实施期≥5000亩``, ``项目期内≥3000人次``, ``三年≥1万人`` and, in a table whose last
    year is *last*, ``到2027年完成≥150公里`` or ``2027年底前≥90%`` (target58 #3): the
    period's or a later year's figure, not this year's. A yearly figure over it
    (``实施期内每年``, ``到2027年年均增长``) is the year's, and so is a deadline within the
    table's own years (``2025年底前≥90%`` in a 2025 table).

    Example:
        >>> [
        ...     _period_or_later_year(t, 2025)
        ...     for t in ("实施期", "项目期内", "三年", "到2027年完成", "2025年底前", "三年级")
        ... ]
        ['实施期', '项目期内', '三年', '到2027年', None, None]
    """
    if _PLAN_YEAR_RE.search(label) is not None:
        return None  # 实施期内每年, 到2027年年均增长≥5%: a yearly figure
    period = _PROJECT_PERIOD_RE.search(label)
    if period is not None:
        return period[0]
    if _YEARS_ONLY_RE.fullmatch(label) is not None:
        return label
    by_year = _later_year(label)
    if by_year is not None and last is not None and _deadline_year(by_year) > last:
        return by_year[0].strip()
    return None


def _deadline_year(found: re.Match[str]) -> int:
    """The last year a deadline *found* by :func:`_later_year` leaves: 2026年前 leaves 2025.

    Example:
        >>> [_deadline_year(_BY_YEAR_RE.search(t)) for t in ("到2027年", "2026年前", "2026年底前")]
        [2027, 2025, 2026]
    """
    year = int(found["year"])
    return year - 1 if found["end"] in ("前", "以前") else year


def monitoring_form(table: Table) -> bool:
    """Whether *table* is a 执行监控表 form: a 全年预计 per row, no 跟踪期计划, no 纠偏措施.

    The central 项目支出绩效执行监控表 has no 纠偏措施 field: the unit is not asked to
    fill in one it cannot (letter20 M7): no ``missing-corrective-measures`` for it, in
    the scorecard as in the letter (letter22 M6). A form that prints its measures, or a
    row's, is not one.

    Example:
        >>> from perftrack.model import Indicator, Table, TableKind
        >>> from perftrack.expressions import parse_value
        >>> row = Indicator("维修改造学校数", forecast=parse_value("10所"))
        >>> monitoring_form(Table(TableKind.TRACKING, indicators=(row,)))
        True
        >>> monitoring_form(
        ...     Table(TableKind.TRACKING, indicators=(row,), corrective_measures="加快")
        ... )
        False
    """
    indicators = table.indicators
    return (
        table.kind is TableKind.TRACKING
        and not table.corrective_measures.strip()
        and any(indicator.forecast is not None for indicator in indicators)
        and all(indicator.planned is None for indicator in indicators)
        and all(indicator.cell_of("corrective") is None for indicator in indicators)
        # a 纠偏措施 column empty in every row is a field left empty (monitor21 M1)
        and all(indicator.cell_of("corrective-place") is None for indicator in indicators)
    )
