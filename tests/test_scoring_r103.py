"""Regressions of regress103 (r103): zero targets, plans of 不X, plans in % of a rate.

Each case is a row of the probe 自评表 or 跟踪表 (tests/probe_tables.py,
tests/scoring_builders.py) and its exact verdict.
"""

from __future__ import annotations

import pytest

from perftrack import score
from probe_tables import self_reading
from scoring_builders import YEAR, finding_ids, indicator, tracking_table

WITHDRAWN = [
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，经核实不属实"),
        ("unknown", "实际“发生投诉1起，经核实不属实”无法与年度指标“零投诉”对照"),
        id="complaint-found-untrue",
    ),
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，经查不属实"),
        ("unknown", "实际“发生投诉1起，经查不属实”无法与年度指标“零投诉”对照"),
        id="complaint-checked-untrue",
    ),
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，系误报"),
        ("unknown", "实际“发生投诉1起，系误报”无法与年度指标“零投诉”对照"),
        id="complaint-false-report",
    ),
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，已撤销"),
        ("unknown", "实际“发生投诉1起，已撤销”无法与年度指标“零投诉”对照"),
        id="complaint-withdrawn",
    ),
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，已办结"),
        ("not_met", "实际“发生投诉1起，已办结”，发生投诉1起，未达到“零投诉”"),
        id="complaint-handled-still-counts",
    ),
    pytest.param(
        ("水上交通安全事故", "零事故", "发生一般等级水上交通事故1起，无人员伤亡"),
        (
            "not_met",
            (
                "实际“发生一般等级水上交通事故1起，无人员伤亡”，发生一般等级水上交通事故1起，"
                "未达到“零事故”"
            ),
        ),
        id="accident-without-casualties-still-counts",
    ),
]


@pytest.mark.parametrize(("row", "expected"), WITHDRAWN)
def test_withdrawn_event_does_not_break_zero(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    """A later clause taking the counted event back leaves a zero target to a reviewer (W1)."""
    assert self_reading(*row) == expected


def track_row(
    name: str, target: str, planned: str, actual: str, reason: str = "x"
) -> tuple[str, str, list[str]]:
    """The progress, explanation and finding ids of one row of a 1–9月 跟踪表 (确定能, 质量指标).

    A *reason* of ``-`` leaves the 偏差原因 cell empty.
    """
    row = indicator(
        name=name,
        target=target,
        planned=planned,
        actual=actual,
        likelihood="确定能",
        level2="质量指标",
        reason="" if reason == "-" else reason,
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    found = card.verdicts[0]
    return found.progress.value, found.explanation, sorted(finding_ids(card))


CONTRADICTED = [
    pytest.param(
        # 不新增 is the zero family since parse48 H4: the later clause misses it; 未新增
        # is no status 未完成 (k31l), so the reason given says the lag, as for 新增1处
        ("违规建设", "不新增", "不新增", "未新增，但发现违规新增1处"),
        (
            "behind",
            "实际“未新增，但发现违规新增1处”仍有新增，未达到“不新增”；表中填写了偏差原因",
            [
                "judgement-optimistic",
                "missing-category",
                "missing-corrective-measures",
            ],
        ),
        id="but-added-one",
    ),
    pytest.param(
        ("历史建筑拆除", "不拆除", "不拆除", "未拆除，但拆除历史建筑2处"),
        (
            "behind",
            (
                "年度指标为文字描述，实际完成情况需人工判断；"
                "实际“未拆除，但拆除历史建筑2处”未达到计划“不拆除”"
            ),
            [
                "judgement-optimistic",
                "missing-category",
                "missing-corrective-measures",
                "target-not-measurable",
            ],
        ),
        id="but-demolished-two",
    ),
    pytest.param(
        # another thing than the row's demolished (附属棚房 of 历史建筑拆除): kept (r104 W2)
        ("历史建筑拆除", "不拆除", "不拆除", "未拆除，但拆除附属棚房2处"),
        (
            "on_track",
            "年度指标为文字描述，实际完成情况需人工判断",
            ["missing-category", "target-not-measurable"],
        ),
        id="but-demolished-another-thing",
    ),
    pytest.param(
        ("历史建筑拆除", "不拆除", "不拆除", "未拆除历史建筑，修缮8处"),
        (
            "on_track",
            "年度指标为文字描述，实际完成情况需人工判断",
            ["missing-category", "target-not-measurable"],
        ),
        id="other-work-after",
    ),
    pytest.param(
        ("违规建设", "不新增", "不新增", "未新增，但仍有存量2处待整改"),
        (
            "on_track",
            "实际“未新增，但仍有存量2处待整改”，达到“不新增”",
            ["missing-category"],
        ),
        id="but-without-the-verb",
    ),
]


@pytest.mark.parametrize(("row", "expected"), CONTRADICTED)
def test_plan_of_not_broken_by_later_clause(
    row: tuple[str, str, str, str], expected: tuple[str, str, list[str]]
) -> None:
    """A plan 不X is not echoed by 未X when a later 但/仍/另有 clause says X done (W2)."""
    assert track_row(*row) == expected


PLAN_IN_PERCENT = [
    pytest.param(
        ("合格率", "较上年提高5%", "较上年提高3%", "由80%提高至84%", "已按计划推进"),
        (
            "on_track",
            (
                "实际由80%提高至84%，按相对变化提高5%，达到年度指标较上年提高5%；"
                "按百分点提高4个百分点，未达；口径不明，需人工判断"
            ),
            ["missing-category"],
        ),
        id="both-reach-plan-reason-filled",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "提高3%", "由80%提高至83%", "-"),
        (
            "on_track",
            (
                "实际由80%提高至83%（按相对变化提高3.75%，按百分点提高3个百分点），"
                "未达年度指标较上年提高5%，距年底尚有时间"
            ),
            ["missing-category"],
        ),
        id="both-reach-plan-no-reason",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "提高3%", "由150%提高至153%", "x"),
        (
            "unknown",
            (
                "实际由150%提高至153%（按相对变化提高2%，按百分点提高3个百分点），"
                "未达年度指标较上年提高5%，距年底尚有时间；"
                "实际由150%提高至153%，按相对变化提高2%，未达计划提高3%；"
                "按百分点提高3个百分点，达到；口径不明，需人工判断"
            ),
            # a 合格率 of 153% is no share of a whole: a data error (r37s)
            ["actual-implausible", "missing-category"],
        ),
        id="readings-disagree-reason-filled",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PLAN_IN_PERCENT)
def test_plan_in_percent_read_both_ways(
    row: tuple[str, str, str, str, str], expected: tuple[str, str, list[str]]
) -> None:
    """A plan in % against two levels of a rate follows the target's two readings (W3)."""
    *cells, reason = row
    assert track_row(*cells, reason=reason) == expected


FROM_ZERO = [
    pytest.param(
        ("合格率", "较上年提高5%", "由0%提高至60%"),
        (
            "met",
            "实际由0%提高至60%（由0起无相对变化，按百分点提高60个百分点），达到年度指标较上年提高5%",
        ),
        id="from-zero-met-on-points",
    ),
    pytest.param(
        ("合格率", "较上年提高5%", "由0%提高至3%"),
        (
            "not_met",
            "实际由0%提高至3%（由0起无相对变化，按百分点提高3个百分点），未达年度指标较上年提高5%",
        ),
        id="from-zero-not-met-on-points",
    ),
    pytest.param(
        ("事故率", "较上年下降5%", "由0%提高至2%"),
        ("not_met", "实际由0%提高至2%（提高2个百分点），与年度指标“较上年下降5%”方向相反"),
        id="from-zero-other-way",
    ),
]


@pytest.mark.parametrize(("row", "expected"), FROM_ZERO)
def test_rate_from_zero_read_in_points(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    """From a level of 0 there is no relative change: the points reading decides (W4)."""
    assert self_reading(*row) == expected


def test_rate_from_zero_against_plan() -> None:
    """The same in a 跟踪表: the points reading against a plan in %, no 偏差原因 lag (W4)."""
    assert track_row("合格率", "较上年提高5%", "较上年提高3%", "由0%提高至60%") == (
        "on_track",
        "实际由0%提高至60%（由0起无相对变化，按百分点提高60个百分点），达到年度指标较上年提高5%",
        ["missing-category"],
    )


ZERO_GROWTH = [
    pytest.param(
        ("投诉率", "零增长", "由10%下降至8%"),
        ("met", "实际由10%下降至8%（下降2个百分点），达到年度指标零增长"),
        id="rate-falls-under-zero-growth",
    ),
    pytest.param(
        ("投诉率", "负增长", "由10%下降至8%"),
        ("met", "实际由10%下降至8%（下降2个百分点），达到年度指标负增长"),
        id="rate-falls-under-negative-growth",
    ),
    pytest.param(
        ("投诉率", "零增长", "由10%提高至12%"),
        ("not_met", "实际由10%提高至12%（提高2个百分点），超出年度指标零增长"),
        id="rate-rises-under-zero-growth",
    ),
    pytest.param(
        ("森林覆盖率", "不低于上年", "由80%下降至70%"),
        ("not_met", "实际由80%下降至70%（下降10个百分点），与年度指标“不低于上年”方向相反"),
        id="rate-falls-under-not-below-last-year",
    ),
    # guards, already right before r103 (the brief's residuals)
    pytest.param(
        ("投诉", "零增长", "由5起下降至3起"),
        ("met", "实际由5起下降至3起（下降40%），达到年度指标零增长"),
        id="count-falls-under-zero-growth",
    ),
    pytest.param(
        ("安全", "零事故", "发生安全事故0起"),
        ("met", "实际发生安全事故0起，达到“零事故”"),
        id="zero-accidents-counted",
    ),
]


@pytest.mark.parametrize(("row", "expected"), ZERO_GROWTH)
def test_fall_against_zero_growth(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    """Against a bar of 0 (零增长) a fall of a rate is read too: the sign decides (residual)."""
    assert self_reading(*row) == expected
