"""Self-evaluation tables: a grade under a blank 总分, the rate's blank 得分 (r38r).

1. A grade printed (``自评等级 良``) with no 总分 is checked against the printed 得分
   when they are all there (every weighed row, the execution rate's too): 9.5 + 27 +
   20 + 30 + 10 = 96.5 is 优, not 良. Before, nothing was said: the grade had no total
   to be checked against.
2. The budget line printing its 分值 (10) with its 得分 cell blank, while the indicators
   print theirs, gets ``missing-points`` at that blank cell, as an indicator's blank
   得分 does. Before, only indicators were looked at, and a 总分 of 87 (the indicators'
   得分 alone, the rate's 9.50 left out) passed without a word.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.report import scorecard_text
from perftrack.reports._review import review
from perftrack.scoring import score

Rows = list[list[str]]

HEAD: Rows = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "课后服务"],
    ["主管部门", "区教育局", "实施单位", "区实验小学"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
]
GRID: Rows = [
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ],
    ["产出指标", "数量指标", "服务人数", "≥100人", "90人", "30", "27", "宣传不足"],
    ["", "质量指标", "合格率", "≥95%", "96%", "20", "20", ""],
    ["效益指标", "社会效益指标", "生活改善", "改善", "改善", "30", "30", ""],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10", ""],
]


def _budget(weight: str, rate: str, points: str, executed: str = "95.00") -> Rows:
    return [
        ["", "年度资金总额", "100.00", "100.00", executed, weight, rate, points],
        ["", "其中：当年财政拨款", "100.00", "100.00", executed, "—", "—", "—"],
    ]


def _table(rows: Rows) -> perftrack.Table:
    text = "\n".join("\t".join(row) for row in rows) + "\n"
    (table,) = perftrack.read_text(text, name="t.txt")
    return table


IDS = frozenset({"grade-mismatch", "points-sum-mismatch", "missing-points"})


def _said(table: perftrack.Table) -> list[tuple[str, str, str | None]]:
    return [(f.id, f.message, f.where.cell) for f in score(table).findings if f.id in IDS]


@pytest.mark.parametrize(
    ("budget", "grid", "tail", "findings"),
    [
        # the grade against the printed 得分, 总分 blank
        (
            _budget("10", "95.00%", "9.5"),
            GRID,
            [["总分", "", "", "", "", "100", "", ""], ["自评等级", "良"]],
            [("grade-mismatch", "未填总分，各项得分合计96.50应评为“优”，表中为“良”", "B14")],
        ),
        (
            _budget("10", "95.00%", "9.5"),
            GRID,
            [["自评等级", "优"]],
            [],
        ),
        # 5 + 27 + 20 + 30 + 10 = 92: 优 is due, the rate's low points included
        (
            _budget("10", "50.00%", "5", "50.00"),
            GRID,
            [["自评等级", "良"]],
            [("grade-mismatch", "未填总分，各项得分合计92.00应评为“优”，表中为“良”", "B13")],
        ),
        # a hole in the 得分: the sum is not the total, nothing to grade by
        (
            _budget("10", "95.00%", "9.5"),
            [
                *GRID[:3],
                ["效益指标", "社会效益指标", "生活改善", "改善", "改善", "30", "", ""],
                GRID[4],
            ],
            [["自评等级", "良"]],
            [
                (
                    "missing-points",
                    "“生活改善”未填写得分（已达成，分值30，计算得分30.00）",
                    "G11",
                )
            ],
        ),
        # the rate's 得分 blank: the sum is not the total either, but the blank is said
        (
            _budget("10", "95.00%", ""),
            GRID,
            [["总分", "", "", "", "", "100", "87", ""], ["自评等级", "良"]],
            [
                (
                    "missing-points",
                    "“年度资金总额”未填写得分（执行率95.00%，分值10，计算得分9.50）",
                    "H6",
                )
            ],
        ),
        (
            _budget("10", "95.00%", ""),
            GRID,
            [["自评等级", "良"]],
            [
                (
                    "missing-points",
                    "“年度资金总额”未填写得分（执行率95.00%，分值10，计算得分9.50）",
                    "H6",
                )
            ],
        ),
        # no 分值 on the budget line: no 得分 asked of it
        (
            _budget("", "95.00%", ""),
            [*GRID[:2], ["", "质量指标", "合格率", "≥95%", "96%", "30", "30", ""], *GRID[3:]],
            [["总分", "", "", "", "", "100", "97", ""]],
            [],
        ),
    ],
)
def test_self_evaluation_points(
    budget: Rows, grid: Rows, tail: Rows, findings: list[tuple[str, str, str | None]]
) -> None:
    assert _said(_table([*HEAD, *budget, *grid, *tail])) == findings


def test_a_low_grade_under_a_blank_total() -> None:
    grid = [
        *GRID[:2],
        ["", "质量指标", "合格率", "≥95%", "50%", "20", "10.53", "培训不足"],
        ["效益指标", "社会效益指标", "生活改善", "改善", "未改善", "30", "0", "未见成效"],
        GRID[4],
    ]
    table = _table([*HEAD, *_budget("10", "95.00%", "9.5"), *grid, ["自评等级", "良"]])
    assert table.published.total is None
    assert table.published.grade == "良"
    card = score(table)
    assert card.points is not None
    assert card.points.total == Decimal("57.03")
    # 9.5 + 27 + 10.53 + 0 + 10 = 57.03: 差
    assert _said(table) == [
        ("grade-mismatch", "未填总分，各项得分合计57.03应评为“差”，表中为“良”", "B13")
    ]


def test_the_grade_alone_is_shown() -> None:
    table = _table([*HEAD, *_budget("10", "95.00%", "9.5"), *GRID, ["自评等级", "良"]])
    assert "  得分：96.50 优；表中等级 良" in scorecard_text(score(table)).splitlines()


@pytest.mark.parametrize(
    ("budget", "tail", "clause"),
    [
        (
            _budget("10", "95.00%", "9.5"),
            [["自评等级", "良"]],
            (
                "三是自评打分存在差错，评价等级与各项得分合计不符，"
                "各项得分合计96.50分应评为“优”，表中为“良”。"
            ),
        ),
        (
            _budget("10", "95.00%", ""),
            [["总分", "", "", "", "", "100", "87", ""], ["自评等级", "良"]],
            "三是自评打分存在差错，预算执行率未填写得分。",
        ),
    ],
)
def test_the_letter_says_them(budget: Rows, tail: Rows, clause: str) -> None:
    assert clause in review(score(_table([*HEAD, *budget, *GRID, *tail])))
