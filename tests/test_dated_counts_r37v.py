"""r37v: dated counts after the table's date, counts in a remark after a date, shares after a status.

(1) A count dated after the table's date (``2024年4月完成10个`` in a table as of
2024-03-31) against a count target was ``met``: it cannot have been done yet, so it is
a forecast, as ``预计10个`` is (``pending`` before due, the date named, and
``actual-after-period``).
(2) A count in a remark after a date (``2024年9月（2处）``, ``2024年12月完成，共1条``,
``2024年6月完成，累计3场``) is the count carrying its date (``Quantity.when``), as
``2024年3月完成10个`` is (r37k); a plain date stays a date.
(3) ``正在开展，已完成过半`` was the status alone: the later clause's share is read
(``进行中,已完成>50(%)``), as ``正在开展，完成60%`` is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import verdict
from grammar_paths import fast_and_full
from perftrack import Bound, DateValue, Quantity, Status, parse_value
from perftrack.serialization import _structure_value, _unstructure_expression
from scoring_builders import indicator, score_one

# ---------------------------------------------------------------------------
# (2) and (3): the parsed objects, their canonical text, and both read back

PARSED = [
    (
        "2024年9月（2处）",
        Quantity(Decimal(2), "处", Bound.EXACT, "2024年9月", when=DateValue(2024, 9)),
        "2024年9月2(处)",
    ),
    (
        "2024年12月完成，共1条",
        Quantity(Decimal(1), "条", Bound.EXACT, "2024年12月完成共", when=DateValue(2024, 12)),
        "2024年12月完成共1(条)",
    ),
    (
        "2024年6月完成，累计3场",
        Quantity(Decimal(3), "场", Bound.EXACT, "2024年6月完成累计", when=DateValue(2024, 6)),
        "2024年6月完成累计3(场)",
    ),
    (
        "2024年9月（完成2处）",
        Quantity(Decimal(2), "处", Bound.EXACT, "2024年9月完成", when=DateValue(2024, 9)),
        "2024年9月完成2(处)",
    ),
    (
        "2024年6月完成，累计120人次",
        Quantity(Decimal(120), "人次", Bound.EXACT, "2024年6月完成累计", when=DateValue(2024, 6)),
        "2024年6月完成累计120(人次)",
    ),
    (
        "正在开展，已完成过半",
        Quantity(Decimal(50), "%", Bound.MORE_THAN, "已完成", Status.IN_PROGRESS),
        "进行中,已完成>50(%)",
    ),
    (
        "正在施工，完成全年任务的一半",
        Quantity(Decimal(50), "%", Bound.EXACT, "完成全年任务的", Status.IN_PROGRESS),
        "进行中,完成全年任务的50(%)",
    ),
    (
        "正在开展，完成工程量的1/3",
        Quantity(Decimal("33.33"), "%", Bound.APPROXIMATELY, "完成工程量的", Status.IN_PROGRESS),
        "进行中,完成工程量的约33.33(%)",
    ),
    (
        "正在施工，工程进度过半",
        Quantity(Decimal(50), "%", Bound.MORE_THAN, "工程进度", Status.IN_PROGRESS),
        "进行中,工程进度>50(%)",
    ),
    (
        "尚未完成，已完成过半",
        Quantity(Decimal(50), "%", Bound.MORE_THAN, "已完成", Status.NOT_DONE),
        "未完成,已完成>50(%)",
    ),
]


@pytest.mark.parametrize(("text", "expected", "canonical"), PARSED)
def test_parsed_reads_back(text: str, expected: object, canonical: str) -> None:
    parsed = parse_value(text)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_value(canonical) == parsed
    assert _structure_value(_unstructure_expression(parsed)) == parsed


@pytest.mark.parametrize(("text", "expected", "canonical"), PARSED)
def test_fast_paths_agree(text: str, expected: object, canonical: str) -> None:
    for cell in (text, canonical):
        fast, full = fast_and_full(parse_value, cell, None)
        assert fast == full
        assert fast[0] == expected


# ---------------------------------------------------------------------------
# a 2025 自评表: the count for a count target, the date for a deadline

SELF = [
    ("数量指标", "≥3场", "2025年6月完成，累计3场", "met", "实际3场，达到年度指标≥3场"),
    ("数量指标", "≥4场", "2025年6月完成，累计3场", "not_met", "实际3场，未达年度指标≥4场"),
    (
        "时效指标",
        "2025年10月底前",
        "2025年6月完成，累计3场",
        "met",
        "实际“2025年6月完成，累计3场”，未晚于截止日期2025-10-31",
    ),
    # (3) at the year's end: the share, not the status alone
    ("质量指标", "≥50%", "正在开展，已完成过半", "met", "实际超过50%，达到年度指标≥50%"),
    (
        "质量指标",
        "=100%",
        "正在开展，已完成过半",
        "not_met",
        "实际超过50%，尚未完成，未达年度指标=100%",
    ),
    (
        "质量指标",
        "≥90%",
        "正在开展，已完成过半",
        "unknown",
        "实际超过50%不能确定是否达到年度指标≥90%",
    ),
]


@pytest.mark.parametrize(("level2", "target", "actual", "attainment", "explanation"), SELF)
def test_in_a_self_evaluation(
    level2: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert verdict(level2, "指标甲", target, actual) == (attainment, explanation)


# ---------------------------------------------------------------------------
# (1) and (3) in a 跟踪表 of 2024年1-3月: (target, planned, actual, attainment, progress,
# explanation, actual-after-period message or None)

AHEAD = "的日期晚于跟踪期末2024-03-31，不能作为已完成，按预计判断"
TRACKING = [
    (
        "≥10个",
        "5个",
        "2024年4月完成10个",
        "pending",
        "unknown",
        (
            "实际“2024年4月完成10个”的日期2024年4月在评价日期2024-03-31之后，视为预计，"
            "不是实际完成值，截止日期未到"
        ),
        f"“指标甲”实际完成值“2024年4月完成10个”{AHEAD}",
    ),
    (
        "≥10个",
        None,
        "2024年4月完成10个",
        "pending",
        "on_track",
        (
            "实际“2024年4月完成10个”的日期2024年4月在评价日期2024-03-31之后，视为预计，"
            "不是实际完成值，截止日期未到"
        ),
        f"“指标甲”实际完成值“2024年4月完成10个”{AHEAD}",
    ),
    (
        "≥12个",
        None,
        "2024年4月完成10个",
        "pending",
        "behind",
        (
            "实际“2024年4月完成10个”的日期2024年4月在评价日期2024-03-31之后，视为预计，"
            "不是实际完成值，截止日期未到；全年预计10个，未达年度指标≥12个"
        ),
        f"“指标甲”实际完成值“2024年4月完成10个”{AHEAD}",
    ),
    (
        "≥2处",
        "1处",
        "2024年9月（2处）",
        "pending",
        "unknown",
        (
            "实际“2024年9月（2处）”的日期2024年9月在评价日期2024-03-31之后，视为预计，"
            "不是实际完成值，截止日期未到"
        ),
        f"“指标甲”实际完成值“2024年9月（2处）”{AHEAD}",
    ),
    (
        "≥10个",
        "5个",
        "4月底前开工10个",
        "pending",
        "unknown",
        (
            "实际“4月底前开工10个”的日期2024年4月在评价日期2024-03-31之后，视为预计，"
            "不是实际完成值，截止日期未到"
        ),
        f"“指标甲”实际完成值“4月底前开工10个”{AHEAD}",
    ),
    # dated within the period: the count (it was text, "不是数值")
    ("≥3场", "1场", "2024年3月完成，累计3场", "met", "on_track", "实际3场，达到年度指标≥3场", None),
    # (3) the share gives the progress against the plan
    (
        "≥90%",
        "50%",
        "正在开展，已完成过半",
        "pending",
        "on_track",
        "实际超过50%，尚未完成，距年底尚有时间",
        None,
    ),
    (
        "2024年12月底前",
        "50%",
        "正在开展，已完成过半",
        "pending",
        "on_track",
        "实际“正在开展，已完成过半”，截止日期2024-12-31未到",
        None,
    ),
]


@pytest.mark.parametrize(
    ("target", "planned", "actual", "attainment", "progress", "explanation", "ahead"), TRACKING
)
def test_in_a_tracking_table(  # noqa: PLR0913, PLR0917 - one per column
    target: str,
    planned: str | None,
    actual: str,
    attainment: str,
    progress: str,
    explanation: str,
    ahead: str | None,
) -> None:
    level2 = "时效指标" if target.endswith("前") else "数量指标"
    row = indicator("指标甲", target, actual, planned, level2=level2)
    card = score_one(row, period=(2024, 1, 2024, 3))
    found = card.verdicts[0]
    assert found.attainment.value == attainment
    assert found.progress is not None
    assert found.progress.value == progress
    assert found.explanation == explanation
    messages = [f.message for f in card.findings if f.id == "actual-after-period"]
    assert messages == ([] if ahead is None else [ahead])


def test_count_after_the_period_at_due() -> None:
    # a tracking table of the whole year: a count dated in the next year is no result
    row = indicator("指标甲", "≥10个", "2025年3月完成10个")
    card = score_one(row, period=(2024, 1, 2024, 12))
    found = card.verdicts[0]
    assert (found.attainment.value, found.explanation) == (
        "unknown",
        (
            "实际“2025年3月完成10个”的日期2025年3月在评价日期2024-12-31之后，视为预计，"
            "不是实际完成值，无法判断是否达到年度指标"
        ),
    )
    assert [f.message for f in card.findings if f.id == "actual-after-period"] == [
        (
            "“指标甲”实际完成值“2025年3月完成10个”的日期晚于跟踪期末2024-12-31，不能作为已完成，"
            "无法判断是否达到年度指标"
        )
    ]
