"""k30p: figures the row asks for inside a cell of two (parse55 M6, M7, M13, M14).

Each case is one row of the probe 自评表 (2025, as of its year's end) or of the probe
跟踪表, with the exact (attainment, explanation):

1. M14 — a budget and what was spent (or bought) of it, ``三公经费预算30万元，实际支出25.6万元``,
   on a rate of execution or control (三公经费控制率, 政府采购执行率) is that rate, computed
   exactly; a name of no such rate, or a purchase on a name not of purchases, stays text.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading

SELF = [
    pytest.param(
        "“三公”经费控制率",
        "≤100%",
        "三公经费预算30万元，实际支出25.6万元",
        (
            "met",
            "实际三公经费预算30万元，实际支出25.6万元（按比例计为85.33%），达到年度指标≤100%",
        ),
        id="m14-three-funds-control-rate",
    ),
    pytest.param(
        "“三公”经费控制率",
        "≤100%",
        "三公经费预算30万元，实际支出32万元",
        (
            "not_met",
            "实际三公经费预算30万元，实际支出32万元（按比例计为106.67%），超出年度指标≤100%",
        ),
        id="m14-three-funds-overspent",
    ),
    pytest.param(
        "政府采购执行率",
        "≥95%",
        "采购预算500万元，实际采购480万元",
        (
            "met",
            "实际采购预算500万元，实际采购480万元（按比例计为96%），达到年度指标≥95%",
        ),
        id="m14-procurement-rate",
    ),
    pytest.param(
        "预算执行率",
        "≥95%",
        "采购预算500万元，实际采购480万元",
        (
            "unknown",
            "实际“采购预算500万元，实际采购480万元”不是数值，无法与年度指标比较",
        ),
        id="m14-purchase-on-other-rate-unchanged",
    ),
    pytest.param(
        "三公经费",
        "≤30万元",
        "三公经费预算30万元，实际支出25.6万元",
        (
            "unknown",
            "实际“三公经费预算30万元，实际支出25.6万元”不是数值，无法与年度指标比较",
        ),
        id="m14-amount-row-unchanged",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), SELF)
def test_self_rows(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading(name, target, actual) == expected
