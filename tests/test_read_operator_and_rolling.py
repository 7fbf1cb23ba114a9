"""Operator columns however they are headed, and three-year rolling target tables.

Each case is a small table written here: read with ``read_text``, or, for real
merged header cells, an .xlsx built by :mod:`fixtures_office`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import Attainment, BudgetRole, TableKind

if TYPE_CHECKING:
    from collections.abc import Sequence


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def targets(table: perftrack.Table) -> list[str]:
    return [str(indicator.target) for indicator in table.indicators]


def target_texts(table: perftrack.Table) -> list[str]:
    return [indicator.target.text for indicator in table.indicators if indicator.target]


def finding_ids(table: perftrack.Table) -> set[str]:
    return {finding.id for finding in table.findings}


# ---------------------------------------------------------------------------
# An operator sub-column under a merged 指标值 header

TARGET_ROWS = [
    ["产出指标", "数量指标", "日常养护里程", "≥", "1800", "公里", "50"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", "50"],
]


@pytest.mark.parametrize(
    ("parent", "sub_header"),
    [
        ("指标值", ["指标性质", "数值", "单位"]),
        ("指标值", ["符号", "数值", "单位"]),
        ("年度指标值", ["运算符", "数值", "计量单位"]),
        ("年度指标值", ["运算符号", "指标值", "度量单位"]),
        ("指标值", ["指标性质", "数值", ""]),  # the unit in the values' column only
    ],
)
def test_an_operator_sub_column_under_a_merged_target_header(
    parent: str, sub_header: list[str]
) -> None:
    rows = TARGET_ROWS
    if not sub_header[2]:
        rows = [[*row[:4], row[4] + row[5], "", row[6]] for row in rows]
    table = read(
        "2025年度项目支出绩效目标表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", parent, "", "", "权重"],
        ["", "", "", *sub_header, ""],
        *rows,
    )
    assert [indicator.name for indicator in table.indicators] == ["日常养护里程", "沿线群众满意度"]
    assert targets(table) == ["≥1800(公里)", "≥90(%)"]
    assert [indicator.weight for indicator in table.indicators] == [50, 50]
    assert not finding_ids(table) & {"malformed-target", "layout-normalised"}


def test_an_operator_sub_column_in_an_xlsx_with_merged_header_cells() -> None:
    grid: list[Sequence[object]] = [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "指标值", None, None, "权重（%）", "指标方向性"],
        [None, None, None, "指标性质", "数值", "单位"],
        *TARGET_ROWS,
    ]
    merges = ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"]
    (table,) = perftrack.read(xlsx_bytes({"表1": grid}, merges={"表1": merges}))
    assert targets(table) == ["≥1800(公里)", "≥90(%)"]
    assert not finding_ids(table) & {"malformed-target", "layout-normalised"}


@pytest.mark.parametrize(
    ("sub_header", "row", "target", "actual"),
    [
        # the operator under the target's header, the values under the merged rest
        (
            ["指标性质", "数值", "单位", "数值", "单位"],
            ["≤", "2", "%", "1.5", "%"],
            "≤2(%)",
            "1.5(%)",
        ),
        # 单位 first: the value under the merged cell is still the target
        (
            ["单位", "数值", "", "数值", "单位"],
            ["公里", "1800", "", "1850", "公里"],
            "=1800(公里)",
            "1850(公里)",
        ),
    ],
)
def test_sub_columns_under_merged_target_and_actual_headers(
    sub_header: list[str], row: list[str], target: str, actual: str
) -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "",
            "",
            "实际完成值",
            "",
            "分值",
            "得分",
        ],
        ["", "", "", *sub_header, "", ""],
        ["产出指标", "质量指标", "指标甲", *row, "100", "100"],
    )
    (indicator,) = table.indicators
    assert (str(indicator.target), str(indicator.actual)) == (target, actual)
    assert perftrack.score(table).verdicts[0].attainment is Attainment.MET


# ---------------------------------------------------------------------------
# An operator column whose header is not 指标性质

SELF_ROWS = [
    ["产出指标", "成本指标", "单处维修成本", "{le}", "4.85", "万元/处", "4.5", "10", "10"],
    ["产出指标", "质量指标", "事故发生率", "{le}", "2", "%", "1.5", "10", "10"],
    ["效益指标", "社会效益指标", "普及率", "{ge}", "95", "%", "96", "10", "10"],
]


@pytest.mark.parametrize(
    "header", ["运算符号", "运算符", "符号", "计算方式", "指标值类型", "比较", "指标性质"]
)
@pytest.mark.parametrize(("le", "ge"), [("≤", "≥"), ("小于等于", "大于等于"), ("<=", ">")])
def test_an_operator_column_under_any_header(header: str, le: str, ge: str) -> None:
    rows = [[cell.format(le=le, ge=ge) for cell in row] for row in SELF_ROWS]
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            header,
            "指标值",
            "度量单位",
            "实际完成值",
            "分值",
            "得分",
        ],
        *rows,
    )
    assert targets(table) == [
        f"{le}4.85(万元/处)".replace("小于等于", "≤").replace("<=", "≤"),
        f"{le}2(%)".replace("小于等于", "≤").replace("<=", "≤"),
        f"{ge}95(%)".replace("大于等于", "≥"),
    ]
    verdicts = perftrack.score(table).verdicts
    assert [verdict.attainment for verdict in verdicts] == [Attainment.MET] * 3


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        # a 计算方式 that says how the value is counted: no operator, left out
        ("计算方式", ["累计值", "平均值"], ["=1800(公里)", "=90(%)"]),
        # one cell of words among the operators: not an operator column
        ("计算方式", ["≥", "实际数/计划数"], ["=1800(公里)", "=90(%)"]),
        # 指标值类型 of 定量 only: no operator, and never the target
        ("指标值类型", ["定量", "定量"], ["=1800(公里)", "=90(%)"]),
        ("指标值类型", ["定量", "≥"], ["=1800(公里)", "≥90(%)"]),
        ("计算方式", ["", ""], ["=1800(公里)", "=90(%)"]),
    ],
)
def test_a_column_beside_the_target_that_holds_other_words(
    header: str, cells: list[str], expected: list[str]
) -> None:
    table = read(
        "2025年度项目支出绩效目标表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", header, "指标值", "计量单位", "权重"],
        ["产出指标", "数量指标", "日常养护里程", cells[0], "1800", "公里", "50"],
        ["满意度指标", "服务对象满意度指标", "满意度", cells[1], "90", "%", "50"],
    )
    assert targets(table) == expected


@pytest.mark.parametrize(
    ("operator", "value", "actual", "expected", "attainment"),
    [
        # the value states its operator: not doubled
        ("≥", "≥25", "26", "≥25(公里)", Attainment.MET),
        # a change in words: the operator only repeats its direction (regress14 W5)
        ("≤", "较上年下降10%", "下降12%", "较上年下降10%", Attainment.MET),
        ("≤", "较上年下降", "下降5%", "较上年下降", Attainment.MET),
        ("≥", "比上年增长5%", "增长6%", "比上年增长5%", Attainment.MET),
        # a relative target the operator makes a floor: kept together
        ("≥", "上年水平", "较上年增长2%", "≥上年水平", Attainment.MET),
    ],
)
def test_an_operator_beside_a_value_that_says_its_own(
    operator: str, value: str, actual: str, expected: str, attainment: Attainment
) -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值"],
        ["效益指标", "生态效益指标", "河道淤积量", operator, value, "公里", actual],
    )
    assert targets(table) == [expected]
    (verdict,) = perftrack.score(table).verdicts
    assert verdict.attainment is attainment


def test_an_operator_column_away_from_the_target_is_not_joined() -> None:
    table = read(
        "2025年度项目支出绩效目标表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "比较", "权重"],
        ["产出指标", "数量指标", "日常养护里程", "1800", "公里", "≥", "50"],
    )
    assert targets(table) == ["=1800(公里)"]


# ---------------------------------------------------------------------------
# Three-year rolling target tables

ROLLING_GRID = [
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "2025年指标值",
        "2026年指标值",
        "2027年指标值",
    ],
    ["产出指标", "数量指标", "培训教师人次", "≥", "2.4万人次", "2.5万人次", "2.6万人次"],
    ["", "时效指标", "培训任务完成时间", "≤", "2025年11月", "2026年11月", "2027年11月"],
    ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", "90%", "90%", "92%"],
]
ROLLING_BUDGET = [
    ["项目资金（万元）", "", "2025年", "2026年", "2027年"],
    ["", "资金总额", "3200", "3300", "3400"],
    ["", "其中：财政拨款", "3000", "3300", "3400"],
]


@pytest.mark.parametrize(
    "title",
    [
        "四川省省级部门项目支出绩效目标表（2025-2027年）",
        "项目支出绩效目标表（2025年-2027年）",
        "2025—2027年项目支出绩效目标表",
        "项目支出绩效目标表（2025至2027年度）",
        "2025年度项目支出绩效目标表",
        "项目支出绩效目标表",  # undated: the first year its 指标值 columns name
    ],
)
def test_a_rolling_target_table_is_its_first_years(title: str) -> None:
    table = read(title, ["项目名称", "示例"], *ROLLING_BUDGET, *ROLLING_GRID)
    assert table.kind is TableKind.TARGET
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == ("2025-01", "2025-12")
    assert target_texts(table) == ["≥2.4万人次", "≤2025年11月", "≥90%"]
    assert [(line.role, line.initial) for line in table.budget] == [
        (BudgetRole.TOTAL, Decimal(3200)),
        (BudgetRole.APPROPRIATION, Decimal(3000)),
    ]
    # the 2025 column (C) is the amount read; 2026 and 2027 are kept apart
    cells = dict(table.budget[0].cells)
    assert cells["initial"].column == 3
    assert "reference" in cells


def test_a_rolling_table_with_the_years_column_unnamed() -> None:
    header = [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "年度指标值",
        "2026年指标值",
        "2027年指标值",
    ]
    table = read(
        "项目支出绩效目标表（2025-2027年）",
        ["项目名称", "示例"],
        *ROLLING_BUDGET,
        header,
        *ROLLING_GRID[1:],
    )
    assert table.period is not None
    assert str(table.period.start) == "2025-01"
    assert target_texts(table) == ["≥2.4万人次", "≤2025年11月", "≥90%"]
    assert table.budget[0].initial == 3200


@pytest.mark.parametrize(
    ("title", "year"),
    [
        # a title that names a year first and the project's span after: the year
        ("2025年度项目支出绩效目标表（实施期2024-2026年）", 2025),
        # a 自评表 keeps its rule: the year the title names (here the span's last)
        ("项目支出绩效自评表（2023-2024年）", 2024),
    ],
)
def test_years_of_titles_that_are_no_rolling_plan(title: str, year: int) -> None:
    table = read(
        title,
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "100", "100"],
    )
    assert table.period is not None
    assert table.period.start.year == year


@pytest.mark.parametrize(
    ("title", "budget_header", "initial"),
    [
        # a self-evaluation's bare year columns say nothing of 年初 or 全年: unread
        ("2024年度项目支出绩效自评表", ["项目资金（万元）", "", "2023年", "2024年"], None),
        # a target table's own year among others: that column
        ("2025年度项目支出绩效目标表", ["项目资金（万元）", "", "2024年", "2025年"], Decimal(3300)),
    ],
)
def test_budget_columns_named_by_year(
    title: str, budget_header: list[str], initial: Decimal | None
) -> None:
    table = read(
        title,
        ["项目名称", "示例"],
        budget_header,
        ["", "资金总额", "3200", "3300"][: len(budget_header)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "分值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "100"],
    )
    assert table.budget[0].initial == initial


def test_an_undated_self_evaluation_keeps_the_latest_year_its_header_names() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "2023年实际完成值", "2024年实际完成值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "90", "120"],
    )
    assert table.period is not None
    assert str(table.period.start) == "2024-01"
    assert str(table.indicators[0].actual) == "120"
