"""A target table whose two-row header splits 中期指标值 as it splits 年度指标值.

The 项目支出绩效目标申报表 of a multi-year project prints ``一级指标 | 二级指标 | 三级指标
| 中期指标值 | 年度指标值``, each value header merged over ``指标性质 | 指标值 | 度量单位``.
The year's triple is the target, the 中期 triple the mid-term (its own operator and
unit), in either column order, so that ``target-above-midterm`` holds the year's
ceiling against the mid-term's. Before, the 中期 half was read as the target (``≤60公里``)
and the mid-term was lost.

Every table is built here: TSV text through :func:`perftrack.read_text` (a merged cell
as empty cells to its right, or printed over every column) and xlsx bytes with real
merged ranges (openpyxl).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import Comparison, Indicator, Op, Table

_TOP = [
    ["2025年项目支出绩效目标申报表"],
    ["项目名称", "城区污水管网改造"],
]
_LEVELS = ["一级指标", "二级指标", "三级指标"]
_TRIPLE = ["指标性质", "指标值", "度量单位"]
# name, the 中期 triple, the 年度 triple
_ROWS = [
    ("改造管网长度", ("≤", "60", "公里"), ("≥", "25", "公里")),
    ("项目建安成本", ("≤", "3000", "万元"), ("≤", "3200", "万元")),
    ("验收合格率", ("≥", "95", "%"), ("=", "100", "%")),
]
_MIDTERMS = [
    Comparison(Op.LE, Decimal(60), "公里"),
    Comparison(Op.LE, Decimal(3000), "万元"),
    Comparison(Op.GE, Decimal(95), "%"),
]
_TARGETS = ["≥25公里", "≤3200万元", "=100%"]


def _tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def _grid(*, year_first: bool = False, repeated: bool = False) -> list[list[str]]:
    """The header's two rows and the indicator rows, 中期 first unless *year_first*."""
    halves = ["年度指标值", "中期指标值"] if year_first else ["中期指标值", "年度指标值"]
    upper = list(_LEVELS)
    for half in halves:
        upper += [half] * 3 if repeated else [half, "", ""]
    upper.append("权重")
    lower = ["", "", "", *_TRIPLE, *_TRIPLE, ""]
    body = []
    for name, midterm, year in _ROWS:
        first, second = (year, midterm) if year_first else (midterm, year)
        body.append(["产出指标", "数量指标", name, *first, *second, "30"])
    return [*_TOP, upper, lower, *body]


def _merges() -> list[str]:
    """The merged ranges of :func:`_grid`'s header (rows 3 and 4 of the sheet)."""
    return ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:J4"]


def _check(table: Table) -> None:
    assert [i.name for i in table.indicators] == [name for name, _, _ in _ROWS]
    assert [i.target.text for i in table.indicators if i.target is not None] == _TARGETS
    assert [i.midterm for i in table.indicators] == _MIDTERMS
    assert [f.id for f in table.findings if f.id == "grid-column-duplicate"] == []
    above = [f for f in perftrack.score(table).findings if f.id == "target-above-midterm"]
    assert len(above) == 1
    assert "“项目建安成本”年度指标“≤3200万元”高于实施期指标“≤3000万元”" in above[0].message


@pytest.mark.parametrize("year_first", [False, True], ids=["midterm-first", "year-first"])
@pytest.mark.parametrize("repeated", [False, True], ids=["merged", "repeated"])
def test_split_midterm_tsv(*, year_first: bool, repeated: bool) -> None:
    [table] = perftrack.read_text(_tsv(_grid(year_first=year_first, repeated=repeated)))
    _check(table)


@pytest.mark.parametrize("year_first", [False, True], ids=["midterm-first", "year-first"])
def test_split_midterm_xlsx(*, year_first: bool) -> None:
    rows = _grid(year_first=year_first)
    data = xlsx_bytes({"目标表": rows}, merges={"目标表": _merges()})
    [table] = perftrack.read(data, name="目标表.xlsx")
    _check(table)


def _one(upper: list[str], lower: list[str], row: list[str]) -> Indicator:
    [table] = perftrack.read_text(_tsv([*_TOP, upper, lower, row]))
    [indicator] = table.indicators
    return indicator


@pytest.mark.parametrize(
    ("upper", "lower", "row", "target", "midterm"),
    [
        # the short words: 性质 | 数值 | 单位 under each (before: the lower row became an
        # indicator named 性质 and the mid-term read ≤)
        (
            [*_LEVELS, "中期指标值", "", "", "年度指标值", "", "", "权重"],
            ["", "", "", "性质", "数值", "单位", "性质", "数值", "单位", ""],
            ["产出指标", "数量指标", "改造管网长度", "≤", "60", "公里", "≥", "25", "公里", "30"],
            "≥25公里",
            Comparison(Op.LE, Decimal(60), "公里"),
        ),
        # the short words under 中期指标值 and 年度指标值 each printed over its three columns
        (
            [*_LEVELS, *["中期指标值"] * 3, *["年度指标值"] * 3, "权重"],
            ["", "", "", "性质", "数值", "单位", "性质", "数值", "单位", ""],
            ["产出指标", "数量指标", "改造管网长度", "≤", "60", "公里", "≥", "25", "公里", "30"],
            "≥25公里",
            Comparison(Op.LE, Decimal(60), "公里"),
        ),
        # 实施期指标值 and 计量单位
        (
            [*_LEVELS, "实施期指标值", "", "", "年度指标值", "", "", "分值"],
            ["", "", "", "指标性质", "指标值", "计量单位", "指标性质", "指标值", "计量单位", ""],
            ["产出指标", "数量指标", "改造管网长度", "≤", "60", "公里", "≥", "25", "公里", "30"],
            "≥25公里",
            Comparison(Op.LE, Decimal(60), "公里"),
        ),
        # only 年度指标值 split, 中期 one column: the row's 指标性质 and unit are its too
        (
            [*_LEVELS, "中期指标值", "年度指标值", "", "", "权重"],
            ["", "", "", "", *_TRIPLE, ""],
            ["产出指标", "成本指标", "项目建安成本", "3000", "≤", "3200", "万元", "30"],
            "≤3200万元",
            Comparison(Op.LE, Decimal(3000), "万元"),
        ),
        (
            [*_LEVELS, "中期指标值", "年度指标值", "", "", "权重"],
            ["", "", "", "", *_TRIPLE, ""],
            ["产出指标", "数量指标", "改造管网长度", "≤60公里", "≥", "25", "公里", "30"],
            "≥25公里",
            Comparison(Op.LE, Decimal(60), "公里"),
        ),
        # one shared 指标性质 before 中期 and 年度, each split into 指标值 | 度量单位
        (
            [*_LEVELS, "指标性质", "中期指标值", "", "年度指标值", "", "权重"],
            ["", "", "", "", "指标值", "度量单位", "指标值", "度量单位", ""],
            ["产出指标", "成本指标", "项目建安成本", "≤", "3000", "万元", "3200", "万元", "30"],
            "≤3200万元",
            Comparison(Op.LE, Decimal(3000), "万元"),
        ),
        # the 中期 triple without an operator of its own: the year's is the row's
        (
            [*_LEVELS, "中期指标值", "", "年度指标值", "", "", "权重"],
            ["", "", "", "指标值", "度量单位", *_TRIPLE, ""],
            ["产出指标", "成本指标", "项目建安成本", "3000", "万元", "≤", "3200", "万元", "30"],
            "≤3200万元",
            Comparison(Op.LE, Decimal(3000), "万元"),
        ),
        # a mid-term unit of its own
        (
            [*_LEVELS, "中期指标值", "", "", "年度指标值", "", "", "权重"],
            ["", "", "", *_TRIPLE, *_TRIPLE, ""],
            ["产出指标", "数量指标", "培训人次", "≥", "1.2", "万人次", "≥", "3000", "人次", "30"],
            "≥3000人次",
            Comparison(Op.GE, Decimal("1.2"), "万人次"),
        ),
    ],
    ids=[
        "short-words",
        "short-words-repeated",
        "实施期",
        "midterm-single",
        "midterm-single-full",
        "shared-nature",
        "midterm-no-nature",
        "midterm-own-unit",
    ],
)
def test_midterm_layouts(
    upper: list[str], lower: list[str], row: list[str], target: str, midterm: Comparison
) -> None:
    indicator = _one(upper, lower, row)
    assert indicator.target is not None
    assert indicator.target.text == target
    assert indicator.midterm == midterm


def test_empty_midterm_triple_leaves_no_midterm() -> None:
    upper = [*_LEVELS, "中期指标值", "", "", "年度指标值", "", "", "权重"]
    lower = ["", "", "", *_TRIPLE, *_TRIPLE, ""]
    row = ["产出指标", "数量指标", "改造管网长度", "", "", "", "≥", "25", "公里", "30"]
    indicator = _one(upper, lower, row)
    assert indicator.target is not None
    assert indicator.target.text == "≥25公里"
    assert indicator.midterm is None


def test_shared_nature_column_still_applies_to_the_midterm() -> None:
    """k31g: one 指标性质 beside both value columns is the mid-term's operator too."""
    upper = [*_LEVELS, "指标性质", "中期指标值", "年度指标值", "度量单位", "权重(%)"]
    row = ["产出指标", "成本指标", "项目建安成本", "≤", "3000", "3200", "万元", "100"]
    [table] = perftrack.read_text(_tsv([*_TOP, upper, row]))
    [indicator] = table.indicators
    assert indicator.midterm == Comparison(Op.LE, Decimal(3000), "万元")
    assert indicator.target is not None
    assert indicator.target.text == "≤3200万元"


@pytest.mark.parametrize("triple", [_TRIPLE, ["性质", "数值", "单位"]], ids=["long", "short"])
def test_repeated_year_header_over_its_triple_is_no_duplicate(triple: list[str]) -> None:
    """年度指标值 printed over each of 指标性质 | 指标值 | 度量单位 (a TSV): no warning.

    Before, the short words under the repeated header were read as an indicator named 性质.
    """
    upper = [*_LEVELS, "年度指标值", "年度指标值", "年度指标值", "权重"]
    lower = ["", "", "", *triple, ""]
    row = ["产出指标", "数量指标", "改造管网长度", "≥", "25", "公里", "30"]
    [table] = perftrack.read_text(_tsv([*_TOP, upper, lower, row]))
    assert table.indicators[0].target is not None
    assert table.indicators[0].target.text == "≥25公里"
    assert [f.id for f in table.findings if f.id == "grid-column-duplicate"] == []
