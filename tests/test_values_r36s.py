"""r36s: value-language follow-ups of r36i (bracketed bounds) and r36k (forecast wording).

1. An actual with its bound in a bracket after the figure, ``95%（以上）``, is the figure
   with that bound, as ``95%以上`` is (expressions.md §3: 以上 → ``at_least``): it was
   ``95(%)`` exactly with the note ``以上``, so ``≥98%`` was ``not_met`` where ``95%以上``
   is ``unknown``. The words are the value's own bound words (以上, 以下, 以内, 最多, 至少,
   不超过…); a target's limit (``上限``, ``封顶``, ``最长``) after an actual stays a note.
2. A target's limit word after the figure without a bracket, ``95次上限``, and a bound
   bracket before a note, ``95次（上限）（抽查）``, name the operator as ``95次（上限）`` does;
   a range naming one bound (``90-95次（上限）``) stayed prose, as a range's note does
   (r37a: it is the range, the band whose end the word names).
3. A forecast with the year named before 预计, ``全年预计可完成``, ``全年预计年底完成``, is
   the forecast ``预计可完成``, ``预计年底完成`` is (r35i, r36k): it was text, progress
   ``unknown``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.test_period_r35i import forecast_tsv as deadline_tsv

import perftrack
from grade_tables import verdict
from grammar_paths import fast_and_full
from perftrack import parse_target, parse_value
from perftrack.expressions import Bound, Comparison, Descriptive, Op, Quantity, TextValue

# --- 1. an actual's bound in a bracket -----------------------------------------------------

ACTUALS = [
    ("95%（以上）", Quantity(Decimal(95), "%", Bound.AT_LEAST), "≥95(%)"),
    ("95%(以上)", Quantity(Decimal(95), "%", Bound.AT_LEAST), "≥95(%)"),
    ("95%（及以上）", Quantity(Decimal(95), "%", Bound.AT_LEAST), "≥95(%)"),
    ("95%（含以上）", Quantity(Decimal(95), "%", Bound.AT_LEAST), "≥95(%)"),
    ("5%（以下）", Quantity(Decimal(5), "%", Bound.AT_MOST), "≤5(%)"),
    ("3天（以内）", Quantity(Decimal(3), "天", Bound.AT_MOST), "≤3(天)"),
    ("4%（最多）", Quantity(Decimal(4), "%", Bound.AT_MOST), "≤4(%)"),
    ("90人（至少）", Quantity(Decimal(90), "人", Bound.AT_LEAST), "≥90(人)"),
    # the same bound said twice is said once
    ("95%以上（以上）", Quantity(Decimal(95), "%", Bound.AT_LEAST), "≥95(%)"),
    # a target's limit after an actual, another bound, any other word: a note as before
    ("95次（上限）", Quantity(Decimal(95), "次", note="上限"), "95(次)(上限)"),
    ("100元（封顶）", Quantity(Decimal(100), "元", note="封顶"), "100(元)(封顶)"),
    (
        "约95%（以上）",
        Quantity(Decimal(95), "%", Bound.APPROXIMATELY, note="以上"),
        "约95(%)(以上)",
    ),
    ("95次（抽查）", Quantity(Decimal(95), "次", note="抽查"), "95(次)(抽查)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), ACTUALS)
def test_an_actuals_bracketed_bound(cell: str, expected: Quantity, canonical: str) -> None:
    parsed = parse_value(cell)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parsed.text == cell
    assert parse_value(canonical) == expected
    assert str(parse_value(canonical)) == canonical
    fast, full = fast_and_full(parse_value, cell, None)
    assert fast == full


def test_a_bracketed_bound_reads_as_the_bare_one() -> None:
    assert parse_value("95%（以上）") == parse_value("95%以上")
    assert parse_value("5%（以下）") == parse_value("5%以下")


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        # judged as 95%以上 is: it was met/not_met as exactly 95% (实际95%，未达年度指标≥98%)
        ("≥95%", "95%（以上）", ("met", "实际不低于95%，达到年度指标≥95%")),
        ("≥98%", "95%（以上）", ("unknown", "实际不低于95%不能确定是否达到年度指标≥98%")),
        ("≥98%", "95%以上", ("unknown", "实际不低于95%不能确定是否达到年度指标≥98%")),
        ("≤5%", "4%（最多）", ("met", "实际不超过4%，达到年度指标≤5%")),
    ],
)
def test_an_actuals_bracketed_bound_verdict(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert verdict("数量指标", "服务满意度", target, actual) == expected


# --- 2. a target's limit after the figure ---------------------------------------------------

TARGETS = [
    ("95次上限", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("95次上限值", Comparison(Op.LE, Decimal(95), "次"), "≤95(次)"),
    ("95%上限", Comparison(Op.LE, Decimal(95), "%"), "≤95(%)"),
    ("100元/人上限", Comparison(Op.LE, Decimal(100), "元/人"), "≤100(元/人)"),
    ("3000人次下限", Comparison(Op.GE, Decimal(3000), "人次"), "≥3000(人次)"),
    ("检修95次上限", Comparison(Op.LE, Decimal(95), "次", label="检修"), "检修≤95(次)"),
    # a bound bracket, then a note
    ("95次（上限）（抽查）", Comparison(Op.LE, Decimal(95), "次", note="抽查"), "≤95(次)(抽查)"),
    ("95次(上限)(抽查)", Comparison(Op.LE, Decimal(95), "次", note="抽查"), "≤95(次)(抽查)"),
    ("95次上限（抽查）", Comparison(Op.LE, Decimal(95), "次", note="抽查"), "≤95(次)(抽查)"),
    ("95%（以上）（抽查）", Comparison(Op.GE, Decimal(95), "%", note="抽查"), "≥95(%)(抽查)"),
    ("≤95次（上限）（抽查）", Comparison(Op.LE, Decimal(95), "次", note="抽查"), "≤95(次)(抽查)"),
]


@pytest.mark.parametrize(("cell", "expected", "canonical"), TARGETS)
def test_a_limit_after_the_figure(cell: str, expected: Comparison, canonical: str) -> None:
    parsed = parse_target(cell, year=2025)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parsed.text == cell
    assert parse_target(canonical, year=2025) == expected
    assert str(parse_target(canonical, year=2025)) == canonical
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


@pytest.mark.parametrize(
    "cell",
    [
        # a range's note (as 90-95次（抽查）); a range with its limit word alone is the
        # range since r37a (tests/test_caps_r37a.py)
        "90-95次（上限）（抽查）",
        # the other bound than the operator before, or a note before the bound
        "≥95次上限",
        "≥95次（上限）（抽查）",
        "95次（全年）（上限）",
        # no figure
        "年度支出上限",
    ],
)
def test_what_stays_prose(cell: str) -> None:
    assert parse_target(cell, year=2025) == Descriptive(cell.replace("（", "(").replace("）", ")"))
    assert isinstance(parse_value(cell), TextValue)
    fast, full = fast_and_full(parse_target, cell, 2025)
    assert fast == full


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        # was unknown: 年度指标为文字描述，实际完成情况需人工判断
        ("95次上限", "90次", ("met", "实际90次，达到年度指标≤95次")),
        ("95次上限", "100次", ("not_met", "实际100次已超出年度上限≤95次")),
        ("95次（上限）（抽查）", "90次", ("met", "实际90次，达到年度指标≤95次")),
        ("3000人次下限", "2800人次", ("not_met", "实际2800人次，未达年度指标≥3000人次")),
        # the range's end (r37a; it was unknown: 年度指标为文字描述，实际完成情况需人工判断)
        ("90-95次（上限）", "90次", ("met", "实际90次，达到年度指标90-95次")),
    ],
)
def test_a_limit_after_the_figure_verdict(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert verdict("数量指标", "检修次数", target, actual) == expected


# --- 3. the year named before 预计 ------------------------------------------------------------

DUE = "实际“推进中”，截止日期{}未到；"


@pytest.mark.parametrize(
    ("forecast", "target", "progress", "explanation"),
    [
        # each was progress unknown, the explanation without the forecast
        (
            "全年预计年底完成",
            "2024年9月底前完成",
            "behind",
            DUE.format("2024-09-30") + "“全年预计年底完成”，晚于截止日期2024-09-30",
        ),
        (
            "全年预计年内完成",
            "2024年9月底前完成",
            "behind",
            DUE.format("2024-09-30") + "“全年预计年内完成”，晚于截止日期2024-09-30",
        ),
        (
            "全年预计年底完成",
            "2024年12月底前完成",
            "on_track",
            DUE.format("2024-12-31") + "“全年预计年底完成”，可达成年度指标",
        ),
        (
            "全年预计可完成",
            "2024年12月底前完成",
            "on_track",
            DUE.format("2024-12-31") + "“全年预计可完成”，可达成年度指标",
        ),
        (
            "本年度预计可完成",
            "2024年12月底前完成",
            "on_track",
            DUE.format("2024-12-31") + "“本年度预计可完成”，可达成年度指标",
        ),
        (
            "全年预计12月底完成",
            "2024年9月底前完成",
            "behind",
            DUE.format("2024-09-30") + "“全年预计12月底完成”，晚于截止日期2024-09-30",
        ),
    ],
)
def test_the_year_before_yuji(forecast: str, target: str, progress: str, explanation: str) -> None:
    (table,) = perftrack.read_text(deadline_tsv(forecast, target))
    verdict_ = perftrack.score(table).verdicts[0]
    assert (verdict_.attainment.value, verdict_.progress.value, verdict_.explanation) == (
        "pending",
        progress,
        explanation,
    )
    assert table.indicators[0].forecast.text == forecast
