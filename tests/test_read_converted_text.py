"""Tables whose text came through a PDF converter or was re-typed (read12, e2e15).

The characters a PDF font substitutes for common ones (Kangxi radicals, CJK
compatibility ideographs, simplified radical forms), invisible characters inside
header words, angle brackets for ``<``/``>``, letter-spaced digits and letters for
digits: each table here is written in code, once plainly and once damaged, and the
damaged one must read (and score) as the plain one does.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import docx_bytes, xlsx_bytes
from perftrack import DateValue, Quantity

# What a PDF font gives for these characters when text is copied or converted out of
# it: a Kangxi radical (U+2F00–U+2FD5), a simplified radical form (U+2E80–U+2EF3) or
# a CJK compatibility ideograph (U+F900–U+FAD9). Written out here, independently of
# the reader's own table.
PDF_GLYPHS = {
    "一": "\u2f00",
    "二": "\u2f06",
    "人": "\u2f08",
    "力": "\u2f12",
    "十": "\u2f17",
    "口": "\u2f1d",
    "大": "\u2f24",
    "子": "\u2f26",
    "小": "\u2f29",
    "工": "\u2f2f",
    "心": "\u2f3c",
    "户": "\u2f3e",
    "支": "\u2f40",
    "文": "\u2f42",
    "方": "\u2f45",
    "日": "\u2f47",
    "月": "\u2f49",
    "水": "\u2f54",
    "生": "\u2f63",
    "用": "\u2f64",
    "目": "\u2f6c",
    "立": "\u2f74",
    "自": "\u2f83",
    "行": "\u2f8f",
    "言": "\u2f94",
    "里": "\u2fa5",
    "金": "\u2fa6",
    "食": "\u2fb7",
    "高": "\u2fbc",
    "长": "\u2ed3",
    "门": "\u2ed4",
    "车": "\u2ecb",
    "见": "\u2ec5",
    "马": "\u2ee2",
    "黄": "\u2ee9",
    "西": "\u2ec4",
    "年": "\uf98e",
    "度": "\ufa01",
    "率": "\uf961",
    "量": "\uf97e",
    "不": "\uf967",
    "利": "\uf9dd",
    "理": "\uf9e4",
}


def as_pdf(text: str) -> str:
    """*text* as a PDF export gives it, every character of :data:`PDF_GLYPHS` swapped."""
    return "".join(PDF_GLYPHS.get(char, char) for char in text)


HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因",
]

# An education 自评表: a late deadline, a miss, a satisfaction row, a signature row.
ROWS = [
    ["2024年度项目支出绩效自评表"],
    ["（2024年度）"],
    ["项目名称", "义务教育学生营养改善计划", "", "", "", "", "", ""],
    ["主管部门", "某县教育局", "", "", "实施单位", "某县学生资助管理中心", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "500", "500", "480", "10", "96%", "9.6"],
    HEADER,
    ["产出指标", "数量指标", "受益学生人数", "≥12000人", "12460人", "10", "10", ""],
    ["", "质量指标", "食品安全抽检合格率", "100%", "98%", "10", "8", "个别批次不合格"],
    [
        "",
        "时效指标",
        "学校食堂改造完成时间",
        "2024年12月底前完成",
        "2025年3月完成",
        "10",
        "6",
        "施工延误",
    ],
    ["", "成本指标", "生均补助标准", "≤5元", "5元", "10", "10", ""],
    ["效益指标", "社会效益指标", "学生营养健康状况", "明显改善", "明显改善", "20", "20", ""],
    ["", "可持续影响指标", "供餐管理长效机制", "健全", "健全", "10", "10", ""],
    ["满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "93%", "10", "10", ""],
    ["总分", "", "", "", "", "100", "93.6", ""],
    ["填表人：王丽", "", "联系电话：0571-12345678", "", "填报日期：2025年1月10日", "", "", ""],
]


def read_rows(rows: list[list[str]]) -> perftrack.Table:
    lines = ["\t".join(row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def read_xlsx_rows(rows: list[list[str]]) -> perftrack.Table:
    (table,) = perftrack.read(xlsx_bytes({"自评表": rows}))
    return table


def summary(table: perftrack.Table) -> tuple[object, ...]:
    """What a table says, cell positions and raw texts aside."""
    return (
        table.title,
        table.kind,
        table.period,
        table.project,
        table.budget,
        tuple(
            (
                indicator.name,
                indicator.level1,
                indicator.level2,
                str(indicator.target),
                str(indicator.actual),
                indicator.weight,
                indicator.published_points,
                indicator.deviation_reason,
            )
            for indicator in table.indicators
        ),
        table.published,
    )


def total(table: perftrack.Table) -> Decimal | None:
    points = perftrack.score(table).points
    return None if points is None else points.total


def verdicts(table: perftrack.Table) -> list[str]:
    return [verdict.attainment.value for verdict in perftrack.score(table).verdicts]


# ---------------------------------------------------------------------------
# read12 H1: substituted characters, in every cell


@pytest.mark.parametrize("reader", [read_rows, read_xlsx_rows], ids=["tsv", "xlsx"])
def test_a_table_in_pdf_glyphs_reads_as_the_plain_one(reader) -> None:
    plain = reader(ROWS)
    damaged = reader([[as_pdf(cell) for cell in row] for row in ROWS])
    assert any(as_pdf(cell) != cell for row in ROWS for cell in row)  # the table was damaged
    assert summary(damaged) == summary(plain)
    assert damaged.project.name == "义务教育学生营养改善计划"
    assert damaged.project.department == "某县教育局"
    assert [indicator.name for indicator in damaged.indicators][-1] == "学生及家长满意度"
    assert total(damaged) == total(plain)
    assert verdicts(damaged) == verdicts(plain)
    assert "not_met" in verdicts(damaged)  # the late 食堂改造 is judged, not unknown
    assert [f.code for f in damaged.findings] == [f.code for f in plain.findings]


def test_the_objects_keep_the_read_text() -> None:
    """The reader folds the substitutes on the way in: the objects hold the read text.

    As a Symbol-font character is read as the check box it shows, a Kangxi radical is
    the character it shows; the cell's position still names where it came from.
    """
    table = read_rows([[as_pdf(cell) for cell in row] for row in ROWS])
    first = table.indicators[0]
    assert first.name == "受益学生人数"
    assert first.target is not None
    assert first.target.text == "≥12000人"
    assert first.actual is not None
    assert first.actual.text == "12460人"
    assert first.weight == Decimal(10)


@pytest.mark.parametrize(
    ("glyph", "ordinary"),
    [
        ("\u2f3e", "户"),  # NFKC gives 戶; a simplified font draws the radical as 户
        ("\u2fad", "青"),  # NFKC gives 靑
        ("\u2ed4", "门"),  # no NFKC mapping: the reader's table
        ("\u2e9f", "母"),  # NFKC
        ("\u2eeb", "\u2eeb"),  # a Japanese form, no character of simplified text: kept
        ("①", "①"),  # outside the three blocks: kept
    ],
)
def test_single_substitutes(glyph: str, ordinary: str) -> None:
    table = read_rows(
        [
            ["项目支出绩效自评表"],
            ["（2024年度）"],
            ["项目名称", "示例"],
            HEADER[:7],
            ["产出指标", "数量指标", f"受益{glyph}数", "≥300户", "320户", "100", "100"],
        ]
    )
    assert table.indicators[0].name == f"受益{ordinary}数"


def test_a_repeated_word_header_in_pdf_glyphs_is_a_header() -> None:
    """A Word table converted from a PDF, its header repeated on page 2 (read12 d04)."""
    grid = [
        HEADER[:7],
        ["产出指标", "数量指标", "森林抚育面积", "≥3.2万亩", "3.35万亩", "30", "30"],
        ["", "时效指标", "抚育作业完成时间", "2024年11月底前", "2024年11月", "20", "20"],
        HEADER[:7],
        ["效益指标", "生态效益指标", "森林覆盖率", "≥62.5%", "62.8%", "30", "30"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "95%", "20", "20"],
    ]
    blocks: list[str | list[list[str]]] = [
        "2024年度项目支出绩效自评表",
        "项目名称：森林抚育和造林补助",
    ]
    (plain,) = perftrack.read(docx_bytes([*blocks, grid]))
    (damaged,) = perftrack.read(
        docx_bytes([as_pdf(block) for block in blocks] + [[[as_pdf(c) for c in r] for r in grid]])
    )
    names = ["森林抚育面积", "抚育作业完成时间", "森林覆盖率", "林农满意度"]
    assert [indicator.name for indicator in damaged.indicators] == names
    assert summary(damaged) == summary(plain)
    assert verdicts(damaged) == ["met"] * 4


def test_the_readers_own_header_and_title_tests_fold_too() -> None:
    """The Word and HTML readers ask of raw texts whether they are a title or a header."""
    from perftrack.readers._grid import (  # noqa: PLC0415
        is_grid_header_row,
        is_title_text,
        names_grid_columns,
    )

    assert is_title_text(as_pdf("2024年度项目支出绩效自评表"))
    assert is_grid_header_row([as_pdf(word) for word in HEADER])
    assert names_grid_columns([as_pdf(word) for word in HEADER[:3]])
    assert is_grid_header_row(["一级\u00ad指标", "二级指标", "三级指标", "年度指标\u00ad值"])


def test_an_html_page_in_pdf_glyphs() -> None:
    rows = [row for row in ROWS if len(row) > 1]
    body = "".join(
        "<tr>" + "".join(f"<td>{as_pdf(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    page = f"<html><body><h3>{as_pdf(ROWS[0][0])}</h3><p>（2024年度）</p><table>{body}</table></body></html>"
    (damaged,) = perftrack.read_text(page, format="html")
    plain_body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    plain_page = f"<html><body><h3>{ROWS[0][0]}</h3><p>（2024年度）</p><table>{plain_body}</table></body></html>"
    (plain,) = perftrack.read_text(plain_page, format="html")
    assert summary(damaged) == summary(plain)
    assert damaged.title == "2024年度项目支出绩效自评表"


# ---------------------------------------------------------------------------
# read12 M2: invisible characters inside header words


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
@pytest.mark.parametrize("at", [1, -1], ids=["after-first", "before-last"])
@pytest.mark.parametrize("column", range(len(HEADER)))
def test_an_invisible_character_inside_a_header_word(invisible: str, at: int, column: int) -> None:
    """``年度指标\u00ad值``, ``分\u200b值``, ``得\u200b分``: the column is found (read12 M2)."""
    header = list(HEADER)
    word = header[column]
    header[column] = word[:at] + invisible + word[at:]
    rows = [header if row is HEADER else row for row in ROWS]
    assert summary(read_rows(rows)) == summary(read_rows(ROWS))


def test_soft_hyphens_in_labels_and_names() -> None:
    rows = [
        [cell.replace("指标", "指\u00ad标").replace("项目", "项\u200b目") for cell in row]
        for row in ROWS
    ]
    assert summary(read_rows(rows)) == summary(read_rows(ROWS))


# ---------------------------------------------------------------------------
# read12 H7 and M1: angle brackets and damaged digits in a table


def _health(*indicators: list[str]) -> perftrack.Table:
    return read_rows(
        [
            ["2024年度项目支出绩效自评表"],
            ["（2024年度）"],
            ["项目名称", "基本公共卫生服务项目"],
            HEADER[:7],
            *indicators,
        ]
    )


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        ("〈10/10万", "12/10万", "not_met"),  # was met: 〈 was a label on =10
        ("〈10/10万", "8/10万", "met"),
        ("〉90%", "88.5%", "not_met"),
        ("《=5%", "4%", "met"),
        ("≥1 2 0 0 0人", "1 1 3 5 0人", "not_met"),  # was unknown: prose
        ("≥9 5 %", "9 2 %", "not_met"),
        ("≥9O%", "1OO%", "met"),
        ("≥25%", "2l.3%", "not_met"),
        ("2 0 2 4年1 2月底前完成", "2 0 2 5年3月完成", "not_met"),
        ("≥200个", "2 1 6 个", "met"),
    ],
)
def test_damaged_values_are_judged(target: str, actual: str, attainment: str) -> None:
    table = _health(["产出指标", "数量指标", "示例指标", target, actual, "100", "100"])
    assert verdicts(table) == [attainment]


# ---------------------------------------------------------------------------
# e2e15 H2: a date of work done with a count


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment"),
    [
        ("项目完工时间", "2024年10月底前", "2024年12月完工1条", "not_met"),
        ("项目完工时间", "2024年10月底前", "2024年9月完成2处", "met"),
        ("项目完工时间", "2024年10月底前", "2024年9月（2处）", "met"),
        ("项目完工时间", "2024年10月底前", "2024年12月完工（1条）", "not_met"),
        ("项目完工时间", "2024年10月底前", "2处于2024年9月完工，1处未完工", "partial"),
        # the count still counts against a count
        ("文物修缮处数", "≥2处", "2024年9月完成2处", "met"),
        ("文物修缮处数", "≥3处", "2024年9月（2处）", "not_met"),
    ],
)
def test_dates_with_counts(name: str, target: str, actual: str, attainment: str) -> None:
    table = _health(["产出指标", "时效指标", name, target, actual, "100", "100"])
    assert verdicts(table) == [attainment]


def test_the_date_keeps_its_count() -> None:
    # r37k: the count carrying its date (it was the date 已于2024年12月完成, the count
    # only in the raw text); the deadline judges the date as before
    table = _health(
        ["产出指标", "时效指标", "项目完工时间", "2024年10月底前", "2024年12月完工1条", "100", "0"]
    )
    actual = table.indicators[0].actual
    assert str(actual) == "2024年12月完工1(条)"
    assert isinstance(actual, Quantity)
    assert actual.when == DateValue(2024, 12)
    assert actual.text == "2024年12月完工1条"
    assert total(table) == Decimal(0)


# ---------------------------------------------------------------------------
# e2e15 M5: degrees of work still going on


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        ("健全", "逐步完善", "partial"),
        ("健全", "持续完善", "partial"),
        ("健全", "不断健全", "partial"),
        ("健全", "日趋完善", "partial"),
        ("完善", "逐步完善", "partial"),
        ("健全", "进一步完善", "met"),
        ("逐步完善", "逐步完善", "met"),
        ("进一步完善", "持续完善", "met"),
        ("逐步提高", "逐步提高", "met"),
    ],
)
def test_degrees_of_work_going_on(target: str, actual: str, attainment: str) -> None:
    table = _health(["效益指标", "可持续影响指标", "管护机制", target, actual, "100", "100"])
    assert verdicts(table) == [attainment]
