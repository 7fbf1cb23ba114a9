"""Layouts of real exports the reader first got wrong, each read right now.

Found by composing tables the way provinces, departments and the central
templates print them (self-evaluation, department-wide, target and monitoring
tables). Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import TableKind


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


SELF_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
TRACKING_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"]


def names(table: perftrack.Table) -> list[str]:
    return [indicator.name for indicator in table.indicators]


# ---------------------------------------------------------------------------
# Names that start with the words of other blocks, under merged level cells


@pytest.mark.parametrize(
    "name",
    ["项目资金到位率", "总体目标完成率", "年度绩效目标完成率", "资金情况公开率", "总分达标率"],
)
def test_a_name_starting_with_a_block_word_stays_in_the_grid(name: str) -> None:
    table = read(
        "项目支出绩效自评表",
        "（2023年度）",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
        ["", "", name, "100%", "100%", "10", "10"],
        ["", "质量指标", "培训合格率", "≥95%", "96%", "20", "20"],
    )
    assert names(table) == ["培训人次", name, "培训合格率"]
    assert table.overall_goal is None
    assert table.budget == ()
    assert str(table.indicators[1].target) == "=100(%)"


@pytest.mark.parametrize("name", ["主管部门满意度", "实施单位满意度", "项目单位满意度"])
def test_a_name_starting_with_a_project_word_stays_in_the_grid(name: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        ["主管部门", "某县教育局"],
        SELF_HEADER,
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "95%", "5", "5"],
        ["", "", name, "≥90%", "92%", "5", "5"],
    )
    assert names(table) == ["学生满意度", name]
    assert table.project.department == "某县教育局"
    assert table.project.implementer is None


def test_block_labels_after_the_grid_are_still_blocks() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
        ["纠偏措施", "加快培训进度"],
    )
    assert names(table) == ["培训人次"]
    assert table.judgement is not None
    assert table.judgement.budget_likelihood is perftrack.Likelihood.CERTAIN
    assert table.corrective_measures == "加快培训进度"


def test_a_name_that_reads_like_a_title_does_not_start_a_table() -> None:
    table = read(
        "部门整体支出绩效目标表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "数据审核通过率", "≥95%"],
        ["", "", "绩效自评表报送及时性", "及时"],
        ["", "时效指标", "数据上报时间", "2024年6月30日前"],
    )
    assert table.kind is TableKind.TARGET
    assert names(table) == ["数据审核通过率", "绩效自评表报送及时性", "数据上报时间"]


def test_a_title_beside_a_unit_note_still_starts_a_table() -> None:
    rows = [
        ["财政项目支出绩效跟踪表", "单位：万元"],
        ["项目名称", "甲"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    ]
    second = [["财政项目支出绩效跟踪表(2023年度)", "单位：万元"], *rows[1:]]
    second[1] = ["项目名称", "乙"]
    text = "\n".join("\t".join(row) for row in [*rows, *second])
    tables = perftrack.read_text(text, format="text")
    assert [table.project.name for table in tables] == ["甲", "乙"]


@pytest.mark.parametrize("name", ["服务对象满意度", "满意度", "服务对象满意度(10分)"])
def test_a_name_that_is_also_a_short_label_is_the_name(name: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "94%", "5", "5"],
        ["", "", name, "≥85%", "90%", "5", "4"],
    )
    second = table.indicators[1]
    assert second.name == name
    assert (second.level1, second.level2) == ("满意度指标", "服务对象满意度指标")
    assert (str(second.target), str(second.actual)) == ("≥85(%)", "90(%)")
    assert (second.weight, second.published_points) == (Decimal(5), Decimal(4))
    assert not [f for f in table.findings if f.id == "layout-normalised"]


def test_a_short_label_before_a_name_is_still_a_label() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出", "数量", "培训人次", "≥100人次", "120", "20", "20"],
        ["", "质量", "合格率", "≥95%", "96%", "20", "20"],
    )
    assert names(table) == ["培训人次", "合格率"]
    assert [i.level2 for i in table.indicators] == ["数量指标", "质量指标"]


# ---------------------------------------------------------------------------
# Periods


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("跟踪时段：2023-01-01至2023-08-31", "2023-01", "2023-08"),
        ("跟踪时段: 2023-01-01 至 2023-08-31", "2023-01", "2023-08"),
        ("跟踪时段：2024.1.1-2024.6.30", "2024-01", "2024-06"),
        ("跟踪时段：2023/01/01至2023/08/31", "2023-01", "2023-08"),
        ("跟踪时段：2023年1月1日至2023年8月31日", "2023-01", "2023-08"),
        ("跟踪时段：2023年度1-8月", "2023-01", "2023-08"),
        ("监控期：2024年1-6月", "2024-01", "2024-06"),
        ("跟踪时段：（ 2023-1月 至 2023-8月 ）", "2023-01", "2023-08"),
    ],
)
def test_period_lines(line: str, start: str, end: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        line,
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == (start, end)


# ---------------------------------------------------------------------------
# Project fields, goals, totals and grades


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("主管部门及代码", "department"),
        ("主管部门名称", "department"),
        ("项目主管部门", "department"),
        ("实施单位名称", "implementer"),
        ("实施单位(盖章)", "implementer"),
    ],
)
def test_project_labels_with_suffixes_read_the_next_cell(label: str, field: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        [label, "[126]某市卫生健康委员会"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    # a code's label (及代码) keeps the code out of the name, as a note (r38p)
    name = "某市卫生健康委员会" if label.endswith("代码") else "[126]某市卫生健康委员会"
    assert getattr(table.project, field) == name


def test_a_department_wide_table_has_its_name_and_budget() -> None:
    table = read(
        "部门整体支出绩效自评表",
        "（2023年度）",
        ["部门（单位）名称", "某县农业农村局"],
        [
            "年度部门整体支出预算执行情况（万元）",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        ["", "年度资金总额", "1500.00", "1650.00", "1584.00", "10", "96.00%", "9.60"],
        ["", "其中：当年财政拨款", "1500.00", "1650.00", "1584.00", "—", "—", "—"],
        SELF_HEADER,
        ["产出指标", "数量指标", "高标准农田建设面积（万亩）", "≥2", "2.1", "90", "90"],
    )
    assert table.project.name == "某县农业农村局"
    assert table.budget_unit == "万元"
    total, appropriation = table.budget
    assert (total.role.value, total.executed, total.weight) == ("total", Decimal("1584.00"), 10)
    assert appropriation.rate is None
    assert not [f for f in table.findings if f.id == "malformed-amount"]
    (indicator,) = table.indicators
    assert (indicator.unit, str(indicator.target), str(indicator.actual)) == (
        "万亩",
        "≥2(万亩)",
        "2.1(万亩)",
    )


@pytest.mark.parametrize(
    ("rows", "expected", "achieved"),
    [
        (
            [["年度绩效目标", "目标1：完成培训100人次；目标2：学员技能明显提升。"]],
            "目标1：完成培训100人次；目标2：学员技能明显提升。",
            "",
        ),
        ([["年度总体目标", "实现预期目标，完成培训"]], "实现预期目标，完成培训", ""),
        (
            [["年度总体目标", "通过项目实施，实现培训目标", "已实现培训目标，完成情况良好"]],
            "通过项目实施，实现培训目标",
            "已实现培训目标，完成情况良好",
        ),
        (
            [
                ["年度总体目标", "年初设定目标", "1-7月执行情况"],
                ["", "新建供水工程15处。", "已完工8处。"],
            ],
            "新建供水工程15处。",
            "已完工8处。",
        ),
        (
            [
                ["总体目标", "中长期目标", "年度目标"],
                ["", "三年内接种率保持95%以上。", "2024年接种率≥95%。"],
            ],
            "2024年接种率≥95%。",
            "",
        ),
    ],
    ids=["numbered-goals", "words-of-headers", "goal-and-achieved", "1-7月执行情况", "mid-term"],
)
def test_overall_goals(rows: list[list[str]], expected: str, achieved: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        *rows,
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    assert table.overall_goal is not None
    assert (table.overall_goal.expected, table.overall_goal.achieved) == (expected, achieved)


@pytest.mark.parametrize(
    ("rows", "total", "grade"),
    [
        ([["合计", "", "", "", "", "100", "96"], ["自评等级", "优"]], "96", "优"),
        ([["总分", "", "", "", "", "100", "96", "自评等级：优"]], "96", "优"),
        ([["总计", "", "", "", "", "100", "88.5"], ["自评结论", "良好"]], "88.5", "良"),
        ([["总分", "", "", "", "", "100", "68.17"], ["评价等级", "中等"]], "68.17", "中"),
        ([["自评得分", "", "", "", "", "100", "55"], ["绩效等级", "较差"]], "55", "差"),
    ],
)
def test_total_and_grade_rows_are_no_indicators(
    rows: list[list[str]], total: str, grade: str
) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "90", "90"],
        *rows,
    )
    assert names(table) == ["培训人次"]
    assert (table.published.total, table.published.grade) == (Decimal(total), grade)


def test_a_monitoring_judgement_is_a_judgement() -> None:
    table = read(
        "项目支出绩效运行监控表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "全年预计完成情况"],
        ["产出指标", "数量指标", "活动场次", "≥200场", "86场", "200场"],
        ["绩效监控总体判断", "年度项目预算完成可能性", "有可能完成"],
        ["", "年度绩效目标完成可能性", "确定能完成"],
    )
    assert names(table) == ["活动场次"]
    assert table.judgement is not None
    assert table.judgement.budget_likelihood is perftrack.Likelihood.POSSIBLE
    assert table.judgement.goal_likelihood is perftrack.Likelihood.CERTAIN


@pytest.mark.parametrize("header", ["预计全年完成情况", "预计年底完成情况", "全年预计完成值"])
def test_forecast_headers(header: str) -> None:
    table = read(
        "项目支出绩效运行监控表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成情况", header],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60", "100"],
    )
    (indicator,) = table.indicators
    assert (str(indicator.actual), str(indicator.forecast)) == ("60", "100")


def test_weights_and_points_written_in_points() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["效益指标", "社会效益指标", "知晓率", "≥80%", "85%", "10分", "9.5分"],
    )
    (indicator,) = table.indicators
    assert (indicator.weight, indicator.published_points) == (Decimal(10), Decimal("9.5"))


def test_an_operator_column_joins_numbers_only() -> None:
    table = read(
        "项目支出绩效目标表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "时效指标", "补贴发放时间", "=", "每季度首月", ""],
        ["", "数量指标", "补贴人数", "≥", "500", "人"],
    )
    assert [str(i.target) for i in table.indicators] == ["每季度首月", "≥500(人)"]
    assert not [f for f in table.findings if f.id == "malformed-target"]


# ---------------------------------------------------------------------------
# Headers in two rows, the 136号 monitoring layout, target tables


def test_a_mid_term_target_column_is_not_the_target() -> None:
    table = read(
        "项目支出绩效目标申报表",
        "（2024年度）",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "冷链设备更新数量（台）", "60", "20"],
    )
    (indicator,) = table.indicators
    assert str(indicator.target) == "=20(台)"


def test_a_two_row_header_with_the_values_on_top() -> None:
    table = read(
        "项目支出绩效自评表",
        "（2023年度）",
        ["项目名称", "示例"],
        ["绩效指标", "", "", "年度指标值", "实际完成值", "分值", "得分"],
        ["一级指标", "二级指标", "三级指标"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "18"],
    )
    (indicator,) = table.indicators
    assert (str(indicator.target), str(indicator.actual)) == ("≥100(人次)", "120")
    assert (indicator.weight, indicator.published_points) == (20, 18)
    assert table.kind is TableKind.SELF_EVALUATION


def test_a_two_row_header_refined_on_both_rows() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        "跟踪时段：（ 2024-1月 至 2024-8月 ）",
        ["项目名称", "示例"],
        ["绩效指标", "", "", "年度指标值", "跟踪期完成情况", ""],
        ["一级指标", "二级指标", "三级指标", "", "计划完成值", "实际完成值"],
        ["产出指标", "数量指标", "加装电梯数量（台）", "≥60", "40", "35"],
    )
    (indicator,) = table.indicators
    assert [str(v) for v in (indicator.target, indicator.planned, indicator.actual)] == [
        "≥60(台)",
        "40(台)",
        "35(台)",
    ]
    assert not [f for f in table.findings if f.id == "layout-normalised"]


def test_the_136_template_ticks_reasons_and_likelihoods() -> None:
    reasons = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]
    likelihoods = ["确定能", "有可能", "完全不可能"]
    table = read(
        "项目支出绩效目标执行监控表",
        "（2024年度）",
        ["项目名称", "示例"],
        [
            *[
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "1-7月执行情况",
                "全年预计完成情况",
            ],
            *["偏差原因分析", "", "", "", "", "完成目标可能性", "", ""],
        ],
        ["", "", "", "", "", "", *reasons, *likelihoods],
        [
            *["产出指标", "数量指标", "新建供水工程（处）", "15", "8", "15"],
            *["", "", "", "", "", "√", "", ""],
        ],
        [
            *["效益指标", "社会效益指标", "自来水普及率", "≥92%", "90%", "92%"],
            *["√", "", "√", "", "", "", "√", ""],
        ],
    )
    first, second = table.indicators
    assert names(table) == ["新建供水工程（处）", "自来水普及率"]
    assert (first.likelihood, first.likelihood_text) == (perftrack.Likelihood.CERTAIN, "确定能")
    assert (second.likelihood, second.deviation_reason) == (
        perftrack.Likelihood.POSSIBLE,
        "经费保障、人员保障",
    )
    assert (str(second.actual), str(second.forecast)) == ("90(%)", "92(%)")
    assert (table.period.start.month, table.period.end.month) == (1, 7)


# ☒ is the checked state Word's check-box content control writes (MS Gothic 2612)
@pytest.mark.parametrize(
    ("tick", "box"), [("☑", "☐"), ("■", "□"), ("√", "○"), ("☒", "☐"), ("⊠", "□")]
)
def test_the_136_template_ticks_beside_empty_boxes(tick: str, box: str) -> None:
    # Every column printed with a box, the chosen one ticked: an empty box is no tick
    # (it was read as the column's text: likelihood "☐；有可能：☐" and none).
    reasons = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]
    likelihoods = ["确定能", "有可能", "完全不可能"]
    table = read(
        "项目支出绩效目标执行监控表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER, "偏差原因分析", "", "", "", "", "完成目标可能性", "", ""],
        ["", "", "", "", "", *reasons, *likelihoods],
        [
            *["产出指标", "数量指标", "新建供水工程", "15处", "8处"],
            *[box] * 5,
            *[tick, box, box],
        ],
        [
            *["效益指标", "社会效益指标", "自来水普及率", "≥92%", "90%"],
            *[tick, box, tick, box, box],
            *[box, tick, box],
        ],
        [
            *["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "未开展"],
            *[box, box, box, box, tick],
            *[box, box, tick],
        ],
    )
    assert [(i.likelihood_text, i.deviation_reason) for i in table.indicators] == [
        ("确定能", ""),
        ("有可能", "经费保障、人员保障"),
        ("完全不可能", "其他"),
    ]


def test_a_unit_column_is_the_unit_of_the_values_too() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "全年实际值"],
        ["产出指标", "质量指标", "基本医保参保率", "≥", "95", "%", "96.2"],
    )
    (indicator,) = table.indicators
    assert (str(indicator.target), str(indicator.actual)) == ("≥95(%)", "96.2(%)")


# ---------------------------------------------------------------------------
# Judgements, corrective measures, amount units, numbered labels


def test_an_inline_judgement_and_corrective_measures() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
        "绩效跟踪总体判断：年度项目预算完成可能性：有可能完成；年度绩效目标完成可能性：确定能完成",
        "纠偏措施：加快采购进度。",
    )
    assert table.judgement is not None
    assert (table.judgement.budget_completion, table.judgement.goal_completion) == (
        "有可能完成",
        "确定能完成",
    )
    assert table.corrective_measures == "加快采购进度。"


@pytest.mark.parametrize(
    ("cell", "likelihood"),
    [
        ("■确定能完成 □有可能完成 □完全不可能完成", "certain"),
        ("□确定能完成 ☑有可能完成 □完全不可能完成", "possible"),
        ("□确定能完成 □有可能完成 √完全不可能完成", "impossible"),
        ("☒确定能完成 ☐有可能完成 ☐完全不可能完成", "certain"),
        ("不能完成", "impossible"),
    ],
)
def test_checked_boxes_say_the_likelihood(cell: str, likelihood: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", cell],
    )
    assert table.judgement is not None
    assert table.judgement.budget_likelihood is perftrack.Likelihood(likelihood)
    assert table.judgement.budget_completion == cell


# The words units write in 完成可能性 instead of the template's 确定能 / 有可能 / 完全不可能
# (before, all but 能完成, 有可能完成, 不能… and the template's own were None, which
# switched off every likelihood check). A hedge is possible; "cannot tell" is possible.
LIKELIHOOD_WORDS = [
    ("确定能", "certain"),
    ("确定能完成", "certain"),
    ("能", "certain"),
    ("能。", "certain"),
    ("能完成", "certain"),
    ("能够完成", "certain"),
    ("可以完成", "certain"),
    ("预计能完成", "certain"),
    ("预计可以完成", "certain"),
    ("确定能够完成", "certain"),
    ("能按期完成", "certain"),
    ("完全能完成", "certain"),
    ("确保完成", "certain"),
    ("是", "certain"),
    ("有可能", "possible"),
    ("有可能完成", "possible"),
    ("可能完成", "possible"),
    ("可能", "possible"),
    ("基本能完成", "possible"),
    ("基本可以完成", "possible"),
    ("较大可能", "possible"),
    ("很可能完成", "possible"),
    ("不确定", "possible"),
    ("无法确定", "possible"),
    ("不能确定", "possible"),
    ("难以判断", "possible"),
    ("完全不可能", "impossible"),
    ("完全不可能完成", "impossible"),
    ("不可能", "impossible"),
    ("不能", "impossible"),
    ("不能完成", "impossible"),
    ("无法完成", "impossible"),
    ("难以完成", "impossible"),
    ("完不成", "impossible"),
    ("完成不了", "impossible"),
    ("预计无法完成", "impossible"),
    ("确定不能完成", "impossible"),
    ("否", "impossible"),
    ("能源", None),  # 能 and 是 are answers only as the whole cell
    # regress14 W8: the rest of the clause turns the word round: no answer
    ("无法完成的可能性不大", None),
    ("无法按期完成的可能性较小", None),
    ("无法完成的风险较低", None),
    ("难以完成的风险可控", None),
    ("可以肯定无法完成", None),
    ("可以预见难以完成", None),
    ("确保完成有困难", None),
    ("无法预计", "possible"),  # cannot tell
    ("可能无法完成", "possible"),  # a doubt (regress15 W13)
    ("可能难以完成", "possible"),
    ("能完成，但需加快进度", "certain"),  # the next clause is another matter
    ("是否", None),
    ("良好", None),
]


@pytest.mark.parametrize(("cell", "likelihood"), LIKELIHOOD_WORDS)
def test_likelihood_words_of_a_row(cell: str, likelihood: str | None) -> None:
    table = read(
        "2024年1-6月项目支出绩效运行监控表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER, "完成目标可能性"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60人次", cell],
    )
    (row,) = table.indicators
    expected = None if likelihood is None else perftrack.Likelihood(likelihood)
    assert (row.likelihood, row.likelihood_text) == (expected, cell)


@pytest.mark.parametrize(
    ("cell", "likelihood"), [pair for pair in LIKELIHOOD_WORDS if pair[1] is not None]
)
def test_likelihood_words_of_the_judgement(cell: str, likelihood: str) -> None:
    table = read(
        "2024年1-6月项目支出绩效运行监控表",
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60人次"],
        ["绩效运行监控总体判断", "年度预算执行完成可能性", cell],
        ["", "年度绩效目标完成可能性", cell],
    )
    assert table.judgement is not None
    assert table.judgement.budget_likelihood is perftrack.Likelihood(likelihood)
    assert table.judgement.goal_likelihood is perftrack.Likelihood(likelihood)
    assert table.judgement.budget_completion == cell


def test_a_yes_no_sub_header_is_no_likelihood() -> None:
    # 是 and 否 are likelihoods as a whole cell under 完成目标可能性, but a 是 | 否 pair
    # under a question of its own (是否按期完成) asks about the actual: no tick columns
    table = read(
        "2024年1-6月项目支出绩效运行监控表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "是否按期完成", ""],
        ["", "", "", "", "", "是", "否"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60人次", "√", ""],
    )
    assert [i.likelihood for i in table.indicators if i.name == "培训人次"] == [None]


REASON_LIKELIHOOD = ["偏差原因分析", "完成目标可能性"]


@pytest.mark.parametrize(
    ("cell", "forecast", "reason", "ids"),
    [
        # the forecast reaches the target, but 无法完成 with no reason and no measures asks
        # for both, as 完全不可能 does
        *(
            (word, "500户", "", ["missing-corrective-measures", "missing-deviation-reason"])
            for word in ("无法完成", "难以完成", "基本能完成", "不确定")
        ),
        ("能", "500户", "", []),
        # 能 beside a forecast short of the target is the optimism of 确定能
        *(
            (word, "450户", "施工延误", ["judgement-optimistic", "missing-corrective-measures"])
            for word in ("能", "预计能完成", "可以完成")
        ),
    ],
)
def test_likelihood_words_switch_on_the_checks(
    cell: str, forecast: str, reason: str, ids: list[str]
) -> None:
    table = read(
        "2024年1-6月项目支出绩效运行监控表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER[:-1], "1-6月执行情况", "全年预计完成情况", *REASON_LIKELIHOOD],
        ["产出指标", "数量指标", "危房改造户数", "≥500户", "300户", forecast, reason, cell],
        ["纠偏措施", ""],
    )
    found = sorted({f.id for f in perftrack.score(table).findings} - {"missing-category"})
    assert found == ids


@pytest.mark.parametrize("line", [["金额单位：万元"], ["财政项目支出绩效跟踪表", "单位：万元"]])
def test_an_amount_unit_above_the_table(line: list[str]) -> None:
    table = read(
        *([] if line[0].endswith("表") else ["财政项目支出绩效跟踪表"]),
        line,
        ["项目名称", "示例"],
        ["预算执行情况", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率"],
        ["年度资金总额", "10", "10", "5", "50%"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    assert table.budget_unit == "万元"


@pytest.mark.parametrize("label", ["一、产出指标", "（一）产出指标", "1.产出指标"])
def test_numbered_level_labels(label: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        TRACKING_HEADER,
        [label, "数量指标", "培训人次", "≥100人次", "72"],
    )
    (indicator,) = table.indicators
    assert (indicator.level1, indicator.name, str(indicator.actual)) == (
        "产出指标",
        "培训人次",
        "72",
    )


def test_a_target_reading_time_progress_stays_an_indicator() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60", "72"],
        ["", "", "资金支出进度", "序时进度", "66.67%", "60%"],
    )
    assert names(table) == ["培训人次", "资金支出进度"]
    assert table.time_progress is None


def test_a_target_tables_money_block_gives_the_years_budget() -> None:
    table = read(
        "项目支出绩效目标申报表",
        "（2024年度）",
        ["项目名称", "示例"],
        ["项目资金（万元）", "", "中期资金总额", "年度资金总额"],
        ["", "资金总额", "900.00", "300.00"],
        ["", "其中：财政拨款", "810.00", "270.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "接种人次", "≥10万人次"],
    )
    total, appropriation = table.budget
    assert (total.initial, appropriation.initial) == (Decimal("300.00"), Decimal("270.00"))
    assert not [f for f in table.findings if f.id == "layout-normalised"]


def test_a_budget_block_without_amount_columns_claims_no_alignment() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        ["项目资金（万元）", "说明"],
        ["年度资金总额", "详见附件"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    (total,) = table.budget
    assert total.initial is None
    assert not [f for f in table.findings if f.id == "layout-normalised"]


# ---------------------------------------------------------------------------
# Round two: more layouts of published tables


def test_block_word_names_with_qualitative_targets_stay_indicators() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "10", "10"],
        ["", "", "主管部门监管到位率", "到位", "到位", "10", "10"],
        ["", "", "资金情况公开", "按规定公开", "已公开", "10", "10"],
        ["效益指标", "社会效益指标", "总体目标完成情况", "全面完成", "基本完成", "10", "8"],
        ["", "", "纠偏措施落实情况", "落实到位", "落实到位", "10", "10"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"],
        ["", "", "服务对象满意度", "满意", "满意", "10", "10"],
    )
    assert names(table) == [
        "培训人次",
        "主管部门监管到位率",
        "资金情况公开",
        "总体目标完成情况",
        "纠偏措施落实情况",
        "群众满意度",
        "服务对象满意度",
    ]
    assert (table.project.department, table.overall_goal, table.corrective_measures) == (
        None,
        None,
        "",
    )
    assert table.indicators[-1].published_points == 10


def test_a_budget_header_under_a_heading() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        "二、预算执行情况（万元）",
        ["资金类别", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "100.00", "120.00", "108.00", "90.00%"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
    )
    (total,) = table.budget
    assert (total.initial, total.period_budget, total.executed, total.rate) == (
        Decimal("100.00"),
        Decimal("120.00"),
        Decimal("108.00"),
        Decimal("90.00"),
    )


def test_budget_columns_unknown_or_time_progress_keep_their_places() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        "跟踪时段：（ 2025-1月 至 2025-8月 ）",
        ["项目名称", "示例"],
        [
            "预算执行情况（万元）",
            "预算批复数",
            "1-8月执行数",
            "执行率",
            "序时进度",
            "偏差说明",
            "全年预计执行数",
        ],
        ["年度资金总额", "1500.00", "612.00", "40.80%", "66.67%", "进度偏慢", "1500.00"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "72"],
    )
    (total,) = table.budget
    assert (total.period_budget, total.executed, total.rate, total.forecast) == (
        Decimal("1500.00"),
        Decimal("612.00"),
        Decimal("40.80"),
        Decimal("1500.00"),
    )
    assert table.time_progress == Decimal("66.67")
    assert not [f for f in table.findings if f.id == "layout-normalised"]


def test_a_line_beside_the_money_label_and_the_department_total() -> None:
    table = read(
        "2025年项目支出绩效目标申报表",
        ["项目名称", "示例"],
        ["项目资金（万元）", "年度资金总额", "2160.00"],
        ["", "其中：财政拨款", "2000.00"],
        ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
        ["产出指标", "数量指标", "受益学生人数", "≥1.8万人", "20"],
    )
    assert [(line.role.value, line.initial) for line in table.budget] == [
        ("total", Decimal("2160.00")),
        ("appropriation", Decimal("2000.00")),
    ]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        (["年度指标值", "上年实际完成值", "实际完成值"], "actual"),
        (["上年指标值", "年度指标值", "实际完成值"], "target"),
        (["年度指标值", "1-6月完成值", "预计到年底完成值"], "forecast"),
    ],
)
def test_reference_and_forecast_columns(header: list[str], role: str) -> None:
    table = read(
        "项目支出绩效运行监控表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", *header],
        ["产出指标", "数量指标", "新建面积", "A", "B", "C"],
    )
    (indicator,) = table.indicators
    values = {
        "target": indicator.target,
        "actual": indicator.actual,
        "forecast": indicator.forecast,
    }
    position = {"actual": "C", "target": "B", "forecast": "C"}[role]
    assert str(values[role]) == position
    assert "上年" not in str(indicator.actual)


def test_unknown_columns_with_text_do_not_move_the_values() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "评分标准",
            "权重",
            "目标值",
            "实际值",
            "得分",
            "扣分原因",
        ],
        [
            *["产出指标", "数量指标", "日间照料服务人次", "每少1%扣1分", "15"],
            *["≥18000人次", "17200人次", "14", "部分老人转入机构养老"],
        ],
    )
    (indicator,) = table.indicators
    assert (str(indicator.target), str(indicator.actual)) == ("≥18000(人次)", "17200(人次)")
    assert (indicator.weight, indicator.published_points) == (15, 14)
    assert indicator.deviation_reason == "部分老人转入机构养老"
    assert not [f for f in table.findings if f.id == "layout-normalised"]


@pytest.mark.parametrize("serial", ["1.1", "一", "（一）", "(1)", "1.2.1"])
def test_serial_numbers_before_the_labels(serial: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        ["序号", *SELF_HEADER],
        [serial, "产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
    )
    (indicator,) = table.indicators
    assert (indicator.level1, indicator.name, indicator.weight) == ("产出指标", "培训人次", 20)


def test_a_key_column_before_the_levels() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        ["指标编码", *SELF_HEADER],
        ["ZB2024-0031-01", "产出指标", "数量指标", "新建面积", "≥2万亩", "2.05万亩", "30", "30"],
    )
    (indicator,) = table.indicators
    assert (indicator.level1, indicator.name, str(indicator.actual)) == (
        "产出指标",
        "新建面积",
        "2.05(万亩)",
    )


@pytest.mark.parametrize("separator", ["—", "-", "/", "——"])
def test_level_1_and_2_in_one_cell(separator: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        ["指标类别", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        [f"产出指标{separator}数量指标", "培训人次", "≥100人次", "120", "20", "20"],
        ["", "培训场次", "≥4场", "4", "10", "10"],
    )
    assert [(i.level1, i.level2, i.name) for i in table.indicators] == [
        ("产出指标", "数量指标", "培训人次"),
        ("产出指标", "数量指标", "培训场次"),
    ]


def test_a_name_merged_over_two_targets() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "拆除违法建设", "≥3000平方米", "3150平方米", "5", "5"],
        ["", "", "", "≥25处", "22处", "5", "4.4"],
        ["", "质量指标", "整治达标率", "≥95%", "98%", "10", "10"],
    )
    assert names(table) == ["拆除违法建设", "拆除违法建设", "整治达标率"]
    second = table.indicators[1]
    assert (str(second.target), str(second.actual), second.published_points) == (
        "≥25(处)",
        "22(处)",
        Decimal("4.4"),
    )


def test_full_width_amounts_points_and_years() -> None:
    table = read(
        "项目支出绩效自评表",
        "（２０２４年度）",
        ["项目名称", "示例"],
        ["预算执行情况（万元）", "年初预算数", "全年执行数", "执行率"],
        ["年度资金总额", "６，８００．００", "６，６６４．００", "９８．００％"],
        SELF_HEADER,
        ["产出指标", "数量指标", "参保人数", "≥32万人", "32.6万人", "30", "２８．５"],
        ["总分", "", "", "", "", "100", "９７．３０"],
    )
    (total,) = table.budget
    assert (total.initial, total.rate) == (Decimal("6800.00"), Decimal("98.00"))
    assert table.indicators[0].published_points == Decimal("28.5")
    assert table.published.total == Decimal("97.30")
    assert table.period is not None
    assert table.period.start.year == 2024


def test_repeated_headers_and_footers_are_no_indicators() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
        "第 1 页 共 2 页",
        SELF_HEADER,
        ["", "质量指标", "合格率", "≥95%", "96%", "10", "10"],
        ["总分", "", "", "", "", "100", "95"],
        ["填表人：张三", "联系电话：0571-86012345", "填报日期：2025年1月20日"],
        ["单位负责人：李四"],
    )
    assert names(table) == ["培训人次", "合格率"]
    assert table.published.total == 95


def test_unit_reason_and_measure_columns() -> None:
    table = read(
        "项目绩效运行监控表",
        ["项目名称", "示例"],
        [
            *["一级指标", "二级指标", "三级指标", "年度指标值", "单位", "1-8月完成值"],
            *["偏差原因", "改进措施", "纠偏措施"],
        ],
        [
            *["产出指标", "数量指标", "危房改造户数", "≥600", "户", "350"],
            *["自筹资金不到位", "协调贷款", "加大政策宣传"],
        ],
    )
    (indicator,) = table.indicators
    assert (str(indicator.target), str(indicator.actual)) == ("≥600(户)", "350(户)")
    assert indicator.deviation_reason == "自筹资金不到位；协调贷款"
    assert table.corrective_measures == "危房改造户数：加大政策宣传"


def test_comparisons_written_with_angle_brackets_are_no_tags() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "质量指标", "差错率", "差错率<1%，准确率>99%", "0.5%"],
        ["", "", "合格率", "<b>≥95%</b>", "96%"],
    )
    assert [i.target.text for i in table.indicators if i.target] == [
        "差错率<1%，准确率>99%",
        "≥95%",
    ]


def test_a_blank_target_stays_blank() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "", "520", "20", "18"],
        ["", "质量指标", "培训合格率", "≥95%", "90%", "20", "18"],
    )
    first = table.indicators[0]
    assert (first.target, str(first.actual), first.weight) == (None, "520", 20)
    assert not [f for f in table.findings if f.id == "layout-normalised"]


def test_two_judgement_clauses_in_one_cell() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "72"],
        [
            "绩效跟踪总体判断",
            "年度项目预算完成可能性：有可能完成 年度绩效目标完成可能性：确定能完成",
        ],
    )
    assert table.judgement is not None
    assert (table.judgement.budget_likelihood, table.judgement.goal_likelihood) == (
        perftrack.Likelihood.POSSIBLE,
        perftrack.Likelihood.CERTAIN,
    )


@pytest.mark.parametrize(
    ("rows", "expected", "achieved"),
    [
        (
            [
                ["年度总体目标", "预期目标", "实际完成情况"],
                ["", "完成培训100人次", "完成培训120人次"],
                "二、绩效指标完成情况",
            ],
            "完成培训100人次",
            "完成培训120人次",
        ),
        (
            [
                ["年度总体目标", "目标1", "完成培训100人次", "完成培训120人次"],
                ["", "目标2", "合格率95%", "合格率96%"],
            ],
            "完成培训100人次；合格率95%",
            "完成培训120人次；合格率96%",
        ),
    ],
    ids=["heading-ends-the-goal", "goal-rows"],
)
def test_goal_blocks_of_word_reports(
    rows: list[list[str] | str], expected: str, achieved: str
) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        *rows,
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
    )
    assert table.overall_goal is not None
    assert (table.overall_goal.expected, table.overall_goal.achieved) == (expected, achieved)


def test_inline_total_unit_and_project_fields() -> None:
    table = read(
        "项目绩效运行监控表",
        ["监控期：2025年1-6月", "金额单位：万元"],
        "项目名称：示例",
        "主管部门：某县文化广电体育和旅游局　　实施单位：某县体育事业发展中心",
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
        "自评得分：95.40　　自评等级：优",
    )
    assert table.budget_unit == "万元"
    assert (table.project.department, table.project.implementer) == (
        "某县文化广电体育和旅游局",
        "某县体育事业发展中心",
    )
    assert (table.published.total, table.published.grade) == (Decimal("95.40"), "优")


@pytest.mark.parametrize(
    "line", ["跟踪时段：（ 9999-1月 至 9999-12月 ）", "跟踪时段：（ 2023-8月 至 2023-1月 ）"]
)
def test_impossible_periods_are_not_read(line: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        line,
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    assert table.period is None
    perftrack.score(table)  # no date out of range


# ---------------------------------------------------------------------------
# Round three: format details


def test_a_table_footer_before_its_body_is_read_last() -> None:
    page = (
        "<table><thead><tr><td>项目名称</td><td>示例</td></tr>"
        "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th>"
        "<th>跟踪期实际完成值</th></tr></thead>"
        "<tfoot><tr><td>纠偏措施</td><td colspan=4>加快进度</td></tr></tfoot>"
        "<tbody><tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥100人次</td>"
        "<td>72</td></tr></tbody></table>"
    )
    (table,) = perftrack.read_text(page, format="html")
    assert names(table) == ["培训人次"]
    assert table.corrective_measures == "加快进度"


@pytest.mark.parametrize("sep_line", ["", "sep=;\n"])
def test_semicolon_separated_csv(sep_line: str) -> None:
    text = sep_line + (
        "项目名称;示例;;;\n"
        "一级指标;二级指标;三级指标;年度指标值;跟踪期实际完成值\n"
        "产出指标;数量指标;培训人次;≥100人次;72\n"
    )
    (table,) = perftrack.read(text.encode("utf-8-sig"))
    assert (table.project.name, names(table)) == ("示例", ["培训人次"])
    # The row Excel shows: it hides the sep= line.
    assert table.indicators[0].position.row == 3


def test_markdown_code_spans_are_their_text() -> None:
    text = (
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 跟踪期实际完成值 |\n"
        "|---|---|---|---|---|\n"
        "| 产出指标 | 质量指标 | 随访率 | `≥90%` | `92%` |\n"
    )
    (table,) = perftrack.read_text("项目名称：示例\n\n" + text, format="markdown")
    (indicator,) = table.indicators
    assert (str(indicator.target), str(indicator.actual)) == ("≥90(%)", "92(%)")


def test_a_period_without_its_year_takes_the_titles() -> None:
    table = read(
        "2024年财政项目支出绩效跟踪表",
        "跟踪时段：1-8月",
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == ("2024-01", "2024-08")


def test_a_blank_total_beside_its_weight_is_blank() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "100", "95"],
        ["总分", "", "", "", "", "100", ""],
        ["自评等级", "良"],
    )
    assert (table.published.total, table.published.grade) == (None, "良")


# ---------------------------------------------------------------------------
# Round 4: windows, year lines, weights, names before titles, reasons, formulas


@pytest.mark.parametrize(
    ("lines", "start", "end"),
    [
        (["项目支出绩效运行监控表", "（2024年1-6月）"], "2024-01", "2024-06"),
        (["2024年1-6月项目支出绩效运行监控表"], "2024-01", "2024-06"),
        (["项目支出绩效运行监控表（2024年1-6月）"], "2024-01", "2024-06"),
        (["2024年度项目支出绩效运行监控表（1-6月）"], "2024-01", "2024-06"),
        (["项目支出绩效运行监控表", "2024年1月—8月"], "2024-01", "2024-08"),
        (["项目支出绩效运行监控表", "（2024年1月至8月）"], "2024-01", "2024-08"),
        (["项目支出绩效运行监控表", "（2024.1—2024.8）"], "2024-01", "2024-08"),
        (["项目支出绩效运行监控表", "2024年1月-2024年8月"], "2024-01", "2024-08"),
        # a labelled period line wins over the title's window
        (["2024年1-6月项目支出绩效运行监控表", "监控期间：2024年1月至7月"], "2024-01", "2024-07"),
        # a year line names no window: the whole year
        (["2023年度项目支出绩效自评表", "（2023年度）"], "2023-01", "2023-12"),
    ],
)
def test_a_window_in_the_title_or_a_line_of_its_own(lines: list[str], start: str, end: str) -> None:
    table = read(
        *lines,
        ["项目名称", "示例"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "45"],
    )
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == (start, end)
    assert names(table) == ["培训人次"]


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        (["填报单位：某区教育局", "（2023年度）", "金额单位：万元"], "万元"),
        (["（2023年度）", "", "", "金额单位：元"], "元"),
        ("（2023年度）　　　金额单位：元", "元"),
    ],
)
def test_a_year_line_beside_the_unit_notes(line: list[str] | str, unit: str) -> None:
    table = read(
        "项目支出绩效自评表",
        line,
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
    )
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == ("2023-01", "2023-12")
    assert table.budget_unit == unit


@pytest.mark.parametrize(
    "label",
    [
        "产出指标（50）",
        "产出指标(50%)",
        "产出指标（权重50）",
        "产出指标(50分)",
        "产出指标【50分】",
        "产出指标〔50分〕",
        "产出指标50分",
        "产出指标 50分",
        "产出指标（满分50分）",
    ],
)
def test_level_1_weights_written_without_points(label: str) -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        [label, "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
        ["", "质量指标", "合格率", "≥95%", "96%", "30", "30"],
    )
    first = table.indicators[0]
    assert (first.level1, first.name, str(first.target), first.weight, first.published_points) == (
        "产出指标",
        "培训人次",
        "≥100(人次)",
        Decimal(20),
        Decimal(20),
    )
    assert not [f for f in table.findings if f.id == "layout-normalised"]


def test_project_fields_before_each_title_belong_to_that_table() -> None:
    rows = [
        "项目名称：老年助餐服务补贴",
        "主管部门：某区民政局",
        "2023年度项目支出绩效自评表",
        "\t".join(SELF_HEADER),
        "产出指标\t数量指标\t助餐点数量\t≥30个\t32个\t50\t50",
        "项目名称：社区卫生服务站建设",
        "2023年度项目支出绩效自评表",
        "\t".join(SELF_HEADER),
        "产出指标\t数量指标\t新建服务站\t≥5个\t4个\t50\t40",
    ]
    first, second = perftrack.read_text("\n".join(rows), format="text")
    assert (first.project.name, first.project.department, names(first)) == (
        "老年助餐服务补贴",
        "某区民政局",
        ["助餐点数量"],
    )
    assert (second.project.name, second.project.department, names(second)) == (
        "社区卫生服务站建设",
        None,
        ["新建服务站"],
    )
    assert first.title == second.title == "2023年度项目支出绩效自评表"


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("□经费保障 □制度保障 □人员保障 □硬件条件保障 □其他", ""),
        ("■经费保障 □制度保障 □人员保障 □硬件条件保障 □其他", "经费保障"),
        ("□经费保障 ☑人员保障 ☑硬件条件保障 □其他", "人员保障、硬件条件保障"),
        ("☒经费保障 ☐制度保障 ☐人员保障 ☐硬件条件保障 ☐其他", "经费保障"),
        ("□经费保障 □制度保障 ■其他：年底调查", "其他：年底调查"),
        ("雨季影响施工", "雨季影响施工"),
    ],
)
def test_a_reason_of_checkboxes_is_its_checked_items(cell: str, reason: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER, "偏差原因分析"],
        ["产出指标", "数量指标", "新建公厕", "≥8座", "3座", cell],
    )
    assert table.indicators[0].deviation_reason == reason


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("项目资金总额", "total"),
        ("项目资金合计", "total"),
        ("项目总资金", "total"),
        ("年度预算资金", "total"),
        ("财政预算资金", "appropriation"),
        ("财政资金", "appropriation"),
    ],
)
def test_budget_lines_whose_label_starts_like_the_block(label: str, role: str) -> None:
    table = read(
        "2024年项目支出绩效运行监控表",
        ["项目名称", "农村道路养护"],
        ["预算执行情况(万元)", "", "年初预算数", "1-7月执行数", "1-7月执行率"],
        ["", label, "200.00", "20.00", "10.00"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "养护里程", "≥100公里", "80公里"],
    )
    [line] = table.budget
    assert (line.role.value, line.source, line.initial, line.executed) == (
        role,
        label,
        Decimal("200.00"),
        Decimal("20.00"),
    )


@pytest.mark.parametrize(
    "header",
    [
        ["一级指标", "二级指标", "三级指标", "年度计划值", "年度实际值", "标准分", "实得分"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "满分", "评分"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "标准分值",
            "评分标准",
            "得分",
        ],
    ],
)
def test_more_header_words_for_target_weight_and_points(header: list[str]) -> None:
    row = ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"]
    if "评分标准" in header:
        row.insert(6, "每少10人次扣2分")
    table = read("2023年度项目支出绩效自评表", ["项目名称", "示例"], header, row)
    [indicator] = table.indicators
    assert (str(indicator.target), str(indicator.actual), indicator.weight) == (
        "≥100(人次)",
        "120",
        Decimal(20),
    )
    assert indicator.published_points == Decimal(20)
    assert indicator.planned is None


@pytest.mark.parametrize(
    ("original", "adjusted"),
    [
        ("年度指标值（调整前）", "年度指标值（调整后）"),
        ("原年度指标值", "调整后年度指标值"),
        ("原年度指标值", "年度指标值"),
    ],
)
def test_an_adjusted_target_wins_over_the_original(original: str, adjusted: str) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "河湖长制巡查"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            original,
            adjusted,
            "跟踪期计划完成值",
            "跟踪期实际完成值",
        ],
        ["产出指标", "数量指标", "巡河次数", "≥1200次", "≥1000次", "667次", "700次"],
    )
    [indicator] = table.indicators
    assert (str(indicator.target), str(indicator.planned), str(indicator.actual)) == (
        "≥1000(次)",
        "667(次)",
        "700(次)",
    )


def test_two_target_columns_without_an_adjustment_keep_the_first() -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "目标值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "巡河次数", "≥1200次", "≥1000次", "700次"],
    )
    assert str(table.indicators[0].target) == "≥1200(次)"


@pytest.mark.parametrize(
    ("heading", "unit"),
    [
        (["二、项目资金使用情况（单位：万元）"], "万元"),
        (["二、资金使用情况（万元）"], "万元"),
        (["二、项目资金（万元）"], "万元"),
        (["（二）项目资金使用情况"], None),
        ([], None),
    ],
)
def test_a_budget_header_opens_the_block_by_itself(heading: list[str], unit: str | None) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        *heading,
        ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "100.00", "120.00", "108.00", "90.00%"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
    )
    [line] = table.budget
    assert (line.role.value, line.initial, line.period_budget, line.executed, line.rate) == (
        "total",
        Decimal("100.00"),
        Decimal("120.00"),
        Decimal("108.00"),
        Decimal("90.00"),
    )
    assert table.budget_unit == unit
    assert names(table) == ["培训人次"]


@pytest.mark.parametrize(
    ("goal_lines", "expected", "achieved"),
    [
        (
            ["年度绩效目标：完成培训100人次。", "实际完成情况：完成培训120人次。"],
            "完成培训100人次。",
            "完成培训120人次。",
        ),
        (["年度总体目标：完成培训100人次"], "完成培训100人次", ""),
    ],
)
def test_goal_sentences_of_word_reports(
    goal_lines: list[str], expected: str, achieved: str
) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        *goal_lines,
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
    )
    assert table.overall_goal is not None
    assert (table.overall_goal.expected, table.overall_goal.achieved) == (expected, achieved)
    assert names(table) == ["培训人次"]


@pytest.mark.parametrize(
    "line",
    [
        "自评得分：98.55分，自评等级：优。",
        "自评得分：98.55分，等级为“优”",
        "自评得分：98.55分，评价等级为优",
    ],
)
def test_a_grade_in_a_sentence(line: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
        line,
    )
    assert (table.published.total, table.published.grade) == (Decimal("98.55"), "优")


def test_the_implementation_period_is_mid_term() -> None:
    table = read(
        "2025年度项目支出绩效目标申报表",
        ["项目名称", "示例"],
        ["总体目标", "实施期目标", "年度目标"],
        ["", "三年接入泊位5万个。", "2025年接入泊位1.5万个。"],
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
        ["产出指标", "数量指标", "接入泊位数", "≥5万个", "≥1.5万个"],
    )
    assert table.overall_goal is not None
    assert table.overall_goal.expected == "2025年接入泊位1.5万个。"
    assert str(table.indicators[0].target) == "≥1.5(万个)"


def test_a_sub_header_of_values_and_units() -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "", "实际完成值", "", "分值", "得分"],
        ["", "", "", "数值", "单位", "数值", "单位", "", ""],
        ["产出指标", "数量指标", "补贴机具数量", "≥1200", "台", "1150", "台", "30", "28.75"],
        ["满意度指标", "服务对象满意度指标", "购机农户满意度", "≥90", "%", "93", "%", "10", "10"],
    )
    assert [(i.name, str(i.target), str(i.actual), i.weight) for i in table.indicators] == [
        ("补贴机具数量", "≥1200(台)", "1150(台)", Decimal(30)),
        ("购机农户满意度", "≥90(%)", "93(%)", Decimal(10)),
    ]
    assert table.findings == ()


def test_a_sub_header_splitting_the_reason() -> None:
    table = read(
        "2024年度项目支出绩效目标执行监控表",
        ["项目名称", "示例"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "1-7月执行情况",
            "偏差原因分析",
            "",
            "完成目标可能性",
        ],
        ["", "", "", "", "", "原因类型", "原因说明", ""],
        [
            "产出指标",
            "数量指标",
            "新建高标准农田面积",
            "≥5万亩",
            "2.1万亩",
            "硬件条件保障",
            "雨季影响施工",
            "有可能",
        ],
    )
    [indicator] = table.indicators
    assert indicator.deviation_reason == "硬件条件保障；雨季影响施工"
    assert indicator.likelihood is not None
    assert indicator.likelihood.value == "possible"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("2023年度“老年助餐服务补贴”项目支出绩效自评表", "老年助餐服务补贴"),
        ("2023年度老年助餐服务补贴项目支出绩效自评表", "老年助餐服务补贴"),
        ("2023年度“两新”党建项目支出绩效自评表", "“两新”党建"),
        ("财政项目支出绩效跟踪表", None),
        ("2023年度市级项目支出绩效自评表", None),
        ("项目支出绩效自评表", None),
    ],
)
def test_a_project_named_only_in_the_title(title: str, name: str | None) -> None:
    table = read(
        title, SELF_HEADER, ["产出指标", "数量指标", "助餐点数量", "≥30个", "32个", "50", "50"]
    )
    assert table.project.name == name


def test_a_printed_project_name_wins_over_the_title() -> None:
    table = read(
        "2023年度老年助餐服务补贴项目支出绩效自评表",
        ["项目名称", "老年助餐"],
        SELF_HEADER,
        ["产出指标", "数量指标", "助餐点数量", "≥30个", "32个", "50", "50"],
    )
    assert table.project.name == "老年助餐"


def test_two_tables_side_by_side_on_one_sheet() -> None:
    left = [
        ["财政项目支出绩效跟踪表", "", "", "", ""],
        ["项目名称", "社区养老服务补贴", "", "", ""],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "补贴发放人数", "≥500人", "320人"],
    ]
    right = [
        ["财政项目支出绩效跟踪表", "", "", "", "", ""],
        ["项目名称", "公共体育设施维护", "", "", "", ""],
        [*TRACKING_HEADER, "偏差原因分析"],
        ["产出指标", "数量指标", "维护健身点位数", "≥40个", "12个", "雨季施工受阻"],
    ]
    rows = ["\t".join([*a, "", *b]) for a, b in zip(left, right, strict=True)]
    first, second = perftrack.read_text("\n".join(rows), format="text")
    assert (first.project.name, names(first)) == ("社区养老服务补贴", ["补贴发放人数"])
    assert first.indicators[0].deviation_reason == ""
    assert (second.project.name, names(second)) == ("公共体育设施维护", ["维护健身点位数"])
    assert second.indicators[0].deviation_reason == "雨季施工受阻"
    assert second.indicators[0].position.column == 9  # the sheet's own columns: I


def test_the_year_of_a_report_heading() -> None:
    table = read(
        "2023年度某县农村饮水安全巩固提升工程项目支出绩效自评报告",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "20", "20"],
    )
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == ("2023-01", "2023-12")
    assert table.title is None


def test_the_two_halves_of_a_multi_year_target_table() -> None:
    """The central 申报表 prints the 中长期 half, then the year's: the year's is read."""
    table = read(
        "项目支出绩效目标申报表",
        "（2025年度）",
        ["项目名称", "示例"],
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "二级指标",
            "三级指标",
            "指标值",
        ],
        ["", "产出指标", "数量指标", "接入学校数", "300所", "数量指标", "接入学校数", "100所"],
        [
            "",
            "",
            "时效指标",
            "建设完成时间",
            "2027年底前",
            "时效指标",
            "一期完成时间",
            "2025年11月底前",
        ],
        [
            "",
            "满意度指标",
            "服务对象满意度指标",
            "师生满意度",
            "≥90%",
            "服务对象满意度指标",
            "师生满意度",
            "≥85%",
        ],
    )
    assert [(i.level1, i.level2, i.name, str(i.target)) for i in table.indicators] == [
        ("产出指标", "数量指标", "接入学校数", "=100(所)"),
        ("产出指标", "时效指标", "一期完成时间", "2025年11月底前"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥85(%)"),
    ]
    assert table.findings == ()


@pytest.mark.parametrize(
    "label", ["自评总分", "评价总分", "总分合计", "综合得分", "得分合计", "评价得分"]
)
def test_more_total_row_labels(label: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "90", "90"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "85%", "10", "9.44"],
        [label, "", "", "", "", "100", "90", "良"],
    )
    assert names(table) == ["培训人次", "满意度"]
    assert (table.published.total, table.published.grade) == (Decimal(90), "良")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("预计2024年10月完成", "已于2024年10月完成"),
        ("预计12月底完成", "已于2024年12月31日完成"),
        ("能完成", "能完成"),
        ("预计完成", "预计完成"),
        ("确定能完成全年任务", "确定能完成全年任务"),
        ("1200人次", "1200(人次)"),
        ("视天气情况而定", "视天气情况而定"),
    ],
)
def test_forecast_cells_say_what_will_be(cell: str, expected: str) -> None:
    table = read(
        "2024年项目支出绩效运行监控表（1-7月）",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况"],
        ["产出指标", "数量指标", "培训人次", "≥1000人次", "600人次", cell],
    )
    forecast = table.indicators[0].forecast
    assert forecast is not None
    assert (str(forecast), forecast.text) == (expected, cell)


# Forecasts in words (达到目标, 确保完成, 难以完成) and as a share of the year's target
# (预计完成80%, a bare 90% against a count): each was progress unknown, so a 确定能 beside
# a forecast of a miss went unremarked.
@pytest.mark.parametrize(
    ("cell", "progress"),
    [
        ("能完成", "on_track"),
        ("达到目标", "on_track"),
        ("确保完成", "on_track"),
        ("100%完成", "on_track"),
        ("达到年度指标值", "on_track"),
        ("实现年度目标", "on_track"),
        ("按计划完成", "on_track"),
        ("100%", "on_track"),
        ("1000人次", "on_track"),
        ("难以完成", "behind"),
        ("完成不了", "behind"),
        ("完不成", "behind"),
        ("无法按期完成", "behind"),
        ("预计难以完成全年任务", "behind"),
        ("预计完成80%", "behind"),
        ("完成全年任务的80%", "behind"),
        ("90%", "behind"),
        ("基本完成", "behind"),
        ("视天气情况而定", "unknown"),
        ("争取完成", "unknown"),  # a hope, no forecast
    ],
)
def test_forecast_words_and_shares_judge_progress(cell: str, progress: str) -> None:
    table = read(
        "2024年1-6月项目支出绩效运行监控表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER[:-1], "1-6月执行情况", "全年预计完成情况", *REASON_LIKELIHOOD],
        ["产出指标", "数量指标", "培训人次", "≥1000人次", "400人次", cell, "场地紧张", "确定能"],
        ["纠偏措施", "加快进度"],
    )
    card = perftrack.score(table)
    (verdict,) = card.verdicts
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", progress)
    optimistic = [f for f in card.findings if f.id == "judgement-optimistic"]
    assert len(optimistic) == (progress == "behind")


def test_a_forecast_rate_is_no_forecast_amount() -> None:
    table = read(
        "2024年项目支出绩效运行监控表",
        ["项目名称", "示例项目"],
        [
            "预算执行情况(万元)",
            "",
            "年初预算数",
            "1-6月执行数",
            "执行率",
            "全年预计执行数",
            "预计执行率",
        ],
        ["", "年度资金总额", "1580.00", "800.00", "50.63", "1500.00", "94.94"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "护栏长度", "≥10公里", "6公里"],
    )
    [line] = table.budget
    assert (line.initial, line.executed, line.rate, line.forecast) == (
        Decimal("1580.00"),
        Decimal("800.00"),
        Decimal("50.63"),
        Decimal("1500.00"),
    )


def test_a_departments_funds_by_source() -> None:
    table = read(
        "部门整体支出绩效自评表",
        "（2023年度）",
        ["部门（单位）名称", "某市司法局"],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "3256.80", "3412.60", "3318.05", "97.23%"],
        ["", "一般公共预算", "3156.80", "3312.60", "3223.05", "97.30%"],
        ["", "政府性基金预算", "100.00", "100.00", "95.00", "95.00%"],
        ["", "基本支出", "2416.80", "2452.60", "2430.15", "99.09%"],
        SELF_HEADER,
        ["产出指标", "数量指标", "法律援助案件办理数", "≥2600件", "2785件", "50", "50"],
    )
    assert [(line.role.value, line.source) for line in table.budget] == [
        ("total", "年度资金总额"),
        ("appropriation", "一般公共预算"),
        ("appropriation", "政府性基金预算"),
        # a use beside sources: a line of its own since k31d (before: dropped, with a note)
        ("use", "基本支出"),
    ]
    assert [(f.id, f.message) for f in table.findings] == []


def test_a_project_name_after_another_label() -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目编码", "33010024110000009876", "项目名称", "智慧城管平台运维"],
        ["单位名称", "某市城市管理局", "预算年度", "2024"],
        SELF_HEADER,
        ["产出指标", "数量指标", "点位运维数", "≥2400个", "2400个", "10", "10"],
    )
    assert (table.project.name, table.project.implementer) == ("智慧城管平台运维", "某市城市管理局")
    assert table.project.code == "33010024110000009876"


@pytest.mark.parametrize(
    "line",
    [
        ["项目编码：42010022T000000012345"],
        ["项目代码", "42010022T000000012345"],
        ["主管部门：某市城市管理局　　项目编码：42010022T000000012345"],
    ],
)
def test_a_project_code_is_kept(line: list[str]) -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "智慧城管平台运维"],
        line,
        SELF_HEADER,
        ["产出指标", "数量指标", "点位运维数", "≥2400个", "2400个", "10", "10"],
    )
    assert (table.project.name, table.project.code) == ("智慧城管平台运维", "42010022T000000012345")
    assert names(table) == ["点位运维数"]


def test_a_two_row_header_repeated_after_a_page_break() -> None:
    upper = ["绩效指标", "", "", "年度指标值", "跟踪期完成情况", "", "偏差原因分析"]
    lower = ["一级指标", "二级指标", "三级指标", "", "计划完成值", "实际完成值", ""]
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "示例项目"],
        upper,
        lower,
        ["产出指标", "数量指标", "河道清淤长度", "≥28公里", "18公里", "16.5公里", ""],
        upper,
        lower,
        ["", "质量指标", "验收合格率", "100%", "100%", "100%", ""],
    )
    assert names(table) == ["河道清淤长度", "验收合格率"]
    assert table.indicators[1].level1 == "产出指标"


@pytest.mark.parametrize(
    ("header", "first", "second"),
    [
        (
            ["指标编码", *SELF_HEADER],
            ["ZB-01", "产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "10", "10"],
            ["ZB-02", "", "", "培训场次", "≥4场", "3场", "10", "7.5"],
        ),
        (
            [
                "一级指标",
                "二级指标",
                "指标编码",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
            ],
            ["产出指标", "数量指标", "202401010001", "培训人次", "≥100人次", "120人次", "10", "10"],
            ["", "", "202401010002", "培训场次", "≥4场", "3场", "10", "7.5"],
        ),
    ],
)
def test_a_code_column_anywhere(header: list[str], first: list[str], second: list[str]) -> None:
    table = read("2024年度项目支出绩效自评表", ["项目名称", "示例"], header, first, second)
    assert [
        (i.level1, i.name, str(i.target), str(i.actual), i.weight) for i in table.indicators
    ] == [
        ("产出指标", "培训人次", "≥100(人次)", "120(人次)", Decimal(10)),
        ("产出指标", "培训场次", "≥4(场)", "3(场)", Decimal(10)),
    ]
    assert table.findings == ()
    # The codes are kept, each with its cell (nothing is lost).
    code_column = header.index("指标编码") + 1
    assert [(i.code, i.cell_of("code")) for i in table.indicators] == [
        (first[code_column - 1], perftrack.Position(None, None, 4, code_column)),
        (second[code_column - 1], perftrack.Position(None, None, 5, code_column)),
    ]


def test_a_weight_merged_over_the_rows_of_one_name_is_shared() -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例项目"],
        SELF_HEADER,
        ["产出指标", "数量指标", "参保人数", "城镇居民≥8.5万人", "8.6万人", "10", "9.5"],
        ["", "", "", "农村居民≥21万人", "20.4万人", "", ""],
        ["", "", "", "其他人员≥1万人", "1.2万人", "", ""],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥85%", "90%", "10", "10"],
    )
    assert [(i.name, i.weight, i.published_points) for i in table.indicators] == [
        ("参保人数", Decimal("3.34"), Decimal("3.16")),
        ("参保人数", Decimal("3.33"), Decimal("3.17")),
        ("参保人数", Decimal("3.33"), Decimal("3.17")),
        ("满意度", Decimal(10), Decimal(10)),
    ]
    assert [f.message for f in table.findings] == [
        "指标“参保人数”的分值10、得分9.5合并于3行，已平均分配到各行"
    ]


def test_a_flat_export_is_one_table_per_project() -> None:
    """一体化 systems export one row per indicator, the project in columns of its own."""
    header = ["预算年度", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标"]
    header += ["年度指标值", "1-6月完成值", "全年预计完成值", "填报日期"]
    unit = ["2024", "某市科学技术局"]
    rows = [
        header,
        [
            *unit,
            "330100241100000012345",
            "研发费用补助",
            "产出指标",
            "数量指标",
            "补助企业数",
            "≥450家",
            "210家",
            "460家",
            "2024/7/10",
        ],
        [
            *unit,
            "330100241100000012377",
            "重点实验室运行补助",
            "产出指标",
            "数量指标",
            "实验室数",
            "=12个",
            "12个",
            "12个",
            "2024/7/10",
        ],
        [
            *unit,
            "330100241100000012345",
            "研发费用补助",
            "满意度指标",
            "服务对象满意度指标",
            "企业满意度",
            "≥90%",
            "",
            "92%",
            "2024/7/10",
        ],
    ]
    text = "\n".join(",".join(row) for row in rows)
    first, second = perftrack.read_text(text, format="csv")
    assert (first.project.name, first.project.implementer, names(first)) == (
        "研发费用补助",
        "某市科学技术局",
        ["补助企业数", "企业满意度"],
    )
    assert (second.project.name, names(second)) == ("重点实验室运行补助", ["实验室数"])
    assert (first.project.code, second.project.code) == (
        "330100241100000012345",
        "330100241100000012377",
    )
    for table in (first, second):
        assert table.period is not None
        assert (str(table.period.start), str(table.period.end)) == ("2024-01", "2024-06")
        assert table.findings == ()
    assert str(first.indicators[0].forecast) == "460(家)"
    assert first.indicators[0].position.row == 2  # the export's own rows


@pytest.mark.parametrize(
    "line",
    [
        ["跟踪时段", "2024-01-01", "至", "2024-06-30"],
        ["跟踪时段", "2024年1月", "至", "2024年6月"],
        ["跟踪时段", "2024-01-01", "2024-06-30"],  # two date cells: the ends
        ["跟踪时段", "2024.1.1", "—", "2024.6.30"],
    ],
)
def test_a_period_whose_dates_stand_in_cells_of_their_own(line: list[str]) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        line,
        ["项目名称", "甲"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == ("2024-01", "2024-06")
    assert names(table) == ["培训人次"]


def test_a_labelled_row_of_two_dates_that_are_no_period_is_left_alone() -> None:
    # 填报日期 is no period word: its two dates (filled in, checked) say nothing of the window
    table = read(
        "财政项目支出绩效跟踪表",
        ["填报日期", "2024-07-05", "审核日期", "2024-07-08"],
        ["项目名称", "甲"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
    )
    assert table.period is None


@pytest.mark.parametrize(
    ("first", "second"),
    [("1)", "2)"), ("1）", "2）"), ("1-1", "1-2"), ("①", "②"), ("A1", "A2"), ("01-01", "01-02")],
)
def test_a_serial_column_of_any_shape_is_left_out(first: str, second: str) -> None:
    # Before, 2) on a carried-down row dropped the indicator, and 1-2 became its name.
    table = read(
        ["项目名称", "甲"],
        ["序号", *SELF_HEADER],
        [first, "产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "10", "10"],
        [second, "", "", "培训场次", "≥4场", "3场", "10", "7.5"],
    )
    assert [(i.level1, i.name, str(i.target), i.weight) for i in table.indicators] == [
        ("产出指标", "培训人次", "≥100(人次)", Decimal(10)),
        ("产出指标", "培训场次", "≥4(场)", Decimal(10)),
    ]
    assert table.findings == ()


def test_level_labels_outside_the_framework_under_the_headers_level_columns() -> None:
    # Department-wide tables print their own levels: read as names, they shifted the row.
    table = read(
        "部门整体支出绩效自评表",
        ["部门（单位）名称", "某市生态环境局"],
        SELF_HEADER,
        ["产出指标", "重点工作履行情况", "空气质量优良天数比例", "≥88%", "90.2%", "10", "10"],
        ["", "履职效能", "环境信访办结率", "100%", "100%", "10", "10"],
        ["效果指标", "社会效益", "公众满意度", "≥85%", "86%", "10", "9"],
    )
    assert [
        (i.level1, i.level2, i.name, str(i.target), str(i.actual), i.weight, i.published_points)
        for i in table.indicators
    ] == [
        ("产出指标", "重点工作履行情况", "空气质量优良天数比例", "≥88(%)", "90.2(%)", 10, 10),
        ("产出指标", "履职效能", "环境信访办结率", "=100(%)", "100(%)", 10, 10),
        ("效果指标", "社会效益指标", "公众满意度", "≥85(%)", "86(%)", 10, 9),
    ]
    assert table.findings == ()


def test_a_row_shifted_left_keeps_its_name() -> None:
    # The name in the level-2 column and a target under the header's name column: no label.
    table = read(
        ["项目名称", "甲"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "10", "10"],
        ["", "培训场次", "≥4场", "3场", "10", "7.5"],
    )
    assert [(i.level2, i.name, str(i.target)) for i in table.indicators] == [
        ("数量指标", "培训人次", "≥100(人次)"),
        ("数量指标", "培训场次", "≥4(场)"),
    ]


def test_a_word_reports_captions_and_its_problem_list() -> None:
    # 表2 above the grid belongs to the table the project and budget began; 表3's rows
    # (a list of problems) are no indicators; the budget's label is merged down beside
    # its only line of amounts.
    table = read(
        "2024年度农村饮水安全巩固提升项目支出绩效自评报告",
        ["项目名称", "农村饮水安全巩固提升"],
        ["预算安排（万元）", "年初预算数", "全年预算数", "全年执行数"],
        ["", "650.00", "680.00", "671.25"],
        "年度绩效目标：维修养护农村供水工程120处。",
        "表2 绩效指标完成情况表",
        SELF_HEADER,
        ["产出指标", "数量指标", "维修养护供水工程数量", "≥120处", "126处", "20", "20"],
        ["总分", "20", "20"],
        "表3 问题整改清单",
        ["序号", "存在问题", "整改措施", "完成时限", "责任人"],
        ["1", "单村工程消毒设施老化", "更换消毒设备35套", "2025年6月底前", "李明"],
        ["审核意见", "经审核，情况属实。"],
    )
    assert table.project.name == "农村饮水安全巩固提升"
    assert names(table) == ["维修养护供水工程数量"]
    (line,) = table.budget
    assert (line.role, line.source, line.initial, line.period_budget, line.executed) == (
        perftrack.BudgetRole.TOTAL,
        "预算安排（万元）",
        Decimal("650.00"),
        Decimal("680.00"),
        Decimal("671.25"),
    )
    assert table.budget_unit == "万元"


@pytest.mark.parametrize(
    "line",
    [
        ["审核意见", "经审核，执行进度总体正常。"],
        ["主管部门审核意见：同意"],
        ["财政部门意见", "同意"],
    ],
)
def test_a_reviewers_opinion_under_the_grid_is_no_indicator(line: list[str]) -> None:
    table = read(
        "财政项目支出绩效跟踪表",
        ["项目名称", "甲"],
        ["主管部门", "某局"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60"],
        line,
    )
    assert names(table) == ["培训人次"]
    assert table.project.department == "某局"


def test_a_reason_ticked_and_written_under_its_categories() -> None:
    # √ under 经费保障 and the words under 其他: both are the reason (the words were lost).
    reasons = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]
    table = read(
        "项目支出绩效目标执行监控表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER, "偏差原因分析", "", "", "", ""],
        ["", "", "", "", "", *reasons],
        [
            *["产出指标", "数量指标", "新建堤防", "≥5公里", "2公里"],
            "√",
            "",
            "",
            "",
            "地方配套资金未到位",
        ],
    )
    assert table.indicators[0].deviation_reason == "经费保障；其他：地方配套资金未到位"


def test_two_reason_columns_are_one_reason_and_the_measures_apart() -> None:
    table = read(
        ["项目名称", "甲"],
        [*SELF_HEADER, "偏差原因类型", "具体原因", "改进措施"],
        [
            *[
                "产出指标",
                "时效指标",
                "通水运行时间",
                "2024年10月底前",
                "2024年12月5日",
                "20",
                "15",
            ],
            *["工程进度", "设备进口清关延误", "加强合同履约管理"],
        ],
    )
    # 改进措施 beside the reasons is the row's corrective measure (e2e11 M1), not a reason
    assert table.indicators[0].deviation_reason == "工程进度；设备进口清关延误"
    assert table.corrective_measures == "通水运行时间：加强合同履约管理"


def test_words_in_the_serial_column_stay_there() -> None:
    # 合计 and the level-1 labels written in the 序号 column label their rows.
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "甲"],
        ["序号", *SELF_HEADER],
        ["一、产出指标（50分）", "", "", "", "", "", "", ""],
        ["1", "", "数量指标", "开展活动场次", "≥40场", "42场", "50", "50"],
        ["二、满意度指标（50分）", "", "", "", "", "", "", ""],
        ["2", "", "服务对象满意度指标", "学生满意度", "≥90%", "93%", "50", "39"],
        ["合计", "", "", "", "", "", "100", "89"],
        ["自评等级", "优"],
    )
    assert [(i.level1, i.name) for i in table.indicators] == [
        ("产出指标", "开展活动场次"),
        ("满意度指标", "学生满意度"),
    ]
    assert (table.published.total, table.published.grade) == (89, "优")
    assert table.level1_weights == (("产出指标", 50), ("满意度指标", 50))


@pytest.mark.parametrize(
    ("sentence", "total", "grade"),
    [
        ("综上，本项目自评得分98.5分（含预算执行10分），自评等级为“优”。", Decimal("98.5"), "优"),
        ("本项目评价得分为86分。", Decimal(86), None),
        ("自评等级为良。", None, "良"),
    ],
)
def test_a_conclusion_sentence_under_the_grid(
    sentence: str, total: Decimal | None, grade: str | None
) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "甲"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "90", "90"],
        sentence,
    )
    assert names(table) == ["培训人次"]
    assert (table.published.total, table.published.grade) == (total, grade)


# ---------------------------------------------------------------------------
# 满分 written in a 得分 cell (score4 M11): the row's 分值, or the 分值 column's sum


FULL_MARKS_ROWS: list[list[str] | str] = [
    "项目支出绩效自评表",
    "（2024年度）",
    ["项目名称", "基层医疗设备购置"],
    SELF_HEADER,
    ["产出指标", "数量指标", "购置设备台套", "≥120(台套)", "118", "20分", "满分"],
    ["", "质量指标", "设备验收合格率", "100%", "100%", "15分", "满分值"],
    ["效益指标", "社会效益指标", "基层诊疗能力", "提升", "提升", "20", "20"],
]


@pytest.mark.parametrize(
    ("total_row", "points", "total"),
    [
        pytest.param(
            ["总分", "", "", "", "", "55分", "满分"],
            ["20", "15", "20"],
            "55",
            id="beside-the-weight",
        ),
        pytest.param(["总分", "满分"], ["20", "15", "20"], "55", id="sum-of-the-weights"),
        pytest.param(["总分", "98"], ["20", "15", "20"], "98", id="a-figure-stays"),
    ],
)
def test_full_marks_read_as_the_weight(total_row: list[str], points: list[str], total: str) -> None:
    table = read(*FULL_MARKS_ROWS, total_row)
    assert [str(i.published_points) for i in table.indicators] == points
    assert table.published.total == Decimal(total)
    assert not [f for f in table.findings if f.id == "malformed-points"]


def test_full_marks_without_a_weight_say_so() -> None:
    table = read(
        "项目支出绩效自评表",
        "（2024年度）",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "购置设备台套", "≥120(台套)", "118", "", "满分"],
        ["", "质量指标", "设备验收合格率", "100%", "100%", "", "10"],
        ["总分", "满分"],
    )
    assert table.indicators[0].published_points is None
    assert table.published.total is None
    found = [(f.id, f.where.cell, f.message) for f in table.findings if f.id == "malformed-points"]
    assert found == [
        ("malformed-points", "G5", "得分“满分”无法换算为分数：该行没有分值"),
        ("malformed-points", "B7", "总分“满分”无法换算为分数：分值列不完整"),
    ]


def test_full_marks_on_a_missed_target_is_full_points_not_met() -> None:
    card = perftrack.score(read(*FULL_MARKS_ROWS))
    (finding,) = [f for f in card.findings if f.id == "full-points-not-met"]
    assert "购置设备台套" in finding.message
    assert "填报得分20" in finding.message


# ---------------------------------------------------------------------------
# Round 9: the period in an actual column's header, year labels, later-year columns


def tracking(title: str, actual: str, *lines: list[str] | str) -> perftrack.Table:
    """A tracking table of one row: 受益学生人数 ≥1.2万人, 1.1万人 so far."""
    return read(
        title,
        ["项目名称", "学生营养餐"],
        *lines,
        ["一级指标", "二级指标", "三级指标", "年度指标值", actual, "全年预计完成值", "偏差原因"],
        ["产出指标", "数量指标", "受益学生人数", "≥1.2万人", "1.1万人", "1.2万人", ""],
    )


def period_of(table: perftrack.Table) -> tuple[str, str] | None:
    if table.period is None:
        return None
    return str(table.period.start), str(table.period.end)


@pytest.mark.parametrize(
    ("actual", "period"),
    [
        ("截至2024年8月底完成值", ("2024-01", "2024-08")),
        ("截至2024年8月31日完成值", ("2024-01", "2024-08")),
        ("截至8月底完成值", ("2024-01", "2024-08")),
        ("截止6月末实际完成值", ("2024-01", "2024-06")),
        ("截至2024.9.30完成值", ("2024-01", "2024-09")),
        ("截至2024年12月31日完成值", ("2024-01", "2024-12")),
        # as before: a window of months in the header
        ("1-8月完成值", ("2024-01", "2024-08")),
        ("2024年上半年完成值", ("2024-01", "2024-06")),
        # no month: a tracking table is judged at no date, not at year end
        ("跟踪期实际完成值", None),
        ("截至2024年底完成值", ("2024-01", "2024-12")),  # the year's end: the whole year
        ("截至13月底完成值", None),
    ],
)
def test_a_tracking_tables_period_from_its_actual_header(
    actual: str, period: tuple[str, str] | None
) -> None:
    table = tracking("2024年项目绩效跟踪表", actual)
    assert table.kind is TableKind.TRACKING
    assert period_of(table) == period
    assert names(table) == ["受益学生人数"]


@pytest.mark.parametrize(
    ("actual", "attainment"),
    [
        ("截至2024年8月底完成值", "pending"),  # was not_met, as at 12-31
        ("截至8月底完成值", "pending"),
        ("跟踪期实际完成值", "unknown"),  # was not_met: no date to judge at
    ],
)
def test_a_mid_year_shortfall_is_no_final_miss(actual: str, attainment: str) -> None:
    card = perftrack.score(tracking("2024年项目绩效跟踪表", actual))
    assert [verdict.attainment.value for verdict in card.verdicts] == [attainment]


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("2024年上半年项目绩效跟踪表", ("2024-01", "2024-06")),
        ("2024年半年度项目绩效运行监控表", ("2024-01", "2024-06")),
        ("2024年前三季度项目绩效跟踪表", ("2024-01", "2024-09")),
        ("2024年第三季度项目绩效监控表", ("2024-01", "2024-09")),
        ("2024年第一季度项目绩效跟踪表", ("2024-01", "2024-03")),
        ("2024年二季度项目绩效监控表", ("2024-01", "2024-06")),
        ("2024年第2季度项目绩效跟踪表", ("2024-01", "2024-06")),
        ("2024年项目绩效跟踪表（截至8月底）", ("2024-01", "2024-08")),
        ("2024年8月项目绩效监控表", ("2024-01", "2024-08")),
        # a self-evaluation table is the year's whatever its title dates
        ("2024年度项目支出绩效自评表（2025年3月）", ("2024-01", "2024-12")),
        ("2024年上半年项目支出绩效自评表", ("2024-01", "2024-12")),
        # the year's end in words: the whole year
        ("2024年下半年项目绩效跟踪表", ("2024-01", "2024-12")),
        ("2024年第四季度项目绩效跟踪表", ("2024-01", "2024-12")),
    ],
)
def test_a_titles_window_in_words(title: str, period: tuple[str, str] | None) -> None:
    assert period_of(tracking(title, "跟踪期实际完成值")) == period


@pytest.mark.parametrize(
    ("line", "period"),
    [
        (["监控时点", "2024年8月31日"], ("2024-01", "2024-08")),
        (["数据截止日期", "2024-08-31"], ("2024-01", "2024-08")),
        (["统计截止时间：2024年8月31日"], ("2024-01", "2024-08")),
        (["跟踪时点", "2024.9.30"], ("2024-01", "2024-09")),
        # the date a form was filled in is no point the table stands at
        (["填报日期", "2024年9月5日"], None),
    ],
)
def test_a_point_in_time_line(line: list[str], period: tuple[str, str] | None) -> None:
    assert period_of(tracking("2024年项目绩效跟踪表", "跟踪期实际完成值", line)) == period


def test_an_indicators_own_deadline_is_no_point_in_time() -> None:
    table = read(
        "2024年项目绩效跟踪表",
        ["项目名称", "甲"],
        ["跟踪时段", "2024年1-6月"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值"],
        ["产出指标", "时效指标", "数据截止时间", "2024年8月31日前", "进行中"],
    )
    assert period_of(table) == ("2024-01", "2024-06")
    assert names(table) == ["数据截止时间"]


@pytest.mark.parametrize(
    ("title", "actual", "lines"),
    [
        # not titled 跟踪/监控: a year-end table the columns make look like one
        ("2023年度项目支出绩效目标完成情况表", "全年实际完成值", []),
        ("2023年度项目绩效情况表", "实际完成值", []),
        # a project about monitoring is no monitoring table
        ("2023年度雪亮工程视频监控系统建设项目绩效目标完成情况表", "实际完成值", []),
        ("2023年度食品安全抽检跟踪项目绩效目标完成情况表", "实际完成值", []),
        # titled so, but put at the year's end by a period line, the actual's header or
        # the title
        ("2023年项目绩效跟踪表", "跟踪期实际完成值", [["跟踪时段", "2023年度"]]),
        ("2023年项目绩效跟踪表", "跟踪期实际完成值", [["监控期间", "2023年全年"]]),
        ("2023年项目绩效跟踪表", "全年实际完成值", []),
        ("2023年项目绩效运行监控表（年终）", "实际完成值", []),
    ],
)
def test_a_year_end_table_keeps_the_whole_year(
    title: str, actual: str, lines: list[list[str]]
) -> None:
    table = tracking(title, actual, *lines)
    assert period_of(table) == ("2023-01", "2023-12")
    [verdict] = perftrack.score(table).verdicts
    assert verdict.attainment.value == "not_met"


@pytest.mark.parametrize(
    ("title", "lines", "period"),
    [
        # a printed 序时进度 of whole months gives the window
        ("2024年项目绩效跟踪表", [["序时进度", "66.67%"]], ("2024-01", "2024-08")),
        ("2024年项目绩效跟踪表", [["序时进度", "50%"]], ("2024-01", "2024-06")),
        ("2024年项目绩效跟踪表", [["序时进度：66.67%"]], ("2024-01", "2024-08")),  # one cell
        ("2024年项目绩效跟踪表", [["序时进度: 75%"]], ("2024-01", "2024-09")),
        ("2024年项目绩效跟踪表", [["序时进度", "61.9%"]], None),  # counted by days
        # a period line still wins; other kinds keep the whole year
        ("2024年项目绩效跟踪表", [["跟踪时段", "2024年1-7月"]], ("2024-01", "2024-07")),
        ("2024年项目支出绩效自评表", [], ("2024-01", "2024-12")),
        ("2024年项目绩效目标申报表", [], ("2024-01", "2024-12")),
    ],
)
def test_a_tracking_table_without_months(
    title: str, lines: list[list[str]], period: tuple[str, str] | None
) -> None:
    assert period_of(tracking(title, "跟踪期实际完成值", *lines)) == period


@pytest.mark.parametrize(
    "lines",
    [
        [["项目名称", "污水处理"], ["评价年度", "2024"]],
        [["项目名称", "污水处理"], ["评价年度", "2024年"]],
        [["项目名称", "污水处理"], ["所属年度", "2024年度"]],
        [["项目名称", "污水处理"], ["预算年度", "2024"]],
        [["项目名称", "污水处理"], ["年度", "2024"]],
        [["项目名称", "污水处理"], ["年份", "2024"]],
        [["项目名称", "污水处理"], "评价年度：2024"],
        [["项目名称", "污水处理", "评价年度", "2024"]],
    ],
)
def test_a_labelled_year_line_without_nian(lines: list[list[str] | str]) -> None:
    # 2023年度指标值 is an earlier year's target once the year is read: 年度指标值 counts
    table = read(
        "项目支出绩效自评表",
        *lines,
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "2023年度指标值",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
        ],
        ["产出指标", "数量指标", "污水处理量", "≥900万吨", "≥1000万吨", "950万吨", "100", "100"],
    )
    assert period_of(table) == ("2024-01", "2024-12")
    assert table.project.name == "污水处理"
    assert names(table) == ["污水处理量"]
    assert str(table.indicators[0].target) == "≥1000(万吨)"
    card = perftrack.score(table)
    assert [verdict.attainment.value for verdict in card.verdicts] == ["not_met"]


@pytest.mark.parametrize(
    "line",
    [
        ["评价年度", "2024年5月"],  # no bare year: not a year line
        ["年度", "12"],
        ["年度总预算", "2024"],  # a budget amount under another label
    ],
)
def test_labels_near_a_year_that_name_no_year(line: list[str]) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "污水处理"],
        line,
        SELF_HEADER,
        ["产出指标", "数量指标", "污水处理量", "≥1000万吨", "950万吨", "100", "100"],
    )
    assert table.period is None
    assert names(table) == ["污水处理量"]


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        # a year after the table's: next year's figure, a reference like last year's
        (
            ["年度指标值", "2024年实际完成值", "2025年计划值"],
            ["≥50人", "46人", "≥60人"],
            ("≥50(人)", "46(人)", None),
        ),
        (
            ["2024年指标值", "2025年指标值", "2024年实际完成值"],
            ["≥50人", "≥60人", "46人"],
            ("≥50(人)", "46(人)", None),
        ),
        (
            ["年度指标值", "2025年实际完成值", "实际完成值"],
            ["≥50人", "60人", "46人"],
            ("≥50(人)", "46(人)", None),
        ),
        # the only 指标值 column keeps its role whatever year it names
        (
            ["2025年指标值", "实际完成值", "计划完成值"],
            ["≥50人", "46人", "≥60人"],
            ("≥50(人)", "46(人)", "≥60(人)"),
        ),
    ],
)
def test_a_later_years_column_is_a_reference(
    header: list[str], values: list[str], expected: tuple[str | None, ...]
) -> None:
    table = read(
        "2024年度绩效自评表",
        ["项目名称", "人才补贴"],
        ["一级指标", "二级指标", "三级指标", *header, "分值", "得分"],
        ["产出指标", "数量指标", "引进人才数", *values, "100", "100"],
    )
    (indicator,) = table.indicators
    got = tuple(
        None if value is None else str(value)
        for value in (indicator.target, indicator.actual, indicator.planned)
    )
    assert got == expected
    assert period_of(table) == ("2024-01", "2024-12")


@pytest.mark.parametrize(
    ("title", "header", "values", "period"),
    [
        # an undated table whose header names its year: that year's period
        (
            "项目支出绩效自评表",
            ["年度指标值", "2024年实际完成值", "2023年实际完成值", "分值", "得分"],
            ["≥1.2万人", "1.1万人", "1.25万人", "100", "100"],
            ("2024-01", "2024-12"),
        ),
        (
            "项目支出绩效自评表",
            ["2024年度指标值", "2024年实际完成值", "分值", "得分"],
            ["≥1.2万人", "1.1万人", "100", "100"],
            ("2024-01", "2024-12"),
        ),
        (
            "项目绩效运行监控表",
            ["2024年指标值", "2023年完成值", "2024年1-6月完成值", "偏差原因"],
            ["≥1.2万人", "1.25万人", "0.6万人", ""],
            ("2024-01", "2024-06"),
        ),
        (
            "项目绩效跟踪表",
            ["年度指标值", "截至2024年8月底完成值", "全年预计完成值"],
            ["≥1.2万人", "0.8万人", "1.2万人"],
            ("2024-01", "2024-08"),
        ),
        # a year named by no value column gives none
        (
            "项目支出绩效自评表",
            ["年度指标值", "实际完成值", "分值", "得分"],
            ["≥1.2万人", "1.1万人", "100", "100"],
            None,
        ),
        # the table's own year wins over its header's
        (
            "2025年项目支出绩效自评表",
            ["年度指标值", "2024年实际完成值", "实际完成值", "分值", "得分"],
            ["≥1.2万人", "1.25万人", "1.1万人", "100", "100"],
            ("2025-01", "2025-12"),
        ),
    ],
)
def test_an_undated_tables_year_from_its_header(
    title: str, header: list[str], values: list[str], period: tuple[str, str] | None
) -> None:
    table = read(
        title,
        ["项目名称", "学生营养餐"],
        ["一级指标", "二级指标", "三级指标", *header],
        ["产出指标", "数量指标", "受益学生人数", *values],
    )
    assert period_of(table) == period
    (indicator,) = table.indicators
    assert str(indicator.target) == "≥1.2(万人)"


@pytest.mark.parametrize(
    ("rows", "period"),
    [
        # the period among the project's fields, beside its label or in one cell
        ([["项目名称", "学生营养餐", "跟踪时段", "2024年1-6月"]], ("2024-01", "2024-06")),
        ([["项目名称", "学生营养餐", "监控期间", "2024年1月-2024年8月"]], ("2024-01", "2024-08")),
        (
            [["项目名称", "学生营养餐"], ["主管部门", "教育局", "跟踪时段：2024年1月至7月"]],
            ("2024-01", "2024-07"),
        ),
        # the project's life is no window: 实施期, 建设期, 项目周期; nor any span beside
        # the project that names no report (执行期限, 资金使用期间, 合同期间)
        ([["项目名称", "学生营养餐", "项目实施期", "2022年1月至2024年12月"]], None),
        ([["项目名称", "学生营养餐", "执行期限", "2024年1月-2026年12月"]], None),
        ([["项目名称", "学生营养餐", "资金使用期间", "2024年1月至2024年12月"]], None),
        ([["项目名称", "学生营养餐", "合同期间", "2024年3月-2027年2月"]], None),
        ([["项目执行期", "2023年1月-2025年12月"], ["项目名称", "学生营养餐"]], None),
        ([["项目实施期间", "2022年1月-2024年12月"], ["项目名称", "学生营养餐"]], None),
        (
            [["项目建设期", "2023年-2025年"], "跟踪时段：2024年1-8月", ["项目名称", "学生营养餐"]],
            ("2024-01", "2024-08"),
        ),
    ],
)
def test_a_period_beside_the_project_fields(
    rows: list[list[str] | str], period: tuple[str, str] | None
) -> None:
    table = read(
        "2024年项目绩效跟踪表",
        *rows,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "受益学生人数", "≥1.2万人", "1.1万人"],
    )
    assert period_of(table) == period
    assert table.project is not None
    assert table.project.name == "学生营养餐"
    assert [indicator.name for indicator in table.indicators] == ["受益学生人数"]


@pytest.mark.parametrize(
    ("total", "grade", "published", "findings"),
    [
        ("95", "A", ("95", "优"), []),  # letter grades: A 优, B 良, C 中, D 差
        ("85", "B级", ("85", "良"), []),
        ("85", "B级（良）", ("85", "良"), []),
        ("95", "A（95分）", ("95", "优"), []),
        (
            "（94.5）",
            "优（95分）",
            ("94.5", "优"),
            [],
        ),  # brackets around the total, after the grade
        ("94.5分", "90分以上", ("94.5", None), ["malformed-points"]),  # said, not lost
        ("94.5", "—", ("94.5", None), []),  # a placeholder is no grade and no finding
    ],
)
def test_printed_totals_and_grades(
    total: str, grade: str, published: tuple[str, str | None], findings: list[str]
) -> None:
    table = read(
        "2024年项目支出绩效自评表",
        ["项目名称", "学生营养餐"],
        SELF_HEADER,
        ["产出指标", "数量指标", "受益学生人数", "≥1.2万人", "1.3万人", "100", "100"],
        ["总分", "", "", "", "", "100", total],
        ["自评等级", grade],
    )
    assert (str(table.published.total), table.published.grade) == published
    assert [finding.id for finding in table.findings] == findings


def test_a_conclusion_sentence_is_no_malformed_grade() -> None:
    table = read(
        "2024年项目支出绩效自评表",
        ["项目名称", "学生营养餐"],
        SELF_HEADER,
        ["产出指标", "数量指标", "受益学生人数", "≥1.2万人", "1.3万人", "100", "100"],
        ["自评结论", "项目按计划实施，各项指标完成情况较好，资金使用规范"],
    )
    assert table.findings == ()


# ---------------------------------------------------------------------------
# A blank 三级 name, a level's name as the name, rows split over two


SELF_WITH_REASON = [*SELF_HEADER, "偏差原因分析"]


def said(table: perftrack.Table, *ids: str) -> list[tuple[str, str, str | None, str]]:
    """The reader's findings of *ids*: id, severity, cell and message."""
    return [
        (f.id, f.severity.value, f.where.cell, f.message) for f in table.findings if f.id in ids
    ]


def rows_of(table: perftrack.Table) -> list[tuple[str, str, str, Decimal | None, Decimal | None]]:
    return [
        (i.name, i.target.text if i.target else "", i.actual.text if i.actual else "", i.weight,
         i.published_points)
        for i in table.indicators
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("level2", "target", "actual"),
    [
        ("质量指标", "≥95%", "96%"),
        ("时效指标", "2023年10月底前", "2023年10月20日"),
        ("社会效益指标", "提升", "提升"),
        ("服务对象满意度指标", "≥90%", "93%"),
    ],
)
def test_a_blank_name_under_a_printed_level_keeps_the_values_under_their_columns(
    level2: str, target: str, actual: str
) -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_WITH_REASON,
        ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "10", "10"],
        ["", level2, "", target, actual, "10", "9", "进度滞后"],
    )
    blank = table.indicators[1]
    assert (blank.name, blank.level2, blank.target.text if blank.target else None) == (
        "",
        level2,
        target,
    )
    assert (blank.actual.text if blank.actual else None, blank.weight, blank.published_points) == (
        actual,
        Decimal(10),
        Decimal(9),
    )
    assert blank.deviation_reason == "进度滞后"
    assert said(table, "missing-name", "layout-normalised") == [
        (
            "missing-name",
            "warning",
            "C5",
            f"三级指标名称为空（二级指标“{level2}”，年度指标值“{target}”）",
        )
    ]


def test_a_blank_name_beside_a_blank_unit_column() -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "单位", "年度指标值", "实际完成值", "分值", "得分"],
        ["效益指标", "社会效益指标", "非遗进校园覆盖学校", "所", "≥30", "32", "10", "10"],
        ["", "可持续影响指标", "", "", "传承体系健全", "健全", "10", "10"],
    )
    assert rows_of(table)[1] == ("", "传承体系健全", "健全", Decimal(10), Decimal(10))
    assert [f.id for f in table.findings] == ["missing-name"]


@pytest.mark.parametrize(
    ("second", "expected_name", "findings"),
    [
        pytest.param(
            ["", "", "", "≥10期", "8期", "10", "8"],
            "培训人次",
            # a text file cannot tell an empty cell from a merged one: info
            [("missing-name", "info", "C5")],
            id="own-points-carried-and-said",
        ),
        pytest.param(
            ["", "", "", "≥10期", "8期", "", ""],
            "培训人次",
            [("layout-normalised", "info", "C4")],
            id="points-merged-over-both-rows",
        ),
    ],
)
def test_a_blank_name_below_a_name_is_carried_and_said(
    second: list[str], expected_name: str, findings: list[tuple[str, str, str]]
) -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "20", "18"],
        second,
    )
    assert names(table) == ["培训人次", expected_name]
    assert [(f.id, f.severity.value, f.where.cell) for f in table.findings] == findings
    if findings[0][0] == "missing-name":
        assert table.findings[0].message == (
            "三级指标名称为空，已沿用上一行的“培训人次”（如为合并单元格可忽略，否则请补填名称）"
        )


def test_a_blank_name_below_a_blank_name_stays_blank() -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "质量指标", "", "≥95%", "96%", "10", "10"],
        ["", "", "", "≥98%", "99%", "10", "10"],
    )
    assert rows_of(table) == [
        ("", "≥95%", "96%", Decimal(10), Decimal(10)),
        ("", "≥98%", "99%", Decimal(10), Decimal(10)),
    ]
    assert [(f.id, f.where.cell) for f in table.findings] == [
        ("missing-name", "C4"),
        ("missing-name", "C5"),
    ]


def test_a_tracking_row_with_a_blank_name_keeps_its_target() -> None:
    table = read(
        "项目支出绩效跟踪表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER[:4], "跟踪期计划完成值", "跟踪期实际完成值", "偏差原因分析"],
        ["效益指标", "生态效益指标", "河道水质", "达到Ⅲ类", "Ⅲ类", "Ⅲ类"],
        ["", "社会效益指标", "", "≥2.3万人", "—", "—", "工程未完工"],
    )
    blank = table.indicators[1]
    assert (blank.name, blank.target.text if blank.target else None) == ("", "≥2.3万人")
    assert blank.deviation_reason == "工程未完工"
    assert [f.id for f in table.findings] == ["missing-name"]


@pytest.mark.parametrize("level1", ["产出指标", ""])
@pytest.mark.parametrize(
    ("level2", "target", "actual"),
    [
        ("成本指标", "≤150万元", "138万元"),
        ("时效指标", "2023年10月底前", "2023年10月20日"),
        ("质量指标", "工程验收合格率100%", "100%"),
        ("经济效益指标", "≥500万元", "520万元"),
    ],
)
def test_a_level_name_in_the_name_column_is_the_name(
    level1: str, level2: str, target: str, actual: str
) -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "10", "10"],
        [level1, level2, level2, target, actual, "5", "5"],
    )
    assert rows_of(table)[1] == (level2, target, actual, Decimal(5), Decimal(5))
    assert table.indicators[1].level2 == level2
    assert said(table, "name-is-level", "layout-normalised") == [
        ("name-is-level", "info", "C5", f"三级指标名称“{level2}”为指标层级名称，未写明具体指标")
    ]


@pytest.mark.parametrize("name", ["服务对象满意度", "群众满意度", "质量指标达标率"])
def test_a_name_that_is_no_level_name_is_not_said(name: str) -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_HEADER,
        ["满意度指标", "服务对象满意度指标", name, "≥90%", "93%", "10", "10"],
    )
    assert names(table) == [name]
    assert not said(table, "name-is-level", "missing-name")


# Rows split over two: (rows after the header) → (name, target, actual, weight, points)
# of each indicator, the reason of the first, and the findings (id, severity, cell).
SPLIT_ROWS = [
    pytest.param(
        [
            ["产出指标", "数量指标", "65岁以上老年人健", "≥3.5万", "3.62万", "10", "10", ""],
            ["", "", "康管理人数", "人", "人", "", "", ""],
        ],
        [("65岁以上老年人健康管理人数", "≥3.5万人", "3.62万人", Decimal(10), Decimal(10))],
        "",
        [("split-row", "warning", "C5")],
        id="name-and-units",
    ),
    pytest.param(
        [
            [
                "产出指标",
                "数量指标",
                "村卫生室标准化建设",
                "≥40",
                "38个",
                "10",
                "8",
                "2个村卫生室因选址调整",
            ],
            ["", "", "", "个", "", "", "", "顺延至2024年建设"],
        ],
        [("村卫生室标准化建设", "≥40个", "38个", Decimal(10), Decimal(8))],
        "2个村卫生室因选址调整顺延至2024年建设",
        [("split-row", "warning", "D5")],
        id="unit-and-reason",
    ),
    pytest.param(
        [
            [
                "产出指标",
                "时效指标",
                "项目完工时间",
                "2023年11月30日前",
                "2023年12月",
                "5",
                "3",
                "因雨季影响施工推迟，",
            ],
            ["", "", "", "", "", "", "", "于12月中旬全部完工"],
        ],
        [("项目完工时间", "2023年11月30日前", "2023年12月", Decimal(5), Decimal(3))],
        "因雨季影响施工推迟，于12月中旬全部完工",
        [("layout-normalised", "info", "H5")],
        id="reason-alone",
    ),
    pytest.param(
        [
            [
                "产出指标",
                "时效指标",
                "补助资金发放时间",
                "2023年12月",
                "2023年12月15日",
                "5",
                "5",
                "",
            ],
            ["", "", "", "底前", "", "", "", ""],
        ],
        [("补助资金发放时间", "2023年12月底前", "2023年12月15日", Decimal(5), Decimal(5))],
        "",
        [("split-row", "warning", "D5")],
        id="deadline-tail",
    ),
    pytest.param(
        [
            ["产出指标", "质量指标", "基层医疗卫生机构", "", "", "", "", ""],
            ["", "", "诊疗量占比", "≥65%", "63.2%", "10", "9", "就诊习惯未改变"],
        ],
        [("基层医疗卫生机构诊疗量占比", "≥65%", "63.2%", Decimal(10), Decimal(9))],
        "就诊习惯未改变",
        [("split-row", "warning", "C4")],
        id="name-alone-with-levels-heads-the-row-below",
    ),
    pytest.param(
        [
            [
                "效益指标",
                "社会效益指标",
                "交通事故死亡人数",
                "较上年下降",
                "下降12%",
                "15",
                "15",
                "",
            ],
            ["", "", "群众出行安全", "", "", "", "", ""],
            ["", "", "水平", "明显提升", "明显提升", "10", "10", ""],
        ],
        [
            ("交通事故死亡人数", "较上年下降", "下降12%", Decimal(15), Decimal(15)),
            ("群众出行安全水平", "明显提升", "明显提升", Decimal(10), Decimal(10)),
        ],
        "",
        [("split-row", "warning", "C5")],
        id="name-alone-heads-the-row-below",
    ),
    pytest.param(
        [
            ["产出指标", "数量指标", "参保人数", "城镇居民≥8.5万人", "8.6万人", "10", "9.5", ""],
            ["", "", "", "农村居民≥21万人", "20万人", "", "", ""],
        ],
        [
            ("参保人数", "城镇居民≥8.5万人", "8.6万人", Decimal(5), Decimal("4.75")),
            ("参保人数", "农村居民≥21万人", "20万人", Decimal(5), Decimal("4.75")),
        ],
        "",
        [("layout-normalised", "info", "C4")],
        id="control-a-second-target-is-no-fragment",
    ),
    pytest.param(
        [
            ["产出指标", "质量指标", "工程质量", "验收合格", "合格", "10", "10", ""],
            ["", "", "", "提升", "提升", "", "", ""],
        ],
        [
            ("工程质量", "验收合格", "合格", Decimal(5), Decimal(5)),
            ("工程质量", "提升", "提升", Decimal(5), Decimal(5)),
        ],
        "",
        [("layout-normalised", "info", "C4")],
        id="control-a-word-a-value-reads-is-no-fragment",
    ),
]


@pytest.mark.parametrize(("grid", "expected", "reason", "findings"), SPLIT_ROWS)
def test_a_row_split_over_two_is_joined(
    grid: list[list[str]],
    expected: list[tuple[str, str, str, Decimal | None, Decimal | None]],
    reason: str,
    findings: list[tuple[str, str, str]],
) -> None:
    table = read("2023年度项目支出绩效自评表", ["项目名称", "示例"], SELF_WITH_REASON, *grid)
    assert rows_of(table) == expected
    assert table.indicators[0].deviation_reason == reason
    assert [(f.id, f.severity.value, f.where.cell) for f in table.findings] == findings


def test_a_split_row_says_what_it_joined() -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_WITH_REASON,
        ["产出指标", "数量指标", "65岁以上老年人健", "≥3.5万", "3.62万", "10", "10", ""],
        ["", "", "康管理人数", "人", "人", "", "", ""],
        ["", "质量指标", "基层医疗卫生机构", "", "", "", "", ""],
        ["", "", "诊疗量占比", "≥65%", "63.2%", "10", "9", ""],
    )
    assert [f.message for f in table.findings] == [
        "第5行（康管理人数 | 人 | 人）为上一行的续行，已并入指标“65岁以上老年人健康管理人数”，请核对",
        "第6行只有三级指标名称“基层医疗卫生机构”，已与下一行合并为指标“基层医疗卫生机构诊疗量占比”，请核对",
    ]
    # the joined row keeps the row of its values
    assert [i.position.row if i.position else None for i in table.indicators] == [4, 7]


def test_a_lone_cell_in_a_grid_without_points_is_said_not_dropped() -> None:
    table = read(
        "项目支出绩效跟踪表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER, "偏差原因分析"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "60人次", "因疫情推迟，"],
        ["", "", "", "", "", "下半年补齐"],
    )
    assert names(table) == ["培训人次"]
    assert said(table, "split-row") == [
        (
            "split-row",
            "warning",
            "F5",
            "第5行只有“下半年补齐”，未作为指标读取，请核对是否为上下行的续行",
        )
    ]


def test_a_note_under_an_empty_reason_is_no_continuation() -> None:
    # the row above the note was struck out (or deleted): the note is not the reason of
    # the indicator before it
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_WITH_REASON,
        ["产出指标", "数量指标", "受益人口", "≥3.5万人", "3.62万人", "10", "10", ""],
        ["", "", "", "", "", "", "", "该指标经批准调减"],
    )
    assert table.indicators[0].deviation_reason == ""
    assert said(table, "split-row", "layout-normalised") == [
        (
            "split-row",
            "warning",
            "H5",
            "第5行只有“该指标经批准调减”，未作为指标读取，请核对是否为上下行的续行",
        )
    ]


def test_a_split_row_in_a_word_document() -> None:
    from fixtures_office import docx_bytes  # noqa: PLC0415

    grid = [
        ["项目名称", "示例", "", "", "", "", "", ""],
        SELF_WITH_REASON,
        ["产出指标", "数量指标", "65岁以上老年人健", "≥3.5万", "3.62万", "10", "10", ""],
        ["", "", "康管理人数", "人", "人", "", "", ""],
        ["", "", "村卫生室标准化建设", "≥40", "38个", "10", "8", "2个村卫生室因选址调整"],
        ["", "", "", "个", "", "", "", "顺延至2024年建设"],
        ["", "质量指标", "基层医疗卫生机构", "", "", "", "", ""],
        ["", "", "诊疗量占比", "≥65%", "63.2%", "10", "9", ""],
    ]
    data = docx_bytes(["2023年度项目支出绩效自评表", grid], merges={0: ["B1:H1", "A3:A8"]})
    (table,) = perftrack.read(data)
    assert rows_of(table) == [
        ("65岁以上老年人健康管理人数", "≥3.5万人", "3.62万人", Decimal(10), Decimal(10)),
        ("村卫生室标准化建设", "≥40个", "38个", Decimal(10), Decimal(8)),
        ("基层医疗卫生机构诊疗量占比", "≥65%", "63.2%", Decimal(10), Decimal(9)),
    ]
    assert table.indicators[1].deviation_reason == "2个村卫生室因选址调整顺延至2024年建设"
    assert not [i for i in table.indicators if i.actual is None]


# ---------------------------------------------------------------------------
# A department-wide (部门整体) table after another table, without a title: its
# unit's label starts it, as a second 项目名称 starts a project's


def read_all(*rows: list[str] | str) -> tuple[perftrack.Table, ...]:
    """Every table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    return perftrack.read_text("\n".join(lines), format="text")


PROJECT_TABLE = [
    ["项目名称", "2023年重点区域生态保护修复项目"],
    ["主管部门", "某县林业局", "实施单位", "某县林业技术推广站"],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "500.00", "480.00", "456.30", "10", "95.06%", "9.51"],
    ["年度总体目标", "完成人工造林3000亩"],
    SELF_HEADER,
    ["产出指标", "数量指标", "完成人工造林面积", "≥3000亩", "3150亩", "40", "40"],
    ["效益指标", "生态效益指标", "森林覆盖率提高", "≥0.2个百分点", "0.23个百分点", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93.5%", "20", "19.75"],
    ["总分", "", "", "", "", "100", "98.75"],
]


def department_table(label: str, unit: str, *, total: str = "95.79") -> list[list[str]]:
    """A department-wide self-evaluation table led by *label* naming *unit*."""
    return [
        [label, unit],
        ["年度预算（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "2860.00", "3012.50", "2950.10", "10", "97.93%", "9.79"],
        ["年度总体目标", "全年组织送戏下乡120场以上"],
        SELF_HEADER,
        ["产出指标", "数量指标", "组织送戏下乡场次", "≥120场", "128场", "50", "50"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "40", "36"],
        ["总分", "", "", "", "", "100", total],
    ]


# The unit's label, and the project field it fills (部门名称 is the name and the department).
UNIT_LABELS = [
    pytest.param("部门名称", {"name": "某县文化和旅游局", "department": "某县文化和旅游局"}),
    pytest.param(
        "部门（单位）名称", {"name": "某县文化和旅游局", "department": "某县文化和旅游局"}
    ),
    pytest.param("单位名称", {"implementer": "某县文化和旅游局"}),
    pytest.param("预算部门", {"department": "某县文化和旅游局"}),
    pytest.param("预算单位", {"implementer": "某县文化和旅游局"}),
    pytest.param("主管部门", {"department": "某县文化和旅游局"}),
    pytest.param(
        "部门名称：某县文化和旅游局",
        {"name": "某县文化和旅游局", "department": "某县文化和旅游局"},
        id="label-and-colon",
    ),
]


@pytest.mark.parametrize("lead_in", [None, "某县文化和旅游局部门整体支出绩效自评情况详见下表。"])
@pytest.mark.parametrize(("label", "fields"), UNIT_LABELS)
def test_a_department_table_after_a_project_table_is_a_table_of_its_own(
    label: str, fields: dict[str, str], lead_in: str | None
) -> None:
    unit = "" if "：" in label else "某县文化和旅游局"
    between = [lead_in] if lead_in else []
    project, department = read_all(*PROJECT_TABLE, *between, *department_table(label, unit))
    assert (project.project.name, names(project)) == (
        "2023年重点区域生态保护修复项目",
        ["完成人工造林面积", "森林覆盖率提高", "林农满意度"],
    )
    assert project.published is not None
    assert project.published.total == Decimal("98.75")
    assert [line.initial for line in project.budget] == [Decimal("500.00")]
    assert names(department) == ["组织送戏下乡场次", "群众满意度"]
    assert department.published is not None
    assert department.published.total == Decimal("95.79")
    assert [line.initial for line in department.budget] == [Decimal("2860.00")]
    said_fields = {
        name: getattr(department.project, name)
        for name in ("name", "department", "implementer")
        if getattr(department.project, name) is not None
    }
    assert said_fields == fields
    assert department.title is None


def test_two_departments_in_a_row_are_two_tables() -> None:
    first, second = read_all(
        *department_table("部门名称", "某县文化和旅游局"),
        *department_table("部门名称", "某县体育局", total="90.00"),
    )
    assert (first.project.name, len(first.indicators)) == ("某县文化和旅游局", 2)
    assert (second.project.name, len(second.indicators)) == ("某县体育局", 2)
    assert second.published is not None
    assert second.published.total == Decimal("90.00")


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([["预算单位", "某县林业局"], ["主管部门", "某县林业局"]], id="fields-above"),
        pytest.param([["单位名称", "某县林业技术推广站"]], id="一体化-unit-row"),
    ],
)
def test_unit_labels_in_a_project_header_start_no_table(rows: list[list[str]]) -> None:
    # Before the grid they are the project's fields, whatever their order.
    table = read(
        ["项目名称", "示例项目"],
        *rows,
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "100", "100"],
    )
    assert table.project.name == "示例项目"
    assert names(table) == ["培训人次"]


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param(["主管部门（盖章）：", "实施单位（盖章）："], id="seals"),
        pytest.param(["预算单位：某县林业局", "填报人：张三"], id="beside-a-filler"),
        pytest.param(["单位名称：", "填报日期：2024年3月1日"], id="empty-beside-a-date"),
        pytest.param(["主管部门意见", "同意"], id="an-opinion"),
        pytest.param(["主管部门满意度", "≥90%", "95%", "10", "10"], id="an-indicator"),
    ],
)
def test_a_unit_label_under_the_grid_without_a_unit_starts_no_table(
    signature: list[str],
) -> None:
    tables = read_all(
        ["项目名称", "示例项目"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120", "90", "90"],
        signature,
    )
    assert [table.project.name for table in tables] == ["示例项目"]


@pytest.mark.parametrize(
    ("title", "taken"),
    [
        ("2023年度项目支出绩效自评表", None),
        ("2023年度部门整体支出绩效自评表", "2023年度部门整体支出绩效自评表"),
    ],
)
def test_a_department_table_takes_no_project_tables_title(title: str, taken: str | None) -> None:
    # Under one heading, a table split off at 部门名称 takes the heading's kind and
    # year, and its title only when that is a department-wide one.
    first, second = read_all(
        title,
        *department_table("部门名称", "某县文化和旅游局"),
        *department_table("部门名称", "某县体育局"),
    )
    assert first.title == title
    assert second.title == taken
    assert second.kind is TableKind.SELF_EVALUATION


# regress15 W2: a row of its own values under a scored row is an indicator, its 分值 and
# 得分 merged with the row above (blank in a text export): (lower row) → the indicators
# (name, target, actual) and the split-row / layout-normalised findings.
SCORED_UPPER = ["效益指标", "社会效益指标", "受益人口", "≥3万人", "3.2万人", "20", "20", ""]
OWN_ROWS = [
    pytest.param(["", "", "饮水安全", "保障", "有保障"], id="baozhang"),
    pytest.param(["", "", "工程运行", "正常", "正常"], id="zhengchang"),
    pytest.param(["", "", "水价", "合理", "合理"], id="heli"),
    pytest.param(["", "", "群众饮水", "安全", "安全"], id="anquan"),
    pytest.param(["", "", "水源地", "保护", "已保护"], id="baohu"),
    pytest.param(["", "", "档案", "完整", "完整"], id="wanzheng"),
    pytest.param(["", "", "宣传", "到位", "到位"], id="daowei"),
    pytest.param(["", "", "管理", "有序", "有序"], id="youxu"),
    pytest.param(["", "", "长效运行", "长效", "长效"], id="changxiao"),
    pytest.param(["", "", "供水时长", "24小时", "24小时"], id="figure"),
    # a word under the target, the actual empty: still a value of its own
    pytest.param(["", "", "服务", "优质", ""], id="target-word-alone"),
]


@pytest.mark.parametrize("lower", OWN_ROWS)
def test_a_row_of_its_own_values_under_merged_points_is_an_indicator(lower: list[str]) -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "城乡供水"],
        SELF_WITH_REASON,
        SCORED_UPPER,
        lower,
    )
    assert [(name, target, actual) for name, target, actual, _, _ in rows_of(table)] == [
        ("受益人口", "≥3万人", "3.2万人"),
        (lower[2], lower[3], lower[4]),
    ]
    assert not said(table, "split-row", "layout-normalised")


# What completes the cell above, and what does not: (target above, cell below) → joined
FRAGMENTS = [
    ("≥3.5万", "人", True),
    ("≥40", "个", True),
    ("≥1.2", "万人次", True),
    ("2023年12月", "底前", True),
    ("2023年11月30日", "前", True),
    ("2023年12月31", "日前", True),
    ("2023年12月", "中旬", True),
    ("≥3万人", "保障", False),  # a word that stands as a value
    ("≥3万人", "人", False),  # the figure has its unit
    ("健全", "长效", False),
    ("2023年12月底前", "前", False),  # the date has its tail
    ("≥40", "底前", False),  # no date above a date's tail
    ("合格", "个", False),  # no figure above a unit
]


@pytest.mark.parametrize(("above", "below", "joined"), FRAGMENTS)
def test_a_value_cell_continues_only_what_it_completes(
    above: str, below: str, *, joined: bool
) -> None:
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "示例"],
        SELF_WITH_REASON,
        ["产出指标", "数量指标", "培训", above, "", "10", "10"],
        ["", "", "人次", below, "", "", ""],
    )
    indicators = [(name, target) for name, target, _, _, _ in rows_of(table)]
    assert indicators == (
        [("培训人次", above + below)] if joined else [("培训", above), ("人次", below)]
    )
    assert [f.id for f in table.findings if f.id == "split-row"] == (
        ["split-row"] if joined else []
    )


def merged_points_grid(lower_name: str) -> list[list[str]]:
    return [
        ["项目名称", "城乡供水", "", "", "", "", "", ""],
        SELF_WITH_REASON,
        ["效益指标", "社会效益指标", "受益人口", "≥3万", "3.2万", "20", "20", ""],
        ["", "", lower_name, "人", "人", "", "", ""],
    ]


@pytest.mark.parametrize("kind", ["xlsx", "xls", "docx", "doc"])
def test_points_merged_over_both_rows_are_no_continuation(kind: str) -> None:
    # The same rows joined in a text export (name fragment, units) stay two indicators
    # where the source says the 分值 and 得分 are merged over both (F3:F4, G3:G4).
    from doc_builders import doc_bytes  # noqa: PLC0415
    from fixtures_office import docx_bytes, xls_bytes, xlsx_bytes  # noqa: PLC0415

    grid = merged_points_grid("饮水安全人数")
    title = "2024年度项目支出绩效自评表"
    ranges = ["F3:F4", "G3:G4"]
    if kind == "xlsx":
        data = xlsx_bytes({"表1": [[title], *grid]}, merges={"表1": ["F4:F5", "G4:G5"]})
    elif kind == "xls":
        data = xls_bytes({"表1": [[title], *grid]}, merges={"表1": ["F4:F5", "G4:G5"]})
    elif kind == "docx":
        data = docx_bytes([title, grid], merges={0: ranges})
    else:
        data = doc_bytes([title, grid], merges={0: ranges})
    (table,) = perftrack.read(data)
    assert names(table) == ["受益人口", "饮水安全人数"]
    assert not said(table, "split-row", "layout-normalised")
    # the text export of the same rows: joined, and said
    text = read(title, *grid)
    assert names(text) == ["受益人口饮水安全人数"]
    assert [f.id for f in text.findings if f.id == "split-row"] == ["split-row"]


# regress15 W8: a name merged down over two rows is the name of both; what is said of
# the carried name by what the format records of merged cells.
MERGED_NAME_GRID = [
    ["项目名称", "农机购置补贴", "", "", "", "", ""],
    SELF_HEADER,
    ["产出指标", "数量指标", "补贴机具数量", "≥500台", "520台", "10", "10"],
    ["", "", "", "≥300户", "310户", "10", "10"],
    ["", "时效指标", "补贴发放时间", "2024年6月底前", "2024年6月20日", "10", "10"],
    ["", "", "", "2024年12月底前", "2024年12月10日", "10", "10"],
]
CARRIED = "三级指标名称为空（非合并单元格），已沿用上一行的“{}”，请核对或补填名称"


def office_table(kind: str, merges: list[str]) -> perftrack.Table:
    """MERGED_NAME_GRID under a title as *kind*, *merges* counted from the grid's A1."""
    from doc_builders import doc_bytes  # noqa: PLC0415
    from fixtures_office import docx_bytes, xls_bytes, xlsx_bytes  # noqa: PLC0415

    title = "2024年度项目支出绩效自评表"
    if kind in ("xlsx", "xls"):
        # one title row above the grid: the ranges move one row down
        shifted = [
            ":".join(f"{ref[0]}{int(ref[1:]) + 1}" for ref in merge.split(":")) for merge in merges
        ]
        build = xlsx_bytes if kind == "xlsx" else xls_bytes
        data = build({"表1": [[title], *MERGED_NAME_GRID]}, merges={"表1": shifted})
    elif kind == "docx":
        data = docx_bytes([title, MERGED_NAME_GRID], merges={0: merges})
    elif kind == "html":
        from word_xml_builders import html_table  # noqa: PLC0415

        grid = html_table(MERGED_NAME_GRID, merges)
        data = f"<html><body><h3>{title}</h3>{grid}</body></html>".encode()
    else:
        data = doc_bytes([title, MERGED_NAME_GRID], merges={0: merges})
    (table,) = perftrack.read(data)
    return table


@pytest.mark.parametrize("kind", ["xlsx", "xls", "docx", "doc", "html"])
@pytest.mark.parametrize(
    ("merges", "expected"),
    [
        # both names merged (C3:C4, C5:C6): nothing to say
        (["C3:C4", "C5:C6", "A3:A6", "B3:B4", "B5:B6"], []),
        # the first merged, the second typed empty: said for the second only
        (
            ["C3:C4", "A3:A6", "B3:B4", "B5:B6"],
            [("missing-name", "warning", "C7", CARRIED.format("补贴发放时间"))],
        ),
        # no merge at all: both said
        (
            [],
            [
                ("missing-name", "warning", "C5", CARRIED.format("补贴机具数量")),
                ("missing-name", "warning", "C7", CARRIED.format("补贴发放时间")),
            ],
        ),
    ],
)
def test_a_merged_name_is_not_said_where_the_format_records_merges(
    kind: str, merges: list[str], expected: list[tuple[str, str, str, str]]
) -> None:
    table = office_table(kind, merges)
    assert names(table) == ["补贴机具数量", "补贴机具数量", "补贴发放时间", "补贴发放时间"]
    found = [
        (i, s, c if kind in ("xlsx", "xls", "html") else None, m)
        for i, s, c, m in said(table, "missing-name")
    ]
    placed = kind in ("xlsx", "xls", "html")
    assert found == [(i, s, c if placed else None, m) for i, s, c, m in expected]


def test_a_carried_name_in_a_text_export_is_information() -> None:
    table = read("2024年度项目支出绩效自评表", *MERGED_NAME_GRID)
    assert said(table, "missing-name") == [
        (
            "missing-name",
            "info",
            "C5",
            "三级指标名称为空，已沿用上一行的“补贴机具数量”（如为合并单元格可忽略，否则请补填名称）",
        ),
        (
            "missing-name",
            "info",
            "C7",
            "三级指标名称为空，已沿用上一行的“补贴发放时间”（如为合并单元格可忽略，否则请补填名称）",
        ),
    ]


# ---------------------------------------------------------------------------
# The page header of a paginated export repeated inside the grid: the grid goes on

GRID_TOP = [
    ["项目名称", "2023年重点区域生态保护修复项目"],
    ["主管部门", "某县林业局", "实施单位", "某县林业技术推广站"],
    SELF_HEADER,
    ["产出指标", "数量指标", "完成人工造林面积", "≥3000亩", "3150亩", "40", "40"],
    ["产出指标", "质量指标", "苗木成活率", "≥85%", "90%", "30", "30"],
]
GRID_BOTTOM = [
    ["效益指标", "生态效益指标", "森林覆盖率提高", "≥0.2个百分点", "0.23个百分点", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93.5%", "10", "9.75"],
    ["总分", "", "", "", "", "100", "99.75"],
]


@pytest.mark.parametrize(
    "page_header",
    [
        pytest.param(
            [["预算单位：某县林业技术推广站", "", "", "", "", "", "金额单位：万元"]],
            id="own-unit-and-amount-unit",
        ),
        pytest.param(
            [["预算单位：某县林业技术推广站", "", "", "", "", "", "金额单位：万元"], SELF_HEADER],
            id="own-unit-then-the-header-again",
        ),
        pytest.param([["单位名称：某县林业技术推广站"], SELF_HEADER], id="unit-name-then-header"),
        pytest.param(
            [["单位名称：某县林业技术推广站"], SELF_HEADER, SELF_HEADER], id="header-twice"
        ),
        pytest.param(
            [["预算单位：某县林业技术推广站", "", "", "", "", "", "第1页"]], id="page-number"
        ),
        pytest.param(
            [["预算单位：某县林业局", "", "", "", "", "", "单位：万元"], SELF_HEADER],
            id="the-department-and-a-unit-of-money",
        ),
        pytest.param([["部门名称", "某县林业局"]], id="rows-go-on-under-it"),
        pytest.param([["预算单位", "某县自然资源局"], SELF_HEADER], id="header-then-rows-go-on"),
        pytest.param(
            [["预算单位", "某县自然资源局"], ["金额单位：万元"], ["第2页"]],
            id="page-marks-on-rows-of-their-own",
        ),
    ],
)
def test_a_page_header_inside_the_grid_starts_no_table(page_header: list[list[str]]) -> None:
    tables = read_all(*GRID_TOP, *page_header, *GRID_BOTTOM)
    assert [(table.project.name, names(table)) for table in tables] == [
        (
            "2023年重点区域生态保护修复项目",
            ["完成人工造林面积", "苗木成活率", "森林覆盖率提高", "林农满意度"],
        )
    ]
    (table,) = tables
    assert (table.project.department, table.project.implementer) == (
        "某县林业局",
        "某县林业技术推广站",
    )
    assert table.published is not None
    assert table.published.total == Decimal("99.75")


def test_a_page_header_gives_a_unit_the_table_lacks() -> None:
    (table,) = read_all(
        ["项目名称", "2023年重点区域生态保护修复项目"],
        *GRID_TOP[2:],
        ["预算单位：某县林业技术推广站", "", "", "", "", "", "金额单位：万元"],
        *GRID_BOTTOM,
    )
    assert table.project.implementer == "某县林业技术推广站"
    assert len(table.indicators) == 4


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            [["部门名称：某县文化和旅游局", "", "", "", "", "", "金额单位：万元"]], id="page-marks"
        ),
        pytest.param(
            [["部门名称", "某县文化和旅游局"], ["金额单位：万元"]], id="amount-unit-below"
        ),
    ],
)
def test_a_department_table_printed_with_its_amount_unit_is_a_table_of_its_own(
    lead: list[list[str]],
) -> None:
    # A budget block after the label: the head of a table, whatever the label carries.
    project, department = read_all(*PROJECT_TABLE, *lead, *department_table("", "")[1:])
    assert names(project) == ["完成人工造林面积", "森林覆盖率提高", "林农满意度"]
    assert (department.project.name, names(department)) == (
        "某县文化和旅游局",
        ["组织送戏下乡场次", "群众满意度"],
    )


def test_a_department_grid_after_a_total_is_a_table_of_its_own() -> None:
    # No budget block: the grid header after another unit's label, the grid above closed.
    project, department = read_all(
        *PROJECT_TABLE,
        ["部门名称", "某县文化和旅游局"],
        *department_table("", "")[4:],
    )
    assert names(project) == ["完成人工造林面积", "森林覆盖率提高", "林农满意度"]
    assert (department.project.name, names(department)) == (
        "某县文化和旅游局",
        ["组织送戏下乡场次", "群众满意度"],
    )


@pytest.mark.parametrize(
    "second_unit",
    [
        pytest.param("某县妇幼保健院", id="another-unit"),
        pytest.param("某县疾控中心", id="the-same-unit"),
    ],
)
def test_projects_led_by_their_budget_unit_keep_the_headings_title(second_unit: str) -> None:
    # 一体化 exports: 预算单位 | unit, then 项目名称: a project's table, not a department's.
    def project(unit: str, name: str) -> list[list[str]]:
        return [
            ["预算单位", unit],
            ["项目名称", name],
            ["主管部门", "某县卫生健康局"],
            SELF_HEADER,
            ["产出指标", "数量指标", "免疫接种人次", "≥5000人次", "5200人次", "60", "60"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94%", "40", "40"],
            ["总分", "", "", "", "", "100", "100"],
        ]

    first, second = read_all(
        "2024年度项目支出绩效自评表",
        *project("某县疾控中心", "免疫规划项目"),
        *project(second_unit, "孕产妇保健项目"),
    )
    assert [(t.title, t.project.name, t.project.implementer) for t in (first, second)] == [
        ("2024年度项目支出绩效自评表", "免疫规划项目", "某县疾控中心"),
        ("2024年度项目支出绩效自评表", "孕产妇保健项目", second_unit),
    ]
    assert second.kind is TableKind.SELF_EVALUATION
    assert names(second) == ["免疫接种人次", "群众满意度"]


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(SELF_HEADER, id="plain"),
        pytest.param(["序号", *SELF_HEADER], id="with-serial-numbers"),
    ],
)
@pytest.mark.parametrize("where", ["before-the-first-row", "between-rows"])
def test_a_grid_header_printed_again_is_no_indicator(header: list[str], where: str) -> None:
    serial = header[0] == "序号"

    def indicator(number: int, name: str) -> list[str]:
        cells = ["产出指标", "数量指标", name, "≥100人次", "120人次", "50", "50"]
        return [str(number), *cells] if serial else cells

    rows: list[list[str] | str] = [["项目名称", "示例项目"], header]
    if where == "before-the-first-row":
        rows += [header, indicator(1, "培训人次"), indicator(2, "宣传场次")]
    else:
        rows += [indicator(1, "培训人次"), header, indicator(2, "宣传场次")]
    assert names(read(*rows)) == ["培训人次", "宣传场次"]


def test_a_money_table_by_unit_under_the_grid_adds_no_indicator() -> None:
    tables = read_all(
        *GRID_TOP,
        *GRID_BOTTOM,
        ["预算单位", "年初预算数", "全年预算数", "全年执行数"],
        ["某县林业技术推广站", "100.00", "100.00", "98.00"],
    )
    assert [names(table) for table in tables] == [
        ["完成人工造林面积", "苗木成活率", "森林覆盖率提高", "林农满意度"]
    ]
