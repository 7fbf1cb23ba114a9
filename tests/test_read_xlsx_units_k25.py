"""xlsx: the money unit a scaling number format names (sweep24 W1).

``#,##0.00,"千元"`` shows 19200000 as ``19,200.00千元``: the comma divides by 1000 and the
literal says the figure is in 千元. Under a 万元 header that is 1920万元, not 19200万元
(before: a false over-execution of 567.96%). A money unit is kept only in a format that
scales (a trailing comma, or a literal point as in ``0!.0000"万元"``): the scaling says the
word is meant. Without scaling (``0.00"万元"``) the word is left out and the header says
the unit. Every workbook is built here.
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
        pytest.param(19200000, '#,##0.00,"千元"', "19200.00千元", id="thousands-qianyuan"),
        pytest.param(-19200000, '#,##0.00,"千元";-#,##0.00,"千元"', "-19200.00千元", id="neg"),
        pytest.param(33805000, '0.00,,"百万元"', "33.81百万元", id="millions-baiwanyuan"),
        pytest.param(33805000, '0.00,,"百万"', "33.81百万", id="millions-baiwan"),
        pytest.param(33805000, '0!.0000"万元"', "3380.5000万元", id="literal-point-wanyuan"),
        pytest.param(33805000, '0!.0,"万"', "3380.5万", id="literal-point-wan"),
        pytest.param(19200000, "#,##0,", "19200", id="scaling-without-word"),
        pytest.param(45, '0.00"万元"', "45.00", id="word-without-scaling-left-out"),
        pytest.param(1234.5, '#,##0.00"元"', "1234.50", id="yuan-without-scaling-left-out"),
        pytest.param(19200000, '#,##0.00,"千元（含税）"', "19200.00", id="not-a-unit-alone"),
        pytest.param(19200000, '#,##0.00,"千米"', "19200.00", id="not-money"),
        pytest.param(0.568, "0.0%", "56.8%", id="percent-control"),
    ],
)
def test_scaling_format_keeps_its_money_unit(
    value: float, number_format: str, expected: str
) -> None:
    assert number_text(value, number_format) == expected


def _monitor(head: str, amounts: list[object], formats: dict[str, str]) -> perftrack.Table:
    rows = [
        ["2025年1-9月项目支出绩效运行监控表"],
        ["项目名称", "城乡医保信息化"],
        [head, "年初预算数", "全年预算数", "1-9月执行数", "执行率"],
        ["年度资金总额", *amounts, 0.568],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月实际完成值"],
        ["产出指标", "数量指标", "接入定点医药机构", "≥420家", "318家"],
    ]
    (table,) = perftrack.read(
        xlsx_bytes({"表": rows}, number_formats={"表": {**formats, "E4": "0.0%"}})
    )
    return table


_IN_YUAN = [33805000, 33805000, 19200000]
_WAN_QIAN = {"B4": '0!.0000"万元"', "C4": '0"."0000"万元"', "D4": '#,##0.00,"千元"'}
_BEHIND = ("budget-behind-schedule", "执行率56.80%低于序时进度75.00%")


@pytest.mark.parametrize(
    ("head", "amounts", "formats", "expected"),
    [
        pytest.param(
            "预算执行情况（万元）",
            _IN_YUAN,
            _WAN_QIAN,
            (
                "万元",
                (D("3380.5000"), D("3380.5000"), D("1920.00")),
                [
                    (
                        "amount-unit-converted",
                        (
                            "预算行“年度资金总额”的金额单位与表内金额单位万元不同，"
                            "已换算：“19200.00千元”为1920.00万元"
                        ),
                    ),
                    _BEHIND,
                ],
            ),
            id="sweep24-w1-qianyuan-under-wanyuan",
        ),
        pytest.param(
            "预算执行情况（万元）",
            _IN_YUAN,
            dict.fromkeys(("B4", "C4", "D4"), '#,##0.00,"千元"'),
            (
                "万元",
                (D("3380.50"), D("3380.50"), D("1920.00")),
                [
                    (
                        "amount-unit-converted",
                        (
                            "预算行“年度资金总额”的金额单位与表内金额单位万元不同，已换算："
                            "“33805.00千元”为3380.50万元、“19200.00千元”为1920.00万元"
                        ),
                    ),
                    _BEHIND,
                ],
            ),
            id="all-qianyuan",
        ),
        pytest.param(
            "预算执行情况（元）",
            _IN_YUAN,
            _WAN_QIAN,
            (
                "元",
                (D("33805000"), D("33805000"), D("19200000")),
                [
                    (
                        "amount-unit-converted",
                        (
                            "预算行“年度资金总额”的金额单位与表内金额单位元不同，已换算："
                            "“3380.5000万元”为33805000元、“19200.00千元”为19200000元"
                        ),
                    ),
                    _BEHIND,
                ],
            ),
            id="yuan-header-trusts-the-formats",
        ),
        pytest.param(
            "预算执行情况（万元）",
            _IN_YUAN,
            dict.fromkeys(("B4", "C4", "D4"), '0.00,,"百万元"'),
            (
                "万元",
                (D("3381"), D("3381"), D("1920")),
                [
                    (
                        "amount-unit-converted",
                        (
                            "预算行“年度资金总额”的金额单位与表内金额单位万元不同，已换算："
                            "“33.81百万元”为3381万元、“19.20百万元”为1920万元"
                        ),
                    ),
                    ("budget-behind-schedule", "执行率56.79%低于序时进度75.00%"),
                ],
            ),
            id="baiwanyuan",
        ),
        pytest.param(
            # a scaling comma without a unit word: the figure Excel shows, in the header's unit
            "预算执行情况（万元）",
            _IN_YUAN,
            dict.fromkeys(("B4", "C4", "D4"), "#,##0,"),
            ("万元", (D("33805"), D("33805"), D("19200")), [_BEHIND]),
            id="scaling-without-word-header-unit",
        ),
        pytest.param(
            "预算执行情况（千元）",
            [33805, 33805, 19200],
            {},
            ("千元", (D("33805"), D("33805"), D("19200")), [_BEHIND]),
            id="qianyuan-header",
        ),
        pytest.param(
            "预算执行情况（万元）",
            ["33805千元", "33805千元", "19200千元"],
            {},
            (
                "万元",
                (D("3380.50"), D("3380.50"), D("1920.00")),
                [
                    (
                        "amount-unit-converted",
                        (
                            "预算行“年度资金总额”的金额单位与表内金额单位万元不同，已换算："
                            "“33805千元”为3380.50万元、“19200千元”为1920.00万元"
                        ),
                    ),
                    _BEHIND,
                ],
            ),
            id="qianyuan-typed-in-the-cell",
        ),
    ],
)
def test_budget_amounts_in_the_formats_unit(
    head: str,
    amounts: list[object],
    formats: dict[str, str],
    expected: tuple[str, tuple[Decimal, Decimal, Decimal], list[tuple[str, str]]],
) -> None:
    table = _monitor(head, amounts, formats)
    (line,) = table.budget
    findings = [
        (f.id, f.message)
        for f in perftrack.score(table).findings
        if f.id.startswith(("budget", "amount", "over"))
    ]
    unit, amounts_expected, findings_expected = expected
    read = (line.initial, line.period_budget, line.executed)
    # str: the digits as read (3380.50, not 3380.5), which Decimal equality would not tell
    assert (table.budget_unit, [str(a) for a in read], findings) == (
        unit,
        [str(a) for a in amounts_expected],
        findings_expected,
    )
