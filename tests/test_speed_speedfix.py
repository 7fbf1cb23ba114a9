"""The memoised helpers of the seventh 2026-11-30 speed pass: same answers, bounded caches."""

from __future__ import annotations

import datetime as dt

import pytest

from perftrack import parse_target
from perftrack.expressions._model import Part, _due_date
from perftrack.model import Direction, Indicator, column_letters
from perftrack.scoring._findings import _direction_slip, _duplicate_key, _named_slip


@pytest.mark.parametrize(
    ("name", "target", "direction", "expected"),
    [
        pytest.param("设备故障率", "≥5%", None, Direction.LOWER, id="harm-floor"),
        pytest.param("居民满意度", "≤90%", None, Direction.HIGHER, id="share-ceiling"),
        pytest.param("投诉处理率", "≥95%", None, None, id="handled"),
        pytest.param("单位GDP能耗下降率", "≥3%", Direction.LOWER, None, id="name-backs-floor"),
        pytest.param("设备故障率", "≥5%", Direction.HIGHER, None, id="printed-confirms"),
        # the same name asked again with another print: the cache keys on the print too
        pytest.param("设备故障率", "≥5%", Direction.LOWER, Direction.LOWER, id="printed-lower"),
    ],
)
def test_direction_slip_memoised(
    name: str, target: str, direction: Direction | None, expected: Direction | None
) -> None:
    row = Indicator(name, target=parse_target(target), direction=direction)
    assert _direction_slip(row, row.target) is expected
    assert _direction_slip(row, row.target) is expected  # from the cache


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("重点人群签约 覆盖率", "重点人群签约覆盖率", id="space"),
        pytest.param("培训人次（人次）", "培训人次", id="unit-bracket"),
        pytest.param("党群之家(文体中心)", "党群之家(文体中心)", id="other-bracket"),
    ],
)
def test_duplicate_key_memoised(name: str, expected: str) -> None:
    assert _duplicate_key(name) == expected
    assert _duplicate_key(name) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param((2024, 2, None, Part.MONTH), dt.date(2024, 2, 29), id="leap-month"),
        pytest.param((2023, 2, None, Part.MONTH_END), dt.date(2023, 2, 28), id="month-end"),
        pytest.param((2024, None, None, Part.QUARTER_3), dt.date(2024, 9, 30), id="quarter"),
        pytest.param((None, 6, 30, Part.DAY), None, id="no-year"),
    ],
)
def test_due_date_memoised(
    args: tuple[int | None, int | None, int | None, Part], expected: dt.date | None
) -> None:
    assert _due_date(*args) == expected
    assert _due_date(*args) == expected


def test_invalid_day_raises_every_time() -> None:
    for _ in range(2):  # an exception is not cached: raised again
        with pytest.raises(ValueError, match="day is out of range"):
            _due_date(2023, 2, 30, Part.DAY)


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        pytest.param(1, "A", id="first"),
        pytest.param(26, "Z", id="z"),
        pytest.param(27, "AA", id="aa"),
        pytest.param(703, "AAA", id="aaa"),
    ],
)
def test_column_letters_memoised(column: int, expected: str) -> None:
    assert column_letters(column) == expected
    assert column_letters(column) == expected


@pytest.mark.parametrize(
    "cached",
    [
        pytest.param(_named_slip, id="named-slip"),
        pytest.param(_duplicate_key, id="duplicate-key"),
        pytest.param(_due_date, id="due-date"),
        pytest.param(column_letters, id="column-letters"),
    ],
)
def test_caches_bounded(cached: object) -> None:
    info = cached.cache_info()  # type: ignore[attr-defined]
    assert info.maxsize is not None
    assert info.maxsize <= 4096
