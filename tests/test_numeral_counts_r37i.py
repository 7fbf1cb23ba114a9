"""A count in Chinese numerals after its label reads as its digit twin (r37i).

``完成两次`` is ``完成2次``, ``开展十二场`` ``开展12场``, ``共计三十五人`` ``共计35人``,
``扣两分`` ``扣2分``, ``扣零点五分`` ``扣0.5分``, as values and as targets (they were
text and descriptive; only a numeral at the start, ``两次``, or after an operator word,
``≥三场``, was read). Prose that holds numeral words stays prose: a slogan with a second
numeral (``三会一课``, ``两学一做``, ``一户一档``), a word after the numeral that is no
measure word (``两新组织``, ``一站式服务``, ``四好农村路``), an ordinal (``第三方评价``),
a set phrase (``一次性补助``, ``四个意识``), a numeral of a name (``十四五规划``) and a
list (``一是…二是…``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from grammar_paths import fast_and_full
from perftrack.expressions import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    QualitativeValue,
    Quantity,
    Status,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from probe_tables import self_reading

if TYPE_CHECKING:
    from perftrack.expressions import Target

VALUES = [
    pytest.param(
        "完成两次",
        Quantity(Decimal(2), "次", Bound.EXACT, status=Status.DONE),
        "已完成2(次)",
        id="done-twice",
    ),
    pytest.param(
        "开展十二场",
        Quantity(Decimal(12), "场", Bound.EXACT, label="开展"),
        "开展12(场)",
        id="twelve-sessions",
    ),
    pytest.param(
        "共计三十五人",
        Quantity(Decimal(35), "人", Bound.EXACT, label="共计"),
        "共计35(人)",
        id="thirty-five-people",
    ),
    pytest.param(
        "扣两分",
        Quantity(Decimal(2), "分", Bound.EXACT, label="扣"),
        "扣2(分)",
        id="two-points-off",
    ),
    pytest.param(
        "扣零点五分",
        Quantity(Decimal("0.5"), "分", Bound.EXACT, label="扣"),
        "扣0.5(分)",
        id="half-point-off",
    ),
    pytest.param(
        "扣除了两分",
        Quantity(Decimal(2), "分", Bound.EXACT, label="扣除了"),
        "扣除了2(分)",
        id="points-deducted",
    ),
    pytest.param(
        "得分九点五分",
        Quantity(Decimal("9.5"), "分", Bound.EXACT, label="得分"),
        "得分9.5(分)",
        id="score-in-words",
    ),
    pytest.param(
        "开展十二场培训",
        Quantity(Decimal(12), "场培训", Bound.EXACT, label="开展"),
        "开展12(场培训)",
        id="sessions-of-training",
    ),
    pytest.param(
        "开展十二场以上",
        Quantity(Decimal(12), "场", Bound.AT_LEAST, label="开展"),
        "开展≥12(场)",
        id="at-least-after",
    ),
    pytest.param(
        "共计三十五余人",
        Quantity(Decimal(35), "人", Bound.MORE_THAN, label="共计"),
        "共计>35(人)",
        id="more-than-yu",
    ),
    pytest.param(
        "培训三十多人",
        Quantity(Decimal(30), "人", Bound.MORE_THAN, label="培训"),
        "培训>30(人)",
        id="more-than-duo",
    ),
    pytest.param(
        "提高三个百分点",
        Quantity(Decimal(3), "个百分点", Bound.EXACT, label="提高"),
        "提高3(个百分点)",
        id="points-of-percent",
    ),
    pytest.param(
        "开展两万人次",
        Quantity(Decimal(2), "万人次", Bound.EXACT, label="开展"),
        "开展2(万人次)",
        id="scale-word",
    ),
    pytest.param(
        "最多跑一次",
        Quantity(Decimal(1), "次", Bound.EXACT, label="最多跑"),
        "最多跑1(次)",
        id="once-as-before",
    ),
]

TARGETS = [
    pytest.param(
        "完成两次", Comparison(Op.EQ, Decimal(2), "次", "完成"), "完成=2(次)", id="done-twice"
    ),
    pytest.param(
        "开展十二场培训",
        Comparison(Op.EQ, Decimal(12), "场培训", "开展"),
        "开展=12(场培训)",
        id="twelve-trainings",
    ),
    pytest.param(
        "开展十二场",
        Comparison(Op.EQ, Decimal(12), "场", "开展"),
        "开展=12(场)",
        id="twelve-sessions",
    ),
    pytest.param(
        "共计三十五人",
        Comparison(Op.EQ, Decimal(35), "人", "共计"),
        "共计=35(人)",
        id="thirty-five-people",
    ),
    pytest.param(
        "扣两分", Comparison(Op.EQ, Decimal(2), "分", "扣"), "扣=2(分)", id="two-points-off"
    ),
    pytest.param(
        "扣零点五分",
        Comparison(Op.EQ, Decimal("0.5"), "分", "扣"),
        "扣=0.5(分)",
        id="half-point-off",
    ),
    pytest.param(
        "开展十二场以上",
        Comparison(Op.GE, Decimal(12), "场", "开展"),
        "开展≥12(场)",
        id="at-least-after",
    ),
    pytest.param(
        "组织培训三次",
        Comparison(Op.EQ, Decimal(3), "次", "组织培训"),
        "组织培训=3(次)",
        id="label-of-two-words",
    ),
    pytest.param(
        "汛期停工两个月",
        Comparison(Op.EQ, Decimal(2), "个月", "汛期停工"),
        "汛期停工=2(个月)",
        id="months",
    ),
    # 最多 at the start of the label bounds the count, as in 最多跑1次
    pytest.param(
        "最多跑一次", Comparison(Op.LE, Decimal(1), "次", "跑"), "跑≤1(次)", id="at-most-once"
    ),
    # as before: a numeral right after an operator symbol or at the start
    pytest.param("≥三场", Comparison(Op.GE, Decimal(3), "场"), "≥3(场)", id="symbol-as-before"),
    pytest.param("两次", Comparison(Op.EQ, Decimal(2), "次"), "=2(次)", id="start-as-before"),
]

# Cells with numeral words that stay prose, in both roles.
PROSE = [
    "三会一课",
    "落实三会一课制度",
    "两新组织",
    "开展两新组织党建",
    "一站式服务",
    "推行一站式服务",
    "一是加强管理，二是完善制度",
    "加强管理一是完善制度",
    "第三方评价",
    "开展第三方评价",
    "一次性补助",
    "发放一次性补助",
    "十四五规划",
    "编制十四五规划",
    "四好农村路",
    "建设四好农村路",
    "两学一做",
    "开展两学一做",
    "一户一档",
    "实现一户一档",
    "每少一人扣一分",
    "群众十分满意",
    "统一张贴",
    "统一部署",
    "下午三点五分",
    "建设二期工程",
    "创建三级医院",
    "获得一等奖",
    "完成十二月任务",
    "每月十五日前",
    "增强四个意识",
    "坚持一张蓝图",
    "推行一条龙服务",
    "表一 项目支出",
    "火灾十万人口死亡率",
    "按两周计",
    "建党一百周年",
    "完成二零二三年任务",
    "开展七八次",
    "一年两次",
    "计划开展检查三次",
    "填表说明：得分保留两位小数。",
    "每季度开展两次督导",
    "做到“两个维护”",
    "落实一岗双责",
    "实行一次告知",
    "实现一次办好",
    "群众最多跑一次事项",
    "每隔一年",
    "近三年",
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value_count_after_label(cell: str, expected: Value, canonical: str) -> None:
    value = parse_value(cell)
    assert value == expected
    assert value.text == cell
    assert str(value) == canonical
    assert parse_value(canonical) == value
    assert str(parse_value(canonical)) == canonical
    fast, full = fast_and_full(parse_value, cell, 2025)
    assert fast == full == (expected, canonical, cell)


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target_count_after_label(cell: str, expected: Target, canonical: str) -> None:
    target = parse_target(cell)
    assert target == expected
    assert target.text == cell
    assert str(target) == canonical
    assert parse_target(canonical) == target
    assert str(parse_target(canonical)) == canonical
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full == (expected, canonical, cell)


@pytest.mark.parametrize(
    ("words", "figures"),
    [
        ("完成两次", "完成2次"),
        ("开展十二场", "开展12场"),
        ("开展十二场培训", "开展12场培训"),
        ("共计三十五人", "共计35人"),
        ("扣两分", "扣2分"),
        ("扣零点五分", "扣0.5分"),
        ("召开十次", "召开10次"),
        ("残疾人两项补贴", "残疾人2项补贴"),
    ],
)
def test_reads_as_digit_twin(words: str, figures: str) -> None:
    assert parse_value(words, year=2025) == parse_value(figures, year=2025)
    assert parse_target(words, year=2025) == parse_target(figures, year=2025)


@pytest.mark.parametrize("cell", PROSE)
def test_numeral_prose_stays_prose(cell: str) -> None:
    target = parse_target(cell, year=2025)
    value = parse_value(cell, year=2025)
    assert isinstance(target, Descriptive), target
    assert isinstance(value, TextValue), value
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full
    assert fast[0] == target  # type: ignore[index]
    fast, full = fast_and_full(parse_value, cell, 2025)
    assert fast == full
    assert fast[0] == value  # type: ignore[index]


def test_words_with_numerals_keep_their_reading() -> None:
    # 进一步提高: 一 is part of 进一步 (a degree word), no count of 步
    assert isinstance(parse_value("进一步提高"), QualitativeValue)
    # 合格,抽查三次: the word and its remark, no count of the remark's
    assert parse_target("合格，抽查三次") == Descriptive("合格,抽查三次")
    assert isinstance(parse_value("合格，抽查三次"), QualitativeValue)


TEXT_TARGET = "年度指标为文字描述，实际完成情况需人工判断"

VERDICTS = [
    # a value in words against a figure target was met before too (the scorer found the
    # count in the text); now the value itself is the count
    (("培训次数", "≥2次", "完成两次"), ("met", "实际2次，达到年度指标≥2次")),
    (("培训次数", "完成两次", "2次"), ("met", "实际2次，达到年度指标=2次")),
    (("培训次数", "完成两次", "1次"), ("not_met", "实际1次，未达年度指标=2次")),
    (("培训场次", "开展十二场培训", "12场"), ("met", "实际12场，达到年度指标=12场培训")),
    (("培训人数", "≥40人", "共计三十五人"), ("not_met", "实际35人，未达年度指标≥40人")),
    # 扣零点五分 was read as 5分 (not_met): it is 0.5分
    (("扣分", "≤0.5分", "扣零点五分"), ("met", "实际0.5分，达到年度指标≤0.5分")),
    (("扣分", "≤1分", "扣两分"), ("not_met", "实际2分已超出年度上限≤1分")),
    (("群众办事跑动次数", "最多跑一次", "1次"), ("met", "实际1次，达到年度指标≤1次")),
    # prose targets stay prose
    (("党建活动", "落实三会一课制度", "12次"), ("unknown", TEXT_TARGET)),
    (("补助发放", "发放一次性补助", "1次"), ("unknown", TEXT_TARGET)),
]


@pytest.mark.parametrize(("row", "expected"), VERDICTS)
def test_count_in_words_scored(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
