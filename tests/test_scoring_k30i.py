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

M2: a budget judged 完全不可能完成 while its rate is at or above the 序时进度 is the
reverse contradiction ``judgement-optimistic`` (…已达到序时进度…，判断与数据矛盾), no
``budget-unlikely``; the letter says it, and the goal's like contradiction, as the finding
does, advising 据实判断完成可能性 (no 收回资金, no 偏于乐观). Below the pace
``budget-unlikely`` and its advice stay; at the year-end bar the message is as before.

M8: ``missing-corrective-measures`` whose only ground is the table's own judgement (no row
behind, missed or in doubt, the budget on pace) names it, in the finding and the letter
(预算和绩效目标完成可能性判断为“有可能完成”，但未填写原因及纠偏措施). A row behind or the
budget behind its pace keep the generic words, or the budget's own.

M4: a weighted 自评表 row of actual ``/`` (no points claimed) whose reason says its work
was not done (本年度未安排, 暂缓实施, 未开展) stays 不适用 and the rest rescaled, but
``missing-actual`` says it at the actual cell and the letter names it. A row that does
not apply (本项目不涉及), one without a reason, one with 分值 ``/`` are unchanged, and one
claiming its points keeps letter34's message.

M5: a grid row scoring the execution rate (项目资金执行率, 预算执行率) with its own 分值
beside a budget line that prints its 分值 counts the rate twice: ``duplicate-indicator``
at the row's 分值 cell, and the letter advises 预算执行率只计分一次; the total is unchanged.
A budget line with no 分值, another row, a rate row of 分值 0 raise nothing.

Every table is built as TSV text and read through ``perftrack.read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.reports._review import review

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
    "效益指标\t社会效益指标\t参训教师结业率\t≥95%\t95%\t96%\t",
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
        ("behind", DUE.format("招标中") + "；“招标”尚未完成，落后于计划“完成招标”", NO_REASON),
        id="tender-under-way",
    ),
    pytest.param(
        "主体完工", "主体施工中",
        ("behind", DUE.format("主体施工中") + "；“主体施工”尚未完成，落后于计划“主体完工”", NO_REASON),
        id="structure-under-way",
    ),
    pytest.param(
        "主体完工", "主体施工中（已停工）",
        ("behind", DUE.format("主体施工中（已停工）") + "；实际“主体施工中（已停工）”注明“停工”，“主体施工”尚未完成，落后于计划“主体完工”", NO_REASON),
        id="structure-stopped",
    ),
    pytest.param(
        "招标完成", "正在招标",
        ("behind", DUE.format("正在招标") + "；“招标”尚未完成，落后于计划“招标完成”", NO_REASON),
        id="tender-said-after",
    ),
    pytest.param(
        "完成设备安装", "正在进行设备安装",
        ("behind", DUE.format("正在进行设备安装") + "；“设备安装”尚未完成，落后于计划“完成设备安装”", NO_REASON),
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


# --- M2: a budget judged 完全不可能 against a rate on pace ------------------------------------


def judged_table(
    rate: str, budget: str = "完全不可能完成", goal: str = "确定能完成"
) -> perftrack.Table:
    """A 1-6月 跟踪表 (序时进度 50%) of 200 spent at *rate*, the judgements as printed."""
    spent = format(Decimal(rate) * 2, ".2f")
    tail = [
        f"绩效跟踪总体判断\t年度项目预算完成可能性\t{budget}",
        f"\t年度绩效目标完成可能性\t{goal}",
        "纠偏措施\t加快资金拨付进度。",
    ]
    return track_table(*PLAIN_BUDGET[:1], f"200.00\t200.00\t{spent}\t{rate}", tail=tail)


def judgement_findings(table: perftrack.Table) -> list[tuple[str, str]]:
    return [
        (i, m) for i, m in all_findings(table) if i in ("judgement-optimistic", "budget-unlikely")
    ]


UNLIKELY = ("budget-unlikely", "预算完成可能性判断为“完全不可能完成”，应及时申请调整预算或收回资金")
ON_PACE = "预算完成可能性判断为“完全不可能完成”，但执行率{}%，已达到序时进度50.00%，判断与数据矛盾"

M2_CASES = [
    pytest.param("60.00", [("judgement-optimistic", ON_PACE.format("60.00"))], id="ahead-of-pace"),
    pytest.param("50.00", [("judgement-optimistic", ON_PACE.format("50.00"))], id="at-pace"),
    # neighbours: below the pace the judgement has its ground; at the year-end bar the
    # finding says the bar, as before
    pytest.param("40.00", [UNLIKELY], id="behind-pace"),
    pytest.param(
        "95.00",
        [
            (
                "judgement-optimistic",
                "预算完成可能性判断为“完全不可能完成”，但执行率95.00%，达到年终执行率要求90.00%，判断与数据矛盾",
            )
        ],
        id="year-end-bar",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rate", "expected"), M2_CASES)
def test_budget_judged_impossible_on_pace_contradicts(
    rate: str, expected: list[tuple[str, str]]
) -> None:
    assert judgement_findings(judged_table(rate)) == expected


def test_budget_judged_impossible_with_certain_likelihood_is_unchanged() -> None:
    assert judgement_findings(judged_table("60.00", budget="确定能完成")) == []


def problems_of(table: perftrack.Table) -> str:
    """The letter's 存在以下问题 … 建议 … part."""
    letter = review(perftrack.score(table))
    return letter[letter.index("存在以下问题") :]


LETTER_CASES = [
    pytest.param(
        judged_table("60.00"),
        "存在以下问题：预算完成可能性判断为“完全不可能完成”，但执行率60.00%，已达到序时进度50.00%，"
        "判断与数据矛盾。建议据实判断完成可能性。",
        id="budget-on-pace",
    ),
    pytest.param(
        judged_table("60.00", budget="确定能完成", goal="完全不可能完成"),
        "存在以下问题：绩效目标完成可能性判断为“完全不可能完成”，但各项指标均已达成或进度正常，"
        "判断与结果矛盾。建议据实判断完成可能性。",
        id="goal-all-on-track",
    ),
    # neighbour: a budget judged impossible behind its pace keeps its advice
    pytest.param(
        judged_table("40.00"),
        "存在以下问题：一是预算执行进度滞后，执行率低于序时进度10.00个百分点；"
        "二是预算完成可能性判断为“完全不可能完成”。建议加快预算执行进度，及时申请调整预算或收回资金。",
        id="budget-behind-pace",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), LETTER_CASES)
def test_letter_says_a_pessimistic_contradiction(table: perftrack.Table, expected: str) -> None:
    assert problems_of(table) == expected


# --- M8: measures asked only because of the table's own judgement ---------------------------


def measures_table(
    budget: str, goal: str, rate: str = "60.00", rows: list[str] | None = None
) -> perftrack.Table:
    """A 1-6月 跟踪表 (序时进度 50%) with no 纠偏措施, judged *budget* and *goal*."""
    spent = format(Decimal(rate) * 2, ".2f")
    tail = [
        f"绩效跟踪总体判断\t年度项目预算完成可能性\t{budget}",
        f"\t年度绩效目标完成可能性\t{goal}",
        "纠偏措施\t",
    ]
    line = f"200.00\t200.00\t{spent}\t{rate}"
    return track_table(PLAIN_BUDGET[0], line, rows=rows, tail=tail)


def measures_findings(table: perftrack.Table) -> list[str]:
    return [m for i, m in all_findings(table) if i == "missing-corrective-measures"]


BEHIND_ROW = ["产出指标\t数量指标\t培训教师人次\t≥1200人次\t600人次\t500人次\t"]
GENERIC = "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施"

M8_CASES = [
    pytest.param(
        measures_table("有可能完成", "有可能完成"),
        ["预算和绩效目标完成可能性判断为“有可能完成”，但未填写原因及纠偏措施"],
        id="both-possible",
    ),
    pytest.param(
        measures_table("确定能完成", "有可能"),
        ["绩效目标完成可能性判断为“有可能”，但未填写原因及纠偏措施"],
        id="goal-possible",
    ),
    pytest.param(
        measures_table("有可能完成", "确定能完成"),
        ["预算完成可能性判断为“有可能完成”，但未填写原因及纠偏措施"],
        id="budget-possible",
    ),
    # neighbours: a row behind, the budget behind its pace, nothing in doubt
    pytest.param(measures_table("有可能完成", "有可能完成", rows=BEHIND_ROW), [GENERIC], id="row-behind"),
    pytest.param(measures_table("有可能完成", "有可能完成", rate="40.00"), [GENERIC], id="budget-behind"),
    pytest.param(
        measures_table("确定能完成", "确定能完成", rate="40.00"),
        ["预算执行率低于序时进度，但未填写纠偏措施"],
        id="budget-behind-certain",
    ),
    pytest.param(measures_table("确定能完成", "确定能完成"), [], id="certain"),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), M8_CASES)
def test_measures_asked_for_a_judgement_name_it(
    table: perftrack.Table, expected: list[str]
) -> None:
    assert measures_findings(table) == expected


def test_letter_names_the_judgement_that_asks_for_measures() -> None:
    assert problems_of(measures_table("有可能完成", "有可能完成")) == (
        "存在以下问题：预算和绩效目标完成可能性判断为“有可能完成”，但未填写原因及纠偏措施。"
        "建议补充纠偏措施。"
    )


def test_letter_keeps_the_generic_words_for_a_row_behind() -> None:
    text = problems_of(measures_table("有可能完成", "有可能完成", rows=BEHIND_ROW))
    assert GENERIC in text


# --- M4: a weighted row of actual / whose work was not done ---------------------------------

SELF_HEAD = [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t残疾人康复服务",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t60.00\t60.00\t57.00\t10\t95.00%\t9.5",
    "年度总体目标\t预期目标\t\t\t实际完成情况",
    "\t完成年度工作任务。\t\t\t已基本完成年度工作任务。",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
]
SELF_ROWS = [
    "产出指标\t数量指标\t康复服务人数\t≥500人\t480人\t20\t19.2\t部分对象外出务工",
    "\t数量指标\t辅具适配数量\t≥100件\t{actual}\t{weight}\t{points}\t{reason}",
    "\t质量指标\t康复训练规范率\t≥95%\t96%\t10\t10\t",
    "\t时效指标\t服务及时率\t≥95%\t97%\t10\t10\t",
    "效益指标\t社会效益指标\t康复对象自理率\t≥60%\t65%\t30\t30\t",
    "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90%\t92%\t10\t10\t",
]


def undone_table(
    reason: str, points: str = "", actual: str = "/", weight: str = "10"
) -> perftrack.Table:
    """The 2024 自评表 of score54 s10, its 辅具适配数量 row as given."""
    rows = [
        row.format(actual=actual, weight=weight, points=points, reason=reason) for row in SELF_ROWS
    ]
    return perftrack.read_text("\n".join([*SELF_HEAD, *rows, "总分\t\t\t\t\t100\t88.7\t良"]))[0]


def missing_actual(table: perftrack.Table) -> tuple[str, list[tuple[str, str | None]]]:
    """The row's attainment and the ``missing-actual`` findings (message, cell)."""
    card = perftrack.score(table)
    found = [(f.message, f.where.cell) for f in card.findings if f.id == "missing-actual"]
    return card.verdicts[1].attainment.value, found


UNDONE = (
    "“辅具适配数量”实际完成值填写“/”（{}），年度指标未实施，"
    "按不适用剔除依据不足（分值10已剔除，总分按其余指标折算）"
)

M4_CASES = [
    pytest.param(undone_table("本年度未安排"), [(UNDONE.format("本年度未安排"), "E10")], id="not-arranged"),
    pytest.param(undone_table("项目暂缓实施"), [(UNDONE.format("项目暂缓实施"), "E10")], id="postponed"),
    pytest.param(undone_table("本年度未开展", points="0"), [(UNDONE.format("本年度未开展"), "E10")], id="zero-points"),
    # neighbours: a row that does not apply, no reason, points claimed, no weight
    pytest.param(undone_table("本项目不涉及"), [], id="does-not-apply"),
    pytest.param(undone_table(""), [], id="no-reason"),
    pytest.param(
        undone_table("本年度未安排", points="10"),
        [("“辅具适配数量”实际完成值填写“/”，却得满分（填报得分10），已按不适用剔除", "E10")],
        id="points-claimed",
    ),
    pytest.param(undone_table("本年度未安排", weight="/"), [], id="weight-slashed"),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), M4_CASES)
def test_weighted_row_not_carried_out_is_said(
    table: perftrack.Table, expected: list[tuple[str, str]]
) -> None:
    assert missing_actual(table) == ("not_applicable", expected)


def test_row_not_carried_out_keeps_the_rescaled_total() -> None:
    points = perftrack.score(undone_table("本年度未安排")).points
    assert points is not None
    assert (str(points.total), points.grade) == ("98.56", "优")


def test_letter_says_a_row_not_carried_out() -> None:
    text = problems_of(undone_table("本年度未安排"))
    assert (
        "有1项指标本年度未实施，实际完成值填写“/”，按不适用剔除并按其余指标折算总分，依据不足"
        "（“辅具适配数量”）" in text
    )
    assert "未实施的年度指标应据实评分或按程序调整绩效目标" in text
    assert "未填写实际完成值" not in text
    assert "却填报得分" not in text


# --- M5: the execution rate scored in the grid and on the budget line -----------------------

RATE_HEAD = [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t职业技能培训补贴",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t100.00\t100.00\t85.00\t{weight}\t85.00%\t{points}",
    "年度总体目标\t预期目标\t\t\t实际完成情况",
    "\t完成年度工作任务。\t\t\t已基本完成年度工作任务。",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
]


def rate_table(
    name: str, weight: str = "10", points: str = "8.5", rate_weight: str = "10"
) -> perftrack.Table:
    """The 2024 自评表 of score54 s44: its third row *name* (≥95%, 85%) of 分值 *rate_weight*."""
    rows = [
        "产出指标\t数量指标\t培训人次\t≥400人次\t420人次\t20\t20\t",
        "\t质量指标\t培训合格率\t≥95%\t96%\t20\t20\t",
        f"\t成本指标\t{name}\t≥95%\t85%\t{rate_weight}\t8.9\t部分培训费用未结算",
        "效益指标\t社会效益指标\t学员就业率\t≥70%\t72%\t30\t30\t",
        "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t94%\t10\t10\t",
    ]
    head = [line.format(weight=weight, points=points) for line in RATE_HEAD]
    return perftrack.read_text("\n".join([*head, *rows, "总分\t\t\t\t\t100\t97.4\t优"]))[0]


def twice_found(table: perftrack.Table) -> list[tuple[str, str | None]]:
    card = perftrack.score(table)
    return [(f.message, f.where.cell) for f in card.findings if f.id == "duplicate-indicator"]


TWICE = "“{}”（分值10）与预算执行情况“年度资金总额”的执行率（分值10）重复计分"

M5_CASES = [
    pytest.param(rate_table("项目资金执行率"), [(TWICE.format("项目资金执行率"), "F11")], id="project-rate"),
    pytest.param(rate_table("预算执行率"), [(TWICE.format("预算执行率"), "F11")], id="budget-rate"),
    # neighbours: the budget line prints no 分值 (the grid's row is the rate's only item),
    # another row of the grid, a rate row of 分值 0
    pytest.param(rate_table("项目资金执行率", weight="", points=""), [], id="line-unweighted"),
    pytest.param(rate_table("培训覆盖率"), [], id="other-row"),
    pytest.param(rate_table("项目资金执行率", rate_weight="0"), [], id="row-weight-zero"),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), M5_CASES)
def test_execution_rate_scored_twice_is_said(
    table: perftrack.Table, expected: list[tuple[str, str]]
) -> None:
    assert twice_found(table) == expected


def test_execution_rate_scored_twice_keeps_the_total() -> None:
    points = perftrack.score(rate_table("项目资金执行率")).points
    assert points is not None
    assert (str(points.total), points.grade) == ("97.45", "优")


def test_letter_says_the_rate_scored_twice() -> None:
    text = problems_of(rate_table("项目资金执行率"))
    assert TWICE.format("项目资金执行率") in text
    assert "预算执行率只计分一次" in text
    assert "重复设置" not in text
