"""formats29: European-locale CSV dates, labels parted by spaces, PDF text, unread periods.

Fixtures are built here from content written for the tests: a small 跟踪表 and a
small 自评表 exported as a ``;`` CSV of a decimal-comma Excel, as TSV, as one-cell
text rows, as Word paragraphs and as ``pdftotext -layout`` text.
"""

from __future__ import annotations

import unicodedata

import pytest

import perftrack
from fixtures_office import docx_bytes
from perftrack.model import Period, Project, YearMonth

GRID_HEADER = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "跟踪期计划完成值",
    "跟踪期实际完成值",
)
GRID = (
    ("产出指标", "数量指标", "新建服务站", "≥8个", "4", "3"),
    ("产出指标", "质量指标", "验收合格率", "≥95%", "95%", "96,5%"),
    ("效益指标", "社会效益指标", "服务老人人次", "≥1.200人次", "600人次", "650人次"),
)


def tracking_csv(period: tuple[str, ...], budget_rate: str = "35,00%") -> str:
    """A 跟踪表 as a decimal-comma Excel writes it: ``sep=;``, ``1.250,00``, ``96,5%``."""
    rows = [
        ("财政项目支出绩效跟踪表",),
        ("跟踪时段", *period),
        ("项目名称", "社区居家养老服务中心建设"),
        ("项目资金（万元）", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率"),
        ("年度资金总额", "1.250,00", "860,00", "301,00", budget_rate),
        GRID_HEADER,
        *GRID,
    ]
    return "sep=;\n" + "\n".join(";".join(row) for row in rows) + "\n"


def self_csv(actual: str) -> str:
    """A 自评表 as a decimal-comma Excel writes it, with a deadline indicator."""
    rows = [
        ("2025年度项目支出绩效自评表",),
        ("项目名称", "农村生活污水治理提升工程"),
        ("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"),
        ("年度资金总额", "1.250,00", "1.180,00", "1.132,80", "96,00%"),
        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
        ("产出指标", "数量指标", "新建污水处理站", "≥12座", "12座"),
        ("产出指标", "时效指标", "工程完工时间", "2025年10月31日前", actual),
        ("产出指标", "数量指标", "铺设管网长度", "≥1,5公里", "1,6公里"),
    ]
    return "sep=;\n" + "\n".join(";".join(row) for row in rows) + "\n"


def read_one(text: str, fmt: str) -> perftrack.Table:
    (table,) = perftrack.read_text(text, format=fmt)
    return table


def finding_ids(table: perftrack.Table) -> list[str]:
    return [finding.id for finding in table.findings]


# --- H1: dd.mm.yyyy in a decimal-comma CSV ----------------------------------------


@pytest.mark.parametrize(
    ("text", "period", "attainments", "unread_ids"),
    [
        pytest.param(
            tracking_csv(("01.01.2025", "至", "30.06.2025")),
            Period(YearMonth(2025, 1), YearMonth(2025, 6)),
            ["behind", "on_track", "on_track"],
            [],
            id="eu-dates-three-cells",
        ),
        pytest.param(
            tracking_csv(("01.01.2025", "30.06.2025")),
            Period(YearMonth(2025, 1), YearMonth(2025, 6)),
            ["behind", "on_track", "on_track"],
            [],
            id="eu-dates-two-cells",
        ),
        pytest.param(
            # a comma locale's figures, no decimal comma: 01.01.2025 is no date it reads
            tracking_csv(("01.01.2025", "至", "30.06.2025"), "35.00%")
            .replace("1.250,00", "1250.00")
            .replace("860,00", "860.00")
            .replace("301,00", "301.00")
            .replace("96,5%", "96.5%"),
            None,
            None,
            ["period-unread"],
            id="point-locale-not-rewritten",
        ),
    ],
)
def test_eu_locale_period(
    text: str, period: Period | None, attainments: list[str] | None, unread_ids: list[str]
) -> None:
    table = read_one(text, "csv")
    assert table.period == period
    assert [i for i in finding_ids(table) if i == "period-unread"] == unread_ids
    if attainments is not None:
        progress = [verdict.progress.value for verdict in perftrack.score(table).verdicts]
        assert progress == attainments
        assert "budget-behind-schedule" in [f.id for f in perftrack.score(table).findings]


@pytest.mark.parametrize(
    ("actual", "attainment", "actual_text"),
    [
        pytest.param("28.10.2025", "met", "2025-10-28", id="eu-date-before-deadline"),
        pytest.param("05.11.2025", "not_met", "2025-11-05", id="eu-date-after-deadline"),
        pytest.param("31.13.2025", "unknown", "31.13.2025", id="no-such-month-kept"),
    ],
)
def test_eu_locale_actual_date(actual: str, attainment: str, actual_text: str) -> None:
    table = read_one(self_csv(actual), "csv")
    deadline = table.indicators[1]
    assert deadline.name == "工程完工时间"
    assert deadline.actual.text == actual_text  # type: ignore[union-attr]
    verdicts = perftrack.score(table).verdicts
    assert verdicts[1].attainment.value == attainment
    # the locale's figures still read: 1,5公里 is 1.5, not a date
    assert str(table.indicators[2].target.value) == "1.5"  # type: ignore[union-attr]


# --- H2: a label and its value parted by spaces ----------------------------------


def header_lines(name_line: str, units_line: str) -> list[str]:
    return ["财政项目支出绩效跟踪表", name_line, units_line]


PROJECT = Project(
    name="社区居家养老服务中心建设", department="某县民政局", implementer="某县养老服务指导中心"
)


def as_tsv(lines: list[str]) -> str:
    grid = ["\t".join(GRID_HEADER), *("\t".join(row) for row in GRID)]
    return "\n".join([*lines, *grid]) + "\n"


def as_docx(lines: list[str]) -> bytes:
    return docx_bytes([*lines, [list(GRID_HEADER), *map(list, GRID)]])


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            header_lines(
                "项目名称　　社区居家养老服务中心建设",
                "主管部门　某县民政局　　实施单位　某县养老服务指导中心",
            ),
            PROJECT,
            id="full-width-spaces",
        ),
        pytest.param(
            header_lines(
                "项目名称    社区居家养老服务中心建设",
                "主管部门  某县民政局      实施单位  某县养老服务指导中心",
            ),
            PROJECT,
            id="ascii-spaces",
        ),
        pytest.param(
            header_lines(
                "项目名称：社区居家养老服务中心建设",
                "主管部门：某县民政局　　实施单位：某县养老服务指导中心",
            ),
            PROJECT,
            id="colons-control",
        ),
        pytest.param(
            header_lines("项目名称 社区居家养老服务中心建设", "主管部门 某县民政局"),
            Project(name="项目名称 社区居家养老服务中心建设", department="主管部门 某县民政局"),
            id="one-space-unchanged",
        ),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "docx"])
def test_spaced_field_labels(lines: list[str], expected: Project, fmt: str) -> None:
    if fmt == "docx":
        pytest.importorskip("docx")
        (table,) = perftrack.read(as_docx(lines))
    else:
        table = read_one(as_tsv(lines), "text")
    assert table.project == expected


# --- M1: text copied from a PDF, columns aligned by spaces ------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pdf_text(rows: list[tuple[str, ...]]) -> str:
    """Rows laid out as ``pdftotext -layout`` prints a table: columns padded by spaces."""
    width = max(map(len, rows))
    widths = [max(_width(row[c]) if c < len(row) else 0 for row in rows) + 3 for c in range(width)]
    lines = []
    for row in rows:
        line = "".join(cell + " " * (widths[c] - _width(cell)) for c, cell in enumerate(row))
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


PDF_ROWS = [
    ("财政项目支出绩效跟踪表",),
    ("跟踪时段", "2025年1月", "至", "2025年6月"),
    ("项目名称", "社区居家养老服务中心建设"),
    GRID_HEADER,
    ("产出指标", "数量指标", "新建服务站", "≥8个", "4", "3"),
    ("", "质量指标", "验收合格率", "≥95%", "95%", "96.5%"),
    ("效益指标", "社会效益指标", "服务老人人次", "≥1200人次", "600人次", "650人次"),
]


@pytest.mark.parametrize(
    ("text", "names", "level1"),
    [
        pytest.param(
            pdf_text(PDF_ROWS),
            ["新建服务站", "验收合格率", "服务老人人次"],
            ["产出指标", "产出指标", "效益指标"],
            id="space-aligned",
        ),
        pytest.param(
            pdf_text(PDF_ROWS).replace("    ", "　　"),
            ["新建服务站", "验收合格率", "服务老人人次"],
            ["产出指标", "产出指标", "效益指标"],
            id="full-width-spaces",
        ),
    ],
)
def test_pdf_text_columns(text: str, names: list[str], level1: list[str]) -> None:
    table = read_one(text, "text")
    assert [indicator.name for indicator in table.indicators] == names
    assert [indicator.level1 for indicator in table.indicators] == level1
    assert table.period == Period(YearMonth(2025, 1), YearMonth(2025, 6))
    assert [v.progress.value for v in perftrack.score(table).verdicts] == [
        "behind",
        "on_track",
        "on_track",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "项目名称    某项目\n序号    名称    说明\n1    新建服务站    ≥8个\n", id="no-header"
        ),
    ],
)
def test_pdf_text_without_header_says_why(text: str) -> None:
    with pytest.raises(perftrack.ReadError) as raised:
        perftrack.read_text(text, format="text")
    message = str(raised.value)
    assert "未找到绩效指标表" in message
    assert "未发现制表符分隔的列（各列以空格对齐，无法拆分）" in message


# --- M2: a period line that does not read -----------------------------------------


def tracking_tsv(period_line: str) -> str:
    return as_tsv(["财政项目支出绩效跟踪表", period_line, "项目名称\t某项目"])


@pytest.mark.parametrize(
    ("period_line", "expected"),
    [
        pytest.param(
            "跟踪时段\t01.01.2025\t至\t30.06.2025",
            ("A2", "跟踪时段“01.01.2025 至 30.06.2025”无法识别，进度无法判断"),
            id="dotted-dates-in-tsv",
        ),
        pytest.param(
            "评价时段：2025年初至年中",
            ("A2", "评价时段“2025年初至年中”无法识别，进度无法判断"),
            id="words-in-one-cell",
        ),
        # k32h: months in Chinese numerals are read as in figures (2025年1到6月31号)
        pytest.param("评价时段：2025年一到六月31号", None, id="chinese-numerals-read"),
        pytest.param("跟踪时段\t2025-01-01\t至\t2025-06-30", None, id="readable"),
        pytest.param("跟踪时段：2025年度", None, id="year-end"),
        pytest.param("项目实施期间\t01.01.2025至31.12.2026", None, id="project-life-no-finding"),
    ],
)
def test_period_unread(period_line: str, expected: tuple[str, str] | None) -> None:
    table = read_one(tracking_tsv(period_line), "text")
    found = [(f.where.cell, f.message) for f in table.findings if f.id == "period-unread"]
    assert found == ([] if expected is None else [expected])
    if expected is not None:
        assert table.period is None
        (finding,) = (f for f in table.findings if f.id == "period-unread")
        assert finding.severity is perftrack.Severity.WARNING
