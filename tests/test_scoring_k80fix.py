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
