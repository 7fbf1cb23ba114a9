"""Value cells of parse25: a bare rate then its change, h内 and any verb, a count with
an all-done state, chief-system coverage, and the step 复核 (H1, H2, M2, M3).

H1: ``97.2%，同比提高0.4个百分点`` against a level target is the level 97.2%, as the
bracketed (``97.2%（同比提高0.4个百分点）``) and labelled forms are.
H2: ``24h内通报`` is at most 24 h with the verb as a note, as ``24小时内通报`` is.
M2: ``12个乡镇快检室均正常运行`` is the count 12 against a count target;
``县乡村三级路长全覆盖`` is full coverage, 100%.
M3: 复核 is a step: ``阳性样品36批次，已复核34批次`` on a 复核率 is 94.44%.
"""

from __future__ import annotations

import pytest

from perftrack import parse_value
from perftrack.expressions import Bound, Quantity, TextValue
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]
RISE = "97.2%，同比提高0.4个百分点"
FALL = "97.2%，较上年下降0.4个百分点"
RECHECKED = "阳性样品36批次，已复核34批次"
STATIONS = "12个乡镇快检室均正常运行"

PARSE_ROWS = [
    pytest.param("24h内通报", Quantity(dec(24), "h", Bound.AT_MOST, note="通报", text="24h内通报"), id="h2-hours-report"),
    pytest.param("48h内出具报告", Quantity(dec(48), "h", Bound.AT_MOST, note="出具报告", text="48h内出具报告"), id="h2-hours-issue"),
    pytest.param("24h以内通报", Quantity(dec(24), "h", Bound.AT_MOST, note="通报", text="24h以内通报"), id="h2-hours-yinei"),
    pytest.param("均在24h内通报", Quantity(dec(24), "h", Bound.AT_MOST, label="均", note="通报", text="均在24h内通报"), id="h2-all-within"),
    pytest.param("3h内到达", Quantity(dec(3), "h", Bound.AT_MOST, note="到达", text="3h内到达"), id="h2-listed-verb-unchanged"),
    pytest.param("县乡村三级路长全覆盖", Quantity(dec(100), "%", Bound.EXACT, note="全覆盖", text="县乡村三级路长全覆盖"), id="m2-chief-levels"),
    pytest.param("河长全覆盖", Quantity(dec(100), "%", Bound.EXACT, note="全覆盖", text="河长全覆盖"), id="m2-chief"),
    pytest.param("县乡村三级全覆盖", Quantity(dec(100), "%", Bound.EXACT, note="全覆盖", text="县乡村三级全覆盖"), id="m2-levels"),
    pytest.param("城区路长全覆盖", TextValue("城区路长全覆盖", text="城区路长全覆盖"), id="m2-part-of-area-stays-text"),
    pytest.param("基本全覆盖", TextValue("基本全覆盖", text="基本全覆盖"), id="m2-basically-stays-text"),
    pytest.param(RISE, TextValue("97.2%,同比提高0.4个百分点", text=RISE), id="h1-parse-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), PARSE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


def _met(actual: str, target: str) -> str:
    return f"实际{actual}，达到年度指标{target}"


def _not_met(actual: str, target: str) -> str:
    return f"实际{actual}，未达年度指标{target}"


VERDICT_ROWS = [
    # H1
    pytest.param("监测合格率", "≥97.5%", "98.2%，同比提高0.4个百分点", "met", _met("98.2%", "≥97.5%"), FINE, id="h1-rise-met"),
    pytest.param("监测合格率", "≥97.5%", RISE, "not_met", _not_met("97.2%", "≥97.5%"), MISSED, id="h1-rise-not-met"),
    pytest.param("监测合格率", "≥97.5%", FALL, "not_met", _not_met("97.2%", "≥97.5%"), MISSED, id="h1-fall-not-met"),
    pytest.param("重复信访率", "≤10%", "11.2%，较上年下降2.1个百分点", "not_met", "实际11.2%，超出年度指标≤10%", MISSED, id="h1-ceiling"),
    pytest.param("重复信访率", "≤10%", "9.2%，同比下降2.1个百分点", "met", "实际9.2%，达到年度指标≤10%", FINE, id="h1-ceiling-met"),
    pytest.param("监测合格率", "≥97.5%", "97.2%，同比提高0.4个百分点，位居全省第三", "unknown", "实际“97.2%，同比提高0.4个百分点，位居全省第三”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h1-third-clause-unchanged"),
    pytest.param("监测合格率", "≥97.5%", "97.2%，抽检1250批次", "unknown", "实际“97.2%，抽检1250批次”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h1-no-change-clause-unchanged"),
    pytest.param("产值", "≥97.5%", "97.2万元，同比增长8%", "unknown", "实际“97.2万元，同比增长8%”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h1-other-unit-unchanged"),
    # the change target keeps its rule (parse24 H2)
    pytest.param("文创收入", "较上年增长10%", "文创收入286万元，同比增长8.6%", "not_met", _not_met("同比增长8.6%", "较上年增长10%"), MISSED, id="h1-change-target-unchanged"),
    # H2
    pytest.param("信息通报时限", "24小时内", "均在24h内通报", "met", "实际不超过24h，达到年度指标≤24小时", FINE, id="h2-report-met"),
    pytest.param("检测报告出具时限", "48小时内", "均在48h内出具报告", "met", "实际不超过48h，达到年度指标≤48小时", FINE, id="h2-issue-met"),
    # M2
    pytest.param("乡镇快检室运行数", "≥12个", STATIONS, "met", _met("12个", "≥12个"), FINE, id="m2-count-met"),
    pytest.param("乡镇快检室运行数", "≥14个", STATIONS, "not_met", _not_met("12个", "≥14个"), MISSED, id="m2-count-not-met"),
    pytest.param("乡镇快检室运行数", "≥12个", "12个乡镇快检室均未运行", "unknown", "实际“12个乡镇快检室均未运行”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m2-negated"),
    pytest.param("乡镇快检室运行数", "≥12家", STATIONS, "unknown", "实际“12个乡镇快检室均正常运行”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m2-other-unit"),
    pytest.param("路长制覆盖率", "100%", "县乡村三级路长全覆盖", "met", _met("100%", "=100%"), FINE, id="m2-coverage"),
    # M3
    pytest.param("快检阳性样品复核率", "100%", RECHECKED, "not_met", _not_met(f"{RECHECKED}（按比例计为94.44%）", "=100%"), MISSED, id="m3-recheck-not-met"),
    pytest.param("快检阳性样品复核率", "≥90%", RECHECKED, "met", _met(f"{RECHECKED}（按比例计为94.44%）", "≥90%"), FINE, id="m3-recheck-met"),
    pytest.param("快检阳性样品复核率", "100%", "抽检阳性样品36批次，已复核34批次", "not_met", _not_met("抽检阳性样品36批次，已复核34批次（按比例计为94.44%）", "=100%"), MISSED, id="m3-checked-then-recheck"),
    pytest.param("抽检合格率", "100%", RECHECKED, "unknown", f"实际“{RECHECKED}”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m3-other-step-name"),
    pytest.param("快检阳性样品复核率", "100%", "不合格样品36批次，已复核34批次", "unknown", "实际“不合格样品36批次，已复核34批次”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m3-negated-noun"),
    pytest.param("隐患数", "≥40个", "隐患48个，已整改45个", "unknown", "实际“隐患48个，已整改45个”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m3-no-count-of-a-step"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), VERDICT_ROWS
)
def test_verdict(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


POINTS_ROWS = [
    pytest.param("监测合格率", "≥97.5%", RISE, "9.97", id="h1-rise"),
    pytest.param("乡镇快检室运行数", "≥14个", STATIONS, "8.57", id="m2-count"),
    pytest.param("快检阳性样品复核率", "100%", RECHECKED, "9.44", id="m3-recheck"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points"), POINTS_ROWS)
def test_points_of_a_miss(name: str, target: str, actual: str, points: str) -> None:
    row = indicator(name, target, actual, weight=10, points=10)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
    assert "full-points-not-met" in finding_ids(card)


TRACKING_ROWS = [
    pytest.param("监测合格率", "≥97.5%", "96.9%，同比提高0.4个百分点", "97.5%", "pending", "behind", id="h1-behind"),
    pytest.param("群众满意度", "≥75%", "76.8%，同比提高1.2个百分点", "75%", "met", "on_track", id="h1-on-track"),
    pytest.param("检测报告出具时限", "48小时内", "均在48h内出具报告", "48小时内", "met", "on_track", id="h2-on-track"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "attainment", "progress"), TRACKING_ROWS
)
def test_progress_mid_year(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, planned: str | None, attainment: str, progress: str
) -> None:
    row = indicator(name, target, actual, planned=planned)
    verdict = score_one(row, period=(YEAR, 1, YEAR, 9)).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == (attainment, progress)
