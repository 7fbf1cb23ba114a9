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


# ---------------------------------------------------------------------------
# 2. placeholder names with values


@pytest.mark.parametrize(
    ("rows", "read"),
    [
        # before: ReadError 找到了指标表头，但表头下没有指标行
        (
            [
                ["产出指标", "数量指标", "指标0", "≥12处", "12处"],
                ["产出指标", "数量指标", "指标1", "≥12处", "10处"],
                ["产出指标", "数量指标", "指标2", "≥5处", "5处"],
            ],
            [
                ("指标0", "指标0", "≥12(处)"),
                ("指标1", "指标1", "≥12(处)"),
                ("指标2", "指标2", "≥5(处)"),
            ],
        ),
        # before: only 改造数量 read; 目标3： with an actual alone is read too
        (
            [
                _ROW,
                ["产出指标", "质量指标", "指标2:", "≥95%", "96%"],
                ["产出指标", "时效指标", "目标3：", "", "2024年10月"],
            ],
            [
                ("改造数量", "改造数量", "≥12(处)"),
                ("指标2", "指标2:", "≥95(%)"),
                ("目标3", "目标3：", "None"),
            ],
        ),
        # a template leftover stays out: no value, or dashes and slashes only, or ……
        (
            [
                _ROW,
                ["", "", "指标2:", "", ""],
                ["", "", "指标3", "—", "/"],
                ["", "", "……", "≥5处", "5处"],
            ],
            [("改造数量", "改造数量", "≥12(处)")],
        ),
        # a numbered name keeps its name without the number (already so)
        (
            [["产出指标", "数量指标", "指标1:改造数量", "≥12处", "12处"]],
            [("改造数量", "指标1:改造数量", "≥12(处)")],
        ),
    ],
)
def test_a_placeholder_name_with_values_is_an_indicator(
    rows: list[list[str]], read: list[tuple[str, str, str]]
) -> None:
    (table,) = perftrack.read_text(_tsv(["项目名称", "测试项目"], _HEADER, *rows))
    assert [
        (indicator.name, indicator.raw_name, str(indicator.target))
        for indicator in table.indicators
    ] == read


def test_placeholder_names_are_scored() -> None:
    (table,) = perftrack.read_text(
        _tsv(
            ["2024年度项目支出绩效自评表"],
            ["项目名称", "测试项目"],
            _HEADER,
            ["产出指标", "数量指标", "指标0", "≥12处", "12处"],
            ["产出指标", "数量指标", "指标1", "≥12处", "10处"],
        )
    )
    card = score(table)
    assert [
        (table.indicators[result.indicator].name, result.attainment.value, result.explanation)
        for result in card.verdicts
    ] == [
        ("指标0", "met", "实际12处，达到年度指标≥12处"),
        ("指标1", "not_met", "实际10处，未达年度指标≥12处"),
    ]
