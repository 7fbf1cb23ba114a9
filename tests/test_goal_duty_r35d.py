"""A 部门整体 table's 部门职责 and 年度履职目标 beside its 年度总体目标 (r35d).

A department's self-evaluation prints its duties (``部门职责 | …``) and its year's duty
goal (``年度履职目标 | …``) above or below the goal block (``年度总体目标 | 预期目标 |
实际完成情况``). A 年度履职目标 row after the goal block replaced the goal read: the
expected and achieved texts of the block were lost (``PM2.5浓度32`` gone). The
部门职责 row under the goal block was read as more goal text, and elsewhere dropped
without a trace. Now a second goal label goes on with the goal read, and the duties
are a table note. A short goal that says what is to be done (``完成考核目标``,
``实现预期目标``: a verb first) is the goal, not a header cell naming its column (the
goal was lost: no ``overall_goal``).

Every table is built here as TSV text and read with :func:`perftrack.read_text`.
"""

from __future__ import annotations

import pytest

import perftrack


def _tsv(*rows: tuple[str, ...]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


HEAD = (("部门整体支出绩效自评表",), ("（2022年度）",), ("部门名称", "临川区生态环境局"))
DUTY = (("部门职责", "负责全区生态环境保护监督管理"),)
DUTY_GOAL = (("年度履职目标", "完成省下达的空气质量考核目标"),)
GOAL = (
    ("年度总体目标", "预期目标", "", "实际完成情况"),
    ("", "PM2.5浓度控制在35以内", "", "PM2.5浓度32"),
)
GRID = (
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
    ("产出指标", "数量指标", "执法检查企业数", "≥300家", "326家", "10", "10"),
)
NOTE = (("部门职责", "负责全区生态环境保护监督管理"),)

CASES = [
    (
        "duty goal after the goal block",
        (*GOAL, *DUTY_GOAL),
        ("PM2.5浓度控制在35以内 完成省下达的空气质量考核目标", "PM2.5浓度32"),
        (),
    ),
    (
        "duties and duty goal after the goal block",
        (*GOAL, *DUTY, *DUTY_GOAL),
        ("PM2.5浓度控制在35以内 完成省下达的空气质量考核目标", "PM2.5浓度32"),
        NOTE,
    ),
    (
        "duties and duty goal before the goal block",
        (*DUTY, *DUTY_GOAL, *GOAL),
        ("完成省下达的空气质量考核目标 PM2.5浓度控制在35以内", "PM2.5浓度32"),
        NOTE,
    ),
    ("duties alone", (*DUTY, *GOAL), ("PM2.5浓度控制在35以内", "PM2.5浓度32"), NOTE),
    (
        "a goal label repeated with its text (a merged cell, flattened)",
        (("年度绩效目标", "完成考核目标"), ("年度绩效目标", "完成考核目标")),
        ("完成考核目标", ""),
        (),
    ),
    (
        "a short goal saying what is to be done is no header cell",
        (("年度总体目标", "完成年度目标任务"),),
        ("完成年度目标任务", ""),
        (),
    ),
    (
        "a short goal and what was done",
        (("年度绩效目标", "实现预期目标", "已全部实现"),),
        ("实现预期目标", "已全部实现"),
        (),
    ),
    (
        "header cells still head the goal's columns",
        (("年度总体目标", "全年预期目标", "实际完成情况"), ("", "完成培训", "完成培训120人次")),
        ("完成培训", "完成培训120人次"),
        (),
    ),
    (
        "a department's 主要职能 and 单位（部门）职责",
        (("主要职能", "环境监测"), ("单位职责", "环境执法"), *GOAL),
        ("PM2.5浓度控制在35以内", "PM2.5浓度32"),
        (("主要职能", "环境监测"), ("单位职责", "环境执法")),
    ),
]


@pytest.mark.parametrize(
    ("rows", "goal", "notes"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_goal_and_duties(
    rows: tuple[tuple[str, ...], ...],
    goal: tuple[str, str],
    notes: tuple[tuple[str, str], ...],
) -> None:
    table = perftrack.read_text(_tsv(*HEAD, *rows, *GRID))[0]
    assert table.overall_goal is not None
    assert (table.overall_goal.expected, table.overall_goal.achieved) == goal
    assert tuple((note.label, note.text) for note in table.notes) == notes
    assert [i.name for i in table.indicators] == ["执法检查企业数"]
    assert not table.findings
