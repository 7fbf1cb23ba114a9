"""score56 findings 2, 3, 6, 7, 9 (k31m): whole tables in, findings and cells out.

- 2: a partly met row of a 自评表 owes its 偏差原因 (``missing-deviation-reason``);
- 3: a bare ``已完成`` against a figure gets ``points-unsupported`` as ``达标`` does (a
  ``satisfaction-not-percent`` on a 满意度 row); a table of ``100%`` completion ratios
  gets ``actuals-as-ratios`` and no ``exceeds-target`` on them;
- 6: a blank 绩效跟踪总体判断 is ``judgement-missing``, shown ``（未填写）``;
- 7: 纠偏措施 ``按计划推进`` beside a lag is no measure;
- 9: ``missing-actual`` points at the blank actual cell.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.report import judgement_facts, scorecard_text

SELF_HEAD = """项目支出绩效自评表
（2024年度）
项目名称\t河道综合整治
主管部门\t某县农业农村局\t\t实施单位\t某县农业技术推广中心
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t500\t500\t480\t10\t96.00%\t9.6
年度总体目标\t预期目标\t\t\t实际完成情况
\t完成年度工作任务。\t\t\t已完成年度工作任务。
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
"""


def _self_table(rows: str) -> perftrack.Table:
    """A 2024 自评表 whose grid rows are *rows* (``|`` between cells), rows from row 10."""
    grid = "\n".join(line.strip().replace("|", "\t") for line in rows.strip().splitlines())
    return perftrack.read_text(SELF_HEAD + grid + "\n")[0]


def _found(table: perftrack.Table, finding_id: str) -> list[tuple[str | None, str]]:
    card = perftrack.score(table)
    return [(f.where.cell, f.message) for f in card.findings if f.id == finding_id]


# -- 2: partly met rows owe a reason -------------------------------------------------

PARTIAL_ROWS = """
产出指标|数量指标|整治河道长度|≥20公里|基本完成|20|16|{reason1}
|质量指标|工程验收合格率|100%|100%|10|10|
效益指标|生态效益指标|河道水质|达到Ⅲ类|基本达到Ⅲ类|20|16|{reason2}
|可持续影响指标|河长制管护机制|健全|基本健全|10|8|{reason3}
满意度指标|服务对象满意度指标|沿河群众满意度|≥90%|95%|10|10|
"""


@pytest.mark.parametrize(
    ("reasons", "expected"),
    [
        pytest.param(
            ("", "", ""),
            [
                ("H10", "“整治河道长度”部分完成但未填写偏差原因"),
                ("H12", "“河道水质”部分完成但未填写偏差原因"),
                ("H13", "“河长制管护机制”部分完成但未填写偏差原因"),
            ],
            id="three-blank",
        ),
        pytest.param(
            ("汛期停工两个月", "无", "/"),
            [
                ("H12", "“河道水质”部分完成但未填写偏差原因"),
                ("H13", "“河长制管护机制”部分完成但未填写偏差原因"),
            ],
            id="placeholders-are-none",
        ),
        pytest.param(("汛期停工", "上游来水污染", "管护人员未配齐"), [], id="all-explained"),
    ],
)
def test_partial_rows_owe_a_reason(reasons: tuple[str, str, str], expected: list) -> None:
    rows = PARTIAL_ROWS.format(reason1=reasons[0], reason2=reasons[1], reason3=reasons[2])
    assert _found(_self_table(rows), "missing-deviation-reason") == expected


# -- 3: bare 已完成 against a figure -----------------------------------------------

DONE_ROWS = """
产出指标|数量指标|补贴机具台数|≥500台|{actual}|20|20|无偏差
|质量指标|补贴机具合格率|≥98%|{actual}|15|15|无
|时效指标|补贴发放时间|2024年11月底前|{actual}|15|15|
效益指标|经济效益指标|农机化率提升|≥1个百分点|{actual}|30|30|
满意度指标|服务对象满意度指标|购机农户满意度|≥90%|{actual}|10|10|
"""


@pytest.mark.parametrize(
    ("actual", "unsupported", "satisfaction"),
    [
        pytest.param(
            "已完成",
            [
                ("G10", "“补贴机具台数”实际完成值“已完成”无数值，无法核实填报得分20（分值20）"),
                ("G11", "“补贴机具合格率”实际完成值“已完成”无数值，无法核实填报得分15（分值15）"),
                ("G13", "“农机化率提升”实际完成值“已完成”无数值，无法核实填报得分30（分值30）"),
            ],
            [("E14", "满意度指标“购机农户满意度”实际完成值应为百分比，而非“已完成”")],
            id="done",
        ),
        pytest.param(
            "达标",  # the reference: unknown, the printed 得分 unsupported
            [
                ("G10", "“补贴机具台数”实际完成值“达标”无数值，无法核实填报得分20（分值20）"),
                # G11 补贴机具合格率: 达标 is all passed, 100%, as 合格 is (score57 F11)
                ("G12", "“补贴发放时间”实际完成值“达标”无数值，无法核实填报得分15（分值15）"),
                ("G13", "“农机化率提升”实际完成值“达标”无数值，无法核实填报得分30（分值30）"),
            ],
            [("E14", "满意度指标“购机农户满意度”实际完成值应为百分比，而非“达标”")],
            id="reach-word",
        ),
    ],
)
def test_bare_done_status_is_unsupported(
    actual: str, unsupported: list, satisfaction: list
) -> None:
    table = _self_table(DONE_ROWS.format(actual=actual))
    assert _found(table, "points-unsupported") == unsupported
    assert _found(table, "satisfaction-not-percent") == satisfaction


def test_bare_done_status_keeps_its_verdict() -> None:
    card = perftrack.score(_self_table(DONE_ROWS.format(actual="已完成")))
    assert {verdict.attainment for verdict in card.verdicts} == {perftrack.Attainment.MET}


def test_done_with_figures_is_supported() -> None:
    rows = """
产出指标|数量指标|补贴机具台数|≥500台|已完成520台|20|20|
|质量指标|补贴机具合格率|≥98%|99%|15|15|
"""
    assert _found(_self_table(rows), "points-unsupported") == []


RATIO_ROWS = """
产出指标|数量指标|家庭医生签约人数|≥5000人|{a}|15|15|
|数量指标|健康讲座次数|≥12次|{b}|10|10|
|质量指标|电子健康档案规范率|≥90%|100%|15|15|
|时效指标|服务完成时间|2024年12月底前|{c}|10|10|
效益指标|社会效益指标|居民健康素养水平|≥25%|100%|30|30|
满意度指标|服务对象满意度指标|签约居民满意度|≥90%|100%|10|10|
"""


def test_completion_ratios_are_no_results() -> None:
    table = _self_table(RATIO_ROWS.format(a="100%", b="100%", c="100%"))
    assert _found(table, "actuals-as-ratios") == [
        (
            None,
            (
                "6项指标中有6项实际完成值均填写“100%”，其中“家庭医生签约人数”、“健康讲座次数”、"
                "“服务完成时间”的年度指标并非百分比，疑为完成比例而非实际完成值，无法核实指标完成情况"
            ),
        )
    ]
    assert _found(table, "exceeds-target") == []
    assert _found(table, "missing-deviation-reason") == []


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        pytest.param("5200人", "12次", "2024年12月", id="figures"),
        # one count at 100% is no pattern (two are needed beside the 100% rates)
        pytest.param("100%", "12次", "2024年12月", id="one-count"),
    ],
)
def test_real_results_are_no_ratios(a: str, b: str, c: str) -> None:
    table = _self_table(RATIO_ROWS.format(a=a, b=b, c=c))
    assert _found(table, "actuals-as-ratios") == []
    # 100% against ≥25% on its own is still far over the target
    assert [cell for cell, _ in _found(table, "exceeds-target")] == ["E14"]


# -- 6, 7: the 跟踪表's judgement and measures ---------------------------------------

TRACK = """财政项目支出绩效跟踪表
跟踪时段：（ 2024-1月 至 2024-9月 ）
项目名称\t培训项目
主管部门\t某区卫生健康委\t\t实施单位\t某区疾病预防控制中心
预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t200\t200\t{executed}\t{rate}
年度总体目标\t预期目标\t\t跟踪期实际完成情况
\t完成年度工作任务。\t\t按序时推进。
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析
产出指标\t数量指标\t培训人次\t≥1000人次\t750人次\t800人次\t
\t质量指标\t培训合格率\t≥95%\t95%\t96%\t
满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t90%\t92%\t
绩效跟踪总体判断\t年度项目预算完成可能性\t{budget}
\t年度绩效目标完成可能性\t{goal}
纠偏措施\t{measures}
"""


def _track(
    *, executed: str = "60", budget: str = "", goal: str = "", measures: str = "加快支付"
) -> perftrack.Table:
    rate = f"{int(executed) / 2:.2f}"
    text = TRACK.format(executed=executed, rate=rate, budget=budget, goal=goal, measures=measures)
    return perftrack.read_text(text)[0]


@pytest.mark.parametrize(
    ("budget", "goal", "expected", "shown"),
    [
        pytest.param(
            "",
            "",
            [("C13", "绩效跟踪总体判断未填写年度项目预算完成可能性、年度绩效目标完成可能性")],
            "（未填写）",
            id="both-blank",
        ),
        pytest.param(
            "有可能完成",
            "",
            [("C14", "绩效跟踪总体判断未填写年度绩效目标完成可能性")],
            "预算完成可能性：有可能完成；绩效目标完成可能性：（未填写）",
            id="goal-blank",
        ),
        pytest.param(
            "有可能完成",
            "确定能完成",
            [],
            "预算完成可能性：有可能完成；绩效目标完成可能性：确定能完成",
            id="both-filled",
        ),
    ],
)
def test_blank_judgement(budget: str, goal: str, expected: list, shown: str) -> None:
    table = _track(budget=budget, goal=goal)
    assert _found(table, "judgement-missing") == expected
    assert ("总体判断", shown) in judgement_facts(table)
    assert f"  总体判断：{shown}\n" in scorecard_text(perftrack.score(table))


def test_blank_judgement_is_a_warning_of_reading() -> None:
    (finding,) = [f for f in _track().findings if f.id == "judgement-missing"]
    assert finding.severity is perftrack.Severity.WARNING


@pytest.mark.parametrize(
    ("executed", "measures", "expected"),
    [
        pytest.param(
            "60",
            "按计划推进",
            [
                "存在进度落后、未完成或完成可能性存疑的情况，但纠偏措施仅填写“按计划推进”，未提出具体措施"
            ],
            id="as-planned",
        ),
        pytest.param(
            "60",
            "正常推进。",
            [
                "存在进度落后、未完成或完成可能性存疑的情况，但纠偏措施仅填写“正常推进。”，未提出具体措施"
            ],
            id="going-on",
        ),
        pytest.param(
            "60",
            "无",
            ["存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施"],
            id="placeholder",
        ),
        pytest.param("60", "加快资金支付进度", [], id="a-measure"),
        # nothing behind, nothing in doubt: 按计划推进 is owed nothing
        pytest.param("150", "按计划推进", [], id="on-schedule"),
    ],
)
def test_measures_stating_no_measure(executed: str, measures: str, expected: list) -> None:
    table = _track(executed=executed, budget="有可能完成", goal="有可能完成", measures=measures)
    if executed == "150":
        table = _track(executed=executed, budget="确定能完成", goal="确定能完成", measures=measures)
    found = [message for _, message in _found(table, "missing-corrective-measures")]
    assert found == expected


# -- 9: missing-actual at the blank actual cell -------------------------------------


def test_missing_actual_points_at_the_actual_cell() -> None:
    rows = """
产出指标|数量指标|送戏下乡场次|≥100场|104场|20|20|
满意度指标|服务对象满意度指标|观众满意度|≥90%||20|18|问卷未回收
"""
    assert _found(_self_table(rows), "missing-actual") == [("E11", "“观众满意度”未填实际完成值")]


# -- 10: a reason claiming an excess on a row met exactly ----------------------------


@pytest.mark.parametrize(
    ("target", "actual", "reason", "expected"),
    [
        pytest.param(
            "=10个",
            "10个",
            "超额完成",
            [
                (
                    "H10",
                    "“新建健身路径”实际10个恰好达到年度指标=10个，偏差原因却填写“超额完成”，与完成情况不符",
                )
            ],
            id="exact-equal",
        ),
        pytest.param(
            "≥10个",
            "10个",
            "超额完成。",
            [
                (
                    "H10",
                    "“新建健身路径”实际10个恰好达到年度指标≥10个，偏差原因却填写“超额完成。”，与完成情况不符",
                )
            ],
            id="exact-floor",
        ),
        pytest.param("≥10个", "12个", "超额完成", [], id="really-over"),
        pytest.param("=10个", "10个", "按计划完成", [], id="no-claim"),
    ],
)
def test_reason_claiming_excess(target: str, actual: str, reason: str, expected: list) -> None:
    rows = f"产出指标|数量指标|新建健身路径|{target}|{actual}|10|10|{reason}"
    assert _found(_self_table(rows), "reason-contradicts-result") == expected
