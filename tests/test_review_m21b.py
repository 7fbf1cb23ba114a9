"""The letter's budget optimism, checkbox words, met rows, empty measures, monthly counts (monitor21).

- H5: the letter said ``预算执行率仅56.00%却判断预算“确定能完成”`` where no budget problem
  was found (an indicator's own 确定能 counted as the budget's), and gave the 执行率
  where the problem found was the 全年预计执行率.
- H4: ``1月完成值 … 6月完成值`` of a count with no period column: the actual was the
  June figure (230), not the months' sum (1230).
- M1: a 纠偏措施 column empty in every row was not recorded: the rows in trouble lost
  their finding (one of the table's, with no cell) and the letter dropped it.
- M2, M3: ``☐确定能 ☑有可能 ☐完全不可能`` was quoted as printed; a met row judged
  完全不可能 was "存在偏差".
- M6: work dated after the table's date, its due date passed, was ``按预计判断`` and
  ``晚于截止日期`` at once.

Every table is written here as text, read and scored, with the exact words expected.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.expressions import Quantity
from perftrack.reports._review import review
from perftrack.scoring import Progress, Scorecard


def _card(*rows: list[str]) -> Scorecard:
    return perftrack.score(perftrack.read_text("\n".join("\t".join(row) for row in rows))[0])


def _problem(letter: str, start: str) -> str | None:
    """The problem of *letter* that begins with *start*, up to its ； or 。, or None."""
    at = letter.find(start)
    if at < 0:
        return None
    ends = [end for stop in "；。" if (end := letter.find(stop, at)) >= 0]
    return letter[at : min(ends)]


def _found(card: Scorecard, finding_id: str) -> list[tuple[str | None, str]]:
    return [(f.where.cell, f.message) for f in card.findings if f.id == finding_id]


TITLE = ["2025年1-6月项目支出绩效运行监控表"]
NAME = ["项目名称", "示例项目"]
BUDGET_HEAD = ["预算执行情况（万元）", "年初预算数", "1-6月执行数", "执行率", "全年预计执行数"]
GRID = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "1-6月实际完成值",
    "全年预计完成值",
    "偏差原因分析",
    "完成目标可能性",
    "纠偏措施",
]
ON_PLAN = ["产出指标", "数量指标", "培训人次", "≥1000人次", "520人次", "1050人次", "", "确定能", ""]
MISS = ["", "", "新建站点", "≥10个", "3个", "8个", "用地未落实", "确定能", "加快用地审批"]
JUDGED = [["预算完成可能性", "确定能完成"], ["绩效目标完成可能性", "确定能完成"]]
OPTIMISM = "对完成可能性的判断偏于乐观"


def monitor(executed: str, forecast: str, *rows: list[str]) -> Scorecard:
    rate = f"{Decimal(executed) / 10:.2f}%"
    line = ["年度资金总额", "1000.00", executed, rate, forecast]
    return _card(TITLE, NAME, BUDGET_HEAD, line, GRID, *rows, *JUDGED)


BUDGET_OPTIMISM = [
    pytest.param(
        monitor("560.00", "1000.00", ON_PLAN, MISS),
        f"{OPTIMISM}：“新建站点”进度落后、未完成或预计无法完成却判断绩效目标“确定能完成”",
        id="an-indicator-s-own-optimism-is-no-budget-one",
    ),
    pytest.param(
        monitor("560.00", "700.00", ON_PLAN),
        f"{OPTIMISM}：全年预计执行率仅70.00%却判断预算“确定能完成”",
        id="the-forecast-rate-is-the-ground",
    ),
    pytest.param(
        monitor("200.00", "", ON_PLAN),
        f"{OPTIMISM}：预算执行率仅20.00%却判断预算“确定能完成”",
        id="the-rate-behind-time-progress-is-the-ground",
    ),
    pytest.param(
        monitor("200.00", "700.00", ON_PLAN),
        f"{OPTIMISM}：预算执行率仅20.00%却判断预算“确定能完成”，"
        "全年预计执行率仅70.00%却判断预算“确定能完成”",
        id="both-grounds",
    ),
]


@pytest.mark.parametrize(("card", "expected"), BUDGET_OPTIMISM)
def test_budget_optimism_comes_from_the_budget_judgement_s_findings(
    card: Scorecard, expected: str
) -> None:
    assert _problem(review(card), OPTIMISM) == expected


TICKED = [
    "",
    "",
    "公交分担率",
    "≥35%",
    "33%",
    "34%",
    "",
    "☐确定能 ☑有可能 ☐完全不可能",
    "优化线网",
]
MET_HOPELESS = [
    "满意度指标",
    "服务对象满意度指标",
    "乘客满意度",
    "≥85%",
    "88%",
    "88%",
    "",
    "☐确定能 ☐有可能 ☑完全不可能",
    "开展满意度调查",
]


def test_ticked_boxes_are_the_chosen_word_and_a_met_row_no_deviation() -> None:
    letter = review(monitor("560.00", "1000.00", ON_PLAN, TICKED, MET_HOPELESS))
    assert [
        _problem(letter, "据单位全年预计"),
        _problem(letter, "有1项指标存在偏差"),
        _problem(letter, "有1项指标已达成"),
    ] == [
        "据单位全年预计，有1项指标无法完成年度目标（“公交分担率”），单位自评完成目标可能性为“有可能”",
        "有1项指标存在偏差但未分析原因（“公交分担率”）",
        "有1项指标已达成年度指标，但完成目标可能性判断为“完全不可能”，与已达成的结果矛盾（“乘客满意度”）",
    ]
    assert "☑" not in letter


def test_an_empty_measures_column_is_checked_row_by_row() -> None:
    lagging = [*MISS[:-1], ""]
    card = monitor("560.00", "1000.00", ON_PLAN, lagging)
    assert _found(card, "missing-corrective-measures") == [
        ("I7", "“新建站点”进度落后，但未填写纠偏措施")
    ]
    assert (
        _problem(review(card), "有1项指标进度落后")
        == "有1项指标进度落后、未完成或完成可能性存疑，但未填写纠偏措施（“新建站点”）"
    )


MONTHS = [f"{month}月完成值" for month in range(1, 7)]
FLOW_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月计划值", *MONTHS]


def months(name: str, target: str, plan: str, *figures: str) -> Scorecard:
    line = ["年度资金总额", "1000.00", "520.00", "52.00%", ""]
    row = ["产出指标", "数量指标", name, target, plan, *figures]
    return _card(TITLE, NAME, BUDGET_HEAD, line, FLOW_HEAD, row)


PARTS = [
    pytest.param(
        months(
            "临时救助人次",
            "≥2400人次",
            "1200人次",
            *(f"{n}人次" for n in (180, 210, 190, 220, 200, 230)),
        ),
        (Decimal(1230), "人次", Progress.ON_TRACK),
        id="monthly-counts-add-up",
    ),
    pytest.param(
        months(
            "城乡低保保障人数",
            "≥5200人",
            "5200人",
            *(f"{n}人" for n in (5200, 5230, 5250, 5240, 5260, 5270)),
        ),
        (Decimal(5270), "人", Progress.ON_TRACK),
        id="a-level-per-month-is-the-latest",
    ),
]


def test_months_missing_give_no_actual_and_say_so() -> None:
    # 200 | 320 with months empty: running totals or flows, nobody can tell (r35a W5)
    card = months("培训人次", "≥1000人次", "500人次", "", "", "200人次", "", "", "320人次")
    assert card.table.indicators[0].actual is None
    assert [f.id for f in card.table.findings if f.id == "grid-monthly-actual"] == [
        "grid-monthly-actual"
    ]


@pytest.mark.parametrize(("card", "expected"), PARTS)
def test_counts_per_month_add_up(card: Scorecard, expected: tuple[Decimal, str, Progress]) -> None:
    actual = card.table.indicators[0].actual
    assert isinstance(actual, Quantity)
    assert (actual.value, actual.unit, card.verdicts[0].progress) == expected


def test_work_dated_after_the_table_at_a_passed_due_date_is_not_done() -> None:
    grid = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值", "全年预计完成值"]
    row = ["产出指标", "时效指标", "招标完成时间", "2025年6月底前", "2025年7月5日完成", "已完成"]
    line = ["年度资金总额", "1000.00", "520.00", "52.00%", ""]
    card = _card(TITLE, NAME, BUDGET_HEAD, line, grid, row)
    assert card.verdicts[0].explanation.split("；")[0] == (
        "实际“2025年7月5日完成”在评价日期之后，不能作为已完成，截止日期2025-06-30已到，按未完成判断"
    )
    # one finding names both facts (r37t F: a deadline-passed beside it said the fault twice)
    assert _found(card, "actual-after-period") + _found(card, "deadline-passed") == [
        (
            "E6",
            (
                "“招标完成时间”实际完成值“2025年7月5日完成”的日期晚于跟踪期末2025-06-30，"
                "不能作为已完成，截止日期2025-06-30已到，按未完成判断"
            ),
        ),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # every row on its plan, the column empty: nothing is owed, no table-level line
        pytest.param((ON_PLAN,), [], id="clean-rows-no-line"),
        # the column empty and a row behind: its finding names the row, not this line
        pytest.param((ON_PLAN, [*MISS[:-1], ""]), [], id="lagging-row-said-by-its-finding"),
        # a measure written in a row: the table's line, the rows' measures joined
        pytest.param(
            (ON_PLAN, MISS), [("纠偏措施", "新建站点：加快用地审批")], id="a-row-with-measures"
        ),
    ],
)
def test_an_empty_measures_column_prints_no_table_level_line(
    rows: tuple[list[str], ...], expected: list[tuple[str, str]]
) -> None:
    from perftrack.report import judgement_facts  # noqa: PLC0415 - the text report's facts

    card = monitor("560.00", "1000.00", *rows)
    assert [pair for pair in judgement_facts(card.table) if pair[0] == "纠偏措施"] == expected
