"""track40 M1/M2: the review letter names a forecast miss as such and chains no clauses.

M1: a row on its 跟踪期计划 whose only trouble is its own 全年预计 missing the target was
written up as 进度落后 (``有2项指标进度落后却判断“确定能”``). It is now
全年预计无法完成, in a clause of its own beside the rows really behind.
M2: the rows without their 纠偏措施, after a problem naming the same rows, were chained
into it (``存在偏差但未分析原因且进度落后、未完成或完成可能性存疑，但未填写纠偏措施``);
the measures left out are now added as one clause (``…，也未填写纠偏措施``).
budget37 LOW: a grid row 预算执行率 short beside the budget's own 预算执行率偏低 is not
said again as 未完成年度目标 or 未分析原因 (the points' error stays a problem of its own).
Each table is written here as text; each case names exact sentences.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review

_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "跟踪期计划完成值",
    "跟踪期实际完成值",
    "全年预计完成情况",
    "完成可能性",
    "偏差原因分析",
    "纠偏措施",
]
# a row on its plan, and its forecast, filled in
_ON_PLAN = ["效益指标", "社会效益指标", "门诊服务人次", "≥5000人次", "1500人次", "1600人次"]


def _letter(rows: list[list[str]], *, judged: bool = True) -> str:
    """The letter of a Jan–Apr 2025 跟踪表 with *rows* (三级指标 … 纠偏措施) under 产出指标."""
    lines = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：2025年1-4月"],
        ["项目名称", "社区卫生服务"],
        ["主管部门", "某区卫健局", "实施单位", "某中心"],
        ["预算执行情况 (万元)", "", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "", "480.00", "480.00", "160.00", "33.33"],
        ["", "其中：当年财政拨款", "", "480.00", "480.00", "160.00", "33.33"],
        ["年度总体目标", "预期目标", "", "", "跟踪期实际完成情况"],
        ["", "按计划完成社区卫生服务", "", "", "进展总体正常"],
        _HEADER,
        *(["产出指标", "数量指标", *row] for row in rows),
        [*_ON_PLAN, "5000人次", "确定能", "", ""],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "90%", "92%", "92%", "确定能"],
    ]
    if judged:
        lines += [
            ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
            ["", "年度绩效目标完成可能性", "确定能完成"],
        ]
    lines.append(["纠偏措施", ""])
    text = "\n".join("\t".join(line) for line in lines)
    return review(perftrack.score(perftrack.read_text(text)[0]))


# on plan (4000 of 4000), forecast 11000 < 12000
_SIGNED = ["家庭医生签约人数", "≥12000人", "4000人", "4000人", "11000人", "确定能", "", ""]
# on plan (45 ≤ 50), forecast 160 > the ceiling 150
_COST = ["药品采购成本", "≤150万元", "50万元", "45万元", "160万元", "确定能", "", ""]
# behind its plan (300 < 400), forecast on target
_BEHIND = ["健康讲座次数", "≥1200次", "400次", "300次", "1200次", "确定能", "", ""]


@pytest.mark.parametrize(
    ("rows", "judged", "expected"),
    [
        pytest.param(
            [_SIGNED, _COST],
            True,
            "对完成可能性的判断偏于乐观：有2项指标全年预计无法完成却判断“确定能”"
            "（“家庭医生签约人数”、“药品采购成本”）",
            id="forecast-misses-judged",
        ),
        pytest.param(
            [_SIGNED],
            False,
            "对完成可能性的判断偏于乐观：有1项指标全年预计无法完成却判断“确定能”"
            "（“家庭医生签约人数”）",
            id="forecast-miss-no-overall-judgement",
        ),
        pytest.param(
            [_BEHIND, _COST],
            False,
            "对完成可能性的判断偏于乐观：有1项指标进度落后却判断“确定能”（“健康讲座次数”），"
            "有1项指标全年预计无法完成却判断“确定能”（“药品采购成本”）",
            id="behind-and-forecast-miss-apart",
        ),
    ],
)
def test_forecast_miss_is_not_behind(rows: list[list[str]], expected: str, *, judged: bool) -> None:
    letter = _letter(rows, judged=judged)
    assert expected in letter
    assert "进度落后或全年预计" not in letter


# M2: the rows without their 纠偏措施 after a problem naming the same rows were chained
# into it: 存在偏差但未分析原因且进度落后、未完成或完成可能性存疑，但未填写纠偏措施.
_PLANNED = ["居家护理人次", "≥1200人次", "400人次", "420人次", "1200人次", "有可能", "", ""]
_EXPLAINED = ["健康讲座次数", "≥1200次", "400次", "300次", "1200次", "确定能", "讲师不足", ""]
_LATE = ["设备采购完成时间", "3月底前完成", "完成", "采购中", "5月完成", "确定能", "", ""]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            _SIGNED,
            "有1项指标存在偏差但未分析原因，也未填写纠偏措施（“家庭医生签约人数”）",
            id="deviation-unexplained",
        ),
        pytest.param(
            _BEHIND,
            "有1项指标进度落后于跟踪期计划且未分析原因，也未填写纠偏措施（“健康讲座次数”）",
            id="behind-unexplained",
        ),
        pytest.param(
            _EXPLAINED,
            "有1项指标进度落后于跟踪期计划，但未填写纠偏措施（“健康讲座次数”）",
            id="behind-explained",
        ),
        pytest.param(
            _PLANNED,
            "有1项指标完成目标可能性判断为“有可能”，未说明判断依据，也未填写纠偏措施"
            "（“居家护理人次”）",
            id="unsure-unexplained",
        ),
        pytest.param(
            _LATE,
            "有1项指标未完成年度目标且未分析原因，也未填写纠偏措施（“设备采购完成时间”）",
            id="not-met-unexplained",
        ),
    ],
)
def test_measures_left_out_said_once(row: list[str], expected: str) -> None:
    letter = _letter([row])
    assert expected in letter
    assert "，但未填写纠偏措施（" in letter or "，也未填写纠偏措施（" in letter
    assert "进度落后、未完成或完成可能性存疑" not in letter


# budget37 LOW: a grid row 预算执行率 short of its target, beside a block whose rate is
# short too, was said as 预算执行率偏低, 未完成年度目标且未分析原因 and 未完成目标却得满分.
def _self_evaluation(
    executed: str, rate: str, row_actual: str, row_points: str, people: str = "2.1万人"
) -> str:
    lines = [
        ["项目支出绩效自评表"],
        ["（2024年度）"],
        ["项目名称", "农村饮水安全巩固提升"],
        ["主管部门", "县水利局", "", "实施单位", "县农村供水管理站"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "300.00", "300.00", executed, rate],
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
        ["产出指标", "数量指标", "新建供水工程", "≥10(处)", "10", "20", "20", ""],
        ["", "质量指标", "水质达标率", "≥95%", "96%", "15", "15", ""],
        ["", "时效指标", "完工及时率", "100%", "100%", "15", "15", ""],
        ["效益指标", "社会效益指标", "受益人口", "≥2万人", people, "20", "20", ""],
        ["", "经济效益指标", "预算执行率", "≥90%", row_actual, "10", row_points, ""],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", ""],
    ]
    text = "\n".join("\t".join(line) for line in lines)
    return review(perftrack.score(perftrack.read_text(text)[0]))


_LOW_RATE = "一是预算执行率偏低，执行率低于年终执行率要求5.00个百分点；"


@pytest.mark.parametrize(
    ("budget", "expected", "absent"),
    [
        pytest.param(
            ("255.00", "85.00%", "85%", "10"),
            _LOW_RATE + "二是自评打分存在差错，各项分值合计不为100分，"
            "有1项指标未完成目标却得满分（“预算执行率”）。",
            "未完成年度目标",
            id="rate-row-short-said-once",
        ),
        pytest.param(
            ("255.00", "85.00%", "85%", "9.44"),
            _LOW_RATE + "二是自评打分存在差错，各项分值合计不为100分。",
            "未分析原因",
            id="rate-row-short-scored-right",
        ),
        pytest.param(
            ("255.00", "85.00%", "85%", "9.44", "1.8万人"),
            _LOW_RATE + "二是有1项指标未完成年度目标且未分析原因（“受益人口”）；",
            "（“预算执行率”）",
            id="other-row-short-still-named",
        ),
    ],
)
def test_rate_shortfall_said_once(budget: tuple[str, ...], expected: str, absent: str) -> None:
    letter = _self_evaluation(*budget)
    assert expected in letter
    assert absent not in letter
