"""k33c: three reading gaps closed (rate rows, stacked grids, UTF-16 with a lone surrogate).

1. A budget rate row (``执行率 | | | 85%``) under a total line that prints its own rate
   (or a source line that does) was ``budget-line-unread`` unless it repeated the line's
   rate beside a 得分: it is read. The line's own rate stands; a row's rate the line's
   amounts do not give is a ``budget-rate-mismatch`` at the row's cell, with both
   figures; without amounts, the two printed rates are said to differ.
2. Two grids one after the other under the same header, no title between, were one
   table: a second header whose rows start the level 1 names over, or a budget block of
   its own before it, starts a second table. The header repeated at a page break of one
   table (the level 1 the grid ended in, or none, on its first row) does not.
3. UTF-16 text without a BOM holding a lone surrogate was refused as control bytes: it
   is read as UTF-16, the code unit as U+FFFD, with a ``malformed-cell`` warning naming
   the line, the code unit and its byte offset.

Every table is built here: TSV text through :func:`perftrack.read_text`, bytes through
:func:`perftrack.read`.
"""

from __future__ import annotations

import codecs
from decimal import Decimal

import pytest

import perftrack
from perftrack import ReadError
from perftrack.readers._decode import decode

D = Decimal

# -- 1. a rate row under lines that print their rate --------------------------------------

_HEAD = ["财政项目支出绩效跟踪表", "跟踪时段：（ 2025-1月 至 2025-9月 ）", "项目名称\t探针专项资金"]
_GRID = [
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训次数\t≥12次\t9次\t9次\t",
]
_MONEY = "预算执行情况（万元）\t全年预算数\t执行数\t执行率"
_TOTAL_90 = "年度资金总额\t100\t90\t90%"
_MISMATCH = (
    "budget-rate-mismatch",
    "“执行率”行填报执行率85%与“年度资金总额”按金额计算的90.00%不符（“年度资金总额”填报执行率90%）",
)

# each line: source, rate, the rate's cell
Line = tuple[str, D | None, str | None]


def _track(*budget: str) -> perftrack.Table:
    (table,) = perftrack.read_text("\n".join([*_HEAD, *budget, *_GRID]))
    return table


def _lines(table: perftrack.Table) -> list[Line]:
    out: list[Line] = []
    for line in table.budget:
        cell = dict(line.cells).get("rate")
        out.append((line.source, line.rate, None if cell is None else _cell(cell)))
    return out


def _cell(position: perftrack.Position) -> str:
    assert position.row is not None
    assert position.column is not None
    return f"{chr(ord('A') + position.column - 1)}{position.row}"


@pytest.mark.parametrize(
    ("budget", "lines", "findings"),
    [
        # before: budget-line-unread, the row's 85% said nowhere against the amounts
        pytest.param(
            (_MONEY, _TOTAL_90, "执行率\t\t\t85%"),
            [("年度资金总额", D(90), "D5")],
            [(*_MISMATCH, "D6")],
            id="row-rate-not-the-amounts",
        ),
        # the percent under a money column: the rate all the same
        pytest.param(
            (_MONEY, _TOTAL_90, "执行率\t85%"),
            [("年度资金总额", D(90), "D5")],
            [(*_MISMATCH, "B6")],
            id="row-rate-under-money-column",
        ),
        # a source prints its rate too: the row is held against the total's amounts
        pytest.param(
            (_MONEY, _TOTAL_90, "其中：财政拨款\t100\t90\t90%", "执行率\t\t\t85%"),
            [("年度资金总额", D(90), "D5"), ("其中：财政拨款", D(90), "D6")],
            [(*_MISMATCH, "D7")],
            id="row-rate-under-sources",
        ),
        # the line's rate again, no 得分 beside it (before: budget-line-unread)
        pytest.param(
            (_MONEY, _TOTAL_90, "执行率\t\t\t90.00%"),
            [("年度资金总额", D(90), "D5")],
            [],
            id="same-rate-again",
        ),
        # the line's rate as a share: the same rate
        pytest.param(
            (_MONEY, _TOTAL_90, "执行率\t\t\t0.9"),
            [("年度资金总额", D(90), "D5")],
            [],
            id="same-rate-as-share",
        ),
        # a row the amounts give, beside a line's rate against the months' plan: read,
        # no finding from the reader (the scoring says the line's, see below)
        pytest.param(
            (
                "预算执行情况（万元）\t全年预算数\t跟踪期预算数\t执行数\t执行率",
                "年度资金总额\t100\t75\t74\t98.67%",
                "执行率\t\t\t\t74%",
            ),
            [("年度资金总额", D("98.67"), "E5")],
            [],
            id="row-rate-the-amounts-give",
        ),
        # no amounts to compute a rate: the two printed rates differ, the line's kept
        pytest.param(
            (_MONEY, "年度资金总额\t\t\t90%", "执行率\t\t\t85%"),
            [("年度资金总额", D(90), "D5")],
            [
                (
                    "budget-rate-mismatch",
                    "“执行率”行填报执行率85%与“年度资金总额”填报的执行率90%不一致，按后者读取",
                    "D6",
                )
            ],
            id="no-amounts",
        ),
        # the total prints no rate, a source does: the row's rate is the total's
        pytest.param(
            (_MONEY, "年度资金总额\t100\t90\t", "其中：财政拨款\t100\t90\t90%", "执行率\t\t\t85%"),
            [("年度资金总额", D(85), "D7"), ("其中：财政拨款", D(90), "D6")],
            [],
            id="total-without-rate",
        ),
        # as before: a bare figure under a money column is no rate (an amount?)
        pytest.param(
            (_MONEY, _TOTAL_90, "执行率\t\t85"),
            [("年度资金总额", D(90), "D5")],
            [
                (
                    "budget-line-unread",
                    "预算行“执行率”不是已知的资金来源，金额未读入，不核对各项合计",
                    "A6",
                )
            ],
            id="bare-figure-unread",
        ),
    ],
)
def test_rate_row_under_rated_lines(
    budget: tuple[str, ...], lines: list[Line], findings: list[tuple[str, str, str]]
) -> None:
    table = _track(*budget)
    assert _lines(table) == lines
    assert [
        (f.id, f.message, f.where.cell) for f in table.findings if f.id.startswith("budget-")
    ] == findings


@pytest.mark.parametrize(
    ("budget", "expected"),
    [
        pytest.param((_MONEY, _TOTAL_90, "执行率\t\t\t85%"), [_MISMATCH], id="row"),
        pytest.param(
            (_MONEY, "年度资金总额\t100\t90\t", "其中：财政拨款\t100\t90\t90%", "执行率\t\t\t85%"),
            [("budget-rate-mismatch", "“年度资金总额”填报执行率85%与金额计算的90.00%不符")],
            id="total-without-rate",
        ),
        pytest.param(
            (
                "预算执行情况（万元）\t全年预算数\t跟踪期预算数\t执行数\t执行率",
                "年度资金总额\t100\t75\t74\t98.67%",
                "执行率\t\t\t\t74%",
            ),
            [
                (
                    "budget-rate-mismatch",
                    (
                        "“年度资金总额”填报执行率98.67%与金额计算的74.00%不符"
                        "（填报执行率为执行数与计划数75之比，执行率应以全年预算为分母）"
                    ),
                ),
                ("budget-behind-schedule", "执行率74.00%低于序时进度75.00%"),
            ],
            id="line-against-the-plan",
        ),
    ],
)
def test_rate_row_scored(budget: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    """perftrack score: one clear finding, no budget-line-unread."""
    card = perftrack.score(_track(*budget))
    assert [(f.id, f.message) for f in card.findings if f.id.startswith("budget-")] == expected


def test_rate_row_figures_and_line() -> None:
    """The finding names the total line and holds both rates, for the review letter."""
    (finding,) = (f for f in _track(_MONEY, _TOTAL_90, "执行率\t\t\t85%").findings)
    assert (finding.where.name, finding.where.budget_line) == ("年度资金总额", "total")
    assert [(f.name, f.value) for f in finding.figures] == [
        ("printed", D(85)),
        ("computed", D("90.00")),
    ]


# -- 2. two grids under the same header ----------------------------------------------------

_HEADER = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"
_SELF = [
    "2024年度项目支出绩效自评表",
    "项目名称\t甲项目",
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率",
    "年度资金总额\t100\t100\t90\t90%",
]
_FIRST = [
    "产出指标\t数量指标\t培训次数\t≥4次\t4次\t50\t50",
    "效益指标\t社会效益指标\t受益人数\t≥100人\t120人\t50\t50",
]
_SECOND = [
    "产出指标\t数量指标\t检查次数\t≥12次\t12次\t50\t50",
    "效益指标\t社会效益指标\t覆盖户数\t≥50户\t60户\t50\t50",
]
_ONE = ["培训次数", "受益人数"]
_TWO = ["检查次数", "覆盖户数"]
_BUDGET_2 = [
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率",
    "年度资金总额\t50\t50\t40\t80%",
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # before: one table of four indicators
        pytest.param([*_SELF, _HEADER, *_FIRST, _HEADER, *_SECOND], [_ONE, _TWO], id="straight"),
        pytest.param(
            [*_SELF, _HEADER, *_FIRST, "", _HEADER, *_SECOND], [_ONE, _TWO], id="after-blank"
        ),
        # the central 自评表's header, led by 绩效指标
        pytest.param(
            [
                *_SELF,
                f"绩效指标\t{_HEADER}",
                *(f"\t{row}" for row in _FIRST),
                f"绩效指标\t{_HEADER}",
                *(f"\t{row}" for row in _SECOND),
            ],
            [_ONE, _TWO],
            id="label-column-led",
        ),
        # a budget block of its own between the grids (before: two totals in one table)
        pytest.param(
            [*_SELF, _HEADER, *_FIRST, *_BUDGET_2, _HEADER, *_SECOND], [_ONE, _TWO], id="budget"
        ),
        # the header at a page break of one table: its first row carries the level 1 on
        pytest.param(
            [
                *_SELF,
                _HEADER,
                _FIRST[0],
                _HEADER,
                "\t\t检查次数\t≥12次\t12次\t20\t20",
                "效益指标\t社会效益指标\t覆盖户数\t≥50户\t60户\t30\t30",
            ],
            [["培训次数", "检查次数", "覆盖户数"]],
            id="page-break-blank-level",
        ),
        pytest.param(
            [
                *_SELF,
                _HEADER,
                _FIRST[0],
                "产出指标\t质量指标\t合格率\t≥95%\t96%\t20\t20",
                _HEADER,
                "产出指标\t时效指标\t完成时间\t2024年12月前\t2024年11月\t10\t10",
                _FIRST[1],
            ],
            [["培训次数", "合格率", "完成时间", "受益人数"]],
            id="page-break-same-level",
        ),
        # a level 1 the grid has not had yet: the table goes on
        pytest.param(
            [*_SELF, _HEADER, _FIRST[0], _HEADER, _FIRST[1]],
            [["培训次数", "受益人数"]],
            id="page-break-next-level",
        ),
    ],
)
def test_second_grid_under_the_same_header(rows: list[str], expected: list[list[str]]) -> None:
    tables = perftrack.read_text("\n".join(rows))
    assert [[i.name for i in t.indicators] for t in tables] == expected
    assert tables[0].project.name == "甲项目"
    assert [len(t.budget) for t in tables][:1] == [1]


def test_second_grid_takes_its_budget() -> None:
    first, second = perftrack.read_text(
        "\n".join([*_SELF, _HEADER, *_FIRST, *_BUDGET_2, _HEADER, *_SECOND])
    )
    assert [(line.period_budget, line.executed) for line in first.budget] == [(D(100), D(90))]
    assert [(line.period_budget, line.executed) for line in second.budget] == [(D(50), D(40))]


# -- 3. UTF-16 without a BOM, one code unit broken -----------------------------------------

_TEXT = (
    "2024年度项目支出绩效自评表\n项目名称\t示例项目\n"
    f"{_HEADER}\n"
    "产出指标\t数量指标\t培训次数\t≥4次\t4次\t50\t50\n"
    "效益指标\t社会效益指标\t受益人数\t≥100人\t120人\t50\t50\n"
)
_AT = len("2024年度项目支出绩效自评表\n项目名称\t示例".encode("utf-16-le"))


def _broken(codec: str, *, bom: bytes = b"") -> bytes:
    data = _TEXT.encode(codec)
    unit = b"\x00\xd8" if codec.endswith("le") else b"\xd8\x00"
    return bom + data[:_AT] + unit + data[_AT:]


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        pytest.param(_broken("utf-16-le"), _AT, id="le"),
        pytest.param(_broken("utf-16-be"), _AT, id="be"),
        pytest.param(_broken("utf-16-le", bom=codecs.BOM_UTF16_LE), _AT + 2, id="le-bom"),
    ],
)
def test_lone_surrogate_read_past(data: bytes, offset: int) -> None:
    (table,) = perftrack.read(data, name="自评表.txt")
    assert table.project.name == "示例\ufffd项目"
    assert [i.name for i in table.indicators] == ["培训次数", "受益人数"]
    assert [(f.id, f.severity.value, f.message) for f in table.findings] == [
        (
            "malformed-cell",
            "warning",
            (
                f"第 2 行有无法按 UTF-16 解码的孤立代理码元（0xD800，字节偏移 {offset}），"
                "已按“\ufffd”读取；文件可能已损坏"
            ),
        )
    ]


def test_lone_surrogate_strict_decode_names_the_code_unit() -> None:
    """decode() refuses it, naming the code unit and where (it said 内容含有大量控制字节)."""
    with pytest.raises(ReadError) as info:
        decode(_broken("utf-16-le"), file="自评表.txt")
    assert str(info.value) == (
        f"自评表.txt: 无法识别文件编码：按 UTF-16 解码时，字节偏移 {_AT} 处（孤立代理码元 0xD800）"
        "无法解码；请另存为 UTF-8 后重试，或指定编码（命令行 --encoding，或 read(..., encoding=...)）"
    )


def test_many_lone_surrogates_still_refused() -> None:
    """More broken code units than a few damaged cells: refused as before."""
    data = _TEXT.encode("utf-16-le").replace("指标".encode("utf-16-le"), b"\x3d\xd8\x3d\xd8")
    with pytest.raises(ReadError, match="孤立代理码元 0xD83D"):
        perftrack.read(data, name="自评表.txt")
