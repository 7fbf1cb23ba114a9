"""The review letter and the points of rows not judged (score15 M1, M5).

M1: a row done late whose actual names a quarter, a half-year or a 旬 was written
``→2024年None月`` (or lost its 旬) in the letter's overdue list. M5: the letter graded
"按评分规则" while most of the points were the unit's own printed 得分, and the JSON
points listed none of those rows.
"""

from __future__ import annotations

import json

import pytest
from attrs import evolve

import perftrack
from perftrack.reports import render
from perftrack.schema import schema
from scoring_builders import indicator, self_evaluation_table


@pytest.mark.parametrize(
    ("target", "actual", "shown"),
    [
        ("2023年6月底前", "下半年已完成", "应于2023年6月30日前完成，实际于2023年下半年完成"),
        (
            "2023年9月底前",
            "2023年第四季度完成",
            "应于2023年9月30日前完成，实际于2023年第四季度完成",
        ),
        ("2023年3月底前", "2023年二季度", "应于2023年3月31日前完成，实际于2023年第二季度完成"),
        ("2023年9月底前", "四季度已完成", "应于2023年9月30日前完成，实际于2023年第四季度完成"),
        ("2023年8月底前", "2023年9月下旬完成", "应于2023年8月31日前完成，实际于2023年9月下旬完成"),
        ("2023年8月底前", "2023年9月上旬完成", "应于2023年8月31日前完成，实际于2023年9月上旬完成"),
        ("2023年8月底前", "2023年9月完成", "应于2023年8月31日前完成，实际于2023年9月完成"),
        ("2023年8月底前", "2023年9月20日完成", "应于2023年8月31日前完成，实际于2023年9月20日完成"),
    ],
)
@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_letter_names_the_part_a_late_row_was_done_in(
    target: str, actual: str, shown: str, language: str
) -> None:
    rows = [indicator("完工时间", target, actual, weight=10)]
    policy = perftrack.Policy.central()
    card = perftrack.score(self_evaluation_table(rows), policy=evolve(policy, language=language))
    letter = render([card], [], "review")
    assert f"有1项指标逾期完成（“完工时间”{shown}）" in letter
    assert "None" not in letter


def _kept_card() -> perftrack.Scorecard:
    rows = [
        indicator("群众满意度", "≥90%", "满意", weight=10, points="10"),
        indicator("社会治安", "有效控制", "基本控制", weight=20, points="15"),
        indicator("新建站点", "≥5个", "5个", weight=60, points="60"),
    ]
    return perftrack.score(self_evaluation_table(rows))


def test_the_letter_says_how_many_points_are_the_units_own() -> None:
    letter = render([_kept_card()], [], "review")
    assert (
        "无法判断2项。按评分规则得分94.44分，等级为“优”，其中2项无法判断，按表中得分计25.00分。"
        in (letter)
    )


def test_the_json_points_list_the_rows_kept_at_their_printed_points() -> None:
    data = json.loads(perftrack.to_json([_kept_card()]))
    points = data["tables"][0]["points"]
    assert points["printed_kept"] == ["群众满意度", "社会治安"]
    assert points["undecided"] == ["预算执行率"]
    assert "printed_kept" in schema()["$defs"]["points"]["properties"]


def test_no_printed_kept_field_or_words_when_every_row_is_judged() -> None:
    rows = [indicator("新建站点", "≥5个", "5个", weight=90, points="90")]
    card = perftrack.score(self_evaluation_table(rows))
    assert card.points is not None
    assert card.points.printed_kept == ()
    assert "printed_kept" not in json.loads(perftrack.to_json([card]))["tables"][0]["points"]
    assert "按表中得分计" not in render([card], [], "review")
