"""regress21 W1–W3, W7, W8 and misses: works listed, works counted, plans and spaced digits.

Every case is one hand-built row. Verdicts are asked of a 2023 自评表 (as of
2023-12-31) unless the case names a tracking table of 2023年1–8月 (as of 2023-08-31).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import perftrack
from perftrack.expressions import DateValue, Descriptive, StatusValue, TextValue
from perftrack.expressions._grammar import works_done_count
from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import YEAR, indicator, self_evaluation_table, tracking_table

DUE = f"{YEAR}年12月底前完成"
TIME = {"level2": "时效指标"}


def _card(row: Any, *, tracking: bool = False) -> Any:
    if tracking:
        return score(tracking_table([row], period=(YEAR, 1, YEAR, 8)))
    return score(self_evaluation_table([row]))


# W1: a cell naming every work a list names is every work done; a later stage of a known
# order (桩基, 征地拆迁 → 主体; 征地拆迁 → 土建) covers the earlier ones, never the reverse.
STAGE_LISTS = [
    # each: name, target, actual, attainment, a fragment of the explanation
    ("土建及设备安装完成时间", DUE, "土建完成，设备安装完成", "met", "已完成"),
    ("主体工程完工及验收时间", DUE, "主体工程已完工并通过验收", "met", "已完成"),
    ("主体及附属工程完工时间", DUE, f"{YEAR}年10月主体及附属工程完工", "met", "未晚于截止日期"),
    ("主体及附属工程完工时间", DUE, "主体及附属工程均已完工", "met", "已完成"),
    ("主体及附属工程完工时间", DUE, "主体工程、附属工程均已完工", "met", "已完成"),
    ("土建及设备安装完成时间", DUE, "土建及设备安装已完成", "met", "已完成"),
    ("主体工程及附属设施完工时间", DUE, "主体工程及附属设施已全部完工", "met", "已完成"),
    ("桩基及主体施工完成时间", DUE, "主体已完工", "met", "已完成"),
    ("征地拆迁及土建完成时间", DUE, "土建已完成", "met", "已完成"),
    ("工程进度", f"{YEAR}年12月底前完成征地拆迁及土建", "土建已完成", "met", "已完成"),
    # an earlier stage says nothing of a later one; a work not said done stays missing
    ("桩基及主体施工完成时间", DUE, "桩基已完工", "partial", "未见主体施工完成"),
    ("征地拆迁及土建完成时间", DUE, "征地拆迁已完成", "partial", "未见土建完成"),
    ("主体及附属工程完工时间", DUE, "主体工程已完工", "partial", "未见附属工程完成"),
    ("主体及附属工程完工时间", DUE, "主体工程已完工，附属工程完成招标", "partial", "未见附属工程"),
    ("主体工程完工及验收时间", DUE, "主体工程已完工，待验收", "partial", "部分完成"),
    ("桩基及土方工程完成时间", DUE, "主体工程已完工", "unknown", ""),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "fragment"),
    STAGE_LISTS,
    ids=[f"{case[0]}|{case[2]}" for case in STAGE_LISTS],
)
def test_works_listed(name: str, target: str, actual: str, attainment: str, fragment: str) -> None:
    verdict = _card(indicator(name, target, actual, **TIME)).verdicts[0]
    assert verdict.attainment.value == attainment
    assert fragment in verdict.explanation


# W2: works counted, some left over: against a count in their measure (or a plan of one),
# the count done decides; against a deadline the works left over make it partial.
COUNTED = [
    # each: target, actual, attainment, a fragment of the explanation
    ("≥10个", "完成12个，剩余2个12月完成", "met", "实际12个，达到年度指标≥10个"),
    ("≥3处", "完成3处，1处延期", "met", "实际3处"),
    ("≥3处", "完成3处，另有1处12月完成", "met", "实际3处"),
    ("≥3个", "完成3个，剩余部分12月完成", "met", "实际3个"),
    ("4处", "完成3处，1处暂缓实施", "not_met", "实际3处，未达年度指标=4处"),
    ("≥3个", "完成3处，1处延期", "partial", "部分完成"),  # another measure: no count
    ("≥4处", "已完成4处（其中1处延期）", "met", "实际4处"),  # the late ones are of the 4 done
    (DUE, f"{YEAR}年9月完成2处，1处延期", "partial", "部分完成"),
    (DUE, "完成3处，另有1处12月完成", "partial", "部分完成"),
    (DUE, "已完成4处（其中1处延期）", "partial", "部分完成"),
    (DUE, "完成12个，剩余2个12月完成", "partial", "部分完成"),
]


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "fragment"),
    COUNTED,
    ids=[f"{case[0]}|{case[1]}" for case in COUNTED],
)
def test_works_counted(target: str, actual: str, attainment: str, fragment: str) -> None:
    verdict = _card(indicator("改造数量", target, actual)).verdicts[0]
    assert verdict.attainment.value == attainment
    assert fragment in verdict.explanation


def test_count_done_scores_full_points() -> None:
    row = indicator("老旧小区改造数量", "≥10个", "完成12个，剩余2个12月完成", weight=10, points=10)
    card = _card(row)
    item = card.points.items[0]
    assert (item.points, item.rule) == (Decimal("10.00"), "comparison met")
    assert "points-differ" not in [finding.id for finding in card.findings]


@pytest.mark.parametrize(
    ("planned", "progress", "fragment"),
    [
        ("5个", "on_track", ""),
        ("8个", "behind", "实际6个落后于计划8个"),
    ],
)
def test_count_done_against_the_plan(planned: str, progress: str, fragment: str) -> None:
    row = indicator("老旧小区改造数量", "≥10个", "完成6个，剩余4个12月完成", planned)
    card = _card(row, tracking=True)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", progress)
    assert fragment in verdict.explanation
    ids = [finding.id for finding in card.findings]
    assert ("missing-deviation-reason" in ids) is (progress == "behind")


# W3 and the 已按计划 miss: a date of work done "as planned" after the table's date (in a
# 自评表, after its year) is the plan, not a completion; up to that date it is done.
AS_PLANNED = [
    # each: target, actual, in a tracking table, attainment, a fragment
    (f"{YEAR + 1}年6月底前完成", f"按计划于{YEAR + 1}年6月完成", False, "pending", "视为预计"),
    (DUE, f"按计划于{YEAR + 1}年3月完成", False, "not_met", "已到，按未完成判断"),
    (DUE, "按计划于11月完成", False, "met", "未晚于截止日期"),
    (DUE, "已按计划于11月完成", False, "met", "未晚于截止日期"),
    (DUE, "已按计划于11月完成", True, "pending", "视为预计"),
    (f"{YEAR}年10月底前完成", "已按计划于5月完成", True, "met", "未晚于截止日期"),
]


@pytest.mark.parametrize(
    ("target", "actual", "tracking", "attainment", "fragment"),
    AS_PLANNED,
    ids=[f"{case[0]}|{case[1]}|{'tracking' if case[2] else 'self'}" for case in AS_PLANNED],
)
def test_done_as_planned(
    target: str,
    actual: str,
    tracking: bool,  # noqa: FBT001 - a column of the table above
    attainment: str,
    fragment: str,
) -> None:
    card = _card(indicator("完工时间", target, actual, **TIME), tracking=tracking)
    verdict = card.verdicts[0]
    assert verdict.attainment.value == attainment
    assert fragment in verdict.explanation
    messages = [finding.message for finding in card.findings]
    assert not any("逾期完成" in message for message in messages)


def test_a_plan_after_the_year_is_said_once_as_a_plan() -> None:
    row = indicator("设备安装调试时间", DUE, f"按计划于{YEAR + 1}年3月完成", **TIME)
    card = _card(row)
    found = {finding.id: finding.message for finding in card.findings}
    assert f"晚于评价日期{YEAR}-12-31，不能作为已完成" in found["actual-after-period"]
    # the passed due date said in it, no deadline-passed beside it (r37t F)
    assert found["actual-after-period"].endswith(f"截止日期{YEAR}-12-31已到，按未完成判断")
    assert "deadline-passed" not in found


def test_a_late_completion_filed_after_the_year_is_still_late() -> None:
    # a 自评表 is filed after its year: 2024年1月完成 without 按计划 is a fact
    card = _card(indicator("完工时间", DUE, f"{YEAR + 1}年1月完成", **TIME))
    assert card.verdicts[0].attainment.value == "not_met"
    assert any(finding.message.endswith("逾期完成") for finding in card.findings)


# The values these rules read.
VALUES = [
    # W7: space-grouped thousands are one number; two figures side by side stay apart
    ("12 000人", Decimal(12000), "人"),
    ("≥12 000人", Decimal(12000), "人"),
    ("3 000万元", Decimal(3000), "万元"),
    ("3 000.50万元", Decimal("3000.50"), "万元"),
    ("1 234 567元", Decimal(1234567), "元"),
    ("96 000公里", Decimal(96000), "公里"),
    ("12 000", Decimal(12000), None),
]


@pytest.mark.parametrize(("text", "value", "unit"), VALUES, ids=[case[0] for case in VALUES])
def test_grouped_thousands_join(text: str, value: Decimal, unit: str | None) -> None:
    parsed = perftrack.parse_value(text)
    assert (parsed.value, parsed.unit) == (value, unit)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["≥95 100%", "≥95 100公里", "完成120 150", "95 100", "98 100%", "1,200 300人"]
)
def test_two_figures_side_by_side_stay_apart(text: str) -> None:
    assert isinstance(perftrack.parse_target(text), Descriptive)
    assert isinstance(perftrack.parse_value(text), TextValue)


def test_a_target_of_two_figures_is_not_scored_as_one() -> None:
    card = _card(indicator("水质达标率", "≥95 100%", "98%", weight=20, points=20))
    assert card.verdicts[0].attainment.value == "unknown"
    assert card.points.items[0].points == Decimal(20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # W8: after 年, a letter-spaced 1 2月 is December (no list of months follows a year)
        ("2024年1 2月底前", DateValue(2024, 12, 31, None)),
        ("2024年1 2月完成", DateValue(2024, 12, None, perftrack.Status.DONE)),
        # a month alone may be a list (1 2月: January and February): as before
        ("1 2月完成", TextValue("1 2月完成")),
        ("第1 2期", TextValue("第1 2期")),
        # misses: 已按计划, 另有…12月完成, (其中1处延期), 剩余部分
        ("已按计划于11月完成", DateValue(YEAR, 11, None, perftrack.Status.DONE)),
        (
            "完成3处，另有1处12月完成",
            StatusValue(perftrack.Status.PARTIAL, "完成3处,另有1处12月完成"),
        ),
        (
            "已完成4处（其中1处延期）",
            StatusValue(perftrack.Status.PARTIAL, "已完成4处(其中1处延期)"),
        ),
        (
            "完成3个，剩余部分12月完成",
            StatusValue(perftrack.Status.PARTIAL, "完成3个,剩余部分12月完成"),
        ),
    ],
)
def test_values_read(text: str, expected: Any) -> None:
    assert perftrack.parse_value(text, year=YEAR) == expected


def test_target_in_december_after_a_spaced_month() -> None:
    target = perftrack.parse_target("2024年1 2月底前")
    assert (target.kind, target.month) == ("deadline", 12)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成12个，剩余2个12月完成", "12(个)"),
        ("2024年9月完成2处，1处延期", "2(处)"),
        ("完成2处，2024年9月完成1处，1处停工", "3(处)"),
        ("完成3个，剩余部分12月完成", "3(个)"),
        ("已完成4处（其中1处延期）", "4(处)"),  # the late one is one of the 4 done
        ("已完成4处（其中1处未完成）", "3(处)(其中1处未完成)"),  # as 完成150户，其中12户未完工
        ("已完成12所（其中2所延期）。", "12(所)"),
        ("完成3座（其中1个延期）", None),  # the late ones in another measure
        ("已完成4处（其中1处已完成）", None),  # no part left undone
        ("完成3处", None),  # no works left over: a plain count, read as such
        ("完成3处，1条延期", "3(处)"),
    ],
)
def test_works_done_count(text: str, expected: str | None) -> None:
    counted = works_done_count(text)
    assert (str(counted) if counted is not None else None) == expected


def test_table_kind_of_the_cases() -> None:
    assert self_evaluation_table([]).kind is TableKind.SELF_EVALUATION
