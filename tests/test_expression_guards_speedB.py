"""The cheap tests before patterns that rarely match (eighth 2026-11-30 speed session).

Each guard lets a cell skip a pattern only when the pattern cannot match it: these tests
check that on cells the pattern does match (the guard must let them through), on a
property over the characters the patterns are made of, and on the parses that go
through the guarded steps (the same objects as before the guards).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perftrack import Bound, Comparison, Descriptive, Op, Quantity, parse_target, parse_value
from perftrack.expressions import _grammar
from perftrack.expressions._grammar import (
    _ACTING_LASTS,
    _COUNTED_ACTING_RE,
    _GLUED_WORDS_RE,
    _MAP_SCALE_CHARS,
    _MAP_SCALE_RE,
    _MONEY_PAID_UNIT_RE,
    _NUMBERED_NAME_RE,
    _may_be_paid_unit,
    _may_hold_numbered_name,
)

# Characters the guarded patterns are written with, and a few others.
_ALPHABET = (
    '0123456789.:：\u2236%（）()“”"「」『』/·-'
    "元万亿千发放拨付兑支助理赔补偿到位完毕标准足额按时及全"
    "平台分钟圈个百之三公经费一二五十"
    "家人项参展会赛训加与保入驻落户园受获益就业签约投产"
    "的均为已部都执行计算满意监测地形图"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("通过832平台采购762万元", id="platform"),
        pytest.param("建成“15分钟健身圈”覆盖率92%", id="quoted"),
        pytest.param("15分钟健身圈", id="minutes-circle"),
        pytest.param("实现六个百分之百", id="hundred-percents"),
        pytest.param("三公经费下降", id="three-public"),
        pytest.param("「5G」基站", id="corner-quotes"),
        pytest.param("『12345』热线", id="white-corner-quotes"),
        pytest.param('"12345"热线', id="ascii-quotes"),
    ],
)
def test_numbered_name_guard_lets_matches_through(text: str) -> None:
    assert _NUMBERED_NAME_RE.search(text) is not None
    assert _may_hold_numbered_name(text) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("（1:2000）", True, id="bracketed"),
        pytest.param("1\u2236500地形图", True, id="ratio-colon"),
        pytest.param("1：500地形图", True, id="full-width-colon"),
        pytest.param("完成地形图测绘118平方公里", False, id="no-colon"),
    ],
)
def test_map_scale_chars(text: str, *, expected: bool) -> None:
    assert (not _MAP_SCALE_CHARS.isdisjoint(text)) is expected
    if not expected:
        assert _MAP_SCALE_RE.search(text) is None


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        pytest.param("元发放", True, id="yuan-paid"),
        pytest.param("万元拨付到位", True, id="scaled-yuan-paid"),
        pytest.param("元/人标准发放", True, id="per-person"),
        pytest.param("万元", False, id="two-characters"),
        pytest.param("%", False, id="percent"),
        pytest.param("人次发放", False, id="no-yuan"),
    ],
)
def test_paid_unit_guard(unit: str, *, expected: bool) -> None:
    assert _may_be_paid_unit(unit) is expected
    assert (_MONEY_PAID_UNIT_RE.fullmatch(unit) is not None) <= expected


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("家企业参展", id="exhibit"),
        pytest.param("人参训", id="train"),
        pytest.param("家落户", id="settle"),
        pytest.param("个投产", id="produce"),
    ],
)
def test_acting_lasts_let_matches_through(unit: str) -> None:
    assert _COUNTED_ACTING_RE.fullmatch(unit) is not None
    assert unit[-1:] in _ACTING_LASTS


@given(st.text(alphabet=_ALPHABET, max_size=14))
def test_guards_are_conservative(text: str) -> None:
    if _NUMBERED_NAME_RE.search(text) is not None:
        assert _may_hold_numbered_name(text)
    if _MAP_SCALE_RE.search(text) is not None:
        assert not _MAP_SCALE_CHARS.isdisjoint(text)
    if _MONEY_PAID_UNIT_RE.fullmatch(text) is not None:
        assert _may_be_paid_unit(text)
    if _COUNTED_ACTING_RE.fullmatch(text) is not None:
        assert text[-1:] in _ACTING_LASTS
    if _GLUED_WORDS_RE.fullmatch(text) is not None:
        assert any(word in text for word in ("的", "均", "全", "执行", "计算"))
    if _grammar._EVERY_ONE_DUE_RE.fullmatch(text) is not None:
        assert "应保尽保" in text
    if _grammar.STANDARD_CODE_RE.search(text) is not None:
        assert "-" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "通过832平台采购762万元",
            Quantity(Decimal(762), "万元", Bound.EXACT, label="通过832平台采购"),
            id="numbered-name",
        ),
        pytest.param(
            "完成1:2000地形图测绘118平方公里",
            Quantity(Decimal(118), "平方公里", label="完成地形图测绘", note="1:2000"),
            id="map-scale",
        ),
        pytest.param(
            "处置含水率80%污泥2.16万吨",
            Quantity(Decimal("2.16"), "万吨", label="处置污泥", note="含水率80%"),
            id="spec-percent",
        ),
        pytest.param(
            "组织38家企业参展",
            Quantity(Decimal(38), "家企业", label="组织", note="参展"),
            id="counted-acting",
        ),
        pytest.param(
            "按每件1500元发放",
            Quantity(Decimal(1500), "元", label="按每件", note="发放"),
            id="money-paid",
        ),
        pytest.param("6项均为满意", Quantity(Decimal(6), "项", note="均为满意"), id="glued"),
        pytest.param("3个月的监测", Quantity(Decimal(3), "个月", note="监测"), id="glued-noun"),
    ],
)
def test_values_through_guarded_steps(text: str, expected: object) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "实现应保尽保",
            Comparison(Op.EQ, Decimal(100), "%", note="应保尽保"),
            id="every-one-due",
        ),
        pytest.param(
            "应保尽保率98%",
            Comparison(Op.EQ, Decimal(98), "%", label="应保尽保率"),
            id="every-one-due-rate",
        ),
        pytest.param("符合CJJ45-2015标准", Descriptive("符合CJJ45-2015标准"), id="standard-code"),
        pytest.param(
            "按每件1500元发放",
            Comparison(Op.EQ, Decimal(1500), "元", label="按每件", note="发放"),
            id="money-paid",
        ),
    ],
)
def test_targets_through_guarded_steps(text: str, expected: object) -> None:
    assert parse_target(text) == expected
