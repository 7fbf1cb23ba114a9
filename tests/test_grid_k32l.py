"""A 核心指标 column; a budget label on a row of its own; a rate row under the lines (k32l).

1. A grid may mark its core indicators in a column (``核心指标``, ``是否核心指标``) whose
   cells say ``是``/``√``/``★``/``核心`` or ``否``/blank, as perftrack's own CSV writes
   it. Before, only a ★ before the name was read and the column was "other": a table
   rebuilt from the export lost every core indicator. Now the column is ``core``; any
   other text is a ``malformed-cell`` warning at the cell.

2. ``预算执行率（15分）`` on a row of its own above ``资金来源 | 年初预算数 | …`` was passed
   over (the rate weighed the policy's default 10): its points are the block's weight.

3. ``预算执行率（10分） | | | | 90% | 8`` on a row of its own under the 年度资金总额 and
   财政拨款 lines was ``budget-line-unread``: it is the total line's printed rate, 分值
   and 得分 when no line above prints a rate or 得分.

Every table is built here: TSV text through :func:`perftrack.read_text`, and one case
also as xlsx bytes (openpyxl) through :func:`perftrack.read`.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack.reports._common import Report
from perftrack.reports._csv import render

D = Decimal

Rows = list[list[str]]


def _tsv(rows: Rows) -> perftrack.Table:
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows))
    return table


# ---------------------------------------------------------------------------
# 1. The 核心指标 column

_HEAD: Rows = [["2025年度项目支出绩效自评表"], ["项目名称", "道路养护"]]

Core = list[tuple[str, bool, str | None]]
Found = list[tuple[str, str, str | None, str]]


def _core(table: perftrack.Table) -> Core:
    """Each indicator's name, core and the cell of its 核心指标 column."""
    return [
        (
            indicator.name,
            indicator.core,
            None if (cell := indicator.cell_of("core")) is None else cell.cell,
        )
        for indicator in table.indicators
    ]


def _found(table: perftrack.Table) -> Found:
    return [(f.id, f.severity.value, f.where.cell, f.message) for f in table.findings]


@pytest.mark.parametrize(
    ("rows", "core", "found"),
    [
        # the column at the end, as the CSV report writes it (before: all False, "other")
        pytest.param(
            [
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "核心指标"],
                ["产出指标", "数量指标", "道路养护里程", "≥100公里", "120公里", "是"],
                ["产出指标", "质量指标", "养护合格率", "≥95%", "96%", "否"],
                ["效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", ""],
            ],
            [
                ("道路养护里程", True, "F4"),
                ("养护合格率", False, "F5"),
                ("群众满意度", False, None),
            ],
            [],
            id="csv-column-at-end",
        ),
        # 是否核心指标 before the values, ticks; a ★ name wins over the column's 否
        pytest.param(
            [
                ["一级指标", "二级指标", "三级指标", "是否核心指标", "年度指标值", "实际完成值"],
                ["产出指标", "数量指标", "道路养护里程", "√", "≥100公里", "120公里"],
                ["产出指标", "质量指标", "养护合格率", "", "≥95%", "96%"],
                ["效益指标", "社会效益指标", "★群众满意度", "否", "≥90%", "92%"],
                ["效益指标", "社会效益指标", "通行效率", "核心", "≥90%", "92%"],
                ["效益指标", "社会效益指标", "事故率", "★", "≤1%", "0.5%"],
            ],
            [
                ("道路养护里程", True, "D4"),
                ("养护合格率", False, None),
                ("群众满意度", True, "D6"),
                ("通行效率", True, "D7"),
                ("事故率", True, "D8"),
            ],
            [],
            id="question-header-before-values",
        ),
        # a bracketed note in the header; a dash is no; neither yes nor no is said
        pytest.param(
            [
                [
                    "一级指标",
                    "二级指标",
                    "三级指标",
                    "年度指标值",
                    "实际完成值",
                    "核心指标（是/否）",
                ],
                ["产出指标", "数量指标", "道路养护里程", "≥100公里", "120公里", "/"],
                ["产出指标", "质量指标", "养护合格率", "≥95%", "96%", "待定"],
            ],
            [("道路养护里程", False, "F4"), ("养护合格率", False, "F5")],
            [
                (
                    "malformed-cell",
                    "warning",
                    "F5",
                    "指标“养护合格率”的核心指标“待定”不是“是”或“否”，未读入",
                )
            ],
            id="no-answer-said",
        ),
        # beside 分值 | 得分 and a 是否完成 column: each read as before, the 是 no tick
        pytest.param(
            [
                [
                    "一级指标",
                    "二级指标",
                    "三级指标",
                    "年度指标值",
                    "实际完成值",
                    "是否完成",
                    "分值",
                    "得分",
                    "核心指标",
                ],
                [
                    "产出指标",
                    "数量指标",
                    "道路养护里程",
                    "≥100公里",
                    "120公里",
                    "是",
                    "50",
                    "50",
                    "是",
                ],
                ["产出指标", "质量指标", "养护合格率", "≥95%", "96%", "是", "40", "40", "否"],
                ["总分", "", "", "", "", "", "90", "90"],
            ],
            [("道路养护里程", True, "I4"), ("养护合格率", False, "I5")],
            [],
            id="scored-grid",
        ),
        # 核心指标完成情况 is an actual, never the core column
        pytest.param(
            [
                ["一级指标", "二级指标", "三级指标", "年度指标值", "核心指标完成情况"],
                ["产出指标", "数量指标", "道路养护里程", "≥100公里", "120公里"],
            ],
            [("道路养护里程", False, None)],
            [],
            id="completion-header-is-actual",
        ),
    ],
)
def test_core_column(rows: Rows, core: Core, found: Found) -> None:
    table = _tsv([*_HEAD, *rows])
    assert _core(table) == core
    assert _found(table) == found


def test_core_column_keeps_its_values() -> None:
    """The other columns read as they did: the 是 of 是否完成 and the 分值 and 得分."""
    table = _tsv(
        [
            *_HEAD,
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "是否完成",
                "分值",
                "得分",
                "核心指标",
            ],
            ["产出指标", "数量指标", "道路养护里程", "≥100公里", "120公里", "是", "50", "50", "是"],
        ]
    )
    (indicator,) = table.indicators
    assert (
        str(indicator.target),
        str(indicator.actual),
        indicator.likelihood_text,
        indicator.weight,
        indicator.published_points,
    ) == ("≥100(公里)", "120(公里)", "是", D(50), D(50))


def test_core_column_is_checked_as_a_star() -> None:
    """A core row by its column, not met: core-indicator-missed, as for a ★ name."""
    table = _tsv(
        [
            *_HEAD,
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "核心指标"],
            ["产出指标", "数量指标", "道路养护里程", "≥100公里", "80公里", "是"],
            ["产出指标", "质量指标", "养护合格率", "≥95%", "90%", "否"],
        ]
    )
    card = perftrack.score(table)
    assert [(f.id, f.message) for f in card.findings if f.id == "core-indicator-missed"] == [
        ("core-indicator-missed", "核心指标“道路养护里程”未达成：实际80公里，未达年度指标≥100公里")
    ]


def test_export_read_back_keeps_core() -> None:
    """perftrack's CSV, its report columns cut off, reads back with its core indicators."""
    table = _tsv(
        [
            *_HEAD,
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
            ["产出指标", "数量指标", "★道路养护里程", "≥100公里", "120公里"],
            ["产出指标", "质量指标", "养护合格率", "≥95%", "96%"],
        ]
    )
    text = render(Report.of([perftrack.score(table)], []))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][-1] == "核心指标"
    out = io.StringIO()
    csv.writer(out).writerows(row[5:] for row in rows)  # 文件 … 项目名称 cut off
    (back,) = perftrack.read_text(out.getvalue(), format="csv")
    assert [(i.name, i.core) for i in back.indicators if i.name != "预算执行率"] == [
        ("道路养护里程", True),
        ("养护合格率", False),
    ]


def test_core_column_xlsx() -> None:
    """The same column in a workbook: the cells at their addresses."""
    rows: list[list[object]] = [
        ["2025年度项目支出绩效自评表"],
        ["项目名称", "道路养护"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否核心指标"],
        ["产出指标", "数量指标", "道路养护里程", "≥100公里", "120公里", "是"],
        [None, "质量指标", "养护合格率", "≥95%", 0.96, "否"],
        [None, None, "路面平整度", "≥90%", 0.92, "待定"],
    ]
    (table,) = perftrack.read(
        xlsx_bytes(
            {"表1": rows},
            merges={"表1": ["A1:F1", "A4:A6"]},
            number_formats={"表1": {"E5": "0%", "E6": "0%"}},
        )
    )
    assert _core(table) == [
        ("道路养护里程", True, "F4"),
        ("养护合格率", False, "F5"),
        ("路面平整度", False, "F6"),
    ]
    assert [(f.id, f.where.cell, f.message) for f in table.findings] == [
        ("malformed-cell", "F6", "指标“路面平整度”的核心指标“待定”不是“是”或“否”，未读入")
    ]


# ---------------------------------------------------------------------------
# 2. and 3. The budget label and the rate on rows of their own

_TITLE = ["2023年度项目支出绩效自评表", "项目名称\t示例项目"]
_GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"
_COLUMNS = "资金来源\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分"
_TOTAL = "年度资金总额\t600.00\t600.00\t600.00\t100.00%\t13"


def _self(*budget: str, rate_weight: int = 15) -> perftrack.Table:
    """The 2023 自评表 of *budget*, its one indicator weighing 100 less *rate_weight*."""
    weight = 100 - rate_weight
    row = f"产出指标\t数量指标\t培训人数\t≥100人\t120人\t{weight}\t{weight}"
    total = f"总分\t\t\t\t\t100\t{weight + rate_weight - 2}"
    (table,) = perftrack.read_text("\n".join([*_TITLE, *budget, _GRID, row, total]))
    return table


Line = tuple[str, str, D | None, D | None, D | None, str | None, str | None]


def _lines(table: perftrack.Table) -> list[Line]:
    """Each budget line: role, source, weight, rate, 得分, and the cells of rate and 得分."""
    out: list[Line] = []
    for line in table.budget:
        cells = dict(line.cells)
        rate, points = cells.get("rate"), cells.get("points")
        out.append(
            (
                line.role.value,
                line.source,
                line.weight,
                line.rate,
                line.published_points,
                None if rate is None else rate.cell,
                None if points is None else points.cell,
            )
        )
    return out


@pytest.mark.parametrize(
    ("budget", "lines"),
    [
        # before: weight None (the policy's default 10 scored the rate)
        pytest.param(
            ("预算执行率（15分）", _COLUMNS, _TOTAL),
            [("total", "年度资金总额", D(15), D("100.00"), D(13), "E5", "F5")],
            id="label-row-above-header",
        ),
        pytest.param(
            ("预算执行率(15分)", "\t" + _COLUMNS.partition("\t")[2], _TOTAL),
            [("total", "年度资金总额", D(15), D("100.00"), D(13), "E5", "F5")],
            id="label-row-header-without-label",
        ),
        pytest.param(
            ("二、预算执行率（15分）", _COLUMNS, _TOTAL),
            [("total", "年度资金总额", D(15), D("100.00"), D(13), "E5", "F5")],
            id="numbered-label-row",
        ),
        # no points: no weight, as before
        pytest.param(
            ("预算执行率", _COLUMNS, _TOTAL),
            [("total", "年度资金总额", None, D("100.00"), D(13), "E5", "F5")],
            id="label-row-without-points",
        ),
    ],
)
def test_budget_label_row(budget: tuple[str, ...], lines: list[Line]) -> None:
    table = _self(*budget)
    assert _lines(table) == lines
    assert [f.id for f in table.findings if f.id.startswith("budget-")] == []


def test_budget_label_row_scores_its_weight() -> None:
    """The 15 is the rate's 分值 in the points, not the default 10."""
    card = perftrack.score(_self("预算执行率（15分）", _COLUMNS, _TOTAL))
    assert card.points is not None
    assert [(item.name, item.weight, item.points) for item in card.points.items] == [
        ("培训人数", D(85), D("85.00")),
        ("年度资金总额", D(15), D("15.00")),
    ]


_MONEY = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数"
_LINES = ("年度资金总额\t600.00\t600.00\t540.00", "其中：财政拨款\t600.00\t600.00\t540.00")
_APPROPRIATION: Line = ("appropriation", "其中：财政拨款", None, None, None, None, None)
_UNREAD = "budget-line-unread"


@pytest.mark.parametrize(
    ("budget", "lines", "findings"),
    [
        # cells no column heads: the percent the rate, the figure after it the 得分, the
        # label's points the 分值 (before: budget-line-unread, no rate, no 得分)
        pytest.param(
            (_MONEY, *_LINES, "预算执行率（10分）\t\t\t\t90%\t8"),
            [("total", "年度资金总额", D(10), D(90), D(8), "E6", "F6"), _APPROPRIATION],
            [],
            id="rate-row-unheaded",
        ),
        pytest.param(
            (_MONEY, *_LINES, "预算执行率（15分）\t—\t—\t—\t90%\t13"),
            [("total", "年度资金总额", D(15), D(90), D(13), "E6", "F6"), _APPROPRIATION],
            [],
            id="rate-row-dashes",
        ),
        # a figure before the rate is the 分值
        pytest.param(
            (_MONEY, *_LINES, "预算执行率\t\t\t\t10\t90%\t8"),
            [("total", "年度资金总额", D(10), D(90), D(8), "F6", "G6"), _APPROPRIATION],
            [],
            id="rate-row-weight-before-rate",
        ),
        # the header's 执行率 | 得分 columns, left blank on the lines
        pytest.param(
            (
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分",
                "年度资金总额\t600.00\t600.00\t540.00\t\t",
                "其中：财政拨款\t600.00\t600.00\t540.00\t\t",
                "预算执行率（10分）\t\t\t\t90%\t8",
            ),
            [("total", "年度资金总额", D(10), D(90), D(8), "E6", "F6"), _APPROPRIATION],
            [],
            id="rate-row-headed-columns",
        ),
        pytest.param(
            (
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                *_LINES,
                "预算执行率\t\t\t\t12\t90%\t10",
            ),
            [("total", "年度资金总额", D(12), D(90), D(10), "F6", "G6"), _APPROPRIATION],
            [],
            id="rate-row-weight-column",
        ),
        # as before: the lines print their rates; the row holds amounts; no rate and no
        # 得分 column for a lone figure; no single total line
        pytest.param(
            (
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率",
                "年度资金总额\t600.00\t600.00\t540.00\t90%",
                "预算执行率（10分）\t\t\t\t90%\t8",
            ),
            [("total", "年度资金总额", None, D(90), None, "E4", None)],
            [_UNREAD],
            id="lines-have-rates",
        ),
        pytest.param(
            (_MONEY, *_LINES, "预算执行率（10分）\t600\t600\t540\t90%\t8"),
            [("total", "年度资金总额", None, None, None, None, None), _APPROPRIATION],
            [_UNREAD],
            id="row-with-amounts",
        ),
        pytest.param(
            (_MONEY, *_LINES, "预算执行率（10分）\t\t\t\t\t8"),
            [("total", "年度资金总额", None, None, None, None, None), _APPROPRIATION],
            [_UNREAD],
            id="lone-figure",
        ),
        pytest.param(
            (_MONEY, _LINES[1], "其他资金\t0\t0\t0", "预算执行率（10分）\t\t\t\t90%\t8"),
            [
                _APPROPRIATION,
                ("other", "其他资金", None, None, None, None, None),
            ],
            [_UNREAD],
            id="no-total-line",
        ),
    ],
)
def test_rate_row(budget: tuple[str, ...], lines: list[Line], findings: list[str]) -> None:
    table = _self(*budget)
    assert _lines(table) == lines
    assert [f.id for f in table.findings if f.id.startswith("budget-")] == findings


def test_rate_row_scores() -> None:
    """perftrack score: the printed rate and 得分 are held against the amounts."""
    before_unread = _self(_MONEY, *_LINES, "预算执行率（10分）\t\t\t\t90%\t8", rate_weight=10)
    card = perftrack.score(before_unread)
    assert [(f.id, f.message) for f in card.findings if f.id != "missing-category"] == [
        ("budget-rate-missing", "“其中：财政拨款”未填执行率，按金额计算为90.00%"),
        ("points-differ", "“年度资金总额”按执行率90.00%计算得分9.00，填报得分8"),
    ]


def test_rate_row_xlsx() -> None:
    """A workbook: the label merged over the amount columns, the rate a percent-formatted 0.9."""
    rows: list[list[object]] = [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "示例项目"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", 600, 600, 540],
        ["其中：财政拨款", 600, 600, 540],
        ["预算执行率（10分）", None, None, None, 0.9, 8],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "120人", 90, 90],
        ["总分", None, None, None, None, 100, 98],
    ]
    (table,) = perftrack.read(
        xlsx_bytes(
            {"表1": rows},
            merges={"表1": ["A1:F1", "A6:D6"]},
            number_formats={"表1": {"E6": "0%"}},
        )
    )
    assert _lines(table) == [
        ("total", "年度资金总额", D(10), D(90), D(8), "E6", "F6"),
        _APPROPRIATION,
    ]
    assert [f.id for f in table.findings] == []
