"""k80fix: scoring fixes from regress79.

Each table is built here from its rows; every case fails before its fix.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack

_SELF = [
    "项目支出绩效自评表",
    "（2025年度）",
    "项目名称\t基层卫生服务专项资金",
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
]


def _self_verdict(name: str, target: str, actual: str) -> tuple[str, Decimal | None]:
    row = f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t10\t\t"
    table = perftrack.read_text("\n".join([*_SELF, row]))[0]
    card = perftrack.score(table)
    points = card.points.items[0].points if card.points is not None else None
    return card.verdicts[0].attainment.value, points


# --- regress79 S18: a clause about another place level not covered --------------------

_COVERAGE = [
    pytest.param(
        "乡镇覆盖", "100%", "实现乡镇全覆盖，村级尚未覆盖", ("met", Decimal("10.00")), id="s18"
    ),
    pytest.param(
        "乡镇覆盖率",
        "100%",
        "实现乡镇全覆盖；行政村尚未实现全覆盖",
        ("met", Decimal("10.00")),
        id="township-rate-semicolon",
    ),
    # the row's own level not covered: not done
    pytest.param(
        "行政村覆盖率",
        "100%",
        "实现乡镇全覆盖，村级尚未覆盖",
        ("not_met", Decimal("0.00")),
        id="village-row",
    ),
    pytest.param(
        "乡镇覆盖率",
        "100%",
        "实现乡镇全覆盖，部分乡镇尚未覆盖",
        ("not_met", Decimal("0.00")),
        id="same-level-uncovered",
    ),
    # no level in the name: whose coverage it is cannot be told, the status stands
    pytest.param(
        "覆盖率",
        "100%",
        "实现乡镇全覆盖，村级尚未覆盖",
        ("not_met", Decimal("0.00")),
        id="no-level-in-name",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), _COVERAGE)
def test_other_level_uncovered(
    name: str, target: str, actual: str, expected: tuple[str, Decimal]
) -> None:
    assert _self_verdict(name, target, actual) == expected


# --- regress79 M1: an average converted over the tracked months, on track ----------------


def _track_verdict(end: int, name: str, target: str, plan: str, actual: str) -> tuple[str, ...]:
    rows = [
        "财政项目支出绩效跟踪表",
        f"跟踪时段：（ 2025-1月 至 2025-{end}月 ）",
        "项目名称\t基层卫生服务专项资金",
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
        f"产出指标\t数量指标\t{name}\t{target}\t{plan}\t{actual}\t",
    ]
    verdict = perftrack.score(perftrack.read_text("\n".join(rows))[0]).verdicts[0]
    return verdict.attainment.value, verdict.progress.value, verdict.explanation


_UNCONVERTIBLE = "非全年报表无法折算，需人工判断"

_CONVERTED = [
    pytest.param(
        (6, "急救出诊", "≥2.5万次", "12500次", "日均出诊70次"),
        (
            "unknown",
            "on_track",
            (
                f"实际70次为日均值，年度指标≥2.5万次为年度总量，{_UNCONVERTIBLE}；"
                "实际70次按跟踪期181天折算为12670次，达到计划12500次"
            ),
        ),
        id="y1-daily-on-track",
    ),
    pytest.param(
        (6, "急救出诊", "≥2.5万次", "12500次", "季均出诊6500次"),
        (
            "unknown",
            "on_track",
            (
                f"实际6500次为季均值，年度指标≥2.5万次为年度总量，{_UNCONVERTIBLE}；"
                "实际6500次按跟踪期2个季度折算为13000次，达到计划12500次"
            ),
        ),
        id="y3-quarterly-on-track",
    ),
    # behind: as before
    pytest.param(
        (9, "上门服务", "≥5000人次", "3750人次", "月均上门服务400人次"),
        (
            "unknown",
            "behind",
            (
                f"实际400人次为月均值，年度指标≥5000人次为年度总量，{_UNCONVERTIBLE}；"
                "实际400人次按跟踪期9个月折算为3600人次，落后于计划3750人次"
            ),
        ),
        id="y5-monthly-behind",
    ),
]


@pytest.mark.parametrize(("row", "expected"), _CONVERTED)
def test_converted_average_states_conversion(
    row: tuple[int, str, str, str, str], expected: tuple[str, ...]
) -> None:
    assert _track_verdict(*row) == expected
