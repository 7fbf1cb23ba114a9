"""Where a row's missing 纠偏措施 and 偏差原因 point (formats34 M1).

``missing-corrective-measures`` on a row of a grid with a 纠偏措施 column points at the
row's empty 纠偏措施 cell (its ``corrective-place``), as ``missing-deviation-reason``
points at the empty 偏差原因 cell.
"""

from __future__ import annotations

import pytest

import perftrack

_TITLE = ["2025年1-9月项目支出绩效运行监控表"]
_PROJECT = ["项目名称", "示例"]
_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月实际完成值", "全年预计"]
_HEADER += ["完成目标可能性", "偏差原因分析", "纠偏措施"]


def _table(header: list[str], row: list[str]) -> perftrack.Table:
    lines = ["\t".join(line) for line in (_TITLE, _PROJECT, header, row)]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def _places(table: perftrack.Table, *ids: str) -> list[tuple[str, str | None]]:
    findings = perftrack.score(table).findings
    return [(f.id, f.where.cell) for f in findings if f.id in ids]


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        pytest.param(
            _HEADER,
            [
                "产出指标",
                "数量指标",
                "培训人次",
                "≥100人次",
                "20人次",
                "60人次",
                "无法完成",
                "",
                "",
            ],
            [("missing-deviation-reason", "H4"), ("missing-corrective-measures", "I4")],
            id="both-columns-empty",
        ),
        pytest.param(
            _HEADER,
            ["产出指标", "数量指标", "培训人次", "≥100人次", "20人次", "60人次", "无法完成"],
            [("missing-deviation-reason", "H4"), ("missing-corrective-measures", "I4")],
            id="trailing-cells-dropped",
        ),
        pytest.param(
            _HEADER,
            [
                "产出指标",
                "数量指标",
                "培训人次",
                "≥100人次",
                "20人次",
                "60人次",
                "无法完成",
                "报名不足",
                "",
            ],
            [("missing-corrective-measures", "I4")],
            id="reason-given",
        ),
    ],
)
def test_missing_measures_point_at_the_empty_cell(
    header: list[str], row: list[str], expected: list[tuple[str, str | None]]
) -> None:
    table = _table(header, row)
    assert _places(table, "missing-deviation-reason", "missing-corrective-measures") == expected
