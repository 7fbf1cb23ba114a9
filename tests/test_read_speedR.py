"""The reader's speed-ups keep what a read gives (second 2026-12-01 speed session).

Model objects built by :func:`perftrack._construct.fast_constructor` are the objects
their classes build: same class, equal, same hash, same fields. A class whose
``__init__`` does more than store its arguments is built by the class itself.
"""

from __future__ import annotations

import gc
import weakref
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import perftrack
from perftrack import ReadError
from perftrack._construct import fast_constructor
from perftrack.model import BudgetLine, BudgetRole, Indicator, Position
from perftrack.readers import _decode, _grid
from perftrack.readers._text import read_tsv

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"

_CELL = Position("表.xlsx", "Sheet1", 17, 5)


def _fields(obj: object) -> dict[str, Any]:
    return {field.name: getattr(obj, field.name) for field in attrs.fields(type(obj))}


@pytest.mark.parametrize(
    ("cls", "args", "kwargs"),
    [
        pytest.param(Position, ("表.xlsx", "Sheet1", 17, 5), {}, id="position-positional"),
        pytest.param(Position, (None, None), {"row": 3, "column": 1}, id="position-keywords"),
        pytest.param(Indicator, ("培训人次",), {}, id="indicator-defaults"),
        pytest.param(
            Indicator,
            (),
            {
                "name": "培训人次",
                "level1": "产出指标",
                "level2": "数量指标",
                "raw_name": "1.培训人次★",
                "core": True,
                "weight": Decimal(10),
                "position": _CELL,
                "cells": (("name", _CELL),),
            },
            id="indicator-keywords",
        ),
        pytest.param(
            BudgetLine,
            (BudgetRole.TOTAL, "年度资金总额"),
            {"initial": Decimal("120.00"), "position": _CELL, "printed": (("initial", "120"),)},
            id="budget-line",
        ),
    ],
)
def test_fast_constructor_builds_what_the_class_builds(
    cls: type[Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    made = fast_constructor(cls)(*args, **kwargs)
    built = cls(*args, **kwargs)
    assert type(made) is cls
    assert made == built
    assert hash(made) == hash(built)
    assert repr(made) == repr(built)
    assert _fields(made) == _fields(built)


@attrs.frozen
class _Validated:
    value: int = attrs.field(validator=attrs.validators.instance_of(int))


@attrs.frozen
class _Converted:
    value: int = attrs.field(converter=int)


@attrs.frozen
class _Factory:
    values: list[int] = attrs.field(factory=list)


@attrs.frozen(cache_hash=True)
class _CachedHash:
    value: int


@attrs.frozen
class _Hooked:
    value: int

    def __attrs_post_init__(self) -> None:
        pass


@attrs.frozen
class _Private:
    _value: int


@attrs.define(slots=False)
class _Dict:
    value: int


@pytest.mark.parametrize(
    "cls",
    [
        pytest.param(_Validated, id="validator"),
        pytest.param(_Converted, id="converter"),
        pytest.param(_Factory, id="factory"),
        pytest.param(_CachedHash, id="cached-hash"),
        pytest.param(_Hooked, id="post-init"),
        pytest.param(_Private, id="alias"),
        pytest.param(_Dict, id="no-slots"),
        pytest.param(int, id="not-attrs"),
    ],
)
def test_fast_constructor_leaves_other_classes_to_themselves(cls: type[Any]) -> None:
    assert fast_constructor(cls) is cls


def test_the_grid_reader_builds_through_fast_constructors() -> None:
    assert [
        made.__name__
        for made in (_grid._new_position, _grid._new_indicator, _grid._new_budget_line)
    ] == ["make_Position", "make_Indicator", "make_BudgetLine"]


def test_seed_tables_are_of_the_model_classes() -> None:
    tables = perftrack.read(SEED.read_bytes(), name="seed.txt")
    indicators = [indicator for table in tables for indicator in table.indicators]
    assert len(indicators) == 24
    assert {type(indicator) for indicator in indicators} == {Indicator}
    positions = [position for indicator in indicators for _, position in indicator.cells]
    assert {type(position) for position in positions} == {Position}
    assert indicators[0].position == Position("seed.txt", None, 17, 4)


# ---------------------------------------------------------------------------
# What a read keeps goes to the collector's oldest generation, unless objects are frozen


def _young(obj: object) -> bool:
    return any(
        young is obj for generation in (0, 1) for young in gc.get_objects(generation=generation)
    )


@pytest.mark.parametrize(
    ("frozen", "young"),
    [
        pytest.param(False, False, id="nothing-frozen"),
        pytest.param(True, True, id="caller-froze-objects"),
    ],
)
def test_a_read_hands_its_tables_to_the_oldest_generation(frozen: bool, young: bool) -> None:  # noqa: FBT001
    was = gc.isenabled()
    gc.enable()
    gc.collect()
    if frozen:
        gc.freeze()
    try:
        frozen_count = gc.get_freeze_count()
        tables = perftrack.read(SEED.read_bytes(), name="seed.txt")
        assert gc.isenabled()
        assert gc.get_freeze_count() == frozen_count
        assert _young(tables[0].indicators[0]) is young
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_a_callers_young_cycles_are_collected_not_kept_by_a_read() -> None:
    was = gc.isenabled()
    gc.enable()
    gc.collect()
    try:
        first, second = _Node(), _Node()
        first.other, second.other = second, first  # a cycle, then garbage
        alive = weakref.ref(first)
        del first, second
        perftrack.read(SEED.read_bytes(), name="seed.txt")
        assert alive() is None
    finally:
        (gc.enable if was else gc.disable)()


# ---------------------------------------------------------------------------
# A TSV within the size limits is split without a check per line, and refused where it was


@pytest.mark.parametrize(
    ("text", "rows", "error"),
    [
        pytest.param(
            "名称\t值\n培训\t12\n",
            (("名称", "值"), ("培训", "12")),
            None,
            id="small",
        ),
        pytest.param(
            "名称\t值\t\t\t\t\n培训\t12\t\t\t\t\n满意度\t95%\t\t\t\t\n",
            (
                ("名称", "值", "", "", "", ""),
                ("培训", "12", "", "", "", ""),
                ("满意度", "95%", "", "", "", ""),
            ),
            None,
            id="trailing-tabs-within-the-limit",
        ),
        pytest.param(
            "a\tb\tc\td\n" * 4,
            None,
            "表.txt: 第4行: 表格过大：已读出 4 行、最宽 4 列，超过 12 个单元格的上限，请拆分后再读取",
            id="refused-at-its-line",
        ),
    ],
)
def test_tsv_size_is_checked_as_before(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    rows: tuple[tuple[str, ...], ...] | None,
    error: str | None,
) -> None:
    monkeypatch.setattr(_decode, "MAX_CELLS", 12)
    if error is None:
        assert read_tsv(text, file="表.txt")[0].rows == rows
    else:
        with pytest.raises(ReadError) as caught:
            read_tsv(text, file="表.txt")
        assert str(caught.value) == error
