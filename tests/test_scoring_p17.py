"""Rows a review round (parse17) found judged wrong, each with its exact verdict.

H1: a benefit standard written as a plain ``=`` on a 成本指标 row (``每人每月200元``)
was a cost ceiling, met when paid below it. H2: visits (``32家次``, ``520户次``) counted
as firms or households. H3: ``一届任期内全覆盖`` read as the ceiling ``≤1(届任期)``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Comparison, parse_target
from perftrack.expressions import Op
from perftrack.scoring import Scorecard, score
from scoring_builders import finding_ids, indicator, self_evaluation_table, tracking_table


def one_row(name: str, target: str, actual: str, level2: str) -> Scorecard:
    """A self-evaluation table of one row of 90 points (printed 90) under *level2*."""
    level1 = perftrack.vocabulary.LEVEL2_PARENT[level2]
    row = indicator(name, target, actual, level1=level1, level2=level2, weight=90, points=90)
    return score(self_evaluation_table([row]))


def one_tracked(name: str, target: str, planned: str, actual: str, level2: str) -> Scorecard:
    """A 1–8月 tracking table of one row under *level2*."""
    level1 = perftrack.vocabulary.LEVEL2_PARENT[level2]
    row = indicator(name, target, actual, planned=planned, level1=level1, level2=level2)
    return score(tracking_table([row]))


def verdict_of(card: Scorecard) -> tuple[str, str, str | None]:
    verdict = card.verdicts[0]
    assert card.points is not None
    got = card.points.items[0].points
    return (verdict.attainment.value, verdict.explanation, None if got is None else str(got))


SELF_EVALUATION = [
    # H1: a benefit standard on a cost row is a minimum paid out
    pytest.param(
        ("困难群众生活补助标准", "每人每月200元", "每人每月180元", "经济成本指标"),
        ("not_met", "实际180元，未达年度指标=200元", "81.00"),
        id="H1-subsidy-standard-below",
    ),
    pytest.param(
        ("困难群众生活补助标准", "每人每月200元", "每人每月220元", "经济成本指标"),
        ("met", "实际220元，达到年度指标=200元", "90.00"),
        id="H1-subsidy-standard-above",
    ),
    pytest.param(
        ("慰问标准", "每户1000元", "每户800元", "经济成本指标"),
        ("not_met", "实际800元，未达年度指标=1000元", "72.00"),
        id="H1-condolence-standard",
    ),
    pytest.param(
        ("慰问金发放标准", "1000元/户", "800元/户", "经济成本指标"),
        ("not_met", "实际800元/户，未达年度指标=1000元/户", "72.00"),
        id="H1-condolence-money-standard",
    ),
    pytest.param(
        ("高龄津贴发放标准", "每人每月100元", "每人每月80元", "经济成本指标"),
        ("not_met", "实际80元，未达年度指标=100元", "72.00"),
        id="H1-old-age-allowance",
    ),
    pytest.param(
        ("低保标准", "每人每月650元", "620元/人·月", "经济成本指标"),
        ("not_met", "实际620元/人·月，未达年度指标=650元/人·月", "85.85"),
        id="H1-minimum-living-standard",
    ),
    # a cost is still a ceiling: 培训人均成本 and 单位造价控制标准
    pytest.param(
        ("培训人均成本", "每人800元", "每人750元", "经济成本指标"),
        ("met", "实际750元，达到年度指标=800元", "90.00"),
        id="H1-cost-still-ceiling",
    ),
    pytest.param(
        ("单位造价控制标准", "3000元/平方米", "2800元/平方米", "经济成本指标"),
        ("met", "实际2800元/平方米，达到年度指标=3000元/平方米", "90.00"),
        id="H1-cost-standard-still-ceiling",
    ),
    # H2: visits are a count of their own
    pytest.param(
        ("走访服务侨资企业", "≥30家", "走访侨企32家次", "数量指标"),
        ("unknown", "实际32家次与年度指标≥30家单位不可比", "90.00"),
        id="H2-firm-visits",
    ),
    pytest.param(
        ("入户走访", "≥500户", "入户走访520户次", "数量指标"),
        ("unknown", "实际520户次与年度指标≥500户单位不可比", "90.00"),
        id="H2-household-visits",
    ),
    pytest.param(
        ("走访侨企", "≥30家次", "走访32家次", "数量指标"),
        ("met", "实际32家次，达到年度指标≥30家次", "90.00"),
        id="H2-visits-against-visits",
    ),
    pytest.param(
        ("入户安检", "≥3万户次", "入户安检32000户次", "数量指标"),
        ("met", "实际32000户次，达到年度指标≥3万户次", "90.00"),
        id="H2-visits-scaled",
    ),
    pytest.param(
        ("公交运营", "≥1000车次", "1200辆", "数量指标"),
        ("unknown", "实际1200辆与年度指标≥1000车次单位不可比", "90.00"),
        id="H2-trips-not-vehicles",
    ),
    # M1: N余 stays under the next step of its last stated place
    pytest.param(
        ("检查井改造", "≥500座", "四百余座", "数量指标"),
        ("not_met", "实际400余座，未达年度指标≥500座", "72.00"),
        id="M1-four-hundred-odd",
    ),
    pytest.param(
        ("检查井改造", "≥500座", "400余座", "数量指标"),
        ("not_met", "实际400余座，未达年度指标≥500座", "72.00"),
        id="M1-arabic-odd",
    ),
    pytest.param(
        ("远程异地评标", "≥200次", "一百二十余次", "数量指标"),
        ("not_met", "实际120余次，未达年度指标≥200次", "54.00"),
        id="M1-one-hundred-twenty-odd",
    ),
    pytest.param(
        ("远程异地评标", "≥120次", "一百二十余次", "数量指标"),
        ("met", "实际120余次，达到年度指标≥120次", "90.00"),
        id="M1-odd-above",
    ),
    pytest.param(
        ("远程异地评标", "≥125次", "一百二十余次", "数量指标"),
        ("unknown", "实际120余次不能确定是否达到年度指标≥125次", "90.00"),
        id="M1-odd-straddles",
    ),
    pytest.param(
        ("检查井改造", "≥500座", "超过400座", "数量指标"),
        ("unknown", "实际超过400座不能确定是否达到年度指标≥500座", "90.00"),
        id="M1-over-no-reach",
    ),
    # M2: milliseconds convert like the other times
    pytest.param(
        ("数据传输时延", "≤1秒", "平均800毫秒", "时效指标"),
        ("met", "实际800毫秒，达到年度指标≤1秒", "90.00"),
        id="M2-ms-under-second",
    ),
    pytest.param(
        ("数据传输时延", "≤500ms", "0.3秒", "时效指标"),
        ("met", "实际0.3秒，达到年度指标≤500ms", "90.00"),
        id="M2-second-under-ms",
    ),
    pytest.param(
        ("数据传输时延", "≤1s", "平均1200毫秒", "时效指标"),
        ("not_met", "实际1200毫秒，超出年度指标≤1s", "75.00"),
        id="M2-ms-over-second",
    ),
    # M2: an event that happened breaks 零发生, handled or not
    pytest.param(
        ("内涝事件", "零发生", "发生1次短时积水，30分钟内排除", "社会效益指标"),
        ("not_met", "实际“发生1次短时积水，30分钟内排除”，发生1次，未达到“零发生”", "0.00"),
        id="M2-event-happened",
    ),
    pytest.param(
        ("内涝事件", "零发生", "未发生内涝", "社会效益指标"),
        ("met", "实际“未发生内涝”，达到“零发生”", "90.00"),
        id="M2-event-not-happened",
    ),
    # M2: 动态清零 and 零收费 are the zero family
    pytest.param(
        ("城市黑臭水体", "动态清零", "无", "生态效益指标"),
        ("met", "实际“无”，达到“动态清零”", "90.00"),
        id="M2-cleared-none",
    ),
    pytest.param(
        ("城市黑臭水体", "动态清零", "0个", "生态效益指标"),
        ("met", "实际0个，达到“动态清零”", "90.00"),
        id="M2-cleared-zero-count",
    ),
    pytest.param(
        ("瓶装液化气非法经营", "动态清零", "取缔非法经营点2家，动态清零", "社会效益指标"),
        ("met", "实际“取缔非法经营点2家，动态清零”末句“动态清零”，达到“动态清零”", "90.00"),
        id="M2-cleared-after-work",
    ),
    pytest.param(
        ("交易服务费", "零收费", "0元", "经济成本指标"),
        ("met", "实际0元，达到“零收费”", "90.00"),
        id="M2-no-fee",
    ),
    # M2: a publication dated after the deadline is late
    pytest.param(
        ("统计年鉴出版", "2023年9月底前", "2023年11月出版", "时效指标"),
        ("not_met", "实际“2023年11月出版”，晚于截止日期2023-09-30", "0.00"),
        id="M2-published-late",
    ),
    pytest.param(
        ("统计年鉴出版", "2023年9月底前", "2023年9月出版", "时效指标"),
        ("met", "实际“2023年9月出版”，未晚于截止日期2023-09-30", "90.00"),
        id="M2-published-in-time",
    ),
    # H3: full coverage within a span is full coverage
    pytest.param(
        ("审计全覆盖", "一届任期内全覆盖", "全覆盖", "质量指标"),
        ("met", "实际100%，达到年度指标=100%", "90.00"),
        id="H3-term-covered",
    ),
    pytest.param(
        ("审计覆盖面", "五年内全覆盖", "已覆盖62%", "质量指标"),
        (
            "unknown",
            "实际62%，年度指标为五年内全覆盖，期限未满，不能确定是否达到",
            "90.00",
        ),
        id="H3-five-years-partial",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SELF_EVALUATION)
def test_self_evaluation_rows(
    row: tuple[str, str, str, str], expected: tuple[str, str, str | None]
) -> None:
    assert verdict_of(one_row(*row)) == expected


TRACKING = [
    pytest.param(
        ("困难群众生活补助标准", "每人每月200元", "每人每月200元", "每人每月200元"),
        ("met", "on_track", "实际200元，达到年度指标=200元"),
        id="H1-tracking-standard-met",
    ),
    pytest.param(
        ("高龄津贴发放标准", "每人每月100元", "每人每月100元", "每人每月80元"),
        (
            "pending",
            "behind",
            "实际80元，未达年度指标=100元，距年底尚有时间；实际80元落后于计划100元",
        ),
        id="H1-tracking-standard-below",
    ),
]


TRACKING_COUNTS = [
    pytest.param(
        ("涉民族宗教矛盾纠纷化解率", "≥95%", "≥95%", "受理纠纷12件，化解11件"),
        (
            "pending",
            "behind",
            (
                "实际受理纠纷12件，化解11件（按比例计为91.67%），未达年度指标≥95%，距年底尚有时间；"
                "实际91.67%落后于计划不低于95%"
            ),
        ),
        id="LOW-computed-share-rounded",
    ),
    pytest.param(
        ("参训人数", "≥200人", "200", "190余人"),
        (
            "pending",
            "behind",
            "实际190余人，未达年度指标≥200人，距年底尚有时间；实际190余人落后于计划200人",
        ),
        id="M1-tracking-odd-below-plan",
    ),
]


@pytest.mark.parametrize(("row", "expected"), TRACKING_COUNTS)
def test_tracking_counts(row: tuple[str, str, str, str], expected: tuple[str, str, str]) -> None:
    name, target, planned, actual = row
    verdict = one_tracked(name, target, planned, actual, "数量指标").verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


@pytest.mark.parametrize(("row", "expected"), TRACKING)
def test_tracking_rows(row: tuple[str, str, str, str], expected: tuple[str, str, str]) -> None:
    name, target, planned, actual = row
    verdict = one_tracked(name, target, planned, actual, "经济成本指标").verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "一届任期内全覆盖",
            Comparison(Op.EQ, Decimal(100), "%", note="一届任期内全覆盖"),
            id="term",
        ),
        pytest.param(
            "五年内全覆盖", Comparison(Op.EQ, Decimal(100), "%", note="五年内全覆盖"), id="years"
        ),
        pytest.param(
            "任期内实现全覆盖",
            Comparison(Op.EQ, Decimal(100), "%", note="任期内全覆盖"),
            id="term-reached",
        ),
        pytest.param(
            "五年内完成", Comparison(Op.LE, Decimal(5), "年", note="完成"), id="no-coverage"
        ),
    ],
)
def test_span_coverage_parse(text: str, expected: Comparison) -> None:
    assert parse_target(text) == expected


def test_span_coverage_raises_no_direction_suspect() -> None:
    card = one_row("审计全覆盖率", "一届任期内全覆盖", "全覆盖", "质量指标")
    assert "target-direction-suspect" not in finding_ids(card)
    assert "unit-mismatch" not in finding_ids(card)
