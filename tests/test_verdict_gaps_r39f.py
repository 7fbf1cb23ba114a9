"""Verdict gaps an auditor found after r38 (r39f).

1. A count of minor events of the row's own kind against a zero or a ceiling
   (``安全事故发生次数 | 0起 | 发生轻微事故1起``) was ``unknown``, "计的是“轻微事故”，不是指标
   所计事件的数": 轻微 was read as another kind of accident. A minor degree (轻微, 轻度,
   较小, 微小) is no kind: the count is the row's figure, ``not_met`` (``met`` within the
   ceiling), its label kept in the explanation. Against a graded row (较大及以上) a minor
   accident stays a reviewer's call; another kind (食品安全事故 on 安全生产事故) too.
2. ``种植面积 | 5000亩 | 已种植2800亩，剩余2200亩秋季种植`` was text (``unknown``, "不是数值"):
   the first clause is the figure achieved, the remainder left for later (a season, a
   month, 待…, 未…) is not done. Judged as 2800亩: ``not_met`` in a 自评表, ``pending`` in a
   跟踪表 before the year's end.
3. A full rate's act said done with no word of how much (``资金到位率 | 100% | 到位``,
   ``及时到位``, ``拨付到位``; ``资金拨付率 | 100% | 拨付到位``) was ``unknown``, while
   ``已到位`` was ``met`` (status done, scoring.md §3 rule 3): ``met``, the explanation
   noting that no share was printed. On time alone (``及时拨付``, ``按时发放``) says
   nothing of all of it, and stays ``unknown``.
4. ``安全事故 | 0起 | 无`` and ``| 0 | 未发生`` are ``met`` (pinned).

Every table is written as text, read and scored, with the exact words.
"""

from __future__ import annotations

import pytest

import perftrack
from cases.composed_tables import TRACKING_GRID

SELF = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
LEVEL1 = {"数量指标": "产出指标", "质量指标": "产出指标", "经济成本指标": "成本指标"}

#: Findings every row of these tables may raise beside the fault (a 自评表 with no 得分).
IGNORED = frozenset({"missing-points", "target-not-measurable", "target-missing-unit"})

NO_REASON = "存在偏差但未填写偏差原因"


def _tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


def _self_card(level2: str, name: str, target: str, actual: str) -> perftrack.Scorecard:
    """A 2023 自评表 (as of 2023-12-31) with the one row (its 得分 blank) and a 满意度 row."""
    rows = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "示例项目"],
        ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "50.00", "50.00", "50.00", "10", "100.00%", "10"],
        SELF,
        [LEVEL1.get(level2, "效益指标"), level2, name, target, actual, "20", "", ""],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "70", "70", ""],
    ]
    return perftrack.score(perftrack.read_text(_tsv(rows))[0])


def _track_card(
    level2: str, name: str, target: str, actual: str, planned: str = ""
) -> perftrack.Scorecard:
    """A 2024 1–6月 跟踪表 (as of 2024-06-30) with the one row and a 满意度 row."""
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
        ["项目名称", "示例项目"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
        TRACKING_GRID,
        [LEVEL1.get(level2, "效益指标"), level2, name, target, planned, actual, ""],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "90%", "92%", ""],
    ]
    return perftrack.score(perftrack.read_text(_tsv(rows))[0])


def _reading(card: perftrack.Scorecard) -> tuple[str, str, list[str]]:
    """The first row's attainment, explanation and finding ids (those of every row left out)."""
    verdict = card.verdicts[0]
    found = [f.id for f in card.findings if f.where.indicator == 0 and f.id not in IGNORED]
    return verdict.attainment.value, verdict.explanation, found


# -- the 2023 自评表: (二级, 三级, target, actual) → (attainment, explanation, finding ids) --

SELF_CASES = [
    # 1. a count of minor events of the row's kind against a zero or a ceiling
    pytest.param(
        ("质量指标", "安全事故发生次数", "0起", "发生轻微事故1起"),
        (
            "not_met",
            "实际1起（发生轻微事故，计入“安全事故发生次数”）已超出年度上限=0起",
            ["missing-deviation-reason"],
        ),
        id="minor-accident-zero",
    ),
    pytest.param(
        ("质量指标", "安全事故发生次数", "≤1起", "发生轻微事故1起"),
        ("met", "实际1起（发生轻微事故，计入“安全事故发生次数”），达到年度指标≤1起", []),
        id="minor-accident-within-ceiling",
    ),
    pytest.param(
        ("质量指标", "安全生产事故", "0起", "发生轻微安全事故1起"),
        (
            "not_met",
            "实际1起（发生轻微安全事故，计入“安全生产事故”）已超出年度上限=0起",
            ["missing-deviation-reason"],
        ),
        id="minor-safety-accident",
    ),
    pytest.param(
        ("质量指标", "交通事故次数", "0起", "发生轻微交通事故1起"),
        (
            "not_met",
            "实际1起（发生轻微交通事故，计入“交通事故次数”）已超出年度上限=0起",
            ["missing-deviation-reason"],
        ),
        id="minor-traffic-accident",
    ),
    pytest.param(
        ("质量指标", "投诉次数", "≤2次", "收到轻微投诉5次"),
        (
            "not_met",
            "实际5次（收到轻微投诉，计入“投诉次数”）已超出年度上限≤2次",
            ["missing-deviation-reason"],
        ),
        id="minor-complaints-over-ceiling",
    ),
    pytest.param(
        ("质量指标", "安全事故", "0起", "全年发生轻微事故1起，无人员伤亡"),
        (
            "not_met",
            "实际1起（“全年发生轻微事故1起，无人员伤亡”中指标名称所指的数）已超出年度上限=0起",
            ["missing-deviation-reason"],
        ),
        id="minor-accident-in-prose",
    ),
    pytest.param(
        ("质量指标", "投诉次数", "≤2次", "收到投诉5次"),
        ("not_met", "实际5次已超出年度上限≤2次", ["missing-deviation-reason"]),
        id="complaints-over-ceiling",
    ),
    pytest.param(
        ("质量指标", "安全生产事故", "无", "发生1起一般事故"),
        ("not_met", "实际发生1起一般事故，未达到“无”", ["missing-deviation-reason"]),
        id="count-before-event-against-none",
    ),
    # the graded row and another kind: a reviewer's, as before
    pytest.param(
        ("质量指标", "较大及以上安全事故", "0起", "发生轻微事故1起"),
        (
            "unknown",
            (
                "实际“发生轻微事故1起”计的是“轻微事故”，不是指标“较大及以上安全事故”所计事件的数，"
                "是否达到年度指标=0起需人工判断"
            ),
            [],
        ),
        id="minor-accident-on-graded-row",
    ),
    pytest.param(
        ("质量指标", "安全生产事故", "0起", "发生轻微食品安全事故1起"),
        (
            "unknown",
            (
                "实际“发生轻微食品安全事故1起”计的是“轻微食品安全事故”，不是指标“安全生产事故”"
                "所计事件的数，是否达到年度指标=0起需人工判断"
            ),
            [],
        ),
        id="minor-accident-of-another-kind",
    ),
    # 2. the figure done, then a remainder left for later
    pytest.param(
        ("数量指标", "种植面积", "5000亩", "已种植2800亩，剩余2200亩秋季种植"),
        (
            "not_met",
            "实际2800亩（剩余2200亩秋季种植，不计入已完成），未达年度指标=5000亩",
            [],  # the rest's time is the reason given (r39j)
        ),
        id="planted-rest-in-autumn",
    ),
    pytest.param(
        ("数量指标", "种植面积", "≥5000亩", "已种植5000亩，剩余200亩秋季种植"),
        ("met", "实际5000亩（剩余200亩秋季种植，不计入已完成），达到年度指标≥5000亩", []),
        id="planted-target-reached",
    ),
    pytest.param(
        ("数量指标", "补贴发放人数", "≥1000人", "已发放800人，尚有200人待发放"),
        (
            "not_met",
            "实际800人（尚有200人待发放，不计入已完成），未达年度指标≥1000人",
            ["missing-deviation-reason"],
        ),
        id="paid-rest-waiting",
    ),
    pytest.param(
        ("数量指标", "道路建设里程", "≥10公里", "已建成8公里，另有2公里计划下半年实施"),
        (
            "not_met",
            "实际8公里（另有2公里计划下半年实施，不计入已完成），未达年度指标≥10公里",
            [],  # the rest's time is the reason given (r39j)
        ),
        id="built-rest-planned",
    ),
    pytest.param(
        ("数量指标", "种植面积", "5000亩", "已种植2800亩，剩余2200亩"),
        (
            "not_met",
            "实际2800亩（剩余2200亩，不计入已完成），未达年度指标=5000亩",
            ["missing-deviation-reason"],
        ),
        id="planted-rest-bare",
    ),
    pytest.param(
        ("数量指标", "种植面积", "5000亩", "计划种植5000亩，剩余2200亩秋季种植"),
        (
            "unknown",
            "实际“计划种植5000亩，剩余2200亩秋季种植”不是数值，无法与年度指标比较",
            ["actual-not-numeric"],
        ),
        id="plan-then-rest-is-text",
    ),
    pytest.param(
        ("数量指标", "道路建设里程", "≥10公里", "已建成8公里，另有2公里"),
        (
            "unknown",
            "实际“已建成8公里，另有2公里”不是数值，无法与年度指标比较",
            ["actual-not-numeric"],
        ),
        id="another-part-not-said-left",
    ),
    # 3. a full rate's act said done, no share printed
    pytest.param(
        ("质量指标", "资金到位率", "100%", "到位"),
        ("met", "实际“到位”，未填写具体比例，按已到位视为100%，达到年度指标=100%", []),
        id="in-place",
    ),
    pytest.param(
        ("质量指标", "资金到位率", "100%", "及时到位"),
        ("met", "实际“及时到位”，未填写具体比例，按已到位视为100%，达到年度指标=100%", []),
        id="in-place-on-time",
    ),
    pytest.param(
        ("质量指标", "资金到位率", "≥95%", "资金及时到位"),
        ("met", "实际“资金及时到位”，未填写具体比例，按已到位视为100%，达到年度指标≥95%", []),
        id="funds-in-place-on-time",
    ),
    pytest.param(
        ("质量指标", "资金到位率", "100%", "拨付到位"),
        ("met", "实际“拨付到位”，未填写具体比例，按已到位视为100%，达到年度指标=100%", []),
        id="paid-in-place",
    ),
    pytest.param(
        ("质量指标", "资金拨付率", "100%", "拨付到位"),
        ("met", "实际“拨付到位”，未填写具体比例，按已拨付视为100%，达到年度指标=100%", []),
        id="disbursed-in-place",
    ),
    pytest.param(
        ("质量指标", "资金拨付率", "100%", "及时拨付"),
        ("unknown", "实际“及时拨付”不是数值，无法与年度指标比较", ["points-unsupported"]),
        id="disbursed-on-time-says-nothing-of-all",
    ),
    pytest.param(
        ("质量指标", "补贴发放率", "100%", "发放到位"),
        ("met", "实际“发放到位”，未填写具体比例，按已发放视为100%，达到年度指标=100%", []),
        id="handed-out-in-place",
    ),
    pytest.param(
        ("质量指标", "资金到位率", "100%", "全部到位"),
        ("met", "实际“全部到位”，已完成", []),
        id="all-in-place",
    ),
    pytest.param(
        ("质量指标", "资金到位率", "100%", "足额到位"),
        ("met", "实际“足额到位”，即全部足额完成，视为100%，达到年度指标=100%", []),
        id="in-place-in-full",
    ),
    pytest.param(
        ("质量指标", "资金拨付率", "100%", "已全部拨付"),
        ("met", "实际“已全部拨付”，已完成", []),
        id="all-disbursed",
    ),
    pytest.param(
        ("质量指标", "资金到位率", "100%", "部分到位"),
        ("partial", "实际“部分到位”，部分完成", ["missing-deviation-reason"]),
        id="part-in-place",
    ),
    pytest.param(
        ("质量指标", "资金到位及时率", "100%", "到位"),
        ("unknown", "实际“到位”不是数值，无法与年度指标比较", ["points-unsupported"]),
        id="in-place-says-nothing-of-time",
    ),
    # 4. none against a zero
    pytest.param(
        ("质量指标", "安全事故", "0起", "无"),
        ("met", "实际0起，达到年度指标=0起", []),
        id="none-against-zero",
    ),
    pytest.param(
        ("质量指标", "安全事故", "0", "未发生"),
        ("met", "实际0，达到年度指标=0", []),
        id="none-happened-against-bare-zero",
    ),
]


# -- the 2024 1–6月 跟踪表: the same rows before the year's end --

TRACK_CASES = [
    pytest.param(
        ("质量指标", "安全事故发生次数", "0起", "发生轻微事故1起"),
        (
            "not_met",
            "实际1起（发生轻微事故，计入“安全事故发生次数”）已超出年度上限=0起，无法挽回",
            ["missing-deviation-reason"],
        ),
        id="minor-accident-zero",
    ),
    pytest.param(
        ("质量指标", "安全事故发生次数", "≤1起", "发生轻微事故1起"),
        (
            "pending",
            "实际1起（发生轻微事故，计入“安全事故发生次数”）暂未超过年度上限≤1起，年底前仍可能超出",
            [],
        ),
        id="minor-accident-within-ceiling",
    ),
    pytest.param(
        ("质量指标", "投诉次数", "≤2次", "收到投诉5次"),
        (
            "not_met",
            "实际5次已超出年度上限≤2次，无法挽回",
            ["missing-deviation-reason"],
        ),
        id="complaints-over-ceiling",
    ),
    pytest.param(
        ("数量指标", "种植面积", "5000亩", "已种植2800亩，剩余2200亩秋季种植"),
        (
            "pending",
            "实际2800亩（剩余2200亩秋季种植，不计入已完成），未达年度指标=5000亩，距年底尚有时间",
            [],
        ),
        id="planted-rest-in-autumn",
    ),
    pytest.param(
        ("质量指标", "资金到位率", "100%", "到位"),
        ("met", "实际“到位”，未填写具体比例，按已到位视为100%，达到年度指标=100%", []),
        id="in-place",
    ),
    pytest.param(
        ("质量指标", "资金到位率", "100%", "未到位"),
        ("pending", "实际“未到位”，尚未完成，距截止尚有时间", []),
        id="not-in-place-yet",
    ),
    pytest.param(
        ("质量指标", "安全事故", "0起", "无"),
        ("met", "实际0起，达到年度指标=0起", []),
        id="none-against-zero",
    ),
    pytest.param(
        ("质量指标", "安全事故", "0", "未发生"),
        ("met", "实际0，达到年度指标=0", []),
        id="none-happened-against-bare-zero",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SELF_CASES)
def test_self_evaluation(
    row: tuple[str, str, str, str], expected: tuple[str, str, list[str]]
) -> None:
    assert _reading(_self_card(*row)) == expected


@pytest.mark.parametrize(("row", "expected"), TRACK_CASES)
def test_tracking(row: tuple[str, str, str, str], expected: tuple[str, str, list[str]]) -> None:
    assert _reading(_track_card(*row)) == expected


@pytest.mark.parametrize(
    ("planned", "progress", "explanation"),
    [
        pytest.param(
            "3000亩",
            "behind",
            "实际2800亩（剩余2200亩秋季种植，不计入已完成），未达年度指标=5000亩，距年底尚有时间；"
            "实际2800亩落后于计划3000亩",
            id="behind-the-plan",
        ),
        pytest.param(
            "2500亩",
            "on_track",
            "实际2800亩（剩余2200亩秋季种植，不计入已完成），未达年度指标=5000亩，距年底尚有时间",
            id="on-track",
        ),
    ],
)
def test_figure_done_against_the_plan(planned: str, progress: str, explanation: str) -> None:
    """The figure done is held against the period's plan too (it was ``unknown``)."""
    card = _track_card(
        "数量指标", "种植面积", "5000亩", "已种植2800亩，剩余2200亩秋季种植", planned
    )
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        "pending",
        progress,
        explanation,
    )


def test_minor_event_in_english() -> None:
    """The label is kept in the English explanation too."""
    rows = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "示例项目"],
        SELF,
        ["产出指标", "质量指标", "安全事故发生次数", "0起", "发生轻微事故1起", "20", "", ""],
    ]
    table = perftrack.read_text(_tsv(rows))[0]
    card = perftrack.score(table, policy=perftrack.Policy(language="en"))
    assert card.verdicts[0].explanation == (
        "actual 1起 (发生轻微事故: counted in “安全事故发生次数”) already exceeds the ceiling =0起"
    )
