"""A project year's dates in every position (r36o, after r36c).

r36c put a deadline of no written year inside a ``2024年7月-2025年6月`` table's twelve
months when it was the row's whole target, plan, actual or forecast. Other positions
kept the first year's date, before the window began:

- a deadline among the options of an "any of" target (``6月底前完成或验收合格``) was
  2024-06-30, and the option was judged at the year's end anyway (any table);
- a year-less window target (``3月-6月``) was 2024-03..2024-06;
- a date in a part-of-the-year column (``一季度计划值`` holding ``3月底前完成``) was
  2024, and the plan due by the period's end counted 一季度 and 二季度 alone (600 of
  the four quarters' 1200), since 1-3月 and 4-6月 were taken for the year's first;
- a count's label inside an "any of" (``3月底前开工≥15个或…``) was never read.

Each is now read with r36c's window rule, so that ``6月底前`` is 2025-06-30 wherever it
stands, and the moved dates survive the JSON round trip and ``score --format json``.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.expressions import AnyOf, Deadline, PeriodTarget
from test_project_year_r36c import CALENDAR, PROJECT_YEAR, TITLE
from test_project_year_r36c import FUNDS as R36C_FUNDS
from test_project_year_r36c import table_of as r36c_table_of
from test_project_year_r36c import tracking_tsv as r36c_tracking_tsv

if TYPE_CHECKING:
    from pathlib import Path

# r36c's tracking table with the total's budget line alone, its rows named 完成第1项工作,
# 完成第2项工作, …
FUNDS = R36C_FUNDS[:1]
NUMBERS = [str(n) for n in range(1, 11)]


def tracking_tsv(period_line: str, rows: list[tuple[str, str, str]]) -> str:
    """A tracking table: *period_line*, a budget, then *rows* of (level 2, target, actual)."""
    return r36c_tracking_tsv(period_line, rows, funds=FUNDS, numbers=NUMBERS)


def table_of(period_line: str, rows: list[tuple[str, str, str]]) -> perftrack.Table:
    return r36c_table_of(period_line, rows, funds=FUNDS, numbers=NUMBERS)


def dues(target: perftrack.Target | None) -> list[str | None]:
    """The due dates a target carries, an "any of" option by option."""
    options = target.options if isinstance(target, AnyOf) else (target,)
    return [
        str(option.due) if isinstance(option, (Deadline, PeriodTarget)) else None
        for option in options
    ]


# -- the parsed targets ----------------------------------------------------------------

TARGETS = [
    # (cell, calendar table's dates, project year's dates)
    ("6月底前完成或验收合格", ["2024-06-30", None], ["2025-06-30", None]),
    ("≥90%或6月底前完成", [None, "2024-06-30"], [None, "2025-06-30"]),
    ("3月底前完成或12月底前完成", ["2024-03-31", "2024-12-31"], ["2025-03-31", "2024-12-31"]),
    ("2024年6月底前完成或验收合格", ["2024-06-30", None], ["2024-06-30", None]),
    ("3月-6月", ["2024-06-30"], ["2025-06-30"]),
    ("9月-12月", ["2024-12-31"], ["2024-12-31"]),
    ("2024年3月-6月", ["2024-06-30"], ["2024-06-30"]),
]


@pytest.mark.parametrize(("cell", "calendar", "project"), TARGETS, ids=[t[0] for t in TARGETS])
def test_targets_in_other_shapes(cell: str, calendar: list[str], project: list[str]) -> None:
    # before r36o the project year's column was the calendar one (a kept date pinned
    # beside a moved one, in the same table)
    rows = [("时效指标", cell, "推进中"), ("时效指标", "6月底前完成或验收合格", "推进中")]
    got = [dues(table_of(line, rows).indicators[0].target) for line in (CALENDAR, PROJECT_YEAR)]
    moved = dues(table_of(PROJECT_YEAR, rows).indicators[1].target)
    assert (got, moved) == ([calendar, project], ["2025-06-30", None])


def test_window_target_keeps_its_months() -> None:
    target = table_of(PROJECT_YEAR, [("时效指标", "3月-6月", "推进中")]).indicators[0].target
    assert isinstance(target, PeriodTarget)
    assert (target.start, target.end, str(target)) == (
        dt.date(2025, 3, 1),
        dt.date(2025, 6, 30),
        "2025-03~2025-06",
    )


# -- verdicts --------------------------------------------------------------------------

ROWS = [
    ("时效指标", "3月底前完成或12月底前完成", "推进中"),
    ("数量指标", "3月底前开工≥15个或3月底前开工率≥80%", "10个"),
    ("时效指标", "3月-6月", "推进中"),
    ("时效指标", "6月底前完成或验收合格", "推进中"),
]


@pytest.mark.parametrize(
    ("as_of", "verdicts"),
    [
        pytest.param(
            dt.date(2025, 3, 31),
            [
                # before: pending, 截止日期2025-06-30未到 (the any-of's own due, its
                # 3月 option 2024-03-31 never asked)
                ("not_met", "截止日期2025-03-31已到，实际“推进中”"),
                # before: pending, 距项目年度末（2025-06-30）尚有时间 (the label never read)
                ("not_met", "实际10个，未达年度指标≥15个"),
                # before: not_met, 截止日期2024-06-30已到
                ("pending", "实际“推进中”，截止日期2025-06-30未到"),
                ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ],
            id="march",
        ),
        pytest.param(
            dt.date(2024, 12, 31),
            [
                ("pending", "实际“推进中”，截止日期2025-03-31未到"),
                ("pending", "实际10个，未达年度指标≥15个，距项目年度末（2025-06-30）尚有时间"),
                ("pending", "实际“推进中”，截止日期2025-06-30未到"),
                ("pending", "实际“推进中”，截止日期2025-06-30未到"),
            ],
            id="december",
        ),
        pytest.param(
            None,
            [
                ("not_met", "截止日期2025-03-31已到，实际“推进中”"),
                ("not_met", "实际10个，未达年度指标≥15个"),
                ("not_met", "截止日期2025-06-30已到，实际“推进中”"),
                ("not_met", "截止日期2025-06-30已到，实际“推进中”"),
            ],
            id="period-end",
        ),
    ],
)
def test_project_year_verdicts(as_of: dt.date | None, verdicts: list[tuple[str, str]]) -> None:
    policy = perftrack.Policy(as_of=as_of) if as_of is not None else None
    card = perftrack.score(table_of(PROJECT_YEAR, ROWS), policy=policy)
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == verdicts
    # the deadline-passed findings name the moved dates (before: 2024-06-30 for 3月-6月)
    assert [f.message for f in card.findings if f.id == "deadline-passed"] == [
        f"“完成第{i}项工作”截止日期{due}已到，结果为未完成"
        for i, due in ((3, "2025-06-30"),)
        if as_of is None
    ]


def test_any_of_deadline_in_a_calendar_year() -> None:
    # spec scoring.md §3.7: each option by the rules, a deadline's due its own date (before:
    # the option was due at 2024-12-31, "截止日期2024-12-31未到" at 2024-08-31)
    rows = [("时效指标", "6月底前完成或8月底前完成", "推进中")]
    card = perftrack.score(table_of(CALENDAR, rows))
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        ("not_met", "截止日期2024-06-30已到，实际“推进中”")
    ]


# -- parts of the year -------------------------------------------------------------------


def quarters_tsv(period_line: str, header: str) -> str:
    lines = [
        TITLE,
        period_line,
        "项目名称\t社区养老服务提升\t\t\t\t\t\t\t\t",
        f"一级指标\t二级指标\t三级指标\t年度指标值\t{header}\t跟踪期实际完成值\t偏差原因分析",
        "产出指标\t数量指标\t完成第1项工作\t≥1200人\t300\t300\t300\t300\t700\t",
        "产出指标\t时效指标\t完成第2项工作\t6月底前完成\t3月底前完成\t\t\t\t推进中\t",
    ]
    return "\n".join(lines) + "\n"


QUARTERS = "一季度计划值\t二季度计划值\t三季度计划值\t四季度计划值"
CALENDAR_HALF = "跟踪时段：2024年1月-2024年6月"
MONTHS = "7-9月计划\t10-12月计划\t1-3月计划\t4-6月计划"


@pytest.mark.parametrize(
    ("header", "labels", "first_part"),
    [
        pytest.param(
            QUARTERS,
            ["三季度计划值", "四季度计划值", "一季度计划值", "二季度计划值"],
            ("一季度计划值", "已于2025年3月31日完成"),
            id="quarters",
        ),
        pytest.param(
            MONTHS,
            ["7-9月计划", "10-12月计划", "1-3月计划", "4-6月计划"],
            ("7-9月计划", "已于2025年3月31日完成"),
            id="months",
        ),
    ],
)
def test_plan_parts_in_a_project_year(
    header: str, labels: list[str], first_part: tuple[str, str]
) -> None:
    # before: planned 600 (1-3月 and 4-6月 taken as the year's first half), parts in
    # calendar order, the 3月底前 plan part 2024-03-31
    (table,) = perftrack.read_text(quarters_tsv(PROJECT_YEAR, header), format="text")
    count, dated = table.indicators
    assert str(count.planned) == "1200"
    assert [part.label for part in count.parts] == labels
    assert [(part.label, str(part.value)) for part in dated.parts] == [first_part]
    assert str(dated.planned) == "已于2025年3月31日完成"
    card = perftrack.score(table)
    assert next((v.progress.value, v.explanation) for v in card.verdicts) == (
        "behind",
        "实际700人，未达年度指标≥1200人；实际700人落后于计划1200人",
    )
    # the same columns in a 2024年1-6月 table: the calendar's quarters, as before
    (calendar,) = perftrack.read_text(quarters_tsv(CALENDAR_HALF, header), format="text")
    count, dated = calendar.indicators
    assert str(count.planned) == "600"
    assert str(dated.planned) == "已于2024年3月31日完成"


def test_actual_parts_in_a_project_year() -> None:
    # no 跟踪期实际完成值 column, four quarters' actuals: all four are the project year's
    # (before: 700, 1-3月 and 4-6月 alone, read as the calendar year's first half)
    lines = [
        TITLE,
        PROJECT_YEAR,
        "项目名称\t社区养老服务提升\t\t\t\t\t\t\t",
        (
            "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t"
            "7-9月完成值\t10-12月完成值\t1-3月完成值\t4-6月完成值\t偏差原因分析"
        ),
        "产出指标\t数量指标\t完成第1项工作\t≥1200人\t1200\t100\t200\t300\t400\t",
    ]
    results = []
    for line in (PROJECT_YEAR, "跟踪时段：2024年1月-2024年12月"):
        text = "\n".join(lines).replace(PROJECT_YEAR, line) + "\n"
        (table,) = perftrack.read_text(text, format="text")
        (indicator,) = table.indicators
        results.append(
            (str(indicator.actual), [(p.label, p.start, p.end) for p in indicator.parts])
        )
    assert results == [
        (
            "1000",
            [
                ("7-9月完成值", 7, 9),
                ("10-12月完成值", 10, 12),
                ("1-3月完成值", 1, 3),
                ("4-6月完成值", 4, 6),
            ],
        ),
        (
            "1000",
            [
                ("1-3月完成值", 1, 3),
                ("4-6月完成值", 4, 6),
                ("7-9月完成值", 7, 9),
                ("10-12月完成值", 10, 12),
            ],
        ),
    ]


# -- JSON ----------------------------------------------------------------------------------


def test_json_round_trip_keeps_the_moved_dates() -> None:
    rows = [(level2, target, actual) for level2, target, actual in ROWS]
    table = table_of(PROJECT_YEAR, rows)
    back = perftrack.from_json(perftrack.to_json(table), perftrack.Table)
    assert back == table
    assert isinstance(back, perftrack.Table)
    assert [dues(indicator.target) for indicator in back.indicators] == [
        ["2025-03-31", "2024-12-31"],
        [None, None],
        ["2025-06-30"],
        ["2025-06-30", None],
    ]
    card = perftrack.score(table, policy=perftrack.Policy(as_of=dt.date(2025, 3, 31)))
    card_back = perftrack.from_json(perftrack.to_json(card), perftrack.Scorecard)
    assert card_back == card


def test_cli_json_on_a_project_year(tmp_path: Path) -> None:
    path = tmp_path / "project.txt"
    path.write_text(tracking_tsv(PROJECT_YEAR, ROWS), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "perftrack", "score", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    data = json.loads(done.stdout)
    cards = data if isinstance(data, list) else [data]
    text = json.dumps(cards, ensure_ascii=False)
    assert '"2025-06-30"' in text
    assert '"2024-06-30"' not in text
    (card,) = (
        perftrack.from_json(json.dumps(card, ensure_ascii=False), perftrack.Scorecard)
        for card in cards
    )
    assert isinstance(card, perftrack.Scorecard)
    assert (card.as_of, [v.attainment.value for v in card.verdicts]) == (
        dt.date(2025, 6, 30),
        ["not_met", "not_met", "not_met", "not_met"],
    )


# -- a school year without months -------------------------------------------------------

SCHOOL = [
    # (title, period line, period, as-of, findings of the period)
    pytest.param(
        TITLE,
        "跟踪时段：2024-2025学年",
        (2024, 9, 2025, 8),
        dt.date(2025, 8, 31),
        [
            (
                "period-school-year",
                "info",
                "A2",
                (
                    "跟踪时段“2024-2025学年”未写起止月份，按学年通常的起止月份"
                    "（2024年9月至2025年8月）评价"
                ),
            ),
            (
                "period-spans-years",
                "warning",
                "A2",
                (
                    "跟踪时段“2024-2025学年”跨年度（2024年9月至2025年8月），按一个项目年度（12个月）"
                    "评价：序时进度按时段内已过月数计，未写年份的截止日期取时段内的月份"
                ),
            ),
        ],
        id="school-year-line",
    ),
    pytest.param(
        TITLE,
        "跟踪时段：2024—2025学年第一学期",
        (2024, 9, 2025, 1),
        # r37c: a term is its own window, judged at its end (before: no date)
        dt.date(2025, 1, 31),
        [
            (
                "period-school-term",
                "info",
                "A2",
                (
                    "跟踪时段“2024—2025学年第一学期”未写起止月份，按第一学期通常的起止月份"
                    "（2024年9月至2025年1月）评价（第一学期按9月至次年1月、第二学期按2月至7月），"
                    "以学期为评价时段，序时进度按学期内已过月数计"
                ),
            ),
            (
                "period-spans-years",
                "warning",
                "A2",
                (
                    "跟踪时段“2024—2025学年第一学期”跨年度（2024年9月至2025年1月），"
                    "按一个学期（5个月）评价：序时进度按学期内已过月数计，未写年份的截止日期取学年内的月份"
                ),
            ),
        ],
        id="first-term-line",
    ),
    pytest.param(
        "2024-2025学年第一学期学生资助项目绩效跟踪表",
        None,
        (2024, 9, 2025, 1),
        dt.date(2025, 1, 31),
        [
            (
                "period-school-term",
                "info",
                "A1",
                (
                    "标题“2024-2025学年第一学期学生资助项目绩效跟踪表”未写起止月份，"
                    "按第一学期通常的起止月份（2024年9月至2025年1月）评价"
                    "（第一学期按9月至次年1月、第二学期按2月至7月），以学期为评价时段，"
                    "序时进度按学期内已过月数计"
                ),
            ),
            (
                "period-spans-years",
                "warning",
                "A1",
                (
                    "标题“2024-2025学年第一学期学生资助项目绩效跟踪表”的时段跨年度"
                    "（2024年9月至2025年1月），按一个学期（5个月）评价：序时进度按学期内已过月数计，"
                    "未写年份的截止日期取学年内的月份"
                ),
            ),
        ],
        id="first-term-title",
    ),
]


@pytest.mark.parametrize(("title", "line", "period", "as_of", "findings"), SCHOOL)
def test_school_year_without_months(
    title: str,
    line: str | None,
    period: tuple[int, int, int, int],
    as_of: dt.date | None,
    findings: list[tuple[str, str, str, str]],
) -> None:
    # before: period-unread (the line) or period-missing (the title), no period
    text = tracking_tsv(line or "", [("时效指标", "6月底前完成", "推进中")])
    text = text.replace(TITLE, title, 1)
    if line is None:
        text = text.replace("\n\n", "\n", 1)
    (table,) = perftrack.read_text(text, format="text")
    assert table.period is not None
    start, end = table.period.start, table.period.end
    assert (start.year, start.month, end.year, end.month) == period
    card = perftrack.score(table)
    assert card.as_of == as_of
    assert [
        (f.id, f.severity.value, f.where.cell, f.message)
        for f in card.findings
        if f.id.startswith("period-")
    ] == findings


def test_school_year_deadline_in_its_months() -> None:
    # 6月底前 in 2024-2025学年 is 2025-06-30; at 2025-03-31 8 of 12 months gone
    (table,) = perftrack.read_text(
        tracking_tsv("跟踪时段：2024-2025学年", [("时效指标", "6月底前完成", "推进中")]),
        format="text",
    )
    card = perftrack.score(table, policy=perftrack.Policy(as_of=dt.date(2025, 3, 31)))
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        ("pending", "实际“推进中”，截止日期2025-06-30未到")
    ]
    assert f"{card.time_progress:.2f}" == "58.33"


def test_school_year_title_alone_unread_second_term_read() -> None:
    # a whole 学年 in a 跟踪表's title is no window, as 2024年…跟踪表 is none (pinned
    # beside a line that is); a second term is read as February to July (r37c: it was
    # not read)
    rows = [("时效指标", "6月底前完成", "推进中")]
    title_only = tracking_tsv("", rows).replace(TITLE, "2024-2025学年学生资助项目绩效跟踪表", 1)
    second = tracking_tsv("跟踪时段：2024-2025学年第二学期", rows)
    whole = tracking_tsv("跟踪时段：2024-2025学年", rows)
    periods = [
        perftrack.read_text(text.replace("\n\n", "\n", 1), format="text")[0].period
        for text in (title_only, second, whole)
    ]
    assert [None if p is None else (p.start.month, p.end.year, p.end.month) for p in periods] == [
        None,
        (2, 2025, 7),
        (9, 2025, 8),
    ]
