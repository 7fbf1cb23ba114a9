"""Hidden helper columns, ticked likelihoods, kept measures, wrapped prose (k31h).

read56 F2: a hidden column right of the grid with no header (staff notes, 核对：…) was
shifted into the empty 偏差原因 column, hiding ``missing-deviation-reason``. F3: a
likelihood ticked in brackets or after its word (``确定能完成（√）…``, ``确定能完成√``,
``确定能 √ 有可能 □``) or in tick columns under the judgement gave no likelihood or the
wrong one. F4: per-indicator and budget-line 改进措施 were dropped when the table had a
closing 纠偏措施 row. F5: reasons, measures and goals wrapped between Chinese characters
kept a space (``加快 协调进度``).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack import Likelihood

if TYPE_CHECKING:
    from collections.abc import Sequence

# ---------------------------------------------------------------------------
# Hidden columns without a header of the grid

_SELF_ROWS: list[list[object]] = [
    ["项目支出绩效自评表"],
    ["（2024年度）"],
    ["项目名称", "社区居家养老服务补贴"],
    ["主管部门", "某县民政局", None, "实施单位", "某县养老服务中心"],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ],
    ["产出指标", "数量指标", "服务老人人数", "≥1500人", "1620人", 30, 30, None],
    [None, "质量指标", "服务合格率", "≥95%", "97%", 20, 20, None],
    ["效益指标", "社会效益指标", "老年人生活质量", "有所提高", "有所提高", 30, 30, None],
    ["满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "86%", 10, 8, None],
]


def _xlsx(rows: Sequence[Sequence[object]], hidden: str | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "自评表"
    for row in rows:
        sheet.append(list(row))
    if hidden is not None:
        sheet.column_dimensions[hidden].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _with_column(header: str | None, notes: Sequence[str | None]) -> list[list[object]]:
    """The self-evaluation rows with a ninth column: *header* over the grid, *notes* by row."""
    rows = [list(row) for row in _SELF_ROWS]
    rows[4].append(header)
    for row, note in zip(rows[5:], notes, strict=True):
        row.append(note)
    return rows


_NOTES = ["核对：与台账一致", "核对：第三方抽查", None, "待补问卷"]


@pytest.mark.parametrize(
    ("header", "hidden", "reasons", "remarks"),
    [
        # no header over the hidden column: staff notes, left out
        pytest.param(None, "I", ["", "", "", ""], ["", "", "", ""], id="hidden-no-header"),
        # a header that names no column of the grid: left out too
        pytest.param("核对", "I", ["", "", "", ""], ["", "", "", ""], id="hidden-unread-header"),
        # a hidden column under a header the grid reads is read, as before
        pytest.param(
            "备注", "I", ["", "", "", ""], [*_NOTES[:2], "", *_NOTES[3:]], id="hidden-remarks"
        ),
    ],
)
def test_a_hidden_column_is_read_only_under_a_header_of_the_grid(
    header: str | None, hidden: str, reasons: list[str], remarks: list[str]
) -> None:
    (table,) = perftrack.read(_xlsx(_with_column(header, _NOTES), hidden))
    assert [i.deviation_reason for i in table.indicators] == reasons
    assert [i.remarks for i in table.indicators] == remarks
    assert "layout-normalised" not in [f.id for f in table.findings]
    card = perftrack.score(table)
    missing = [f.where.name for f in card.findings if f.id == "missing-deviation-reason"]
    assert missing == ["老人满意度"]


def test_the_control_without_the_hidden_column_reads_alike() -> None:
    hidden = perftrack.read(_xlsx(_with_column(None, _NOTES), "I"))[0]
    plain = perftrack.read(_xlsx(_SELF_ROWS))[0]
    assert hidden.indicators == plain.indicators


def test_a_hidden_note_on_one_tracking_row_feeds_no_field() -> None:
    rows: list[list[object]] = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
        ["项目名称", "重点人群免疫规划"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        [
            "产出指标",
            "数量指标",
            "免疫接种人数",
            "≥10000人",
            "5000人",
            "4200人",
            None,
            "旧值：≥9000人",
        ],
        [None, "质量指标", "接种率", "95%", "95%", "95%", None],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", None, None, "年底调查"],
    ]
    (table,) = perftrack.read(_xlsx(rows, "H"))
    assert [i.deviation_reason for i in table.indicators] == ["", "", "年底调查"]
    assert str(table.indicators[0].actual) == "4200(人)"


# ---------------------------------------------------------------------------
# Likelihoods ticked in brackets, after their words, in columns

_TRACK_HEAD = """财政项目支出绩效跟踪表
跟踪时段：2023年1月至2023年8月
项目名称\t两新党建工作
预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t84.88\t74.88\t15.00\t20.03
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值
产出指标\t数量指标\t津贴发放次数\t=2次\t1次\t1次
满意度指标\t服务对象满意度指标\t支部书记满意度\t≥80%\t80%\t80%
"""


def _judged(budget: str, goal: str = "有可能完成") -> perftrack.Table:
    text = (
        _TRACK_HEAD
        + f"绩效跟踪总体判断\t年度项目预算完成可能性\t{budget}\n"
        + f"\t年度绩效目标完成可能性\t{goal}\n"
        + "纠偏措施\t加快支付进度\n"
    )
    (table,) = perftrack.read_text(text)
    return table


_CERTAIN, _POSSIBLE, _IMPOSSIBLE = Likelihood.CERTAIN, Likelihood.POSSIBLE, Likelihood.IMPOSSIBLE


@pytest.mark.parametrize(
    ("cell", "likelihood", "unclear"),
    [
        ("确定能完成（√）有可能完成（ ）不可能完成（ ）", _CERTAIN, ""),
        ("确定能完成(√)有可能完成( )不可能完成( )", _CERTAIN, ""),
        ("确定能完成（ ）有可能完成（√）完全不可能完成（ ）", _POSSIBLE, ""),
        ("确定能完成（√）", _CERTAIN, ""),
        ("确定能完成√", _CERTAIN, ""),
        ("确定能完成 √", _CERTAIN, ""),
        ("确定能 √ 有可能 □ 不可能 □", _CERTAIN, ""),
        ("确定能 □ 有可能 □ 不可能 √", _IMPOSSIBLE, ""),
        ("确定能完成：√；有可能完成：；不可能完成：", _CERTAIN, ""),
        ("确定能完成（×）有可能完成（√）不可能完成（×）", _POSSIBLE, ""),
        ("确定能完成（✓）有可能完成（ ）", _CERTAIN, ""),
        # the forms read before, unchanged
        ("☑确定能完成 □有可能完成 □不可能完成", _CERTAIN, ""),
        ("□确定能完成 ■有可能完成 □不可能完成", _POSSIBLE, ""),
        ("☒确定能完成 ☐有可能完成 ☐不可能完成", _CERTAIN, ""),
        ("确定能完成", _CERTAIN, ""),
        ("有可能完成：", _POSSIBLE, ""),
        # none ticked, or two: no likelihood, and a warning
        (
            "确定能完成（ ）有可能完成（ ）不可能完成（ ）",
            None,
            "年度项目预算完成可能性“确定能完成（ ）有可能完成（ ）不可能完成（ ）”未勾选任何选项，无法判断",
        ),
        (
            "□确定能完成 □有可能完成 □不可能完成",
            None,
            "年度项目预算完成可能性“□确定能完成 □有可能完成 □不可能完成”未勾选任何选项，无法判断",
        ),
        (
            "☑确定能完成 ☑有可能完成 □不可能完成",
            None,
            "年度项目预算完成可能性“☑确定能完成 ☑有可能完成 □不可能完成”勾选了多项（确定能完成、有可能完成），无法判断",
        ),
        (
            "确定能 √ 有可能 √ 不可能 □",
            None,
            "年度项目预算完成可能性“确定能 √ 有可能 √ 不可能 □”勾选了多项（确定能、有可能），无法判断",
        ),
    ],
)
def test_a_judgement_ticked_in_any_form_is_read(
    cell: str, likelihood: Likelihood | None, unclear: str
) -> None:
    table = _judged(cell)
    assert table.judgement is not None
    assert table.judgement.budget_likelihood is likelihood
    assert table.judgement.budget_completion == cell
    assert table.judgement.goal_likelihood is _POSSIBLE
    messages = [f.message for f in table.findings if f.id == "likelihood-unclear"]
    assert messages == ([unclear] if unclear else [])
    if unclear:
        (finding,) = (f for f in table.findings if f.id == "likelihood-unclear")
        assert finding.where.cell == "C9"


def test_a_certain_tick_at_a_low_rate_is_optimistic() -> None:
    card = perftrack.score(_judged("确定能完成（√）有可能完成（ ）不可能完成（ ）"))
    (finding,) = (f for f in card.findings if f.id == "judgement-optimistic")
    assert "执行率20.03%低于序时进度66.67%" in finding.message


def test_a_judgement_inline_with_marked_options_reads_the_ticked_one() -> None:
    text = (
        _TRACK_HEAD
        + "绩效跟踪总体判断：年度项目预算完成可能性：确定能完成（ ）有可能完成（√）；"
        + "年度绩效目标完成可能性：确定能完成（√）有可能完成（ ）\n"
    )
    (table,) = perftrack.read_text(text)
    assert table.judgement is not None
    assert (table.judgement.budget_likelihood, table.judgement.goal_likelihood) == (
        _POSSIBLE,
        _CERTAIN,
    )


@pytest.mark.parametrize(
    ("budget_row", "goal_row", "expected", "unclear"),
    [
        (["", "√", ""], ["√", "", ""], ("有可能完成", _POSSIBLE, "确定能完成", _CERTAIN), 0),
        (["", "", "√"], ["", "✓", ""], ("不可能完成", _IMPOSSIBLE, "有可能完成", _POSSIBLE), 0),
        (
            ["√", "√", ""],
            ["√", "", ""],
            ("√确定能完成 √有可能完成 □不可能完成", None, "确定能完成", _CERTAIN),
            1,
        ),
        (
            ["", "", ""],
            ["√", "", ""],
            ("□确定能完成 □有可能完成 □不可能完成", None, "确定能完成", _CERTAIN),
            1,
        ),
    ],
)
def test_tick_columns_under_the_judgement_give_the_ticked_word(
    budget_row: list[str],
    goal_row: list[str],
    expected: tuple[str, Likelihood | None, str, Likelihood | None],
    unclear: int,
) -> None:
    text = (
        _TRACK_HEAD
        + "绩效跟踪总体判断\t\t确定能完成\t有可能完成\t不可能完成\n"
        + "\t年度项目预算完成可能性\t"
        + "\t".join(budget_row)
        + "\n\t年度绩效目标完成可能性\t"
        + "\t".join(goal_row)
        + "\n纠偏措施\t加快支付进度\n"
    )
    (table,) = perftrack.read_text(text)
    judgement = table.judgement
    assert judgement is not None
    assert (
        judgement.budget_completion,
        judgement.budget_likelihood,
        judgement.goal_completion,
        judgement.goal_likelihood,
    ) == expected
    assert [f.id for f in table.findings].count("likelihood-unclear") == unclear


_MONITOR = """项目支出绩效运行监控表
监控时段：2024年1月至7月
项目名称\t智慧社区平台运维
一级指标\t二级指标\t三级指标\t年度指标值\t1-7月执行情况\t全年预计完成情况\t完成目标可能性\t偏差原因分析
产出指标\t数量指标\t接入社区数\t≥45个\t30个\t45个\t确定能\t
\t时效指标\t故障响应时间\t≤2小时\t1.5小时\t≤2小时\t{cell}\t夜间值守人员不足
"""


@pytest.mark.parametrize(
    ("cell", "likelihood", "unclear"),
    [
        ("确定能（√）", _CERTAIN, ""),
        ("有可能（√）", _POSSIBLE, ""),
        ("确定能√", _CERTAIN, ""),
        ("确定能（ ）有可能（√）完全不可能（ ）", _POSSIBLE, ""),
        ("√有可能", _POSSIBLE, ""),
        ("有可能", _POSSIBLE, ""),
        (
            "确定能（ ）有可能（ ）",
            None,
            "指标“故障响应时间”完成目标可能性“确定能（ ）有可能（ ）”未勾选任何选项，无法判断",
        ),
        (
            "☑确定能 ☑有可能",
            None,
            "指标“故障响应时间”完成目标可能性“☑确定能 ☑有可能”勾选了多项（确定能、有可能），无法判断",
        ),
    ],
)
def test_an_indicators_likelihood_ticked_in_any_form_is_read(
    cell: str, likelihood: Likelihood | None, unclear: str
) -> None:
    (table,) = perftrack.read_text(_MONITOR.format(cell=cell))
    indicator = table.indicators[1]
    assert (indicator.likelihood, indicator.likelihood_text) == (likelihood, cell)
    findings = [f for f in table.findings if f.id == "likelihood-unclear"]
    assert [f.message for f in findings] == ([unclear] if unclear else [])
    if unclear:
        assert (findings[0].where.cell, findings[0].where.indicator) == ("G6", 1)


def test_two_ticks_under_the_likelihood_columns_give_none() -> None:
    text = """项目支出绩效目标执行监控表（2024年度）
监控时段：2024年1月至7月
项目名称\t示例项目
一级指标\t二级指标\t三级指标\t年度指标值\t1-7月执行情况\t全年预计完成情况\t完成目标可能性\t\t
\t\t\t\t\t\t确定能\t有可能\t完全不可能
产出指标\t数量指标\t新建供水工程\t15处\t8处\t15处\t√\t\t
\t质量指标\t水质达标率\t≥92%\t90%\t92%\t√\t√\t
"""
    (table,) = perftrack.read_text(text)
    assert [i.likelihood for i in table.indicators] == [_CERTAIN, None]
    (finding,) = (f for f in table.findings if f.id == "likelihood-unclear")
    assert "勾选了多项（确定能、有可能）" in finding.message


# ---------------------------------------------------------------------------
# 改进措施 of indicators and budget lines kept beside a closing 纠偏措施 row

_DRIFT = """财政项目支出绩效跟踪表
跟踪时段：2024年1月至2024年9月
项目名称\t街道环境卫生保洁
预算执行情况（万元）\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)\t偏差原因\t改进措施
\t年度资金总额\t600\t600\t380\t63.33\t保洁合同按季度结算\t加快结算进度
一级指标\t二级指标\t三级指标\t跟踪期实际完成值\t跟踪期计划完成值\t年度指标值\t偏差原因\t改进措施
产出指标\t数量指标\t保洁道路面积\t85万平方米\t85万平方米\t≥85万平方米\t\t
\t质量指标\t保洁质量考核达标率\t92%\t95%\t≥95%\t夏季垃圾量大\t增加作业频次
绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成
\t年度绩效目标完成可能性\t有可能完成
"""


@pytest.mark.parametrize(
    ("closing", "measures"),
    [
        ("", "年度资金总额：加快结算进度；保洁质量考核达标率：增加作业频次"),
        (
            "加强考核督查",
            "加强考核督查；年度资金总额：加快结算进度；保洁质量考核达标率：增加作业频次",
        ),
        # a closing row that already says a line's measure does not repeat it
        (
            "加快结算进度，加强考核督查",
            "加快结算进度，加强考核督查；保洁质量考核达标率：增加作业频次",
        ),
    ],
)
def test_line_measures_are_kept_beside_a_closing_row(closing: str, measures: str) -> None:
    text = _DRIFT + (f"纠偏措施\t{closing}\n" if closing else "")
    (table,) = perftrack.read_text(text)
    assert table.corrective_measures == measures
    assert table.indicators[1].deviation_reason == "夏季垃圾量大"


# ---------------------------------------------------------------------------
# Prose wrapped between Chinese characters: joined without a space


def test_wrapped_reasons_measures_and_goals_join_without_a_space() -> None:
    rows: list[list[object]] = [
        ["项目支出绩效自评表"],
        ["（2024年度）"],
        ["项目名称", "农村供水保障"],
        ["年度总体目标", "预期目标", None, "实际完成情况"],
        [None, "保障农村供水，\n普及率稳定在95%以上。", None, "普及率96.2%，\n水质达标。"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因",
            "改进措施",
        ],
        [
            "产出指标",
            "数量指标",
            "新建管网长度",
            "≥45公里",
            "42.6公里",
            50,
            45,
            "部分村庄\n征地协调滞后",
            "加快\n协调进度",
        ],
        [
            None,
            "质量指标",
            "日常养护里程",
            "≥1200公里",
            "1180公里",
            30,
            28,
            "日常养护\n1200公里未完成",
            None,
        ],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 20, 20, None, None],
        ["纠偏措施", "增加夜间值守人员；\n加快管网建设。"],
    ]
    (table,) = perftrack.read(_xlsx(rows))
    goal = table.overall_goal
    assert goal is not None
    assert (goal.expected, goal.achieved) == (
        "保障农村供水，普及率稳定在95%以上。",
        "普及率96.2%，水质达标。",
    )
    assert [i.deviation_reason for i in table.indicators] == [
        "部分村庄征地协调滞后",
        "日常养护 1200公里未完成",  # a break before a figure stays a space
        "",
    ]
    assert (
        table.corrective_measures == "增加夜间值守人员；加快管网建设。；新建管网长度：加快协调进度"
    )


def test_a_wrapped_reason_in_a_quoted_tsv_cell_joins() -> None:
    text = (
        "项目支出绩效自评表\n项目名称\t示例\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因分析\n"
        '产出指标\t数量指标\t日常养护里程\t≥1200公里\t1180公里\t"部分路段\n因汛期水毁"\n'
    )
    (table,) = perftrack.read_text(text)
    assert table.indicators[0].deviation_reason == "部分路段因汛期水毁"
