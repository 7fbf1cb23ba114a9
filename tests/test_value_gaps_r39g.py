"""r39g: value-language gaps left by r38f/r38p/r38j.

1. A count after a quarter or a half with no year (``上半年完成2处``, ``一季度完成1次``)
   carries that part of the table's year, as ``上半年完成，共2处`` does (r38p); it was
   ``上半年`` of no year. A month keeps the label's own year (scoring places it), and
   ``年底前完成5处`` names no date, as its comma form does. After a lead-in the comma
   form is dated too (``已于上半年完成，共2处``, as ``已于上半年完成2处``; it had no date).
2. Targets of more than half (``完成过半``, ``进度过半``, ``已完成大部分``, ``完成大半``) are
   ``>50(%)``, labelled with the words before the share, as the values of the same words
   are ``已完成>50(%)`` (they were descriptive); ``完成绝大部分`` names no floor and stays
   descriptive. The value ``已完成绝大部分`` is more than half, partly done, as
   ``已完成大部分`` is (it was text), and ``绝大部分完成`` is partial, as ``大部分完成`` is.
   A rate or a progress past half (``知晓率过半``, ``支出进度过半``, ``过半数``) is that rate
   over 50 %, as a target and as a value; ``完成进度过半`` is the work partly done past
   half, as ``工程进度过半`` is (they were prose).
3. Letters for digits in a range: the low end is read when the high end is
   (``26OO~3OOO元``, ``26OO-3000元``, ``1O-2O次``: a range); with no unit neither end is
   (``26OO-3OOO``, ``26OO至3OOO``), and such a target is said as ``≥26OO`` is ("含字母，
   无法识别为数值"), not as prose; ``possible-ocr-artifact`` names every run of the cell.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grammar_paths import fast_and_full
from perftrack import parse_target, parse_value
from perftrack.expressions import (
    Bound,
    Comparison,
    DateValue,
    Descriptive,
    Op,
    Part,
    Quantity,
    Range,
    Status,
    StatusValue,
    TextValue,
)
from probe_tables import self_card

D = Decimal


def _part(year: int | None, part: Part) -> DateValue:
    return DateValue(year, None, None, None, part)


# -- 1. a count after a part of the year, in the table's year ------------------------

DATED = [
    (
        "上半年完成2处",
        2023,
        Quantity(D(2), "处", label="上半年完成", when=_part(2023, Part.HALF_1)),
        "上半年完成2(处)",
    ),
    (
        "下半年完成3个",
        2023,
        Quantity(D(3), "个", label="下半年完成", when=_part(2023, Part.HALF_2)),
        "下半年完成3(个)",
    ),
    (
        "一季度完成1次",
        2023,
        Quantity(D(1), "次", label="一季度完成", when=_part(2023, Part.QUARTER_1)),
        "一季度完成1(次)",
    ),
    (
        "第三季度开工5个",
        2024,
        Quantity(D(5), "个", label="第三季度开工", when=_part(2024, Part.QUARTER_3)),
        "第三季度开工5(个)",
    ),
    (
        "上半年开工10个",
        2023,
        Quantity(D(10), "个", label="上半年开工", when=_part(2023, Part.HALF_1)),
        "上半年开工10(个)",
    ),
    # as before: no year given, the cell's own year, a month (the label's own year),
    # the year's end (no date, as 年底前完成，共5处 has none)
    (
        "上半年完成2处",
        None,
        Quantity(D(2), "处", label="上半年完成", when=_part(None, Part.HALF_1)),
        "上半年完成2(处)",
    ),
    (
        "2024年上半年完成2处",
        2023,
        Quantity(D(2), "处", label="2024年上半年完成", when=_part(2024, Part.HALF_1)),
        "2024年上半年完成2(处)",
    ),
    (
        "3月完成2处",
        2023,
        Quantity(D(2), "处", label="3月完成", when=DateValue(None, 3)),
        "3月完成2(处)",
    ),
    ("年底前完成5处", 2023, Quantity(D(5), "处", label="年底前完成"), "年底前完成5(处)"),
    # a lead-in before the part of the year, with the count as a remark (it was the count
    # labelled 已于上半年完成,共, with no date)
    (
        "已于上半年完成，共2处",
        2023,
        Quantity(D(2), "处", label="已于上半年完成共", when=_part(2023, Part.HALF_1)),
        "已于上半年完成共2(处)",
    ),
    (
        "于第三季度完成，累计5场",
        None,
        Quantity(D(5), "场", label="于第三季度完成累计", when=_part(None, Part.QUARTER_3)),
        "于第三季度完成累计5(场)",
    ),
]


@pytest.mark.parametrize(("cell", "year", "expected", "canonical"), DATED)
def test_count_after_a_part_of_the_year(
    cell: str, year: int | None, expected: Quantity, canonical: str
) -> None:
    parsed = parse_value(cell, year=year)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_value(canonical, year=year) == parsed


@pytest.mark.parametrize(("cell", "year", "expected", "canonical"), DATED)
def test_count_after_a_part_of_the_year_fast_paths_agree(
    cell: str, year: int | None, expected: Quantity, canonical: str
) -> None:
    fast, full = fast_and_full(parse_value, cell, year)
    assert fast == full == (expected, canonical, cell)


@pytest.mark.parametrize(
    ("bare", "remarked"),
    [
        ("上半年完成2处", "上半年完成，共2处"),
        ("下半年完成3个", "下半年完成，共3个"),
        ("第三季度完成5场", "第三季度完成，累计5场"),
        ("已于上半年完成2处", "已于上半年完成，共2处"),
        ("在下半年完成3处", "在下半年完成，共3处"),
        # as before: no date either way, the label's own year either way
        ("年底前完成5处", "年底前完成，共5处"),
        ("3月完成2处", "3月完成，共2处"),
    ],
)
def test_with_and_without_the_comma_the_same_date(bare: str, remarked: str) -> None:
    with_comma = parse_value(remarked, year=2023)
    without = parse_value(bare, year=2023)
    assert isinstance(with_comma, Quantity)
    assert isinstance(without, Quantity)
    assert without.when == with_comma.when


# -- 2. more than half, as a target and as a value ---------------------------------

PAST_HALF = Quantity(D(50), "%", Bound.MORE_THAN, status=Status.PARTIAL)

TARGETS = [
    ("完成过半", Comparison(Op.GT, D(50), "%", "完成"), "完成>50(%)"),
    ("已完成过半", Comparison(Op.GT, D(50), "%", "已完成"), "已完成>50(%)"),
    ("任务完成过半", Comparison(Op.GT, D(50), "%", "任务完成"), "任务完成>50(%)"),
    ("年度任务完成过半", Comparison(Op.GT, D(50), "%", "年度任务完成"), "年度任务完成>50(%)"),
    ("进度过半", Comparison(Op.GT, D(50), "%", "进度"), "进度>50(%)"),
    ("工程进度过半", Comparison(Op.GT, D(50), "%", "工程进度"), "工程进度>50(%)"),
    ("工程进度已过半", Comparison(Op.GT, D(50), "%", "工程进度"), "工程进度>50(%)"),
    ("已完成大部分", Comparison(Op.GT, D(50), "%", "已完成"), "已完成>50(%)"),
    ("完成大部分", Comparison(Op.GT, D(50), "%", "完成"), "完成>50(%)"),
    ("完成大半", Comparison(Op.GT, D(50), "%", "完成"), "完成>50(%)"),
    ("过半", Comparison(Op.GT, D(50), "%"), ">50(%)"),
    ("过半数", Comparison(Op.GT, D(50), "%"), ">50(%)"),
    ("知晓率过半", Comparison(Op.GT, D(50), "%", "知晓率"), "知晓率>50(%)"),
    ("群众知晓率已过半", Comparison(Op.GT, D(50), "%", "群众知晓率"), "群众知晓率>50(%)"),
    ("支出进度过半", Comparison(Op.GT, D(50), "%", "支出进度"), "支出进度>50(%)"),
    ("完成进度过半", Comparison(Op.GT, D(50), "%", "完成进度"), "完成进度>50(%)"),
    # as before: the great majority names no floor; the time's share; no task done
    ("完成绝大部分", Descriptive("完成绝大部分"), "完成绝大部分"),
    ("已完成绝大部分", Descriptive("已完成绝大部分"), "已完成绝大部分"),
    ("序时进度过半", Descriptive("序时进度过半"), "序时进度过半"),
    ("时间过半", Descriptive("时间过半"), "时间过半"),
    ("时间进度过半", Descriptive("时间进度过半"), "时间进度过半"),
    ("率过半", Descriptive("率过半"), "率过半"),
    ("大部分", Descriptive("大部分"), "大部分"),
    ("完成大部分工作", Descriptive("完成大部分工作"), "完成大部分工作"),
    ("大部分完成", Descriptive("大部分完成"), "大部分完成"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target_past_half(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_target(canonical) == parsed


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target_past_half_fast_paths_agree(cell: str, expected: object, canonical: str) -> None:
    fast, full = fast_and_full(parse_target, cell, None)
    assert fast == full == (expected, canonical, cell)


VALUES = [
    ("已完成绝大部分", PAST_HALF, "已完成>50(%)"),
    ("完成绝大部分", PAST_HALF, "已完成>50(%)"),
    ("任务完成绝大部分", PAST_HALF, "已完成>50(%)"),
    (
        "正在开展，已完成绝大部分",
        Quantity(D(50), "%", Bound.MORE_THAN, "已完成", Status.IN_PROGRESS),
        "进行中,已完成>50(%)",
    ),
    ("绝大部分完成", StatusValue(Status.PARTIAL, "绝大部分完成"), "绝大部分完成"),
    ("过半数", Quantity(D(50), "%", Bound.MORE_THAN), ">50(%)"),
    ("知晓率过半", Quantity(D(50), "%", Bound.MORE_THAN, "知晓率"), "知晓率>50(%)"),
    ("预算执行率过半", Quantity(D(50), "%", Bound.MORE_THAN, "预算执行率"), "预算执行率>50(%)"),
    ("支出进度过半", Quantity(D(50), "%", Bound.MORE_THAN, "支出进度"), "支出进度>50(%)"),
    ("完成进度过半", PAST_HALF, "已完成>50(%)"),
    ("实施进度已过半", PAST_HALF, "已完成>50(%)"),
    ("时间进度过半", TextValue("时间进度过半"), "时间进度过半"),
    # as before
    ("已完成大部分", PAST_HALF, "已完成>50(%)"),
    ("大部分完成", StatusValue(Status.PARTIAL, "大部分完成"), "大部分完成"),
    ("绝大部分", TextValue("绝大部分"), "绝大部分"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value_great_majority(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_value(cell)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_value(canonical) == parsed


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value_great_majority_fast_paths_agree(cell: str, expected: object, canonical: str) -> None:
    fast, full = fast_and_full(parse_value, cell, None)
    assert fast == full == (expected, canonical, cell)


# -- 3. letters for digits in a range ----------------------------------------------

LETTER_TARGETS = [
    ("26OO~3OOO元", Range(D(2600), D(3000), "元"), "2600-3000(元)"),
    ("26OO-3000元", Range(D(2600), D(3000), "元"), "2600-3000(元)"),
    ("1O-2O次", Range(D(10), D(20), "次"), "10-20(次)"),
    ("9O-95%", Range(D(90), D(95), "%"), "90-95(%)"),
    # grouping commas: a group of letters alone stays in the run
    ("1,2OO-1,5OO元", Range(D(1200), D(1500), "元"), "1200-1500(元)"),
    ("≥1,OOO万元", Comparison(Op.GE, D(1000), "万元"), "≥1000(万元)"),
    # as before: both ends before their own unit, or the low end before 至/到 (a Chinese
    # character, which the old rule took for a unit)
    ("1OO%-12O%", Range(D(100), D(120), "%"), "100-120(%)"),
    ("26OO至3OOO元", Range(D(2600), D(3000), "元"), "2600-3000(元)"),
    ("1O到2O人", Range(D(10), D(20), "人"), "10-20(人)"),
    # no unit after the letters: neither end is read, as 2,6OO is not (26OO至3OOO was
    # 2600至3OOO, its low end read)
    ("26OO-3OOO", Descriptive("26OO-3OOO"), "26OO-3OOO"),
    ("26OO至3OOO", Descriptive("26OO至3OOO"), "26OO至3OOO"),
    ("2600-3OOO", Descriptive("2600-3OOO"), "2600-3OOO"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), LETTER_TARGETS)
def test_letters_in_a_range(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_target(canonical) == parsed


@pytest.mark.parametrize(("cell", "expected", "canonical"), LETTER_TARGETS)
def test_letters_in_a_range_fast_paths_agree(cell: str, expected: object, canonical: str) -> None:
    fast, full = fast_and_full(parse_target, cell, None)
    assert fast == full == (expected, canonical, cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("26OO~3OOO元", TextValue("2600~3000元")),
        ("26OO-3000元", TextValue("2600-3000元")),
        ("26OO-3OOO", TextValue("26OO-3OOO")),
        ("26OO至3OOO", TextValue("26OO至3OOO")),
    ],
)
def test_letters_in_a_range_as_a_value(cell: str, expected: object) -> None:
    # a range as a value is text, its letters read as the target's are
    assert parse_value(cell) == expected


OCR = "possible-ocr-artifact"

VERDICTS = [
    (
        ("签约人数", "26OO-3OOO", "2800人"),
        ("unknown", "年度指标“26OO-3OOO”含字母，无法识别为数值，无法比较"),
        "“签约人数”年度指标值“26OO-3OOO”含字母O，疑为“2600-3000”，无法识别为数值，请核实更正",
    ),
    (
        # the same text as the actual: no figure either side, not met by repeating it
        ("签约人数", "26OO至3OOO", "26OO至3OOO"),
        ("unknown", "年度指标“26OO至3OOO”含字母，无法识别为数值，无法比较"),
        (
            "“签约人数”年度指标值“26OO至3OOO”含字母O，疑为“2600至3000”，无法识别为数值，请核实更正"
            "|“签约人数”实际完成值“26OO至3OOO”含字母O，疑为“2600至3000”，无法识别为数值，请核实更正"
        ),
    ),
    (
        ("签约人数", "2,6OO", "2800人"),
        ("unknown", "年度指标“2,6OO”含字母，无法识别为数值，无法比较"),
        "“签约人数”年度指标值“2,6OO”含字母O，疑为“2,600”，无法识别为数值，请核实更正",
    ),
    (
        ("补助标准", "26OO~3OOO元", "2800元"),
        ("met", "实际2800元，达到年度指标2600-3000元"),
        "“补助标准”年度指标值“26OO~3OOO元”含字母O，疑为“2600~3000元”，已按“2600~3000元”判断，请核实更正",
    ),
    (
        ("达标率", "1OO%-12O%", "110%"),
        ("met", "实际110%，达到年度指标100-120%"),
        "“达标率”年度指标值“1OO%-12O%”含字母O，疑为“100%-120%”，已按“100%-120%”判断，请核实更正",
    ),
    # as before: one figure
    (
        ("签约人数", "≥26OO", "2600人"),
        ("unknown", "年度指标“≥26OO”含字母，无法识别为数值，无法比较"),
        "“签约人数”年度指标值“≥26OO”含字母O，疑为“≥2600”，无法识别为数值，请核实更正",
    ),
]


@pytest.mark.parametrize(("row", "expected", "message"), VERDICTS)
def test_letters_in_a_range_verdict_and_finding(
    row: tuple[str, str, str], expected: tuple[str, str], message: str
) -> None:
    card = self_card(*row)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected
    assert [f.message for f in card.findings if f.id == OCR] == message.split("|")


PAST_HALF_VERDICTS = [
    (("工程进度", "完成过半", "60%"), ("met", "实际60%，达到年度指标>50%")),
    (("工程进度", "完成过半", "40%"), ("not_met", "实际40%，未达年度指标>50%")),
    (("工程进度", "完成过半", "已完成大半"), ("met", "实际超过50%，达到年度指标>50%")),
    (("工程进度", "进度过半", "进度过半"), ("met", "实际超过50%，达到年度指标>50%")),
    (("工程进度", "已完成大部分", "100%"), ("met", "实际100%，达到年度指标>50%")),
    (
        ("工程进度", "≥90%", "已完成绝大部分"),
        ("unknown", "实际超过50%不能确定是否达到年度指标≥90%"),
    ),
    (("政策知晓率", "知晓率过半", "65%"), ("met", "实际65%，达到年度指标>50%")),
    (("政策知晓率", "过半数", "48%"), ("not_met", "实际48%，未达年度指标>50%")),
    (
        ("政策知晓率", "≥60%", "知晓率过半"),
        ("unknown", "实际超过50%不能确定是否达到年度指标≥60%"),
    ),
    (("工程进度", "≥50%", "完成进度过半"), ("met", "实际超过50%，达到年度指标≥50%")),
]


@pytest.mark.parametrize(("row", "expected"), PAST_HALF_VERDICTS)
def test_past_half_verdict(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    verdict = self_card(*row).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected
