"""k30l: a part of the works before 已于 and a date is no date of the whole (parse55 H4).

``主体已于8月完工``, ``一期已于8月完工``, ``土建已于8月完工``, ``主体工程已于8月完工``,
``基础已于6月完工`` and ``部分已于8月完工`` name the date a part of the works was done:
the value stays text, as ``2025年8月主体完工`` is (``DateValue.part`` is the part of a
period, 月底 or 上半年, with no room for a part of the works). The whole's subject
(``项目``, ``工程``), money (``资金``) and ``基础设施`` keep the date, and a completion
time row against a part's date is ``unknown``, no longer ``met``.
"""

from __future__ import annotations

import pytest

from perftrack.expressions import DateValue, Status, TextValue, Value, parse_value
from probe_tables import self_reading

VALUES = [
    pytest.param("主体已于8月完工", TextValue("主体已于8月完工"), id="main-structure"),
    pytest.param("一期已于8月完工", TextValue("一期已于8月完工"), id="first-phase"),
    pytest.param("土建已于8月完工", TextValue("土建已于8月完工"), id="civil-works"),
    pytest.param("主体工程已于8月完工", TextValue("主体工程已于8月完工"), id="main-works"),
    pytest.param("基础已于6月完工", TextValue("基础已于6月完工"), id="foundation"),
    pytest.param("部分已于8月完工", TextValue("部分已于8月完工"), id="a-part"),
    pytest.param("项目主体已于8月完工", TextValue("项目主体已于8月完工"), id="project-main"),
    pytest.param(
        "项目已于8月完工", DateValue(None, 8, None, Status.DONE), id="whole-project-unchanged"
    ),
    pytest.param("工程已于8月完工", DateValue(None, 8, None, Status.DONE), id="works-unchanged"),
    pytest.param("资金已于5月12日拨付", DateValue(None, 5, 12, Status.DONE), id="money-unchanged"),
    pytest.param(
        "基础设施已于8月完工", DateValue(None, 8, None, Status.DONE), id="infrastructure-unchanged"
    ),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_value(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "项目完成时间",
            "2025年12月底前",
            "主体已于8月完工",
            "unknown",
            "截止日期2025-12-31已到，实际“主体已于8月完工”无法判断是否完成",
            id="main-structure-not-whole",
        ),
        pytest.param(
            # a row named for the whole works' completion: a stage done is no 完工 (k33b)
            "完工时间",
            "2025年10月底前",
            "一期已于8月完工",
            "not_met",
            "截止日期2025-10-31已到，实际“一期已于8月完工”仅完成阶段工程，尚未全部完工",
            id="first-phase-not-whole",
        ),
        pytest.param(
            "完工时间",
            "2025年10月底前",
            "项目已于8月完工",
            "met",
            "实际“项目已于8月完工”，未晚于截止日期2025-10-31",
            id="whole-met-unchanged",
        ),
    ],
)
def test_self_reading(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading(name, target, actual) == (attainment, explanation)
