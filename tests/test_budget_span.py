"""Which budget the 预算数 column is: 跟踪期预算数 or 全年预算数 (``Table.budget_span``).

Before, the model did not keep which header the budget column had: in tracking tables
the review letter and the findings called both 预算数 (findings1 T01 prints
跟踪期预算数, e2e16 t07 全年预算数), and the Markdown and HTML reports called a
全年预算数 跟踪期预算数. Every table is written here as text, read and scored.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import perftrack
from perftrack import BudgetSpan
from perftrack.report import table_summary
from perftrack.reports import render
from perftrack.reports._common import budget_headers
from perftrack.reports._review import review
from perftrack.scoring import budget_name

_TITLE = "2024年1-6月项目支出绩效跟踪表"  # 序时进度 50.00%
_GRID = (
    ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "72人次"],
)


def _read(header: list[str], *lines: list[str], title: str = _TITLE) -> perftrack.Table:
    rows = [title, ["项目名称", "示例"], ["预算执行情况(万元)", *header], *lines, *_GRID]
    text = "\n".join("\t".join([row] if isinstance(row, str) else row) for row in rows)
    (table,) = perftrack.read_text(text, format="text")
    return table


def _line(header: list[str]) -> list[str]:
    """A total line of 200 年初, 100 budget, 40 executed, 40% under *header*'s columns."""
    amounts = {"年初": "200", "执行": "40", "支出数": "40", "率": "40%", "进度": "40%"}
    return [
        "年度资金总额",
        *(next((a for word, a in amounts.items() if word in h), "100") for h in header),
    ]


@pytest.mark.parametrize(
    ("header", "span", "name"),
    [
        (
            ["年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率"],
            BudgetSpan.PERIOD,
            "跟踪期预算数",
        ),
        (
            ["年初预算数", "监控期预算数", "监控期执行数", "执行率"],
            BudgetSpan.PERIOD,
            "跟踪期预算数",
        ),
        (["年初预算数", "全年预算数", "1-6月执行数", "执行率"], BudgetSpan.YEAR, "全年预算数"),
        (["年初预算数", "调整后预算数", "执行数", "执行率"], BudgetSpan.YEAR, "全年预算数"),
        (["预算批复数", "执行数", "执行率"], BudgetSpan.YEAR, "全年预算数"),
        (["年度预算数", "执行数", "执行率"], BudgetSpan.YEAR, "全年预算数"),
        # the header does not say: a tracking table's budget may be either
        (["年初预算数", "预算数", "执行数", "执行率"], BudgetSpan.UNKNOWN, "预算数"),
        (["1-6月预算数", "1-6月执行数", "执行率"], BudgetSpan.UNKNOWN, "预算数"),
        (["已下达预算数", "已支出数", "支出进度"], BudgetSpan.UNKNOWN, "预算数"),
        (["年初预算数", "1-6月执行数", "执行率"], BudgetSpan.UNKNOWN, "预算数"),
        # a months' plan beside a bare 预算数: that is the year's
        (["预算数", "1-6月用款计划", "1-6月执行数", "执行率"], BudgetSpan.UNKNOWN, "全年预算数"),
    ],
)
def test_the_budget_columns_header_says_which_budget_it_is(
    header: list[str], span: BudgetSpan, name: str
) -> None:
    table = _read(header, _line(header))
    assert table.budget_span is span
    assert budget_name(table) == name


@pytest.mark.parametrize(
    ("title", "header", "name"),
    [
        ("2024年度项目支出绩效自评表", ["年初预算数", "预算数", "执行数", "执行率"], "全年预算数"),
        (
            "2024年度项目支出绩效自评表",
            ["年初预算数", "全年预算数", "执行数", "执行率"],
            "全年预算数",
        ),
        # printed as such, even in a self-evaluation table
        (
            "2024年度项目支出绩效自评表",
            ["年初预算数", "跟踪期预算数", "执行数", "执行率"],
            "跟踪期预算数",
        ),
    ],
)
def test_a_self_evaluations_budget_is_the_years_unless_its_header_says(
    title: str, header: list[str], name: str
) -> None:
    assert budget_name(_read(header, _line(header), title=title)) == name


def test_a_table_without_a_budget_has_no_span() -> None:
    rows = [_TITLE, ["项目名称", "示例"], *_GRID]
    (table,) = perftrack.read_text("\n".join("\t".join(r) for r in rows), format="text")
    assert table.budget_span is BudgetSpan.UNKNOWN


@pytest.mark.parametrize(
    ("header", "said", "not_said"),
    [
        (
            ["年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率"],
            "（已执行40万元，跟踪期预算100万元）",
            "全年预算",
        ),
        (
            ["年初预算数", "全年预算数", "1-6月执行数", "执行率"],
            "（已执行40万元，全年预算100万元）",
            "跟踪期预算",
        ),
        (["年初预算数", "预算数", "执行数", "执行率"], "（已执行40万元，预算100万元）", "全年预算"),
        # no budget column: the rate is against 年初预算数, the letter says 预算 as before
        (["年初预算数", "1-6月执行数", "执行率"], "（已执行40万元，预算200万元）", "全年预算"),
    ],
)
def test_the_letter_names_the_budget_as_the_header_does(
    header: list[str], said: str, not_said: str
) -> None:
    lines = _line(header)
    paragraph = review(perftrack.score(_read(header, lines)))
    assert said in paragraph
    assert not_said not in paragraph


@pytest.mark.parametrize(
    ("header", "word"),
    [
        (["年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率"], "跟踪期预算数"),
        (["年初预算数", "全年预算数", "1-6月执行数", "执行率"], "全年预算数"),
        (["年初预算数", "预算数", "执行数", "执行率"], "预算数"),
    ],
)
def test_the_sum_mismatch_and_the_over_run_name_the_budget_as_the_header_does(
    header: list[str], word: str
) -> None:
    table = _read(
        header,
        ["年度资金总额", "200", "100", "60", "60%"],
        ["其中：财政拨款", "150", "80", "90", "112.5%"],
        ["其他资金", "50", "10", "0", "0%"],
    )
    card = perftrack.score(table)
    (mismatch,) = [f.message for f in card.findings if f.id == "budget-sum-mismatch"]
    assert mismatch.startswith(f"{word}各项合计90与总额100不符")
    assert f"执行数超过{word}" in review(card)


def test_the_reports_budget_headers_and_the_read_summary_use_it() -> None:
    header = ["年初预算数", "全年预算数", "1-6月执行数", "执行率"]
    table = _read(header, _line(header))
    assert budget_headers(table.kind, budget_name(table))[2:4] == ("全年预算数", "跟踪期执行数")
    assert budget_headers(table.kind)[2] == "跟踪期预算数"  # the kind's word, as before
    markdown = render([perftrack.score(table)], [], "markdown")
    assert "| 资金来源 | 年初预算数 | 全年预算数 | 跟踪期执行数 |" in markdown
    summary = table_summary(table).splitlines()
    assert "  预算 年度资金总额：年初 200 全年预算数 100 执行 40 万元 执行率 40%" in summary


def test_the_span_is_written_to_the_json_only_when_known_and_read_back() -> None:
    period = _read(
        ["年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率"],
        _line(["年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率"]),
    )
    bare = _read(
        ["年初预算数", "预算数", "执行数", "执行率"],
        _line(["年初预算数", "预算数", "执行数", "执行率"]),
    )
    document = json.loads(perftrack.to_json([period, bare]))
    first, second = document["tables"]
    keys = list(first)
    assert keys[keys.index("budget_unit") + 1] == "budget_span"
    assert first["budget_span"] == "period"
    assert "budget_span" not in second
    back = perftrack.from_json(perftrack.to_json([period, bare]))
    assert [table.budget_span for table in back] == [BudgetSpan.PERIOD, BudgetSpan.UNKNOWN]
    scored = perftrack.from_json(perftrack.to_json(perftrack.score(period)))
    assert scored[0].table.budget_span is BudgetSpan.PERIOD


def test_a_period_budget_is_held_to_time_progress_as_a_years_budget_is() -> None:
    # 跟踪期预算数 is the year's budget as it stands at the period's end, not the
    # months' share: its rate (40%) is behind 序时进度 50% as a 全年预算数's is
    findings = []
    for column in ("跟踪期预算数", "全年预算数"):
        header = ["年初预算数", column, "1-6月执行数", "执行率"]
        card = perftrack.score(_read(header, _line(header)))
        assert card.budget[0].denominator == "period_budget"
        assert card.budget[0].rate_recomputed == Decimal(40)
        findings.append([(f.id, f.message) for f in card.findings])
    assert findings[0] == findings[1]
    assert ("budget-behind-schedule", "执行率40.00%低于序时进度50.00%") in findings[0]
