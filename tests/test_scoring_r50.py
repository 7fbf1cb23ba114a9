"""regress50 W1-W3: fixes of the third batch's regressions.

W1: an average target (平均办理时间 ≤3天, 办理时间 平均≤3天; 次均, 人均, 户均, 日均) is
judged on the cell's average, not on the longest case (that rule is for a limit per case).
W2: a range actual whose low end is the floor (3-5年 against ≥3年) is a result reported,
not a copy of the target.
W3: a 中期 figure per year (每年200人次, 年均5万平方米) or a yearly name (年新增公园数量)
is no period total: the year above it raises no target-above-midterm.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
FINE = ["missing-category"]
MISSED = ["missing-deviation-reason", "missing-category"]
COPIED = ["actual-copies-target", "missing-category"]
AVG_LONGEST = "平均2天，最长5天"


def _met(actual: str, target: str) -> str:
    return f"实际{actual}，达到年度指标{target}"


VERDICT_ROWS = [
    # W1: the target is an average, by its name or its cell
    pytest.param("平均办理时间", "≤3天", AVG_LONGEST, "met", _met("2天", "≤3天"), FINE, id="w1-average-name"),
    pytest.param("平均响应时间", "≤30分钟", "平均20分钟，最长45分钟", "met", _met("20分钟", "≤30分钟"), FINE, id="w1-average-name-minutes"),
    pytest.param("平均办理时限", "≤5个工作日", "平均3个工作日，最长8个工作日", "met", _met("3个工作日", "≤5个工作日"), FINE, id="w1-average-limit-name"),
    pytest.param("次均办理时长", "≤3天", AVG_LONGEST, "met", _met("2天", "≤3天"), FINE, id="w1-cijun-name"),
    pytest.param("人均等候时间", "≤30分钟", "平均20分钟，最长45分钟", "met", _met("20分钟", "≤30分钟"), FINE, id="w1-renjun-name"),
    pytest.param("办理时间", "平均≤3天", AVG_LONGEST, "met", _met("2天", "≤3天"), FINE, id="w1-average-target-cell"),
    pytest.param("办理时间", "日均≤3天", AVG_LONGEST, "met", _met("2天", "≤3天"), FINE, id="w1-rijun-target-cell"),
    pytest.param("平均办理时间", "≤3天", "平均4天，最长5天", "not_met", "实际4天，超出年度指标≤3天", MISSED, id="w1-average-over"),
    # the longest-case rule still holds for a limit per case
    pytest.param("办理时间", "≤3天", AVG_LONGEST, "not_met", "实际5天，超出年度指标≤3天", MISSED, id="w1-per-case-longest-kept"),
    pytest.param("到达现场时间", "≤2小时", "平均1.5小时，最长3小时", "not_met", "实际3小时，超出年度指标≤2小时", MISSED, id="w1-per-case-hours-kept"),
    # W2: a range from the floor up is a result, no copy
    pytest.param("设施使用年限", "≥3年", "3-5年", "met", _met("不低于3年", "≥3年"), FINE, id="w2-range-years"),
    pytest.param("每村健康讲座次数", "≥3次", "3-5次", "met", _met("不低于3次", "≥3次"), FINE, id="w2-range-times"),
    pytest.param("参保率", "≥95%", "95%-97%", "met", _met("不低于95%", "≥95%"), FINE, id="w2-range-percent"),
    pytest.param("每村健康讲座次数", "≥3次", "4-6次", "met", _met("不低于4次", "≥3次"), ["exceeds-target", "missing-deviation-reason", "missing-category"], id="w2-range-above-unchanged"),
    # a copy is still a copy
    pytest.param("每村健康讲座次数", "≥3次", "≥3次", "met", _met("不低于3次", "≥3次"), COPIED, id="w2-floor-copied"),
    pytest.param("每村健康讲座次数", "3-5次", "3-5次", "unknown", "实际“3-5次”不是数值，无法与年度指标比较", [*COPIED, "actual-not-numeric"], id="w2-range-copied"),
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


# W2 in a tracking table (d07): no copy either
def test_range_in_tracking_table_no_copy() -> None:
    card = score_one(indicator("参保率", "≥95%", "95%-97%"))
    assert "actual-copies-target" not in finding_ids(card)


# W1: an average target met at the year's end keeps its full points
@pytest.mark.parametrize(
    ("name", "target", "points"),
    [
        pytest.param("平均办理时间", "≤3天", "10.00", id="average-name"),
        pytest.param("办理时间", "平均≤3天", "10.00", id="average-cell"),
    ],
)
def test_points_of_an_average(name: str, target: str, points: str) -> None:
    row = indicator(name, target, AVG_LONGEST, weight=10, points=10)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
    assert "full-points-not-met" not in finding_ids(card)


# W3: target-above-midterm on a target table
_HEAD = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "某某项目"],
    ["主管部门", "县某局", "实施单位", "县某中心"],
    ["项目资金（万元）", "年度资金总额", "500.00"],
    ["年度绩效目标", "完成年度建设任务。"],
]
_MID_UNIT = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "度量单位"]
_MID = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
_ABOVE = "“{}”年度指标“{}”高于实施期指标“{}”，年度目标不应超过整个实施期"


def _above_midterm(header: list[str], row: list[str]) -> list[tuple[str, str]]:
    lines = [*_HEAD, header, row]
    table = perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]
    return [(f.id, f.message) for f in score(table).findings if f.id == "target-above-midterm"]


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        pytest.param(_MID, ["产出指标", "数量指标", "培训人次", "每年200人次", "≥220人次"], [], id="midterm-meinian"),
        pytest.param(_MID, ["产出指标", "数量指标", "培训人次", "年均200人次", "≥220人次"], [], id="midterm-nianjun"),
        pytest.param(_MID, ["产出指标", "数量指标", "新增就业岗位", "每年1000个", "1200个"], [], id="midterm-meinian-bare"),
        pytest.param(_MID, ["产出指标", "数量指标", "技能鉴定人数", "每年不少于300人", "≥320人"], [], id="midterm-meinian-floor"),
        pytest.param(_MID, ["产出指标", "数量指标", "年新增公园数量", "2个", "3个"], [], id="name-nian"),
        pytest.param(_MID, ["产出指标", "数量指标", "每年植树数量", "1万株", "1.2万株"], [], id="name-meinian"),
        pytest.param(_MID, ["产出指标", "数量指标", "年均新增绿化面积", "5万平方米", "≥6万平方米"], [], id="name-nianjun"),
        pytest.param(_MID, ["产出指标", "数量指标", "年均造林面积", "≥5000亩", "≥6000亩"], [], id="name-nianjun-floors"),
        # the period's total is still checked
        pytest.param(_MID, ["产出指标", "数量指标", "新增就业岗位", "1000个", "1200个"], [("target-above-midterm", _ABOVE.format("新增就业岗位", "1200个", "1000个"))], id="bare-total-kept"),
        pytest.param(_MID_UNIT, ["产出指标", "数量指标", "补助人数", "10000", "12000", "人"], [("target-above-midterm", _ABOVE.format("补助人数", "12000人", "10000人"))], id="unit-column-head-count-kept"),
    ],
)  # fmt: skip
def test_above_midterm(header: list[str], row: list[str], expected: list[tuple[str, str]]) -> None:
    assert _above_midterm(header, row) == expected
