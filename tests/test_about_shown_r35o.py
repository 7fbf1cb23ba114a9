"""``Indicator.about`` shown beyond the model and JSON (r35o).

r35k kept the text printed about a row that is none of its values (the 年度履职目标
column of a 部门整体 target table, a 跟踪表's 指标解释 and 评（扣）分标准) in
``Indicator.about``; nothing else showed it.

1. ``to_frame`` has an ``about`` column, a text column after ``deviation_reason``.
2. The reports: the text report prints it as a line under the row's explanation; the
   Markdown and HTML indicator tables add a 表中说明 column after 偏差原因分析/备注 when
   a table has some; the CSV and the XLSX sheet 指标 add 表中说明 last, after 核心指标,
   when an indicator of the report has some. A report without any is as before.
"""

from __future__ import annotations

import csv
import io
import re

import attrs
import pytest

import perftrack
from perftrack.frames import to_frame
from perftrack.report import scorecard_text
from perftrack.reports import render
from perftrack.reports._common import ROW_HEADERS

pd = pytest.importorskip("pandas")

Rows = tuple[tuple[str, ...], ...]


def _tsv(rows: Rows) -> bytes:
    return ("\n".join("\t".join(row) for row in rows) + "\n").encode()


GOAL1 = "年度履职目标：目标1：完成国土空间规划编制"
GOAL2 = "年度履职目标：目标2：开展土地执法"
DUTY_TABLE: Rows = (
    ("部门整体绩效目标表",),
    ("（2024年度）",),
    ("部门名称", "XX县自然资源局"),
    ("年度履职目标", "一级指标", "二级指标", "三级指标", "指标值", "权重"),
    (
        "目标1：完成国土空间规划编制",
        "产出指标",
        "数量指标",
        "完成乡镇国土空间规划数量",
        "≥12个",
        "15",
    ),
    ("", "产出指标", "质量指标", "规划审批通过率", "100%", "10"),
    ("目标2：开展土地执法", "效益指标", "社会效益指标", "违法用地查处率", "≥95%", "10"),
)
EXPLAINED = "指标解释：年内培训人次；评（扣）分标准：每少10人次扣1分"
TRACK_TABLE: Rows = (
    ("项目绩效跟踪表",),
    ("（2024年1-6月）",),
    ("项目名称", "某项目"),
    (
        "一级指标",
        "二级指标",
        "三级指标",
        "指标解释",
        "评（扣）分标准",
        "年度指标值",
        "1-6月实际完成值",
        "分值",
        "备注",
    ),
    (
        "产出指标",
        "数量指标",
        "培训人次",
        "年内培训人次",
        "每少10人次扣1分",
        "≥100人次",
        "60人次",
        "10",
        "进度正常",
    ),
    ("产出指标", "质量指标", "培训合格率", "", "", "≥95%", "96%", "10", ""),
)

FRAME_CASES = [
    (
        "duty goals, merged down",
        DUTY_TABLE,
        (
            ("完成乡镇国土空间规划数量", "", "", GOAL1, "D5"),
            ("规划审批通过率", "", "", GOAL1, "D6"),
            ("违法用地查处率", "", "", GOAL2, "D7"),
        ),
    ),
    (
        "跟踪表 explanation beside remarks",
        TRACK_TABLE,
        (
            ("培训人次", "进度正常", "", EXPLAINED, "C5"),
            ("培训合格率", "", "", "", "C6"),
        ),
    ),
]


@pytest.mark.parametrize("scored", [False, True], ids=["table", "scorecard"])
@pytest.mark.parametrize(
    ("rows", "expected"), [case[1:] for case in FRAME_CASES], ids=[case[0] for case in FRAME_CASES]
)
def test_frame_about_column(
    rows: Rows,
    expected: tuple[tuple[str, str, str, str, str], ...],
    scored: bool,  # noqa: FBT001 - a parameter of the test
) -> None:
    table = perftrack.read(_tsv(rows), name="表.tsv")[0]
    df = to_frame(perftrack.score(table) if scored else table)
    columns = list(df.columns)
    at = columns.index("about")
    assert columns[at - 2 : at + 2] == ["remarks", "deviation_reason", "about", "cell"]
    assert isinstance(df["about"].dtype, pd.StringDtype)
    got = tuple(
        tuple(row)
        for row in df[["name", "remarks", "deviation_reason", "about", "cell"]].values.tolist()
    )
    assert got == expected


def test_frame_about_empty_input_has_the_column() -> None:
    empty = to_frame([])
    assert "about" in empty.columns
    assert isinstance(empty["about"].dtype, pd.StringDtype)
    assert len(empty.columns) == 68


# -- 2. the reports ----------------------------------------------------------------------

# A 跟踪表 whose 指标解释 holds the characters each format escapes.
ESCAPED_TRACK: Rows = (
    *TRACK_TABLE[:4],
    (
        "产出指标",
        "数量指标",
        "培训人次",
        "年内培训<人次>|a&b",
        "每少10人次扣1分",
        "≥100人次",
        "60人次",
        "10",
        "进度正常",
    ),
    TRACK_TABLE[5],
)
ESCAPED = "指标解释：年内培训<人次>|a&b；评（扣）分标准：每少10人次扣1分"
SEED = "examples/000_7a0b2a9980fedb64.txt"


def _card(rows: Rows, name: str = "表.tsv") -> perftrack.Scorecard:
    return perftrack.score(perftrack.read(_tsv(rows), name=name)[0])


def _seed_cards() -> list[perftrack.Scorecard]:
    return [perftrack.score(table) for table in perftrack.read(SEED)]


TEXT_CASES = [
    (
        "duty goal under every row's explanation",
        DUTY_TABLE,
        [
            "   1 完成乡镇国土空间规划数量              ≥12个            —              – 不适用    —",
            "       目标表没有实际完成值",
            f"       {GOAL1}",
            "   2 规划审批通过率                        100%             —              – 不适用    —",
            "       目标表没有实际完成值",
            f"       {GOAL1}",
            "   3 违法用地查处率                        ≥95%             —              – 不适用    —",
            "       目标表没有实际完成值",
            f"       {GOAL2}",
        ],
    ),
    (
        "跟踪表: explanation and standard on the row that has them only",
        ESCAPED_TRACK,
        [
            "   1 培训人次                              ≥100人次         60人次         … 进行中    —",
            "       实际60人次，未达年度指标≥100人次，距年底尚有时间",
            f"       {ESCAPED}",
            "   2 培训合格率                            ≥95%             96%            ✓ 达成      —",
            "       实际96%，达到年度指标≥95%",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "expected"), [case[1:] for case in TEXT_CASES], ids=[case[0] for case in TEXT_CASES]
)
def test_text_report_about_line(rows: Rows, expected: list[str]) -> None:
    lines = scorecard_text(_card(rows)).splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("   1 "))
    assert lines[start : start + len(expected)] == expected
    assert not lines[start + len(expected)].startswith("      ")


def test_text_report_about_one_line() -> None:
    """An ``about`` with a line break is one line, as the 偏差原因 and 备注 lines are."""
    card = _card(DUTY_TABLE)
    table = card.table
    first = table.indicators[0]
    table = attrs.evolve(
        table, indicators=(attrs.evolve(first, about="年度履职目标：目标1：\n完成  规划"),)
    )
    lines = scorecard_text(perftrack.score(table)).splitlines()
    assert "       年度履职目标：目标1： 完成 规划" in lines


MARKDOWN_CASES = [
    (
        "duty goals: 表中说明 after 说明",
        DUTY_TABLE,
        [
            "| 序号 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 计划值 | 实际值 | 完成情况 | 进度 | 说明 | 表中说明 |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
            "| 1 | 产出指标 | 数量指标 | 完成乡镇国土空间规划数量 | ≥12个 |   |   | – 不适用 | – 不适用 | 目标表没有实际完成值 | 年度履职目标：目标1：完成国土空间规划编制 |",
            "| 2 | 产出指标 | 质量指标 | 规划审批通过率 | 100% |   |   | – 不适用 | – 不适用 | 目标表没有实际完成值 | 年度履职目标：目标1：完成国土空间规划编制 |",
            "| 3 | 效益指标 | 社会效益指标 | 违法用地查处率 | ≥95% |   |   | – 不适用 | – 不适用 | 目标表没有实际完成值 | 年度履职目标：目标2：开展土地执法 |",
        ],
    ),
    (
        "跟踪表: after 备注, escaped",
        ESCAPED_TRACK,
        [
            "| 序号 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 计划值 | 实际值 | 完成情况 | 进度 | 说明 | 备注 | 表中说明 |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
            "| 1 | 产出指标 | 数量指标 | 培训人次 | ≥100人次 |   | 60人次 | … 进行中 | – 不适用 | 实际60人次，未达年度指标≥100人次，距年底尚有时间 | 进度正常 | 指标解释：年内培训\\<人次\\>\\|a\\&b；评（扣）分标准：每少10人次扣1分 |",
            "| 2 | 产出指标 | 质量指标 | 培训合格率 | ≥95% |   | 96% | ✓ 达成 | – 不适用 | 实际96%，达到年度指标≥95% |   |   |",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [case[1:] for case in MARKDOWN_CASES],
    ids=[case[0] for case in MARKDOWN_CASES],
)
def test_markdown_about_column(rows: Rows, expected: list[str]) -> None:
    lines = render([_card(rows)], [], "markdown").splitlines()
    start = lines.index("### 指标") + 2
    assert lines[start : start + len(expected)] == expected
    assert lines[start + len(expected)] == ""


HTML_CASES = [
    (
        "duty goals",
        DUTY_TABLE,
        "<th>说明</th><th>表中说明</th></tr>",
        [
            ("目标表没有实际完成值", GOAL1),
            ("目标表没有实际完成值", GOAL1),
            ("目标表没有实际完成值", GOAL2),
        ],
    ),
    (
        "跟踪表: escaped",
        ESCAPED_TRACK,
        "<th>说明</th><th>备注</th><th>表中说明</th></tr>",
        [
            (
                "进度正常",
                "指标解释：年内培训&lt;人次&gt;|a&amp;b；评（扣）分标准：每少10人次扣1分",
            ),
            ("", ""),
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "header", "ends"),
    [case[1:] for case in HTML_CASES],
    ids=[case[0] for case in HTML_CASES],
)
def test_html_about_column(rows: Rows, header: str, ends: list[tuple[str, str]]) -> None:
    page = render([_card(rows)], [], "html")
    table = page.split("<h3>指标</h3>", 1)[1].split("</table>", 1)[0]
    head, body = table.split("</thead>", 1)
    assert head.endswith(header)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in body.split("</tr>")[:-1]]
    assert [tuple(row[-2:]) for row in cells] == ends


def _csv_lines(cards: list[perftrack.Scorecard], errors: list[dict[str, str]]) -> list[str]:
    text = render(cards, errors, "csv")
    assert text.startswith("\ufeff")
    return text[1:].split("\r\n")


def test_csv_about_last_column() -> None:
    lines = _csv_lines(
        [_card(ESCAPED_TRACK, "跟踪.tsv")], [{"file": "坏.xlsx", "message": "不是表格"}]
    )
    assert lines[0] == ",".join((*ROW_HEADERS, "表中说明"))
    assert lines[1:] == [
        (
            "跟踪.tsv,,1,,某项目,产出指标,数量指标,培训人次,≥100人次,,60人次,进行中,不适用,"
            "实际60人次，未达年度指标≥100人次，距年底尚有时间,,进度正常,,,10,,,,,,,,,,否,"
            f"{ESCAPED}"
        ),
        (
            "跟踪.tsv,,1,,某项目,产出指标,质量指标,培训合格率,≥95%,,96%,达成,不适用,"
            "实际96%，达到年度指标≥95%,,,,,10,,,,,,,,,,否,"
        ),
        "坏.xlsx,,,,,,,,,,,读取失败,,不是表格,,,,,,,,,,,,,,,,",
        "",
    ]


def test_csv_about_column_beside_a_table_without() -> None:
    """A table without ``about`` leaves the column empty when another table has some."""
    seed = _seed_cards()
    lines = _csv_lines([*seed, _card(DUTY_TABLE, "部门.tsv")], [])
    assert lines[0].endswith(",核心指标,表中说明")
    rows = list(csv.reader(line for line in lines[1:] if line))
    assert {len(row) for row in rows} == {len(ROW_HEADERS) + 1}
    assert [(row[0], row[-1]) for row in rows if row[-1]] == [
        ("部门.tsv", GOAL1),
        ("部门.tsv", GOAL1),
        ("部门.tsv", GOAL2),
    ]
    assert len(rows) == 27  # the seed's 24 rows, then the 3 of 部门.tsv


def test_xlsx_about_last_column() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = render([_card(DUTY_TABLE)], [], "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(data))["指标"]
    header = [cell.value for cell in sheet[1]]
    assert header == [*ROW_HEADERS, "表中说明"]
    assert [row[-1].value for row in sheet.iter_rows(min_row=2)] == [GOAL1, GOAL1, GOAL2]


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "review"])
def test_no_about_no_column(fmt: str) -> None:
    """The seed has no ``about``: no report names 表中说明, the CSV has its columns."""
    cards = _seed_cards()
    assert not any(i.about for card in cards for i in card.table.indicators)
    output = render(cards, [], fmt)
    assert "表中说明" not in output
    if fmt == "csv":
        assert output[1:].split("\r\n")[0] == ",".join(ROW_HEADERS)


def test_no_about_text_report_lines() -> None:
    """Without ``about`` the explanation is followed by the next row, as before."""
    lines = scorecard_text(_card(TRACK_TABLE)).splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("   2 "))
    assert lines[start : start + 2] == [
        "   2 培训合格率                            ≥95%             96%            ✓ 达成      —",
        "       实际96%，达到年度指标≥95%",
    ]
    assert lines[start + 2] == "  发现："
