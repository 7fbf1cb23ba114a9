"""A table's note rows and a printed 全年预计执行率 are kept (e2e15, L4 and L6).

The 区域绩效自评表 ends with ``说明 | 审计发现某县违规发放低保金12.6万元，已全部追回。``
and many tables carry ``备注：…``, ``注：…`` or ``其他需要说明的问题 | …``: the reader made no
indicator of them, rightly, but dropped the text. A monitoring table's
``全年预计执行率`` column (98%, 100%, 95%) was located (its cell) but its figure was
not kept. Both are now on the model (``Table.notes``, ``BudgetLine.forecast_rate``),
in the JSON (only when present: a table without keeps its JSON byte for byte), in
the JSON Schema and in the text report. Every table is written here.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import BudgetLine, BudgetRole, Note, Position, Table, TableKind
from perftrack.report import scorecard_text, table_summary
from perftrack.serialization import _get_converter
from test_read_unseen import SELF_HEADER, read

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_7a0b2a9980fedb64.txt"

_SELF_ROWS = (
    "项目支出绩效自评表",
    "（2024年度）",
    ["项目名称", "城乡困难群众救助"],
    SELF_HEADER,
    ["产出指标", "数量指标", "城乡低保对象人数", "≥5.8万人", "5.62万人", "50", "48"],
    ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "95%", "50", "50"],
)
_TOTAL = ["总分", "", "", "", "", "100", "98"]
AUDIT = "审计发现某县违规发放低保金12.6万元，已全部追回。"


def _notes(table: Table) -> list[tuple[str, str, str | None]]:
    return [(n.label, n.text, n.position.cell if n.position else None) for n in table.notes]


# ---------------------------------------------------------------------------
# The reader: which rows are notes, their label, text and cell


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the 区域 template's closing row, label | text
        ([["说明", AUDIT]], [("说明", AUDIT, "B7")]),
        # label and text in one cell: the text stands in the label's cell
        ([["说明：" + AUDIT]], [("说明", AUDIT, "A7")]),
        ([["备注：项目于2024年3月调整实施地点"]], [("备注", "项目于2024年3月调整实施地点", "A7")]),
        (
            [["其他需要说明的问题", "部分资金结转至下年使用。"]],
            [("其他需要说明的问题", "部分资金结转至下年使用。", "B7")],
        ),
        ([["主要经验及做法", "加强统筹调度"]], [("主要经验及做法", "加强统筹调度", "B7")]),
        ([["存在问题", "部分县发放不及时"]], [("存在问题", "部分县发放不及时", "B7")]),
        # a 填表说明 is the template's, whatever it says (e2e17 H4): its block is left out
        ([["填表说明：", "低保人数含特困供养人员。"]], []),
        # the text merged over the row's cells (repeated in each): taken once
        ([["说明", AUDIT, AUDIT, AUDIT]], [("说明", AUDIT, "B7")]),
        # two cells of text, joined with a space
        (
            [["注：", "一是追回资金。", "二是约谈责任人。"]],
            [("注", "一是追回资金。 二是约谈责任人。", "B7")],
        ),
        # a label alone, its text in rows of one cell under it
        (
            [["说明："], ["1.审计发现问题一。"], ["2.已整改。"]],
            [("说明", "1.审计发现问题一。 2.已整改。", "A8")],
        ),
        # several notes, in order
        (
            [["说明", AUDIT], ["其他需要说明的问题", "无"], ["备注", "已报财政部门备案"]],
            [("说明", AUDIT, "B7"), ("备注", "已报财政部门备案", "B9")],
        ),
        # placeholders say nothing
        ([["说明", "无"]], []),
        ([["备注", "/"]], []),
        ([["其他需要说明的问题", "——"]], []),
        ([["说明："]], []),
        # the blank template's instructions to whoever fills it in
        ([["说明：", "年度指标值按批复目标填写"]], []),
        ([["注：1.本表金额单位为万元", "2.分值合计100分"]], []),
        ([["填表说明："], ["1.请按批复的绩效目标填列。"], ["2.分值合计100分。"]], []),
        ([["注：完成目标可能性请在对应栏内打“√”。"]], []),
        ([["注：1.执行率=全年执行数/全年预算数。"]], []),
        ([["填表说明", "权重合计100分，其中预算执行率10分。"]], []),
        ([["注", "总分90分（含）以上为优，80分（含）至90分为良。"]], []),
        ([["填报说明", "年度指标值应与年度目标相对应。"]], []),
        # the unit's own words of the same kind stay
        (
            [["说明", "上年度自评总分85分，自评等级为良，本年度已申请调整预算。"]],
            [("说明", "上年度自评总分85分，自评等级为良，本年度已申请调整预算。", "B7")],
        ),
    ],
)
@pytest.mark.parametrize("total", [False, True], ids=["no-total", "after-total"])
def test_a_note_row_is_kept_on_the_table(
    rows: list[list[str]],
    expected: list[tuple[str, str, str]],
    total: bool,  # noqa: FBT001
) -> None:
    before = [*_SELF_ROWS, _TOTAL] if total else list(_SELF_ROWS)
    table = read(*before, *rows)
    shift = 1 if total else 0  # the 总分 row pushes the notes down a row
    moved = [(label, text, f"{cell[0]}{int(cell[1:]) + shift}") for label, text, cell in expected]
    assert _notes(table) == moved
    assert [i.name for i in table.indicators] == ["城乡低保对象人数", "救助对象满意度"]
    assert table.findings == ()


def test_a_note_row_above_the_grid_is_kept_and_the_row_under_it_read() -> None:
    table = read(
        "项目支出绩效自评表",
        ["备注", "项目于2024年3月调整实施地点"],
        "（2024年度）",
        ["项目名称", "城乡困难群众救助"],
        *_SELF_ROWS[3:],
    )
    assert _notes(table) == [("备注", "项目于2024年3月调整实施地点", "B2")]
    assert table.year == 2024


def test_a_note_with_the_total_in_it_gives_the_total_and_stays_a_note() -> None:
    said = "预算执行率得分按10分计，合计总分97.50分，自评等级：优。"
    table = read(*_SELF_ROWS, _TOTAL, "注：" + said)
    assert table.published.total == Decimal("97.50")
    assert _notes(table) == [("注", said, "A8")]


def test_a_note_row_of_a_workbook_keeps_its_sheet_and_cell(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["中央对地方转移支付区域绩效自评表"],
        ["（2024年度）"],
        ["转移支付名称", "城乡困难群众救助补助资金"],
        SELF_HEADER,
        ["产出指标", "数量指标", "城乡低保对象人数", "≥5.8万人", "5.62万人", 50, 48],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "95%", 50, 50],
        ["说明", AUDIT],
    ]
    path = tmp_path / "区域自评.xlsx"
    path.write_bytes(xlsx_bytes({"自评表": rows}, merges={"自评表": ["B7:G7"]}))
    (table,) = perftrack.read(path)
    assert table.notes == (Note("说明", AUDIT),)
    assert table.notes[0].position == Position(str(path), "自评表", 7, 2)


def test_a_note_row_of_an_html_table_is_kept() -> None:
    html = "\n".join(  # an HTML table's rows are its source lines
        [
            "<table>",
            "<tr><td colspan='7'>项目支出绩效自评表（2024年度）</td></tr>",
            "<tr><td>项目名称</td><td colspan='6'>城乡困难群众救助</td></tr>",
            "<tr>" + "".join(f"<td>{text}</td>" for text in SELF_HEADER) + "</tr>",
            "<tr>" + "".join(f"<td>{text}</td>" for text in _SELF_ROWS[4]) + "</tr>",
            f"<tr><td>其他需要说明的问题</td><td colspan='6'>{AUDIT}</td></tr>",
            "</table>",
        ]
    )
    (table,) = perftrack.read_text(html, format="html")
    assert _notes(table) == [("其他需要说明的问题", AUDIT, "B6")]


# ---------------------------------------------------------------------------
# 全年预计执行率

_MONITOR_HEAD = (
    "2025年项目支出绩效运行监控表",
    "监控时段：2025年1月1日至6月30日",
    ["项目名称", "就业补助"],
)
_MONITOR_GRID = (
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"],
    ["产出指标", "数量指标", "培训人次", "≥4000人次", "2300人次"],
)


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        ("全年预计执行率", ["98%", "100%"], [Decimal(98), Decimal(100)]),
        ("全年预计执行率（%）", ["98.5", "95"], [Decimal("98.5"), Decimal(95)]),
        ("预计支出率", ["90％", ""], [Decimal(90), None]),
        ("全年预计执行率", ["—", "/"], [None, None]),
    ],
)
def test_a_printed_forecast_rate_is_kept(
    header: str, cells: list[str], expected: list[Decimal | None]
) -> None:
    table = read(
        *_MONITOR_HEAD,
        ["资金来源", "全年预算数", "1-6月执行数", "执行率", header],
        ["年度资金总额", "4200", "2310", "55%", cells[0]],
        ["其中：中央补助", "2800", "1700", "60.71%", cells[1]],
        *_MONITOR_GRID,
    )
    assert [line.forecast_rate for line in table.budget] == expected
    assert [line.forecast for line in table.budget] == [None, None]  # no amount: a rate
    assert table.findings == ()


def test_a_budget_block_without_the_column_has_no_forecast_rate() -> None:
    table = read(
        *_MONITOR_HEAD,
        ["资金来源", "全年预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "4200", "2310", "55%"],
        *_MONITOR_GRID,
    )
    assert table.budget[0].forecast_rate is None


def _monitoring() -> Table:
    return read(
        *_MONITOR_HEAD,
        ["资金来源", "全年预算数", "1-6月执行数", "执行率", "全年预计执行率"],
        ["年度资金总额", "4200", "2310", "55%", "98%"],
        *_MONITOR_GRID,
        ["说明", AUDIT],
    )


# ---------------------------------------------------------------------------
# JSON, the schema, the text report


def test_the_json_writes_the_notes_and_the_forecast_rate() -> None:
    (data,) = json.loads(perftrack.to_json(_monitoring()))["tables"]
    assert data["notes"] == [{"label": "说明", "text": AUDIT, "cell": "B8"}]
    line = data["budget"][0]
    assert line["forecast_rate"] == "98"
    assert list(line)[-3:] == ["cell", "cells", "forecast_rate"]


def test_a_table_without_them_writes_neither() -> None:
    (data,) = json.loads(perftrack.to_json(read(*_SELF_ROWS)))["tables"]
    assert "notes" not in data
    for table in json.loads(perftrack.to_json(perftrack.read(SEED)))["tables"]:
        assert "notes" not in table
        assert all("forecast_rate" not in line for line in table["budget"])


@pytest.mark.parametrize(
    "table",
    [
        _monitoring(),
        Table(
            TableKind.SELF_EVALUATION,
            budget=(BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=Decimal("95.5")),),
            notes=(Note("说明", AUDIT, Position(None, None, 30, 2)), Note("备注", "无变更")),
        ),
        Table(TableKind.TRACKING),
    ],
    ids=["read", "built", "empty"],
)
def test_the_json_round_trip_gives_an_equal_table(table: Table) -> None:
    converter = _get_converter()
    assert converter.structure(converter.unstructure(table), Table) == table
    again = perftrack.from_json(perftrack.to_json(table), Table)
    assert again == table
    assert [n.position for n in again.notes] == [n.position for n in table.notes]
    assert [line.forecast_rate for line in again.budget] == [
        line.forecast_rate for line in table.budget
    ]
    card = perftrack.score(table)
    assert perftrack.from_json(perftrack.to_json(card), perftrack.Scorecard) == card


def test_the_notes_are_in_equality_their_position_is_not() -> None:
    here, there = Position("a.xlsx", "表1", 7, 2), Position("b.xlsx", None, 30, 3)
    assert Note("说明", AUDIT, here) == Note("说明", AUDIT, there)
    assert Table(TableKind.TRACKING, notes=(Note("说明", AUDIT),)) != Table(TableKind.TRACKING)
    line = BudgetLine(BudgetRole.TOTAL, "年度资金总额")
    assert line != BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=Decimal(98))


jsonschema = pytest.importorskip("jsonschema")


def _schema_errors(document: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(perftrack.json_schema())
    return [error.message for error in validator.iter_errors(document)]


@pytest.mark.parametrize("scored", [False, True], ids=["read", "score"])
def test_the_schema_validates_and_describes_them(scored: bool) -> None:  # noqa: FBT001
    table = _monitoring()
    document = json.loads(perftrack.to_json(perftrack.score(table) if scored else table))
    assert _schema_errors(document) == []
    defs = perftrack.json_schema()["$defs"]
    assert "forecast_rate" in defs["budget_line"]["properties"]
    assert "forecast_rate" not in defs["budget_line"]["required"]
    assert "notes" in defs["table"]["properties"]
    assert "notes" not in defs["table"]["required"]
    broken = json.loads(json.dumps(document))
    broken["tables"][0]["notes"][0]["text"] = 12
    broken["tables"][0]["budget"][0]["forecast_rate"] = 98
    assert len(_schema_errors(broken)) == 2


def test_the_text_reports_show_them() -> None:
    table = _monitoring()
    summary = table_summary(table).splitlines()
    assert (
        "  预算 年度资金总额：年初 — 全年预算数 4200 执行 2310 执行率 55% 预计执行率 98%" in summary
    )
    assert f"  说明：{AUDIT}" in summary
    text = scorecard_text(perftrack.score(table)).splitlines()
    assert any(line.endswith("；全年预计执行率 98%") for line in text if "预算执行" in line)
    assert f"  说明：{AUDIT}" in text
