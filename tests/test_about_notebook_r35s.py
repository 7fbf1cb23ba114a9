"""``Indicator.about`` in the notebook view, the review letter and the grid (r35s).

1. ``_repr_html_`` of a table / scorecard shows ``about`` as a last column 表中说明
   (the reports' header), escaped, whitespace folded, only when some row has it; a
   table without any renders as before.
"""

from __future__ import annotations

import pytest
from attrs import evolve
from tests.test_about_shown_r35o import DUTY_TABLE, ESCAPED_TRACK, SEED, Rows, _tsv

import perftrack
from perftrack._html_repr import scorecard_html, table_html


def _table(rows: Rows) -> perftrack.Table:
    return perftrack.read(_tsv(rows), name="表.tsv")[0]


HTML_CASES = [
    (
        "duty goal, table",
        DUTY_TABLE,
        False,
        [
            (
                "<thead><tr><th>#</th><th>指标</th><th>年度指标值</th><th>实际</th>"
                "<th>表中说明</th></tr></thead>"
            ),
            '<th colspan="5">产出指标 / 数量指标</th>',
            (
                "<tr><td>1</td><td>完成乡镇国土空间规划数量</td><td>≥12个</td><td>—</td>"
                "<td>年度履职目标：目标1：完成国土空间规划编制</td></tr>"
            ),
            (
                "<tr><td>3</td><td>违法用地查处率</td><td>≥95%</td><td>—</td>"
                "<td>年度履职目标：目标2：开展土地执法</td></tr>"
            ),
        ],
    ),
    (
        "duty goal, scorecard: after the explanation",
        DUTY_TABLE,
        True,
        [
            "<th>结果</th><th>进度</th><th>说明</th><th>表中说明</th></tr></thead>",
            '<th colspan="8">产出指标 / 数量指标</th>',
            "<td>目标表没有实际完成值</td><td>年度履职目标：目标2：开展土地执法</td></tr>",
        ],
    ),
    (
        "跟踪表 explanation escaped; a row without one has an empty cell",
        ESCAPED_TRACK,
        True,
        [
            (
                "<td>实际60人次，未达年度指标≥100人次，距年底尚有时间</td>"
                "<td>指标解释：年内培训&lt;人次&gt;|a&amp;b；评（扣）分标准：每少10人次扣1分</td></tr>"
            ),
            "<td>实际96%，达到年度指标≥95%</td><td></td></tr>",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "scored", "fragments"),
    [case[1:] for case in HTML_CASES],
    ids=[case[0] for case in HTML_CASES],
)
def test_repr_html_shows_about(rows: Rows, scored: bool, fragments: list[str]) -> None:  # noqa: FBT001
    table = _table(rows)
    html = scorecard_html(perftrack.score(table)) if scored else table_html(table)
    for fragment in fragments:
        assert fragment in html
    assert "<人次>" not in html
    assert html == (perftrack.score(table) if scored else table)._repr_html_()


def test_repr_html_about_whitespace_folded() -> None:
    table = _table(DUTY_TABLE)
    first = table.indicators[0]
    changed = evolve(table, indicators=(evolve(first, about="  甲\n 乙\t丙 "),))
    assert "<td>甲 乙 丙</td></tr>" in table_html(changed)


@pytest.mark.parametrize("blank", ["", "  \n"], ids=["empty", "blank"])
def test_repr_html_without_about_has_no_column(blank: str) -> None:
    for table in perftrack.read(SEED):
        assert "表中说明" not in table_html(table)
        assert "表中说明" not in scorecard_html(perftrack.score(table))
    table = _table(DUTY_TABLE)
    cleared = evolve(
        table, indicators=tuple(evolve(indicator, about=blank) for indicator in table.indicators)
    )
    html = table_html(cleared)
    assert "表中说明" not in html
    assert '<th colspan="4">产出指标 / 数量指标</th>' in html
    assert "<tr><td>1</td><td>完成乡镇国土空间规划数量</td><td>≥12个</td><td>—</td></tr>" in html
