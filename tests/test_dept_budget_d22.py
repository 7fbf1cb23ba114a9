"""Department tables (dept22): two years' budget columns, uses in columns and beside
sources, and a part of the year's work done before a whole-year deadline.

Every case is a small table written here, read with ``read_text`` and scored.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetRole

D = Decimal

TARGET_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
    ["产出指标", "数量指标", "资助学生人次", "≥3400人次"],
    ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
]


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def _lines(table: perftrack.Table) -> list[tuple[BudgetRole, str, D | None, D | None, D | None]]:
    return [
        (line.role, line.source, line.period_budget, line.executed, line.last_year)
        for line in table.budget
    ]


def _target(header: list[str]) -> perftrack.Table:
    return read(
        "2024年度部门整体支出绩效目标表",
        ["部门名称", "某县教育局"],
        ["部门预算（万元）", "项目", *header, "增减率"],
        ["", "资金总额", "12680.00", "13600.00", "7.26%"],
        ["", "其中：财政拨款", "12500.00", "13300.00", "6.40%"],
        ["", "其他资金", "180.00", "300.00", "66.67%"],
        ["年度总体目标", "保障全县义务教育学校正常运转。"],
        *TARGET_GRID,
    )


_TWO_YEARS = [
    (BudgetRole.TOTAL, "资金总额", D("13600.00"), None, D("12680.00")),
    (BudgetRole.APPROPRIATION, "其中：财政拨款", D("13300.00"), None, D("12500.00")),
    (BudgetRole.OTHER, "其他资金", D("300.00"), None, D("180.00")),
]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param(["2023年预算数", "2024年预算数"], _TWO_YEARS, id="years"),
        pytest.param(["上年预算数", "本年预算数"], _TWO_YEARS, id="last-this"),
        pytest.param(["上年实际支出数", "本年预算数"], _TWO_YEARS, id="last-year-spending"),
        pytest.param(["2023年执行数", "2024年预算数"], _TWO_YEARS, id="year-spending"),
    ],
)
def test_last_years_column_is_kept_apart(
    header: list[str], expected: list[tuple[BudgetRole, str, D | None, D | None, D | None]]
) -> None:
    """H1: the table's year (本年) is the budget; last year's is ``last_year``, no finding."""
    table = _target(header)
    assert _lines(table) == expected
    findings = [finding.id for finding in perftrack.score(table).findings]
    assert [
        found for found in findings if found.startswith("budget-") and found != "budget-line-unread"
    ] == []


def _uses_findings(table: perftrack.Table) -> list[tuple[str, str]]:
    return [
        (finding.id, finding.message)
        for finding in perftrack.score(table).findings
        if finding.id in {"budget-line-unread", "budget-sum-mismatch", "over-execution"}
    ]


def _columns(head: list[str], amounts: list[str]) -> perftrack.Table:
    return read(
        "2024年度部门整体支出绩效目标表",
        ["部门名称", "某市市场监督管理局"],
        ["部门整体支出预算（万元）", *head],
        ["", *amounts],
        ["年度总体目标", "强化食品安全监管。"],
        *TARGET_GRID,
    )


@pytest.mark.parametrize(
    ("head", "amounts", "expected"),
    [
        pytest.param(
            ["资金总额", "基本支出", "项目支出"],
            ["6900.00", "4450.00", "2450.00"],
            [],
            id="adds-up",
        ),
        pytest.param(
            ["资金总额", "基本支出", "项目支出"],
            ["6900.00", "4450.00", "2550.00"],
            [
                (
                    "budget-sum-mismatch",
                    "基本支出与项目支出的年初预算数合计7000.00与资金总额6900.00不符",
                ),
            ],
            id="mismatch",
        ),
        pytest.param(
            ["合计", "人员经费", "公用经费", "项目支出"],
            ["6900.00", "3450.00", "1000.00", "2550.00"],
            [
                (
                    "budget-sum-mismatch",
                    "人员经费、公用经费与项目支出的年初预算数合计7000.00与合计6900.00不符",
                ),
            ],
            id="parts-mismatch",
        ),
    ],
)
def test_uses_in_columns(
    head: list[str], amounts: list[str], expected: list[tuple[str, str]]
) -> None:
    """H3: a total over uses in columns is the total line, the uses checked against it.

    The uses are lines of their own, role ``use`` (k31d; before, they were dropped).
    """
    table = _columns(head, amounts)
    assert [(line.role, line.source, line.initial) for line in table.budget] == [
        (BudgetRole.TOTAL, head[0], D(amounts[0])),
        *(
            (BudgetRole.USE, use, D(amount))
            for use, amount in zip(head[1:], amounts[1:], strict=True)
        ),
    ]
    assert _uses_findings(table) == expected


SELF_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "公用经费保障学校数", "42所", "42所", "50", "50"],
    ["效益指标", "社会效益指标", "适龄儿童入学率", "100%", "100%", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "93.5%", "10", "10"],
]


def _self(*lines: list[str]) -> perftrack.Table:
    return read(
        "2023年度部门整体支出绩效自评表",
        ["部门名称", "某县教育局"],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        *lines,
        *SELF_GRID,
    )


_TOTAL = ["", "年度资金总额", "12680.00", "13150.00", "12890.50", "98.03%"]
_SOURCE = ["", "其中：财政拨款", "12680.00", "13150.00", "12890.50", "98.03%"]
_PROJECT = ["", "项目支出", "3480.00", "3800.00", "3470.20", "91.32%"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [
                _TOTAL,
                _SOURCE,
                ["", "按支出性质分：基本支出", "9200.00", "9450.00", "9420.30", "99.69%"],
                _PROJECT,
            ],
            [
                (
                    "budget-sum-mismatch",
                    "基本支出与项目支出的全年预算数合计13250.00与年度资金总额13150.00不符",
                ),
            ],
            id="beside-sources-by-kind",
        ),
        pytest.param(
            [
                _TOTAL,
                _SOURCE,
                ["", "其中：基本支出", "9200.00", "9350.00", "9420.30", "100.75%"],
                _PROJECT,
            ],
            [("over-execution", "“其中：基本支出”执行数9420.30超过预算数9350.00")],
            id="beside-sources-adds-up",
        ),
        pytest.param(
            [
                ["", "年度资金总额", "12680.00", "13150.00", "12890.50", "98.03%"],
                ["", "其中：财政拨款", "12000.00", "12500.00", "12300.00", "98.40%"],
                ["", "其他资金", "680.00", "650.00", "590.50", "90.85%"],
                ["", "其中：基本支出", "9000.00", "9200.00", "9100.00", "98.91%"],
                ["", "项目支出", "3000.00", "3300.00", "3200.00", "96.97%"],
            ],
            [],
            id="beside-sources-split-a-source",
        ),
        pytest.param(
            [
                ["", "合计", "12680.00", "13150.00", "12890.50", "98.03%"],
                ["", "基本支出", "9200.00", "9450.00", "9420.30", "99.69%"],
                ["", "其中：人员经费", "8100.00", "8320.00", "8210.20", "98.68%"],
                ["", "公用经费", "1100.00", "1130.00", "1110.10", "98.24%"],
                ["", "项目支出", "3480.00", "3700.00", "3470.20", "93.79%"],
            ],
            [
                (
                    "budget-sum-mismatch",
                    "人员经费与公用经费的执行数合计9320.30与基本支出9420.30不符",
                ),
            ],
            id="personnel-public",
        ),
    ],
)
def test_uses_checked(lines: list[list[str]], expected: list[tuple[str, str]]) -> None:
    """H4, H5: uses beside sources and the parts of 基本支出 are checked."""
    assert _uses_findings(_self(*lines)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("春季免疫已完成", perftrack.TextValue("春季免疫已完成"), id="spring-round"),
        pytest.param(
            "上半年任务已完成", perftrack.TextValue("上半年任务已完成"), id="first-half-task"
        ),
        pytest.param(
            "一季度工作已完成", perftrack.TextValue("一季度工作已完成"), id="quarter-work"
        ),
        pytest.param("第一批已完成", perftrack.TextValue("第一批已完成"), id="first-batch"),
    ],
)
def test_a_part_of_the_years_work_done_is_no_done_status(
    text: str, expected: perftrack.TextValue
) -> None:
    """H6: a period's or batch's part of the work done says nothing of the whole."""
    assert perftrack.parse_value(text, year=2024) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param("春季免疫已完成", perftrack.Attainment.PENDING, id="spring-round"),
        pytest.param("上半年任务已完成", perftrack.Attainment.PENDING, id="first-half-task"),
        pytest.param("已完成", perftrack.Attainment.MET, id="whole-done-still-met"),
    ],
)
def test_a_part_done_mid_year_is_pending(actual: str, expected: perftrack.Attainment) -> None:
    """H6: against a deadline for the whole year, a part done mid-year is not met."""
    table = read(
        "2024年度部门整体支出绩效运行监控表",
        ["部门名称", "某区农业农村局"],
        ["年度预算执行情况（万元）", "资金来源", "年初预算数", "全年预算数", "1-7月执行数"],
        ["", "年度资金总额", "5600.00", "5800.00", "3480.00"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况"],
        ["产出指标", "时效指标", "免疫完成时间", "2024年11月底前", actual, "11月底前完成"],
    )
    (verdict,) = perftrack.score(table).verdicts
    assert verdict.attainment is expected


@pytest.mark.parametrize(
    ("judgement", "expected"),
    [
        pytest.param(
            [
                "绩效监控总体判断",
                "年度预算执行可能性",
                "有可能完成",
                "年度绩效目标完成可能性",
                "确定能完成",
            ],
            (perftrack.Likelihood.POSSIBLE, perftrack.Likelihood.CERTAIN),
            id="budget-label-without-wancheng",
        ),
        pytest.param(
            ["绩效监控总体判断", "年度预算执行可能性", "有可能完成"],
            (perftrack.Likelihood.POSSIBLE, None),
            id="budget-label-alone",
        ),
        pytest.param(
            [
                "绩效监控总体判断",
                "年度预算执行完成可能性",
                "有可能完成",
                "年度绩效目标完成可能性",
                "确定能完成",
            ],
            (perftrack.Likelihood.POSSIBLE, perftrack.Likelihood.CERTAIN),
            id="with-wancheng-as-before",
        ),
    ],
)
def test_the_budgets_likelihood_without_wancheng(
    judgement: list[str], expected: tuple[perftrack.Likelihood, perftrack.Likelihood | None]
) -> None:
    """H7: 年度预算执行可能性 (no 完成) still labels the budget's likelihood."""
    table = read(
        "2024年部门整体绩效监控表",
        ["部门名称", "某市卫生健康委员会"],
        ["监控时段", "2024年1月至6月"],
        ["年度预算执行情况（万元）", "项目", "年初预算数", "1-6月执行数", "1-6月执行率"],
        ["", "合计", "8720.00", "4902.10", "56.22%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "全年预计完成情况"],
        ["产出指标", "数量指标", "建档率", "≥90%", "91%", "92%"],
        judgement,
    )
    assert (table.judgement.budget_likelihood, table.judgement.goal_likelihood) == expected


_SELF_LEVELS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]


@pytest.mark.parametrize(
    ("rows", "expected_levels", "expected_notes"),
    [
        pytest.param(
            [
                ["投入", "预算编制", "预算编制准确率", "≥95%", "96%"],
                ["效益", "社会效益", "投诉按时办结率", "≥98%", "99.3%"],
                ["", "服务对象满意度", "群众满意度", "≥90%", "91.2%"],
            ],
            [
                ("投入", "预算编制"),
                ("效益指标", "社会效益指标"),
                ("效益指标", "服务对象满意度指标"),
            ],
            [],
            id="satisfaction-under-benefit-in-input-process-framework",
        ),
        pytest.param(
            [
                ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次"],
                ["", "社会效益指标", "知晓率", "≥80%", "85%"],
            ],
            [("产出指标", "数量指标"), ("效益指标", "社会效益指标")],
            ["二级指标“社会效益指标”不属于一级指标“产出指标”，一级指标按框架归为“效益指标”"],
            id="carried-down-level1-message",
        ),
    ],
)
def test_levels_in_department_frameworks(
    rows: list[list[str]], expected_levels: list[tuple[str, str]], expected_notes: list[str]
) -> None:
    """M1: 满意度 under 效益 of 投入/过程/产出/效益 stays; the note says what happened."""
    table = read("2023年度部门整体支出绩效自评表", ["部门名称", "某局"], _SELF_LEVELS, *rows)
    assert [(i.level1, i.level2) for i in table.indicators] == expected_levels
    assert [f.message for f in table.findings if f.id == "category-normalised"] == expected_notes


def test_uses_beside_sources_leave_the_sources_checked() -> None:
    """Uses beside sources are lines of their own (role ``use``, no note since k31d), never
    added to the sources: the sources' own sum is still checked (财政拨款 + 其他资金 ≠
    年度资金总额)."""
    table = _self(
        _TOTAL,
        ["", "其中：财政拨款", "12000.00", "12500.00", "12300.00", "98.40%"],
        ["", "其他资金", "600.00", "600.00", "590.50", "98.42%"],
        ["", "其中：基本支出", "9200.00", "9350.00", "9420.30", "100.75%"],
        _PROJECT,
    )
    assert not [f for f in table.findings if f.id == "budget-line-unread"]
    assert [line.role for line in table.budget][-2:] == [BudgetRole.USE, BudgetRole.USE]
    card = perftrack.score(table)
    sums = [f.message for f in card.findings if f.id == "budget-sum-mismatch"]
    assert sums == [
        "年初预算数各项合计12600.00与总额12680.00不符，全年预算数各项合计13100.00与总额13150.00不符"
    ]


def test_frames_have_last_year_and_finding_figures() -> None:
    """json22: the budget frame keeps ``last_year``; the findings frame the figures."""
    pytest.importorskip("pandas")
    table = _target(["上年预算数", "本年预算数"])
    budget = perftrack.to_frame(table, kind="budget")
    columns = list(budget.columns)
    assert columns[columns.index("midterm") + 1] == "last_year"
    assert list(budget["last_year"]) == [D("12680.00"), D("12500.00"), D("180.00")]
    card = perftrack.score(
        _self(
            _TOTAL,
            ["", "其中：财政拨款", "12000.00", "12500.00", "12300.00", "98.40%"],
            ["", "其他资金", "600.00", "600.00", "590.50", "98.42%"],
            ["", "其中：基本支出", "9200.00", "9350.00", "9420.30", "100.75%"],
            _PROJECT,
        )
    )
    findings = perftrack.to_frame(card, kind="findings")
    by_id = dict(zip(findings["id"], findings["figures"], strict=False))
    assert "budget-line-unread" not in by_id
    assert by_id["budget-sum-mismatch"] == (
        "added(年初预算数)=12600.00；whole(年初预算数)=12680.00；"
        "added(全年预算数)=13100.00；whole(全年预算数)=13150.00"
    )
