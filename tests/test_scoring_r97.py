"""Value cells from the regress97/regress96 audits of the r93 scoring fixes (r97fix).

- 1 (regress97 W1): a plan per period is kept over the table's months only for a count
  of events (``每月1次``, ``每月不少于100人次``); a level (``每月不低于95%``) or a headcount
  (``每月500人``) is held each month, not summed, unless the actual says ``累计``.

Each case is a table written as text and the exact verdict it gives.
"""

from __future__ import annotations

import pytest

from probe_tables import self_verdict, track_verdict

# ---------------------------------------------------------------------------
# 1: only a count of events adds up over the months


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("达标率", "≥95%", "每月不低于95%", "96%", 6),
            ("met", "on_track", "实际96%，达到年度指标≥95%"),
            id="monthly-rate-floor",
        ),
        pytest.param(
            ("达标率", "≥95%", "每月≥95%", "96%", 6),
            ("met", "on_track", "实际96%，达到年度指标≥95%"),
            id="monthly-rate-operator",
        ),
        pytest.param(
            ("合格率", "100%", "每月均达100%", "100%", 6),
            ("met", "on_track", "实际100%，达到年度指标=100%"),
            id="monthly-rate-every",
        ),
        pytest.param(
            ("及时率", "≥98%", "每季度不低于98%", "99%", 6),
            ("met", "on_track", "实际99%，达到年度指标≥98%"),
            id="quarterly-rate",
        ),
        pytest.param(
            ("达标率", "≥95%", "每月不低于95%", "96%", 9),
            ("met", "on_track", "实际96%，达到年度指标≥95%"),
            id="monthly-rate-nine-months",
        ),
        pytest.param(
            ("发放人数", "≥500人", "每月500人", "500人", 6),
            ("met", "on_track", "实际500人，达到年度指标≥500人"),
            id="monthly-headcount",
        ),
        pytest.param(
            ("在册人数", "≥500人", "每月500人", "500人", 9),
            ("met", "on_track", "实际500人，达到年度指标≥500人"),
            id="monthly-headcount-nine-months",
        ),
        # unchanged: counts of events add up; heads counted to date add up
        pytest.param(
            ("培训次数", "≥12次", "每月1次", "5次", 6),
            (
                "pending",
                "behind",
                "实际5次，未达年度指标≥12次，距年底尚有时间；实际5次落后于计划1次（每月，6个月计6次）",
            ),
            id="monthly-count",
        ),
        pytest.param(
            ("覆盖人数", "≥1000人次", "每月不少于100人次", "500人次", 6),
            (
                "pending",
                "behind",
                (
                    "实际500人次，未达年度指标≥1000人次，距年底尚有时间；"
                    "实际500人次落后于计划不低于100人次（每月，6个月计600人次）"
                ),
            ),
            id="monthly-person-times",
        ),
        pytest.param(
            ("受理件数", "≥120件", "每月10件", "50件", 6),
            (
                "pending",
                "behind",
                "实际50件，未达年度指标≥120件，距年底尚有时间；实际50件落后于计划10件（每月，6个月计60件）",
            ),
            id="monthly-cases",
        ),
        pytest.param(
            ("新增就业人数", "≥1200人", "每月100人", "累计500人", 6),
            (
                "pending",
                "behind",
                "实际500人，未达年度指标≥1200人，距年底尚有时间；实际500人落后于计划100人（每月，6个月计600人）",
            ),
            id="monthly-heads-cumulative",
        ),
    ],
)
def test_plan_over_span_counts_only(
    row: tuple[str, str, str, str, int], expected: tuple[str, str, str]
) -> None:
    verdict = track_verdict(*row)
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


# ---------------------------------------------------------------------------
# 2: a name of one group is judged on that group's rate


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param(
            "学生满意度",
            "学生93%，家长85%",
            ("met", "实际93%（“学生93%，家长85%”中指标名称所指的数），达到年度指标≥90%"),
            id="named-first",
        ),
        pytest.param(
            "学生满意度",
            "家长85%，学生93%",
            ("met", "实际93%（“家长85%，学生93%”中指标名称所指的数），达到年度指标≥90%"),
            id="named-second",
        ),
        pytest.param(
            "家长满意度",
            "学生93%，家长85%",
            ("not_met", "实际85%（“学生93%，家长85%”中指标名称所指的数），未达年度指标≥90%"),
            id="other-group-named",
        ),
        # unchanged: rates labelled by the measure, a group said twice, two groups named
        pytest.param(
            "学生满意度",
            "学生满意度93%；家长满意度85%",
            (
                "met",
                "实际93%（“学生满意度93%；家长满意度85%”中指标名称所指的数），达到年度指标≥90%",
            ),
            id="labelled-rates",
        ),
        pytest.param(
            "学生满意度",
            "学生93%，学生85%",
            ("unknown", "实际“学生93%，学生85%”不是数值，无法与年度指标比较"),
            id="group-twice",
        ),
        pytest.param(
            "学生及家长满意度",
            "学生93%，家长85%",
            ("not_met", "实际家长85%（两类对象中较低者），未达年度指标≥90%"),
            id="two-groups-named",
        ),
    ],
)
def test_one_group_named(name: str, actual: str, expected: tuple[str, str]) -> None:
    verdict = self_verdict(name, "≥90%", actual)
    assert (verdict.attainment.value, verdict.explanation) == expected


def test_one_group_named_tracking() -> None:
    verdict = track_verdict("学生满意度", "≥90%", "≥90%", "学生93%，家长85%", months=6)
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        "met",
        "on_track",
        "实际93%（“学生93%，家长85%”中指标名称所指的数），达到年度指标≥90%",
    )


# ---------------------------------------------------------------------------
# 3: a change done against a plan of a change is no level


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("事故发生率", "≤3%", "下降5%", "上升2%"),
            (
                "unknown",
                "behind",
                (
                    "实际“上升2%”为变化幅度，不是年度指标≤3%所指的水平，需人工判断；"
                    "实际上升2%落后于计划下降5%"
                ),
            ),
            id="rise-against-planned-fall",
        ),
        pytest.param(
            ("事故发生率", "≤3%", "下降5%", "下降2%"),
            (
                "unknown",
                "behind",
                (
                    "实际“下降2%”为变化幅度，不是年度指标≤3%所指的水平，需人工判断；"
                    "实际下降2%落后于计划下降5%"
                ),
            ),
            id="smaller-fall",
        ),
        pytest.param(
            ("事故发生率", "≤3%", "下降5%", "下降6%"),
            (
                "unknown",
                "on_track",
                "实际“下降6%”为变化幅度，不是年度指标≤3%所指的水平，需人工判断",
            ),
            id="larger-fall",
        ),
        pytest.param(
            ("达标率", "≥95%", "提高2%", "下降1%"),
            (
                "unknown",
                "behind",
                (
                    "实际“下降1%”为变化幅度，不是年度指标≥95%所指的水平，需人工判断；"
                    "实际下降1%落后于计划提高2%"
                ),
            ),
            id="fall-against-planned-rise",
        ),
        # unchanged: an actual of a level, a name of a change
        pytest.param(
            ("事故发生率", "≤3%", "下降5%", "2%"),
            ("met", "on_track", "实际2%，达到年度指标≤3%"),
            id="level-done",
        ),
        pytest.param(
            ("收入增长率", "≥5%", "增长5%", "增长6%"),
            ("met", "on_track", "实际增长6%，达到年度指标≥5%"),
            id="name-of-change",
        ),
    ],
)
def test_change_against_level(
    row: tuple[str, str, str, str], expected: tuple[str, str, str]
) -> None:
    verdict = track_verdict(*row, months=6)
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


# ---------------------------------------------------------------------------
# 4: a share of the time progress


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("资金支出进度", "≥序时进度的90%", "", "85%", 8),
            (
                "met",
                "not_applicable",
                "年度指标“≥序时进度的90%”按序时进度66.67%的90%计；实际85%，达到年度指标≥60%",
            ),
            id="august-met",
        ),
        pytest.param(
            ("资金支出进度", "≥序时进度的90%", "", "55%", 8),
            (
                "pending",
                "behind",
                (
                    "年度指标“≥序时进度的90%”按序时进度66.67%的90%计；实际55%，未达年度指标≥60%；"
                    "低于序时进度，进度落后"
                ),
            ),
            id="august-behind",
        ),
        pytest.param(
            ("预算执行进度", "不低于序时进度的90%", "", "45%", 6),
            (
                "met",
                "not_applicable",
                "年度指标“不低于序时进度的90%”按序时进度50.00%的90%计；实际45%，达到年度指标≥45%",
            ),
            id="june-at-the-bar",
        ),
        # unchanged: the year's end (90% itself), an actual of a share of the same base,
        # the time progress itself
        pytest.param(
            ("资金支出进度", "≥序时进度的90%", "", "85%", 12),
            ("not_met", "not_applicable", "实际85%，未达年度指标≥90%"),
            id="year-end",
        ),
        pytest.param(
            ("资金支出进度", "≥序时进度的90%", "", "为序时进度的86%", 8),
            ("pending", "not_applicable", "实际86%，未达年度指标≥90%，距年底尚有时间"),
            id="share-of-the-same-base",
        ),
        pytest.param(
            ("资金支出进度", "不低于序时进度", "", "45%", 6),
            (
                "pending",
                "behind",
                (
                    "年度指标“不低于序时进度”按序时进度50.00%计；实际45%，未达年度指标≥50%；"
                    "低于序时进度，进度落后"
                ),
            ),
            id="time-progress",
        ),
    ],
)
def test_share_of_time_progress(
    row: tuple[str, str, str, str, int], expected: tuple[str, str, str]
) -> None:
    verdict = track_verdict(*row)
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


# ---------------------------------------------------------------------------
# 5: a cut of 劣Ⅴ类 water that leaves some misses its elimination


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "劣Ⅴ类水体由5处减少至2处",  # noqa: RUF001
            ("not_met", "实际“劣Ⅴ类水体由5处减少至2处”，仍有劣Ⅴ类水体，未达年度指标"),  # noqa: RUF001
            id="cut-to-two",
        ),
        pytest.param(
            "劣Ⅴ类水体数量由5个下降到1个",  # noqa: RUF001
            ("not_met", "实际“劣Ⅴ类水体数量由5个下降到1个”，仍有劣Ⅴ类水体，未达年度指标"),  # noqa: RUF001
            id="fell-to-one",
        ),
        # cut to none: met since r100fix (regress100 W2); the remaining said
        pytest.param(
            "劣Ⅴ类水体由5处减少至0处",  # noqa: RUF001
            ("met", "实际“劣Ⅴ类水体由5处减少至0处”，已消除劣Ⅴ类水体，达到年度指标"),  # noqa: RUF001
            id="cut-to-none",
        ),
        pytest.param(
            "仍有2处劣Ⅴ类",  # noqa: RUF001
            ("not_met", "实际“仍有2处劣Ⅴ类”，仍有劣Ⅴ类水体，未达年度指标"),  # noqa: RUF001
            id="two-left",
        ),
    ],
)
def test_class_cut(actual: str, expected: tuple[str, str]) -> None:
    verdict = self_verdict("河道水质", "消除劣Ⅴ类水体", actual)
    assert (verdict.attainment.value, verdict.explanation) == expected


def test_class_cut_tracking() -> None:
    verdict = track_verdict(
        "河道水质",
        "消除劣Ⅴ类水体",
        "消除劣Ⅴ类水体",
        "劣Ⅴ类水体由5处减少至2处",  # noqa: RUF001
        months=6,
    )
    assert (verdict.attainment.value, verdict.explanation) == (
        "pending",
        "实际“劣Ⅴ类水体由5处减少至2处”，仍有劣Ⅴ类水体，距年底尚有时间",  # noqa: RUF001
    )


# ---------------------------------------------------------------------------
# 6: per-unit levels under a name of a change; 万元/人 against 元/人·年


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "人均补助标准提高",
            "≥10%",
            "由500元/人·月提高至560元/人·月",
            ("met", "实际由500元/人·月提高至560元/人·月（增长12%），达到年度指标≥10%"),
            id="per-month-levels-met",
        ),
        pytest.param(
            "人均补助标准提高",
            "≥10%",
            "由500元/人·月提高至540元/人·月",
            ("not_met", "实际由500元/人·月提高至540元/人·月（增长8%），未达年度指标≥10%"),
            id="per-month-levels-missed",
        ),
        pytest.param(
            "人均管护费用",
            "≤1200元/人·年",
            "0.1万元/人",
            ("met", "实际0.1万元/人，达到年度指标≤1200元/人·年"),
            id="wan-per-head-year-left-out",
        ),
        pytest.param(
            "人均管护费用",
            "≤1200元/人·年",
            "0.15万元/人",
            ("not_met", "实际0.15万元/人，超出年度指标≤1200元/人·年"),
            id="wan-per-head-over",
        ),
        # unchanged: a name of a fall (its word read before), levels of a rate, a standard
        # per head, a figure too small for a year's
        pytest.param(
            "运营成本降低",
            "≥5%",
            "由200万元降低至180万元",
            ("met", "实际由200万元降低至180万元（下降10%），达到年度指标≥5%"),
            id="fall-named",
        ),
        pytest.param(
            "满意度提高",
            "≥90%",
            "由85%提高至92%",
            ("met", "实际92%，达到年度指标≥90%"),
            id="rate-levels",
        ),
        pytest.param(
            "补助标准",
            "≥2.5万元/人·年",
            "按25000元/人标准发放",
            ("met", "实际25000元/人·年，达到年度指标≥2.5万元/人·年"),
            id="standard-per-head",
        ),
        pytest.param(
            "人均管护费用",
            "≤1200元/人·年",
            "0.01万元/人",
            ("unknown", "实际0.01万元/人与年度指标≤1200元/人·年单位不可比"),
            id="too-small-for-a-year",
        ),
    ],
)
def test_per_unit_levels_and_multiples(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    verdict = self_verdict(name, target, actual)
    assert (verdict.attainment.value, verdict.explanation) == expected
