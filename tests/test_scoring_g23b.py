"""Prose actuals read as counts and shares at year end and mid-year (g23b).

parse22 M3: a count done beside a remainder clause (完成改造53个小区，3个…暂缓实施,
已加装48部，在建15部) and a count in Chinese numerals (开展检查三次).
parse22 M4: all-done wordings (应处理尽处理, 均已设置, 全部完成) and a part of a whole
(29个中心中28个能提供) against 100%.
parse22 M5: two group rates in one cell on the same side of a floor.
parse20 M3: the count in the target's unit among counts of other units.
A miss read so in a 自评表 whose 得分 is the full 分值 gives full-points-not-met.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.model import TableKind
from scoring_builders import YEAR, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
MID_YEAR = (YEAR, 1, YEAR, 6)
SELF = TableKind.SELF_EVALUATION
TRACKING = TableKind.TRACKING
FULL = "full-points-not-met"

YEAR_END_ROWS = [
    # parse22 M3: the count done, the rest put off or under way is not done
    pytest.param("老旧小区改造数量", "56个", "完成改造53个小区，3个因居民意见未统一暂缓实施", "5", "not_met", "实际53个，未达年度指标=56个", "4.73", id="m3-done-then-put-off"),
    pytest.param("加装电梯数量", "不少于60部", "已加装48部，在建15部", "4", "not_met", "实际48部，未达年度指标≥60部", "3.20", id="m3-fitted-then-under-way"),
    pytest.param("老旧小区改造数量", "≥12个", "已完成改造12个，2个暂缓实施", "5", "met", "实际12个，达到年度指标≥12个", "5.00", id="m3-done-enough"),
    # parse22 M3: a count in Chinese numerals after the verb and noun
    pytest.param("检查次数", "不少于4次", "开展检查三次", "5", "not_met", "实际3次，未达年度指标≥4次", "3.75", id="m3-chinese-numeral-miss"),
    pytest.param("活动场次", "≥20场", "开展“中医药进社区”活动二十三场", "5", "met", "实际23场，达到年度指标≥20场", "5.00", id="m3-chinese-numeral-met"),
    # parse20 M3: the count in the target's unit among counts of other units
    pytest.param("受益农户数", "≥1200户", "受益农户1085户、合作社46个", "4", "not_met", "实际1085户，未达年度指标≥1200户", "3.62", id="p20-m3-count-among-others"),
    # parse22 M5: two group rates on the same side of the floor
    pytest.param("免疫密度", "≥90%", "禽流感95.2%，口蹄疫93.8%", "10", "met", "实际口蹄疫93.8%（两类对象中较低者），达到年度指标≥90%", "10.00", id="m5-both-above"),
    pytest.param("免疫密度", "≥90%", "禽流感95.2%，口蹄疫86.8%", "10", "not_met", "实际口蹄疫86.8%（两类对象中较低者），未达年度指标≥90%", "9.64", id="m5-one-below"),
    # parse22 M4: all done against 100%, or a part of a whole
    pytest.param("问题处理率", "100%", "应处理尽处理", "4", "met", "实际100%，达到年度指标=100%", "4.00", id="m4-all-due-done"),
    pytest.param("中医馆设置率", "100%", "全市38个乡镇卫生院均已设置中医馆", "4", "met", "实际100%，达到年度指标=100%", "4.00", id="m4-each-one"),
    pytest.param("政治考核完成率", "100%", "全部完成政治考核", "4", "met", "实际100%，达到年度指标=100%", "4.00", id="m4-all-done"),
    pytest.param("服务提供率", "100%", "29个中心中28个能提供", "4", "not_met", "实际96.55%，未达年度指标=100%", "3.86", id="m4-part-of-whole"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "weight", "attainment", "explanation", "points"), YEAR_END_ROWS
)
def test_year_end_prose_actual(  # noqa: PLR0913, PLR0917 - one per column of the table
    name: str,
    target: str,
    actual: str,
    weight: str,
    attainment: str,
    explanation: str,
    points: str,
) -> None:
    row = indicator(name, target, actual, weight=weight, points=weight, reason="客观原因")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        attainment,
        "not_applicable",
        explanation,
    )
    assert card.points is not None
    assert card.points.items[0].points == Decimal(points)
    # the printed 得分 is the full 分值: a miss says so
    assert (FULL in finding_ids(card)) == (attainment == "not_met")


def _prose(actual: str) -> str:
    return f"实际“{actual}”不是数值，无法与年度指标比较"


NOT_READ_ROWS = [
    pytest.param("问题处理率", "100%", "部分完成政治考核", "unknown", _prose("部分完成政治考核"), id="partly-done"),
    pytest.param("满意度", "100%", "群众均表示满意", "unknown", "实际“群众均表示满意”为文字评价，满意度应填写调查得出的百分比，无法与年度指标=100%比较", id="survey-answer"),
    pytest.param("满意率", "≥90%", "满意率91.3%，基本满意率6.1%", "met", "实际91.3%（“满意率91.3%，基本满意率6.1%”中指标名称所指的数），达到年度指标≥90%", id="two-measures"),
    pytest.param("禽流感免疫密度", "≥90%", "禽流感95.2%，口蹄疫86.8%", "unknown", _prose("禽流感95.2%，口蹄疫86.8%"), id="name-picks-a-group"),
    pytest.param("检查次数", "≥4次", "计划开展检查三次", "unknown", _prose("计划开展检查三次"), id="a-plan-in-words"),
    pytest.param("检查次数", "≥4次", "开展第三次检查", "unknown", _prose("开展第三次检查"), id="an-ordinal"),
    pytest.param("病死畜禽无害化处理", "≥8万头", "处理病死猪3.6万头，病死禽12万羽", "unknown", _prose("处理病死猪3.6万头，病死禽12万羽"), id="parts-of-one-measure"),
    pytest.param("受益户数", "≥1200户", "计划受益1200户、合作社46个", "unknown", _prose("计划受益1200户、合作社46个"), id="a-plan-among-counts"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), NOT_READ_ROWS)
def test_prose_not_read_as_a_figure(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name, target, actual, weight="4", points="4")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert FULL not in finding_ids(card)


MID_YEAR_ROWS = [
    pytest.param("新建数量", "新建8个", "已建成5个，3个装修中", "6个", "pending", "behind", id="m3-done-then-fitting-out"),
    pytest.param("活动场次", "30场", "开展“中医药进社区”活动二十三场", "15场", "pending", "on_track", id="m3-numeral-ahead"),
    pytest.param("活动场次", "30场", "开展活动十二场", "15场", "pending", "behind", id="m3-numeral-behind"),
    pytest.param("服务提供率", "100%", "29个中心中28个能提供", "100%", "pending", "behind", id="m4-part-of-whole"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "attainment", "progress"), MID_YEAR_ROWS
)
def test_mid_year_prose_actual(  # noqa: PLR0913, PLR0917 - one per column of the table
    name: str, target: str, actual: str, planned: str, attainment: str, progress: str
) -> None:
    row = indicator(name, target, actual, planned)
    verdict = score_one(row, period=MID_YEAR, kind=TRACKING).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == (attainment, progress)
