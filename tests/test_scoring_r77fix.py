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


# W2: the negation counts only when it governs the figure — in the first figure's clause, near
# its start, and not qualifying a noun (未完成部分, 未完成的, 没有完成任务的, 未达到标准的).
@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "says"),
    [
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "未完成部分已结转下年，全年完成3万剂",
            Attainment.MET,
            "实际3万剂，达到年度指标≥3万剂",
            id="unfinished-part-carried-over",
        ),
        # regress78: a word of contrast opens the figure's clause without a comma
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "未完成全年任务但已接种3万剂",
            Attainment.MET,
            "实际3万剂，达到年度指标≥3万剂",
            id="contrast-without-comma",
        ),
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "上年未完成，本年完成3万剂",
            Attainment.MET,
            "实际3万剂，达到年度指标≥3万剂",
            id="last-year-not-done",
        ),
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "未达到标准的已整改，完成3万剂",
            Attainment.MET,
            "实际3万剂，达到年度指标≥3万剂",
            id="substandard-ones-fixed",
        ),
        pytest.param(
            "培训人次",
            "≥60人次",
            "未完成的培训已补训，培训60人次",
            Attainment.MET,
            "实际60人次，达到年度指标≥60人次",
            id="missed-training-made-up",
        ),
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "没有完成任务的乡镇已约谈，全县完成3.2万剂",
            Attainment.MET,
            "实际3.2万剂，达到年度指标≥3万剂",
            id="towns-behind-interviewed",
        ),
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "未完成3万剂",
            Attainment.NOT_MET,
            "实际“未完成3万剂”，注明未完成（未实现）所列目标，未达年度指标≥3万剂",
            id="not-done-stays",
        ),
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "因疫苗短缺未完成3万剂",
            Attainment.NOT_MET,
            "实际“因疫苗短缺未完成3万剂”，注明未完成（未实现）所列目标，未达年度指标≥3万剂",
            id="not-done-with-a-reason-stays",
        ),
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "未完成任务3万剂",
            Attainment.NOT_MET,
            "实际“未完成任务3万剂”，注明未完成（未实现）所列目标，未达年度指标≥3万剂",
            id="not-done-the-task-stays",
        ),
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "未完成部分3万剂",
            Attainment.UNKNOWN,
            "实际“未完成部分3万剂”注明未完成（未实现），是否达到年度指标≥3万剂需人工判断",
            id="unfinished-part-in-the-figures-clause-unknown",
        ),
        pytest.param(
            "疫苗接种数量",
            "≥3万剂",
            "未完成3万支（剂）",
            Attainment.NOT_MET,
            "实际“未完成3万支（剂）”，注明未完成（未实现）所列目标，未达年度指标≥3万剂",
            id="not-done-bracketed-unit-stays",
        ),
        pytest.param(
            "收入增长",
            "提高5%",
            "未实现平均提高5%",
            Attainment.NOT_MET,
            "实际“未实现平均提高5%”，注明未完成（未实现）所列目标，未达年度指标提高5%",
            id="not-reached-rise-stays",
        ),
        pytest.param(
            "事故起数",
            "下降5%",
            "未能实现由120起下降到110起",
            Attainment.UNKNOWN,
            "实际“未能实现由120起下降到110起”注明未完成（未实现），是否达到年度指标下降5%需人工判断",
            id="not-reached-levels-stays-unknown",
        ),
    ],
)
def test_negation_governs_the_figure(
    name: str, target: str, actual: str, attainment: Attainment, says: str
) -> None:
    verdict = self_evaluated(name, target, actual)
    assert (verdict.attainment, verdict.explanation) == (attainment, says)
