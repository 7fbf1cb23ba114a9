"""parse56 F1, F3, F4, F11: a step done then later work, one scale of marked effects,
subjects and plans around a word, and a status of work held against a count.

Each row is read in the probe tables (a 2025 自评表 at the year's end, or a 2025 跟踪表 of
January to September) under the 一级/二级 category the case names.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import parse_value
from probe_tables import BUDGET, GOAL, GRID, SELF, TRACK_TAIL, track_head


def _self(category: str, name: str, target: str, actual: str) -> tuple[str, str]:
    """Attainment and explanation of one row of the 2025 自评表 under *category*."""
    first, second = category.split("/")
    row = f"\t{first}\t{second}\t{name}\t{target}\t{actual}\t2\t2\t"
    table = perftrack.read_text("\n".join([*SELF, *BUDGET, *GOAL, GRID, row]))[0]
    verdict = perftrack.score(table).verdicts[0]
    return verdict.attainment.value, verdict.explanation


def _track(category: str, name: str, target: str, plan: str, actual: str) -> tuple[str, str, str]:
    """Progress, attainment and explanation of one row of the 2025 跟踪表 (1-9月)."""
    first, second = category.split("/")
    row = f"{first}\t{second}\t{name}\t{target}\t{plan}\t{actual}\t"
    table = perftrack.read_text("\n".join([*track_head(9), row, *TRACK_TAIL]))[0]
    verdict = perftrack.score(table).verdicts[0]
    progress = verdict.progress.value if verdict.progress else ""
    return progress, verdict.attainment.value, verdict.explanation


LASTING = "效益指标/可持续影响指标"
SOCIAL = "效益指标/社会效益指标"
QUALITY = "产出指标/质量指标"
COUNT = "产出指标/数量指标"

# F1: the step the target asks said done, then later work under way.
STEP_THEN_NEXT = [
    (LASTING, "长效机制", "建立", "已建立，正在完善", "met", "达到“建立”"),
    (LASTING, "长效机制", "建立健全", "已建立，正在完善", "met", "达到“健全”"),
    (LASTING, "长效机制", "建立健全", "已建立正在完善", "met", "达到“健全”"),
    (LASTING, "管护机制", "建立", "已建立，并正在推广", "met", "达到“建立”"),
    (LASTING, "信息平台", "建成", "已建成，正在试运行", "met", "已完成"),
    (
        QUALITY,
        "工程完工",
        "完工",
        "已完工，正在办理结算",
        "met",
        "实际“已完工，正在办理结算”，“完工”已完成（“办理结算”为其后的工作），达到年度指标“完工”",
    ),
    (QUALITY, "工程完工", "完工", "已完工，正在验收", "met", "“验收”为其后的工作"),
    (QUALITY, "工程完工", "完工", "已完工，待验收", "met", "“验收”为其后的工作"),
    (LASTING, "管理制度", "制定", "已制定，正在修订完善", "met", "“修订完善”为其后的工作"),
    (
        LASTING,
        "信息平台",
        "建成运行",
        "已建成，正在调试",
        "partial",
        "实际“已建成，正在调试”，“建成”已完成，“运行”尚未完成，部分达成",
    ),
    (LASTING, "信息平台", "建成运行", "已建成，正在试运行", "partial", "“运行”尚未完成"),
    # the later work is the target's own: it decides
    (LASTING, "长效机制", "完善", "已建立，正在完善", "partial", "部分达到“完善”"),
    (LASTING, "长效机制", "健全", "已建立，正在健全", "partial", "部分达到“健全”"),
    (QUALITY, "工程结算", "完成结算", "已完工，正在办理结算", "not_met", "尚未完成"),
    # an early step done is no step of the target
    (LASTING, "信息平台", "建成", "已完成招标，正在施工", "not_met", "年底仍未完成"),
]


@pytest.mark.parametrize(
    ("category", "name", "target", "actual", "attainment", "why"), STEP_THEN_NEXT
)
def test_step_then_next(  # noqa: PLR0913, PLR0917 - one per column
    category: str, name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    got, explanation = _self(category, name, target, actual)
    assert (got, why in explanation) == (attainment, True), explanation


def test_step_then_next_tracked() -> None:
    assert _track(LASTING, "长效机制", "建立", "建立", "已建立，正在完善")[:2] == (
        "on_track",
        "met",
    )


# F3: one scale: 明显 = 显著 (and stronger: 非常明显, 十分显著; with a subject: 效果明显) above
# 较明显 = 较为明显 = 比较明显 = 较显著 = 效果较明显.
MARKED = [
    ("显著", "较明显", "partial"),
    ("显著", "较为明显", "partial"),
    ("显著", "比较明显", "partial"),
    ("显著", "较显著", "partial"),
    ("显著", "效果较明显", "partial"),
    ("明显", "较明显", "partial"),
    ("明显", "较显著", "partial"),
    ("效果明显", "较明显", "partial"),
    ("效果显著", "较为显著", "partial"),
    ("显著", "明显", "met"),
    ("明显", "显著", "met"),
    ("显著", "非常明显", "met"),
    ("明显", "十分显著", "met"),
    ("效果显著", "十分显著", "met"),
    ("较明显", "比较明显", "met"),
    ("较明显", "较显著", "met"),
    ("较明显", "显著", "met"),
    ("较明显", "非常明显", "met"),
    ("显著", "一般", "not_met"),
    ("明显", "不明显", "not_met"),
]


@pytest.mark.parametrize(("target", "actual", "attainment"), MARKED)
def test_marked_scale(target: str, actual: str, attainment: str) -> None:
    got, explanation = _self(SOCIAL, "社会影响", target, actual)
    assert got == attainment, explanation
    if attainment == "partial":
        assert explanation == f"实际“{actual}”，程度低于年度指标“{target}”，部分达成"


@pytest.mark.parametrize("text", ["十分满意", "十分显著", "十分稳定", "十分及时"])
def test_very_is_a_degree(text: str) -> None:
    assert parse_value(text) == perftrack.TextValue(text)


@pytest.mark.parametrize(
    ("text", "unit"), [("十分钟", "分钟"), ("十分", "分"), ("十分以上", "分"), ("十分左右", "分")]
)
def test_ten_points_stay_a_figure(text: str, unit: str) -> None:
    value = parse_value(text)
    assert isinstance(value, perftrack.Quantity)
    assert (value.value, value.unit) == (10, unit)


# F4: a subject before the word, on either side; the word under way with 中; a plan for a
# later year; 已实现 before a phrase of 100%.
WORDED = [
    (LASTING, "制度建设", "制度健全", "已健全", "met", "（“制度”为年度指标“制度健全”的主体）"),
    (LASTING, "制度建设", "制度健全", "健全", "met", "达到“健全”"),
    (LASTING, "制度建设", "制度健全", "不健全", "not_met", "未达到“健全”"),
    (LASTING, "制度建设", "制度完善", "已完善", "met", "达到“完善”"),
    (LASTING, "制度建设", "长效机制健全", "长效机制已建立", "met", "“长效机制”为年度指标"),
    (LASTING, "制度建设", "健全", "制度健全", "met", "实际“制度健全”，达到“健全”"),
    (LASTING, "制度建设", "健全", "制度不健全", "not_met", "实际“制度不健全”，未达到“健全”"),
    (LASTING, "制度建设", "完善", "制度已完善", "met", "实际“制度已完善”，达到“完善”"),
    (LASTING, "制度建设", "完善", "制度完善", "met", "达到“完善”"),
    (SOCIAL, "社会影响", "明显", "效果不明显", "not_met", "实际“效果不明显”，未达到“明显”"),
    (LASTING, "制度建设", "健全", "资金不健全", "unknown", "无法与年度指标“健全”对照"),
    (LASTING, "机制建立", "建立", "建立中", "partial", "实际“建立中”，部分达到“建立”"),
    (LASTING, "机制建立", "完善", "完善中", "partial", "部分达到“完善”"),
    (LASTING, "机制建立", "逐步完善", "完善中", "met", "达到“逐步完善”"),
    (
        LASTING,
        "机制建立",
        "建立",
        "拟于明年建立",
        "not_met",
        "实际“拟于明年建立”，计划在2025年以后完成，2025年未达到“建立”",
    ),
    (LASTING, "机制建立", "建立健全", "计划2026年上半年建立", "not_met", "2025年以后完成"),
    (LASTING, "管理制度", "出台", "预计明年出台", "not_met", "2025年未达到“出台”"),
    (LASTING, "机制建立", "建立", "计划2025年12月建立", "unknown", "无法与年度指标“建立”对照"),
    (SOCIAL, "困难群众救助覆盖面", "应保尽保", "已实现应保尽保", "met", "包含年度指标“应保尽保”"),
    (SOCIAL, "困难群众救助覆盖面", "应保尽保", "做到应保尽保，应退尽退", "met", "全部内容"),
    (SOCIAL, "困难群众救助覆盖面", "应保尽保", "未实现应保尽保", "not_met", "仍未完成"),
]


@pytest.mark.parametrize(("category", "name", "target", "actual", "attainment", "why"), WORDED)
def test_worded(  # noqa: PLR0913, PLR0917 - one per column
    category: str, name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    got, explanation = _self(category, name, target, actual)
    assert (got, why in explanation) == (attainment, True), explanation


def test_put_off_tracked_is_pending() -> None:
    assert _track(LASTING, "机制建立", "建立", "/", "拟于明年建立") == (
        "not_applicable",
        "pending",
        "实际“拟于明年建立”，计划在2025年以后完成，年度指标“建立”本年度内难以达到",
    )


# F11: a status that the work took place says no count.
HELD_SELF = [
    (
        "≥2000人次",
        "已开展",
        "unknown",
        "实际“已开展”只说明工作已进行，未给出完成数量，无法判断是否达到年度指标≥2000人次",
    ),
    ("≥2000人次", "已实施", "unknown", "未给出完成数量"),
    ("≥1000户", "已举办", "unknown", "未给出完成数量"),
    ("≥4次", "均已开展", "unknown", "未给出完成数量"),
    # one round held reaches a count of one; a done status is the year's work done
    ("≥1次", "已开展", "met", "实际“已开展”，已完成"),
    ("≥2000人次", "已完成", "met", "实际“已完成”，已完成"),
    ("≥2000人次", "已开展完毕", "met", "已完成"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "why"), HELD_SELF)
def test_work_held_self(target: str, actual: str, attainment: str, why: str) -> None:
    got, explanation = _self(COUNT, "培训人次", target, actual)
    assert (got, why in explanation) == (attainment, True), explanation


HELD_TRACK = [
    (
        "6月开展",
        "已开展",
        "on_track",
        "pending",
        "实际“已开展”只说明工作已进行，未给出完成数量，年度指标≥2000人次尚未到期",
    ),
    ("开展", "已开展", "on_track", "pending", "尚未到期"),
    ("/", "已开展", "not_applicable", "pending", "尚未到期"),
    (
        "1500人次",
        "已开展",
        "unknown",
        "pending",
        "实际“已开展”未给出完成数量，无法与计划1500人次比较",
    ),
    ("1500人次", "已实施", "unknown", "pending", "无法与计划1500人次比较"),
]


@pytest.mark.parametrize(("plan", "actual", "progress", "attainment", "why"), HELD_TRACK)
def test_work_held_tracked(
    plan: str, actual: str, progress: str, attainment: str, why: str
) -> None:
    got_progress, got, explanation = _track(COUNT, "培训人次", "≥2000人次", plan, actual)
    assert (got_progress, got, why in explanation) == (progress, attainment, True), explanation
