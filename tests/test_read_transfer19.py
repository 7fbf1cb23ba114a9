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


# ---------------------------------------------------------------------------
# H4: investment lines inside the budget block are notes; the sources' sum is checked

BUDGET_HEAD = ["投资及资金情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"]
SOURCES = [
    ["", "年度资金总额", "8000.00", "8000.00", "7600.00", "95.00%"],
    ["", "其中：中央预算内投资", "5000.00", "5000.00", "5000.00", "100.00%"],
    ["", "专项债券资金", "2000.00", "2000.00", "1800.00", "90.00%"],
    ["", "县级财政资金", "1000.00", "1000.00", "600.00", "60.00%"],
]
SELF_GRID = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]
INDICATOR = ["产出指标", "数量指标", "主体结构完成比例", "100%", "100%"]


@pytest.mark.parametrize(
    ("investment_rows", "notes"),
    [
        pytest.param(
            [
                ["", "项目总投资", "28000.00", "", "", ""],
                ["", "累计完成投资", "", "", "21500.00", "76.79%"],
            ],
            [
                ("项目总投资", "28000.00万元"),
                ("累计完成投资", "全年执行数：21500.00万元；执行率：76.79%"),
            ],
            id="above-the-total",
        ),
        pytest.param(
            [["", "当年完成投资", "", "", "7600.00", ""], ["", "总投资", "28000.00", "", "", ""]],
            [("当年完成投资", "7600.00万元"), ("总投资", "28000.00万元")],
            id="year-and-total-investment",
        ),
    ],
)
def test_investment_lines_in_the_budget_block(
    investment_rows: list[list[str]], notes: list[tuple[str, str]]
) -> None:
    table = read(
        "2023年度政府投资项目绩效自评表",
        ["项目名称", "辛县人民医院门急诊综合楼建设项目"],
        BUDGET_HEAD,
        *investment_rows,
        *SOURCES,
        SELF_GRID,
        INDICATOR,
    )
    assert [(note.label, note.text) for note in table.notes] == notes
    assert [line.source for line in table.budget] == [
        "年度资金总额",
        "其中：中央预算内投资",
        "专项债券资金",
        "县级财政资金",
    ]
    ids = finding_ids(table)
    assert "budget-line-unread" not in ids
    # the sources (5000 + 1800 + 600 = 7400) against the total's 7600: checked
    assert "budget-sum-mismatch" in ids


def test_an_unknown_line_still_stops_the_sum_check() -> None:
    table = read(
        "2023年度政府投资项目绩效自评表",
        ["项目名称", "辛县人民医院门急诊综合楼建设项目"],
        BUDGET_HEAD,
        *SOURCES,
        ["", "银行贷款", "500.00", "500.00", "500.00", "100.00%"],
        SELF_GRID,
        INDICATOR,
    )
    ids = finding_ids(table)
    assert (table.notes, "budget-line-unread" in ids, "budget-sum-mismatch" in ids) == (
        (),
        True,
        False,
    )


# ---------------------------------------------------------------------------
# H6: investment, progress, bond and purchase fields outside the budget are notes

PROGRESS = [
    ["工程进度", "立项", "开工", "主体完工", "竣工验收"],
    ["计划时间", "2021年3月", "2022年4月", "2023年10月", "2024年6月"],
    ["实际时间", "2021年3月", "2022年5月", "2023年12月", "未完成"],
]


@pytest.mark.parametrize(
    ("field_rows", "notes"),
    [
        pytest.param(
            [
                [
                    "项目总投资（万元）",
                    "12500.00",
                    "累计完成投资（万元）",
                    "9800.00",
                    "当年完成投资（万元）",
                    "4680.00",
                ]
            ],
            [
                ("项目总投资（万元）", "12500.00"),
                ("累计完成投资（万元）", "9800.00"),
                ("当年完成投资（万元）", "4680.00"),
            ],
            id="investment-pairs",
        ),
        pytest.param(
            PROGRESS,
            [
                (
                    "工程进度",
                    (
                        "立项：计划时间2021年3月，实际时间2021年3月；"
                        "开工：计划时间2022年4月，实际时间2022年5月；"
                        "主体完工：计划时间2023年10月，实际时间2023年12月；"
                        "竣工验收：计划时间2024年6月，实际时间未完成"
                    ),
                )
            ],
            id="progress-grid",
        ),
        pytest.param(
            [["债券名称", "2023年四川省政府专项债券（十二期）", "债券期限", "15年"]],
            [("债券名称", "2023年四川省政府专项债券（十二期）"), ("债券期限", "15年")],
            id="bond",
        ),
        pytest.param(
            [["债券名称：2023年某省专项债券"]],
            [("债券名称", "2023年某省专项债券")],
            id="bond-after-colon",
        ),
        pytest.param(
            [
                ["购买主体", "庚区民政局", "承接主体", "庚区颐康社会工作服务中心"],
                ["主管部门", "庚区民政局", "合同金额（万元）", "360"],
            ],
            [("购买主体", "庚区民政局"), ("合同金额（万元）", "360")],
            id="purchase",
        ),
    ],
)
def test_fields_outside_the_budget_are_notes(
    field_rows: list[list[str]], notes: list[tuple[str, str]]
) -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "丙县城区污水处理厂提标改造工程"],
        *field_rows,
        ["资金情况（万元）", "", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "5200.00", "4680.00", "90.00%"],
        SELF_GRID,
        INDICATOR,
    )
    assert [(note.label, note.text) for note in table.notes] == notes
    assert len(table.indicators) == 1
    assert table.budget[0].executed is not None


def test_a_progress_grid_under_the_budget_ends_at_the_goal() -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "丙县城区污水处理厂提标改造工程"],
        ["资金情况（万元）", "", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "5200.00", "4680.00", "90.00%"],
        *PROGRESS,
        ["年度总体目标", "预期目标", "完成主体工程建设。"],
        SELF_GRID,
        INDICATOR,
    )
    assert [note.label for note in table.notes] == ["工程进度"]
    assert table.overall_goal == perftrack.OverallGoal("完成主体工程建设。", "")
    assert [line.source for line in table.budget] == ["年度资金总额"]


# ---------------------------------------------------------------------------
# M: 承接主体 is the implementer when no 实施单位 is printed


@pytest.mark.parametrize(
    ("field_rows", "implementer"),
    [
        pytest.param(
            [["购买主体", "庚区民政局", "承接主体", "庚区颐康社会工作服务中心"]],
            "庚区颐康社会工作服务中心",
            id="provider",
        ),
        pytest.param(
            [["承接单位：庚区颐康社会工作服务中心"]],
            "庚区颐康社会工作服务中心",
            id="provider-unit-after-colon",
        ),
        pytest.param(
            [
                ["承接主体", "庚区颐康社会工作服务中心"],
                ["实施单位", "庚区养老服务指导中心"],
            ],
            "庚区养老服务指导中心",
            id="implementer-wins",
        ),
    ],
)
def test_provider_is_the_implementer(field_rows: list[list[str]], implementer: str) -> None:
    table = read(
        "2023年度政府购买服务项目绩效自评表",
        ["项目名称", "庚区居家养老上门服务政府购买服务项目"],
        *field_rows,
        SELF_GRID,
        ["产出指标", "数量指标", "服务老人数量", "≥1200人", "1236人"],
        # an indicator named after the provider, led by its name, stays an indicator
        ["", "", "承接主体履约评价", "良好及以上", "优秀"],
    )
    assert table.project.implementer == implementer
    assert [indicator.name for indicator in table.indicators] == [
        "服务老人数量",
        "承接主体履约评价",
    ]
