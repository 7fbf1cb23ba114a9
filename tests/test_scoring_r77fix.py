"""regress77: a grade change after the target's, a negation that does not govern the figure.

Every case is a small year-end 自评表 written here, read with ``read_text``.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Attainment

SELF_EVAL = [
    ["2025年度项目支出绩效自评表"],
    ["资金使用情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["年度资金总额", "500", "500", "500", "100%"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
]


def self_evaluated(name: str, target: str, actual: str) -> perftrack.Verdict:
    """The one verdict of a year-end 自评表 with one row."""
    row = ["产出指标", "数量指标", name, target, actual, "10", "10"]
    text = "\n".join("\t".join(cells) for cells in [*SELF_EVAL, row])
    (table,) = perftrack.read_text(text, format="text")
    (verdict,) = perftrack.score(table).verdicts
    return verdict


def not_a_value(actual: str) -> str:
    return f"实际“{actual}”不是数值，无法与年度指标比较"


SHORT_BY_TWO = "实际由4.6等提升至4.3等（提升0.3个等级），未达年度指标提升0.5个等级"


# W1: 目标/年度目标/指标值/任务/原定/计划/力争… introduce the plan, never a subject: the clause
# they lead is skipped, a later clause led by the actual (实际/实际完成/完成/已) is read.
@pytest.mark.parametrize(
    ("target", "actual", "attainment", "says"),
    [
        pytest.param(
            "提升0.5个等级",
            "目标由4.6等提升至4.1等，实际提升至4.3等",
            Attainment.UNKNOWN,
            not_a_value("目标由4.6等提升至4.1等，实际提升至4.3等"),
            id="target-then-actual-end-grade",
        ),
        pytest.param(
            "提升0.5个等级",
            "年度目标由4.6等提升至4.1等，实际4.3等",
            Attainment.UNKNOWN,
            not_a_value("年度目标由4.6等提升至4.1等，实际4.3等"),
            id="annual-target",
        ),
        pytest.param(
            "提升0.5个等级",
            "指标值由4.6等提升至4.1等，完成4.3等",
            Attainment.UNKNOWN,
            not_a_value("指标值由4.6等提升至4.1等，完成4.3等"),
            id="target-value",
        ),
        pytest.param(
            "提升0.5个等级",
            "原定由4.6等提升至4.1等，受灾仅提升至4.4等",
            Attainment.UNKNOWN,
            not_a_value("原定由4.6等提升至4.1等，受灾仅提升至4.4等"),
            id="originally-planned",
        ),
        pytest.param(
            "提升0.5个等级",
            "目标由4.6等提升至4.1等",
            Attainment.UNKNOWN,
            "实际4.1等与年度指标提升0.5个等级单位不可比",
            id="target-only",
        ),
        pytest.param(
            "提升0.5个等级",
            "目标由4.6等提升至4.1等，部分地块由5等提升至4等",
            Attainment.UNKNOWN,
            not_a_value("目标由4.6等提升至4.1等，部分地块由5等提升至4等"),
            id="target-then-a-part",
        ),
        pytest.param(
            "提升0.5个等级",
            "任务由4.6等提升至4.1等，实际完成由4.6等提升至4.3等",
            Attainment.NOT_MET,
            SHORT_BY_TWO,
            id="task-then-actual-change",
        ),
        pytest.param(
            "提升0.5个等级",
            "计划由4.6等提升至4.1等，实际由4.6等提升至4.3等",
            Attainment.NOT_MET,
            SHORT_BY_TWO,
            id="plan-then-actual-change",
        ),
        pytest.param(
            "提升0.5个等级",
            "力争由4.6等提升至4.1等，已由4.6等提升至4.3等",
            Attainment.NOT_MET,
            SHORT_BY_TWO,
            id="aim-then-done-change",
        ),
        pytest.param(
            "提升0.3个等级",
            "目标由4.6等提升至4.3等，实际由4.6等提升至4.3等",
            Attainment.MET,
            "实际由4.6等提升至4.3等（提升0.3个等级），达到年度指标提升0.3个等级",
            id="target-then-actual-met",
        ),
    ],
)
def test_target_clause_is_no_subject(
    target: str, actual: str, attainment: Attainment, says: str
) -> None:
    verdict = self_evaluated("耕地质量等级", target, actual)
    assert (verdict.attainment, verdict.explanation) == (attainment, says)
