"""Quality words, 近 and the subject rule after the regress25 audit (H1, M1, M3, L2, L3).

- H1: ``开学前校舍维修完成`` on ``开学前校舍维修`` took ``开学前校舍维修`` as the
  subject and ``2025年10月完成`` met it; a subject holding a time limit in prose is none,
  and the row is unknown by the prose time-limit rule, as before the subject rule.
- M1: ``明显⏎改善`` read as the word ``明显``, ``改善`` lost; a cell of words cut by
  a line break reads joined (``明显改善``) or as prose (``较高⏎水平``).
- M3: ``接近100%`` was [90, 100) and left ``≥95%`` unknown; it is [98, 100).
- L2: one clean subject note (``防汛能力``, never ``能力`` then ``防汛``; never
  ``群众诉求得以``).
- L3: ``较高 | 较高`` raises ``actual-copies-target`` as ``明显 | 明显`` does.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import parse_target, parse_value
from perftrack.scoring import score
from scoring_builders import indicator, self_evaluation_table

SOCIAL = {"level1": "效益指标", "level2": "社会效益指标"}
TIMELY = {"level1": "产出指标", "level2": "时效指标"}


def _row(
    name: str, target: str, actual: str, levels: dict[str, str]
) -> tuple[str, str, Decimal | None, list[str]]:
    table = self_evaluation_table(
        [indicator(name, target, actual, weight=10, points=10, **levels)], year=2025
    )
    card = score(table)
    assert card.points is not None
    verdict = card.verdicts[0]
    found = sorted(f.id for f in card.findings if f.where is not None and f.where.indicator == 0)
    return verdict.attainment.value, verdict.explanation, card.points.items[0].points, found


@pytest.mark.parametrize(
    ("name", "target", "actual"),
    [
        ("开学前校舍维修", "开学前校舍维修完成", "2025年10月完成"),
        ("汛前水毁修复", "汛前水毁修复完成", "2025年8月完成"),
        ("供暖前管网改造", "供暖前管网改造完成", "2025年12月20日完成"),
        ("秋季开学前", "秋季开学前完成", "2025年10月20日完成"),
        ("汛前", "汛前完成", "2025年9月完成"),
        ("春运前", "春运前完成", "2025年3月完成"),
    ],
)
def test_subject_with_a_time_limit_is_none(name: str, target: str, actual: str) -> None:
    got, why, _, _ = _row(name, target, actual, TIMELY)
    assert (got, why) == (
        "unknown",
        f"年度指标“{target}”的时限不是日期，实际“{actual}”是否按时完成需人工判断",
    )


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "why"),
    [
        (
            "防汛",
            "防汛能力得到提升",
            "得到提升",
            "met",
            "实际“得到提升”，达到“提升”（“防汛能力”为年度指标“防汛能力得到提升”的主体）",
        ),
        (
            "防汛",
            "防汛能力得到提升",
            "未提升",
            "not_met",
            "实际“未提升”，未达到“提升”（“防汛能力”为年度指标“防汛能力得到提升”的主体）",
        ),
        # a name that is what leads the word (得以) makes no subject 群众诉求得以
        (
            "得以",
            "群众诉求得以解决",
            "已解决",
            "unknown",
            "年度指标为文字描述，实际完成情况需人工判断",
        ),
        # the subject rule on a true subject still holds
        (
            "生态环境",
            "生态环境持续改善",
            "持续改善",
            "met",
            "实际“持续改善”，达到“持续改善”（“生态环境”为年度指标“生态环境持续改善”的主体）",
        ),
    ],
)
def test_one_clean_subject_note(
    name: str, target: str, actual: str, attainment: str, why: str
) -> None:
    got, said, _, _ = _row(name, target, actual, SOCIAL)
    assert (got, said) == (attainment, why)


@pytest.mark.parametrize(
    ("text", "kind", "canonical"),
    [
        ("明显\n改善", "qualitative", "明显改善"),
        ("显著\n增强", "qualitative", "显著增强"),
        ("显著\n提升", "qualitative", "显著提升"),
        ("有效\n提升", "qualitative", "有效提升"),
        ("较高\n水平", "descriptive", "较高水平"),
        ("明显\n带动就业", "descriptive", "明显带动就业"),
        # a clause of its own after the word: a bracket, a status, another word
        ("显著\n（带动农户增收）", "qualitative", "显著"),
        ("达标\n已完成", "qualitative", "达标"),
        ("明显", "qualitative", "明显"),
    ],
)
def test_target_words_cut_by_a_line_break(text: str, kind: str, canonical: str) -> None:
    target = parse_target(text)
    assert (target.kind, str(target)) == (kind, canonical)
    assert target.text == text


@pytest.mark.parametrize(
    ("text", "kind", "canonical"),
    [
        ("明显\n改善", "qualitative", "明显改善"),
        ("显著\n增强", "qualitative", "显著增强"),
        ("较高\n水平", "text", "较高水平"),
        ("达标\n已完成", "qualitative", "达标"),
    ],
)
def test_value_words_cut_by_a_line_break(text: str, kind: str, canonical: str) -> None:
    value = parse_value(text)
    assert (value.kind, str(value)) == (kind, canonical)
    assert value.text == text


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment"),
    [
        ("街巷环境改善程度", "明显\n改善", "明显改善", "met"),
        ("街巷环境改善程度", "明显\n改善", "有所改善", "partial"),
        ("服务能力", "显著\n增强", "明显增强", "met"),
        ("教学质量", "显著\n提升", "显著提升", "met"),
        ("服务水平", "较高\n水平", "较高水平", "met"),
        ("街巷环境改善程度", "明显改善", "明显\n改善", "met"),
    ],
)
def test_wrapped_words_are_judged_whole(
    name: str, target: str, actual: str, attainment: str
) -> None:
    assert _row(name, target, actual, SOCIAL)[0] == attainment


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "points"),
    [
        ("≥95%", "接近100%", "met", "10.00"),
        ("≥98%", "近100%", "met", "10.00"),
        ("≥99%", "接近100%", "unknown", "10.00"),
        ("≥85%", "近九成", "met", "10.00"),
        ("≥480人", "近500人", "met", "10.00"),
        ("≥500人", "近500人", "not_met", "9.70"),
        ("≥95%", "接近95%", "not_met", "9.79"),
        ("≥5%", "近5%", "not_met", "9.70"),
    ],
)
def test_near_band(target: str, actual: str, attainment: str, points: str) -> None:
    got, why, pts, _ = _row("合格率", target, actual, SOCIAL)
    assert got == attainment, why
    assert pts == Decimal(points)


@pytest.mark.parametrize(
    ("text", "copied"),
    [
        ("较高", True),
        ("较好", True),
        ("明显", True),
        ("基本满足", True),
        ("一定提升", True),
        ("高", False),
        ("良好", False),
        ("合格", False),
    ],
)
def test_copied_words(text: str, *, copied: bool) -> None:
    found = _row("群众满意度", text, text, SOCIAL)[3]
    assert ("actual-copies-target" in found) is copied
