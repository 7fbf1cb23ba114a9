"""dayfix: daily rows (regress53 W6, W9), a timely cell with a note (W7), 8分半 on a
score row in the model (W8), 未新增 against a 新增 rate (regress52 W3).

W6: a 日均 figure against a target that does not say it is the year's, when the two
readings differ and the year's total is at least ten times the target, is judged as a
day's target; a capacity (能力) is a level, never converted. A per-day count target is
never multiplied into a false met (regress53 W3): 86人次 against ≥100人次 is not met.
W9: both readings met quote the daily figure. W7: ``次日缴库（遇节假日顺延）`` against a
working-day limit is one working day. W8: ``8分半`` on ``考核评分 ≥9分`` is 8.5分 in the
read model. regress52 W3: ``未新增`` on ``新增就业率 ≥3%`` is 0%, not met.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.expressions import Quantity
from perftrack.model import TableKind
from scoring_builders import finding_ids, indicator, score_one

SELF = TableKind.SELF_EVALUATION
WHOLE_2023 = (2023, 1, 2023, 12)
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]
TIME = "时效指标"


def _daily(shown: str, yearly: str) -> str:
    return f"实际{shown}（日均值，按全年365天折算为{yearly}，远超指标量级，指标按日均理解）"


def _agreed(shown: str, yearly: str) -> str:
    return f"实际{shown}（日均值，按全年365天折算为{yearly}，两种读法均达到）"


def _two_readings(shown: str, goal: str) -> str:
    return (
        f"实际{shown}为日均值，年度指标{goal}未说明是否为全年总量，"
        "按全年365天折算与按日均比较结论不同，需人工判断"
    )


DAILY_ROWS = [
    # W6: the year's total tens of times the target: the target is a day's
    pytest.param("污水处理能力", "≥3万吨", "日均处理2.8万吨", "not_met", "实际2.8万吨，未达年度指标≥3万吨", MISSED, id="e02-capacity"),
    pytest.param("办公用电量", "≤500千瓦时", "日均用电450千瓦时", "met", _daily("450千瓦时", "164250千瓦时") + "，达到年度指标≤500千瓦时", FINE, id="e05-ceiling"),
    pytest.param("生活垃圾清运量", "≥250吨", "日均清运210吨", "not_met", _daily("210吨", "76650吨") + "，未达年度指标≥250吨", MISSED, id="d02-short"),
    pytest.param("公交客运量", "≥3万人次", "日均2.8万人次", "not_met", _daily("2.8万人次", "1022.0万人次") + "，未达年度指标≥3万人次", MISSED, id="k02-bus"),
    # regress53 W3 stays closed: never a false met
    pytest.param("门诊接诊人次", "≥100人次", "日均接诊86人次", "not_met", _daily("86人次", "31390人次") + "，未达年度指标≥100人次", MISSED, id="k01-clinic"),
    pytest.param("热线接听量", "≥1500次", "日均接听1320次", "not_met", _daily("1320次", "481800次") + "，未达年度指标≥1500次", MISSED, id="k04-hotline"),
    # W9: both readings met: the day's figure quoted
    pytest.param("生活垃圾清运量", "≥200吨", "日均清运210吨", "met", _agreed("210吨", "76650吨") + "，达到年度指标≥200吨", FINE, id="d01-agree"),
    pytest.param("门诊接诊人次", "≥80人次", "日均接诊86人次", "met", _agreed("86人次", "31390人次") + "，达到年度指标≥80人次", FINE, id="d07-agree"),
    # unchanged: the year's total near the target stays two readings; both missing, the year's
    pytest.param("窗口受理业务量", "≥6万件", "日均受理210件", "unknown", _two_readings("210件", "≥6万件"), FINE, id="h06-window"),
    pytest.param("生活垃圾清运量", "≥7万吨", "日均清运180吨", "not_met", "实际65700吨（日均180吨按全年365天折算），未达年度指标≥7万吨", MISSED, id="both-miss"),
    pytest.param("全年门诊接诊人次", "≥3万人次", "日均接诊86人次", "met", "实际31390人次（日均86人次按全年365天折算），达到年度指标≥3万人次", FINE, id="year-named"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), DAILY_ROWS
)
def test_daily_rows(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=WHOLE_2023, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


KEPT = ["missing-category", "weights-not-100"]
UNSUPPORTED = [*KEPT, "points-unsupported"]
TIMELY_ROWS = [
    pytest.param("非税收入缴库时限", "收缴后1个工作日内", "次日缴库（遇节假日顺延）", "met", "实际1个工作日，达到年度指标≤1个工作日", KEPT, id="g04-holiday-note"),
    pytest.param("非税收入缴库时限", "收缴后1个工作日内", "次日缴库（全部）", "met", "实际1个工作日，达到年度指标≤1个工作日", KEPT, id="plain-note"),
    pytest.param("受灾群众救助时限", "灾后24小时内", "当日", "met", "实际0日，达到年度指标≤24小时", KEPT, id="g03-same-day-hours"),
    # a holiday carried over is more than a calendar day; a note of delay is no time kept
    pytest.param("非税收入缴库时限", "≤1日", "次日缴库（遇节假日顺延）", "unknown", "实际“次日缴库（遇节假日顺延）”不是数值，无法与年度指标比较", UNSUPPORTED, id="calendar-day-holiday"),
    pytest.param("非税收入缴库时限", "收缴后1个工作日内", "次日缴库（个别延迟2天）", "unknown", "实际“次日缴库（个别延迟2天）”不是数值，无法与年度指标比较", [*KEPT, "actual-not-numeric"], id="delay-note"),
    pytest.param("受灾群众救助时限", "灾后12小时内", "当日", "unknown", "实际“当日”不是数值，无法与年度指标比较", UNSUPPORTED, id="same-day-short-hours"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), TIMELY_ROWS
)
def test_timely_with_note(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator(name, target, actual, level2=TIME, weight=40, points=40)
    card = score_one(row, period=WHOLE_2023, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


NEW_RATE_ROWS = [
    pytest.param("新增就业率", "≥3%", "未新增", "not_met", "实际0%，未达年度指标≥3%", MISSED, id="u05-floor"),
    pytest.param("隐性债务新增率", "≤1%", "未新增", "met", "实际0%，达到年度指标≤1%", FINE, id="ceiling"),
    # 无 on a share is still no share reported
    pytest.param("新增就业率", "≥3%", "无", "unknown", "实际填写“无”，未填报比例，不能按0%与年度指标≥3%比较，需人工判断", ["missing-actual", "missing-category"], id="bare-none"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), NEW_RATE_ROWS
)
def test_nothing_new_on_new_rate(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=WHOLE_2023, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


def _table(name: str, target: str, actual: str) -> str:
    return "\n".join(
        [
            "项目支出绩效自评表",
            "（2023年度）",
            "项目名称\t考核项目\t\t\t\t\t\t",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            f"满意度指标\t服务对象满意度指标\t{name}\t{target}\t{actual}\t40\t40\t",
        ]
    )


HALF_ROWS = [
    pytest.param("考核评分", "≥9分", "8分半", Quantity(Decimal("8.5"), "分", text="8分半"), id="f02-score"),
    pytest.param("急救反应时间", "≤12分", "11分半", Quantity(Decimal("11.5"), "分钟", text="11分半"), id="f01-time-row"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "expected"), HALF_ROWS)
def test_half_points_in_model(name: str, target: str, actual: str, expected: Quantity) -> None:
    (table,) = perftrack.read_text(_table(name, target, actual), name="half.txt")
    assert table.indicators[0].actual == expected
