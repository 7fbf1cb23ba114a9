"""Value language of parse13 (H1 parse side, M1, M2, LOW).

Parser cases are exact objects with their canonical text, which reads back the
same; scoring cases are a target and an actual on a one-row 自评表 (分值10, 得分10),
with the attainment and whether the units were found incomparable.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    Quantity,
    StatusValue,
    TextValue,
    parse_target,
    parse_value,
)
from perftrack.expressions import Status
from perftrack.scoring import score
from scoring_builders import finding_ids, indicator, self_evaluation_table

# fmt: off
VALUES = [
    # H1: an ordinal (a label ending in 第) is a rank: the unit 名, never the target's
    pytest.param("全省第3", Quantity(Decimal(3), "名", label="全省第"), "全省第3(名)", id="全省第3"),
    pytest.param("位列全市第2", Quantity(Decimal(2), "名", label="位列全市第"), "位列全市第2(名)", id="位列全市第2"),
    pytest.param("排名全省第3", Quantity(Decimal(3), "名", label="排名全省第"), "排名全省第3(名)", id="排名全省第3"),
    pytest.param("第2", Quantity(Decimal(2), "名", label="第"), "第2(名)", id="第2"),
    pytest.param("全省第二", Quantity(Decimal(2), "名", label="全省第"), "全省第2(名)", id="全省第二"),
    pytest.param("排名第2", Quantity(Decimal(2), "名", label="排名第"), "排名第2(名)", id="排名第2"),
    # unchanged: an ordinal with a unit of its own keeps it
    pytest.param("第12位", Quantity(Decimal(12), "位", label="第"), "第12(位)", id="第12位"),
    pytest.param("第3批", Quantity(Decimal(3), "批", label="第"), "第3(批)", id="第3批"),
    pytest.param("第二名", Quantity(Decimal(2), "名", label="第"), "第2(名)", id="第二名"),
    # M2: hours and minutes are minutes
    pytest.param("1小时30分钟", Quantity(Decimal(90), "分钟"), "90(分钟)", id="1小时30分钟"),
    pytest.param("1个小时30分", Quantity(Decimal(90), "分钟"), "90(分钟)", id="1个小时30分"),
    pytest.param("平均2小时5分钟", Quantity(Decimal(125), "分钟", label="平均"), "平均125(分钟)", id="平均2小时5分钟"),
    pytest.param("1小时30分钟内", Quantity(Decimal(90), "分钟", Bound.AT_MOST), "≤90(分钟)", id="1小时30分钟内"),
    pytest.param("1.5小时30分", TextValue("1.5小时30分"), "1.5小时30分", id="1.5小时30分-text"),
    pytest.param("3小时75分钟", TextValue("3小时75分钟"), "3小时75分钟", id="3小时75分钟-text"),
    # M2: a bracketed figure in another measure word is the count's note
    pytest.param("20期（1200人次）", Quantity(Decimal(20), "期", note="1200人次"), "20(期)(1200人次)", id="20期（1200人次）"),
    pytest.param("10个（12个）", TextValue("10个(12个)"), "10个(12个)", id="10个（12个）-text"),
    pytest.param("10（12）", TextValue("10(12)"), "10(12)", id="10（12）-text"),
    # M2: a count, a slash and a count in another measure word: the first, the rest a note
    pytest.param("3期/150人", Quantity(Decimal(3), "期", note="150人"), "3(期)(150人)", id="3期/150人"),
    pytest.param("3人/150人", TextValue("3人/150人"), "3人/150人", id="3人/150人-text"),
    pytest.param("3/150人", TextValue("3/150人"), "3/150人", id="3/150人-text"),
    # M2: 一般 in a measured noun is no numeral
    pytest.param("发生2起一般事故", Quantity(Decimal(2), "起一般事故", label="发生"), "发生2(起一般事故)", id="发生2起一般事故"),
    pytest.param("2起一般事故", Quantity(Decimal(2), "起一般事故"), "2(起一般事故)", id="2起一般事故"),
    # M2: the places covered before 全覆盖
    pytest.param("村（社区）全覆盖", Quantity(Decimal(100), "%", note="全覆盖"), "100(%)全覆盖", id="村（社区）全覆盖"),
    pytest.param("行政村已实现全覆盖", Quantity(Decimal(100), "%", note="全覆盖"), "100(%)全覆盖", id="行政村已实现全覆盖"),
    pytest.param("乡镇（街道）全覆盖", Quantity(Decimal(100), "%", note="全覆盖"), "100(%)全覆盖", id="乡镇（街道）全覆盖"),
    pytest.param("基本实现村全覆盖", TextValue("基本实现村全覆盖"), "基本实现村全覆盖", id="基本实现村全覆盖-text"),
    pytest.param("未实现全覆盖", StatusValue(Status.NOT_DONE, "未实现全覆盖"), "未实现全覆盖", id="未实现全覆盖"),
    # M2: done the same day is within one working day
    pytest.param("当日办结", Quantity(Decimal(1), "个工作日", Bound.AT_MOST, note="当日办结"), "≤1(个工作日)(当日办结)", id="当日办结"),
    pytest.param("即办", Quantity(Decimal(1), "个工作日", Bound.AT_MOST, note="即办"), "≤1(个工作日)(即办)", id="即办"),
    pytest.param("即来即办", Quantity(Decimal(1), "个工作日", Bound.AT_MOST, note="即来即办"), "≤1(个工作日)(即来即办)", id="即来即办"),
    # LOW: what the counted did is the note; the measure word keeps its noun, as 名学生 does
    pytest.param("组织38家企业参展", Quantity(Decimal(38), "家企业", label="组织", note="参展"), "组织38(家企业)(参展)", id="组织38家企业参展"),
    pytest.param("105名学生参训", Quantity(Decimal(105), "名学生", note="参训"), "105(名学生)(参训)", id="105名学生参训"),
    pytest.param("新增500人就业", Quantity(Decimal(500), "人", label="新增", note="就业"), "新增500(人)(就业)", id="新增500人就业"),
    pytest.param("资助105名学生", Quantity(Decimal(105), "名学生", label="资助"), "资助105(名学生)", id="资助105名学生"),
    pytest.param("新增1000个就业岗位", Quantity(Decimal(1000), "个就业岗位", label="新增"), "新增1000(个就业岗位)", id="新增1000个就业岗位"),
]

TARGETS = [
    # M1: an operator symbol, a Chinese numeral and a measure word, as the words say it
    pytest.param("≥三场", Comparison(Op.GE, Decimal(3), "场"), "≥3(场)", id="≥三场"),
    pytest.param("≥两次", Comparison(Op.GE, Decimal(2), "次"), "≥2(次)", id="≥两次"),
    pytest.param("≥十个", Comparison(Op.GE, Decimal(10), "个"), "≥10(个)", id="≥十个"),
    pytest.param("≤两次", Comparison(Op.LE, Decimal(2), "次"), "≤2(次)", id="≤两次"),
    pytest.param(">三场", Comparison(Op.GT, Decimal(3), "场"), ">3(场)", id=">三场"),
    pytest.param("<三场", Comparison(Op.LT, Decimal(3), "场"), "<3(场)", id="<三场"),
    pytest.param("=三场", Comparison(Op.EQ, Decimal(3), "场"), "=3(场)", id="=三场"),
    pytest.param("≥三场次", Comparison(Op.GE, Decimal(3), "场次"), "≥3(场次)", id="≥三场次"),
    # grades and a numeral with no measure word stay prose, as documented
    pytest.param("≥二级", Descriptive("≥二级"), "≥二级", id="≥二级"),
    pytest.param("≥二类", Descriptive("≥二类"), "≥二类", id="≥二类"),
    pytest.param("≥三等奖", Descriptive("≥三等奖"), "≥三等奖", id="≥三等奖"),
    pytest.param("≥二级公路", Descriptive("≥二级公路"), "≥二级公路", id="≥二级公路"),
    pytest.param("≥一流", Descriptive("≥一流"), "≥一流", id="≥一流"),
    pytest.param("≥三", Descriptive("≥三"), "≥三", id="≥三"),
    # M2: the places covered before 全覆盖 (a target too); a qualified coverage stays prose
    pytest.param("村（社区）全覆盖", Comparison(Op.EQ, Decimal(100), "%", note="全覆盖"), "=100(%)全覆盖", id="t-村（社区）全覆盖"),
    pytest.param("基本实现村全覆盖", Descriptive("基本实现村全覆盖"), "基本实现村全覆盖", id="t-基本实现村全覆盖"),
]
# fmt: on


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value(cell: str, expected: object, canonical: str) -> None:
    result = parse_value(cell, year=2025)
    assert result == expected
    assert str(result) == canonical
    assert result.text == cell
    assert parse_value(canonical, year=2025) == expected  # the canonical text reads back


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target(cell: str, expected: object, canonical: str) -> None:
    result = parse_target(cell, year=2025)
    assert result == expected
    assert str(result) == canonical
    assert result.text == cell
    assert parse_target(canonical, year=2025) == expected


Q = {"level1": "产出指标", "level2": "质量指标"}
N = {"level1": "产出指标", "level2": "数量指标"}
T = {"level1": "产出指标", "level2": "时效指标"}
E = {"level1": "效益指标", "level2": "社会效益指标"}

# (name, target, actual, attainment, units incomparable, levels)
# fmt: off
PAIRS = [
    # H1: a rank against a percentage or a score is incomparable, never 3 % or 2 分
    pytest.param("排名", "≥90%", "全省第3", "unknown", True, Q, id="≥90%|全省第3"),
    pytest.param("综合考核", "≥90分", "位列全市第2", "unknown", True, Q, id="≥90分|位列全市第2"),
    pytest.param("综合考核", "≥90分", "排名全省第3", "unknown", True, Q, id="≥90分|排名全省第3"),
    # H1: rank against rank still compares (位 and 名 are both places)
    pytest.param("排名", "全省前十", "全省第8", "met", False, Q, id="全省前十|全省第8"),
    pytest.param("排名", "进入全省前5名", "排名全省第6", "not_met", False, Q, id="进入全省前5名|排名全省第6"),
    pytest.param("排名", "全市前三", "第2名", "met", False, Q, id="全市前三|第2名"),
    pytest.param("排名", "全省前3", "第2", "met", False, Q, id="全省前3|第2"),
    pytest.param("排名", "全省前10位", "全省第8", "met", False, Q, id="全省前10位|全省第8"),
    pytest.param("排名", "前5名", "第12位", "not_met", False, Q, id="前5名|第12位"),
    # M1
    pytest.param("宣传活动", "≥三场", "2场", "not_met", False, N, id="≥三场|2场"),
    pytest.param("宣传活动", "≥三场", "4场", "met", False, N, id="≥三场|4场"),
    # a comparison is met by "done", as 不少于三场 is (scoring.md: status done)
    pytest.param("宣传活动", "≥三场", "已完成", "met", False, N, id="≥三场|已完成"),
    # M2
    pytest.param("响应时间", "≤2小时", "1小时30分钟", "met", False, T, id="≤2小时|1小时30分钟"),
    pytest.param("培训期数", "≥20期", "20期（1200人次）", "met", False, N, id="≥20期|20期（1200人次）"),
    pytest.param("培训期数", "≥3期", "3期/150人", "met", False, N, id="≥3期|3期/150人"),
    pytest.param("安全事故", "≤1起", "发生2起一般事故", "not_met", False, E, id="≤1起|发生2起一般事故"),
    pytest.param("覆盖率", "100%", "村（社区）全覆盖", "met", False, Q, id="100%|村（社区）全覆盖"),
    pytest.param("办结时限", "1个工作日内办结", "当日办结", "met", False, T, id="1个工作日内办结|当日办结"),
    pytest.param("办结时限", "≤1个工作日", "即办", "met", False, T, id="≤1个工作日|即办"),
    # LOW
    pytest.param("参展企业", "≥30家", "组织38家企业参展", "met", False, N, id="≥30家|组织38家企业参展"),
    pytest.param("资助学生", "≥100人", "资助105名学生", "met", False, N, id="≥100人|资助105名学生"),
    pytest.param("受益户数", "≥3000户", "3500户受益", "met", False, N, id="≥3000户|3500户受益"),
]
# fmt: on


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "mismatch", "levels"), PAIRS)
def test_pair(  # noqa: PLR0913, PLR0917 - one per column of the table
    name: str,
    target: str,
    actual: str,
    attainment: str,
    mismatch: bool,  # noqa: FBT001
    levels: dict[str, str],
) -> None:
    row = indicator(name, target, actual, weight=10, points=10, year=2025, **levels)
    card = score(self_evaluation_table([row], year=2025))
    verdict = card.verdicts[0]
    assert verdict.attainment.value == attainment, verdict.explanation
    assert ("unit-mismatch" in finding_ids(card)) is mismatch


def test_rank_is_never_a_percentage() -> None:
    """The explanation names the place, not 实际3%."""
    row = indicator("排名", "≥90%", "全省第3", weight=10, points=10, year=2025, **Q)
    verdict = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert verdict.explanation == "实际3名与年度指标≥90%单位不可比"


@pytest.mark.parametrize(
    ("target", "actual"),
    [
        pytest.param("1个工作日内办结", "当日办结", id="1个工作日内办结|当日办结"),
        pytest.param("≤1个工作日", "即办", id="≤1个工作日|即办"),
    ],
)
def test_same_day_is_no_copy_of_the_target(target: str, actual: str) -> None:
    """当日办结 is a result: met, and never flagged as the target reprinted."""
    row = indicator("办结时限", target, actual, weight=10, points=10, year=2025, **T)
    card = score(self_evaluation_table([row], year=2025))
    assert card.verdicts[0].attainment.value == "met"
    assert "actual-copies-target" not in finding_ids(card)
