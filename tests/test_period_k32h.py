"""A table's period in quarters, other dashes and Chinese numerals, and its text (read57)."""

from __future__ import annotations

import pytest

import perftrack

TITLE = "财政项目支出绩效跟踪表"


def tracking_tsv(period_line: str, title: str = TITLE) -> str:
    """A 2025 tracking table under *title* with *period_line* under it."""
    return (
        f"{title}\n{period_line}\n项目名称\t城市道路养护\n"
        "预算执行情况（万元）\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)\n"
        "\t年度资金总额\t800.00\t800.00\t560.00\t70.00\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\n"
        "产出指标\t数量指标\t道路养护面积\t≥120万平方米\t90万平方米\t88万平方米\n"
    )


def period_of(text: str) -> tuple[str, str, str] | None:
    """The one table's period as (start, end, text), or None."""
    (table,) = perftrack.read_text(text, format="text")
    period = table.period
    return None if period is None else (str(period.start), str(period.end), period.text)


def unread(text: str) -> list[str]:
    """The one table's period-unread and period-missing messages, as scoring gives them."""
    (table,) = perftrack.read_text(text, format="text")
    card = perftrack.score(table)
    return [
        f"{f.id} {f.message}" for f in card.findings if f.id in ("period-unread", "period-missing")
    ]


JAN_SEP = ("2025-01", "2025-09")


@pytest.mark.parametrize(
    ("period_line", "expected"),
    [
        # read57 1: 1-3季度 is quarters 1 to 3, never months 1 to 3
        ("跟踪时段：2025年1-3季度", JAN_SEP),
        ("跟踪时段：2025年1-3季度末", JAN_SEP),
        ("跟踪时段：2025年第1-3季度", JAN_SEP),
        ("跟踪时段：2025年1至3季度", JAN_SEP),
        ("跟踪时段：2025年1季度-3季度", JAN_SEP),
        ("跟踪时段：2025年第1至第3季度", JAN_SEP),
        # read57 9: the same in words
        ("跟踪时段：2025年一至三季度", JAN_SEP),
        ("跟踪时段：2025年第一至第三季度", JAN_SEP),
        ("跟踪时段：2025年一季度至三季度", JAN_SEP),
        ("跟踪时段：2025年前三季度", JAN_SEP),
        # a quarter alone: up to its end, the figures being cumulative (as before)
        ("跟踪时段：2025年第三季度", JAN_SEP),
        ("跟踪时段：2025年上半年", ("2025-01", "2025-06")),
        # quarters not from the first: those months, a window of its own
        ("跟踪时段：2025年2-3季度", ("2025-04", "2025-09")),
        ("跟踪时段：2025年1-4季度", ("2025-01", "2025-12")),
        # read57 8: dashes and waves of other widths
        ("跟踪时段：2025年1－9月", JAN_SEP),
        ("跟踪时段：2025年1月～9月", JAN_SEP),
        ("跟踪时段：2025年1–9月", JAN_SEP),
        ("跟踪时段：2025年1——9月", JAN_SEP),
        ("跟踪时段：2025年1月〜9月", JAN_SEP),
        ("跟踪时段：2025年1~9月", JAN_SEP),
        ("跟踪时段：2025年1到9月", JAN_SEP),
        ("（2025年1－9月）", JAN_SEP),
        # read57 10: Chinese numerals
        ("跟踪时段：二〇二五年一月至九月", JAN_SEP),
        ("跟踪时段：二〇二五年一至九月", JAN_SEP),
        ("跟踪时段：2025年一月至九月", JAN_SEP),
        ("跟踪时段：二〇二五年一月一日至九月三十日", JAN_SEP),
        ("跟踪时段：二零二五年一至十月", ("2025-01", "2025-10")),
        ("（二〇二五年一月至九月）", JAN_SEP),
        ("跟踪时段：二〇二五年度", ("2025-01", "2025-12")),
    ],
)
def test_period_line(period_line: str, expected: tuple[str, str]) -> None:
    assert period_of(tracking_tsv(period_line)) == (*expected, period_line)
    assert unread(tracking_tsv(period_line)) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2025年1-3季度项目支出绩效监控表", JAN_SEP),
        ("2025年第一至第三季度项目支出绩效监控表", JAN_SEP),
        ("二〇二五年一至九月项目支出绩效运行监控表", JAN_SEP),
        ("2025年1－9月项目支出绩效跟踪表", JAN_SEP),
        ("二〇二五年九月项目绩效监控表", JAN_SEP),
    ],
)
def test_title_window(title: str, expected: tuple[str, str]) -> None:
    assert period_of(tracking_tsv("", title)) == (*expected, title)


@pytest.mark.parametrize(
    ("period_line", "message"),
    [
        # read57 10: numerals that give no period are said, never period-missing
        (
            "跟踪时段：二〇二五年某月",
            "period-unread 跟踪时段“二〇二五年某月”无法识别，进度无法判断",
        ),
        # quarters out of order or beyond the fourth: a typing error, not months
        ("跟踪时段：2025年3-1季度", "period-unread 跟踪时段“2025年3-1季度”无法识别，进度无法判断"),
        ("跟踪时段：2025年1-5季度", "period-unread 跟踪时段“2025年1-5季度”无法识别，进度无法判断"),
    ],
)
def test_unreadable_period_is_said(period_line: str, message: str) -> None:
    assert period_of(tracking_tsv(period_line)) is None
    assert unread(tracking_tsv(period_line)) == [message]


@pytest.mark.parametrize(
    "period_line",
    ["跟踪时段：2025年1-3季度", "跟踪时段：2025年第一至第三季度", "跟踪时段：二〇二五年一至九月"],
)
def test_quarters_scored_at_september(period_line: str) -> None:
    # read57 1: 序时进度 75%, and 70% executed is behind it (was 25% and no finding)
    (table,) = perftrack.read_text(tracking_tsv(period_line), format="text")
    card = perftrack.score(table)
    assert f"{card.time_progress:.2f}" == "75.00"
    assert [(f.id, f.message) for f in card.findings if f.id == "budget-behind-schedule"] == [
        ("budget-behind-schedule", "执行率70.00%低于序时进度75.00%")
    ]


def header_tsv(executed: str) -> str:
    """A 2025 监控表 whose window only its budget header names (*executed*)."""
    return (
        "2025年项目支出绩效目标执行监控表\n项目名称\t甲\n"
        f"项目资金（万元）\t\t年初预算数\t{executed}\t全年预计执行数\n"
        "\t年度资金总额\t100.00\t60.00\t100.00\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "产出指标\t数量指标\t培训人数\t≥100人\t70人\n"
    )


@pytest.mark.parametrize(
    "executed", ["1－9月执行数", "1–9月执行数", "1～9月执行数", "1-3季度执行数", "第1-3季度执行数"]
)
def test_budget_header_window(executed: str) -> None:
    # read57 1, 8: was period-missing
    assert period_of(header_tsv(executed)) == (*JAN_SEP, executed)
    assert unread(header_tsv(executed)) == []


@pytest.mark.parametrize(
    ("period_line", "expected"),
    [
        # read57 L: periods read from words or a date kept no text
        ("跟踪时段：截至2025年9月30日", JAN_SEP),
        ("跟踪时段：2025年上半年", ("2025-01", "2025-06")),
        ("监控时点：2025年9月30日", JAN_SEP),
        ("（截至2025年9月底）", JAN_SEP),
        ("跟踪时段：2025年度", ("2025-01", "2025-12")),
    ],
)
def test_period_text_kept(period_line: str, expected: tuple[str, str]) -> None:
    assert period_of(tracking_tsv(period_line)) == (*expected, period_line)


@pytest.mark.parametrize("year_line", ["（2024年度）", "（二〇二四年度）"])
def test_self_evaluation_year_line_text(year_line: str) -> None:
    text = (
        f"项目支出绩效自评表\n{year_line}\n项目名称\t甲\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "产出指标\t数量指标\t培训人数\t≥100人\t100人\n"
    )
    assert period_of(text) == ("2024-01", "2024-12", year_line)


def test_title_beneath_a_period_line_gives_the_line_text() -> None:
    # a title's window, then a period line naming another month: the line's, with its text
    title = "2025年上半年项目支出绩效跟踪表"
    assert period_of(tracking_tsv("跟踪时段：1-8月", title)) == (
        "2025-01",
        "2025-08",
        "跟踪时段：1-8月",
    )
