"""Rows the parse53 round found misread (H1–H6).

H1: a number in words with a decimal point (``七点五公里``) was read as the digits after
点 (5公里). H2: a yuan sign before a bare amount (``¥1,186,000``) says 元; the amount took
the target's 万元. H3: an average per household against a total (``户均增收1200元`` against
``≥50万元``) is no comparison. H4: a 跟踪表 cell saying the year's task is done is the
year's, not the period's plan. H5: ``较及时`` on a 及时率 is partial, as ``基本及时`` is.
H6: a count of rounds against a recurring schedule is judged by the rounds a year asks.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.expressions import (
    Bound,
    Comparison,
    Op,
    Quantity,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from probe_tables import TRACK_TAIL, self_reading, track_head, track_verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("七点五公里", Quantity(Decimal("7.5"), "公里", Bound.EXACT)),
        ("三点八万人次", Quantity(Decimal("3.8"), "万人次", Bound.EXACT)),
        ("十二点五万元", Quantity(Decimal("12.5"), "万元", Bound.EXACT)),
        ("零点八公里", Quantity(Decimal("0.8"), "公里", Bound.EXACT)),
        ("¥1,186,000", Quantity(Decimal(1186000), "元", Bound.EXACT)),
        ("￥5,823,600", Quantity(Decimal(5823600), "元", Bound.EXACT)),
        # controls: a unit after the amount is the cell's; a time of day; an idiom
        ("¥118.6万", Quantity(Decimal("118.6"), "万", Bound.EXACT)),
        ("下午三点五十分", TextValue("下午三点五十分")),
        ("一点一滴", TextValue("一点一滴")),
    ],
)
def test_points_and_yuan(text: str, expected: Value) -> None:
    value = parse_value(text)
    assert value == expected
    assert parse_value(str(value)) == value


def test_yuan_sign_in_target() -> None:
    assert parse_target("≤¥300") == Comparison(Op.LE, Decimal(300), "元")
    assert parse_target("¥≤300万元") == Comparison(Op.LE, Decimal(300), "万元")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("新建道路", "10公里", "七点五公里"), ("not_met", "实际7.5公里，未达年度指标=10公里")),
        (
            ("培训人次", "≥4万人次", "三点八万人次"),
            ("not_met", "实际3.8万人次，未达年度指标≥4万人次"),
        ),
        (
            ("发放补助资金", "≥580万元", "￥5,823,600"),
            ("met", "实际5823600元，达到年度指标≥580万元"),
        ),
        (
            ("带动农户增收", "≥50万元", "户均增收1200元"),
            (
                "unknown",
                "实际“户均增收1200元”为每户平均数，年度指标≥50万元为总量，口径不同，无法比较",
            ),
        ),
        # controls: a per target; a standard per person near the figure
        (
            ("带动农户增收", "≥2000元/户", "户均增收2300元"),
            ("met", "实际2300元/户，达到年度指标≥2000元/户"),
        ),
        (("补助标准", "≥1200元", "人均1250元"), ("met", "实际1250元，达到年度指标≥1200元")),
        (
            ("补助发放及时率", "100%", "较及时"),
            ("partial", "实际“较及时”，未全部按时完成，部分达到年度指标=100%"),
        ),
        (
            ("资金拨付时间", "每季度末前拨付", "已按时拨付3次"),
            ("not_met", "实际“已按时拨付3次”，少于“每季度末前拨付”全年应有的4次"),
        ),
        (
            ("资金拨付时间", "每季度末前拨付", "已按时拨付4次"),
            ("met", "实际“已按时拨付4次”，达到“每季度末前拨付”全年应有的4次"),
        ),
    ],
)
def test_parse53_rows(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("新建道路", "10公里", "7.5公里", "全年任务已完成"), ("met", "on_track")),
        (("新建道路", "10公里", "7.5公里", "已提前完成全年任务"), ("met", "on_track")),
        # control: a bare 已完成 is the period's plan done
        (("新建道路", "10公里", "7.5公里", "已完成"), ("pending", "on_track")),
        (("资金拨付时间", "每季度末前拨付", "3次", "已按时拨付3次"), ("pending", "on_track")),
        (("带动农户增收", "≥50万元", "30万元", "户均增收1200元"), ("unknown", "unknown")),
    ],
)
def test_parse53_tracked(row: tuple[str, str, str, str], expected: tuple[str, str]) -> None:
    verdict = track_verdict(*row)
    assert (verdict.attainment.value, verdict.progress.value) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("脱贫人口返贫", "0户", "零返贫"), ("met", "实际0户，达到年度指标=0户")),
        (("脱贫人口返贫率", "0", "无一户返贫"), ("met", "实际0，达到年度指标=0")),
        (("污染物排放超标次数", "0", "全年达标排放"), ("met", "实际0，达到年度指标=0")),
        (("污染物排放超标次数", "0次", "达标"), ("met", "实际0次，达到年度指标=0次")),
        # controls: a part said; a count of the event
        (("污染物排放超标次数", "0次", "基本达标"), ("partial", "实际“基本达标”，部分完成")),
        (("返贫人数", "0人", "返贫3人"), ("not_met", "实际3人已超出年度上限=0人")),
        # new cases are the row's event (they were "another event", unknown)
        (
            ("返贫人数", "0人", "新增返贫1户3人"),
            ("not_met", "实际3人已超出年度上限=0人"),
        ),
    ],
)
def test_zero_rows_in_words(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def _tracked_time_row(target: str, actual: str) -> tuple[str, str]:
    line = f"产出指标\t时效指标\t项目完成时间\t{target}\t/\t{actual}\t"
    table = perftrack.read_text("\n".join([*track_head(9), line, *TRACK_TAIL]))[0]
    verdict = perftrack.score(table).verdicts[0]
    return verdict.attainment.value, verdict.explanation


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (
            "2025年8月底前",
            "预计10月底完工",
            (
                "not_met",
                "截止日期2025-08-31已到，实际“预计10月底完工”，预计完成时间2025-10晚于截止日期",
            ),
        ),
        # controls: a forecast within the due month; a due date still to come
        (
            "2025年8月底前",
            "预计8月底完工",
            ("unknown", "截止日期2025-08-31已到，实际“预计8月底完工”无法判断是否完成"),
        ),
        (
            "2025年12月底前",
            "预计10月底完工",
            ("pending", "实际“预计10月底完工”，截止日期2025-12-31未到"),
        ),
    ],
)
def test_forecast_after_due(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert _tracked_time_row(target, actual) == expected


@pytest.mark.parametrize(
    ("actual", "share"),
    [
        ("发放问卷300份，回收286份，满意275份", "96.15%"),
        ("发放问卷300份，有效回收286份，满意275份", "96.15%"),
        ("发放问卷200份，满意186份", "93%"),  # as before
    ],
)
def test_survey_with_returned(actual: str, share: str) -> None:
    assert self_reading("群众满意度", "≥90%", actual) == (
        "met",
        f"实际{actual}（按比例计为{share}），达到年度指标≥90%",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("93。5%", Quantity(Decimal("93.5"), "%", Bound.EXACT)),
        # control: a stop not between digits stays a stop
        ("已完成。", parse_value("已完成")),
    ],
)
def test_stop_as_decimal_point(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("7.5公里，按序时推进", ("pending", "on_track")),
        ("完成7.5公里，达到序时进度", ("pending", "on_track")),
        ("7公里，基本达到序时进度", ("pending", "behind")),
    ],
)
def test_figure_with_pace_remark(actual: str, expected: tuple[str, str]) -> None:
    verdict = track_verdict("新建道路", "10公里", "7.5公里", actual)
    assert (verdict.attainment.value, verdict.progress.value) == expected


@pytest.mark.parametrize("text", ["当年", "本年度", "今年"])
def test_this_year_alone_is_the_year(text: str) -> None:
    target = parse_target(text)
    assert target == parse_target("年内")
    assert parse_target(str(target)) == target


def test_this_year_alone_scored() -> None:
    assert self_reading("资金拨付时间", "当年", "2026年1月") == (
        "not_met",
        "实际“2026年1月”，晚于截止日期2025-12-31",
    )


@pytest.mark.parametrize("actual", ["进度滞后", "滞后于计划", "工程进度缓慢"])
def test_lag_alone_is_behind(actual: str) -> None:
    verdict = track_verdict("新建道路", "10公里", "7.5公里", actual)
    assert verdict.progress.value == "behind"
    # the actual said once (r37r H): it was "…比较；实际“进度滞后”，进度落后于计划…"
    assert (
        verdict.explanation
        == f"实际“{actual}”不是数值，无法与年度指标比较；进度落后于计划“7.5公里”"
    )


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        ("补助发放及时率", "100%", "12个月均按时足额发放", "met"),
        ("投诉处理及时率", "≥98%", "126件投诉均按时办结", "met"),
        ("补助发放及时率", "100%", "1-12月均按时发放", "met"),
        # controls: a count alone, or every one of them late
        ("补助发放及时率", "100%", "12个月", "unknown"),
        ("补助发放及时率", "100%", "12个月均延迟发放", "unknown"),
    ],
)
def test_every_round_on_time(name: str, target: str, actual: str, expected: str) -> None:
    assert self_reading(name, target, actual)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("由8万元增至12万元", Quantity(Decimal(12), "万元", Bound.EXACT)),
        ("村集体收入由8万元增至12万元", Quantity(Decimal(12), "万元", Bound.EXACT, "村集体收入")),
        ("由12人减至8人", Quantity(Decimal(8), "人", Bound.EXACT)),
    ],
)
def test_short_change_verbs(text: str, expected: Value) -> None:
    value = parse_value(text)
    assert value == expected
    assert parse_value(str(value)) == value


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("上年88%，本年93%", ("met", "实际93%，达到年度指标≥90%")),
        ("本年93%，上年88%", ("met", "实际93%，达到年度指标≥90%")),
        ("上年95%，本年88%", ("not_met", "实际88%，未达年度指标≥90%")),
        # the table's year names this one: 2025 in a 2025 table (k31a; was unknown)
        ("2024年88%，2025年93%", ("met", "实际93%，达到年度指标≥90%")),
        # control: two years, neither the table's, are for a reviewer
        (
            "2023年88%，2024年93%",
            ("unknown", "实际“2023年88%，2024年93%”不是数值，无法与年度指标比较"),
        ),
    ],
)
def test_this_year_beside_last(actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("群众满意度", "≥90%", actual) == expected
