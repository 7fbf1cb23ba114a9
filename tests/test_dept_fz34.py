"""fuzz34 fixes (fz34fix): the 决策/过程/产出/效益 framework, its budget block and its goal.

Each table is built here, as a TSV and (merged level cells) as an .xlsx written with
openpyxl; each case fails before its fix.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

Rows = list[list[object]]


def _xlsx(rows: Rows, merges: tuple[str, ...], path: Path) -> perftrack.Table:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    file = path / "fz34.xlsx"
    book.save(file)
    return perftrack.read(file)[0]


def _tsv(rows: Rows) -> perftrack.Table:
    text = "\n".join("\t".join("" if cell is None else str(cell) for cell in row) for row in rows)
    return perftrack.read_text(text)[0]


_Read = tuple[str | None, str | None, str, str | None, str | None, Decimal | None, Decimal | None]


def _rows(table: perftrack.Table) -> list[_Read]:
    return [
        (
            item.level1,
            item.level2,
            item.name,
            None if item.target is None else item.target.text,
            None if item.actual is None else item.actual.text,
            item.weight,
            item.published_points,
        )
        for item in table.indicators
    ]


# --- H1: rows scored by criteria (blank 指标值/实际完成值) keep their levels -------------

_EVAL_HEAD: Rows = [
    ["2023年度部门整体支出绩效评价指标体系及评分表"],
    ["部门名称", "某县民政局"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
]
_EVAL_ROWS: Rows = [
    ["决策", "目标设定", "绩效目标合理性", None, None, 5, 5],
    [None, None, "绩效指标明确性", None, None, 5, 4],
    [None, "资金投入", "预算编制科学性", None, None, 5, 5],
    ["过程", "资金管理", "预算执行率", "100%", "95.6%", 10, 9.56],
    [None, None, "资金使用合规性", None, None, 5, 5],
    [None, "组织实施", "管理制度健全性", None, None, 5, 5],
    ["产出", "职责履行", "城乡低保对象保障人数", "≥8600人", "8712人", 30, 30],
    ["效益", "履职效益", "农村低保金发放准确率", None, None, 20, 20],
    [None, None, "全年未发生冒领低保金事件", "未发生", "未发生", 15, 15],
    ["总分", None, None, None, None, 100, 98.56],
]
_EVAL_MERGES = ("A4:A6", "B4:B5", "A7:A9", "A11:A12", "B11:B12")

D = Decimal
_EVAL_EXPECTED: list[_Read] = [
    ("决策", "目标设定", "绩效目标合理性", None, None, D(5), D(5)),
    ("决策", "目标设定", "绩效指标明确性", None, None, D(5), D(4)),
    ("决策", "资金投入", "预算编制科学性", None, None, D(5), D(5)),
    ("过程", "资金管理", "预算执行率", "100%", "95.6%", D(10), D("9.56")),
    ("过程", "资金管理", "资金使用合规性", None, None, D(5), D(5)),
    ("过程", "组织实施", "管理制度健全性", None, None, D(5), D(5)),
    ("产出指标", "职责履行", "城乡低保对象保障人数", "≥8600人", "8712人", D(30), D(30)),
    ("效益指标", "履职效益", "农村低保金发放准确率", None, None, D(20), D(20)),
    ("效益指标", "履职效益", "全年未发生冒领低保金事件", "未发生", "未发生", D(15), D(15)),
]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        pytest.param("tsv", _EVAL_EXPECTED, id="criteria-rows-tsv"),
        pytest.param("xlsx-merged", _EVAL_EXPECTED, id="criteria-rows-xlsx-merged"),
    ],
)
def test_criteria_rows_keep_levels(form: str, expected: list[_Read], tmp_path: Path) -> None:
    rows = _EVAL_HEAD + _EVAL_ROWS
    table = _tsv(rows) if form == "tsv" else _xlsx(rows, _EVAL_MERGES, tmp_path)
    assert _rows(table) == expected
    card = score(table)
    ids = sorted({f.id for f in card.findings})
    assert "layout-normalised" not in ids
    assert "weights-not-100" not in ids
    assert "duplicate-indicator" not in ids


# --- M1: the transposed budget block's 分值/得分 written in words ------------------------


def _self_rows(weight: object, points: object) -> Rows:
    return [
        ["2024年度部门整体支出绩效自评表"],
        ["部门名称", "某县民政局"],
        ["部门预算执行情况（万元）", "合计", "财政拨款", "其他资金", "分值", "得分"],
        ["全年预算数", 2350, 2300, 50, weight, points],
        ["全年执行数", 2245.6, 2205.6, 40],
        ["执行率", "95.56%", "95.90%", "80.00%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出", "职责履行", "城乡低保对象保障人数", "≥8600人", "8712人", 45, 45],
        ["效益", "履职效益", "社会公众满意度", "≥90%", "93.5%", 40, 40],
        ["总分", None, None, None, None, 95, 94.55],
    ]


_BUDGET_MERGES = ("A1:F1",)
_NO_POINTS: tuple[str, ...] = ()


@pytest.mark.parametrize(
    ("weight", "points", "expected", "messages"),
    [
        pytest.param("十", "9.55", (D(10), D("9.55")), _NO_POINTS, id="weight-shi"),
        pytest.param("十五分", "9.55", (D(15), D("9.55")), _NO_POINTS, id="weight-shiwufen"),
        pytest.param(10, "九", (D(10), D(9)), _NO_POINTS, id="points-jiu"),
        pytest.param(
            "待定",
            "9.55",
            (None, D("9.55")),
            ("E4 分值“待定”不是数字，未读入",),
            id="weight-daiding",
        ),
        pytest.param(
            10, "待定", (D(10), None), ("F4 得分“待定”不是数字，未读入",), id="points-daiding"
        ),
        pytest.param(
            "十万",
            "9.55",
            (None, D("9.55")),
            ("E4 分值“十万”不是数字，未读入",),
            id="weight-shiwan",
        ),
    ],
)
@pytest.mark.parametrize("form", ["tsv", "xlsx"])
def test_budget_block_scores_in_words(  # noqa: PLR0913, PLR0917 - the case and the form
    form: str,
    weight: object,
    points: object,
    expected: tuple[Decimal | None, Decimal | None],
    messages: tuple[str, ...],
    tmp_path: Path,
) -> None:
    rows = _self_rows(weight, points)
    table = _tsv(rows) if form == "tsv" else _xlsx(rows, _BUDGET_MERGES, tmp_path)
    total = table.budget[0]
    assert (total.weight, total.published_points) == expected
    found = tuple(
        f"{f.where.cell} {f.message}"
        for f in table.findings
        if f.id in ("malformed-points", "malformed-amount")
    )
    assert found == messages


def test_budget_weight_unread_is_said_so() -> None:
    card = score(_tsv(_self_rows("待定", "9.55")))
    weights = [f.message for f in card.findings if f.id == "weights-not-100"]
    assert weights == [
        "各项分值合计85，不等于100；预算执行率分值“待定”无法识别，按默认10分计入，合计95分"
    ]


# --- M2: a negative 分值 is no weight; -0 is 0 -------------------------------------------


def _weight_rows(budget_weight: object, weight: object, points: object) -> Rows:
    rows = _self_rows(budget_weight, "9.55")
    rows[8] = ["效益", "履职效益", "社会公众满意度", "≥90%", "93.5%", weight, points]
    return rows


@pytest.mark.parametrize(
    ("budget_weight", "weight", "points", "expected", "messages"),
    [
        pytest.param(
            10, "-10", 8, (D(10), None, D(8)), ("F9 分值“-10”为负数，未读入",), id="row-negative"
        ),
        pytest.param(10, "-0", "-0", (D(10), D(0), D(0)), (), id="row-minus-zero"),
        pytest.param(10, 0, 0, (D(10), D(0), D(0)), (), id="row-zero-allowed"),
        pytest.param(
            "-10",
            40,
            40,
            (None, D(40), D(40)),
            ("E4 分值“-10”为负数，未读入",),
            id="budget-negative",
        ),
        pytest.param("-0", 40, 40, (D(0), D(40), D(40)), (), id="budget-minus-zero"),
    ],
)
@pytest.mark.parametrize("form", ["tsv", "xlsx"])
def test_negative_weight_is_malformed(  # noqa: PLR0913, PLR0917 - the case and the form
    form: str,
    budget_weight: object,
    weight: object,
    points: object,
    expected: tuple[Decimal | None, Decimal | None, Decimal | None],
    messages: tuple[str, ...],
    tmp_path: Path,
) -> None:
    rows = _weight_rows(budget_weight, weight, points)
    table = _tsv(rows) if form == "tsv" else _xlsx(rows, _BUDGET_MERGES, tmp_path)
    row = table.indicators[1]
    read = (table.budget[0].weight, row.weight, row.published_points)
    assert read == expected
    assert [str(value) for value in read if value is not None and not value] == [
        "0" for value in read if value is not None and not value
    ]
    found = tuple(
        f"{f.where.cell} {f.message}" for f in table.findings if f.id == "malformed-points"
    )
    assert found == messages


def test_negative_weight_is_named_unreadable() -> None:
    card = score(_tsv(_weight_rows(10, "-10", 8)))
    weights = [f.message for f in card.findings if f.id == "weights-not-100"]
    # k32k: the total of 55 is graded on its share, not as 54.56 差
    assert weights == [
        (
            "各项分值合计55，不等于100；1项指标分值无法识别（“社会公众满意度”：“-10”），按0分计"
            "；分值合计不足100，计算总分未按100分折算，按得分率99.20%（54.56/55）定级为“优”，"
            "而非“差”"
        )
    ]
    assert not [f for f in card.findings if f.id == "points-over-maximum"]


# --- M4: a short statement in the name column is the name -------------------------------


def _statement_rows(name: str, target: str, actual: str) -> Rows:
    rows = _self_rows(10, "9.55")
    rows[8] = ["效益", "履职效益", name, target, actual, 40, 40]
    rows.insert(9, [None, None, "全年未发生冒领低保金事件", "未发生", "未发生", 5, 5])
    return rows


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected", "attainment"),
    [
        pytest.param(
            "未发生",
            "未发生",
            "发生1起",
            [
                ("效益指标", "履职效益", "未发生", "未发生", "发生1起", D(40), D(40)),
                (
                    "效益指标",
                    "履职效益",
                    "全年未发生冒领低保金事件",
                    "未发生",
                    "未发生",
                    D(5),
                    D(5),
                ),
            ],
            ["not_met", "met"],
            id="bare-statement-name",
        ),
        pytest.param(
            "无事故",
            "0起",
            "0起",
            [
                ("效益指标", "履职效益", "无事故", "0起", "0起", D(40), D(40)),
                (
                    "效益指标",
                    "履职效益",
                    "全年未发生冒领低保金事件",
                    "未发生",
                    "未发生",
                    D(5),
                    D(5),
                ),
            ],
            ["met", "met"],
            id="short-statement-name",
        ),
    ],
)
@pytest.mark.parametrize("form", ["tsv", "xlsx"])
def test_short_statement_name_stays(  # noqa: PLR0913, PLR0917 - the case and the form
    form: str,
    name: str,
    target: str,
    actual: str,
    expected: list[_Read],
    attainment: list[str],
    tmp_path: Path,
) -> None:
    rows = _statement_rows(name, target, actual)
    merges = ("A9:A10", "B9:B10")
    table = _tsv(rows) if form == "tsv" else _xlsx(rows, merges, tmp_path)
    assert _rows(table)[1:] == expected
    card = score(table)
    assert [v.attainment.value for v in card.verdicts][1:] == attainment
    assert not [f for f in table.findings if f.id in ("malformed-points", "layout-normalised")]


# --- M5: a placeholder 年度履职目标 is no goal --------------------------------------------


def _goal_rows(goal: str) -> Rows:
    return [
        ["2025年度部门整体绩效目标表"],
        ["部门（单位）名称", "某县民政局"],
        ["年度履职目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "城乡低保对象保障人数", "≥8600人"],
        ["效益指标", "社会效益指标", "未发生冒领低保金事件", "未发生"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("goal", "missing"),
    [
        pytest.param("待定", True, id="daiding"),
        pytest.param("待补充。", True, id="daibuchong"),
        pytest.param("无", True, id="wu"),
        pytest.param("—", True, id="dash"),
        pytest.param("保障全县困难群众基本生活，落实低保政策。", False, id="real-goal"),
    ],
)
@pytest.mark.parametrize("form", ["tsv", "xlsx"])
def test_placeholder_goal_is_missing(
    form: str, goal: str, *, missing: bool, tmp_path: Path
) -> None:
    rows = _goal_rows(goal)
    table = _tsv(rows) if form == "tsv" else _xlsx(rows, ("B3:D3",), tmp_path)
    assert table.kind is perftrack.TableKind.TARGET
    card = score(table)
    said = [f.message for f in card.findings if f.id == "missing-overall-goal"]
    assert said == (["年度总体目标未填写"] if missing else [])
