"""r105fix: the regress105 WORSE items of the k26c merge.

W1. Persons dealt with count only for a disciplinary outcome after 被 (通报批评, 问责, 处分,
    约谈…): a commendation or a posting (被通报表扬, 被表彰, 被评为优秀, 被抽调) against a
    ceiling in 人 is the old unknown, "不是数值", never a violation.
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
            ("not_met", "实际1人已超出年度上限=0人，无法挽回"),
            id="control-criticised",
        ),
        pytest.param(
            "违纪违规人数",
            "0人",
            "1名驻村队员被约谈",
            ("not_met", "实际1人已超出年度上限=0人，无法挽回"),
            id="control-summoned",
        ),
        pytest.param(
            "违纪违规人数",
            "0人",
            "2名干部被给予党纪处分",
            ("not_met", "实际2人已超出年度上限=0人，无法挽回"),
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
