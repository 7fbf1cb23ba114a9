"""k80fix: a named statement row whose 得分 is not yet filled is no shifted row (regress78 S1).

``效益指标 | 社会效益 | 无重大安全责任事故发生 | 0 | 0 | 10 | (blank)`` fills the value
columns as a row shifted one column left would (regress76 W1): the 得分 empty, a bare
number before the 分值. Each table is built here, as a TSV and as an .xlsx.
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

Rows = list[list[str]]

_STATEMENT = "无重大安全责任事故发生"


def _rows(row: list[str]) -> Rows:
    return [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "农村饮水安全巩固提升"],
        ["主管部门", "某县水利局", "实施单位", "某县水利局"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
        ["产出指标", "数量指标", "新建供水工程", "≥12处", "12处", "20", "20", ""],
        row,
    ]


def _tables(rows: Rows, path: Path) -> list[perftrack.Table]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])
    file = path / "k80.xlsx"
    book.save(file)
    text = "\n".join("\t".join(row) for row in rows)
    return [perftrack.read_text(text)[0], perftrack.read(file)[0]]


def _reading(table: perftrack.Table) -> tuple[object, ...]:
    item = table.indicators[1]
    verdict = score(table).verdicts[1]
    ids = {f.id for f in table.findings}
    return (
        item.name,
        None if item.target is None else item.target.text,
        None if item.actual is None else item.actual.text,
        item.weight,
        verdict.attainment.value,
        sum((i.weight or Decimal(0) for i in table.indicators), Decimal(0)),
        "layout-normalised" in ids,
        "points-over-maximum" in ids,
    )


_NAMED = [
    # regress78 d01, d03, d04: both level cells the framework's words, target = actual = 0
    pytest.param(
        ["效益指标", "社会效益", _STATEMENT, "0", "0", "10", "", ""],
        (_STATEMENT, "0", "0", Decimal(10), "met", Decimal(30), False, False),
        id="d01-framed-0-0",
    ),
    pytest.param(
        ["效益指标", "社会效益", "无重大食品安全事故发生", "0", "0", "10", "", ""],
        ("无重大食品安全事故发生", "0", "0", Decimal(10), "met", Decimal(30), False, False),
        id="d03-food",
    ),
    pytest.param(
        ["满意度指标", "服务对象满意度", "未发生群众有效投诉", "0", "0", "10", "", ""],
        ("未发生群众有效投诉", "0", "0", Decimal(10), "met", Decimal(30), False, False),
        id="d04-satisfaction",
    ),
    # a level 1 of its own (no framework word): the shifted reading would give 分值 0
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "0", "0", "10", "", ""],
        (_STATEMENT, "0", "0", Decimal(10), "met", Decimal(30), False, False),
        id="own-level1-0-0",
    ),
    # shifted: 分值 1, 得分 10 above it
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "0", "1", "10", "", ""],
        (_STATEMENT, "0", "1", Decimal(10), "not_met", Decimal(30), False, False),
        id="points-above-weight",
    ),
    # shifted: target and actual the same bare figure, the 分值 taken from the actual
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "5", "5", "5", "", ""],
        (_STATEMENT, "5", "5", Decimal(5), "met", Decimal(25), False, False),
        id="target-equals-actual",
    ),
]


@pytest.mark.parametrize(("row", "expected"), _NAMED)
def test_named_statement_row_not_shifted(
    row: list[str], expected: tuple[object, ...], tmp_path: Path
) -> None:
    for table in _tables(_rows(row), tmp_path):
        assert _reading(table) == expected


_SHIFTED = [
    # regress76 W1 still shifted: no level 1 word, 0起 no bare figure, 分值 40 ≥ 得分 40
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "0起", "40", "40", "", ""],
        ("社会效益", _STATEMENT, "0起", Decimal(40), "met", Decimal(60), True, False),
        id="r76-0qi",
    ),
    pytest.param(
        ["社会效应", "社会效益", _STATEMENT, "0", "40", "38", "", ""],
        ("社会效益", _STATEMENT, "0", Decimal(40), "met", Decimal(60), True, False),
        id="r76-bare-0-target",
    ),
    # framework level words in both level cells do not make the statement the name: 0起 |
    # 40 | 38 is an actual, a 分值 and a 得分 (regress81 W1; k80fix had it 40 accidents)
    pytest.param(
        ["效益指标", "社会效益", _STATEMENT, "0起", "40", "38", "", ""],
        ("社会效益", _STATEMENT, "0起", Decimal(40), "met", Decimal(60), True, False),
        id="framed-levels-0qi",
    ),
    pytest.param(
        ["效益指标", "社会效益", _STATEMENT, "0", "40", "38", "", ""],
        ("社会效益", _STATEMENT, "0", Decimal(40), "met", Decimal(60), True, False),
        id="framed-levels-bare-0",
    ),
]


@pytest.mark.parametrize(("row", "expected"), _SHIFTED)
def test_shifted_statement_row_kept(
    row: list[str], expected: tuple[object, ...], tmp_path: Path
) -> None:
    for table in _tables(_rows(row), tmp_path):
        assert _reading(table) == expected
