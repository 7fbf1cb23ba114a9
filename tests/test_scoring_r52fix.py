"""regress52: zero-event targets judged clause by clause (W1), ``N分半`` on a score
row (W2), a per-period average against a total (older HIGH), the rounded total in a
grade message (LOW).

W1: against ``零填埋``, ``零排放``, ``零新增`` a clause stating the zero meets the target
unless another clause counts the event itself (``原生垃圾填埋1.2万吨``, ``仍有2处直排口``);
a figure in a clause not naming the event says nothing (unknown). ``开展安全检查12次``
against ``零事故`` counts checks, no accident: unknown.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from perftrack.policy import Policy
from scoring_builders import YEAR, finding_ids, indicator, score_one
from test_points_pt27fix import grade_table, letter, scored

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]


def _other(actual: str, target: str) -> str:
    return f"实际“{actual}”所列数量不是年度指标“{target}”所指事项，需人工判断"


def _stated(actual: str, event: str, target: str) -> str:
    return f"实际“{actual}”说明{event}为零，其他数量不涉及该事项，达到“{target}”"


ZERO_ROWS = [
    # a clause stating the zero decides
    pytest.param("原生垃圾填埋", "零填埋", "实现原生垃圾零填埋，焚烧处理12万吨", "met", _stated("实现原生垃圾零填埋，焚烧处理12万吨", "填埋", "零填埋"), FINE, id="z16-landfill-stated"),
    pytest.param("污水排放", "零排放", "实现零排放，处理污水3.2万吨", "met", _stated("实现零排放，处理污水3.2万吨", "排放", "零排放"), FINE, id="z17-emission-stated"),
    pytest.param("隐性债务新增", "零新增", "全年未新增隐性债务，化解存量2.3亿元", "met", _stated("全年未新增隐性债务，化解存量2.3亿元", "新增", "零新增"), FINE, id="u07-none-added-stated"),
    pytest.param("原生垃圾填埋", "零填埋", "焚烧处理12万吨，无填埋", "met", _stated("焚烧处理12万吨，无填埋", "填埋", "零填埋"), FINE, id="stated-last"),
    # a figure of something else says nothing
    pytest.param("原生垃圾填埋", "零填埋", "焚烧处理12万吨", "unknown", _other("焚烧处理12万吨", "零填埋"), FINE, id="z11-incinerated"),
    pytest.param("污水排放", "零排放", "污水处理量3.2万吨", "unknown", _other("污水处理量3.2万吨", "零排放"), FINE, id="z12-treated"),
    pytest.param("原生垃圾填埋", "零填埋", "无害化处理率100%", "unknown", _other("无害化处理率100%", "零填埋"), FINE, id="z13-rate"),
    pytest.param("违法建设管控", "零新增", "拆除存量违建3.5万平方米", "unknown", _other("拆除存量违建3.5万平方米", "零新增"), FINE, id="z14-demolished"),
    pytest.param("工业废水排放", "零排放", "废水循环利用率98%", "unknown", _other("废水循环利用率98%", "零排放"), FINE, id="z20-recycled"),
    pytest.param("安全生产事故", "零事故", "开展安全检查12次", "unknown", _other("开展安全检查12次", "零事故"), FINE, id="z15-checks"),
    # the event counted: not met, also after a clause stating the zero
    pytest.param("原生垃圾填埋", "零填埋", "原生垃圾填埋1.2万吨", "not_met", "实际发生原生垃圾填埋1.2万吨，未达到“零填埋”", MISSED, id="z18-landfilled"),
    pytest.param("污水直排", "零排放", "仍有2处直排口", "not_met", "实际发生仍有2处直排口，未达到“零排放”", MISSED, id="z04-outlets"),
    pytest.param("污水直排", "零排放", "仍有2处", "not_met", "实际发生仍有2处，未达到“零排放”", MISSED, id="bare-count"),
    pytest.param("原生垃圾填埋", "零填埋", "基本实现零填埋，原生垃圾填埋0.3万吨", "not_met", "实际发生基本实现零填埋，原生垃圾填埋0.3万吨，未达到“零填埋”", MISSED, id="stated-then-counted"),
    pytest.param("安全生产事故", "零事故", "发生2起", "not_met", "实际发生2起，未达到“零事故”", MISSED, id="accidents-counted"),
    pytest.param("安全生产事故", "零事故", "全年零事故，开展安全检查12次", "met", "实际“全年零事故，开展安全检查12次”，达到“零事故”", FINE, id="z21-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), ZERO_ROWS
)
def test_zero_event(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


HALF_ROWS = [
    pytest.param("群众评议得分", "≥4.5分", "4分半", "met", "实际4.5分，达到年度指标≥4.5分", FINE, id="w2-score-met"),
    pytest.param("年度考核得分", "≥90分", "89分半", "not_met", "实际89.5分，未达年度指标≥90分", MISSED, id="w2-score-not-met"),
    pytest.param("综合评分", "≥85", "89分半", "met", "实际89.5分，达到年度指标≥85", ["target-missing-unit", "missing-category"], id="w2-bare-target"),
    pytest.param("接警出动时间", "≤5分钟", "4分半", "met", "实际4.5分钟，达到年度指标≤5分钟", FINE, id="w2-time-unchanged"),
    pytest.param("平均响应用时", "≤5分", "4分半", "unknown", "实际4.5分钟与年度指标≤5分单位不可比", ["unit-mismatch", "missing-category"], id="w2-time-name-stays-minutes"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), HALF_ROWS
)
def test_half_point(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


def _spread(figure: str, said: str, times: str) -> str:
    return f"实际{figure}（{said}按全年{times}折算）"


READERS = "全年接待读者18万人次"
AVERAGE_ROWS = [
    # an average against a year's total, at the end of a whole year (2023: 365 days)
    pytest.param("年接待游客量", "≥100万人次", "日均接待游客0.3万人次", 12, "met", _spread("109.5万人次", "日均0.3万人次", "365天") + "，达到年度指标≥100万人次", FINE, id="d01-daily-met"),
    pytest.param("年接待游客量", "≥120万人次", "日均接待游客0.3万人次", 12, "not_met", _spread("109.5万人次", "日均0.3万人次", "365天") + "，未达年度指标≥120万人次", MISSED, id="daily-not-met"),
    pytest.param("年接待游客量", "≥100万人次", "平均每天接待游客3000人次", 12, "met", _spread("1095000人次", "日均3000人次", "365天") + "，达到年度指标≥100万人次", FINE, id="d06-per-day-words"),
    pytest.param("举办招聘会场次", "≥12场", "月均1场", 12, "met", _spread("12场", "月均1场", "12个月") + "，达到年度指标≥12场", FINE, id="d04-monthly"),
    pytest.param("举办招聘会场次", "≥12场", "季均4场", 12, "met", _spread("16场", "季均4场", "4个季度") + "，达到年度指标≥12场", FINE, id="d07-quarterly"),
    pytest.param("开展巡查次数", "≥100次", "周均巡查2次", 12, "met", _spread("104次", "周均2次", "52周") + "，达到年度指标≥100次", FINE, id="weekly"),
    # a target not said to be the year's: both readings must agree
    pytest.param("生活垃圾清运量", "≥7万吨", "日均清运180吨", 12, "not_met", _spread("65700吨", "日均180吨", "365天") + "，未达年度指标≥7万吨", MISSED, id="d03-both-miss"),
    pytest.param("生活垃圾清运量", "≥5万吨", "日均清运180吨", 12, "unknown", "实际180吨为日均值，年度指标≥5万吨未说明是否为全年总量，按全年365天折算与按日均比较结论不同，需人工判断", FINE, id="readings-differ"),
    # a year's total against a daily target: divided, never met on the total
    pytest.param("日均接待读者人次", "≥500人次", READERS, 12, "not_met", "实际493.15人次（全年18万人次按365天折合日均），未达年度指标≥500人次", MISSED, id="d05-total-against-daily"),
    pytest.param("日均接待读者人次", "≥450人次", READERS, 12, "met", "实际493.15人次（全年18万人次按365天折合日均），达到年度指标≥450人次", FINE, id="total-against-daily-met"),
    # part of a year: no conversion
    pytest.param("年接待游客量", "≥100万人次", "日均接待游客0.3万人次", 8, "unknown", "实际0.3万人次为日均值，年度指标≥100万人次为年度总量，非全年报表无法折算，需人工判断", FINE, id="mid-year-average"),
    pytest.param("日均接待读者人次", "≥500人次", READERS, 8, "unknown", "实际18万人次为全年总量，年度指标≥500人次为日均值，非全年报表无法折算，需人工判断", FINE, id="mid-year-total"),
    # levels, not sums of days: compared as they stand
    pytest.param("PM2.5年均浓度", "≤35微克", "日均浓度32微克", 12, "met", "实际32微克，达到年度指标≤35微克", FINE, id="level-not-converted"),
    pytest.param("PM2.5年均浓度", "≤35微克", "日均浓度38微克", 12, "not_met", "实际38微克已超出年度上限≤35微克", MISSED, id="level-over-not-converted"),
    # both per day: as before
    pytest.param("日均垃圾清运量", "≥200吨", "日均清运230吨", 12, "met", "实际230吨，达到年度指标≥200吨", FINE, id="d02-daily-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "month", "attainment", "explanation", "ids"), AVERAGE_ROWS
)
def test_average_against_total(  # noqa: PLR0913, PLR0917 - one per column
    name: str,
    target: str,
    actual: str,
    month: int,
    attainment: str,
    explanation: str,
    ids: list[str],
) -> None:
    kind = SELF if month == 12 else TableKind.TRACKING
    card = score_one(indicator(name, target, actual), period=(YEAR, 1, YEAR, month), kind=kind)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


GRADE_ROWS = [
    pytest.param("79.995", "中", "总分79.995按两位小数计为80.00，应评为“良”，表中为“中”", "总分80.00分应评为“良”", id="g1-rounded-up-quoted"),
    pytest.param("79.985", "良", "总分79.985按两位小数计为79.99，应评为“中”，表中为“良”", "总分79.99分应评为“中”", id="letter-half-up"),
    pytest.param("85", "中", "总分85应评为“良”，表中为“中”", "总分85.00分应评为“良”", id="whole-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("total", "grade", "message", "said"), GRADE_ROWS)
def test_grade_mismatch_quotes_the_rounded_total(
    total: str, grade: str, message: str, said: str
) -> None:
    tbl = grade_table(total, grade)
    assert scored(tbl, Policy.central(), "grade-mismatch")[2] == [("grade-mismatch", message)]
    assert said in letter(tbl)
