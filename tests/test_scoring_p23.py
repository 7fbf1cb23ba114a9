"""Direction targets, time limits and zero targets of parse23 (H1, M7, M8).

H1: a change target with no figure (较上年下降, 同比下降, 下降, 较上年降低, 较上年提高) is
judged against two levels the actual states (由112.5/万下降至104.3/万) by their order, as
under 较上年下降5% and 逐年下降; the baseline forms raise no target-not-measurable.
M8: a zero target with a note on its event's scope (不发生甲类(及按甲类管理的)传染病暴发) and
无甲类传染病暴发 are zero targets: judged as such, no target-not-measurable.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from scoring_builders import YEAR, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
FALL = "由112.5/万下降至104.3/万"
RISE = "由104.3/万上升至112.5/万"
RATE_FALL = "由1.12%下降至0.86%"
DEFECTS = "出生缺陷发生率"
MANAGED = "孕产妇系统管理率"
MISSED = ["missing-deviation-reason", "missing-category"]
VAGUE = ["target-not-measurable", "missing-category"]


def _met(actual: str, word: str) -> str:
    return f"实际“{actual}”，达到“{word}”"


def _missed(actual: str, word: str) -> str:
    return f"实际“{actual}”，未达到“{word}”"


DIRECTION_ROWS = [
    pytest.param(DEFECTS, "较上年下降", FALL, "met", _met(FALL, "下降"), ["missing-category"], id="last-year-fall"),
    pytest.param(DEFECTS, "较上年下降", RISE, "not_met", _missed(RISE, "下降"), MISSED, id="last-year-rise"),
    pytest.param(DEFECTS, "较上年下降", RATE_FALL, "met", _met(RATE_FALL, "下降"), ["missing-category"], id="last-year-rate-fall"),
    pytest.param(DEFECTS, "同比下降", FALL, "met", _met(FALL, "下降"), ["missing-category"], id="year-on-year-fall"),
    pytest.param(DEFECTS, "同比下降", RISE, "not_met", _missed(RISE, "下降"), MISSED, id="year-on-year-rise"),
    pytest.param(DEFECTS, "出生缺陷发生率较上年下降", FALL, "met", _met(FALL, "下降"), ["missing-category"], id="own-subject"),
    pytest.param(DEFECTS, "下降", FALL, "met", _met(FALL, "下降"), VAGUE, id="bare-word-fall"),
    pytest.param(DEFECTS, "下降", RISE, "not_met", _missed(RISE, "下降"), ["missing-deviation-reason", *VAGUE], id="bare-word-rise"),
    pytest.param(DEFECTS, "较上年降低", FALL, "met", _met(FALL, "降低"), ["missing-category"], id="lowered"),
    pytest.param(DEFECTS, "较上年降低", RISE, "not_met", _missed(RISE, "降低"), MISSED, id="lowered-rise"),
    pytest.param(MANAGED, "较上年提高", "由78.2%提高至81.6%", "met", _met("由78.2%提高至81.6%", "提高"), ["missing-category"], id="raised"),
    pytest.param(MANAGED, "较上年提高", "由81.6%下降至78.2%", "not_met", _missed("由81.6%下降至78.2%", "提高"), MISSED, id="raised-fall"),
    pytest.param(DEFECTS, "较上年下降5%", FALL, "met", "实际由112.5/万下降至104.3/万（下降7.29%），达到年度指标较上年下降5%", ["missing-category"], id="figured-unchanged"),
    pytest.param(DEFECTS, "逐年下降", FALL, "met", "实际由112.5/万下降至104.3/万（下降7.29%），达到年度指标逐年下降", ["missing-category"], id="yearly-count"),
    pytest.param(DEFECTS, "逐年下降", RATE_FALL, "met", "实际由1.12%下降至0.86%（下降0.26个百分点），达到年度指标逐年下降", ["missing-category"], id="yearly-rate"),
    pytest.param(DEFECTS, "同比下降", "同比下降3%", "met", _met("同比下降3%", "下降"), ["missing-category"], id="stated-change-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), DIRECTION_ROWS
)
def test_direction_target_against_levels(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator(name, target, actual, level2="质量指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


BRACKETED = "不发生甲类(及按甲类管理的)传染病暴发"
SCOPED = "不发生甲类及按甲类管理的传染病暴发"
ONE = "发生甲类传染病暴发1起"

ZERO_ROWS = [
    pytest.param(BRACKETED, "未发生", "met", f"实际“未发生”，达到“{BRACKETED}”", ["missing-category"], id="bracketed-none"),
    pytest.param(BRACKETED, ONE, "not_met", f"实际{ONE}，未达到“{BRACKETED}”", MISSED, id="bracketed-one"),
    pytest.param("不发生甲类（及按甲类管理的）传染病暴发", "未发生", "met", "实际“未发生”，达到“不发生甲类(及按甲类管理的)传染病暴发”", ["missing-category"], id="full-width-brackets"),
    pytest.param(SCOPED, "未发生", "met", f"实际“未发生”，达到“{SCOPED}”", ["missing-category"], id="scoped-none"),
    pytest.param(SCOPED, ONE, "not_met", f"实际{ONE}，未达到“{SCOPED}”", MISSED, id="scoped-one"),
    pytest.param("无甲类传染病暴发", "无", "met", "实际“无”，达到“无甲类传染病暴发”", ["missing-category"], id="none-of"),
    pytest.param("不发生甲类传染病暴发", ONE, "not_met", f"实际{ONE}，未达到“不发生甲类传染病暴发”", MISSED, id="plain-one"),
    pytest.param("不发生甲类传染病暴发", "发生乙类传染病暴发1起", "unknown", "实际“发生乙类传染病暴发1起”所指类别与年度指标“不发生甲类传染病暴发”不同，需人工判断", ["missing-category"], id="another-class"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation", "ids"), ZERO_ROWS)
def test_zero_target_with_scope_note(
    target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator("甲类传染病暴发", target, actual, level2="质量指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


# ---------------------------------------------------------------------------
# M7: days against months: a month is 28 to 31 days, certain at both ends, else unknown
# with the reason; no unit-mismatch

_BETWEEN = "1个月按28至31天计，结论随月份天数而异，需人工判断"

MONTH_ROWS = [
    pytest.param("确诊后1个月内随访", "均在确诊后20天内完成随访", "met", "实际不超过20天，达到年度指标≤1个月", ["missing-category"], id="within-real-cell"),
    pytest.param("1个月内", "28天", "met", "实际28天，达到年度指标≤1个月", ["missing-category"], id="shortest-month"),
    pytest.param("1个月内", "30天", "unknown", f"实际30天与年度指标≤1个月：{_BETWEEN}", ["missing-category"], id="between"),
    pytest.param("1个月内", "31天", "unknown", f"实际31天与年度指标≤1个月：{_BETWEEN}", ["missing-category"], id="longest-month"),
    pytest.param("1个月内", "32天", "not_met", "实际32天，超出年度指标≤1个月", MISSED, id="beyond"),
    pytest.param("1个月内", "45天内", "unknown", "实际不超过45天不能确定是否达到年度指标≤1个月", ["missing-category"], id="bound-beyond"),
    pytest.param("2个月内", "45天", "met", "实际45天，达到年度指标≤2个月", ["missing-category"], id="two-months"),
    pytest.param("≤31天", "1个月", "met", "实际1个月，达到年度指标≤31天", ["missing-category"], id="month-actual"),
    pytest.param("≤30天", "1个月", "unknown", f"实际1个月与年度指标≤30天：{_BETWEEN}", ["missing-category"], id="month-actual-between"),
    pytest.param("≤2天", "72小时", "not_met", "实际72小时已超出年度上限≤2天", MISSED, id="calendar-multiple-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation", "ids"), MONTH_ROWS)
def test_days_against_months(
    target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator("两癌筛查阳性病例随访", target, actual, level2="时效指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


# ---------------------------------------------------------------------------
# M6: text against text: a continuity word kept (met), a change with no family by its
# degree (有所好转 against 明显好转: partial, rule 5)

TEXT_ROWS = [
    pytest.param("长期稳定运行", "稳定运行", "met", "实际“稳定运行”，达到年度指标“长期稳定运行”", id="long-term-stable"),
    pytest.param("7×24小时不间断", "全年不间断运行", "met", "实际“全年不间断运行”，达到年度指标“7×24小时不间断”", id="uninterrupted"),
    pytest.param("明显好转", "有所好转", "partial", "实际“有所好转”，部分达到年度指标“明显好转”", id="weak-against-strong"),
    pytest.param("明显好转", "显著好转", "met", "实际“显著好转”，达到年度指标“明显好转”", id="strong-against-strong"),
    pytest.param("有所好转", "好转", "met", "实际“好转”，达到年度指标“有所好转”", id="bare-against-weak"),
    pytest.param("长期稳定运行", "基本稳定运行", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="partial-degree-left"),
    pytest.param("长期稳定运行", "全年不间断运行", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="another-word-left"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), TEXT_ROWS)
def test_text_against_text(target: str, actual: str, attainment: str, explanation: str) -> None:
    row = indicator("系统运行", target, actual, level1="效益指标", level2="可持续影响指标")
    verdict = score_one(row, period=AT_YEAR_END, kind=SELF).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
