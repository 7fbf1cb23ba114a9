"""Verdicts of parse54 M1, M10, M13, M12, M14, M15, M2 (k30d).

M1: a target whose sign stands before its own bound word (``≥不少于500人``, ``=达到95%``)
or before a label (``≥满意度90%``) is judged as that comparison, no longer as prose.
M10: a range of working days (``3-5个工作日``) is judged by its deciding end, as ``3-5天`` is.
M13: a figure then the cell's own verdict (``，未达标``, ``，已达标``) is the figure when the
verdict agrees with it; a verdict the figure contradicts leaves the cell text.
M12: work put off past the year's end (``延期至2026年3月完成``) misses ``按期完成``.
M14: ``全年`` against a target of one year (``365天``, ``12个月``) is the whole year.
M15: ``最多跑一次`` is ``最多跑1次``; a daily habit (``每天备份``) is once a day.
M2: a standard per person and period answered without the person (``7560元/年`` against
``不低于7200元/人·年``) is compared; a figure more than six times apart stays apart.
"""

from __future__ import annotations

import pytest

from probe_tables import self_card, self_reading, track_verdict

TEXT_TARGET = "年度指标为文字描述，实际完成情况需人工判断"

SIGN_BEFORE_WORD = [
    (("验收合格率", "≥以上95%", "96%"), ("met", "实际96%，达到年度指标≥95%")),
    (("覆盖率", "=达到95%", "97%"), ("met", "实际97%，达到年度指标≥95%")),
    (("覆盖率", "=达到95%", "90%"), ("not_met", "实际90%，未达年度指标≥95%")),
    (("受益人数", "≥不少于500人", "560人"), ("met", "实际560人，达到年度指标≥500人")),
    (("满意度", "≥满意度90%", "91%"), ("met", "实际91%，达到年度指标≥90%")),
    (("满意度", "≥满意度90%", "86%"), ("not_met", "实际86%，未达年度指标≥90%")),
    # a word of another bound: prose, as before
    (("覆盖率", "≥不超过95%", "90%"), ("unknown", TEXT_TARGET)),
]


@pytest.mark.parametrize(("row", "expected"), SIGN_BEFORE_WORD)
def test_sign_before_its_word_scored(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_sign_before_its_word_in_actual() -> None:
    verdict = track_verdict("覆盖率", "≥95%", "≥95%", "≥以上95%", 9)
    assert (verdict.attainment.value, verdict.explanation) == (
        "met",
        "实际不低于95%，达到年度指标≥95%",
    )


NOT_A_NUMBER = "不是数值，无法与年度指标比较"

WORKING_DAY_RANGES = [
    (
        ("办结时限", "≤5个工作日", "3-5个工作日"),
        ("met", "实际不超过5个工作日，达到年度指标≤5个工作日"),
    ),
    (
        ("办结时限", "≤5个工作日", "3至5个工作日"),
        ("met", "实际不超过5个工作日，达到年度指标≤5个工作日"),
    ),
    (
        ("办结时限", "≤5个工作日", "6-8个工作日"),
        ("not_met", "实际不低于6个工作日，超出年度指标≤5个工作日"),
    ),
    # neighbours: a range either side of the bar, another unit; the day range as before
    (
        ("办结时限", "≤5个工作日", "4-6个工作日"),
        (
            "unknown",
            "实际为区间4个工作日—6个工作日，跨越年度指标≤5个工作日，无法判断是否达到，需人工判断",
        ),
    ),
    (("办结时限", "≤5天", "3-5个工作日"), ("unknown", f"实际“3-5个工作日”{NOT_A_NUMBER}")),
    (("办结时限", "≤5天", "3-5天"), ("met", "实际不超过5天，达到年度指标≤5天")),
]


@pytest.mark.parametrize(("row", "expected"), WORKING_DAY_RANGES)
def test_working_day_range(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_working_day_range_tracked() -> None:
    verdict = track_verdict("办结时限", "≤5个工作日", "≤5个工作日", "3-5个工作日", 9)
    assert (verdict.attainment.value, verdict.explanation) == (
        "met",
        "实际不超过5个工作日，达到年度指标≤5个工作日",
    )


SELF_VERDICTS = [
    (("满意度", "≥90%", "测评满意度为86.3%，未达标"), ("not_met", "实际86.3%，未达年度指标≥90%")),
    (("满意度", "≥90%", "86.3%，未达标"), ("not_met", "实际86.3%，未达年度指标≥90%")),
    (("满意度", "≥90%", "95%，已达标"), ("met", "实际95%，达到年度指标≥90%")),
    (("满意度", "90%-95%", "测评满意度为92%，达标"), ("met", "实际92%，达到年度指标90-95%")),
    (("作业次数", "≥20次", "18次，未达到年度目标"), ("not_met", "实际18次，未达年度指标≥20次")),
    (("办结时限", "≤5天", "3天，已达标"), ("met", "实际3天，达到年度指标≤5天")),
    # a verdict the figure contradicts: text, as before
    (("满意度", "≥90%", "95%，未达标"), ("unknown", f"实际“95%，未达标”{NOT_A_NUMBER}")),
    (("满意度", "≥90%", "86.3%，已达标"), ("unknown", f"实际“86.3%，已达标”{NOT_A_NUMBER}")),
]


@pytest.mark.parametrize(("row", "expected"), SELF_VERDICTS)
def test_self_verdict_after_figure(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_self_verdict_tracked() -> None:
    said = track_verdict("满意度", "≥90%", "≥90%", "测评满意度为86.3%，未达标", 9)
    plain = track_verdict("满意度", "≥90%", "≥90%", "86.3%", 9)
    assert (said.attainment.value, said.progress, said.explanation) == (
        "pending",
        plain.progress,
        plain.explanation,
    )


PUT_OFF = [
    (
        ("完成情况", "按期完成", "延期至2026年3月完成"),
        (
            "not_met",
            "实际“延期至2026年3月完成”，晚于截止日期2025-12-31（本年度末），未达到“按期完成”",
        ),
    ),
    (
        ("完成情况", "按时完成", "推迟到次年6月竣工"),
        (
            "not_met",
            "实际“推迟到次年6月竣工”，晚于截止日期2025-12-31（本年度末），未达到“按时完成”",
        ),
    ),
    # neighbours: a delay within the year: as before; a dated done after the
    # year's end is late too (k31c: it was met); so is a forecast after it at the year's
    # end (k32c: it was unknown, while 预计2026年3月完成 was already not met); done late with
    # no date says it was not on time (r35j: it was unknown)
    # (r35p: a delay within the year is late against the plan, as 延期完成 is; it was unknown)
    (
        ("完成情况", "按期完成", "延期至2025年11月完成"),
        ("not_met", "实际“延期至2025年11月完成”，未达到“按期完成”"),
    ),
    (("完成情况", "按期完成", "延期完成"), ("not_met", "实际“延期完成”，未达到“按期完成”")),
    (
        ("完成情况", "按期完成", "预计延期至2026年3月完成"),
        (
            "not_met",
            (
                "截止日期2025-12-31（本年度末）已到，实际“预计延期至2026年3月完成”，"
                "预计完成时间2026-03晚于截止日期，未达到“按期完成”"
            ),
        ),
    ),
    (
        ("完成情况", "按期完成", "2026年3月完成"),
        ("not_met", "实际“2026年3月完成”，晚于截止日期2025-12-31（本年度末），未达到“按期完成”"),
    ),
    (("完成情况", "按时完成", "2025年11月完成"), ("met", "实际“2025年11月完成”，已完成")),
]


@pytest.mark.parametrize(("row", "expected"), PUT_OFF)
def test_put_off_past_due(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


WHOLE_YEAR = [
    (("系统运维时长", "365天", "全年"), ("met", "实际365天，达到年度指标=365天")),
    (("运维时长", "12个月", "全年"), ("met", "实际12个月，达到年度指标=12个月")),
    (("运维时长", "≥365天", "全年正常运行"), ("met", "实际365天，达到年度指标≥365天")),
    # neighbours: another figure, a ceiling, another clause: text, as before
    (("运维时长", "300天", "全年"), ("unknown", f"实际“全年”{NOT_A_NUMBER}")),
    (("运维时长", "≤365天", "全年"), ("unknown", f"实际“全年”{NOT_A_NUMBER}")),
    (("补助月数", "12个月", "全年发放"), ("unknown", f"实际“全年发放”{NOT_A_NUMBER}")),
]


@pytest.mark.parametrize(("row", "expected"), WHOLE_YEAR)
def test_whole_year(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(("months", "expected"), [(9, "unknown"), (12, "met")])
def test_whole_year_tracked(months: int, expected: str) -> None:
    verdict = track_verdict("系统运维", "365天", "273天", "全年正常运行", months)
    assert verdict.attainment.value == expected


def _every(said: str, goal: str) -> str:
    return f"实际“{said}”，每期均已开展，达到年度指标“{goal}”"


ONCE = [
    (("群众办事跑动次数", "≤1次", "最多跑一次"), ("met", "实际1次，达到年度指标≤1次")),
    (
        ("群众办事跑动次数", "≤1次", "最多跑两次"),
        ("not_met", "实际2次已超出年度上限≤1次"),
    ),
    (("数据备份频次", "每日1次", "每天备份"), ("met", _every("每天备份", "每日1次"))),
    (("数据备份频次", "每天1次", "每日备份"), ("met", _every("每日备份", "每天1次"))),
    (("数据备份频次", "每日备份1次", "每天备份"), ("met", _every("每天备份", "每日备份1次"))),
    (("巡查频次", "每周1次", "每周巡查"), ("met", _every("每周巡查", "每周1次"))),
    (("巡河频次", "每月不少于1次", "每月均巡河"), ("met", _every("每月均巡河", "每月不少于1次"))),
    # neighbours: another count, period or work, a figure target with no period: unknown
    # as before; r37k reads the habit as a rhythm (it was "不是数值"), so says why
    (
        ("数据备份频次", "每日2次", "每天备份"),
        (
            "unknown",
            (
                "实际“每天备份”只说明每天均有开展，未给出每天次数，"
                "无法判断是否达到年度指标“每日2次”，需人工判断"
            ),
        ),
    ),
    (
        ("数据备份频次", "每日1次", "每周备份"),
        ("unknown", "年度指标“每日1次”按日计，无法与实际“每周备份”直接对照，需人工判断"),
    ),
    (("数据备份频次", "每日备份1次", "每天巡查"), ("unknown", f"实际“每天巡查”{NOT_A_NUMBER}")),
    (
        ("数据备份频次", "≥1次", "每天备份"),
        ("unknown", "实际“每天备份”按天计，无法与年度指标“≥1次”直接对照，需人工判断"),
    ),
    (("巡河频次", "每月1次", "每月计划巡河"), ("unknown", f"实际“每月计划巡河”{NOT_A_NUMBER}")),
    (
        ("检查次数", "≥4次", "计划开展检查三次"),
        ("unknown", f"实际“计划开展检查三次”{NOT_A_NUMBER}"),
    ),
]


@pytest.mark.parametrize(("row", "expected"), ONCE)
def test_once_in_words_or_habit(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


PERSON_LEFT_OUT = [
    (
        ("农村低保标准", "不低于7200元/人·年", "7560元/年"),
        ("met", "实际7560元/年，达到年度指标≥7200元/人·年"),
    ),
    (
        ("农村低保标准", "不低于7200元/人·年", "6800元/年"),
        ("not_met", "实际6800元/年，未达年度指标≥7200元/人·年"),
    ),
    (
        ("公益性岗位人员补贴标准", "1500元/人·月", "1500元/月"),
        ("met", "实际1500元/月，达到年度指标=1500元/人·月"),
    ),
    (
        ("公益性岗位人员补贴标准", "1500元/人/月", "1500元/月"),
        ("met", "实际1500元/月，达到年度指标=1500元/人/月"),
    ),
    # neighbours: another money unit, a total far off, no period: as before
    (
        ("农村低保标准", "不低于7200元/人·年", "756万元/年"),
        ("unknown", "实际756万元/年与年度指标≥7200元/人·年单位不可比"),
    ),
    (
        ("农村低保标准", "不低于7200元/人·年", "3600000元/年"),
        ("unknown", "实际3600000元/年与年度指标≥7200元/人·年单位不可比"),
    ),
    (("补助标准", "1500元/人", "1500元"), ("met", "实际1500元/人，达到年度指标=1500元/人")),
]


@pytest.mark.parametrize(("row", "expected"), PERSON_LEFT_OUT)
def test_person_left_out(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("actual", "findings"),
    [("7560元/年", set()), ("3600000元/年", {"unit-mismatch"})],
)
def test_person_left_out_findings(actual: str, findings: set[str]) -> None:
    card = self_card("农村低保标准", "不低于7200元/人·年", actual)
    said = {finding.id for finding in card.findings}
    assert said & {"unit-mismatch", "exceeds-target"} == findings


def test_person_left_out_tracked() -> None:
    verdict = track_verdict("农村低保标准", "不低于7200元/人·年", "7200元/人·年", "7560元/年", 6)
    assert (verdict.attainment.value, verdict.explanation) == (
        "met",
        "实际7560元/年，达到年度指标≥7200元/人·年",
    )
