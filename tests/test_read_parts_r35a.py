"""Plan and actual columns for parts of the year, and budget quarters in their own unit (r35a).

Fixtures are tab-separated tables written here. A 1-12月 plan column is the year's
plan, not the window; only a column from January is cumulative; an empty period
column stays empty; single months are added up only when no doubt remains; a
quarter column in 元 beside a 1-7月 total in 万元 is converted before the check.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.model import BudgetPart, Table

_HEAD = ("2024年度财政项目支出绩效跟踪表", "项目名称\t社区养老服务补贴")
_LEVELS = "一级指标\t二级指标\t三级指标\t年度指标值"


def _read(*lines: str) -> Table:
    return perftrack.read_text("\n".join(lines) + "\n", format="text")[0]


def _figure(value: object) -> tuple[object, ...] | None:
    if value is None:
        return None
    return (value.value, value.unit)  # type: ignore[attr-defined]


def _summary(table: Table) -> tuple[object, ...]:
    period = table.period
    indicator = table.indicators[0]
    return (
        None if period is None else (period.start.month, period.end.month),
        _figure(indicator.planned),
        _figure(indicator.actual),
        sorted(finding.id for finding in table.findings),
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            (
                *_HEAD,
                f"{_LEVELS}\t1-6月计划完成值\t1-12月计划完成值\t1-6月实际完成值",
                "产出指标\t数量指标\t服务老年人人数\t≥1200人\t600人\t1200人\t450人",
            ),
            ((1, 6), (Decimal(600), "人"), (Decimal(450), "人"), []),
            id="half-plan-full-plan-half-actual",
        ),
        pytest.param(
            (
                *_HEAD,
                f"{_LEVELS}\t1-3月计划值\t1-6月计划值\t1-12月计划值\t1-6月完成值",
                "产出指标\t数量指标\t服务老年人人数\t≥1200人\t300人\t600人\t1200人\t450人",
            ),
            ((1, 6), (Decimal(600), "人"), (Decimal(450), "人"), []),
            id="quarter-half-full-plans",
        ),
        pytest.param(
            (
                *_HEAD,
                f"{_LEVELS}\t1-6月计划值\t1-12月计划值\t实际完成值",
                "产出指标\t数量指标\t服务老年人人数\t≥1200人\t600人\t1200人\t450人",
            ),
            ((1, 6), (Decimal(600), "人"), (Decimal(450), "人"), []),
            id="full-year-plan-names-no-window",
        ),
        pytest.param(
            (
                *_HEAD,
                f"{_LEVELS}\t1-6月完成值\t7-9月完成值",
                "产出指标\t数量指标\t服务老年人人数\t≥1200人\t600\t300",
            ),
            ((1, 6), None, (Decimal(600), None), []),
            id="half-then-third-quarter",
        ),
        pytest.param(
            (
                *_HEAD,
                f"{_LEVELS}\t1-6月完成值\t7月完成值",
                "产出指标\t数量指标\t服务老年人人数\t≥1200人\t600\t100",
            ),
            ((1, 6), None, (Decimal(600), None), []),
            id="half-then-july",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年8月",
                f"{_LEVELS}\t1-6月完成值\t7-8月完成值",
                "产出指标\t数量指标\t服务老年人人数\t≥1200人\t600\t200",
            ),
            ((1, 8), None, (Decimal(800), None), []),
            id="dated-half-then-july-august",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年6月",
                f"{_LEVELS}\t一季度完成值\t二季度完成值",
                "产出指标\t数量指标\t养护里程\t≥1500公里\t400公里\t300公里",
            ),
            ((1, 6), None, (Decimal(700), "公里"), []),
            id="dated-quarters-added-up",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年6月",
                f"{_LEVELS}\t一季度完成值\t二季度完成值",
                "产出指标\t数量指标\t养护里程\t≥1500公里\t300公里\t400公里",
            ),
            # rising quarters that name no months: running totals (400) or flows (700),
            # no one can tell (regress37 W3)
            ((1, 6), None, None, ["grid-monthly-actual"]),
            id="dated-quarters-rising-unsure",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年9月",
                f"{_LEVELS}\t1-6月完成值\t7-8月完成值",
                "产出指标\t数量指标\t服务老年人人数\t≥1200人\t600\t200",
            ),
            ((1, 9), None, (Decimal(600), None), []),
            id="parts-short-of-period-latest-from-january",
        ),
        pytest.param(
            (
                "2024年度省直部门项目支出绩效监控表",
                "监控时点：2024年7月31日",
                "项目名称\t乡村公路养护补助",
                f"{_LEVELS}\t一季度完成值\t二季度完成值\t1-7月完成值",
                "产出指标\t数量指标\t养护里程\t≥1500公里\t300公里\t400公里\t",
            ),
            ((1, 7), None, None, []),
            id="empty-period-column-stays-empty",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年6月",
                f"{_LEVELS}\t1月完成\t2月完成\t3月完成\t4月完成\t5月完成\t6月完成",
                "产出指标\t数量指标\t助餐服务人次\t≥36000人次\t3000\t3100\t2900\t3100\t2900\t3200",
            ),
            ((1, 6), None, (Decimal(18200), None), []),
            id="monthly-flows-added-up",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年6月",
                f"{_LEVELS}\t1月完成\t2月完成\t3月完成\t4月完成\t5月完成\t6月完成",
                "产出指标\t数量指标\t新增床位数\t≥100张\t0\t0\t20\t0\t30\t0",
            ),
            ((1, 6), None, (Decimal(50), None), []),
            id="monthly-flows-with-zeros",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年3月",
                f"{_LEVELS}\t1月完成\t2月完成\t3月完成",
                "产出指标\t数量指标\t服务老年人人数\t≥1200人\t100\t210\t305",
            ),
            ((1, 3), None, None, ["grid-monthly-actual"]),
            id="monthly-rising-maybe-running-totals",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年6月",
                f"{_LEVELS}\t1月完成\t2月完成\t3月完成\t4月完成\t5月完成\t6月完成",
                "产出指标\t数量指标\t助餐服务人次\t≥36000人次\t3000\t3100\t2900\t3100\t2900\t",
            ),
            ((1, 6), None, None, ["grid-monthly-actual"]),
            id="monthly-one-month-empty",
        ),
        pytest.param(
            (
                *_HEAD,
                "跟踪时段：2024年1月至2024年6月",
                f"{_LEVELS}\t1月完成\t2月完成\t3月完成\t4月完成\t5月完成\t6月完成",
                "满意度指标\t服务对象满意度指标\t老年人满意度\t≥90%\t\t\t\t\t\t95%",
            ),
            ((1, 6), None, None, ["grid-monthly-actual"]),
            id="monthly-rate-not-added",
        ),
    ],
)
def test_part_columns(lines: tuple[str, ...], expected: tuple[object, ...]) -> None:
    assert _summary(_read(*lines)) == expected


def test_empty_period_column_keeps_parts_and_scores_missing_actual() -> None:
    table = _read(
        "2024年度省直部门项目支出绩效监控表",
        "监控时点：2024年7月31日",
        "项目名称\t乡村公路养护补助",
        f"{_LEVELS}\t一季度完成值\t二季度完成值\t1-7月完成值",
        "产出指标\t数量指标\t养护里程\t≥1500公里\t300公里\t400公里\t",
    )
    parts = table.indicators[0].parts
    assert [(p.label, p.start, p.end, _figure(p.value)) for p in parts] == [
        ("一季度完成值", 1, 3, (Decimal(300), "公里")),
        ("二季度完成值", 4, 6, (Decimal(400), "公里")),
    ]
    card = perftrack.score(table)
    assert [f.id for f in card.findings if f.id == "missing-actual"] == ["missing-actual"]


_BUDGET_HEAD = (
    "资金情况\t\t年初预算数\t一季度执行数(元)\t二季度执行数(元)\t7月执行数(元)\t1-7月执行数(万元)"
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        pytest.param(
            "3884600",
            (
                (
                    BudgetPart("一季度执行数", 1, 3, Decimal("210.35")),
                    BudgetPart("二季度执行数", 4, 6, Decimal("388.46")),
                    BudgetPart("7月执行数", 7, 7, Decimal("95.20")),
                ),
                False,
            ),
            id="yuan-parts-agree-with-wan-total",
        ),
        pytest.param(
            "4884600",
            (
                (
                    BudgetPart("一季度执行数", 1, 3, Decimal("210.35")),
                    BudgetPart("二季度执行数", 4, 6, Decimal("488.46")),
                    BudgetPart("7月执行数", 7, 7, Decimal("95.20")),
                ),
                True,
            ),
            id="yuan-parts-disagree",
        ),
    ],
)
def test_budget_quarters_in_their_own_unit(second: str, expected: tuple[object, ...]) -> None:
    table = _read(
        "2024年度省直部门项目支出绩效监控表",
        "监控时点：2024年7月31日\t\t\t\t\t\t单位：万元",
        "项目名称\t\t乡村公路养护补助",
        _BUDGET_HEAD,
        f"年度资金总额\t\t1200.00\t2103500\t{second}\t952000\t694.01",
        f"{_LEVELS}\t1-7月完成值",
        "产出指标\t数量指标\t养护里程\t≥1500公里\t800公里",
    )
    ids = [finding.id for finding in table.findings]
    assert (table.budget[0].quarters, "budget-quarters-mismatch" in ids) == expected


_MONTHS = "\t".join(f"{month}月" for month in range(1, 13))
_MERGED = (
    "2023年1-3月项目绩效监控表\n项目名称\t残疾人两项补贴\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t\t\t\t\t\t\t\t\t\t\t\n"
    f"\t\t\t\t{_MONTHS}\n"
    "产出指标\t数量指标\t补贴发放人次\t≥36000人次\t{}\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2023年项目绩效监控表\n项目名称\t残疾人两项补贴\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t1月完成值\t2月完成值\t3月完成值\t4月完成值\n"
            "产出指标\t数量指标\t补贴发放人次\t≥36000人次\t3000人次\t3000人次\t3100人次\t\n"
            "产出指标\t数量指标\t培训人次\t≥360人次\t30人次\t/\t\t\n",
            (
                (None, None),
                (("1月完成值", "2月完成值", "3月完成值"), ("1月完成值", "2月完成值")),
                [("grid-monthly-actual", "E4"), ("grid-monthly-actual", "E5")],
            ),
            id="single-months-undated",
        ),
        pytest.param(
            _MERGED.format("3000人次\t3000人次\t3100人次\t3100人次"),
            ((None,), (("1月", "2月", "3月", "4月"),), [("grid-monthly-actual", "E5")]),
            id="merged-months-level-or-rising",
        ),
        pytest.param(
            _MERGED.format("3000人次\t2900人次\t3100人次\t3100人次"),
            (((Decimal(9000), "人次"),), (("1月", "2月", "3月", "4月"),), []),
            id="merged-months-added-up-to-march",
        ),
    ],
)
def test_single_month_actuals(text: str, expected: tuple[object, ...]) -> None:
    table = perftrack.read_text(text)[0]
    assert (
        tuple(_figure(row.actual) for row in table.indicators),
        tuple(tuple(part.label for part in row.parts) for row in table.indicators),
        [(finding.id, finding.where.cell) for finding in table.findings],
    ) == expected
