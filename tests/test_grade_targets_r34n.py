"""r34n: two false findings an adversarial review found.

1. A target perftrack ranks against the actual's grade (a letter grade ``A级``,
   ``AAA级``; a grade of 财预〔2020〕10号 ``优``, ``良好以上``) is measurable: no
   ``target-not-measurable``. Conformity (``合格``) and vague words (``较好``) keep it.
2. A complaint row (投诉/信访/举报) under 满意度指标 counts complaints, no share
   satisfied: its actual (``无投诉``, ``全部办结``) raises no ``satisfaction-not-percent``,
   as its target already did not (r34j).

Each table is written as text (TSV), read and scored; each case gives the exact findings.
"""

from __future__ import annotations

import pytest

from grade_tables import found, self_table, target_table
from perftrack.scoring import score


def _vague(name: str, target: str) -> tuple[str, str, str]:
    return (
        "target-not-measurable",
        "D7",
        f"“{name}”年度指标“{target}”为定性或文字描述，难以量化考核",
    )


@pytest.mark.parametrize(
    ("name", "target", "expected"),
    [
        # letter grades, ranked by r34k
        pytest.param("信用等级", "A级", [], id="letter-grade"),
        pytest.param("信用等级", "A", [], id="bare-letter"),
        pytest.param("信用评级", "A级以上", [], id="letter-grade-or-above"),
        pytest.param("信用评级", "AA级及以上", [], id="pinned-double-a-or-above"),
        pytest.param("信用评级", "AAA级", [], id="pinned-triple-a"),
        # the grades of 财预〔2020〕10号, ranked as letter grades are
        pytest.param("工程质量等级", "优", [], id="grade-excellent"),
        pytest.param("工程质量等级", "优良", [], id="grade-good-or-excellent"),
        pytest.param("考核等次", "良好以上", [], id="grade-good-or-above"),
        pytest.param("考核等次", "优秀", [], id="grade-excellent-word"),
        # still words: a conformity's pass, a vague quality, a letter run on no scale
        pytest.param("产品质量", "合格", [_vague("产品质量", "合格")], id="pinned-conformity"),
        pytest.param("服务质量", "较好", [_vague("服务质量", "较好")], id="pinned-vague-quality"),
        pytest.param("信用等级", "AB级", [_vague("信用等级", "AB级")], id="pinned-no-scale"),
    ],
)
def test_a_ranked_grade_target_is_measurable(name, target, expected):
    assert found(target_table(name, target)) == expected


@pytest.mark.parametrize(
    ("row", "verdict", "expected"),
    [
        pytest.param(
            ["产出指标", "质量指标", "信用等级", "A级", "A级", "90", "90"],
            ("met", "实际“A级”，达到“A级”"),
            [],
            id="letter-grade-met",
        ),
        pytest.param(
            ["产出指标", "质量指标", "工程质量等级", "优", "优", "90", "90"],
            ("met", "实际“优”，达到“优”"),
            [],
            id="grade-met",
        ),
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "投诉率", "≤1%", "无投诉", "90", "90"],
            ("met", "实际0%，达到年度指标≤1%"),
            [],
            id="no-complaint",
        ),
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "投诉率", "≤1%", "0.5%", "90", "90"],
            ("met", "实际0.5%，达到年度指标≤1%"),
            [],
            id="pinned-complaint-rate",
        ),
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "投诉办结率", "100%", "全部办结", "90", "90"],
            ("met", "实际“全部办结”，已完成"),
            # as under 产出指标: the words give no figure to check the points by
            [
                (
                    "points-unsupported",
                    "G7",
                    "“投诉办结率”实际完成值“全部办结”无数值，无法核实填报得分90（分值90）",
                )
            ],
            id="complaints-all-handled",
        ),
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "满意", "90", "90"],
            (
                "unknown",
                "实际“满意”为文字评价，满意度应填写调查得出的百分比，无法与年度指标≥90%比较",
            ),
            [
                (
                    "satisfaction-not-percent",
                    "E7",
                    "满意度指标“群众满意度”实际完成值应为百分比，而非“满意”",
                )
            ],
            id="pinned-satisfaction-word",
        ),
    ],
)
def test_self_evaluation_rows(row, verdict, expected):
    table = self_table(row)
    scored = score(table).verdicts[0]
    assert (scored.attainment.value, scored.explanation) == verdict
    assert found(table) == expected
