"""Values from 水库移民后期扶持 and 国资监管 tables (parse42).

- H3: a count of misuses with clauses of the sum involved and its recovery
  (``发生挤占挪用1起，已追回``, ``审计发现挤占挪用1起，涉及金额3.2万元，已追回``) is the
  count, the clauses its note, as the bracketed ``挤占挪用1起（已追回）`` is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import Bound, Quantity, TextValue, Value, parse_value

# ---------------------------------------------------------------------------
# H3: a misuse recovered

RECOVERED_VALUES = [
    pytest.param(
        "发生挤占挪用1起，已追回",
        Quantity(Decimal(1), "起", Bound.EXACT, label="发生挤占挪用", note="已追回"),
        id="recovered",
    ),
    pytest.param(
        "审计发现挤占挪用1起，涉及金额3.2万元，已追回",
        Quantity(
            Decimal(1), "起", Bound.EXACT, label="审计发现挤占挪用", note="涉及金额3.2万元,已追回"
        ),
        id="sum-and-recovered",
    ),
    pytest.param(
        "挤占挪用2笔，已全部追回",
        Quantity(Decimal(2), "笔", Bound.EXACT, label="挤占挪用", note="已全部追回"),
        id="all-recovered",
    ),
    pytest.param(
        "违规使用资金1起，已整改到位",
        Quantity(Decimal(1), "起", Bound.EXACT, label="违规使用资金", note="已整改到位"),
        id="put-right",
    ),
    # the bracketed control; no recovery, or a count of work done, stays as it reads
    pytest.param(
        "挤占挪用1起（已追回）",
        Quantity(Decimal(1), "起", Bound.EXACT, label="挤占挪用", note="已追回"),
        id="control-bracket",
    ),
    pytest.param(
        "挤占挪用1起，涉及金额3.2万元",
        TextValue("挤占挪用1起,涉及金额3.2万元"),
        id="sum-only",
    ),
    pytest.param("完成5个，已追回", TextValue("完成5个,已追回"), id="work-done"),
    pytest.param("挤占挪用1起，尚未追回", TextValue("挤占挪用1起,尚未追回"), id="not-recovered"),
]


@pytest.mark.parametrize(("text", "expected"), RECOVERED_VALUES)
def test_recovered_misuse(text: str, expected: Value) -> None:
    got = parse_value(text, year=2025)
    assert got == expected
