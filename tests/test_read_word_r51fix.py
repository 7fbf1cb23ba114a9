"""r51fix W5 and M1: Word reports whose headings name a category of projects, and an
amounts-only table before the 自评表.

- W5: a heading such as ``（二）主要建设项目`` or ``二、专项资金项目`` names no project: the
  table stays unnamed (read from a file, it keeps ``missing-project-name``);
- M1: ``表1 项目资金情况`` (中央/省级/县级 and 合计) before the 自评表 is passed over as
  before, now said in an info ``budget-line-unread`` on the 自评表.

Every document is built here with :func:`fixtures_office.docx_bytes`.
"""

from __future__ import annotations

import pytest

import perftrack
from fixtures_office import docx_bytes
from perftrack import Severity

_FIELDS = [
    ["主管部门", "市民政局", "实施单位", "市养老服务指导中心", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["", "年度资金总额", "300.00", "320.00", "291.93", "91.23%"],
]
_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析"],
    ["产出指标", "数量指标", "新建老年助餐点", "≥12个", "12个", ""],
    ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "93.5%", ""],
]
_UNNAMED = [*_FIELDS, *_GRID]  # no 项目名称


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        pytest.param("（二）主要建设项目", None, id="main-construction"),
        pytest.param("二、专项资金项目", None, id="special-funds"),
        pytest.param("（一）一般公共预算项目", None, id="general-budget"),
        pytest.param("（三）下一步拟实施项目", None, id="planned-next"),
        pytest.param("二、部门整体及项目", None, id="department-whole"),
        pytest.param(
            "（一）老年人助餐服务补助项目", "老年人助餐服务补助项目", id="specific-name-kept"
        ),
        pytest.param(
            "（二）城区主要道路建设项目",
            "城区主要道路建设项目",
            id="specific-with-generic-words-kept",
        ),
    ],
)
def test_category_heading_names_no_project(heading: str, expected: str | None) -> None:
    (table,) = perftrack.read(
        docx_bytes(["2024年度项目支出绩效自评报告", heading, _UNNAMED]), format="docx"
    )
    assert table.project.name == expected


_SOURCES = [
    ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
    ["中央补助资金", "120.00", "120.00", "118.00"],
    ["省级补助资金", "80.00", "100.00", "90.00"],
    ["县级配套资金", "100.00", "100.00", "83.93"],
    ["合计", "300.00", "320.00", "291.93"],
]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        pytest.param(
            [
                "表1 项目资金情况（单位：万元）",
                _SOURCES,
                "2024年度项目支出绩效自评表",
                [["项目名称", "2024年老年人助餐服务补助项目", "", "", "", ""], *_FIELDS, *_GRID],
            ],
            [
                (
                    "budget-line-unread",
                    Severity.INFO,
                    (
                        "“表1 项目资金情况（单位：万元）”只列资金金额（中央补助资金118.00、"
                        "省级补助资金90.00、县级配套资金83.93、合计291.93），不是绩效表，"
                        "金额未读入，请与预算执行情况核对"
                    ),
                )
            ],
            id="sources-before-the-grid-said",
        ),
    ],
)
def test_amounts_only_table_is_said(
    blocks: list[str | list[list[str]]], expected: list[tuple[str, Severity, str]]
) -> None:
    (table,) = perftrack.read(docx_bytes(blocks), format="docx")
    said = [(f.id, f.severity, f.message) for f in table.findings if f.id == "budget-line-unread"]
    assert said == expected
