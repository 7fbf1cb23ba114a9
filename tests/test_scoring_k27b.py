"""k27b: progress and dates.

1. A ``/`` (or ``—``) actual beside a 全年预计 before due: the progress is the forecast's,
   as the verdict's "进度以全年预计判断" says (parse42 M2).
2. A zero-family target (``零脱管、零漏管``, ``零事故``) with a plan of ``0人``: a violation
   mid-year is above the plan, ``behind``, not ``on_track`` (parse44 M1).
3. ``采购到位`` and ``结训`` after a date are verbs of completion: a deadline judges the
   date (parse43 M2).
4. Dated steps (``6月25日到货，7月10日入库``) against a deadline: done on the latest date.
5. Tracking: a forecast date past the deadline in the actual's cell (``进度75%，预计11月中旬
   完工`` against ``2025年10月底前``) is progress ``behind``, not unknown (parse41 M6).
6. A period target into ``次年`` (``12月1日—次年5月31日``) at year end: the actual that is
   the cycle ended in the year (``2024.12.1-2025.5.31``) is met (parse44 M6).
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_reading
from scoring_builders import indicator, tracking_table


def _tracked(  # noqa: PLR0913, PLR0917 - one argument per cell
    name: str, target: str, planned: str, actual: str, forecast: str, likelihood: str = ""
) -> tuple[str, str, str]:
    row = indicator(
        name=name,
        target=target,
        planned=planned,
        actual=actual,
        forecast=forecast,
        likelihood=likelihood or None,
        year=2025,
    )
    got = perftrack.score(tracking_table([row], period=(2025, 1, 2025, 9))).verdicts[0]
    return got.attainment.value, got.progress.value, got.explanation


NO_FIGURE = "尚无实际完成值（“{}”），截止日期未到，进度以全年预计判断"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        pytest.param(
            ("公务用车违规使用", "0起", "0起", "/", "0起", "确定能"),
            ("pending", "on_track", NO_FIGURE.format("/") + "；全年预计“0起”，可达成年度指标"),
            id="slash-forecast-meets-zero",
        ),
        pytest.param(
            ("公务用车违规使用", "0起", "0起", "/", "2起", "完全不可能"),
            (
                "pending",
                "behind",
                NO_FIGURE.format("/") + "；全年预计2起已超出年度上限=0起",
            ),
            id="slash-forecast-breaks-zero",
        ),
        pytest.param(
            ("粮食产量", "≥600亿斤", "400亿斤", "—", "580亿斤", "有可能"),
            (
                "pending",
                "behind",
                NO_FIGURE.format("—") + "；全年预计580亿斤，未达年度指标≥600亿斤",
            ),
            id="dash-forecast-short",
        ),
        pytest.param(
            ("粮食产量", "≥600亿斤", "400亿斤", "—", "610亿斤", "确定能"),
            ("pending", "on_track", NO_FIGURE.format("—") + "；全年预计“610亿斤”，可达成年度指标"),
            id="dash-forecast-meets",
        ),
    ],
)
def test_no_figure_yet_progress_from_forecast(
    cells: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    assert _tracked(*cells) == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        pytest.param(
            (
                "脱管人数",
                "零脱管、零漏管",
                "0人",
                "发生脱管1人（已于3日内找回）",
                "1人",
                "完全不可能",
            ),
            (
                "not_met",
                "behind",
                "实际发生脱管1人（已于3日内找回），未达到“零脱管、零漏管”；实际1人超出计划0人",
            ),
            id="zero-family-broken-behind",
        ),
        pytest.param(
            ("安全事故", "零事故", "0起", "发生事故1起", "1起", "完全不可能"),
            ("not_met", "behind", "实际发生事故1起，未达到“零事故”；实际1起超出计划0起"),
            id="zero-accidents-broken-behind",
        ),
        pytest.param(
            ("安全事故", "零事故", "0起", "0起", "0起", "确定能"),
            ("met", "on_track", "实际0起，达到“零事故”"),
            id="zero-kept-on-track",
        ),
        pytest.param(
            ("安全事故", "零事故", "0起", "未发生", "0起", "确定能"),
            ("met", "on_track", "实际“未发生”，达到“零事故”"),
            id="zero-none-said-on-track",
        ),
    ],
)
def test_zero_family_broken_mid_year_behind(
    cells: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    assert _tracked(*cells) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("6月12日采购到位", (2025, 6, 12, "done"), id="bought-in-place-day"),
        pytest.param("2024年6月采购到位", (2024, 6, None, "done"), id="bought-in-place-month"),
        pytest.param("10月15日结训", (2025, 10, 15, "done"), id="training-closed"),
        pytest.param("11月20日结训", (2025, 11, 20, "done"), id="training-closed-november"),
    ],
)
def test_completion_verbs_make_a_date(
    text: str, expected: tuple[int, int, int | None, str]
) -> None:
    got = perftrack.parse_value(text, year=2025)
    assert isinstance(got, perftrack.DateValue)
    assert (got.year, got.month, got.day, got.status.value if got.status else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2024年6月完成采购", id="purchase-step-stays-text"),
        pytest.param("预计10月结训", id="forecast-stays-text"),
    ],
)
def test_completion_verbs_controls(text: str) -> None:
    assert isinstance(perftrack.parse_value(text, year=2025), perftrack.TextValue)


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "年度训练任务完成时间",
            "9月30日前",
            "10月15日结训",
            ("not_met", "实际“10月15日结训”，晚于截止日期2025-09-30"),
            id="late-training",
        ),
        pytest.param(
            "年度训练任务完成时间",
            "9月30日前",
            "9月26日结训",
            ("met", "实际“9月26日结训”，未晚于截止日期2025-09-30"),
            id="on-time-training",
        ),
        pytest.param(
            "设备采购完成时间",
            "2025年5月31日前",
            "2025年6月采购到位",
            ("not_met", "实际“2025年6月采购到位”，晚于截止日期2025-05-31"),
            id="late-purchase",
        ),
    ],
)
def test_completion_verbs_against_deadline(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


def test_purchase_in_place_tracked_late() -> None:
    got = _tracked(
        "禁毒宣传品采购完成时间", "2025年5月底前", "5月底前", "6月12日采购到位", "已完成"
    )
    assert got[:2] == ("not_met", "behind")
    assert got[2].startswith("实际“6月12日采购到位”，晚于截止日期2025-05-31")


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "6月30日前",
            "6月25日到货，7月10日入库",
            ("not_met", "实际“6月25日到货，7月10日入库”，晚于截止日期2025-06-30"),
            id="stored-late",
        ),
        pytest.param(
            "7月31日前",
            "6月25日到货，7月10日入库",
            ("met", "实际“6月25日到货，7月10日入库”，未晚于截止日期2025-07-31"),
            id="stored-on-time",
        ),
        pytest.param(
            "7月31日前",
            "7月10日全部入库，6月25日到货",
            ("met", "实际“7月10日全部入库，6月25日到货”，未晚于截止日期2025-07-31"),
            id="latest-not-last",
        ),
        pytest.param(
            "7月31日前",
            "6月25日到货，预计8月10日入库",
            (
                "unknown",
                "截止日期2025-07-31已到，实际“6月25日到货，预计8月10日入库”无法判断是否完成",
            ),
            id="planned-step-stays-unknown",
        ),
    ],
)
def test_dated_steps_latest_date(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("物资采购完成时间", target, actual) == expected


PENDING_DUE = "，截止日期2025-10-31未到"


@pytest.mark.parametrize(
    ("planned", "actual", "expected"),
    [
        pytest.param(
            "主体完工",
            "进度75%，预计11月中旬完工",
            (
                "pending",
                "behind",
                "实际“进度75%，预计11月中旬完工”"
                + PENDING_DUE
                + "；实际注明“预计11月中旬完工”，晚于截止日期2025-10-31",
            ),
            id="forecast-after-deadline",
        ),
        pytest.param(
            "完工",
            "施工中（预计2026年1月完工）",
            (
                "pending",
                "behind",
                "实际“施工中（预计2026年1月完工）”"
                + PENDING_DUE
                + "；实际注明“预计2026年1月完工”，晚于截止日期2025-10-31",
            ),
            id="forecast-next-year-in-brackets",
        ),
        pytest.param(
            "主体完工",
            "进度75%，预计10月中旬完工",
            ("pending", "unknown", "实际“进度75%，预计10月中旬完工”" + PENDING_DUE),
            id="forecast-before-deadline-decides-nothing",
        ),
    ],
)
def test_in_cell_forecast_past_deadline_behind(
    planned: str, actual: str, expected: tuple[str, str, str]
) -> None:
    got = _tracked("疏浚工程完工时间", "2025年10月底前", planned, actual, "")
    assert got == expected


CYCLE_MET = (
    "实际“{}”为年度指标“{}”在本年度结束的周期（2024-12-01至2025-05-31），已完整执行，达到年度指标"
)


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "12月1日—次年5月31日",
            "2024.12.1-2025.5.31",
            (
                "met",
                CYCLE_MET.format("2024.12.1-2025.5.31", "12月1日—次年5月31日"),
            ),
            id="finished-cycle-dotted",
        ),
        pytest.param(
            "12月1日至次年5月31日",
            "2024年12月1日至2025年5月31日",
            (
                "met",
                CYCLE_MET.format("2024年12月1日至2025年5月31日", "12月1日至次年5月31日"),
            ),
            id="finished-cycle-written",
        ),
        pytest.param(
            "12月1日至次年5月31日",
            "2024.12.1-2025.4.30",
            ("pending", "实际“2024.12.1-2025.4.30”，截止日期2026-05-31未到"),
            id="shorter-cycle-stays-pending",
        ),
        pytest.param(
            "12月1日至次年5月31日",
            "储备期内均按要求储备",
            ("pending", "实际“储备期内均按要求储备”，截止日期2026-05-31未到"),
            id="prose-names-no-cycle",
        ),
    ],
)
def test_next_year_period_finished_cycle(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading("储备期", target, actual) == expected
