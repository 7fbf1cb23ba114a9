"""Readings a reviewer makes without thinking, which the scorer missed (e2e15).

- a bare share under a bare target on a share's name (``服务对象满意度 | ≥85 | 0.92``);
- the default weight of a level 1 without indicators (no 分值 column): rescaled away;
- qualitative pairs: no (significant) effect, a timeliness word against a 100% 及时率,
  an actual holding the whole descriptive target, a change word of no family;
- a note's 合计总分 and 自评等级 read as one pair.

Each case is a table written as text (or one hand-built row) and the exact verdict,
explanation, points or findings it must give.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.policy import Policy
from scoring_builders import YEAR, indicator, verdict_of

D = Decimal
AT_YEAR_END = (YEAR, 1, YEAR, 12)
BEFORE_DUE = (YEAR, 1, YEAR, 8)

SELF_HEAD = [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t测试",
]
GRID_WITH_POINTS = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"
GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值"


def budget(executed: str = "100", rate: str = "100%") -> list[str]:
    """A budget block of 100 (万元) with *executed* and its printed *rate*."""
    return [
        "项目资金（万元）\t\t全年预算数\t全年执行数\t执行率",
        f"\t年度资金总额\t100\t{executed}\t{rate}",
    ]


def read_one(*lines: str) -> perftrack.Table:
    return perftrack.read_text("\n".join(lines))[0]


def messages(card: perftrack.Scorecard, finding_id: str) -> list[str]:
    return [finding.message for finding in card.findings if finding.id == finding_id]


# ---------------------------------------------------------------------------
# H3: a bare share under a bare target, the % given by the name only


@pytest.mark.parametrize(
    ("name", "level", "target", "actual", "attainment", "explanation", "points"),
    [
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥85",
            "0.92",
            "met",
            "实际0.92（按比例计为92%），达到年度指标≥85",
            D("10.00"),
            id="satisfaction-share-met",
        ),
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥90",
            "0.88",
            "not_met",
            "实际0.88（按比例计为88%），未达年度指标≥90",
            D("9.78"),  # 88 / 90 of 10: the points take the same reading
            id="satisfaction-share-short",
        ),
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥85%",
            "0.92",
            "met",
            "实际0.92（按比例计为92%），达到年度指标≥85%",
            D("10.00"),
            id="percent-target-as-before",
        ),
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥85",
            "92",
            "met",
            "实际92，达到年度指标≥85",
            D("10.00"),
            id="bare-figures-as-before",
        ),
        pytest.param(
            "验收合格率",
            "产出指标\t质量指标",
            "≥95",
            "0.97",
            "met",
            "实际0.97（按比例计为97%），达到年度指标≥95",
            D("10.00"),
            id="rate-name",
        ),
        pytest.param(
            "培训人数",
            "产出指标\t数量指标",
            "≥95",
            "0.97",
            "not_met",
            "实际0.97，未达年度指标≥95",
            D("0.10"),
            id="no-share-name-keeps-the-figure",
        ),
        pytest.param(
            "农民收入增长率",
            "效益指标\t经济效益指标",
            "≥5",
            "0.3",
            "not_met",
            "实际0.3，未达年度指标≥5",
            D("0.60"),
            id="rate-of-change-keeps-the-figure",
        ),
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥5",
            "0.8",
            "not_met",
            "实际0.8，未达年度指标≥5",  # 5 is not ten times 0.8: no share
            D("1.60"),
            id="small-target-keeps-the-figure",
        ),
        pytest.param(
            "差错率",
            "产出指标\t质量指标",
            "≤5",
            "0.3",
            "met",
            "实际0.3，达到年度指标≤5",
            D("10.00"),
            id="ceiling-keeps-the-figure",
        ),
    ],
)
def test_a_bare_share_under_a_bare_target_on_a_share_name(  # noqa: PLR0913, PLR0917 - the case table
    name, level, target, actual, attainment, explanation, points
):
    table = read_one(*SELF_HEAD, GRID_WITH_POINTS, f"{level}\t{name}\t{target}\t{actual}\t10\t10")
    card = perftrack.score(table)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert card.points is not None
    assert card.points.items[0].points == points


# ---------------------------------------------------------------------------
# H4: a level 1 without indicators, under the default weights


@pytest.mark.parametrize(
    ("rows", "block", "total", "missing"),
    [
        pytest.param(
            [
                "产出指标\t数量指标\t培训人次\t≥100人次\t120人次",
                "效益指标\t社会效益指标\t技能提升\t提升\t提升",
            ],
            budget(),
            D("100.00"),
            ["缺少满意度指标；表中未列分值，其权重10分不计，其余各项折算为100分"],
            id="no-satisfaction-all-met",  # 90 of 90, not 90.00 of 100
        ),
        pytest.param(
            [
                "产出指标\t数量指标\t培训人次\t≥100人次\t120人次",
                "满意度指标\t服务对象满意度指标\t满意度\t≥90%\t95%",
            ],
            budget("98", "98%"),
            D("99.71"),  # (50 + 10 + 9.8) × 100 / 70: it was 69.80 中
            ["缺少效益指标；表中未列分值，其权重30分不计，其余各项折算为100分"],
            id="no-effect",
        ),
        pytest.param(
            [
                "产出指标\t数量指标\t培训人次\t≥100人次\t80人次",
                "产出指标\t质量指标\t合格率\t≥90%\t95%",
                "效益指标\t社会效益指标\t技能提升\t提升\t提升",
            ],
            budget(),
            D("94.44"),  # 20 + 25 + 30 + 10 = 85 of 90
            ["缺少满意度指标；表中未列分值，其权重10分不计，其余各项折算为100分"],
            id="no-satisfaction-one-miss",
        ),
        pytest.param(
            [
                "产出指标\t数量指标\t培训人次\t≥100人次\t120人次",
                "效益指标\t社会效益指标\t长效机制\t健全\t很好",  # unknown: left out
            ],
            budget(),
            D("100.00"),  # 50 + 10 of 100 − 10 − 30
            [
                "缺少满意度指标；表中未列分值，其权重10分不计，其余各项折算为100分",
            ],
            id="absent-and-left-out",
        ),
        pytest.param(
            [
                "成本指标\t经济成本指标\t设备采购费\t≤20万元\t18万元",
                "效益指标\t社会效益指标\t技能提升\t提升\t提升",
                "满意度指标\t服务对象满意度指标\t满意度\t≥90%\t95%",
            ],
            budget(),
            D("100.00"),  # 成本 takes 产出's 50: nothing is absent
            ["缺少产出指标"],
            id="cost-holds-output-weight",
        ),
    ],
)
def test_an_absent_level_1_is_rescaled_away_under_default_weights(rows, block, total, missing):
    card = perftrack.score(read_one(*SELF_HEAD, *block, GRID, *rows))
    assert card.points is not None
    assert card.points.total == total
    assert messages(card, "missing-category") == missing


def test_absent_level_1_under_the_hubei_weights():
    rows = [
        "产出指标\t数量指标\t培训人次\t≥100人次\t120人次",
        "效益指标\t社会效益指标\t技能提升\t提升\t提升",
    ]
    card = perftrack.score(read_one(*SELF_HEAD, *budget(), GRID, *rows), policy=Policy.hubei())
    assert card.points is not None
    # 44.44 + 26.67 + 20 = 91.11, all earned: 100, not 91.11
    assert [item.weight for item in card.points.items] == [D("44.44"), D("26.67"), D(20)]
    assert card.points.total == D("100.00")
    assert messages(card, "missing-category") == [
        "缺少满意度指标；表中未列分值，其权重8.89分不计，其余各项折算为100分"
    ]


def test_printed_weights_keep_their_own_total_without_a_level_1():
    rows = [
        "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t60\t60",
        "效益指标\t社会效益指标\t技能提升\t提升\t提升\t30\t30",
    ]
    card = perftrack.score(read_one(*SELF_HEAD, *budget(), GRID_WITH_POINTS, *rows))
    assert card.points is not None
    assert card.points.total == D(100)  # 60 + 30 + the rate's 10: the table's own weights
    assert messages(card, "missing-category") == ["缺少满意度指标"]


def test_printed_weights_short_of_100_are_not_rescaled():
    rows = [
        "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t50\t50",
        "效益指标\t社会效益指标\t技能提升\t提升\t提升\t30\t30",
    ]
    card = perftrack.score(read_one(*SELF_HEAD, *budget(), GRID_WITH_POINTS, *rows))
    assert card.points is not None
    assert card.points.total == D(90)  # 50 + 30 + 10: weights-not-100 tells the 80
    assert messages(card, "missing-category") == ["缺少满意度指标"]
    assert messages(card, "weights-not-100") == [
        "各项分值合计80，不等于100；预算执行率未列分值，按默认10分计入，合计90分"
    ]


def test_a_tracking_table_without_points_keeps_the_plain_missing_category():
    lines = [
        "项目支出绩效运行监控表",
        "（2024年1-6月）",
        "项目名称\t测试",
        "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值",
        "产出指标\t数量指标\t培训人次\t≥100人次\t60人次",
        "效益指标\t社会效益指标\t技能提升\t提升\t提升",
    ]
    card = perftrack.score(read_one(*lines))
    assert card.points is None
    assert messages(card, "missing-category") == ["缺少满意度指标"]
    provisional = perftrack.score(read_one(*lines), policy=Policy(provisional_points=True))
    assert messages(provisional, "missing-category") == [
        "缺少满意度指标；表中未列分值，其权重10分不计，其余各项折算为100分"
    ]


# ---------------------------------------------------------------------------
# M2: qualitative pairs

COST = {"level1": "成本指标", "level2": "社会成本指标"}
TIMELY = {"level1": "产出指标", "level2": "时效指标"}
EFFECT = {"level1": "效益指标", "level2": "社会效益指标"}


@pytest.mark.parametrize(
    ("name", "target", "actual", "level", "attainment", "explanation"),
    [
        # no (significant) effect
        ("对周边交通秩序影响", "无明显影响", "无", COST, "met", "实际“无”，达到“无明显影响”"),
        ("对周边交通秩序影响", "无明显影响", "0", COST, "met", "实际“0”，达到“无明显影响”"),
        (
            "对生态环境的负面影响",
            "无明显负面影响",
            "未产生负面影响",
            COST,
            "met",
            "实际“未产生负面影响”，达到“无明显负面影响”",
        ),
        (
            "对群众生产生活影响",
            "无重大不利影响",
            "无不利影响",
            COST,
            "met",
            "实际“无不利影响”，达到“无重大不利影响”",
        ),
        (
            "对群众生产生活影响",
            "无重大不利影响",
            "无明显影响",
            COST,
            "met",
            "实际“无明显影响”，达到“无重大不利影响”",
        ),
        (
            "对周边环境影响",
            "对周边环境无明显影响",
            "未对周边居民产生影响",
            COST,
            "met",
            "实际“未对周边居民产生影响”，达到“对周边环境无明显影响”",
        ),
        (
            "社会影响",
            "无不良影响",  # a zero-family word: 未产生 was read as "not done"
            "未产生负面影响",
            COST,
            "met",
            "实际“未产生负面影响”，达到“无不良影响”",
        ),
        (
            "对周边交通秩序影响",
            "无明显影响",
            "有一定影响",
            COST,
            "not_met",
            "实际“有一定影响”，未达到“无明显影响”",
        ),
        (
            "对周边交通秩序影响",
            "无明显影响",
            "造成了较大负面影响",
            COST,
            "not_met",
            "实际“造成了较大负面影响”，未达到“无明显影响”",
        ),
        (
            "对周边交通秩序影响",
            "无明显影响",
            "有轻微影响",
            COST,
            "unknown",
            "实际“有轻微影响”为轻微影响，是否属年度指标“无明显影响”所指影响需人工判断",
        ),
        ("社会影响", "无影响", "有轻微影响", COST, "not_met", "实际“有轻微影响”，未达到“无影响”"),
        (
            "社会影响",
            "无影响",
            "无明显影响",
            COST,
            "unknown",
            "实际“无明显影响”未排除年度指标“无影响”所指的影响，需人工判断",
        ),
        ("社会影响", "无影响", "基本无影响", COST, "partial", "实际“基本无影响”，部分达到“无影响”"),
        ("社会影响", "无明显影响", "基本无影响", COST, "met", "实际“基本无影响”，达到“无明显影响”"),
        # a timeliness word against a 100% rate of timeliness, in full against 发放率
        (
            "救助资金发放及时率",
            "100%",
            "按月足额发放",
            TIMELY,
            "met",
            "实际“按月足额发放”，即全部按时完成，视为100%，达到年度指标=100%",
        ),
        (
            "资金发放及时率",
            "100%",
            "按时足额发放",
            TIMELY,
            "met",
            "实际“按时足额发放”，即全部按时完成，视为100%，达到年度指标=100%",
        ),
        (
            "资金发放及时率",
            "≥95%",
            "及时发放",
            TIMELY,
            "met",
            "实际“及时发放”，即全部按时完成，视为100%，达到年度指标≥95%",
        ),
        (
            "补贴发放率",
            "100%",
            "足额发放",
            TIMELY,
            "met",
            "实际“足额发放”，即全部足额完成，视为100%，达到年度指标=100%",
        ),
        (
            "资金发放及时率",
            "100%",
            "部分按时发放",
            TIMELY,
            "partial",
            "实际“部分按时发放”，未全部按时完成，部分达到年度指标=100%",
        ),
        (
            "资金发放及时率",
            "100%",
            "未按时发放",
            TIMELY,
            "not_met",
            "实际“未按时发放”",
        ),
        (
            "资金发放及时率",
            "≥95%",
            "按时发放，个别延迟",
            TIMELY,
            "unknown",
            "实际“按时发放，个别延迟”不是数值，无法与年度指标比较",
        ),
        (
            "补贴发放率",  # on time says nothing of in full
            "100%",
            "按时发放",
            TIMELY,
            "unknown",
            "实际“按时发放”不是数值，无法与年度指标比较",
        ),
        (
            "培训覆盖率",  # no rate of time or payment
            "100%",
            "按时足额发放",
            TIMELY,
            "unknown",
            "实际“按时足额发放”不是数值，无法与年度指标比较",
        ),
        # the actual holds the whole descriptive target
        (
            "低保对象动态管理",
            "应保尽保",
            "应保尽保、应退尽退",
            EFFECT,
            "met",
            "实际“应保尽保、应退尽退”包含年度指标“应保尽保”的全部内容，达到年度指标",
        ),
        (
            "补贴发放",
            "按季度发放",
            "按季度足额发放",
            TIMELY,
            "met",
            "实际“按季度足额发放”包含年度指标“按季度发放”的全部内容，达到年度指标",
        ),
        (
            "补贴发放",
            "按季度发放",
            "按季度发放到位",
            TIMELY,
            "met",
            "实际“按季度发放到位”包含年度指标“按季度发放”的全部内容，达到年度指标",
        ),
        (
            "补贴发放",
            "按季度发放",
            "部分按季度发放",
            TIMELY,
            "unknown",
            "年度指标为文字描述，实际完成情况需人工判断",
        ),
        (
            "低保对象动态管理",
            "应保尽保",
            "应保尽保，但仍有个别漏保",
            EFFECT,
            "unknown",
            # 应保尽保 is =100% since parse29 M3: the words say less, no figure
            "实际“应保尽保，但仍有个别漏保”不是数值，无法与年度指标比较",
        ),
        (
            "补贴发放",
            "按季度发放",
            "按季度发放率98%",
            EFFECT,
            "unknown",
            "年度指标为文字描述，实际完成情况需人工判断",
        ),
        # a change word of no family, with a degree
        (
            "城乡公共卫生差距",
            "不断缩小",
            "逐步缩小",
            EFFECT,
            "met",
            "实际“逐步缩小”，达到“不断缩小”",
        ),
        (
            "城乡公共卫生差距",
            "不断缩小",
            "差距缩小",
            EFFECT,
            "met",
            "实际“差距缩小”，达到“不断缩小”",
        ),
        ("城乡公共卫生差距", "不断缩小", "下降", EFFECT, "met", "实际“下降”，达到“不断缩小”"),
        ("城乡公共卫生差距", "持续缩小", "扩大", EFFECT, "not_met", "实际“扩大”，未达到“持续缩小”"),
        ("城乡公共卫生差距", "不断缩小", "持平", EFFECT, "not_met", "实际“持平”，未达到“不断缩小”"),
        (
            "城乡公共卫生差距",
            "明显缩小",
            "略有缩小",
            EFFECT,
            "partial",
            "实际“略有缩小”，部分达到“明显缩小”",
        ),
        (
            "城乡公共卫生差距",  # 改善 is no change of the gap's size
            "不断缩小",
            "明显改善",
            EFFECT,
            "unknown",
            "年度指标为文字描述，实际完成情况需人工判断",
        ),
    ],
)
def test_qualitative_pairs_a_reviewer_accepts(  # noqa: PLR0913, PLR0917 - the case table
    name, target, actual, level, attainment, explanation
):
    verdict = verdict_of(indicator(name, target, actual, **level), period=AT_YEAR_END)
    assert verdict.attainment.value == attainment
    assert verdict.explanation.startswith(explanation)


@pytest.mark.parametrize(
    ("name", "target", "actual", "level", "explanation"),
    [
        (
            "对周边交通秩序影响",
            "无明显影响",
            "有一定影响",
            COST,
            "实际“有一定影响”与年度指标“无明显影响”不符，距年底尚有时间",
        ),
        (
            "城乡公共卫生差距",
            "不断缩小",
            "扩大",
            EFFECT,
            "实际“扩大”与年度指标“不断缩小”相反，距年底尚有时间",
        ),
    ],
)
def test_a_miss_before_due_is_pending(name, target, actual, level, explanation):
    verdict = verdict_of(indicator(name, target, actual, **level), period=BEFORE_DUE)
    assert (verdict.attainment.value, verdict.explanation) == ("pending", explanation)


def test_the_pairs_score_as_their_verdicts():
    rows = [
        "产出指标\t时效指标\t资金发放及时率\t100%\t部分按时发放\t10\t10",
        "产出指标\t时效指标\t补贴发放\t按季度发放\t按季度足额发放\t40\t40",
        "效益指标\t社会效益指标\t城乡公共卫生差距\t不断缩小\t逐步缩小\t20\t20",
        "成本指标\t社会成本指标\t对周边交通秩序影响\t无明显影响\t有一定影响\t10\t10",
        "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥85\t0.92\t10\t10",
    ]
    card = perftrack.score(read_one(*SELF_HEAD, *budget(), GRID_WITH_POINTS, *rows))
    assert card.points is not None
    assert [(item.points, item.rule) for item in card.points.items] == [
        (D("8.00"), "comparison partial: status"),
        (D("40"), "descriptive met"),
        (D("20"), "descriptive met"),
        (D("0.00"), "descriptive not_met"),
        (D("10"), "comparison met"),
        (D("10.00"), "execution rate 100.00%"),
    ]
    assert card.points.total == D("88.00")


# ---------------------------------------------------------------------------
# M4: a note's 合计总分 and 自评等级 are one pair

M4_ROWS = [
    *SELF_HEAD,
    *budget("95", "95%"),
    GRID_WITH_POINTS,
    "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t50\t50",
    "效益指标\t社会效益指标\t技能提升\t提升\t提升\t30\t30",
    "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t72%\t10\t8",
    "总分\t\t\t\t\t90\t88",
]


@pytest.mark.parametrize(
    ("note", "published", "grade_mismatch", "sum_mismatch"),
    [
        pytest.param(
            "注：预算执行率得分按10分计，合计总分97.50分，自评等级：优。",
            perftrack.Published(D("97.50"), "优"),
            [],
            [],  # 88 + the rate's unprinted 9.50 (95% of 10) is 97.50
            id="note-gives-the-pair",
        ),
        pytest.param(
            "注：合计总分95分，自评等级：优。",
            perftrack.Published(D(95), "优"),
            [],
            # the sum's grade is named beside the printed one (findings1 H1)
            ["各项得分合计88分（预算执行率未填得分，按9.5分计为97.5分），与表中总分95分不符"],
            id="note-pair-that-does-not-add-up",
        ),
        pytest.param(
            "综上，本项目自评得分98分（含预算执行10分），自评等级为“优”。",
            perftrack.Published(D(98), "优"),
            [],
            [],  # 88 + the rate's whole 10, as the sentence says
            id="note-pair-with-the-rate-at-full-points",
        ),
        pytest.param(
            "自评等级：优。",
            perftrack.Published(D(88), "优"),
            # 88 of the printed 分值's 90 (the rate's 10 unprinted, weights-not-100) is
            # 97.78%: 优, as perftrack's own 97.50 is (r39h); "应评为“良”" contradicted it
            [],
            [],
            id="note-gives-a-grade-only",
        ),
        pytest.param(
            "综上，本项目自评得分97.5分。",
            perftrack.Published(D(88), None),
            [],
            [],
            id="note-gives-a-total-only",  # the 总分 row's stands, as before
        ),
    ],
)
def test_a_note_under_the_grid_gives_total_and_grade_together(
    note, published, grade_mismatch, sum_mismatch
):
    table = read_one(*M4_ROWS, note)
    assert table.published == published
    card = perftrack.score(table)
    assert card.points is not None
    assert card.points.total == D("97.50")  # 50 + 30 + 8 + 9.5
    assert messages(card, "grade-mismatch") == grade_mismatch
    assert messages(card, "points-sum-mismatch") == sum_mismatch


@pytest.mark.parametrize(
    ("total", "sum_mismatch"),
    [
        ("88", []),
        ("97.5", []),  # 88 + the computed 9.50
        ("98", []),  # 88 + the rate's whole weight
        # neither: the table's own error, and the sum's grade is not the total's
        (
            "92",
            ["各项得分合计88分（预算执行率未填得分，按9.5分计为97.5分），与表中总分92分不符"],
        ),
    ],
)
def test_an_unprinted_rate_may_be_in_the_printed_total(total, sum_mismatch):
    rows = [*M4_ROWS[:-1], f"总分\t\t\t\t\t90\t{total}"]
    card = perftrack.score(read_one(*rows))
    assert card.table.published.total == D(total)
    assert messages(card, "points-sum-mismatch") == sum_mismatch
