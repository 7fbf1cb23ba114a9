"""parse45 (p45): verdicts of self-evaluation and tracking rows.

H3: a name holding ``累计`` (``累计特色险种``) is judged on the 累计 clause of
``新增特色险种3个，累计11个``, not on the year's new ones; a name without it keeps the
新增 clause (parse38 M1).
H2: a count with a 其中 clause (``城乡公交车辆186辆，其中新能源车108辆``) on a share row
(``新能源车占比``) against a % target is the subset over the whole, 58.06%.
H6: a relief verb after the per word (``每具减免1500元``, ``每具免除…``, ``每具减…``) keeps
the per, as ``每具补助`` does: 1500元/具 against ``≤1500元/具``.
H4: a range actual said after its label (``合格率为96%-97%``, ``农户自缴比例约为25%-30%``) is
read by its deciding end, as the bare range is; one with an end on the bar (``20%-30%`` against
``≤20%``) stays unknown, that end meeting the target (reviewed: read at its far end it scored
below ``25%-30%``).
H1: a level then its change, the level's label the name's rate with a scope or object
before it (``全市农村公路优良路率82.6%，…``, ``抽检路段优良中等路率82.6%，…``), is judged on
the level; a negation before the rate (``抽检不合格率``) or another rate is not.
H9: an acceptance and its passed (``验收项目23个，合格22个``) with the stage before the verb
(``交工验收…``), the noun after the count (``验收23个项目``) or the rest in a bracket with
中 (``（1个整改中）``) is 22 of 23, 95.65%.
H5: on a time-limit row (``抢通时限``) whose target is in words, a time below the bare plan
(``24小时``) is on track, not behind: no ``missing-deviation-reason``.
H8: a count then its change against a base in the count's own unit (``在院孤儿118名，
较年初减少4名``) is judged on the count, as the bracketed form is.
H7: an average with the verb of what was done after it (``平均12个工作日兑付，最长35天``)
beside the longest case is judged on the longest, as ``平均12天，最长35天`` is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

# H3, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
CUMULATIVE_NAMES = [
    pytest.param(
        ("累计特色险种", "≥10个", "新增特色险种3个，累计11个"),
        ("met", "实际11个，达到年度指标≥10个", Decimal("2.00")),
        id="cumulative-name",
    ),
    pytest.param(
        ("累计开通共享接口", "≥500个", "新增共享接口142个，累计538个"),
        ("met", "实际538个，达到年度指标≥500个", Decimal("2.00")),
        id="cumulative-name-interfaces",
    ),
    pytest.param(
        ("累计特色险种", "≥12个", "新增特色险种3个，累计11个"),
        ("not_met", "实际11个，未达年度指标≥12个", Decimal("1.83")),
        id="cumulative-name-missed",
    ),
    pytest.param(
        ("累计特色险种", "≥10个", "累计11个（当年新增3个）"),
        ("met", "实际11个，达到年度指标≥10个", Decimal("2.00")),
        id="control-bracket",
    ),
    pytest.param(
        ("共享接口", "≥150个", "新增共享接口142个，累计538个"),
        ("not_met", "实际142个，未达年度指标≥150个", Decimal("1.89")),
        id="control-new-default",
    ),
]


@pytest.mark.parametrize(("row", "expected"), CUMULATIVE_NAMES)
def test_cumulative_name(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# H2, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
SUBSET_SHARES = [
    pytest.param(
        ("新能源车占比", "≥60%", "公交车辆186辆，其中新能源车108辆"),
        (
            "not_met",
            "实际公交车辆186辆，其中新能源车108辆（按比例计为58.06%），未达年度指标≥60%",
            Decimal("1.94"),
        ),
        id="subset-share",
    ),
    pytest.param(
        ("新能源车占比", "≥60%", "共186辆，其中新能源108辆"),
        (
            "not_met",
            "实际共186辆，其中新能源108辆（按比例计为58.06%），未达年度指标≥60%",
            Decimal("1.94"),
        ),
        id="total-word",
    ),
    pytest.param(
        ("女性职工比例", "≥40%", "职工250人，其中女性112人"),
        (
            "met",
            "实际职工250人，其中女性112人（按比例计为44.8%），达到年度指标≥40%",
            Decimal("2.00"),
        ),
        id="proportion",
    ),
    pytest.param(
        ("女性职工比例", "≥40%", "职工250人，其中男性138人"),
        ("unknown", "实际250人与年度指标≥40%单位不可比", Decimal("2.00")),
        id="other-subset",
    ),
    pytest.param(
        ("办结率", "≥95%", "受理举报38件，其中办结36件"),
        (
            "not_met",
            "实际受理举报38件，其中办结36件（按比例计为94.74%），未达年度指标≥95%",
            Decimal("1.99"),
        ),
        id="control-steps",
    ),
    pytest.param(
        ("新能源车数量", "≥100辆", "公交车辆186辆，其中新能源车108辆"),
        (
            "met",
            "实际108辆（“公交车辆186辆，其中新能源车108辆”中指标名称所指的数），达到年度指标≥100辆",
            Decimal("2.00"),
        ),
        id="control-count",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SUBSET_SHARES)
def test_subset_share(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_subset_share_tracking() -> None:
    row = indicator(
        name="城乡公交车辆新能源占比",
        target="≥60%",
        planned="≥55%",
        actual="城乡公交车辆186辆，其中新能源车108辆",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "on_track"), got.explanation


# H6, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
PER_RELIEF = [
    pytest.param(
        ("基本殡葬服务费减免标准", "≤1500元/具", "每具减免1500元"),
        ("met", "实际1500元/具，达到年度指标≤1500元/具", Decimal("2.00")),
        id="relief-met",
    ),
    pytest.param(
        ("基本殡葬服务费减免标准", "≤1500元/具", "每具减免1800元"),
        ("not_met", "实际1800元/具，超出年度指标≤1500元/具", Decimal("1.67")),
        id="relief-over",
    ),
    pytest.param(
        ("基本殡葬服务费减免标准", "≤1500元/具", "每具免除1500元"),
        ("met", "实际1500元/具，达到年度指标≤1500元/具", Decimal("2.00")),
        id="waived",
    ),
    pytest.param(
        ("基本殡葬服务费减免标准", "≤1500元/具", "每具减1500元"),
        ("met", "实际1500元/具，达到年度指标≤1500元/具", Decimal("2.00")),
        id="cut",
    ),
    pytest.param(
        ("基本殡葬服务费减免标准", "≤1500元/具", "每具补助1500元"),
        ("met", "实际1500元/具，达到年度指标≤1500元/具", Decimal("2.00")),
        id="control-subsidy",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PER_RELIEF)
def test_per_relief(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# H4, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
RANGE_ON_BAR = [
    pytest.param(
        ("农户自缴保费比例", "≤20%", "20%-30%"),
        (
            "unknown",
            "实际为区间20%—30%，跨越年度指标≤20%，无法判断是否达到，需人工判断",
            Decimal("2.00"),
        ),
        id="ceiling-end-on-bar-undecided",
    ),
    pytest.param(
        ("农户自缴保费比例", "≤20%", "25～30%"),
        ("not_met", "实际不低于25%，超出年度指标≤20%", Decimal("1.60")),
        id="ceiling-tilde-beyond",
    ),
    pytest.param(
        ("农户自缴保费比例", "≤20%", "农户自缴比例约为25%-30%"),
        ("not_met", "实际不低于25%，超出年度指标≤20%", Decimal("1.60")),
        id="ceiling-labelled",
    ),
    pytest.param(
        ("验收合格率", "≥95%", "90%-95%"),
        (
            "unknown",
            "实际为区间90%—95%，跨越年度指标≥95%，无法判断是否达到，需人工判断",
            Decimal("2.00"),
        ),
        id="floor-end-on-bar-undecided",
    ),
    pytest.param(
        ("验收合格率", "≥95%", "合格率为96%-97%"),
        ("met", "实际不低于96%，达到年度指标≥95%", Decimal("2.00")),
        id="floor-labelled-met",
    ),
    pytest.param(
        ("农户自缴保费比例", "≤20%", "10%-30%"),
        (
            "unknown",
            "实际为区间10%—30%，跨越年度指标≤20%，无法判断是否达到，需人工判断",
            Decimal("2.00"),
        ),
        id="control-either-side",
    ),
    pytest.param(
        ("农户自缴保费比例", "≤20%", "计划为20%-30%"),
        ("unknown", "实际“计划为20%-30%”不是数值，无法与年度指标比较", Decimal("2.00")),
        id="control-plan",
    ),
    pytest.param(
        ("验收合格率", "≥95%", "95%-97%"),
        ("met", "实际不低于95%，达到年度指标≥95%", Decimal("2.00")),
        id="control-floor-met",
    ),
]


@pytest.mark.parametrize(("row", "expected"), RANGE_ON_BAR)
def test_range_on_bar(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# H1, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
SCOPED_LEVELS = [
    pytest.param(
        ("农村公路优良路率", "≥85%", "全市农村公路优良路率82.6%，较上年提高1.4个百分点"),
        ("not_met", "实际82.6%，未达年度指标≥85%", Decimal("1.94")),
        id="whole-name-scoped",
    ),
    pytest.param(
        ("优良路率", "≥85%", "抽检路段优良路率82.6%，较上年提高1.4个百分点"),
        ("not_met", "实际82.6%，未达年度指标≥85%", Decimal("1.94")),
        id="sampled-sections",
    ),
    pytest.param(
        ("农村公路优良中等路率", "≥85%", "抽检路段优良中等路率82.6%，较上年提高1.4个百分点"),
        ("not_met", "实际82.6%，未达年度指标≥85%", Decimal("1.94")),
        id="shared-rate",
    ),
    pytest.param(
        ("优良路率", "≥80%", "全市优良路率82.6%，较上年提高1.4个百分点"),
        ("met", "实际82.6%，达到年度指标≥80%", Decimal("2.00")),
        id="met",
    ),
    pytest.param(
        ("抽检合格率", "≥95%", "抽检不合格率3.2%，较上年下降1个百分点"),
        (
            "met",
            "实际填报不合格率3.2%，即合格率96.8%；实际96.8%，达到年度指标≥95%",
            Decimal("2.00"),
        ),
        id="control-negated",  # the complement, as the lone level (regress108 W1)
    ),
    pytest.param(
        ("优良路率", "≥85%", "全市合格率82.6%，较上年提高1.4个百分点"),
        (
            "unknown",
            "实际“全市合格率82.6%，较上年提高1.4个百分点”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-other-rate",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SCOPED_LEVELS)
def test_scoped_level(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_scoped_level_tracking() -> None:
    row = indicator(
        name="农村公路优良路率",
        target="≥85%",
        planned="≥85%",
        actual="全市农村公路优良路率82.6%，较上年提高1.4个百分点",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "behind"), got.explanation


# H9, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
ACCEPTANCES = [
    pytest.param(
        ("养护工程交工验收合格率", "100%", "交工验收项目23个，合格22个"),
        (
            "not_met",
            "实际交工验收项目23个，合格22个（按比例计为95.65%），未达年度指标=100%",
            Decimal("1.91"),
        ),
        id="stage",
    ),
    pytest.param(
        ("养护工程交工验收合格率", "100%", "验收23个项目，合格22个"),
        (
            "not_met",
            "实际验收23个项目，合格22个（按比例计为95.65%），未达年度指标=100%",
            Decimal("1.91"),
        ),
        id="noun-after",
    ),
    pytest.param(
        ("养护工程交工验收合格率", "100%", "交工验收23个项目，合格22个"),
        (
            "not_met",
            "实际交工验收23个项目，合格22个（按比例计为95.65%），未达年度指标=100%",
            Decimal("1.91"),
        ),
        id="stage-and-noun",
    ),
    pytest.param(
        ("养护工程交工验收合格率", "100%", "验收项目23个，合格22个（1个整改中）"),
        (
            "not_met",
            "实际验收项目23个，合格22个（1个整改中）（按比例计为95.65%），未达年度指标=100%",
            Decimal("1.91"),
        ),
        id="rest-in-bracket",
    ),
    pytest.param(
        ("养护工程交工验收合格率", "100%", "验收项目23个，合格22个（2个整改中）"),
        (
            "unknown",
            "实际“验收项目23个，合格22个（2个整改中）”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-rest-not-adding-up",
    ),
    pytest.param(
        ("养护工程交工验收合格率", "100%", "验收项目23个，合格22个"),
        (
            "not_met",
            "实际验收项目23个，合格22个（按比例计为95.65%），未达年度指标=100%",
            Decimal("1.91"),
        ),
        id="control-plain",
    ),
]


@pytest.mark.parametrize(("row", "expected"), ACCEPTANCES)
def test_acceptance(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_acceptance_tracking() -> None:
    row = indicator(
        name="养护工程交工验收合格率",
        target="100%",
        planned="100%",
        actual="交工验收23个项目，合格22个",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "behind"), got.explanation


# H5, 跟踪表 1-9月: name | target | plan | actual -> attainment, progress, reason asked
LIMIT_PLANS = [
    pytest.param(
        ("水毁路段抢通时限", "主干线24h内，其他48h内", "24小时", "平均抢通时间20h"),
        ("unknown", "on_track", False),
        id="below-plan",
    ),
    pytest.param(
        ("抢通时限", "主干线24h内，其他48h内", "24小时", "20小时"),
        ("unknown", "on_track", False),
        id="below-plan-bare",
    ),
    pytest.param(
        ("兑付时限", "按规定时限", "30日", "平均12天"),
        ("unknown", "on_track", False),
        id="days",
    ),
    pytest.param(
        ("兑付时限", "按规定时限", "30日", "平均40天"),
        ("unknown", "behind", True),
        id="over-plan",
    ),
    pytest.param(
        ("抢通路段", "主干线全部抢通", "24公里", "20公里"),
        ("unknown", "behind", True),
        id="control-not-a-limit",
    ),
    pytest.param(
        ("抢通时限", "24小时内", "24小时", "20小时"),
        ("met", "on_track", False),
        id="control-ceiling",
    ),
]


@pytest.mark.parametrize(("row", "expected"), LIMIT_PLANS)
def test_limit_plan(row: tuple[str, str, str, str], expected: tuple[str, str, bool]) -> None:
    name, target, planned, actual = row
    line = indicator(name=name, target=target, planned=planned, actual=actual, reason="")
    card = score(tracking_table([line], period=(YEAR, 1, YEAR, 9)))
    got = card.verdicts[0]
    asked = any(found.id == "missing-deviation-reason" for found in card.findings)
    assert (got.attainment.value, got.progress.value, asked) == expected, got.explanation


# H8, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
COUNT_THEN_CHANGE = [
    pytest.param(
        ("集中养育孤儿", "≥120名", "在院孤儿118名，较年初减少4名（收养3名、成年1名）"),
        ("not_met", "实际118名，未达年度指标≥120名", Decimal("1.97")),
        id="with-note",
    ),
    pytest.param(
        ("集中养育孤儿", "≥120名", "在院孤儿118名，同比减少4名"),
        ("not_met", "实际118名，未达年度指标≥120名", Decimal("1.97")),
        id="year-on-year",
    ),
    pytest.param(
        ("集中养育孤儿", "≥110名", "118名，较年初减少4名"),
        ("met", "实际118名，达到年度指标≥110名", Decimal("2.00")),
        id="bare-met",
    ),
    pytest.param(
        ("集中养育孤儿", "≥120名", "在院儿童118名，较年初减少4名"),
        (
            "unknown",
            "实际“在院儿童118名，较年初减少4名”不是数值，无法与年度指标比较",
            Decimal("2.00"),
        ),
        id="control-other-label",
    ),
    pytest.param(
        ("集中养育孤儿", "≥120名", "在院孤儿118名（较年初减少4名）"),
        ("not_met", "实际118名，未达年度指标≥120名", Decimal("1.97")),
        id="control-bracket",
    ),
]


@pytest.mark.parametrize(("row", "expected"), COUNT_THEN_CHANGE)
def test_count_then_change(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


# H7, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
AVERAGE_THEN_VERB = [
    pytest.param(
        ("惠民殡葬补贴兑付", "火化后30日内", "平均12个工作日兑付，最长35天"),
        ("not_met", "实际35天，超出年度指标≤30日", Decimal("1.71")),
        id="working-days",
    ),
    pytest.param(
        ("惠民殡葬补贴兑付", "火化后30日内", "平均12天兑付，最长35天"),
        ("not_met", "实际35天，超出年度指标≤30日", Decimal("1.71")),
        id="days",
    ),
    pytest.param(
        ("惠民殡葬补贴兑付", "火化后30日内", "平均12天兑付，最长28天"),
        ("met", "实际28天，达到年度指标≤30日", Decimal("2.00")),
        id="within",
    ),
    pytest.param(
        ("惠民殡葬补贴兑付", "火化后30日内", "平均12天，最长35天"),
        ("not_met", "实际35天，超出年度指标≤30日", Decimal("1.71")),
        id="control-no-verb",
    ),
]


@pytest.mark.parametrize(("row", "expected"), AVERAGE_THEN_VERB)
def test_average_then_verb(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_average_then_verb_tracking() -> None:
    row = indicator(
        name="惠民殡葬补贴兑付",
        target="火化后30日内",
        planned="30日内",
        actual="平均12个工作日兑付，最长35天",
        reason="x",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    # as the control 平均12天，最长35天 is mid-year (the family's own reading)
    assert (got.attainment.value, got.progress.value) == ("pending", "behind"), got.explanation
