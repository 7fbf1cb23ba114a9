"""Budget blocks of 区域 and 部门整体 tables the reader misread or dropped (e2e17).

The 区域绩效目标表's total line `年度金额：`, a 部门整体 目标表 printing its budget in
columns (资金总额 | 按收入性质分 | 按支出性质分 over one row of amounts), a 区域
self-evaluation printing its funds by source as columns (全年预算数 | 全年执行数 each
over 合计 | 中央资金 | 地方资金), and text in a 全年预计执行率 column. Every case is a
small table written here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack.scoring import whole_budget
from test_read_unseen import names, read

D = Decimal

Line = tuple[str, str, Decimal | None, Decimal | None, Decimal | None]


def lines(table: perftrack.Table) -> list[Line]:
    """Each budget line: role, source, the year's budget, the period budget, executed."""
    return [
        (line.role.value, line.source, line.initial, line.period_budget, line.executed)
        for line in table.budget
    ]


def findings(table: perftrack.Table | perftrack.Scorecard) -> list[tuple[str, str]]:
    return [(finding.id, finding.message) for finding in table.findings]


def scored(table: perftrack.Table, *ids: str) -> list[tuple[str, str]]:
    return [item for item in findings(perftrack.score(table)) if item[0] in ids]


# ---------------------------------------------------------------------------
# H1: 年度金额 is the total line of the 区域绩效目标表

_REGION_GRID = (
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "高标准农田建设面积", "≥1万亩"],
)


@pytest.mark.parametrize(
    "label", ["年度金额：", "年度金额", "年度金额:", "年度资金总额：", "资金总额：", "金额合计"]
)
def test_the_year_amount_line_is_the_total(label: str) -> None:
    # Before, 年度金额 was no line at all: 申报预算 was the sources' 1900, no finding.
    table = read(
        "2025年区域绩效目标表",
        ["转移支付名称", "农田建设补助资金"],
        ["资金情况（万元）", label, "", "2,000.00"],
        ["", "其中：中央补助", "", "1,600.00"],
        ["", "地方资金", "", "300.00"],
        *_REGION_GRID,
    )
    assert lines(table) == [
        # the label without the colon printed after it (tr29 L1)
        ("total", label.rstrip(":："), D(2000), None, None),
        ("appropriation", "其中：中央补助", D(1600), None, None),
        ("appropriation", "地方资金", D(300), None, None),
    ]
    assert scored(table, "budget-sum-mismatch") == [
        ("budget-sum-mismatch", "资金来源各项合计1900.00与总额2000.00不符")
    ]
    assert names(table) == ["高标准农田建设面积"]


# ---------------------------------------------------------------------------
# H2: a 部门整体 目标表's budget in columns (资金总额 | 按收入性质分 | 按支出性质分)

_DEPARTMENT_GRID = (
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥8.5万人"],
)
_BY_KIND_UPPER = ["年度预算申请（万元）", "资金总额", "按收入性质分", "", "", "按支出性质分", ""]
_BY_KIND_LOWER = ["", "", "一般公共预算", "政府性基金预算", "其他资金", "基本支出", "项目支出"]
_BY_KIND_AMOUNTS = ["", "18,600.00", "16,900.00", "1,200.00", "700.00", "10,200.00", "8,400.00"]
_BY_KIND_LINES: list[Line] = [
    ("total", "资金总额", D(18600), None, None),
    ("appropriation", "一般公共预算", D(16900), None, None),
    ("appropriation", "政府性基金预算", D(1200), None, None),
    ("other", "其他资金", D(700), None, None),
    # the uses, parts of the total by another axis: lines of their own (k31d)
    ("use", "基本支出", D(10200), None, None),
    ("use", "项目支出", D(8400), None, None),
]


@pytest.mark.parametrize(
    ("upper", "lower", "amounts", "expected"),
    [
        # the provincial 部门整体支出绩效目标申报表: sources, then uses (role use)
        (_BY_KIND_UPPER, _BY_KIND_LOWER, _BY_KIND_AMOUNTS, _BY_KIND_LINES),
        # the uses first, the sources after
        (
            ["部门预算（万元）", "资金总额", "按支出性质分", "", "按收入性质分", ""],
            ["", "", "基本支出", "项目支出", "财政拨款", "其他资金"],
            ["", "1,000", "600", "400", "900", "100"],
            [
                ("total", "资金总额", D(1000), None, None),
                ("use", "基本支出", D(600), None, None),
                ("use", "项目支出", D(400), None, None),
                ("appropriation", "财政拨款", D(900), None, None),
                ("other", "其他资金", D(100), None, None),
            ],
        ),
        # no groups: the sources name the columns, one row of amounts under them
        (
            ["年度预算申请（万元）", "资金总额", "财政拨款", "其他资金"],
            None,
            ["", "1,000", "900", "100"],
            [
                ("total", "资金总额", D(1000), None, None),
                ("appropriation", "财政拨款", D(900), None, None),
                ("other", "其他资金", D(100), None, None),
            ],
        ),
    ],
)
def test_a_budget_in_columns_is_read_as_its_sources(
    upper: list[str], lower: list[str] | None, amounts: list[str], expected: list[Line]
) -> None:
    # Before, the block was dropped: budget [] and no finding.
    table = read(
        "部门整体绩效目标表",
        "（2025年度）",
        ["部门（单位）名称", "某市卫生健康委员会"],
        upper,
        *([lower] if lower is not None else []),
        amounts,
        *_DEPARTMENT_GRID,
    )
    assert lines(table) == expected
    assert table.budget_unit == "万元"
    assert findings(table) == []
    assert names(table) == ["65岁以上老年人健康管理人数"]


def test_the_sources_in_columns_are_checked_against_the_total() -> None:
    table = read(
        "部门整体绩效目标表",
        "（2025年度）",
        ["部门（单位）名称", "某市卫生健康委员会"],
        _BY_KIND_UPPER,
        _BY_KIND_LOWER,
        _BY_KIND_AMOUNTS,
        ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "", "", ""],
        ["", "", "", "总额", "财政拨款", "其他资金", ""],
        ["", "公共卫生服务保障", "实施基本公共卫生服务项目", "4,200.00", "4,000.00", "200.00", ""],
        ["", "金额合计", "", "4,200.00", "4,000.00", "200.00", ""],
        *_DEPARTMENT_GRID,
    )
    assert lines(table) == _BY_KIND_LINES  # the tasks and their 金额合计 are no lines
    assert scored(table, "budget-sum-mismatch") == [
        ("budget-sum-mismatch", "资金来源各项合计18800.00与总额18600.00不符")
    ]
    # the cells of each line: the source's label in the sub-header, its amount below
    assert [(line.position.cell, line.cells[0][1].cell) for line in table.budget] == [
        ("B4", "B6"),
        ("C5", "C6"),
        ("D5", "D6"),
        ("E5", "E6"),
        ("F5", "F6"),
        ("G5", "G6"),
    ]


def test_a_source_in_columns_no_role_names_is_noted() -> None:
    table = read(
        "部门整体绩效目标表",
        ["部门（单位）名称", "某局"],
        ["年度预算申请（万元）", "资金总额", "按收入性质分", ""],
        ["", "", "财政拨款", "银行贷款"],
        ["", "1,000", "900", "100"],
        *_DEPARTMENT_GRID,
    )
    assert lines(table) == [
        ("total", "资金总额", D(1000), None, None),
        ("appropriation", "财政拨款", D(900), None, None),
    ]
    assert findings(table) == [
        ("budget-line-unread", "预算列“银行贷款”不是已知的资金来源，金额未读入，不核对各项合计")
    ]


# ---------------------------------------------------------------------------
# H5 (e2e15 H1): a 区域 table's funds by source as columns under 全年预算数 | 全年执行数

_REGION_SELF_GRID = (
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
    ["", "产出指标", "数量指标", "新建产业路", "≥15公里", "15.6公里"],
)
_WITH_SUM = (
    [
        "资金投入情况（万元）",
        "",
        "全年预算数（A）",
        "",
        "",
        "全年执行数（B）",
        "",
        "",
        "执行率（B/A）",
    ],
    ["", "", "合计", "中央资金", "地方资金", "合计", "中央资金", "地方资金", ""],
    ["", "年度资金总额", "1440.00", "1200.00", "240.00", "1416.00", "1200.00", "216.00", "98.33%"],
)
_WITHOUT_SUM = (
    ["资金情况（万元）", "全年预算数（A）", "", "全年执行数（B）", "", "执行率（B/A）"],
    ["", "中央资金", "地方资金", "中央资金", "地方资金", ""],
    ["", "2,000.00", "400.00", "1,960.00", "296.00", "94.00%"],
)

Executed = tuple[str, str, Decimal | None, Decimal | None, Decimal | None]


def executed(table: perftrack.Table) -> list[Executed]:
    return [
        (line.role.value, line.source, line.period_budget, line.executed, line.rate)
        for line in table.budget
    ]


def _region_self(*block: list[str]) -> perftrack.Table:
    return read(
        "中央对地方转移支付区域绩效自评表",
        "（2025年度）",
        ["转移支付（项目）名称", "中央财政衔接推进乡村振兴补助资金"],
        *block,
        *_REGION_SELF_GRID,
    )


@pytest.mark.parametrize(
    ("block", "expected", "whole"),
    [
        (
            _WITH_SUM,
            [
                ("total", "年度资金总额", D(1440), D(1416), D("98.33")),
                ("appropriation", "中央资金", D(1200), D(1200), None),
                ("appropriation", "地方资金", D(240), D(216), None),
            ],
            ("年度资金总额", "98.33"),
        ),
        (
            # no 合计: the sources' sum is the whole, 2256 / 2400
            _WITHOUT_SUM,
            [
                ("appropriation", "中央资金", D(2000), D(1960), None),
                ("appropriation", "地方资金", D(400), D(296), None),
            ],
            ("各项资金合计", "94.00"),
        ),
        (
            # 合计 and no label on the line: the 合计 cell names the total
            (
                _WITH_SUM[0],
                _WITH_SUM[1],
                ["", "", "1440.00", "1200.00", "240.00", "1416.00", "1200.00", "216.00", "98.33%"],
            ),
            [
                ("total", "合计", D(1440), D(1416), D("98.33")),
                ("appropriation", "中央资金", D(1200), D(1200), None),
                ("appropriation", "地方资金", D(240), D(216), None),
            ],
            ("合计", "98.33"),
        ),
    ],
)
def test_funds_by_source_in_columns_are_the_lines(
    block: tuple[list[str], ...], expected: list[Executed], whole: tuple[str, str]
) -> None:
    # Before, the sub-header was a line: three malformed-amount, no execution rate.
    table = _region_self(*block)
    assert executed(table) == expected
    assert findings(table) == []
    card = perftrack.score(table)
    found = whole_budget(table, card.budget)
    assert found is not None
    rate = found.analysis.rate_recomputed
    assert (found.line.source, f"{rate:.2f}" if rate is not None else None) == whole
    assert not [f for f in card.findings if f.id in ("malformed-amount", "budget-rate-mismatch")]


def test_funds_by_source_in_columns_from_an_xlsx_with_merges() -> None:
    rows: list[list[object]] = [
        ["中央对地方转移支付区域绩效自评表"],
        ["（2024年度）"],
        ["转移支付（项目）名称", "林业草原生态保护恢复资金"],
        ["资金投入情况（万元）", None, "全年预算数（A）", None, None, "全年执行数（B）", None, None,
         "执行率（B/A）"],
        [None, None, "合计", "中央资金", "地方资金", "合计", "中央资金", "地方资金", None],
        [None, "年度资金总额", 1440, 1200, 240, 1416, 1200, 216, 0.9833],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
        [None, "产出指标", "数量指标", "管护森林草原面积", "≥150万亩", "150万亩"],
    ]  # fmt: skip
    data = xlsx_bytes(
        {"自评表": rows},
        merges={"自评表": ["A4:A6", "C4:E4", "F4:H4", "I4:I5"]},
        number_formats={"自评表": {"I6": "0.00%"}},
    )
    (table,) = perftrack.read(data)
    assert executed(table) == [
        ("total", "年度资金总额", D(1440), D(1416), D("98.33")),
        ("appropriation", "中央资金", D(1200), D(1200), None),
        ("appropriation", "地方资金", D(240), D(216), None),
    ]
    assert [(line.position.cell, dict(line.cells)["executed"].cell) for line in table.budget] == [
        ("B6", "F6"),
        ("D5", "G6"),
        ("E5", "H6"),
    ]
    assert findings(table) == []


def test_sources_as_columns_and_amounts_as_rows_are_read_transposed() -> None:
    # Before e17: no budget and no finding; then a note only; since mz24 H1 read transposed.
    table = _region_self(
        ["资金投入情况（万元）", "", "合计", "中央资金", "地方资金"],
        ["", "全年预算数（A）", "1440.00", "1200.00", "240.00"],
        ["", "全年执行数（B）", "1416.00", "1200.00", "216.00"],
        ["", "执行率（B/A）", "98.33%", "100.00%", "90.00%"],
    )
    assert executed(table) == [
        ("total", "合计", D(1440), D(1416), D("98.33")),
        ("appropriation", "中央资金", D(1200), D(1200), D(100)),
        ("appropriation", "地方资金", D(240), D(216), D(90)),
    ]
    assert findings(table) == []


def test_sources_as_columns_and_an_unknown_amount_row_are_noted_once() -> None:
    table = _region_self(
        ["资金投入情况（万元）", "", "合计", "中央资金", "地方资金"],
        ["", "全年预算数（A）", "1440.00", "1200.00", "240.00"],
        ["", "拨付到县数", "1416.00", "1200.00", "216.00"],
    )
    assert table.budget == ()
    assert findings(table) == [
        (
            "budget-line-unread",
            (
                "预算“资金投入情况（万元）”按列列示资金来源、按行列示金额（“全年预算数（A）”），"
                "未能读入，不核对各项合计"
            ),
        )
    ]


def test_a_budget_in_columns_without_amounts_is_noted() -> None:
    table = read(
        "部门整体绩效目标表",
        ["部门（单位）名称", "某局"],
        _BY_KIND_UPPER,
        _BY_KIND_LOWER,
        *_DEPARTMENT_GRID,
    )
    assert table.budget == ()
    assert findings(table) == [
        (
            "budget-line-unread",
            "预算“年度预算申请（万元）”按列列示资金来源，其下未见金额行，未能读入",
        )
    ]


# ---------------------------------------------------------------------------
# regress21 W9, contract4 L7: words in the 全年预计执行率 column


def _forecast_table(cell: str) -> perftrack.Table:
    return read(
        "2024年1-6月项目支出绩效跟踪表",
        ["项目名称", "标准化考场建设"],
        ["预算执行情况(万元)", "", "年初预算数", "1-6月预算数", "1-6月执行数", "执行率(%)", "全年预计执行率"],
        ["", "年度资金总额", "200", "200", "80", "40", cell],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值"],
        ["产出指标", "数量指标", "新建标准化考场", "≥20个", "8个"],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "rate", "printed", "found"),
    [
        ("95%以上", D(95), (("forecast_rate", "95%以上"),), []),
        ("≥95%", D(95), (("forecast_rate", "≥95%"),), []),
        ("约95%", D(95), (("forecast_rate", "约95%"),), []),
        ("预计100%", D(100), (("forecast_rate", "预计100%"),), []),
        ("100%执行", D(100), (("forecast_rate", "100%执行"),), []),
        ("95％以上", D(95), (("forecast_rate", "95％以上"),), []),
        ("能全部执行", None, (("forecast_rate", "能全部执行"),), []),
        ("98%", D(98), (), []),
        ("/", None, (), []),
        ("待定", None, (), [("malformed-amount", "预计执行率“待定”不是数字")]),
        ("95%-98%", None, (), [("malformed-amount", "预计执行率“95%-98%”不是数字")]),
    ],
)
def test_a_forecast_rate_in_words_is_the_rate_it_names(
    cell: str, rate: Decimal | None, printed: tuple[tuple[str, str], ...], found: list[object]
) -> None:
    # Before, every one of these was malformed-amount 预算金额“…”不是数字.
    (line,) = _forecast_table(cell).budget
    assert (line.forecast_rate, line.printed) == (rate, printed)
    assert findings(_forecast_table(cell)) == found


def test_a_rate_that_is_no_number_is_called_a_rate() -> None:
    table = read(
        "2024年1-6月项目支出绩效跟踪表",
        ["项目名称", "标准化考场建设"],
        ["预算执行情况(万元)", "", "年初预算数", "1-6月执行数", "执行率"],
        ["", "年度资金总额", "200", "80", "待核实"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值"],
        ["产出指标", "数量指标", "新建标准化考场", "≥20个", "8个"],
    )
    assert findings(table) == [("malformed-amount", "执行率“待核实”不是数字")]


# ---------------------------------------------------------------------------
# contract4 M3: a 完成情况 column beside 完成目标可能性 is kept in the remarks


@pytest.mark.parametrize(
    ("status", "remarks", "expected"),
    [
        ("未完成", None, "完成情况：未完成"),
        ("已完成", None, "完成情况：已完成"),
        ("未完成", "待年底验收", "待年底验收；完成情况：未完成"),
        ("/", None, ""),
        ("", None, ""),
    ],
)
def test_a_status_beside_the_likelihood_is_kept(
    status: str, remarks: str | None, expected: str
) -> None:
    # Before, the status was dropped (its cell still listed under "status").
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "完成情况"]
    header += ["全年预计完成情况", "完成目标可能性"] + (["备注"] if remarks is not None else [])
    row = ["产出指标", "数量指标", "健康管理人数", "≥12000人", "7800人", status, "12500人"]
    row += ["确定能"] + ([remarks] if remarks is not None else [])
    table = read(
        "2024年度项目支出绩效运行监控表", "监控时段：2024年1月至7月", ["项目名称", "基本公卫"],
        header, row,
    )  # fmt: skip
    (indicator,) = table.indicators
    assert (indicator.likelihood_text, indicator.remarks) == ("确定能", expected)


# ---------------------------------------------------------------------------
# contract4 M5: a nameless row of / with points is one reading, its name cell / or empty


@pytest.mark.parametrize(
    ("cells", "raw"),
    [
        (["/", "/", "/"], "（填写“/”）"),
        (["", "/", "/"], ""),
        (["", "无", "无"], ""),
        (["", "—", "/"], ""),
    ],
)
def test_a_row_of_points_and_no_indicator_reads_the_same_with_an_empty_name(
    cells: list[str], raw: str
) -> None:
    # Before, an empty name beside / | / was 不适用 (left out and rescaled).
    table = read(
        "项目支出绩效自评表",
        "（2023年度）",
        ["项目名称", "城乡居民医保补助"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "参保人数", "≥30万人", "31万人", "90", "90"],
        ["效益指标", "可持续影响指标", *cells, "10", "10"],
    )
    last = table.indicators[-1]
    assert (last.name, last.target, last.actual, last.weight) == ("", None, None, D(10))
    assert (
        "missing-name",
        f"三级指标名称、指标值、实际完成值均为空{raw}，但填报分值10、得分10",
    ) in (findings(table))
    card = perftrack.score(table)
    assert card.verdicts[-1].attainment.value == "unknown"
