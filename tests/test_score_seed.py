"""The seed's two tables scored: all 24 verdicts and every finding (issue: scoring)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import perftrack
from perftrack import Attainment, Progress, Severity
from perftrack.cli import main

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"
MET, PENDING = Attainment.MET, Attainment.PENDING
ON_TRACK, BEHIND = Progress.ON_TRACK, Progress.BEHIND
INFO, WARNING = Severity.INFO, Severity.WARNING

# As of 2023-08-31 (the period's end month): time progress 8/12 = 66.67%.
TABLE1_VERDICTS = [
    (0, MET, ON_TRACK, "实际2.00次，达到年度指标=2.00次"),
    (1, MET, ON_TRACK, "实际2.00家，达到年度指标=2.00家"),
    # =2.00(次), higher is better, a count: short of the target in August is pending.
    (2, PENDING, ON_TRACK, "实际1.00次，未达年度指标=2.00次，距年底尚有时间"),
    (3, MET, ON_TRACK, "实际“准确”，达到“准确”"),
    (4, MET, ON_TRACK, "实际“合格”，达到“合格”"),
    # 2023年12月前完成 with 开展中: in progress before the due date; planned is also 开展中.
    (5, PENDING, ON_TRACK, "实际“开展中”，截止日期2023-12-31未到"),
    (6, MET, ON_TRACK, "实际“及时”，达到“及时”"),
    # Descriptive targets repeated word for word by the actual: met, and actual-copies-target.
    (7, MET, ON_TRACK, "实际完成情况与年度指标表述一致"),
    (8, MET, ON_TRACK, "实际完成情况与年度指标表述一致"),
    (9, MET, ON_TRACK, "实际“提高”，达到“提高”"),
    (10, MET, ON_TRACK, "实际“健全”，达到“健全”"),
    # 80.00 takes the target's unit %.
    (11, MET, ON_TRACK, "实际80.00%，达到年度指标≥80.00%"),
]
TABLE2_VERDICTS = [
    (0, PENDING, ON_TRACK, "实际1.00个，未达年度指标=5.00个，距年底尚有时间"),
    (1, MET, ON_TRACK, "实际1.00次，达到年度指标=1.00次"),
    (2, MET, ON_TRACK, "实际104.00人，达到年度指标≥100.00人"),
    (3, MET, ON_TRACK, "实际1.00次，达到年度指标≥1.00次"),
    (4, MET, ON_TRACK, "实际100.00%，达到年度指标=100.00%"),
    (5, MET, ON_TRACK, "实际100.00%，达到年度指标=100.00%"),
    # 2023年11月前 (due 11-30) with a count of 2: a number against a deadline is pending
    # before the due date (scoring.md §3 rule 4).
    (6, PENDING, ON_TRACK, "实际“2”，截止日期2023-11-30未到"),
    (7, MET, ON_TRACK, "实际“及时”，达到“及时”"),
    # 手续办理中 against 2023年底前完成: pending; the plan is prose, but the table reports
    # a deviation reason, so progress is behind (§4 rule 5).
    (8, PENDING, BEHIND, "实际“手续办理中”，截止日期2023-12-31未到；表中填写了偏差原因"),
    (9, MET, ON_TRACK, "实际“提升”，达到“提升”"),
    (10, MET, ON_TRACK, "实际“健全”，达到“健全”"),
    (11, MET, ON_TRACK, "实际90.00%，达到年度指标≥90.00%"),
]

# Scoring findings after the reading ones. 67.26 printed for 50.37/74.88 = 67.2676… is a
# truncation, not a mismatch; 21.76 for 83.47/383.45 = 21.768… likewise.
TABLE1_FINDINGS = [
    # One adjustment of the total and its 当年财政拨款 is one budget-adjusted, on the total.
    ("budget-adjusted", INFO, None, "total", "E10"),
    ("target-not-measurable", INFO, 3, None, "E20"),
    ("target-not-measurable", INFO, 4, None, "E21"),
    ("target-not-measurable", INFO, 6, None, "D23"),
    ("actual-copies-target", INFO, 7, None, "G24"),
    ("target-not-measurable", INFO, 7, None, "E24"),
    ("actual-copies-target", INFO, 8, None, "G25"),
    ("target-not-measurable", INFO, 8, None, "E25"),
    ("target-not-measurable", INFO, 9, None, "E26"),
    ("target-not-measurable", INFO, 10, None, "D27"),
]
TABLE2_FINDINGS = [
    ("budget-adjusted", INFO, None, "total", "F38"),
    # 21.77% against 66.67%.
    ("budget-behind-schedule", WARNING, None, "total", "H38"),
    ("target-not-measurable", INFO, 7, None, "F52"),
    ("target-not-measurable", INFO, 9, None, "G54"),
    ("target-not-measurable", INFO, 10, None, "E55"),
    # The goal is judged 确定能完成 while 党群之家 is behind. The budget judgement is
    # 有可能完成, so the 21.77% rate raises nothing there; corrective measures are given.
    # At the goal's judgement, 确定能完成 in D58 (r35b: before, no cell).
    ("judgement-optimistic", WARNING, None, None, "D58"),
]


@pytest.fixture(scope="module")
def cards() -> list[perftrack.Scorecard]:
    return [perftrack.score(table) for table in perftrack.read(SEED)]


@pytest.mark.parametrize(("index", "expected"), [(0, TABLE1_VERDICTS), (1, TABLE2_VERDICTS)])
def test_verdicts(
    cards: list[perftrack.Scorecard], index: int, expected: list[tuple[object, ...]]
) -> None:
    got = [(v.indicator, v.attainment, v.progress, v.explanation) for v in cards[index].verdicts]
    assert got == expected


@pytest.mark.parametrize(("index", "expected"), [(0, TABLE1_FINDINGS), (1, TABLE2_FINDINGS)])
def test_findings(
    cards: list[perftrack.Scorecard], index: int, expected: list[tuple[object, ...]]
) -> None:
    card = cards[index]
    scoring = card.findings[len(card.table.findings) :]
    got = [
        (f.id, f.severity, f.where.indicator, f.where.budget_line, f.where.cell) for f in scoring
    ]
    assert got == expected
    assert card.findings[: len(card.table.findings)] == card.table.findings


def test_budget_analysis(cards: list[perftrack.Scorecard]) -> None:
    first, second = cards
    assert first.as_of.isoformat() == second.as_of.isoformat() == "2023-08-31"
    assert first.as_of_source == "period"
    assert perftrack.scoring.show(first.time_progress) == "66.67"
    assert [
        (b.line.value, perftrack.scoring.show(b.rate_recomputed), b.denominator)
        for b in first.budget
    ] == [
        ("total", "67.27", "period_budget"),
        ("appropriation", "67.27", "period_budget"),
        ("carried_over", "—", "period_budget"),  # 0/0: no rate, and nothing to say
        ("other", "—", "period_budget"),
    ]
    assert second.budget[0].rate_recomputed == Decimal("83.47") / Decimal("383.45") * 100
    assert first.points is None  # tracking tables score points only by policy


def test_the_score_command_on_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "社区党群服务中心工作" in out
    assert "21.77%（填报 21.76%），低于序时进度 ✗" in out
    assert main(["score", "--fail-on", "warning", str(SEED)]) == 1
