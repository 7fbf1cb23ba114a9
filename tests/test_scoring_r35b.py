"""regress35 W3, W4: a place for reasons or measures the absent-field rule missed.

W3: a grid column ``偏差原因及改进措施`` (``偏差原因分析及改进措施``, ``偏差原因及纠偏措施``,
``原因分析及整改措施``) is a place for reasons and for measures; it gave a false
``表中未设纠偏措施栏目``. W4: a closing row of reasons under the grid (``偏差原因分析 |
…``, ``存在问题及原因 | …``) is the form's place for reasons; it gave a false
``表中未设偏差原因分析栏目`` and its text was read nowhere. It is now kept as a note,
and its text explains the rows (no per-row finding); left empty, the rows are asked
one by one, as under an empty column.

Every table is written here in code (TSV and HTML), read and scored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack import from_json, score, to_json
from perftrack.model import Note, Table

if TYPE_CHECKING:
    from pathlib import Path

HEAD = [
    ["2026年度项目支出绩效跟踪表（1-12月）"],
    ["项目名称", "测试"],
    ["项目资金（万元）", "", "全年预算数", "1-12月执行数", "执行率"],
    ["年度资金总额", "", "100", "95", "95"],
]
COLUMNS = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-12月完成值"]
ROWS = [
    ["产出指标", "数量指标", "培训人次", "≥100人次", "30人次"],
    ["产出指标", "数量指标", "培训场次", "≥10场", "2场"],
    ["产出指标", "数量指标", "发放手册", "≥50册", "60册"],
]
MEASURES = ["纠偏措施", "下半年扩大宣传。"]

NO_REASON_COLUMN = (
    "表中未设偏差原因分析栏目，2项指标（『培训人次』、『培训场次』）存在偏差，无处说明原因"
)
NO_MEASURES_FIELD = (
    "表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性存疑的情况，无处填写纠偏措施"
)
EMPTY_MEASURES = "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施"
PER_ROW = [
    (0, "『培训人次』存在偏差但未填写偏差原因"),
    (1, "『培训场次』存在偏差但未填写偏差原因"),
]


def _read(rows: list[list[str]], form: str, tmp_path: Path) -> Table:
    if form == "tsv":
        (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows))
        return table
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    path = tmp_path / "跟踪表.html"
    path.write_text(f"<html><body><table>{body}</table></body></html>", encoding="utf-8")
    (table,) = perftrack.read(path)
    return table


def _found(table: Table, finding_id: str) -> list[tuple[int | None, str]]:
    # the findings nest quotes in quotes: “…” inside a message, 『…』 written here
    return [
        (f.where.indicator, f.message.replace("“", "『").replace("”", "』"))
        for f in score(table).findings
        if f.id == finding_id
    ]


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("偏差原因分析及改进措施", id="documented"),
        pytest.param("偏差原因(分析)及改进措施", id="bracketed"),
        pytest.param("偏差原因及改进措施", id="reason-and-improve"),
        pytest.param("偏差原因及纠偏措施", id="reason-and-corrective"),
        pytest.param("原因分析及整改措施", id="analysis-and-rectify"),
    ],
)
@pytest.mark.parametrize("form", ["tsv", "html"])
def test_a_reason_column_naming_measures_is_a_place_for_both(
    form: str, header: str, tmp_path: Path
) -> None:
    # the column printed and left empty: asked row by row, the table's measures missing
    rows = [*HEAD, [*COLUMNS, header], *([*row, ""] for row in ROWS)]
    table = _read(rows, form, tmp_path)
    assert table.absent_fields == ()
    assert _found(table, "missing-deviation-reason") == PER_ROW
    assert _found(table, "missing-corrective-measures") == [(None, EMPTY_MEASURES)]


REASONS = "培训人次偏少因报名不足；场次偏少因场地未落实。"


@pytest.mark.parametrize(
    ("below", "absent", "notes", "reasons", "measures"),
    [
        pytest.param(
            [["偏差原因分析", REASONS], MEASURES], (), (Note("偏差原因分析", REASONS),),
            [], [], id="deviation-reason-analysis",
        ),
        pytest.param(
            [["存在问题及原因", REASONS], MEASURES], (), (Note("存在问题及原因", REASONS),),
            [], [], id="problems-and-reasons",
        ),
        pytest.param(
            [["问题及原因分析", REASONS], MEASURES], (), (Note("问题及原因分析", REASONS),),
            [], [], id="problems-and-reason-analysis",
        ),
        pytest.param(
            [["原因分析", REASONS], MEASURES], (), (Note("原因分析", REASONS),),
            [], [], id="reason-analysis",
        ),
        pytest.param(
            [[f"偏差原因分析：{REASONS}"], MEASURES], (), (Note("偏差原因分析", REASONS),),
            [], [], id="label-and-text-in-one-cell",
        ),
        pytest.param(
            [["存在问题及原因", REASONS]], ("corrective_measures",),
            (Note("存在问题及原因", REASONS),), [], [(None, NO_MEASURES_FIELD)],
            id="reasons-without-measures",
        ),
        pytest.param(
            [["偏差原因分析", ""], MEASURES], (), (), PER_ROW, [], id="printed-left-empty",
        ),
        pytest.param(
            [["其他需要说明的问题", REASONS], MEASURES], ("deviation_reason",),
            (Note("其他需要说明的问题", REASONS),), [(None, NO_REASON_COLUMN)], [],
            id="a-note-naming-no-reason-is-none",
        ),
    ],
)  # fmt: skip
@pytest.mark.parametrize("form", ["tsv", "html"])
def test_a_reasons_row_below_the_grid_is_a_place_for_reasons(  # noqa: PLR0913, PLR0917 - the case
    form: str,
    below: list[list[str]],
    absent: tuple[str, ...],
    notes: tuple[Note, ...],
    reasons: list[tuple[int | None, str]],
    measures: list[tuple[int | None, str]],
    tmp_path: Path,
) -> None:
    table = _read([*HEAD, COLUMNS, *ROWS, *below], form, tmp_path)
    assert table.absent_fields == absent
    assert table.notes == notes
    assert _found(table, "missing-deviation-reason") == reasons
    assert _found(table, "missing-corrective-measures") == measures


def test_the_reasons_note_survives_the_json_round_trip() -> None:
    rows = [*HEAD, COLUMNS, *ROWS, ["偏差原因分析", REASONS], MEASURES]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows))
    (again,) = from_json(to_json([table]))
    assert again.notes == (Note("偏差原因分析", REASONS),)
    assert _found(again, "missing-deviation-reason") == []
