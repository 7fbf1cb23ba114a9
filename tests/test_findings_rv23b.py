"""``outcome-copies-output``: an output indicator copied as an outcome (rv23b H4).

``垃圾清运量 ≥5000(吨)`` under 数量指标 and again under 社会效益指标 raised nothing:
``duplicate-indicator`` compares rows under one level 2 only. Tables written as text.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review

HEAD = [
    ["项目绩效目标申报表"],
    ["项目名称", "测试项目"],
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
]
OUTPUT = ["产出指标", "数量指标", "垃圾清运量", "≥5000(吨)"]
SATISFIED = ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"]
MESSAGE = "“{}”同时列为产出指标（数量指标）和效益指标（社会效益指标），效益指标应反映产出带来的效果"


def _card(*rows: list[str]) -> perftrack.Scorecard:
    text = "\n".join("\t".join(row) for row in (*HEAD, *rows))
    return perftrack.score(perftrack.read_text(text)[0])


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        pytest.param(
            ["效益指标", "社会效益指标", "垃圾清运量", "≥5000(吨)"],
            [("warning", MESSAGE.format("垃圾清运量"))],
            id="same-name",
        ),
        pytest.param(
            ["效益指标", "社会效益指标", "垃圾 清运量。", "≥4000(吨)"],
            [("warning", MESSAGE.format("垃圾 清运量。"))],
            id="spaces-and-punctuation",
        ),
        pytest.param(
            ["效益指标", "社会效益指标", "垃圾清运覆盖村数", "≥20个"],
            [],
            id="another-name",
        ),
    ],
)
def test_outcome_copies_output(outcome: list[str], expected: list[tuple[str, str]]) -> None:
    card = _card(OUTPUT, outcome, SATISFIED)
    found = [
        (f.severity.value, f.message) for f in card.findings if f.id == "outcome-copies-output"
    ]
    assert found == expected


def test_letter_names_the_copied_outcome() -> None:
    letter = review(
        _card(OUTPUT, ["效益指标", "社会效益指标", "垃圾清运量", "≥5000(吨)"], SATISFIED)
    )
    assert "有1项指标与产出指标重复，未反映项目效果（“垃圾清运量”（社会效益指标））" in letter
    assert "效益指标应反映产出带来的效果" in letter


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("无", id="placeholder-wu"),
        pytest.param("/", id="placeholder-slash"),
        pytest.param("—", id="placeholder-dash"),
        # a 满意度 row under 产出 is misplaced, not an output counted as its effect
        pytest.param("服务对象满意度", id="satisfaction"),
    ],
)
def test_placeholder_and_satisfaction_names_copy_nothing(name: str) -> None:
    """Rows left unused (``无 | 无 | 无``) under 产出 and 效益 alike (regress48 W1, W3)."""
    card = _card(
        OUTPUT,
        ["产出指标", "质量指标", name, "≥90%"],
        ["效益指标", "社会效益指标", name, "≥90%"],
        SATISFIED,
    )
    assert [f.message for f in card.findings if f.id == "outcome-copies-output"] == []
