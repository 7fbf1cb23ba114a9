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
            ["一是有1项指标的合格率填报为0，尚无验收或检查结果（“工程验收合格率”）"],
            ["进度落后", "偏于乐观"],
            id="bare-zero-unrated-and-not-called-behind-by-the-judgement",
        ),
        pytest.param(
            [_NOT_YET],
            ["一是有1项指标的合格率填报为0，尚无验收或检查结果（“竣工验收合格率”）"],
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
