"""r37k: progress said in words in 跟踪表 and 自评表 actual cells.

(1) A rhythm without 均 or 按时 (``每季度召开``, ``每月召开``, ``每周巡查``) is read as
``每季度均按时召开`` is (r36l, r36t, r37e), and such a text against the year's count
(``≥4次``) counts its periods a year (it was "不是数值" against both); a label whose
last clause states the total (``每月召开一次例会，共召开8次``) is that total, never the
rhythm (it was 96 a year, and 8 a month against ``每月1次``).
(2) ``2024年3月完成10个`` is the count carrying its date (``Quantity.when``, r37e), not
the date value ``已于2024年3月完成`` with the count only in its raw text; the date of
such a count is read for ``actual-after-period`` and the progress against a plan of
``完成`` as a date value's is.
(3) A done figure then a forecast or a plan led by a time or by the rest it is of
(``累计完成8次，全年预计完成12次``, ``上半年已完成2场，下半年计划2场``) is the figure done
(it was "不是数值").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import found, self_table, verdict
from perftrack import Bound, DateValue, Quantity, Status, parse_value
from perftrack.cli import main
from perftrack.serialization import _structure_value, _unstructure_expression
from scoring_builders import indicator, score_one
from test_per_period_actuals_r36l import tracking_test

# ---------------------------------------------------------------------------
# (1) rhythms without 均, against counts per period and the year's count (a 2025 自评表)

RHYTHMS = [
    (
        "每月1次",
        "每季度召开",
        "not_met",
        "实际“每季度召开”（全年计4次），未达年度指标每月1次（全年计12次）",
    ),
    (
        "每月召开1次",
        "每季度召开",
        "not_met",
        "实际“每季度召开”（全年计4次），未达年度指标每月召开1次（全年计12次）",
    ),
    ("≥4次", "每季度召开", "met", "实际“每季度召开”（全年计4次），达到年度指标≥4次"),
    ("=4次", "每季度召开", "met", "实际“每季度召开”（全年计4次），达到年度指标=4次"),
    ("全年4次", "每季度召开", "met", "实际“每季度召开”（全年计4次），达到年度指标全年4次"),
    ("4次/年", "每季度召开", "met", "实际“每季度召开”（全年计4次），达到年度指标4次/年"),
    ("≥12次", "每季度召开", "not_met", "实际“每季度召开”（全年计4次），未达年度指标≥12次"),
    ("≥4次", "每月召开", "met", "实际“每月召开”（全年计12次），达到年度指标≥4次"),
    ("≥4次", "按月开展", "met", "实际“按月开展”（全年计12次），达到年度指标≥4次"),
    # the r36l text against the year's count too (it was "不是数值")
    (
        "≥4次",
        "每季度均按时召开",
        "met",
        "实际“每季度均按时召开”（全年计4次），达到年度指标≥4次",
    ),
    # weeks have no exact count in a year (docs/scoring.md): unknown, now saying why
    (
        "每月1次",
        "每周巡查",
        "unknown",
        "实际“每周巡查”按周计，无法与年度指标“每月1次”直接对照，需人工判断",
    ),
    (
        "≥4次",
        "每周巡查",
        "unknown",
        "实际“每周巡查”按周计，无法与年度指标“≥4次”直接对照，需人工判断",
    ),
    # the guard: the total stated after the rhythm is the count (it was 8 a month, met)
    (
        "每月1次",
        "每月召开一次例会，共召开8次",
        "not_met",
        "“每月1次”全年计=12次；实际8次，未达年度指标=12次",
    ),
    ("≥10次", "每月召开一次例会，共召开8次", "not_met", "实际8次，未达年度指标≥10次"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), RHYTHMS)
def test_rhythm_without_every(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert verdict("数量指标", "召开例会", target, actual) == (attainment, explanation)


def test_rhythm_neighbours() -> None:
    # the same period once as before; another work, a year's habit, a plan, heads: no rhythm
    # counted; the total after the rhythm meets a year's floor as 8, not as 96 (it was 96)
    cases = [
        ("每月1次", "每月召开"),
        ("每月巡查1次", "每季度培训"),
        ("≥4次", "每年召开"),
        ("≥4次", "每季度计划召开"),
        ("≥40人次", "每季度召开"),
        ("≥4次", "每月召开一次例会，共召开8次"),
    ]
    assert [verdict("数量指标", "召开例会", *case) for case in cases] == [
        ("met", "实际“每月召开”，每期均已开展，达到年度指标“每月1次”"),
        ("unknown", "实际“每季度培训”不是数值，无法与年度指标比较"),
        ("unknown", "实际“每年召开”不是数值，无法与年度指标比较"),
        ("unknown", "实际“每季度计划召开”不是数值，无法与年度指标比较"),
        ("unknown", "实际“每季度召开”不是数值，无法与年度指标比较"),
        ("met", "实际8次，达到年度指标≥4次"),
    ]


@pytest.mark.parametrize(
    ("target", "actual", "computed"),
    [
        ("≥12次", "每季度召开", "3.33"),
        ("每月1次", "每季度召开", "3.33"),
        ("每月1次", "每月召开一次例会，共召开8次", "6.67"),
    ],
)
def test_rhythm_points_count_the_year(target: str, actual: str, computed: str) -> None:
    table = self_table(["产出指标", "数量指标", "召开会议", target, actual, "10", "10"])
    messages = [message for code, _, message in found(table) if code == "full-points-not-met"]
    assert messages == [f"“召开会议”未完成目标却得满分（填报得分10，计算得分{computed}）"]


# 开展巡查 in a 跟踪表 of 2023年1-6月: (target, planned, actual, attainment, progress, why)
TRACKING = [
    (
        "≥4次",
        "2次",
        "每季度召开",
        "pending",
        "on_track",
        "实际“每季度召开”（全年计4次），按此频次可达到年度指标≥4次，尚未到期",
    ),
    (
        "≥12次",
        "6次",
        "每季度召开",
        "pending",
        "behind",
        (
            "实际“每季度召开”（全年计4次），未达年度指标≥12次，距年底尚有时间；"
            "实际“每季度召开”（每季度，6个月计2次）落后于计划6次"
        ),
    ),
    (
        "≥12次",
        "6次",
        "按月开展",
        "pending",
        "on_track",
        "实际“按月开展”（全年计12次），按此频次可达到年度指标≥12次，尚未到期",
    ),
    (
        "每月1次",
        "6次",
        "每季度召开",
        "pending",
        "behind",
        (
            "实际“每季度召开”（全年计4次），未达年度指标每月1次（全年计12次），距年底尚有时间；"
            "实际“每季度召开”（每季度，6个月计2次）落后于计划6次"
        ),
    ),
    (
        "每月1次",
        "6次",
        "每月召开一次例会，共召开8次",
        "pending",
        "on_track",
        "“每月1次”全年计=12次；实际8次，未达年度指标=12次，距年底尚有时间",
    ),
]

test_rhythm_in_a_tracking_table = tracking_test(TRACKING)


# ---------------------------------------------------------------------------
# (2) a dated count: a quantity with when, no date value

DATED = [
    (
        "2024年3月完成10个",
        Quantity(Decimal(10), "个", Bound.EXACT, "2024年3月完成", when=DateValue(2024, 3)),
        "2024年3月完成10(个)",
    ),
    (
        "2024年3月底前完成10个",
        Quantity(Decimal(10), "个", Bound.EXACT, "2024年3月底前完成", when=DateValue(2024, 3, 31)),
        "2024年3月底前完成10(个)",
    ),
    (
        "2024年12月完成了1条",
        Quantity(Decimal(1), "条", Bound.EXACT, "2024年12月完成了", when=DateValue(2024, 12)),
        "2024年12月完成了1(条)",
    ),
    (
        "已于2024年9月建成3座",
        Quantity(Decimal(3), "座", Bound.EXACT, "已于2024年9月建成", when=DateValue(2024, 9)),
        "已于2024年9月建成3(座)",
    ),
]


@pytest.mark.parametrize(("text", "expected", "canonical"), DATED)
def test_dated_count_parses_as_a_count_with_when(
    text: str, expected: object, canonical: str
) -> None:
    parsed = parse_value(text)
    assert parsed == expected
    assert str(parsed) == canonical
    assert parse_value(canonical) == parsed  # reads back, count and date
    assert _structure_value(_unstructure_expression(parsed)) == parsed  # and the JSON


def test_the_date_alone_stays_a_date_value() -> None:
    # 2024年3月完成 alone is the date of work done; with a count after it, the count
    assert [parse_value(text) for text in ("2024年3月完成", "2024年3月完成10个")] == [
        DateValue(2024, 3, None, Status.DONE),
        Quantity(Decimal(10), "个", Bound.EXACT, "2024年3月完成", when=DateValue(2024, 3)),
    ]


def test_cli_parse_shows_the_dated_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--role", "value", "2024年3月完成10个"]) == 0
    assert capsys.readouterr().out == (
        "2024年3月完成10个  quantity  2024年3月完成10(个)  "
        "value=10 unit=个 bound=exact label=2024年3月完成 when=2024年3月\n"
    )


def test_dated_count_against_a_count_and_a_deadline() -> None:
    # the count for a count, the date for a deadline (a 2025 自评表); it is a quantity
    actual = "2025年3月完成10个"
    assert isinstance(parse_value(actual), Quantity)
    assert [
        verdict("数量指标", "完工项目数", "≥10个", actual),
        verdict("数量指标", "完工项目数", "≥12个", actual),
        verdict("时效指标", "完工时间", "2025年4月底前", actual),
        verdict("时效指标", "完工时间", "2025年2月底前", actual),
    ] == [
        ("met", "实际10个，达到年度指标≥10个"),
        ("not_met", "实际10个，未达年度指标≥12个"),
        ("met", "实际“2025年3月完成10个”，未晚于截止日期2025-04-30"),
        ("not_met", "实际“2025年3月完成10个”，晚于截止日期2025-02-28"),
    ]


@pytest.mark.parametrize("actual", ["5月底前开工10个", "2023年5月完成10个"])
def test_dated_count_after_the_period(actual: str) -> None:
    # a 1-3月 table: a count dated in May is no completion yet, as 2023年5月完成 is
    # (5月底前开工10个 raised nothing and was "未达到计划“完成”": r37e left its date out)
    row = indicator("完工时间", "2023年4月底前", actual, "完成", level2="时效指标")
    card = score_one(row, period=(2023, 1, 2023, 3))
    found_verdict = card.verdicts[0]
    assert isinstance(row.actual, Quantity)
    assert row.actual.when is not None
    assert (found_verdict.attainment.value, found_verdict.progress.value) == ("not_met", "behind")
    assert found_verdict.explanation == (
        f"实际“{actual}”，晚于截止日期2023-04-30；跟踪期内未达到计划“完成”"
    )
    assert [(f.id, f.message) for f in card.findings if f.id == "actual-after-period"] == [
        (
            "actual-after-period",
            f"“完工时间”实际完成值“{actual}”的日期晚于跟踪期末2023-03-31，不能作为已完成，按预计判断",
        )
    ]


# ---------------------------------------------------------------------------
# (3) a figure done, then a forecast or a plan led by a time or the rest

FORECAST_AFTER = [
    (
        "≥12次",
        "6次",
        "累计完成8次，全年预计完成12次",
        "pending",
        "on_track",
        "实际8次，未达年度指标≥12次，距年底尚有时间",
    ),
    (
        "≥12次",
        "8次",
        "累计完成6次，全年预计完成12次",
        "pending",
        "behind",
        "实际6次，未达年度指标≥12次，距年底尚有时间；实际6次落后于计划8次",
    ),
    (
        "≥4场",
        "2场",
        "上半年已完成2场，下半年计划2场",
        "pending",
        "on_track",
        "实际2场，未达年度指标≥4场，距年底尚有时间",
    ),
    (
        "≥4场",
        "2场",
        "已完成3场，其余计划下半年开展",
        "pending",
        "on_track",
        "实际3场，未达年度指标≥4场，距年底尚有时间",
    ),
    (
        "≥4场",
        "2场",
        "已完成1场，年底前预计完成4场",
        "pending",
        "behind",
        "实际1场，未达年度指标≥4场，距年底尚有时间；实际1场落后于计划2场",
    ),
]

test_figure_before_a_forecast = tracking_test(FORECAST_AFTER)


def test_figure_before_a_forecast_at_the_year_end() -> None:
    # a 自评表: the forecast is no result, the figure done is judged
    assert [
        verdict("数量指标", "开展培训", "≥12次", "累计完成8次，全年预计完成12次"),
        verdict("数量指标", "开展培训", "≥4场", "上半年已完成2场，下半年计划2场"),
    ] == [
        ("not_met", "实际8次，未达年度指标≥12次"),
        ("not_met", "实际2场，未达年度指标≥4场"),
    ]
