"""Parts of the year as the actual: flows, levels and running totals (regress37 W1–W3).

- W1: a flow running at more than twice the target's pace was taken for a level and
  its latest part read (``1-6月 420 | 7-8月 100`` for ``≥300万元``: 100, not 520).
- W2: a level printed month by month that never falls (120座 every month, 在岗人数
  452 … 460) gave no actual: the test for running totals came before the one for levels.
- W3: quarters headed 累计 were added up (3场 + 7场); quarters that rise and name no
  months of their own may be running totals or flows: no actual, and a warning.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.expressions import Quantity

_HEAD = ("2024年度财政项目支出绩效跟踪表", "项目名称\t城乡环卫一体化运营")
_LEVELS = "一级指标\t二级指标\t三级指标\t年度指标值"


def _actual(period: str, head: str, row: str) -> tuple[Decimal | None, list[str]]:
    text = "\n".join((*_HEAD, f"跟踪时段：2024年{period}", f"{_LEVELS}\t{head}", row)) + "\n"
    table = perftrack.read_text(text, format="text")[0]
    actual = table.indicators[0].actual
    figure = actual.value if isinstance(actual, Quantity) else None
    return figure, [finding.id for finding in table.findings if finding.id == "grid-monthly-actual"]


_MONTHS = "\t".join(f"{month}月完成数" for month in range(1, 7))
_FIRST_QUARTERS = "一季度完成值\t二季度完成值"


@pytest.mark.parametrize(
    ("period", "head", "row", "expected"),
    [
        pytest.param(
            "1月至2024年8月",
            "1-6月完成值\t7-8月完成值",
            "产出指标\t数量指标\t发放补贴资金\t≥300万元\t420\t100",
            (Decimal(520), []),
            id="w1-a-fast-flow-adds-up",
        ),
        pytest.param(
            "1月至2024年3月",
            "1月完成数\t2月完成数\t3月完成数",
            "产出指标\t数量指标\t春耕补贴发放户数\t≥5000户\t3000\t1500\t800",
            (Decimal(5300), []),
            id="w1-front-loaded-months-add-up",
        ),
        pytest.param(
            "1月至2024年6月",
            _MONTHS,
            "产出指标\t数量指标\t培训人次\t≥200人次\t60\t80\t70\t75\t65\t70",
            (Decimal(420), []),
            id="small-flows-add-up",
        ),
        pytest.param(
            "1月至2024年6月",
            _MONTHS,
            "产出指标\t数量指标\t公厕数量\t=120座\t120\t120\t120\t120\t120\t120",
            (Decimal(120), []),
            id="w2-a-flat-level-is-its-latest",
        ),
        pytest.param(
            "1月至2024年6月",
            _MONTHS,
            "产出指标\t数量指标\t在岗保洁员人数\t≥450人\t452\t455\t455\t456\t458\t460",
            (Decimal(460), []),
            id="w2-a-rising-level-is-its-latest",
        ),
        pytest.param(
            "1月至2024年6月",
            "一季度累计完成值\t二季度累计完成值",
            "产出指标\t数量指标\t开展培训场次\t≥12场\t3场\t7场",
            (Decimal(7), []),
            id="w3-quarters-headed-cumulative-are-running-totals",
        ),
        pytest.param(
            "1月至2024年6月",
            _FIRST_QUARTERS,
            "产出指标\t数量指标\t开展培训场次\t≥12场\t3场\t7场",
            (None, ["grid-monthly-actual"]),
            id="w3-rising-quarters-are-unsure",
        ),
        pytest.param(
            "1月至2024年6月",
            "1-3月完成值\t4-6月完成值",
            "产出指标\t数量指标\t开展培训场次\t≥12场\t3场\t7场",
            (Decimal(10), []),
            id="quarters-naming-their-months-add-up",
        ),
    ],
)
def test_parts_of_the_year(
    period: str, head: str, row: str, expected: tuple[Decimal | None, list[str]]
) -> None:
    assert _actual(period, head, row) == expected
