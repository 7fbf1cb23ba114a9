"""Value cells from the regress100 audit of the r97 scoring fixes (r100fix).

- W1: a per-month headcount plan (``每月新增就业50人``) under a year's target that is the
  months added up (``≥600人``) adds up over the tracked months, with or without ``累计``;
  a stock held each month (``每月发放100户`` under ``≥100户``) stays as written.

Each case is a table written as text and the exact verdict it gives.
"""

from __future__ import annotations

import pytest

from test_scoring_r97 import tracked

# ---------------------------------------------------------------------------
# W1: heads add up when the year's target is the months added up


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("新增就业人数", "≥600人", "每月新增就业50人", "200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标≥600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月新增就业，6个月计300人）"
                ),
            ),
            id="new-jobs-flow",
        ),
        pytest.param(
            ("培训人数", "≥600人", "每月培训50人", "200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标≥600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月培训，6个月计300人）"
                ),
            ),
            id="trained-flow",
        ),
        pytest.param(
            ("受益人数", "≥600人", "每月50人", "200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标≥600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月，6个月计300人）"
                ),
            ),
            id="bare-heads-flow",
        ),
        pytest.param(
            ("受益人数", "600人", "每月50人", "200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标=600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月，6个月计300人）"
                ),
            ),
            id="bare-target-flow",
        ),
        # unchanged: on plan, 累计, a stock held each month
        pytest.param(
            ("新增就业人数", "≥600人", "每月新增就业50人", "300人"),
            ("pending", "on_track", "实际300人，未达年度指标≥600人，距年底尚有时间"),
            id="new-jobs-on-plan",
        ),
        pytest.param(
            ("受益人数", "≥600人", "每月50人", "累计200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标≥600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月，6个月计300人）"
                ),
            ),
            id="cumulative-heads",
        ),
        pytest.param(
            ("发放补助户数", "≥100户", "每月发放100户", "100户"),
            ("met", "on_track", "实际100户，达到年度指标≥100户"),
            id="households-stock",
        ),
        pytest.param(
            ("发放人数", "≥500人", "每月500人", "500人"),
            ("met", "on_track", "实际500人，达到年度指标≥500人"),
            id="heads-stock",
        ),
    ],
)
def test_heads_add_up_under_a_summed_target(
    row: tuple[str, str, str, str], expected: tuple[str, str, str]
) -> None:
    verdict = tracked(*row)
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected
