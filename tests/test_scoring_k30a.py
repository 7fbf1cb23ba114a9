"""Three misreadings of one figure among others, or of a unit glued to a verb (k30a).

1. Labelled counts whose labels share a word: ``举办培训班12期，培训2860人次`` against
   ``≥2800人次`` is the one count of persons beside counts of none (2860人次), as against
   ``≥10期`` it was the one count of no persons beside persons (12期, parse49 H5); only when
   exactly one count is of persons (or exactly one is not); two of persons, or parts of one
   measure (病死猪…头，病死禽…羽), stay text.
2. An average beside a total: ``户均``, ``每户``, ``平均每户``, ``户年均`` and a bare
   ``平均`` against a total target (``≥50万元``) are unknown, an average, never 500×1200;
   ``户均增收 ≥1000元`` is still the average's row (met at 1200元). A period average
   (``年平均``) is left to the period rules as before.
3. A unit glued to a verb after an ordinal day: ``第20个工作日拨付`` is 20 个工作日 with the
   note 拨付, so it compares with ``≤30个工作日``; ``20日拨付`` without 第 and
   ``提前15天完成`` are as they were (``20个工作日拨付`` is 20 个工作日 too since k31c).
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

# name | target | actual → attainment, explanation in a 2025 自评表
SHARED_WORD = [
    pytest.param(
        ("培训人次", "≥2800人次", "举办培训班12期，培训2860人次"),
        ("met", "实际2860人次，达到年度指标≥2800人次"),
        id="persons-beside-sessions",
    ),
    pytest.param(
        ("培训人次", "≥3000人次", "举办培训班12期，培训2860人次"),
        ("not_met", "实际2860人次，未达年度指标≥3000人次"),
        id="persons-beside-sessions-not-met",
    ),
    pytest.param(
        ("举办培训班", "≥10期", "举办培训班12期，培训2860人次"),
        ("met", "实际12期，达到年度指标≥10期"),
        id="sessions-beside-persons-as-before",
    ),
    pytest.param(
        ("培训人次", "≥2.8万人次", "举办培训班120期，培训2.86万人次"),
        ("met", "实际2.86万人次，达到年度指标≥2.8万人次"),
        id="persons-in-myriads",
    ),
    pytest.param(
        ("渔政执法巡查", "≥200航次", "出动执法船艇186航次、执法人员1.12万人次"),
        ("not_met", "实际186航次，未达年度指标≥200航次"),
        id="trips-beside-persons-in-myriads",
    ),
    # controls: as before
    pytest.param(
        ("培训人次", "≥2800人次", "举办培训班12期，培训农民1200人，培训2860人次"),
        (
            "unknown",
            "实际“举办培训班12期，培训农民1200人，培训2860人次”不是数值，无法与年度指标比较",
        ),
        id="two-counts-of-persons",
    ),
    pytest.param(
        ("培训人数", "≥2800人", "举办培训班12期，培训2860人次"),
        ("unknown", "实际“举办培训班12期，培训2860人次”不是数值，无法与年度指标比较"),
        id="persons-against-person-times",
    ),
    pytest.param(
        ("病死畜禽处理", "≥8万头", "处理病死猪3.6万头，病死禽12万羽"),
        ("unknown", "实际“处理病死猪3.6万头，病死禽12万羽”不是数值，无法与年度指标比较"),
        id="parts-of-one-measure",
    ),
    pytest.param(
        ("培训人次", "≥2800人次", "举办培训班12期，培训2860人次，其中农民1500人次"),
        (
            "unknown",
            "实际“举办培训班12期，培训2860人次，其中农民1500人次”不是数值，无法与年度指标比较",
        ),
        id="a-part-in-the-same-unit",
    ),
]

AVERAGES = [
    pytest.param(
        ("带动增收总额", "≥50万元", "带动500户，户均增收1200元"),
        (
            "unknown",
            "实际“带动500户，户均增收1200元”为每户平均数，年度指标≥50万元为总量，口径不同，无法比较",
        ),
        id="per-household-against-total-as-before",
    ),
    pytest.param(
        ("增收金额", "≥100万元", "带动500户，户均增收1200元"),
        (
            "unknown",
            "实际“带动500户，户均增收1200元”为每户平均数，年度指标≥100万元为总量，口径不同，无法比较",
        ),
        id="amount-name-as-before",
    ),
    pytest.param(
        ("带动增收总额", "≥50万元", "带动500户，每户增收1200元"),
        (
            "unknown",
            "实际“带动500户，每户增收1200元”为每户平均数，年度指标≥50万元为总量，口径不同，无法比较",
        ),
        id="each-household",
    ),
    pytest.param(
        ("带动增收总额", "≥50万元", "带动500户，平均每户增收1200元"),
        (
            "unknown",
            "实际“带动500户，平均每户增收1200元”为每户平均数，年度指标≥50万元为总量，口径不同，无法比较",
        ),
        id="on-average-each-household",
    ),
    pytest.param(
        ("带动增收总额", "≥50万元", "带动农户500户，平均增收1200元"),
        (
            "unknown",
            "实际“带动农户500户，平均增收1200元”为平均数，年度指标≥50万元为总量，口径不同，无法比较",
        ),
        id="bare-average",
    ),
    pytest.param(
        ("带动增收总额", "≥50万元", "带动农户500户，户年均增收1200元"),
        (
            "unknown",
            "实际“带动农户500户，户年均增收1200元”为每户平均数，年度指标≥50万元为总量，口径不同，无法比较",
        ),
        id="per-household-a-year",
    ),
    pytest.param(
        ("户均增收", "≥1000元", "带动500户，户均增收1200元"),
        ("met", "实际1200元，达到年度指标≥1000元"),
        id="average-row-as-before",
    ),
    pytest.param(
        ("户均增收", "≥1000元", "带动500户，每户增收1200元"),
        ("met", "实际1200元，达到年度指标≥1000元"),
        id="average-row-each-household",
    ),
    pytest.param(
        ("农户增收", "≥1000元", "带动农户500户，平均增收1200元"),
        ("met", "实际1200元，达到年度指标≥1000元"),
        id="bare-average-near-the-target",
    ),
    # controls: as before
    pytest.param(
        ("带动农户", "≥400户", "带动500户，户均增收1200元"),
        ("met", "实际500户，达到年度指标≥400户"),
        id="the-households-counted",
    ),
    pytest.param(
        ("带动增收总额", "≥50万元", "户均增收1200元，共带动增收60万元"),
        ("met", "实际60万元，达到年度指标≥50万元"),
        id="the-total-said",
    ),
    pytest.param(
        ("带动增收总额", "≥50万元", "带动500人，每户增收1200元"),
        ("unknown", "实际“带动500人，每户增收1200元”不是数值，无法与年度指标比较"),
        id="each-of-what-is-not-counted",
    ),
    pytest.param(
        ("带动增收总额", "≥50万元", "带动500户，计划每户增收1200元"),
        ("unknown", "实际“带动500户，计划每户增收1200元”不是数值，无法与年度指标比较"),
        id="planned-each",
    ),
    pytest.param(
        ("放流苗种规格", "≥3cm", "平均规格2.6厘米"),
        ("not_met", "实际2.6厘米，未达年度指标≥3cm"),
        id="average-level",
    ),
]

ORDINAL_DAYS = [
    pytest.param(
        ("资金拨付时效", "≤30个工作日", "第20个工作日拨付"),
        ("met", "实际20个工作日，达到年度指标≤30个工作日"),
        id="ordinal-working-day-and-verb",
    ),
    pytest.param(
        ("资金拨付时效", "30个工作日内", "第20个工作日拨付到位"),
        ("met", "实际20个工作日，达到年度指标≤30个工作日"),
        id="two-verbs-against-within",
    ),
    pytest.param(
        ("资金拨付时效", "≤30天", "第20天发放"),
        ("met", "实际20天，达到年度指标≤30天"),
        id="ordinal-day-and-verb",
    ),
    pytest.param(
        ("资金拨付时效", "≤30个工作日", "资金于第20个工作日拨付"),
        ("met", "实际20个工作日，达到年度指标≤30个工作日"),
        id="subject-before",
    ),
    pytest.param(
        ("资金拨付时效", "≤30个工作日", "第35个工作日拨付"),
        ("not_met", "实际35个工作日已超出年度上限≤30个工作日"),
        id="past-the-limit",
    ),
    pytest.param(
        ("资金拨付时效", "第30个工作日拨付", "第20个工作日拨付"),
        ("met", "实际20个工作日，达到年度指标≤30个工作日"),
        id="ordinal-target-too",
    ),
    # controls: as before
    pytest.param(
        ("资金拨付时效", "≤30个工作日", "30个工作日内"),
        ("met", "实际不超过30个工作日，达到年度指标≤30个工作日"),
        id="within-as-before",
    ),
    pytest.param(
        ("资金拨付时效", "≤30个工作日", "20个工作日内拨付"),
        ("met", "实际不超过20个工作日，达到年度指标≤30个工作日"),
        id="within-and-verb-as-before",
    ),
    pytest.param(
        ("资金拨付时效", "≤30个工作日", "第20个工作日"),
        ("met", "实际20个工作日，达到年度指标≤30个工作日"),
        id="ordinal-alone-as-before",
    ),
    pytest.param(
        ("资金拨付时效", "≤30天", "提前15天完成"),
        ("met", "实际“提前15天完成”，在时限内完成"),
        id="early-not-ordinal",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SHARED_WORD)
def test_shared_word_counts(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(("row", "expected"), AVERAGES)
def test_average_beside_total(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(("row", "expected"), ORDINAL_DAYS)
def test_ordinal_day_and_verb(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("培训人次", "≥2800人次", "≥2000人次", "举办培训班12期，培训2860人次"),
            ("met", "on_track", "实际2860人次，达到年度指标≥2800人次"),
            id="persons-beside-sessions",
        ),
        pytest.param(
            ("带动增收总额", "≥50万元", "≥30万元", "带动500户，每户增收1200元"),
            (
                "unknown",
                "unknown",
                "实际“带动500户，每户增收1200元”为每户平均数，年度指标≥50万元为总量，口径不同，无法比较",
            ),
            id="each-household",
        ),
        pytest.param(
            ("资金拨付时效", "≤30个工作日", "≤30个工作日", "第20个工作日拨付"),
            (
                "pending",
                "on_track",
                "实际20个工作日暂未超过年度上限≤30个工作日，年底前仍可能超出",
            ),
            id="ordinal-working-day",
        ),
    ],
)
def test_in_tracking_table(row: tuple[str, str, str, str], expected: tuple[str, str, str]) -> None:
    verdict = track_verdict(*row)
    progress = verdict.progress.value if verdict.progress is not None else None
    assert (verdict.attainment.value, progress, verdict.explanation) == expected
