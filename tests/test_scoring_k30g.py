"""Findings that contradict the table's own scoring or miss its printed figures (k30g; score54).

H2: an execution rate (``预算执行率``, ``项目资金执行率``, ``资金使用率``) filed under 成本指标
is a share better higher, as a 完成率 or 覆盖率 there is: no ``cost-not-ceiling`` on its
``≥90%``, and its ``=100%`` is a floor (95% is not met). A cost (``设备购置费``) and a name
holding a cost word (``成本执行率``) stay a cost row's reading.

H1: a row labelled 自评结论 (绩效自评结论, 评价结论) whose sentence gives the total
(``本项目自评得分88.5分``, ``自评总分88.5分``, ``总分为88.5分``, ``得分88.5``) gives the
table's printed total when no 总分 row does, so the printed 得分 and grade are checked
against it (points-sum-mismatch, grade-mismatch). A 总分 row's total stays; a conclusion
giving another raises ``points-sum-mismatch`` at its cell. An item's points
(``预算执行率得分9.2分``), a share (``得分率91%``) and a row labelled 说明 give no total.

H3: the 总分 row's printed 分值 is checked when the table is read: ``总分 | 95 | 96.2`` under
分值 adding up to 100 (the budget line's 10 included) raises ``weights-not-100`` at the
分值 cell and ``points-over-maximum`` at the 得分 cell (``总分96.2超过总分分值95``); the
letter says both in those words. A row of 100 is left to the sum's own check; a row
totalling the grid alone (分值 90 and 得分 of the grid alone beside the budget's 10), 分值
as shares (1), and a sum with a blank 分值 that the row's figure does not fall short of
raise nothing.

Every table is built as TSV text and read through ``perftrack.read_text``.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review

TITLE = ["项目支出绩效自评表", "（2024年度）", "项目名称\t职业技能培训补贴"]
BUDGET_HEAD = "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"
BUDGET = "\t年度资金总额\t100.00\t100.00\t96.00\t10\t96.00%\t9.6"
GOAL = [
    "年度总体目标\t预期目标\t\t\t实际完成情况",
    "\t完成年度工作任务。\t\t\t已完成年度工作任务。",
]
GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"


def self_table(rows: list[str], tail: list[str] | None = None) -> perftrack.Table:
    """A 2024 自评表 of the grid *rows* (TSV lines) and the closing lines *tail*."""
    lines = [*TITLE, BUDGET_HEAD, BUDGET, *GOAL, GRID, *rows, *(tail or [])]
    return perftrack.read_text("\n".join(lines))[0]


def findings(table: perftrack.Table) -> list[tuple[str, str]]:
    """The (id, message) of every finding of *table*, the reader's and the scoring's."""
    card = perftrack.score(table)
    return [(f.id, f.message) for f in [*table.findings, *card.findings]]


def cost_row(name: str, target: str, actual: str) -> list[str]:
    """A grid of five rows adding up to 100, the third a 成本指标 row of *name*."""
    return [
        "产出指标\t数量指标\t培训人次\t≥400人次\t420人次\t20\t20\t",
        "\t质量指标\t培训合格率\t≥95%\t96%\t20\t20\t",
        f"\t成本指标\t{name}\t{target}\t{actual}\t10\t10\t",
        "效益指标\t社会效益指标\t学员就业率\t≥70%\t72%\t20\t20\t",
        "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t94%\t20\t20\t",
    ]


COST_ROWS = [
    # an execution rate under 成本指标: better higher, no ceiling asked
    pytest.param("预算执行率", "≥90%", "96%", ("met", "实际96%，达到年度指标≥90%"), False, id="h2-budget-rate"),
    pytest.param("项目资金执行率", "≥95%", "96%", ("met", "实际96%，达到年度指标≥95%"), False, id="h2-project-rate"),
    pytest.param("资金使用率", "≥90%", "96%", ("met", "实际96%，达到年度指标≥90%"), False, id="h2-use-rate"),
    pytest.param("预算执行率", "100%", "96%", ("not_met", "实际96%，未达年度指标=100%"), False, id="h2-equal-floor"),
    # neighbours: a share already better higher, a cost, a name of a cost
    pytest.param("任务完成率", "≥90%", "96%", ("met", "实际96%，达到年度指标≥90%"), False, id="completion"),
    pytest.param("设备购置费", "≥90万元", "95万元", ("met", "实际95万元，达到年度指标≥90万元"), True, id="cost"),
    pytest.param("成本执行率", "≥90%", "96%", ("met", "实际96%，达到年度指标≥90%"), True, id="cost-word"),
    pytest.param("设备购置费", "100万元", "95万元", ("met", "实际95万元，达到年度指标=100万元"), False, id="cost-equal"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "reading", "ceiling"), COST_ROWS)
def test_execution_rate_under_cost(
    name: str,
    target: str,
    actual: str,
    reading: tuple[str, str],
    ceiling: bool,  # noqa: FBT001
) -> None:
    table = self_table(cost_row(name, target, actual))
    verdict = perftrack.score(table).verdicts[2]
    assert (verdict.attainment.value, verdict.explanation) == reading
    ids = [found for found, _ in findings(table)]
    assert ("cost-not-ceiling" in ids) == ceiling


# The grid of s31: 得分 adding up to 91.2 (18 + 15 + 15 + 24 + 10 + 9.2 of the budget line).
SUM_BUDGET = "\t年度资金总额\t100.00\t100.00\t92.00\t10\t92.00%\t9.2"
SUM_ROWS = [
    "产出指标\t数量指标\t培训人次\t≥400人次\t360人次\t20\t18\t生源不足",
    "\t质量指标\t培训合格率\t≥95%\t96%\t15\t15\t",
    "\t时效指标\t培训完成时间\t2024年11月底前\t2024年11月\t15\t15\t",
    "效益指标\t社会效益指标\t学员就业率\t≥70%\t56%\t30\t24\t就业市场疲软",
    "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t94%\t10\t10\t",
]
TOTAL_ROW = "总分\t\t\t\t\t100\t91.2"
SAID = "经自评，本项目自评得分88.5分，自评等级为优。"
SUM_FINDING = ("points-sum-mismatch", "各项得分合计91.2与总分88.5不符")
GRADE_FINDING = ("grade-mismatch", "总分88.5应评为“良”，表中为“优”")
BOTH = [SUM_FINDING, GRADE_FINDING]
CONFLICT = ("points-sum-mismatch", "自评结论中的总分88.5与表中总分91.2不符")

CONCLUSIONS = [
    pytest.param([f"自评结论\t{SAID}"], ("88.5", "优"), BOTH, id="h1-self-conclusion"),
    pytest.param(["自评结论\t经自评，本项目自评总分88.5分，自评等级为优。"], ("88.5", "优"), BOTH, id="h1-self-total"),
    pytest.param(["绩效自评结论\t经自评，本项目总分为88.5分，等级为优。"], ("88.5", "优"), BOTH, id="h1-total-wei"),
    pytest.param(["评价结论\t得分88.5，等级优"], ("88.5", "优"), BOTH, id="h1-bare-points"),
    pytest.param(["自评结论\t综上，本项目得分88.5分，等级为优。"], ("88.5", "优"), BOTH, id="h1-project-points"),
    pytest.param([f"自评结论：{SAID}"], ("88.5", "优"), BOTH, id="h1-one-cell"),
    # the 总分 row agrees, or stays and the conclusion's other total is said
    pytest.param([TOTAL_ROW, "自评结论\t经自评，本项目自评得分91.2分，自评等级为优。"], ("91.2", "优"), [], id="h1-agrees"),
    pytest.param([TOTAL_ROW, f"自评结论\t{SAID}"], ("91.2", "优"), [CONFLICT], id="h1-differs"),
    pytest.param([f"自评结论\t{SAID}", TOTAL_ROW], ("91.2", "优"), [CONFLICT], id="h1-differs-total-after"),
    # neighbours: no total in the sentence, an item's points, a share, another label
    pytest.param(["自评结论\t经自评，本项目自评等级为优。"], (None, "优"), [], id="grade-only"),
    pytest.param(["自评结论\t经自评，预算执行率得分9.2分，等级为优。"], (None, "优"), [], id="item-points"),
    pytest.param(["自评结论\t经自评，本项目得分率91%，等级为优。"], (None, "优"), [], id="points-share"),
    pytest.param(["自评结论\t经自评，本项目自评得分91.2分（其中预算执行得分9.2分），等级为优。"], ("91.2", "优"), [], id="total-before-item"),
    pytest.param([f"说明\t{SAID}"], (None, None), [], id="note-label"),
    pytest.param([f"\t{SAID}"], ("88.5", "优"), BOTH, id="blank-label-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("tail", "published", "expected"), CONCLUSIONS)
def test_conclusion_total(
    tail: list[str], published: tuple[str | None, str | None], expected: list[tuple[str, str]]
) -> None:
    lines = [*TITLE, BUDGET_HEAD, SUM_BUDGET, *GOAL, GRID, *SUM_ROWS, *tail]
    table = perftrack.read_text("\n".join(lines))[0]
    total = table.published.total
    assert (None if total is None else str(total), table.published.grade) == published
    card = perftrack.score(table)
    got = [
        (f.id, f.message)
        for f in card.findings
        if f.id in ("points-sum-mismatch", "grade-mismatch")
    ]
    assert got == expected


def test_conclusion_conflict_cell_and_letter() -> None:
    lines = [
        *TITLE,
        BUDGET_HEAD,
        SUM_BUDGET,
        *GOAL,
        GRID,
        *SUM_ROWS,
        TOTAL_ROW,
        f"自评结论\t{SAID}",
    ]
    table = perftrack.read_text("\n".join(lines))[0]
    (found,) = [f for f in table.findings if f.id == "points-sum-mismatch"]
    assert found.where.cell == "B15"  # the sentence, beside 自评结论
    letter = review(perftrack.score(table))
    assert "自评打分存在差错，自评结论中的总分88.50分与表中总分91.20分不符。" in letter


ROW_FINDINGS = ("weights-not-100", "points-over-maximum")


def _row_findings(table: perftrack.Table) -> list[tuple[str, str, str | None]]:
    """The reader's findings on the 总分 row (those carrying its 分值): id, message, cell."""
    return [
        (f.id, f.message, f.where.cell)
        for f in table.findings
        if f.id in ROW_FINDINGS and f.figure("row_weight") is not None
    ]


GRID_90 = cost_row("预算执行率", "≥90%", "96%")  # 分值 90, 得分 90; the budget line 10 and 9.6
WEIGHTS_95 = ("weights-not-100", "总分分值95与各项分值合计100（含预算执行率分值10）不符", "F14")

TOTAL_ROWS = [
    pytest.param(GRID_90, "总分\t\t\t\t\t95\t96.2", [WEIGHTS_95, ("points-over-maximum", "总分96.2超过总分分值95", "G14")], id="h3-95"),
    pytest.param(GRID_90, "总分\t\t\t\t\t120\t99.6", [("weights-not-100", "总分分值120与各项分值合计100（含预算执行率分值10）不符", "F14")], id="h3-120"),
    pytest.param(GRID_90, "总分\t\t\t\t\t90\t99.6", [("weights-not-100", "总分分值90与各项分值合计100（含预算执行率分值10）不符", "F14"), ("points-over-maximum", "总分99.6超过总分分值90", "G14")], id="h3-90-budget-counted"),
    pytest.param(GRID_90, "总分\t\t\t\t\t95\t94", [WEIGHTS_95], id="h3-95-within"),
    # neighbours: a row of 100, a row of the grid alone, shares, a blank 分值
    pytest.param(GRID_90, "总分\t\t\t\t\t100\t99.6", [], id="row-of-100"),
    pytest.param(GRID_90, "总分\t\t\t\t\t90\t90", [], id="grid-alone"),
    pytest.param(GRID_90, "总分\t\t\t\t\t1\t99.6", [], id="shares"),
    pytest.param([*GRID_90[:4], "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t94%\t\t20\t"], "总分\t\t\t\t\t95\t94", [], id="blank-weight-floor"),
    pytest.param([*GRID_90[:4], "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t94%\t\t20\t"], "总分\t\t\t\t\t75\t70", [("weights-not-100", "总分分值75与各项分值合计80（含预算执行率分值10）不符", "F14")], id="blank-weight-short"),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "total", "expected"), TOTAL_ROWS)
def test_total_row_weight(
    rows: list[str], total: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _row_findings(self_table(rows, [total])) == expected


TRACK = [
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2024-1月 至 2024-9月 ）",
    "项目名称\t教师培训专项",
    "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "\t年度资金总额\t200.00\t200.00\t150.00\t75.00",
    "年度总体目标\t预期目标\t\t跟踪期实际完成情况",
    "\t完成年度工作任务。\t\t按计划推进中。",
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t分值\t得分\t偏差原因分析",
    "产出指标\t数量指标\t培训教师人次\t≥1200人次\t900人次\t920人次\t30\t30\t",
    "\t质量指标\t培训合格率\t≥95%\t95%\t97%\t20\t20\t",
    "效益指标\t社会效益指标\t教师教学能力\t提升\t提升\t提升\t30\t30\t",
    "满意度指标\t服务对象满意度指标\t参训教师满意度\t≥90%\t90%\t92%\t10\t10\t",
]


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        pytest.param("95", [("points-over-maximum", "总分95超过总分分值90", "H13")], id="h3-t09"),
        pytest.param("90", [], id="within"),
    ],
)
def test_tracking_total_over_its_weight(
    total: str, expected: list[tuple[str, str, str | None]]
) -> None:
    table = perftrack.read_text("\n".join([*TRACK, f"总分\t\t\t\t\t\t90\t{total}"]))[0]
    assert _row_findings(table) == expected


def test_total_row_in_letter() -> None:
    table = self_table(GRID_90, ["总分\t\t\t\t\t95\t96.2", "自评等级\t\t优"])
    letter = review(perftrack.score(table))
    assert "总分分值95分与各项分值合计100分不符，总分96.20分超过总分分值95分" in letter
    assert "总分超过100分" not in letter
    assert "各项分值合计不为100分" not in letter


COPIES = [
    pytest.param("读者满意度", "满意", False, id="m7-satisfied"),
    pytest.param("群众评价", "基本满意", False, id="m7-basically-satisfied"),
    pytest.param("水源地水质类别", "Ⅱ类", False, id="m7-water-class"),
    pytest.param("断面水质", "达到Ⅲ类水质标准", False, id="m7-class-standard"),
    # neighbours: a standard as before; words and a floor in words still copies
    pytest.param("防洪标准", "20年一遇", False, id="return-period"),
    pytest.param("服务保障", "有效保障", True, id="words"),
    pytest.param("读者评价", "满意度高", True, id="satisfaction-words"),
    pytest.param("断面水质", "Ⅱ类及以上", True, id="class-floor"),
]


@pytest.mark.parametrize(("name", "words", "copied"), COPIES)
def test_bare_answer_is_no_copy(name: str, words: str, copied: bool) -> None:  # noqa: FBT001
    row = f"产出指标\t质量指标\t{name}\t{words}\t{words}\t10\t10\t"
    table = self_table([row])
    card = perftrack.score(table)
    assert card.verdicts[0].attainment.value == "met"
    found = [f.message for f in card.findings if f.id == "actual-copies-target"]
    assert found == ([f"“{name}”实际完成情况照抄年度指标"] if copied else [])


def _weighted_rows(weights: tuple[int, int, int, int, int]) -> list[str]:
    """The five rows of the cost grid, all met, with the 分值 (and 得分) *weights*."""
    names = [row.split("\t")[:5] for row in cost_row("预算执行率", "≥90%", "96%")]
    return [
        "\t".join([*cells, str(weight), str(weight), ""])
        for cells, weight in zip(names, weights, strict=True)
    ]


WEIGHT_SUMS = [
    pytest.param(
        (30, 20, 10, 30, 20),
        "各项分值合计120，不等于100；分值合计超过100，计算总分未按100分折算",
        # k32k: the grade is the share's, said
        "按评分规则得分119.60分（各项分值合计120分，超过100分，未折算，按得分率99.67%定级），"
        "等级为“优”",
        id="m6-over-100",
    ),
    pytest.param(
        (20, 20, 10, 15, 20),
        "各项分值合计95，不等于100",
        "按评分规则得分94.60分，等级为“优”",
        id="under-100",
    ),
]


@pytest.mark.parametrize(("weights", "finding", "said"), WEIGHT_SUMS)
def test_weights_over_100_said(
    weights: tuple[int, int, int, int, int], finding: str, said: str
) -> None:
    card = perftrack.score(self_table(_weighted_rows(weights)))
    assert [f.message for f in card.findings if f.id == "weights-not-100"] == [finding]
    assert said in review(card)
