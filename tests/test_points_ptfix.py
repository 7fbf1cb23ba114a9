"""Points a reviewer found unlike the documented rules (pt27 M1-M5).

- M1: ``基本达标`` against a figure (``≥20公里``, ``≥95%``) is partial (80%), as
  ``基本完成``, ``基本达到`` and ``基本实现`` are;
- M2: an n/a row with 分值 ``/`` carries no weight, is not called unfilled, and the
  applicable weights are rescaled to 100 (10号), as with its 分值 printed;
- M3: a range on a name better lower (``传染病发病率 3%-5%`` with ``2.5%``) is met below
  the band, still missed above it; a higher-is-better range is unchanged;
- M4: a table of 90 under Hubei's default rate weight of 20 gets one info naming the
  policy, not a warning blaming the table;
- M5: a word on a 满意度 row (``满意``) is ``satisfaction-not-percent`` only, not
  ``points-unsupported`` too.

Each case is a table written as text and the exact points, grade and findings it gives.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.policy import Policy
from perftrack.reports import render
from probe_tables import LABEL_GRID, points_table

Found = list[tuple[str, str, str]]


def scored(
    tbl: perftrack.Table, *ids: str, policy: Policy | None = None
) -> tuple[str | None, dict[str, tuple[str, str | None]], Found]:
    card = perftrack.score(tbl, policy=policy or Policy.central())
    points = card.points
    assert points is not None
    total = None if points.total is None else str(points.total)
    rows = {
        item.name: (item.rule, None if item.points is None else str(item.points))
        for item in points.items
    }
    found = [(f.id, str(f.severity.value), f.message) for f in card.findings if f.id in ids]
    return total, rows, found


# ---------------------------------------------------------------------------
# M1: 基本达标 against a figure is partial, as 基本完成 is

REST = [
    "\t效益指标\t社会效益指标\t解决农村人口饮水\t≥1.2万人\t1.2万人\t35\t35\t",
    "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t20\t20\t",
]


def basic(actual: str, target: str) -> perftrack.Table:
    return points_table(
        [f"\t产出指标\t数量指标\t新建供水管网\t{target}\t{actual}\t35\t35\t", *REST]
    )


@pytest.mark.parametrize(
    ("actual", "target", "expected"),
    [
        pytest.param(
            actual,
            target,
            (
                "93.00",
                ("comparison partial: status", "28.00"),
                [
                    (
                        "full-points-partial",
                        "warning",
                        "“新建供水管网”部分完成却得满分（填报得分35，计算得分28.00）",
                    )
                ],
            ),
            id=f"{actual}-{target}",
        )
        for actual in ("基本达标", "基本达到", "基本实现", "基本完成")
        for target in ("≥20公里", "≥95%")
    ]
    + [
        pytest.param(
            "达标",
            "≥20公里",
            (
                "100.00",
                ("unknown: printed points", "35.00"),
                [
                    (
                        "points-unsupported",
                        "warning",
                        "“新建供水管网”实际完成值“达标”无数值，无法核实填报得分35（分值35）",
                    )
                ],
            ),
            id="bare-达标-unchanged",
        )
    ],
)
def test_basically_met_is_partial(actual: str, target: str, expected: tuple[object, ...]) -> None:
    total, rows, found = scored(basic(actual, target), "full-points-partial", "points-unsupported")
    assert (total, rows["新建供水管网"], found) == expected


# ---------------------------------------------------------------------------
# M2: an n/a row with 分值 / is left out with its weight, and not called unfilled

NA_ROWS = [
    "\t产出指标\t数量指标\t新建高标准农田\t≥5000亩\t4800亩\t15\t14.4\t部分地块流转未完成",
    "\t\t质量指标\t工程验收合格率\t100%\t100%\t10\t10\t",
    "\t成本指标\t社会成本指标\t征地拆迁补偿\t/\t/\t{weight}\t/\t本项目不涉及",
    "\t效益指标\t社会效益指标\t带动农户增收\t≥500户\t500户\t45\t45\t",
    "\t满意度指标\t服务对象满意度指标\t受益农户满意度\t≥90%\t92%\t15\t15\t",
]
NA_IDS = ("weights-not-100", "points-sum-mismatch")


def na_table(weight: str, full: str) -> perftrack.Table:
    rows = [row.replace("{weight}", weight) for row in NA_ROWS]
    return points_table(rows, "94.4", full=full)


@pytest.mark.parametrize(
    ("tbl", "expected"),
    [
        pytest.param(
            na_table("/", "95"),
            ("99.37", ("not_applicable", None), []),
            id="na-weight-slash-rescaled",
        ),
        pytest.param(
            na_table("5", "100"),
            ("99.37", ("not_applicable", None), []),
            id="na-weight-5-rescaled-as-before",
        ),
    ],
)
def test_na_row_weight_slash(tbl: perftrack.Table, expected: tuple[object, ...]) -> None:
    total, rows, found = scored(tbl, *NA_IDS)
    assert (total, rows["征地拆迁补偿"], found) == expected


def test_blank_weight_on_applicable_row_still_named() -> None:
    rows = [row.replace("{weight}", "/") for row in NA_ROWS]
    rows[1] = "\t\t质量指标\t工程验收合格率\t100%\t100%\t\t10\t"
    _, _, found = scored(points_table(rows, "94.4", full="85"), "weights-not-100")
    assert found == [
        (
            "weights-not-100",
            "warning",
            "各项分值合计85，不等于100；1项指标未设分值（“工程验收合格率”），按0分计",
        )
    ]


# ---------------------------------------------------------------------------
# M3: a range on a name better lower is met below its band


def ranged(name: str, target: str, actual: str) -> perftrack.Table:
    return points_table([f"\t效益指标\t社会效益指标\t{name}\t{target}\t{actual}\t45\t45\t", *REST])


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param("传染病发病率", "3%-5%", "2.5%", ("met", "45.00"), id="incidence-below-band"),
        pytest.param("传染病发病率", "3%-5%", "4%", ("met", "45.00"), id="incidence-in-band"),
        pytest.param(
            "孕产妇死亡率", "10-15/10万", "9/10万", ("met", "45.00"), id="mortality-below-band"
        ),
        pytest.param("生产安全事故率", "1%-2%", "0.5%", ("met", "45.00"), id="accident-below"),
        pytest.param(
            "传染病发病率", "3%-5%", "6%", ("not_met", "37.50"), id="incidence-above-band"
        ),
        pytest.param("接种率", "90%-95%", "85%", ("not_met", "42.50"), id="higher-better-below"),
        pytest.param("接种率", "90%-95%", "92%", ("met", "45.00"), id="higher-better-in-band"),
    ],
)
def test_lower_better_range(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    card = perftrack.score(ranged(name, target, actual))
    verdict = next(v for v in card.verdicts if v.indicator == 0)
    points = card.points
    assert points is not None
    assert (verdict.attainment.value, str(points.items[0].points)) == expected


# ---------------------------------------------------------------------------
# M4: Hubei's default 20 beside a table of 90: one info naming the policy

LABELLED = [
    "\t产出指标（50分）\t数量指标\t购置救护车\t≥4辆\t4辆\t50\t",
    "\t效益指标（30分）\t社会效益指标\t急救平均响应时间\t≤15分钟\t13分钟\t30\t",
    "\t满意度指标（10分）\t服务对象满意度指标\t患者满意度\t≥90%\t96%\t10\t",
]
COLUMN = [
    "\t产出指标\t数量指标\t购置救护车\t≥4辆\t4辆\t50\t50\t",
    "\t效益指标\t社会效益指标\t急救平均响应时间\t≤15分钟\t13分钟\t30\t30\t",
    "\t满意度指标\t服务对象满意度指标\t患者满意度\t≥90%\t96%\t10\t10\t",
]
BLANK_RATE = "\t年度资金总额\t\t600.00\t600.00\t600.00\t\t100.00%\t10"


@pytest.mark.parametrize(
    ("tbl", "policy", "expected"),
    [
        pytest.param(
            points_table(LABELLED, grid=LABEL_GRID, budget=BLANK_RATE),
            Policy.hubei(),
            (
                "100.00",
                [
                    (
                        "weights-not-100",
                        "info",
                        (
                            "一级指标标注的分值合计90，湖北省规则下预算执行率默认20分，合计110分；"
                            "预算执行率按其余10分计，总分按100分计"
                        ),
                    )
                ],
            ),
            id="hubei-labels-90",
        ),
        pytest.param(
            points_table(COLUMN, budget=BLANK_RATE),
            Policy.hubei(),
            (
                "100.00",
                [
                    (
                        "weights-not-100",
                        "info",
                        (
                            "各项分值合计90，湖北省规则下预算执行率默认20分，合计110分；"
                            "预算执行率按其余10分计，总分按100分计"
                        ),
                    )
                ],
            ),
            id="hubei-column-90",
        ),
        pytest.param(
            points_table(LABELLED, grid=LABEL_GRID, budget=BLANK_RATE),
            Policy.central(),
            ("100.00", []),
            id="central-labels-90-silent",
        ),
    ],
)
def test_hubei_default_named(
    tbl: perftrack.Table, policy: Policy, expected: tuple[object, ...]
) -> None:
    total, _, found = scored(tbl, "weights-not-100", "points-over-maximum", policy=policy)
    assert (total, found) == expected


# ---------------------------------------------------------------------------
# M5: 满意 on a 满意度 row: satisfaction-not-percent only, the letter names it once

SATISFIED = points_table(
    [
        "\t产出指标\t数量指标\t新建供水管网\t≥20公里\t20公里\t50\t50\t",
        "\t效益指标\t社会效益指标\t解决农村人口饮水\t≥1.2万人\t1.2万人\t30\t30\t",
        "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t满意\t10\t10\t",
    ]
)


def test_satisfaction_word_one_finding() -> None:
    card = perftrack.score(SATISFIED)
    found = [
        (f.id, f.message)
        for f in card.findings
        if f.id in ("satisfaction-not-percent", "points-unsupported")
    ]
    assert found == [
        ("satisfaction-not-percent", "满意度指标“群众满意度”实际完成值应为百分比，而非“满意”")
    ]
    assert render([card], [], "review").count("“群众满意度”") == 1
