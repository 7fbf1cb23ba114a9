"""parse47 (p47): verdicts of self-evaluation rows.

H2: a per-unit price followed by a verb of settlement (``按33元/个结算``, ``包干``, ``核算``,
``计价``, ``核定``, ``计``) is compared with the target, as ``按33元/个拨付`` is: met or
not_met with proportional points, no ``unit-mismatch``.
H3: fractional working days (``平均6.2个工作日``) against a ceiling of calendar days
(``15日内``) span at most N + 2 × ⌈N/5⌉ days, as whole ones do, no ``unit-mismatch``.
H1: a recurring schedule restated with a round put off (``按季拨付，第4季度延至次年1月``,
``延后``, ``顺延``, ``推迟至``, ``跨年拨付``, ``次年1月拨付``) is not_met with 0 points, as
``…滞后1个月`` is; on another target the clause no longer "holds the whole target".
H4: zero targets ``无失传``, ``不发生新疫点`` and ``因矛盾纠纷激化引发命案零发生`` are judged as
zero targets: a stated occurrence is not_met with 0 points, a stated none met.
M1: a grade floor (``良好以上``) against grades said with a label, a quantifier or counts
(``均为良好``, ``评估等次为良好``, ``1个优秀、3个良好``) is judged by the lowest grade said.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from probe_tables import self_card

# 2025 自评表 (weight 2): name | target | actual -> attainment, explanation, points, unit-mismatch
PRICE_VERB_ROWS = [
    pytest.param(
        ("图斑核查单价", "≤35元/个", "按33元/个结算"),
        ("met", "实际33元/个，达到年度指标≤35元/个", Decimal("2.00")),
        id="settled-met",
    ),
    pytest.param(
        ("图斑核查单价", "≤35元/个", "按38元/个结算"),
        ("not_met", "实际38元/个，超出年度指标≤35元/个", Decimal("1.84")),
        id="settled-miss",
    ),
    pytest.param(
        ("松木除治单价", "≤180元/株", "按160元/株包干"),
        ("met", "实际160元/株，达到年度指标≤180元/株", Decimal("2.00")),
        id="lump-sum-met",
    ),
    pytest.param(
        ("松木除治单价", "≤180元/株", "按195元/株包干"),
        ("not_met", "实际195元/株，超出年度指标≤180元/株", Decimal("1.85")),
        id="lump-sum-miss",
    ),
    pytest.param(
        ("测绘单价", "≤1.8万元/km²", "按1.86万元/平方公里结算"),
        ("not_met", "实际1.86万元/平方公里，超出年度指标≤1.8万元/km²", Decimal("1.94")),
        id="per-area-miss",
    ),
    pytest.param(
        ("核查单价", "≤35元/个", "每个33元核算"),
        ("met", "实际33元/个，达到年度指标≤35元/个", Decimal("2.00")),
        id="each-accounted",
    ),
    pytest.param(
        ("见习补贴标准", "≥1470元/人·月", "按1,470元/人·月核定"),
        ("met", "实际1470元/人·月，达到年度指标≥1470元/人·月", Decimal("2.00")),
        id="fixed",
    ),
    pytest.param(
        ("核查单价", "≤35元/个", "按33元/个计价"),
        ("met", "实际33元/个，达到年度指标≤35元/个", Decimal("2.00")),
        id="priced",
    ),
    pytest.param(
        ("注药单价", "≤180元/株", "按165元/株计"),
        ("met", "实际165元/株，达到年度指标≤180元/株", Decimal("2.00")),
        id="counted",
    ),
    pytest.param(
        ("核查单价", "≤35元/个", "按33元/个拨付"),
        ("met", "实际33元/个，达到年度指标≤35元/个", Decimal("2.00")),
        id="control-paid",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PRICE_VERB_ROWS)
def test_price_verb_rows(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    assert "unit-mismatch" not in {found.id for found in card.findings}


# H3: fractional working days against a ceiling of calendar days
FRACTION_WORKING_ROWS = [
    pytest.param(
        ("信访事项受理告知", "15日内", "平均6.2个工作日"),
        (
            "met",
            "实际6.2个工作日，6.2个工作日最长可跨10.2天（按每周5个工作日计），达到年度指标≤15日",
            Decimal("2.00"),
        ),
        id="average-within",
    ),
    pytest.param(
        ("信访事项受理告知", "≤15日", "6.2个工作日"),
        (
            "met",
            "实际6.2个工作日，6.2个工作日最长可跨10.2天（按每周5个工作日计），达到年度指标≤15日",
            Decimal("2.00"),
        ),
        id="bare-within",
    ),
    pytest.param(
        ("信访事项受理告知", "收到信访事项之日起15日内", "平均6.2个工作日"),
        (
            "met",
            "实际6.2个工作日，6.2个工作日最长可跨10.2天（按每周5个工作日计），达到年度指标≤15日",
            Decimal("2.00"),
        ),
        id="from-event",
    ),
    pytest.param(
        ("信访事项受理告知", "15日内", "平均12.5个工作日"),
        (
            "unknown",
            (
                "实际12.5个工作日，12.5个工作日可跨12.5至18.5个日历日，"
                "不能确定是否在年度指标≤15日以内，需人工判断"
            ),
            Decimal(2),
        ),
        id="average-between",
    ),
    # control: whole working days as before
    pytest.param(
        ("信访事项受理告知", "15日内", "平均6个工作日"),
        (
            "met",
            "实际6个工作日，6个工作日最长可跨10天（按每周5个工作日计），达到年度指标≤15日",
            Decimal("2.00"),
        ),
        id="control-whole",
    ),
]


@pytest.mark.parametrize(("row", "expected"), FRACTION_WORKING_ROWS)
def test_fraction_working_rows(
    row: tuple[str, str, str], expected: tuple[str, str, Decimal]
) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    assert "unit-mismatch" not in {found.id for found in card.findings}


# H1: a round of a recurring schedule put off, after the schedule restated
NOT_IN_TIME = "，未在时限内完成"
PUT_OFF_ROWS = [
    pytest.param("按季拨付，第4季度延至次年1月", "not_met", id="extended-to"),
    pytest.param("按季拨付，四季度延后1个月", "not_met", id="put-back"),
    pytest.param("按季拨付，第4季度顺延至次年1月", "not_met", id="postponed"),
    pytest.param("按季拨付，第4季度次年1月拨付", "not_met", id="next-year-paid"),
    pytest.param("按季拨付，其中第4季度因国库清算延至次年1月", "not_met", id="with-reason"),
    pytest.param("按季拨付，第4季度跨年拨付", "not_met", id="across-year"),
    pytest.param("按季拨付（四季度于次年1月拨付）", "not_met", id="bracketed"),
    pytest.param("按季拨付，第4季度推迟至次年1月", "not_met", id="deferred-to"),
    # controls: a delay word already known, the schedule kept in full
    pytest.param("按季拨付，第4季度滞后1个月", "not_met", id="control-lagging"),
    pytest.param("按季足额拨付", "met", id="control-in-full"),
]


@pytest.mark.parametrize(("actual", "attainment"), PUT_OFF_ROWS)
def test_put_off_rows(actual: str, attainment: str) -> None:
    card = self_card("创业担保贷款贴息拨付", "按季拨付", actual)
    got = card.verdicts[0]
    if attainment == "met":
        expected = (
            "met",
            f"实际“{actual}”包含年度指标“按季拨付”的全部内容，达到年度指标",
            Decimal("2.00"),
        )
    else:
        expected = ("not_met", f"实际“{actual}”{NOT_IN_TIME}", Decimal("0.00"))
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# H1: a non-recurring target held in full but for a delay clause is no longer met
HELD_BUT_PUT_OFF_ROWS = [
    pytest.param("足额拨付，第4季度资金延至次年1月", "unknown", id="extended"),
    pytest.param("足额拨付，跨年结转", "unknown", id="across-year"),
    pytest.param("足额拨付、按时到位", "met", id="control-more"),
]


@pytest.mark.parametrize(("actual", "attainment"), HELD_BUT_PUT_OFF_ROWS)
def test_held_but_put_off_rows(actual: str, attainment: str) -> None:
    assert self_card("资金拨付", "足额拨付", actual).verdicts[0].attainment.value == attainment


# H4: zero targets of heritage, of pests and with a long subject (weight 2)
ZERO_ROWS = [
    pytest.param(
        ("非遗项目保护", "无失传", "1项失传"),
        ("not_met", "实际发生1项失传，未达到“无失传”", Decimal("0.00")),
        id="one-lost",
    ),
    pytest.param(
        ("非遗项目保护", "濒危项目无失传", "1项濒危项目失传"),
        ("not_met", "实际发生1项濒危项目失传，未达到“濒危项目无失传”", Decimal("0.00")),
        id="one-endangered-lost",
    ),
    pytest.param(
        ("非遗项目保护", "濒危项目无失传", "0项濒危项目失传"),
        ("met", "实际0项濒危项目失传，达到“濒危项目无失传”", Decimal("2.00")),
        id="none-endangered-lost",
    ),
    pytest.param(
        ("非遗项目保护", "濒危项目无失传", "无失传"),
        ("met", "实际“无失传”，达到“濒危项目无失传”", Decimal("2.00")),
        id="none-lost",
    ),
    pytest.param(
        ("松材线虫病疫情防控", "不发生新疫点", "新发现疫点2个"),
        ("not_met", "实际发生新发现疫点2个，未达到“不发生新疫点”", Decimal("0.00")),
        id="new-points-found",
    ),
    pytest.param(
        ("松材线虫病疫情防控", "不发生新疫点", "新发疫点2个"),
        ("not_met", "实际发生新发疫点2个，未达到“不发生新疫点”", Decimal("0.00")),
        id="new-points",
    ),
    pytest.param(
        ("松材线虫病疫情防控", "不发生新疫点", "未发生新疫点"),
        ("met", "实际“未发生新疫点”，达到“不发生新疫点”", Decimal("2.00")),
        id="no-new-points",
    ),
    pytest.param(
        ("命案防控", "因矛盾纠纷激化引发命案零发生", "发生1起"),
        ("not_met", "实际发生1起，未达到“因矛盾纠纷激化引发命案零发生”", Decimal("0.00")),
        id="long-subject-one",
    ),
    pytest.param(
        ("命案防控", "因矛盾纠纷激化引发命案零发生", "全年未发生因矛盾纠纷激化引发的命案"),
        (
            "met",
            "实际“全年未发生因矛盾纠纷激化引发的命案”，达到“因矛盾纠纷激化引发命案零发生”",
            Decimal("2.00"),
        ),
        id="long-subject-none",
    ),
]


@pytest.mark.parametrize(("row", "expected"), ZERO_ROWS)
def test_zero_rows(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# M1: a grade floor against grades said with a label, a quantifier or counts (weight 2)
GRADE_ROWS = [
    pytest.param("均为良好", "met", None, id="all-good"),
    pytest.param("评估等次为良好", "met", None, id="labelled"),
    pytest.param("评估结果：良好", "met", None, id="colon"),
    pytest.param("评估等次均为良好", "met", None, id="labelled-all"),
    pytest.param("1个优秀、3个良好", "met", None, id="counts"),
    pytest.param("3个保护单位评估为良好，1个为合格", "not_met", "合格", id="counts-one-below"),
    pytest.param("3个良好，1个合格", "not_met", "合格", id="bare-counts-one-below"),
    pytest.param("均为合格", "not_met", "合格", id="all-below"),
    # controls: the bare grades as before
    pytest.param("良好", "met", None, id="control-bare"),
]


@pytest.mark.parametrize(("actual", "attainment", "worst"), GRADE_ROWS)
def test_grade_rows(actual: str, attainment: str, worst: str | None) -> None:
    card = self_card("传承保护单位评估", "良好以上", actual)
    got = card.verdicts[0]
    if worst is None:
        expected = ("met", f"实际“{actual}”，达到“≥良好”", Decimal("2.00"))
    else:
        expected = ("not_met", f"实际“{actual}”含等次“{worst}”，低于“≥良好”", Decimal("0.00"))
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    assert attainment == got.attainment.value
