"""The review letter names the sum that is wrong and says no more than it knows (letter22).

letter22 H1: a department's 人员经费 + 公用经费 ≠ 基本支出 was written up as
各项支出之和与资金总额不符; M1: only the first ``budget-sum-mismatch`` reached the
letter. Every table is written here as text, read and scored.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from attrs import evolve

import perftrack
from perftrack.expressions import Comparison, Descriptive, Op
from perftrack.reports._review import review


def _card(rows: list[list[str]]) -> perftrack.Scorecard:
    return perftrack.score(perftrack.read_text("\n".join("\t".join(row) for row in rows))[0])


def _problems(text: str) -> str:
    """The problems and suggestions of a one-table letter: from 存在以下问题 on."""
    return text[text.index("存在以下问题") :].rstrip("\n")


_SELF_HEAD = [
    ["2025年度部门整体支出绩效自评表"],
    ["部门（单位）名称", "某区民政局", "", "", "", "", "", ""],
    [
        "年度预算执行情况（万元）",
        "",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ],
    ["", "年度资金总额", "5600.00", "5800.00", "5510.00", "10", "95.00%", "9.50"],
    ["", "其中：当年财政拨款", "5600.00", "5800.00", "5510.00", "—", "95.00%", "—"],
]
_SELF_TAIL = [
    ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
    ["", "兜牢基本民生保障底线。", "", "", "全年完成各项保障任务。", "", "", ""],
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
    ["产出指标", "数量指标", "城乡低保对象保障人数", "≥8000人", "8120人", "30", "30", ""],
    ["产出指标", "质量指标", "低保资金发放准确率", "100%", "100%", "20", "20", ""],
    ["效益指标", "社会效益指标", "特困人员集中供养率", "≥45%", "47%", "30", "30", ""],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93%", "10", "10", ""],
    ["总分", "", "", "", "", "100", "99.50", "自评等级", "优"],
]


def _uses(basic: str, staff: str, office: str, project: str) -> list[list[str]]:
    """The uses of the 5510.00 executed, 执行数 only as given (budgets add up)."""
    return [
        ["", "其中：基本支出", "2100.00", "2150.00", basic, "—", "", "—"],
        ["", "其中：人员经费", "1700.00", "1750.00", staff, "—", "", "—"],
        ["", "公用经费", "400.00", "400.00", office, "—", "", "—"],
        ["", "项目支出", "3500.00", "3650.00", project, "—", "", "—"],
    ]


@pytest.mark.parametrize(
    ("uses", "expected"),
    [
        pytest.param(
            _uses("2100.00", "1720.00", "280.00", "3410.00"),
            "存在以下问题：基本支出下人员经费与公用经费之和与基本支出不符"
            "（人员经费与公用经费执行数合计2000.00万元，基本支出执行数为2100.00万元）。"
            "建议核对基本支出明细。",
            id="basic-breakdown",
        ),
        pytest.param(
            _uses("2100.00", "1720.00", "380.00", "3300.00"),
            "存在以下问题：基本支出与项目支出之和与年度资金总额不符"
            "（基本支出与项目支出执行数合计5400.00万元，年度资金总额执行数为5510.00万元）。"
            "建议核对各项支出与资金总额。",
            id="total",
        ),
        pytest.param(
            _uses("2100.00", "1720.00", "280.00", "3300.00"),
            "存在以下问题：基本支出与项目支出之和与年度资金总额不符"
            "（基本支出与项目支出执行数合计5400.00万元，年度资金总额执行数为5510.00万元），"
            "且基本支出下人员经费与公用经费之和与基本支出不符"
            "（人员经费与公用经费执行数合计2000.00万元，基本支出执行数为2100.00万元）。"
            "建议核对各项支出与资金总额，核对基本支出明细。",
            id="both",
        ),
    ],
)
def test_the_letter_names_the_sum_of_uses_that_is_wrong(uses, expected):
    # letter22 H1, M1: which sum, from the figures; every mismatch, not the first
    card = _card([*_SELF_HEAD, *uses, *_SELF_TAIL])
    assert _problems(review(card)) == expected


def _quarters(*lines: list[str]) -> list[list[str]]:
    """A 1-6月 tracking table whose lines print 一季度 and 二季度 执行数."""
    return [
        ["2026年财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2026-1月 至 2026-6月 ）"],
        ["项目名称", "城市道路照明设施维护", "", "", "", "", ""],
        ["主管部门", "市城市管理局", "实施单位", "市路灯管理所", "", "", ""],
        [
            "预算执行情况 (万元)",
            "",
            "年初预算数",
            "跟踪期预算数",
            "一季度执行数",
            "二季度执行数",
            "执行率(%)",
        ],
        *lines,
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        ["产出指标", "数量指标", "路灯维修数量", "≥6000盏", "3000", "3100", ""],
        ["产出指标", "质量指标", "亮灯率", "≥98%", "≥98%", "98.6%", ""],
        ["效益指标", "社会效益指标", "夜间故障修复率", "≥95%", "≥95%", "97%", ""],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%", "91%", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成", "", "", "", ""],
        ["", "年度绩效目标完成可能性", "确定能完成", "", "", "", ""],
    ]


_TOTAL = ["", "年度资金总额", "400.00", "400.00", "150.00", "260.00", "65.00%"]
_APPROPRIATION = ["", "当年财政拨款", "300.00", "300.00", "130.00", "90.00", "73.33%"]


@pytest.mark.parametrize(
    ("other", "findings", "expected"),
    [
        pytest.param(
            ["", "其他资金", "100.00", "100.00", "20.00", "40.00", ""],
            ["budget-quarters-unsure"],
            "存在以下问题：“其他资金”分期执行数无法确定为累计数或当期数，执行数无法确定。"
            "建议注明分期执行数为累计数或当期数。",
            id="unsure-line-not-summed",
        ),
        pytest.param(
            ["", "其他资金", "100.00", "100.00", "10.00", "10.00", "20.00%"],
            ["budget-sum-mismatch"],
            "存在以下问题：各项资金来源之和与资金总额不符"
            "（各项资金来源执行数合计240.00万元，资金总额执行数为260.00万元）。"
            "建议核对各项资金与资金总额。",
            id="read-line-summed",
        ),
    ],
)
def test_a_line_of_unknown_spending_is_not_summed_as_zero(other, findings, expected):
    # letter22 H2: 其他资金 20|40 could be running totals (40) or quarters (60): not 0
    card = _card(_quarters(_TOTAL, _APPROPRIATION, other))
    budget_ids = {"budget-quarters-unsure", "budget-sum-mismatch"}
    assert [f.id for f in card.findings if f.id in budget_ids] == findings
    assert _problems(review(card)) == expected


def _points_table(rows: list[tuple[str, str, str]], total: str, grade: str) -> list[list[str]]:
    """A project self-evaluation whose rows (name, 分值, 得分) are all met, under 总分 *total*."""
    targets = {
        "食品监督抽检批次": ("产出指标", "数量指标", "≥2000批次", "2060批次"),
        "检验报告差错率": ("产出指标", "质量指标", "≤1%", "0.5%"),
        "检验报告出具时限": ("产出指标", "时效指标", "≤20个工作日", "18个工作日"),
        "单批次抽检成本": ("成本指标", "经济成本指标", "≤900元", "830元"),
        "不合格食品核查处置率": ("效益指标", "社会效益指标", "100%", "100%"),
        "群众满意度": ("满意度指标", "服务对象满意度指标", "≥90%", "92%"),
    }
    return [
        ["2025年度项目支出绩效自评表"],
        ["项目名称", "食品安全监督抽检", "", "", "", "", "", ""],
        ["主管部门", "区市场监督管理局", "", "实施单位", "区食品药品检验所", "", "", ""],
        [
            "项目资金（万元）",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        ["", "年度资金总额", "180.00", "180.00", "171.00", "10", "95.00%", "9.50"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "完成食品抽检2000批次。", "", "", "完成抽检2060批次。", "", "", ""],
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
        *(
            [targets[name][0], targets[name][1], name, *targets[name][2:], weight, points, ""]
            for name, weight, points in rows
        ),
        ["总分", "", "", "", "", "100", total, "自评等级", grade],
    ]


_ROWS = [
    ("食品监督抽检批次", "20", "20"),
    ("检验报告差错率", "20", "20"),
    ("检验报告出具时限", "10", "10"),
    ("单批次抽检成本", "20", "20"),
    ("不合格食品核查处置率", "10", "10"),
    ("群众满意度", "10", "10"),
]


def _with(name: str, points: str) -> list[tuple[str, str, str]]:
    return [(row, weight, points if row == name else printed) for row, weight, printed in _ROWS]


@pytest.mark.parametrize(
    ("rows", "total", "expected"),
    [
        pytest.param(_with("食品监督抽检批次", ""), "99.50", ["missing-points"], id="blank"),
        pytest.param(
            _with("食品监督抽检批次", "见附件"), "99.50", ["malformed-points"], id="malformed"
        ),
        pytest.param(_ROWS, "99.50", [], id="all-printed"),
        pytest.param(
            _with("食品监督抽检批次", "10"), "99.50", ["points-sum-mismatch"], id="wrong-sum"
        ),
    ],
)
def test_a_blank_or_unreadable_points_cell_is_no_zero_in_the_sum(rows, total, expected):
    # letter22 H3: 79.50 (the blank row as 0) under 99.50 gave "按合计应评为“中”" beside 优
    card = _card(_points_table(rows, total, "优"))
    ids = {"missing-points", "malformed-points", "points-sum-mismatch"}
    assert [f.id for f in card.findings if f.id in ids] == expected
    assert ("按合计应评为" in review(card)) is (expected == ["points-sum-mismatch"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "十四五末达到100%",
            Comparison(Op.GE, Decimal(100), "%", label="十四五末"),
            id="dadao",
        ),
        pytest.param(
            "十四五末≥100%", Comparison(Op.GE, Decimal(100), "%", label="十四五末"), id="sign"
        ),
        pytest.param(
            "到十四五末达到100%",
            Comparison(Op.GE, Decimal(100), "%", label="到十四五末"),
            id="dao-kept",
        ),
        pytest.param("十二到2", Descriptive("十二到2"), id="range-word-still-blocks"),
    ],
)
def test_a_plan_s_end_before_dadao_is_a_label(text, expected):
    # letter22 H4: 达到 holds 到, which stopped the number after a label 十四五末
    parsed = perftrack.parse_target(text)
    assert parsed == evolve(expected, text=parsed.text)


def _target_table(target: str) -> list[list[str]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "某区教育局", "", ""],
        ["年度预算申请（万元）", "项目", "上年预算数", "本年预算数"],
        ["", "资金总额", "52000.00", "54800.00"],
        ["", "其中：财政拨款", "52000.00", "54800.00"],
        ["年度总体目标", "保障全区中小学正常运转。", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["产出指标", "数量指标", "义务教育学校数", "58所"],
        ["产出指标", "质量指标", "义务教育巩固率", "≥99%"],
        ["效益指标", "可持续影响指标", "优质均衡达标学校比例", target],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]


@pytest.mark.parametrize(
    "target",
    [
        pytest.param("十四五末达到100%", id="dadao"),
        pytest.param("十四五末≥100%", id="sign"),
        pytest.param("到十四五末达到100%", id="dao"),
    ],
)
def test_a_plan_s_end_target_is_multi_year_in_the_letter(target):
    # letter22 H4: not 定性或文字描述, the letter's 多年累计目标
    card = _card(_target_table(target))
    assert [f.id for f in card.findings if f.id.startswith("target-")] == ["target-multi-year"]
    assert (
        "有1项指标的年度指标值为多年累计目标，未分解到本年度（“优质均衡达标学校比例”）"
        in review(card)
    )


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "每学期1次",
            "2次",
            ("met", "“每学期1次”全年计=2次；实际2次，达到年度指标=2次"),
            id="two-terms",
        ),
        pytest.param(
            "每学期1次",
            "1次",
            ("not_met", "“每学期1次”全年计=2次；实际1次，未达年度指标=2次"),
            id="one-term",
        ),
        pytest.param(
            "每学期至少2次",
            "4次",
            ("met", "“每学期至少2次”全年计≥4次；实际4次，达到年度指标≥4次"),
            id="floor",
        ),
    ],
)
def test_a_count_per_term_is_two_a_year(target, actual, expected):
    # letter22 H5: 每学期1次 was 1 a year, and 2次 over target by 200%
    rows = [(name, weight, points) for name, weight, points in _ROWS]
    table = _points_table(rows, "99.50", "优")
    table[8] = ["产出指标", "数量指标", "辅导教师培训", target, actual, "20", "20", ""]
    card = _card(table)
    (verdict,) = [v for v in card.verdicts if v.name == "辅导教师培训"]
    assert (verdict.attainment.value, verdict.explanation) == expected
    assert [
        f.id for f in card.findings if f.where.name == "辅导教师培训" and f.id == "exceeds-target"
    ] == []


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            _with("食品监督抽检批次", ""),
            "存在以下问题：自评打分存在差错，“食品监督抽检批次”（分值20分）未填写得分，"
            "自评总分无法逐项核实。建议复核自评分值与得分。",
            id="blank",
        ),
        pytest.param(
            _with("检验报告差错率", "待定"),
            "存在以下问题：自评打分存在差错，“检验报告差错率”填写的得分无法识别，"
            "自评总分无法逐项核实。建议复核自评分值与得分。",
            id="malformed",
        ),
        pytest.param(
            [
                (
                    name,
                    weight,
                    {"食品监督抽检批次": "", "检验报告差错率": "见附件"}.get(name, points),
                )
                for name, weight, points in _ROWS
            ],
            "存在以下问题：自评打分存在差错，“食品监督抽检批次”（分值20分）未填写得分，"
            "“检验报告差错率”填写的得分无法识别，自评总分无法逐项核实。建议复核自评分值与得分。",
            id="both-in-one-problem",
        ),
    ],
)
def test_blank_and_unreadable_points_are_named_in_a_reviewer_s_words(rows, expected):
    # letter22 M2: "得分“待定”不是数字，未读入" and "计算得分20.00" were pasted raw
    assert _problems(review(_card(_points_table(rows, "99.50", "优")))) == expected


_UNWEIGHTED = [
    ["2025年度部门整体支出绩效自评表"],
    ["部门（单位）名称", "某县住房和城乡建设局", "", "", "", "", ""],
    ["年度预算情况（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["", "合计", "", "3300.00", "3350.00", "3216.00", "96.00%"],
    [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "偏差原因分析及改进措施",
    ],
    ["", "履职效能", "部门履职目标", "农村危房改造户数", "≥150户", "160户", ""],
    ["", "管理效率", "资产管理", "固定资产利用率", "≥90%", "95%", ""],
    ["", "社会效应", "服务对象满意度", "群众满意度", "≥90%", "94%", ""],
]


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        pytest.param(
            [],
            "共设置绩效指标3项，已完成3项。存在以下问题：各项指标未列分值，无法评定得分和等级。"
            "建议补充各项指标分值。",
            id="no-total",
        ),
        pytest.param(
            [["总分", "", "", "", "", "95", ""], ["自评等级", "", "", "", "", "优", ""]],
            "共设置绩效指标3项，已完成3项。表中自评95.00分，等级“优”。"
            "存在以下问题：各项指标未列分值，无法核实自评得分。建议补充各项指标分值。",
            id="total-printed",
        ),
    ],
)
def test_level_1s_without_weights_are_said_once(total, expected):
    # letter22 M2: "未计算得分" in the opening and "也无默认权重，未计算总分和等级" as a problem
    text = review(_card([*_UNWEIGHTED, *total]))
    assert text[text.index("共设置") :].rstrip("\n") == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        pytest.param(
            "2024-2026年累计≥6000批次",
            "存在以下问题：绩效指标设置不够规范，有1项指标的年度指标值为多年累计目标，"
            "未分解到本年度，无法按年度考核（“食品监督抽检批次”）。"
            "建议细化量化绩效指标，将多年目标分解为本年度指标值。",
            id="span-of-years",
        ),
        pytest.param(
            "实施期末达到6000批次",
            "存在以下问题：绩效指标设置不够规范，有1项指标的年度指标值为多年累计目标，"
            "未分解到本年度，无法按年度考核（“食品监督抽检批次”）。"
            "建议细化量化绩效指标，将多年目标分解为本年度指标值。",
            id="end-of-period",
        ),
    ],
)
def test_a_row_unknown_for_its_multi_year_target_is_explained(target, expected):
    # letter22 M3: counted 无法判断, and no problem said why
    table = _points_table(_ROWS, "99.50", "优")
    table[8] = ["产出指标", "数量指标", "食品监督抽检批次", target, "2060批次", "20", "20", ""]
    card = _card(table)
    (verdict,) = [v for v in card.verdicts if v.name == "食品监督抽检批次"]
    assert verdict.attainment.value == "unknown"
    assert _problems(review(card)) == expected


@pytest.mark.parametrize(
    ("actual", "reason", "expected"),
    [
        pytest.param(
            "3000批次",
            "",
            "存在以下问题：有1项指标超额完成但未说明原因，指标值可能设置偏低"
            "（“食品监督抽检批次”）。建议说明超额完成原因，合理设置年度指标值。",
            id="once-without-reason",
        ),
        pytest.param(
            "3000批次",
            "专项整治增加抽检",
            "存在以下问题：有1项指标的完成值明显超出年度指标（“食品监督抽检批次”）。"
            "建议合理设置年度指标值。",
            id="with-reason-no-plan-word",
        ),
    ],
)
def test_a_row_far_over_its_target_is_said_once(actual, reason, expected):
    # letter22 M4: 超额完成但未说明原因 and 明显超出年度指标 for one row; no 计划值 in a 自评表
    table = _points_table(_ROWS, "99.50", "优")
    table[8] = ["产出指标", "数量指标", "食品监督抽检批次", "≥2000批次", actual, "20", "20", reason]
    assert _problems(review(_card(table))) == expected


_MONITOR = [
    ["2026年度项目绩效运行监控表"],
    ["项目名称", "基本公共卫生服务", "", "", "", "", ""],
    ["监控时段", "2026年1月至6月", "", "", "", "", ""],
    [
        "年度预算执行情况（万元）",
        "项目",
        "年初预算数",
        "全年预算数",
        "1-6月执行数",
        "1-6月执行率",
        "全年预计执行数",
    ],
    ["", "合计", "9200.00", "9500.00", "4750.00", "50.00%", "9400.00"],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-6月执行情况",
        "全年预计完成情况",
        "完成目标可能性",
    ],
    ["产出指标", "数量指标", "家庭医生签约人数", "≥60000人", "31000人", "60500人", "确定能"],
    ["产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "58%", "62%", "有可能"],
    ["效益指标", "社会效益指标", "孕产妇死亡率", "≤12/10万", "0", "≤12/10万", "确定能"],
    ["满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "/", "≥90%", "确定能"],
]


def test_a_monitoring_form_is_not_asked_for_measures_in_the_scorecard_either():
    # letter22 M6: the scorecard warned missing-corrective-measures, the letter did not
    card = _card(_MONITOR)
    assert [f.id for f in card.findings if f.id == "missing-corrective-measures"] == []
    assert _problems(review(card)) == (
        "存在以下问题：一是据单位全年预计，有1项指标无法完成年度目标（“高血压患者规范管理率”），"
        "单位自评完成目标可能性为“有可能”；二是表中未设偏差原因分析栏目，有1项指标存在偏差，"
        "无处说明原因（“高血压患者规范管理率”）。建议对预计无法完成的指标及时采取纠偏措施，"
        "确实无法完成的按程序调整绩效目标，增设偏差原因分析栏目并逐项说明原因。"
    )


def test_the_rate_missing_lines_are_named_without_their_qizhong():
    # letter22 L: “其中：当年财政拨款”未填报执行率
    rows = [
        ["", "年度资金总额", "400.00", "400.00", "150.00", "260.00", ""],
        ["", "其中：当年财政拨款", "300.00", "300.00", "130.00", "220.00", ""],
        ["", "其他资金", "100.00", "100.00", "20.00", "40.00", "40.00%"],
    ]
    text = _problems(review(_card(_quarters(*rows))))
    assert "“年度资金总额”、“当年财政拨款”未填报执行率" in text


def test_a_self_evaluation_below_the_year_end_bar_is_asked_to_manage_not_to_hurry():
    # letter22 L: 加快预算执行进度 after the year is over
    table = _points_table(_ROWS, "98.00", "优")
    table[4] = ["", "年度资金总额", "180.00", "180.00", "144.00", "10", "80.00%", "8.00"]
    assert _problems(review(_card(table))) == (
        "存在以下问题：预算执行率偏低，执行率低于年终执行率要求10.00个百分点。"
        "建议加强预算执行管理。"
    )


def test_a_target_table_s_multi_year_target_goes_to_the_implementation_period():
    # letter22 L: the only advice was 细化量化绩效指标
    text = _problems(review(_card(_target_table("十四五期间累计完成≥500人"))))
    assert text.endswith(
        "建议细化量化绩效指标，将多年目标分解为本年度指标值，多年目标列入实施期目标。"
    )


def test_a_grade_that_does_not_match_the_total_is_said_with_the_figures():
    # letter22 L: "评价等级与总分不符" gave no figures
    table = _points_table(_ROWS, "99.50", "良")
    assert _problems(review(_card(table))) == (
        "存在以下问题：自评打分存在差错，评价等级与总分不符，总分99.50分应评为“优”，"
        "表中为“良”。建议复核自评分值与得分。"
    )
