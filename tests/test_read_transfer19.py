"""Transfer-payment and investment tables the reader misread (transfer19).

Stacked county tables, a goal laid out as label/text pairs, investment rows inside and
outside the budget block, 政府购买服务's 承接主体. Every case is a small table written
here, read with ``read_text``.
"""

from __future__ import annotations

import pytest

import perftrack

GRID = ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"]


def lines(*rows: list[str] | str) -> str:
    """Tab-separated text of the rows (a string is a one-cell row)."""
    return "\n".join("\t".join([row] if isinstance(row, str) else row) for row in rows)


def read_all(*rows: list[str] | str) -> tuple[perftrack.Table, ...]:
    return perftrack.read_text(lines(*rows), format="text")


def read(*rows: list[str] | str) -> perftrack.Table:
    (table,) = read_all(*rows)
    return table


def finding_ids(table: perftrack.Table) -> list[str]:
    return [finding.id for finding in perftrack.score(table).findings]


NAME_ROW = ["转移支付（项目）名称", "林业改革发展资金"]


def county(lead: list[list[str]], county_name: str, total: str, executed: str) -> list[list[str]]:
    """One county's block of a 区域自评表: *lead* rows, identity row, budget, grid."""
    return [
        *lead,
        ["中央主管部门", "国家林草局", "", "地方主管部门", county_name],
        ["资金情况（万元）", "", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        ["", "年度资金总额", total, executed, ""],
        ["", "其中：中央补助", total, executed, ""],
        GRID,
        ["产出指标", "数量指标", "人工造林面积", "≥1.2万亩", "1.25万亩", ""],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "92%", ""],
    ]


# ---------------------------------------------------------------------------
# H1: counties stacked on one sheet are separate tables


@pytest.mark.parametrize(
    ("second_lead", "expected"),
    [
        pytest.param(
            [NAME_ROW],
            [
                ("林业改革发展资金", "国家林草局", "壬县林业局", "1250.00", 2),
                ("林业改革发展资金", "国家林草局", "癸县林业局", "980.00", 2),
            ],
            id="name-row-again",
        ),
        pytest.param(
            [],
            [
                ("林业改革发展资金", "国家林草局", "壬县林业局", "1250.00", 2),
                ("林业改革发展资金", "国家林草局", "癸县林业局", "980.00", 2),
            ],
            id="department-row-only",
        ),
    ],
)
def test_stacked_counties_are_separate_tables(
    second_lead: list[list[str]], expected: list[tuple[str, str, str, str, int]]
) -> None:
    tables = read_all(
        "中央对地方转移支付区域绩效自评表",
        "（2023年度）",
        *county([NAME_ROW], "壬县林业局", "1250.00", "1130.00"),
        *county(second_lead, "癸县林业局", "980.00", "700.00"),
    )
    got = [
        (
            table.project.name,
            table.project.department,
            table.project.implementer,
            str(table.budget[0].period_budget),
            len(table.indicators),
        )
        for table in tables
    ]
    assert got == expected
    assert [table.title for table in tables] == ["中央对地方转移支付区域绩效自评表"] * 2
    assert [table.period for table in tables] == [tables[0].period] * 2
    for table in tables:
        ids = finding_ids(table)
        assert "budget-sum-mismatch" not in ids
        assert "duplicate-indicator" not in ids


def test_a_signature_under_the_grid_starts_no_table() -> None:
    tables = read_all(
        "中央对地方转移支付区域绩效自评表",
        *county([NAME_ROW], "壬县林业局", "1250.00", "1130.00"),
        ["地方主管部门（盖章）：", "", "填表人：张三"],
    )
    assert [table.project.implementer for table in tables] == ["壬县林业局"]


# ---------------------------------------------------------------------------
# H3: the overall goal laid out as label/text pairs

SAID = "完成农村危房改造3200户以上，保障农村低收入群体住房安全。"
DONE = "完成改造3350户，竣工验收合格率100%。"


@pytest.mark.parametrize(
    ("goal_rows", "expected"),
    [
        pytest.param(
            [["年度总体目标", "预期目标", SAID], ["", "实际完成情况", DONE]],
            perftrack.OverallGoal(SAID, DONE),
            id="two-rows",
        ),
        pytest.param(
            [["年度总体目标", "预期目标", SAID, "实际完成情况", DONE]],
            perftrack.OverallGoal(SAID, DONE),
            id="one-row",
        ),
        pytest.param(
            [["年度总体目标", "预期目标", SAID], ["年度总体目标", "实际完成情况", DONE]],
            perftrack.OverallGoal(SAID, DONE),
            id="merged-label-repeated",
        ),
        pytest.param(
            [["年度总体目标", "预期目标", SAID]],
            perftrack.OverallGoal(SAID, ""),
            id="expected-only",
        ),
        # the side-by-side header over a row of texts reads as before
        pytest.param(
            [["年度总体目标", "预期目标", "", "实际完成情况"], ["", SAID, "", DONE]],
            perftrack.OverallGoal(SAID, DONE),
            id="side-by-side",
        ),
    ],
)
def test_goal_label_text_pairs(goal_rows: list[list[str]], expected: perftrack.OverallGoal) -> None:
    table = read(
        "中央对地方转移支付区域绩效自评表",
        ["转移支付（项目）名称", "农村危房改造补助资金"],
        *goal_rows,
        GRID,
        ["产出指标", "数量指标", "改造农村危房户数", "≥3200户", "3350户", ""],
    )
    assert table.overall_goal == expected
    assert len(table.indicators) == 1
