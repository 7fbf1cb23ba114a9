"""A share of the task said as a fraction or a half (known18).

完成过半, 完成全年任务的一半 and 完成工程量的1/3 stayed text to the parser; they are now
the share with its status, as 完成全年任务的50% is, and judged as that is. A fraction's
part of the target is exact (1/3 of 120公里 is 40公里, not 39.996公里).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from perftrack import Bound, Quantity, Status, TableKind, TextValue, parse_value
from perftrack.expressions._grammar import task_fraction
from scoring_builders import YEAR, finding_ids, indicator, score_one

PARTIAL, DONE = Status.PARTIAL, Status.DONE

VALUES = [
    ("完成全年任务的一半", Quantity(Decimal(50), "%", status=PARTIAL), "已完成50(%)"),
    ("完成一半", Quantity(Decimal(50), "%", status=PARTIAL), "已完成50(%)"),
    ("完成过半", Quantity(Decimal(50), "%", Bound.MORE_THAN, status=PARTIAL), "已完成>50(%)"),
    ("已完成过半", Quantity(Decimal(50), "%", Bound.MORE_THAN, status=PARTIAL), "已完成>50(%)"),
    ("任务完成过半", Quantity(Decimal(50), "%", Bound.MORE_THAN, status=PARTIAL), "已完成>50(%)"),
    (
        "完成工程量的1/3",
        Quantity(Decimal("33.33"), "%", Bound.APPROXIMATELY, status=PARTIAL),
        "已完成约33.33(%)",
    ),
    (
        "完成三分之一",
        Quantity(Decimal("33.33"), "%", Bound.APPROXIMATELY, status=PARTIAL),
        "已完成约33.33(%)",
    ),
    ("完成2/5", Quantity(Decimal(40), "%", status=PARTIAL), "已完成40(%)"),
    ("完成年度任务的五分之二", Quantity(Decimal(40), "%", status=PARTIAL), "已完成40(%)"),
    ("累计完成3/4", Quantity(Decimal(75), "%", status=PARTIAL), "已完成75(%)"),
    ("完成3/3", Quantity(Decimal(100), "%", status=DONE), "已完成100(%)"),
    # no share of the whole task, or no share at all: text, as before
    ("完成路基工程的1/3", TextValue("完成路基工程的1/3"), "完成路基工程的1/3"),
    ("完成4/3", TextValue("完成4/3"), "完成4/3"),
    ("完成0/3", TextValue("完成0/3"), "完成0/3"),
    ("三分之二", TextValue("三分之二"), "三分之二"),
    ("1/3", TextValue("1/3"), "1/3"),
    ("完成1/3，正在施工", TextValue("完成1/3,正在施工"), "完成1/3,正在施工"),
]


@pytest.mark.parametrize(("text", "expected", "shown"), VALUES, ids=[v[0] for v in VALUES])
def test_task_fraction_values(text: str, expected: Any, shown: str) -> None:
    value = parse_value(text)
    assert value == expected
    assert str(value) == shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成工程量的1/3", (Decimal(1), Decimal(3), False)),
        ("完成过半", (Decimal(1), Decimal(2), True)),
        ("完成全年任务的一半", (Decimal(1), Decimal(2), False)),
        ("完成40%", None),
        ("完成路基工程的一半", None),
    ],
)
def test_task_fraction(text: str, expected: Any) -> None:
    assert task_fraction(text) == expected


def case(  # noqa: PLR0913 - one row of the table below
    actual: str,
    attainment: str,
    progress: str,
    fragment: str = "",
    *,
    month: int = 6,
    planned: str | None = "60公里",
    target: str = "≥120公里",
) -> Any:
    return pytest.param(
        actual,
        target,
        planned,
        month,
        attainment,
        progress,
        fragment,
        id=f"{actual}-{month}-{planned}",
    )


VERDICTS = [
    # mid-year against a plan: the share of the target, exact for a fraction
    case("完成全年任务的一半", "pending", "on_track"),
    case("完成过半", "pending", "on_track"),
    case("完成工程量的1/3", "pending", "behind", "实际40公里落后于计划60公里"),
    case("完成三分之一", "pending", "behind", "实际40公里落后于计划60公里"),
    case(
        "完成工程量的1/3",
        "pending",
        "behind",
        "实际约333.33米落后于计划600米",
        target="≥1000米",
        planned="600米",
    ),
    # mid-year against the time progress (1-6月: 50%, 1-9月: 75%)
    case("完成全年任务的一半", "pending", "on_track", planned="序时进度"),
    case("完成过半", "pending", "on_track", planned="序时进度"),
    case("完成工程量的1/3", "pending", "behind", "落后于计划60公里", planned="序时进度"),
    case(
        "完成全年任务的一半", "pending", "behind", "落后于计划90公里", month=9, planned="序时进度"
    ),
    case("完成过半", "pending", "", month=9, planned="序时进度"),
    # at due (a self-evaluation's year end): a part of the task is short of the target,
    # not met as that part of it (score57 F2; they were partial); 过半 says no figure
    case("完成全年任务的一半", "not_met", "not_applicable", month=12, planned=None),
    case("完成过半", "partial", "not_applicable", month=12, planned=None),
    case("完成工程量的1/3", "not_met", "not_applicable", month=12, planned=None),
    case("完成3/3", "met", "not_applicable", month=12, planned=None),
]


@pytest.mark.parametrize(
    ("actual", "target", "planned", "month", "attainment", "progress", "fragment"), VERDICTS
)
def test_task_fraction_judged_as_the_share_in_percent(  # noqa: PLR0913, PLR0917
    actual: str,
    target: str,
    planned: str | None,
    month: int,
    attainment: str,
    progress: str,
    fragment: str,
) -> None:
    extra = {"planned": planned} if planned else {}
    card = score_one(
        indicator("农村公路改造", target, actual, **extra), period=(YEAR, 1, YEAR, month)
    )
    verdict = card.verdicts[0]
    assert verdict.attainment.value == attainment, verdict.explanation
    if progress:
        assert verdict.progress.value == progress, verdict.explanation
    assert fragment in verdict.explanation
    assert "39.996" not in verdict.explanation
    assert "unit-mismatch" not in finding_ids(card)


@pytest.mark.parametrize(
    ("fraction", "percent"),
    [("完成全年任务的一半", "完成全年任务的50%"), ("完成2/5", "完成全年任务的40%")],
)
@pytest.mark.parametrize("month", [6, 12])
def test_fraction_and_percent_judged_alike(fraction: str, percent: str, month: int) -> None:
    def verdict(actual: str) -> tuple[str, str]:
        row = indicator("农村公路改造", "≥120公里", actual, planned="60公里")
        found = score_one(row, period=(YEAR, 1, YEAR, month)).verdicts[0]
        return found.attainment.value, found.progress.value

    assert verdict(fraction) == verdict(percent)


def test_self_evaluation_fraction_under_the_target() -> None:
    row = indicator("农村公路改造", "≥120公里", "完成过半")
    card = score_one(row, period=(YEAR, 1, YEAR, 12), kind=TableKind.SELF_EVALUATION)
    # as 完成全年任务的50% is: a part of the task, short of the target at the year's end
    assert card.verdicts[0].attainment.value == "partial"
    assert "unit-mismatch" not in finding_ids(card)
