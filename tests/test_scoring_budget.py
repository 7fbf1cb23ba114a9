"""The budget block judged as a reviewer reads it (scoring.md §5, score13).

Each case builds its block by hand: lines nested with 其中 are not summed twice, a
whole-number total covers its rounding, sources without a total are added up and
judged, a printed rate without amounts scores, a grid row 预算执行率 is held to the
time progress and to the block, and a rate just below its bar is worded apart.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest

from perftrack.portfolio import portfolio
from perftrack.report import scorecard_text
from perftrack.reports._common import budget_sentence, rule_words
from perftrack.reports._review import review
from perftrack.scoring import Scorecard, score
from scoring_builders import (
    YEAR,
    budget_line,
    by_id,
    indicator,
    judgement,
    self_evaluation_table,
    tracking_table,
)

if TYPE_CHECKING:
    from perftrack.model import Table

D = Decimal

#: 1-9月: time progress 75%.
SEPTEMBER = (YEAR, 1, YEAR, 9)


def line(role: str, source: str, *amounts: str | None, **more: Any) -> Any:
    """A budget line: 年初预算数, 跟踪期预算数, 执行数, 执行率 as printed (None: blank)."""
    initial, period_budget, executed, rate = (*amounts, None, None, None, None)[:4]
    return budget_line(
        role,
        source=source,
        initial=initial,
        period_budget=period_budget,
        executed=executed,
        rate=rate,
        **more,
    )


def total(*amounts: str | None, **more: Any) -> Any:
    return line("total", "年度资金总额", *amounts, row=5, **more)


def messages(card: Scorecard, finding_id: str) -> list[str]:
    return [finding.message for finding in by_id(card, finding_id)]


# -- H3: a line nested under another (其中) is not counted again ----------------------

SUMS = [
    pytest.param(
        [
            total("100.00", "100.00", "55.00"),
            line("appropriation", "其中：财政拨款", "90.00", "90.00", "50.00"),
            line("carried_over", "其中：上年结转", "20.00", "20.00", "15.00"),
            line("other", "其他资金", "10.00", "10.00", "5.00"),
        ],
        [],
        id="carried-over-within-the-appropriation",
    ),
    pytest.param(
        [
            total("100.00", "100.00", "55.00"),
            line("appropriation", "财政拨款", "90.00", "90.00", "50.00"),
            line("appropriation", "其中：当年财政拨款", "70.00", "70.00", "35.00"),
            line("carried_over", "上年结转", "20.00", "20.00", "15.00"),
            line("other", "其他资金", "10.00", "10.00", "5.00"),
        ],
        [],
        id="this-year-and-carried-over-add-up-to-the-appropriation",
    ),
    pytest.param(
        [
            total("1000.00", "1000.00", "420.00"),
            line("appropriation", "其中：中央资金", "600.00", "600.00", "300.00"),
            line("appropriation", "省级资金", "300.00", "300.00", "100.00"),
            line("appropriation", "县级资金", "100.00", "100.00", "20.00"),
            line("carried_over", "其中：上年结转", "150.00", "150.00", "90.00"),
        ],
        [],
        id="carried-over-within-the-levels",
    ),
    pytest.param(
        [
            total("100.00", "100.00", "55.00"),
            line("appropriation", "其中：财政拨款", "90.00", "90.00", "50.00"),
            line("carried_over", "其中：上年结转", "20.00", "20.00", "15.00"),
            line("other", "其他资金", "10.00", "10.00", "8.00"),
        ],
        ["执行数各项合计58.00与总额55.00不符"],
        id="nested-and-one-column-wrong-tells-that-column",
    ),
    pytest.param(
        [
            total("500.00", "500.00", "260.00"),
            line("appropriation", "其中：财政拨款", "400.00", "400.00", "220.00"),
            line("other", "其他资金", "80.00", "80.00", "40.00"),
        ],
        ["年初预算数各项合计480.00与总额500.00不符，预算数各项合计480.00与总额500.00不符"],
        id="siblings-that-miss-the-total",
    ),
    pytest.param(
        [
            total("100.00", "100.00", "50.00"),
            line("appropriation", "财政拨款", "40.00", "40.00", "20.00"),
            line("carried_over", "其中：上年结转", "70.00", "70.00", "30.00"),
        ],
        ["年初预算数各项合计110.00与总额100.00不符，预算数各项合计110.00与总额100.00不符"],
        id="a-marked-line-larger-than-what-stands-above-is-no-part-of-it",
    ),
    pytest.param(
        [
            total("100.00", "100.00", "50.00"),
            line("appropriation", "财政拨款", "50.00", "50.00", "25.00"),
            line("carried_over", "上年结转资金", "25.00", "25.00", "12.50"),
            line("other", "其他资金", "25.00", "25.00", "12.50"),
        ],
        [],
        id="siblings-that-add-up-are-never-read-as-nested",
    ),
    # -- L1: a whole-number total stands for ±0.5 ---------------------------------
    pytest.param(
        [
            total("1250", "1250", "600"),
            line("appropriation", "其中：财政拨款", "600.4", "600.4", "300.2"),
            line("other", "其他资金", "649.4", "649.4", "299.9"),
        ],
        [],
        id="whole-number-total-covers-its-rounding",
    ),
    pytest.param(
        [
            total("1250.00", "1250.00", "600.10"),
            line("appropriation", "其中：财政拨款", "600.4", "600.4", "300.2"),
            line("other", "其他资金", "649.4", "649.4", "299.9"),
        ],
        ["年初预算数各项合计1249.8与总额1250.00不符，预算数各项合计1249.8与总额1250.00不符"],
        id="a-total-to-the-cent-does-not",
    ),
    pytest.param(
        [
            total("1250", "1250", "600"),
            line("appropriation", "其中：财政拨款", "600.4", "600.4", "300.2"),
            line("other", "其他资金", "648.4", "648.4", "299.9"),
        ],
        ["年初预算数各项合计1248.8与总额1250不符，预算数各项合计1248.8与总额1250不符"],
        id="whole-number-total-beyond-its-rounding",
    ),
    pytest.param(
        [
            total("100.0", "100.0", "70.0"),
            line("appropriation", "其中：当年财政拨款", "60.0", "60.0", "40.0"),
            line("carried_over", "上年结转资金", "30.0", "30.0", "20.0"),
            line("other", "其他资金", "10.1", "10.2", "10.0"),
        ],
        ["预算数各项合计100.2与总额100.0不符"],
        id="a-gap-of-every-half-unit-at-once-does-not-add-up",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), SUMS)
def test_the_sum_check_reads_the_nesting(lines: list[Any], expected: list[str]) -> None:
    card = score(tracking_table([], lines))
    assert messages(card, "budget-sum-mismatch") == expected


# -- H4: sources without a total are added up and judged -----------------------------


def sources_table(*lines: Any, judged: str | None = "确定能完成") -> Table:
    return tracking_table(
        [],
        lines,
        period=SEPTEMBER,
        judgement=judgement(budget=judged, goal=judged) if judged else None,
    )


def test_sources_without_a_total_are_judged_as_their_sum() -> None:
    table = sources_table(
        line("appropriation", "当年财政拨款", "800.00", "800.00", "240.00", "30.00"),
        line("carried_over", "上年结转资金", "200.00", "200.00", "60.00", "30.00"),
    )
    card = score(table)
    assert messages(card, "budget-behind-schedule") == [
        (
            "各项资金合计执行率30.00%低于序时进度75.00%"
            "（表中未列资金总额，按各项资金来源相加：执行300.00，预算1000.00）"
        )
    ]
    (behind,) = by_id(card, "budget-behind-schedule")
    assert (behind.where.budget_line, behind.where.name, behind.where.cell) == (
        "total",
        "各项资金合计",
        None,
    )
    assert messages(card, "judgement-optimistic") == [
        "预算完成可能性判断为“确定能完成”，但各项资金合计执行率30.00%低于序时进度75.00%超过20个百分点"
    ]
    (row,) = portfolio([card])
    assert (row.budget, row.executed, row.rate, row.gap) == (
        D("1000.00"),
        D("300.00"),
        D("30"),
        D("45.00"),
    )
    assert (
        review(card)
        .splitlines()[1]
        .startswith(
            "经审核，该项目截至2023年9月30日预算执行率为30.00%（表中未列资金总额，按各项资金来源合计），"
            "低于序时进度75.00%（已执行300.00万元，预算1000.00万元）。"
        )
    )
    assert budget_sentence(card) == (
        "执行率 30.00%（表中未列总额，按各项资金来源相加，300.00 / 1000.00 万元），低于序时进度 75.00%"
    )
    assert (
        "  预算执行：各项资金合计（表中未列总额，按各项资金来源相加） 300.00 / 1000.00 万元"
        " = 30.00%，低于序时进度 ✗"
    ) in scorecard_text(card).splitlines()


SUMMED_OR_NOT = [
    pytest.param(
        [
            line("appropriation", "当年财政拨款", "800.00", "800.00", "700.00"),
            line("carried_over", "上年结转资金", "200.00", None, "100.00"),
        ],
        # 上年结转 without 预算数 counts its 年初预算数: 800 / 1000
        D("80"),
        id="a-line-without-its-period-budget-counts-its-initial",
    ),
    pytest.param(
        [
            line("appropriation", "财政拨款", "1000.00", "1000.00", "300.00"),
            line("carried_over", "其中：上年结转", "200.00", "200.00", "60.00"),
        ],
        None,
        id="a-marked-line-nests-no-sum",
    ),
    pytest.param(
        [
            line("appropriation", "财政拨款", "1000.00", "1000.00", "300.00"),
            line("appropriation", "中央资金", "600.00", "600.00", "200.00"),
            line("appropriation", "省级资金", "400.00", "400.00", "100.00"),
        ],
        None,
        id="lines-that-add-up-to-the-first-nest-no-sum",
    ),
    pytest.param(
        [
            line("appropriation", "当年财政拨款", "800.00", "800.00", "240.00"),
            line("carried_over", "上年结转资金", None, None, "60.00"),
        ],
        None,
        id="an-amount-spent-without-a-budget-is-no-sum",
    ),
    pytest.param(
        [
            line("appropriation", "当年财政拨款", "800.00", "800.00", "240.00"),
            line("carried_over", "上年结转资金", "200.00", "200.00", "-60.00"),
        ],
        None,
        id="a-negative-amount-is-no-sum",
    ),
]


@pytest.mark.parametrize(("lines", "rate"), SUMMED_OR_NOT)
def test_which_sources_are_added_up(lines: list[Any], rate: Decimal | None) -> None:
    (row,) = portfolio([score(sources_table(*lines, judged=None))])
    assert row.rate == rate


def test_sources_that_nest_without_a_total_are_filled_in_all_the_same() -> None:
    card = score(
        sources_table(
            line("appropriation", "财政拨款", "1000.00", "1000.00", "300.00"),
            line("carried_over", "其中：上年结转", "200.00", "200.00", "60.00"),
            judged=None,
        )
    )
    assert "budget-behind-schedule" not in {finding.id for finding in card.findings}
    assert (
        review(card)
        .splitlines()[1]
        .startswith("经审核，该项目截至2023年9月30日填报的预算执行情况无法计算预算执行率。")
    )
    assert budget_sentence(card) == "无法计算执行率"


def test_the_sum_of_sources_scores_the_rate() -> None:
    table = self_evaluation_table(
        [indicator("a", "≥10个", "10个", weight=90)],
        [
            line("appropriation", "财政拨款", "80", "80", "60"),
            line("other", "其他资金", "20", "20", "20"),
        ],
    )
    card = score(table)
    assert card.points is not None
    (rate,) = [item for item in card.points.items if item.budget_line is not None]
    assert (rate.name, rate.weight, rate.points, rate.rule) == (
        "各项资金合计",
        D(10),
        D("8.00"),
        "execution rate 80.00% summed",
    )
    assert rule_words(rate.rule) == "按各项资金合计执行率80.00%计分"
    assert messages(card, "budget-behind-schedule") == [
        (
            "各项资金合计执行率80.00%低于年终执行率要求90.00%"
            "（表中未列资金总额，按各项资金来源相加：执行80，预算100）"
        )
    ]


# -- H5: a printed rate without amounts scores as the amounts' rate would -------------

PRINTED_RATE = [
    pytest.param(
        "10",
        D("8.80"),
        D("98.80"),
        ["“年度资金总额”按执行率88.00%计算得分8.80，填报得分10"],
        id="printed-full-points-differ",
    ),
    pytest.param(None, D("8.80"), D("98.80"), [], id="no-printed-points"),
    pytest.param("8.8", D("8.80"), D("98.80"), [], id="printed-points-agree"),
]


@pytest.mark.parametrize(("printed", "points", "score_total", "differ"), PRINTED_RATE)
def test_a_printed_rate_without_amounts_scores(
    printed: str | None, points: Decimal, score_total: Decimal, differ: list[str]
) -> None:
    table = self_evaluation_table(
        [
            indicator("资助学生人数", "≥500人", "520人", weight=50),
            indicator("资助对象精准率", "=100%", "100%", weight=40),
        ],
        [total(None, None, None, "88.00", weight=10, points=printed)],
    )
    card = score(table)
    assert card.points is not None
    (rate,) = [item for item in card.points.items if item.budget_line is not None]
    assert (rate.points, rate.rule) == (points, "execution rate 88.00% printed")
    assert rule_words(rate.rule) == "按填报执行率88.00%计分"
    assert rule_words(rate.rule, "en") == "scored by the printed execution rate 88.00%"
    assert (card.points.total, card.points.undecided) == (score_total, ())
    assert messages(card, "points-differ") == differ
    assert messages(card, "budget-behind-schedule") == ["填报执行率88.00%低于年终执行率要求90.00%"]


def test_a_budget_of_nothing_still_leaves_the_rate_undecided() -> None:
    table = self_evaluation_table(
        [indicator("a", "≥10个", "10个", weight=90)],
        [total("0", "0", "0", "0.00", weight=10)],
    )
    card = score(table)
    assert card.points is not None
    assert card.points.undecided == ("年度资金总额",)


# -- M3: a grid row 预算执行率 ---------------------------------------------------------


def rate_row(actual: str, target: str = "=100%", **more: Any) -> Any:
    return indicator(
        "预算执行率", target, actual, level2="时效指标", forecast="100%", row=9, **more
    )


def test_a_grid_rate_is_held_to_the_time_progress() -> None:
    """1-6月 监控表 without a budget block: 38.5% is 11.5 points behind 50%."""
    card = score(tracking_table([rate_row("38.5%")], period=(YEAR, 1, YEAR, 6)))
    (behind,) = by_id(card, "budget-behind-schedule")
    assert behind.message == "“预算执行率”实际完成值38.50%低于序时进度50.00%"
    assert (behind.where.indicator, behind.where.cell) == (0, "F9")
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")
    assert verdict.explanation == (
        # the forecast the row was on track by, then the rate that puts it behind (r36e),
        # joined by 但: the year's forecast stands, today's lag decides (r36k)
        "实际38.5%，未达年度指标=100%，距年底尚有时间；全年预计“100%”，可达成年度指标，"
        "但执行率38.50%低于序时进度50.00%，进度落后"
    )


GRID_RATES = [
    pytest.param("60%", None, [], [], "on_track", id="ahead-of-time-progress"),
    pytest.param(
        "40%",
        "45%",
        ["“预算执行率”实际完成值40.00%低于序时进度50.00%"],
        [],
        "behind",
        id="a-plan-of-its-own-keeps-its-progress",
    ),
    pytest.param(
        "40%",
        "35%",
        ["“预算执行率”实际完成值40.00%低于序时进度50.00%"],
        [],
        "on_track",
        id="on-its-plan-but-below-time-progress",
    ),
]


@pytest.mark.parametrize(("actual", "planned", "behind", "mismatch", "progress"), GRID_RATES)
def test_grid_rates_against_time_progress(
    actual: str, planned: str | None, behind: list[str], mismatch: list[str], progress: str
) -> None:
    row = rate_row(actual, planned=planned)
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 6)))
    assert messages(card, "budget-behind-schedule") == behind
    assert messages(card, "budget-rate-mismatch") == mismatch
    assert card.verdicts[0].progress.value == progress


BLOCK_AND_ROW = [
    pytest.param(
        "98%",
        ["“预算执行率”实际完成值98%与预算执行情况（年度资金总额）按金额计算的87.60%不符"],
        id="row-98-beside-block-87.60",
    ),
    pytest.param("87.6%", [], id="row-agrees"),
    pytest.param("88%", [], id="row-rounded-agrees"),
    pytest.param("87%", [], id="row-truncated-agrees"),
    pytest.param(
        "86%",
        ["“预算执行率”实际完成值86%与预算执行情况（年度资金总额）按金额计算的87.60%不符"],
        id="row-86-beside-block-87.60",
    ),
]


@pytest.mark.parametrize(("actual", "expected"), BLOCK_AND_ROW)
def test_a_grid_rate_against_the_block(actual: str, expected: list[str]) -> None:
    table = self_evaluation_table(
        [indicator("预算执行率", "≥95%", actual, level2="成本指标", weight=10, row=9)],
        [total("500.00", "500.00", "438.00", "87.60")],
    )
    card = score(table)
    found = by_id(card, "budget-rate-mismatch")
    assert [finding.message for finding in found] == expected
    assert all(finding.where.cell == "F9" for finding in found)
    # the block's rate is the one judged: one budget-behind-schedule, on the block
    assert messages(card, "budget-behind-schedule") == ["执行率87.60%低于年终执行率要求90.00%"]


# -- M4: a rate just below its bar is worded apart ------------------------------------

EDGES = [
    pytest.param(
        tracking_table([], [total("1000.00", "1000.00", "666.66", "66.67")]),
        "执行率66.666%低于序时进度66.667%",
        "执行率 66.666%（666.66 / 1000.00 万元，填报 66.67%），低于序时进度 66.667%",
        "预算执行率为66.666%，低于序时进度66.667%",
        "执行率低于序时进度不足0.01个百分点",
        id="august-666.66-of-1000",
    ),
    pytest.param(
        self_evaluation_table([], [total("300.00", "300.00", "269.985", "89.995")]),
        "执行率89.995%低于年终执行率要求90.000%",
        "执行率 89.995%（269.985 / 300.00 万元，填报 89.995%），低于年终执行率要求 90.000%",
        "全年预算执行率为89.995%，低于年终执行率要求90.000%",
        "执行率低于年终执行率要求0.01个百分点",
        id="year-end-89.995",
    ),
    pytest.param(
        self_evaluation_table([], [total("300000.00", "300000.00", "269999.99", "90.00")]),
        "执行率90.00%略低于年终执行率要求90.00%",
        "执行率 90.00%（269999.99 / 300000.00 万元，填报 90.00%），略低于年终执行率要求 90.00%",
        "全年预算执行率为90.00%，略低于年终执行率要求90.00%",
        "执行率低于年终执行率要求不足0.01个百分点",
        id="a-hair-below-is-just-below",
    ),
    pytest.param(
        tracking_table([], [total("100.00", "100.00", "30.00", "30.00")]),
        "执行率30.00%低于序时进度66.67%",
        "执行率 30.00%（30.00 / 100.00 万元，填报 30.00%），低于序时进度 66.67%",
        "预算执行率为30.00%，低于序时进度66.67%",
        "执行率低于序时进度36.67个百分点",
        id="well-below-keeps-two-decimals",
    ),
]


@pytest.mark.parametrize(("table", "finding", "sentence", "letter", "gap"), EDGES)
def test_a_rate_below_its_bar_never_looks_equal(
    table: Table, finding: str, sentence: str, letter: str, gap: str
) -> None:
    card = score(table)
    assert messages(card, "budget-behind-schedule") == [finding]
    assert budget_sentence(card) == sentence
    text = review(card)
    assert letter in text
    assert gap in text


# -- L2: a mismatch says what the printed rate was divided by -------------------------

MISMATCHES = [
    pytest.param(
        total("500.00", "600.00", "300.00", "60.00"),
        "“年度资金总额”填报执行率60.00%与金额计算的50.00%不符"
        "（填报执行率为执行数与年初预算数500.00之比，执行率应以调整后的预算数600.00为分母）",
        id="against-the-initial-budget",
    ),
    pytest.param(
        total("600.00", "600.00", "300.00", "60.00"),
        "“年度资金总额”填报执行率60.00%与金额计算的50.00%不符",
        id="no-other-budget-to-name",
    ),
    pytest.param(
        total("736.1234", "736.1234", "552.0926", "75.0001"),
        "“年度资金总额”填报执行率75.0001%与金额计算的75.0000%不符",
        id="computed-to-the-printed-digits",
    ),
]


@pytest.mark.parametrize(("budget", "message"), MISMATCHES)
def test_a_rate_mismatch_says_why(budget: Any, message: str) -> None:
    card = score(tracking_table([], [budget]))
    assert messages(card, "budget-rate-mismatch") == [message]
