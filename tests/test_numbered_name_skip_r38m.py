"""r38m: a digit-free cell whose quoted name holds a numeral skips its masked second read.

``覆盖园区“两新”党组织``: 两 makes “两新” a numbered name, and _with_numbered_name read the
cell again with the numeral masked (``覆盖园区“㐀新”党组织``), to find a quantity labelled
with the name. With the name masked no figure is left, and no word a figure-free quantity
is read from (_figure_free): that read is no labelled quantity, so it is skipped.

A table pins the parses of such cells (and of those that keep the read), a call count
pins the skip, and a property compares the skip with the read it saves (_FAST_PATHS off).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perftrack import Bound, Quantity, TextValue, parse_value
from perftrack.expressions import _grammar
from perftrack.expressions._grammar import _with_numbered_name

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def _cold() -> Iterator[None]:
    _grammar.clear_caches()
    yield
    _grammar.clear_caches()


CASES: list[tuple[str, object]] = [
    ("覆盖园区“两新”党组织", TextValue("覆盖园区“两新”党组织")),
    ("加强“三会一课”制度", TextValue("加强“三会一课”制度")),
    ("落实“两个责任”,做好“三重一大”决策", TextValue("落实“两个责任”,做好“三重一大”决策")),
    # a figure-free quantity outside the name: the masked read still runs
    (
        "“两新”组织负增长",
        Quantity(Decimal(0), "%", Bound.LESS_THAN, label="“两新”组织增长"),
    ),
    ("“两新”AA级", Quantity(Decimal(2), "A级", Bound.EXACT, label="“两新”")),
]


@pytest.mark.parametrize(("cell", "expected"), CASES)
@pytest.mark.parametrize("year", [None, 2023])
def test_parse(cell: str, expected: object, year: int | None) -> None:
    assert parse_value(cell, year=year) == expected


@pytest.mark.parametrize(
    ("masked", "free"),
    [
        ("覆盖园区“\u3400新”党组织", True),
        ("加强“\u3400会\u3400课”制度", True),
        ("“\u3400新”组织负增长", False),  # 增长
        ("“\u3400新”AA级", False),  # a Latin grade
        ("扣“\u3400新”半分", False),  # 半
        ("“\u3400新”组织增加一倍", False),  # a numeral
        ("“\u3400新”组织实现全覆盖", False),  # 全覆盖
        ("“\u3400新”组织当日办结", False),  # a same-day word
        ("“\u3400新”组织覆盖率", True),
    ],
)
def test_figure_free(masked: str, free: bool) -> None:  # noqa: FBT001
    assert _grammar._figure_free(masked) is free


def test_masked_read_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    inner = _grammar._parse_value_uncached

    def counted(text: str, year: int | None, **kwargs: Any) -> Any:
        reads.append(text)
        return inner(text, year, **kwargs)

    monkeypatch.setattr(_grammar, "_parse_value_uncached", counted)
    assert parse_value("覆盖园区“两新”党组织", year=2023) == TextValue("覆盖园区“两新”党组织")
    assert reads == ["覆盖园区“两新”党组织"]  # (was also 覆盖园区“㐀新”党组织)


_NAMES = ["“两新”", "“三会一课”", "“十四五”", "“一件事”", "“百千万”", "“双十”", "“832”"]
_WORDS = [
    "覆盖", "园区", "党组织", "加强", "制度", "落实", "增长", "负增长", "全覆盖", "实现",
    "半", "扣", "分", "AA级", "倍", "增加", "当日办结", "小时", "率", "达", "个", "人",
    "一", "两", "十", "万", "壹", "%", "/", ",", "，", "。", "应保尽保", "过半", "完成",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAMES + _WORDS), min_size=1, max_size=5))
def test_skip_matches_the_read(parts: list[str]) -> None:
    text = "".join(parts)
    fast = _with_numbered_name(text, 2023)
    _grammar.clear_caches()
    _grammar._FAST_PATHS = False
    try:
        slow = _with_numbered_name(text, 2023)
    finally:
        _grammar._FAST_PATHS = True
        _grammar.clear_caches()
    assert repr(fast) == repr(slow)
