"""Deadlines, forecasts and dated steps in a 2025 跟踪表 of 1-9月 (k32c).

A forecast in the actual's own cell (``预计2025年10月完成``) is read against the due date
of a deadline (``2025年12月底前完成验收``) or of a prose target of work on time
(``按期完成``: the year's end): pending, on track when it is within the due date,
behind when after it. A target of dated steps (``2025年6月底前完成主体工程，12月底前竣工
验收``) is judged step by step, each by its own date.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_reading, track_table, track_verdict

STEPS = "2025年6月底前完成主体工程，12月底前竣工验收"
THREE = "3月底前完成招标，6月底前开工，11月底前完工"
DONE_MAIN = (
    "阶段目标“2025年6月底前完成主体工程”：实际“主体工程已完工”，已完成（截止2025-06-30）；"
    "“12月底前竣工验收”截止日期2025-12-31未到"
)
YEAR_END = "截止日期2025-12-31（本年度末）"

FORECASTS = [
    # 按期/按时/如期 with no date: due by the year's end, a forecast read as a deadline's
    (
        ("完成时间", "按期完成", "", "预计2025年10月完成"),
        ("on_track", "pending", f"实际“预计2025年10月完成”，{YEAR_END}未到"),
    ),
    (
        ("完成时间", "按期完成", "按期推进", "预计2025年10月完成"),
        ("on_track", "pending", f"实际“预计2025年10月完成”，{YEAR_END}未到"),
    ),
    (
        ("完成时间", "如期完成", "", "预计2026年3月完成"),
        (
            "behind",
            "pending",
            (
                f"实际“预计2026年3月完成”，{YEAR_END}未到；"
                "实际注明“预计2026年3月完成”，晚于截止日期2025-12-31（本年度末）"
            ),
        ),
    ),
    (
        ("完成时间", "按时完成", "", "预计延期至2026年3月完成"),
        (
            "behind",
            "pending",
            (
                f"实际“预计延期至2026年3月完成”，{YEAR_END}未到；"
                "实际注明“预计延期至2026年3月完成”，晚于截止日期2025-12-31（本年度末）"
            ),
        ),
    ),
    # a date of its own: its own due date, already passed
    (
        ("完成时间", "2025年6月按期完成", "", "预计2025年10月完成"),
        (
            "not_applicable",
            "not_met",
            (
                "截止日期2025-06-30已到，实际“预计2025年10月完成”，预计完成时间2025-10晚于截止日期，"
                "未达到“2025年6月按期完成”"
            ),
        ),
    ),
    # a forecast already past (预计8月 in September) says nothing of the pace
    (
        ("完成时间", "按期完成", "", "预计2025年8月完成"),
        ("not_applicable", "pending", f"实际“预计2025年8月完成”，{YEAR_END}未到"),
    ),
    # a deadline: the same reading, with no plan printed
    (
        ("项目验收", "2025年12月底前完成验收", "", "预计2025年11月完成"),
        ("on_track", "pending", "实际“预计2025年11月完成”，截止日期2025-12-31未到"),
    ),
    (
        ("项目验收", "2025年12月底前完成验收", "", "预计2026年3月完成"),
        (
            "behind",
            "pending",
            (
                "实际“预计2026年3月完成”，截止日期2025-12-31未到；"
                "实际注明“预计2026年3月完成”，晚于截止日期2025-12-31"
            ),
        ),
    ),
    (
        ("完工时间", "2025年10月底前", "按计划推进", "预计10月中旬完工"),
        ("on_track", "pending", "实际“预计10月中旬完工”，截止日期2025-10-31未到"),
    ),
    # neighbours: a plan of its own (not the pace), a delay said: no on track, as before
    (
        ("完工时间", "2025年10月底前", "完成主体", "预计10月中旬完工"),
        ("unknown", "pending", "实际“预计10月中旬完工”，截止日期2025-10-31未到"),
    ),
    (
        ("完工时间", "2025年12月底前完工", "", "因拆迁延期，预计11月完工"),
        ("not_applicable", "pending", "实际“因拆迁延期，预计11月完工”，截止日期2025-12-31未到"),
    ),
]

MILESTONES = [
    (("工程进度", STEPS, "完成主体工程", "主体工程已完工"), ("on_track", "pending", DONE_MAIN)),
    (("工程进度", STEPS, "", "主体工程已完工"), ("on_track", "pending", DONE_MAIN)),
    (
        ("工程进度", "2025年6月底前完成主体工程、12月底前竣工验收", "", "主体工程已完工"),
        ("on_track", "pending", DONE_MAIN),
    ),
    (
        ("工程进度", STEPS, "", "主体工程未完工"),
        (
            "behind",
            "pending",
            (
                "阶段目标“2025年6月底前完成主体工程”：截止日期2025-06-30已到，实际“主体工程未完工”；"
                "“12月底前竣工验收”截止日期2025-12-31未到；阶段目标未按期完成，进度落后"
            ),
        ),
    ),
    (
        ("工程进度", STEPS, "", "正在进行主体施工"),
        (
            "behind",
            "pending",
            (
                "阶段目标“2025年6月底前完成主体工程”：截止日期2025-06-30已到，实际“正在进行主体施工”；"
                "“12月底前竣工验收”截止日期2025-12-31未到；阶段目标未按期完成，进度落后"
            ),
        ),
    ),
    # partly done at the first step's date: behind
    (
        ("工程进度", STEPS, "", "主体工程完成80%"),
        (
            "behind",
            "pending",
            (
                "阶段目标“2025年6月底前完成主体工程”：截止日期2025-06-30已到，实际部分完成；"
                "“12月底前竣工验收”截止日期2025-12-31未到；阶段目标未按期完成，进度落后"
            ),
        ),
    ),
    (
        ("工程进度", STEPS, "", "基本完成"),
        (
            "behind",
            "pending",
            (
                "阶段目标“2025年6月底前完成主体工程”：截止日期2025-06-30已到，实际部分完成；"
                "“12月底前竣工验收”截止日期2025-12-31未到；阶段目标未按期完成，进度落后"
            ),
        ),
    ),
    (
        ("工程进度", STEPS, "", "已竣工验收"),
        ("not_applicable", "met", "实际“已竣工验收”，各阶段目标均已完成"),
    ),
    # the first step done, the last foreseen after its date
    (
        ("工程进度", STEPS, "", "主体工程已完工，预计2026年3月完成竣工验收"),
        (
            "behind",
            "pending",
            (
                "阶段目标“2025年6月底前完成主体工程”：实际“主体工程已完工”，已完成（截止2025-06-30）；"
                "“12月底前竣工验收”截止日期2025-12-31未到；"
                "实际注明“预计2026年3月完成竣工验收”，晚于截止日期2025-12-31"
            ),
        ),
    ),
    # a later step done: the steps before it are; each step by the clause naming its work
    (
        ("建设进度", THREE, "", "已开工建设"),
        (
            "on_track",
            "pending",
            (
                "阶段目标“3月底前完成招标”：后续阶段已完成；"
                "阶段目标“6月底前开工”：实际“已开工建设”，已完成（截止2025-06-30）；"
                "“11月底前完工”截止日期2025-11-30未到"
            ),
        ),
    ),
    (
        ("建设进度", THREE, "", "招标已完成，尚未开工"),
        (
            "behind",
            "pending",
            (
                "阶段目标“3月底前完成招标”：实际“招标已完成”，已完成（截止2025-03-31）；"
                "阶段目标“6月底前开工”：截止日期2025-06-30已到，实际“尚未开工”；"
                "“11月底前完工”截止日期2025-11-30未到；阶段目标未按期完成，进度落后"
            ),
        ),
    ),
    (
        ("建设进度", THREE, "", "已开工，预计12月完工"),
        (
            "behind",
            "pending",
            (
                "阶段目标“3月底前完成招标”：后续阶段已完成；"
                "阶段目标“6月底前开工”：实际“已开工”，已完成（截止2025-06-30）；"
                "“11月底前完工”截止日期2025-11-30未到；实际注明“预计12月完工”，晚于截止日期2025-11-30"
            ),
        ),
    ),
    # neighbour: a date, which step it dates unsaid: as before
    (
        ("建设进度", THREE, "", "2025年5月开工"),
        ("not_applicable", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
    ),
]

# a share or 基本 of the deadline's own work at its date: partly done, as 已完成80% is
OWN_WORK = [
    (
        ("工程进度", "2025年6月底前完成主体工程", "", "主体工程完成80%"),
        ("not_applicable", "partial", "截止日期2025-06-30已到，实际部分完成"),
    ),
    (
        ("工程进度", "2025年6月底前完成主体工程", "", "主体工程基本完工"),
        ("not_applicable", "partial", "截止日期2025-06-30已到，实际部分完成"),
    ),
    # neighbour: another work's share: as before
    (
        ("工程进度", "2025年6月底前完成主体工程", "", "附属工程完成80%"),
        (
            "not_applicable",
            "unknown",
            "截止日期2025-06-30已到，实际“附属工程完成80%”无法判断是否完成",
        ),
    ),
]


@pytest.mark.parametrize(("row", "expected"), [*FORECASTS, *MILESTONES, *OWN_WORK])
def test_tracked(row: tuple[str, str, str, str], expected: tuple[str, str, str]) -> None:
    verdict = track_verdict(*row)
    assert (verdict.progress.value, verdict.attainment.value, verdict.explanation) == expected


def test_no_step_due_yet() -> None:
    """Through May the first step is not due: no pace to judge without a plan."""
    verdict = track_verdict("工程进度", STEPS, "", "主体工程已完工", months=5)
    assert (verdict.progress.value, verdict.attainment.value, verdict.explanation) == (
        "not_applicable",
        "pending",
        DONE_MAIN,
    )


SELF = [
    (
        ("完成情况", "按期完成", "预计2026年3月完成"),
        (
            "not_met",
            (
                f"{YEAR_END}已到，实际“预计2026年3月完成”，预计完成时间2026-03晚于截止日期，"
                "未达到“按期完成”"
            ),
        ),
    ),
    # a forecast within the year at the year's end: stale, as before
    (
        ("完成情况", "按期完成", "预计2025年10月完成"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
    ),
    (("工程进度", STEPS, "已竣工验收"), ("met", "实际“已竣工验收”，各阶段目标均已完成")),
    (
        ("工程进度", STEPS, "主体工程未完工"),
        (
            "not_met",
            (
                "阶段目标“2025年6月底前完成主体工程”：截止日期2025-06-30已到，实际“主体工程未完工”；"
                "阶段目标“12月底前竣工验收”：截止日期2025-12-31已到，实际“主体工程未完工”"
            ),
        ),
    ),
    (
        ("工程进度", STEPS, "主体工程完成80%"),
        (
            "partial",
            (
                "阶段目标“2025年6月底前完成主体工程”：截止日期2025-06-30已到，实际部分完成；"
                "阶段目标“12月底前竣工验收”：截止日期2025-12-31已到，前一阶段未完成，本阶段未完成"
            ),
        ),
    ),
    (
        ("工程进度", STEPS, "已完工"),
        (
            "partial",
            (
                "阶段目标“2025年6月底前完成主体工程”：实际“已完工”，已完成（截止2025-06-30）；"
                "阶段目标“12月底前竣工验收”：截止日期2025-12-31已到，实际“已完工”，尚未验收"
            ),
        ),
    ),
]


@pytest.mark.parametrize(("row", "expected"), SELF)
def test_self_evaluation(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_steps_are_measurable() -> None:
    """A target of dated steps is no vague words: no target-not-measurable."""
    card = perftrack.score(track_table(("工程进度", STEPS, "", "主体工程已完工")))
    assert "target-not-measurable" not in [finding.id for finding in card.findings]
    # 按期完成 judged by the forecast against its due date is measured too (k33b; it was
    # still flagged); with an actual it cannot judge it keeps the finding
    timed = perftrack.score(track_table(("完成时间", "按期完成", "", "预计2025年10月完成")))
    assert "target-not-measurable" not in [finding.id for finding in timed.findings]
    vague = perftrack.score(track_table(("完成时间", "按期完成", "", "进展顺利")))
    assert "target-not-measurable" in [finding.id for finding in vague.findings]
