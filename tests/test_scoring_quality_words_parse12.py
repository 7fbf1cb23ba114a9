"""Quality words with a subject, more family words, and 近 values (parse12 M4, M3).

``生态环境持续改善`` against ``持续改善`` was ``unknown`` ("年度指标为文字描述"): a target of
a subject (the indicator's name, or a noun phrase as ``气象服务能力``) and a word is now
judged as its word, the subject kept in the explanation. ``成效显著``, ``作用明显``,
``一定提升``, ``较大提升``, ``长期有效``, ``初步建立``, ``满足需求``, ``较高``… were prose.
``近500人`` (nearly 500) met ``≥500人`` with full points: it is now read as under 500.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import parse_target, parse_value
from perftrack.scoring import score
from scoring_builders import indicator, self_evaluation_table

SOCIAL = {"level1": "效益指标", "level2": "社会效益指标"}


def _verdict(name: str, target: str, actual: str) -> tuple[str, str, Decimal | None]:
    table = self_evaluation_table([indicator(name, target, actual, weight=10, points=10, **SOCIAL)])
    card = score(table)
    assert card.points is not None
    verdict = card.verdicts[0]
    return verdict.attainment.value, verdict.explanation, card.points.items[0].points


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "said"),
    [
        (
            "生态环境",
            "生态环境持续改善",
            "持续改善",
            "met",
            "（“生态环境”为年度指标“生态环境持续改善”的主体）",
        ),
        ("生态环境", "生态环境持续改善", "有所恶化", "not_met", "未达到“持续改善”"),
        ("保障能力", "粮食安全保障能力有效提升", "有效提升", "met", "“粮食安全保障能力”为年度指标"),
        ("保障能力", "粮食安全保障能力有效提升", "提升不明显", "not_met", "未达到“有效提升”"),
        ("获得感", "群众获得感明显增强", "有所增强", "partial", "部分达到“明显增强”"),
        ("服务能力", "气象服务能力显著提升", "略有提升", "partial", "部分达到“显著提升”"),
        ("管理水平", "档案管理水平逐步规范", "不够规范", "not_met", "未达到“逐步规范”"),
        ("农民收入", "农民收入稳步增长", "同比增长6.5%", "met", "达到“稳步增长”"),
        ("农民收入", "农民收入稳步增长", "同比下降2%", "not_met", "未达到“稳步增长”"),
        ("审计整改率", "审计整改率逐步提高", "同比提高3个百分点", "met", "达到“逐步提高”"),
        ("社会效益", "社会效益明显", "社会效益显著", "met", "“社会效益”为年度指标"),
        # a subject that is neither the name nor a noun phrase: still prose
        ("道路建设", "完成道路建设提升", "已提升", "unknown", "年度指标为文字描述"),
    ],
)
def test_subject_then_word(name: str, target: str, actual: str, attainment: str, said: str) -> None:
    got, why, _ = _verdict(name, target, actual)
    assert got == attainment, why
    assert said in why


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        ("效果明显", "成效显著", "met"),
        ("成效显著", "效果明显", "met"),
        ("效果明显", "不明显", "not_met"),
        ("效果明显", "不显著", "not_met"),
        ("作用明显", "作用有限", "not_met"),
        ("显著", "不显著", "not_met"),
        ("一定提升", "有所提升", "met"),
        ("有所提升", "一定提升", "met"),
        ("显著提升", "一定提升", "partial"),
        ("较大提升", "大幅提升", "met"),
        ("较大提升", "略有提升", "partial"),
        ("长期", "长期发挥作用", "met"),
        ("长期发挥作用", "长期", "met"),
        ("长期有效", "长期", "met"),
        ("中长期", "长期", "met"),
        ("可持续", "持续发挥效益", "met"),
        ("持续发挥效益", "可持续", "met"),
        ("初步建立", "已建立", "met"),
        ("初步建立", "尚未建立", "not_met"),
        ("初步建立", "初步建立", "met"),
        ("健全", "初步建立", "partial"),
        ("满足需求", "基本满足", "partial"),
        ("基本满足需求", "满足需求", "met"),
        ("基本满足", "基本满足", "met"),
        ("较高", "高", "met"),
        ("较高", "一般", "not_met"),
        ("高", "较低", "not_met"),
        ("有效遏制", "得到有效遏制", "met"),
        ("持续向好", "有所下滑", "not_met"),
        ("完善", "有待完善", "not_met"),
    ],
)
def test_family_words(target: str, actual: str, attainment: str) -> None:
    got, why, _ = _verdict("服务能力", target, actual)
    assert got == attainment, why


@pytest.mark.parametrize(
    ("text", "word", "family", "degree"),
    [
        ("成效显著", "成效显著", "effect", None),
        ("作用明显", "作用明显", "effect", None),
        ("显著", "显著", "effect", None),
        ("长期有效", "长期有效", "effect", None),
        ("一定提升", "提升", "improvement", "一定"),
        ("较大提升", "提升", "improvement", "较大"),
        ("初步建立", "建立", "soundness", "初步"),
        ("满足需求", "满足需求", "conformity", None),
        ("较高", "较高", "quality", None),
    ],
)
def test_family_words_parse(text: str, word: str, family: str, degree: str | None) -> None:
    target = parse_target(text)
    assert (target.kind, target.word, target.family, target.degree) == (  # type: ignore[union-attr]
        "qualitative",
        word,
        family,
        degree,
    )


def test_initial_value_is_partial() -> None:
    value = parse_value("初步建立")
    assert (value.kind, value.word, value.partial) == ("qualitative", "建立", True)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "points"),
    [
        # 近: nearly, so under the figure (read as [97 %, 100 %) of it, a percentage at
        # most 2 points under: regress25 M3)
        ("≥500人", "近500人", "not_met", "9.70"),
        ("≥3万元", "近3万元", "not_met", "9.70"),
        ("≥90%", "近九成", "not_met", "9.78"),
        ("≥90%", "将近90%", "not_met", "9.78"),
        ("≥450人", "近500人", "met", "10.00"),
        ("≥480人", "近500人", "met", "10.00"),
        ("≥490人", "近500人", "unknown", "10.00"),
        ("≤500人", "近500人", "met", "10.00"),
        # 约 and 左右 stay the figure itself
        ("≥500人", "约500人", "met", "10.00"),
        # an about-target is read as its figure (the spec: approximately N is [N, N])
        ("500人左右", "480人", "not_met", "9.60"),
    ],
)
def test_near_values(target: str, actual: str, attainment: str, points: str) -> None:
    got, why, pts = _verdict("服务人次", target, actual)
    assert got == attainment, why
    assert pts == Decimal(points)
