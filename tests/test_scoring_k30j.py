"""A 序时进度 plan on the grid's first row, and execution rates of a part or another budget (k30j).

parse55 H1: ``产出指标 | 数量指标 | 资金拨付率 | 100% | 序时进度 | 52%`` as the first row
under the grid's header was read as the table's 序时进度 line: the row was lost (a table of
that row alone failed to read) and 52 became the table's time progress. A row naming an
indicator in the name column, with 序时进度 in a value column, is that indicator's row; a
line led by 序时进度 (before the grid, or as the label of a row of its own) still sets the
time progress.

parse55 H6: every ``…执行率`` row naming no funding source word was held to the block's
whole rate, so ``基本支出预算执行率 | ≥97% | 98.6%`` beside a block of 96.00% was judged as
96.00% (not_met). A row naming a part of the budget (基本支出, 项目支出) or another budget or
source (国有资本经营预算, 医保基金, 上级补助, 部门 in a project's table) is held to a line
that names it, and to nothing when no line does: its own printed actual is judged. The
names of the whole (预算执行率, 资金执行率, 项目资金执行率, 补助资金执行率) are held to
the whole as before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from probe_tables import BUDGET, GOAL, GRID, SELF, TRACK_TAIL, self_reading, track_head

ROW_PLAN = "产出指标\t数量指标\t资金拨付率\t100%\t序时进度\t52%\t"
ROW_COUNT = "产出指标\t数量指标\t培训人次\t≥2000人次\t1000人次\t1100人次\t"


def _track(rows: list[str], before: list[str] | None = None) -> perftrack.Table:
    """A 2025 跟踪表 of January to June: *before* above the grid's header, then *rows*."""
    head = track_head(6)
    lines = [*head[:-1], *(before or []), head[-1], *rows, *TRACK_TAIL]
    return perftrack.read_text("\n".join(lines))[0]


def _rows(table: perftrack.Table) -> list[tuple[str, str, str]]:
    return [(i.name, str(i.planned), str(i.actual)) for i in table.indicators]


GRID_ROWS = [
    pytest.param(
        [ROW_PLAN],
        None,
        [("资金拨付率", "序时进度", "52(%)")],
        None,
        id="plan-row-alone-is-read",
    ),
    pytest.param(
        [ROW_PLAN, ROW_COUNT],
        None,
        [("资金拨付率", "序时进度", "52(%)"), ("培训人次", "1000(人次)", "1100(人次)")],
        None,
        id="plan-row-first-of-two",
    ),
    pytest.param(
        ["\t\t资金拨付率\t100%\t序时进度\t52%\t", ROW_COUNT],
        None,
        [("资金拨付率", "序时进度", "52(%)"), ("培训人次", "1000(人次)", "1100(人次)")],
        None,
        id="plan-row-under-merged-levels",
    ),
    pytest.param(
        ["产出指标\t数量指标\t资金支出率\t≥95%\t序时进度75%\t80%\t", ROW_COUNT],
        None,
        [("资金支出率", "序时进度75(%)", "80(%)"), ("培训人次", "1000(人次)", "1100(人次)")],
        None,
        id="plan-with-its-figure",
    ),
    # neighbours: a line of its own still sets the time progress
    pytest.param(
        [ROW_PLAN, ROW_COUNT],
        ["序时进度\t60%"],
        [("资金拨付率", "序时进度", "52(%)"), ("培训人次", "1000(人次)", "1100(人次)")],
        Decimal(60),
        id="line-before-the-grid-kept",
    ),
    pytest.param(
        ["序时进度\t60%", ROW_COUNT],
        None,
        [("培训人次", "1000(人次)", "1100(人次)")],
        Decimal(60),
        id="line-led-by-its-label",
    ),
    pytest.param(
        ["\t\t序时进度\t60%", ROW_COUNT],
        None,
        [("培训人次", "1000(人次)", "1100(人次)")],
        Decimal(60),
        id="line-in-the-name-column",
    ),
    pytest.param(
        ["产出指标\t\t序时进度\t60%", ROW_COUNT],
        None,
        [("培训人次", "1000(人次)", "1100(人次)")],
        Decimal(60),
        id="line-in-the-name-column-after-a-level",
    ),
]


@pytest.mark.parametrize(("rows", "before", "indicators", "time_progress"), GRID_ROWS)
def test_a_time_progress_plan_keeps_its_row(
    rows: list[str],
    before: list[str] | None,
    indicators: list[tuple[str, str, str]],
    time_progress: Decimal | None,
) -> None:
    table = _track(rows, before)
    assert _rows(table) == indicators
    assert table.time_progress == time_progress


def test_a_time_progress_plan_leaves_the_period_s_time_progress() -> None:
    card = perftrack.score(_track([ROW_PLAN, ROW_COUNT]))
    assert card.time_progress == Decimal(50)  # January to June, not the row's 52
    assert len(card.verdicts) == 2


WHOLE_96 = "实际完成值98%与按金额计算的执行率96.00%不符，按96.00%判断；实际96.00%，未达年度指标≥97%"

RATES = [
    # a part of the budget, another budget or source: the row's own figure
    pytest.param(
        "基本支出预算执行率", "≥97%", "98.6%", ("met", "实际98.6%，达到年度指标≥97%"), id="basic"
    ),
    pytest.param(
        "项目支出预算执行率",
        "≥90%",
        "87.3%",
        ("not_met", "实际87.3%，未达年度指标≥90%"),
        id="project-spending",
    ),
    pytest.param(
        "国有资本经营预算执行率",
        "≥97%",
        "98%",
        ("met", "实际98%，达到年度指标≥97%"),
        id="state-capital",
    ),
    pytest.param(
        "医保基金预算执行率", "≥97%", "98%", ("met", "实际98%，达到年度指标≥97%"), id="medical"
    ),
    pytest.param(
        "上级补助资金执行率", "≥97%", "98%", ("met", "实际98%，达到年度指标≥97%"), id="upper"
    ),
    pytest.param(
        "部门预算执行率", "≥97%", "98%", ("met", "实际98%，达到年度指标≥97%"), id="department"
    ),
    # neighbours: the names of the whole are held to the block's 96.00% as before
    *(
        pytest.param(
            name,
            "≥97%",
            "98%",
            (
                "not_met",
                WHOLE_96,
            ),
            id=f"whole-{name}",
        )
        for name in ("预算执行率", "资金执行率", "项目资金执行率", "补助资金执行率")
    ),
    pytest.param(
        "财政资金执行率", "≥97%", "98%", ("met", "实际98%，达到年度指标≥97%"), id="source-no-line"
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), RATES)
def test_an_execution_rate_is_held_to_the_budget_it_names(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


def _self_table(budget: list[str], name: str, title: str = SELF[0]) -> perftrack.Table:
    row = f"\t产出指标\t数量指标\t{name}\t≥97%\t98%\t2\t2\t"
    return perftrack.read_text("\n".join([title, *SELF[1:], *budget, *GOAL, GRID, row]))[0]


UPPER_BUDGET = [
    *BUDGET,
    "\t其中：上级补助资金\t60\t60\t54\t\t90.00%\t",
    "\t本级资金\t40\t40\t42\t\t105.00%\t",
]


def test_a_rate_naming_a_line_is_held_to_that_line() -> None:
    verdict = perftrack.score(_self_table(UPPER_BUDGET, "上级补助资金执行率")).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (
        "not_met",
        "实际完成值98%与按金额计算的执行率90.00%不符，按90.00%判断；实际90.00%，未达年度指标≥97%",
    )


@pytest.mark.parametrize("name", ["部门预算执行率", "部门整体支出预算执行率"])
def test_the_department_s_rate_is_the_whole_of_a_department_s_table(name: str) -> None:
    table = _self_table(BUDGET, name, title="探针部门整体支出绩效自评表")
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == ("not_met", WHOLE_96)
