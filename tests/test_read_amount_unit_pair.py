"""The budget's unit in two cells (``金额单位 | 万元``) and 承担单位 as the implementer (e2e16).

Before, ``金额单位 | 万元`` printed in two cells (beside the 实施单位, the title, the
year, or on a row of its own above the budget block) was not read: the amounts had no
unit. ``项目承担单位`` (科技计划 tables) was no project field. Every case is a small
table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from test_read_unseen import TRACKING_HEADER, read

_TITLE = "2024年1-6月项目支出绩效跟踪表"
_BUDGET = (
    ["预算执行情况", "年初预算数", "全年预算数", "1-6月执行数", "执行率"],
    ["年度资金总额", "100.00", "100.00", "40.00", "40.00%"],
)
_GRID = (TRACKING_HEADER, ["产出指标", "数量指标", "培训人次", "≥100人次", "72人次"])


@pytest.mark.parametrize(
    ("rows", "unit"),
    [
        # e2e16 t07: on the implementer's row, after the implementer
        ([_TITLE, ["项目名称", "示例"], ["实施单位", "某中心", "金额单位", "万元"]], "万元"),
        # on a row of its own, above the budget block, left or right
        ([_TITLE, ["项目名称", "示例"], ["金额单位", "万元"]], "万元"),
        ([_TITLE, ["项目名称", "示例"], ["", "", "", "金额单位", "万元"]], "万元"),
        ([_TITLE, ["项目名称", "示例"], ["资金单位：", "元"]], "元"),
        ([_TITLE, ["项目名称", "示例", "单位", "万元"]], "万元"),
        ([_TITLE, ["项目名称", "示例"], ["金额单位", "亿元"]], "亿元"),
        ([_TITLE, ["项目名称", "示例"], ["金额单位", "千元"]], "千元"),
        # beside the title, the year or the period
        ([[_TITLE, "金额单位", "万元"], ["项目名称", "示例"]], "万元"),
        (
            ["项目支出绩效跟踪表", ["（2024年1-6月）", "金额单位", "万元"], ["项目名称", "示例"]],
            "万元",
        ),
        (
            [
                "项目支出绩效跟踪表",
                ["监控期：2024年1-6月", "金额单位", "万元"],
                ["项目名称", "示例"],
            ],
            "万元",
        ),
        # in one cell, as before
        ([_TITLE, ["项目名称", "示例"], ["单位：万元"]], "万元"),
        ([_TITLE, ["项目名称", "示例"], ["实施单位", "某中心", "金额单位：万元"]], "万元"),
        # a unit's label before something else is no money unit
        ([_TITLE, ["项目名称", "示例"], ["实施单位", "某中心", "单位", "个"]], None),
        ([_TITLE, ["项目名称", "示例"], ["实施单位", "某中心"]], None),
    ],
)
def test_a_unit_label_and_the_next_cell_give_the_budgets_unit(
    rows: list[list[str] | str], unit: str | None
) -> None:
    table = read(*rows, *_BUDGET, *_GRID)
    assert table.budget_unit == unit
    assert table.project.name == "示例"
    assert table.year == 2024
    assert [f.id for f in table.findings] == []


def test_the_title_and_year_beside_a_unit_pair_are_still_read() -> None:
    table = read(
        ["项目支出绩效自评表", "", "", "", "", "金额单位", "万元"],
        ["（2023年度）", "", "", "", "", "金额单位", "万元"],
        ["项目名称", "示例"],
        *_BUDGET,
        *_GRID,
    )
    assert (table.title, table.year, table.budget_unit) == ("项目支出绩效自评表", 2023, "万元")


def test_a_cell_in_another_unit_is_converted_to_the_pairs_unit() -> None:
    table = read(
        _TITLE,
        ["项目名称", "示例"],
        ["实施单位", "某中心", "金额单位", "万元"],
        ["预算执行情况", "年初预算数", "全年预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "100.00", "100.00", "400,000.00元", "40.00%"],
        *_GRID,
    )
    (line,) = table.budget
    assert (line.period_budget, line.executed) == (Decimal("100.00"), Decimal("40.00"))
    assert line.printed == (("executed", "400,000.00元"),)
    assert [f.id for f in table.findings] == ["amount-unit-converted"]


def test_the_budget_blocks_own_label_unit_wins_over_the_pair() -> None:
    table = read(
        _TITLE,
        ["项目名称", "示例"],
        ["实施单位", "某中心", "金额单位", "万元"],
        ["预算执行情况(元)", "年初预算数", "全年预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "1000000", "1000000", "400000", "40.00%"],
        *_GRID,
    )
    assert table.budget_unit == "元"


def test_a_thousand_yuan_block_converts_a_cell_in_ten_thousands() -> None:
    table = read(
        _TITLE,
        ["项目名称", "示例"],
        ["金额单位", "千元"],
        ["预算执行情况", "年初预算数", "全年预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "1000", "1000", "40万元", "40.00%"],
        *_GRID,
    )
    (line,) = table.budget
    assert (table.budget_unit, line.executed) == ("千元", Decimal(400))


def test_a_header_columns_unit_is_no_pair() -> None:
    # 跟踪期执行数(单位:元) names its column's unit, not the block's: 万元 from the budget
    table = read(
        _TITLE,
        ["项目名称", "示例"],
        [
            "预算执行情况",
            "年初预算数（万元）",
            "全年预算数（万元）",
            "1-6月执行数(单位:元)",
            "执行率",
        ],
        ["年度资金总额", "100.00", "100.00", "400,000.00", "40.00%"],
        *_GRID,
    )
    assert table.budget_unit == "万元"
    assert table.budget[0].executed == Decimal("40.00")


@pytest.mark.parametrize(
    ("label", "implementer"),
    [
        ("项目承担单位", "某大学机械工程学院"),
        ("项目承担单位名称", "某大学机械工程学院"),
        ("承担单位", "某大学机械工程学院"),
        ("项目承担单位：", "某大学机械工程学院"),
        ("项目实施单位", "某大学机械工程学院"),
    ],
)
def test_the_unit_that_undertakes_a_project_is_its_implementer(
    label: str, implementer: str
) -> None:
    table = read(
        _TITLE,
        ["项目名称", "示例", "主管部门", "某省科学技术厅"],
        [label, implementer],
        *_BUDGET,
        *_GRID,
    )
    assert table.project.implementer == implementer
    assert table.project.department == "某省科学技术厅"


def test_a_one_cell_undertaking_unit_and_an_indicator_named_after_it() -> None:
    table = read(
        _TITLE,
        ["项目名称", "示例", "项目承担单位：某大学"],
        *_BUDGET,
        TRACKING_HEADER,
        ["满意度指标", "服务对象满意度指标", "合作单位满意度", "≥90%", "95%"],
        ["承担单位满意度", "≥90%", "95%"],
    )
    assert table.project.implementer == "某大学"
    assert [i.name for i in table.indicators] == ["合作单位满意度", "承担单位满意度"]


def test_the_pair_is_read_from_an_xlsx_with_merged_cells() -> None:
    data = xlsx_bytes(
        {
            "Sheet1": [
                [_TITLE],
                ["项目名称", "示例", None, "金额单位", "万元"],
                ["实施单位", "某中心"],
                *_BUDGET,
                *_GRID,
            ]
        },
        {"Sheet1": ["B2:C2"]},
    )
    (table,) = perftrack.read(data)
    assert (table.budget_unit, table.project.implementer) == ("万元", "某中心")
