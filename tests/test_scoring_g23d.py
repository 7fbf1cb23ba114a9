"""Time limits, counts per period and subsidy standards (fix task g23d).

Each case is a hand-built row scored in a tracking table; the verdict, its sentence
and the findings named are exact.
"""

from __future__ import annotations

import pytest

from scoring_builders import finding_ids, indicator, score_one

_YEAR_END = (2023, 1, 2023, 12)
_JUNE = (2023, 1, 2023, 6)

_LIMIT = "≤5个工作日"


@pytest.mark.parametrize(
    ("name", "target", "actual", "period", "expected"),
    [
        # 1. a time limit after an event, without 内: read as the limit it is
        pytest.param(
            "公示时限",
            "调整后3日公示",
            "均在2日内公示",
            _YEAR_END,
            ("met", "实际不超过2日，达到年度指标≤3日"),
            id="lag-within-said",
        ),
        pytest.param(
            "公示时限",
            "调整后3日公示",
            "平均1.5日",
            _YEAR_END,
            ("met", "实际1.5日，达到年度指标≤3日"),
            id="lag-average",
        ),
        pytest.param(
            "公示时限",
            "调整后3日公示",
            "平均5日",
            _YEAR_END,
            ("not_met", "实际5日，超出年度指标≤3日"),
            id="lag-over",
        ),
        # 1. calendar days against working days: within both readings, over both, between
        pytest.param(
            "办结时限",
            _LIMIT,
            "平均4天",
            _YEAR_END,
            ("met", "实际4天（日历日），工作日不多于日历日，达到年度指标≤5个工作日"),
            id="days-within-working",
        ),
        pytest.param(
            "办结时限",
            _LIMIT,
            "平均8天",
            _YEAR_END,
            (
                "not_met",
                (
                    "实际8天（日历日），超过5个工作日最长可跨的7天（按每周5个工作日计），"
                    "超出年度指标≤5个工作日"
                ),
            ),
            id="days-beyond-working-average",
        ),
        pytest.param(
            "办结时限",
            _LIMIT,
            "平均8天",
            _JUNE,
            (
                "pending",
                (
                    "实际8天（日历日），超过5个工作日最长可跨的7天（按每周5个工作日计），"
                    "超出年度指标≤5个工作日，距年底尚有时间"
                ),
            ),
            id="days-beyond-working-average-mid-year",
        ),
        pytest.param(
            "办结时限",
            _LIMIT,
            "8天",
            _JUNE,
            (
                "not_met",
                (
                    "实际8天（日历日），超过5个工作日最长可跨的7天（按每周5个工作日计），"
                    "已超出时限≤5个工作日，超时的办件无法挽回"
                ),
            ),
            id="days-beyond-working-case",
        ),
        pytest.param(
            "办结时限",
            "≤10个工作日",
            "14天",
            _YEAR_END,
            (
                "unknown",
                (
                    "实际14天（日历日），10个工作日可跨10至14个日历日，"
                    "不能确定是否在年度指标≤10个工作日以内，需人工判断"
                ),
            ),
            id="days-at-span-of-ten",
        ),
        pytest.param(
            "办结时限",
            _LIMIT,
            "平均6天",
            _YEAR_END,
            (
                "unknown",
                (
                    "实际6天（日历日），5个工作日可跨5至7个日历日，"
                    "不能确定是否在年度指标≤5个工作日以内，需人工判断"
                ),
            ),
            id="days-between-readings",
        ),
        # 2. counts per period: a bare status mid-year, every period said, a year short
        pytest.param(
            "检查频次",
            "每季度开展1次",
            "已完成",
            _JUNE,
            ("pending", "实际“已完成”，未给出次数，年度指标“每季度开展1次”的全年次数尚未到期"),
            id="per-quarter-bare-done-mid-year",
        ),
        pytest.param(
            "巡河频次",
            "每月不少于1次",
            "已完成",
            _JUNE,
            ("pending", "实际“已完成”，未给出次数，年度指标“每月不少于1次”的全年次数尚未到期"),
            id="per-month-bare-done-mid-year",
        ),
        pytest.param(
            "巡河频次",
            "每月不少于1次",
            "每月均巡河",
            _YEAR_END,
            ("met", "实际“每月均巡河”，每期均已开展，达到年度指标“每月不少于1次”"),
            id="every-month-said",
        ),
        pytest.param(
            "巡河频次",
            "每月不少于1次",
            "每季度均巡河",
            _YEAR_END,
            # r36l: a round every quarter is 4 a year against 12 (it was unknown, 不是数值)
            (
                "not_met",
                "实际“每季度均巡河”（全年计4次），未达年度指标每月不少于1次（全年计≥12次）",
            ),
            id="every-quarter-against-monthly",
        ),
        pytest.param(
            "巡河频次",
            "每月不少于1次",
            "全年巡河11次",
            _YEAR_END,
            ("not_met", "“每月不少于1次”全年计≥12次；实际11次，未达年度指标≥12次"),
            id="year-count-short",
        ),
        # 3. standards: the period of the standard, a standard applied in words
        pytest.param(
            "补助标准",
            "≥2.5万元/人·年",
            "按25000元/人标准发放",
            _YEAR_END,
            ("met", "实际25000元/人·年，达到年度指标≥2.5万元/人·年"),
            id="standard-year-implied",
        ),
        pytest.param(
            "补助标准",
            "≥2.5万元/人·年",
            "按20000元/人标准发放",
            _YEAR_END,
            ("not_met", "实际20000元/人·年，未达年度指标≥2.5万元/人·年"),
            id="standard-year-implied-below",
        ),
        pytest.param(
            "补助标准",
            "按800元/人·天执行",
            "按每人每天800元",
            _YEAR_END,
            ("met", "实际800元/人·天，达到年度指标=800元/人·天"),
            id="standard-applied-in-words",
        ),
        # 5. a lower grade after a clause of none of the grade ruled out
        pytest.param(
            "安全事故",
            "不发生较大及以上事故",
            "未发生较大事故，发生一般事故1起",
            _YEAR_END,
            (
                "met",
                (
                    "实际“未发生较大事故，发生一般事故1起”为一般事故，低于年度指标"
                    "“不发生较大及以上事故”排除的等级，该等级事故未发生，达到年度指标"
                ),
            ),
            id="lower-grade-after-none",
        ),
        pytest.param(
            "安全事故",
            "不发生较大及以上事故",
            "未发生较大事故，发生较大事故1起",
            _YEAR_END,
            ("not_met", "实际“未发生较大事故，发生较大事故1起”，未达到“不发生较大及以上事故”"),
            id="ruled-out-grade-after-none",
        ),
    ],
)
def test_verdicts(
    name: str,
    target: str,
    actual: str,
    period: tuple[int, int, int, int],
    expected: tuple[str, str],
) -> None:
    row = indicator(name, target, actual, level2="时效指标")
    verdict = score_one(row, period=period).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "present", "absent"),
    [
        pytest.param(
            "公示时限", "调整后3日公示", "平均1.5日", [], ["target-not-measurable"], id="lag"
        ),
        pytest.param("办结时限", _LIMIT, "平均8天", [], ["unit-mismatch"], id="beyond"),
        pytest.param("办结时限", _LIMIT, "平均6天", [], ["unit-mismatch"], id="between"),
        pytest.param(
            "补助标准",
            "≥2.5万元/人·年",
            "按25000元/人标准发放",
            [],
            ["unit-mismatch"],
            id="standard-year",
        ),
        # 4. a fixed standard paid above: an over-payment, not a target set low
        pytest.param(
            "补助标准",
            "=80元/头",
            "按100元/头发放",
            ["paid-above-standard"],
            ["exceeds-target"],
            id="standard-paid-above",
        ),
        pytest.param(
            "处理补助",
            "=80元/头",
            "按100元/头发放",
            ["paid-above-standard"],
            ["exceeds-target"],
            id="subsidy-paid-above",
        ),
        pytest.param(
            "处理补助",
            "=80元/头",
            "按80元/头发放",
            [],
            ["paid-above-standard"],
            id="subsidy-paid-at",
        ),
        pytest.param(
            "补助标准",
            "≥80元/头",
            "按100元/头发放",
            [],
            ["paid-above-standard"],
            id="floor-paid-above",
        ),
    ],
)
def test_findings(
    name: str, target: str, actual: str, present: list[str], absent: list[str]
) -> None:
    ids = finding_ids(score_one(indicator(name, target, actual), period=_YEAR_END))
    assert [i for i in present if i in ids] == present
    assert [i for i in absent if i in ids] == []


def test_paid_above_standard_message() -> None:
    card = score_one(indicator("处理补助", "=80元/头", "按100元/头发放"), period=_YEAR_END)
    (finding,) = [f for f in card.findings if f.id == "paid-above-standard"]
    assert (card.verdicts[0].attainment.value, finding.severity.value, finding.message) == (
        "met",
        "warning",
        "“处理补助”实际100元/头高于年度指标确定的标准=80元/头，存在超标准发放，请核实依据",
    )
