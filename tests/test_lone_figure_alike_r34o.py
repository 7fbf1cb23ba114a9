"""r34o: the one figure of a text actual in a unit comparable to the target's is compared.

r34e said a lone figure of another unit apart (``完成培训80场，效果良好`` against
``≥100人次``); one of the same or a comparable unit (场次 as 场, 万元 as 亿元) was still
"不是数值". Each case is one row of the probe 自评表 (``probe_tables``), asserted exactly.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading

IN = "实际“{}”中的{}，{}"

ALIKE = [
    # 场次 as 场, as for 80场次 alone
    (
        "≥100场",
        "培训80场次，效果良好",
        "not_met",
        IN.format("培训80场次，效果良好", "80场次", "未达年度指标≥100场"),
    ),
    (
        "≥100场",
        "培训120场次，效果良好",
        "met",
        IN.format("培训120场次，效果良好", "120场次", "达到年度指标≥100场"),
    ),
    (
        "≥100场次",
        "完成培训120场，效果良好",
        "met",
        IN.format("完成培训120场，效果良好", "120场", "达到年度指标≥100场次"),
    ),
    # a magnitude apart: 万元 against 亿元
    (
        "≥1亿元",
        "完成投资12000万元，效果良好",
        "met",
        IN.format("完成投资12000万元，效果良好", "12000万元", "达到年度指标≥1亿元"),
    ),
    (
        "≥1亿元",
        "完成投资8000万元，效果良好",
        "not_met",
        IN.format("完成投资8000万元，效果良好", "8000万元", "未达年度指标≥1亿元"),
    ),
    # the target's own unit, a closing clause comment_read leaves as text
    (
        "≥100场",
        "完成培训120场，参训人员满意",
        "met",
        IN.format("完成培训120场，参训人员满意", "120场", "达到年度指标≥100场"),
    ),
    # read before by comment_read: unchanged
    ("≥100场", "完成培训120场，效果良好", "met", "实际120场，达到年度指标≥100场"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), ALIKE)
def test_lone_figure_of_a_comparable_unit_is_compared(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading("培训场次", target, actual) == (attainment, explanation)


NOT_A_NUMBER = "实际“{}”不是数值，无法与年度指标比较"

STAYS_TEXT = [
    # part unfinished, a plan, a denial: the cell says two things
    ("≥100场", "完成培训120场，部分未完成"),
    ("≥100场", "培训120场次，部分尚未完成"),
    ("≥100场", "计划培训120场次，尚未开展"),
    ("≥100场", "培训120场次，尚待验收"),
    ("≥100场", "培训120场次，剩余部分正在推进"),
    # two figures
    ("≥100场", "培训120场次，其中80场已验收"),
]


@pytest.mark.parametrize(("target", "actual"), STAYS_TEXT)
def test_lone_figure_saying_less_stays_text(target: str, actual: str) -> None:
    assert self_reading("培训场次", target, actual) == ("unknown", NOT_A_NUMBER.format(actual))


def test_share_target_keeps_r34e_exclusion() -> None:
    # a count beside a rate is no figure of the rate
    cell = "完成培训80场，效果良好"
    assert self_reading("培训覆盖率", "≥95%", cell) == ("unknown", NOT_A_NUMBER.format(cell))
