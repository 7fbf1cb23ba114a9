"""regress111 (r111): over-reach of the fix-r109, fix-r110 and fix-p49 merges.

W1: a row named for the 其中 grade (非常满意率, 很满意率, 非常满意度) takes the 其中 part,
never the parent 满意率; the r109 W3 rule (the part of the 满意率) holds on the parent's row.
W2: a count whose label opens with 失传 (失传项目1项, 已失传项目2项) against …无失传 is not_met.
W3: rainfall or snowfall (降雨量120mm) is no length of the row's thing: against a length target
on a row not about rain or snow the units stay incomparable.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


def _said(figure: str, actual: str, target: str, *, attained: bool) -> tuple[str, str]:
    verdict, word = ("met", "达到") if attained else ("not_met", "未达")
    return verdict, f"实际{figure}（“{actual}”中指标名称所指的数），{word}年度指标{target}"


# W1, 2025 自评表: name | target | actual -> attainment, explanation
GRADE_ROWS = [
    pytest.param(
        ("非常满意率", "≥50%", "满意率95%，其中非常满意率40%"),
        _said("40%", "满意率95%，其中非常满意率40%", "≥50%", attained=False),
        id="very-satisfied-part-not-met",
    ),
    pytest.param(
        ("非常满意率", "≥50%", "满意率95%，其中非常满意率60%"),
        _said("60%", "满意率95%，其中非常满意率60%", "≥50%", attained=True),
        id="very-satisfied-part-met-on-60",
    ),
    pytest.param(
        ("很满意率", "≥50%", "满意率95%，其中很满意率40%"),
        _said("40%", "满意率95%，其中很满意率40%", "≥50%", attained=False),
        id="hen-satisfied-part",
    ),
    pytest.param(
        ("非常满意度", "≥50%", "满意率95%，其中非常满意率40%"),
        _said("40%", "满意率95%，其中非常满意率40%", "≥50%", attained=False),
        id="very-satisfied-du-part",
    ),
    pytest.param(
        ("群众非常满意率", "≥50%", "满意率95%，其中非常满意率40%"),
        _said("40%", "满意率95%，其中非常满意率40%", "≥50%", attained=False),
        id="group-very-satisfied-part",
    ),
    pytest.param(
        ("群众满意度", "≥90%", "满意率95%，其中非常满意率60%"),
        _said("95%", "满意率95%，其中非常满意率60%", "≥90%", attained=True),
        id="control-parent-row-r109",
    ),
    pytest.param(
        ("群众满意率", "≥90%", "非常满意率60%，满意率30%"),
        ("unknown", "实际“非常满意率60%，满意率30%”不是数值，无法与年度指标比较"),
        id="control-parent-row-r108",
    ),
    pytest.param(
        ("非常满意率", "≥50%", "非常满意率60%，满意率30%"),
        _said("60%", "非常满意率60%，满意率30%", "≥50%", attained=True),
        id="control-grade-row-sibling",
    ),
]


@pytest.mark.parametrize(("row", "expected"), GRADE_ROWS)
def test_grade_row_takes_its_part(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


# W2, 2025 自评表: a count whose label names the 失传 itself is an occurrence: not_met
def _lost(actual: str, target: str = "濒危项目无失传") -> tuple[str, str]:
    return "not_met", f"实际发生{actual}，未达到“{target}”"


LOST_ROWS = [
    pytest.param(
        ("非遗传承", "濒危项目无失传", "失传项目1项"), _lost("失传项目1项"), id="lost-items"
    ),
    pytest.param(
        ("非遗传承", "濒危项目无失传", "已失传项目2项"), _lost("已失传项目2项"), id="already-lost"
    ),
    pytest.param(
        ("非遗传承", "传统技艺无失传", "失传技艺1项"),
        _lost("失传技艺1项", "传统技艺无失传"),
        id="lost-crafts",
    ),
    pytest.param(
        ("非遗传承", "濒危项目无失传", "濒危项目失传1项"),
        _lost("濒危项目失传1项"),
        id="control-ends-in-event",
    ),
    pytest.param(
        ("非遗传承", "濒危项目无失传", "新增保护项目2项"),
        (
            "unknown",
            "实际“新增保护项目2项”所列数量不是年度指标“濒危项目无失传”所指事项，需人工判断",
        ),
        id="control-work-done",
    ),
    pytest.param(
        ("非遗传承", "濒危项目无失传", "抢救濒临失传技艺3项"),
        (
            "unknown",
            "实际“抢救濒临失传技艺3项”所列数量不是年度指标“濒危项目无失传”所指事项，需人工判断",
        ),
        id="control-rescue-at-risk",
    ),
    pytest.param(
        ("动物疫病", "不发生新疫点", "免疫牲畜12万头"),
        ("unknown", "实际“免疫牲畜12万头”所列数量不是年度指标“不发生新疫点”所指事项，需人工判断"),
        id="control-immunised",
    ),
]


@pytest.mark.parametrize(("row", "expected"), LOST_ROWS)
def test_count_of_the_event_itself(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


# W3, 2025 自评表: precipitation against a length of another thing stays "单位不可比"
def _apart(actual: str, target: str) -> tuple[str, str]:
    return "unknown", f"实际{actual}与年度指标{target}单位不可比"


RAIN_ROWS = [
    pytest.param(("道路宽度", "≥6米", "降雨量120mm"), _apart("120mm", "≥6米"), id="rain-width"),
    pytest.param(
        ("排水沟深度", "≥0.5米", "降雨量120mm"), _apart("120mm", "≥0.5米"), id="rain-depth"
    ),
    pytest.param(
        ("积雪深度监测", "≥10cm", "监测降雪量12mm"), _apart("12mm", "≥10cm"), id="snow-depth"
    ),
    pytest.param(
        ("堤防加高", "≥0.5米", "年降水量800毫米"), _apart("800毫米", "≥0.5米"), id="water-height"
    ),
    pytest.param(
        ("年降雨量监测", "≥800毫米", "0.9米"),
        ("met", "实际0.9米，达到年度指标≥800毫米"),
        id="control-rain-row",
    ),
    pytest.param(
        ("降雨量监测", "≥50mm", "降雨量5cm"),
        ("met", "实际5cm，达到年度指标≥50mm"),
        id="control-rain-row-labelled",
    ),
    pytest.param(
        ("路面宽度", "≥7米", "700cm"),
        ("met", "实际700cm，达到年度指标≥7米"),
        id="control-length",
    ),
]


@pytest.mark.parametrize(("row", "expected"), RAIN_ROWS)
def test_precipitation_is_no_length(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
