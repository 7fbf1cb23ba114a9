"""parse18: per-period counts at year end and mid-year (H1).

H1: a count target per period (``每季度至少1次``) against a plain count: in a 自评表 the
count is the year's (1次 of 4 is missed, points in proportion), mid-year a running total
judged against the periods ended; only an actual written per period is one period's.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Comparison, Op, Quantity, parse_target, parse_value, score
from scoring_builders import finding_ids, indicator, self_evaluation_table, tracking_table

YEAR = 2025

# H1 at year end: target | actual | attainment | computed points of 6 | exceeds-target raised
YEAR_END = [
    pytest.param("每季度至少1次", "1次", "not_met", Decimal("1.50"), False, id="quarter-1"),
    pytest.param("每季度至少1次", "2次", "not_met", Decimal("3.00"), False, id="quarter-2"),
    pytest.param(
        "每季度不少于1次", "全年检查2次", "not_met", Decimal("3.00"), False, id="whole-year"
    ),
    pytest.param("每季度1次", "1次", "not_met", Decimal("1.50"), False, id="quarter-exact-1"),
    pytest.param("每月至少1次", "6次", "not_met", Decimal("3.00"), False, id="month-6"),
    pytest.param("每月不少于2次", "2次", "not_met", Decimal("0.50"), False, id="month-2-of-24"),
    pytest.param("每半年1次", "1次", "not_met", Decimal("3.00"), False, id="half-year-1"),
    pytest.param("每季度至少1次", "累计3次", "not_met", Decimal("4.50"), False, id="running-total"),
    pytest.param("每季度至少1次", "4次", "met", Decimal("6.00"), False, id="quarter-met"),
    pytest.param("每季度至少1次", "9次", "met", Decimal("6.00"), True, id="quarter-over"),
    # written per period: compared per period
    pytest.param("每季度至少1次", "每季度1次", "met", Decimal("6.00"), False, id="per-quarter"),
    pytest.param("每季度至少1次", "季均1次", "met", Decimal("6.00"), False, id="quarterly-average"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "points", "exceeds"), YEAR_END)
def test_year_end_count_is_the_years(
    target: str,
    actual: str,
    attainment: str,
    points: Decimal,
    exceeds: bool,  # noqa: FBT001
) -> None:
    row = indicator(
        name="疫苗储运检查", target=target, actual=actual, weight=6, points=6, year=YEAR
    )
    card = score(self_evaluation_table([row], year=YEAR))
    got = card.verdicts[0]
    assert got.attainment.value == attainment, got.explanation
    assert card.points is not None
    assert card.points.items[0].points == points
    ids = finding_ids(card)
    assert ("exceeds-target" in ids) is exceeds
    assert "unit-mismatch" not in ids
    assert ("full-points-not-met" in ids) is (attainment != "met")


def test_year_end_explanation() -> None:
    row = indicator(
        name="检查", target="每季度至少1次", actual="1次", weight=6, points=6, year=YEAR
    )
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    assert got.explanation == "“每季度至少1次”全年计≥4次；实际1次，未达年度指标≥4次"


# H1 mid-year, 1-6月: target | plan | actual | attainment | progress | plan-exceeds-target raised
MID_YEAR = [
    pytest.param("每季度至少1次", "2次", "2次", "pending", "on_track", False, id="on-plan"),
    pytest.param("每季度至少1次", "2次", "1次", "pending", "behind", False, id="behind-plan"),
    pytest.param("每季度1次", "2次", "1次", "pending", "behind", False, id="exact-behind"),
    pytest.param("每季度至少1次", "2次", "4次", "met", "on_track", False, id="year-reached"),
    pytest.param("每季度至少1次", None, "2次", "pending", "on_track", False, id="no-plan-on-time"),
    pytest.param("每季度至少1次", None, "1次", "pending", "behind", False, id="no-plan-late"),
    pytest.param("每月1次", None, "6次", "pending", "on_track", False, id="monthly-no-plan"),
    pytest.param("每季度至少1次", "5次", "2次", "pending", "behind", True, id="plan-over-year"),
    pytest.param(
        "每季度至少1次", "全年已开展2次", "2次", "pending", "on_track", False, id="labelled"
    ),
]


@pytest.mark.parametrize(
    ("target", "planned", "actual", "attainment", "progress", "plan_over"), MID_YEAR
)
def test_mid_year_count_is_a_running_total(  # noqa: PLR0913, PLR0917
    target: str,
    planned: str | None,
    actual: str,
    attainment: str,
    progress: str,
    plan_over: bool,  # noqa: FBT001
) -> None:
    row = indicator(name="六进活动", target=target, planned=planned, actual=actual, year=YEAR)
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 6)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == (attainment, progress), got.explanation
    ids = finding_ids(card)
    assert ("plan-exceeds-target" in ids) is plan_over
    assert "exceeds-target" not in ids


def test_a_table_with_no_period_may_hold_one_periods_count() -> None:
    row = indicator(name="巡查", target="每月不少于2次", actual="2次", year=YEAR)
    got = score(tracking_table([row], period=None)).verdicts[0]
    assert got.attainment.value == "met", got.explanation


# H2: cell | (kind, family, status) of the value read
NONE_FOUND = [
    pytest.param("未发现挪用", ("qualitative", "zero"), id="embezzle"),
    pytest.param("未发现套取", ("qualitative", "zero"), id="obtain-by-fraud"),
    pytest.param("未发现虚报冒领", ("qualitative", "zero"), id="false-claims"),
    pytest.param("未发现违规使用", ("qualitative", "zero"), id="misuse"),
    pytest.param("未发现截留", ("qualitative", "zero"), id="withhold"),
    pytest.param("未发现挤占", ("qualitative", "zero"), id="divert"),
    pytest.param("未出现挪用资金情况", ("qualitative", "zero"), id="with-funds"),
    pytest.param("未发现截留、挪用、虚报冒领等问题", ("qualitative", "zero"), id="list"),
    pytest.param("专款专用", ("qualitative", "zero"), id="kept-to-purpose"),
    pytest.param("专款专用，未发现挪用", ("qualitative", "zero"), id="two-clauses"),
    # parse14: 未出现 before no fault is still work not done
    pytest.param("未出现明显改善", ("status", None), id="no-improvement"),
]


@pytest.mark.parametrize(("cell", "read"), NONE_FOUND)
def test_none_found_of_a_misuse_is_zero(cell: str, read: tuple[str, str | None]) -> None:
    value = parse_value(cell)
    assert (value.kind, getattr(value, "family", None)) == read


# H2 mid-year, plan = target: name | target | actual | attainment | progress. A misuse
# found cannot be undone by December: not_met at once, as any zero-family target.
FUND_USE = [
    pytest.param("项目资金使用", "专款专用", "专款专用，未发现挪用", "met", "on_track", id="t4"),
    pytest.param("资金使用", "专款专用", "未发现套取、挪用资金情况", "met", "on_track", id="list"),
    pytest.param("资金使用", "无违规", "未发现虚报冒领", "met", "on_track", id="no-violation"),
    pytest.param(
        "资金使用合规",
        "无违规使用资金",
        "未发现截留、挪用、虚报冒领等问题",
        "met",
        "on_track",
        id="no-misuse-list",
    ),
    pytest.param("资金使用", "专款专用", "100%", "met", "on_track", id="share-kept"),
    # missed for good before the due date: behind the plan too (k31l; it was unknown)
    pytest.param("资金使用", "专款专用", "98%", "not_met", "behind", id="share-short"),
    pytest.param("资金使用", "专款专用", "发现挪用资金1起", "not_met", "behind", id="broken"),
    # none of one misuse says nothing of all misuse (regress30)
    pytest.param(
        "违规使用资金", "无违规使用资金", "未发现套取资金", "unknown", "on_track", id="narrower"
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "progress"), FUND_USE)
def test_fund_use_none_found(
    name: str, target: str, actual: str, attainment: str, progress: str
) -> None:
    row = indicator(
        name=name, target=target, planned=target, actual=actual, level2="质量指标", year=YEAR
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 6)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == (attainment, progress), got.explanation
    ids = finding_ids(card)
    assert ("missing-deviation-reason" in ids) is (attainment == "not_met")
    assert "target-not-measurable" not in ids


# H3, 1-6月: target | plan | actual | progress
STEPS = [
    pytest.param("1部", "完成复审", "已完成复审，待终审", "on_track", id="same-step"),
    pytest.param("1部", "完成初审", "已完成复审，待终审", "on_track", id="later-step"),
    pytest.param("1部", "初审", "已完成初审，待复审", "on_track", id="bare-plan"),
    pytest.param("1部", "完成初审", "复审完成，待终审", "on_track", id="step-first"),
    pytest.param("1部", "完成初审", "初审已完成，正在复审", "on_track", id="in-progress"),
    pytest.param("建成1个", "完成招标", "已完成招标，待签订合同", "on_track", id="tender"),
    pytest.param("1部", "完成统稿", "已完成统稿，待排版", "on_track", id="draft"),
    # a step earlier than the plan's is behind it
    pytest.param("1部", "完成终审", "已完成复审，待终审", "behind", id="earlier-step"),
    pytest.param("1部", "完成定稿", "已完成初稿，待统稿", "behind", id="earlier-draft"),
    pytest.param("建成1个", "完成招标", "已完成设计，待招标", "behind", id="other-step"),
]


@pytest.mark.parametrize(("target", "planned", "actual", "progress"), STEPS)
def test_plan_step_done(target: str, planned: str, actual: str, progress: str) -> None:
    row = indicator(name="县志编纂", target=target, planned=planned, actual=actual, year=YEAR)
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 6)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", progress), got.explanation
    assert ("missing-deviation-reason" in finding_ids(card)) is (progress == "behind")


# H4: cell | (value, unit, note, label) read
MONEY_PAID = [
    pytest.param("按每件1500元发放", ("1500", "元", "发放", "按每件"), id="per-case"),
    pytest.param("按1500元标准发放", ("1500", "元", "标准发放", "按"), id="standard"),
    pytest.param("按每人每月100元发放", ("100", "元", "发放", "按每人每月"), id="per-month"),
    pytest.param(
        "按标准每人每月100元足额发放", ("100", "元", "足额发放", "按标准每人每月"), id="in-full"
    ),
    pytest.param("每件1500元发放到位", ("1500", "元", "发放到位", "每件"), id="paid-out"),
    pytest.param("资金100万元拨付到位", ("100", "万元", "拨付到位", "资金"), id="allocated"),
    pytest.param("发放100万元", ("100", "万元", None, "发放"), id="verb-before"),
]


@pytest.mark.parametrize(("cell", "read"), MONEY_PAID)
def test_money_paid_verb_is_a_note(cell: str, read: tuple[str, str, str | None, str]) -> None:
    value = parse_value(cell)
    assert isinstance(value, Quantity)
    assert (value.value, value.unit, value.note, value.label) == (Decimal(read[0]), *read[1:])


# H4 in a 自评表: target | actual | attainment | points of 5
SUBSIDIES = [
    pytest.param("民事案件每件1500元", "按每件1500元发放", "met", Decimal("5.00"), id="case"),
    pytest.param("每人每月100元", "按每人每月100元发放", "met", Decimal("5.00"), id="monthly"),
    pytest.param("每件1500元", "每件1500元发放到位", "met", Decimal("5.00"), id="paid-out"),
    pytest.param("每人每月100元", "按每人每月80元足额发放", "not_met", Decimal("4.00"), id="short"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "points"), SUBSIDIES)
def test_subsidy_standard_paid(target: str, actual: str, attainment: str, points: Decimal) -> None:
    row = indicator(
        name="补贴发放标准", target=target, actual=actual, weight=5, points=5, year=YEAR
    )
    card = score(self_evaluation_table([row], year=YEAR))
    got = card.verdicts[0]
    assert got.attainment.value == attainment, got.explanation
    assert card.points is not None
    assert card.points.items[0].points == points
    assert "unit-mismatch" not in finding_ids(card)


# M3, M4 in a 自评表: name | target | actual | attainment | a finding that must not be raised
ZERO_RISK_AND_SAME_DAY = [
    pytest.param(
        "资金安全", "零风险", "无资金安全事故", "met", "target-not-measurable", id="zero-risk"
    ),
    pytest.param(
        "资金安全", "零风险", "未发生资金风险", "met", "target-not-measurable", id="no-risk"
    ),
    pytest.param("资金安全", "零风险", "0", "met", "target-not-measurable", id="zero"),
    pytest.param(
        "资金安全", "确保资金安全零风险", "无", "met", "target-not-measurable", id="ensure"
    ),
    pytest.param("提取办结", "即时办结", "当场办结", "met", "target-not-measurable", id="same-day"),
    pytest.param("提取办结", "即时办结", "2个工作日", "not_met", "unit-mismatch", id="two-days"),
    pytest.param("提取办结", "即时办结", "即时办结率100%", "met", "unit-mismatch", id="rate-all"),
    pytest.param(
        "提取办结", "即时办结", "即时办结率98.7%", "partial", "unit-mismatch", id="rate-short"
    ),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "absent"), ZERO_RISK_AND_SAME_DAY
)
def test_zero_risk_and_same_day(
    name: str, target: str, actual: str, attainment: str, absent: str
) -> None:
    row = indicator(name=name, target=target, actual=actual, weight=5, points=5, year=YEAR)
    card = score(self_evaluation_table([row], year=YEAR))
    got = card.verdicts[0]
    assert got.attainment.value == attainment, got.explanation
    assert absent not in finding_ids(card)


def test_same_day_target_reads_as_the_value() -> None:
    assert parse_target("即时办结") == Comparison(
        Op.LE, Decimal(1), "个工作日", note="即时办结", text="即时办结"
    )


def test_rate_within_the_limit_mid_year_is_pending() -> None:
    row = indicator(name="提取办结", target="即时办结", actual="即时办结率98.7%", year=YEAR)
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.explanation) == (
        "pending",
        "实际98.7%，未全部达到“即时办结”",
    )


# M5 in a 自评表: name | target | actual | attainment
UNITS = [
    pytest.param("每案平均成本", "≤2000元", "1,860元/件", "met", id="average-cost"),
    pytest.param("每案平均成本", "≤2000元/件", "1,860元", "met", id="average-cost-reverse"),
    pytest.param("每案平均成本", "≤2000元", "2,300元/件", "not_met", id="average-cost-over"),
    pytest.param("清淤量", "2万空方", "23000空方", "met", id="prefix-unknown-unit"),
    pytest.param("清淤量", "≥20000空方", "2.3万空方", "met", id="prefix-reverse"),
    pytest.param("清淤量", "≥20000空方", "1.8万空方", "not_met", id="prefix-short"),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment"), UNITS)
def test_units_compare(name: str, target: str, actual: str, attainment: str) -> None:
    row = indicator(
        name=name,
        target=target,
        actual=actual,
        level1="成本指标" if "成本" in name else "产出指标",
        level2="经济成本指标" if "成本" in name else "数量指标",
        weight=5,
        points=5,
        year=YEAR,
    )
    card = score(self_evaluation_table([row], year=YEAR))
    got = card.verdicts[0]
    assert got.attainment.value == attainment, got.explanation
    assert "unit-mismatch" not in finding_ids(card)
