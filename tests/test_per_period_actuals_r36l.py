"""r36l: a count per period done against a count per another period asked.

- ``每3个月1次`` against ``每两个月1次``, ``每季度2次`` against ``每月2次``, ``每季度1次``
  against ``每月1次`` were met, 1 against 1: now both are the year's count where each
  period makes a whole year (months, two months, quarters, half years), "实际每3个月1次
  （全年计4次），未达年度指标每两个月1次（全年计6次）"; more often meets (``每月1次``
  against ``每季度1次``); ``1次/季度`` against ``每月1次`` likewise (it was unit-mismatch);
- a week or days on either side has no count in a year: unknown (they were met);
- a text of work kept each period (``每季度均按时召开``, ``每月均已开展``, ``已按月开展``)
  is once each of its periods: judged so against another period, and ``已按月开展``
  against ``每月1次`` as ``每月均…`` is (it was "不是数值");
- a 跟踪表 judges the same rates, pending when short, and the progress counts the
  actual's periods over the table's months (``每月1次`` is 6次 over 1-6月).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from grade_tables import found, self_table, verdict
from perftrack.scoring import score
from scoring_builders import indicator, verdict_of

if TYPE_CHECKING:
    from collections.abc import Callable

SELF_VERDICTS = [
    # the brief's: every three months is fewer than every two
    (
        "每两个月1次",
        "每3个月1次",
        "not_met",
        "实际每3个月1次（全年计4次），未达年度指标每两个月1次（全年计6次）",
    ),
    (
        "每2个月1次",
        "每3个月1次",
        "not_met",
        "实际每3个月1次（全年计4次），未达年度指标每2个月1次（全年计6次）",
    ),
    (
        "每月2次",
        "每季度2次",
        "not_met",
        "实际每季度2次（全年计8次），未达年度指标每月2次（全年计24次）",
    ),
    (
        "每月1次",
        "每季度1次",
        "not_met",
        "实际每季度1次（全年计4次），未达年度指标每月1次（全年计12次）",
    ),
    (
        "每月至少1次",
        "每季度1次",
        "not_met",
        "实际每季度1次（全年计4次），未达年度指标每月至少1次（全年计≥12次）",
    ),
    (
        "每半年1次",
        "每年1次",
        "not_met",
        "实际每年1次（全年计1次），未达年度指标每半年1次（全年计2次）",
    ),
    # more often than asked meets
    (
        "每季度1次",
        "每月1次",
        "met",
        "实际每月1次（全年计12次），达到年度指标每季度1次（全年计4次）",
    ),
    (
        "每季度2次",
        "每月1次",
        "met",
        "实际每月1次（全年计12次），达到年度指标每季度2次（全年计8次）",
    ),
    (
        "每2个月1次",
        "每月开展1次",
        "met",
        "实际每月开展1次（全年计12次），达到年度指标每2个月1次（全年计6次）",
    ),
    (
        "每季度开展1次",
        "每2个月开展1次",
        "met",
        "实际每2个月开展1次（全年计6次），达到年度指标每季度开展1次（全年计4次）",
    ),
    # a count per period in its unit (it was unit-mismatch)
    (
        "每月1次",
        "1次/季度",
        "not_met",
        "实际1次/季度（全年计4次），未达年度指标每月1次（全年计12次）",
    ),
    (
        "每季度1次",
        "1次/月",
        "met",
        "实际1次/月（全年计12次），达到年度指标每季度1次（全年计4次）",
    ),
    (
        "≥2次/月",
        "每季度3次",
        "not_met",
        "实际每季度3次（全年计12次），未达年度指标≥2次/月（全年计≥24次）",
    ),
    # weeks and days have no count in a year (they were met, 1 against 1)
    (
        "每月1次",
        "每两周1次",
        "unknown",
        "实际每两周1次按两周计，无法与年度指标“每月1次”直接对照，需人工判断",
    ),
    (
        "每两周1次",
        "每月1次",
        "unknown",
        "年度指标“每两周1次”按两周计，无法与实际每月1次直接对照，需人工判断",
    ),
    (
        "每月1次",
        "每周1次",
        "unknown",
        "实际每周1次按周计，无法与年度指标“每月1次”直接对照，需人工判断",
    ),
    (
        "每周1次",
        "每月1次",
        "unknown",
        "年度指标“每周1次”按周计，无法与实际每月1次直接对照，需人工判断",
    ),
    # prose of regularity: once each period it names
    (
        "每月1次",
        "已按月开展",
        "met",
        "实际“已按月开展”，每期均已开展，达到年度指标“每月1次”",
    ),
    (
        "每季度1次",
        "按季度召开",
        "met",
        "实际“按季度召开”，每期均已开展，达到年度指标“每季度1次”",
    ),
    (
        "每月1次",
        "每季度均按时召开",
        "not_met",
        "实际“每季度均按时召开”（全年计4次），未达年度指标每月1次（全年计12次）",
    ),
    (
        "每两个月1次",
        "每季度均已开展",
        "not_met",
        "实际“每季度均已开展”（全年计4次），未达年度指标每两个月1次（全年计6次）",
    ),
    (
        "每季度1次",
        "每月均已开展",
        "met",
        "实际“每月均已开展”（全年计12次），达到年度指标每季度1次（全年计4次）",
    ),
    (
        "每季度1次",
        "已按月开展",
        "met",
        "实际“已按月开展”（全年计12次），达到年度指标每季度1次（全年计4次）",
    ),
    (
        "每月1次",
        "每周均已开展",
        "unknown",
        "实际“每周均已开展”按周计，无法与年度指标“每月1次”直接对照，需人工判断",
    ),
]


def self_evaluation_test(cases: list[tuple[str, str, str, str]]) -> Callable[..., None]:
    """A test of 开展巡查's verdict in a self-evaluation table, one per case.

    A case is (target, actual, attainment, explanation); r36t's cases are judged alike.
    """

    @pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), cases)
    def test(target: str, actual: str, attainment: str, explanation: str) -> None:
        assert verdict("数量指标", "开展巡查", target, actual) == (attainment, explanation)

    return test


test_self_evaluation_verdict = self_evaluation_test(SELF_VERDICTS)


POINTS = [
    # 4 of the year's 6, 12 of 24: the printed full points are questioned
    ("每两个月1次", "每3个月1次", "6.67"),
    ("≥2次/月", "每季度3次", "5.00"),
]


@pytest.mark.parametrize(("target", "actual", "computed"), POINTS)
def test_points_count_the_year(target: str, actual: str, computed: str) -> None:
    table = self_table(["产出指标", "数量指标", "开展巡查", target, actual, "10", "10"])
    messages = [message for code, _, message in found(table) if code == "full-points-not-met"]
    assert messages == [f"“开展巡查”未完成目标却得满分（填报得分10，计算得分{computed}）"]
    assert "unit-mismatch" not in [f.id for f in score(table).findings]


TRACKING = [
    (
        "每两个月1次",
        "3次",
        "每3个月1次",
        "pending",
        "behind",
        (
            "实际每3个月1次（全年计4次），未达年度指标每两个月1次（全年计6次），距年底尚有时间；"
            "实际1次落后于计划3次"
        ),
    ),
    (
        "每月1次",
        "6次",
        "每季度1次",
        "pending",
        "behind",
        (
            "实际每季度1次（全年计4次），未达年度指标每月1次（全年计12次），距年底尚有时间；"
            "实际1次（每季度，6个月计2次）落后于计划6次"
        ),
    ),
    # every month is 6 over 1-6月, ahead of two quarters' 2 (it was behind, 1 against 2)
    (
        "每季度1次",
        "2次",
        "每月1次",
        "met",
        "on_track",
        "实际每月1次（全年计12次），达到年度指标每季度1次（全年计4次）",
    ),
    (
        "每月1次",
        "6次",
        "每季度均按时召开",
        "pending",
        "behind",  # r36t: two quarters are 2次 of the plan's 6 (it was unknown)
        (
            "实际“每季度均按时召开”（全年计4次），未达年度指标每月1次（全年计12次），距年底尚有时间；"
            "实际“每季度均按时召开”（每季度，6个月计2次）落后于计划6次"
        ),
    ),
    (
        "每季度1次",
        "2次",
        "每月均已开展",
        "pending",
        "on_track",
        "实际“每月均已开展”（全年计12次），按此频次可达到年度指标每季度1次（全年计4次），尚未到期",
    ),
    (
        "每月1次",
        "6次",
        "已按月开展",
        "pending",
        "on_track",  # r36t: six months are the plan's 6次 (it was unknown)
        "实际“已按月开展”，截至目前每期均已开展，年度指标“每月1次”尚未到期",
    ),
]


def tracking_test(cases: list[tuple[str, str, str, str, str, str]]) -> Callable[..., None]:
    """A test of 开展巡查's verdict in a 跟踪表 of 2023年1-6月, one per case.

    A case is (target, planned, actual, attainment, progress, explanation); r36t's cases
    are judged alike.
    """

    @pytest.mark.parametrize(
        ("target", "planned", "actual", "attainment", "progress", "explanation"), cases
    )
    def test(  # noqa: PLR0913, PLR0917 - one per column
        target: str, planned: str, actual: str, attainment: str, progress: str, explanation: str
    ) -> None:
        row = indicator("开展巡查", target, actual, planned)
        found_verdict = verdict_of(row, period=(2023, 1, 2023, 6))
        assert found_verdict.attainment.value == attainment
        assert found_verdict.progress is not None
        assert found_verdict.progress.value == progress
        assert found_verdict.explanation == explanation

    return test


test_tracking_verdict = tracking_test(TRACKING)
