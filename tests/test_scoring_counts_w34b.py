"""Counts in a sentence the rules do not understand stay unknown (regress34, fix-w34b).

W2: a duration in two units (``3个月10天``), a range (``3至5次``), a cumulative total
(``累计建成18座``), a stage of the work (``完成主体施工18座``) and another thing's or a
revoked star level (``配套酒店为三星级``, ``三星级运行标识已撤销``) are no count of the
indicator. W3: a note is on track only when it says the delay is made up and nothing
says it is still late. W5: a schedule's count is due for the periods *ended* by the
table's end month (by August one half-year, two quarters).
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import YEAR, indicator, self_evaluation_table, tracking_table

IN_AUGUST = (YEAR, 1, YEAR, 8)
SELF = TableKind.SELF_EVALUATION
TRACKING = TableKind.TRACKING

_NOT_A_NUMBER = "不是数值，无法与年度指标比较"


def _unknown(actual: str) -> str:
    return f"实际“{actual}”{_NOT_A_NUMBER}"


COUNTS = [
    # W2: two figures side by side that are not two counts
    pytest.param("施工工期", "≤90天", "3个月10天", None, SELF, "unknown", "not_applicable", _unknown("3个月10天"), id="w2-duration-in-two-units-is-not-10-days"),
    pytest.param("项目建设周期", "≤4个月", "3个月20天", None, SELF, "unknown", "not_applicable", _unknown("3个月20天"), id="w2-duration-in-two-units-is-not-3-months"),
    pytest.param("巡查频次", "≥4次", "3至5次", None, SELF, "unknown", "not_applicable", "实际为区间3次—5次，跨越年度指标≥4次，无法判断是否达到，需人工判断", id="w2-range-is-not-its-top"),
    pytest.param("培训人次", "≥100人次", "2期120人次", None, SELF, "met", "not_applicable", "实际120人次，达到年度指标≥100人次", id="w2-two-counts-still-read"),
    # W2: a cumulative total or a stage of the work is not the work done this year
    pytest.param("新建污水处理站", "≥5座", "累计建成18座，2座在建", None, SELF, "unknown", "not_applicable", _unknown("累计建成18座，2座在建"), id="w2-cumulative-total-is-not-the-years"),
    pytest.param("公厕改造座数", "≥18座", "完成主体施工18座，2座在建", None, SELF, "unknown", "not_applicable", _unknown("完成主体施工18座，2座在建"), id="w2-main-structure-is-a-stage"),
    pytest.param("公厕改造座数", "≥18座", "完成招标18座，2座在建", None, SELF, "unknown", "not_applicable", _unknown("完成招标18座，2座在建"), id="w2-tendering-is-a-stage"),
    pytest.param("农村公路桥梁建设", "≥10座", "完成前期手续10座，2座在建", None, SELF, "unknown", "not_applicable", _unknown("完成前期手续10座，2座在建"), id="w2-paperwork-is-a-stage"),
    pytest.param("老旧小区改造", "≥12个", "已完成改造10个，2个施工中", None, SELF, "not_met", "not_applicable", "实际10个，未达年度指标≥12个", id="w2-works-done-still-read"),
    # W2: a star level of another thing, revoked, or a standard built to
    pytest.param("绿色建筑等级", "二星级", "配套酒店为三星级", None, SELF, "unknown", "not_applicable", _unknown("配套酒店为三星级"), id="w2-a-hotels-stars"),
    pytest.param("绿色建筑等级", "二星级", "三星级运行标识已撤销", None, SELF, "unknown", "not_applicable", _unknown("三星级运行标识已撤销"), id="w2-revoked-label"),
    pytest.param("绿色建筑等级", "二星级", "三星级标识已取消", None, SELF, "unknown", "not_applicable", _unknown("三星级标识已取消"), id="w2-cancelled-label"),
    pytest.param("绿色建筑等级", "三星级", "按三星级标准设计施工", None, SELF, "unknown", "not_applicable", _unknown("按三星级标准设计施工"), id="w2-built-to-the-standard-holds-no-label"),
    pytest.param("绿色建筑等级", "二星级", "获得二星级绿色建筑运行标识", None, SELF, "met", "not_applicable", "实际2星级，达到年度指标=2星级", id="w2-operation-label-still-read"),
    pytest.param("旅游饭店星级", "≥三星级", "通过四星级饭店评定", None, SELF, "met", "not_applicable", "实际4星级，达到年度指标≥3星级", id="w2-the-named-things-stars-still-read"),
    # W5: the periods ended by August are due, not those begun
    pytest.param("应急演练次数", "≥2次", "每半年1次，1-8月共1次", None, TRACKING, "pending", "on_track", "实际1次，未达年度指标≥2次，距年底尚有时间", id="w5-one-half-year-ended-one-due"),
    pytest.param("专题会议次数", "≥2次", "每半年召开1次，1-8月共1次", None, TRACKING, "pending", "on_track", "实际1次，未达年度指标≥2次，距年底尚有时间", id="w5-one-half-year-ended-one-meeting-due"),
    pytest.param("安全检查次数", "≥4次", "每季度1次，1-8月共2次", None, TRACKING, "pending", "on_track", "实际2次，未达年度指标≥4次，距年底尚有时间", id="w5-two-quarters-ended-two-due"),
    pytest.param("安全检查次数", "≥4次", "每季度1次，1-8月共1次", None, TRACKING, "pending", "behind", "实际1次，未达年度指标≥4次，距年底尚有时间；实际1次落后于按“每季度1次”截至期末应完成的2次", id="w5-short-of-the-quarters-ended"),
    pytest.param("督查次数", "≥24次", "每月2次，1-8月共15次", None, TRACKING, "pending", "behind", "实际15次，未达年度指标≥24次，距年底尚有时间；实际15次落后于按“每月2次”截至期末应完成的16次", id="w5-months-ended-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "kind", "attainment", "progress", "explanation"),
    COUNTS,
)
def test_a_count_the_rules_do_not_understand(  # noqa: PLR0913, PLR0917 - one per column
    name: str,
    target: str,
    actual: str,
    planned: str | None,
    kind: TableKind,
    attainment: str,
    progress: str,
    explanation: str,
) -> None:
    row = indicator(name, target, actual, planned=planned)
    table = (
        self_evaluation_table([row]) if kind is SELF else tracking_table([row], period=IN_AUGUST)
    )
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        attainment,
        progress,
        explanation,
    )


def test_a_half_year_not_ended_asks_nothing() -> None:
    # W5: in a 1-5月 table no half-year has ended: no count is due, no plan (as before)
    row = indicator("应急演练次数", "≥2次", "每半年1次，1-5月共0次")
    verdict = score(tracking_table([row], period=(YEAR, 1, YEAR, 5))).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "not_applicable")


NOTES = [
    pytest.param("施工中（已追回10天，仍滞后20天）", "unknown", id="w3-still-behind-after-some-days"),
    pytest.param("施工中（已赶上部分进度，预计2024年3月完工）", "behind", id="w3-part-caught-up-forecast-past-due"),
    pytest.param("施工中（已追回拖欠工程款，进度滞后）", "unknown", id="w3-money-recovered-not-the-delay"),
    pytest.param("施工中（已追回滞后进度，预计2024年3月完工）", "behind", id="w3-caught-up-but-forecast-past-due"),
    pytest.param("施工中（已追回违规资金）", "on_track", id="w3-no-delay-told-at-the-plans-status"),
    pytest.param("施工中（已追回滞后进度）", "on_track", id="w3-delay-made-up"),
    pytest.param("施工中（已赶上进度）", "on_track", id="w3-caught-up-with-the-schedule"),
    pytest.param("施工中（滞后已追回，预计2023年11月完工）", "on_track", id="w3-made-up-forecast-in-time"),
]  # fmt: skip


@pytest.mark.parametrize(("actual", "progress"), NOTES)
def test_a_note_is_caught_up_only_when_nothing_is_still_late(actual: str, progress: str) -> None:
    row = indicator("工程建设", "2023年12月底前完工", actual, "施工中", level2="时效指标")
    verdict = score(tracking_table([row], period=IN_AUGUST)).verdicts[0]
    # a forecast past the due date in the cell is behind, whatever is made up (k27b)
    late = "；实际注明“预计2024年3月完工”，晚于截止日期2023-12-31" if progress == "behind" else ""
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        "pending",
        progress,
        f"实际“{actual}”，截止日期2023-12-31未到{late}",
    )
