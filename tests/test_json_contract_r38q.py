"""r38q: the score document's budget lines list their keys in json.md's order.

json.md writes a budget line as ``line, source, initial, period_budget, executed, rate,
rate_recomputed, denominator, weight, published_points, cell``: the recomputed rate and
its denominator right after the printed rate. The score document wrote them after
``cells``, last of the line (the indicators' verdict fields were already where json.md
puts them). The values are unchanged; only the order moves.
"""

from __future__ import annotations

import json

import pytest

import perftrack
from grade_tables import target_rows
from probe_tables import POINTS_BUDGET, points_table, track_table

SEED = "examples/000_7a0b2a9980fedb64.txt"

_TRACKING = [
    "line",
    "source",
    "initial",
    "period_budget",
    "planned",
    "executed",
    "rate",
    "rate_recomputed",
    "rate_recomputed_exact",
    "denominator",
    "forecast",
    "weight",
    "published_points",
    "cell",
    "cells",
]


def _lines(table: perftrack.Table) -> list[dict[str, object]]:
    (data,) = json.loads(perftrack.to_json(perftrack.score(table)))["tables"]
    lines: list[dict[str, object]] = data["budget"]
    return lines


@pytest.mark.parametrize(
    ("table", "keys", "computed"),
    [
        pytest.param(
            lambda: track_table(("培训次数", "≥12次", "9次", "9次"), budget=("75", "20", "30.00")),
            _TRACKING,
            ("26.67", "26.66666666666666666666666667", "period_budget"),
            id="tracking",
        ),
        pytest.param(
            lambda: points_table(
                ["\t产出指标\t数量指标\t培训次数\t≥4次\t4次\t90\t90\t"], budget=POINTS_BUDGET
            ),
            _TRACKING,
            ("100.00", "100", "period_budget"),
            id="self-evaluation",
        ),
        pytest.param(
            lambda: target_rows([["产出指标", "数量指标", "培训人次", "≥200人"]]),
            _TRACKING,
            (None, None, "initial"),
            id="target",
        ),
    ],
)
def test_the_recomputed_rate_follows_the_printed_one(
    table: object, keys: list[str], computed: tuple[str | None, str | None, str]
) -> None:
    assert callable(table)
    line = _lines(table())[0]
    assert list(line) == keys
    assert (line["rate_recomputed"], line["rate_recomputed_exact"], line["denominator"]) == computed


def test_the_seed_lines_keep_their_values_in_the_new_order() -> None:
    cards = [perftrack.score(table) for table in perftrack.read(SEED)]
    document = json.loads(perftrack.to_json(cards))
    got = [
        [(key, line[key]) for key in ("rate", "rate_recomputed", "denominator", "weight")]
        for table in document["tables"]
        for line in table["budget"][:1]
    ]
    assert got == [
        [
            ("rate", "67.26"),
            ("rate_recomputed", "67.27"),
            ("denominator", "period_budget"),
            ("weight", None),
        ],
        [
            ("rate", "21.76"),
            ("rate_recomputed", "21.77"),
            ("denominator", "period_budget"),
            ("weight", None),
        ],
    ]
    assert [list(table["budget"][0])[6:10] for table in document["tables"]] == [
        ["rate", "rate_recomputed", "rate_recomputed_exact", "denominator"]
    ] * 2
    # the read document has none of them, and the score document reads back equal
    read = json.loads(perftrack.to_json(perftrack.read(SEED)))
    assert all("denominator" not in line for t in read["tables"] for line in t["budget"])
    assert perftrack.from_json(perftrack.to_json(cards), tuple) == tuple(cards)
