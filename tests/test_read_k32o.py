"""Reader fixes of k32o: worksheet parts named by their sheet, column groups, rate rows.

1. A worksheet part openpyxl fails on while it loads the workbook (XML cut before
   its ``<dimension>``, a ``<dimension>`` it cannot take) or while perftrack reads
   its rows (a ``<col min="x">``, a page margin that is no number) is said of the
   sheet as the user sees it (its name in ``xl/workbook.xml``, found through its
   relationship), and of its part; it was ``工作表部件`` or the part alone.

2. A grid printed in column groups with an empty column between them (``指标名称 |
   指标值 | | 指标名称 | 指标值``) is one grid, as adjacent groups are (k32e), when no
   group but the first has a head of its own; it was two tables, the right one of no
   project. Two tables an empty column apart, each with its own head, still split.

3. ``预算执行率（10分） | | | | | 8`` under lines that print their rate, the 8 under the
   header's 得分 column: the total line's printed 得分 (it was ``budget-line-unread``,
   the 8 lost); one contradicting the line's own 得分 is a ``malformed-points`` warning.
"""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import replace_member, xlsx_bytes
from perftrack.readers import _xlsx

if TYPE_CHECKING:
    from collections.abc import Callable

GRID = [
    ["项目名称", "校舍维修"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "数量指标", "修缮面积", "≥100平方米", "120平方米"],
]


def _swapped_book() -> bytes:
    """Two sheets, 说明 then 绩效跟踪表, whose relationships cross: 绩效跟踪表 is sheet1.xml."""
    data = xlsx_bytes({"说明": [["填表说明"]], "绩效跟踪表": GRID})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        notes = archive.read("xl/worksheets/sheet1.xml")
        grid = archive.read("xl/worksheets/sheet2.xml")
    data = replace_member(data, "xl/worksheets/sheet1.xml", grid)
    data = replace_member(data, "xl/worksheets/sheet2.xml", notes)
    return replace_member(
        data,
        "xl/workbook.xml",
        lambda xml: (
            xml.replace('r:id="rId1"', 'r:id="rIdX"')
            .replace('r:id="rId2"', 'r:id="rId1"')
            .replace('r:id="rIdX"', 'r:id="rId2"')
        ),
    )


def _break(edit: Callable[[str], str]) -> bytes:
    """:func:`_swapped_book` with 绩效跟踪表's part (xl/worksheets/sheet1.xml) edited."""
    return replace_member(_swapped_book(), "xl/worksheets/sheet1.xml", edit)


PART = "部件 xl/worksheets/sheet1.xml"
BROKEN = "无法读取 xlsx 文件（文件已损坏或不完整）"
WRONG = "无法读取 xlsx 文件（文件已损坏或格式不对）"

WORKSHEET_PARTS: list[tuple[str, Callable[[str], str], str]] = [
    (
        # cut before its <dimension>: openpyxl fails while loading the workbook
        # (was: 无法读取…：部件 xl/worksheets/sheet1.xml 第 1 行第 23 列…, no sheet)
        "cut-before-dimension",
        lambda _: "<worksheet><sheetData><row",
        f"工作表 绩效跟踪表: {BROKEN}：{PART} 第 1 行第 23 列有 XML 错误（文件在标记中间中断）",
    ),
    (
        # a <dimension> openpyxl cannot take, loading the workbook (was: 工作表部件 中有…)
        "bad-dimension",
        lambda xml: xml.replace('<dimension ref="A1:E3"/>', '<dimension ref="A1:E$"/>'),
        (
            f"工作表 绩效跟踪表: {WRONG}：{PART} 中有无法识别的内容"
            "（ValueError: A1:E$ is not a valid coordinate or range）"
        ),
    ),
    (
        # cut among the rows, read with the sheet: as it was
        "cut-in-rows",
        lambda xml: xml[: xml.index('<row r="3"') + 10],
        f"工作表 绩效跟踪表: {BROKEN}：{PART} 第 1 行第 919 列有 XML 错误（文件在标记中间中断）",
    ),
    (
        # a column width range that is no number (was only openpyxl's words)
        "bad-col",
        lambda xml: xml.replace("<sheetData>", '<cols><col min="x" max="2"/></cols><sheetData>'),
        (
            f"工作表 绩效跟踪表: {WRONG}：{PART} 中有无法识别的内容"
            "（ValueError: invalid literal for int() with base 10: 'x'）"
        ),
    ),
    (
        # a page margin that is no number (was only openpyxl's words)
        "bad-margin",
        lambda xml: xml.replace('<pageMargins left="0.75"', '<pageMargins left="宽"'),
        (
            f"工作表 绩效跟踪表: {WRONG}：{PART} 中有无法识别的内容"
            "（TypeError: expected <class 'float'>）"
        ),
    ),
]


@pytest.mark.parametrize(
    ("edit", "message"),
    [pytest.param(edit, message, id=case) for case, edit, message in WORKSHEET_PARTS],
)
def test_a_broken_worksheet_part_names_its_sheet(edit: Callable[[str], str], message: str) -> None:
    with pytest.raises(perftrack.ReadError) as excinfo:
        perftrack.read(_break(edit), name="表.xlsx")
    assert str(excinfo.value) == f"表.xlsx: {message}"
    assert excinfo.value.where == "工作表 绩效跟踪表"


@pytest.mark.parametrize(
    ("edit", "message"),
    [pytest.param(edit, message, id=case) for case, edit, message in WORKSHEET_PARTS],
)
def test_a_full_load_names_the_sheet_too(
    monkeypatch: pytest.MonkeyPatch, edit: Callable[[str], str], message: str
) -> None:
    # without the read-only part (another openpyxl) the workbook is loaded whole: every
    # worksheet is parsed in openpyxl's loading (was: 工作表部件 中有无法识别的内容)
    monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    with pytest.raises(perftrack.ReadError) as excinfo:
        perftrack.read(_break(edit), name="表.xlsx")
    assert str(excinfo.value) == f"表.xlsx: {message}"


def test_the_swapped_book_reads() -> None:
    # the relationships crossed are no damage: the sheet named 绩效跟踪表 is read
    [table] = perftrack.read(_swapped_book(), name="表.xlsx")
    assert [(i.name, str(i.target)) for i in table.indicators] == [("修缮面积", "≥100(平方米)")]


# -- 2. column groups with an empty column between them --------------------------------

Rows = list[list[str]]

_HEAD: Rows = [
    ["2024年度项目绩效目标表"],
    ["项目名称", "示例项目"],
    ["年度绩效目标", "完成培训任务"],
]
_GAPPED: Rows = [
    *_HEAD,
    ["指标名称", "指标值", "", "指标名称", "指标值"],
    ["培训人数", "≥100人", "", "培训合格率", "≥95%"],
    ["培训天数", "≥10天", "", "满意度", "≥90%"],
]
_GAPPED_SELF: Rows = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "示例项目"],
    [
        "绩效指标",
        "指标名称",
        "年度指标值",
        "实际完成值",
        "",
        "指标名称",
        "年度指标值",
        "实际完成值",
    ],
    ["", "培训人数", "≥100人", "120人", "", "培训合格率", "≥95%", "96%"],
    ["", "培训天数", "≥10天", "12天", "", "满意度", "≥90%", "92%"],
]
# two tables, an empty column between them, each with its own head: still two tables
_GAPPED_TABLES: Rows = [
    ["“甲”项目绩效目标表", "", "", "“乙”项目绩效目标表"],
    ["项目名称", "甲项目", "", "项目名称", "乙项目"],
    ["指标名称", "指标值", "", "指标名称", "指标值"],
    ["培训人数", "≥100人", "", "培训合格率", "≥95%"],
    ["培训天数", "≥10天", "", "满意度", "≥90%"],
]
_GAPPED_TITLES: Rows = [
    ["“甲”项目绩效目标表", "", "", "“乙”项目绩效目标表"],
    ["指标名称", "指标值", "", "指标名称", "指标值"],
    ["培训人数", "≥100人", "", "培训合格率", "≥95%"],
]

Found = list[tuple[str | None, list[tuple[str, str, str, str | None]]]]


def _found(tables: list[perftrack.Table]) -> Found:
    """Each table's project and its indicators: name, target, actual, the target's cell."""
    return [
        (
            table.project.name,
            [
                (
                    indicator.name,
                    str(indicator.target),
                    str(indicator.actual),
                    dict(indicator.cells)["target"].cell,
                )
                for indicator in table.indicators
            ],
        )
        for table in tables
    ]


def _as_tsv(rows: Rows) -> list[perftrack.Table]:
    return list(perftrack.read_text("\n".join("\t".join(row) for row in rows)))


def _as_xlsx(rows: Rows) -> list[perftrack.Table]:
    data = xlsx_bytes({"表1": [[cell or None for cell in row] for row in rows]})
    return list(perftrack.read(data, name="表.xlsx"))


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # before: two tables, the right one of no project (培训合格率, 满意度 apart)
        pytest.param(
            _GAPPED,
            [
                (
                    "示例项目",
                    [
                        ("培训人数", "≥100(人)", "None", "B5"),
                        ("培训天数", "≥10(天)", "None", "B6"),
                        ("培训合格率", "≥95(%)", "None", "E5"),
                        ("满意度", "≥90(%)", "None", "E6"),
                    ],
                )
            ],
            id="target-groups-gapped",
        ),
        pytest.param(
            _GAPPED_SELF,
            [
                (
                    "示例项目",
                    [
                        ("培训人数", "≥100(人)", "120(人)", "C4"),
                        ("培训天数", "≥10(天)", "12(天)", "C5"),
                        ("培训合格率", "≥95(%)", "96(%)", "G4"),
                        ("满意度", "≥90(%)", "92(%)", "G5"),
                    ],
                )
            ],
            id="self-groups-gapped",
        ),
        pytest.param(
            _GAPPED_TABLES,
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
                        ("培训合格率", "≥95(%)", "None", "E4"),
                        ("满意度", "≥90(%)", "None", "E5"),
                    ],
                ),
            ],
            id="two-tables-own-heads-gapped",
        ),
        pytest.param(
            _GAPPED_TITLES,
            [
                (None, [("培训人数", "≥100(人)", "None", "B3")]),
                (None, [("培训合格率", "≥95(%)", "None", "E3")]),
            ],
            id="two-tables-own-titles-gapped",
        ),
    ],
)
def test_column_groups_an_empty_column_apart(rows: Rows, expected: Found) -> None:
    tsv = _as_tsv(rows)
    assert _found(tsv) == expected
    assert _found(_as_xlsx(rows)) == expected
    assert [f.id for t in tsv for f in t.findings if f.id.startswith(("grid-", "layout-"))] == []


# -- 3. a rate row's 得分 under lines that print their rate -----------------------------

D = Decimal
_TITLE = ["2023年度项目支出绩效自评表", "项目名称\t示例项目"]
_GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"
_MONEY = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分"
_RATED = "年度资金总额\t600.00\t600.00\t540.00\t90%\t"
_RATED_9 = "年度资金总额\t600.00\t600.00\t540.00\t90%\t9"
_PART = "其中：财政拨款\t600.00\t600.00\t540.00\t90%\t"

Line = tuple[str, str, D | None, D | None, D | None, str | None, str | None]


def _self(*budget: str) -> perftrack.Table:
    """The 2023 自评表 of *budget*, its one indicator weighing 90, its 总分 98."""
    row = "产出指标\t数量指标\t培训人数\t≥100人\t120人\t90\t90"
    (table,) = perftrack.read_text(
        "\n".join([*_TITLE, *budget, _GRID, row, "总分\t\t\t\t\t100\t98"])
    )
    return table


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


_PART_LINE: Line = ("appropriation", "其中：财政拨款", None, D(90), None, "E5", None)


@pytest.mark.parametrize(
    ("budget", "lines", "findings"),
    [
        # before: budget-line-unread, weight and 得分 None (and a points-sum-mismatch)
        pytest.param(
            (_MONEY, _RATED, _PART, "预算执行率（10分）\t\t\t\t\t8"),
            [("total", "年度资金总额", D(10), D(90), D(8), "E4", "F6"), _PART_LINE],
            [],
            id="points-under-points-column",
        ),
        # the line's rate again under 执行率: the same rate, read once
        pytest.param(
            (_MONEY, _RATED, "预算执行率（10分）\t\t\t\t90%\t8"),
            [("total", "年度资金总额", D(10), D(90), D(8), "E4", "F5")],
            [],
            id="same-rate-again",
        ),
        # the line's own 得分, the row's the same: no finding, the line's cell
        pytest.param(
            (_MONEY, _RATED_9, "预算执行率（10分）\t\t\t\t\t9"),
            [("total", "年度资金总额", D(10), D(90), D(9), "E4", "F4")],
            [],
            id="same-points-again",
        ),
        # a contradiction: the line's kept, the row's said at its cell
        pytest.param(
            (_MONEY, _RATED_9, "预算执行率（10分）\t\t\t\t\t8"),
            [("total", "年度资金总额", D(10), D(90), D(9), "E4", "F4")],
            [
                (
                    "malformed-points",
                    "预算执行率行的得分“8”与“年度资金总额”填报的得分9不一致，未读入",
                    "F5",
                )
            ],
            id="points-contradict-the-line",
        ),
        # a rate of its own: read, the line's kept, the row's held against the amounts
        # (k33c: it was budget-line-unread, the 分值 and 得分 lost); a figure under no
        # 得分 column stays unread (k32l's lines-have-rates)
        pytest.param(
            (_MONEY, _RATED, "预算执行率（10分）\t\t\t\t80%\t8"),
            [("total", "年度资金总额", D(10), D(90), D(8), "E4", "F5")],
            [
                (
                    "budget-rate-mismatch",
                    (
                        "“预算执行率”行填报执行率80%与“年度资金总额”按金额计算的90.00%不符"
                        "（“年度资金总额”填报执行率90%）"
                    ),
                    "E5",
                )
            ],
            id="another-rate-read",
        ),
        pytest.param(
            (
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率",
                "年度资金总额\t600.00\t600.00\t540.00\t90%",
                "预算执行率（10分）\t\t\t\t90%\t8",
            ),
            [("total", "年度资金总额", None, D(90), None, "E4", None)],
            [
                (
                    "budget-line-unread",
                    "预算行“预算执行率（10分）”不是已知的资金来源，金额未读入，不核对各项合计",
                    "A5",
                )
            ],
            id="no-points-column-unread",
        ),
    ],
)
def test_rate_row_points_under_rated_lines(
    budget: tuple[str, ...], lines: list[Line], findings: list[tuple[str, str, str]]
) -> None:
    table = _self(*budget)
    assert _lines(table) == lines
    assert [(f.id, f.message, f.where.cell) for f in table.findings if f.where] == findings


def test_rate_row_points_score() -> None:
    """perftrack score: the 得分 8 is held against the rate, the 总分 adds up."""
    card = perftrack.score(_self(_MONEY, _RATED, _PART, "预算执行率（10分）\t\t\t\t\t8"))
    assert [(f.id, f.message) for f in card.findings if f.id != "missing-category"] == [
        ("points-differ", "“年度资金总额”按执行率90.00%计算得分9.00，填报得分8")
    ]
