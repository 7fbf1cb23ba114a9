"""Bad input the r35g round left (r35n): every file is built here, in code.

- an xlsx cell whose shared string index is past the string table: a few such cells are
  read as empty cells, each said at its cell; more, or most of the worksheet's string
  cells, and the table was cut short: the workbook is refused, as before;
- an xlsx error cell (``t="e"``) holding no value Excel lists (``#WHAT?``): an error value
  of Excel's shape is malformed-target, like the known ones, not a target in words;
- a date cell holding a serial below 1 (``0``, Excel's 1900-01-00): its number, said, not
  the time 00:00:00;
- an ExpressionError on a 10,001-character cell: rendered around its span;
- counts of 41 digits beside a stated total: summed exactly, not InvalidOperation.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import perftrack
from fixtures_office import replace_member, with_shared_strings, xlsx_bytes
from perftrack.readers import _xlsx

GRID: list[list[object]] = [
    ["项目名称", "校舍维修"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "数量指标", "修缮面积", "≥100平方米", "120平方米"],
    ["产出指标", "质量指标", "验收合格率", "100%", "98%"],
]
#: every text of GRID a shared string: 17 cells, 16 strings (产出指标 twice)
SHARED = {str(text): f"<t>{text}</t>" for row in GRID for text in row}


def _past(cells: dict[str, int]) -> bytes:
    """A workbook of GRID, all of its texts shared strings, whose *cells* → those indexes."""
    data = with_shared_strings(xlsx_bytes({"跟踪表": GRID}), SHARED)

    def point(xml: str) -> str:
        for ref, index in cells.items():
            xml = re.sub(rf'(<c r="{ref}"[^>]*t="s"><v>)[0-9]+<', rf"\g<1>{index}<", xml)
        return xml

    return replace_member(data, "xl/worksheets/sheet1.xml", point)


def _full_load(monkeypatch: pytest.MonkeyPatch, *, full_load: bool) -> None:
    if full_load:  # openpyxl parses every worksheet while loading the workbook
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)


@pytest.mark.parametrize("full_load", [False, True])
@pytest.mark.parametrize(
    ("cells", "read"),
    [
        # each refused the workbook: 文件已损坏或不完整：单元格 D3 引用第 100 项共享字符串…
        ({"D3": 99}, {"D3": 99}),
        ({"D3": 16}, {"D3": 16}),  # the next string: one past the end
        ({"D3": 99, "E4": 20, "C4": 17}, {"C4": 17, "D3": 99, "E4": 20}),  # three: a few
    ],
)
def test_a_few_cells_past_the_shared_strings_are_read_empty_and_said(
    cells: dict[str, int],
    read: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    *,
    full_load: bool,
) -> None:
    _full_load(monkeypatch, full_load=full_load)
    (table,) = perftrack.read(_past(cells), name="表.xlsx")
    found = sorted(
        (f.where.cell, f.message, f.where.file, f.where.sheet)
        for f in table.findings
        if f.id == "malformed-cell"
    )
    assert found == [
        (
            ref,
            (
                f"单元格 {ref} 引用第 {index + 1} 项共享字符串，但共享字符串表只有 16 项，"
                "按空单元格读取；文件可能已损坏"
            ),
            "表.xlsx",
            "跟踪表",
        )
        for ref, index in read.items()
    ]
    if "D3" in cells:  # the target cell is empty: said so, not read as another cell's text
        assert table.indicators[0].target is None
        assert str(table.indicators[0].actual) == "120(平方米)"


@pytest.mark.parametrize("full_load", [False, True])
@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (  # four cells: more than a few
            {"D3": 16, "E3": 17, "D4": 18, "E4": 19},
            (
                "单元格 D3 引用第 17 项共享字符串，但共享字符串表只有 16 项；"
                "另有 3 个单元格同样超出共享字符串表（表可能被截断）"
            ),
        ),
        (  # every string cell: the whole table cut
            {f"{column}{row}": 16 + row for row in range(1, 5) for column in "ABCDE"},
            (
                "单元格 A1 引用第 18 项共享字符串，但共享字符串表只有 16 项；"
                "另有 16 个单元格同样超出共享字符串表（表可能被截断）"
            ),
        ),
    ],
)
def test_many_cells_past_the_shared_strings_still_refuse_the_workbook(
    cells: dict[str, int], message: str, monkeypatch: pytest.MonkeyPatch, *, full_load: bool
) -> None:
    _full_load(monkeypatch, full_load=full_load)
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(_past(cells), name="表.xlsx")
    assert str(caught.value) == f"表.xlsx: 工作表 跟踪表: 文件已损坏或不完整：{message}"


def test_a_string_table_of_one_item_pointing_past_it_is_refused() -> None:
    # most of the worksheet's string cells (one of one) past the table: refused, as pinned
    # by test_read_errors_k32f; half of two is read, one of them said
    data = with_shared_strings(xlsx_bytes({"跟踪表": GRID}), {"≥100平方米": "<t>≥100平方米</t>"})
    data = replace_member(
        data, "xl/worksheets/sheet1.xml", lambda xml: xml.replace("<v>0</v>", "<v>1</v>")
    )
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(data, name="表.xlsx")
    assert str(caught.value) == (
        "表.xlsx: 工作表 跟踪表: 文件已损坏或不完整："
        "单元格 D3 引用第 2 项共享字符串，但共享字符串表只有 1 项"
    )


def _error_cell(value: str) -> bytes:
    """A workbook whose D3 (the target) is an error cell (``t="e"``) holding *value*."""
    return replace_member(
        xlsx_bytes({"跟踪表": GRID}),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<c r="D3"[^>]*>.*?</c>', f'<c r="D3" t="e"><v>{value}</v></c>', xml),
    )


@pytest.mark.parametrize(
    ("value", "findings"),
    [
        # each was 年度指标“#WHAT?”为定性或文字描述，难以量化考核 (target-not-measurable)
        ("#WHAT?", [("malformed-target", "单元格为 Excel 错误值“#WHAT?”（公式无法计算）")]),
        (
            "#NEW_ERROR!",
            [("malformed-target", "单元格为 Excel 错误值“#NEW_ERROR!”（公式无法计算）")],
        ),
        ("#DIV/0!", [("malformed-target", "单元格为 Excel 错误值“#DIV/0!”（公式无法计算）")]),
        # no error value's shape: read as its text, and the cell said (it said nothing);
        # one finding for the one fault, the target's (r35t: it was malformed-cell and
        # target-not-measurable both)
        (
            "#oops",
            [
                (
                    "malformed-target",
                    "单元格 D3 标为错误值，但内容“#oops”不是 Excel 的错误值，按文本读取；文件可能已损坏",
                ),
            ],
        ),
    ],
)
def test_an_error_cell_of_no_known_error_value_is_malformed(
    value: str, findings: list[tuple[str, str]]
) -> None:
    (table,) = perftrack.read(_error_cell(value), name="表.xlsx")
    card = perftrack.score(table)
    assert [
        (f.id, f.message)
        for f in card.findings
        if f.where.cell == "D3" and f.id.startswith(("malformed", "target"))
    ] == findings
    assert {(f.where.file, f.where.sheet) for f in card.findings if f.where.cell == "D3"} == {
        ("表.xlsx", "跟踪表")
    }
    assert card.verdicts[0].attainment.value == "unknown"


def _dated(actual: str, value: object = None) -> bytes:
    """A workbook whose E3, a date cell (yyyy-mm-dd, or *value*'s format), holds *actual*."""
    grid = [
        ["项目名称", "校舍维修"],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
        ["产出指标", "时效指标", "完成时间", dt.date(2023, 12, 31), value or dt.date(2023, 11, 1)],
    ]
    return replace_member(
        xlsx_bytes({"跟踪表": grid}),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'(<c r="E3"[^>]*>)<v>[^<]*</v>', rf"\g<1><v>{actual}</v>", xml),
    )


@pytest.mark.parametrize("full_load", [False, True])
@pytest.mark.parametrize(
    "serial",
    [
        "0",  # was 00:00:00, a time of day; Excel shows 1900-01-00
        "0.5",  # was 12:00:00
        "0.25",
    ],
)
def test_a_date_cell_below_day_one_is_said_at_its_cell(
    serial: str, monkeypatch: pytest.MonkeyPatch, *, full_load: bool
) -> None:
    _full_load(monkeypatch, full_load=full_load)
    (table,) = perftrack.read(_dated(serial), name="表.xlsx")
    assert str(table.indicators[0].actual) == serial
    (finding,) = [f for f in table.findings if f.id.startswith("malformed")]
    assert (finding.id, finding.message) == (
        "malformed-actual",
        (
            f"单元格 E3 为日期格式，但数值“{serial}”不是日期（Excel 显示为不存在的日期 1900-01-00），"
            "按数值文本读取；文件可能已损坏"
        ),
    )
    assert (finding.where.file, finding.where.sheet, finding.where.cell, finding.where.name) == (
        "表.xlsx",
        "跟踪表",
        "E3",
        "完成时间",
    )
    card = perftrack.score(table, policy=perftrack.Policy.central(as_of="2024-01-31"))
    assert card.verdicts[0].attainment.value == "unknown"


@pytest.mark.parametrize(
    ("serial", "value", "text"),
    [
        ("0.5", dt.time(8, 30), "12:00:00"),  # a time format: a time of day, as before
        ("0", dt.time(8, 30), "00:00:00"),
        ("1", None, "1900-01-01"),  # day one: a date
    ],
)
def test_a_time_cell_below_day_one_is_a_time(serial: str, value: object, text: str) -> None:
    (table,) = perftrack.read(_dated(serial, value), name="表.xlsx")
    assert not [f for f in table.findings if f.id.startswith("malformed")]
    (sheet,) = _xlsx.read_xlsx(_dated(serial, value), file="表.xlsx")
    assert sheet.rows[2][4] == text


NESTED = "≥" + "(" * 5000 + "1" + ")" * 5000


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        (  # was the whole 10,001 characters, and 10,001 columns of marker
            NESTED,
            (
                "expected a number or a quality word after the operator\n"
                f"    ≥{'(' * 20}…{')' * 20}\n"
                f"     {'~' * 41}^"
            ),
        ),
        (
            "x" * 5000 + "≥80.00(%",
            f"unclosed bracket\n    …{'x' * 24}≥80.00(%\n    {' ' * 31}~~^",
        ),
        (  # a long span: its two ends
            "≥80.00(%" + "x" * 500,
            f"unclosed bracket\n    ≥80.00(%{'x' * 18}…{'x' * 20}\n    {' ' * 6}{'~' * 41}^",
        ),
        (  # up to 120 characters: whole, as before
            "x" * 112 + "≥80.00(%",
            f"unclosed bracket\n    {'x' * 112}≥80.00(%\n    {' ' * 118}~~^",
        ),
    ],
)
def test_a_long_cell_is_rendered_around_its_span(text: str, rendered: str) -> None:
    with pytest.raises(perftrack.ExpressionError) as caught:
        perftrack.parse_target(text)
    assert str(caught.value) == rendered
    assert caught.value.text == text  # the attribute keeps the cell whole


def test_a_long_malformed_target_finding_quotes_its_span() -> None:
    row = ["产出指标", "数量指标", "修缮面积", NESTED, "120平方米"]
    tsv = "".join("\t".join(map(str, r)) + "\n" for r in [*GRID[:2], row])
    (table,) = perftrack.read_text(tsv, name="表.txt")
    (finding,) = [f for f in table.findings if f.id == "malformed-target"]
    assert finding.message == str(
        perftrack.ExpressionError(
            "expected a number or a quality word after the operator", NESTED, (1, 10002)
        )
    )
    assert len(finding.message) < 200
    assert finding.where.cell == "D3"


HUGE = "1" + "0" * 40  # a 41-digit count: past Decimal's 28 digits of precision
HUGE_1 = HUGE[:-1] + "1"


@pytest.mark.parametrize(
    ("actual", "attainment", "explanation"),
    [
        (  # was 内部错误（InvalidOperation）: the total rounded with quantize in 28 digits
            f"线上{HUGE}人次、线下1人次，合计{HUGE}人次",
            "unknown",
            f"实际“线上{HUGE}人次、线下1人次，合计100000…（共97字）”不是数值，无法与年度指标比较",
        ),
        (  # was the same crash
            f"线上{HUGE}人次、线下1人次，合计{HUGE_1}人次",
            "met",
            f"实际{HUGE_1}人次，达到年度指标≥100人次",
        ),
        (  # was met, 实际10⁴⁰人次: 10⁴⁰ + 10000 summed in 28 digits is 10⁴⁰
            f"线上{HUGE}人次、线下1万人次，合计{HUGE}人次",
            "unknown",
            f"实际“线上{HUGE}人次、线下1万人次，合计10000…（共98字）”不是数值，无法与年度指标比较",
        ),
    ],
)
def test_counts_of_any_digits_are_summed_exactly(
    actual: str, attainment: str, explanation: str
) -> None:
    tsv = "".join(
        "\t".join(row) + "\n"
        for row in [*GRID[:2], ["产出指标", "数量指标", "培训人次", "≥100人次", actual]]
    )
    (table,) = perftrack.read_text(tsv, name="表.txt")
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
