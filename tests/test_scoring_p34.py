"""Value cells from 院前急救/采供血, 家庭医生签约, 老年助餐 and 充电设施 tables (parse34).

- H1: an average (``日均``, ``月均``) the verdict converts to the year's total is scored by
  that total too: ``日均出诊60次`` against ``≥2.5万次`` scores 21900/25000, not 60/25000.
- H3: mid-year, an average against a cumulative plan is set against it over the tracked
  period (1-9月: 273 days, 9 months), never compared raw (4200 against 112.5万: behind).
- H2: a time window in a rate's name (``3分钟内出车率``, ``10秒接听率``, ``48小时配送率``)
  or in a rate's bracket (``出车率96.2%（3分钟内）``) is label or note; the rate is the value.
- M3: the verb before the places covered (``实现乡镇全覆盖``, ``已实现行政村全覆盖``) is full
  coverage, 100%, as ``乡镇已实现全覆盖`` is; a negated or qualified phrase stays as it was.
- M2: ``MWh`` (兆瓦时) is 1000 ``kWh`` and ``GWh`` (吉瓦时) 1000 ``MWh``, as ``MW`` is 1000 ``kW``.
- M1: blood-service units compare: ``U`` is ``单位``, ``个治疗量`` is ``治疗量``, and ``升`` is
  1000 ``毫升`` (``mL``).
- LOW: ``actual-copies-target`` quotes the target's text (``≥90%``), not the actual's.
- M5: ``120呼救`` and ``120调度`` name the emergency number, as ``120急救`` does.

Each case is a table written as text and the exact verdicts, points or findings it gives.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.expressions import parse_target, parse_value
from probe_tables import self_table, track_table

D = Decimal


def points_of(card: perftrack.Scorecard) -> list[Decimal | None]:
    assert card.points is not None
    return [item.points for item in card.points.items][: len(card.verdicts)]  # no rate


# ---------------------------------------------------------------------------
# H1: the points score the year's total the verdict compared


@pytest.mark.parametrize(
    ("row", "attainment", "points"),
    [
        pytest.param(
            ("急救出诊", "≥2.5万次", "日均出诊60次", "17", "17"),
            "not_met",
            D("14.89"),  # 21900 / 25000 × 17
            id="daily-times-365",
        ),
        pytest.param(
            ("上门服务", "≥5000人次", "月均上门服务400人次", "16", "3.8"),
            "not_met",
            D("15.36"),  # 4800 / 5000 × 16
            id="monthly-times-12",
        ),
        pytest.param(
            ("全年助餐服务", "≥150万人次", "月均助餐12万人次", "4", "4"),
            "not_met",
            D("3.84"),  # 144万 / 150万 × 4
            id="monthly-in-wan",
        ),
        pytest.param(
            ("全年助餐服务", "≥150万人次", "月均助餐12.6万人次", "17", "17"),
            "met",
            D("17.00"),
            id="monthly-met-unchanged",
        ),
        pytest.param(
            ("出诊", "≥3万次", "出诊2.7万次", "10", "9"),
            "not_met",
            D("9.00"),
            id="no-average-unchanged",
        ),
    ],
)
def test_average_points_use_year_total(
    row: tuple[str, str, str, str, str], attainment: str, points: Decimal
) -> None:
    card = perftrack.score(self_table(row))
    assert [v.attainment.value for v in card.verdicts] == [attainment]
    assert points_of(card) == [points]


def test_average_points_findings_quote_year_total() -> None:
    card = perftrack.score(
        self_table(
            ("急救出诊", "≥2.5万次", "日均出诊60次", "17", "17"),
            ("上门服务", "≥5000人次", "月均上门服务400人次", "16", "15.36"),
        )
    )
    found = [
        (f.id, f.message) for f in card.findings if f.id.startswith(("full-points", "points-"))
    ]
    assert found == [
        ("full-points-not-met", "“急救出诊”未完成目标却得满分（填报得分17，计算得分14.89）"),
    ]


# ---------------------------------------------------------------------------
# H3: an average against a cumulative plan, over the tracked period


@pytest.mark.parametrize(
    ("end", "row", "progress", "explanation"),
    [
        pytest.param(
            9,
            ("全年助餐服务", "≥150万人次", "112.5万人次", "日均助餐4,200人次"),
            "on_track",
            "实际4200人次为日均值，年度指标≥150万人次为年度总量，非全年报表无法折算，需人工判断"
            "；实际4200人次按跟踪期273天折算为1146600人次，达到计划112.5万人次",  # k80fix
            id="daily-273-days-ahead",
        ),
        pytest.param(
            9,
            ("全年助餐服务", "≥150万人次", "112.5万人次", "月均助餐12.6万人次"),
            "on_track",
            "实际12.6万人次为月均值，年度指标≥150万人次为年度总量，非全年报表无法折算，需人工判断"
            "；实际12.6万人次按跟踪期9个月折算为113.4万人次，达到计划112.5万人次",  # k80fix
            id="monthly-9-months-ahead",
        ),
        pytest.param(
            9,
            ("急救出诊", "≥2.5万次", "18750次", "日均出诊72次"),
            "on_track",
            "实际72次为日均值，年度指标≥2.5万次为年度总量，非全年报表无法折算，需人工判断"
            "；实际72次按跟踪期273天折算为19656次，达到计划18750次",  # k80fix
            id="daily-count-ahead",
        ),
        pytest.param(
            9,
            ("全年助餐服务", "≥150万人次", "112.5万人次", "日均助餐4000人次"),
            "behind",
            "实际4000人次为日均值，年度指标≥150万人次为年度总量，非全年报表无法折算，需人工判断；"
            "实际4000人次按跟踪期273天折算为1092000人次，落后于计划112.5万人次",
            id="daily-273-days-behind",
        ),
        pytest.param(
            6,
            ("全年助餐服务", "≥150万人次", "75万人次", "月均助餐12万人次"),
            "behind",
            "实际12万人次为月均值，年度指标≥150万人次为年度总量，非全年报表无法折算，需人工判断；"
            "实际12万人次按跟踪期6个月折算为72万人次，落后于计划75万人次",
            id="monthly-6-months-behind",
        ),
        pytest.param(
            9,
            ("全年助餐服务", "≥150万人次", "112.5万人次", "周均助餐3万人次"),
            "unknown",
            "实际3万人次为周均值，年度指标≥150万人次为年度总量，非全年报表无法折算，需人工判断",
            id="weekly-not-counted-unknown",
        ),
    ],
)
def test_average_against_cumulative_plan(
    end: int, row: tuple[str, str, str, str], progress: str, explanation: str
) -> None:
    card = perftrack.score(track_table(row, end))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("unknown", progress)
    assert verdict.explanation == explanation
    optimistic = [f.id for f in card.findings if f.id == "judgement-optimistic"]
    assert optimistic == ([] if progress != "behind" else ["judgement-optimistic"])


# ---------------------------------------------------------------------------
# H2: a time window in a rate's name is part of the label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("3分钟内出车率96.2%", "3分钟内出车率96.2(%)", id="minutes-within"),
        pytest.param("3分钟出车率96.2%", "3分钟出车率96.2(%)", id="minutes"),
        pytest.param("10秒内接听率98.6%", "10秒内接听率98.6(%)", id="seconds"),
        pytest.param("15分钟内到达率92%", "15分钟内到达率92(%)", id="arrival"),
        pytest.param("48小时配送率95%", "48小时配送率95(%)", id="hours"),
        pytest.param("24小时内到账率100%", "24小时内到账率100(%)", id="hours-within"),
        pytest.param("急救电话10秒内接听率98.6%", "急救电话10秒内接听率98.6(%)", id="name-first"),
        pytest.param("5个工作日办结率98%", "5个工作日办结率98(%)", id="working-days"),
        pytest.param("出车率96.2%（3分钟内）", "出车率96.2(%)(3分钟内)", id="bracket-within"),
        pytest.param("出车率96.2%(3分钟)", "出车率96.2(%)(3分钟)", id="bracket"),
        # near misses: a duration alone, or a bracket of hours beside a count
        pytest.param("24小时", "24(小时)", id="hours-alone"),
        pytest.param("3分钟", "3(分钟)", id="minutes-alone"),
        pytest.param("15个（3小时）", "15个(3小时)", id="count-two-figures-text"),
        pytest.param("96%（12）", "96%(12)", id="rate-two-figures-text"),
    ],
)
def test_rate_time_window_value(text: str, expected: str) -> None:
    assert str(parse_value(text)) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        pytest.param("3分钟内出车率≥95%", "comparison", "3分钟内出车率≥95(%)", id="window-target"),
        pytest.param("≥95%（3分钟内）", "comparison", "≥95(%)(3分钟内)", id="bracket-target"),
        pytest.param("≤3分钟", "comparison", "≤3(分钟)", id="duration-stays"),
        pytest.param("3分钟内", "comparison", "≤3(分钟)", id="within-stays"),
    ],
)
def test_rate_time_window_target(text: str, kind: str, expected: str) -> None:
    target = parse_target(text)
    assert (target.kind, str(target)) == (kind, expected)


def test_rate_time_window_scored() -> None:
    card = perftrack.score(
        self_table(
            ("出车率", "≥95%", "3分钟内出车率92.6%", "2", "2"),
            ("出车率b", "3分钟内出车率≥95%", "92.6%", "2", "2"),
            ("资金到账", "100%", "24小时内到账率96%", "2", "2"),
        )
    )
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        ("not_met", "实际92.6%，未达年度指标≥95%"),
        ("not_met", "实际92.6%，未达年度指标≥95%"),
        ("not_met", "实际96%，未达年度指标=100%"),
    ]
    assert points_of(card) == [D("1.95"), D("1.95"), D("1.92")]


# ---------------------------------------------------------------------------
# M3: 实现 before the places covered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("实现乡镇全覆盖", "100(%)全覆盖", id="verb-place"),
        pytest.param("已实现行政村全覆盖", "100(%)全覆盖", id="done-verb-place"),
        pytest.param("实现村级全覆盖", "100(%)全覆盖", id="village-level"),
        pytest.param("实现社区全覆盖", "100(%)全覆盖", id="community"),
        pytest.param("乡镇已实现全覆盖", "100(%)全覆盖", id="place-verb-unchanged"),
        pytest.param("未实现乡镇全覆盖", "未实现乡镇全覆盖", id="negated-text"),
        pytest.param("未实现全覆盖", "未实现全覆盖", id="negated-status"),
        pytest.param("基本实现乡镇全覆盖", "基本实现乡镇全覆盖", id="qualified-text"),
    ],
)
def test_verb_place_full_coverage(text: str, expected: str) -> None:
    assert str(parse_value(text)) == expected


def test_verb_place_full_coverage_scored() -> None:
    card = perftrack.score(self_table(("乡镇充电设施覆盖", "100%", "实现乡镇全覆盖", "4", "4")))
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        ("met", "实际100%，达到年度指标=100%")
    ]
    assert [f.id for f in card.findings if f.id == "points-unsupported"] == []


# ---------------------------------------------------------------------------
# M2: MWh and GWh are multiples of kWh


@pytest.mark.parametrize(
    ("row", "attainment", "explanation", "points"),
    [
        pytest.param(
            ("年充电量", "≥3000万kWh", "2.86万MWh", "2", "2"),
            "not_met",
            "实际2.86万MWh，未达年度指标≥3000万kWh",
            D("1.91"),
            id="wan-mwh",
        ),
        pytest.param(
            ("年充电量", "≥3000万千瓦时", "全年充电量28.6GWh", "2", "2"),
            "not_met",
            "实际28.6GWh，未达年度指标≥3000万千瓦时",
            D("1.91"),
            id="gwh",
        ),
        pytest.param(
            ("年充电量", "≥3000万千瓦时", "3.1万兆瓦时", "2", "2"),
            "met",
            "实际3.1万兆瓦时，达到年度指标≥3000万千瓦时",
            D("2.00"),
            id="megawatt-hours-word",
        ),
        pytest.param(
            ("装机容量", "≥60MW", "5.6万kWh", "2", "2"),
            "unknown",
            "实际5.6万kWh与年度指标≥60MW单位不可比",
            D("2.00"),
            id="energy-against-power-apart",
        ),
    ],
)
def test_megawatt_hours(
    row: tuple[str, str, str, str, str], attainment: str, explanation: str, points: Decimal
) -> None:
    card = perftrack.score(self_table(row))
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        (attainment, explanation)
    ]
    assert points_of(card) == [points]


# ---------------------------------------------------------------------------
# M1: U, 个治疗量 and 毫升 of 采供血


@pytest.mark.parametrize(
    ("row", "attainment", "explanation", "points"),
    [
        pytest.param(
            ("全血采集单位数", "≥6万U", "采集全血5.6万单位", "2", "2"),
            "not_met",
            "实际5.6万单位，未达年度指标≥6万U",
            D("1.87"),
            id="u-against-unit",
        ),
        pytest.param(
            ("全血采集单位数", "≥6万单位", "5.6万U", "2", "2"),
            "not_met",
            "实际5.6万U，未达年度指标≥6万单位",
            D("1.87"),
            id="unit-against-u",
        ),
        pytest.param(
            ("单位采血成本", "≤200元/U", "每单位216元", "2", "2"),
            "not_met",
            "实际216元/单位，超出年度指标≤200元/U",
            D("1.85"),
            id="per-unit-cost",
        ),
        pytest.param(
            ("机采血小板", "≥8000治疗量", "7,260个治疗量", "2", "2"),
            "not_met",
            "实际7260个治疗量，未达年度指标≥8000治疗量",
            D("1.82"),
            id="doses-measure-word",
        ),
        pytest.param(
            ("献血量", "≥236万毫升", "献血量2,180升", "2", "2"),
            "not_met",
            "实际2180升，未达年度指标≥236万毫升",
            D("1.85"),
            id="litres-against-ml",
        ),
        pytest.param(
            ("献血量", "≥2000升", "236万mL", "2", "2"),
            "met",
            "实际236万mL，达到年度指标≥2000升",
            D("2.00"),
            id="ml-symbol",
        ),
        pytest.param(
            ("全血采集单位数", "≥6万U", "5.6万人次", "2", "2"),
            "unknown",
            "实际5.6万人次与年度指标≥6万U单位不可比",
            D("2.00"),
            id="people-stay-apart",
        ),
    ],
)
def test_blood_units(
    row: tuple[str, str, str, str, str], attainment: str, explanation: str, points: Decimal
) -> None:
    card = perftrack.score(self_table(row))
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        (attainment, explanation)
    ]
    assert points_of(card) == [points]


# ---------------------------------------------------------------------------
# LOW: actual-copies-target quotes the target


@pytest.mark.parametrize(
    ("row", "message"),
    [
        pytest.param(
            ("就餐老人满意度", "≥90%", "九成以上", "2", "2"),
            "“就餐老人满意度”实际完成情况“九成以上”照抄年度指标“≥90%”，未填报实际完成值",
            id="words-of-the-target",
        ),
        pytest.param(
            ("发放企业数", "≥200家", "≥200家", "2", "2"),
            "“发放企业数”实际完成情况照抄年度指标“≥200家”，未填报实际完成值",
            id="same-text",
        ),
    ],
)
def test_copy_quotes_target(row: tuple[str, str, str, str, str], message: str) -> None:
    card = perftrack.score(self_table(row))
    assert [f.message for f in card.findings if f.id == "actual-copies-target"] == [message]


# ---------------------------------------------------------------------------
# M5: 120呼救, 120调度


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("120呼救电话接听率92.6%", "120呼救电话接听率92.6(%)", id="call-phone"),
        pytest.param("120呼救接听率92.6%", "120呼救接听率92.6(%)", id="call"),
        pytest.param("120调度接听率92.6%", "120调度接听率92.6(%)", id="dispatch"),
        pytest.param(
            "120急救电话接听率92.6%", "120急救电话接听率92.6(%)", id="first-aid-unchanged"
        ),
    ],
)
def test_emergency_call_number(text: str, expected: str) -> None:
    assert str(parse_value(text)) == expected
