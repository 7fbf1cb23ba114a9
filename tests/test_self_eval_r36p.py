"""Self-evaluation tables (项目支出/部门整体支出绩效自评表) end to end (r36p).

1. A 总分 cell that prints the total with its grade (``97.5分（优）``, ``优（97.5分）``,
   ``97.50，良好``, ``97.50/优``) gives both: the printed total (checked against the
   printed 得分 by ``points-sum-mismatch``) and the grade (checked against the total by
   ``grade-mismatch``). Before, neither was read: the scorecard showed no printed total
   and a wrong grade or a wrong sum went unsaid.
2. The budget line printing its whole 分值 while the execution rate earns less
   (``10 | 95.00% | 10``: 9.50 by 执行率 × 分值) gets ``points-differ``, whatever the gap,
   as an indicator scored in full on a miss gets ``full-points-not-met``. Before, the
   0.5 allowed for rounding hid it (96% printed 10 passed). The rounding of the points
   to the 得分's own precision (99.5% printed ``10.0``) is no such finding.
3. ``missing-points`` points at the blank 得分 cell, where the points are to be written
   (``G9``), as ``missing-actual`` and ``missing-deviation-reason`` point at theirs.
   Before, it pointed at the indicator's name cell (``C9``).
"""

from __future__ import annotations

import io
from decimal import Decimal

import pytest

import perftrack
from perftrack.scoring import score

Rows = list[list[str]]

HEAD: Rows = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "生活垃圾清运"],
    ["主管部门", "区城管局", "实施单位", "区环卫所"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "9.50"],
    ["", "其中：当年财政拨款", "100.00", "100.00", "95.00", "—", "—", "—"],
]
GRID_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]
ROWS: Rows = [
    ["产出指标", "数量指标", "垃圾清运量", "≥3万吨", "3.2万吨", "30", "30", ""],
    ["", "质量指标", "清运合格率", "≥95%", "97%", "20", "20", ""],
    ["效益指标", "社会效益指标", "环境卫生", "改善", "改善", "30", "28", "尚有死角，扣2分"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92.3%", "10", "10", ""],
]


def _table(rows: Rows) -> perftrack.Table:
    text = "\n".join("\t".join(row) for row in rows) + "\n"
    (table,) = perftrack.read_text(text, name="t.txt")
    return table


def _findings(table: perftrack.Table, ids: frozenset[str]) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in score(table).findings if f.id in ids]


TOTAL_IDS = frozenset({"grade-mismatch", "points-sum-mismatch"})


@pytest.mark.parametrize(
    ("cell", "total", "grade", "findings"),
    [
        ("97.5分（优）", Decimal("97.5"), "优", []),
        ("97.50（优秀）", Decimal("97.50"), "优", []),
        ("优（97.5分）", Decimal("97.5"), "优", []),
        ("97.50，优", Decimal("97.50"), "优", []),
        ("97.50/优", Decimal("97.50"), "优", []),
        ("97.5分（等级：优）", Decimal("97.5"), "优", []),
        (
            "97.5分（良）",
            Decimal("97.5"),
            "良",
            [("grade-mismatch", "总分97.5应评为“优”，表中为“良”")],
        ),
        (
            "良好（87.5分）",
            Decimal("87.5"),
            "良",
            [
                (
                    "points-sum-mismatch",
                    "各项得分合计97.50与总分87.5不符，按合计应评为“优”，表中为“良”",
                )
            ],
        ),
    ],
)
def test_a_total_cell_with_its_grade(
    cell: str, total: Decimal, grade: str, findings: list[tuple[str, str]]
) -> None:
    table = _table([*HEAD, GRID_HEADER, *ROWS, ["总分", "", "", "", "", "100", cell, ""]])
    assert (table.published.total, table.published.grade) == (total, grade)
    assert _findings(table, TOTAL_IDS) == findings


def _budget(weight: str, executed: str, rate: str, points: str) -> Rows:
    return [
        *HEAD[:4],
        HEAD[4],
        ["", "年度资金总额", "100.00", "100.00", executed, weight, rate, points],
        ["", "其中：当年财政拨款", "100.00", "100.00", executed, "—", "—", "—"],
    ]


@pytest.mark.parametrize(
    ("weight", "executed", "rate", "points", "findings"),
    [
        (
            "10",
            "95.00",
            "95.00%",
            "10",
            [("points-differ", "“年度资金总额”按执行率95.00%计算得分9.50，填报得分10")],
        ),
        (
            "10",
            "96.00",
            "96.00%",
            "10.00",
            [("points-differ", "“年度资金总额”按执行率96.00%计算得分9.60，填报得分10.00")],
        ),
        (
            "20",
            "97.50",
            "97.50%",
            "20",
            [("points-differ", "“年度资金总额”按执行率97.50%计算得分19.50，填报得分20")],
        ),
        ("10", "95.00", "95.00%", "9.50", []),  # 执行率 × 分值
        ("10", "99.50", "99.50%", "10.0", []),  # 9.95 rounded to the 得分's tenth
        ("10", "99.96", "99.96%", "10", []),  # 9.996 is 10.00 computed
        ("10", "100.00", "100.00%", "10", []),
        # more than 0.5 below: said before too
        (
            "10",
            "70.00",
            "70.00%",
            "10",
            [("points-differ", "“年度资金总额”按执行率70.00%计算得分7.00，填报得分10")],
        ),
    ],
)
def test_full_rate_points_for_a_rate_under_100(
    weight: str, executed: str, rate: str, points: str, findings: list[tuple[str, str]]
) -> None:
    rows = [
        ["产出指标", "数量指标", "垃圾清运量", "≥3万吨", "3.2万吨", "50", "50", ""],
        ["效益指标", "社会效益指标", "清运合格率", "≥95%", "97%", "30", "30", ""],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92.3%", "10", "10", ""],
    ]
    table = _table([*_budget(weight, executed, rate, points), GRID_HEADER, *rows])
    assert _findings(table, frozenset({"points-differ"})) == findings


@pytest.mark.parametrize(
    ("points", "cell", "message"),
    [
        ("", "G9", "“垃圾清运量”未填写得分（已达成，分值30，计算得分30.00）"),
        # a cell of a space only is as blank
        (" ", "G9", "“垃圾清运量”未填写得分（已达成，分值30，计算得分30.00）"),
    ],
)
def test_missing_points_at_the_blank_points_cell(points: str, cell: str, message: str) -> None:
    rows = [
        ["产出指标", "数量指标", "垃圾清运量", "≥3万吨", "3.2万吨", "30", points, ""],
        *ROWS[1:],
    ]
    table = _table([*HEAD, GRID_HEADER, *rows, ["总分", "", "", "", "", "100", "67.50", "中"]])
    found = [(f.where.cell, f.message) for f in score(table).findings if f.id == "missing-points"]
    assert found == [(cell, message)]


def test_missing_points_at_the_blank_cell_of_a_merged_xlsx() -> None:
    from openpyxl import Workbook  # noqa: PLC0415

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    rows = [
        ["项目支出绩效自评表", "", "", "", "", "", "", ""],
        ["（2023年度）", "", "", "", "", "", "", ""],
        *HEAD[2:],
        GRID_HEADER,
        ["产出指标", "数量指标", "垃圾清运量", "≥3万吨", "3.2万吨", "30", "30", ""],
        ["", "质量指标", "清运合格率", "≥95%", "97%", "20", None, ""],
        *ROWS[2:],
        ["总分", "", "", "", "", "100", "77.50", "中"],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A9:A10")
    buffer = io.BytesIO()
    book.save(buffer)
    (table,) = perftrack.read(buffer.getvalue(), name="t.xlsx")
    found = [(f.where.cell, f.message) for f in score(table).findings if f.id == "missing-points"]
    assert found == [("G10", "“清运合格率”未填写得分（已达成，分值20，计算得分20.00）")]
