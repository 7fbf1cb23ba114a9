"""k27d: residuals the audits of regress101-106 reported.

Each case is one row of the probe 自评表 (2025, as of its year's end).

3. ``由700元提高至800元`` against a target in 元/人 on a per-person standard: the bare
   元 levels are the target's amounts, their difference the raise.
4. A bare amount (``≥200元/人``) on a row whose name says a raise (``补助标准提高``) is
   the raise when it is no higher than the level before it (700元/人): the change the
   cell states (``（提高100元/人）``, ``（原700元/人）``, ``由700元/人提高至…``) is compared.
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


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "补助标准提高",
            "≥200元/人",
            "提高至800元/人（提高100元/人）",
            ("not_met", "实际提高至800元/人（提高100元/人），未达年度指标≥200元/人"),
            id="raise-in-note-short",
        ),
        pytest.param(
            "补助标准提高",
            "≥200元/人",
            "提高至800元/人（提高200元/人）",
            ("met", "实际提高至800元/人（提高200元/人），达到年度指标≥200元/人"),
            id="raise-in-note-met",
        ),
        pytest.param(
            "人均补助提高",
            "≥200元/人",
            "提高至800元/人（原700元/人）",
            ("not_met", "实际提高至800元/人（原700元/人，提高100元/人），未达年度指标≥200元/人"),
            id="former-level-in-note",
        ),
        pytest.param(
            "补助标准提高",
            "≥200元/人",
            "由700元/人提高至800元/人",
            ("not_met", "实际由700元/人提高至800元/人（提高100元/人），未达年度指标≥200元/人"),
            id="two-levels",
        ),
        pytest.param(
            "补助标准提高",
            "≥800元/人",
            "提高至800元/人（提高200元/人）",
            ("met", "实际800元/人，达到年度指标≥800元/人"),
            id="level-target-above-former-level",
        ),
        pytest.param(
            "补助标准",
            "≥200元/人",
            "提高至800元/人（提高100元/人）",
            ("met", "实际800元/人，达到年度指标≥200元/人"),
            id="no-raise-in-name",
        ),
    ],
)
def test_bare_amount_on_a_raise_row(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected
