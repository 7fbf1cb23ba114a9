"""k27c: rates read from counts said in words.

parse44 M3: all of what a step did said done in time (``发布预警信息36期，均按时发布``) is
100% when the rate of time is the target's label (``及时率100%``), not only the name's.
regress106 residual: what a step did and what is left of it in one unit
(``已整改18处，尚有2处``) is the part of their sum (90%) on the step's own rate.
parse44 M4: a roll and the persons of it an event befell (``在册312人，重新犯罪1人``) is
the event's rate over the roll (0.32%) on the event's own rate (``重新犯罪率``).
parse44 M5: a count bought and its amount (``采购遥测终端45套，合同价57.6万元``) on a 单价
row against a price per that measure word is the unit price (1.28万元/套).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from probe_tables import self_card, self_reading

# parse44 M3, 2025 自评表: name | target | actual -> attainment, explanation
TIMELY_LABEL = [
    pytest.param(
        ("水情预警信息发布", "及时率100%", "发布预警信息36期，均按时发布"),
        ("met", "实际发布预警信息36期，均按时发布（按比例计为100%），达到年度指标=100%"),
        id="label-all-on-time",
    ),
    pytest.param(
        ("水情预警信息发布", "及时率100%", "发布预警信息36期，全部按时发布"),
        ("met", "实际发布预警信息36期，全部按时发布（按比例计为100%），达到年度指标=100%"),
        id="label-every-one",
    ),
    pytest.param(
        ("水情预警信息发布", "发布率100%", "发布预警信息36期，均按时发布"),
        ("unknown", "实际“发布预警信息36期，均按时发布”不是数值，无法与年度指标比较"),
        id="label-no-time",
    ),
    pytest.param(
        ("水情预警发布及时率", "100%", "发布预警信息36期，均按时发布"),
        ("met", "实际发布预警信息36期，均按时发布（按比例计为100%），达到年度指标=100%"),
        id="name-control",
    ),
]


@pytest.mark.parametrize(("row", "expected"), TIMELY_LABEL)
def test_all_in_time_by_label(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


# regress106 residual, 2025 自评表: name | target | actual -> attainment, explanation
DONE_AND_LEFT = [
    pytest.param(
        ("隐患整改率", "≥90%", "已整改18处，尚有2处"),
        ("met", "实际已整改18处，尚有2处（按比例计为90%），达到年度指标≥90%"),
        id="left",
    ),
    pytest.param(
        ("隐患整改率", "≥95%", "已整改18处，还有2处未整改"),
        ("not_met", "实际已整改18处，还有2处未整改（按比例计为90%），未达年度指标≥95%"),
        id="left-not-done",
    ),
    pytest.param(
        ("问题整改率", "≥90%", "整改18个，剩余2个正在整改"),
        ("met", "实际整改18个，剩余2个正在整改（按比例计为90%），达到年度指标≥90%"),
        id="left-in-progress",
    ),
    pytest.param(
        ("隐患整改完成率", "≥90%", "已整改18处，剩余2处待整改"),
        ("met", "实际已整改18处，剩余2处待整改（按比例计为90%），达到年度指标≥90%"),
        id="left-to-do",
    ),
    # another measure word, another state, another rate: text as before
    pytest.param(
        ("隐患整改率", "≥90%", "已整改18处，尚有2个"),
        ("unknown", "实际“已整改18处，尚有2个”不是数值，无法与年度指标比较"),
        id="other-unit",
    ),
    pytest.param(
        ("隐患整改率", "≥90%", "已整改18处，尚有2处待验收"),
        ("unknown", "实际“已整改18处，尚有2处待验收”不是数值，无法与年度指标比较"),
        id="awaiting-check",
    ),
    pytest.param(
        ("资金拨付率", "≥90%", "已整改18处，尚有2处"),
        ("unknown", "实际“已整改18处，尚有2处”不是数值，无法与年度指标比较"),
        id="other-rate",
    ),
    pytest.param(
        ("隐患整改率", "≥90%", "共20处，已整改18处"),
        ("met", "实际共20处，已整改18处（按比例计为90%），达到年度指标≥90%"),
        id="whole-control",
    ),
]


@pytest.mark.parametrize(("row", "expected"), DONE_AND_LEFT)
def test_done_and_left(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


# parse44 M4, 2025 自评表: name | target | actual -> attainment, explanation
EVENTS_OF_ROLL = [
    pytest.param(
        ("矫正期间重新犯罪率", "≤0.2%", "在册312人，重新犯罪1人"),
        ("not_met", "实际在册312人，重新犯罪1人（按比例计为0.32%），超出年度指标≤0.2%"),
        id="reoffended",
    ),
    pytest.param(
        ("重新犯罪率", "≤0.5%", "在册社区矫正对象312人，发生重新犯罪1人"),
        ("met", "实际在册社区矫正对象312人，发生重新犯罪1人（按比例计为0.32%），达到年度指标≤0.5%"),
        id="roll-noun",
    ),
    pytest.param(
        ("社区矫正对象脱管率", "≤0.5%", "在矫对象400人，脱管1人"),
        ("met", "实际在矫对象400人，脱管1人（按比例计为0.25%），达到年度指标≤0.5%"),
        id="absconded",
    ),
    # another measure word, a rate of another event, a whole of no roll: text as before
    pytest.param(
        ("重新犯罪率", "≤0.2%", "在册312人，重新犯罪1起"),
        ("unknown", "实际“在册312人，重新犯罪1起”不是数值，无法与年度指标比较"),
        id="other-unit",
    ),
    pytest.param(
        ("脱管率", "≤0.2%", "在册312人，重新犯罪1人"),
        ("unknown", "实际“在册312人，重新犯罪1人”不是数值，无法与年度指标比较"),
        id="other-event",
    ),
    pytest.param(
        ("重新犯罪率", "≤0.2%", "走访312人，重新犯罪1人"),
        ("unknown", "实际“走访312人，重新犯罪1人”不是数值，无法与年度指标比较"),
        id="no-roll",
    ),
]


@pytest.mark.parametrize(("row", "expected"), EVENTS_OF_ROLL)
def test_events_of_the_roll(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


# parse44 M5, 2025 自评表: name | target | actual -> attainment, explanation
UNIT_PRICE = [
    pytest.param(
        ("遥测设备更新单价", "≤1.2万元/套", "采购遥测终端45套，合同价57.6万元"),
        (
            "not_met",
            "实际采购遥测终端45套，合同价57.6万元（按单价计为1.28万元/套），超出年度指标≤1.2万元/套",
        ),
        id="over",
    ),
    pytest.param(
        ("遥测设备更新单价", "≤1.3万元/套", "合同金额57.6万元，采购45套"),
        ("met", "实际合同金额57.6万元，采购45套（按单价计为1.28万元/套），达到年度指标≤1.3万元/套"),
        id="amount-first",
    ),
    pytest.param(
        ("设备采购单价", "≤1.3万元/套", "采购7套，合同价8万元"),
        ("met", "实际采购7套，合同价8万元（按单价计为1.14…万元/套），达到年度指标≤1.3万元/套"),
        id="quotient",
    ),
    # no unit price named, another measure word, another money unit: text as before
    pytest.param(
        ("遥测设备更新", "≤1.2万元/套", "采购遥测终端45套，合同价57.6万元"),
        ("unknown", "实际“采购遥测终端45套，合同价57.6万元”不是数值，无法与年度指标比较"),
        id="no-unit-price-name",
    ),
    pytest.param(
        ("遥测设备更新单价", "≤1.2万元/套", "采购遥测终端45台，合同价57.6万元"),
        ("unknown", "实际“采购遥测终端45台，合同价57.6万元”不是数值，无法与年度指标比较"),
        id="other-measure-word",
    ),
    pytest.param(
        ("遥测设备更新单价", "≤1.2万元/套", "采购遥测终端45套，合同价576000元"),
        ("unknown", "实际“采购遥测终端45套，合同价576000元”不是数值，无法与年度指标比较"),
        id="other-money-unit",
    ),
]


@pytest.mark.parametrize(("row", "expected"), UNIT_PRICE)
def test_unit_price_from_total(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_unit_price_points() -> None:
    card = self_card("遥测设备更新单价", "≤1.2万元/套", "采购遥测终端45套，合同价57.6万元")
    assert card.points.items[0].points == Decimal("1.88")  # 2 × 1.2 / 1.28
