"""Value cells of parse27: 较年初 as a change's baseline, a leading 实现/完成 before a
labelled level then its change, 已验收N个，合格M个, a date then a filing verb or a 旬
then a step, 不发生规模性返贫, 次日缴库, and a name's scope before its degree
(H1-H4, M1-M3).

H1: ``67.2%，较年初上升1.1个百分点`` against ``≤65%`` is not_met at 67.2%, as the
较上年 form is.
H2: ``实现利润总额18.6亿元，同比增长3.2%`` against ``同比增长5%`` is judged by its change
clause (not_met at 3.2%), as the form without 实现 is.
H3: ``已验收208个，合格205个`` (and ``验收合格205个``) is 98.56%.
H4: ``2023年5月10日报送`` is a date of work done (late against ``2023年4月30日前``);
``7月中旬全部开工`` on a row named for the start is the 旬 (11th-20th), late against
``2023年6月底前``.
M2: ``不发生规模性返贫`` is a zero-family target; ``未发生规模性返贫致贫`` meets it.
M3: ``次日缴库``/``T+1日缴库`` (1 day) and ``当日缴库`` (0) meet ``收缴后1个工作日内``.
M1: ``未发生重大安全事故`` meets ``0起`` on ``国有企业重大安全事故`` (the name's scope).
"""

from __future__ import annotations

import pytest

from perftrack import parse_target, parse_value
from perftrack.expressions import DateValue, Status, TextValue
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category", "full-points-not-met"]
FINE = ["missing-category"]
UNSURE = ["deadline-passed", "missing-category"]
UNSUPPORTED = ["missing-category", "points-unsupported"]
LATE = ["missing-deviation-reason", "deadline-passed", "missing-category", "full-points-not-met"]
PROFIT = "国有企业利润总额"
RATIO = "企业资产负债率"
ACCEPTED = "项目验收合格率"
FILED = "年度财务决算报送"
STARTED = "项目开工时间"
POVERTY = "防止返贫监测帮扶"
REMIT = "收入缴库时限"
STATE_ACCIDENTS = "国有企业重大安全事故"

PARSE_ROWS = [
    pytest.param("4月25日报送", DateValue(YEAR, 4, 25, Status.DONE, text="4月25日报送"), id="h4-filed"),
    pytest.param("4月25日上报", DateValue(YEAR, 4, 25, Status.DONE, text="4月25日上报"), id="h4-reported"),
    pytest.param("4月25日提交", DateValue(YEAR, 4, 25, Status.DONE, text="4月25日提交"), id="h4-submitted"),
    pytest.param("4月25日报备", DateValue(YEAR, 4, 25, Status.DONE, text="4月25日报备"), id="h4-put-on-record"),
    pytest.param("4月25日前全部报送", DateValue(YEAR, 4, 25, Status.DONE, text="4月25日前全部报送"), id="h4-filed-before"),
    pytest.param("4月25日启动", TextValue("4月25日启动"), id="h4-launch-stays-text"),
    pytest.param("5月10日上报立项申请", TextValue("5月10日上报立项申请"), id="h4-filed-object-stays-text"),
    pytest.param("5月报送审批", TextValue("5月报送审批"), id="h4-for-approval-stays-text"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), PARSE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell, year=YEAR) == expected


ZERO_TARGETS = [
    pytest.param("不发生规模性返贫", "zero", id="m2-scale"),
    pytest.param("不发生规模性返贫致贫", "zero", id="m2-scale-both"),
    pytest.param("不发生区域性重大动物疫情", "zero", id="m2-region-unchanged"),
    # 返贫 is one of the incidents since parse53 M7 (零返贫, 无一户返贫): no scope needed
    pytest.param("不发生返贫", "zero", id="m2-no-scope-parse53"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "family"), ZERO_TARGETS)
def test_zero_family_target(cell: str, family: str | None) -> None:
    assert getattr(parse_target(cell), "family", None) == family


VERDICT_ROWS = [
    # H1
    pytest.param(RATIO, "≤65%", "67.2%，较年初上升1.1个百分点", "not_met", "实际67.2%，超出年度指标≤65%", MISSED, id="h1-year-start-up"),
    pytest.param(RATIO, "≤65%", "67.2%，较年初下降1.1个百分点", "not_met", "实际67.2%，超出年度指标≤65%", MISSED, id="h1-year-start-down"),
    pytest.param("农村自来水普及率", "≥92%", "91.3%，较年初提高1.8个百分点", "not_met", "实际91.3%，未达年度指标≥92%", MISSED, id="h1-coverage-not-met"),
    pytest.param("农村自来水普及率", "≥90%", "91.3%，比年初提高1.8个百分点", "met", "实际91.3%，达到年度指标≥90%", FINE, id="h1-coverage-met"),
    pytest.param(RATIO, "≤65%", "67.2%，较年初上升1.1", "unknown", "实际“67.2%，较年初上升1.1”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h1-no-unit-stays-text"),
    # H2
    pytest.param(PROFIT, "同比增长5%", "实现利润总额18.6亿元，同比增长3.2%", "not_met", "实际同比增长3.2%，未达年度指标同比增长5%", MISSED, id="h2-realised"),
    pytest.param(PROFIT, "较上年增长5%", "实现利润总额18.6亿元，同比增长3.2%", "not_met", "实际同比增长3.2%，未达年度指标较上年增长5%", MISSED, id="h2-realised-last-year"),
    pytest.param(PROFIT, "较上年增长3%", "全年完成利润总额18.6亿元，同比增长3.2%", "met", "实际同比增长3.2%，达到年度指标较上年增长3%", FINE, id="h2-whole-year-done-met"),
    pytest.param(PROFIT, "同比增长5%", "实现营业收入212亿元，同比增长3.2%", "unknown", "年度指标为文字描述，实际完成情况需人工判断", FINE, id="h2-other-measure-stays"),
    pytest.param(PROFIT, "同比增长5%", "实现18.6亿元，同比增长3.2%", "unknown", "年度指标为文字描述，实际完成情况需人工判断", FINE, id="h2-verb-alone-stays"),
    # H3
    pytest.param(ACCEPTED, "100%", "已验收208个，合格205个", "not_met", "实际已验收208个，合格205个（按比例计为98.56%），未达年度指标=100%", MISSED, id="h3-already"),
    pytest.param(ACCEPTED, "100%", "已验收项目208个，合格205个", "not_met", "实际已验收项目208个，合格205个（按比例计为98.56%），未达年度指标=100%", MISSED, id="h3-already-noun"),
    pytest.param(ACCEPTED, "100%", "已验收208个，验收合格205个", "not_met", "实际已验收208个，验收合格205个（按比例计为98.56%），未达年度指标=100%", MISSED, id="h3-step-again"),
    pytest.param(ACCEPTED, "100%", "已验收208个，合格208个", "met", "实际已验收208个，合格208个（按比例计为100%），达到年度指标=100%", FINE, id="h3-all-met"),
    pytest.param(ACCEPTED, "100%", "已验收208个，整改205个", "unknown", "实际“已验收208个，整改205个”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h3-other-step-stays"),
    # H4
    pytest.param(FILED, f"{YEAR}年4月30日前", f"{YEAR}年5月10日报送", "not_met", f"实际“{YEAR}年5月10日报送”，晚于截止日期{YEAR}-04-30", LATE, id="h4-filed-late"),
    pytest.param(FILED, f"{YEAR}年4月30日前", "4月25日前全部报送", "met", f"实际“4月25日前全部报送”，未晚于截止日期{YEAR}-04-30", FINE, id="h4-filed-before-met"),
    pytest.param(FILED, f"{YEAR}年4月30日前", "4月25日上报", "met", f"实际“4月25日上报”，未晚于截止日期{YEAR}-04-30", FINE, id="h4-reported-met"),
    pytest.param(STARTED, f"{YEAR}年6月底前", "6月中旬全部开工", "met", f"实际“6月中旬全部开工”，未晚于截止日期{YEAR}-06-30", FINE, id="h4-xun-start-met"),
    pytest.param(STARTED, f"{YEAR}年6月底前", "6月中旬开工", "met", f"实际“6月中旬开工”，未晚于截止日期{YEAR}-06-30", FINE, id="h4-xun-start-plain"),
    pytest.param(STARTED, f"{YEAR}年6月底前", "7月中旬全部开工", "not_met", f"实际“7月中旬全部开工”，晚于截止日期{YEAR}-06-30", LATE, id="h4-xun-start-late"),
    pytest.param(STARTED, f"{YEAR}年6月15日前", "6月中旬开工", "unknown", f"实际“6月中旬开工”，截止日期{YEAR}-06-15在其期间内，无法判断是否按期", UNSURE, id="h4-xun-due-inside"),
    pytest.param(STARTED, f"{YEAR}年6月底前", "6月中旬申请开工", "unknown", f"截止日期{YEAR}-06-30已到，实际“6月中旬申请开工”无法判断是否完成", UNSURE, id="h4-xun-applied-stays"),
    # M2
    pytest.param(POVERTY, "不发生规模性返贫", "未发生规模性返贫致贫", "met", "实际“未发生规模性返贫致贫”，达到“不发生规模性返贫”", FINE, id="m2-met"),
    # M3
    pytest.param(REMIT, "收缴后1个工作日内", "次日缴库", "met", "实际1个工作日，达到年度指标≤1个工作日", FINE, id="m3-next-day"),
    pytest.param(REMIT, "收缴后1个工作日内", "当日缴库", "met", "实际0个工作日，达到年度指标≤1个工作日", FINE, id="m3-same-day"),
    pytest.param(REMIT, "收缴后1个工作日内", "T+1日缴库", "met", "实际1个工作日，达到年度指标≤1个工作日", FINE, id="m3-t-plus-one"),
    pytest.param(REMIT, "≤1个工作日", "均在次日缴库", "met", "实际1个工作日，达到年度指标≤1个工作日", FINE, id="m3-all-next-day"),
    pytest.param(REMIT, "≤24小时", "次日缴库", "unknown", "实际“次日缴库”不是数值，无法与年度指标比较", UNSUPPORTED, id="m3-hours-stays"),
    # M1
    pytest.param(STATE_ACCIDENTS, "0起", "未发生重大安全事故", "met", "实际0起，达到年度指标=0起", FINE, id="m1-scope-of-name"),
    pytest.param(STATE_ACCIDENTS, "0起", "未发生重大安全生产事故", "met", "实际0起，达到年度指标=0起", FINE, id="m1-scope-production"),
    pytest.param(STATE_ACCIDENTS, "0起", "未发生较大安全事故", "unknown", f"实际“未发生较大安全事故”只说明没有“较大安全事故”，不等于“{STATE_ACCIDENTS}”为0，是否达到年度指标=0起需人工判断", UNSUPPORTED, id="m1-lower-grade-stays"),
    pytest.param("国有企业安全事故", "0起", "未发生重大安全事故", "unknown", "实际“未发生重大安全事故”只说明没有“重大安全事故”，不等于“国有企业安全事故”为0，是否达到年度指标=0起需人工判断", UNSUPPORTED, id="m1-degree-not-in-name-stays"),
    pytest.param(POVERTY, "不发生规模性返贫", "未发生重大安全事故", "unknown", "实际“未发生重大安全事故”未说明返贫情况，是否达到“不发生规模性返贫”需人工判断", FINE, id="m2-another-event-stays"),
    pytest.param(POVERTY, "不发生规模性返贫", "发生规模性返贫1起", "not_met", "实际发生规模性返贫1起，未达到“不发生规模性返贫”", MISSED, id="m2-not-met"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), VERDICT_ROWS
)
def test_verdict(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    level2 = "时效指标" if target.endswith("前") else "质量指标"
    row = indicator(name, target, actual, level2=level2, weight=100, points=100)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


POINTS_ROWS = [
    pytest.param(RATIO, "≤65%", "67.2%，较年初上升1.1个百分点", "2.90", id="h1-ratio"),
    pytest.param(PROFIT, "同比增长5%", "实现利润总额18.6亿元，同比增长3.2%", "1.92", id="h2-profit"),
    pytest.param(ACCEPTED, "100%", "已验收208个，合格205个", "2.96", id="h3-accepted"),
    pytest.param(FILED, f"{YEAR}年4月30日前", f"{YEAR}年5月10日报送", "0.00", id="h4-filed-late"),
    pytest.param(STARTED, f"{YEAR}年6月底前", "7月中旬全部开工", "0.00", id="h4-xun-late"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points"), POINTS_ROWS)
def test_points_of_a_miss(name: str, target: str, actual: str, points: str) -> None:
    row = indicator(name, target, actual, weight=3, points=3)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
    assert "full-points-not-met" in finding_ids(card)
    assert "target-not-measurable" not in finding_ids(card)
