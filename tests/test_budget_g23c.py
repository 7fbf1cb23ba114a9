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


def _unread(*names: str) -> tuple[str, str]:
    named = "、".join(f"“{name}”" for name in names)
    return (
        "budget-line-unread",
        f"预算行{named}按支出经济分类列示，不是资金来源，未作为预算行读入",
    )


@pytest.mark.parametrize(
    ("lines", "expected_lines", "expected_findings"),
    [
        pytest.param(
            [_TOTAL, _SOURCE, ["对个人和家庭的补助", "60", "30", "50%"]],
            _LINES,
            [_unread("对个人和家庭的补助")],
            id="family-subsidy-no-source",
        ),
        pytest.param(
            [
                _TOTAL,
                _SOURCE,
                ["对个人和家庭的补助", "60", "30", "50%"],
                ["商品和服务支出", "40", "20", "50%"],
            ],
            _LINES,
            [_unread("对个人和家庭的补助", "商品和服务支出")],
            id="two-classes",
        ),
        pytest.param(
            [_TOTAL, _SOURCE, ["其中：对企业补助", "30", "10", "33.33%"]],
            _LINES,
            [_unread("其中：对企业补助")],
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
            ],
            [
                _unread("工资福利支出", "资本性支出"),
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
