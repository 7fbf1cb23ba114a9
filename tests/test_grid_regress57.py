"""A 预期 column of a 跟踪表's grid by where it stands (regress57 #2).

k32i read ``预期完成值 | 实际完成值`` as the period's plan beside the actual; printed after
the actual the column is the year's forecast (as 全年预计完成值), and in a grid with no
target column of its own it is the year's target.
"""

from __future__ import annotations

import pytest

import perftrack

HEAD = [
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2025-1月 至 2025-9月 ）",
    "项目名称\t预期列专项",
]
ROWS = [("培训人次", "≥100人次", "100人次", "60人次"), ("检查次数", "≥12次", "12次", "9次")]


def _read(header: list[str], order: tuple[int, ...]) -> perftrack.Table:
    """A 跟踪表 whose grid prints the columns *header*, its cells in *order* of the row's."""
    lines = [*HEAD, "\t".join(["一级指标", "二级指标", "三级指标", *header])]
    lines += ["\t".join(["产出指标", "数量指标", row[0], *(row[i] for i in order)]) for row in ROWS]
    return perftrack.read_text("\n".join(lines))[0]


def _fields(table: perftrack.Table) -> list[tuple[str | None, ...]]:
    def text(value: object) -> str | None:
        return None if value is None else str(getattr(value, "text", None) or value)

    return [
        (i.name, text(i.target), text(i.planned), text(i.actual), text(i.forecast))
        for i in table.indicators
    ]


@pytest.mark.parametrize(
    ("header", "order", "expected"),
    [
        pytest.param(
            ["年度指标值", "跟踪期实际完成值", "全年预期完成值"], (1, 3, 2),
            [("培训人次", "≥100人次", None, "60人次", "100人次"),
             ("检查次数", "≥12次", None, "9次", "12次")],
            id="year-forecast-after-actual",
        ),
        pytest.param(
            ["年度指标值", "跟踪期实际完成值", "预期完成值"], (1, 3, 2),
            [("培训人次", "≥100人次", None, "60人次", "100人次"),
             ("检查次数", "≥12次", None, "9次", "12次")],
            id="bare-expected-after-actual-is-forecast",
        ),
        pytest.param(
            ["年度指标值", "预期完成值", "实际完成值"], (1, 2, 3),
            [("培训人次", "≥100人次", "100人次", "60人次", None),
             ("检查次数", "≥12次", "12次", "9次", None)],
            id="expected-before-actual-stays-plan",
        ),
        pytest.param(
            ["预期完成值", "实际完成值"], (1, 3),
            [("培训人次", "≥100人次", None, "60人次", None),
             ("检查次数", "≥12次", None, "9次", None)],
            id="expected-without-target-column-is-target",
        ),
    ],
)  # fmt: skip
def test_expected_column_by_place(
    header: list[str], order: tuple[int, ...], expected: list[tuple[str | None, ...]]
) -> None:
    table = _read(header, order)
    assert _fields(table) == expected
    assert not [f.id for f in table.findings if f.id.startswith("grid-column")]


def test_forecast_after_actual_is_on_track_in_september() -> None:
    table = _read(["年度指标值", "跟踪期实际完成值", "全年预期完成值"], (1, 3, 2))
    verdicts = perftrack.score(table).verdicts
    assert [(v.attainment.value, v.progress.value if v.progress else None) for v in verdicts] == [
        ("pending", "on_track"),
        ("pending", "on_track"),
    ]


@pytest.mark.parametrize(
    ("title", "months"),
    [
        pytest.param(
            "2025年1-3季度工作计划项目绩效跟踪表（截至2025年6月30日）", (1, 6), id="until-wins"
        ),
        pytest.param("2025年1-3季度项目绩效跟踪表", (1, 9), id="quarters-alone"),
        pytest.param("2025年项目绩效跟踪表（截至2025年6月30日）", (1, 6), id="until-alone"),
    ],
)
def test_title_quarters_beside_an_until_date(title: str, months: tuple[int, int]) -> None:
    """A title's 截至 date is the table's date; 1-3季度 beside it may be the project's name."""
    lines = [
        title,
        "项目名称\t标题季度专项",
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值",
        "产出指标\t数量指标\t培训人次\t≥100人次\t60人次",
    ]
    period = perftrack.read_text("\n".join(lines))[0].period
    assert period is not None
    assert (period.start.year, period.start.month, period.end.year, period.end.month) == (
        2025,
        months[0],
        2025,
        months[1],
    )


def test_expected_goal_header_is_the_target_beside_a_plan() -> None:
    """``三级指标 | 预期目标 | 跟踪期计划完成值``: 预期目标 is the target, the plan the plan.

    Before (regress57 #7), 预期目标 had no role and the plan column was taken for the
    target: 检查次数 was met at 9 of 12.
    """
    table = _read(["预期目标", "跟踪期计划完成值", "跟踪期实际完成值"], (1, 2, 3))
    assert _fields(table) == [
        ("培训人次", "≥100人次", "100人次", "60人次", None),
        ("检查次数", "≥12次", "12次", "9次", None),
    ]
    verdicts = perftrack.score(table).verdicts
    assert [v.attainment.value for v in verdicts] == ["pending", "pending"]
