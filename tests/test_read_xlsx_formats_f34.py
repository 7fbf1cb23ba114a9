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

_SELF_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        pytest.param(0.05, '"不高于"0%', "不高于5%", id="ceiling-word-percent"),
        pytest.param(0.95, '"不低于"0%', "不低于95%", id="floor-word-percent"),
        pytest.param(0.9, '"大于等于"0%', "大于等于90%", id="long-floor-word"),
        pytest.param(12, '"不超过"0"万元"', "不超过12万元", id="ceiling-word-unit"),
        pytest.param(32, '"不少于"0"座"', "不少于32座", id="floor-word-unit"),
        pytest.param(0.98, '"≥"0%', "≥98%", id="symbol-kept"),
        pytest.param(8, '"≥"0"个"', "≥8个", id="symbol-with-unit"),
        pytest.param(0.9, '0%"以上"', "90%以上", id="suffix-operator-word"),
        pytest.param(45, '0.00"万元"', "45.00", id="unit-alone-left-out"),
        pytest.param(5, '"目标"0', "5", id="other-word-left-out"),
        pytest.param(90, '"达到"0', "90", id="reach-verb-left-out"),
        pytest.param(33805000, '0"."0000"万元"', "3380.5000万元", id="quoted-point-wan"),
        pytest.param(33805000, '0"."0,"万"', "3380.5万", id="quoted-point-thousands"),
        pytest.param(33805000, '0!.0000"万元"', "3380.5000万元", id="bang-point-control"),
        pytest.param(33805000, "0\\.0000", "3380.5000", id="backslash-point-control"),
        pytest.param(5, '0"."0"."0', "5", id="two-quoted-points-general"),
    ],
)
def test_number_text_literals(value: float, number_format: str, expected: str) -> None:
    assert number_text(value, number_format) == expected


def _self_table(rows: list[list[object]], formats: dict[str, str]) -> perftrack.Table:
    data = xlsx_bytes(
        {
            "表": [
                ["2025年度项目支出绩效自评表"],
                ["项目名称", "城区公共厕所提档升级"],
                _SELF_HEADER,
                *rows,
            ]
        },
        number_formats={"表": formats},
    )
    (table,) = perftrack.read(data)
    return table


@pytest.mark.parametrize(
    ("row", "formats", "expected"),
    [
        pytest.param(
            ["产出指标", "质量指标", "投诉率", 0.05, 0.021, 100, 100],
            {"D4": '"不高于"0%', "E4": "0.0%"},
            ("met", "实际2.1%，达到年度指标≤5%"),
            id="ceiling-met",
        ),
        pytest.param(
            ["产出指标", "质量指标", "投诉率", 0.05, 0.08, 100, 0],
            {"D4": '"不高于"0%', "E4": "0.0%"},
            ("not_met", "实际8.0%，超出年度指标≤5%"),
            id="ceiling-not-met",
        ),
        pytest.param(
            ["产出指标", "数量指标", "改造公厕数量", 32, 34, 100, 100],
            {"D4": '"不少于"0"座"'},
            ("met", "实际34座，达到年度指标≥32座"),
            id="floor-with-unit",
        ),
    ],
)
def test_word_operator_in_format_is_the_targets(
    row: list[object], formats: dict[str, str], expected: tuple[str, str]
) -> None:
    table = _self_table([row], formats)
    (verdict,) = perftrack.score(table).verdicts
    assert (verdict.attainment.value, verdict.explanation) == expected


def test_word_operator_raises_no_unit_or_percent_findings() -> None:
    table = _self_table(
        [
            ["产出指标", "数量指标", "改造公厕数量", 32, 34, 50, 50],
            ["满意度指标", "服务对象满意度指标", "群众满意度", 0.9, 0.93, 50, 50],
        ],
        {"D4": '"不少于"0"座"', "D5": '"大于等于"0%', "E5": "0%"},
    )
    ids = [f.id for f in perftrack.score(table).findings]
    assert "target-missing-unit" not in ids
    assert "satisfaction-not-percent" not in ids


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
