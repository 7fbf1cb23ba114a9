"""The period line's dates, its span and its agreement with the column headers (r35m).

Left by r35i's round on the as-of date:

- an impossible day (``2024年2月30日``, ``6月31日``) was passed over silently: the month is
  still read to its end, and ``period-date-invalid`` says so at the line's cell;
- a period past its first year's end (``2024年1月-2025年3月``) was judged at its last
  month (2025-03-31): a tracking table's year is the period's first, so it is judged at
  that year's end (2024-12-31, 100%), and ``period-spans-years`` says so;
- a period line against execution headers of another month (``监控期间：2024年1-6月``
  over ``1-7月执行数 | 1-7月执行情况``) was judged at June 30 with nothing said: still
  June 30, with ``period-header-mismatch`` at the header's cell;
- months read without a year anywhere (``监控期间：1-7月`` under a bare title) got
  ``period-missing`` saying no period had been read: it now says only the year is missing,
  at the line's cell;
- a period in words with its months in brackets (``2024年上半年（1月1日-6月30日）``) was
  ``period-unread`` (the closing bracket was stripped, and ``（1-6月）`` read as months
  without the line's year): read as the words when the months agree; months that
  disagree (``上半年（1-7月）``) stay ``period-unread``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.test_period_r35i import BARE_TITLE, YEAR_TITLE, tracking_tsv

import perftrack
from perftrack.scoring import show


def score(title: str, period_line: str) -> perftrack.Scorecard:
    (table,) = perftrack.read_text(tracking_tsv(title, period_line), format="text")
    return perftrack.score(table)


def found(card: perftrack.Scorecard, finding_id: str) -> list[tuple[str | None, str]]:
    return [(f.where.cell, f.message) for f in card.findings if f.id == finding_id]


@pytest.mark.parametrize(
    ("period_line", "as_of", "time_progress", "messages"),
    [
        pytest.param(
            "跟踪时段：2024年1月1日-2024年2月30日",
            dt.date(2024, 2, 29),
            "16.67",
            [
                (
                    "跟踪时段“2024年1月1日-2024年2月30日”中的日期“2024年2月30日”不存在"
                    "（2024年2月只有29天），按2月底（2024-02-29）评价"
                )
            ],
            id="february-30",
        ),
        pytest.param(
            "跟踪时段：2023年1月1日-2023年2月29日",
            dt.date(2023, 2, 28),
            "16.67",
            [
                (
                    "跟踪时段“2023年1月1日-2023年2月29日”中的日期“2023年2月29日”不存在"
                    "（2023年2月只有28天），按2月底（2023-02-28）评价"
                )
            ],
            id="no-leap-day",
        ),
        pytest.param(
            "监控期间：2024-01-01至2024-06-31",
            dt.date(2024, 6, 30),
            "50.00",
            [
                (
                    "监控期间“2024-01-01至2024-06-31”中的日期“2024年6月31日”不存在"
                    "（2024年6月只有30天），按6月底（2024-06-30）评价"
                )
            ],
            id="june-31-iso",
        ),
        pytest.param(
            "跟踪时段：2024年1月32日-2024年6月30日",
            dt.date(2024, 6, 30),
            "50.00",
            [
                (
                    "跟踪时段“2024年1月32日-2024年6月30日”中的日期“2024年1月32日”不存在"
                    "（2024年1月只有31天），按2024年1月起算"
                )
            ],
            id="first-day-past-month",
        ),
        # Days that exist: nothing to say.
        pytest.param(
            "跟踪时段：2024年1月1日-2024年2月29日", dt.date(2024, 2, 29), "16.67", [], id="leap"
        ),
        pytest.param(
            "跟踪时段：2024年1月1日-6月30日", dt.date(2024, 6, 30), "50.00", [], id="june"
        ),
        pytest.param("跟踪时段：2024.1.1-2024.6.30", dt.date(2024, 6, 30), "50.00", [], id="dots"),
    ],
)
def test_impossible_day_of_a_period_line(
    period_line: str, as_of: dt.date, time_progress: str, messages: list[str]
) -> None:
    card = score(BARE_TITLE, period_line)
    assert card.as_of == as_of
    assert card.time_progress is not None
    assert show(card.time_progress) == time_progress
    assert found(card, "period-date-invalid") == [("A2", message) for message in messages]
    assert found(card, "period-unread") == []


YEAR_END_2024 = [
    ("not_met", "behind", "实际600人，未达年度指标≥1200人；实际600人落后于计划1200人"),
    ("not_met", "behind", "截止日期2024-09-30已到，实际“推进中”；虽达到计划，但年度指标未达成"),
]


@pytest.mark.parametrize(
    ("title", "period_line", "cell", "message"),
    [
        pytest.param(
            BARE_TITLE,
            "跟踪时段：2024年1月-2025年3月",
            "A2",
            "跟踪时段“2024年1月-2025年3月”跨年度（止于2025年3月），超出2024年度，"
            "按2024年度年末（2024-12-31）评价",
            id="months",
        ),
        pytest.param(
            BARE_TITLE,
            "监控期间\t2024-01-01至2025-03-31",
            "B2",
            "监控期间“2024-01-01至2025-03-31”跨年度（止于2025年3月），超出2024年度，"
            "按2024年度年末（2024-12-31）评价",
            id="dates-in-two-cells",
        ),
        pytest.param(
            "2024年1月-2025年3月社区养老服务提升项目绩效跟踪表",
            "",
            "A1",
            "标题“2024年1月-2025年3月社区养老服务提升项目绩效跟踪表”的时段跨年度（止于2025年3月），"
            "超出2024年度，按2024年度年末（2024-12-31）评价",
            id="title",
        ),
    ],
)
def test_period_past_the_year_end(title: str, period_line: str, cell: str, message: str) -> None:
    # Before: as of 2025-03-31, nothing said.
    card = score(title, period_line)
    assert card.as_of == dt.date(2024, 12, 31)
    assert card.as_of_source == "period"
    assert card.time_progress is not None
    assert show(card.time_progress) == "100.00"
    got = [(v.attainment.value, v.progress.value, v.explanation) for v in card.verdicts]
    assert got == YEAR_END_2024
    assert found(card, "period-spans-years") == [(cell, message)]


def test_period_within_its_year_is_not_said() -> None:
    card = score(BARE_TITLE, "跟踪时段：2024年1月-2024年12月")
    assert card.as_of == dt.date(2024, 12, 31)
    assert found(card, "period-spans-years") == []


def test_policy_date_still_rules_a_period_past_the_year_end() -> None:
    tsv = tracking_tsv(BARE_TITLE, "跟踪时段：2024年1月-2025年3月")
    (table,) = perftrack.read_text(tsv, format="text")
    card = perftrack.score(table, policy=perftrack.Policy(as_of=dt.date(2024, 6, 30)))
    assert (card.as_of, card.as_of_source) == (dt.date(2024, 6, 30), "policy")


def header_tsv(title: str, period_line: str, executed: str, actual: str) -> str:
    lines = [title] + ([period_line] if period_line else [])
    lines += [
        "项目名称\t社区养老服务提升\t\t\t\t",
        f"预算执行情况 (万元)\t\t年初预算数\t全年预算数\t{executed}\t执行率(%)",
        "\t年度资金总额\t100.00\t100.00\t45.00\t45.00",
        f"一级指标\t二级指标\t三级指标\t年度指标值\t{actual}\t偏差原因分析",
        "产出指标\t数量指标\t培训人数\t≥1200人\t600\t",
        "产出指标\t时效指标\t完成系统上线\t2024年9月底前完成\t推进中\t",
    ]
    return "\n".join(lines) + "\n"


MONITOR_TITLE = "项目支出绩效运行监控表"


@pytest.mark.parametrize(
    ("title", "period_line", "headers", "as_of", "expected"),
    [
        pytest.param(
            MONITOR_TITLE,
            "监控期间：2024年1-6月",
            ("1-7月执行数", "1-7月执行情况"),
            dt.date(2024, 6, 30),
            [
                (
                    "E4",
                    (
                        "表头“1-7月执行数”的时段（至7月）与监控期间“2024年1-6月”不符，"
                        "按跟踪时段（至2024年6月）评价"
                    ),
                )
            ],
            id="line-june-headers-july",
        ),
        pytest.param(
            MONITOR_TITLE,
            "监控期间：2024年1-6月",
            ("执行数", "截至2024年7月底完成值"),
            dt.date(2024, 6, 30),
            [
                (
                    "E6",
                    (
                        "表头“截至2024年7月底完成值”的时段（至7月）与监控期间“2024年1-6月”不符，"
                        "按跟踪时段（至2024年6月）评价"
                    ),
                )
            ],
            id="until-header",
        ),
        pytest.param(
            "2024年1-6月项目支出绩效运行监控表",
            "",
            ("1-7月执行数", "1-7月执行情况"),
            dt.date(2024, 6, 30),
            [
                (
                    "E3",
                    (
                        "表头“1-7月执行数”的时段（至7月）与标题“2024年1-6月项目支出绩效运行监控表”"
                        "的时段不符，按跟踪时段（至2024年6月）评价"
                    ),
                )
            ],
            id="title-june-headers-july",
        ),
        # Agreeing, headers that disagree among themselves, or a forecast's: nothing said.
        pytest.param(
            MONITOR_TITLE,
            "监控期间：2024年1-7月",
            ("1-7月执行数", "1-7月执行情况"),
            dt.date(2024, 7, 31),
            [],
            id="agreeing",
        ),
        pytest.param(
            MONITOR_TITLE,
            "监控期间：2024年1-6月",
            ("1-7月执行数", "1-6月执行情况"),
            dt.date(2024, 6, 30),
            [],
            id="headers-disagree",
        ),
        pytest.param(
            MONITOR_TITLE,
            "监控期间：2024年1-6月",
            ("1-12月预计执行数", "实际完成值"),
            dt.date(2024, 6, 30),
            [],
            id="forecast-header",
        ),
        # The headers alone give the period: nothing to compare.
        pytest.param(
            "2024年项目支出绩效运行监控表",
            "",
            ("1-7月执行数", "1-7月执行情况"),
            dt.date(2024, 7, 31),
            [],
            id="headers-only",
        ),
    ],
)
def test_period_against_the_column_headers(
    title: str,
    period_line: str,
    headers: tuple[str, str],
    as_of: dt.date,
    expected: list[tuple[str, str]],
) -> None:
    tsv = header_tsv(title, period_line, *headers)
    (table,) = perftrack.read_text(tsv, format="text")
    card = perftrack.score(table)
    assert card.as_of == as_of
    assert found(card, "period-header-mismatch") == expected


YEARLESS = (
    "未写年度，标题等处也未注明年度，需按日期判断的指标无法判断，"
    "未指定评价日期（--as-of）时序时进度也无法计算；请注明跟踪时段的年度"
)
NOTHING_READ = (
    "未读到跟踪时段（起止年月），需按日期判断的指标无法判断，"
    "未指定评价日期（--as-of）时序时进度也无法计算；请在表中注明跟踪时段"
)


@pytest.mark.parametrize(
    ("tsv", "expected"),
    [
        pytest.param(
            tracking_tsv(MONITOR_TITLE, "监控期间：1-7月"),
            [("A2", f"监控期间“1-7月”{YEARLESS}")],
            id="labelled-months",
        ),
        pytest.param(
            tracking_tsv(MONITOR_TITLE, "监控期间\t1-7月"),
            [("B2", f"监控期间“1-7月”{YEARLESS}")],
            id="months-in-their-own-cell",
        ),
        pytest.param(
            tracking_tsv(MONITOR_TITLE, "跟踪时段：上半年"),
            [("A2", f"跟踪时段“上半年”{YEARLESS}")],
            id="half-year",
        ),
        pytest.param(
            tracking_tsv("1-7月项目支出绩效运行监控表", ""),
            [
                (
                    "A1",
                    (
                        "标题“1-7月项目支出绩效运行监控表”的时段未写年度，需按日期判断的指标无法判断，"
                        "未指定评价日期（--as-of）时序时进度也无法计算；请注明跟踪时段的年度"
                    ),
                )
            ],
            id="title-months",
        ),
        pytest.param(
            header_tsv(MONITOR_TITLE, "", "1-7月执行数", "1-7月执行情况"),
            [("E3", f"表头“1-7月执行数”的时段{YEARLESS}")],
            id="header-months",
        ),
        # Nothing read at all: the message as before, on the table.
        pytest.param(tracking_tsv(MONITOR_TITLE, ""), [(None, NOTHING_READ)], id="nothing"),
    ],
)
def test_months_without_a_year(tsv: str, expected: list[tuple[str | None, str]]) -> None:
    (table,) = perftrack.read_text(tsv, format="text")
    card = perftrack.score(table)
    assert card.as_of is None
    assert card.time_progress is None
    assert found(card, "period-missing") == expected
    assert [f.id for f in card.findings if f.id == "period-unread"] == []


@pytest.mark.parametrize(
    ("title", "period_line", "as_of", "time_progress"),
    [
        pytest.param(
            BARE_TITLE,
            "跟踪时段：2024年上半年（1月1日-6月30日）",
            dt.date(2024, 6, 30),
            "50.00",
            id="half-with-days",
        ),
        pytest.param(
            YEAR_TITLE,
            "跟踪时段：上半年（1月1日-6月30日）",
            dt.date(2024, 6, 30),
            "50.00",
            id="half-with-days-title-year",
        ),
        pytest.param(
            BARE_TITLE, "跟踪时段：2024年上半年（1-6月）", dt.date(2024, 6, 30), "50.00", id="1-6"
        ),
        pytest.param(
            BARE_TITLE,
            "监控期间：2024年前三季度（1-9月）",
            dt.date(2024, 9, 30),
            "75.00",
            id="three-quarters",
        ),
        pytest.param(
            BARE_TITLE,
            "跟踪时段：2024年第二季度（1-6月）",
            dt.date(2024, 6, 30),
            "50.00",
            id="quarter-cumulative",
        ),
        pytest.param(
            BARE_TITLE,
            "跟踪时段：（2024年上半年）",
            dt.date(2024, 6, 30),
            "50.00",
            id="bracketed-words",
        ),
    ],
)
def test_words_with_their_months(
    title: str, period_line: str, as_of: dt.date, time_progress: str
) -> None:
    # Before: period-unread (or, for （1-6月）, months without the line's year), no date.
    (table,) = perftrack.read_text(tracking_tsv(title, period_line), format="text")
    card = perftrack.score(table)
    assert card.as_of == as_of
    assert card.time_progress is not None
    assert show(card.time_progress) == time_progress
    assert table.period is not None
    assert table.period.text == period_line
    assert [f.id for f in card.findings if f.id.startswith("period-")] == []


@pytest.mark.parametrize(
    "value", ["2024年上半年（1-7月）", "2024年前三季度（1-6月）", "2024年上半年（2-6月）"]
)
def test_words_against_their_months_are_not_guessed(value: str) -> None:
    card = score(BARE_TITLE, f"跟踪时段：{value}")
    assert card.as_of is None
    assert found(card, "period-unread") == [("A2", f"跟踪时段“{value}”无法识别，进度无法判断")]
