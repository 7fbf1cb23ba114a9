"""r37p: what a reviewer reads in the text report and the 审核意见 letter.

Each table is built here as a TSV; each case fails before its fix:

1. a points item's rule with a suffix (``, short of full``, ``, capped``) was printed as
   the machine rule (``comparison not_met: ratio 99.95%, short of full``) in the text,
   Markdown, HTML, CSV and XLSX reports;
2. a merged problem whose second clause begins with 的 read ``未完成年度目标且的实际完成值…``;
3. a spreadsheet error value in any budget column was called the 执行率栏's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from grade_tables import read as _tsv
from grade_tables import self_table
from perftrack.report import scorecard_text
from perftrack.reports._common import rule_words
from perftrack.reports._review import review
from perftrack.scoring import score

if TYPE_CHECKING:
    import perftrack

Rows = list[list[str]]


# --- 1: a points rule with a suffix, in words ---


def _self_table(row: list[str]) -> perftrack.Table:
    """A 2024 自评表 of 道路养护, 1000万元 planned, budgeted and spent, with the one *row*."""
    return self_table(row, year="2024", name="道路养护", money="1000.00")


_POINTS_LINES = {
    # an upper bound missed by 0.05%: 9.995 rounds to full, scored a cent short
    "short of full": (
        ["产出指标", "成本指标", "养护成本控制", "≤1000万元", "1000.5万元", "10", "10"],
        (
            "       计分：分值10，计算得分9.99，填报得分10"
            "（未达成，按完成比例99.95%计分，未达成不得满分，少计0.01分）"
        ),
    ),
    # an actual no rule reads, 得分12 on 分值10: the printed points, no more than 10
    "capped": (
        ["产出指标", "数量指标", "养护面积", "≥50万平方米", "见附件", "10", "12"],
        "       计分：分值10，计算得分10.00，填报得分12（无法判断，采用表中得分，以分值为限）",
    ),
}


@pytest.mark.parametrize(("row", "line"), _POINTS_LINES.values(), ids=_POINTS_LINES.keys())
def test_points_rule_suffix_in_words(row: list[str], line: str) -> None:
    lines = scorecard_text(score(_self_table(row))).splitlines()
    assert line in lines
    assert not [text for text in lines if "short of full" in text or "capped" in text]


_RULES = {
    "zh short": (
        "comparison not_met: ratio 99.95%, short of full",
        "zh",
        "未达成，按完成比例99.95%计分，未达成不得满分，少计0.01分",
    ),
    "en short": (
        "comparison not_met: ratio 99.95%, short of full",
        "en",
        "not met: scored by the ratio 99.95%, a cent short of full as not met",
    ),
    "zh capped": ("unknown: printed points, capped", "zh", "无法判断，采用表中得分，以分值为限"),
    "en capped": (
        "unknown: printed points, capped",
        "en",
        "undecided: the printed points stand, capped at the weight",
    ),
    "zh past": (
        "comparison not_met: past the target 0.00%, short of full",
        "zh",
        "未达成，实际越过目标，按0.00%计分，未达成不得满分，少计0.01分",
    ),
    # a rule this version does not know is shown as it is, suffix and all
    "unknown rule": ("magic: spell, short of full", "zh", "magic: spell, short of full"),
}


@pytest.mark.parametrize(("rule", "language", "words"), _RULES.values(), ids=_RULES.keys())
def test_rule_words_suffix(rule: str, language: str, words: str) -> None:
    assert rule_words(rule, language) == words


# --- 2 and 3: the letter of a tracking table ---


def _tracking(budget: list[str], rows: Rows) -> perftrack.Table:
    return _tsv(
        [
            ["财政项目支出绩效跟踪表"],
            ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
            ["项目名称", "社区卫生服务"],
            ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
            ["", "年度资金总额", *budget],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "跟踪期计划完成值",
                "跟踪期实际完成值",
                "偏差原因分析",
            ],
            *rows,
            ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "92%", ""],
            ["效益指标", "社会效益指标", "居民健康水平", "≥95%", "95%", "96%", ""],
            ["纠偏措施", "加快体检进度。"],
        ]
    )


_BUDGET = ["120.00", "120.00", "60.00", "50.00"]
_LATE = ["产出指标", "时效指标", "体检完成时间", "2024年6月30日前", "完成", "2024年7月15日"]

_MERGED = {
    # a date after the period, not met, no reason: the 的 of the second clause dropped
    "late date, no reason": (
        [[*_LATE, ""]],
        (
            "存在以下问题：有1项指标未完成年度目标且实际完成值所填日期晚于跟踪期末，"
            "不能作为实际完成情况，且未分析原因（“体检完成时间”）。"
        ),
    ),
    # with its reason: two clauses
    "late date, reason": (
        [[*_LATE, "体检机构排期推迟"]],
        (
            "存在以下问题：有1项指标未完成年度目标且实际完成值所填日期晚于跟踪期末，"
            "不能作为实际完成情况（“体检完成时间”）。"
        ),
    ),
}


@pytest.mark.parametrize(("rows", "problem"), _MERGED.values(), ids=_MERGED.keys())
def test_merged_clause_without_de(rows: Rows, problem: str) -> None:
    letter = review(score(_tracking(_BUDGET, rows)))
    assert problem in letter
    assert "且的" not in letter


_ERRORS = {
    "executed": (
        ["120.00", "120.00", "#REF!", "35.00"],
        "二是“年度资金总额”执行数栏为公式错误值“#REF!”，无法计算执行率。",
    ),
    "period budget": (
        ["120.00", "#REF!", "60.00", "50.00"],
        "存在以下问题：“年度资金总额”预算数栏为公式错误值“#REF!”，无法计算执行率。",
    ),
    "initial": (
        ["#REF!", "120.00", "60.00", "50.00"],
        "存在以下问题：“年度资金总额”年初预算数栏为公式错误值“#REF!”，无法计算。",
    ),
    "rate": (
        ["120.00", "120.00", "60.00", "#DIV/0!"],
        "存在以下问题：“年度资金总额”执行率栏为公式错误值“#DIV/0!”，无法计算。",
    ),
}


@pytest.mark.parametrize(("budget", "problem"), _ERRORS.values(), ids=_ERRORS.keys())
def test_error_value_column_named(budget: list[str], problem: str) -> None:
    rows = [["产出指标", "数量指标", "签约人数", "≥5000人", "2500", "2600", ""]]
    assert problem in review(score(_tracking(budget, rows)))
