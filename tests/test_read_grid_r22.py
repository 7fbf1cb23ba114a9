"""Grid rows and columns the reader read worse after the regress21 rules (review round regress22).

- A row of a level and 分值/得分 whose level has indicator rows is their subtotal (or
  heading), blank or typed with dashes; one whose level has none is a nameless
  indicator with ``missing-name``, wherever it stands (before or after another level's
  subtotal).
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Table
from perftrack.scoring import score

SELF_TITLE = [["项目支出绩效自评表"], ["（2024年度）"], ["项目名称", "测试项目"]]
SCORED = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def read(rows: list[list[str]]) -> Table:
    [table] = perftrack.read_text("\n".join("\t".join(row) for row in rows) + "\n")
    return table


# ---------------------------------------------------------------------------
# W1 / W5: a level's subtotal, then a level with no row of its own

CLINIC = [
    ["产出指标", "数量指标", "新建村卫生室", "≥5个", "6个", "10", "10"],
    ["", "数量指标", "培训乡村医生", "≥100人", "120人", "10", "10"],
]
AFTER = [
    ["", "时效指标", "完工时间", "2024年12月底前", "2024年11月", "30", "30"],
    ["效益指标", "社会效益指标", "群众就医便利度", "明显提高", "明显提高", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", "20", "20"],
]
NAMED = ["新建村卫生室", "培训乡村医生", "完工时间", "群众就医便利度", "服务对象满意度"]


def level_row(level2: str, cell: str, weight: str, points: str) -> list[str]:
    return ["", level2, cell, cell, cell, weight, points]


@pytest.mark.parametrize(
    "middle",
    [
        # the subtotal, then the level of no rows (a24_A: both rows were dropped)
        [level_row("数量指标", "", "20", "20"), level_row("质量指标", "", "10", "8")],
        # the other way round (a24_B)
        [level_row("质量指标", "", "10", "8"), level_row("数量指标", "", "20", "20")],
        # typed with dashes (a24_C: the subtotal was an indicator "/")
        [level_row("数量指标", "/", "20", "20"), level_row("质量指标", "/", "10", "8")],
        [level_row("质量指标", "/", "10", "8"), level_row("数量指标", "/", "20", "20")],
        # no subtotal
        [level_row("质量指标", "", "10", "8")],
        # two subtotals in a row before it
        [
            level_row("数量指标", "", "20", "20"),
            level_row("数量指标", "", "20", "20"),
            level_row("质量指标", "", "10", "8"),
        ],
    ],
)
def test_a_level_of_no_rows_after_a_subtotal_keeps_its_nameless_row(
    middle: list[list[str]],
) -> None:
    table = read([*SELF_TITLE, SCORED, *CLINIC, *middle, *AFTER])
    assert [i.name for i in table.indicators] == [*NAMED[:2], "", *NAMED[2:]]
    nameless = table.indicators[2]
    assert (nameless.level2, nameless.weight, nameless.published_points) == ("质量指标", 10, 8)
    card = score(table)
    assert [f.id for f in card.findings].count("missing-name") == 1
    assert card.points is not None
    assert card.points.total == 108  # the 20 of the subtotal is not counted
    assert "各项分值合计110" in " ".join(f.message for f in card.findings)


@pytest.mark.parametrize("cell", ["", "/", "—"])
def test_a_subtotal_after_its_level_s_rows_sets_no_name_column(cell: str) -> None:
    # the row after the subtotal is an ordinary row, read under its own columns
    rows = [*CLINIC, level_row("数量指标", cell, "20", "20"), *AFTER]
    table = read([*SELF_TITLE, SCORED, *rows])
    assert [i.name for i in table.indicators] == NAMED
    assert [i.actual.text if i.actual else None for i in table.indicators][2] == "2024年11月"
    card = score(table)
    assert card.points is not None
    assert card.points.total == 100
    assert not {f.id for f in card.findings} & {"missing-name", "weights-not-100"}


# ---------------------------------------------------------------------------
# W9: a completion ratio under 完成情况 is no actual of a target in another unit

STATUS_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "完成情况",
    "实际完成值",
    "分值",
    "得分",
]


@pytest.mark.parametrize(
    ("target", "status", "actual", "remarks"),
    [
        # a bare percentage beside a count, a number of people, a deadline: the ratio
        ("10个", "80%", None, "完成情况：80%"),
        ("≥100人", "120%", None, "完成情况：120%"),
        ("2024年10月底前", "100%", None, "完成情况：100%"),
        # a date beside a count is no value of it
        ("≥100人", "2024年10月", None, "完成情况：2024年10月"),
        # the target's unit, no unit, a percentage beside one, a date beside a deadline
        ("10个", "8个", "8个", ""),
        ("10个", "8", "8", ""),
        ("≥98%", "99%", "99%", ""),
        ("2024年10月底前", "2024年9月", "2024年9月", ""),
        # full-width signs, spaces: still bare
        ("10个", " 80％ ", None, "完成情况：80％"),
        # a sentence says what it measures (scoring reads it as a share of the task)
        ("≥500人", "已完成全年任务的96%", "已完成全年任务的96%", ""),
        # a target that is no figure says nothing against the figure
        ("明显提高", "95%", "95%", ""),
    ],
)
def test_a_completion_ratio_is_no_actual(
    target: str, status: str, actual: str | None, remarks: str
) -> None:
    row = ["产出指标", "数量指标", "新建村卫生室", target, status, "", "10", "8"]
    [indicator] = read([*SELF_TITLE, STATUS_HEADER, row]).indicators
    assert (indicator.actual.text if indicator.actual else None) == actual
    assert indicator.remarks == remarks
    found = [f.id for f in score(read([*SELF_TITLE, STATUS_HEADER, row])).findings]
    assert ("missing-actual" in found) == (actual is None)
    assert "unit-mismatch" not in found


def test_a_completion_ratio_joins_the_row_s_remarks() -> None:
    header = [*STATUS_HEADER, "备注"]
    row = ["产出指标", "数量指标", "新建村卫生室", "10个", "80%", "", "10", "8", "2个未完工"]
    [indicator] = read([*SELF_TITLE, header, row]).indicators
    assert indicator.actual is None
    assert indicator.remarks == "2个未完工；完成情况：80%"


# ---------------------------------------------------------------------------
# M5: the notes filter on 填写时 and 请…填写


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a past action after 填写时 is a report (a35 item 3)
        ("本表满意度数据由第三方机构调查取得，填写时已剔除无效问卷。", True),
        ("填写时剔除了无效问卷。", True),
        # 填写时 with no 已/了: the template's instruction, as before
        ("填写时请注意计量单位。", False),
        ("填写本表时应与预算批复一致。", False),
        # 请 + a verb + 填写/填报/填列: an instruction (a35 item 5)
        ("请结合实际情况填写偏差原因。", False),
        ("请参照上年数据填报。", False),
        ("请根据批复填列。", False),
        # a 请 inside a word is none
        ("已申请追加预算，按程序填报。", True),
    ],
)
def test_an_item_with_the_words_of_filling_in(text: str, *, kept: bool) -> None:
    rows = [
        *SELF_TITLE,
        SCORED,
        ["产出指标", "数量指标", "新建村卫生室", "≥5个", "6个", "100", "100"],
        ["说明", f"1.已扣1分。2.{text}"],
    ]
    [note] = read(rows).notes
    assert note.text == (f"1.已扣1分。2.{text}" if kept else "1.已扣1分。")


# ---------------------------------------------------------------------------
# M5: the budget's span in brackets, a 序时进度（%） column of one bare share

TRACK_TITLE = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：2024年1月 至 2024年6月"],
    ["项目名称", "示例"],
]
TRACK_GRID = ["一级指标", "二级指标", "三级指标", "年度指标值"]


@pytest.mark.parametrize(
    ("header", "span"),
    [
        ("预算数（跟踪期）", "period"),
        ("预算数(监控期)", "period"),
        ("预算数（全年）", "year"),
        ("跟踪期预算数", "period"),
        # the words before the brackets decide
        ("全年预算数（跟踪期）", "year"),
        ("预算数", "unknown"),
        ("预算数（万元）", "unknown"),
    ],
)
def test_the_budget_span_in_brackets(header: str, span: str) -> None:
    rows = [
        *TRACK_TITLE,
        ["预算执行情况", "", "年初预算数", header, "执行数（跟踪期）", "执行率(%)"],
        ["", "年度资金总额", "200", "120", "100", "83.33"],
        [*TRACK_GRID, "跟踪期计划完成值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "50人", "60人"],
    ]
    assert read(rows).budget_span.value == span


@pytest.mark.parametrize(
    ("header", "cells", "planned"),
    [
        # one bare share on every row beside counts: the share of the year, no plan
        ("序时进度（%）", ("50", "50", "50"), (None, None, None)),
        ("序时进度(%)", ("50", "50", "98"), (None, None, None)),
        # not under a header in percent, or shares that differ: plans, as before
        ("序时进度", ("50", "50", "98"), ("50", "50", "98")),
        ("序时进度（%）", ("50", "40", "98"), ("50", "40", "98")),
        # beside percentage targets only, a bare number is the plan
        ("序时进度（%）", ("/", "/", "98"), ("/", "/", "98")),
        # figures with their units: plans
        ("序时进度（%）", ("500人", "100个", "98%"), ("500人", "100个", "98%")),
    ],
)
def test_a_schedule_column_of_one_bare_share(
    header: str, cells: tuple[str, str, str], planned: tuple[str | None, ...]
) -> None:
    body = [
        ["产出指标", "数量指标", "培训人数", "≥1000人", cells[0], "520人"],
        ["", "数量指标", "新建基站", "≥200个", cells[1], "80个"],
        ["", "质量指标", "抽检合格率", "≥98%", cells[2], "99%"],
    ]
    rows = [*TRACK_TITLE, [*TRACK_GRID, header, "1-6月实际完成值"], *body]
    table = read(rows)
    assert tuple(i.planned.text if i.planned else None for i in table.indicators) == planned
    assert [i.actual.text if i.actual else None for i in table.indicators] == [
        "520人",
        "80个",
        "99%",
    ]
