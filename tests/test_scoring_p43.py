"""parse43 (p43): verdicts of 人才引进, 厕所革命 and 民兵训练 rows.

H1: a bracketed ``其中`` list (``引进高层次人才46名（其中博士12名、硕士34名）``) on a row whose
name names one of its parts (``引进博士``) is that part, as the single-subset form is: the
verdict, the points and ``exceeds-target`` alike (scoring.md, regress40 W3).
H2: ``按120元/人/天发放`` against ``100元/人·天`` is met with ``paid-above-standard``, as the
bare ``120元/人/天`` is; it was unknown with a false ``unit-mismatch``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import score
from probe_tables import BUDGET, GOAL, GRID, SELF
from scoring_builders import finding_ids


def _self_row(name: str, target: str, actual: str) -> tuple[str, Decimal | None, bool, bool]:
    """Attainment, points, full-points-not-met and exceeds-target of one row (weight 2, 2 kept)."""
    row = f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t2\t2\t"
    card = score(perftrack.read_text("\n".join([*SELF, *BUDGET, *GOAL, GRID, row]))[0])
    item = next(item for item in card.points.items if item.indicator == 0)
    ids = finding_ids(card)
    return (
        card.verdicts[0].attainment.value,
        item.points,
        "full-points-not-met" in ids,
        "exceeds-target" in ids,
    )


# H1: name | target | actual | attainment, points, full-points-not-met, exceeds-target
SUBSET_LISTS = [
    pytest.param(
        "引进博士",
        "≥15名",
        "引进高层次人才46名（其中博士12名、硕士34名）",
        ("not_met", Decimal("1.60"), True, False),
        id="doctors-missed",
    ),
    pytest.param(
        "引进博士",
        "≥10名",
        "引进高层次人才46名（其中博士12名、硕士34名）",
        ("met", Decimal("2.00"), False, False),
        id="doctors-met-no-exceeds",
    ),
    pytest.param(
        "引进硕士",
        "≥30名",
        "引进高层次人才46名（其中博士12名、硕士34名）",
        ("met", Decimal("2.00"), False, False),
        id="second-part",
    ),
    pytest.param(
        "新建户厕",
        "≥4000户",
        "改厕5620户（其中新建3800户、改建1820户）",
        ("not_met", Decimal("1.90"), True, False),
        id="new-toilets",
    ),
    pytest.param(
        "改建户厕",
        "≥2000户",
        "改厕5620户（其中新建3800户、改建1820户）",
        ("not_met", Decimal("1.82"), True, False),
        id="rebuilt-toilets",
    ),
    # the comma form reads as the bracketed one
    pytest.param(
        "引进博士",
        "≥15名",
        "引进高层次人才46名，其中博士12名、硕士34名",
        ("not_met", Decimal("1.60"), True, False),
        id="doctors-comma",
    ),
    pytest.param(
        "新建户厕",
        "≥4000户",
        "改厕5620户，其中新建3800户、改建1820户",
        ("not_met", Decimal("1.90"), True, False),
        id="new-toilets-comma",
    ),
    # the controls: the single subset, a name of the whole, parts over the whole
    pytest.param(
        "引进博士",
        "≥15名",
        "引进高层次人才46名（其中博士12名）",
        ("not_met", Decimal("1.60"), True, False),
        id="control-single",
    ),
    pytest.param(
        "引进高层次人才",
        "≥40名",
        "引进高层次人才46名（其中博士12名、硕士34名）",
        ("met", Decimal("2.00"), False, False),
        id="control-whole",
    ),
    pytest.param(
        "新建户厕",
        "≥4000户",
        "改厕5620户（其中新建3800户、改建2820户）",
        ("met", Decimal("2.00"), False, True),
        id="control-parts-over-whole",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), SUBSET_LISTS)
def test_named_part_of_subset_list(
    name: str, target: str, actual: str, expected: tuple[str, Decimal, bool, bool]
) -> None:
    assert _self_row(name, target, actual) == expected


# H2: name | target | actual | attainment, paid-above-standard, unit-mismatch
PAID_PER_DAY = [
    pytest.param(
        "民兵训练误工补贴",
        "100元/人·天",
        "按120元/人/天发放",
        ("met", True, False),
        id="per-day-over-standard",
    ),
    pytest.param(
        "民兵训练误工补贴",
        "100元/人·天",
        "按120元/人·天发放（含交通补助）",
        ("met", True, False),
        id="dot-and-bracket",
    ),
    pytest.param(
        "民兵训练误工补贴",
        "100元/人·天",
        "120元/人/天",
        ("met", True, False),
        id="control-bare",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), PAID_PER_DAY)
def test_paid_per_day(
    name: str, target: str, actual: str, expected: tuple[str, bool, bool]
) -> None:
    row = f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t2\t2\t"
    card = score(perftrack.read_text("\n".join([*SELF, *BUDGET, *GOAL, GRID, row]))[0])
    ids = finding_ids(card)
    got = (
        card.verdicts[0].attainment.value,
        "paid-above-standard" in ids,
        "unit-mismatch" in ids,
    )
    assert got == expected, card.verdicts[0].explanation


# H3: name | target | actual | attainment, points, full-points-not-met, exceeds-target
RESTATED_TIMES = [
    pytest.param(
        "基干民兵训练时长",
        "不少于15天",
        "集中训练15天（120学时）",
        ("met", Decimal("2.00"), False, False),
        id="days-met",
    ),
    pytest.param(
        "基干民兵训练时长",
        "不少于15天",
        "12天（96学时）",
        ("not_met", Decimal("1.60"), True, False),
        id="days-missed",
    ),
    pytest.param(
        "培训学时",
        "≥120学时",
        "12天（96学时）",
        ("not_met", Decimal("1.60"), True, False),
        id="class-hours-from-bracket",
    ),
    pytest.param(
        "培训时长",
        "≥120小时",
        "12天（96小时）",
        ("not_met", Decimal("1.60"), True, False),
        id="hours-of-class-not-24-a-day",
    ),
    pytest.param(
        "巡逻道路里程",
        "≥4公里",
        "3.6公里（3600米）",
        ("not_met", Decimal("1.80"), True, False),
        id="length",
    ),
    # a bracket of another figure is still two figures: unknown, the printed points kept
    pytest.param(
        "巡逻道路里程",
        "≥4公里",
        "3.6公里（4800米）",
        ("unknown", Decimal(2), False, False),
        id="other-length",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), RESTATED_TIMES)
def test_restated_time_or_length(
    name: str, target: str, actual: str, expected: tuple[str, Decimal, bool, bool]
) -> None:
    assert _self_row(name, target, actual) == expected


# H5: name | target | actual | attainment, points, full-points-not-met, exceeds-target
LABELLED_FRACTIONS = [
    pytest.param(
        "人才公寓入住率",
        "≥90%",
        "入住255套/可租300套",
        ("not_met", Decimal("1.89"), True, False),
        id="let-of-lettable",
    ),
    pytest.param(
        "人才公寓入住率",
        "≥90%",
        "已入住255套/可租300套",
        ("not_met", Decimal("1.89"), True, False),
        id="already-let",
    ),
    pytest.param(
        "生活垃圾收运处置体系覆盖行政村比例",
        "≥95%",
        "覆盖行政村412个/总数428个",
        ("met", Decimal("2.00"), False, False),
        id="villages-covered",
    ),
    pytest.param(
        "问题厕所整改率",
        "≥98%",
        "已整改1,198户/摸排1,230户",
        ("not_met", Decimal("1.99"), True, False),
        id="grouped-thousands",
    ),
    # the control, and labels that name another share or other measure words: unknown
    pytest.param(
        "人才公寓入住率",
        "≥90%",
        "255/300",
        ("not_met", Decimal("1.89"), True, False),
        id="control-bare",
    ),
    pytest.param(
        "人才公寓入住率",
        "≥90%",
        "未入住45套/可租300套",
        ("unknown", Decimal(2), False, False),
        id="not-let",
    ),
    pytest.param(
        "抽检合格率",
        "≥90%",
        "入住255套/可租300套",
        ("unknown", Decimal(2), False, False),
        id="other-rate",
    ),
    pytest.param(
        "人才公寓入住率",
        "≥90%",
        "入住255套/可租300间",
        ("unknown", Decimal(2), False, False),
        id="other-measure-word",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), LABELLED_FRACTIONS)
def test_labelled_fraction(
    name: str, target: str, actual: str, expected: tuple[str, Decimal, bool, bool]
) -> None:
    assert _self_row(name, target, actual) == expected


# M1: target | actual | attainment, points, full-points-not-met, exceeds-target
RENT_SHARES = [
    pytest.param(
        "≤市场租金的70%",
        "按市场租金的60%收取",
        ("met", Decimal("2.00"), False, False),
        id="under-ceiling",
    ),
    pytest.param(
        "≤市场租金的70%",
        "按同地段市场租金的75%收取",
        ("not_met", Decimal("1.87"), True, False),
        id="over-ceiling",
    ),
    pytest.param(
        "不高于市场租金的70%",
        "75%",
        ("not_met", Decimal("1.87"), True, False),
        id="control-word-and-bare",
    ),
]


@pytest.mark.parametrize(("target", "actual", "expected"), RENT_SHARES)
def test_rent_share_of_market(
    target: str, actual: str, expected: tuple[str, Decimal, bool, bool]
) -> None:
    assert _self_row("人才公寓租金标准", target, actual) == expected
