"""A small 跟踪表 of three rows under a period line: the period tests' shared builder.

r37c (school terms), r37l (a term's printed months, other spellings of a period) and
r37o (listed quarters, quarter columns to a date, a term to date) each read it with
their own period line and title; r37o also with budget lines of its own.
"""

from __future__ import annotations

import perftrack

ROWS = [
    ("时效指标", "6月底前完成", "推进中"),
    ("时效指标", "1月底前完成", "已完成"),
    ("数量指标", "≥1200人", "600"),
]
TITLE = "财政项目支出绩效跟踪表"
BUDGET = [
    "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)\t",
    "\t年度资金总额\t100.00\t100.00\t45.00\t45.00\t",
]


def term_table(line: str, title: str = TITLE, budget: list[str] = BUDGET) -> perftrack.Table:
    """The table of *title*, the period *line* (none when empty), *budget* and ROWS, as text."""
    lines = [
        title,
        *([line] if line else []),
        "项目名称\t学生资助\t\t\t\t\t",
        "主管部门\t某区教育局\t\t实施单位\t某中学\t\t",
        *budget,
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
    ]
    lines += [
        f"产出指标\t{l2}\t完成第{i + 1}项工作\t{t}\t\t{a}\t" for i, (l2, t, a) in enumerate(ROWS)
    ]
    [table] = perftrack.read_text("\n".join(lines) + "\n", format="text")
    return table
