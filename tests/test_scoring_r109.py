"""regress109 (r109): over-reach of the fix-r107 and fix-r108 merges.

W1: a cause (因…, 由于…, 受…影响) or 实际 before 预计, or a former plan in a clause of its own
(原定10月完工，…), does not make a forecast a part's: the row's own forecast past the
deadline keeps the row ``behind``.
W3: a higher grade introduced by 其中 (满意率95%，其中非常满意率60%) is a part of the 满意率: met.
W4: a qualifier the label only adds (建档立卡, 总, 年) does not block a level then its change.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_reading
from scoring_builders import indicator, tracking_table


def _tracked(actual: str, name: str = "道路改造工程") -> tuple[str, str, str]:
    row = indicator(
        name=name,
        target="2025年10月底前完工",
        planned="主体完工",
        actual=actual,
        forecast=None,
        year=2025,
    )
    got = perftrack.score(tracking_table([row], period=(2025, 1, 2025, 9))).verdicts[0]
    return got.attainment.value, got.progress.value, got.explanation


def _behind(actual: str, said: str = "预计11月完工") -> tuple[str, str, str]:
    return (
        "pending",
        "behind",
        f"实际“{actual}”，截止日期2025-10-31未到；实际注明“{said}”，晚于截止日期2025-10-31",
    )


def _pending(actual: str) -> tuple[str, str, str]:
    return ("pending", "unknown", f"实际“{actual}”，截止日期2025-10-31未到")


# W1: tracking row 道路改造工程 | 2025年10月底前完工 | planned 主体完工, period to 9月
CAUSED_FORECASTS = [
    pytest.param("因征地问题预计11月完工", _behind("因征地问题预计11月完工"), id="cause-yin"),
    pytest.param("因天气原因预计11月完工", _behind("因天气原因预计11月完工"), id="cause-weather"),
    pytest.param("受征地影响预计11月完工", _behind("受征地影响预计11月完工"), id="cause-shou"),
    pytest.param(
        "由于征地拆迁滞后预计11月完工",
        _behind("由于征地拆迁滞后预计11月完工"),
        id="cause-youyu",
    ),
    pytest.param(
        "原定10月完工，因征地问题预计11月完工",
        _behind("原定10月完工，因征地问题预计11月完工"),
        id="former-plan-then-cause",
    ),
    pytest.param(
        "原计划10月完工，因征地问题预计11月完工",
        _behind("原计划10月完工，因征地问题预计11月完工"),
        id="former-plan-2-then-cause",
    ),
    pytest.param(
        "计划10月完工，实际预计11月完工",
        _behind("计划10月完工，实际预计11月完工"),
        id="plan-then-actual",
    ),
    pytest.param(
        "受征地影响附属工程预计11月完工",
        _pending("受征地影响附属工程预计11月完工"),
        id="control-cause-then-part",
    ),
    pytest.param(
        "附属工程预计11月完工",
        _pending("附属工程预计11月完工"),
        id="control-part",
    ),
    pytest.param(
        "原计划10月完工，现预计11月完工",
        _behind("原计划10月完工，现预计11月完工"),
        id="control-now",
    ),
    pytest.param(
        "因征地问题原预计11月完工，已于9月提前完工",
        _pending("因征地问题原预计11月完工，已于9月提前完工"),
        id="control-done",
    ),
]


@pytest.mark.parametrize(("actual", "expected"), CAUSED_FORECASTS)
def test_caused_forecast_is_own(actual: str, expected: tuple[str, str, str]) -> None:
    assert _tracked(actual) == expected


_UNKNOWN = "实际“{}”不是数值，无法与年度指标比较"

# W3, 2025 自评表: name | target | actual | attainment, explanation
SATISFIED_PARTS = [
    pytest.param(
        ("群众满意度", "≥90%", "满意率95%，其中非常满意率60%"),
        ("met", "实际95%（“满意率95%，其中非常满意率60%”中指标名称所指的数），达到年度指标≥90%"),
        id="part-after-qizhong",
    ),
    pytest.param(
        ("服务对象满意度", "≥90%", "满意率88%，其中很满意率50%"),
        ("not_met", "实际88%（“满意率88%，其中很满意率50%”中指标名称所指的数），未达年度指标≥90%"),
        id="part-after-qizhong-short",
    ),
    pytest.param(
        ("群众满意度", "≥90%", "满意率95%（其中非常满意率60%）"),
        ("met", "实际95%，达到年度指标≥90%"),
        id="control-bracketed-part",
    ),
    pytest.param(
        ("群众满意度", "≥90%", "非常满意率60%，满意率30%"),
        ("unknown", _UNKNOWN.format("非常满意率60%，满意率30%")),
        id="control-sibling-grade",
    ),
    pytest.param(
        ("群众满意度", "≥90%", "满意率85%，满意和基本满意率96%"),
        ("unknown", _UNKNOWN.format("满意率85%，满意和基本满意率96%")),
        id="control-sibling-wider-grade",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SATISFIED_PARTS)
def test_satisfied_with_its_part(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


# W4, 2025 自评表: name | target | actual | attainment, explanation
QUALIFIED_GROUPS = [
    pytest.param(
        ("脱贫人口", "≥2000人", "建档立卡脱贫人口2100人，较上年增加50人"),
        ("met", "实际2100人，达到年度指标≥2000人"),
        id="scope-word-before-whole-name",
    ),
    pytest.param(
        ("增加绿地面积", "≥10公顷", "绿地总面积300公顷，较上年增加12公顷"),
        ("met", "实际12公顷，达到年度指标≥10公顷"),
        id="total-label-change-name",
    ),
    pytest.param(
        ("减少碳排放量", "≥100吨", "年排放量2000吨，较上年减少120吨"),
        ("met", "实际120吨，达到年度指标≥100吨"),
        id="yearly-label-change-name",
    ),
    pytest.param(
        ("农村特困人员", "≥500人", "城市特困人员620人，较年初增加12人"),
        ("unknown", _UNKNOWN.format("城市特困人员620人，较年初增加12人")),
        id="control-urban-on-rural",
    ),
    pytest.param(
        ("分散供养特困人员", "≥500人", "集中供养特困人员620人，较年初增加12人"),
        ("unknown", _UNKNOWN.format("集中供养特困人员620人，较年初增加12人")),
        id="control-pooled-on-dispersed",
    ),
    pytest.param(
        ("农村脱贫人口", "≥2000人", "城镇建档立卡脱贫人口2100人，较上年增加50人"),
        ("unknown", _UNKNOWN.format("城镇建档立卡脱贫人口2100人，较上年增加50人")),
        id="control-added-and-contradicting-qualifier",
    ),
    pytest.param(
        ("在校学生人数", "≥2000人", "教师人数2100人，较上年增加50人"),
        ("unknown", _UNKNOWN.format("教师人数2100人，较上年增加50人")),
        id="control-another-group",
    ),
]


@pytest.mark.parametrize(("row", "expected"), QUALIFIED_GROUPS)
def test_qualified_group(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
