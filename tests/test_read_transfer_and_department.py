"""Target, 转移支付 and 部门整体 tables the reader first misread (round 8).

Year columns before the table's year, the department framework's level 1s, stacked
中长期 grids, 转移支付 funding lines and identity rows, split relative targets. Every
case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetRole, TableKind

SELF_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def finding_ids(table: perftrack.Table) -> list[str]:
    return [finding.id for finding in perftrack.score(table).findings]


# ---------------------------------------------------------------------------
# A column headed with an earlier year is a reference column


@pytest.mark.parametrize(
    ("lead", "header", "kind"),
    [
        ("2025年度项目支出绩效目标表", "2024年实际完成值", TableKind.TARGET),
        ("2025年度项目支出绩效目标表", "2024年完成值", TableKind.TARGET),
        ("2025年度项目支出绩效目标表", "2024年度实际值", TableKind.TARGET),
        ("2025年度项目支出绩效目标表", "前一年度完成值", TableKind.TARGET),
        # untitled: the year line says which year the table is
        ("（2025年度）", "2024年实际完成值", TableKind.TARGET),
    ],
)
def test_an_earlier_years_actual_column_is_no_actual(
    lead: str, header: str, kind: TableKind
) -> None:
    # Before, 9500人 (2024) was the actual: an untitled 2025 目标表 was judged on it.
    table = read(
        lead,
        ["项目名称", "老年人健康体检"],
        ["一级指标", "二级指标", "三级指标", header, "2025年指标值"],
        ["产出指标", "数量指标", "老年人体检人数", "9500人", "≥10000人"],
    )
    assert table.kind is kind
    (indicator,) = table.indicators
    assert (str(indicator.target), indicator.actual) == ("≥10000(人)", None)


@pytest.mark.parametrize(
    "lead",
    [
        "2024年度项目支出绩效自评表",
        "（2024年度）",
        # no year at all: the latest year the header names is the table's
        "项目支出绩效自评表",
    ],
)
def test_of_two_year_columns_the_tables_own_year_is_the_actual(lead: str) -> None:
    table = read(
        lead,
        ["项目名称", "城乡居民医保参保扩面"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "2023年实际完成值",
            "2024年实际完成值",
            "分值",
            "得分",
        ],
        ["效益指标", "社会效益指标", "参保率", "≥95%", "96.2%", "94.1%", "40", "40"],
        ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "88%", "92%", "10", "10"],
    )
    assert table.kind is TableKind.SELF_EVALUATION
    assert [(str(i.actual), i.weight) for i in table.indicators] == [
        ("94.1(%)", 40),
        ("92(%)", 10),
    ]


def test_the_only_target_column_keeps_its_year() -> None:
    # 2024年指标值 alone in a 2025 table is a slip, not a reference: the target stays.
    table = read(
        "2025年度项目支出绩效目标表",
        ["项目名称", "甲"],
        ["一级指标", "二级指标", "三级指标", "2024年指标值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次"],
    )
    assert str(table.indicators[0].target) == "≥100(人次)"


# ---------------------------------------------------------------------------
# The department framework's level 1s


@pytest.mark.parametrize(
    ("level1", "level2", "expected2"),
    [
        ("服务对象满意度", "社会公众满意度", "社会公众满意度"),
        ("服务对象满意度", "服务对象满意度指标", "服务对象满意度指标"),
        ("满意度", "社会公众满意度", "社会公众满意度"),
    ],
)
def test_a_satisfaction_level_1_of_a_department_keeps_its_row(
    level1: str, level2: str, expected2: str
) -> None:
    # Before, 服务对象满意度 was a level 2: 社会公众满意度 became the name, 93.2 the weight.
    table = read(
        "部门整体支出绩效自评表",
        "（2024年度）",
        ["部门（单位）名称", "某局"],
        SELF_HEADER,
        ["履职效能", "部门职责履行", "家庭医生签约服务覆盖率", "≥40%", "45.3%", "10", "10"],
        [level1, level2, "群众就医满意度", "≥90%", "93.2%", "10", "10"],
    )
    satisfaction = table.indicators[1]
    assert (
        satisfaction.level1,
        satisfaction.level2,
        satisfaction.name,
        str(satisfaction.target),
        str(satisfaction.actual),
        satisfaction.weight,
        satisfaction.published_points,
    ) == ("满意度指标", expected2, "群众就医满意度", "≥90(%)", "93.2(%)", 10, 10)
    assert table.findings == ()


def test_a_level_2_in_the_level_1_column_before_a_name_is_still_normalised() -> None:
    # 可持续影响指标 in the 一级 column with the name after it (domain.md §2): 效益指标.
    table = read(
        ["项目名称", "甲"],
        SELF_HEADER,
        ["可持续影响指标", "长效机制健全性", "健全", "健全", "10", "10"],
    )
    (indicator,) = table.indicators
    assert (indicator.level1, indicator.level2, indicator.name) == (
        "效益指标",
        "可持续影响指标",
        "长效机制健全性",
    )


@pytest.mark.parametrize("carried", ["可持续影响", "生态效益", "经济效益"])
def test_a_level_2_carried_under_a_department_level_1_keeps_it(carried: str) -> None:
    # Before, the carried-down row was rewritten to 效益指标 with a category-normalised note.
    table = read(
        "部门整体支出绩效自评表",
        ["部门（单位）名称", "某局"],
        SELF_HEADER,
        ["社会效应", "社会效益", "居民健康素养水平", "≥30%", "32%", "10", "10"],
        ["", carried, "基层首诊率", "≥60%", "62%", "10", "10"],
    )
    assert [i.level1 for i in table.indicators] == ["社会效应", "社会效应"]
    assert table.findings == ()


def test_a_department_framework_is_not_asked_for_project_categories() -> None:
    table = read(
        "2024年度部门整体支出绩效自评表",
        ["部门（单位）名称", "某市体育局"],
        SELF_HEADER,
        ["履职效能", "部门职责履行", "举办全民健身赛事", "≥30场", "32场", "40", "40"],
        ["运行成本", "成本控制", "“三公”经费控制率", "≤100%", "90%", "20", "20"],
        ["社会效应", "社会效益", "经常参加体育锻炼人数比例", "≥40%", "41.5%", "30", "30"],
        ["满意度", "社会公众满意度", "群众满意度", "≥90%", "93%", "10", "10"],
    )
    assert "missing-category" not in finding_ids(table)


def test_a_project_table_is_still_asked_for_its_categories() -> None:
    table = read(
        ["项目名称", "甲"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "100", "100"],
    )
    assert "missing-category" in finding_ids(table)


def test_a_department_title_is_not_asked_for_project_categories() -> None:
    table = read(
        "2023年度部门整体支出绩效自评表",
        ["部门（单位）名称", "某县卫生健康局"],
        SELF_HEADER,
        ["产出指标", "重点工作", "家庭医生签约服务人数", "≥5万人", "5.2万人", "50", "50"],
        ["效果指标", "社会效益", "公众满意度", "≥90%", "92%", "50", "50"],
    )
    assert "missing-category" not in finding_ids(table)


def test_one_unknown_level1_does_not_make_a_department_table() -> None:
    # 项目效益 is no level 1 of the framework, but the table is a project's: its
    # missing 满意度指标 is still asked for (项目效益 counts as 效益指标 since regress40)
    table = read(
        ["项目名称", "甲"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "50", "50"],
        ["项目效益", "社会效益", "就业率", "≥80%", "85%", "50", "50"],
    )
    [finding] = [f for f in perftrack.score(table).findings if f.id == "missing-category"]
    assert finding.message == "缺少满意度指标"


# ---------------------------------------------------------------------------
# A stacked 中长期 grid

_YEAR_GRID = [
    "年度绩效指标",
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "发表高水平论文数", "≥20篇"],
    ["", "", "申请发明专利数", "≥10项"],
    ["满意度指标", "服务对象满意度指标", "合作单位满意度", "≥90%"],
]


def _midterm_grid(heading: str) -> list[list[str] | str]:
    return [
        ["中长期绩效目标", "2025-2027年建成省级重点实验室1个"],
        heading,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "发表高水平论文数", "≥60篇"],
        ["", "", "申请发明专利数", "≥30项"],
        ["", "时效指标", "实验室建成时间", "2027年12月底前"],
    ]


@pytest.mark.parametrize("heading", ["中长期绩效指标", "实施期绩效指标"])
@pytest.mark.parametrize("year_first", [False, True])
def test_a_stacked_midterm_grid_is_left_out(heading: str, year_first: bool) -> None:  # noqa: FBT001
    midterm = _midterm_grid(heading)
    body = [*_YEAR_GRID, *midterm] if year_first else [*midterm, *_YEAR_GRID]
    table = read("项目支出绩效目标表", "（2025年度）", ["项目名称", "重点实验室建设专项"], *body)
    assert [(i.name, str(i.target)) for i in table.indicators] == [
        ("发表高水平论文数", "≥20(篇)"),
        ("申请发明专利数", "≥10(项)"),
        ("合作单位满意度", "≥90(%)"),
    ]
    assert "duplicate-indicator" not in finding_ids(table)


def test_a_midterm_grid_alone_is_the_tables_grid() -> None:
    table = read(
        "项目支出绩效目标表",
        ["项目名称", "甲"],
        *_midterm_grid("中长期绩效指标")[1:],
    )
    assert len(table.indicators) == 3


# ---------------------------------------------------------------------------
# 转移支付 funding lines and identity rows


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("其中：中央补助", "地方资金"),
        ("中央补助资金", "地方配套"),
        ("中央财政补助", "省级补助"),
        ("其中：省级资金", "市县配套资金"),
        ("市级配套", "县级配套"),
        ("中央资金", "地方财政资金"),
    ],
)
def test_transfer_funding_lines_are_appropriations(first: str, second: str) -> None:
    # Before, 中央补助 and 地方资金 were dropped: 其他资金 0.00 alone against 52000.00
    # raised a false budget-sum-mismatch.
    table = read(
        "2025年度区域绩效目标表",
        ["项目名称", "X资金"],
        ["资金情况（万元）", "", "年度金额"],
        ["", "年度资金总额", "52000.00"],
        ["", first, "46000.00"],
        ["", second, "6000.00"],
        ["", "其他资金", "0.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"],
    )
    assert [(line.role, line.initial) for line in table.budget] == [
        (BudgetRole.TOTAL, Decimal("52000.00")),
        (BudgetRole.APPROPRIATION, Decimal("46000.00")),
        (BudgetRole.APPROPRIATION, Decimal("6000.00")),
        (BudgetRole.OTHER, Decimal("0.00")),
    ]
    assert "budget-sum-mismatch" not in finding_ids(table)


def _budget(*lines: list[str]) -> perftrack.Table:
    return read(
        "2025年度区域绩效目标表",
        ["项目名称", "X资金"],
        ["资金情况（万元）", "", "年初预算数", "全年预算数"],
        ["", "年度资金总额", "500.00", "520.00"],
        *(["", *line] for line in lines),
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"],
    )


@pytest.mark.parametrize(
    ("lines", "mismatch"),
    [
        # 中央 and 省级 under 财政拨款: they break it down and are not counted again
        (
            [
                ["其中：财政拨款", "450.00", "470.00"],
                ["其中：中央补助资金", "300.00", "300.00"],
                ["省级补助资金", "150.00", "170.00"],
                ["其他资金", "50.00", "50.00"],
            ],
            False,
        ),
        # siblings that divide the total
        (
            [["中央补助资金", "300.00", "300.00"], ["省级补助资金", "200.00", "220.00"]],
            False,
        ),
        # lines that add up to nothing: still a mismatch
        (
            [
                ["其中：财政拨款", "450.00", "470.00"],
                ["其中：中央补助资金", "300.00", "300.00"],
                ["省级补助资金", "100.00", "170.00"],
                ["其他资金", "50.00", "50.00"],
            ],
            True,
        ),
    ],
)
def test_lines_nested_in_the_first_source(lines: list[list[str]], mismatch: bool) -> None:  # noqa: FBT001
    assert ("budget-sum-mismatch" in finding_ids(_budget(*lines))) is mismatch


def test_an_enterprise_s_matching_funds_are_no_appropriation() -> None:
    table = _budget(["财政拨款", "400.00", "420.00"], ["企业配套资金", "100.00", "100.00"])
    assert [line.role for line in table.budget] == [
        BudgetRole.TOTAL,
        BudgetRole.APPROPRIATION,
        BudgetRole.OTHER,
    ]


def test_an_unread_line_of_amounts_stops_the_sum_check() -> None:
    table = read(
        "2025年度区域绩效目标表",
        ["项目名称", "X资金"],
        ["资金情况（万元）", "", "年度金额"],
        ["", "年度资金总额", "1000.00"],
        ["", "银行贷款", "600.00"],
        ["", "其他资金", "400.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"],
    )
    assert [line.role for line in table.budget] == [BudgetRole.TOTAL, BudgetRole.OTHER]
    (note,) = table.findings
    assert (note.id, note.where.budget_line, note.where.cell) == ("budget-line-unread", None, "B5")
    assert "budget-sum-mismatch" not in finding_ids(table)


def test_lines_by_use_are_no_sources_and_keep_the_sum_check() -> None:
    table = read(
        "部门整体支出绩效自评表",
        ["部门（单位）名称", "某局"],
        ["预算执行情况（万元）", "年初预算数", "全年执行数"],
        ["年度总预算", "1000", "900"],
        ["其中：财政拨款", "800", "700"],
        ["其他资金", "100", "100"],
        ["其中：基本支出", "600", "550"],
        SELF_HEADER,
        ["履职效能", "部门职责履行", "任务完成率", "100%", "100%", "100", "100"],
    )
    # a use beside sources is a line of its own, role use, since k31d (before: dropped with
    # a note); it is never added to the sources, whose sum is still checked
    assert [(line.role.value, line.source) for line in table.budget][-1] == (
        "use",
        "其中：基本支出",
    )
    assert [(f.id, f.message) for f in table.findings] == []
    assert "budget-sum-mismatch" in finding_ids(table)


@pytest.mark.parametrize("budget_first", [False, True])
def test_a_task_lists_rows_are_no_unread_lines(budget_first: bool) -> None:  # noqa: FBT001
    budget = [
        ["年度部门整体支出预算执行情况（万元）", "", "年初预算数", "全年执行数"],
        ["", "年度资金总额", "5600.00", "5500.00"],
    ]
    tasks = [
        ["年度主要任务", "任务名称", "主要内容", "预算数", "执行数"],
        ["", "基本公共卫生服务", "落实14类服务项目", "1500.00", "1480.00"],
        ["", "疾病预防控制", "重大传染病防控", "460.00", "335.20"],
    ]
    table = read(
        "2024年度部门整体支出绩效自评表",
        ["部门（单位）名称", "某区卫生健康委员会"],
        *(budget + tasks if budget_first else tasks),
        SELF_HEADER,
        ["履职效能", "部门职责履行", "任务完成率", "100%", "100%", "100", "100"],
    )
    assert table.findings == ()


# The 财政部 template of the 部门整体支出绩效目标表: the tasks' amounts under a header of
# two rows, 预算金额（万元） merged over 总额 | 财政拨款 | 其他资金, and their 金额合计.
TWO_ROW_TASKS = [
    ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "", ""],
    ["", "", "", "总额", "财政拨款", "其他资金"],
    ["", "基本公共卫生服务", "落实14类服务项目", "1500.00", "1200.00", "300.00"],
    ["", "疾病预防控制", "重大传染病防控", "460.00", "460.00", "0"],
    ["", "金额合计", "", "1960.00", "1660.00", "300.00"],
]
ONE_ROW_TASKS = [
    ["年度主要任务", "任务名称", "主要内容", "预算数", "执行数"],
    ["", "基本公共卫生服务", "落实14类服务项目", "1500.00", "1480.00"],
    ["", "金额合计", "", "1500.00", "1480.00"],
]
DEPARTMENT_BUDGET = [
    ["年度部门整体支出预算（万元）", "", "年初预算数", "全年预算数"],
    ["", "年度资金总额", "5600.00", "5650.00"],
    ["", "其中：财政拨款", "5000.00", "5050.00"],
    ["", "其他资金", "600.00", "600.00"],
]


@pytest.mark.parametrize(
    "tasks",
    [
        pytest.param(TWO_ROW_TASKS, id="two-row-header"),
        pytest.param([["年度主要任务"], *TWO_ROW_TASKS[1:]], id="heading-of-its-own"),
        pytest.param([r[1:] for r in TWO_ROW_TASKS], id="no-block-label"),
        pytest.param(ONE_ROW_TASKS, id="one-row-header-with-sum"),
    ],
)
@pytest.mark.parametrize("budget_first", [True, False], ids=["budget-first", "tasks-first"])
def test_a_task_list_is_no_budget_whatever_its_header(
    tasks: list[list[str]],
    budget_first: bool,  # noqa: FBT001
) -> None:
    # Before, after the budget block the two-row header's 总额 | 财政拨款 | 其他资金 was a
    # TOTAL line (财政拨款 a malformed amount), each task an unread line, and 金额合计 a
    # second TOTAL (1960.00, its 财政拨款 1660.00 read as spent). The model has no tasks:
    # a task list is passed over, as one with a header of one row was.
    table = read(
        "部门整体支出绩效目标表",
        "（2025年度）",
        ["部门（单位）名称", "某区卫生健康委员会"],
        *(DEPARTMENT_BUDGET + tasks if budget_first else tasks + DEPARTMENT_BUDGET),
        ["年度总体目标", "提升居民健康水平"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "老年人体检人数", "≥10000人"],
    )
    assert [
        (line.role, line.source, line.initial, line.period_budget) for line in table.budget
    ] == [
        (BudgetRole.TOTAL, "年度资金总额", Decimal("5600.00"), Decimal("5650.00")),
        (BudgetRole.APPROPRIATION, "其中：财政拨款", Decimal("5000.00"), Decimal("5050.00")),
        (BudgetRole.OTHER, "其他资金", Decimal("600.00"), Decimal("600.00")),
    ]
    assert table.findings == ()
    assert table.overall_goal is not None
    assert table.overall_goal.expected == "提升居民健康水平"
    assert [str(indicator.target) for indicator in table.indicators] == ["≥10000(人)"]


@pytest.mark.parametrize("builder", ["xlsx", "docx"])
def test_a_merged_two_row_task_header_in_office_files(builder: str) -> None:
    from fixtures_office import docx_bytes, xlsx_bytes  # noqa: PLC0415

    grid = [
        ["部门整体支出绩效目标表", "", "", "", "", ""],
        ["部门（单位）名称", "某区卫生健康委员会", "", "", "", ""],
        *[row + [""] * (6 - len(row)) for row in DEPARTMENT_BUDGET],
        *TWO_ROW_TASKS,
        ["一级指标", "二级指标", "三级指标", "指标值", "", ""],
        ["产出指标", "数量指标", "老年人体检人数", "≥10000人", "", ""],
    ]
    # 年度主要任务 down the task rows, 任务名称 and 主要内容 down both header rows,
    # 预算金额（万元） across its three columns
    merges = ["A1:F1", "B2:F2", "A7:A11", "B7:B8", "C7:C8", "D7:F7"]
    if builder == "xlsx":
        data = xlsx_bytes({"目标表": grid}, merges={"目标表": merges})
    else:
        data = docx_bytes([grid], merges={0: merges})
    (table,) = perftrack.read(data)
    assert [line.source for line in table.budget] == ["年度资金总额", "其中：财政拨款", "其他资金"]
    assert table.findings == ()


def test_a_budget_block_after_a_task_list_is_read() -> None:
    table = read(
        "部门整体支出绩效目标表",
        ["部门（单位）名称", "某区卫生健康委员会"],
        *DEPARTMENT_BUDGET[:2],
        *TWO_ROW_TASKS,
        ["部门预算执行情况（万元）", "", "全年预算数", "全年执行数"],
        ["", "年度资金总额", "5650.00", "5500.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "老年人体检人数", "≥10000人"],
    )
    # the block after the task list is read (its columns as a second header's are)
    assert [(line.source, line.position.row) for line in table.budget] == [
        ("年度资金总额", 4),
        ("年度资金总额", 11),
    ]
    assert table.findings == ()


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("专项名称", "name"),
        ("转移支付（项目）名称", "name"),
        ("转移支付名称", "name"),
        ("专项资金名称", "name"),
        ("中央主管部门", "department"),
        ("省级主管部门", "department"),
        ("地方主管部门", "department"),
        ("预算单位", "implementer"),
        ("资金使用单位", "implementer"),
    ],
)
def test_transfer_identity_rows(label: str, field: str) -> None:
    table = read(
        "2025年度区域绩效目标表",
        [label, "农业经营主体能力提升资金"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"],
    )
    assert getattr(table.project, field) == "农业经营主体能力提升资金"


# ---------------------------------------------------------------------------
# Split 指标性质 | 指标值 | 度量单位 with a relative target


@pytest.mark.parametrize(
    ("nature", "value", "unit", "expected"),
    [
        ("≥", "上年水平", "万人次", "≥上年水平"),
        ("≤", "批复预算", "万元", "≤批复预算"),
        ("≥", "全省平均水平", "%", "≥全省平均水平"),
        ("≥", "300", "天", "≥300(天)"),
        ("=", "每季度首月", "", "每季度首月"),
        ("定性", "逐年改善", "", "逐年改善"),
    ],
)
def test_a_split_operator_stays_with_a_relative_target(
    nature: str, value: str, unit: str, expected: str
) -> None:
    # Before, ≤ | 批复预算 | 万元 read 批复预算: a ceiling read as "spend exactly".
    table = read(
        "2025年度项目支出绩效目标表",
        ["项目名称", "公共图书馆免费开放"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "年接待读者人次", nature, value, unit],
    )
    assert str(table.indicators[0].target) == expected


# regress11 W5: a task list's 金额合计 is the budget when the table reads no budget block
_SELF_GRID = [
    SELF_HEADER,
    ["履职效能", "部门职责履行", "任务完成率", "100%", "100%", "100", "100"],
]


@pytest.mark.parametrize(
    ("tasks", "line"),
    [
        pytest.param(
            [
                ["年度主要任务", "任务名称", "主要内容", "预算数", "执行数", "执行率"],
                ["", "大气污染防治", "扬尘管控", "1800.00", "1710.00", "95.00%"],
                ["", "水污染防治", "排污口整治", "4200.00", "3990.00", "95.00%"],
                ["", "金额合计", "", "6000.00", "5700.00", "95.00%"],
            ],
            ("金额合计", None, Decimal("6000.00"), Decimal("5700.00"), Decimal("95.00")),
            id="金额合计-beside-the-name",
        ),
        pytest.param(
            [
                ["年度主要任务", "任务名称", "主要内容", "年初预算数", "全年执行数"],
                ["", "大气污染防治", "扬尘管控", "1800.00", "1710.00"],
                ["合计", "", "", "1800.00", "1710.00"],
            ],
            ("合计", Decimal("1800.00"), None, Decimal("1710.00"), None),
            id="合计-first",
        ),
    ],
)
def test_a_task_lists_sum_is_the_budget_when_the_table_has_no_budget_block(
    tasks: list[list[str]], line: tuple[object, ...]
) -> None:
    # Before (bb7273f), the task list was passed over and the table had no budget.
    table = read(
        "部门整体支出绩效自评表",
        "（2024年度）",
        ["部门（单位）名称", "某市生态环境局"],
        *tasks,
        *_SELF_GRID,
    )
    assert [
        (line.source, line.initial, line.period_budget, line.executed, line.rate)
        for line in table.budget
    ] == [line]
    assert table.budget[0].role is BudgetRole.TOTAL
    assert table.findings == ()


@pytest.mark.parametrize("budget_first", [True, False], ids=["budget-first", "tasks-first"])
def test_a_task_lists_sum_is_no_budget_beside_a_budget_block(budget_first: bool) -> None:  # noqa: FBT001
    budget = DEPARTMENT_BUDGET[:2]
    table = read(
        "部门整体支出绩效自评表",
        ["部门（单位）名称", "某区卫生健康委员会"],
        *(budget + ONE_ROW_TASKS if budget_first else ONE_ROW_TASKS + budget),
        *_SELF_GRID,
    )
    assert [line.source for line in table.budget] == ["年度资金总额"]


def test_a_two_row_task_headers_sum_is_the_budget_when_none_is_read() -> None:
    # 预算金额（万元） over 总额 | 财政拨款 | 其他资金: the 财政部 目标表's only money is the
    # year's budget, its 金额合计 the department's 资金总额 split by source (r36j; before,
    # the table had no budget at all)
    table = read(
        "部门整体支出绩效目标表",
        ["部门（单位）名称", "某区卫生健康委员会"],
        *TWO_ROW_TASKS,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "老年人体检人数", "≥10000人"],
    )
    assert [(line.role, line.source, line.initial) for line in table.budget] == [
        (BudgetRole.TOTAL, "金额合计", Decimal("1960.00")),
        (BudgetRole.APPROPRIATION, "财政拨款", Decimal("1660.00")),
        (BudgetRole.OTHER, "其他资金", Decimal("300.00")),
    ]
    assert table.budget_unit == "万元"
    assert table.findings == ()
