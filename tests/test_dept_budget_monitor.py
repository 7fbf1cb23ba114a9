"""Department budgets by use, bond lines, and mid-year details (e2e19 M1, M3, L2, L3; fp19 M5).

Every case is a small table written here, read with ``read_text`` and scored.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Attainment, BudgetRole, OverallGoal

D = Decimal

TRACK_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "1-8月计划完成值",
    "1-8月实际完成值",
]
SELF_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def scored(table: perftrack.Table) -> list[tuple[str, str]]:
    """The budget findings of the scorecard: (id, message)."""
    return [
        (finding.id, finding.message)
        for finding in perftrack.score(table).findings
        if finding.id in {"budget-line-unread", "budget-sum-mismatch"}
    ]


def _department(*budget: list[str]) -> perftrack.Table:
    return read(
        "2024年度部门整体绩效运行监控表",
        "监控时段：2024年1-8月",
        ["部门名称", "某区民政局"],
        ["预算执行情况（万元）", "项目", "年初预算数", "全年预算数", "1-8月执行数", "执行率"],
        *budget,
        TRACK_HEADER,
        ["履职效能", "重点工作", "新建服务中心", "15个", "10个", "10个"],
    )


@pytest.mark.parametrize(
    ("budget", "expected"),
    [
        pytest.param(
            [
                ["", "合计", "8,460.00", "8,720.00", "4,902.10", "56.22%"],
                ["", "基本支出", "2,310.00", "2,310.00", "1,540.20", "66.68%"],
                ["", "项目支出", "6,150.00", "6,410.00", "3,316.90", "51.75%"],
            ],
            [
                ("budget-sum-mismatch", "基本支出与项目支出的执行数合计4857.10与合计4902.10不符"),
            ],
            id="uses-only-executed-wrong",
        ),
        pytest.param(
            [
                ["", "合计", "8,460.00", "8,720.00", "4,857.10", "55.70%"],
                ["", "基本支出", "2,310.00", "2,310.00", "1,540.20", "66.68%"],
                ["", "项目支出", "6,150.00", "6,410.00", "3,316.90", "51.75%"],
            ],
            [],  # checked and adding up: nothing to say (regress28 L3)
            id="uses-only-adding-up",
        ),
        pytest.param(
            [
                ["", "合计", "8,460.00", "8,720.00", "4,857.10", "55.70%"],
                ["", "基本支出", "2,300.00", "2,310.00", "1,540.20", "66.68%"],
                ["", "项目支出", "6,150.00", "6,400.00", "3,316.90", "51.75%"],
            ],
            [
                (
                    "budget-sum-mismatch",
                    (
                        "基本支出与项目支出的年初预算数合计8450.00与合计8460.00不符，"
                        "基本支出与项目支出的全年预算数合计8710.00与合计8720.00不符"
                    ),
                ),
            ],
            id="uses-only-two-columns-wrong",
        ),
        pytest.param(
            [
                ["", "合计", "8,460.00", "8,720.00", "4,857.10", "55.70%"],
                ["", "其中：基本支出", "2,310.00", "2,310.00", "1,540.20", "66.68%"],
            ],
            [],  # a line of its own (role use) since k31d: no note (before: dropped, noted)
            id="one-use-kept-not-checked",
        ),
        pytest.param(
            [
                ["", "合计", "8,460.00", "8,720.00", "4,902.10", "56.22%"],
                ["", "其中：财政拨款", "8,460.00", "8,720.00", "4,902.10", "56.22%"],
                ["", "其中：基本支出", "2,310.00", "2,310.00", "1,540.20", "66.68%"],
                ["", "项目支出", "6,150.00", "6,410.00", "3,316.90", "51.75%"],
            ],
            [
                ("budget-sum-mismatch", "基本支出与项目支出的执行数合计4857.10与合计4902.10不符"),
            ],
            # checked beside sources too since dept22 H5 (before: left out, nothing said)
            id="beside-sources-checked",
        ),
    ],
)
def test_a_budget_split_only_by_use(
    budget: list[list[str]], expected: list[tuple[str, str]]
) -> None:
    table = _department(*budget)
    # the uses are lines of their own, role use (k31d), after the sources
    sources = [BudgetRole.APPROPRIATION] if len(budget) == 4 else []
    assert [line.role for line in table.budget if line.role is not BudgetRole.TOTAL] == [
        *sources,
        *[BudgetRole.USE] * (len(budget) - 1 - len(sources)),
    ]
    assert scored(table) == expected


def test_the_uses_mismatch_points_at_the_totals_cell() -> None:
    table = _department(
        ["", "合计", "8,460.00", "8,720.00", "4,902.10", "56.22%"],
        ["", "基本支出", "2,310.00", "2,310.00", "1,540.20", "66.68%"],
        ["", "项目支出", "6,150.00", "6,410.00", "3,316.90", "51.75%"],
    )
    (mismatch,) = (f for f in table.findings if f.id == "budget-sum-mismatch")
    assert (mismatch.where.cell, mismatch.where.budget_line) == ("E5", "total")
    assert [line.source for line in table.budget] == ["合计", "基本支出", "项目支出"]


@pytest.mark.parametrize(
    ("label", "executed", "expected"),
    [
        pytest.param("专项债券资金", "7,000", [], id="bond-adds-up"),
        pytest.param(
            "其中：专项债券资金",
            "6,900",
            [("budget-sum-mismatch", "执行数各项合计6900与总额7000不符")],
            id="bond-checked",
        ),
        pytest.param("一般债券资金", "7,000", [], id="general-bond"),
    ],
)
def test_a_bond_line_is_a_source(
    label: str, executed: str, expected: list[tuple[str, str]]
) -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "污水处理厂二期"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "8,000", "8,000", "7,000", "87.50%"],
        ["", label, "8,000", "8,000", executed, ""],
        SELF_HEADER,
        ["产出指标", "数量指标", "新增处理能力", "≥2万吨/日", "2万吨/日"],
    )
    assert [(line.role, line.source) for line in table.budget] == [
        (BudgetRole.TOTAL, "年度资金总额"),
        (BudgetRole.APPROPRIATION, label),
    ]
    assert scored(table) == expected


def _monitor(
    row: list[str], *, forecast: bool, title: str = "2024年度项目支出绩效监控表"
) -> perftrack.Table:
    header = [*TRACK_HEADER, "全年预计完成值"] if forecast else TRACK_HEADER
    return read(
        title,
        "监控时段：2024年1-8月",
        ["项目名称", "示例项目"],
        header,
        [
            "产出指标",
            "数量指标",
            "培训人次",
            "≥100人次",
            "60人次",
            "70人次",
            *(["100人次"] if forecast else []),
        ],
        row + (["≥90%"] if forecast else []),
    )


@pytest.mark.parametrize(
    ("forecast", "explanation"),
    [
        pytest.param(False, "尚无实际完成值（“/”），截止日期未到", id="no-forecast-column"),
        pytest.param(
            True,
            # the forecast that decides the progress is named (r36e)
            "尚无实际完成值（“/”），截止日期未到，进度以全年预计判断；全年预计“≥90%”，可达成年度指标",
            id="forecast-column",
        ),
    ],
)
def test_a_slash_actual_mid_year_is_pending(forecast: bool, explanation: str) -> None:  # noqa: FBT001
    row = ["满意度指标", "服务对象满意度指标", "困难群众满意度", "≥90%", "/", "/"]
    verdict = perftrack.score(_monitor(row, forecast=forecast)).verdicts[1]
    assert (verdict.attainment, verdict.explanation) == (Attainment.PENDING, explanation)


@pytest.mark.parametrize(
    ("rows", "attainment"),
    [
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "困难群众满意度", "≥90%", "/"],
            Attainment.NOT_APPLICABLE,
            id="self-evaluation-slash",
        ),
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "困难群众满意度", "/", "/"],
            Attainment.NOT_APPLICABLE,
            id="self-evaluation-target-slash",
        ),
    ],
)
def test_a_slash_at_the_year_end_does_not_apply(rows: list[str], attainment: Attainment) -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例项目"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次"],
        rows,
    )
    assert perftrack.score(table).verdicts[1].attainment is attainment


def test_a_slash_target_mid_year_does_not_apply() -> None:
    row = ["满意度指标", "服务对象满意度指标", "困难群众满意度", "/", "/", "/"]
    verdict = perftrack.score(_monitor(row, forecast=False)).verdicts[1]
    assert verdict.attainment is Attainment.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("remarks", "title", "missing"),
    [
        pytest.param("年底开展调查", "2024年度项目支出绩效监控表", False, id="year-end-survey"),
        pytest.param("年末测评", "2024年度项目支出绩效监控表", False, id="year-end-rating"),
        pytest.param("拟于年底调查", "2024年度项目支出绩效监控表", False, id="planned-survey"),
        pytest.param("", "2024年度项目支出绩效监控表", True, id="no-remark"),
        pytest.param("数据待统计", "2024年度项目支出绩效监控表", True, id="other-remark"),
    ],
)
def test_an_empty_survey_actual_waiting_for_the_year_end(
    remarks: str,
    title: str,
    missing: bool,  # noqa: FBT001
) -> None:
    table = read(
        title,
        "监控时段：2024年1-8月",
        ["项目名称", "示例项目"],
        [*TRACK_HEADER, "备注"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60人次", "70人次", ""],
        ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%", "", "", remarks],
    )
    ids = [finding.id for finding in perftrack.score(table).findings]
    assert ("missing-actual" in ids) is missing


def test_an_empty_survey_actual_of_a_self_evaluation_is_missing() -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例项目"],
        [*SELF_HEADER, "备注"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", ""],
        ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%", "", "年底开展调查"],
    )
    assert "missing-actual" in [finding.id for finding in perftrack.score(table).findings]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            "全年目标：开展职业技能培训12万人次。",
            OverallGoal("开展职业技能培训12万人次。", ""),
            id="quannian",
        ),
        pytest.param(
            "年度目标:开展职业技能培训12万人次。",
            OverallGoal("开展职业技能培训12万人次。", ""),
            id="niandu-ascii-colon",
        ),
        pytest.param(
            "年度总体目标：开展职业技能培训12万人次。",
            OverallGoal("开展职业技能培训12万人次。", ""),
            id="niandu-zongti",
        ),
        pytest.param(
            "开展职业技能培训12万人次。",
            OverallGoal("开展职业技能培训12万人次。", ""),
            id="no-label",
        ),
    ],
)
def test_a_goal_cells_own_label_is_removed(cell: str, expected: OverallGoal) -> None:
    table = read(
        "2024年度项目支出绩效监控表",
        "监控时段：2024年1-8月",
        ["项目名称", "示例项目"],
        ["年度总体目标", cell],
        TRACK_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60人次", "70人次"],
    )
    goal = table.overall_goal
    assert goal == expected
    assert goal is not None
    assert goal.raw_expected == ("" if cell == expected.expected else cell)


@pytest.mark.parametrize(
    ("actual", "attainment"),
    [
        pytest.param("/", Attainment.PENDING, id="slash"),
        pytest.param("／", Attainment.PENDING, id="full-width-slash"),
        pytest.param("不适用", Attainment.NOT_APPLICABLE, id="word"),
        pytest.param("—", Attainment.NOT_APPLICABLE, id="dash"),
    ],
)
def test_only_a_slash_mid_year_is_not_yet(actual: str, attainment: Attainment) -> None:
    row = ["满意度指标", "服务对象满意度指标", "困难群众满意度", "≥90%", "/", actual]
    assert perftrack.score(_monitor(row, forecast=False)).verdicts[1].attainment is attainment
