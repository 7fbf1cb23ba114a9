"""regress38 W3, W4, W5, W7: goal labels, rate notes, copied rate targets, the goal's letter.

Every table is written here as text (TSV); each case gives the exact goal, findings or
sentence of the review letter expected.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.model import OverallGoal
from perftrack.reports._review import review
from perftrack.scoring import score

_IDS = ("missing-overall-goal", "target-unit-suspect", "targets-copied")

_COMPLETE = [
    ["产出指标", "数量指标", "培训人次", "≥1000(人次)"],
    ["产出指标", "质量指标", "培训合格率", "≥95%"],
    ["产出指标", "时效指标", "完成时间", "2026年12月底前"],
    ["成本指标", "经济成本指标", "人均培训成本", "≤300(元/人)"],
    ["效益指标", "社会效益指标", "就业率", "≥80%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
]
_GOAL = "完成年度培训任务，提升服务质量。"


def _table(rows: list[list[str]], goal_rows: list[list[str]]) -> perftrack.Table:
    lines = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "测试项目"],
        ["项目资金（万元）", "", "年度资金总额", "100.00"],
        ["", "", "其中：财政拨款", "100.00"],
        *goal_rows,
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        *rows,
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _found(table: perftrack.Table) -> list[tuple[str, str, str]]:
    return [(f.id, f.severity.value, f.message) for f in score(table).findings if f.id in _IDS]


# ---------------------------------------------------------------------------
# W3: the goal under other labels, and a second goal row


@pytest.mark.parametrize(
    ("goal_rows", "expected"),
    [
        *(
            pytest.param([[label, _GOAL]], OverallGoal(_GOAL), id=label)
            for label in (
                "项目绩效目标",
                "绩效目标",
                "项目年度绩效目标",
                "整体绩效目标",
                "年度绩效总目标",
                "项目总体目标",
                "年度项目绩效目标",
                "项目年度目标",
                "绩效目标（年度）",
                "本年度绩效目标",
                "项目目标",
                "年度总体目标",
            )
        ),
        pytest.param([[f"项目绩效目标：{_GOAL}"]], OverallGoal(_GOAL), id="inline-colon"),
        pytest.param(
            [["年度绩效目标", "目标1：完成培训1000人次。"], ["", "目标2：学员满意度≥90%。"]],
            OverallGoal("目标1：完成培训1000人次。 目标2：学员满意度≥90%。"),
            id="second-goal-row",
        ),
    ],
)
def test_goal_labels(goal_rows: list[list[str]], expected: OverallGoal) -> None:
    table = _table(_COMPLETE, goal_rows)
    assert (table.overall_goal, _found(table)) == (expected, [])


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param(["绩效目标"], id="alone"),
        pytest.param(["绩效目标："], id="colon"),
    ],
)
def test_bare_heading_keeps_the_goal(heading: list[str]) -> None:
    """A bare 绩效目标 heading after the goal is no second goal, nor an empty one."""
    table = _table(_COMPLETE, [["年度绩效目标", _GOAL], heading])
    assert (table.overall_goal, len(table.indicators)) == (OverallGoal(_GOAL), 6)


def test_goal_like_name_stays_an_indicator() -> None:
    rows = [*_COMPLETE, ["效益指标", "社会效益指标", "项目目标完成率", "≥90%"]]
    table = _table(rows, [["年度绩效目标", _GOAL]])
    assert [i.name for i in table.indicators][-1] == "项目目标完成率"
    assert table.overall_goal == OverallGoal(_GOAL)


# ---------------------------------------------------------------------------
# W4: a rate named in the bracket after a percentage

_SUSPECT = "“{}”为数量（计数）指标，年度指标“{}”为百分比，计量单位与指标名称不符"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(["参训人数", "≥95%（参训率）"], [], id="attendance-rate"),
        pytest.param(["完成检测数量", "≥95%（完成率）"], [], id="completion-rate"),
        pytest.param(["覆盖人数", "≥90%（占比）"], [], id="share"),
        pytest.param(
            ["参训人数", "≥95%"],
            [("target-unit-suspect", "warning", _SUSPECT.format("参训人数", "≥95%"))],
            id="bare-percentage",
        ),
        pytest.param(
            ["参训人数", "≥95%（全年）"],
            [("target-unit-suspect", "warning", _SUSPECT.format("参训人数", "≥95%（全年）"))],
            id="other-note",
        ),
    ],
)
def test_rate_in_the_note(row: list[str], expected: list[tuple[str, str, str]]) -> None:
    rows = [["产出指标", "数量指标", *row] if line[2] == "培训人次" else line for line in _COMPLETE]
    assert _found(_table(rows, [["年度绩效目标", _GOAL]])) == expected


# ---------------------------------------------------------------------------
# W5: ≥95% on rate rows is no copying

_RATES = [
    ["产出指标", "数量指标", "培训人次", "≥1000(人次)"],
    ["产出指标", "质量指标", "培训合格率", "≥95%"],
    ["产出指标", "时效指标", "资金支付及时率", "≥95%"],
    ["成本指标", "经济成本指标", "人均培训成本", "≤300(元/人)"],
    ["效益指标", "社会效益指标", "政策知晓率", "≥95%"],
    ["效益指标", "可持续影响指标", "设施正常使用率", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥95%"],
    ["产出指标", "质量指标", "验收覆盖比例", "≥95%"],
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(_RATES, [], id="rates-only"),
        pytest.param(
            [
                *_RATES[1:4],
                ["产出指标", "数量指标", "培训课程开设", "≥95%"],
                ["产出指标", "时效指标", "完成时间", "≥95%"],
                ["效益指标", "社会效益指标", "就业带动", "≥95%"],
                ["成本指标", "经济成本指标", "培训费用控制", "≥95%"],
                ["效益指标", "可持续影响指标", "长效机制", "≥95%"],
            ],
            [
                # a time in %: target25 H4
                (
                    "target-unit-suspect",
                    "warning",
                    "“完成时间”为时效（时限）指标，年度指标“≥95%”为百分比，计量单位与指标名称不符",
                ),
                (
                    "targets-copied",
                    "info",
                    "8项指标中有5项年度指标均为“≥95%”（分属5个二级指标），疑为照搬同一指标值",
                ),
            ],
            id="five-non-rates-counted",
        ),
    ],
)
def test_rates_not_copies(rows: list[list[str]], expected: list[tuple[str, str, str]]) -> None:
    assert _found(_table(rows, [["年度绩效目标", _GOAL]])) == expected


# ---------------------------------------------------------------------------
# W7: the missing goal in the letter


def test_missing_goal_in_the_letter() -> None:
    letter = review(score(_table(_COMPLETE, [["年度绩效目标", "——"]])))
    assert "存在以下问题：年度总体目标未填写。建议补充填写年度绩效目标。" in letter
    assert "细化量化绩效指标" not in letter
