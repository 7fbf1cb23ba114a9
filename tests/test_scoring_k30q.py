"""An actual labelled with the budget's word alone is no result (k30q).

``预算230万元`` on ``成果转化合同金额 ≥200万元`` is the money set aside, not the contracts
signed: like ``计划230万元`` it is ``unknown`` at the due date and ``pending`` before it
(it was met on 230万元). A row whose name holds the word reads the figure as before, and
a label that says spending (``预算执行数``) is no budget.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

NO_RESULT = "为预算数，不是实际完成值，无法判断是否达到年度指标"

SELF_CASES = [
    pytest.param(
        "成果转化合同金额",
        "预算230万元",
        "unknown",
        f"实际“预算230万元”{NO_RESULT}",
        id="budget-alone",
    ),
    pytest.param(
        "成果转化合同金额",
        "项目3个，预算230万元",
        "unknown",
        f"实际“项目3个，预算230万元”{NO_RESULT}",
        id="budget-beside-a-count",
    ),
    pytest.param(
        "成果转化合同金额",
        "预算数230万元",
        "unknown",
        f"实际“预算数230万元”{NO_RESULT}",
        id="budget-figure",
    ),
    pytest.param(
        "预算执行金额",
        "预算230万元",
        "met",
        "实际230万元，达到年度指标≥200万元",
        id="own-measure-unchanged",
    ),
    pytest.param(
        "资金支出",
        "预算执行数230万元",
        "met",
        "实际230万元，达到年度指标≥200万元",
        id="spending-unchanged",
    ),
    pytest.param(
        "项目投资额",
        "项目3个，总投资230万元",
        "met",
        "实际230万元，达到年度指标≥200万元",
        id="investment-unchanged",
    ),
]


@pytest.mark.parametrize(("name", "actual", "attainment", "explanation"), SELF_CASES)
def test_self_reading(name: str, actual: str, attainment: str, explanation: str) -> None:
    assert self_reading(name, "≥200万元", actual) == (attainment, explanation)


def test_a_budget_before_the_due_date_is_pending() -> None:
    got = track_verdict("成果转化合同金额", "≥200万元", "100万元", "预算230万元")
    assert (got.attainment.value, got.explanation) == (
        "pending",
        "实际“预算230万元”为预算数，不是实际完成值，截止日期未到",
    )
