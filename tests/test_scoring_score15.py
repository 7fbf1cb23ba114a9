"""Readings of ranks and of two levels that missed (score15 M4).

``位列全省第二`` and ``全省第二`` were no rank, nor ``全省前三`` without 名; two levels
were read only against a change in 个百分点 carrying a direction word and written
with 由/从, never against a change in %.
"""

from __future__ import annotations

import pytest

from perftrack.scoring import score
from scoring_builders import indicator, self_evaluation_table


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "points"),
    [
        ("全省前三名", "位列全省第二", "met", "10.00"),
        ("全省前三名", "全省第二", "met", "10.00"),
        ("全省前三", "全省第二名", "met", "10.00"),
        ("全省前三", "全省第五名", "not_met", "6.00"),
        ("全市前3", "全市第4", "not_met", "7.50"),
        ("≥0.2个百分点", "从62.1%提高至62.4%", "met", "10.00"),
        ("≥0.2个百分点", "从62.1%下降至61.4%", "not_met", "0.00"),
        ("提高0.2个百分点", "45.5%提高到45.8%", "met", "10.00"),
        ("下降5%", "由120起下降到110起", "met", "10.00"),
        ("同比下降5%", "由120起下降到110起", "met", "10.00"),
        ("下降10%", "由120起下降到110起", "not_met", "8.33"),
        ("增长5%", "从200人增加到230人", "met", "10.00"),
    ],
)
def test_ranks_and_levels_are_read(target: str, actual: str, attainment: str, points: str) -> None:
    rows = [
        indicator("工作事项", target, actual, weight=10),
        indicator("其他", "≥5个", "5个", weight=80),
    ]
    card = score(self_evaluation_table(rows))
    assert card.verdicts[0].attainment.value == attainment
    assert card.points is not None
    assert str(card.points.items[0].points) == points
    assert "unit-mismatch" not in {finding.id for finding in card.findings}


def test_the_change_in_percent_is_shown_with_its_levels() -> None:
    rows = [indicator("安全事故", "下降5%", "由120起下降到110起", weight=10)]
    explanation = score(self_evaluation_table(rows)).verdicts[0].explanation
    assert explanation == "实际由120起下降到110起（下降8.33%），达到年度指标下降5%"


@pytest.mark.parametrize(
    ("target", "actual", "explanation"),
    [
        (
            "收到上级资金后30日内",
            "2023年5月完成",
            "年度指标“收到上级资金后30日内”的时限不是日期，实际“2023年5月完成”是否按时完成需人工判断",
        ),
        (
            "资金下达后15个工作日内",
            "2023年6月完成",
            "年度指标“资金下达后15个工作日内”的时限不是日期，实际“2023年6月完成”是否按时完成需人工判断",
        ),
        ("≤30日", "2023年5月完成", "实际“2023年5月完成”不是数值，无法与年度指标比较"),
    ],
)
def test_a_time_limit_after_an_event_is_no_date(target: str, actual: str, explanation: str) -> None:
    verdict = score(self_evaluation_table([indicator("拨付时限", target, actual)])).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == ("unknown", explanation)
