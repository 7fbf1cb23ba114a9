"""Graded accidents, multi-year totals and ditto marks in the target column (k32r).

regress57 #9: a none of one grade of accident (``未发生较大事故``) met a target of none of
a lower grade and those above (``不发生一般及以上事故``); it leaves the lower grade open.
regress57 #10: a total of several years (``近3年累计培训320人次``) met the year's floor.
regress57 #8: a ditto mark in the target column (``学员满意度 | 同上``) read as a word target.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import parse_target
from probe_tables import (
    BUDGET,
    GOAL,
    GRID,
    SELF,
    self_card,
    self_reading,
    self_table,
    track_verdict,
)


def _open(said: str, left: str, target: str) -> str:
    return f"实际只说明未发生{said}，不能确定是否发生{left}，是否达到“{target}”需人工判断"


def _met(actual: str, target: str) -> str:
    return f"实际“{actual}”，达到“{target}”"


GRADED = [
    # a higher grade alone leaves the lower ones open
    pytest.param("安全事故", "不发生一般及以上事故", "未发生较大事故", "unknown", _open("较大事故", "一般事故", "不发生一般及以上事故"), id="higher-grade"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生重大事故", "unknown", _open("重大事故", "较大事故", "不发生较大及以上事故"), id="higher-grade-2"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生重特大事故", "unknown", _open("重特大事故", "较大事故", "不发生较大及以上事故"), id="serious-and-grave"),
    pytest.param("安全生产事故", "不发生安全事故", "未发生重大事故", "unknown", _open("重大事故", "一般、较大安全事故", "不发生安全事故"), id="no-grade-target"),
    pytest.param("森林火灾", "不发生较大及以上森林火灾", "未发生重大森林火灾", "unknown", _open("重大森林火灾", "较大森林火灾", "不发生较大及以上森林火灾"), id="fire"),
    # a lower grade alone says nothing of those above
    pytest.param("安全事故", "不发生较大及以上事故", "未发生一般事故", "unknown", _open("一般事故", "较大及以上事故", "不发生较大及以上事故"), id="lower-grade"),
    pytest.param("安全事故", "不发生一般及以上事故", "未发生一般事故", "unknown", _open("一般事故", "较大及以上事故", "不发生一般及以上事故"), id="least-grade-alone"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生较大事故", "unknown", _open("较大事故", "重大及以上事故", "不发生较大及以上事故"), id="same-grade-alone"),
    # as low and those above, or the whole event: met
    pytest.param("安全事故", "不发生一般及以上事故", "未发生一般及以上事故", "met", _met("未发生一般及以上事故", "不发生一般及以上事故"), id="same-and-above"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生一般及以上事故", "met", _met("未发生一般及以上事故", "不发生较大及以上事故"), id="lower-and-above"),
    pytest.param("安全事故", "不发生一般及以上事故", "未发生安全事故", "met", _met("未发生安全事故", "不发生一般及以上事故"), id="no-grade-actual"),
    pytest.param("安全事故", "不发生较大及以上事故", "未发生任何事故", "met", _met("未发生任何事故", "不发生较大及以上事故"), id="any-accident"),
    pytest.param("安全事故", "不发生一般及以上事故", "零事故", "met", _met("零事故", "不发生一般及以上事故"), id="zero-accidents"),
    # 重大 said alone is 重大 and above, as it is used
    pytest.param("安全事故", "不发生重大及以上事故", "未发生重大事故", "met", _met("未发生重大事故", "不发生重大及以上事故"), id="serious-kept"),
    pytest.param("安全事故", "杜绝重特大事故", "未发生重大事故", "met", _met("未发生重大事故", "杜绝重特大事故"), id="grave-kept"),
    pytest.param("安全事故", "不发生重大及以上安全生产事故", "未发生重大安全生产事故", "met", _met("未发生重大安全生产事故", "不发生重大及以上安全生产事故"), id="serious-long-kept"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), GRADED)
def test_graded_accident(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading(name, target, actual) == (attainment, explanation)


def test_graded_accident_tracking() -> None:
    verdict = track_verdict("安全事故", "不发生一般及以上事故", "", "未发生较大事故", months=12)
    assert (verdict.attainment.value, verdict.explanation) == (
        "unknown",
        _open("较大事故", "一般事故", "不发生一般及以上事故"),
    )


def _years(actual: str) -> str:
    return f"实际“{actual}”为多年累计数，不是本年度实际完成值，无法判断是否达到年度指标"


SEVERAL_YEARS = [
    pytest.param("培训人次", "≥300人次", "近3年累计培训320人次", "unknown", _years("近3年累计培训320人次"), id="recent-years"),
    pytest.param("培训人次", "≥300人次", "三年来累计培训320人次", "unknown", _years("三年来累计培训320人次"), id="years-since"),
    pytest.param("培训人次", "≥300人次", "近三年共培训320人次", "unknown", _years("近三年共培训320人次"), id="recent-years-gong"),
    pytest.param("培训人次", "≥300人次", "2023-2025年累计培训320人次", "unknown", _years("2023-2025年累计培训320人次"), id="span"),
    pytest.param("培训人次", "≥300人次", "2023年以来累计培训320人次", "unknown", _years("2023年以来累计培训320人次"), id="since-year"),
    pytest.param("培训人次", "≥300人次", "320人次（近3年累计）", "unknown", _years("320人次（近3年累计）"), id="note"),
    # the year's own running total, one year, and a span the row counts itself: as before
    pytest.param("培训人次", "≥300人次", "累计培训320人次", "met", "实际320人次，达到年度指标≥300人次", id="plain-cumulative"),
    pytest.param("培训人次", "≥300人次", "近1年累计培训320人次", "met", "实际320人次，达到年度指标≥300人次", id="one-year"),
    pytest.param("培训人次", "≥300人次", "2025年以来累计培训320人次", "met", "实际320人次，达到年度指标≥300人次", id="since-this-year"),
    pytest.param("近三年累计培训人次", "≥900人次", "近3年累计培训920人次", "met", "实际920人次，达到年度指标≥900人次", id="name-of-years"),
    pytest.param("培训人次", "2023-2025年累计≥900人次", "2023-2025年累计培训920人次", "met", "实际920人次，达到年度指标≥900人次", id="target-of-years"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), SEVERAL_YEARS)
def test_several_years(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading(name, target, actual) == (attainment, explanation)


def test_several_years_finding() -> None:
    card = self_card("培训人次", "≥300人次", "近3年累计培训320人次")
    found = [(f.id, f.message) for f in card.findings if f.id == "missing-actual"]
    message = (
        "“培训人次”实际填写“近3年累计培训320人次”，为多年累计数，未填报本年度实际完成值，"
        "却得满分（填报得分2）"
    )
    assert found == [("missing-actual", message)]


def test_several_years_tracking() -> None:
    before = track_verdict("培训人次", "≥300人次", "", "近3年累计培训320人次")
    after = track_verdict("培训人次", "≥300人次", "", "近3年累计培训320人次", months=12)
    assert [(v.attainment.value, v.explanation) for v in (before, after)] == [
        (
            "pending",
            "实际“近3年累计培训320人次”为多年累计数，不是本年度实际完成值，截止日期未到",
        ),
        ("unknown", _years("近3年累计培训320人次")),
    ]


DITTO_MARKS = ["同上", "〃", "同上。", "同前", "同上行", "″"]


@pytest.mark.parametrize("mark", DITTO_MARKS)
def test_ditto_target(mark: str) -> None:
    table = self_table(
        ("培训人次", "≥100人次", "120人次", "2", "2"),
        ("培训人数", mark, "130人次", "2", "2"),
        ("外出培训人次", mark, "90人次", "2", "2"),
    )
    assert [(row.name, row.target) for row in table.indicators] == [
        ("培训人次", parse_target("≥100人次")),
        ("培训人数", parse_target("≥100人次")),
        ("外出培训人次", parse_target("≥100人次")),
    ]
    # the cell's position stays the row's
    assert [row.cell_of("target").row for row in table.indicators] == [9, 10, 11]  # type: ignore[union-attr]
    card = perftrack.score(table)
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        ("met", "实际120人次，达到年度指标≥100人次"),
        ("met", "实际130人次，达到年度指标≥100人次"),
        ("not_met", "实际90人次，未达年度指标≥100人次"),
    ]


def test_ditto_target_satisfaction() -> None:
    lines = [
        *SELF,
        *BUDGET,
        *GOAL,
        GRID,
        "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\t",
        "\t\t\t学员满意度\t同上\t96%\t10\t10\t",
    ]
    table = perftrack.read_text("\n".join(lines))[0]
    assert [(row.name, str(row.target)) for row in table.indicators] == [
        ("群众满意度", "≥90(%)"),
        ("学员满意度", "≥90(%)"),
    ]
    card = perftrack.score(table)
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        ("met", "实际95%，达到年度指标≥90%"),
        ("met", "实际96%，达到年度指标≥90%"),
    ]
    assert "satisfaction-not-percent" not in {f.id for f in card.findings}


def test_ditto_target_kept() -> None:
    # no row above, or one without a target: the mark stays as printed
    alone = self_table(("培训人次", "同上", "120人次", "2", "2"))
    after_blank = self_table(
        ("培训人次", "", "120人次", "2", "2"), ("培训人数", "同上", "130人次", "2", "2")
    )
    assert [
        (row.name, str(row.target)) for row in (*alone.indicators, *after_blank.indicators)
    ] == [
        ("培训人次", "同上"),
        ("培训人次", "None"),
        ("培训人数", "同上"),
    ]
    # not in the name column, nor any other word in the target column
    named = self_table(
        ("培训人次", "≥100人次", "120人次", "2", "2"), ("同上", "≥5次", "6次", "2", "2")
    )
    worded = self_table(
        ("培训人次", "≥100人次", "120人次", "2", "2"), ("培训效果", "同比提升", "提升", "2", "2")
    )
    assert [(row.name, str(row.target)) for row in (*named.indicators, *worded.indicators)] == [
        ("培训人次", "≥100(人次)"),
        ("同上", "≥5(次)"),
        ("培训人次", "≥100(人次)"),
        ("培训效果", "同比提升"),
    ]
