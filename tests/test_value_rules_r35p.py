"""r35p: the wrong results r35e's and r35j's value-language rounds left, fixed by rule.

- a count due once in several years (``每两年1次``, ``1次/2年``) short of it in a table of
  one year is unknown: the round may fall due next year (it was not met);
- work put off to a date within the year (``延期至2025年11月完成``) against ``按期完成`` is
  late against the plan, not met, as ``延期完成`` is (it was unknown);
- a plus after the unit (``200人+``, ``10万元+``) is more than the figure, as ``200+人``
  is, value and target (it was text);
- a target of two figures in one cell (``95%/98%``, 城镇/农村) is judged pair by pair
  against an actual of two (``96%/99%``); an actual of another shape is unknown, saying
  the cell holds two figures (it was "年度指标为文字描述");
- an actual out of the ceiling (``480万元/500万元`` against ``≤500万元``) is the first
  figure, the actual, the second being the ceiling (it was "不是数值").
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from grade_tables import read
from grade_tables import verdict as _verdict
from grammar_paths import fast_and_full
from perftrack import parse_target, parse_value
from perftrack.expressions import Bound, Comparison, Descriptive, Op, Quantity, TextValue
from perftrack.scoring import score

if TYPE_CHECKING:
    from collections.abc import Callable


# -- 1. a count due once in several years -------------------------------------------------

SEVERAL_YEARS_TARGETS = [
    ("每两年1次", Comparison(Op.EQ, Decimal(1), "次", label="每两年"), "每两年=1(次)"),
    ("1次/2年", Comparison(Op.EQ, Decimal(1), "次", label="每2年"), "每2年=1(次)"),
    ("每两年开展1次", Comparison(Op.EQ, Decimal(1), "次", label="每两年开展"), "每两年开展=1(次)"),
    ("每隔一年1次", Comparison(Op.EQ, Decimal(1), "次", label="每隔一年"), "每隔一年=1(次)"),
    ("每2年≥2次", Comparison(Op.GE, Decimal(2), "次", label="每2年"), "每2年≥2(次)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), SEVERAL_YEARS_TARGETS)
def test_several_years_target(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


_NOT_DUE = "本年度未必安排"
SEVERAL_YEARS = [
    (
        "每两年1次",
        "0次",
        "unknown",
        f"年度指标“每两年1次”按每两年计，{_NOT_DUE}；实际0次，未达年度指标=1次，需人工判断",
    ),
    (
        "1次/2年",
        "0次",
        "unknown",
        f"年度指标“1次/2年”按每2年计，{_NOT_DUE}；实际0次，未达年度指标=1次，需人工判断",
    ),
    (
        "每隔一年开展1次",
        "0次",
        "unknown",
        f"年度指标“每隔一年开展1次”按每隔一年计，{_NOT_DUE}；实际0次，未达年度指标=1次，需人工判断",
    ),
    (
        "每2年≥2次",
        "1次",
        "unknown",
        f"年度指标“每2年≥2次”按每2年计，{_NOT_DUE}；实际1次，未达年度指标≥2次，需人工判断",
    ),
    # the count reached this year is judged as it stands
    ("每两年1次", "1次", "met", "实际1次，达到年度指标=1次"),
    ("1次/2年", "1次", "met", "实际1次，达到年度指标=1次"),
    # as before: once a year is the year's count
    ("每年1次", "0次", "not_met", "“每年1次”全年计=1次；实际0次，未达年度指标=1次"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), SEVERAL_YEARS)
def test_several_years(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("数量指标", "检查次数", target, actual) == (attainment, explanation)


def test_several_years_in_a_table_of_those_years() -> None:
    # a table whose period spans the two years says the round fell within it
    table = read(
        [
            ["项目支出绩效自评表"],
            ["评价期：2024年1月-2025年12月"],
            ["项目名称", "测试项目"],
            [
                "项目资金（万元）",
                "年初预算数",
                "全年预算数",
                "全年执行数",
                "分值",
                "执行率",
                "得分",
            ],
            ["年度资金总额", "100.00", "100.00", "100.00", "10", "100%", "10"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "检查次数", "每两年1次", "0次", "10", "10"],
        ]
    )
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (
        "not_met",
        "实际0次，未达年度指标=1次",
    )


# -- 2. work put off to a date within the year ---------------------------------------------

PUT_OFF = [
    ("按期完成", "延期至2025年11月完成", "not_met", "实际“延期至2025年11月完成”，未达到“按期完成”"),
    ("按期完成", "延期至11月完成", "not_met", "实际“延期至11月完成”，未达到“按期完成”"),
    ("按时完成", "推迟到2025年10月完成", "not_met", "实际“推迟到2025年10月完成”，未达到“按时完成”"),
    (
        "按期完成",
        "较原计划延期至9月完成",
        "not_met",
        "实际“较原计划延期至9月完成”，未达到“按期完成”",
    ),
    (
        "按期完成",
        "较原计划延期至2026年3月完成",
        "not_met",
        "实际“较原计划延期至2026年3月完成”，晚于截止日期2025-12-31（本年度末），未达到“按期完成”",
    ),
    # a deadline target judges the date: after it not met, within it met (as before)
    (
        "2025年10月底前完成",
        "延期至2025年11月完成",
        "not_met",
        "实际“延期至2025年11月完成”，晚于截止日期2025-10-31",
    ),
    (
        "2025年12月底前完成",
        "延期至2025年11月完成",
        "met",
        "实际“延期至2025年11月完成”，未晚于截止日期2025-12-31",
    ),
    # a date of the target's own kept: left as before
    (
        "2025年12月按期完成",
        "延期至2025年11月完成",
        "unknown",
        "年度指标为文字描述，实际完成情况需人工判断",
    ),
    # done on a date with no delay said: met as before
    ("按期完成", "2025年11月完成", "met", "实际“2025年11月完成”，已完成"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), PUT_OFF)
def test_put_off_within_year(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("时效指标", "完成时间", target, actual) == (attainment, explanation)


# -- 3. a plus after the unit --------------------------------------------------------------

PLUS_VALUES = [
    ("200人+", Quantity(Decimal(200), "人", Bound.MORE_THAN), ">200(人)"),
    ("1000人次+", Quantity(Decimal(1000), "人次", Bound.MORE_THAN), ">1000(人次)"),
    ("10万元+", Quantity(Decimal(10), "万元", Bound.MORE_THAN), ">10(万元)"),
    ("培训200人+", Quantity(Decimal(200), "人", Bound.MORE_THAN, label="培训"), "培训>200(人)"),
    # two figures added, a word after the unit: text as before
    ("3人+2人", TextValue("3人+2人"), "3人+2人"),
    ("200人以上+", TextValue("200人以上+"), "200人以上+"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), PLUS_VALUES)
def test_plus_after_unit_value(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_value(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    fast, full = fast_and_full(parse_value, cell, 2025)
    assert fast == full


PLUS_TARGETS = [
    ("200人+", Comparison(Op.GT, Decimal(200), "人"), ">200(人)"),
    ("1000人次+", Comparison(Op.GT, Decimal(1000), "人次"), ">1000(人次)"),
    ("10万元+", Comparison(Op.GT, Decimal(10), "万元"), ">10(万元)"),
    ("3人+2人", Descriptive("3人+2人"), "3人+2人"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), PLUS_TARGETS)
def test_plus_after_unit_target(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_target(str(parsed), year=2025) == parsed
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full
    if "+" in cell[:-1]:
        return
    assert parsed == parse_target(f"{cell[: -1 - len(str(parsed.unit))]}+{parsed.unit}", year=2025)


PLUS_VERDICTS = [
    ("200人+", "250人", "met", "实际250人，达到年度指标>200人"),
    ("200人+", "180人", "not_met", "实际180人，未达年度指标>200人"),
    ("≥200人", "200人+", "met", "实际超过200人，达到年度指标≥200人"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), PLUS_VERDICTS)
def test_plus_after_unit_verdict(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _verdict("数量指标", "培训人数", target, actual) == (attainment, explanation)


# -- 4. two figures in one cell ------------------------------------------------------------

PAIR_CELLS = [
    (parse_target, "95%/98%", Descriptive("95%/98%"), "95%/98%"),
    (parse_target, "≥95%/≥98%", Descriptive("≥95%/≥98%"), "≥95%/≥98%"),
    (parse_value, "96%/99%", TextValue("96%/99%"), "96%/99%"),
]


@pytest.mark.parametrize(("parse", "cell", "expected", "canonical"), PAIR_CELLS)
def test_pair_cell_parsed(
    parse: Callable[..., object], cell: str, expected: object, canonical: str
) -> None:
    # the value language holds no pair: the cell stays prose, scoring reads the pair
    parsed = parse(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    fast, full = fast_and_full(parse, cell, 2025)
    assert fast == full


_TWO = "一格含两个数值"
PAIRS = [
    (
        "95%/98%",
        "96%/99%",
        "met",
        f"年度指标“95%/98%”{_TWO}，与实际“96%/99%”逐项对照：96%达到95%，99%达到98%，均已达到",
    ),
    (
        "≥95%/≥98%",
        "96%/99%",
        "met",
        f"年度指标“≥95%/≥98%”{_TWO}，与实际“96%/99%”逐项对照：96%达到≥95%，99%达到≥98%，均已达到",
    ),
    (
        "≥95%/≥98%",
        "96%/97%",
        "not_met",
        f"年度指标“≥95%/≥98%”{_TWO}，与实际“96%/97%”逐项对照：96%达到≥95%，97%未达到≥98%",
    ),
    (
        "≥95%/≥98%",
        "94%/97%",
        "not_met",
        f"年度指标“≥95%/≥98%”{_TWO}，与实际“94%/97%”逐项对照：94%未达到≥95%，97%未达到≥98%",
    ),
    (
        "≤5%/≤3%",
        "4%/2%",
        "met",
        f"年度指标“≤5%/≤3%”{_TWO}，与实际“4%/2%”逐项对照：4%达到≤5%，2%达到≤3%，均已达到",
    ),
    # an actual of another shape: unknown, the two figures said
    (
        "95%/98%",
        "97%",
        "unknown",
        f"年度指标“95%/98%”{_TWO}，应为两项指标同列，实际“97%”无法逐项对照，需人工判断",
    ),
    (
        "95%/98%",
        "96/99",
        "unknown",
        f"年度指标“95%/98%”{_TWO}，应为两项指标同列，实际“96/99”无法逐项对照，需人工判断",
    ),
    # no pair of figures: as before
    ("城镇/农村全覆盖", "已全覆盖", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), PAIRS)
def test_pair_target(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("质量指标", "自来水普及率", target, actual) == (attainment, explanation)


# -- 5. an actual out of the ceiling -------------------------------------------------------

_CEILING = "中前者为实际数，后者为年度指标上限"
OUT_OF_CEILING = [
    (
        "≤500万元",
        "480万元/500万元",
        "met",
        f"实际480万元（“480万元/500万元”{_CEILING}），达到年度指标≤500万元",
    ),
    (
        "≤500万元",
        "480/500万元",
        "met",
        f"实际480万元（“480/500万元”{_CEILING}），达到年度指标≤500万元",
    ),
    (
        "<500万元",
        "500万元/500万元",
        "not_met",
        f"实际500万元（“500万元/500万元”{_CEILING}）已超出年度上限<500万元",
    ),
    # as before: another whole, no unit; a part above the ceiling is an overrun (r35r)
    ("≤500万元", "480万元/600万元", "unknown", "实际“480万元/600万元”不是数值，无法与年度指标比较"),
    (
        "≤500万元",
        "520万元/500万元",
        "not_met",
        "实际520万元（“520万元/500万元”中前者为实际数，后者为年度指标上限）已超出年度上限≤500万元",
    ),
    ("≤500万元", "480/500", "unknown", "实际“480/500”不是数值，无法与年度指标比较"),
    # a floor: the part done (k28h), as before
    (
        "≥500万元",
        "480万元/500万元",
        "not_met",
        "实际480万元（“480万元/500万元”中已完成的数），未达年度指标≥500万元",
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), OUT_OF_CEILING)
def test_out_of_ceiling(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert _verdict("经济成本指标", "项目成本", target, actual) == (attainment, explanation)


def test_out_of_ceiling_parsed() -> None:
    # the value stays text: scoring reads the two figures against the target
    assert parse_value("480万元/500万元", year=2025) == TextValue("480万元/500万元")
    fast, full = fast_and_full(parse_value, "480万元/500万元", 2025)
    assert fast == full
