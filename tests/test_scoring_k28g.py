"""Counts of complaints and errors against a zero ceiling (k28g, parse51).

A clause that narrows the count before it (``接到投诉5次，经核实有效投诉2次``, ``其中…``)
gives the narrower count, never the sum of both (7次 was read); ``无差错`` and
``准确无误``, accuracy words, on a name counting errors are none of them (0次), as
``零差错`` is.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("投诉次数", "0次", "接到投诉5次，经核实有效投诉2次"),
            (
                "not_met",
                ("实际2次（“接到投诉5次，经核实有效投诉2次”中指标名称所指的数）已超出年度上限=0次"),
            ),
        ),
        (
            ("有效投诉次数", "0次", "接到投诉5次，经核实有效投诉2次"),
            (
                "not_met",
                ("实际2次（“接到投诉5次，经核实有效投诉2次”中指标名称所指的数）已超出年度上限=0次"),
            ),
        ),
        (
            ("有效投诉次数", "0次", "接到投诉5次，经核实无有效投诉"),
            (
                "met",
                "实际0次（“接到投诉5次，经核实无有效投诉”中指标名称所指的数），达到年度指标=0次",
            ),
        ),
        (
            ("安全事故", "0起", "发生事故1起，经认定为一般事故1起"),
            (
                "not_met",
                (
                    "实际1起（“发生事故1起，经认定为一般事故1起”中指标名称所指的数）"
                    "已超出年度上限=0起"
                ),
            ),
        ),
    ],
)
def test_narrowed_count(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("发放差错次数", "0次", "无差错"), ("met", "实际0次，达到年度指标=0次")),
        (("发放差错次数", "0次", "准确无误"), ("met", "实际0次，达到年度指标=0次")),
        (("数据差错率", "≤1%", "无差错"), ("met", "实际0%，达到年度指标≤1%")),
        (("发放差错次数", "0次", "零差错"), ("met", "实际0次，达到年度指标=0次")),
        # controls: a part said, and an accuracy rate (no count of errors)
        (
            ("发放差错次数", "0次", "基本无差错"),
            ("unknown", "实际“基本无差错”不是数值，无法与年度指标比较"),
        ),
        (
            ("发放准确率", "100%", "无差错"),
            ("met", "实际“无差错”，即全部准确完成，视为100%，达到年度指标=100%"),
        ),
    ],
)
def test_no_error_is_none(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
