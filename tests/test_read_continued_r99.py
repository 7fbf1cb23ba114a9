"""A caption saying the table goes on keeps the grid whole (regress99 W1).

A tracking table's grid, then ``附表1（续表）`` and the header reprinted in other words
(``指标值 | 计划完成值 | …``): the rows under it are the same project's, never a second
table without a name or a budget. A numbered caption without a continuation mark over a
different header still starts a table of its own (regress98 W1).
"""

from __future__ import annotations

import pytest

import perftrack

_HEAD = [
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2024-1月 至 2024-8月 ）",
    "项目名称\t农村道路养护",
    "主管部门\t某县交通运输局\t\t实施单位\t某县公路管理所",
    "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "\t年度资金总额\t100.00\t80.00\t64.00\t80.00",
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析\t完成目标可能性\t纠偏措施",
    "绩效指标\t产出指标\t数量指标\t养护里程\t≥100公里\t80\t80\t\t确定能\t",
]
_REWORDED = (
    "一级指标\t二级指标\t三级指标\t指标值\t计划完成值\t实际完成值\t偏差原因\t完成可能性\t纠偏措施"
)
_ROW = "\t效益指标\t社会效益指标\t群众满意度\t≥90%\t90%\t60%\t\t确定能\t"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        pytest.param("附表1（续表）", [["养护里程", "群众满意度"]], id="numbered-continued"),
        pytest.param("附表1 续表", [["养护里程", "群众满意度"]], id="numbered-continued-spaced"),
        pytest.param("附表1（续）", [["养护里程", "群众满意度"]], id="numbered-continued-short"),
        pytest.param("续上表", [["养护里程", "群众满意度"]], id="continued-above"),
        pytest.param("附表2 村道养护", [["养护里程"], ["群众满意度"]], id="numbered-other-table"),
    ],
)
def test_continuation_caption_keeps_the_grid(caption: str, expected: list[list[str]]) -> None:
    tables = perftrack.read_text("\n".join([*_HEAD, caption, _REWORDED, _ROW]))
    assert [[indicator.name for indicator in table.indicators] for table in tables] == expected
    assert tables[0].project.name == "农村道路养护"
