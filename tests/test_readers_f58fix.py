"""f58fix: text split at spaces only when aligned, locale dates only in date cells.

Fixtures are written here: a small 跟踪表 as text copied from a PDF (no tabs), its
cells parted by runs of spaces, and a ``;`` CSV of a decimal-comma Excel.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.model import Period, YearMonth

TITLE = "2025年度财政项目支出绩效跟踪表\n跟踪时段：2025年1-6月\n项目名称：城区老旧小区改造\n"
HEADER = "一级指标  二级指标  三级指标  年度指标值  跟踪期计划完成值  跟踪期实际完成值\n"
LAYOUT_HEADER = (
    "一级指标    二级指标    三级指标          年度指标值    跟踪期计划完成值    跟踪期实际完成值\n"
)
NO_COLUMNS = (
    "未找到绩效指标表（需要含“三级指标/指标名称”与“指标值”等列的表头）"
    "；未发现制表符分隔的列（各列以空格对齐，无法拆分）：从 PDF 复制的文本请先粘贴到 Excel 再导出"
)
EXPECTED = [
    ("改造老旧小区", "≥12个", "7个"),
    ("竣工验收合格率", "100%", "100%"),
    ("居民满意度", "≥90%", "93%"),
]


def rows_of(table: perftrack.Table) -> list[tuple[str, str, str]]:
    return [
        (
            indicator.name,
            indicator.target.text if indicator.target else "",
            indicator.actual.text if indicator.actual else "",
        )
        for indicator in table.indicators
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            TITLE
            + HEADER
            + "产出指标  数量指标  改造老旧小区  ≥12个  6个  7个\n"
            + "产出指标  质量指标  竣工验收合格率  100%  100%  100%\n"
            + "效益指标  满意度指标  居民满意度  ≥90%  ≥90%  93%\n",
            EXPECTED,
            id="two-spaces-each-row-full",
        ),
        pytest.param(
            TITLE
            + LAYOUT_HEADER
            + "产出指标    数量指标    改造老旧小区      ≥12个         6个                 7个\n"
            + "            质量指标    竣工验收合格率    100%          100%                100%\n"
            + "效益指标    满意度指标  居民满意度        ≥90%          ≥90%                93%\n",
            EXPECTED,
            id="layout-aligned-merged-cell",
        ),
        pytest.param(
            TITLE
            + LAYOUT_HEADER
            + "产出指标    数量指标    改造老旧小区（含城东、城西片区）  ≥12个   6个    7个\n"
            + "            质量指标    竣工验收合格率    100%          100%                100%\n"
            + "效益指标    满意度指标  居民满意度        ≥90%          ≥90%                93%\n",
            [("改造老旧小区（含城东、城西片区）", "≥12个", "7个"), *EXPECTED[1:]],
            id="layout-one-overwide-cell",
        ),
    ],
)
def test_spaced_text_reads(text: str, expected: list[tuple[str, str, str]]) -> None:
    (table,) = perftrack.read_text(text, format="text")
    assert rows_of(table) == expected
    assert table.period == Period(YearMonth(2025, 1), YearMonth(2025, 6))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            # Two spaces between cells and the merged 一级指标 cell left out: the
            # pieces neither line up with the header nor fill its columns.
            TITLE
            + HEADER
            + "产出指标  数量指标  改造老旧小区  ≥12个  6个  7个\n"
            + "质量指标  竣工验收合格率  100%  100%\n"
            + "效益指标  满意度指标  居民满意度  ≥90%  93%\n",
            "“城区老旧小区改造”: " + NO_COLUMNS,
            id="unaligned-rows-refused",
        ),
        pytest.param(
            "2024年度项目支出绩效自评报告\n项目名称：城区老旧小区改造\n"
            "一级指标  二级指标  三级指标等各项指标均已完成，  年度指标值全部达到。\n"
            "  详见附表。\n",
            "“城区老旧小区改造”: " + NO_COLUMNS,
            id="prose-with-header-words",
        ),
    ],
)
def test_spaced_text_refused(text: str, message: str) -> None:
    with pytest.raises(perftrack.ReadError) as raised:
        perftrack.read_text(text, format="text")
    assert str(raised.value) == message


# --- W2: dd.mm.yyyy rewritten only in a cell that is a date -------------------------


def locale_csv(
    name: str, row: tuple[str, str, str], period: str = "01.01.2025;至;30.06.2025"
) -> str:
    """A 跟踪表 as a decimal-comma Excel writes it (``sep=;``, ``1.250,00``)."""
    rows = [
        "sep=;",
        "财政项目支出绩效跟踪表",
        f"跟踪时段;{period}",
        f"项目名称;{name}",
        "项目资金（万元）;年初预算数;跟踪期预算数;跟踪期执行数;执行率",
        "年度资金总额;1.250,00;860,00;301,00;35,00%",
        "一级指标;二级指标;三级指标;年度指标值;跟踪期计划完成值;跟踪期实际完成值",
        f"产出指标;数量指标;{row[0]};{row[1]};;{row[2]}",
        "产出指标;数量指标;培训人次;≥1.234,5人次;600人次;1.234,5人次",
    ]
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("text", "name", "row"),
    [
        pytest.param(
            locale_csv(
                "智慧社区平台V2.1.2025升级", ("平台版本升级", "升级至3.10.2025版", "3.10.2025版")
            ),
            "智慧社区平台V2.1.2025升级",
            ("平台版本升级", "升级至3.10.2025版", "3.10.2025版"),
            id="version-numbers-kept",
        ),
        pytest.param(
            locale_csv("平台升级", ("完工时间", "31.10.2025前", "15.06.2025")),
            "平台升级",
            ("完工时间", "2025-10-31前", "2025-06-15"),
            id="date-cells-rewritten",
        ),
        pytest.param(
            locale_csv("平台升级", ("完工时间", "截至31.10.2025", "计划于15.06.2025上线")),
            "平台升级",
            ("完工时间", "截至2025-10-31", "计划于15.06.2025上线"),
            id="date-in-words-kept",
        ),
    ],
)
def test_locale_dates_only_date_cells(text: str, name: str, row: tuple[str, str, str]) -> None:
    (table,) = perftrack.read_text(text, format="csv")
    assert table.project.name == name
    assert rows_of(table)[0] == row
    assert table.period == Period(YearMonth(2025, 1), YearMonth(2025, 6))


@pytest.mark.parametrize(
    "period",
    [
        pytest.param("01.01.2025-30.06.2025", id="range-in-one-cell"),
        pytest.param("1.1.2025—30.6.2025", id="em-dash-range"),
        pytest.param("跟踪时段：01.01.2025至30.06.2025", id="label-colon-range"),
    ],
)
def test_locale_period_cells(period: str) -> None:
    (table,) = perftrack.read_text(
        locale_csv("平台升级", ("场次", "≥12场", "12场"), period), format="csv"
    )
    assert table.period == Period(YearMonth(2025, 1), YearMonth(2025, 6))


# --- a goal that starts with a field's word is the goal, not a field ------------------


def goal_tsv(lines: list[str]) -> str:
    head = ["2025年度财政项目支出绩效跟踪表", "跟踪时段：2025年1-6月", "项目名称\t城区老旧小区改造"]
    grid = [
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值",
        "产出指标\t数量指标\t改造老旧小区\t≥12个\t6个\t7个",
    ]
    return "\n".join([*head, *lines, *grid]) + "\n"


@pytest.mark.parametrize(
    ("text", "implementer", "goal"),
    [
        pytest.param(
            goal_tsv(["年度总体目标\t实施单位　负责组织实施12个小区改造，主管部门  负责监督"]),
            None,
            "实施单位 负责组织实施12个小区改造，主管部门 负责监督",
            id="goal-cell-starts-with-label",
        ),
        pytest.param(
            goal_tsv(
                ["年度总体目标\t实施单位　负责组织实施12个小区改造", "实施单位\t某县城投公司"]
            ),
            "某县城投公司",
            "实施单位 负责组织实施12个小区改造",
            id="field-after-goal-still-read",
        ),
        pytest.param(
            goal_tsv(["实施单位　某县城投公司", "年度总体目标\t完成12个小区改造"]),
            "某县城投公司",
            "完成12个小区改造",
            id="spaced-field-above-goal-read",
        ),
    ],
)
def test_goal_starting_with_field_word(text: str, implementer: str | None, goal: str) -> None:
    (table,) = perftrack.read_text(text, format="text")
    assert table.project.implementer == implementer
    assert table.overall_goal is not None
    assert table.overall_goal.expected == goal


# --- a labelled period in words, the year the title's -------------------------------


def period_tsv(period_line: str, title: str = "2025年度财政项目支出绩效跟踪表") -> str:
    return (
        f"{title}\n{period_line}\n项目名称\t城区老旧小区改造\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\n"
        "产出指标\t数量指标\t改造老旧小区\t≥12个\t6个\t7个\n"
    )


@pytest.mark.parametrize(
    ("period_line", "period", "unread"),
    [
        pytest.param(
            "监控期间：上半年", Period(YearMonth(2025, 1), YearMonth(2025, 6)), [], id="half"
        ),
        pytest.param(
            "跟踪时段：第二季度", Period(YearMonth(2025, 1), YearMonth(2025, 6)), [], id="quarter"
        ),
        pytest.param(
            "跟踪时段：前三季度",
            Period(YearMonth(2025, 1), YearMonth(2025, 9)),
            [],
            id="three-quarters",
        ),
        pytest.param(
            "跟踪时段：截至6月底",
            Period(YearMonth(2025, 1), YearMonth(2025, 6)),
            [],
            id="until-month",
        ),
        pytest.param(
            "跟踪时段：1月1日至6月30日",
            Period(YearMonth(2025, 1), YearMonth(2025, 6)),
            [],
            id="days",
        ),
        pytest.param(
            "监控期间：2025年上半年",
            Period(YearMonth(2025, 1), YearMonth(2025, 6)),
            [],
            id="own-year",
        ),
        pytest.param(
            "跟踪时段\t2025年第二季度",
            Period(YearMonth(2025, 1), YearMonth(2025, 6)),
            [],
            id="two-cells",
        ),
        pytest.param(
            "跟踪时段：下半年",
            Period(YearMonth(2025, 1), YearMonth(2025, 12)),
            [],
            id="second-half",
        ),
        pytest.param(
            "跟踪时段：2024年上半年",
            None,
            ["跟踪时段“2024年上半年”无法识别，进度无法判断"],
            id="other-year-unread",
        ),
    ],
)
def test_period_in_words(period_line: str, period: Period | None, unread: list[str]) -> None:
    (table,) = perftrack.read_text(period_tsv(period_line), format="text")
    assert table.period == period
    assert [f.message for f in table.findings if f.id == "period-unread"] == unread
