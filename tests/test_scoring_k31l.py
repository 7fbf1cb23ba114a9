"""Three misreadings fixed by k31l: counts per period, 未超预算 clauses, on-time forecasts.

1. A count each period with a noun after its measure word (``每月开展2次巡查``,
   ``每季度召开2次会议``) was judged as one period's count against the year's total
   (15次 met "达到年度指标=2次巡查"). The year asks the count times the periods (24, 8);
   a 跟踪表 is pending below it and judged against the periods ended by its end. A value
   said per period (``每月2次``, ``月均2次``) is compared per period as it stands; a bare
   count against a schedule naming its count (``每季度开展两次督导 | 5次``) is the rounds.
2. A clause saying a budget was kept or nothing happened before a figure (``未超预算，
   结余4万元``, ``未发生，共0起``, ``未出现，0起``) was read as the status 未完成; it is
   the figure's note. ``项目未超预算`` alone is no 未完成 either. A row missed for good
   before its due date (``未新增，但发现违规新增1处`` against ``不新增``) is behind its plan,
   whatever the reason cell says (it was behind only through the misread 未完成).
3. ``按期完成`` (按时, 如期) against a date after the tracking period's end (``2025年10月完成``
   in a 1-9月 跟踪表) was met, "已完成": such a date is a forecast, pending.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Bound, Quantity, Status, parse_target, parse_value
from probe_tables import self_reading, track_verdict

# name | target | actual → attainment, explanation substring (2025 自评表)
SELF_CASES = [
    # 1. counts each period with a noun after the measure word
    pytest.param(
        ("日常巡查", "每月开展2次巡查", "已开展15次"),
        ("not_met", "“每月开展2次巡查”全年计=24次巡查；实际15次，未达年度指标=24次巡查"),
        id="monthly-patrols-15-of-24",
    ),
    pytest.param(
        ("日常巡查", "每月开展2次巡查", "全年开展24次巡查"),
        ("met", "全年计=24次巡查；实际24次巡查，达到年度指标=24次巡查"),
        id="monthly-patrols-24",
    ),
    pytest.param(
        ("督导", "每季度召开2次会议", "召开5次"),
        ("not_met", "“每季度召开2次会议”全年计=8次会议；实际5次，未达年度指标=8次会议"),
        id="quarterly-meetings-5-of-8",
    ),
    pytest.param(
        ("督导", "每季度召开2次会议", "召开8次"),
        ("met", "达到年度指标=8次会议"),
        id="quarterly-meetings-8",
    ),
    pytest.param(
        ("巡查", "每月开展不少于2次巡查", "已开展15次"),
        ("not_met", "全年计≥24次巡查；实际15次，未达年度指标≥24次巡查"),
        id="monthly-floor-with-noun",
    ),
    pytest.param(
        ("培训", "每月开展2场培训", "15场"),
        ("not_met", "全年计=24场培训；实际15场，未达年度指标=24场培训"),
        id="monthly-trainings-in-chang",
    ),
    # a value said per period is compared per period
    pytest.param(
        ("日常巡查", "每月开展2次巡查", "每月2次"),
        ("met", "实际2次，达到年度指标=2次巡查"),
        id="per-month-value",
    ),
    pytest.param(
        ("日常巡查", "每月开展2次巡查", "月均2次"),
        ("met", "实际2次，达到年度指标=2次巡查"),
        id="monthly-average-value",
    ),
    # a schedule in words naming its count: a bare count is the rounds held
    pytest.param(
        ("巡查", "每月开展2次以上巡查", "15次"),
        ("not_met", "实际“15次”，少于“每月开展2次以上巡查”全年应有的24次"),
        id="schedule-words-bare-count",
    ),
    pytest.param(
        ("督导", "每季度开展两次督导", "5次"),
        ("not_met", "实际“5次”，少于“每季度开展两次督导”全年应有的8次"),
        id="schedule-words-chinese-count",
    ),
    pytest.param(
        ("督导", "每季度开展两次督导", "8次"),
        ("met", "达到“每季度开展两次督导”全年应有的8次"),
        id="schedule-words-all-rounds",
    ),
    pytest.param(
        ("巡查", "每月开展2次以上巡查", "月均2次"),
        ("met", "实际“月均2次”，达到“每月开展2次以上巡查”每月应有的2次"),
        id="schedule-words-monthly-average",
    ),
    pytest.param(
        ("督导", "每季度开展两次督导", "季均1次"),
        ("not_met", "实际“季均1次”，少于“每季度开展两次督导”每季度应有的2次"),
        id="schedule-words-quarterly-average-short",
    ),
    pytest.param(
        ("督导", "每季度开展两次督导", "每月1次"),
        ("unknown", "年度指标为文字描述"),
        id="schedule-words-other-period",
    ),
    pytest.param(
        ("补贴发放", "按月拨付", "8次"),
        ("unknown", "年度指标为文字描述"),
        id="schedule-without-count-bare-count-stays",
    ),
    # 2. a kept budget before a figure
    pytest.param(
        ("成本控制", "控制在预算范围内", "未超预算（结余4万元）"),
        ("met", "实际“未超预算（结余4万元）”，达到“控制在预算范围内”"),
        id="kept-budget-bracketed-saving",
    ),
    pytest.param(
        # (r38k: the budget kept against a money ceiling is met, as 未超预算 alone is; it
        # was unknown, "不是数值", never the 未完成 this case rules out)
        ("成本控制", "≤100万元", "项目未超预算"),
        ("met", "实际“项目未超预算”，达到年度指标≤100万元"),
        id="project-kept-budget-no-not-done",
    ),
    pytest.param(
        ("资金结余", "≥2万元", "未超预算，结余4万元"),
        ("met", "实际4万元，达到年度指标≥2万元"),
        id="saving-with-kept-clause",
    ),
    pytest.param(
        ("安全事故", "0起", "未出现，0起"),
        ("met", "实际0起，达到年度指标=0起"),
        id="none-seen-then-zero",
    ),
    pytest.param(
        ("安全隐患", "无安全隐患", "未发生安全事故，排查隐患32处"),
        ("not_met", "实际“未发生安全事故，排查隐患32处”，未达到“无安全隐患”"),
        id="none-clause-then-count-quoted",
    ),
    # 3. a 自评表 is filed after its year: a date within it is done
    pytest.param(
        ("完成时间", "按期完成", "2025年10月完成"),
        ("met", "实际“2025年10月完成”，已完成"),
        id="self-on-time-october-done",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SELF_CASES)
def test_self_evaluation(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    attainment, explanation = self_reading(*row)
    assert attainment == expected[0], explanation
    assert expected[1] in explanation


# name | target | plan | actual → progress, attainment, explanation substring (1-9月 跟踪表)
TRACK_CASES = [
    pytest.param(
        ("日常巡查", "每月开展2次巡查", "18次", "15次"),
        ("behind", "pending", "全年计=24次巡查；实际15次，未达年度指标=24次巡查，距年底尚有时间"),
        id="monthly-patrols-behind-plan",
    ),
    pytest.param(
        ("日常巡查", "每月开展2次巡查", "18次", "18次"),
        ("on_track", "pending", "全年计=24次巡查"),
        id="monthly-patrols-on-plan",
    ),
    pytest.param(
        ("日常巡查", "每月开展2次巡查", "", "15次"),
        ("behind", "pending", "落后于按“每月开展2次巡查”截至期末应完成的18次"),
        id="monthly-patrols-no-plan",
    ),
    pytest.param(
        ("日常巡查", "每月开展2次巡查", "每月2次", "每月2次"),
        ("on_track", "met", "实际2次，达到年度指标=2次巡查"),
        id="per-month-plan-and-value",
    ),
    pytest.param(
        ("巡查", "每月开展2次以上巡查", "18次", "15次"),
        ("behind", "pending", "“每月开展2次以上巡查”全年应有24次，距年底尚有时间"),
        id="schedule-words-bare-count-tracked",
    ),
    # 2. a clause of none is no status: a row missed for good mid-year is behind its plan
    pytest.param(
        ("违规建设", "不新增", "不新增", "未新增，但发现违规新增1处"),
        ("behind", "not_met", "实际“未新增，但发现违规新增1处”未达到计划“不新增”"),
        id="none-then-added-behind-without-reason",
    ),
    pytest.param(
        ("资金使用", "专款专用", "专款专用", "98%"),
        ("behind", "not_met", "实际“98%”未达到计划“专款专用”"),
        id="missed-for-good-behind",
    ),
    # 3. on-time targets against a date after the period
    pytest.param(
        ("完成时间", "按期完成", "按期完成", "2025年10月完成"),
        ("behind", "pending", "实际“2025年10月完成”在评价日期之后，视为预计，截止日期2025-12-31"),
        id="on-time-forecast-october",
    ),
    pytest.param(
        ("完成时间", "按时完成", "按时完成", "2025年10月完成"),
        ("behind", "pending", "视为预计"),
        id="in-time-forecast-october",
    ),
    pytest.param(
        ("完成时间", "如期完成", "如期完成", "已于2025年10月15日完成"),
        ("behind", "pending", "视为预计"),
        id="as-scheduled-forecast-day",
    ),
    pytest.param(
        ("完成时间", "2025年11月按期完成", "按期完成", "2025年10月完成"),
        ("behind", "pending", "视为预计，截止日期2025-11-30"),
        id="on-time-own-date-forecast",
    ),
    pytest.param(
        ("完成时间", "按期完成", "按期完成", "2025年8月完成"),
        ("on_track", "met", "实际“2025年8月完成”，已完成"),
        id="on-time-done-within-period",
    ),
    pytest.param(
        ("完成时间", "按期完成", "按期完成", "2026年3月完成"),
        ("behind", "not_met", "晚于截止日期2025-12-31（本年度末）"),
        id="on-time-after-year-late",
    ),
]


@pytest.mark.parametrize(("row", "expected"), TRACK_CASES)
def test_tracking(row: tuple[str, str, str, str], expected: tuple[str, str, str]) -> None:
    verdict = track_verdict(*row)
    progress = verdict.progress.value if verdict.progress else None
    attainment = verdict.attainment.value if verdict.attainment else None
    assert (progress, attainment) == expected[:2], verdict.explanation
    assert expected[2] in verdict.explanation


# cell → the value read (2: a clause of nothing gone wrong is the figure's note)
VALUE_CASES = [
    pytest.param(
        "未超预算，结余4万元",
        Quantity(Decimal(4), "万元", Bound.EXACT, "结余", None, "未超预算"),
        id="kept-budget-then-saving",
    ),
    pytest.param(
        "未超支，结余2万元",
        Quantity(Decimal(2), "万元", Bound.EXACT, "结余", None, "未超支"),
        id="no-overrun-then-saving",
    ),
    pytest.param(
        "未超过预算，节约5万元",
        Quantity(Decimal(5), "万元", Bound.EXACT, "节约", None, "未超过预算"),
        id="not-over-then-saved",
    ),
    pytest.param(
        "未突破预算，结余1万元",
        Quantity(Decimal(1), "万元", Bound.EXACT, "结余", None, "未突破预算"),
        id="not-broken-then-saving",
    ),
    pytest.param(
        "未超预算（结余4万元）",
        Quantity(Decimal(4), "万元", Bound.EXACT, "结余", None, "未超预算"),
        id="kept-budget-bracket",
    ),
    pytest.param(
        "未发生，共0起",
        Quantity(Decimal(0), "起", Bound.EXACT, "共", None, "未发生"),
        id="none-happened-then-zero",
    ),
    pytest.param(
        "未出现，0起",
        Quantity(Decimal(0), "起", Bound.EXACT, None, None, "未出现"),
        id="none-seen-then-zero",
    ),
    pytest.param(
        "无超支，结余2万元",
        Quantity(Decimal(2), "万元", Bound.EXACT, "结余", None, "无超支"),
        id="no-overrun-wu-then-saving",
    ),
    # a not-done clause stays one
    pytest.param(
        "未完成，完成4万元",
        Quantity(Decimal(4), "万元", Bound.EXACT, "完成", Status.NOT_DONE, None),
        id="not-done-stays",
    ),
]


@pytest.mark.parametrize(("cell", "expected"), VALUE_CASES)
def test_value(cell: str, expected: Quantity) -> None:
    assert parse_value(cell) == expected


@pytest.mark.parametrize("cell", ["项目未超预算", "未超预算（结余4万元）", "未超标，结余3万元"])
def test_kept_budget_is_never_not_done(cell: str) -> None:
    value = parse_value(cell)
    assert getattr(value, "status", None) is not Status.NOT_DONE


# 无新增 before a contrary clause that adds: as 未新增 (the cell admits the event).
NONE_ADDED_THEN_ADDED = [
    ("无新增，但发现违规新增1处", "not_met", "仍有新增"),
    ("未新增，但发现违规新增1处", "not_met", "仍有新增"),
    ("无新增违建，但新增巡查人员2名", "met", "其他数量不涉及该事项"),
    ("无新增", "met", "达到“不新增”"),
]


@pytest.mark.parametrize(("actual", "attainment", "why"), NONE_ADDED_THEN_ADDED)
def test_none_added_then_added(actual: str, attainment: str, why: str) -> None:
    got, explanation = self_reading("违建", "不新增", actual)
    assert (got, why in explanation) == (attainment, True), explanation


def test_none_added_then_added_tracked() -> None:
    found = track_verdict("违规新增", "不新增", "不新增", "无新增，但发现违规新增1处")
    assert found.progress is not None
    assert (found.progress.value, found.attainment.value) == ("behind", "not_met")


# 十分 before a word as a target: the degree (very), as 非常 is, never 10 of a unit 分稳定.
VERY_TARGETS = [
    ("十分稳定", "十分稳定"),
    ("十分满意", "十分满意"),
    ("十分明显", "十分明显"),
    ("十分钟", "=10(分钟)"),
    ("十分以上", "≥10(分)"),
]


@pytest.mark.parametrize(("cell", "shown"), VERY_TARGETS)
def test_very_as_a_target(cell: str, shown: str) -> None:
    assert str(parse_target(cell)) == shown


def test_very_target_judged_as_its_degree() -> None:
    assert self_reading("满意度", "十分满意", "满意")[0] == "partial"
    assert self_reading("满意度", "十分满意", "非常满意")[0] == "met"
