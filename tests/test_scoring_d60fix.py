"""d60fix: the scoring rules after the regress60 audit.

W1: a capacity's average of a plant's output (日均处理, 日均供水, 月均发电量) against a
target more than ten times it is read as against a year's total: both readings, or
unknown in a table of part of a year; never the average against the year's target.
W2: an average of use at or above a capacity's floor shows the capacity: met.
P1: a note denying delay (未出现延迟, 无延迟, 无逾期, 未逾期, 均未超时) after 次日 is no admission.
P2: a holiday carry-over qualified by 个别 or 不含 is no delay against working days.
P3: 处理/反应 时间, 出具, 发放, 通关, 调解, 登记, 出动 are times taken: lower is better.
P4: 无死亡 does not hold 无伤亡 (伤亡 is deaths and injuries).
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from scoring_builders import finding_ids, indicator, score_one

SELF = TableKind.SELF_EVALUATION
TRACKING = TableKind.TRACKING
WHOLE_2023 = (2023, 1, 2023, 12)
JAN_AUG_2023 = (2023, 1, 2023, 8)
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]


def _two(shown: str, period: str, goal: str, counted: str) -> str:
    return (
        f"实际{shown}为{period}均值，年度指标{goal}未说明是否为全年总量，"
        f"按全年{counted}折算与按{period}均比较结论不同，需人工判断"
    )


def _usage(shown: str, label: str, name: str, goal: str) -> str:
    return (
        f"实际{shown}为{label}量，是实际使用量，不是“{name}”所指的能力，"
        f"是否达到年度指标{goal}需人工判断"
    )


ROWS = [
    # W1: the ×10 guard before the capacity's plant-output exemption
    pytest.param("污水处理能力", "≥1000万吨", "日均处理3万吨", WHOLE_2023, SELF, "unknown", _two("3万吨", "日", "≥1000万吨", "365天"), FINE, id="w1-sewage"),
    pytest.param("供水能力", "≥1500万吨", "日均供水4.6万吨", WHOLE_2023, SELF, "unknown", _two("4.6万吨", "日", "≥1500万吨", "365天"), FINE, id="w1-water"),
    pytest.param("发电能力", "≥1000万千瓦时", "月均发电量90万千瓦时", WHOLE_2023, SELF, "unknown", _two("90万千瓦时", "月", "≥1000万千瓦时", "12个月"), FINE, id="w1-power-month"),
    pytest.param("污水处理能力", "≥1000万吨", "日均处理3万吨", JAN_AUG_2023, TRACKING, "unknown", "实际3万吨为日均值，年度指标≥1000万吨为年度总量，非全年报表无法折算，需人工判断", FINE, id="w1-tracking"),
    pytest.param("污水处理能力", "≥3万吨", "日均处理2.8万吨", WHOLE_2023, SELF, "not_met", "实际2.8万吨，未达年度指标≥3万吨", MISSED, id="w1-in-band-not-met"),
    pytest.param("污水处理能力", "≥3万吨", "日均处理3.2万吨", WHOLE_2023, SELF, "met", "实际3.2万吨，达到年度指标≥3万吨", FINE, id="w1-in-band-met"),
    # W2: use at or above the capacity's floor shows it
    pytest.param("接待能力", "≥500人次/日", "日均接待520人次", WHOLE_2023, SELF, "met", "实际520人次/天，达到年度指标≥500人次/日", FINE, id="w2-reception"),
    pytest.param("接诊能力", "≥200人次/日", "日均接诊230人次", WHOLE_2023, SELF, "met", "实际230人次/天，达到年度指标≥200人次/日", FINE, id="w2-clinic"),
    pytest.param("接待能力", "≥500人次/日", "日均接待520人次", JAN_AUG_2023, TRACKING, "met", "实际520人次/天，达到年度指标≥500人次/日", FINE, id="w2-tracking"),
    pytest.param("接诊能力", "≥200人次/日", "日均接诊180人次", WHOLE_2023, SELF, "unknown", _usage("180人次/天", "日均接诊", "接诊能力", "≥200人次/日"), FINE, id="w2-below-unknown"),
    # P3: a range on a time taken: below the band is met
    pytest.param("投诉处理时间", "1-3个工作日", "0.5", WHOLE_2023, SELF, "met", "实际0.5个工作日，达到年度指标1-3个工作日", FINE, id="p3-chuli"),
    pytest.param("故障处理时长", "2-4小时", "1小时", WHOLE_2023, SELF, "met", "实际1小时，达到年度指标2-4小时", FINE, id="p3-chuli-shichang"),
    pytest.param("急救平均反应时间", "10-15分钟", "8分钟", WHOLE_2023, SELF, "met", "实际8分钟，达到年度指标10-15分钟", FINE, id="p3-fanying"),
    pytest.param("检测报告出具时间", "3-5个工作日", "2", WHOLE_2023, SELF, "met", "实际2个工作日，达到年度指标3-5个工作日", FINE, id="p3-chuju"),
    pytest.param("补贴发放时间", "5-10个工作日", "3", WHOLE_2023, SELF, "met", "实际3个工作日，达到年度指标5-10个工作日", FINE, id="p3-fafang"),
    pytest.param("货物通关时间", "1-2小时", "0.5", WHOLE_2023, SELF, "met", "实际0.5小时，达到年度指标1-2小时", FINE, id="p3-tongguan"),
    pytest.param("矛盾纠纷调解时间", "10-15天", "7天", WHOLE_2023, SELF, "met", "实际7天，达到年度指标10-15天", FINE, id="p3-tiaojie"),
    pytest.param("不动产登记时间", "3-5个工作日", "2", WHOLE_2023, SELF, "met", "实际2个工作日，达到年度指标3-5个工作日", FINE, id="p3-dengji"),
    pytest.param("救援出动时间", "1-3分钟", "0.5", WHOLE_2023, SELF, "met", "实际0.5分钟，达到年度指标1-3分钟", FINE, id="p3-chudong"),
    pytest.param("案件办结时间", "10-15天", "7天", WHOLE_2023, SELF, "met", "实际7天，达到年度指标10-15天", FINE, id="p3-banjie"),
    pytest.param("救援到场时间", "10-15分钟", "8分钟", WHOLE_2023, SELF, "met", "实际8分钟，达到年度指标10-15分钟", FINE, id="p3-daochang"),
    # P3: the same names on an exact target (=) are ceilings too
    pytest.param("故障处理时长", "4小时", "3小时", WHOLE_2023, SELF, "met", "实际3小时，达到年度指标≤4小时", FINE, id="p3-eq-chuli-shichang"),
    pytest.param("检测报告出具时间", "5个工作日", "4个工作日", WHOLE_2023, SELF, "met", "实际4个工作日，达到年度指标≤5个工作日", FINE, id="p3-eq-chuju"),
    pytest.param("急救反应时间", "12分钟", "10分钟", WHOLE_2023, SELF, "met", "实际10分钟，达到年度指标≤12分钟", FINE, id="p3-eq-fanying"),
    # P3: times given stay higher-better
    pytest.param("人均培训时长", "40-60学时", "30学时", WHOLE_2023, SELF, "not_met", "实际30学时，未达年度指标40-60学时", MISSED, id="p3-given-peixun"),
    pytest.param("志愿服务时长", "20-40小时", "10小时", WHOLE_2023, SELF, "not_met", "实际10小时，未达年度指标20-40小时", MISSED, id="p3-given-fuwu"),
    pytest.param("场馆开放时间", "8-10小时", "6小时", WHOLE_2023, SELF, "not_met", "实际6小时，未达年度指标8-10小时", MISSED, id="p3-given-kaifang"),
    pytest.param("设备运行时长", "20-22小时", "18小时", WHOLE_2023, SELF, "not_met", "实际18小时，未达年度指标20-22小时", MISSED, id="p3-given-yunxing"),
    pytest.param("学习时间", "40-60学时", "30学时", WHOLE_2023, SELF, "not_met", "实际30学时，未达年度指标40-60学时", MISSED, id="p3-given-xuexi"),
    pytest.param("志愿服务时长", "20小时", "15小时", WHOLE_2023, SELF, "not_met", "实际15小时，未达年度指标=20小时", MISSED, id="p3-given-eq"),
    # P4: no deaths is no word of injuries
    pytest.param("安全生产伤亡事故", "0起", "全年无死亡事故", WHOLE_2023, SELF, "unknown", "实际“全年无死亡事故”只说明没有“死亡事故”，不等于“安全生产伤亡事故”为0，是否达到年度指标=0起需人工判断", FINE, id="p4-death-not-casualty"),
    pytest.param("安全生产伤亡事故", "0起", "全年无人员伤亡", WHOLE_2023, SELF, "met", "实际0起，达到年度指标=0起", FINE, id="p4-casualty"),
    pytest.param("人员死亡事故发生数", "0起", "全年无人员伤亡", WHOLE_2023, SELF, "met", "实际0起，达到年度指标=0起", FINE, id="p4-casualty-holds-death"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "period", "kind", "attainment", "explanation", "ids"), ROWS
)
def test_regress60_rows(  # noqa: PLR0913, PLR0917 - one per column
    name: str,
    target: str,
    actual: str,
    period: tuple[int, int, int, int],
    kind: TableKind,
    attainment: str,
    explanation: str,
    ids: list[str],
) -> None:
    card = score_one(indicator(name, target, actual), period=period, kind=kind)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


TIME = "时效指标"
WORKING = "收缴后1个工作日内"
CALENDAR = "≤1日"
KEPT = ["missing-category", "weights-not-100"]
UNSUPPORTED = [*KEPT, "points-unsupported"]
MET_WORKING = "实际1个工作日，达到年度指标≤1个工作日"
MET_CALENDAR = "实际1日，达到年度指标≤1日"


def _text(actual: str) -> str:
    return f"实际“{actual}”不是数值，无法与年度指标比较"


TIMELY_ROWS = [
    # P1: a note denying delay
    pytest.param("次日缴库（未出现延迟）", WORKING, "met", MET_WORKING, KEPT, id="p1-weichuxian"),
    pytest.param("次日缴库（未出现延迟）", CALENDAR, "met", MET_CALENDAR, KEPT, id="p1-weichuxian-calendar"),
    pytest.param("次日缴库（无延迟）", WORKING, "met", MET_WORKING, KEPT, id="p1-wuyanchi"),
    pytest.param("次日缴库（无逾期）", WORKING, "met", MET_WORKING, KEPT, id="p1-wuyuqi"),
    pytest.param("次日缴库（未逾期）", CALENDAR, "met", MET_CALENDAR, KEPT, id="p1-weiyuqi"),
    pytest.param("次日缴库（均未超时）", WORKING, "met", MET_WORKING, KEPT, id="p1-junweichaoshi"),
    # P2: a holiday carry-over against working days
    pytest.param("次日缴库（全部按时，个别因节假日顺延）", WORKING, "met", MET_WORKING, KEPT, id="p2-quanbu-gebie"),
    pytest.param("次日缴库（个别因节假日顺延）", WORKING, "met", MET_WORKING, KEPT, id="p2-gebie"),
    pytest.param("次日缴库（不含节假日）", WORKING, "met", MET_WORKING, KEPT, id="p2-buhan"),
    pytest.param("次日缴库（个别因节假日顺延）", CALENDAR, "unknown", _text("次日缴库（个别因节假日顺延）"), UNSUPPORTED, id="p2-calendar"),
    pytest.param("次日缴库（不含节假日）", CALENDAR, "unknown", _text("次日缴库（不含节假日）"), UNSUPPORTED, id="p2-buhan-calendar"),
    # admissions stay
    pytest.param("次日缴库（个别延迟）", WORKING, "unknown", _text("次日缴库（个别延迟）"), UNSUPPORTED, id="late-gebie-yanchi"),
    pytest.param("次日缴库（个别逾期）", WORKING, "unknown", _text("次日缴库（个别逾期）"), UNSUPPORTED, id="late-gebie-yuqi"),
    pytest.param("次日缴库（未按时）", WORKING, "unknown", _text("次日缴库（未按时）"), UNSUPPORTED, id="late-weianshi"),
    pytest.param("次日缴库（部分）", WORKING, "unknown", _text("次日缴库（部分）"), UNSUPPORTED, id="late-bufen"),
    pytest.param("次日缴库（未完成）", WORKING, "not_met", "实际“次日缴库(未完成)”，截止时仍未完成", ["missing-deviation-reason", *KEPT, "full-points-not-met"], id="not-done"),
]  # fmt: skip


@pytest.mark.parametrize(("actual", "target", "attainment", "explanation", "ids"), TIMELY_ROWS)
def test_timely_notes(
    actual: str, target: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator("非税收入缴库时间", target, actual, level2=TIME, weight=40, points=40)
    card = score_one(row, period=WHOLE_2023, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids
