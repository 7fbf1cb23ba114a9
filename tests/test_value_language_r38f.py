"""r38f: value-language gaps (caps named first, points in words, service slogans,
counts after a part of the year, shares past half in words).

1. A cap or a floor word before a target's figure (``封顶100元``, ``保底3万元``,
   ``补助标准封顶100元``, ``封顶为100元``) is its ``≤`` or ``≥``, as ``100元封顶`` (r37a) and
   ``上限50人`` are; ``最高``/``最低`` before a verb of granting (``最高补助2000元``) bound
   what is granted. ``封顶2栋`` and ``18层封顶`` stay the works topped out; ``最低工资标准``
   keeps its noun phrase. Values keep the word as their label, as ``上限`` in a value does.
2. A decimal in words before 分 with nothing but an operator or a points word before it
   (``零点五分``, ``≥零点五分``, ``扣分零点五分``) is points; ``下午三点五分`` stays a time.
   ``扣半分`` is half a point, as ``半分`` alone is.
3. Service slogans stay prose: ``一次办好``, ``一次办成``, ``一次告知`` (次 before a verb of
   handling a matter: "in one visit", no count of 次办好), and a bounded count in words
   after a verb of realising (``实现最多跑一次``: the reform carried out). The bare promise
   ``最多跑一次`` stays the count (parse54 M15).
4. A count in a remark after a quarter or a half of the year (``2024年上半年完成，共2处``,
   ``2023年第三季度完成，累计5场``) is the count carrying that date, as after a month (r37v).
5. ``进度过半`` alone and ``已完成大半`` (``完成大半``) are a share past half, partly done,
   as ``已完成过半`` is.
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
    Status,
    TextValue,
)
from probe_tables import self_reading

D = Decimal
TEXT_TARGET = "年度指标为文字描述，实际完成情况需人工判断"

TARGETS = [
    # 1. caps and floors named before the figure
    ("封顶100元", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    ("封顶：100元", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    ("封顶为100元", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    ("封顶100元/人", Comparison(Op.LE, D(100), "元/人"), "≤100(元/人)"),
    ("封顶100%", Comparison(Op.LE, D(100), "%"), "≤100(%)"),
    ("封顶一百元", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    ("补助标准封顶100元", Comparison(Op.LE, D(100), "元", "补助标准"), "补助标准≤100(元)"),
    ("每人封顶100元", Comparison(Op.LE, D(100), "元", "每人"), "每人≤100(元)"),
    ("保底3万元", Comparison(Op.GE, D(3), "万元"), "≥3(万元)"),
    ("保底为3万元", Comparison(Op.GE, D(3), "万元"), "≥3(万元)"),
    ("兜底3万元", Comparison(Op.GE, D(3), "万元"), "≥3(万元)"),
    ("托底1000元", Comparison(Op.GE, D(1000), "元"), "≥1000(元)"),
    ("封顶100元以内", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    ("最高补助2000元", Comparison(Op.LE, D(2000), "元", "补助"), "补助≤2000(元)"),
    ("最高可补助2000元", Comparison(Op.LE, D(2000), "元", "补助"), "补助≤2000(元)"),
    ("每人最高补助2000元", Comparison(Op.LE, D(2000), "元", "每人补助"), "每人补助≤2000(元)"),
    ("最高奖励5万元", Comparison(Op.LE, D(5), "万元", "奖励"), "奖励≤5(万元)"),
    ("最低补助500元", Comparison(Op.GE, D(500), "元", "补助"), "补助≥500(元)"),
    ("每户最低补贴500元", Comparison(Op.GE, D(500), "元", "每户补贴"), "每户补贴≥500(元)"),
    # as before: the ceiling word 上限, the word after the figure, the works topped out,
    # a noun phrase after 最高/最低, another operator before the word
    ("上限50人", Comparison(Op.LE, D(50), "人"), "≤50(人)"),
    ("100元封顶", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    ("18层封顶", Comparison(Op.EQ, D(18), "层封顶"), "=18(层封顶)"),
    ("封顶2栋", Comparison(Op.EQ, D(2), "栋", "封顶"), "封顶=2(栋)"),
    ("主体封顶3栋", Comparison(Op.EQ, D(3), "栋", "主体封顶"), "主体封顶=3(栋)"),
    ("完成封顶2栋", Comparison(Op.EQ, D(2), "栋", "完成封顶"), "完成封顶=2(栋)"),
    (
        "最低工资标准2000元",
        Comparison(Op.EQ, D(2000), "元", "最低工资标准"),
        "最低工资标准=2000(元)",
    ),
    ("最高气温35℃", Comparison(Op.EQ, D(35), "℃", "最高气温"), "最高气温=35(℃)"),
    ("封顶=100元", Comparison(Op.EQ, D(100), "元", "封顶"), "封顶=100(元)"),
    # 2. points in words
    ("零点五分", Comparison(Op.EQ, D("0.5"), "分"), "=0.5(分)"),
    ("一点五分", Comparison(Op.EQ, D("1.5"), "分"), "=1.5(分)"),
    ("≥零点五分", Comparison(Op.GE, D("0.5"), "分"), "≥0.5(分)"),
    ("不超过零点五分", Comparison(Op.LE, D("0.5"), "分"), "≤0.5(分)"),
    ("扣分零点五分", Comparison(Op.EQ, D("0.5"), "分", "扣分"), "扣分=0.5(分)"),
    ("两分", Comparison(Op.EQ, D(2), "分"), "=2(分)"),
    ("扣半分", Comparison(Op.EQ, D("0.5"), "分", "扣"), "扣=0.5(分)"),
    ("下午三点五分", Descriptive("下午三点五分"), "下午三点五分"),
    ("零点五分钟", Descriptive("零点五分钟"), "零点五分钟"),
    # 3. service slogans
    ("一次办好", Descriptive("一次办好"), "一次办好"),
    ("一次办成", Descriptive("一次办成"), "一次办成"),
    ("一次告知", Descriptive("一次告知"), "一次告知"),
    ("一次搞定", Descriptive("一次搞定"), "一次搞定"),
    ("实现最多跑一次", Descriptive("实现最多跑一次"), "实现最多跑一次"),
    ("落实最多跑一次", Descriptive("落实最多跑一次"), "落实最多跑一次"),
    (
        "全面实现群众办事最多跑一次",
        Descriptive("全面实现群众办事最多跑一次"),
        "全面实现群众办事最多跑一次",
    ),
    ("实现一次办结", Descriptive("实现一次办结"), "实现一次办结"),
    ("一网通办", Descriptive("一网通办"), "一网通办"),
    ("一次性告知", Descriptive("一次性告知"), "一次性告知"),
    ("一站式服务", Descriptive("一站式服务"), "一站式服务"),
    # as before: the promise alone, with its subject, and counts of handling
    ("最多跑一次", Comparison(Op.LE, D(1), "次", "跑"), "跑≤1(次)"),
    ("群众办事最多跑一次", Comparison(Op.LE, D(1), "次", "群众办事跑"), "群众办事跑≤1(次)"),
    ("办理一次", Comparison(Op.EQ, D(1), "次", "办理"), "办理=1(次)"),
    ("2次验收", Comparison(Op.EQ, D(2), "次验收"), "=2(次验收)"),
    ("一次办好率100%", Comparison(Op.EQ, D(100), "%", "一次办好率"), "一次办好率=100(%)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_target(canonical) == parsed


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_target_fast_paths_agree(cell: str, expected: object, canonical: str) -> None:
    fast, full = fast_and_full(parse_target, cell, None)
    assert fast == full == (expected, canonical, cell)


def _when(year: int, part: Part) -> DateValue:
    return DateValue(year, None, None, None, part)


PAST_HALF = Quantity(D(50), "%", Bound.MORE_THAN, status=Status.PARTIAL)

VALUES = [
    # 1. a value keeps its limit word as its label, as 上限 in a value does
    ("封顶100元", Quantity(D(100), "元", label="封顶"), "封顶100(元)"),
    ("最高补助2000元", Quantity(D(2000), "元", label="最高补助"), "最高补助2000(元)"),
    # 2. points in words
    ("零点五分", Quantity(D("0.5"), "分"), "0.5(分)"),
    ("九点五分", Quantity(D("9.5"), "分"), "9.5(分)"),
    ("≤零点五分", Quantity(D("0.5"), "分", Bound.AT_MOST), "≤0.5(分)"),
    ("扣分零点五分", Quantity(D("0.5"), "分", label="扣分"), "扣分0.5(分)"),
    ("扣零点五分", Quantity(D("0.5"), "分", label="扣"), "扣0.5(分)"),
    ("两分", Quantity(D(2), "分"), "2(分)"),
    ("扣半分", Quantity(D("0.5"), "分", label="扣"), "扣0.5(分)"),
    ("共扣半分", Quantity(D("0.5"), "分", label="共扣"), "共扣0.5(分)"),
    ("多半分", TextValue("多半分"), "多半分"),
    ("下午三点五分", TextValue("下午三点五分"), "下午三点五分"),
    ("凌晨零点五分", TextValue("凌晨零点五分"), "凌晨零点五分"),
    # 3. service slogans
    ("一次办好", TextValue("一次办好"), "一次办好"),
    ("一次告知", TextValue("一次告知"), "一次告知"),
    ("实现最多跑一次", TextValue("实现最多跑一次"), "实现最多跑一次"),
    ("做到最多跑一次", TextValue("做到最多跑一次"), "做到最多跑一次"),
    ("最多跑一次", Quantity(D(1), "次", label="最多跑"), "最多跑1(次)"),
    # 4. counts after a part of the year
    (
        "2024年上半年完成，共2处",
        Quantity(D(2), "处", label="2024年上半年完成共", when=_when(2024, Part.HALF_1)),
        "2024年上半年完成共2(处)",
    ),
    (
        "2023年第三季度完成，累计5场",
        Quantity(D(5), "场", label="2023年第三季度完成累计", when=_when(2023, Part.QUARTER_3)),
        "2023年第三季度完成累计5(场)",
    ),
    (
        "2024年下半年完成，共3处",
        Quantity(D(3), "处", label="2024年下半年完成共", when=_when(2024, Part.HALF_2)),
        "2024年下半年完成共3(处)",
    ),
    (
        "2024年上半年（2处）",
        Quantity(D(2), "处", label="2024年上半年", when=_when(2024, Part.HALF_1)),
        "2024年上半年2(处)",
    ),
    # as before: a month (r37v), a year alone, no work done
    (
        "2024年6月完成，累计3场",
        Quantity(D(3), "场", label="2024年6月完成累计", when=DateValue(2024, 6)),
        "2024年6月完成累计3(场)",
    ),
    ("2024年完成，共2处", TextValue("2024年完成,共2处"), "2024年完成,共2处"),
    ("2024年上半年完成，共0处", TextValue("2024年上半年完成,共0处"), "2024年上半年完成,共0处"),
    # 5. shares past half in words
    ("进度过半", PAST_HALF, "已完成>50(%)"),
    ("工程进度过半", PAST_HALF, "已完成>50(%)"),
    ("工程进度已过半", PAST_HALF, "已完成>50(%)"),
    ("已完成大半", PAST_HALF, "已完成>50(%)"),
    ("完成大半", PAST_HALF, "已完成>50(%)"),
    ("完成过半", PAST_HALF, "已完成>50(%)"),
    (
        "正在开展，已完成大半",
        Quantity(D(50), "%", Bound.MORE_THAN, "已完成", Status.IN_PROGRESS),
        "进行中,已完成>50(%)",
    ),
    # as before: the time's progress, no share of the work; a forecast
    ("序时进度过半", TextValue("序时进度过半"), "序时进度过半"),
    ("时间过半", TextValue("时间过半"), "时间过半"),
    ("大半", TextValue("大半"), "大半"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_value(cell)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_value(canonical) == parsed


@pytest.mark.parametrize(("cell", "expected", "canonical"), VALUES)
def test_value_fast_paths_agree(cell: str, expected: object, canonical: str) -> None:
    fast, full = fast_and_full(parse_value, cell, None)
    assert fast == full == (expected, canonical, cell)


VERDICTS = [
    (("补助标准", "封顶100元", "90元"), ("met", "实际90元，达到年度指标≤100元")),
    (("补助标准", "最高补助2000元", "1800元"), ("met", "实际1800元，达到年度指标≤2000元")),
    (("村集体收入", "保底3万元", "2万元"), ("not_met", "实际2万元，未达年度指标≥3万元")),
    (("主体施工", "封顶2栋", "2栋"), ("met", "实际2栋，达到年度指标=2栋")),
    (("扣分", "≤0.2分", "零点五分"), ("not_met", "实际0.5分已超出年度上限≤0.2分")),
    # the scorer found 5分 in the text before: not_met
    (("扣分", "≤1分", "零点五分"), ("met", "实际0.5分，达到年度指标≤1分")),
    (("补助标准", "封顶100元", "120元"), ("not_met", "实际120元已超出年度上限≤100元")),
    # 扣半分 was text before: unknown
    (("扣分", "≤1分", "扣半分"), ("met", "实际0.5分，达到年度指标≤1分")),
    (("群众办事跑动次数", "最多跑一次", "1次"), ("met", "实际1次，达到年度指标≤1次")),
    (("工程进度", "≥50%", "进度过半"), ("met", "实际超过50%，达到年度指标≥50%")),
    (("工程进度", "≥60%", "已完成大半"), ("unknown", "实际超过50%不能确定是否达到年度指标≥60%")),
    (("改造数量", "≥2处", "2024年上半年完成，共2处"), ("met", "实际2处，达到年度指标≥2处")),
]


@pytest.mark.parametrize(("row", "expected"), VERDICTS)
def test_verdict(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
