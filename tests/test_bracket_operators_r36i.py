"""r36i: an operator word in brackets after a target's figure.

- ``95次（上限）``, ``3000人次（下限）``, ``95%（以上）``, ``5%（最高）``, ``10天（最长）``,
  ``90分（最低）``, ``100元/人（封顶）`` (ASCII brackets too, ``95次(上限值)``) name the
  target's bound after the figure, as ``上限95次`` (r36h) names it before and ``95%以上``
  says it without a bracket: they were ``=`` with the word kept as a note, so a ceiling met
  by a smaller actual was not met (``未达年度指标=95次``) and a floor missed was met;
- a bracket that is no operator (``95次（全年）``, ``100%（2024年）``) stays a note, and
  one naming the other bound than the operator before it (``≥95次（上限）``) too;
- ``上下限95`` names both bounds: a label with ``=95`` as before r36h (r36h read the
  floor ``下限`` in it: ``上≥95``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import read, verdict
from grammar_paths import fast_and_full
from perftrack import parse_target
from perftrack.expressions import Comparison, Op, Range

# --- the operator named in a bracket after the figure ---------------------------------------

BRACKETED = [
    ("95次（上限）", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("95次(上限)", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("95次(上限值)", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("95次 （上限）", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("95（上限）", Comparison(Op.LE, Decimal(95)), "≤95"),
    ("3000人次（下限）", Comparison(Op.GE, Decimal(3000), "人次"), "≥3000(人次)"),
    ("95次（下限值）", Comparison(Op.GE, Decimal(95), "次"), "≥95(次)"),
    ("95%（以上）", Comparison(Op.GE, Decimal(95), "%"), "≥95(%)"),
    ("95%（及以上）", Comparison(Op.GE, Decimal(95), "%"), "≥95(%)"),
    ("95%（含以上）", Comparison(Op.GE, Decimal(95), "%"), "≥95(%)"),
    ("3天（以内）", Comparison(Op.LE, Decimal(3), "天"), "≤3(天)"),
    ("5%（最高）", Comparison(Op.LE, Decimal(5), "%"), "≤5(%)"),
    ("10天（最长）", Comparison(Op.LE, Decimal(10), "天"), "≤10(天)"),
    ("90分（最低）", Comparison(Op.GE, Decimal(90), "分"), "≥90(分)"),
    ("95%(最低值)", Comparison(Op.GE, Decimal(95), "%"), "≥95(%)"),
    ("10天（最短）", Comparison(Op.GE, Decimal(10), "天"), "≥10(天)"),
    ("100元/人（封顶）", Comparison(Op.LE, Decimal(100), "元/人"), "≤100(元/人)"),
    ("100元/人（保底）", Comparison(Op.GE, Decimal(100), "元/人"), "≥100(元/人)"),
    ("95次（最多）", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("95%（至少）", Comparison(Op.GE, Decimal(95), "%"), "≥95(%)"),
    ("95次（不超过）", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    # after a label: the label stays
    ("检修95次（上限）", Comparison(Op.LE, Decimal(95), "次", label="检修"), "检修≤95(次)"),
    # the bound said twice is said once
    ("≤95次（上限）", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("95%以上（下限）", Comparison(Op.GE, Decimal(95), "%"), "≥95(%)"),
    # the canonical text of the old reading reads as the bound too
    ("95(次)(上限)", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), BRACKETED)
def test_bracketed_bound_is_the_operator(cell: str, expected: Comparison, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    assert getattr(parsed, "text", None) == cell  # raw kept
    assert parse_target(canonical, year=2025) == expected  # str() reads back the same
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


NOTES = [
    # no operator: the bracket is a note, as before
    ("95次（全年）", Comparison(Op.EQ, Decimal(95), "次", note="全年"), "=95(次)(全年)"),
    ("100%（2024年）", Comparison(Op.EQ, Decimal(100), "%", note="2024年"), "=100(%)(2024年)"),
    # (含) alone: "inclusive", with no bound to include
    ("95%（含）", Comparison(Op.EQ, Decimal(95), "%"), "=95(%)"),
    # (含)以上 was already a floor
    ("90%（含）以上", Comparison(Op.GE, Decimal(90), "%"), "≥90(%)"),
    # a bracket naming the other bound than the operator the cell says: a note still
    ("≥95次（上限）", Comparison(Op.GE, Decimal(95), "次", note="上限"), "≥95(次)(上限)"),
    ("95%以上（上限）", Comparison(Op.GE, Decimal(95), "%", note="上限"), "≥95(%)(上限)"),
    ("95%左右（上限）", Comparison(Op.EQ, Decimal(95), "%", note="上限"), "=95(%)(上限)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), NOTES)
def test_other_brackets_stay_notes(cell: str, expected: Comparison, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        # a ceiling met by a smaller count: it was not met (实际90次，未达年度指标=95次)
        ("检修次数", "95次（上限）", "90次", ("met", "实际90次，达到年度指标≤95次")),
        ("检修次数", "95次(上限)", "90次", ("met", "实际90次，达到年度指标≤95次")),
        ("检修次数", "95次(上限值)", "90次", ("met", "实际90次，达到年度指标≤95次")),
        ("检修次数", "95次（上限）", "100次", ("not_met", "实际100次已超出年度上限≤95次")),
        # a floor missed: it was met (实际2800人次，未达年度指标=3000人次 was not_met for
        # the wrong reason; 3200 was not_met, 超出 =3000)
        (
            "培训人次",
            "3000人次（下限）",
            "2800人次",
            ("not_met", "实际2800人次，未达年度指标≥3000人次"),
        ),
        (
            "培训人次",
            "3000人次（下限）",
            "3200人次",
            ("met", "实际3200人次，达到年度指标≥3000人次"),
        ),
        ("服务满意度", "95%（以上）", "96%", ("met", "实际96%，达到年度指标≥95%")),
        ("投诉率", "5%（最高）", "4%", ("met", "实际4%，达到年度指标≤5%")),
        # (办结时限's days were a time limit already; 检修时长's were =10天, not met)
        ("检修时长", "10天（最长）", "8天", ("met", "实际8天，达到年度指标≤10天")),
        ("培训时长", "10天（最短）", "12天", ("met", "实际12天，达到年度指标≥10天")),
        ("考核得分", "90分（最低）", "92分", ("met", "实际92分，达到年度指标≥90分")),
        ("人均补助", "100元/人（封顶）", "90元/人", ("met", "实际90元/人，达到年度指标≤100元/人")),
        # a note that is no operator: as before
        ("检修次数", "95次（全年）", "90次", ("not_met", "实际90次，未达年度指标=95次")),
    ],
)
def test_bracketed_bound_verdict(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert verdict("数量指标", name, target, actual) == expected


# --- 上下限: both bounds named, neither read ----------------------------------------------

BOTH_BOUNDS = [
    ("上下限95", Comparison(Op.EQ, Decimal(95), label="上下限"), "上下限=95"),
    ("上下限95次", Comparison(Op.EQ, Decimal(95), "次", label="上下限"), "上下限=95(次)"),
    ("上下限为95", Comparison(Op.EQ, Decimal(95), label="上下限"), "上下限=95"),
    ("上下限：95%", Comparison(Op.EQ, Decimal(95), "%", label="上下限"), "上下限=95(%)"),
    ("上下限值95", Comparison(Op.EQ, Decimal(95), label="上下限值"), "上下限值=95"),
    ("上、下限95", Comparison(Op.EQ, Decimal(95), label="上、下限"), "上、下限=95"),
    ("上限下限95", Comparison(Op.EQ, Decimal(95), label="上限下限"), "上限下限=95"),
    ("上下限95-100", Range(Decimal(95), Decimal(100), label="上下限"), "上下限95-100"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), BOTH_BOUNDS)
def test_both_bounds_named_is_a_label(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_target(canonical, year=2025) == expected
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        # the target is the figure, no floor (r36h said 未达年度指标≥95, 达到年度指标≥95)
        ("90", ("not_met", "实际90，未达年度指标=95")),
        ("100", ("met", "实际100，达到年度指标=95")),
    ],
)
def test_both_bounds_named_verdict(actual: str, expected: tuple[str, str]) -> None:
    assert verdict("数量指标", "检修次数", "上下限95", actual) == expected


def test_both_bounds_in_the_nature_column() -> None:
    """A 指标性质 of 上下限 joined to its 指标值 reads as the cell 上下限95次 does."""
    table = read(
        [
            ["2025年度项目支出绩效目标申报表"],
            ["项目名称", "测试项目"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
            ["产出指标", "数量指标", "检修次数", "上下限", "95", "次", "10"],
        ]
    )
    target = table.indicators[0].target
    assert target is not None
    assert (target.text, str(target)) == ("上下限95次", "上下限=95(次)")
