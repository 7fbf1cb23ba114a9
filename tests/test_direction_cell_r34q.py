"""A 指标方向性 cell holding no direction word is said, not dropped (r34q).

The words of ``vocabulary.DIRECTION_WORDS`` (正向, 越大越好 → higher; 反向, 逆向, 越小越好 →
lower; 适中, 区间 → none) set the direction. Any other word (``较好``, ``增加``, ``1``,
``是``) was dropped with no finding; it is now a ``malformed-cell`` warning at its cell,
the indicator's direction staying unset. A blank or a dash (``/``, ``—``, ``无``) says
nothing and gives no finding.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Direction

_TITLE = "2025年度项目支出绩效目标申报表"
_PROJECT = ["项目名称", "农村饮水安全"]
_ACCEPTED = "（应为正向、反向、越大越好、越小越好或适中），未读入"


def read(header: str, word: str) -> perftrack.Table:
    """A target table of one indicator whose direction column, headed ``header``, says ``word``."""
    rows = [
        [_TITLE],
        _PROJECT,
        ["一级指标", "二级指标", "三级指标", "指标值", header, "权重"],
        ["产出指标", "成本指标", "单位供水成本", "3.5元/吨", word, "10"],
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows))
    return table


def findings(table: perftrack.Table) -> list[tuple[str, str, str | None]]:
    return [(f.id, f.message, f.where.cell) for f in table.findings]


@pytest.mark.parametrize("header", ["指标方向性", "指标方向"])
@pytest.mark.parametrize(
    ("word", "shown"),
    [
        ("较好", "较好"),
        ("增加", "增加"),
        ("1", "1"),
        ("是", "是"),
        ("≥", "≥"),
        (" 较高 ", "较高"),
    ],
)
def test_unknown_direction_word_is_a_finding(header: str, word: str, shown: str) -> None:
    table = read(header, word)
    assert [i.direction for i in table.indicators] == [None]
    assert findings(table) == [
        (
            "malformed-cell",
            f"指标“单位供水成本”的指标方向性“{shown}”无法识别{_ACCEPTED}",
            "E4",
        )
    ]


@pytest.mark.parametrize("header", ["指标方向性", "指标方向"])
@pytest.mark.parametrize(
    ("word", "direction"),
    [
        ("", None),
        ("/", None),
        ("—", None),
        ("无", None),
        ("正向", Direction.HIGHER),
        ("越大越好", Direction.HIGHER),
        ("反向指标", Direction.LOWER),
        ("逆向", Direction.LOWER),
        ("越小越好", Direction.LOWER),
        ("适中", None),
        ("区间", None),
    ],
)
def test_direction_words_and_blanks_give_no_finding(
    header: str, word: str, direction: Direction | None
) -> None:
    table = read(header, word)
    assert [i.direction for i in table.indicators] == [direction]
    assert findings(table) == []
