"""r34p: a letter-grade target written with a floor (``≥A级``, ``不低于B级``).

``A级以上``/``A级及以上`` were ranked (r34k, r34n), but the same bar written with an
operator was not: ``≥A级`` raised "expected a number or a quality word after the
operator" (a ``malformed-target`` finding, the row left unknown), and ``不低于B级`` was
prose (``target-not-measurable``, unknown). Both now read as ``A级及以上`` does: a
:class:`~perftrack.Descriptive` target ranked on its scale of
:data:`~perftrack.vocabulary.LETTER_GRADES`, the grade or better meeting it.
``≥AA级``/``≥3A级``/``AAA级`` keep their reading as a figure of unit ``A级``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from grade_tables import COMPLETENESS, found, self_table, target_table
from grammar_paths import fast_and_full
from perftrack import Comparison, Descriptive, Op, parse_target
from perftrack.scoring import score


def _self_table(target: str, actual: str) -> perftrack.Table:
    return self_table(["产出指标", "质量指标", "信用评价等级", target, actual, "90", "90"])


def _target_table(target: str) -> perftrack.Table:
    return target_table("信用评价等级", target)


_NO_REASON = (
    "missing-deviation-reason",
    None,
    "表中未设偏差原因分析栏目，1项指标（“信用评价等级”）存在偏差，无处说明原因",
)
_FULL_POINTS = (
    "full-points-not-met",
    "G7",
    "“信用评价等级”未完成目标却得满分（填报得分90，计算得分0.00）",
)


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [
        pytest.param("≥A级", Descriptive("≥A级"), id="ge-a"),
        pytest.param(">=A级", Descriptive("≥A级"), id="ascii-ge"),
        pytest.param("≧Ａ级", Descriptive("≥A级"), id="full-width"),
        pytest.param("≥B级", Descriptive("≥B级"), id="ge-b"),
        pytest.param("≥A级及以上", Descriptive("≥A级及以上"), id="ge-and-above"),
        pytest.param("≥A", Descriptive("≥A"), id="bare-letter"),
        pytest.param("≤B级", Descriptive("≤B级"), id="le-b-prose"),
        pytest.param("不低于B级", Descriptive("不低于B级"), id="pinned-no-lower-than"),
        pytest.param("A级及以上", Descriptive("A级及以上"), id="pinned-and-above"),
        pytest.param("A级以上", Descriptive("A级以上"), id="pinned-above"),
        # a run of A's is a figure of unit A级, as before
        pytest.param("≥AA级", Comparison(Op.GE, Decimal(2), "A级"), id="pinned-ge-aa"),
        pytest.param("≥3A级", Comparison(Op.GE, Decimal(3), "A级"), id="pinned-ge-3a"),
        pytest.param("AAA级", Comparison(Op.EQ, Decimal(3), "A级"), id="pinned-aaa"),
        pytest.param("不低于AA级", Comparison(Op.GE, Decimal(2), "A级"), id="pinned-not-below-aa"),
    ],
)
def test_parse(cell: str, parsed: object) -> None:
    target = parse_target(cell)
    assert target == parsed
    assert parse_target(str(target)) == target
    fast, full = fast_and_full(parse_target, cell, None)
    assert fast == full


@pytest.mark.parametrize(
    "cell",
    [
        pytest.param("≥F级", id="no-grade-letter"),
        pytest.param("≥AB级", id="letters-on-no-scale"),
    ],
)
def test_still_malformed(cell: str) -> None:
    with pytest.raises(perftrack.ExpressionError) as raised:
        parse_target(cell)
    assert raised.value.message == "expected a number or a quality word after the operator"


@pytest.mark.parametrize(
    ("target", "actual", "verdict", "findings"),
    [
        pytest.param("≥A级", "AA级", ("met", "实际“AA级”，达到“≥A级”"), [], id="ge-a-aa"),
        pytest.param("≥A级", "A级", ("met", "实际“A级”，达到“≥A级”"), [], id="ge-a-a"),
        pytest.param(
            "≥A级",
            "B级",
            ("not_met", "实际“B级”低于“≥A级”"),
            [_NO_REASON, _FULL_POINTS],
            id="ge-a-b",
        ),
        pytest.param(">=A级", "AAA级", ("met", "实际“AAA级”，达到“≥A级”"), [], id="ascii-ge-aaa"),
        pytest.param("≥B级", "A级", ("met", "实际“A级”，达到“≥B级”"), [], id="ge-b-a"),
        pytest.param(
            "≥B级及以上",
            "C级",
            ("not_met", "实际“C级”低于“≥B级及以上”"),
            [_NO_REASON, _FULL_POINTS],
            id="ge-b-and-above-c",
        ),
        pytest.param(
            "不低于A级", "AA级", ("met", "实际“AA级”，达到“不低于A级”"), [], id="not-below-a-aa"
        ),
        pytest.param(
            "不低于B级", "A级", ("met", "实际“A级”，达到“不低于B级”"), [], id="not-below-b-a"
        ),
        pytest.param(
            "不低于A级",
            "B级",
            ("not_met", "实际“B级”低于“不低于A级”"),
            [_NO_REASON, _FULL_POINTS],
            id="not-below-a-b",
        ),
        pytest.param("至少A级", "A级", ("met", "实际“A级”，达到“至少A级”"), [], id="at-least-a"),
        pytest.param(
            "A级或以上", "AA级", ("met", "实际“AA级”，达到“A级或以上”"), [], id="a-or-above"
        ),
        pytest.param(
            "A级（含）以上", "AA级", ("met", "实际“AA级”，达到“A级(含)以上”"), [], id="a-incl-above"
        ),
        # as before: the same bar written after the grade
        pytest.param(
            "A级及以上", "A级", ("met", "实际“A级”，达到“A级及以上”"), [], id="pinned-and-above"
        ),
        pytest.param(
            "A级以上",
            "B级",
            ("not_met", "实际“B级”低于“A级以上”"),
            [_NO_REASON, _FULL_POINTS],
            id="pinned-above-b",
        ),
    ],
)
def test_self_evaluation(
    target: str, actual: str, verdict: tuple[str, str], findings: list[object]
) -> None:
    table = _self_table(target, actual)
    scored = score(table).verdicts[0]
    assert (scored.attainment.value, scored.explanation) == verdict
    assert found(table) == findings


def test_a_ceiling_is_ranked() -> None:
    """``≤B级`` parses (no malformed-target) and is a ceiling: ``A级`` is above it (r35c;
    it was left to the reviewer, ``unknown`` with ``target-not-measurable``)."""
    table = _self_table("≤B级", "A级")
    scored = score(table).verdicts[0]
    assert (scored.attainment.value, scored.explanation) == ("not_met", "实际“A级”高于“≤B级”")
    assert [f.id for f in score(table).findings if f.id not in COMPLETENESS] == [
        "missing-deviation-reason",
        "full-points-not-met",
    ]


@pytest.mark.parametrize("target", ["≥A级", ">=B级", "不低于B级", "≥A级及以上", "至少A级"])
def test_a_floor_grade_target_is_measurable(target: str) -> None:
    assert found(_target_table(target)) == []
