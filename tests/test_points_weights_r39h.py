"""r39h: a self-evaluation table whose 分值 add up to 70, and a 预算执行率 row beside the block.

1. Weights of 70 (the rate's 10 missing, or the table printed without the budget): the
   total is graded on its share of them (k32k), and so is the printed 总分 the grade
   beside it is checked against; the findings name the sum. Before, perftrack graded
   63.00 of 70 优 while ``grade-mismatch`` said "总分63应评为“中”" of the same table, and
   a table without a budget was told the rate's default 10 "计入，合计80分" while the
   total was rescaled from 70.
2. A 预算执行率 row met against its own target below the year-end bar (``≥80%`` | 85%)
   beside ``budget-behind-schedule`` (85% below 90%): the finding says which bar each
   is, so the row's 达成 and the block's 低于 are no two verdicts on one rate. The row's
   points stay those of its comparison (budget37 M1, documented).
3. A printed 总分 off the printed 得分's sum by a tail of rounding (90 beside 90.01) is
   ``points-sum-mismatch`` as info saying 尾差, left out of the review letter; a real
   difference (90.05, a point, another grade band) stays the warning.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.reports import render

_HEAD = (
    "2024年度项目支出绩效自评表\n（2024年度）\n项目名称\t应急物资储备项目\n"
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t年度资金总额\t50.00\t50.00\t{executed}\t{weight}\t{rate}\t{points}\n"
    "年度总体目标\t预期目标\t\t\t实际完成情况\n\t完成年度任务\t\t\t基本完成\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"
)


def _table(
    rows: list[tuple[str, ...]],
    total: str,
    grade: str,
    *,
    budget: tuple[str, str, str, str] | None = ("45.00", "10", "90.00%", "9"),
    full: str = "70",
) -> perftrack.Table:
    """A 2024 自评表: the budget line (executed, 分值, 执行率, 得分) or none, and *rows*."""
    head = _HEAD.format(
        executed=budget[0] if budget else "",
        weight=budget[1] if budget else "",
        rate=budget[2] if budget else "",
        points=budget[3] if budget else "",
    )
    if budget is None:
        head = "\n".join(line for line in head.split("\n") if "资金" not in line)
    lines = [head, *("\t" + "\t".join(row) for row in rows)]
    lines.append(f"总分\t\t\t\t\t\t{full}\t{total}")
    lines.append(f"自评等级\t\t{grade}")
    return perftrack.read_text("\n".join(lines) + "\n")[0]


def _messages(card: perftrack.Scorecard, finding_id: str) -> list[str]:
    return [f.message for f in card.findings if f.id == finding_id]


# 60 on the indicators and the rate's 10: 70 in all; 30 + 16 + 8 + 9 = 63 (90% of 70)
_SIXTY = [
    ("产出指标", "数量指标", "购置批次", "≥4批", "4批", "30", "30", "原因"),
    ("效益指标", "社会效益指标", "保障人数", "≥10000人", "8000人", "20", "16", "原因"),
    ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "72%", "10", "8", "原因"),
]
# 70 on the indicators, no budget: 30 + 24 + 9 = 63
_SEVENTY = [
    ("产出指标", "数量指标", "购置批次", "≥4批", "4批", "30", "30", "原因"),
    ("效益指标", "社会效益指标", "保障人数", "≥10000人", "8000人", "30", "24", "原因"),
    ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "81%", "10", "9", "原因"),
]
_SHARE_70 = (
    "各项分值合计70，不等于100；分值合计不足100，计算总分未按100分折算，"
    "按得分率90.00%（63.00/70）定级为“优”，而非“中”"
)
_NO_BUDGET_70 = (
    "各项分值合计70，不等于100；预算执行率未列分值，也无执行数据可计分，默认10分未计入，"
    "总分按其余70分折算为100分"
)


@pytest.mark.parametrize(
    ("rows", "budget", "grade", "points", "weights", "mismatch"),
    [
        pytest.param(
            _SIXTY,
            ("45.00", "10", "90.00%", "9"),
            "优",
            ("63.00", "优", Decimal(70), False),
            [_SHARE_70],
            [],  # 优 is the share's grade: weights-not-100 says the sum, no second verdict
            id="70-printed-excellent",
        ),
        pytest.param(
            _SIXTY,
            ("45.00", "10", "90.00%", "9"),
            "中",
            ("63.00", "优", Decimal(70), False),
            [_SHARE_70],
            ["总分63为分值合计70的90.00%，应评为“优”，表中为“中”"],
            id="70-printed-fair",
        ),
        pytest.param(
            _SEVENTY,
            None,
            "优",
            ("90.00", "优", Decimal(70), True),
            [_NO_BUDGET_70],
            [],
            id="70-without-budget-printed-excellent",
        ),
        pytest.param(
            _SEVENTY,
            None,
            "中",
            ("90.00", "优", Decimal(70), True),
            [_NO_BUDGET_70],
            ["总分63为分值合计70的90.00%，应评为“优”，表中为“中”"],
            id="70-without-budget-printed-fair",
        ),
    ],
)
def test_weights_of_70_are_graded_on_their_share(  # noqa: PLR0913, PLR0917 - one per column
    rows: list[tuple[str, ...]],
    budget: tuple[str, str, str, str] | None,
    grade: str,
    points: tuple[str, str, Decimal, bool],
    weights: list[str],
    mismatch: list[str],
) -> None:
    card = perftrack.score(_table(rows, "63", grade, budget=budget))
    assert card.points is not None
    total, computed_grade, out_of, rescaled = points
    assert (card.points.total, card.points.grade, card.points.out_of, card.points.rescaled) == (
        Decimal(total),
        computed_grade,
        out_of,
        rescaled,
    )
    assert _messages(card, "weights-not-100") == weights
    assert _messages(card, "grade-mismatch") == mismatch


def test_a_grade_under_a_blank_total_is_graded_on_the_share() -> None:
    card = perftrack.score(_table(_SIXTY, "", "中"))
    assert card.table.published.total is None
    assert _messages(card, "grade-mismatch") == [
        "未填总分，各项得分合计63.00，为分值合计70的90.00%，应评为“优”，表中为“中”"
    ]


def test_weights_of_100_still_grade_the_total_on_100() -> None:
    # the share is for weights that do not add up to 100: 63 of 100 (60 + the rate's 40)
    # is 中, not 优
    card = perftrack.score(
        _table(_SIXTY, "63", "优", full="100", budget=("45.00", "40", "90.00%", "9"))
    )
    assert _messages(card, "weights-not-100") == []
    assert _messages(card, "grade-mismatch") == ["总分63应评为“中”，表中为“优”"]


# A 预算执行率 row of the grid beside a budget block of 85% (42.50 of 50)
def _rate_rows(target: str, points: str) -> list[tuple[str, ...]]:
    return [
        ("产出指标", "数量指标", "购置批次", "≥4批", "4批", "40", "40", ""),
        ("", "", "预算执行率", target, "85%", "10", points, "原因"),
        ("效益指标", "社会效益指标", "保障人数", "≥10000人", "10000人", "30", "30", ""),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10", ""),
    ]


_BEHIND = "执行率85.00%低于年终执行率要求90.00%"


@pytest.mark.parametrize(
    ("target", "budget", "verdict", "item", "behind"),
    [
        pytest.param(
            "≥80%",
            ("42.50", "", "85.00%", ""),
            ("met", "实际85%，达到年度指标≥80%"),
            (Decimal("10.00"), "comparison met"),
            [f"{_BEHIND}；“预算执行率”年度指标“≥80%”低于该要求，按年度指标判为达成"],
            id="met-below-the-bar-says-which-bar",
        ),
        pytest.param(
            "≥80%",
            ("42.50", "10", "85.00%", "8.5"),
            ("met", "实际85%，达到年度指标≥80%"),
            (Decimal("10.00"), "comparison met"),
            [f"{_BEHIND}；“预算执行率”年度指标“≥80%”低于该要求，按年度指标判为达成"],
            id="met-below-the-bar-beside-a-weighted-line",
        ),
        pytest.param(
            "≥80%",
            None,
            ("met", "实际85%，达到年度指标≥80%"),
            (Decimal("10.00"), "comparison met"),
            [
                (
                    "“预算执行率”实际完成值85.00%低于年终执行率要求90.00%"
                    "（年度指标“≥80%”低于该要求，按年度指标判为达成）"
                )
            ],
            id="met-below-the-bar-without-a-block",
        ),
        pytest.param(
            "≥90%",
            ("42.50", "", "85.00%", ""),
            ("not_met", "实际85%，未达年度指标≥90%"),
            (Decimal("9.44"), "comparison not_met: ratio 94.44%"),
            [_BEHIND],  # the row and the block agree: nothing to add
            id="not-met-against-the-bar",
        ),
    ],
)
def test_a_rate_row_met_below_the_bar_says_which_bar(
    target: str,
    budget: tuple[str, str, str, str] | None,
    verdict: tuple[str, str],
    item: tuple[Decimal, str],
    behind: list[str],
) -> None:
    card = perftrack.score(_table(_rate_rows(target, "10"), "100", "优", full="100", budget=budget))
    row = card.verdicts[1]
    assert (row.attainment.value, row.explanation) == verdict
    assert card.points is not None
    rate_item = card.points.items[1]
    assert (rate_item.points, rate_item.rule) == item
    assert _messages(card, "budget-behind-schedule") == behind


# 3. A 总分 off the 得分's sum by a tail of rounding: info, not the warning of a wrong total
_SUM_ROWS = [
    ("产出指标", "数量指标", "购置批次", "≥4批", "3批", "40", "{points}", "原因"),
    ("效益指标", "社会效益指标", "保障人数", "≥10000人", "10000人", "40", "40", ""),
    ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10", ""),
]


@pytest.mark.parametrize(
    ("points", "total", "found", "in_letter"),
    [
        pytest.param(
            "30",
            "90.01",
            ("info", "各项得分合计90与总分90.01相差0.01，属舍入尾差，不影响等级"),
            False,
            id="whole-points-a-cent-off",
        ),
        pytest.param(
            "30",
            "90.02",
            ("warning", "各项得分合计90与总分90.02不符"),
            True,
            id="whole-points-two-cents-off",
        ),
        pytest.param(
            "30.00",
            "90.05",
            ("warning", "各项得分合计90.00与总分90.05不符"),
            True,
            id="beyond-a-half-cent-per-addend",
        ),
        pytest.param(
            "30", "89.99", ("warning", "各项得分合计90与总分89.99不符"), True, id="another-band"
        ),
        pytest.param("30", "91", ("warning", "各项得分合计90与总分91不符"), True, id="a-point-off"),
    ],
)
def test_a_rounding_tail_is_no_wrong_total(
    points: str,
    total: str,
    found: tuple[str, str],
    in_letter: bool,  # noqa: FBT001 - a column
) -> None:
    rows = [tuple(cell.format(points=points) for cell in row) for row in _SUM_ROWS]
    card = perftrack.score(
        _table(rows, total, "优", full="100", budget=("50.00", "10", "100.00%", "10"))
    )
    assert [
        (f.severity.value, f.message) for f in card.findings if f.id == "points-sum-mismatch"
    ] == [found]
    letter = render([card], [], "review")
    assert ("与表中总分" in letter) is in_letter


def test_a_share_of_the_same_grade_is_said_plainly() -> None:
    # 85 of 95 is 89.47%: 良 as 85 is, so the message is the plain one (no share to say)
    card = perftrack.score(
        _table(_SIXTY, "85", "优", full="95", budget=("45.00", "35", "90.00%", "31.5"))
    )
    assert _messages(card, "grade-mismatch") == ["总分85应评为“良”，表中为“优”"]
