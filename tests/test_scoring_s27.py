"""Decisions of the third 2026-12-01 session kept by tests (regress107 audit of k27)."""

from __future__ import annotations

import pytest

from perftrack import Descriptive, parse_target
from probe_tables import self_reading


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "每月1次，共48个断面",
            "每月1次，共48个断面",
            ("met", "实际完成情况与年度指标表述一致"),
            id="repeat-of-schedule-w3",
        ),
        pytest.param(
            "每月1次，共48个断面",
            "完成12次",
            ("met", "实际“完成12次”，已完成"),
            id="rounds-of-schedule-w3",
        ),
        pytest.param(
            "每季度1次，覆盖12个站",
            "每季度1次，覆盖12个站",
            ("met", "实际完成情况与年度指标表述一致"),
            id="quarterly-repeat-w3",
        ),
    ],
)
def test_scoped_schedule_is_judged_as_a_schedule(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading("断面监测频次", target, actual) == expected


def test_scoped_schedule_stays_descriptive() -> None:
    parsed = parse_target("每月1次，共48个断面")
    assert parsed == Descriptive("每月1次,共48个断面", recurring=True)
