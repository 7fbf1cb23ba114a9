"""An actual that is no result of the period (a forecast, last year's figure) at the due date.

The verdict is ``unknown`` (docs/scoring.md, "A forecast as the actual" and "Last year's
figure as the actual"); the row still prints its 得分, so a reviewer is told, as for an
empty actual: ``missing-actual``, with the points the row keeps.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from scoring_builders import indicator, score_one

_YEAR = 2025


def _missing(actual: str, points: int | None, kind: TableKind, end: int) -> list[str]:
    card = score_one(
        indicator("服务对象满意度", "≥90%", actual, year=_YEAR, points=points, weight=10),
        period=(_YEAR, 1, _YEAR, end),
        kind=kind,
    )
    return [f.message for f in card.findings if f.id == "missing-actual"]


_SELF = TableKind.SELF_EVALUATION


@pytest.mark.parametrize(
    ("actual", "points", "kind", "end", "expected"),
    [
        pytest.param(
            "预计92%",
            10,
            _SELF,
            12,
            [
                "“服务对象满意度”实际填写“预计92%”，为预计数，未填报实际完成值，却得满分（填报得分10）"
            ],
            id="forecast-full-points",
        ),
        pytest.param(
            "82.3%（上年度测评结果）",
            8,
            _SELF,
            12,
            [
                (
                    "“服务对象满意度”实际填写“82.3%（上年度测评结果）”，为上年度数据，"
                    "未填报实际完成值，却填报得分8"
                )
            ],
            id="last-year-some-points",
        ),
        pytest.param(
            "93%（上年数）",
            None,
            _SELF,
            12,
            ["“服务对象满意度”实际填写“93%（上年数）”，为上年度数据，未填报实际完成值"],
            id="last-year-no-points",
        ),
        pytest.param(
            "预计92%",
            None,
            TableKind.TRACKING,
            12,
            ["“服务对象满意度”实际填写“预计92%”，为预计数，未填报实际完成值"],
            id="tracking-at-due",
        ),
        # before the due date a forecast is the row's 全年预计: pending, nothing missing
        pytest.param("预计92%", None, TableKind.TRACKING, 6, [], id="tracking-before-due"),
        # a result of the year: nothing missing
        pytest.param("93%（2025年度测评）", 10, _SELF, 12, [], id="this-year-note"),
        pytest.param("93%", 10, _SELF, 12, [], id="plain-result"),
    ],
)
def test_a_stale_actual_at_the_due_date_is_a_missing_actual(
    actual: str, points: int | None, kind: TableKind, end: int, expected: list[str]
) -> None:
    assert _missing(actual, points, kind, end) == expected
