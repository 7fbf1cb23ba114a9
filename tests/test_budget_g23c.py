"""Budget blocks (g23c): lines of the economic classification are uses, not sources.

Every case is a small table written here, read with ``read_text`` and scored.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetRole

D = Decimal

GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"],
    ["产出指标", "数量指标", "资助学生人次", "≥3400人次", "2000人次"],
    ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "91%"],
]


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def _budget_findings(table: perftrack.Table) -> list[tuple[str, str]]:
    return [
        (finding.id, finding.message)
        for finding in perftrack.score(table).findings
        if finding.id.startswith("budget-")
    ]


def _block(*lines: list[str]) -> perftrack.Table:
    return read(
        "2024年度项目支出绩效监控表",
        ["项目名称", "某县学生资助项目"],
        ["项目资金（万元）", "年初预算数", "1-6月执行数", "执行率"],
        *lines,
        *GRID,
    )


_TOTAL = ["年度资金总额", "100", "50", "50%"]
_SOURCE = ["其中：财政拨款", "100", "50", "50%"]
_LINES = [
    (BudgetRole.TOTAL, "年度资金总额", D(100), D(50)),
    (BudgetRole.APPROPRIATION, "其中：财政拨款", D(100), D(50)),
]


def _use(source: str, initial: int, executed: int) -> tuple[BudgetRole, str, D, D]:
    """A line of the economic classification: a use, kept as one (k31d; before, dropped)."""
    return (BudgetRole.USE, source, D(initial), D(executed))


@pytest.mark.parametrize(
    ("lines", "expected_lines", "expected_findings"),
    [
        pytest.param(
            [_TOTAL, _SOURCE, ["对个人和家庭的补助", "60", "30", "50%"]],
            [*_LINES, _use("对个人和家庭的补助", 60, 30)],
            [],
            id="family-subsidy-no-source",
        ),
        pytest.param(
            [
                _TOTAL,
                _SOURCE,
                ["对个人和家庭的补助", "60", "30", "50%"],
                ["商品和服务支出", "40", "20", "50%"],
            ],
            [*_LINES, _use("对个人和家庭的补助", 60, 30), _use("商品和服务支出", 40, 20)],
            [],
            id="two-classes",
        ),
        pytest.param(
            [_TOTAL, _SOURCE, ["其中：对企业补助", "30", "10", "33.33%"]],
            [*_LINES, _use("其中：对企业补助", 30, 10)],
            [],
            id="enterprise-subsidy-not-other",
        ),
        pytest.param(
            [
                _TOTAL,
                ["其中：财政拨款", "60", "30", "50%"],
                ["其他资金", "20", "10", "50%"],
                ["工资福利支出", "50", "25", "50%"],
                ["资本性支出", "50", "25", "50%"],
            ],
            [
                (BudgetRole.TOTAL, "年度资金总额", D(100), D(50)),
                (BudgetRole.APPROPRIATION, "其中：财政拨款", D(60), D(30)),
                (BudgetRole.OTHER, "其他资金", D(20), D(10)),
                _use("工资福利支出", 50, 25),
                _use("资本性支出", 50, 25),
            ],
            [
                (
                    "budget-sum-mismatch",
                    "年初预算数各项合计80与总额100不符，执行数各项合计40与总额50不符",
                ),
            ],
            id="sources-still-checked",
        ),
        pytest.param(
            [_TOTAL, ["中央补助资金", "60", "30", "50%"], ["省级补助资金", "40", "20", "50%"]],
            [
                (BudgetRole.TOTAL, "年度资金总额", D(100), D(50)),
                (BudgetRole.APPROPRIATION, "中央补助资金", D(60), D(30)),
                (BudgetRole.APPROPRIATION, "省级补助资金", D(40), D(20)),
            ],
            [],
            id="subsidy-sources-unchanged",
        ),
    ],
)
def test_economic_classes_are_uses(
    lines: list[list[str]],
    expected_lines: list[tuple[BudgetRole, str, D | None, D | None]],
    expected_findings: list[tuple[str, str]],
) -> None:
    """对个人和家庭的补助 (支出经济分类) is no source: no false sum mismatch."""
    table = _block(*lines)
    assert [
        (line.role, line.source, line.initial, line.executed) for line in table.budget
    ] == expected_lines
    assert _budget_findings(table) == expected_findings


# ---------------------------------------------------------------------------
# Value groups (目标值 | 完成值) over bare quarters: no phantom 一季度.

_QUARTERS = ["一季度", "二季度", "三季度", "四季度"]
_LEVELS = ["一级指标", "二级指标", "三级指标"]


def _groups(title: str, *, year_target: bool, repeated: bool, actuals: int) -> perftrack.Table:
    """A grid whose two-row header groups 目标值 and 完成值 over the four quarters each."""
    head = ["年度指标值"] if year_target else []
    if repeated:  # a TSV of merged cells repeated in every column they cover
        upper = [*_LEVELS, *head, *["目标值"] * 4, *["完成值"] * 4, "偏差原因"]
        lower = [*_LEVELS, *head, *_QUARTERS, *_QUARTERS, "偏差原因"]
    else:  # the merged cell's text in its first column, blanks after
        upper = [*_LEVELS, *head, "目标值", "", "", "", "完成值", "", "", "", "偏差原因"]
        lower = ["", "", "", *[""] * len(head), *_QUARTERS, *_QUARTERS, ""]
    count = ["450", "520", "500", "530"][:actuals] + [""] * (4 - actuals)
    rate = ["88%", "91%", "92%", "93%"][:actuals] + [""] * (4 - actuals)
    return read(
        title,
        ["项目名称", "某县技能培训项目"],
        upper,
        lower,
        ["产出指标", "数量指标", "培训人次", *(["≥2000人次"] if year_target else [])]
        + ["500"] * 4
        + [*count, ""],
        ["满意度指标", "服务对象满意度指标", "培训对象满意度", *(["≥90%"] if year_target else [])]
        + ["90%"] * 4
        + [*rate, ""],
    )


def _plan(value: str, ends: int) -> list[tuple[str, str, int, int, perftrack.Value]]:
    return [
        ("planned", label, 3 * i + 1, 3 * i + 3, perftrack.parse_value(value))
        for i, label in enumerate(_QUARTERS[:ends])
    ]


def _done(values: list[str]) -> list[tuple[str, str, int, int, perftrack.Value]]:
    return [
        ("actual", label, 3 * i + 1, 3 * i + 3, perftrack.parse_value(value))
        for i, (label, value) in enumerate(zip(_QUARTERS, values, strict=False))
    ]


_TRACKING = "2024年度项目支出绩效监控表（1-6月）"
_SELF = "2024年度项目支出绩效自评表"
P = perftrack.parse_value
T = perftrack.parse_target

_HALF_YEAR = [
    (
        "培训人次",
        T("≥2000人次"),
        P("1000"),
        P("970"),
        _done(["450", "520"]) + _plan("500", 4),
    ),
    (
        "培训对象满意度",
        T("≥90%"),
        P("90%"),
        P("91%"),
        _done(["88%", "91%"]) + _plan("90%", 4),
    ),
]
_WHOLE_YEAR = [
    (
        "培训人次",
        T("≥2000人次"),
        P("2000"),
        P("2000"),
        _done(["450", "520", "500", "530"]) + _plan("500", 4),
    ),
    (
        "培训对象满意度",
        T("≥90%"),
        P("90%"),
        P("93%"),
        _done(["88%", "91%", "92%", "93%"]) + _plan("90%", 4),
    ),
]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _groups(_TRACKING, year_target=True, repeated=False, actuals=2),
            _HALF_YEAR,
            id="tracking-merged",
        ),
        pytest.param(
            _groups(_TRACKING, year_target=True, repeated=True, actuals=2),
            _HALF_YEAR,
            id="tracking-repeated",
        ),
        pytest.param(
            _groups(_SELF, year_target=True, repeated=False, actuals=4),
            _WHOLE_YEAR,
            id="self-merged",
        ),
        pytest.param(
            _groups(_SELF, year_target=True, repeated=True, actuals=4),
            _WHOLE_YEAR,
            id="self-repeated",
        ),
        pytest.param(
            _groups(_TRACKING, year_target=False, repeated=False, actuals=2),
            [
                ("培训人次", None, P("1000"), None, _done(["450", "520"]) + _plan("500", 4)),
                (
                    "培训对象满意度",
                    None,
                    P("90%"),
                    P("91%"),
                    _done(["88%", "91%"]) + _plan("90%", 4),
                ),
            ],
            id="no-year-target",
        ),
    ],
)
def test_value_groups_over_quarters(
    table: perftrack.Table,
    expected: list[tuple[str, object, object, object, list[tuple[str, str, int, int, object]]]],
) -> None:
    """目标值 over the quarters is the plan by quarter, 完成值 the actual's quarters."""
    assert [
        (
            indicator.name,
            indicator.target,
            indicator.planned,
            indicator.actual,
            [(p.role, p.label, p.start, p.end, p.value) for p in indicator.parts],
        )
        for indicator in table.indicators
    ] == expected
    assert [f.id for f in table.findings if f.id == "grid-column-duplicate"] == []


@pytest.mark.parametrize(
    ("plan_head", "actual_head"),
    [
        pytest.param("分季度计划", "分季度完成情况", id="parts-heads"),
        pytest.param("目标值", "完成值", id="value-groups"),
    ],
)
def test_self_evaluation_quarters_are_the_year(plan_head: str, actual_head: str) -> None:
    """A self-evaluation's quarters chain to December: never 一季度 as the year's figure."""
    table = read(
        _SELF,
        ["项目名称", "某县技能培训项目"],
        [*_LEVELS, "年度指标值", plan_head, "", "", "", actual_head, "", "", ""],
        ["", "", "", "", *_QUARTERS, *_QUARTERS],
        ["产出指标", "数量指标", "培训人次", "≥2000人次", *["500"] * 4, "450", "520", "500", "530"],
    )
    (indicator,) = table.indicators
    assert (indicator.planned, indicator.actual) == (P("2000"), P("2000"))


# ---------------------------------------------------------------------------
# 上年同期执行数: kept as last_year_same_period, never this year's execution.


def _same_period(header: list[str], total: list[str], *more: list[str]) -> perftrack.Table:
    return read(
        "2024年项目支出绩效运行监控表",
        "监控时段：2024年1月至2024年6月",
        ["项目名称", "某县学生资助项目"],
        ["预算执行情况（万元）", "", *header],
        ["", "年度资金总额", *total],
        *more,
        *GRID,
    )


_SAME_PERIOD_NOTE = "budget-column-same-period"


@pytest.mark.parametrize(
    ("table", "expected", "findings"),
    [
        pytest.param(
            _same_period(
                ["年初预算数", "1-6月执行数", "执行率", "上年同期执行数"],
                ["1000", "520", "52.00%", "400"],
            ),
            (D(1000), D(520), None, D(400)),
            [],
            id="column-same-period",
        ),
        pytest.param(
            _same_period(
                ["上年同期执行数", "年初预算数", "1-6月执行数", "执行率"],
                ["400", "1000", "520", "52.00%"],
            ),
            (D(1000), D(520), None, D(400)),
            [],
            id="column-first",
        ),
        pytest.param(
            _same_period(
                ["年初预算数", "2023年1-6月执行数", "1-6月执行数", "执行率"],
                ["1000", "400", "520", "52.00%"],
            ),
            (D(1000), D(520), None, D(400)),
            [],
            id="earlier-year-same-months",
        ),
        pytest.param(
            _same_period(
                ["年初预算数", "上年执行数", "上年同期执行数", "1-6月执行数", "执行率"],
                ["1000", "950", "400", "520", "52.00%"],
            ),
            (D(1000), D(520), D(950), D(400)),
            [],
            id="beside-last-years-whole",
        ),
        pytest.param(
            _same_period(
                ["年初预算数", "1-6月执行数", "执行率"],
                ["1000", "520", "52.00%"],
                ["", "上年同期执行数", "", "400", ""],
            ),
            (D(1000), D(520), None, D(400)),
            [],
            id="line-under-total",
        ),
        pytest.param(
            _same_period(
                ["年初预算数", "2023年1-9月执行数", "1-6月执行数", "执行率"],
                ["1000", "700", "520", "52.00%"],
            ),
            (D(1000), D(520), None, None),
            [_SAME_PERIOD_NOTE],
            id="other-months-kept-apart",
        ),
        pytest.param(
            _same_period(
                ["上年同期预算数", "年初预算数", "1-6月执行数", "执行率"],
                ["900", "1000", "520", "52.00%"],
            ),
            (D(1000), D(520), None, None),
            [_SAME_PERIOD_NOTE],
            id="same-period-budget-kept-apart",
        ),
    ],
)
def test_same_period_of_last_year_is_kept(
    table: perftrack.Table,
    expected: tuple[D | None, D | None, D | None, D | None],
    findings: list[str],
) -> None:
    """上年同期执行数 is stored apart; this year's execution and rate are unchanged."""
    (line,) = table.budget
    assert (line.initial, line.executed, line.last_year, line.last_year_same_period) == expected
    assert [f.id for f in perftrack.score(table).findings if f.id.startswith("budget-")] == findings


def test_same_period_in_json() -> None:
    """In the JSON only where there is one, and back from it."""
    table = _same_period(
        ["年初预算数", "1-6月执行数", "执行率", "上年同期执行数"],
        ["1000", "520", "52.00%", "400"],
    )
    text = perftrack.to_json(table)
    assert '"last_year_same_period": "400"' in text
    assert perftrack.from_json(text, perftrack.Table) == table
    plain = _same_period(["年初预算数", "1-6月执行数", "执行率"], ["1000", "520", "52.00%"])
    assert "last_year_same_period" not in perftrack.to_json(plain)


def test_first_row_of_quarter_deadlines_is_no_header() -> None:
    """A first indicator row of quarters (完成时间 | 四季度 | 三季度) is a row, its warnings kept."""
    table = read(
        _SELF,
        ["项目名称", "某县技能培训项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "年度指标值", "实际完成值"],
        ["产出指标", "时效指标", "完成时间", "四季度", "四季度", "三季度"],
        ["产出指标", "数量指标", "培训人次", "≥2000人次", "≥2000人次", "2100人次"],
    )
    assert [(i.name, i.target, i.actual) for i in table.indicators] == [
        ("完成时间", T("四季度", year=2024), P("三季度", year=2024)),
        ("培训人次", T("≥2000人次"), P("2100人次")),
    ]
    assert [f.id for f in table.findings] == ["grid-column-duplicate"]
