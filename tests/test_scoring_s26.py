"""sweep26: regressions of this session's scoring fixes, put right.

W1: the parse42 M4 rule (counts of two things the row's name both covers are unknown) is for
counts of things only: ``带动落地项目11个，投资1.6亿元`` against ``≥2亿元`` on 引进人才带动项目投资
is judged on 1.6亿元, not_met, as before parse42; ``标牌420块、界桩180根`` stays unknown.
W2: ``未发现非法种植`` against ``零种植`` is met, as ``未发生非法种植`` is: the zero word's own
noun, said illicit, after 未发现 is none of it; none of another kind (超标排放 of 零排放) is not.
W3: no ``unit-mismatch`` beside a verdict that did not use the mismatching figure:
``集中训练12天（96学时）`` against ``≥120学时`` is judged on 96学时 with no 天 vs 学时;
``差评46件，已全部整改`` against ``100%`` on 差评整改率 is all rectified, 100%, met; 个 and 件
are not documented as one measure word, so ``上线21个“一件事”`` against ``≥20件`` stays
unknown, its finding saying what its verdict says.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_reading, self_table

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
                (
                    "实际分列指标名称所含的2项（标牌420块、界桩180根），单位不同无法合计，"
                    "不能只按其中一项与年度指标≥500块比较"
                ),
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


def _with_mismatch(name: str, target: str, actual: str) -> tuple[str, str, tuple[str, ...]]:
    table = self_table((name, target, actual, "2", "2"))
    scored = perftrack.score(table)
    got = scored.verdicts[0]
    mismatch = tuple(
        f.message for f in [*table.findings, *scored.findings] if f.id == "unit-mismatch"
    )
    return got.attainment.value, got.explanation, mismatch


# W3, 2025 自评表: name | target | actual | (attainment, explanation, unit-mismatch messages)
@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "基干民兵训练时长",
            "≥120学时",
            "集中训练12天（96学时）",
            ("not_met", "实际96学时，未达年度指标≥120学时", ()),
            id="judged-on-the-bracket-no-mismatch",
        ),
        pytest.param(
            "好差评差评整改率",
            "100%",
            "差评46件，已全部整改",
            ("met", "实际“差评46件，已全部整改”，即全部整改，视为100%，达到年度指标=100%", ()),
            id="all-rectified-is-100",
        ),
        pytest.param(
            "差评整改率",
            "100%",
            "差评46件，均已整改",
            ("met", "实际“差评46件，均已整改”，即全部整改，视为100%，达到年度指标=100%", ()),
            id="all-rectified-worded-otherwise",
        ),
        pytest.param(
            "差评办结率",
            "100%",
            "差评46件，已全部整改",
            (
                "unknown",
                "实际46件与年度指标=100%单位不可比",
                ("“差评办结率”实际单位“件”与年度指标单位“%”不可比",),
            ),
            id="control-another-step-stays-apart",
        ),
        pytest.param(
            "一件事一次办",
            "≥20件",
            "上线21个“一件事”",
            (
                "unknown",
                "实际21个与年度指标≥20件单位不可比",
                ("“一件事一次办”实际单位“个”与年度指标单位“件”不可比",),
            ),
            id="ge-and-jian-apart-consistent",
        ),
        pytest.param(
            "一件事一次办",
            "≥20个",
            "上线21个“一件事”",
            ("met", "实际21个，达到年度指标≥20个", ()),
            id="control-same-measure-word",
        ),
    ],
)
def test_no_mismatch_beside_the_verdict(
    name: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert _with_mismatch(name, target, actual) == expected
