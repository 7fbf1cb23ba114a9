"""Budget lines by use kept with their role; two grids side by side read as two tables (k31d).

1. The budget block of a 部门整体 (单位整体) table prints the money by use beside its
   sources: 基本支出, 项目支出 (其中：基本支出), 人员经费 and 公用经费 under 基本支出, or an
   economic class (工资福利支出). Before, such lines were read aside and dropped (a
   ``budget-line-unread`` note at most, none when they added up), so a grid row
   ``基本支出预算执行率`` had nothing to be compared with. They are now lines of the
   role ``use`` in their printed place: never added to the sources, never the whole
   budget, each line's own rate and spending checked, and a row naming the use held to
   that line (``budget-rate-mismatch``, judged by the line's rate in a 自评表), with no
   ``duplicate-indicator`` against the total's rate.

2. Two tables side by side on one sheet with no empty column between them were split
   only when each printed 项目名称 in its first column: with 项目名称 on the left only
   (the right naming its project in its title), or on neither (two 绩效目标表 named in
   their titles), they were one table (the right grid's rows under the left's project)
   or the left one lost. They are now split at the second 一级指标 when each band has a
   head of its own above its header: a title alone on its row, or a 项目名称 label.

Every table is built here: TSV text through :func:`perftrack.read_text`, and one
merged layout as xlsx bytes (openpyxl).
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import Attainment, BudgetRole
from perftrack.scoring import whole_budget

D = Decimal


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


_SELF_HEAD = [
    "年度预算执行情况（万元）",
    "",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
]
_SELF_GRID_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_TOTAL = ["", "年度资金总额", "1000", "1200", "1100", "10", "91.67%", "9.17"]
_BASIC = ["", "基本支出", "600", "650", "640", "—", "98.46%", "—"]
_PROJECT = ["", "项目支出", "400", "550", "460", "—", "83.64%", "—"]


def _self(budget: list[list[str]], rows: list[list[str]] | None = None) -> perftrack.Table:
    """A 部门整体支出绩效自评表 with *budget*'s lines and the grid *rows*."""
    return read(
        "部门整体支出绩效自评表",
        "（2024年度）",
        ["部门名称", "某市某局"],
        _SELF_HEAD,
        *budget,
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["", "保障机关正常运转", "已完成"],
        _SELF_GRID_HEAD,
        *(rows or [["产出指标", "数量指标", "办件量", "≥95件", "98件", "30", "30"]]),
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", "10", "10"],
    )


def _lines(table: perftrack.Table) -> list[tuple[str, str, D | None, D | None, D | None]]:
    return [
        (line.role.value, line.source, line.initial, line.period_budget, line.executed)
        for line in table.budget
    ]


# ---------------------------------------------------------------------------
# 1. Reading: every line kept with its role, in its printed place

LINES = [
    pytest.param(
        [_TOTAL, _BASIC, _PROJECT],
        [
            ("total", "年度资金总额", D(1000), D(1200), D(1100)),
            ("use", "基本支出", D(600), D(650), D(640)),
            ("use", "项目支出", D(400), D(550), D(460)),
        ],
        id="total-basic-project",
    ),
    pytest.param(
        [
            _TOTAL,
            ["", "其中：财政拨款", "950", "1150", "1060", "", "92.17%", ""],
            ["", "其他资金", "50", "50", "40", "", "80.00%", ""],
            ["", "其中：基本支出", "600", "650", "640", "", "98.46%", ""],
            _PROJECT,
        ],
        [
            ("total", "年度资金总额", D(1000), D(1200), D(1100)),
            ("appropriation", "其中：财政拨款", D(950), D(1150), D(1060)),
            ("other", "其他资金", D(50), D(50), D(40)),
            ("use", "其中：基本支出", D(600), D(650), D(640)),
            ("use", "项目支出", D(400), D(550), D(460)),
        ],
        id="sources-then-uses",
    ),
    pytest.param(
        [
            _TOTAL,
            _BASIC,
            ["", "其中：人员经费", "500", "540", "535", "", "99.07%", ""],
            ["", "公用经费", "100", "110", "105", "", "95.45%", ""],
            _PROJECT,
        ],
        [
            ("total", "年度资金总额", D(1000), D(1200), D(1100)),
            ("use", "基本支出", D(600), D(650), D(640)),
            ("use", "其中：人员经费", D(500), D(540), D(535)),
            ("use", "公用经费", D(100), D(110), D(105)),
            ("use", "项目支出", D(400), D(550), D(460)),
        ],
        id="personnel-and-public-under-basic",
    ),
    pytest.param(
        [
            ["", "合计", "1000", "1200", "1100", "10", "91.67%", "9.17"],
            ["", "工资福利支出", "500", "540", "535", "", "99.07%", ""],
        ],
        [
            ("total", "合计", D(1000), D(1200), D(1100)),
            ("use", "工资福利支出", D(500), D(540), D(535)),
        ],
        id="economic-class",
    ),
]


@pytest.mark.parametrize(("budget", "expected"), LINES)
def test_every_use_is_a_line_of_its_own(
    budget: list[list[str]], expected: list[tuple[str, str, D | None, D | None, D | None]]
) -> None:
    """Before: only the sources were lines; the uses were dropped (no note when adding up)."""
    table = _self(budget)
    assert _lines(table) == expected
    assert [f.id for f in table.findings if f.id == "budget-line-unread"] == []
    card = perftrack.score(table)
    # the uses split the total along another axis: never added to the sources
    assert [f.id for f in card.findings if f.id == "budget-sum-mismatch"] == []


def test_the_uses_in_json_and_back() -> None:
    table = _self([_TOTAL, _BASIC, _PROJECT])
    document = json.loads(perftrack.to_json(table))
    (one,) = document["tables"]
    assert [(line["line"], line["source"]) for line in one["budget"]] == [
        ("total", "年度资金总额"),
        ("use", "基本支出"),
        ("use", "项目支出"),
    ]
    (back,) = perftrack.from_json(perftrack.to_json(table))
    assert back.budget == table.budget


@pytest.mark.parametrize(
    ("budget", "whole"),
    [
        # r37n: 基本支出 and 项目支出 alone, no total nor source, are the department's
        # whole spending: their sum is the whole (k31d said none, the rate was lost)
        pytest.param([_BASIC, _PROJECT], "基本支出与项目支出合计", id="uses-alone-summed"),
        pytest.param([_PROJECT], None, id="one-use-no-whole"),
        pytest.param(
            [["", "财政拨款", "1000", "1200", "1100", "10", "91.67%", "9.17"], _BASIC, _PROJECT],
            "财政拨款",
            id="one-source-beside-uses-is-the-whole",
        ),
    ],
)
def test_a_use_is_never_the_whole(budget: list[list[str]], whole: str | None) -> None:
    table = _self(budget)
    card = perftrack.score(table)
    found = whole_budget(table, card.budget)
    assert (found.line.source if found is not None else None) == whole
    assert BudgetRole.USE in {line.role for line in table.budget}


def test_a_use_overspent_or_at_a_wrong_rate_is_judged_as_a_line() -> None:
    """Before: one budget-line-unread note for both; the scoring could not see the lines."""
    table = _self(
        [
            ["", "年度资金总额", "1000", "1000", "950", "10", "95.00%", "9.5"],
            ["", "其中：基本支出", "600", "600", "500", "", "95.00%", ""],
            ["", "项目支出", "400", "400", "450", "", "112.50%", ""],
        ]
    )
    card = perftrack.score(table)
    assert [
        (f.id, f.message, f.where.budget_line)
        for f in card.findings
        if f.id in ("budget-rate-mismatch", "over-execution", "budget-line-unread")
    ] == [
        (
            "budget-rate-mismatch",
            "“其中：基本支出”填报执行率95.00%与金额计算的83.33%不符",
            "use",
        ),
        ("over-execution", "“项目支出”执行数450超过预算数400", "use"),
    ]


def test_a_use_without_a_rate_owes_none() -> None:
    table = _self([_TOTAL, ["", "基本支出", "600", "650", "640", "", "", ""], _PROJECT])
    card = perftrack.score(table)
    assert [f.message for f in card.findings if f.id == "budget-rate-missing"] == []


# ---------------------------------------------------------------------------
# 1b. Scoring: a row naming a use is held to its own line


def _rate_row(name: str, target: str, actual: str) -> list[str]:
    return ["产出指标", "数量指标", name, target, actual, "10", "10"]


RATE_ROWS = [
    pytest.param("基本支出预算执行率", "≥95%", "98.46%", Attainment.MET, [], id="basic-agrees"),
    pytest.param(
        "基本支出预算执行率",
        "≥95%",
        "100%",
        Attainment.MET,
        ["“基本支出预算执行率”实际完成值100%与预算执行情况（基本支出）按金额计算的98.46%不符"],
        id="basic-disagrees-still-met",
    ),
    pytest.param(
        "项目支出预算执行率",
        "≥90%",
        "92%",
        Attainment.NOT_MET,
        ["“项目支出预算执行率”实际完成值92%与预算执行情况（项目支出）按金额计算的83.64%不符"],
        id="project-disagrees-judged-by-its-line",
    ),
    pytest.param("项目支出预算执行率", "≥80%", "83.64%", Attainment.MET, [], id="project-agrees"),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "mismatches"), RATE_ROWS)
def test_a_row_naming_a_use_is_held_to_its_line(
    name: str, target: str, actual: str, attainment: Attainment, mismatches: list[str]
) -> None:
    """Before: compared with nothing (the line was dropped), and a duplicate of the total."""
    table = _self([_TOTAL, _BASIC, _PROJECT], [_rate_row(name, target, actual)])
    card = perftrack.score(table)
    assert card.verdicts[0].attainment is attainment
    assert [f.message for f in card.findings if f.id == "budget-rate-mismatch"] == mismatches
    assert [f.id for f in card.findings if f.id == "duplicate-indicator"] == []
    if mismatches:
        assert card.verdicts[0].explanation.startswith(f"实际完成值{actual}与按金额计算的执行率")


def test_a_personnel_rate_row_is_held_to_its_line_not_the_total() -> None:
    """人员经费执行率 named no source word: it was held to the total's 91.67%."""
    table = _self(
        [_TOTAL, _BASIC, ["", "其中：人员经费", "500", "540", "535", "", "99.07%", ""]],
        [_rate_row("人员经费执行率", "≥95%", "99.07%")],
    )
    card = perftrack.score(table)
    assert [f.id for f in card.findings if f.id == "budget-rate-mismatch"] == []
    assert card.verdicts[0].attainment is Attainment.MET


def test_a_tracking_row_naming_a_use_is_compared_with_its_line() -> None:
    table = read(
        "2024年度部门整体绩效运行监控表",
        "监控时段：2024年1-8月",
        ["部门名称", "某区民政局"],
        ["预算执行情况（万元）", "项目", "年初预算数", "全年预算数", "1-8月执行数", "执行率"],
        ["", "合计", "8,460.00", "8,720.00", "4,857.10", "55.70%"],
        ["", "基本支出", "2,310.00", "2,310.00", "1,540.20", "66.68%"],
        ["", "项目支出", "6,150.00", "6,410.00", "3,316.90", "51.75%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-8月计划完成值", "1-8月实际完成值"],
        ["履职效能", "预算执行", "基本支出预算执行率", "≥95%", "66%", "60%"],
    )
    card = perftrack.score(table)
    assert [f.message for f in card.findings if f.id == "budget-rate-mismatch"] == [
        "“基本支出预算执行率”实际完成值60%与预算执行情况（基本支出）按金额计算的66.68%不符"
    ]


# ---------------------------------------------------------------------------
# 2. Two tables side by side, no empty column between them

_WIDTH = 6
_NAMES = {1: ["养护里程", "桥梁检测座数", "路面修补面积"], 2: ["新建公厕数量", "改厕户数"]}


def _tracking(number: int, *, named: bool) -> list[list[str]]:
    """A 跟踪表 of six columns: 项目名称 printed, or the project named in the title."""
    title = "2025年项目支出绩效跟踪表" if named else f"2025年“项目{number}”项目绩效跟踪表"
    rows = [[title], ["跟踪时段：2025年1月至6月"]]
    if named:
        rows.append(["项目名称", f"项目{number}"])
    rows.append(["主管部门", "县交通局" if number == 1 else "县农业农村局"])
    rows.append(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月计划完成值", "1-6月实际完成值"]
    )
    for k, name in enumerate(_NAMES[number]):
        level1, level2 = ("产出指标", "数量指标") if k == 0 else ("", "")
        rows.append([level1, level2, name, f"≥{k + 10}个", f"{k + 5}个", f"{k + 6}个"])
    return rows


def _target(number: int) -> list[list[str]]:
    """A 绩效目标表 of four columns naming its project in its title only."""
    rows = [[f"“项目{number}”项目绩效目标表"], ["（2025年度）"]]
    rows.append(["一级指标", "二级指标", "三级指标", "指标值"])
    for k, name in enumerate(_NAMES[number]):
        level1, level2 = ("产出指标", "数量指标") if k == 0 else ("", "")
        rows.append([level1, level2, name, f"≥{k + 10}个"])
    return rows


def _beside(left: list[list[str]], right: list[list[str]], *, gap: bool) -> list[list[str]]:
    """The two tables next to each other, tops on one row, an empty column between or not."""
    widths = [max(map(len, rows)) for rows in (left, right)]
    height = max(len(left), len(right))

    def padded(rows: list[list[str]], width: int) -> list[list[str]]:
        rows = [row + [""] * (width - len(row)) for row in rows]
        return rows + [[""] * width] * (height - len(rows))

    between = [""] if gap else []
    return [
        [*a, *between, *b]
        for a, b in zip(padded(left, widths[0]), padded(right, widths[1]), strict=True)
    ]


def _summary(tables: tuple[perftrack.Table, ...]) -> list[tuple[str | None, list[str]]]:
    return [(t.project.name, [i.name for i in t.indicators]) for t in tables]


_BOTH = [("项目1", _NAMES[1]), ("项目2", _NAMES[2])]

SIDE_BY_SIDE = [
    pytest.param(_tracking(1, named=True), _tracking(2, named=False), id="left-names-only"),
    pytest.param(_tracking(1, named=False), _tracking(2, named=False), id="titles-only"),
    pytest.param(_target(1), _target(2), id="two-target-tables"),
    pytest.param(_tracking(1, named=True), _tracking(2, named=True), id="both-name-as-before"),
]


@pytest.mark.parametrize("gap", [False, True], ids=["adjacent", "empty-column"])
@pytest.mark.parametrize(("left", "right"), SIDE_BY_SIDE)
def test_two_grids_side_by_side_are_two_tables(
    left: list[list[str]], right: list[list[str]], *, gap: bool
) -> None:
    """Before (adjacent): one table under the left's project with the right's rows, or the
    left one lost; with an empty column between them they were split already."""
    rows = _beside(left, right, gap=gap)
    tables = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    assert _summary(tables) == _BOTH
    # cell positions stay the sheet's: the right table's names right of the left's columns
    first = tables[1].indicators[0].position
    assert first is not None
    assert first.column == len(left[-1]) + (1 if gap else 0) + 3


def _col(index: int) -> str:
    return chr(ord("A") + index)


def test_two_adjacent_tables_in_a_workbook_with_merged_cells() -> None:
    """The left prints 项目名称 (its value merged over B:H), the right its name in its
    title; titles merged over each table's columns, 一级 and 二级 merged down."""
    width = 8

    def self_evaluation(number: int, *, named: bool) -> list[list[str]]:
        title = "项目支出绩效自评表" if named else f"“项目{number}”项目支出绩效自评表"
        rows = [[title], ["（2024年度）"]]
        if named:
            rows.append(["项目名称", f"项目{number}"])
        rows += [
            ["主管部门", "某局"],
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
            ["产出指标", "数量指标", f"甲{number}", "≥10个", "12个", "50", "50"],
            ["", "", f"乙{number}", "≥20个", "21个", "40", "40"],
            ["满意度指标", "服务对象满意度指标", f"满意度{number}", "≥90%", "95%", "10", "10"],
        ]
        return [row + [""] * (width - len(row)) for row in rows]

    rows = _beside(self_evaluation(1, named=True), self_evaluation(2, named=False), gap=False)
    right = _col(width)
    last = _col(2 * width - 1)
    merges = [
        "A1:H1",
        f"{right}1:{last}1",
        "A2:H2",
        f"{right}2:{last}2",
        "B3:H3",
        "A6:A7",  # 产出指标 over 甲1, 乙1 (the left's header on row 5)
        "B6:B7",
        f"{right}5:{right}6",  # 产出指标 over 甲2, 乙2 (the right's header on row 4)
        f"{_col(width + 1)}5:{_col(width + 1)}6",
    ]
    tables = perftrack.read(xlsx_bytes({"汇总": rows}, merges={"汇总": merges}))
    assert [
        (t.project.name, [(i.level1, i.name, str(i.actual)) for i in t.indicators]) for t in tables
    ] == [
        (
            f"项目{n}",
            [
                ("产出指标", f"甲{n}", "12(个)"),
                ("产出指标", f"乙{n}", "21(个)"),
                ("满意度指标", f"满意度{n}", "95(%)"),
            ],
        )
        for n in (1, 2)
    ]
    assert tables[1].indicators[0].position is not None
    assert tables[1].indicators[0].position.cell == f"{_col(width + 2)}5"


def test_the_two_halves_of_one_grid_with_two_level_columns_stay_one_table() -> None:
    """Neighbour: a 申报表 printing the 中长期 and the year's halves, 一级指标 in each, under
    one head (title and 项目名称 over the left only): one table, the year's half read."""
    rows = [
        ["项目支出绩效目标申报表"],
        ["（2025年度）"],
        ["项目名称", "示例", "", "", "主管部门", "某局"],
        ["", "中长期目标", "", "", "年度目标"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
        ],
        [
            "产出指标",
            "数量指标",
            "接入学校数",
            "300所",
            "产出指标",
            "数量指标",
            "接入学校数",
            "100所",
        ],
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(r) for r in rows), format="text")
    assert [(i.name, str(i.target)) for i in table.indicators] == [("接入学校数", "=100(所)")]


def test_an_indicator_naming_a_form_is_no_head_of_a_second_table() -> None:
    """Neighbour: two stacked tables, the second's 一级指标 two columns right (序号, 编码),
    a row of the first naming a 绩效自评表 in those columns: no title (it prints its
    figures beside it), so no second band; two tables, each with its own rows."""
    rows = [
        ["2025年项目支出绩效跟踪表"],
        ["项目名称", "项目1"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值"],
        ["产出指标", "数量指标", "报送材料数", "≥10份", "12份"],
        ["", "", "绩效自评表报送及时率", "100%", "100%"],
        [""],
        ["2025年项目支出绩效跟踪表"],
        ["项目名称", "项目2"],
        ["序号", "编码", "一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值"],
        ["1", "01", "产出指标", "数量指标", "改厕户数", "≥10户", "6户"],
    ]
    tables = perftrack.read_text("\n".join("\t".join(r) for r in rows), format="text")
    assert _summary(tables) == [
        ("项目1", ["报送材料数", "绩效自评表报送及时率"]),
        ("项目2", ["改厕户数"]),
    ]
