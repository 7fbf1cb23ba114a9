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
from perftrack.batch import summary_text
from perftrack.reports import render
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


# ---------------------------------------------------------------------------
# 地方主管部门 after 中央主管部门: the county's unit (e2e17 M3)


def _county(county: str, *, user: bool = False) -> list[list[str] | str]:
    units = ["中央主管部门", "财政部、农业农村部", "地方主管部门", f"{county}农业农村局"]
    return [
        "中央对地方转移支付区域绩效自评表",
        "（2025年度）",
        ["转移支付名称", "中央财政衔接推进乡村振兴补助资金"],
        units + (["资金使用单位", f"{county}乡村振兴服务中心"] if user else []),
        ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
        ["产出指标", "数量指标", "支持产业发展项目数", "≥18个", "18个"],
    ]


@pytest.mark.parametrize(
    ("rows", "department", "implementer"),
    [
        # 地方主管部门 beside 中央主管部门: the department is the first, the county's the unit
        (_county("甲县"), "财政部、农业农村部", "甲县农业农村局"),
        # a 资金使用单位 is the implementer, whatever the order
        (_county("甲县", user=True), "财政部、农业农村部", "甲县乡村振兴服务中心"),
        # 地方主管部门 on a row of its own under the 中央 one: the same
        (
            [
                *_county("乙县")[:3],
                ["中央主管部门", "财政部、农业农村部"],
                ["地方主管部门", "乙县农业农村局"],
                *_county("乙县")[4:],
            ],
            "财政部、农业农村部",
            "乙县农业农村局",
        ),
        # 地方主管部门 alone is the department, as before
        (
            [*_county("丙县")[:3], ["地方主管部门", "丙县农业农村局"], *_county("丙县")[4:]],
            "丙县农业农村局",
            None,
        ),
        # 省级主管部门 first: the same rule
        (
            [
                *_county("丁县")[:3],
                ["省级主管部门", "某省农业农村厅", "地方主管部门", "丁县农业农村局"],
                *_county("丁县")[4:],
            ],
            "某省农业农村厅",
            "丁县农业农村局",
        ),
    ],
)
def test_the_local_department_after_the_central_one_is_kept(
    rows: list[list[str] | str], department: str, implementer: str | None
) -> None:
    (table,) = perftrack.read_text(_tsv(*rows), format="text")
    assert (table.project.department, table.project.implementer) == (department, implementer)


def test_counties_stacked_on_one_sheet_are_told_apart_in_the_summary_and_letter() -> None:
    text = _tsv(*_county("甲县"), "", *_county("乙县"), "", *_county("丙县"))
    cards = [perftrack.score(table) for table in perftrack.read_text(text, format="text")]
    assert [card.table.project.implementer for card in cards] == [
        "甲县农业农村局",
        "乙县农业农村局",
        "丙县农业农村局",
    ]
    lines = summary_text(cards).splitlines()
    assert sorted(line.split()[1] for line in lines[2:]) == [
        "中央财政衔…［丙县农业农村局］",
        "中央财政衔…［乙县农业农村局］",
        "中央财政衔…［甲县农业农村局］",
    ]
    letter = render(cards, [], "review")
    headings = [block.splitlines()[0] for block in letter.strip().split("\n\n")]
    assert headings == [
        "中央财政衔接推进乡村振兴补助资金（甲县农业农村局）",
        "中央财政衔接推进乡村振兴补助资金（乙县农业农村局）",
        "中央财政衔接推进乡村振兴补助资金（丙县农业农村局）",
    ]


def test_a_letter_heading_of_a_project_printed_once_is_its_name() -> None:
    (table,) = perftrack.read_text(_tsv(*_county("甲县")), format="text")
    letter = render([perftrack.score(table)], [], "review")
    assert letter.splitlines()[0] == "中央财政衔接推进乡村振兴补助资金"


# ---------------------------------------------------------------------------
# A 部门整体 target table's letter says 部门整体支出, not 项目 (e2e17 M2)


@pytest.mark.parametrize(
    ("title", "name_label", "expected"),
    [
        (
            "2025年度部门整体绩效目标表",
            "部门（单位）名称",
            "经审核，『某市文化和旅游局』部门整体支出设置",
        ),
        (
            "2025年部门整体支出绩效目标申报表",
            "部门名称",
            "经审核，『某市文化和旅游局』部门整体支出设置",
        ),
        ("2025年度项目支出绩效目标表", "项目名称", "经审核，『某市文化和旅游局』项目设置"),
    ],
)
def test_a_department_target_table_is_called_so_in_the_letter(
    title: str, name_label: str, expected: str
) -> None:
    text = _tsv(
        title,
        [name_label, "某市文化和旅游局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "公共文化活动场次", "≥120场"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    )
    (table,) = perftrack.read_text(text, format="text")
    assert table.kind is perftrack.TableKind.TARGET
    paragraph = render([perftrack.score(table)], [], "review").splitlines()[1]
    assert paragraph.startswith(expected)
