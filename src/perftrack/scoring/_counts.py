"""Counts written in a sentence, as the figure the verdict judges (fix-counts).

An actual cell often gives the indicator's count among other words: two counts side
by side (``2期120人次``), the works done beside those under way (``完成改造18座，2座在建``),
a star level with what it was given for (``二星级设计标识``), a schedule and the count of
the table's period (``每季度1次，1-8月共3次``), a count in Chinese numerals
(``开展检查三次``), labelled counts of other units (``受益农户1085户、合作社46个``), group
rates (``禽流感95.2%，口蹄疫86.8%``) and, against 100%, all done (``应处理尽处理``) or a
part of a whole (``29个中心中28个能提供``). :func:`_counted_actual` reads that
figure as the actual, in the target's unit; anything else is left as it was.
"""

from __future__ import annotations

import re
from decimal import Decimal, getcontext, localcontext
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from attrs import evolve

from perftrack import parse_target, parse_value
from perftrack import vocabulary as voc
from perftrack._errors import ExpressionError
from perftrack._half_points import half_points
from perftrack._numbers import quantized
from perftrack.expressions import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Range,
    StatusValue,
    TextValue,
)
from perftrack.expressions._grammar import SAME_DAY_WORDS, SHARE_STEPS, SHARE_WORDS
from perftrack.expressions._numbers import chinese_to_int
from perftrack.model import Direction, TableKind
from perftrack.scoring._common import (
    _PER_WORD_RE,
    _factors,
    _normal,
    _per_of,
    _unit,
    direction_of,
)

if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from decimal import Context

    from perftrack.expressions import Target, Value
    from perftrack.model import Indicator, Table

__all__ = [
    "_both_named_counts",
    "_counted_actual",
    "_foreign_currency_part",
    "_scheduled_count",
    "group_rates_count",
    "lone_figure_alike",
    "lone_figure_apart",
    "range_straddling",
    "respective_rates",
]

_SEPARATORS_RE: Final = re.compile("[，,；;、]")
# 2期120人次: counts one after another, nothing else (units of CJK letters, 1 to 3)
_COUNT_RE: Final = re.compile(r"(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,3}?)(?=\d|$)")
# Units of time (3个月10天 is one duration, 1年3个月 too) and words of a range (3至5次):
# no two counts side by side (regress34 W2)
_NOT_A_COUNT_UNIT_RE: Final = re.compile(
    "年|月|天|日|周|旬|时|分|秒|季|星期|至|到|或|及|和|余|多|左右"
)
# 完成改造18座, 已建成8个, 已加装48部, 完成改造53个小区: a verb of completion, a few
# words, the count done and maybe what was done (小区 after 53个, parse22 M3); a base
# recognised (已挂牌6个, 已授牌, 已认定: p33fix M2)
_DONE_RE: Final = re.compile(
    r"(?:已|共)?(?:完成|建成|完工|竣工|加装|安装|挂牌|授牌|认定|已更新)([\u4e00-\u9fff]{0,4}?)"
    r"(\d+(?:\.\d+)?)"
    r"([\u4e00-\u9fff]{1,7})"
)
# What may follow the unit of the count done: a noun of the works, no time (53个月)
_DONE_NOUN_MAX: Final = 4
# 完成主体施工18座, 完成招标18座, 完成前期手续10座: a stage of the work, not the work
# done; 累计建成18座: a total since the start, not the year's (regress34 W2)
_STAGE_RE: Final = re.compile(
    "主体|招标|前期|手续|设计|基础|封顶|立项|审批|批复|规划|选址|征地|拆迁|勘察|勘测|"
    "评审|采购|备案|方案|图纸|开工|进场|土方|累计"
)
# 2座在建, 在建2座, 2座未完工: the rest under way, not done
# 3个因居民意见未统一暂缓实施, 3个装修中: the rest put off (for a reason) or being
# fitted out, not done either (parse22 M3); 3门正在评审, 3个在审: still being reviewed
# (p33fix M2)
_UNDER_WAY_RE: Final = re.compile(
    r"^(?:(?:另|其余|剩余)?\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}?(?:因[\u4e00-\u9fff]{1,16}?)?"
    r"(?:正在|仍在|尚在)?(?:在建|施工中|建设中|未完工|未建成|未竣工|暂缓实施|暂缓|缓建|暂停实施"
    r"|延期实施|推迟实施|未实施|装修中|装修|正在评审|评审中|在审|审核中"
    # 1个因选址调整结转下年, 2辆已签合同待交付: carried into next year or not yet
    # delivered, not done either (parse42 M3)
    r"|(?:已)?结转(?:至|到)?下(?:一)?年(?:度)?|(?:已签(?:订)?合同)?待交付)"
    r"|(?:另|其余|剩余)?(?:正在|仍在|尚在)?(?:在建|施工中|建设中)\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3})$"
)
_STAR_RE: Final = re.compile("([一二三四五12345])星级?")
_STAR_DIGITS: Final = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
# 未获得二星级, 申报二星级, 预计获得: no star level held; 运行标识已撤销, 已过期: no
# longer held (regress34 W2)
_NO_STAR_RE: Final = re.compile(
    "未|没有|不|尚|拟|申报|申请|预计|争取|力争|可达|待|撤销|撤回|取消|降级|过期|失效|注销|收回"
)
# The words a star level may stand with: what it was given for (绿色建筑, 设计标识,
# 运行标识), how it was got (获得, 通过…评定); any other word (配套酒店为三星级,
# 按三星级标准设计施工) may make it another thing's star level (regress34 W2)
_STAR_WORDS_RE: Final = re.compile(
    "绿色建筑|建筑|设计标识|运行标识|评价标识|标识|证书|认证|评价|评定|评审|认定|"
    "获得|取得|荣获|获评|被评为|评为|通过|达到|为|的"
)
# 每季度1次, 每月2次: a schedule of a count per period
_SCHEDULE_RE: Final = re.compile(r"每(季度|月|半年)(?:开展|召开|举办|组织)?(\d+)次")
_PERIOD_MONTHS: Final = {"季度": 3, "月": 1, "半年": 6}
# 1-8月共3次, 上半年2次, 截至8月底共3次: a count of a part of the year
_PART_COUNT_RE: Final = re.compile(
    r"(?:截至|截止)?(?:(?P<first>\d{1,2})[-—~至到](?P<last>\d{1,2})月(?:底|末)?"
    r"|(?P<half>上半年)|(?P<three>前三季度))(?:累计|共|共计|合计)?(?:开展|召开|举办|组织|完成)?"
    r"(?P<count>\d+)次"
)


# A change target (较上年增长10%, 同比下降, 较上年下降5%) and the clause of an actual that
# states a change (同比增长8.6%, 较上年减少5起, 增长12.3%).
_CHANGE_WORDS: Final = "(?:增长|下降|减少|增加|提高|降低|上升)"
_CHANGE_BASE: Final = "(?:较上年|较去年|比上年|同比)"
_CHANGE_TARGET_RE: Final = re.compile(f"{_CHANGE_BASE}{_CHANGE_WORDS}")
_CHANGE_CLAUSE_RE: Final = re.compile(f"{_CHANGE_BASE}?{_CHANGE_WORDS}[^,;]*")
_CHANGE_SPLIT_RE: Final = re.compile("[,;]")
_CHANGE_SAID_RE: Final = re.compile(f"{_CHANGE_BASE}|{_CHANGE_WORDS}")


# Verbs that may lead the label of a level said with its measure (实现利润总额18.6亿元).
_LEVEL_LEAD_RE: Final = re.compile("^(?:全年|年内|累计|共)?(?:完成|实现|达到)?")


# What may follow the level's label in the indicator's name for the level to be the
# name's own measure: 立案 of 非法集资立案数, 收入 of 文创收入 (regress49 W3).
_NAME_TAILS: Final = frozenset(
    {"", "数", "量", "额", "总额", "总量", "数量", "金额", "次数", "件数", "起数"}
)


def _measures_the_name(label: str | None, name: str) -> bool:
    """Whether a level labelled *label* is what the indicator *name* measures.

    Example:
        >>> _measures_the_name("立案", "非法集资立案数"), _measures_the_name("事故", "事故死亡人数")
        (True, False)
        >>> _measures_the_name("接待游客", "旅游收入"), _measures_the_name(None, "旅游收入")
        (False, False)
        >>> _measures_the_name("场馆利用率", "利用率"), _measures_the_name("场馆利用率", "覆盖率")
        (True, False)
        >>> (
        ...     _measures_the_name("实现利润总额", "国有企业利润总额"),
        ...     _measures_the_name("实现", "利润"),
        ... )
        (True, False)
    """
    if not label:
        return False
    # 实现利润总额, 完成投资, 全年实现营业收入: the measure after its verb (parse27 H2)
    said, named = _LEVEL_LEAD_RE.sub("", _normal(label)), _normal(name)
    if len(said) < 2:  # noqa: PLR2004 - a verb alone (完成18.6亿元) names no measure
        return False
    at = named.rfind(said)
    if at >= 0 and named[at + len(said) :] in _NAME_TAILS:
        return True
    # 场馆利用率 on 利用率: the measure named with its object, a narrower label (p40 M5)
    return len(named) >= 2 and said.endswith(named) and named.endswith("率")  # noqa: PLR2004


def _change_clause(
    target: Target | None, actual: Value, year: int | None, name: str = ""
) -> Value | None:
    """The change clause of a level then its change, against a change target, else None.

    ``文创收入286万元，同比增长8.6%`` against ``较上年增长10%`` is judged by its one change
    clause, ``同比增长8.6%``, as that clause alone is: the level before it is context
    (parse24 H2). The cell is two clauses, a figure with no change word and then the
    change, and the figure's label is what the indicator's name measures (``接待游客…，
    增长15%`` says nothing of 旅游收入; regress49 W3).

    Example:
        >>> from perftrack import parse_target, parse_value
        >>> target = parse_target("较上年增长10%")
        >>> _change_clause(
        ...     target, parse_value("文创收入286万元，同比增长8.6%"), None, "文创收入"
        ... ).text
        '同比增长8.6%'
        >>> _change_clause(
        ...     target, parse_value("文创收入286万元，增速放缓"), None, "文创收入"
        ... ) is None
        True
    """
    if (
        not isinstance(target, (Descriptive, QualitativeTarget))
        or not isinstance(actual, TextValue)
        or not _CHANGE_TARGET_RE.search(_normal(target.text))
    ):
        return None
    clauses = _CHANGE_SPLIT_RE.split(_normal(actual.text).rstrip("。"))
    if len(clauses) != 2:  # noqa: PLR2004 - the level and its change
        return None
    level, change = clauses
    if _CHANGE_SAID_RE.search(level) and not _CHANGE_SAID_RE.search(change):
        change, level = level, change  # 较上年增长6.1%，场馆利用率68%: the change first (p40 M5)
    if _CHANGE_SAID_RE.search(level) or not _CHANGE_CLAUSE_RE.fullmatch(change):
        return None
    figure = parse_value(level, year=year)
    if not isinstance(figure, Quantity) or not _measures_the_name(figure.label, name):
        return None
    said = parse_value(change, year=year)
    return None if isinstance(said, Quantity) and said.unit is None else said


# 较上年增加1.2万人，达到51.3万人: the change, then the level it reached (parse55 M6).
_LEVEL_REACHED_RE: Final = re.compile(
    r"(?:总数|总量|规模)?(?:达到了?|达|增至|增加到|提高到|提高至|提升至|升至)(?P<figure>\d.*)"
)


def _level_after_change(text: str, target: Comparison | Range, year: int | None) -> Quantity | None:
    """The level a change reached, said after it, against a level target, else None.

    ``较上年增加1.2万人，达到51.3万人`` against ``≥50万人`` is 51.3万人, as
    ``51.3万人，较上年增加1.2万人`` is; the level in another unit is None.

    >>> from perftrack import parse_target
    >>> str(_level_after_change("较上年增加1.2万人,达到51.3万人", parse_target("≥50万人"), None))
    '51.3(万人)'
    >>> _level_after_change("较上年增加1.2万人,达到51.3万户", parse_target("≥50万人"), None)
    """
    if "达" not in text and "至" not in text and "到" not in text:
        return None
    clauses = _CHANGE_SPLIT_RE.split(text)
    if len(clauses) != 2 or not _CHANGE_SAID_RE.search(clauses[0]):  # noqa: PLR2004
        return None
    found = _LEVEL_REACHED_RE.fullmatch(clauses[1])
    if found is None or _CHANGE_SAID_RE.search(clauses[1]):
        return None
    figure = parse_value(found["figure"], year=year)
    if not isinstance(figure, Quantity) or figure.unit is None or figure.unit != target.unit:
        return None
    return figure


# 当日缴库, 次日入库, T+1日到账: the day the work was done, counted from its start (the
# limits of 缴库, 入库 and 到账 in 非税 and 国库 rows; parse27 M3). 第二天 and 第二日 are
# 次日 in other words (k30h).
_DAY_OF_WORK_RE: Final = re.compile(
    r"(?:均在|均于|均已|均|全部|已|在|于)*"
    r"(?P<day>当日|当天|次日|第二天|第二日|T\+0日?|T\+1日?)(?:内)?"
    "(?:缴库|入库|缴入国库|解缴|上缴|到账|到位|办结|完成)?"
)
_SAME_DAY: Final = frozenset({"当日", "当天", "T+0", "T+0日"})
_DAY_UNITS: Final = frozenset({"个工作日", "工作日", "日", "天"})


def _day_of_work(text: str, target: Comparison | Range) -> Quantity | None:
    """``次日缴库`` against a limit in days: 1 day, ``当日缴库`` 0 (parse27 M3).

    Example:
        >>> from perftrack import parse_target
        >>> str(_day_of_work("次日缴库", parse_target("收缴后1个工作日内")))
        '1(个工作日)'
        >>> _day_of_work("次日缴库", parse_target("≤24小时")) is None
        True

    Against a target of the same day (``当日办结``, ``即办``: ``≤1个工作日`` with the
    words as its note) the next day is past the day asked for:

        >>> str(_day_of_work("次日办结", parse_target("当日办结")))
        '>1(个工作日)'
        >>> str(_day_of_work("第二天办结", parse_target("当天办结")))
        '>1(个工作日)'
    """
    text = _day_without_note(text, target)
    found = _DAY_OF_WORK_RE.fullmatch(text)
    if found is None or not isinstance(target, Comparison) or target.op not in (Op.LE, Op.LT):
        return None
    if target.unit in _HOUR_UNITS and found["day"] in _SAME_DAY and target.value >= _DAY_HOURS:
        return Quantity(
            Decimal(0), "日"
        )  # 当日 against 灾后24小时内: within the day (regress53 W7)
    if target.unit not in _DAY_UNITS:
        return None  # a limit in days only: 次日 says nothing against ≥3日 or ≤24小时
    if found["day"] in _SAME_DAY:
        return Quantity(Decimal(0), target.unit)
    if target.note in SAME_DAY_WORDS and target.value == 1:
        # 次日办结 against 当日办结 (≤1个工作日, its words the note): the one working day
        # is the day the work came in, the next day is past it (parse54 H1); against a
        # printed ≤1个工作日 (1个工作日内) the next day is that one working day after
        return Quantity(Decimal(1), target.unit, Bound.MORE_THAN)
    return Quantity(Decimal(1), target.unit)


# A bracketed note after the day of work (次日缴库（遇节假日顺延）, regress53 W7): the day
# stands when the note admits no delay; a note that carries the day over holidays only
# against a limit in working days (over a holiday 次日 is more than one calendar day).
_DAY_NOTE_RE: Final = re.compile(r"(?P<day>[^()]+)\((?P<note>[^()]*)\)")
# A part on time (部分, 大部分, 多数, 基本, 个别: regress57 W2) admits the rest was late.
_LATE_NOTE_RE: Final = re.compile(
    r"\d|逾期|超期|超时|延迟|延误|推迟|滞后|未|不|除|部分|多数|大多|大都|多半|少数|基本|个别"
)
_HOLIDAY_NOTE_RE: Final = re.compile("顺延|节假日|节日|假日|休息日|周末|双休")
# A part of a note denying delay (未出现延迟, 无逾期, 均未超时: regress60 P1): no admission.
_NO_DELAY_PART_RE: Final = re.compile(
    r"(?:全部|全年|均|都|皆|从)?(?:未出现|未发生|没有出现|没有|未有|无|未|不存在)(?:任何)?"
    r"(?:逾期|超期|超时|延迟|延误|推迟|滞后)(?:情况|现象)?"
)
# Words a holiday part may hold besides the holiday (个别因节假日顺延, 不含节假日: regress60
# P2): they qualify the carry-over, not the lateness.
_HOLIDAY_PART_WORDS_RE: Final = re.compile("个别|少数|不含|不计|不包括|除|因|遇|如遇|逢")
_NOTE_PARTS_RE: Final = re.compile("[,，、;；]")
_WORKING_DAY_UNITS: Final = frozenset({"个工作日", "工作日"})
_HOUR_UNITS: Final = frozenset({"小时", "个小时"})
_DAY_HOURS: Final = Decimal(24)


def _day_without_note(text: str, target: Comparison | Range) -> str:
    """``次日缴库(遇节假日顺延)``: ``次日缴库`` when the note may be set aside, else as it is.

    >>> from perftrack import parse_target
    >>> _day_without_note("次日缴库(遇节假日顺延)", parse_target("收缴后1个工作日内"))
    '次日缴库'
    >>> _day_without_note("次日缴库(遇节假日顺延)", parse_target("≤1日"))
    '次日缴库(遇节假日顺延)'

    A note denying delay (``未出现延迟``, ``无逾期``) is no admission; a holiday part may
    say some days were carried over (``个别因节假日顺延``, ``不含节假日``: regress60 P1, P2).

    >>> _day_without_note("次日缴库(未出现延迟)", parse_target("≤1日"))
    '次日缴库'
    >>> _day_without_note("次日缴库(全部按时,个别因节假日顺延)", parse_target("≤1个工作日"))
    '次日缴库'
    >>> _day_without_note("次日缴库(个别延迟)", parse_target("≤1个工作日"))
    '次日缴库(个别延迟)'
    """
    found = _DAY_NOTE_RE.fullmatch(text)
    if found is None:
        return text
    holiday = False
    for part in _NOTE_PARTS_RE.split(found["note"]):
        if _NO_DELAY_PART_RE.fullmatch(part):
            continue  # 未出现延迟: none late
        said = part
        if _HOLIDAY_NOTE_RE.search(part):
            holiday = True  # 个别因节假日顺延: only the carry-over's own words go
            said = _HOLIDAY_PART_WORDS_RE.sub("", _HOLIDAY_NOTE_RE.sub("", part))
        if _LATE_NOTE_RE.search(said):
            return text
    if holiday and target.unit not in _WORKING_DAY_UNITS:
        return text
    return found["day"]


def _count_target(indicator: Indicator) -> Comparison | Range | None:
    target = indicator.target
    if isinstance(target, (Comparison, Range)) and target.unit:
        return target
    return None


def _half_points(actual: Quantity, indicator: Indicator) -> Quantity | None:
    """``N分半`` on a row not of time: N.5 分 (points), not minutes (regress52 W2).

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("群众评议得分", target=parse_target("≥4.5分"), actual=parse_value("4分半"))
    >>> str(_half_points(row.actual, row))
    '4.5(分)'
    >>> row = Indicator("到场时间", target=parse_target("≤5分钟"), actual=parse_value("4分半"))
    >>> _half_points(row.actual, row) is None
    True
    """
    return half_points(actual, indicator.target, indicator.name)


# A row of a data rate (出口带宽, 网速, 传输速率): the bare spellings offices use for one,
# 10G, 1000M, 100M, and the words 万兆, 千兆, 百兆 (10 Gbps, 1 Gbps, 100 Mbps), are read
# as the rate with its unit (m25). Elsewhere 10G is left alone (storage, a generation).
# 出口 alone also names road exits and exports (高速出口连接线 1200M is metres): only a
# network's exit counts (网络出口, 互联网出口; 出口带宽 has 带宽) (regress92 W2).
_RATE_NAME_RE: Final = re.compile("带宽|网速|速率|网出口|网络出口")
_BARE_RATE_UNITS: Final = MappingProxyType(
    {"T": "Tbps", "G": "Gbps", "M": "Mbps", "K": "Kbps", "兆": "Mbps", "Gb": "Gbps", "Mb": "Mbps"}
)
_RATE_WORDS: Final = MappingProxyType({"万兆": "10Gbps", "千兆": "1Gbps", "百兆": "100Mbps"})
_RATE_WORD_RE: Final = re.compile("|".join(_RATE_WORDS))
_RATE_UNITS: Final = frozenset({"Tbps", "Gbps", "Mbps", "Kbps"})
# A bare 2G–6G is read as a network's generation (m25); on a rate row it is a rate.
_GENERATION_RE: Final = re.compile("[2-6]G")


def _rate_unit(unit: str | None) -> tuple[Decimal, str] | None:
    """*unit* as a data rate: the factor and the unit (G: 1 Gbps, 万兆: 10 Gbps), else None.

    ``万兆以上`` and ``不低于千兆`` read as the unit 万兆 and 千兆 with the number 1.
    """
    if unit is None:
        return None
    if unit in _BARE_RATE_UNITS:
        return Decimal(1), _BARE_RATE_UNITS[unit]
    said = _RATE_WORDS.get(unit)
    if said is None:
        return None
    return Decimal(said.rstrip("bpsGM")), said.lstrip("0123456789")


def _rate_target(target: Target | None) -> Target | None:
    """*target* as a data rate: ``≥10G`` is ``≥10Gbps``, ``万兆以上`` is ``≥10Gbps``."""
    if isinstance(target, Descriptive) and _GENERATION_RE.fullmatch(target.description):
        return evolve(parse_target(target.description + "bps"), text=target.text)
    if isinstance(target, Descriptive) and len(_RATE_WORD_RE.findall(target.description)) == 1:
        text = _RATE_WORD_RE.sub(lambda word: _RATE_WORDS[word[0]], target.description)
        try:
            said = parse_target(text)
        except ExpressionError:
            return target
        if isinstance(said, (Comparison, Range)) and said.unit in _RATE_UNITS:
            return evolve(said, text=target.text)
        return target
    if isinstance(target, Comparison) and (rate := _rate_unit(target.unit)):
        return evolve(target, value=target.value * rate[0], unit=rate[1])
    if isinstance(target, Range) and (rate := _rate_unit(target.unit)):
        return evolve(target, low=target.low * rate[0], high=target.high * rate[0], unit=rate[1])
    return target


def _rate_value(value: Value | None) -> Value | None:
    """*value* as a data rate: ``1000M`` is ``1000Mbps``, ``出口带宽万兆`` is ``10Gbps``."""
    if isinstance(value, TextValue) and _GENERATION_RE.fullmatch(value.description):
        return evolve(parse_value(value.description + "bps"), text=value.text)
    if isinstance(value, TextValue) and len(_RATE_WORD_RE.findall(value.description)) == 1:
        text = _RATE_WORD_RE.sub(lambda word: _RATE_WORDS[word[0]], value.description)
        said = parse_value(text)
        if isinstance(said, Quantity) and said.unit in _RATE_UNITS:
            return evolve(said, text=value.text)
        return value
    if isinstance(value, Quantity) and (rate := _rate_unit(value.unit)):
        return evolve(value, value=value.value * rate[0], unit=rate[1])
    return value


def _data_rate_row(indicator: Indicator) -> Indicator:
    """*indicator* with its target and values read as data rates on a row of one.

    The plan, forecast and last year's value too, so that a plan of ``10G`` still
    compares with an actual of ``8G`` (regress92 W1).

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = _data_rate_row(
    ...     Indicator("出口带宽", target=parse_target("万兆以上"), actual=parse_value("1000M"))
    ... )
    >>> str(row.target), str(row.actual)
    ('≥10(Gbps)', '1000(Mbps)')
    """
    if _RATE_NAME_RE.search(indicator.name) is None:
        return indicator
    target = _rate_target(indicator.target)
    actual, planned = _rate_value(indicator.actual), _rate_value(indicator.planned)
    forecast, previous = _rate_value(indicator.forecast), _rate_value(indicator.previous)
    if (
        target is indicator.target
        and actual is indicator.actual
        and planned is indicator.planned
        and forecast is indicator.forecast
        and previous is indicator.previous
    ):
        return indicator
    return evolve(
        indicator,
        target=target,
        actual=actual,
        planned=planned,
        forecast=forecast,
        previous=previous,
    )


def _counted_actual(indicator: Indicator, table: Table) -> Indicator:
    """*indicator* with a count read out of its text actual, else itself.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator(
    ...     "培训人次", target=parse_target("≥100人次"), actual=parse_value("2期120人次")
    ... )
    >>> from perftrack.model import Table, TableKind
    >>> str(_counted_actual(row, Table(TableKind.SELF_EVALUATION)).actual)
    '120(人次)'
    """
    # (each reading below is asked only of the rows it may change, by its own first test,
    # asked here without the call: this runs for every row, speedS5c)
    if _RATE_NAME_RE.search(indicator.name) is not None:
        indicator = _data_rate_row(indicator)  # 出口带宽 万兆 against 1000M: 10Gbps, 1000Mbps
    actual = indicator.actual
    if (
        isinstance(actual, Quantity)
        and actual.unit == "分钟"  # (minutes only: half_points's first test)
        and (points := _half_points(actual, indicator)) is not None
    ):
        return evolve(indicator, actual=points)  # 89分半 on a score: 89.5分 (regress52 W2)
    if (
        isinstance(actual, TextValue)  # (a clause of text only: _change_clause's first test)
        and (change := _change_clause(indicator.target, actual, table.year, indicator.name))
        is not None
    ):
        # 文创收入286万元，同比增长8.6% against 较上年增长10%: the change clause (parse24 H2)
        return evolve(indicator, actual=change)
    if isinstance(actual, TextValue) and (ranged := _range_actual(indicator, actual)):
        return evolve(indicator, actual=evolve(ranged, text=actual.text))
    if (
        isinstance(actual, Quantity)
        and actual.unit is not None
        and "/" in actual.unit  # (a unit per something only: _year_count's first test)
        and (yearly := _year_count(indicator.target, actual, table)) is not None
    ):
        return evolve(indicator, actual=yearly)  # 4次/年 against ≥4次: the year's 4次 (r34e)
    target = _count_target(indicator)
    if target is None or actual is None:
        return indicator
    figure: Quantity | None = None
    if isinstance(actual, Quantity):
        if actual.unit is None:
            return indicator  # a bare figure: each reading below asks the actual's unit first
        figure = (
            _star_level(actual, target)
            or _noun_synonym(actual, target, indicator.name)
            or _water_volume(actual, target, indicator.name)
            or _zero_errors(actual, target, indicator.name)
        )
    elif isinstance(actual, (StatusValue, QualitativeValue)):
        # 次日缴库（未出现延迟）, 次日缴库（无逾期）: the day, its note denying delay (regress60 P1)
        figure = _day_of_work(_normal(actual.text).rstrip("。"), target)
    elif isinstance(actual, TextValue):
        text = _normal(actual.description).rstrip("。")
        name = _normal(indicator.name)
        if _change_named(text, name):
            return indicator  # 在院孤儿118名，较年初减少4名 on 减少在院孤儿人数: the change's row
        if _foreign_currency_part(text, indicator.target, name) is not None:
            return indicator  # 内资36.8亿元、外资1.2亿美元: no one part is the sum (p48 H5)
        figure = (
            _day_of_work(text, target)
            or _level_after_change(text, target, table.year)
            or _side_by_side(text, target)
            or _done_beside_under_way(text, target)
            or _standard_with_count(text, target)
            or _star_in_words(text, target, name)
            or _period_count(text, target, table)
            or _running_total(text, target, table)
            or _count_in_words(text, target)
            or _labelled_counts(text, target, name)
            or _count_beside_amount(text, target)
            or _amount_beside_counts(text, target, name)
            or _longest_case(text, target, name)
            or _rates_one_side(text, target, name)
            or _rate_then_satisfied(text, target, name)
            or _own_full_coverage(text, target, name)
            or _all_done_share(text, target)
            or _all_done_count(text, target, name)
            or _noun_then_all_done_count(text, target)
            or _count_done_for(text, target)
            or _part_of_whole(text, target)
            or _total_beside_average(text, target, name)
            or _part_of_a_kind(text, target)
        )
    if figure is None:
        return indicator
    return evolve(indicator, actual=evolve(figure, text=actual.text))


# A change said against a base (较年初减少4名) whose verb a count's name asks for itself.
_NAMED_CHANGE_RE: Final = re.compile(
    r"(?:较上年|较去年|比上年|同比|较年初|比年初)(?P<verb>减少|增加|下降|降低|增长|提高|提升|上升|回落)了?\d"
)


def _change_named(text: str, name: str) -> bool:
    """Whether *text* says a change against a base whose verb *name* holds (减少在院孤儿人数).

    The level beside it is then not the row's count (regress108): scoring reads the change.
    """
    if not any(verb in name for verb in ("减少", "增加", "下降", "降低", "增长")):
        return False  # (the cheap guard: a name of no change)
    said = [found["verb"] for found in _NAMED_CHANGE_RE.finditer(text)]
    if any(verb in name and verb in _ASKED_CHANGES for verb in said):
        return True
    # 较年初增加4名 on 减少在院孤儿人数: the change the other way, read negative (r108b)
    up, down = ("增加", "增长"), ("减少", "下降", "降低")
    name = name.replace("增加值", "")
    return any(
        any(word in name for word in (down if verb in _UP_CHANGES else up))
        and not any(word in name for word in (up if verb in _UP_CHANGES else down))
        for verb in said
    )


# The verbs a count's name may ask a change by, and the verbs of a change up.
_ASKED_CHANGES: Final = frozenset({"减少", "增加", "下降", "降低", "增长"})
_UP_CHANGES: Final = frozenset({"增加", "增长", "提高", "提升", "上升"})


# A range actual: two figures joined by a range word, maybe a label before (系数1.30～1.35);
# a unit of up to three characters or 个工作日 (3-5个工作日 as 3-5天, parse54 M10).
_RANGE_UNIT: Final = "(?:个工作日|[\u4e00-\u9fff%]{0,3})"
_RANGE_ACTUAL_RE: Final = re.compile(
    rf"[\u4e00-\u9fff]{{0,12}}\d+(?:\.\d+)?{_RANGE_UNIT}(?:~|～|-|—|至|到)\d+(?:\.\d+)?{_RANGE_UNIT}"
)


# A clause's label saying it is the total (共带动增收286万元, 合计, 累计), or an average
# per unit (户均增收1200元, 人均, 平均): a per-unit figure is never the total.
_TOTAL_LABEL_RE: Final = re.compile("^(?:共|合计|累计|总计)")
_AVERAGE_LABEL_RE: Final = re.compile(f"{_PER_WORD_RE.pattern}|平均")
# A comma ending a clause, not one grouping thousands (户均增收1,200元).
_CLAUSE_SPLIT_RE: Final = re.compile(r"[，；;、]|(?<!\d),|,(?!\d{3}(?!\d))")


def _total_beside_average(text: str, target: Comparison | Range, name: str) -> Quantity | None:
    """``户均增收1200元，共带动增收286万元`` against ``≥300万元``: the total (parse28 M1).

    One clause is marked the total (``共``, ``合计``, ``累计``, ``总计``) and is in the
    target's unit; every other clause is a per-unit figure (户均, 人均, 每户, 平均), which
    cannot be the total. Not when the indicator or its target is itself per unit
    (``户均增收`` against ``≥1000元``: that is the average's row).

    >>> from perftrack import parse_target
    >>> str(
    ...     _total_beside_average(
    ...         "户均增收1,200元,共带动增收286万元", parse_target("≥300万元"), "带动增收"
    ...     )
    ... )
    '共带动增收286(万元)'
    """
    if target.unit is None or _per_of(name) is not None or _per_of(target.label) is not None:
        return None
    clauses = [part for part in _CLAUSE_SPLIT_RE.split(text) if part]
    if len(clauses) < 2:  # noqa: PLR2004
        return None
    totals: list[Quantity] = []
    for clause in clauses:
        figure = parse_value(clause)
        if (
            not isinstance(figure, Quantity)
            or not figure.label
            or figure.unit is None
            or figure.status is not None
            or figure.bound is not Bound.EXACT
        ):
            return None
        if _AVERAGE_LABEL_RE.search(figure.label) is not None:
            continue  # 户均增收1200元: per household, no total
        if _TOTAL_LABEL_RE.search(figure.label) is None:
            return None
        totals.append(figure)
    if len(totals) != 1 or _unit(totals[0].unit).base != _unit(target.unit).base:
        return None
    return evolve(totals[0], note=None)


def lone_figure_apart(target: Target | None, actual: Value | None) -> Quantity | None:
    """The one figure of a text actual when its unit is not the target's, or None (r34e).

    ``完成培训80场，效果良好`` against ``≥100人次``: the cell's only figure counts 场,
    which no 人次 converts to; the verdict says the units differ and ``unit-mismatch`` is
    raised, as for ``完成培训80场`` alone, instead of calling the cell no number. One
    clause with a digit only (two figures may be two things, one of them the row's),
    read as a figure with a unit and no status.

    >>> from perftrack import parse_target, parse_value
    >>> str(lone_figure_apart(parse_target("≥100人次"), parse_value("完成培训80场，效果良好")))
    '完成培训80(场)'
    """
    found = _lone_figure(target, actual)
    if found is None or _factors(found[0].unit, found[2]) is not None:
        return None
    return found[0]


def lone_figure_alike(target: Target | None, actual: Value | None) -> Quantity | None:
    """The one figure of a text actual in a unit comparable to the target's, or None (r34o).

    ``培训80场次，效果良好`` against ``≥100场`` (场次 as 场, as for ``80场次`` alone) or
    ``完成投资12000万元，效果良好`` against ``≥1亿元``: the cell's only figure is compared
    as the figure, where r34e's :func:`lone_figure_apart` says a figure of another unit
    apart. As there, one clause with a digit only and a figure with a unit and no
    status; besides, neither the figure's own words nor any other clause may say less
    than done (``计划培训120场``, ``未完成``, ``部分正在推进``, ``尚待验收``): the cell
    then says two things and stays text. The figure is returned without its label.

    >>> from perftrack import parse_target, parse_value
    >>> str(lone_figure_alike(parse_target("≥100场"), parse_value("培训80场次，效果良好")))
    '80(场次)'
    >>> lone_figure_alike(parse_target("≥100场"), parse_value("培训120场次，部分尚未完成"))
    """
    found = _lone_figure(target, actual)
    if found is None:
        return None
    figure, others, unit = found
    if _factors(figure.unit, unit) is None:
        return None
    if isinstance(target, Comparison) and target.value == 0:
        # 发生食品安全事故1起，已处理 against 安全生产事故 0起: which events a zero
        # ceiling counts (their kind, who was liable) the event rules decide (k26, s27)
        return None
    if (
        (figure.label and _LESS_DONE_RE.search(figure.label) is not None)
        or figure.note is not None
        # 每周1次, 每季度1次，按时公布: a rate per period, no count done (p28fix, fp20)
        or (figure.label and _PERIOD_LABEL_RE.search(figure.label) is not None)
        or "/" in (figure.unit or "")
    ):
        return None
    if any(_LESS_DONE_RE.search(clause) is not None for clause in others):
        return None
    return evolve(figure, label=None)


# A period or an average in the figure's words (每周, 每季度, 月均, 人均): a rate, no count.
_PERIOD_LABEL_RE: Final = re.compile(f"每|均|{_PER_WORD_RE.pattern}")
# Words saying less than done, in the figure's own words or another clause of the cell:
# a plan or a forecast, a denial, a part, a delay, work still under way or pending.
_LESS_DONE_RE: Final = re.compile(
    "未|不|没|无|非|但|却|仍|尚|部分|基本|个别|仅|只|滞后|延迟|延期|逾期|推迟|顺延|结转|暂缓"
    "|差距|问题|不足|计划|预计|预期|拟|将|力争|争取|目标|要求|标准|正在|推进|在建|待|中$"
)


def _lone_figure(
    target: Target | None, actual: Value | None
) -> tuple[Quantity, list[str], str] | None:
    """The one figure of a text actual against a figure target, its other clauses, the unit.

    One clause with a digit only, read as a figure with a unit and no status; never
    against a share (``发生森林火灾2起，均未扑灭`` against ``≥95%``: a count beside a rate
    is its base).
    """
    if (
        not isinstance(actual, TextValue)
        or not isinstance(target, (Comparison, Range))
        or target.unit is None
        # 发生森林火灾2起，均未扑灭 against ≥95%: a count beside a rate is its base, no
        # figure in a wrong unit
        or target.unit in _SHARE_UNITS
    ):
        return None
    clauses = [
        clause
        for clause in _CLAUSE_SPLIT_RE.split(_normal(actual.description).rstrip("。"))
        if clause
    ]
    counted = [clause for clause in clauses if _FIRST_DIGIT_RE.search(clause) is not None]
    if len(counted) != 1:
        return None
    try:
        figure = parse_value(counted[0])
    except ExpressionError:
        return None
    if not isinstance(figure, Quantity) or figure.unit is None or figure.status is not None:
        return None
    return figure, [clause for clause in clauses if clause is not counted[0]], target.unit


_FIRST_DIGIT_RE: Final = re.compile(r"\d")
_SHARE_UNITS: Final = frozenset({"%", "‰", "‱"})


# A unit per year (次/年, 次/每年, 万元/年): what a year's count or amount is written in.
_PER_YEAR_RE: Final = re.compile(r"(?P<base>[^/]+)/(?:每|全)?年")


def _year_count(target: Target | None, actual: Quantity, table: Table) -> Quantity | None:
    """``4次/年`` against ``≥4次`` in a 自评表: the year's count, 4次 (r34e).

    A 自评表's actual is the year's result, so a count or an amount written per year is
    the year's own figure, in the target's unit (the base before ``/年``; ``万元/年``
    against ``≥12万元`` too). Not when the target is itself per period (``4次/年``,
    ``每月1次``: compared per period as before), nor in a tracking table, whose actual
    is the count to date (a rate per year there is no count done).

    >>> from perftrack import parse_target, parse_value
    >>> from perftrack.model import Table, TableKind
    >>> table = Table(TableKind.SELF_EVALUATION)
    >>> str(_year_count(parse_target("≥4次"), parse_value("4次/年"), table))
    '4(次)'
    """
    if (
        table.kind is not TableKind.SELF_EVALUATION
        or not isinstance(target, (Comparison, Range))
        or target.unit is None
        or "/" in target.unit
        or (target.label is not None and _PER_WORD_RE.search(target.label) is not None)
        or actual.unit is None
        or actual.status is not None
        or (actual.label and "均" in actual.label)  # 年均4次/年: an average, no count
        or (found := _PER_YEAR_RE.fullmatch(actual.unit)) is None
    ):
        return None
    base = found["base"]
    if base != target.unit and _unit(base).base != _unit(target.unit).base:
        return None
    return evolve(actual, unit=base)


# A label then 约为, 为 or 约 before a range (农户自缴比例约为20%-30%): what the range is of,
# not a plan or a standard (计划为…, 标准为…).
_SAID_RANGE_HEAD_RE: Final = re.compile(
    "(?![\u4e00-\u9fff]*?(?:计划|预计|拟|目标|力争|争取|要求|标准|不|未))"
    "[\u4e00-\u9fff]{0,10}?(?:约为|约|为|约在|在)(?=\\d)"
)


def _range_read(indicator: Indicator, actual: TextValue) -> tuple[Range, Comparison] | None:
    """A range actual in the unit of a comparison target, and that target as judged.

    An ``=`` target is judged in the indicator's direction (scoring.md §2, "`=`
    targets are met when reached in the indicator's direction"): a floor when higher is
    better (正向: ``=95%`` as ``≥95%``), a ceiling when lower is (反向, a cost: ``=5万元``
    as ``≤5万元``), r34e. A policy of strict equality is not known here: the verdict
    judges the range's end as it judges a bound figure.
    """
    target = indicator.target
    if not isinstance(target, Comparison) or _RANGE_ACTUAL_RE.fullmatch(actual.description) is None:
        return None
    text = actual.description
    if (said := _SAID_RANGE_HEAD_RE.match(text)) is not None:
        text = text[said.end() :]  # 农户自缴比例约为20%-30%: the range said (p45 H4)
    try:
        ranged = parse_target(text)
    except ExpressionError:
        return None
    if not isinstance(ranged, Range) or ranged.unit != target.unit:
        return None
    if target.op is Op.EQ:
        higher = direction_of(indicator) is Direction.HIGHER
        target = evolve(target, op=Op.GE if higher else Op.LE)
    return ranged, target


def _range_actual(indicator: Indicator, actual: TextValue) -> Quantity | None:
    """``1.30～1.35`` against a floor or a ceiling: the end that decides (parse23 M3).

    A range actual (``1.30～1.35``, ``1.30-1.35``, ``1.30至1.35``, in the target's unit)
    meets a floor when its low end does and misses it when its high end does: against
    ``≥1.25`` it is read as at least 1.30 (met), ``1.10～1.20`` as at most 1.20 (not met),
    and ``1.15～1.35``, either side of the bar, is left as it was (unknown; the verdict
    says the range straddles the target, :func:`range_straddling`). A ceiling the other
    way round. An ``=`` target is a floor or a ceiling by the indicator's direction
    (:func:`_range_read`, r34e). Not against a range (what a range of a range says is
    not one figure). A label said before the range (``合格率为96%-97%``) is read (p45 H4).

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> row = Indicator("合格率", target=parse_target("≥1.25"), actual=parse_value("1.30～1.35"))
    >>> str(_range_actual(row, parse_value("1.30～1.35")))
    '≥1.30'
    """
    read = _range_read(indicator, actual)
    if read is None:
        return None
    ranged, target = read
    bar = target.value
    floor = target.op in (Op.GE, Op.GT)
    low_meets = ranged.low >= bar if target.op is Op.GE else ranged.low > bar
    high_meets = ranged.high <= bar if target.op is Op.LE else ranged.high < bar
    if floor and low_meets:  # the whole range on or above the floor
        return Quantity(ranged.low, ranged.unit, Bound.AT_LEAST, label=ranged.label)
    if floor and not (ranged.high >= bar if target.op is Op.GE else ranged.high > bar):
        return Quantity(ranged.high, ranged.unit, Bound.AT_MOST, label=ranged.label)
    if not floor and high_meets:  # the whole range on or below the ceiling
        return Quantity(ranged.high, ranged.unit, Bound.AT_MOST, label=ranged.label)
    if not floor and not (ranged.low <= bar if target.op is Op.LE else ranged.low < bar):
        return Quantity(ranged.low, ranged.unit, Bound.AT_LEAST, label=ranged.label)
    # 1.15～1.35 against ≥1.25: either side, unknown as before; so is 20%-30% against ≤20%,
    # whose end on the bar meets it (neither end decides; p45 H4 reviewed)
    return None


def range_straddling(indicator: Indicator, actual: TextValue) -> Range | None:
    """The range actual that lies on both sides of the target's figure, or None (r34e).

    ``90%-98%`` against ``=95%`` (or ``≥95%``): some of it meets the target, some not,
    so the verdict stays unknown and says why, never met.

    >>> from perftrack import Indicator, parse_target, parse_value
    >>> actual = parse_value("90%-98%")
    >>> row = Indicator("合格率", target=parse_target("=95%"), actual=actual)
    >>> str(range_straddling(row, actual))
    '90-98(%)'
    """
    read = _range_read(indicator, actual)
    if read is None or _range_actual(indicator, actual) is not None:
        return None
    return read[0]


# Units of a time a case takes (a per-case limit: 2小时内到达, 15个工作日内拨付).
_CASE_TIME_UNITS: Final = frozenset({"分钟", "小时", "天", "日", "个工作日", "工作日", "个月"})
# The longest case (最长3小时, 单次最长3小时, 最慢18个工作日) or some over (个别超过5个工作日).
_LONGEST_LABEL_RE: Final = re.compile(r"最长|最多|最慢|最高|个别|少数|部分")
# Every case within a time (全部在24小时内修复, 均在2小时内到达): the longest's bound.
_ALL_WITHIN_LABEL_RE: Final = re.compile("全部|均|全部均|均已|全部已")
# A target that is itself an average (平均办理时间 ≤3天, 办理时间 平均≤3天, 出水COD年均
# 浓度): no limit per case.
_AVERAGE_TARGET_RE: Final = re.compile("平均|次均|人均|户均|日均|月均|年均")
# 最高52mg/L: the highest measured, a figure right after 最高 (最高不超过46 is a bound).
_HIGHEST_FIGURE_RE: Final = re.compile(r"最高(?:为|达)?\d")
# Concentration limits (出水COD ≤50mg/L, GB 18918): one exceedance is one, so a maximum
# beside an average is judged as a longest case is (parse30 M5).
_CONCENTRATION_UNITS: Final = frozenset({"mg/L", "mg/m³", "μg/m³", "μg/L"})
# An average clause of the pair: 平均, and over a period for concentrations (年均, 月均, 日均).
_CASE_AVERAGE_LABEL_RE: Final = re.compile("平均|年均|月均|日均")


# 平均12个工作日兑付: an average time, then the verb of what was done in it (p45 H7).
_AVERAGE_THEN_VERB_RE: Final = re.compile(
    r"(?P<average>(?:平均|年均|月均|日均)\d+(?:\.\d+)?[\u4e00-\u9fff]{1,4}?)"
    "(?:兑付|拨付|发放|办结|办理|处理|完成|到位|到达|修复|抢通|审核|审批|受理)"
)


def _longest_case(text: str, target: Comparison | Range, name: str = "") -> Quantity | None:
    """``平均1.5小时，最长3小时`` against a time limit: the longest case (parse23 M1).

    A limit on the time a case takes (``接报后2小时内到达现场``, ``≤5个工作日``) holds for
    every case, so an average says nothing of it when the cell gives the longest case
    too: 3小时 is judged (not met against ``≤2小时``), and so is ``个别超过5个工作日``
    beside an average (more than 5, not met against ``≤3个工作日``). ``全部在24小时内修复``
    bounds every case, the longest too: at most 24 hours (met against ``≤24小时``). Every clause is an
    average (a label with 平均) or the one longest case, all in units of time.

    When the name or the target says the target is an average (``平均办理时间 ≤3天``,
    ``办理时间 平均≤3天``; also 次均, 人均, 户均, 日均), the limit is on the average, not
    on each case: the cell's one average is judged and the longest case is left aside
    (regress50 W1).

    >>> from perftrack import parse_target
    >>> str(_longest_case("平均1.5小时,最长3小时", parse_target("≤2小时")))
    '最长3(小时)'
    >>> str(_longest_case("平均2天,最长5天", parse_target("≤3天"), "平均办理时间"))
    '平均2(天)'

    A concentration limit is read the same (parse30 M5): ``出水COD年均18.6mg/L，最高52mg/L``
    against ``≤50mg/L`` is judged on 52; on a 年均 row (``出水COD年均浓度``) on 18.6.
    """
    if (
        not isinstance(target, Comparison)
        or target.op not in (Op.LE, Op.LT)
        or target.unit is None
        or (
            target.unit not in _CASE_TIME_UNITS
            and _canonical(target.unit) not in _CONCENTRATION_UNITS
        )
    ):
        return None
    units = _CASE_TIME_UNITS if target.unit in _CASE_TIME_UNITS else _CONCENTRATION_UNITS
    clauses = [part for part in _SEPARATORS_RE.split(text) if part]
    if len(clauses) < 2:  # noqa: PLR2004
        return None
    longest: list[Quantity] = []
    averages: list[Quantity] = []
    for clause in clauses:
        figure = parse_value(clause)
        if (
            "均" in clause  # (a cheap guard: an average clause only, p45 H7)
            and (done := _AVERAGE_THEN_VERB_RE.fullmatch(clause)) is not None
        ):
            figure = parse_value(done["average"])  # 平均12天兑付: 平均12天, not 12天兑付 (p45 H7)
        if (
            isinstance(figure, Quantity)
            and _HIGHEST_FIGURE_RE.match(clause) is not None
            and figure.bound is Bound.AT_MOST
            and not figure.label
        ):
            # 最高52mg/L beside an average: the highest measured, not a bound (parse30 M5)
            figure = evolve(figure, bound=Bound.EXACT, label="最高")
        if (
            not isinstance(figure, Quantity)
            or figure.unit is None
            # 最长52h is 最长52小时 (h is 小时, value-language.md): either spelling (parse30 H4)
            or _canonical(figure.unit) not in units
            or not figure.label
            or figure.status is not None
        ):
            return None
        if _ALL_WITHIN_LABEL_RE.fullmatch(figure.label) and figure.bound is Bound.AT_MOST:
            longest.append(figure)  # 全部在24小时内修复: a bound of every case (parse26 M3)
        elif _LONGEST_LABEL_RE.search(figure.label) is not None:
            if figure.bound not in (Bound.EXACT, Bound.MORE_THAN):
                return None  # 最长不超过3小时: a bound of the longest, no case
            longest.append(figure)
        elif _CASE_AVERAGE_LABEL_RE.search(figure.label) is not None:
            averages.append(figure)
        else:
            return None
    said = f"{name}{target.label or ''}{target.note or ''}{target.text}"
    if _AVERAGE_TARGET_RE.search(said) is not None:  # an average target: the average
        return evolve(averages[0], note=None) if len(averages) == 1 and longest else None
    if len(longest) != 1:
        return None
    return evolve(longest[0], note=None)


# A row about water (污水处理量, 供水能力, 吨水成本): a ton of water is a cubic metre. Named
# by a word for water itself (污水, 供水, 节水, 尾水, 水量, 吨水...), not a bare 水: 水运,
# 水泥, 水稻, 水库清淤 and 水环境治理土方量 weigh other things (regress61 W2).
_WATER_RE: Final = re.compile(
    "污水|废水|供水|用水|节水|雨水|尾水|排水|自来水|再生水|(?<!集)中水|水量|处理水|吨水"
    # the water a works takes in or puts out, and drinking water (l71), not inside
    # another word: 调出水泥, 引进水产 (regress71 W2)
    "|原水|(?<![调输运产流])出水(?!泥|产|果|稻)|饮水|(?<!引)进水(?!泥|产|果|稻)"
)
# Cargo, silt and earthwork weighed in 吨 on a row that also names water (水运货物吞吐量,
# 河道清淤, 水环境治理土方量): a ton of these is no cubic metre.
_NOT_WATER_RE: Final = re.compile("水运|航运|吞吐|货物|货运|清淤|淤泥|底泥|污泥|土方|土石方|泥沙")
_WATER_BASES: Final = MappingProxyType({"吨": "ton", "立方米": "volume"})


def _water_part(part: str) -> tuple[str, str] | None:
    """A unit part as its scale prefix and 吨 or 立方米 (万m³: 万, 立方米), else None."""
    for prefix in ("", *voc.SCALE_PREFIXES):
        if not part.startswith(prefix):
            continue
        rest = part.removeprefix(prefix)
        if voc.UNIT_ALIASES.get(rest, rest) in _WATER_BASES:
            return prefix, rest
    return None


def _water_volume(actual: Quantity, target: Comparison | Range, name: str) -> Quantity | None:
    """*actual* in the target's 立方米 (or 吨) when the row is about water (parse30 M1, H3).

    In 污水处理 and 供水 tables 1 吨 of water is 1 立方米: ``9.6万吨/日`` against
    ``≥10万立方米/日`` is 9.6万立方米/日, and ``吨水处理成本1.26元`` against ``≤1.2元/m³``
    is 1.26 元/m³. Only when the indicator's name or the value's label names water
    (污水, 供水, 节水, 水量...) and no cargo, silt or earthwork (水运, 清淤, 土方): a ton of
    anything else is no volume.

    >>> from perftrack import parse_target, parse_value
    >>> str(_water_volume(parse_value("9.6万吨/日"), parse_target("≥10万m³/日"), "污水处理能力"))
    '9.6(万m³/日)'
    >>> _water_volume(parse_value("9.6万吨"), parse_target("≥10万m³"), "混凝土方量") is None
    True
    """
    if actual.unit is None or target.unit is None or actual.unit == target.unit:
        return None
    said = _normal(name) + _normal(actual.label or "")
    if _WATER_RE.search(said) is None or _NOT_WATER_RE.search(said) is not None:
        return None
    mine, theirs = actual.unit.split("/"), target.unit.split("/")
    if len(mine) == 1 and len(theirs) == 2 and _per_of(actual.label) == "吨":  # noqa: PLR2004
        under = _water_part(theirs[1])
        if (
            under is not None
            and under[0] == ""
            and voc.UNIT_ALIASES.get(under[1], under[1]) == "立方米"
        ):
            return evolve(actual, unit=f"{actual.unit}/{theirs[1]}")  # 吨水成本1.26元: per m³
        return None
    if len(mine) != len(theirs):
        return None
    parts: list[str] = []
    swapped = False
    for own, other in zip(mine, theirs, strict=True):
        mine_water, their_water = _water_part(own), _water_part(other)
        if mine_water is None or their_water is None:
            parts.append(own)
            continue
        mine_base = voc.UNIT_ALIASES.get(mine_water[1], mine_water[1])
        their_base = voc.UNIT_ALIASES.get(their_water[1], their_water[1])
        if mine_base == their_base:
            parts.append(own)
            continue
        parts.append(mine_water[0] + their_water[1])
        swapped = True
    return evolve(actual, unit="/".join(parts)) if swapped else None


def _canonical(unit: str) -> str:
    """*unit* under its canonical spelling (h: 小时, mg/l: mg/L, 毫克/升: mg/L)."""
    return voc.UNIT_ALIASES.get(unit, unit)


# Nouns of households, counted in 户 only: a count that names them beside firms
# (``带动企业及农户520家``) is no count of firms (regress49 W1).
_HOUSEHOLD_NOUNS: Final = ("农户", "困难户", "脱贫户", "贫困户", "低保户", "居民", "家庭", "住户")


# Trips saved to the public (减少群众跑腿8.2万人次 against ≥10万次): each 次 is one person's
# trip, so 人次 and 次 count the same trips on a 跑腿/跑动 row (parse31 M1). Elsewhere
# (服务, 接待, 培训) one 次 may serve many people: they stay apart.
_TRIP_SYNONYMS: Final = ((frozenset({"人次", "次"}), ("跑腿", "跑动", "跑路")),)


def _noun_synonym(actual: Quantity, target: Comparison | Range, name: str) -> Quantity | None:
    """*actual* in the target's measure word when the two count the same noun, else None.

    ``支持企业213户`` against ``≥200家`` on 扶持企业数 is 213 家: 户 and 家 both count
    firms, 场 and 个 events (``举办临时展览7场`` against ``≥6个``), when a noun of
    :data:`perftrack.vocabulary.COUNT_SYNONYMS_OF_NOUNS` is in the indicator's *name* or
    the actual's label (parse24 H3, M1). A scale prefix carries over (``1.2万户`` is
    ``1.2万家``). Households (``农户``, ``脱贫户``) are no firms: 户 and 家 stay apart.

    >>> from perftrack import parse_target, parse_value
    >>> str(_noun_synonym(parse_value("支持企业213户"), parse_target("≥200家"), "扶持数"))
    '支持企业213(家)'
    >>> _noun_synonym(parse_value("帮扶213户"), parse_target("≥200家"), "帮扶农户数") is None
    True
    """
    if actual.unit is None or target.unit is None:
        return None
    said = _normal(name) + _normal(actual.label or "")
    for pair, nouns in (*voc.COUNT_SYNONYMS_OF_NOUNS, *_TRIP_SYNONYMS):
        for word in pair:
            if not actual.unit.endswith(word):
                continue
            prefix = actual.unit.removesuffix(word)
            other = next(iter(pair - {word}))
            if (
                prefix in ("", *voc.SCALE_PREFIXES)
                and target.unit.endswith(other)
                and target.unit.removesuffix(other) in ("", *voc.SCALE_PREFIXES)
                and any(noun in said for noun in nouns)
                and ("户" not in pair or not any(noun in said for noun in _HOUSEHOLD_NOUNS))
            ):
                return evolve(actual, unit=prefix + other)
    return None


# An accuracy rate's row (支付准确率, 数据正确率) and the errors a count names (差错, 错误).
_ACCURACY_NAME_RE: Final = re.compile("(?<![不])(?:准确|正确)率")
_ERRORS_LABEL_RE: Final = re.compile("差错|错误|错付|误付")


def _zero_errors(actual: Quantity, target: Comparison | Range, name: str) -> Quantity | None:
    """``支付差错0笔`` on a 支付准确率 row against ``100%``: no error is 100 % accuracy.

    Only zero errors: a count of some (``支付差错3笔``) gives no share without the total
    (parse31 M2).

    >>> from perftrack import parse_target, parse_value
    >>> str(_zero_errors(parse_value("支付差错0笔"), parse_target("100%"), "支付准确率"))
    '100(%)(支付差错0笔)'
    >>> _zero_errors(parse_value("支付差错3笔"), parse_target("100%"), "支付准确率") is None
    True
    """
    if (
        actual.value != 0
        or target.unit != "%"
        or actual.unit in (None, "%")
        or _ACCURACY_NAME_RE.search(_normal(name)) is None
        or _ERRORS_LABEL_RE.search(_normal(actual.label or "")) is None
    ):
        return None
    # the count said as a note: 100(%)(支付差错0笔), no label of errors on a rate
    return evolve(actual, value=Decimal(100), unit="%", label=None, note=_normal(actual.text))


def _side_by_side(text: str, target: Comparison | Range) -> Quantity | None:
    """``2期120人次``: the count in the target's unit, when exactly one is.

    What was done may lead the counts as their label (``开展培训5期480人次``, p33fix M1),
    not a plan or a period (``计划培训…``, ``每期…``).
    """
    label = _LEAD_LABEL_RE.match(text)
    lead = label.group() if label is not None else ""
    if lead and _NOT_DONE_RE.search(lead) is not None:
        return None
    found = list(_COUNT_RE.finditer(text, len(lead)))
    if len(found) < 2 or lead + "".join(part.group() for part in found) != text:  # noqa: PLR2004
        return None
    units = [part.group(2) for part in found]
    if any(_NOT_A_COUNT_UNIT_RE.search(unit) is not None for unit in units):
        return None  # 3个月10天 (a duration), 3至5次 (a range), 2期3期: no two counts
    ours = [part for part in found if part.group(2) == target.unit]
    if len(ours) != 1:
        return None
    return Quantity(Decimal(ours[0].group(1)), target.unit, label=lead or None)


# 新增, 本年新增, 全年新增: the clause of the year's new ones beside a total (parse38 M1)
_NEW_LABEL_RE: Final = re.compile("(?:本年|今年|全年|年内|当年)?新增")
# 培训, 开展培训: what was done, the label of the counts beside it (p33fix M1)
_LEAD_LABEL_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,8}(?=\d)")


def _done_beside_under_way(text: str, target: Comparison | Range) -> Quantity | None:
    """``完成改造18座，2座在建``: the count done; the works under way are not done."""
    clauses = [part for part in _SEPARATORS_RE.split(text) if part]
    if len(clauses) != 2:  # noqa: PLR2004
        return None
    for done, rest in (clauses, clauses[::-1]):
        found = _DONE_RE.fullmatch(done)
        if (
            found is not None
            and _STAGE_RE.search(done) is None
            and target.unit is not None
            and found.group(3).startswith(target.unit)
            and len(found.group(3)) - len(target.unit) <= _DONE_NOUN_MAX
            and _NOT_A_COUNT_UNIT_RE.search(found.group(3)[len(target.unit) :]) is None
            and _UNDER_WAY_RE.match(rest) is not None
        ):
            return Quantity(Decimal(found.group(2)), target.unit)
    if "开" in text or "动工" in text:  # (the cheap guard: a count started, k31b)
        return _done_beside_started(clauses, target)
    return None


# 已开工100户, 开工建设100户, 100户已开工: a count of the works started (k31b)
_STARTED_CLAUSE_RE: Final = re.compile(
    r"(?:已|累计|共|新)?(?:开工|动工|开建)(?:建设)?(?P<count>\d+(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{1,3})"
    r"|(?P<count2>\d+(?:\.\d+)?)(?P<unit2>[\u4e00-\u9fff]{1,3}?)(?:已|已经)?(?:开工|动工|开建)(?:建设)?"
)
# 竣工85户, 完成改造85户, 其中竣工85户, 85户已竣工: a count of the works finished (k31b)
_FINISHED_CLAUSE_RE: Final = re.compile(
    r"(?:其中)?(?:已|共|累计)?(?:竣工|完工|建成|完成)[\u4e00-\u9fff]{0,4}?"
    r"(?P<count>\d+(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{1,3})"
    r"|(?:其中)?(?P<count2>\d+(?:\.\d+)?)(?P<unit2>[\u4e00-\u9fff]{1,3}?)(?:已|已经)?(?:竣工|完工|建成|完成)"
)


def _done_beside_started(clauses: list[str], target: Comparison | Range) -> Quantity | None:
    """``已开工100户，竣工85户``: the count finished, the works started no more than a step.

    The started count holds the finished one (at least as many, in the same unit, the
    target's); either order, the finished one maybe a ``其中`` of the started (k31b).

    >>> from perftrack import parse_target
    >>> str(_done_beside_started(["已开工100户", "竣工85户"], parse_target("≥120户")))
    '85(户)'
    >>> _done_beside_started(["已开工80户", "竣工85户"], parse_target("≥120户")) is None
    True
    """
    for started, done in (clauses, clauses[::-1]):
        begun = _STARTED_CLAUSE_RE.fullmatch(started)
        finished = _FINISHED_CLAUSE_RE.fullmatch(done)
        if (
            begun is None
            or finished is None
            or _STAGE_RE.search(done) is not None
            or (begun["unit"] or begun["unit2"]) != target.unit
            or (finished["unit"] or finished["unit2"]) != target.unit
        ):
            continue
        count = Decimal(finished["count"] or finished["count2"])
        if Decimal(begun["count"] or begun["count2"]) >= count:
            return Quantity(count, target.unit)
    return None


# 已按1500元/户兑付2,860户: the standard per unit, what was done, then the count in that
# unit (parse43 M3)
_STANDARD_THEN_COUNT_RE: Final = re.compile(
    r"(?:已)?按(?:照)?(?P<amount>\d+(?:\.\d+)?)(?P<scale>万)?元/(?P<per>[\u4e00-\u9fff])(?:的?标准)?"
    r"(?P<verb>[\u4e00-\u9fff]{1,4}?)(?P<count>\d{1,3}(?:,\d{3})+|\d+)(?P=per)"
)
# 已拨付1个基地5万元: what was done, one unit (and its noun), then the sum it got (parse44 M2)
_ONE_THEN_SUM_RE: Final = re.compile(
    r"(?:已|共)?(?P<verb>[\u4e00-\u9fff]{1,4}?)(?P<count>1)(?P<per>[\u4e00-\u9fff])"
    r"(?P<noun>[\u4e00-\u9fff]{0,4}?)(?P<amount>\d+(?:\.\d+)?)(?P<scale>万)?元"
)
_NOT_PAID_RE: Final = re.compile("未|不|没|无|尚|待|拟|计划|预计|争取|力争")


def _standard_with_count(text: str, target: Comparison | Range) -> Quantity | None:
    """``已按1500元/户兑付2,860户``, ``已拨付1个基地5万元``: the figure the target asks for.

    Against a standard per unit (``≥1500元/户``, ``5万元/个``) the standard, the count its
    note; against a count in that unit (``≥2800户``) the count (parse43 M3, parse44 M2). A sum
    given for one unit is its standard; for more than one it is their total, no standard.
    """
    if "元" not in text or target.unit is None:
        return None
    found = _STANDARD_THEN_COUNT_RE.fullmatch(text) or _ONE_THEN_SUM_RE.fullmatch(text)
    if found is None or _NOT_PAID_RE.search(found["verb"]) is not None:
        return None
    per = found["per"]
    standard = f"{found['scale'] or ''}元/{per}"
    if target.unit == standard:
        count = found["count"].replace(",", "")
        return Quantity(Decimal(found["amount"]), standard, note=f"{found['verb']}{count}{per}")
    if target.unit == per:
        return Quantity(Decimal(found["count"].replace(",", "")), per)
    return None


# 开展检查三次, 开展“中医药进社区”活动二十三场: what was done, then its count in
# Chinese numerals (parse22 M3); 第三次 (an ordinal) and words of a plan or a doubt are not
_CN_COUNT_RE: Final = re.compile(
    r"(?:已|共|累计|全年)?(?P<label>[\u4e00-\u9fff“”\"]{1,16}?)(?P<number>[一二两三四五六七八九十百]{1,5})"
    # 带动就业二百余人: more than the round count, as 二百余人 alone reads (parse56 F15)
    r"(?P<about>余|多)?(?P<unit>[\u4e00-\u9fff]{1,3})"
)
_NOT_DONE_RE: Final = re.compile(
    "第|计划|预计|拟|未|不|没|无|尚|待|争取|力争|每|至|或|多|余|几|约|近|超"
)
# 受益农户1085户, 受益农户1,085户: a label (none after the first clause, p33fix M1), then
# its count (thousands grouped or not, p33fix H1)
_LABELLED_COUNT_RE: Final = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{0,8}?)(?P<count>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # a Latin symbol too (126km, 862t, 412万m³), read through the unit aliases (parse36 H8)
    r"(?P<scale>万|亿)?(?P<about>余|多)?(?P<unit>[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,3}[23²³]?)"
)
# The clauses of labelled counts: a comma between a digit and three digits (1,085户)
# groups thousands, no clause (p33fix H1, as parse23 M2's groups).
_COUNT_CLAUSES_RE: Final = re.compile(r"[，；;、]|(?<!\d),|,(?!\d{3}(?!\d))")
# 禽流感95.2%: a group, then its rate
_GROUP_RATE_RE: Final = re.compile(r"(?P<label>[\u4e00-\u9fff]{1,8})(?P<rate>\d+(?:\.\d+)?)%")
# Labels that are a measure of their own (满意率, 基本满意度, 占比), not a group of the
# indicator's: two of them are two measures (parse20 M2), not one measure twice
_MEASURE_LABEL_RE: Final = re.compile("率|度|比|例|增|降|升|高|低|少|多|为|达")
# 应处理尽处理, 应保尽保: all that should be done is (the 100% phrase)
_ALL_DUE_RE: Final = re.compile(r"应(?P<verb>[\u4e00-\u9fff]{1,3})尽(?P=verb)")
# 全市38个乡镇卫生院均已设置中医馆, 全部完成政治考核: every one done (parse22 M4)
_ALL_DONE_RE: Final = re.compile(
    r"(?:(?:全市|全县|全区|全省|全镇)?(?:\d+[\u4e00-\u9fff]{1,2})?[\u4e00-\u9fff]{0,10}?)?"
    r"(?:均已|均|全部已|全部|全都|已全部)[\u4e00-\u9fff]{2,12}"
)
_NEGATED_RE: Final = re.compile("未|不|没|无|尚|待|拟|计划|预计|正在|争取|力争|部分|大部分|基本")
# 29个中心中28个能提供: a part of a whole of one unit, and what the part does
_PART_OF_WHOLE_RE: Final = re.compile(
    r"(?:全市|全县|全区|全省)?(?P<whole>\d+)(?P<unit>[\u4e00-\u9fff]{1,2}?)[\u4e00-\u9fff]{0,6}?中"
    r"(?:有)?(?P<part>\d+)(?P=unit)(?P<what>[\u4e00-\u9fff]{1,10})"
)
_HUNDRED: Final = Decimal(100)
_TWO_PLACES: Final = Decimal("0.01")


def _count_in_words(text: str, target: Comparison | Range) -> Quantity | None:
    """``开展检查三次``: the count in Chinese numerals, in the target's unit (3次)."""
    if re.search(r"\d", text) is not None:
        return None  # a count in digits is the grammar's
    found = _CN_COUNT_RE.fullmatch(text)
    if (
        found is None
        or found["unit"] != target.unit
        or target.unit == "星级"  # a star level is a level held (_star_in_words), no count
        or _NOT_DONE_RE.search(found["label"]) is not None
        or re.search("为|是", found["label"]) is not None  # 配套酒店为三星级: what it is
    ):
        return None
    number = found["number"]
    if found["about"] is not None and not (number.endswith(("十", "百")) or number == "千"):
        return None  # 二十三余人: no round count for 余 to follow
    bound = Bound.EXACT if found["about"] is None else Bound.MORE_THAN
    return Quantity(
        Decimal(chinese_to_int(number)), target.unit, bound, label=found["label"], text=text
    )


# Pollutants a row names by a word or a Latin symbol (化学需氧量 is COD, 氨氮 NH3-N): the
# labels of a cell's tonnages (parse41 M3)
_POLLUTANTS: Final = MappingProxyType(
    {
        "化学需氧量": "COD",
        "COD": "COD",
        "氨氮": "NH3-N",
        "NH3-N": "NH3-N",
        "总磷": "TP",
        "总氮": "TN",
        "二氧化硫": "SO2",
        "SO2": "SO2",
        "氮氧化物": "NOx",
        "NOx": "NOx",
    }
)
_POLLUTANT_RE: Final = re.compile("|".join(sorted(_POLLUTANTS, key=len, reverse=True)))
# 削减COD 9,650吨, COD削减量9650吨, 化学需氧量削减9650吨, 氨氮980吨: a pollutant, words of
# what was done to it, one figure
_POLLUTANT_COUNT_RE: Final = re.compile(
    r"(?P<before>[\u4e00-\u9fff]{0,4}?) ?(?P<pollutant>"
    + _POLLUTANT_RE.pattern
    + r") ?(?P<after>[\u4e00-\u9fff]{0,4}?) ?"
    r"(?P<count>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<scale>万)?(?P<unit>[\u4e00-\u9fff]{1,2}|t)"
)


def _named_pollutant(clauses: list[str], target: Comparison | Range, name: str) -> Quantity | None:
    """``削减COD 9,650吨、氨氮980吨`` on COD削减量: the tonnage of the pollutant the name names.

    The parse25 M1 rule (the name picks among labelled counts in one unit) for pollutants,
    whose labels are Latin symbols or words (COD, 化学需氧量) the name may spell otherwise
    (parse41 M3). Each clause names one pollutant and one figure; the name names one.
    """
    if target.unit is None or (wanted := _POLLUTANT_RE.findall(name)) == []:
        return None
    kinds = {_POLLUTANTS[word] for word in wanted}
    found = [_POLLUTANT_COUNT_RE.fullmatch(clause) for clause in clauses]
    if len(kinds) != 1 or any(part is None for part in found):
        return None
    parts = [part for part in found if part is not None]
    ours = [part for part in parts if _POLLUTANTS[part["pollutant"]] in kinds]
    if (
        len(ours) != 1
        or len({_POLLUTANTS[part["pollutant"]] for part in parts}) != len(parts)
        or _NOT_DONE_RE.search(ours[0]["before"] + ours[0]["after"]) is not None
    ):
        return None
    unit = (ours[0]["scale"] or "") + voc.UNIT_ALIASES.get(ours[0]["unit"], ours[0]["unit"])
    if unit != target.unit:
        return None
    return Quantity(Decimal(ours[0]["count"].replace(",", "")), unit, label=ours[0]["pollutant"])


# The persons sent out on an activity (出动执法人员1,120人次), never a part of its trips or
# checks however the labels share the activity's word (parse49 H5); nor are the sessions
# held (举办培训班12期) a part of the persons trained (培训2860人次, k30a).
_CREW_UNITS: Final = frozenset({"人", "人次", "名", "位"})


def _crew_beside(target_unit: str | None, units: list[str]) -> bool:
    """Whether one of *units* is the target's, and it alone is of persons or not of persons.

    ``出动执法船艇186航次、执法人员1,120人次`` against ``≥200航次``: the labels share 执法,
    the activity, but the trips and the persons are no parts of one measure (parse49 H5).
    The other way round too: ``举办培训班12期，培训2860人次`` against ``≥2800人次`` is the
    one count of persons beside counts of no persons (k30a). Not when a second count is of
    persons too (``培训农民1200人，培训2860人次``: which is the target's?).

    >>> _crew_beside("航次", ["航次", "人次"]), _crew_beside("人次", ["航次", "人次"])
    (True, True)
    >>> _crew_beside("人次", ["期", "人", "人次"]), _crew_beside("头", ["头", "羽"])
    (False, False)
    """
    if target_unit is None:
        return False
    # the measure words compared, the multiples set aside (2.86万人次 against ≥2800人次)
    wanted = _unscaled(voc.UNIT_ALIASES.get(target_unit, target_unit))
    wanted = voc.COUNT_SYNONYMS.get(wanted, wanted)
    bare = [_unscaled(unit) for unit in units]
    persons = wanted in _CREW_UNITS
    return bare.count(wanted) == 1 and all(
        (unit in _CREW_UNITS) is not persons for unit in bare if unit != wanted
    )


def _unscaled(unit: str) -> str:
    """*unit* without the multiple before its measure word: ``万人次`` → ``人次``."""
    return unit[1:] if unit[:1] in ("万", "亿") and len(unit) > 1 else unit


# 已受理发明专利3件，授权0件: a filing said done is no step of the count the row names
# (授权), the name picks among them as without 已 (parse55 M6).
_FILED_LABELS: Final = ("已申请", "已受理", "已申报")


def _labelled_counts(text: str, target: Comparison | Range, name: str) -> Quantity | None:
    """``受益农户1085户、合作社46个``: the one count in the target's unit (parse20 M3).

    Among counts of other units, each with its label; none a plan (计划受益1200户), and
    labels with no words in common: 病死猪 and 病死禽 are parts of one measure (畜禽).
    Where units repeat, the one count in the target's unit whose label the indicator's
    *name* holds (``授权发明专利97件，实用新型210件`` on 授权发明专利数: 97件; ``新认定42家，
    复审通过61家，净增30家`` on 高新技术企业净增数: 30家; parse25 M1); none when no label,
    or more than one, is in the name, or when one is a step done (``已整改45个``, ``整改1202处``).
    """
    clauses = [part for part in _COUNT_CLAUSES_RE.split(text) if part]
    if len(clauses) < 2:  # noqa: PLR2004
        return None
    if (named := _named_pollutant(clauses, target, name)) is not None:
        return named
    found = [_LABELLED_COUNT_RE.fullmatch(clause) for clause in clauses]
    counts = [part for part in found if part is not None]
    if len(counts) != len(clauses) or not counts[0]["label"]:
        return None  # a label first; those after it may go without (p33fix M1: 1,936人次)
    # 场次 counts in 场 (vocabulary.COUNT_SYNONYMS): 42场次 is the count of ≥50场 (parse24 M3)
    # km is 公里, t 吨, m³ 立方米 (vocabulary.UNIT_ALIASES): 巡查126km is the count of ≥150公里
    units = [
        (part["scale"] or "") + voc.COUNT_SYNONYMS.get(unit, unit)
        for part in counts
        for unit in (voc.UNIT_ALIASES.get(part["unit"], part["unit"]),)
    ]
    if any(_NOT_A_COUNT_UNIT_RE.search(unit) is not None for unit in units):
        return None
    labels = [part["label"] for part in counts]
    # (实现产值, 实现利润: one verb of a result, two measures; parse56 F15)
    measures = [_RESULT_VERB_RE.sub("", label) or label for label in labels]
    if any(
        first[start : start + 2] in second
        for index, first in enumerate(measures)
        for second in measures[index + 1 :]
        for start in range(len(first) - 1)
    ) and not _crew_beside(target.unit, units):
        return None  # 处理病死猪3.6万头，病死禽12万羽: parts of one measure (畜禽), not others
    if target.unit is None:
        return None
    scale = target.unit[:1] if target.unit[:1] in ("万", "亿") else ""
    bare = voc.UNIT_ALIASES.get(target.unit[len(scale) :], target.unit[len(scale) :])
    wanted = voc.COUNT_SYNONYMS.get(bare, bare)
    # 1.2万个 is the count of ≥15000个, 12000个 of ≥1.5万个: the measure word compared, the
    # multiple converted (parse38 H3)
    units = [
        unit.removeprefix(part["scale"] or "") for part, unit in zip(counts, units, strict=True)
    ]
    ours = [part for part, unit in zip(counts, units, strict=True) if unit == wanted]
    if any(
        not label and unit != wanted and unit not in voc.KNOWN_UNITS
        for label, unit in zip(labels, units, strict=True)
    ):
        # 2座待定: a bare clause is only the count in the target's unit (p33fix M1), or a
        # count of its own known unit (登记2.86万户，8.12万人 against ≥2.9万户, parse38 H4)
        return None
    if len(set(units)) != len(units):
        # two counts in one unit: the one the name names, else no telling which; not
        # steps of one count (隐患48个，已整改45个; 排查隐患1236处，整改1202处: the step
        # rules' case, p25fix M3)
        if any(
            (part["label"].startswith("已") and not part["label"].startswith(_FILED_LABELS))
            or any(step in part["label"] for step in SHARE_STEPS)
            for part in ours
        ):
            return None
        if not all(labels):
            return None  # 隐患48个，45个: a bare count of the same unit is a step of it
        if (stated := _stated_total(ours, scale)) is not None:
            # 线上1800人次、线下1400人次，合计3200人次: the total the cell states (parse52 M4)
            return Quantity(stated, target.unit, label="合计")
        spent = [part for part in ours if _SPENT_LABEL_RE.fullmatch(part["label"])]
        if len(spent) == 1 and all(
            part is spent[0] or _BESIDE_SPENT_LABEL_RE.fullmatch(part["label"]) for part in ours
        ):
            # 实际支出46.8万元，节约3.2万元; 预算50万元，实际支出48万元: the one amount spent,
            # beside a saving or a budget (parse52 M10)
            return Quantity(_in_scale(spent[0], scale), target.unit, label=spent[0]["label"])
        new = [part for part in ours if _NEW_LABEL_RE.match(part["label"]) is not None]
        if "累计" in name and len(new) == 1:
            # 新增特色险种3个，累计11个 on 累计特色险种: the name asks for the total (p45 H3)
            total = [part for part in ours if part["label"].startswith("累计")]
            if len(total) == 1 and len(ours) == 2:  # noqa: PLR2004
                return Quantity(_in_scale(total[0], scale), target.unit, label=total[0]["label"])
        if len(new) == 1 and all(
            part is new[0] or part["label"].startswith("累计") for part in ours
        ):
            # 新增共享接口142个，累计538个: the year's new ones; a total since the start is
            # not the year's works (parse38 M1)
            return Quantity(_in_scale(new[0], scale), target.unit, label=new[0]["label"])
        if "、" in name:
            # 普查员、普查指导员选聘 against 选聘普查员1,080名、指导员160名: the name lists
            # the groups and the target is their total; never one group alone (parse38 H1)
            return _groups_total(ours, target, name, scale)
        # 实现产值5200万元，利润600万元 on 产值: the label after its verb of a result (parse56 F15)
        ours = [
            part
            for part in ours
            if (measure := _RESULT_VERB_RE.sub("", part["label"])) and measure in name
        ]
    if (
        len(ours) != 1
        or _NOT_DONE_RE.search(_without_counted_per(ours[0]["label"], units)) is not None
        or ours[0]["about"] is not None  # 3000余人: a bound, left as it was
    ):
        return None
    if (
        ours[0]["label"][-2:] in name
        and wanted in _THING_WORDS
        and any(
            unit != wanted
            and unit in _THING_WORDS
            and unit not in _PEOPLE_UNITS
            and len(part["label"]) >= 2  # noqa: PLR2004
            and part["label"][-2:] in name
            for part, unit in zip(counts, units, strict=True)
        )
    ):
        # 新设置标牌420块、界桩180根 on 公益林界桩标牌设置: the name covers the other count
        # too, and the target's unit counts one of them only (parse42 M4); not those taking
        # part (开展活动186场，参与青少年32,000人次 on 青少年活动); both counts of things
        # (块, 根): a sum or amount (投资1.6亿元 beside 项目11个 on 带动项目投资) is judged
        # on its own, the count qualifying it (sweep26 W1)
        return None
    return Quantity(_in_scale(ours[0], scale), target.unit, label=ours[0]["label"])


# The verbs of a result a label may open with before the measure (实现产值, 完成投资).
_RESULT_VERB_RE: Final = re.compile("^(?:实现|完成|取得|获得|达到)")


def _without_counted_per(label: str, units: list[str]) -> str:
    """*label* without a 每 per word whose measure word another clause counts in, else as it is.

    ``带动500户，每户增收1200元``: 每户 divides by the 户 counted beside it, the average
    户均 says, which the verdict's average rule reads (k30a); no figure of a plan or a
    bound (计划, 约 and 每 alone stay in the label).

    >>> _without_counted_per("平均每户增收", ["户", "元"]), _without_counted_per("每户增收", ["元"])
    ('平均增收', '每户增收')
    """
    if "每" not in label or (per := _PER_WORD_RE.search(label)) is None:
        return label
    if _per_of(per.group()) not in units:
        return label
    return label[: per.start()] + label[per.end() :]


# Money in a currency other than the yuan (1.2亿美元, 800万欧元) beside an amount in 元:
# the two add up only at an exchange rate (parse48 H5).
_FOREIGN_MONEY_RE: Final = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{0,6}?)(?P<figure>\d+(?:\.\d+)?(?:万|亿)?(?:美元|欧元|港元|日元|英镑|美金))"
)
_YUAN_MONEY_RE: Final = re.compile(
    r"(?P<figure>\d+(?:\.\d+)?)(?P<unit>(?:万|亿|千)?元)(?![\u4e00-\u9fff]*?[/每])"
)
_FOREIGN_WORDS: Final = ("美元", "欧元", "港元", "日元", "英镑", "美金")


def _foreign_currency_part(text: str, target: Target | None, name: str) -> str | None:
    """The amount in a foreign currency beside one in 元 against a target in 元, else None.

    ``到位内资36.8亿元、外资1.2亿美元`` against ``≥40亿元`` is neither 36.8 nor a sum
    without a rate: 1.2亿美元 (parse48 H5). A target or name of 内资 alone asks the
    yuan part only: None, and the 36.8亿元 is read.

    >>> from perftrack import parse_target
    >>> _foreign_currency_part(
    ...     "到位内资36.8亿元、外资1.2亿美元", parse_target("≥40亿元"), "到位资金"
    ... )
    '1.2亿美元'
    >>> _foreign_currency_part(
    ...     "到位内资36.8亿元、外资1.2亿美元", parse_target("≥35亿元"), "到位内资"
    ... )
    """
    if not any(word in text for word in _FOREIGN_WORDS):
        return None
    if not isinstance(target, (Comparison, Range)) or not (target.unit or "").endswith("元"):
        return None
    if any(word in (target.unit or "") for word in _FOREIGN_WORDS):
        return None
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    foreign = _FOREIGN_MONEY_RE.search(text)
    yuan = _YUAN_MONEY_RE.findall(text)
    if foreign is None or not yuan:
        return None
    asked = f"{name}{target.label or ''}"
    if "内资" in asked and "外资" not in asked:
        return None  # 到位内资 ≥35亿元: the yuan part is the row's figure
    if len(yuan) == 1 and isinstance(target, Comparison) and target.op in (Op.GE, Op.GT):
        figure, unit = yuan[0]
        amount = Decimal(figure) * _unit(unit).factor
        floor = target.value * _unit(target.unit or "").factor
        if amount > floor or (amount == floor and target.op is Op.GE):
            return None  # 36.8亿元 beside dollars against ≥30亿元: the yuan alone reach it
    return foreign["figure"]


def _labelled_clauses(text: str) -> list[re.Match[str]] | None:
    """The clauses of *text*, each a labelled count, when there are two or more, else None.

    >>> [part["unit"] for part in _labelled_clauses("新设置标牌420块、界桩180根") or []]
    ['块', '根']
    >>> _labelled_clauses("标牌420块"), _labelled_clauses("标牌420块，已全部完成")
    (None, None)
    """
    clauses = [part for part in _COUNT_CLAUSES_RE.split(text) if part]
    if len(clauses) < 2:  # noqa: PLR2004
        return None
    parts = [_LABELLED_COUNT_RE.fullmatch(clause) for clause in clauses]
    counts = [part for part in parts if part is not None]
    return counts if len(counts) == len(clauses) else None


def _both_named_counts(text: str, target: Comparison | Range, name: str) -> list[str] | None:
    """``新设置标牌420块、界桩180根`` on 公益林界桩标牌设置: the clauses the name both covers.

    Two or more labelled counts of things in distinct measure words (块, 根), one in the
    target's unit, each label's last two characters in the name: no sum (the units differ)
    and no one of them alone, so the row is left to a reader (parse42 M4, k27a).
    """
    if "、" not in text and "，" not in text and "," not in text:
        return None
    counts = _labelled_clauses(text)
    if counts is None or target.unit is None:
        return None
    units = [part["unit"] for part in counts]
    if (
        units.count(target.unit) != 1
        or len(set(units)) != len(units)
        or any(part["scale"] or part["about"] for part in counts)
        or any(_NOT_DONE_RE.search(part["label"]) is not None for part in counts)
        or not all(
            unit in _THING_WORDS
            and unit not in _PEOPLE_UNITS
            and len(part["label"]) >= 2  # noqa: PLR2004
            and part["label"][-2:] in name
            for part, unit in zip(counts, units, strict=True)
        )
    ):
        return None
    return [f"{part['label'][-2:]}{part['count']}{part['unit']}" for part in counts]


def _count_beside_amount(text: str, target: Comparison | Range) -> Quantity | None:
    """``销售新车4,820辆，销售额7.9亿元``: the one count in the target's unit beside amounts.

    Against a count (``≥5000辆``) the clauses in 元 (``销售额7.9亿元``, a bare ``7.9亿元``)
    say what the count was worth; the one other clause, labelled or bare, in the target's
    unit is the count (parse46 H4). None when a clause is neither, or is a plan or a bound.

    >>> from perftrack import parse_target
    >>> str(_count_beside_amount("销售新车4,820辆,销售额7.9亿元", parse_target("≥5000辆")))
    '销售新车4820(辆)'
    >>> _count_beside_amount("4820辆,销售额7.9亿元", parse_target("≥5000台")) is None
    True
    """
    unit = target.unit
    if "元" not in text or unit is None or unit.endswith("元"):
        return None
    parts = _labelled_clauses(text)
    if parts is None:
        return None
    scale = unit[:1] if unit[:1] in ("万", "亿") else ""
    bare = voc.UNIT_ALIASES.get(unit[len(scale) :], unit[len(scale) :])
    wanted = voc.COUNT_SYNONYMS.get(bare, bare)
    ours: list[re.Match[str]] = []
    for part in parts:
        if part["unit"] == "元":
            continue  # 销售额7.9亿元: what the count was worth
        said = voc.UNIT_ALIASES.get(part["unit"], part["unit"])
        if voc.COUNT_SYNONYMS.get(said, said) != wanted:
            return None
        ours.append(part)
    if (
        len(ours) != 1
        or ours[0]["about"] is not None
        or _NOT_DONE_RE.search(ours[0]["label"]) is not None
    ):
        return None
    return Quantity(_in_scale(ours[0], scale), unit, label=ours[0]["label"] or None)


def _amount_beside_counts(text: str, target: Comparison | Range, name: str) -> Quantity | None:
    """``签订转化合同3项，合同金额230万元``: the one amount beside counts, against an amount.

    Against an amount (``≥200万元``) the clauses of other units (``签订转化合同3项``) count
    what the amount was for; the one clause in 元, its label sharing two letters with the
    indicator's *name* (合同金额 on 成果转化合同金额), is the amount (parse55 M6). None when
    a clause is neither, or the amount is a plan, a bound or of no word of the name.

    >>> from perftrack import parse_target
    >>> target = parse_target("≥200万元")
    >>> str(_amount_beside_counts("签订转化合同3项,合同金额230万元", target, "成果转化合同金额"))
    '合同金额230(万元)'
    >>> _amount_beside_counts("项目3个,预算230万元", target, "成果转化合同金额") is None
    True
    """
    unit = target.unit
    if unit is None or not unit.endswith("元") or "元" not in text:
        return None
    scale = unit.removesuffix("元")
    if scale not in ("", "万", "亿"):
        return None
    parts = _labelled_clauses(text)
    if parts is None:
        return None
    ours = [part for part in parts if part["unit"] == "元"]
    if len(ours) != 1 or len(ours) == len(parts):
        return None
    label = ours[0]["label"]
    if (
        ours[0]["about"] is not None
        or _NOT_DONE_RE.search(label) is not None
        or not any(label[start : start + 2] in name for start in range(len(label) - 1))
    ):
        return None
    return Quantity(_in_scale(ours[0], scale), unit, label=label)


# 本期600人次，累计1600人次: the count of this period, then the running total (parse55 M6).
_RUNNING_TOTAL_RE: Final = re.compile(
    r"(?:本期|当期|本季度?|本月)[\u4e00-\u9fff]{0,6}?\d+(?:\.\d+)?(?P<first>[\u4e00-\u9fff]{1,3})"
    r"[,;](?P<label>累计[\u4e00-\u9fff]{0,6}?)(?P<count>\d+(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{1,3})"
)


def _running_total(text: str, target: Comparison | Range, table: Table) -> Quantity | None:
    """``本期600人次，累计1600人次`` in a 跟踪表: the running total, the tracked period's count.

    A 跟踪表's actual counts from the year's start; the figure of this period alone
    (本期, 当期, 本季度, 本月) beside the total is a part of it. Both in the target's unit.

    >>> from perftrack import parse_target
    >>> from perftrack.model import Table, TableKind
    >>> track = Table(TableKind.TRACKING)
    >>> str(_running_total("本期600人次,累计1600人次", parse_target("≥2000人次"), track))
    '累计1600(人次)'
    >>> _running_total("本期600人次,累计1600人次", parse_target("≥2000人"), track) is None
    True
    """
    if table.kind is not TableKind.TRACKING or "累计" not in text or text[:1] not in "本当":
        return None
    found = _RUNNING_TOTAL_RE.fullmatch(text)
    if found is None or not found["first"] == found["unit"] == target.unit:
        return None
    return Quantity(Decimal(found["count"]), found["unit"], label=found["label"])


# Units of the people a count of works serves or is attended by (参与青少年32,000人次).
_PEOPLE_UNITS: Final = frozenset({"人", "人次", "户", "名", "位", "家"})

# Measure words of things counted one by one (块, 根, 个): not sums and amounts (元, 米, 吨,
# 天), which no count of things can stand for (sweep26 W1).
_THING_WORDS: Final = voc.MEASURE_WORDS - frozenset("元米亩吨天日月年分秒克斤升度周岁倍番")


_STATED_TOTAL_RE: Final = re.compile("(?:合计|共计|总计|累计共?|共)")
# An amount spent (实际支出, 实际使用资金), and what may stand beside it without being one:
# a saving or a budget (节约, 结余, 预算, 年初预算, 批复).
_SPENT_LABEL_RE: Final = re.compile(
    "(?:实际)?(?:支出|使用|花费|发生|完成投资|投入)(?:资金|金额|费用)?|实际"
)
_BESIDE_SPENT_LABEL_RE: Final = re.compile(
    "(?:较预算)?(?:节约|节余|结余|节省|审减)(?:资金)?|(?:年初|全年|项目|批复)?预算(?:数|资金)?|批复"
)


def _stated_total(ours: list[re.Match[str]], scale: str) -> Decimal | None:
    """The total a cell states beside its parts, when the parts add up to it, else None.

    ``线上1800人次、线下1400人次，合计3200人次``: the one 合计 (共计, 总计, 共) count, the others
    its parts (1800 + 1400 = 3200). Parts that do not add up to it leave the cell to a
    reviewer (a subset, or a slip).
    """
    totals = [part for part in ours if _STATED_TOTAL_RE.fullmatch(part["label"])]
    if len(totals) != 1 or len(ours) < 3:  # noqa: PLR2004 - a total and two parts at least
        return None
    with _exact(ours):  # 41 digits: H + 1 is not H (r35n)
        total = _in_scale(totals[0], scale)
        parts = sum((_in_scale(part, scale) for part in ours if part is not totals[0]), Decimal(0))
    return total if parts == total else None


def _exact(ours: list[re.Match[str]]) -> AbstractContextManager[Context]:
    """A context whose precision holds the sum of the counts of *ours* in any scale, exactly.

    Decimal's 28 digits round a sum of 41-digit counts: 10⁴⁰ + 1 would equal 10⁴⁰.
    """
    digits = sum(len(part["count"]) for part in ours)
    return localcontext(prec=max(getcontext().prec, digits + 2 * _SCALE_DIGITS))


#: The digits of the largest scale a count is written in (亿, 10⁸), and then some.
_SCALE_DIGITS: Final = 10


def _in_scale(part: re.Match[str], scale: str) -> Decimal:
    """The count of *part* in the multiple *scale* of the target's unit (1.2万 in 个: 12000)."""
    count = Decimal(part["count"].replace(",", ""))
    if part["scale"] == scale:
        return count
    ratio = Decimal(voc.SCALE_PREFIXES.get(part["scale"] or "", 1)) / Decimal(
        voc.SCALE_PREFIXES.get(scale, 1)
    )
    value = count * ratio
    # a count of any digits (41, an ID pasted in): quantize raised InvalidOperation (r35n)
    return quantized(value, Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _names_group(label: str, name: str) -> bool:
    """Whether *label* ends with one of the groups the indicator's *name* lists (普查员)."""
    return any(label[start:] in name for start in range(len(label) - 1))


def _groups_total(
    ours: list[re.Match[str]], target: Comparison | Range, name: str, scale: str
) -> Quantity | None:
    """The sum of the counts of the groups a name lists with ``、``, each named (parse38 H1)."""
    if len(ours) < 2 or any(  # noqa: PLR2004
        not _names_group(part["label"], name)
        or _NOT_DONE_RE.search(part["label"]) is not None
        or part["about"] is not None
        for part in ours
    ):
        return None
    with _exact(ours):
        total = sum((_in_scale(part, scale) for part in ours), Decimal(0))
    return Quantity(total, target.unit)


# A grade as a label (优秀, 良好占, 非常满意占): the shares of a distribution, not groups
# each to meet the target (优良率 is 优秀 and 良好 together, which no one part tells).
_GRADE_LABEL_RE: Final = re.compile(
    "(?:非常满意|比较满意|基本满意|较满意|满意|不满意|优秀|优良|良好|中等|及格|不及格|合格"
    "|不合格|一般|较差|差)(?:率|占比|占)?"
)


# A year as a label (上年, 去年, 本年, 今年, 2024年): the rates of two years, not of groups.
_THIS_YEAR_LABEL_RE: Final = re.compile("(?:本年度?|今年|当年)(?:为|达)?")
_YEAR_LABEL_RE: Final = re.compile(
    "(?:本年度?|今年|当年|上一?年度?|去年|前一年|(?:19|20)\\d{2}年度?)(?:为|达)?"
)


def _rates_one_side(text: str, target: Comparison | Range, name: str) -> Quantity | None:
    """``禽流感95.2%，口蹄疫86.8%`` against ``≥90%``: the lowest rate (parse22 M5).

    Each group's rate is judged by the one furthest from the target's side (86.8%, or
    the highest against a ceiling), so that all must meet it.
    Only for a floor or a ceiling with no label, groups with no measure of their own in
    their labels (满意率, 基本满意率 are two measures) and none the indicator's name
    names (禽流感免疫密度 picks its own group).
    """
    if (
        target.unit != "%"
        or not isinstance(target, Comparison)
        or target.label is not None
        or target.op is Op.EQ
    ):
        return None
    if "分别" in text:  # (the cheap guard: most cells say no 分别)
        text = respective_rates(text) or text  # 学生、家长满意度分别为96%、93%
    clauses = [part for part in _SEPARATORS_RE.split(text) if part]
    found = [_GROUP_RATE_RE.fullmatch(clause) for clause in clauses]
    rates = [part for part in found if part is not None]
    if len(clauses) < 2:  # noqa: PLR2004
        return None
    if len(rates) != len(clauses) or any(
        _MEASURE_LABEL_RE.search(part["label"]) is not None for part in rates
    ):
        # 学生满意度96%，家长满意度93%, 学生：96%；家长：93%: one measure of several groups
        return _opinion_groups_worst(clauses, target, name)
    labels = [part["label"] for part in rates]
    if any(_YEAR_LABEL_RE.fullmatch(label) for label in labels):
        # 上年88%，本年93%: years, no groups; this year's rate is the row's (parse53 M6)
        ours = [part for part in rates if _THIS_YEAR_LABEL_RE.fullmatch(part["label"])]
        if len(ours) != 1 or not all(_YEAR_LABEL_RE.fullmatch(label) for label in labels):
            return None
        return Quantity(Decimal(ours[0]["rate"]), "%", label=ours[0]["label"])
    if len(set(labels)) != len(labels) or any(
        _GRADE_LABEL_RE.fullmatch(label) is not None  # 优秀占35%，良好占58%: grades (parse52 H2)
        or _MEASURE_LABEL_RE.search(label) is not None
        or _NOT_DONE_RE.search(label) is not None
        or label in name
        for label in labels
    ):
        return None
    pick = min if target.op in (Op.GE, Op.GT) else max
    worst = pick(rates, key=lambda part: Decimal(part["rate"]))
    return Quantity(Decimal(worst["rate"]), "%", label=worst["label"])


def group_rates_count(text: str, target: Target, name: str, quantity: Quantity) -> int | None:
    """How many groups' rates *quantity* was picked from as the worst (k31i), or None.

    For the explanation: ``学生96%，教师97%，家长93%`` against ``≥95%`` read as 家长93%
    (:func:`_rates_one_side`) is 3. None when *text* is no such list, the rates are of
    years (``上年88%，本年93%``) or another figure was picked.

    >>> from perftrack import parse_target
    >>> group_rates_count(
    ...     "学生96%,教师97%,家长93%",
    ...     parse_target("≥95%"),
    ...     "满意度",
    ...     Quantity(Decimal(93), "%", label="家长"),
    ... )
    3
    """
    if not isinstance(target, (Comparison, Range)):
        return None
    found = _rates_one_side(text, target, name)
    if (
        found is None
        or found.label != quantity.label
        or found.value != quantity.value
        or _YEAR_LABEL_RE.fullmatch(found.label or "") is not None
    ):
        return None
    if "分别" in text:
        text = respective_rates(text) or text
    return len([part for part in _SEPARATORS_RE.split(text) if part])


# A measure of opinion said of a group (学生满意度, 家长满意率): the measure, which every
# group's clause shares (r_k31i).
_OPINION_MEASURES: Final = "满意度|满意率|满意程度|知晓率|知晓度|认可度"
# One group's rate: 学生96%, 学生满意度96%, 学生满意度为96%, 学生：96%, 学生满意度达到96%.
_OPINION_GROUP_RE: Final = re.compile(
    rf"(?P<group>[\u4e00-\u9fff]{{1,8}}?)(?P<measure>{_OPINION_MEASURES})?"
    r"(?::|为|是|达到|达)?(?P<rate>\d+(?:\.\d+)?)%"
)
# What no group is: a grade or an overall figure before the measure (非常满意度, 基本满意率,
# 总体满意度), or a word of time, of a change or of a measure.
_NO_OPINION_GROUP_RE: Final = re.compile(
    "非常|很|十分|特别|比较|较|基本|不|一般|总体|综合|整体|平均|满意|率|度|比例|占"
    "|提高|提升|增长|增加|上升|下降|降低|减少|达标|完成|合格|通过|到位|覆盖|优|良|差|及格"
)


def _opinion_groups_worst(clauses: list[str], target: Comparison, name: str) -> Quantity | None:
    """``学生满意度96%，家长满意度93%`` against ``≥95%``: the worst group's rate (k31i).

    Each clause is one group's rate of the same measure of opinion, said with the measure
    (``学生满意度96%``), a colon or 为 (``学生：96%``, ``学生满意度为96%``) or the group
    alone, as the bare ``学生96%，家长93%`` is read (:func:`_rates_one_side`). The groups
    are all different, none a grade (``非常满意度``, ``基本满意率``) or an overall figure
    (``总体满意度``), and none the group the indicator's *name* names (学生满意度 picks
    its own group). The rate furthest from the target's side, labelled with its group.

    >>> from perftrack import parse_target
    >>> str(
    ...     _opinion_groups_worst(
    ...         ["学生满意度96%", "家长满意度93%"], parse_target("≥95%"), "满意度"
    ...     )
    ... )
    '家长满意度93(%)'
    >>> _opinion_groups_worst(["满意率60%", "基本满意率30%"], parse_target("≥90%"), "满意度")
    """
    found = [_OPINION_GROUP_RE.fullmatch(clause) for clause in clauses]
    groups = [part for part in found if part is not None]
    if len(groups) != len(clauses):
        return None
    # 满意度 and 满意率 are one measure said either way (学生满意度96%，家长满意率93%)
    measures = {part["measure"][:2] for part in groups if part["measure"]}
    labels = [part["group"] for part in groups]
    if (
        len(measures) > 1
        or len(set(labels)) != len(labels)
        or any(
            _NO_OPINION_GROUP_RE.search(label) is not None
            or _NO_GROUP_LABEL_RE.search(label) is not None
            or _YEAR_LABEL_RE.fullmatch(label) is not None
            or _NOT_DONE_RE.search(label) is not None
            or label in name
            for label in labels
        )
        or _NAMED_GROUPS_RE.search(name) is not None  # 学生及家长满意度: its own rule
    ):
        return None
    pick = min if target.op in (Op.GE, Op.GT) else max
    worst = pick(groups, key=lambda part: Decimal(part["rate"]))
    return Quantity(Decimal(worst["rate"]), "%", label=f"{worst['group']}{worst['measure'] or ''}")


# A name of two groups (学生及家长满意度, 师生满意度, 医患满意度): scoring reads each group's
# rate by the name's groups (_joined_rate).
_NAMED_GROUPS_RE: Final = re.compile("(?:及|和|与)[\u4e00-\u9fff]{1,6}(?:满意|知晓|认可)|师生|医患")


# Labels of a time, a period or a running total (每季度, 上半年, 累计): no group.
_NO_GROUP_LABEL_RE: Final = re.compile(
    "每|全年|半年|季度|月|年度|本年|当年|上年|去年|同期|截至|截止|累计|目前|共|合计|其中|计划"
)
# Groups then their rates in the same order (学生、家长满意度分别为96%、93%): the groups
# joined by 、 和 及 与, the measure once after them, 分别 and the rates.
_RESPECTIVE_RE: Final = re.compile(
    r"(?P<groups>[\u4e00-\u9fff]{1,8}?(?:(?:、|,|和|及|与|以及)[\u4e00-\u9fff]{1,8}?){1,5})"
    rf"的?(?P<measure>{_OPINION_MEASURES})?分别(?::|为|是|达到|达)?"
    r"(?P<rates>\d+(?:\.\d+)?%(?:(?:、|,|和|及|与)\d+(?:\.\d+)?%){1,5})"
)
_RESPECTIVE_SPLIT_RE: Final = re.compile("、|,|以及|和|及|与")


def respective_rates(text: str) -> str | None:
    """``学生、家长满意度分别为96%、93%`` as ``学生满意度96%,家长满意度93%`` (k31i).

    As many groups as rates, each group given its rate in order; *text* is normalised
    (``_normal``). None for any other text.

    >>> respective_rates("学生、家长满意度分别为96%、93%")
    '学生满意度96%,家长满意度93%'
    >>> respective_rates("学生和家长分别为96%、93%、90%") is None
    True
    """
    found = _RESPECTIVE_RE.fullmatch(text.rstrip("。"))
    if found is None:
        return None
    groups = [group for group in _RESPECTIVE_SPLIT_RE.split(found["groups"]) if group]
    rates = [rate for rate in _RESPECTIVE_SPLIT_RE.split(found["rates"]) if rate]
    if len(groups) != len(rates):
        return None
    measure = found["measure"] or ""
    return ",".join(f"{group}{measure}{rate}" for group, rate in zip(groups, rates, strict=True))


# A share of those asked, then that they are satisfied (100%满意, 96%的受访群众表示满意).
_RATE_THEN_SATISFIED_RE: Final = re.compile(
    r"(?P<rate>\d+(?:\.\d+)?)%的?(?:受访者|受访群众|受访对象|调查对象|被调查者|群众|服务对象)?"
    "(?:均|都)?(?:表示)?满意"
)


def _rate_then_satisfied(text: str, target: Comparison | Range, name: str) -> Quantity | None:
    """``100%满意``, ``96%的受访群众表示满意``: the rate of the satisfied (k31i).

    Against a target in % on a row of satisfaction (满意 in the *name*) only.

    >>> from perftrack import parse_target
    >>> str(_rate_then_satisfied("100%满意", parse_target("≥90%"), "服务对象满意度"))
    '100(%)'
    >>> _rate_then_satisfied("100%满意", parse_target("≥90%"), "验收合格率") is None
    True
    """
    if target.unit != "%" or not text.endswith("满意") or "满意" not in name:
        return None
    found = _RATE_THEN_SATISFIED_RE.fullmatch(text)
    return Quantity(Decimal(found["rate"]), "%") if found is not None else None


def _all_done_share(text: str, target: Comparison | Range) -> Quantity | None:
    """``应处理尽处理``, ``全部完成政治考核``, ``均已设置中医馆``: 100% (parse22 M4).

    Against a target of 100% only; nothing negated, nothing left over, no survey answer.
    """
    if (
        target.unit != "%"
        or not isinstance(target, Comparison)
        or target.value != _HUNDRED
        or target.op not in (Op.EQ, Op.GE)
        or _SEPARATORS_RE.search(text) is not None
        or "满意" in text  # 均表示满意: a survey's answer, not the work done
    ):
        return None
    if _ALL_DUE_RE.fullmatch(text) is None and (
        _ALL_DONE_RE.fullmatch(text) is None or _NEGATED_RE.search(text) is not None
    ):
        return None
    return Quantity(_HUNDRED, "%")


# Full coverage said of the row's own work (帮扶全覆盖 on 帮扶覆盖率) or of a count of places
# (18个乡镇全覆盖), perhaps after clauses of all that is due (应纳尽纳，帮扶全覆盖).
_COVERAGE_WORD: Final = "全覆盖"
_PLACES_COUNT_RE: Final = re.compile(
    r"\d+个?(?=(?:行政|自然|建制)?(?:村|社区|乡镇|镇|乡|街道|县|区|市))"
)


def _own_full_coverage(text: str, target: Comparison | Range, name: str) -> Quantity | None:
    """``帮扶全覆盖`` on 帮扶覆盖率, ``18个乡镇全覆盖``: 100 %, as ``全覆盖`` is (parse54 M4).

    The words before the full coverage are a count of places (``18个``, the places then
    read with it, ``乡镇全覆盖``) or a word of the row's name (``帮扶``), and what is left
    must be full coverage in the value language (``全覆盖``, ``已实现全覆盖``); a clause
    before it may only say all that is due was done (``应纳尽纳``). A rate in % only.

    >>> from perftrack import parse_target
    >>> goal = parse_target("100%")
    >>> [
    ...     str(_own_full_coverage(text, goal, name))
    ...     for text, name in (("帮扶全覆盖", "帮扶覆盖率"), ("18个乡镇全覆盖", "巡查覆盖率"))
    ... ]
    ['100(%)全覆盖', '100(%)全覆盖']
    >>> _own_full_coverage("帮扶基本全覆盖", goal, "帮扶覆盖率")
    >>> _own_full_coverage("培训全覆盖", goal, "帮扶覆盖率")
    """
    if target.unit != "%" or not text.endswith(_COVERAGE_WORD) or "覆盖" not in name:
        return None
    *before, last = [part for part in _SEPARATORS_RE.split(text) if part]
    if any(_ALL_DUE_RE.fullmatch(clause) is None for clause in before):
        return None
    counted = _PLACES_COUNT_RE.match(last)
    rest: str | None = last[counted.end() :] if counted is not None else None
    for end in range(len(last) - len(_COVERAGE_WORD), 1, -1):  # the longest word first
        if rest is not None:
            break
        if last[:end] in name:
            rest = last[end:]
    if not rest:
        return None
    try:
        value = parse_value(rest)
    except ExpressionError:
        return None
    if not (
        isinstance(value, Quantity)
        and value.unit == "%"
        and value.value == _HUNDRED
        and value.note == _COVERAGE_WORD
    ):
        return None
    return Quantity(_HUNDRED, "%", note=_COVERAGE_WORD)


# 12个乡镇快检室均正常运行: a count of the subject, then a state all of them are in
# (p25fix M2), the count what a count target counts.
_ALL_DONE_COUNT_RE: Final = (
    r"(?:全市|全县|全区|全省|全镇)?(?P<count>\d+){unit}(?P<noun>[\u4e00-\u9fff]{{1,10}}?)"
    r"(?:均已|均|全部已|全部|全都|已全部)(?P<what>[\u4e00-\u9fff]{{2,12}})"
)


# What a count before another noun counts instead of it: places (12个乡镇污水处理设施),
# periods (12个月监测站点), batches (3个批次样品) (r51fix W1).
_OTHER_COUNTED_RE: Final = re.compile("乡镇|乡|镇|村|街道|社区|县|区|市|省|月|季度|年|批次|批")


def _all_done_count(text: str, target: Comparison | Range, name: str) -> Quantity | None:
    """``12个快检室均正常运行`` against ``≥12个``: all 12 of them, the count 12.

    The count stands before its subject, in the target's unit, and all of them are
    in the state said after 均 (p25fix M2); nothing negated or planned, no survey answer.
    The count must be of what *name* counts (r51fix W1): the word right after it is
    in the name (改厕乡镇数量: ``12个乡镇改厕户均已验收合格``), or the subject's last
    two characters are and the count is not of a place, a period or a batch standing
    before it (``12个乡镇污水处理设施``, ``12个月监测站点``, ``3个批次样品``).

    >>> from perftrack import parse_target
    >>> str(_all_done_count("12个快检室均正常运行", parse_target("≥14个"), "快检室数量"))
    '12(个)'
    >>> _all_done_count("12个月监测站点均正常运行", parse_target("≥15个"), "监测站点数量")
    """
    unit = target.unit
    if (
        unit is None
        or unit == "%"
        or _SEPARATORS_RE.search(text) is not None
        or "满意" in text  # 均表示满意: a survey's answer
    ):
        return None
    found = re.fullmatch(_ALL_DONE_COUNT_RE.format(unit=re.escape(unit)), text)
    if found is None or _NEGATED_RE.search(found["noun"] + found["what"]) is not None:
        return None
    noun = found["noun"]
    if noun[:2] in name:
        pass  # 12个乡镇改厕户 on 改厕乡镇数量: the towns are what is counted
    elif noun[-2:] not in name or _OTHER_COUNTED_RE.match(noun) is not None:
        return None
    return Quantity(Decimal(found["count"]), unit)


# 消防车辆4辆已全部到位: the subject, its count, then the state all of them are in
# (p26fix M3), as _ALL_DONE_COUNT_RE's with the noun first.
_NOUN_ALL_DONE_COUNT_RE: Final = (
    r"(?P<noun>[\u4e00-\u9fff]{{1,10}}?)(?P<count>\d+){unit}"
    r"(?:已全部|全部已|均已|全部|均|全都)(?P<what>[\u4e00-\u9fff]{{2,8}})"
)


def _noun_then_all_done_count(text: str, target: Comparison | Range) -> Quantity | None:
    """``消防车辆4辆已全部到位`` against ``≥6辆``: the count 4, the state its note (p26fix M3).

    >>> from perftrack import parse_target
    >>> str(_noun_then_all_done_count("消防车辆4辆已全部到位", parse_target("≥6辆")))
    '4(辆)(已全部到位)'
    """
    unit = target.unit
    if unit is None or unit == "%" or _SEPARATORS_RE.search(text) is not None or "满意" in text:
        return None
    found = re.fullmatch(_NOUN_ALL_DONE_COUNT_RE.format(unit=re.escape(unit)), text)
    if found is None or _NEGATED_RE.search(found["noun"] + found["what"]) is not None:
        return None
    return Quantity(Decimal(found["count"]), unit, note=text[found.end("count") + len(unit) :])


# 全年为2,860具遗体减免基本殡葬服务费: 为, the count of those served, what they are, then
# what was done for them (p26fix H3); a count in the target's unit, its thousands grouped
# or not.
_COUNT_DONE_FOR_RE: Final = (
    r"(?:全年|累计|共|年内)?(?:共|累计)?为(?P<count>\d{{1,3}}(?:,\d{{3}})+|\d+){unit}"
    r"(?P<noun>[\u4e00-\u9fff]{{1,8}}?)"
    r"(?P<verb>减免|免除|发放|办理|提供|落实|兑现|补贴|补助|救助|资助|代缴|缴纳)"
    r"(?P<what>[\u4e00-\u9fff]{{0,12}})"
)


# What may deny or put off the work after its verb (减免未到位, 发放待审核).
_DONE_FOR_NEGATED_RE: Final = re.compile("未|不|没|尚|待|拟|计划|预计|正在|争取|力争")


def _count_done_for(text: str, target: Comparison | Range) -> Quantity | None:
    """``为2860具遗体减免基本殡葬服务费`` against ``≥3000具``: 2860具 (p26fix H3).

    The figure is the one count of the cell, in the target's unit; the rest is its note.

    >>> from perftrack import parse_target
    >>> str(_count_done_for("全年为2,860具遗体减免基本殡葬服务费", parse_target("≥3000具")))
    '2860(具)(遗体减免基本殡葬服务费)'
    """
    unit = target.unit
    if unit is None or unit == "%":
        return None
    found = re.fullmatch(_COUNT_DONE_FOR_RE.format(unit=re.escape(unit)), text)
    if (
        found is None
        or _NEGATED_RE.search(found["noun"]) is not None
        or _DONE_FOR_NEGATED_RE.search(found["what"]) is not None  # 基本殡葬服务费: a noun
    ):
        return None
    count = Decimal(found["count"].replace(",", ""))
    return Quantity(count, unit, note=found["noun"] + found["verb"] + found["what"])


# A 其中 clause after a count (658人次，其中临时救助320人次), and what its noun may not hold:
# a status of the works or a time (未完工, 已完成, 在建, 按时), as the value language's.
_SUBSET_CLAUSE: Final = ",其中"
_SUBSET_STATUS_RE: Final = re.compile(
    r"[未完延停缓待尚暂已]|在建|施工|建设中|竣工|建成|按时|及时|按期"
)


def _part_of_a_kind(text: str, target: Comparison | Range) -> Quantity | None:
    """``658人次，其中临时救助320人次`` against ``≥600人次``: 658, the 其中 part its note.

    The value language keeps a 其中 clause whose noun holds a step (救助, 发放, 验收…) as
    text, for a rate may count that step's share (``抽检1250批次，其中合格1220批次``). A
    count target asks no share: a noun in which the step names a kind (``临时救助``,
    ``医疗救助``: the step not first, no good answer such as 合格 or 满意, no status)
    is a part of the count, as ``其中低保对象320人次`` is (parse54 M8). The part is one
    count in the count's unit, no more than it.

    >>> from perftrack import parse_target
    >>> str(_part_of_a_kind("658人次,其中临时救助320人次", parse_target("≥600人次")))
    '658(人次)(其中临时救助320人次)'
    >>> _part_of_a_kind("658人次,其中已救助320人次", parse_target("≥600人次"))
    >>> _part_of_a_kind("抽检1250批次,其中合格1220批次", parse_target("≥1200批次"))
    """
    if target.unit in (None, "%", "‰") or _SUBSET_CLAUSE not in text:
        return None
    head, _, rest = text.partition(_SUBSET_CLAUSE)
    if not head or not rest or _SEPARATORS_RE.search(rest) is not None:
        return None
    try:
        whole, part = parse_value(head), parse_value(rest)
    except ExpressionError:
        return None
    if not (
        isinstance(whole, Quantity)
        and isinstance(part, Quantity)
        and whole.note is None
        and whole.unit not in (None, "%", "‰")
        and part.unit == whole.unit
        and part.status is None
        and part.note is None
        and part.bound is Bound.EXACT
        and part.value <= whole.value
        and part.label
    ):
        return None
    label = part.label
    if (
        _SUBSET_STATUS_RE.search(label) is not None
        or any(word in label for word in SHARE_WORDS)
        or label.startswith(SHARE_STEPS)
        or not any(step in label for step in SHARE_STEPS)
    ):
        return None  # 其中已救助, 其中合格; a noun of no step the value language reads itself
    return evolve(whole, note=f"其中{rest}", text=text)


def _part_of_whole(text: str, target: Comparison | Range) -> Quantity | None:
    """``29个中心中28个能提供``: the part's share of the whole, 96.55% (parse22 M4)."""
    if target.unit != "%" or _SEPARATORS_RE.search(text) is not None:
        return None
    found = _PART_OF_WHOLE_RE.fullmatch(text)
    if found is None or _NEGATED_RE.search(found["what"]) is not None:
        return None
    whole, part = Decimal(found["whole"]), Decimal(found["part"])
    if whole <= 0 or part > whole:
        return None
    return Quantity((part * _HUNDRED / whole).quantize(_TWO_PLACES), "%")


def _star_level(actual: Quantity, target: Comparison | Range) -> Quantity | None:
    """``二星级设计标识`` (read as 2 of the unit 星级设计标识) as 2星级."""
    if (
        target.unit == "星级"
        and actual.unit is not None
        and actual.unit != "星级"
        and actual.unit.startswith("星级")
        and actual.label is None
        and actual.status is None
    ):
        return evolve(actual, unit="星级")
    return None


def _star_in_words(text: str, target: Comparison | Range, name: str) -> Quantity | None:
    """``获得二星级绿色建筑设计标识``: one star level held, as the count of stars.

    Only of the thing *name* names or of what a star level is given for: the words
    left beside the star level, once those (获得, 绿色建筑设计标识, 通过…评定) and the
    words of *name* (饭店 of 旅游饭店星级) are taken out, must be none.
    """
    if target.unit != "星级" or _NO_STAR_RE.search(text) is not None:
        return None
    found = list(_STAR_RE.finditer(text))
    if len(found) != 1 or "星级" not in found[0].group():
        return None
    rest = _STAR_WORDS_RE.sub("", text[: found[0].start()] + "|" + text[found[0].end() :])
    for start in range(len(name) - 1):
        rest = rest.replace(name[start : start + 2], "")
    if re.search("[\u4e00-\u9fff]", rest) is not None:
        return None  # 配套酒店为三星级: another thing's stars
    digit = found[0].group(1)
    return Quantity(Decimal(_STAR_DIGITS.get(digit) or int(digit)), "星级")


def _period_count(text: str, target: Comparison | Range, table: Table) -> Quantity | None:
    """``每季度1次，1-8月共3次`` in a 1-8月 table: the count of the table's period, 3次."""
    if target.unit != "次" or table.period is None:
        return None
    clauses = [part for part in _SEPARATORS_RE.split(text) if part]
    if len(clauses) != 2 or _SCHEDULE_RE.fullmatch(clauses[0]) is None:  # noqa: PLR2004
        return None
    found = _PART_COUNT_RE.fullmatch(clauses[1])
    if found is None:
        return None
    start, end = table.period.start.month, table.period.end.month
    if found.group("first"):
        months = (int(found.group("first")), int(found.group("last")))
    else:
        months = (1, 6) if found.group("half") else (1, 9)
    if months != (start, end) or table.period.start.year != table.period.end.year:
        return None  # a part of the year other than the table's: no count of its period
    return Quantity(Decimal(found.group("count")), "次", label=clauses[1])


def _scheduled_count(indicator: Indicator, table: Table) -> tuple[Decimal, str] | None:
    """The count a schedule asks for by the end of the table's period, and the schedule.

    The schedule the actual itself gives before the count of the table's period
    (``每季度1次，1-8月共3次``, read by :func:`_period_count`): the periods *ended* by
    the table's end month are due, by August two quarters (the third is under way) and
    one half-year (the second is due in December), regress34 W5. None for any other
    actual (a bare ``3次`` against ``每季度1次`` keeps no plan), a period not from January
    within one year, or no period of the schedule ended yet.
    """
    period = table.period
    actual = indicator.actual
    if (
        period is None
        or period.start.year != period.end.year
        or period.start.month != 1
        or not isinstance(actual, Quantity)
        or actual.label is None
    ):
        return None
    clauses = _SEPARATORS_RE.split(_normal(actual.text))
    found = _SCHEDULE_RE.fullmatch(clauses[0])
    if found is None or len(clauses) != 2 or _PART_COUNT_RE.fullmatch(clauses[1]) is None:  # noqa: PLR2004
        return None
    ended = period.end.month // _PERIOD_MONTHS[found.group(1)]
    if ended == 0:
        return None  # 每半年1次 in a 1-5月 table: nothing due yet
    return Decimal(ended * int(found.group(2))), found.group()
