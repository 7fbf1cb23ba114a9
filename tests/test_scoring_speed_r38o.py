"""Scoring cut of r38o: the same scorecards, scored with fewer calls (scoring speed).

r38o, without changing any output: a row's progress reads its plan and its actual as
the target reads them (``_measured``); when the two cells hold one parsed object (准确
and 准确, 600人 and 600人: the parser's cache gives one object for one text) the actual's
reading is the plan's, not worked out again.

The call-count case fails on the code before the cut; the equivalence case compares the
shortcut with the path it skips (the actual a copy of the plan, not the same object);
the output cases pin what both must give.
"""

from __future__ import annotations

import collections
from typing import Any

import attrs
import pytest

import perftrack
from perftrack.scoring import _progress

HEAD = (
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
)

# (row, whether plan and actual are one object, attainment, progress, explanation)
CASES: list[tuple[str, bool, str, str, str]] = [
    (
        "效益指标\t社会效益指标\t资金发放准确性\t准确\t准确\t准确\t",
        True,
        "met",
        "on_track",
        "实际“准确”，达到“准确”",
    ),
    (
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t90%\t90%\t",
        True,
        "met",
        "on_track",
        "实际90%，达到年度指标≥90%",
    ),
    (
        "产出指标\t数量指标\t培训人数\t≥1200人\t600人\t600人\t",
        True,
        "pending",
        "on_track",
        "实际600人，未达年度指标≥1200人，距年底尚有时间",
    ),
    (
        "产出指标\t数量指标\t培训人数\t≥1200人\t600人\t500人\t",
        False,
        "pending",
        "behind",
        "实际500人，未达年度指标≥1200人，距年底尚有时间；实际500人落后于计划600人",
    ),
    (
        "产出指标\t质量指标\t合格率\t≥95%\t0.95\t95%\t",
        False,
        "met",
        "on_track",
        "实际95%，达到年度指标≥95%",
    ),
    (
        "产出指标\t质量指标\t合格率\t提高5%\t由80%提高至90%\t由80%提高至90%\t",
        True,
        "met",
        "on_track",
        "实际由80%提高至90%（按相对变化提高12.5%，按百分点提高10个百分点），达到年度指标提高5%",
    ),
    (
        "产出指标\t时效指标\t完成时间\t2024年12月前\t推进中\t推进中\t",
        True,
        "pending",
        "on_track",
        "实际“推进中”，截止日期2024-12-31未到",
    ),
]


def _table(row: str) -> perftrack.Table:
    text = "".join(line + "\n" for line in (*HEAD, row))
    return perftrack.read_text(text, name="t.tsv")[0]


def _copied_actual(table: perftrack.Table) -> perftrack.Table:
    """*table* with each actual a copy of itself: equal, never the plan's object."""
    rows = tuple(
        attrs.evolve(row, actual=attrs.evolve(row.actual)) if attrs.has(type(row.actual)) else row
        for row in table.indicators
    )
    return attrs.evolve(table, indicators=rows)


@pytest.mark.parametrize(("row", "same", "attainment", "progress", "explanation"), CASES)
def test_progress_output(
    row: str,
    same: bool,  # noqa: FBT001
    attainment: str,
    progress: str,
    explanation: str,
) -> None:
    table = _table(row)
    indicator = table.indicators[0]
    assert (indicator.planned is indicator.actual) is same
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        attainment,
        progress,
        explanation,
    )


@pytest.mark.parametrize("case", CASES, ids=[case[0].split("\t")[2] for case in CASES])
def test_shortcut_matches_the_path_it_skips(case: tuple[str, bool, str, str, str]) -> None:
    table = _table(case[0])
    copied = _copied_actual(table)
    assert copied.indicators[0].actual is not copied.indicators[0].planned
    assert copied.indicators[0].actual.text == table.indicators[0].actual.text  # type: ignore[union-attr]
    assert perftrack.to_json(perftrack.score(copied)) == perftrack.to_json(perftrack.score(table))


@pytest.mark.parametrize(
    ("row", "calls"),
    [
        ("效益指标\t社会效益指标\t资金发放准确性\t准确\t准确\t准确\t", 1),  # before: 2
        ("产出指标\t数量指标\t培训人数\t≥1200人\t600人\t600人\t", 1),  # before: 2
        ("产出指标\t数量指标\t培训人数\t≥1200人\t600人\t500人\t", 2),  # two objects: both
    ],
)
def test_measured_once_for_one_object(
    monkeypatch: pytest.MonkeyPatch, row: str, calls: int
) -> None:
    table = _table(row)
    counts: collections.Counter[str] = collections.Counter()
    measured = _progress._measured

    def counting(*args: Any, **kwargs: Any) -> Any:
        counts["_measured"] += 1
        return measured(*args, **kwargs)

    monkeypatch.setattr(_progress, "_measured", counting)
    perftrack.score(table)
    assert counts["_measured"] == calls
