"""A count out of the planned whole against a count target (k28h, parse51).

``185户/200户`` (or ``185/200户``, ``完成185户/200户``) against ``≥200户`` is 185户 done of
the 200 planned: not met, where it was text and unknown. No measure word (``1/3`` may
be a ratio, ``12/31`` a date), a whole other than the target's, another measure word, a bare
``185/200`` against a ceiling and a % target (a share) are not read this way (r35p: a
ceiling's figure out of it, ``480万元/500万元`` against ``≤500万元``, is read; see
test_value_rules_r35p).
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("入户走访户数", "≥200户", "185户/200户"),
            ("not_met", "实际185户（“185户/200户”中已完成的数），未达年度指标≥200户"),
        ),
        (
            ("入户走访户数", "≥200户", "185/200户"),
            ("not_met", "实际185户（“185/200户”中已完成的数），未达年度指标≥200户"),
        ),
        (
            ("入户走访户数", "200户", "完成200户/200户"),
            ("met", "实际200户（“完成200户/200户”中已完成的数），达到年度指标=200户"),
        ),
        # controls: no measure word (a ratio or a date may be written so), another whole,
        # another measure word, a ceiling, a share
        (
            ("入户走访户数", "≥200户", "185/200"),
            ("unknown", "实际“185/200”不是数值，无法与年度指标比较"),
        ),
        (
            ("入户走访户数", "≥200户", "185/210"),
            ("unknown", "实际“185/210”不是数值，无法与年度指标比较"),
        ),
        (
            ("入户走访户数", "≥200户", "185人/200人"),
            ("unknown", "实际“185人/200人”不是数值，无法与年度指标比较"),
        ),
        (
            ("入户走访户数", "≤200户", "185/200"),
            ("unknown", "实际“185/200”不是数值，无法与年度指标比较"),
        ),
        (
            ("培训覆盖率", "≥90%", "185/200"),
            ("met", "实际185/200（按比例计为92.5%），达到年度指标≥90%"),
        ),
    ],
)
def test_done_of_planned(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
