"""regress22 W2–W4, W6, W7, W10, W11, M1 and M3: scoring rules judged against hand-built rows.

Verdicts are asked of a 2023 自评表 (as of 2023-12-31) unless the case names a
tracking table of 2023年1–8月 (as of 2023-08-31).
"""

from __future__ import annotations

from typing import Any

import pytest

from perftrack.scoring import score
from scoring_builders import YEAR, indicator, self_evaluation_table, tracking_table

DUE = f"{YEAR}年12月底前完成"


def _card(row: Any, *, tracking: bool = False) -> Any:
    if tracking:
        return score(tracking_table([row], period=(YEAR, 1, YEAR, 8)))
    return score(self_evaluation_table([row]))


def _ids(card: Any) -> list[str]:
    return [finding.id for finding in card.findings]


# Each table: name, target, actual, attainment, a fragment of the explanation.

# W2: an exception clause (除…外, 除…以外, …除外) leaves a part of the works not done.
EXCEPTED = [
    ("征地拆迁及土建完成时间", DUE, "除征地拆迁外土建已完成", "partial", "征地拆迁"),
    ("主体及装修工程完成时间", DUE, "主体及装修工程除外墙外均已完工", "partial", "外墙"),
    ("主体及装修工程完成时间", DUE, "主体及装修工程除外墙以外均已完工", "partial", "外墙"),
    ("主体及装修工程完成时间", DUE, "主体及装修工程均已完工（外墙除外）", "partial", "外墙"),
    ("主体及附属工程完工时间", DUE, "除附属工程外主体工程已完工", "partial", "附属工程"),
    # no exception: as before
    ("征地拆迁及土建完成时间", DUE, "土建已完成", "met", "已完成"),
    ("主体及附属工程完工时间", DUE, "主体及附属工程均已完工", "met", "已完成"),
    # regress23 W1: 除…外，还… is "besides", nothing excepted
    ("完成工程内容", "完成主体及附属工程", "除完成主体工程外，还完成了附属工程", "met", "已完成"),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "fragment"),
    EXCEPTED,
    ids=[f"{case[0]}|{case[2]}" for case in EXCEPTED],
)
def test_works_excepted(
    name: str, target: str, actual: str, attainment: str, fragment: str
) -> None:
    verdict = _card(indicator(name, target, actual, level2="时效指标")).verdicts[0]
    assert verdict.attainment.value == attainment
    assert fragment in verdict.explanation


# W3: a count done with the late ones in brackets (其中N处延期) is the count done, as
# 完成3处，1处延期 is: against a count in its measure it decides.
BRACKETED = [
    ("≥10所", "已完成12所（其中2所延期）", "met", "实际12所"),
    ("≥3座", "完成3座（其中1座延期）", "met", "实际3座"),
    ("≥4处", "已完成4处(其中1处延期)", "met", "实际4处"),
    ("≥5处", "已完成4处（其中1处延期）", "not_met", "实际4处"),
    ("≥3个", "完成3座（其中1座延期）", "partial", "部分完成"),  # another measure
    (DUE, "已完成4处（其中1处延期）", "partial", "部分完成"),  # a deadline: late is late
]


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "fragment"),
    BRACKETED,
    ids=[f"{case[0]}|{case[1]}" for case in BRACKETED],
)
def test_count_with_late_ones_bracketed(
    target: str, actual: str, attainment: str, fragment: str
) -> None:
    verdict = _card(indicator("改造数量", target, actual)).verdicts[0]
    assert verdict.attainment.value == attainment
    assert fragment in verdict.explanation


def test_bracketed_count_against_the_plan() -> None:
    row = indicator("老旧小区改造数量", "≥10个", "完成6个（其中1个延期）", "5个")
    card = _card(row, tracking=True)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "on_track")
    assert "missing-deviation-reason" not in _ids(card)


# W7: progress reads an overrun, and a total under a per-unit ceiling, as attainment does.
PROGRESS = [
    # name, target, plan, actual, attainment, progress, a fragment of the explanation
    ("工程建设成本", "不超过200万元", "100万元", "超支8.6万元", "not_met", "behind", "超支8.6万元"),
    ("施工工期", "合同工期180天", "90天", "延期15天", "not_met", "behind", "延期15天"),
    ("工程建设成本", "≤200万元", "100万元", "超支0万元", "met", "on_track", ""),
    ("人均培训成本", "人均≤800元", "800元", "91.2万元", "unknown", "unknown", "无法比较"),
    ("人均培训成本", "人均≤800元", "800元", "760元", "met", "on_track", ""),
    ("成本节约率", "≥5%", "3%", "超支8.6万元", "unknown", "unknown", ""),
]


@pytest.mark.parametrize(
    ("name", "target", "planned", "actual", "attainment", "progress", "fragment"),
    PROGRESS,
    ids=[f"{case[0]}|{case[3]}" for case in PROGRESS],
)
def test_progress_reads_as_attainment(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, planned: str, actual: str, attainment: str, progress: str, fragment: str
) -> None:
    row = indicator(name, target, actual, planned, level2="成本指标")
    verdict = _card(row, tracking=True).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == (attainment, progress)
    assert fragment in verdict.explanation
    assert "超出计划" not in verdict.explanation or "91.2" not in verdict.explanation


# W4, M3: a narrower denial, or the harm said done, does not meet a target of no harm.
NO_HARM = [
    ("生态环境成本", "不造成环境污染", "未造成重大环境污染", "unknown", "重大"),
    ("生态环境成本", "不造成环境污染", "未造成明显环境污染", "unknown", "明显"),
    ("生态环境成本", "不造成环境污染", "造成轻微扬尘污染，已整改", "not_met", "污染"),
    ("生态环境成本", "不造成环境污染", "未造成环境污染", "met", ""),
    ("生态环境成本", "不造成重大环境污染", "未造成重大环境污染", "met", ""),
    ("生态环境成本", "不造成环境污染", "无", "met", ""),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "fragment"),
    NO_HARM,
    ids=[f"{case[1]}|{case[2]}" for case in NO_HARM],
)
def test_no_harm(name: str, target: str, actual: str, attainment: str, fragment: str) -> None:
    verdict = _card(indicator(name, target, actual, level2="成本指标")).verdicts[0]
    assert verdict.attainment.value == attainment
    assert fragment in verdict.explanation


# W6: a minimum living or relief standard is a floor, not a cost to cap.
FLOORS = [
    ("特困人员基本生活标准", "特困人员基本生活标准不低于当地低保标准的1.3倍", False),
    ("特困人员供养标准", "≥1.3倍", False),
    ("临时救助标准", "≥500元", False),
    ("城乡低保标准", "≥800元/人·月", False),
    ("项目总成本", "≥500万元", True),
]


@pytest.mark.parametrize(("name", "target", "fires"), FLOORS, ids=[case[0] for case in FLOORS])
def test_cost_not_ceiling_on_standards(name: str, target: str, *, fires: bool) -> None:
    card = _card(indicator(name, target, "当地低保标准的1.3倍", level2="成本指标"))
    assert ("cost-not-ceiling" in _ids(card)) is fires


# M1 and W10: 超预算 is an overrun; 超额 is the measure on a row named for the excess.
EXCESS = [
    ("工程建设成本", "≤200万元", "超预算5万元", "not_met", "超预算5万元"),
    ("工程建设成本", "≤200万元", "超概算5万元", "not_met", "超概算5万元"),
    ("工程建设成本", "≤200万元", "超预算0万元", "met", ""),
    ("超额完成任务量", "≥10%", "超额12%", "met", "12%"),
    ("超额完成任务量", "≥10%", "超额8%", "not_met", "8%"),
    ("任务完成率", "≥10%", "超额12%", "unknown", "超出部分"),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "fragment"),
    EXCESS,
    ids=[f"{case[0]}|{case[2]}" for case in EXCESS],
)
def test_excess_words(name: str, target: str, actual: str, attainment: str, fragment: str) -> None:
    verdict = _card(indicator(name, target, actual)).verdicts[0]
    assert verdict.attainment.value == attainment
    assert fragment in verdict.explanation


# W11: a name ending in the survey of satisfaction measures the satisfaction found.
SATISFACTION = [
    ("群众满意度测评", True),
    ("服务对象满意度调查", True),
    ("群众满意度", True),
    ("满意度测评参与率", False),
    ("满意度调查样本覆盖率", False),
    ("满意度调查问卷回收率", False),
]


@pytest.mark.parametrize(("name", "fires"), SATISFACTION, ids=[case[0] for case in SATISFACTION])
def test_satisfaction_target_low(name: str, *, fires: bool) -> None:
    row = indicator(name, "≥70%", "85%", level1="满意度指标", level2="服务对象满意度指标")
    assert ("satisfaction-target-low" in _ids(_card(row))) is fires
