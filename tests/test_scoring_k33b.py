"""Targets judged by dates lose target-not-measurable; steps unreported; main works not completion (k33b).

1. A target of work on time (``按期完成``, ``如期完成``) the verdict judged by the actual's
   date or forecast against its due date (``2025年11月完成``, ``2026年3月完成``,
   ``预计12月底完成``) raises no ``target-not-measurable``: it was measured. An actual
   it could not judge by a date (``进展顺利``, a stale ``预计12月完成`` at the year's end,
   an undated ``已完成``) keeps the finding.
2. Under dated steps (``6月底前完成招标，10月底前完成施工，12月底前完成验收``) a cell that
   reports steps only (``已完成招标``) says nothing of the steps after the last it names:
   each of them due is ``not_met``, "未报告“施工”完成情况" (it was ``unknown``). Done works
   listed after one lead (``已完成招标、施工``, ``已完成招标和施工``) are each done; a clause
   naming no step (``工程已完工``) is what the cell says of the steps after the last named.
3. A stage of the works done (``主体工程已完工``) against a deadline of the whole works'
   completion (``12月底前竣工``, ``完工``, ``建成``) is ``not_met`` at the due date, as it
   is against the acceptance (k32p); in a 跟踪表 before it, ``behind`` only against a plan
   due by then that asks the completion or the acceptance (``9月底前竣工``, ``竣工``).
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_card, track_table

STEPS = "6月底前完成招标，10月底前完成施工，12月底前完成验收"
TENDER_DONE = "阶段目标“6月底前完成招标”：实际“已完成招标”，已完成（截止2025-06-30）"
WORKS_DONE = "阶段目标“10月底前完成施工”：实际“已完成施工”，已完成（截止2025-10-31）"


def _self(name: str, target: str, actual: str) -> tuple[str, str]:
    verdict = self_card(name, target, actual).verdicts[0]
    return verdict.attainment.value, verdict.explanation


def _track(name: str, target: str, plan: str, actual: str, months: int = 9) -> tuple[str, ...]:
    verdict = perftrack.score(track_table((name, target, plan, actual), months)).verdicts[0]
    progress = verdict.progress.value if verdict.progress else ""
    return progress, verdict.attainment.value, verdict.explanation


def _unmeasurable(card: perftrack.Scorecard) -> list[str]:
    return [f.message for f in card.findings if f.id == "target-not-measurable"]


# ---------------------------------------------------------------------------
# 1. 按期完成 judged by a date: no target-not-measurable


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        pytest.param("按期完成", "2025年11月完成", "met", id="done-in-time"),
        pytest.param("如期完成", "2025年11月完成", "met", id="done-in-time-ruqi"),
        pytest.param("按期完成", "2026年3月完成", "not_met", id="done-late"),
        pytest.param("按期完成", "延期至2026年3月完成", "not_met", id="put-off"),
        pytest.param("按期完成", "预计2026年3月完成", "not_met", id="forecast-late"),
    ],
)
def test_on_time_judged_by_date_self(target: str, actual: str, attainment: str) -> None:
    card = self_card("项目完成及时性", target, actual)
    assert card.verdicts[0].attainment.value == attainment
    assert _unmeasurable(card) == []


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "按期完成",
            "预计12月底完成",
            ("on_track", "pending", "实际“预计12月底完成”，截止日期2025-12-31（本年度末）未到"),
            id="forecast-in-time",
        ),
        pytest.param(
            "按期完成",
            "2025年11月完成",
            (
                "not_applicable",
                "pending",
                "实际“2025年11月完成”在评价日期之后，视为预计，截止日期2025-12-31（本年度末）",
            ),
            id="date-after-as-of",
        ),
    ],
)
def test_on_time_judged_by_date_track(target: str, actual: str, expected: tuple[str, ...]) -> None:
    card = perftrack.score(track_table(("项目完成及时性", target, "", actual)))
    verdict = card.verdicts[0]
    assert (verdict.progress.value, verdict.attainment.value, verdict.explanation) == expected
    assert _unmeasurable(card) == []


MESSAGE = "“项目完成及时性”年度指标“按期完成”为定性或文字描述，难以量化考核"


@pytest.mark.parametrize(
    ("actual", "attainment"),
    [
        pytest.param("预计12月完成", "unknown", id="stale-forecast"),
        pytest.param("进展顺利", "unknown", id="pace-words"),
        pytest.param("已完成", "met", id="undated-done"),
    ],
)
def test_on_time_not_judged_by_date_keeps_finding(actual: str, attainment: str) -> None:
    card = self_card("项目完成及时性", "按期完成", actual)
    assert card.verdicts[0].attainment.value == attainment
    assert _unmeasurable(card) == [MESSAGE]


def test_on_time_done_in_time_explanation_unchanged() -> None:
    assert _self("项目完成及时性", "按期完成", "2025年11月完成") == (
        "met",
        "实际“2025年11月完成”，已完成",
    )


# ---------------------------------------------------------------------------
# 2. dated steps: steps the cell does not report


def _unreported(due: str, told: str, work: str) -> str:
    return f"截止日期{due}已到，实际仅报告{told}，未报告“{work}”完成情况，视为未完成"


@pytest.mark.parametrize(
    ("months", "actual", "expected"),
    [
        pytest.param(
            9,
            "已完成招标",
            (
                "on_track",
                "pending",
                f"{TENDER_DONE}；“10月底前完成施工”截止日期2025-10-31未到",
            ),
            id="september-works-not-due",
        ),
        pytest.param(
            10,
            "已完成招标",
            (
                "behind",
                "pending",
                (
                    f"{TENDER_DONE}；阶段目标“10月底前完成施工”："
                    f"{_unreported('2025-10-31', '“招标”', '施工')}；"
                    "“12月底前完成验收”截止日期2025-12-31未到；阶段目标未按期完成，进度落后"
                ),
            ),
            id="october-works-unreported",
        ),
        pytest.param(
            10,
            "已完成招标、施工",
            (
                "on_track",
                "pending",
                f"{TENDER_DONE}；{WORKS_DONE}；“12月底前完成验收”截止日期2025-12-31未到",
            ),
            id="october-listed-done",
        ),
        pytest.param(
            10,
            "已完成招标，工程已完工",
            (
                "on_track",
                "pending",
                (
                    f"{TENDER_DONE}；阶段目标“10月底前完成施工”：实际“工程已完工”，已完成"
                    "（截止2025-10-31）；“12月底前完成验收”截止日期2025-12-31未到"
                ),
            ),
            id="october-works-in-other-words",
        ),
    ],
)
def test_steps_unreported_track(months: int, actual: str, expected: tuple[str, ...]) -> None:
    assert _track("项目建设进度", STEPS, "", actual, months) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "已完成招标",
            (
                "partial",
                (
                    f"{TENDER_DONE}；阶段目标“10月底前完成施工”："
                    f"{_unreported('2025-10-31', '“招标”', '施工')}；阶段目标“12月底前完成验收”："
                    f"{_unreported('2025-12-31', '“招标”', '验收')}"
                ),
            ),
            id="tender-only",
        ),
        pytest.param(
            "已完成招标和施工",
            (
                "partial",
                (
                    f"{TENDER_DONE}；{WORKS_DONE}；阶段目标“12月底前完成验收”："
                    f"{_unreported('2025-12-31', '“招标”、“施工”', '验收')}"
                ),
            ),
            id="two-listed",
        ),
        pytest.param(
            "已完成招标、施工",
            (
                "partial",
                (
                    f"{TENDER_DONE}；{WORKS_DONE}；阶段目标“12月底前完成验收”："
                    f"{_unreported('2025-12-31', '“招标”、“施工”', '验收')}"
                ),
            ),
            id="two-listed-comma",
        ),
        pytest.param(
            "已完成招标、施工和验收",
            ("met", "实际“已完成招标、施工和验收”，各阶段目标均已完成"),
            id="all-listed",
        ),
        pytest.param(
            # it was met: the cell's 已完成 met every step, the acceptance too
            "已完成招标，工程已完工",
            (
                "partial",
                (
                    f"{TENDER_DONE}；阶段目标“10月底前完成施工”：实际“工程已完工”，已完成"
                    "（截止2025-10-31）；阶段目标“12月底前完成验收”：截止日期2025-12-31已到，"
                    "实际“工程已完工”，尚未验收"
                ),
            ),
            id="works-in-other-words",
        ),
        pytest.param(
            # it was met, "已完成": the tender said done met the whole target
            "招标工作已完成",
            (
                "partial",
                (
                    "阶段目标“6月底前完成招标”：实际“招标工作已完成”，已完成（截止2025-06-30）；"
                    "阶段目标“10月底前完成施工”："
                    f"{_unreported('2025-10-31', '“招标”', '施工')}；阶段目标“12月底前完成验收”："
                    f"{_unreported('2025-12-31', '“招标”', '验收')}"
                ),
            ),
            id="tender-said-done",
        ),
    ],
)
def test_steps_unreported_self(actual: str, expected: tuple[str, str]) -> None:
    assert _self("项目建设进度", STEPS, actual) == expected


def test_reported_miss_keeps_earlier_reason() -> None:
    """A step the cell reports missed: the later step is not done for that reason."""
    assert _self("工程进度", "2025年6月底前完成主体工程，12月底前竣工验收", "主体工程完成80%") == (
        "partial",
        (
            "阶段目标“2025年6月底前完成主体工程”：截止日期2025-06-30已到，实际部分完成；"
            "阶段目标“12月底前竣工验收”：截止日期2025-12-31已到，前一阶段未完成，本阶段未完成"
        ),
    )


# ---------------------------------------------------------------------------
# 3. a stage done against the whole works' completion


def _stage(asked: str, actual: str = "主体工程已完工", due: str = "2025-12-31") -> str:
    return f"截止日期{due}已到，实际“{actual}”仅完成阶段工程，尚未{asked}"


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "竣工时间",
            "12月底前竣工",
            "主体工程已完工",
            ("not_met", _stage("竣工")),
            id="completion",
        ),
        pytest.param(
            "竣工时间",
            "2025年12月底前",
            "主体工程已完工",
            ("not_met", _stage("竣工")),
            id="completion-by-name",
        ),
        pytest.param(
            "完工时间",
            "12月底前完工",
            "主体工程已完工",
            ("not_met", _stage("全部完工")),
            id="finished",
        ),
        pytest.param(
            "项目建设",
            "2025年12月底前建成",
            "主体工程已完工",
            ("not_met", _stage("全部建成")),
            id="built",
        ),
        pytest.param(
            "竣工时间",
            "12月底前竣工",
            "2025年11月主体完工",
            ("not_met", _stage("竣工", "2025年11月主体完工")),
            id="dated-stage",
        ),
        pytest.param(
            "竣工验收",
            "12月底前竣工验收",
            "主体工程已完工",
            ("not_met", _stage("竣工验收")),
            id="acceptance-as-before",
        ),
        pytest.param(
            "竣工时间",
            "12月底前竣工",
            "已竣工",
            ("met", "实际“已竣工”，已完成（截止2025-12-31）"),
            id="control-completed",
        ),
        pytest.param(
            "竣工时间",
            "12月底前竣工",
            "工程已完工",
            ("met", "实际“工程已完工”，已完成（截止2025-12-31）"),
            id="control-whole-works-finished",
        ),
        pytest.param(
            "主体工程完工时间",
            "2025年12月底前完工",
            "主体工程已完工",
            ("met", "实际“主体工程已完工”，已完成（截止2025-12-31）"),
            id="control-stage-named",
        ),
    ],
)
def test_stage_against_completion_self(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _self(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "plan", "expected"),
    [
        pytest.param(
            "竣工时间",
            "12月底前竣工",
            "",
            ("not_applicable", "pending", "实际“主体工程已完工”，截止日期2025-12-31未到"),
            id="no-plan",
        ),
        pytest.param(
            "竣工时间",
            "12月底前竣工",
            "12月底前竣工",
            ("unknown", "pending", "实际“主体工程已完工”，截止日期2025-12-31未到"),
            id="plan-not-due",
        ),
        pytest.param(
            "竣工时间",
            "12月底前竣工",
            "9月底前竣工",
            (
                "behind",
                "pending",
                (
                    "实际“主体工程已完工”，截止日期2025-12-31未到；实际“主体工程已完工”仅完成阶段"
                    "工程，尚未竣工，未达到计划“9月底前竣工”"
                ),
            ),
            id="plan-due",
        ),
        pytest.param(
            "竣工时间",
            "12月底前竣工",
            "竣工",
            (
                "behind",
                "pending",
                (
                    "实际“主体工程已完工”，截止日期2025-12-31未到；实际“主体工程已完工”仅完成阶段"
                    "工程，尚未竣工，未达到计划“竣工”"
                ),
            ),
            id="plan-of-the-period",
        ),
        pytest.param(
            "竣工验收",
            "12月底前竣工验收",
            "完成竣工验收",
            (
                "behind",
                "pending",
                (
                    "实际“主体工程已完工”，截止日期2025-12-31未到；实际“主体工程已完工”仅完成阶段"
                    "工程，尚未竣工验收，未达到计划“完成竣工验收”"
                ),
            ),
            id="plan-of-acceptance",
        ),
    ],
)
def test_stage_against_completion_track(
    name: str, target: str, plan: str, expected: tuple[str, ...]
) -> None:
    assert _track(name, target, plan, "主体工程已完工") == expected


def test_plan_completed_on_track() -> None:
    assert _track("竣工时间", "12月底前竣工", "9月底前竣工", "已竣工") == (
        "on_track",
        "met",
        "实际“已竣工”，已完成（截止2025-12-31）",
    )
