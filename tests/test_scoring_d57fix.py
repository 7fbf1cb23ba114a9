"""d57fix: the dayfix rules after the regress57 audit.

W1: a 日均 figure is judged against a target read as a day's only when the daily figure
is also near the target (target ≤ 10 × the daily figure, besides the year's total ≥ 10 ×
the target): ``≥10万人次 | 日均接待3000人次`` is neither reading plainly, so unknown.
W2: a note after 次日/当日 saying only part was on time (部分, 大部分, 多数, 基本, 个别)
admits delay: the cell stays text, and the points are not supported.
M1: ``全年未新增`` / ``全年无新增`` / ``本年度未新增`` on a 新增 rate is 0%, like ``未新增``.
M2: an average of use (``日均接待460人次``) against a capacity (``接待能力``) is unknown;
an average the label calls 能力 or of a plant's output (处理, 供水) still compares.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.model import TableKind
from scoring_builders import finding_ids, indicator, score_one

SELF = TableKind.SELF_EVALUATION
WHOLE_2023 = (2023, 1, 2023, 12)
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]


def _daily(shown: str, yearly: str) -> str:
    return f"实际{shown}（日均值，按全年365天折算为{yearly}，远超指标量级，指标按日均理解）"


def _two_readings(shown: str, goal: str) -> str:
    return (
        f"实际{shown}为日均值，年度指标{goal}未说明是否为全年总量，"
        "按全年365天折算与按日均比较结论不同，需人工判断"
    )


def _usage(shown: str, label: str, name: str, goal: str) -> str:
    return (
        f"实际{shown}为{label}量，是实际使用量，不是“{name}”所指的能力，"
        f"是否达到年度指标{goal}需人工判断"
    )


ROWS = [
    # W1: the daily figure more than ten times under the target: no day's target either
    pytest.param("接待游客量", "≥10万人次", "日均接待3000人次", "unknown", _two_readings("3000人次", "≥10万人次"), FINE, id="w1-e06"),
    pytest.param("接待游客量", "≥1000人次", "日均接待35人次", "unknown", _two_readings("35人次", "≥1000人次"), FINE, id="w1-c04b"),
    pytest.param("检测样本量", "≥2000份", "日均检测60份", "unknown", _two_readings("60份", "≥2000份"), FINE, id="w1-c05b"),
    pytest.param("办公用电量", "≤5000千瓦时", "日均用电450千瓦时", "unknown", _two_readings("450千瓦时", "≤5000千瓦时"), FINE, id="w1-c20-ceiling"),
    # W1: the docs' examples keep their verdicts (the daily figure within ten times)
    pytest.param("生活垃圾清运量", "≥250吨", "日均清运210吨", "not_met", _daily("210吨", "76650吨") + "，未达年度指标≥250吨", MISSED, id="w1-doc-250t"),
    pytest.param("门诊接诊人次", "≥100人次", "日均接诊86人次", "not_met", _daily("86人次", "31390人次") + "，未达年度指标≥100人次", MISSED, id="w1-doc-86"),
    pytest.param("办公用电量", "≤500千瓦时", "日均用电450千瓦时", "met", _daily("450千瓦时", "164250千瓦时") + "，达到年度指标≤500千瓦时", FINE, id="w1-doc-ceiling"),
    pytest.param("垃圾清运量", "200-300吨", "日均清运210吨", "met", _daily("210吨", "76650吨") + "，达到年度指标200-300吨", FINE, id="w1-range"),
    pytest.param("培训人次", "≥100人次", "日均培训40人次", "not_met", _daily("40人次", "14600人次") + "，未达年度指标≥100人次", MISSED, id="w1-ten-times-edge"),
    # M1: the year's nothing new is 0%, like 未新增
    pytest.param("新增就业率", "≥3%", "全年未新增", "not_met", "实际0%，未达年度指标≥3%", MISSED, id="m1-floor"),
    pytest.param("院内新增感染率", "≤0.5%", "全年未新增", "met", "实际0%，达到年度指标≤0.5%", FINE, id="m1-ceiling"),
    pytest.param("新增违法建设发生率", "≤1%", "全年无新增", "met", "实际0%，达到年度指标≤1%", FINE, id="m1-wu"),
    pytest.param("新增绿化覆盖率", "≥2%", "本年度未新增", "not_met", "实际0%，未达年度指标≥2%", MISSED, id="m1-bendu"),
    pytest.param("网上可办率", "≥97%", "全年未新增", "unknown", "实际“全年未新增”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m1-not-a-new-rate"),
    # M2: an average of use against a capacity
    pytest.param("接待能力", "≥500人次", "日均接待460人次", "unknown", _usage("460人次", "日均接待", "接待能力", "≥500人次"), FINE, id="m2-c08"),
    pytest.param("日接待能力", "≥500人次", "日均接待460人次", "unknown", _usage("460人次", "日均接待", "日接待能力", "≥500人次"), FINE, id="m2-d14"),
    pytest.param("污水处理能力", "≥3万吨", "日均处理2.8万吨", "not_met", "实际2.8万吨，未达年度指标≥3万吨", MISSED, id="m2-plant"),
    pytest.param("接待能力", "≥500人次", "日均接待能力460人次", "not_met", "实际460人次，未达年度指标≥500人次", MISSED, id="m2-label-says-capacity"),
    pytest.param("接待能力", "≥500人次", "460人次", "not_met", "实际460人次，未达年度指标≥500人次", MISSED, id="m2-no-average"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation", "ids"), ROWS)
def test_daily_and_nothing_new(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=WHOLE_2023, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


TIME = "时效指标"
KEPT = ["missing-category", "weights-not-100"]
UNSUPPORTED = [*KEPT, "points-unsupported"]


def _text(actual: str) -> str:
    return f"实际“{actual}”不是数值，无法与年度指标比较"


TIMELY_ROWS = [
    # W2: a part on time admits the rest was late
    pytest.param("次日缴库（部分）", "unknown", _text("次日缴库（部分）"), UNSUPPORTED, id="w2-bufen"),
    pytest.param("次日缴库（大部分）", "unknown", _text("次日缴库（大部分）"), UNSUPPORTED, id="w2-dabufen"),
    pytest.param("次日缴库（绝大部分）", "unknown", _text("次日缴库（绝大部分）"), UNSUPPORTED, id="w2-juedabufen"),
    pytest.param("次日缴库（多数）", "unknown", _text("次日缴库（多数）"), UNSUPPORTED, id="w2-duoshu"),
    pytest.param("次日缴库（基本）", "unknown", _text("次日缴库（基本）"), UNSUPPORTED, id="w2-jiben"),
    pytest.param("当日到账（个别次日）", "unknown", _text("当日到账（个别次日）"), UNSUPPORTED, id="w2-gebie"),
    pytest.param("次日缴库（个别除外）", "unknown", _text("次日缴库（个别除外）"), UNSUPPORTED, id="w2-gebie-chuwai"),
    # notes admitting no delay are still set aside
    pytest.param("次日缴库（全部）", "met", "实际1个工作日，达到年度指标≤1个工作日", KEPT, id="w2-quanbu"),
    pytest.param("次日缴库（遇节假日顺延）", "met", "实际1个工作日，达到年度指标≤1个工作日", KEPT, id="w2-holiday"),
]  # fmt: skip


@pytest.mark.parametrize(("actual", "attainment", "explanation", "ids"), TIMELY_ROWS)
def test_timely_note_of_part(
    actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator(
        "非税收入缴库时间", "收缴后1个工作日内", actual, level2=TIME, weight=40, points=40
    )
    card = score_one(row, period=WHOLE_2023, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


POINTS_ROWS = [
    # W1: 20 of 20 claimed; unknown keeps the claim, a false not_met took it down
    pytest.param("接待游客量", "≥10万人次", "日均接待3000人次", Decimal(20), id="w1-e06-points"),
    pytest.param("办公用电量", "≤5000千瓦时", "日均用电450千瓦时", Decimal(20), id="w1-c20-points"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points"), POINTS_ROWS)
def test_points_kept(name: str, target: str, actual: str, points: Decimal) -> None:
    row = indicator(name, target, actual, weight=20, points=20)
    card = score_one(row, period=WHOLE_2023, kind=SELF)
    assert card.points is not None
    assert card.points.items[0].points == points
