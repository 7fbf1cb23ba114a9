"""Reading gaps (r39e): a budget printed as label/amount pairs on one row, and the
printed grades of other four-step scales.

1. ``年度预算数（万元） | 200.00 | 执行数（万元） | 180.00 | 执行率 | 90%`` (a 自评表's
   or a Word export's budget on one row; also 全年预算数/年初预算数, 全年执行数/实际
   支出, 预算执行率, under a block label or a heading) made no budget line: the labels
   were read as a header and the amounts passed over. It is the total line now, its
   amounts in the columns the labels name, each at its cell; the lines below
   (``其中：财政资金 | 150.00 | | 140.00``, the labels printed again, or sources' pairs
   ``其中：财政资金 | 150 | 其他资金 | 50``) are read under those columns, and scoring's
   budget-execution analysis runs on them.
2. A printed 等级 of the 好/较好/一般/差 scale or with 等 (``较好``, ``差等``) was no
   grade (``malformed-points``): it is the grade of the same step now (较好 良, 好 优,
   差等 差), and the printed word is kept as ``Published.grade_text`` (JSON
   ``published.grade_text``), as it is for 优秀, 良好, B级 and for a word of no grade.
3. An .xls saved by Excel 2007+ whose first page has a header of its own (首页不同)
   keeps it in a ``HeaderFooter`` record (0x089C) after the cell table, not in
   ``HEADER``: its title (``&C&"宋体,常规"&14 2024年度项目支出绩效自评表``) titles the
   sheet now, as r38g made the ``HEADER`` record's do (before: no title, no period).
"""

from __future__ import annotations

import json
import struct
from decimal import Decimal

import pytest

import perftrack
from cases.composed_tables import tsv_bytes
from fixtures_office import docx_bytes, xlsx_bytes
from perftrack import BudgetLine, BudgetRole

_HEAD = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "乡村道路养护", "", "", "", ""],
    ["主管部门", "某县交通运输局", "", "实施单位", "某县公路事务中心", ""],
]
_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "养护里程", "≥100公里", "100公里", "90", "90"],
]


def _table(budget: list[list[str]]) -> perftrack.Table:
    [table] = perftrack.read_text("\n".join("\t".join(row) for row in [*_HEAD, *budget, *_GRID]))
    return table


def _d(text: str) -> Decimal:
    return Decimal(text)


def _cells(line: BudgetLine) -> tuple[str | None, list[tuple[str, str | None]]]:
    """Where a line's label and each of its amounts stand, as A1 cells."""
    cell = line.position.cell if line.position else None
    return cell, [(name, where.cell) for name, where in line.cells]


# --- 1. a budget's header and its total printed as label/amount pairs --------------------

_TOTAL_200 = BudgetLine(
    BudgetRole.TOTAL,
    "年度预算数（万元）",
    period_budget=_d("200.00"),
    executed=_d("180.00"),
    rate=_d("90"),
)


@pytest.mark.parametrize(
    ("budget", "unit", "lines", "cells"),
    [
        # the task's row, alone (before: no budget line at all)
        (
            [["年度预算数（万元）", "200.00", "执行数（万元）", "180.00", "执行率", "90%"]],
            "万元",
            (_TOTAL_200,),
            [("A5", [("period_budget", "B5"), ("executed", "D5"), ("rate", "F5")])],
        ),
        # 全年预算数 | 全年执行数 | 预算执行率, and a source below with its amounts under
        # the total's, its labels printed again
        (
            [
                ["全年预算数", "200.00", "全年执行数", "180.00", "预算执行率", "90.00%"],
                ["其中：财政资金", "150.00", "全年执行数", "140.00", "预算执行率", "93.33%"],
            ],
            None,
            (
                BudgetLine(
                    BudgetRole.TOTAL,
                    "全年预算数",
                    period_budget=_d("200.00"),
                    executed=_d("180.00"),
                    rate=_d("90.00"),
                ),
                BudgetLine(
                    BudgetRole.APPROPRIATION,
                    "其中：财政资金",
                    period_budget=_d("150.00"),
                    executed=_d("140.00"),
                    rate=_d("93.33"),
                ),
            ),
            [
                ("A5", [("period_budget", "B5"), ("executed", "D5"), ("rate", "F5")]),
                ("A6", [("period_budget", "B6"), ("executed", "D6"), ("rate", "F6")]),
            ],
        ),
        # sources below under the total's columns, their labels not printed again
        (
            [
                ["年度预算数（万元）", "200.00", "执行数（万元）", "180.00", "执行率", "90%"],
                ["其中：财政资金", "150.00", "", "140.00", "", "93.33%"],
                ["其他资金", "50.00", "", "40.00", "", "80%"],
            ],
            "万元",
            (
                _TOTAL_200,
                BudgetLine(
                    BudgetRole.APPROPRIATION,
                    "其中：财政资金",
                    period_budget=_d("150.00"),
                    executed=_d("140.00"),
                    rate=_d("93.33"),
                ),
                BudgetLine(
                    BudgetRole.OTHER,
                    "其他资金",
                    period_budget=_d("50.00"),
                    executed=_d("40.00"),
                    rate=_d("80"),
                ),
            ),
            [
                ("A5", [("period_budget", "B5"), ("executed", "D5"), ("rate", "F5")]),
                ("A6", [("period_budget", "B6"), ("executed", "D6"), ("rate", "F6")]),
                ("A7", [("period_budget", "B7"), ("executed", "D7"), ("rate", "F7")]),
            ],
        ),
        # 年初预算数 | 实际支出, and the sources' pairs: each amount the year's budget
        (
            [
                ["年初预算数", "200.00", "实际支出", "180.00", "执行率", "90%"],
                ["其中：财政资金", "150.00", "其他资金", "50.00"],
            ],
            None,
            (
                BudgetLine(
                    BudgetRole.TOTAL,
                    "年初预算数",
                    initial=_d("200.00"),
                    executed=_d("180.00"),
                    rate=_d("90"),
                ),
                BudgetLine(BudgetRole.APPROPRIATION, "其中：财政资金", initial=_d("150.00")),
                BudgetLine(BudgetRole.OTHER, "其他资金", initial=_d("50.00")),
            ),
            [
                ("A5", [("initial", "B5"), ("executed", "D5"), ("rate", "F5")]),
                ("A6", [("initial", "B6")]),
                ("C6", [("initial", "D6")]),
            ],
        ),
        # under the block's label on the same row: the label names the total line
        (
            [
                [
                    "项目资金（万元）",
                    "年初预算数",
                    "200.00",
                    "全年预算数",
                    "210.00",
                    "全年执行数",
                    "180.00",
                    "执行率",
                    "85.71%",
                ]
            ],
            "万元",
            (
                BudgetLine(
                    BudgetRole.TOTAL,
                    "项目资金（万元）",
                    initial=_d("200.00"),
                    period_budget=_d("210.00"),
                    executed=_d("180.00"),
                    rate=_d("85.71"),
                ),
            ),
            [
                (
                    "A5",
                    [
                        ("initial", "C5"),
                        ("period_budget", "E5"),
                        ("executed", "G5"),
                        ("rate", "I5"),
                    ],
                )
            ],
        ),
        # under a heading on a row of its own: the first pair's label names it
        (
            [
                ["预算执行情况"],
                ["年度预算数（万元）", "200.00", "执行数（万元）", "180.00", "执行率", "90%"],
            ],
            "万元",
            (_TOTAL_200,),
            [("A6", [("period_budget", "B6"), ("executed", "D6"), ("rate", "F6")])],
        ),
    ],
)
def test_a_budget_printed_as_pairs_is_read(
    budget: list[list[str]],
    unit: str | None,
    lines: tuple[BudgetLine, ...],
    cells: list[tuple[str, list[tuple[str, str]]]],
) -> None:
    table = _table(budget)
    assert table.budget == lines
    assert table.budget_unit == unit
    assert [_cells(line) for line in table.budget] == cells
    assert [f.id for f in table.findings] == []


def test_only_pairs_with_an_amount_of_money_make_a_line() -> None:
    """A rate and its points are no budget; labels without amounts are a header, as before."""
    rows = [
        ["年初预算数", "200.00", "执行率", "90%"],
        ["预算执行率", "90%", "分值", "10"],
        ["年初预算数", "全年预算数", "全年执行数", "执行率"],
    ]
    assert [len(_table([row]).budget) for row in rows] == [1, 0, 0]


def test_the_pairs_read_in_every_format() -> None:
    """The same row from xlsx, docx and HTML reads as from TSV, at the same cells."""
    grid = [
        *_HEAD,
        ["年度预算数（万元）", "200.00", "执行数（万元）", "180.00", "执行率", "90%"],
        ["其中：财政资金", "150.00", "", "140.00", "", "93.33%"],
        *_GRID,
    ]
    width = max(len(row) for row in grid)
    square = [row + [""] * (width - len(row)) for row in grid]
    html = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in square
    )
    html += "</table>"
    sources = {
        "tsv": perftrack.read(tsv_bytes(grid)),
        "xlsx": perftrack.read(xlsx_bytes({"Sheet1": grid})),
        "docx": perftrack.read(docx_bytes([square])),
        "html": perftrack.read(html.encode("utf-8"), format="html"),
    }
    expected = (
        _TOTAL_200,
        BudgetLine(
            BudgetRole.APPROPRIATION,
            "其中：财政资金",
            period_budget=_d("150.00"),
            executed=_d("140.00"),
            rate=_d("93.33"),
        ),
    )
    for name, (table,) in sources.items():
        assert table.budget == expected, name
        assert [line.cells[1][1].cell for line in table.budget] == ["D5", "D6"], name


def test_scoring_analyses_a_budget_printed_as_pairs() -> None:
    """The budget-execution analysis runs on the pairs: rate, sum and year-end checks."""
    table = _table(
        [
            ["年度预算数（万元）", "200.00", "执行数（万元）", "150.00", "执行率", "80%"],
            ["其中：财政资金", "150.00", "", "120.00", "", "80%"],
            ["其他资金", "40.00", "", "30.00", "", "75%"],
        ]
    )
    card = perftrack.score(table)
    assert [(a.line, a.rate_recomputed, a.denominator) for a in card.budget] == [
        (BudgetRole.TOTAL, Decimal(75), "period_budget"),
        (BudgetRole.APPROPRIATION, Decimal(80), "period_budget"),
        (BudgetRole.OTHER, Decimal(75), "period_budget"),
    ]
    assert [(f.id, f.message, f.where.cell) for f in card.findings if f.where.budget_line] == [
        ("budget-rate-mismatch", "“年度预算数（万元）”填报执行率80%与金额计算的75.00%不符", "F5"),
        ("budget-sum-mismatch", "全年预算数各项合计190.00与总额200.00不符", "B5"),
        ("budget-behind-schedule", "执行率75.00%低于年终执行率要求90.00%", "F5"),
    ]


def test_the_pairs_total_in_json() -> None:
    table = _table([["年度预算数（万元）", "200.00", "执行数（万元）", "180.00", "执行率", "90%"]])
    [line] = json.loads(perftrack.to_json(table))["tables"][0]["budget"]
    expected = {
        "line": "total",
        "source": "年度预算数（万元）",
        "initial": None,
        "period_budget": "200.00",
        "executed": "180.00",
        "rate": "90",
        "cell": "A5",
    }
    assert {key: line[key] for key in expected} == expected


# --- 2. printed grades of other four-step scales -------------------------------------


def _graded(rows: list[list[str]]) -> perftrack.Table:
    grid = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "乡村道路养护"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "养护里程", "≥100公里", "98公里", "50", "49"],
        ["", "质量指标", "养护合格率", "≥95%", "97%", "40", "40"],
        ["总分", "", "", "", "", "90", "89"],
        *rows,
    ]
    [table] = perftrack.read_text("\n".join("\t".join(row) for row in grid))
    return table


@pytest.mark.parametrize(
    ("rows", "grade", "text", "findings"),
    [
        # the 好/较好/一般/差 scale (before: 较好 and 好 no grade, a malformed-points)
        ([["评价等级", "较好"]], "良", "较好", []),
        ([["自评等级：较好"]], "良", "较好", []),
        ([["等级", "好"]], "优", "好", []),
        ([["自评等级", "一般"]], "中", "一般", []),
        # a grade with 等 after it (before: 差等 no grade)
        ([["评价等级", "差等"]], "差", "差等", []),
        ([["评价等级", "优等"]], "优", "优等", []),
        # in a conclusion's sentence, or beside the total
        ([["自评结论", "本项目自评得分89分，自评等级为“较好”。"]], "良", "较好", []),
        ([["自评等级", "89分（良等）"]], "良", "良等", []),
        # the words read before keep their grade, their word kept too
        ([["评价等级", "优秀"]], "优", "优秀", []),
        ([["评价等级", "合格"]], "中", "合格", []),
        ([["评价等级", "不合格"]], "差", "不合格", []),
        ([["评价等级", "B级"]], "良", "B级", []),
        # a word of no grade: no grade, its text kept, said as before
        (
            [["评价等级", "基本合格"]],
            None,
            "基本合格",
            [("malformed-points", "等级“基本合格”不是优、良、中、差之一，未读入")],
        ),
    ],
)
def test_a_printed_grade_of_another_scale(
    rows: list[list[str]], grade: str | None, text: str | None, findings: list[tuple[str, str]]
) -> None:
    table = _graded(rows)
    assert table.published == perftrack.Published(Decimal(89), grade)
    assert table.published.grade_text == text
    assert [(f.id, f.message) for f in table.findings] == findings


def test_the_printed_grade_word_in_json() -> None:
    """``grade_text`` is written when there is one, and read back; left out otherwise."""
    table = _graded([["评价等级", "较好"]])
    document = perftrack.to_json(table)
    assert json.loads(document)["tables"][0]["published"] == {
        "total": "89",
        "grade": "良",
        "grade_text": "较好",
    }
    back = perftrack.from_json(document, perftrack.Table)
    assert back == table
    assert back.published.grade_text == "较好"
    plain = _graded([["评价等级", "良"]])
    assert json.loads(perftrack.to_json(plain))["tables"][0]["published"] == {
        "total": "89",
        "grade": "良",
    }


# --- 3. the first page's header of an .xls saved by Excel 2007+ ----------------------------

_XLS_GRID: list[list[object]] = [
    ["项目名称", "教师培训项目"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", 50, 50],
]


def _unicode(text: str) -> bytes:
    """A BIFF8 XLUnicodeString of UTF-16 characters: its length, a flag, the characters."""
    return struct.pack("<HB", len(text), 1) + text.encode("utf-16-le")


def _header_footer(first: str, even: str, guid: bytes) -> bytes:
    """A HeaderFooter record (0x089C) with the first page's and the even pages' headers."""
    flags = (2 if first else 0) | (1 if even else 0)
    body = struct.pack("<HH8x", 0x089C, 0) + guid + struct.pack("<H", flags)
    body += struct.pack("<4H", len(even), 0, len(first), 0)
    body += (_unicode(even) if even else b"") + (_unicode(first) if first else b"")
    return struct.pack("<HH", 0x089C, len(body)) + body


def _xls_first_page(header: str, first: str = "", even: str = "", guid: bytes = bytes(16)) -> bytes:
    """An .xls (xlwt) whose sheet's HEADER is *header*, with a HeaderFooter record before
    the sheet's EOF, as Excel 2007+ writes one when the first page or even pages differ."""
    import io  # noqa: PLC0415

    import xlwt  # noqa: PLC0415  (optional dependency of the tests)
    from xlwt import CompoundDoc  # noqa: PLC0415

    workbook = xlwt.Workbook(encoding="utf-8")
    worksheet = workbook.add_sheet("Sheet1")
    for row_index, row in enumerate(_XLS_GRID):
        for column_index, value in enumerate(row):
            worksheet.write(row_index, column_index, value)
    worksheet._Worksheet__header_str = header
    stream = workbook.get_biff_data()
    assert stream[-4:] == b"\x0a\x00\x00\x00"  # the last sheet's EOF: no offset moves
    stream = stream[:-4] + _header_footer(first, even, guid) + stream[-4:]
    buffer = io.BytesIO()
    CompoundDoc.XlsDoc().save(buffer, stream)
    return buffer.getvalue()


_FIRST = '&C&"宋体,常规"&14 2024年度项目支出绩效自评表'


@pytest.mark.parametrize(
    ("header", "first", "even", "expected"),
    [
        # 首页不同: the title on page 1 only, the other pages numbered (before: no title)
        ("第&P页", _FIRST, "", ("2024年度项目支出绩效自评表", "2024-01")),
        ("", _FIRST, "", ("2024年度项目支出绩效自评表", "2024-01")),
        # the even pages' header stored before it, not looked at (as in xlsx, docx)
        (
            "第&P页",
            _FIRST,
            "&C2023年度项目支出绩效自评表",
            ("2024年度项目支出绩效自评表", "2024-01"),
        ),
        # the first page's title before every page's
        (
            "&C2022年度项目支出绩效自评表",
            _FIRST,
            "",
            ("2024年度项目支出绩效自评表", "2024-01"),
        ),
    ],
)
def test_the_first_page_header_of_an_xls_titles_the_sheet(
    header: str, first: str, even: str, expected: tuple[str, str]
) -> None:
    [table] = perftrack.read(_xls_first_page(header, first, even))
    start = None if table.period is None else str(table.period.start)
    assert (table.title, start) == expected
    if expected[0] is not None:
        assert table.kind is perftrack.TableKind.SELF_EVALUATION


def test_only_the_sheets_own_header_footer_record_titles_it() -> None:
    """A custom view's HeaderFooter (a GUID of its own) is not the sheet's."""
    titles = [
        perftrack.read(_xls_first_page("第&P页", _FIRST, guid=guid))[0].title
        for guid in (bytes(16), b"\x01" * 16)
    ]
    assert titles == ["2024年度项目支出绩效自评表", None]
