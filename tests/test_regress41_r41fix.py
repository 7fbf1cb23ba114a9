"""regress41 fixes (r41fix): a lone budget column naming another year, plan groups
over bare quarters, the parts of 基本支出.

Each table is built here from its rows; each case fails before its fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack import Likelihood
from perftrack.scoring import score

if TYPE_CHECKING:
    from collections.abc import Callable
    from decimal import Decimal
    from pathlib import Path

_INDICATORS = [
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-6月实际完成值",
        "全年预计完成值",
        "偏差原因分析",
    ],
    ["产出指标", "数量指标", "高标准农田建设面积", "≥2.5万亩", "1.3万亩", "2.5万亩", ""],
]


def _table(rows: list[list[str]]) -> perftrack.Table:
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


def _tracking(header: list[str], amounts: list[str]) -> perftrack.Table:
    return _table(
        [
            ["2024年项目支出绩效运行监控表"],
            ["监控时段：2024年1月至2024年6月"],
            ["项目名称", "高标准农田建设项目"],
            ["预算执行情况（万元）", "", *header],
            ["", "年度资金总额", *amounts],
            *_INDICATORS,
        ]
    )


def _self_evaluation(header: list[str], amounts: list[str]) -> perftrack.Table:
    return _table(
        [
            ["2024年度项目支出绩效自评表"],
            ["项目名称", "高标准农田建设项目"],
            ["项目资金（万元）", "", *header],
            ["", "年度资金总额", *amounts],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "高标准农田建设面积", "≥2.5万亩", "2.5万亩", "10", "10"],
        ]
    )


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# --- W1: a table's only budget column keeps its role whatever year it names ---------


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _tracking(["2023年预算数", "1-6月执行数"], ["2000", "600"]),
            (
                ("2000", "600", None),
                ["budget-rate-missing", "budget-behind-schedule"],
            ),
            id="b23-2023年预算数-only-budget",
        ),
        pytest.param(
            _tracking(["2023年预算数", "1-6月执行数", "执行率"], ["2000", "600", "41%"]),
            (("2000", "600", None), ["budget-rate-mismatch", "budget-behind-schedule"]),
            id="b24-printed-rate-checked",
        ),
        pytest.param(
            _tracking(["上年预算数", "1-6月执行数", "执行率"], ["2000", "820", "41%"]),
            (("2000", "820", None), ["budget-behind-schedule"]),
            id="b05-上年预算数-only-budget",
        ),
        pytest.param(
            _self_evaluation(["2023年预算数", "全年执行数", "执行率"], ["1000", "960", "96%"]),
            (("1000", "960", None), []),
            id="b25-self-evaluation",
        ),
        # beside this year's budget, the earlier column is still last year's
        pytest.param(
            _tracking(["上年预算数", "全年预算数", "1-6月执行数"], ["1900", "2000", "1000"]),
            (("2000", "1000", "1900"), ["budget-rate-missing"]),
            id="beside-this-year-budget",
        ),
        pytest.param(
            # last year's same months are no last year's whole (regress43 W6): kept apart,
            # as last_year_same_period (g23c)
            _tracking(["全年预算数", "2023年1-6月执行数", "1-6月执行数"], ["2000", "900", "1000"]),
            (("2000", "1000", None), ["budget-rate-missing"]),
            id="last-year-execution-beside-budget",
        ),
        pytest.param(
            _tracking(["上年执行数", "1-6月执行数"], ["1800", "1000"]),
            ((None, "1000", "1800"), []),
            id="last-year-execution-beside-execution",
        ),
    ],
)
def test_only_budget_column_keeps_role(
    table: perftrack.Table, expected: tuple[tuple[str | None, ...], list[str]]
) -> None:
    line = table.budget[0]
    budget = line.period_budget if line.period_budget is not None else line.initial
    findings = [finding.id for finding in score(table).findings if finding.id.startswith("budget-")]
    assert (
        (_money(budget), _money(line.executed), _money(line.last_year)),
        findings,
    ) == expected


# --- W2/W3: plan groups over bare quarters or months give planned parts -------------

_QUARTERS = ("一季度", "二季度", "三季度", "四季度")
_MONTHS = ("1月", "2月", "3月", "4月", "5月", "6月")


def _two_row_grid(
    groups: list[tuple[str, tuple[str, ...]]], rows: list[list[str]], *, dated: bool = True
) -> perftrack.Table:
    upper = ["一级指标", "二级指标", "三级指标", "年度指标值"]
    lower = ["", "", "", ""]
    for group, labels in groups:
        upper += [group, *[""] * (len(labels) - 1)]
        lower += list(labels)
    head = [["2024年项目支出绩效运行监控表"]]
    if dated:
        head.append(["监控时段：2024年1月至2024年6月"])
    return _table(
        [
            *head,
            ["项目名称", "高标准农田建设项目"],
            [*upper, "偏差原因"],
            [*lower, ""],
            *([*row, ""] for row in rows),
        ]
    )


_TRAINING = ["产出指标", "数量指标", "培训农民", "≥2000人次"]
_PASS_RATE = ["产出指标", "质量指标", "工程验收合格率", "≥95%"]

Read = list[tuple[str, str | None, str | None, tuple[tuple[str, str, str], ...]]]


def _indicators(table: perftrack.Table) -> Read:
    def text(value: object) -> str | None:
        return getattr(value, "text", None)

    return [
        (
            row.name,
            text(row.actual),
            text(row.planned),
            tuple(
                (part.role, part.label, str(getattr(part.value, "value", ""))) for part in row.parts
            ),
        )
        for row in table.indicators
    ]


def _plan(*values: str, labels: tuple[str, ...] = _QUARTERS) -> tuple[tuple[str, str, str], ...]:
    return tuple(("planned", label, value) for label, value in zip(labels, values, strict=True))


def _done(*values: str) -> tuple[tuple[str, str, str], ...]:
    return tuple(("actual", label, value) for label, value in zip(_QUARTERS, values, strict=False))


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _two_row_grid(
                [("分季度计划", _QUARTERS), ("分季度完成", _QUARTERS)],
                [
                    [
                        *_TRAINING,
                        "500人次",
                        "500人次",
                        "500人次",
                        "500人次",
                        "300人次",
                        "350人次",
                        "",
                        "",
                    ],
                    [*_PASS_RATE, "95%", "95%", "95%", "95%", "88%", "90%", "", ""],
                ],
            ),
            [
                (
                    "培训农民",
                    "650人次",
                    "1000人次",
                    (*_done("300", "350"), *_plan("500", "500", "500", "500")),
                ),
                (
                    "工程验收合格率",
                    "90%",
                    "95%",
                    (*_done("88", "90"), *_plan("95", "95", "95", "95")),
                ),
            ],
            id="g18-分季度计划-分季度完成",
        ),
        pytest.param(
            _two_row_grid(
                [("季度目标", _QUARTERS), ("分季度完成情况", _QUARTERS)],
                [
                    [
                        *_TRAINING,
                        "500人次",
                        "500人次",
                        "500人次",
                        "500人次",
                        "300人次",
                        "350人次",
                        "",
                        "",
                    ]
                ],
            ),
            [
                (
                    "培训农民",
                    "650人次",
                    "1000人次",
                    (*_done("300", "350"), *_plan("500", "500", "500", "500")),
                )
            ],
            id="季度目标-分季度完成情况",
        ),
        pytest.param(
            _two_row_grid(
                [("分季度目标值", _QUARTERS), ("1-6月实际完成值", ("",))],
                [[*_TRAINING, "500人次", "800人次", "400人次", "300人次", "1100人次"]],
            ),
            [("培训农民", "1100人次", "1300人次", _plan("500", "800", "400", "300"))],
            id="g12-分季度目标值-no-phantom",
        ),
        pytest.param(
            _two_row_grid(
                [("分季度进度安排", _QUARTERS), ("1-6月实际完成值", ("",))],
                [[*_TRAINING, "500人次", "800人次", "400人次", "300人次", "1100人次"]],
            ),
            [("培训农民", "1100人次", "1300人次", _plan("500", "800", "400", "300"))],
            id="g13-分季度进度安排",
        ),
        pytest.param(
            _two_row_grid(
                [("月度计划", _MONTHS), ("1-6月实际完成值", ("",))],
                [
                    [
                        *_TRAINING,
                        "100人次",
                        "100人次",
                        "200人次",
                        "200人次",
                        "200人次",
                        "200人次",
                        "900人次",
                    ]
                ],
            ),
            [
                (
                    "培训农民",
                    "900人次",
                    "1000人次",
                    _plan("100", "100", "200", "200", "200", "200", labels=_MONTHS),
                )
            ],
            id="g14-月度计划",
        ),
        pytest.param(
            _two_row_grid(
                [("分月计划", _MONTHS), ("1-6月实际完成值", ("",))],
                [
                    [
                        *_TRAINING,
                        "100人次",
                        "100人次",
                        "200人次",
                        "200人次",
                        "200人次",
                        "200人次",
                        "900人次",
                    ]
                ],
            ),
            [
                (
                    "培训农民",
                    "900人次",
                    "1000人次",
                    _plan("100", "100", "200", "200", "200", "200", labels=_MONTHS),
                )
            ],
            id="分月计划",
        ),
        # a plan given cumulatively (the last part the target): the actual's latest part
        pytest.param(
            _two_row_grid(
                [("分季度计划", _QUARTERS), ("季度完成值", _QUARTERS)],
                [
                    [
                        *_TRAINING,
                        "500人次",
                        "1000人次",
                        "1500人次",
                        "2000人次",
                        "300人次",
                        "650人次",
                        "",
                        "",
                    ]
                ],
            ),
            [
                (
                    "培训农民",
                    "650人次",
                    "1000人次",
                    (*_done("300", "650"), *_plan("500", "1000", "1500", "2000")),
                )
            ],
            id="cumulative-plan",
        ),
    ],
)
def test_plan_group_over_quarters(table: perftrack.Table, expected: Read) -> None:
    assert _indicators(table) == expected


# --- g16/g17: a rate under bare quarters is a level: the latest quarter stands --------


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _two_row_grid([("实际完成值", _QUARTERS)], [[*_PASS_RATE, "88%", "90%", "", ""]]),
            [("工程验收合格率", "90%", None, _done("88", "90"))],
            id="g16-实际完成值-over-quarters",
        ),
        pytest.param(
            _two_row_grid(
                [("分季度完成情况", _QUARTERS)], [[*_PASS_RATE, "88%", "90%", "", ""]], dated=False
            ),
            [("工程验收合格率", "90%", None, _done("88", "90"))],
            id="g17-no-period",
        ),
        pytest.param(
            _two_row_grid([("分季度完成情况", _QUARTERS)], [[*_PASS_RATE, "88%", "", "", ""]]),
            [("工程验收合格率", "88%", None, _done("88"))],
            id="one-quarter-filled",
        ),
    ],
)
def test_rate_under_quarters_is_latest(table: perftrack.Table, expected: Read) -> None:
    assert _indicators(table) == expected


def _plan_and_actual_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    rows: list[list[object]] = [
        ["2024年项目支出绩效运行监控表"],
        ["监控时段：2024年1月至2024年6月"],
        ["项目名称", "高标准农田建设项目"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "分季度计划",
            None,
            None,
            None,
            "分季度完成",
            None,
            None,
            None,
            "偏差原因",
        ],
        [None, None, None, None, *_QUARTERS, *_QUARTERS, None],
        [
            "产出指标",
            "数量指标",
            "高标准农田建设面积",
            "≥2.5万亩",
            "0.5万亩",
            "0.8万亩",
            "0.8万亩",
            "0.4万亩",
            "0.3万亩",
            "0.5万亩",
            None,
            None,
            "降雨影响",
        ],
        [
            "产出指标",
            "质量指标",
            "工程验收合格率",
            "≥95%",
            "95%",
            "95%",
            "95%",
            "95%",
            "88%",
            "90%",
            None,
            None,
            "部分地块返工",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for cells in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:H4", "I4:L4", "M4:M5"):
        sheet.merge_cells(cells)
    file = path / "plan_and_actual.xlsx"
    book.save(file)
    return file


def test_plan_and_actual_groups_xlsx(tmp_path: Path) -> None:
    table = perftrack.read(_plan_and_actual_xlsx(tmp_path))[0]
    assert (
        _indicators(table),
        [f.id for f in table.findings if f.id.startswith("grid-")],
    ) == (
        [
            (
                "高标准农田建设面积",
                "0.8万亩",
                "1.3万亩",
                (*_done("0.3", "0.5"), *_plan("0.5", "0.8", "0.8", "0.4")),
            ),
            ("工程验收合格率", "90%", "95%", (*_done("88", "90"), *_plan("95", "95", "95", "95"))),
        ],
        [],
    )


# --- W4: 人员经费 + 公用经费 is held to 基本支出 only when nothing else is printed under it


def _department(*uses: tuple[str, str, str]) -> perftrack.Table:
    return _table(
        [
            ["2024年部门整体支出绩效运行监控表"],
            ["监控时段：2024年1月至2024年6月"],
            ["部门名称", "某县卫生健康局"],
            ["部门预算执行情况（万元）", "", "全年预算数", "1-6月执行数"],
            ["", "资金总额", "10000", "4800"],
            ["", "其中：财政拨款", "10000", "4800"],
            *(["", label, budget, spent] for label, budget, spent in uses),
            *_INDICATORS,
        ]
    )


_BASIC = ("基本支出", "6000", "3000")
_PROJECT = ("项目支出", "4000", "1800")
_BASIC_MISMATCH = (
    "人员经费与公用经费的全年预算数合计5800与基本支出6000不符，"
    "人员经费与公用经费的执行数合计2900与基本支出3000不符"
)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            _department(
                _BASIC,
                ("其中：人员经费", "5000", "2500"),
                ("公用经费", "800", "400"),
                ("对个人和家庭的补助", "200", "100"),
                _PROJECT,
            ),
            [],
            id="u13-third-part",
        ),
        pytest.param(
            _department(
                _BASIC,
                ("其中：人员经费", "5000", "2500"),
                ("公用经费", "800", "400"),
                ("其他", "200", "100"),
                _PROJECT,
            ),
            [],
            id="其他-part",
        ),
        # 人员经费 and 公用经费 alone under 基本支出: still held to it
        pytest.param(
            _department(
                _BASIC,
                ("其中：人员经费", "5000", "2500"),
                ("公用经费", "800", "400"),
                _PROJECT,
            ),
            [_BASIC_MISMATCH],
            id="two-parts-checked",
        ),
        pytest.param(
            _department(
                _PROJECT,
                _BASIC,
                ("其中：人员经费", "5000", "2500"),
                ("公用经费", "800", "400"),
            ),
            [_BASIC_MISMATCH],
            id="basic-last-checked",
        ),
    ],
)
def test_basic_parts_checked_alone(table: perftrack.Table, expected: list[str]) -> None:
    assert [
        finding.message
        for finding in table.findings
        if finding.id == "budget-sum-mismatch" and "基本支出" in finding.message
    ] == expected


# --- g07: 全年预计完成情况 over 预计完成值 | 完成可能性 is the header's lower row ----------


def test_forecast_group_with_likelihood() -> None:
    table = _two_row_grid(
        [("1-6月实际完成值", ("",)), ("全年预计完成情况", ("预计完成值", "完成可能性"))],
        [
            [*_TRAINING, "1100人次", "2000人次", "确定能完成"],
            ["效益指标", "经济效益指标", "亩均增产粮食", "≥50公斤", "—", "45公斤", "有可能完成"],
        ],
    )
    assert [
        (row.name, getattr(row.actual, "text", None), row.forecast.text, row.likelihood)
        for row in table.indicators
    ] == [
        ("培训农民", "1100人次", "2000人次", Likelihood.CERTAIN),
        ("亩均增产粮食", "—", "45公斤", Likelihood.POSSIBLE),
    ]


# --- x05: a two-row budget header, 预算数 and 执行数 merged over their columns ----------

_BUDGET_UPPER: list[object] = [
    "预算执行情况（万元）",
    None,
    "预算数",
    None,
    "执行数",
    None,
    "执行率",
]
_BUDGET_LOWER: list[object] = [
    None,
    None,
    "年初预算数",
    "调整后预算数",
    "1-6月执行数",
    "全年预计执行数",
]
_BUDGET_LINE: list[object] = ["", "年度资金总额", "2000", "1800", "820", "1800", "45.56%"]


def _budget_rows() -> list[list[object]]:
    return [
        ["2024年项目支出绩效运行监控表"],
        ["监控时段：2024年1月至2024年6月"],
        ["项目名称", "高标准农田建设项目"],
        _BUDGET_UPPER,
        [*_BUDGET_LOWER, None],
        _BUDGET_LINE,
        *_INDICATORS,
    ]


# x06: 预算数 over 上年结转 | 本年预算 | 合计, 1-6月执行数 and 执行率 merged down
_CARRIED_ROWS: list[list[object]] = [
    ["2024年项目支出绩效运行监控表"],
    ["监控时段：2024年1月至2024年6月"],
    ["项目名称", "高标准农田建设项目"],
    ["预算执行情况（万元）", None, "预算数", None, None, "1-6月执行数", "执行率"],
    [None, None, "上年结转", "本年预算", "合计", None, None],
    ["", "年度资金总额", "200", "1800", "2000", "820", "41.00%"],
    ["", "其中：财政拨款", "200", "1800", "2000", "820", "41.00%"],
    *_INDICATORS,
]


def _carried_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in _CARRIED_ROWS:
        sheet.append(row)
    for cells in ("A4:B5", "C4:E4", "F4:F5", "G4:G5"):
        sheet.merge_cells(cells)
    file = path / "budget_carried.xlsx"
    book.save(file)
    return file


def _carried_tsv(_: Path) -> perftrack.Table:
    return _table([["" if cell is None else str(cell) for cell in row] for row in _CARRIED_ROWS])


@pytest.mark.parametrize(
    "read",
    [
        pytest.param(lambda path: perftrack.read(_carried_xlsx(path))[0], id="xlsx"),
        pytest.param(_carried_tsv, id="tsv"),
    ],
)
def test_budget_group_total_column(tmp_path: Path, read: Callable[[Path], perftrack.Table]) -> None:
    table = read(tmp_path)
    assert (
        [
            (line.role.value, _money(line.period_budget), _money(line.executed), _money(line.rate))
            for line in table.budget
        ],
        [finding.id for finding in score(table).findings if finding.id.startswith("budget-")],
    ) == (
        [("total", "2000", "820", "41.00"), ("appropriation", "2000", "820", "41.00")],
        ["budget-behind-schedule"],
    )


def _budget_2row_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in _budget_rows():
        sheet.append(row)
    for cells in ("A4:B5", "C4:D4", "E4:F4", "G4:G5"):
        sheet.merge_cells(cells)
    file = path / "budget_2row.xlsx"
    book.save(file)
    return file


def _budget_2row_tsv(_: Path) -> perftrack.Table:
    return _table([["" if cell is None else str(cell) for cell in row] for row in _budget_rows()])


@pytest.mark.parametrize(
    "read",
    [
        pytest.param(lambda path: perftrack.read(_budget_2row_xlsx(path))[0], id="xlsx"),
        pytest.param(_budget_2row_tsv, id="tsv"),
    ],
)
def test_two_row_budget_header(tmp_path: Path, read: Callable[[Path], perftrack.Table]) -> None:
    table = read(tmp_path)
    line = table.budget[0]
    assert (
        [
            _money(value)
            for value in (line.initial, line.period_budget, line.executed, line.forecast, line.rate)
        ],
        [finding.id for finding in score(table).findings if finding.id.startswith("budget-")],
    ) == (
        ["2000", "1800", "820", "1800", "45.56"],
        ["budget-adjusted", "budget-behind-schedule"],
    )


def test_monthly_rates_unchanged() -> None:
    table = _two_row_grid([("实际完成值", _MONTHS)], [[*_PASS_RATE, "88%", "90%", "", "", "", ""]])
    assert (
        [getattr(row.actual, "text", None) for row in table.indicators],
        [finding.id for finding in table.findings if finding.id.startswith("grid-")],
    ) == ([None], ["grid-monthly-actual"])
