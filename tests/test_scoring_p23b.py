"""Value cells of parse23 and parse24 (H2, H3, M1, M2, M3 of parse23; M3 of parse24).

M1: an average and the longest case against a per-case time limit: the longest.
M2: a thousands separator splits no groups (16,200人).
M3: a range actual wholly on one side of a floor or ceiling is judged by its end.
parse24 M3: among labelled counts of other units, 42场次 is the count of a 场 target.

H2: a 其中 clause of works unfinished comes off a count done whose works are named
between the verb and the count (完成改造150户, 新建监测点32个); 未联网 is not yet in use.
H3: a noun glued after 年 or 个月 is the figure's note (已落实3年管护责任 is 3 年).
"""

from __future__ import annotations

import pytest

from perftrack import parse_value
from perftrack.expressions import Bound, Quantity, Status, StatusValue
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category"]
# a coefficient has no unit; target-missing-unit is parse23's LOW, left to the findings
NO_UNIT = ["target-missing-unit", "missing-category"]
NO_UNIT_MISSED = ["missing-deviation-reason", "target-missing-unit", "missing-category"]
FINE = ["missing-category"]
RENOVATED = "完成改造150户，其中12户未完工"
STATIONS = "新建监测点32个，其中2个未联网"

PARSE_ROWS = [
    pytest.param(RENOVATED, StatusValue(Status.PARTIAL, "完成改造150户,其中12户未完工", text=RENOVATED), id="h2-object-partial"),
    pytest.param("已落实3年管护责任", Quantity(dec(3), "年", status=Status.DONE, note="管护责任", text="已落实3年管护责任"), id="h3-years-noun"),
    pytest.param("落实3年管护期", Quantity(dec(3), "年", label="落实", note="管护期", text="落实3年管护期"), id="h3-years-period"),
    pytest.param("3年以上", Quantity(dec(3), "年", Bound.AT_LEAST, text="3年以上"), id="h3-suffix-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), PARSE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


def _met(actual: str, target: str) -> str:
    return f"实际{actual}，达到年度指标{target}"


def _not_met(actual: str, target: str) -> str:
    return f"实际{actual}，未达年度指标{target}"


VERDICT_ROWS = [
    # H2
    pytest.param("农村危房改造户数", "150户", RENOVATED, "not_met", _not_met("138户（其中12户未完工，不计入已完成）", "=150户"), MISSED, id="h2-object-renovated"),
    pytest.param("新建监测点", "≥30个", "新建监测点32个，其中2个未完工", "met", _met("30个（其中2个未完工，不计入已完成）", "≥30个"), FINE, id="h2-new-stations-unfinished"),
    pytest.param("新建监测点", "≥30个", STATIONS, "met", _met("30个（其中2个未联网，不计入已完成）", "≥30个"), FINE, id="h2-not-networked"),
    pytest.param("新建监测点", "≥30个", "新建监测点28个，其中2个未联网", "not_met", _not_met("26个（其中2个未联网，不计入已完成）", "≥30个"), MISSED, id="h2-not-networked-short"),
    pytest.param("公厕改造座数", "≥18座", "完成主体施工18座，其中2座未完工", "unknown", "实际“完成主体施工18座，其中2座未完工”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h2-stage-stays-text"),
    # H3
    pytest.param("管护期", "3年", "已落实3年管护责任", "met", _met("3年", "=3年"), FINE, id="h3-care-years"),
    pytest.param("管护期", "≥2年", "已落实1年管护责任", "not_met", _not_met("1年", "≥2年"), MISSED, id="h3-care-years-short"),
    # M1
    pytest.param("到达现场时间", "接报后2小时内到达现场", "平均到达现场时间1.5小时，最长3小时", "not_met", "实际3小时，超出年度指标≤2小时", MISSED, id="m1-longest-over"),
    pytest.param("到达现场时间", "≤2小时", "平均1.5小时，最长1.8小时", "met", _met("1.8小时", "≤2小时"), FINE, id="m1-longest-within"),
    pytest.param("资金拨付时限", "收到资金后15个工作日内拨付", "平均12个工作日，最长18个工作日", "not_met", "实际18个工作日，超出年度指标≤15个工作日", MISSED, id="m1-longest-days"),
    pytest.param("问题处置时限", "发现后3个工作日内", "平均2.5个工作日，个别超过5个工作日", "not_met", "实际超过5个工作日，超出年度指标≤3个工作日", MISSED, id="m1-some-over"),
    pytest.param("问题处置时限", "≤5个工作日", "个别超过5个工作日", "not_met", "实际超过5个工作日，超出年度指标≤5个工作日", MISSED, id="m1-some-over-alone"),
    pytest.param("到达时间", "≤2小时", "平均45分钟，最长3小时", "not_met", "实际3小时，超出年度指标≤2小时", MISSED, id="m1-longest-other-unit"),
    pytest.param("到达时间", "≤2小时", "平均1.5小时，全年出警320次", "unknown", "实际“平均1.5小时，全年出警320次”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="m1-no-longest-unchanged"),
    # M2
    pytest.param("乳腺癌筛查人数", "乳腺癌筛查≥1.5万人", "宫颈癌筛查16,200人，乳腺癌筛查12,100人", "not_met", _not_met("12100人", "≥1.5万人"), MISSED, id="m2-thousands-groups"),
    pytest.param("宫颈癌筛查人数", "宫颈癌筛查≥1.5万人", "宫颈癌筛查16,200人，乳腺癌筛查12,100人", "met", _met("16200人", "≥1.5万人"), FINE, id="m2-thousands-groups-met"),
    # M3
    pytest.param("边坡稳定性系数", "≥1.25", "1.30～1.35", "met", _met("不低于1.30", "≥1.25"), NO_UNIT, id="m3-range-above"),
    pytest.param("边坡稳定性系数", "≥1.25", "1.30-1.35", "met", _met("不低于1.30", "≥1.25"), NO_UNIT, id="m3-range-hyphen"),
    pytest.param("边坡稳定性系数", "≥1.25", "1.30至1.35", "met", _met("不低于1.30", "≥1.25"), NO_UNIT, id="m3-range-zhi"),
    pytest.param("边坡稳定性系数", "≥1.25", "边坡稳定性系数1.30～1.35", "met", _met("不低于1.30", "≥1.25"), NO_UNIT, id="m3-range-labelled"),
    pytest.param("边坡稳定性系数", "≥1.25", "1.10～1.20", "not_met", _not_met("不超过1.20", "≥1.25"), NO_UNIT_MISSED, id="m3-range-below"),
    pytest.param("边坡稳定性系数", "≥1.25", "1.15～1.35", "unknown", "实际为区间1.15—1.35，跨越年度指标≥1.25，无法判断是否达到，需人工判断", NO_UNIT, id="m3-range-straddles"),
    pytest.param("平均响应时间", "≤2小时", "1.2-1.8小时", "met", _met("不超过1.8小时", "≤2小时"), FINE, id="m3-range-under-ceiling"),
    pytest.param("平均响应时间", "≤2小时", "2.2-2.5小时", "not_met", "实际不低于2.2小时，超出年度指标≤2小时", MISSED, id="m3-range-over-ceiling"),
    # parse24 M3
    pytest.param("开展宣传活动", "≥50场", "开展宣传活动42场次，发放资料3万余份", "not_met", _not_met("42场", "≥50场"), MISSED, id="p24m3-sessions-among-leaflets"),
    pytest.param("开展宣传活动", "≥40场", "开展宣传活动42场次，发放资料3万余份", "met", _met("42场", "≥40场"), FINE, id="p24m3-sessions-met"),
    pytest.param("开展宣传活动", "≥50场", "开展宣传活动42场次，受益群众3000人", "not_met", _not_met("42场", "≥50场"), MISSED, id="p24m3-sessions-beside-people"),
    pytest.param("发放宣传资料", "≥2万份", "开展宣传活动42场次，发放资料3万余份", "unknown", "实际“开展宣传活动42场次，发放资料3万余份”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="p24m3-about-count-left"),
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


# a year-end miss no longer keeps its printed full points
POINTS_ROWS = [
    pytest.param("农村危房改造户数", "150户", RENOVATED, "9.20", id="h2-renovated"),
    pytest.param("管护期", "≥2年", "已落实1年管护责任", "5.00", id="h3-care-years"),
    pytest.param("到达现场时间", "接报后2小时内到达现场", "平均到达现场时间1.5小时，最长3小时", "6.67", id="m1-longest"),
    pytest.param("乳腺癌筛查人数", "乳腺癌筛查≥1.5万人", "宫颈癌筛查16,200人，乳腺癌筛查12,100人", "8.07", id="m2-thousands"),
    pytest.param("边坡稳定性系数", "≥1.25", "1.10～1.20", "9.60", id="m3-range-below"),
    pytest.param("开展宣传活动", "≥50场", "开展宣传活动42场次，发放资料3万余份", "8.40", id="p24m3-sessions"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points"), POINTS_ROWS)
def test_points_of_a_miss(name: str, target: str, actual: str, points: str) -> None:
    row = indicator(name, target, actual, weight=10, points=10)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
    assert "full-points-not-met" in finding_ids(card)


# mid-year, as a plain 1.32 is: met, no plan to be on track against
TRACKING_ROWS = [
    pytest.param("边坡稳定性系数", "≥1.25", "1.32", "met", id="m3-plain-control"),
    pytest.param("边坡稳定性系数", "≥1.25", "1.30～1.35", "met", id="m3-range-mid-year"),
    pytest.param("边坡稳定性系数", "≥1.25", "1.10～1.20", "pending", id="m3-range-below-mid-year"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment"), TRACKING_ROWS)
def test_mid_year(name: str, target: str, actual: str, attainment: str) -> None:
    verdict = score_one(indicator(name, target, actual), period=(YEAR, 1, YEAR, 9)).verdicts[0]
    assert verdict.attainment.value == attainment
