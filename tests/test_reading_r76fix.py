"""regress76 fixes (r76fix): a shifted statement row, and a goal's amount on its own line.

Each table is built here, as a TSV and as an .xlsx written with openpyxl; each case
fails before its fix.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

Rows = list[list[str]]


def _tsv(rows: Rows) -> perftrack.Table:
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


def _xlsx(rows: Rows, path: Path) -> perftrack.Table:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])
    file = path / "r76.xlsx"
    book.save(file)
    return perftrack.read(file)[0]


def _both(rows: Rows, path: Path) -> list[perftrack.Table]:
    return [_tsv(rows), _xlsx(rows, path)]


# --- W1: a row whose name cell is missing, its target a statement -------------------------

_STATEMENT = "无重大安全责任事故发生"


def _self_rows(row: list[str]) -> Rows:
    return [
        ["2023年度部门整体支出绩效自评表"],
        ["部门名称", "某县应急管理局"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
        ["履职效能", "重点工作", "隐患排查整治数", "≥500处", "526处", "60", "60", ""],
        row,
    ]


def _statement_reading(table: perftrack.Table) -> tuple[object, ...]:
    """The shifted row's reading: its level 1, name, target, actual, 分值, verdict; a shift said."""
    item = table.indicators[1]
    verdict = score(table).verdicts[1]
    shifted = any(f.id == "layout-normalised" for f in table.findings)
    return (
        item.level1,
        item.name,
        None if item.target is None else item.target.text,
        None if item.actual is None else item.actual.text,
        item.weight,
        verdict.attainment.value,
        shifted,
    )


# the name cell missing: the statement is the target, the cell after it the actual, the
# 分值 and the 得分 one column left; read by their distance from the level 2 (the name here)
_SHIFTED = [
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "0起", "40", "40", "", ""],
        ("社会效应", "社会效益", _STATEMENT, "0起", Decimal(40), "met", True),
        id="g02-0qi",
    ),
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "未发生", "40", "40", "", ""],
        ("社会效应", "社会效益", _STATEMENT, "未发生", Decimal(40), "met", True),
        id="g03-wfs",
    ),
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "0起", "40", "38", "", ""],
        ("社会效应", "社会效益", _STATEMENT, "0起", Decimal(40), "met", True),
        id="g04-38",
    ),
]


@pytest.mark.parametrize(("row", "expected"), _SHIFTED)
def test_shifted_statement_is_the_target(
    row: list[str], expected: tuple[object, ...], tmp_path: Path
) -> None:
    # never named by the statement, its 分值 taken as the actual (a confident not_met)
    for table in _both(_self_rows(row), tmp_path):
        assert _statement_reading(table) == expected


_NAMED = [
    pytest.param(
        ["社会效应", "社会效益", "辖区未发生重大安全生产事故", "0起", "0起", "40", "40", ""],
        ("辖区未发生重大安全生产事故", "0起", "0起", "met"),
        id="a08-0qi",
    ),
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "0起", "0起", "40", "38", "无"],
        (_STATEMENT, "0起", "0起", "met"),
        id="reason-filled",
    ),
]


@pytest.mark.parametrize(("row", "expected"), _NAMED)
def test_statement_name_kept(row: list[str], expected: tuple[str, ...], tmp_path: Path) -> None:
    for table in _both(_self_rows(row), tmp_path):
        item = table.indicators[1]
        verdict = score(table).verdicts[1]
        assert (
            item.name,
            None if item.target is None else item.target.text,
            None if item.actual is None else item.actual.text,
            verdict.attainment.value,
        ) == expected
        assert "layout-normalised" not in {f.id for f in table.findings}


# --- W2: a goal continued by an amount ----------------------------------------------------


def _goal_rows(first: list[str], second: list[str]) -> Rows:
    return [
        ["2024年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "某县交通运输局"],
        first,
        second,
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "农村公路改造里程", "≥45公里"],
        ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]


_GOALS = [
    pytest.param(
        ["年度总体目标", "完成农村公路提档升级45公里，全年完成交通固定资产投资"],
        ["", "2860万元"],
        ("完成农村公路提档升级45公里，全年完成交通固定资产投资 2860万元", ""),
        id="wrapped-amount-line",
    ),
    pytest.param(
        ["年度总体目标", "目标1：完成农村公路提档升级45公里"],
        ["", "目标2：完成交通固定资产投资", "2860万元"],
        ("目标1：完成农村公路提档升级45公里 目标2：完成交通固定资产投资 2860万元", ""),
        id="goal-text-then-amount",
    ),
    pytest.param(
        ["年度总体目标", "完成农村公路提档升级45公里"],
        ["", "金额合计", "2860.00"],
        ("完成农村公路提档升级45公里", ""),
        id="amount-total-row",
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), _GOALS)
def test_goal_amount_continuation(
    first: list[str], second: list[str], expected: tuple[str, str], tmp_path: Path
) -> None:
    for table in _both(_goal_rows(first, second), tmp_path):
        goal = table.overall_goal
        assert goal is not None
        assert (goal.expected, goal.achieved) == expected
