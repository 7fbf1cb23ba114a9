"""q64fix: regressions of fz30b (regress64 W1, W2, W4), fixtures built here."""

from __future__ import annotations

import csv
import io

import pytest

import perftrack
from perftrack.reports._review import review
from test_inputs_fz30b import _xlsx

HEAD = ["项目名称", "社区养老服务补贴"]
GRID = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
ROWS = [
    ["产出指标", "数量指标", "补贴发放人数", "≥1200人", "1260人", "20", "20", ""],
    ["产出指标", "时效指标", "补贴按季度发放及时率", "≥95%", "100%", "20", "20", ""],
    ["产出指标", "成本指标", "人均补贴标准", "≤2400元", "2290元", "20", "20", ""],
    ["效益指标", "社会效益指标", "老年人生活质量", "有所提升", "明显提升", "20", "20", ""],
    ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "93.2%", "20", "20", ""],
]
NAMES = ["补贴发放人数", "补贴按季度发放及时率", "人均补贴标准", "老年人生活质量", "补贴对象满意度"]
# a reason of three lines, each with three ASCII commas, as Excel quotes it
REASON = (
    "1、受汛期影响,施工暂停约20天,进度滞后,已报备；\n"
    "2、部分路段涉及交通疏解,审批延迟,影响约0.5公里,已协调；\n"
    "3、下一步将加快施工,增加作业面,确保年底前完成,剩余0.5公里。"
)
# a reason whose lines after the first hold a row's seven commas (regress67 q1)
REASON_WIDE = (
    "偏差原因如下：\n"
    "1、3户已迁出,2户死亡,1户未在户籍地,已暂停发放,待核实,下季度补发,已报民政局,已公示\n"
    "2、系统升级,数据延迟,已人工核对,已补录,已复核,已整改,已报备,已归档"
)
OWN = {"malformed-cell", "file-truncated", "malformed-actual", "malformed-target"}


def _excel(rows: list[list[str]], *, end: bool = True, pad: bool = True) -> str:
    """*rows* as Excel (csv.writer) writes them: padded to one width, CRLF."""
    out = io.StringIO()
    width = max(len(row) for row in rows)
    csv.writer(out, lineterminator="\r\n").writerows(
        [row + [""] * (width - len(row)) if pad else row for row in rows]
    )
    text = out.getvalue()
    return text if end else text.removesuffix("\r\n")


def _with(index: int, column: int, text: str) -> list[list[str]]:
    rows = [list(row) for row in ROWS]
    rows[index][column] = text
    return [HEAD, GRID, *rows]


def _read(text: str) -> perftrack.Table:
    [table] = perftrack.read_text(text, format="csv")
    return table


def _own(table: perftrack.Table) -> list[tuple[str, str | None]]:
    return [(f.id, f.where.cell) for f in table.findings if f.id in OWN]


# --- W1: a well-quoted cell of several lines with ASCII commas is Excel's ----------

# a stray quote closed by a quote that a separator follows, rows later: 4 rows in one
STRAY_CLOSED = (
    "\r\n".join(
        ",".join(row)
        for row in [
            HEAD + [""] * 6,
            GRID,
            ROWS[0],
            [*ROWS[1][:3], '"≥95%', *ROWS[1][4:]],
            ROWS[2],
            [*ROWS[3][:3], '有所提升"', *ROWS[3][4:]],
            ROWS[4],
        ]
    )
    + "\r\n"
)


@pytest.mark.parametrize(
    ("text", "names", "reason", "findings"),
    [
        pytest.param(_excel(_with(1, 7, REASON)), NAMES, REASON, [], id="ascii-commas-3-lines"),
        pytest.param(_excel(_with(4, 7, REASON)), NAMES, "", [], id="ascii-commas-last-row"),
        pytest.param(
            _excel(_with(1, 7, REASON.replace(",", "，"))),
            NAMES,
            REASON.replace(",", "，"),
            [],
            id="cjk-commas",
        ),
        pytest.param(
            _excel(_with(1, 7, REASON_WIDE)),
            NAMES,
            REASON_WIDE,
            [("malformed-cell", "H4")],
            id="ascii-commas-lines-as-wide-as-rows-read-whole",
        ),
        # a quote closed as Excel closes one is Excel's (regress67: an Excel cell of
        # lines as wide as rows was cut into rows): the rows stay in the cell, flagged
        pytest.param(
            STRAY_CLOSED,
            ["补贴发放人数", "补贴按季度发放及时率", "补贴对象满意度"],
            "",
            [("malformed-cell", "D4")],
            id="stray-closed-by-separator-flagged",
        ),
        pytest.param(
            _excel(_with(1, 3, "≥95%")).replace(",≥95%,", ',"≥95%,'),
            NAMES,
            "",
            [("malformed-cell", "D4")],
            id="stray-to-eof",
        ),
    ],
)
def test_quoted_cells_of_lines(
    text: str, names: list[str], reason: str, findings: list[tuple[str, str]]
) -> None:
    table = _read(text)
    assert [i.name for i in table.indicators] == names
    # a break after Chinese punctuation (；⏎2、) is no space, another one is (read56 F5)
    joined = reason.replace("；\n", "；").replace("：\n", "：").replace("\n", " ")
    assert table.indicators[1].deviation_reason == joined
    assert _own(table) == findings


# --- W4: a sign-off line without a line break is no truncation -------------------


@pytest.mark.parametrize(
    ("last", "findings"),
    [
        pytest.param(["填报人：张伟", "", "", "联系电话：0712-1234567"], [], id="signer"),
        pytest.param(["联系电话：0712-1234567", "", "审核人：李四"], [], id="phone-first"),
        pytest.param(["", "审核人：李四", "填报日期：2024-01-10"], [], id="blank-first"),
        pytest.param(["单位负责人:王五", "填报人:张伟"], [], id="half-width-colon"),
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"],
            [("file-truncated", None)],
            id="cut-row-still-flagged",
        ),
    ],
)
def test_last_line_sign_off(last: list[str], findings: list[tuple[str, None]]) -> None:
    text = _excel([HEAD, GRID, *ROWS[:4]]) + _excel([last], end=False, pad=False)
    assert _own(_read(text)) == findings


# --- W2: the letter names the indicator of an Excel error in an actual -----------


@pytest.mark.parametrize(
    ("error", "line"),
    [
        pytest.param(
            "#N/A", "有1项指标的实际完成值无法识别或疑似识别错误（“补贴发放人数”）", id="na"
        ),
        pytest.param(
            "#REF!", "有1项指标的实际完成值无法识别或疑似识别错误（“补贴发放人数”）", id="ref"
        ),
    ],
)
def test_letter_names_unreadable_actual(error: str, line: str) -> None:
    table = _read(_excel(_with(0, 4, error)))
    assert [(f.id, f.where.name) for f in table.findings if f.id == "malformed-actual"] == [
        ("malformed-actual", "补贴发放人数")
    ]
    letter = review(perftrack.score(table))
    assert line in letter
    assert "核对并规范填写实际完成值" in letter
    assert "Excel 错误值" not in letter


# --- W3: an xlsx actual of 1e309 is unreadable: malformed-actual, and no figure ----


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(
            "1e309",
            [
                ("malformed-actual", "补贴发放人数", "E3"),
                ("points-unsupported", "补贴发放人数", "G3"),
            ],
            id="overflow",
        ),
        pytest.param(
            "-1E+309",
            [
                ("malformed-actual", "补贴发放人数", "E3"),
                ("points-unsupported", "补贴发放人数", "G3"),
            ],
            id="negative-overflow",
        ),
        pytest.param("1260", [], id="finite"),
        pytest.param("1.26e3", [], id="finite-e-notation"),
    ],
)
def test_xlsx_overflow_actual(value: str, expected: list[tuple[str, str, str]]) -> None:
    [table] = perftrack.read(_xlsx(value), format="xlsx")
    card = perftrack.score(table)
    assert [
        (f.id, f.where.name, f.where.cell)
        for f in card.findings
        if f.id in {"malformed-actual", "malformed-cell", "points-unsupported"}
    ] == expected
