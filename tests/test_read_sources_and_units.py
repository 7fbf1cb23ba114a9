"""Budget sources, judgement cells and the units of a table the reader first misread (e2e12).

A 小计 that totals the funding sources, 其中 in a column of its own beside the source,
a judgement row that holds its label and answer in one cell beside a merged outer
label, the department of a 部门整体 table, and implementer labels ending in 实施单位.
Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetRole, Likelihood, Project
from test_read_unseen import SELF_HEADER, TRACKING_HEADER, names, read


def lines(table: perftrack.Table) -> list[tuple[str, str, Decimal | None, Decimal | None]]:
    """Each budget line: its role, its source, its budget and its executed amount."""
    return [
        (line.role.value, line.source, line.period_budget or line.initial, line.executed)
        for line in table.budget
    ]


def finding_ids(table: perftrack.Table) -> list[str]:
    return [finding.id for finding in table.findings]


# ---------------------------------------------------------------------------
# H1: a 小计 row under the funding sources is their total

_SOURCES_HEADER = ["资金投入（万元）", "资金来源", "预算数", "执行数", "执行率", "分值", "得分"]
_SOURCES = (
    ["", "省级资金", "2000", "1920", "96.00%", "", ""],
    ["", "市级资金", "500", "440", "88.00%", "", ""],
    ["", "县级资金", "300", "260", "86.67%", "", ""],
)
_SELF_GRID = (
    SELF_HEADER,
    ["产出指标", "数量指标", "燃煤锅炉淘汰改造数量", "≥60台", "62台", "90", "90"],
)


@pytest.mark.parametrize("label", ["小计", "小 计", "合计"])
def test_a_subtotal_of_the_sources_is_the_budget_total(label: str) -> None:
    # Before, 小计 was budget-line-unread: no total line, its 10分 and 9.36 lost.
    table = read(
        "省级专项资金绩效自评表",
        ["专项资金名称", "大气污染防治"],
        _SOURCES_HEADER,
        *_SOURCES,
        ["", label, "2800", "2620", "93.57%", "10", "9.36"],
        *_SELF_GRID,
    )
    assert lines(table) == [
        ("appropriation", "省级资金", Decimal(2000), Decimal(1920)),
        ("appropriation", "市级资金", Decimal(500), Decimal(440)),
        ("appropriation", "县级资金", Decimal(300), Decimal(260)),
        ("total", label, Decimal(2800), Decimal(2620)),
    ]
    total = table.budget[-1]
    assert (total.rate, total.weight, total.published_points) == (
        Decimal("93.57"),
        Decimal(10),
        Decimal("9.36"),
    )
    assert table.findings == ()
    scored_ids = [finding.id for finding in perftrack.score(table).findings]
    assert "points-sum-mismatch" not in scored_ids
    assert "weights-not-100" not in scored_ids


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # A total first: the 小计 below is a subtotal of some sources (as before)
        (
            (
                ["", "年度资金总额", "2800", "2620", "93.57%", "10", "9.36"],
                ["", "省级资金", "2000", "1920", "96.00%", "", ""],
                ["", "小计", "2000", "1920", "96.00%", "", ""],
                ["", "市级资金", "800", "700", "87.50%", "", ""],
            ),
            [
                ("total", "年度资金总额", Decimal(2800), Decimal(2620)),
                ("appropriation", "省级资金", Decimal(2000), Decimal(1920)),
                ("appropriation", "市级资金", Decimal(800), Decimal(700)),
            ],
        ),
        # regress13 W6: another source after it, no total: a subtotal of some sources
        (
            (
                ["", "中央资金", "300", "290", "", "", ""],
                ["", "省级资金", "200", "190", "", "", ""],
                ["", "小计", "500", "480", "96.00%", "10", "9.6"],
                ["", "县级配套资金", "100", "60", "", "", ""],
            ),
            [
                ("appropriation", "中央资金", Decimal(300), Decimal(290)),
                ("appropriation", "省级资金", Decimal(200), Decimal(190)),
                ("appropriation", "县级配套资金", Decimal(100), Decimal(60)),
            ],
        ),
        # A total after it: the 小计 was a subtotal (it is left out, as before)
        (
            (
                ["", "省级资金", "2000", "1920", "96.00%", "", ""],
                ["", "市级资金", "500", "440", "88.00%", "", ""],
                ["", "小计", "2500", "2360", "94.40%", "", ""],
                ["", "其他资金", "300", "260", "86.67%", "", ""],
                ["", "合计", "2800", "2620", "93.57%", "10", "9.36"],
            ),
            [
                ("appropriation", "省级资金", Decimal(2000), Decimal(1920)),
                ("appropriation", "市级资金", Decimal(500), Decimal(440)),
                ("other", "其他资金", Decimal(300), Decimal(260)),
                ("total", "合计", Decimal(2800), Decimal(2620)),
            ],
        ),
    ],
)
def test_a_subtotal_beside_a_total_line_stays_a_subtotal(
    rows: tuple[list[str], ...], expected: list[tuple[str, str, Decimal, Decimal]]
) -> None:
    table = read(
        "省级专项资金绩效自评表",
        ["专项资金名称", "大气污染防治"],
        _SOURCES_HEADER,
        *rows,
        *_SELF_GRID,
    )
    assert lines(table) == expected
    assert finding_ids(table) == ["budget-line-unread"]
    assert "小计" in table.findings[0].message


def test_a_subtotal_row_inside_the_grid_is_still_no_indicator() -> None:
    table = read(
        "省级专项资金绩效自评表",
        ["专项资金名称", "大气污染防治"],
        _SOURCES_HEADER,
        *_SOURCES,
        ["", "小计", "2800", "2620", "93.57%", "10", "9.36"],
        *_SELF_GRID,
        ["小计", "", "", "", "", "90", "90"],
    )
    assert names(table) == ["燃煤锅炉淘汰改造数量"]
    assert table.budget[-1].role is BudgetRole.TOTAL


# ---------------------------------------------------------------------------
# M1: 其中 in a column of its own, the source in the next


@pytest.mark.parametrize("among", ["其中", "其中：", "其中:", "其 中"])
def test_among_in_its_own_column_reads_the_source_beside_it(among: str) -> None:
    # Before, 其中 | 中央资金 | 2400 was budget-line-unread and the line was lost.
    table = read(
        "项目支出绩效监控表",
        "（2024年1-6月）",
        ["项目名称", "测试项目"],
        ["资金来源", "", "年初预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "", "3600", "1260", "35%"],
        [among, "中央资金", "2400", "900", "37.5%"],
        ["", "省级资金", "1200", "360", "30%"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "新建面积", "≥1.2万亩", "0.45万亩"],
    )
    assert lines(table) == [
        ("total", "年度资金总额", Decimal(3600), Decimal(1260)),
        ("appropriation", "中央资金", Decimal(2400), Decimal(900)),
        ("appropriation", "省级资金", Decimal(1200), Decimal(360)),
    ]
    assert table.budget[1].position.column == 2  # the source's cell
    assert table.findings == ()


@pytest.mark.parametrize(
    ("row", "source"),
    [
        (["其中：中央资金", "", "2400", "900", "37.5%"], "其中：中央资金"),  # one cell, as before
        (["其中", "某某专款", "2400", "900", "37.5%"], None),  # no known source: still unread
    ],
)
def test_among_with_the_source_in_its_cell_or_no_known_source(
    row: list[str], source: str | None
) -> None:
    table = read(
        "项目支出绩效监控表",
        "（2024年1-6月）",
        ["项目名称", "测试项目"],
        ["资金来源", "", "年初预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "", "3600", "1260", "35%"],
        row,
        TRACKING_HEADER,
        ["产出指标", "数量指标", "新建面积", "≥1.2万亩", "0.45万亩"],
    )
    sources = [line.source for line in table.budget]
    if source is None:
        assert sources == ["年度资金总额"]
        assert finding_ids(table) == ["budget-line-unread"]
        assert "某某专款" in table.findings[0].message
    else:
        assert sources == ["年度资金总额", source]
        assert table.findings == ()


# ---------------------------------------------------------------------------
# H2: a likelihood label and its answer in one cell beside an outer label

_MONITOR_HEAD = (
    "项目支出绩效监控表",
    "（2024年1-8月）",
    ["项目名称", "测试"],
    ["项目资金", "", "全年预算数", "1-8月执行数", "执行率"],
    ["年度资金总额", "", "100", "20", "20%"],
    [*TRACKING_HEADER, "全年预计完成值"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "60人次", "100人次"],
)


@pytest.mark.parametrize(
    ("outer", "budget_cell", "goal_cell"),
    [
        ("监控结论", "年度预算执行完成可能性：确定能完成", "年度绩效目标完成可能性：有可能完成"),
        (
            "绩效运行总体判断",
            "年度预算执行完成可能性：确定能完成",
            "年度绩效目标完成可能性:有可能完成",
        ),
        (
            "运行监控总体判断",
            "预算执行完成可能性（预计）：确定能完成",
            "绩效目标完成可能性：有可能完成",
        ),
        ("总体判断", "年度预算执行完成可能性：确定能完成", "年度绩效目标完成可能性：有可能完成"),
        ("", "年度预算执行完成可能性：确定能完成", "年度绩效目标完成可能性：有可能完成"),
    ],
)
def test_a_likelihood_label_with_its_answer_opens_the_judgement(
    outer: str, budget_cell: str, goal_cell: str
) -> None:
    # Before, 监控结论 | 年度预算执行完成可能性：确定能完成 was an indicator named 监控结论.
    table = read(*_MONITOR_HEAD, [outer, "", budget_cell], ["", "", goal_cell])
    assert names(table) == ["培训人次"]
    assert table.judgement == perftrack.Judgement(
        "确定能完成", Likelihood.CERTAIN, "有可能完成", Likelihood.POSSIBLE
    )
    scored_ids = [finding.id for finding in perftrack.score(table).findings]
    assert "judgement-optimistic" in scored_ids  # 20% spent against 66.67% of the year
    assert "missing-actual" not in scored_ids


@pytest.mark.parametrize(
    "cell",
    [
        "完成可能性较大",  # a reason, no label and answer
        "完成可能性：",  # a label with no answer after its colon
        "因天气原因，完成可能性：较低",  # a sentence that does not start with the label
    ],
)
def test_a_cell_that_only_mentions_a_likelihood_stays_in_the_grid(cell: str) -> None:
    table = read(*_MONITOR_HEAD, ["", "", "培训合格率", "≥95%", "96%", cell])
    assert names(table) == ["培训人次", "培训合格率"]
    assert table.judgement is None


# ---------------------------------------------------------------------------
# L3: a department-wide table's department


@pytest.mark.parametrize(
    ("rows", "project"),
    [
        # 部门（单位）名称: the table's name and its department
        (
            (["部门（单位）名称", "某县卫生健康委员会"],),
            Project("某县卫生健康委员会", "某县卫生健康委员会", None),
        ),
        (
            (["部门名称：某县民政局"], ["填报单位：某县民政局（盖章）"]),
            Project("某县民政局", "某县民政局", "某县民政局"),
        ),
        # a 主管部门 printed first wins
        (
            (["主管部门", "某市卫生健康委员会"], ["部门（单位）名称", "某县卫生健康委员会"]),
            Project("某县卫生健康委员会", "某市卫生健康委员会", None),
        ),
        # only a 填报单位: the department that filled its own table in (and the implementer)
        (
            (["填报单位：某县民政局"],),
            Project(None, "某县民政局", "某县民政局"),
        ),
    ],
)
def test_a_department_wide_table_has_its_department(
    rows: tuple[list[str], ...], project: Project
) -> None:
    table = read(
        "2024年度部门整体支出绩效自评表",
        *rows,
        SELF_HEADER,
        ["履职效能", "部门职责履行", "低保资金按时发放率", "100%", "100%", "100", "100"],
    )
    assert (table.project.name, table.project.department, table.project.implementer) == (
        project.name,
        project.department,
        project.implementer,
    )


def test_a_project_tables_filer_is_no_department() -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "城乡居民基本医疗保险参保补助"],
        SELF_HEADER,
        ["产出指标", "数量指标", "参保人数", "≥30万人", "31万人", "100", "100"],
        ["填报单位（盖章）：某县医疗保障局"],
    )
    assert (table.project.department, table.project.implementer) == (None, "某县医疗保障局")


# ---------------------------------------------------------------------------
# L4: a label ending in 实施单位 names the implementer


@pytest.mark.parametrize(
    "row",
    [
        ["地方资金组织实施单位", "某县农业农村局"],
        ["地方资金组织实施单位：某县农业农村局"],
        ["资金组织实施单位名称", "某县农业农村局"],
        ["省级资金实施单位（盖章）", "某县农业农村局"],
        ["项目实施单位", "某县农业农村局"],  # worked before: the control
    ],
)
def test_a_label_ending_in_implementing_unit_is_the_implementer(row: list[str]) -> None:
    table = read(
        "中央对地方转移支付区域绩效自评表",
        ["转移支付（项目）名称", "农业经营主体能力提升资金"],
        ["中央主管部门", "农业农村部"],
        row,
        SELF_HEADER,
        ["产出指标", "数量指标", "培育新型经营主体", "≥100家", "120家", "100", "100"],
    )
    assert table.project == Project("农业经营主体能力提升资金", "农业农村部", "某县农业农村局")
    assert names(table) == ["培育新型经营主体"]


def test_an_indicator_named_after_the_implementer_stays_in_the_grid() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "95%", "50", "50"],
        ["", "", "组织实施单位满意度", "≥90%", "92%", "50", "50"],
    )
    assert names(table) == ["学生满意度", "组织实施单位满意度"]
    assert table.project.implementer is None


# ---------------------------------------------------------------------------
# score11 H1: a budget column of some months beside the year's budget is the months'
# plan, and no two columns of one role overwrite each other

_HALF_YEAR_TITLE = "2024年1-6月项目支出绩效运行监控表"
_HALF_YEAR_GRID = (TRACKING_HEADER, ["产出指标", "数量指标", "培训人次", "≥100人次", "60人次"])


def _budget_table(header: list[str], amounts: list[str]) -> perftrack.Table:
    return read(
        _HALF_YEAR_TITLE,
        ["项目名称", "示例"],
        ["预算执行情况(万元)", *header],
        ["年度资金总额", *amounts],
        *_HALF_YEAR_GRID,
    )


def amounts(
    table: perftrack.Table,
) -> tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None, Decimal | None]:
    """The total line's 年初预算数, 预算数, 计划数, 执行数 and printed 执行率."""
    (line,) = table.budget
    return line.initial, line.period_budget, line.planned, line.executed, line.rate


def _d(*texts: str | None) -> tuple[Decimal | None, ...]:
    return tuple(None if text is None else Decimal(text) for text in texts)


@pytest.mark.parametrize(
    ("header", "printed", "expected"),
    [
        # Before, the months' column took the 预算数 role too and the last one won:
        # period_budget 1000, the year's 2000 lost.
        (
            ["全年预算数", "1-6月预算数", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
        ),
        (
            ["1-6月预算数", "全年预算数", "1-6月执行数", "执行率"],
            ["1000.00", "2000.00", "800.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
        ),
        (
            ["年初预算数", "1-6月预算数", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            ("2000.00", None, "1000.00", "800.00", "40.00"),
        ),
        (
            ["全年预算数", "截至6月底预算数", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
        ),
        (
            ["全年预算数", "上半年预算数", "上半年执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
        ),
        (
            ["年初预算数", "全年预算数", "1-6月预算数", "1-6月执行数", "执行率"],
            ["1800.00", "2000.00", "1000.00", "800.00", "40.00"],
            ("1800.00", "2000.00", "1000.00", "800.00", "40.00"),
        ),
        # Before, 用款计划 named no column: the plan was left out.
        (
            ["全年预算数", "1-6月用款计划", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
        ),
        # Before, 计划支出数 was an 执行数 column: the later 执行数 overwrote it…
        (
            ["全年预算数", "1-6月计划支出数", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
        ),
        # … and after the 执行数 it overwrote the executed amount (1000 for 800).
        (
            ["全年预算数", "1-6月执行数", "1-6月计划支出数", "执行率"],
            ["2000.00", "800.00", "1000.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
        ),
        (
            ["全年预算数", "1-6月计划执行数", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
        ),
        # Alone, the months' budget is the only budget the table prints: the 预算数.
        (
            ["1-6月预算数", "1-6月执行数", "执行率"],
            ["1000.00", "800.00", "80.00"],
            (None, "1000.00", None, "800.00", "80.00"),
        ),
        (
            ["截至6月底预算数", "1-6月执行数", "执行率"],
            ["2000.00", "800.00", "40.00"],
            (None, "2000.00", None, "800.00", "40.00"),
        ),
        # The year's budgets are never a plan, whatever they say besides.
        (
            ["年初预算数", "调整后预算数", "1-6月执行数", "执行率"],
            ["1800.00", "2000.00", "800.00", "40.00"],
            ("1800.00", "2000.00", None, "800.00", "40.00"),
        ),
    ],
)
def test_a_budget_of_some_months_beside_the_years_is_the_plan(
    header: list[str], printed: list[str], expected: tuple[str | None, ...]
) -> None:
    table = _budget_table(header, printed)
    assert amounts(table) == _d(*expected)
    assert "budget-column-duplicate" not in finding_ids(table)


@pytest.mark.parametrize(
    ("header", "printed", "expected", "message"),
    [
        # Before, the last of two 预算数 columns silently won (2200).
        (
            ["全年预算数", "调整后预算数", "1-6月执行数", "执行率"],
            ["2000.00", "2200.00", "800.00", "40.00"],
            (None, "2000.00", None, "800.00", "40.00"),
            (
                "预算表头“全年预算数”（B3）与“调整后预算数”（C3）同为预算数列，"
                "按前者读取，后者的金额未读入"
            ),
        ),
        (
            ["全年预算数", "1-6月执行数", "实际支出数", "执行率"],
            ["2000.00", "800.00", "780.00", "40.00"],
            (None, "2000.00", None, "800.00", "40.00"),
            (
                "预算表头“1-6月执行数”（C3）与“实际支出数”（D3）同为执行数列，"
                "按前者读取，后者的金额未读入"
            ),
        ),
        (
            ["全年预算数", "1-6月预算数", "1-6月用款计划", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "900.00", "800.00", "40.00"],
            (None, "2000.00", "1000.00", "800.00", "40.00"),
            (
                "预算表头“1-6月预算数”（C3）与“1-6月用款计划”（D3）同为计划数列，"
                "按前者读取，后者的金额未读入"
            ),
        ),
    ],
)
def test_two_budget_columns_of_one_role_keep_the_first_and_say_so(
    header: list[str], printed: list[str], expected: tuple[str | None, ...], message: str
) -> None:
    table = _budget_table(header, printed)
    assert amounts(table) == _d(*expected)
    (finding,) = [f for f in table.findings if f.id == "budget-column-duplicate"]
    assert (finding.severity.value, finding.message) == ("warning", message)
    assert finding.where.row == 3
    # The second column's cell is not among the line's cells: it gave no amount.
    (line,) = table.budget
    assert all(not name.endswith("+") for name, _ in line.cells)


def test_a_drifted_line_keeps_the_second_column_of_a_role_in_its_place() -> None:
    # The line's amounts stand one column left of the header: read in the header's
    # order, the left-out 调整后预算数 still takes its amount (2200), not the 执行数.
    table = read(
        _HALF_YEAR_TITLE,
        ["项目名称", "示例"],
        ["预算执行情况(万元)", "", "全年预算数", "调整后预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "2000.00", "2200.00", "800.00", "40.00"],
        *_HALF_YEAR_GRID,
    )
    assert amounts(table) == _d(None, "2000.00", None, "800.00", "40.00")
    assert "budget-column-duplicate" in finding_ids(table)


@pytest.mark.parametrize(
    ("header", "printed", "rate", "denominator", "findings"),
    [
        # Before: 80.00 against the months' 1000, no budget-behind-schedule, and the
        # table's own 40.00 called wrong (budget-rate-mismatch).
        (
            ["全年预算数", "1-6月预算数", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            "40.00",
            "period_budget",
            ["budget-behind-schedule 执行率40.00%低于序时进度50.00%"],
        ),
        (
            ["全年预算数", "截至6月底预算数", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "800.00", "40.00"],
            "40.00",
            "period_budget",
            ["budget-behind-schedule 执行率40.00%低于序时进度50.00%"],
        ),
        # Before, also budget-adjusted “预算由年初2000.00调整为1000.00”.
        (
            ["年初预算数", "1-6月预算数", "1-6月执行数", "执行率", "序时进度", "偏差"],
            ["2000.00", "1000.00", "800.00", "40.00", "50%", "-10.00"],
            "40.00",
            "initial",
            ["budget-behind-schedule 执行率40.00%低于序时进度50.00%"],
        ),
        # The table's rate against the months' plan: wrong against the year's budget,
        # and the finding says what the printed figure is.
        (
            ["年初预算数", "1-6月预算数", "1-6月执行数", "执行率", "序时进度", "偏差"],
            ["2000.00", "1000.00", "800.00", "80.00%", "50%", "30.00"],
            "40.00",
            "initial",
            [
                (
                    "budget-rate-mismatch “年度资金总额”填报执行率80.00%与金额计算的40.00%不符"
                    "（填报执行率为执行数与计划数1000.00之比，执行率应以全年预算为分母）"
                ),
                "budget-behind-schedule 执行率40.00%低于序时进度50.00%",
            ],
        ),
        (
            ["全年预算数", "1-6月预算数", "1-6月执行数", "执行率"],
            ["2000.00", "1000.00", "1100.00", "55.00"],
            "55.00",
            "period_budget",
            [],
        ),
    ],
)
def test_the_rate_of_a_half_year_table_is_against_the_years_budget(
    header: list[str],
    printed: list[str],
    rate: str,
    denominator: str,
    findings: list[str],
) -> None:
    card = perftrack.score(_budget_table(header, printed))
    (line,) = card.budget
    assert (show_rate(line.rate_recomputed), line.denominator) == (rate, denominator)
    assert [
        f"{f.id} {f.message}" for f in card.findings if f.where.budget_line is not None
    ] == findings


def show_rate(rate: Decimal | None) -> str | None:
    return None if rate is None else f"{rate.quantize(Decimal('0.01'))}"


def test_a_gap_to_time_progress_is_no_second_time_progress() -> None:
    # Before, 与序时进度偏差 overwrote the printed 序时进度 (-10.00 for 50%).
    table = _budget_table(
        ["全年预算数", "1-6月执行数", "执行率", "序时进度", "与序时进度偏差"],
        ["2000.00", "800.00", "40.00", "50%", "-10.00"],
    )
    assert table.time_progress == Decimal(50)
    assert "budget-column-duplicate" not in finding_ids(table)
