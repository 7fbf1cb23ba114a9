"""Points, totals and grades a reviewer recomputed by hand, which the scorer got wrong (pt27).

- H1: ``--policy hubei``'s default 20 on top of indicators worth 90 (a 分值 column of 90
  with a blank rate weight; labels with an unlabelled 成本 level) made a total of 110.00;
- H2: a deadline row whose actual is ``基本按期``/``基本按时`` is partial (80%), as
  ``基本按期完成`` is;
- H3: a not-applicable row printing ``/`` in 得分 is no blank that could hold its points:
  the printed 总分 is checked against the sum (or its 10号 rescale);
- H4: a printed 总分 of 89.995 is graded in cents (90.00 优), as the sum check reads it;
- H5: the level-1 points check names the level, not its first row;
- H6: full points on a miss under a level-1 label of one row are ``full-points-not-met``
  / ``full-points-partial``, as under a 分值 column.

Each case is a table written as text and the exact points, grade and findings it gives.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.policy import Policy
from perftrack.reports import render
from probe_tables import GRID, LABEL_GRID, points_table

D = Decimal


def table(budget: str, grid: str, rows: list[str], total: str, grade: str) -> perftrack.Table:
    return points_table(rows, total, budget=budget, grid=grid, grade=grade)


Found = list[tuple[str, str]]


def scored(tbl: perftrack.Table, policy: Policy, *ids: str) -> tuple[str | None, str | None, Found]:
    card = perftrack.score(tbl, policy=policy)
    points = card.points
    total = None if points is None or points.total is None else str(points.total)
    grade = None if points is None else points.grade
    return total, grade, [(f.id, f.message) for f in card.findings if f.id in ids]


def letter(tbl: perftrack.Table) -> str:
    return render([perftrack.score(tbl)], [], "review")


# ---------------------------------------------------------------------------
# H1: never a total above 100 under Hubei's default rate weight

COLUMN_90 = table(
    "\t年度资金总额\t\t300.00\t300.00\t300.00\t\t100.00%\t10",
    GRID,
    [
        "\t产出指标\t数量指标\t新建村级服务站\t≥30个\t30个\t25\t25\t",
        "\t\t质量指标\t验收合格率\t100%\t100%\t25\t25\t",
        "\t效益指标\t社会效益指标\t服务群众人次\t≥5万人次\t6万人次\t30\t30\t",
        "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\t",
    ],
    "100",
    "优",
)
COST_UNLABELLED = table(
    "\t年度资金总额\t\t300.00\t300.00\t300.00\t\t100.00%\t10",
    LABEL_GRID,
    [
        "\t产出指标（50分）\t数量指标\t购置救护车\t≥4辆\t4辆\t25\t",
        "\t\t质量指标\t验收合格率\t100%\t100%\t25\t",
        "\t成本指标\t经济成本指标\t单车购置成本\t≤60万元\t58万元\t\t",
        "\t效益指标（30分）\t社会效益指标\t急救平均响应时间\t≤15分钟\t13分钟\t30\t",
        "\t满意度指标（10分）\t服务对象满意度指标\t患者满意度\t≥90%\t96%\t10\t",
    ],
    "100",
    "优",
)
WEIGHT_IDS = ("weights-not-100", "points-over-maximum", "points-differ")


@pytest.mark.parametrize(
    ("tbl", "policy", "expected"),
    [
        pytest.param(
            COLUMN_90,
            Policy.hubei(),
            (
                "100.00",
                "优",
                [
                    (
                        "weights-not-100",
                        (
                            "各项分值合计90，湖北省规则下预算执行率默认20分，合计110分；"
                            "预算执行率按其余10分计，总分按100分计"
                        ),
                    )
                ],
            ),
            id="hubei-column-90-blank-rate",
        ),
        pytest.param(COLUMN_90, Policy.central(), ("100.00", "优", []), id="central-column-90"),
        pytest.param(
            COST_UNLABELLED,
            Policy.hubei(),
            (
                "100.00",
                "优",
                [
                    (
                        "weights-not-100",
                        (
                            "一级指标标注的分值合计90，湖北省规则下预算执行率默认20分，合计110分；"
                            "预算执行率按其余10分计，总分按100分计"
                        ),
                    )
                ],
            ),
            id="hubei-labels-unlabelled-cost",
        ),
        pytest.param(
            COST_UNLABELLED, Policy.central(), ("100.00", "优", []), id="central-unlabelled-cost"
        ),
    ],
)
def test_rate_takes_the_rest_of_100(
    tbl: perftrack.Table, policy: Policy, expected: tuple[str, str, Found]
) -> None:
    assert scored(tbl, policy, *WEIGHT_IDS) == expected


# ---------------------------------------------------------------------------
# H2: 基本按期 / 基本按时 on a deadline


def deadline_table(actual: str) -> perftrack.Table:
    return table(
        "\t年度资金总额\t\t600.00\t600.00\t600.00\t10\t100.00%\t10",
        GRID,
        [
            "\t产出指标\t数量指标\t新建供水管网\t≥20公里\t21公里\t45\t45\t",
            f"\t\t时效指标\t通水时间\t2023年9月底前\t{actual}\t5\t5\t",
            "\t效益指标\t社会效益指标\t解决农村人口饮水\t≥1.2万人\t1.2万人\t30\t30\t",
            "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\t",
        ],
        "100",
        "优",
    )


PARTIAL_DEADLINE = (
    "99.00",
    "优",
    [("full-points-partial", "“通水时间”部分完成却得满分（填报得分5，计算得分4.00）")],
)


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param("基本按期", PARTIAL_DEADLINE, id="jiben-anqi"),
        pytest.param("基本按时", PARTIAL_DEADLINE, id="jiben-anshi"),
        pytest.param("基本按期完成", PARTIAL_DEADLINE, id="jiben-anqi-wancheng"),
        pytest.param("按期", ("100.00", "优", []), id="anqi-met"),
    ],
)
def test_mostly_on_time_is_partial(actual: str, expected: tuple[str, str, Found]) -> None:
    tbl = deadline_table(actual)
    assert scored(tbl, Policy.central(), "full-points-partial", "full-points-not-met") == expected
    card = perftrack.score(tbl)
    assert card.verdicts[1].attainment.value == ("met" if actual == "按期" else "partial")


# ---------------------------------------------------------------------------
# H3: an n/a row's / in 得分 is no blank


def na_table(total: str, na_points: str = "/") -> perftrack.Table:
    return table(
        "\t年度资金总额\t\t1000.00\t960.00\t912.00\t10\t95.00%\t9.5",
        GRID,
        [
            "\t产出指标\t数量指标\t新建高标准农田\t≥5000亩\t4800亩\t30\t28.8\t部分地块流转未完成",
            "\t\t质量指标\t工程验收合格率\t100%\t100%\t10\t10\t",
            f"\t成本指标\t社会成本指标\t征地拆迁补偿\t/\t/\t5\t{na_points}\t本项目不涉及",
            "\t效益指标\t社会效益指标\t带动农户增收\t≥30户\t30户\t30\t30\t",
            "\t满意度指标\t服务对象满意度指标\t受益农户满意度\t≥90%\t92%\t15\t15\t",
        ],
        total,
        "优",
    )


@pytest.mark.parametrize(
    ("tbl", "expected"),
    [
        pytest.param(
            na_table("93.8"),
            [("points-sum-mismatch", "各项得分合计93.3与总分93.8不符")],
            id="slash-neither-sum-nor-rescale",
        ),
        pytest.param(
            na_table("98.0"),
            [("points-sum-mismatch", "各项得分合计93.3与总分98.0不符")],
            id="slash-no-room-for-its-weight",
        ),
        pytest.param(na_table("93.3"), [], id="slash-the-sum"),
        pytest.param(na_table("98.21"), [], id="slash-the-10hao-rescale"),
        pytest.param(na_table("93.3", na_points=""), [], id="blank-na-the-sum"),
    ],
)
def test_not_applicable_slash_is_no_blank(tbl: perftrack.Table, expected: Found) -> None:
    assert scored(tbl, Policy.central(), "points-sum-mismatch")[2] == expected


# ---------------------------------------------------------------------------
# H4: a 总分 of 89.995 is graded in cents


def grade_table(total: str, grade: str) -> perftrack.Table:
    return table(
        "\t年度资金总额\t\t400.00\t400.00\t200.00\t10\t50.00%\t5",
        GRID,
        [
            "\t产出指标\t数量指标\t新增公共厕所\t≥40座\t40座\t50\t50\t",
            "\t效益指标\t社会效益指标\t群众如厕便利度提升\t≥80%\t80%\t25\t25\t",
            "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t90%\t15\t10\t",
        ],
        total,
        grade,
    )


@pytest.mark.parametrize(
    ("total", "grade", "found", "said"),
    [
        pytest.param("89.995", "优", [], None, id="half-cent-up-is-you"),
        pytest.param(
            "89.995",
            "良",
            [("grade-mismatch", "总分89.995按两位小数计为90.00，应评为“优”，表中为“良”")],
            "评价等级与总分不符，总分90.00分应评为“优”，表中为“良”",
            id="half-cent-up-not-liang",
        ),
        pytest.param(
            "89.99",
            "优",
            [("grade-mismatch", "总分89.99应评为“良”，表中为“优”")],
            "评价等级与总分不符，总分89.99分应评为“良”，表中为“优”",
            id="a-cent-short",
        ),
    ],
)
def test_printed_total_graded_in_cents(
    total: str, grade: str, found: Found, said: str | None
) -> None:
    tbl = grade_table(total, grade)
    assert scored(tbl, Policy.central(), "grade-mismatch")[2] == found
    text = letter(tbl)
    assert "评价等级与总分不符" not in text if said is None else said in text


# ---------------------------------------------------------------------------
# H5, H6: level-1 labels


def label_table(rows: list[str], total: str, grade: str) -> perftrack.Table:
    return table(
        "\t年度资金总额\t\t500.00\t500.00\t500.00\t\t100.00%\t10", LABEL_GRID, rows, total, grade
    )


LEVEL_SHORT = label_table(
    [
        "\t产出指标（40分）\t数量指标\t新增养老床位\t≥200张\t200张\t20\t",
        "\t\t质量指标\t护理员持证上岗率\t≥90%\t95%\t18\t",
        "\t效益指标（40分）\t社会效益指标\t入住率\t≥80%\t85%\t40\t",
        "\t满意度指标（10分）\t服务对象满意度指标\t老人满意度\t≥90%\t95%\t10\t",
    ],
    "98",
    "优",
)


def test_level1_points_check_names_the_level() -> None:
    card = perftrack.score(LEVEL_SHORT)
    found = [
        (f.id, f.message, f.where.indicator, f.where.name)
        for f in card.findings
        if f.id == "points-differ"
    ]
    assert found == [
        (
            "points-differ",
            "一级指标“产出指标”各项均已达成，得分合计38低于其分值40",
            None,
            "产出指标",
        )
    ]
    text = letter(LEVEL_SHORT)
    assert "产出指标各项均已达成，得分合计38分低于其分值40分" in text
    assert "新增养老床位" not in text


SINGLE_ROW_LEVELS = label_table(
    [
        "\t产出指标（50分）\t数量指标\t培训农村实用人才\t≥300人\t320人\t25\t",
        "\t\t质量指标\t培训考核合格率\t≥90%\t96%\t25\t",
        "\t效益指标（30分）\t社会效益指标\t参训人员就业率\t≥60%\t基本实现\t30\t",
        "\t满意度指标（10分）\t服务对象满意度指标\t学员满意度\t≥90%\t85%\t10\t",
    ],
    "100",
    "优",
)


@pytest.mark.parametrize(
    ("tbl", "expected"),
    [
        pytest.param(
            SINGLE_ROW_LEVELS,
            (
                "93.44",
                "优",
                [
                    (
                        "full-points-partial",
                        "“参训人员就业率”部分完成却得满分（填报得分30，计算得分24.00）",
                    ),
                    (
                        "full-points-not-met",
                        "“学员满意度”未完成目标却得满分（填报得分10，计算得分9.44）",
                    ),
                ],
            ),
            id="single-row-labels",
        ),
    ],
)
def test_full_points_under_a_single_row_label(
    tbl: perftrack.Table, expected: tuple[str, str, Found]
) -> None:
    ids = ("full-points-partial", "full-points-not-met", "points-differ")
    assert scored(tbl, Policy.central(), *ids) == expected
