"""Prizes and water classes ranked (scoring.md, rule 6: "A prize or a water class").

A grade is ranked only when it is what the actual says: a reach denied
(``未达到Ⅲ类``), a worse grade said (``劣于Ⅲ类``, ``Ⅲ类以下``), a part (``部分月份``,
``基本``, ``接近``, a second, worse class), a forecast (``预计``, ``力争``) or more words
than a grade (``获得一等奖提名``) each have their own verdict. Roman numerals typed as
Latin letters (``III类``) are the classes.

Each case is one row of a tracking table ending in August 2023 (before due) or, with
``month=12``, at its due date; the fragment must be in the explanation.
"""

from __future__ import annotations

from typing import Any

import pytest

from perftrack.scoring._attainment import _roman_classes
from scoring_builders import YEAR, finding_ids, indicator, score_one, verdict_of

WATER = "断面水质"
PRIZE = "科技奖励"
CLASS_III = "断面水质达到Ⅲ类"
PRIZE_II = "获二等奖以上"


def case(  # noqa: PLR0913 - a case is one row of the table below
    target: str,
    actual: str,
    attainment: str,
    fragment: str = "",
    *,
    id: str,  # noqa: A002 - pytest's own name for it
    month: int = 12,
    name: str = WATER,
    forecast: str | None = None,
    progress: str = "not_applicable",
) -> Any:
    """One row: the cells, the period's end month, the expected verdict."""
    cells = {"target": target, "actual": actual, "forecast": forecast}
    return pytest.param(name, cells, month, (attainment, progress, fragment), id=id)


# A reach denied or a worse grade said misses a target at that grade or better: not_met at
# due, pending before (rule 5's negated actual). Before: met, the class alone ranked.
DENIED = [
    case(CLASS_III, "未达到Ⅲ类", "not_met", "未达到“断面水质达到Ⅲ类”", id="not-reached"),
    case(CLASS_III, "未达Ⅲ类", "not_met", id="not-reached-short"),
    case(CLASS_III, "达不到Ⅲ类", "not_met", id="cannot-reach"),
    case(CLASS_III, "没有达到Ⅲ类", "not_met", id="did-not-reach"),
    case(CLASS_III, "不能达到Ⅲ类", "not_met", id="not-able-to-reach"),
    case(CLASS_III, "尚未达到Ⅲ类", "not_met", id="not-yet-reached"),
    case(CLASS_III, "未达到Ⅲ类标准", "not_met", id="not-reached-standard"),
    case(CLASS_III, "劣于Ⅲ类", "not_met", id="worse-than"),
    case(CLASS_III, "低于Ⅲ类标准", "not_met", id="below-standard"),
    case(CLASS_III, "Ⅲ类以下", "not_met", id="class-and-below"),
    case(CLASS_III, "Ⅳ类，未达标", "not_met", id="worse-class-not-up-to-standard"),
    case("断面水质达到Ⅲ类及以上", "未达到Ⅲ类", "not_met", id="not-reached-or-better"),
    case("Ⅲ类", "未达到Ⅲ类", "not_met", id="not-reached-bare-target"),
    case(CLASS_III, "未达到Ⅲ类", "pending", "距年底尚有时间", month=8, id="not-reached-before-due"),
    case(CLASS_III, "劣于Ⅲ类", "pending", month=8, id="worse-than-before-due"),
    # the Chinese numerals agree (未达到三类 is a status to the value language)
    case(CLASS_III, "未达到三类", "not_met", id="not-reached-chinese-numeral"),
    case("断面水质达到三类", "未达到三类", "not_met", id="chinese-target-chinese-actual"),
    case("断面水质达到三类", "劣于三类", "not_met", id="chinese-worse-than"),
    case("断面水质达到三类", "三类以下", "not_met", id="chinese-class-and-below"),
    case(
        "海水水质达到二类标准", "未达到二类标准", "not_met", name="海水水质", id="sea-not-reached"
    ),
    # prizes
    case(PRIZE_II, "低于二等奖", "not_met", name=PRIZE, id="prize-below"),
    case(PRIZE_II, "未获得二等奖", "not_met", name=PRIZE, id="prize-not-won"),
    case(
        "获省部级科技进步奖二等奖以上",
        "未获二等奖以上",
        "not_met",
        name=PRIZE,
        id="prize-or-better-not-won",
    ),
    case(PRIZE_II, "未获奖", "not_met", name=PRIZE, id="no-prize-at-all"),
    # a better grade denied says nothing of the target's: the reviewer's
    case(CLASS_III, "未达到Ⅰ类", "unknown", "人工判断", id="better-class-not-reached"),
    case(PRIZE_II, "未获一等奖", "unknown", name=PRIZE, id="better-prize-not-won"),
]

# A part of the time or of the sites, or a second, worse class in the cell: partial, as
# 基本完成 and 部分完成 are. Every class said below the target: not met.
PARTS = [
    case(CLASS_III, "部分月份未达到Ⅲ类", "partial", "部分达到", id="some-months-not-reached"),
    case(CLASS_III, "未能稳定达到Ⅲ类", "partial", id="not-stably-reached"),
    case(CLASS_III, "除汛期外达到Ⅲ类", "partial", id="except-flood-season"),
    case(CLASS_III, "基本达到Ⅲ类", "partial", id="basically-reached"),
    case(CLASS_III, "接近Ⅲ类", "partial", id="close-to"),
    case(CLASS_III, "Ⅲ类，个别月份Ⅳ类", "partial", id="some-months-worse-class"),
    case(CLASS_III, "Ⅱ类（1月份为Ⅳ类）", "partial", id="bracketed-worse-month"),
    case(CLASS_III, "11个月达到Ⅲ类，1个月为Ⅳ类", "partial", id="months-counted"),
    case(CLASS_III, "部分月份未达到Ⅲ类", "partial", month=8, id="part-before-due"),
    case("断面水质达到三类", "部分月份未达到三类", "partial", id="chinese-some-months"),
    case(CLASS_III, "接近Ⅳ类", "not_met", "低于", id="close-to-a-worse-class"),
    # a second class at or above the target: met
    case(CLASS_III, "Ⅱ类，个别月份Ⅲ类", "met", id="some-months-still-the-class"),
    case(CLASS_III, "全年12个月均达到Ⅲ类", "met", id="twelve-months"),
]

# A forecast is no result: the forecast rule (pending before due, unknown at due).
FORECASTS = [
    case(CLASS_III, "预计达到Ⅲ类", "unknown", "为预计数，不是实际完成值", id="forecast"),
    case(CLASS_III, "力争达到Ⅲ类", "unknown", "为预计数", id="aim"),
    case(CLASS_III, "争取达到Ⅱ类", "unknown", id="strive"),
    case(CLASS_III, "预计达到Ⅲ类", "pending", "截止日期未到", month=8, id="forecast-before-due"),
    case("断面水质达到三类", "预计达到二类", "unknown", id="chinese-forecast"),
    case(PRIZE_II, "预计获一等奖", "unknown", name=PRIZE, id="prize-forecast"),
    # in the 全年预计 column a forecast word is the column's own: judged as a grade
    case(
        CLASS_III,
        "Ⅲ类",
        "met",
        forecast="预计达到Ⅱ类",
        month=8,
        progress="on_track",
        id="forecast-column",
    ),
    case(
        CLASS_III,
        "Ⅲ类",
        "met",
        "；“预计未能达到Ⅲ类”，未达到“断面水质达到Ⅲ类”",
        forecast="预计未能达到Ⅲ类",
        month=8,
        progress="behind",
        id="forecast-column-denied",
    ),
]

# More than a grade and neutral words: the reviewer's (the other rules go on).
MORE_WORDS = [
    case(PRIZE_II, "获得一等奖提名", "unknown", "人工判断", name=PRIZE, id="nomination"),
    case(PRIZE_II, "二等奖（申报中）", "unknown", name=PRIZE, id="prize-applied-for"),
    case("省级二等奖及以上", "获市级一等奖", "unknown", name="获奖", id="prize-of-a-lower-level"),
    case(CLASS_III, "Ⅲ类，未出现劣Ⅴ类", "unknown", id="another-clause"),
]

# The class as the whole actual, with neutral words: ranked as before.
PLAIN = [
    case(CLASS_III, "Ⅱ类", "met", "达到“断面水质达到Ⅲ类”", id="better-class"),
    case(CLASS_III, "达到Ⅱ类", "met", id="reached-better-class"),
    case(CLASS_III, "断面水质Ⅱ类", "met", id="subject-of-the-target"),
    case(CLASS_III, "全年均值Ⅱ类", "met", id="annual-mean"),
    case(CLASS_III, "优于Ⅲ类", "met", id="better-than"),
    case(CLASS_III, "不低于Ⅲ类", "met", id="not-below"),
    case(CLASS_III, "Ⅱ-Ⅲ类", "met", id="range-at-worst-the-class"),
    case(CLASS_III, "Ⅲ-Ⅳ类", "not_met", id="range-worse"),
    case(CLASS_III, "Ⅳ类", "not_met", "低于", id="worse-class"),
    case(CLASS_III, "水质达到地表水Ⅳ类标准", "not_met", id="worse-class-standard"),
    case(CLASS_III, "劣Ⅴ类", "not_met", id="worse-than-five"),
    case("消除劣Ⅴ类水体", "劣Ⅴ类", "not_met", id="worse-than-five-against-its-removal"),
    case(CLASS_III, "Ⅲ类（达标）", "met", "达到", id="class-with-neutral-bracket"),
    case(CLASS_III, "Ⅱ类，达标", "met", id="class-with-neutral-clause"),
    case(PRIZE_II, "一等奖", "met", name=PRIZE, id="better-prize"),
    case(PRIZE_II, "获一等奖", "met", name=PRIZE, id="won-better-prize"),
    case("省级二等奖及以上", "获省级一等奖", "met", name="获奖", id="prize-of-the-target-level"),
    case(PRIZE_II, "三等奖", "not_met", name=PRIZE, id="worse-prize"),
    # regress21 W11: words a grade's cell often holds besides the grade
    case(CLASS_III, "持续保持Ⅲ类", "met", id="kept-steady"),
    case(CLASS_III, "100%达到Ⅲ类", "met", id="all-sites-share"),
    case(CLASS_III, "80%达到Ⅲ类", "partial", id="a-share-of-the-sites"),
    case(CLASS_III, "3个断面均达到Ⅲ类", "met", id="counted-sites"),
    case(CLASS_III, "Ⅱ类～Ⅲ类", "met", id="range-with-a-wave-dash"),
    case(PRIZE_II, "获一等奖1项、二等奖2项", "met", name=PRIZE, id="prizes-counted"),
    case(PRIZE_II, "获三等奖2项", "not_met", name=PRIZE, id="worse-prizes-counted"),
    # a level of its own where the target names none
    case(PRIZE_II, "获省级二等奖", "met", name=PRIZE, id="prize-with-a-level"),
    case(PRIZE_II, "获国家级一等奖", "met", name=PRIZE, id="prize-of-a-level-unasked"),
]

# Roman numerals typed as Latin letters before 类 are the classes (M3). Before: unknown.
LATIN = [
    case(CLASS_III, "III类", "met", id="latin-same-class"),
    case(CLASS_III, "II类", "met", id="latin-better-class"),
    case(CLASS_III, "IV类", "not_met", id="latin-worse-class"),
    case(CLASS_III, "V类", "not_met", id="latin-class-five"),
    case(CLASS_III, "劣V类", "not_met", id="latin-worse-than-five"),
    case(CLASS_III, "II-III类", "met", id="latin-range"),
    case("断面水质达到III类", "II类", "met", id="latin-target"),
    case("断面水质达到III类", "IV类", "not_met", id="latin-target-worse"),
    case("II类及以上", "IV类", "not_met", id="latin-target-or-better"),
    case("地下水质量达到Ⅲ类", "I类", "met", name="地下水水质", id="latin-class-one"),
    case("断面水质达到III类", "Ⅲ类（达标）", "met", id="latin-target-bracketed-actual"),
    case(CLASS_III, "未达到III类", "not_met", id="latin-not-reached"),
    # no valid numeral of 1 to 5: not a class
    case(CLASS_III, "VI类", "unknown", id="latin-six-is-no-class"),
    case(CLASS_III, "IIII类", "unknown", id="latin-four-ones-is-no-class"),
]


@pytest.mark.parametrize(
    ("name", "cells", "month", "expected"),
    [*DENIED, *PARTS, *FORECASTS, *MORE_WORDS, *PLAIN, *LATIN],
)
def test_grade_ranked(name, cells, month, expected):
    attainment, progress, fragment = expected
    verdict = verdict_of(indicator(name, **cells), period=(YEAR, 1, YEAR, month))
    assert (verdict.attainment.value, verdict.progress.value) == (attainment, progress)
    assert fragment in verdict.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("III类", "Ⅲ类"),
        ("达到II类及以上", "达到Ⅱ类及以上"),
        ("IV类水", "Ⅳ类水"),
        ("劣V类", "劣Ⅴ类"),
        ("II-III类", "Ⅱ-Ⅲ类"),
        ("I类标准", "Ⅰ类标准"),
        # guards: no valid numeral, a longer Latin word, no 类 right after
        ("VI类", "VI类"),
        ("IIII类", "IIII类"),
        ("BIV类", "BIV类"),
        ("IV级", "IV级"),
        ("III 期", "III 期"),
        ("iii类", "iii类"),
    ],
)
def test_latin_numerals_before_class(text, expected):
    assert _roman_classes(text) == expected


def test_a_latin_class_target_is_measurable():
    card = score_one(indicator(WATER, "达到III类", "II类"))
    assert "target-not-measurable" not in finding_ids(card)
