"""Year-level dates as actuals against a deadline inside that year (k28c; parse50 H1).

``2025年底完成`` is the year's last day, late against ``2025年6月底前完成``; a year alone
(``2025年完成``, ``2025年内完成``) holds a deadline inside it and cannot be judged, as a
quarter holding the due date cannot. Both were met from the year's first day.
"""

from __future__ import annotations

import pytest

from perftrack.expressions import DateValue, Status, parse_value
from probe_tables import self_reading, track_verdict


@pytest.mark.parametrize(
    ("text", "expected", "canonical"),
    [
        ("2025年底", DateValue(2025, 12, 31), "2025年12月31日"),
        ("2025年末", DateValue(2025, 12, 31), "2025年12月31日"),
        ("2025年底完成", DateValue(2025, 12, 31, Status.DONE), "已于2025年12月31日完成"),
        ("2025年年底完成", DateValue(2025, 12, 31, Status.DONE), "已于2025年12月31日完成"),
        ("2025年年末完成", DateValue(2025, 12, 31, Status.DONE), "已于2025年12月31日完成"),
        # controls: the year alone stays the year
        ("2025年完成", DateValue(2025, None, None, Status.DONE), "已于2025年完成"),
        ("2025年内完成", DateValue(2025, None, None, Status.DONE), "已于2025年完成"),
    ],
)
def test_year_end_values(text: str, expected: DateValue, canonical: str) -> None:
    value = parse_value(text)
    assert value == expected
    assert str(value) == canonical
    assert parse_value(canonical) == value


LATE = "晚于截止日期"
SPANS = "在其期间内，无法判断是否按期"

CASES = [
    (
        ("台站建设", "2025年6月底前完成", "2025年底完成"),
        ("not_met", f"实际“2025年底完成”，{LATE}2025-06-30"),
    ),
    (
        ("台站建设", "2025年9月前", "2025年年末完成"),
        ("not_met", f"实际“2025年年末完成”，{LATE}2025-09-30"),
    ),
    (
        ("台站建设", "2025年9月底前完成", "2025年完成"),
        ("unknown", f"实际“2025年完成”，截止日期2025-09-30{SPANS}"),
    ),
    (
        ("台站建设", "2025年9月底前完成", "2025年内完成"),
        ("unknown", f"实际“2025年内完成”，截止日期2025-09-30{SPANS}"),
    ),
    # controls: a deadline at or after the year's end is kept by the year
    (
        ("台站建设", "2025年12月底前完成", "2025年完成"),
        ("met", "实际“2025年完成”，未晚于截止日期2025-12-31"),
    ),
    (
        ("台站建设", "2025年12月底前完成", "2025年底完成"),
        ("met", "实际“2025年底完成”，未晚于截止日期2025-12-31"),
    ),
    (
        ("台站建设", "2026年6月底前完成", "2025年完成"),
        ("met", "实际“2025年完成”，未晚于截止日期2026-06-30"),
    ),
]


@pytest.mark.parametrize(("row", "expected"), CASES)
def test_year_dates_against_a_deadline(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    assert self_reading(*row) == expected


def test_year_end_tracked_is_not_done_by_june() -> None:
    verdict = track_verdict("档案馆建设", "2025年6月底前完成", "完成", "2025年底")
    assert (verdict.attainment.value, verdict.progress.value) == ("not_met", "behind")
