"""Two grid columns of one role: a hidden one beside a visible one, two visible ones,
and a value header merged over two columns.

A worksheet keeps last year's 年度指标值 column hidden beside this year's: the
visible one is read (as an HTML page leaves ``display:none`` cells out). Two
visible columns of one value role keep the first and say so
(``grid-column-duplicate``). A 指标值 header merged over two columns reads a value
written in either, joining operator and value (``≥`` | ``1800公里``) and saying so
when the two cells cannot be told apart.
"""

from __future__ import annotations

import io

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import Table
from perftrack.readers import _xlsx
from perftrack.readers._xls import read_xls
from perftrack.readers._xlsx import read_xlsx
from perftrack.scoring import score

openpyxl = pytest.importorskip("openpyxl")

TITLE = "2024年度项目支出绩效运行监控表（1-6月）"
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "年度指标值", "1-6月完成值"]
HEADER += ["全年预计完成值", "偏差原因分析"]
# Column D: the targets first declared; column E: the targets after adjustment.
ROWS = [
    ["产出指标", "数量指标", "新增垃圾分类投放点", "≥600个", "≥450个", "300个", "460个", ""],
    [None, "质量指标", "生活垃圾无害化处理率", "100%", "≥98%", "98.6%", "99%", ""],
    ["效益指标", "生态效益指标", "可回收物回收利用率", "≥40%", "≥35%", "36%", "37%", ""],
]
FIRST = ["≥600(个)", "=100(%)", "≥40(%)"]
SECOND = ["≥450(个)", "≥98(%)", "≥35(%)"]
BOTH_VISIBLE = (
    "指标表头“年度指标值”（D3）与“年度指标值”（E3）同为指标值列，按前者读取，后者的内容未读入"
)


def workbook_bytes(hidden: str = "", rows: list[list[object]] | None = None) -> bytes:
    """The monitoring table on one sheet, the columns named in *hidden* (``"DE"``) hidden."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "目标调整后"
    for row in [[TITLE], ["项目名称", "城市生活垃圾分类处理"], HEADER, *(rows or ROWS)]:
        sheet.append(row)
    for letter in hidden:
        sheet.column_dimensions[letter].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def targets(table: Table) -> list[str]:
    return [str(indicator.target) for indicator in table.indicators]


def duplicate_notes(table: Table) -> list[tuple[str, str, str | None]]:
    return [
        (f.severity.value, f.message, f.where.cell if f.where else None)
        for f in table.findings
        if f.id == "grid-column-duplicate"
    ]


# ---------------------------------------------------------------------------
# Hidden columns reach the grid


@pytest.mark.parametrize("full_load", [False, True])
@pytest.mark.parametrize(
    ("hidden", "expected"),
    [("", frozenset()), ("D", frozenset({3})), ("BE", frozenset({1, 4}))],
)
def test_read_xlsx_names_the_hidden_columns(
    monkeypatch: pytest.MonkeyPatch, hidden: str, expected: frozenset[int], *, full_load: bool
) -> None:
    if full_load:
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    [sheet] = read_xlsx(workbook_bytes(hidden))
    assert sheet.hidden_columns == expected
    assert sheet.rows[2] == tuple(HEADER)  # hidden columns are read


def test_a_hidden_column_range_is_clipped_to_the_sheet() -> None:
    # <col min="5" max="16384" hidden="1"/>: every column from E on, of which the sheet
    # has four (E to H).
    data = workbook_bytes()
    with io.BytesIO(data) as stream:
        workbook = openpyxl.load_workbook(stream)
    sheet = workbook.active
    sheet.column_dimensions.group("E", "XFD", hidden=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    [read] = read_xlsx(buffer.getvalue())
    assert read.hidden_columns == frozenset({4, 5, 6, 7})


def test_read_xls_names_the_hidden_columns() -> None:
    xlwt = pytest.importorskip("xlwt")
    workbook = xlwt.Workbook(encoding="utf-8")
    worksheet = workbook.add_sheet("表1")
    for row_index, row in enumerate([HEADER, ROWS[0]]):
        for column_index, value in enumerate(row):
            if value:
                worksheet.write(row_index, column_index, value)
    worksheet.col(3).hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    [sheet] = read_xls(buffer.getvalue())
    assert sheet.hidden_columns == frozenset({3})


# ---------------------------------------------------------------------------
# Two columns of one role


@pytest.mark.parametrize("full_load", [False, True])
@pytest.mark.parametrize(
    ("hidden", "expected", "notes"),
    [
        # the stale column hidden: the visible, adjusted targets, nothing to say
        ("D", SECOND, []),
        # the other way round: still the visible one
        ("E", FIRST, []),
        # both visible: the first, as before, and a warning names both cells
        ("", FIRST, [("warning", BOTH_VISIBLE, "E3")]),
        # both hidden: as if both were visible
        ("DE", FIRST, [("warning", BOTH_VISIBLE, "E3")]),
        # another column hidden changes nothing
        ("H", FIRST, [("warning", BOTH_VISIBLE, "E3")]),
    ],
)
def test_a_visible_column_wins_over_a_hidden_one_of_the_same_role(
    monkeypatch: pytest.MonkeyPatch,
    hidden: str,
    expected: list[str],
    notes: list[tuple[str, str, str]],
    *,
    full_load: bool,
) -> None:
    if full_load:
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    [table] = perftrack.read(workbook_bytes(hidden), format="xlsx")
    assert targets(table) == expected
    assert duplicate_notes(table) == notes


def test_the_visible_targets_give_the_verdicts() -> None:
    # Against the hidden ≥600个, 460个 is behind and three reasons are missing; against
    # the visible ≥450个 every forecast meets its target.
    [table] = perftrack.read(workbook_bytes("D"), format="xlsx")
    ids = {finding.id for finding in score(table).findings}
    assert not ids & {"missing-deviation-reason", "missing-corrective-measures"}


def test_a_hidden_column_no_visible_one_competes_with_is_read() -> None:
    # Hidden columns are read: a hidden 全年预计完成值 column alone is the forecast.
    [table] = perftrack.read(workbook_bytes("DG"), format="xlsx")
    assert targets(table) == SECOND
    assert [str(indicator.forecast) for indicator in table.indicators] == [
        "460(个)",
        "99(%)",
        "37(%)",
    ]


def read(*rows: list[str] | str) -> Table:
    """The one table of the rows (a string is a one-cell row), read as text."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def self_table(header: list[str], row: list[str]) -> Table:
    return read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例项目"],
        ["一级指标", "二级指标", "三级指标", *header],
        ["产出指标", "数量指标", "培训人次", *row],
    )


@pytest.mark.parametrize(
    ("header", "row", "target", "actual", "message"),
    [
        (
            ["年度指标值", "年度指标值", "实际完成值"],
            ["≥100人次", "≥80人次", "90人次"],
            "≥100(人次)",
            "90(人次)",
            (
                "指标表头“年度指标值”（D3）与“年度指标值”（E3）同为指标值列，"
                "按前者读取，后者的内容未读入"
            ),
        ),
        (
            ["年度指标值", "实际完成值", "实际完成值"],
            ["≥100人次", "90人次", "120人次"],
            "≥100(人次)",
            "90(人次)",
            (
                "指标表头“实际完成值”（E3）与“实际完成值”（F3）同为实际完成值列，"
                "按前者读取，后者的内容未读入"
            ),
        ),
        (
            ["年度指标值", "实际完成值", "分值", "分值"],
            ["≥100人次", "90人次", "10", "20"],
            "≥100(人次)",
            "90(人次)",
            "指标表头“分值”（F3）与“分值”（G3）同为分值列，按前者读取，后者的内容未读入",
        ),
    ],
)
def test_two_visible_columns_of_one_role_keep_the_first_and_say_so(
    header: list[str], row: list[str], target: str, actual: str, message: str
) -> None:
    table = self_table(header, row)
    (indicator,) = table.indicators
    assert (str(indicator.target), str(indicator.actual)) == (target, actual)
    ((severity, text, _),) = duplicate_notes(table)
    assert (severity, text) == ("warning", message)


@pytest.mark.parametrize(
    ("header", "row", "target"),
    [
        # the adjusted target is read, the original left out knowingly
        (["年度指标值（调整前）", "年度指标值（调整后）"], ["≥100人次", "≥80人次"], "≥80(人次)"),
        (["原年度指标值", "年度指标值"], ["≥100人次", "≥80人次"], "≥80(人次)"),
        # last year's figure is a reference column, not a second 实际完成值
        (["年度指标值", "2023年实际完成值"], ["≥100人次", "70人次"], "≥100(人次)"),
        # two 偏差原因 columns add up; two 单位 columns are the target's and the actual's
        (["年度指标值", "偏差原因", "具体原因"], ["≥100人次", "经费", "延期"], "≥100(人次)"),
        (["指标值", "单位", "实际完成值", "单位"], ["≥100", "人次", "90", "人次"], "≥100(人次)"),
    ],
)
def test_columns_that_take_one_role_knowingly_are_not_noted(
    header: list[str], row: list[str], target: str
) -> None:
    table = self_table(header, row)
    assert targets(table) == [target]
    assert duplicate_notes(table) == []


# ---------------------------------------------------------------------------
# A value header merged over two columns

MERGED_HEADER = ["指标值", "", "实际完成值"]


@pytest.mark.parametrize(
    ("cells", "target", "notes"),
    [
        # the value in the merged header's second column: it was lost
        (["", "1800公里"], "=1800(公里)", []),
        (["1800公里", ""], "=1800(公里)", []),
        # operator and value, value and unit: joined as a sub-header joins them
        (["≥", "1800公里"], "≥1800(公里)", []),
        (["≥1800", "公里"], "≥1800(公里)", []),
        (["不低于", "95%"], "≥95(%)", []),
        # the same text in both columns: one value
        (["≥1800公里", "≥1800公里"], "≥1800(公里)", []),
        # two values: which one is meant cannot be told; both are kept, and said
        (
            ["≥1500公里", "1800公里"],
            "≥1500公里;1800公里",
            [
                (
                    "warning",
                    (
                        "指标“道路养护里程”的2格内容（D5“≥1500公里”、E5“1800公里”）同在合并表头"
                        "“指标值”（D3）下，无法判断哪一格是指标值，已合并读取为“≥1500公里；1800公里”"
                    ),
                    "E5",
                )
            ],
        ),
    ],
)
def test_a_value_under_a_merged_target_header_is_read(
    cells: list[str], target: str, notes: list[tuple[str, str, str]]
) -> None:
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例项目"],
        ["一级指标", "二级指标", "三级指标", *MERGED_HEADER],
        ["产出指标", "数量指标", "路灯维修数量", "≥120盏", "", "130盏"],
        ["产出指标", "数量指标", "道路养护里程", *cells, "1850公里"],
    )
    assert targets(table) == ["≥120(盏)", target]
    assert str(table.indicators[1].actual) == "1850(公里)"
    assert duplicate_notes(table) == notes


@pytest.mark.parametrize("full_load", [False, True])
def test_a_target_under_a_merged_xlsx_header_is_read(
    monkeypatch: pytest.MonkeyPatch, *, full_load: bool
) -> None:
    # 指标值 merged over D3:E3 and the target typed in E: read, no finding; the merged
    # header as the last column too (实际完成值 over F3:G3, the value in G).
    if full_load:
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    rows: list[list[object]] = [
        ["2024年度项目支出绩效自评表"],
        ["项目名称", "示例项目"],
        ["一级指标", "二级指标", "三级指标", "指标值", None, "实际完成值", None],
        ["产出指标", "数量指标", "道路养护里程", None, "1800公里", None, "1850公里"],
        ["产出指标", "质量指标", "验收合格率", "≥", "95%", "98%", None],
    ]
    data = xlsx_bytes({"表1": rows}, merges={"表1": ["D3:E3", "F3:G3"]})
    [table] = perftrack.read(data, format="xlsx")
    assert targets(table) == ["=1800(公里)", "≥95(%)"]
    assert [str(indicator.actual) for indicator in table.indicators] == ["1850(公里)", "98(%)"]
    assert duplicate_notes(table) == []
    assert not [f for f in table.findings if f.id == "layout-normalised"]


def test_a_sub_header_under_a_merged_target_header_still_names_the_columns() -> None:
    # 指标值 over 指标性质 | 数值 | 单位: the sub-header names each column, as before.
    table = read(
        "2024年度项目支出绩效自评表",
        ["项目名称", "示例项目"],
        ["一级指标", "二级指标", "三级指标", "指标值", "", "", "实际完成值"],
        ["", "", "", "指标性质", "数值", "单位", ""],
        ["产出指标", "数量指标", "道路养护里程", "≥", "1800", "公里", "1850公里"],
    )
    assert targets(table) == ["≥1800(公里)"]
    assert duplicate_notes(table) == []


def test_a_row_drifted_from_the_header_reads_no_merged_column() -> None:
    # Every header cell over two columns, one row's name a column right of the others'
    # (its values where they were): the cell after its actual is the 分值 column's, not
    # a second cell under 实际完成值.
    header = ["一级指标", "", "二级指标", "", "三级指标", "", "年度指标值", "", "实际完成值", ""]
    table = read(
        "2023年度项目支出绩效自评表",
        ["项目名称", "", "城市公园绿地养护"],
        [*header, "分值", "得分"],
        ["产出指标", "", "数量指标", "", "养护绿地面积", "", "≥320万平方米", "", "325万平方米"],
        ["", "", "质量指标", "", "", "绿地养护考核合格率", "", "≥95%", "", "96%", "15"],
    )
    assert [str(indicator.actual) for indicator in table.indicators] == [
        "325(万平方米)",
        "96(%)",
    ]
    assert duplicate_notes(table) == []


# ---------------------------------------------------------------------------
# regress15 W6: the visible column wins only when it holds values

MONITOR_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值"]
MONITOR_HEADER += ["1-6月实际完成值（复核）", "偏差原因", "完成目标可能性"]


def monitor_bytes(hidden: str, reviewed: tuple[object, object]) -> bytes:
    """A 1-6月 monitoring sheet: column E filled, column F (复核) holding *reviewed*."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    rows = [
        ["2024年1-6月项目支出绩效运行监控表"],
        ["项目名称", "垃圾分类"],
        MONITOR_HEADER,
        ["产出指标", "数量指标", "新增投放点", "≥450个", "300个", reviewed[0], None, "确定能"],
        ["产出指标", "质量指标", "无害化处理率", "≥98%", "98.6%", reviewed[1], None, "确定能"],
    ]
    for row in rows:
        sheet.append(row)
    for letter in hidden:
        sheet.column_dimensions[letter].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


HIDDEN_READ = (
    "指标表头“1-6月实际完成值（复核）”（F3）列为空，"
    "已读取隐藏列“1-6月实际完成值”（E3）的内容，请核对"
)


@pytest.mark.parametrize("full_load", [False, True])
@pytest.mark.parametrize(
    ("hidden", "reviewed", "actuals", "notes"),
    [
        # the visible column empty, the hidden one filled: the hidden one, said
        ("E", (None, None), ["300(个)", "98.6(%)"], [("warning", HIDDEN_READ, "E3")]),
        # one value in the visible column: it wins, as before (the other row is empty)
        ("E", ("310个", None), ["310(个)", "None"], []),
        # the visible column filled: it wins, nothing said
        ("E", ("310个", "98.7%"), ["310(个)", "98.7(%)"], []),
        # the visible E filled, the hidden F empty: E, nothing said
        ("F", (None, None), ["300(个)", "98.6(%)"], []),
    ],
)
def test_an_empty_visible_column_gives_way_to_a_filled_hidden_one(  # noqa: PLR0913 - the case table
    monkeypatch: pytest.MonkeyPatch,
    hidden: str,
    reviewed: tuple[object, object],
    actuals: list[str],
    notes: list[tuple[str, str, str]],
    *,
    full_load: bool,
) -> None:
    if full_load:
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    [table] = perftrack.read(monitor_bytes(hidden, reviewed), format="xlsx")
    assert [str(indicator.actual) for indicator in table.indicators] == actuals
    assert duplicate_notes(table) == notes
    assert ("missing-actual" in {f.id for f in score(table).findings}) == ("None" in actuals)


# ---------------------------------------------------------------------------
# regress15 W11: columns that measure something else are no duplicates


@pytest.mark.parametrize(
    ("header", "row", "target", "actual"),
    [
        # a rate of completion beside the value, either way round: the value
        (
            ["年度指标值", "1-6月完成值", "实际完成率"],
            ["≥300个", "120个", "40%"],
            "≥300(个)",
            "120(个)",
        ),
        (
            ["年度指标值", "实际完成率", "实际完成值"],
            ["≥300个", "40%", "120个"],
            "≥300(个)",
            "120(个)",
        ),
        (
            ["年度指标值", "实际完成值", "完成比例"],
            ["≥300个", "120个", "40%"],
            "≥300(个)",
            "120(个)",
        ),
        # a figure summed over the years after the period's
        (
            ["年度指标值", "跟踪期实际完成值", "累计完成值"],
            ["≥40公里", "25公里", "52公里"],
            "≥40(公里)",
            "25(公里)",
        ),
        # the other years of a rolling table
        (
            ["年度指标值", "2026年指标值", "2027年指标值", "实际完成值"],
            ["≥2.4万人次", "≥2.5万人次", "≥2.6万人次", "2.5万人次"],
            "≥2.4(万人次)",
            "2.5(万人次)",
        ),
    ],
)
def test_columns_that_measure_something_else_are_not_noted(
    header: list[str], row: list[str], target: str, actual: str
) -> None:
    table = self_table(header, row)
    (indicator,) = table.indicators
    assert (str(indicator.target), str(indicator.actual)) == (target, actual)
    assert duplicate_notes(table) == []


# regress17 W2: a filled 累计完成值 beside a period column empty in every row is read

NAMES = ("新建面积", "验收合格率")
CUMULATIVE_HEADER = ["年度指标值", "1-6月完成值", "累计完成值", "偏差原因分析"]
CUMULATIVE_READ = (
    "指标表头“1-6月完成值”（E3）列为空，已读取“累计完成值”（F3）的内容作为实际完成值，请核对"
)


def monitor_table(header: list[str], *rows: list[str]) -> Table:
    return read(
        "2024年1-6月项目支出绩效运行监控表",
        ["项目名称", "高标准农田建设"],
        ["一级指标", "二级指标", "三级指标", *header],
        *(["产出指标", "数量指标", name, *row] for name, row in zip(NAMES, rows, strict=False)),
    )


@pytest.mark.parametrize(
    ("header", "rows", "actuals", "notes"),
    [
        # the period column empty in every row: the 累计 figures are the actual, said
        (
            CUMULATIVE_HEADER,
            [["≥2万亩", "", "1.2万亩", ""], ["≥95%", "", "98%", ""]],
            ["1.2(万亩)", "98(%)"],
            [CUMULATIVE_READ],
        ),
        # one period value: the period column wins, the 累计 one another measure
        (
            CUMULATIVE_HEADER,
            [["≥2万亩", "0.8万亩", "1.2万亩", ""], ["≥95%", "", "98%", ""]],
            ["0.8(万亩)", "None"],
            [],
        ),
        # both empty: nothing to read instead, nothing said
        (
            CUMULATIVE_HEADER,
            [["≥2万亩", "", "", "未开工"], ["≥95%", "", "", "未验收"]],
            ["None", "None"],
            [],
        ),
        # the period column filled: read, as before
        (
            ["年度指标值", "跟踪期实际完成值", "累计完成值"],
            [["≥40公里", "25公里", "52公里"]],
            ["25(公里)"],
            [],
        ),
        # a rate after an empty value column is no actual: not read
        (
            ["年度指标值", "1-6月完成值", "实际完成率"],
            [["≥300个", "", "40%"]],
            ["None"],
            [],
        ),
    ],
)
def test_an_empty_period_column_gives_way_to_a_filled_cumulative_one(
    header: list[str], rows: list[list[str]], actuals: list[str], notes: list[str]
) -> None:
    table = monitor_table(header, *rows)
    assert [str(indicator.actual) for indicator in table.indicators] == actuals
    assert [(severity, text) for severity, text, _ in duplicate_notes(table)] == [
        ("warning", note) for note in notes
    ]
    assert [cell for _, _, cell in duplicate_notes(table)] == ["F3"] * len(notes)


def test_two_rates_or_two_cumulative_columns_are_still_noted() -> None:
    table = self_table(["年度指标值", "实际完成率", "实际完成率（%）"], ["≥300个", "40%", "41%"])
    assert [str(indicator.actual) for indicator in table.indicators] == ["40(%)"]
    assert [text for _, text, _ in duplicate_notes(table)] == [
        (
            "指标表头“实际完成率”（E3）与“实际完成率（%）”（F3）同为实际完成值列，按前者读取，"
            "后者的内容未读入"
        )
    ]
    table = self_table(["年度指标值", "累计完成值", "累计完成值"], ["≥300个", "120个", "130个"])
    assert [str(indicator.actual) for indicator in table.indicators] == ["120(个)"]
    assert len(duplicate_notes(table)) == 1


@pytest.mark.parametrize(
    ("title", "period"),
    [
        # undated: the 指标值 no year heads is the year before those named after it
        ("项目支出绩效目标表", ("2025-01", "2025-12")),
        # dated: the title's year
        ("2025年度项目支出绩效目标表", ("2025-01", "2025-12")),
    ],
)
def test_a_rolling_table_with_an_unnamed_year_column(title: str, period: tuple[str, str]) -> None:
    table = read(
        title,
        ["项目名称", "示例"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "年度指标值",
            "2026年指标值",
            "2027年指标值",
        ],
        ["产出指标", "数量指标", "培训人次", "≥", "2.4万人次", "2.5万人次", "2.6万人次"],
    )
    assert targets(table) == ["≥2.4(万人次)"]
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == period
    assert duplicate_notes(table) == []
