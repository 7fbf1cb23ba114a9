"""monitor24 M1, L1, L2: a 监控表 row judged 不能完成, the 纠偏措施 line, the 中期目标."""

from __future__ import annotations

import json

import pytest

import perftrack
from perftrack.model import OverallGoal
from perftrack.report import scorecard_text

jsonschema = pytest.importorskip("jsonschema")

_HEAD = [
    ["2024年度项目支出绩效运行监控表"],
    ["（2024年1-6月）"],
    ["项目名称", "农村公路养护补助资金", "", "主管部门", "某县交通运输局"],
    ["预算执行情况（万元）", "全年预算数", "1-6月执行数", "执行率"],
    ["年度资金总额", "1200.00", "600.00", "50.00%"],
    ["年度总体目标", "完成农村公路养护里程1800公里"],
]


def _monitoring(likelihood: str, reason: str) -> perftrack.Table:
    """A 执行监控表 (a 全年预计 per row, no plan) with one 效益 row judged *likelihood*."""
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值"]
    header += ["预计全年完成情况", "完成目标可能性", "原因分析"]
    pair = (likelihood, reason)
    rows = [
        [
            "产出指标",
            "数量指标",
            "农村公路养护里程",
            "≥1800公里",
            "900公里",
            "1800公里",
            "确定能",
            "",
        ],
        ["效益指标", "社会效益指标", "群众出行条件", "明显改善", "有所改善", "有所改善", *pair],
    ]
    text = "\n".join("\t".join(row) for row in [*_HEAD, header, *rows])
    return perftrack.read_text(text)[0]


def _row_findings(table: perftrack.Table) -> list[tuple[str, str]]:
    card = perftrack.score(table)
    return [
        (f.id, f.message)
        for f in card.findings
        if f.where.indicator == 1 and f.severity is perftrack.Severity.WARNING
    ]


@pytest.mark.parametrize(
    ("likelihood", "reason", "expected"),
    [
        pytest.param(
            "不能完成",
            "",
            [
                (
                    "missing-deviation-reason",
                    "“群众出行条件”完成目标可能性判断为“不能完成”，但未填写偏差原因",
                )
            ],
            id="cannot-finish-no-reason-named",
        ),
        pytest.param(
            "无法完成",
            "/",
            [
                (
                    "missing-deviation-reason",
                    "“群众出行条件”完成目标可能性判断为“无法完成”，但未填写偏差原因",
                )
            ],
            id="cannot-finish-placeholder-reason",
        ),
        pytest.param(
            "有可能",
            "",
            [("missing-deviation-reason", "“群众出行条件”存在偏差但未填写偏差原因")],
            id="possible-keeps-the-generic-message",
        ),
        pytest.param("不能完成", "受汛期影响道路改造推迟", [], id="cannot-finish-explained"),
    ],
)
def test_a_monitoring_row_judged_impossible_is_named(likelihood, reason, expected):
    table = _monitoring(likelihood, reason)
    assert perftrack.scoring.monitoring_form(table)
    assert _row_findings(table) == expected


_TRACKING_HEAD = [
    ["2024年1-9月项目绩效运行监控表"],
    ["项目名称", "城乡居民基本医疗保险财政补助"],
    ["预算执行情况（万元）", "全年预算数", "1-9月执行数", "执行率"],
    ["年度资金总额", "3200.00", "2400.00", "75.00%"],
]
_TRACKING_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月实际完成值", "偏差原因分析"],
    ["产出指标", "数量指标", "参保人数", "≥45万人", "44.2万人", ""],
]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        pytest.param([], [], id="no-measures-field"),
        pytest.param([["纠偏措施", ""]], ["  纠偏措施：（未填写）"], id="measures-field-blank"),
        pytest.param(
            [["纠偏措施", "加快参保扩面"]], ["  纠偏措施：加快参保扩面"], id="measures-filled"
        ),
    ],
)
def test_the_measures_line_stands_for_a_field_of_the_form(tail, expected):
    text = "\n".join("\t".join(row) for row in [*_TRACKING_HEAD, *_TRACKING_GRID, *tail])
    table = perftrack.read_text(text)[0]
    lines = scorecard_text(perftrack.score(table)).splitlines()
    assert [line for line in lines if line.startswith("  纠偏措施：")] == expected


_TARGET = [
    ["2024年项目支出绩效目标申报表"],
    ["项目名称", "高标准农田建设项目"],
    ["项目资金（万元）", "中期资金总额", "年度资金总额"],
    ["资金总额", "9000", "3000"],
]
_TARGET_GRID = [
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
    ["产出指标", "数量指标", "新建高标准农田面积", "30000亩", "≥10000亩"],
]


@pytest.mark.parametrize(
    ("goal_rows", "expected"),
    [
        pytest.param(
            [
                ["总体目标", "中期目标（2024-2026年）", "年度目标（2024年）"],
                ["", "建成高标准农田3万亩", "建成高标准农田1万亩"],
            ],
            OverallGoal("建成高标准农田1万亩", midterm="建成高标准农田3万亩"),
            id="midterm-beside-the-year",
        ),
        pytest.param(
            [["年度总体目标", "建成高标准农田1万亩"]],
            OverallGoal("建成高标准农田1万亩"),
            id="the-year-alone",
        ),
    ],
)
def test_the_midterm_goal_is_kept_beside_the_year(goal_rows, expected):
    rows = [*_TARGET, *goal_rows, *_TARGET_GRID]
    table = perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]
    assert table.overall_goal == expected
    data = json.loads(perftrack.to_json(table))
    goal = data["tables"][0]["overall_goal"]
    assert goal == {"expected": expected.expected, "achieved": ""} | (
        {"midterm": expected.midterm} if expected.midterm else {}
    )
    assert perftrack.from_json(perftrack.to_json(table))[0].overall_goal == expected
    validator = jsonschema.Draft202012Validator(perftrack.json_schema())
    assert [error.message for error in validator.iter_errors(data)] == []
    goal_schema = perftrack.json_schema()["$defs"]["table"]["properties"]["overall_goal"]
    assert "midterm" not in goal_schema["anyOf"][0]["required"]
