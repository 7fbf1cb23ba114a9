"""p40fix: the parse40 audit's findings.

H1: a count done once in each of the year's two halves or seasons (上下半年各1次, 春秋两季各1次)
is 2次 for the year, and a target said per year (每年不少于2次) takes 每半年1次 as ≥2次 does.
"""

from __future__ import annotations

import pytest

from perftrack import score
from scoring_builders import indicator, self_evaluation_table

YEAR = 2025


def _self_verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    row = indicator(name=name, target=target, actual=actual, weight=4, points=4)
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    return got.attainment.value, got.explanation


# H1, two halves or seasons (name, target, actual, attainment, explanation)
EACH_OF_TWO = [
    pytest.param(
        "森林防火宣传",
        "每年不少于2次",
        "上下半年各1次",
        "met",
        "“每年不少于2次”全年计≥2次；实际2次，达到年度指标≥2次",
        id="halves-yearly-target",
    ),
    pytest.param(
        "森林防火宣传",
        "每年不少于2次",
        "春秋两季各1次",
        "met",
        "“每年不少于2次”全年计≥2次；实际2次，达到年度指标≥2次",
        id="seasons-yearly-target",
    ),
    pytest.param(
        "森林防火宣传",
        "每年不少于2次",
        "每半年1次",
        "met",
        "实际2次，达到年度指标≥2次",
        id="per-half-yearly-target",
    ),
    pytest.param(
        "森林防火宣传",
        "≥2次",
        "上下半年各开展1次",
        "met",
        "实际2次，达到年度指标≥2次",
        id="halves-with-verb",
    ),
    pytest.param(
        "森林防火宣传",
        "≥2次",
        "上、下半年各开展1次",
        "met",
        "实际2次，达到年度指标≥2次",
        id="halves-with-enumeration-comma",
    ),
    pytest.param(
        "森林防火宣传",
        "≥3次",
        "上下半年各1次",
        "not_met",
        "实际2次，未达年度指标≥3次",
        id="halves-short-of-three",
    ),
    pytest.param(
        "应急演练",
        "每年不少于4次",
        "每季度1次",
        "met",
        "实际4次，达到年度指标≥4次",
        id="per-quarter-yearly-target",
    ),
    # controls, as before
    pytest.param(
        "森林防火宣传",
        "≥2次",
        "每半年1次",
        "met",
        "实际2次，达到年度指标≥2次",
        id="control-per-half",
    ),
    pytest.param(
        "应急演练",
        "每季度不少于1次",
        "每季度1次",
        "met",
        "实际1次，达到年度指标≥1次",
        id="control-per-period-target",
    ),
    pytest.param(
        "应急演练",
        "≥4次",
        "每季度各1次",
        "met",
        "实际4次，达到年度指标≥4次",
        id="control-each-quarter",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), EACH_OF_TWO)
def test_each_of_two_periods(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)
