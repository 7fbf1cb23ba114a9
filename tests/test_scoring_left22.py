"""left22: gaps left open at the last stop, each case an exact reading or verdict.

1. Compound durations in Chinese numerals read like their digit forms (``一年三个月`` is
   15 个月); ``3个月10天`` and ``三个月十天`` stay text.
2. An academic-year label (``2025-2026学年≥300人``) is a comparison with its label, and
   no multi-year target.
3. A five-year plan's period (``十四五期间累计完成≥500人``) is a multi-year target:
   ``unknown`` in a self-evaluation, ``target-multi-year`` in a target table; one year
   inside it (``十四五期间第三年``) is the year's.
4. ``完成150户，其中12户未完工`` counts 138 done; a 其中 subset (``其中贫困户12户``) is no
   deduction (150 户, as the bracketed form: grid2row).
5. An empty 满意度 actual whose reason schedules or puts off the survey: no
   ``missing-actual`` mid-year, ``missing-actual`` at the year's end.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack import (
    Bound,
    Comparison,
    Descriptive,
    Op,
    Quantity,
    TextValue,
    parse_target,
    parse_value,
)
from perftrack.scoring import score
from scoring_builders import indicator, self_evaluation_table, tracking_table

if TYPE_CHECKING:
    from perftrack.expressions import Target, Value

YEAR = 2025


# --- 1: durations in Chinese numerals ---------------------------------------------------

# fmt: off
DURATION_VALUES = [
    pytest.param("一年三个月", Quantity(Decimal(15), "个月"), id="一年三个月"),
    pytest.param("一年零三个月", Quantity(Decimal(15), "个月"), id="一年零三个月"),
    pytest.param("≤一年三个月", Quantity(Decimal(15), "个月", Bound.AT_MOST), id="≤一年三个月"),
    pytest.param("一年三个月内", Quantity(Decimal(15), "个月", Bound.AT_MOST), id="一年三个月内"),
    pytest.param("平均一年三个月", Quantity(Decimal(15), "个月", label="平均"), id="平均一年三个月"),
    pytest.param("两年十一个月", Quantity(Decimal(35), "个月"), id="两年十一个月"),
    pytest.param("1年三个月", Quantity(Decimal(15), "个月"), id="1年三个月-mixed"),
    pytest.param("两天四小时", Quantity(Decimal(52), "小时"), id="两天四小时"),
    pytest.param("一小时三十分钟", Quantity(Decimal(90), "分钟"), id="一小时三十分钟"),
    # the single-unit forms read already, and still do
    pytest.param("两年", Quantity(Decimal(2), "年"), id="两年"),
    pytest.param("一年半", Quantity(Decimal("1.5"), "年"), id="一年半"),
    pytest.param("三个月", Quantity(Decimal(3), "个月"), id="三个月"),
    pytest.param("两个半月", Quantity(Decimal("2.5"), "个月"), id="两个半月"),
    # no fixed ratio, or no compound: unchanged
    pytest.param("3个月10天", TextValue("3个月10天"), id="3个月10天-text"),
    pytest.param("三个月十天", TextValue("三个月十天"), id="三个月十天-text"),
    pytest.param("一年十五个月", TextValue("一年十五个月"), id="一年十五个月-text"),
    pytest.param("第一年三个月", TextValue("第一年三个月"), id="第一年三个月-text"),
]

DURATION_TARGETS = [
    pytest.param("一年三个月", Comparison(Op.EQ, Decimal(15), "个月"), id="一年三个月"),
    pytest.param("≤一年三个月", Comparison(Op.LE, Decimal(15), "个月"), id="≤一年三个月"),
    pytest.param("一年三个月内", Comparison(Op.LE, Decimal(15), "个月"), id="一年三个月内"),
    pytest.param("≤两天四小时", Comparison(Op.LE, Decimal(52), "小时"), id="≤两天四小时"),
    pytest.param("≤两年", Comparison(Op.LE, Decimal(2), "年"), id="≤两年"),
    pytest.param("≤一年半", Comparison(Op.LE, Decimal("1.5"), "年"), id="≤一年半"),
    pytest.param("两个半月内", Comparison(Op.LE, Decimal("2.5"), "个月"), id="两个半月内"),
    pytest.param("3个月10天", Descriptive("3个月10天"), id="3个月10天-text"),
]
# fmt: on


@pytest.mark.parametrize(("cell", "expected"), DURATION_VALUES)
def test_duration_value(cell: str, expected: Value) -> None:
    result = parse_value(cell, year=YEAR)
    assert result == expected
    assert parse_value(str(result), year=YEAR) == expected  # the canonical text reads back


@pytest.mark.parametrize(("cell", "expected"), DURATION_TARGETS)
def test_duration_target(cell: str, expected: Target) -> None:
    result = parse_target(cell, year=YEAR)
    assert result == expected
    assert parse_target(str(result), year=YEAR) == expected


TIME = {"level1": "产出指标", "level2": "时效指标"}


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "≤12个月",
            "一年三个月",
            ("not_met", "实际15个月已超出年度上限≤12个月"),
            id="≤12个月|一年三个月",
        ),
        pytest.param(
            "≤一年三个月",
            "14个月",
            ("met", "实际14个月，达到年度指标≤15个月"),
            id="≤一年三个月|14个月",
        ),
        pytest.param(
            "≤两年",
            "一年半",
            ("met", "实际1.5年，达到年度指标≤2年"),
            id="≤两年|一年半",
        ),
        pytest.param(
            "≤12个月",
            "三个月十天",
            ("unknown", "实际“三个月十天”不是数值，无法与年度指标比较"),
            id="≤12个月|三个月十天",
        ),
    ],
)
def test_duration_verdicts(target: str, actual: str, expected: tuple[str, str]) -> None:
    row = indicator("建设周期", target, actual, weight=10, points=10, year=YEAR, **TIME)
    verdict = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected


# --- 2: an academic year's label ----------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "target", "value"),
    [
        pytest.param(
            "2025-2026学年≥300人",
            Comparison(Op.GE, Decimal(300), "人", label="2025-2026学年"),
            Quantity(Decimal(300), "人", Bound.AT_LEAST, label="2025-2026学年"),
            id="2025-2026学年",
        ),
        pytest.param(
            "2025学年≥300人",
            Comparison(Op.GE, Decimal(300), "人", label="2025学年"),
            Quantity(Decimal(300), "人", Bound.AT_LEAST, label="2025学年"),
            id="2025学年",
        ),
        pytest.param(
            "2025-2026学年度≥300人",
            Comparison(Op.GE, Decimal(300), "人", label="2025-2026学年度"),
            Quantity(Decimal(300), "人", Bound.AT_LEAST, label="2025-2026学年度"),
            id="2025-2026学年度",
        ),
        pytest.param(
            "2025-2026学年招生≥300人",
            Comparison(Op.GE, Decimal(300), "人", label="2025-2026学年招生"),
            Quantity(Decimal(300), "人", Bound.AT_LEAST, label="2025-2026学年招生"),
            id="2025-2026学年招生",
        ),
        # another word after the digits is no time: prose, as before
        pytest.param(
            "5学时培训≥100人",
            Descriptive("5学时培训≥100人"),
            TextValue("5学时培训≥100人"),
            id="5学时-prose",
        ),
    ],
)
def test_academic_year_label(cell: str, target: Target, value: Value) -> None:
    assert (parse_target(cell, year=YEAR), parse_value(cell, year=YEAR)) == (target, value)
    assert parse_target(str(target), year=YEAR) == target


# --- 3: a five-year plan's period is a multi-year target ----------------------------------


def _self_evaluation(target: str, actual: str, year: int) -> perftrack.Table:
    lines = [
        ["项目支出绩效自评表"],
        [f"（{year}年度）"],
        ["项目名称", "职业技能培训"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人数", target, actual, "20", "20"],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _target_table(targets: list[str], year: int) -> perftrack.Table:
    lines = [
        [f"{year}年度项目支出绩效目标申报表"],
        ["项目名称", "职业技能培训"],
        ["项目资金（万元）", "年度资金总额", "100.00"],
        ["", "其中：财政拨款", "100.00"],
        ["年度绩效目标", "完成年度培训任务。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *[["产出指标", "数量指标", "培训人数", target] for target in targets],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _unsplit(target: str, span: str) -> str:
    return f"年度指标“{target}”为多年累计目标（{span}），未分解本年度应完成的指标值，无法按年度判断"


@pytest.mark.parametrize(
    ("target", "actual", "year", "expected"),
    [
        pytest.param(
            "十四五期间累计完成≥500人",
            "120人",
            2024,
            ("unknown", _unsplit("十四五期间累计完成≥500人", "十四五期间")),
            id="十四五期间",
        ),
        pytest.param(
            "“十四五”期间累计≥500人",
            "120人",
            2024,
            # the target's own quotes nested in the message's (regress39 W3 LOW)
            ("unknown", _unsplit("‘十四五’期间累计≥500人", "“十四五”期间")),
            id="quoted-十四五",
        ),
        pytest.param(
            '"十四五"期间累计≥500人',
            "120人",
            2024,
            ("unknown", _unsplit('"十四五"期间累计≥500人', '"十四五"期间')),
            id="ascii-quoted-十四五",
        ),
        pytest.param(
            "十四五时期累计≥500人",
            "120人",
            2024,
            ("unknown", _unsplit("十四五时期累计≥500人", "十四五时期")),
            id="十四五时期",
        ),
        pytest.param(
            "2021-2025年累计≥500人",
            "120人",
            2024,
            ("unknown", _unsplit("2021-2025年累计≥500人", "2021-2025年")),
            id="2021-2025年",
        ),
        # 2025 is the plan's last year: a cumulative actual is the test, any other is not
        pytest.param(
            "十四五期间累计完成≥500人",
            "累计完成520人",
            2025,
            ("met", "实际520人，达到年度指标≥500人"),
            id="last-year-cumulative",
        ),
        pytest.param(
            "十四五期间累计完成≥500人",
            "120人",
            2025,
            ("unknown", _unsplit("十四五期间累计完成≥500人", "十四五期间")),
            id="last-year-not-cumulative",
        ),
        # one year inside the plan is the year's target
        pytest.param(
            "十四五期间第三年≥100人",
            "120人",
            2023,
            ("met", "实际120人，达到年度指标≥100人"),
            id="十四五期间第三年-annual",
        ),
        # an academic year is one year's, never multi-year
        pytest.param(
            "2025-2026学年≥300人",
            "280人",
            2025,
            ("not_met", "实际280人，未达年度指标≥300人"),
            id="学年-annual",
        ),
    ],
)
def test_plan_period_in_self_evaluation(
    target: str, actual: str, year: int, expected: tuple[str, str]
) -> None:
    verdict = score(_self_evaluation(target, actual, year)).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected


def _multi_year_message(shown: str, span: str) -> str:
    return (
        f"“培训人数”年度指标“{shown}”为多年累计目标（{span}），"
        "应填写本年度应完成的指标值，多年目标列入实施期目标"
    )


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        pytest.param(
            "十四五期间累计完成≥500人",
            [_multi_year_message("十四五期间累计完成≥500人", "十四五期间")],
            id="十四五期间",
        ),
        pytest.param(
            "十四五时期累计≥500人",
            [_multi_year_message("十四五时期累计≥500人", "十四五时期")],
            id="十四五时期",
        ),
        pytest.param(
            "2021-2025年累计≥500人",
            [_multi_year_message("2021-2025年累计≥500人", "2021-2025年")],
            id="2021-2025年",
        ),
        pytest.param("十四五期间第三年≥100人", [], id="十四五期间第三年-annual"),
        pytest.param("十四五期间每年≥100人", [], id="十四五期间每年-annual"),
        pytest.param("2025-2026学年≥300人", [], id="2025-2026学年"),
        pytest.param("2025学年≥300人", [], id="2025学年"),
        pytest.param("2025-2026学年度≥300人", [], id="2025-2026学年度"),
    ],
)
def test_plan_period_in_target_table(target: str, expected: list[str]) -> None:
    card = score(_target_table([target], 2024))
    assert [f.message for f in card.findings if f.id == "target-multi-year"] == expected


# --- 4: a 其中 clause of unfinished works ----------------------------------------------------

_SHORT_138 = "实际138户（其中12户未完工，不计入已完成），未达年度指标=150户"


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "完成150户，其中12户未完工",
            ("not_met", _SHORT_138, True),
            id="其中12户未完工",
        ),
        pytest.param(
            "已完成150户，其中12户尚未完工",
            (
                "not_met",
                "实际138户（其中12户尚未完工，不计入已完成），未达年度指标=150户",
                True,
            ),
            id="其中12户尚未完工",
        ),
        pytest.param(
            "已完成150户（其中12户未完工）",
            (
                "not_met",
                "实际138户（其中12户未完工，不计入已完成），未达年度指标=150户",
                True,
            ),
            id="bracketed-其中12户未完工",
        ),
        pytest.param(
            "完工138户，12户在建",
            ("not_met", "实际138户，未达年度指标=150户", True),
            id="完工138户-12户在建-as-before",
        ),
        # a subset, no deduction: 150 户 as the bracketed form reads (grid2row; it was
        # prose, unknown)
        pytest.param(
            "完成150户，其中贫困户12户",
            ("met", "实际150户，达到年度指标=150户", False),
            id="其中贫困户12户-subset",
        ),
    ],
)
def test_unfinished_part_at_year_end(actual: str, expected: tuple[str, str, bool]) -> None:
    row = indicator("农村危房改造户数", "=150户", actual, weight=20, points=20, year=YEAR)
    card = score(self_evaluation_table([row], year=YEAR))
    verdict = card.verdicts[0]
    full = any(f.id == "full-points-not-met" for f in card.findings)
    assert (verdict.attainment.value, verdict.explanation, full) == expected


@pytest.mark.parametrize(
    ("actual", "planned", "expected"),
    [
        pytest.param(
            "完成150户，其中12户未完工",
            "140户",
            ("behind", f"{_SHORT_138}，距年底尚有时间；实际138户落后于计划140户"),
            id="138-behind-140",
        ),
        pytest.param(
            "完成150户，其中12户未完工",
            "100户",
            ("on_track", f"{_SHORT_138}，距年底尚有时间"),
            id="138-on-track-100",
        ),
        pytest.param(
            "完成150户，其中贫困户12户",
            "140户",
            ("on_track", "实际150户，达到年度指标=150户"),
            id="其中贫困户12户-subset",
        ),
    ],
)
def test_unfinished_part_mid_year(actual: str, planned: str, expected: tuple[str, str]) -> None:
    row = indicator("农村危房改造户数", "=150户", actual, planned=planned, year=YEAR)
    verdict = score(tracking_table([row], period=(YEAR, 1, YEAR, 8))).verdicts[0]
    assert (verdict.progress.value, verdict.explanation) == expected


# --- 5: an empty 满意度 actual whose reason schedules or puts off the survey ----------------

_TRACKING = """2026年财政项目支出绩效跟踪表
跟踪时段：（ 2026-1月 至 2026-6月 ）
项目名称\t河道保洁养护
预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t240.00\t120.00\t118.00\t98.33
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析\t纠偏措施
产出指标\t数量指标\t河道保洁长度\t≥85公里\t85\t85\t\t
满意度指标\t服务对象满意度指标\t周边居民满意度\t≥90%\t≥90%\t\t{reason}\t
绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成
\t年度绩效目标完成可能性\t确定能完成
"""

_WATCHED = ("missing-actual", "missing-corrective-measures")


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        pytest.param(
            "满意度调查拟于年底开展",
            (
                "unknown",
                "实际完成值为空；实际为空，偏差原因说明尚待测评（“满意度调查拟于年底开展”）",
                [],
            ),
            id="survey-first-year-end",
        ),
        pytest.param(
            "满意度测评计划在四季度进行",
            (
                "unknown",
                "实际完成值为空；实际为空，偏差原因说明尚待测评（“满意度测评计划在四季度进行”）",
                [],
            ),
            id="survey-first-fourth-quarter",
        ),
        # put off: no figure owed yet, but the reason states a lag (rule 5: behind)
        pytest.param(
            "调查推迟至明年一季度",
            (
                "behind",
                "实际完成值为空；实际为空且填写了偏差原因",
                ["missing-corrective-measures"],
            ),
            id="survey-put-off",
        ),
        pytest.param(
            "年底开展调查",
            ("unknown", "实际完成值为空；实际为空，偏差原因说明尚待测评（“年底开展调查”）", []),
            id="as-before",
        ),
        pytest.param(
            "人员不足",
            (
                "behind",
                "实际完成值为空；实际为空且填写了偏差原因",
                ["missing-actual", "missing-corrective-measures"],
            ),
            id="another-reason-as-before",
        ),
    ],
)
def test_survey_later_mid_year(reason: str, expected: tuple[str, str, list[str]]) -> None:
    card = score(perftrack.read_text(_TRACKING.format(reason=reason), format="text")[0])
    verdict = card.verdicts[1]
    ids = [f.id for f in card.findings if f.id in _WATCHED]
    assert (verdict.progress.value, verdict.explanation, ids) == expected


@pytest.mark.parametrize(
    "reason",
    [
        pytest.param("满意度调查拟于年底开展", id="survey-first-year-end"),
        pytest.param("调查推迟至明年一季度", id="survey-put-off"),
        pytest.param("年底开展调查", id="year-end-survey"),
    ],
)
def test_survey_later_at_year_end(reason: str) -> None:
    row = indicator(
        "群众满意度",
        "≥90%",
        None,
        level1="满意度指标",
        level2="服务对象满意度指标",
        reason=reason,
        weight=10,
        points=8,
        year=YEAR,
    )
    card = score(self_evaluation_table([row], year=YEAR))
    verdict = card.verdicts[0]
    found = [(f.id, f.message) for f in card.findings if f.id == "missing-actual"]
    assert (verdict.attainment.value, verdict.explanation, found) == (
        "unknown",
        "实际完成值为空",
        [("missing-actual", "“群众满意度”未填实际完成值")],
    )
