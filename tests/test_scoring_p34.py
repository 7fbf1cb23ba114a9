"""Value cells from 院前急救/采供血, 家庭医生签约, 老年助餐 and 充电设施 tables (parse34).

- H1: an average (``日均``, ``月均``) the verdict converts to the year's total is scored by
  that total too: ``日均出诊60次`` against ``≥2.5万次`` scores 21900/25000, not 60/25000.

Each case is a table written as text and the exact verdicts, points or findings it gives.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack

D = Decimal

SELF = ["探针项目支出绩效自评表", "（2025年度）", "项目名称\t探针专项资金"]
BUDGET = [
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t100\t100\t96\t10\t96.00%\t9.60",
]
GOAL = ["年度总体目标\t预期目标\t\t\t实际完成情况", "\t完成年度工作任务。\t\t\t基本完成。"]
GRID = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"


def self_table(*rows: tuple[str, str, str, str, str]) -> perftrack.Table:
    """A 2025 自评表 of rows (name, target, actual, weight, printed points)."""
    lines = [*SELF, *BUDGET, *GOAL, GRID]
    lines += [
        f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t{weight}\t{points}\t"
        for name, target, actual, weight, points in rows
    ]
    return perftrack.read_text("\n".join(lines))[0]


def points_of(card: perftrack.Scorecard) -> list[Decimal | None]:
    assert card.points is not None
    return [item.points for item in card.points.items][: len(card.verdicts)]  # no rate


# ---------------------------------------------------------------------------
# H1: the points score the year's total the verdict compared


@pytest.mark.parametrize(
    ("row", "attainment", "points"),
    [
        pytest.param(
            ("急救出诊", "≥2.5万次", "日均出诊60次", "17", "17"),
            "not_met",
            D("14.89"),  # 21900 / 25000 × 17
            id="daily-times-365",
        ),
        pytest.param(
            ("上门服务", "≥5000人次", "月均上门服务400人次", "16", "3.8"),
            "not_met",
            D("15.36"),  # 4800 / 5000 × 16
            id="monthly-times-12",
        ),
        pytest.param(
            ("全年助餐服务", "≥150万人次", "月均助餐12万人次", "4", "4"),
            "not_met",
            D("3.84"),  # 144万 / 150万 × 4
            id="monthly-in-wan",
        ),
        pytest.param(
            ("全年助餐服务", "≥150万人次", "月均助餐12.6万人次", "17", "17"),
            "met",
            D("17.00"),
            id="monthly-met-unchanged",
        ),
        pytest.param(
            ("出诊", "≥3万次", "出诊2.7万次", "10", "9"),
            "not_met",
            D("9.00"),
            id="no-average-unchanged",
        ),
    ],
)
def test_average_points_use_year_total(
    row: tuple[str, str, str, str, str], attainment: str, points: Decimal
) -> None:
    card = perftrack.score(self_table(row))
    assert [v.attainment.value for v in card.verdicts] == [attainment]
    assert points_of(card) == [points]


def test_average_points_findings_quote_year_total() -> None:
    card = perftrack.score(
        self_table(
            ("急救出诊", "≥2.5万次", "日均出诊60次", "17", "17"),
            ("上门服务", "≥5000人次", "月均上门服务400人次", "16", "15.36"),
        )
    )
    found = [
        (f.id, f.message) for f in card.findings if f.id.startswith(("full-points", "points-"))
    ]
    assert found == [
        ("full-points-not-met", "“急救出诊”未完成目标却得满分（填报得分17，计算得分14.89）"),
    ]
