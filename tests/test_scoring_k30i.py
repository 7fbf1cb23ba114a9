"""Readings a reviewer makes that the scorecard missed or got wrong (k30i; score54 MEDIUM).

M3: a 跟踪期预算数 printed beside a column naming the year's budget (全年预算数,
调整后预算数) is the months' plan, as 1-6月用款计划 is: no ``budget-column-duplicate``,
the amount read as ``planned`` and a printed rate over it explained. Beside 年初预算数
alone it stays the year's budget at the period's end; two year's columns (全年预算数 |
调整后预算数) are still a duplicate, and 1-6月用款计划 is still the plan.

M1: a plan that finishes a step (完成招标, 招标完成, 完成设备安装) or the works (主体完工)
against that very work still under way (招标中, 正在招标, 主体施工中, with a 停工 note or
not) is behind, and a missing 偏差原因 is asked. Another work under way (施工中 against
完成招标 or 主体完工), a part of the step planned and a plan that starts the step are
unchanged.

Every table is built as TSV text and read through ``perftrack.read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack

TRACK_TITLE = [
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2024-1月 至 2024-6月 ）",
    "项目名称\t教师培训专项",
]
TRACK_GOAL = [
    "年度总体目标\t预期目标\t\t跟踪期实际完成情况",
    "\t完成年度工作任务。\t\t按计划推进中。",
]
TRACK_GRID = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析"
)
TRACK_ROWS = [
    "产出指标\t数量指标\t培训教师人次\t≥1200人次\t600人次\t610人次\t",
    "满意度指标\t服务对象满意度指标\t参训教师满意度\t≥90%\t90%\t92%\t",
]


def track_table(
    header: str,
    line: str,
    rows: list[str] | None = None,
    tail: list[str] | None = None,
) -> perftrack.Table:
    """A 2024 跟踪表 of January to June with the budget *header* and *line* (TSV cells)."""
    lines = [
        *TRACK_TITLE,
        f"预算执行情况 (万元)\t\t{header}",
        f"\t年度资金总额\t{line}",
        *TRACK_GOAL,
        TRACK_GRID,
        *(TRACK_ROWS if rows is None else rows),
        *(tail or []),
    ]
    return perftrack.read_text("\n".join(lines))[0]


def all_findings(table: perftrack.Table) -> list[tuple[str, str]]:
    """The (id, message) of every finding of *table*'s scorecard (the reader's among them)."""
    return [(f.id, f.message) for f in perftrack.score(table).findings]


def amounts(table: perftrack.Table) -> tuple[Decimal | None, ...]:
    """The total line's initial, period budget, plan and executed amounts."""
    line = table.budget[0]
    return line.initial, line.period_budget, line.planned, line.executed


def dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


# --- M3: 跟踪期预算数 beside the year's budget ---------------------------------------------

M3_CASES = [
    pytest.param(
        "年初预算数\t全年预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
        "200.00\t240.00\t120.00\t96.00\t80.00",
        ("200.00", "240.00", "120.00", "96.00"),
        "“年度资金总额”填报执行率80.00%与金额计算的40.00%不符"
        "（填报执行率为执行数与计划数120.00之比，执行率应以全年预算为分母）",
        id="year-then-period",
    ),
    pytest.param(
        "年初预算数\t跟踪期预算数\t全年预算数\t跟踪期执行数\t执行率(%)",
        "200.00\t120.00\t240.00\t96.00\t80.00",
        ("200.00", "240.00", "120.00", "96.00"),
        "“年度资金总额”填报执行率80.00%与金额计算的40.00%不符"
        "（填报执行率为执行数与计划数120.00之比，执行率应以全年预算为分母）",
        id="period-then-year",
    ),
    pytest.param(
        "年初预算数\t调整后预算数\t监控期预算数\t监控期执行数\t执行率(%)",
        "200.00\t240.00\t120.00\t96.00\t80.00",
        ("200.00", "240.00", "120.00", "96.00"),
        "“年度资金总额”填报执行率80.00%与金额计算的40.00%不符"
        "（填报执行率为执行数与计划数120.00之比，执行率应以全年预算为分母）",
        id="adjusted-and-monitoring",
    ),
    # neighbours: the period's budget beside 年初预算数 alone is the year's budget
    pytest.param(
        "年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
        "200.00\t240.00\t96.00\t40.00",
        ("200.00", "240.00", None, "96.00"),
        None,
        id="period-beside-initial",
    ),
    # the months' plan as before
    pytest.param(
        "年初预算数\t全年预算数\t1-6月用款计划\t1-6月执行数\t执行率(%)",
        "200.00\t240.00\t120.00\t96.00\t80.00",
        ("200.00", "240.00", "120.00", "96.00"),
        "“年度资金总额”填报执行率80.00%与金额计算的40.00%不符"
        "（填报执行率为执行数与计划数120.00之比，执行率应以全年预算为分母）",
        id="plan-column",
    ),
]


@pytest.mark.parametrize(("header", "line", "expected", "mismatch"), M3_CASES)
def test_period_budget_beside_year_budget_is_the_plan(
    header: str, line: str, expected: tuple[str | None, ...], mismatch: str | None
) -> None:
    table = track_table(header, line)
    assert amounts(table) == tuple(dec(text) for text in expected)
    found = all_findings(table)
    assert [f for f in found if f[0] == "budget-column-duplicate"] == []
    assert [m for i, m in found if i == "budget-rate-mismatch"] == ([mismatch] if mismatch else [])


def test_two_year_budget_columns_stay_a_duplicate() -> None:
    table = track_table(
        "年初预算数\t全年预算数\t调整后预算数\t跟踪期执行数\t执行率(%)",
        "200.00\t240.00\t250.00\t96.00\t40.00",
    )
    assert amounts(table) == (Decimal(200), Decimal(240), None, Decimal(96))
    assert [m for i, m in all_findings(table) if i == "budget-column-duplicate"] == [
        "预算表头“全年预算数”（D4）与“调整后预算数”（E4）同为预算数列，按前者读取，后者的金额未读入"
    ]


# --- M1: a plan that finishes a step against the same step under way -----------------------

PLAIN_BUDGET = (
    "年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "200.00\t200.00\t100.00\t50.00",
)


def step_reading(plan: str, actual: str, reason: str = "") -> tuple[str, str, list[str]]:
    """The progress and explanation of a 时效 row (``2024年12月底前``) of *plan* and *actual*,
    and the rows the ``missing-deviation-reason`` findings name."""
    row = f"产出指标\t时效指标\t卫生室投入使用时间\t2024年12月底前\t{plan}\t{actual}\t{reason}"
    table = track_table(*PLAIN_BUDGET, rows=[row])
    card = perftrack.score(table)
    verdict = card.verdicts[0]
    missing = [f.message for f in card.findings if f.id == "missing-deviation-reason"]
    return verdict.progress.value, verdict.explanation, missing


DUE = "实际“{}”，截止日期2024-12-31未到"
NO_REASON = ["“卫生室投入使用时间”存在偏差但未填写偏差原因"]

M1_CASES = [
    pytest.param(
        "完成招标", "招标中",
        ("behind", DUE.format("招标中") + "；实际“招标中”，“招标”尚未完成，落后于计划“完成招标”", NO_REASON),
        id="tender-under-way",
    ),
    pytest.param(
        "主体完工", "主体施工中",
        ("behind", DUE.format("主体施工中") + "；实际“主体施工中”，“主体施工”尚未完成，落后于计划“主体完工”", NO_REASON),
        id="structure-under-way",
    ),
    pytest.param(
        "主体完工", "主体施工中（已停工）",
        ("behind", DUE.format("主体施工中（已停工）") + "；实际“主体施工中（已停工）”注明“停工”，“主体施工”尚未完成，落后于计划“主体完工”", NO_REASON),
        id="structure-stopped",
    ),
    pytest.param(
        "招标完成", "正在招标",
        ("behind", DUE.format("正在招标") + "；实际“正在招标”，“招标”尚未完成，落后于计划“招标完成”", NO_REASON),
        id="tender-said-after",
    ),
    pytest.param(
        "完成设备安装", "正在进行设备安装",
        ("behind", DUE.format("正在进行设备安装") + "；实际“正在进行设备安装”，“设备安装”尚未完成，落后于计划“完成设备安装”", NO_REASON),
        id="installation-under-way",
    ),
    # neighbours: another work under way, the step done, a plan that starts the step, a
    # part of the step planned
    pytest.param("完成招标", "施工中", ("unknown", DUE.format("施工中"), []), id="other-work"),
    pytest.param("主体完工", "施工中", ("unknown", DUE.format("施工中"), []), id="works-not-the-structure"),
    pytest.param(
        "完成招标", "已完成招标",
        ("on_track", DUE.format("已完成招标"), []),
        id="step-done",
    ),
    pytest.param(
        "启动招标", "招标中",
        ("on_track", DUE.format("招标中"), []),
        id="plan-starts-step",
    ),
    pytest.param("完成部分招标", "招标中", ("unknown", DUE.format("招标中"), []), id="part-planned"),
    pytest.param(
        "施工中", "主体施工中",
        ("unknown", DUE.format("主体施工中"), []),
        id="plan-under-way",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("plan", "actual", "expected"), M1_CASES)
def test_finished_step_against_the_same_step_under_way(
    plan: str, actual: str, expected: tuple[str, str, list[str]]
) -> None:
    assert step_reading(plan, actual) == expected


def test_finished_step_under_way_with_a_reason_asks_nothing_more() -> None:
    progress, _, missing = step_reading("完成招标", "招标中", "流标一次，重新招标")
    assert (progress, missing) == ("behind", [])
