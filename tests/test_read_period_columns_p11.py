"""Tracking grids whose plan and actual columns name the period in words (parse11 H4).

- ``前三季度计划 | 前三季度完成`` and ``截至9月底计划 | 截至9月底完成`` named no role:
  both columns were dropped silently and the row read as ``missing-actual``.
- ``1-9月目标值`` was a second target (dropped with ``grid-column-duplicate``) and
  ``阶段性目标`` no column at all: the plan was lost and a row behind it was ``on_track``.
- A line ``（截至2026年9月30日）`` under a title with no months gave no window, so
  every row of the table was judged at no date.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.readers._grid import _column_role


def _tsv(*rows: list[str] | str) -> str:
    return "\n".join("\t".join([row] if isinstance(row, str) else row) for row in rows)


def _tracking(plan: str, actual: str, line: str = "（2026年1-9月）") -> str:
    return _tsv(
        "2026年度项目支出绩效跟踪表",
        line,
        ["项目名称", "测试跟踪项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", plan, actual, "全年预计完成值"],
        ["产出指标", "数量指标", "培训人次", "≥400人次", "300人次", "180人次", "400人次"],
    )


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("前三季度计划", "planned"),
        ("前三季度完成", "actual"),
        ("截至9月底计划", "planned"),
        ("截至9月底完成", "actual"),
        ("截至2026年9月底计划数", "planned"),
        ("1-9月目标值", "planned"),
        ("2026年1-9月目标值", "planned"),
        ("上半年目标值", "planned"),
        ("阶段性目标", "planned"),
        ("阶段性完成情况", "actual"),
        ("1-6月完成", "actual"),
        ("上半年实际完成", "actual"),
        # unchanged: the year's target, and the forms read before
        ("年度目标值", "target"),
        ("年度指标值", "target"),
        ("2026年目标值", "target"),
        ("目标值", "target"),
        ("1-6月计划值", "planned"),
        ("跟踪期计划完成值", "planned"),
        ("1-6月完成值", "actual"),
        ("完成情况", "actual"),
        ("全年计划", None),
        ("前三季度完成率", None),
    ],
)
def test_a_period_header_names_the_plan_or_the_actual(header: str, role: str | None) -> None:
    assert _column_role(header) == role


@pytest.mark.parametrize(
    ("plan", "actual"),
    [
        ("前三季度计划", "前三季度完成"),
        ("截至9月底计划", "截至9月底完成"),
        ("1-9月目标值", "1-9月完成情况"),
        ("阶段性目标", "阶段性完成情况"),
        ("1-9月计划值", "1-9月完成值"),  # read so before
    ],
)
def test_a_row_behind_its_period_plan_is_behind(plan: str, actual: str) -> None:
    (table,) = perftrack.read_text(_tracking(plan, actual), format="text")
    row = table.indicators[0]
    assert row.planned is not None
    assert row.actual is not None
    assert (row.planned.text, row.actual.text) == ("300人次", "180人次")
    assert [f.id for f in table.findings] == []  # no grid-column-duplicate
    assert table.period is not None
    assert (table.period.start.month, table.period.end.month) == (1, 9)
    card = perftrack.score(table)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")
    assert "missing-actual" not in {f.id for f in card.findings}


def test_the_header_alone_gives_the_window() -> None:
    # no period line: 前三季度 in the plan's header puts the table at September
    (table,) = perftrack.read_text(
        _tracking("前三季度计划", "前三季度完成", line="项目绩效跟踪"), format="text"
    )
    assert table.period is not None
    assert table.period.end.month == 9


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("（截至2026年9月30日）", (2026, 9)),
        ("截至2026年9月底", (2026, 9)),
        ("（截止2026年8月末）", (2026, 8)),
        ("截止到2026.9.30", (2026, 9)),
        ("(截至2026-06-30)", (2026, 6)),
        ("（截至2027年1月31日）", (2026, 12)),  # after the table's year: its year's end
    ],
)
def test_a_line_up_to_a_date_is_the_window(line: str, end: tuple[int, int]) -> None:
    (table,) = perftrack.read_text(_tracking("计划值", "完成值", line=line), format="text")
    assert table.period is not None
    assert (table.period.start.year, table.period.start.month) == (2026, 1)
    assert (table.period.end.year, table.period.end.month) == end


def test_a_line_up_to_a_date_judges_the_rows() -> None:
    (table,) = perftrack.read_text(
        _tracking("计划值", "完成值", line="（截至2026年9月30日）"), format="text"
    )
    card = perftrack.score(table)
    assert str(card.as_of) == "2026-09-30"
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")


def test_a_labelled_period_line_wins_over_a_line_up_to_a_date() -> None:
    text = _tsv(
        "2026年度项目支出绩效跟踪表",
        "跟踪时段：2026年1-6月",
        "（截至2026年9月30日）",
        ["一级指标", "二级指标", "三级指标", "年度指标值", "计划值", "完成值"],
        ["产出指标", "数量指标", "培训人次", "≥400人次", "200人次", "180人次"],
    )
    (table,) = perftrack.read_text(text, format="text")
    assert table.period is not None
    assert table.period.end.month == 6


# regress23 W2: a year's table filled in on a date is no interim table of that date
def test_a_line_up_to_a_date_is_no_window_of_a_self_evaluation() -> None:
    text = _tsv(
        "项目支出绩效自评表",
        "截至2025年3月31日",
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥400人次", "300人次", "10", "7"],
    )
    (table,) = perftrack.read_text(text, format="text")
    assert table.kind is perftrack.TableKind.SELF_EVALUATION
    assert table.period is None or table.period.end.month == 12
