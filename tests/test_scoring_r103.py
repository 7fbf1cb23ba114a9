"""Regressions of regress103 (r103): zero targets, plans of 不X, plans in % of a rate.

Each case is a row of the probe 自评表 or 跟踪表 (tests/probe_tables.py,
tests/scoring_builders.py) and its exact verdict.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading

WITHDRAWN = [
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，经核实不属实"),
        ("unknown", "实际“发生投诉1起，经核实不属实”无法与年度指标“零投诉”对照"),
        id="complaint-found-untrue",
    ),
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，经查不属实"),
        ("unknown", "实际“发生投诉1起，经查不属实”无法与年度指标“零投诉”对照"),
        id="complaint-checked-untrue",
    ),
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，系误报"),
        ("unknown", "实际“发生投诉1起，系误报”无法与年度指标“零投诉”对照"),
        id="complaint-false-report",
    ),
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，已撤销"),
        ("unknown", "实际“发生投诉1起，已撤销”无法与年度指标“零投诉”对照"),
        id="complaint-withdrawn",
    ),
    pytest.param(
        ("有效投诉", "零投诉", "发生投诉1起，已办结"),
        ("not_met", "实际“发生投诉1起，已办结”，发生投诉1起，未达到“零投诉”"),
        id="complaint-handled-still-counts",
    ),
    pytest.param(
        ("水上交通安全事故", "零事故", "发生一般等级水上交通事故1起，无人员伤亡"),
        (
            "not_met",
            (
                "实际“发生一般等级水上交通事故1起，无人员伤亡”，发生一般等级水上交通事故1起，"
                "未达到“零事故”"
            ),
        ),
        id="accident-without-casualties-still-counts",
    ),
]


@pytest.mark.parametrize(("row", "expected"), WITHDRAWN)
def test_withdrawn_event_does_not_break_zero(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    """A later clause taking the counted event back leaves a zero target to a reviewer (W1)."""
    assert self_reading(*row) == expected
