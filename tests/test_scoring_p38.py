"""parse38: value cells of 统计调查, 退役军人, 政务信息化 and 公立医院 rows read as figures.

Each row is scored alone in a self-evaluation table (or a 1-9月 tracking table); the
verdict and its explanation are spelt out.
"""

from __future__ import annotations

import pytest
from tests.scoring_builders import indicator, self_evaluation_table, tracking_table

from perftrack.scoring import score


def year_end(name: str, target: str, actual: str) -> tuple[str, str]:
    card = score(self_evaluation_table([indicator(name, target, actual, weight=10)], year=2025))
    verdict = card.verdicts[0]
    return verdict.attainment.value, verdict.explanation


def mid_year(name: str, target: str, planned: str, actual: str) -> tuple[str, str, str]:
    row = indicator(name, target, actual, planned, year=2025)
    verdict = score(tracking_table([row], period=(2025, 1, 2025, 9))).verdicts[0]
    progress = verdict.progress.value if verdict.progress is not None else ""
    return verdict.attainment.value, progress, verdict.explanation


GROUPS = "普查员、普查指导员选聘"

YEAR_END = [
    # H1: a name listing two groups with 、 is their total, never one group alone
    pytest.param(
        GROUPS,
        "≥1200名",
        "选聘普查员1,080名、指导员160名",
        ("met", "实际1240名，达到年度指标≥1200名"),
        id="h1-two-groups-summed",
    ),
    pytest.param(
        GROUPS,
        "≥1300名",
        "选聘普查员1,080名，指导员160名",
        ("not_met", "实际1240名，未达年度指标≥1300名"),
        id="h1-two-groups-comma-summed",
    ),
    pytest.param(
        GROUPS,
        "≥1200名",
        "选聘普查员1,080名、联络员160名",
        ("unknown", "实际“选聘普查员1,080名、联络员160名”不是数值，无法与年度指标比较"),
        id="h1-a-group-not-named-unknown",
    ),
    pytest.param(
        GROUPS,
        "≥1200名",
        "选聘普查员1,080名、计划指导员160名",
        ("unknown", "实际“选聘普查员1,080名、计划指导员160名”不是数值，无法与年度指标比较"),
        id="h1-a-plan-unknown",
    ),
    pytest.param(
        "普查员选聘",
        "≥1200名",
        "选聘普查员1,080名、指导员160名",
        ("unknown", "实际“选聘普查员1,080名、指导员160名”不是数值，无法与年度指标比较"),
        id="h1-one-group-named-unchanged",
    ),
    # H2: a long scope note in the label's bracket
    pytest.param(
        "医疗服务收入占比",
        "≥35%",
        "医疗服务收入（不含药品、耗材、检查、化验收入）占比33.8%",
        ("not_met", "实际33.8%，未达年度指标≥35%"),
        id="h2-scope-note-rate",
    ),
    pytest.param(
        "基层就诊率",
        "≥65%",
        "基层医疗卫生机构（含村卫生室、社区卫生服务站）诊疗量占比61.2%",
        ("not_met", "实际61.2%，未达年度指标≥65%"),
        id="h2-including-note-rate",
    ),
    # H3: a count in the target's measure word with another multiple (万) is converted
    pytest.param(
        "就业岗位",
        "≥15000个",
        "举办招聘会6场，提供岗位1.2万个",
        ("not_met", "实际12000个，未达年度指标≥15000个"),
        id="h3-wan-actual-plain-target",
    ),
    pytest.param(
        "就业岗位",
        "≥1.5万个",
        "举办招聘会6场，提供岗位12000个",
        ("not_met", "实际1.2万个，未达年度指标≥1.5万个"),
        id="h3-plain-actual-wan-target",
    ),
    pytest.param(
        "就业岗位",
        "≥15000个",
        "举办招聘会6次，提供岗位1.2万余个",
        ("unknown", "实际“举办招聘会6次，提供岗位1.2万余个”不是数值，无法与年度指标比较"),
        id="h3-about-word-still-a-bound",
    ),
    pytest.param(
        "就业岗位",
        "≥15000个",
        "新增岗位1.2万个，其他岗位3000个",
        ("unknown", "实际“新增岗位1.2万个，其他岗位3000个”不是数值，无法与年度指标比较"),
        id="h3-two-clauses-in-the-unit-unknown",
    ),
    # H4: a second clause with no label, in a known unit of its own
    pytest.param(
        "普查登记户数",
        "≥2.9万户",
        "登记2.86万户，8.12万人",
        ("not_met", "实际2.86万户，未达年度指标≥2.9万户"),
        id="h4-bare-clause-other-unit",
    ),
    pytest.param(
        "普查登记户数",
        "≥29000户",
        "走访28600户，81200人",
        ("not_met", "实际28600户，未达年度指标≥29000户"),
        id="h4-bare-clause-plain-figures",
    ),
    pytest.param(
        "普查登记户数",
        "≥29000户",
        "登记住户2.86万户，8.12万人",
        ("not_met", "实际28600户，未达年度指标≥29000户"),
        id="h4-bare-clause-wan-against-plain",
    ),
    pytest.param(
        "改造数量",
        "≥20座",
        "完成改造18座，2座待定",
        ("unknown", "实际“完成改造18座，2座待定”不是数值，无法与年度指标比较"),
        id="h4-bare-clause-of-no-unit-unchanged",
    ),
    # H6: two levels of a per-unit amount against a change in %
    pytest.param(
        "补助标准",
        "较上年提高≥10%",
        "由2.35万元/人·年提高至2.50万元/人·年",
        (
            "not_met",
            "实际由2.35万元/人·年提高至2.50万元/人·年（增长6.38%），未达年度指标较上年提高≥10%",
        ),
        id="h6-per-unit-levels",
    ),
    pytest.param(
        "补助标准",
        "较上年提高≥10%",
        "由23500元/人·年提高到25000元/人·年",
        (
            "not_met",
            "实际由23500元/人·年提高到25000元/人·年（增长6.38%），未达年度指标较上年提高≥10%",
        ),
        id="h6-per-unit-levels-yuan",
    ),
    pytest.param(
        "补助标准",
        "较上年提高≥10%",
        "由2.35万元/人·年提高至2.59万元/人·年",
        (
            "met",
            "实际由2.35万元/人·年提高至2.59万元/人·年（增长10.21%），达到年度指标较上年提高≥10%",
        ),
        id="h6-per-unit-levels-met",
    ),
    pytest.param(
        "补助标准",
        "较上年提高≥10%",
        "由2.35万元/人提高至2.50万元/户",
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="h6-two-per-units-unchanged",
    ),
    # H7: a price with the year left out, in another money multiple than the ·年 bar
    pytest.param(
        "存储单价",
        "≤800元/TB·年",
        "0.09万元/TB",
        ("not_met", "实际0.09万元/TB，超出年度指标≤800元/TB·年"),
        id="h7-wan-yuan-year-left-out",
    ),
    pytest.param(
        "存储单价",
        "≤0.08万元/TB·年",
        "900元/TB",
        ("not_met", "实际900元/TB，超出年度指标≤0.08万元/TB·年"),
        id="h7-yuan-wan-year-left-out",
    ),
    pytest.param(
        "存储单价",
        "≤800元/TB·年",
        "0.07万元/TB",
        ("met", "实际0.07万元/TB，达到年度指标≤800元/TB·年"),
        id="h7-met",
    ),
    pytest.param(
        "存储单价",
        "≤800元/TB·年",
        "0.01万元/TB",
        ("unknown", "实际0.01万元/TB与年度指标≤800元/TB·年单位不可比"),
        id="h7-too-small-for-a-year-unchanged",
    ),
    pytest.param(
        "存储单价",
        "≤800元/TB·月",
        "0.09万元/TB",
        ("unknown", "实际0.09万元/TB与年度指标≤800元/TB·月单位不可比"),
        id="h7-month-bar-unchanged",
    ),
    pytest.param(
        "存储单价",
        "≤800元/TB·年",
        "0.09万元/GB",
        ("unknown", "实际0.09万元/GB与年度指标≤800元/TB·年单位不可比"),
        id="h7-other-per-unit-unchanged",
    ),
    pytest.param(
        "补助标准",
        "≥2.5万元/人·年",
        "按25000元/人标准发放",
        ("met", "实际25000元/人·年，达到年度指标≥2.5万元/人·年"),
        id="h7-per-person-left-to-its-rules",
    ),
    # H9: 安置 and 落实 as steps, the whole 应… or 计划…
    pytest.param(
        "安置岗位落实率",
        "100%",
        "应安置68人，已安置62人",
        ("not_met", "实际应安置68人，已安置62人（按比例计为91.18%），未达年度指标=100%"),
        id="h9-due-then-placed",
    ),
    pytest.param(
        "安置岗位落实率",
        "100%",
        "计划安置68人，已安置68人",
        ("met", "实际计划安置68人，已安置68人（按比例计为100%），达到年度指标=100%"),
        id="h9-planned-then-placed-met",
    ),
    pytest.param(
        "安置岗位落实率",
        "100%",
        "应安置68人，已落实安置62人",
        ("not_met", "实际应安置68人，已落实安置62人（按比例计为91.18%），未达年度指标=100%"),
        id="h9-placement-carried-out",
    ),
    pytest.param(
        "就业率",
        "≥90%",
        "计划安置68人，已安置62人",
        ("unknown", "实际“计划安置68人，已安置62人”不是数值，无法与年度指标比较"),
        id="h9-name-of-another-step-unchanged",
    ),
    pytest.param(
        "培训合格率",
        "≥95%",
        "计划培训100人，已培训90人",
        ("unknown", "实际“计划培训100人，已培训90人”不是数值，无法与年度指标比较"),
        id="h9-no-step-unchanged",
    ),
    # M1: the year's new ones beside a total since the start
    pytest.param(
        "数据共享接口",
        "≥200个",
        "新增共享接口142个，累计538个",
        ("not_met", "实际142个，未达年度指标≥200个"),
        id="m1-new-beside-total",
    ),
    pytest.param(
        "数据共享接口",
        "≥200个",
        "新增共享接口142个，新增目录538个",
        ("unknown", "实际“新增共享接口142个，新增目录538个”不是数值，无法与年度指标比较"),
        id="m1-two-new-clauses-unchanged",
    ),
    # LOW: a per-week target in a year-end table keeps the year's wording
    pytest.param(
        "巡检频次",
        "每周1次",
        "共巡检50次",
        ("unknown", "年度指标“每周1次”按周计，无法与全年完成数直接对照，需人工判断"),
        id="low-per-week-year-end-unchanged",
    ),
    # M2: a count target with a noun phrase after its measure word
    pytest.param(
        "统计分析报告",
        "≥5篇统计分析报告获领导批示",
        "获市领导批示4篇",
        ("not_met", "实际4篇，未达年度指标≥5篇"),
        id="m2-count-target-with-noun",
    ),
    # M3: a share of a base as the target
    pytest.param(
        "财政资金执行进度",
        "≥序时进度的90%",
        "为序时进度的86%",
        ("not_met", "实际86%，未达年度指标≥90%"),
        id="m3-share-of-schedule",
    ),
    # H5: the part, then the whole its first step found (in a bracket or after a comma)
    pytest.param(
        "信访办结率",
        "≥95%",
        "办结108件（受理115件）",
        ("not_met", "实际办结108件（受理115件）（按比例计为93.91%），未达年度指标≥95%"),
        id="h5-whole-in-bracket",
    ),
    pytest.param(
        "信访办结率",
        "≥95%",
        "办结112件（受理115件）",
        ("met", "实际办结112件（受理115件）（按比例计为97.39%），达到年度指标≥95%"),
        id="h5-whole-in-bracket-met",
    ),
    pytest.param(
        "信访办结率",
        "≥95%",
        "办结108件，受理115件",
        ("not_met", "实际办结108件，受理115件（按比例计为93.91%），未达年度指标≥95%"),
        id="h5-whole-after-comma",
    ),
    pytest.param(
        "信访办结率",
        "≥95%",
        "办结108件（整改115件）",
        ("unknown", "实际108件与年度指标≥95%单位不可比"),
        id="h5-two-steps-no-whole-unchanged",
    ),
    pytest.param(
        "信访办结率",
        "≥95%",
        "办结108件（受理100件）",
        ("unknown", "实际108件与年度指标≥95%单位不可比"),
        id="h5-part-above-whole-unchanged",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), YEAR_END)
def test_year_end(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    assert year_end(name, target, actual) == expected


MID_YEAR = [
    pytest.param(
        GROUPS,
        "≥1500名",
        "1200名",
        "选聘普查员1,080名、指导员160名",
        ("pending", "on_track", "实际1240名，未达年度指标≥1500名，距年底尚有时间"),
        id="h1-two-groups-mid-year",
    ),
    pytest.param(
        "信访办结率",
        "≥95%",
        "95%",
        "办结108件（受理115件）",
        (
            "pending",
            "behind",
            "实际办结108件（受理115件）（按比例计为93.91%），未达年度指标≥95%，距年底尚有时间；实际93.91%落后于计划95%",
        ),
        id="h5-whole-in-bracket-mid-year",
    ),
    pytest.param(
        "安置岗位落实率",
        "100%",
        "100%",
        "计划安置68人，已安置62人",
        (
            "pending",
            "behind",
            (
                "实际计划安置68人，已安置62人（按比例计为91.18%），未达年度指标=100%，距年底尚有时间；"
                "实际91.18%落后于计划100%"
            ),
        ),
        id="h9-planned-then-placed-mid-year",
    ),
    pytest.param(
        "数据共享接口",
        "≥200个",
        "150个",
        "新增共享接口142个，累计538个",
        (
            "pending",
            "behind",
            "实际142个，未达年度指标≥200个，距年底尚有时间；实际142个落后于计划150个",
        ),
        id="m1-new-beside-total-mid-year",
    ),
    # LOW: the count of a 1-9月 table is the count to date, not the year's
    pytest.param(
        "巡检频次",
        "每周1次",
        "39次",
        "共巡检36次",
        (
            "unknown",
            "behind",
            "年度指标“每周1次”按周计，无法与累计完成数直接对照，需人工判断；实际36次落后于计划39次",
        ),
        id="low-per-week-count-to-date",
    ),
]


@pytest.mark.parametrize(("name", "target", "planned", "actual", "expected"), MID_YEAR)
def test_mid_year(
    name: str, target: str, planned: str, actual: str, expected: tuple[str, str, str]
) -> None:
    assert mid_year(name, target, planned, actual) == expected
