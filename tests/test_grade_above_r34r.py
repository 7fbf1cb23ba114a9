"""r34r: a letter-grade target strictly above a grade (``>A级``, ``高于A级``, ``优于B级``).

Floors on a grade (``A级及以上``, ``≥A级``, ``不低于B级``) were ranked (r34k, r34p), but a
bar strictly above one was not: ``>A级``, ``高于A级``, ``优于B级`` were prose, the row
``unknown`` with ``target-not-measurable``. They are now ranked on the scale of
:data:`~perftrack.vocabulary.LETTER_GRADES`, a better grade meeting them and the grade
itself not (``实际“A级”未高于“A级”``). ``>AA级`` / ``≥AA级`` keep their reading as a
figure of unit ``A级``; ``>A级以上`` says neither plainly and stays prose.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from grade_tables import found, self_table, target_table
from grammar_paths import fast_and_full
from perftrack import Comparison, Descriptive, Op, parse_target
from perftrack.scoring import score


def _self_table(target: str, actual: str) -> perftrack.Table:
    return self_table(["产出指标", "质量指标", "信用评价等级", target, actual, "90", "90"])


def _target_table(target: str) -> perftrack.Table:
    return target_table("信用评价等级", target)


_MISSED = [
    (
        "missing-deviation-reason",
        None,
        "表中未设偏差原因分析栏目，1项指标（“信用评价等级”）存在偏差，无处说明原因",
    ),
    (
        "full-points-not-met",
        "G7",
        "“信用评价等级”未完成目标却得满分（填报得分90，计算得分0.00）",
    ),
]
_WORDS = (
    "unknown",
    "年度指标为文字描述，实际完成情况需人工判断",
)


def _not_measurable(target: str) -> tuple[str, str, str]:
    return (
        "target-not-measurable",
        "D7",
        f"“信用评价等级”年度指标“{target}”为定性或文字描述，难以量化考核",
    )


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [
        pytest.param(">A级", Descriptive(">A级"), id="gt-a"),
        pytest.param("＞Ａ级", Descriptive(">A级"), id="full-width"),
        pytest.param("高于A级", Descriptive("高于A级"), id="higher-than"),
        pytest.param("优于B级", Descriptive("优于B级"), id="better-than"),
        pytest.param("好于B等", Descriptive("好于B等"), id="better-than-deng"),
        pytest.param(">A级以上", Descriptive(">A级以上"), id="gt-and-above-prose"),
        # a run of A's is a figure of unit A级, as before
        pytest.param("≥AA级", Comparison(Op.GE, Decimal(2), "A级"), id="pinned-ge-aa"),
        pytest.param(">AA级", Comparison(Op.GT, Decimal(2), "A级"), id="pinned-gt-aa"),
        pytest.param("高于AA级", Comparison(Op.GT, Decimal(2), "A级"), id="pinned-higher-aa"),
    ],
)
def test_parse(cell: str, parsed: object) -> None:
    """Pins: the parser already read these so (the change is in scoring)."""
    target = parse_target(cell)
    assert target == parsed
    assert parse_target(str(target)) == target
    fast, full = fast_and_full(parse_target, cell, None)
    assert fast == full


@pytest.mark.parametrize(
    ("target", "actual", "verdict", "findings"),
    [
        pytest.param(">A级", "AA级", ("met", "实际“AA级”，达到“>A级”"), [], id="gt-a-aa"),
        pytest.param(">A级", "A级", ("not_met", "实际“A级”未高于“A级”"), _MISSED, id="gt-a-a"),
        pytest.param(">A级", "B级", ("not_met", "实际“B级”未高于“A级”"), _MISSED, id="gt-a-b"),
        pytest.param("＞Ａ级", "AAA级", ("met", "实际“AAA级”，达到“>A级”"), [], id="full-width"),
        pytest.param("高于A级", "AA级", ("met", "实际“AA级”，达到“高于A级”"), [], id="higher-a-aa"),
        pytest.param(
            "高于A级", "A级", ("not_met", "实际“A级”未高于“A级”"), _MISSED, id="higher-a-a"
        ),
        pytest.param("超过A级", "A级", ("not_met", "实际“A级”未高于“A级”"), _MISSED, id="over-a-a"),
        pytest.param("优于B级", "A级", ("met", "实际“A级”，达到“优于B级”"), [], id="better-b-a"),
        pytest.param(
            "优于B级", "B级", ("not_met", "实际“B级”未高于“B级”"), _MISSED, id="better-b-b"
        ),
        pytest.param(
            "优于B级", "C级", ("not_met", "实际“C级”未高于“B级”"), _MISSED, id="better-b-c"
        ),
        pytest.param("好于B", "A", ("met", "实际“A”，达到“好于B”"), [], id="bare-letters"),
        pytest.param("好于B等", "B等", ("not_met", "实际“B等”未高于“B等”"), _MISSED, id="deng"),
        # a grade of A's against B级: every A grade is above B (r35c: it was left alone)
        pytest.param(
            "优于B级",
            "AA级",
            ("met", "实际“AA级”，达到“优于B级”（AA级高于A级，A级高于B级）"),
            [],
            id="no-common-scale",
        ),
        # 以上 after a strict bar says neither plainly: prose, as before
        pytest.param(">A级以上", "AA级", _WORDS, [_not_measurable(">A级以上")], id="gt-and-above"),
        # the target repeated reads as the cell's words agreeing, as ≥A级 | ≥A级 does
        pytest.param(">A级", ">A级", ("met", "实际完成情况与年度指标表述一致"), [], id="copied"),
        # as before: the floors and a run of A's
        pytest.param("≥A级", "A级", ("met", "实际“A级”，达到“≥A级”"), [], id="pinned-ge-a-a"),
        pytest.param(
            "≥AA级", "AA级", ("met", "实际2A级，达到年度指标≥2A级"), [], id="pinned-ge-aa"
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


@pytest.mark.parametrize("target", [">A级", "高于A级", "优于B级", "好于B等", "大于A级"])
def test_a_strict_grade_target_is_measurable(target: str) -> None:
    assert found(_target_table(target)) == []
