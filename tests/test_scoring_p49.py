"""parse49 (p49): verdicts of self-evaluation and tracking rows.

H1: centimetres and millimetres compare with each other and with metres whatever their
spelling (``cm``/``厘米``/``公分``, ``mm``/``毫米``): ``2.6厘米`` or ``26mm`` against ``≥3cm`` is
not_met at 2×2.6/3, ``3.5厘米`` against ``≥3cm`` met.
H3: an inspection's sample and the errors found in it (``抽查2,000块，差错32块``; ``错误``,
``不合格``) are their share on an error rate (差错率 ≤1%: 1.6%, not_met at 2×1/1.6) and its
complement on a rate of the rest (合格率, 准确率 ≥99%: 98.4%).
H6: a step share whose measure word has its bracketed alternative (``救护163只（头），成活108只
（头）``) is read as ``救护163只，成活108只`` is: 66.26%, not_met against ``≥70%``.
H2: once in each of a day's slots (``每日早晚各播出1次``, ``早中晚各1次``, ``上下午各1次``) is
2 or 3 times a day against a per-day target (``每天≥2次``); against a year's count it stays 1.
H5: trips or checks beside the persons sent out on them (``出动执法船艇186航次、执法人员1,120
人次``) are the count in the target's unit (186航次 against ``≥200航次``) though the labels share
the activity's word (执法, 出动); parts of one measure (病死猪…头，病死禽…羽) stay text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

# H1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
LENGTHS = [
    pytest.param(
        ("放流苗种规格", "≥3cm", "平均规格2.6厘米"),
        ("not_met", "实际2.6厘米，未达年度指标≥3cm", Decimal("1.73")),
        id="cm-against-limi",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "26mm"),
        ("not_met", "实际26mm，未达年度指标≥3cm", Decimal("1.73")),
        id="mm-against-cm",
    ),
    pytest.param(
        ("放流苗种规格", "≥30mm", "26毫米"),
        ("not_met", "实际26毫米，未达年度指标≥30mm", Decimal("1.73")),
        id="haomi-against-mm",
    ),
    pytest.param(
        ("放流苗种规格", "≥30mm", "2.6厘米"),
        ("not_met", "实际2.6厘米，未达年度指标≥30mm", Decimal("1.73")),
        id="limi-against-mm",
    ),
    pytest.param(
        ("放流苗种规格", "≥3厘米", "2.6公分"),
        ("not_met", "实际2.6公分，未达年度指标≥3厘米", Decimal("1.73")),
        id="gongfen-against-limi",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "平均规格3.5厘米"),
        ("met", "实际3.5厘米，达到年度指标≥3cm", Decimal("2.00")),
        id="limi-meets-cm",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "0.02米"),
        ("not_met", "实际0.02米，未达年度指标≥3cm", Decimal("1.33")),
        id="mi-against-cm",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "2.6cm"),
        ("not_met", "实际2.6cm，未达年度指标≥3cm", Decimal("1.73")),
        id="control-same-spelling",
    ),
    pytest.param(
        ("护栏高度", "≤1.5m", "1.6米"),
        ("not_met", "实际1.6米已超出年度上限≤1.5m", Decimal("1.88")),
        id="control-metres",
    ),
]


@pytest.mark.parametrize(("row", "expected"), LENGTHS)
def test_lengths(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        assert "full-points-not-met" in {finding.id for finding in card.findings}
    assert "unit-mismatch" not in {finding.id for finding in card.findings}


def test_lengths_tracking() -> None:
    row = indicator(
        name="放流苗种规格",
        target="≥3cm",
        planned="≥3cm",
        actual="平均规格3.5厘米",
        level2="质量指标",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("met", "on_track"), got.explanation
    assert "unit-mismatch" not in {finding.id for finding in card.findings}


# H3, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
ERRORS = [
    pytest.param(
        ("门牌差错率", "≤1%", "抽查2,000块，差错32块"),
        (
            "not_met",
            "实际抽查2,000块，差错32块（按比例计为1.6%），超出年度指标≤1%",
            Decimal("1.25"),
        ),
        id="chacuo-on-error-rate",
    ),
    pytest.param(
        ("门牌差错率", "≤1%", "抽查门牌2,000块，发现差错32块"),
        (
            "not_met",
            "实际抽查门牌2,000块，发现差错32块（按比例计为1.6%），超出年度指标≤1%",
            Decimal("1.25"),
        ),
        id="noun-and-found",
    ),
    pytest.param(
        ("门牌差错率", "≤1%", "抽查2000块，错误32块"),
        ("not_met", "实际抽查2000块，错误32块（按比例计为1.6%），超出年度指标≤1%", Decimal("1.25")),
        id="cuowu-on-error-rate",
    ),
    pytest.param(
        ("门牌差错率", "≤1%", "抽查2,000块，不合格32块"),
        (
            "not_met",
            "实际抽查2,000块，不合格32块（按比例计为1.6%），超出年度指标≤1%",
            Decimal("1.25"),
        ),
        id="buhege-on-error-rate",
    ),
    pytest.param(
        ("门牌差错率", "≤1%", "抽查2,000块，差错16块"),
        (
            "met",
            "实际抽查2,000块，差错16块（按比例计为0.8%），达到年度指标≤1%",
            Decimal("2.00"),
        ),
        id="within-ceiling",
    ),
    pytest.param(
        ("门牌合格率", "≥99%", "抽查2,000块，差错32块"),
        (
            "not_met",
            "实际抽查2,000块，差错32块（按比例计为98.4%），未达年度指标≥99%",
            Decimal("1.99"),
        ),
        id="complement-hege",
    ),
    pytest.param(
        ("门牌准确率", "≥99%", "抽查2,000块，错误32块"),
        (
            "not_met",
            "实际抽查2,000块，错误32块（按比例计为98.4%），未达年度指标≥99%",
            Decimal("1.99"),
        ),
        id="complement-zhunque",
    ),
    pytest.param(
        ("门牌差错率", "≤1%", "抽查2,000块，差错32个"),
        (
            "unknown",
            "实际“抽查2,000块，差错32个”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-units-differ",
    ),
    pytest.param(
        ("支付差错率", "≤1%", "支付差错3笔"),
        ("unknown", "实际3笔与年度指标≤1%单位不可比", Decimal("2.00")),
        id="control-no-sample",
    ),
]


@pytest.mark.parametrize(("row", "expected"), ERRORS)
def test_errors(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        assert "full-points-not-met" in {finding.id for finding in card.findings}


def test_errors_tracking() -> None:
    row = indicator(
        name="门牌差错率",
        target="≤1%",
        planned="≤1%",
        actual="抽查2,000块，差错32块",
        level2="质量指标",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "behind"), got.explanation


# H6, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
ALTERNATIVE_MEASURE = [
    pytest.param(
        ("救护成活率", "≥70%", "救护163只（头），成活108只（头）"),
        (
            "not_met",
            "实际救护163只（头），成活108只（头）（按比例计为66.26%），未达年度指标≥70%",
            Decimal("1.89"),
        ),
        id="full-width-brackets",
    ),
    pytest.param(
        ("救护成活率", "≥70%", "救护163只(头),成活108只(头)"),
        (
            "not_met",
            "实际救护163只(头),成活108只(头)（按比例计为66.26%），未达年度指标≥70%",
            Decimal("1.89"),
        ),
        id="half-width-brackets",
    ),
    pytest.param(
        ("救护成活率", "≥60%", "救护163只（头），成活108只（头）"),
        (
            "met",
            "实际救护163只（头），成活108只（头）（按比例计为66.26%），达到年度指标≥60%",
            Decimal("2.00"),
        ),
        id="met",
    ),
    pytest.param(
        ("救护成活率", "≥70%", "救护163只，成活108只"),
        (
            "not_met",
            "实际救护163只，成活108只（按比例计为66.26%），未达年度指标≥70%",
            Decimal("1.89"),
        ),
        id="control-plain",
    ),
]


@pytest.mark.parametrize(("row", "expected"), ALTERNATIVE_MEASURE)
def test_alternative_measure(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
    if expected[0] == "not_met":
        assert "full-points-not-met" in {finding.id for finding in card.findings}


def test_alternative_measure_tracking() -> None:
    row = indicator(
        name="救护成活率",
        target="≥70%",
        planned="≥70%",
        actual="救护163只（头），成活108只（头）",
        level2="质量指标",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "behind"), got.explanation


# H2, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
SLOTS_OF_DAY = [
    pytest.param(
        ("应急广播播出", "每天≥2次", "每日早晚各播出1次"),
        ("met", "实际2次，达到年度指标≥2次", Decimal("2.00")),
        id="zaowan-with-day",
    ),
    pytest.param(
        ("应急广播播出", "每天≥2次", "每天早晚各1次"),
        ("met", "实际2次，达到年度指标≥2次", Decimal("2.00")),
        id="zaowan-bare-verb",
    ),
    pytest.param(
        ("应急广播播出", "每天≥3次", "早中晚各1次"),
        ("met", "实际3次，达到年度指标≥3次", Decimal("2.00")),
        id="zaozhongwan",
    ),
    pytest.param(
        ("应急广播播出", "每天2次", "上下午各1次"),
        ("met", "实际2次，达到年度指标=2次", Decimal("2.00")),
        id="shangxiawu",
    ),
    pytest.param(
        ("应急广播播出", "每天≥3次", "每日早晚各播出1次"),
        ("not_met", "实际2次，未达年度指标≥3次", Decimal("1.33")),
        id="two-of-three",
    ),
    pytest.param(
        ("应急广播播出", "≥2次", "早晚各1次"),
        ("not_met", "实际1次，未达年度指标≥2次", Decimal("1.00")),
        id="control-year-count",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SLOTS_OF_DAY)
def test_slots_of_day(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_slots_of_day_tracking() -> None:
    row = indicator(
        name="应急广播播出",
        target="每天≥2次",
        planned="每天≥2次",
        actual="每日早晚各播出1次",
        forecast="每天2次",
    )
    card = score(tracking_table([row], period=(YEAR, 1, YEAR, 9)))
    got = card.verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("met", "on_track"), got.explanation
    assert "missing-deviation-reason" not in {finding.id for finding in card.findings}


# H5, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
CREW_BESIDE = [
    pytest.param(
        ("渔政执法巡查", "≥200航次", "出动执法船艇186航次、执法人员1,120人次"),
        ("not_met", "实际186航次，未达年度指标≥200航次", Decimal("1.86")),
        id="trips-and-person-times",
    ),
    pytest.param(
        ("渔政执法巡查", "≥200航次", "出动执法船艇186航次，执法人员1120人"),
        ("not_met", "实际186航次，未达年度指标≥200航次", Decimal("1.86")),
        id="trips-and-persons",
    ),
    pytest.param(
        ("执法检查", "≥200次", "开展执法检查186次、出动执法人员1,120人次"),
        ("not_met", "实际186次，未达年度指标≥200次", Decimal("1.86")),
        id="checks-and-person-times",
    ),
    pytest.param(
        ("渔政执法巡查", "≥200航次", "出动执法船艇186航次、出动人员1,120人次"),
        ("not_met", "实际186航次，未达年度指标≥200航次", Decimal("1.86")),
        id="shared-chudong",
    ),
    # the other way round since k30a: the one count of persons beside counts of none
    pytest.param(
        ("执法人员", "≥1000人次", "出动执法船艇186航次、执法人员1,120人次"),
        ("met", "实际1120人次，达到年度指标≥1000人次", Decimal("2.00")),
        id="target-in-persons",
    ),
    pytest.param(
        ("执法人员", "≥1000人次", "出动执法船艇186航次、执法人员1,120人次、协管人员200人"),
        (
            "unknown",
            "实际“出动执法船艇186航次、执法人员1,120人次、协管人员200人”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-two-counts-of-persons",
    ),
    pytest.param(
        ("病死畜禽处理", "≥8万头", "处理病死猪3.6万头，病死禽12万羽"),
        (
            "unknown",
            "实际“处理病死猪3.6万头，病死禽12万羽”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-parts-of-one-measure",
    ),
]


@pytest.mark.parametrize(("row", "expected"), CREW_BESIDE)
def test_crew_beside(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
