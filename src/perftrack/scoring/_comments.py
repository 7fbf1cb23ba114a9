"""A figure with a comment clause after it, read as the figure and its note (tr32 H2).

``6800人次，较计划略有滞后``, ``6800人次，预计全年可完成``: the lead figure is the
actual, the clause after the comma a note on it, as ``6800人次（较计划略有滞后）`` is.
A clause with a figure of its own is read so only when it is a forecast
(``预计全年可完成30000人次``): a list of figures (``城区3个，农村5个``) is not one figure.
Only against a figure target (a comparison or a range) in the figure's unit, and only a
clause of pace or forecast (:data:`_COMMENT_RE`).
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from attrs import evolve

from perftrack._errors import ExpressionError
from perftrack.expressions import (
    Comparison,
    Op,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Range,
    Status,
    StatusValue,
    TextValue,
    parse_value,
)
from perftrack.scoring._counts import _noun_synonym

if TYPE_CHECKING:
    from perftrack.model import Indicator

# The first comma of a cell (the parser writes ， as ,).
_CLAUSE_RE: Final = re.compile(r"(?P<lead>[^,，;；]+)[,，](?P<tail>[^,，;；]+?)[。.]?")
# A clause that forecasts (预计全年可完成, 力争年底完成): its figure is no actual.
_FORECAST_RE: Final = re.compile("(?:预计|预期|力争|计划|争取)")
# A forecast or a plan after a time or the rest it is of (全年预计完成12次, 下半年计划2场,
# 其余计划下半年开展, 年底前预计完成): a comment as 预计… is, whose figure is no actual
# (r37k: 累计完成8次，全年预计完成12次 was "不是数值").
_LED_FORECAST_RE: Final = re.compile(
    r"(?:全年|年内|年底前?|年末前?|本年度?|下半年|下一?阶段|后续|第?[一二三四1-4]季度"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)?前?|其余|剩余|余下|其他)"
    r"(?:将|还|仍)?(?:预计|预期|计划|力争|争取)"
)
# A clause that only comments on the figure's pace: a forecast, or the figure against
# the plan (较计划略有滞后, 进度略有滞后). Other clauses (按时公布, 全部办结, 同比持平,
# 动态清零) say something of their own and the cell stays text.
_COMMENT_RE: Final = re.compile(
    "(?:预计|预期|力争|争取|计划|(?:较|比|与)(?:计划|序时进度)|进度|略有|稍有)|.*(?:滞后|落后|延误)"
    # 按序时推进, 达到序时进度, 基本符合序时进度, 按计划推进: the pace said of the figure
    # (parse53 M1)
    "|(?:基本)?(?:按|符合|达到|满足)(?:序时|计划)(?:进度)?(?:推进|要求)?|进展顺利"
)
# The words of a share of the year's task (完成全年任务的, 完成年度目标的, 完成计划任务的).
_YEAR_TASK: Final = (
    "(?:已|累计)?完成(?:了)?(?:全年|年度|本年度?|全年度)?(?:目标|任务|计划|工作量?|工程量)"
    "(?:任务)?的?"
)
# A closing remark after the count, which leaves the count the actual (k28d, parse50/51):
# the work said done (已全部完成, 超额完成, 按时完成), how it went (效果良好, 质量合格), a
# rate of the same works (发放率101.9%, 完成率106.67%, 完成年度目标的106.7%, 占申领人数的
# 98%), the cause of a shortfall (因降水天气过程偏少未达目标), or the rest carried over or
# under way or pending (剩余部分结转下年, 其余正在建设, 剩余资金待项目验收后拨付). Never a second count (15户因产权问题顺延).
_REMARK_TAIL_RE: Final = re.compile(
    "(?:已|均已|已经)?(?:全部|全面|圆满|超额|提前|按时|按期|如期)?"
    "(?:完成|完工|办结|到位|落实)(?:了)?(?:年度)?(?:任务|目标)?"
    "|(?:效果|质量|运行|成效|反响)(?:良好|较好|明显|显著|合格|达标)"
    # the work's acceptance or grade (100%，验收合格, 98%，已通过验收, 126户，质量合格): said
    # of the work, no verdict on the figure, which decides (r35e: the cell was unknown)
    "|(?:已|均已|均|全部)(?:通过)?(?:竣工|项目)?验收(?:合格|通过)?"
    "|(?:经|通过)?(?:竣工|项目)?验收(?:合格|通过|达标)"
    "|(?:经)?(?:检测|检查|抽检|考核|评定)?(?:均|全部)?(?:合格|良好|优良|优秀)"
    r"|(?:完成|发放|兑付|到位|执行|覆盖|使用|入住|收托)率(?:为|达|达到)?\d+(?:\.\d+)?%"
    # 完成全年任务的80%, 完成本年度计划任务的80%: the share of the year's work, as the
    # grammar's share label reads it (k31b)
    rf"|{_YEAR_TASK}\d+(?:\.\d+)?%"
    r"|占[\u4e00-\u9fff]{1,10}的?\d+(?:\.\d+)?%"
    "|(?:因|由于|受)[^\\d,，;；]{2,30}"
    "|(?:剩余|其余|余下)[^\\d,，;；]{0,12}(?:结转|顺延|正在|推进|实施|施工|建设|待|暂缓)[^\\d,，;；]{0,12}"
    # the reason said with its label (主要原因是培训资金未到位, 原因：师资未落实, 偏差原因：…),
    # the money not yet come (资金尚未下达), a step under way (正在申请审定) (parse55 M5)
    "|(?:主要|偏差|未完成|滞后)?原因(?:是|为|[:：])?[^\\d,，;；]{2,30}"
    "|(?:资金)?(?:尚未|暂未|未)(?:下达|到位|拨付)"
    "|正在(?:申请|办理|审批|审核|审定|验收)[\u3400-\u9fff]{0,6}"
    # commentary on the figure, saying nothing of the work left (r34f): how people took it
    # (群众反映良好, 社会评价较高) or the figure against last year (较去年提高, 比上年有所提升)
    "|(?:群众|社会|各方|服务对象|受益群众|受益对象|受益人群)?(?:普遍)?(?:反映|反响|评价|口碑)"
    "(?:普遍)?(?:良好|较好|很好|好|满意|较高|高)"
    "|(?:较|比)(?:去年|上年|上一?年度?|同期|去年同期|上年同期)(?:有所|明显|略有|大幅|进一步)?"
    "(?:提高|提升|增长|上升|增加|改善)"
)
# A closing verdict of the cell's own on its figure (未达标, 已达标, 未达到年度目标): the
# figure is the actual when the verdict agrees with the target (parse54 M13).
_SELF_VERDICT_RE: Final = re.compile(
    "(?:(?P<short>未|没有|尚未|没)|已|均已|均|已经)?(?:达标|达到?(?:年度)?(?:目标|指标|要求)值?)"
)
_DIGIT_RE: Final = re.compile(r"\d")
# A clause quoting the target back (远低于0.9‰控制目标, 低于0.9‰的控制目标, 高于95%的年度目标):
# its figure is the target's, no second actual (p40 M1).
_TARGET_QUOTED_RE: Final = re.compile(
    r"(?:远|明显|均)?(?:低于|高于|优于|好于|未超过|未突破|超过|达到)"
    r"(?P<number>\d+(?:\.\d+)?)(?P<unit>%|‰|[\u3400-\u9fff]{1,3}?)的?"
    "(?:年度)?(?:控制)?(?:目标值?|指标值?)"
)
# A closing clause of where the count reaches, no figure (覆盖全部乡镇（街道）): a note (p41 H6).
_COVERAGE_NOTE_RE: Final = re.compile(r"(?:已|均)?覆盖(?:全部|所有|全)[\u3400-\u9fff()（）]{1,12}")
# A further count of the same works still under way (另2.8km完成主体, 另有2项已报批,
# 另有2.8公里正在施工): a note, never added to the count done (p41 H6).
_FURTHER_UNDER_WAY_RE: Final = re.compile(
    r"(?:另有|另|还有)(?P<number>\d+(?:\.\d+)?)(?P<unit>[^\d\u3400-\u9fff]{1,3}|[\u3400-\u9fff]{1,2}?)"
    r"(?:已|正在|尚在|仍在)?(?:完成主体|主体完工|报批|制定|施工|建设|编制|审批|审查|在建)(?:中)?"
)


def comment_read(indicator: Indicator) -> Indicator:
    """*indicator* with a ``figure，comment`` actual read as the figure with its note.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="累计助餐服务人次",
    ...     target=parse_target("≥30000(人次)"),
    ...     actual=parse_value("6800人次，较计划略有滞后"),
    ... )
    >>> comment_read(row).actual
    Quantity(value=Decimal('6800'), unit='人次', bound=<Bound.EXACT: 'exact'>, label=None, status=None, note='较计划略有滞后', when=None)
    >>> comment_read(evolve(row, actual=parse_value("城区3个，农村5个"))).actual
    TextValue(description='城区3个,农村5个')
    """
    actual = indicator.actual
    if not isinstance(actual, TextValue):
        return indicator
    clause = _CLAUSE_RE.fullmatch(actual.description.strip())
    if clause is None:
        return indicator
    lead, tail = clause.group("lead").strip(), clause.group("tail").strip()
    target = indicator.target
    if (
        isinstance(target, Comparison)
        and target.op in (Op.LE, Op.LT)
        and target.value > 0
        and target.unit not in (None, "%", "‰")
        and _HANDLED_TAIL_RE.fullmatch(tail) is not None
    ):
        # 接到投诉2件，均已妥善处理 against ≤3次: the count of events under a ceiling (k31i;
        # a ceiling of 0 and a target of none read them as events that happened)
        return _events_then_handled(indicator, lead, tail)
    if not isinstance(target, (Comparison, Range)):
        return indicator
    if _FORECAST_RE.match(lead) is not None and (done := _done_after_forecast(lead, tail)):
        # 预计全年完成120户，目前已完成70户: the figure done, the forecast its note (k31b)
        if done.unit in (None, target.unit):
            return evolve(indicator, actual=evolve(done, text=actual.text))
        return indicator
    if _closing_note(lead, tail):
        noted = parse_value(f"{lead}（{tail}）")
        if isinstance(noted, Quantity) and noted.note is not None:
            return evolve(indicator, actual=noted)
        return indicator
    quoted = _TARGET_QUOTED_RE.fullmatch(tail)
    if quoted is not None and not (
        isinstance(target, Comparison)
        and Decimal(quoted.group("number")) == target.value
        and quoted.group("unit") == target.unit
    ):
        return indicator  # 低于1‰控制目标 against ≤0.9‰: another figure, left as it is
    verdict = _SELF_VERDICT_RE.fullmatch(tail)
    if (
        quoted is None
        and verdict is None
        and _REMARK_TAIL_RE.fullmatch(tail) is None
        and not _balance_left(tail, target, indicator.name)
        and not _own_rate_tail(tail, target, indicator.name)
        and _LED_FORECAST_RE.match(tail) is None
        and (
            _COMMENT_RE.match(tail) is None
            or (_DIGIT_RE.search(tail) is not None and _FORECAST_RE.match(tail) is None)
        )
    ):
        return indicator
    pair = _figure_with_note(lead, tail)
    if pair is None or pair[0].unit not in (None, target.unit):
        return indicator
    read = pair[1]
    if verdict is not None and _reaches(read.value, target) is (verdict["short"] is not None):
        return indicator  # 95%，未达标 against ≥90%: the cell says two things, left as it is
    return evolve(indicator, actual=read)


# The money left after the spending (结余20万元, 节余资金3.5万元): a remark on the cost
# (r35e).
_BALANCE_TAIL_RE: Final = re.compile(r"(?:结余|节余|剩余)(?:资金)?\d+(?:\.\d+)?(?P<unit>万?元)")
_BALANCE_NAME_RE: Final = re.compile("结余|节余|剩余|节约|结转")


def _balance_left(tail: str, target: Comparison | Range, name: str) -> bool:
    """Whether *tail* is the money left (``结余20万元``) after a cost under a ceiling.

    Against a ceiling of money (``≤500万元``) on a row that is not of the balance itself
    (结余资金, 节约率): the spending before it is the cost, the balance a remark (r35e:
    ``支付480万元，结余20万元`` was "不是数值", unknown).

    >>> from perftrack import parse_target
    >>> _balance_left("结余20万元", parse_target("≤500万元"), "项目总成本")
    True
    >>> _balance_left("结余20万元", parse_target("≤500万元"), "结余资金")
    False
    """
    found = _BALANCE_TAIL_RE.fullmatch(tail)
    return (
        found is not None
        and isinstance(target, Comparison)
        and target.op in (Op.LE, Op.LT)
        and target.unit is not None
        and target.unit.endswith("元")
        and _BALANCE_NAME_RE.search(name) is None
    )


# How events were dealt with, after their count (均已妥善处理, 已全部办结, 均已答复).
_HANDLED_TAIL_RE: Final = re.compile(
    "(?:已|均已|均|已经|全部|均已经)(?:妥善|及时|依法|全部|按时)?"
    "(?:处理|处置|解决|答复|回复|化解|办结|调处)(?:完毕|到位|完成)?"
)


def _events_then_handled(indicator: Indicator, lead: str, tail: str) -> Indicator:
    """*indicator* with ``接到投诉2件，均已妥善处理`` read as the count 2件, else itself.

    Against a ceiling (``≤3次``): the events happened, however well they were dealt with
    after; the count is the actual, the clause its note (k31i), in the target's measure
    word where the two count the same events (件 and 次 of complaints).
    """
    pair = _figure_with_note(lead, tail)
    if pair is None or pair[0].unit is None:
        return indicator
    read = pair[1]
    target = indicator.target
    if isinstance(target, (Comparison, Range)) and read.unit != target.unit:
        read = _noun_synonym(read, target, indicator.name) or read
    return evolve(indicator, actual=read)


# A rate of the row's own work after the count (签约率78% on 家庭医生签约人数): its verb
# stands in the name; another measure of the same works, the count the actual (parse54 M9).
_OWN_RATE_TAIL_RE: Final = re.compile(
    r"(?P<verb>[\u3400-\u9fff]{2,4}?)率(?:为|达|达到)?\d+(?:\.\d+)?%"
)


def _own_rate_tail(tail: str, target: Comparison | Range, name: str) -> bool:
    """Whether *tail* is a rate of the work a count's row *name* names (``签约率78%``).

    Against a count only: on a rate (``满意度``) a rate after a rate is another grade.

    >>> from perftrack import parse_target
    >>> goal = parse_target("≥3万人")
    >>> (
    ...     _own_rate_tail("签约率78%", goal, "家庭医生签约人数"),
    ...     _own_rate_tail("签约率78%", goal, "培训人数"),
    ... )
    (True, False)
    >>> _own_rate_tail("满意率30%", parse_target("≥50%"), "服务对象满意度")
    False
    """
    if target.unit in (None, "%", "‰"):
        return False
    found = _OWN_RATE_TAIL_RE.fullmatch(tail)
    return found is not None and found["verb"] in name and "未" not in found["verb"]


def _reaches(value: Decimal, target: Comparison | Range) -> bool:
    """Whether *value* (in the target's unit) reaches *target*, as a cell's own verdict says.

    ``=`` is reached at or above its figure (a verdict is said of a floor, 达标).

    >>> from perftrack import parse_target
    >>> _reaches(Decimal("86.3"), parse_target("≥90%")), _reaches(Decimal(3), parse_target("≤5天"))
    (False, True)
    """
    if isinstance(target, Range):
        return target.low <= value <= target.high
    bar = target.value
    match target.op:
        case Op.GT:
            return value > bar
        case Op.LT:
            return value < bar
        case Op.LE:
            return value <= bar
        case _:
            return value >= bar


def _done_after_forecast(lead: str, tail: str) -> Quantity | None:
    """The figure done after a forecast clause, the forecast its note, or None.

    ``预计全年完成120户`` then ``目前已完成70户`` says what is done (70 户) after what
    is foreseen; read as ``目前已完成70户（预计全年完成120户）``. The clause after must
    be a figure done or plain (no forecast, no step under way, no note of its own).

    >>> str(_done_after_forecast("预计全年完成120户", "目前已完成70户"))
    '已完成70(户)(预计全年完成120户)'
    >>> _done_after_forecast("预计全年完成120户", "正在施工70户") is None
    True
    """
    if _FORECAST_RE.search(tail) is not None or not _DIGIT_RE.search(tail):
        return None
    pair = _figure_with_note(tail, lead)
    if pair is None or pair[0].status not in (None, Status.DONE) or pair[1].note != lead:
        return None
    return pair[1]


def _figure_with_note(figure_text: str, note_text: str) -> tuple[Quantity, Quantity] | None:
    """*figure_text* read alone and read with *note_text* as its bracketed note, else None.

    Both must be quantities of the same value and unit, the figure with no note of its
    own: the clause beside the figure is then only its note (``95%，未达标``,
    ``接到投诉2件，均已妥善处理``, ``目前已完成70户`` after a forecast).

    >>> figure, noted = _figure_with_note("接到投诉2件", "均已妥善处理")
    >>> str(figure), str(noted)
    ('接到投诉2(件)', '接到投诉2(件)(均已妥善处理)')
    >>> _figure_with_note("正在施工", "预计全年完成120户") is None
    True
    """
    try:
        figure = parse_value(figure_text)
        read = parse_value(f"{figure_text}（{note_text}）")
    except ExpressionError:
        return None
    if (
        not isinstance(figure, Quantity)
        or figure.note is not None
        or not isinstance(read, Quantity)
        or read.value != figure.value
        or read.unit != figure.unit
    ):
        return None
    return figure, read


def _closing_note(lead: str, tail: str) -> bool:
    """Whether *tail* closes the count *lead* as a note: coverage, or more works under way.

    ``布设自助终端186台`` then ``覆盖全部乡镇（街道）`` or ``新建改造管网42.3km`` then
    ``另2.8km完成主体`` (in the count's unit): the count is the actual (p41 H6).
    """
    if _COVERAGE_NOTE_RE.fullmatch(tail) is not None:
        return True
    further = _FURTHER_UNDER_WAY_RE.fullmatch(tail)
    if further is None:
        return False
    try:
        figure = parse_value(lead)
    except ExpressionError:
        return False
    return isinstance(figure, Quantity) and figure.unit == further.group("unit")


# A clause saying no 重大 (or 重特大) case happened: 未发生重大火灾, 无重大火灾, 没有发生重特大事件.
_NO_MAJOR_RE: Final = re.compile(
    "(?:全年|本年|当年)?(?:未发生|未出现|没有发生|没有出现|无)(?:重特大|特别重大|重大)[\u3400-\u9fff]{0,10}"
)
# The cell's clauses: commas, semicolons and brackets part them.
_PARTS_RE: Final = re.compile("[,，;；()（）。]")
_MAJOR_WORD_RE: Final = re.compile("重大|特大")


def graded_zero_read(indicator: Indicator) -> Indicator:
    """*indicator* with a lesser case beside a clause saying no 重大 one, read as that clause.

    ``发生一般森林火灾2起，未发生重大火灾`` and ``一般火灾2起（无重大火灾）`` on 重大森林火灾
    (``0起``) say no 重大 fire happened; the lesser one falls outside the measure, so the
    actual is ``未发生重大火灾`` (p40 M4). Only on a row whose name or target names 重大,
    and only when no other clause names a 重大 or 特大 case. A lesser case with no such
    clause (``发生较大森林火灾1起``) is left as it is.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="重大森林火灾",
    ...     target=parse_target("0起"),
    ...     actual=parse_value("一般火灾2起（无重大火灾）"),
    ... )
    >>> graded_zero_read(row).actual
    QualitativeValue(word='无重大火灾', family='zero', partial=False, negation=None, degree=None, minimum=None)
    """
    actual, target = indicator.actual, indicator.target
    if isinstance(actual, TextValue):
        text = actual.description
    elif isinstance(actual, Quantity) and actual.note is not None:
        text = actual.text or ""
    else:
        return indicator
    named = indicator.name + (getattr(target, "text", "") or str(target or ""))
    if "重大" not in named:
        return indicator
    parts = [part.strip() for part in _PARTS_RE.split(text) if part.strip()]
    zeros = [part for part in parts if _NO_MAJOR_RE.fullmatch(part)]
    if len(zeros) != 1 or len(parts) < 2:  # noqa: PLR2004 - a lesser case beside it
        return indicator
    if any(_MAJOR_WORD_RE.search(part) for part in parts if part != zeros[0]):
        return indicator  # 发生重大火灾1起，未发生特别重大火灾: a 重大 case said
    try:
        read = parse_value(zeros[0])
    except ExpressionError:
        return indicator
    return evolve(indicator, actual=read)


# A count per period, then the year's that agrees with it (每季度1次，全年共4次, 每月开展1次，
# 全年累计12次): the year's count is the actual (p40 M2).
_PER_PERIOD_THEN_YEAR_RE: Final = re.compile(
    r"每个?(?P<period>季度|月|半年)(?:开展|召开|举办|组织)?(?:各)?(?P<each>\d+)次"
    r"[,，;；](?P<year>全年(?:共|累计|合计|共计)?(?:开展|召开|举办|组织)?(?P<total>\d+)次)"
)
_PERIODS_IN_YEAR: Final = {"季度": 4, "月": 12, "半年": 2}


def period_and_year_read(indicator: Indicator) -> Indicator:
    """*indicator* with ``每季度1次，全年共4次`` read as the year's count, ``全年共4次``.

    Only when the two clauses agree (1 a quarter is 4 a year); otherwise the cell is left
    as it is (``每季度1次，全年共3次`` stays text).

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="应急演练",
    ...     target=parse_target("每季度开展1次"),
    ...     actual=parse_value("每季度1次，全年共4次"),
    ... )
    >>> str(period_and_year_read(row).actual)
    '全年共4(次)'
    """
    actual = indicator.actual
    if not isinstance(actual, TextValue):
        return indicator
    found = _PER_PERIOD_THEN_YEAR_RE.fullmatch(actual.description.strip().rstrip("。"))
    if found is None:
        return indicator
    periods = _PERIODS_IN_YEAR[found.group("period")]
    if int(found.group("each")) * periods != int(found.group("total")):
        return indicator
    try:
        read = parse_value(found.group("year"))
    except ExpressionError:
        return indicator
    return evolve(indicator, actual=read) if isinstance(read, Quantity) else indicator


# The whole year said as the time a service ran (全年, 全年正常运行): a year's duration.
_WHOLE_YEAR_RE: Final = re.compile("全年(?:(?:正常|稳定|不间断|持续)?运行)?")
# A year's duration in each unit of time a target counts it in.
_YEAR_IN_UNIT: Final = MappingProxyType(
    {"天": (365, 366), "日": (365, 366), "个月": (12,), "月": (12,), "年": (1,)}
)


def whole_year_read(indicator: Indicator, *, whole_year: bool) -> Indicator:
    """*indicator* with ``全年`` read as the year's duration against a target of one year.

    ``全年`` (or ``全年正常运行``) against ``365天``, ``≥365天`` or ``12个月`` is the whole
    year, the target's figure (parse54 M14), in a table covering the year to December
    (*whole_year*); a part of the year (a 跟踪表 to September) or another target is left
    as it is.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="系统运维时长", target=parse_target("365天"), actual=parse_value("全年")
    ... )
    >>> whole_year_read(row, whole_year=True).actual
    Quantity(value=Decimal('365'), unit='天', bound=<Bound.EXACT: 'exact'>, label=None, status=None, note=None, when=None)
    >>> whole_year_read(row, whole_year=False).actual
    TextValue(description='全年')
    """
    actual, target = indicator.actual, indicator.target
    if (
        not whole_year
        or not isinstance(actual, TextValue)
        or not isinstance(target, Comparison)
        or target.op not in (Op.EQ, Op.GE)
        or target.value not in _YEAR_IN_UNIT.get(target.unit or "", ())
        or target.label is not None
        or _WHOLE_YEAR_RE.fullmatch(actual.description.strip().rstrip("。")) is None
    ):
        return indicator
    year = Quantity(target.value, target.unit, text=actual.text)
    return evolve(indicator, actual=year)


# What is to be cleared said cleared (已消除, 已全部消除, 已消除黑臭水体, 黑臭水体已全部消除,
# 全部清零): none left, the thing named before or after the verb.
_CLEARED_RE: Final = re.compile(
    r"(?P<before>[\u3400-\u9fff]{0,8}?)(?:已经?)?(?:全部|全面|彻底|均)?(?:已)?(?:消除|清零)"
    r"(?:完毕)?(?P<after>[\u3400-\u9fff]{0,8})"
)
# A word of a part or a denial (基本消除, 尚未消除, 部分清零): not all cleared.
_NOT_ALL_RE: Final = re.compile("未|不|没|基本|部分|大部|尚|仍|逐步")


def cleared_read(indicator: Indicator) -> Indicator:
    """*indicator* with a cleared actual (``已消除``) read as none left against a zero target.

    ``已消除``, ``已全部消除``, ``已消除黑臭水体`` against ``动态清零`` or ``0个`` say none
    is left, as ``动态清零`` does (p41 M5). A thing named beside the verb must be the
    row's (in its name or target); a part or a denial (``基本消除``) is left as it is.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="黑臭水体", target=parse_target("动态清零"), actual=parse_value("已消除")
    ... )
    >>> cleared_read(row).actual.family
    'zero'
    """
    actual, target = indicator.actual, indicator.target
    if (
        isinstance(actual, Quantity)
        and isinstance(target, QualitativeTarget)
        and target.family == "zero"
        and actual.label
        and not actual.note
        and actual.value > 0
        and re.search("已|全部|全面|彻底", actual.label)
    ):
        # 已消除3处, 已全部消除3处 against 动态清零: the ones there were, cleared (k26c);
        # the count is of the work, no occurrence
        return _cleared_label(indicator, actual.label, actual.text or actual.label)
    if not isinstance(actual, TextValue):
        return indicator
    if not (
        (isinstance(target, QualitativeTarget) and target.family == "zero")
        or (isinstance(target, Comparison) and target.op is Op.EQ and target.value == 0)
    ):
        return indicator
    text = actual.description.strip().rstrip("。")
    return _cleared_label(indicator, text, actual.text or text)


def _cleared_label(indicator: Indicator, text: str, shown: str) -> Indicator:
    """*indicator* with its actual none left when *text* says the row's thing cleared."""
    found = _CLEARED_RE.fullmatch(text)
    if found is None or _NOT_ALL_RE.search(text) is not None:
        return indicator
    own = indicator.name + str(getattr(indicator.target, "word", "") or "")
    for thing in (found["before"], found["after"]):
        if thing and thing not in own:
            return indicator  # 已消除安全隐患 on 黑臭水体: another thing cleared
    return evolve(indicator, actual=QualitativeValue(text, "zero", text=shown))


# A count of units that only scopes a figure per unit after it (全市1,126个书屋每屋2,100元,
# 共1,126个书屋，每屋补充图书55种): the figure per unit is the actual (parse48 H6), the
# reverse order of 412件，村均3.4件.
_COUNT_THEN_EACH_RE: Final = re.compile(
    r"(?:全市|全县|全区|全省|全镇|全乡|共|累计|全部)?(?:\d{1,3}(?:,\d{3})+|\d+)个?"
    r"[\u4e00-\u9fff]{1,6}?[,，]?(?P<each>每个?[\u4e00-\u9fff]{1,2}\D*\d.*)"
)
# A target per unit: its unit per something (≤2000元/个) or its label or the row's name
# saying each (每个书屋≥60种, 单个书屋更新经费).
_PER_UNIT_WORDS_RE: Final = re.compile("每|单个|单位|平均|均")


def per_unit_after_count_read(indicator: Indicator) -> Indicator:
    """*indicator* with ``全市1,126个书屋每屋2,100元`` read as ``每屋2,100元`` (parse48 H6).

    Only against a target per unit (a ``/`` in its unit, or 每/单个 in its label or the
    row's name); the count of units before the figure scopes it and is no figure of its
    own. Any other row is itself.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="单个书屋更新经费",
    ...     target=parse_target("≤2000元/个"),
    ...     actual=parse_value("全市1,126个书屋每屋2,100元"),
    ... )
    >>> str(per_unit_after_count_read(row).actual)
    '每屋2100(元)'
    """
    actual, target = indicator.actual, indicator.target
    if (
        not isinstance(actual, TextValue)
        or "每" not in actual.description
        or not isinstance(target, (Comparison, Range))
    ):
        return indicator
    per_unit = "/" in (target.unit or "") or _PER_UNIT_WORDS_RE.search(
        f"{target.label or ''}{indicator.name}"
    )
    found = _COUNT_THEN_EACH_RE.fullmatch(actual.description.strip().rstrip("。"))
    if not per_unit or found is None:
        return indicator
    try:
        read = parse_value(found.group("each"))
    except ExpressionError:
        return indicator
    if not isinstance(read, Quantity) or not (read.label or "").startswith("每"):
        return indicator
    return evolve(indicator, actual=evolve(read, text=actual.text))


# A discount in 折 written as two digits (72折 is 7.2折, 72% of the list price) or in words
# (八折, 八五折), after 按 or before 采购 (按72折采购): read against a target in 折 below 10
# only (parse48 H1).
_DISCOUNT_WORDS_RE: Final = re.compile(
    "(?P<label>按|平均|均按|平均按)?(?P<whole>[一二三四五六七八九])(?P<tenth>[一二三四五六七八九])?折"
    "(?:采购|购买|供货|优惠|结算)?"
)
_DIGIT_WORDS: Final = "一二三四五六七八九"
_TENTHS: Final = Decimal(10)


def discount_read(indicator: Indicator) -> Indicator:
    """*indicator* with ``72折`` read as 7.2折 and ``八折`` as 8折 against ``≤7.5折`` (p48 H1).

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator("图书采购折扣", target=parse_target("≤7.5折"), actual=parse_value("72折"))
    >>> str(discount_read(row).actual)
    '7.2(折)'
    >>> str(discount_read(evolve(row, actual=parse_value("按八五折采购"))).actual)
    '按8.5(折)'
    """
    target, actual = indicator.target, indicator.actual
    if not isinstance(target, (Comparison, Range)) or target.unit != "折":
        return indicator
    high = target.value if isinstance(target, Comparison) else target.high
    if high >= _TENTHS:
        return indicator
    if isinstance(actual, Quantity) and (actual.unit or "").startswith("折"):
        value = actual.value
        if value >= _TENTHS and value < _TENTHS * _TENTHS and value == value.to_integral_value():
            value /= _TENTHS  # 72折: 7.2折
        if value == actual.value and actual.unit == "折":
            return indicator
        return evolve(indicator, actual=evolve(actual, value=value, unit="折"))
    if not isinstance(actual, TextValue) or "折" not in actual.description:
        return indicator
    found = _DISCOUNT_WORDS_RE.fullmatch(actual.description.strip().rstrip("。"))
    if found is None:
        return indicator
    value = Decimal(_DIGIT_WORDS.index(found["whole"]) + 1)
    if found["tenth"]:
        value += Decimal(_DIGIT_WORDS.index(found["tenth"]) + 1) / _TENTHS
    read = Quantity(value, "折", label=found["label"], text=actual.text)
    return evolve(indicator, actual=read)


# Nothing carried over or left (无结转结余, 无结余, 无结转) on a 结转/结余 rate.
_NONE_LEFT_RE: Final = re.compile(
    "(?:无|没有|未发生)(?P<words>结转结余|结余结转|结转|结余)(?:资金)?"
)


def none_left_rate_read(indicator: Indicator) -> Indicator:
    """*indicator* with ``无结转结余`` on a 结转结余率 ceiling read as 0% (parse55 M10).

    ``无结转结余``, ``无结余`` or ``无结转`` on a rate naming the same words
    (``结转结余率 ≤5%``) is 0%, as ``无`` is; words the name lacks (``无结转`` on
    ``资金结余率``) are left as they are.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="结转结余率", target=parse_target("≤5%"), actual=parse_value("无结转结余")
    ... )
    >>> own = none_left_rate_read(row).actual
    >>> own.value, own.unit
    (Decimal('0'), '%')
    >>> none_left_rate_read(evolve(row, name="资金结余率", actual=parse_value("无结转"))).actual
    TextValue(description='无结转')
    """
    actual, target = indicator.actual, indicator.target
    if (
        not isinstance(actual, TextValue)
        or "结" not in actual.description
        or not isinstance(target, Comparison)
        or target.unit != "%"
        or target.label is not None
        or target.op not in (Op.LE, Op.LT)
    ):
        return indicator
    found = _NONE_LEFT_RE.fullmatch(actual.description.strip().rstrip("。"))
    if found is None or not all(
        word in indicator.name for word in ("结转", "结余") if word in found["words"]
    ):
        return indicator
    return evolve(indicator, actual=Quantity(Decimal(0), "%", text=actual.text))


# A share of the year's task a count's note states (完成全年任务的80%, 完成年度目标的80%,
# 完成率80%, 占全年任务的80%): the count over the target, which the count decides (k31b).
_STATED_SHARE_RE: Final = re.compile(
    rf"(?:{_YEAR_TASK}|完成率(?:为|达|达到)?|占(?:全年|年度|本年度?)?(?:目标|任务|计划)(?:任务)?的?)"
    r"(?P<share>\d+(?:\.\d+)?)%"
)
_HUNDRED: Final = Decimal(100)


def stated_share_clash(indicator: Indicator) -> tuple[str, Decimal] | None:
    """The note's share and the count's own share of the target when the two disagree.

    ``1600人次（完成全年任务的90%）`` against ``≥2000人次``: 1600 is 80% of 2000, not the
    90% the note says; the count is the actual, the clash is said (k31b). The printed
    share agrees when the count's share rounds (half up) or truncates to it. None for a
    note of no share, a target of no count (a rate, a ceiling) or shares that agree.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     "培训人次",
    ...     target=parse_target("≥2000人次"),
    ...     actual=parse_value("1600人次（完成全年任务的90%）"),
    ... )
    >>> stated_share_clash(row)
    ('完成全年任务的90%', Decimal('80'))
    >>> stated_share_clash(evolve(row, actual=parse_value("1600人次（完成全年任务的80%）")))
    """
    actual, target = indicator.actual, indicator.target
    if (
        not isinstance(actual, Quantity)
        or actual.note is None
        or not isinstance(target, Comparison)
        or target.op not in (Op.GE, Op.GT, Op.EQ)
        or target.value <= 0
        or target.unit in (None, "%", "‰")
        or actual.unit not in (None, target.unit)
    ):
        return None
    found = _STATED_SHARE_RE.fullmatch(actual.note.strip())
    if found is None:
        return None
    printed = Decimal(found["share"])
    places = printed.as_tuple().exponent
    step = Decimal(1).scaleb(places if isinstance(places, int) else 0)
    wholes = [target.value]
    planned = indicator.planned
    if isinstance(planned, Quantity) and planned.value > 0 and planned.unit in (None, target.unit):
        wholes.append(planned.value)  # 完成率 of a 跟踪表 may be of the period's plan
    for whole in wholes:
        share = actual.value / whole * _HUNDRED
        if printed in (share.quantize(step, ROUND_HALF_UP), share.quantize(step, ROUND_DOWN)):
            return None
    shown = (actual.value / target.value * _HUNDRED).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if shown == shown.to_integral_value():
        shown = shown.quantize(Decimal(1))
    return actual.note.strip(), shown


# A clause saying part of the work is not done yet (部分项目尚未完工, 尚有2户未验收,
# 剩余部分正在推进, 其余待验收, 部分结转下年实施): beside a figure that reaches the target,
# the cell says two things and the figure alone cannot stand as met (r34f). A clause of
# commentary (群众反映良好, 较去年提高) says nothing of the work left and is no such clause.
_UNFINISHED_CLAUSE_RE: Final = re.compile(
    "(?:尚|暂|仍|还)?未(?:完工|完成|竣工|验收|建成|实施|开工|交付|办结|投入使用|投用)"
    "|(?:正在|仍在|尚在|还在)(?:推进|建设|施工|实施|办理|验收|整改)"
    "|(?:推进|建设|施工|实施|整改)中|在建"
    "|(?:尚待|等待|待)(?:竣工|最终)?验收"
    "|(?:结转|顺延|延续)(?:至|到)?(?:下年|明年|下一?年度?|次年)"
)
# A clause that gives the cause of a shortfall (因疫情影响项目延期, 原因是资金未到位): a
# deviation reason, which the unfinished reading leaves to the reason's own check.
_REASON_CLAUSE_RE: Final = re.compile(
    "(?:因|由于)(?!此)[\u3400-\u9fff]|受[^\\d,，;；]{1,20}(?:影响|制约|限制)"
    "|(?:主要|偏差|未完成|滞后)?原因(?:是|为|[:：])"
)


def _actual_clause(indicator: Indicator) -> re.Match[str] | None:
    """The actual cell as a figure or status, a comma and a clause (``95%，剩余部分正在推进``)."""
    actual = indicator.actual
    text = actual.description if isinstance(actual, TextValue) else getattr(actual, "text", None)
    return _CLAUSE_RE.fullmatch((text or "").strip())


def unfinished_clause(indicator: Indicator) -> tuple[str, str, Quantity] | None:
    """The figure, the clause after it and the figure read, when the clause says part is unfinished.

    ``95%，剩余部分正在推进`` against a figure target (a comparison or a range) gives
    ``("95%", "剩余部分正在推进", 95%)``; the verdict the figure alone would earn as met
    is then unknown (r34f), when the figure judged is that figure (a count whose
    unfinished part was already taken off, ``32个，其中2个未完工`` judged as 30个, is
    not). A commentary clause (``100%，群众反映良好``), a reason
    (``因疫情影响项目延期``), a lead of no figure (``已完工，正在验收``) or a cell of one
    clause gives None.

    >>> from perftrack.model import Indicator
    >>> from perftrack import parse_target
    >>> row = Indicator(
    ...     name="项目完成率",
    ...     target=parse_target("≥95%"),
    ...     actual=parse_value("95%，剩余部分正在推进"),
    ... )
    >>> unfinished_clause(row)[:2]
    ('95%', '剩余部分正在推进')
    >>> unfinished_clause(evolve(row, actual=parse_value("100%，群众反映良好"))) is None
    True
    """
    clause = _actual_clause(indicator)
    if clause is None:
        return None
    lead, tail = clause.group("lead").strip(), clause.group("tail").strip()
    if _UNFINISHED_CLAUSE_RE.search(tail) is None or _REASON_CLAUSE_RE.match(tail) is not None:
        return None
    if not isinstance(indicator.target, (Comparison, Range)):
        return None  # 已完工，正在验收 against 完工: the next step, the target's done
    try:
        figure = parse_value(lead)
    except ExpressionError:
        return None
    if not isinstance(figure, Quantity):
        return None
    if figure.unit not in ("%", "‰") and _DIGIT_RE.search(tail) is not None:
        return None  # 完成35个，1个结转下年: the rest counted apart, the 35 done stand
    return lead, tail, figure


def reason_in_actual(indicator: Indicator) -> str | None:
    """The deviation reason written after the figure in the actual cell, else None.

    ``80%，因疫情影响项目延期`` and ``未完成，原因是资金未到位`` give the reason clause
    (``因疫情影响项目延期``, ``原因是资金未到位``); the verdict still reads the figure, the
    finding ``reason-in-actual`` asks for the reason in its own column (r34f).

    >>> from perftrack.model import Indicator
    >>> reason_in_actual(Indicator(name="完成率", actual=parse_value("80%，因疫情影响项目延期")))
    '因疫情影响项目延期'
    >>> reason_in_actual(Indicator(name="完成率", actual=parse_value("98%，较去年提高"))) is None
    True
    """
    clause = _actual_clause(indicator)
    if clause is None or _REASON_CLAUSE_RE.match(clause.group("tail").strip()) is None:
        return None
    return clause.group("tail").strip()


def reason_stripped_read(indicator: Indicator) -> Indicator:
    """*indicator* with a status before a reason clause read as the status alone.

    ``未完成，原因是资金未到位``: the verdict reads ``未完成``, as the figure of
    ``80%，因疫情影响项目延期`` is read; ``reason-in-actual`` says where the reason
    went (r34f). A cell of no reason clause, or a lead of no status, is itself.
    """
    actual = indicator.actual
    if not isinstance(actual, StatusValue) or reason_in_actual(indicator) is None:
        return indicator
    clause = _CLAUSE_RE.fullmatch((actual.text or "").strip())
    if clause is None:
        return indicator
    try:
        lead = parse_value(clause.group("lead").strip())
    except ExpressionError:
        return indicator
    if not isinstance(lead, StatusValue) or lead.status is not actual.status:
        return indicator
    return evolve(indicator, actual=lead)
