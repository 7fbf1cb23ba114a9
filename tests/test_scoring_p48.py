"""parse48 (p48): verdicts of self-evaluation and tracking rows.

H2: a zero target of events (``0起``, ``0次``) against a misuse counted in 笔 (``挪用1笔``),
or ``0笔`` against ``挪用1起``, is not_met with 0 points: one is more than none whatever the
measure word.
H3: a default of debt (``债务违约``, ``逾期违约``, ``债务违约事件``) is one event: ``不发生`` on
``债务违约事件`` is missed by ``发生债务违约1起`` and met by ``未发生债务违约``, and
``不发生债务违约`` is missed by ``发生逾期违约1笔``; ``合同违约`` stays another event.
H4: ``不新增``, ``严禁新增`` and ``坚决遏制新增`` are the zero targets ``零新增`` is: new hidden
debt (``新增隐性债务0.3亿元``) misses them with 0 points, ``新增隐性债务0元`` and ``无新增`` meet
them, and ``未实现零新增`` misses them. ``未新增，但发现违规新增1处`` (a later clause adding the
row's thing) misses ``零新增`` and ``不新增``, and ``未新增，但新增执法人员2名`` (another thing)
meets them, as a plan 不新增 reads them (r104 W2).
H7: a count of people at or above a floor of 人次 (``培训1,126人`` against ``≥1100人次``) meets
it, as ``巡检设备326台`` against ``≥300台次`` does; fewer people are at least as many 人次 (unknown
at year end, on track against a plan they reach mid-year); 人次 against 人 stays apart.
H8: a base then the part of it a second step reached (``签约21个，开工15个``, ``下达9.8亿元，
支出8.6亿元``, ``抽查120个，正常开放113个``, ``分部工程验收126项，一次合格124项``) is the share of
that step on a rate naming it (开工率, 支出进度, 开放率, 合格率).
H6: a count of units scoping a figure per unit (``全市1,126个书屋每屋2,100元``) is that figure
against a target per unit (``≤2000元/个``, ``每个书屋≥60种``); against a total it stays text.
H5: money in two currencies (``到位内资36.8亿元、外资1.2亿美元``) against a target in 元 is unknown,
"含外币…需按汇率折算", not judged on the yuan part, unless the yuan alone reach a floor or the
row asks 内资 alone.
H1: a discount of two digits (``72折``, ``按72折采购``) against a target in 折 below 10 is 7.2折,
and one in words (``八折``, ``八五折``) 8折 and 8.5折.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

# H2, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
ZERO_IN_BI = [
    pytest.param(
        ("债券资金违规使用", "0起", "审计发现挪用1笔（已整改归还）"),
        ("not_met", "实际1笔已超出年度上限=0起", Decimal("0.00")),
        id="qi-against-bi",
    ),
    pytest.param(
        ("债券资金违规使用", "0次", "挪用1笔"),
        ("not_met", "实际1笔已超出年度上限=0次", Decimal("0.00")),
        id="ci-against-bi",
    ),
    pytest.param(
        ("债券资金违规使用", "0笔", "挪用1起"),
        ("not_met", "实际1起已超出年度上限=0笔", Decimal("0.00")),
        id="bi-against-qi",
    ),
    pytest.param(
        ("债券资金违规使用", "0起", "0笔"),
        ("met", "实际0笔，达到年度指标=0起", Decimal("2.00")),
        id="none-in-bi",
    ),
    pytest.param(
        ("资金拨付", "≥10笔", "拨付12次"),
        ("unknown", "实际12次与年度指标≥10笔单位不可比", Decimal("2.00")),
        id="control-floor-stays-apart",
    ),
]


@pytest.mark.parametrize(("row", "expected"), ZERO_IN_BI)
def test_zero_in_bi(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        assert "full-points-not-met" in {finding.id for finding in card.findings}


def test_zero_in_bi_tracking() -> None:
    row = indicator(
        name="债券资金违规使用",
        target="0起",
        planned="0起",
        actual="审计发现挪用1笔（已整改归还）",
        level2="质量指标",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("not_met", "behind"), got.explanation


# H3, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
DEBT_DEFAULT = [
    pytest.param(
        ("债务违约事件", "不发生", "发生债务违约1起"),
        ("not_met", "实际“发生债务违约1起”，未达到“不发生”", Decimal("0.00")),
        id="bare-target-event-suffix",
    ),
    pytest.param(
        ("债务违约", "不发生债务违约", "发生逾期违约1笔"),
        ("not_met", "实际“发生逾期违约1笔”，未达到“不发生债务违约”", Decimal("0.00")),
        id="overdue-default",
    ),
    pytest.param(
        ("债务违约事件", "不发生", "未发生债务违约"),
        ("met", "实际“未发生债务违约”，达到“不发生”", Decimal("2.00")),
        id="none-of-it",
    ),
    pytest.param(
        ("债务违约", "不发生债务违约", "发生合同违约1起"),
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断", Decimal("2.00")),
        id="control-contract-default",
    ),
]


@pytest.mark.parametrize(("row", "expected"), DEBT_DEFAULT)
def test_debt_default(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        assert "full-points-not-met" in {finding.id for finding in card.findings}


# H4, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
NO_NEW = [
    pytest.param(
        ("新增隐性债务", "不新增", "新增隐性债务0.3亿元"),
        ("not_met", "实际发生新增隐性债务0.3亿元，未达到“不新增”", Decimal("0.00")),
        id="bu-new-debt",
    ),
    pytest.param(
        ("新增隐性债务", "严禁新增", "新增0.3亿元"),
        ("not_met", "实际发生新增0.3亿元，未达到“严禁新增”", Decimal("0.00")),
        id="yanjin-new-debt",
    ),
    pytest.param(
        ("新增隐性债务", "不新增", "新增隐性债务0元"),
        ("met", "实际新增隐性债务0元，达到“不新增”", Decimal("2.00")),
        id="bu-none",
    ),
    pytest.param(
        ("新增隐性债务", "坚决遏制新增", "无新增"),
        ("met", "实际“无新增”，达到“坚决遏制新增”", Decimal("2.00")),
        id="ezhi-none",
    ),
    pytest.param(
        ("新增隐性债务", "不新增", "未实现零新增"),
        ("not_met", "实际“未实现零新增”，未实现“不新增”", Decimal("0.00")),
        id="bu-denied",
    ),
    pytest.param(
        ("违规建设", "零新增", "未新增，但发现违规新增1处"),
        ("not_met", "实际“未新增，但发现违规新增1处”仍有新增，未达到“零新增”", Decimal("0.00")),
        id="ling-later-added",
    ),
    pytest.param(
        ("违规建设", "不新增", "未新增违建，但新增违建1处"),
        ("not_met", "实际“未新增违建，但新增违建1处”仍有新增，未达到“不新增”", Decimal("0.00")),
        id="bu-later-added",
    ),
    pytest.param(
        ("违规建设", "零新增", "未新增，但新增执法人员2名"),
        (
            "met",
            "实际“未新增，但新增执法人员2名”说明新增为零，其他数量不涉及该事项，达到“零新增”",
            Decimal("2.00"),
        ),
        id="ling-later-other-thing",
    ),
]


@pytest.mark.parametrize(("row", "expected"), NO_NEW)
def test_no_new(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        assert "full-points-not-met" in {finding.id for finding in card.findings}


# H7, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
PEOPLE_AS_VISITS = [
    pytest.param(
        ("农家书屋管理员培训", "≥1100人次", "培训1,126人"),
        ("met", "实际不低于1126人次，达到年度指标≥1100人次", Decimal("2.00")),
        id="people-over-visits-floor",
    ),
    pytest.param(
        ("农家书屋管理员培训", "≥2万人次", "培训2.3万人"),
        ("met", "实际不低于2.3万人次，达到年度指标≥2万人次", Decimal("2.00")),
        id="scaled",
    ),
    pytest.param(
        ("农家书屋管理员培训", "≥1200人次", "培训1,126人"),
        ("unknown", "实际不低于1126人次不能确定是否达到年度指标≥1200人次", Decimal("2.00")),
        id="fewer-people-unknown",
    ),
    pytest.param(
        ("农家书屋管理员培训", "≥1100人", "培训1,126人次"),
        ("unknown", "实际1126人次与年度指标≥1100人单位不可比", Decimal("2.00")),
        id="control-visits-against-people",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PEOPLE_AS_VISITS)
def test_people_as_visits(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if row[2].endswith("人"):
        assert "unit-mismatch" not in {finding.id for finding in card.findings}


def test_people_as_visits_tracking() -> None:
    row = indicator(
        name="农家书屋管理员培训",
        target="≥1100人次",
        planned="800人次",
        actual="培训826人",
        level2="数量指标",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "on_track"), got.explanation


# H8, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
STEP_PAIRS = [
    pytest.param(
        ("书屋正常开放率", "≥95%", "抽查120个，正常开放113个"),
        (
            "not_met",
            "实际抽查120个，正常开放113个（按比例计为94.17%），未达年度指标≥95%",
            Decimal("1.98"),
        ),
        id="checked-then-open",
    ),
    pytest.param(
        ("专项债券资金支出进度", "≥90%", "下达9.8亿元，支出8.6亿元"),
        (
            "not_met",
            "实际下达9.8亿元，支出8.6亿元（按比例计为87.76%），未达年度指标≥90%",
            Decimal("1.95"),
        ),
        id="allotted-then-spent",
    ),
    pytest.param(
        ("执行到位率", "≥40%", "执行标的额46.2亿元，实际到位19.8亿元"),
        (
            "met",
            "实际执行标的额46.2亿元，实际到位19.8亿元（按比例计为42.86%），达到年度指标≥40%",
            Decimal("2.00"),
        ),
        id="owed-then-recovered",
    ),
    pytest.param(
        ("工程质量验收合格率", "100%", "分部工程验收126项，一次合格124项"),
        (
            "not_met",
            "实际分部工程验收126项，一次合格124项（按比例计为98.41%），未达年度指标=100%",
            Decimal("1.97"),
        ),
        id="accepted-then-passed-first-time",
    ),
    pytest.param(
        ("签约项目开工率", "≥80%", "签约21个，开工15个"),
        (
            "not_met",
            "实际签约21个，开工15个（按比例计为71.43%），未达年度指标≥80%",
            Decimal("1.79"),
        ),
        id="signed-then-started",
    ),
    # controls: the rate's step first, another step named, two units
    pytest.param(
        ("签约项目开工率", "≥80%", "开工15个，签约21个"),
        (
            "unknown",
            "实际“开工15个，签约21个”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-step-first",
    ),
    pytest.param(
        ("项目开工率", "≥80%", "签约21个，续建15个"),
        (
            "unknown",
            "实际“签约21个，续建15个”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-other-step",
    ),
    pytest.param(
        ("资金支出率", "≥90%", "下达9.8亿元，支出8.6万元"),
        (
            "unknown",
            "实际“下达9.8亿元，支出8.6万元”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-two-units",
    ),
    pytest.param(
        ("资金拨付率", "≥95%", "验收项目46个，拨付44个"),
        (
            "unknown",
            "实际“验收项目46个，拨付44个”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-base-of-another-step",
    ),
    pytest.param(
        ("快检阳性样品复核率", "100%", "不合格样品36批次，已复核34批次"),
        (
            "unknown",
            "实际“不合格样品36批次，已复核34批次”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-negated-base",
    ),
]


@pytest.mark.parametrize(("row", "expected"), STEP_PAIRS)
def test_step_pairs(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_step_pair_tracking() -> None:
    row = indicator(
        name="签约项目开工率",
        target="≥80%",
        planned="≥70%",
        actual="签约21个，开工15个",
        level2="数量指标",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "on_track"), got.explanation


# H6, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
EACH_AFTER_COUNT = [
    pytest.param(
        ("单个书屋更新经费", "≤2000元/个", "全市1,126个书屋每屋2,100元"),
        ("not_met", "实际2100元/个，超出年度指标≤2000元/个", Decimal("1.90")),
        id="amount-each-over",
    ),
    pytest.param(
        ("书屋图书补充", "每个书屋≥60种", "全市1,126个书屋每屋补充图书55种"),
        ("not_met", "实际55种，未达年度指标≥60种", Decimal("1.83")),
        id="titles-each-short",
    ),
    pytest.param(
        ("书屋图书补充", "每个书屋≥60种", "共1,126个书屋，每屋补充图书65种"),
        ("met", "实际65种，达到年度指标≥60种", Decimal("2.00")),
        id="titles-each-met",
    ),
    pytest.param(
        ("书屋图书补充", "≥60000种", "全市1,126个书屋每屋补充图书65种"),
        (
            "unknown",
            "实际“全市1,126个书屋每屋补充图书65种”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-total-target",
    ),
]


@pytest.mark.parametrize(("row", "expected"), EACH_AFTER_COUNT)
def test_each_after_count(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_each_after_count_tracking() -> None:
    row = indicator(
        name="单个书屋更新经费",
        target="≤2000元/个",
        planned="≤2000元/个",
        actual="全市1,126个书屋每屋2,100元",
        forecast="2100元/个",
        likelihood="完全不可能",
        level2="成本指标",
        level1="成本指标",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("not_met", "behind"), got.explanation


# H5, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
TWO_CURRENCIES = [
    pytest.param(
        ("实际到位资金", "≥40亿元", "到位内资36.8亿元、外资1.2亿美元"),
        (
            "unknown",
            (
                "实际“到位内资36.8亿元、外资1.2亿美元”含外币（1.2亿美元），"
                "需按汇率折算后与年度指标≥40亿元比较，需人工判断"
            ),
            Decimal("2.00"),
        ),
        id="sum-needs-a-rate",
    ),
    pytest.param(
        ("实际到位资金", "≥30亿元", "到位内资36.8亿元、外资1.2亿美元"),
        ("met", "实际36.8亿元，达到年度指标≥30亿元", Decimal("2.00")),
        id="yuan-alone-reach-the-floor",
    ),
    pytest.param(
        ("到位内资", "≥35亿元", "到位内资36.8亿元、外资1.2亿美元"),
        ("met", "实际36.8亿元，达到年度指标≥35亿元", Decimal("2.00")),
        id="domestic-only-row",
    ),
    pytest.param(
        ("到位外资", "≥1亿美元", "到位外资8,600万美元"),
        ("not_met", "实际8600万美元，未达年度指标≥1亿美元", Decimal("1.72")),
        id="control-dollars-only",
    ),
]


@pytest.mark.parametrize(("row", "expected"), TWO_CURRENCIES)
def test_two_currencies(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_two_currencies_tracking() -> None:
    row = indicator(
        name="实际到位资金",
        target="≥50亿元",
        planned="37.5亿元",
        actual="到位内资36.8亿元、外资1.2亿美元",
        level2="数量指标",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("unknown", "unknown"), got.explanation
    assert "judgement-optimistic" not in {finding.id for finding in card.findings}


# H1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
DISCOUNTS = [
    pytest.param(
        ("图书采购折扣", "≤7.5折", "72折"),
        ("met", "实际7.2折，达到年度指标≤7.5折", Decimal("2.00")),
        id="two-digits",
    ),
    pytest.param(
        ("图书采购折扣", "≤7.5折", "按72折采购"),
        ("met", "实际7.2折，达到年度指标≤7.5折", Decimal("2.00")),
        id="two-digits-with-verb",
    ),
    pytest.param(
        ("图书采购折扣", "≤7.5折", "按7.2折采购"),
        ("met", "实际7.2折，达到年度指标≤7.5折", Decimal("2.00")),
        id="decimal-with-verb",
    ),
    pytest.param(
        ("图书采购折扣", "≤8折", "八折"),
        ("met", "实际8折，达到年度指标≤8折", Decimal("2.00")),
        id="in-words",
    ),
    pytest.param(
        ("图书采购折扣", "≤7.5折", "八五折"),
        ("not_met", "实际8.5折已超出年度上限≤7.5折", Decimal("1.76")),
        id="two-words",
    ),
    pytest.param(
        ("图书采购折扣", "≤7.5折", "7.8折"),
        ("not_met", "实际7.8折已超出年度上限≤7.5折", Decimal("1.92")),
        id="control-decimal-over",
    ),
]


@pytest.mark.parametrize(("row", "expected"), DISCOUNTS)
def test_discounts(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_discount_tracking() -> None:
    row = indicator(
        name="图书采购折扣",
        target="≤7.5折",
        planned="≤7.5折",
        actual="72折",
        level2="成本指标",
        level1="成本指标",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert got.progress.value == "on_track", got.explanation
