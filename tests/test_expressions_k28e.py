"""A family word with the verb of its work before or after it (k28e).

``发放准确``, ``救助及时``, ``使用规范`` (the verb before the word) and ``及时公布``,
``及时整改`` (after it) are the accuracy, timeliness and conformity words, as ``及时发放``
was; ``发放不及时``, ``使用不规范`` are the word negated, as ``不及时`` is. A verb alone, a
verb with a status or a state under way, and a negation before the verb stay what they were.
"""

from __future__ import annotations

import pytest

from perftrack.expressions import (
    QualitativeTarget,
    QualitativeValue,
    Status,
    StatusValue,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from probe_tables import self_reading

VALUES = [
    pytest.param("发放准确", QualitativeValue("准确", "accuracy"), id="verb-before-accuracy"),
    pytest.param("救助及时", QualitativeValue("及时", "timeliness"), id="verb-before-timely"),
    pytest.param("使用规范", QualitativeValue("规范", "conformity"), id="verb-before-conform"),
    pytest.param("处理及时", QualitativeValue("及时", "timeliness"), id="handled-in-time"),
    pytest.param("及时公布", QualitativeValue("及时", "timeliness"), id="verb-after-publish"),
    pytest.param("及时整改", QualitativeValue("及时", "timeliness"), id="verb-after-rectify"),
    pytest.param("及时救助", QualitativeValue("及时", "timeliness"), id="verb-after-relief"),
    pytest.param("发放准确无误", QualitativeValue("准确", "accuracy"), id="verb-word-and-no-error"),
    pytest.param(
        "发放不及时",
        QualitativeValue("及时", "timeliness", negation="不"),
        id="verb-negated-timely",
    ),
    pytest.param(
        "使用不规范",
        QualitativeValue("规范", "conformity", negation="不"),
        id="verb-negated-conform",
    ),
    pytest.param(
        "报送不准确",
        QualitativeValue("准确", "accuracy", negation="不"),
        id="verb-negated-accuracy",
    ),
    # controls: as before
    pytest.param("及时发放", QualitativeValue("及时", "timeliness"), id="word-verb-as-before"),
    pytest.param("不及时", QualitativeValue("及时", "timeliness", negation="不"), id="bare-not"),
    pytest.param("处理中", TextValue("处理中"), id="under-way-is-text"),
    pytest.param("使用率", TextValue("使用率"), id="verb-and-rate-is-text"),
    pytest.param("发放", TextValue("发放"), id="verb-alone-is-text"),
    pytest.param("不规范使用", TextValue("不规范使用"), id="negation-before-verb-is-text"),
    pytest.param("已发放", StatusValue(Status.DONE, word="已发放"), id="status-first"),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_work_verb_around_word(text: str, expected: Value) -> None:
    value = parse_value(text)
    assert value == expected
    assert parse_value(str(value)) == value  # the round trip of §4


def test_work_verb_in_target() -> None:
    assert parse_target("救助及时") == QualitativeTarget("及时", "timeliness")
    assert parse_target("使用规范") == QualitativeTarget("规范", "conformity")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("信息公开及时性", "及时", "及时公布"), ("met", "实际“及时公布”，达到“及时”")),
        (("救助及时性", "及时", "救助及时"), ("met", "实际“救助及时”，达到“及时”")),
        (("资金使用规范性", "规范", "使用规范"), ("met", "实际“使用规范”，达到“规范”")),
        (
            ("资金使用规范性", "规范", "使用不规范"),
            ("not_met", "实际“使用不规范”，未达到“规范”"),
        ),
        (
            ("补助发放及时性", "及时", "发放不及时"),
            ("not_met", "实际“发放不及时”，未达到“及时”"),
        ),
    ],
)
def test_work_verb_scored(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
