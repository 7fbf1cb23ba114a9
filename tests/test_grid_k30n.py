"""Side-by-side tables whose tops differ, a 目录 listing the tables, wrapped names (k30n).

read55 H4: two tables next to each other on one sheet, the right one starting rows
lower or higher (two exports pasted into one summary sheet), were one table of mixed
indicators or several junk tables; they are split at the empty column between them,
or, with none, at the second table's 一级指标 under its own 项目名称. read55 M1: a
``目录`` sheet ``序号 | 项目名称 | 表名`` gave a phantom table named ``表名``. read55 M2: a
project or unit name wrapped between two Chinese characters kept a space in the join
(``农村饮水安全 巩固提升工程``), while an indicator's name wrapped so was joined.
"""

from __future__ import annotations

import pytest

import perftrack
from fixtures_office import xlsx_bytes

NAMES = {
    1: ["养护里程", "桥梁检测座数", "路面修补面积"],
    2: ["新建公厕数量", "改厕户数", "污水处理设施数", "村庄保洁覆盖率", "垃圾清运车辆"],
}
WIDTH = 6


def _tracking(number: int) -> list[list[str]]:
    rows = [
        ["2025年项目支出绩效跟踪表", "", "", "", "", ""],
        ["跟踪时段：2025年1月至6月", "", "", "", "", ""],
        ["项目名称", f"项目{number}", "", "", "", ""],
        ["主管部门", "县交通局" if number == 1 else "县农业农村局", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"],
    ]
    for k, name in enumerate(NAMES[number]):
        level1, level2 = ("产出指标", "数量指标") if k == 0 else ("", "")
        rows.append([level1, level2, name, f"≥{k + 10}个", f"{k + 5}个", f"{k + 6}个"])
    return rows


def _side_by_side(offset: int, *, gap: bool) -> str:
    """The two tables next to each other, the right one *offset* rows lower, as TSV."""
    left, right = _tracking(1), _tracking(2)
    blank = [""] * WIDTH
    if offset > 0:
        right = [blank] * offset + right
    else:
        left = [blank] * -offset + left
    height = max(len(left), len(right))
    left += [blank] * (height - len(left))
    right += [blank] * (height - len(right))
    between = [""] if gap else []
    return "\n".join("\t".join([*a, *between, *b]) for a, b in zip(left, right, strict=True))


def _summary(tables: tuple[perftrack.Table, ...]) -> list[tuple[str | None, list[str]]]:
    return [(t.project.name, [i.name for i in t.indicators]) for t in tables]


EXPECTED = [("项目1", NAMES[1]), ("项目2", NAMES[2])]


@pytest.mark.parametrize("gap", [True, False], ids=["empty-column", "adjacent"])
@pytest.mark.parametrize("offset", [0, 1, 2, 4, -1, -2])
def test_side_by_side_tables_whatever_their_tops(offset: int, *, gap: bool) -> None:
    tables = perftrack.read_text(_side_by_side(offset, gap=gap), format="text")
    assert _summary(tables) == EXPECTED
    assert [f.id for t in tables for f in t.findings if f.severity.value != "info"] == []
    # cell positions stay the sheet's: the right table's names in column J (or I)
    assert tables[1].indicators[0].position is not None
    assert tables[1].indicators[0].position.column == (10 if gap else 9)


def test_side_by_side_offset_in_a_workbook() -> None:
    rows = [line.split("\t") for line in _side_by_side(2, gap=True).split("\n")]
    tables = perftrack.read(xlsx_bytes({"汇总": rows}))
    assert _summary(tables) == EXPECTED


def test_the_two_halves_of_one_grid_are_not_split() -> None:
    """Neighbour: the 申报表 printing the 中长期 and the year's halves side by side."""
    rows = [
        ["项目支出绩效目标申报表"],
        ["（2025年度）"],
        ["项目名称", "示例"],
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "二级指标",
            "三级指标",
            "指标值",
        ],
        ["", "产出指标", "数量指标", "接入学校数", "300所", "数量指标", "接入学校数", "100所"],
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(r) for r in rows), format="text")
    assert [(i.name, str(i.target)) for i in table.indicators] == [("接入学校数", "=100(所)")]


def test_stacked_tables_with_a_numbered_second_grid_stay_two() -> None:
    """Neighbour: two tables one under the other, the second with a 序号 column."""
    rows = [
        *_tracking(1),
        [""],
        ["2025年项目支出绩效跟踪表"],
        ["项目名称", "项目2"],
        [
            "序号",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
        ],
        ["1", "产出指标", "数量指标", "新建公厕数量", "≥10个", "5个", "6个"],
    ]
    tables = perftrack.read_text("\n".join("\t".join(r) for r in rows), format="text")
    assert _summary(tables) == [("项目1", NAMES[1]), ("项目2", ["新建公厕数量"])]


def _self_table(number: int) -> list[list[str]]:
    return [
        ["2025年度项目支出绩效自评表"],
        ["项目名称", f"项目{number:02d}号道路养护"],
        ["主管部门", "县交通局"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "养护里程", "≥10公里", "11公里", "100", "100"],
    ]


def _contents(*header: str) -> list[list[str]]:
    listed = [[str(i), f"项目{i:02d}号道路养护", f"表{i}", "县交通局", "100"] for i in (1, 2)]
    return [["目录"], list(header), *[row[: len(header)] for row in listed]]


CONTENTS = [
    pytest.param("目录", ("序号", "项目名称", "表名"), id="toc-short"),
    pytest.param("索引", ("序号", "项目名称", "表名"), id="index-sheet"),
    pytest.param("表格目录", ("编号", "项目名称", "表名"), id="numbered-编号"),
    pytest.param("目录", ("序号", "项目名称", "表名", "主管部门", "自评得分"), id="toc-fuller"),
]


@pytest.mark.parametrize(("sheet", "header"), CONTENTS)
def test_a_contents_sheet_is_no_table(sheet: str, header: tuple[str, ...]) -> None:
    data = xlsx_bytes({sheet: _contents(*header), "表1": _self_table(1), "表2": _self_table(2)})
    tables = perftrack.read(data)
    assert [(t.source.sheet, t.project.name) for t in tables] == [
        ("表1", "项目01号道路养护"),
        ("表2", "项目02号道路养护"),
    ]
    (note,) = tables[0].findings
    assert (note.id, note.severity.value) == ("sheet-unread", "info")
    assert note.message.startswith(f"工作表“{sheet}”未读出表格")


def test_a_cover_sheet_still_gives_its_project() -> None:
    """Neighbour: a 封面 with the project's fields (a form, no list) and the grid after it."""
    cover = [
        ["2025年度项目支出绩效自评表"],
        ["项目名称", "农村饮水安全巩固提升工程"],
        ["主管部门", "县水利局"],
    ]
    grid = _self_table(1)[3:]
    (table,) = perftrack.read(xlsx_bytes({"封面": cover, "表1": grid}))
    assert (table.project.name, table.project.department) == (
        "农村饮水安全巩固提升工程",
        "县水利局",
    )


def test_a_list_on_a_sheet_of_another_name_is_read_as_before() -> None:
    """Neighbour: only 目录/索引/封面/说明 sheets are passed over."""
    data = xlsx_bytes({"项目清单": _contents("序号", "项目名称", "表名"), "表1": _self_table(1)})
    tables = perftrack.read(data)
    assert [t.project.name for t in tables] == ["表名", "项目01号道路养护"]


WRAPPED = [
    pytest.param("农村饮水安全\n巩固提升工程", "农村饮水安全巩固提升工程", id="cjk-break"),
    pytest.param("农村饮水安全\r\n巩固提升工程", "农村饮水安全巩固提升工程", id="crlf-break"),
    pytest.param("智慧校园Wi-Fi\n覆盖工程", "智慧校园Wi-Fi 覆盖工程", id="latin-before-break"),
    pytest.param(
        "农村饮水安全工程\n（二期）", "农村饮水安全工程 （二期）", id="bracket-after-break"
    ),
    pytest.param("Smart\nCampus", "Smart Campus", id="latin-words"),
    pytest.param("农村饮水安全巩固提升工程", "农村饮水安全巩固提升工程", id="one-line"),
]


@pytest.mark.parametrize(("cell", "expected"), WRAPPED)
def test_a_wrapped_project_name_in_a_workbook(cell: str, expected: str) -> None:
    rows = [
        ["2025年度项目支出绩效自评表"],
        ["项目名称", cell],
        ["主管部门", "县水利局", "实施单位", "县农村供水\n管理站"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建改造供水\n管网长度", "≥10公里", "11公里", "100", "100"],
    ]
    (table,) = perftrack.read(xlsx_bytes({"Sheet1": rows}))
    assert table.project.name == expected
    assert table.project.implementer == "县农村供水管理站"
    assert [i.name for i in table.indicators] == ["新建改造供水管网长度"]


def test_a_wrapped_project_name_in_a_text_export() -> None:
    text = (
        "2025年度项目支出绩效自评表\n"
        '项目名称\t"农村饮水安全\n巩固提升工程"\n'
        '主管部门\t"县水利局\n农村水利股"\n'
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "产出指标\t数量指标\t养护里程\t≥10公里\t11公里\n"
    )
    (table,) = perftrack.read_text(text, format="text")
    assert (table.project.name, table.project.department) == (
        "农村饮水安全巩固提升工程",
        "县水利局农村水利股",
    )


def test_an_indicator_name_wrapped_with_a_crlf_is_joined_too() -> None:
    rows = [
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "新建改造供水\r\n管网长度", "≥10公里", "11公里"],
    ]
    (table,) = perftrack.read(xlsx_bytes({"Sheet1": rows}))
    assert [i.name for i in table.indicators] == ["新建改造供水管网长度"]
