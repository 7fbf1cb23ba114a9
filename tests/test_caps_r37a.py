"""r37a: cap and floor words after a target's figure, and deductions in words.

1. A limit word after a figure and its unit without a bracket (``封顶`` ``保底`` ``兜底``
   ``托底``, as ``上限`` ``下限`` were since r36s) is the target's ``≤`` or ``≥``:
   ``100元封顶`` was ``=100(元封顶)`` (the word read into the unit by the number fast
   paths and the full grammar alike), ``95次保底`` and ``≥95次保底`` were prose. A limit
   word ends no unit, except ``封顶`` after a storey or a building (``18层封顶``: the
   works topped out).
2. A bracket that says the bare unit again is no note: ``95次上限(次)`` printed
   ``≤95(次)(次)``, ``95次(次)`` ``=95(次)(次)``.
3. A range whose end is called its limit (``90-95次（上限）``, ``90-95次上限``) is the
   range (expressions.md §2: the band the figure must fall in; it was prose).
4. A deduction stated in a 偏差原因 or 备注 (``deduction-not-taken``) or alone in a 得分
   cell reads ``扣零点五分`` ``扣一点五分`` (Chinese decimals) and ``扣了2分`` ``共扣2分``
   ``扣除了两分`` ``扣分2分`` as ``扣0.5分`` is: they deducted nothing, or the 得分 cell
   was ``malformed-points``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.test_points_pt22 import POINTS_IDS, findings, table_with
from tests.test_points_r36q import HEAD, ROWS, TOTAL, _found, _table

import perftrack
from grade_tables import self_table, verdict
from grammar_paths import fast_and_full
from perftrack import parse_target, parse_value
from perftrack.expressions import Comparison, Descriptive, Op, Quantity, Range, TextValue
from perftrack.scoring._points import stated_deduction

D = Decimal


def _round_trips(cell: str, expected: object, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parsed.text == cell
    again = parse_target(canonical, year=2025)
    assert again == expected
    assert str(again) == canonical
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


# --- 1. a limit word after the figure and its unit ---------------------------------------

LIMITS = [
    ("100元封顶", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    ("100元/人封顶", Comparison(Op.LE, D(100), "元/人"), "≤100(元/人)"),
    ("100万元封顶", Comparison(Op.LE, D(100), "万元"), "≤100(万元)"),
    ("95次封顶", Comparison(Op.LE, D(95), "次"), "≤95(次)"),
    ("100%封顶", Comparison(Op.LE, D(100), "%"), "≤100(%)"),  # was prose
    ("补助100元封顶", Comparison(Op.LE, D(100), "元", label="补助"), "补助≤100(元)"),
    ("95次保底", Comparison(Op.GE, D(95), "次"), "≥95(次)"),
    ("95次兜底", Comparison(Op.GE, D(95), "次"), "≥95(次)"),
    ("95次托底", Comparison(Op.GE, D(95), "次"), "≥95(次)"),
    # the same bound said before the figure too is said once
    ("≥95次保底", Comparison(Op.GE, D(95), "次"), "≥95(次)"),
    ("≤100元封顶", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    # in a bracket: 兜底 and 托底 join 保底
    ("95次（兜底）", Comparison(Op.GE, D(95), "次"), "≥95(次)"),
    # the word alone in a bracket after a bare figure is no unit
    ("100(封顶)", Comparison(Op.LE, D(100)), "≤100"),
    # a limit word, then a note
    ("100元封顶（抽查）", Comparison(Op.LE, D(100), "元", note="抽查"), "≤100(元)(抽查)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), LIMITS)
def test_a_limit_word_after_the_unit(cell: str, expected: Comparison, canonical: str) -> None:
    _round_trips(cell, expected, canonical)


@pytest.mark.parametrize(
    ("cell", "unit"),
    [("18层封顶", "层封顶"), ("3栋主体封顶", "栋主体封顶"), ("5个标段封顶", "个标段封顶")],
)
def test_the_works_topping_out_is_no_cap(cell: str, unit: str) -> None:
    # a guard of the exception (as before r37a): 封顶 after the storeys or works of a
    # building is a stage of the works, no cap (≤18(层) would be wrong)
    assert parse_target(cell) == Comparison(Op.EQ, D(cell[0 : cell.index(unit)]), unit)
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


def test_a_limit_word_against_the_operator_stays_prose() -> None:
    # naming the other bound than the operator (as ≥95次上限 since r36s); it was
    # =100(元封顶) with the operator lost
    assert parse_target("≥100元封顶") == Descriptive("≥100元封顶")
    fast, full = fast_and_full(parse_target, "≥100元封顶", 2025)
    assert fast == full


def test_an_actuals_limit_word_is_no_unit() -> None:
    # a target's limit after an actual's figure is no bound of the figure done: text, as
    # 95次上限 is (it was 100(元封顶), a unit no target shares)
    assert parse_value("100元封顶") == TextValue("100元封顶")
    fast, full = fast_and_full(parse_value, "100元封顶", None)
    assert fast == full


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        # were unknown: 实际90元/人与年度指标=100元/人封顶单位不可比
        ("100元/人封顶", "90元/人", ("met", "实际90元/人，达到年度指标≤100元/人")),
        ("100元/人封顶", "120元/人", ("not_met", "实际120元/人，超出年度指标≤100元/人")),
        # were unknown: 年度指标为文字描述，实际完成情况需人工判断
        ("≥95次保底", "90次", ("not_met", "实际90次，未达年度指标≥95次")),
        ("95次兜底", "100次", ("met", "实际100次，达到年度指标≥95次")),
        # was =95(次)(兜底): 实际100次，达到年度指标=95次
        ("95次（兜底）", "100次", ("met", "实际100次，达到年度指标≥95次")),
    ],
)
def test_a_limit_word_verdict(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert verdict("数量指标", "检修次数", target, actual) == expected


# --- 2. the unit said again in a bracket -------------------------------------------------

RESTATED = [
    ("95次上限(次)", Comparison(Op.LE, D(95), "次"), "≤95(次)"),
    ("上限95次(次)", Comparison(Op.LE, D(95), "次"), "≤95(次)"),
    ("95次（上限）(次)", Comparison(Op.LE, D(95), "次"), "≤95(次)"),
    ("100元封顶(元)", Comparison(Op.LE, D(100), "元"), "≤100(元)"),
    ("95次(次)", Comparison(Op.EQ, D(95), "次"), "=95(次)"),
    ("95%(%)", Comparison(Op.EQ, D(95), "%"), "=95(%)"),
    ("5天(日)", Comparison(Op.EQ, D(5), "天"), "=5(天)"),  # an alias of the unit
    # the unit said again, then a note (was prose)
    ("95次(次)(抽查)", Comparison(Op.EQ, D(95), "次", note="抽查"), "=95(次)(抽查)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), RESTATED)
def test_the_unit_said_again(cell: str, expected: Comparison, canonical: str) -> None:
    _round_trips(cell, expected, canonical)


def test_an_actuals_unit_said_again() -> None:
    assert parse_value("95次(次)") == Quantity(D(95), "次")
    assert str(parse_value("95次(次)")) == "95(次)"


def test_the_unit_said_again_in_a_read_table() -> None:
    table = self_table(["产出指标", "数量指标", "检修次数", "95次上限(次)", "90次", "10", "10"])
    target = table.indicators[0].target
    assert target == Comparison(Op.LE, D(95), "次")
    assert str(target) == "≤95(次)"  # was ≤95(次)(次)
    found = perftrack.score(table).verdicts[0]
    assert (found.attainment.value, found.explanation) == ("met", "实际90次，达到年度指标≤95次")


# --- 3. a range whose end is called its limit --------------------------------------------

RANGES = [
    ("90-95次（上限）", Range(D(90), D(95), "次"), "90-95(次)"),
    ("90-95次(上限)", Range(D(90), D(95), "次"), "90-95(次)"),
    ("90-95次上限", Range(D(90), D(95), "次"), "90-95(次)"),
    ("90%-95%（上限）", Range(D(90), D(95), "%"), "90-95(%)"),
    ("3000-5000元封顶", Range(D(3000), D(5000), "元"), "3000-5000(元)"),
    ("90-95次（下限）", Range(D(90), D(95), "次"), "90-95(次)"),
    ("90-95次上限(次)", Range(D(90), D(95), "次"), "90-95(次)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), RANGES)
def test_a_range_named_a_limit(cell: str, expected: Range, canonical: str) -> None:
    _round_trips(cell, expected, canonical)


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        # were unknown: 年度指标为文字描述，实际完成情况需人工判断
        ("90-95次（上限）", "80次", ("not_met", "实际80次，未达年度指标90-95次")),
        ("90-95次上限", "92次", ("met", "实际92次，达到年度指标90-95次")),
        # was unknown: 实际2000元与年度指标3000-5000元封顶单位不可比
        ("3000-5000元封顶", "2000元", ("not_met", "实际2000元，未达年度指标3000-5000元")),
    ],
)
def test_a_range_named_a_limit_verdict(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert verdict("数量指标", "检修次数", target, actual) == expected


# --- 4. deductions in words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deducted"),
    [
        ("扣零点五分", D("0.5")),
        ("扣一点五分", D("1.5")),
        ("扣十点五分", D("10.5")),
        ("扣两点五分", D("2.5")),
        ("扣了2分", D(2)),
        ("扣了零点五分", D("0.5")),
        ("扣除了两分", D(2)),
        ("扣减了1分", D(1)),
        ("扣掉了1分", D(1)),
        ("合计扣分2分", D(2)),
        ("扣分：1分", D(1)),
        ("扣了2分；共扣除一点五分", D("3.5")),
    ],
)
def test_stated_deduction_in_words(text: str, deducted: Decimal) -> None:
    assert stated_deduction(text) == deducted


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        (
            "抽查发现个别点位不达标，扣零点五分",
            "“清运合格率”说明扣0.5分，填报得分仍为20（分值20，扣后应为19.5）",
        ),
        ("抽查不达标扣了2分", "“清运合格率”说明扣2分，填报得分仍为20（分值20，扣后应为18）"),
        (
            "资料不全共扣一点五分",
            "“清运合格率”说明扣1.5分，填报得分仍为20（分值20，扣后应为18.5）",
        ),
        ("合计扣分2分", "“清运合格率”说明扣2分，填报得分仍为20（分值20，扣后应为18）"),
    ],
)
def test_a_deduction_in_words_not_taken(reason: str, message: str) -> None:
    rows = [
        ROWS[0],
        ["", "质量指标", "清运合格率", "≥95%", "97%", "20", "20", reason],
        *ROWS[2:],
    ]
    table = _table([*HEAD, *rows, TOTAL])
    assert _found(table, "deduction-not-taken") == [("deduction-not-taken", "G10", message)]


@pytest.mark.parametrize(
    ("cell", "read", "found"),
    [
        # were malformed-points: 得分“扣零点五分”不是数字，未读入
        ("扣零点五分", D("14.5"), [("points-sum-mismatch", "各项得分合计99.3与总分99.8不符")]),
        ("扣了0.5分", D("14.5"), [("points-sum-mismatch", "各项得分合计99.3与总分99.8不符")]),
        ("共扣0.5分", D("14.5"), [("points-sum-mismatch", "各项得分合计99.3与总分99.8不符")]),
        (
            "扣一点五分",
            D("13.5"),
            [
                ("points-differ", "“物资验收合格率”计算得分15.00与填报得分13.5不同"),
                ("points-sum-mismatch", "各项得分合计98.3与总分99.8不符"),
            ],
        ),
    ],
)
def test_a_deduction_in_words_as_the_points(
    cell: str, read: Decimal, found: list[tuple[str, str]]
) -> None:
    # the row's 分值 is 15: the points are 15 less the deduction
    table = table_with(cell)
    assert table.indicators[1].published_points == read
    card = perftrack.score(table)
    assert sorted(findings(card, *POINTS_IDS)) == sorted(found)
