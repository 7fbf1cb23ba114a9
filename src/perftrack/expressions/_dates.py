"""Dates, deadlines and periods (expressions.md §2 "Deadlines", §3 "date").

Each grammar is one anchored regular expression over the normalised cell, so
matching is linear; validation (month 1–12, real days) comes after a match.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from types import MappingProxyType
from typing import Final, NamedTuple

from perftrack import vocabulary as voc
from perftrack.expressions._model import Part
from perftrack.expressions._numbers import chinese_to_int

__all__ = [
    "DateMatch",
    "dated_lead_in",
    "festival_deadline",
    "match_date_value",
    "match_deadline",
    "match_label_date",
    "match_period",
    "match_scheduled",
    "match_xun_period",
    "names_a_week",
    "requested_only",
    "says_not_completed",
    "week_deadline",
]

# A year: 19xx or 20xx, in figures or in Chinese digits read one by one (二〇二三,
# 一九九八); 七八七八 is no year, as 7878 is none.
_Y = r"(?:19|20)\d{2}|(?:一九|二零)[零一二三四五六七八九]{2}"
_M = r"\d{1,2}|十[一二三四五六七八九]?|[一二三四五六七八九]"
_D = r"\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"


def _point(tag: str) -> str:
    """A date point: 2023年6月30日, 2023-06-30, 2023.07, 6月30日, 6月, 2023年."""
    y, m, d, sep = f"{tag}y", f"{tag}m", f"{tag}d", f"{tag}sep"
    cn_form = (
        rf"(?:(?P<{y}>{_Y})年(?:度)?)?"
        rf"(?:(?P<{m}>{_M})月(?:份)?(?:(?P<{d}>{_D})[日号])?)?"
    )
    numeric_form = (
        rf"(?P<{y}2>(?:19|20)\d{{2}})(?P<{sep}>[-/.])(?P<{m}2>(?<=[-/])\d{{1,2}}|(?<=\.)(?:0?[1-9]|1[0-2])(?!\d))(?:(?P={sep})(?P<{d}2>\d{{1,2}})(?:[日号])?)?"
        r"(?!\d)"
    )
    return rf"(?:{numeric_form}|{cn_form})"


# 10月初, 10月中 (the month's 上旬 or 中旬): only before the end, a "before" word or a word
# of completion, so that 6月中央资金 and 6月初步验收 stay what they say.
_MONTH_PART: Final = (
    r"(?<=月)(?P<mpart>初|中)(?=$|已|均|全部|[前内]|之前|以前|完成|完工|竣工|建成|办结|到位"
    r"|验收|发放|拨付|支付|兑付|兑现|交付|投入使用|结算|上线|印发|出台|发布|下发|下达)"
)
# Lead-ins, merged on their first characters (a failed match tries fewer branches).
# 至2025年12月31日 reads as 截至2025年12月31日.
_PREFIX = r"(?:力争[在于]?|确保[在于]?|计划[于在]?|预计[于在]?|截(?:止到?|至)|已于|[于在到至])?"
_QUARTER = r"第?(?P<q>[一二三四1-4])季度(?P<qend>末|底)?"
_MODIFIER = (
    r"(?:(?P<ymod>年底|年末|年终|底|末)"
    r"|(?P<half>[上下])半年"
    rf"|{_QUARTER}"
    # 上中旬 ends with the 中旬 (the 20th), 中下旬 with the 下旬 (the last day)
    r"|(?P<xun>上中|中下|[上中下])旬"
    # 10月初, 10月中: a month's beginning is its 上旬, its middle its 中旬 (parse16 M1)
    rf"|{_MONTH_PART}"
    r"|(?P<whole>年内|年度内|年度))?"
)
_BEFORE = r"(?P<before>之前|以前|前|以内|之内|内|止)?"
_DONE_WORDS = "全部完成|实施完毕|完成|到位|完工|竣工|建成|办结|完结|结束|交付|投入使用|上线|验收"
_DONE_OBJECTS = "招标|采购|支付|拨付|建设|安装|调试|任务|工作"
# A completion word, with a second one or the work it completes (完成验收, 竣工验收,
# 完成并投入使用, 完成招标), or the payment that is made (拨付到位, 支付到位). The
# lookahead on the possible first characters keeps the common single word cheap.
_DONE_SECOND_FIRSTS = "".join(
    sorted({word[0] for word in f"{_DONE_WORDS}|{_DONE_OBJECTS}".split("|")} | {"并"})
)
_DONE = (
    rf"(?P<done>(?:拨付|支付)?(?:{_DONE_WORDS})"
    rf"(?:(?=[{_DONE_SECOND_FIRSTS}])(?:并?(?:{_DONE_WORDS})|{_DONE_OBJECTS}))?)?"
)
# (年终 is the year's end word, no 年 then a phrase 终…)
_CONTEXT_YEAR = r"(?P<ctx>本年度|本年|今年|当年|年度|年(?!终))?"

# Any other verb phrase after the "before" word (2024年12月底前完成竣工验收, 2024年9月底前
# 主体完工): the work that is due, which the deadline keeps as its note. Tried only when
# the completion words above leave something over; match_deadline checks the phrase.
# Its length says nothing (the work names the project: 2024年9月底前完成人工增雨作业点标准化
# 改造); a sentence shows itself by a clause break, a number or a second time instead.
_PHRASE = r"(?P<phrase>[\u3400-\u9fff]+)"
_DEADLINE_RE: Final = re.compile(
    rf"{_PREFIX}{_CONTEXT_YEAR}{_point('a')}{_MODIFIER}{_BEFORE}(?:前)?(?:{_DONE}(?:前)?|{_PHRASE})"
)
# What such a phrase may not hold: a number (a count, 完成三次培训, is a second target), 或, or
# a second time (…前完成招标年底前完工, 前后), which makes the cell a sentence.
_PHRASE_BLOCKERS_RE: Final = re.compile(
    # 或 joins alternatives: 2000年内或上 is an any_of, its phrase no note
    "[零一二三四五六七八九十两百千万亿或]|年[底末内初终]|月[底末初份]|半年|季度|旬|明年|次年|下月|"
    "本月|当月|之前|以前|之后|以后|^后|(?<![提目])前(?!期)"
)
# A part of the year that names the task a phrase completes, not a second time
# (3月底前完成上半年征集任务: the first half-year's task, due by March; g23a, parse22 M7).
_PERIOD_OF_TASK_RE: Final = re.compile(
    r"(?:[上下]半年|第?[一二三四1-4]季度)(?=[\u3400-\u9fff]{0,8}(?:任务|工作|计划|目标)$)"
)
# The "before" words after which a phrase may follow (止 and a bare date do not count).
_PHRASE_BEFORE: Final = frozenset({"前", "之前", "以前", "内", "以内", "之内"})
_PERIOD_RE: Final = re.compile(
    rf"{_PREFIX}(?:(?P<ya>{_Y})年(?:度)?起?[-~至到](?P<yb>{_Y})(?:年(?:度)?)?"
    rf"|(?P<ya2>(?:19|20)\d{{2}})[-~至到](?P<yb2>(?:19|20)\d{{2}})(?:年(?:度)?)?"
    # The whole of a year: 2021年全年, 本年度全年 (the table's year). 全年 alone says
    # "all year round" as often as "this year": it stays descriptive.
    rf"|(?:(?P<wy>{_Y})年(?:度)?|本年度?|今年|当年)(?P<whole>全年)"
    # Months of one year with 月 written once: 1-12月, 2023年3至5月.
    rf"|(?:(?P<my>{_Y})年(?:度)?)?(?P<ma>{_M})[-~至到](?P<mb>{_M})月(?:份)?"
    # 10月起至12月: 起 marks the start point, the same period as 10月至12月 (k26)
    rf"|{_point('a')}起?[-~至到]{_point('b')})(?:内|期间)?{_DONE}"
)
_DATE_VALUE_RE: Final = re.compile(
    # 预计11月完工, 计划于10月: a forecast or a plan, which a value keeps as text.
    rf"(?:(?P<plan>预计|计划|力争)[于在]?|(?P<pre>已于|已在|于|在))?{_point('a')}"
    # 3月上旬, 第四季度, 下半年: a part of the month or of the year (its span, see DateValue)
    r"(?:(?P<xun>[上中下])旬|第?(?P<q>[一二三四1-4])季度|(?P<half>[上下])半年"
    # 10月初完成, 11月中: the month's 上旬 or 中旬 (月底 is the end below)
    rf"|{_MONTH_PART})?"
    # 6月底, 2024年底, 6月30日前: the end of what was named, which a date value means
    # already (its last day).
    r"(?:(?=[底末之前])(?P<end>[底末])?(?P<before>之?前)?)?"
    # What was done then (完成验收, 已拨付, 通过验收): see match_date_value.
    r"(?P<phrase>[\u3400-\u9fff]{1,12})?"
)
# A phrase after a date says the work was done when it holds a verb of completion …
# (全部起运: all the recruits or goods sent off, the 征兵 and 物资 tables' last step; g23a)
_WORK_DONE_RE: Final = re.compile(
    "完成|完工|竣工|建成|办结|完结|到位|验收|发放|拨付|支付|兑付|兑现|交付|投入使用|投用|结算|完毕"
    "|全部起运|均已起运|已起运"
    # 物资 arrived or stored, the purchase's last step (3月20日全部到货, 已入库; p40 H2)
    "|到货|入库"
    # a training course closed, the 民兵/培训 rows' word for finished (10月15日结训; parse43 M2)
    "|结训"
)
# … or of a document issued, published or a system gone live (2024年4月印发, 2025年9月出版
# (a yearbook out, p17 M2), 2024年5月出台, 2024年3月
# 下达, 2024年9月上线: the work of a 方案, an 办法, a 资金下达 or a system is done). After
# a date's 前, a limit, these restate the deadline a target names (2024年12月底前上线运行,
# 2024年6月底前印发): text, unless 已于 or 已 says it is past (已于6月30日前印发, 9月30日前
# 已上线); the verbs of finished work read there as they always did (2024年12月底前完成
# 竣工验收: done then).
# … or of works opened to their use (2024年10月28日通车, 2024年7月15日通水, 2024年10月20日
# 并网, 2025年1月投产, 2024年10月1日开馆, 2025年1月入住, 2025年3月投入运营, 2024年7月挂牌:
# the works serve, as 建成通车 and 投入使用 say). A stage of the works is none: 封顶, 合龙,
# 贯通 and 下闸蓄水 name a structure finished, not the works (see _NOT_COMPLETED_RE), and
# 试运行 the start of a trial run; after 前 these words restate a deadline, as 上线 does.
_OPENED_WORDS: Final = "通车|通水|通电|通气|并网|投产|开馆|开园|开业|入住|投入运营|投运|启用|挂牌"
# An opening verb counts only where it ends the phrase, alone or before a word of the works
# serving (通车运行, 并网发电, 挂牌成立): before anything else it names a step towards the
# opening (并网调试, 挂牌督办, 开业指导), not the opening.
_OPENED_AFTER: Final = "运行|使用|运营|营业|发电|点火|成立"
_COMPLETION_RE: Final = re.compile(
    f"{_WORK_DONE_RE.pattern}|上线|印发|出台|发布|公布|公示|公开|下发|下达|出版"
    f"|(?:{_OPENED_WORDS})(?:{_OPENED_AFTER})?$"
)
# A stage of the works (主体工程, 一期工程, 土建, 基础工程, 征地拆迁, 地基, 桩基, 土方): its
# noun, then its status or a word of works (主体工程已完工, 2024年11月主体完工, 完成一期工程
# 建设, 桩基施工). Before another noun the same characters name something else, which is
# no stage: 主体责任, 土建招标, 一期培训, 首期培训, 基础测绘, 基础数据, 征地补偿, 拆迁安置房.
STAGE_NOUNS: Final = (
    "主体(?:工程|结构)?|[一二三四五首]期(?:工程|项目)?|土建(?:工程)?|基础(?:工程|施工)"
    "|征地拆迁|征地|拆迁|地基(?:基础|处理|工程)?|桩基(?:工程|施工)?|土方(?:工程|开挖|施工)?"
)
_STAGE_FOLLOWERS: Final = (
    "完工|完成|竣工|建成|建设|施工|封顶|合龙|合拢|贯通|开挖|验收|基本|部分|工程"
    "|已|均|全|未|尚|暂|正|仍|还|及|和|与|、|,|;|$"
)
STAGE_PATTERN: Final = f"(?:{STAGE_NOUNS})(?={_STAGE_FOLLOWERS})"
# A subject naming a part of the works before 已于 and a date (主体已于8月完工, 一期已于8月
# 完工, 土建已于8月完工, 基础已于6月完工, 部分已于8月完工): that part's date, not the whole's
# (parse55 H4); 基础 before another noun (基础设施, 基础数据) is no part.
PART_SUBJECT_PATTERN: Final = (
    f"{STAGE_NOUNS}|基础(?!设施|数据|测绘|教育|建设|信息|资料)|部分|局部|半幅|单幅"
)
# The milestones of a structure: topped out, a span closed, a tunnel holed through, a dam
# starting to fill.
STAGE_EVENT_PATTERN: Final = "封顶|合龙|合拢|贯通|蓄水"
# An acceptance before the final one (初步验收, 预验收, 中间验收, 隐蔽工程验收, 分部分项验收,
# 阶段性验收).
STAGE_ACCEPTANCE_PATTERN: Final = "(?:初步|预|中间|隐蔽|分部分项|分部|分项|阶段性?)(?:工程)?验收"
# … and does not say that it is not, not yet, partly or only begun (2024年9月未拨付,
# 验收中, 部分完成, 开始发放, 待验收), or name a part of the month (下旬完成, 月初), which
# a date value has no field for. A Chinese numeral may start a count
# (2024年完成三次培训): not a date.
_NOT_COMPLETED_RE: Final = re.compile(
    "未|没|不|待|拟|将|预计|计划|正在|开始|启动|开工|着手|起(?!运)|以来|至今|中|部分|基本|旬|^初"
    # 上 and 下 of a part of the month, not of 上线, 下发 or 下达 (2024年9月上线: done)
    "|^[上下](?![线发达])"
    # an early step of the work (2024年6月完成招标): done then, but not the work itself
    # (采购到位: the goods bought are in place, the purchase done; parse43 M2)
    "|招标|设计|立项|采购(?!到位)|签订|签约|合同|选址|规划|可研|前期|评审|初验|备案|审批"
    # a draft issued (2024年5月发布征求意见稿): not the document the work is done by
    "|征求意见|草案|初稿"
    # a stage or a part of the works (2024年11月主体完工, 2024年8月28日封顶, 2024年9月10日
    # 合龙, 2024年6月下闸蓄水) or an acceptance before the final one (2024年11月通过初步验收):
    # done then, but no completion of the whole works (主体工程已完工 is none either)
    f"|{STAGE_PATTERN}|{STAGE_EVENT_PATTERN}"
    f"|初步|{STAGE_ACCEPTANCE_PATTERN}"
    # part of the works opened (2024年9月半幅通车, 局部通水): no opening of the whole
    "|半幅|单幅|局部|分段"
    # a trial opening (2025年1月试投产, 试运营): begun on trial, as 试运行 is
    "|试(?:投产|运营|营业|生产|通车|通水|开馆|开园|开业)"
)
_NUMERAL_RE: Final = re.compile("[零一二三四五六七八九十两百千万]")
# A report or a return filed (4月25日报送, 2025年5月10日上报, 4月25日前全部报送): the 决算
# and 报表 deadlines' work done then, as 完成 is (parse27 H4). Only the verb, after a word
# of manner: with an object (上报立项申请, 报送审批, 提交评审) it is a step towards another.
_FILED_RE: Final = re.compile(
    "(?:已经|均已|已|均|全部|按时|按期|如期)*(?:报送|上报|提交|报备)(?:完成|完毕)?"
)
_DONE_LEAD_INS: Final = frozenset({"已于", "已在"})


# A request or a filing for a step that others take (已申请验收, 已提交验收申请, 验收资料已报送,
# 已申请拨付, 已报请审批): done, it is the request, not the step (parse52 H3), unless the
# step is said done beside it (已完成验收并上报, 已验收，资料已报送).
_REQUEST_VERBS: Final = "申请|提交|报送|上报|申报|报请|提请"
_REQUESTED_STEPS: Final = "验收|拨付|支付|审批|批复|评审|立项|结算|审计"
_REQUESTED_RE: Final = re.compile(
    rf"(?:{_REQUEST_VERBS})了?[\u4e00-\u9fff]{{0,4}}?(?:{_REQUESTED_STEPS})"
    rf"|(?:{_REQUESTED_STEPS})[\u4e00-\u9fff]{{0,4}}?(?:资料|材料|申请|手续|报告)"
    rf"(?:已经|已|均已)?(?:{_REQUEST_VERBS})"
)
_STEP_SAID_DONE_RE: Final = re.compile(
    rf"(?:完成|通过|已经|已|均已)(?:{_REQUESTED_STEPS})(?!申请|资料|材料|手续)"
    rf"|(?:{_REQUESTED_STEPS})(?:合格|完成|完毕|通过)"
)


def requested_only(text: str) -> bool:
    """Whether a done status is only the request for a step others take (parse52 H3).

    Example:
        >>> [requested_only(t) for t in ("已申请验收", "验收资料已报送", "已完成验收并上报")]
        [True, True, False]
    """
    return _REQUESTED_RE.search(text) is not None and _STEP_SAID_DONE_RE.search(text) is None


def says_not_completed(phrase: str) -> bool:
    """Whether a phrase after a date says the work was not completed then.

    The test a one-line date value puts its phrase through (``2024年6月完成招标``,
    ``2024年10月开工``, ``预计完工``): a negation, something pending, a plan or a
    forecast, a start or an early step of the work.

    Example:
        >>> says_not_completed("完成招标"), says_not_completed("完成验收")
        (True, False)
    """
    return _NOT_COMPLETED_RE.search(phrase) is not None


# A time that a progress value starts with, before a comma: 截至8月底, 截止2024年8月31日,
# 1-8月 (what was done by or in that time follows).
_DATED_LEAD_IN_RE: Final = re.compile(
    rf"(?:截至|截止到?|至){_point('a')}[底末]?(?=,)|(?:{_M})[-~至到](?:{_M})月份?(?=,)"
)


def dated_lead_in(text: str) -> int | None:
    """Where the comma after a leading time (``截至8月底,``, ``1-8月,``) stands, if any.

    Example:
        >>> dated_lead_in("截至8月底,已完成60%"), dated_lead_in("目前,完成60%")
        (5, None)
    """
    match = _DATED_LEAD_IN_RE.match(text)
    if match is None or match.end() == 0 or match.group() in ("截至", "截止", "截止到", "至"):
        return None
    return match.end()


class DateMatch(NamedTuple):
    """What a date grammar found: the fields and where a bad part is."""

    year: int | None
    month: int | None
    day: int | None
    part: Part | None
    strict: bool
    done: bool
    error: tuple[str, int, int] | None  # message, start, end in the normalised text
    note: str | None = None  # the work a deadline is for (完成竣工验收), beyond a completion word


def _int(token: str | None) -> int | None:
    if token is None:
        return None
    return int(token) if token[0].isdigit() else chinese_to_int(token)


def _validate(
    year: int | None, month: int | None, day: int | None, span: tuple[int, int]
) -> tuple[str, int, int] | None:
    if month is not None and not 1 <= month <= 12:  # noqa: PLR2004
        return ("invalid month", *span)
    if day is not None:
        if month is None:
            return ("invalid date", *span)
        if 1 <= day <= 28:  # noqa: PLR2004 - every month has these days
            return None
        last = calendar.monthrange(year if year is not None else 2000, month)[1]
        if not 1 <= day <= last:
            return ("invalid day", *span)
    return None


_PointGroups = tuple[int, int, int, int, int, int]


def _point_groups(pattern: re.Pattern[str], tag: str) -> _PointGroups:
    """Group numbers of a date point: numeric year, month, day, then written ones."""
    index = pattern.groupindex
    return (
        index[f"{tag}y2"],
        index[f"{tag}m2"],
        index[f"{tag}d2"],
        index[f"{tag}y"],
        index[f"{tag}m"],
        index[f"{tag}d"],
    )


def _groups(
    match: re.Match[str], found: tuple[str | None, ...], numbers: _PointGroups
) -> tuple[int | None, int | None, int | None, tuple[int, int]]:
    """One date point's fields; *found* is ``match.groups()``, *numbers* the point's groups."""
    y2, m2, d2, y1, m1, d1 = numbers
    y = found[y2 - 1]
    if y is not None:
        m, d = found[m2 - 1], found[d2 - 1]
        start, end = match.start(y2), match.end(d2 if d else m2)
    else:
        y, m, d = found[y1 - 1], found[m1 - 1], found[d1 - 1]
        first = y1 if y is not None else m1 if m is not None else d1 if d is not None else 0
        last = d1 if d is not None else m1 if m is not None else y1 if y is not None else 0
        start, end = match.start(first), match.end(last)
    return _int(y), _int(m), _int(d), (start, end)


_DL_POINT: Final = _point_groups(_DEADLINE_RE, "a")
_DL_CTX, _DL_YMOD, _DL_HALF, _DL_Q, _DL_XUN, _DL_WHOLE, _DL_BEFORE, _DL_DONE, _DL_PHRASE = (
    _DEADLINE_RE.groupindex[name] - 1
    for name in ("ctx", "ymod", "half", "q", "xun", "whole", "before", "done", "phrase")
)
_DL_MPART: Final = _DEADLINE_RE.groupindex["mpart"] - 1
# 月初 is the month's 上旬 (its 10th as a date), 月中 its 中旬 (the 20th): the part of the
# month everyday speech names for the 旬.
_MONTH_PART_XUN: Final = MappingProxyType({"初": "上", "中": "中"})
# The words that name the table's year as a whole (本年度 is 本年; 年度 alone names none).
_THIS_YEAR_WORDS: Final = frozenset({"本年度", "本年", "今年", "当年"})
_XUN_PARTS: Final = {
    "上": Part.EARLY,
    "中": Part.MID,
    "下": Part.LATE,
    "上中": Part.MID,
    "中下": Part.LATE,
}
_QUARTER_PARTS: Final = (Part.QUARTER_1, Part.QUARTER_2, Part.QUARTER_3, Part.QUARTER_4)


def match_deadline(text: str, year: int | None) -> DateMatch | None:
    """Match *text* as a whole-cell deadline; None when it is not one.

    Example:
        >>> match_deadline("2023年12月前完成", None)[:5]
        (2023, 12, None, <Part.MONTH: 'month'>, True)
    """
    match = _DEADLINE_RE.fullmatch(text)
    if match is None:
        return None
    found = match.groups()
    y, m, d, span = _groups(match, found, _DL_POINT)
    ctx, ymod, half, q = found[_DL_CTX], found[_DL_YMOD], found[_DL_HALF], found[_DL_Q]
    xun, whole, before = found[_DL_XUN], found[_DL_WHOLE], found[_DL_BEFORE]
    if (month_part := found[_DL_MPART]) is not None:
        xun = _MONTH_PART_XUN[month_part]  # 10月初前完成: 10月上旬前完成
    phrase = found[_DL_PHRASE]
    # 2024年12月底前完成竣工验收: the phrase needs a "before" word, and holds no number
    # and no second time.
    if phrase is not None and (
        before not in _PHRASE_BEFORE
        or _PHRASE_BLOCKERS_RE.search(_PERIOD_OF_TASK_RE.sub("", phrase)) is not None
    ):
        return None
    has_point = y is not None or m is not None
    # 年终 is the year's end as 年底 and 年末 are (年终开展, 年终前完成; parse55 H8)
    year_words = ymod in ("年底", "年末", "年终") or whole in ("年内", "年度内")
    if not has_point and not (ctx or half or q or year_words):
        return None
    within = before in ("内", "以内", "之内")
    if (
        not has_point
        and ctx
        and not (ymod or whole or within)
        # 当年完成, 本年度完成, 今年完成: the work is done in the table's year (年内完成);
        # 当年上半年, 本年度第三季度: a part of it, as 上半年 alone is. A bare 年 or 年度
        # (年度完成, 年度上半年) names no year of its own.
        # 当年, 本年度 alone: within the table's year too, as 年内 (parse53 low)
        and not (
            ctx in _THIS_YEAR_WORDS
            and (found[_DL_DONE] is not None or half or q or (phrase is None and before is None))
        )
    ):
        return None  # a bare 年 or 年度 alone is no deadline
    if xun and m is None:
        return None
    if (ymod or half or q or whole) and m is not None and not (ymod in ("底", "末") or xun):
        return None  # 2023年6月上半年: not a date
    if ctx and y is not None:
        return None  # 今年2023年…
    if y is None:
        y = year
    error = _validate(y, m, d, span)
    part: Part
    if d is not None:
        part = Part.DAY
    elif xun:
        part = _XUN_PARTS[xun]
    elif m is not None:
        part = Part.MONTH_END if ymod in ("底", "末") else Part.MONTH
    elif q:
        quarter = _int(q) or 1
        part = _QUARTER_PARTS[quarter - 1]
    elif half:
        part = Part.HALF_1 if half == "上" else Part.HALF_2
    elif ymod:
        part = Part.YEAR_END
    else:
        part = Part.YEAR
    strict = before in ("前", "之前", "以前") and part in (Part.MONTH, Part.YEAR)
    done = found[_DL_DONE] is not None or phrase is not None
    return DateMatch(y, m, d, part, strict, done, error, phrase)


# A plan's time before the work it schedules (下半年开展, 年底评价, 四季度验收, 拟于11月开展,
# 计划12月组织, 年底前完成): a deadline's lead-in and time, then words of the work only,
# which say neither that it is done or not (已, 未) nor that it is late (parse54 H2).
_SCHEDULED_RE: Final = re.compile(
    rf"(?:拟|将|待|准备|安排)?(?P<time>{_PREFIX}{_CONTEXT_YEAR}{_point('a')}{_MODIFIER}{_BEFORE})"
    r"(?P<work>[\u3400-\u9fff]{1,12})"
)
_SCHEDULED_WORK_BLOCKERS_RE: Final = re.compile("已|未|没|不|无|滞后|延|推迟|逾期")


def match_scheduled(text: str, year: int | None) -> DateMatch | None:
    """The time a plan cell puts its work at (``下半年开展``: the second half), or None.

    The time is read as :func:`match_deadline` reads it alone; the words after it name
    the work planned then, never its state (``下半年已开展``, ``6月未开展`` are none).

    Example:
        >>> match_scheduled("下半年开展", 2025)[:4]
        (2025, None, None, <Part.HALF_2: 'half_2'>)
        >>> match_scheduled("拟于11月开展", 2025)[:4]
        (2025, 11, None, <Part.MONTH: 'month'>)
        >>> match_scheduled("年底评价", 2025).part, match_scheduled("6月未开展", 2025)
        (<Part.YEAR_END: 'year_end'>, None)
    """
    parts = scheduled_parts(text, year)
    return parts[0] if parts is not None else None


def scheduled_parts(text: str, year: int | None) -> tuple[DateMatch | None, str] | None:
    """The time a plan cell puts its work at, as :func:`match_scheduled` reads it, and the work.

    Example:
        >>> found = scheduled_parts("9月前提交验收申请", 2025)
        >>> found[0][:2], found[1]
        ((2025, 9), '提交验收申请')
        >>> scheduled_parts("6月未开展", 2025) is None
        True
    """
    found = _SCHEDULED_RE.fullmatch(text)
    if found is None or _SCHEDULED_WORK_BLOCKERS_RE.search(found["work"]) is not None:
        return None
    return match_deadline(found["time"], year), found["work"]


class PeriodMatch(NamedTuple):
    """The two ends of a period and where a bad part is."""

    start: tuple[int | None, int | None, int | None]
    end: tuple[int | None, int | None, int | None]
    error: tuple[str, int, int] | None


_PE_POINT_A: Final = _point_groups(_PERIOD_RE, "a")
_PE_POINT_B: Final = _point_groups(_PERIOD_RE, "b")
_PE_YA, _PE_YB, _PE_YA2, _PE_YB2, _PE_WY, _PE_WHOLE, _PE_MY, _PE_MA, _PE_MB = (
    _PERIOD_RE.groupindex[name] - 1
    for name in ("ya", "yb", "ya2", "yb2", "wy", "whole", "my", "ma", "mb")
)


def match_period(text: str, year: int | None) -> PeriodMatch | None:
    """Match *text* as a whole-cell period (two points joined by - ~ 至 到).

    Example:
        >>> match_period("2017年8月至11月", None)[:2]
        ((2017, 8, None), (2017, 11, None))
    """
    match = _PERIOD_RE.fullmatch(text)
    if match is None:
        return None
    found = match.groups()
    ya, yb = found[_PE_YA] or found[_PE_YA2], found[_PE_YB] or found[_PE_YB2]
    if found[_PE_YA] is not None or found[_PE_YA2] is not None:
        return PeriodMatch((_int(ya), None, None), (_int(yb), None, None), None)
    if found[_PE_WHOLE] is not None:
        whole_year = _int(found[_PE_WY]) or year
        return PeriodMatch((whole_year, 1, None), (whole_year, 12, None), None)
    if found[_PE_MA] is not None:
        months_year = _int(found[_PE_MY]) or year
        first, last = _int(found[_PE_MA]), _int(found[_PE_MB])
        if first is None or last is None or first > last:
            return None  # 12-1月 runs backwards: no period
        span = (match.start(_PE_MA + 1), match.end(_PE_MB + 1))
        error = _validate(months_year, first, None, span) or _validate(
            months_year, last, None, span
        )
        return PeriodMatch((months_year, first, None), (months_year, last, None), error)
    ay, am, ad, aspan = _groups(match, found, _PE_POINT_A)
    by, bm, bd, bspan = _groups(match, found, _PE_POINT_B)
    if (am is None and ay is None) or (bm is None and by is None):
        return None
    if (ay is None) != (am is None) and am is None:
        return None
    if by is None and bm is not None and am is None:
        return None  # 2023年-11月
    if ay is None:
        ay = year
    if by is None:
        by = ay
    error = _validate(ay, am, ad, aspan) or _validate(by, bm, bd, bspan)
    return PeriodMatch((ay, am, ad), (by, bm, bd), error)


_DV_POINT: Final = _point_groups(_DATE_VALUE_RE, "a")
_DV_PLAN, _DV_PRE, _DV_END, _DV_BEFORE, _DV_PHRASE, _DV_XUN, _DV_Q, _DV_HALF = (
    _DATE_VALUE_RE.groupindex[name] - 1
    for name in ("plan", "pre", "end", "before", "phrase", "xun", "q", "half")
)
_DV_MPART: Final = _DATE_VALUE_RE.groupindex["mpart"] - 1


def _value_part(found: tuple[str | None, ...], month: int | None, day: int | None) -> Part | bool:
    """The part of a month or year a date value names (False: none; True: a bad one).

    A 旬 needs a month and no day; a quarter or a half-year neither (``6月四季度``).
    """
    xun, quarter, half = found[_DV_XUN], found[_DV_Q], found[_DV_HALF]
    if (month_part := found[_DV_MPART]) is not None:
        xun = _MONTH_PART_XUN[month_part]  # 10月初: 10月上旬
    if xun is not None:
        return _XUN_PARTS[xun] if month is not None and day is None else True
    if quarter is None and half is None:
        return False
    if month is not None or day is not None:
        return True
    if quarter is not None:
        return _QUARTER_PARTS[(_int(quarter) or 1) - 1]
    return Part.HALF_1 if half == "上" else Part.HALF_2


# The year's last round after 完成 and before the work's noun (完成第四轮监测, 完成第4轮抽检:
# the fourth of a quarterly 例行监测; 完成全年4轮监测, 完成最后一轮监测): the work done, no
# count. An earlier round (完成第三轮监测) is a step, and stays text.
_ROUND_OF_WORK_RE: Final = re.compile(
    r"(?<=完成)(?:第[4四]|全年(?:第)?(?:[1-9]|[一二三四五六七八九十])|最后一)轮(?=[\u3400-\u9fff]{1,6}$)"
)
# Words before 已 that say how the work was done, not which work (下半年全部已完成).
_DONE_ADVERBS: Final = frozenset({"均", "全部", "全面", "都", "基本", "业", "现"})


def match_date_value(text: str, year: int | None) -> DateMatch | None:
    """Match *text* as a whole-cell date value (``2023年10月``, ``已于2023年6月完成``).

    A phrase may follow the date: with a verb of completion (``完成验收``, ``已拨付``,
    ``通过验收``) the value is done then; otherwise (``开工``, ``验收中``, ``未拨付``),
    or after a lead-in of a plan (``预计11月完工``), the match carries an error, and
    the value is text: a day or month followed by words is never a count.

    Example:
        >>> match_date_value("已于2023年6月完成", None)[:3]
        (2023, 6, None)
    """
    # 12月10日完成第四轮监测, 完成全年4轮监测: the last of the year's rounds named, no count
    # (p40 H2); the rounds' number is dropped, the work done then is read as 完成监测 is
    if "年年" in text:  # 2025年年底完成 is 2025年底完成 (parse50 H1)
        text = text.replace("年年底", "年底").replace("年年末", "年末")
    match = _DATE_VALUE_RE.fullmatch(_ROUND_OF_WORK_RE.sub("", text))
    if match is None:
        return None
    found = match.groups()
    y, m, d, span = _groups(match, found, _DV_POINT)
    part = _value_part(found, m, d)
    if part is True or (y is None and m is None and part is False):
        return None
    if found[_DV_END] is not None and d is not None:
        return None  # 6月30日底: no date
    phrase = found[_DV_PHRASE]
    if phrase is not None and _NUMERAL_RE.search(phrase):
        return None  # 2024年完成三次培训: a count may follow, the number grammar decides
    filed = phrase is not None and _FILED_RE.fullmatch(phrase) is not None
    completed = phrase is not None and (
        phrase == "已"
        or filed
        or (
            _COMPLETION_RE.search(phrase) is not None
            and _NOT_COMPLETED_RE.search(phrase) is None
            and not requested_only(phrase)  # 12月已提交验收申请: the request (parse52 H3)
        )
    )
    if (
        completed
        and not filed  # 4月25日前全部报送: filed by then, as 4月25日前全部完成 is
        and phrase is not None
        and found[_DV_BEFORE] is not None
        and found[_DV_PRE] not in _DONE_LEAD_INS
        and "已" not in phrase
        and _WORK_DONE_RE.search(phrase) is None
    ):
        # 2024年12月底前上线运行: the deadline restated with its work, a limit, not the
        # date the system went live (已于6月30日前上线 says it did)
        completed = False
    if found[_DV_PLAN] is not None or (phrase is not None and not completed):
        # 预计11月完工, 2024年5月20日开工: text, never 20 of 日开工
        return DateMatch(
            None, None, None, None, strict=False, done=False, error=("no date value", *span)
        )
    if (
        part is not False
        and phrase is not None
        and (cut := phrase.find("已")) > 0
        and phrase[:cut] not in _DONE_ADVERBS
    ):
        # 上半年任务已完成, 一季度工作已完成: the part of the year names the work done (the
        # first half's task), not when the year's work was done: text (dept22 H6)
        return DateMatch(
            None, None, None, None, strict=False, done=False, error=("no date value", *span)
        )
    if y is None:
        y = year
    if part is not False:
        # 3月上旬, 第四季度, 下半年: the part is the date (a 末 after it is its last day)
        done = completed or found[_DV_PRE] == "已于"
        return DateMatch(y, m, None, part, strict=False, done=done, error=_validate(y, m, d, span))
    if found[_DV_END] is not None and m is not None and y is not None and 1 <= m <= 12:  # noqa: PLR2004
        # 2024年10月底: the month's last day, which a deadline on the 15th must see
        d = calendar.monthrange(y, m)[1]
    elif found[_DV_END] is not None and m is None and y is not None:
        # 2025年底, 2025年末: the year's last day, never the whole year a deadline in it
        # cannot tell (a June deadline met by 2025年底完成, parse50 H1)
        m, d = 12, 31
    done = completed or found[_DV_PRE] == "已于"
    return DateMatch(y, m, d, None, strict=False, done=done, error=_validate(y, m, d, span))


# A date a count's label opens with (3月底前开工, 截至2024年3月底累计完成, 一季度开工): the
# lead-in, the date with its part and end, a "before" word, then the work, which names no
# plan (计划, 预计), no negation and no time after the date (起, 至, 以后: a period or a start).
_LABEL_DATE_RE: Final = re.compile(
    r"(?:已于|已在|于|在|截(?:止到?|至)|到)?"
    rf"(?P<head>{_point('a')}(?:[上中下]旬|第?[一二三四1-4]季度|[上下]半年|{_MONTH_PART})?[底末]?)"
    r"(?:之前|以前|前|以内|之内|内)?"
    r"(?P<work>(?![起至到后]|以后|之后|期间)[\u4e00-\u9fff]{0,12})"
)
_LABEL_WORK_BLOCKERS_RE: Final = re.compile("计划|预计|力争|目标|要求|未|没|不|尚|需|应|拟|将|每")


def match_label_date(label: str) -> DateMatch | None:
    """The date a count's label opens with (``3月底前开工``: March), or None.

    The date names a month, a 旬, a quarter or a half-year (a year alone is the year's
    figure, ``2023年增长``); the work after it is no plan or negation. The year is the
    label's own (none when unwritten: the reader's year is the table's).

    Example:
        >>> match_label_date("3月底前开工")[:4]
        (None, 3, None, None)
        >>> match_label_date("2024年一季度开工")[:4]
        (2024, None, None, <Part.QUARTER_1: 'quarter_1'>)
        >>> match_label_date("3月底前计划开工") is None, match_label_date("2023年增长") is None
        (True, True)
    """
    found = _LABEL_DATE_RE.fullmatch(label)
    if found is None or _LABEL_WORK_BLOCKERS_RE.search(found["work"]) is not None:
        return None
    head = found["head"]
    if "月" not in head and "季" not in head and "半年" not in head and not head[:1].isdigit():
        return None
    date = match_date_value(head, None)
    if date is None or date.error is not None or (date.month is None and date.part is None):
        return None
    return date


def match_dated_phrase(text: str, year: int | None) -> tuple[int, int, int | None, str] | None:
    """The date a cell starts with and the phrase after it, for a date then a step.

    ``2024年3月15日开工`` and ``已于2024年3月15日开工`` are text as values (a start or an
    early step of the work is no completion of it); scoring asks for the date (year,
    month, day) and the phrase when the indicator is named for that step (工程开工时间).
    None when the cell is not a date and a phrase, the date is a plan (``预计3月开工``),
    the phrase holds a numeral, or the date has no month or no year (and *year* is None).

    Example:
        >>> match_dated_phrase("已于2024年3月15日开工", None)
        (2024, 3, 15, '开工')
        >>> match_dated_phrase("实际2024年3月15日开工", None)
        (2024, 3, 15, '开工')
    """
    # 12月10日完成第四轮监测, 完成全年4轮监测: the last of the year's rounds named, no count
    # (p40 H2); the rounds' number is dropped, the work done then is read as 完成监测 is
    if text.startswith("实际") and not text.startswith("实际上"):
        text = text.removeprefix("实际")  # 实际7月15日开工: the actual's label (parse55 M7)
    match = _DATE_VALUE_RE.fullmatch(_ROUND_OF_WORK_RE.sub("", text))
    if match is None:
        return None
    found = match.groups()
    phrase = found[_DV_PHRASE]
    if phrase is None or found[_DV_PLAN] is not None or _NUMERAL_RE.search(phrase):
        return None
    if any(found[index] is not None for index in (_DV_XUN, _DV_MPART, _DV_Q, _DV_HALF)):
        return None  # 2024年3月上旬开工, 3月初开工: no day of the step
    y, m, d, span = _groups(match, found, _DV_POINT)
    if y is None:
        y = year
    if y is None or m is None or _validate(y, m, d, span) is not None:
        return None
    if found[_DV_END] is not None:
        if d is not None:
            return None  # 6月30日底: no date
        d = calendar.monthrange(y, m)[1]  # 2024年3月底开工: the month's last day
    return y, m, d, phrase


# A period between two parts of months (6月下旬至7月上旬, 2025年6月上旬至中旬): from the
# first day of the first part to the last day of the second.
_XUN_PERIOD_RE: Final = re.compile(
    rf"{_PREFIX}(?:(?P<ya>{_Y})年(?:度)?)?(?P<ma>{_M})月(?:份)?(?P<xa>[上中下])旬"
    rf"[-~至到](?:(?P<yb>{_Y})年(?:度)?)?(?:(?P<mb>{_M})月(?:份)?)?(?P<xb>[上中下])旬"
    rf"(?:内|期间)?{_DONE}"
)
_XUN_FIRST_DAY: Final = {"上": 1, "中": 11, "下": 21}
_XUN_LAST_DAY: Final = {"上": 10, "中": 20}


def match_xun_period(text: str, year: int | None) -> PeriodMatch | None:
    """Match *text* as a whole-cell period between parts of months, or None.

    Each end is a day: the first of the first part (上旬 the 1st, 中旬 the 11th, 下旬 the
    21st), the last of the second (the 10th, the 20th, the month's last day). A second
    month not written is the first's (``6月上旬至中旬``); the periods runs forwards.

    Example:
        >>> match_xun_period("6月下旬至7月上旬", 2025)[:2]
        ((2025, 6, 21), (2025, 7, 10))
    """
    match = _XUN_PERIOD_RE.fullmatch(text)
    if match is None:
        return None
    ya, yb = _int(match["ya"]), _int(match["yb"])
    ma, mb = _int(match["ma"]), _int(match["mb"])
    ya = ya if ya is not None else year
    yb = yb if yb is not None else ya
    if mb is None:
        if match["yb"] is not None:
            return None  # 6月下旬至2026年上旬: no month
        mb = ma
    if ya is None or yb is None or ma is None or mb is None:
        return None
    span = (match.start("ma"), match.end("xb"))
    error = _validate(ya, ma, None, span) or _validate(yb, mb, None, span)
    if error is not None:
        return PeriodMatch((ya, ma, None), (yb, mb, None), error)
    xa, xb = match["xa"], match["xb"]
    first = (ya, ma, _XUN_FIRST_DAY[xa])
    last_day = _XUN_LAST_DAY.get(xb) or calendar.monthrange(yb, mb)[1]
    last = (yb, mb, last_day)
    if first >= last:
        return None  # 7月上旬至6月下旬 runs backwards
    return PeriodMatch(first, last, None)


# A deadline named by a festival (春节前发放到位, 2025年国庆节前完成主体工程, 次年春节前,
# 元旦春节前, 八一前, 教师节前, 重阳节前): the written year, 次年/明年, or the table's year
# before it; two festivals of one season (元旦春节前, 中秋国庆前) are due by the earlier.
# 劳动节, 建军节…: a name that needs its 节 (劳动前 is none).
_FESTIVAL_NAMES: Final = (
    "元旦|春节|元宵|国庆|端午|中秋|清明|重阳|五一|六一|七一|八一|十一"
    "|劳动节|儿童节|建党节|建军节|教师节"
)
_FESTIVAL_RE: Final = re.compile(
    r"(?P<lead>(?:力争|确保|计划|预计|截至|截止到?)?[于在]?)"
    rf"(?:(?P<y>{_Y})年(?:度)?|(?P<next>次年|明年)|本年度?|今年|当年)?"
    rf"(?P<words>(?P<f1>{_FESTIVAL_NAMES})节?(?:[、和与及]?(?P<f2>{_FESTIVAL_NAMES})节?)?"
    r"(?:假期|节日|期间)?(?:之前|以前|前))"
)


def _festival(name: str) -> str:
    """The key in the vocabulary of festival *name* (``劳动节`` → ``五一``, ``十一`` → ``国庆``)."""
    return voc.FESTIVAL_ALIASES.get(name, name)


# Two festivals of one season, named together.
_FESTIVAL_SEASONS: Final = frozenset({frozenset({"元旦", "春节"}), frozenset({"中秋", "国庆"})})


def festival_deadline(text: str, year: int | None) -> tuple[str, str] | None:
    """*text* with the festival it is due by written as the eve's date, and the festival.

    The deadline is the day before the festival (``国庆节前``: 9月30日), which the grammar
    reads with the rest of the cell; the festival's words are the note. 元旦 and 国庆 fall
    on a fixed day, and so do 五一, 六一, 七一, 八一 and 教师节; 春节, 元宵, 清明, 端午, 中秋
    and 重阳 need the year, written (``2025年春节前``,
    ``次年春节前``) or the table's, in :data:`perftrack.vocabulary.FESTIVALS`. Without a year
    written, 元旦 is the one that ends the table's year (元旦前 is 12月31日前), and a
    festival named with it (``元旦春节前``) the one of that season. None when the cell
    names no festival or its day is not known.

    Example:
        >>> festival_deadline("春节前发放到位", 2025)
        ('2025年1月28日前发放到位', '春节前')
    """
    match = _FESTIVAL_RE.match(text)
    if match is None:
        return None
    written = _int(match["y"])
    base = written if written is not None else year
    if base is not None and match["next"] is not None:
        base += 1
    names = [_festival(match["f1"])]
    if match["f2"] is not None and _festival(match["f2"]) != names[0]:
        names.append(_festival(match["f2"]))  # 五一劳动节前: one festival
    if len(names) > 1 and frozenset(names) not in _FESTIVAL_SEASONS:
        return None  # 元旦国庆前: two festivals of no one season
    if written is None and match["next"] is None and "元旦" in names and base is not None:
        base += 1  # 元旦前 in a 2025 table: before 2026-01-01, the year's end
    if base is None:
        if len(names) > 1 or names[0] not in voc.FIXED_FESTIVALS:
            return None  # 春节 of an unknown year
        month, day = voc.FIXED_FESTIVALS[names[0]]
        eve = dt.date(2001, month, day) - dt.timedelta(days=1)  # a year with no 2月29日
        date_text = f"{eve.month}月{eve.day}日前"
    else:
        days = []
        for name in names:
            known = voc.FIXED_FESTIVALS.get(name) or voc.FESTIVALS[name].get(base)
            if known is None:
                return None  # a year outside the table
            days.append(dt.date(base, *known))
        eve = min(days) - dt.timedelta(days=1)
        date_text = f"{eve.year}年{eve.month}月{eve.day}日前"
    words = match["words"]
    return f"{match['lead']}{date_text}{text[match.end() :]}", words


# A week of the year by its number (2025年第20周, 第10周前完成): the ISO week, due on its
# Sunday. A week number is no count of weeks.
_WEEK_RE: Final = re.compile(
    r"(?P<lead>(?:力争|确保|计划|预计|截至|截止到?)?[于在]?)"
    rf"(?:(?P<y>{_Y})年(?:度)?|本年度?|今年|当年)?"
    r"(?P<words>第(?P<n>\d{1,2}|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])周"
    r"(?:之前|以前|前|之内|以内|内)?)"
)


def week_deadline(text: str, year: int | None) -> tuple[str, str] | None:
    """*text* with the week of the year it names written as its Sunday, and the week's words.

    The week is the ISO week of the year written, else of the table's *year*; the deadline
    is its last day (``第10周前`` too: the end of the week, as ``6月前`` is due at the end
    of June). None when the cell names no week, or no year, or a week the year has not.

    Example:
        >>> week_deadline("2025年第20周", None)
        ('2025年5月18日前', '第20周')
    """
    match = _WEEK_RE.match(text)
    if match is None:
        return None
    written = _int(match["y"])
    week_year = written if written is not None else year
    week = _int(match["n"])
    if week_year is None or week is None:
        return None
    try:
        sunday = dt.date.fromisocalendar(week_year, week, 7)
    except ValueError:
        return None  # 第54周, 第0周: no such week
    date_text = f"{sunday.year}年{sunday.month}月{sunday.day}日前"
    return f"{match['lead']}{date_text}{text[match.end() :]}", match["words"]


def names_a_week(text: str) -> bool:
    """Whether *text* starts with a week of the year (``2025年第20周``, ``第10周前完成``).

    Example:
        >>> names_a_week("第10周前完成"), names_a_week("第10名")
        (True, False)
    """
    return _WEEK_RE.match(text) is not None
