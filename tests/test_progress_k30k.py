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

M1: an actual of pace words only says the progress: ``进展顺利``, ``正常推进``, ``快于序时进度``
… against a plan of pace words (``按计划推进``, ``有序推进``, ``按序时推进``) is on track,
against a figure or a step it proves nothing; ``推进缓慢``, ``无进展``, ``停滞``, ``部分滞后``,
``低于序时进度``, ``较计划滞后约1个月`` are behind whatever the plan, as ``进度滞后`` was.

M4: a plan of the time progress (``达到序时进度``, ``按序时进度``, ``不低于序时进度``) against a
rate of money spent or paid (执行率, 支出率, 拨付率) asks the time progress itself: 75% at
September, 50% at June. Not on another rate (满意度), and a target of 序时进度 keeps its rule.

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


ON_PACE = [
    "进展顺利",
    "进度正常",
    "正常推进",
    "进度正常推进",
    "按计划正常推进",
    "推进顺利",
    "超计划推进",
    "比计划提前",
    "快于序时进度",
    "符合序时进度",
    "达到序时进度",
    "按进度推进",
]
LAGGING = [
    "推进缓慢",
    "无进展",
    "停滞",
    "部分滞后",
    "略滞后于序时进度",
    "低于序时进度",
    "较计划滞后约1个月",
    "比计划推迟10天",
    # as before
    "稍有滞后",
    "严重滞后",
    "进度略有滞后",
    "滞后于计划",
    "未按计划推进",
    "未达到序时进度",
]


@pytest.mark.parametrize("actual", ON_PACE)
@pytest.mark.parametrize("plan", ["按计划推进", "有序推进", "按序时推进"])
def test_pace_words_on_track(plan: str, actual: str) -> None:
    verdict = track_verdict("项目实施进度", "按计划完成", plan, actual, 6)
    assert verdict.progress is not None
    assert verdict.progress.value == "on_track"


@pytest.mark.parametrize("actual", LAGGING)
def test_lag_words_behind(actual: str) -> None:
    verdict = track_verdict("项目实施进度", "按计划完成", "按计划推进", actual, 6)
    assert verdict.progress is not None
    assert verdict.progress.value == "behind"


PACE: list[Row] = [
    (
        6,
        "项目实施进度|按计划完成|按计划推进|较计划滞后约1个月",
        "unknown",
        "behind",
        "年度指标为文字描述，实际完成情况需人工判断；实际“较计划滞后约1个月”，进度落后于计划“按计划推进”",
    ),
    (
        6,
        "项目实施进度|按期完成|有序推进|有序推进中",
        "pending",
        "on_track",
        "实际“有序推进中”，尚未完成，距年底尚有时间",
    ),
    (
        6,
        "项目实施进度|按计划完成|有序推进|推进缓慢",
        "unknown",
        "behind",
        "年度指标为文字描述，实际完成情况需人工判断；实际“推进缓慢”，进度落后于计划“有序推进”",
    ),
    (
        6,
        "危房改造户数|≥120户|按计划推进|进展顺利",
        "unknown",
        "on_track",
        "实际“进展顺利”不是数值，无法与年度指标比较",
    ),
    (
        6,
        "危房改造户数|≥120户|按计划推进|无进展",
        "unknown",
        "behind",
        "实际“无进展”不是数值，无法与年度指标比较；进度落后于计划“按计划推进”",
    ),
    (
        6,
        "项目建设|10月底前完工|按计划推进|比计划推迟10天",
        "pending",
        "behind",
        "实际“比计划推迟10天”，截止日期2025-10-31未到；进度落后于计划“按计划推进”",
    ),
    # the words prove nothing against a figure or a step; hedged or negated words stay unknown
    (
        6,
        "危房改造户数|≥120户|60户|进展顺利",
        "unknown",
        "unknown",
        "实际“进展顺利”不是数值，无法与年度指标比较",
    ),
    (
        6,
        "危房改造户数|≥120户|完成招标|进展顺利",
        "unknown",
        "unknown",
        "实际“进展顺利”不是数值，无法与年度指标比较",
    ),
    (
        6,
        "项目实施进度|按计划完成|按计划推进|基本按计划推进",
        "unknown",
        "unknown",
        "年度指标为文字描述，实际完成情况需人工判断",
    ),
    (
        6,
        "项目实施进度|按计划完成|按计划推进|无滞后",
        "unknown",
        "unknown",
        "年度指标为文字描述，实际完成情况需人工判断",
    ),
    # neighbour unchanged: an overrun of a time limit
    (
        6,
        "工期|≤12个月|6个月|延期15天",
        "not_met",
        "behind",
        "实际“延期15天”，未在时限内完成；实际延期15天，已超出上限，未按计划6个月执行",
    ),
]


@pytest.mark.parametrize("row", PACE, ids=[row[1] for row in PACE])
def test_pace_rows(row: Row) -> None:
    _check(row)


SPENDING: list[Row] = [
    (
        9,
        "资金执行率|≥95%|达到序时进度|80%",
        "pending",
        "on_track",
        "实际80%，未达年度指标≥95%，距年底尚有时间",
    ),
    (
        9,
        "资金支出率|≥95%|达到序时进度|70%",
        "pending",
        "behind",
        "实际70%，未达年度指标≥95%，距年底尚有时间；实际70%落后于计划75%",
    ),
    (
        9,
        "资金支出率|≥95%|不低于序时进度|80%",
        "pending",
        "on_track",
        "实际80%，未达年度指标≥95%，距年底尚有时间",
    ),
    (
        9,
        "资金拨付率|100%|达到序时进度|52%",
        "pending",
        "behind",
        "实际52%，未达年度指标=100%，距年底尚有时间；实际52%落后于计划75%",
    ),
    (
        9,
        "资金执行率|≥95%|按序时推进|74%",
        "pending",
        "behind",
        "实际74%，未达年度指标≥95%，距年底尚有时间；实际74%落后于计划75%",
    ),
    (
        9,
        "资金执行率（中央）|≥95%|按序时进度|76%",
        "pending",
        "on_track",
        "实际76%，未达年度指标≥95%，距年底尚有时间",
    ),
    (
        6,
        "资金拨付率|100%|按序时进度|52%",
        "pending",
        "on_track",
        "实际52%，未达年度指标=100%，距年底尚有时间",
    ),
    (
        6,
        "资金拨付率|100%|按序时进度|48%",
        "pending",
        "behind",
        "实际48%，未达年度指标=100%，距年底尚有时间；实际48%落后于计划50%",
    ),
    (
        8,
        "资金执行率|≥95%|达到序时进度|66.67%",
        "pending",
        "on_track",
        "实际66.67%，未达年度指标≥95%，距年底尚有时间",
    ),
    (
        8,
        "资金执行率|≥95%|达到序时进度|66.66%",
        "pending",
        "behind",
        "实际66.66%，未达年度指标≥95%，距年底尚有时间；实际66.66%落后于计划66.67%",
    ),
    # neighbours unchanged: another rate, a plan of a figure, a target of 序时进度
    (
        9,
        "满意度|≥90%|达到序时进度|85%",
        "pending",
        "unknown",
        "实际85%，未达年度指标≥90%，距年底尚有时间",
    ),
    (
        9,
        "资金执行率|≥95%|75%|80%",
        "pending",
        "on_track",
        "实际80%，未达年度指标≥95%，距年底尚有时间",
    ),
    (
        6,
        "资金支出进度|不低于序时进度|不低于序时进度|45%",
        "pending",
        "behind",
        "年度指标“不低于序时进度”按序时进度50.00%计；实际45%，未达年度指标≥50%；低于序时进度，进度落后",
    ),
]


@pytest.mark.parametrize("row", SPENDING, ids=[f"{row[0]}:{row[1]}" for row in SPENDING])
def test_time_progress_plan_of_a_spending_rate(row: Row) -> None:
    _check(row)
