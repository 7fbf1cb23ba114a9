"""The r37g route of the commonest cells (2026-12-03): same objects, fewer calls.

A cell the raw pattern reads whole (``≥80.00(%)``, ``12个``, ``1.00``, ``20万元``) whose unit
is a symbol or at most two Chinese letters is its comparison or quantity as it stands: the
cached parsers build it at once (``_plain_unit``), without the technical-name test, the
``_simple_*`` builders and the unit settling that would return it unchanged. The tests pin
the objects, check with spies that those steps are no longer asked, and compare the route
with the long one (``_plain_unit`` switched off) on generated cells.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perftrack import Bound, Comparison, Op, Quantity, parse_target, parse_value
from perftrack.expressions import _grammar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


@pytest.fixture(autouse=True)
def _cold() -> Iterator[None]:
    _grammar.clear_caches()
    yield
    _grammar.clear_caches()


def _forbid(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make each of the grammar's functions *names* fail when called."""

    def fail(name: str) -> Callable[..., object]:
        def called(*args: object, **kwargs: object) -> object:
            raise AssertionError(f"{name} asked of {args!r} {kwargs!r}")

        return called

    for name in names:
        monkeypatch.setattr(_grammar, name, fail(name))


_PLAIN_TARGETS = [
    ("≥80.00(%)", Comparison(Op.GE, Decimal("80.00"), "%"), "≥80.00(%)"),
    ("12个", Comparison(Op.EQ, Decimal(12), "个"), "=12(个)"),
    ("20万元", Comparison(Op.EQ, Decimal(20), "万元"), "=20(万元)"),
    ("≤1000万元", Comparison(Op.LE, Decimal(1000), "万元"), "≤1000(万元)"),
    ("=2.00(次)", Comparison(Op.EQ, Decimal("2.00"), "次"), "=2.00(次)"),
    ("200余人", Comparison(Op.GT, Decimal(200), "人"), ">200(人)"),
    ("280人次", Comparison(Op.EQ, Decimal(280), "人次"), "=280(人次)"),
    ("≥150", Comparison(Op.GE, Decimal(150), None), "≥150"),
    ("≤5‰", Comparison(Op.LE, Decimal(5), "‰"), "≤5(‰)"),
]

_PLAIN_VALUES = [
    ("1.00", Quantity(Decimal("1.00")), "1.00"),
    ("92%", Quantity(Decimal(92), "%"), "92(%)"),
    ("600余人", Quantity(Decimal(600), "人", Bound.MORE_THAN), ">600(人)"),
    ("12万元", Quantity(Decimal(12), "万元"), "12(万元)"),
    ("163场次", Quantity(Decimal(163), "场次"), "163(场次)"),
    ("≥98%", Quantity(Decimal(98), "%", Bound.AT_LEAST), "≥98(%)"),
    ("1,200人", Quantity(Decimal(1200), "人"), "1200(人)"),
]

# The steps the route leaves out: each would return the object unchanged.
_SKIPPED = (
    "only_tech_names",
    "_simple_target",
    "_simple_value",
    "_settled_unit",
    "_settled_target_unit",
    "_after_event",
)


@pytest.mark.parametrize(("text", "expected", "shown"), _PLAIN_TARGETS)
def test_plain_target_built_at_once(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: Comparison, shown: str
) -> None:
    _forbid(monkeypatch, *_SKIPPED)
    parsed = parse_target(text)
    assert parsed == expected
    assert (type(parsed), parsed.text, str(parsed)) == (Comparison, text, shown)


@pytest.mark.parametrize(("text", "expected", "shown"), _PLAIN_VALUES)
def test_plain_value_built_at_once(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: Quantity, shown: str
) -> None:
    _forbid(monkeypatch, *_SKIPPED)
    parsed = parse_value(text)
    assert parsed == expected
    assert (type(parsed), parsed.text, str(parsed)) == (Quantity, text, shown)


@pytest.mark.parametrize(
    ("text", "target", "value"),
    [
        # a technical name: the figure is a name (only_tech_names)
        ("5G", "5G", "5G"),
        # a Latin unit of two letters: may hold a technical name's letter, the long route
        ("3D", "3D", "3D"),
        ("20kg", "=20(kg)", "20(kg)"),
        # a rate: three characters and more go the long way
        ("1次/月", "=1(次/月)", "1(次/月)"),
        # a verb after a counted noun (参展), a sum paid (元发放): settled as before
        ("38家企业参展", "=38(家企业参展)", "38(家企业)(参展)"),
        ("1500元发放", "=1500(元)(发放)", "1500(元)(发放)"),
    ],
)
def test_cells_the_route_leaves_to_the_long_one(text: str, target: str, value: str) -> None:
    assert _grammar._plain_unit(_raw_unit(text)) is False
    assert str(parse_target(text)) == target
    _grammar.clear_caches()
    assert str(parse_value(text)) == value


def _raw_unit(text: str) -> str | None:
    match = _grammar._RAW_SIMPLE_RE.fullmatch(text)
    assert match is not None
    return match[4] or match[5]


@pytest.mark.parametrize(
    ("unit", "plain"),
    [
        (None, True),
        ("%", True),
        ("℃", True),
        ("个", True),
        ("万元", True),
        ("户", False),  # ends in a letter of _ACTING_LASTS
        ("元计", False),  # a sum counted (_may_be_paid_unit)
        ("kg", False),  # Latin letters: a technical name's may be among them
        ("μg", False),
        ("次/月", False),
        ("平方公里", False),
    ],
)
def test_plain_unit(unit: str | None, plain: bool) -> None:  # noqa: FBT001
    assert _grammar._plain_unit(unit) is plain


def _outcome(parse: Callable[..., object], text: str) -> tuple[str, ...]:
    _grammar.clear_caches()
    try:
        parsed = parse(text)
    except Exception as error:  # noqa: BLE001 - the error is part of the outcome
        return ("error", type(error).__name__, str(error))
    return (repr(parsed), str(parsed), getattr(parsed, "text", ""))


_UNITS = st.sampled_from(
    [
        *("", "%", "‰", "‱", "℃", "个", "人", "万元", "人次", "户", "元计", "家企业参展"),
        *(
            "元发放",
            "次/月",
            "kg",
            "G",
            "D",
            "K",
            "年",
            "月",
            "天",
            "成",
            "级",
            "参展",
            "万",
            "亿元",
        ),
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    op=st.sampled_from(["", "≥", "≤", "=", "<", ">"]),
    number=st.sampled_from(
        ["0", "1", "12", "1.00", "80.00", "1,200", "2023", "2023.07", "20241231"]
    ),
    more=st.sampled_from(["", "余", "多"]),
    unit=_UNITS,
    bracketed=st.booleans(),
)
def test_route_gives_what_the_long_route_gives(
    op: str,
    number: str,
    more: str,
    unit: str,
    bracketed: bool,  # noqa: FBT001
) -> None:
    text = f"{op}{number}{more}" + (f"({unit})" if bracketed and unit else unit)
    routed = (_outcome(parse_target, text), _outcome(parse_value, text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_grammar, "_plain_unit", lambda _unit: False)
        long = (_outcome(parse_target, text), _outcome(parse_value, text))
    assert routed == long


# _quantity_reread: _average_within, _observed_highest and _perfective_dropped, asked only
# of a quantity that one of them can change (the bound AT_MOST, a label ending in 了).
_REREAD = ("_average_within", "_observed_highest", "_perfective_dropped")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("合格", "合格"),
        ("开展中", "开展中"),
        ("10月", "10月"),
        ("群众满意度100%", "群众满意度100(%)"),
        ("完成率100%", "完成率100(%)"),
    ],
)
def test_values_no_rereading_changes(
    monkeypatch: pytest.MonkeyPatch, text: str, shown: str
) -> None:
    _forbid(monkeypatch, *_REREAD)
    parsed = parse_value(text)
    assert (str(parsed), parsed.text) == (shown, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label ending in 了 after a change word: 了 dropped
        ("能耗下降了3.5%", Quantity(Decimal("3.5"), "%", Bound.EXACT, label="能耗下降")),
        # 了 after another word: kept
        ("完成了50个", Quantity(Decimal(50), "个", Bound.EXACT, label="完成了")),
        # an average within N minutes: exact
        ("平均12分钟内", Quantity(Decimal(12), "分钟", Bound.EXACT, label="平均")),
        # 最高 first: the highest figure observed
        ("最高5600μSv", Quantity(Decimal(5600), "μSv", Bound.EXACT, label="最高")),
        # a ceiling said twice stays a ceiling
        ("最高不超过5%", Quantity(Decimal(5), "%", Bound.AT_MOST)),
        ("≤5%", Quantity(Decimal(5), "%", Bound.AT_MOST)),
    ],
)
def test_values_the_rereading_changes(text: str, expected: Quantity) -> None:
    parsed = parse_value(text)
    assert parsed == expected
    assert parsed.text == text
