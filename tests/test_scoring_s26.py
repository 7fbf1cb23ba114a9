"""sweep26: regressions of this session's scoring fixes, put right.

W1: the parse42 M4 rule (counts of two things the row's name both covers are unknown) is for
counts of things only: ``带动落地项目11个，投资1.6亿元`` against ``≥2亿元`` on 引进人才带动项目投资
is judged on 1.6亿元, not_met, as before parse42; ``标牌420块、界桩180根`` stays unknown.
W2: ``未发现非法种植`` against ``零种植`` is met, as ``未发生非法种植`` is: the zero word's own
noun, said illicit, after 未发现 is none of it; none of another kind (超标排放 of 零排放) is not.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading

INVEST = "引进人才带动项目投资"


# W1, 2025 自评表: name | target | actual | (attainment, explanation)
@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            INVEST,
            "≥2亿元",
            "带动落地项目11个，投资1.6亿元",
            ("not_met", "实际1.6亿元，未达年度指标≥2亿元"),
            id="sum-beside-a-count-of-things",
        ),
        pytest.param(
            INVEST,
            "≥2亿元",
            "带动落地项目11个，投资2.3亿元",
            ("met", "实际2.3亿元，达到年度指标≥2亿元"),
            id="sum-beside-a-count-met",
        ),
        pytest.param(
            "公益林界桩标牌设置",
            "≥500块",
            "新设置标牌420块、界桩180根",
            (
                "unknown",
                "实际“新设置标牌420块、界桩180根”不是数值，无法与年度指标比较",
            ),
            id="control-two-counts-of-things-m4",
        ),
        pytest.param(
            "公益林标牌设置",
            "≥500块",
            "新设置标牌420块、界桩180根",
            ("not_met", "实际420块，未达年度指标≥500块"),
            id="control-one-named",
        ),
    ],
)
def test_sum_beside_a_count(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading(name, target, actual) == expected


PLANT = "毒品原植物"


# W2, 2025 自评表: target | actual | (attainment, explanation)
@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "零种植",
            "未发现非法种植",
            ("met", "实际“未发现非法种植”，达到“零种植”"),
            id="none-found-illicit",
        ),
        pytest.param(
            "零种植",
            "未发现违法种植",
            ("met", "实际“未发现违法种植”，达到“零种植”"),
            id="none-found-unlawful",
        ),
        pytest.param(
            "零种植",
            "未发生非法种植",
            ("met", "实际“未发生非法种植”，达到“零种植”"),
            id="control-none-happened",
        ),
        pytest.param(
            "零复吸",
            "未发现复吸",
            ("met", "实际“未发现复吸”，达到“零复吸”"),
            id="control-own-noun",
        ),
        pytest.param(
            "零排放",
            "未发现超标排放",
            (
                "unknown",
                "实际“未发现超标排放”与年度指标“零排放”所指事项不同，需人工判断",
            ),
            id="control-narrower-kind-stays-unknown",
        ),
    ],
)
def test_none_found_of_the_zero_word(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading(PLANT, target, actual) == expected
