"""a26 M1: from_json(text, Table/Scorecard) is typed as what it returns.

A document gives its one table (scorecard), or a tuple when it holds none or several;
the overloads say both, so that a ``mypy --strict`` caller must narrow.
"""

from __future__ import annotations

import typing
from typing import Any

import pytest

import perftrack
from perftrack import Scorecard, Table
from perftrack.serialization import from_json

ROWS = [
    ["2024年度项目支出绩效监控表"],
    ["项目名称", "某县学生资助项目"],
    ["项目资金（万元）", "年初预算数", "1-6月执行数", "执行率"],
    ["年度资金总额", "1000", "520", "52%"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"],
    ["产出指标", "数量指标", "资助学生人次", "≥3400人次", "2000人次"],
]


def _table() -> Table:
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in ROWS), format="text")
    return table


def _overloads() -> list[tuple[object, object]]:
    hints = [typing.get_type_hints(each) for each in typing.get_overloads(from_json)]
    return [(hint["kind"], hint["return"]) for hint in hints]


@pytest.mark.parametrize(
    ("kind", "expected_return"),
    [
        pytest.param(Table, Table | tuple[Table, ...], id="table"),
        pytest.param(Scorecard, Scorecard | tuple[Scorecard, ...], id="scorecard"),
    ],
)
def test_document_kinds_typed_as_one_or_a_tuple(kind: type, expected_return: object) -> None:
    returns = [returned for given, returned in _overloads() if given == type[kind]]
    assert returns == [expected_return]


@pytest.mark.parametrize(
    ("count", "kind", "expected_type", "expected_length"),
    [
        pytest.param(0, Scorecard, tuple, 0, id="no-card-a-tuple"),
        pytest.param(1, Scorecard, Scorecard, None, id="one-card-the-card"),
        pytest.param(2, Scorecard, tuple, 2, id="two-cards-a-tuple"),
        pytest.param(1, tuple, tuple, 1, id="tuple-kind-always-a-tuple"),
        pytest.param(0, Table, tuple, 0, id="no-table-a-tuple"),
    ],
)
def test_document_returns_as_typed(
    count: int, kind: type[Any], expected_type: type, expected_length: int | None
) -> None:
    card = perftrack.score(_table())
    items = [card] * count if kind is not Table else [card.table] * count
    got = from_json(perftrack.to_json(items), kind)
    assert type(got) is expected_type
    if expected_length is not None:
        assert len(got) == expected_length
