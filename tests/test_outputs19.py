"""Outputs and reading details of outputs19 (M1, M4, M5, M6, L1, L4).

M1: ``OverallGoal.raw_expected`` is the goal cell as printed whenever the readers removed
its label, under a ``预期目标 | 实际完成情况`` header row too. M4: a line in the label's
column right under a ``说明`` note goes on with it.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Table

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
