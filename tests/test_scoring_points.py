"""Points and grade (scoring.md §7, 财预〔2020〕10号) against totals computed by hand.

Each test writes the arithmetic in a comment: weight × share for every item,
each item rounded half-up to 2 decimals, the total the sum of the items.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import read
from perftrack.model import Published
from perftrack.policy import Policy
from perftrack.report import scorecard_text
from perftrack.reports import FORMATS, render
from perftrack.scoring import score
from perftrack.serialization import unstructure
from scoring_builders import (
    YEAR,
    budget_line,
    finding_ids,
    indicator,
    self_evaluation_table,
    target_table,
    tracking_table,
)

D = Decimal
EFFECT = {"level1": "效益指标", "level2": "社会效益指标"}
SATISFACTION = {"level1": "满意度指标", "level2": "服务对象满意度指标"}
QUALITY = {"level2": "质量指标"}
COST = {"level1": "成本指标", "level2": "经济成本指标"}


def rate_line(executed: str = "100", **printed: str | int) -> object:
    """年度资金总额 with a budget of 100 and *executed* spent."""
    return budget_line(period_budget="100", executed=executed, **printed)


def items(card: object) -> dict[str, Decimal | None]:
    return {item.name: item.points for item in card.points.items}  # type: ignore[attr-defined]


def test_weights_from_the_table_column():
    table = self_evaluation_table(
        [
            indicator("a", "≥10个", "10个", weight=20),
            indicator("b", "≥10个", "8个", weight=20),
            indicator("c", "≤5%", "10%", weight=10, **QUALITY),
            indicator("d", "健全", "基本健全", weight=10, **QUALITY),
            indicator("e", "≥80%", "90%", weight=20, **EFFECT),
            indicator("f", "≥90%", "85%", weight=10, **SATISFACTION),
        ],
        [rate_line("95", rate="95.00", weight=10)],
    )
    card = score(table)
    # a met 20; b 8/10 × 20 = 16; c lower is better 5/10 × 10 = 5; d partial 80% × 10 = 8;
    # e met 20; f 85/90 × 10 = 9.444… → 9.44; 执行率 95/100 × 10 = 9.50
    # 20 + 16 + 5 + 8 + 20 + 9.44 + 9.50 = 87.94 → 良
    assert items(card) == {
        "a": D("20.00"),
        "b": D("16.00"),
        "c": D("5.00"),
        "d": D("8.00"),
        "e": D("20.00"),
        "f": D("9.44"),
        "年度资金总额": D("9.50"),
    }
    assert (card.points.total, card.points.grade) == (D("87.94"), "良")
    assert card.points.provisional is False
    assert card.points.undecided == ()


def test_weights_printed_in_labels():
    table = self_evaluation_table(
        [
            indicator("a", "≥10个", "5个"),
            indicator("b", "≥10个", "10个"),
            indicator("e", "≥80%", "90%", **EFFECT),
            indicator("f", "≥90%", "95%", **SATISFACTION),
        ],
        [rate_line(rate="100.00", weight=20)],
        level1_weights=[("产出指标", 40), ("效益指标", 30), ("满意度指标", 10)],
    )
    card = score(table)
    # 产出指标(40分) over 2 indicators: 20 each; a 5/10 × 20 = 10; b 20;
    # 效益指标(30分): e 30; 满意度指标(10分): f 10; 预算执行情况(20分): 100% × 20 = 20
    # 10 + 20 + 30 + 10 + 20 = 90 → 优
    assert items(card) == {
        "a": D("10.00"),
        "b": D("20.00"),
        "e": D("30.00"),
        "f": D("10.00"),
        "年度资金总额": D("20.00"),
    }
    assert (card.points.total, card.points.grade) == (D("90.00"), "优")


def test_policy_default_weights():
    table = self_evaluation_table(
        [
            indicator("a", "≥10个", "10个"),
            indicator("b", "≥10个", "8个"),
            indicator("e", "≥80%", "90%", **EFFECT),
            indicator("f", "≥90%", "85%", **SATISFACTION),
            indicator("g", "≥90%", "95%", **SATISFACTION),
        ],
        [rate_line("80", rate="80.00")],
    )
    card = score(table)
    # 产出 50 / 2 = 25 each: a 25, b 8/10 × 25 = 20; 效益 30: e 30;
    # 满意度 10 / 2 = 5 each: f 85/90 × 5 = 4.722… → 4.72, g 5; 执行率 10: 80% × 10 = 8
    # 25 + 20 + 30 + 4.72 + 5 + 8 = 92.72 → 优
    assert items(card) == {
        "a": D("25.00"),
        "b": D("20.00"),
        "e": D("30.00"),
        "f": D("4.72"),
        "g": D("5.00"),
        "年度资金总额": D("8.00"),
    }
    assert (card.points.total, card.points.grade) == (D("92.72"), "优")


def test_cost_level1_shares_output_weight_by_count():
    table = self_evaluation_table(
        [
            indicator("a", "≥10个", "10个"),
            indicator("b", "≥10个", "10个"),
            indicator("c", "≤10万元", "12万元", **COST),
            indicator("e", "≥80%", "90%", **EFFECT),
            indicator("f", "≥90%", "95%", **SATISFACTION),
        ],
        [rate_line(rate="100.00")],
    )
    card = score(table)
    # 产出 2 + 成本 1 share 50 in cents that add up: 16.67, 16.67, 16.66; a, b met;
    # c lower is better 10/12 × 16.66 = 13.883… → 13.88; e 30; f 10; 执行率 10
    # 16.67 + 16.67 + 13.88 + 30 + 10 + 10 = 97.22 → 优
    assert [item.weight for item in card.points.items][:3] == [D("16.67"), D("16.67"), D("16.66")]
    assert items(card) == {
        "a": D("16.67"),
        "b": D("16.67"),
        "c": D("13.88"),
        "e": D("30.00"),
        "f": D("10.00"),
        "年度资金总额": D("10.00"),
    }
    assert card.points.total == D("97.22")


@pytest.mark.parametrize("count", [3, 6, 7])
def test_default_weights_share_out_in_cents_that_add_up(count: int) -> None:
    # 50 over 3 was 16.666… each, rounded per item to 16.67: every row met gave 100.01
    rows = [indicator(f"产出{n}", "≥10个", "10个") for n in range(count)]
    rows += [indicator("效益", "≥80%", "90%", **EFFECT)]
    rows += [indicator("满意度", "≥90%", "95%", **SATISFACTION)]
    card = score(self_evaluation_table(rows, [rate_line(rate="100.00")]))
    assert sum(item.weight for item in card.points.items[:count]) == D(50)
    assert card.points.total == D("100.00")


def test_a_table_without_indicators_has_no_points() -> None:
    # missing-indicators says it cannot be scored: no total and no grade (it had 9.00, 差)
    card = score(self_evaluation_table([], [rate_line(rate="90.00")]))
    assert card.points is None
    assert card.verdicts == ()


def test_hubei_preset():
    table = self_evaluation_table(
        [
            indicator("a", "≥10个", "5个"),
            indicator("e", "≥80%", "90%", **EFFECT),
            indicator("f", "≥90%", "95%", **SATISFACTION),
        ],
        [rate_line(rate="100.00")],
    )
    card = score(table, policy=Policy.hubei())
    # 执行率 20; indicators 80 in 50:30:10 → 44.444…, 26.666…, 8.888…
    # a 5/10 × 44.444… = 22.22; e 26.67; f 8.89; 执行率 100% × 20 = 20
    # 22.22 + 26.67 + 8.89 + 20 = 77.78 → 中
    assert items(card) == {
        "a": D("22.22"),
        "e": D("26.67"),
        "f": D("8.89"),
        "年度资金总额": D("20.00"),
    }
    assert (card.points.total, card.points.grade) == (D("77.78"), "中")


def test_comparison_partial_credit():
    table = self_evaluation_table(
        [
            indicator("higher", "≥90%", "85%", weight=20),
            indicator("lower", "≤5%", "10%", weight=10, **QUALITY),
            indicator("lower-zero", "≤5%", "0%", weight=10, **QUALITY),
            indicator("zero-target", "0起", "2起", weight=10, **QUALITY),
            indicator("range-below", "90%-95%", "85%", weight=15, **EFFECT),
            indicator("range-above", "90%-95%", "96%", weight=15, **EFFECT),
            indicator("half-up", "≥16个", "13个", weight=10),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    card = score(table)
    # higher is better: 85/90 × 20 = 18.888… → 18.89
    # lower is better: target/actual = 5/10 × 10 = 5.00
    # lower is better, actual 0: full 10.00 (met)
    # 0起 with 2: 0/2 × 10 = 0.00
    # a range scores against its low bound: 85/90 × 15 = 14.166… → 14.17;
    #   96, above the band, is not met and scores against its high bound as a
    #   ceiling: 95/96 × 15 = 14.843… → 14.84 (it was 15.00, full points for a miss)
    # 13/16 × 10 = 8.125 → 8.13 (half-up, not half-even)
    # 18.89 + 5 + 10 + 0 + 14.17 + 14.84 + 8.13 + 10 = 81.03 → 良
    assert items(card) == {
        "higher": D("18.89"),
        "lower": D("5.00"),
        "lower-zero": D("10.00"),
        "zero-target": D("0.00"),
        "range-below": D("14.17"),
        "range-above": D("14.84"),
        "half-up": D("8.13"),
        "年度资金总额": D("10.00"),
    }
    assert (card.points.total, card.points.grade) == (D("81.03"), "良")


def test_a_schedule_scores_against_the_years_count():
    table = self_evaluation_table(
        [
            indicator("quarterly", "每季度1次", "3次", weight=30),
            indicator("monthly", "1次/月", "12次", weight=30),
            indicator("weekly", "每周1次", "50次", weight=30),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    card = score(table)
    # 每季度1次 is 4 a year: 3/4 × 30 = 22.50 (it was 3/1, full points for a miss);
    # 1次/月 is 12 a year: full; 每周1次 is unknown without printed points: left out
    # and the rest rescaled to 100: (22.5 + 30 + 10) / 70 × 100 = 89.29
    assert items(card) == {
        "quarterly": D("22.50"),
        "monthly": D("30.00"),
        "weekly": None,
        "年度资金总额": D("10.00"),
    }
    assert card.points.total == D("89.29")


@pytest.mark.parametrize(
    ("policy", "partial", "total"),
    [
        # met 30 + partial 80% × 30 = 24 + not_met 0 + 执行率 10 = 64 → 中
        pytest.param(None, D("24.00"), D("64.00"), id="central-80%"),
        # Hubei's second band is 80–50: a partial result still scores its top, 80%
        pytest.param(Policy.hubei(), D("24.00"), D("64.00"), id="hubei-80%"),
        # custom bands 100–90 / 70–40 / 40–0: partial 70% × 30 = 21 → 30 + 21 + 0 + 10 = 61
        pytest.param(
            Policy(qualitative_bands=((D(100), D(90)), (D(70), D(40)), (D(40), D(0)))),
            D("21.00"),
            D("61.00"),
            id="custom-70%",
        ),
    ],
)
def test_qualitative_bands(policy, partial, total):
    table = self_evaluation_table(
        [
            indicator("met", "健全", "健全", weight=30, **QUALITY),
            indicator("partial", "健全", "基本健全", weight=30, **QUALITY),
            indicator("not-met", "健全", "不健全", weight=30, **QUALITY),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    card = score(table, policy=policy)
    points = items(card)
    assert (points["met"], points["partial"], points["not-met"]) == (D("30.00"), partial, D("0.00"))
    assert card.points.total == total


def test_deadline_points():
    table = self_evaluation_table(
        [
            indicator("on-time", "2023年6月前完成", "2023年5月", weight=30, level2="时效指标"),
            indicator("late", "2023年6月前完成", "2023年8月", weight=30, level2="时效指标"),
            indicator("partial", "2023年6月前完成", "基本完成", weight=30, level2="时效指标"),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    # 30 + 0 + 80% × 30 = 24 + 10 = 64
    assert items(score(table)) == {
        "on-time": D("30.00"),
        "late": D("0.00"),
        "partial": D("24.00"),
        "年度资金总额": D("10.00"),
    }


def test_unknown_with_printed_points_takes_them():
    table = self_evaluation_table(
        [
            indicator("a", "覆盖园区“两新”党组织", "覆盖部分园区", weight=40, points=30, **QUALITY),
            indicator("b", "≥10个", "10个", weight=50, points=50),
        ],
        [rate_line(rate="100.00", weight=10, points=10)],
        total="90",
        grade="优",
    )
    card = score(table)
    # a is undecided by the rules: the reviewer's 30 stands; 30 + 50 + 10 = 90 → 优
    assert items(card)["a"] == D("30.00")
    assert (card.points.total, card.points.grade, card.points.undecided) == (D("90.00"), "优", ())


def test_unknown_without_printed_points_is_left_out_and_the_rest_rescaled():
    table = self_evaluation_table(
        [
            indicator("a", "覆盖园区“两新”党组织", "覆盖部分园区", weight=40, **QUALITY),
            indicator("b", "≥10个", "8个", weight=50),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    card = score(table)
    # a left out: b 8/10 × 50 = 40, 执行率 10 → 50 of the remaining 60 → 50 × 100/60 = 83.33 → 良
    assert items(card) == {"a": None, "b": D("40.00"), "年度资金总额": D("10.00")}
    assert (card.points.total, card.points.grade, card.points.undecided) == (
        D("83.33"),
        "良",
        ("a",),
    )


def test_not_applicable_is_left_out_and_the_rest_rescaled():
    table = self_evaluation_table(
        [
            indicator("a", "不适用", "不适用", weight=40, **QUALITY),
            indicator("b", "≥10个", "8个", weight=50),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    card = score(table)
    # as above, but a is not undecided: 50 × 100/60 = 83.33
    assert items(card)["a"] is None
    assert (card.points.total, card.points.undecided) == (D("83.33"), ())


def test_rescaling_goes_to_100_when_a_level_is_absent():
    table = self_evaluation_table(
        [
            indicator("a", "≥10个", "10个"),
            indicator("b", "覆盖园区“两新”党组织", "覆盖部分园区"),
            indicator("e", "≥80%", "90%", **EFFECT),
        ],
        [rate_line(rate="100.00")],
    )
    # 产出 50 / 2: a 25 (b left out); 效益 30; 执行率 10 → 65 of the remaining 65 → 100
    assert score(table).points.total == D("100.00")


def test_execution_rate_points_from_the_recomputed_rate():
    table = self_evaluation_table(
        [indicator("a", "≥10个", "10个", weight=90)],
        [rate_line("50", rate="30.00", weight=10)],
    )
    # the printed 30.00 is wrong; 50/100 × 10 = 5 → 90 + 5 = 95
    assert items(score(table))["年度资金总额"] == D("5.00")


def test_execution_rate_points_are_capped():
    table = self_evaluation_table(
        [indicator("a", "≥10个", "10个", weight=90)],
        [rate_line("120", rate="120.00", weight=10)],
    )
    # min(120/100, 1) × 10 = 10
    assert items(score(table))["年度资金总额"] == D("10.00")


@pytest.mark.parametrize(
    ("actual", "total", "grade"),
    [
        # one indicator ≥9个 of weight 90, 执行率 10 full: total = actual/9 × 90 + 10
        pytest.param("8个", D("90.00"), "优", id="90-优"),
        pytest.param("7.999个", D("89.99"), "良", id="89.99-良"),
        pytest.param("7个", D("80.00"), "良", id="80-良"),
        pytest.param("5个", D("60.00"), "中", id="60-中"),
        pytest.param("4.999个", D("59.99"), "差", id="59.99-差"),
    ],
)
def test_grade_bands(actual, total, grade):
    table = self_evaluation_table(
        [indicator("a", "≥9个", actual, weight=90)], [rate_line(rate="100.00", weight=10)]
    )
    points = score(table).points
    assert (points.total, points.grade) == (total, grade)


def test_published_total_that_does_not_add_up():
    table = self_evaluation_table(
        [
            indicator("a", "≥10个", "10个", weight=45, points=45),
            indicator("b", "≥10个", "10个", weight=45, points=40),
        ],
        [rate_line(rate="100.00", weight=10, points=10)],
        total="100",
        grade="良",
    )
    card = score(table)
    # computed: 45 + 45 + 10 = 100 (b was met: full points, whatever was printed)
    # printed: 45 + 40 + 10 = 95 ≠ 总分 100; and 100 is 优, not 良
    assert card.points.total == D("100.00")
    ids = [finding.id for finding in card.findings]
    assert {"points-sum-mismatch", "points-differ", "grade-mismatch"} <= set(ids)


def test_item_records_the_weight_rule_and_printed_points():
    table = self_evaluation_table(
        [indicator("a", "≥10个", "8个", weight=90, points=72)],
        [rate_line(rate="100.00", weight=10, points=10)],
    )
    indicator_item, budget_item = score(table).points.items
    assert (indicator_item.indicator, indicator_item.weight, indicator_item.published_points) == (
        0,
        D(90),
        D(72),
    )
    assert "80.00%" in indicator_item.rule
    assert (budget_item.budget_line, budget_item.indicator) == ("total", None)


def test_provisional_points_for_a_tracking_table():
    table = tracking_table(
        [
            indicator("a", "≥10个", "5个"),
            indicator("c", "2023年12月前完成", "进行中", level2="时效指标"),
            indicator("e", "≥80%", "90%", **EFFECT),
            indicator("s", "≥90%", "95%", **SATISFACTION),
        ],
        [rate_line("50", rate="50.00")],
    )
    assert score(table).points is None
    card = score(table, policy=Policy(provisional_points=True))
    # 产出 50 / 2 = 25: a pending, by its current ratio 5/10 × 25 = 12.50; c a pending
    # deadline: undecided, left out; e 30; s 10; 执行率 50% × 10 = 5
    # 12.5 + 30 + 10 + 5 = 57.5 of the remaining 75 → 57.5 × 100/75 = 76.666… → 76.67 → 中
    assert card.points.provisional is True
    assert items(card) == {
        "a": D("12.50"),
        "c": None,
        "e": D("30.00"),
        "s": D("10.00"),
        "年度资金总额": D("5.00"),
    }
    assert (card.points.total, card.points.grade, card.points.undecided) == (
        D("76.67"),
        "中",
        ("c",),
    )


def test_no_points_for_target_tables():
    table = target_table([indicator("a", "≥10个", weight=50)], year=YEAR)
    assert score(table, policy=Policy(provisional_points=True)).points is None


def test_self_evaluation_points_are_not_provisional():
    table = self_evaluation_table([indicator("a", "≥10个", "10个", weight=100)])
    card = score(table, policy=Policy(provisional_points=True))
    assert card.points.provisional is False


def test_any_of_scores_by_its_best_comparison_option():
    table = self_evaluation_table(
        [
            indicator("课程评价", "≥90%或良好", "85%", weight=10, points=9),
            indicator("b", "≥10个", "10个", weight=80, points=80),
        ],
        [rate_line(rate="100.00", weight=10, points=10)],
    )
    card = score(table)
    # ≥90% decides (not met): 85/90 × 10 = 9.444… → 9.44, within 0.5 of the printed 9
    assert items(card)["课程评价"] == D("9.44")
    assert card.points.total == D("99.44")
    assert not [f for f in card.findings if f.id == "points-differ"]


def test_a_partial_status_against_a_number_scores_the_partial_band():
    table = self_evaluation_table(
        [
            indicator("改造站点", "≥5个", "基本完成", weight=10, points=8),
            indicator("b", "≥10个", "10个", weight=80),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    card = score(table)
    # partial: 80% × 10 = 8 (it scored 0, as if nothing was done)
    assert items(card)["改造站点"] == D("8.00")
    assert card.points.total == D("98.00")


def test_an_undecidable_rate_takes_the_printed_points():
    table = self_evaluation_table(
        [indicator("a", "≥10个", "10个", weight=90, points=90)],
        [budget_line(initial="10.00", period_budget="0.00", executed="8.00", weight=10, points=8)],
    )
    card = score(table)
    # a budget of 0 has no rate: the reviewer's 8 stands, 90 + 8 = 98 (not 100 rescaled)
    (line,) = [item for item in card.points.items if item.budget_line == "total"]
    assert (line.points, line.rule) == (D("8.00"), "unknown: printed points")
    assert (card.points.total, card.points.undecided) == (D("98.00"), ())


def test_a_left_out_rate_is_an_item_too():
    table = self_evaluation_table(
        [indicator("a", "≥10个", "8个", weight=90)],
        [budget_line(period_budget="0.00", executed="0.00", weight=10)],
    )
    card = score(table)
    # no rate and no printed points: left out, 8/10 × 90 = 72 of 90 → 80.00
    (line,) = [item for item in card.points.items if item.budget_line == "total"]
    assert (line.weight, line.points, line.rule) == (D(10), None, "unknown: left out")
    assert (card.points.total, card.points.undecided) == (D("80.00"), ("年度资金总额",))


def test_a_negative_figure_earns_no_ratio():
    table = self_evaluation_table(
        [
            indicator("成本变动率", "≤-3%", "-1%", weight=10, **COST),
            indicator("b", "≥10个", "10个", weight=80),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    card = score(table)
    # -1% misses ≤-3%: -3/-1 would be a ratio of 3, full points for a miss; no ratio, 0
    assert card.verdicts[0].attainment.value == "not_met"
    assert items(card)["成本变动率"] == D("0.00")


def test_a_pending_comparison_without_a_ratio_is_undecided_in_provisional_points():
    table = tracking_table(
        [
            indicator("新建站点", "≥5个", "正在施工"),
            indicator("b", "≥10个", "10个"),
        ]
    )
    card = score(table, policy=Policy(provisional_points=True))
    # 正在施工 gives no ratio: left out like an unknown, not 0
    assert items(card)["新建站点"] is None
    assert "新建站点" in card.points.undecided


# score11 H2: a pending comparison with a ratio of 1 or more. A cumulative ceiling kept so
# far in a 1-8月 table is pending on its own side of the bar and scores its ratio, the full
# points (it went to "past the target" and scored 0); a range or a strict bar crossed still
# scores what it did. One row of weight 10 beside one worth 90 that is met.
@pytest.mark.parametrize(
    ("name", "target", "actual", "points", "rule"),
    [
        # 200/150 ≥ 1: full points, the current ratio shown
        pytest.param(
            "污水处理费",
            "≤200万元",
            "150万元",
            D("10.00"),
            "comparison pending: ratio 133.33%",
            id="ceiling-under-cap",
        ),
        # an actual of 0 scores full, as §7 says (none so far is met: fp21 M3)
        pytest.param(
            "安全生产事故",
            "0起",
            "0起",
            D("10.00"),
            "comparison met",
            id="zero-with-zero",
        ),
        pytest.param(
            "医疗废物处置费",
            "≤30万元",
            "30万元",
            D("10.00"),
            "comparison pending: ratio 100.00%",
            id="ceiling-at-cap",
        ),
        # a ceiling broken is not met at once: 200/250 of the weight, as before
        pytest.param(
            "会议费",
            "≤200万元",
            "250万元",
            D("8.00"),
            "comparison not_met: ratio 80.00%",
            id="ceiling-broken",
        ),
        # a floor still short scores its ratio, as before
        pytest.param(
            "培训人次",
            "≥500人次",
            "400人次",
            D("8.00"),
            "comparison pending: ratio 80.00%",
            id="floor-short",
        ),
    ],
)
def test_a_pending_ceiling_kept_so_far_scores_its_points(name, target, actual, points, rule):
    table = tracking_table(
        [
            indicator(name, target, actual, weight=10, **COST),
            indicator("b", "≥10个", "10个", weight=90),
        ]
    )
    card = score(table, policy=Policy(provisional_points=True))
    (item,) = [i for i in card.points.items if i.name == name]
    assert (item.points, item.rule) == (points, rule)


@pytest.mark.parametrize(
    ("target", "actual", "points", "rule"),
    [
        # above a range, pending mid-year: high / actual = 5/6 × 10, not the ratio 6/3
        pytest.param("3%-5%", "6%", D("8.33"), "comparison pending: past the target 83.33%"),
        # on a strict bar of 0: nothing, as any miss there
        pytest.param("<0%", "0%", D("0.00"), "comparison pending: past the target 0.00%"),
    ],
)
def test_a_pending_figure_past_its_target_keeps_the_past_ratio(target, actual, points, rule):
    table = tracking_table(
        [
            indicator("资产负债率", target, actual, weight=10, **QUALITY),
            indicator("b", "≥10个", "10个", weight=90),
        ]
    )
    card = score(table, policy=Policy(provisional_points=True))
    (item,) = [i for i in card.points.items if i.name == "资产负债率"]
    assert (card.verdicts[0].attainment.value, item.points, item.rule) == ("pending", points, rule)


def test_a_share_scores_as_the_percentage_it_is():
    table = self_evaluation_table(
        [
            indicator("合格率", "≥90%", "0.85", weight=10, points=9),
            indicator("b", "≥10个", "10个", weight=80),
        ],
        [rate_line(rate="100.00", weight=10)],
    )
    # 0.85 is 85%: 85/90 × 10 = 9.44, not 0.85/90 × 10 = 0.09
    assert items(score(table))["合格率"] == D("9.44")


def test_a_sole_appropriation_line_is_the_whole_budget():
    """A project funded from one source prints only 财政拨款: it is scored for 执行率."""
    line = budget_line(
        "appropriation", period_budget="100", executed="50", weight=10, points=5, source="财政拨款"
    )
    table = self_evaluation_table(
        [
            indicator("a", "≥10个", "10个", weight=50, points=50),
            indicator("b", "≥90%", "95%", weight=40, points=40),
        ],
        [line],
        total="95",
    )
    card = score(table)
    assert items(card) == {"a": D("50.00"), "b": D("40.00"), "财政拨款": D("5.00")}
    assert card.points.total == D("95.00")
    # its 分值 and 得分 count in the sums (no points-sum-mismatch, no weights-not-100), and
    # the rate is judged against the year-end bar
    ids = finding_ids(card)
    assert "budget-behind-schedule" in ids
    assert not {"points-sum-mismatch", "weights-not-100"} & set(ids)


def test_several_sources_without_a_total_are_added_up():
    """No 年度资金总额: sources that do not nest are the whole budget together."""
    lines = [
        budget_line("appropriation", period_budget="80", executed="60", source="财政拨款"),
        budget_line("other", period_budget="20", executed="20", source="其他资金"),
    ]
    table = self_evaluation_table([indicator("a", "≥10个", "10个", weight=90)], lines)
    card = score(table)
    assert items(card) == {"a": D("90.00"), "各项资金合计": D("8.00")}
    (rate,) = [item for item in card.points.items if item.budget_line is not None]
    assert (rate.rule, rate.budget_line) == ("execution rate 80.00% summed", "total")
    assert (card.points.total, card.points.undecided) == (D("98.00"), ())


def test_several_nested_lines_without_a_total_name_no_whole():
    """财政拨款 80 over 中央 50 and 省级 30: one breaks down the other, no sum is taken."""
    lines = [
        budget_line("appropriation", period_budget="80", executed="80", source="财政拨款"),
        budget_line("appropriation", period_budget="50", executed="50", source="中央资金"),
        budget_line("appropriation", period_budget="30", executed="30", source="省级资金"),
    ]
    table = self_evaluation_table([indicator("a", "≥10个", "10个", weight=90)], lines)
    card = score(table)
    assert items(card) == {"a": D("90.00"), "财政拨款": None}
    assert (card.points.total, card.points.undecided) == (D("100.00"), ("财政拨款",))


def test_no_budget_block_leaves_the_rate_out_and_says_so():
    """87.5 of the 90 points that could be scored is 97.22, not 87.5 of 100."""
    table = self_evaluation_table(
        [
            indicator("a", "≥100人次", "90人次", weight=25),
            indicator("b", "≥10个", "10个", weight=25),
            indicator("c", "≥90%", "95%", level1="效益指标", weight=30),
            indicator("d", "≥90%", "95%", level1="满意度指标", weight=10),
        ]
    )
    card = score(table)
    assert items(card)["预算执行率"] is None
    assert (card.points.total, card.points.grade, card.points.undecided) == (
        D("97.22"),
        "优",
        ("预算执行率",),
    )


def test_printed_full_rate_points_at_70_percent_differ():
    table = self_evaluation_table(
        [indicator("a", "≥10个", "10个", weight=90, points=90)],
        [rate_line(executed="70", weight=10, points=10)],
        total="100",
    )
    card = score(table)
    differ = [f for f in card.findings if f.id == "points-differ"]
    assert [(f.message, f.where.budget_line) for f in differ] == [
        ("“年度资金总额”按执行率70.00%计算得分7.00，填报得分10", "total")
    ]


@pytest.mark.parametrize(
    ("line", "points", "rule", "total"),
    [
        # executed -2.00 (refunds above spending): no rate; the printed 0 stands (it scored
        # -0.20 and turned 优 into 良)
        pytest.param(
            {"period_budget": "100.00", "executed": "-2.00", "rate": "-2.00", "points": 0},
            D("0.00"),
            "unknown: printed points",
            D("90.00"),
            id="negative-executed-printed-0",
        ),
        # a total of -5 / -5 was 100% and full points; now the printed points stand
        pytest.param(
            {"period_budget": "-5.00", "executed": "-5.00", "points": 6},
            D("6.00"),
            "unknown: printed points",
            D("96.00"),
            id="negative-total-printed-6",
        ),
        # without printed points it is left out, like a budget of 0: 90 of 90 is 100
        pytest.param(
            {"period_budget": "-60.00", "executed": "-80.00"},
            None,
            "unknown: left out",
            D("100.00"),
            id="negative-budget-left-out",
        ),
    ],
)
def test_a_negative_budget_line_scores_no_rate(line, points, rule, total):
    table = self_evaluation_table(
        [indicator("a", "≥10个", "10个", weight=90, points=90)],
        [budget_line(weight=10, **line)],
    )
    card = score(table)
    (item,) = [item for item in card.points.items if item.budget_line == "total"]
    assert (item.points, item.rule) == (points, rule)
    assert card.points.total == total
    assert "negative-amount" in finding_ids(card)


FOUR = (
    indicator("a", "≥800人", "820人", weight=25, points=25),
    indicator("b", "≥90%", "93%", weight=25, points=25),
    indicator("c", "≥2000元", "2300元", weight=30, points=30, **EFFECT),
    indicator("d", "≥90%", "95%", weight=10, points=10, **SATISFACTION),
)


@pytest.mark.parametrize(
    ("lines", "item", "total"),
    [
        # no 年度资金总额: 财政拨款 carries the rate's 10 / 9.6 beside an unscored 其他资金;
        # the sources added up are the whole (106 / 120 = 88.33%), which scores the
        # carrier's weight, and both sums hold (they read 90 / 90: "各项得分合计90与总分
        # 99.6不符", "各项分值合计90"). Before the sum was taken, the printed 9.6 stood.
        pytest.param(
            [
                budget_line(
                    "appropriation",
                    period_budget="100",
                    executed="96",
                    weight=10,
                    points="9.6",
                    source="财政拨款",
                ),
                budget_line("other", period_budget="20", executed="10", source="其他资金"),
            ],
            ("财政拨款", D(10), D("8.83"), "execution rate 88.33% summed"),
            D("98.83"),
            id="no-total-appropriation-carries-the-rate",
        ),
        # the carrier without printed points: scored by the sum too (it was left out,
        # and the rest rescaled to 90 of 90)
        pytest.param(
            [
                budget_line(
                    "appropriation",
                    period_budget="100",
                    executed="96",
                    weight=10,
                    source="财政拨款",
                ),
                budget_line("other", period_budget="20", executed="10", source="其他资金"),
            ],
            ("财政拨款", D(10), D("8.83"), "execution rate 88.33% summed"),
            D("98.83"),
            id="no-total-carrier-without-points",
        ),
        # a total printing no 分值/得分 while 财政拨款 prints them: the whole budget's rate
        # (106 / 120 = 88.33%) scores the carrier's weight
        pytest.param(
            [
                budget_line(period_budget="120", executed="106"),
                budget_line(
                    "appropriation",
                    period_budget="100",
                    executed="96",
                    weight=10,
                    points="8.8",
                    source="财政拨款",
                ),
                budget_line("other", period_budget="20", executed="10", source="其他资金"),
            ],
            ("财政拨款", D(10), D("8.83"), "execution rate 88.33%"),
            D("98.83"),
            id="total-without-weight-carrier-line",
        ),
    ],
)
def test_the_line_that_carries_the_rate_counts_in_the_sums(lines, item, total):
    printed = sum(i.published_points for i in FOUR) + sum(
        line.published_points for line in lines if line.published_points is not None
    )
    table = self_evaluation_table(FOUR, lines, total=str(printed), grade="优")
    card = score(table)
    (rate,) = [i for i in card.points.items if i.budget_line is not None]
    assert (rate.name, rate.weight, rate.points, rate.rule) == item
    # the item names the line it is printed on by its role, as budget[] does (财政拨款
    # alone is appropriation, not total)
    (carrier,) = [line for line in card.table.budget if line.source == rate.name]
    assert rate.budget_line == carrier.role.value
    assert card.points.total == total
    assert not {"points-sum-mismatch", "weights-not-100"} & set(finding_ids(card))


@pytest.mark.parametrize(
    ("rows", "line", "level1_weights", "rate_weight", "total"),
    [
        # indicators printing 分值 worth 100, the rate's 分值 blank or `/` (read as none):
        # the rate weighs 0, and all met is 100 (it was 100 + 8 for an 80% rate = 108)
        pytest.param(
            [
                indicator("a", "≥10个", "10个", weight=60, points=60),
                indicator("b", "≥90%", "95%", weight=40, points=40, **EFFECT),
            ],
            {"executed": "80", "rate": "80.00"},
            (),
            None,
            D("100.00"),
            id="column-100-rate-unweighted",
        ),
        # indicators worth 90: the rate takes the policy's 10, as before (90 + 8)
        pytest.param(
            [
                indicator("a", "≥10个", "10个", weight=50, points=50),
                indicator("b", "≥90%", "95%", weight=40, points=40, **EFFECT),
            ],
            {"executed": "80", "rate": "80.00"},
            (),
            D(10),
            D("98.00"),
            id="column-90-rate-default",
        ),
        # a printed rate 分值 is kept whatever the indicators add up to (weights-not-100
        # says the rest)
        pytest.param(
            [
                indicator("a", "≥10个", "10个", weight=60, points=60),
                indicator("b", "≥90%", "95%", weight=40, points=40, **EFFECT),
            ],
            {"executed": "80", "rate": "80.00", "weight": 10},
            (),
            D(10),
            D("108.00"),
            id="column-100-rate-printed",
        ),
        # level-1 labels worth 100 (产出 60, 效益 40): the rate weighs 0 as well
        pytest.param(
            [
                indicator("a", "≥10个", "10个"),
                indicator("b", "≥90%", "95%", **EFFECT),
            ],
            {"executed": "80", "rate": "80.00"},
            (("产出指标", 60), ("效益指标", 40)),
            None,
            D("100.00"),
            id="labels-100-rate-unweighted",
        ),
    ],
)
def test_an_unprinted_rate_weight_is_0_when_the_indicators_hold_100(
    rows, line, level1_weights, rate_weight, total
):
    table = self_evaluation_table(rows, [rate_line(**line)], level1_weights=level1_weights)
    card = score(table)
    rate = [item.weight for item in card.points.items if item.budget_line == "total"]
    assert rate == ([] if rate_weight is None else [rate_weight])
    assert card.points.total == total


# e2e13 L3: a 部门整体 grid that scores 预算执行率 itself (10分 under 管理效率) gets no
# second budget item from the policy when its indicators add up to 90 (the rate counted
# twice, and 90 + the rate's points moved the grade).
MANAGEMENT = {"level1": "管理效率", "level2": "预算管理"}


@pytest.mark.parametrize(
    ("rate_row", "line", "rate_item", "total"),
    [
        # 预算执行率 in the grid, the budget line without a 分值: no item for the line;
        # 50 + 30 + 80/90 × 10 = 8.89 → 88.89 (it was 88.89 + 8.00 = 96.89, 优)
        pytest.param(
            indicator("预算执行率", "≥90%", "80%", weight=10, **MANAGEMENT),
            {"executed": "80", "rate": "80.00"},
            None,
            D("88.89"),
            id="rate-indicator-no-item",
        ),
        pytest.param(
            indicator("部门预算资金执行率", "≥90%", "80%", weight=10, **MANAGEMENT),
            {"executed": "80", "rate": "80.00"},
            None,
            D("88.89"),
            id="funds-rate-indicator-no-item",
        ),
        # no budget block at all: nothing left out, nothing rescaled (it was 88.89 × 100/90)
        pytest.param(
            indicator("预算执行率", "≥90%", "80%", weight=10, **MANAGEMENT),
            None,
            None,
            D("88.89"),
            id="rate-indicator-no-budget",
        ),
        # another rate of management (结转结余率): the policy's 10 for the budget, as before;
        # 50 + 30 + 10 (≤10% met) + 80% × 10 = 8.00 → 98.00
        pytest.param(
            indicator("结转结余率", "≤10%", "8%", weight=10, **MANAGEMENT),
            {"executed": "80", "rate": "80.00"},
            (D(10), D("8.00")),
            D("98.00"),
            id="other-rate-default-item",
        ),
        # a 分值 printed on the budget line stands: the table scores both (weights-not-100
        # and the sums say the rest); 50 + 30 + 8.89 + 8.00 = 96.89
        pytest.param(
            indicator("预算执行率", "≥90%", "80%", weight=10, **MANAGEMENT),
            {"executed": "80", "rate": "80.00", "weight": 10},
            (D(10), D("8.00")),
            D("96.89"),
            id="rate-indicator-printed-line-weight",
        ),
    ],
)
def test_a_grid_that_scores_the_execution_rate_gets_no_default_budget_item(
    rate_row, line, rate_item, total
):
    rows = [
        indicator("a", "≥10个", "10个", weight=50),
        indicator("b", "≥90%", "95%", weight=30, **EFFECT),
        rate_row,
    ]
    table = self_evaluation_table(rows, [] if line is None else [rate_line(**line)])
    card = score(table)
    budget = [(i.weight, i.points) for i in card.points.items if i.budget_line is not None]
    assert budget == ([] if rate_item is None else [rate_item])
    assert card.points.undecided == ()
    assert card.points.total == total


@pytest.mark.parametrize(
    ("level1_weights", "rate_item", "total"),
    [
        # the policy's weights (产出 50, 效益 30, 满意度 10) are 90 by design: the rate keeps
        # its 10 beside a 预算执行率 row; 产出 25 + 80/90 × 25 = 22.22, 效益 30, 执行率 8.00;
        # no 满意度 row earns its 10, so 85.22 of 90 is rescaled to 94.69
        ((), (D(10), D("8.00")), D("94.69")),
        # level-1 labels for every indicator are printed weights: no item (25 + 22.22 + 30
        # = 77.22 of 80, 满意度 absent: 96.53)
        ((("产出指标", 50), ("效益指标", 30)), None, D("96.53")),
    ],
)
def test_the_policy_weights_keep_the_rate_item_beside_a_rate_indicator(
    level1_weights, rate_item, total
):
    rows = [
        indicator("a", "≥10个", "10个"),
        indicator("预算执行率", "≥90%", "80%"),
        indicator("b", "≥90%", "95%", **EFFECT),
    ]
    table = self_evaluation_table(
        rows, [rate_line(executed="80", rate="80.00")], level1_weights=level1_weights
    )
    card = score(table)
    budget = [(i.weight, i.points) for i in card.points.items if i.budget_line is not None]
    assert budget == ([] if rate_item is None else [rate_item])
    assert card.points.undecided == ()
    assert card.points.total == total


# score10 H4, H2, M3: a change target scores as the comparison it is judged as. One row
# of weight 10 (and printed 得分 10) in a 2023 self-evaluation table, as of 2023-12-31.
RELATIVE = "比上年下降5%"


@pytest.mark.parametrize(
    ("target", "actual", "row", "attainment", "points", "rule"),
    [
        # H4: a target against last year judged by its figure scores by its ratio, as the
        # same target without 比上年 does: 4/5 × 10 = 8 (it scored 0, "descriptive")
        ("下降5%", "下降4%", {}, "not_met", "8.00", "comparison not_met: ratio 80.00%"),
        (RELATIVE, "比上年下降4%", {}, "not_met", "8.00", "comparison not_met: ratio 80.00%"),
        ("同比下降5%", "同比下降4%", {}, "not_met", "8.00", "comparison not_met: ratio 80.00%"),
        ("较上年下降5%", "下降4%", {}, "not_met", "8.00", "comparison not_met: ratio 80.00%"),
        (
            "比2022年下降5%",
            "比2022年下降4%",
            {},
            "not_met",
            "8.00",
            "comparison not_met: ratio 80.00%",
        ),
        ("比2022年下降5%", "4%", {}, "not_met", "8.00", "comparison not_met: ratio 80.00%"),
        (
            "较2022年度增长10%",
            "较2022年度增长8%",
            {},
            "not_met",
            "8.00",
            "comparison not_met: ratio 80.00%",
        ),
        (
            "同比增长10%以上",
            "同比增长8%",
            {},
            "not_met",
            "8.00",
            "comparison not_met: ratio 80.00%",
        ),
        # 1 of 2 points: 1/2 × 10 = 5
        (
            "较上年提高2个百分点",
            "较上年提高1个百分点",
            {},
            "not_met",
            "5.00",
            "comparison not_met: ratio 50.00%",
        ),
        (
            "比2022年提高2个百分点",
            "提高1个百分点",
            {},
            "not_met",
            "5.00",
            "comparison not_met: ratio 50.00%",
        ),
        # met keeps the full weight; the other way scores nothing
        (RELATIVE, "比上年下降6%", {}, "met", "10.00", "comparison met"),
        ("同比增长10%以上", "同比增长11%", {}, "met", "10.00", "comparison met"),
        (RELATIVE, "比上年上升3%", {}, "not_met", "0.00", "comparison not_met"),
        ("较上年提高2个百分点", "下降3个百分点", {}, "not_met", "0.00", "comparison not_met"),
        # a relative target judged as a word keeps the qualitative points
        ("同比下降", "同比下降3%", {}, "met", "10.00", "descriptive met"),
        ("同比下降", "同比增长1.5%", {}, "not_met", "0.00", "descriptive not_met"),
        # M3: 不低于上年 (增长≥0%) against a change in points: its sign decides
        ("不低于上年", "较上年提高0.3个百分点", {}, "met", "10.00", "comparison met"),
        ("不低于上年", "较上年下降0.1个百分点", {}, "not_met", "0.00", "comparison not_met"),
        (
            "不高于上年",
            "较上年提高0.2个百分点",
            {},
            "not_met",
            "0.00",
            "comparison not_met: ratio 0.00%",
        ),
        # H2: a printed 反向 gives way to a change target's own direction (下降5% with
        # 下降4% was met with 10; 下降6% scored 5/6; 下降≥5% with 下降4% scored 0)
        (
            "下降5%",
            "下降4%",
            {"direction": "反向"},
            "not_met",
            "8.00",
            "comparison not_met: ratio 80.00%",
        ),
        ("下降5%", "下降6%", {"direction": "反向"}, "met", "10.00", "comparison met"),
        ("下降5%", "上升3%", {"direction": "反向"}, "not_met", "0.00", "comparison not_met"),
        (
            "下降≥5%",
            "下降4%",
            {"direction": "反向"},
            "not_met",
            "8.00",
            "comparison not_met: ratio 80.00%",
        ),
        (
            "下降1个百分点",
            "下降0.5个百分点",
            {"direction": "反向"},
            "not_met",
            "5.00",
            "comparison not_met: ratio 50.00%",
        ),
        (
            RELATIVE,
            "比上年下降4%",
            {"direction": "反向"},
            "not_met",
            "8.00",
            "comparison not_met: ratio 80.00%",
        ),
        (
            "比2022年下降5%",
            "比2022年下降6%",
            {"direction": "反向"},
            "met",
            "10.00",
            "comparison met",
        ),
        # and a printed 正向 to a ceiling on a fall: 5/6 × 10 (it scored 0 as "past")
        (
            "下降≤5%",
            "下降6%",
            {"direction": "正向"},
            "not_met",
            "8.33",
            "comparison not_met: ratio 83.33%",
        ),
        # a cost row, as before
        ("降低5%", "降低4%", COST, "not_met", "8.00", "comparison not_met: ratio 80.00%"),
    ],
)
def test_a_change_target_scores_as_the_comparison_it_is_judged_as(  # noqa: PLR0913, PLR0917
    target, actual, row, attainment, points, rule
):
    row = {"level1": "效益指标", "level2": "社会效益指标", **row}
    table = self_evaluation_table(
        [indicator("单位能耗", target, actual, weight=10, points=10, **row)]
    )
    card = score(table)
    (item,) = [item for item in card.points.items if item.indicator == 0]
    assert (card.verdicts[0].attainment.value, item.points, item.rule) == (
        attainment,
        D(points),
        rule,
    )
    # full-points-not-met names the points computed for the comparison
    full = [f.message for f in card.findings if f.id == "full-points-not-met"]
    assert full == (
        []
        if attainment == "met"
        else [f"“单位能耗”未完成目标却得满分（填报得分10，计算得分{points}）"]
    )


def test_printed_points_of_a_relative_target_are_checked_as_a_comparisons():
    """8 of 10 printed for 比上年下降4% against 比上年下降5% is the ratio: no points-differ."""
    table = self_evaluation_table(
        [
            indicator("单位能耗", RELATIVE, "比上年下降4%", weight=10, points=8, **EFFECT),
            indicator("单位水耗", RELATIVE, "比上年下降3%", weight=10, points=9, **EFFECT),
        ]
    )
    card = score(table)
    # 4/5 × 10 = 8 as printed; 3/5 × 10 = 6 against a printed 9
    assert [item.points for item in card.points.items[:2]] == [D("8.00"), D("6.00")]
    differ = [f.message for f in card.findings if f.id == "points-differ"]
    assert differ == ["“单位水耗”计算得分6.00与填报得分9不同"]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "points", "rule"),
    [
        # score10 M5: a name ending in 增长 with ≥7% is a rate of change: a fall scores
        # nothing (it scored 1/7 of the weight, the fall's figure read as a rise)
        ("农民人均可支配收入增长", "≥7%", "下降1%", "not_met", "0.00", "comparison not_met"),
        (
            "农民人均可支配收入增长",
            "≥7%",
            "增长3.5%",
            "not_met",
            "5.00",
            "comparison not_met: ratio 50.00%",
        ),
        ("单位GDP能耗下降（%）", "≥3%", "上升1%", "not_met", "0.00", "comparison not_met"),
        # a 提升 name keeps the level: 2 of 90
        (
            "群众满意度提升",
            "≥90%",
            "提升2%",
            "not_met",
            "0.22",
            "comparison not_met: ratio 2.22%",
        ),
        # L2: 比上年增长5%左右 scores as 增长5% (it was prose: the printed 10 stood)
        (
            "农业总产值",
            "比上年增长5%左右",
            "比上年增长4%",
            "not_met",
            "8.00",
            "comparison not_met: ratio 80.00%",
        ),
        ("农业总产值", "同比增长5%左右", "同比+6%", "met", "10.00", "comparison met"),
        ("农业总产值", "增长约5%", "下降6%", "not_met", "0.00", "comparison not_met"),
        # L3: 持平 against 持平 is met; against a fall of 10% the printed points stand
        ("公用经费", "持平", "持平", "met", "10.00", "descriptive met"),
        ("公用经费", "与上年持平", "增长0%", "met", "10.00", "descriptive met"),
        ("公用经费", "持平", "下降10%", "unknown", "10.00", "unknown: printed points"),
    ],
)
def test_round_10_rates_and_changes_score_as_judged(  # noqa: PLR0913, PLR0917 - one row
    name, target, actual, attainment, points, rule
):
    table = self_evaluation_table([indicator(name, target, actual, weight=10, points=10, **EFFECT)])
    card = score(table)
    (item,) = [item for item in card.points.items if item.indicator == 0]
    assert (card.verdicts[0].attainment.value, item.points, item.rule) == (
        attainment,
        D(points),
        rule,
    )


# score11 L4: the printed 得分 of a tracking table against its printed 总分 are the table's
# own sum, checked whether or not provisional points are computed (it was raised only
# with them). 15 + 10 + 5 printed points, and the rate's 10 when printed.
@pytest.mark.parametrize(
    ("total", "rate_points", "provisional", "expected"),
    [
        pytest.param("30", None, False, [], id="adds-up"),
        pytest.param("25", None, False, ["各项得分合计30与总分25不符"], id="mismatch"),
        pytest.param(
            "25",
            None,
            True,
            # the rate prints no 得分: what it was counted as is said (pol25 M4)
            ["各项得分合计30分（预算执行率未填得分，按6分计为36分），与表中总分25分不符"],
            id="mismatch-provisional",
        ),
        # the budget line's printed 得分 counts, as in a self-evaluation table
        pytest.param("40", 10, False, [], id="with-the-rate-adds-up"),
        pytest.param("30", 10, False, ["各项得分合计40与总分30不符"], id="with-the-rate-mismatch"),
        # no printed 总分: nothing to compare
        pytest.param(None, None, False, [], id="no-total"),
    ],
)
def test_printed_points_of_a_tracking_table_are_summed(total, rate_points, provisional, expected):
    table = tracking_table(
        [
            indicator("a", "≥10个", "8个", weight=15, points=15),
            indicator("b", "≥10个", "10个", weight=10, points=10),
            indicator("c", "≥90%", "95%", weight=5, points=5, **EFFECT),
        ],
        [rate_line("60", rate="60.00", weight=10, points=rate_points)],
        published=Published(D(total) if total else None, None),
    )
    card = score(table, policy=Policy(provisional_points=provisional))
    assert [f.message for f in card.findings if f.id == "points-sum-mismatch"] == expected
    assert (card.points is None) is not provisional


# ---------------------------------------------------------------------------
# score12: totals that nothing decides, Hubei weights in cents, capped printed points,
# weights printed as thirds, a strict bar missed exactly


def test_a_table_where_nothing_can_be_scored_has_no_total_and_no_grade() -> None:
    # all prose, no printed 得分, no budget block: everything left out, no base to
    # rescale to; it was graded 0.00 差
    table = self_evaluation_table(
        [
            indicator("矫正对象管理", "规范有序", "运行良好", **QUALITY),
            indicator("社会治安环境", "持续向好", "总体平稳", **EFFECT),
            indicator("群众评价", "认可", "普遍认可", **SATISFACTION),
        ]
    )
    card = score(table)
    assert (card.points.total, card.points.grade) == (None, None)
    assert card.points.undecided == ("矫正对象管理", "社会治安环境", "群众评价", "预算执行率")
    assert card.points.shown == "未计分（各项均无法判断）"
    assert "points-over-maximum" not in finding_ids(card)
    data = unstructure(card)["points"]
    assert (data["total"], data["grade"]) == (None, None)
    assert "得分：未计分（各项均无法判断）" in scorecard_text(card)
    for fmt in FORMATS:
        rendered = render([card], [], fmt)  # type: ignore[call-overload]
        if isinstance(rendered, str) and fmt in ("markdown", "html"):
            assert "未计分" in rendered
        if fmt == "review":
            assert "各项均无法判断，未计算得分" in rendered
            assert "等级为“None”" not in rendered


def test_one_judged_row_keeps_a_total() -> None:
    # one indicator decided is a base: 10 of 10 → 100.00, not "no total"
    table = self_evaluation_table(
        [
            indicator("矫正对象管理", "规范有序", "运行良好", **QUALITY),
            indicator("群众满意度", "≥90%", "95%", **SATISFACTION),
        ]
    )
    card = score(table)
    assert (card.points.total, card.points.grade) == (D("100.00"), "优")


@pytest.mark.parametrize(
    ("outputs", "effects", "executed", "output_weights", "total", "grade"),
    [
        # 44.44 over 3 is 14.82 + 14.81 + 14.81; 26.67 over 2 is 13.34 + 13.33; 8.89:
        # 80.00 met everywhere, + 50% of 20 = 90.00 优 (was 3 × 14.81 + … = 89.98 良)
        (3, 2, "50", ["14.82", "14.81", "14.81"], "90.00", "优"),
        # 4 × 11.11 + 2 × 13.33 + 8.89 + 20 was 99.99
        (4, 2, "100", ["11.11", "11.11", "11.11", "11.11"], "100.00", "优"),
        (6, 1, "100", ["7.41", "7.41", "7.41", "7.41", "7.40", "7.40"], "100.00", "优"),
        (1, 1, "100", ["44.44"], "100.00", "优"),
    ],
)
def test_hubei_default_weights_share_out_in_cents_that_add_up(  # noqa: PLR0913, PLR0917
    outputs, effects, executed, output_weights, total, grade
) -> None:
    rows = [indicator(f"产出{n}", "≥10个", "10个") for n in range(outputs)]
    rows += [indicator(f"效益{n}", "≥80%", "90%", **EFFECT) for n in range(effects)]
    rows += [indicator("满意度", "≥90%", "95%", **SATISFACTION)]
    card = score(self_evaluation_table(rows, [rate_line(executed)]), policy=Policy.hubei())
    weights = [item.weight for item in card.points.items]
    assert weights[:outputs] == [D(w) for w in output_weights]
    assert sum(weights[: outputs + effects + 1], D(0)) == D(80)
    assert (card.points.total, card.points.grade) == (D(total), grade)


@pytest.mark.parametrize(
    ("weight", "printed", "points", "rule"),
    [
        # 得分12 on 分值10: the row is worth 10 at most (points-over-maximum says the rest)
        (10, 12, "10.00", "unknown: printed points, capped"),
        (10, 10, "10.00", "unknown: printed points"),
        (10, 8, "8.00", "unknown: printed points"),
    ],
)
def test_an_undecided_rows_printed_points_stop_at_its_weight(weight, printed, points, rule):
    table = self_evaluation_table(
        [
            indicator("文化活动质量", "优良", "群众反响热烈", weight=weight, points=printed),
            indicator("送戏下乡场次", "≥120场", "135场", weight=80, points=80),
        ],
        [rate_line(rate="100.00", weight=10, points=10)],
    )
    card = score(table)
    item = card.points.items[0]
    assert (item.points, item.rule, item.published_points) == (D(points), rule, D(printed))
    assert card.points.total == D(points) + D(90)
    assert ("计算总分" in " ".join(f.message for f in card.findings)) is False
    assert ("points-over-maximum" in finding_ids(card)) is (printed > weight)


def test_an_undecided_rates_printed_points_stop_at_its_weight():
    # a budget of 0: no rate to compute, the printed 12 of 10 counts 10
    table = self_evaluation_table(
        [indicator("a", "≥10个", "10个", weight=90, points=90)],
        [budget_line(period_budget="0", executed="0", weight=10, points=12)],
    )
    card = score(table)
    assert items(card)["年度资金总额"] == D("10.00")
    assert card.points.total == D("100.00")


@pytest.mark.parametrize(
    ("weights", "total", "raised"),
    [
        # 50 printed as thirds: 100.01 is the rounding (half a cent per 16.67); it raised
        # weights-not-100 and points-over-maximum 计算总分100.01
        (["16.67", "16.67", "16.67", "30", "10", "10"], "100.00", []),
        (["16.7", "16.7", "16.7", "30", "10", "10"], "100.00", []),
        # 16.66 is no rounding of 50/3 (three of them are two cents short, not one and a half)
        (["16.66", "16.66", "16.66", "30", "10", "10"], "99.98", ["weights-not-100"]),
        # whole numbers are exact: 95 is no rounding of 100
        (["15", "30", "30", "10", "10"], "95.00", ["weights-not-100"]),
        (
            ["16.67", "16.67", "16.67", "30.04", "10", "10"],
            "100.05",
            ["points-over-maximum", "weights-not-100"],
        ),
        # regress16 W8: half points are exact, no rounding: 11 × 7.5, 8.0 and 10 are 100.5
        # (the 8.0 a typo for 7.5); it raised nothing and the total was capped to 100.00
        (["7.5"] * 11 + ["8.0", "10"], "100.50", ["points-over-maximum", "weights-not-100"]),
        (["7.5"] * 12 + ["10"], "100.00", []),
        (["8.0"] * 10 + ["10", "10.5"], "100.50", ["points-over-maximum", "weights-not-100"]),
        # other rounded fractions are tolerated as thirds are: 100/7 as 14.29, 100/12 as 8.33
        (["14.29"] * 7, "100.00", []),
        (["8.33"] * 12, "99.96", []),
        (["8.3"] * 12, "99.60", []),
        # regress17 W3: n equal weights, each 100/n rounded, share the whole: nine 11.1
        # (ninths to a tenth, which _rounded_fraction leaves out) raised weights-not-100
        (["11.1"] * 9, "99.90", []),
        (["14.3"] * 7, "100.00", []),
        (["9.1"] * 11, "100.00", []),
        (["5.56"] * 18, "100.00", []),
        # more than half a unit off 100/n, whole numbers, or weights not all equal: no share
        (["11.2"] * 9, "100.80", ["points-over-maximum", "weights-not-100"]),
        (["11"] * 9, "99.00", ["weights-not-100"]),
        (["11.1"] * 8 + ["11.0"], "99.80", ["weights-not-100"]),
        # a tenth too much on an exact weight is no rounding, beside thirds or not
        (
            ["16.7", "16.7", "16.7", "30.1", "10", "10"],
            "100.20",
            ["points-over-maximum", "weights-not-100"],
        ),
    ],
)
def test_weights_printed_as_thirds_are_their_rounding(weights, total, raised):
    rows = [indicator(f"产出{n}", "≥10个", "10个", weight=w) for n, w in enumerate(weights[:-1])]
    table = self_evaluation_table(rows, [rate_line(rate="100.00", weight=weights[-1])])
    card = score(table)
    ids = finding_ids(card)
    assert sorted({"weights-not-100", "points-over-maximum"} & set(ids)) == raised
    assert card.points.total == D(total)


@pytest.mark.parametrize(
    ("target", "actual", "points", "full_points_not_met"),
    [
        # exactly on a strict bar: not met, so a cent short of the 10 (it scored 10.00,
        # and full-points-not-met quoted that 10.00 as the table's error)
        ("<5%", "5%", "9.99", "（填报得分10，计算得分9.99）"),
        (">95%", "95%", "9.99", "（填报得分10，计算得分9.99）"),
        # 99.96 of ≥100 rounds to 10.00: not met either
        ("≥100%", "99.96%", "9.99", "（填报得分10，计算得分9.99）"),
        ("≥100%", "99.9%", "9.99", "（填报得分10，计算得分9.99）"),
        ("≥100%", "99%", "9.90", "（填报得分10，计算得分9.90）"),
    ],
)
def test_a_row_not_met_never_scores_full_points(target, actual, points, full_points_not_met):
    table = self_evaluation_table(
        [
            indicator("水质指标率", target, actual, weight=10, points=10),
            indicator("b", "≥10个", "10个", weight=80, points=80),
        ],
        [rate_line(rate="100.00", weight=10, points=10)],
    )
    card = score(table)
    assert card.verdicts[0].attainment.value == "not_met"
    assert items(card)["水质指标率"] == D(points)
    [finding] = [f for f in card.findings if f.id == "full-points-not-met"]
    assert finding.message.endswith(full_points_not_met)


def test_xlsx_weights_of_50_over_3_read_as_displayed_are_their_rounding(tmp_path) -> None:
    # =50/3 shown as 16.67 (format 0.00): the reader takes the displayed 16.67, and the
    # sum 100.01 of what is displayed is its rounding, not a wrong weight
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2024年度项目支出绩效自评表"])
    sheet.append(["项目名称", "职业教育质量提升"])
    sheet.append(
        ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    )
    sheet.append(["", "年度资金总额", 100, 100, 100, 10, "100%", 10])
    sheet.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    for n, level1 in enumerate(["产出指标", "", ""]):
        sheet.append([level1, "数量指标", f"培训{n}", "≥300人", "300人", 50 / 3, 50 / 3])
    sheet.append(["效益指标", "社会效益指标", "就业率", "≥95%", "96%", 30, 30])
    sheet.append(["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "93%", 10, 10])
    for row in range(6, 9):
        for column in (6, 7):
            sheet.cell(row, column).number_format = "0.00"
    path = tmp_path / "thirds.xlsx"
    book.save(path)
    [table] = read(path)
    assert [i.weight for i in table.indicators[:3]] == [D("16.67")] * 3
    card = score(table)
    ids = finding_ids(card)
    assert "weights-not-100" not in ids
    assert "points-over-maximum" not in ids
    assert card.points.total == D("100.00")
