"""Reading county exports a reviewer receives (r38i).

1. Text typed with full-width spaces for tabs (``一级指标　二级指标　…``), whose rows
   under a merged 一级指标 start with the separator (``　质量指标　…``), or with a run of
   full-width spaces (``　　　　质量指标　　…``), was refused whole (``未找到绩效指标表``):
   the line had one piece fewer than the header and did not line up by width. The line
   is now split at the header's separator as at tabs, or, when that overflows, its
   pieces fill the last columns.
2. A table printed over two pages whose second page repeats the title with a
   continuation mark (``财政项目支出绩效跟踪表（续）``) and the grid header was read as
   two tables, the second without a project, a period or a budget
   (``missing-project-name``, ``period-missing``): the marked title is the table's own.

Every table is written here as text, read and scored, with the exact words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack

if TYPE_CHECKING:
    from pathlib import Path

_FW = "\u3000"


def _spaced(sep: str, lead: str) -> str:
    """A 自评表 typed with *sep* between cells; the second indicator's row starts with *lead*."""
    lines = [
        "2023年度项目支出绩效自评表",
        f"项目名称{sep}社区居家养老服务",
        f"主管部门{sep}某区民政局{sep}实施单位{sep}某区养老服务中心",
        sep.join(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"]),
        sep.join(["年度资金总额", "120.00", "120.00", "108.00", "90.00%"]),
        sep.join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析"]),
        sep.join(["产出指标", "数量指标", "服务老人人数", "≥800人", "812人", "无"]),
        lead + sep.join(["质量指标", "服务合格率", "≥95%", "91%", "人员流动"]),
        sep.join(["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92%", "无"]),
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("sep", "lead"),
    [
        pytest.param(_FW, _FW, id="one-fullwidth-separator-before-the-row"),
        pytest.param(_FW * 2, _FW * 2, id="two-fullwidth-separator-before-the-row"),
        pytest.param(_FW * 2, _FW * 4, id="two-fullwidth-run-of-four-before-the-row"),
        pytest.param(_FW, _FW * 3, id="one-fullwidth-run-of-three-before-the-row"),
    ],
)
def test_fullwidth_text_row_under_a_merged_level1(sep: str, lead: str) -> None:
    (table,) = perftrack.read_text(_spaced(sep, lead))
    assert table.kind is perftrack.TableKind.SELF_EVALUATION
    assert table.project.name == "社区居家养老服务"
    assert [
        (i.level1, i.level2, i.name, str(i.target), str(i.actual), i.deviation_reason)
        for i in table.indicators
    ] == [
        ("产出指标", "数量指标", "服务老人人数", "≥800(人)", "812(人)", "无"),
        ("产出指标", "质量指标", "服务合格率", "≥95(%)", "91(%)", "人员流动"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90(%)", "92(%)", "无"),
    ]
    second = table.indicators[1]
    assert [second.cell_of(c).cell for c in ("name", "target", "actual")] == ["C8", "D8", "E8"]
    card = perftrack.score(table)
    assert (card.verdicts[1].attainment.value, card.verdicts[1].explanation) == (
        "not_met",
        "实际91%，未达年度指标≥95%",
    )
    assert [f.id for f in card.findings if f.id == "category-normalised"] == []


def test_fullwidth_text_row_without_its_first_cell_reads_as_tsv() -> None:
    # a line under a header parted by full-width runs, its 一级指标 left out with no run
    # before it: split at the runs as a TSV line at tabs, and the grid lines it up by
    # the names as it does a TSV row one column early, and says so
    text = _spaced(_FW * 2, " ").replace(_FW * 2 + "人员流动", "")
    (table,) = perftrack.read_text(text)
    assert [(i.level1, i.level2, i.name, str(i.actual)) for i in table.indicators][1] == (
        "产出指标",
        "质量指标",
        "服务合格率",
        "91(%)",
    )
    card = perftrack.score(table)
    assert [(f.id, f.where.cell) for f in card.findings if f.id.endswith("-normalised")] == [
        ("category-normalised", "A8"),
        ("layout-normalised", "B8"),
    ]


def test_pdf_text_with_a_cell_left_out_is_still_refused() -> None:
    # text aligned by ASCII spaces (a PDF's copy) whose line neither lines up nor has
    # every cell: the columns cannot be told, the text is refused as before (regress58 W1)
    text = _spaced("  ", "").replace("服务合格率", "服务合格率较长的名字").replace("  人员流动", "")
    with pytest.raises(perftrack.ReadError, match="未找到绩效指标表"):
        perftrack.read_text(text)


_HEAD = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：2025年1月至2025年6月"],
    ["项目名称", "学生营养改善计划"],
    ["主管部门", "某县教育局", "", "实施单位", "某县学生资助管理中心"],
    ["预算执行情况（万元）", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
    ["", "年度资金总额", "2016.00", "1008.00", "1008.00", "100.00"],
]
_GRID = [
    "序号",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标权重",
    "年度指标值",
    "跟踪期计划完成值",
    "跟踪期实际完成值",
    "偏差原因分析",
    "备注",
]
_PAGE1 = [
    ["1", "产出指标", "数量指标", "受益学生人数", "20", "≥42000人", "42000", "42100", "", ""],
    ["2", "", "质量指标", "食品安全抽检合格率", "15", "100%", "100%", "100%", "", ""],
]
_PAGE2 = [
    ["3", "", "时效指标", "营养餐供应天数", "15", "≥180天", "90", "92", "", ""],
    [
        "4",
        "满意度指标",
        "服务对象满意度指标",
        "学生家长满意度",
        "30",
        "≥90%",
        "90%",
        "—",
        "",
        "下半年调查",
    ],
]
_TAIL = [
    ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
    ["", "年度绩效目标完成可能性", "确定能完成"],
    ["纠偏措施", "无"],
]


def _tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


@pytest.mark.parametrize(
    "page_head",
    [
        pytest.param([["财政项目支出绩效跟踪表（续）"], _GRID], id="title-continued-header"),
        pytest.param([["财政项目支出绩效跟踪表(续表)"], _GRID], id="title-continued-table"),
        pytest.param([["（续表）财政项目支出绩效跟踪表"], _GRID], id="mark-before-title"),
        pytest.param([["财政项目支出绩效跟踪表 续表"], _GRID], id="title-space-continued"),
        pytest.param([["财政项目支出绩效跟踪表（续）"]], id="title-continued-no-header"),
    ],
)
def test_title_with_continuation_mark_goes_on(page_head: list[list[str]]) -> None:
    rows = [*_HEAD, _GRID, *_PAGE1, *page_head, *_PAGE2, *_TAIL]
    tables = perftrack.read_text(_tsv(rows))
    assert len(tables) == 1
    (table,) = tables
    assert table.project.name == "学生营养改善计划"
    assert [(i.level1, i.level2, i.name, i.weight) for i in table.indicators] == [
        ("产出指标", "数量指标", "受益学生人数", 20),
        ("产出指标", "质量指标", "食品安全抽检合格率", 15),
        ("产出指标", "时效指标", "营养餐供应天数", 15),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", 30),
    ]
    assert table.indicators[2].cell_of("target").cell == f"F{len(_HEAD) + 3 + len(page_head) + 1}"
    card = perftrack.score(table)
    assert (card.verdicts[2].attainment.value, card.verdicts[2].explanation) == (
        "pending",
        "实际92天，未达年度指标≥180天，距年底尚有时间",
    )
    ids = {f.id for f in card.findings}
    assert not ids & {"missing-project-name", "period-missing", "category-normalised"}


def test_continued_title_over_another_project_starts_a_table() -> None:
    # the marked title followed by another project's fields: that project's table
    other = [["财政项目支出绩效跟踪表（续）"], ["项目名称", "学前教育资助"], _GRID]
    tables = perftrack.read_text(_tsv([*_HEAD, _GRID, *_PAGE1, *other, *_PAGE2, *_TAIL]))
    assert [(t.project.name, len(t.indicators)) for t in tables] == [
        ("学生营养改善计划", 2),
        ("学前教育资助", 2),
    ]


@pytest.mark.parametrize(
    "end",
    [
        pytest.param("", id="trailing-cell-trimmed"),
        pytest.param(_FW, id="trailing-separator-kept"),
    ],
)
def test_fullwidth_text_blank_last_cell_and_closing_rows(end: str) -> None:
    # 偏差原因分析 left blank at the end of a line, and the closing rows of a 跟踪表
    # (fewer cells than the header): split at the separator as a short TSV row
    lines = [
        "财政项目支出绩效跟踪表",
        "跟踪时段：2024年1月至2024年9月",
        f"项目名称{_FW}老年人助餐服务补贴",
        _FW.join(["主管部门", "某区民政局", "实施单位", "某区养老服务指导中心"]),
        _FW.join(
            ["预算执行情况（万元）", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"]
        ),
        _FW.join(["年度资金总额", "300.00", "225.00", "180.00", "80.00"]),
        _FW.join(
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "跟踪期计划完成值",
                "跟踪期实际完成值",
                "偏差原因分析",
            ]
        ),
        _FW.join(["产出指标", "数量指标", "助餐点数量", "≥20个", "15", "12", "选址困难"]),
        _FW.join(["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "90", "92"]) + end,
        _FW.join(["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"]),
        _FW.join(["", "年度绩效目标完成可能性", "有可能完成"]),
        _FW.join(["纠偏措施", "加快助餐点选址"]),
    ]
    (table,) = perftrack.read_text("\n".join(lines) + "\n")
    assert [
        (i.level1, i.name, str(i.planned), str(i.actual), i.deviation_reason)
        for i in table.indicators
    ] == [
        ("产出指标", "助餐点数量", "15", "12", "选址困难"),
        ("满意度指标", "老年人满意度", "90", "92", ""),
    ]
    assert table.judgement is not None
    assert (table.judgement.budget_completion, table.judgement.goal_completion) == (
        "确定能完成",
        "有可能完成",
    )
    assert table.corrective_measures == "加快助餐点选址"
    card = perftrack.score(table)
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        ("pending", "实际12个，未达年度指标≥20个，距年底尚有时间；实际12个落后于计划15个"),
        ("met", "实际92%，达到年度指标≥90%"),
    ]


def _wrapped_budget_html(total: str, appropriation: str) -> str:
    return f"""<html><body><table border=1>
<tr><td colspan=6>财政项目支出绩效跟踪表</td></tr>
<tr><td colspan=6>跟踪时段：2024年1月至2024年6月</td></tr>
<tr><td>项目名称</td><td colspan=5>文明城市<br>创建经费</td></tr>
<tr><td>主管部门</td><td colspan=2>某县委宣传部</td><td>实施单位</td><td colspan=2>某县文明办</td></tr>
<tr><td>预算执行情况<br>（万元）</td><td></td><td>年初<br>预算数</td><td>跟踪期<br>预算数</td>
<td>跟踪期<br>执行数</td><td>执行率<br>(%)</td></tr>
<tr><td></td><td>{total}</td><td>200</td><td>100</td><td>80</td><td>80.00</td></tr>
<tr><td></td><td>{appropriation}</td><td>200</td><td>100</td><td>80</td><td>80.00</td></tr>
<tr><td>一级<br>指标</td><td>二级<br>指标</td><td>三级<br>指标</td><td>年度<br>指标值</td>
<td>跟踪期计划<br>完成值</td><td>跟踪期实际<br>完成值</td></tr>
<tr><td>产出<br>指标</td><td>数量<br>指标</td><td>公益广告<br>投放数量</td><td>≥500<br>块</td>
<td>250</td><td>260</td></tr>
<tr><td>满意度<br>指标</td><td>服务对象<br>满意度指标</td><td>市民<br>满意度</td><td>≥90%</td>
<td>90%</td><td>91%</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("total", "appropriation", "sources"),
    [
        pytest.param(
            "年度资金<br>总额",
            "其中：当年<br>财政拨款",
            ["年度资金总额", "其中：当年财政拨款"],
            id="wrapped-between-chinese",
        ),
        # a break beside a Latin letter or a figure stays a space, as in a name
        pytest.param(
            "年度资金总额<br>(A)",
            "其中：财政拨款",
            ["年度资金总额 (A)", "其中：财政拨款"],
            id="beside-latin",
        ),
    ],
)
def test_wrapped_budget_label_is_one_label(
    total: str, appropriation: str, sources: list[str]
) -> None:
    (table,) = perftrack.read(_wrapped_budget_html(total, appropriation).encode(), format="html")
    assert [line.source for line in table.budget] == sources
    assert [line.role.value for line in table.budget] == ["total", "appropriation"]
    assert table.project.name == "文明城市创建经费"
    card = perftrack.score(table)
    (adjusted,) = [f for f in card.findings if f.id == "budget-adjusted"]
    assert adjusted.message == (
        f"“{sources[0]}”预算由年初200调整为100，其中“{sources[1].removeprefix('其中：')}”由200调整为100"
    )


def test_wrapped_budget_label_in_xlsx(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：2024年1月至2024年6月"],
        ["项目名称", "文明城市创建经费"],
        ["主管部门", "某县委宣传部", "", "实施单位", "某县文明办"],
        ["预算执行情况（万元）", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金\n总额", 200, 100, 80, 80],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "公益广告投放数量", "≥500块", 250, 260],
    ]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "跟踪表.xlsx"
    workbook.save(path)
    (table,) = perftrack.read(path)
    assert [line.source for line in table.budget] == ["年度资金总额"]
    card = perftrack.score(table)
    assert [f.message for f in card.findings if f.id == "budget-adjusted"] == [
        "“年度资金总额”预算由年初200调整为100"
    ]


def test_seed_typed_with_fullwidth_spaces_reads_as_its_tsv() -> None:
    # the example's first table with every tab typed as a full-width space: the same
    # table, cell for cell (the rows shifted a column, the blank label cells above the
    # header, the closing rows), as its TSV
    from pathlib import Path  # noqa: PLC0415

    seed = Path(__file__).parents[1] / "examples" / "000_7a0b2a9980fedb64.txt"
    first = seed.read_text(encoding="utf-8").split("<h3")[0]
    (tsv,) = perftrack.read_text(first)
    (typed,) = perftrack.read_text(first.replace("\t", _FW))
    assert typed.indicators == tsv.indicators
    assert typed.budget == tsv.budget
    assert (typed.project, typed.period, typed.judgement) == (
        tsv.project,
        tsv.period,
        tsv.judgement,
    )
    assert [i.cell_of("target").cell for i in typed.indicators] == [
        i.cell_of("target").cell for i in tsv.indicators
    ]

    def findings(table: perftrack.Table) -> list[tuple[str, str | None, str]]:
        return [(f.id, f.where.cell, f.message) for f in perftrack.score(table).findings]

    assert findings(typed) == findings(tsv)
    assert ("budget-adjusted", "E10") in [(f[0], f[1]) for f in findings(typed)]


def test_fullwidth_text_typed_unevenly_is_not_split_as_tabs() -> None:
    # a line parted by one full-width space under a header parted by two, its first cell
    # left out: not one cell holding the whole line (what splitting at the header's run
    # would give), but refused, the columns not told
    lines = _spaced(_FW * 2, _FW).split("\n")
    lines[7] = _FW + _FW.join(["质量指标", "服务合格率", "≥95%", "91%", "人员流动"])
    text = "\n".join(lines)
    with pytest.raises(perftrack.ReadError, match="未找到绩效指标表"):
        perftrack.read_text(text)
