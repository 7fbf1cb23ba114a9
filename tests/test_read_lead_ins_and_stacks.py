"""Reports and sheets holding several tables (read10 round).

A lead-in sentence or a numbered caption between a report's project block and
its grid (H2), a closing list of problems and measures (M1), and projects stacked
in one sheet under one title and one period line (M3). Every fixture is written
here: TSV rows read with ``read_text``, Word documents built with python-docx,
workbooks with openpyxl.
"""

from __future__ import annotations

import pytest

import perftrack
from fixtures_office import docx_bytes, xlsx_bytes
from perftrack import Severity
from perftrack.readers._grid import is_title_text
from test_read_unseen import SELF_HEADER, TRACKING_HEADER, names, read

_PROJECT = [
    ["项目名称", "城市社区公共安全视频监控建设"],
    ["主管部门", "某市公安局", "实施单位", "某市公安局科技信息化支队"],
    ["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数"],
    ["年度资金总额", "1500.00", "1500.00", "1398.60"],
]
_GRID = [
    SELF_HEADER,
    ["产出指标", "数量指标", "新建高清视频监控点位", "≥600个", "612个", "15", "15"],
    ["效益指标", "社会效益指标", "社区盗窃类警情下降", "≥10%", "12.6%", "20", "20"],
]


def tables_of(*rows: list[str] | str) -> tuple[perftrack.Table, ...]:
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    return perftrack.read_text("\n".join(lines), format="text")


def errors(table: perftrack.Table) -> list[str]:
    return [f.id for f in table.findings if f.severity is Severity.ERROR]


# ---------------------------------------------------------------------------
# H2: a lead-in sentence naming the table is no title; a numbered caption is a caption

_LEAD_INS = [
    "本项目绩效自评情况见下表：",
    "现将项目绩效自评情况列表如下：",
    "各项绩效指标完成情况如下表：",
    "项目全年预算执行率93.24%，各项绩效指标完成情况如下表：",
    "项目绩效目标完成情况见附表。",
    "具体绩效监控情况详见表2。",
    "经自评，绩效自评结果如下表所示",
    "绩效自评结果见下表",
    "本项目绩效自评表",  # starts like a sentence (本项目…)
]


@pytest.mark.parametrize("lead_in", _LEAD_INS)
def test_a_lead_in_sentence_does_not_split_the_table(lead_in: str) -> None:
    (table,) = tables_of(*_PROJECT, lead_in, *_GRID)
    assert table.title is None
    assert table.project.name == "城市社区公共安全视频监控建设"
    assert table.project.department == "某市公安局"
    assert len(table.budget) == 1
    assert names(table) == ["新建高清视频监控点位", "社区盗窃类警情下降"]
    assert errors(table) == []


@pytest.mark.parametrize(
    ("caption", "title"),
    [
        ("（二）绩效指标完成情况表", "（二）绩效指标完成情况表"),
        ("(二)绩效指标完成情况表", "(二)绩效指标完成情况表"),
        ("二、绩效指标完成情况表", "二、绩效指标完成情况表"),
        ("表2 绩效指标完成情况表", "表2 绩效指标完成情况表"),  # round 6: the control
    ],
)
def test_a_numbered_caption_belongs_to_the_table_above(caption: str, title: str) -> None:
    (table,) = tables_of(*_PROJECT, caption, *_GRID)
    assert table.title == title
    assert table.project.name == "城市社区公共安全视频监控建设"
    assert len(table.budget) == 1
    assert names(table) == ["新建高清视频监控点位", "社区盗窃类警情下降"]
    assert errors(table) == []


def test_a_numbered_caption_after_the_grid_ends_it() -> None:
    # As 表3 问题整改清单: the rows under it are no indicators.
    (table,) = tables_of(
        *_PROJECT,
        *_GRID,
        "（三）绩效问题整改情况表",
        ["序号", "问题", "整改情况"],
        ["1", "部分点位供电未通", "已协调"],
    )
    assert names(table) == ["新建高清视频监控点位", "社区盗窃类警情下降"]


@pytest.mark.parametrize(
    ("between", "titles"),
    [
        # Titles still start a table of their own, numbered or not.
        ("2024年度项目支出绩效自评表", [None, "2024年度项目支出绩效自评表"]),
        ("（二）2024年度项目支出绩效自评表", [None, "（二）2024年度项目支出绩效自评表"]),
        ("项目绩效目标审核意见表", [None, "项目绩效目标审核意见表"]),  # 意见 is no 见
    ],
)
def test_a_title_between_two_projects_still_starts_the_second(
    between: str, titles: list[str | None]
) -> None:
    first = [["项目名称", "甲项目"], *_GRID]
    second = [["项目名称", "乙项目"], *_GRID]
    tables = tables_of(*first, between, *second)
    assert [t.title for t in tables] == titles
    assert [t.project.name for t in tables] == ["甲项目", "乙项目"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年度项目支出绩效自评表", True),
        ("财政项目支出绩效跟踪表", True),
        ("项目绩效目标审核意见表", True),
        ("本项目绩效自评情况见下表：", False),
        ("现将项目绩效自评情况列表如下：", False),
        ("项目绩效目标完成情况见附表。", False),
        ("具体绩效监控情况详见表2。", False),
        ("经自评，绩效自评结果如下表所示", False),
        ("绩效指标完成情况表：", False),
    ],
)
def test_is_title_text(text: str, *, expected: bool) -> None:
    assert is_title_text(text) is expected


def test_a_word_report_with_a_lead_in_paragraph_is_one_table() -> None:
    data = docx_bytes(
        [
            "2023年度城市社区公共安全视频监控建设项目绩效自评报告",
            "一、项目基本情况",
            [[*row, *[""] * (4 - len(row))] for row in _PROJECT],
            "二、绩效指标完成情况",
            "项目全年预算执行率93.24%，各项绩效指标完成情况如下表：",
            _GRID,
            "三、存在问题及整改措施",
            [
                ["序号", "存在问题", "整改措施", "完成时限"],
                ["1", "部分点位供电未通", "协调供电部门接入", "2024年3月底前"],
                ["2", "设备到货延迟", "加强合同履约管理", "2024年6月底前"],
            ],
        ]
    )
    (table,) = perftrack.read(data)
    assert table.project.name == "城市社区公共安全视频监控建设"
    assert len(table.budget) == 1
    assert names(table) == ["新建高清视频监控点位", "社区盗窃类警情下降"]
    assert table.corrective_measures == "协调供电部门接入；加强合同履约管理"
    assert errors(table) == []


# ---------------------------------------------------------------------------
# M1: a closing list of problems and measures gives its 整改措施 column

_LIST = [
    ["序号", "存在问题", "整改措施", "完成时限"],
    ["1", "部分点位供电未通", "协调供电部门接入", "2024年3月底前"],
    ["2", "设备到货延迟", "加强合同履约管理；", "2024年6月底前"],
]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        pytest.param(
            ["三、存在问题及整改措施", *_LIST],
            "协调供电部门接入；加强合同履约管理",
            id="heading+list",
        ),
        pytest.param(
            ["存在问题及改进措施", *_LIST], "协调供电部门接入；加强合同履约管理", id="unnumbered"
        ),
        pytest.param(
            ["三、存在问题及整改措施", *(row[1:] for row in _LIST)],
            "协调供电部门接入；加强合同履约管理",
            id="no-serial-column",
        ),
        pytest.param(
            [*(row[1:] for row in _LIST)],
            "协调供电部门接入；加强合同履约管理",
            id="list-header-alone",
        ),
        pytest.param(
            [
                "三、存在问题及整改措施",
                ["序号", "问题", "下一步整改措施"],
                ["1", "项目资金拨付滞后", "加快拨付进度"],  # a problem led by a block word
                ["2", "宣传不足", "无"],  # says nothing: no measure
            ],
            "加快拨付进度",
            id="block-word-and-placeholder",
        ),
        pytest.param(
            [
                "三、存在问题及整改措施",
                *_LIST,
                ["填表人：张三", "联系电话：12345678"],
                "以上情况属实",
            ],
            "协调供电部门接入；加强合同履约管理",
            id="signatures-after",
        ),
        pytest.param(
            ["存在问题及整改措施", "1.部分点位供电未通，下一步协调供电部门接入。"],
            "1.部分点位供电未通，下一步协调供电部门接入。",
            id="prose: the control",
        ),
        pytest.param(
            [["纠偏措施", "加快施工进度"], "三、存在问题及整改措施", *_LIST],
            "加快施工进度",
            id="a-corrective-row-wins",
        ),
    ],
)
def test_a_closing_list_of_measures(closing: list[list[str] | str], expected: str) -> None:
    table = read(*_PROJECT, *_GRID, *closing)
    assert table.corrective_measures == expected
    assert names(table) == ["新建高清视频监控点位", "社区盗窃类警情下降"]
    assert len(table.budget) == 1
    assert table.budget[0].initial is not None


def test_a_list_of_measures_never_gives_a_header_word() -> None:
    table = read(*_PROJECT, *_GRID, "三、存在问题及整改措施", _LIST[0])
    assert table.corrective_measures == ""


# ---------------------------------------------------------------------------
# M3: projects stacked in one sheet under one title and one period line


def _project_rows(name: str, executed: float) -> list[list[object]]:
    return [
        ["项目名称", name, "主管部门", "某县教育局"],
        ["预算执行情况（万元）", "年初预算数", "全年预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", 1000, 1000, executed, executed / 1000],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"],
        ["产出指标", "数量指标", "受益人数", "≥1000人", "600人"],
    ]


def _stacked(*heading: list[object], titles: list[str] | None = None) -> list[list[object]]:
    rows: list[list[object]] = [*heading]
    for number, (name, executed) in enumerate(
        (("甲项目", 580.0), ("乙项目", 330.0), ("丙项目", 700.0))
    ):
        if titles is not None:
            rows.append([titles[number]])
        rows.extend(_project_rows(name, executed))
        rows.append([])
    return rows


_TITLE = ["2024年度项目支出绩效运行监控表"]
_PERIOD = ["监控期间：2024年1月-6月"]


@pytest.mark.parametrize(
    ("rows", "titles", "periods"),
    [
        pytest.param(
            _stacked(_TITLE, _PERIOD),
            ["2024年度项目支出绩效运行监控表"] * 3,
            [("2024-01", "2024-06")] * 3,
            id="one-title-one-period",
        ),
        pytest.param(
            _stacked(["2024年度甲乡中心小学营养餐项目支出绩效运行监控表"], _PERIOD),
            ["2024年度甲乡中心小学营养餐项目支出绩效运行监控表", None, None],
            [("2024-01", "2024-06")] * 3,
            id="a-title-naming-the-first-project",
        ),
        pytest.param(
            _stacked(
                titles=[
                    "2024年度项目支出绩效运行监控表（1-6月）",
                    "2024年度项目支出绩效运行监控表（1-3月）",
                    "2024年度项目支出绩效运行监控表（1-9月）",
                ]
            ),
            [
                "2024年度项目支出绩效运行监控表（1-6月）",
                "2024年度项目支出绩效运行监控表（1-3月）",
                "2024年度项目支出绩效运行监控表（1-9月）",
            ],
            [("2024-01", "2024-06"), ("2024-01", "2024-03"), ("2024-01", "2024-09")],
            id="titles-of-their-own: the control",
        ),
    ],
)
def test_stacked_tables_take_the_sheets_title_and_period(
    rows: list[list[object]], titles: list[str | None], periods: list[tuple[str, str]]
) -> None:
    tables = perftrack.read(xlsx_bytes({"运行监控表": rows}))
    assert [t.project.name for t in tables] == ["甲项目", "乙项目", "丙项目"]
    assert [t.title for t in tables] == titles
    assert [
        (str(t.period.start), str(t.period.end)) if t.period else None for t in tables
    ] == periods
    assert {t.kind for t in tables} == {perftrack.TableKind.TRACKING}


def test_a_stacked_table_with_a_period_of_its_own_keeps_it() -> None:
    rows = _stacked(_TITLE, _PERIOD)
    second = rows.index(["项目名称", "乙项目", "主管部门", "某县教育局"])
    rows.insert(second + 1, ["监控期间：2024年1月-3月"])
    tables = perftrack.read(xlsx_bytes({"运行监控表": rows}))
    assert [str(t.period.end) if t.period else None for t in tables] == [
        "2024-06",
        "2024-03",
        "2024-06",
    ]


def test_a_stacked_table_is_judged_at_the_sheets_period() -> None:
    # 乙项目 spent 33% by June: behind a 序时进度 of 50%, as 甲项目 (58%) is not.
    tables = perftrack.read(xlsx_bytes({"运行监控表": _stacked(_TITLE, _PERIOD)}))
    behind = [
        "budget-behind-schedule" in {f.id for f in perftrack.score(t).findings} for t in tables
    ]
    assert behind == [False, True, False]


def test_tables_of_another_sheet_take_nothing() -> None:
    sheets = {
        "甲": [_TITLE, _PERIOD, *_project_rows("甲项目", 580.0)],
        "乙": _project_rows("乙项目", 330.0),
    }
    first, second = perftrack.read(xlsx_bytes(sheets))
    assert first.period is not None
    assert (second.title, second.period) == (None, None)


def test_tsv_stacked_tables_take_the_title_too() -> None:
    rows = [
        "2024年度项目支出绩效运行监控表",
        "监控期间：2024年1月-6月",
        ["项目名称", "甲项目"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "受益人数", "≥1000人", "600人"],
        ["项目名称", "乙项目"],
        TRACKING_HEADER,
        ["产出指标", "数量指标", "受益人数", "≥1000人", "400人"],
    ]
    tables = tables_of(*rows)
    assert [t.title for t in tables] == ["2024年度项目支出绩效运行监控表"] * 2
    first, second = (t.period for t in tables)
    assert first == second
    assert first is not None
