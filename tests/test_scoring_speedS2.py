"""Scoring's second speed pass keeps its messages in both languages (speedS2).

The speed pass of docs/performance.md ("Scoring", second 2026-12-01 session): the
direction of a row is asked once, and two pure helpers are bounded caches. The
explanations and findings in both languages are the ones before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from attrs import evolve

import perftrack
from perftrack import Indicator, parse_target, parse_value
from perftrack.model import Period, Table, TableKind, YearMonth
from perftrack.scoring._attainment import _steps_named
from perftrack.scoring._common import _factors

_ROWS = (
    Indicator(
        "道路修缮",
        target=parse_target("≥8处"),
        actual=parse_value("2处"),
        planned=parse_value("5处"),
    ),
    Indicator(
        "群众满意度",
        target=parse_target("≥90%"),
        actual=parse_value("95%"),
        planned=parse_value("90%"),
    ),
    Indicator("", target=None, actual=None),
)
_TABLE = Table(
    TableKind.TRACKING, indicators=_ROWS, period=Period(YearMonth(2024, 1), YearMonth(2024, 6))
)


@pytest.mark.parametrize(
    ("language", "explanations", "findings"),
    [
        pytest.param(
            "zh",
            [
                "实际2处，未达年度指标≥8处，距年底尚有时间；实际2处落后于计划5处",
                "实际95%，达到年度指标≥90%",
                "实际完成值为空",
            ],
            [
                ("missing-deviation-reason", "“道路修缮”存在偏差但未填写偏差原因"),
                ("missing-category", "缺少产出指标、效益指标、满意度指标"),
                (
                    "missing-corrective-measures",
                    "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施",
                ),
            ],
            id="chinese",
        ),
        pytest.param(
            "en",
            [
                (
                    "actual 2处 is short of the target ≥8处; there is still time;"
                    " actual 2处 is behind the plan 5处"
                ),
                "actual 95% meets the target ≥90%",
                "the actual value is empty",
            ],
            [
                ("missing-deviation-reason", "“道路修缮” deviates but gives no reason"),
                ("missing-category", "missing 产出指标, 效益指标, 满意度指标"),
                (
                    "missing-corrective-measures",
                    "behind, not met or doubtful, but no corrective measures",
                ),
            ],
            id="english",
        ),
    ],
)
def test_messages_in_the_language_asked_for(
    language: str, explanations: list[str], findings: list[tuple[str, str]]
) -> None:
    card = perftrack.score(_TABLE, policy=evolve(perftrack.Policy.central(), language=language))
    assert [verdict.explanation for verdict in card.verdicts] == explanations
    assert [(finding.id, finding.message) for finding in card.findings] == findings


@pytest.mark.parametrize(
    ("cached", "maxsize"),
    [
        pytest.param(_factors, 1024, id="factors"),
        pytest.param(_steps_named, 1024, id="steps-named"),
    ],
)
def test_caches_are_bounded(cached: object, maxsize: int) -> None:
    assert cached.cache_info().maxsize == maxsize  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param("万元", "元", (Decimal(10000), Decimal(1)), id="money"),
        pytest.param("名学生", "名教师", None, id="two-nouns"),
    ],
)
def test_factors_cached_answers(
    left: str, right: str, expected: tuple[Decimal, Decimal] | None
) -> None:
    for _ in range(2):  # the second answer comes from the cache
        assert _factors(left, right) == expected
