"""struct22: structured data where the letter read messages, and the model's loose ends.

- the table's own ``missing-deviation-reason`` (a form without a 偏差原因 column) holds its
  rows as figures ``indicator``; the review letter names the rows from them, not from
  the message;
- ``target-direction-suspect`` holds one flag figure named by what it asks to correct;
- the frames have the ``midterm`` of ``Indicator`` and ``BudgetLine``;
- ``Table.budget_span`` and ``Table.absent_fields`` take part in equality.

Every table is written here as text (TSV); each case gives the exact figures, sentence,
cells or verdict expected.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from attrs import evolve

import perftrack
from perftrack import from_json, score, to_json
from perftrack.model import BudgetSpan, Figure, Table, TableKind
from perftrack.reports import _review
from perftrack.reports._review import review


def _tsv(lines: list[list[str]]) -> Table:
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


# ---------------------------------------------------------------------------
# 1. a form without a 偏差原因 column: the rows as figures, the letter from them

_TRACKING_HEAD = [
    ["2026年度项目支出绩效跟踪表（1-12月）"],
    ["项目名称", "测试"],
    ["项目资金（万元）", "", "全年预算数", "1-12月执行数", "执行率"],
    ["年度资金总额", "", "100", "95", "95"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-12月完成值"],
]
_SHORT = [
    ["产出指标", "数量指标", "培训人次", "≥100人次", "30人次"],
    ["产出指标", "数量指标", "培训场次", "≥10场", "2场"],
    ["产出指标", "数量指标", "发放手册", "≥50册", "60册"],  # met: no deviation
    ["产出指标", "数量指标", "走访户数", "≥200户", "20户"],
    ["产出指标", "数量指标", "宣传场次", "≥12场", "3场"],
    ["产出指标", "数量指标", "志愿者人数", "≥40人", "5人"],
    ["产出指标", "数量指标", "“两新”组织覆盖数", "≥30个", "6个"],
    ["产出指标", "数量指标", "服务时长", "≥500小时", "50小时"],
]
_MEASURES = [["纠偏措施", "加快推进。"]]


def _no_reason_column(rows: list[list[str]]) -> Table:
    return _tsv([*_TRACKING_HEAD, *rows, *_MEASURES])


def _table_finding(table: Table) -> perftrack.Finding:
    (finding,) = [
        f
        for f in score(table).findings
        if f.id == "missing-deviation-reason" and f.where.indicator is None
    ]
    return finding


def _rows(*indices: int) -> tuple[Figure, ...]:
    return tuple(Figure("indicator", Decimal(index)) for index in indices)


@pytest.mark.parametrize(
    ("rows", "figures", "sentence"),
    [
        pytest.param(
            _SHORT[:3],
            _rows(0, 1),
            "表中未设偏差原因分析栏目，有2项指标存在偏差，无处说明原因（“培训人次”、“培训场次”）",
            id="two-rows",
        ),
        pytest.param(
            # seven rows deviate: every one is a figure (the message names five), and
            # the letter counts seven, where it counted the five names of the message
            _SHORT,
            _rows(0, 1, 3, 4, 5, 6, 7),
            "表中未设偏差原因分析栏目，有7项指标存在偏差，无处说明原因"
            "（“培训人次”、“培训场次”、“走访户数”等）",
            id="seven-rows",
        ),
        pytest.param(
            # a name printed with quotes: named too (the message's pattern missed it)
            [_SHORT[6], _SHORT[2]],
            _rows(0),
            "表中未设偏差原因分析栏目，有1项指标存在偏差，无处说明原因（“‘两新’组织覆盖数”）",
            id="quoted-name",
        ),
    ],
)
def test_no_reason_column_rows_are_figures_and_the_letter_says_them(
    rows: list[list[str]], figures: tuple[Figure, ...], sentence: str
) -> None:
    table = _no_reason_column(rows)
    assert table.absent_fields == ("deviation_reason",)
    assert _table_finding(table).figures == figures
    letter = review(score(table))
    assert sentence in letter
    assert letter.count("未设偏差原因分析栏目") == 1


@pytest.mark.parametrize(
    ("message", "figures", "sentence"),
    [
        pytest.param(
            "另一种说法",
            _rows(0, 1),
            "表中未设偏差原因分析栏目，有2项指标存在偏差，无处说明原因（“培训人次”、“培训场次”）",
            id="message-in-other-words",
        ),
        pytest.param(
            # an older document: no figures, so no rows named, whatever the message says
            "表中未设偏差原因分析栏目，2项指标（“培训人次”、“培训场次”）存在偏差，无处说明原因",
            (),
            "表中未设偏差原因分析栏目，存在偏差的指标无处说明原因",
            id="no-figures",
        ),
    ],
)
def test_the_letter_reads_the_figures_not_the_message(
    message: str, figures: tuple[Figure, ...], sentence: str
) -> None:
    card = score(_no_reason_column(_SHORT[:3]))
    finding = _table_finding(card.table)
    changed = evolve(finding, message=message, figures=figures)
    card = evolve(card, findings=tuple(changed if f == finding else f for f in card.findings))
    assert sentence in review(card)
    assert not hasattr(_review, "_ABSENT_COLUMN_RE")


# ---------------------------------------------------------------------------
# 2. target-direction-suspect: a flag figure named by what to correct

_TARGET_HEAD = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "测试项目"],
    ["项目资金（万元）", "", "年度资金总额", "100.00"],
    ["", "", "其中：财政拨款", "100.00"],
    ["年度绩效目标", "完成年度培训任务。"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "指标方向性"],
]
_OTHERS = [
    ["产出指标", "数量指标", "培训人次", "≥1000(人次)", ""],
    ["效益指标", "社会效益指标", "就业率", "≥80%", ""],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", ""],
]


@pytest.mark.parametrize(
    ("row", "figures", "clause"),
    [
        pytest.param(
            ["产出指标", "质量指标", "设备故障率", "≥5%", ""],
            (Figure("target_reversed", Decimal(1)),),
            "有1项指标的指标方向疑似填反（下限与上限颠倒）（“设备故障率”）",
            id="target-reversed",
        ),
        pytest.param(
            ["产出指标", "质量指标", "培训合格率", "≥95%", "反向"],
            (Figure("direction_misprinted", Decimal(1)),),
            "有1项指标的指标方向性与年度指标不符，疑为指标方向性填写有误（“培训合格率”）",
            id="direction-misprinted",
        ),
        pytest.param(
            ["产出指标", "质量指标", "设备运行指数", "≥5", "反向"],
            (Figure("direction_conflict", Decimal(1)),),
            "有1项指标的指标方向性与年度指标不一致，需核实（“设备运行指数”）",
            id="direction-conflict",
        ),
    ],
)
def test_direction_suspect_figure_names_what_to_correct(
    row: list[str], figures: tuple[Figure, ...], clause: str
) -> None:
    card = score(_tsv([*_TARGET_HEAD, row, *_OTHERS]))
    found = [f for f in card.findings if f.id == "target-direction-suspect"]
    assert [f.figures for f in found] == [figures]
    assert found[0].figure("slip", "target") is None
    assert clause in review(card)
    back = from_json(to_json(card), perftrack.Scorecard)
    assert [f.figures for f in back.findings if f.id == "target-direction-suspect"] == [figures]


# ---------------------------------------------------------------------------
# 3. the frames' midterm columns

_MIDTERM = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "智慧城管平台建设"],
    ["项目资金（万元）", "实施期资金总额", "3000.00", "年度资金总额", "1200.00"],
    ["", "其中：财政拨款", "3000.00", "其中：财政拨款", "1200.00"],
    ["年度绩效目标", "建成平台一期。"],
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
    ["产出指标", "数量指标", "接入视频点位", "≥5000路", "≥3500路"],
    ["产出指标", "时效指标", "平台上线时间", "2027年12月底前", "2026年10月底前"],
    ["产出指标", "质量指标", "系统可用率", "", "≥99%"],
]

_MIDTERM_COLUMNS = (
    "midterm",
    "midterm_kind",
    "midterm_op",
    "midterm_value",
    "midterm_low",
    "midterm_high",
    "midterm_unit",
    "midterm_due",
)


def test_frames_have_the_midterm() -> None:
    pd = pytest.importorskip("pandas")
    table = _tsv(_MIDTERM)
    df = perftrack.to_frame(table)
    columns = list(df.columns)
    at = columns.index("target_due") + 1
    assert tuple(columns[at : at + len(_MIDTERM_COLUMNS)]) == _MIDTERM_COLUMNS
    cells = df[list(_MIDTERM_COLUMNS)].astype(object).where(df[list(_MIDTERM_COLUMNS)].notna())
    assert [[None if pd.isna(cell) else cell for cell in row] for row in cells.values.tolist()] == [
        ["≥5000路", "comparison", ">=", Decimal(5000), None, None, "路", None],
        ["2027年12月底前", "deadline", None, None, None, None, None, pd.Timestamp("2027-12-31")],
        [None, None, None, None, None, None, None, None],
    ]
    budget = perftrack.to_frame(table, kind="budget")
    columns = list(budget.columns)
    assert columns[columns.index("executed") + 1] == "midterm"
    assert list(budget["midterm"]) == [Decimal("3000.00"), Decimal("3000.00")]
    scored = perftrack.to_frame(score(table))
    assert list(scored.columns) == list(df.columns)


# ---------------------------------------------------------------------------
# 4. budget_span and absent_fields take part in equality


@pytest.mark.parametrize(
    ("changes", "equal"),
    [
        pytest.param({}, True, id="same"),
        pytest.param({"budget_span": BudgetSpan.PERIOD}, False, id="budget-span"),
        pytest.param({"absent_fields": ("deviation_reason",)}, False, id="absent-fields"),
    ],
)
def test_budget_span_and_absent_fields_take_part_in_equality(
    changes: dict[str, object],
    equal: bool,  # noqa: FBT001
) -> None:
    table = Table(TableKind.TRACKING, "财政项目支出绩效跟踪表")
    other = evolve(table, **changes)
    assert (other == table) is equal
    assert (hash(other) == hash(table)) is equal


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            Table(
                TableKind.TRACKING,
                "财政项目支出绩效跟踪表",
                budget_span=BudgetSpan.PERIOD,
                absent_fields=("deviation_reason", "corrective_measures"),
            ),
            id="built",
        ),
        pytest.param(_no_reason_column(_SHORT[:3]), id="read"),
    ],
)
def test_round_trip_keeps_budget_span_and_absent_fields(table: Table) -> None:
    back = from_json(to_json(table), Table)
    assert back == table
    assert (back.budget_span, back.absent_fields) == (table.budget_span, table.absent_fields)
    assert back != evolve(table, budget_span=BudgetSpan.UNKNOWN, absent_fields=())


@pytest.mark.parametrize(
    ("absent", "expected"),
    [
        pytest.param(
            "deviation_reason",
            '$.tables[0].absent_fields：应为数组，不是 "deviation_reason"',
            id="a-string-is-no-array",
        ),
        pytest.param(
            ["foo"],
            "$.tables[0].absent_fields：应为 deviation_reason、corrective_measures 之一且各至多一次，"
            '不是 "foo"',
            id="unknown-name",
        ),
        pytest.param(
            ["deviation_reason", "deviation_reason"],
            "$.tables[0].absent_fields：应为 deviation_reason、corrective_measures 之一且各至多一次，"
            '不是 "deviation_reason"',
            id="twice",
        ),
    ],
)
def test_from_json_refuses_absent_fields_that_are_no_field_names(
    absent: object, expected: str
) -> None:
    """json22: a bare string became one field per character, unknown names were kept."""
    data = json.loads(to_json(Table(TableKind.TRACKING, "财政项目支出绩效跟踪表")))
    data["tables"][0]["absent_fields"] = absent
    with pytest.raises(perftrack.ReadError) as caught:
        from_json(json.dumps(data), Table)
    assert expected in str(caught.value)


def test_from_json_puts_absent_fields_in_their_order() -> None:
    data = json.loads(to_json(Table(TableKind.TRACKING, "财政项目支出绩效跟踪表")))
    data["tables"][0]["absent_fields"] = ["corrective_measures", "deviation_reason"]
    table = from_json(json.dumps(data), Table)
    assert table.absent_fields == ("deviation_reason", "corrective_measures")
