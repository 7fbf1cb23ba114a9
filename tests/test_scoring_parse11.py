"""Mid-year tracking rows a review round (parse11) found judged wrong, each with its verdict.

H1: a start done (已开工, 施工单位已进场) before a remark of progress failed its start
deadline. H2: a negated reach (无法达到95%, 预计难以完成1.5万亩) was read as the figure
reached. H3: a share of the work with a time phrase or another opening (截至6月底完成40%,
完成率40%, 完成2/5) against a count target gave unit-mismatch. M3: a partial status
(基本完成) before due against a count plan was partial and behind.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from perftrack import Bound, Quantity, parse_value
from perftrack.scoring import score
from scoring_builders import YEAR, finding_ids, indicator, score_one, tracking_table

START = {"name": "工程开工时间", "level2": "时效指标"}


def case(  # noqa: PLR0913 - a case is one row of the table below
    target: str,
    actual: str,
    attainment: str,
    progress: str = "",
    *,
    id: str,  # noqa: A002 - pytest's own name for it
    month: int = 6,
    absent: tuple[str, ...] = (),
    present: tuple[str, ...] = (),
    **row: Any,
) -> Any:
    """One row of a table of 1-*month*月 and its verdict ("" progress: not checked)."""
    cells = {"target": target, "actual": actual, **row}
    return pytest.param(cells, month, (attainment, progress), absent, present, id=id)


def check(
    cells: dict[str, Any],
    month: int,
    expected: tuple[str, str],
    absent: tuple[str, ...],
    present: tuple[str, ...],
) -> None:
    cells = dict(cells)
    name = cells.pop("name", "指标")
    card = score_one(indicator(name, **cells), period=(YEAR, 1, YEAR, month))
    verdict = card.verdicts[0]
    attainment, progress = expected
    assert verdict.attainment.value == attainment, verdict.explanation
    if progress:
        assert verdict.progress.value == progress, verdict.explanation
    ids = finding_ids(card)
    assert not set(absent) & set(ids), ids
    assert set(present) <= set(ids), ids


# ---------------------------------------------------------------------------
# H1: the start done, also before a remark of progress or said of the builder

STARTS = [
    case("2023年3月底前", "已开工，形象进度40%", "met", **START, id="h1-started-image-share"),
    case("2023年3月底前", "已开工建设，完成投资35%", "met", **START, id="h1-started-invested"),
    case("2023年3月底前", "已开工，完成主体工程的30%", "met", **START, id="h1-started-main-part"),
    case("2023年3月底前", "已进场施工", "met", **START, id="h1-entered-site"),
    case("2023年3月底前", "施工单位已进场", "met", **START, id="h1-builder-entered"),
    case("2023年3月底前开工", "已开工，形象进度40%", "met", name="项目开工", id="h1-target-names"),
    case("2023年4月底前开工", "施工单位已进场", "met", name="施工进场", id="h1-target-builder"),
    case(
        "2023年4月底前开工",
        "2023年5月20日进场施工",
        "not_met",
        name="施工进场",
        id="h1-entered-late",
    ),
    case("2023年3月底前", "2023年3月10日进场施工", "met", **START, id="h1-entered-dated"),
    # not started, or a share of the work with no start said: as before
    case("2023年3月底前", "尚未开工", "not_met", **START, id="h1-not-started"),
    case("2023年3月底前", "施工单位尚未进场", "not_met", **START, id="h1-builder-not-entered"),
    case("2023年3月底前", "形象进度40%", "partial", **START, id="h1-share-alone"),
    case("2023年3月底前", "正在施工，形象进度40%", "not_met", **START, id="h1-under-way-share"),
]


@pytest.mark.parametrize(("cells", "month", "expected", "absent", "present"), STARTS)
def test_start_done_before_a_remark(
    cells: dict[str, Any],
    month: int,
    expected: tuple[str, str],
    absent: tuple[str, ...],
    present: tuple[str, ...],
) -> None:
    check(cells, month, expected, absent, present)


# ---------------------------------------------------------------------------
# H2: a reach that cannot be made is below the figure, as 未达到95% is

CANNOT_REACH_PARSED = [
    ("无法达到95%", "95", "%", None),
    ("难以达到95%", "95", "%", None),
    ("不能达到95%", "95", "%", None),
    ("不可能达到95%", "95", "%", None),
    ("达不到95%", "95", "%", None),
    ("预计难以达到95%", "95", "%", "预计"),
    ("预计难以完成1.5万亩", "1.5", "万亩", "预计"),
    ("无法完成1.5万亩", "1.5", "万亩", None),
    ("完不成1.5万亩", "1.5", "万亩", None),
    ("未能完成1.5万亩", "1.5", "万亩", None),
]

# regress23 W4: a reach that cannot fail (不会无法达到95%) is the figure reached
DOUBLE_NEGATIONS = [
    ("预计不会无法达到95%", "95", "%", "预计"),
    ("风险可控，不会完不成1.5万亩", "1.5", "万亩", "风险可控"),
    ("不会完不成1.5万亩", "1.5", "万亩", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "label"), DOUBLE_NEGATIONS)
def test_a_negated_cannot_is_reached(text: str, value: str, unit: str, label: str | None) -> None:
    assert parse_value(text) == Quantity(Decimal(value), unit, Bound.EXACT, label)


@pytest.mark.parametrize(("text", "value", "unit", "label"), CANNOT_REACH_PARSED)
def test_cannot_reach_is_below(text: str, value: str, unit: str, label: str | None) -> None:
    parsed = parse_value(text)
    assert parsed == Quantity(Decimal(value), unit, Bound.LESS_THAN, label)


CANNOT_REACH = [
    case("≥95%", "无法达到95%", "pending", "behind", planned="95%", id="h2-actual-cannot"),
    case("≥95%", "难以达到95%", "pending", "behind", planned="95%", id="h2-actual-hardly"),
    case("≥95%", "不能达到95%", "not_met", month=12, id="h2-actual-cannot-at-due"),
    case("≥95%", "达不到95%", "not_met", month=12, id="h2-actual-short-at-due"),
    case(
        "≥95%",
        "96%",
        "met",
        "behind",
        forecast="难以达到95%",
        likelihood="确定能",
        present=("judgement-optimistic",),
        id="h2-forecast-hardly",
    ),
    case(
        "≥95%",
        "96%",
        "met",
        "behind",
        forecast="无法达到95%",
        id="h2-forecast-cannot",
    ),
    case(
        "≥1.5万亩",
        "0.8万亩",
        "pending",
        "behind",
        forecast="预计难以完成1.5万亩",
        likelihood="确定能",
        present=("judgement-optimistic",),
        id="h2-forecast-area",
    ),
    case(
        "≥1.5万亩",
        "0.8万亩",
        "pending",
        "behind",
        forecast="完不成1.5万亩",
        id="h2-forecast-wanbucheng",
    ),
    case(
        "≥1.5万亩",
        "0.8万亩",
        "pending",
        "behind",
        forecast="无法完成1.5万亩",
        id="h2-forecast-wufa",
    ),
    # an overrun forecast, with its forecast word: over the ceiling
    case(
        "≤2000万元",
        "1120万元",
        "pending",
        "behind",
        forecast="预计超支80万元",
        likelihood="确定能",
        level2="成本指标",
        present=("judgement-optimistic",),
        id="h2-forecast-overrun",
    ),
    case(
        "≤2000万元",
        "1120万元",
        "pending",
        "behind",
        forecast="预计超出预算80万元",
        level2="成本指标",
        id="h2-forecast-over-budget",
    ),
    # reached, or a forecast of the figure: as before
    case("≥95%", "96%", "met", "on_track", forecast="预计96%", id="h2-forecast-reached"),
    case(
        "≤2000万元",
        "1120万元",
        "pending",
        "on_track",
        forecast="预计1980万元",
        level2="成本指标",
        id="h2-forecast-within",
    ),
]


@pytest.mark.parametrize(("cells", "month", "expected", "absent", "present"), CANNOT_REACH)
def test_cannot_reach_is_a_miss(
    cells: dict[str, Any],
    month: int,
    expected: tuple[str, str],
    absent: tuple[str, ...],
    present: tuple[str, ...],
) -> None:
    check(cells, month, expected, absent, present)


def test_overrun_forecast_says_forecast_once() -> None:
    row = indicator(
        "建设成本", "≤2000万元", "1120万元", level2="成本指标", forecast="预计超支80万元"
    )
    why = score_one(row, period=(YEAR, 1, YEAR, 6)).verdicts[0].explanation
    assert "全年预计超支80万元，超出年度指标≤2000万元" in why


# ---------------------------------------------------------------------------
# H3: a share of the work with a time phrase, another opening or as a fraction, against
# a count with a count plan: 40% of ≥120公里 is 48公里 against the plan of 60公里


def share(actual: str, attainment: str = "pending", progress: str = "behind", **row: Any) -> Any:
    return case(
        "≥120公里",
        actual,
        attainment,
        progress,
        planned="60公里",
        name="农村公路改造",
        absent=("unit-mismatch",),
        present=("missing-deviation-reason",) if progress == "behind" else (),
        id=f"h3-{actual}",
        **row,
    )


SHARES = [
    share("截至6月底完成40%"),
    share("截至6月底，已完成40%"),
    share("截至2023年6月30日，完成40%"),
    share("1-6月完成40%"),
    share("上半年完成40%"),
    share("截止6月底完成年度任务的40%"),
    share("累计完成40%"),
    share("目前完成40%"),
    share("完成总工程量的40%"),
    share("项目总体进度40%"),
    share("年度任务完成40%"),
    share("完成率40%"),
    share("形象进度完成40%"),
    share("40%"),
    share("约40%"),
    share("完成2/5"),
    share("完成年度任务的五分之二"),
    share("完成工程量的1/3"),
    share("已完成40%，正在施工"),
    share("截至6月底完成60%", progress="on_track"),
    share("完成全年任务的一半", progress="on_track"),
    # at due, a part of the work is that part of the target, not met (score57 F2; it
    # was partial)
    case(
        "≥120公里",
        "累计完成40%",
        "not_met",
        month=12,
        name="农村公路改造",
        absent=("unit-mismatch",),
        id="h3-at-due-partial",
    ),
    case("≥120公里", "累计完成100%", "met", month=12, name="农村公路改造", id="h3-at-due-done"),
    # a share of a part of the works, a rate, or a share against a rate: as before
    case(
        "≥120公里",
        "完成路基工程的60%",
        "unknown",
        planned="60公里",
        name="农村公路改造",
        present=("unit-mismatch",),
        id="h3-part-of-works",
    ),
    case(
        "≥120公里",
        "合格率40%",
        "unknown",
        planned="60公里",
        name="农村公路改造",
        present=("unit-mismatch",),
        id="h3-another-rate",
    ),
    case("≥95%", "截至6月底完成40%", "pending", "", id="h3-rate-target"),
    case("≤2000万元", "40%", "unknown", level2="成本指标", id="h3-not-a-floor"),
    # a rate's level against a change in points is no share of the work (harness s17e)
    case("提高2个百分点", "98%", "unknown", name="抽检合格率", month=12, id="h3-points-target"),
    case("下降1个百分点", "52.3%", "unknown", name="学生近视率", month=12, id="h3-points-fall"),
    case("提高0.5个百分点", "45.6%", "unknown", name="森林覆盖率", month=12, id="h3-points-rise"),
]


@pytest.mark.parametrize(("cells", "month", "expected", "absent", "present"), SHARES)
def test_share_of_work_against_a_count(
    cells: dict[str, Any],
    month: int,
    expected: tuple[str, str],
    absent: tuple[str, ...],
    present: tuple[str, ...],
) -> None:
    check(cells, month, expected, absent, present)


def test_share_of_work_in_the_plan_unit() -> None:
    row = indicator("农村公路改造", "≥120公里", "截至6月底完成40%", planned="60公里")
    why = score_one(row, period=(YEAR, 1, YEAR, 6)).verdicts[0].explanation
    assert why.endswith("实际48公里落后于计划60公里")


# ---------------------------------------------------------------------------
# M3: mid-year, a partial status against a count with a count plan is under way


def partly(actual: str, attainment: str, progress: str, month: int = 6, **row: Any) -> Any:
    return case(
        "≥1200户",
        actual,
        attainment,
        progress,
        month=month,
        planned="600户",
        likelihood="确定能",
        name="危房改造",
        id=f"m3-{actual}-{month}",
        **row,
    )


PARTS = [
    partly("基本完成", "pending", "unknown", absent=("judgement-optimistic",)),
    partly("部分完成", "pending", "unknown", absent=("missing-deviation-reason",)),
    partly("已竣工，待验收", "pending", "unknown"),
    partly("资金已下达，待拨付", "pending", "unknown"),
    # the words say more: a reason stated is a deviation
    partly("基本完成", "pending", "behind", reason="部分农户未签约"),
    # at due it is a part done, short of the plan
    partly("基本完成", "partial", "behind", month=12, present=("judgement-optimistic",)),
    # a qualitative plan, or a rate: as before
    case("≥1200户", "基本完成", "pending", "behind", planned="完成", id="m3-worded-plan"),
    case("≥95%", "基本完成", "partial", planned="50%", id="m3-rate-target"),
]


@pytest.mark.parametrize(("cells", "month", "expected", "absent", "present"), PARTS)
def test_partial_status_mid_year(
    cells: dict[str, Any],
    month: int,
    expected: tuple[str, str],
    absent: tuple[str, ...],
    present: tuple[str, ...],
) -> None:
    check(cells, month, expected, absent, present)


# regress23 W3: a plan and a forecast with no actual column (上半年目标值 | 全年预计完成):
# the forecast says the progress, as it does where no plan is printed
@pytest.mark.parametrize(
    ("target", "planned", "forecast", "progress"),
    [
        ("≥400人次", "300人次", "180人次", "behind"),
        ("≥95%", "95%", "96%", "on_track"),
    ],
)
def test_a_forecast_without_an_actual_says_the_progress(
    target: str, planned: str, forecast: str, progress: str
) -> None:
    row = indicator("培训人次", target, None, planned, forecast=forecast)
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 6)))
    assert card.verdicts[0].progress.value == progress
