"""k26: zero ceilings against prose counts, done-marked changes, windows of months.

Each case is one row of the probe 自评表 (2025, as of its year's end):

1. ``0起`` on ``较大及以上火灾`` against a prose actual: a count of the row's own
   event breaks the ceiling, a none of it (or ``0起`` of it) meets it; a count of a
   lesser grade or of another event is a note.
2. ``提高200元/人`` against ``已提高200元/人``: ``已`` marks the change done, like
   ``实际`` and ``完成``; the same change is compared.
3. ``10月起至12月`` is the period ``10月至12月``; an actual naming a window inside it
   (``10月至12月实施``) met the target once the window has passed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from grammar_paths import fast_and_full
from perftrack import Descriptive, PeriodTarget, parse_target
from probe_tables import self_verdict


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "较大及以上火灾",
            "0起",
            "发生较大火灾1起，未发生重大火灾",
            "not_met",
            "实际1起（“发生较大火灾1起，未发生重大火灾”中指标名称所指的数）已超出年度上限=0起",
            id="own-grade-counted-wider-none",
        ),
        pytest.param(
            "较大及以上火灾",
            "0起",
            "全年共发生较大火灾2起，均已扑灭",
            "not_met",
            "实际2起（“全年共发生较大火灾2起，均已扑灭”中指标名称所指的数）已超出年度上限=0起",
            id="own-grade-counted-then-note",
        ),
        pytest.param(
            "较大及以上火灾",
            "≤0起",
            "发生重大火灾1起，无人员伤亡",
            "not_met",
            "实际1起（“发生重大火灾1起，无人员伤亡”中指标名称所指的数）已超出年度上限≤0起",
            id="higher-grade-counted-none-of-harm",
        ),
        pytest.param(
            "安全事故",
            "0起",
            "全年发生安全事故1起，已妥善处置",
            "not_met",
            "实际1起（“全年发生安全事故1起，已妥善处置”中指标名称所指的数）已超出年度上限=0起",
            id="own-event-counted-handled",
        ),
        pytest.param(
            "较大及以上火灾",
            "0起",
            "发生一般火灾2起，未发生较大及以上火灾",
            "met",
            "实际0起（“发生一般火灾2起，未发生较大及以上火灾”中指标名称所指的数），达到年度指标=0起",
            id="lesser-grade-counted-own-none",
        ),
        pytest.param(
            "较大及以上火灾",
            "0起",
            "发生火灾3起，未发生较大及以上火灾",
            "met",
            "实际0起（“发生火灾3起，未发生较大及以上火灾”中指标名称所指的数），达到年度指标=0起",
            id="ungraded-counted-own-none",
        ),
        pytest.param(
            "较大及以上火灾",
            "0起",
            "较大及以上火灾0起，一般火灾2起",
            "met",
            "实际0起（“较大及以上火灾0起，一般火灾2起”中指标名称所指的数），达到年度指标=0起",
            id="own-zero-count-lesser-counted",
        ),
        # near misses: no count or none of the row's own event, or one contradicting itself
        pytest.param(
            "较大及以上火灾",
            "0起",
            "发生一般火灾2起，未发生重大火灾",
            "unknown",
            "实际“发生一般火灾2起，未发生重大火灾”不是数值，无法与年度指标比较",
            id="lesser-counted-narrower-none",
        ),
        pytest.param(
            "较大及以上火灾",
            "0起",
            "发生交通事故1起，未发生重大火灾",
            "unknown",
            "实际“发生交通事故1起，未发生重大火灾”不是数值，无法与年度指标比较",
            id="other-event-counted",
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "发生食品安全事故1起，已处理",
            "unknown",
            "实际“发生食品安全事故1起，已处理”不是数值，无法与年度指标比较",
            id="other-kind-of-accident",
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "发生交通事故1起，已处理",
            "not_met",
            "实际1起（“发生交通事故1起，已处理”中指标名称所指的数）已超出年度上限=0起",
            id="traffic-accident-may-be-the-rows-s27",
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "发生交通事故1起（非生产经营性），已处理",
            "unknown",
            "实际“发生交通事故1起（非生产经营性），已处理”不是数值，无法与年度指标比较",
            id="traffic-accident-said-not-production-s27",
        ),
        pytest.param(
            "较大及以上火灾",
            "0起",
            "发生较大火灾1起，未发生较大及以上火灾",
            "unknown",
            "实际“发生较大火灾1起，未发生较大及以上火灾”不是数值，无法与年度指标比较",
            id="contradiction",
        ),
        pytest.param(
            "较大及以上火灾",
            "5起",
            "发生较大火灾1起，未发生重大火灾",
            "unknown",
            "实际“发生较大火灾1起，未发生重大火灾”不是数值，无法与年度指标比较",
            id="no-zero-ceiling",
        ),
    ],
)
def test_zero_ceiling_against_prose_counts(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = self_verdict(name, target, actual)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "补助提高额",
            "提高200元/人",
            "已提高200元/人",
            "met",
            "实际已提高200元/人，达到年度指标提高200元/人",
            id="done-marker-same",
        ),
        pytest.param(
            "补助提高额",
            "提高200元/人",
            "已提高150元/人",
            "not_met",
            "实际已提高150元/人，未达年度指标提高200元/人",
            id="done-marker-short",
        ),
        pytest.param(
            "补助标准",
            "提高200元/人",
            "已经提高200元/人",
            "met",
            "实际已经提高200元/人，达到年度指标提高200元/人",
            id="done-marker-yijing",
        ),
        pytest.param(
            "补助标准",
            "提高10%",
            "已提高12%",
            "met",
            "实际已提高12%，达到年度指标提高10%",
            id="done-marker-percent",
        ),
        pytest.param(
            "发案率",
            "下降5%",
            "已上升2%",
            "not_met",
            "实际已上升2%，与年度指标“下降5%”方向相反",
            id="done-marker-opposite",
        ),
        # near misses: another measure's change, a plan, another unit
        pytest.param(
            "刑事案件发案率",
            "下降5%",
            "破案率已提高12%",
            "unknown",
            "实际“破案率已提高12%”与年度指标“下降5%”不是同一指标或同一基期的变化，需人工判断",
            id="another-measure-done",
        ),
        pytest.param(
            "补助标准",
            "提高200元/人",
            "预计提高200元/人",
            "unknown",
            "实际“预计提高200元/人”为预计数，不是实际完成值，无法判断是否达到年度指标",
            id="forecast",
        ),
        pytest.param(
            "补助标准",
            "提高200元/人",
            "已提高200元/户",
            "unknown",
            "实际已提高200元/户与年度指标提高200元/人单位不可比",
            id="another-unit",
        ),
    ],
)
def test_done_marked_change(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = self_verdict(name, target, actual)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("10月起至12月", PeriodTarget(2025, 10, None, 2025, 12, None), id="months"),
        pytest.param(
            "2025年10月起至2026年3月", PeriodTarget(2025, 10, None, 2026, 3, None), id="years"
        ),
        pytest.param(
            "2025年10月1日起至12月31日", PeriodTarget(2025, 10, 1, 2025, 12, 31), id="days"
        ),
        pytest.param(
            "10月起至12月完成", PeriodTarget(2025, 10, None, 2025, 12, None), id="done-word"
        ),
        pytest.param(
            "2025年起至2027年", PeriodTarget(2025, None, None, 2027, None, None), id="whole-years"
        ),
        # near misses: no end, no month, brackets round the whole cell (as every kind)
        pytest.param("10月起", Descriptive("10月起"), id="start-only"),
        pytest.param("10月起至", Descriptive("10月起至"), id="no-end"),
        pytest.param("10起至12月", Descriptive("10起至12月"), id="no-first-month"),
        pytest.param("(10月起至12月)", Descriptive("(10月起至12月)"), id="bracketed"),
    ],
)
def test_period_from_start(text: str, expected: object) -> None:
    fast, full = fast_and_full(parse_target, text, 2025)
    assert fast == full
    assert fast[0] == expected
    assert parse_target(str(fast[0]), year=2025) == expected


def test_period_from_start_dates() -> None:
    period = parse_target("10月起至12月", year=2025)
    assert isinstance(period, PeriodTarget)
    assert (period.start, period.end) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "10月起至12月",
            "10月至12月实施",
            "met",
            "实际“10月至12月实施”在年度指标期间2025-10-01至2025-12-31内，达到年度指标",
            id="same-window",
        ),
        pytest.param(
            "10月至12月",
            "11月至12月开展",
            "met",
            "实际“11月至12月开展”在年度指标期间2025-10-01至2025-12-31内，达到年度指标",
            id="inside-window",
        ),
        pytest.param(
            "10月起至12月",
            "2025年10月-12月",
            "met",
            "实际“2025年10月-12月”在年度指标期间2025-10-01至2025-12-31内，达到年度指标",
            id="dated-window",
        ),
        pytest.param(
            "10月起至12月",
            "已于10月至12月实施",
            "met",
            "实际“已于10月至12月实施”在年度指标期间2025-10-01至2025-12-31内，达到年度指标",
            id="done-in-window",
        ),
        # near misses: begun before, run past, a plan, another year
        pytest.param(
            "10月起至12月",
            "9月至12月实施",
            "unknown",
            "截止日期2025-12-31已到，实际“9月至12月实施”无法判断是否完成",
            id="begun-before",
        ),
        pytest.param(
            "10月起至12月",
            "10月至次年1月实施",
            "unknown",
            "截止日期2025-12-31已到，实际“10月至次年1月实施”无法判断是否完成",
            id="runs-past",
        ),
        pytest.param(
            "10月起至12月",
            "计划10月至12月实施",
            "unknown",
            "截止日期2025-12-31已到，实际“计划10月至12月实施”无法判断是否完成",
            id="plan",
        ),
        pytest.param(
            "10月起至12月",
            "2024年10月至12月实施",
            "unknown",
            "截止日期2025-12-31已到，实际“2024年10月至12月实施”无法判断是否完成",
            id="another-year",
        ),
    ],
)
def test_actual_in_window(target: str, actual: str, attainment: str, explanation: str) -> None:
    verdict = self_verdict("实施时间", target, actual)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
