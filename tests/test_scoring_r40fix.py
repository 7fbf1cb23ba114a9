"""r40fix: the regress40 audit's findings on the scoring merges (W1–W9 and gaps).

W1: a negation or a degree before a zero-family phrase (未能专款专用, 部分专款专用, 未实现零风险)
is read as such, never as the phrase's subject, and a clause naming an exception
(个别项目存在调剂) makes the word partial.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Comparison, Op, QualitativeValue, parse_target, parse_value, read_text, score
from scoring_builders import finding_ids, indicator, self_evaluation_table, tracking_table

YEAR = 2025

# W1, the value read: text | value
ZERO_VALUES = [
    pytest.param(
        "未能专款专用", QualitativeValue("专款专用", "zero", negation="未能"), id="weineng"
    ),
    pytest.param(
        "未做到专款专用", QualitativeValue("专款专用", "zero", negation="未做到"), id="weizuodao"
    ),
    pytest.param(
        "未完全做到专款专用",
        QualitativeValue("专款专用", "zero", partial=True, degree="未完全做到"),
        id="not-fully",
    ),
    pytest.param(
        "部分专款专用", QualitativeValue("专款专用", "zero", partial=True, degree="部分"), id="part"
    ),
    pytest.param(
        "大部分专款专用，个别项目存在调剂",
        QualitativeValue("专款专用", "zero", partial=True, degree="大部分"),
        id="most-with-exception",
    ),
    pytest.param(
        "专款专用，个别项目存在调剂",
        QualitativeValue("专款专用", "zero", partial=True),
        id="exception-clause",
    ),
    pytest.param(
        "大部分未发现挪用",
        QualitativeValue("未发现挪用", "zero", partial=True, degree="大部分"),
        id="most-no-misuse",
    ),
    pytest.param(
        "未实现零风险", QualitativeValue("零风险", "zero", negation="未实现"), id="zero-risk-not"
    ),
    pytest.param(
        "未实现零事故",
        QualitativeValue("零事故", "zero", negation="未实现"),
        id="zero-incident-not",
    ),
    pytest.param(
        "未做到无事故", QualitativeValue("无事故", "zero", negation="未做到"), id="no-incident-not"
    ),
    pytest.param(
        "大部分无投诉",
        QualitativeValue("无投诉", "zero", partial=True, degree="大部分"),
        id="most-no-complaint",
    ),
    pytest.param("未发现明显挪用", QualitativeValue("未发现明显挪用", "zero"), id="hedged-absence"),
    # unchanged: a subject of place or time, a shape that starts with 未/不
    pytest.param(
        "全年未发生安全事故", QualitativeValue("全年未发生安全事故", "zero"), id="subject-year"
    ),
    pytest.param(
        "项目资金专款专用", QualitativeValue("项目资金专款专用", "zero"), id="subject-funds"
    ),
    pytest.param("未发现挪用", QualitativeValue("未发现挪用", "zero"), id="no-misuse"),
    pytest.param(
        "不良反应零发生", QualitativeValue("不良反应零发生", "zero"), id="buliang-subject"
    ),
]


@pytest.mark.parametrize(("text", "expected"), ZERO_VALUES)
def test_zero_lead_is_read(text: str, expected: QualitativeValue) -> None:
    assert parse_value(text) == expected


# W1, the verdict: target | actual | attainment
ZERO_VERDICTS = [
    pytest.param("专款专用", "未能专款专用", "not_met", id="weineng"),
    pytest.param("专款专用", "未做到专款专用", "not_met", id="weizuodao"),
    pytest.param("专款专用", "未完全做到专款专用", "partial", id="not-fully"),
    pytest.param("专款专用", "部分专款专用", "partial", id="part"),
    pytest.param("专款专用", "大部分专款专用，个别项目存在调剂", "partial", id="most-exception"),
    pytest.param("专款专用", "专款专用，个别项目存在调剂", "partial", id="exception"),
    pytest.param("专款专用", "大部分未发现挪用", "partial", id="most-no-misuse"),
    pytest.param("专款专用", "未发现明显挪用", "met", id="hedged-absence"),
    pytest.param("专款专用", "专款专用", "met", id="same"),
    pytest.param("零风险", "未实现零风险", "not_met", id="zero-risk-not"),
    pytest.param("零风险", "基本实现零风险", "partial", id="zero-risk-mostly"),
    pytest.param("零事故", "未实现零事故", "not_met", id="zero-incident-not"),
    pytest.param("零风险", "无重大风险", "met", id="no-major-risk"),
    # a partial or negated none is no count of 0
    pytest.param("≤0起", "大部分无投诉", "unknown", id="mostly-none-no-zero"),
    pytest.param("0起", "基本无安全事故", "unknown", id="basically-none-no-zero"),
    pytest.param("0起", "未实现零事故", "unknown", id="negated-none-no-zero"),
    pytest.param("0起", "无安全事故", "met", id="none-is-zero"),
]


@pytest.mark.parametrize(("target", "actual", "attainment"), ZERO_VERDICTS)
def test_zero_lead_verdict(target: str, actual: str, attainment: str) -> None:
    row = indicator(name="资金使用合规性", target=target, actual=actual, weight=10, points=10)
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    assert got.attainment.value == attainment, got.explanation


# W2: a sum of money and how it is paid, as a target: text | target read
PAID_TARGETS = [
    pytest.param(
        "按每件1500元发放",
        Comparison(Op.EQ, Decimal(1500), "元", label="按每件", note="发放"),
        id="per-item",
    ),
    pytest.param(
        "每人1500元足额发放",
        Comparison(Op.EQ, Decimal(1500), "元", label="每人", note="足额发放"),
        id="per-person-in-full",
    ),
    pytest.param("≥1500元发放", Comparison(Op.GE, Decimal(1500), "元", note="发放"), id="floor"),
    pytest.param(
        "≥300万元拨付到位",
        Comparison(Op.GE, Decimal(300), "万元", note="拨付到位"),
        id="already-split",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAID_TARGETS)
def test_paid_target_unit(text: str, expected: Comparison) -> None:
    assert parse_target(text) == expected


# W2, the verdict when the actual copies the target (no unit-mismatch): target | actual
PAID_COPIES = [
    pytest.param("按每件1500元发放", "按每件1500元发放", id="per-item"),
    pytest.param("每人1500元足额发放", "每人1500元足额发放", id="in-full"),
    pytest.param("按每头80元发放", "按每头80元发放", id="per-head"),
    pytest.param("按每头80元发放", "80元", id="plain-actual"),
]


@pytest.mark.parametrize(("target", "actual"), PAID_COPIES)
def test_paid_target_copied_is_met(target: str, actual: str) -> None:
    row = indicator(name="补助标准", target=target, actual=actual, weight=10, points=10)
    card = score(self_evaluation_table([row], year=YEAR))
    assert card.verdicts[0].attainment.value == "met", card.verdicts[0].explanation
    assert "unit-mismatch" not in finding_ids(card)


# W3: a 其中 clause whose subset the name counts: name | target | actual | attainment | points
# of 50 (printed 30)
NAMED_SUBSETS = [
    pytest.param(
        "脱贫户补助户数",
        "≥20户",
        "补助150户，其中脱贫户12户",
        "not_met",
        Decimal("30.00"),
        id="poor-households-named",
    ),
    pytest.param(
        "补助脱贫户户数",
        "≥10户",
        "完成150户，其中脱贫户12户",
        "met",
        Decimal("50.00"),
        id="poor-households-met",
    ),
    pytest.param(
        "新建户用沼气池",
        "≥100座",
        "建成沼气池120座，其中新建80座",
        "not_met",
        Decimal("40.00"),
        id="new-ones-named",
    ),
    # the name does not name the subset: the whole count
    pytest.param(
        "补助养殖户数",
        "≥150户",
        "完成150户，其中脱贫户12户",
        "met",
        Decimal("50.00"),
        id="subset-not-named",
    ),
    pytest.param(
        "新建沼气池",
        "≥100座",
        "新建沼气池120座，其中新建80座",
        "met",
        Decimal("50.00"),
        id="noun-of-the-whole",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "points"), NAMED_SUBSETS)
def test_named_subset_is_counted(
    name: str, target: str, actual: str, attainment: str, points: Decimal
) -> None:
    row = indicator(name=name, target=target, actual=actual, weight=50, points=30)
    card = score(self_evaluation_table([row], year=YEAR))
    assert card.verdicts[0].attainment.value == attainment, card.verdicts[0].explanation
    assert card.points is not None
    assert card.points.items[0].points == points
    assert "exceeds-target" not in finding_ids(card)


def test_named_subset_explanation() -> None:
    row = indicator(name="脱贫户补助户数", target="≥20户", actual="补助150户，其中脱贫户12户")
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    assert got.explanation == (
        "实际12户（“补助150户，其中脱贫户12户”中指标名称所指的数），未达年度指标≥20户"
    )


def test_named_subset_progress() -> None:
    row = indicator(
        name="改造C级危房", target="=100户", planned="50户", actual="完成改造120户，其中C级危房30户"
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 6))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("pending", "behind")


# W4 and W5: name | target | actual | attainment | explanation
WORDED_FIGURES = [
    pytest.param(
        "专款专用率",
        "100%",
        "专款专用",
        "met",
        "实际“专款专用”（即100%），达到年度指标=100%",
        id="kept-to-purpose-rate",
    ),
    pytest.param(
        "专款专用率",
        "100%",
        "部分专款专用",
        "unknown",
        "实际“部分专款专用”不是数值，无法与年度指标比较",
        id="partly-kept-no-share",
    ),
    pytest.param(
        "办理时限",
        "即时办结",
        "2小时内办结",
        "met",
        "实际不超过2小时（按每个工作日8小时计），达到年度指标≤1个工作日",
        id="hours-within-a-working-day",
    ),
    pytest.param(
        "办理时限",
        "≤2个工作日",
        "30分钟",
        "met",
        "实际30分钟（按每个工作日8小时计），达到年度指标≤2个工作日",
        id="minutes",
    ),
    pytest.param(
        "办理时限",
        "≤1个工作日",
        "10小时",
        "unknown",
        "实际10小时与年度指标≤1个工作日单位不可比",
        id="hours-beyond",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), WORDED_FIGURES)
def test_worded_figures(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    row = indicator(name=name, target=target, actual=actual, weight=50, points=50)
    card = score(self_evaluation_table([row], year=YEAR))
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation) == (attainment, explanation)
    ids = finding_ids(card)
    assert "missing-actual" not in ids
    assert ("unit-mismatch" in ids) is (attainment == "unknown" and "小时" in actual)


_HEAD = (
    "项目支出绩效自评表",
    "（2025年度）",
    "项目名称\t动物防疫项目\t\t\t\t\t\t",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t320.00\t320.00\t312.50\t10\t97.66%\t9.77",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
)
_TAIL = (
    "产出指标\t质量指标\t免疫抗体合格率\t≥70%\t82%\t20\t20\t",
    "满意度指标\t服务对象满意度指标\t养殖户满意度\t≥90%\t94%\t20\t20\t",
)


def _self_evaluation_text(row: str) -> str:
    """A 自评表 as text (tab-separated), with *row* as its first indicator row."""
    return "\n".join((*_HEAD, row, *_TAIL))


# W7: a 得分 cell | points read | finding ids about the points
POINTS_CELLS = [
    pytest.param("10（权重）", None, ["malformed-points"], id="weight-bracket"),
    pytest.param("10（分值）", None, ["malformed-points"], id="full-marks-bracket"),
    pytest.param("45（扣5分）", Decimal(45), [], id="deduction-bracket"),
    pytest.param("45", Decimal(45), [], id="bare"),
]


@pytest.mark.parametrize(("cell", "points", "ids"), POINTS_CELLS)
def test_points_cell_bracket(cell: str, points: Decimal | None, ids: list[str]) -> None:
    row = f"产出指标\t数量指标\t免疫畜禽数量\t≥50万头只\t45万头只\t50\t{cell}\t数量减少"
    (table,) = read_text(_self_evaluation_text(row), name="w7.txt")
    assert table.indicators[0].published_points == points
    card = score(table)
    found = [i for i in finding_ids(card) if i in ("malformed-points", "points-differ")]
    assert found == ids


# W9: target | actual | severity of actual-copies-target
COPIES = [
    pytest.param("即时办结", "即时办结", "info", id="jishi-words"),
    pytest.param("≤1个工作日", "≤1个工作日", "warning", id="figure-form"),
]


@pytest.mark.parametrize(("target", "actual", "severity"), COPIES)
def test_copied_words_read_as_figure(target: str, actual: str, severity: str) -> None:
    row = indicator(name="办理时限", target=target, actual=actual, weight=10, points=10)
    card = score(self_evaluation_table([row], year=YEAR))
    got = [f.severity.value for f in card.findings if f.id == "actual-copies-target"]
    assert got == [severity]


# Gap p02: a count written per period in its unit: target | actual | attainment
PER_PERIOD_UNITS = [
    pytest.param("每季度至少1次", "1次/季度", "met", id="slash-quarter"),
    pytest.param("每月不少于2次", "1次/月", "not_met", id="slash-month-short"),
    pytest.param("每季度至少1次", "每季度1次", "met", id="worded-as-before"),
]


@pytest.mark.parametrize(("target", "actual", "attainment"), PER_PERIOD_UNITS)
def test_count_per_period_in_its_unit(target: str, actual: str, attainment: str) -> None:
    row = indicator(name="质量抽检", target=target, actual=actual, weight=10, points=10)
    card = score(self_evaluation_table([row], year=YEAR))
    assert card.verdicts[0].attainment.value == attainment, card.verdicts[0].explanation
    assert "unit-mismatch" not in finding_ids(card)


# Gap s13/s22: level 1s of other frameworks, no 分值: (level1, level2) of three met rows |
# the weights given
FRAMEWORKS = [
    pytest.param(
        (
            ("项目产出", "数量指标"),
            ("项目效益", "社会效益指标"),
            ("满意度指标", "服务对象满意度指标"),
        ),
        [Decimal(50), Decimal(30), Decimal(10)],
        id="project-output-effect",
    ),
    pytest.param(
        (
            ("产出指标", "数量指标"),
            ("效果指标", "社会效益指标"),
            ("效果指标", "服务对象满意度指标"),
        ),
        [Decimal(50), Decimal(30), Decimal(10)],
        id="effect-2013",
    ),
]


@pytest.mark.parametrize(("levels", "weights"), FRAMEWORKS)
def test_framework_level1_default_weights(
    levels: tuple[tuple[str, str], ...], weights: list[Decimal]
) -> None:
    rows = [
        indicator(name=f"指标{n}", target="≥90%", actual="95%", level1=one, level2=two)
        for n, (one, two) in enumerate(levels)
    ]
    card = score(self_evaluation_table(rows, year=YEAR))
    ids = finding_ids(card)
    assert "weights-unknown" not in ids
    assert "missing-category" not in ids
    assert card.points is not None
    assert [item.weight for item in card.points.items if item.indicator is not None] == weights


# W8: level-1 cells of the rows (blank: none printed) | the category-normalised messages
LEVEL1_INFERRED = [
    pytest.param(
        ("", "", ""),
        [
            "二级指标“数量指标”所在位置为一级指标列或一级指标缺失，一级指标按框架归为“产出指标”",
            "二级指标“社会效益指标”所在位置为一级指标列或一级指标缺失，一级指标按框架归为“效益指标”",
            "二级指标“服务对象满意度指标”所在位置为一级指标列或一级指标缺失，一级指标按框架归为“满意度指标”",
        ],
        id="none-printed",
    ),
    pytest.param(
        ("产出指标", "", "满意度指标"),
        ["二级指标“社会效益指标”不属于一级指标“产出指标”，一级指标按框架归为“效益指标”"],
        id="printed-above-carried",
    ),
]


@pytest.mark.parametrize(("level1s", "messages"), LEVEL1_INFERRED)
def test_category_normalised_names_printed_level1(
    level1s: tuple[str, str, str], messages: list[str]
) -> None:
    rows = (
        f"{level1s[0]}\t数量指标\t免疫畜禽数量\t≥50万头只\t52万头只\t50\t50\t",
        f"{level1s[1]}\t社会效益指标\t重大动物疫情发生\t0起\t0起\t30\t30\t",
        f"{level1s[2]}\t服务对象满意度指标\t养殖户满意度\t≥90%\t94%\t10\t10\t",
    )
    (table,) = read_text("\n".join((*_HEAD, *rows)), name="w8.txt")
    card = score(table)
    got = [f.message for f in card.findings if f.id == "category-normalised"]
    assert got == messages


# W6: a round of per-period work said done, in a 1-6月 tracking table: target | plan |
# actual | attainment | progress
ROUNDS_DONE = [
    pytest.param(
        "每半年1次", "1次", "春季免疫已完成", "pending", "on_track", id="spring-round-plan-1"
    ),
    pytest.param(
        "每季度1次", "2次", "春季免疫已完成", "pending", "unknown", id="plan-of-two-rounds"
    ),
    pytest.param(
        "每半年1次", "1次", "春季免疫尚未开展", "pending", "behind", id="not-done-as-before"
    ),
]


@pytest.mark.parametrize(("target", "planned", "actual", "attainment", "progress"), ROUNDS_DONE)
def test_round_done_mid_year(
    target: str, planned: str, actual: str, attainment: str, progress: str
) -> None:
    row = indicator(name="集中免疫", target=target, planned=planned, actual=actual)
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 6))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == (attainment, progress)


def test_round_done_at_year_end_stays_unknown() -> None:
    row = indicator(
        name="集中免疫", target="每半年1次", actual="春季免疫已完成", weight=10, points=10
    )
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    assert got.attainment.value == "unknown"
