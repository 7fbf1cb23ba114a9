"""r105fix: the regress105 WORSE items of the k26c merge.

W1. Persons dealt with count only for a disciplinary outcome after 被 (通报批评, 问责, 处分,
    约谈…): a commendation or a posting (被通报表扬, 被表彰, 被评为优秀, 被抽调) against a
    ceiling in 人 is the old unknown, "不是数值", never a violation.
W2. A level against a change is the change when the cell states it: a note giving the change in
    the target's unit (``提高至800元/人（提高200元/人）``) is judged; a figure said to be the raise
    itself (``达到200元/人的提高标准``) is read as before; ``已提高至800元/人`` alone stays unknown.
W3. A traffic accident against a zero ceiling of accidents (安全生产事故) is another event only
    when the cell says it is no production accident (非生产经营性, 非生产安全, 非责任):
    ``发生道路交通事故1起（营运车辆）`` breaks the ceiling, not_met, as before k26c.
Also: a fire whose note gives a grade below the row's (``发生火灾1起（一般）`` on 较大及以上森林火灾)
    is none of the row's, met; the row's grade or above in the note still breaks the ceiling.
W4. A count cleared with a remainder said (``已消除3处（剩余1处）``) against 动态清零 is not_met:
    something is still left.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


def _no_number(actual: str) -> tuple[str, str]:
    return ("unknown", f"实际“{actual}”不是数值，无法与年度指标比较")


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "违纪违规人数",
            "0人",
            "1名驻村队员被通报表扬",
            _no_number("1名驻村队员被通报表扬"),
            id="praised",
        ),
        pytest.param(
            "违纪违规人数",
            "0人",
            "1名驻村队员被表彰",
            _no_number("1名驻村队员被表彰"),
            id="commended",
        ),
        pytest.param(
            "驻村工作队违纪",
            "0人",
            "1名驻村队员被评为优秀队员",
            _no_number("1名驻村队员被评为优秀队员"),
            id="rated-excellent",
        ),
        pytest.param(
            "违纪违规人数",
            "0人",
            "1名驻村队员被抽调回原单位",
            _no_number("1名驻村队员被抽调回原单位"),
            id="posted-back",
        ),
        pytest.param(
            "违纪违规人数",
            "≤1人",
            "2名驻村队员被评为优秀",
            _no_number("2名驻村队员被评为优秀"),
            id="rated-excellent-under-ceiling",
        ),
        pytest.param(
            "违纪违规人数",
            "0人",
            "1名驻村队员被通报批评",
            ("not_met", "实际1人已超出年度上限=0人"),
            id="control-criticised",
        ),
        pytest.param(
            "违纪违规人数",
            "0人",
            "1名驻村队员被约谈",
            ("not_met", "实际1人已超出年度上限=0人"),
            id="control-summoned",
        ),
        pytest.param(
            "违纪违规人数",
            "0人",
            "2名干部被给予党纪处分",
            ("not_met", "实际2人已超出年度上限=0人"),
            id="control-party-sanction",
        ),
        pytest.param(
            "违纪违规人数",
            "0人",
            "1名队员获通报表扬",
            _no_number("1名队员获通报表扬"),
            id="control-praised-without-passive",
        ),
    ],
)
def test_persons_dealt_with_disciplinary_only(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


def _other_event(actual: str, name: str) -> tuple[str, str]:
    return (
        "unknown",
        f"实际“{actual}”计的是“交通事故”，不是指标“{name}”所计事件的数，是否达到年度指标=0起需人工判断",
    )


BROKEN = ("not_met", "实际1起已超出年度上限=0起")


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param(
            "安全生产事故发生次数",
            "发生道路交通事故1起（营运车辆）",
            BROKEN,
            id="operating-vehicle",
        ),
        pytest.param(
            "安全生产事故发生次数", "发生道路交通事故1起", BROKEN, id="traffic-unqualified"
        ),
        pytest.param(
            "安全生产事故",
            "发生交通事故1起（非生产经营性）",
            _other_event("发生交通事故1起（非生产经营性）", "安全生产事故"),
            id="control-not-operating",
        ),
        pytest.param(
            "安全生产事故",
            "发生交通事故1起（非生产安全事故）",
            _other_event("发生交通事故1起（非生产安全事故）", "安全生产事故"),
            id="control-not-production",
        ),
        pytest.param(
            "较大及以上森林火灾发生次数",
            "发生交通事故1起",
            _other_event("发生交通事故1起", "较大及以上森林火灾发生次数"),
            id="control-fire-row",
        ),
    ],
)
def test_traffic_accident_on_production_safety(
    name: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, "0起", actual) == expected


def _cleared_work(actual: str) -> tuple[str, str]:
    return (
        "unknown",
        f"实际“{actual}”为消除或整改的数量，不是发生数，是否达到“动态清零”需人工判断",
    )


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "已消除3处（剩余1处）",
            ("not_met", "实际“已消除3处（剩余1处）”，仍有1处未完成，未达到“动态清零”"),
            id="remainder-in-note",
        ),
        pytest.param(
            "已化解3件（还有1件）",
            ("not_met", "实际“已化解3件（还有1件）”，仍有1件未完成，未达到“动态清零”"),
            id="remainder-other-words",
        ),
        pytest.param(
            "已消除3处（剩余0处）", _cleared_work("已消除3处（剩余0处）"), id="control-none-left"
        ),
        pytest.param("基本消除3处", _cleared_work("基本消除3处"), id="control-mostly-cleared"),
        pytest.param(
            "已消除3处", ("met", "实际“已消除3处”，达到“动态清零”"), id="control-all-cleared"
        ),
    ],
)
def test_cleared_with_remainder(actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("隐患整改", "动态清零", actual) == expected


RAISE = "提高200元/人"


def _level(actual: str) -> tuple[str, str]:
    return (
        "unknown",
        f"实际“{actual}”为水平值，非变化量，不能与年度指标{RAISE}比较，需人工判断",
    )


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "提高至800元/人（提高200元/人）",
            ("met", "实际提高至800元/人（提高200元/人），达到年度指标提高200元/人"),
            id="change-in-note",
        ),
        pytest.param(
            "提高至800元/人（提高100元/人）",
            ("not_met", "实际提高至800元/人（提高100元/人），未达年度指标提高200元/人"),
            id="short-change-in-note",
        ),
        pytest.param(
            "达到200元/人的提高标准",
            ("met", "实际200元/人，达到年度指标提高200元/人"),
            id="raise-standard",
        ),
        pytest.param("已提高至800元/人", _level("已提高至800元/人"), id="control-level-alone"),
        pytest.param(
            "提高至800元/人（提高20%）",
            _level("提高至800元/人（提高20%）"),
            id="control-note-in-other-unit",
        ),
    ],
)
def test_change_said_beside_level(actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("补助标准提高", RAISE, actual) == expected


FIRE = "较大及以上森林火灾发生次数"


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param(
            FIRE,
            "发生火灾1起（一般）",
            (
                "met",
                "实际“发生火灾1起（一般）”注明的等级低于指标“较大及以上森林火灾发生次数”所计等级，达到年度指标=0起",
            ),
            id="lesser-grade-in-note",
        ),
        pytest.param(
            "重大森林火灾发生次数",
            "发生火灾1起（较大）",
            (
                "met",
                "实际“发生火灾1起（较大）”注明的等级低于指标“重大森林火灾发生次数”所计等级，达到年度指标=0起",
            ),
            id="lesser-grade-on-major-row",
        ),
        pytest.param(FIRE, "发生火灾1起（较大）", BROKEN, id="control-row-grade-in-note"),
        pytest.param(FIRE, "发生火灾1起（重大）", BROKEN, id="control-higher-grade-in-note"),
        pytest.param("森林火灾发生次数", "发生火灾1起（一般）", BROKEN, id="control-ungraded-row"),
    ],
)
def test_lesser_grade_in_note(name: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading(name, "0起", actual) == expected
