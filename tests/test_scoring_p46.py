"""parse46 (p46): verdicts of self-evaluation and tracking rows.

H5: a survey and its satisfied (``发放问卷1,200份，满意1,058份``) is the share of the
satisfied with thousands separators, with a survey labelled ``抽样问卷`` or a bare ``问卷``,
and with ``满意和基本满意``, as ``发放问卷1200份，满意1058份`` is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack import score
from probe_tables import self_card
from scoring_builders import YEAR, indicator, tracking_table

# H5, 2025 自评表 (weight 2): name | target | actual | attainment, explanation, points
SURVEY_PAIRS = [
    pytest.param(
        ("受益群众满意度", "≥90%", "发放问卷1,200份，满意1,058份"),
        (
            "not_met",
            "实际发放问卷1,200份，满意1,058份（按比例计为88.17%），未达年度指标≥90%",
            Decimal("1.96"),
        ),
        id="grouped-thousands",
    ),
    pytest.param(
        ("受益群众满意度", "≥90%", "问卷1,200份，满意1,058份"),
        (
            "not_met",
            "实际问卷1,200份，满意1,058份（按比例计为88.17%），未达年度指标≥90%",
            Decimal("1.96"),
        ),
        id="bare-survey",
    ),
    pytest.param(
        ("消费者满意度", "≥90%", "抽样问卷1200份，满意1058份"),
        (
            "not_met",
            "实际抽样问卷1200份，满意1058份（按比例计为88.17%），未达年度指标≥90%",
            Decimal("1.96"),
        ),
        id="sampled-survey",
    ),
    pytest.param(
        ("受益群众满意度", "≥95%", "发放问卷1,200份，满意和基本满意1,158份"),
        (
            "met",
            "实际发放问卷1,200份，满意和基本满意1,158份（按比例计为96.5%），达到年度指标≥95%",
            Decimal("2.00"),
        ),
        id="satisfied-and-fairly",
    ),
    pytest.param(
        ("受益群众满意度", "≥90%", "发放问卷1200份，满意1058份"),
        (
            "not_met",
            "实际发放问卷1200份，满意1058份（按比例计为88.17%），未达年度指标≥90%",
            Decimal("1.96"),
        ),
        id="control-plain",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SURVEY_PAIRS)
def test_survey_pairs(row: tuple[str, str, str], expected: tuple[str, str, Decimal]) -> None:
    card = self_card(*row)
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation, card.points.items[0].points) == expected


def test_survey_pair_tracking() -> None:
    row = indicator(
        name="参训学员满意度",
        target="≥95%",
        planned="≥95%",
        actual="抽样问卷1,200份，满意1,158份",
        level2="满意度指标",
    )
    got = score(tracking_table([row], period=(YEAR, 1, YEAR, 9))).verdicts[0]
    assert (got.attainment.value, got.progress.value) == ("met", "on_track"), got.explanation
