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
