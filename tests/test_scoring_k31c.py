"""Deadline verdicts (k31c).

1. Work done after the year's end (``2026年3月完成`` in a 2025 table) misses ``按期完成``,
   ``按时完成``, ``如期完工`` (due by the year's end, or by the date the target gives:
   ``2025年6月按期完成``), as it misses ``2025年底前完成``; a date within it stays met.
2. A count of days after the event a time limit runs from (``批复后20日公开``,
   ``收到申请后3个工作日办结``, ``平均3个工作日办结``, ``3个工作日办结``) is that many days,
   the verb its note, and is compared with the limit (``批复后25日内公开``).
3. A tracking plan naming one step (``9月前提交验收申请``, ``完成招标``, ``6月底前开工``)
   is reached when the actual says that step done (``已提交验收申请``), whatever the year's
   deadline still asks; an early step said done (``招标已完成``, ``初验已完成``) no longer
   meets a deadline of another work (``2025年12月前完成验收``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Comparison, Quantity, TextValue, parse_target, parse_value
from perftrack.expressions import Bound
from probe_tables import self_reading, track_verdict

LATE = "晚于截止日期2025-12-31（本年度末）"

ON_TIME_DATED = [
    (
        ("完成时间", "按期完成", "2026年3月完成"),
        ("not_met", f"实际“2026年3月完成”，{LATE}，未达到“按期完成”"),
    ),
    (
        ("完成时间", "按时完成", "2026年1月完成"),
        ("not_met", f"实际“2026年1月完成”，{LATE}，未达到“按时完成”"),
    ),
    (
        ("完成时间", "按期完成", "已于2026年3月完成"),
        ("not_met", f"实际“已于2026年3月完成”，{LATE}，未达到“按期完成”"),
    ),
    (
        ("完成时间", "按期完成", "次年3月完成"),
        ("not_met", f"实际“次年3月完成”，{LATE}，未达到“按期完成”"),
    ),
    (
        ("完成时间", "如期完工", "2026年3月已完工"),
        ("not_met", f"实际“2026年3月已完工”，{LATE}，未达到“如期完工”"),
    ),
    (
        ("完成时间", "项目按期完成", "2026年3月完成"),
        ("not_met", f"实际“2026年3月完成”，{LATE}，未达到“项目按期完成”"),
    ),
    (
        ("完成时间", "按期完成建设任务", "2026年3月完成"),
        ("not_met", f"实际“2026年3月完成”，{LATE}，未达到“按期完成建设任务”"),
    ),
    (
        ("完成情况", "按期完成", "延期至2026年3月完成"),
        ("not_met", f"实际“延期至2026年3月完成”，{LATE}，未达到“按期完成”"),
    ),
    # the date the target gives is the due date
    (
        ("完成时间", "2025年6月按期完成", "2025年10月完成"),
        ("not_met", "实际“2025年10月完成”，晚于截止日期2025-06-30，未达到“2025年6月按期完成”"),
    ),
    (
        ("完成时间", "按期完成（2025年6月）", "2025年10月完成"),
        ("not_met", "实际“2025年10月完成”，晚于截止日期2025-06-30，未达到“按期完成(2025年6月)”"),
    ),
    (("完成时间", "2025年6月按期完成", "2025年6月完成"), ("met", "实际“2025年6月完成”，已完成")),
    # within the year: met, as before; a deadline of its own agrees with the 按期 family
    (("完成时间", "按期完成", "2025年10月完成"), ("met", "实际“2025年10月完成”，已完成")),
    (("完成时间", "按时完成", "2025年12月完成"), ("met", "实际“2025年12月完成”，已完成")),
    (
        ("完成时间", "2025年底前完成", "2026年3月完成"),
        ("not_met", "实际“2026年3月完成”，晚于截止日期2025-12-31"),
    ),
]


@pytest.mark.parametrize(("row", "expected"), ON_TIME_DATED)
def test_on_time_target_dated_done(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_on_time_target_dated_done_tracked() -> None:
    verdict = track_verdict("完成时间", "按期完成", "按期完成", "2026年3月完成", 9)
    assert verdict.attainment is not None
    assert verdict.attainment.value == "not_met"
    assert verdict.explanation.startswith(f"实际“2026年3月完成”，{LATE}，未达到“按期完成”")


DAYS_TAKEN_VALUES = [
    ("批复后20日公开", (Decimal(20), "日", "批复后", "公开")),
    ("批复后15天公开", (Decimal(15), "天", "批复后", "公开")),
    ("批复后20个工作日公开", (Decimal(20), "个工作日", "批复后", "公开")),
    ("收到申请后3个工作日办结", (Decimal(3), "个工作日", "收到申请后", "办结")),
    ("平均3个工作日办结", (Decimal(3), "个工作日", "平均", "办结")),
    ("3个工作日办结", (Decimal(3), "个工作日", None, "办结")),
    ("20个工作日拨付", (Decimal(20), "个工作日", None, "拨付")),
    ("5天发放", (Decimal(5), "天", None, "发放")),
]


@pytest.mark.parametrize(("cell", "expected"), DAYS_TAKEN_VALUES)
def test_days_taken_value(cell: str, expected: tuple[Decimal, str, str | None, str]) -> None:
    """The count of days, its unit (no verb glued: 个工作日公开 was one), the event, the verb."""
    read = parse_value(cell)
    assert isinstance(read, Quantity)
    assert read.bound is Bound.EXACT
    assert (read.value, read.unit, read.label, read.note) == expected


@pytest.mark.parametrize("cell", ["20日公开", "20日拨付", "提前15天完成", "每月20日发放"])
def test_days_taken_left_alone(cell: str) -> None:
    """A day that may be of a month (20日拨付), and how early (提前15天完成): text."""
    assert isinstance(parse_value(cell), TextValue)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("批复后25日公开", "批复后≤25(日)(公开)"),
        ("批复后20个工作日公开", "批复后≤20(个工作日)(公开)"),
        ("调整后3日公示", "调整后≤3(日)(公示)"),
    ],
)
def test_event_lag_target_is_a_limit(cell: str, expected: str) -> None:
    """A target after an event is the limit scoring read it as (k32a; it was prose).

    ``批复后20个工作日公开`` was ``=20`` of the unit ``个工作日公开``, then prose (k31c).
    """
    target = parse_target(cell)
    assert isinstance(target, Comparison)
    assert str(target) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("30个工作日拨付", (Decimal(30), "个工作日", None, "拨付")),
        ("5天发放", (Decimal(5), "天", None, "发放")),
        ("平均3个工作日办结", (Decimal(3), "个工作日", "平均", "办结")),
    ],
)
def test_days_taken_target(cell: str, expected: tuple[Decimal, str, str | None, str]) -> None:
    """A target of days and a verb is that many days (the unit was 个工作日拨付, 天发放)."""
    read = parse_target(cell)
    assert isinstance(read, Comparison)
    assert (read.value, read.unit, read.label, read.note) == expected


DAYS_TAKEN_SCORED = [
    (
        ("信息公开及时性", "批复后25日内公开", "批复后20日公开"),
        ("met", "实际20日，达到年度指标≤25日"),
    ),
    (
        ("信息公开及时性", "批复后25日内公开", "批复后30日公开"),
        ("not_met", "实际30日，超出年度指标≤25日"),
    ),
    (
        ("信息公开及时性", "批复后25日公开", "批复后20日公开"),
        ("met", "实际20日，达到年度指标≤25日"),
    ),
    (
        ("信息公开及时性", "批复后15天公开", "批复后20天公开"),
        ("not_met", "实际20天，超出年度指标≤15天"),
    ),
    (
        ("资金下达时间", "下达后30个工作日内", "20个工作日内完成"),
        ("met", "实际不超过20个工作日，达到年度指标≤30个工作日"),
    ),
    (
        ("办结时限", "收到申请后5个工作日内办结", "平均3个工作日办结"),
        ("met", "实际3个工作日，达到年度指标≤5个工作日"),
    ),
    (
        ("办结时限", "收到申请后5个工作日内办结", "6个工作日办结"),
        ("not_met", "实际6个工作日，超出年度指标≤5个工作日"),
    ),
    (
        ("办结时限", "收到申请后5个工作日内办结", "收到申请后3个工作日办结"),
        ("met", "实际3个工作日，达到年度指标≤5个工作日"),
    ),
    # mixed units: working days against calendar days decide only where they must
    (
        ("信息公开及时性", "批复后25日内公开", "批复后20个工作日公开"),
        (
            "unknown",
            "实际20个工作日，20个工作日可跨20至28个日历日，不能确定是否在年度指标≤25日以内，需人工判断",
        ),
    ),
    # the target of days and a verb, no event: =30个工作日拨付 was not met by 20 (k31c)
    (
        ("资金拨付时效", "30个工作日拨付", "20个工作日拨付"),
        ("met", "实际20个工作日，达到年度指标≤30个工作日"),
    ),
    (
        ("办结时限", "收到申请后5个工作日内办结", "平均3天办结"),
        ("met", "实际3天（日历日），工作日不多于日历日，达到年度指标≤5个工作日"),
    ),
]


@pytest.mark.parametrize(("row", "expected"), DAYS_TAKEN_SCORED)
def test_days_taken_scored(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


GOAL = "2025年12月前完成验收"
PENDING = "截止日期2025-12-31未到"

PLAN_STEP = [
    # the plan's step said done: on track, the year's deadline still pending
    (("9月前提交验收申请", "已提交验收申请"), ("on_track", "pending")),
    (("9月前提交验收申请", "验收申请已提交"), ("on_track", "pending")),
    (("9月前提交验收申请", "已于8月提交验收申请"), ("on_track", "unknown")),
    (("9月前完成招标", "已完成招标"), ("on_track", "pending")),
    (("计划9月前完成招标工作", "招标工作已全部完成"), ("on_track", "pending")),
    (("6月底前开工", "已开工"), ("on_track", "pending")),
    (("开工", "已开工"), ("on_track", "pending")),
    (("9月前完成初验", "已完成初验"), ("on_track", "pending")),
    (("9月前完成初验", "初验已完成"), ("on_track", "pending")),
    # not done, the plan's time passed: behind; not yet due: on track (as before)
    (("9月前提交验收申请", "尚未提交验收申请"), ("behind", "pending")),
    (("9月前提交验收申请", "验收申请尚未提交"), ("behind", "pending")),
    (("11月前提交验收申请", "尚未提交验收申请"), ("on_track", "pending")),
    # another step, a part, a plan, a date after the plan's: undecided
    (("9月前提交验收申请", "已完成初验"), ("unknown", "pending")),
    (("9月前提交验收申请", "已部分提交验收申请"), ("unknown", "pending")),
    (("9月前提交验收申请", "拟提交验收申请"), ("unknown", "pending")),
    (("9月前提交验收申请", "已于10月提交验收申请"), ("unknown", "unknown")),
]


@pytest.mark.parametrize(("row", "expected"), PLAN_STEP)
def test_plan_step_done(row: tuple[str, str], expected: tuple[str, str]) -> None:
    verdict = track_verdict("项目验收", GOAL, *row, 9)
    assert verdict.progress is not None
    assert verdict.attainment is not None
    assert (verdict.progress.value, verdict.attainment.value) == expected


def test_plan_step_done_explanation() -> None:
    verdict = track_verdict("项目验收", GOAL, "9月前提交验收申请", "已提交验收申请", 9)
    assert verdict.explanation == f"实际“已提交验收申请”，{PENDING}"


EARLY_STEP = [
    (
        ("项目验收", GOAL, "招标已完成"),
        ("unknown", "截止日期2025-12-31已到，实际“招标已完成”无法判断是否完成"),
    ),
    (
        ("项目验收", GOAL, "初验已完成"),
        ("unknown", "截止日期2025-12-31已到，实际“初验已完成”无法判断是否完成"),
    ),
    (
        ("设备安装", "2025年10月底前完成设备安装", "招标已完成"),
        ("unknown", "截止日期2025-10-31已到，实际“招标已完成”无法判断是否完成"),
    ),
    # the row's own step, or its own work: done, as before
    (
        ("招标完成时间", "2025年6月底前", "招标已完成"),
        ("met", "实际“招标已完成”，已完成（截止2025-06-30）"),
    ),
    (
        ("项目进度", "2025年6月底前完成招标", "招标已完成"),
        ("met", "实际“招标已完成”，已完成（截止2025-06-30）"),
    ),
    (("项目验收", GOAL, "验收已完成"), ("met", "实际“验收已完成”，已完成（截止2025-12-31）")),
]


@pytest.mark.parametrize(("row", "expected"), EARLY_STEP)
def test_early_step_said_done(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
