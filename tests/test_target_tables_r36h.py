"""r36h: an adversarial review of 绩效目标表 (目标申报表, 部门整体支出绩效目标表).

- ``上限95次``, ``下限：90%``, ``上限为1000元/人`` (and the 指标性质 column's ``上限`` or
  ``下限`` joined to its 指标值) are a ceiling and a floor: they were a label with ``=``,
  so a ceiling met by a smaller actual was not met, and a floor missed was met;
- a target table's 指标值 of ``/``, ``—``, ``不适用`` or ``待定`` sets no target: it is
  ``missing-target`` (the row passed silently, ``待定`` was called a qualitative target);
- the 中期 (实施期) column of a money block is held to its total too: its sources
  adding up to another figure is ``budget-sum-mismatch`` (it was not checked).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import found, read, verdict
from grammar_paths import fast_and_full
from perftrack import parse_target
from perftrack.expressions import Comparison, Op

# --- 上限 / 下限: a ceiling and a floor named as such ---------------------------------------

BOUNDS = [
    ("上限95次", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("上限为1000元/人", Comparison(Op.LE, Decimal(1000), "元/人"), "≤1000(元/人)"),
    ("上限：5%", Comparison(Op.LE, Decimal(5), "%"), "≤5(%)"),
    ("上限值2", Comparison(Op.LE, Decimal(2)), "≤2"),
    ("上限5万元", Comparison(Op.LE, Decimal(5), "万元"), "≤5(万元)"),
    ("下限95个", Comparison(Op.GE, Decimal(95), "个"), "≥95(个)"),
    ("下限：90%", Comparison(Op.GE, Decimal(90), "%"), "≥90(%)"),
    ("下限值90%", Comparison(Op.GE, Decimal(90), "%"), "≥90(%)"),
    ("下限为3000人次", Comparison(Op.GE, Decimal(3000), "人次"), "≥3000(人次)"),
    # after a subject: the subject stays the label
    ("年度上限95次", Comparison(Op.LE, Decimal(95), "次", label="年度"), "年度≤95(次)"),
    # the bound said twice is said once
    ("上限≤95", Comparison(Op.LE, Decimal(95)), "≤95"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), BOUNDS)
def test_bound_word_is_the_operator(cell: str, expected: Comparison, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


def _split_target(op: str, value: str, unit: str) -> tuple[str, str]:
    """The target a 指标性质 | 指标值 | 度量单位 row reads: its text and canonical form."""
    table = read(
        [
            ["2025年度项目支出绩效目标申报表"],
            ["项目名称", "测试项目"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
            ["产出指标", "数量指标", "检修次数", op, value, unit, "10"],
        ]
    )
    target = table.indicators[0].target
    assert target is not None
    return target.text, str(target)


@pytest.mark.parametrize(
    ("op", "value", "unit", "expected"),
    [
        ("上限", "95", "次", ("上限95次", "≤95(次)")),
        ("下限", "90", "%", ("下限90%", "≥90(%)")),
        ("上限值", "1.6", "万元", ("上限值1.6万元", "≤1.6(万元)")),
    ],
)
def test_bound_word_in_the_nature_column(
    op: str, value: str, unit: str, expected: tuple[str, str]
) -> None:
    assert _split_target(op, value, unit) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        # a ceiling met by a smaller count: it was not met (实际90次，未达年度指标=95次)
        ("检修次数", "上限95次", "90次", ("met", "实际90次，达到年度指标≤95次")),
        ("检修次数", "上限95次", "100次", ("not_met", "实际100次已超出年度上限≤95次")),
        # a floor missed: it was met
        (
            "培训人次",
            "下限3000人次",
            "2800人次",
            ("not_met", "实际2800人次，未达年度指标≥3000人次"),
        ),
        ("培训人次", "下限3000人次", "3200人次", ("met", "实际3200人次，达到年度指标≥3000人次")),
    ],
)
def test_bound_word_verdict(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    assert verdict("数量指标", name, target, actual) == expected


# --- a target table's placeholder 指标值 sets no target --------------------------------------


def _target_table(target: str) -> list[tuple[str, str | None, str]]:
    """The findings of a 2025 目标申报表 whose 质量指标 row prints *target*."""
    table = read(
        [
            ["2025年度项目支出绩效目标申报表"],
            ["项目名称", "食品安全抽检经费"],
            ["主管部门", "区市场监督管理局"],
            ["项目资金（万元）", "年度资金总额", "300"],
            ["", "其中：财政拨款", "300"],
            ["年度总体目标", "完成食品安全抽检任务"],
            ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
            ["产出指标", "数量指标", "食品抽检批次", "≥3000批次", "30"],
            ["", "质量指标", "抽检结果公开率", target, "20"],
            ["", "时效指标", "抽检完成时间", "2025年11月底前", "10"],
            ["成本指标", "经济成本指标", "单批次检验费用", "≤900元", "10"],
            ["效益指标", "社会效益指标", "重大食品安全事故", "0起", "20"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "10"],
        ]
    )
    return found(table)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # the placeholders of rule 1: not applicable in a table of results, no target here
        ("/", [("missing-target", "D9", "“抽检结果公开率”年度指标值填写“/”，未设定指标值")]),
        ("—", [("missing-target", "D9", "“抽检结果公开率”年度指标值填写“—”，未设定指标值")]),
        (
            "不适用",
            [("missing-target", "D9", "“抽检结果公开率”年度指标值填写“不适用”，未设定指标值")],
        ),
        # a target still to be decided: no longer "定性或文字描述"
        ("待定", [("missing-target", "D9", "“抽检结果公开率”年度指标值填写“待定”，未设定指标值")]),
        ("暂无", [("missing-target", "D9", "“抽检结果公开率”年度指标值填写“暂无”，未设定指标值")]),
        # an empty cell, as before
        ("", [("missing-target", "C9", "“抽检结果公开率”未填年度指标值")]),
        # a target, and 无 (no event): no finding
        ("100%", []),
    ],
)
def test_placeholder_target_in_a_target_table(
    target: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _target_table(target) == expected


def test_placeholder_target_in_a_self_evaluation_is_not_applicable() -> None:
    """A 自评表's ``/`` target still says the row does not apply (rule 1), with no finding."""
    assert verdict("质量指标", "抽检结果公开率", "/", "/") == ("not_applicable", "指标不适用")


# --- the 中期 (实施期) column of the money block adds up to its total ----------------------


def _money_findings(header: str, *lines: list[str]) -> list[tuple[str, str | None, str]]:
    """The budget findings of a 2025 目标表 printing the year's and *header*'s amounts."""
    table = read(
        [
            ["农村饮水安全巩固提升项目绩效目标表（2025年度）"],
            ["项目名称", "农村饮水安全巩固提升工程"],
            ["主管部门", "县水利局"],
            ["项目资金（万元）", "", "年度资金总额", header],
            *lines,
            ["年度总体目标", "完成10个村供水管网改造"],
            ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
            ["产出指标", "数量指标", "受益村数", "28个", "10个"],
        ]
    )
    return [one for one in found(table) if one[0].startswith("budget")]


@pytest.mark.parametrize(
    ("header", "lines", "expected"),
    [
        # the 中期 sources short of the 中期 total: not said before
        (
            "中期资金总额",
            [
                ["", "资金总额", "1000", "3000"],
                ["", "其中：财政拨款", "900", "2800"],
                ["", "其他资金", "100", "100"],
            ],
            [("budget-sum-mismatch", "D5", "中期资金来源各项合计2900与中期资金总额3000不符")],
        ),
        (
            "实施期资金总额",
            [
                ["", "资金总额", "1000", "3000"],
                ["", "其中：财政拨款", "900", "2800"],
                ["", "其他资金", "100", "300"],
            ],
            [("budget-sum-mismatch", "D5", "实施期资金来源各项合计3100与实施期资金总额3000不符")],
        ),
        # both columns off: one finding names both
        (
            "中期资金总额",
            [
                ["", "资金总额", "1000", "3000"],
                ["", "其中：财政拨款", "800", "2800"],
                ["", "其他资金", "100", "100"],
            ],
            [
                (
                    "budget-sum-mismatch",
                    "C5",
                    (
                        "资金来源各项合计900与总额1000不符，"
                        "中期资金来源各项合计2900与中期资金总额3000不符"
                    ),
                )
            ],
        ),
        # both add up: nothing, as before
        (
            "中期资金总额",
            [
                ["", "资金总额", "1000", "3000"],
                ["", "其中：财政拨款", "900", "2900"],
                ["", "其他资金", "100", "100"],
            ],
            [],
        ),
    ],
)
def test_midterm_sources_add_up(
    header: str, lines: list[list[str]], expected: list[tuple[str, str | None, str]]
) -> None:
    assert _money_findings(header, *lines) == expected
