"""Names that begin with a signature word or 项目名称; a budget total headed 年度资金总额 (read54, k30f).

H1: under merged level cells a 三级 name leads its row. A name that begins with a
signature word (审核意见采纳率, 联系电话接通率, 项目负责人到位率, 填报单位覆盖率) was
read as a signature row and dropped without a finding; it is an indicator when it
goes on past the word (no colon after it, no figure) and the row fills at least
two of the grid's value columns with no label among them. A signature row (the
word alone, with a colon and its value, beside other signature labels, or led by
the 一级 column) still ends the table and is no indicator.

H2: the same for 项目名称知晓率, which opened a phantom second table; 项目名称 as a
label (alone, with its value after a colon or in the next cell, 项目名称及代码) after
a grid still starts a new table.

H3, M1: a budget whose sources are columns, its total's column headed 年度资金总额
(the central 目标表's word) instead of 合计 or 资金总额, was lost: read transposed (amounts
as rows) or over one row of amounts as with 资金总额. Where 年度资金总额 is the year's
amount column (beside 中期资金总额) or a line's label beside its amount, as before.

L3: a .docx whose package python-docx trips on (``AttributeError … 'overrides'`` on a
[Content_Types].xml of no namespace) gave a message quoting that error: the message
now names the file and the broken part, or says the file is broken, and the library's
error is the ReadError's cause.

L1: numbering before a name (②, ⑵, 一、, (三), 2.1, 1.2.3) is removed as （1） and 1、
were, so that ②培训人次 and 培训人次 are one indicator across years; a figure that is
part of the name (2.1万亩…, 1.5公里…, 一、二级医院…, 12345热线…) stays.

Every table is built here: TSV text through :func:`perftrack.read_text`, and the
merged layouts as xlsx (openpyxl) and docx (python-docx) bytes.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import docx_bytes, replace_member, xlsx_bytes
from perftrack.cli import main

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _rows(name: str) -> list[list[str]]:
    """A 自评表 whose second indicator, *name*, has its level cells merged down."""
    return [
        ["2024年度项目支出绩效自评表", "", "", "", "", "", ""],
        ["项目名称", "统计调查专项经费", "", "", "", "", ""],
        _HEADER,
        ["产出指标", "数量指标", "调查样本户数", "≥3000户", "3100户", "20", "20"],
        ["", "", name, "≥90%", "95%", "20", "20"],
        ["", "质量指标", "数据差错率", "≤1%", "0.5%", "20", "20"],
        ["", "", "数据审核覆盖率", "100%", "100%", "20", "20"],
        ["满意度指标", "服务对象满意度指标", "调查对象满意度", "≥90%", "94%", "20", "20"],
        ["总分", "", "", "", "", "100", "100"],
    ]


def _tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(row).rstrip("\t") + "\n" for row in rows)


def _summary(table: perftrack.Table) -> list[tuple[str | None, str | None, str, str, str]]:
    return [
        (
            indicator.level1,
            indicator.level2,
            indicator.name,
            indicator.target.text if indicator.target is not None else "",
            indicator.actual.text if indicator.actual is not None else "",
        )
        for indicator in table.indicators
    ]


def _expected(name: str) -> list[tuple[str | None, str | None, str, str, str]]:
    return [
        ("产出指标", "数量指标", "调查样本户数", "≥3000户", "3100户"),
        ("产出指标", "数量指标", name, "≥90%", "95%"),
        ("产出指标", "质量指标", "数据差错率", "≤1%", "0.5%"),
        ("产出指标", "质量指标", "数据审核覆盖率", "100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "调查对象满意度", "≥90%", "94%"),
    ]


PAST_WORD_NAMES = [
    pytest.param("审核意见采纳率", id="review-opinion"),
    pytest.param("复核意见整改率", id="recheck-opinion"),
    pytest.param("主管部门审核意见落实率", id="department-opinion"),
    pytest.param("联系电话接通率", id="phone"),
    pytest.param("单位负责人到岗率", id="unit-head"),
    pytest.param("项目负责人到位率", id="project-head"),
    pytest.param("制表人培训人次", id="tabulator"),
    pytest.param("填报单位覆盖率", id="filing-unit"),
    pytest.param("填报人员培训人次", id="filer"),
    pytest.param("项目名称知晓率", id="project-name"),
    # neighbours that were read before: as they were
    pytest.param("填报及时率", id="filing-in-time"),
    pytest.param("审核及时率", id="review-in-time"),
    pytest.param("负责人培训率", id="head-trained"),
]


@pytest.mark.parametrize("name", PAST_WORD_NAMES)
def test_name_past_a_signature_word_is_an_indicator(name: str) -> None:
    [table] = perftrack.read_text(_tsv(_rows(name)))
    assert table.project.name == "统计调查专项经费"
    assert _summary(table) == _expected(name)
    assert table.published.total == 100
    assert [finding.id for finding in table.findings] == []


_MERGES = ["A4:A7", "B4:B5", "B6:B7"]


@pytest.mark.parametrize("name", ["审核意见采纳率", "联系电话接通率", "项目名称知晓率"])
def test_name_past_a_signature_word_in_merged_xlsx(name: str) -> None:
    data = xlsx_bytes({"自评表": _rows(name)}, merges={"自评表": _MERGES})
    [table] = perftrack.read(data, name="自评表.xlsx")
    assert _summary(table) == _expected(name)
    assert table.published.total == 100


@pytest.mark.parametrize("name", ["审核意见采纳率", "联系电话接通率", "项目名称知晓率"])
def test_name_past_a_signature_word_in_merged_docx(name: str) -> None:
    pytest.importorskip("docx")
    rows = _rows(name)
    # the title and the project's row as paragraphs, the grid as the Word table
    data = docx_bytes(
        [rows[0][0], "项目名称：统计调查专项经费", rows[2:]],
        merges={0: ["A2:A5", "B2:B3", "B4:B5"]},
    )
    [table] = perftrack.read(data, name="自评表.docx")
    assert _summary(table) == _expected(name)
    assert table.published.total == 100


_TWO = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "统计调查专项经费"],
    _HEADER,
    ["产出指标", "数量指标", "调查样本户数", "≥3000户", "3100户", "50", "50"],
    ["满意度指标", "服务对象满意度指标", "调查对象满意度", "≥90%", "94%", "50", "50"],
]
_SECOND = [
    _HEADER,
    ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "100", "100"],
]

# rows after the grid → (the first table's implementer, its total); every one of
# them adds no indicator to the first table
SIGNATURE_ROWS = [
    pytest.param(
        [["填表人：张三", "", "联系电话：13800000000", "", "填报日期：2024年1月5日"]],
        (None, None),
        id="signatures-in-level-column",
    ),
    pytest.param(
        [["", "", "填表人", "张三", "联系电话", "13800000000"]],
        (None, None),
        id="labels-in-name-column",
    ),
    pytest.param(
        [["", "", "填表人 张三", "联系电话 13800000000", "填报日期 2024年1月5日"]],
        (None, None),
        id="label-and-value-with-space",
    ),
    pytest.param([["", "", "审核意见", "同意"]], (None, None), id="opinion-then-value"),
    pytest.param(
        [["", "", "审核意见：经审核，执行进度总体正常"]], (None, None), id="opinion-with-colon"
    ),
    pytest.param(
        [["", "", "填报单位：某局", "填报日期：2024-01-05"]], ("某局", None), id="filing-unit"
    ),
    pytest.param(
        [
            ["总分", "", "", "", "", "100", "100"],
            ["填报单位（盖章）：某局", "", "", "填报日期：2024年1月5日"],
        ],
        ("某局", 100),
        id="total-then-filing-unit",
    ),
    pytest.param(
        [["", "", "单位负责人王五", "", "项目负责人李四"]], (None, None), id="heads-without-colon"
    ),
]


@pytest.mark.parametrize(("tail", "expected"), SIGNATURE_ROWS)
def test_signature_rows_still_end_the_table(
    tail: list[list[str]], expected: tuple[str | None, int | None]
) -> None:
    [table] = perftrack.read_text(_tsv(_TWO + tail))
    assert [indicator.name for indicator in table.indicators] == ["调查样本户数", "调查对象满意度"]
    assert (table.project.implementer, table.published.total) == expected


# a project's name row after the grid → the second table's project name
PROJECT_ROWS = [
    pytest.param(["项目名称", "第二个项目"], "第二个项目", id="label-then-value"),
    pytest.param(
        ["", "", "项目名称：第二个项目", "≥1", "1", "1"], "第二个项目", id="label-colon-value"
    ),
    pytest.param(
        ["项目名称及代码", "第二个项目", "主管部门", "某局"], "第二个项目", id="label-with-suffix"
    ),
]


@pytest.mark.parametrize(("row", "expected"), PROJECT_ROWS)
def test_project_name_row_still_starts_a_table(row: list[str], expected: str) -> None:
    first, second = perftrack.read_text(_tsv([*_TWO, row, *_SECOND]))
    assert [indicator.name for indicator in first.indicators] == ["调查样本户数", "调查对象满意度"]
    assert second.project.name == expected
    assert [indicator.name for indicator in second.indicators] == ["培训人次"]


# ---------------------------------------------------------------------------
# H3, M1: the total's column of a budget printed in columns headed 年度资金总额

_TRACKING_HEAD = [
    ["2025年度项目支出绩效跟踪表"],
    ["跟踪时段：2025年1月至9月"],
    ["项目名称", "乡村振兴示范村建设"],
]
_TRACKING_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月实际完成值", "偏差原因分析"],
    ["产出指标", "数量指标", "示范村建设数量", "≥10个", "7个"],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "92%"],
]


def _transposed(total: str) -> list[list[str]]:
    return [
        ["预算执行情况（万元）", total, "其中：财政拨款", "其他资金"],
        ["年初预算数", "3000", "2800", "200"],
        ["全年预算数", "3100", "2900", "200"],
        ["1-9月执行数", "2170", "2030", "140"],
        ["执行率", "70.00%", "70.00%", "70.00%"],
    ]


def _lines(table: perftrack.Table) -> list[tuple[object, ...]]:
    return [
        (line.role.value, line.source, line.initial, line.period_budget, line.executed, line.rate)
        for line in table.budget
    ]


@pytest.mark.parametrize("total", ["合计", "资金总额", "年度资金总额", "年度资金合计"])
def test_transposed_budget_with_any_total_label(total: str) -> None:
    [table] = perftrack.read_text(_tsv([*_TRACKING_HEAD, *_transposed(total), *_TRACKING_GRID]))
    assert _lines(table) == [
        ("total", total, 3000, 3100, 2170, 70),
        ("appropriation", "其中：财政拨款", 2800, 2900, 2030, 70),
        ("other", "其他资金", 200, 200, 140, 70),
    ]
    assert [finding.id for finding in table.findings] == []
    found = [finding.id for finding in perftrack.score(table).findings]
    assert "budget-behind-schedule" in found
    assert "budget-adjusted" in found


def test_transposed_budget_with_an_unknown_row_is_noted_whole() -> None:
    rows = _transposed("年度资金总额")
    rows[2][0] = "拨付到县数"
    [table] = perftrack.read_text(_tsv([*_TRACKING_HEAD, *rows, *_TRACKING_GRID]))
    assert table.budget == ()
    assert [(finding.id, finding.message) for finding in table.findings] == [
        (
            "budget-line-unread",
            (
                "预算“预算执行情况（万元）”按列列示资金来源、按行列示金额（“年初预算数”），"
                "未能读入，不核对各项合计"
            ),
        )
    ]


_TARGET_HEAD = [["2025年度项目支出绩效目标申报表"], ["项目名称", "图书馆数字资源采购"]]
_TARGET_GRID = [
    ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
    ["产出指标", "数量指标", "采购数据库数量", "≥5个", "50"],
    ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "50"],
]


def _initial(table: perftrack.Table) -> list[tuple[str, str, object]]:
    return [(line.role.value, line.source, line.initial) for line in table.budget]


# the label row over one row of amounts → the lines (role, source, initial)
SOURCE_COLUMNS = [
    pytest.param(
        ["资金总额", "财政拨款", "其他资金"],
        [("total", "资金总额", 120), ("appropriation", "财政拨款", 100), ("other", "其他资金", 20)],
        id="total-as-before",
    ),
    pytest.param(
        ["年度资金总额", "财政拨款", "其他资金"],
        [
            ("total", "年度资金总额", 120),
            ("appropriation", "财政拨款", 100),
            ("other", "其他资金", 20),
        ],
        id="year-total",
    ),
    pytest.param(
        ["年度资金总额", "其中：财政拨款", "其他资金"],
        [
            ("total", "年度资金总额", 120),
            ("appropriation", "其中：财政拨款", 100),
            ("other", "其他资金", 20),
        ],
        id="year-total-of-which",
    ),
]


@pytest.mark.parametrize(("labels", "expected"), SOURCE_COLUMNS)
def test_target_budget_sources_as_columns(
    labels: list[str], expected: list[tuple[str, str, int]]
) -> None:
    block = [["项目资金（万元）", *labels], ["", "120", "100", "20"]]
    [table] = perftrack.read_text(_tsv([*_TARGET_HEAD, *block, *_TARGET_GRID]))
    assert _initial(table) == expected
    assert [finding.id for finding in table.findings] == []


# neighbours where 年度资金总额 is the year's amount column or a line's label: as before
YEAR_TOTAL_AS_BEFORE = [
    pytest.param(
        [["项目资金（万元）", "年度资金总额", "中期资金总额"], ["", "120", "600"]],
        [("total", "项目资金（万元）", 120)],
        id="beside-the-midterm-column",
    ),
    pytest.param(
        [
            ["项目资金（万元）", "年度资金总额", "2160"],
            ["", "其中：财政拨款", "2000"],
            ["", "其他资金", "160"],
        ],
        [
            ("total", "年度资金总额", 2160),
            ("appropriation", "其中：财政拨款", 2000),
            ("other", "其他资金", 160),
        ],
        id="a-line-with-its-amount",
    ),
]


@pytest.mark.parametrize(("block", "expected"), YEAR_TOTAL_AS_BEFORE)
def test_year_total_column_elsewhere_as_before(
    block: list[list[str]], expected: list[tuple[str, str, int]]
) -> None:
    [table] = perftrack.read_text(_tsv([*_TARGET_HEAD, *block, *_TARGET_GRID]))
    assert _initial(table) == expected
    assert [finding.id for finding in table.findings] == []


_YEAR_TOTAL_COLUMNS = [
    *_TARGET_HEAD,
    ["项目资金（万元）", "年度资金总额", "其中：财政拨款", "其他资金"],
    ["", "120", "100", "20"],
    *_TARGET_GRID,
]
_YEAR_TOTAL_LINES = [
    ("total", "年度资金总额", 120),
    ("appropriation", "其中：财政拨款", 100),
    ("other", "其他资金", 20),
]


def test_year_total_columns_in_xlsx() -> None:
    rows: list[list[object]] = [list(row) for row in _YEAR_TOTAL_COLUMNS]
    rows[3] = ["", 120, 100, 20]  # numbers, as Excel keeps them
    data = xlsx_bytes({"目标表": rows}, merges={"目标表": ["A3:A4"]})
    [table] = perftrack.read(data, name="目标表.xlsx")
    assert _initial(table) == _YEAR_TOTAL_LINES


def test_year_total_columns_in_docx() -> None:
    pytest.importorskip("docx")
    width = 5
    rows = [[*row, *[""] * (width - len(row))] for row in _YEAR_TOTAL_COLUMNS[1:]]
    data = docx_bytes([_YEAR_TOTAL_COLUMNS[0][0], rows], merges={0: ["A2:A3"]})
    [table] = perftrack.read(data, name="目标表.docx")
    assert _initial(table) == _YEAR_TOTAL_LINES


# ---------------------------------------------------------------------------
# M1: a target table's sources printed as pairs of a label and its amount

_PAIR_LINES = [
    ("total", "年度资金总额", 120),
    ("appropriation", "其中：财政拨款", 100),
    ("other", "其他资金", 20),
]

# the block's rows → its lines (role, source, initial); no finding
PAIRS = [
    pytest.param(
        [["项目资金（万元）", "年度资金总额", "120", "其中：财政拨款", "100", "其他资金", "20"]],
        _PAIR_LINES,
        id="pairs-on-one-row",
    ),
    pytest.param(
        [["项目资金（万元）", "年度资金总额：120", "", "其中：财政拨款：100", "", "其他资金：20"]],
        _PAIR_LINES,
        id="label-and-amount-in-one-cell",
    ),
    pytest.param(
        [
            ["项目资金（万元）", "年度资金总额：", "120"],
            ["", "其中：财政拨款", "100", "其他资金", "20"],
        ],
        _PAIR_LINES,
        id="total-then-sources-on-the-next-row",
    ),
    pytest.param(
        [
            ["项目资金（万元）", "年度资金总额：120"],
            ["", "其中：财政拨款：100"],
            ["", "其他资金：20"],
        ],
        _PAIR_LINES,
        id="one-cell-per-row",
    ),
    pytest.param(
        [["项目资金（万元）", "年度资金总额：120"]],
        [("total", "年度资金总额", 120)],
        id="total-alone-in-one-cell",
    ),
]


@pytest.mark.parametrize(("block", "expected"), PAIRS)
def test_budget_pairs(block: list[list[str]], expected: list[tuple[str, str, int]]) -> None:
    [table] = perftrack.read_text(_tsv([*_TARGET_HEAD, *block, *_TARGET_GRID]))
    assert _initial(table) == expected
    assert [finding.id for finding in table.findings] == []


# neighbours: not pairs of a source and an amount, read as before
NOT_PAIRS = [
    pytest.param(
        ["年度资金总额", "120", "100", "20"],
        "预算行“年度资金总额”有3个金额（120、100、20），无表头列说明哪个是年度预算，金额未读入",
        id="amounts-with-no-labels",
    ),
    pytest.param(
        ["年度资金总额", "120", "银行贷款", "20"],
        "预算行“年度资金总额”有2个金额（120、20），无表头列说明哪个是年度预算，金额未读入",
        id="an-unknown-source",
    ),
]


@pytest.mark.parametrize(("cells", "message"), NOT_PAIRS)
def test_not_budget_pairs_as_before(cells: list[str], message: str) -> None:
    block = [["项目资金（万元）", *cells]]
    [table] = perftrack.read_text(_tsv([*_TARGET_HEAD, *block, *_TARGET_GRID]))
    assert _initial(table) == [("total", "年度资金总额", None)]
    assert [(finding.id, finding.message) for finding in table.findings] == [
        ("budget-line-unread", message)
    ]


def test_a_rate_is_no_source_but_the_totals_rate() -> None:
    """年度资金总额 | 120 | 执行率 | 95%: the rate is no source, it is the total's rate.

    Pinned unread here before r39j (budget-line-unread); 执行率 names its amount's column as
    年初预算数 | 200 | 执行率 | 90% does (r39e), so the row is the total line.
    """
    block = [["项目资金（万元）", "年度资金总额", "120", "执行率", "95%"]]
    [table] = perftrack.read_text(_tsv([*_TARGET_HEAD, *block, *_TARGET_GRID]))
    assert [(line.source, line.initial, line.rate) for line in table.budget] == [
        ("年度资金总额", 120, 95)
    ]
    assert [finding.id for finding in table.findings] == []


def test_midterm_halves_as_before() -> None:
    block = [
        ["项目资金（万元）", "中期资金总额", "600", "年度资金总额", "120"],
        ["", "其中：财政拨款", "500", "其中：财政拨款", "100"],
    ]
    [table] = perftrack.read_text(_tsv([*_TARGET_HEAD, *block, *_TARGET_GRID]))
    assert [(line.source, line.initial, line.midterm) for line in table.budget] == [
        ("年度资金总额", 120, 600),
        ("其中：财政拨款", 100, 500),
    ]


_PAIRS_ROW = ["项目资金（万元）", "年度资金总额", "120", "其中：财政拨款", "100", "其他资金", "20"]


def test_budget_pairs_in_xlsx() -> None:
    pairs: list[object] = [
        "项目资金（万元）",
        "年度资金总额",
        120,
        "其中：财政拨款",
        100,
        "其他资金",
        20,
    ]
    rows: list[list[object]] = [*_TARGET_HEAD, pairs, *_TARGET_GRID]
    [table] = perftrack.read(xlsx_bytes({"目标表": rows}), name="目标表.xlsx")
    assert _initial(table) == _PAIR_LINES


def test_budget_pairs_in_docx() -> None:
    pytest.importorskip("docx")
    width = len(_PAIRS_ROW)
    rows = [_TARGET_HEAD[1], _PAIRS_ROW, *_TARGET_GRID]
    grid = [[*row, *[""] * (width - len(row))] for row in rows]
    data = docx_bytes([_TARGET_HEAD[0][0], grid])
    [table] = perftrack.read(data, name="目标表.docx")
    assert _initial(table) == _PAIR_LINES


# ---------------------------------------------------------------------------
# L3: a broken .docx: a perftrack message, the library's error chained


def _broken_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>broken")
    return buffer.getvalue()


def _no_namespace_types() -> bytes:
    pytest.importorskip("docx")
    return replace_member(docx_bytes(["标题"]), "[Content_Types].xml", "<Types/>")


BROKEN_DOCX = [
    pytest.param(
        _broken_docx,
        "坏.docx: 无法读取 docx 文件（文件已损坏或不完整）："
        "部件 word/document.xml 第 1 行第 1 列有 XML 错误（未声明的命名空间前缀）",
        id="broken-document-xml",
    ),
    pytest.param(
        _no_namespace_types,
        "坏.docx: 无法读取 docx 文件（文件已损坏或格式不对）："
        "文件结构不是 Word 文档应有的，请在 Word 或 WPS 中打开后另存为 .docx 再试",
        id="content-types-of-no-namespace",
    ),
]


@pytest.mark.parametrize(("build", "message"), BROKEN_DOCX)
def test_broken_docx_message(build: Callable[[], bytes], message: str) -> None:
    pytest.importorskip("docx")
    with pytest.raises(perftrack.ReadError) as excinfo:
        perftrack.read(build(), name="坏.docx")
    assert str(excinfo.value) == message
    assert isinstance(excinfo.value.__cause__, AttributeError)  # python-docx's, kept


def test_broken_docx_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("docx")
    path = tmp_path / "坏.docx"
    path.write_bytes(_no_namespace_types())
    assert main(["read", str(path)]) == 2
    err = capsys.readouterr().err
    assert "坏.docx: 无法读取 docx 文件（文件已损坏或格式不对）" in err
    assert "Error" not in err


# ---------------------------------------------------------------------------
# L1: numbering before a name

# the name cell → the indicator's name
NUMBERED_NAMES = [
    pytest.param("（1）培训人次", "培训人次", id="bracketed-figure-as-before"),
    pytest.param("1、培训人次", "培训人次", id="figure-and-comma-as-before"),
    pytest.param("②培训人次", "培训人次", id="circled"),
    pytest.param("⑵培训人次", "培训人次", id="bracketed-one-character"),
    pytest.param("一、培训人次", "培训人次", id="chinese-numeral"),
    pytest.param("(三)培训人次", "培训人次", id="bracketed-chinese-numeral"),
    pytest.param("（三）培训人次", "培训人次", id="full-width-brackets"),
    pytest.param("2.1培训人次", "培训人次", id="outline"),
    pytest.param("1.2.3 培训人次", "培训人次", id="outline-three-levels"),
    pytest.param("★2.1培训人次", "培训人次", id="core-outline"),
    # a figure that is part of the name: kept
    pytest.param("2.1万亩高标准农田建设", "2.1万亩高标准农田建设", id="figure-and-unit"),
    pytest.param("1.5公里道路硬化", "1.5公里道路硬化", id="figure-and-known-unit"),
    pytest.param("3.5人次培训", "3.5人次培训", id="figure-and-measure-word"),
    pytest.param("一、二级医院覆盖率", "一、二级医院覆盖率", id="two-numerals"),
    pytest.param("12345热线接通率", "12345热线接通率", id="hotline"),
    pytest.param("5G基站建设数", "5G基站建设数", id="5g"),
]


@pytest.mark.parametrize(("cell", "name"), NUMBERED_NAMES)
def test_numbering_before_a_name(cell: str, name: str) -> None:
    rows = [
        ["2024年度项目支出绩效自评表"],
        ["项目名称", "甲"],
        _HEADER,
        ["产出指标", "数量指标", cell, "≥100", "120", "100", "100"],
    ]
    [table] = perftrack.read_text(_tsv(rows))
    assert [indicator.name for indicator in table.indicators] == [name]
    assert table.indicators[0].core is cell.startswith("★")
