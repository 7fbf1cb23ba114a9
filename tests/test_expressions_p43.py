"""Values from 民兵训练, 驻村帮扶 and 人才公寓 tables (parse43).

- H2: a pay standard with how it was paid, per any period after a second slash or ``·``
  (``按120元/人/天发放``, ``按120元/人·天发放``, ``按50元/人/次发放``), is the sum per
  person per period, the verb its note; a bracket after the verb is a note too
  (``按80元/天发放（9月起调整）``, ``按600元/人/年发放（含交通补助）``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Bound,
    Comparison,
    Op,
    Quantity,
    Target,
    TextValue,
    Value,
    parse_target,
    parse_value,
)

# ---------------------------------------------------------------------------
# H2: a pay standard per day, per time, with a bracket after the verb

PAID_PER_PERIOD = [
    pytest.param(
        "按120元/人/天发放",
        Quantity(Decimal(120), "元/人/天", Bound.EXACT, label="按", note="发放"),
        id="per-day-slash",
    ),
    pytest.param(
        "按120元/人·天发放",
        Quantity(Decimal(120), "元/人·天", Bound.EXACT, label="按", note="发放"),
        id="per-day-dot",
    ),
    pytest.param(
        "按30元/人/日发放",
        Quantity(Decimal(30), "元/人/日", Bound.EXACT, label="按", note="发放"),
        id="per-ri",
    ),
    pytest.param(
        "按200元/人/周发放",
        Quantity(Decimal(200), "元/人/周", Bound.EXACT, label="按", note="发放"),
        id="per-week",
    ),
    pytest.param(
        "按300元/人/季发放",
        Quantity(Decimal(300), "元/人/季", Bound.EXACT, label="按", note="发放"),
        id="per-quarter",
    ),
    pytest.param(
        "按50元/人/次发放",
        Quantity(Decimal(50), "元/人/次", Bound.EXACT, label="按", note="发放"),
        id="per-time",
    ),
    pytest.param(
        "按80元/天发放（9月起调整）",
        Quantity(Decimal(80), "元/天", Bound.EXACT, label="按", note="发放,9月起调整"),
        id="bracket-after-verb",
    ),
    pytest.param(
        "按600元/人/年发放（含交通补助）",
        Quantity(Decimal(600), "元/人/年", Bound.EXACT, label="按", note="发放,含交通补助"),
        id="bracket-after-verb-year",
    ),
    pytest.param(
        "按120元/人·天发放（含交通补助）",
        Quantity(Decimal(120), "元/人·天", Bound.EXACT, label="按", note="发放,含交通补助"),
        id="bracket-after-verb-dot",
    ),
    pytest.param(
        "按80元/天足额发放（9月起调整）",
        Quantity(Decimal(80), "元/天", Bound.EXACT, label="按", note="足额发放,9月起调整"),
        id="bracket-after-full-payment",
    ),
    # the controls: the year and month (parse42 M1), a bracket without a verb
    pytest.param(
        "按600元/人/年发放",
        Quantity(Decimal(600), "元/人/年", Bound.EXACT, label="按", note="发放"),
        id="control-year",
    ),
    pytest.param(
        "80元/天（9月起调整）",
        Quantity(Decimal(80), "元/天", Bound.EXACT, note="9月起调整"),
        id="control-no-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAID_PER_PERIOD)
def test_paid_per_period(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


# ---------------------------------------------------------------------------
# H3: a time or a length restated in brackets in another unit

RESTATED_MEASURES = [
    pytest.param(
        "集中训练15天（120学时）",
        Quantity(Decimal(15), "天", Bound.EXACT, label="集中训练", note="120学时"),
        id="days-in-class-hours",
    ),
    pytest.param(
        "12天（96学时）",
        Quantity(Decimal(12), "天", Bound.EXACT, note="96学时"),
        id="days-missed",
    ),
    pytest.param(
        "15天（120小时）",
        Quantity(Decimal(15), "天", Bound.EXACT, note="120小时"),
        id="days-in-hours",
    ),
    pytest.param(
        "40学时（5天）",
        Quantity(Decimal(40), "学时", Bound.EXACT, note="5天"),
        id="class-hours-in-days",
    ),
    pytest.param(
        "3.6公里（3600米）",
        Quantity(Decimal("3.6"), "公里", Bound.EXACT, note="3600米"),
        id="km-in-metres",
    ),
    pytest.param(
        "3.6km（3600m）",
        Quantity(Decimal("3.6"), "km", Bound.EXACT, note="3600m"),
        id="km-in-m-latin",
    ),
    pytest.param(
        "2小时（120分钟）",
        Quantity(Decimal(2), "小时", Bound.EXACT, note="120分钟"),
        id="hours-in-minutes",
    ),
    pytest.param(
        "2天（48小时）",
        Quantity(Decimal(2), "天", Bound.EXACT, note="48小时"),
        id="days-in-hours-exact",
    ),
    # a bracket that says another figure is no restatement: two figures, text
    pytest.param("3.6公里（4800米）", TextValue("3.6公里(4800米)"), id="other-length"),
    pytest.param("2小时（100分钟）", TextValue("2小时(100分钟)"), id="other-time"),
    pytest.param("15天（1200学时）", TextValue("15天(1200学时)"), id="too-many-hours"),
    pytest.param("15天（10学时）", TextValue("15天(10学时)"), id="too-few-hours"),
    # the control: the area rule (parse32 H2)
    pytest.param(
        "2.86万亩（1906.7公顷）",
        Quantity(Decimal("2.86"), "万亩", Bound.EXACT, note="1906.7公顷"),
        id="control-area",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED_MEASURES)
def test_restated_measure(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


# ---------------------------------------------------------------------------
# M1: a rent ceiling as a share of the market rent, and the share charged

BASED_SHARE_TARGETS = [
    pytest.param(
        "≤市场租金的70%",
        Comparison(Op.LE, Decimal(70), "%", label="市场租金的"),
        id="symbol-before-base",
    ),
    pytest.param(
        "≤同地段市场租金的70%",
        Comparison(Op.LE, Decimal(70), "%", label="同地段市场租金的"),
        id="longer-base",
    ),
    pytest.param(
        "≥上年的90%",
        Comparison(Op.GE, Decimal(90), "%", label="上年的"),
        id="control-already-read",
    ),
    pytest.param(
        "不高于市场租金的70%",
        Comparison(Op.LE, Decimal(70), "%", label="市场租金的"),
        id="control-word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BASED_SHARE_TARGETS)
def test_based_share_target(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


CHARGED_SHARES = [
    pytest.param(
        "按市场租金的60%收取",
        Quantity(Decimal(60), "%", Bound.EXACT, label="按市场租金的", note="收取"),
        id="charged",
    ),
    pytest.param(
        "按同地段市场租金的75%收取",
        Quantity(Decimal(75), "%", Bound.EXACT, label="按同地段市场租金的", note="收取"),
        id="charged-longer-base",
    ),
    pytest.param(
        "市场租金的60%",
        Quantity(Decimal(60), "%", Bound.EXACT, label="市场租金的"),
        id="control-no-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHARGED_SHARES)
def test_charged_share(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


# ---------------------------------------------------------------------------
# H1: a 其中 list after a comma reads as the bracketed list

SUBSET_LIST_CLAUSES = [
    pytest.param(
        "引进高层次人才46名，其中博士12名、硕士34名",
        Quantity(
            Decimal(46), "名", Bound.EXACT, label="引进高层次人才", note="其中博士12名、硕士34名"
        ),
        id="doctors-and-masters",
    ),
    pytest.param(
        "改厕5620户，其中新建3800户、改建1820户",
        Quantity(Decimal(5620), "户", Bound.EXACT, label="改厕", note="其中新建3800户、改建1820户"),
        id="new-and-rebuilt",
    ),
    # parts over the whole, or in another measure: text, as before
    pytest.param(
        "改厕5620户，其中新建3800户、改建2820户",
        TextValue("改厕5620户,其中新建3800户、改建2820户"),
        id="parts-over-whole",
    ),
    pytest.param(
        "完成150户，其中贫困户12户、监测户3人",
        TextValue("完成150户,其中贫困户12户、监测户3人"),
        id="other-measure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBSET_LIST_CLAUSES)
def test_subset_list_clause(text: str, expected: Value) -> None:
    assert parse_value(text) == expected
