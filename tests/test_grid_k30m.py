"""Grid value columns: the actual's own unit column, operator headers and cells (read55, k30m).

H1: ``年度指标值 | 度量单位 | 实际完成值 | 计量单位`` (also ``指标值单位 … 实际完成值单位``,
``单位 … 单位``, and ``数值 | 单位`` under a merged ``实际完成值``): a second unit column
right after the actual is the actual's unit. Before, the bare actual took the target's
unit (``2950000 | 元`` against ``≤300 | 万元`` read 2950000万元, not met). A single unit
column stays the unit of the whole row, wherever it stands; an empty cell of the
actual's unit column falls back to it.

H2: a header ``指标值性质`` (``指标值属性``) is the operator column, not a second target
column that hid the figures.

H3: ``年度指标值`` merged over ``性质 | 数值 | 单位`` (``属性``, ``比较``; two- or
three-row header): the short word is the operator's column, as ``指标性质`` and
``运算符`` were; before, the target was the bare ``≥``.

H5: an operator with its words in brackets (``≤（小于等于）``, ``=（等于）``) is the
operator, in a column whose header names no role (指标属性, 逻辑关系, 指标类型) and
under ``指标性质`` alike; before, the column was dropped silently (``≤30分钟`` read as
``=30分钟``). A column beside the target that holds operators and cells that are none
is still not read, and a ``grid-column-unread`` warning names the first such cell.

Every table is built here: TSV text through :func:`perftrack.read_text`, and the
merged headers as xlsx bytes (openpyxl).
"""

from __future__ import annotations

import pytest

import perftrack
from fixtures_office import xlsx_bytes

_TOP = [
    ["2025年度项目支出绩效自评表"],
    ["项目名称", "智慧社区平台建设"],
    ["主管部门", "区大数据中心"],
]


def _tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def _read(rows: list[list[str]]) -> perftrack.Table:
    [table] = perftrack.read_text(_tsv([*_TOP, *rows]))
    return table


def _verdicts(table: perftrack.Table) -> list[tuple[str, str, str, str | None, str, str]]:
    card = perftrack.score(table)
    return [
        (
            indicator.name,
            indicator.target.text if indicator.target is not None else "",
            indicator.actual.text if indicator.actual is not None else "",
            getattr(indicator.actual, "unit", None),
            verdict.attainment.value,
            verdict.explanation,
        )
        for indicator, verdict in zip(table.indicators, card.verdicts, strict=True)
    ]


def _ids(table: perftrack.Table) -> list[str]:
    return [finding.id for finding in table.findings]


# --- H1: the actual's own unit column ------------------------------------------------

_H1_ROWS = [
    ["产出指标", "成本指标", "平台建设成本", "≤", "300", "万元", "2950000", "元", "50", "50"],
    ["效益指标", "社会效益指标", "群众办事平均时长", "≤", "30", "分钟", "0.4", "小时", "50", "50"],
]
_H1_EXPECTED = [
    (
        "平台建设成本",
        "≤300万元",
        "2950000",
        "元",
        "met",
        "实际2950000元，达到年度指标≤300万元",
    ),
    (
        "群众办事平均时长",
        "≤30分钟",
        "0.4",
        "小时",
        "met",
        "实际0.4小时，达到年度指标≤30分钟",
    ),
]


@pytest.mark.parametrize(
    "units",
    [("度量单位", "计量单位"), ("指标值单位", "实际完成值单位"), ("单位", "单位")],
)
def test_actual_unit_column_after_the_actual(units: tuple[str, str]) -> None:
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", units[0]]
    header += ["实际完成值", units[1], "分值", "得分"]
    table = _read([header, *_H1_ROWS])
    assert _verdicts(table) == _H1_EXPECTED
    assert _ids(table) == []


def test_actual_unit_column_under_a_merged_actual_header_in_xlsx() -> None:
    head = [
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "",
            "",
            "实际完成值",
            "",
            "分值",
            "得分",
        ],
        ["", "", "", "指标性质", "数值", "单位", "数值", "单位", "", ""],
    ]
    body = [
        ["产出指标", "成本指标", "平台建设成本", "≤", 300, "万元", 2950000, "元", 50, 50],
        ["", "成本指标", "单位养护成本", "≤", 0.8, "万元/公里", 7600, "元/公里", 50, 50],
    ]
    merges = ["A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:H4", "I4:I5", "J4:J5", "A6:A7"]
    data = xlsx_bytes({"Sheet1": [*_TOP, *head, *body]}, merges={"Sheet1": merges})
    [table] = perftrack.read(data, name="自评表.xlsx")
    assert _verdicts(table) == [
        ("平台建设成本", "≤300万元", "2950000", "元", "met", "实际2950000元，达到年度指标≤300万元"),
        (
            "单位养护成本",
            "≤0.8万元/公里",
            "7600",
            "元/公里",
            "met",
            "实际7600元/公里，达到年度指标≤0.8万元/公里",
        ),
    ]


def test_empty_actual_unit_cell_keeps_the_row_unit() -> None:
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位"]
    header += ["实际完成值", "计量单位", "分值", "得分"]
    row = ["产出指标", "成本指标", "平台建设成本", "≤", "300", "万元", "295", "", "50", "50"]
    table = _read([header, row])
    assert _verdicts(table) == [
        ("平台建设成本", "≤300万元", "295", "万元", "met", "实际295万元，达到年度指标≤300万元")
    ]


@pytest.mark.parametrize(
    "header",
    [
        # one unit column, before or after the values: the unit of the whole row
        ["三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "分值"],
        ["三级指标", "指标性质", "年度指标值", "实际完成值", "计量单位", "分值"],
    ],
)
def test_one_unit_column_is_the_row_unit(header: list[str]) -> None:
    unit_at = header.index("度量单位" if "度量单位" in header else "计量单位")
    cells = ["平台建设成本", "≤", "300", "295", "50"]
    cells.insert(unit_at, "万元")
    table = _read([header, cells])
    assert _verdicts(table) == [
        ("平台建设成本", "≤300万元", "295", "万元", "met", "实际295万元，达到年度指标≤300万元")
    ]


def _operator_grid(header: str, ge: str, le: str, *more: list[str]) -> list[list[str]]:
    """A grid whose column *header* holds the operators *ge* and *le* of its two rows."""
    return [
        ["一级指标", "二级指标", "三级指标", header, "指标值", "度量单位", "实际完成值", "分值"],
        ["产出指标", "数量指标", "接入社区数", ge, "30", "个", "32个", "50"],
        ["效益指标", "社会效益指标", "群众办事平均时长", le, "30", "分钟", "26分钟", "50"],
        *more,
    ]


# --- H2: 指标值性质 is the operator column --------------------------------------------


@pytest.mark.parametrize("nature", ["指标值性质", "指标值属性", "指标性质"])
@pytest.mark.parametrize(("ge", "le"), [("≥", "≤"), ("大于等于", "小于等于")])
def test_nature_header_with_the_target_word(nature: str, ge: str, le: str) -> None:
    table = _read(_operator_grid(nature, ge, le))
    assert [(name, attainment, why) for name, _, _, _, attainment, why in _verdicts(table)] == [
        ("接入社区数", "met", "实际32个，达到年度指标≥30个"),
        ("群众办事平均时长", "met", "实际26分钟，达到年度指标≤30分钟"),
    ]
    assert _ids(table) == []


# --- H3: 性质 | 数值 | 单位 under a merged 年度指标值 -------------------------------------

_H3_BODY = [
    ["产出指标", "数量指标", "养护里程", "≥", 120, "公里", 126, "公里", 40, 40],
    ["", "质量指标", "路况优良率", "≥", 90, "%", 88, "%", 30, 25],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 85, "%", 91, "%", 30, 30],
]
_H3_EXPECTED = [
    ("养护里程", "≥120公里", "met"),
    ("路况优良率", "≥90%", "not_met"),
    ("群众满意度", "≥85%", "met"),
]


@pytest.mark.parametrize(
    "words",
    [
        ("性质", "数值", "单位"),
        ("属性", "值", "单位"),
        ("比较", "数值", "计量单位"),
        ("性质", "指标值", "单位"),
        # the layouts that worked before
        ("指标性质", "数值", "单位"),
        ("符号", "数值", "单位"),
        ("运算符", "值", "单位"),
    ],
)
def test_operator_sub_header_under_a_merged_target(words: tuple[str, str, str]) -> None:
    head = [
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "",
            "",
            "实际完成值",
            "",
            "分值",
            "得分",
        ],
        ["", "", "", *words, "数值", "单位", "", ""],
    ]
    merges = ["A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:H4", "I4:I5", "J4:J5"]
    data = xlsx_bytes({"Sheet1": [*_TOP, *head, *_H3_BODY]}, merges={"Sheet1": merges})
    [table] = perftrack.read(data, name="自评表.xlsx")
    assert [(n, t, a) for n, t, _, _, a, _ in _verdicts(table)] == _H3_EXPECTED
    assert [getattr(i.actual, "unit", None) for i in table.indicators] == ["公里", "%", "%"]
    assert _ids(table) == []


def test_operator_sub_header_in_a_three_row_header() -> None:
    head = [
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度绩效目标",
            "",
            "",
            "实际完成情况",
            "",
            "分值",
            "得分",
        ],
        ["", "", "", "指标值", "", "", "实际完成值", "", "", ""],
        ["", "", "", "性质", "数值", "单位", "数值", "单位", "", ""],
    ]
    merges = ["A4:A6", "B4:B6", "C4:C6", "D4:F4", "G4:H4", "I4:I6", "J4:J6", "D5:F5", "G5:H5"]
    data = xlsx_bytes({"Sheet1": [*_TOP, *head, *_H3_BODY]}, merges={"Sheet1": merges})
    [table] = perftrack.read(data, name="自评表.xlsx")
    assert [(n, t, a) for n, t, _, _, a, _ in _verdicts(table)] == _H3_EXPECTED
    assert _ids(table) == []


# --- H5: operators written with their words ---------------------------------------


@pytest.mark.parametrize("header", ["指标属性", "逻辑关系", "指标类型", "计算方式", "指标性质"])
@pytest.mark.parametrize(
    ("ge", "le"),
    [
        ("≥（大于等于）", "≤（小于等于）"),
        ("≥(大于等于)", "≤(小于或等于)"),
        ("大于等于", "小于"),
        ("≥", "≤"),
    ],
)
def test_operator_cells_with_their_words(header: str, ge: str, le: str) -> None:
    table = _read(
        _operator_grid(
            header, ge, le, ["", "", "系统可用率", "=（等于）", "100", "%", "100%", "50"]
        )
    )
    op = "<" if le == "小于" else "≤"
    assert [(attainment, why) for _, _, _, _, attainment, why in _verdicts(table)] == [
        ("met", "实际32个，达到年度指标≥30个"),
        ("met", f"实际26分钟，达到年度指标{op}30分钟"),
        ("met", "实际100%，达到年度指标=100%"),
    ]
    assert _ids(table) == []


def test_operator_column_with_a_cell_that_is_none_is_said() -> None:
    table = _read(_operator_grid("指标属性", "≥（大于等于）", "≤（约）"))
    [finding] = table.findings
    assert (finding.id, finding.severity.value, finding.message, finding.where.cell) == (
        "grid-column-unread",
        "warning",
        (
            "指标表“指标属性”列（D4）有运算符（如“≥（大于等于）”），但“≤（约）”（D6）"
            "不是可识别的运算符，该列未作为指标性质读入，请核对各指标的运算符"
        ),
        "D6",
    )


def test_words_beside_the_target_without_operators_stay_unread_and_unsaid() -> None:
    table = _read(
        [
            ["一级指标", "二级指标", "三级指标", "指标类型", "指标值", "实际完成值", "分值"],
            ["产出指标", "数量指标", "接入社区数", "数量", "≥30个", "32个", "50"],
            ["效益指标", "社会效益指标", "群众办事平均时长", "时效", "≤30分钟", "26分钟", "50"],
        ]
    )
    assert [i.target.text for i in table.indicators if i.target is not None] == ["≥30个", "≤30分钟"]
    assert _ids(table) == []
