"""Regressions of regress104 (r104): retractions of a counted event, later clauses of a plan
不X, parts of a 其中 list a row name excludes.

Each case is a row of the probe 自评表 or 跟踪表 (tests/probe_tables.py,
tests/scoring_builders.py) and its exact verdict.
"""

from __future__ import annotations

import pytest

from perftrack import score
from probe_tables import self_reading
from scoring_builders import YEAR, finding_ids, indicator, tracking_table


def broken(actual: str) -> tuple[str, str]:
    """The verdict of a zero target 零投诉 broken by the first clause of *actual*."""
    counted = actual.split("，", maxsplit=1)[0]
    return "not_met", f"实际“{actual}”，{counted}，未达到“零投诉”"


def withdrawn(actual: str) -> tuple[str, str]:
    """The verdict of a zero target 零投诉 whose counted complaint *actual* takes back."""
    return "unknown", f"实际“{actual}”无法与年度指标“零投诉”对照"


RETRACTIONS = [
    pytest.param(
        "发生投诉2起，其中1起经核实不属实",
        broken("发生投诉2起，其中1起经核实不属实"),
        id="part-retracted-one-remains",
    ),
    pytest.param(
        "发生投诉3起，其中1起不属实", broken("发生投诉3起，其中1起不属实"), id="part-of-three"
    ),
    pytest.param(
        "发生投诉1起，经核实不属实，另有属实投诉1起",
        broken("发生投诉1起，经核实不属实，另有属实投诉1起"),
        id="another-true-count-follows",
    ),
    pytest.param(
        "发生投诉1起，投诉人未撤诉", broken("发生投诉1起，投诉人未撤诉"), id="negated-withdrawal"
    ),
    pytest.param(
        "发生投诉1起，经核实属实，处罚决定已撤销",
        broken("发生投诉1起，经核实属实，处罚决定已撤销"),
        id="something-else-revoked",
    ),
    pytest.param(
        "发生投诉1起，经核实不属实", withdrawn("发生投诉1起，经核实不属实"), id="whole-retracted"
    ),
    pytest.param(
        "发生投诉2起，经核实2起均不属实",
        withdrawn("发生投诉2起，经核实2起均不属实"),
        id="whole-count-retracted",
    ),
    pytest.param(
        "发生投诉2起，其中1起不属实，另1起系误报",
        withdrawn("发生投诉2起，其中1起不属实，另1起系误报"),
        id="parts-adding-up-to-the-count",
    ),
    pytest.param(
        "发生投诉1起，投诉人已撤诉",
        withdrawn("发生投诉1起，投诉人已撤诉"),
        id="reporter-withdrew",
    ),
    pytest.param(
        "发生投诉1起，该投诉经核实不属实",
        withdrawn("发生投诉1起，该投诉经核实不属实"),
        id="event-named-in-retraction",
    ),
]


@pytest.mark.parametrize(("actual", "expected"), RETRACTIONS)
def test_retraction_must_cover_the_count(actual: str, expected: tuple[str, str]) -> None:
    """A later clause cancels the count only when it takes all of it back (W1)."""
    assert self_reading("有效投诉", "零投诉", actual) == expected


def track_row(planned: str, actual: str, name: str) -> tuple[str, str, list[str]]:
    """The progress, explanation and finding ids of one 1–9月 跟踪表 row, 偏差原因 empty."""
    row = indicator(
        name=name,
        target=planned,
        planned=planned,
        actual=actual,
        likelihood="确定能",
        level2="质量指标",
        reason="",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    found = card.verdicts[0]
    return found.progress.value, found.explanation, sorted(finding_ids(card))


KEPT = (
    "on_track",
    "年度指标为文字描述，实际完成情况需人工判断",
    ["missing-category", "target-not-measurable"],
)


def behind(planned: str, actual: str) -> tuple[str, str, list[str]]:
    """A plan 不X a later clause contradicts, 偏差原因 empty."""
    return (
        "behind",
        f"年度指标为文字描述，实际完成情况需人工判断；实际“{actual}”未达到计划“{planned}”",
        [
            "judgement-optimistic",
            "missing-category",
            "missing-corrective-measures",
            "missing-deviation-reason",
            "target-not-measurable",
        ],
    )


def kept_none_added(actual: str) -> tuple[str, str, list[str]]:
    """不新增 (the zero family since parse48 H4) kept: another thing added later."""
    return (
        "on_track",
        f"实际“{actual}”说明新增为零，其他数量不涉及该事项，达到“不新增”",
        ["missing-category"],
    )


def added(actual: str) -> tuple[str, str, list[str]]:
    """不新增 (the zero family since parse48 H4) missed: a later clause adds the thing."""
    return (
        "behind",
        f"实际“{actual}”仍有新增，未达到“不新增”；实际“{actual}”未达到计划“不新增”",
        [
            "judgement-optimistic",
            "missing-category",
            "missing-corrective-measures",
            "missing-deviation-reason",
        ],
    )


LATER_CLAUSES = [
    pytest.param(
        "违规建设",
        "不新增",
        "未新增违建，但新增巡查人员2名",
        kept_none_added("未新增违建，但新增巡查人员2名"),
        id="more-staff",
    ),
    pytest.param(
        "违规建设",
        "不新增",
        "未新增，但新增执法人员2名",
        kept_none_added("未新增，但新增执法人员2名"),
        id="no-object-more-staff",
    ),
    pytest.param(
        "违规建设",
        "不新增",
        "未新增，但存量违建新增巡查点3处",
        kept_none_added("未新增，但存量违建新增巡查点3处"),
        id="more-inspection-points",
    ),
    pytest.param(
        "违规建设",
        "不新增",
        "未新增违建，另有新增整治任务3项",
        kept_none_added("未新增违建，另有新增整治任务3项"),
        id="more-remediation-tasks",
    ),
    pytest.param(
        "违规建设",
        "不新增",
        "未新增，但发现违规新增1处",
        added("未新增，但发现违规新增1处"),
        id="added-one-no-object",
    ),
    pytest.param(
        "违规建设",
        "不新增",
        "未新增违建，但新增违建1处",
        added("未新增违建，但新增违建1处"),
        id="added-the-negated-object",
    ),
    pytest.param(
        "违规建设",
        "不新增",
        "未新增，但新增违建1处",
        added("未新增，但新增违建1处"),
        id="added-the-row-thing",
    ),
    pytest.param(
        "耕地占用",
        "不占用",
        "未占用基本农田，但占用一般耕地5亩",
        behind("不占用", "未占用基本农田，但占用一般耕地5亩"),
        id="occupied-the-row-thing",
    ),
]


@pytest.mark.parametrize(("name", "planned", "actual", "expected"), LATER_CLAUSES)
def test_later_clause_contradicts_only_on_the_same_thing(
    name: str, planned: str, actual: str, expected: tuple[str, str, list[str]]
) -> None:
    """A later 但 clause turns a kept plan 不X behind only when done to its own thing (W2)."""
    assert track_row(planned, actual, name) == expected


EXCLUDED_PARTS = [
    pytest.param(
        ("非博士人才引进", "≥30名", "引进人才46名（其中博士12名、硕士34名）"),
        ("met", "实际46名，达到年度指标≥30名"),
        id="not-doctors",
    ),
    pytest.param(
        ("博士以外人才引进", "≥30名", "引进人才46名（其中博士12名、硕士34名）"),
        ("met", "实际46名，达到年度指标≥30名"),
        id="other-than-doctors",
    ),
    pytest.param(
        ("除博士外人才引进", "≥30名", "引进人才46名（其中博士12名、硕士34名）"),
        ("met", "实际46名，达到年度指标≥30名"),
        id="except-doctors",
    ),
    pytest.param(
        ("培训非贫困户", "≥100户", "培训150户（其中贫困户40户）"),
        ("met", "实际150户，达到年度指标≥100户"),
        id="single-part-excluded",
    ),
    pytest.param(
        ("引进博士后", "≥10名", "引进人才46名（其中博士12名、硕士34名）"),
        ("met", "实际46名，达到年度指标≥10名"),
        id="postdoc-is-not-doctor",
    ),
    pytest.param(
        ("引进非党员人才", "≥30名", "引进人才46名（其中党员12名、非党员34名）"),
        (
            "met",
            (
                "实际34名（“引进人才46名（其中党员12名、非党员34名）”中指标名称所指的数），"
                "达到年度指标≥30名"
            ),
        ),
        id="negated-part-named-itself",
    ),
    pytest.param(
        ("引进博士", "≥15名", "引进人才46名（其中博士12名、硕士34名）"),
        (
            "not_met",
            (
                "实际12名（“引进人才46名（其中博士12名、硕士34名）”中指标名称所指的数），"
                "未达年度指标≥15名"
            ),
        ),
        id="part-named-still-picked",
    ),
]


@pytest.mark.parametrize(("row", "expected"), EXCLUDED_PARTS)
def test_row_excluding_a_part_does_not_pick_it(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    """A row name excluding a part (非博士, 博士以外) or naming another (博士后) keeps the whole (W3)."""
    assert self_reading(*row) == expected
