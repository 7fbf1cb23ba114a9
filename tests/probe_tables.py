"""The probe tables the scoring tests read row by row: a 2025 自评表 and a 2025 跟踪表.

A case gives the cells a row prints; the table around it (title, year, project, a budget
line, the overall goal, the grid's header) is the same for every test file, so only the
row decides the verdict:

    >>> self_verdict("培训次数", "≥4次", "4次").attainment.value
    'met'
    >>> track_verdict("培训次数", "≥12次", "9次", "9次").progress.value
    'on_track'

The 跟踪表 covers January to ``months`` (9 unless a case says otherwise) with the tracked
budget ``budget`` (跟踪期预算数, 跟踪期执行数, 执行率; 75/74/98.67 of 100 unless said).
``per_person_verdict`` reads one row through the ``scoring_builders`` tables instead.

``points_table`` is the other table of the points tests: a 2023 自评表 of 示例项目 with a
budget line of 600 (weight 10) and the closing rows 总分 and 自评等级.
"""

from __future__ import annotations

import perftrack
from scoring_builders import indicator, self_evaluation_table, tracking_table

SELF = ["探针项目支出绩效自评表", "（2025年度）", "项目名称\t探针专项资金"]
BUDGET = [
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t100\t100\t96\t10\t96.00%\t9.60",
]
GOAL = ["年度总体目标\t预期目标\t\t\t实际完成情况", "\t完成年度工作任务。\t\t\t基本完成。"]
GRID = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"

#: The tracked budget of the 跟踪表 unless a case says otherwise: 跟踪期预算数, 执行数, 执行率.
TRACK_BUDGET = ("75", "74", "98.67")
TRACK_TAIL = [
    "绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成",
    "\t年度绩效目标完成可能性\t确定能完成",
]


def self_table(*rows: tuple[str, str, str, str, str]) -> perftrack.Table:
    """A 2025 自评表 of 产出/数量 rows (name, target, actual, weight, printed points)."""
    lines = [*SELF, *BUDGET, *GOAL, GRID]
    lines += [
        f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t{weight}\t{points}\t"
        for name, target, actual, weight, points in rows
    ]
    return perftrack.read_text("\n".join(lines))[0]


def self_card(name: str, target: str, actual: str) -> perftrack.Scorecard:
    """The scorecard of one 产出/数量 row of the 2025 自评表 (weight 2, printed points 2)."""
    return perftrack.score(self_table((name, target, actual, "2", "2")))


def self_verdict(name: str, target: str, actual: str) -> perftrack.Verdict:
    """The verdict of one 产出/数量 row of the 2025 自评表 (weight 2, printed points 2)."""
    return self_card(name, target, actual).verdicts[0]


def self_reading(name: str, target: str, actual: str) -> tuple[str, str]:
    """The attainment and explanation of one row of the probe 自评表."""
    found = self_verdict(name, target, actual)
    return found.attainment.value, found.explanation


def track_head(months: int = 9, budget: tuple[str, str, str] = TRACK_BUDGET) -> list[str]:
    """The lines of a 2025 跟踪表 of January to *months* down to its grid's header."""
    planned, spent, rate = budget
    return [
        "财政项目支出绩效跟踪表",
        f"跟踪时段：（ 2025-1月 至 2025-{months}月 ）",
        "项目名称\t探针专项资金",
        "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
        f"\t年度资金总额\t100\t{planned}\t{spent}\t{rate}",
        "年度总体目标\t预期目标\t\t跟踪期实际完成情况",
        "\t完成年度工作任务。\t\t按序时推进。",
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
    ]


def track_table(
    row: tuple[str, str, str, str], months: int = 9, budget: tuple[str, str, str] = TRACK_BUDGET
) -> perftrack.Table:
    """A 2025 跟踪表 of January to *months* with one 产出/数量 row (name, target, plan, actual)."""
    name, target, plan, actual = row
    line = f"产出指标\t数量指标\t{name}\t{target}\t{plan}\t{actual}\t"
    return perftrack.read_text("\n".join([*track_head(months, budget), line, *TRACK_TAIL]))[0]


def track_verdict(
    name: str, target: str, plan: str, actual: str, months: int = 9
) -> perftrack.Verdict:
    """The verdict of one 产出/数量 row of a 2025 跟踪表 of January to *months*."""
    return perftrack.score(track_table((name, target, plan, actual), months)).verdicts[0]


def per_person_verdict(
    table_kind: str, target: str, actual: str, year: int = 2025
) -> tuple[str, str, tuple[str, ...]]:
    """The verdict of one 困难群众生活补助 row (weight 4, points 4) and any unit-mismatch.

    *table_kind* is ``self`` (the year's 自评表) or ``track`` (a 跟踪表 of January to June).
    """
    row = indicator(name="困难群众生活补助", target=target, actual=actual, weight=4, points=4)
    table = (
        self_evaluation_table([row], year=year)
        if table_kind == "self"
        else tracking_table([row], period=(year, 1, year, 6))
    )
    scored = perftrack.score(table)
    got = scored.verdicts[0]
    mismatch = tuple(f.id for f in [*table.findings, *scored.findings] if f.id == "unit-mismatch")
    return got.attainment.value, got.explanation, mismatch


POINTS_TITLE = ["2023年度项目支出绩效自评表", "（2023年度）", "项目名称\t\t示例项目"]
POINTS_BUDGET_HEAD = "项目资金（万元）\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"
POINTS_BUDGET = "\t年度资金总额\t\t600.00\t600.00\t600.00\t10\t100.00%\t10"
POINTS_GOAL = ["年度总体目标\t预期目标\t\t\t\t实际完成情况", "\t完成年度任务\t\t\t\t基本完成"]
#: The grid's header with no 分值 column: the weights are left to the reader.
LABEL_GRID = (
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\t偏差原因分析及改进措施"
)


def points_table(  # noqa: PLR0913 - one keyword per part of the table that a case changes
    rows: list[str],
    total: str = "100",
    *,
    budget: str = POINTS_BUDGET,
    grid: str = GRID,
    full: str = "100",
    grade: str = "优",
) -> perftrack.Table:
    """The 2023 自评表 of *rows*, its 总分 row printing *full* and *total*, graded *grade*."""
    lines = [*POINTS_TITLE, POINTS_BUDGET_HEAD, budget, *POINTS_GOAL, grid, *rows]
    lines += [f"总分\t\t\t\t\t\t{full}\t{total}", f"自评等级\t\t\t\t\t\t\t{grade}"]
    return perftrack.read_text("\n".join(lines))[0]
