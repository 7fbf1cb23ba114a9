"""Zero-event targets and per-unit standards of parse22 (H1, H2, H3).

H2: 不发生较大及以上安全生产事故 (生产安全事故, 无…, 杜绝…责任事故) is the zero-event target of
a grade and up, as 不发生较大及以上事故 is: no target-not-measurable, and 发生一般安全事故1起
(安全事故 spelled otherwise than 安全生产事故) meets it.
"""

from __future__ import annotations

import pytest

from perftrack import parse_target
from perftrack.expressions import QualitativeTarget
from perftrack.model import TableKind
from scoring_builders import YEAR, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION


def _lower(actual: str, named: str, target: str) -> str:
    return (
        f"实际“{actual}”为{named}，低于年度指标“{target}”排除的等级，该等级事故未发生，达到年度指标"
    )


PARSE_ROWS = [
    pytest.param("不发生较大及以上安全生产事故", id="safety-production"),
    pytest.param("不发生较大及以上生产安全事故", id="production-safety"),
    pytest.param("无较大及以上安全生产事故", id="none-of"),
    pytest.param("杜绝较大及以上安全生产责任事故", id="ruled-out-liability"),
    pytest.param("杜绝较大及以上事故", id="ruled-out-short"),
]


@pytest.mark.parametrize("text", PARSE_ROWS)
def test_graded_zero_target_parses(text: str) -> None:
    assert parse_target(text) == QualitativeTarget(text, "zero", text=text)


GRADE_ROWS = [
    pytest.param("不发生较大及以上安全生产事故", "发生一般安全事故1起", "met", _lower("发生一般安全事故1起", "一般安全事故", "不发生较大及以上安全生产事故"), ["missing-category"], id="other-spelling"),
    pytest.param("不发生较大及以上安全生产事故", "发生一般安全事故1起（1人轻伤）", "met", _lower("发生一般安全事故1起（1人轻伤）", "一般安全事故", "不发生较大及以上安全生产事故"), ["missing-category"], id="other-spelling-noted"),
    pytest.param("不发生较大及以上安全生产事故", "发生一般事故1起", "met", _lower("发生一般事故1起", "一般事故", "不发生较大及以上安全生产事故"), ["missing-category"], id="bare-accident"),
    pytest.param("不发生较大及以上安全生产事故", "未发生", "met", "实际“未发生”，达到“不发生较大及以上安全生产事故”", ["missing-category"], id="none"),
    pytest.param("不发生较大及以上安全生产事故", "发生较大安全生产事故1起", "not_met", "实际发生较大安全生产事故1起，未达到“不发生较大及以上安全生产事故”", ["missing-deviation-reason", "missing-category"], id="grade-ruled-out"),
    pytest.param("不发生较大及以上生产安全事故", "发生一般安全事故1起", "met", _lower("发生一般安全事故1起", "一般安全事故", "不发生较大及以上生产安全事故"), ["missing-category"], id="production-safety"),
    pytest.param("无较大及以上安全生产事故", "发生一般安全事故1起", "met", _lower("发生一般安全事故1起", "一般安全事故", "无较大及以上安全生产事故"), ["missing-category"], id="none-of"),
    pytest.param("杜绝较大及以上安全生产责任事故", "发生一般安全事故1起", "met", _lower("发生一般安全事故1起", "一般安全事故", "杜绝较大及以上安全生产责任事故"), ["missing-category"], id="ruled-out-liability"),
    pytest.param("杜绝较大及以上安全生产责任事故", "发生较大安全事故1起", "not_met", "实际发生较大安全事故1起，未达到“杜绝较大及以上安全生产责任事故”", ["missing-deviation-reason", "missing-category"], id="ruled-out-liability-missed"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation", "ids"), GRADE_ROWS)
def test_graded_zero_target(
    target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator("安全生产", target, actual, level2="质量指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids
