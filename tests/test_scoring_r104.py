"""Regressions of regress104 (r104): retractions of a counted event, later clauses of a plan
不X, parts of a 其中 list a row name excludes.

Each case is a row of the probe 自评表 or 跟踪表 (tests/probe_tables.py,
tests/scoring_builders.py) and its exact verdict.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


def broken(actual: str) -> tuple[str, str]:
    """The verdict of a zero target 零投诉 broken by the first clause of *actual*."""
    counted = actual.split("，", maxsplit=1)[0]
    return "not_met", f"实际“{actual}”，{counted}，未达到“零投诉”"


def withdrawn(actual: str) -> tuple[str, str]:
    """The verdict of a zero target 零投诉 whose counted complaint *actual* takes back."""
    return "unknown", f"实际“{actual}”无法与年度指标“零投诉”对照"


RETRACTIONS = [
    pytest.param(
        "发生投诉2起，其中1起经核实不属实",
        broken("发生投诉2起，其中1起经核实不属实"),
        id="part-retracted-one-remains",
    ),
    pytest.param(
        "发生投诉3起，其中1起不属实", broken("发生投诉3起，其中1起不属实"), id="part-of-three"
    ),
    pytest.param(
        "发生投诉1起，经核实不属实，另有属实投诉1起",
        broken("发生投诉1起，经核实不属实，另有属实投诉1起"),
        id="another-true-count-follows",
    ),
    pytest.param(
        "发生投诉1起，投诉人未撤诉", broken("发生投诉1起，投诉人未撤诉"), id="negated-withdrawal"
    ),
    pytest.param(
        "发生投诉1起，经核实属实，处罚决定已撤销",
        broken("发生投诉1起，经核实属实，处罚决定已撤销"),
        id="something-else-revoked",
    ),
    pytest.param(
        "发生投诉1起，经核实不属实", withdrawn("发生投诉1起，经核实不属实"), id="whole-retracted"
    ),
    pytest.param(
        "发生投诉2起，经核实2起均不属实",
        withdrawn("发生投诉2起，经核实2起均不属实"),
        id="whole-count-retracted",
    ),
    pytest.param(
        "发生投诉2起，其中1起不属实，另1起系误报",
        withdrawn("发生投诉2起，其中1起不属实，另1起系误报"),
        id="parts-adding-up-to-the-count",
    ),
    pytest.param(
        "发生投诉1起，投诉人已撤诉",
        withdrawn("发生投诉1起，投诉人已撤诉"),
        id="reporter-withdrew",
    ),
    pytest.param(
        "发生投诉1起，该投诉经核实不属实",
        withdrawn("发生投诉1起，该投诉经核实不属实"),
        id="event-named-in-retraction",
    ),
]


@pytest.mark.parametrize(("actual", "expected"), RETRACTIONS)
def test_retraction_must_cover_the_count(actual: str, expected: tuple[str, str]) -> None:
    """A later clause cancels the count only when it takes all of it back (W1)."""
    assert self_reading("有效投诉", "零投诉", actual) == expected
