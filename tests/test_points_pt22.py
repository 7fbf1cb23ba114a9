"""Points of a 自评表 a reviewer reads at a glance, which the scorer missed (pt22).

- H1: 得分 cells written ``15/15``, ``得15分``, ``满分15分``, ``15分（满分15分）``,
  ``14.5（扣0.5分）``, ``十五``: read as printed; anything else not a figure is said
  (``malformed-points``), never silently blank; a grade cell ``优秀等级`` is 优;
- H2: a 部门整体 framework (履职效能, 管理效率, 社会效应) with no 分值 column: no total,
  and ``weights-unknown`` (it weighed every row 0 and scored 9.60 差);
- M1: a scored row whose 得分 is blank or ``—`` while others print theirs: ``missing-points``;
- M2: ``weights-not-100`` says the rate took the default 10 and the whole is out of 100;
- L1: a band ``points-differ`` gives the printed share of the 分值.

Each case is a table written as text and the exact points, grade and findings it gives.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.policy import Policy
from perftrack.reports import render

D = Decimal

HEAD = [
    "2023年度项目支出绩效自评表",
    "（2023年度）",
    "项目名称\t\t应急物资储备项目",
    "主管部门\t\t某区农业农村局",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t\t50.00\t49.00\t10\t98.00%\t9.8",
]
GRID = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"

# The rows of a table worth 90 plus the rate's 10, all met: 得分 of the second row by case.
ROWS = (
    "\t产出指标\t数量指标\t购置应急物资批次\t≥4批\t4批\t20\t20",
    "\t\t质量指标\t物资验收合格率\t100%\t100%\t15\t{points}",
    "\t\t时效指标\t采购完成时间\t2023年6月底前\t2023年5月\t15\t15",
    "\t效益指标\t社会效益指标\t应急物资保障人数\t≥10000人\t10500人\t30\t30",
    "\t满意度指标\t服务对象满意度指标\t基层单位满意度\t≥90%\t96%\t10\t10",
)


def read_one(*lines: str) -> perftrack.Table:
    return perftrack.read_text("\n".join(lines))[0]


def findings(card: perftrack.Scorecard, *ids: str) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in card.findings if f.id in ids]


def table_with(points: str, total: str = "99.8", grade: str = "优") -> perftrack.Table:
    rows = [row.format(points=points) for row in ROWS]
    return read_one(*HEAD, GRID, *rows, f"总分\t\t\t\t\t\t100\t{total}", f"自评等级\t\t{grade}")


POINTS_IDS = ("malformed-points", "points-sum-mismatch", "missing-points", "points-differ")


# ---------------------------------------------------------------------------
# H1: the forms of a 得分 cell


@pytest.mark.parametrize(
    ("cell", "read", "found"),
    [
        pytest.param("15/15", D(15), [], id="slash"),
        pytest.param("15分/15分", D(15), [], id="slash-units"),
        pytest.param("得15分", D(15), [], id="de-fen"),
        pytest.param("满分15分", D(15), [], id="full-marks-figure"),
        pytest.param("15分（满分15分）", D(15), [], id="bracket-full-marks"),
        pytest.param("15（满分）", D(15), [], id="bracket-word"),
        pytest.param("十五", D(15), [], id="chinese-numeral"),
        pytest.param("十五分", D(15), [], id="chinese-numeral-fen"),
        pytest.param("扣0分", D(15), [], id="nothing-deducted"),
        pytest.param("满分", D(15), [], id="full-marks-word-kept"),
        pytest.param("15.00分", D("15.00"), [], id="plain-kept"),
        pytest.param(
            "14.5（扣0.5分）",
            D("14.5"),
            [("points-sum-mismatch", "各项得分合计99.3与总分99.8不符")],
            id="bracket-deduction",  # the column really adds up to 99.3
        ),
        pytest.param(
            "待定",
            None,
            # no sum with a hole counted 0 (letter22 H3): no "按合计应评为“良”"
            [("malformed-points", "得分“待定”不是数字，未读入")],
            id="unreadable-said",
        ),
    ],
)
def test_points_cell_forms(cell: str, read: Decimal | None, found: list[tuple[str, str]]) -> None:
    table = table_with(cell)
    assert table.indicators[1].published_points == read
    card = perftrack.score(table)
    assert card.points is not None
    assert (card.points.total, card.points.grade) == (D("99.80"), "优")
    assert sorted(findings(card, *POINTS_IDS)) == sorted(found)


def test_a_full_score_written_as_a_fraction_on_a_missed_row_is_caught() -> None:
    rows = list(ROWS)
    rows[0] = "\t产出指标\t数量指标\t购置应急物资批次\t≥20批\t18批\t20\t20/20"
    table = read_one(
        *HEAD,
        GRID,
        *(row.format(points="15") for row in rows),
        "总分\t\t\t\t\t\t100\t99.8",
        "自评等级\t\t优",
    )
    card = perftrack.score(table)
    assert card.points is not None
    assert card.points.total == D("97.80")
    assert findings(card, "full-points-not-met", "points-sum-mismatch") == [
        ("full-points-not-met", "“购置应急物资批次”未完成目标却得满分（填报得分20，计算得分18.00）")
    ]


@pytest.mark.parametrize(
    ("cell", "grade", "found"),
    [
        pytest.param("优秀等级", "优", [], id="excellent-grade-word"),
        pytest.param("优秀", "优", [], id="excellent"),
        pytest.param(
            "良好等次", "良", [("grade-mismatch", "总分99.8应评为“优”，表中为“良”")], id="good-rank"
        ),
    ],
)
def test_grade_cell_forms(cell: str, grade: str, found: list[tuple[str, str]]) -> None:
    table = table_with("15", grade=cell)
    assert table.published.grade == grade
    card = perftrack.score(table)
    assert findings(card, "grade-mismatch", "malformed-points") == found


# ---------------------------------------------------------------------------
# H2: level 1s without a weight of any kind

DEPT = [
    "2023年度部门整体支出绩效自评表",
    "（2023年度）",
    "部门（单位）名称\t\t某县市场监督管理局",
    "年度预算情况（万元）\t\t\t年初预算数\t全年预算数\t全年执行数\t执行率",
    "\t合计\t\t1850.00\t1920.00\t1843.20\t96.00%",
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因分析及改进措施",
    "\t履职效能\t部门履职目标\t食品安全抽检批次\t≥2000批次\t2150批次\t",
    "\t\t\t消费投诉按时办结率\t≥95%\t93%\t投诉量激增",
    "\t管理效率\t资产管理\t固定资产利用率\t≥90%\t95%\t",
    "\t社会效应\t服务对象满意度\t群众满意度\t≥90%\t94%\t",
    "总分\t\t\t\t\t95\t",
    "自评等级\t\t\t\t\t优\t",
]
UNKNOWN = (
    "weights-unknown",
    "一级指标“履职效能”、“管理效率”、“社会效应”（4项指标）未列分值，也无默认权重，未计算总分和等级",
)


def labelled(*weights: str) -> list[str]:
    """The department's table with a weight after each level 1 (blank: none)."""
    lines = DEPT
    for name, weight in zip(("履职效能", "管理效率", "社会效应"), weights, strict=True):
        lines = [line.replace(f"{name}\t", f"{name}{weight}\t") for line in lines]
    return lines


LABELLED = [
    pytest.param(
        Policy.central(),
        labelled("(60分)", "(20分)", "(10分)"),
        # 30 + 30 × 93/95 (29.37) + 20 + 10 + the rate's 10 × 96% = 98.97
        (D("98.97"), "优", "98.97 优"),
        [],
        id="label-weights-scored",
    ),
    pytest.param(
        Policy.central(),
        labelled("(60分)", "", "(10分)"),
        (None, None, "未计分（分值未列且无默认权重）"),
        [
            (
                "weights-unknown",
                "一级指标“管理效率”（1项指标）未列分值，也无默认权重，未计算总分和等级",
            )
        ],
        id="one-level-1-unweighted",
    ),
]


@pytest.mark.parametrize(
    ("policy", "lines", "expected", "found"),
    [
        pytest.param(
            Policy.central(),
            DEPT,
            (None, None, "未计分（分值未列且无默认权重）"),
            [UNKNOWN],
            id="central",
        ),
        pytest.param(
            Policy.hubei(),
            DEPT,
            (None, None, "未计分（分值未列且无默认权重）"),
            [UNKNOWN],
            id="hubei",
        ),
        *LABELLED,
    ],
)
def test_level_1s_without_weights(
    policy: Policy,
    lines: list[str],
    expected: tuple[Decimal | None, str | None, str],
    found: list[tuple[str, str]],
) -> None:
    card = perftrack.score(read_one(*lines), policy=policy)
    assert card.points is not None
    assert (card.points.total, card.points.grade, card.points.shown) == expected
    assert findings(card, "weights-unknown", "weights-not-100") == found


def test_the_review_letter_says_the_weights_are_unknown() -> None:
    card = perftrack.score(read_one(*DEPT))
    letter = render([card], [], "review")
    # stated once, as the unit's problem, not as a limit of the scoring (letter22 M2)
    assert "表中自评95.00分，等级“优”。存在以下问题" in letter
    assert "各项指标未列分值，无法核实自评得分" in letter
    assert "默认权重" not in letter
    assert "按默认权重计算得分" not in letter


# ---------------------------------------------------------------------------
# M1: a scored row without its 得分


@pytest.mark.parametrize(
    ("cell", "total", "found"),
    [
        pytest.param(
            "",
            "84.8",
            [("missing-points", "“物资验收合格率”未填写得分（已达成，分值15，计算得分15.00）")],
            id="blank",
        ),
        pytest.param(
            "—",
            "84.8",
            [("missing-points", "“物资验收合格率”未填写得分（已达成，分值15，计算得分15.00）")],
            id="dash",
        ),
        pytest.param("15", "99.8", [], id="printed"),
    ],
)
def test_a_scored_row_without_points(cell: str, total: str, found: list[tuple[str, str]]) -> None:
    card = perftrack.score(table_with(cell, total=total, grade="良" if total == "84.8" else "优"))
    assert card.points is not None
    assert (card.points.total, card.points.grade) == (D("99.80"), "优")
    assert findings(card, *POINTS_IDS) == found


# ---------------------------------------------------------------------------
# M2: the rate's default weight beside printed 分值 of 90


@pytest.mark.parametrize(
    ("weight", "expected"),
    [
        # 90 + the rate's default 10 is 100: nothing to say (regress45: the message said
        # "不等于100" and "合计100分" at once)
        pytest.param("", [], id="rate-weight-blank"),
        pytest.param("10", [], id="rate-weight-printed"),
        pytest.param(
            "5", [("weights-not-100", "各项分值合计95，不等于100")], id="rate-weight-short"
        ),
    ],
)
def test_weights_not_100_says_the_default_rate(
    weight: str, expected: list[tuple[str, str]]
) -> None:
    head = [*HEAD[:-1], f"\t年度资金总额\t\t50.00\t49.00\t{weight}\t98.00%\t9.8"]
    table = read_one(
        *head,
        GRID,
        *(row.format(points="15") for row in ROWS),
        "总分\t\t\t\t\t\t100\t99.8",
        "自评等级\t\t优",
    )
    card = perftrack.score(table)
    assert findings(card, "weights-not-100") == expected


# ---------------------------------------------------------------------------
# L1: the share of the 分值 in a band's points-differ


def test_band_points_differ_gives_the_share() -> None:
    rows = list(ROWS)
    rows[2] = "\t\t时效指标\t采购完成时间\t2023年6月底前\t2023年9月\t15\t10"
    table = read_one(
        *HEAD,
        GRID,
        *(row.format(points="15") for row in rows),
        "总分\t\t\t\t\t\t100\t94.8",
        "自评等级\t\t优",
    )
    card = perftrack.score(table)
    assert findings(card, "points-differ") == [
        ("points-differ", "“采购完成时间”填报得分10（10/15=66.67%）不在0%–60%档内")
    ]


def test_a_scorecard_without_a_total_validates_against_the_schema() -> None:
    """``points.total`` and ``grade`` are null when the weights are unknown: the
    schema allows it (json22 H1: it required a decimal and a grade)."""
    jsonschema = pytest.importorskip("jsonschema")
    import json  # noqa: PLC0415

    from perftrack.schema import schema  # noqa: PLC0415

    card = perftrack.score(read_one(*DEPT))
    document = json.loads(perftrack.to_json([card]))
    points = document["tables"][0]["points"]
    assert (points["total"], points["grade"]) == (None, None)
    validator = jsonschema.Draft202012Validator(schema())
    assert [error.message for error in validator.iter_errors(document)] == []


def test_weights_short_of_100_even_with_the_default_rate_say_so() -> None:
    """85 printed and the rate's default 10 make 95: still a warning, with the whole."""
    head = [*HEAD[:-1], "\t年度资金总额\t\t50.00\t49.00\t\t98.00%\t9.8"]
    rows = [row.format(points="15") for row in ROWS]
    rows[0] = rows[0].replace("\t20\t20", "\t15\t15")
    table = read_one(*head, GRID, *rows, "总分\t\t\t\t\t\t95\t94.8", "自评等级\t\t优")
    card = perftrack.score(table)
    assert findings(card, "weights-not-100") == [
        (
            "weights-not-100",
            "各项分值合计85，不等于100；预算执行率未列分值，按默认10分计入，合计95分",
        )
    ]


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        pytest.param(
            "90",
            [
                (
                    "weights-not-100",
                    "各项分值合计90，不等于100；预算执行率未列分值，按默认10分计入，合计100分",
                )
            ],
            id="scored-out-of-90",
        ),
        pytest.param("99.8", [], id="scored-out-of-100"),
    ],
)
def test_a_printed_total_within_90_says_the_rate_was_forgotten(
    total: str, expected: list[tuple[str, str]]
) -> None:
    """90 printed, the budget's 分值 blank: silent when the 总分 counts the rate's points,
    a warning when the unit's own 总分 is within the 90 (regress46)."""
    head = [*HEAD[:-1], "\t年度资金总额\t\t50.00\t49.00\t\t98.00%\t"]
    table = read_one(
        *head,
        GRID,
        *(row.format(points="15") for row in ROWS),
        f"总分\t\t\t\t\t\t90\t{total}",
        "自评等级\t\t优",
    )
    assert findings(perftrack.score(table), "weights-not-100") == expected
