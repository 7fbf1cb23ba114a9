"""An accuracy rate answered in words that say all of it was accurate (k28f).

``准确无误``, ``无差错``, ``精准``, ``发放准确`` against ``100%`` or ``≥98%`` on a
``抚恤金发放准确率`` say every payment was accurate: 100%, met, as ``及时发放`` is on a
``发放及时率``; ``基本准确`` is partial. A negation (``不准确``), an error said
(``个别差错``), a clause, or a ceiling stay unknown.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading

RATE = "抚恤金发放准确率"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            (RATE, "100%", "准确无误"),
            ("met", "实际“准确无误”，即全部准确完成，视为100%，达到年度指标=100%"),
        ),
        (
            (RATE, "100%", "无差错"),
            ("met", "实际“无差错”，即全部准确完成，视为100%，达到年度指标=100%"),
        ),
        (
            (RATE, "≥98%", "精准"),
            ("met", "实际“精准”，即全部准确完成，视为100%，达到年度指标≥98%"),
        ),
        (
            (RATE, "100%", "发放准确"),
            ("met", "实际“发放准确”，即全部准确完成，视为100%，达到年度指标=100%"),
        ),
        (
            ("数据录入正确率", "100%", "准确"),
            ("met", "实际“准确”，即全部准确完成，视为100%，达到年度指标=100%"),
        ),
        (
            (RATE, "100%", "基本准确"),
            ("partial", "实际“基本准确”，未全部准确完成，部分达到年度指标=100%"),
        ),
        (
            (RATE, "100%", "基本无差错"),
            ("partial", "实际“基本无差错”，未全部准确完成，部分达到年度指标=100%"),
        ),
        # controls: no reading of the whole
        ((RATE, "100%", "不准确"), ("unknown", "实际“不准确”不是数值，无法与年度指标比较")),
        (
            (RATE, "100%", "个别差错"),
            ("unknown", "实际“个别差错”不是数值，无法与年度指标比较"),
        ),
        (
            (RATE, "100%", "无差错，个别延迟"),
            ("unknown", "实际“无差错，个别延迟”不是数值，无法与年度指标比较"),
        ),
        ((RATE, "≤5%", "准确"), ("unknown", "实际“准确”不是数值，无法与年度指标比较")),
        (
            ("资金到位率", "≥90%", "准确"),
            ("unknown", "实际“准确”不是数值，无法与年度指标比较"),
        ),
    ],
)
def test_accuracy_rate_in_words(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
