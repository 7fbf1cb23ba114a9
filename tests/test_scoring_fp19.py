"""False positives on clean tables (fp19): each rule with the report's rows.

H3: a dated event done before its deadline (8月25日封顶, 2023年9月20日召开) is met.
H4: 已覆盖全部126个行政村 against 全覆盖 is met, no unit-mismatch.
M1: clean qualitative or count actuals (10座已建成, 已建立并运行, 未增加…) are met.
M2: a 不适用 actual with a reason has no progress, so no judgement-optimistic.
M3: a met deadline in a tracking table is on track.
M4: per-case limits (单个, 单场, 周期, 平均 in the actual) are no annual caps.
L1: 通过 under 通过 on a 测评 row copies nothing.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import (
    YEAR,
    finding_ids,
    indicator,
    judgement,
    self_evaluation_table,
    tracking_table,
    verdict_of,
)

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION

# ---------------------------------------------------------------------------
# H3: a dated event done (held, passed, topped out, put into operation) is the date

DATED_EVENTS = [
    pytest.param("课题中期考核", "2023年9月底前完成", "已于2023年9月15日通过中期考核", "met", "实际“已于2023年9月15日通过中期考核”，未晚于截止日期2023-09-30", id="passed-review"),
    pytest.param("主体结构封顶", "2023年8月底前", "8月25日封顶", "met", "实际“8月25日封顶”，未晚于截止日期2023-08-31", id="topped-out"),
    pytest.param("主体结构封顶", "2023年8月底前", "已于2023年8月25日全部封顶", "met", "实际“已于2023年8月25日全部封顶”，未晚于截止日期2023-08-31", id="all-topped-out"),
    pytest.param("推介会召开时间", "2023年10月底前", "2023年9月20日召开", "met", "实际“2023年9月20日召开”，未晚于截止日期2023-10-31", id="held-meeting"),
    pytest.param("培训班举办时间", "2023年6月底前", "6月12日举办", "met", "实际“6月12日举办”，未晚于截止日期2023-06-30", id="held-course"),
    pytest.param("等保测评", "2023年10月底前", "2023年9月通过测评", "met", "实际“2023年9月通过测评”，未晚于截止日期2023-10-31", id="passed-test-month"),
    pytest.param("系统试运行", "2023年9月底前", "2023年8月28日起试运行", "met", "实际“2023年8月28日起试运行”，未晚于截止日期2023-09-30", id="trial-operation"),
    # after the deadline: late
    pytest.param("推介会召开时间", "2023年9月底前", "2023年10月20日召开", "not_met", "实际“2023年10月20日召开”，晚于截止日期2023-09-30", id="held-late"),
    # a plan, a forecast, a denial, the deadline restated, another check: no event done
    pytest.param("推介会召开时间", "2023年10月底前", "计划2023年9月20日召开", "unknown", "截止日期2023-10-31已到，实际“计划2023年9月20日召开”无法判断是否完成", id="plan"),
    pytest.param("培训班举办时间", "2023年6月底前", "拟于6月12日举办", "unknown", "截止日期2023-06-30已到，实际“拟于6月12日举办”无法判断是否完成", id="intended"),
    pytest.param("主体结构封顶", "2023年8月底前", "预计8月25日封顶", "unknown", "截止日期2023-08-31已到，实际“预计8月25日封顶”无法判断是否完成", id="forecast"),
    pytest.param("推介会召开时间", "2023年10月底前", "2023年9月20日未召开", "unknown", "截止日期2023-10-31已到，实际“2023年9月20日未召开”无法判断是否完成", id="denied"),
    pytest.param("培训班举办时间", "2023年6月底前", "2023年6月底前举办", "unknown", "截止日期2023-06-30已到，实际“2023年6月底前举办”无法判断是否完成", id="deadline-restated"),
    pytest.param("等保测评", "2023年10月底前", "2023年9月通过初审", "unknown", "截止日期2023-10-31已到，实际“2023年9月通过初审”无法判断是否完成", id="another-check"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), DATED_EVENTS)
def test_dated_event_done_against_a_deadline(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name, target, actual, level2="时效指标")
    verdict = verdict_of(row, period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


def test_dated_event_after_the_tables_date_is_pending() -> None:
    row = indicator("推介会召开时间", "2023年12月底前", "2023年10月20日召开", level2="时效指标")
    verdict = verdict_of(row)  # a 1-8月 tracking table
    assert (verdict.attainment.value, verdict.explanation) == (
        "pending",
        "实际“2023年10月20日召开”在评价日期之后，视为预计，截止日期2023-12-31",
    )


def test_dated_events_raise_no_deadline_passed() -> None:
    rows = [
        indicator("主体结构封顶", "2023年8月底前", "8月25日封顶", level2="时效指标"),
        indicator("推介会召开时间", "2023年10月底前", "2023年9月20日召开", level2="时效指标"),
    ]
    card = score(self_evaluation_table(rows))
    assert [v.attainment.value for v in card.verdicts] == ["met", "met"]
    assert "deadline-passed" not in finding_ids(card)


# ---------------------------------------------------------------------------
# H4 and M1: clean actuals a reviewer reads as met

CLEAN_ACTUALS = [
    pytest.param("覆盖行政村", "全覆盖", "已覆盖全部126个行政村", "met", "实际“已覆盖全部126个行政村”，即全部覆盖，视为100%，达到年度指标=100%", id="H4-all-of-whole"),
    pytest.param("覆盖行政村", "全覆盖", "已覆盖120个行政村", "unknown", "实际120个行政村与年度指标=100%单位不可比", id="H4-count-only"),
    pytest.param("覆盖行政村", "全覆盖", "基本覆盖全部126个行政村", "unknown", "实际126个行政村与年度指标=100%单位不可比", id="H4-basically"),
    pytest.param("新建公厕", "10座", "10座已建成", "met", "实际10座，达到年度指标=10座", id="figure-then-built"),
    pytest.param("新建公厕", "10座", "8座已建成", "not_met", "实际8座，未达年度指标=10座", id="figure-then-built-short"),
    pytest.param("长效机制", "健全", "已建立并运行", "met", "实际“已建立并运行”，达到“健全”", id="established-and-running"),
    pytest.param("长效机制", "健全", "未建立并运行", "not_met", "实际“未建立并运行”，未达到“健全”", id="not-established"),
    pytest.param("耕地撂荒面积", "不增加", "未增加", "met", "实际“未增加”，达到“不增加”", id="same-denial"),
    pytest.param("耕地撂荒面积", "不反弹", "未出现反弹", "met", "实际“未出现反弹”，达到“不反弹”", id="same-denial-appeared"),
    pytest.param("补助发放时间", "每月15日前", "每月15日前发放到位", "met", "实际“每月15日前发放到位”，按期完成，达到年度指标“每月15日前”", id="recurring-time-done"),
    pytest.param("补助发放时间", "每月15日前", "每月20日前发放到位", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="recurring-time-other"),
    pytest.param("档案管理", "规范", "规范完整", "met", "实际“规范完整”，达到“规范”", id="conformity-plus-word"),
    pytest.param("出水水质", "达到国家一级A标准", "达到一级A标准", "met", "实际“达到一级A标准”，与年度指标为同一标准，达到年度指标“达到国家一级A标准”", id="same-standard"),
    pytest.param("出水水质", "达到国家一级A标准", "达到一级B标准", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="other-standard"),
    # decided: 明显 cannot be judged from a figure of no base, 足额 is not said
    pytest.param("群众办事跑动次数", "明显减少", "平均减少0.8次", "unknown", "实际“平均减少0.8次”无法与年度指标“明显减少”对照", id="marked-decrease-figure"),
    pytest.param("专项债券本息偿还", "按期足额偿还", "按期偿还", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="in-full-not-said"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), CLEAN_ACTUALS)
def test_clean_actuals(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = verdict_of(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("actual", "findings"),
    [
        pytest.param("已覆盖全部126个行政村", [], id="all-of-whole"),
        pytest.param("已覆盖120个行政村", ["unit-mismatch"], id="count-only"),
    ],
)
def test_all_of_a_whole_raises_no_unit_mismatch(actual: str, findings: list[str]) -> None:
    card = score(self_evaluation_table([indicator("覆盖行政村", "全覆盖", actual)]))
    assert [i for i in finding_ids(card) if i == "unit-mismatch"] == findings


# ---------------------------------------------------------------------------
# M2 and M3: progress in a tracking table


def test_slash_with_a_reason_is_not_behind() -> None:
    rows = [
        indicator(
            "主体结构封顶",
            "2023年6月30日前",
            "2023年6月18日",
            "2023年6月30日前",
            level2="时效指标",
        ),
        indicator(
            "师生满意度",
            "≥90(%)",
            "/",
            "90",
            level1="满意度指标",
            level2="服务对象满意度指标",
            reason="尚未交付使用，年底调查",
        ),
    ]
    card = score(
        tracking_table(rows, judgement=judgement("确定能完成", "确定能完成"), corrective="")
    )
    assert [(v.attainment.value, v.progress.value, v.explanation) for v in card.verdicts] == [
        ("met", "on_track", "实际“2023年6月18日”，未晚于截止日期2023-06-30"),
        # a "/" mid-year is "not yet" (pending, deptbudget M3); nothing measured says
        # nothing of the pace: no behind, no judgement-optimistic, no missing measures
        ("pending", "unknown", "尚无实际完成值（“/”），截止日期未到；进度无法判断"),
    ]
    assert finding_ids(card) == ["missing-category"]


@pytest.mark.parametrize(
    ("actual", "attainment", "progress"),
    [
        pytest.param("2023年6月18日", "met", "on_track", id="met-deadline"),
        # done late: the deadline missed, behind (review30 M3; before, on track)
        pytest.param("2023年7月18日", "not_met", "behind", id="late"),
    ],
)
def test_met_deadline_is_on_track(actual: str, attainment: str, progress: str) -> None:
    row = indicator("主体结构封顶", "2023年6月30日前", actual, "2023年6月30日前", level2="时效指标")
    verdict = verdict_of(row)
    assert (verdict.attainment.value, verdict.progress.value) == (attainment, progress)


# ---------------------------------------------------------------------------
# M4: per-case limits


PER_CASE = [
    pytest.param("单个项目审核周期", "≤30个工作日", "平均22个工作日", "met", "实际22个工作日，达到年度指标≤30个工作日", id="review-cycle-average"),
    pytest.param("单场会议费用", "≤60万元", "50.87万元", "met", "实际50.87万元，达到年度指标≤60万元", id="per-meeting-cost"),
    pytest.param("单场会议费用", "≤60万元", "70万元", "not_met", "实际70万元已超出单项上限≤60万元，无法挽回；实际70万元超出计划不超过60万元", id="per-meeting-cost-broken"),
    pytest.param("项目审核周期", "≤30个工作日", "22个工作日", "met", "实际22个工作日，达到年度指标≤30个工作日", id="review-cycle"),
    # a cumulative cap stays one
    pytest.param("会议费用", "≤60万元", "50.87万元", "pending", "实际50.87万元暂未超过年度上限≤60万元，年底前仍可能超出", id="annual-cap"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), PER_CASE)
def test_per_case_limits(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name, target, actual, target, level2="成本指标")
    verdict = verdict_of(row, period=(YEAR, 1, YEAR, 9))
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


# ---------------------------------------------------------------------------
# L1: 通过 under 通过 on a 测评 row


@pytest.mark.parametrize(
    ("name", "findings"),
    [
        pytest.param("等保测评结果", [], id="test-row"),
        pytest.param(
            "系统运行情况", ["actual-copies-target", "target-not-measurable"], id="other-row"
        ),
    ],
)
def test_pass_on_an_assessment_row(name: str, findings: list[str]) -> None:
    card = score(self_evaluation_table([indicator(name, "通过", "通过", level2="质量指标")]))
    assert card.verdicts[0].attainment.value == "met"
    assert (
        sorted(
            i for i in finding_ids(card) if i in ("actual-copies-target", "target-not-measurable")
        )
        == findings
    )
