"""The summary of a workbook of county sheets that print the same project (e2e15 L3).

A 区域绩效自评表 workbook holds one sheet per county, each the same transfer's
table under the same 中央主管部门: the summary tells the rows apart by the sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack.batch import _told_apart, summary_text
from perftrack.portfolio import PortfolioRow

if TYPE_CHECKING:
    from pathlib import Path


def county(name: str) -> list[list[object]]:
    return [
        ["中央对地方转移支付区域绩效自评表"],
        ["（2024年度）"],
        ["转移支付（项目）名称", "基本公共卫生服务补助资金"],
        ["中央主管部门", "国家卫生健康委员会"],
        ["地方主管部门", f"{name}卫生健康局", None, "资金使用单位", f"{name}卫生院"],
        ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
        ["产出指标", "数量指标", "健康管理率", "≥90%", "93%"],
    ]


def test_the_summary_tells_county_sheets_apart(tmp_path: Path) -> None:
    path = tmp_path / "counties.xlsx"
    path.write_bytes(xlsx_bytes({"甲县": county("甲县"), "乙县": county("乙县")}))
    cards = [perftrack.score(table) for table in perftrack.read(path)]
    assert [card.table.source.sheet for card in cards] == ["甲县", "乙县"]
    lines = summary_text(cards).splitlines()
    assert [line.split()[:2] for line in lines[2:]] == [
        ["国家卫生健康委员会", "基本公共卫生服务补助…［甲县］"],
        ["国家卫生健康委员会", "基本公共卫生服务补助…［乙县］"],
    ]


def test_the_summary_of_tables_told_apart_by_name_adds_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "two.xlsx"
    other = county("乙县")
    other[2] = ["转移支付（项目）名称", "医疗服务与保障能力提升补助资金"]
    path.write_bytes(xlsx_bytes({"甲县": county("甲县"), "乙县": other}))
    cards = [perftrack.score(table) for table in perftrack.read(path)]
    lines = summary_text(cards).splitlines()
    assert [line.split()[1] for line in lines[2:]] == [
        "基本公共卫生服务补助资金",
        "医疗服务与保障能力提升补助资金",
    ]


def row(file: str, sheet: str | None, index: int, project: str | None) -> PortfolioRow:
    return PortfolioRow(file, sheet, index, "卫健委", project, *[None] * 5, *[0] * 8)


@pytest.mark.parametrize(
    ("rows", "told"),
    [
        # sheets tell them apart
        (
            [row("a.xlsx", "甲县", 0, "公卫"), row("a.xlsx", "乙县", 1, "公卫")],
            ["公卫［甲县］", "公卫［乙县］"],
        ),
        # one sheet name in two files: the file's name
        (
            [row("d/甲.xlsx", "Sheet1", 0, "公卫"), row("d/乙.xlsx", "Sheet1", 0, "公卫")],
            ["公卫［甲.xlsx］", "公卫［乙.xlsx］"],
        ),
        # two tables stacked on one sheet: their number
        (
            [row("a.xlsx", "Sheet1", 0, "公卫"), row("a.xlsx", "Sheet1", 1, "公卫")],
            ["公卫［第1张表］", "公卫［第2张表］"],
        ),
        # a text file has no sheet: the file's name
        (
            [row("甲.txt", None, 0, "公卫"), row("乙.txt", None, 0, "公卫")],
            ["公卫［甲.txt］", "公卫［乙.txt］"],
        ),
        # projects that differ print as they are; a missing one is a dash
        (
            [row("a.xlsx", "甲县", 0, "公卫"), row("a.xlsx", "乙县", 1, None)],
            ["公卫", "—"],
        ),
        (
            [row("a.xlsx", "甲县", 0, None), row("a.xlsx", "乙县", 1, None)],
            ["—［甲县］", "—［乙县］"],
        ),
        # the same table twice (one file given twice): nothing tells them apart
        (
            [row("a.xlsx", "甲县", 0, "公卫"), row("a.xlsx", "甲县", 0, "公卫")],
            ["公卫", "公卫"],
        ),
        # a long project is cut to leave the mark its room (30 columns)
        (
            [
                row("a.xlsx", "甲县", 0, "基本公共卫生服务补助资金"),
                row("a.xlsx", "乙县", 1, "基本公共卫生服务补助资金"),
            ],
            ["基本公共卫生服务补助…［甲县］", "基本公共卫生服务补助…［乙县］"],
        ),
    ],
)
def test_rows_of_one_project_are_told_apart(rows: list[PortfolioRow], told: list[str]) -> None:
    assert _told_apart(rows, 30) == told
