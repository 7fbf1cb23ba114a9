"""parse38 H2 and M2: a long scope note in a label's bracket; a noun after a target's count.

H2: the 公立医院 rates are defined with brackets such as （不含药品、耗材、检查、化验收入）;
a bracket of 12 characters or fewer was already read, a longer one made the cell text.
M2: ``≥5篇统计分析报告获领导批示`` is ≥5(篇), the noun phrase its note (it was descriptive).
M3: ``≥序时进度的90%`` is ``序时进度的≥90(%)``, as ``序时进度的90%以上`` was.
Each case is the exact object.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Comparison, Descriptive, Op, Quantity, TextValue, parse_target, parse_value

SERVICE = "医疗服务收入(不含药品、耗材、检查、化验收入)占比"
PRIMARY = "基层医疗卫生机构(含村卫生室、社区卫生服务站)诊疗量占比"

VALUES = [
    pytest.param(
        "医疗服务收入（不含药品、耗材、检查、化验收入）占比33.8%",
        Quantity(Decimal("33.8"), "%", label=SERVICE),
        id="h2-not-including-note",
    ),
    pytest.param(
        "基层医疗卫生机构（含村卫生室、社区卫生服务站）诊疗量占比61.2%",
        Quantity(Decimal("61.2"), "%", label=PRIMARY),
        id="h2-including-note",
    ),
    pytest.param(
        "医疗服务收入（不含药品耗材）占比33.8%",
        Quantity(Decimal("33.8"), "%", label="医疗服务收入(不含药品耗材)占比"),
        id="h2-short-bracket-unchanged",
    ),
    pytest.param(
        "医疗服务收入（其中药品、耗材、检查、化验收入）占比33.8%",
        TextValue("医疗服务收入(其中药品、耗材、检查、化验收入)占比33.8%"),
        id="h2-long-bracket-not-a-scope-note-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_values(text: str, expected: object) -> None:
    assert parse_value(text) == expected


TARGETS = [
    pytest.param(
        "≥5篇统计分析报告",
        Comparison(Op.GE, Decimal(5), "篇", note="统计分析报告"),
        id="m2-noun-after-count",
    ),
    pytest.param(
        "≥5篇统计分析报告获领导批示",
        Comparison(Op.GE, Decimal(5), "篇", note="统计分析报告获领导批示"),
        id="m2-noun-and-verb-after-count",
    ),
    pytest.param(
        "不少于5篇报告获市领导批示",
        Comparison(Op.GE, Decimal(5), "篇", note="报告获市领导批示"),
        id="m2-bound-word",
    ),
    pytest.param("≥5篇报告", Comparison(Op.GE, Decimal(5), "篇报告"), id="m2-short-noun-unchanged"),
    pytest.param(
        "5篇统计分析报告获领导批示",
        Descriptive("5篇统计分析报告获领导批示"),
        id="m2-no-bound-unchanged",
    ),
    pytest.param(
        "≤3起重大安全生产责任事故",
        Descriptive("≤3起重大安全生产责任事故"),
        id="m2-ceiling-unchanged",
    ),
]


TARGETS += [
    pytest.param(
        "≥序时进度的90%",
        Comparison(Op.GE, Decimal(90), "%", label="序时进度的"),
        id="m3-bound-before-base",
    ),
    pytest.param(
        "≥计划的95%",
        Comparison(Op.GE, Decimal(95), "%", label="计划的"),
        id="m3-bound-before-plan",
    ),
    pytest.param("≥序时进度", Descriptive("≥序时进度"), id="m3-no-share-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_targets(text: str, expected: object) -> None:
    target = parse_target(text)
    assert target == expected
    assert parse_target(str(target)) == expected
