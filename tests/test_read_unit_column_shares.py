"""A 单位 column beside figures written as shares or with a short unit (e2e14 H1, M2).

Each case is one row of a small self-evaluation table written here, with a 计量单位
column between 年度指标值 and 实际完成值: what the reader makes of the target and the
actual (their text stays the cell's), and the verdict scoring gives the row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import xlsx_bytes

if TYPE_CHECKING:
    from collections.abc import Sequence

HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "计量单位",
    "实际完成值",
    "分值",
    "得分",
]


def table_of(name: str, target: str, unit: str, actual: str) -> perftrack.Table:
    """The one table holding the row ``name | target | unit | actual``."""
    rows = [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "单位列"],
        HEADER,
        ["产出指标", "质量指标", name, target, unit, actual, "10", "10"],
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return table


@pytest.mark.parametrize(
    ("row", "target", "target_text", "actual", "attainment", "fragment"),
    [
        # a share under %: the cell's text, the column's unit; scoring reads 90%
        (
            ("故障修复及时率", "0.9", "%", "92.4"),
            "=0.9(%)",
            "0.9",
            "92.4(%)",
            "met",
            "年度指标“0.9”按比例计为90%；实际92.4%，达到年度指标=90%",
        ),
        (
            ("验收合格率", "≥0.9", "%", "85"),
            "≥0.9(%)",
            "≥0.9",
            "85(%)",
            "not_met",
            "未达年度指标≥90%",
        ),
        # the actual a share under %: 97%, not 0.97%
        (
            ("考核合格率", "≥95", "%", "0.97"),
            "≥95(%)",
            "≥95%",
            "0.97(%)",
            "met",
            "实际0.97（按比例计为97%），达到年度指标≥95%",
        ),
        (
            ("验收通过率", "100", "%", "1"),
            "=100(%)",
            "100%",
            "1(%)",
            "met",
            "实际1（按比例计为100%）",
        ),
        # a small rate under a ceiling, or a % the cell writes, stays what it says
        (("差错率", "≤0.5", "%", "0.3"), "≤0.5(%)", "≤0.5", "0.3(%)", "met", "实际0.3%"),
        (("抽检合格率", "≥0.9%", "%", "0.95%"), "≥0.9(%)", "≥0.9%", "0.95(%)", "met", "≥0.9%"),
        (("事故发生率", "≤2", "%", "0.5"), "≤2(%)", "≤2%", "0.5(%)", "met", "实际0.5%"),
        # a 1 is no share (regress15 W12): ≤1 under % is shown ≤1%
        (("服务投诉率", "≤1", "%", "0.8"), "≤1(%)", "≤1%", "0.8(%)", "met", "达到年度指标≤1%"),
        # a compound unit written short in the cell (M2): the row's unit
        (
            ("生均成本", "≤1000", "元/生·年", "1000元"),
            "≤1000(元/生·年)",
            "≤1000元/生·年",
            "1000(元/生·年)",
            "met",
            "实际1000元/生·年",
        ),
        (
            ("人均补助", "≤1000元", "元/人", "980"),
            "≤1000(元/人)",
            "≤1000元",
            "980(元/人)",
            "met",
            "",
        ),
        # a figure ending in 万 takes the column's unit after it (M2)
        (
            ("培训人次", "≥1.2万", "次", "12500"),
            "≥1.2(万次)",
            "≥1.2万次",
            "12500(次)",
            "met",
            "达到年度指标≥1.2万次",
        ),
        (("受益人数", "≥1.2万", "万人", "1.3"), "≥1.2(万)", "≥1.2万", "1.3(万人)", "met", ""),
    ],
    ids=[
        "share-target",
        "share-target-missed",
        "share-actual",
        "share-actual-whole",
        "small-rate-under-ceiling",
        "percent-written-in-cell",
        "small-actual-under-ceiling",
        "one-is-no-share",
        "compound-unit-short-actual",
        "compound-unit-short-target",
        "wan-then-unit",
        "wan-then-wan-unit",
    ],
)
def test_a_unit_column_beside_shares_and_short_units(  # noqa: PLR0913, PLR0917 - the case table
    row: tuple[str, str, str, str],
    target: str,
    target_text: str,
    actual: str,
    attainment: str,
    fragment: str,
) -> None:
    table = table_of(*row)
    (indicator,) = table.indicators
    assert indicator.target is not None
    assert indicator.actual is not None
    assert (str(indicator.target), indicator.target.text) == (target, target_text)
    assert (str(indicator.actual), indicator.actual.text) == (actual, row[3])
    (verdict,) = perftrack.score(table).verdicts
    assert verdict.attainment.value == attainment
    assert fragment in verdict.explanation


def test_numbers_typed_under_a_percent_column_in_an_xlsx() -> None:
    # General-format numbers: 0.97 and 1 typed where the column says %, as in t16
    grid: list[Sequence[object]] = [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "非遗保护"],
        HEADER,
        ["产出指标", "质量指标", "传承人年度考核合格率", "≥95", "%", 0.97, 10, 10],
        ["产出指标", "质量指标", "数字化资料验收通过率", 100, "%", 1, 5, 5],
        ["满意度指标", "服务对象满意度指标", "观众满意度", "≥90", "%", 0.89, 5, 5],
        ["效益指标", "社会效益指标", "故障修复及时率", 0.9, "%", 92.4, 10, 10],
    ]
    (table,) = perftrack.read(xlsx_bytes({"表1": grid}))
    card = perftrack.score(table)
    assert [v.attainment.value for v in card.verdicts] == ["met", "met", "not_met", "met"]
    ids = [finding.id for finding in card.findings]
    assert ids.count("full-points-not-met") == 1  # 观众满意度 89% against ≥90% only
    assert "exceeds-target" not in ids
    assert "plan-exceeds-target" not in ids
