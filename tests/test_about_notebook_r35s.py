"""``Indicator.about`` in the notebook view, the review letter and the grid (r35s).

1. ``_repr_html_`` of a table / scorecard shows ``about`` as a last column 表中说明
   (the reports' header), escaped, whitespace folded, only when some row has it; a
   table without any renders as before.
2. The review letter names the 年度履职目标 (a duty column's, never a 部门职责 or a
   指标解释) of the rows on its 未完成年度目标 problem: ``…，涉及年度履职目标“目标1：…”；``.
3. A column before the 年度履职目标 column (``某某列 | 年度履职目标 | 一级指标 | …``)
   no longer breaks the grid: a 序号 is passed over, another's text is kept in about
   (TSV and HTML).
"""

from __future__ import annotations

import html
from decimal import Decimal

import pytest
from attrs import evolve
from tests.test_about_shown_r35o import DUTY_TABLE, ESCAPED_TRACK, SEED, Rows, _tsv

import perftrack
from perftrack._html_repr import scorecard_html, table_html
from perftrack.reports import render


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


# -- 2. the review letter: the 年度履职目标 of the rows not met ---------------------------

SELF_HEAD: Rows = (
    ("部门整体支出绩效自评表",),
    ("（2024年度）",),
    ("部门名称", "XX县自然资源局"),
)
LEVELS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
ROW1 = ("产出指标", "数量指标", "完成乡镇国土空间规划数量", "≥12个", "10个", "50", "40")
ROW2 = ("效益指标", "社会效益指标", "违法用地查处率", "≥95%", "90%", "50", "40")
ROW_MET = ("效益指标", "社会效益指标", "违法用地查处率", "≥95%", "96%", "50", "50")


def _duty_table(header: str, first: str, second: str, row2: tuple[str, ...] = ROW2) -> Rows:
    return (*SELF_HEAD, (header, *LEVELS), (first, *ROW1), (second, *row2))


NAMES = "（“完成乡镇国土空间规划数量”、“违法用地查处率”）"
EXPLAINED_SELF: Rows = (
    *SELF_HEAD,
    ("一级指标", "二级指标", "三级指标", "指标解释", *LEVELS[3:]),
    (*ROW1[:3], "年内完成数", *ROW1[3:]),
    (*ROW2[:3], "查处件数/立案件数", *ROW2[3:]),
)

REVIEW_CASES = [
    (
        "two goals, each once, in order",
        _duty_table("年度履职目标", "目标1：完成规划", "目标2：开展执法"),
        f"一是有2项指标未完成年度目标{NAMES}，涉及年度履职目标“目标1：完成规划”、“目标2：开展执法”；",
    ),
    (
        "one goal merged down over both rows",
        _duty_table("年度履职目标", "目标1：完成规划", ""),
        f"一是有2项指标未完成年度目标{NAMES}，涉及年度履职目标“目标1：完成规划”；",
    ),
    (
        "only the goal of the row not met",
        _duty_table("年度履职目标", "目标1：完成规划", "目标2：开展执法", ROW_MET),
        (
            "一是有1项指标未完成年度目标（“完成乡镇国土空间规划数量”），"
            "涉及年度履职目标“目标1：完成规划”；"
        ),
    ),
    (
        "a 部门职责 column is a duty, not a goal: not named",
        _duty_table("部门职责", "负责规划", ""),
        f"一是有2项指标未完成年度目标{NAMES}；",
    ),
    (
        "a 指标解释 is not named",
        EXPLAINED_SELF,
        f"一是有2项指标未完成年度目标{NAMES}；",
    ),
]


@pytest.mark.parametrize(
    ("rows", "line"), [case[1:] for case in REVIEW_CASES], ids=[case[0] for case in REVIEW_CASES]
)
def test_review_names_duty_goal(rows: Rows, line: str) -> None:
    card = perftrack.score(_table(rows))
    letter = render([card], [], "review")
    assert line in letter
    if "涉及" not in line:
        assert "涉及" not in letter


def test_review_seed_letter_has_no_goal() -> None:
    letter = render([perftrack.score(table) for table in perftrack.read(SEED)], [], "review")
    assert "履职目标" not in letter


# -- 3. a column before the 年度履职目标 column ------------------------------------------

TARGET_HEAD: Rows = (("部门整体绩效目标表",), ("（2024年度）",), ("部门名称", "XX县自然资源局"))
GOAL_LEVELS = ("年度履职目标", "一级指标", "二级指标", "三级指标", "指标值", "权重")
G1 = ("目标1：完成规划", "产出指标", "数量指标", "完成乡镇国土空间规划数量", "≥12个", "50")
G2 = ("目标2：开展执法", "效益指标", "社会效益指标", "违法用地查处率", "≥95%", "50")
GOAL1_ABOUT = "年度履职目标：目标1：完成规划"
GOAL2_ABOUT = "年度履职目标：目标2：开展执法"


def _lead_table(header: str, first: str, second: str) -> Rows:
    return (*TARGET_HEAD, (header, *GOAL_LEVELS), (first, *G1), (second, *G2))


def _html(rows: Rows) -> bytes:
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<html><body><table>{body}</table></body></html>".encode()


LEAD_CASES = [
    (
        "序号 1, 2 passed over",
        _lead_table("序号", "1", "2"),
        ((GOAL1_ABOUT, ()), (GOAL2_ABOUT, ())),
    ),
    (
        "序号 一, 二 passed over",
        _lead_table("序号", "一", "二"),
        ((GOAL1_ABOUT, ()), (GOAL2_ABOUT, ())),
    ),
    (
        "unknown column's text kept before the goal, each row its own",
        _lead_table("某某列", "甲说明", "乙说明"),
        (
            (f"某某列：甲说明；{GOAL1_ABOUT}", (1,)),
            (f"某某列：乙说明；{GOAL2_ABOUT}", (1,)),
        ),
    ),
    (
        "unknown column blank on a row: nothing carried down",
        _lead_table("某某列", "甲说明", ""),
        ((f"某某列：甲说明；{GOAL1_ABOUT}", (1,)), (GOAL2_ABOUT, ())),
    ),
]


@pytest.mark.parametrize("fmt", ["tsv", "html"])
@pytest.mark.parametrize(
    ("rows", "expected"), [case[1:] for case in LEAD_CASES], ids=[case[0] for case in LEAD_CASES]
)
def test_column_before_duty_goal(
    rows: Rows, expected: tuple[tuple[str, tuple[int, ...]], ...], fmt: str
) -> None:
    data = _tsv(rows) if fmt == "tsv" else _html(rows)
    table = perftrack.read(data, name=f"表.{fmt}")[0]
    got = tuple(
        (
            indicator.level1,
            indicator.level2,
            indicator.name,
            indicator.target.text if indicator.target is not None else None,
            indicator.weight,
            indicator.remarks,
        )
        for indicator in table.indicators
    )
    assert got == (
        ("产出指标", "数量指标", "完成乡镇国土空间规划数量", "≥12个", Decimal(50), ""),
        ("效益指标", "社会效益指标", "违法用地查处率", "≥95%", Decimal(50), ""),
    )
    assert [finding.id for finding in table.findings] == []
    for indicator, (about, lead_cells) in zip(table.indicators, expected, strict=True):
        assert indicator.about == about
        name_at = indicator.cell_of("name")
        assert name_at is not None
        leads = [position for name, position in indicator.cells if name.startswith("lead")]
        assert tuple(position.column for position in leads) == lead_cells
        assert all(position.row == name_at.row for position in leads)
        assert indicator.cell_of("duty_goal") is not None
