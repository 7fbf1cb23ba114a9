"""Target tables' mid-term operator, repeated two-row headers, period lines with more fields (read56).

H1: one 指标性质 column beside both ``中期指标值`` and ``年度指标值`` is the operator of the
whole row, as the 度量单位 column is its unit: the mid-term figure takes it too
(``≤ | 3000 | 3200 | 万元``: mid-term ``≤3000万元``), so ``target-above-midterm`` holds the
year's ceiling against it. Before, the mid-term read ``=3000``.

H6: the lower row of a two-row header (``绩效指标`` over ``一级指标 | 二级指标 | 三级指标``)
printed again on the next page is a header, not an indicator named 一级指标.

H7: ``监控时段 | 2024-01-01 | 至 | 2024-06-30`` followed on its row by another field
(``填报日期 | 2024-07-10``, ``金额单位 | 万元``, ``填报单位 | …``) keeps its period; before,
the row was passed over and the table had no period. A tracking table scored without a
period (and without ``--as-of``) gets ``period-missing``, rather than unknown verdicts
with nothing to say why.

Every table is built here: TSV text through :func:`perftrack.read_text`, and the
worksheets as xlsx bytes (openpyxl).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from attrs import evolve

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import Comparison, Op, QualitativeTarget


def _tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


# --- H1: the 指标性质 column is the mid-term's operator too ----------------------------

_TARGET_TOP = [
    ["2025年项目支出绩效目标申报表"],
    ["项目名称", "城区污水管网改造"],
    ["主管部门", "某县住建局", "", "实施单位", "某县排水公司"],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "中期指标值",
        "年度指标值",
        "度量单位",
        "权重(%)",
    ],
]


@pytest.mark.parametrize(
    ("nature", "midterm", "year", "unit", "expected"),
    [
        ("≥", "60", "25", "公里", Comparison(Op.GE, Decimal(60), "公里")),
        ("≤", "3000", "3200", "万元", Comparison(Op.LE, Decimal(3000), "万元")),
        ("大于等于", "85", "80", "%", Comparison(Op.GE, Decimal(85), "%")),
        ("=", "100", "100", "%", Comparison(Op.EQ, Decimal(100), "%")),
        ("≥", "≥60", "25", "公里", Comparison(Op.GE, Decimal(60), "公里")),  # no ≥≥60
        ("定量", "60", "25", "公里", Comparison(Op.EQ, Decimal(60), "公里")),  # no operator
        ("定性", "逐步提高", "提高", "", QualitativeTarget("提高", "improvement", degree="逐步")),
    ],
)
def test_midterm_takes_the_rows_operator(
    nature: str, midterm: str, year: str, unit: str, expected: object
) -> None:
    row = ["产出指标", "数量指标", "改造管网长度", nature, midterm, year, unit, "100"]
    [table] = perftrack.read_text(_tsv([*_TARGET_TOP, row]))
    assert table.indicators[0].midterm == expected


def test_year_ceiling_above_split_midterm_ceiling_is_flagged() -> None:
    rows = [
        ["产出指标", "数量指标", "改造管网长度", "≥", "60", "25", "公里", "30"],
        ["", "成本指标", "项目建安成本", "≤", "3000", "3200", "万元", "20"],
        ["效益指标", "生态效益指标", "污水收集率", "≥", "85", "80", "%", "30"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "90", "%", "20"],
    ]
    [table] = perftrack.read_text(_tsv([*_TARGET_TOP, *rows]))
    assert [i.midterm.text for i in table.indicators if i.midterm] == ["≥60", "≤3000", "≥85", "≥90"]
    card = perftrack.score(table)
    found = [(f.where.cell, f.message) for f in card.findings if f.id == "target-above-midterm"]
    assert found == [
        (
            "F6",
            "“项目建安成本”年度指标“≤3200万元”高于实施期指标“≤3000万元”，年度目标不应超过整个实施期",
        )
    ]


# --- H6: a two-row header repeated on the next page ----------------------------------

_SELF_TOP = [
    ["项目支出绩效自评表"],
    ["（2024年度）"],
    ["项目名称", "社区卫生服务能力提升"],
    ["主管部门", "某区卫健委", "", "实施单位", "某中心"],
]
_UPPER = ["绩效指标", "", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
_LOWER = ["一级指标", "二级指标", "三级指标"]
_PAGE1 = [
    ["产出指标", "数量指标", "家庭医生签约人数", "≥4万人", "4.23万人", "25", "25"],
    ["", "质量指标", "签约率", "≥40%", "42.3%", "25", "25"],
]
_PAGE2 = [
    ["效益指标", "社会效益指标", "健康素养水平", "≥28%", "29.1%", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", "20", "20"],
]
_NAMES = ["家庭医生签约人数", "签约率", "健康素养水平", "满意度"]


@pytest.mark.parametrize(
    "between",
    [
        [],
        [["", "", "", "第 1 页，共 2 页"]],
        [["项目支出绩效自评表"]],
        [["", "", "", "", "", "", "", "单位：万元"]],
    ],
    ids=["header-only", "footer", "title", "unit-line"],
)
def test_repeated_two_row_header_is_no_indicator(between: list[list[str]]) -> None:
    rows = [*_SELF_TOP, _UPPER, _LOWER, *_PAGE1, *between, _UPPER, _LOWER, *_PAGE2]
    [table] = perftrack.read_text(_tsv(rows))
    assert [i.name for i in table.indicators] == _NAMES
    card = perftrack.score(table)
    assert [v.attainment.value for v in card.verdicts] == ["met"] * 4
    assert not [f for f in card.findings if "一级指标" in f.message]


def test_repeated_two_row_header_in_merged_xlsx() -> None:
    head = [
        [
            "绩效指标",
            None,
            None,
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
        ["一级指标", "二级指标", "三级指标"],
    ]
    page1 = [[c or None for c in row] for row in _PAGE1]
    page2 = [[c or None for c in row] for row in _PAGE2]
    rows = [*_SELF_TOP, *head, *page1, [None, None, None, "第 1 页，共 2 页"], *head, *page2]
    merges = []
    for first in (5, 10):  # the header's two rows, on either page
        merges.append(f"A{first}:C{first}")
        merges += [f"{c}{first}:{c}{first + 1}" for c in "DEFGH"]
    data = xlsx_bytes({"自评表": rows}, merges={"自评表": merges})
    [table] = perftrack.read(data, name="自评表.xlsx")
    assert [i.name for i in table.indicators] == _NAMES
    assert [f.id for f in table.findings] == []


# --- H7: a period line with more fields on its row; period-missing --------------------

_MONITOR_TITLE = ["项目支出绩效运行监控表"]
_MONITOR_BODY = [
    ["项目名称", "老年助餐服务"],
    ["主管部门", "某区民政局", "", "实施单位", "某区养老服务指导中心"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "1-6月执行数", "执行率"],
    ["", "年度资金总额", "200", "200", "90", "45%"],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-6月执行情况",
        "全年预计完成情况",
        "完成目标可能性",
    ],
    ["产出指标", "数量指标", "助餐服务人次", "≥120000人次", "52000人次", "120000人次", "确定能"],
    ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "—", "≥90%", "确定能"],
]


def _monitor(period_row: list[str] | None) -> perftrack.Table:
    rows = [_MONITOR_TITLE, *([period_row] if period_row is not None else []), *_MONITOR_BODY]
    [table] = perftrack.read_text(_tsv(rows))
    return table


_BEHIND = ("budget-behind-schedule", "执行率45.00%低于序时进度50.00%")
# The body's 1-6月执行数 header gives the months, no year (r35m: it was 未读到跟踪时段…,
# as if nothing had been read)
_MISSING = (
    "period-missing",
    (
        "表头“1-6月执行数”的时段未写年度，标题等处也未注明年度，需按日期判断的指标无法判断，"
        "未指定评价日期（--as-of）时序时进度也无法计算；请注明跟踪时段的年度"
    ),
)


@pytest.mark.parametrize(
    ("period_row", "period", "verdicts", "finding"),
    [
        (
            ["监控时段", "2024-01-01", "至", "2024-06-30", "", "填报日期", "2024-07-10"],
            ("2024-01", "2024-06"),
            ["pending", "pending"],
            _BEHIND,
        ),
        (
            ["跟踪时段", "2024年1月", "至", "2024年6月", "", "金额单位", "万元"],
            ("2024-01", "2024-06"),
            ["pending", "pending"],
            _BEHIND,
        ),
        (
            ["监控时段", "2024-01-01", "至", "2024-06-30", "", "填报单位", "某区民政局"],
            ("2024-01", "2024-06"),
            ["pending", "pending"],
            _BEHIND,
        ),
        (
            ["监控时段", "2024-01-01", "2024-06-30", "填报日期", "2024-07-10"],
            ("2024-01", "2024-06"),
            ["pending", "pending"],
            _BEHIND,
        ),
        (  # the control: the dates alone on their row
            ["监控时段", "2024-01-01", "至", "2024-06-30"],
            ("2024-01", "2024-06"),
            ["pending", "pending"],
            _BEHIND,
        ),
        (  # dates not read: period-unread names the line, no period-missing beside it
            ["跟踪时段", "01.01.2025", "至", "30.06.2025", "", "填报日期", "2025-07-10"],
            None,
            ["unknown", "not_applicable"],
            ("period-unread", "跟踪时段“01.01.2025 至 30.06.2025”无法识别，进度无法判断"),
        ),
        (None, None, ["unknown", "not_applicable"], _MISSING),  # no period line
        (["填报日期", "2024-07-10"], None, ["unknown", "not_applicable"], _MISSING),
    ],
)
def test_period_line_with_other_fields(
    period_row: list[str] | None,
    period: tuple[str, str] | None,
    verdicts: list[str],
    finding: tuple[str, str],
) -> None:
    table = _monitor(period_row)
    got = (str(table.period.start), str(table.period.end)) if table.period is not None else None
    assert got == period
    card = perftrack.score(table)
    assert [v.attainment.value for v in card.verdicts] == verdicts
    ids = ("budget-behind-schedule", "period-unread", "period-missing")
    assert [(f.id, f.message) for f in card.findings if f.id in ids] == [finding]


def test_period_of_excel_date_cells_beside_filing_date() -> None:
    rows: list[list[object]] = [
        _MONITOR_TITLE,
        [
            "监控时段",
            dt.date(2024, 1, 1),
            "至",
            dt.date(2024, 6, 30),
            None,
            "填报日期",
            dt.date(2024, 7, 10),
        ],
        *_MONITOR_BODY,
    ]
    formats = dict.fromkeys(("B2", "D2", "G2"), 'yyyy"年"m"月"d"日"')
    data = xlsx_bytes({"跟踪表": rows}, number_formats={"跟踪表": formats})
    [table] = perftrack.read(data, name="监控表.xlsx")
    assert table.period is not None
    assert (str(table.period.start), str(table.period.end)) == ("2024-01", "2024-06")
    assert table.budget_unit == "万元"


def test_period_missing_with_as_of_and_not_on_self_evaluation() -> None:
    table = _monitor(None)
    policy = evolve(perftrack.Policy.central(), as_of=dt.date(2024, 6, 30))
    card = perftrack.score(table, policy=policy)
    # the as-of date gives the time progress, but the rows still lack the table's year
    assert [(f.id, f.message) for f in card.findings if f.id != "missing-category"] == [
        _MISSING,
        _BEHIND,
    ]
    # a self-evaluation table is its year's: never period-missing
    rows = [["项目支出绩效自评表"], *_MONITOR_BODY[:2], _UPPER, _LOWER, *_PAGE1]
    [own] = perftrack.read_text(_tsv(rows))
    assert own.kind is perftrack.TableKind.SELF_EVALUATION
    assert "period-missing" not in [f.id for f in perftrack.score(own).findings]
