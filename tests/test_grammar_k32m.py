"""The value language (k32m).

1. A leading 最多/至多/最少/至少 before a verb and a count in words (``最多跑一次``,
   ``至少跑一趟``) names a reform or a service promise: the target is the figure with its
   own operator (``最多跑一次改革事项办理率=100(%)``, it was ``跑一次改革事项办理率≤100(%)``)
   and the label is kept; a value labelled so reads (it was text after 至少).
2. ``多于90人`` as a value is ``>90(人)`` (bound more_than), as a target reads it.
3. A floor or ceiling adverb before 达到/达 (``至少达到``, ``最低达到``, ``最少达``,
   ``最多达到``, ``至多达到``) is one operator: ≥ or ≤ in a target, at_least or at_most in
   a value (``满意度至少达到90%`` was text as a value). ``最高达到`` stays as it was.
4. A bare count of days after an event (``批复后25日``, ``收到申请后3个工作日``,
   ``批复后25天``) is the time limit ``批复后25日公开`` is since k32a: ``批复后≤25(日)``
   (it was ``批复后=25(日)``). An actual of that shape keeps the figure it says.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Comparison, Quantity, TextValue, parse_target, parse_value
from perftrack.expressions import Bound, Descriptive, Op, Target, Value
from probe_tables import self_reading

TARGETS: list[tuple[str, Target, str]] = [
    # 1. a bounded count in words leading the label is a name
    (
        "最多跑一次改革事项办理率100%",
        Comparison(Op.EQ, Decimal(100), "%", label="最多跑一次改革事项办理率"),
        "最多跑一次改革事项办理率=100(%)",
    ),
    (
        "至少跑一趟事项占比100%",
        Comparison(Op.EQ, Decimal(100), "%", label="至少跑一趟事项占比"),
        "至少跑一趟事项占比=100(%)",
    ),
    (
        "最多跑一地事项占比95%",
        Comparison(Op.EQ, Decimal(95), "%", label="最多跑一地事项占比"),
        "最多跑一地事项占比=95(%)",
    ),
    (
        "最多跑一次事项占比≥90%",
        Comparison(Op.GE, Decimal(90), "%", label="最多跑一次事项占比"),
        "最多跑一次事项占比≥90(%)",
    ),
    (
        "最多跑一次事项90%以上",
        Comparison(Op.GE, Decimal(90), "%", label="最多跑一次事项"),
        "最多跑一次事项≥90(%)",
    ),
    # still operators: no verb and count in words after the adverb
    ("至少4次", Comparison(Op.GE, Decimal(4), "次"), "≥4(次)"),
    ("最多3次", Comparison(Op.LE, Decimal(3), "次"), "≤3(次)"),
    ("至少两次", Comparison(Op.GE, Decimal(2), "次"), "≥2(次)"),
    (
        "至少全年完成2次宣传",
        Comparison(Op.GE, Decimal(2), "次宣传", label="全年完成"),
        "全年完成≥2(次宣传)",
    ),
    # 2. more / less than
    ("多于90人", Comparison(Op.GT, Decimal(90), "人"), ">90(人)"),
    ("少于90人", Comparison(Op.LT, Decimal(90), "人"), "<90(人)"),
    ("高于90人", Comparison(Op.GT, Decimal(90), "人"), ">90(人)"),
    ("低于90人", Comparison(Op.LT, Decimal(90), "人"), "<90(人)"),
    ("大于90人", Comparison(Op.GT, Decimal(90), "人"), ">90(人)"),
    ("小于90人", Comparison(Op.LT, Decimal(90), "人"), "<90(人)"),
    # 3. an adverb before 达到
    ("满意度至少达到90%", Comparison(Op.GE, Decimal(90), "%", label="满意度"), "满意度≥90(%)"),
    ("满意度最低达到90%", Comparison(Op.GE, Decimal(90), "%", label="满意度"), "满意度≥90(%)"),
    ("满意度最少达90%", Comparison(Op.GE, Decimal(90), "%", label="满意度"), "满意度≥90(%)"),
    ("至少达到90%", Comparison(Op.GE, Decimal(90), "%"), "≥90(%)"),
    ("满意度最多达到90%", Comparison(Op.LE, Decimal(90), "%", label="满意度"), "满意度≤90(%)"),
    ("最多达到3次", Comparison(Op.LE, Decimal(3), "次"), "≤3(次)"),
    ("至多达到3次", Comparison(Op.LE, Decimal(3), "次"), "≤3(次)"),
    ("日处理量最高达到500吨", Descriptive("日处理量最高达到500吨"), "日处理量最高达到500吨"),
    # 4. a count of days after an event is a time limit, with or without the verb
    ("批复后25日", Comparison(Op.LE, Decimal(25), "日", label="批复后"), "批复后≤25(日)"),
    ("批复后25天", Comparison(Op.LE, Decimal(25), "天", label="批复后"), "批复后≤25(天)"),
    (
        "收到申请后3个工作日",
        Comparison(Op.LE, Decimal(3), "个工作日", label="收到申请后"),
        "收到申请后≤3(个工作日)",
    ),
    ("术后24小时", Comparison(Op.LE, Decimal(24), "小时", label="术后"), "术后≤24(小时)"),
    (
        "批复后25日公开",
        Comparison(Op.LE, Decimal(25), "日", label="批复后", note="公开"),
        "批复后≤25(日)(公开)",
    ),
    # as they were: an explicit =, another operator, a time before an event, years
    ("批复后=25(日)", Comparison(Op.EQ, Decimal(25), "日", label="批复后"), "批复后=25(日)"),
    ("批复后25日以上", Comparison(Op.GE, Decimal(25), "日", label="批复后"), "批复后≥25(日)"),
    ("调整前7日", Comparison(Op.EQ, Decimal(7), "日", label="调整前"), "调整前=7(日)"),
    ("验收后3年", Comparison(Op.EQ, Decimal(3), "年", label="验收后"), "验收后=3(年)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target(cell: str, expected: Target, canonical: str) -> None:
    """The target and its canonical text, which reads back to the same target."""
    target = parse_target(cell)
    assert target == expected
    assert str(target) == canonical
    assert parse_target(str(target)) == target
    assert str(parse_target(str(target))) == canonical


VALUES: list[tuple[str, Value, str]] = [
    # 1. the name is the label; 至少 no longer makes it a comparison with something else
    (
        "最多跑一次改革事项办理率100%",
        Quantity(Decimal(100), "%", Bound.EXACT, label="最多跑一次改革事项办理率"),
        "最多跑一次改革事项办理率100(%)",
    ),
    (
        "至少跑一趟事项占比100%",
        Quantity(Decimal(100), "%", Bound.EXACT, label="至少跑一趟事项占比"),
        "至少跑一趟事项占比100(%)",
    ),
    (
        "最多跑一次事项占比≥90%",
        Quantity(Decimal(90), "%", Bound.AT_LEAST, label="最多跑一次事项占比"),
        "最多跑一次事项占比≥90(%)",
    ),
    ("至少4次", Quantity(Decimal(4), "次", Bound.AT_LEAST), "≥4(次)"),
    ("最多3次", Quantity(Decimal(3), "次", Bound.AT_MOST), "≤3(次)"),
    # 2. more / less than
    ("多于90人", Quantity(Decimal(90), "人", Bound.MORE_THAN), ">90(人)"),
    ("少于90人", Quantity(Decimal(90), "人", Bound.LESS_THAN), "<90(人)"),
    ("高于90人", Quantity(Decimal(90), "人", Bound.MORE_THAN), ">90(人)"),
    ("低于90人", Quantity(Decimal(90), "人", Bound.LESS_THAN), "<90(人)"),
    ("大于90人", Quantity(Decimal(90), "人", Bound.MORE_THAN), ">90(人)"),
    ("小于90人", Quantity(Decimal(90), "人", Bound.LESS_THAN), "<90(人)"),
    ("不多于90人", Quantity(Decimal(90), "人", Bound.AT_MOST), "≤90(人)"),
    # 3. an adverb before 达到
    (
        "满意度至少达到90%",
        Quantity(Decimal(90), "%", Bound.AT_LEAST, label="满意度"),
        "满意度≥90(%)",
    ),
    (
        "满意度最低达到90%",
        Quantity(Decimal(90), "%", Bound.AT_LEAST, label="满意度"),
        "满意度≥90(%)",
    ),
    (
        "满意度最少达90%",
        Quantity(Decimal(90), "%", Bound.AT_LEAST, label="满意度"),
        "满意度≥90(%)",
    ),
    (
        "满意度达到90%以上",
        Quantity(Decimal(90), "%", Bound.AT_LEAST, label="满意度"),
        "满意度≥90(%)",
    ),
    (
        "满意度最多达到90%",
        Quantity(Decimal(90), "%", Bound.AT_MOST, label="满意度"),
        "满意度≤90(%)",
    ),
    ("满意度达到90%", Quantity(Decimal(90), "%", Bound.EXACT, label="满意度"), "满意度90(%)"),
    ("日处理量最高达到500吨", TextValue("日处理量最高达到500吨"), "日处理量最高达到500吨"),
    # 4. an actual after an event says what it took
    (
        "批复后20日公开",
        Quantity(Decimal(20), "日", Bound.EXACT, label="批复后", note="公开"),
        "批复后20(日)(公开)",
    ),
    ("批复后25日", Quantity(Decimal(25), "日", Bound.EXACT, label="批复后"), "批复后25(日)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value(cell: str, expected: Value, canonical: str) -> None:
    """The value and its canonical text, which reads back to the same value."""
    value = parse_value(cell)
    assert value == expected
    assert str(value) == canonical
    assert parse_value(str(value)) == value
    assert str(parse_value(str(value))) == canonical


SELF_READINGS = [
    # a rate of 98% fails the =100% the cell sets (it met ≤100% before)
    (
        ("“最多跑一次”改革事项办理率", "最多跑一次改革事项办理率100%", "98%"),
        ("not_met", "实际98%，未达年度指标=100%"),
    ),
    (
        ("培训人数", "多于90人", "多于95人"),
        ("met", "实际超过95人，达到年度指标>90人"),
    ),
    (
        ("满意度", "90%", "满意度至少达到90%"),
        ("met", "实际不低于90%，达到年度指标=90%"),
    ),
    (
        ("预算公开时效", "批复后20日", "15日"),
        ("met", "实际15日，达到年度指标≤20日"),
    ),
]


@pytest.mark.parametrize(("row", "expected"), SELF_READINGS)
def test_self_evaluation(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    """One 自评表 row: the attainment and its explanation."""
    assert self_reading(*row) == expected
