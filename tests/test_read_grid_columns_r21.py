"""Grid columns and rows the reader read worse after the e2e16 rules (review round regress21).

- A ``完成情况`` column beside ``实际完成值`` is the unit's word on the row (完成 / 未完成);
  a figure or date typed there, the ``实际完成值`` blank, is the row's actual. Both
  filled with values: the earlier column is read, and ``grid-column-duplicate`` says so
  once. ``完成情况（%）`` (a unit in brackets) heads figures: a second actual column.
- A row of levels and 分值/得分 with no name is an indicator only when its level has no
  indicator row of its own: printed after (or before) rows of its level it is their
  subtotal (or heading).
- A header with 序时进度 and 完成 (``完成序时进度（%）``, ``序时进度完成情况``) is no
  plan; a ``序时进度`` column of words is a status, one of bare percentages beside
  targets that are no percentages is no plan.
- A second closing row of measures (``问题及整改措施 | …`` after ``改进措施 | …``) is
  kept as a note.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Table
from perftrack.scoring import score

SELF_TITLE = [["项目支出绩效自评表"], ["（2024年度）"], ["项目名称", "测试项目"]]
TRACK_TITLE = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：2024年1月 至 2024年6月"],
    ["项目名称", "测试项目"],
]
LEVELS = ["一级指标", "二级指标", "三级指标", "年度指标值"]


def read(rows: list[list[str]]) -> Table:
    [table] = perftrack.read_text("\n".join("\t".join(row) for row in rows) + "\n")
    return table


def ids(table: Table) -> list[str]:
    return [f.id for f in score(table).findings]


def messages(table: Table, finding_id: str) -> list[str]:
    return [f.message for f in score(table).findings if f.id == finding_id]


# ---------------------------------------------------------------------------
# W4: a figure typed in 完成情况 beside a blank 实际完成值 is the actual


def status_grid(rows: list[list[str]], *, status_first: bool = True) -> Table:
    columns = ["完成情况", "实际完成值"] if status_first else ["实际完成值", "完成情况"]
    body = [row if status_first else [*row[:4], row[5], row[4], *row[6:]] for row in rows]
    return read([*SELF_TITLE, [*LEVELS, *columns, "分值", "得分"], *body])


@pytest.mark.parametrize("status_first", [True, False])
@pytest.mark.parametrize(
    ("row", "actual", "likelihood_text", "attainment"),
    [
        # the figure in 完成情况, 实际完成值 blank or a dash: the figure is the actual
        (["产出指标", "质量指标", "抽检合格率", "≥98%", "98.6%", ""], "98.6%", None, "met"),
        (
            ["产出指标", "时效指标", "完成时间", "2024年12月底前", "2024年5月", ""],
            "2024年5月",
            None,
            "met",
        ),
        (["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "93%", "/"], "93%", None, "met"),
        (
            ["产出指标", "数量指标", "培训人数", "≥500人", "已完成全年任务的96%", ""],
            "已完成全年任务的96%",
            None,
            None,
        ),
        # a status word stays the unit's judgement beside the figure
        (
            ["产出指标", "数量指标", "抽检批次", "≥1.2万批次", "完成", "1.16万批次"],
            "1.16万批次",
            "完成",
            "not_met",
        ),
        (
            ["产出指标", "数量指标", "培训人数", "≥500人", "未完成", "520人"],
            "520人",
            "未完成",
            "met",
        ),
        # a status word and no figure: no actual, the word the judgement
        (
            ["产出指标", "数量指标", "培训人数", "≥500人", "基本完成", ""],
            None,
            "基本完成",
            "unknown",
        ),
    ],
)
def test_a_figure_in_the_status_column_is_the_actual_when_the_actual_is_blank(
    row: list[str],
    actual: str | None,
    likelihood_text: str | None,
    attainment: str | None,
    *,
    status_first: bool,
) -> None:
    table = status_grid([[*row, "20", "20"]], status_first=status_first)
    [indicator] = table.indicators
    assert (indicator.actual.text if indicator.actual else None) == actual
    assert indicator.likelihood_text == likelihood_text
    status_cell = "E5" if status_first else "F5"
    if likelihood_text is not None:
        assert indicator.cell_of("likelihood").cell == status_cell
    elif actual is not None:
        assert indicator.cell_of("actual").cell == status_cell
    card = score(table)
    if attainment is not None:
        assert card.verdicts[0].attainment.value == attainment
    found = {f.id for f in card.findings}
    assert "grid-column-duplicate" not in found
    assert ("missing-actual" in found) == (actual is None)


@pytest.mark.parametrize(
    ("status_first", "read_actual", "message"),
    [
        (
            True,
            "98%",
            "指标表头“完成情况”（E4）与“实际完成值”（F4）同为实际完成值列，按前者读取，后者的内容未读入",
        ),
        (
            False,
            "98.6%",
            "指标表头“实际完成值”（E4）与“完成情况”（F4）同为实际完成值列，按前者读取，后者的内容未读入",
        ),
    ],
)
def test_values_in_both_columns_read_the_first_and_say_so_once(
    *, status_first: bool, read_actual: str, message: str
) -> None:
    rows = [
        ["产出指标", "质量指标", "抽检合格率", "≥98%", "98%", "98.6%", "20", "20"],
        ["产出指标", "质量指标", "验收合格率", "100%", "100%", "100%", "20", "20"],
        ["产出指标", "数量指标", "抽检批次", "≥1.2万批次", "完成", "1.3万批次", "20", "20"],
    ]
    table = status_grid(rows, status_first=status_first)
    assert table.indicators[0].actual is not None
    assert table.indicators[0].actual.text == read_actual
    assert table.indicators[0].likelihood_text is None
    assert table.indicators[2].likelihood_text == "完成"
    assert messages(table, "grid-column-duplicate") == [message]


@pytest.mark.parametrize(
    ("header", "duplicate"),
    [
        # a unit in brackets heads figures: a second actual column, said (W13)
        ("完成情况（%）", True),
        ("完成情况(%)", True),
        ("指标完成情况", True),  # rates on some rows, 已完成 on one: values in both
        # a question of its own: the figure there is no actual, and not said
        ("是否达标", False),
    ],
)
def test_a_column_of_rates_beside_the_actual(header: str, *, duplicate: bool) -> None:
    rows = [
        ["产出指标", "数量指标", "新建村卫生室", "≥20个", "18个", "90%", "50", "45"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "95%", "已完成", "50", "50"],
    ]
    table = read([*SELF_TITLE, [*LEVELS, "实际完成值", header, "分值", "得分"], *rows])
    assert [i.actual.text if i.actual else None for i in table.indicators] == ["18个", "95%"]
    found = messages(table, "grid-column-duplicate")
    assert bool(found) == duplicate
    if header.startswith("完成情况"):
        # the rates are no judgement text
        assert [i.likelihood_text for i in table.indicators] == [None, None]


# ---------------------------------------------------------------------------
# W5: a row of a level and points after (or before) its level's rows is their subtotal

SCORED = [*LEVELS, "实际完成值", "分值", "得分"]
VILLAGE = [
    ["产出指标", "数量指标", "新建村卫生室", "≥20个", "22个", "10", "10"],
    ["", "数量指标", "培训乡村医生", "≥300人", "310人", "10", "10"],
]
REST = [
    ["", "质量指标", "验收合格率", "100%", "100%", "30", "30"],
    ["效益指标", "社会效益指标", "群众就医便利度", "显著提升", "明显提升", "30", "28"],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "95%", "20", "20"],
]
TOTAL = ["总分", "", "", "", "", "100", "98"]
NAMES = ["新建村卫生室", "培训乡村医生", "验收合格率", "群众就医便利度", "村民满意度"]


@pytest.mark.parametrize(
    "rows",
    [
        # the level 2's subtotal after its two rows (a19c)
        [*VILLAGE, ["", "数量指标", "", "", "", "20", "20"], *REST],
        # with its level 1 printed again
        [*VILLAGE, ["产出指标", "数量指标", "", "", "", "20", "20"], *REST],
        # as a heading before rows that print their level 2 each
        [["产出指标", "数量指标", "", "", "", "20", "20"], *VILLAGE, *REST],
    ],
)
def test_a_subtotal_of_a_level_s_rows_is_no_indicator(rows: list[list[str]]) -> None:
    table = read([*SELF_TITLE, SCORED, *rows, TOTAL])
    assert [i.name for i in table.indicators] == NAMES
    card = score(table)
    assert card.points is not None
    assert card.points.total == 100
    found = {f.id for f in card.findings}
    assert not found & {
        "missing-name",
        "missing-actual",
        "points-over-maximum",
        "weights-not-100",
        "points-sum-mismatch",
    }


@pytest.mark.parametrize("dash", ["/", "／", "—", "无"])
def test_a_subtotal_of_dashes_after_its_level_s_rows_is_no_indicator(dash: str) -> None:
    # | 数量指标 | / | / | / | 20 | 20 under a level with rows of its own: their subtotal
    # typed with dashes, read as the blank one (regress22 W5: it was an indicator "/")
    rows = [*VILLAGE, ["", "数量指标", dash, dash, dash, "20", "20"], *REST]
    table = read([*SELF_TITLE, SCORED, *rows, TOTAL])
    assert [i.name for i in table.indicators] == NAMES
    card = score(table)
    assert card.points is not None
    assert card.points.total == 100
    assert not {f.id for f in card.findings} & {"missing-name", "weights-not-100"}


def test_a_level_with_no_row_of_its_own_keeps_its_row_of_points() -> None:
    rows = [*VILLAGE, *REST[:2], ["满意度指标", "服务对象满意度指标", "", "", "", "20", "20"]]
    table = read([*SELF_TITLE, SCORED, *rows, TOTAL])
    assert [i.name for i in table.indicators] == [*NAMES[:4], ""]
    assert table.indicators[4].level2 == "服务对象满意度指标"
    assert messages(table, "missing-name") == [
        "三级指标名称、指标值、实际完成值均为空，但填报分值20、得分20"
    ]


# ---------------------------------------------------------------------------
# W6: only a 序时进度 column of the plan itself is the plan

SCHEDULE_ROWS = [
    ["产出指标", "数量指标", "门诊服务人次", "≥30万人次", "12.85万人次"],
    ["", "数量指标", "家庭医生签约人数", "≥5000人", "2600人"],
    ["", "质量指标", "药品抽检合格率", "≥98%", "99%"],
]


def schedule(header: str, cells: tuple[str, str, str]) -> Table:
    rows = [[*row, cell, ""] for row, cell in zip(SCHEDULE_ROWS, cells, strict=True)]
    return read([*TRACK_TITLE, [*LEVELS, "1-6月实际完成值", header, "偏差原因分析"], *rows])


@pytest.mark.parametrize(
    ("header", "cells", "likelihood_texts", "duplicate"),
    [
        # the share of the schedule reached: no plan, no role (as before e2e16)
        ("完成序时进度（%）", ("42.8%", "52%", "100%"), [None, None, None], False),
        ("序时进度完成率", ("42.8%", "52%", "100%"), [None, None, None], False),
        # 完成情况 of the schedule: a second actual column, said (as before e2e16)
        ("序时进度完成情况", ("符合序时进度", "超序时进度", "达到"), [None, None, None], True),
        # words under 序时进度: the unit's word on the row
        (
            "序时进度",
            ("符合序时进度", "超序时进度", "达到"),
            ["符合序时进度", "超序时进度", "达到"],
            False,
        ),
        # bare percentages beside targets that are no percentages: the time's share
        ("序时进度", ("42.8%", "52%", "100%"), [None, None, None], False),
        ("1-6月序时进度", ("50%", "50%", "50%"), [None, None, None], False),
    ],
)
def test_a_schedule_column_that_holds_no_plan_is_not_the_plan(
    header: str,
    cells: tuple[str, str, str],
    likelihood_texts: list[str | None],
    *,
    duplicate: bool,
) -> None:
    table = schedule(header, cells)
    assert [i.planned for i in table.indicators] == [None, None, None]
    assert [i.likelihood_text for i in table.indicators] == likelihood_texts
    card = score(table)
    assert [v.progress.value for v in card.verdicts] == ["not_applicable"] * 3
    found = [f.id for f in card.findings]
    assert ("grid-column-duplicate" in found) == duplicate
    assert not {"plan-exceeds-target", "missing-corrective-measures"} & set(found)


@pytest.mark.parametrize("header", ["序时进度", "序时进度值", "1-6月序时进度", "时序进度"])
def test_a_schedule_column_of_figures_is_the_plan(header: str) -> None:
    table = schedule(header, ("15万人次", "2500人", "≥98%"))
    assert [i.planned.text if i.planned else None for i in table.indicators] == [
        "15万人次",
        "2500人",
        "≥98%",
    ]
    assert [v.progress.value for v in score(table).verdicts] == ["behind", "on_track", "on_track"]


# ---------------------------------------------------------------------------
# A second closing row of measures is kept

GRID_ROWS = [
    ["产出指标", "数量指标", "宣传场次", "≥10场", "12场", "50", "50"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", "50", "50"],
    ["总分", "", "", "", "", "100", "100"],
]
FUNDS = "资金拨付进度偏慢，已督促乡镇加快拨付"


@pytest.mark.parametrize(
    ("tail", "measures", "notes"),
    [
        ([["问题及整改措施", FUNDS]], FUNDS, []),
        (
            [["改进措施", "协调乡镇统筹安排培训场地"], ["问题及整改措施", FUNDS]],
            "协调乡镇统筹安排培训场地",
            [("问题及整改措施", FUNDS, "B9")],
        ),
        (
            [["纠偏措施", "加快采购进度"], ["存在问题及改进措施", FUNDS]],
            "加快采购进度",
            [("存在问题及改进措施", FUNDS, "B9")],
        ),
        # the same text printed twice is said once
        ([["整改措施", FUNDS], ["问题及整改措施", FUNDS]], FUNDS, []),
    ],
)
def test_a_second_row_of_measures_is_kept_as_a_note(
    tail: list[list[str]], measures: str, notes: list[tuple[str, str, str]]
) -> None:
    table = read([*SELF_TITLE, SCORED, *GRID_ROWS, *tail])
    assert table.corrective_measures == measures
    assert [
        (n.label, n.text, n.position.cell if n.position else None) for n in table.notes
    ] == notes
