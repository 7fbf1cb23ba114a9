"""p33fix: the parse33 audit's HIGH and MEDIUM findings.

H2: 错发/漏发/重发/多发 are misuses of funds that 未发现 denies (未发现错发冒领: none found,
never "not done" and 0 points).
"""

from __future__ import annotations

import pytest

from perftrack import parse_value, score
from scoring_builders import indicator, self_evaluation_table

YEAR = 2025


def _self_verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    row = indicator(name=name, target=target, actual=actual, weight=4, points=4)
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    return got.attainment.value, got.explanation


# H2, the value: actual | kind | family (None for no family)
MISUSE_VALUES = [
    pytest.param("未发现错发冒领", "qualitative", "zero", id="wrong-and-false-claim"),
    pytest.param("未发现错发漏发", "qualitative", "zero", id="wrong-and-missed"),
    pytest.param("未发现错发、漏发", "qualitative", "zero", id="listed"),
    pytest.param("未发现重发", "qualitative", "zero", id="paid-twice"),
    pytest.param("未发现多发、错发等问题", "qualitative", "zero", id="overpaid-and-problem"),
    pytest.param("没有发现漏发情况", "qualitative", "zero", id="none-missed-case"),
    # near misses: 多发 of another word, and 错发 not after 未发现, stay as they were
    pytest.param("未发现多发病例", "status", None, id="frequent-disease"),
    pytest.param("无错发冒领", "text", None, id="no-negation-word"),
]


@pytest.mark.parametrize(("text", "kind", "family"), MISUSE_VALUES)
def test_payment_misuses_are_none_found(text: str, kind: str, family: str | None) -> None:
    value = parse_value(text)
    assert type(value).__name__.lower().removesuffix("value") == kind
    assert getattr(value, "family", None) == family


# H2, the verdict against 100%: name | target | actual | attainment | explanation
MISUSE_VERDICTS = [
    pytest.param(
        "帮扶资金发放准确率",
        "100%",
        "未发现错发冒领",
        "unknown",
        "实际填写“未发现错发冒领”，未填报比例，不能按0%与年度指标=100%比较，需人工判断",
        id="accuracy-wrong-and-false-claim",
    ),
    pytest.param(
        "帮扶资金发放准确率",
        "100%",
        "未发现错发漏发",
        "unknown",
        "实际填写“未发现错发漏发”，未填报比例，不能按0%与年度指标=100%比较，需人工判断",
        id="accuracy-wrong-and-missed",
    ),
    # the control, as before
    pytest.param(
        "帮扶资金发放准确率",
        "100%",
        "未发现虚报冒领",
        "unknown",
        "实际填写“未发现虚报冒领”，未填报比例，不能按0%与年度指标=100%比较，需人工判断",
        id="control-false-claim",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "why"), MISUSE_VERDICTS)
def test_payment_misuses_never_not_done(
    name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, why)
