"""A 部门整体 block's sources and uses side by side (r35d, adversarial reading).

The central 部门（单位）整体支出绩效目标申报表 prints the year's money by source and by use
in two halves of one block: ``按收入性质分： | | 按支出性质分：`` and under it rows of
``其中：一般公共预算： | 3400.00 | 其中：基本支出： | 2100.00``. Each row was read as one
line of two amounts: in a block naming no amount column the line was left unread
(``有2个金额…无表头列说明哪个是年度预算``), so the sources and uses were lost; under a
header (年初预算数 | 全年预算数 | 全年执行数 | 分值 …) the use's amount was packed into the
source's next column (基本支出 830.12 as 一般公共预算's 全年执行数), with a false
``over-execution`` on 政府性基金拨款 (0 budgeted, 472.24 "executed": 项目支出's amount).

Now each label keeps its own amount: the year's budget where the block names no amount
column, that column's where the amount stands under one, and otherwise nothing (the
pair said unread: whether the amount is a budget or a spending is not printed). A lone
pair below the halves (``其他资金： | 160.00``) is read the same. 纳入专户管理的非税收入拨款
and 国有资本经营预算拨款 are sources (财政拨款).

Every table is built here as TSV text and read with :func:`perftrack.read_text`.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack


def _tsv(*rows: tuple[str, ...]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


GRID = (
    ("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
    ("", "产出指标", "数量指标", "完成规划数量", "≥12个"),
)
HALVES = (
    ("按收入性质分：", "", "按支出性质分：", ""),
    ("其中：一般公共预算：", "3400.00", "其中：基本支出：", "2100.00"),
    ("政府性基金拨款：", "0.00", "项目支出：", "1460.00"),
    ("纳入专户管理的非税收入拨款：", "0.00", "", ""),
    ("其他资金：", "160.00", "", ""),
)
TARGET = (
    ("部门（单位）整体支出绩效目标申报表",),
    ("（2024年度）",),
    ("部门（单位）名称", "市自然资源局"),
    ("年度部门整体支出预算（万元）", "资金总额", "3560.00"),
    *HALVES,
)

# (role, source, initial, executed) of each line, uses after the sources
Line = tuple[str, str, Decimal | None, Decimal | None]

CASES: list[tuple[str, tuple[tuple[str, ...], ...], list[Line], list[str]]] = [
    (
        "target table: each label its own amount, the year's budget",
        TARGET,
        [
            ("total", "资金总额", Decimal("3560.00"), None),
            ("appropriation", "其中：一般公共预算", Decimal("3400.00"), None),
            ("use", "其中：基本支出", Decimal("2100.00"), None),
            ("appropriation", "政府性基金拨款", Decimal("0.00"), None),
            ("use", "项目支出", Decimal("1460.00"), None),
            ("appropriation", "纳入专户管理的非税收入拨款", Decimal("0.00"), None),
            ("other", "其他资金", Decimal("160.00"), None),
        ],
        [],
    ),
    (
        "self-evaluation: amounts under no amount column are not read, and said",
        (
            ("部门整体支出绩效自评表",),
            ("（2022年度）",),
            ("部门名称", "临川区生态环境局"),
            (
                *("年度部门整体支出预算执行情况（万元）", "", "年初预算数", "全年预算数"),
                *("全年执行数", "分值", "执行率", "得分"),
            ),
            ("年度资金总额：", "", "1250", "1380.5", "1302.36", "10", "94.34%", "9.43"),
            ("按收入性质分：", "", "", "", "按支出性质分：", "", "", ""),
            ("其中：一般公共预算：", "1240.10", "", "", "其中：基本支出：", "830.12", "", ""),
            ("政府性基金拨款：", "0", "", "", "项目支出：", "472.24", "", ""),
            ("其他资金：", "62.26", "", "", "", "", "", ""),
        ),
        [("total", "年度资金总额", Decimal(1250), Decimal("1302.36"))],
        [
            "预算行“其中：一般公共预算：”的金额1240.10不在表头的金额列下，不知是预算数还是执行数，未读入",
            "预算行“其中：基本支出：”的金额830.12不在表头的金额列下，不知是预算数还是执行数，未读入",
            "预算行“政府性基金拨款：”的金额0不在表头的金额列下，不知是预算数还是执行数，未读入",
            "预算行“项目支出：”的金额472.24不在表头的金额列下，不知是预算数还是执行数，未读入",
            "预算行“其他资金：”的金额62.26不在表头的金额列下，不知是预算数还是执行数，未读入",
        ],
    ),
    (
        "two sources side by side are no halves: read as before",
        (
            ("2024年项目支出绩效目标表",),
            ("项目名称", "甲"),
            ("项目资金（万元）", "年度资金总额", "120"),
            ("", "其中：财政拨款", "100", "其他资金", "20"),
        ),
        [
            ("total", "年度资金总额", Decimal(120), None),
            ("appropriation", "其中：财政拨款", Decimal(100), None),
            ("other", "其他资金", Decimal(20), None),
        ],
        [],
    ),
]


@pytest.mark.parametrize(
    ("rows", "lines", "unread"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_halves(rows: tuple[tuple[str, ...], ...], lines: list[Line], unread: list[str]) -> None:
    table = perftrack.read_text(_tsv(*rows, ("年度总体目标", "完成规划编制"), *GRID))[0]
    got = [(line.role.value, line.source, line.initial, line.executed) for line in table.budget]
    assert got == lines
    assert [f.message for f in table.findings if f.id == "budget-line-unread"] == unread
    card = perftrack.score(table)
    assert not {"over-execution", "budget-sum-mismatch"} & {f.id for f in card.findings}
