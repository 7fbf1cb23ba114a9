"""A promise to complete in the 全年预计完成情况 column of a count row (r35t).

``预计年底完成`` / ``预计12月底完成`` / ``预计全年可完成`` beside ``≥1200人`` (600 done in
June) forecast that the work, and so the target, is done by the year's end: ``on_track`` as
``能完成`` is, where they were ``unknown`` (the date was held against a count and decided
nothing). A forecast after the due date is ``behind``; one already past at the as-of date
decides nothing, as before.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.expressions import DateValue, Status, StatusValue
from perftrack.scoring import score


def tracking_tsv(forecast: str, actual: str = "600人", months: str = "1-6月") -> str:
    return (
        "\n".join(
            [
                "2024年社区养老服务提升项目绩效跟踪表",
                f"跟踪时段：（2024年{months}）",
                "项目名称\t社区养老服务提升\t\t\t\t\t",
                "主管部门\t某区民政局\t\t实施单位\t某区养老服务中心\t\t",
                f"一级指标\t二级指标\t三级指标\t年度指标值\t{months}实际完成值\t全年预计完成情况\t偏差原因分析",
                f"产出指标\t数量指标\t培训人数\t≥1200人\t{actual}\t{forecast}\t",
                f"产出指标\t时效指标\t完成系统上线\t2024年9月底前完成\t推进中\t{forecast}\t",
            ]
        )
        + "\n"
    )


PENDING_600 = "实际600人，未达年度指标≥1200人，距年底尚有时间"

# the forecast that puts the row on track is named (r36e: it was left out); a cell that
# says 预计 itself is quoted as it is (r36k: it read 全年预计“预计年底完成”)
BY_YEAR_END = "；“{}”，预计截止日期2024-12-31前完成"
REACHES = "；全年预计“{}”，可达成年度指标"
SAYS_REACHES = "；“{}”，可达成年度指标"

CASES = [
    # forecast, actual, months, (attainment, progress, explanation) of the count row
    (
        "预计年底完成",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + BY_YEAR_END.format("预计年底完成")),
    ),
    (
        "预计12月底完成",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + BY_YEAR_END.format("预计12月底完成")),
    ),
    (
        "预计全年可完成",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + SAYS_REACHES.format("预计全年可完成")),
    ),
    (
        "预计全年完成",
        "600人",
        "1-6月",
        ("pending", "on_track", PENDING_600 + SAYS_REACHES.format("预计全年完成")),
    ),
    # far behind the year's pace: the table's own forecast still decides, as 能完成 does
    (
        "预计年底完成",
        "100人",
        "1-9月",
        (
            "pending",
            "on_track",
            "实际100人，未达年度指标≥1200人，距年底尚有时间" + BY_YEAR_END.format("预计年底完成"),
        ),
    ),
    (
        "能完成",
        "100人",
        "1-9月",
        (
            "pending",
            "on_track",
            "实际100人，未达年度指标≥1200人，距年底尚有时间" + REACHES.format("能完成"),
        ),
    ),
    # a forecast after the due date: behind, its date named
    (
        "预计2025年3月完成",
        "600人",
        "1-6月",
        (
            "pending",
            "behind",
            PENDING_600 + "；“预计2025年3月完成”，预计完成时间2025-03-31晚于截止日期2024-12-31",
        ),
    ),
    # a forecast already past at the as-of date decides nothing, as before
    ("预计5月底完成", "600人", "1-6月", ("pending", "unknown", PENDING_600)),
]


@pytest.mark.parametrize(("forecast", "actual", "months", "count"), CASES)
def test_count_row_forecast(
    forecast: str,
    actual: str,
    months: str,
    count: tuple[str, str, str],
) -> None:
    (table,) = perftrack.read_text(tracking_tsv(forecast, actual, months))
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == count


def test_deadline_row_unchanged() -> None:
    """The date target still holds the forecast date against its own (r35i)."""
    (table,) = perftrack.read_text(tracking_tsv("预计年底完成"))
    verdict = score(table).verdicts[1]
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("预计全年可完成", StatusValue(Status.DONE, "预计全年可完成")),
        ("预计全年完成", StatusValue(Status.DONE, "预计全年完成")),
        ("预计全年能够完成", StatusValue(Status.DONE, "预计全年能够完成")),
        ("预计年底完成", DateValue(2024, 12, 31, status=Status.DONE)),
    ],
)
def test_forecast_read(cell: str, expected: object) -> None:
    (table,) = perftrack.read_text(tracking_tsv(cell))
    assert table.indicators[0].forecast == expected
