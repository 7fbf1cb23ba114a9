"""k26c: zero ceilings and zero targets against counts of other things; levels against changes.

1. A count against a zero ceiling that is not a count of the row's event: an ungraded fire
   on 较大及以上森林火灾, a traffic accident said 非生产经营性 on 安全生产事故, a hazard fixed
   (整改事故隐患1起) on 安全生产事故: unknown, a reviewer judges (regress102). A count whose
   note names the row's grade (其中较大火灾1起) counts that subset: 1起, not 2起.
2. A level reached (已提高至800元/人, 已经达到800元/人, 提高至1000元/人) against a change
   (提高200元/人) is unknown, "为水平值，非变化量" (it was met as 800元/人); two levels in the
   target's unit (由700元/人提高至800元/人) are their difference, 100元/人: not met.
3. ``动态清零`` against ``已消除3处`` / ``已全部消除3处``: cleared, none left, met (it was
   not_met, "实际发生已消除3处"); a count of clearing not said whole (``基本消除3处``,
   ``消除3处``) is unknown; ``已消除3处，新增1处`` and ``仍有1处未消除`` are never met.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.expressions import QualitativeTarget
from probe_tables import self_card, self_reading


def _unknown_other(actual: str, other: str, name: str) -> tuple[str, str]:
    return (
        "unknown",
        f"实际“{actual}”{other}，不是指标“{name}”所计事件的数，是否达到年度指标=0起需人工判断",
    )


FIRE = "较大及以上森林火灾发生次数"
SAFETY = "安全生产事故"


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            FIRE,
            "0起",
            "发生火灾1起",
            _unknown_other("发生火灾1起", "为未分等级的“火灾”", FIRE),
            id="ungraded-fire-on-graded-ceiling",
        ),
        pytest.param(
            SAFETY,
            "0起",
            "发生交通事故1起（非生产经营性）",
            _unknown_other("发生交通事故1起（非生产经营性）", "计的是“交通事故”", SAFETY),
            id="traffic-accident-on-production-safety",
        ),
        pytest.param(
            "安全生产事故发生次数",
            "0起",
            "整改事故隐患1起",
            _unknown_other("整改事故隐患1起", "计的是“事故隐患”", "安全生产事故发生次数"),
            id="hazard-fixed-is-no-accident",
        ),
        pytest.param(
            FIRE,
            "0起",
            "发生森林火灾2起，其中较大火灾1起",
            ("not_met", "实际1起已超出年度上限=0起"),
            id="graded-subset-counted",
        ),
        pytest.param(
            FIRE,
            "0起",
            "发生较大森林火灾1起",
            ("not_met", "实际1起已超出年度上限=0起"),
            id="control-graded-fire-breaks",
        ),
        pytest.param(
            FIRE,
            "0起",
            "发生火灾1起（较大）",
            ("not_met", "实际1起已超出年度上限=0起"),
            id="control-grade-in-note",
        ),
        pytest.param(
            SAFETY,
            "0起",
            "发生安全事故1起",
            ("not_met", "实际1起已超出年度上限=0起"),
            id="control-own-accident-breaks",
        ),
    ],
)
def test_zero_ceiling_other_count(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


RAISE = "提高200元/人"


def _level(actual: str) -> tuple[str, str]:
    return (
        "unknown",
        f"实际“{actual}”为水平值，非变化量，不能与年度指标{RAISE}比较，需人工判断",
    )


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param("已提高至800元/人", _level("已提高至800元/人"), id="raised-to-level"),
        pytest.param("已经达到800元/人", _level("已经达到800元/人"), id="reached-level"),
        pytest.param("提高至1000元/人", _level("提高至1000元/人"), id="raised-to-bare"),
        pytest.param(
            "由700元/人提高至800元/人",
            ("not_met", "实际由700元/人提高至800元/人（提高100元/人），未达年度指标提高200元/人"),
            id="two-levels-short",
        ),
        pytest.param(
            "从600元/人提高到800元/人",
            ("met", "实际从600元/人提高到800元/人（提高200元/人），达到年度指标提高200元/人"),
            id="two-levels-enough",
        ),
        pytest.param(
            "已提高200元/人",
            ("met", "实际已提高200元/人，达到年度指标提高200元/人"),
            id="control-change-said",
        ),
    ],
)
def test_level_against_change(actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("补助标准提高", RAISE, actual) == expected


def _cleared_work(actual: str, target: str = "动态清零") -> tuple[str, str]:
    return (
        "unknown",
        f"实际“{actual}”为消除或整改的数量，不是发生数，是否达到“{target}”需人工判断",
    )


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "隐患整改",
            "动态清零",
            "已消除3处",
            ("met", "实际“已消除3处”，达到“动态清零”"),
            id="cleared-count",
        ),
        pytest.param(
            "隐患整改",
            "动态清零",
            "已全部消除3处",
            ("met", "实际“已全部消除3处”，达到“动态清零”"),
            id="all-cleared-count",
        ),
        pytest.param(
            "隐患整改",
            "动态清零",
            "已消除3处，新增1处",
            ("unknown", "实际“已消除3处，新增1处”无法与年度指标“动态清零”对照"),
            id="cleared-then-new",
        ),
        pytest.param(
            "隐患整改",
            "动态清零",
            "仍有1处未消除",
            # a remainder above zero said: not_met since r105b (it was unknown)
            ("not_met", "实际“仍有1处未消除”，仍有1处未完成，未达到“动态清零”"),
            id="one-left",
        ),
        pytest.param(
            "隐患整改", "动态清零", "基本消除3处", _cleared_work("基本消除3处"), id="mostly-cleared"
        ),
        pytest.param(
            "黑臭水体",
            "动态清零",
            "已消除隐患3处",
            _cleared_work("已消除隐患3处"),
            id="another-thing-cleared",
        ),
        pytest.param(
            "隐患整改",
            "动态清零",
            "发生3处",
            ("not_met", "实际发生3处，未达到“动态清零”"),
            id="control-occurred",
        ),
    ],
)
def test_cleared_against_zero(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("零种植", id="grown"),
        pytest.param("零流失", id="diverted"),
        pytest.param("零复吸", id="relapsed"),
        pytest.param("零失控", id="out-of-control"),
        pytest.param("实现零种植", id="achieve"),
    ],
)
def test_drug_red_lines_are_zero_family(word: str) -> None:
    assert perftrack.parse_target(word) == QualitativeTarget(word, "zero")


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "毒品原植物",
            "零种植",
            "发现并铲除非法种植罂粟120株",
            ("not_met", "实际发现并铲除非法种植罂粟120株，未达到“零种植”", "0.00"),
            id="poppies-found",
        ),
        pytest.param(
            "易制毒化学品流失",
            "零流失",
            "未发生流失案件",
            ("met", "实际“未发生流失案件”，达到“零流失”", "2.00"),
            id="none-diverted",
        ),
        pytest.param(
            "社区戒毒",
            "零复吸",
            "发生复吸1人",
            ("not_met", "实际发生复吸1人，未达到“零复吸”", "0.00"),
            id="one-relapsed",
        ),
        pytest.param(
            "社区戒毒",
            "零失控",
            "未发生失控",
            ("met", "实际“未发生失控”，达到“零失控”", "2.00"),
            id="none-out-of-control",
        ),
    ],
)
def test_drug_red_lines_judged(
    name: str, target: str, actual: str, expected: tuple[str, str, str]
) -> None:
    card = self_card(name, target, actual)
    verdict = card.verdicts[0]
    assert card.points is not None
    item = next(i for i in card.points.items if i.indicator == 0)
    assert item.points is not None
    assert (
        verdict.attainment.value,
        verdict.explanation,
        format(item.points, ".2f"),
    ) == expected
    assert "target-not-measurable" not in {finding.id for finding in card.findings}


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "违纪违规人数",
            "0人",
            "1名驻村队员被通报批评",
            ("not_met", "实际1人已超出年度上限=0人", "0.00"),
            id="one-named-criticised",
        ),
        pytest.param(
            "驻村干部违纪违规",
            "0人",
            "2名干部被问责",
            ("not_met", "实际2名干部被问责已超出年度上限=0人", "0.00"),
            id="control-two-held-to-account",
        ),
        pytest.param(
            "违纪违规人数",
            "≤2人",
            "1名驻村队员被通报批评",
            ("met", "实际1人，达到年度指标≤2人", "2.00"),
            id="under-a-ceiling-of-two",
        ),
    ],
)
def test_persons_dealt_with(
    name: str, target: str, actual: str, expected: tuple[str, str, str]
) -> None:
    card = self_card(name, target, actual)
    assert card.points is not None
    item = next(i for i in card.points.items if i.indicator == 0)
    assert item.points is not None
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, format(item.points, ".2f")) == expected
