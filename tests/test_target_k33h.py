"""target58 #3, #4, #11: later-year and project-period targets, decimal satisfaction
targets under a ``%`` column, and changes named without a figure in a target table.

Every table is written here as text (TSV); each case gives the exact object, verdict or
finding.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.expressions import Comparison, Op, parse_target
from perftrack.scoring import multi_year_span, score


def _target_table(rows: list[list[str]], header: list[str] | None = None) -> perftrack.Table:
    lines = [
        ["2025年度项目支出绩效目标申报表"],
        ["项目名称", "测试项目"],
        ["项目资金（万元）", "年度资金总额", "100"],
        ["年度总体目标", "完成年度任务。"],
        header or ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _self_evaluation(level1: str, name: str, target: str, actual: str) -> perftrack.Table:
    level2 = "服务对象满意度指标" if level1 == "满意度指标" else "数量指标"
    lines = [
        ["项目支出绩效自评表"],
        ["（2025年度）"],
        ["项目名称", "测试项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        [level1, level2, name, target, actual, "20", "20"],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _findings(table: perftrack.Table, finding_id: str) -> list[str]:
    return [f.message for f in score(table).findings if f.id == finding_id]


# --------------------------------------------------------------------------- #3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 达到 said again by ≥ after a label: the label is kept, the floor read (was words)
        ("到2027年达到≥85%", Comparison(Op.GE, Decimal(85), "%", label="到2027年")),
        ("覆盖率达到≥85%", Comparison(Op.GE, Decimal(85), "%", label="覆盖率")),
        ("到2027年底达到≥85%", Comparison(Op.GE, Decimal(85), "%", label="到2027年底")),
        ("实施期末达到≥80%", Comparison(Op.GE, Decimal(80), "%", label="实施期末")),
        # unchanged
        ("达到≥85%", Comparison(Op.GE, Decimal(85), "%")),
        ("到2027年完成≥150公里", Comparison(Op.GE, Decimal(150), "公里", label="到2027年完成")),
    ],
)
def test_reach_said_again_by_its_sign_parses(text: str, expected: Comparison) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a later year's deadline or level (到/至/截至 before it, 底/末/前 after it)
        ("到2027年完成≥150公里", "到2027年"),
        ("至2027年≥150公里", "至2027年"),
        ("截至2027年≥150公里", "截至2027年"),
        ("截止到2027年≥1个", "截止到2027年"),
        ("到2027年底累计≥150公里", "到2027年底"),
        ("2027年底前≥90%", "2027年底前"),
        ("2027年末≥90%", "2027年末"),
        ("到2027年达到≥85%", "到2027年"),
        # the project period, with or without 内/间
        ("项目期内≥3000人次", "项目期内"),
        ("实施期≥5000亩", "实施期"),
        ("建设期内≥100个", "建设期内"),
        ("实施期间≥20个", "实施期间"),
        # a count of years and nothing else
        ("三年≥1万人", "三年"),
        ("3年内≥80座", "3年内"),
        ("三年内完成≥80座", "三年内完成"),
        # the forms recognised before are unchanged
        ("2025-2027年累计≥3万亩", "2025-2027年"),
        ("三年累计≥80座", "三年累计"),
        ("实施期末达到80%", "实施期末"),
        # the year's target: a deadline within the table's year, or before it
        ("2025年底前≥90%", None),
        ("到2025年达到≥85%", None),
        ("2026年前≥3个", None),  # before 2026: within 2025
        ("2025年累计≥100个", None),  # was "5年累计", a multi-year target
        ("截至2025年累计≥100个", None),
        ("2027年≥90%", None),  # a bare year names no deadline
        # a yearly figure over the period, a duration, a cost, other words
        ("实施期内每年≥100人", None),
        ("到2027年年均增长≥5%", None),
        ("建设期≤12个月", None),
        ("建设周期12个月", None),
        ("实施期限≤12个月", None),
        ("建设期利息≤50万元", None),
        ("三年级学生≥100人", None),
        ("近三年≥100人", None),
        ("≥150公里", None),
    ],
)
def test_multi_year_span_of_later_years_and_the_period(text: str, span: str | None) -> None:
    assert multi_year_span(parse_target(text), 2025, 2025) == span


def test_a_later_year_is_the_year_s_target_in_that_year() -> None:
    assert multi_year_span(parse_target("到2027年完成≥150公里"), 2027, 2027) is None
    assert multi_year_span(parse_target("到2027年完成≥150公里"), None, None) is None


_UNKNOWN = "为多年累计目标（{span}），未分解本年度应完成的指标值，无法按年度判断"


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "explanation"),
    [
        (
            "到2027年完成≥150公里",
            "60公里",
            "unknown",
            "年度指标“到2027年完成≥150公里”" + _UNKNOWN.format(span="到2027年"),
        ),
        (
            "到2027年达到≥85%",
            "80%",
            "unknown",
            "年度指标“到2027年达到≥85%”" + _UNKNOWN.format(span="到2027年"),
        ),
        (
            "项目期内≥3000人次",
            "900人次",
            "unknown",
            "年度指标“项目期内≥3000人次”" + _UNKNOWN.format(span="项目期内"),
        ),
        (
            "2027年底前≥90%",
            "70%",
            "unknown",
            "年度指标“2027年底前≥90%”" + _UNKNOWN.format(span="2027年底前"),
        ),
        (
            "2025-2027年累计≥150公里",
            "60公里",
            "unknown",
            "年度指标“2025-2027年累计≥150公里”" + _UNKNOWN.format(span="2025-2027年"),
        ),
        ("2025年底前≥90%", "92%", "met", "实际92%，达到年度指标≥90%"),
        ("2025年累计≥100个", "100个", "met", "实际100个，达到年度指标≥100个"),
    ],
)
def test_later_year_targets_in_a_self_evaluation(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    card = score(_self_evaluation("产出指标", "改造管网", target, actual))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert "full-points-not-met" not in {f.id for f in card.findings}


def test_later_year_targets_in_a_target_table() -> None:
    rows = [
        ["产出指标", "数量指标", "改造管网", "到2027年完成≥150公里"],
        ["", "", "培训人次", "项目期内≥3000人次"],
        ["", "", "造林面积", "实施期≥5000亩"],
        ["", "质量指标", "优良中等路率", "到2027年达到≥85%"],
        ["", "", "达标率", "2027年底前≥90%"],
        ["", "", "合格率", "2025年底前≥90%"],
        ["效益指标", "社会效益指标", "受益人数", "三年≥1万人"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ]
    table = _target_table(rows)
    tail = "应填写本年度应完成的指标值，多年目标列入实施期目标"
    assert _findings(table, "target-multi-year") == [
        f"“改造管网”年度指标“到2027年完成≥150公里”为多年累计目标（到2027年），{tail}",
        f"“培训人次”年度指标“项目期内≥3000人次”为多年累计目标（项目期内），{tail}",
        f"“造林面积”年度指标“实施期≥5000亩”为多年累计目标（实施期），{tail}",
        f"“优良中等路率”年度指标“到2027年达到≥85%”为多年累计目标（到2027年），{tail}",
        f"“达标率”年度指标“2027年底前≥90%”为多年累计目标（2027年底前），{tail}",
        f"“受益人数”年度指标“三年≥1万人”为多年累计目标（三年），{tail}",
    ]
    # 到2027年达到≥85% is a comparison now, no qualitative target
    assert _findings(table, "target-not-measurable") == []


# --------------------------------------------------------------------------- #4

_UNIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位"]


@pytest.mark.parametrize(
    ("name", "target", "unit", "expected"),
    [
        # a decimal under the 单位 column's %: 90%, said so, no low target
        (
            "学员满意度",
            "≥0.9",
            "%",
            [
                (
                    "satisfaction-not-percent",
                    "满意度指标“学员满意度”年度指标“≥0.9”写为小数，应为“≥百分比”（疑为≥90%）",
                )
            ],
        ),
        # a bare decimal with no unit
        (
            "家长满意度",
            "0.85",
            "",
            [
                (
                    "satisfaction-not-percent",
                    "满意度指标“家长满意度”年度指标“0.85”写为小数，应为“≥百分比”（疑为85%）",
                )
            ],
        ),
        # 0.75 is 75%: below 80% as read, the low target said with the reading
        (
            "用人单位满意度",
            "≥0.75",
            "",
            [
                (
                    "satisfaction-not-percent",
                    "满意度指标“用人单位满意度”年度指标“≥0.75”写为小数，应为“≥百分比”（疑为≥75%）",
                ),
                (
                    "satisfaction-target-low",
                    "满意度指标“用人单位满意度”年度指标“≥0.75”（疑为≥75%）低于80%，目标设定偏低",
                ),
            ],
        ),
        # a % the cell writes is as printed
        (
            "学员满意度",
            "≥0.9%",
            "",
            [
                (
                    "satisfaction-target-low",
                    "满意度指标“学员满意度”年度指标“≥0.9%”低于80%，目标设定偏低",
                )
            ],
        ),
        ("学员满意度", "≥90", "%", []),
        (
            "学员满意度",
            "≥75",
            "%",
            [
                (
                    "satisfaction-target-low",
                    "满意度指标“学员满意度”年度指标“≥75%”低于80%，目标设定偏低",
                )
            ],
        ),
    ],
)
def test_decimal_satisfaction_target_in_a_target_table(
    name: str, target: str, unit: str, expected: list[tuple[str, str]]
) -> None:
    rows = [
        ["产出指标", "数量指标", "培训人次", "≥500", "人次"],
        ["满意度指标", "服务对象满意度指标", name, target, unit],
    ]
    card = score(_target_table(rows, _UNIT_HEADER))
    found = [
        (f.id, f.message)
        for f in card.findings
        if f.id in ("satisfaction-not-percent", "satisfaction-target-low")
    ]
    assert found == expected


def test_sichuan_split_columns_decimal_satisfaction() -> None:
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（%）"]
    rows = [
        ["产出指标", "数量指标", "受益学生人数", "≥", "12000", "人", "50"],
        ["满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", "0.9", "%", "50"],
    ]
    card = score(_target_table(rows, header))
    assert [(f.id, f.message) for f in card.findings if f.id.startswith("satisfaction-")] == [
        (
            "satisfaction-not-percent",
            "满意度指标“学生及家长满意度”年度指标“≥0.9”写为小数，应为“≥百分比”（疑为≥90%）",
        )
    ]


def test_decimal_satisfaction_filed_under_benefits_is_no_low_target() -> None:
    rows = [
        ["产出指标", "数量指标", "培训人次", "≥500", "人次"],
        ["效益指标", "社会效益指标", "群众满意度", "≥0.9", "%"],
    ]
    card = score(_target_table(rows, _UNIT_HEADER))
    assert _findings(card.table, "satisfaction-target-low") == []


def test_decimal_satisfaction_read_as_share_in_a_self_evaluation() -> None:
    card = score(_self_evaluation("满意度指标", "学员满意度", "≥0.9", "92%"))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (
        "met",
        "年度指标“≥0.9”按比例计为≥90%；实际92%，达到年度指标≥90%",
    )
    assert [(f.id, f.message) for f in card.findings if f.id.startswith("satisfaction-")] == [
        (
            "satisfaction-not-percent",
            "满意度指标“学员满意度”年度指标“≥0.9”写为小数，应为“≥百分比”（疑为≥90%）",
        )
    ]


# --------------------------------------------------------------------------- #11


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("同比增长", ["“就业率”年度指标“同比增长”为定性或文字描述，难以量化考核"]),
        ("较上年提高", ["“就业率”年度指标“较上年提高”为定性或文字描述，难以量化考核"]),
        ("逐年提高", ["“就业率”年度指标“逐年提高”为定性或文字描述，难以量化考核"]),
        ("较上年增长", ["“就业率”年度指标“较上年增长”为定性或文字描述，难以量化考核"]),
        ("较上年下降", ["“就业率”年度指标“较上年下降”为定性或文字描述，难以量化考核"]),
        ("每年增长", ["“就业率”年度指标“每年增长”为定性或文字描述，难以量化考核"]),
        ("就业率同比增长", ["“就业率”年度指标“就业率同比增长”为定性或文字描述，难以量化考核"]),
        # as before
        ("较上年有所提高", ["“就业率”年度指标“较上年有所提高”为定性或文字描述，难以量化考核"]),
        ("有所提高", ["“就业率”年度指标“有所提高”为定性或文字描述，难以量化考核"]),
        ("较上年增长5%", []),
        ("≥60%", []),
        ("每月15日前", []),
    ],
)
def test_change_without_a_figure_in_a_target_table(target: str, expected: list[str]) -> None:
    rows = [["效益指标", "社会效益指标", "就业率", target]]
    assert _findings(_target_table(rows), "target-not-measurable") == expected


@pytest.mark.parametrize("target", ["同比增长", "逐年提高", "较上年提高"])
def test_change_without_a_figure_in_a_self_evaluation_is_judged(target: str) -> None:
    card = score(_self_evaluation("效益指标", "就业率", target, "较上年增长3%"))
    assert card.verdicts[0].attainment.value == "met"
    assert "target-not-measurable" not in {f.id for f in card.findings}
