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


# ---------------------------------------------------------------------------
# H1: a zero target ruling out a scope (区域性) is not missed by one local event: met when
# the actual says it did not spread or form the scope, else unknown


def _spared(actual: str, target: str) -> str:
    return f"实际“{actual}”未形成年度指标“{target}”排除的区域性范围，达到年度指标"


def _unsaid(actual: str, target: str) -> str:
    return f"实际“{actual}”未说明是否形成年度指标“{target}”排除的区域性范围，需人工判断"


REGIONAL = "不发生区域性重大动物疫情"
SCOPE_ROWS = [
    pytest.param(REGIONAL, "发生非洲猪瘟疫情1起（已扑灭，未扩散）", "met", _spared("发生非洲猪瘟疫情1起（已扑灭，未扩散）", REGIONAL), ["missing-category"], id="contained"),
    pytest.param(REGIONAL, "发生点状非洲猪瘟疫情1起，未形成区域性疫情", "met", _spared("发生点状非洲猪瘟疫情1起，未形成区域性疫情", REGIONAL), ["missing-category"], id="not-regional-said"),
    pytest.param(REGIONAL, "发生非洲猪瘟疫情1起", "unknown", _unsaid("发生非洲猪瘟疫情1起", REGIONAL), ["missing-category"], id="spread-unsaid"),
    pytest.param(REGIONAL, "发生区域性重大动物疫情1起", "not_met", f"实际发生区域性重大动物疫情1起，未达到“{REGIONAL}”", ["missing-deviation-reason", "missing-category"], id="regional-happened"),
    pytest.param(REGIONAL, "未发生区域性重大动物疫情", "met", f"实际“未发生区域性重大动物疫情”，达到“{REGIONAL}”", ["missing-category"], id="none"),
    pytest.param("不发生重大动物疫情", "发生非洲猪瘟疫情1起（已扑灭，未扩散）", "not_met", "实际发生非洲猪瘟疫情1起（已扑灭，未扩散），未达到“不发生重大动物疫情”", ["missing-deviation-reason", "missing-category"], id="no-scope-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation", "ids"), SCOPE_ROWS)
def test_zero_target_of_a_scope(
    target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    row = indicator("重大动物疫情", target, actual, level2="质量指标")
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


def test_zero_target_of_a_scope_mid_year() -> None:
    row = indicator(
        "重大动物疫情", REGIONAL, "发生非洲猪瘟疫情1起（已扑灭，未扩散）", level2="质量指标"
    )
    card = score_one(row, period=(YEAR, 1, YEAR, 6), kind=TableKind.TRACKING)
    verdict = card.verdicts[0]
    assert verdict.attainment.value == "met"
    assert "judgement-optimistic" not in finding_ids(card)
