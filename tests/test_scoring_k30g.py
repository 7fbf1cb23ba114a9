"""Findings that contradict the table's own scoring or miss its printed figures (k30g; score54).

H2: an execution rate (``预算执行率``, ``项目资金执行率``, ``资金使用率``) filed under 成本指标
is a share better higher, as a 完成率 or 覆盖率 there is: no ``cost-not-ceiling`` on its
``≥90%``, and its ``=100%`` is a floor (95% is not met). A cost (``设备购置费``) and a name
holding a cost word (``成本执行率``) stay a cost row's reading.

Every table is built as TSV text and read through ``perftrack.read_text``.
"""

from __future__ import annotations

import pytest

import perftrack

TITLE = ["项目支出绩效自评表", "（2024年度）", "项目名称\t职业技能培训补贴"]
BUDGET_HEAD = "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"
BUDGET = "\t年度资金总额\t100.00\t100.00\t96.00\t10\t96.00%\t9.6"
GOAL = [
    "年度总体目标\t预期目标\t\t\t实际完成情况",
    "\t完成年度工作任务。\t\t\t已完成年度工作任务。",
]
GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"


def self_table(rows: list[str], tail: list[str] | None = None) -> perftrack.Table:
    """A 2024 自评表 of the grid *rows* (TSV lines) and the closing lines *tail*."""
    lines = [*TITLE, BUDGET_HEAD, BUDGET, *GOAL, GRID, *rows, *(tail or [])]
    return perftrack.read_text("\n".join(lines))[0]


def findings(table: perftrack.Table) -> list[tuple[str, str]]:
    """The (id, message) of every finding of *table*, the reader's and the scoring's."""
    card = perftrack.score(table)
    return [(f.id, f.message) for f in [*table.findings, *card.findings]]


def cost_row(name: str, target: str, actual: str) -> list[str]:
    """A grid of five rows adding up to 100, the third a 成本指标 row of *name*."""
    return [
        "产出指标\t数量指标\t培训人次\t≥400人次\t420人次\t20\t20\t",
        "\t质量指标\t培训合格率\t≥95%\t96%\t20\t20\t",
        f"\t成本指标\t{name}\t{target}\t{actual}\t10\t10\t",
        "效益指标\t社会效益指标\t学员就业率\t≥70%\t72%\t20\t20\t",
        "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t94%\t20\t20\t",
    ]


COST_ROWS = [
    # an execution rate under 成本指标: better higher, no ceiling asked
    pytest.param("预算执行率", "≥90%", "96%", ("met", "实际96%，达到年度指标≥90%"), False, id="h2-budget-rate"),
    pytest.param("项目资金执行率", "≥95%", "96%", ("met", "实际96%，达到年度指标≥95%"), False, id="h2-project-rate"),
    pytest.param("资金使用率", "≥90%", "96%", ("met", "实际96%，达到年度指标≥90%"), False, id="h2-use-rate"),
    pytest.param("预算执行率", "100%", "96%", ("not_met", "实际96%，未达年度指标=100%"), False, id="h2-equal-floor"),
    # neighbours: a share already better higher, a cost, a name of a cost
    pytest.param("任务完成率", "≥90%", "96%", ("met", "实际96%，达到年度指标≥90%"), False, id="completion"),
    pytest.param("设备购置费", "≥90万元", "95万元", ("met", "实际95万元，达到年度指标≥90万元"), True, id="cost"),
    pytest.param("成本执行率", "≥90%", "96%", ("met", "实际96%，达到年度指标≥90%"), True, id="cost-word"),
    pytest.param("设备购置费", "100万元", "95万元", ("met", "实际95万元，达到年度指标=100万元"), False, id="cost-equal"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "reading", "ceiling"), COST_ROWS)
def test_execution_rate_under_cost(
    name: str,
    target: str,
    actual: str,
    reading: tuple[str, str],
    ceiling: bool,  # noqa: FBT001
) -> None:
    table = self_table(cost_row(name, target, actual))
    verdict = perftrack.score(table).verdicts[2]
    assert (verdict.attainment.value, verdict.explanation) == reading
    ids = [found for found, _ in findings(table)]
    assert ("cost-not-ceiling" in ids) == ceiling
