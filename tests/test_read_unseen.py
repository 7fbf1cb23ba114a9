"""Layouts of real exports the reader first got wrong, each read right now.

Found by composing tables the way provinces, departments and the central
templates print them (self-evaluation, department-wide, target and monitoring
tables). Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import TableKind


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


SELF_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def names(table: perftrack.Table) -> list[str]:
    return [indicator.name for indicator in table.indicators]


# ---------------------------------------------------------------------------
# Names that start with the words of other blocks, under merged level cells


@pytest.mark.parametrize(
    "name",
    ["项目资金到位率", "总体目标完成率", "年度绩效目标完成率", "资金情况公开率", "总分达标率"],
)
def test_a_name_starting_with_a_block_word_stays_in_the_grid(name: str) -> None:
    table = read(
        "项目支出绩效自评表",
        "（2023年度）",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
        ["", "", name, "100%", "100%", "10", "10"],
        ["", "质量指标", "培训合格率", "≥95%", "96%", "20", "20"],
    )
    assert names(table) == ["培训人次", name, "培训合格率"]
    assert table.overall_goal is None
    assert table.budget == ()
    assert str(table.indicators[1].target) == "=100(%)"


@pytest.mark.parametrize("name", ["主管部门满意度", "实施单位满意度", "项目单位满意度"])
def test_a_name_starting_with_a_project_word_stays_in_the_grid(name: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        ["主管部门", "某县教育局"],
        SELF_HEADER,
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "95%", "5", "5"],
        ["", "", name, "≥90%", "92%", "5", "5"],
    )
    assert names(table) == ["学生满意度", name]
    assert table.project.department == "某县教育局"
    assert table.project.implementer is None


def test_block_labels_after_the_grid_are_still_blocks() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
        ["纠偏措施", "加快培训进度"],
    )
    assert names(table) == ["培训人次"]
    assert table.judgement is not None
    assert table.judgement.budget_likelihood is perftrack.Likelihood.CERTAIN
    assert table.corrective_measures == "加快培训进度"


def test_a_name_that_reads_like_a_title_does_not_start_a_table() -> None:
    table = read(
        "部门整体支出绩效目标表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "数据审核通过率", "≥95%"],
        ["", "", "绩效自评表报送及时性", "及时"],
        ["", "时效指标", "数据上报时间", "2024年6月30日前"],
    )
    assert table.kind is TableKind.TARGET
    assert names(table) == ["数据审核通过率", "绩效自评表报送及时性", "数据上报时间"]


def test_a_title_beside_a_unit_note_still_starts_a_table() -> None:
    rows = [
        ["财政项目支出绩效跟踪表", "单位：万元"],
        ["项目名称", "甲"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    ]
    second = [["财政项目支出绩效跟踪表(2023年度)", "单位：万元"], *rows[1:]]
    second[1] = ["项目名称", "乙"]
    text = "\n".join("\t".join(row) for row in [*rows, *second])
    tables = perftrack.read_text(text, format="text")
    assert [table.project.name for table in tables] == ["甲", "乙"]


@pytest.mark.parametrize("name", ["服务对象满意度", "满意度", "服务对象满意度(10分)"])
def test_a_name_that_is_also_a_short_label_is_the_name(name: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "94%", "5", "5"],
        ["", "", name, "≥85%", "90%", "5", "4"],
    )
    second = table.indicators[1]
    assert second.name == name
    assert (second.level1, second.level2) == ("满意度指标", "服务对象满意度指标")
    assert (str(second.target), str(second.actual)) == ("≥85(%)", "90(%)")
    assert (second.weight, second.published_points) == (Decimal(5), Decimal(4))
    assert not [f for f in table.findings if f.id == "layout-normalised"]


def test_a_short_label_before_a_name_is_still_a_label() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出", "数量", "培训人次", "≥100人次", "120", "20", "20"],
        ["", "质量", "合格率", "≥95%", "96%", "20", "20"],
    )
    assert names(table) == ["培训人次", "合格率"]
    assert [i.level2 for i in table.indicators] == ["数量指标", "质量指标"]


# ---------------------------------------------------------------------------
# Periods


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("跟踪时段：2023-01-01至2023-08-31", "2023-01", "2023-08"),
        ("跟踪时段: 2023-01-01 至 2023-08-31", "2023-01", "2023-08"),
        ("跟踪时段：2024.1.1-2024.6.30", "2024-01", "2024-06"),
        ("跟踪时段：2023/01/01至2023/08/31", "2023-01", "2023-08"),
        ("跟踪时段：2023年1月1日至2023年8月31日", "2023-01", "2023-08"),
        ("跟踪时段：2023年度1-8月", "2023-01", "2023-08"),
        ("监控期：2024年1-6月", "2024-01", "2024-06"),
        ("跟踪时段：（ 2023-1月 至 2023-8月 ）", "2023-01", "2023-08"),
    ],
)
def test_period_lines(line: str, start: str, end: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        line,
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == (start, end)
