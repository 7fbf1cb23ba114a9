"""Qualitative verdicts an adversarial review found missing (r34k).

Each case is a one-row table scored end to end: the attainment, the exact
explanation and the finding codes. Rows already right before r34k are pinned here
too (marked "pinned").
"""

from __future__ import annotations

import pytest

from perftrack import parse_value
from perftrack.scoring import score
from scoring_builders import finding_ids, indicator, self_evaluation_table, tracking_table

_COMMON = ["missing-category", "weights-not-100"]


def _self(name: str, target: str, actual: str) -> tuple[str, str, list[str]]:
    card = score(self_evaluation_table([indicator(name, target, actual, weight=10, points=10)]))
    verdict = card.verdicts[0]
    return verdict.attainment.value, verdict.explanation, finding_ids(card)


def _tracked(name: str, target: str, actual: str) -> tuple[str, str]:
    verdict = score(tracking_table([indicator(name, target, actual)])).verdicts[0]
    return verdict.attainment.value, verdict.explanation


SELF_CASES = [
    # 1. a state word as the actual of a rate
    pytest.param(
        "资金使用合规率",
        "≥95%",
        "合规",
        "met",
        "实际“合规”，即全部合规，视为100%，达到年度指标≥95%",
        _COMMON,
        id="compliant",
    ),
    pytest.param(
        "资金使用合规率",
        "≥95%",
        "部分合规",
        "partial",
        "实际“部分合规”，未全部合规，部分达到年度指标≥95%",
        ["missing-deviation-reason", *_COMMON, "full-points-partial"],
        id="part-compliant",
    ),
    pytest.param(
        "资金使用合规率",
        "≥95%",
        "不合规",
        "not_met",
        "实际“不合规”，未达到年度指标≥95%",
        ["missing-deviation-reason", *_COMMON, "full-points-not-met"],
        id="not-compliant",
    ),
    pytest.param(
        "验收达标率",
        "≥90%",
        "达标",
        "met",
        "实际“达标”，即全部达标，视为100%，达到年度指标≥90%",
        _COMMON,
        id="pinned-up-to-standard",
    ),
    pytest.param(
        "产品合格率",
        "100%",
        "合格",
        "met",
        "实际“合格”，即全部合格，视为100%，达到年度指标=100%",
        _COMMON,
        id="pinned-passed",
    ),
    pytest.param(
        "资金拨付及时率",
        "≥95%",
        "按时",
        "met",
        "实际“按时”，即全部按时完成，视为100%，达到年度指标≥95%",
        _COMMON,
        id="pinned-on-time",
    ),
    # 2. 是 answering a 是否 or …性 row; 无违规
    pytest.param(
        "资金使用规范性",
        "规范",
        "是",
        "met",
        "实际“是”，达到“规范”",
        ["target-not-measurable", *_COMMON],
        id="yes-quality",
    ),
    pytest.param(
        "是否规范使用资金",
        "规范",
        "是",
        "met",
        "实际“是”，达到“规范”",
        ["target-not-measurable", *_COMMON],
        id="yes-whether",
    ),
    pytest.param(
        "资金使用规范性",
        "规范",
        "否",
        "not_met",
        "实际“否”，未达到“规范”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-not-met"],
        id="no-quality",
    ),
    pytest.param(
        "是否按时完成",
        "是",
        "是",
        "met",
        "实际“是”，达到“是”",
        ["target-not-measurable", *_COMMON],
        id="pinned-yes-yes",
    ),
    pytest.param(
        "是否按时完成",
        "是",
        "否",
        "not_met",
        "实际“否”，未达到“是”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-not-met"],
        id="pinned-yes-no",
    ),
    pytest.param(
        "违规违纪情况",
        "无违规",
        "无违规违纪",
        "met",
        "实际“无违规违纪”，达到“无违规”",
        _COMMON,
        id="pinned-no-breach",
    ),
    pytest.param(
        "违规违纪情况",
        "0起",
        "无违规",
        "met",
        "实际0起，达到年度指标=0起",
        _COMMON,
        id="pinned-no-breach-zero",
    ),
    # 3. degree words by rank (pinned)
    pytest.param(
        "服务质量",
        "较好",
        "良好",
        "met",
        "实际“良好”，达到“较好”",
        ["target-not-measurable", *_COMMON],
        id="pinned-good",
    ),
    pytest.param(
        "服务质量",
        "较好",
        "优",
        "met",
        "实际“优”，达到“较好”",
        ["target-not-measurable", *_COMMON],
        id="pinned-excellent",
    ),
    pytest.param(
        "服务质量",
        "较好",
        "一般",
        "not_met",
        "实际“一般”低于“较好”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-not-met"],
        id="pinned-fair",
    ),
    # 4. verb-object targets
    pytest.param(
        "项目验收",
        "完成验收",
        "已验收",
        "met",
        "实际“已验收”，已完成",
        ["target-not-measurable", *_COMMON],
        id="pinned-accepted",
    ),
    pytest.param(
        "项目验收",
        "完成验收",
        "未验收",
        "not_met",
        "实际“未验收”，未达到“完成验收”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-not-met"],
        id="not-accepted",
    ),
    pytest.param(
        "项目验收",
        "完成验收",
        "尚未完成验收",
        "not_met",
        "实际“尚未完成验收”，未达到“完成验收”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-not-met"],
        id="not-yet-accepted",
    ),
    # 5. letter grades (ranked, so measurable: no target-not-measurable, r34n)
    pytest.param(
        "信用等级",
        "A级",
        "B级",
        "not_met",
        "实际“B级”低于“A级”",
        ["missing-deviation-reason", *_COMMON, "full-points-not-met"],
        id="grade-b",
    ),
    pytest.param(
        "信用等级",
        "A级",
        "A",
        "met",
        "实际“A”，达到“A级”",
        _COMMON,
        id="grade-a",
    ),
    pytest.param(
        "信用等级",
        "AA",
        "AAA",
        "met",
        "实际“AAA”，达到“AA”",
        _COMMON,
        id="grade-aaa",
    ),
    # 7. a bare grade repeated: no actual-copies-target
    pytest.param(
        "信用等级",
        "A",
        "A",
        "met",
        "实际“A”，达到“A”",
        _COMMON,
        id="grade-repeated",
    ),
    pytest.param(
        "产品质量",
        "合格",
        "合格",
        "met",
        "实际“合格”，达到“合格”",
        ["target-not-measurable", *_COMMON],
        id="pinned-word-repeated",
    ),
    pytest.param(
        "资金拨付",
        "及时",
        "及时",
        "met",
        "实际“及时”，达到“及时”",
        ["target-not-measurable", *_COMMON],
        id="pinned-timely-repeated",
    ),
    pytest.param(
        "服务能力",
        "明显提升",
        "明显提升",
        "met",
        "实际“明显提升”，达到“明显提升”",
        ["actual-copies-target", "target-not-measurable", *_COMMON],
        id="pinned-phrase-copied",
    ),
    # 6. a strong degree left unsaid
    pytest.param(
        "服务能力",
        "明显提升",
        "提升",
        "met",
        "实际“提升”，达到“明显提升”（实际未说明“明显”程度）",
        ["target-not-measurable", *_COMMON],
        id="degree-unsaid",
    ),
    pytest.param(
        "环境质量",
        "显著改善",
        "改善",
        "met",
        "实际“改善”，达到“显著改善”（实际未说明“显著”程度）",
        ["target-not-measurable", *_COMMON],
        id="degree-unsaid-2",
    ),
    pytest.param(
        "服务能力",
        "明显提升",
        "有所提升",
        "partial",
        "实际“有所提升”，部分达到“明显提升”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-partial"],
        id="pinned-weak-degree",
    ),
    # 8. an effect still emerging
    pytest.param(
        "社会效益",
        "效果明显",
        "初步显现",
        "not_met",
        "实际“初步显现”，效果尚在显现中，未达到“效果明显”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-not-met"],
        id="emerging",
    ),
    pytest.param(
        "社会效益",
        "效果明显",
        "初见成效",
        "not_met",
        "实际“初见成效”，效果尚在显现中，未达到“效果明显”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-not-met"],
        id="first-results",
    ),
    pytest.param(
        "社会效益",
        "持续发挥效益",
        "逐步显现",
        "not_met",
        "实际“逐步显现”，效果尚在显现中，未达到“持续发挥效益”",
        ["missing-deviation-reason", "target-not-measurable", *_COMMON, "full-points-not-met"],
        id="gradually",
    ),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "findings"), SELF_CASES
)
def test_self_evaluation(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, findings: list[str]
) -> None:
    assert _self(name, target, actual) == (attainment, explanation, findings)


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"),
    [
        (
            "项目验收",
            "完成验收",
            "未验收",
            "pending",
            "实际“未验收”，未达到“完成验收”，距年底尚有时间",
        ),
        ("信用等级", "A级", "B级", "pending", "实际“B级”低于“A级”，距年底尚有时间"),
        (
            "社会效益",
            "效果明显",
            "初见成效",
            "pending",
            "实际“初见成效”，效果尚在显现中，距年底尚有时间",
        ),
        ("资金使用规范性", "规范", "是", "met", "实际“是”，达到“规范”"),
    ],
)
def test_before_the_due_date(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _tracked(name, target, actual) == (attainment, explanation)


@pytest.mark.parametrize(
    ("name", "target", "actual"),
    [
        # 是 on a row that asks no question: left to the reviewer
        ("资金使用", "规范", "是"),
        # letters of no scale, or a floor said as the actual
        ("信用等级", "A级", "AB"),
        ("信用等级", "A级", "B级以上"),
    ],
)
def test_left_unknown(name: str, target: str, actual: str) -> None:
    assert _self(name, target, actual)[0] == "unknown"


def test_values_parse_as_before() -> None:
    """The words keep their parse; the verdicts above are the scorer's."""
    assert repr(parse_value("合规")).startswith("QualitativeValue(word='合规'")
    assert repr(parse_value("未验收")) == (
        "StatusValue(status=<Status.NOT_DONE: 'not_done'>, word='未验收')"
    )
