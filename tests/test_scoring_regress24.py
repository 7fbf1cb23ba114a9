"""regress24: this morning's scoring fixes made right again.

A printed 指标方向性 against a target its name backs (M1), a bare figure that both
readings judge alike or that is 万元 under a 亿元 target (M2), ratios that may pass 100%
or fall below 0 (M6), one finding per *cell* (L1), a baseline year on a cost (L2).
Tables are built in code; every expected verdict and message is spelt out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from attrs import evolve
from tests.scoring_builders import (
    by_id,
    finding_ids,
    indicator,
    self_evaluation_table,
    target_table,
)

import perftrack
from perftrack.model import Finding, Severity, Where
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

    from perftrack.scoring import Scorecard

_LEVEL1 = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "经济成本指标": "成本指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "经济效益指标": "效益指标",
}


def one_target(
    name: str, target: str, level2: str = "质量指标", direction: str | None = None
) -> Scorecard:
    row = indicator(
        name, target, level1=_LEVEL1[level2], level2=level2, direction=direction, year=2025
    )
    return score(target_table([row], year=2025))


def messages(card: Scorecard, finding_id: str) -> list[str]:
    return [finding.message for finding in by_id(card, finding_id)]


# ---------------------------------------------------------------------------
# M1: a printed 指标方向性 against a target the name backs is the slip

PRINTED_SLIPS = [
    (
        "单位GDP能耗下降率",
        "≥3%",
        "反向",
        "生态效益指标",
        (
            "“单位GDP能耗下降率”指标方向性“反向”与年度指标“≥3%”不一致"
            "（按指标名称越高越好，年度指标方向无误），疑为指标方向性填写有误"
        ),
    ),
    (
        "万元产值能耗降幅",
        "≥3%",
        "反向",
        "生态效益指标",
        (
            "“万元产值能耗降幅”指标方向性“反向”与年度指标“≥3%”不一致"
            "（按指标名称越高越好，年度指标方向无误），疑为指标方向性填写有误"
        ),
    ),
    (
        "刑事案件发案率下降幅度",
        "≥5%",
        "反向",
        "社会效益指标",
        (
            "“刑事案件发案率下降幅度”指标方向性“反向”与年度指标“≥5%”不一致"
            "（按指标名称越高越好，年度指标方向无误），疑为指标方向性填写有误"
        ),
    ),
    (
        "验收合格率",
        "≥95%",
        "反向",
        "质量指标",
        (
            "“验收合格率”指标方向性“反向”与年度指标“≥95%”不一致"
            "（按指标名称越高越好，年度指标方向无误），疑为指标方向性填写有误"
        ),
    ),
    (
        "设备故障率",
        "≤5%",
        "正向",
        "质量指标",
        (
            "“设备故障率”指标方向性“正向”与年度指标“≤5%”不一致"
            "（按指标名称越低越好，年度指标方向无误），疑为指标方向性填写有误"
        ),
    ),
]


@pytest.mark.parametrize(("name", "target", "direction", "level2", "message"), PRINTED_SLIPS)
def test_a_printed_direction_against_a_target_the_name_backs(
    name: str, target: str, direction: str, level2: str, message: str
) -> None:
    card = one_target(name, target, level2, direction=direction)
    assert messages(card, "target-direction-suspect") == [message]
    assert "疑似方向设置错误" not in message  # never "flip the target"


def test_a_printed_direction_alone_on_a_neutral_name_names_the_conflict() -> None:
    card = one_target("设备运行指数", "≥5", direction="反向")
    assert messages(card, "target-direction-suspect") == [
        "“设备运行指数”指标方向性“反向”与年度指标“≥5”不一致，请核实年度指标或指标方向性"
    ]


def test_a_name_of_harm_with_a_printed_reverse_still_says_flip_the_target() -> None:
    card = one_target("设备故障率", "≥5%", direction="反向")
    assert messages(card, "target-direction-suspect") == [
        "“设备故障率”越低越好，年度指标“≥5%”为下限，疑似方向设置错误（应为“≤”上限）"
    ]


def test_a_printed_slip_leaves_the_verdict_as_written() -> None:
    row = indicator(
        "验收合格率", "≥95%", "90%", level2="质量指标", direction="反向", weight=90, points=80
    )
    card = score(self_evaluation_table([row]))
    assert card.verdicts[0].attainment.value == "not_met"
    assert card.verdicts[0].explanation == "实际90%，未达年度指标≥95%"


# ---------------------------------------------------------------------------
# M2: base-unit readings that agree, and 万元 under a 亿元 target

BASE_READINGS = [
    (
        "带动社会投资",
        "≥1.5亿元",
        "16000",
        "met",
        (
            "实际完成值“16000”按亿元计为年度指标≥1.5亿元的上千倍，疑为以万元填报，"
            "按16000万元（1.6亿元）计；实际16000万元，达到年度指标≥1.5亿元"
        ),
    ),
    (
        "带动社会投资",
        "≥5亿元",
        "52,000.00",
        "met",
        (
            "实际完成值“52,000.00”按亿元计为年度指标≥5亿元的上千倍，疑为以万元填报，"
            "按52000.00万元（5.2亿元）计；实际52000.00万元，达到年度指标≥5亿元"
        ),
    ),
    (
        "项目总投资",
        "≤1.2亿元",
        "11800",
        "met",
        (
            "实际完成值“11800”按亿元计为年度指标≤1.2亿元的上千倍，疑为以万元填报，"
            "按11800万元（1.18亿元）计；实际11800万元，达到年度指标≤1.2亿元"
        ),
    ),
    (
        "受益人口",
        "≥5万人",
        "520000",
        "met",
        (
            "实际完成值“520000”按万人计为年度指标≥5万人的上千倍，疑为以基本单位（人）填报，按520000人（52万人）计，"
            "两种读法结论相同；实际520000人，达到年度指标≥5万人"
        ),
    ),
    (
        "造林面积",
        "≥1万亩",
        "120000",
        "met",
        (
            "实际完成值“120000”按万亩计为年度指标≥1万亩的上千倍，疑为以基本单位（亩）填报，按120000亩（12万亩）计，"
            "两种读法结论相同；实际120000亩，达到年度指标≥1万亩"
        ),
    ),
    (
        "项目支出",
        "≤50万元",
        "1,200,000.00",
        "not_met",
        (
            "实际完成值“1,200,000.00”按万元计为年度指标≤50万元的上千倍，疑为以基本单位（元）填报，按1200000.00元（120万元）计，"
            "两种读法结论相同；实际1200000.00元已超出年度上限≤50万元"
        ),
    ),
    # still sure in 元: 4980000元 is 498万元
    (
        "项目支出",
        "≤500万元",
        "4,980,000.00",
        "met",
        (
            "实际完成值“4,980,000.00”按万元计为年度指标≤500万元的上千倍，疑为以基本单位（元）填报，"
            "按4980000.00元（498万元）计；实际4980000.00元，达到年度指标≤500万元"
        ),
    ),
    # 300000 against ≥300万元: 30万元 in 元, met as 万元; the readings differ
    (
        "资金拨付",
        "≥300万元",
        "300000",
        "unknown",
        (
            "实际填报300000，按年度指标单位计为300000万元，为年度指标≥300万元的上千倍，"
            "疑为以基本单位填报，无法判断"
        ),
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "why"), BASE_READINGS)
def test_a_bare_figure_against_a_wan_or_yi_target(
    name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    row = indicator(name, target, actual, weight=100, points=100)
    verdict = score(self_evaluation_table([row])).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, why)
    assert "以基本单位（元）" not in why or "亿" not in target  # 万元 under 亿元 is 万元
    if "两种读法结论相同" in why:  # how far over is unsure: no excess measured
        assert "exceeds-target" not in finding_ids(score(self_evaluation_table([row])))


# ---------------------------------------------------------------------------
# M6: gross rates, balances and temperatures are no implausible targets


@pytest.mark.parametrize(
    ("name", "target", "level2"),
    [
        ("高中阶段毛入学率", "≥102%", "质量指标"),
        ("学前教育毛入园率", "≥105%", "质量指标"),
        ("基金结余率", "≥-5%", "经济效益指标"),
        ("医保基金收支差额", "≥-100(万元)", "经济效益指标"),
        ("冷链运输温度", "≥-25℃", "质量指标"),
        ("冷库储存温度", "≥-18°C", "质量指标"),
    ],
)
def test_no_implausible_target(name: str, target: str, level2: str) -> None:
    assert "target-implausible" not in finding_ids(one_target(name, target, level2))


@pytest.mark.parametrize(
    ("name", "target", "message"),
    [
        (
            "义务教育入学率",
            "≥102%",
            "“义务教育入学率”合格率、满意度等比例指标不超过100%，年度指标“≥102%”不合理",
        ),
        ("消防安全知晓率", "≥-5%", "“消防安全知晓率”年度指标“≥-5%”下限不大于0，无约束意义"),
        ("新建防火隔离带", "≥0(公里)", "“新建防火隔离带”年度指标“≥0(公里)”下限不大于0，无约束意义"),
    ],
)
def test_still_implausible(name: str, target: str, message: str) -> None:
    assert messages(one_target(name, target), "target-implausible") == [message]


# ---------------------------------------------------------------------------
# L1: one finding per cell, not per row


def _with_error_at(column: int) -> Scorecard:
    row = indicator(
        "免费开放长效机制",
        "健全",
        "#N/A",
        level1="效益指标",
        level2="社会效益指标",
        weight=10,
        points=10,
        row=16,
    )
    table = self_evaluation_table([row])
    error = Finding(
        "malformed-target",
        Severity.WARNING,
        "单元格为 Excel 错误值“#N/A”（公式无法计算）",
        Where(indicator=0, name="免费开放长效机制", row=16, column=column),
    )
    return score(evolve(table, findings=(error,)))


def test_an_error_in_the_actual_cell_keeps_the_targets_finding() -> None:
    card = _with_error_at(6)  # the actual's cell (F16)
    assert "target-not-measurable" in finding_ids(card)
    assert "malformed-target" in finding_ids(card)


def test_an_error_in_the_target_cell_is_its_one_finding() -> None:
    card = _with_error_at(4)  # the target's cell (D16)
    assert "target-not-measurable" not in finding_ids(card)


def test_an_error_in_the_actual_cell_read_from_a_csv(tmp_path: Path) -> None:
    lines = [
        "项目支出绩效自评表",
        "（2024年度）",
        "项目名称,测试项目",
        "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分",
        "产出指标,数量指标,免费开放场馆,≥3(个),3个,50,50",
        "效益指标,社会效益指标,免费开放长效机制,健全,#N/A,50,40",
    ]
    text = "\n".join(lines)
    path = tmp_path / "自评.csv"
    path.write_text(text + "\n", encoding="utf-8")
    card = score(perftrack.read(path)[0])
    cells = sorted(
        (f.id, f.where.cell)
        for f in card.findings
        if f.id in {"malformed-actual", "malformed-target", "target-not-measurable"}
    )
    assert cells == [("malformed-actual", "E6"), ("target-not-measurable", "D6")]


# ---------------------------------------------------------------------------
# L2: ≤2023年 on a cost is a baseline, not a deadline


@pytest.mark.parametrize("target", ["≤2023年", "≤2023年度", "不超过2023年"])
def test_a_baseline_year_on_a_cost_is_no_deadline_outside_the_year(target: str) -> None:
    card = one_target("会议费", target, "经济成本指标")
    assert "deadline-outside-year" not in finding_ids(card)


def test_a_deadline_year_on_a_time_row_still_is() -> None:
    row = indicator("完工时间", "2023年底前", level2="时效指标", year=2025)
    card = score(target_table([row], year=2025))
    assert messages(card, "deadline-outside-year") == [
        "“完工时间”年度指标“2023年底前”早于2025年度，疑似沿用以前年度指标"
    ]
