"""Regressions and near-misses of the regress28 audit (r28), each with the report's rows.

1. A dated 封顶 or 试运行 meets a deadline only on an indicator named for that stage.
2. 无 against a percentage target: unknown, and missing-actual says no share was reported.
3. The department uses' budget findings: wording, and no note when they were checked.
4. A place target (全市第3名) is met by that place or a better (lower) one.
5. 未发现 / 未收到 under a target of none (无违法违规行为, 不发生有效投诉) is met.
6. 位 counts people, as 名 and 人 do.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import (
    YEAR,
    by_id,
    indicator,
    self_evaluation_table,
    verdict_of,
)

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION

# ---------------------------------------------------------------------------
# 1. A stage done (封顶, 试运行) is no completion of the whole works

STAGE_EVENTS = [
    # (against the whole works' completion, as against the acceptance: not_met, k33b)
    pytest.param("项目竣工时间", "2023年9月底前竣工", "2023年8月25日主体封顶", "not_met", "截止日期2023-09-30已到，实际“2023年8月25日主体封顶”仅完成阶段工程，尚未竣工", id="topped-out-on-completion"),
    # (against an acceptance the stage leaves the acceptance undone: not_met, k32p)
    pytest.param("项目竣工验收时间", "2023年9月底前竣工验收", "2023年8月25日封顶", "not_met", "截止日期2023-09-30已到，实际“2023年8月25日封顶”仅完成阶段工程，尚未竣工验收", id="topped-out-on-acceptance"),
    pytest.param("工程完工时间", "2023年10月底前完工", "2023年9月20日主体封顶", "not_met", "截止日期2023-10-31已到，实际“2023年9月20日主体封顶”仅完成阶段工程，尚未全部完工", id="topped-out-on-finished"),
    pytest.param("安置房交付时间", "2023年10月底前", "2023年9月全部封顶", "unknown", "截止日期2023-10-31已到，实际“2023年9月全部封顶”无法判断是否完成", id="topped-out-on-handover"),
    pytest.param("污水处理厂竣工验收时间", "2023年10月底前竣工验收", "2023年9月起试运行", "unknown", "截止日期2023-10-31已到，实际“2023年9月起试运行”无法判断是否完成", id="trial-run-on-acceptance"),
    pytest.param("污水处理厂建成时间", "2023年10月底前建成", "2023年9月试运行", "unknown", "截止日期2023-10-31已到，实际“2023年9月试运行”无法判断是否完成", id="trial-run-on-built"),
    # the stage the indicator is named for, or its target names: done on that date
    pytest.param("主体封顶时间", "2023年9月底前", "2023年8月25日主体封顶", "met", "实际“2023年8月25日主体封顶”，未晚于截止日期2023-09-30", id="topped-out-named"),
    pytest.param("主体工程进度", "2023年9月底前封顶", "2023年8月25日封顶", "met", "实际“2023年8月25日封顶”，未晚于截止日期2023-09-30", id="topped-out-in-target"),
    pytest.param("试运行时间", "2023年10月底前", "2023年9月起试运行", "met", "实际“2023年9月起试运行”，未晚于截止日期2023-10-31", id="trial-run-named"),
    # the other dated events stay done (fp19)
    pytest.param("项目竣工验收时间", "2023年10月底前", "2023年9月通过验收", "met", "实际“2023年9月通过验收”，未晚于截止日期2023-10-31", id="passed-acceptance"),
    pytest.param("推介会召开时间", "2023年10月底前", "2023年9月20日召开", "met", "实际“2023年9月20日召开”，未晚于截止日期2023-10-31", id="held"),
    pytest.param("服务中心投用时间", "2023年10月底前", "2023年9月投入使用", "met", "实际“2023年9月投入使用”，未晚于截止日期2023-10-31", id="put-in-use"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), STAGE_EVENTS)
def test_a_stage_meets_only_a_deadline_named_for_it(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name, target, actual, level2="时效指标")
    verdict = verdict_of(row, period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


# ---------------------------------------------------------------------------
# 2. 无 on a percentage row reports no figure

NONE_ON_A_SHARE = [
    pytest.param("公路优良路率", "≥90%", "无", 10, ["“公路优良路率”实际填写“无”，未填报实际完成比例，却得满分（填报得分10）"], id="full-points"),
    pytest.param("公路优良路率", "≥90%", "无", 6, ["“公路优良路率”实际填写“无”，未填报实际完成比例"], id="some-points"),
    pytest.param("公路优良路率", "≥90%", None, 10, ["“公路优良路率”未填实际完成值"], id="empty-as-before"),
    pytest.param("安全事故发生率", "≤1%", "无", 10, [], id="incidents-none-is-zero"),
    pytest.param("培训人次", "≥400人次", "无", 10, [], id="count-none-is-zero"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points", "messages"), NONE_ON_A_SHARE)
def test_none_on_a_share_is_a_missing_actual(
    name: str, target: str, actual: str | None, points: int, messages: list[str]
) -> None:
    row = indicator(name, target, actual, weight=10, points=points, row=5)
    card = score(self_evaluation_table([row]))
    assert [f.message for f in by_id(card, "missing-actual")] == messages


def test_none_on_a_share_keeps_its_printed_points_as_an_empty_actual() -> None:
    rows = [
        indicator("公路优良路率", "≥90%", "无", weight=10, points=10, row=5),
        indicator("服务对象满意度", "≥90%", None, weight=10, points=10, row=6),
    ]
    card = score(self_evaluation_table(rows))
    assert [v.attainment.value for v in card.verdicts] == ["unknown", "unknown"]
    assert card.points is not None
    assert [(i.name, i.points, i.rule) for i in card.points.printed_kept] == [
        ("公路优良路率", Decimal("10.00"), "unknown: printed points"),
        ("服务对象满意度", Decimal("10.00"), "unknown: printed points"),
    ]


# ---------------------------------------------------------------------------
# 3. A department budget split only by use


def _department_findings(*budget: list[str]) -> list[tuple[str, str]]:
    """The budget findings of a 部门整体 self-evaluation table with *budget*'s lines."""
    rows = [
        ["2024年度部门整体支出绩效自评表"],
        ["部门名称", "区民政局"],
        ["预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        *budget,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "新建服务中心", "15个", "15个"],
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return [
        (finding.id, finding.message)
        for finding in perftrack.score(table).findings
        if finding.id
        in {"budget-line-unread", "budget-sum-mismatch", "budget-rate-mismatch", "over-execution"}
    ]


_TOTAL = ["", "年度资金总额", "1000.00", "1000.00", "950.00", "95.00%"]

DEPARTMENT_USES = [
    pytest.param(
        [_TOTAL, ["", "其中：基本支出", "600.00", "600.00", "560.00", "93.33%"], ["", "项目支出", "400.00", "400.00", "390.00", "97.50%"]],
        [],
        id="checked-adding-up-no-note",
    ),
    pytest.param(
        [_TOTAL, ["", "其中：基本支出", "550.00", "550.00", "560.00", "101.82%"], ["", "项目支出", "400.00", "400.00", "390.00", "97.50%"]],
        [
            ("budget-sum-mismatch", "基本支出与项目支出的年初预算数合计950.00与年度资金总额1000.00不符，基本支出与项目支出的全年预算数合计950.00与年度资金总额1000.00不符"),
            ("over-execution", "“其中：基本支出”执行数560.00超过预算数550.00"),
        ],
        id="mismatch-without-qizhong",
    ),
    pytest.param(
        [_TOTAL, ["", "其中：基本支出", "600.00", "600.00", "500.00", "95.00%"], ["", "项目支出", "400.00", "400.00", "450.00", "112.50%"]],
        # the uses are lines (role use) since k31d: their rate and spending are judged
        [
            ("budget-rate-mismatch", "“其中：基本支出”填报执行率95.00%与金额计算的83.33%不符"),
            ("over-execution", "“项目支出”执行数450.00超过预算数400.00"),
        ],
        id="adding-up-rate-and-overspend-judged",
    ),
    pytest.param(
        [_TOTAL, ["", "其中：基本支出", "1000.00", "1000.00", "950.00", "95.00%"]],
        [],  # a line of its own, nothing wrong in it: nothing to say (k31d)
        id="one-use-not-checked",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("budget", "expected"), DEPARTMENT_USES)
def test_department_uses_are_noted_only_when_a_reviewer_must_look(
    budget: list[list[str]], expected: list[tuple[str, str]]
) -> None:
    assert _department_findings(*budget) == expected


# ---------------------------------------------------------------------------
# 4. A place in a ranking: lower is better

PLACES = [
    pytest.param("全市排名", "全市第3名", "全市第5名", "not_met", "实际5名，超出年度指标=3名", id="fifth-misses-third"),
    pytest.param("全市排名", "全市第3", "全市第5", "not_met", "实际5名，超出年度指标=3", id="fifth-misses-third-no-unit"),
    pytest.param("全市排名", "全市第3名", "全市第2名", "met", "实际2名，达到年度指标=3名", id="second-meets-third"),
    pytest.param("全市排名", "全市第3名", "全市第3名", "met", "实际3名，达到年度指标=3名", id="third-meets-third"),
    pytest.param("全省排名", "保持全省第1名", "全省第2", "not_met", "实际2名，超出年度指标=1名", id="second-misses-first"),
    pytest.param("全省排名", "保持全省第1名", "全省第1名", "met", "实际1名，达到年度指标=1名", id="first-kept"),
    pytest.param("全省排名", "进入全省前3", "全省第5", "not_met", "实际5名，超出年度指标≤3", id="top-three-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), PLACES)
def test_a_place_is_reached_by_a_lower_one(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = verdict_of(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


# ---------------------------------------------------------------------------
# 6. 位 counts people, as 名 and 人 do

PEOPLE = [
    pytest.param("服务老人人数", "≥200位", "230人", "met", "实际230位，达到年度指标≥200位", id="wei-target"),
    pytest.param("服务老人人数", "≥200人", "230位", "met", "实际230人，达到年度指标≥200人", id="wei-actual"),
    pytest.param("服务老人人数", "≥200位", "180人", "not_met", "实际180位，未达年度指标≥200位", id="wei-short"),
    pytest.param("服务老人人数", "≥200名", "230人", "met", "实际230名，达到年度指标≥200名", id="ming-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), PEOPLE)
def test_wei_counts_people(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = verdict_of(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


def test_wei_against_people_raises_no_unit_mismatch() -> None:
    card = score(self_evaluation_table([indicator("服务老人人数", "≥200位", "230人")]))
    assert by_id(card, "unit-mismatch") == []


# ---------------------------------------------------------------------------
# 5. None found or received under a target of no such event

NONE_FOUND = [
    pytest.param("违法违规行为", "无违法违规行为", "未发现", "met", "实际“未发现”，达到“无违法违规行为”", id="none-found-bare"),
    pytest.param("有效投诉", "不发生有效投诉", "未收到", "met", "实际“未收到”，达到“不发生有效投诉”", id="none-received-bare"),
    pytest.param("违法违规行为", "无违法违规行为", "未发现违法违规行为", "met", "实际“未发现违法违规行为”，达到“无违法违规行为”", id="none-found-named"),
    pytest.param("有效投诉", "不发生有效投诉", "未收到有效投诉", "met", "实际“未收到有效投诉”，达到“不发生有效投诉”", id="none-received-named"),
    pytest.param("问题发现", "发现问题并整改", "未发现问题", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="finding-asked-stays-unknown"),
    pytest.param("问题整改", "完成整改", "未发现", "unknown", "年度指标为文字描述，实际完成情况需人工判断", id="bare-under-work-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), NONE_FOUND)
def test_none_found_meets_a_target_of_none(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = verdict_of(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
