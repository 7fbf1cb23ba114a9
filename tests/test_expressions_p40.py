"""Values from 森林防火, 农产品质量安全监测 and 体育场馆 tables (parse40).

- H2: a date followed by the arrival or storage of goods (``3月20日物资全部到货``,
  ``3月20日全部入库``) is the date the purchase was done, as ``全部起运`` is; a round of
  the year's work named after ``完成`` (``完成第四轮监测``, ``完成第4轮监测``,
  ``完成全年4轮监测``) is which round, no count: the date the work was done.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import Bound, DateValue, Quantity, Status, TextValue, Value, parse_value

# ---------------------------------------------------------------------------
# H2: goods arrived or stored, the last round done

DONE_ON_DATE_VALUES = [
    pytest.param("3月20日物资全部到货", DateValue(2025, 3, 20, Status.DONE), id="goods-arrived"),
    pytest.param("3月20日全部到货", DateValue(2025, 3, 20, Status.DONE), id="all-arrived"),
    pytest.param("3月20日已到货", DateValue(2025, 3, 20, Status.DONE), id="already-arrived"),
    pytest.param(
        "物资已于3月10日全部到货", DateValue(2025, 3, 10, Status.DONE), id="subject-yi-yu"
    ),
    pytest.param("3月20日全部入库", DateValue(2025, 3, 20, Status.DONE), id="stored"),
    pytest.param("12月10日完成第四轮监测", DateValue(2025, 12, 10, Status.DONE), id="fourth-round"),
    pytest.param("11月20日完成第4轮监测", DateValue(2025, 11, 20, Status.DONE), id="round-digit"),
    pytest.param("12月10日完成全年4轮监测", DateValue(2025, 12, 10, Status.DONE), id="year-rounds"),
    # near misses: a denial or a part stays text; a count with no date stays a count;
    # the controls read as before
    pytest.param("3月20日未到货", TextValue("3月20日未到货"), id="not-arrived"),
    pytest.param("3月20日部分到货", TextValue("3月20日部分到货"), id="partly-arrived"),
    pytest.param("2025年完成三次培训", TextValue("2025年完成三次培训"), id="count-after-date"),
    pytest.param(
        "完成第4轮监测",
        Quantity(Decimal(4), "轮监测", Bound.EXACT, label="完成第"),
        id="no-date-round",
    ),
    pytest.param("12月10日完成最后一轮监测", DateValue(2025, 12, 10, Status.DONE), id="last-round"),
    pytest.param("9月20日完成第三轮监测", TextValue("9月20日完成第三轮监测"), id="earlier-round"),
    pytest.param("12月10日完成监测", DateValue(2025, 12, 10, Status.DONE), id="control-done"),
    pytest.param("3月20日全部起运", DateValue(2025, 3, 20, Status.DONE), id="control-sent"),
]


@pytest.mark.parametrize(("text", "expected"), DONE_ON_DATE_VALUES)
def test_done_on_date(text: str, expected: Value) -> None:
    assert parse_value(text, year=2025) == expected
