"""Decisions of the third 2026-12-01 session kept by tests (regress107 audit of k27)."""

from __future__ import annotations

import pytest

from perftrack import Descriptive, parse_target
from probe_tables import self_reading


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "每月1次，共48个断面",
            "每月1次，共48个断面",
            ("met", "实际完成情况与年度指标表述一致"),
            id="repeat-of-schedule-w3",
        ),
        pytest.param(
            "每月1次，共48个断面",
            "完成12次",
            # the rounds a year asks of 每月 (parse53 H6)
            ("met", "实际“完成12次”，达到“每月1次,共48个断面”全年应有的12次"),
            id="rounds-of-schedule-w3",
        ),
        pytest.param(
            "每季度1次，覆盖12个站",
            "每季度1次，覆盖12个站",
            ("met", "实际完成情况与年度指标表述一致"),
            id="quarterly-repeat-w3",
        ),
    ],
)
def test_scoped_schedule_is_judged_as_a_schedule(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading("断面监测频次", target, actual) == expected


def test_scoped_schedule_stays_descriptive() -> None:
    parsed = parse_target("每月1次，共48个断面")
    assert parsed == Descriptive("每月1次,共48个断面", recurring=True)


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "安全生产事故",
            "零事故",
            "发生交通事故1起，无人员伤亡",
            ("not_met", "实际“发生交通事故1起，无人员伤亡”，发生交通事故1起，未达到“零事故”"),
            id="zero-words-traffic-accident-counts",
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "发生交通事故1起，无人员伤亡",
            (
                "not_met",
                "实际1起（“发生交通事故1起，无人员伤亡”中指标名称所指的数）已超出年度上限=0起",
            ),
            id="zero-ceiling-clauses-traffic-accident-counts",
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "发生交通事故1起",
            ("not_met", "实际1起已超出年度上限=0起"),
            id="control-lone-count",
        ),
        pytest.param(
            "安全生产事故",
            "零事故",
            "发生交通事故1起（非生产经营性），无人员伤亡",
            (
                "met",
                "实际“发生交通事故1起（非生产经营性），无人员伤亡”末句“无人员伤亡”，达到“零事故”",
            ),
            id="said-not-production",
        ),
        pytest.param(
            "水上交通安全事故",
            "0起",
            "发生道路交通事故1起",
            (
                "unknown",
                (
                    "实际“发生道路交通事故1起”计的是“道路交通事故”，"
                    "不是指标“水上交通安全事故”所计事件的数，是否达到年度指标=0起需人工判断"
                ),
            ),
            id="road-accident-on-a-water-traffic-row",
        ),
    ],
)
def test_traffic_accident_on_an_accident_row_in_every_reading(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "较大及以上安全生产事故",
            "0起",
            "发生交通事故1起，无人员伤亡",
            ("unknown", "实际“发生交通事故1起，无人员伤亡”不是数值，无法与年度指标比较"),
            id="ungraded-clause-on-graded-ceiling-w2",
        ),
        pytest.param(
            "较大及以上火灾",
            "0起",
            "发生火灾1起，无人员伤亡",
            ("unknown", "实际“发生火灾1起，无人员伤亡”不是数值，无法与年度指标比较"),
            id="ungraded-fire-clause-on-graded-ceiling-w2",
        ),
        pytest.param(
            "较大及以上火灾",
            "0起",
            "发生火灾2起，未发生较大及以上火灾",
            (
                "met",
                "实际0起（“发生火灾2起，未发生较大及以上火灾”中指标名称所指的数），达到年度指标=0起",
            ),
            id="control-ungraded-beside-a-none-of-the-grade",
        ),
        pytest.param(
            "安全生产事故",
            "无重大事故",
            "发生交通事故1起，无人员伤亡",
            (
                "unknown",
                "实际“发生交通事故1起，无人员伤亡”中“发生交通事故1起”未注明等级，是否达到“无重大事故”需人工判断",
            ),
            id="ungraded-count-against-graded-zero-words-w2",
        ),
        pytest.param(
            "安全生产事故",
            "无重大事故",
            "发生一般事故1起，无人员伤亡",
            ("met", "实际“发生一般事故1起，无人员伤亡”末句“无人员伤亡”，达到“无重大事故”"),
            id="control-lesser-grade-said",
        ),
        pytest.param(
            "安全生产事故",
            "零发生",
            "发生安全事故1起，无人员伤亡",
            ("not_met", "实际“发生安全事故1起，无人员伤亡”，发生安全事故1起，未达到“零发生”"),
            id="zero-happen-has-no-noun-of-its-own",
        ),
        pytest.param(
            "安全生产事故",
            "零发生",
            "发生交通事故1起，无人员伤亡",
            ("not_met", "实际“发生交通事故1起，无人员伤亡”，发生交通事故1起，未达到“零发生”"),
            id="zero-happen-traffic-accident",
        ),
        pytest.param(
            "安全责任事故",
            "0起",
            "发生交通事故1起，对方全责",
            ("unknown", "实际“发生交通事故1起，对方全责”不是数值，无法与年度指标比较"),
            id="other-party-liable-w2",
        ),
    ],
)
def test_accident_counts_and_grades(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "新增城镇就业人数",
            "≥500人",
            "城镇就业600人",
            ("met", "实际600人，达到年度指标≥500人"),
            id="rise-said-short",
        ),
        pytest.param(
            "增加养老床位数",
            "≥50张",
            "养老床位60张",
            ("met", "实际60张，达到年度指标≥50张"),
            id="rise-said-short-beds",
        ),
        pytest.param(
            "增加养老床位数",
            "≥50张",
            "全县养老床位1200张",
            ("unknown", "指标要求增加的数量，实际“全县养老床位1200张”为现有数量，需人工判断"),
            id="control-rise-row-scoped-level",
        ),
        pytest.param(
            "减少在院孤儿人数",
            "≥5名",
            "在院孤儿118名",
            ("unknown", "指标要求减少的人数，实际“在院孤儿118名”为现有人数，需人工判断"),
            id="control-decrease-row-level",
        ),
    ],
)
def test_level_on_a_change_name(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "安全生产",
            "零发生",
            "开展安全检查120次",
            (
                "unknown",
                "实际“开展安全检查120次”为开展工作的数量，不是发生数，是否达到“零发生”需人工判断",
            ),
            id="inspections-are-no-occurrence",
        ),
        pytest.param(
            "安全生产事故",
            "零发生",
            "发生安全事故1起",
            ("not_met", "实际发生安全事故1起，未达到“零发生”"),
            id="control-an-accident",
        ),
        pytest.param(
            "安全生产事故",
            "零发生",
            "处置突发事件3起",
            ("not_met", "实际发生处置突发事件3起，未达到“零发生”"),
            id="control-incidents-handled-happened",
        ),
    ],
)
def test_work_counted_against_a_zero(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected
