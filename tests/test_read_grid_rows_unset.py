"""Grid rows the reader used to drop or misread (review round e2e16).

A row that prints its levels and a 分值/得分 but no indicator
(``满意度指标 | 服务对象满意度指标 | | | | 10 | 10``, or ``/``, ``无`` in the name,
target and actual) is kept as an indicator with an empty name, so that its points
count in the sums, and a ``missing-name`` warning says what was printed. A row of
levels and points over rows of those levels heads them, as before.
"""

from __future__ import annotations

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import Table
from perftrack.scoring import score

TITLE = "项目支出绩效自评表"
SELF = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
TOP = [
    ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "50", "50"],
    ["效益指标", "社会效益指标", "就业率", "≥80%", "85%", "30", "30"],
]
TOTAL = ["总分", "", "", "", "", "90", "90"]


def tsv(*rows: list[str]) -> str:
    return (
        "\n".join(
            "\t".join(row) for row in [[TITLE], ["（2025年度）"], ["项目名称", "测试项目"], *rows]
        )
        + "\n"
    )


def read_one(*rows: list[str]) -> Table:
    [table] = perftrack.read_text(tsv(SELF, *rows))
    return table


def notes(table: Table, finding_id: str) -> list[str]:
    return [f.message for f in table.findings if f.id == finding_id]


UNSET = "三级指标名称、指标值、实际完成值均为空"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            ["满意度指标", "服务对象满意度指标", "", "", "", "10", "10"],
            f"{UNSET}，但填报分值10、得分10",
        ),
        (["满意度指标", "", "", "", "", "10", "10"], f"{UNSET}，但填报分值10、得分10"),
        (["满意度指标", "服务对象满意度指标", "", "", "", "10", ""], f"{UNSET}，但填报分值10"),
        (
            ["满意度指标", "服务对象满意度指标", "/", "/", "/", "10", "10"],
            f"{UNSET}（填写“/”），但填报分值10、得分10",
        ),
        (
            ["满意度指标", "服务对象满意度指标", "无", "无", "无", "10", "9.5"],
            f"{UNSET}（填写“无”），但填报分值10、得分9.5",
        ),
        (
            ["满意度指标", "服务对象满意度指标", "—", "", "—", "10", "10"],
            f"{UNSET}（填写“—”），但填报分值10、得分10",
        ),
    ],
)
def test_a_row_of_points_and_no_indicator_is_kept_and_said(row: list[str], message: str) -> None:
    table = read_one(*TOP, row, TOTAL)
    assert len(table.indicators) == 3
    unset = table.indicators[2]
    assert (unset.name, unset.level1, unset.target, unset.actual) == ("", "满意度指标", None, None)
    assert unset.raw_name == ("" if row[2] == "" else row[2])
    assert unset.weight is not None
    assert notes(table, "missing-name") == [message]
    assert [f.where.cell for f in table.findings if f.id == "missing-name"] == ["C7"]


@pytest.mark.parametrize("cells", [("", "", ""), ("/", "/", "/"), ("无", "无", "无")])
def test_the_points_of_a_row_with_no_indicator_count_in_the_sums(cells: tuple[str, ...]) -> None:
    top = [[*row[:5], "60" if row[5] == "50" else row[5], row[6]] for row in TOP]
    rows = [*top, ["满意度指标", "服务对象满意度指标", *cells, "10", "10"]]
    table = read_one(*rows, ["总分", "", "", "", "", "100", "90"])
    card = score(table)
    ids = {f.id for f in card.findings}
    # the printed sums were right: 分值 60 + 30 + 10, 得分 50 + 30 + 10
    assert "points-sum-mismatch" not in ids
    assert "weights-not-100" not in ids
    # never 不适用 nor met: nothing was set
    assert card.verdicts[2].attainment.value == "unknown"


def test_a_row_saying_not_applicable_stays_not_applicable() -> None:
    row = ["满意度指标", "服务对象满意度指标", "不适用", "不适用", "不适用", "10", "10"]
    table = read_one(*TOP, row)
    assert table.indicators[2].name == "不适用"
    assert notes(table, "missing-name") == []
    assert score(table).verdicts[2].attainment.value == "not_applicable"


@pytest.mark.parametrize(
    "rows",
    [
        # a level 1's 分值 over the rows of its level 2s
        [
            ["产出指标", "", "", "", "", "50", "50"],
            ["", "数量指标", "培训人次", "≥100人次", "120人次", "50", "50"],
        ],
        # a level 2's over its names
        [
            ["效益指标", "社会效益指标", "", "", "", "30", "30"],
            ["", "", "就业率", "≥80%", "85%", "30", "30"],
        ],
        # numbered rows
        [
            ["1", "产出指标", "数量指标", "", "", "", "50", "50"],
            ["2", "", "", "培训人次", "≥100人次", "120人次", "50", "50"],
        ],
    ],
)
def test_a_row_of_levels_and_points_over_its_rows_heads_them(rows: list[list[str]]) -> None:
    header = ["序号", *SELF] if rows[0][0] == "1" else SELF
    [table] = perftrack.read_text(tsv(header, *rows))
    assert [indicator.name for indicator in table.indicators] == [rows[1][-5]]
    assert notes(table, "missing-name") == []


def test_xlsx_with_merged_levels_keeps_the_row_of_points() -> None:
    rows: list[list[object]] = [
        ["2025年度项目支出绩效自评表"],
        ["项目名称", "重点研发计划"],
        ["一级指标", "二级指标", "三级指标", None, "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "发表论文", None, "≥20篇", "22篇", 40, 40],
        [None, "质量指标", "验收通过率", None, "≥95%", "96%", 30, 30],
        ["效益指标", "社会效益指标", "成果转化", None, "≥3项", "3项", 20, 20],
        ["满意度指标", "服务对象满意度指标", None, None, None, None, 10, 10],
        ["总分", None, None, None, None, None, 100, 100],
    ]
    merges = ["A1:H1", "B2:H2", "C3:D3", "C4:D4", "C5:D5", "C6:D6", "C7:D7", "A4:A5"]
    [table] = perftrack.read(xlsx_bytes({"表1": rows}, {"表1": merges}))
    assert [i.name for i in table.indicators] == ["发表论文", "验收通过率", "成果转化", ""]
    assert table.indicators[3].level2 == "服务对象满意度指标"
    assert notes(table, "missing-name") == [f"{UNSET}，但填报分值10、得分10"]
    ids = {f.id for f in score(table).findings}
    assert not ids & {"points-sum-mismatch", "weights-not-100", "missing-category"}
    # the row's emptiness is said once, by missing-name, not again as “”未填…
    assert not ids & {"missing-target", "missing-actual"}


# ---------------------------------------------------------------------------
# A tracking grid's 序时进度 column is the period's plan

TRACK_TITLE = "2026年度项目支出绩效跟踪表（1-6月）"


def tracking(plan_header: str, plans: tuple[str, str]) -> Table:
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", plan_header, "1-6月完成值"]
    rows = [
        [TRACK_TITLE],
        ["项目名称", "测试项目"],
        [*header, "全年预计完成值"],
        ["产出指标", "数量指标", "接待人次", "≥30万人次", plans[0], "12.85万人次", "31万人次"],
        ["产出指标", "数量指标", "举办赛事", "≥40场", plans[1], "22场", "41场"],
    ]
    [table] = perftrack.read_text("\n".join("\t".join(row) for row in rows) + "\n")
    return table


@pytest.mark.parametrize(
    "header",
    [
        "序时进度",
        "序时进度值",
        "1-6月序时进度",
        "进度计划",
        "时序进度",
        "序时进度计划值",
        "序时进度目标值",
        "1-6月计划值",
    ],
)
def test_a_grid_column_of_the_time_s_plan_is_the_plan(header: str) -> None:
    table = tracking(header, ("15万人次", "20场"))
    assert [str(i.planned) for i in table.indicators] == ["15(万人次)", "20(场)"]
    card = score(table)
    assert [v.progress.value for v in card.verdicts] == ["behind", "on_track"]


def test_a_grid_column_of_the_time_s_share_alone_is_no_plan() -> None:
    table = tracking("序时进度", ("50%", "50%"))
    assert [i.planned for i in table.indicators] == [None, None]


def test_a_time_progress_column_of_the_budget_block_stays_the_time_progress() -> None:
    rows = [
        [TRACK_TITLE],
        ["项目名称", "测试项目"],
        ["项目资金（万元）", "", "全年预算数", "1-6月执行数", "序时进度", "执行率"],
        ["", "年度资金总额", "100", "40", "50%", "40%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "序时进度", "1-6月完成值"],
        ["产出指标", "数量指标", "接待人次", "≥30万人次", "15万人次", "12.85万人次"],
    ]
    [table] = perftrack.read_text("\n".join("\t".join(row) for row in rows) + "\n")
    assert str(table.indicators[0].planned) == "15(万人次)"
    card = score(table)
    assert card.time_progress == 50
    assert "budget-behind-schedule" in {f.id for f in card.findings}


# ---------------------------------------------------------------------------
# A status column is the unit's judgement, never the actual

STATUS_ROWS = [
    ["产出指标", "数量指标", "抽检批次", "≥1.2万批次", "1.16万批次", "完成", "15", "15"],
    ["产出指标", "数量指标", "检验台次", "≥8000台次", "8350台次", "完成", "15", "15"],
]


@pytest.mark.parametrize(
    ("header", "status_first"),
    [
        ("完成情况", False),
        ("完成情况", True),
        ("是否完成", False),
        ("是否完成", True),
        ("完成状态", False),
        ("是否达标", False),
        ("完成情况（完成/未完成）", True),
    ],
)
def test_a_status_column_is_the_units_judgement(header: str, *, status_first: bool) -> None:
    columns = ["年度指标值", "实际完成值", header]
    rows = [[*row] for row in STATUS_ROWS]
    if status_first:
        columns[1:3] = columns[2:0:-1]
        for row in rows:
            row[4], row[5] = row[5], row[4]
    table = read_one_with([*SELF[:3], *columns, "分值", "得分"], rows)
    first = table.indicators[0]
    assert (str(first.actual), first.likelihood_text) == ("1.16(万批次)", "完成")
    assert first.likelihood is not None
    assert first.likelihood.value == "certain"
    assert first.cell_of("likelihood").cell == ("E5" if status_first else "F5")
    card = score(table)
    ids = [f.id for f in card.findings]
    assert "grid-column-duplicate" not in ids
    optimistic = [f.message for f in card.findings if f.id == "judgement-optimistic"]
    assert optimistic == ["“抽检批次”完成目标可能性判断为“完成”，但进度落后或未完成"]
    assert [v.attainment.value for v in card.verdicts] == ["not_met", "met"]


@pytest.mark.parametrize(
    ("status", "likelihood"),
    [("已完成", "certain"), ("是", "certain"), ("部分完成", "possible"), ("未完成", None)],
)
def test_a_status_word_gives_its_judgement(status: str, likelihood: str | None) -> None:
    rows = [[*STATUS_ROWS[0][:5], status, "15", "15"]]
    table = read_one_with([*SELF[:5], "是否完成", "分值", "得分"], rows)
    first = table.indicators[0]
    assert first.likelihood_text == status
    assert (first.likelihood.value if first.likelihood else None) == likelihood


def read_one_with(header: list[str], rows: list[list[str]]) -> Table:
    [table] = perftrack.read_text(tsv(header, *rows))
    return table
