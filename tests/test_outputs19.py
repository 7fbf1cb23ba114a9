"""Outputs and reading details of outputs19 (M1, M4, M5, M6, L1, L4).

M1: ``OverallGoal.raw_expected`` is the goal cell as printed whenever the readers removed
its label, under a ``预期目标 | 实际完成情况`` header row too. M4: a line in the label's
column right under a ``说明`` note goes on with it.
"""

from __future__ import annotations

import json

import pytest

import perftrack
import perftrack.report
from perftrack import Table
from perftrack.reports._review import review

_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
    ["产出指标", "数量指标", "管网改造长度", "≥45公里", "41公里"],
]


def _read(*rows: list[str]) -> Table:
    text = "\n".join("\t".join(row) for row in rows)
    [table] = perftrack.read_text(text, format="text")
    return table


def _self(goal_rows: list[list[str]], *after: list[str]) -> Table:
    return _read(
        ["2024年度项目支出绩效自评表"], ["项目名称", "管网改造"], *goal_rows, *_GRID, *after
    )


@pytest.mark.parametrize(
    ("goal_rows", "expected"),
    [
        pytest.param(
            [["年度总体目标", "年度目标：完成管网改造45公里。", "完成41公里。"]],
            ("完成管网改造45公里。", "年度目标：完成管网改造45公里。", "完成41公里。"),
            id="one-row",
        ),
        pytest.param(
            [
                ["年度总体目标", "预期目标", "实际完成情况"],
                ["", "年度目标：完成管网改造45公里。", "完成41公里。"],
            ],
            ("完成管网改造45公里。", "年度目标：完成管网改造45公里。", "完成41公里。"),
            id="header-row-then-text",
        ),
        pytest.param(
            [
                ["年度总体目标", "预期目标", "", "实际完成情况", ""],
                ["", "年度目标：完成管网改造45公里。", "", "完成41公里。", ""],
            ],
            ("完成管网改造45公里。", "年度目标：完成管网改造45公里。", "完成41公里。"),
            id="label-text-pairs-two-rows",
        ),
        pytest.param(
            [["年度绩效目标：完成管网改造45公里。"]],
            ("完成管网改造45公里。", "年度绩效目标：完成管网改造45公里。", ""),
            id="sentence-cell",
        ),
        pytest.param(
            [
                ["年度总体目标", "预期目标", "实际完成情况"],
                ["", "完成管网改造45公里。", "完成41公里。"],
            ],
            ("完成管网改造45公里。", "", "完成41公里。"),
            id="no-label-no-raw",
        ),
    ],
)
def test_raw_expected_is_the_printed_goal_cell(
    goal_rows: list[list[str]], expected: tuple[str, str, str]
) -> None:
    goal = _self(goal_rows).overall_goal
    assert goal is not None
    assert (goal.expected, goal.raw_expected, goal.achieved) == expected


_NOTE = "二季度受汛期影响，道路硬化进度滞后约1个月。"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param(
            [["说明", _NOTE], ["2.已督促施工方加派人手，预计8月底追平进度。"]],
            [("说明", _NOTE + " 2.已督促施工方加派人手，预计8月底追平进度。")],
            id="numbered-line-in-column-a",
        ),
        pytest.param(
            [["说明", _NOTE], ["施工方已加派人手。"]],
            [("说明", _NOTE + " 施工方已加派人手。")],
            id="plain-line-in-column-a",
        ),
        pytest.param(
            [["说明", _NOTE], ["", "2.已督促施工方加派人手。"]],
            [("说明", _NOTE + " 2.已督促施工方加派人手。")],
            id="line-in-column-b-as-before",
        ),
        pytest.param(
            [["说明", _NOTE], ["填表人：张三"]],
            [("说明", _NOTE)],
            id="signature-is-no-note",
        ),
        pytest.param(
            [["说明", _NOTE], ["联系人：张三"]],
            [("说明", _NOTE)],
            id="field-line-is-no-note",
        ),
        pytest.param(
            [["说明", "1.道路硬化进度滞后。"], ["3.施工方已加派人手。"]],
            [("说明", "1.道路硬化进度滞后。")],
            id="item-out-of-the-numbering-is-no-note",
        ),
    ],
)
def test_a_line_under_a_note_in_its_label_column_goes_on(
    after: list[list[str]], expected: list[tuple[str, str]]
) -> None:
    table = _self([["年度总体目标", "完成管网改造45公里。", "完成41公里。"]], *after)
    assert [(note.label, note.text) for note in table.notes] == expected


def _budget_findings(*lines: list[str]) -> list[tuple[str, str]]:
    table = _read(
        ["2024年度项目支出绩效自评表"],
        ["项目名称", "管网改造"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        *lines,
        *_GRID,
    )
    card = perftrack.score(table)
    return [(f.id, f.message) for f in card.findings if f.id.startswith("budget-sum")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [
                ["", "年度资金总额", "10000", "10000", "9600", "96%"],
                ["", "其中：专项债券资金", "6000", "6000", "6000", "100%"],
            ],
            [],
            id="lone-qizhong-line-is-no-breakdown",
        ),
        pytest.param(
            [
                ["", "年度资金总额", "10000", "10000", "9600", "96%"],
                ["", "其中：专项债券资金", "6000", "6000", "6000", "100%"],
                ["", "财政拨款", "3000", "3000", "3000", "100%"],
            ],
            [
                (
                    "budget-sum-mismatch",
                    (
                        "年初预算数各项合计9000与总额10000不符，全年预算数各项合计9000与总额10000不符，"
                        "执行数各项合计9000与总额9600不符"
                    ),
                )
            ],
            id="two-lines-still-checked",
        ),
        pytest.param(
            [
                ["", "年度资金总额", "10000", "10000", "9600", "96%"],
                ["", "专项债券资金", "6000", "6000", "6000", "100%"],
            ],
            [
                (
                    "budget-sum-mismatch",
                    (
                        "年初预算数各项合计6000与总额10000不符，全年预算数各项合计6000与总额10000不符，"
                        "执行数各项合计6000与总额9600不符"
                    ),
                )
            ],
            id="lone-unmarked-line-still-checked",
        ),
        pytest.param(
            [
                ["", "年度资金总额", "2000", "2000", "1000", "50%"],
                ["", "其中：当年财政拨款", "2000", "2000", "800", "40%"],
            ],
            [("budget-sum-mismatch", "执行数各项合计800与总额1000不符")],
            id="lone-qizhong-line-equal-to-the-total-is-the-whole",
        ),
    ],
)
def test_a_lone_qizhong_line_is_not_summed_against_the_total(
    lines: list[list[str]], expected: list[tuple[str, str]]
) -> None:
    assert _budget_findings(*lines) == expected


def test_a_budget_lines_cells_are_written_as_the_model_page_says() -> None:
    # docs/model.md (outputs19 L1): "cells", each column's name to its cell's address
    table = _read(
        ["2024年度项目支出绩效自评表"],
        ["项目名称", "管网改造"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "10000", "10000", "9600", "96%"],
        *_GRID,
    )
    [line] = json.loads(perftrack.to_json(table))["tables"][0]["budget"]
    assert (line["cell"], line["cells"]) == (
        "B4",
        {"initial": "C4", "period_budget": "D4", "executed": "E4", "rate": "F4"},
    )


def _region(*lines: list[str]) -> Table:
    return _read(
        ["2024年度中央对地方转移支付区域绩效自评表"],
        ["转移支付（项目）名称", "林业改革发展资金", "", "", ""],
        ["中央主管部门", "国家林草局", "", "地方主管部门", "壬县林业局"],
        ["资金情况（万元）", "", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        *lines,
        ["年度总体目标", "完成人工造林1.2万亩。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值"],
        ["产出指标", "数量指标", "人工造林面积", "≥1.2万亩", "1.25万亩"],
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [["", "年度资金总额", "1250", "1180", ""]],
            [
                "  预算 年度资金总额：年初 — 全年预算数 1250 执行 1180 万元 执行率 —（按金额计算94.40%）"
            ],
            id="blank-rate-computed",
        ),
        pytest.param(
            [["", "年度资金总额", "1250", "1180", "94.4%"]],
            ["  预算 年度资金总额：年初 — 全年预算数 1250 执行 1180 万元 执行率 94.4%"],
            id="printed-rate-as-printed",
        ),
        pytest.param(
            [["", "年度资金总额", "0", "30", ""]],
            ["  预算 年度资金总额：年初 — 全年预算数 0 执行 30 万元 执行率 —"],
            id="zero-budget-no-rate",
        ),
    ],
)
def test_the_read_summary_shows_the_rate_the_amounts_give(
    lines: list[list[str]], expected: list[str]
) -> None:
    summary = perftrack.report.table_summary(_region(*lines))
    assert [line for line in summary.splitlines() if line.startswith("  预算 ")] == expected


def test_the_letter_does_not_say_a_computed_rate_cannot_be_computed() -> None:
    card = perftrack.score(
        _region(
            ["", "年度资金总额", "1250", "1180", ""], ["", "其中：中央补助", "1250", "1180", ""]
        )
    )
    problems = review(card).split("存在以下问题：")[1]
    assert problems.split("；")[0] == "一是“年度资金总额”、“中央补助”未填报执行率"
