"""regress38 fixes: bare quarters that are a plan, the "survey later" rule, flat quarters.

Fixtures are tab-separated tables written here. Each case asserts the exact actual, parts,
verdicts or findings that the fix changes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack

if TYPE_CHECKING:
    from perftrack.scoring import Scorecard

_HEAD = """财政项目支出绩效跟踪表
跟踪时段：（ 2026-1月 至 2026-{month}月 ）
项目名称\t社区养老服务
预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t100.00\t100.00\t75.00\t75.00
"""

_QUARTERS = _HEAD.format(month=9) + (
    "一级指标\t二级指标\t三级指标\t年度指标值\t{plan_head}一季度\t二季度\t三季度\t四季度\t偏差原因分析\n"
    "产出指标\t数量指标\t慰问困难老人人次\t≥1200(人次)\t{plan}{q1}\t{q2}\t{q3}\t{q4}\t\n"
)

_REASON = _HEAD.format(month=8) + (
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析\n"
    "{level1}\t{level2}\t{name}\t{target}\t{plan}\t\t{reason}\n"
)


def _card(text: str) -> Scorecard:
    return perftrack.score(perftrack.read_text(text, format="text")[0])


def _figure(value: object) -> Decimal | None:
    return getattr(value, "value", None)


# --- W1: bare quarters with a part after the period filled are a plan, not the actual -------
# (quarters22: the split is the table's period, row-independent: 四季度 in a 1-9月 table is
# a plan, kept as a planned part; 一季度 … 三季度 are the actual's parts, added up)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        pytest.param(
            ("", "", "200", "400", "350", "250"),
            (Decimal(950), ("一季度", "二季度", "三季度"), "pending", []),
            id="fourth-quarter-filled-is-a-plan-the-others-the-actual",
        ),
        pytest.param(
            ("1-9月计划完成值\t", "950\t", "200", "400", "350", "250"),
            (Decimal(950), ("一季度", "二季度", "三季度"), "pending", []),
            id="plan-column-and-quarters-summing-to-it",
        ),
        pytest.param(
            ("", "", "300", "300", "300", "300"),
            (Decimal(900), ("一季度", "二季度", "三季度"), "pending", []),
            id="flat-quarters-all-filled",
        ),
        pytest.param(
            ("", "", "200", "400", "350", ""),
            (Decimal(950), ("一季度", "二季度", "三季度"), "pending", []),
            id="fourth-quarter-empty-is-the-actual",
        ),
    ],
)
def test_bare_quarters_with_a_later_part_filled_are_no_actual(
    cells: tuple[str, str, str, str, str, str], expected: tuple[object, ...]
) -> None:
    plan_head, plan, q1, q2, q3, q4 = cells
    text = _QUARTERS.format(plan_head=plan_head, plan=plan, q1=q1, q2=q2, q3=q3, q4=q4)
    card = _card(text)
    row, verdict = card.table.indicators[0], card.verdicts[0]
    assert (
        _figure(row.actual),
        tuple(part.label for part in row.parts if part.role == "actual"),
        verdict.attainment.value,
        [f.id for f in card.findings if f.id in ("missing-actual", "grid-monthly-actual")],
    ) == expected


# --- W6: flat or unevenly flat quarters are flows, added up --------------------------------


@pytest.mark.parametrize(
    ("quarters", "expected"),
    [
        pytest.param(("300", "300", "320"), (Decimal(920), []), id="flat-then-rising-added-up"),
        pytest.param(("300", "300", "300"), (Decimal(900), []), id="flat-added-up"),
        pytest.param(
            ("300", "600", "900"), (None, ["grid-monthly-actual"]), id="strictly-rising-unsure"
        ),
    ],
)
def test_flat_quarters_are_flows(
    quarters: tuple[str, str, str], expected: tuple[object, ...]
) -> None:
    q1, q2, q3 = quarters
    text = _QUARTERS.format(plan_head="", plan="", q1=q1, q2=q2, q3=q3, q4="")
    card = _card(text)
    assert (
        _figure(card.table.indicators[0].actual),
        [f.id for f in card.findings if f.id == "grid-monthly-actual"],
    ) == expected


# --- W2: the "survey later" rule is for 满意度 rows whose reason states no lag --------------


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            (
                "产出指标",
                "数量指标",
                "入户调查户数",
                "≥500(户)",
                "300",
                "调查工作滞后，拟于年底前集中开展调查",
            ),
            "behind",
            id="count-reason-says-lag",
        ),
        pytest.param(
            (
                "产出指标",
                "数量指标",
                "培训人次",
                "≥1000(人次)",
                "600",
                "培训计划于下半年开展，年底测评",
            ),
            "behind",
            id="count-survey-words-no-lag",
        ),
        pytest.param(
            ("效益指标", "社会效益指标", "困难群众救助覆盖率", "≥95%", "95%", "数据年底测评"),
            "behind",
            id="rate-not-satisfaction",
        ),
        pytest.param(
            (
                "满意度指标",
                "服务对象满意度指标",
                "学员满意度",
                "≥90%",
                "≥90%",
                "调查工作推迟，拟于年底测评",
            ),
            "behind",
            id="satisfaction-reason-says-delay",
        ),
        pytest.param(
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%", "拟于年底测评"),
            "unknown",
            id="satisfaction-survey-later",
        ),
    ],
)
def test_survey_later_rule_is_scoped(row: tuple[str, ...], expected: str) -> None:
    level1, level2, name, target, plan, reason = row
    text = _REASON.format(
        level1=level1, level2=level2, name=name, target=target, plan=plan, reason=reason
    )
    assert _card(text).verdicts[0].progress.value == expected
