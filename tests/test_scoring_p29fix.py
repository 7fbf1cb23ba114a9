"""Value cells of parse29: share names on 成本指标 rows, names carrying a number, a
repeated level 2 before a Latin-code name, 月均 people held, and 应保尽保 as a target.

H1: ``100%`` on a 成本指标 row named as a share better higher (准确率, 到位率, 及时率,
合格率…) is a floor: ``99.6%`` is not_met; ``≥99%`` on such a name raises no
``cost-not-ceiling``.
H2: ``832平台``, ``“15分钟健身圈”``, ``“六个百分之百”`` and ``“三公”`` keep their figures in
the label: the cell's value is its one remaining figure.
M1: ``生态效益指标 | 生态效益指标 | PM2.5年均浓度 | ≤35μg/m³ | …`` reads the repeated level
as level 2, the name in column C, and keeps the actual.
M2: ``月均保障12,086人`` against a persons target is 12086 人, a level, not ×12.
M3: ``应保尽保`` as a target is ``=100%``: ``应保尽保率98%`` is not_met.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import parse_target, parse_value
from perftrack.expressions import Comparison, Op, Quantity
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category", "weights-not-100", "full-points-not-met"]
FINE = ["missing-category", "weights-not-100"]
# a rate under 成本指标 is no cost: category-suspect names where it belongs (r34j)
MISSED_FILED = [*MISSED[:2], "category-suspect", *MISSED[2:]]
FINE_FILED = [*FINE[:1], "category-suspect", *FINE[1:]]
COST = ("产出指标", "成本指标")
COUNT = ("产出指标", "数量指标")
QUALITY = ("产出指标", "质量指标")
SOCIAL = ("效益指标", "社会效益指标")
PLATFORM = "通过“832平台”采购脱贫地区农副产品762万元"
CIRCLE = "建成“15分钟健身圈”覆盖率92%"
DUST = "在建工地“六个百分之百”落实率98.6%"

PARSE_ROWS = [
    pytest.param("通过832平台采购762万元", Quantity(dec(762), "万元", label="通过832平台采购", text="通过832平台采购762万元"), id="h2-platform"),
    pytest.param(PLATFORM, Quantity(dec(762), "万元", label="通过“832平台”采购脱贫地区农副产品", text=PLATFORM), id="h2-platform-quoted"),
    pytest.param("“832”平台采购额762万元", Quantity(dec(762), "万元", label="“832”平台采购额", text="“832”平台采购额762万元"), id="h2-number-quoted"),
    pytest.param(CIRCLE, Quantity(dec(92), "%", label="建成“15分钟健身圈”覆盖率", text=CIRCLE), id="h2-circle"),
    pytest.param(DUST, Quantity(dec("98.6"), "%", label="在建工地“六个百分之百”落实率", text=DUST), id="h2-six-hundreds"),
    pytest.param("采购762万元", Quantity(dec(762), "万元", label="采购", text="采购762万元"), id="h2-no-name-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), PARSE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


TARGET_ROWS = [
    pytest.param("应保尽保", Comparison(Op.EQ, dec(100), "%", note="应保尽保", text="应保尽保"), id="m3-every-one"),
    pytest.param("实现应保尽保", Comparison(Op.EQ, dec(100), "%", note="应保尽保", text="实现应保尽保"), id="m3-reached"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), TARGET_ROWS)
def test_target_parse(cell: str, expected: object) -> None:
    assert parse_target(cell) == expected


VERDICT_ROWS = [
    # H1
    pytest.param("低保资金发放准确率", "100%", "99.6%", COST, "not_met", "实际99.6%，未达年度指标=100%", "9.96", MISSED_FILED, id="h1-accuracy"),
    pytest.param("补助资金到位率", "100%", "98.5%", COST, "not_met", "实际98.5%，未达年度指标=100%", "9.85", MISSED, id="h1-in-place"),
    pytest.param("资金兑付及时率", "100%", "97%", COST, "not_met", "实际97%，未达年度指标=100%", "9.70", MISSED_FILED, id="h1-on-time"),
    pytest.param("工程验收合格率", "100%", "99%", COST, "not_met", "实际99%，未达年度指标=100%", "9.90", MISSED_FILED, id="h1-pass-rate"),
    pytest.param("低保资金发放准确率", "100%", "100%", COST, "met", "实际100%，达到年度指标=100%", "10.00", FINE_FILED, id="h1-full-met"),
    pytest.param("资金发放准确率", "≥99%", "98.2%", COST, "not_met", "实际98.2%，未达年度指标≥99%", "9.92", MISSED_FILED, id="h1-floor-no-cost-finding"),
    pytest.param("资金发放准确率", "≥99%", "99.5%", COST, "met", "实际99.5%，达到年度指标≥99%", "10.00", FINE_FILED, id="h1-floor-met"),
    pytest.param("设备采购费", "20万元", "18万元", COST, "met", "实际18万元，达到年度指标=20万元", "10.00", FINE, id="h1-cost-ceiling-unchanged"),
    pytest.param("设备采购费", "≥20万元", "18万元", COST, "not_met", "实际18万元，未达年度指标≥20万元", "9.00", ["missing-deviation-reason", "cost-not-ceiling", "missing-category", "weights-not-100", "full-points-not-met"], id="h1-cost-finding-unchanged"),
    pytest.param("产品抽检不合格率", "1%", "0.8%", COST, "met", "实际0.8%，达到年度指标=1%", "10.00", FINE_FILED, id="h1-complement-unchanged"),
    # H2
    pytest.param("采购脱贫地区农副产品", "≥800万元", "通过832平台采购农副产品762万元", COUNT, "not_met", "实际762万元，未达年度指标≥800万元", "9.53", MISSED, id="h2-platform-not-met"),
    pytest.param("采购脱贫地区农副产品", "≥800万元", PLATFORM, COUNT, "not_met", "实际762万元，未达年度指标≥800万元", "9.53", MISSED, id="h2-platform-quoted-not-met"),
    pytest.param("采购脱贫地区农副产品", "≥800万元", "“832”平台采购额762万元", COUNT, "not_met", "实际762万元，未达年度指标≥800万元", "9.53", MISSED, id="h2-number-quoted-not-met"),
    pytest.param("采购脱贫地区农副产品", "≥800万元", "832平台采购856万元", COUNT, "met", "实际856万元，达到年度指标≥800万元", "10.00", FINE, id="h2-platform-met"),
    pytest.param("15分钟健身圈覆盖率", "≥90%", "建成“15分钟健身圈”覆盖率88%", SOCIAL, "not_met", "实际88%，未达年度指标≥90%", "9.78", MISSED, id="h2-circle-not-met"),
    pytest.param("15分钟健身圈覆盖率", "≥90%", "“15分钟健身圈”覆盖率达92%", SOCIAL, "met", "实际92%，达到年度指标≥90%", "10.00", FINE, id="h2-circle-met"),
    pytest.param("扬尘治理", "100%", "“六个百分之百”落实率98.6%", QUALITY, "not_met", "实际98.6%，未达年度指标=100%", "9.86", MISSED, id="h2-six-hundreds-not-met"),
    pytest.param("“三公”经费", "同比下降≥3%", "“三公”经费同比下降2.1%", COST, "not_met", "实际“三公”经费同比下降2.1%，未达年度指标同比下降≥3%", "7.00", MISSED, id="h2-three-public-not-met"),
    pytest.param("“三公”经费", "同比下降≥3%", "“三公”经费同比下降3.4%", COST, "met", "实际“三公”经费同比下降3.4%，达到年度指标同比下降≥3%", "10.00", FINE, id="h2-three-public-met"),
    # M2
    pytest.param("城市低保保障人数", "≥1.2万人", "月均保障12,086人", COUNT, "met", "实际12086人，达到年度指标≥1.2万人", "10.00", FINE, id="m2-held-met"),
    pytest.param("农村低保保障人数", "≥1.2万人", "月均保障11,860人", COUNT, "not_met", "实际11860人，未达年度指标≥1.2万人", "9.88", MISSED, id="m2-held-not-met"),
    pytest.param("特困人员供养人数", "≥2000人", "月均供养1,860人", COUNT, "not_met", "实际1860人，未达年度指标≥2000人", "9.30", MISSED, id="m2-cared-not-met"),
    pytest.param("招聘会场次", "≥12场", "月均1场", COUNT, "met", "实际12场（月均1场按全年12个月折算），达到年度指标≥12场", "10.00", FINE, id="m2-events-unchanged"),
    # sweep24 W2: people paid each month are the same people, a level
    pytest.param("养老服务补贴发放人数", "≥3000人", "月均发放2,860人", COUNT, "not_met", "实际2860人，未达年度指标≥3000人", "9.53", MISSED, id="m2-paid-monthly-not-met"),
    pytest.param("高龄津贴享受人数", "≥3000人", "月均享受3,050人", COUNT, "met", "实际3050人，达到年度指标≥3000人", "10.00", FINE, id="m2-enjoying-met"),
    # M3
    pytest.param("低保对象应保尽保", "应保尽保", "应保尽保率98%", SOCIAL, "not_met", "实际98%，未达年度指标=100%", "9.80", MISSED, id="m3-rate-not-met"),
    pytest.param("低保对象应保尽保", "应保尽保", "应保尽保率100%", SOCIAL, "met", "实际100%，达到年度指标=100%", "10.00", FINE, id="m3-rate-met"),
    pytest.param("低保对象应保尽保", "应保尽保", "应保尽保、应退尽退", SOCIAL, "met", "实际“应保尽保、应退尽退”包含年度指标“应保尽保”的全部内容，达到年度指标", "10.00", FINE, id="m3-phrase-met"),
    pytest.param("低保对象应保尽保", "实现应保尽保", "98%", SOCIAL, "not_met", "实际98%，未达年度指标=100%", "9.80", MISSED, id="m3-bare-not-met"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "levels", "attainment", "explanation", "points", "ids"),
    VERDICT_ROWS,
)
def test_verdict(  # noqa: PLR0913, PLR0917 - one per column
    name: str,
    target: str,
    actual: str,
    levels: tuple[str, str],
    attainment: str,
    explanation: str,
    points: str,
    ids: list[str],
) -> None:
    row = indicator(name, target, actual, level1=levels[0], level2=levels[1], weight=10, points=10)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
    assert finding_ids(card) == ids


HEAD = "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析"
FIRST = "产出指标\t数量指标\t清洁取暖改造\t≥5000户\t3750户\t5126户\t"
LAST = "效益指标\t生态效益指标\t臭氧浓度\t≤160μg/m³\t≤160μg/m³\t152μg/m³\t"

LAYOUT_ROWS = [
    pytest.param("生态效益指标\t生态效益指标\tPM2.5年均浓度\t≤35μg/m³\t≤35μg/m³\t38μg/m³\t", ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤35(μg/m³)", "38(μg/m³)"), id="m1-pm25"),
    pytest.param("生态效益指标\t生态效益指标\tPM10浓度b\t≤60μg/m³\t≤60μg/m³\t58μg/m³\t", ("效益指标", "生态效益指标", "PM10浓度b", "≤60(μg/m³)", "58(μg/m³)"), id="m1-pm10-suffixed"),
    pytest.param("社会效益指标\t社会效益指标\t群众知晓率\t≥90%\t≥90%\t92%\t", ("效益指标", "社会效益指标", "群众知晓率", "≥90(%)", "92(%)"), id="m1-plain-name-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "expected"), LAYOUT_ROWS)
def test_repeated_level2_before_a_code_name(row: str, expected: tuple[str, ...]) -> None:
    lines = ["财政项目支出绩效跟踪表", "跟踪时段：（ 2025-1月 至 2025-9月 ）"]
    lines += ["项目名称\t大气污染防治专项资金", HEAD, FIRST, row, LAST]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    middle = table.indicators[1]
    read = (middle.level1, middle.level2, middle.name, str(middle.target), str(middle.actual))
    assert read == expected
    assert [finding.id for finding in table.findings] == []
