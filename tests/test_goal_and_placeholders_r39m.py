"""r39m: an achieved goal label with nothing after it; indicators with placeholder names.

1. ``年度总体目标 | 完成12处改造。 | 实际完成情况：`` (the achieved side's label alone)
   lost the whole goal, its expected text too; a target table then said
   ``missing-overall-goal`` of a goal it printed.
2. ``指标0 | ≥12处 | 12处`` (a template's numbered name on a row with values) was
   dropped as a template leftover, and a table of only such rows failed to read
   (找到了指标表头，但表头下没有指标行).

Every table is written as text (TSV); each case gives the exact result.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.scoring import score

_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]
_ROW = ["产出指标", "数量指标", "改造数量", "≥12处", "12处"]


def _tsv(*rows: list[str]) -> str:
    return "\n".join("\t".join(row) for row in rows)


# ---------------------------------------------------------------------------
# 1. the achieved side's label alone


@pytest.mark.parametrize(
    ("goal_row", "read"),
    [
        # before: None (the expected text gone with the label)
        (["年度总体目标", "完成12处改造。", "实际完成情况："], ("完成12处改造。", "")),
        (["年度总体目标", "完成12处改造。", "实际完成情况"], ("完成12处改造。", "")),
        (["年度总体目标", "完成12处改造。", "跟踪期实际完成情况："], ("完成12处改造。", "")),
        # the expected side's label removed as r39i does
        (["年度总体目标", "预期目标：完成12处改造。", "实际完成情况："], ("完成12处改造。", "")),
        # two cells of goal before the label, joined
        (
            ["年度总体目标", "完成12处改造。", "惠及群众3000人。", "实际完成情况："],
            ("完成12处改造。 惠及群众3000人。", ""),
        ),
        # already read: the achieved text after its label, or no label
        (
            ["年度总体目标", "完成12处改造。", "实际完成情况：完成11处。"],
            ("完成12处改造。", "完成11处。"),
        ),
        (["年度总体目标", "完成12处改造。", "完成11处。"], ("完成12处改造。", "完成11处。")),
    ],
)
def test_an_achieved_label_alone_keeps_the_expected_goal(
    goal_row: list[str], read: tuple[str, str]
) -> None:
    (table,) = perftrack.read_text(_tsv(["项目名称", "测试项目"], goal_row, _HEADER, _ROW))
    goal = table.overall_goal
    assert goal is not None
    assert (goal.expected, goal.achieved) == read


def _target_table(goal_row: list[str]) -> perftrack.Table:
    (table,) = perftrack.read_text(
        _tsv(
            ["2026年度项目支出绩效目标申报表"],
            ["项目名称", "测试项目"],
            goal_row,
            ["一级指标", "二级指标", "三级指标", "年度指标值"],
            ["产出指标", "数量指标", "改造数量", "≥12(处)"],
        )
    )
    return table


@pytest.mark.parametrize(
    ("goal_row", "found"),
    [
        # before: 年度总体目标未填写, of a goal the table prints
        (["年度绩效目标", "完成12处改造。", "实际完成情况："], []),
        (
            ["年度绩效目标", "/", "实际完成情况："],
            [("missing-overall-goal", "info", "年度总体目标未填写")],
        ),
        (
            ["年度绩效目标", "", "实际完成情况："],
            [("missing-overall-goal", "info", "年度总体目标未填写")],
        ),
    ],
)
def test_a_target_table_s_goal_before_an_achieved_label_is_its_goal(
    goal_row: list[str], found: list[tuple[str, str, str]]
) -> None:
    findings = score(_target_table(goal_row)).findings
    assert [
        (f.id, f.severity.value, f.message) for f in findings if f.id == "missing-overall-goal"
    ] == found
