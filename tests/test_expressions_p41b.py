"""Values from 政务服务一网通办 tables (parse41, p41b).

- M2: a count then the quoted noun it counts (``上线21个“一件事”``) is the count, the
  quoted noun its note, as ``上线21个（“一件事”）`` is; a figure inside the quotes keeps the
  cell text (a numbered name, parse29 H2).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import Bound, Quantity, TextValue, Value, parse_value

QUOTED_NOUN_VALUES = [
    pytest.param(
        "上线21个“一件事”",
        Quantity(Decimal(21), "个", Bound.EXACT, label="上线", note="“一件事”"),
        id="curly-quotes",
    ),
    pytest.param(
        '上线21个"一件事"',
        Quantity(Decimal(21), "个", Bound.EXACT, label="上线", note='"一件事"'),
        id="straight-quotes",
    ),
    pytest.param(
        "21个“一件事”",
        Quantity(Decimal(21), "个", Bound.EXACT, note="“一件事”"),
        id="no-label",
    ),
    # controls and near misses: the quoted noun first reads as before; a figure in the
    # quotes is a numbered name, no note
    pytest.param(
        "上线“一件事”21件",
        Quantity(Decimal(21), "件", Bound.EXACT, label="上线“一件事”"),
        id="quoted-first",
    ),
    pytest.param(
        "建成21个“15分钟健身圈”",
        TextValue("建成21个“15分钟健身圈”"),
        id="numbered-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NOUN_VALUES)
def test_count_then_quoted_noun(text: str, expected: Value) -> None:
    assert parse_value(text, year=2025) == expected
