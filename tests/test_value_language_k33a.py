"""The value language and its scoring (k33a).

1. A count of days after an event with its unit in brackets, as the unit column writes
   it (``批复后25(天)``, ``收到申请后5(个工作日)``, ``批复后25(天)公开``,
   ``批复后25(日)内公开``), is the time limit the same words without brackets are:
   ``批复后≤25(天)`` (it was ``批复后=25(天)``, or text with a verb). An explicit operator
   stays (``批复后=25(天)``, ``批复后25(日)以上``); an actual keeps the figure it says.
2. A compound unit whose money is scaled (``万元/台套`` against ``元/台套``) compares by
   the scale, a measure word and its noun below the slash kept whole (台套); another
   denominator (``万元/台``, ``元/名教师``) stays unknown with the unit-mismatch finding.
3. The words of this year before a change (``今年同比增长5.2%``, ``本年增长5.2%``,
   ``2025年同比增长5.2%`` in 2025) say its time only: the change is judged, beside last
   year's clause (``上年增长3.1%，今年同比增长5.2%``) too, which is a note.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Comparison, Quantity, TextValue, parse_target, parse_value
from perftrack.expressions import Bound, Descriptive, Op, Target, Value
from probe_tables import self_card

TARGETS: list[tuple[str, Target, str]] = [
    # 1. the bracketed unit after an event: a ceiling, as without brackets
    ("批复后25(天)", Comparison(Op.LE, Decimal(25), "天", label="批复后"), "批复后≤25(天)"),
    ("批复后25（天）", Comparison(Op.LE, Decimal(25), "天", label="批复后"), "批复后≤25(天)"),
    ("批复后25(日)", Comparison(Op.LE, Decimal(25), "日", label="批复后"), "批复后≤25(日)"),
    (
        "收到申请后5(个工作日)",
        Comparison(Op.LE, Decimal(5), "个工作日", label="收到申请后"),
        "收到申请后≤5(个工作日)",
    ),
    (
        "资金下达后15(日)内",
        Comparison(Op.LE, Decimal(15), "日", label="资金下达后"),
        "资金下达后≤15(日)",
    ),
    (
        "批复后25(天)公开",
        Comparison(Op.LE, Decimal(25), "天", label="批复后", note="公开"),
        "批复后≤25(天)(公开)",
    ),
    (
        "批复后25(日)内公开",
        Comparison(Op.LE, Decimal(25), "日", label="批复后", note="公开"),
        "批复后≤25(日)(公开)",
    ),
    (
        "批复后25(日)以内公开",
        Comparison(Op.LE, Decimal(25), "日", label="批复后", note="公开"),
        "批复后≤25(日)(公开)",
    ),
    # the same words without brackets, as before
    ("批复后25天", Comparison(Op.LE, Decimal(25), "天", label="批复后"), "批复后≤25(天)"),
    (
        "批复后25日内公开",
        Comparison(Op.LE, Decimal(25), "日", label="批复后", note="公开"),
        "批复后≤25(日)(公开)",
    ),
    # an operator said stays; years after an event and a time before one too
    ("批复后=25(天)", Comparison(Op.EQ, Decimal(25), "天", label="批复后"), "批复后=25(天)"),
    ("批复后25(日)以上", Comparison(Op.GE, Decimal(25), "日", label="批复后"), "批复后≥25(日)"),
    ("验收后3(年)", Comparison(Op.EQ, Decimal(3), "年", label="验收后"), "验收后=3(年)"),
    ("调整前7(日)公示", Descriptive("调整前7(日)公示"), "调整前7(日)公示"),
    ("批复后25(天", Descriptive("批复后25(天"), "批复后25(天"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS, ids=[c for c, _, _ in TARGETS])
def test_target(cell: str, expected: Target, canonical: str) -> None:
    target = parse_target(cell)
    assert target == expected
    assert str(target) == canonical
    assert parse_target(canonical) == expected  # the canonical text reads back


VALUES: list[tuple[str, Value, int | None]] = [
    # 1. an actual says the days the work took, bracketed or not
    ("批复后25(天)", Quantity(Decimal(25), "天", Bound.EXACT, label="批复后"), None),
    ("批复后25天", Quantity(Decimal(25), "天", Bound.EXACT, label="批复后"), None),
    (
        "收到申请后5(个工作日)",
        Quantity(Decimal(5), "个工作日", Bound.EXACT, label="收到申请后"),
        None,
    ),
    # 3. this year's change clause first, last year's its note
    (
        "上年增长3.1%，今年同比增长5.2%",
        TextValue("今年同比增长5.2%(上年增长3.1%)"),
        None,
    ),
    (
        "2024年增长6.1%，2025年同比增长4.2%",
        TextValue("2025年同比增长4.2%(2024年增长6.1%)"),
        2025,
    ),
    # another year than the table's: as it was
    (
        "2023年增长6.1%，2025年同比增长4.2%",
        TextValue("2023年增长6.1%,2025年同比增长4.2%"),
        2025,
    ),
    (
        "2024年增长6.1%，2024年同比增长4.2%",
        TextValue("2024年增长6.1%,2024年同比增长4.2%"),
        2025,
    ),
]


@pytest.mark.parametrize(("cell", "expected", "year"), VALUES, ids=[c for c, _, _ in VALUES])
def test_value(cell: str, expected: Value, year: int | None) -> None:
    assert parse_value(cell, year=year) == expected


MISMATCH = "unit-mismatch"

ROWS: list[tuple[str, str, str, str, str, str | None]] = [
    # 1. the bracketed time limit judged as a ceiling
    ("资金拨付时限", "批复后25(天)", "20天", "met", "实际20天，达到年度指标≤25天", None),
    ("资金拨付时限", "批复后25(天)", "30天", "not_met", "实际30天，超出年度指标≤25天", None),
    (
        "办结时限",
        "收到申请后5(个工作日)",
        "3个工作日",
        "met",
        "实际3个工作日，达到年度指标≤5个工作日",
        None,
    ),
    # 2. compound units
    (
        "单台设备购置成本",
        "≤3.5(万元/台套)",
        "3.2万元/台套",
        "met",
        "实际3.2万元/台套，达到年度指标≤3.5万元/台套",
        None,
    ),
    (
        "单台设备购置成本",
        "≤3.5(万元/台套)",
        "3.2(万元/台套)",
        "met",
        "实际3.2万元/台套，达到年度指标≤3.5万元/台套",
        None,
    ),
    (
        "单台设备购置成本",
        "≤3.5(万元/台套)",
        "32000元/台套",
        "met",
        "实际32000元/台套，达到年度指标≤3.5万元/台套",
        None,
    ),
    (
        "单台设备购置成本",
        "≤3.5(万元/台套)",
        "38000元/台套",
        "not_met",
        "实际38000元/台套，超出年度指标≤3.5万元/台套",
        None,
    ),
    (
        "单台设备购置成本",
        "≤35000(元/台套)",
        "3.2万元/台套",
        "met",
        "实际3.2万元/台套，达到年度指标≤35000元/台套",
        None,
    ),
    (
        "单台设备购置成本",
        "≤3.5(万元/台套)",
        "3.2万元/台",
        "unknown",
        "实际3.2万元/台与年度指标≤3.5万元/台套单位不可比",
        "“单台设备购置成本”实际单位“万元/台”与年度指标单位“万元/台套”不可比",
    ),
    (
        "生均补助",
        "≥800(元/名学生)",
        "0.09万元/名学生",
        "met",
        "实际0.09万元/名学生，达到年度指标≥800元/名学生",
        None,
    ),
    (
        "生均补助",
        "≥800(元/名学生)",
        "900元/名教师",
        "unknown",
        "实际900元/名教师与年度指标≥800元/名学生单位不可比",
        "“生均补助”实际单位“元/名教师”与年度指标单位“元/名学生”不可比",
    ),
    (
        "人均补助标准",
        "≥800(元/人·月)",
        "850元/人·月",
        "met",
        "实际850元/人·月，达到年度指标≥800元/人·月",
        None,
    ),
    (
        "建设成本",
        "≤2900(元/平方米)",
        "2800元/平方米",
        "met",
        "实际2800元/平方米，达到年度指标≤2900元/平方米",
        None,
    ),
    (
        "培训人次",
        "≥5000(人次/年)",
        "5200人次/年",
        "met",
        "实际5200人次/年，达到年度指标≥5000人次/年",
        None,
    ),
    # 3. this year's change, last year's a note
    (
        "营业收入增长率",
        "≥5%",
        "上年增长3.1%，今年同比增长5.2%",
        "met",
        "实际今年同比增长5.2%，达到年度指标≥5%",
        None,
    ),
    (
        "营业收入增长率",
        "≥5%",
        "本年同比增长5.2%，上年增长3.1%",
        "met",
        "实际本年同比增长5.2%，达到年度指标≥5%",
        None,
    ),
    (
        "营业收入增长率",
        "≥5%",
        "上年增长6.1%，今年同比增长4.2%",
        "not_met",
        "实际今年同比增长4.2%，未达年度指标≥5%",
        None,
    ),
    (
        "营业收入增长率",
        "≥5%",
        "上年增长3.1%，本年增长5.2%",
        "met",
        "实际本年增长5.2%，达到年度指标≥5%",
        None,
    ),
    (
        "营业收入增长率",
        "≥5%",
        "2024年增长3.1%，2025年同比增长5.2%",
        "met",
        "实际2025年同比增长5.2%，达到年度指标≥5%",
        None,
    ),
    (
        "营业收入增长率",
        "≥5%",
        "今年同比增长5.2%",
        "met",
        "实际今年同比增长5.2%，达到年度指标≥5%",
        None,
    ),
    ("营业收入增长率", "≥5%", "本年度增长5.2%", "met", "实际本年度增长5.2%，达到年度指标≥5%", None),
    (
        "营业收入增长率",
        "≥5%",
        "今年营业收入同比增长5.2%",
        "met",
        "实际今年营业收入同比增长5.2%，达到年度指标≥5%",
        None,
    ),
    (
        "营业收入增长率",
        "同比增长≥5%",
        "今年同比增长5.2%",
        "met",
        "实际今年同比增长5.2%，达到年度指标同比增长≥5%",
        None,
    ),
    # another measure or last year's alone: unknown, as before
    (
        "营业收入增长率",
        "≥5%",
        "今年利润同比增长5.2%",
        "unknown",
        "实际“今年利润同比增长5.2%”不是数值，无法与年度指标比较",
        None,
    ),
    (
        "营业收入增长率",
        "≥5%",
        "上年增长6.1%",
        "unknown",
        "实际“上年增长6.1%”与年度指标“≥5%”不是同一指标或同一基期的变化，需人工判断",
        None,
    ),
    (
        "营业收入增长率",
        "≥5%",
        "2024年同比增长5.2%",
        "unknown",
        "实际“2024年同比增长5.2%”不是数值，无法与年度指标比较",
        None,
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{n}|{t}|{a}" for n, t, a, *_ in ROWS])
def test_row(row: tuple[str, str, str, str, str, str | None]) -> None:
    name, target, actual, attainment, explanation, mismatch = row
    card = self_card(name, target, actual)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    found = [f.message for f in card.findings if f.id == MISMATCH]
    assert found == ([] if mismatch is None else [mismatch])
