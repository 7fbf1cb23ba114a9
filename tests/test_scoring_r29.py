"""Leftovers of the regress29 audit (r29), each with the report's rows.

1. A forecast actual (``12380万元（预计）``, ``1200万元(预计全年)``, ``均可达到100%``) is one
   rule: unknown, and no finding reads its figure as a result (exceeds-target, 超额完成).
2. 未发现 / 未收到 under a capped count of events (=0次, ≤3次) is none: 0, met.
3. A department's all-zero 项目支出 line is plain: no budget-line-unread note.
4. 无 on a 满意度 row: missing-actual alone, no satisfaction-not-percent beside it.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import (
    YEAR,
    by_id,
    indicator,
    self_evaluation_table,
    tracking_table,
    verdict_of,
)

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION

# ---------------------------------------------------------------------------
# 1. A forecast is no result, in the verdict and in the findings

_NO_RESULT = "，不是实际完成值，无法判断是否达到年度指标"

FORECASTS = [
    pytest.param("带动农户增收", "≥500万元", "12380万元（预计）", "unknown", "实际“12380万元（预计）”为预计数" + _NO_RESULT, id="noted-forecast"),
    pytest.param("带动农户增收", "≥500万元", "620万元（预计数）", "unknown", "实际“620万元（预计数）”为预计数" + _NO_RESULT, id="noted-forecast-figure"),
    pytest.param("年产值", "≥1000万元", "1200万元(预计全年)", "unknown", "实际“1200万元(预计全年)”为预计数" + _NO_RESULT, id="noted-forecast-whole-year"),
    pytest.param("年产值", "≥1000万元", "1200万元（全年预计）", "unknown", "实际“1200万元（全年预计）”为预计数" + _NO_RESULT, id="noted-whole-year-forecast"),
    pytest.param("出水水质达标率", "≥95%", "均可达到100%", "unknown", "实际“均可达到100%”为预期数" + _NO_RESULT, id="all-can-reach"),
    pytest.param("日处理能力", "≥2万吨", "实际可达到2.1万吨", "unknown", "实际“实际可达到2.1万吨”为预期数" + _NO_RESULT, id="in-fact-can-reach"),
    pytest.param("接待能力", "≥3000人次/日", "建成后可达3200人次/日", "unknown", "实际“建成后可达3200人次/日”为预期数" + _NO_RESULT, id="can-reach-as-before"),
    # what the row says was done stays a result
    pytest.param("年产值", "≥1000万元", "1200万元（经统计）", "met", "实际1200万元，达到年度指标≥1000万元", id="counted-note"),
    pytest.param("日处理能力", "≥2万吨", "已达到2.1万吨", "met", "实际2.1万吨，达到年度指标≥2万吨", id="reached"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), FORECASTS)
def test_a_forecast_actual_is_unknown(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = verdict_of(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


FORECAST_FINDINGS = [
    pytest.param("12380万元（预计）", [], id="noted-forecast"),
    pytest.param("1200万元(预计全年)", [], id="noted-forecast-whole-year"),
    pytest.param("预计12380万元", [], id="labelled-forecast-as-before"),
    pytest.param("实际可达到12380万元", [], id="can-reach"),
    pytest.param(
        "12380万元",
        [
            ("exceeds-target", "“带动农户增收”实际12380万元为年度指标≥500万元的2476.00%，指标可能设置偏低"),
            ("missing-deviation-reason", "“带动农户增收”超额完成（实际为年度指标的2476.00%）但未说明原因"),
        ],
        id="a-result-far-over",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("actual", "expected"), FORECAST_FINDINGS)
def test_no_finding_reads_a_forecast_as_a_result(
    actual: str, expected: list[tuple[str, str]]
) -> None:
    row = indicator("带动农户增收", "≥500万元", actual, weight=10, points=10, row=5)
    card = score(self_evaluation_table([row]))
    found = [
        (f.id, f.message)
        for f in card.findings
        if f.id in {"exceeds-target", "missing-deviation-reason"}
    ]
    assert found == expected


def test_a_tracking_tables_noted_estimate_is_judged_as_written() -> None:
    row = indicator("带动农户增收", "≥500万元", "620万元（预计）")
    card = score(tracking_table([row], period=AT_YEAR_END))
    assert [v.attainment.value for v in card.verdicts] == ["met"]
    assert by_id(card, "missing-actual") == []


# ---------------------------------------------------------------------------
# 2. 未发现 / 未收到 under a capped count of events is none: 0

NONE_UNDER_A_CEILING = [
    pytest.param("违规使用资金", "=0次", "未发现", "met", "实际0次，达到年度指标=0次", id="none-found-of-zero"),
    pytest.param("有效投诉次数", "≤3次", "未收到", "met", "实际0次，达到年度指标≤3次", id="none-received-under-three"),
    pytest.param("有效投诉次数", "<3次", "未接到", "met", "实际0次，达到年度指标<3次", id="none-taken-below-three"),
    pytest.param("投诉率", "≤1%", "未收到", "met", "实际0%，达到年度指标≤1%", id="none-received-share-of-complaints"),
    # a floor or money: no count of events capped, as before
    pytest.param("收到群众表扬信", "≥5封", "未收到", "not_met", "实际“未收到”，截止时仍未完成", id="floor-stays-not-done"),
    pytest.param("问题发现率", "≥3%", "未发现", "not_met", "实际“未发现”，截止时仍未完成", id="share-floor-stays-not-done"),
    pytest.param("发现并整改安全隐患数", "≥20处", "未发现", "not_met", "实际“未发现”，截止时仍未完成", id="count-floor-stays-not-done"),
    pytest.param("上级补助资金", "≤500万元", "未收到", "not_met", "实际“未收到”，截止时仍未完成", id="money-stays-not-done"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"), NONE_UNDER_A_CEILING
)
def test_none_found_under_a_ceiling_is_zero(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = verdict_of(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


def test_none_found_under_a_ceiling_keeps_its_full_points() -> None:
    rows = [
        indicator("违规使用资金", "=0次", "未发现", weight=10, points=10, row=5),
        indicator("有效投诉次数", "≤3次", "未收到", weight=10, points=10, row=6),
    ]
    card = score(self_evaluation_table(rows))
    assert [
        f.id for f in card.findings if f.id in {"full-points-not-met", "missing-deviation-reason"}
    ] == []


# ---------------------------------------------------------------------------
# 3. A department's zero 项目支出 line is plain: no budget-line-unread note


def _department_notes(*budget: list[str]) -> list[tuple[str, str]]:
    """The budget findings of a 部门整体 self-evaluation table with *budget*'s lines."""
    rows = [
        ["2024年度部门整体支出绩效自评表"],
        ["部门名称", "县自然资源和规划局"],
        ["预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        *budget,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "整治桥梁", "15座", "15座"],
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return [
        (finding.id, finding.message)
        for finding in perftrack.score(table).findings
        if finding.id in {"budget-line-unread", "budget-sum-mismatch"}
    ]


_TOTAL = ["", "年度资金总额", "157.40", "157.40", "150.90", "95.87%"]
_BASIC = ["", "其中：基本支出", "157.40", "157.40", "150.90", "95.87%"]

ZERO_USES = [
    pytest.param([_TOTAL, _BASIC, ["", "项目支出", "0.00", "0.00", "0.00", "0.00"]], [], id="zero-rate-printed"),
    pytest.param([_TOTAL, _BASIC, ["", "项目支出", "0.00", "0.00", "0.00", ""]], [], id="rate-blank"),
    pytest.param([_TOTAL, _BASIC, ["", "项目支出", "0", "0", "0", "0%"]], [], id="plain-zeros"),
    # a rate printed on nothing: since k31d the use is a line (role use), judged as a
    # source's line is, and 0/0 says nothing there whatever rate is printed
    pytest.param([_TOTAL, _BASIC, ["", "项目支出", "0.00", "0.00", "0.00", "100.00%"]], [], id="rate-on-nothing"),
]  # fmt: skip


@pytest.mark.parametrize(("budget", "expected"), ZERO_USES)
def test_a_zero_use_line_is_plain(budget: list[list[str]], expected: list[tuple[str, str]]) -> None:
    assert _department_notes(*budget) == expected


# ---------------------------------------------------------------------------
# 4. 无 on a 满意度 row: one finding on the cell

SATISFACTION_WORDS = [
    pytest.param("无", [("missing-actual", "“学生及家长满意度”实际填写“无”，未填报实际完成比例，却得满分（填报得分10）")], id="none-is-missing-actual-once"),
    pytest.param("满意", [("satisfaction-not-percent", "满意度指标“学生及家长满意度”实际完成值应为百分比，而非“满意”")], id="a-word-as-before"),
    pytest.param("96%", [], id="a-percentage"),
]  # fmt: skip


@pytest.mark.parametrize(("actual", "expected"), SATISFACTION_WORDS)
def test_none_on_a_satisfaction_row_is_said_once(
    actual: str, expected: list[tuple[str, str]]
) -> None:
    row = indicator(
        "学生及家长满意度", "≥90%", actual, level1="满意度指标", level2="服务对象满意度指标",
        weight=10, points=10, row=5,
    )  # fmt: skip
    card = score(self_evaluation_table([row]))
    found = [
        (f.id, f.message)
        for f in card.findings
        if f.id in {"missing-actual", "satisfaction-not-percent"}
    ]
    assert found == expected
