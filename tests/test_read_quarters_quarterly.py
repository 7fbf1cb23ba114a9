"""Columns for parts of the year: budget quarters kept, monthly actuals read (fix "quarterly").

1. A budget block printing quarter-by-quarter 执行数 (第一季度执行数 / 一季度 / 1季度,
   1-3月执行数 …) beside the cumulative 执行数 keeps each line's figures in
   ``BudgetLine.quarters``; when the quarters cover every month up to the period and do
   not add up to the executed amount, ``budget-quarters-mismatch``.
2. An indicator grid with only monthly actual columns (1月 … 12月 under 实际完成值,
   1-3月完成值 | 1-6月完成值 …) and no period column reads the latest filled one within
   the period as the actual, the others kept in ``Indicator.parts``.

Fixtures are tab-separated or comma-separated text written here, and one .xlsx per
case with merged header cells (tests/fixtures_office.py).
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import parse_value
from perftrack.model import BudgetPart, Position
from perftrack.schema import schema
from perftrack.serialization import from_json, to_json

_BUDGET_HEAD = (
    "2024年度省直部门项目支出绩效监控表\n"
    "监控时点：2024年8月31日\t\t\t\t\t\t\t\t单位：万元\n"
    "项目名称\t\t湖北省职业技能提升行动专项\n"
)
_BUDGET_GRID = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-8月完成值\t全年预计完成值\t完成可能性\n"
    "产出指标\t数量指标\t补贴性职业技能培训人次\t≥12万人次\t8.35万人次\t12万人次\t能\n"
)


def _budget(header: str, *lines: str) -> str:
    return (
        _BUDGET_HEAD + f"资金情况\t\t年初预算数\t{header}\t执行率\n" + "".join(lines) + _BUDGET_GRID
    )


@pytest.mark.parametrize(
    ("text", "quarters", "findings"),
    [
        pytest.param(
            _budget(
                "第一季度执行数\t二季度执行数\t7-8月执行数\t1-8月执行数",
                "年度资金总额\t\t3200\t420\t760\t380\t1560\t48.75%\n",
            ),
            (
                BudgetPart("第一季度执行数", 1, 3, Decimal(420)),
                BudgetPart("二季度执行数", 4, 6, Decimal(760)),
                BudgetPart("7-8月执行数", 7, 8, Decimal(380)),
            ),
            [],
            id="quarters-add-up",
        ),
        pytest.param(
            _budget(
                "1季度执行数\t2季度执行数\t7-8月执行数\t1-8月执行数",
                "年度资金总额\t\t3200\t420.00\t760.00\t300.00\t1560.00\t48.75%\n",
            ),
            (
                BudgetPart("1季度执行数", 1, 3, Decimal("420.00")),
                BudgetPart("2季度执行数", 4, 6, Decimal("760.00")),
                BudgetPart("7-8月执行数", 7, 8, Decimal("300.00")),
            ),
            [
                (
                    "budget-quarters-mismatch",
                    (
                        "预算行“年度资金总额”分期执行数（1季度执行数420.00、2季度执行数760.00、"
                        "7-8月执行数300.00）合计1480.00与1-8月执行数1560.00不符"
                    ),
                    "G5",
                )
            ],
            id="quarters-disagree",
        ),
        pytest.param(
            _budget(
                "1-3月执行数\t4-6月执行数\t7-8月执行数\t1-8月执行数",
                "年度资金总额\t\t3200\t420.4\t760.4\t379.6\t1560\t48.75%\n",
            ),
            (
                BudgetPart("1-3月执行数", 1, 3, Decimal("420.4")),
                BudgetPart("4-6月执行数", 4, 6, Decimal("760.4")),
                BudgetPart("7-8月执行数", 7, 8, Decimal("379.6")),
            ),
            [],  # 1560.4 against 1560 printed in whole 万元: rounding
            id="months-within-rounding",
        ),
        pytest.param(
            _budget(
                "一季度执行数\t二季度执行数\t1-8月执行数",
                "年度资金总额\t\t3200\t420\t760\t1560\t48.75%\n",
            ),
            (
                BudgetPart("一季度执行数", 1, 3, Decimal(420)),
                BudgetPart("二季度执行数", 4, 6, Decimal(760)),
            ),
            [],  # 7-8月 not printed: nothing to add up
            id="quarters-short-of-period",
        ),
        pytest.param(
            _budget(
                "一季度执行数\t二季度执行数\t7-8月执行数\t1-8月执行数",
                "年度资金总额\t\t3200\t420\t/\t380\t1560\t48.75%\n",
            ),
            (
                BudgetPart("一季度执行数", 1, 3, Decimal(420)),
                BudgetPart("二季度执行数", 4, 6, None),
                BudgetPart("7-8月执行数", 7, 8, Decimal(380)),
            ),
            [],  # a quarter not printed: nothing to add up
            id="quarter-placeholder",
        ),
    ],
)
def test_budget_quarters_kept(
    text: str, quarters: tuple[BudgetPart, ...], findings: list[tuple[str, str, str]]
) -> None:
    table = perftrack.read_text(text)[0]
    [line] = table.budget
    assert line.executed == Decimal(1560)
    assert line.quarters == quarters
    assert [
        (f.id, f.message, f.where.cell)
        for f in table.findings
        if f.id.startswith("budget-quarters") or f.id == "budget-column-duplicate"
    ] == findings


def test_budget_quarters_csv_json_schema_and_frame() -> None:
    rows = [
        "2024年1-6月项目支出绩效运行监控表,,,,,",
        "项目名称,示例项目,,,,",
        "资金情况,年初预算数,第一季度执行数,第二季度执行数,1-6月执行数,执行率",
        "年度资金总额,1000.00,200.00,300.00,500.00,50.00%",
        "其中：财政拨款,800.00,150.00,250.00,420.00,52.50%",
        "一级指标,二级指标,三级指标,年度指标值,1-6月完成值,",
        "产出指标,数量指标,培训人次,≥100人次,50人次,",
    ]
    [table] = perftrack.read(("\n".join(rows) + "\n").encode(), format="csv")
    assert [line.quarters for line in table.budget] == [
        (
            BudgetPart("第一季度执行数", 1, 3, Decimal("200.00")),
            BudgetPart("第二季度执行数", 4, 6, Decimal("300.00")),
        ),
        (
            BudgetPart("第一季度执行数", 1, 3, Decimal("150.00")),
            BudgetPart("第二季度执行数", 4, 6, Decimal("250.00")),
        ),
    ]
    assert table.budget[1].quarters[1].position == Position(None, None, 5, 4)
    assert [(f.id, f.where.cell) for f in table.findings if f.id == "budget-quarters-mismatch"] == [
        ("budget-quarters-mismatch", "E5")
    ]
    data = json.loads(to_json([table]))
    assert data["tables"][0]["budget"][0]["quarters"] == [
        {"label": "第一季度执行数", "start": 1, "end": 3, "amount": "200.00", "cell": "C4"},
        {"label": "第二季度执行数", "start": 4, "end": 6, "amount": "300.00", "cell": "D4"},
    ]
    back = from_json(to_json([table]))[0]
    assert back == table
    assert back.budget[0].quarters == table.budget[0].quarters
    # the parts' cells come back too (api21 H2: outside equality, they were lost)
    assert [part.position.cell for part in back.budget[0].quarters if part.position] == [
        "C4",
        "D4",
    ]
    assert to_json([back]) == to_json([table])
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema())
    assert [
        e.message for e in validator.iter_errors(json.loads(to_json([perftrack.score(table)])))
    ] == []
    assert "quarters" in schema()["$defs"]["budget_line"]["properties"]
    plain = json.loads(
        to_json([perftrack.read_text(_budget("1-8月执行数", "合计\t\t100\t60\t60%\n"))[0]])
    )
    assert "quarters" not in plain["tables"][0]["budget"][0]  # omitted without quarters
    pytest.importorskip("pandas")
    frame = perftrack.to_frame([table], kind="budget")
    assert frame["quarters"].tolist() == [
        "第一季度执行数：200.00；第二季度执行数：300.00",
        "第一季度执行数：150.00；第二季度执行数：250.00",
    ]


def test_budget_quarters_xlsx_merged_header() -> None:
    rows: list[list[object]] = [
        ["2024年度项目支出绩效监控表", None, None, None, None, None, None, None],
        ["监控时点：2024年8月31日", None, None, None, None, None, None, "单位：万元"],
        ["项目名称", None, "示例项目", None, None, None, None, None],
        [
            "资金情况",
            None,
            "年初预算数",
            "一季度执行数",
            "二季度执行数",
            "7-8月执行数",
            "1-8月执行数",
            "执行率",
        ],
        ["年度资金总额", None, 3200, 420, 760, 400, 1560, "48.75%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-8月完成值", None, None, None],
        ["产出指标", "数量指标", "培训人次", "≥12万人次", "8.35万人次", None, None, None],
    ]
    data = xlsx_bytes({"表1": rows}, merges={"表1": ["A1:H1", "A4:B4", "A5:B5", "C3:H3"]})
    [table] = perftrack.read(data, format="xlsx")
    [line] = table.budget
    assert (line.executed, line.quarters) == (
        Decimal(1560),
        (
            BudgetPart("一季度执行数", 1, 3, Decimal(420)),
            BudgetPart("二季度执行数", 4, 6, Decimal(760)),
            BudgetPart("7-8月执行数", 7, 8, Decimal(400)),
        ),
    )
    assert [(f.id, f.where.cell) for f in table.findings if f.id.startswith("budget-q")] == [
        ("budget-quarters-mismatch", "G5")
    ]


_MONTHS = "\t".join(f"{month}月" for month in range(1, 13))


@pytest.mark.parametrize(
    ("text", "actuals", "cell", "parts"),
    [
        pytest.param(
            "2023年1-9月项目绩效监控表\n项目名称\t残疾人两项补贴\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t1-3月完成值\t1-6月完成值\t1-12月完成值\n"
            "产出指标\t数量指标\t补贴发放人次\t≥36000人次\t9000人次\t18100人次\t\n"
            "产出指标\t数量指标\t培训人次\t≥360人次\t90人次\t\t\n",
            ("18100人次", "90人次"),
            (6, 5),
            (("1-3月完成值", "1-6月完成值"), ("1-3月完成值",)),
            id="cumulative-months-1-9",
        ),
    ],
)
def test_monthly_actuals_latest_filled(
    text: str,
    actuals: tuple[str, ...],
    cell: tuple[int, ...],
    parts: tuple[tuple[str, ...], ...],
) -> None:
    table = perftrack.read_text(text)[0]
    assert tuple(row.actual for row in table.indicators) == tuple(map(parse_value, actuals))
    assert tuple(dict(row.cells)["actual"].column for row in table.indicators) == cell
    assert tuple(tuple(p.label for p in row.parts) for row in table.indicators) == parts
    assert {p.role for row in table.indicators for p in row.parts} == {"actual"}
    assert not [f for f in table.findings if f.id in ("grid-column-duplicate", "missing-actual")]


def test_monthly_actuals_xlsx_merged_header() -> None:
    months = [f"{month}月" for month in range(1, 7)]
    rows: list[list[object]] = [
        ["2023年1-6月项目绩效运行监控表", *[None] * 10],
        ["项目名称", None, "残疾人两项补贴", *[None] * 8],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            *[None] * 5,
            "偏差原因分析",
        ],
        [None, None, None, None, *months, "全年", None],
        [
            "产出指标",
            "数量指标",
            "补贴发放人次",
            "≥36000人次",
            "3000人次",
            "3010人次",
            "3020人次",
            "3030人次",
            "3040人次",
            None,
            None,
            None,
        ],
    ]
    data = xlsx_bytes(
        {"表1": rows},
        merges={"表1": ["A1:K1", "C2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:J3", "K3:K4"]},
    )
    [table] = perftrack.read(data, format="xlsx")
    [row] = table.indicators
    # single months are no cumulative figure, and 6月 is empty: no actual (r35a W5)
    assert row.actual is None
    assert "actual" not in dict(row.cells)
    assert [(f.id, f.where.cell) for f in table.findings] == [("grid-monthly-actual", "E5")]
    assert [(p.label, p.value.text) for p in row.parts] == [
        ("1月", "3000人次"),
        ("2月", "3010人次"),
        ("3月", "3020人次"),
        ("4月", "3030人次"),
        ("5月", "3040人次"),
    ]
