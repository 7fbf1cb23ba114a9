"""Department-wide and 区域 tables read as a reviewer reads them (e2e17 H3, M1, M3, M2).

- A level 1 ``服务对象满意度`` (the 部门整体 framework) over a 三级 name that is itself a
  level's word (``服务对象满意度 | 服务对象满意度 | 服务对象满意度 | ≥90% | 95% | 20 | 18``)
  shifted the row one column left: target ``服务对象满意度``, actual ``≥90%``, 分值 95.
  A row filling exactly the header's columns stays under them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import docx_bytes
from test_read_unseen import SELF_HEADER

if TYPE_CHECKING:
    from pathlib import Path


def _tsv(*rows: list[str] | str) -> str:
    return "\n".join("\t".join([row] if isinstance(row, str) else row) for row in rows)


def _department(*rows: list[str]) -> str:
    return _tsv(
        "部门整体支出绩效自评表",
        "（2024年度）",
        ["部门（单位）名称", "某市教育局"],
        SELF_HEADER,
        ["履职效能", "重点工作", "学校建设", "≥3所", "3所", "40", "40"],
        ["管理效率", "预算执行", "预算执行率", "≥95%", "96%", "40", "40"],
        *rows,
        ["总分", "", "", "", "", "100", "98"],
    )


@pytest.mark.parametrize(
    ("level2", "name"),
    [
        ("服务对象满意度", "服务对象满意度"),
        ("服务对象满意度指标", "服务对象满意度"),
        ("服务对象满意度指标", "满意度"),
        ("满意度", "满意度"),
        ("服务对象满意度指标", "学生家长满意度"),  # a specific name: read right before too
    ],
)
def test_a_level_word_as_the_name_under_the_department_level1_stays_in_its_column(
    level2: str, name: str
) -> None:
    text = _department(["服务对象满意度", level2, name, "≥90%", "95%", "20", "18"])
    (table,) = perftrack.read_text(text, format="text")
    row = table.indicators[2]
    assert (row.name, row.target.text, row.actual.text) == (name, "≥90%", "95%")
    assert (row.weight, row.published_points) == (Decimal(20), Decimal(18))
    assert row.level1 == "满意度指标"
    assert table.findings == ()
    card = perftrack.score(table)
    assert card.verdicts[2].attainment.value == "met"
    assert card.points is not None
    assert card.points.items[2].published_points == Decimal(18)
    assert table.published.total == Decimal(98)


def test_a_short_row_under_the_department_level1_is_still_packed() -> None:
    # one cell short of the header (no 得分): not the exact fit, read as before
    text = _department(["服务对象满意度", "服务对象满意度", "≥90%", "95%", "20", "18"])
    (table,) = perftrack.read_text(text, format="text")
    row = table.indicators[2]
    assert (row.name, row.target.text, row.actual.text) == ("服务对象满意度", "≥90%", "95%")


# ---------------------------------------------------------------------------
# 续表 between the two parts of a table is page furniture (e2e17 M1)

_PART1 = [
    ["部门（单位）名称", "某县教育局"],
    SELF_HEADER,
    ["履职效能", "重点工作履职情况", "培训人次", "≥100人次", "120人次", "50", "50"],
]


def _part2(level1: str) -> list[list[str]]:
    return [
        SELF_HEADER,
        [level1, "预算执行", "预算执行率", "≥95%", "97%", "30", "30"],
        ["服务对象满意度", "服务对象满意度指标", "满意度", "≥90%", "95%", "20", "20"],
        ["总分", "", "", "", "", "100", "100"],
    ]


@pytest.mark.parametrize(
    "mark", ["续表", "续表1", "（续表）", "(续)", "续上表", "续表：", "续表一"]
)
@pytest.mark.parametrize("level1", ["管理效率", "社会效应", "效益指标"])
@pytest.mark.parametrize("title", ["2024年度部门整体支出绩效自评表", "2024年度项目支出绩效自评表"])
def test_a_continuation_mark_between_two_parts_is_no_row(
    mark: str, level1: str, title: str
) -> None:
    text = _tsv(title, *_PART1, mark, *_part2(level1))
    (table,) = perftrack.read_text(text, format="text")
    assert [(i.level1, i.name) for i in table.indicators] == [
        ("履职效能", "培训人次"),
        (level1, "预算执行率"),
        ("满意度指标", "满意度"),
    ]
    assert table.findings == ()


def test_a_continuation_paragraph_between_two_word_tables_is_no_row(tmp_path: Path) -> None:
    def wide(rows: list[list[str]]) -> list[list[str]]:
        return [row + [""] * (7 - len(row)) for row in rows]

    path = tmp_path / "部门整体自评.docx"
    blocks = ["2024年度部门整体支出绩效自评表", wide(_PART1), "续表", wide(_part2("管理效率"))]
    path.write_bytes(docx_bytes(blocks))
    (table,) = perftrack.read(path)
    assert [(i.level1, i.name) for i in table.indicators] == [
        ("履职效能", "培训人次"),
        ("管理效率", "预算执行率"),
        ("满意度指标", "满意度"),
    ]
    assert table.findings == ()
