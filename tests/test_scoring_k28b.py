"""A bare ``=`` on a name of harm is a ceiling (k28b; parse50 H2, parse51 H1).

``发放差错率 | 0.5%`` is read as ``≤0.5%``: staff leave out the ``≤``; the spec's "other
``=`` → higher is better" met 0.8 % and failed 0.3 %. The names are those
target-direction-suspect reads as better lower (a harm at the end and what counts it);
a harm handled or a measure after the harm word stays higher is better.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

CASES = [
    # the harm named at the end: lower is better
    (("发放差错率", "0.5%", "0.8%"), ("not_met", "实际0.8%，超出年度指标=0.5%")),
    (("发放差错率", "0.5%", "0.3%"), ("met", "实际0.3%，达到年度指标=0.5%")),
    (("投诉率", "1%", "0.5%"), ("met", "实际0.5%，达到年度指标=1%")),
    (("有效投诉次数", "3件", "1件"), ("met", "实际1件，达到年度指标=3件")),
    (("安全事故", "1起", "0起"), ("met", "实际0起，达到年度指标=1起")),
    (("食品抽检不合格率", "2%", "1%"), ("met", "实际1%，达到年度指标=2%")),
    (("样本流失率", "3%", "2%"), ("met", "实际2%，达到年度指标=3%")),
    (("错保率", "1%", "0.6%"), ("met", "实际0.6%，达到年度指标=1%")),
    (("辅具返修率", "5%", "3%"), ("met", "实际3%，达到年度指标=5%")),
    (("入户调查拒访率", "5%", "6%"), ("not_met", "实际6%，超出年度指标=5%")),
    # controls: handled harm, or a measure after the harm word, stays higher is better
    (("投诉处理率", "95%", "98%"), ("met", "实际98%，达到年度指标=95%")),
    (("12345热线投诉满意度", "90%", "95%"), ("met", "实际95%，达到年度指标=90%")),
    (("安全事故应急演练次数", "2次", "3次"), ("met", "实际3次，达到年度指标=2次")),
    (("差错纠正率", "95%", "90%"), ("not_met", "实际90%，未达年度指标=95%")),
]


@pytest.mark.parametrize(("row", "expected"), CASES)
def test_equal_on_harm_is_a_ceiling(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_equal_on_harm_tracked() -> None:
    verdict = track_verdict("发放差错率", "0.5%", "0.5%", "0.3%")
    assert (verdict.attainment.value, verdict.progress.value) == ("met", "on_track")
    assert verdict.direction.value == "lower"
