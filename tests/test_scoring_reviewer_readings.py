"""Readings a reviewer makes without thinking, which the scorer missed (e2e15).

- a bare share under a bare target on a share's name (``服务对象满意度 | ≥85 | 0.92``);
- the default weight of a level 1 without indicators (no 分值 column): rescaled away;
- qualitative pairs: no (significant) effect, a timeliness word against a 100% 及时率,
  an actual holding the whole descriptive target, a change word of no family;
- a note's 合计总分 and 自评等级 read as one pair.

Each case is a table written as text (or one hand-built row) and the exact verdict,
explanation, points or findings it must give.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from scoring_builders import YEAR

D = Decimal
AT_YEAR_END = (YEAR, 1, YEAR, 12)
BEFORE_DUE = (YEAR, 1, YEAR, 8)

SELF_HEAD = [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t测试",
]
GRID_WITH_POINTS = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"
GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值"


def budget(executed: str = "100", rate: str = "100%") -> list[str]:
    """A budget block of 100 (万元) with *executed* and its printed *rate*."""
    return [
        "项目资金（万元）\t\t全年预算数\t全年执行数\t执行率",
        f"\t年度资金总额\t100\t{executed}\t{rate}",
    ]


def read_one(*lines: str) -> perftrack.Table:
    return perftrack.read_text("\n".join(lines))[0]


def messages(card: perftrack.Scorecard, finding_id: str) -> list[str]:
    return [finding.message for finding in card.findings if finding.id == finding_id]


# ---------------------------------------------------------------------------
# H3: a bare share under a bare target, the % given by the name only


@pytest.mark.parametrize(
    ("name", "level", "target", "actual", "attainment", "explanation", "points"),
    [
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥85",
            "0.92",
            "met",
            "实际0.92（按比例计为92%），达到年度指标≥85",
            D("10.00"),
            id="satisfaction-share-met",
        ),
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥90",
            "0.88",
            "not_met",
            "实际0.88（按比例计为88%），未达年度指标≥90",
            D("9.78"),  # 88 / 90 of 10: the points take the same reading
            id="satisfaction-share-short",
        ),
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥85%",
            "0.92",
            "met",
            "实际0.92（按比例计为92%），达到年度指标≥85%",
            D("10.00"),
            id="percent-target-as-before",
        ),
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥85",
            "92",
            "met",
            "实际92，达到年度指标≥85",
            D("10.00"),
            id="bare-figures-as-before",
        ),
        pytest.param(
            "验收合格率",
            "产出指标\t质量指标",
            "≥95",
            "0.97",
            "met",
            "实际0.97（按比例计为97%），达到年度指标≥95",
            D("10.00"),
            id="rate-name",
        ),
        pytest.param(
            "培训人数",
            "产出指标\t数量指标",
            "≥95",
            "0.97",
            "not_met",
            "实际0.97，未达年度指标≥95",
            D("0.10"),
            id="no-share-name-keeps-the-figure",
        ),
        pytest.param(
            "农民收入增长率",
            "效益指标\t经济效益指标",
            "≥5",
            "0.3",
            "not_met",
            "实际0.3，未达年度指标≥5",
            D("0.60"),
            id="rate-of-change-keeps-the-figure",
        ),
        pytest.param(
            "服务对象满意度",
            "满意度指标\t服务对象满意度指标",
            "≥5",
            "0.8",
            "not_met",
            "实际0.8，未达年度指标≥5",  # 5 is not ten times 0.8: no share
            D("1.60"),
            id="small-target-keeps-the-figure",
        ),
        pytest.param(
            "差错率",
            "产出指标\t质量指标",
            "≤5",
            "0.3",
            "met",
            "实际0.3，达到年度指标≤5",
            D("10.00"),
            id="ceiling-keeps-the-figure",
        ),
    ],
)
def test_a_bare_share_under_a_bare_target_on_a_share_name(  # noqa: PLR0913, PLR0917 - the case table
    name, level, target, actual, attainment, explanation, points
):
    table = read_one(*SELF_HEAD, GRID_WITH_POINTS, f"{level}\t{name}\t{target}\t{actual}\t10\t10")
    card = perftrack.score(table)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert card.points is not None
    assert card.points.items[0].points == points
