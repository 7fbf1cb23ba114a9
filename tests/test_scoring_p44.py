"""parse44 (p44): verdicts of self-evaluation and tracking rows.

H1: a count of times of stations, sections, flights or machines written with a dot
(``断面·次``, ``站·次``, ``架·次``) is judged as ``断面次``…, as ``人·次`` is ``人次``.
H2: a prose ceiling with the figure in brackets (``控制在预算内（≤120万元）``) is judged on
the figure: an overspend is not_met with the ceiling's ratio points.
H3: an inspection and its failures in one unit (``抽检种子样品210份，不合格5份``) on a
合格率 or 达标率 is the share of the passed (97.62%), as ``合格205份`` is; a count, a
failure in another unit or a 不合格率 stays unknown.
H5: a cost per site with the year beside its per (``每站每年3.6万元``, ``单站年均…``) or in
its unit (``每站3.6万元/年``) against ``≤3.5万元/站`` is per 站, as ``每人每年120元`` is per
人: an overrun is not_met; a month beside the per stays apart.
H4: a target whose bracket names a subset (``≥5万吨（实物）``) is judged on the 其中 clause
of that subset (``其中实物储备4.6万吨``), as a name naming it is.
M3: all of what a step did said done in time (``发布预警信息36期，均按时发布``) on a rate of
time naming the step (``预警信息发布及时率``) is 100%.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

# H1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
DOTTED_TIMES = [
    pytest.param(
        ("采样断面数", "≥576断面·次", "采样560断面·次"),
        ("not_met", "实际560断面次，未达年度指标≥576断面次", Decimal("1.94")),
        id="sections-missed",
    ),
    pytest.param(
        ("飞防作业架次", "≥50架·次", "42架·次"),
        ("not_met", "实际42架次，未达年度指标≥50架次", Decimal("1.68")),
        id="flights-missed",
    ),
    pytest.param(
        ("测站巡测", "≥800站·次", "812站·次"),
        ("met", "实际812站次，达到年度指标≥800站次", Decimal("2.00")),
        id="stations-met",
    ),
    pytest.param(
        ("测站巡测", "≥800站次", "812站·次"),
        ("met", "实际812站次，达到年度指标≥800站次", Decimal("2.00")),
        id="mixed-notation",
    ),
    pytest.param(
        ("服务人次", "≥500人次", "480人·次"),
        ("not_met", "实际480人次，未达年度指标≥500人次", Decimal("1.92")),
        id="control-persons",
    ),
]


@pytest.mark.parametrize(("row", "expected"), DOTTED_TIMES)
def test_dotted_times(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_dotted_times_tracking() -> None:
    row = indicator(
        name="水质采样断面次数",
        target="≥576断面·次",
        planned="432断面·次",
        actual="采样432断面·次",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "on_track"), got.explanation


# H2, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
PROSE_CEILINGS = [
    pytest.param(
        ("因公出国经费", "控制在预算内（≤120万元）", "实际支出126.4万元"),
        ("not_met", "实际126.4万元已超出年度上限≤120万元", Decimal("1.90")),
        id="overspent",
    ),
    pytest.param(
        ("公务接待费", "不超过预算（≤60万元）", "58.2万元"),
        ("met", "实际58.2万元，达到年度指标≤60万元", Decimal("2.00")),
        id="within",
    ),
    pytest.param(
        ("因公出国经费", "≤120万元（控制在预算内）", "实际支出126.4万元"),
        ("not_met", "实际126.4万元已超出年度上限≤120万元", Decimal("1.90")),
        id="control-swapped",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PROSE_CEILINGS)
def test_prose_ceiling(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# H3, 2025 自评表 (weight 2): name | target | actual | attainment, explanation
FAILURES = [
    pytest.param(
        ("种子质量抽检合格率", "≥98%", "抽检种子样品210份，不合格5份"),
        ("not_met", "实际抽检种子样品210份，不合格5份（按比例计为97.62%），未达年度指标≥98%"),
        id="failures",
    ),
    pytest.param(
        ("种子质量抽检合格率", "≥98%", "抽检210份，其中不合格5份"),
        ("not_met", "实际抽检210份，其中不合格5份（按比例计为97.62%），未达年度指标≥98%"),
        id="failures-of-them",
    ),
    pytest.param(
        ("水质达标率", "≥95%", "检测断面48个，不达标2个"),
        ("met", "实际检测断面48个，不达标2个（按比例计为95.83%），达到年度指标≥95%"),
        id="not-up-to-standard",
    ),
    pytest.param(
        ("种子质量抽检合格率", "≥98%", "抽检210份，合格205份"),
        ("not_met", "实际抽检210份，合格205份（按比例计为97.62%），未达年度指标≥98%"),
        id="control-passed",
    ),
    # no share of the passed: failures in another unit, a count, the failures' own rate
    pytest.param(
        ("种子质量抽检合格率", "≥98%", "抽检210份，不合格5批"),
        ("unknown", "实际“抽检210份，不合格5批”不是数值，无法与年度指标比较"),
        id="other-unit",
    ),
    pytest.param(
        ("合格样品数", "≥200份", "抽检210份，不合格5份"),
        ("unknown", "实际“抽检210份，不合格5份”不是数值，无法与年度指标比较"),
        id="count",
    ),
    pytest.param(
        # the failures' own share on their rate (parse49 H3): 5/210
        ("种子不合格率", "≤3%", "抽检210份，不合格5份"),
        ("met", "实际抽检210份，不合格5份（按比例计为2.38%），达到年度指标≤3%"),
        id="failure-rate",
    ),
    pytest.param(
        ("种子不合格率", "≤3%", "抽检210份，合格205份"),
        ("unknown", "实际“抽检210份，合格205份”不是数值，无法与年度指标比较"),
        id="failure-rate-passed",
    ),
]


@pytest.mark.parametrize(("row", "expected"), FAILURES)
def test_failures_of_an_inspection(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    got = self_card(*row).verdicts[0]
    assert (got.attainment.value, got.explanation) == expected


def test_failures_points() -> None:
    card = self_card("种子质量抽检合格率", "≥98%", "抽检种子样品210份，不合格5份")
    assert card.points.items[0].points == Decimal("1.99")


# H5, 2025 自评表 (weight 2): name | target | actual | attainment, explanation
PER_SITE_YEARLY = [
    pytest.param(
        ("单站年运维成本", "≤3.5万元/站", "每站每年3.6万元"),
        ("not_met", "实际3.6万元/站，超出年度指标≤3.5万元/站"),
        id="per-site-each-year",
    ),
    pytest.param(
        ("单站年运维成本", "≤3.5万元/站", "单站年均3.6万元"),
        ("not_met", "实际3.6万元/站，超出年度指标≤3.5万元/站"),
        id="single-site-yearly-average",
    ),
    pytest.param(
        ("公厕管护成本", "≤1.5万元/座", "每座每年1.8万元"),
        ("not_met", "实际1.8万元/座，超出年度指标≤1.5万元/座"),
        id="per-toilet-each-year",
    ),
    pytest.param(
        ("单站年运维成本", "≤3.5万元/站", "每站每年3.4万元"),
        ("met", "实际3.4万元/站，达到年度指标≤3.5万元/站"),
        id="within",
    ),
    pytest.param(
        ("单站年运维成本", "≤3.5万元/站", "每站3.6万元/年"),
        ("not_met", "实际3.6万元/站/年，超出年度指标≤3.5万元/站"),
        id="per-site-slash-year",
    ),
    pytest.param(
        ("单站年运维成本", "≤3.5万元/站", "单站3.6万元/年"),
        ("not_met", "实际3.6万元/站/年，超出年度指标≤3.5万元/站"),
        id="single-site-slash-year",
    ),
    pytest.param(
        ("单站年运维成本", "≤3.5万元/站·年", "单站3.6万元/年"),
        ("not_met", "实际3.6万元/站·年，超出年度指标≤3.5万元/站·年"),
        id="per-site-year-target",
    ),
    pytest.param(
        ("人均经费", "≤100元/人·月", "每人1200元/年"),
        ("unknown", "实际1200元/年与年度指标≤100元/人·月单位不可比"),
        id="per-month-target",
    ),
    # controls: the person form, the full unit; a month or no per stays apart
    pytest.param(
        ("人均经费", "≤100元/人", "每人每年120元"),
        ("not_met", "实际120元/人，超出年度指标≤100元/人"),
        id="control-person",
    ),
    pytest.param(
        ("单站年运维成本", "≤3.5万元/站", "3.6万元/站/年"),
        ("not_met", "实际3.6万元/站/年，超出年度指标≤3.5万元/站"),
        id="control-full-unit",
    ),
    pytest.param(
        ("单站运维成本", "≤3.5万元/站", "每站每月0.3万元"),
        ("unknown", "实际0.3万元与年度指标≤3.5万元/站单位不可比"),
        id="per-month",
    ),
    pytest.param(
        ("单站运维成本", "≤3.5万元/站", "3.6万元/年"),
        ("unknown", "实际3.6万元/年与年度指标≤3.5万元/站单位不可比"),
        id="no-per",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PER_SITE_YEARLY)
def test_per_site_yearly(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    got = self_card(*row).verdicts[0]
    assert (got.attainment.value, got.explanation) == expected


def test_per_site_yearly_points() -> None:
    card = self_card("单站年运维成本", "≤3.5万元/站", "每站每年3.6万元")
    assert card.points.items[0].points == Decimal("1.94")


ACTUAL_RESERVE = "储备化肥5.3万吨，其中实物储备4.6万吨"

# H4, 2025 自评表 (weight 2): name | target | actual | attainment, explanation
NOTED_SUBSETS = [
    pytest.param(
        ("冬春化肥储备", "≥5万吨（实物）", ACTUAL_RESERVE),
        ("not_met", f"实际4.6万吨（“{ACTUAL_RESERVE}”中年度指标所指的数），未达年度指标≥5万吨"),
        id="note-names-subset",
    ),
    pytest.param(
        ("冬春化肥储备", "≥5万吨（实物）", "储备化肥5.3万吨，其中实物5.1万吨"),
        (
            "met",
            "实际5.1万吨（“储备化肥5.3万吨，其中实物5.1万吨”中年度指标所指的数），达到年度指标≥5万吨",
        ),
        id="note-is-the-noun",
    ),
    pytest.param(
        ("冬春化肥实物储备", "≥5万吨", ACTUAL_RESERVE),
        ("not_met", f"实际4.6万吨（“{ACTUAL_RESERVE}”中指标名称所指的数），未达年度指标≥5万吨"),
        id="control-name",
    ),
    # no subset named: the total
    pytest.param(
        ("冬春化肥储备", "≥5万吨", ACTUAL_RESERVE),
        ("met", "实际5.3万吨，达到年度指标≥5万吨"),
        id="no-note",
    ),
    pytest.param(
        ("冬春化肥储备", "≥5万吨（含协议储备）", ACTUAL_RESERVE),
        ("met", "实际5.3万吨，达到年度指标≥5万吨"),
        id="other-note",
    ),
]


@pytest.mark.parametrize(("row", "expected"), NOTED_SUBSETS)
def test_subset_named_by_target_note(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    got = self_card(*row).verdicts[0]
    assert (got.attainment.value, got.explanation) == expected


def test_subset_named_by_target_note_points() -> None:
    card = self_card("冬春化肥储备", "≥5万吨（实物）", ACTUAL_RESERVE)
    assert card.points.items[0].points == Decimal("1.84")


# M3, 2025 自评表 (weight 2): name | actual | attainment (target 100%)
ALL_IN_TIME = [
    pytest.param("预警信息发布及时率", "发布预警信息36期，均按时发布", "met", id="all-on-time"),
    pytest.param("预警信息发布及时率", "发布预警信息36期，全部按时发布", "met", id="every-one"),
    pytest.param("信息报送及时率", "报送信息120条，均及时报送", "met", id="in-time"),
    pytest.param("工单按时办结率", "办结工单121件，全部按时办结", "met", id="handled"),
    # no rate of time, or no time said: text as before
    pytest.param("预警信息发布率", "发布预警信息36期，均按时发布", "unknown", id="no-time-rate"),
    pytest.param("预警信息发布及时率", "发布预警信息36期，均已发布", "unknown", id="no-time-said"),
    pytest.param("工单办结及时率", "受理工单121件，全部按时办结", "met", id="control"),
]


@pytest.mark.parametrize(("name", "actual", "expected"), ALL_IN_TIME)
def test_all_in_time(name: str, actual: str, expected: str) -> None:
    got = self_card(name, "100%", actual).verdicts[0]
    assert got.attainment.value == expected, got.explanation
