"""The review letter reads a row's own words before it names a problem (regress91).

W1: a 合格率 at 0 after checks (``0%（抽检3批次均不合格）``, ``已送检5批次，检测结果均不合格``)
is a real 0 % pass rate, behind its plan, not 尚无验收或检查结果.
Every table is written here as text, read and scored; each case names the exact
sentences the letter must (or must not) hold.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review


def _letter(rows: list[list[str]]) -> str:
    text = "\n".join("\t".join(row) for row in rows)
    return review(perftrack.score(perftrack.read_text(text)[0]))


def _tracking(rows: list[list[str]], budget: tuple[str, ...] = ()) -> list[list[str]]:
    """A 跟踪表 for Jan–Aug 2025, its rows (三级指标, 年度, 计划, 实际, 偏差原因) under 质量指标."""
    lines = budget or (
        "年度资金总额\t1000.00\t1000.00\t700.00\t70.00",
        "其中：当年财政拨款\t1000.00\t1000.00\t700.00\t70.00",
    )
    return [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2025-1月 至 2025-8月 ）"],
        ["项目名称", "防汛排涝设施建设", "", "", ""],
        ["主管部门", "某区水务局", "实施单位", "某区水务工程建设中心"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        *(["", *line.split("\t")] for line in lines),
        ["年度总体目标", "预期目标", "", "跟踪期实际完成情况"],
        ["", "完成年度建设任务。", "", "按计划推进。"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        ["产出指标", "数量指标", "新建泵站数量", "=4座", "3", "3座", ""],
        *(["产出指标", "质量指标", *row] for row in rows),
        ["效益指标", "社会效益指标", "易涝点消除数量", "≥10处", "6", "7处", ""],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "90%", "92%", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
        ["", "年度绩效目标完成可能性", "确定能完成"],
        ["纠偏措施", "加快推进"],
    ]


_CHECKED = ["设备抽检合格率", "=100%", "100%", "0%（抽检3批次均不合格）", "3批次水泵抽检均不合格"]
_SENT = ["材料送检合格率", "=100%", "100%", "0%", "已送检5批次，检测结果均不合格"]
_BARE = ["工程验收合格率", "100%", "100%", "0", ""]
_NOT_YET = ["竣工验收合格率", "100%", "100%", "0", "项目尚未竣工，待验收"]


@pytest.mark.parametrize(
    ("rows", "present", "absent"),
    [
        pytest.param(
            [_CHECKED, _BARE, _SENT],
            [
                "其中2项进度落后于计划",
                "一是有1项指标的合格率填报为0，尚无验收或检查结果（“工程验收合格率”）",
                "二是有2项指标进度落后于跟踪期计划（“设备抽检合格率”、“材料送检合格率”）",
                (
                    "三是对完成可能性的判断偏于乐观：“设备抽检合格率”、“材料送检合格率”"
                    "进度落后或未完成却判断绩效目标“确定能完成”"
                ),
            ],
            ["有3项指标的合格率填报为0", "“工程验收合格率”进度落后"],
            id="checked-and-failed-is-behind-bare-zero-is-unrated",
        ),
        pytest.param(
            [_CHECKED],
            [
                "其中1项进度落后于计划",
                "一是有1项指标进度落后于跟踪期计划（“设备抽检合格率”）",
            ],
            ["尚无验收或检查结果"],
            id="note-in-the-cell",
        ),
        pytest.param(
            [_SENT],
            ["一是有1项指标进度落后于跟踪期计划（“材料送检合格率”）"],
            ["尚无验收或检查结果"],
            id="reason-tells-of-failed-checks",
        ),
        pytest.param(
            [_BARE],
            [
                "存在以下问题：有1项指标的合格率填报为0，尚无验收或检查结果（“工程验收合格率”）。建议尚未验收的注明验收安排。"
            ],
            ["进度落后", "偏于乐观"],
            id="bare-zero-unrated-and-not-called-behind-by-the-judgement",
        ),
        pytest.param(
            [_NOT_YET],
            [
                "存在以下问题：有1项指标的合格率填报为0，尚无验收或检查结果（“竣工验收合格率”）。建议尚未验收的注明验收安排。"
            ],
            ["进度落后"],
            id="reason-says-not-yet-checked",
        ),
    ],
)
def test_pass_rate_zero(rows: list[list[str]], present: list[str], absent: list[str]) -> None:
    letter = _letter(_tracking(rows))
    for sentence in present:
        assert sentence in letter
    for sentence in absent:
        assert sentence not in letter


def _self_evaluation(rows: list[list[str]]) -> list[list[str]]:
    """A 自评表 for 2025, its rows (三级指标, 年度指标值, 实际, 分值, 得分, 偏差原因) under 数量指标."""
    return [
        ["项目支出绩效自评表"],
        ["（2025年度）"],
        ["项目名称", "背街小巷整治", "", "", ""],
        ["主管部门", "某区住房和城乡建设局", "实施单位", "某区建设事务中心"],
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
        ["", "年度资金总额", "500.00", "500.00", "480.00", "10", "96.00%", "9.60"],
        ["", "其中：当年财政拨款", "500.00", "500.00", "480.00", "—", "96.00%", "—"],
        ["年度总体目标", "预期目标", "", "实际完成情况"],
        ["", "完成年度建设任务。", "", "基本完成年度建设任务。"],
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
        ["产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "20", "20", ""],
        *(["产出指标", "数量指标", *row] for row in rows),
        ["效益指标", "社会效益指标", "受益居民户数", "≥3000户", "3200户", "30", "30", ""],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93%", "20", "20", ""],
        ["总分", "", "", "", "", "100", "99.60", ""],
        ["自评等级", "优"],
    ]


def _met(reason: str) -> list[str]:
    return ["整治背街小巷数量", "≥20条", "20条", "20", "20", reason]


_CLASH = "偏差原因与完成情况不符"


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        pytest.param("未完成部分已于11月底前完成", None, id="shortfall-since-done"),
        pytest.param("上年未完成的3条小巷本年已完成整治并验收", None, id="last-year-done-now"),
        pytest.param("无任何未完成事项", None, id="denied-with-a-word-between"),
        pytest.param("年初计划尚未完成的考核办法已于9月印发", None, id="since-issued"),
        pytest.param("未完成事项：无", None, id="denied-after-the-noun"),
        pytest.param("无未完成事项", None, id="denied"),
        pytest.param("不存在未完成情况", None, id="not-existing"),
        pytest.param("暂无未完成", None, id="none-yet"),
        pytest.param(
            "未完成",
            "存在以下问题：有1项指标偏差原因与完成情况不符，请核实（“整治背街小巷数量”已完成却填写“未完成”）",
            id="bare-undone",
        ),
        pytest.param(
            "尚未完成。",
            "存在以下问题：有1项指标偏差原因与完成情况不符，请核实（“整治背街小巷数量”已完成却填写“尚未完成。”）",
            id="not-yet-done",
        ),
        pytest.param(
            "未完成年度目标",
            "存在以下问题：有1项指标偏差原因与完成情况不符，请核实（“整治背街小巷数量”已完成却填写“未完成年度目标”）",
            id="year-target-missed",
        ),
        pytest.param(
            "受雨季影响未完成，已申请延期",
            (
                "存在以下问题：有1项指标偏差原因与完成情况不符，请核实"
                "（“整治背街小巷数量”已完成却填写“受雨季影响未完成，已申请延期”）"
            ),
            id="undone-and-deferred",
        ),
    ],
)
def test_met_row_reason(reason: str, expected: str | None) -> None:
    letter = _letter(_self_evaluation([_met(reason)]))
    if expected is None:
        assert _CLASH not in letter
        assert "未发现明显问题" in letter
    else:
        assert expected in letter


def test_met_row_tracking_denial_after_noun() -> None:
    row = ["设备抽检合格率", "=100%", "100%", "100%", "未完成事项：无"]
    assert _CLASH not in _letter(_tracking([row]))


def _not_met(reason: str) -> list[str]:
    return ["整治背街小巷数量", "≥20条", "15条", "20", "15", reason]


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        pytest.param("原计划超额完成，但受汛期影响未能完成", None, id="contrasted-plan"),
        pytest.param("计划超额完成，实际未达到年度目标", None, id="contrasted-plan-not-reached"),
        pytest.param(
            "年初指标设置偏低，实际完成情况超出预期",
            (
                "有1项指标偏差原因与完成情况不符，请核实（“整治背街小巷数量”未完成却填写"
                "“年初指标设置偏低，实际完成情况超出预期”）"
            ),
            id="says-exceeded",
        ),
        pytest.param(
            "超额完成，无未完成事项",
            "有1项指标偏差原因与完成情况不符，请核实（“整治背街小巷数量”未完成却填写“超额完成，无未完成事项”）",
            id="exceeded-and-denies-shortfall",
        ),
    ],
)
def test_not_met_row_reason(reason: str, expected: str | None) -> None:
    letter = _letter(_self_evaluation([_not_met(reason)]))
    assert "有1项指标未完成年度目标（“整治背街小巷数量”）" in letter
    if expected is None:
        assert _CLASH not in letter
    else:
        assert expected in letter


_ON_PLAN = ["设备抽检合格率", "=100%", "100%", "100%", ""]


@pytest.mark.parametrize(
    ("budget", "present", "absent"),
    [
        pytest.param(
            (
                "年度资金总额\t1000.00\t1000.00\t200.00\t20.00",
                "其中：当年财政拨款\t800.00\t800.00\t500.00\t62.50",
                "上年结转资金\t200.00\t200.00\t200.00\t100.00",
            ),
            [
                "按各项资金来源合计计算为70.00%，两者不符，执行进度无法确认。",
                (
                    "存在以下问题：各项资金来源之和与资金总额不符（各项资金来源执行数合计700.00万元，"
                    "资金总额执行数为200.00万元）。建议核对各项资金与资金总额。"
                ),
            ],
            ["偏于乐观", "预算执行率仅20.00%"],
            id="unconfirmed-rate-said-once-and-grounds-no-optimism",
        ),
        pytest.param(
            (
                "年度资金总额\t1000.00\t1000.00\t200.00\t20.00",
                "其中：当年财政拨款\t800.00\t800.00\t400.00\t50.00",
                "上年结转资金\t200.00\t200.00\t200.00\t100.00",
            ),
            [
                "一是预算执行进度滞后，执行率低于序时进度46.67个百分点；",
                "三是对完成可能性的判断偏于乐观：预算执行率仅20.00%却判断预算“确定能完成”。建议",
            ],
            ["执行进度无法确认"],
            id="sums-behind-too-the-lag-and-optimism-stand",
        ),
    ],
)
def test_budget_unconfirmed(budget: tuple[str, ...], present: list[str], absent: list[str]) -> None:
    letter = _letter(_tracking([_ON_PLAN], budget))
    for sentence in present:
        assert sentence in letter
    for sentence in absent:
        assert sentence not in letter
    assert letter.count("执行进度无法确认") <= 1
