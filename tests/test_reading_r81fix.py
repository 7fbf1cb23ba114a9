"""r81fix: rows short at the name's side and blank-named scored rows (regress81).

Each table is built here, as a TSV and as an .xlsx, and read both ways.
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

_SELF_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]


def _self_rows(row: list[str]) -> Rows:
    return [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "农村饮水安全巩固提升"],
        ["主管部门", "某县水利局", "实施单位", "某县水利局"],
        _SELF_HEADER,
        ["产出指标", "数量指标", "新建供水工程", "≥12处", "12处", "20", "20", ""],
        row,
    ]


def _tables(rows: Rows, path: Path) -> list[perftrack.Table]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])
    file = path / "r81.xlsx"
    book.save(file)
    text = "\n".join("\t".join(row) for row in rows)
    return [perftrack.read_text(text)[0], perftrack.read(file)[0]]


def _text(value: object) -> str | None:
    return None if value is None else str(getattr(value, "text", value))


def _reading(table: perftrack.Table, at: int) -> tuple[object, ...]:
    item = table.indicators[at]
    scored = score(table)
    verdict = scored.verdicts[at]
    ids = {f.id for f in table.findings} | {f.id for f in scored.findings}
    return (
        item.level1,
        item.level2,
        item.name,
        _text(item.target),
        _text(item.actual),
        item.weight,
        item.published_points,
        verdict.attainment.value,
        "layout-normalised" in ids,
        "missing-points" in ids,
    )


_SHORT = [
    # regress81 k5: the name missing, the statement under the name column, 分值 30 ≥ 得分 27
    pytest.param(
        ["效益指标", "社会效益指标", _STATEMENT, "0起", "30", "27", "", ""],
        (
            "效益指标",
            "社会效益指标",
            "",
            _STATEMENT,
            "0起",
            Decimal(30),
            Decimal(27),
            "met",
            True,
            False,
        ),
        id="k5-statement-0qi-30-27",
    ),
    # the name cell blank, no statement: 0起 is read beside 30 | 27, not 30 accidents
    pytest.param(
        ["效益指标", "社会效益指标", "", "0起", "30", "27", "", ""],
        (
            "效益指标",
            "社会效益指标",
            "",
            None,
            "0起",
            Decimal(30),
            Decimal(27),
            "unknown",
            True,
            False,
        ),
        id="blank-name-0qi-30-27",
    ),
    # the name cell missing entirely and no statement: two cells short
    pytest.param(
        ["效益指标", "社会效益指标", "0起", "30", "27", "", "", ""],
        (
            "效益指标",
            "社会效益指标",
            "",
            None,
            "0起",
            Decimal(30),
            Decimal(27),
            "unknown",
            True,
            False,
        ),
        id="no-name-cell-0qi-30-27",
    ),
    # regress81 c05 / m1: 未发生 | 未发生 | 10 | 10, one cell short
    pytest.param(
        ["产出指标", "质量指标", "未发生", "未发生", "10", "10", "", ""],
        (
            "产出指标",
            "质量指标",
            "",
            "未发生",
            "未发生",
            Decimal(10),
            Decimal(10),
            "met",
            True,
            False,
        ),
        id="c05-weifasheng-10-10",
    ),
    pytest.param(
        ["效益指标", "社会效益指标", "未发生", "未发生", "10", "10", "", ""],
        (
            "效益指标",
            "社会效益指标",
            "",
            "未发生",
            "未发生",
            Decimal(10),
            Decimal(10),
            "met",
            True,
            False,
        ),
        id="m1-weifasheng-framed",
    ),
    pytest.param(
        ["产出指标", "质量指标", "", "未发生", "10", "10", "", ""],
        (
            "产出指标",
            "质量指标",
            "",
            None,
            "未发生",
            Decimal(10),
            Decimal(10),
            "unknown",
            True,
            False,
        ),
        id="blank-name-weifasheng-10-10",
    ),
]

_SHORT.append(
    # regress81 s2: name, target and actual blank, 20 | 18 one column left of 分值 | 得分
    pytest.param(
        ["效益指标", "社会效益指标", "", "", "20", "18", "", ""],
        (
            "效益指标",
            "社会效益指标",
            "",
            None,
            None,
            Decimal(20),
            Decimal(18),
            "unknown",
            True,
            False,
        ),
        id="s2-blank-name-20-18",
    )
)

_KEPT = [
    # a named row not yet scored: target and actual bare, the 分值 under 分值
    pytest.param(
        ["效益指标", "社会效益指标", "供水合格率", "100", "95", "20", "", ""],
        (
            "效益指标",
            "社会效益指标",
            "供水合格率",
            "100",
            "95",
            Decimal(20),
            None,
            "not_met",
            False,
            True,
        ),
        id="named-bare-unscored",
    ),
    # k80fix: target = actual = 0, 分值 10 and no 得分 yet
    pytest.param(
        ["效益指标", "社会效益指标", _STATEMENT, "0", "0", "10", "", ""],
        ("效益指标", "社会效益指标", _STATEMENT, "0", "0", Decimal(10), None, "met", False, True),
        id="statement-0-0-10",
    ),
    # a 得分 above the 分值 it would need: not the pair
    pytest.param(
        ["效益指标", "社会效益指标", _STATEMENT, "0起", "27", "30", "", ""],
        (
            "效益指标",
            "社会效益指标",
            _STATEMENT,
            "0起",
            "27",
            Decimal(30),
            None,
            "not_met",
            False,
            True,
        ),
        id="points-above-weight",
    ),
    # a full row stays as it is
    pytest.param(
        ["效益指标", "社会效益指标", _STATEMENT, "0起", "0起", "30", "27", ""],
        (
            "效益指标",
            "社会效益指标",
            _STATEMENT,
            "0起",
            "0起",
            Decimal(30),
            Decimal(27),
            "met",
            False,
            False,
        ),
        id="full-row",
    ),
    # regress84 W1: a name starting with 无 that states no event (无害化, 无障碍) is a name
    pytest.param(
        ["效益指标", "社会效益指标", "农村无害化卫生厕所改造数", "≥500户", "480", "15", "", ""],
        (
            "效益指标",
            "社会效益指标",
            "农村无害化卫生厕所改造数",
            "≥500户",
            "480",
            Decimal(15),
            None,
            "not_met",
            False,
            True,
        ),
        id="wuhaihua-name",
    ),
    # regress86 W2: a statement of a wrong not done is an event too
    pytest.param(
        ["效益指标", "社会效益指标", "无拖欠农民工工资现象", "0起", "10", "10", "", ""],
        (
            "效益指标",
            "社会效益指标",
            "",
            "无拖欠农民工工资现象",
            "0起",
            Decimal(10),
            Decimal(10),
            "met",  # read right; 无拖欠…现象 is a zero target, 0起 meets it (m25)
            True,
            False,
        ),
        id="wage-arrears-statement",
    ),
    # regress84 W2: a blank name before a bound target and its bare actual: not short
    pytest.param(
        ["效益指标", "社会效益指标", "", "≥100人", "95", "20", "", ""],
        ("效益指标", "社会效益指标", "", "≥100人", "95", Decimal(20), None, "not_met", False, True),
        id="blank-name-bound-target",
    ),
    pytest.param(
        ["效益指标", "社会效益指标", "", "100%", "98", "10", "", ""],
        ("效益指标", "社会效益指标", "", "100%", "98", Decimal(10), None, "not_met", False, True),
        id="blank-name-share-target",
    ),
]


@pytest.mark.parametrize(("row", "expected"), [*_SHORT, *_KEPT])
def test_row_short_at_name_side(
    row: list[str], expected: tuple[object, ...], tmp_path: Path
) -> None:
    for table in _tables(_self_rows(row), tmp_path):
        assert _reading(table, 1) == expected


def _evaluation_rows(rows: Rows) -> Rows:
    return [
        ["2023年度部门整体支出绩效评价指标体系及评分表"],
        ["部门名称", "某县文化和旅游局"],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
        *rows,
        ["产出", "职责履行", "送戏下乡场次", "≥120场", "126场", "50", "50"],
        ["效益", "履职效益", "群众满意度", "≥90%", "93%", "40", "40"],
    ]


_BLANK_NAMED = [
    # regress81 W2 (h3): 决策 rows scored by criteria, the 三级 name blank
    pytest.param(
        _evaluation_rows(
            [["决策", "目标设定", "", "", "", "5", "5"], ["", "资金投入", "", "", "", "5", "3"]]
        ),
        [
            ("决策", "目标设定", "", None, None, Decimal(5), Decimal(5), "unknown"),
            ("决策", "资金投入", "", None, None, Decimal(5), Decimal(3), "unknown"),
            (
                "产出指标",
                "职责履行",
                "送戏下乡场次",
                "≥120场",
                "126场",
                Decimal(50),
                Decimal(50),
                "met",
            ),
            ("效益指标", "履职效益", "群众满意度", "≥90%", "93%", Decimal(40), Decimal(40), "met"),
        ],
        id="h3-juece-blank-name",
    ),
    # regress81 c01: a project self-evaluation's framework level 2, the name blank
    pytest.param(
        _self_rows(["效益指标", "社会效益", "", "", "", "20", "18", ""]),
        [
            (
                "产出指标",
                "数量指标",
                "新建供水工程",
                "≥12处",
                "12处",
                Decimal(20),
                Decimal(20),
                "met",
            ),
            ("效益指标", "社会效益指标", "", None, None, Decimal(20), Decimal(18), "unknown"),
        ],
        id="c01-shehui-xiaoyi-blank-name",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), _BLANK_NAMED)
def test_blank_named_scored_row(
    rows: Rows, expected: list[tuple[object, ...]], tmp_path: Path
) -> None:
    for table in _tables(rows, tmp_path):
        verdicts = score(table).verdicts
        assert [
            (
                item.level1,
                item.level2,
                item.name,
                _text(item.target),
                _text(item.actual),
                item.weight,
                item.published_points,
                verdict.attainment.value,
            )
            for item, verdict in zip(table.indicators, verdicts, strict=True)
        ] == expected
        ids = {f.id for f in table.findings}
        assert "missing-name" in ids
        assert "missing-deviation-reason" not in {f.id for f in score(table).findings}


_CRITERIA = [
    # regress81 h1: 决策/过程 rows scored by criteria, 指标值 and 实际完成值 blank
    pytest.param(
        _evaluation_rows(
            [
                ["决策", "目标设定", "绩效目标合理性", "", "", "5", "5"],
                ["决策", "资金投入", "预算编制科学性", "", "", "5", "4"],
                ["过程", "资金管理", "资金使用合规性", "", "", "10", "10"],
            ]
        ),
        [],
        id="h1-juece-guocheng-criteria",
    ),
    # an 产出 row left blank in the same framework still owes its target and actual
    pytest.param(
        _evaluation_rows(
            [
                ["决策", "目标设定", "绩效目标合理性", "", "", "5", "5"],
                ["产出", "职责履行", "文物保护项目", "", "", "5", "5"],
            ]
        ),
        [("missing-actual", "文物保护项目"), ("missing-target", "文物保护项目")],
        id="chanchu-row-still-owes",
    ),
    # regress84 W3: a 过程 row with a target and no actual still owes its actual
    pytest.param(
        _evaluation_rows(
            [
                ["决策", "目标设定", "绩效目标合理性", "", "", "5", "5"],
                ["过程", "资金管理", "资金到位率", "100%", "", "5", "5"],
            ]
        ),
        [("missing-actual", "资金到位率")],
        id="guocheng-target-owes-actual",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), _CRITERIA)
def test_criteria_rows_owe_no_target_or_actual(
    rows: Rows, expected: list[tuple[str, str]], tmp_path: Path
) -> None:
    for table in _tables(rows, tmp_path):
        scored = score(table)
        said = sorted(
            (f.id, table.indicators[f.where.indicator].name)
            for f in scored.findings
            if f.id in ("missing-target", "missing-actual") and f.where.indicator is not None
        )
        assert said == expected
