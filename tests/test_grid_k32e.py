"""A budget label's points as the line's weight; a grid printed in column groups (k32e).

1. A 自评表's budget block with no 分值 column may print the execution rate's points in
   a label: the block's (``预算执行率（10分）``, ``项目资金（万元）10分``) or the line's
   (``年度资金总额（10分）``). The points at the label's very end are the weight of the
   line (the block's of its total line), as a 分值 cell would be. Before,
   ``预算执行率（10分）`` was taken for the 执行率 column (the real one was dropped with
   a ``budget-column-duplicate``), and a bare ``10分`` or a line's ``（10分）`` gave no
   weight. A figure elsewhere in a label (``项目资金（2023）``, ``（10分）（万元）`` on a
   line) is no weight.

2. A target table short of rows prints its indicators in groups side by side:
   ``指标名称 | 指标值 | 指标名称 | 指标值`` (no level column). Before, the header was
   taken for a 申报表's 中长期 half and the left group was dropped silently (three
   groups read one row, with ``grid-column-duplicate``). The groups are now read as
   one grid, the left group then the right, each cell at its own address. Two adjacent
   tables, each with its own head, are split at the second ``指标名称`` as at the second
   ``一级指标``.

Every table is built here: TSV text through :func:`perftrack.read_text`, and the same
rows as xlsx bytes (openpyxl) through :func:`perftrack.read`.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack.report import scorecard_text

D = Decimal

_TITLE = ["2023年度项目支出绩效自评表", "（2023年度）", "项目名称\t示例项目"]
_GOAL = ["年度总体目标\t预期目标\t\t\t\t实际完成情况", "\t完成年度任务\t\t\t\t基本完成"]
_GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"
_ROW = "产出指标\t数量指标\t培训人数\t≥100人\t120人\t90\t90"
_TAIL = ["总分\t\t\t\t\t100\t98", "自评等级\t\t\t\t\t\t优"]
# The budget block's columns with no 分值: the weight is left to the labels.
_COLUMNS = "年初预算数\t全年预算数\t全年执行数\t执行率\t得分"
_AMOUNTS = "600.00\t600.00\t600.00\t100.00%\t8"


def _self(*budget: str) -> perftrack.Table:
    """The 2023 自评表 of the budget block *budget* (rows of tab-separated cells)."""
    lines = [*_TITLE, *budget, *_GOAL, _GRID, _ROW, *_TAIL]
    (table,) = perftrack.read_text("\n".join(lines))
    return table


Line = tuple[str, str, D | None, D | None, D | None]


def _lines(table: perftrack.Table) -> list[Line]:
    return [
        (line.role.value, line.source, line.weight, line.rate, line.published_points)
        for line in table.budget
    ]


@pytest.mark.parametrize(
    ("budget", "lines", "findings"),
    [
        # the block's label is 预算执行率 with its points: the label, never the 执行率
        # column (before: rate None, budget-column-duplicate, the real 执行率 dropped)
        pytest.param(
            (f"预算执行率（10分）\t\t{_COLUMNS}", f"\t年度资金总额\t{_AMOUNTS}"),
            [("total", "年度资金总额", D(10), D("100.00"), D(8))],
            [],
            id="rate-label-full-width",
        ),
        pytest.param(
            (f"预算执行率(10分)\t{_COLUMNS}", f"年度资金总额\t{_AMOUNTS}"),
            [("total", "年度资金总额", D(10), D("100.00"), D(8))],
            [],
            id="rate-label-ascii-lines-under-it",
        ),
        # the documented bracket after the unit: as before
        pytest.param(
            (f"项目资金（万元）（10分）\t\t{_COLUMNS}", f"\t年度资金总额\t{_AMOUNTS}"),
            [("total", "年度资金总额", D(10), D("100.00"), D(8))],
            [],
            id="money-label-bracket",
        ),
        # bare 10分 at the label's end (before: no weight)
        pytest.param(
            (f"项目资金（万元）10分\t\t{_COLUMNS}", f"\t年度资金总额\t{_AMOUNTS}"),
            [("total", "年度资金总额", D(10), D("100.00"), D(8))],
            [],
            id="money-label-bare",
        ),
        # the line's own label: its weight, the points no part of its source (before: no
        # weight, source 年度资金总额（10分）); the 其中 line has none
        pytest.param(
            (
                f"项目资金（万元）\t\t{_COLUMNS}",
                f"\t年度资金总额（10分）\t{_AMOUNTS}",
                "\t其中：财政拨款\t600.00\t600.00\t600.00\t100.00%\t",
            ),
            [
                ("total", "年度资金总额", D(10), D("100.00"), D(8)),
                ("appropriation", "其中：财政拨款", None, D("100.00"), None),
            ],
            [],
            id="line-label",
        ),
        # a 分值 column wins over the label, as before
        pytest.param(
            (
                "预算执行率（10分）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额\t600.00\t600.00\t600.00\t12\t100.00%\t8",
            ),
            [("total", "年度资金总额", D(12), D("100.00"), D(8))],
            [],
            id="weight-column-wins",
        ),
        # a figure elsewhere is no weight: a year in brackets (before: weight 2023), points
        # before the unit on a line, an amount in a 其中 line's label
        pytest.param(
            (f"项目资金（2023）\t\t{_COLUMNS}", f"\t年度资金总额\t{_AMOUNTS}"),
            [("total", "年度资金总额", None, D("100.00"), D(8))],
            [],
            id="year-no-weight",
        ),
        pytest.param(
            (
                f"项目资金\t\t{_COLUMNS}",
                f"\t年度资金总额（10分）（万元）\t{_AMOUNTS}",
                "\t其中：中央补助10万元\t600.00\t600.00\t600.00\t100.00%\t",
            ),
            [
                ("total", "年度资金总额（10分）（万元）", None, D("100.00"), D(8)),
                ("appropriation", "其中：中央补助10万元", None, D("100.00"), None),
            ],
            [],
            id="figures-elsewhere-no-weight",
        ),
    ],
)
def test_budget_label_points(
    budget: tuple[str, ...], lines: list[Line], findings: list[str]
) -> None:
    table = _self(*budget)
    assert _lines(table) == lines
    assert [f.id for f in table.findings if f.id.startswith("budget-")] == findings


def test_label_points_score_as_a_weight_column() -> None:
    """The label's 10 scores the rate as a 分值 cell of 10 does: same items, same findings."""
    labelled = _self(f"预算执行率（10分）\t\t{_COLUMNS}", f"\t年度资金总额\t{_AMOUNTS}")
    column = _self(
        "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t600.00\t600.00\t600.00\t10\t100.00%\t8",
    )
    scored = [perftrack.score(table) for table in (labelled, column)]
    items = [
        [(item.name, item.weight, item.points, item.published_points) for item in card.points.items]
        for card in scored
        if card.points is not None
    ]
    assert (
        items[0]
        == items[1]
        == [
            ("培训人数", D(90), D("90.00"), D(90)),
            ("年度资金总额", D(10), D("10.00"), D(8)),
        ]
    )
    messages = [[(f.id, f.message) for f in card.findings] for card in scored]
    assert messages[0] == messages[1]
    assert ("points-differ", "“年度资金总额”按执行率100.00%计算得分10.00，填报得分8") in messages[0]


# ---------------------------------------------------------------------------
# Column groups

_TARGET_HEAD = [
    ["2024年度项目绩效目标表"],
    ["项目名称", "示例项目"],
    ["年度绩效目标", "完成培训任务"],
]

Rows = list[list[str]]
Found = list[tuple[str, str, str, str]]


def _tsv(rows: Rows) -> list[perftrack.Table]:
    return list(perftrack.read_text("\n".join("\t".join(row) for row in rows)))


def _xlsx(rows: Rows, merges: list[str] | None = None) -> list[perftrack.Table]:
    data = xlsx_bytes(
        {"表1": [[cell or None for cell in row] for row in rows]},
        merges={"表1": merges or []},
    )
    return list(perftrack.read(data))


def _found(tables: list[perftrack.Table]) -> list[tuple[str | None, Found]]:
    """Each table's project and its indicators: name, target, actual, the target's cell."""
    return [
        (
            table.project.name,
            [
                (
                    indicator.name,
                    str(indicator.target),
                    str(indicator.actual),
                    dict(indicator.cells).get("target", indicator.position).cell,  # type: ignore[union-attr]
                )
                for indicator in table.indicators
            ],
        )
        for table in tables
    ]


_TWO_GROUPS: Rows = [
    *_TARGET_HEAD,
    ["指标名称", "指标值", "指标名称", "指标值"],
    ["培训人数", "≥100人", "培训合格率", "≥95%"],
    ["培训天数", "≥10天", "满意度", "≥90%"],
]
_THREE_GROUPS: Rows = [
    *_TARGET_HEAD,
    ["指标名称", "指标值", "指标名称", "指标值", "指标名称", "指标值"],
    ["培训人数", "≥100人", "培训合格率", "≥95%", "满意度", "≥90%"],
]
# a leading 绩效指标 label, uneven groups, a note under the grid: the note stays a note
_SELF_GROUPS: Rows = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "示例项目"],
    ["绩效指标", "指标名称", "年度指标值", "实际完成值", "指标名称", "年度指标值", "实际完成值"],
    ["", "培训人数", "≥100人", "120人", "培训合格率", "≥95%", "96%"],
    ["", "培训天数", "≥10天", "12天", "满意度", "≥90%", "92%"],
    ["", "培训场次", "≥5场", "5场"],
    ["说明：数据来源于培训台账。"],
]
_ONE_GROUP: Rows = [
    *_TARGET_HEAD,
    ["指标名称", "指标值"],
    ["培训人数", "≥100人"],
    ["培训天数", "≥10天"],
]
# two tables, each with its own head: two tables, as two 一级指标 grids are (k31d)
_TWO_TABLES: Rows = [
    ["“甲”项目绩效目标表", "", "“乙”项目绩效目标表"],
    ["项目名称", "甲项目", "项目名称", "乙项目"],
    ["指标名称", "指标值", "指标名称", "指标值"],
    ["培训人数", "≥100人", "培训合格率", "≥95%"],
    ["培训天数", "≥10天", "满意度", "≥90%"],
]
# the 申报表's two halves under 中长期指标 | 年度指标: the year's half, as before
_MIDTERM: Rows = [
    ["项目支出绩效目标申报表"],
    ["项目名称", "示例项目"],
    ["中长期指标", "", "年度指标"],
    ["指标名称", "指标值", "指标名称", "指标值"],
    ["培训人数", "≥300人", "培训人数", "≥100人"],
]


@pytest.mark.parametrize(
    ("rows", "merges", "expected"),
    [
        # before: the left group dropped (培训人数, 培训天数 lost, no finding)
        pytest.param(
            _TWO_GROUPS,
            ["A1:D1", "B3:D3"],
            [
                (
                    "示例项目",
                    [
                        ("培训人数", "≥100(人)", "None", "B5"),
                        ("培训天数", "≥10(天)", "None", "B6"),
                        ("培训合格率", "≥95(%)", "None", "D5"),
                        ("满意度", "≥90(%)", "None", "D6"),
                    ],
                )
            ],
            id="two-groups",
        ),
        # before: one row read, two grid-column-duplicate warnings
        pytest.param(
            _THREE_GROUPS,
            ["A1:F1"],
            [
                (
                    "示例项目",
                    [
                        ("培训人数", "≥100(人)", "None", "B5"),
                        ("培训合格率", "≥95(%)", "None", "D5"),
                        ("满意度", "≥90(%)", "None", "F5"),
                    ],
                )
            ],
            id="three-groups",
        ),
        pytest.param(
            _SELF_GROUPS,
            ["A1:G1", "A3:A6"],
            [
                (
                    "示例项目",
                    [
                        ("培训人数", "≥100(人)", "120(人)", "C4"),
                        ("培训天数", "≥10(天)", "12(天)", "C5"),
                        ("培训场次", "≥5(场)", "5(场)", "C6"),
                        ("培训合格率", "≥95(%)", "96(%)", "F4"),
                        ("满意度", "≥90(%)", "92(%)", "F5"),
                    ],
                )
            ],
            id="uneven-groups-leading-label",
        ),
        pytest.param(
            _ONE_GROUP,
            ["A1:B1"],
            [
                (
                    "示例项目",
                    [
                        ("培训人数", "≥100(人)", "None", "B5"),
                        ("培训天数", "≥10(天)", "None", "B6"),
                    ],
                )
            ],
            id="one-group-unchanged",
        ),
        # before: one table of 甲项目 holding 乙项目's indicators only
        pytest.param(
            _TWO_TABLES,
            [],
            [
                (
                    "甲项目",
                    [
                        ("培训人数", "≥100(人)", "None", "B4"),
                        ("培训天数", "≥10(天)", "None", "B5"),
                    ],
                ),
                (
                    "乙项目",
                    [
                        ("培训合格率", "≥95(%)", "None", "D4"),
                        ("满意度", "≥90(%)", "None", "D5"),
                    ],
                ),
            ],
            id="two-tables-own-heads",
        ),
        pytest.param(
            _MIDTERM,
            ["A3:B3", "C3:D3"],
            [("示例项目", [("培训人数", "≥100(人)", "None", "D5")])],
            id="midterm-halves-unchanged",
        ),
    ],
)
def test_column_groups(rows: Rows, merges: list[str], expected: object) -> None:
    tsv = _tsv(rows)
    assert _found(tsv) == expected
    assert _found(_xlsx(rows, merges)) == expected
    assert [f.id for t in tsv for f in t.findings if f.id.startswith(("grid-", "layout-"))] == []


def test_column_groups_keep_the_rows_under_the_grid() -> None:
    """The note under the grouped grid stays a note; an empty actual is found at its cell."""
    rows = [row[:] for row in _SELF_GROUPS]
    rows[4][6] = ""  # 满意度's 实际完成值 left blank (G5)
    rows[5][3] = ""  # and 培训场次's, in the left group's last row (D6)
    (table,) = _tsv(rows)
    assert [(note.label, note.text) for note in table.notes] == [("说明", "数据来源于培训台账。")]
    card = perftrack.score(table)
    missing = [(f.id, f.where.cell, f.message) for f in card.findings if f.id == "missing-actual"]
    assert missing == [
        ("missing-actual", "D6", "“培训场次”未填实际完成值"),
        ("missing-actual", "G5", "“满意度”未填实际完成值"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the label's 10 is the table's own weight (before: 分值10（默认权重）, the
        # policy's default, under the source 年度资金总额（10分）)
        ("年度资金总额（10分）", "预算执行率计分：年度资金总额 分值10，计算得分10.00，填报得分8"),
        (
            "年度资金总额",
            "预算执行率计分：年度资金总额 分值10（默认权重），计算得分10.00，填报得分8",
        ),
    ],
)
def test_label_points_are_no_default_weight(line: str, expected: str) -> None:
    table = _self(f"项目资金（万元）\t\t{_COLUMNS}", f"\t{line}\t{_AMOUNTS}")
    assert expected in scorecard_text(perftrack.score(table))
