"""A grid's reason cells: labelled measures, ``同上``; likelihood words; the summary's rows.

A combined 偏差原因分析及改进措施 column whose cell labels its measures
(``原因：报名人数不足；措施：扩大宣传``) gives the row's reason and its corrective
measures; a reason of ``同上`` is the reason of the row above (``reason-carried``).
Everyday words of risk and difficulty (``存在风险``, ``较难完成``) and of progress
(``正常推进``) are likelihoods.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Likelihood, Position, Severity, Table
from perftrack.model import Finding, Where

MONITORING = "项目支出绩效运行监控表"
PERIOD = "（2025年1-6月）"
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值"]
HEADER += ["完成目标可能性"]
ROW = ["产出指标", "数量指标", "培训人次", "≥100人次", "20人次", "80人次", "有可能"]


def read(*rows: list[str] | str) -> Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def monitoring(reason_header: str, *cells: str, title: str = MONITORING) -> Table:
    """A monitoring table of one row per reason cell, the reason column headed *reason_header*."""
    rows = [[*ROW[:2], f"培训人次{i + 1}", *ROW[3:], cell] for i, cell in enumerate(cells)]
    return read(title, PERIOD, ["项目名称", "示例"], [*HEADER, reason_header], *rows)


def ids(table: Table) -> list[str]:
    return [finding.id for finding in perftrack.score(table).findings]


# ---------------------------------------------------------------------------
# A cell of reason and labelled measures


@pytest.mark.parametrize(
    ("header", "cell", "reason", "measures"),
    [
        # the e2e15 probe: 原因：…；措施：… under the combined column
        (
            "偏差原因分析及改进措施",
            "原因：报名人数不足；措施：扩大宣传，增开夜班",
            "原因：报名人数不足",
            "培训人次1：扩大宣传，增开夜班",
        ),
        (
            "偏差原因及纠偏措施",
            "报名人数不足。纠偏措施：增开夜班",
            "报名人数不足。",
            "培训人次1：增开夜班",
        ),
        (
            "原因分析及改进措施",
            "报名人数不足，改进措施:扩大宣传",
            "报名人数不足",
            "培训人次1：扩大宣传",
        ),
        (
            "偏差原因分析及改进措施",
            "报名人数不足 整改措施：增开夜班",
            "报名人数不足",
            "培训人次1：增开夜班",
        ),
        (
            "偏差原因分析及改进措施",
            "报名人数不足；下一步：扩大宣传",
            "报名人数不足",
            "培训人次1：扩大宣传",
        ),
        # under a header of the reason alone, a cell that labels its measures all the same
        ("偏差原因分析", "报名人数不足；措施：扩大宣传", "报名人数不足", "培训人次1：扩大宣传"),
        # a measures label that says nothing: the reason, and no measures
        ("偏差原因分析及改进措施", "报名人数不足；措施：无", "报名人数不足", ""),
        # no label: the reason whole, as before
        ("偏差原因分析及改进措施", "报名人数不足，将扩大宣传", "报名人数不足，将扩大宣传", ""),
        # a label of both, not a clause of measures
        (
            "偏差原因分析及改进措施",
            "原因及措施：报名人数不足，扩大宣传",
            "原因及措施：报名人数不足，扩大宣传",
            "",
        ),
        # nothing before the label: the cell stays the reason (a column of measures
        # read as the reason keeps its text)
        ("偏差原因分析及改进措施", "改进措施：扩大宣传", "改进措施：扩大宣传", ""),
    ],
)
def test_a_cell_that_labels_its_measures_is_split(
    header: str, cell: str, reason: str, measures: str
) -> None:
    table = monitoring(header, cell)
    (indicator,) = table.indicators
    assert (indicator.deviation_reason, table.corrective_measures) == (reason, measures)
    assert indicator.cell_of("reason") == Position(None, None, 5, 8)
    assert "reason-carried" not in [finding.id for finding in table.findings]


def test_labelled_measures_answer_missing_corrective_measures() -> None:
    split = monitoring("偏差原因分析及改进措施", "原因：报名人数不足；措施：扩大宣传，增开夜班")
    unlabelled = monitoring("偏差原因分析及改进措施", "原因：报名人数不足")
    assert "missing-corrective-measures" not in ids(split)
    assert "missing-deviation-reason" not in ids(split)
    assert "missing-corrective-measures" in ids(unlabelled)


def test_labelled_measures_of_several_rows_join_and_a_closing_row_comes_first() -> None:
    cells = ("人数不足；措施：扩大宣传", "场地不足", "师资不足；改进措施：外聘讲师")
    table = monitoring("偏差原因分析及改进措施", *cells)
    assert [i.deviation_reason for i in table.indicators] == ["人数不足", "场地不足", "师资不足"]
    assert table.corrective_measures == "培训人次1：扩大宣传；培训人次3：外聘讲师"
    closing = read(
        MONITORING,
        PERIOD,
        ["项目名称", "示例"],
        [*HEADER, "偏差原因分析及改进措施"],
        [*ROW, "人数不足；措施：扩大宣传"],
        ["纠偏措施", "加强统筹调度"],
    )
    # the row's own measures are kept after the closing row's (read56 F4: they were lost)
    assert closing.corrective_measures == "加强统筹调度；培训人次：扩大宣传"
    assert closing.indicators[0].deviation_reason == "人数不足"


def test_labelled_measures_join_a_measures_column_of_the_row() -> None:
    table = read(
        MONITORING,
        PERIOD,
        ["项目名称", "示例"],
        [*HEADER, "偏差原因分析", "纠偏措施"],
        [*ROW, "人数不足；措施：扩大宣传", "增开夜班"],
    )
    assert table.indicators[0].deviation_reason == "人数不足"
    assert table.corrective_measures == "培训人次：扩大宣传；培训人次：增开夜班"


def test_a_self_evaluation_cell_is_split_too() -> None:
    table = read(
        "项目支出绩效自评表",
        "（2024年度）",
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "90人次", "报名不足；改进措施：扩大宣传"],
    )
    assert table.kind is perftrack.TableKind.SELF_EVALUATION
    assert table.indicators[0].deviation_reason == "报名不足"
    assert table.corrective_measures == "培训人次：扩大宣传"


# ---------------------------------------------------------------------------
# 同上: the reason of the row above


def carried(name: str, said: str, above: str, row: int, index: int) -> Finding:
    return Finding(
        "reason-carried",
        Severity.INFO,
        f"“{name}”偏差原因填写“{said}”，已沿用上一行“{above}”的偏差原因",
        Where(indicator=index, name=name, row=row, column=8, cell=f"H{row}"),
    )


@pytest.mark.parametrize(
    ("cells", "reasons", "findings"),
    [
        (
            ("受汛期影响", "同上"),
            ["受汛期影响", "受汛期影响"],
            [carried("培训人次2", "同上", "培训人次1", 6, 1)],
        ),
        (
            ("受汛期影响", "同上。"),
            ["受汛期影响", "受汛期影响"],
            [carried("培训人次2", "同上。", "培训人次1", 6, 1)],
        ),
        (
            ("受汛期影响", "同上行"),
            ["受汛期影响", "受汛期影响"],
            [carried("培训人次2", "同上行", "培训人次1", 6, 1)],
        ),
        # a chain: each row takes the reason its row above now holds
        (
            ("受汛期影响", "同上", "同上"),
            ["受汛期影响", "受汛期影响", "受汛期影响"],
            [
                carried("培训人次2", "同上", "培训人次1", 6, 1),
                carried("培训人次3", "同上", "培训人次2", 7, 2),
            ],
        ),
        # the row above gives no reason: 同上 stays as printed, and nothing is said
        (("", "同上"), ["", "同上"], []),
        (("无", "同上"), ["无", "同上"], []),
        (("同上",), ["同上"], []),
        (("", "同上", "同上"), ["", "同上", "同上"], []),
        # more than 同上: the reason as written
        (("受汛期影响", "同上，且设备故障"), ["受汛期影响", "同上，且设备故障"], []),
    ],
)
def test_same_as_above_takes_the_reason_of_the_row_above(
    cells: tuple[str, ...], reasons: list[str], findings: list[Finding]
) -> None:
    table = monitoring("偏差原因分析", *cells)
    assert [indicator.deviation_reason for indicator in table.indicators] == reasons
    assert [f for f in table.findings if f.id == "reason-carried"] == findings
    for number, indicator in enumerate(table.indicators):
        if cells[number]:  # the cell stays the reason's, wherever its text came from
            assert indicator.cell_of("reason") == Position(None, None, 5 + number, 8)


def test_a_carried_reason_answers_missing_deviation_reason() -> None:
    table = monitoring("偏差原因分析", "受汛期影响", "同上")
    card = perftrack.score(table)
    assert [f.id for f in card.findings if f.id == "missing-deviation-reason"] == []


def test_same_as_above_after_labelled_measures_takes_the_reason_only() -> None:
    table = monitoring("偏差原因分析及改进措施", "受汛期影响；措施：加快施工", "同上")
    assert [i.deviation_reason for i in table.indicators] == ["受汛期影响", "受汛期影响"]
    assert table.corrective_measures == "培训人次1：加快施工"


# ---------------------------------------------------------------------------
# Likelihood words of risk, difficulty and progress (e2e15 L5)

WORDS = [
    ("较难完成", Likelihood.POSSIBLE),
    ("较难按期完成", Likelihood.POSSIBLE),
    ("存在风险", Likelihood.POSSIBLE),
    ("存在一定风险", Likelihood.POSSIBLE),
    ("存在较大风险", Likelihood.POSSIBLE),
    ("有风险", Likelihood.POSSIBLE),
    ("完成难度较大", Likelihood.POSSIBLE),
    ("难度较大", Likelihood.POSSIBLE),
    ("有一定难度", Likelihood.POSSIBLE),
    ("预计完成难度较大", Likelihood.POSSIBLE),
    ("可能无法完成", Likelihood.POSSIBLE),  # a doubt: unchanged (docs/scoring.md)
    ("正常推进", Likelihood.CERTAIN),
    ("按计划推进", Likelihood.CERTAIN),
    ("进展顺利", Likelihood.CERTAIN),
    ("难以完成", Likelihood.IMPOSSIBLE),  # unchanged: a polite "cannot"
    # still no answer: the rest of the clause turns it round
    ("难以完成的风险可控", None),
]


@pytest.mark.parametrize(("cell", "likelihood"), WORDS)
def test_likelihood_words_of_risk_and_progress(cell: str, likelihood: Likelihood | None) -> None:
    table = read(
        MONITORING,
        PERIOD,
        ["项目名称", "示例"],
        HEADER,
        [*ROW[:6], cell],
        ["绩效运行监控总体判断", "年度预算执行完成可能性", cell],
        ["", "年度绩效目标完成可能性", cell],
    )
    (row,) = table.indicators
    assert (row.likelihood, row.likelihood_text) == (likelihood, cell)
    if likelihood is not None:
        assert table.judgement == perftrack.Judgement(cell, likelihood, cell, likelihood)
