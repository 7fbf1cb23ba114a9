"""Value cells of parse28: a count said once per period against a year's count (H1),
a map scale before the noun (H2) and 班额 read per class (H4).

H1: ``每月1次`` against ``≥12次`` (the 年度指标值 is the year's count) is 12次 at the
year's end, ``每季度开展1次`` 4次; ``每周1次`` has no exact count in a year and is left to
a reader, as is any per-period count mid-year (never 1 time done, never behind).
H2: ``完成1:2000地形图测绘118平方公里`` is 118 平方公里, the scale its note.
H4: ``平均班额32人`` against ``≤30人/班`` is 32人/班.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import parse_value
from perftrack.expressions import Quantity, TextValue
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
MID_YEAR = (YEAR, 1, YEAR, 6)
SELF = TableKind.SELF_EVALUATION
TRACKING = TableKind.TRACKING
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]
MAP = "完成1:2000地形图测绘118平方公里"
RATIO_COLON = "完成1\u22362000地形图测绘118平方公里"  # the full-width ratio colon

PARSE_ROWS = [
    pytest.param(MAP, Quantity(Decimal(118), "平方公里", label="完成地形图测绘", note="1:2000", text=MAP), id="h2-scale-before-noun"),
    pytest.param(RATIO_COLON, Quantity(Decimal(118), "平方公里", label="完成地形图测绘", note="1:2000", text=RATIO_COLON), id="h2-full-width-colon"),
    pytest.param("地形图测绘（1:2000）118平方公里", Quantity(Decimal(118), "平方公里", label="地形图测绘", note="1:2000", text="地形图测绘（1:2000）118平方公里"), id="h2-bracketed"),
    pytest.param("测绘1:500地形图12.6平方公里", Quantity(dec("12.6"), "平方公里", label="测绘地形图", note="1:500", text="测绘1:500地形图12.6平方公里"), id="h2-scale-500"),
    pytest.param("师幼比1:13.8", TextValue("师幼比1:13.8", text="师幼比1:13.8"), id="h2-ratio-value-stays-text"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), PARSE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


VERDICT_ROWS = [
    # H1, at the year's end
    pytest.param("巡查", "≥12次", "每月1次", SELF, AT_YEAR_END, "met", "实际12次，达到年度指标≥12次", FINE, id="h1-monthly-met"),
    pytest.param("巡查", "≥24次", "每月巡查2次", SELF, AT_YEAR_END, "met", "实际24次，达到年度指标≥24次", FINE, id="h1-monthly-twice-met"),
    pytest.param("巡查", "≥24次", "每月巡查1次", SELF, AT_YEAR_END, "not_met", "实际12次，未达年度指标≥24次", MISSED, id="h1-monthly-not-met"),
    pytest.param("督查", "≥4次", "每季度开展1次", SELF, AT_YEAR_END, "met", "实际4次，达到年度指标≥4次", FINE, id="h1-quarterly-met"),
    pytest.param("督查", "≥2次", "每半年1次", SELF, AT_YEAR_END, "met", "实际2次，达到年度指标≥2次", FINE, id="h1-half-year-met"),
    pytest.param("巡查", "≥52次", "每周1次", SELF, AT_YEAR_END, "unknown", "实际“每周1次”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h1-weekly-unknown"),
    pytest.param("巡查", "≥12次/年", "每月1次", SELF, AT_YEAR_END, "met", "实际12次/年，达到年度指标≥12次/年", FINE, id="h1-per-year-unchanged"),
    pytest.param("巡查", "≥12次", "全年12次", SELF, AT_YEAR_END, "met", "实际12次，达到年度指标≥12次", FINE, id="h1-whole-year-unchanged"),
    # H1, mid-year: not read as 1 time done
    pytest.param("巡查", "≥48次", "每周巡查1次", TRACKING, MID_YEAR, "unknown", "实际“每周巡查1次”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h1-mid-year-weekly"),
    pytest.param("巡查", "≥12次", "每月1次", TRACKING, MID_YEAR, "unknown", "实际“每月1次”不是数值，无法与年度指标比较", [*FINE, "actual-not-numeric"], id="h1-mid-year-monthly"),
    # H2
    pytest.param("地形图测绘", "≥150平方公里", "完成1:2000地形图测绘138平方公里", SELF, AT_YEAR_END, "not_met", "实际138平方公里，未达年度指标≥150平方公里", MISSED, id="h2-not-met"),
    pytest.param("地形图测绘", "≥12平方公里", "测绘1:500地形图12.6平方公里", SELF, AT_YEAR_END, "met", "实际12.6平方公里，达到年度指标≥12平方公里", FINE, id="h2-met"),
    # H4
    pytest.param("平均班额", "≤30人/班", "平均班额32人", SELF, AT_YEAR_END, "not_met", "实际32人/班，超出年度指标≤30人/班", MISSED, id="h4-not-met"),
    pytest.param("平均班额", "≤30人/班", "平均班额28人", SELF, AT_YEAR_END, "met", "实际28人/班，达到年度指标≤30人/班", FINE, id="h4-met"),
    pytest.param("平均班额", "≤30人/班", "班额28人", SELF, AT_YEAR_END, "met", "实际28人/班，达到年度指标≤30人/班", FINE, id="h4-bare-label-met"),
    pytest.param("平均班额", "≤30人", "平均班额32人", SELF, AT_YEAR_END, "not_met", "实际32人，超出年度指标≤30人", MISSED, id="h4-plain-target-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "kind", "period", "attainment", "explanation", "ids"),
    VERDICT_ROWS,
)
def test_verdict(  # noqa: PLR0913, PLR0917 - one per column
    name: str,
    target: str,
    actual: str,
    kind: TableKind,
    period: tuple[int, int, int, int],
    attainment: str,
    explanation: str,
    ids: list[str],
) -> None:
    card = score_one(indicator(name, target, actual), period=period, kind=kind)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids


def test_mid_year_count_is_not_behind() -> None:
    row = indicator("街面巡查", "≥48次", "每周巡查1次", planned="24次")
    verdict = score_one(row, period=MID_YEAR, kind=TRACKING).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value) == ("unknown", "unknown")


POINTS_ROWS = [
    pytest.param("巡查", "≥12次", "每月1次", "10.00", id="h1-monthly"),
    pytest.param("巡查", "≥52次", "每周1次", "10", id="h1-weekly-printed-kept"),
    pytest.param("地形图测绘", "≥150平方公里", "完成1:2000地形图测绘138平方公里", "9.20", id="h2-map"),
    pytest.param("平均班额", "≤30人/班", "平均班额32人", "9.38", id="h4-class"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "points"), POINTS_ROWS)
def test_points(name: str, target: str, actual: str, points: str) -> None:
    row = indicator(name, target, actual, weight=10, points=10)
    card = score_one(row, period=AT_YEAR_END, kind=SELF)
    assert [line.points for line in card.points.items if line.indicator is not None] == [
        dec(points)
    ]
