"""regress108, the older bugs the r108 fix left (r108b).

1. A rate of the opposite measure said alone (``群众满意率92%`` on 群众不满意率,
   ``问题整改到位率96%`` on 问题整改不到位率) is no figure of the row: unknown, naming both
   measures; the exact complements (合格率 ↔ 不合格率) are converted as before.
2. A count of the other group said alone (``集中供养特困人员620人`` on 分散供养特困人员,
   ``城市特困人员`` on 农村特困人员) is no count of the row: unknown, as its change form is.
3. A change the other way than the name asks (``在院孤儿118名，较年初增加4名`` on
   减少在院孤儿人数) is judged as the change, negative: not_met, never the 118 left.
4. A bare level of what a change's name counts (``在院孤儿118名`` on 减少在院孤儿人数: the name
   opens with its verb, the label is the name's object alone, a count) is unknown.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card, self_table
from scoring_builders import YEAR, indicator, tracking_table

_OTHER = "实际“{}”统计的是{}，年度指标“{}”统计的是{}，口径不同（{}≠{}），需人工判断"

# 1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
OPPOSITE_RATES = [
    pytest.param(
        ("群众不满意率", "≤5%", "群众满意率92%"),
        (
            "unknown",
            _OTHER.format(
                "群众满意率92%", "群众满意率", "≤5%", "群众不满意率", "满意率", "不满意率"
            ),
            Decimal("2.00"),
        ),
        id="satisfied-on-dissatisfied",
    ),
    pytest.param(
        ("群众不满意率", "≤5%", "满意度92%"),
        (
            "unknown",
            _OTHER.format("满意度92%", "满意度", "≤5%", "群众不满意率", "满意度", "不满意率"),
            Decimal("2.00"),
        ),
        id="satisfaction-on-dissatisfied",
    ),
    pytest.param(
        ("群众满意率", "≥90%", "不满意率5%"),
        (
            "unknown",
            _OTHER.format("不满意率5%", "不满意率", "≥90%", "群众满意率", "不满意率", "满意率"),
            Decimal("2.00"),
        ),
        id="dissatisfied-on-satisfied",
    ),
    pytest.param(
        ("问题整改不到位率", "≤5%", "问题整改到位率96%"),
        (
            "unknown",
            _OTHER.format(
                "问题整改到位率96%",
                "问题整改到位率",
                "≤5%",
                "问题整改不到位率",
                "到位率",
                "不到位率",
            ),
            Decimal("2.00"),
        ),
        id="in-place-on-not-in-place",
    ),
    pytest.param(
        ("产品抽检不合格率", "≤3%", "抽检合格率97.5%"),
        (
            "met",
            "实际填报合格率97.5%，即不合格率2.5%；实际2.5%，达到年度指标≤3%",
            Decimal("2.00"),
        ),
        id="control-exact-complement",
    ),
    pytest.param(
        ("群众不满意率", "≤5%", "不满意率3%"),
        ("met", "实际3%，达到年度指标≤5%", Decimal("2.00")),
        id="control-own-rate",
    ),
    pytest.param(
        ("群众满意率", "≥90%", "满意率91.3%，基本满意率6.1%"),
        (
            "met",
            "实际91.3%（“满意率91.3%，基本满意率6.1%”中指标名称所指的数），达到年度指标≥90%",
            Decimal("2.00"),
        ),
        id="control-basic-beside",
    ),
    pytest.param(
        ("服务对象满意度", "≥90%", "满意率93%"),
        ("met", "实际93%，达到年度指标≥90%", Decimal("2.00")),
        id="control-synonym",
    ),
    pytest.param(
        ("问题整改到位率", "≥95%", "整改到位率96%"),
        ("met", "实际96%，达到年度指标≥95%", Decimal("2.00")),
        id="control-in-place",
    ),
]


@pytest.mark.parametrize(("row", "expected"), OPPOSITE_RATES)
def test_opposite_rate(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# 2, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
OTHER_GROUPS = [
    pytest.param(
        ("分散供养特困人员", "≥500人", "集中供养特困人员620人"),
        (
            "unknown",
            _OTHER.format(
                "集中供养特困人员620人",
                "集中供养特困人员",
                "≥500人",
                "分散供养特困人员",
                "集中",
                "分散",
            ),
            Decimal("2.00"),
        ),
        id="pooled-on-dispersed",
    ),
    pytest.param(
        ("农村特困人员", "≥500人", "城市特困人员620人"),
        (
            "unknown",
            _OTHER.format(
                "城市特困人员620人", "城市特困人员", "≥500人", "农村特困人员", "城市", "农村"
            ),
            Decimal("2.00"),
        ),
        id="urban-on-rural",
    ),
    pytest.param(
        ("农村低保对象人数", "≥1000人", "全县城市低保对象1200人"),
        (
            "unknown",
            _OTHER.format(
                "全县城市低保对象1200人",
                "全县城市低保对象",
                "≥1000人",
                "农村低保对象人数",
                "城市",
                "农村",
            ),
            Decimal("2.00"),
        ),
        id="scoped-urban-on-rural",
    ),
    pytest.param(
        ("农村特困人员", "≥500人", "全县农村特困人员620人"),
        ("met", "实际620人，达到年度指标≥500人", Decimal("2.00")),
        id="control-own-group",
    ),
    pytest.param(
        ("分散供养特困人员", "≥500人", "特困人员620人"),
        ("met", "实际620人，达到年度指标≥500人", Decimal("2.00")),
        id="control-no-group",
    ),
    pytest.param(
        ("城乡特困人员", "≥500人", "城市特困人员620人"),
        ("met", "实际620人，达到年度指标≥500人", Decimal("2.00")),
        id="control-both-groups-name",
    ),
]


@pytest.mark.parametrize(("row", "expected"), OTHER_GROUPS)
def test_other_group(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_other_group_tracking() -> None:
    row = indicator(
        name="分散供养特困人员", target="≥500人", planned="≥500人", actual="集中供养特困人员620人"
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("unknown", "unknown"), got.explanation


# 3, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
WRONG_WAY_CHANGES = [
    pytest.param(
        ("减少在院孤儿人数", "≥5名", "在院孤儿118名，较年初增加4名"),
        ("not_met", "实际-4名，未达年度指标≥5名", Decimal("0.00")),
        id="increase-on-decrease",
    ),
    pytest.param(
        ("减少在院孤儿人数", "≥5名", "在院孤儿118名（较年初增加4名）"),
        ("not_met", "实际-4名，未达年度指标≥5名", Decimal("0.00")),
        id="increase-bracket",
    ),
    pytest.param(
        ("增加养老床位数", "≥50张", "养老床位1200张，较上年减少30张"),
        ("not_met", "实际-30张，未达年度指标≥50张", Decimal("0.00")),
        id="decrease-on-increase",
    ),
    pytest.param(
        ("减少在院孤儿人数", "≥5名", "在院孤儿118名，较年初上升4名"),
        ("not_met", "实际-4名，未达年度指标≥5名", Decimal("0.00")),
        id="rise-on-decrease",
    ),
    pytest.param(
        ("减少在院孤儿人数", "≥5名", "在院孤儿118名，较年初减少4名"),
        ("not_met", "实际4名，未达年度指标≥5名", Decimal("1.60")),
        id="control-same-way",
    ),
    pytest.param(
        ("在院孤儿人数", "≥100名", "在院孤儿118名，较年初增加4名"),
        ("met", "实际118名，达到年度指标≥100名", Decimal("2.00")),
        id="control-level-name",
    ),
]


@pytest.mark.parametrize(("row", "expected"), WRONG_WAY_CHANGES)
def test_wrong_way_change(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# 4, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
_LEVEL = "指标要求{}的{}，实际“{}”为现有{}，需人工判断"
LEVELS_ON_CHANGES = [
    pytest.param(
        ("减少在院孤儿人数", "≥5名", "在院孤儿118名"),
        ("unknown", _LEVEL.format("减少", "人数", "在院孤儿118名", "人数"), Decimal("2.00")),
        id="orphans-left",
    ),
    pytest.param(
        ("增加养老床位数", "≥50张", "全县养老床位1200张"),
        ("unknown", _LEVEL.format("增加", "数量", "全县养老床位1200张", "数量"), Decimal("2.00")),
        id="beds-scoped",
    ),
    pytest.param(
        ("新增养老床位数", "≥50张", "建成养老床位60张"),
        ("met", "实际60张，达到年度指标≥50张", Decimal("2.00")),
        id="control-built",
    ),
    pytest.param(
        ("新增就业人数", "≥500人", "600人"),
        ("met", "实际600人，达到年度指标≥500人", Decimal("2.00")),
        id="control-bare-figure",
    ),
    pytest.param(
        ("新增就业人数", "≥500人", "新增就业600人"),
        ("met", "实际600人，达到年度指标≥500人", Decimal("2.00")),
        id="control-verb-in-label",
    ),
    pytest.param(
        ("在院孤儿人数", "≥100名", "在院孤儿118名"),
        ("met", "实际118名，达到年度指标≥100名", Decimal("2.00")),
        id="control-level-name",
    ),
    pytest.param(
        ("降低能耗", "≥5%", "能耗5%"),
        ("met", "实际5%，达到年度指标≥5%", Decimal("2.00")),
        id="control-not-a-count",
    ),
]


@pytest.mark.parametrize(("row", "expected"), LEVELS_ON_CHANGES)
def test_level_on_change(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_level_on_change_tracking() -> None:
    row = indicator(name="减少在院孤儿人数", target="≥5名", planned="≥5名", actual="在院孤儿118名")
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("unknown", "unknown"), got.explanation


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(("减少在院孤儿人数", "≥5名", "在院孤儿118名"), [], id="level-no-excess"),
        pytest.param(
            ("新增养老床位数", "≥50张", "建成养老床位600张"),
            ["“新增养老床位数”实际600张为年度指标≥50张的1200.00%，指标可能设置偏低"],
            id="control-built",
        ),
    ],
)
def test_level_on_change_no_excess(row: tuple[str, str, str], expected: list[str]) -> None:
    card = score(self_table((*row, "2", "2")))
    assert [f.message for f in card.findings if f.id == "exceeds-target"] == expected
