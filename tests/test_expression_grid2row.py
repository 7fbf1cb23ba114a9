"""A 其中 clause after a comma that names a part of the count (grid2row).

``完成150户，其中贫困户12户`` reads as ``完成150户（其中贫困户12户）`` does: 150 户, the
clause its note, the text as written (before: prose, ``unknown`` against ``=150户``). A
clause saying some are unfinished (``其中12户未完工``: taken off the count by
``works_done_count``) or put off (``其中2户延期``: partly done) is no part of this, nor is
a clause in another measure, a rate, or more than the count.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import Bound, Quantity, Status, StatusValue, TextValue, parse_value
from perftrack.expressions._grammar import works_done_count
from perftrack.scoring import score
from scoring_builders import indicator, self_evaluation_table

_DONE = Status.DONE


def _households(
    note: str, *, status: Status | None = _DONE, bound: Bound = Bound.EXACT
) -> Quantity:
    return Quantity(Decimal(150), "户", bound, status=status, note=note)


# fmt: off
SUBSET_VALUES = [
    pytest.param("完成150户，其中贫困户12户", _households("其中贫困户12户"), id="noun-then-count"),
    pytest.param("完成150户,其中贫困户12户", _households("其中贫困户12户"), id="ascii-comma"),
    pytest.param("完成150户，其中12户", _households("其中12户"), id="count-same-measure"),
    pytest.param("完成150户（其中贫困户12户）", _households("其中贫困户12户"), id="bracketed-as-before"),
    pytest.param("150户，其中贫困户12户", _households("其中贫困户12户", status=None), id="no-verb"),
    pytest.param(
        "≥150户，其中贫困户12户",
        _households("其中贫困户12户", status=None, bound=Bound.AT_LEAST),
        id="bound",
    ),
    # not a subset: as before
    pytest.param(
        "完成150户，其中12户未完工",
        StatusValue(Status.PARTIAL, "完成150户,其中12户未完工"),
        id="unfinished-partial-as-before",
    ),
    pytest.param(
        "完成150户，其中2户延期",
        StatusValue(Status.PARTIAL, "完成150户,其中2户延期"),
        id="put-off-partial-as-before",
    ),
    pytest.param("完成150户，其中未完工12户", TextValue("完成150户,其中未完工12户"), id="status-noun"),
    pytest.param("完成150户，其中已完工12户", TextValue("完成150户,其中已完工12户"), id="done-noun"),
    pytest.param("完成150户，其中贫困户12人", TextValue("完成150户,其中贫困户12人"), id="other-measure"),
    pytest.param("完成150户，其中贫困户200户", TextValue("完成150户,其中贫困户200户"), id="more-than-count"),
    # a step's result, scoring's share of the count (合格率 of 1250批次): text, as before
    pytest.param(
        "共抽检1250批次，其中合格1220批次",
        TextValue("共抽检1250批次,其中合格1220批次"),
        id="passed-share-stays-text",
    ),
    pytest.param("调查500人，其中满意465人", TextValue("调查500人,其中满意465人"), id="survey-stays-text"),
    pytest.param("完成率95%，其中贫困户96%", TextValue("完成率95%,其中贫困户96%"), id="rate"),
    pytest.param(
        "完成150户，其中贫困户12户，残疾户3户",
        TextValue("完成150户,其中贫困户12户,残疾户3户"),
        id="two-clauses",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SUBSET_VALUES)
def test_subset_clause_value(text: str, expected: object) -> None:
    value = parse_value(text)
    assert (value, value.text) == (expected, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("完成150户，其中贫困户12户", None, id="subset-no-deduction"),
        pytest.param(
            "完成150户，其中12户未完工",
            Quantity(Decimal(138), "户", note="其中12户未完工"),
            id="unfinished-138",
        ),
        pytest.param("完成150户，其中2户延期", Quantity(Decimal(150), "户"), id="put-off-150"),
    ],
)
def test_works_done_count_unchanged(text: str, expected: Quantity | None) -> None:
    assert works_done_count(text) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "完成150户，其中贫困户12户", ("met", "实际150户，达到年度指标=150户"), id="comma"
        ),
        pytest.param(
            "完成150户（其中贫困户12户）", ("met", "实际150户，达到年度指标=150户"), id="bracket"
        ),
        pytest.param(
            "完成150户，其中12户未完工",
            ("not_met", "实际138户（其中12户未完工，不计入已完成），未达年度指标=150户"),
            id="unfinished-deducted",
        ),
    ],
)
def test_subset_scored_like_bracketed(actual: str, expected: tuple[str, str]) -> None:
    row = indicator("农村危房改造户数", "=150户", actual, weight=20, points=20, year=2025)
    verdict = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected
