"""A zero actual naming another event than the zero target's (zfix).

``未发生重大安全事故`` against ``无食品安全事件`` or ``零投诉``, ``无投诉`` against
``不发生安全生产事故``, ``未发生传染病暴发`` against ``无重大环境污染事件`` were all met:
any zero met any zero target. When both name an event and the actual's shares none of the
target's event words, the verdict is unknown, as it was for 返贫 alone (parse27 M2). A
target naming no event takes the row's name's; a bare actual names none and still meets.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from scoring_builders import YEAR, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION


def _met(actual: str, target: str) -> str:
    return f"实际“{actual}”，达到“{target}”"


def _other(actual: str, event: str, target: str) -> str:
    return f"实际“{actual}”未说明{event}情况，是否达到“{target}”需人工判断"


ROWS = [
    # another event: unknown, naming both
    pytest.param("食品安全", "无食品安全事件", "未发生重大安全事故", "unknown", _other("未发生重大安全事故", "食品安全事件", "无食品安全事件"), id="accident-vs-food-incident"),
    pytest.param("群众投诉", "零投诉", "未发生重大安全事故", "unknown", _other("未发生重大安全事故", "投诉", "零投诉"), id="accident-vs-complaints"),
    pytest.param("安全生产", "不发生安全生产事故", "无投诉", "unknown", _other("无投诉", "安全生产事故", "不发生安全生产事故"), id="complaints-vs-accident"),
    pytest.param("环境保护", "无重大环境污染事件", "未发生传染病暴发", "unknown", _other("未发生传染病暴发", "重大环境污染事件", "无重大环境污染事件"), id="outbreak-vs-pollution"),
    pytest.param("安全生产事故", "无", "未发生投诉", "unknown", _other("未发生投诉", "安全生产事故", "无"), id="bare-target-row-event"),
    pytest.param("投诉次数", "零", "未发生安全事故", "unknown", _other("未发生安全事故", "投诉", "零"), id="bare-zero-row-event"),
    # the 返贫 guard, unchanged
    pytest.param("防止返贫", "不发生规模性返贫", "未发生重大安全事故", "unknown", "实际“未发生重大安全事故”未说明返贫情况，是否达到“不发生规模性返贫”需人工判断", id="poverty-guard-kept"),
    # the same event: met as before
    pytest.param("食品安全", "无食品安全事件", "未发生食品安全事件", "met", _met("未发生食品安全事件", "无食品安全事件"), id="same-event"),
    pytest.param("食品安全", "无食品安全事故", "未发生食品安全事件", "met", _met("未发生食品安全事件", "无食品安全事故"), id="incident-said-accident"),
    pytest.param("疾病防控", "无重大传染病疫情", "未发生传染病暴发", "met", _met("未发生传染病暴发", "无重大传染病疫情"), id="outbreak-said-epidemic"),
    # k32r: none of 重大 leaves the lesser grades of any 安全事故 open
    pytest.param("安全生产", "无安全事故", "未发生重大安全事故", "unknown", "实际只说明未发生重大安全事故，不能确定是否发生一般、较大安全事故，是否达到“无安全事故”需人工判断", id="graded-rule-kept"),
    pytest.param("安全生产", "不发生安全生产事故", "未发生安全事故", "met", _met("未发生安全事故", "不发生安全生产事故"), id="shared-head"),
    # a bare actual, words of anything, a target and row of no event: met
    pytest.param("食品安全", "无食品安全事件", "全年未发生", "met", _met("全年未发生", "无食品安全事件"), id="bare-actual-year"),
    pytest.param("食品安全", "无食品安全事件", "无", "met", _met("无", "无食品安全事件"), id="bare-actual-none"),
    pytest.param("安全生产事故", "无", "未发生安全事故", "met", _met("未发生安全事故", "无"), id="bare-target-same-event"),
    pytest.param("社会成本", "无", "未发生投诉", "met", _met("未发生投诉", "无"), id="no-event-anywhere"),
    pytest.param("安全管理", "无安全隐患", "未发现问题", "met", _met("未发现问题", "无安全隐患"), id="generic-problem"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), ROWS)
def test_zero_of_another_event(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name, target, actual, level2="质量指标")
    verdict = score_one(row, period=AT_YEAR_END, kind=SELF).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
