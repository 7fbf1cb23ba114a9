"""False positives on clean tables (fp20): each rule with the report's rows.

H1: an actual holding the whole printed target with 足额 added (按期支付 | 按期足额支付) is met.
M1: the target restated with figures (每季度1次，全年4次; 97.8%，优于全省平均水平（97.1%）) is met.
M2: a status the plan names, with a note (施工中（预计10月底完工）), is on track.
M3: 无 against 0起 with a plan of 0起 is on track, as the verdict reads 无 as 0起.
M4: 按计划推进 against 提升 before the due date is pending.
L1: an audit reduction rate (工程结算审减率 ≥5%) raises no cost-not-ceiling.
L2: a level of government inserted (通过审定 | 已通过省级审定) is met.
L4: 每月15日前 | 按月发放 stays unknown, saying the day is not stated.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import (
    YEAR,
    finding_ids,
    indicator,
    self_evaluation_table,
    verdict_of,
)

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION

# ---------------------------------------------------------------------------
# H1, M1, L2, L4: attainment in a self-evaluation table at the year's end

SELF_ROWS = [
    # H1: the printed target held whole, 足额 added; the reason quotes it as printed
    pytest.param("债券利息支付", "按期支付", "按期足额支付", "met", "实际“按期足额支付”包含年度指标“按期支付”的全部内容，达到年度指标", id="paid-in-full"),
    pytest.param("补助发放", "按期发放", "按期足额发放", "met", "实际“按期足额发放”包含年度指标“按期发放”的全部内容，达到年度指标", id="granted-in-full"),
    pytest.param("债券利息支付", "按期支付", "部分按期足额支付", "partial", "实际“部分按期足额支付”，部分完成，未全部达到年度指标“按期支付”", id="part-paid"),
    pytest.param("债券利息支付", "按期支付", "按期支付给", "unknown", "实际“按期支付给”无法与年度指标“按期支付”对照", id="more-text-quotes-printed-target"),
    # M1: the restated target with the year's figure, or with figures around it
    pytest.param("抽检信息公布", "每季度1次", "每季度1次，全年4次", "met", "“每季度1次”全年计=4次；实际4次，达到年度指标=4次", id="restated-with-year-count"),
    pytest.param("抽检信息公布", "每季度1次", "每季度1次，全年3次", "not_met", "“每季度1次”全年计=4次；实际3次，未达年度指标=4次", id="restated-with-short-count"),
    pytest.param("抽检信息公布", "每季度1次", "每季度1次，按时公布", "unknown", "实际“每季度1次，按时公布”不是数值，无法与年度指标比较", id="restated-with-words"),
    pytest.param("抽检合格率", "优于全省平均水平", "优于全省平均水平（97.1%）", "met", "实际“优于全省平均水平（97.1%）”重述年度指标“优于全省平均水平”并注明数值，达到年度指标", id="level-with-bracket"),
    pytest.param("抽检合格率", "优于全省平均水平", "97.8%，优于全省平均水平（97.1%）", "met", "实际“97.8%，优于全省平均水平（97.1%）”重述年度指标“优于全省平均水平”并注明数值，达到年度指标", id="level-with-figure-and-bracket"),
    pytest.param("抽检合格率", "优于全省平均水平", "97.8%，优于全省平均水平", "met", "实际“97.8%，优于全省平均水平”重述年度指标“优于全省平均水平”并注明数值，达到年度指标", id="level-with-figure"),
    pytest.param("抽检合格率", "优于全省平均水平", "96.0%，低于全省平均水平（97.1%）", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="level-below"),
    pytest.param("抽检合格率", "优于全省平均水平", "优于全省平均水平（部分县未达到97.1%）", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="bracket-saying-less"),
    # L2: a level of government inserted in the phrase
    pytest.param("新品种审定", "通过审定", "已通过省级审定", "met", "实际“已通过省级审定”包含年度指标“通过审定”的全部内容，达到年度指标", id="level-word-inserted"),
    pytest.param("新品种审定", "通过省级审定", "已通过市级审定", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="another-level"),
    # L4: how often, not by which day
    pytest.param("补贴发放", "每月15日前", "按月发放", "unknown", "实际“按月发放”只说明周期，未写明是否在15日前完成，是否达到年度指标“每月15日前”需人工判断", id="monthly-no-day"),
    pytest.param("补贴发放", "每月15日前", "每月15日前发放到位", "met", "实际“每月15日前发放到位”，按期完成，达到年度指标“每月15日前”", id="monthly-day-kept"),
    # M4 at the due date: going to plan is no result
    pytest.param("医疗服务能力", "提升", "按计划推进", "unknown", "实际“按计划推进”无法与年度指标“提升”对照", id="as-planned-at-due"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), SELF_ROWS)
def test_self_evaluation_attainment(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name, target, actual, level2="质量指标")
    verdict = verdict_of(row, period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


# ---------------------------------------------------------------------------
# M2, M3, M4: attainment and progress in a 1-8月 tracking table

TRACKING_ROWS = [
    # M2: the plan's own status, with a forecast note
    pytest.param("全部完工时间", "2023年11月30日前", "施工中", "施工中（预计10月底完工）", "pending", "on_track", "实际“施工中（预计10月底完工）”，截止日期2023-11-30未到", id="same-status-noted"),
    pytest.param("全部完工时间", "2023年11月30日前", "施工中", "未开工（预计10月开工）", "pending", "behind", "实际“未开工（预计10月开工）”，截止日期2023-11-30未到；实际“未开工（预计10月开工）”未达到计划“施工中”", id="status-below-plan"),
    # M3: none of the event against a plan of 0起
    pytest.param("安全生产事故", "0起", "0起", "无", "met", "on_track", "实际0起，达到年度指标=0起", id="none-against-zero-plan"),
    pytest.param("安全生产事故", "0起", "0起", "未发生", "met", "on_track", "实际0起，达到年度指标=0起", id="not-happened-against-zero-plan"),
    pytest.param("安全生产事故", "0起", "0起", "发生1起", "not_met", "behind", "实际1起已超出年度上限=0起，无法挽回；实际1起超出计划0起", id="one-against-zero-plan"),
    # M4: the work going as planned before the due date
    pytest.param("医疗服务能力", "提升", "按计划推进", "按计划推进", "pending", "on_track", "实际“按计划推进”，工作按计划推进，截止日期未到", id="as-planned"),
    pytest.param("医疗服务能力", "提升", "提升", "进展顺利", "pending", "unknown", "实际“进展顺利”，工作按计划推进，截止日期未到", id="going-well"),
    # going slowly is behind the plan (parse53 M1; its progress was unknown)
    pytest.param("医疗服务能力", "提升", "提升", "进展缓慢", "unknown", "behind", "实际“进展缓慢”无法与年度指标“提升”对照；进度落后于计划“提升”", id="going-slowly"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "planned", "actual", "attainment", "progress", "explanation"),
    TRACKING_ROWS,
)
def test_tracking_progress(  # noqa: PLR0913, PLR0917 - one per column of the case
    name: str,
    target: str,
    planned: str,
    actual: str,
    attainment: str,
    progress: str,
    explanation: str,
) -> None:
    row = indicator(name, target, actual, planned, level2="质量指标")
    verdict = verdict_of(row)
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        attainment,
        progress,
        explanation,
    )


# ---------------------------------------------------------------------------
# L1: savings rates are better higher


CEILINGS = [
    pytest.param("工程结算审减率", "≥5%", "6.8%", False, id="audit-reduction-rate"),
    pytest.param("工程结算审减额", "≥50万元", "68万元", False, id="audit-reduction-amount"),
    pytest.param("工程造价", "≥500万元", "480万元", True, id="cost-still-capped"),
]


@pytest.mark.parametrize(("name", "target", "actual", "raised"), CEILINGS)
def test_cost_not_ceiling(name: str, target: str, actual: str, *, raised: bool) -> None:
    rows = [indicator(name, target, actual, level1="成本指标", level2="经济成本指标")]
    card = score(self_evaluation_table(rows))
    assert ("cost-not-ceiling" in finding_ids(card)) is raised
