"""Value cells of parse26: 日均 a daily rate, 零填埋/零排放/零新增 the zero family, and
``4分半`` four and a half minutes (H2, H4, M2).

H2: ``日均处理厨余垃圾286吨`` against ``≥300吨/日`` is 286吨/天, as ``每日处理286吨`` is.
H4: ``零填埋``, ``零排放``, ``零新增`` (and ``实现“零填埋”``) are zero-family targets, as
``零事故`` is: a non-zero actual is not_met at 0 points, no target-not-measurable.
M2: ``4分半`` is 4.5 分钟, as ``两个半小时`` is 2.5 小时.
"""

from __future__ import annotations

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import Quantity
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]

PARSE_ROWS = [
    pytest.param("4分半", Quantity(dec("4.5"), "分钟", text="4分半"), id="m2-minutes-half"),
    pytest.param("平均4分半", Quantity(dec("4.5"), "分钟", label="平均", text="平均4分半"), id="m2-average"),
    pytest.param("85分", Quantity(dec(85), "分", text="85分"), id="m2-score-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), PARSE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


ZERO_TARGETS = [
    pytest.param("零填埋", "zero", id="h4-landfill"),
    pytest.param("零排放", "zero", id="h4-emission"),
    pytest.param("零新增", "zero", id="h4-added"),
    pytest.param("实现“零填埋”", "zero", id="h4-quoted"),
    pytest.param("零事故", "zero", id="h4-accident-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "family"), ZERO_TARGETS)
def test_zero_family_target(cell: str, family: str) -> None:
    target = parse_target(cell)
    assert getattr(target, "family", None) == family


VERDICT_ROWS = [
    # H2
    pytest.param("厨余垃圾处理量", "≥300吨/日", "日均处理厨余垃圾286吨", "not_met", "实际286吨/天，未达年度指标≥300吨/日", MISSED, id="h2-daily-not-met"),
    pytest.param("厨余垃圾处理量", "≥300吨/日", "日均处理厨余垃圾312吨", "met", "实际312吨/天，达到年度指标≥300吨/日", FINE, id="h2-daily-met"),
    pytest.param("厨余垃圾处理量", "≥300吨/日", "每日处理286吨", "not_met", "实际286吨/天，未达年度指标≥300吨/日", MISSED, id="h2-per-day-unchanged"),
    # H4
    pytest.param("原生垃圾填埋量", "零填埋", "原生垃圾填埋1.2万吨", "not_met", "实际发生原生垃圾填埋1.2万吨，未达到“零填埋”", MISSED, id="h4-landfill-not-met"),
    pytest.param("原生垃圾填埋量", "零填埋", "实现原生垃圾零填埋", "met", "实际“实现原生垃圾零填埋”，达到“零填埋”", FINE, id="h4-landfill-met"),
    pytest.param("废水排放", "零排放", "年内废水排放1.3万吨", "not_met", "实际发生年内废水排放1.3万吨，未达到“零排放”", MISSED, id="h4-emission-not-met"),
    pytest.param("违规墓地", "零新增", "新增违规墓地3处", "not_met", "实际发生新增违规墓地3处，未达到“零新增”", MISSED, id="h4-added-not-met"),
    pytest.param("违规墓地", "零新增", "未新增", "met", "实际“未新增”，达到“零新增”", FINE, id="h4-none-added-met"),
    # M2
    pytest.param("到场时间", "≤5分钟", "平均4分半", "met", "实际4.5分钟，达到年度指标≤5分钟", FINE, id="m2-met"),
    pytest.param("到场时间", "≤4分钟", "平均4分半", "not_met", "实际4.5分钟，超出年度指标≤4分钟", MISSED, id="m2-not-met"),
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
    pytest.param("厨余垃圾处理量", "≥300吨/日", "日均处理厨余垃圾286吨", "9.53", id="h2-daily"),
    pytest.param("原生垃圾填埋量", "零填埋", "原生垃圾填埋1.2万吨", "0.00", id="h4-landfill"),
    pytest.param("到场时间", "≤4分钟", "平均4分半", "8.89", id="m2-minutes"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points"), POINTS_ROWS)
def test_points_of_a_miss(name: str, target: str, actual: str, points: str) -> None:
    row = indicator(name, target, actual, weight=10, points=10)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
    assert "full-points-not-met" in finding_ids(card)
    assert "target-not-measurable" not in finding_ids(card)
