"""track40 (t40b): steps, statuses and forecasts of tracking tables.

H2: a stage done with the next ahead (``已完工，待验收``) reaches a plan of that stage.
H3: works built (``已完工``) do not meet a target of their acceptance (``通过验收``).
H4: a part done (``已发放80%``) reaches a plan that is itself under way (``发放中``).
M5: status words matching the plan (``正在发放`` / ``发放中``, ``已开工，正在施工`` / ``开工``,
``已发布招标公告`` / ``启动招标``) are on track.
M4: ``完全不可能`` in the 全年预计 column is a forecast miss.
M3: a count already met whose forecast is lower is no foreseen miss.
M6: a row the verdict calls 不适用, judged 有可能, owes no reason nor measures.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Status, StatusValue, score
from scoring_builders import YEAR, finding_ids, indicator, tracking_table

# H2, M5, H4, 1-8月: target | plan | actual | progress
STEPS = [
    pytest.param("年底前通过验收", "完工", "已完工，待验收", "on_track", id="built-awaiting"),
    pytest.param("年底前通过验收", "竣工", "已竣工，待验收", "on_track", id="finished-awaiting"),
    pytest.param("年底前通过验收", "完工", "已完工,正在组织验收", "on_track", id="built-accepting"),
    pytest.param("年底前通过验收", "开工", "已完工，待验收", "on_track", id="later-stage"),
    pytest.param("年底前完工", "开工", "已开工，正在施工", "on_track", id="started-building"),
    pytest.param("年底前发放完毕", "发放中", "正在发放", "on_track", id="same-status"),
    pytest.param("年底前发放完毕", "发放中", "已发放80%", "on_track", id="part-paid"),
    pytest.param("2025年6月30日前完成招标", "启动招标", "已发布招标公告", "on_track", id="tender"),
    # an earlier stage, or another work, is no more on track than before
    pytest.param("年底前通过验收", "完工", "已开工，正在施工", "unknown", id="earlier-stage"),
    pytest.param("年底前完工", "竣工", "已完成设计，待招标", "behind", id="other-step"),
    pytest.param("年底前发放完毕", "施工中", "已发放80%", "behind", id="other-work"),
    pytest.param("年底前通过验收", "启动招标", "尚未启动招标", "behind", id="not-started"),
]


@pytest.mark.parametrize(("target", "planned", "actual", "progress"), STEPS)
def test_step_against_plan(target: str, planned: str, actual: str, progress: str) -> None:
    row = indicator(
        name="文化广场建设", target=target, planned=planned, actual=actual, level2="时效指标"
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 8)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", progress), got.explanation
    assert ("missing-deviation-reason" in finding_ids(card)) is (progress == "behind")


# H3: name | target | actual | period end month | attainment
ACCEPTANCE = [
    pytest.param("文化广场", "年底前通过验收", "已完工", 8, "pending", id="built-mid-year"),
    pytest.param(
        "体育馆验收", "2025年12月31日前完成验收", "已完工", 8, "pending", id="dated-mid-year"
    ),
    pytest.param("游泳馆建设", "年底前竣工验收", "已竣工", 8, "pending", id="finished-mid-year"),
    pytest.param("体育馆验收", "2025年12月31日", "已完工", 8, "pending", id="named-acceptance"),
    pytest.param("文化广场", "10月底前通过验收", "已完工", 11, "partial", id="built-at-due"),
    pytest.param("游泳馆建设", "年底前竣工验收", "已竣工", 12, "partial", id="finished-at-due"),
    # the acceptance done, or a target of the building itself, is met
    pytest.param("文化广场", "年底前通过验收", "已通过验收", 8, "met", id="accepted"),
    pytest.param("文化广场", "年底前通过验收", "已完成", 8, "met", id="done"),
    pytest.param("图书馆改造", "年底前完工", "已完工", 8, "met", id="built-target"),
]


@pytest.mark.parametrize(("name", "target", "actual", "month", "attainment"), ACCEPTANCE)
def test_built_is_no_acceptance(
    name: str, target: str, actual: str, month: int, attainment: str
) -> None:
    row = indicator(name=name, target=target, actual=actual, forecast="12月验收", level2="时效指标")
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, month)))
    got = card.verdicts[0]
    assert got.attainment.value == attainment, got.explanation
    assert ("deadline-passed" in finding_ids(card)) is (attainment == "partial")


# M3: name | target | plan | actual | forecast | findings on the row
FORECAST_BELOW_ACTUAL = [
    pytest.param("累计培训场次", "≥20场", "18场", "21场", "19场", set(), id="count-met"),
    pytest.param("培训资金", "≥500万元", "400万元", "520万元", "480万元", set(), id="amount-met"),
    # a rate can fall: the forecast still foresees a miss
    pytest.param(
        "孕产妇系统管理率",
        "≥90%",
        "90%",
        "91%",
        "88%",
        {"missing-deviation-reason", "judgement-optimistic", "missing-corrective-measures"},
        id="rate-can-fall",
    ),
]


@pytest.mark.parametrize(
    ("name", "target", "planned", "actual", "forecast", "findings"), FORECAST_BELOW_ACTUAL
)
def test_count_met_forecast_lower(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, planned: str, actual: str, forecast: str, findings: set[str]
) -> None:
    row = indicator(
        name=name,
        target=target,
        planned=planned,
        actual=actual,
        forecast=forecast,
        likelihood="确定能",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 11)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("met", "on_track"), got.explanation
    wanted = {"missing-deviation-reason", "judgement-optimistic", "missing-corrective-measures"}
    assert set(finding_ids(card)) & wanted == findings


# M6: likelihood | reason and measures asked
NOT_APPLICABLE_ROWS = [
    pytest.param("有可能", False, id="possible"),
    pytest.param("确定能", False, id="certain"),
]


@pytest.mark.parametrize(("likelihood", "asked"), NOT_APPLICABLE_ROWS)
def test_not_applicable_row_owes_nothing(likelihood: str, asked: bool) -> None:  # noqa: FBT001
    row = indicator(
        name="周边居民满意度",
        target="≥85%",
        planned="/",
        actual="/",
        forecast="/",
        likelihood=likelihood,
        level1="满意度指标",
        level2="服务对象满意度指标",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 11)))
    assert card.verdicts[0].attainment.value == "not_applicable"
    ids = finding_ids(card)
    assert ("missing-deviation-reason" in ids) is asked
    assert ("missing-corrective-measures" in ids) is asked


_HEAD = (
    "财政项目支出绩效跟踪表\n"
    "跟踪时段：2025年1-4月\n"
    "项目名称\t门诊服务\n"
    "主管部门\t某区卫健局\t实施单位\t某中心\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值"
    "\t全年预计完成情况\t完成可能性\t偏差原因分析\t纠偏措施\n"
)

# M4: forecast cell | read status
FORECAST_WORDS = [
    pytest.param("完全不可能", Status.NOT_DONE, id="wholly-impossible"),
    pytest.param("不可能", Status.NOT_DONE, id="impossible"),
    pytest.param("不可能完成", Status.NOT_DONE, id="cannot-finish"),
    pytest.param("能完成", Status.DONE, id="can-finish"),
]


@pytest.mark.parametrize(("forecast", "status"), FORECAST_WORDS)
def test_forecast_word_of_a_miss(forecast: str, status: Status) -> None:
    text = (
        _HEAD
        + f"产出指标\t数量指标\t门诊人次\t≥12000人次\t4000人次\t4000人次\t{forecast}\t确定能\t\t\n"
    )
    table = perftrack.read(text.encode(), name="门诊.tsv")[0]
    read = table.indicators[0].forecast
    assert isinstance(read, StatusValue)
    assert read.status is status
    card = score(table)
    missed = status is Status.NOT_DONE
    # on its plan (4000 of 4000), the forecast foreseeing a miss all the same
    assert card.verdicts[0].progress.value == "on_track"
    assert ("judgement-optimistic" in finding_ids(card)) is missed
    assert ("missing-corrective-measures" in finding_ids(card)) is missed
