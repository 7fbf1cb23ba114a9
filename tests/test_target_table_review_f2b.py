"""findings2 M2–M5, L2, L4: a 目标表 reviewed against last year, its 分值, levels and budget.

Every table is written here as text (TSV); each case gives the exact findings expected.
"""

from __future__ import annotations

import json

import pytest

import perftrack
from perftrack.reports._review import review
from perftrack.scoring import score

_NEW = ("target-below-last-year", "weights-not-100", "level1-weight-mismatch")
_NEW += ("missing-level2", "cost-above-budget", "missing-overall-goal", "budget-sum-mismatch")


def _table(  # noqa: PLR0913
    rows: list[list[str]],
    *,
    header: list[str] | None = None,
    year: int = 2025,
    budget: tuple[str, ...] = ("900.00", "900.00"),
    goal: str = "完成年度建设任务。",
    title: str = "项目支出绩效目标表",
) -> perftrack.Table:
    lines = [
        [f"{year}年度{title}"],
        ["项目名称", "测试项目"],
        ["项目资金（万元）", "", "年度资金总额", budget[0]],
        ["", "", "其中：财政拨款", budget[1]],
        *([["", "", "其他资金", budget[2]]] if len(budget) > 2 else []),
        ["年度总体目标", goal],
        header or ["一级指标", "二级指标", "三级指标", "年度指标值"],
        *rows,
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _found(table: perftrack.Table) -> list[tuple[str, str, str]]:
    return [(f.id, f.severity.value, f.message) for f in score(table).findings if f.id in _NEW]


_COMPLETE = [
    ["产出指标", "数量指标", "培训人次", "≥100(人次)"],
    ["产出指标", "质量指标", "培训合格率", "≥95%"],
    ["产出指标", "时效指标", "完成时间", "2025年12月底前"],
    ["成本指标", "经济成本指标", "人均培训成本", "≤300(元/人)"],
    ["效益指标", "社会效益指标", "就业率", "≥80%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
]

# ---------------------------------------------------------------------------
# M2: last year's actual kept, and held against the target

_PREVIOUS_HEADER = ["一级指标", "二级指标", "三级指标", "上年实际完成值", "年度指标值"]


def _with_previous(name: str, level2: str, previous: str, target: str) -> perftrack.Table:
    level1 = {"经济成本指标": "成本指标", "服务对象满意度指标": "满意度指标"}.get(
        level2, "产出指标"
    )
    rows = [[level1, level2, name, previous, target]]
    rows += [[r[0], r[1], r[2], "", r[3]] for r in _COMPLETE if r[2] != name]
    return _table(rows, header=_PREVIOUS_HEADER)


def test_last_years_actual_is_kept_with_its_text_and_cell() -> None:
    table = _with_previous("补贴农户数", "数量指标", "4.8万户", "≥4(万户)")
    row = table.indicators[0]
    assert row.previous == perftrack.parse_value("4.8万户")
    assert row.previous is not None
    assert row.previous.text == "4.8万户"
    assert row.cell_of("reference") is not None
    assert row.cell_of("reference").cell == "D7"
    data = json.loads(perftrack.to_json([table]))
    first = (
        data[0]["indicators"][0] if isinstance(data, list) else data["tables"][0]["indicators"][0]
    )
    assert first["previous"]["value"] == "4.8"
    again = perftrack.from_json(perftrack.to_json([table]))[0]
    assert again.indicators[0].previous == row.previous
    # a row with no 上年 column has no "previous" key: the JSON of other tables is unchanged
    plain = json.loads(perftrack.to_json([_table(_COMPLETE)]))
    rows = plain[0]["indicators"] if isinstance(plain, list) else plain["tables"][0]["indicators"]
    assert all("previous" not in one for one in rows)


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("上年实际完成值", True),
        ("去年完成值", True),
        ("2024年实际完成值", True),
        ("上年指标值", False),  # last year's target, not its actual
        ("上年同期完成值", False),  # the same months of last year
        ("历史标准", False),
    ],
)
def test_which_reference_column_is_last_years_actual(label: str, kept: bool) -> None:  # noqa: FBT001
    header = ["一级指标", "二级指标", "三级指标", label, "年度指标值"]
    table = _table([["产出指标", "数量指标", "培训人次", "120人次", "≥100(人次)"]], header=header)
    assert (table.indicators[0].previous is not None) is kept


@pytest.mark.parametrize(
    ("name", "level2", "previous", "target", "message"),
    [
        (
            "补贴农户数",
            "数量指标",
            "4.8万户",
            "≥4(万户)",
            "“补贴农户数”年度指标“≥4(万户)”低于上年实际完成值“4.8万户”，目标设定偏保守",
        ),
        # one unit: 4.8万户 is 48000户
        (
            "补贴农户数",
            "数量指标",
            "4.8万户",
            "≥45000(户)",
            "“补贴农户数”年度指标“≥45000(户)”低于上年实际完成值“4.8万户”，目标设定偏保守",
        ),
        ("补贴农户数", "数量指标", "4.8万户", "≥50000(户)", None),
        (
            "补贴资金发放准确率",
            "质量指标",
            "100%",
            "≥95%",
            "“补贴资金发放准确率”年度指标“≥95%”低于上年实际完成值“100%”，目标设定偏保守",
        ),
        ("群众满意度", "服务对象满意度指标", "92%", "≥92%", None),  # equal is kept
        # lower is better: a ceiling above last year's
        (
            "设备故障率",
            "质量指标",
            "2%",
            "≤5%",
            "“设备故障率”年度指标“≤5%”高于上年实际完成值“2%”，目标设定偏保守",
        ),
        ("设备故障率", "质量指标", "6%", "≤5%", None),
        ("培训人次", "数量指标", "120人次", "≥100(次)", None),  # 人次 and 次: incomparable
        ("亩均补贴", "经济成本指标", "100元/亩", "≤120(元/亩)", None),  # a cost follows its budget
        ("培训人次", "数量指标", "未开展", "≥100(人次)", None),  # words, no figure
        ("培训人次增长", "数量指标", "5%", "增长≥3%", None),  # a change target
    ],
)
def test_target_below_last_year(
    name: str, level2: str, previous: str, target: str, message: str | None
) -> None:
    found = [
        f
        for f in _found(_with_previous(name, level2, previous, target))
        if f[0] == "target-below-last-year"
    ]
    assert found == ([("target-below-last-year", "info", message)] if message else [])


# ---------------------------------------------------------------------------
# M3: a 目标表's 分值 and level-1 label weights

_WEIGHTED = ["一级指标", "二级指标", "三级指标", "年度指标值", "分值"]


def _weighted(weights: list[str], labels: list[str] | None = None) -> perftrack.Table:
    rows = []
    for row, weight, label in zip(
        _COMPLETE, weights, labels or [r[0] for r in _COMPLETE], strict=True
    ):
        rows.append([label, row[1], row[2], row[3], weight])
    return _table(rows, header=_WEIGHTED)


@pytest.mark.parametrize(
    ("weights", "labels", "expected"),
    [
        (["20", "20", "10", "10", "30", "10"], None, []),  # 100
        (["20", "20", "10", "10", "20", "10"], None, []),  # 90: the rate's 10 implicit
        (
            ["10", "20", "10", "10", "20", "10"],
            None,
            [("weights-not-100", "warning", "各项分值合计80，不等于100")],
        ),
        (
            ["20", "10", "10", "10", "20", "10"],
            [
                "产出指标（50分）",
                "",
                "",
                "成本指标（10分）",
                "效益指标（30分）",
                "满意度指标（10分）",
            ],
            [
                ("weights-not-100", "warning", "各项分值合计80，不等于100"),
                (
                    "level1-weight-mismatch",
                    "warning",
                    "一级指标“产出指标”标注50分，其下各项分值合计40",
                ),
                (
                    "level1-weight-mismatch",
                    "warning",
                    "一级指标“效益指标”标注30分，其下各项分值合计20",
                ),
            ],
        ),
        (
            # the labels against the column even when the sum is 100
            ["30", "10", "10", "10", "30", "10"],
            [
                "产出指标（40分）",
                "",
                "",
                "成本指标（10分）",
                "效益指标（40分）",
                "满意度指标（10分）",
            ],
            [
                (
                    "level1-weight-mismatch",
                    "warning",
                    "一级指标“产出指标”标注40分，其下各项分值合计50",
                ),
                (
                    "level1-weight-mismatch",
                    "warning",
                    "一级指标“效益指标”标注40分，其下各项分值合计30",
                ),
            ],
        ),
    ],
)
def test_target_table_weights(
    weights: list[str], labels: list[str] | None, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(_weighted(weights, labels)) == expected


# ---------------------------------------------------------------------------
# M4: 产出 covers 数量, 质量 and 时效 (2022+, project tables)


@pytest.mark.parametrize(
    ("drop", "year", "title", "expected"),
    [
        ((), 2025, "项目支出绩效目标表", []),
        (("培训合格率",), 2025, "项目支出绩效目标表", ["产出指标缺少质量指标"]),
        (
            ("培训合格率", "完成时间"),
            2022,
            "项目支出绩效目标表",
            ["产出指标缺少质量指标、时效指标"],
        ),
        (("培训合格率",), 2021, "项目支出绩效目标表", []),  # before 101号
        (("培训合格率",), 2025, "区域绩效目标表", []),
        (("培训合格率",), 2025, "部门整体绩效目标表", []),
    ],
)
def test_missing_level2(drop: tuple[str, ...], year: int, title: str, expected: list[str]) -> None:
    rows = [r for r in _COMPLETE if r[2] not in drop]
    found = [f for f in _found(_table(rows, year=year, title=title)) if f[0] == "missing-level2"]
    assert found == [("missing-level2", "info", message) for message in expected]


def test_cost_under_output_counts_as_cost_not_as_a_missing_level2() -> None:
    rows = [r for r in _COMPLETE if r[0] != "成本指标"]
    rows.append(["产出指标", "成本指标", "人均培训成本", "≤300(元/人)"])
    assert _found(_table(rows, year=2022)) == []


# ---------------------------------------------------------------------------
# M5: a whole cost ceiling above the whole budget


@pytest.mark.parametrize(
    ("name", "target", "expected"),
    [
        (
            "项目总成本",
            "≤1500(万元)",
            "“项目总成本”年度指标“≤1500(万元)”高于年度资金总额900.00万元，成本指标与预算不匹配",
        ),
        ("项目总成本", "≤900(万元)", None),
        (
            "项目总成本",
            "≤1000万元",
            "“项目总成本”年度指标“≤1000万元”高于年度资金总额900.00万元，成本指标与预算不匹配",
        ),
        ("项目总成本", "≤8000000(元)", None),  # 800万元: one unit
        (
            "项目总成本",
            "≤9500000(元)",
            "“项目总成本”年度指标“≤9500000(元)”高于年度资金总额900.00万元，成本指标与预算不匹配",
        ),
        ("设备单位成本", "≤1500(万元)", None),  # per unit: never
        ("人均培训成本", "≤1500(万元)", None),
        ("设备采购成本", "≤1500(万元)", None),  # no name of the whole cost
    ],
)
def test_cost_above_budget(name: str, target: str, expected: str | None) -> None:
    rows = [r for r in _COMPLETE if r[0] != "成本指标"]
    rows.append(["成本指标", "经济成本指标", name, target])
    found = [f for f in _found(_table(rows)) if f[0] == "cost-above-budget"]
    assert found == ([("cost-above-budget", "info", expected)] if expected else [])


# ---------------------------------------------------------------------------
# L2 and L4


@pytest.mark.parametrize(("goal", "expected"), [("", True), ("完成年度培训任务。", False)])
def test_an_empty_overall_goal(goal: str, expected: bool) -> None:  # noqa: FBT001
    found = [f for f in _found(_table(_COMPLETE, goal=goal)) if f[0] == "missing-overall-goal"]
    assert found == ([("missing-overall-goal", "info", "年度总体目标未填写")] if expected else [])


def test_budget_sum_mismatch_in_a_target_table_names_the_sources() -> None:
    # two sources (a lone 其中 line below the total is one part of it, not summed: outputs19 M6)
    found = _found(_table(_COMPLETE, budget=("500.00", "300.00", "100.00")))
    assert found == [("budget-sum-mismatch", "warning", "资金来源各项合计400.00与总额500.00不符")]


@pytest.mark.parametrize("amount", ["350", "350.00", "350.0"])
def test_the_letter_prints_the_budget_with_two_decimals(amount: str) -> None:
    letter = review(score(_table(_COMPLETE, budget=(amount, amount))))
    assert "申报预算350.00万元" in letter


def test_clean_target_table_stays_clean() -> None:
    assert _found(_table(_COMPLETE)) == []
