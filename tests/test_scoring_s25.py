"""Fixes of sweep25: the rate row mid-year (W1, U2), a per-month standard rounded to the
cent (U1) and an --as-of dropped on a window table (U3).

Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

import pytest

import perftrack
from test_read_unseen import read

_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "跟踪期计划完成值",
    "跟踪期实际完成值",
    "偏差原因分析",
    "完成目标可能性",
    "纠偏措施",
]


def _tracking(months: str, block: list[str], row: list[str]) -> perftrack.Table:
    return read(
        "财政项目支出绩效跟踪表",
        f"跟踪时段：（ 2024-1月 至 2024-{months}月 ）",
        ["项目名称", "农村道路养护"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", *block],
        ["年度总体目标", "预期目标", "", "跟踪期实际完成情况"],
        ["", "完成道路养护", "", "已完成部分养护"],
        _HEADER,
        ["绩效指标", "产出指标", "数量指标", "养护里程", "≥100公里", "80", "80", "", "确定能"],
        ["", "效益指标", "经济效益指标", "项目资金执行率", "≥90%", *row, "", "确定能"],
    )


# ---------------------------------------------------------------------------
# W1, U2: the rate row is judged by the amounts only at the year's end, and its
# progress then reads the same figure as its attainment

_RATE_ROW_CASES = [
    pytest.param(
        "8",
        ["100.00", "80.00", "78.00", "97.50"],
        ["80%", "50%"],
        (
            "pending",
            "behind",
            "实际50%，未达年度指标≥90%，距年底尚有时间；实际50%落后于计划80%",
        ),
        id="august-keeps-the-row-s-own-reading",
    ),
    pytest.param(
        "12",
        ["100.00", "100.00", "98.00", "98.00"],
        ["100%", "60%"],
        (
            "met",
            "behind",
            (
                "实际完成值60%与按金额计算的执行率98.00%不符，按98.00%判断；"
                "实际98.00%，达到年度指标≥90%；实际98.00%落后于计划100%"
            ),
        ),
        id="december-98-progress-from-98",
    ),
    pytest.param(
        "12",
        ["100.00", "100.00", "100.00", "100.00"],
        ["100%", "60%"],
        (
            "met",
            "on_track",
            (
                "实际完成值60%与按金额计算的执行率100.00%不符，按100.00%判断；"
                "实际100.00%，达到年度指标≥90%"
            ),
        ),
        id="december-100-on-track",
    ),
]


@pytest.mark.parametrize(("months", "block", "row", "expected"), _RATE_ROW_CASES)
def test_the_rate_row_is_judged_by_the_amounts_only_through_december(
    months: str, block: list[str], row: list[str], expected: tuple[str, str, str]
) -> None:
    card = perftrack.score(_tracking(months, block, row))
    verdict = card.verdicts[1]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected
    assert [f.id for f in card.findings if f.id == "budget-rate-mismatch"] == [
        "budget-rate-mismatch"
    ]


# ---------------------------------------------------------------------------
# U1: a per-month standard printed rounded is the year's standard over 12


def _self(target: str, actual: str) -> perftrack.Table:
    return read(
        "项目支出绩效自评表",
        "（2025年度）",
        ["项目名称", "某补助项目"],
        ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["500.00", "500.00", "480.00", "10", "96.00%", "9.60"],
        ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["补助标准", target, actual, "10", "10", ""],
    )


_ROUNDED_CASES = [
    pytest.param(
        "1000元/人·年",
        "83.33元/人·月",
        (
            "met",
            "实际999.96元/人·年（≈1000元/人·年），达到年度指标=1000元/人·年",
            [],
        ),
        id="cent-rounded-1000-over-12",
    ),
    pytest.param(
        "1万元/人·年",
        "833元/人·月",
        (
            "met",
            "实际9996元/人·年（≈10000元/人·年），达到年度指标=1万元/人·年",
            [],
        ),
        id="yuan-rounded-1wan-over-12",
    ),
    pytest.param(
        "1000元/人·年",
        "每人每月83.33元",
        (
            "met",
            "实际999.96元/人·年（≈1000元/人·年），达到年度指标=1000元/人·年",
            [],
        ),
        id="phrase-form-too",
    ),
    pytest.param(
        "1万元/人·年",
        "830元/人·月",
        (
            "not_met",
            "实际9960元/人·年，未达年度指标=1万元/人·年",
            ["full-points-not-met"],
        ),
        id="830-is-short-of-1wan",
    ),
    pytest.param(
        "1000元/人·年",
        "82元/人·月",
        (
            "not_met",
            "实际984元/人·年，未达年度指标=1000元/人·年",
            ["full-points-not-met"],
        ),
        id="82-yuan-beyond-its-rounding",
    ),
]


@pytest.mark.parametrize(("target", "actual", "expected"), _ROUNDED_CASES)
def test_a_per_month_standard_within_its_rounding_meets_the_year_s(
    target: str, actual: str, expected: tuple[str, str, list[str]]
) -> None:
    card = perftrack.score(_self(target, actual))
    verdict = card.verdicts[0]
    found = [f.id for f in card.findings if f.id in ("full-points-not-met", "unit-mismatch")]
    assert (verdict.attainment.value, verdict.explanation, found) == expected


# ---------------------------------------------------------------------------
# U3: on a window table a date the user gave is not used, and the finding says so

_WINDOW_PREFIX = (
    "跟踪时段2025年7-9月不从1月起，所填为该时段数据而非年初至今累计数，"
    "不按序时进度评价，累计及年度指标的进度无法判断"
)


def _window() -> perftrack.Table:
    return read(
        "财政项目支出绩效跟踪表",
        "跟踪时段：2025年7-9月",
        ["项目名称", "秋季学期资助"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "资助学生人数", "≥500人", "320人"],
    )


_WINDOW_CASES = [
    pytest.param(
        "2025-09-30",
        (
            None,
            _WINDOW_PREFIX + "，评价日期2025-09-30（--as-of 或策略的 as_of）未用于判断",
        ),
        id="as-of-given-is-said",
    ),
    pytest.param(None, (None, _WINDOW_PREFIX), id="no-as-of-nothing-to-say"),
]


@pytest.mark.parametrize(("as_of", "expected"), _WINDOW_CASES)
def test_a_window_table_says_the_as_of_it_does_not_use(
    as_of: str | None, expected: tuple[None, str]
) -> None:
    card = perftrack.score(_window(), policy=perftrack.Policy.central(as_of=as_of))
    messages = [f.message for f in card.findings if f.id == "period-not-cumulative"]
    assert (card.as_of, *messages) == expected
