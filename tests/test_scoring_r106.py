"""Regress106: the progress of a lesser-grade fire, and praise or a posting on a 0人 row.

W2. A fire whose note gives a grade below the row's (``发生火灾1起（一般）`` on 较大及以上火灾事故)
    is met (regress105); the progress of a 跟踪表 reads the cell the same way: none of the
    row's grade, on track against a plan of 0起, and no deviation findings.
Open. Praise or a posting (``1名干部被表彰``, ``被表彰1人``, ``1名干部被抽调``) on a row of
    persons dealt with for a breach against 0人 is no violator: unknown, not not_met; a
    disciplinary outcome (被约谈, 被处分, 被通报批评) still breaks the ceiling.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_reading, track_table

FIRE = "较大及以上火灾事故"
DEVIATION = frozenset({"missing-deviation-reason", "judgement-optimistic"})


def _tracked(name: str, actual: str) -> tuple[str, str, tuple[str, ...]]:
    """Attainment, progress and deviation findings of one row of the probe 跟踪表."""
    table = track_table((name, "0起", "0起", actual))
    card = perftrack.score(table)
    found = tuple(sorted(f.id for f in card.findings if f.id in DEVIATION))
    return card.verdicts[0].attainment.value, card.verdicts[0].progress.value, found


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param(FIRE, "发生火灾1起（一般）", ("met", "on_track", ()), id="lesser-grade"),
        pytest.param(
            "重大火灾事故", "发生火灾1起（较大）", ("met", "on_track", ()), id="lesser-on-major"
        ),
        pytest.param(
            FIRE,
            "发生火灾1起（较大）",
            ("not_met", "behind", ("judgement-optimistic", "missing-deviation-reason")),
            id="control-row-grade",
        ),
        pytest.param(FIRE, "未发生火灾", ("met", "on_track", ()), id="control-none"),
    ],
)
def test_lesser_grade_progress(
    name: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert _tracked(name, actual) == expected


def _said(
    actual: str, what: str, name: str = "违纪违规人数", passive: str = "被"
) -> tuple[str, str]:
    """Unknown: 被 (or a verb of praise) says no disciplinary outcome of the persons counted."""
    text = (
        f"实际“{actual}”说的是“{passive}{what}”，不是违纪违规处理，不计入指标“{name}”，"
        "是否达到年度指标=0人需人工判断"
    )
    return "unknown", text


BROKEN = ("not_met", "实际1人已超出年度上限=0人")


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param("违纪违规人数", "1名干部被表彰", _said("1名干部被表彰", "表彰"), id="praised"),
        pytest.param(
            "违纪违法人数",
            "被表彰1人",
            _said("被表彰1人", "表彰", "违纪违法人数"),
            id="praised-label",
        ),
        pytest.param("违纪违规人数", "1名干部被抽调", _said("1名干部被抽调", "抽调"), id="posted"),
        pytest.param(
            "违纪违规人数", "1名干部被调任", _said("1名干部被调任", "调任"), id="transferred"
        ),
        pytest.param(
            "违纪违规人数",
            "被调任",
            ("unknown", "实际“被调任”不是数值，无法与年度指标比较"),
            id="posting-no-count",
        ),
        pytest.param(
            "违纪违规人数",
            "1名干部被约谈",
            ("not_met", "实际1名干部被约谈已超出年度上限=0人"),
            id="control-interviewed",
        ),
        # praise said actively, before the persons (表扬1名驻村队员)
        pytest.param(
            "违纪违规人数",
            "表扬1名驻村队员",
            _said("表扬1名驻村队员", "表扬", passive=""),
            id="praise-active",
        ),
        pytest.param(
            "违纪人数",
            "表彰2名干部",
            _said("表彰2名干部", "表彰", "违纪人数", ""),
            id="honour-active",
        ),
        pytest.param(
            "违纪违规人数",
            "处分1名驻村队员",
            ("not_met", "实际1名驻村队员已超出年度上限=0人"),
            id="control-punished-active",
        ),
        pytest.param("违纪违规人数", "被通报批评1人", BROKEN, id="control-criticised"),
        pytest.param("违纪违规人数", "被处分1人", BROKEN, id="control-punished"),
        pytest.param("受伤人数", "被困1人", BROKEN, id="control-other-row"),
    ],
)
def test_praise_or_posting_not_counted(name: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading(name, "0人", actual) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param("1名干部被表彰", "unknown", id="praised"),
        pytest.param("1名干部被约谈", "behind", id="control-interviewed"),
    ],
)
def test_praise_progress(actual: str, expected: str) -> None:
    table = track_table(("违纪违规人数", "0人", "0人", actual))
    assert perftrack.score(table).verdicts[0].progress.value == expected
