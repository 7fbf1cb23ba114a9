"""k72b: E-notation actuals, Excel date serials in 时效 rows (fuzz30 M5, M6), fixtures built here."""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Quantity
from test_inputs_fz30b import _xlsx

HEAD = "项目名称\t社区养老服务补贴\n"
GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n"


def _points_table(actual: str) -> perftrack.Table:
    text = (
        HEAD
        + GRID
        + f"产出指标\t数量指标\t补贴发放人数\t≥1200人\t{actual}\t20\t20\t\n"
        + "产出指标\t质量指标\t补贴发放准确率\t100%\t100%\t20\t20\t\n"
    )
    [table] = perftrack.read_text(text, format="text")
    return table


# --- M6: a number in E notation is no figure: a full 得分 on it is unsupported ----


@pytest.mark.parametrize(
    ("actual", "attainment", "expected"),
    [
        pytest.param("1e309", "unknown", ["补贴发放人数"], id="overflow"),
        pytest.param("-1e309人", "unknown", ["补贴发放人数"], id="negative-overflow-unit"),
        pytest.param("1e-400%", "unknown", ["补贴发放人数"], id="underflow-percent"),
        pytest.param("1e-320", "unknown", ["补贴发放人数"], id="subnormal"),
        pytest.param("NaN", "unknown", ["补贴发放人数"], id="nan-as-before"),
        pytest.param("1260人", "met", [], id="figure"),
        pytest.param("完成12次", "unknown", [], id="prose-with-figure"),
    ],
)
def test_e_notation_actual_points_unsupported(
    actual: str, attainment: str, expected: list[str]
) -> None:
    card = perftrack.score(_points_table(actual))
    assert card.verdicts[0].attainment.value == attainment
    assert [f.where.name for f in card.findings if f.id == "points-unsupported"] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # an xlsx number cell far below a float's smallest normal: its exact Decimal
        pytest.param("1e-320", Quantity(Decimal("1E-320")), id="tiny-exact"),
        pytest.param("1260", Quantity(Decimal(1260)), id="plain"),
    ],
)
def test_xlsx_tiny_number_exact(value: str, expected: Quantity) -> None:
    [table] = perftrack.read(_xlsx(value), format="xlsx")
    actual = table.indicators[0].actual
    assert actual == expected
    assert isinstance(actual, Quantity)
    assert actual.value != 0
