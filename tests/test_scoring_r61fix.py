"""Fixes of regress61 (the p30fix and f58fix merges audited).

W1: ``未发生变化``, ``全年未发生调整`` say a value held: text, never the zero family.
W2: the 水 rule (1 吨 = 1 立方米) holds for water only, not cargo, silt or earthwork.
W3: a plan is measured against the per-period target scaled to the year, as the actual is.
W4: ``完成于<date>`` is a completion date; a decimal-comma CSV's ``15.06.2025完成``,
``完成于15.06.2025``, ``15.06.2025（已验收）`` are rewritten to ISO dates, the words kept.
W5: ``Kw.h`` in a label (``Kw.h计量点改造``) is the user's wording: kW·h is normalised only
as a unit.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import parse_value
from perftrack.expressions import QualitativeValue, Quantity, TextValue
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
HALF_YEAR = (YEAR, 1, YEAR, 6)
SELF = TableKind.SELF_EVALUATION
TRACKING = TableKind.TRACKING
FINE = ["missing-category"]
MISMATCH = ["unit-mismatch", "missing-category"]

VALUE_ROWS = [
    # W1
    pytest.param("全年未发生变化", TextValue("全年未发生变化"), id="w1-year-no-change"),
    pytest.param("全年未发生重大变化", TextValue("全年未发生重大变化"), id="w1-year-no-major-change"),
    pytest.param("全年未发生调整", TextValue("全年未发生调整"), id="w1-year-no-adjustment"),
    pytest.param("未发生变化", TextValue("未发生变化"), id="w1-bare-no-change"),
    pytest.param("未发生变动", TextValue("未发生变动"), id="w1-no-shift"),
    pytest.param("全年未发生", QualitativeValue("全年未发生", "zero"), id="w1-year-none-unchanged"),
    pytest.param("未发生", QualitativeValue("未发生", "zero"), id="w1-bare-none-unchanged"),
    pytest.param("全年未发生安全事故", QualitativeValue("全年未发生安全事故", "zero"), id="w1-event-unchanged"),
    pytest.param("未发生食物中毒", QualitativeValue("未发生食物中毒", "zero"), id="w1-other-event-unchanged"),
    # W5
    pytest.param("Kw.h计量点改造12处", Quantity(dec(12), "处", label="Kw.h计量点改造", text="Kw.h计量点改造12处"), id="w5-label-kept"),
    pytest.param("12万KW.h", Quantity(dec(12), "万kWh", text="12万KW.h"), id="w5-after-scale"),
    pytest.param("1.02亿kW·h", Quantity(dec("1.02"), "亿kWh", text="1.02亿kW·h"), id="w5-after-hundred-million"),
    pytest.param("0.38元/kW·h", Quantity(dec("0.38"), "元/kWh", text="0.38元/kW·h"), id="w5-after-slash"),
    pytest.param("吨水电耗0.38kW·h", Quantity(dec("0.38"), "kWh", label="吨水电耗", text="吨水电耗0.38kW·h"), id="w5-after-digit"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), VALUE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


NOT_A_NUMBER = "实际“{}”不是数值，无法与年度指标比较"

VERDICT_ROWS = [
    # W1
    pytest.param("耕地保有量", "≥1200亩", "全年未发生变化", "unknown", NOT_A_NUMBER.format("全年未发生变化"), [*FINE, "actual-not-numeric"], id="w1-stock"),
    pytest.param("补助标准", "≥300元/人", "全年未发生变化", "unknown", NOT_A_NUMBER.format("全年未发生变化"), [*FINE, "actual-not-numeric"], id="w1-standard"),
    pytest.param("耕地保有量", "≥1200亩", "全年未发生调整", "unknown", NOT_A_NUMBER.format("全年未发生调整"), [*FINE, "actual-not-numeric"], id="w1-adjustment"),
    pytest.param("耕地保有量", "≥1200亩", "未发生变化", "unknown", NOT_A_NUMBER.format("未发生变化"), [*FINE, "actual-not-numeric"], id="w1-bare"),
    pytest.param("安全事故", "0起", "全年未发生变化", "unknown", NOT_A_NUMBER.format("全年未发生变化"), [*FINE, "actual-not-numeric"], id="w1-on-incidents"),
    pytest.param("土地面积", "全年未发生变化", "全年未发生变化", "met", "实际完成情况与年度指标表述一致", ["actual-copies-target", "target-not-measurable", "missing-category"], id="w1-copy-found"),
    pytest.param("安全事故", "0起", "全年未发生", "met", "实际0起，达到年度指标=0起", FINE, id="w1-year-none-met"),
    # W2
    pytest.param("水运货物吞吐量", "≥500万吨", "520万立方米", "unknown", "实际520万立方米与年度指标≥500万吨单位不可比", MISMATCH, id="w2-cargo"),
    pytest.param("水库清淤量", "≥10万立方米", "清淤10.5万吨", "unknown", "实际10.5万吨与年度指标≥10万立方米单位不可比", MISMATCH, id="w2-reservoir-silt"),
    pytest.param("河道清淤（水系连通）", "≥8万立方米", "清淤8.5万吨", "unknown", "实际8.5万吨与年度指标≥8万立方米单位不可比", MISMATCH, id="w2-river-silt"),
    pytest.param("水环境治理土方量", "≥10万立方米", "10.2万吨", "unknown", "实际10.2万吨与年度指标≥10万立方米单位不可比", MISMATCH, id="w2-earthwork"),
    pytest.param("污水处理量", "≥3650万立方米", "3600万吨", "not_met", "实际3600万立方米，未达年度指标≥3650万立方米", ["missing-deviation-reason", "missing-category"], id="w2-sewage-unchanged"),
    pytest.param("节水量", "≥50万立方米", "52万吨", "met", "实际52万立方米，达到年度指标≥50万立方米", FINE, id="w2-saving-unchanged"),
    pytest.param("水利工程供水量", "≥500万立方米", "520万吨", "met", "实际520万立方米，达到年度指标≥500万立方米", FINE, id="w2-supply-unchanged"),
    pytest.param("水产养殖尾水处理量", "≥2万立方米", "2.1万吨", "met", "实际2.1万立方米，达到年度指标≥2万立方米", FINE, id="w2-tail-water-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "findings"), VERDICT_ROWS
)
def test_verdict(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, findings: list[str]
) -> None:
    checked = score_one(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    verdict = checked.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation, finding_ids(checked)) == (
        attainment,
        explanation,
        findings,
    )


SCALED = "“每月不少于8小时”全年计≥96小时；"
BEHIND = ["missing-deviation-reason", "missing-category", "missing-corrective-measures"]

PLAN_ROWS = [
    # W3
    pytest.param("48小时", "pending", SCALED + "实际40小时，未达年度指标≥96小时，距年底尚有时间；实际40小时落后于计划48小时", BEHIND, id="w3-plan-below-scaled"),
    pytest.param("120小时", "pending", SCALED + "实际40小时，未达年度指标≥96小时，距年底尚有时间；实际40小时落后于计划120小时", ["missing-deviation-reason", "plan-exceeds-target", "missing-category", "missing-corrective-measures"], id="w3-plan-above-scaled"),
]  # fmt: skip


@pytest.mark.parametrize(("planned", "attainment", "explanation", "findings"), PLAN_ROWS)
def test_plan_against_scaled_target(
    planned: str, attainment: str, explanation: str, findings: list[str]
) -> None:
    row = indicator("学习时间", "每月不少于8小时", "累计学习40小时", planned=planned)
    checked = score_one(row, period=HALF_YEAR, kind=TRACKING)
    verdict = checked.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation, finding_ids(checked)) == (
        attainment,
        explanation,
        findings,
    )


DONE = f"，未晚于截止日期{YEAR}-10-31"

DEADLINE_ROWS = [
    # W4
    pytest.param(f"完成于{YEAR}-06-15", "met", f"实际“完成于{YEAR}-06-15”" + DONE, FINE, id="w4-done-on-iso"),
    pytest.param(f"完成于{YEAR}年6月15日", "met", f"实际“完成于{YEAR}年6月15日”" + DONE, FINE, id="w4-done-on-chinese"),
    pytest.param(f"竣工于{YEAR}年6月15日", "met", f"实际“竣工于{YEAR}年6月15日”" + DONE, FINE, id="w4-finished-on"),
    pytest.param(f"{YEAR}-06-15完成", "met", f"实际“{YEAR}-06-15完成”" + DONE, FINE, id="w4-date-then-done-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("actual", "attainment", "explanation", "findings"), DEADLINE_ROWS)
def test_done_on_date(actual: str, attainment: str, explanation: str, findings: list[str]) -> None:
    checked = score_one(
        indicator("完工时间", f"{YEAR}年10月31日前", actual), period=HALF_YEAR, kind=TRACKING
    )
    verdict = checked.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation, finding_ids(checked)) == (
        attainment,
        explanation,
        findings,
    )


def locale_csv(row: tuple[str, str, str]) -> str:
    """A 跟踪表 as a decimal-comma Excel writes it (``sep=;``, ``1.250,00``)."""
    rows = [
        "sep=;",
        "财政项目支出绩效跟踪表",
        "跟踪时段;01.01.2025;至;30.06.2025",
        "项目名称;平台升级",
        "项目资金（万元）;年初预算数;跟踪期预算数;跟踪期执行数;执行率",
        "年度资金总额;1.250,00;860,00;301,00;35,00%",
        "一级指标;二级指标;三级指标;年度指标值;跟踪期计划完成值;跟踪期实际完成值",
        f"产出指标;时效指标;{row[0]};{row[1]};;{row[2]}",
    ]
    return "\n".join(rows) + "\n"


LOCALE_MET = "，未晚于截止日期2025-10-31"

LOCALE_ROWS = [
    pytest.param("31.10.2025前", "完成于15.06.2025", "完成于2025-06-15", "met", "实际“完成于2025-06-15”" + LOCALE_MET, id="w4-done-on"),
    pytest.param("31.10.2025前", "已于15.06.2025完成", "已于2025-06-15完成", "met", "实际“已于2025-06-15完成”" + LOCALE_MET, id="w4-already-done"),
    pytest.param("31.10.2025前", "15.06.2025完成", "2025-06-15完成", "met", "实际“2025-06-15完成”" + LOCALE_MET, id="w4-date-done"),
    pytest.param("2025年10月31日前", "15.06.2025（已验收）", "2025-06-15（已验收）", "met", "实际“2025-06-15（已验收）”" + LOCALE_MET, id="w4-date-note"),
    pytest.param("31.10.2025前", "计划于15.06.2025上线", "计划于15.06.2025上线", "pending", "实际“计划于15.06.2025上线”，截止日期2025-10-31未到", id="w4-other-words-kept"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "read", "attainment", "explanation"), LOCALE_ROWS)
def test_locale_completion_dates(
    target: str, actual: str, read: str, attainment: str, explanation: str
) -> None:
    (table,) = perftrack.read_text(locale_csv(("完工时间", target, actual)), format="csv")
    row = table.indicators[0]
    verdict = perftrack.score(table).verdicts[0]
    assert (
        row.actual.text if row.actual else None,
        verdict.attainment.value,
        verdict.explanation,
    ) == (
        read,
        attainment,
        explanation,
    )
