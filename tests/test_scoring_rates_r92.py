"""Data-rate rows: the plan read as a rate too, and 出口 only as a network's exit (regress92).

- A tracking row ``出口带宽 | ≥10G | 10G | 8G`` compares the actual 8 Gbps with the plan
  10 Gbps (behind); the plan was left a bare ``10G`` and the progress unknown (W1).
- ``出口`` alone names road exits and exports: ``高速出口连接线 | ≥1000M | 1200M`` is metres,
  never ``1200Mbps`` (W2); ``互联网出口`` and ``网络出口`` are still rates.
- On a rate row a bare ``5G`` or ``6G`` (elsewhere a network's generation) is a rate too.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import perftrack

TRACK = [
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2025-1月 至 2025-8月 ）",
    "项目名称\t网络专项",
    "主管部门\t某区数据局\t实施单位\t某区信息中心",
    "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "\t年度资金总额\t500.00\t400.00\t300.00\t75.00",
    "年度总体目标\t预期目标\t\t跟踪期实际完成情况",
    "\t完成。\t\t推进。",
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t全年预计完成情况\t偏差原因分析",
]


def progress(name: str, target: str, plan: str, actual: str) -> tuple[str, str, str]:
    """The attainment, progress and explanation of one row of a 1–8月 tracking table."""
    text = "\n".join([*TRACK, f"产出指标\t质量指标\t{name}\t{target}\t{plan}\t{actual}\t\t"])
    table = perftrack.read_text(text)[0]
    policy = attrs.evolve(perftrack.Policy.central(), as_of=dt.date(2025, 8, 31))
    found = perftrack.score(table, policy=policy).verdicts[0]
    return found.attainment.value, found.progress.value, found.explanation


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("出口带宽", "≥10G", "10G", "8G"),
            (
                "pending",
                "behind",
                "实际8Gbps，未达年度指标≥10Gbps，距年底尚有时间；实际8Gbps落后于计划10Gbps",
            ),
            id="bare-plan-behind",
        ),
        pytest.param(
            ("网速", "≥千兆", "千兆", "百兆"),
            (
                "pending",
                "behind",
                "实际100Mbps，未达年度指标≥1Gbps，距年底尚有时间；实际100Mbps落后于计划1Gbps",
            ),
            id="word-plan-behind",
        ),
        pytest.param(
            ("互联网出口", "≥1000M", "500M", "600M"),
            ("pending", "on_track", "实际600Mbps，未达年度指标≥1000Mbps，距年底尚有时间"),
            id="internet-exit-on-track",
        ),
        pytest.param(
            ("出口带宽", "≥10G", "6G", "5G"),
            (
                "pending",
                "behind",
                "实际5Gbps，未达年度指标≥10Gbps，距年底尚有时间；实际5Gbps落后于计划6Gbps",
            ),
            id="generation-spelling-is-a-rate-here",
        ),
    ],
)
def test_plan_is_a_rate(row: tuple[str, str, str, str], expected: tuple[str, str, str]) -> None:
    assert progress(*row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("高速出口连接线", "≥1000M", "800M", "1200M"),
            ("met", "on_track", "实际1200M，达到年度指标≥1000M"),
            id="road-exit-metres",
        ),
        pytest.param(
            ("出口额", "≥5000万元", "3000万元", "3500万元"),
            ("pending", "on_track", "实际3500万元，未达年度指标≥5000万元，距年底尚有时间"),
            id="exports",
        ),
        pytest.param(
            ("网络出口", "≥10G", "6G", "8G"),
            ("pending", "on_track", "实际8Gbps，未达年度指标≥10Gbps，距年底尚有时间"),
            id="network-exit",
        ),
    ],
)
def test_exit_names(row: tuple[str, str, str, str], expected: tuple[str, str, str]) -> None:
    """Only a network's exit reads its bare M and G as Mbps and Gbps."""
    assert progress(*row) == expected
