"""Header rows, locales and headings the reader misread (review rounds read13 and e2e18).

- A 栏次 row under the grid or budget header (``栏次 | | | 1 | 2 | 3``, ``甲 | 乙 | 丙 |
  1 | 2``, ``5=4/3``) numbers the columns: part of the header, no indicator.
- The central 自评表's header led by ``绩效指标`` printed again (Word's repeated header
  row, a split HTML table) is a repeat, no indicator 三级指标.
- A ``;``-separated CSV in a decimal-comma locale (``9,33``, ``92,00%``,
  ``1.850.000,00``) reads its figures with the comma as the point; elsewhere a comma
  not followed by three digits is refused (``malformed-points``), no 933 points.
- ``TRUE``/``FALSE`` in a CSV or text export read ``是``/``否``, as xlsx booleans do.
- The year of a report's or a portal article's heading (…绩效自评结果公开,
  关于2024年度项目绩效自评情况的公示) is the year of the tables under it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Table

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
ROWS = [
    ["产出指标", "数量指标", "购置DR设备台数", "=6台", "6台", "40", "40", ""],
    ["效益指标", "社会效益指标", "影像检查开展率", "≥90%", "92%", "40", "40", ""],
    ["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "93%", "20", "20", ""],
]
NAMES = ["购置DR设备台数", "影像检查开展率", "患者满意度"]


def read(rows: list[list[str]]) -> Table:
    [table] = perftrack.read_text("\n".join("\t".join(row) for row in rows) + "\n")
    return table


def ids(table: Table) -> list[str]:
    return [finding.id for finding in table.findings]


# ---------------------------------------------------------------------------
# H4: a 栏次 row under the grid header


@pytest.mark.parametrize(
    "numbers",
    [
        ["栏次", "", "", "1", "2", "3", "4", "5"],
        ["行次", "", "", "1", "2", "3", "4", "5"],
        ["甲", "乙", "丙", "1", "2", "3", "4", "5"],
        ["栏次", "", "", "1", "2", "3", "4", "5=4/3"],
        ["甲", "乙", "丙", "1", "2", "3", "4", "5=4/3"],
        ["1", "2", "3", "4", "5", "6", "7", "8"],  # numbers only: read so before too
    ],
)
def test_column_numbers_under_the_grid_header_are_header(numbers: list[str]) -> None:
    table = read([["2024年度项目支出绩效自评表"], ["项目名称", "设备购置"], HEADER, numbers, *ROWS])
    assert [indicator.name for indicator in table.indicators] == NAMES
    assert sum(indicator.weight or 0 for indicator in table.indicators) == 100
    assert not {"weights-not-100", "points-over-maximum", "exceeds-target"} & set(ids(table))


@pytest.mark.parametrize(
    "row",
    [
        # numbers not in sequence, a word among them: an indicator as before
        ["产出指标", "数量指标", "栏次", "1", "3", "40", "40", ""],
        ["甲", "", "", "1", "3", "5", "", ""],
    ],
)
def test_rows_that_number_no_columns_stay_rows(row: list[str]) -> None:
    table = read([["2024年度项目支出绩效自评表"], ["项目名称", "设备购置"], HEADER, row, *ROWS])
    assert len(table.indicators) == 4


def test_column_numbers_under_the_budget_header_are_no_budget_line() -> None:
    table = read(
        [
            ["2024年度项目支出绩效自评表"],
            ["项目名称", "设备购置"],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["栏次", "1", "2", "3", "4=3/2"],
            ["年度资金总额", "100", "100", "95", "95%"],
            HEADER,
            *ROWS,
        ]
    )
    assert "budget-line-unread" not in ids(table)
    assert [(line.source, line.executed) for line in table.budget] == [
        ("年度资金总额", Decimal(95))
    ]


# ---------------------------------------------------------------------------
# e2e18 H1: the 绩效指标-led header of the central 自评表, printed again

LED = [
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因",
]


@pytest.mark.parametrize("label", ["", "绩效指标"])
@pytest.mark.parametrize("repeated", [LED, ["绩效指标", *LED[1:]]])
def test_a_repeated_header_led_by_its_label_column_is_no_indicator(
    label: str, repeated: list[str]
) -> None:
    rows = [[label, *row] for row in ROWS]
    table = read(
        [
            ["2024年度项目支出绩效自评表"],
            ["项目名称", "设备购置"],
            LED,
            rows[0],
            repeated,
            *rows[1:],
        ]
    )
    assert [indicator.name for indicator in table.indicators] == NAMES
    assert "target-not-measurable" not in ids(table)


def test_a_repeated_led_header_in_split_html_tables_is_no_indicator() -> None:
    def table_html(rows: list[list[str]]) -> str:
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table>{body}</table>"

    rows = [["", *row] for row in ROWS]
    html = (
        "<html><body><p>2024年度项目支出绩效自评表</p>"
        + table_html([["项目名称", "设备购置"], LED, rows[0]])
        + table_html([LED, *rows[1:]])
        + "</body></html>"
    )
    [table] = perftrack.read(html.encode("utf-8"), format="html")
    assert [indicator.name for indicator in table.indicators] == NAMES


# ---------------------------------------------------------------------------
# M2: decimal commas

SEMICOLON_ROWS = [
    "2024年度项目支出绩效自评表;;;;;;",
    "项目名称;图书馆免费开放;;;;;",
    "项目资金（元）;年初预算数;全年预算数;全年执行数;分值;执行率;得分",
    "年度资金总额;1.850.000,00;1.850.000,00;1.702.000,00;10;92,00%;9,20",
    "一级指标;二级指标;三级指标;年度指标值;实际完成值;分值;得分",
    "产出指标;数量指标;年接待读者人次;≥45万人次;47,6万人次;30;30",
    ";数量指标;举办讲座场次;≥120场;112;30;9,33",
    ";质量指标;文献外借率;≥85%;88,5%;30;30",
    "总分;;;;;100;78,53",
]


@pytest.mark.parametrize(
    ("head", "encoding"),
    [("sep=;\n", "utf-8-sig"), ("", "gb18030"), ("", "utf-8")],
)
def test_a_semicolon_csv_reads_decimal_commas(head: str, encoding: str) -> None:
    data = (head + "\n".join(SEMICOLON_ROWS) + "\n").encode(encoding)
    [table] = perftrack.read(data, format="csv")
    [line] = table.budget
    assert (line.initial, line.executed, line.rate, line.published_points) == (
        Decimal("1850000.00"),
        Decimal("1702000.00"),
        Decimal("92.00"),
        Decimal("9.20"),
    )
    assert [i.actual.text for i in table.indicators] == ["47.6万人次", "112", "88.5%"]
    assert [i.published_points for i in table.indicators] == [
        Decimal(30),
        Decimal("9.33"),
        Decimal(30),
    ]
    assert table.published.total == Decimal("78.53")
    assert "malformed-amount" not in ids(table)


def test_a_semicolon_csv_with_decimal_points_is_read_as_written() -> None:
    rows = [
        "项目支出绩效自评表",
        "项目名称;示例",
        "项目资金（元）;年初预算数;全年执行数;执行率",
        "年度资金总额;1,850,000.00;1,702,000.00;92.00%",
        "一级指标;二级指标;三级指标;年度指标值;实际完成值;分值;得分",
        "产出指标;数量指标;场次;≥120场;1,200;50;9.5",
    ]
    [table] = perftrack.read(("\n".join(rows) + "\n").encode(), format="csv")
    assert table.budget[0].initial == Decimal("1850000.00")
    assert table.indicators[0].actual.text == "1,200"
    assert table.indicators[0].published_points == Decimal("9.5")


@pytest.mark.parametrize(
    ("cells", "decimal"),
    [
        (
            ("9,33", "92,00%", "1.850.000,00", "47,6万人次"),
            ("9.33", "92.00%", "1850000.00", "47.6万人次"),
        ),
        (("1.850", "0,5"), ("1850", "0.5")),
        (("1,850", "2024.12.31"), ("1,850", "2024.12.31")),  # no cell shows the locale
        (("1,850.00", "9,33"), ("1,850.00", "9,33")),  # a cell shows the other one
    ],
)
def test_decimal_points(cells: tuple[str, ...], decimal: tuple[str, ...]) -> None:
    from perftrack.readers._csv import decimal_points  # noqa: PLC0415

    assert decimal_points([cells]) == [decimal]


@pytest.mark.parametrize(
    ("points", "total", "expected"),
    [
        ("9,33", "89,33", ["得分“9,33”", "总分“89,33”"]),
        ("9,5", "1,234", ["得分“9,5”"]),  # 1,234: a grouped figure, no finding
        ("9.33", "89.33", []),
    ],
)
def test_a_decimal_comma_elsewhere_is_refused(points: str, total: str, expected: list[str]) -> None:
    table = read(
        [
            ["2024年度项目支出绩效自评表"],
            ["项目名称", "设备购置"],
            HEADER[:7],
            ["产出指标", "数量指标", "购置DR设备台数", "=6台", "6台", "80", "80"],
            ["", "质量指标", "验收合格率", "=100%", "100%", "20", points],
            ["总分", "", "", "", "", "100", total],
        ]
    )
    said = [f.message.split("不是数字")[0] for f in table.findings if f.id == "malformed-points"]
    assert sorted(said) == sorted(expected)
    assert table.indicators[1].published_points == (Decimal(points) if "," not in points else None)


def test_rate_with_a_decimal_comma_is_refused_in_a_tab_file() -> None:
    table = read(
        [
            ["2024年度项目支出绩效自评表"],
            ["项目名称", "设备购置"],
            ["项目资金（万元）", "年初预算数", "全年执行数", "执行率"],
            ["年度资金总额", "100", "92", "92,00%"],
            HEADER,
            *ROWS,
        ]
    )
    assert table.budget[0].rate is None
    assert any(f.id == "malformed-amount" and "92,00%" in f.message for f in table.findings)


# ---------------------------------------------------------------------------
# M3: Excel's booleans in CSV and text

BOOLEAN_ROWS = [
    ["2024年度项目支出绩效自评表"],
    ["项目名称", "图书馆免费开放"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
    ["产出指标", "时效指标", "免费开放时间是否达标", "是", "TRUE"],
    ["", "时效指标", "平台全年无故障", "是", "FALSE"],
    ["", "质量指标", "备注写法", "是", "True"],
]


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_excel_booleans_read_yes_and_no(separator: str) -> None:
    text = "\n".join(separator.join(row) for row in BOOLEAN_ROWS) + "\n"
    data = text.encode("gbk")
    [table] = perftrack.read(data, format="text" if separator == "\t" else "csv")
    # exactly TRUE/FALSE, as Excel writes them; True is typed text
    assert [i.actual.text for i in table.indicators] == ["是", "否", "True"]


# ---------------------------------------------------------------------------
# e2e18 H2: the year of a report's or an article's heading

GRID = "".join(
    "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
    for row in [["项目名称", "农村公路养护"], HEADER, *ROWS]
)


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        ("某市2024年度市级部门项目绩效自评结果汇总公开", 2024),
        ("2024年度项目支出绩效自评结果公开", 2024),
        ("某县交通运输局关于2024年度项目绩效自评情况的公示", 2024),
        ("某县交通运输局2023年度项目支出绩效自评报告", 2023),
        # no 绩效: no evaluation's heading, its year goes to no table under it (the
        # first table's year comes from the rows above its title, as before)
        ("2024年度部门决算公开", None),
        ("关于2024年度项目绩效自评工作的通知要求", None),
    ],
)
def test_the_year_of_the_heading_above_the_tables(heading: str, year: int | None) -> None:
    tables = [
        f"<p>附表{n}：某县交通运输局项目支出绩效自评表</p><table>{GRID}</table>" for n in (1, 2, 3)
    ]
    html = f"<html><body><h2>{heading}</h2><p>现将有关情况公开如下。</p>{''.join(tables)}</body></html>"
    read = perftrack.read(html.encode("utf-8"), format="html")
    assert [table.year for table in read][1:] == [year] * 2
    if year is not None:
        assert read[0].year == year


def test_a_table_year_of_its_own_wins_over_the_heading() -> None:
    own = "<p>附表2：某县项目支出绩效自评表（2023年度）</p>"
    html = (
        "<html><body><h2>某市2024年度项目绩效自评结果公开</h2>"
        f"<p>附表1：某县项目支出绩效自评表</p><table>{GRID}</table>"
        f"{own}<table>{GRID}</table></body></html>"
    )
    assert [t.year for t in perftrack.read(html.encode("utf-8"), format="html")] == [2024, 2023]
