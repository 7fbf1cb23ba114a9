"""target21 H4: a row filed under a level 2 it plainly does not belong to.

Every table is written here as text (TSV); each case gives the exact findings expected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from grade_tables import target_rows
from perftrack.reports._review import review
from perftrack.scoring import score

if TYPE_CHECKING:
    import perftrack


def _target_table(rows: list[list[str]]) -> perftrack.Table:
    return target_rows(rows, goal="完成年度培训任务。")


def _found(table: perftrack.Table) -> list[tuple[str, str, str | None, str]]:
    return [
        (f.id, f.severity.value, f.where.cell, f.message)
        for f in score(table).findings
        if f.id == "category-suspect"
    ]


def _info(cell: str, message: str) -> tuple[str, str, str, str]:
    return ("category-suspect", "info", cell, message)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [["产出指标", "数量指标", "培训完成时间", "2026年10月31日前"]],
            [
                _info(
                    "C7",
                    "“培训完成时间”（年度指标“2026年10月31日前”）列于“数量指标”下，疑似应归入时效指标",
                )
            ],
            id="deadline-under-quantity",
        ),
        pytest.param(
            [["产出指标", "质量指标", "补贴资金发放时间", "2026年12月底前"]],
            [
                _info(
                    "C7",
                    "“补贴资金发放时间”（年度指标“2026年12月底前”）列于“质量指标”下，疑似应归入时效指标",
                )
            ],
            id="deadline-under-quality",
        ),
        pytest.param(
            [["产出指标", "时效指标", "培训人次", "≥1000人次"]],
            [_info("C7", "“培训人次”（年度指标“≥1000人次”）列于“时效指标”下，疑似应归入数量指标")],
            id="count-under-timeliness",
        ),
        pytest.param(
            [["产出指标", "时效指标", "会议费", "≤5万元"]],
            [_info("C7", "“会议费”（年度指标“≤5万元”）列于“时效指标”下，疑似应归入成本指标")],
            id="cost-under-timeliness",
        ),
        pytest.param(
            [["产出指标", "数量指标", "培训费支出", "≤30万元"]],
            [_info("C7", "“培训费支出”（年度指标“≤30万元”）列于“数量指标”下，疑似应归入成本指标")],
            id="cost-ceiling-under-quantity",
        ),
        pytest.param(
            [["效益指标", "社会效益指标", "学员满意度", "≥90%"]],
            [
                _info(
                    "C7", "“学员满意度”（年度指标“≥90%”）列于“社会效益指标”下，疑似应归入满意度指标"
                )
            ],
            id="satisfaction-under-benefit",
        ),
        pytest.param(
            [
                ["产出指标", "质量指标", "资金拨付及时率", "≥95%"],
                ["产出指标", "质量指标", "资料报送及时率", "100%"],
                ["产出指标", "时效指标", "完成时间", "2026年11月底前"],
                ["产出指标", "时效指标", "培训天数", "≥30天"],
                ["产出指标", "时效指标", "培训周期", "≤3个月"],
                ["产出指标", "时效指标", "项目完成率", "≥95%"],
                ["产出指标", "数量指标", "培训人次", "≥1000人次"],
                ["产出指标", "数量指标", "发放补贴资金", "≥500万元"],
                ["产出指标", "数量指标", "建设年度", "2026年"],
                ["效益指标", "社会效益指标", "满意度调查覆盖率", "≥80%"],
                ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
            ],
            [],
            id="rightly-filed",
        ),
    ],
)
def test_category_suspect(
    rows: list[list[str]], expected: list[tuple[str, str, str | None, str]]
) -> None:
    assert _found(_target_table(rows)) == expected


def test_review_letter_names_misfiled_rows() -> None:
    table = _target_table(
        [
            ["产出指标", "数量指标", "培训完成时间", "2026年10月31日前"],
            ["产出指标", "时效指标", "会议费", "≤5万元"],
        ]
    )
    letter = review(score(table))
    assert "有2项指标疑似归错二级指标（“培训完成时间”、“会议费”）" in letter
