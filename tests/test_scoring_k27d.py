"""k27d: residuals the audits of regress101-106 reported.

Each case is one row of the probe 自评表 (2025, as of its year's end).

3. ``由700元提高至800元`` against a target in 元/人 on a per-person standard: the bare
   元 levels are the target's amounts, their difference the raise.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "补助标准提高",
            "提高200元/人",
            "由700元提高至800元",
            ("not_met", "实际由700元提高至800元（提高100元/人），未达年度指标提高200元/人"),
            id="bare-yuan-levels-short-raise",
        ),
        pytest.param(
            "补助标准提高",
            "提高100元/人",
            "由700元提高至800元",
            ("met", "实际由700元提高至800元（提高100元/人），达到年度指标提高100元/人"),
            id="bare-yuan-levels-raise-met",
        ),
        pytest.param(
            "补助标准",
            "≥800元/人",
            "由700元提高至800元",
            ("met", "实际800元/人，达到年度指标≥800元/人"),
            id="bare-yuan-levels-against-level",
        ),
    ],
)
def test_bare_yuan_levels_against_per_person(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected
