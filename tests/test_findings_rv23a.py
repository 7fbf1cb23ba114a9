"""Findings a 绩效科 reviewer raised that the scorer missed or got wrong (rv23a).

- H1/H2: a 预算数 left blank (not 0, not a dash) with an amount executed is
  ``budget-amount-missing``, never ``over-execution`` (无预算安排); a printed 0 still is;
- H3/M2: a word actual (``较好``, ``满意``) under a measurable target, its printed 得分
  kept, is ``points-unsupported``; a partial result scored in full is
  ``full-points-partial``;
- M1: a tracking table's budget behind 序时进度 with no 纠偏措施 is
  ``missing-corrective-measures``;
- M3: the budget line's ``points-differ`` says the rate its points come from.

Each case is a table written as text and the exact findings of the ids it concerns.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.scoring import Scorecard, score

IDS = (
    "budget-amount-missing",
    "over-execution",
    "points-unsupported",
    "full-points-not-met",
    "full-points-partial",
    "points-differ",
    "missing-corrective-measures",
)


def _card(*lines: str) -> Scorecard:
    return score(perftrack.read_text("\n".join(lines))[0])


def _findings(card: Scorecard) -> list[tuple[str, str, str]]:
    return [(f.id, f.severity.value, f.message) for f in card.findings if f.id in IDS]


SELF_HEAD = (
    "项目支出绩效自评表",
    "（2023年度）",
    "项目名称\t2023年农村饮水安全巩固提升",
    "主管部门\t某区农业农村局\t实施单位\t某区水利站",
    "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
)
SELF_GRID = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"
)
SELF_ROWS = (
    "产出指标\t数量指标\t新建供水管网\t≥30(公里)\t{pipe}\t20\t{pipe_points}\t",
    "\t质量指标\t水质达标率\t≥95%\t{quality}\t20\t{quality_points}\t",
    "\t时效指标\t工程完工时间\t2023年11月30日前\t按期完成\t10\t10\t",
    "效益指标\t社会效益指标\t受益人口\t≥2(万人)\t2.1万人\t30\t30\t",
    "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t95%\t10\t10\t",
)


def self_evaluation(
    budget: tuple[str, ...],
    *,
    pipe: str = "31公里",
    pipe_points: str = "20",
    quality: str = "96%",
    quality_points: str = "20",
) -> Scorecard:
    rows = [
        row.format(
            pipe=pipe, pipe_points=pipe_points, quality=quality, quality_points=quality_points
        )
        for row in SELF_ROWS
    ]
    return _card(*SELF_HEAD, *budget, SELF_GRID, *rows, "合计\t\t\t\t\t100\t100\t优")


FILLED = ("\t年度资金总额\t\t300.00\t260.00\t10\t86.67%\t8.67",)

TRACK_HEAD = (
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2024-1月 至 2024-9月 ）",
    "项目名称\t社区居家养老服务",
    "主管部门\t某区民政局\t实施单位\t某街道办事处",
    "预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
)
TRACK_GRID = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t助餐服务人次\t≥24000(人次)\t18000\t18500\t",
    "\t质量指标\t服务投诉办结率\t=100%\t100%\t100%\t",
    "效益指标\t社会效益指标\t助餐服务覆盖社区数\t≥30(个)\t30\t31\t",
)


def tracking(
    budget: tuple[str, ...], measures: str | None = "无", head: tuple[str, ...] = TRACK_HEAD
) -> Scorecard:
    """A 跟踪表; *measures* None: a form with no 纠偏措施 field at all."""
    return _card(
        *head,
        *budget,
        *TRACK_GRID,
        "绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成",
        "\t年度绩效目标完成可能性\t确定能完成",
        *(() if measures is None else (f"纠偏措施\t{measures}",)),
    )


BEHIND = (
    "\t年度资金总额\t\t400.00\t400.00\t150.00\t37.50",
    "\t其中：当年财政拨款\t\t400.00\t400.00\t150.00\t37.50",
)
ON_TIME = (
    "\t年度资金总额\t\t400.00\t400.00\t320.00\t80.00",
    "\t其中：当年财政拨款\t\t400.00\t400.00\t320.00\t80.00",
)

BLANK_BUDGET = [
    pytest.param(
        lambda: self_evaluation(
            (
                "\t年度资金总额\t\t\t260.00\t10\t\t10",
                "\t其中：当年财政拨款\t\t\t260.00\t\t\t",
            )
        ),
        [
            (
                "budget-amount-missing",
                "warning",
                (
                    "“年度资金总额”、“其中：当年财政拨款”未填写预算数，无法计算预算执行率，"
                    "预算执行率得分按填报得分10计，无依据"
                ),
            )
        ],
        id="self-evaluation-blank-budget-points-kept",
    ),
    pytest.param(
        lambda: tracking(
            (
                "\t年度资金总额\t\t\t\t310.00\t",
                "\t其中：当年财政拨款\t\t\t\t310.00\t",
                "\t上年结转资金\t\t0.00\t0.00\t0.00\t0.00",
            ),
            measures="加快支付进度",
        ),
        [
            (
                "budget-amount-missing",
                "warning",
                "“年度资金总额”、“其中：当年财政拨款”未填写预算数，无法计算预算执行率",
            )
        ],
        id="tracking-blank-budget-no-unbudgeted-accusation",
    ),
    pytest.param(
        lambda: tracking(
            (
                "\t年度资金总额\t\t\t\t315.00\t",
                "\t其中：当年财政拨款\t\t\t\t310.00\t",
                "\t上年结转资金\t\t0.00\t0.00\t5.00\t",
            ),
            measures="加快支付进度",
        ),
        [
            ("over-execution", "warning", "“上年结转资金”预算数为0，无预算安排却执行5.00"),
            (
                "budget-amount-missing",
                "warning",
                "“年度资金总额”、“其中：当年财政拨款”未填写预算数，无法计算预算执行率",
            ),
        ],
        id="tracking-printed-zero-keeps-over-execution",
    ),
    pytest.param(
        lambda: tracking(
            (
                "\t年度资金总额\t\t—\t—\t310.00\t",
                "\t其中：当年财政拨款\t\t—\t—\t310.00\t",
            ),
            measures="加快支付进度",
        ),
        [],
        id="tracking-dash-budget-is-not-blank",
    ),
    pytest.param(lambda: self_evaluation(FILLED), [], id="filled-budget-nothing"),
    pytest.param(
        lambda: tracking(
            ("\t年度资金总额\t\t1800\t1000",),
            measures="加快支付进度",
            head=(*TRACK_HEAD[:4], "预算执行情况 (万元)\t\t\t上年执行数\t跟踪期执行数"),
        ),
        [],
        id="no-budget-column-nothing-to-fill",
    ),
]


@pytest.mark.parametrize(("card", "expected"), BLANK_BUDGET)
def test_a_blank_budget_is_a_form_left_unfilled(
    card: object, expected: list[tuple[str, str, str]]
) -> None:
    assert callable(card)
    assert _findings(card()) == expected


WORD_ACTUALS = [
    pytest.param(
        {"quality": "较好"},
        [
            (
                "points-unsupported",
                "warning",
                "“水质达标率”实际完成值“较好”无数值，无法核实填报得分20（分值20）",
            )
        ],
        id="qualitative-word-full-points",
    ),
    pytest.param(
        {"quality": "良好", "quality_points": "15"},
        [
            (
                "points-unsupported",
                "warning",
                "“水质达标率”实际完成值“良好”无数值，无法核实填报得分15（分值20）",
            )
        ],
        id="qualitative-word-some-points",
    ),
    pytest.param(
        {"quality": "满意"},
        [
            (
                "points-unsupported",
                "warning",
                "“水质达标率”实际完成值“满意”无数值，无法核实填报得分20（分值20）",
            )
        ],
        id="text-word-full-points",
    ),
    pytest.param({"quality": "较好", "quality_points": "0"}, [], id="word-scored-zero"),
    pytest.param({"quality": "抽检12批次，总体较好"}, [], id="words-with-a-figure"),
    pytest.param({"quality": ""}, [], id="blank-actual-is-missing-actual"),
    pytest.param({"quality": "96%"}, [], id="figure-nothing"),
    pytest.param(
        {"pipe": "基本完成"},
        [
            (
                "full-points-partial",
                "warning",
                "“新建供水管网”部分完成却得满分（填报得分20，计算得分16.00）",
            )
        ],
        id="partial-full-points",
    ),
    pytest.param({"pipe": "基本完成", "pipe_points": "16"}, [], id="partial-band-points-nothing"),
]


@pytest.mark.parametrize(("cells", "expected"), WORD_ACTUALS)
def test_points_without_a_figure_behind_them(
    cells: dict[str, str], expected: list[tuple[str, str, str]]
) -> None:
    assert _findings(self_evaluation(FILLED, **cells)) == expected


MEASURES = [
    pytest.param(
        BEHIND,
        measure,
        [("missing-corrective-measures", "warning", "预算执行率低于序时进度，但未填写纠偏措施")],
        id=f"budget-behind-measures-{name}",
    )
    for name, measure in (("none", "无"), ("slash", "/"), ("dash", "—"), ("blank", ""))
] + [
    pytest.param(
        BEHIND, "加快资金拨付进度，督促服务机构按月结算", [], id="budget-behind-measures-given"
    ),
    pytest.param(ON_TIME, "无", [], id="budget-on-time-no-measures"),
    pytest.param(BEHIND, None, [], id="budget-behind-form-without-measures-field"),
]


@pytest.mark.parametrize(("budget", "measures", "expected"), MEASURES)
def test_a_lagging_budget_owes_corrective_measures(
    budget: tuple[str, ...], measures: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert _findings(tracking(budget, measures)) == expected


BUDGET_POINTS = [
    pytest.param(
        "\t年度资金总额\t\t320.00\t280.00\t10\t87.50%\t10",
        [("points-differ", "info", "“年度资金总额”按执行率87.50%计算得分8.75，填报得分10")],
        id="rate-said",
    ),
    pytest.param("\t年度资金总额\t\t320.00\t280.00\t10\t87.50%\t8.75", [], id="points-right"),
]


@pytest.mark.parametrize(("line", "expected"), BUDGET_POINTS)
def test_the_budget_points_say_their_rate(line: str, expected: list[tuple[str, str, str]]) -> None:
    assert _findings(self_evaluation((line,))) == expected
