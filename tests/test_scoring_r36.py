"""Regressions of the fp21 merge found by regress36 (mid-year tracking tables).

- W1: a per-unit name (每村, 每户, 每万人口, 千人口) is an average only as the price, cost,
  standard or intensity of one unit; a count of events or an annual amount per unit
  stays a cumulative ceiling, pending mid-year.
- W2: a bare zero target on a money name (违规资金金额 ``0``) is an amount, pending as ``0元``.
- W3: a row met so far only by the fp21 rules (0起, a unit cost) whose own 全年预计 or
  完成可能性 foresees a miss stays pending.
- W4: a met row whose actual cell foresees the year (92%（预计全年85%）) keeps an unknown
  progress.
"""

from __future__ import annotations

import pytest

from perftrack.scoring import Attainment, Progress
from scoring_builders import indicator, verdict_of

_MET = Attainment.MET
_PENDING = Attainment.PENDING
_NA = Progress.NOT_APPLICABLE
_BEHIND = Progress.BEHIND
_ON_TRACK = Progress.ON_TRACK
_UNKNOWN = Progress.UNKNOWN

_Expected = tuple[Attainment, Progress, str]


def _pending_behind(actual: str, target: str, planned: str) -> _Expected:
    return (
        _PENDING,
        _BEHIND,
        f"实际{actual}暂未超过年度上限{target}，年底前仍可能超出；实际{actual}超出计划{planned}",
    )


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "expected"),
    [
        pytest.param(
            "每村年度培训次数",
            "≤4次",
            "3次",
            "2次",
            _pending_behind("3次", "≤4次", "2次"),
            id="W1-per-village-yearly-count",
        ),
        pytest.param(
            "每年每村培训次数",
            "≤4次",
            "3次",
            "2次",
            _pending_behind("3次", "≤4次", "2次"),
            id="W1-per-year-first-then-per-village",
        ),
        pytest.param(
            "每户年用水量",
            "≤120吨",
            "70吨",
            "60吨",
            _pending_behind("70吨", "≤120吨", "60吨"),
            id="W1-per-household-yearly-use",
        ),
        pytest.param(
            "每万人口刑事案件发案数",
            "≤30起",
            "18起",
            "15起",
            _pending_behind("18起", "≤30起", "15起"),
            id="W1-per-10k-cases",
        ),
        pytest.param(
            "每村年度运维经费",
            "≤5万元",
            "3万元",
            "2.5万元",
            _pending_behind("3万元", "≤5万元", "2.5万元"),
            id="W1-per-village-yearly-funds",
        ),
        pytest.param(
            "全县每亩土地整治投入合计",
            "≤1500万元",
            "900万元",
            "800万元",
            _pending_behind("900万元", "≤1500万元", "800万元"),
            id="W1-per-mu-total",
        ),
        pytest.param(
            "每户年度补贴总额",
            "≤3000元",
            "1800元",
            "1500元",
            _pending_behind("1800元", "≤3000元", "1500元"),
            id="W1-per-household-yearly-sum",
        ),
        pytest.param(
            "千人口传染病报告例数",
            "≤5例",
            "3例",
            "2.5例",
            _pending_behind("3例", "≤5例", "2.5例"),
            id="W1-per-1000-cases",
        ),
        pytest.param(
            "每万人口卫生支出",
            "≤50万元",
            "28万元",
            None,
            (_PENDING, _NA, "实际28万元暂未超过年度上限≤50万元，年底前仍可能超出"),
            id="W1-per-10k-spending",
        ),
        # unit costs stay averages, met under their ceiling mid-year (fp21 H1)
        pytest.param(
            "每吨垃圾处理费",
            "≤200元",
            "185元",
            None,
            (_MET, _NA, "实际185元，达到年度指标≤200元"),
            id="unit-cost-per-tonne",
        ),
        pytest.param(
            "每人每年体检费用",
            "≤300元",
            "280元",
            None,
            (_MET, _NA, "实际280元，达到年度指标≤300元"),
            id="unit-cost-per-head-per-year",
        ),
        pytest.param(
            "百公里油耗",
            "≤25升",
            "23升",
            None,
            (_MET, _NA, "实际23升，达到年度指标≤25升"),
            id="unit-cost-fuel-per-100km",
        ),
    ],
)
def test_a_per_unit_annual_total_stays_cumulative(
    name: str, target: str, actual: str, planned: str | None, expected: _Expected
) -> None:
    verdict = verdict_of(indicator(name, target, actual, planned, level2="成本指标"))
    assert (verdict.attainment, verdict.progress, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "expected"),
    [
        pytest.param(
            "违规资金金额",
            "0",
            "0",
            "0",
            (_PENDING, _ON_TRACK, "实际0暂未超过年度上限=0，年底前仍可能超出"),
            id="W2-bare-zero-money",
        ),
        pytest.param(
            "资金损失金额",
            "=0",
            "0",
            "0",
            (_PENDING, _ON_TRACK, "实际0暂未超过年度上限=0，年底前仍可能超出"),
            id="W2-equal-zero-money",
        ),
        pytest.param(
            "违规发放金额",
            "≤0",
            "无",
            "0",
            (_PENDING, _ON_TRACK, "实际0暂未超过年度上限≤0，年底前仍可能超出"),
            id="W2-at-most-zero-money-none-said",
        ),
        pytest.param(
            "欠薪金额",
            "0元",
            "0",
            None,
            (_PENDING, _NA, "实际0元暂未超过年度上限=0元，年底前仍可能超出"),
            id="zero-yuan-as-before",
        ),
        # a bare zero on an event stays a count of none (fp21 M3)
        pytest.param(
            "较大以上安全事故",
            "0",
            "0",
            "0",
            (_MET, _ON_TRACK, "实际0，达到年度指标=0"),
            id="bare-zero-event-met",
        ),
    ],
)
def test_a_bare_zero_on_money_is_an_amount(
    name: str, target: str, actual: str, planned: str | None, expected: _Expected
) -> None:
    verdict = verdict_of(indicator(name, target, actual, planned, level2="质量指标"))
    assert (verdict.attainment, verdict.progress, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "forecast", "likelihood", "expected"),
    [
        pytest.param(
            "安全事故",
            "0起",
            "0起",
            "1起",
            None,
            (
                _PENDING,
                _ON_TRACK,
                "实际0起暂未超过年度上限=0起，年底前仍可能超出；全年预计1起已超出年度上限=0起",
            ),
            id="W3-zero-events-forecast-one",
        ),
        pytest.param(
            "每吨垃圾处理费",
            "≤200元",
            "185元",
            "210元",
            None,
            (
                _PENDING,
                _ON_TRACK,
                "实际185元暂未超过年度上限≤200元，年底前仍可能超出；全年预计210元，超出年度指标≤200元",
            ),
            id="W3-unit-cost-forecast-over",
        ),
        pytest.param(
            "每户改造补助",
            "≤3万元",
            "2.8万元",
            "3.2万元",
            None,
            (
                _PENDING,
                _ON_TRACK,
                "实际2.8万元暂未超过年度上限≤3万元，年底前仍可能超出；全年预计3.2万元，超出年度指标≤3万元",
            ),
            id="W3-per-household-forecast-over",
        ),
        pytest.param(
            "重大安全事故",
            "0起",
            "0起",
            None,
            "完全不可能",
            (_PENDING, _ON_TRACK, "实际0起暂未超过年度上限=0起，年底前仍可能超出"),
            id="W3-zero-events-impossible",
        ),
        pytest.param(
            "每吨垃圾处理费",
            "≤200元",
            "185元",
            None,
            "完全不可能",
            (_PENDING, _ON_TRACK, "实际185元暂未超过年度上限≤200元，年底前仍可能超出"),
            id="W3-unit-cost-impossible",
        ),
        # a forecast that meets, or a likelihood of 有可能, leaves it met (fp21)
        pytest.param(
            "安全事故",
            "0起",
            "0起",
            "0起",
            None,
            (_MET, _ON_TRACK, "实际0起，达到年度指标=0起"),
            id="zero-events-forecast-none",
        ),
        pytest.param(
            "每吨垃圾处理费",
            "≤200元",
            "185元",
            "195元",
            "有可能",
            (_MET, _ON_TRACK, "实际185元，达到年度指标≤200元"),
            id="unit-cost-forecast-within",
        ),
    ],
)
def test_a_row_foreseeing_its_miss_stays_pending(  # noqa: PLR0913, PLR0917 - one per column
    name: str,
    target: str,
    actual: str,
    forecast: str | None,
    likelihood: str | None,
    expected: _Expected,
) -> None:
    row = indicator(
        name,
        target,
        actual,
        target,
        forecast=forecast,
        likelihood=likelihood,
        level2="质量指标",
    )
    verdict = verdict_of(row)
    assert (verdict.attainment, verdict.progress, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "92%（预计全年85%）",
            (_MET, _UNKNOWN, "实际92%，达到年度指标90-95%"),
            id="W4-in-cell-forecast",
        ),
        pytest.param(
            "92%", (_MET, _ON_TRACK, "实际92%，达到年度指标90-95%"), id="met-range-on-track"
        ),
        # 达到预期 is a result reached, no forecast (the regression corpus's 公共文化服务水平)
        pytest.param(
            "92%（达到预期）",
            (_MET, _ON_TRACK, "实际92%，达到年度指标90-95%"),
            id="reached-as-expected-is-no-forecast",
        ),
    ],
)
def test_an_in_cell_forecast_keeps_the_progress_unknown(actual: str, expected: _Expected) -> None:
    row = indicator("水质达标率", "90%-95%", actual, "90%-95%", level2="质量指标")
    verdict = verdict_of(row)
    assert (verdict.attainment, verdict.progress, verdict.explanation) == expected
