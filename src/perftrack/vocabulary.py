"""The words of the field, as data: framework labels, word families, units.

Everything the parsers and the scoring engine recognise by name lives here,
so that a reader can check it against the Ministry of Finance documents and a
user can extend it (the word families through :class:`perftrack.Policy`).

Example:
    >>> from perftrack import vocabulary
    >>> vocabulary.LEVEL2_PARENT["可持续影响指标"]
    '效益指标'
    >>> vocabulary.FAMILIES["accuracy"].words
    ('准确', '无差错', '精准', '正确')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from attrs import frozen

__all__ = [
    "BOUND_PREFIXES",
    "BOUND_SUFFIXES",
    "BRACKET_BOUNDS",
    "BRACKET_OPERATORS",
    "BUDGET_BY_ECONOMIC_CLASS",
    "BUDGET_BY_USE",
    "BUDGET_COLUMNS",
    "BUDGET_ROLES",
    "BUDGET_WHOLE_HEADER_WORDS",
    "CALENDAR_MULTIPLES",
    "CHANGE_DEGREE_RANKS",
    "CHANGE_RATES",
    "CHANGE_WORDS",
    "COST_LEVEL2",
    "COUNT_SYNONYMS",
    "COUNT_SYNONYMS_OF_NOUNS",
    "DEGREE_WORDS",
    "DEPARTMENT_LEVEL1",
    "DIRECTION_WORDS",
    "FAMILIES",
    "FESTIVALS",
    "FESTIVAL_ALIASES",
    "FIXED_FESTIVALS",
    "GRADES",
    "GRADUAL_DEGREES",
    "GRID_COLUMNS",
    "KNOWN_UNITS",
    "LETTER_GRADES",
    "LEVEL1",
    "LEVEL1_ALIASES",
    "LEVEL2_ALIASES",
    "LEVEL2_PARENT",
    "LIKELIHOOD_ANSWERS",
    "LIKELIHOOD_LEADS",
    "LIKELIHOOD_WORDS",
    "LIMIT_SUFFIXES",
    "NEGATED_NOUNS",
    "NEGATION_PREFIXES",
    "NOT_APPLICABLE",
    "OPERATOR_PREFIXES",
    "OPERATOR_SUFFIXES",
    "OPPOSITE_WORDS",
    "PARTIAL_DEGREE",
    "PARTIAL_DEGREES",
    "PRINTED_GRADES",
    "SCALE_PREFIXES",
    "STATUS_WORDS",
    "TITLE_KINDS",
    "TOPPED_OUT_UNITS",
    "TRAILING_NOTES",
    "UNIT_ALIASES",
    "UNIT_MULTIPLES",
    "UNIT_RATIOS",
    "WHOLE_SHARE_WORDS",
    "Family",
]

# ---------------------------------------------------------------------------
# The indicator framework (domain.md §2)

#: Canonical level-1 names, in the order a table lists them.
LEVEL1: Final = ("产出指标", "效益指标", "满意度指标", "成本指标")

#: The level 1s of the department-wide framework (部门整体支出绩效): their level 2s
#: may be named like the project framework's level 1s (社会效应 | 满意度).
DEPARTMENT_LEVEL1: Final = frozenset(
    {"履职效能", "管理效率", "运行成本", "社会效应", "可持续发展能力", "履职效果", "部门管理"}
)

#: Level-2 canonical name → its level 1. 成本指标 is the old level 2 under
#: 产出; the reader decides per table whether it is a level 1 (domain.md §1.5).
LEVEL2_PARENT: Final = MappingProxyType(
    {
        "数量指标": "产出指标",
        "质量指标": "产出指标",
        "时效指标": "产出指标",
        "成本指标": "产出指标",
        "经济效益指标": "效益指标",
        "社会效益指标": "效益指标",
        "生态效益指标": "效益指标",
        "可持续影响指标": "效益指标",
        "服务对象满意度指标": "满意度指标",
        "经济成本指标": "成本指标",
        "社会成本指标": "成本指标",
        "生态环境成本指标": "成本指标",
    }
)

#: Printed variants → canonical level-1 name (names without the trailing 指标,
#: regional names).
LEVEL1_ALIASES: Final = MappingProxyType(
    {
        "产出": "产出指标",
        "项目完成指标": "产出指标",
        "效益": "效益指标",
        "项目效益指标": "效益指标",
        "满意度": "满意度指标",
        "满意度指标": "满意度指标",
        "成本": "成本指标",
        "产出指标": "产出指标",
        "效益指标": "效益指标",
        "成本指标": "成本指标",
    }
)

#: Printed variants → canonical level-2 name.
LEVEL2_ALIASES: Final = MappingProxyType(
    {
        **{name: name for name in LEVEL2_PARENT},
        **{name.removesuffix("指标"): name for name in LEVEL2_PARENT},
        "数量值": "数量指标",
        "质量值": "质量指标",
        "时效值": "时效指标",
        "生态环境效益指标": "生态效益指标",
        "生态环境效益": "生态效益指标",
        "可持续发展指标": "可持续影响指标",
        "服务对象满意度": "服务对象满意度指标",
        "社会公众或服务对象满意度指标": "服务对象满意度指标",
    }
)

#: Level-2 names that make an indicator a cost indicator (scoring.md §2).
COST_LEVEL2: Final = frozenset({"成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"})

# ---------------------------------------------------------------------------
# Qualitative words (scoring.md §3)


@frozen
class Family:
    """A family of qualitative words that mean the same kind of result.

    ``ranks`` orders the words of an ordered family (higher is better); words
    of the same rank are synonyms. ``opposite`` names the family that negates
    this one (improvement ↔ decrease), or the word that does (是 ↔ 否).

    Example:
        >>> import perftrack
        >>> quality = perftrack.Policy.central().family("quality")
        >>> quality.rank("良好") > quality.rank("合格")
        True
    """

    name: str
    words: tuple[str, ...]
    opposite: str | None = None
    ranks: tuple[tuple[str, ...], ...] = ()

    def rank(self, word: str) -> int | None:
        """Rank of *word* in an ordered family (0 is the lowest), or None."""
        for index, synonyms in enumerate(reversed(self.ranks)):
            if word in synonyms:
                return index
        return None


_QUALITY_RANKS = (
    ("优", "优秀", "优良"),
    ("良", "良好", "好", "较好", "高", "较高"),
    ("中", "一般", "合格"),
    ("差",),
)

#: The word families, by name. Order matters only for words in two families:
#: the first listed wins (合格 is conformity; quality ranks it too).
FAMILIES: Final = MappingProxyType(
    {
        "improvement": Family(
            "improvement", ("提高", "提升", "增强", "增加", "改善", "加强"), "decrease"
        ),
        "decrease": Family("decrease", ("下降", "降低", "减少", "减轻"), "improvement"),
        "soundness": Family("soundness", ("健全", "完善", "建立", "建成")),
        "conformity": Family(
            "conformity",
            (
                *("合格", "达标", "符合要求", "符合标准", "通过验收", "验收通过", "规范", "合规"),
                *("满足需求", "满足需要", "满足"),
                "及格",  # a pass (r35j)
            ),
        ),
        # 即时: at once, on time as much (r35j)
        "timeliness": Family("timeliness", ("及时", "按时", "准时", "按期", "如期", "即时")),
        # 正确: right, as a rate of it (正确率) is one of accuracy (r35j)
        "accuracy": Family("accuracy", ("准确", "无差错", "精准", "正确")),
        "quality": Family(
            "quality", tuple(w for rank in _QUALITY_RANKS for w in rank), ranks=_QUALITY_RANKS
        ),
        "effect": Family(
            "effect",
            (
                *("有效", "效果明显", "效果显著", "效果良好", "成效显著", "成效明显"),
                *("作用明显", "作用显著", "显著", "明显"),
                *("影响可持续", "长期", "可持续", "长期有效", "中长期", "长期发挥作用"),
                *("持续发挥作用", "持续发挥效益"),
                # 持续, 持续有效, 长效: lasting, as 可持续 and 长期 are (r38k: 持续 against
                # 长期 was unknown)
                *("持续", "持续有效", "长效"),
            ),
        ),
        "yes": Family("yes", ("是",), "否"),
        "zero": Family("zero", ("无", "零事故", "零投诉", "零差错", "未发生", "零")),
    }
)

#: Letter grades (信用等级, 考核等级), best first, one scale each: ``A级`` above ``B级``,
#: ``AAA`` above ``AA``. A grade is ranked on the first scale holding both sides (r34k).
LETTER_GRADES: Final = (("A", "B", "C", "D", "E"), ("AAAAA", "AAAA", "AAA", "AA", "A"))

#: Degree words stripped (at most one) before a family word.
DEGREE_WORDS: Final = (
    "进一步",
    "明显",
    "显著",
    "逐步",
    "有所",
    "大幅",
    "稳步",
    "有效",
    "持续",
    "不断",
    "日趋",
    "日益",
    "较为",
    "更加",
    "基本",
    "初步",
    "一定",
    "较大",
    "较",
)

#: The size of a change (提升, 下降, 好转) on one ordered scale, 3 the strongest: marked
#: (显著 = 明显 = 大幅), fairly marked (较明显 = 较显著 = 较大 = 较大幅度), some (有所 =
#: 一定 = 略有 = 逐步). An actual of a lower rank than the target's reaches part of it
#: (有所提升 or 较明显提升 against 明显提升), the same rank or higher meets it. Degrees of
#: manner with no size (进一步, 稳步, 持续, 有效) and no degree at all are off the scale:
#: they neither fall short nor ask more than the word.
CHANGE_DEGREE_RANKS: Final = MappingProxyType(
    {
        **dict.fromkeys(
            (
                *("显著", "明显", "大幅", "大幅度", "大大", "极大", "很大"),
                *("非常明显", "十分明显", "非常显著", "十分显著"),
            ),
            3,
        ),
        **dict.fromkeys(
            (
                *("较明显", "较为明显", "比较明显", "较显著", "较为显著", "比较显著"),
                *("较大", "较大幅度", "较大程度"),
            ),
            2,
        ),
        **dict.fromkeys(
            ("有所", "一定", "略有", "稍有", "略微", "小幅", "微幅", "逐步", "较", "较为"), 1
        ),
    }
)

#: The degree word that marks a partial result (基本健全).
PARTIAL_DEGREE: Final = "基本"

#: The degree words that mark a partial result: 基本健全, and 初步建立 (first built, not yet
#: whole) as a value.
PARTIAL_DEGREES: Final = frozenset({PARTIAL_DEGREE, "初步"})

#: Degree words of work still going on (逐步完善, 持续健全, 日趋完善): before a word of
#: the soundness family, a state to be reached, a value says it is not reached yet, a
#: partial result as 基本健全 is. Before a change (逐步提高) they say it happens.
GRADUAL_DEGREES: Final = frozenset({"逐步", "持续", "不断", "日趋", "日益"})

#: Words that say the opposite of a family word as a whole (否 is "not 是").
OPPOSITE_WORDS: Final = MappingProxyType(
    {
        "否": "是",
        "无效": "有效",
        "低效": "有效",
        # late, as an actual says it: the timeliness words negated
        "逾期": "按期",
        "延期": "按期",
        "超期": "按期",
        "推迟": "按期",
        "滞后": "及时",
        "延迟": "及时",
        # a level said to be low: the level words negated
        "较低": "较高",
    }
)

#: Prefixes that negate a family word (不合格, 未达标, 无效, 非…).
NEGATION_PREFIXES: Final = ("不", "未", "无", "非")

#: Nouns of people that begin with 未 and negate no status of the work: a clause
#: ``其中未成年人11.2万人次`` is a part of the count, as ``其中学生11万人次`` is, while
#: ``其中未验收3户`` (未 and a verb of work) says some are not done (docs/scoring.md).
#: 未就业 and 未参保 are not among them: on a count of people placed or insured they
#: are the part not done (``帮扶105人，其中未就业12人``; regress49 W4).
NEGATED_NOUNS: Final = ("未成年", "未婚")

# ---------------------------------------------------------------------------
# Statuses and judgements

#: Whole-cell status phrases → status (expressions.md §3). The parser also
#: recognises the general shapes (…中, 未…/尚未…, 已…完成).
STATUS_WORDS: Final = MappingProxyType(
    {
        "已完成": "done",
        "完成": "done",
        "全部完成": "done",
        "已全部完成": "done",
        "均已完成": "done",
        "已完工": "done",
        "完工": "done",
        "已竣工": "done",
        "已办结": "done",
        "已落实": "done",
        "已到位": "done",
        "已达成": "done",
        "达成": "done",
        "达成预期指标": "done",
        "达到预期": "done",
        "达到": "done",
        "已达到": "done",
        "达到预期目标": "done",
        "已通过竣工验收": "done",
        "已验收": "done",
        "已通过验收": "done",
        "超额完成": "done",
        "已达标": "done",
        "按时完成": "done",
        "按期完成": "done",
        "如期完成": "done",
        "顺利完成": "done",
        "圆满完成": "done",
        "按计划完成": "done",
        "竣工": "done",
        "已开展": "done",
        "已实施": "done",
        "已投入使用": "done",
        "已投入运行": "done",
        "大部分完成": "partial",
        "绝大部分完成": "partial",
        "基本完成": "partial",
        "部分完成": "partial",
        "基本达成": "partial",
        "部分达成": "partial",
        "基本达到": "partial",
        "部分达到": "partial",
        "开展中": "in_progress",
        "进行中": "in_progress",
        "推进中": "in_progress",
        "施工中": "in_progress",
        "手续办理中": "in_progress",
        "办理中": "in_progress",
        "实施中": "in_progress",
        "建设中": "in_progress",
        "正在实施": "in_progress",
        "正在推进": "in_progress",
        "在建": "in_progress",
        # the work waits for its acceptance: not done yet, under way (r34f)
        "待验收": "in_progress",
        "待竣工验收": "in_progress",
        "等待验收": "in_progress",
        "等待竣工验收": "in_progress",
        "尚待验收": "in_progress",
        "未完成": "not_done",
        "尚未完成": "not_done",
        "暂未完成": "not_done",
        "项目暂未完工": "not_done",
        "暂未完工": "not_done",
        "未完工": "not_done",
        "未开展": "not_done",
        "未开工": "not_done",
        "尚未开展": "not_done",
        "暂未开展": "not_done",
        "未启动": "not_done",
    }
)

#: Cells that say "does not apply". 未涉及 ("not involved") says it as 不涉及 does, and
#: 暂未涉及 / 暂不涉及 too: the row did not arise (yet), which is no work left undone;
#: a year before them (本年度不涉及) names the table's year.
NOT_APPLICABLE: Final = frozenset(
    {
        "不适用",
        "/",
        "-",
        "无此项",
        "不涉及",
        "N/A",
        "n/a",
        "NA",
        "未涉及",
        "暂未涉及",
        "暂不涉及",
        *(
            f"{year}{word}"
            for year in ("本年度", "本年", "今年", "当年")
            for word in ("不涉及", "未涉及", "暂未涉及", "暂不涉及", "不适用")
        ),
        "此项不适用",
        "该项不适用",
        "本项不适用",
    }
)

#: The shares of a whole (三级指标 names ending in the word and 率, or in 满意度): the part
#: of everyone or everything covered, passed or reached, which cannot pass 100% (a
#: 签约服务覆盖率 of 120% is a data error, not a target set low). Not a rate of change
#: (增长率), of completion or execution against a plan (完成率, 执行率: a plan may be
#: passed), nor a rate of use or of return that may pass its capacity or outlay
#: (床位使用率, 设备利用率, 投资回收率), nor one whose whole moves with the year
#: (资金到位率, 义务教育巩固率, 入学率: pupils who came in). A gross rate (毛入学率) is
#: left out by its name where this is used.
WHOLE_SHARE_WORDS: Final = (
    "合格",
    "达标",
    "覆盖",
    "完好",
    "知晓",
    "普及",
    "参保",
    "接种",
    "及格",
    "优良",
    "准确",
    "正确",
    "及时",
    "完整",
    "合规",
    "出勤",
    "通过",
    "治愈",
    "办结",
    "就业",
    "成活",
    "发芽",
    "满意",
)

# 完成可能性 words → likelihood (scoring.md §9, docs/scoring.md "Likelihood words"): the
# template's three and the everyday words units write in their place. A cell is read by
# the longest word it starts with, after a leading 预计 / 预期 / 估计 (预计能完成 is
# 能完成). A hedge is possible, not certain: 基本能完成, 较大可能, 不确定 (as 基本完成 is a
# partial attainment); 难以完成, 无法完成, 完不成 are impossible; 无法确定, 难以判断,
# 不能确定 ("cannot tell") are possible, ahead of the impossible 无法, 难以, 不能; a risk
# or a difficulty (存在风险, 较难完成, 完成难度较大) is possible, 正常推进 certain.
_LIKELIHOOD_CERTAIN: Final = (
    "确定能完成",
    "确定能够完成",
    "确定可以完成",
    "确定能",
    "确定可以",
    "肯定能",
    "肯定可以",
    "一定能",
    "一定可以",
    "完全能",
    "完全可以",
    "能完成",
    "能够",
    "可以",
    "能按",  # 能按期完成, 能按时完成, 能按计划完成
    "能如期",
    "能实现",
    "能达到",
    "能达成",
    "确保完成",
    "保证完成",
    # the work going as planned: nothing stands in the way of the target
    "正常推进",
    "按计划推进",
    "按进度推进",
    "推进顺利",
    "进展顺利",
    "进展正常",
)
_LIKELIHOOD_POSSIBLE: Final = (
    # 可能无法完成 ("may not finish"): a doubt, not a verdict either way
    "可能无法完成",
    # a risk or a difficulty said, not a miss: the template's middle box, "at risk"
    # (较难完成 is a hedged 难以完成, as 基本能完成 is a hedged 能完成)
    "较难",
    "完成难度较大",
    "完成难度大",
    "难度较大",
    "难度大",
    "有一定难度",
    "存在一定难度",
    "存在风险",
    "存在一定风险",
    "存在较大风险",
    "有风险",
    "有一定风险",
    "可能完不成",
    "可能难以完成",
    "可能不能完成",
    "有可能完成",
    "有可能",
    "可能完成",
    "可能",
    "很可能",
    "较大可能",
    "很大可能",
    "较有可能",
    "大概率",
    "基本能",
    "基本可以",
    "基本确定",
    "不确定",
    "尚不确定",
    "不能确定",
    "无法确定",
    "难以确定",
    "无法判断",
    "难以判断",
    "无法预计",
    "难以预计",
    "无法预测",
    "难以预料",
    "不好判断",
    "待定",
)
_LIKELIHOOD_IMPOSSIBLE: Final = (
    "完全不可能完成",
    "完全不可能",
    "不可能完成",
    "不可能",
    "不能",
    "无法",
    "难以",
    "完不成",
    "完成不了",
    "确定不能",
    "肯定不能",
    "确定无法",
    "完全不能",
    "完全无法",
)

#: 完成可能性 words → likelihood (scoring.md §9), longest first: a cell says the
#: likelihood of the longest word it starts with.
LIKELIHOOD_WORDS: Final = tuple(
    sorted(
        (
            *((word, "certain") for word in _LIKELIHOOD_CERTAIN),
            *((word, "possible") for word in _LIKELIHOOD_POSSIBLE),
            *((word, "impossible") for word in _LIKELIHOOD_IMPOSSIBLE),
        ),
        key=lambda pair: -len(pair[0]),
    )
)

#: Short answers that say a likelihood only as the whole cell (能, 是 "yes, it will be
#: met", 否): as the start of a longer cell they mean nothing (能源, 是否).
LIKELIHOOD_ANSWERS: Final = MappingProxyType({"能": "certain", "是": "certain", "否": "impossible"})

#: Words before a likelihood that do not change it (预计能完成 is 能完成).
LIKELIHOOD_LEADS: Final = ("预计", "预期", "估计", "经评估")

# ---------------------------------------------------------------------------
# Operators and bounds (expressions.md §2, §3)

# A modal after 不 (不得 "must not", 不应 "should not"…) turns a comparison word into its
# opposite bound, as 不 alone does: 不得低于 is 不低于 (≥), 不得超过 is 不超过 (≤).
_MODALS: Final = ("不得", "不能", "不应", "不宜", "不可", "不允许", "不会")
_MODAL_FLOORS: Final = ("低于", "少于", "小于")  # must not be below: ≥
_MODAL_CEILINGS: Final = ("超过", "超出", "突破", "高于", "大于", "多于")  # must not exceed: ≤

# 未 or 没(有) before a comparison word says where the figure did not go, which is a
# bound too: 未超过5% is at most 5, 未低于95% at least 95, 未达到95% below 95 (before,
# the negation was a label and the bare comparison word said the opposite).
_NOT_SO: Final = ("未", "尚未", "并未", "均未", "未能", "没", "没有", "并没有")
_NOT_SO_CEILINGS: Final = ("超过", "超出", "超", "突破", "高于", "大于", "多于")  # ≤
_NOT_SO_FLOORS: Final = ("低于", "少于", "小于")  # ≥
_NOT_SO_REACHED: Final = ("达到", "达")  # <
# 不 before a word of exceeding (不超出, 不突破) is ≤ as 不超过 is; 不足, 不到, 不满 and
# 未满 ("short of") are <.
_NOT_EXCEEDING: Final = ("不超出", "不突破")
_SHORT_OF: Final = ("不足", "不到", "不满", "未满")
# In a value only, a reach that cannot be made is below the figure too: 无法达到95%,
# 难以完成1.5万亩, 达不到95%, 完不成1.5万亩 (before, the negation was a label and the
# figure read as reached).
_CANNOT: Final = ("无法", "难以", "不能", "不可能")
_CANNOT_REACH: Final = (
    *(no + word for no in _CANNOT for word in ("达到", "完成")),
    "未能完成",  # 未能达到 is among the negations of 达到 above
    "达不到",
    "完不成",
)

# A floor or ceiling adverb before a verb of reaching (至少达到, 最低达到, 最多达到): one
# operator, ≥ or ≤, in a value the bound at_least or at_most. 最高达到 is left out: in an
# actual it tells a peak (日处理量最高达到500吨), not a bound.
_FLOOR_ADVERBS: Final = ("至少", "最少", "最低")
_CEILING_ADVERBS: Final = ("最多", "至多")
_REACH_VERBS: Final = ("达到", "达")

# Two comparison words joined by 或 are one operator ("reach or exceed" is ≥), not two
# alternatives of an any_of: each of these reads as the operator after the arrow.
_OR_FLOORS: Final = (
    "达到或超过",
    "达到或高于",
    "等于或大于",
    "等于或高于",
    "等于或超过",
    "等于或多于",
    "高于或等于",
    "超过或等于",
    "多于或等于",
    "不低于或等于",  # "not below, or equal": written for 不低于
    "不少于或等于",
)
_OR_CEILINGS: Final = ("低于或等于", "少于或等于", "等于或小于", "等于或低于", "等于或少于")

# "Bring down to" and "raise to" a level state the target level: 大班额比例降至5% is a
# ceiling (≤5%), 森林覆盖率提升至42% a floor. (降低5%, 下降5% without 至/到 are changes,
# not levels: they stay labels.) In a value the level was reached: the figure is exact.
_TO_CEILINGS: Final = tuple(
    verb + to
    for verb in ("降", "降低", "下降", "压缩", "压减", "缩短", "减少", "减", "控制")
    for to in ("至", "到")
)
_TO_FLOORS: Final = tuple(
    verb + to
    for verb in ("提高", "提升", "增加", "增长", "上升", "增", "扩大")
    for to in ("至", "到")
)

#: The words that name a change and its way (scoring.md rule 3, "Changes"): 1 for a
#: rise, -1 for a fall. A comparison labelled with one (下降10%, 压减5%, 增长≥5%) is a
#: target for a change; a quantity labelled with one (增长12%, 削减8%) is a change.
#: The parser reads ``负增长3%`` (a rise of -3 %) as the fall ``下降3%`` with them.
CHANGE_WORDS: Final = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "提高",
                "提升",
                "增长",
                "增加",
                "上升",
                "升高",
                "增强",
                "扩大",
                "上涨",
                "年均增长",
                "向好",
                "回升",  # 地下水位较上年回升0.36米 (parse36 H10)
            ),
            1,
        ),
        **dict.fromkeys(
            (
                "下降",
                "降低",
                "减少",
                "减轻",
                "缩短",
                "缩减",
                "压缩",
                "压减",
                "压降",
                "削减",
                "节约",
                "减排",
                "缩小",
                "恶化",
                "下滑",
            ),
            -1,
        ),
    }
)
#: The names of a rate of change, 1 rising, -1 falling: a label (增幅≥5%) as a direction
#: word above, and the end of an indicator's name that says which way its figure is meant
#: (农民收入增长率 ≥5% is not met by 下降6%).
CHANGE_RATES: Final = MappingProxyType(
    {
        **dict.fromkeys(("增长率", "增幅", "增速", "增长幅度", "年均增长率", "年均增速"), 1),
        **dict.fromkeys(
            ("下降率", "降幅", "降低率", "减少率", "减幅", "下降幅度", "降低幅度", "压减率"), -1
        ),
    }
)


#: Words before a number → operator, longest first.
OPERATOR_PREFIXES: Final = (
    *((word, ">=") for word in _OR_FLOORS),
    *((word, "<=") for word in _OR_CEILINGS),
    *((modal + word, ">=") for modal in _MODALS for word in _MODAL_FLOORS),
    *((modal + word, "<=") for modal in _MODALS for word in _MODAL_CEILINGS),
    *((no + word, "<=") for no in _NOT_SO for word in _NOT_SO_CEILINGS),
    *((no + word, ">=") for no in _NOT_SO for word in _NOT_SO_FLOORS),
    *((no + word, "<") for no in _NOT_SO for word in _NOT_SO_REACHED),
    *((word, "<=") for word in _NOT_EXCEEDING),
    *((word, "<") for word in _SHORT_OF),
    ("大于或等于", ">="),
    ("大于等于", ">="),
    ("小于或等于", "<="),
    ("小于等于", "<="),
    ("控制在", "<="),
    *((word, "<=") for word in _TO_CEILINGS),
    *((word, ">=") for word in _TO_FLOORS),
    ("不低于", ">="),
    ("不少于", ">="),
    ("不小于", ">="),
    ("不超过", "<="),
    ("不高于", "<="),
    ("不多于", "<="),
    ("不大于", "<="),
    # 满意度至少达到90%: the floor adverb and the verb are one operator, as 不低于 is
    *((adverb + reach, ">=") for adverb in _FLOOR_ADVERBS for reach in _REACH_VERBS),
    *((adverb + reach, "<=") for adverb in _CEILING_ADVERBS for reach in _REACH_VERBS),
    ("至少", ">="),
    ("最少", ">="),
    ("最低", ">="),
    ("达到并保持在", ">="),  # 入园率达到并保持在90%: reached and kept
    ("达到并保持", ">="),
    ("达到", ">="),
    ("不超", "<="),
    ("大于", ">"),
    ("高于", ">"),
    ("超过", ">"),
    ("多于", ">"),
    ("小于", "<"),
    ("低于", "<"),
    ("少于", "<"),
    ("等于", "="),
    ("最多", "<="),
    ("至多", "<="),
    ("最高", "<="),
    # 上限95次, 上限为1000元/人, 下限：90%: a ceiling or a floor named as such (also the
    # 指标性质 column's 上限/下限 joined to its 指标值); before, a label with =95
    ("上限为", "<="),
    ("上限值", "<="),
    ("上限", "<="),
    ("下限为", ">="),
    ("下限值", ">="),
    ("下限", ">="),
    ("逾", ">"),
    # 超50人, 服务超5万人次: 超 right before a figure is "over" (超过 said short); 超标,
    # 超市 and 超限 hold it inside a word, never before a number
    ("超", ">"),
    # A target has no "about": ≈, 大约, 约为, 接近, 将近 (and 约, 近 at the start of a cell,
    # see the grammar) are =.
    ("大约", "="),
    ("约为", "="),
    ("接近", "="),
    ("将近", "="),
    ("≈", "="),
    ("达", ">="),
    ("为", "="),
)

#: Words after a number (and its unit) → operator, longest first.
OPERATOR_SUFFIXES: Final = (
    ("以上(含)", ">="),
    ("及以上", ">="),
    ("或以上", ">="),
    ("以上", ">="),
    ("以内(含)", "<="),
    ("以下(含)", "<="),
    ("及以下", "<="),
    ("或以下", "<="),
    ("以内", "<="),
    ("以下", "<="),
    ("之内", "<="),
    ("内", "<="),
    ("左右", "="),  # a target has no "about": 95%左右 is =95(%)
    ("上下", "="),  # 5000人上下: the same as 左右
)

#: A word alone in a bracket after the figure → operator: 95次（上限）,
#: 3000人次（下限）, 95%（以上）, 5%（最高）, 10天（最长）, 90分（最低）, 100元/人（封顶）.
#: The bound is named after the figure as 上限95次 names it before, and as 95%以上 says
#: it without a bracket; any other bracket (95次（全年）, 100%（2024年）) stays a note.
BRACKET_OPERATORS: Final = (
    # the suffix words in a bracket (not 内 alone, nor 左右/上下: no bound)
    *(
        (word, op)
        for word, op in OPERATOR_SUFFIXES
        if op != "=" and "(" not in word and word != "内"
    ),
    ("含以上", ">="),
    ("含以下", "<="),
    ("含以内", "<="),
    ("上限值", "<="),
    ("上限", "<="),
    ("最高值", "<="),
    ("最高", "<="),
    ("最大值", "<="),
    ("最大", "<="),
    ("最多", "<="),
    ("至多", "<="),
    ("最长", "<="),
    ("封顶", "<="),
    ("不超过", "<="),
    ("不高于", "<="),
    ("不多于", "<="),
    ("不大于", "<="),
    ("下限值", ">="),
    ("下限", ">="),
    ("最低值", ">="),
    ("最低", ">="),
    ("最小值", ">="),
    ("最小", ">="),
    ("最少", ">="),
    ("至少", ">="),
    ("最短", ">="),
    ("保底", ">="),
    ("兜底", ">="),
    ("托底", ">="),
    ("不低于", ">="),
    ("不少于", ">="),
    ("不小于", ">="),
)

#: The words of a limit that may follow a target's figure without a bracket (r36s):
#: 95次上限 is ≤95(次) as 95次（上限） is, 3000人次下限 ≥3000(人次), 100元封顶 ≤100(元)
#: and 95次保底 ≥95(次) (r37a: 封顶 was read into the unit, 元封顶). A limit word ends no
#: unit, except 封顶 after the storeys or the works of a building (18层封顶: topped out).
#: After a range (90-95次上限) the word names the band's end the range names already.
LIMIT_SUFFIXES: Final = (
    ("上限值", "<="),
    ("上限", "<="),
    ("封顶", "<="),
    ("下限值", ">="),
    ("下限", ">="),
    ("保底", ">="),
    ("兜底", ">="),
    ("托底", ">="),
)
#: The words of a building or its works in the unit before 封顶 that make it the works
#: topping out, no limit (18层封顶, 3栋主体封顶, 5个标段封顶).
TOPPED_OUT_UNITS: Final = ("层", "栋", "幢", "座", "楼", "主体", "结构", "标段", "工程", "房")

#: Words before a number in a value → bound (expressions.md §3).
BOUND_PREFIXES: Final = (
    *((word, "at_least") for word in _OR_FLOORS),
    *((word, "at_most") for word in _OR_CEILINGS),
    *((modal + word, "at_least") for modal in _MODALS for word in _MODAL_FLOORS),
    *((modal + word, "at_most") for modal in _MODALS for word in _MODAL_CEILINGS),
    *((no + word, "at_most") for no in _NOT_SO for word in _NOT_SO_CEILINGS),
    *((no + word, "at_least") for no in _NOT_SO for word in _NOT_SO_FLOORS),
    *((no + word, "less_than") for no in _NOT_SO for word in _NOT_SO_REACHED),
    *((word, "less_than") for word in _CANNOT_REACH),
    *((word, "at_most") for word in _NOT_EXCEEDING),
    *((word, "less_than") for word in _SHORT_OF),
    ("大于或等于", "at_least"),
    ("大于等于", "at_least"),
    ("小于或等于", "at_most"),
    ("小于等于", "at_most"),
    ("不低于", "at_least"),
    ("不少于", "at_least"),
    ("不小于", "at_least"),
    # 满意度至少达到90%: a floor reached, as 90%以上 says it (达到 alone is exact)
    *((adverb + reach, "at_least") for adverb in _FLOOR_ADVERBS for reach in _REACH_VERBS),
    *((adverb + reach, "at_most") for adverb in _CEILING_ADVERBS for reach in _REACH_VERBS),
    ("至少", "at_least"),
    ("最少", "at_least"),
    ("最低", "at_least"),
    ("不超过", "at_most"),
    ("不高于", "at_most"),
    ("不大于", "at_most"),
    ("不多于", "at_most"),
    ("最多", "at_most"),
    ("至多", "at_most"),
    ("最高", "at_most"),
    ("低于", "less_than"),
    ("少于", "less_than"),
    ("小于", "less_than"),
    ("多于", "more_than"),  # 多于90人, as a target reads it (>)
    ("高于", "more_than"),
    ("超过", "more_than"),
    ("大于", "more_than"),
    ("逾", "more_than"),
    ("超", "more_than"),  # 带动就业超300人
    ("大约", "approximately"),
    ("大概", "approximately"),
    ("大致", "approximately"),
    ("估计", "approximately"),
    ("差不多", "approximately"),
    ("约为", "approximately"),
    ("接近", "approximately"),  # one word: not 接 + 近
    ("将近", "approximately"),
    ("约", "approximately"),
    ("近", "approximately"),
    ("≈", "approximately"),
    # 已达到96%: reached, the figure is exact (and 已 is no label).
    ("已达到", "exact"),
    *((word, "exact") for word in (*_TO_CEILINGS, *_TO_FLOORS)),
    ("达到了", "exact"),
    ("已达", "exact"),
    ("达到并保持在", "exact"),
    ("达到并保持", "exact"),
    ("达到", "exact"),
    ("达", "exact"),
    ("为", "exact"),
)

#: Words that may follow a number and its unit, kept as the target's note
#: (``100%覆盖``, ``资助标准100%达标``).
TRAILING_NOTES: Final = (
    "全覆盖", "覆盖", "达标", "合格", "到位", "完成", "办结", "兑现",
    # what a time limit is for (24小时内响应, 2个工作日内回复): the verb after 内
    "响应", "到场", "到达", "回复", "答复", "反馈", "受理", "处置", "办理", "接警", "出警",
    # how a rent or fee was charged: 按市场租金的60%收取 (parse43 M1)
    "收取",
)  # fmt: skip

#: Words after a number in a value → bound.
BOUND_SUFFIXES: Final = (
    ("以上(含)", "at_least"),
    ("及以上", "at_least"),
    ("或以上", "at_least"),
    ("以上", "at_least"),
    ("及以下", "at_most"),
    ("或以下", "at_most"),
    ("以下", "at_most"),
    ("以内", "at_most"),
    ("之内", "at_most"),
    ("内", "at_most"),  # 30个工作日内
    ("左右", "approximately"),
    ("上下", "approximately"),
)

#: A word alone in a bracket after an actual's figure → bound (r36s): the words a value
#: reads as its bound around the figure (95%（以上） is 95%以上, at least 95 %; 5%（最多）
#: is 最多5%); a target's limit (上限, 封顶, 最长…) after an actual stays a note.
_BOUND_OF_OPERATOR: Final = MappingProxyType({">=": "at_least", "<=": "at_most"})
_VALUE_BOUND_WORDS: Final = MappingProxyType({**dict(BOUND_PREFIXES), **dict(BOUND_SUFFIXES)})
BRACKET_BOUNDS: Final = tuple(
    (word, _BOUND_OF_OPERATOR[op])
    for word, op in BRACKET_OPERATORS
    if word.startswith("含") or _VALUE_BOUND_WORDS.get(word) == _BOUND_OF_OPERATOR[op]
)

# ---------------------------------------------------------------------------
# Units (expressions.md §2)

#: Unit aliases → canonical unit. Compared units are first mapped here.
UNIT_ALIASES: Final = MappingProxyType(
    {
        "百分比": "%",
        "平米": "平方米",
        "m2": "平方米",
        "m²": "平方米",
        "㎡": "平方米",
        "千米": "公里",
        "km": "公里",
        "千克": "公斤",
        "kg": "公斤",
        "个工作日": "工作日",
        "日": "天",
        "日历天": "天",  # construction contracts count 日历天: calendar days
        "位": "名",  # a place in a ranking (全省前10位, 全省第8名), or people counted (5位专家)
        "微克/立方米": "μg/m³",
        "μg/m3": "μg/m³",
        "ug/m3": "μg/m³",
        "ug/m³": "μg/m³",
        # 生态环境 and energy tables (scoring compares each side of a / on its own:
        # mg/m³ is 1000 μg/m³, mg/L 1000 μg/L)
        "毫克/升": "mg/L",
        "mg/l": "mg/L",
        "毫克/立方米": "mg/m³",
        "mg/m3": "mg/m³",
        "毫克": "mg",
        "微克": "μg",
        "ug": "μg",
        "m³": "立方米",
        "m3": "立方米",
        "分贝": "dB",
        "kWh": "千瓦时",
        "kwh": "千瓦时",
        "KWh": "千瓦时",
        "度": "千瓦时",  # 1250万度 of electricity: a 度 is a 千瓦时
        # megawatt- and gigawatt-hours (充电量2.86万MWh, 28.6GWh, p34 M2), as MW and GW are
        "MWh": "兆瓦时",
        "MWH": "兆瓦时",
        "GWh": "吉瓦时",
        "GWH": "吉瓦时",
        "元/(人·次)": "元/人·次",
        "人·次": "人次",
        "元/(人次)": "元/人次",
        # Latin symbols as 交通, 住建, 粮储 and 林草 tables write them, in either case (a
        # unit only ever follows a number: a bare t is 吨 in 500t, never a word)
        "KM": "公里",
        "Km": "公里",
        "M2": "平方米",
        "M²": "平方米",
        "M3": "立方米",
        "M³": "立方米",
        "m": "米",
        "t": "吨",
        "T": "吨",
        "h": "小时",
        "hr": "小时",
        "hrs": "小时",
        "min": "分钟",
        "mins": "分钟",
        "s": "秒",
        "hm2": "公顷",
        "hm²": "公顷",
        "ha": "公顷",
        "方": "立方米",  # 土方, 木材: 1520万方 is 1520万立方米
        "头只": "头",  # 畜牧: 免疫猪牛羊23.1万头只, head of livestock, as ≥45万头（只） counts
        "kW": "千瓦",
        "kw": "千瓦",
        "KW": "千瓦",
        "MW": "兆瓦",
        "GW": "吉瓦",
        "W": "瓦",
        "PCS": "pcs",
        "times": "次",
        "person": "人",
        "persons": "人",
        # calendar days under their other names (10个自然日内, 30个日历日)
        "自然日": "天",
        "个自然日": "天",
        "日历日": "天",
        "个日历日": "天",
        # the currency named after the amount (500万人民币, 2.5亿元人民币, 4800RMB)
        "人民币": "元",
        "元人民币": "元",
        "RMB": "元",
        "rmb": "元",
        # data rates (智慧图书馆, 政务云 bandwidth) and radiation doses (放射卫生), parse36 H6/H7
        "kbps": "Kbps",
        "毫希沃特": "mSv",
        "毫希": "mSv",
        "微希沃特": "μSv",
        "微希": "μSv",
        "uSv": "μSv",
        "µSv": "μSv",  # the micro sign, not the Greek letter
        # a measure word or another, written with a slash (≥50台/套 is 台(套))
        "台/套": "台(套)",
        "件/套": "件(套)",
        "个/套": "个(套)",
    }
)

#: Units that are an exact multiple of another (公里 = 1000 米, 吨 = 1000 公斤):
#: compared units are brought down to the smallest one. 亩 is left alone
#: (1 亩 is 2000/3 平方米, no exact decimal).
UNIT_MULTIPLES: Final = MappingProxyType(
    {
        "公里": ("米", 1000),
        "公斤": ("克", 1000),
        "吨": ("公斤", 1000),
        "小时": ("分钟", 60),
        "分钟": ("秒", 60),
        "平方公里": ("公顷", 100),
        "公顷": ("平方米", 10000),
        "立方米": ("升", 1000),
        "斤": ("克", 500),  # 1 斤 is 0.5 公斤: grain output in 亿斤 against 万吨
        "mg": ("μg", 1000),
        "兆瓦": ("千瓦", 1000),  # 2MW against 2200kW
        "吉瓦": ("兆瓦", 1000),
        "千瓦": ("瓦", 1000),
        "兆瓦时": ("千瓦时", 1000),  # 2.86万MWh against ≥3000万kWh (p34 M2)
        "吉瓦时": ("兆瓦时", 1000),
        # storage as IT procurement counts it: 1 TB is 1024 GB
        "PB": ("TB", 1024),
        "TB": ("GB", 1024),
        "GB": ("MB", 1024),
        # data rates count in thousands (1 Gbps is 1000 Mbps), unlike storage (parse36 H6)
        "Tbps": ("Gbps", 1000),
        "Gbps": ("Mbps", 1000),
        "Mbps": ("Kbps", 1000),
        "mSv": ("μSv", 1000),  # a dose: 5600μSv is 5.6mSv (parse36 H7)
        # informal thousands and ten-thousands of yuan: 4.8k元, 500W元 (W is 万 before
        # 元 only; 500W alone is watts)
        "k元": ("元", 1000),
        "K元": ("元", 1000),
        "w元": ("元", 10000),
        "W元": ("元", 10000),
    }
)

#: Units with no exact multiple of one another but an exact ratio in whole numbers:
#: (a, b) → (m, n) where m × 1 a and n × 1 b measure the same (3 亩 = 2000 平方米, so
#: 1 公顷 is exactly 15 亩). Scoring brings both sides to that common measure.
UNIT_RATIOS: Final = MappingProxyType({("亩", "平方米"): (2000, 3)})

#: Measure words that count the same thing under two spellings (场 and 场次 of
#: performances, 批 and 批次 of samples, 件 and 项 of patents and projects): scoring
#: compares them as one (``≥120场`` against ``126场次`` is met).
COUNT_SYNONYMS: Final = MappingProxyType(
    # 件, 宗 and 起 of cases and disputes (法律援助案件≥1200件 against 1268宗); 株 and 棵
    # of trees and seedlings (≥1万株 against 植树1.2万棵, ≤30元/株 against 28元/棵: parse56 F19)
    {"场次": "场", "批次": "批", "项": "件", "宗": "件", "起": "件", "棵": "株"}
)

#: Measure words that count the same thing only for some nouns: 户 and 家 of firms
#: (``≥200家`` against ``支持企业213户``; households, 农户 and 脱贫户, are counted in 户
#: only), 场 and 个 of events (``≥6个`` against ``举办临时展览7场``). Scoring compares the
#: pair when one of the nouns is in the indicator's name or the actual's label, and no
#: household noun is (regress49: 单位 and 商户 named households' helpers, 培训 and 活动
#: classes and centres, so they are not among the nouns).
# Events counted one by one (投诉, 事故, 信访): in 次, 起 or 件 alike.
_EVENT_NOUNS: Final = (
    "投诉",
    "事故",
    "事件",
    "案件",
    "信访",
    "上访",
    "举报",
    "火灾",
    "纠纷",
    "违规",
    "违纪",
    "差错",
    "故障",
    "舆情",
)
# Firms, counted in 家 or 户 (and 个).
_FIRM_NOUNS: Final = ("企业", "市场主体", "经营主体")
COUNT_SYNONYMS_OF_NOUNS: Final = (
    (frozenset({"户", "家"}), _FIRM_NOUNS),
    (frozenset({"场", "个"}), ("展览", "展陈", "演出", "赛事")),
    # 场 and 次 of events held (开展活动≥10场 against 开展12次, parse56 F19); 份 and 个 of
    # samples and questionnaires (检测样品≥500个 against 520份)
    (
        frozenset({"场", "次"}),
        ("活动", "培训", "讲座", "宣讲", "演出", "比赛", "赛事", "放映", "义诊", "会议", "演练"),
    ),
    (frozenset({"份", "个"}), ("样品", "样本", "标本", "问卷")),
    # 个 beside the measure word of a building or a site, for the nouns it counts
    # (新建村级卫生室 | 8个 | 8所, 新建公厕 | 20座 | 20个, 文化广场 | 6个 | 6处: parse52 M5)
    (
        frozenset({"所", "个"}),
        ("学校", "卫生室", "卫生院", "幼儿园", "医院", "诊所", "养老院", "敬老院"),
    ),
    (
        frozenset({"座", "个"}),
        ("公厕", "厕所", "处理站", "泵站", "水厂", "水库", "塘坝", "桥", "水塔", "蓄水池"),
    ),
    (frozenset({"处", "个"}), ("广场", "公园", "游园", "站点", "隐患点", "景点", "遗址")),
    (frozenset({"村", "个"}), ("村",)),
    # 个, the general measure word, beside 家 of firms and institutions (企业数 | ≥10家 |
    # 12个), and beside 项 of projects, topics and standards (项目数 | ≥5个 | 5项): score57 #9
    (
        frozenset({"家", "个"}),
        (*_FIRM_NOUNS, "公司", "合作社", "机构", "医院", "药店", "门店", "超市", "银行", "工厂"),
    ),
    (frozenset({"项", "个"}), ("项目", "课题", "工程", "标准", "专利", "成果", "科研")),
    # 期 and 次 (and 个) of training rounds and classes: 培训≥2期 against 2次, 培训班 | ≥3个 |
    # 3期 (score57 #9)
    (frozenset({"期", "次"}), ("培训", "研修", "轮训", "讲座", "宣讲", "夜校")),
    (frozenset({"期", "个"}), ("培训班", "研修班", "学习班", "训练班", "轮训班")),
    # 份 and 册 of printed matter (宣传册≥1000份 against 1000册)
    (frozenset({"份", "册"}), ("宣传册", "手册", "画册", "读本", "教材", "资料", "书籍", "图书")),
    # 本 and 册 of books, both a volume (发放册数 | ≥10000册 | 12000本, 图书 | 500本 | 500册:
    # r38k, it was unit-mismatch)
    (
        frozenset({"本", "册"}),
        ("册数", "图书", "书籍", "书刊", "读本", "教材", "课本", "手册", "宣传册", "画册", "绘本"),
    ),
    # 次, 起 and 件 of events and complaints (投诉次数 | ≤3次 | 投诉2起: parse56 F10)
    (frozenset({"次", "起"}), _EVENT_NOUNS),
    (frozenset({"次", "件"}), _EVENT_NOUNS),
)

#: Units of time that are an exact multiple of another (天 = 24 小时, 周 = 7 天,
#: 年 = 12 个月), for a figure of time alone: the scorer compares ``24小时内`` with
#: ``1天`` and ``一年内`` with ``10个月``, but keeps a rate per month and one per year
#: apart (``≥2次/月`` asks for two each month, which ``30次/年`` does not say).
#: 工作日 stays a unit of its own, and so does 月 against 天 (no exact multiple).
CALENDAR_MULTIPLES: Final = MappingProxyType(
    {
        "天": ("小时", 24),
        "个小时": ("小时", 1),
        "周": ("天", 7),
        "星期": ("天", 7),
        "个星期": ("天", 7),
        "年": ("月", 12),
        "个月": ("月", 1),
        "季度": ("月", 3),
        "个季度": ("月", 3),
    }
)

#: The festivals on a fixed day (month, day) that a deadline may name (``元旦前``,
#: ``国庆节前完成``, ``八一前发放到位``, ``教师节前``). Other names of the same days are
#: :data:`FESTIVAL_ALIASES`.
FIXED_FESTIVALS: Final = MappingProxyType(
    {
        "元旦": (1, 1),
        "五一": (5, 1),
        "六一": (6, 1),
        "七一": (7, 1),
        "八一": (8, 1),
        "教师节": (9, 10),
        "国庆": (10, 1),
    }
)

#: Other names of the festivals in :data:`FIXED_FESTIVALS` (劳动节 is 五一, 建军节 八一,
#: 十一 国庆).
FESTIVAL_ALIASES: Final = MappingProxyType(
    {"劳动节": "五一", "儿童节": "六一", "建党节": "七一", "建军节": "八一", "十一": "国庆"}
)

#: The festivals of the lunar calendar (春节, 元宵, 端午, 中秋, 重阳) and of the solar
#: terms (清明) that a deadline may name (``春节前发放到位``, ``重阳节前``): their day
#: (month, day) in each year 2015–2035, from the published calendars (元宵 and 重阳 were
#: computed with two lunar calendar libraries, which agreed, and 元宵 checked as 春节 + 14
#: days). A year outside the table leaves such a deadline prose. Seasonal words that vary
#: by place or year (春运, 秋季开学, 供暖季, 汛期) are no festival: they stay prose.
FESTIVALS: Final = MappingProxyType(
    {
        "春节": MappingProxyType(
            {
                2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
                2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
                2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
                2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
                2035: (2, 8),
            }
        ),
        "元宵": MappingProxyType(
            {
                2015: (3, 5), 2016: (2, 22), 2017: (2, 11), 2018: (3, 2), 2019: (2, 19),
                2020: (2, 8), 2021: (2, 26), 2022: (2, 15), 2023: (2, 5), 2024: (2, 24),
                2025: (2, 12), 2026: (3, 3), 2027: (2, 20), 2028: (2, 9), 2029: (2, 27),
                2030: (2, 17), 2031: (2, 6), 2032: (2, 25), 2033: (2, 14), 2034: (3, 5),
                2035: (2, 22),
            }
        ),
        "清明": MappingProxyType(
            {
                2015: (4, 5), 2016: (4, 4), 2017: (4, 4), 2018: (4, 5), 2019: (4, 5),
                2020: (4, 4), 2021: (4, 4), 2022: (4, 5), 2023: (4, 5), 2024: (4, 4),
                2025: (4, 4), 2026: (4, 5), 2027: (4, 5), 2028: (4, 4), 2029: (4, 4),
                2030: (4, 5), 2031: (4, 5), 2032: (4, 4), 2033: (4, 4), 2034: (4, 5),
                2035: (4, 5),
            }
        ),
        "端午": MappingProxyType(
            {
                2015: (6, 20), 2016: (6, 9), 2017: (5, 30), 2018: (6, 18), 2019: (6, 7),
                2020: (6, 25), 2021: (6, 14), 2022: (6, 3), 2023: (6, 22), 2024: (6, 10),
                2025: (5, 31), 2026: (6, 19), 2027: (6, 9), 2028: (5, 28), 2029: (6, 16),
                2030: (6, 5), 2031: (6, 24), 2032: (6, 12), 2033: (6, 1), 2034: (6, 20),
                2035: (6, 10),
            }
        ),
        "中秋": MappingProxyType(
            {
                2015: (9, 27), 2016: (9, 15), 2017: (10, 4), 2018: (9, 24), 2019: (9, 13),
                2020: (10, 1), 2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17),
                2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3), 2029: (9, 22),
                2030: (9, 12), 2031: (10, 1), 2032: (9, 19), 2033: (9, 8), 2034: (9, 27),
                2035: (9, 16),
            }
        ),
        "重阳": MappingProxyType(
            {
                2015: (10, 21), 2016: (10, 9), 2017: (10, 28), 2018: (10, 17), 2019: (10, 7),
                2020: (10, 25), 2021: (10, 14), 2022: (10, 4), 2023: (10, 23), 2024: (10, 11),
                2025: (10, 29), 2026: (10, 18), 2027: (10, 8), 2028: (10, 26), 2029: (10, 16),
                2030: (10, 5), 2031: (10, 24), 2032: (10, 12), 2033: (10, 1), 2034: (10, 20),
                2035: (10, 9),
            }
        ),
    }
)  # fmt: skip

#: Scale prefixes and their factors; a prefix splits off only when the rest
#: is a known unit (万元 = 万 × 元; 百分比 is a unit of its own).
SCALE_PREFIXES: Final = MappingProxyType({"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100})

#: Measure words (量词), one character each: what a Chinese numeral counts in. A
#: numeral glued to any other word names a thing, not a number of it: 一站式服务,
#: 一网通办, 三公经费 (see the grammar; known units count too: 三公里, 两小时).
MEASURE_WORDS: Final = frozenset(
    "个次人户家件台套场篇册元米亩吨天日月年分秒辆座所项岗名组期处条张份本棵株头只"
    "例批起宗间栋块门部位节轮届种类级等星倍番层口眼根架艘首幅集盏笔单章周岁克斤升度床"
    "页卷尾羽枚"
)

#: What follows a Chinese numeral and its measure word in a name, a set phrase or a
#: slogan, never a count after a label (r37i): 一次性补助, 一条龙服务, 一张蓝图, 一门式,
#: 一口气, 两个维护, 四个意识, 建党一百周年, 最多跑一次事项, 一次办好, 一次告知,
#: 一岗双责; and the words that begin with a measure word's character (表一项目支出,
#: 十万人口): a cell whose numeral is followed by one of these stays prose, as its
#: numeral counts nothing.
NUMBERED_NAME_TAILS: Final = (
    "次性", "条龙", "张蓝图", "张网", "张图", "张清单", "门式", "口气", "口径", "盘棋",
    "个意识", "个自信", "个维护", "个确立", "个代表", "个全面", "个务必", "个不少", "个都不能少",
    "个中心", "个基本点", "个结合", "个一", "年级", "周年", "周期", "周边", "次事项", "次改革",
    "次办", "次告知", "次到位", "次通过", "岗双责",
    "项目", "人口", "人员", "人民", "人才", "人均", "家庭", "件事", "台账", "场所", "场景",
    "名单", "组织", "处理", "条件", "张贴", "本地", "本级", "部门", "单位", "位置", "节点",
    "次数", "年度", "月度", "日常", "分类", "分析", "分配", "门户", "首先", "集中", "集体",
    "起来", "间隔", "头部", "岗位", "户籍", "所有", "天然", "度假", "位小数",
)  # fmt: skip
#: Measure words after a Chinese numeral that name a grade, a rank, a phase, a date or a
#: time, no count (r37i): 三级医院, 一等奖, 二类, 四星, 二期工程, 十二月, 十五日, 五号,
#: 一季度, 十四届.
NUMBERED_ORDINAL_UNITS: Final = frozenset("级等类星期月日号季届")

#: Units recognised in a trailing bracket of an indicator name (``服务外包在岸(万美元)``);
#: any other bracket is part of the name (``维修(护)等``, ``党群之家(文体中心)``).
KNOWN_UNITS: Final = frozenset(
    {
        "%", "‰", "个", "次", "人", "人次", "户", "家", "件", "台", "套", "场", "场次", "篇", "册",
        "元", "万元", "亿元", "美元", "万美元", "元/人", "万元/年", "元/平方米",
        "米", "公里", "千米", "km", "平方米", "平米", "万平方米", "平方公里", "亩", "万亩", "公顷",
        "吨", "万吨", "公斤", "千克", "kg", "天", "日", "月", "年", "小时", "工作日", "个工作日",
        "分", "分钟", "辆", "座", "所", "项", "批次", "个百分点", "百分点", "岗", "名", "组", "期",
        "处", "条", "张", "份", "本", "册次", "棵", "株", "头", "只", "立方米", "kw", "千瓦",
        "万人", "万人次", "万户", "万册", "万株", "万头", "万只", "万剂次", "剂次", "万件", "万次",
        "万千瓦", "万立方米",
        "千瓦时", "万千瓦时", "斤",
        # 档案, 林草, 渔业, 文化, 应急 tables: 页/卷/件 of archives, 画幅 of microfilm,
        # 亩次 of pest control and rain enhancement, 尾 of fry released, 羽 of birds
        "页", "卷", "卷次", "份次", "画幅", "亩次", "尾", "羽", "枚", "宗", "幅", "部", "首",
        "集", "例", "起", "艘", "架次", "株次", "盒", "万页", "万卷", "万画幅", "万尾", "万亩次",
    }
)  # fmt: skip

# ---------------------------------------------------------------------------
# Table layout (domain.md §1, §3)

#: Title words → table kind; the first match in this order wins.
TITLE_KINDS: Final = (
    ("自评", "self_evaluation"),
    ("目标申报", "target"),
    ("目标批复", "target"),
    ("目标表", "target"),
    ("批复表", "target"),
    ("跟踪", "tracking"),
    ("监控", "tracking"),
)

#: Grid header words → column role, tried in order on the header text with
#: white space and bracketed notes removed (``实际完成值(B)`` → ``实际完成值``).
GRID_COLUMNS: Final = (
    ("一级指标", "level1"),
    ("二级指标", "level2"),
    # 四级指标 (五级指标) of a department table's four levels: the innermost level names
    # the indicator, the 三级指标 beside it is then a level (r37n; see the grid's header)
    ("四级指标", "name"),
    ("五级指标", "name"),
    ("三级指标", "name"),
    ("指标名称", "name"),
    ("绩效指标名称", "name"),
    ("指标方向性", "direction"),
    ("方向", "direction"),
    # What a target means or rests on, and how it is scored: text about the target, never
    # a value (指标值说明 and 指标值设定依据 were a second 指标值 column, r34g); a target
    # table keeps it in the row's remarks under its header (before 指标值, 评分, 单位)
    ("值说明", "explanation"),  # 指标值说明, 目标值说明
    ("设定依据", "explanation"),  # 指标值设定依据, 目标设定依据, 设定依据
    ("指标解释", "explanation"),
    ("指标释义", "explanation"),
    ("评分标准", "explanation"),  # 评（扣）分标准 (its bracket dropped), 评分标准
    ("扣分标准", "explanation"),
    ("计分标准", "explanation"),
    ("评分依据", "explanation"),
    ("指标性质", "nature"),
    ("运算符", "nature"),  # 运算符号, 运算符: the operator column of 一体化 exports
    ("符号", "nature"),
    # 指标值性质, 指标值属性, 目标值性质: the target's operator, never a second target
    # (before 指标值 and 目标值, read55 H2)
    ("值性质", "nature"),
    ("值属性", "nature"),
    ("指标值类型", "other"),  # no target (before 指标值): its cells may be operators
    # 指标值及单位 (domain.md §3), 指标值及计量单位, 指标值和单位, 目标值及单位: the target
    # with its unit in one cell, never the unit column (before 计量单位, 值单位 and 单位)
    ("指标值及", "target"),
    ("指标值和", "target"),
    ("指标值与", "target"),
    ("目标值及", "target"),
    ("目标值和", "target"),
    ("目标值与", "target"),
    ("实际值及", "actual"),  # 实际值及单位, 实际完成值及单位, 完成值及单位 likewise
    ("完成值及", "actual"),
    ("度量单位", "unit"),
    ("计量单位", "unit"),
    ("值单位", "unit"),  # 指标值单位, 实际值单位 (before 指标值 and 实际值)
    ("单位", "unit"),
    # the unit's own word on the row (完成 / 未完成, 是 / 否): its judgement, read as the
    # likelihood when the grid has none (完成情况 beside a 实际完成值 is one too: the reader)
    ("是否完成", "status"),
    ("完成状态", "status"),
    ("是否达标", "status"),
    ("是否达成", "status"),
    ("完成目标可能性", "likelihood"),
    ("可能性", "likelihood"),
    ("偏差原因", "reason"),
    ("原因分析", "reason"),
    # 原因类型 (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他) beside 偏差原因说明 on a
    # one-row header: the reason's category, joined to its words (r39i)
    ("原因类型", "reason"),
    ("原因类别", "reason"),
    ("原因分类", "reason"),
    # 未完成原因, 未达标原因: the 广东 自评表's reason column (before 完成 words); a bare
    # 原因 or 存在问题 is read by the grid reader from its place (scoring.md §reason column)
    ("未完成原因", "reason"),
    ("未达标原因", "reason"),
    ("未达成原因", "reason"),
    ("未实现原因", "reason"),
    ("改进措施", "reason"),
    ("整改措施", "reason"),  # 未完成原因及整改措施 (before 完成)
    ("原因说明", "reason"),
    ("具体原因", "reason"),  # 偏差原因类型 | 具体原因 | 改进措施
    ("偏差说明", "reason"),
    ("扣分原因", "reason"),
    ("纠偏措施", "corrective"),  # a monitoring grid's measures, one per indicator
    ("备注", "remarks"),
    ("预计完成", "forecast"),
    ("预计全年", "forecast"),  # 预计全年完成情况 (before 完成情况, which is the actual)
    ("预计年底", "forecast"),
    ("全年预计", "forecast"),
    ("预计", "forecast"),  # 预计到年底完成值 (before 完成值)
    # 序时进度目标值: the value due by the period's share of the year, a plan (before
    # 目标值, which would make it a second target)
    ("序时进度目标", "planned"),
    ("序时目标", "planned"),
    # 序时进度, 序时进度值, 1-6月序时进度, 进度计划 (时序进度, a common slip) over the
    # rows' figures: the period's plan (a column of the time's share alone, 50% on
    # every row, is no plan: see the reader); the budget block reads its own words
    ("序时进度", "planned"),
    ("时序进度", "planned"),
    ("进度计划", "planned"),
    # 计划进度 | 实际进度, 目标进度值 | 实际完成进度值: the period's plan beside its actual
    # (with 完成, 计划进度完成情况 is the actual: see the reader)
    ("计划进度", "planned"),
    ("目标进度", "planned"),
    ("计划完成", "planned"),
    # 预期完成值 | 实际完成值, 应完成值 | 已完成值: what was due by the period's end, the
    # plan (跟踪期计划完成值), never a second actual (before 完成值)
    # 全年预期完成值 (预期全年, 预期年底): the year's forecast, as 全年预计 (regress57 #2);
    # a bare 预期完成值 after the actual column is the forecast too (see the reader)
    ("全年预期", "forecast"),
    ("预期全年", "forecast"),
    ("预期年底", "forecast"),
    ("预期完成", "planned"),
    ("应完成", "planned"),
    ("计划值", "planned"),
    ("实际完成", "actual"),
    ("实际值", "actual"),
    ("执行情况", "actual"),
    ("完成值", "actual"),
    ("完成情况", "actual"),
    ("实际", "actual"),
    ("指标值", "target"),
    ("目标值", "target"),
    ("预期实现值", "target"),
    # 三级指标 | 预期目标 | 跟踪期计划完成值: the year's target of the grid's header (a goal
    # block's 预期目标 is read before any grid; regress57 #7: before, no role, and the
    # plan column was taken for the target)
    ("预期目标", "target"),
    ("实现值", "actual"),  # 绩效实现值, 实现值 of a 自评表: the value achieved
    ("分值", "weight"),
    ("权重", "weight"),
    ("标准分", "weight"),
    ("满分", "weight"),
    ("得分", "points"),  # 得分, 实得分, 自评得分
    ("评分", "points"),
)

#: 指标方向性 words → direction (scoring.md §2 Direction), tried in order on the cell's
#: text with white space removed, as a part of it (正向指标, 反向（越小越好）). ``higher``
#: and ``lower`` are :class:`perftrack.Direction`; ``neither`` (适中, 区间: the value
#: should stay within its bounds) names no direction, and the target's own operator
#: decides as without the column (a range is higher is better). A 指标性质 cell holding
#: one of these words says the direction too, and is no operator of the target.
DIRECTION_WORDS: Final = (
    ("正向", "higher"),
    ("越大越好", "higher"),
    ("越高越好", "higher"),
    ("越多越好", "higher"),
    ("反向", "lower"),
    ("逆向", "lower"),
    ("负向", "lower"),
    ("越小越好", "lower"),
    ("越低越好", "lower"),
    ("越少越好", "lower"),
    ("适中", "neither"),
    ("区间", "neither"),
)

#: Budget header words → column role (scoring.md §5), tried in order.
BUDGET_COLUMNS: Final = (
    # 偏差原因分析 and 备注 of a monitoring table's budget row: text, no amount; kept as
    # a note of the table naming the line (r35k; before, they were dropped)
    ("偏差原因", "reason"),
    ("备注", "remarks"),
    ("预计执行率", "forecast_rate"),  # a rate, never the forecast amount (kept apart)
    # The months' plan of spending (1-6月用款计划, 1-6月计划支出数, 1-6月计划执行数): a
    # share of the year's budget, never the executed amount nor the rate's denominator
    ("用款计划", "planned"),
    ("计划支出", "planned"),
    ("计划执行数", "planned"),
    ("年初预算", "initial"),
    # The part of the year's budget issued so far (已下达预算数, 下达数): no adjustment of
    # the budget. Beside the year's budget a share of it (planned), alone the only budget.
    ("下达", "share"),
    ("预计执行", "forecast"),
    ("预计支出率", "forecast_rate"),
    # 预计支出数, 全年预计支出数: the year's forecast, as 预计执行数 (before 支出数)
    ("预计支出", "forecast"),
    ("批复数", "period_budget"),  # 预算批复数, 预算安排数: the year's approved budget
    ("安排数", "period_budget"),
    ("执行率", "rate"),
    # 支出进度, 支出率: the rate as 国库 and 财政 reports name it (已支出数 / 预算数)
    ("支出进度", "rate"),
    ("支出率", "rate"),
    ("执行数", "executed"),
    ("支出数", "executed"),
    ("实际支出", "executed"),
    # 专项债 and 投资 tables: 计划投资 | 资金到位 | 资金支出 | 支出率. 计划投资 is the year's
    # budget (the rate's denominator), 资金支出 the executed amount; the funds received
    # (全年到位数, 资金到位, 到位资金) have no field of BudgetLine and are kept as notes
    # (``received``). Only these headers: a bare 到位 is a value (监管到位率 | 到位 | 到位),
    # and a 到位率 (资金到位率) no amount: the readers skip it. These words name a column
    # only as the whole header (BUDGET_WHOLE_HEADER_WORDS): 资金支出情况, 资金支出用途,
    # 资金支出说明, 计划投资完成率 and 到位资金率 are no amounts (tr59 W1-W3)
    ("资金支出", "executed"),
    ("计划投资", "period_budget"),
    ("到位数", "received"),
    ("资金到位", "received"),
    ("到位资金", "received"),
    ("到位金额", "received"),
    ("跟踪期预算", "period_budget"),
    ("全年预算", "period_budget"),
    ("调整后预算", "period_budget"),
    ("预算数", "period_budget"),
    ("分值", "weight"),
    ("权重", "weight"),
    ("得分", "points"),
)

#: The words of :data:`BUDGET_COLUMNS` that name a column only as the whole header: a
#: period or scope before them (全年, 项目), an amount's 数/金额/额 after them and a
#: bracketed unit (资金支出（万元）, 全年到位数, 计划投资额). Anywhere else in a header
#: (资金支出情况, 资金支出用途, 计划投资完成率, 到位资金率) they name nothing.
BUDGET_WHOLE_HEADER_WORDS: Final = frozenset(
    {"资金支出", "计划投资", "到位数", "资金到位", "到位资金", "到位金额"}
)

#: Budget row labels → role, tried in order (a leading 其中 is ignored).
BUDGET_ROLES: Final = (
    ("结转", "carried_over"),
    ("结余", "carried_over"),  # 以前年度结余资金, 上年结余: the years before's money
    ("其他", "other"),
    ("自有", "other"),  # 单位自有资金
    ("单位资金", "other"),
    ("自筹", "other"),
    ("社会资金", "other"),
    ("企业", "other"),  # 企业配套资金, 企业自筹: no public money, before 配套 below
    ("总额", "total"),
    ("总预算", "total"),  # 年度总预算 of a department-wide table
    ("合计", "total"),
    ("总计", "total"),
    ("资金总", "total"),
    ("总资金", "total"),  # 项目总资金
    ("年度金额", "total"),  # 年度金额： of the 区域绩效目标表 (财政部), over 中央补助 | 地方资金
    ("财政", "appropriation"),  # 财政拨款, 财政资金, 财政预算资金
    # 专项债券资金, 一般债券资金: public money of the 政府性基金 (or 一般公共) budget
    ("债券", "appropriation"),
    # A department's funds by source: 一般公共预算, 政府性基金预算 (by use, 基本支出 and
    # 项目支出, they would count the total twice: not lines)
    ("公共预算", "appropriation"),
    ("政府性基金", "appropriation"),
    # 纳入专户管理的非税收入拨款, 国有资本经营预算拨款: the other kinds of 财政拨款 of a
    # department's funds by source (r35d: the line was unread)
    ("非税收入", "appropriation"),
    ("国有资本经营", "appropriation"),
    ("本级", "appropriation"),
    ("本年预算安排", "appropriation"),  # 其中：本年预算安排 under 财政拨款: the year's
    ("当年预算安排", "appropriation"),
    # The funding lines of 转移支付 tables (区域绩效目标表): 中央补助, 地方资金, 省级资金,
    # 市县配套资金, 中央财政补助, 省级补助, 地方配套: public money, like 中央财政资金
    ("中央", "appropriation"),
    ("省级", "appropriation"),
    ("地方", "appropriation"),
    ("市县", "appropriation"),
    ("市级", "appropriation"),
    ("县级", "appropriation"),
    ("配套", "appropriation"),
    ("补助", "appropriation"),
    ("预算资金", "total"),  # 年度预算资金 (财政预算资金 is the appropriation above)
)

#: Budget row labels of the money by its economic classification (支出经济分类: 工资福利支出,
#: 商品和服务支出, 对个人和家庭的补助, 资本性支出, 对企业补助…): what the money is
#: spent on, never a source, though 对个人和家庭的补助 names 补助 (a source's word of
#: 中央补助) and so was read as an appropriation, with a false ``budget-sum-mismatch``.
BUDGET_BY_ECONOMIC_CLASS: Final = (
    "工资福利支出",
    "商品和服务支出",
    "对个人和家庭的补助",
    "对个人和家庭补助",
    "债务利息及费用支出",
    "资本性支出",
    "对企业补助",
    "对社会保障基金补助",
    "对事业单位经常性补助",
    "对事业单位资本性补助",
    "机关工资福利支出",
    "机关商品和服务支出",
    "机关资本性支出",
)

#: Budget row labels of a department's money by use (基本支出, 项目支出) or by economic
#: classification (:data:`BUDGET_BY_ECONOMIC_CLASS`): parts of the total along another
#: axis than the sources, never lines (they would count it twice).
BUDGET_BY_USE: Final = ("基本支出", "项目支出", "人员经费", "公用经费", *BUDGET_BY_ECONOMIC_CLASS)

#: Grades of 财预〔2020〕10号 and their printed spellings.
GRADES: Final = MappingProxyType(
    {"优": "优", "优秀": "优", "优良": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
     "合格": "中", "一般": "中", "差": "差", "较差": "差", "不合格": "差"}
)  # fmt: skip

#: A printed 等级 of another four-step scale, read as the grade of 财预〔2020〕10号 at the
#: same step: 好 / 较好 / 一般 / 差 (90, 80, 60 as 优 / 良 / 中 / 差), and the grades with
#: 等 after them (优等, 良等, 差等, as 中等 of :data:`GRADES`). Only where a table prints
#: its grade (r39e): a target of 较好 is a quality word, no grade to reach.
PRINTED_GRADES: Final = MappingProxyType(
    {"好": "优", "较好": "良", "优等": "优", "良等": "良", "差等": "差"}
)
