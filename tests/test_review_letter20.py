"""The review letter says each fact once, with its figures, in a reviewer's words (letter20).

letter20 H1–H2, M3–M7, M9, L12–L14: a broken 故障修复时限 was 进行中 where 故障修复时间
was 未完成; a late row was also 未完成目标却得满分; the letter dropped the rates, sums and
points its findings hold; a department's 基本支出/项目支出 were 资金来源; 其中 hung on the
wrong count; a row not met was also behind; a 监控表 was asked for a 纠偏措施 it has no
field for; default weights went unsaid; ``评分规则：central``; 95.8 beside 84.30; the
arrow of 逾期完成; a summary heading that its order contradicted. Every table is
written here as text, read and scored.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.report import scorecard_text
from perftrack.reports import render
from perftrack.reports._review import review


def _card(rows: list[list[str]]) -> perftrack.Scorecard:
    return perftrack.score(perftrack.read_text("\n".join("\t".join(row) for row in rows))[0])


def _tracking(
    *indicators: list[str],
    months: str = "9",
    budget: tuple[list[str], ...] = (
        ["", "年度资金总额", "300.00", "300.00", "240.00", "80.00", ""],
    ),
    measures: str = "加强巡查，及时维修。",
) -> list[list[str]]:
    return [
        ["财政项目支出绩效跟踪表"],
        [f"跟踪时段：（ 2024-1月 至 2024-{months}月 ）"],
        ["项目名称", "河道保洁养护", "", "", "", "", ""],
        ["主管部门", "某镇水务站", "", "实施单位", "某镇河道管理所", "", ""],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)", ""],
        *budget,
        ["年度总体目标", "预期目标", "", "", "跟踪期实际完成情况", "", ""],
        ["", "完成河道保洁养护，水面保洁达标。", "", "", "已完成主要河段保洁。", "", ""],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        *indicators,
        ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "90", "94", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "有可能", "", "", "", ""],
        ["", "年度绩效目标完成可能性", "有可能", "", "", "", ""],
        ["纠偏措施", measures, "", "", "", "", ""],
    ]


CLEANED = ["产出指标", "数量指标", "保洁河道长度", "≥40公里", "30", "32", ""]
BENEFIT = ["效益指标", "生态效益指标", "水面漂浮物清除率", "≥95%", "95", "97", ""]


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param("险情处置时间", "36", "not_met", id="shijian"),
        pytest.param("险情处置时限", "36", "not_met", id="shixian"),
        pytest.param("险情处置时长", "36", "not_met", id="shichang"),
        pytest.param("险情处置用时", "36", "not_met", id="yongshi"),
        pytest.param("险情处置时限", "20", "met", id="shixian-within"),
        pytest.param("平均险情处置时限", "36", "pending", id="average-name"),
        pytest.param("险情处置时限", "平均36小时", "pending", id="average-actual"),
    ],
)
def test_a_per_case_time_limit_broken_is_not_met_whatever_its_name(name, actual, expected):
    # letter20 H1: 时限, 时长, 用时 name the time of each case as 时间 does
    row = ["", "时效指标", name, "≤24小时", "24", actual, ""]
    card = _card(_tracking(CLEANED, row, BENEFIT))
    assert [v.attainment.value for v in card.verdicts if v.name == name] == [expected]


def _self_evaluation(*indicators: list[str], total: str = "100") -> list[list[str]]:
    return [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "乡镇文化站设备购置", "", "", "", "", ""],
        ["主管部门", "某县文化和旅游局", "", "实施单位", "某县文化馆", "", ""],
        ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "100.00", "100.00", "96.00", "10", "98.00%", "10"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""],
        ["", "为12个文化站购置设备。", "", "", "已为12个文化站购置设备。", "", ""],
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
        *indicators,
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", ""],
        ["总分", "", "", "", "", "100", total, "优"],
    ]


STATIONS = ["产出指标", "数量指标", "购置设备文化站数", "≥12个", "12个", "30", "30", ""]
LATE = ["", "时效指标", "设备到位时间", "2023年10月底前", "2023年12月5日", "20", "20", ""]
SHORT = ["", "质量指标", "设备验收合格率", "=100%", "90%", "20", "20", ""]
USE = ["效益指标", "社会效益指标", "群众参与活动人次", "≥5000人次", "5200人次", "10", "10", ""]


def test_a_late_row_with_full_points_is_late_not_undone():
    # letter20 H2, M3, L13: late once, as late; the points sum with its figures, two decimals
    text = review(_card(_self_evaluation(STATIONS, LATE, SHORT, USE, total="98.5")))
    assert (
        "自评打分存在差错，各项得分合计100.00分，与表中总分98.50分不符，"
        "有1项指标未完成目标却得满分（“设备验收合格率”），"
        "有1项指标逾期完成却得满分（“设备到位时间”）"
    ) in text
    assert (
        "有1项指标逾期完成（“设备到位时间”应于2023年10月31日前完成，实际于2023年12月5日完成）"
    ) in text
    assert "（表中自评98.50分，等级“优”）" in text
    assert "→" not in text


def test_the_letter_keeps_the_rates_and_sums_its_findings_hold():
    # letter20 M3: the printed and the computed rate, the parts' sum and the total
    budget = (
        ["", "年度资金总额", "300.00", "300.00", "240.00", "90.00", ""],
        ["", "其中：当年财政拨款", "250.00", "250.00", "200.00", "80.00", ""],
        ["", "其他资金", "50.00", "50.00", "30.00", "60.00", ""],
    )
    text = review(_card(_tracking(CLEANED, BENEFIT, budget=budget)))
    assert (
        "存在以下问题：一是“年度资金总额”填报执行率90.00%，按金额计算应为80.00%；"
        "二是各项资金来源之和与资金总额不符"
        "（各项资金来源执行数合计230.00万元，资金总额执行数为240.00万元）。"
        "建议核实并更正预算执行率，核对各项资金与资金总额。"
    ) in text


DEPARTMENT = [
    ["2023年度部门整体支出绩效自评表"],
    ["部门（单位）名称", "某县自然资源局", "", "", "", "", ""],
    ["预算执行情况 (万元)", "", "年初预算数", "全年预算数", "全年执行数", "执行率", ""],
    ["", "年度资金总额", "1000.00", "1000.00", "950.00", "95.00%", ""],
    ["", "其中：基本支出", "600.00", "600.00", "600.00", "100.00%", ""],
    ["", "项目支出", "400.00", "400.00", "300.00", "75.00%", ""],
    ["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""],
    ["", "保障自然资源管理工作正常运转。", "", "", "全年目标完成。", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析", ""],
    ["产出指标", "数量指标", "完成确权登记宗数", "≥2000宗", "2100宗", "", ""],
    ["", "质量指标", "登记差错率", "≤1%", "0.5%", "", ""],
    ["效益指标", "社会效益指标", "办证群众人数", "≥1500人", "1600人", "", ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "", ""],
]


def test_a_department_s_uses_are_uses_and_its_default_weights_are_said():
    # letter20 M4, M9: 基本支出/项目支出 are no 资金来源; weights it never printed
    text = review(_card(DEPARTMENT))
    assert "共设置绩效指标4项，已完成4项。按默认权重计算得分" in text
    assert (
        "存在以下问题：基本支出与项目支出之和与年度资金总额不符"
        "（基本支出与项目支出执行数合计900.00万元，年度资金总额执行数为950.00万元）。"
        "建议核对各项支出与资金总额。"
    ) in text
    assert "资金来源" not in text


BROKEN = ["", "时效指标", "险情处置时限", "≤24小时", "24", "36", ""]
DREDGED = ["", "数量指标", "清淤河道长度", "≥20公里", "15", "9", ""]
UNCLEAR = ["效益指标", "社会效益指标", "沿岸环境", "明显改善", "改善", "说不清", ""]


def test_the_count_s_qizhong_follows_its_count_and_a_row_is_named_once():
    # letter20 M5, M6: 其中 after 进行中, not after 无法判断; not met is not also behind
    text = review(_card(_tracking(CLEANED, DREDGED, BROKEN, BENEFIT, UNCLEAR)))
    assert (
        "共设置绩效指标6项，已完成2项，进行中2项（其中1项进度落后于计划），未完成1项，无法判断1项。"
        "存在以下问题：一是有1项指标未完成年度目标（“险情处置时限”）；"
        "二是有1项指标进度落后于跟踪期计划（“清淤河道长度”）；"
    ) in text


MONITORING = [
    ["2024年项目支出绩效目标执行监控表"],
    ["项目名称", "农村饮水安全巩固", "", "", "", "", ""],
    ["主管部门", "某县水利局", "", "实施单位", "某县农村供水站", "", ""],
    ["项目资金（万元）", "年初预算数", "1-7月执行数", "1-7月执行率", "全年预计执行数", "", ""],
    ["年度资金总额", "500.00", "150.00", "30.00", "500.00", "", ""],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-7月执行情况",
        "全年预计完成情况",
        "偏差原因分析",
        "完成目标可能性",
        "备注",
    ],
    ["产出指标", "数量指标", "改造供水管网长度", "≥60公里", "20公里", "50公里", "", "确定能", ""],
    ["", "质量指标", "水质达标率", "≥95%", "96%", "96%", "", "确定能", ""],
    ["效益指标", "社会效益指标", "受益人口", "≥3万人", "1万人", "3.2万人", "", "确定能", ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "", "93%", "年底调查", "有可能", ""],
]


def test_a_monitoring_form_is_not_asked_for_measures_it_has_no_field_for():
    # letter20 M7: no 纠偏措施 field on the 监控表; no advice given twice
    card = _card(MONITORING)
    text = review(card)
    assert "纠偏措施" in text  # the advice on the forecast miss, once
    assert text.count("纠偏措施") == 1
    assert "未填写纠偏措施" not in text
    assert "补充纠偏措施" not in text
    # the finding itself is scoring's (reported); the text shows no empty field
    assert "纠偏措施：" not in scorecard_text(card)


def test_a_tracking_table_without_measures_is_still_asked_once():
    text = review(_card(_tracking(CLEANED, DREDGED, BENEFIT, measures="")))
    assert "有1项指标进度落后、未完成或完成可能性存疑，但未填写纠偏措施" in text or (
        "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施" in text
    )
    assert text.count("补充纠偏措施") == 1


@pytest.mark.parametrize(
    ("fmt", "policy", "expected"),
    [
        pytest.param("markdown", None, "评分规则：中央部门通用规则。", id="markdown-central"),
        pytest.param("html", perftrack.Policy.hubei(), "评分规则：湖北省规则。", id="html-hubei"),
        pytest.param(
            "markdown",
            None,
            "## 汇总（依次按错误、未达成、进度落后、执行率差距、警告排序，重者在前）",
            id="summary-heading",
        ),
    ],
)
def test_the_reports_name_the_rules_and_the_order_in_chinese(fmt, policy, expected):
    # letter20 L12, L14
    text = render([_card(DEPARTMENT)], [], fmt, policy)
    assert expected in text
    assert "central" not in text
    assert "问题多者在前" not in text
