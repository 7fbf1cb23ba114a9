"""Events and batches counting the work they name (parse40 LOW, regress101 c06).

``开展4次培训`` is 4 of ``次`` counting 培训, as ``500名学生`` is 500 of ``名``: it compares
with a bare ``≥4次``, and with ``≥4次培训``, but not with another noun (``4次会议``
against ``≥4次培训``). Each case is a row of the probe 自评表 (tests/probe_tables.py) and its exact verdict.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("业务培训", "≥4次", "开展4次培训"),
            ("met", "实际4次培训，达到年度指标≥4次"),
            id="times-counting-training",
        ),
        pytest.param(
            ("水质监测轮次", "≥4轮", "完成第4轮监测"),
            ("met", "实际4轮监测，达到年度指标≥4轮"),
            id="rounds-counting-monitoring",
        ),
        pytest.param(
            ("水质监测", "≥6轮", "完成第4轮监测"),
            ("not_met", "实际4轮监测，未达年度指标≥6轮"),
            id="rounds-short",
        ),
        pytest.param(
            ("业务培训", "≥4期", "举办4期培训"),
            ("met", "实际4期培训，达到年度指标≥4期"),
            id="sessions-counting-training",
        ),
        pytest.param(
            ("统计分析报告", "≥5篇", "完成5篇报告"),
            ("met", "实际5篇报告，达到年度指标≥5篇"),
            id="pieces-counting-reports",
        ),
        pytest.param(
            ("宣传培训", "≥2次", "上、下半年各开展1次培训"),
            ("met", "实际2次培训，达到年度指标≥2次"),
            id="each-half-year-with-the-noun",
        ),
        pytest.param(
            ("业务培训", "≥4次培训", "4次会议"),
            ("unknown", "实际4次会议与年度指标≥4次培训单位不可比"),
            id="another-noun-stays-apart",
        ),
        pytest.param(
            ("业务培训", "≥4次", "4次"),
            ("met", "实际4次，达到年度指标≥4次"),
            id="bare-as-before",
        ),
    ],
)
def test_event_counting_its_work(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
