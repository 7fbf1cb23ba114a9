"""Satisfaction not counted at the year's end, failed acceptance against a step, acceptance deadlines (k32p).

1. A 满意度 rate whose cell says its survey or count was not made (``暂未统计``,
   ``待统计``, ``待调查``) is ``not_met`` at the due date, as ``暂未测评`` is (spec §3 rule
   3: not done at due is not met; the rate is the survey's result). A count (``受益人数``)
   keeps k32j's ``unknown``: the work may be done, only the count missing.
2. In a 跟踪表, a plan to complete the acceptance (``完成验收``) against an acceptance
   made and failed (``已验收，不合格``) is ``behind``: the works are not accepted (it was
   ``unknown``); ``竣工验收不合格`` names the check as ``验收不合格`` does. At the due date
   the same actual against a deadline for the acceptance is ``not_met`` (it was ``unknown``).
3. At the due date a stage of the works done (``主体工程已完工``) against a deadline for
   the acceptance (``2025年12月底前竣工验收``) is ``not_met``: the acceptance is not done.
   Under dated steps (``2025年6月底前完成主体工程，12月底前竣工验收``) the acceptance step
   reads the cell the same, and the target is ``partial`` (its first step met).
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_card, track_table


def _self(name: str, target: str, actual: str) -> tuple[str, str]:
    verdict = self_card(name, target, actual).verdicts[0]
    return verdict.attainment.value, verdict.explanation


def _track(name: str, target: str, plan: str, actual: str, months: int = 9) -> tuple[str, ...]:
    card = perftrack.score(track_table((name, target, plan, actual), months))
    verdict = card.verdicts[0]
    progress = verdict.progress.value if verdict.progress else ""
    return progress, verdict.attainment.value, verdict.explanation


def _finding_ids(name: str, target: str, actual: str) -> list[str]:
    card = self_card(name, target, actual)
    return [f.id for f in card.findings if f.id != "missing-category"]


# ---------------------------------------------------------------------------
# 1. a satisfaction not surveyed or counted at the year's end

NOT_COUNTED = "截止时满意度尚未统计，没有满意度调查结果，未达到年度指标≥90%"
NOT_SURVEYED = "截止时未开展满意度调查，未达到年度指标≥90%"


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "群众满意度", "≥90%", "暂未统计",
            ("not_met", f"实际“暂未统计”，{NOT_COUNTED}"),
            id="satisfaction-not-counted-yet",
        ),
        pytest.param(
            "群众满意度", "≥90%", "待统计",
            ("not_met", f"实际“待统计”，{NOT_COUNTED}"),
            id="satisfaction-to-count",
        ),
        pytest.param(
            "服务对象满意度", "≥95%", "待年底统计",
            (
                "not_met",
                f"实际“待年底统计”，{NOT_COUNTED.replace('90', '95')}",
            ),
            id="satisfaction-waiting-for-the-year-end",
        ),
        pytest.param(
            "群众满意度", "≥90%", "满意度暂未统计",
            ("not_met", f"实际“满意度暂未统计”，{NOT_COUNTED}"),
            id="satisfaction-named-not-counted",
        ),
        pytest.param(
            "群众满意度", "≥90%", "尚未核算",
            (
                "not_met",
                "实际“尚未核算”，截止时满意度尚未核算，没有满意度调查结果，未达到年度指标≥90%",
            ),
            id="satisfaction-not-reckoned",
        ),
        pytest.param(
            "群众满意度", "≥90%", "待调查",
            ("not_met", f"实际“待调查”，{NOT_SURVEYED}"),
            id="satisfaction-to-survey",
        ),
        pytest.param(
            "群众满意度", "≥90%", "待测评",
            ("not_met", f"实际“待测评”，{NOT_SURVEYED}"),
            id="satisfaction-to-rate",
        ),
        # the older rule, unchanged
        pytest.param(
            "群众满意度", "≥90%", "暂未测评",
            ("not_met", f"实际“暂未测评”，{NOT_SURVEYED}"),
            id="control-not-rated-yet",
        ),
        pytest.param(
            "群众满意度", "≥90%", "未开展调查",
            ("not_met", f"实际“未开展调查”，{NOT_SURVEYED}"),
            id="control-no-survey",
        ),
        # a count: the work may be done, only its count missing (k32j)
        pytest.param(
            "受益人数", "≥1000人", "年底统计",
            ("unknown", "实际“年底统计”，尚未统计，未填报实际完成值，无法与年度指标≥1000人比较"),
            id="count-year-end",
        ),
        pytest.param(
            "受益人数", "≥1000人", "暂未统计",
            ("unknown", "实际“暂未统计”，尚未统计，未填报实际完成值，无法与年度指标≥1000人比较"),
            id="count-not-yet",
        ),
        pytest.param(
            "考核合格率", "≥90%", "待统计",
            ("unknown", "实际“待统计”，尚未统计，未填报实际完成值，无法与年度指标≥90%比较"),
            id="rate-not-a-satisfaction",
        ),
        # scheduled, under way, its data not out, another's measurement: no more than
        # that no figure is given yet, as 年底测评 and 调查中 (k31i)
        pytest.param(
            "群众满意度", "≥90%", "年底统计",
            ("unknown", "实际“年底统计”，尚未统计，未填报实际完成值，无法与年度指标≥90%比较"),
            id="satisfaction-scheduled",
        ),
        pytest.param(
            "群众满意度", "≥90%", "统计中",
            ("unknown", "实际“统计中”，尚未统计，未填报实际完成值，无法与年度指标≥90%比较"),
            id="satisfaction-counting",
        ),
        pytest.param(
            "群众满意度", "≥90%", "统计数据尚未出来",
            (
                "unknown",
                "实际“统计数据尚未出来”，尚未统计，未填报实际完成值，无法与年度指标≥90%比较",
            ),
            id="satisfaction-data-not-out",
        ),
        pytest.param(
            "群众满意度", "≥90%", "待上级考核",
            ("unknown", "实际“待上级考核”，尚未考核，未填报实际完成值，无法与年度指标≥90%比较"),
            id="satisfaction-another-measures",
        ),
        pytest.param(
            "群众满意度", "≥90%", "年底测评",
            ("unknown", "实际“年底测评”，满意度调查尚未完成，无法与年度指标≥90%比较"),
            id="control-survey-scheduled",
        ),
    ],
)  # fmt: skip
def test_satisfaction_not_counted_at_the_year_end(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _self(name, target, actual) == expected


def test_satisfaction_not_counted_findings() -> None:
    # not met: the deviation is owed a reason, the printed full points are not earned
    assert _finding_ids("群众满意度", "≥90%", "暂未统计") == [
        "missing-deviation-reason",
        "category-suspect",  # filed under 数量指标 by the helper (r34j)
        "weights-not-100",
        "full-points-not-met",
    ]


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("暂未统计", ("unknown", "pending", "实际“暂未统计”，尚未统计，截止日期未到")),
        ("待统计", ("unknown", "pending", "实际“待统计”，尚未统计，截止日期未到")),
        ("待调查", ("unknown", "pending", "实际“待调查”，满意度调查尚未完成，截止日期未到")),
    ],
)
def test_satisfaction_not_counted_before_the_due_date(
    actual: str, expected: tuple[str, str, str]
) -> None:
    assert _track("群众满意度", "≥90%", "≥90%", actual) == expected


# ---------------------------------------------------------------------------
# 2. a plan to complete the acceptance against a failed acceptance

DUE = "实际“{0}”，截止日期2025-12-31未到；验收未通过，未达到计划“{1}”"


@pytest.mark.parametrize(
    ("plan", "actual", "expected"),
    [
        pytest.param(
            "完成验收", "已验收，不合格",
            ("behind", "pending", DUE.format("已验收，不合格", "完成验收")),
            id="accepted-failed",
        ),
        pytest.param(
            "完成验收", "经验收，不合格",
            ("behind", "pending", DUE.format("经验收，不合格", "完成验收")),
            id="by-acceptance-failed",
        ),
        pytest.param(
            "完成竣工验收", "竣工验收不合格",
            ("behind", "pending", DUE.format("竣工验收不合格", "完成竣工验收")),
            id="completion-acceptance-failed",
        ),
        pytest.param(
            "验收完成", "已完成验收，验收不合格",
            ("behind", "pending", DUE.format("已完成验收，验收不合格", "验收完成")),
            id="acceptance-done-failed",
        ),
        # controls: passed, partly passed, an inspection (done, pass or fail)
        pytest.param(
            "完成验收", "已验收，合格",
            ("on_track", "met", "实际“已验收，合格”，已完成（截止2025-12-31）"),
            id="control-passed",
        ),
        pytest.param(
            "完成验收", "已验收，基本合格",
            (
                "behind",
                "pending",
                "部分完成，截止日期2025-12-31未到；实际“已验收，基本合格”未达到计划“完成验收”",
            ),
            id="control-partly-passed",
        ),
        pytest.param(
            "完成验收", "经检测，不合格",
            ("unknown", "pending", "实际“经检测，不合格”，截止日期2025-12-31未到"),
            id="control-another-check",
        ),
    ],
)  # fmt: skip
def test_failed_acceptance_against_a_plan_to_complete_it(
    plan: str, actual: str, expected: tuple[str, str, str]
) -> None:
    assert _track("竣工验收", "2025年12月底前完成验收", plan, actual) == expected


def test_inspection_step_is_not_an_acceptance() -> None:
    assert _track("质量检测", "2025年12月底前完成检测", "完成检测", "经检测，不合格") == (
        "unknown",
        "pending",
        "实际“经检测，不合格”，截止日期2025-12-31未到",
    )


def test_verdict_plan_unchanged() -> None:
    # k32n's rule, its wording kept
    assert _track("工程质量", "合格", "合格", "已验收，不合格") == (
        "behind",
        "pending",
        (
            "实际“已验收，不合格”与年度指标“合格”相反，距年底尚有时间；"
            "实际“已验收，不合格”未达到计划“合格”"
        ),
    )


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        ("合格", "竣工验收不合格", ("not_met", "实际“竣工验收不合格”，未达到“合格”")),
        ("竣工验收合格", "已验收，不合格", ("not_met", "实际“已验收，不合格”，未达到“合格”")),
        ("竣工验收合格", "已验收，合格", ("met", "实际“已验收，合格”，达到“合格”")),
    ],
)
def test_completion_acceptance_names_the_check(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _self("工程质量", target, actual) == expected


# ---------------------------------------------------------------------------
# 3. a stage of the works against a deadline for the acceptance, at the year's end

STEPS = "2025年6月底前完成主体工程，12月底前竣工验收"
STAGE_ONLY = "截止日期2025-12-31已到，实际“主体工程已完工”仅完成阶段工程，尚未竣工验收"
MAIN_DONE = "阶段目标“2025年6月底前完成主体工程”：实际“主体工程已完工”，已完成（截止2025-06-30）"


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "竣工验收", "2025年12月底前竣工验收", "主体工程已完工",
            ("not_met", "截止日期2025-12-31已到，实际“主体工程已完工”仅完成阶段工程，尚未竣工验收"),
            id="main-works-against-acceptance",
        ),
        pytest.param(
            "项目验收", "2025年12月底前完成验收", "一期工程已完工",
            ("not_met", "截止日期2025-12-31已到，实际“一期工程已完工”仅完成阶段工程，尚未验收"),
            id="phase-one-against-acceptance",
        ),
        pytest.param(
            "竣工验收", "2025年12月底前竣工验收", "2025年11月主体完工",
            (
                "not_met",
                "截止日期2025-12-31已到，实际“2025年11月主体完工”仅完成阶段工程，尚未竣工验收",
            ),
            id="dated-stage-against-acceptance",
        ),
        pytest.param(
            "竣工验收", "2025年12月底前", "主体工程已完工",
            ("not_met", "截止日期2025-12-31已到，实际“主体工程已完工”仅完成阶段工程，尚未竣工验收"),
            id="row-named-for-the-acceptance",
        ),
        pytest.param(
            "项目建设", STEPS, "主体工程已完工",
            (
                "partial",
                f"{MAIN_DONE}；阶段目标“12月底前竣工验收”：{STAGE_ONLY}",
            ),
            id="dated-steps-main-works",
        ),
        # controls: the whole works built (partial, as before), an acceptance named,
        # a stage in the target itself, a whole-works word other than the acceptance
        pytest.param(
            "竣工验收", "2025年12月底前竣工验收", "已完工",
            ("partial", "截止日期2025-12-31已到，实际“已完工”，尚未验收"),
            id="control-whole-works-built",
        ),
        pytest.param(
            "竣工验收", "2025年12月底前竣工验收", "已完成初步验收",
            ("unknown", "截止日期2025-12-31已到，实际“已完成初步验收”无法判断是否完成"),
            id="control-first-acceptance",
        ),
        pytest.param(
            "工程进度", "2025年12月底前主体完工并竣工验收", "主体工程已完工",
            ("unknown", "截止日期2025-12-31已到，实际“主体工程已完工”无法判断是否完成"),
            id="control-stage-in-the-target",
        ),
        pytest.param(
            # the whole works' completion: the same reading since k33b (it was unknown)
            "竣工时间", "2025年12月底前竣工", "主体工程已完工",
            ("not_met", "截止日期2025-12-31已到，实际“主体工程已完工”仅完成阶段工程，尚未竣工"),
            id="control-completion-not-acceptance",
        ),
        pytest.param(
            "竣工验收", "2025年12月底前竣工验收", "已竣工验收",
            ("met", "实际“已竣工验收”，已完成（截止2025-12-31）"),
            id="control-accepted",
        ),
    ],
)  # fmt: skip
def test_stage_against_acceptance_at_the_year_end(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _self(name, target, actual) == expected


def test_stage_against_acceptance_before_the_due_date() -> None:
    assert _track("竣工验收", "2025年12月底前竣工验收", "", "主体工程已完工") == (
        "not_applicable",
        "pending",
        "实际“主体工程已完工”，截止日期2025-12-31未到",
    )
    assert _track("项目建设", STEPS, "", "主体工程已完工") == (
        "on_track",
        "pending",
        f"{MAIN_DONE}；“12月底前竣工验收”截止日期2025-12-31未到",
    )


# ---------------------------------------------------------------------------
# 2b. the same failed acceptance against a deadline for it, at the year's end


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "2025年12月底前完成验收", "已验收，不合格",
            ("not_met", "截止日期2025-12-31已到，实际“已验收，不合格”，验收未通过"),
            id="accepted-failed",
        ),
        pytest.param(
            "2025年12月底前竣工验收", "竣工验收不合格",
            ("not_met", "截止日期2025-12-31已到，实际“竣工验收不合格”，验收未通过"),
            id="completion-acceptance-failed",
        ),
        pytest.param(
            "2025年12月底前", "经验收，不合格",
            ("not_met", "截止日期2025-12-31已到，实际“经验收，不合格”，验收未通过"),
            id="row-named-for-the-acceptance",
        ),
        # controls: passed, partly passed, another check
        pytest.param(
            "2025年12月底前完成验收", "已验收，合格",
            ("met", "实际“已验收，合格”，已完成（截止2025-12-31）"),
            id="control-passed",
        ),
        pytest.param(
            "2025年12月底前完成验收", "已验收，基本合格",
            ("partial", "截止日期2025-12-31已到，实际部分完成"),
            id="control-partly-passed",
        ),
        pytest.param(
            "2025年12月底前完成验收", "经检测，不合格",
            ("unknown", "截止日期2025-12-31已到，实际“经检测，不合格”无法判断是否完成"),
            id="control-another-check",
        ),
    ],
)  # fmt: skip
def test_failed_acceptance_against_its_deadline(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _self("竣工验收", target, actual) == expected
