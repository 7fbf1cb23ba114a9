"""k27c: a recurring round over a counted scope (parse44 M7).

``每月1次，共48个断面`` is one round a month over 48 sections: 12 × 48 = 576 断面次 a year,
the year's count of site-times (the unit the plan and actual of such a row are in).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import parse_target
from perftrack.expressions import Comparison, Descriptive, Op

SCOPED_ROUNDS = [
    pytest.param(
        "每月1次，共48个断面",
        Comparison(Op.EQ, Decimal(576), "断面次", label="全年"),
        id="monthly-sections",
    ),
    pytest.param(
        "每季度2次，覆盖12个站",
        Comparison(Op.EQ, Decimal(96), "站次", label="全年"),
        id="quarterly-stations",
    ),
    pytest.param(
        "每月采样1次，共48个断面",
        Comparison(Op.EQ, Decimal(576), "断面次", label="全年"),
        id="verb",
    ),
    pytest.param(
        "每周1次，共48个断面",
        Descriptive("每周1次,共48个断面", recurring=True),
        id="no-exact-weeks",
    ),
    pytest.param(
        "每月1次，共48人", Descriptive("每月1次,共48人", recurring=True), id="no-measure-word"
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCOPED_ROUNDS)
def test_scoped_rounds(text: str, expected: object) -> None:
    assert parse_target(text) == expected
