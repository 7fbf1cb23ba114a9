"""Scoring of transfer-payment and investment tables (transfer19).

A 区域 self-evaluation whose budget prints 中央资金 | 地方资金 under 全年预算数（A） and
全年执行数（B） and no 合计 column: the sources' sum is the whole and the printed rate
is checked against it (H2); the rate column is the total's, so no source is said to
have left its rate unfilled (M1). A capacity the work can reach (建成后可达3200人次/日,
H5) and an actual noted as an estimate (12380万元（预计）, M3) are no results at the
year's end. Every table is written here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.scoring import whole_budget
from scoring_builders import indicator, self_evaluation_table, tracking_table

_TITLE = ["中央对地方转移支付区域绩效自评表"]
_YEAR = ["（2023年度）"]
_NAME = ["转移支付（项目）名称", "农村危房改造补助资金"]
_UPPER = ["资金情况（万元）", "", "全年预算数（A）", "", "全年执行数（B）", "", "执行率（B/A）"]
_SUB = ["", "", "中央资金", "地方资金", "中央资金", "地方资金", ""]
_GRID = (
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["", "产出指标", "数量指标", "改造农村危房户数", "≥3200户", "3350户"],
)


def _region(amounts: list[str]) -> perftrack.Table:
    rows = (_TITLE, _YEAR, _NAME, _UPPER, _SUB, amounts, *_GRID)
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return table


Budgeted = tuple[str, str | None, str | None, str | None, list[tuple[str, str]], str | None]


def _budgeted(table: perftrack.Table) -> Budgeted:
    """The whole's label, amounts and rate, the budget findings and the rate's points rule."""
    card = perftrack.score(table)
    whole = whole_budget(table, card.budget)
    assert whole is not None
    rate = whole.analysis.rate_recomputed
    rules = [
        item.rule
        for item in (card.points.items if card.points is not None else ())
        if item.rule.startswith("execution rate")
    ]
    return (
        whole.line.source,
        None if whole.line.period_budget is None else format(whole.line.period_budget, "f"),
        None if whole.line.executed is None else format(whole.line.executed, "f"),
        None if rate is None else f"{rate:.2f}",
        [(f.id, f.message) for f in card.findings if f.id.startswith("budget-")],
        rules[0] if rules else None,
    )


@pytest.mark.parametrize(
    ("amounts", "expected"),
    [
        pytest.param(
            ["", "年度资金总额", "18000.00", "3600.00", "18000.00", "2952.00", "99.00%"],
            (
                "各项资金合计",
                "21600.00",
                "20952.00",
                "97.00",
                [
                    (
                        "budget-rate-mismatch",
                        (
                            "“年度资金总额”填报执行率99.00%与各项资金来源相加计算的97.00%不符"
                            "（表中未列总额金额，按各项资金来源相加：执行20952.00，预算21600.00）"
                        ),
                    )
                ],
                "execution rate 97.00% summed",
            ),
            id="h2-printed-rate-wrong",
        ),
        pytest.param(
            ["", "年度资金总额", "18000.00", "3600.00", "18000.00", "2952.00", "97.00%"],
            ("各项资金合计", "21600.00", "20952.00", "97.00", [], "execution rate 97.00% summed"),
            id="h2-printed-rate-right",
        ),
        pytest.param(
            ["", "年度资金总额", "18000.00", "3600.00", "18000.00", "2952.00", "0.97"],
            (
                "各项资金合计",
                "21600.00",
                "20952.00",
                "97.00",
                [("budget-rate-as-share", "“年度资金总额”填报执行率0.97按比例计为97%")],
                "execution rate 97.00% summed",
            ),
            id="h2-printed-share",
        ),
        pytest.param(
            ["", "", "2,000.00", "400.00", "1,960.00", "296.00", "94.00%"],
            ("各项资金合计", "2400.00", "2256.00", "94.00", [], "execution rate 94.00% summed"),
            id="no-label-rate-not-kept",
        ),
    ],
)
def test_sources_as_columns_without_a_total_column(amounts: list[str], expected: Budgeted) -> None:
    # Before: the total line's printed 99% was the rate (points 9.90), unchecked, and
    # each source got budget-rate-missing at its header cell.
    assert _budgeted(_region(amounts)) == expected


def test_a_total_column_keeps_the_total_line() -> None:
    # the same layout with 合计 columns: the total's own amounts, its rate checked as ever
    upper = ["资金情况（万元）", "", "全年预算数（A）", "", "", "全年执行数（B）", "", "", "执行率"]
    sub = ["", "", "合计", "中央资金", "地方资金", "合计", "中央资金", "地方资金", ""]
    row = ["", "年度资金总额", "21600", "18000", "3600", "20952", "18000", "2952", "99.00%"]
    rows = (_TITLE, _YEAR, _NAME, upper, sub, row, *_GRID)
    (table,) = perftrack.read_text("\n".join("\t".join(r) for r in rows), format="text")
    assert _budgeted(table) == (
        "年度资金总额",
        "21600",
        "20952",
        "97.00",
        [("budget-rate-mismatch", "“年度资金总额”填报执行率99.00%与金额计算的97.00%不符")],
        "execution rate 97.00%",
    )


def test_a_source_row_without_its_rate_is_still_said() -> None:
    # the row layout: each source its own row under a 执行率 column left blank
    rows = (
        ["项目名称", "示例项目"],
        ["预算执行情况（万元）", "", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "1000", "900", "90%"],
        ["", "财政拨款", "800", "720", ""],
        ["", "其他资金", "200", "180", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次"],
    )
    (table,) = perftrack.read_text("\n".join("\t".join(r) for r in rows), format="text")
    card = perftrack.score(table)
    assert [f.message for f in card.findings if f.id == "budget-rate-missing"] == [
        "“财政拨款”未填执行率，按金额计算为90.00%",
        "“其他资金”未填执行率，按金额计算为90.00%",
    ]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "新增门急诊服务能力",
            "≥3000人次/日",
            "建成后可达3200人次/日",
            "unknown",
            "实际“建成后可达3200人次/日”为预期数，不是实际完成值，无法判断是否达到年度指标",
            id="h5-built-can-reach",
        ),
        pytest.param(
            "新增门急诊服务能力",
            "≥3000人次/日",
            "可达3200人次/日",
            "unknown",
            "实际“可达3200人次/日”为预期数，不是实际完成值，无法判断是否达到年度指标",
            id="h5-can-reach",
        ),
        pytest.param(
            "新增门急诊服务能力",
            "≥3000人次/日",
            "可达到3200人次/日",
            "unknown",
            "实际“可达到3200人次/日”为预期数，不是实际完成值，无法判断是否达到年度指标",
            id="h5-can-reach-daodao",
        ),
        pytest.param(
            "新增门急诊服务能力",
            "≥3000人次/日",
            "预计可达3200人次/日",
            "unknown",
            "实际“预计可达3200人次/日”为预计数，不是实际完成值，无法判断是否达到年度指标",
            id="h5-forecast-can-reach",
        ),
        pytest.param(
            "新增门急诊服务能力",
            "≥3000人次/日",
            "建成后可实现3200人次/日",
            "unknown",
            "实际“建成后可实现3200人次/日”为预期数，不是实际完成值，无法判断是否达到年度指标",
            id="h5-can-achieve",
        ),
        pytest.param(
            "新增门急诊服务能力",
            "≥3000人次/日",
            "达到3200人次/日",
            "met",
            "实际3200人次/日，达到年度指标≥3000人次/日",
            id="reached-is-a-result",
        ),
        pytest.param(
            "项目总投资控制",
            "≤12500万元",
            "12380万元（预计）",
            "unknown",
            "实际“12380万元（预计）”为预计数，不是实际完成值，无法判断是否达到年度指标",
            id="m3-noted-estimate",
        ),
        pytest.param(
            "项目总投资控制",
            "≤12500万元",
            "预计12380万元",
            "unknown",
            "实际“预计12380万元”为预计数，不是实际完成值，无法判断是否达到年度指标",
            id="m3-labelled-estimate",
        ),
        pytest.param(
            "项目总投资控制",
            "≤12500万元",
            "12380万元（已审计）",
            "met",
            "实际12380万元，达到年度指标≤12500万元",
            id="another-note-judged",
        ),
    ],
)
def test_a_forecast_as_the_actual_of_a_self_evaluation(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    card = perftrack.score(self_evaluation_table([indicator(name, target, actual)]))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


def test_a_noted_estimate_of_a_tracking_table_is_judged_as_written() -> None:
    table = tracking_table(
        [indicator("项目总投资控制", "≤12500万元", "12380万元（预计）")],
        period=(2023, 1, 2023, 12),
    )
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (
        "met",
        "实际12380万元，达到年度指标≤12500万元",
    )


def test_points_follow_the_summed_rate() -> None:
    table = _region(["", "年度资金总额", "18000.00", "3600.00", "18000.00", "2952.00", "99.00%"])
    card = perftrack.score(table)
    assert card.points is not None
    (item,) = [i for i in card.points.items if i.rule.startswith("execution rate")]
    assert item.points == Decimal("9.70")
