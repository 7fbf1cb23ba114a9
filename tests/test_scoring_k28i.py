"""A tracked step said done against a plan of that step (k28i, parse51).

``已完成设备安装`` (or ``设备安装已完成``) against the plan ``完成设备安装`` reaches the plan:
on track, where the progress was unknown. Another step done (``已完成设备采购``) stays
unknown; the step not done (``未完成设备安装``) is behind, as before.
"""

from __future__ import annotations

import pytest

from probe_tables import track_verdict

TARGET = "2025年12月底前完成"
PLAN = "完成设备安装"


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("已完成设备安装", ("pending", "on_track")),
        ("设备安装已完成", ("met", "on_track")),
        ("已完成设备采购", ("pending", "unknown")),
        ("未完成设备安装", ("pending", "behind")),
    ],
)
def test_plan_step_done(actual: str, expected: tuple[str, str]) -> None:
    verdict = track_verdict("设备购置安装", TARGET, PLAN, actual)
    assert (verdict.attainment.value, verdict.progress.value) == expected
