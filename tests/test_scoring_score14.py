"""Points errors that changed grades (score14): H1, done late written as a done status
with a late remark; H2, a part done against a completion word; H3/M1, label weights.

Against ``2023年9月底前`` in a 2023 自评表, ``已完成（10月）``, ``已完成(2023.10)``,
``完成（延期至10月）``, ``完成，滞后1个月``, ``已完成，但延期1个月`` and
``已完成（比计划晚1个月）`` were met with full points and no ``deadline-passed``, while
``已完成（2023年10月）`` was not met. The remark's month or late word now decides.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from perftrack.policy import Policy
from perftrack.scoring import score
from scoring_builders import (
    budget_line,
    by_id,
    indicator,
    self_evaluation_table,
    verdict_of,
)

if TYPE_CHECKING:
    from perftrack.model import Table

DUE = "2023年9月底前"


@pytest.mark.parametrize(
    ("actual", "attainment"),
    [
        ("已完成（10月）", "not_met"),
        ("已完成(2023.10)", "not_met"),
        ("完成（延期至10月）", "not_met"),
        ("完成，滞后1个月", "not_met"),
        ("已完成，但延期1个月", "not_met"),
        ("已完成（比计划晚1个月）", "not_met"),
        ("已完成（2023年10月）", "not_met"),
        ("滞后1个月", "not_met"),
        ("延期15天", "not_met"),
        # on time or no time said
        ("已完成（9月）", "met"),
        ("已完成(2023.08)", "met"),
        ("已完成", "met"),
        ("已完成5次", "met"),
    ],
)
def test_a_done_status_with_a_remark_of_its_time_at_due(actual: str, attainment: str) -> None:
    rows = [indicator("完工时间", DUE, actual, weight=10)]
    assert score(self_evaluation_table(rows)).verdicts[0].attainment.value == attainment


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        ("2023年12月底前", "滞后1个月", "pending"),  # put off, the due date still ahead
        ("2023年12月底前", "完成，滞后1个月", "not_met"),  # done, and done late
        ("2023年6月底前", "已完成（7月）", "not_met"),
    ],
)
def test_a_late_remark_in_a_tracking_table(target: str, actual: str, attainment: str) -> None:
    verdict = verdict_of(indicator("完工时间", target, actual), period=(2023, 1, 2023, 8))
    assert verdict.attainment.value == attainment


def test_done_late_rows_score_nothing_and_are_flagged() -> None:
    actuals = ("已完成（10月）", "完成，滞后1个月", "已完成（比计划晚1个月）")
    rows = [indicator(f"完工{n}", DUE, a, weight=10) for n, a in enumerate(actuals)]
    rows.append(indicator("其他", "≥5个", "5个", weight=70))
    card = score(self_evaluation_table(rows))
    assert card.points is not None
    assert [item.points for item in card.points.items if item.indicator in (0, 1, 2)] == [
        0,
        0,
        0,
    ]
    assert len(by_id(card, "deadline-passed")) == 3


# score14 H2: a part done, or work under way, against a completion word
@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        ("完成", "部分完成", "partial"),
        ("按计划完成", "部分完成", "partial"),
        ("全面完成", "部分完成", "partial"),
        ("完成", "大部分完成", "partial"),
        ("完成", "已部分完成", "partial"),
        ("完成", "完成80%", "partial"),
        ("完成", "完成全年任务的80%", "partial"),
        ("实现", "部分实现", "partial"),
        ("达到预期", "部分达到预期", "partial"),
        ("按时完成", "部分按时完成", "partial"),
        ("完成", "基本完成", "partial"),
        ("完成", "正在推进", "not_met"),
        ("按计划完成", "正在施工", "not_met"),
        ("完成", "已完成", "met"),
        ("完成", "未完成", "not_met"),
        # no completion word, or a part before a phrase: the reviewer's
        ("二等奖", "二等奖（申报中）", "unknown"),
        ("按季度发放", "部分按季度发放", "unknown"),
    ],
)
def test_a_part_done_against_a_completion_at_year_end(
    target: str, actual: str, attainment: str
) -> None:
    rows = [indicator("工作任务", target, actual, weight=10)]
    assert score(self_evaluation_table(rows)).verdicts[0].attainment.value == attainment


@pytest.mark.parametrize(
    ("actual", "attainment"),
    # a part done mid-year is pending, the final partial at the year's end (parse56 F17)
    [("正在施工", "pending"), ("部分完成", "pending"), ("完成80%", "pending")],
)
def test_a_part_done_against_a_completion_mid_year(actual: str, attainment: str) -> None:
    verdict = verdict_of(indicator("工作任务", "完成", actual), period=(2023, 1, 2023, 8))
    assert verdict.attainment.value == attainment


def test_parts_done_are_scored_not_left_out() -> None:
    rows = [
        indicator("校舍维修改造任务", "完成", "部分完成", weight=10),
        indicator("教学设备购置", "完成", "大部分完成", weight=10),
        indicator("运动场改造", "按计划完成", "正在施工", weight=10),
        indicator("其他", "≥5个", "5个", weight=70),
    ]
    card = score(self_evaluation_table(rows))
    assert card.points is not None
    assert card.points.total == 86  # 8 + 8 + 0 + 70


# score14 H3/M1: level-1 weights printed in labels, no 分值 column
def _labelled(
    weights: tuple[int, int, int],
    executed: str,
    area: str = "2.1万亩",
    *,
    rate_weight: int | None = None,
) -> Table:
    output, effect, satisfaction = weights
    rows = [
        indicator("建设面积", "≥2万亩", area),
        indicator("合格率", "100%", "100%"),
        indicator("新增产能", "≥200万斤", "210万斤", level1="效益指标", level2="经济效益指标"),
        indicator("满意度", "≥90%", "92%", level1="满意度指标", level2="服务对象满意度指标"),
    ]
    return self_evaluation_table(
        rows,
        [budget_line(period_budget="3000", executed=executed, weight=rate_weight)],
        level1_weights=(("产出指标", output), ("效益指标", effect), ("满意度指标", satisfaction)),
    )


# (weights, policy, (executed, area), (total, the rate's weight, weights-not-100))
LABELLED = [
    # the central template's labels: the rate takes the rest, 10, under either policy
    ((50, 30, 10), None, ("3000", "2.1万亩"), ("100.00", 10, False)),
    ((50, 30, 10), "hubei", ("3000", "2.1万亩"), ("100.00", 10, True)),
    ((50, 30, 10), "hubei", ("2400", "2.1万亩"), ("98.00", 10, True)),
    # 1.6 of 2万亩: 80% of 25 points
    ((50, 30, 10), "hubei", ("2400", "1.6万亩"), ("93.00", 10, True)),
    # labels of 80: Hubei's 20 fits, the central 10 does not (the rate takes 20)
    ((40, 30, 10), "hubei", ("3000", "2.1万亩"), ("100.00", 20, False)),
    ((40, 30, 10), None, ("3000", "2.1万亩"), ("100.00", 20, True)),
]


@pytest.mark.parametrize(("weights", "policy", "cells", "expected"), LABELLED)
def test_label_weights_leave_the_rate_the_rest_of_100(
    weights: tuple[int, int, int],
    policy: str | None,
    cells: tuple[str, str],
    expected: tuple[str, int, bool],
) -> None:
    total, rate_weight, warned = expected
    chosen = Policy.hubei() if policy == "hubei" else None
    card = score(_labelled(weights, *cells), policy=chosen)
    assert card.points is not None
    assert card.points.total == Decimal(total)
    rate = [item for item in card.points.items if item.budget_line is not None]
    assert [item.weight for item in rate] == [rate_weight]
    assert bool(by_id(card, "weights-not-100")) is warned
    assert by_id(card, "points-over-maximum") == []


def test_labels_and_a_printed_rate_weight_not_100_are_rescaled() -> None:
    card = score(_labelled((40, 30, 10), "3000", rate_weight=10))
    assert card.points is not None
    assert card.points.total == Decimal("100.00")  # 90 of 90
    [found] = by_id(card, "weights-not-100")
    assert "按100分折算" in found.message


# score14 M2: a one-decimal 得分 that is the rounding of the points computed
FULL = ["full-points-not-met"]


@pytest.mark.parametrize(
    ("actual", "printed", "found"),
    [
        ("99.6%", "10.0", []),  # 9.96 printed to one decimal
        ("99.95%", "10.0", []),  # 9.99 (points are cut to the cent) is 10.0 too
        ("99%", "10.0", FULL),  # 9.90 is 9.9: full points given for a miss
        ("99.6%", "10.00", FULL),  # 9.96 to two decimals is no 10.00
        ("99.6%", "10", FULL),  # a whole number gives no precision to round to
    ],
)
def test_full_points_on_a_miss_and_the_printed_rounding(
    actual: str, printed: str, found: list[str]
) -> None:
    rows = [
        indicator("发放率", "100%", actual, weight=10, points=printed),
        indicator("其他", "≥5个", "5个", weight=90, points=90),
    ]
    card = score(self_evaluation_table(rows))
    assert card.verdicts[0].attainment.value == "not_met"
    assert [f.id for f in by_id(card, "full-points-not-met")] == found
