"""The review letter says what is wrong, once, in a reviewer's words (r21).

findings1 M3, M8, L1, L3, L5 and e2e16 M1, M4, L4: the letter called a satisfaction
actual of ``基本满意`` a target not set as ``≥百分比``; one 验收合格 among quantified
targets made a clean table "存在以下问题"; a budget line with no budget was asked to
"补充填报预算执行率"; a duplicated row was counted twice; far over the target was
"存在偏差"; a 部门整体 table was a 项目; the budget line's 得分 was an 指标's; the text
report ended ``表中总分 99.62 `` with a space. Every table is written here as text,
read and scored; each case lists what the paragraph must say and must not.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.report import scorecard_text
from perftrack.reports._review import review


def _card(*rows: list[str]) -> perftrack.Scorecard:
    return perftrack.score(perftrack.read_text("\n".join("\t".join(row) for row in rows))[0])


SELF_HEAD = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "测试项目"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
]
LINE = ["", "年度资金总额", "100.00", "100.00", "100.00", "10", "100.00%", "10"]
GRID = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析",
]
COUNT = ["产出指标", "数量指标", "改造户数", "≥100户", "100户", "30", "30", ""]
RATE = ["", "质量指标", "验收合格率", "100%", "100%", "20", "20", ""]
BENEFIT = ["效益指标", "社会效益指标", "受益人数", "≥300人", "310人", "30", "30", ""]
SATISFIED = ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93%", "10", "10", ""]


def self_evaluation(*rows: list[str], line: list[str] = LINE) -> list[list[str]]:
    return [*SELF_HEAD, line, GRID, *rows]


CASES = [
    pytest.param(
        self_evaluation(
            COUNT,
            RATE,
            BENEFIT,
            [
                "满意度指标",
                "服务对象满意度指标",
                "群众满意度",
                "≥85%",
                "基本满意",
                "10",
                "6",
                "调查中",
            ],
        ),
        ["有1项满意度指标实际完成值填写“基本满意”，未提供调查得出的百分比（“群众满意度”）"],
        ["未设为“≥百分比”"],
        id="satisfaction-actual-is-a-word",
    ),
    pytest.param(
        self_evaluation(
            COUNT,
            RATE,
            BENEFIT,
            ["满意度指标", "服务对象满意度指标", "群众满意度", "满意", "满意", "10", "10", ""],
        ),
        ["有1项指标为满意度指标但未设为“≥百分比”（“群众满意度”）"],
        ["未提供调查得出的百分比"],
        id="satisfaction-target-is-a-word",
    ),
    pytest.param(
        self_evaluation(
            COUNT,
            ["", "质量指标", "工程质量", "验收合格", "验收合格", "20", "20", ""],
            BENEFIT,
            SATISFIED,
        ),
        [
            "未发现明显问题。",
            "另有1项指标为定性或文字描述（“工程质量”），可结合实际进一步细化量化。",
        ],
        ["存在以下问题"],
        id="one-pass-fail-target-is-a-remark",
    ),
    pytest.param(
        self_evaluation(
            ["产出指标", "数量指标", "改造户数", "≥100户", "80户", "30", "24", "资金未到位"],
            ["", "质量指标", "工程质量", "验收合格", "验收合格", "20", "20", ""],
            BENEFIT,
            SATISFIED,
        ),
        ["有1项指标为定性或文字描述，难以量化考核（“工程质量”）", "有1项指标未完成年度目标"],
        ["另有"],
        id="with-other-problems-it-stays-a-problem",
    ),
    pytest.param(
        self_evaluation(
            ["产出指标", "质量指标", "工程质量", "验收合格", "验收合格", "30", "30", ""],
            ["", "质量指标", "管理机制", "建立", "已建立", "20", "20", ""],
            BENEFIT,
            SATISFIED,
        ),
        ["有2项指标为定性或文字描述，难以量化考核（“工程质量”、“管理机制”）"],
        ["未发现明显问题"],
        id="half-qualitative-is-a-problem-on-its-own",
    ),
    pytest.param(
        self_evaluation(
            ["产出指标", "数量指标", "治理面积", "≥100亩", "320亩", "30", "30", ""],
            RATE,
            BENEFIT,
            ["满意度指标", "服务对象满意度指标", "居民满意度", "≥70%", "95%", "10", "10", ""],
        ),
        [
            "有1项指标超额完成但未说明原因，指标值可能设置偏低（“治理面积”）",
            # a 满意度 target of ≥70% is itself set low (satisfaction-target-low)
            "有1项指标为满意度指标但目标值低于80%，目标设定偏低（“居民满意度”）",
            "建议说明超额完成原因，合理设置年度指标值，细化量化绩效指标。",
        ],
        ["存在偏差但未分析原因", "（“治理面积”、“居民满意度”）但未说明"],
        id="over-achievement-said-so-not-on-satisfaction",
    ),
    pytest.param(
        self_evaluation(
            COUNT,
            RATE,
            BENEFIT,
            SATISFIED,
            line=["", "年度资金总额", "100.00", "100.00", "70.00", "10", "70.00%", "10"],
        ),
        ["预算执行率得分与执行情况不符"],
        ["指标的自评得分与完成情况不符（“年度资金总额”）"],
        id="budget-line-points-are-no-indicator",
    ),
    pytest.param(
        [
            ["部门整体支出绩效自评表"],
            ["（2023年度）"],
            ["部门名称", "某县卫生健康委员会"],
            SELF_HEAD[3],
            LINE,
            GRID,
            ["履职效能", "部门履职目标实现", "疫苗接种率", "≥90%", "91%", "45", "45", ""],
            ["管理效率", "预算执行效率", "在职人员控制率", "≤100%", "98%", "45", "45", ""],
        ],
        ["经审核，『某县卫生健康委员会』部门整体支出截至2023年12月31日"],
        ["』项目"],
        id="department-is-no-project",
    ),
]


@pytest.mark.parametrize(("rows", "said", "unsaid"), CASES)
def test_the_letter_says_what_is_wrong(
    rows: list[list[str]], said: list[str], unsaid: list[str]
) -> None:
    paragraph = review(_card(*rows)).splitlines()[1]
    for text in said:
        assert text in paragraph
    for text in unsaid:
        assert text not in paragraph


TRACK = [
    ["2026年度项目支出绩效跟踪表（1-9月）"],
    ["项目名称", "测试项目"],
    ["项目资金（万元）", "", "全年预算数", "1-9月执行数", "执行率"],
]
TRACK_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月完成值"],
    ["产出指标", "数量指标", "项目数", "≥60项", "48项"],
]

BUDGET_CASES = [
    pytest.param(
        [
            ["", "年度资金总额", "1800", "1420", "78.89%"],
            ["", "其中：财政拨款", "1800", "1300", "72.22%"],
            ["", "其他资金", "", "120", ""],
        ],
        "“其他资金”无预算安排却有执行数，预算执行率78.89%中含无预算安排的执行数，扣除后为72.22%",
        id="blank-budget-in-the-total",
    ),
    pytest.param(
        [
            ["", "年度资金总额", "100", "30", "30%"],
            ["", "其中：财政拨款", "80", "25", "31.25%"],
            ["", "上年结转资金", "0", "5", ""],
        ],
        "“上年结转资金”无预算安排却有执行数，预算执行率30.00%中含无预算安排的执行数，扣除后为25.00%",
        id="zero-budget",
    ),
    pytest.param(
        [
            ["", "年度资金总额", "100", "90", "90%"],
            ["", "其中：财政拨款", "80", "90", "112.5%"],
            ["", "其他资金", "20", "0", "0%"],
        ],
        # the header prints 全年预算数: the letter names it so (before, 预算数)
        "“其中：财政拨款”执行数超过全年预算数",
        id="over-run-unchanged",
    ),
]


@pytest.mark.parametrize(("budget", "problem"), BUDGET_CASES)
def test_money_without_a_budget_is_said_so_and_no_rate_is_asked(
    budget: list[list[str]], problem: str
) -> None:
    paragraph = review(_card(*TRACK, *budget, *TRACK_GRID)).splitlines()[1]
    assert problem in paragraph
    assert "补充填报预算执行率" not in paragraph


def test_a_duplicated_row_is_counted_as_a_row() -> None:
    # each row is an indicator, as the opening counts them (其中2项进度落后): rv23b H5
    # reversed the letter's earlier count of one name once
    paragraph = review(
        _card(
            ["财政项目支出绩效跟踪表"],
            ["跟踪时段：（ 2024-1月 至 2024-8月 ）"],
            ["项目名称", "测试项目"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "跟踪期计划完成值",
                "跟踪期实际完成值",
                # the column, left empty: each row owes its reason (absentcol)
                "偏差原因分析",
            ],
            ["产出指标", "数量指标", "培训教师人次", "≥300(人次)", "200", "120", ""],
            ["", "数量指标", "培训教师人次", "≥300(人次)", "200", "120", ""],
        )
    ).splitlines()[1]
    both = "（“培训教师人次”（数量指标，第1项）、“培训教师人次”（数量指标，第2项））"
    assert f"有2项指标进度落后于跟踪期计划{both}" in paragraph
    assert f"有2项指标存在偏差但未分析原因{both}" in paragraph


def test_rows_without_their_own_measures_are_named() -> None:
    paragraph = review(
        _card(
            ["2026年度项目支出绩效跟踪监控表（1-6月）"],
            ["项目名称", "测试项目"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "1-6月完成值",
                "全年预计完成值",
                "完成目标可能性",
                "偏差原因分析",
                "改进措施",
            ],
            [
                "产出指标",
                "质量指标",
                "整改率",
                "100%",
                "96%",
                "100%",
                "有可能",
                "停产改造",
                "挂牌督办",
            ],
            [
                "效益指标",
                "社会效益指标",
                "较大事故",
                "0起",
                "1起",
                "1起",
                "完全不可能",
                "爆炸事故",
                "",
            ],
        )
    ).splitlines()[1]
    assert "有1项指标进度落后、未完成或完成可能性存疑，但未填写纠偏措施（“较大事故”）" in paragraph


def test_the_text_report_has_no_space_after_a_total_without_grade() -> None:
    card = _card(
        *self_evaluation(COUNT, RATE, BENEFIT, SATISFIED), ["总分", "", "", "", "", "100", "100"]
    )
    line = next(line for line in scorecard_text(card).splitlines() if "表中总分" in line)
    assert line.endswith("表中总分 100")
