"""regress108 (r108): over-reach of the p45/p46 merges.

W1: a 合格率/满意率 level (scoped or not) then its change on a 不合格率/不满意率 row is not the
row's figure: the exact complement (合格率97.5% is 不合格率2.5%), as the lone level is read,
or unknown where the rates are no exact complements (满意率 of 不满意率).
W2: a lone 满意率 beside a higher grade (非常满意率, 很满意率, 满意和基本满意率) on a 满意度 or
满意率 row is no figure of the row: unknown, as before p46 H6.
W3: a count of another group then its change (集中供养 on 分散供养, 城市 on 农村) is not the
row's count: the words before the shared tail must agree.
W4: a due whole (应统计1,240家) is no step a count's name asks: 已保持1,105家 on a 稳定数量 row.
Older: a name holding the change's verb (减少在院孤儿人数) is judged on the change, not the level.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

_UNKNOWN = "实际“{}”不是数值，无法与年度指标比较"
_COMPLEMENT = "实际填报合格率97.5%，即不合格率2.5%；实际2.5%，达到年度指标≤3%"

# W1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
NEGATED_RATES = [
    pytest.param(
        ("产品抽检不合格率", "≤3%", "全市抽检合格率97.5%，较上年提高1个百分点"),
        ("met", _COMPLEMENT, Decimal("2.00")),
        id="scoped-complement",
    ),
    pytest.param(
        ("食品抽检不合格率", "≤3%", "全市食品抽检合格率97.5%，较上年提高1个百分点"),
        ("met", _COMPLEMENT, Decimal("2.00")),
        id="scoped-complement-food",
    ),
    pytest.param(
        ("产品抽检不合格率", "≤3%", "抽检合格率97.5%，较上年提高1个百分点"),
        ("met", _COMPLEMENT, Decimal("2.00")),
        id="unscoped-complement",
    ),
    pytest.param(
        ("产品抽检不合格率", "≤3%", "合格率97.5%，较上年提高1个百分点"),
        ("met", _COMPLEMENT, Decimal("2.00")),
        id="bare-complement",
    ),
    pytest.param(
        ("群众不满意率", "≤5%", "全市群众满意率92%，较上年提高1个百分点"),
        ("unknown", _UNKNOWN.format("全市群众满意率92%，较上年提高1个百分点"), Decimal("2.00")),
        id="satisfied-scoped",
    ),
    pytest.param(
        ("服务对象不满意率", "≤5%", "群众满意率92%，较上年提高1个百分点"),
        ("unknown", _UNKNOWN.format("群众满意率92%，较上年提高1个百分点"), Decimal("2.00")),
        id="satisfied-other-group",
    ),
    pytest.param(
        ("问题整改不到位率", "≤5%", "问题整改到位率96%，较上年提高2个百分点"),
        ("unknown", _UNKNOWN.format("问题整改到位率96%，较上年提高2个百分点"), Decimal("2.00")),
        id="in-place-shortened",
    ),
    pytest.param(
        ("农村公路优良路率", "≥85%", "全市农村公路优良路率82.6%，较上年提高1.4个百分点"),
        ("not_met", "实际82.6%，未达年度指标≥85%", Decimal("1.94")),
        id="control-scoped-own-rate",
    ),
    pytest.param(
        ("项目资产确权登记率", "≥90%", "完成登记120项，确权率95%"),
        (
            "met",
            "实际95%（“完成登记120项，确权率95%”中指标名称所指的数），达到年度指标≥90%",
            Decimal("2.00"),
        ),
        id="control-shortened",
    ),
]


@pytest.mark.parametrize(("row", "expected"), NEGATED_RATES)
def test_negated_rate(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_negated_rate_tracking() -> None:
    row = indicator(
        name="产品抽检不合格率",
        target="≤3%",
        planned="≤3%",
        actual="全市抽检合格率97.5%，较上年提高1个百分点",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("met", "on_track"), got.explanation


# W2, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
GRADED_SATISFACTION = [
    pytest.param(
        ("服务对象满意度", "≥90%", "非常满意率60%，满意率30%"),
        ("unknown", _UNKNOWN.format("非常满意率60%，满意率30%"), Decimal("2.00")),
        id="very-satisfied",
    ),
    pytest.param(
        ("服务对象满意度", "≥90%", "很满意率55%，满意率37%"),
        ("unknown", _UNKNOWN.format("很满意率55%，满意率37%"), Decimal("2.00")),
        id="much-satisfied",
    ),
    pytest.param(
        ("服务对象满意度", "≥90%", "非常满意率60%，满意率30%，基本满意率5%"),
        ("unknown", _UNKNOWN.format("非常满意率60%，满意率30%，基本满意率5%"), Decimal("2.00")),
        id="three-grades",
    ),
    pytest.param(
        ("服务对象满意度", "≥90%", "满意率85%，满意和基本满意率96%"),
        ("unknown", _UNKNOWN.format("满意率85%，满意和基本满意率96%"), Decimal("2.00")),
        id="with-basic-joined",
    ),
    pytest.param(
        ("群众满意率", "≥90%", "非常满意率60%，满意率30%"),
        ("unknown", _UNKNOWN.format("非常满意率60%，满意率30%"), Decimal("2.00")),
        id="rate-row",
    ),
    pytest.param(
        ("群众满意率", "≥90%", "满意率91.3%，基本满意率6.1%"),
        (
            "met",
            "实际91.3%（“满意率91.3%，基本满意率6.1%”中指标名称所指的数），达到年度指标≥90%",
            Decimal("2.00"),
        ),
        id="control-basic",
    ),
    pytest.param(
        ("服务对象满意度", "≥90%", "问卷回收300份，满意率85.3%"),
        (
            "not_met",
            "实际85.3%（“问卷回收300份，满意率85.3%”中指标名称所指的数），未达年度指标≥90%",
            Decimal("1.90"),
        ),
        id="control-lone-rate",
    ),
]


@pytest.mark.parametrize(("row", "expected"), GRADED_SATISFACTION)
def test_graded_satisfaction(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# W3, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
OTHER_GROUPS = [
    pytest.param(
        ("分散供养特困人员", "≥500人", "集中供养特困人员620人，较年初增加12人"),
        ("unknown", _UNKNOWN.format("集中供养特困人员620人，较年初增加12人"), Decimal("2.00")),
        id="pooled-on-dispersed",
    ),
    pytest.param(
        ("农村特困人员", "≥500人", "城市特困人员620人，较年初增加12人"),
        ("unknown", _UNKNOWN.format("城市特困人员620人，较年初增加12人"), Decimal("2.00")),
        id="urban-on-rural",
    ),
    pytest.param(
        ("集中养育孤儿", "≥120名", "全市在院孤儿118名，较年初减少4名"),
        ("not_met", "实际118名，未达年度指标≥120名", Decimal("1.97")),
        id="control-same-group-scoped",
    ),
    pytest.param(
        ("集中养育孤儿", "≥120名", "在院孤儿118名，同比减少4名"),
        ("not_met", "实际118名，未达年度指标≥120名", Decimal("1.97")),
        id="control-same-group",
    ),
    pytest.param(
        ("农村特困人员", "≥500人", "全县农村特困人员620人，较年初增加12人"),
        ("met", "实际620人，达到年度指标≥500人", Decimal("2.00")),
        id="control-own-group",
    ),
]


@pytest.mark.parametrize(("row", "expected"), OTHER_GROUPS)
def test_other_group(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_other_group_tracking() -> None:
    row = indicator(
        name="分散供养特困人员",
        target="≥500人",
        planned="≥500人",
        actual="集中供养特困人员620人，较年初增加12人",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("unknown", "unknown"), got.explanation


# W4, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
DUE_WHOLES = [
    pytest.param(
        ("外贸企业稳定数量", "≥1200家", "应统计1,240家，已保持1,105家"),
        (
            "not_met",
            "实际1105家（“应统计1,240家，已保持1,105家”中指标名称所指的数），未达年度指标≥1200家",
            Decimal("1.84"),
        ),
        id="kept-count",
    ),
    pytest.param(
        ("外贸企业数量", "≥1200家", "应统计1,240家，已保持1,105家"),
        ("unknown", _UNKNOWN.format("应统计1,240家，已保持1,105家"), Decimal("2.00")),
        id="plain-count",
    ),
    pytest.param(
        ("监测企业数量", "≥1200家", "应统计1,240家，已保持1,105家"),
        ("unknown", _UNKNOWN.format("应统计1,240家，已保持1,105家"), Decimal("2.00")),
        id="monitored-count",
    ),
    pytest.param(
        ("换届数量", "≥120个", "应换届128个，按期换届126个"),
        ("unknown", _UNKNOWN.format("应换届128个，按期换届126个"), Decimal("2.00")),
        id="timely-part-untimed-name",
    ),
    pytest.param(
        ("外贸企业稳定率", "≥85%", "应统计1,240家，已保持1,105家"),
        (
            "met",
            "实际应统计1,240家，已保持1,105家（按比例计为89.11%），达到年度指标≥85%",
            Decimal("2.00"),
        ),
        id="control-rate",
    ),
]


@pytest.mark.parametrize(("row", "expected"), DUE_WHOLES)
def test_due_whole(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# older (regress108), 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
NAMED_CHANGES = [
    pytest.param(
        ("减少在院孤儿人数", "≥5名", "在院孤儿118名，较年初减少4名"),
        ("not_met", "实际4名，未达年度指标≥5名", Decimal("1.60")),
        id="decrease-clause",
    ),
    pytest.param(
        ("减少在院孤儿人数", "≥5名", "在院孤儿118名（较年初减少4名）"),
        ("not_met", "实际4名，未达年度指标≥5名", Decimal("1.60")),
        id="decrease-bracket",
    ),
    pytest.param(
        ("在院孤儿减少人数", "≥3名", "在院孤儿118名，较年初减少4名"),
        ("met", "实际4名，达到年度指标≥3名", Decimal("2.00")),
        id="decrease-met",
    ),
    pytest.param(
        ("在院孤儿人数", "≥100名", "在院孤儿118名，较年初减少4名"),
        ("met", "实际118名，达到年度指标≥100名", Decimal("2.00")),
        id="control-level-name",
    ),
]


@pytest.mark.parametrize(("row", "expected"), NAMED_CHANGES)
def test_named_change(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected
