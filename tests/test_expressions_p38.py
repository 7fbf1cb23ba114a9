"""parse38 H2: a scope note in a label's bracket (（不含药品、耗材、检查、化验收入）) may be long.

The 公立医院 rates are defined with such brackets; a bracket of 12 characters or fewer
was already read, a longer one made the cell text. Each case is the exact object.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Quantity, TextValue, parse_value

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
