"""target21 H7: 实施期 figures kept in the model, and the year's held against them.

Every table is written here as text (TSV); each case gives the exact values or findings.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import perftrack
from perftrack.scoring import score


def _table(budget: list[list[str]], rows: list[list[str]]) -> perftrack.Table:
    lines = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "智慧城管平台建设"],
        *budget,
        ["年度绩效目标", "建成平台一期。"],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        *rows,
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


_SIDE_BY_SIDE = [
    ["项目资金（万元）", "实施期资金总额", "800.00", "年度资金总额", "1200.00"],
    ["", "其中：财政拨款", "800.00", "其中：财政拨款", "1000.00"],
    ["", "其他资金", "0.00", "其他资金", "200.00"],
]
_WITHIN = [
    ["项目资金（万元）", "实施期资金总额", "3000.00", "年度资金总额", "1200.00"],
    ["", "其中：财政拨款", "3000.00", "其中：财政拨款", "1200.00"],
]
_ROWS = [
    ["产出指标", "数量指标", "接入视频点位", "≥3000路", "≥3500路"],
    ["产出指标", "质量指标", "系统可用率", "≥99%", "≥99%"],
    ["产出指标", "时效指标", "平台上线时间", "2027年12月底前", "2026年10月底前"],
    ["成本指标", "经济成本指标", "平台建设成本", "≤800万元", "≤1200万元"],
    ["效益指标", "社会效益指标", "城市管理问题按期结案率", "≥90%", "≥92%"],
]
_ROWS_WITHIN = [
    ["产出指标", "数量指标", "接入视频点位", "≥5000路", "≥3500路"],
    ["成本指标", "经济成本指标", "平台建设成本", "≤3000万元", "≤1200万元"],
    ["效益指标", "社会效益指标", "城市管理问题按期结案率", "≥90%", "≥92%"],
]


def test_midterm_figures_are_kept_and_round_trip() -> None:
    table = _table(_SIDE_BY_SIDE, _ROWS)
    assert [(line.source, line.initial, line.midterm) for line in table.budget] == [
        ("年度资金总额", Decimal("1200.00"), Decimal("800.00")),
        ("其中：财政拨款", Decimal("1000.00"), Decimal("800.00")),
        ("其他资金", Decimal("200.00"), Decimal("0.00")),
    ]
    assert [indicator.midterm for indicator in table.indicators] == [
        perftrack.parse_target("≥3000路"),
        perftrack.parse_target("≥99%"),
        perftrack.parse_target("2027年12月底前", year=2026),
        perftrack.parse_target("≤800万元"),
        perftrack.parse_target("≥90%"),
    ]
    assert table.indicators[0].cell_of("midterm") is not None
    assert table.indicators[0].cell_of("midterm").cell == "D8"
    data = json.loads(perftrack.to_json([table]))
    first = data[0] if isinstance(data, list) else data["tables"][0]
    assert first["budget"][0]["midterm"] == "800.00"
    assert first["indicators"][0]["midterm"]["value"] == "3000"
    back = perftrack.from_json(perftrack.to_json([table]))[0]
    assert back.budget == table.budget
    assert back.indicators == table.indicators


def test_no_midterm_keeps_the_json() -> None:
    table = perftrack.read_text(
        "\n".join(
            "\t".join(line)
            for line in [
                ["2026年度项目支出绩效目标申报表"],
                ["项目名称", "测试项目"],
                ["项目资金（万元）", "年度资金总额", "100.00"],
                ["一级指标", "二级指标", "三级指标", "年度指标值"],
                ["产出指标", "数量指标", "接入视频点位", "≥3500路"],
            ]
        )
    )[0]
    data = json.loads(perftrack.to_json([table]))
    first = data[0] if isinstance(data, list) else data["tables"][0]
    assert "midterm" not in first["indicators"][0]
    assert "midterm" not in first["budget"][0]


@pytest.mark.parametrize(
    ("budget", "rows", "expected"),
    [
        pytest.param(
            _SIDE_BY_SIDE,
            _ROWS,
            [
                (
                    "E3",
                    "年度资金总额1200.00万元高于实施期资金总额800.00万元，年度预算不应超过整个实施期",
                ),
                (
                    "E8",
                    "“接入视频点位”年度指标“≥3500路”高于实施期指标“≥3000路”，年度目标不应超过整个实施期",
                ),
                (
                    "E11",
                    "“平台建设成本”年度指标“≤1200万元”高于实施期指标“≤800万元”，年度目标不应超过整个实施期",
                ),
            ],
            id="year-above-period",
        ),
        pytest.param(_WITHIN, _ROWS_WITHIN, [], id="year-within-period"),
    ],
)
def test_target_above_midterm(
    budget: list[list[str]], rows: list[list[str]], expected: list[tuple[str, str]]
) -> None:
    found = [
        (f.where.cell, f.message)
        for f in score(_table(budget, rows)).findings
        if f.id == "target-above-midterm"
    ]
    assert found == expected
    assert all(
        f.severity.value == "warning"
        for f in score(_table(budget, rows)).findings
        if f.id == "target-above-midterm"
    )
