"""A name merged over the level columns (r35d, adversarial reading).

Self-evaluation tables (Hubei, Anhui and many county templates) print the 预算执行率 row
inside the indicator grid as one cell merged over 一级/二级/三级 (``预算执行率（10分）``
over three columns, then 年度指标值 | 实际完成值 | 分值 | 得分 under their headers).
Flattened, the name stands in the 一级 column with blank cells after it. It was read
as a drifted row: the level 1 and 2 of the rows above were carried down onto it
(满意度指标/服务对象满意度指标 on 预算执行率), and its cells were packed left into the
value columns, so that a blank 分值 or 年度指标值 moved every figure after it one
column (the 得分 9.5 read as the 分值, the actual as the target), with a
``layout-normalised`` finding.

A merged label above cannot reach a row whose own level cell holds its name: such a
row carries no level down (none when the name is in the 一级 column, no level 2 when
in the 二级 column), its values are read under their headers, and points printed at
the name's end (``（10分）``) are its 分值 when no 分值 cell prints one.

Every table is built here, read and checked field by field.
"""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

import perftrack

# (level 1, level 2, name, raw name, target, actual, weight, points) of one indicator
Row = tuple[str | None, str | None, str, str, str | None, str | None, str | None, str | None]


def _tsv(*rows: tuple[str, ...]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


HEAD = (
    ("2023年度项目支出绩效自评表",),
    ("项目名称", "社区居家养老服务"),
)
WEIGHT_FIRST = ("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分")
TARGET_FIRST = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
ABOVE_WEIGHT_FIRST = (
    ("产出指标（50分）", "数量指标", "服务老人人数", "40", "≥800人", "812人", "40"),
    ("满意度指标（10分）", "服务对象满意度指标", "老人满意度", "10", "≥90%", "92%", "10"),
)
ABOVE_TARGET_FIRST = (
    ("产出指标", "数量指标", "服务人数", "≥800人", "812人", "40", "40"),
    ("", "质量指标", "投诉率", "≤2%", "1%", "40", "40"),
)


def _fields(indicator: perftrack.Indicator) -> Row:
    return (
        indicator.level1,
        indicator.level2,
        indicator.name,
        indicator.raw_name,
        None if indicator.target is None else str(indicator.target),
        None if indicator.actual is None else str(indicator.actual),
        None if indicator.weight is None else str(indicator.weight),
        None if indicator.published_points is None else str(indicator.published_points),
    )


TSV_CASES: list[tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...], Row, frozenset[str]]] = [
    (
        "rate row over the levels, every cell under its header",
        WEIGHT_FIRST,
        (*ABOVE_WEIGHT_FIRST, ("预算执行率（10分）", "", "", "10", "100%", "96%", "9.6")),
        (None, None, "预算执行率", "预算执行率（10分）", "=100(%)", "96(%)", "10", "9.6"),
        frozenset(),
    ),
    (
        "no points in the name, no 分值 cell",
        WEIGHT_FIRST,
        (*ABOVE_WEIGHT_FIRST, ("预算执行率", "", "", "", "100%", "96%", "9.6")),
        (None, None, "预算执行率", "预算执行率", "=100(%)", "96(%)", None, "9.6"),
        frozenset(),
    ),
    (
        "the name's points are the 分值 when the cell is blank",
        WEIGHT_FIRST,
        (*ABOVE_WEIGHT_FIRST, ("预算执行率（10分）", "", "", "", "100%", "96%", "9.6")),
        (None, None, "预算执行率", "预算执行率（10分）", "=100(%)", "96(%)", "10", "9.6"),
        frozenset(),
    ),
    (
        "a blank target stays blank: the actual is not moved into it",
        WEIGHT_FIRST,
        (*ABOVE_WEIGHT_FIRST, ("预算执行率（10分）", "", "", "10", "", "96%", "9.6")),
        (None, None, "预算执行率", "预算执行率（10分）", None, "96(%)", "10", "9.6"),
        frozenset(),
    ),
    (
        "a blank 分值 leaves the 得分 under 得分 (target first)",
        TARGET_FIRST,
        (*ABOVE_TARGET_FIRST, ("项目管理（10分）", "", "", "规范", "基本规范", "", "8")),
        (None, None, "项目管理", "项目管理（10分）", "规范", "基本规范", "10", "8"),
        frozenset(),
    ),
    (
        "a name over the 二级 and 三级 columns keeps the level 1, not the level 2",
        TARGET_FIRST,
        (*ABOVE_TARGET_FIRST, ("", "资金使用合规性", "", "合规", "合规", "10", "10")),
        ("产出指标", None, "资金使用合规性", "资金使用合规性", "合规", "合规", "10", "10"),
        frozenset(),
    ),
    (
        "a level's word as the name over the levels says its levels",
        TARGET_FIRST,
        (
            ("效益指标", "社会效益指标", "就业人数", "≥50人", "55人", "40", "40"),
            ("服务对象满意度", "", "", "≥90%", "92%", "10", "10"),
        ),
        (
            *("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度"),
            *("≥90(%)", "92(%)", "10", "10"),
        ),
        frozenset(),
    ),
    (
        "blank level cells and the name in its column: the merged labels carry down",
        TARGET_FIRST,
        (*ABOVE_TARGET_FIRST, ("", "", "整改完成率", "100%", "100%", "10", "10")),
        ("产出指标", "质量指标", "整改完成率", "整改完成率", "=100(%)", "100(%)", "10", "10"),
        frozenset(),
    ),
    (
        "a row whose merged cells were dropped (short, values right after the name)",
        TARGET_FIRST,
        (*ABOVE_TARGET_FIRST, ("整改完成率", "100%", "100%", "10", "10")),
        ("产出指标", "质量指标", "整改完成率", "整改完成率", "=100(%)", "100(%)", "10", "10"),
        frozenset({"layout-normalised"}),
    ),
]


@pytest.mark.parametrize(
    ("header", "rows", "expected", "findings"),
    [case[1:] for case in TSV_CASES],
    ids=[case[0] for case in TSV_CASES],
)
def test_tsv_rows(
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    expected: Row,
    findings: frozenset[str],
) -> None:
    table = perftrack.read_text(_tsv(*HEAD, header, *rows))[0]
    assert len(table.indicators) == len(rows)
    assert _fields(table.indicators[-1]) == expected
    # the rows above keep their own reading
    assert [i.name for i in table.indicators[:-1]] == [row[2] for row in rows[:-1]]
    assert {f.id for f in table.findings} == findings


def test_name_cell_points_at_the_name() -> None:
    rows = (*ABOVE_WEIGHT_FIRST, ("预算执行率（10分）", "", "", "10", "100%", "96%", "9.6"))
    indicator = perftrack.read_text(_tsv(*HEAD, WEIGHT_FIRST, *rows))[0].indicators[-1]
    cells = {role: (p.row, p.column) for role, p in indicator.cells}
    assert cells["name"] == (6, 1)
    assert cells["weight"] == (6, 4)
    assert cells["target"] == (6, 5)
    assert cells["actual"] == (6, 6)
    assert cells["points"] == (6, 7)


HTML = """<table border=1><tr><td colspan=7>2023年度项目支出绩效自评表</td></tr>
<tr><td>项目名称</td><td colspan=6>社区养老</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>
<td>分值</td><td>得分</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>服务人数</td><td>≥800人</td><td>812人</td>
<td>40</td><td>40</td></tr>
<tr><td>质量指标</td><td>投诉率</td><td>≤2%</td><td>1%</td><td>40</td><td>40</td></tr>
<tr><td colspan=3>预算执行率（10分）</td><td>100%</td><td>95%</td><td></td><td>9.5</td></tr>
<tr><td colspan=5>总分</td><td>90</td><td>89.5</td></tr></table>"""


def test_html_colspan_rate_row() -> None:
    # before: 产出指标/质量指标, weight 9.5 (the 得分), points None, layout-normalised
    table = perftrack.read(HTML.encode(), name="自评表.html")[0]
    assert [_fields(i) for i in table.indicators] == [
        ("产出指标", "数量指标", "服务人数", "服务人数", "≥800(人)", "812(人)", "40", "40"),
        ("产出指标", "质量指标", "投诉率", "投诉率", "≤2(%)", "1(%)", "40", "40"),
        (None, None, "预算执行率", "预算执行率（10分）", "=100(%)", "95(%)", "10", "9.5"),
    ]
    assert table.published.total is not None
    assert str(table.published.total) == "89.5"
    assert not table.findings


def test_xlsx_merged_rate_row() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "社区养老"],
        list(TARGET_FIRST),
        ["产出指标", "数量指标", "服务人数", "≥800人", "812人", 40, 40],
        [None, "质量指标", "投诉率", "≤2%", "1%", 40, 40],
        ["预算执行率", None, None, 1, 0.95, 10, 9.5],
    ):
        sheet.append(row)
    sheet.merge_cells("A4:A5")
    sheet.merge_cells("A6:C6")
    sheet["D6"].number_format = "0%"
    sheet["E6"].number_format = "0%"
    data = io.BytesIO()
    book.save(data)
    table = perftrack.read(data.getvalue(), name="自评表.xlsx")[0]
    assert _fields(table.indicators[-1]) == (
        None,
        None,
        "预算执行率",
        "预算执行率",
        "=100(%)",
        "95(%)",
        "10",
        "9.5",
    )
    assert [i.level1 for i in table.indicators[:2]] == ["产出指标", "产出指标"]
    assert not table.findings


def test_header_shifted_right_keeps_levels_and_columns() -> None:
    # the header starts with 绩效指标 over the rows' level 1: the names stand left of the
    # header's name column on every row, so a blank target there is no merged name
    rows = (
        ("财政项目支出绩效跟踪表",),
        ("跟踪时段：2023年1月至2023年8月",),
        ("项目名称", "甲"),
        (
            *("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值"),
            *("跟踪期计划完成值", "跟踪期实际完成值", "偏差原因分析"),
        ),
        ("产出指标", "数量指标", "服务人数", "≥800人", "500人", "512人", ""),
        ("", "", "活动场次", "", "6场", "6场", ""),
    )
    table = perftrack.read_text(_tsv(*rows))[0]
    got = [
        (i.level1, i.level2, i.name, str(i.target), str(i.planned), str(i.actual))
        for i in table.indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "服务人数", "≥800(人)", "500(人)", "512(人)"),
        ("产出指标", "数量指标", "活动场次", "None", "6(场)", "6(场)"),
    ]
