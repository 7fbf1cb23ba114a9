"""Values from 水库移民后期扶持 and 国资监管 tables (parse42).

- H3: a count of misuses with clauses of the sum involved and its recovery
  (``发生挤占挪用1起，已追回``, ``审计发现挤占挪用1起，涉及金额3.2万元，已追回``) is the
  count, the clauses its note, as the bracketed ``挤占挪用1起（已追回）`` is.
- H4: ``公布``, ``公示`` and ``公开`` after a date are done then, as ``发布`` is
  (``7月10日公布``, ``考核结果已于7月10日公布``, ``6月28日公示``); ``已公布`` is done.
- M1: a sum per person per year written with two slashes and how it was paid
  (``按600元/人/年发放``, ``按600元/人/年标准发放``) is 600 元/人/年, the verb its note.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import (
    Bound,
    DateValue,
    Quantity,
    Status,
    StatusValue,
    TextValue,
    Value,
    parse_value,
)

# ---------------------------------------------------------------------------
# H3: a misuse recovered

RECOVERED_VALUES = [
    pytest.param(
        "发生挤占挪用1起，已追回",
        Quantity(Decimal(1), "起", Bound.EXACT, label="发生挤占挪用", note="已追回"),
        id="recovered",
    ),
    pytest.param(
        "审计发现挤占挪用1起，涉及金额3.2万元，已追回",
        Quantity(
            Decimal(1), "起", Bound.EXACT, label="审计发现挤占挪用", note="涉及金额3.2万元,已追回"
        ),
        id="sum-and-recovered",
    ),
    pytest.param(
        "挤占挪用2笔，已全部追回",
        Quantity(Decimal(2), "笔", Bound.EXACT, label="挤占挪用", note="已全部追回"),
        id="all-recovered",
    ),
    pytest.param(
        "违规使用资金1起，已整改到位",
        Quantity(Decimal(1), "起", Bound.EXACT, label="违规使用资金", note="已整改到位"),
        id="put-right",
    ),
    # the bracketed control; no recovery, or a count of work done, stays as it reads
    pytest.param(
        "挤占挪用1起（已追回）",
        Quantity(Decimal(1), "起", Bound.EXACT, label="挤占挪用", note="已追回"),
        id="control-bracket",
    ),
    pytest.param(
        "挤占挪用1起，涉及金额3.2万元",
        TextValue("挤占挪用1起,涉及金额3.2万元"),
        id="sum-only",
    ),
    pytest.param("完成5个，已追回", TextValue("完成5个,已追回"), id="work-done"),
    pytest.param("挤占挪用1起，尚未追回", TextValue("挤占挪用1起,尚未追回"), id="not-recovered"),
]


@pytest.mark.parametrize(("text", "expected"), RECOVERED_VALUES)
def test_recovered_misuse(text: str, expected: Value) -> None:
    got = parse_value(text, year=2025)
    assert got == expected


# ---------------------------------------------------------------------------
# H4: published on a date

PUBLISHED_VALUES = [
    pytest.param("7月10日公布", DateValue(2025, 7, 10, Status.DONE), id="published"),
    pytest.param("于7月10日公布", DateValue(2025, 7, 10, Status.DONE), id="yu-published"),
    pytest.param(
        "考核结果已于7月10日公布", DateValue(2025, 7, 10, Status.DONE), id="subject-yi-yu"
    ),
    pytest.param("7月10日对外公布", DateValue(2025, 7, 10, Status.DONE), id="made-public"),
    pytest.param("6月28日公示", DateValue(2025, 6, 28, Status.DONE), id="posted"),
    pytest.param("已于6月28日公示", DateValue(2025, 6, 28, Status.DONE), id="yi-yu-posted"),
    pytest.param("已公布", StatusValue(Status.DONE, "已公布"), id="done-published"),
    pytest.param("均已公布", StatusValue(Status.DONE, "均已公布"), id="all-published"),
    # a start, a posting under way, a deadline restated or a tender stay text; the
    # controls read as before
    pytest.param("7月10日开始公示", TextValue("7月10日开始公示"), id="posting-begun"),
    pytest.param("7月10日公示中", TextValue("7月10日公示中"), id="posting-under-way"),
    pytest.param("6月底前公示", TextValue("6月底前公示"), id="deadline-restated"),
    pytest.param("7月10日公开招标", TextValue("7月10日公开招标"), id="open-tender"),
    pytest.param("7月10日发布", DateValue(2025, 7, 10, Status.DONE), id="control-issued"),
    pytest.param("已公示", StatusValue(Status.DONE, "已公示"), id="control-posted"),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHED_VALUES)
def test_published_on_date(text: str, expected: Value) -> None:
    assert parse_value(text, year=2025) == expected


# ---------------------------------------------------------------------------
# M1: paid per person per year, two slashes

PAID_PER_YEAR_VALUES = [
    pytest.param(
        "按600元/人/年发放",
        Quantity(Decimal(600), "元/人/年", Bound.EXACT, label="按", note="发放"),
        id="paid",
    ),
    pytest.param(
        "按600元/人/年标准发放",
        Quantity(Decimal(600), "元/人/年", Bound.EXACT, label="按", note="标准发放"),
        id="paid-standard",
    ),
    pytest.param(
        "按600元/人/月发放",
        Quantity(Decimal(600), "元/人/月", Bound.EXACT, label="按", note="发放"),
        id="per-month",
    ),
    # the controls read as before
    pytest.param(
        "按600元/人·年标准发放",
        Quantity(Decimal(600), "元/人·年", Bound.EXACT, label="按", note="标准发放"),
        id="control-dot",
    ),
    pytest.param("600元/人/年", Quantity(Decimal(600), "元/人/年", Bound.EXACT), id="control-bare"),
]


@pytest.mark.parametrize(("text", "expected"), PAID_PER_YEAR_VALUES)
def test_paid_per_year(text: str, expected: Value) -> None:
    assert parse_value(text, year=2025) == expected
