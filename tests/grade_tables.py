"""Small tables written as text, read and scored: the grade tests' shared builders.

r34n, r34p and r34r each compose a one-row 自评表 or 目标申报表 of a test project and
compare the findings (less the framework's completeness, which such a table lacks);
t21b and r34j a 目标申报表 of a few rows.
"""

from __future__ import annotations

import perftrack
from perftrack.scoring import score

# the framework's completeness is asked of every small table here: not these cases'
COMPLETENESS = frozenset({"missing-category", "missing-level2"})


def read(lines: list[list[str]]) -> perftrack.Table:
    """The one table of *lines*, each a row of cells, written as TSV."""
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def self_table(
    row: list[str], *, year: str = "2025", name: str = "测试项目", money: str = "100.00"
) -> perftrack.Table:
    """A *year* 自评表 of project *name* with a full budget line and the one indicator *row*.

    The budget line is *money* 万元 planned, budgeted and spent (10 of 10 points); *row* is
    seven cells.
    """
    return read(
        [
            ["项目支出绩效自评表"],
            [f"（{year}年度）"],
            ["项目名称", name],
            [
                "项目资金（万元）",
                "年初预算数",
                "全年预算数",
                "全年执行数",
                "分值",
                "执行率",
                "得分",
            ],
            ["年度资金总额", money, money, money, "10", "100%", "10"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            row,
        ]
    )


def verdict(level2: str, name: str, target: str, actual: str) -> tuple[str, str]:
    """The attainment and explanation of a 自评表 row *name* under 产出指标/*level2* (10 of 10)."""
    table = self_table(["产出指标", level2, name, target, actual, "10", "10"])
    found = score(table).verdicts[0]
    return found.attainment.value, found.explanation


def target_rows(
    rows: list[list[str]], *extra: list[str], goal: str = "完成年度任务。"
) -> perftrack.Table:
    """A 2026 目标申报表 of the indicator *rows* (four cells each), *extra* rows after the name."""
    return read(
        [
            ["2026年度项目支出绩效目标申报表"],
            ["项目名称", "测试项目"],
            *extra,
            ["项目资金（万元）", "年度资金总额", "100.00"],
            ["", "其中：财政拨款", "100.00"],
            ["年度绩效目标", goal],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            *rows,
        ]
    )


def target_table(name: str, target: str) -> perftrack.Table:
    """A 2026 目标申报表 with the one 质量指标 *name* of *target*."""
    return target_rows([["产出指标", "质量指标", name, target]])


def found(table: perftrack.Table) -> list[tuple[str, str | None, str]]:
    """The findings of scoring *table*, as (id, cell, message), less the completeness."""
    return [
        (f.id, f.where.cell, f.message) for f in score(table).findings if f.id not in COMPLETENESS
    ]
