"""The day an ordinal names, and the verb of the work done on it (k30a).

``第20个工作日拨付`` read as 20 of the unit ``个工作日拨付`` (label 第), which compared with no
limit in working days; ``第20天拨付`` too (天拨付). The verbs of work done (拨付, 发放,
办结, 完成, and two of them: 拨付到位, 完成拨付) after 第N个工作日, 第N工作日, 第N天 or
第N日 are the note, the day the unit. Only after 第: ``20日拨付`` (in 20 days, or on the
20th?) and ``提前15天完成`` (15 days early) stay as they were (``20个工作日拨付`` is a
duration either way: 20 个工作日, note 拨付 since k31c), and so do a batch
(``第3批拨付``) and a deadline (``第20个工作日前拨付``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Bound,
    Comparison,
    Op,
    Quantity,
    TextValue,
    Value,
    parse_target,
    parse_value,
)

VALUES = [
    pytest.param(
        "第20个工作日拨付",
        Quantity(Decimal(20), "个工作日", label="第", note="拨付"),
        id="working-day-paid",
    ),
    pytest.param(
        "第20天发放", Quantity(Decimal(20), "天", label="第", note="发放"), id="day-granted"
    ),
    pytest.param("第20天拨付", Quantity(Decimal(20), "天", label="第", note="拨付"), id="day-paid"),
    pytest.param("第3日拨付", Quantity(Decimal(3), "日", label="第", note="拨付"), id="ri-paid"),
    pytest.param(
        "第20个工作日拨付到位",
        Quantity(Decimal(20), "个工作日", label="第", note="拨付到位"),
        id="two-verbs",
    ),
    pytest.param(
        "第20个工作日完成拨付",
        Quantity(Decimal(20), "个工作日", label="第", note="完成拨付"),
        id="done-then-paid",
    ),
    pytest.param(
        "第20天办结", Quantity(Decimal(20), "天", label="第", note="办结"), id="day-settled"
    ),
    pytest.param(
        "资金于第20个工作日拨付",
        Quantity(Decimal(20), "个工作日", label="资金于第", note="拨付"),
        id="subject-before",
    ),
    # controls: as before
    pytest.param("第20个工作日", Quantity(Decimal(20), "个工作日", label="第"), id="no-verb"),
    # a count of working days is a duration with or without 第 (k31c: the unit was
    # 个工作日拨付); 20日拨付 alone (the 20th of a month?) stays text
    pytest.param(
        "20个工作日拨付",
        Quantity(Decimal(20), "个工作日", note="拨付"),
        id="no-ordinal-working-days",
    ),
    pytest.param("提前15天完成", TextValue("提前15天完成"), id="early-is-text"),
    pytest.param("第3批拨付", Quantity(Decimal(3), "批拨付", label="第"), id="a-batch"),
    pytest.param("第20个工作日前拨付", TextValue("第20个工作日前拨付"), id="a-deadline"),
    pytest.param(
        "20个工作日内拨付",
        Quantity(Decimal(20), "个工作日", Bound.AT_MOST, note="拨付"),
        id="within-as-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_ordinal_day_value(text: str, expected: Value) -> None:
    value = parse_value(text)
    assert value == expected
    assert parse_value(str(value)) == value  # the round trip of §4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "第30个工作日拨付",
            Comparison(Op.EQ, Decimal(30), "个工作日", label="第", note="拨付"),
            id="ordinal-target",
        ),
        pytest.param(
            "≤30个工作日", Comparison(Op.LE, Decimal(30), "个工作日"), id="at-most-as-before"
        ),
        pytest.param(
            "30个工作日内", Comparison(Op.LE, Decimal(30), "个工作日"), id="within-as-before"
        ),
        pytest.param(
            "30个工作日内拨付",
            Comparison(Op.LE, Decimal(30), "个工作日", note="拨付"),
            id="within-and-verb-as-before",
        ),
    ],
)
def test_ordinal_day_target(text: str, expected: Comparison) -> None:
    target = parse_target(text)
    assert target == expected
    assert parse_target(str(target)) == target
