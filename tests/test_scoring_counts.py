"""Counts written in a sentence (fix-counts), each through ``perftrack.score``.

1. Two counts side by side (``2期120人次``): the one in the target's unit is the actual.
2. The works done beside those under way (``完成改造18座，2座在建``): the count done.
3. A star level with what it was given for (``二星级设计标识``): the star level.
4. A schedule and the count of the table's period (``每季度1次，1-8月共3次`` in a 1-8月
   table): that count, on track when it reaches the quarters ended (regress34 W5).
5. A status note read as text saying the delay is made up: on track.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import YEAR, indicator, self_evaluation_table, tracking_table

AT_YEAR_END = (YEAR, 1, YEAR, 12)
IN_AUGUST = (YEAR, 1, YEAR, 8)
SELF = TableKind.SELF_EVALUATION
TRACKING = TableKind.TRACKING

_NOT_A_NUMBER = "不是数值，无法与年度指标比较"

CASES = [
    # 1. two counts side by side: the one in the target's unit
    pytest.param("培训期数", "≥2期", "2期120人次", None, SELF, "met", "not_applicable", "实际2期，达到年度指标≥2期", id="first-count-is-the-measure"),
    pytest.param("培训人次", "≥100人次", "2期120人次", None, SELF, "met", "not_applicable", "实际120人次，达到年度指标≥100人次", id="second-count-in-the-unit"),
    pytest.param("培训人次", "≥100人次", "2期80人次", None, SELF, "not_met", "not_applicable", "实际80人次，未达年度指标≥100人次", id="second-count-short"),
    pytest.param("培训人数", "≥100人", "2期120人次", None, SELF, "unknown", "not_applicable", "实际“2期120人次”" + _NOT_A_NUMBER, id="no-count-in-the-unit"),
    # 2. done beside under way: the count done
    pytest.param("老旧桥梁改造", "=20座", "完成改造18座，2座在建", None, SELF, "not_met", "not_applicable", "实际18座，未达年度指标=20座", id="done-beside-under-way-year-end"),
    pytest.param("老旧桥梁改造", "=20座", "2座在建，完成改造18座", None, SELF, "not_met", "not_applicable", "实际18座，未达年度指标=20座", id="under-way-first"),
    pytest.param("老旧桥梁改造", "=20座", "完成改造18座，2座在建", "15座", TRACKING, "pending", "on_track", "实际18座，未达年度指标=20座，距年底尚有时间", id="mid-year-ahead-of-plan"),
    pytest.param("老旧桥梁改造", "=20座", "完成改造18座，2座在建", "19座", TRACKING, "pending", "behind", "实际18座，未达年度指标=20座，距年底尚有时间；实际18座落后于计划19座", id="mid-year-behind-plan"),
    pytest.param("老旧桥梁改造", "=20座", "完成改造18座，2座待定", None, SELF, "unknown", "not_applicable", "实际“完成改造18座，2座待定”" + _NOT_A_NUMBER, id="other-clause-stays-unknown"),
    # 3. a star level with what it was given for
    pytest.param("绿色建筑等级", "二星级", "二星级设计标识", None, SELF, "met", "not_applicable", "实际2星级，达到年度指标=2星级", id="star-with-label"),
    pytest.param("绿色建筑等级", "二星级", "获得二星级绿色建筑设计标识", None, SELF, "met", "not_applicable", "实际2星级，达到年度指标=2星级", id="star-in-words"),
    pytest.param("绿色建筑等级", "二星级", "一星级设计标识", None, SELF, "not_met", "not_applicable", "实际1星级，未达年度指标=2星级", id="lower-star-with-label"),
    pytest.param("绿色建筑等级", "二星级", "三星级", None, SELF, "met", "not_applicable", "实际3星级，达到年度指标=2星级", id="higher-star-is-better"),
    pytest.param("绿色建筑等级", "三星级", "二星级", None, SELF, "not_met", "not_applicable", "实际2星级，未达年度指标=3星级", id="lower-star-is-worse"),
    pytest.param("绿色建筑等级", "二星级", "未获得二星级设计标识", None, SELF, "unknown", "not_applicable", "实际“未获得二星级设计标识”" + _NOT_A_NUMBER, id="star-not-held"),
    # 4. the count of the table's period after the schedule
    pytest.param("安全检查次数", "≥4次", "每季度1次，1-8月共3次", None, TRACKING, "pending", "on_track", "实际3次，未达年度指标≥4次，距年底尚有时间", id="period-count-against-a-floor"),
    pytest.param("安全检查次数", "每季度1次", "每季度1次，1-8月共3次", None, TRACKING, "pending", "on_track", "“每季度1次”全年计=4次；实际3次，未达年度指标=4次，距年底尚有时间", id="period-count-against-the-schedule"),
    pytest.param("安全检查次数", "≥4次", "每季度1次，1-8月共2次", None, TRACKING, "pending", "on_track", "实际2次，未达年度指标≥4次，距年底尚有时间", id="period-count-two-quarters-ended-on-track-regress34-w5-the-third-is-under-way"),
    pytest.param("安全检查次数", "≥4次", "每季度1次，1-8月共1次", None, TRACKING, "pending", "behind", "实际1次，未达年度指标≥4次，距年底尚有时间；实际1次落后于按“每季度1次”截至期末应完成的2次", id="period-count-behind-the-quarters-ended"),
    pytest.param("安全检查次数", "每季度1次", "每季度1次，上半年2次", None, TRACKING, "unknown", "not_applicable", "实际“每季度1次，上半年2次”" + _NOT_A_NUMBER, id="another-part-of-the-year"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "kind", "attainment", "progress", "explanation"),
    CASES,
)
def test_a_count_in_a_sentence(  # noqa: PLR0913, PLR0917 - one per column of the case
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


def test_a_period_count_is_the_tables_own() -> None:
    # 1-8月 in a 1-6月 table is no count of its period: unknown, as before
    row = indicator("安全检查次数", "≥4次", "每季度1次，1-8月共3次")
    verdict = score(tracking_table([row], period=(YEAR, 1, YEAR, 6))).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (
        "unknown",
        "实际“每季度1次，1-8月共3次”" + _NOT_A_NUMBER,
    )


RECOVERIES = [
    pytest.param("施工中（已追回滞后进度）", "on_track", "", id="caught-up-in-the-note"),
    pytest.param("施工中（滞后已追回）", "on_track", "", id="delay-made-up-in-the-note"),
    pytest.param("滞后已追回", "on_track", "", id="delay-made-up-alone"),
    pytest.param("已追回滞后进度", "on_track", "", id="caught-up-alone"),
    pytest.param("施工中（进度滞后）", "behind", "；实际“施工中（进度滞后）”注明“滞后”，进度落后于计划“施工中”", id="still-behind"),
    pytest.param("施工中（进度滞后，正在追回）", "behind", "；实际“施工中（进度滞后，正在追回）”注明“滞后”，进度落后于计划“施工中”", id="recovery-under-way-is-none"),
    pytest.param("施工中（8月已复工）", "unknown", "", id="resumed-leaves-the-pace-open"),
]  # fmt: skip


@pytest.mark.parametrize(("actual", "progress", "behind_why"), RECOVERIES)
def test_a_status_note_read_as_text_with_the_delay_made_up(
    actual: str, progress: str, behind_why: str
) -> None:
    # the explanation says why only when behind (an on-track reason is not shown)
    row = indicator("工程建设", "2023年12月底前完工", actual, "施工中", level2="时效指标")
    verdict = score(tracking_table([row], period=IN_AUGUST)).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        "pending",
        progress,
        f"实际“{actual}”，截止日期2023-12-31未到{behind_why}",
    )
