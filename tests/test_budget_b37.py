"""The budget block's amounts, findings and the rate row's points (budget37).

Every case is a small table written here, read with ``read_text``: a full-width or
Unicode minus in an amount (H1), a blank 执行数 beside a printed budget (H2), a
预算执行率 row contradicting the block's amounts (H3), the rate row's formula (M1),
元 amounts under 万元 (M2) and the column a malformed amount names (L1).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.reports._review import review
from test_read_unseen import TRACKING_HEADER, read

D = Decimal

_TRACKING_TITLE = "2024年1-9月项目支出绩效跟踪表"  # 序时进度 75.00%
_TRACKING_GRID = (TRACKING_HEADER, ["产出指标", "数量指标", "建档人数", "≥5000人", "4000人"])
_TRACKING_HEADER = [
    "预算执行情况（万元）",
    "年初预算数",
    "跟踪期预算数",
    "跟踪期执行数",
    "执行率(%)",
]


def _tracking(*lines: list[str]) -> perftrack.Table:
    return read(
        _TRACKING_TITLE,
        ["项目名称", "城乡居民健康档案管理"],
        _TRACKING_HEADER,
        *lines,
        *_TRACKING_GRID,
    )


def _executed(table: perftrack.Table) -> list[tuple[str, Decimal | None]]:
    return [(line.role.value, line.executed) for line in table.budget]


def _ids(findings: tuple[perftrack.Finding, ...], *ids: str) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in findings if f.id in ids]


# ---------------------------------------------------------------------------
# H1: － (U+FF0D) and − (U+2212) before an amount are a minus, as ASCII - is

_MINUS_CASES = [
    pytest.param("－12.30", D("-12.30"), id="full-width-minus"),
    pytest.param("−12.30", D("-12.30"), id="unicode-minus"),
    pytest.param("-12.30", D("-12.30"), id="ascii-minus"),
    pytest.param("(12.30)", D("-12.30"), id="accounting-brackets"),
]


@pytest.mark.parametrize(("cell", "expected"), _MINUS_CASES)
def test_a_refund_with_any_minus_is_negative_and_the_sum_adds_up(
    cell: str, expected: Decimal
) -> None:
    table = _tracking(
        ["年度资金总额", "300.00", "300.00", "227.70", "75.90"],
        ["其中：财政拨款", "300.00", "300.00", "240.00", "80.00"],
        ["其他资金", "0.00", "0.00", cell, ""],
    )
    assert _executed(table) == [
        ("total", D("227.70")),
        ("appropriation", D("240.00")),
        ("other", expected),
    ]
    card = perftrack.score(table)
    found = _ids(card.findings, "malformed-amount", "budget-sum-mismatch", "negative-amount")
    assert found == [("negative-amount", "“其他资金”执行数-12.30为负数，执行率无意义")]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("－0.00", D(0), id="full-width-minus-zero"),
        pytest.param("−0.00", D(0), id="unicode-minus-zero"),
        pytest.param("-0.00", D(0), id="ascii-minus-zero"),
    ],
)
def test_a_minus_zero_is_zero_and_no_finding(cell: str, expected: Decimal) -> None:
    table = _tracking(
        ["年度资金总额", "300.00", "300.00", "240.00", "80.00"],
        ["其中：财政拨款", "300.00", "300.00", "240.00", "80.00"],
        ["上年结转资金", "0.00", "0.00", cell, ""],
    )
    assert _executed(table)[-1] == ("carried_over", expected)
    card = perftrack.score(table)
    assert _ids(card.findings, "malformed-amount", "budget-sum-mismatch", "negative-amount") == []


@pytest.mark.parametrize(
    "cell", [pytest.param("－", id="full-width-dash"), pytest.param("－－", id="double-dash")]
)
def test_a_lone_full_width_dash_is_still_no_amount(cell: str) -> None:
    table = _tracking(
        ["年度资金总额", "300.00", "300.00", "240.00", "80.00"],
        ["其中：财政拨款", "300.00", "300.00", "240.00", "80.00"],
        ["其他资金", "0.00", "0.00", cell, ""],
    )
    assert _executed(table)[-1] == ("other", None)
    assert _ids(table.findings, "malformed-amount") == []


# ---------------------------------------------------------------------------
# H2: a blank 执行数 beside a printed budget is budget-amount-missing, the other way round

_SELF_TITLE = "项目支出绩效自评表"
_SELF_HEADER = [
    "项目资金（万元）",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
]
_SELF_GRID = (
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "新建供水工程", "≥10(处)", "10", "90", "90"],
)


def _self(*lines: list[str]) -> perftrack.Table:
    return read(
        _SELF_TITLE,
        "（2024年度）",
        ["项目名称", "农村饮水安全巩固提升"],
        _SELF_HEADER,
        *lines,
        *_SELF_GRID,
    )


_EXECUTED_BLANK_CASES = [
    pytest.param(
        _self(["年度资金总额", "100.00", "100.00", "", "10", "", "10"]),
        [
            (
                "budget-amount-missing",
                "“年度资金总额”未填写执行数，无法计算预算执行率，预算执行率得分按填报得分10计，无依据",
            )
        ],
        id="self-evaluation-printed-points",
    ),
    pytest.param(
        _self(["年度资金总额", "100.00", "100.00", "", "10", "", ""]),
        [("budget-amount-missing", "“年度资金总额”未填写执行数，无法计算预算执行率")],
        id="self-evaluation-no-points",
    ),
    pytest.param(
        _tracking(["年度资金总额", "100.00", "100.00", "", ""]),
        [("budget-amount-missing", "“年度资金总额”未填写执行数，无法计算预算执行率")],
        id="tracking",
    ),
    pytest.param(
        _tracking(
            ["年度资金总额", "100.00", "100.00", "", ""],
            ["其中：财政拨款", "100.00", "100.00", "", ""],
        ),
        [
            (
                "budget-amount-missing",
                "“年度资金总额”、“其中：财政拨款”未填写执行数，无法计算预算执行率",
            )
        ],
        id="tracking-total-and-source",
    ),
    pytest.param(
        _tracking(["年度资金总额", "100.00", "100.00", "—", ""]),
        [],
        id="a-dash-is-no-blank",
    ),
    pytest.param(
        _tracking(["年度资金总额", "100.00", "100.00", "", "75.00"]),
        [],
        id="a-printed-rate-stands",
    ),
    pytest.param(
        _tracking(["年度资金总额", "0.00", "0.00", "", ""]),
        [],
        id="a-budget-of-0",
    ),
    pytest.param(
        _tracking(["年度资金总额", "100.00", "100.00", "75.00", ""]),
        [],
        id="executed-printed",
    ),
]


@pytest.mark.parametrize(("table", "expected"), _EXECUTED_BLANK_CASES)
def test_a_blank_executed_amount_is_budget_amount_missing(
    table: perftrack.Table, expected: list[tuple[str, str]]
) -> None:
    card = perftrack.score(table)
    assert _ids(card.findings, "budget-amount-missing") == expected


def test_the_letter_of_a_blank_executed_amount_asks_for_it() -> None:
    table = _self(["年度资金总额", "100.00", "100.00", "", "10", "", "10"])
    letter = review(perftrack.score(table))
    assert "未发现明显问题" not in letter
    assert "“年度资金总额”未填写执行数，无法计算预算执行率" in letter
    assert "建议补填执行数" in letter


# ---------------------------------------------------------------------------
# H3: a 预算执行率 row the amounts contradict is judged and scored by their rate


def _self_with_rate_row(executed: str, row_actual: str) -> perftrack.Table:
    return read(
        _SELF_TITLE,
        "（2024年度）",
        ["项目名称", "农村饮水安全巩固提升"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "300.00", "300.00", executed, ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建供水工程", "≥10(处)", "10", "90", "90"],
        ["产出指标", "质量指标", "预算执行率", "≥90%", row_actual, "10", "10"],
    )


_ROW_CASES = [
    pytest.param(
        "255.00",
        "98%",
        (
            "not_met",
            "实际完成值98%与按金额计算的执行率85.00%不符，按85.00%判断；实际85.00%，未达年度指标≥90%",
            D("9.44"),
            D("99.44"),
        ),
        ["budget-rate-mismatch", "full-points-not-met"],
        id="printed-98-amounts-85",
    ),
    pytest.param(
        "285.00",
        "80%",
        (
            "met",
            "实际完成值80%与按金额计算的执行率95.00%不符，按95.00%判断；实际95.00%，达到年度指标≥90%",
            D("10.00"),
            D("100.00"),
        ),
        ["budget-rate-mismatch"],
        id="printed-80-amounts-95",
    ),
    pytest.param(
        "255.00",
        "85%",
        ("not_met", "实际85%，未达年度指标≥90%", D("9.44"), D("99.44")),
        ["full-points-not-met"],
        id="agreeing-row-unchanged",
    ),
]


@pytest.mark.parametrize(("executed", "row_actual", "expected", "ids"), _ROW_CASES)
def test_a_contradicted_rate_row_is_scored_by_the_recomputed_rate(
    executed: str,
    row_actual: str,
    expected: tuple[str, str, Decimal, Decimal],
    ids: list[str],
) -> None:
    card = perftrack.score(_self_with_rate_row(executed, row_actual))
    verdict = card.verdicts[1]
    assert card.points is not None
    item = card.points.items[1]
    assert (verdict.attainment.value, verdict.explanation, item.points, card.points.total) == (
        expected
    )
    found = [f.id for f in card.findings if f.id in ("budget-rate-mismatch", "full-points-not-met")]
    assert found == ids


# ---------------------------------------------------------------------------
# M1: the rate row scores as a comparison against its own target (documented)


@pytest.mark.parametrize(
    ("target", "row_actual", "expected"),
    [
        pytest.param("≥90%", "85%", (D("9.44"), "comparison not_met: ratio 94.44%"), id="bar-90"),
        pytest.param("100%", "85%", (D("8.50"), "comparison not_met: ratio 85.00%"), id="bar-100"),
        pytest.param("≥90%", "95%", (D("10"), "comparison met"), id="met-scores-full"),
    ],
)
def test_the_rate_row_scores_against_its_own_target(
    target: str, row_actual: str, expected: tuple[Decimal, str]
) -> None:
    executed = {"85%": "255.00", "95%": "285.00"}[row_actual]
    table = read(
        _SELF_TITLE,
        "（2024年度）",
        ["项目名称", "农村饮水安全巩固提升"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "300.00", "300.00", executed, ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建供水工程", "≥10(处)", "10", "90", "90"],
        ["产出指标", "质量指标", "预算执行率", target, row_actual, "10", ""],
    )
    card = perftrack.score(table)
    assert card.points is not None
    item = card.points.items[1]
    assert (item.points, item.rule) == expected


# ---------------------------------------------------------------------------
# M2: a whole block of 元 under 万元 is a budget-unit-slip, not rescaled


def _block(*lines: list[str]) -> perftrack.Table:
    return read(
        _TRACKING_TITLE,
        ["项目名称", "城乡居民健康档案管理"],
        "单位：万元",
        ["预算执行情况", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        *lines,
        *_TRACKING_GRID,
    )


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _block(["年度资金总额", "1250000", "1250000", "900000", "72.00"]),
            [
                (
                    "budget-unit-slip",
                    (
                        "“年度资金总额”金额疑以元填报（1250000.00元即125.00万元），"
                        "与表内单位万元不一致，请核改"
                    ),
                )
            ],
            id="seven-digits-under-wan",
        ),
        pytest.param(
            _block(["年度资金总额", "125000", "125000", "90000", "72.00"]),
            [],
            id="six-digits-stand",
        ),
        pytest.param(
            read(
                _TRACKING_TITLE,
                ["项目名称", "省级水利发展资金转移支付"],
                "单位：万元",
                ["预算执行情况", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
                ["年度资金总额", "1250000", "1250000", "900000", "72.00"],
                *_TRACKING_GRID,
            ),
            [],
            id="a-transfer-payment-may-be-that-large",  # regress94 W1
        ),
        pytest.param(
            read(
                _TRACKING_TITLE,
                ["项目名称", "农村综合改革转移支付资金"],
                ["主管部门", "某镇人民政府"],
                "单位：万元",
                ["预算执行情况", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
                ["年度资金总额", "1250000", "1250000", "900000", "72.00"],
                *_TRACKING_GRID,
            ),
            [
                (
                    "budget-unit-slip",
                    (
                        "“年度资金总额”金额疑以元填报（1250000.00元即125.00万元），"
                        "与表内单位万元不一致，请核改"
                    ),
                )
            ],
            id="a-townships-transfer-is-not",  # regress95 W2
        ),
    ],
)
def test_a_block_in_yuan_under_wan_is_said_not_rescaled(
    table: perftrack.Table, expected: list[tuple[str, str]]
) -> None:
    card = perftrack.score(table)
    assert _ids(card.findings, "budget-unit-slip") == expected
    (line,) = table.budget
    assert line.period_budget in (D(1250000), D(125000))  # as printed, not rescaled


# ---------------------------------------------------------------------------
# L1: a malformed amount names its column


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        pytest.param(
            ["待定", "300.00", "240.00"], ("B4", "年初预算数“待定”不是数字"), id="initial"
        ),
        pytest.param(["300.00", "待定", "240.00"], ("C4", "预算数“待定”不是数字"), id="budget"),
        pytest.param(
            ["300.00", "300.00", "待核算"], ("D4", "执行数“待核算”不是数字"), id="executed"
        ),
        pytest.param(
            ["300.00", "300.00", "12.3.4"], ("D4", "执行数“12.3.4”不是数字"), id="executed-digits"
        ),
    ],
)
def test_a_malformed_amount_names_its_column(cells: list[str], expected: tuple[str, str]) -> None:
    table = _tracking(["年度资金总额", *cells, ""])
    found = [(f.where.cell, f.message) for f in table.findings if f.id == "malformed-amount"]
    assert found == [expected]
