"""parse42 (p42): verdicts of tracking and self-evaluation rows.

H1: a cost per person or per unit met so far whose own 全年预计 misses, or judged
``完全不可能``, stays pending, as ``每吨垃圾处理费`` does (regress36 W3).
H2: an actual ``未X`` keeps to a plan ``不X`` (``不拆除`` / ``未拆除``): on track, with no
deviation or optimism findings.
H3: a misuse with a recovery clause after a comma (``发生挤占挪用1起，已追回``) against a
zero ceiling is not_met, 0 points, ``full-points-not-met``, as ``（已追回）`` is.
H4: a publication dated after its deadline (``7月10日公布``) is not_met, one on time
(``6月28日公示``) or said done (``已公布``) is met, as ``7月10日发布`` is.
M1: ``按600元/人/年标准发放`` against ``600元/人·年`` is met, as ``600元/人/年`` is.
M4: counts of two things the row's name both covers (``新设置标牌420块、界桩180根`` on
``公益林界桩标牌设置``) are not judged on the one in the target's unit: unknown.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import score
from probe_tables import BUDGET, GOAL, GRID, SELF, self_verdict
from scoring_builders import YEAR, finding_ids, indicator, tracking_table

# H1, 1-9月: name | target | planned | actual | forecast | likelihood | attainment, progress
PER_UNIT_COSTS = [
    pytest.param(
        "人均服务成本",
        "≤200元",
        "/",
        "185元",
        "210元",
        "有可能",
        ("pending", "behind"),
        id="average-forecast-over",
    ),
    pytest.param(
        "人均服务成本",
        "≤200元",
        "",
        "185元",
        "全年预计210元",
        "确定能",
        ("pending", "behind"),
        id="average-forecast-said",
    ),
    pytest.param(
        "人均服务成本",
        "≤200元",
        "≤200元",
        "185元",
        "",
        "完全不可能",
        ("pending", "on_track"),
        id="average-impossible",
    ),
    pytest.param(
        "节能改造单位造价",
        "≤180元/平方米",
        "≤180元/㎡",
        "176元/平米",
        "190元/㎡",
        "有可能",
        ("pending", "on_track"),
        id="per-area-forecast-over",
    ),
    pytest.param(
        "公务用车单车运行费用",
        "≤2.2万元/辆·年",
        "≤1.65万元/辆",
        "单车运行费1.71万元（1-9月）",
        "2.25万元/辆·年",
        "有可能",
        ("pending", "behind"),
        id="per-car-forecast-over",
    ),
    # the control, and forecasts within the ceiling: met as before
    pytest.param(
        "每吨垃圾处理费",
        "≤200元",
        "≤200元",
        "185元",
        "210元",
        "有可能",
        ("pending", "on_track"),
        id="unit-cost-control",
    ),
    pytest.param(
        "人均服务成本",
        "≤200元",
        "≤200元",
        "185元",
        "195元",
        "确定能",
        ("met", "on_track"),
        id="average-forecast-within",
    ),
    pytest.param(
        "节能改造单位造价",
        "≤180元/平方米",
        "≤180元/㎡",
        "176元/平米",
        "",
        "确定能",
        ("met", "on_track"),
        id="per-area-no-forecast",
    ),
]


@pytest.mark.parametrize(
    ("name", "target", "planned", "actual", "forecast", "likelihood", "expected"),
    PER_UNIT_COSTS,
)
def test_per_unit_cost_foreseen_miss(  # noqa: PLR0913, PLR0917 - one argument per column
    name: str,
    target: str,
    planned: str,
    actual: str,
    forecast: str,
    likelihood: str,
    expected: tuple[str, str],
) -> None:
    row = indicator(
        name=name,
        target=target,
        planned=planned or None,
        actual=actual,
        forecast=forecast or None,
        likelihood=likelihood,
        level2="成本指标",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == expected, got.explanation
    if expected[0] == "pending":
        # no "达到" beside "超出" in one explanation
        assert "暂未超过年度上限" in got.explanation, got.explanation
        assert "达到年度指标" not in got.explanation, got.explanation


# H2, 1-9月, 确定能: name | target | planned | actual | attainment, progress
NEGATED_PLANS = [
    pytest.param("历史建筑拆除", "不拆除", "不拆除", "未拆除", ("met", "on_track"), id="bare"),
    pytest.param("历史建筑拆除", "不拆除", "不拆除", "均未拆除", ("met", "on_track"), id="all"),
    pytest.param(
        "历史街区保护",
        "不拆除历史建筑",
        "不拆除",
        "未拆除历史建筑，修缮8处",
        ("unknown", "on_track"),
        id="object-and-clause",
    ),
    pytest.param("大树保护", "不砍伐", "不砍伐", "未砍伐", ("met", "on_track"), id="other-verb"),
    # a plan of the work itself, or another verb, is still behind
    pytest.param(
        "危房拆除", "年底前完成拆除", "完成拆除", "未拆除", ("pending", "behind"), id="work-plan"
    ),
    pytest.param(
        "历史建筑拆除", "不拆除", "不拆除", "未完成", ("unknown", "behind"), id="other-words"
    ),
]


@pytest.mark.parametrize(("name", "target", "planned", "actual", "expected"), NEGATED_PLANS)
def test_negated_plan_kept(
    name: str, target: str, planned: str, actual: str, expected: tuple[str, str]
) -> None:
    row = indicator(
        name=name,
        target=target,
        planned=planned,
        actual=actual,
        likelihood="确定能",
        level2="质量指标",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == expected, got.explanation
    ids = finding_ids(card)
    behind = expected[1] == "behind"
    assert ("missing-deviation-reason" in ids) is behind, ids
    assert ("judgement-optimistic" in ids) is behind, ids


# H3, 2025 自评表, weight 4, printed 4: target | actual | attainment, points, full-points-not-met
RECOVERED_MISUSES = [
    pytest.param(
        "0",
        "审计发现挤占挪用1起，涉及金额3.2万元，已追回",
        ("not_met", "0.00", True),
        id="sum-and-recovered",
    ),
    pytest.param("0起", "发生挤占挪用1起，已追回", ("not_met", "0.00", True), id="recovered"),
    pytest.param("0起", "挤占挪用1起（已追回）", ("not_met", "0.00", True), id="control-bracket"),
    pytest.param("0起", "0起", ("met", "4.00", False), id="control-none"),
]


@pytest.mark.parametrize(("target", "actual", "expected"), RECOVERED_MISUSES)
def test_recovered_misuse_not_met(
    target: str, actual: str, expected: tuple[str, str, bool]
) -> None:
    row = f"\t产出指标\t质量指标\t资金违规使用\t{target}\t{actual}\t4\t4\t"
    table = perftrack.read_text("\n".join([*SELF, *BUDGET, *GOAL, GRID, row]))[0]
    card = score(table)
    item = next(item for item in card.points.items if item.indicator == 0)
    got = (
        card.verdicts[0].attainment.value,
        item.points,
        "full-points-not-met" in finding_ids(card),
    )
    assert got == (expected[0], Decimal(expected[1]), expected[2]), card.verdicts[0].explanation


# H4, 2025 自评表: name | actual | attainment (target 2025年6月底前)
PUBLISHED = [
    pytest.param("年度考核结果公布时间", "7月10日公布", "not_met", id="late"),
    pytest.param("年度考核结果公布时间", "考核结果已于7月10日公布", "not_met", id="late-yi-yu"),
    pytest.param("补偿资金公示时间", "6月28日公示", "met", id="on-time"),
    pytest.param("考核结果公布", "已公布", "met", id="done"),
    pytest.param("年度考核结果公布时间", "7月10日发布", "not_met", id="control-issued"),
]


@pytest.mark.parametrize(("name", "actual", "expected"), PUBLISHED)
def test_published_deadline(name: str, actual: str, expected: str) -> None:
    got = self_verdict(name, "2025年6月底前", actual)
    assert got.attainment.value == expected, got.explanation


# M1, 2025 自评表: actual | attainment (target 600元/人·年)
PAID_PER_YEAR = [
    pytest.param("按600元/人/年标准发放", "met", id="paid-standard"),
    pytest.param("按600元/人/年发放", "met", id="paid"),
    pytest.param("600元/人/年", "met", id="control-bare"),
]


@pytest.mark.parametrize(("actual", "expected"), PAID_PER_YEAR)
def test_paid_per_year_met(actual: str, expected: str) -> None:
    got = self_verdict("直补标准", "600元/人·年", actual)
    assert got.attainment.value == expected, got.explanation


# M4, 2025 自评表: name | target | actual | attainment
COVERED_COUNTS = [
    pytest.param(
        "公益林界桩标牌设置", "≥500块", "新设置标牌420块、界桩180根", "unknown", id="both-named"
    ),
    # the name covers the target's count only, or the other count is of another thing
    pytest.param(
        "公益林标牌设置", "≥500块", "新设置标牌420块、界桩180根", "not_met", id="one-named"
    ),
    pytest.param("受益农户数", "≥1000户", "受益农户1085户、合作社46个", "met", id="control"),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), COVERED_COUNTS)
def test_counts_the_name_covers(name: str, target: str, actual: str, expected: str) -> None:
    got = self_verdict(name, target, actual)
    assert got.attainment.value == expected, got.explanation
