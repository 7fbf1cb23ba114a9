"""regress39 fixes (r39fix): rates read as compound durations, five-year plan levels,
bare quarters straddling a 1-8月 period, a self-evaluation's quarterly 执行数.

Each table is built here from its rows; each case fails before its fix.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack import (
    Comparison,
    Descriptive,
    Op,
    Quantity,
    TextValue,
    parse_target,
    parse_value,
)
from perftrack.scoring import score

if TYPE_CHECKING:
    from perftrack.expressions import Target, Value

# --- W1: 一天两小时, 一周三天 are rates, not one stretch of time ------------------------


@pytest.mark.parametrize(
    ("cell", "target", "value"),
    [
        pytest.param(
            "一天两小时", Descriptive("一天两小时"), TextValue("一天两小时"), id="一天两小时"
        ),
        pytest.param(
            "锻炼时间一天两小时",
            Descriptive("锻炼时间一天两小时"),
            TextValue("锻炼时间一天两小时"),
            id="labelled-一天两小时",
        ),
        pytest.param(
            "服务时间一天八小时",
            Descriptive("服务时间一天八小时"),
            TextValue("服务时间一天八小时"),
            id="一天八小时",
        ),
        pytest.param("一周三天", Descriptive("一周三天"), TextValue("一周三天"), id="一周三天"),
        pytest.param(
            "开放时间一周五天",
            Descriptive("开放时间一周五天"),
            TextValue("开放时间一周五天"),
            id="一周五天",
        ),
        pytest.param(
            "一个星期五天",
            Descriptive("一个星期五天"),
            TextValue("一个星期五天"),
            id="一个星期五天",
        ),
        # true compounds still read
        pytest.param(
            "一年三个月",
            Comparison(Op.EQ, Decimal(15), "个月"),
            Quantity(Decimal(15), "个月"),
            id="一年三个月-read",
        ),
        pytest.param(
            "两年十一个月",
            Comparison(Op.EQ, Decimal(35), "个月"),
            Quantity(Decimal(35), "个月"),
            id="两年十一个月-read",
        ),
        pytest.param(
            "两天四小时",
            Comparison(Op.EQ, Decimal(52), "小时"),
            Quantity(Decimal(52), "小时"),
            id="两天四小时-read",
        ),
        pytest.param(
            "一天零两小时",
            Comparison(Op.EQ, Decimal(26), "小时"),
            Quantity(Decimal(26), "小时"),
            id="一天零两小时-read",
        ),
        pytest.param(
            "1天2小时",
            Comparison(Op.EQ, Decimal(26), "小时"),
            Quantity(Decimal(26), "小时"),
            id="digits-read",
        ),
        pytest.param(
            "一小时三十分钟",
            Comparison(Op.EQ, Decimal(90), "分钟"),
            Quantity(Decimal(90), "分钟"),
            id="一小时三十分钟-read",
        ),
    ],
)
def test_rate_is_no_compound_duration(cell: str, target: Target, value: Value) -> None:
    assert (parse_target(cell), parse_value(cell)) == (target, value)


def _self_evaluation(target: str, actual: str, year: int) -> perftrack.Table:
    lines = [
        ["项目支出绩效自评表"],
        [f"（{year}年度）"],
        ["项目名称", "城乡社区综合提升项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "改造任务", target, actual, "10", "10"],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _verdict(target: str, actual: str, year: int) -> tuple[str, str]:
    verdict = score(_self_evaluation(target, actual, year)).verdicts[0]
    return verdict.attainment.value, verdict.explanation


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "一天两小时",
            "每天2小时",
            ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
            id="per-day-hours",
        ),
        pytest.param(
            "一周三天",
            "3天",
            ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
            id="per-week-days",
        ),
    ],
)
def test_rate_target_not_judged_as_total(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(target, actual, 2024) == expected


# --- W3/W5: a five-year plan's label is multi-year only for a total ------------------


def _unsplit(target: str, span: str) -> str:
    return f"年度指标“{target}”为多年累计目标（{span}），未分解本年度应完成的指标值，无法按年度判断"


@pytest.mark.parametrize(
    ("target", "actual", "year", "expected"),
    [
        pytest.param(
            "“十四五”时期保持≥95%",
            "96%",
            2024,
            ("met", "实际96%，达到年度指标≥95%"),
            id="时期保持-level",
        ),
        pytest.param(
            "十四五期间不低于95%",
            "94%",
            2024,
            ("not_met", "实际94%，未达年度指标≥95%"),
            id="期间不低于-level",
        ),
        # still a total: the sum over the plan, or the level at its end
        pytest.param(
            "十四五期间累计≥50个",
            "32个",
            2024,
            ("unknown", _unsplit("十四五期间累计≥50个", "十四五期间")),
            id="累计-total",
        ),
        pytest.param(
            "十四五时期共完成≥50个",
            "32个",
            2024,
            ("unknown", _unsplit("十四五时期共完成≥50个", "十四五时期")),
            id="共-total",
        ),
        pytest.param(
            "十四五末≥95%",
            "94%",
            2024,
            ("unknown", _unsplit("十四五末≥95%", "十四五末")),
            id="末-total",
        ),
        # the target's own quotes nested in the message's, never doubled
        pytest.param(
            "“十四五”时期累计≥50个",
            "32个",
            2024,
            ("unknown", _unsplit("‘十四五’时期累计≥50个", "“十四五”时期")),
            id="quotes-nested",
        ),
        # W5: after the plan's end (2026 for 十四五) the stated cumulative is judged
        pytest.param(
            "十四五期间累计≥50个",
            "累计完成52个",
            2026,
            ("met", "实际52个，达到年度指标≥50个"),
            id="after-plan-met",
        ),
        pytest.param(
            "十四五期间累计≥50个",
            "累计完成45个",
            2026,
            ("not_met", "实际45个，未达年度指标≥50个"),
            id="after-plan-not-met",
        ),
        pytest.param(
            "十四五期间累计≥50个",
            "12个",
            2026,
            ("unknown", _unsplit("十四五期间累计≥50个", "十四五期间")),
            id="after-plan-not-cumulative",
        ),
    ],
)
def test_five_year_plan_label(
    target: str, actual: str, year: int, expected: tuple[str, str]
) -> None:
    assert _verdict(target, actual, year) == expected


def _target_table(targets: list[str]) -> perftrack.Table:
    lines = [
        ["2024年度项目支出绩效目标申报表"],
        ["项目名称", "城乡社区综合提升项目"],
        ["项目资金（万元）", "年度资金总额", "800.00"],
        ["", "其中：财政拨款", "800.00"],
        ["年度绩效目标", "完成年度改造任务。"],
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        *[["产出指标", "数量指标", "老旧小区改造", target] for target in targets],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        pytest.param("“十四五”时期保持≥95%", [], id="时期保持"),
        pytest.param("十四五期间年均增长≥5%", [], id="年均增长"),
        pytest.param("十四五期间不低于95%", [], id="不低于"),
        pytest.param("十四五期间累计≥50个", ["target-multi-year"], id="累计"),
        pytest.param("十四五期间合计完成≥50个", ["target-multi-year"], id="合计"),
        pytest.param("“十四五”期末≥95%", ["target-multi-year"], id="期末"),
    ],
)
def test_five_year_plan_target_multi_year(target: str, expected: list[str]) -> None:
    found = [f.id for f in score(_target_table([target])).findings if f.id == "target-multi-year"]
    assert found == expected


# --- W2: bare quarters in a 1-8月 tracking table -------------------------------------


def _tracking(cells: list[str], end: int = 8) -> perftrack.Table:
    lines = [
        ["财政项目支出绩效跟踪表"],
        [f"跟踪时段：（ 2026-1月 至 2026-{end}月 ）"],
        ["项目名称", "社区养老服务"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "800.00", "800.00", "520.00", "65.00"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "一季度", "二季度", "三季度", "四季度"],
        ["产出指标", "数量指标", "助餐服务人次", "≥12000人次", *cells],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


_STRADDLE_SAID = (
    "指标“助餐服务人次”的实际完成值分季度列示（{}），跟踪期止于8月，在季度中间（季度数可能为"
    "整季度的计划数或部分月份的完成数，此前各季度不足跟踪期），无法确定跟踪期的完成值，未读作实际完成值"
)


@pytest.mark.parametrize(
    ("cells", "end", "actual", "said"),
    [
        pytest.param(
            ["3000", "3100", "3200", "3300"],
            8,
            None,
            _STRADDLE_SAID.format("一季度、二季度、三季度"),
            id="rising-q3-straddles",
        ),
        pytest.param(
            ["3000", "2900", "3200", "3300"],
            8,
            None,
            _STRADDLE_SAID.format("一季度、二季度、三季度"),
            id="flows-q3-straddles",
        ),
        pytest.param(
            ["3000", "3100", "", ""],
            8,
            None,
            _STRADDLE_SAID.format("一季度、二季度"),
            id="q3-empty-g04",
        ),
        # a level near the year's figure is its latest part, as at 1-6月
        pytest.param(
            ["12100", "12150", "12200", ""],
            8,
            Quantity(Decimal(12200)),  # bare figures: no unit of their own
            None,
            id="level-latest",
        ),
        # 1-9月 ends with a quarter: flows still add up (unchanged)
        pytest.param(
            ["3000", "2900", "3200", "3300"],
            9,
            Quantity(Decimal(9100)),
            None,
            id="1-9月-flows-sum",
        ),
    ],
)
def test_bare_quarters_straddling_period(
    cells: list[str], end: int, actual: Value | None, said: str | None
) -> None:
    table = _tracking(cells, end)
    got = table.indicators[0].actual
    got = Quantity(got.value, got.unit, got.bound) if isinstance(got, Quantity) else got
    messages = [f.message for f in table.findings if f.id == "grid-monthly-actual"]
    assert (got, messages) == (actual, [said] if said is not None else [])


# --- b13: a self-evaluation's 一季度执行数 … 四季度执行数 are parts of the year ----------


def _budget_self_evaluation(amounts: list[str]) -> perftrack.Table:
    lines = [
        ["项目支出绩效自评表"],
        ["（2026年度）"],
        ["项目名称", "城乡社区综合提升项目"],
        [
            "项目资金（万元）",
            "",
            "全年预算数",
            "一季度执行数",
            "二季度执行数",
            "三季度执行数",
            "四季度执行数",
        ],
        ["", "年度资金总额", "1,000.00", *amounts],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "改造老旧小区", "=20个", "20个", ""],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


@pytest.mark.parametrize(
    ("amounts", "executed", "parts"),
    [
        # falling parts: amounts of each quarter, added up (never 一季度 alone)
        pytest.param(
            ["300.00", "200.00", "250.00", "230.00"], Decimal("980.00"), 4, id="flows-summed"
        ),
        # running totals headed by the rate past the budget: the last
        pytest.param(
            ["300.00", "500.00", "800.00", "980.00"], Decimal("980.00"), 4, id="running-last"
        ),
        # rising within the budget, nothing telling: the headers' reading, the sum
        pytest.param(
            ["100.00", "200.00", "300.00", "380.00"], Decimal("980.00"), 4, id="rising-summed"
        ),
    ],
)
def test_self_evaluation_quarter_execution(
    amounts: list[str], executed: Decimal | None, parts: int
) -> None:
    line = _budget_self_evaluation(amounts).budget[0]
    assert (line.executed, len(line.quarters)) == (executed, parts)


def test_self_evaluation_quarters_no_false_rate() -> None:
    ids = [
        f.id
        for f in score(_budget_self_evaluation(["100.00", "200.00", "300.00", "380.00"])).findings
    ]
    assert "budget-behind-schedule" not in ids
    assert "budget-quarters-unsure" not in ids  # the sum, 980 of 1000: nothing to say
