"""Progress of 跟踪表 rows against words of pace (k30k; parse55 H2, H8, M1, M4).

H2: a figure with a done verb (``完成1公里``, ``已拨付30万元``) is a figure to compare, not
"the work is done": the done status of the whole work comes only from a cell saying so
(``已完成``, ``全部完成``). ``按序时推进`` (序时进度 with 进度 left out) is the time
progress's share of the year's target, as ``按序时进度推进`` was: 11.25公里 of 15公里 at
September. A plan of pace words with no figure (``按计划推进``) stays unknown against a
figure.

H8: ``年终`` is the year's end as ``年底`` and ``年末`` are: a plan ``年终开展`` (``年终评价``,
``年终考核``) asks nothing before December, and a target ``年终前完成`` is the deadline
``年底前完成`` is; ``年终考核`` as a target stays text as ``年底考核`` does.

Each row: months tracked, ``name|target|plan|actual`` (as /tmp/tv.py takes it), then the
attainment, the progress and the explanation expected.
"""

from __future__ import annotations

import pytest

from perftrack import Descriptive, parse_target
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


YEAR_END: list[Row] = [
    (
        9,
        "满意度|≥90%|年终开展|暂未开展",
        "pending",
        "on_track",
        "实际“暂未开展”，尚未完成，距截止尚有时间",
    ),
    (
        9,
        "满意度|≥90%|年终评价|暂未开展",
        "pending",
        "on_track",
        "实际“暂未开展”，尚未完成，距截止尚有时间",
    ),
    (
        9,
        "满意度|≥90%|年终考核|未开展",
        "pending",
        "on_track",
        "实际“未开展”，尚未完成，距截止尚有时间",
    ),
    # neighbours unchanged: 年底, 年末; a month within the period; 年终 at the year's end
    (
        9,
        "满意度|≥90%|年底开展|暂未开展",
        "pending",
        "on_track",
        "实际“暂未开展”，尚未完成，距截止尚有时间",
    ),
    (
        9,
        "满意度|≥90%|年末开展|暂未开展",
        "pending",
        "on_track",
        "实际“暂未开展”，尚未完成，距截止尚有时间",
    ),
    (
        9,
        "满意度|≥90%|9月开展|暂未开展",
        "pending",
        "behind",
        "实际“暂未开展”，尚未完成，距截止尚有时间；实际“暂未开展”未达到计划“9月开展”",
    ),
    (
        12,
        "满意度|≥90%|年终开展|暂未开展",
        "not_met",
        "behind",
        "实际“暂未开展”，截止时仍未完成；实际“暂未开展”未达到计划“年终开展”",
    ),
]


@pytest.mark.parametrize("row", YEAR_END, ids=[f"{row[0]}:{row[1]}" for row in YEAR_END])
def test_year_end_plan(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize(
    ("cell", "same_as"),
    [
        ("年终前完成", "年底前完成"),
        ("年终完成", "年底完成"),
        ("年终", "年底"),
        ("年终前发放到位", "年底前发放到位"),
    ],
)
def test_year_end_deadline_target(cell: str, same_as: str) -> None:
    assert parse_target(cell) == parse_target(same_as)


@pytest.mark.parametrize("cell", ["年终考核", "年终评价", "年终考核优秀", "年终奖"])
def test_year_end_words_stay_text_as_targets(cell: str) -> None:
    assert parse_target(cell) == Descriptive(cell)
