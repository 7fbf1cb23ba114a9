"""Progress of 跟踪表 rows against words of pace (k30k; parse55 H2, H8, M1, M4).

H2: a figure with a done verb (``完成1公里``, ``已拨付30万元``) is a figure to compare, not
"the work is done": the done status of the whole work comes only from a cell saying so
(``已完成``, ``全部完成``). ``按序时推进`` (序时进度 with 进度 left out) is the time
progress's share of the year's target, as ``按序时进度推进`` was: 11.25公里 of 15公里 at
September. A plan of pace words with no figure (``按计划推进``) stays unknown against a
figure.

Each row: months tracked, ``name|target|plan|actual`` (as /tmp/tv.py takes it), then the
attainment, the progress and the explanation expected.
"""

from __future__ import annotations

import pytest

from probe_tables import track_verdict

Row = tuple[int, str, str, str, str]

FIGURES_DONE: list[Row] = [
    # the figure is compared, whatever verb goes before it
    (
        9,
        "道路硬化里程|15公里|按序时推进|完成1公里",
        "pending",
        "behind",
        "实际1公里，未达年度指标=15公里，距年底尚有时间；实际1公里落后于计划11.25公里",
    ),
    (
        9,
        "道路硬化里程|15公里|按序时推进|完成11公里",
        "pending",
        "behind",
        "实际11公里，未达年度指标=15公里，距年底尚有时间；实际11公里落后于计划11.25公里",
    ),
    (
        9,
        "道路硬化里程|15公里|按序时推进|完成12公里",
        "pending",
        "on_track",
        "实际12公里，未达年度指标=15公里，距年底尚有时间",
    ),
    (
        9,
        "道路硬化里程|15公里|序时推进|1公里",
        "pending",
        "behind",
        "实际1公里，未达年度指标=15公里，距年底尚有时间；实际1公里落后于计划11.25公里",
    ),
    (
        6,
        "培训人次|≥2000人次|按序时推进|800人次",
        "pending",
        "behind",
        "实际800人次，未达年度指标≥2000人次，距年底尚有时间；实际800人次落后于计划1000人次",
    ),
    (
        6,
        "培训人次|≥2000人次|按序时推进|1000人次",
        "pending",
        "on_track",
        "实际1000人次，未达年度指标≥2000人次，距年底尚有时间",
    ),
    # a plan of pace words with no figure: no share of the year to compare with
    (
        9,
        "培训人次|≥2000人次|按计划推进|完成100人次",
        "pending",
        "unknown",
        "实际100人次，未达年度指标≥2000人次，距年底尚有时间",
    ),
    (
        9,
        "培训人次|≥2000人次|有序推进|完成100人次",
        "pending",
        "unknown",
        "实际100人次，未达年度指标≥2000人次，距年底尚有时间",
    ),
    (
        9,
        "培训人次|≥2000人次|正常推进|已完成100人次",
        "pending",
        "unknown",
        "实际100人次，未达年度指标≥2000人次，距年底尚有时间",
    ),
    # an amount paid against a rate: not comparable, never on track
    (
        6,
        "资金拨付率|100%|50%|已拨付30万元",
        "unknown",
        "unknown",
        "实际30万元与年度指标=100%单位不可比",
    ),
    # neighbours unchanged
    (
        9,
        "道路硬化里程|15公里|按序时进度推进|完成1公里",
        "pending",
        "behind",
        "实际1公里，未达年度指标=15公里，距年底尚有时间；实际1公里落后于计划11.25公里",
    ),
    (
        9,
        "培训人次|≥2000人次|按计划推进|100人次",
        "pending",
        "unknown",
        "实际100人次，未达年度指标≥2000人次，距年底尚有时间",
    ),
    (
        9,
        "资金拨付率|100%|50%|拨付30万元",
        "unknown",
        "unknown",
        "实际30万元与年度指标=100%单位不可比",
    ),
    (
        9,
        "道路硬化里程|15公里|按计划推进|完成15公里",
        "met",
        "on_track",
        "实际15公里，达到年度指标=15公里",
    ),
    (9, "道路硬化里程|15公里|按计划推进|全部完成", "met", "on_track", "实际“全部完成”，已完成"),
    (9, "道路硬化里程|15公里|按计划推进|已完成", "met", "on_track", "实际“已完成”，已完成"),
    (9, "道路硬化里程|15公里|按计划推进|已完成100%", "met", "on_track", "实际“已完成100%”，已完成"),
    (
        9,
        "培训人次|≥2000人次|1500人次|完成1600人次",
        "pending",
        "on_track",
        "实际1600人次，未达年度指标≥2000人次，距年底尚有时间",
    ),
    (
        9,
        "培训人次|≥2000人次|1500人次|完成1400人次",
        "pending",
        "behind",
        "实际1400人次，未达年度指标≥2000人次，距年底尚有时间；实际1400人次落后于计划1500人次",
    ),
]


def _check(row: Row) -> None:
    months, cells, attainment, progress, explanation = row
    name, target, plan, actual = cells.split("|")
    verdict = track_verdict(name, target, plan, actual, months)
    assert verdict.progress is not None
    got = (verdict.attainment.value, verdict.progress.value, verdict.explanation)
    assert got == (attainment, progress, explanation)


@pytest.mark.parametrize("row", FIGURES_DONE, ids=[row[1] for row in FIGURES_DONE])
def test_figure_done_is_compared(row: Row) -> None:
    _check(row)
