"""k32k: the points total and grade of 自评表 (score57 #7, #8).

#7: rows left out (not applicable, undecided without a printed 得分) and the rest
rescaled to 100 (spec §7, 10号) are said beside the total, and as ``points-rescaled``
when the rescale moves the grade; an undecided word actual with a blank 得分 raises
``points-unsupported``. #8: weights adding up to another figure than 100 (110, 80) keep
their total as computed (score54 M6) and are graded on its share of the weights.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.report import scorecard_text
from perftrack.reports import render

_HEAD = (
    "{year}年度项目支出绩效自评表\n"
    "（{year}年度）\n"
    "项目名称\t应急物资储备项目\n"
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t年度资金总额\t50.00\t50.00\t50.00\t{rate_weight}\t100.00%\t{rate_points}\n"
    "年度总体目标\t预期目标\t\t\t实际完成情况\n"
    "\t完成年度任务\t\t\t基本完成\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"
)


def _table(
    rows: list[tuple[str, ...]],
    total: str,
    grade: str,
    *,
    rate: tuple[str, str] = ("10", "10"),
    full: str = "100",
) -> perftrack.Table:
    """A 2024 自评表 with a budget line of 100% (分值, 得分 *rate*) and *rows*."""
    lines = [_HEAD.format(year=2024, rate_weight=rate[0], rate_points=rate[1])]
    lines += ["\t" + "\t".join(row) for row in rows]
    lines.append(f"总分\t\t\t\t\t\t{full}\t{total}")
    lines.append(f"自评等级\t\t{grade}")
    return perftrack.read_text("\n".join(lines) + "\n")[0]


def _ids(card: perftrack.Scorecard, *ids: str) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in card.findings if f.id in ids]


# score57 #7: t_undecided.tsv — an n/a row (20) and an undecided row (30), 得分 blank
_UNDECIDED = [
    ("产出指标", "数量指标", "购置应急物资批次", "≥4批", "4批", "30", "30", ""),
    ("", "质量指标", "物资验收合格率", "100%", "/", "20", "", ""),
    ("效益指标", "社会效益指标", "应急物资保障人数", "≥10000人", "效果良好", "30", "", ""),
    ("满意度指标", "服务对象满意度指标", "基层单位满意度", "≥90%", "95%", "10", "10", ""),
]
_NOTE = "其中50分（不适用1项、无法判断1项）未计分，按其余50分折算为100分"
_RESCALED = (
    "“物资验收合格率”（不适用，分值20）、“应急物资保障人数”（无法判断，分值30）共50分未计分，"
    "计算总分按其余50分折算为100分，等级由“差”变为“优”（按0分计为50.00分）"
)
_UNSUPPORTED = (
    "“应急物资保障人数”实际完成值“效果良好”无数值，无法判断是否达到年度指标，"
    "未填写得分（分值30），未计分"
)


def test_rescale_that_moves_the_grade_is_said() -> None:
    card = perftrack.score(_table(_UNDECIDED, "50", "差"))
    points = card.points
    assert points is not None
    assert (points.total, points.grade, points.out_of, points.rescaled) == (
        Decimal("100.00"),
        "优",
        Decimal(50),
        True,
    )
    assert (points.as_is, points.regraded, points.note) == (Decimal("50.00"), True, _NOTE)
    assert points.shown == f"100.00 优（{_NOTE}）"
    assert _ids(card, "points-rescaled", "points-unsupported") == [
        ("points-unsupported", _UNSUPPORTED),
        ("points-rescaled", _RESCALED),
    ]
    assert next(f for f in card.findings if f.id == "points-rescaled").severity.value == "info"
    unsupported = next(f for f in card.findings if f.id == "points-unsupported")
    assert (unsupported.severity.value, unsupported.where.cell) == ("warning", "H11")


@pytest.mark.parametrize(
    ("fmt", "line"),
    [
        pytest.param("text", f"  得分：100.00 优（{_NOTE}）；表中总分 50 差", id="text"),
        pytest.param(
            "markdown", f"- **得分**：100.00 优（{_NOTE}）；表中总分 50 差", id="markdown"
        ),
        pytest.param(
            "html", f"<dt>得分</dt><dd>100.00 优（{_NOTE}）；表中总分 50 差</dd>", id="html"
        ),
        pytest.param(
            "review",
            f"按评分规则得分100.00分（{_NOTE}），等级为“优”（表中自评50.00分，等级“差”）",
            id="review-letter",
        ),
    ],
)
def test_points_line_says_the_rescale(fmt: str, line: str) -> None:
    card = perftrack.score(_table(_UNDECIDED, "50", "差"))
    text = scorecard_text(card) if fmt == "text" else render([card], [], fmt)
    assert line in (text.splitlines() if fmt in ("text", "markdown") else text)


def test_notebook_repr_says_the_rescale() -> None:
    card = perftrack.score(_table(_UNDECIDED, "50", "差"))
    assert f"得分：100.00 优（{_NOTE}）；表中总分 50 差" in card._repr_html_()


def test_rescale_that_keeps_the_grade_is_noted_not_found() -> None:
    # a 10-point n/a row beside rows all met: 90.00 counted 0, 100.00 rescaled, 优 either way
    rows = [
        ("产出指标", "数量指标", "购置应急物资批次", "≥4批", "4批", "50", "50", ""),
        ("", "质量指标", "物资验收合格率", "100%", "/", "10", "", ""),
        ("效益指标", "社会效益指标", "应急物资保障人数", "≥10000人", "12000人", "20", "20", ""),
        ("满意度指标", "服务对象满意度指标", "基层单位满意度", "≥90%", "95%", "10", "10", ""),
    ]
    card = perftrack.score(_table(rows, "90", "优"))
    points = card.points
    assert points is not None
    assert (points.total, points.grade, points.regraded) == (Decimal("100.00"), "优", False)
    assert points.shown == "100.00 优（其中10分（不适用1项）未计分，按其余90分折算为100分）"
    assert _ids(card, "points-rescaled") == []
    assert "按评分规则得分100.00分，等级为“优”" in render([card], [], "review")


def test_rate_alone_left_out_is_no_rescale_finding() -> None:
    # no budget block: the rate's 10 is left out (the letter says 未填报预算执行情况)
    lines = [
        "2024年度项目支出绩效自评表",
        "项目名称\t示例项目",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t培训人次\t≥400人次\t400人次\t50\t50",
        "效益指标\t社会效益指标\t就业人数\t≥100人\t80人\t40\t32",
    ]
    card = perftrack.score(perftrack.read_text("\n".join(lines) + "\n")[0])
    points = card.points
    assert points is not None
    assert (points.total, points.grade, points.regraded) == (Decimal("91.11"), "优", False)
    assert points.shown == "91.11 优（其中10分（无法判断1项）未计分，按其余90分折算为100分）"
    assert _ids(card, "points-rescaled") == []


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param("效果良好", [_UNSUPPORTED], id="word-blank-points"),
        pytest.param("", [], id="blank-actual-is-missing-actual"),
        pytest.param("12000人", [], id="figure-judged"),
    ],
)
def test_word_actual_with_blank_points(actual: str, expected: list[str]) -> None:
    rows = [list(row) for row in _UNDECIDED]
    rows[2][4] = actual
    card = perftrack.score(_table([tuple(row) for row in rows], "50", "差"))
    assert [f.message for f in card.findings if f.id == "points-unsupported"] == expected


def test_word_actual_without_points_column_is_not_blamed() -> None:
    # no 得分 printed anywhere: the unit scored nothing, so no 得分 is missing
    rows = [(*row[:6], "") for row in _UNDECIDED]
    card = perftrack.score(_table([(*row, "") for row in rows], "", "", rate=("10", "")))
    assert _ids(card, "points-unsupported") == []


def test_satisfaction_word_with_blank_points_is_said_once() -> None:
    rows = [list(row) for row in _UNDECIDED]
    rows[3][4], rows[3][7] = "满意", ""
    card = perftrack.score(_table([tuple(row) for row in rows], "40", "差"))
    assert [f.where.indicator for f in card.findings if f.id == "points-unsupported"] == [2]


# score57 #8: weights of 110, graded on the share
_COSTS = [
    ("成本指标", "经济成本指标", "项目总成本", "100万元", "110万元", "10", "10", ""),
    ("", "经济成本指标", "单位成本", "≤500元/人", "450元/人", "10", "10", ""),
    ("", "经济成本指标", "人均成本", "500元/人", "600元/人", "10", "10", ""),
    ("产出指标", "成本指标", "采购成本", "≤100万元", "120万元", "10", "10", ""),
    ("", "成本指标", "成本节约率", "≥5%", "3%", "10", "10", ""),
    ("", "数量指标", "事故发生率", "≤1%", "2%", "10", "10", ""),
    ("", "数量指标", "差错率", "0", "1%", "10", "10", ""),
    ("", "数量指标", "投诉率", "≤5%", "0%", "10", "10", ""),
    ("效益指标", "社会效益指标", "发病率", "下降5%", "下降3%", "10", "10", ""),
    ("满意度指标", "满意度指标", "满意度", "≥90%", "92%", "10", "10", ""),
]


def _met(weights: list[str]) -> list[tuple[str, ...]]:
    """Rows all met, one per weight (分值 = 得分)."""
    return [
        ("产出指标", "数量指标", f"培训班次{index}", "≥4期", "4期", weight, weight, "")
        for index, weight in enumerate(weights)
    ]


@pytest.mark.parametrize(
    ("rows", "total", "grade", "out_of", "message", "note"),
    [
        pytest.param(
            _COSTS,
            "82.75",
            "中",
            Decimal(110),
            "各项分值合计110，不等于100；分值合计超过100，计算总分未按100分折算，"
            "按得分率75.23%（82.75/110）定级为“中”，而非“良”",
            "各项分值合计110分，超过100分，未折算，按得分率75.23%定级",
            id="110-graded-on-share",
        ),
        pytest.param(
            _met(["30", "20", "20"]),
            "80.00",
            "优",
            Decimal(80),
            "各项分值合计80，不等于100；分值合计不足100，计算总分未按100分折算，"
            "按得分率100.00%（80.00/80）定级为“优”，而非“良”",
            "各项分值合计80分，不足100分，未折算，按得分率100.00%定级",
            id="80-all-met",
        ),
        pytest.param(
            _met(["30", "30", "25"]),
            "95.00",
            "优",
            Decimal(95),
            "各项分值合计95，不等于100",
            "各项分值合计95分，不足100分，未折算，按得分率100.00%定级",
            id="95-same-grade-either-way",
        ),
        pytest.param(
            _met(["40", "30", "30"]),
            "110.00",
            "优",
            Decimal(110),
            "各项分值合计110，不等于100；分值合计超过100，计算总分未按100分折算",
            "各项分值合计110分，超过100分，未折算，按得分率100.00%定级",
            id="110-above-100-as-before",
        ),
    ],
)
def test_weights_not_100_graded_on_share(  # noqa: PLR0913, PLR0917 - one per column
    rows: list[tuple[str, ...]],
    total: str,
    grade: str,
    out_of: Decimal,
    message: str,
    note: str,
) -> None:
    card = perftrack.score(_table(rows, "100", "优"))
    points = card.points
    assert points is not None
    assert (points.total, points.grade, points.out_of, points.rescaled) == (
        Decimal(total),
        grade,
        out_of,
        False,
    )
    assert [f.message for f in card.findings if f.id == "weights-not-100"] == [message]
    assert points.note == note
    assert points.shown == f"{total} {grade}（{note}）"
    assert _ids(card, "points-rescaled") == []


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        pytest.param(
            _COSTS,
            "按评分规则得分82.75分（各项分值合计110分，超过100分，未折算，按得分率75.23%定级），"
            "等级为“中”",
            id="share-moves-the-grade",
        ),
        pytest.param(
            _met(["30", "30", "25"]), "按评分规则得分95.00分，等级为“优”", id="same-grade-unsaid"
        ),
    ],
)
def test_letter_says_the_share_when_it_moves_the_grade(
    rows: list[tuple[str, ...]], said: str
) -> None:
    assert said in render([perftrack.score(_table(rows, "100", "优"))], [], "review")


def test_weights_printed_as_thirds_are_100() -> None:
    rows = [
        ("产出指标", "数量指标", f"培训班次{index}", "≥4期", "4期", "16.67", "16.67", "")
        for index in range(3)
    ] + [("效益指标", "社会效益指标", "就业人数", "≥100人", "100人", "40", "40", "")]
    card = perftrack.score(_table(rows, "100", "优"))
    points = card.points
    assert points is not None
    assert (points.total, points.grade, points.out_of, points.note) == (
        Decimal(100),
        "优",
        None,
        "",
    )
    assert points.shown == "100.00 优"
