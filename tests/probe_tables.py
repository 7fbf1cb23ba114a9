"""The probe 自评表 the scoring tests read row by row: one 2025 table, through the reader.

A case gives the cells a row prints; the table around it (title, year, project, a budget
line of 96 %, the overall goal, the grid's header) is the same for every test file, so
only the row decides the verdict:

    >>> self_verdict("培训次数", "≥4次", "4次").attainment.value
    'met'
"""

from __future__ import annotations

import perftrack

SELF = ["探针项目支出绩效自评表", "（2025年度）", "项目名称\t探针专项资金"]
BUDGET = [
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t100\t100\t96\t10\t96.00%\t9.60",
]
GOAL = ["年度总体目标\t预期目标\t\t\t实际完成情况", "\t完成年度工作任务。\t\t\t基本完成。"]
GRID = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"


def self_verdict(name: str, target: str, actual: str) -> perftrack.Verdict:
    """The verdict of one 产出/数量 row of the 2025 自评表 (weight 2, printed points 2)."""
    row = f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t2\t2\t"
    table = perftrack.read_text("\n".join([*SELF, *BUDGET, *GOAL, GRID, row]))[0]
    return perftrack.score(table).verdicts[0]
