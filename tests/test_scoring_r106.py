"""Regress106: the progress of a lesser-grade fire, and praise or a posting on a 0人 row.

W2. A fire whose note gives a grade below the row's (``发生火灾1起（一般）`` on 较大及以上火灾事故)
    is met (regress105); the progress of a 跟踪表 reads the cell the same way: none of the
    row's grade, on track against a plan of 0起, and no deviation findings.
Open. Praise or a posting (``1名干部被表彰``, ``被表彰1人``, ``1名干部被抽调``) on a row of
    persons dealt with for a breach against 0人 is no violator: unknown, not not_met; a
    disciplinary outcome (被约谈, 被处分, 被通报批评) still breaks the ceiling.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import track_table

FIRE = "较大及以上火灾事故"
DEVIATION = frozenset({"missing-deviation-reason", "judgement-optimistic"})


def _tracked(name: str, actual: str) -> tuple[str, str, tuple[str, ...]]:
    """Attainment, progress and deviation findings of one row of the probe 跟踪表."""
    table = track_table((name, "0起", "0起", actual))
    card = perftrack.score(table)
    found = tuple(sorted(f.id for f in card.findings if f.id in DEVIATION))
    return card.verdicts[0].attainment.value, card.verdicts[0].progress.value, found


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param(FIRE, "发生火灾1起（一般）", ("met", "on_track", ()), id="lesser-grade"),
        pytest.param(
            "重大火灾事故", "发生火灾1起（较大）", ("met", "on_track", ()), id="lesser-on-major"
        ),
        pytest.param(
            FIRE,
            "发生火灾1起（较大）",
            ("not_met", "behind", ("judgement-optimistic", "missing-deviation-reason")),
            id="control-row-grade",
        ),
        pytest.param(FIRE, "未发生火灾", ("met", "on_track", ()), id="control-none"),
    ],
)
def test_lesser_grade_progress(
    name: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert _tracked(name, actual) == expected
