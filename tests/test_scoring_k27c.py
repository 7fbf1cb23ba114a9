"""k27c: rates read from counts said in words.

parse44 M3: all of what a step did said done in time (``发布预警信息36期，均按时发布``) is
100% when the rate of time is the target's label (``及时率100%``), not only the name's.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading

# parse44 M3, 2025 自评表: name | target | actual -> attainment, explanation
TIMELY_LABEL = [
    pytest.param(
        ("水情预警信息发布", "及时率100%", "发布预警信息36期，均按时发布"),
        ("met", "实际发布预警信息36期，均按时发布（按比例计为100%），达到年度指标=100%"),
        id="label-all-on-time",
    ),
    pytest.param(
        ("水情预警信息发布", "及时率100%", "发布预警信息36期，全部按时发布"),
        ("met", "实际发布预警信息36期，全部按时发布（按比例计为100%），达到年度指标=100%"),
        id="label-every-one",
    ),
    pytest.param(
        ("水情预警信息发布", "发布率100%", "发布预警信息36期，均按时发布"),
        ("unknown", "实际“发布预警信息36期，均按时发布”不是数值，无法与年度指标比较"),
        id="label-no-time",
    ),
    pytest.param(
        ("水情预警发布及时率", "100%", "发布预警信息36期，均按时发布"),
        ("met", "实际发布预警信息36期，均按时发布（按比例计为100%），达到年度指标=100%"),
        id="name-control",
    ),
]


@pytest.mark.parametrize(("row", "expected"), TIMELY_LABEL)
def test_all_in_time_by_label(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
