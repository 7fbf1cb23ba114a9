"""r37s: what a reviewer finds implausible in a table's own figures and words.

Each table is built here as a TSV; each case fails before its fix:

D. an actual over 100% on a share of a whole (``签约服务覆盖率 | ≥35% | 20% | 120%``) was
   ``exceeds-target`` (指标可能设置偏低); it is ``actual-implausible``, a data error.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review
from perftrack.scoring import score

Rows = list[list[str]]


def _tsv(rows: Rows) -> perftrack.Table:
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


def _tracking(rows: Rows) -> perftrack.Table:
    return _tsv(
        [
            ["财政项目支出绩效跟踪表"],
            ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
            ["项目名称", "社区卫生服务"],
            ["主管部门", "某区卫生健康委员会", "", "实施单位", "某社区卫生服务中心"],
            [
                "预算执行情况 (万元)",
                "",
                "年初预算数",
                "跟踪期预算数",
                "跟踪期执行数",
                "执行率(%)",
            ],
            ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "跟踪期计划完成值",
                "跟踪期实际完成值",
                "偏差原因分析",
            ],
            *rows,
            ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
            ["", "年度绩效目标完成可能性", "确定能完成"],
            ["纠偏措施", "无"],
        ]
    )


def _row_findings(card: perftrack.Scorecard, row: int = 0) -> list[tuple[str, str]]:
    return [
        (finding.id, finding.message) for finding in card.findings if finding.where.indicator == row
    ]


# --- D: a share of a whole over 100% ---


def _over_whole(name: str, shown: str) -> tuple[str, str]:
    said = f"“{name}”实际完成值{shown}超过100%，覆盖率、合格率、满意度等比例指标不超过100%"
    return ("actual-implausible", f"{said}，疑为填报错误")


_OVER_WHOLE = {
    "coverage": (
        ["产出指标", "质量指标", "签约服务覆盖率", "≥35%", "20%", "120%", ""],
        [_over_whole("签约服务覆盖率", "120%")],
    ),
    "satisfaction": (
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "105%", ""],
        [_over_whole("签约居民满意度", "105%")],
    ),
    "pass rate, a note after the name": (
        ["产出指标", "质量指标", "工程验收合格率（%）", "≥95%", "95%", "180%", ""],
        [_over_whole("工程验收合格率（%）", "180%")],
    ),
    # a rate against the plan may pass it: exceeds-target keeps it
    "completion rate": (
        ["产出指标", "数量指标", "任务完成率", "≥50%", "25%", "120%", ""],
        [
            (
                "exceeds-target",
                "“任务完成率”实际120%为年度指标≥50%的240.00%，指标可能设置偏低",
            )
        ],
    ),
    # beds over capacity: a rate of use may pass 100%
    "rate of use": (
        ["产出指标", "质量指标", "病床使用率", "≥50%", "25%", "105%", ""],
        [
            (
                "exceeds-target",
                "“病床使用率”实际105%为年度指标≥50%的210.00%，指标可能设置偏低",
            )
        ],
    ),
    # a gross rate counts pupils of any age
    "gross rate": (
        ["效益指标", "社会效益指标", "学前教育毛入园率", "≥50%", "25%", "102%", ""],
        [
            (
                "exceeds-target",
                "“学前教育毛入园率”实际102%为年度指标≥50%的204.00%，指标可能设置偏低",
            )
        ],
    ),
    # under 100%, a share far over its target is still a target set low
    "coverage under 100%": (
        ["产出指标", "质量指标", "签约服务覆盖率", "≥35%", "20%", "90%", ""],
        [
            (
                "exceeds-target",
                "“签约服务覆盖率”实际90%为年度指标≥35%的257.14%，指标可能设置偏低",
            )
        ],
    ),
}


@pytest.mark.parametrize("case", list(_OVER_WHOLE), ids=list(_OVER_WHOLE))
def test_share_of_a_whole_over_100(case: str) -> None:
    row, expected = _OVER_WHOLE[case]
    assert _row_findings(score(_tracking([row]))) == expected


def test_share_over_100_in_the_letter() -> None:
    rows = [["产出指标", "质量指标", "签约服务覆盖率", "≥35%", "20%", "120%", ""]]
    letter = review(score(_tracking(rows)))
    assert (
        "“签约服务覆盖率”实际完成值120%超过100%，覆盖率、合格率、满意度等比例指标不超过100%，"
        "疑为填报错误" in letter
    )
    assert "核实并据实填报实际完成值" in letter
    assert "合理设置年度指标值" not in letter
    assert "明显超出年度指标" not in letter
