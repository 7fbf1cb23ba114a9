"""Events and batches counting the work they name (parse40 LOW, regress101 c06).

``开展4次培训`` is 4 of ``次`` counting 培训, as ``500名学生`` is 500 of ``名``: it compares
with a bare ``≥4次``, and with ``≥4次培训``, but not with another noun (``4次会议``
against ``≥4次培训``). Each case is a one-row 2025 自评表 and its exact verdict.
"""

from __future__ import annotations

import pytest

import perftrack

SELF = ["探针项目支出绩效自评表", "（2025年度）", "项目名称\t探针专项资金"]
BUDGET = [
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t100\t100\t96\t10\t96.00%\t9.60",
]
GRID = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"


def verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    """The attainment and explanation of one row of a 2025 自评表."""
    row = f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t4\t4\t"
    table = perftrack.read_text("\n".join([*SELF, *BUDGET, GRID, row]))[0]
    found = perftrack.score(table).verdicts[0]
    return found.attainment.value, found.explanation


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
    assert verdict(*row) == expected
