"""r34j: gaps in the indicator-framework checks (adversarial review).

Each table is written as text (TSV) and scored; each case gives the exact findings.
"""

from __future__ import annotations

import pytest

import perftrack
from grade_tables import target_rows
from perftrack.scoring import score

# the framework's completeness is asked of every small table here: not these cases'
_COMPLETENESS = frozenset({"missing-category", "missing-level2"})


def _target_table(rows: list[list[str]], *extra: list[str]) -> perftrack.Table:
    return target_rows(rows, *extra, goal="完成年度培训任务。")


def _found(table: perftrack.Table) -> list[tuple[str, str, str | None, str]]:
    return [
        (f.id, f.severity.value, f.where.cell, f.message)
        for f in score(table).findings
        if f.id not in _COMPLETENESS
    ]


def _suspect(cell: str, message: str) -> tuple[str, str, str, str]:
    return ("category-suspect", "info", cell, message)


def _not_ceiling(name: str, target: str) -> tuple[str, str, str, str]:
    return ("cost-not-ceiling", "info", "D7", f"成本指标“{name}”应为上限（≤），而非“{target}”")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [["成本指标", "经济成本指标", "培训人次", "≥1000人次"]],
            [
                _not_ceiling("培训人次", "≥1000人次"),
                _suspect(
                    "C7",
                    "“培训人次”（年度指标“≥1000人次”）列于“经济成本指标”下，疑似应归入数量指标",
                ),
            ],
            id="count-under-economic-cost",
        ),
        pytest.param(
            [["成本指标", "社会成本指标", "群众满意度", "≥90%"]],
            [
                _not_ceiling("群众满意度", "≥90%"),
                _suspect(
                    "C7", "“群众满意度”（年度指标“≥90%”）列于“社会成本指标”下，疑似应归入满意度指标"
                ),
            ],
            id="satisfaction-under-social-cost",
        ),
        pytest.param(
            [["成本指标", "生态环境成本指标", "项目完成及时率", "100%"]],
            [
                _suspect(
                    "C7",
                    "“项目完成及时率”（年度指标“100%”）列于“生态环境成本指标”下，疑似应归入时效指标",
                )
            ],
            id="timeliness-under-ecological-cost",
        ),
        pytest.param(
            [["成本指标", "经济成本指标", "验收合格率", "100%"]],
            [
                _suspect(
                    "C7", "“验收合格率”（年度指标“100%”）列于“经济成本指标”下，疑似应归入质量指标"
                )
            ],
            id="quality-rate-under-economic-cost",
        ),
        pytest.param(
            [["产出指标", "成本指标", "培训人次", "≥1000人次"]],
            [
                _not_ceiling("培训人次", "≥1000人次"),
                _suspect(
                    "C7", "“培训人次”（年度指标“≥1000人次”）列于“成本指标”下，疑似应归入数量指标"
                ),
            ],
            id="count-under-old-cost-level2",
        ),
        # costs by name or by money, and the social and ecological costs' own ceilings
        pytest.param([["成本指标", "经济成本指标", "项目总成本", "≤100万元"]], [], id="cost"),
        pytest.param([["成本指标", "经济成本指标", "人均补助标准", "≤2000元"]], [], id="money"),
        pytest.param([["成本指标", "生态环境成本指标", "占用耕地", "≤5亩"]], [], id="land"),
        pytest.param([["成本指标", "社会成本指标", "征地拆迁户数", "≤10户"]], [], id="ceiling"),
    ],
)
def test_rows_under_cost_that_are_no_cost(
    rows: list[list[str]], expected: list[tuple[str, str, str, str]]
) -> None:
    assert _found(_target_table(rows)) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [["产出指标", "质量指标", "群众满意度", "≥90%"]],
            [
                _suspect(
                    "C7", "“群众满意度”（年度指标“≥90%”）列于“质量指标”下，疑似应归入满意度指标"
                )
            ],
            id="under-quality",
        ),
        pytest.param(
            [["产出指标", "数量指标", "服务对象满意率", "≥90%"]],
            [
                _suspect(
                    "C7", "“服务对象满意率”（年度指标“≥90%”）列于“数量指标”下，疑似应归入满意度指标"
                )
            ],
            id="under-quantity",
        ),
        pytest.param(
            [["效益指标", "可持续影响指标", "群众满意度", "≥90%"]],
            [
                _suspect(
                    "C7",
                    "“群众满意度”（年度指标“≥90%”）列于“可持续影响指标”下，疑似应归入满意度指标",
                )
            ],
            id="under-benefit",
        ),
        pytest.param(
            [["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]], [], id="in-place"
        ),
        # complaints are rows of 满意度指标, though no share satisfied: no finding
        pytest.param(
            [
                ["满意度指标", "服务对象满意度指标", "投诉率", "≤1%"],
                ["满意度指标", "服务对象满意度指标", "投诉处理率", "100%"],
                ["满意度指标", "服务对象满意度指标", "投诉办结率", "≥95%"],
            ],
            [],
            id="complaints",
        ),
    ],
)
def test_satisfaction_outside_its_level2(
    rows: list[list[str]], expected: list[tuple[str, str, str, str]]
) -> None:
    assert _found(_target_table(rows)) == expected


def _implausible(name: str, message: str) -> tuple[str, str, str, str]:
    return ("target-implausible", "warning", "D7", f"“{name}”{message}")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ["产出指标", "质量指标", "预算执行率", "≥120%"],
            [_implausible("预算执行率", "执行率、完成率以计划为100%，年度指标“≥120%”不合理")],
            id="execution-rate",
        ),
        pytest.param(
            ["产出指标", "数量指标", "任务完成率", "≥105%"],
            [_implausible("任务完成率", "执行率、完成率以计划为100%，年度指标“≥105%”不合理")],
            id="completion-rate",
        ),
        pytest.param(
            ["产出指标", "质量指标", "验收合格率", "110%"],
            [
                _implausible(
                    "验收合格率", "合格率、满意度等比例指标不超过100%，年度指标“110%”不合理"
                )
            ],
            id="pass-rate",
        ),
        # a misread 2 (≥295% for ≥95%): one finding, the hint in it, no ocr beside
        pytest.param(
            ["产出指标", "质量指标", "验收合格率", "≥295%"],
            [
                _implausible(
                    "验收合格率",
                    "合格率、满意度等比例指标不超过100%，年度指标“≥295%”不合理（可能是“≥95%”识别错误）",
                )
            ],
            id="misread-pass-rate",
        ),
        pytest.param(
            ["产出指标", "质量指标", "预算执行率", "≥295%"],
            [
                _implausible(
                    "预算执行率",
                    "执行率、完成率以计划为100%，年度指标“≥295%”不合理（可能是“≥95%”识别错误）",
                )
            ],
            id="misread-execution-rate",
        ),
        # a growth rate may pass 100: the misread hint alone
        pytest.param(
            ["效益指标", "经济效益指标", "产值增长率", "≥295%"],
            [
                (
                    "possible-ocr-artifact",
                    "info",
                    "D7",
                    "“产值增长率”年度指标295%超过100%，可能是“≥95%”识别错误",
                )
            ],
            id="growth-rate",
        ),
        pytest.param(["产出指标", "质量指标", "预算执行率", "≥100%"], [], id="execution-100"),
        pytest.param(["产出指标", "数量指标", "任务完成率", "100%"], [], id="completion-100"),
    ],
)
def test_a_target_that_cannot_be(row: list[str], expected: list[tuple[str, str, str, str]]) -> None:
    assert _found(_target_table([row])) == expected


def _duplicate(message: str) -> tuple[str, str, str, str]:
    return ("duplicate-indicator", "warning", "C8", message)


@pytest.mark.parametrize(
    ("targets", "expected"),
    [
        pytest.param(
            ("≥1000人次", "≥1000人次"),
            [_duplicate("“培训人次”在“数量指标”下重复出现")],
            id="same-target",
        ),
        pytest.param(
            ("≥1000人次", "≥2000人次"),
            [
                _duplicate(
                    "“培训人次”在“数量指标”下重复出现，年度指标“≥1000人次”与“≥2000人次”"
                    "未注明分项，无法区分各为何项"
                )
            ],
            id="two-unnamed-targets",
        ),
        pytest.param(
            ("=1000人次", "≥800人次"),
            [
                _duplicate(
                    "“培训人次”在“数量指标”下重复出现，年度指标“=1000人次”与“≥800人次”相互矛盾"
                )
            ],
            id="clashing-targets",
        ),
        # a breakdown names its parts: one indicator, no duplicate
        pytest.param(("城镇居民≥1000人次", "农村居民≥2000人次"), [], id="named-parts"),
    ],
)
def test_adjacent_rows_of_one_name(
    targets: tuple[str, str], expected: list[tuple[str, str, str, str]]
) -> None:
    rows = [["产出指标", "数量指标", "培训人次", target] for target in targets]
    assert _found(_target_table(rows)) == expected


def test_same_name_under_another_level2_is_no_duplicate() -> None:
    rows = [
        ["产出指标", "数量指标", "培训人次", "≥1000人次"],
        ["产出指标", "质量指标", "培训人次", "≥1000人次"],
    ]
    assert _found(_target_table(rows)) == []


_PACED = [
    ["产出指标", "数量指标", "培训人次", "≥1000人次"],
    ["产出指标", "质量指标", "资金拨付率", "达到序时进度"],
]


@pytest.mark.parametrize(
    ("extra", "as_of"),
    [
        pytest.param((), None, id="plain"),
        pytest.param((), "2026-06-30", id="as-of-given"),
        pytest.param((["序时进度", "50%"],), None, id="printed-progress"),
        pytest.param((["序时进度", "50%"],), "2026-06-30", id="printed-and-as-of"),
    ],
)
def test_a_target_table_has_no_time_progress(
    extra: tuple[list[str], ...], as_of: str | None
) -> None:
    card = score(_target_table(_PACED, *extra), policy=perftrack.Policy.central(as_of=as_of))
    assert (card.as_of, card.time_progress) == (None, None)
    assert [v.explanation for v in card.verdicts] == ["目标表没有实际完成值"] * 2
    assert [f.id for f in card.findings if f.id not in _COMPLETENESS] == ["target-not-measurable"]
