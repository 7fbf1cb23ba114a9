"""The value language (k32a).

1. A floor or ceiling adverb inside a label, before the verb that leads to the figure
   (``每月至少巡查2次``, ``全年至少开展4次``, ``每季度最多召开1次``), is the figure's
   operator, as ``每月巡查不少于2次`` says it after the verb: ``每月巡查≥2(次)`` (it was
   ``每月至少巡查=2(次)``). Scoring still annualises the per-month target, now a floor.
2. A change against last year beside last year's change (``同比增长5.2%，上年增长3.1%``)
   reads as ``同比增长5.2%（上年增长3.1%）`` does, last year's clause its note (k31a's rule
   for a level, extended to changes); scoring judges the change ``同比增长5.2%``.
3. A target counting days after the event it runs from without 内 (``批复后25日公开``,
   ``资金下达后30个工作日拨付``) is the limit ``批复后25日内公开`` is: ``批复后≤25(日)(公开)``
   (it was prose, which scoring read as that limit).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Comparison, Quantity, TextValue, parse_target, parse_value
from perftrack.expressions import Bound, Descriptive, Op
from probe_tables import self_reading, track_verdict

# 1. An adverb of a floor or a ceiling before the verb --------------------------------

ADVERB_TARGETS = [
    ("每月至少巡查2次", Comparison(Op.GE, Decimal(2), "次", label="每月巡查"), "每月巡查≥2(次)"),
    ("全年至少开展4次", Comparison(Op.GE, Decimal(4), "次", label="全年开展"), "全年开展≥4(次)"),
    (
        "全年至少培训人员200人",
        Comparison(Op.GE, Decimal(200), "人", label="全年培训人员"),
        "全年培训人员≥200(人)",
    ),
    (
        "每季度最多召开1次",
        Comparison(Op.LE, Decimal(1), "次", label="每季度召开"),
        "每季度召开≤1(次)",
    ),
    ("每月至多检查3次", Comparison(Op.LE, Decimal(3), "次", label="每月检查"), "每月检查≤3(次)"),
    ("每周最少巡河1次", Comparison(Op.GE, Decimal(1), "次", label="每周巡河"), "每周巡河≥1(次)"),
    # as they were: the word right before the figure, or leading the label
    ("每月不少于2次", Comparison(Op.GE, Decimal(2), "次", label="每月"), "每月≥2(次)"),
    ("每月巡查不少于2次", Comparison(Op.GE, Decimal(2), "次", label="每月巡查"), "每月巡查≥2(次)"),
    ("至少4次", Comparison(Op.GE, Decimal(4), "次"), "≥4(次)"),
    (
        "至少全年完成2次宣传",
        Comparison(Op.GE, Decimal(2), "次宣传", label="全年完成"),
        "全年完成≥2(次宣传)",
    ),
    # a numeral in the words after the adverb: the name of a reform, no verb
    (
        "群众最多跑一次事项100%",
        Comparison(Op.EQ, Decimal(100), "%", label="群众最多跑一次事项"),
        "群众最多跑一次事项=100(%)",
    ),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), ADVERB_TARGETS)
def test_adverb_before_verb_target(cell: str, expected: Comparison, canonical: str) -> None:
    """The adverb is the operator; the label keeps the subject and the verb."""
    target = parse_target(cell)
    assert target == expected
    assert str(target) == canonical
    assert parse_target(str(target)) == target
    assert str(parse_target(str(target))) == canonical


ADVERB_VALUES = [
    (
        "每月至少巡查2次",
        Quantity(Decimal(2), "次", Bound.AT_LEAST, label="每月巡查"),
        "每月巡查≥2(次)",
    ),
    (
        "全年至少开展4次",
        Quantity(Decimal(4), "次", Bound.AT_LEAST, label="全年开展"),
        "全年开展≥4(次)",
    ),
    (
        "每季度最多召开1次",
        Quantity(Decimal(1), "次", Bound.AT_MOST, label="每季度召开"),
        "每季度召开≤1(次)",
    ),
    (
        "最多跑一次改革事项办理率100%",
        Quantity(Decimal(100), "%", Bound.EXACT, label="最多跑一次改革事项办理率"),
        "最多跑一次改革事项办理率100(%)",
    ),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), ADVERB_VALUES)
def test_adverb_before_verb_value(cell: str, expected: Quantity, canonical: str) -> None:
    """A value says the same bound, and reads back from its canonical text."""
    value = parse_value(cell)
    assert value == expected
    assert str(value) == canonical
    assert parse_value(str(value)) == value
    assert str(parse_value(str(value))) == canonical


def test_per_month_floor_still_annualised() -> None:
    """``每月至少巡查2次`` in a 1-9月 跟踪表 is ≥24 times a year (it was =24)."""
    verdict = track_verdict("巡查", "每月至少巡查2次", "18次", "16次")
    assert (verdict.attainment.value, verdict.explanation) == (
        "pending",
        (
            "“每月至少巡查2次”全年计≥24次；实际16次，未达年度指标≥24次，距年底尚有时间；"
            "实际16次落后于计划18次"
        ),
    )


def test_per_month_floor_met_in_self_evaluation() -> None:
    """26 times a year meet a floor of twice a month."""
    assert self_reading("巡查次数", "每月至少巡查2次", "全年巡查26次") == (
        "met",
        "“每月至少巡查2次”全年计≥24次；实际26次，达到年度指标≥24次",
    )


# 2. A change against last year beside last year's ------------------------------------

CHANGE_VALUES = [
    ("同比增长5.2%，上年增长3.1%", "同比增长5.2%(上年增长3.1%)"),
    ("收入同比增长5.2%，上年增长3.1%", "收入同比增长5.2%(上年增长3.1%)"),
    ("较上年下降2%，上年下降1%", "较上年下降2%(上年下降1%)"),
    ("同比上升5.2%；去年同期上升3.1%", "同比上升5.2%(去年同期上升3.1%)"),
    ("同比提高0.5个百分点，上年提高0.3个百分点", "同比提高0.5个百分点(上年提高0.3个百分点)"),
    ("上年增长3.1%，今年同比增长5.2%", "今年同比增长5.2%(上年增长3.1%)"),
    ("较2024年增长5%，上年增长3%", "较2024年增长5%(上年增长3%)"),
    ("同比增长5.2%，上年3.1%", "同比增长5.2%(上年3.1%)"),
    # another measure, another time than last year, or two years back: as they were
    ("同比增长5.2%，上年结转50万元", "同比增长5.2%,上年结转50万元"),
    ("环比增长5%，上年增长3%", "环比增长5%,上年增长3%"),
    ("较2023年增长5%，上年增长3%", "较2023年增长5%,上年增长3%"),
    ("同比增长5.2%，上年增长3.1万元", "同比增长5.2%,上年增长3.1万元"),
]


@pytest.mark.parametrize(("cell", "description"), CHANGE_VALUES)
def test_change_beside_last_year(cell: str, description: str) -> None:
    """This year's change, last year's its note, as the bracketed form reads (2025 table)."""
    value = parse_value(cell, year=2025)
    assert value == TextValue(description)
    assert parse_value(str(value), year=2025) == value
    assert str(parse_value(str(value), year=2025)) == description


def test_change_beside_last_year_target_is_prose() -> None:
    """A target of two clauses stays descriptive (expressions.md: a multi-clause target)."""
    target = parse_target("同比增长5.2%，上年增长3.1%", year=2025)
    assert target == Descriptive("同比增长5.2%,上年增长3.1%")
    assert parse_target(str(target), year=2025) == target


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        ("≥5%", "同比增长5.2%，上年增长3.1%", ("met", "实际同比增长5.2%，达到年度指标≥5%")),
        ("≥5%", "同比增长3.2%，上年增长5.1%", ("not_met", "实际同比增长3.2%，未达年度指标≥5%")),
        (
            "同比增长≥5%",
            "同比增长5.2%，上年增长3.1%",
            ("met", "实际同比增长5.2%，达到年度指标同比增长≥5%"),
        ),
    ],
)
def test_change_beside_last_year_scored(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    """The change of this year is judged, last year's is not (it was unknown, 不是数值)."""
    assert self_reading("收入增长率", target, actual) == expected


def test_fall_beside_last_year_scored() -> None:
    """A fall against a target for a fall: this year's 2.5 %, not last year's 1 %."""
    assert self_reading("能耗", "下降≥2%", "同比下降2.5%，上年下降1%") == (
        "met",
        "实际同比下降2.5%，达到年度指标下降≥2%",
    )


# 3. A time limit after an event, without 内 ------------------------------------------

LAG_TARGETS = [
    (
        "批复后25日公开",
        Comparison(Op.LE, Decimal(25), "日", label="批复后", note="公开"),
        "批复后≤25(日)(公开)",
    ),
    (
        "资金下达后30个工作日拨付",
        Comparison(Op.LE, Decimal(30), "个工作日", label="资金下达后", note="拨付"),
        "资金下达后≤30(个工作日)(拨付)",
    ),
    (
        "批复后15天公开",
        Comparison(Op.LE, Decimal(15), "天", label="批复后", note="公开"),
        "批复后≤15(天)(公开)",
    ),
    (
        "调整后3日公示",
        Comparison(Op.LE, Decimal(3), "日", label="调整后", note="公示"),
        "调整后≤3(日)(公示)",
    ),
    # with 内, as they were: the same objects
    (
        "预算批复后20日内公开",
        Comparison(Op.LE, Decimal(20), "日", label="预算批复后", note="公开"),
        "预算批复后≤20(日)(公开)",
    ),
    (
        "资金下达后30个工作日内拨付",
        Comparison(Op.LE, Decimal(30), "个工作日", label="资金下达后", note="拨付"),
        "资金下达后≤30(个工作日)(拨付)",
    ),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), LAG_TARGETS)
def test_lag_after_event_target(cell: str, expected: Comparison, canonical: str) -> None:
    """The count of days after the event is a ceiling, the verb its note."""
    target = parse_target(cell)
    assert target == expected
    assert str(target) == canonical
    assert parse_target(str(target)) == target
    assert str(parse_target(str(target))) == canonical


@pytest.mark.parametrize("cell", ["调整前7日公示", "2024年6月后5日公示", "批复后三日公开"])
def test_lag_left_as_prose(cell: str) -> None:
    """How early (前), a date before 后, and a Chinese numeral the 内 form reads not: prose."""
    assert isinstance(parse_target(cell), Descriptive)


def test_lag_value_unchanged() -> None:
    """The value of the same words is that many days (k31c), as before."""
    assert parse_value("批复后25日公开") == Quantity(
        Decimal(25), "日", Bound.EXACT, label="批复后", note="公开"
    )


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        ("批复后25日公开", "批复后20日公开", ("met", "实际20日，达到年度指标≤25日")),
        ("批复后25日公开", "批复后30日公开", ("not_met", "实际30日，超出年度指标≤25日")),
    ],
)
def test_lag_scored_as_before(target: str, actual: str, expected: tuple[str, str]) -> None:
    """Scoring reads the limit as it did through lag_limit."""
    assert self_reading("信息公开及时性", target, actual) == expected
