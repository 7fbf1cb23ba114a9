"""Workbooks a review left misread (r37u): results stored by a writer that asks Excel to
compute them again, a page footer typed as ``1/2``, projects named only by their sheets.

Every workbook is built here with openpyxl (``fixtures_office.xlsx_bytes``, which writes
``<calcPr calcId="124519" fullCalcOnLoad="1"/>`` as XlsxWriter does); what openpyxl
cannot write (a formula with a stored result, a workbook saved by Excel without the
flag) is patched into the XML with ``replace_member``.
"""

from __future__ import annotations

import re

import pytest

import perftrack
from fixtures_office import replace_member, xlsx_bytes
from perftrack.report import table_summary

_SHEET = "xl/worksheets/sheet1.xml"
_WORKBOOK = "xl/workbook.xml"


# --- 1. results stored in a workbook that asks for a full calculation on opening -----

_TRACKING: list[list[object]] = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2025-1月 至 2025-9月 ）"],
    ["项目名称", "校园安全保障"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"],
    ["产出指标", "数量指标", "巡查次数", "≥12次", 6, 7],
    [None, "数量指标", "整改次数", "≥10次", 5, 8],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 0.9, 0.93],
]


def _cells(formulas: dict[str, str]) -> object:
    """A patch of the sheet's XML putting the raw *formulas* (cell → ``<f>…<v>…``) in."""

    def patch(xml: str) -> str:
        for ref, formula in formulas.items():
            xml = re.sub(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', f'<c r="{ref}">{formula}</c>', xml)
        return xml

    return patch


_STALE = "文件要求打开时重新计算公式，所存的结果未经计算、不可信"
_UNSAVED = "文件未经 Excel 保存"


def _stale(cell: str) -> str:
    """The verdict of an actual whose stored result was not read."""
    return f"实际完成值（{cell}）是公式，公式未计算（文件要求打开时重新计算，所存的结果不可信），读作空白"


@pytest.mark.parametrize(
    ("formulas", "full_calc", "targets", "actuals", "note", "verdicts"),
    [
        # XlsxWriter's 0 under fullCalcOnLoad: blank and said (before: 0, 实际0次落后于计划6次)
        (
            {"F5": "<f>E5+1</f><v>0</v>", "F6": "<f>SUM(E6:E6)+3</f><v>0</v>"},
            True,
            ["≥12(次)", "≥10(次)", "≥90(%)"],
            [None, None, "0.93"],
            ("F5、F6", _STALE),
            [
                (
                    "巡查次数",
                    "unknown",
                    _stale("F5"),
                ),
                (
                    "整改次数",
                    "unknown",
                    _stale("F6"),
                ),
            ],
        ),
        # a result other than 0, a shared formula: the same (nobody computed it either)
        (
            {
                "F5": '<f t="shared" ref="F5:F6" si="0">E5+1</f><v>7</v>',
                "F6": '<f t="shared" si="0"/><v>6</v>',
            },
            True,
            ["≥12(次)", "≥10(次)", "≥90(%)"],
            [None, None, "0.93"],
            ("F5、F6", _STALE),
            [
                (
                    "巡查次数",
                    "unknown",
                    _stale("F5"),
                ),
                (
                    "整改次数",
                    "unknown",
                    _stale("F6"),
                ),
            ],
        ),
        # text typed with a leading = that the writer stored as a formula with result 0:
        # the text typed (before: a target 0 and an actual 0)
        (
            {"D5": "<f>12.00(次)</f><v>0</v>", "F7": "<f>93%</f><v>0</v>"},
            True,
            ["=12.00(次)", "≥10(次)", "≥90(%)"],
            ["7", "8", "93(%)"],
            None,
            [],
        ),
        # one formula with a stored 0, one without any result: one warning, both cells
        (
            {"F5": "<f>E5+1</f><v>0</v>", "F6": "<f>E6+3</f><v></v>"},
            True,
            ["≥12(次)", "≥10(次)", "≥90(%)"],
            [None, None, "0.93"],
            ("F5、F6", _STALE),
            [
                (
                    "巡查次数",
                    "unknown",
                    _stale("F5"),
                ),
                (
                    "整改次数",
                    "unknown",
                    _stale("F6"),
                ),
            ],
        ),
        # saved by Excel (no fullCalcOnLoad): the stored result is Excel's, read as before
        (
            {"F5": "<f>E5+1</f><v>7</v>", "F6": "<f>E6+3</f><v>8</v>"},
            False,
            ["≥12(次)", "≥10(次)", "≥90(%)"],
            ["7", "8", "0.93"],
            None,
            [],
        ),
        # without a result in an openpyxl workbook (fullCalcOnLoad too): as before (r37m)
        (
            {"F5": "<f>E5+1</f><v></v>"},
            True,
            ["≥12(次)", "≥10(次)", "≥90(%)"],
            [None, "8", "0.93"],
            ("F5", _UNSAVED),
            [("巡查次数", "unknown", "实际完成值（F5）是公式，公式未计算（无缓存值），读作空白")],
        ),
    ],
)
def test_results_of_a_workbook_recalculated_on_load_are_not_read(  # noqa: PLR0913
    formulas: dict[str, str],
    *,
    full_calc: bool,
    targets: list[str],
    actuals: list[str | None],
    note: tuple[str, str] | None,
    verdicts: list[tuple[str, str, str]],
) -> None:
    """Before, XlsxWriter's ``<v>0</v>`` under ``<calcPr fullCalcOnLoad="1"/>`` read as 0
    without a word: 巡查次数 ``pending``, ``实际0次落后于计划6次``."""
    data = replace_member(xlsx_bytes({"跟踪表": _TRACKING}), _SHEET, _cells(formulas))  # type: ignore[arg-type]
    if not full_calc:  # as Excel saves it
        data = replace_member(
            data, _WORKBOOK, lambda xml: re.sub(r"<calcPr[^>]*/>", '<calcPr calcId="191029"/>', xml)
        )
    [table] = perftrack.read(data)
    assert [str(i.target) for i in table.indicators] == targets
    assert [None if i.actual is None else str(i.actual) for i in table.indicators] == actuals
    found = [
        (f.id, f.severity.value, f.where.sheet, f.where.cell, f.message) for f in table.findings
    ]
    if note is None:
        assert found == []
    else:
        cells, why = note
        count = len(cells.split("、"))
        assert found == [
            (
                "formula-without-result",
                "warning",
                "跟踪表",
                cells.split("、")[0],
                (
                    f"{count}个单元格是未计算的公式（{cells}），{why}，读作空白；"
                    "请在 Excel/WPS 中打开并保存后重新读取"
                ),
            )
        ]
    card = perftrack.score(table)
    unknown = [
        (v.name, v.attainment.value, v.explanation)
        for v in card.verdicts
        if v.attainment.value == "unknown"
    ]
    assert unknown == verdicts
    assert "missing-actual" not in {f.id for f in card.findings}
    assert not any("实际0次" in v.explanation for v in card.verdicts)


@pytest.mark.parametrize("cut", [0, 10, 25, 40])
def test_the_full_calculation_flag_is_found_across_chunks(cut: int) -> None:
    """The workbook's XML is scanned a chunk at a time: a <calcPr> cut anywhere is found."""
    from perftrack.readers._xlsx import FULL_CALC_ON_LOAD, _merge_refs  # noqa: PLC0415

    xml = b'<definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    flags: set[str] = set()
    _merge_refs(iter([xml[:cut], xml[cut:]]), flags=flags)
    assert flags == {FULL_CALC_ON_LOAD}
    flags = set()
    _merge_refs(iter([b'<calcPr calcId="191029" fullCalcOnLoad="0"/>']), flags=flags)
    assert flags == set()


# --- 2. a page of pages typed as a fraction in a row of its own ------------------------

_SELF: list[list[object]] = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "教师培训项目"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", 40, 40],
    [None, "质量指标", "课程完成比例", "1/2", "1/2", 30, 30],
    ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "92%", 30, 30],
]


@pytest.mark.parametrize(
    ("footer", "at"),
    [
        # below the grid, in the target column (before: split-row 第7行只有“1/2”…)
        ([None, None, None, "1/2"], 6),
        # inside the grid, in the name column (before: joined, 培训人次2/3)
        ([None, None, "2/3"], 4),
        # spaced, full-width, in the actual column
        ([None, None, None, None, "2 ／ 2"], 6),
        # the last page of one, in the 得分 column inside the grid
        ([None, None, None, None, None, None, "1/1"], 4),
        # a dashed page number, as before
        ([None, None, None, "- 1 -"], 4),
    ],
)
def test_a_page_fraction_alone_in_its_row_is_a_page_footer(footer: list[object], at: int) -> None:
    """Before, ``1/2`` typed alone in a row (the page footer of a printed sheet) gave a
    ``split-row`` warning, or was joined to the indicator above (``培训人次2/3``)."""
    rows = [*_SELF[:at], footer, *_SELF[at:]]
    [table] = perftrack.read(xlsx_bytes({"自评表": rows}))
    assert [(i.name, str(i.target), str(i.actual)) for i in table.indicators] == [
        ("培训人次", "≥500(人次)", "520(人次)"),
        # a fraction beside other cells is a value, as before
        ("课程完成比例", "1/2", "1/2"),
        ("参训教师满意度", "≥90(%)", "92(%)"),
    ]
    assert [(f.id, f.message) for f in table.findings] == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("3/2", "split-row"),
        ("0/2", "split-row"),
        ("1/2页", "split-row"),
        ("2024/12", "missing-name"),
    ],
)
def test_no_page_fraction_is_still_said(text: str, said: str) -> None:
    """A later page than the last, a page 0, a fraction with a word, a date: no page footer."""
    rows = [*_SELF, [None, None, None, text]]
    [table] = perftrack.read(xlsx_bytes({"自评表": rows}))
    assert [f.id for f in table.findings] == [said]


# --- 3. a workbook of projects named by their sheets -------------------------------------


def _table(project: str | None, name: str) -> list[list[object]]:
    """A 2024 自评表 whose 项目名称 cell holds *project* (``None``: blank), indicator *name*."""
    return [
        ["2024年度项目支出绩效自评表"],
        ["项目名称", project],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", name, "≥500人次", "520人次", 50, 50],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", 50, 50],
    ]


def _note(sheet: str) -> tuple[str, str, str, str]:
    return (
        "project-from-sheet-name",
        "info",
        sheet,
        f"未填写项目名称，按工作表名称“{sheet}”作为项目名称",
    )


@pytest.mark.parametrize(
    ("sheets", "expected"),
    [
        # several sheets named by projects, 项目名称 blank: the sheet's name (before: none)
        (
            {"教师培训项目": _table(None, "培训人次"), "校园安全保障": _table(None, "巡查次数")},
            [("教师培训项目", [_note("教师培训项目")]), ("校园安全保障", [_note("校园安全保障")])],
        ),
        # one table names its project: its own, the other its sheet's
        (
            {
                "教师培训项目": _table("教师培训（二期）", "培训人次"),
                "校园安全保障": _table(None, "巡查次数"),
            },
            [("教师培训（二期）", []), ("校园安全保障", [_note("校园安全保障")])],
        ),
        # sheets named as forms: no project, as before
        (
            {"Sheet1": _table(None, "培训人次"), "自评表2": _table(None, "巡查次数")},
            [(None, []), (None, [])],
        ),
        # one sheet named by a project beside a form's: not a workbook of projects
        (
            {"教师培训项目": _table(None, "培训人次"), "Sheet2": _table(None, "巡查次数")},
            [(None, []), (None, [])],
        ),
        # a workbook of one sheet holding one table: the workbook of one project, its sheet
        # names it (r38g; r37u read （未注明项目） while scoring took the name as given)
        ({"教师培训项目": _table(None, "培训人次")}, [("教师培训项目", [_note("教师培训项目")])]),
    ],
)
def test_a_workbook_of_projects_names_each_by_its_sheet(
    sheets: dict[str, list[list[object]]],
    expected: list[tuple[str | None, list[tuple[str, str, str, str]]]],
) -> None:
    """Before, a table with 项目名称 left blank on a sheet named 教师培训项目, beside one
    named 校园安全保障, read as （未注明项目）."""
    tables = perftrack.read(xlsx_bytes(sheets))
    found = [
        (
            t.project.name,
            [
                (f.id, f.severity.value, f.where.sheet, f.message)
                for f in t.findings
                if f.id == "project-from-sheet-name"
            ],
        )
        for t in tables
    ]
    assert found == expected
    for table, (name, _) in zip(tables, expected, strict=True):
        if name is not None:
            card = perftrack.score(table)
            assert "missing-project-name" not in {f.id for f in card.findings}
            assert table_summary(table).startswith(f"2024年度项目支出绩效自评表 — {name}\n")


def test_copies_on_sheets_named_by_projects_are_still_copies() -> None:
    """A table copied to a second sheet, both named by projects, is still said to repeat
    the first: the names the sheets give are no cells of the table."""
    rows = _table(None, "培训人次")
    tables = perftrack.read(xlsx_bytes({"教师培训项目": rows, "校园安全保障": rows}))
    assert [t.project.name for t in tables] == ["教师培训项目", "校园安全保障"]
    assert [[f.id for f in t.findings] for t in tables] == [
        ["project-from-sheet-name"],
        ["project-from-sheet-name", "duplicate-sheet"],
    ]
