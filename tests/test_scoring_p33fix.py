"""p33fix: the parse33 audit's HIGH and MEDIUM findings.

H2: 错发/漏发/重发/多发 are misuses of funds that 未发现 denies (未发现错发冒领: none found,
never "not done" and 0 points).
H1: labelled counts of distinct units read with thousands grouped (受益农户1,085户、合作社46个).
H3: 万名 and 万人 compare as 名 and 人 do on a name that counts people (4.8万名 is 4.8万人).
H4: a bracketed total may name its place (126所（全市共138所）: 91.30%).
M1: a lead verb labels counts side by side (培训5期480人次), and a count after the first
labelled one may go bare (培训学员1,386人、1,936人次).
M2: done beside under way knows bases recognised (已挂牌6个，在建3个) and work in review
(完成7门，3门正在评审).
M3: a bare figure judged as a ceiling (6个月 on a 时效 row) is explained as ≤6个月.
"""

from __future__ import annotations

import pytest

from perftrack import parse_value, score
from scoring_builders import indicator, self_evaluation_table, tracking_table

YEAR = 2025


def _self_verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    row = indicator(name=name, target=target, actual=actual, weight=4, points=4)
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    return got.attainment.value, got.explanation


# H2, the value: actual | kind | family (None for no family)
MISUSE_VALUES = [
    pytest.param("未发现错发冒领", "qualitative", "zero", id="wrong-and-false-claim"),
    pytest.param("未发现错发漏发", "qualitative", "zero", id="wrong-and-missed"),
    pytest.param("未发现错发、漏发", "qualitative", "zero", id="listed"),
    pytest.param("未发现重发", "qualitative", "zero", id="paid-twice"),
    pytest.param("未发现多发、错发等问题", "qualitative", "zero", id="overpaid-and-problem"),
    pytest.param("没有发现漏发情况", "qualitative", "zero", id="none-missed-case"),
    # near misses: 多发 of another word, and 错发 not after 未发现, stay as they were
    pytest.param("未发现多发病例", "status", None, id="frequent-disease"),
    pytest.param("无错发冒领", "text", None, id="no-negation-word"),
]


@pytest.mark.parametrize(("text", "kind", "family"), MISUSE_VALUES)
def test_payment_misuses_are_none_found(text: str, kind: str, family: str | None) -> None:
    value = parse_value(text)
    assert type(value).__name__.lower().removesuffix("value") == kind
    assert getattr(value, "family", None) == family


# H2, the verdict against 100%: name | target | actual | attainment | explanation
MISUSE_VERDICTS = [
    pytest.param(
        "帮扶资金发放准确率",
        "100%",
        "未发现错发冒领",
        "unknown",
        "实际填写“未发现错发冒领”，未填报比例，不能按0%与年度指标=100%比较，需人工判断",
        id="accuracy-wrong-and-false-claim",
    ),
    pytest.param(
        "帮扶资金发放准确率",
        "100%",
        "未发现错发漏发",
        "unknown",
        "实际填写“未发现错发漏发”，未填报比例，不能按0%与年度指标=100%比较，需人工判断",
        id="accuracy-wrong-and-missed",
    ),
    # the control, as before
    pytest.param(
        "帮扶资金发放准确率",
        "100%",
        "未发现虚报冒领",
        "unknown",
        "实际填写“未发现虚报冒领”，未填报比例，不能按0%与年度指标=100%比较，需人工判断",
        id="control-false-claim",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "why"), MISUSE_VERDICTS)
def test_payment_misuses_never_not_done(
    name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, why)


# H3, the verdict: name, target, actual, attainment, explanation
SCALED_PEOPLE_VERDICTS = [
    pytest.param(
        "职工医疗互助",
        "≥5万人",
        "参保职工5.2万名",
        "met",
        "实际5.2万人，达到年度指标≥5万人",
        id="met-with-label",
    ),
    pytest.param(
        "职工医疗互助参保人数",
        "≥5万人",
        "4.8万名",
        "not_met",
        "实际4.8万人，未达年度指标≥5万人",
        id="bare-miss",
    ),
    pytest.param(
        "参保人数",
        "≥5万名",
        "4.8万人",
        "not_met",
        "实际4.8万名，未达年度指标≥5万名",
        id="the-other-way",
    ),
    pytest.param(
        "参保人数",
        "≥5万人",
        "48000名",
        "not_met",
        "实际48000人，未达年度指标≥5万人",
        id="scale-on-one-side",
    ),
    # near misses: no people word in the name, or person-times, stay apart
    pytest.param(
        "金秋助学",
        "≥5万人",
        "4.8万名",
        "unknown",
        "实际4.8万名与年度指标≥5万人单位不可比",
        id="name-counts-no-people",
    ),
    pytest.param(
        "参保人数",
        "≥5万人次",
        "4.8万名",
        "unknown",
        "实际4.8万名与年度指标≥5万人次单位不可比",
        id="person-times",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "why"), SCALED_PEOPLE_VERDICTS)
def test_scaled_people_words_compare(
    name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, why)


# H1, the verdict: name, target, actual, attainment, explanation
GROUPED_COUNT_VERDICTS = [
    pytest.param(
        "受益户数",
        "≥1200户",
        "受益农户1,085户、合作社46个",
        "not_met",
        "实际1085户，未达年度指标≥1200户",
        id="grouped-count-in-target-unit",
    ),
    pytest.param(
        "创业担保贷款",
        "≥5000万元",
        "发放贷款4,860万元，扶持创业妇女326人",
        "not_met",
        "实际4860万元，未达年度指标≥5000万元",
        id="grouped-money",
    ),
    pytest.param(
        "青少年活动",
        "≥200场次",
        "开展活动186场，参与青少年32,000人次",
        "not_met",
        "实际186场次，未达年度指标≥200场次",
        id="grouped-in-the-other-clause",
    ),
    pytest.param(
        "帮扶资金",
        "≥1200万元",
        "发放帮扶资金1,186.6万元，惠及3,126户",
        "not_met",
        "实际1186.6万元，未达年度指标≥1200万元",
        id="grouped-with-decimals",
    ),
    pytest.param(
        "受益户数",
        "≥1000户",
        "受益农户1,085户,合作社1,046个",
        "met",
        "实际1085户，达到年度指标≥1000户",
        id="both-grouped-half-width-comma",
    ),
    # near misses: no group of three digits (1,08户) is two clauses, not a count; two
    # counts in the target's unit stay unknown
    pytest.param(
        "受益户数",
        "≥1200户",
        "受益农户1,08户、合作社46个",
        "unknown",
        "实际“受益农户1,08户、合作社46个”不是数值，无法与年度指标比较",
        id="no-group-of-three",
    ),
    pytest.param(
        "受益户数",
        "≥1000户",
        "受益农户1,085户,1,046户",
        "unknown",
        "实际“受益农户1,085户,1,046户”不是数值，无法与年度指标比较",
        id="two-in-target-unit",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "why"), GROUPED_COUNT_VERDICTS)
def test_labelled_counts_with_grouped_thousands(
    name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, why)


_SHARE = "（按比例计为91.30%），未达年度指标=100%"
_APART = "实际126所与年度指标=100%单位不可比"

# H4, the verdict on 中小学覆盖率 against 100%: actual, attainment, explanation
PLACE_TOTAL_VERDICTS = [
    pytest.param(
        "覆盖126所（全市共138所）",
        "not_met",
        f"实际覆盖126所（全市共138所）{_SHARE}",
        id="city",
    ),
    pytest.param(
        "覆盖126所（全县共138所）",
        "not_met",
        f"实际覆盖126所（全县共138所）{_SHARE}",
        id="county",
    ),
    pytest.param(
        "126所（全区共计138所）", "not_met", f"实际126所（全区共计138所）{_SHARE}", id="district"
    ),
    pytest.param(
        "覆盖中小学126所（共138所）",
        "not_met",
        f"实际覆盖中小学126所（共138所）{_SHARE}",
        id="control-no-place",
    ),
    # near misses: prose in the bracket, no total word, another unit stay apart
    pytest.param("覆盖126所（全市共有138所）", "unknown", _APART, id="prose-has"),
    pytest.param("覆盖126所（全市共有中小学138所）", "unknown", _APART, id="prose-noun"),
    pytest.param("覆盖126所（全市138所）", "unknown", _APART, id="no-total-word"),
    pytest.param("覆盖126所（全市共138个）", "unknown", _APART, id="another-unit"),
]


@pytest.mark.parametrize(("actual", "attainment", "why"), PLACE_TOTAL_VERDICTS)
def test_bracketed_total_with_a_place(actual: str, attainment: str, why: str) -> None:
    assert _self_verdict("中小学覆盖率", "100%", actual) == (attainment, why)


# M1, the verdict on 培训人次: target, actual, attainment, explanation
LEAD_VERB_VERDICTS = [
    pytest.param(
        "≥100人次", "培训2期120人次", "met", "实际120人次，达到年度指标≥100人次", id="verb"
    ),
    pytest.param(
        "≥500人次",
        "培训5期480人次",
        "not_met",
        "实际480人次，未达年度指标≥500人次",
        id="verb-miss",
    ),
    pytest.param(
        "≥500人次",
        "开展培训5期480人次",
        "not_met",
        "实际480人次，未达年度指标≥500人次",
        id="two-verbs",
    ),
    pytest.param(
        "≥2000人次",
        "培训学员1,386人、1,936人次",
        "not_met",
        "实际1936人次，未达年度指标≥2000人次",
        id="bare-second-count",
    ),
    pytest.param(
        "≥2000人次",
        "培训学员1386人、1936人次",
        "not_met",
        "实际1936人次，未达年度指标≥2000人次",
        id="bare-second-count-ungrouped",
    ),
    # near misses: a plan, a period, a step of the same unit stay unknown
    pytest.param(
        "≥500人次",
        "计划培训5期480人次",
        "unknown",
        "实际“计划培训5期480人次”不是数值，无法与年度指标比较",
        id="plan",
    ),
    pytest.param(
        "≥500人次",
        "每期培训5期480人次",
        "unknown",
        "实际“每期培训5期480人次”不是数值，无法与年度指标比较",
        id="per-period",
    ),
    pytest.param(
        "≥50人次",
        "参训48人次，45人次",
        "unknown",
        "实际“参训48人次，45人次”不是数值，无法与年度指标比较",
        id="bare-count-same-unit",
    ),
    pytest.param(
        "≥2000人次",
        "培训学员1386人、1936人次待定",
        "unknown",
        "实际“培训学员1386人、1936人次待定”不是数值，无法与年度指标比较",
        id="bare-count-with-a-remark",
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "why"), LEAD_VERB_VERDICTS)
def test_counts_after_a_verb(target: str, actual: str, attainment: str, why: str) -> None:
    assert _self_verdict("培训人次", target, actual) == (attainment, why)


# M2, the verdict: name, target, actual, plan (mid-year) or None, attainment, progress, why
RECOGNISED_VERDICTS = [
    pytest.param(
        "研学实践基地",
        "≥10个",
        "已挂牌6个，在建3个",
        None,
        "not_met",
        "not_applicable",
        "实际6个，未达年度指标≥10个",
        id="plaque",
    ),
    pytest.param(
        "研学实践基地",
        "≥10个",
        "已挂牌6个、在建3个",
        "5个",
        "pending",
        "on_track",
        "实际6个，未达年度指标≥10个，距年底尚有时间",
        id="plaque-mid-year",
    ),
    pytest.param(
        "研学实践基地",
        "≥10个",
        "已授牌6个，3个在建",
        None,
        "not_met",
        "not_applicable",
        "实际6个，未达年度指标≥10个",
        id="awarded",
    ),
    pytest.param(
        "研学实践基地",
        "≥10个",
        "已认定6个，3个在审",
        None,
        "not_met",
        "not_applicable",
        "实际6个，未达年度指标≥10个",
        id="recognised-in-review",
    ),
    pytest.param(
        "精品课程建设",
        "≥10门",
        "完成7门，3门正在评审",
        "7门",
        "pending",
        "on_track",
        "实际7门，未达年度指标≥10门，距年底尚有时间",
        id="done-and-in-review-mid-year",
    ),
    # near misses: a bare 评审 (may be done), 另有, a plan stay unknown
    pytest.param(
        "精品课程建设",
        "≥10门",
        "完成7门，3门评审",
        None,
        "unknown",
        "not_applicable",
        "实际“完成7门，3门评审”不是数值，无法与年度指标比较",
        id="bare-review",
    ),
    pytest.param(
        "研学实践基地",
        "≥10个",
        "计划挂牌6个，在建3个",
        None,
        "unknown",
        "not_applicable",
        "实际“计划挂牌6个，在建3个”不是数值，无法与年度指标比较",
        id="planned",
    ),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "plan", "attainment", "progress", "why"), RECOGNISED_VERDICTS
)
def test_done_beside_under_way_words(  # noqa: PLR0913, PLR0917 - one per column
    name: str,
    target: str,
    actual: str,
    plan: str | None,
    attainment: str,
    progress: str,
    why: str,
) -> None:
    row = indicator(name=name, target=target, actual=actual, planned=plan, weight=4, points=4)
    table = (
        tracking_table([row], period=(YEAR, 1, YEAR, 6))
        if plan is not None
        else self_evaluation_table([row], year=YEAR)
    )
    got = score(table).verdicts[0]
    assert (got.attainment.value, got.progress.value, got.explanation) == (
        attainment,
        progress,
        why,
    )


# M3, the verdict: name, target, actual, attainment, explanation
CEILING_SHOWN_VERDICTS = [
    pytest.param(
        "提案办理时限",
        "6个月",
        "平均办理周期4.2个月",
        "met",
        "实际4.2个月，达到年度指标≤6个月",
        id="within",
    ),
    pytest.param(
        "提案办理时限",
        "6个月",
        "平均办理周期7.2个月",
        "not_met",
        "实际7.2个月，超出年度指标≤6个月",
        id="over",
    ),
    pytest.param(
        "提案办理时限",
        "6个月内",
        "平均办理周期4.2个月",
        "met",
        "实际4.2个月，达到年度指标≤6个月",
        id="control-within-word",
    ),
    # near miss: a bare count judged as a floor keeps its =
    pytest.param(
        "提案办理数量", "6件", "5件", "not_met", "实际5件，未达年度指标=6件", id="floor-kept"
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "why"), CEILING_SHOWN_VERDICTS)
def test_bare_ceiling_shown_as_applied(
    name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, why)
