"""xlsx number formats with word operators and a quoted literal point (formats34 H1, H2).

A target cell under ``"不高于"0%`` shows ``不高于5%`` in Excel: the word operator (and,
with it, the unit after the number, ``"不少于"0"座"`` → ``不少于32座``) is the target's.
A 万元 display format with a quoted literal point (``0"."0000"万元"``, ``0"."0,"万"``)
shows an amount kept in 元 in 万元, as ``0!.0000`` does. Every workbook is built here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack.readers._xlsx import number_text

D = Decimal


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        pytest.param(33805000, '0"."0000"万元"', "3380.5000", id="quoted-point-wan"),
        pytest.param(33805000, '0"."0,"万"', "3380.5", id="quoted-point-thousands"),
        pytest.param(33805000, '0!.0000"万元"', "3380.5000", id="bang-point-control"),
        pytest.param(33805000, "0\\.0000", "3380.5000", id="backslash-point-control"),
        pytest.param(5, '0"."0"."0', "5", id="two-quoted-points-general"),
    ],
)
def test_number_text_literals(value: float, number_format: str, expected: str) -> None:
    assert number_text(value, number_format) == expected


_MONITOR = [
    ["2025年1-9月项目支出绩效运行监控表"],
    ["项目名称", "城乡医保信息化"],
    ["预算执行情况（万元）", "年初预算数", "全年预算数", "1-9月执行数", "执行率"],
    ["年度资金总额", 33805000, 33805000, 19200000, 0.568],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月实际完成值"],
    ["产出指标", "数量指标", "接入定点医药机构", "≥420家", "318家"],
]


@pytest.mark.parametrize(
    ("formats", "expected"),
    [
        pytest.param(
            {"B4": '0!.0000"万元"', "C4": '0"."0000"万元"', "D4": '0"."0000"万元"'},
            ("3380.5000", "3380.5000", "1920.0000", "56.8"),
            id="mixed-bang-and-quoted",
        ),
        pytest.param(
            {"B4": '0"."0,"万"', "C4": '0"."0,"万"', "D4": '0!.0,"万"'},
            ("3380.5", "3380.5", "1920.0", "56.8"),
            id="quoted-point-thousands",
        ),
    ],
)
def test_quoted_literal_point_budget(
    formats: dict[str, str], expected: tuple[str, str, str, str]
) -> None:
    (table,) = perftrack.read(
        xlsx_bytes({"表": _MONITOR}, number_formats={"表": {**formats, "E4": "0.0%"}})
    )
    (line,) = table.budget
    assert (
        str(line.initial),
        str(line.period_budget),
        str(line.executed),
        str(line.rate),
    ) == expected
    findings = [
        (f.id, f.message) for f in perftrack.score(table).findings if f.id.startswith("budget")
    ]
    assert findings == [("budget-behind-schedule", "执行率56.80%低于序时进度75.00%")]
