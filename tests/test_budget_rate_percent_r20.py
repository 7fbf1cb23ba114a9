"""A printed execution rate that says it is a percent is that percent (r20, W1).

The share rule of r19 (a printed rate above 0 and at most 1 with no amounts is a
share that lost its % format: ``0.88`` is 88%) read ``0.5%`` as 50% and a bare
``0.8`` under ``执行率(%)`` as 80%: a tracking table two months into the year lost
its ``budget-behind-schedule``, and a self-evaluation whose unit printed 得分 0
beside ``1`` under ``执行率（%）`` scored 10 of 10. Only a bare figure under a rate
header naming no unit is a share now. Every table is written here as text, read and
scored, with the exact findings and points expected.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import perftrack
from perftrack.scoring import Scorecard, score
from test_read_unseen import read

D = Decimal

SELF_GRID = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
TRACK_GRID = ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"]


def self_evaluation(header: str, amounts: list[str], rate: str) -> perftrack.Table:
    """A 自评表: the budget line (amounts, 分值 10, *rate* under *header*, 得分 0), one row of 90."""
    return read(
        "项目支出绩效自评表",
        "（2024年度）",
        ["项目名称", "培训项目"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", header, "得分"],
        ["", "年度资金总额", *amounts, "10", rate, "0"],
        SELF_GRID,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "100人次", "90", "90"],
    )


def tracking(header: str, amounts: list[str], rate: str) -> perftrack.Table:
    """A 跟踪表 for 2024年1月–2月 (序时进度 16.67%) whose budget line prints *rate*."""
    return read(
        "财政项目支出绩效跟踪表",
        "跟踪时段：2024年1月 至 2024年2月",
        ["项目名称", "培训项目"],
        ["预算执行情况（万元）", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", header],
        ["", "年度资金总额", *amounts, rate],
        TRACK_GRID,
        ["产出指标", "数量指标", "培训人次", "≥100人次", "20人次"],
    )


def found(card: Scorecard) -> list[tuple[str, str]]:
    """The budget findings of *card*: (id, message)."""
    return [
        (finding.id, finding.message)
        for finding in card.findings
        if finding.id.startswith(("budget-", "points-differ"))
    ]


NONE = ["", "", ""]
AMOUNTS = ["1000", "1000", "5"]  # 5 of 1000: 0.50%

SHARE_088 = (
    "budget-rate-as-share",
    "“年度资金总额”填报执行率0.88按比例计为88%（未填金额，无从核算）",
)
SHARE_1 = ("budget-rate-as-share", "“年度资金总额”填报执行率1按比例计为100%（未填金额，无从核算）")


def _self_behind(rate: str) -> tuple[str, str]:
    return ("budget-behind-schedule", f"填报执行率{rate}%低于年终执行率要求90.00%")


def _track_behind(rate: str, *, printed: bool = True) -> tuple[str, str]:
    said = "填报执行率" if printed else "执行率"
    return ("budget-behind-schedule", f"{said}{rate}%低于序时进度16.67%")


def _differ(points: str) -> tuple[str, str]:
    # the rate the points come from is said (rv23a M3): 8.80 of 10 is 88.00%
    rate = format(Decimal(points) * 10, ".2f")
    return ("points-differ", f"“年度资金总额”按执行率{rate}%计算得分{points}，填报得分0")


SELF_CASES = [
    # (header, amounts, rate cell, budget points, findings)
    # the cell prints its own %: that percent
    ("执行率", NONE, "0.5%", "0.05", [_self_behind("0.50")]),
    ("执行率", NONE, "0.5％", "0.05", [_self_behind("0.50")]),
    # a header naming %: bare figures are percents
    ("执行率(%)", NONE, "0.8", "0.08", [_self_behind("0.80")]),
    ("执行率（%）", NONE, "1", "0.10", [_self_behind("1.00")]),
    ("执行率（％）", NONE, "0.88", "0.09", [_self_behind("0.88")]),
    ("执行率%", NONE, "0.88", "0.09", [_self_behind("0.88")]),
    # a bare figure under a header naming no unit: the share (r19)
    ("执行率", NONE, "0.88", "8.80", [SHARE_088, _self_behind("88.00"), _differ("8.80")]),
    ("执行率", NONE, "1", "10.00", [SHARE_1, _differ("10.00")]),
    # above 1: a percent whatever the header
    ("执行率", NONE, "88", "8.80", [_self_behind("88.00"), _differ("8.80")]),
    # amounts beside it: the amounts' rate, the printed % agreeing
    (
        "执行率",
        AMOUNTS,
        "0.5%",
        "0.05",
        [("budget-behind-schedule", "执行率0.50%低于年终执行率要求90.00%")],
    ),
    (
        "执行率(%)",
        AMOUNTS,
        "0.5",
        "0.05",
        [("budget-behind-schedule", "执行率0.50%低于年终执行率要求90.00%")],
    ),
]


@pytest.mark.parametrize(("header", "amounts", "rate", "points", "findings"), SELF_CASES)
def test_a_self_evaluation_rate_printed_as_a_percent_scores_that_percent(
    header: str,
    amounts: list[str],
    rate: str,
    points: str,
    findings: list[tuple[str, str]],
) -> None:
    table = self_evaluation(header, amounts, rate)
    (line,) = table.budget
    assert line.rate == D(rate.rstrip("%％"))
    card = score(table)
    assert found(card) == findings
    assert card.points is not None
    (item,) = [item for item in card.points.items if item.budget_line is not None]
    assert item.points == D(points)
    assert card.points.total == D(points) + 90


TRACK_CASES = [
    # (header, amounts, rate cell, findings)
    ("执行率", NONE, "0.5%", [_track_behind("0.50")]),
    ("执行率(%)", NONE, "0.8", [_track_behind("0.80")]),
    ("执行率(%)", NONE, "1", [_track_behind("1.00")]),
    ("执行率（%）", NONE, "0.88", [_track_behind("0.88")]),
    # a bare share under a header naming no unit: 88% and 100%, ahead of 16.67%
    ("执行率", NONE, "0.88", [SHARE_088]),
    ("执行率", NONE, "1", [SHARE_1]),
    # amounts beside it, as before
    ("执行率", AMOUNTS, "0.5%", [_track_behind("0.50", printed=False)]),
    ("执行率(%)", AMOUNTS, "0.5", [_track_behind("0.50", printed=False)]),
]


@pytest.mark.parametrize(("header", "amounts", "rate", "findings"), TRACK_CASES)
def test_a_tracking_rate_printed_as_a_percent_is_held_to_time_progress(
    header: str, amounts: list[str], rate: str, findings: list[tuple[str, str]]
) -> None:
    card = score(tracking(header, amounts, rate))
    assert found(card) == findings


@pytest.mark.parametrize(
    ("header", "rate", "printed"),
    [
        ("执行率", "0.5%", (("rate", "0.5%"),)),
        ("执行率", "0.5％", (("rate", "0.5％"),)),
        ("执行率(%)", "0.8", (("rate", "0.8"),)),
        ("执行率（%）", "1", (("rate", "1"),)),
        ("执行率（%）", "80.00", ()),
        ("执行率", "80.00%", ()),
        ("执行率", "0.88", ()),
        ("执行率", "88", ()),
    ],
)
def test_the_reader_keeps_a_rate_printed_as_a_percent(
    header: str, rate: str, printed: tuple[tuple[str, str], ...]
) -> None:
    (line,) = self_evaluation(header, NONE, rate).budget
    assert line.printed == printed


@pytest.mark.parametrize(
    ("header", "rate", "written"),
    [("执行率", "0.5%", "0.5%"), ("执行率(%)", "0.8", "0.8"), ("执行率", "0.88", None)],
)
def test_a_rate_printed_as_a_percent_survives_the_json_round_trip(
    header: str, rate: str, written: str | None
) -> None:
    card = score(tracking(header, NONE, rate))
    text = perftrack.to_json(card)
    (line,) = json.loads(text)["tables"][0]["budget"]
    assert line.get("rate_printed") == written
    again = perftrack.from_json(text, Scorecard)
    assert found(again) == found(card)
