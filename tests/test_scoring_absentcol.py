"""A form with no 偏差原因分析 column, or no 纠偏措施 field at all (absentcol).

``missing-deviation-reason`` was raised once per row in trouble even when the table
had no column for reasons: the model could not tell an absent column from an empty
one. The readers now record the optional fields the form has no place for
(``Table.absent_fields``); a form without the column gets one finding of the
table's own (no indicator), a column left empty the per-row findings as before.
The same for ``missing-corrective-measures`` on a form without any 纠偏措施 field.

Every table is written here in code (TSV and HTML), read and scored.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack import from_json, score, to_json
from perftrack.model import Figure, Finding, Indicator, Severity, Table, Where
from perftrack.reports._review import review
from perftrack.schema import schema

if TYPE_CHECKING:
    from pathlib import Path

jsonschema = pytest.importorskip("jsonschema")

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
MEASURES = [["纠偏措施", ""]]

NO_COLUMN = "表中未设偏差原因分析栏目，2项指标（『培训人次』、『培训场次』）存在偏差，无处说明原因"
NO_FIELD = "表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性存疑的情况，无处填写纠偏措施"
EMPTY_FIELD = "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施"


def _grid(*, reason: bool) -> list[list[str]]:
    if not reason:
        return [COLUMNS, *ROWS]
    return [[*COLUMNS, "偏差原因分析"], *([*row, ""] for row in ROWS)]


def _tsv(*, reason: bool, measures: bool) -> str:
    rows = [*HEAD, *_grid(reason=reason), *(MEASURES if measures else [])]
    return "\n".join("\t".join(row) for row in rows)


def _html(*, reason: bool, measures: bool) -> str:
    rows = [*HEAD, *_grid(reason=reason), *(MEASURES if measures else [])]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<html><body><table>{body}</table></body></html>"


def _found(table: Table, finding_id: str) -> list[tuple[int | None, str]]:
    return [(f.where.indicator, f.message) for f in score(table).findings if f.id == finding_id]


PER_ROW = [
    (0, "『培训人次』存在偏差但未填写偏差原因"),
    (1, "『培训场次』存在偏差但未填写偏差原因"),
]
CASES = [
    pytest.param(
        False, False, ("deviation_reason", "corrective_measures"), [(None, NO_COLUMN)],
        [(None, NO_FIELD)], id="neither",
    ),
    pytest.param(
        False, True, ("deviation_reason",), [(None, NO_COLUMN)], [(None, EMPTY_FIELD)],
        id="no-reason-column",
    ),
    pytest.param(
        True, False, ("corrective_measures",), PER_ROW, [(None, NO_FIELD)],
        id="no-measures-field",
    ),
    pytest.param(True, True, (), PER_ROW, [(None, EMPTY_FIELD)], id="both-empty"),
]  # fmt: skip


def _nested(found: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    # the findings nest quotes in quotes: “…” inside a message, 『…』 written here
    return [(i, m.replace("『", "“").replace("』", "”")) for i, m in found]


@pytest.mark.parametrize(("reason", "measures", "absent", "reasons", "measured"), CASES)
@pytest.mark.parametrize("form", ["tsv", "html"])
def test_an_absent_column_is_one_finding_an_empty_one_per_row(  # noqa: PLR0913, PLR0917 - the case
    form: str,
    reason: bool,  # noqa: FBT001
    measures: bool,  # noqa: FBT001
    absent: tuple[str, ...],
    reasons: list[tuple[int | None, str]],
    measured: list[tuple[int | None, str]],
    tmp_path: Path,
) -> None:
    if form == "tsv":
        (table,) = perftrack.read_text(_tsv(reason=reason, measures=measures))
    else:
        path = tmp_path / "跟踪表.html"
        path.write_text(_html(reason=reason, measures=measures), encoding="utf-8")
        (table,) = perftrack.read(path)
    assert table.absent_fields == absent
    assert _found(table, "missing-deviation-reason") == _nested(reasons)
    assert _found(table, "missing-corrective-measures") == _nested(measured)


def test_the_table_level_finding_is_a_warning_of_the_table() -> None:
    (table,) = perftrack.read_text(_tsv(reason=False, measures=True), name="跟踪表.tsv")
    found = [f for f in score(table).findings if f.id == "missing-deviation-reason"]
    assert found == [
        Finding(
            "missing-deviation-reason",
            Severity.WARNING,
            _nested([(None, NO_COLUMN)])[0][1],
            Where(file="跟踪表.tsv"),
            # the rows that deviate, by their index in Table.indicators
            (Figure("indicator", Decimal(0)), Figure("indicator", Decimal(1))),
        )
    ]


def test_a_table_built_in_code_is_read_as_before() -> None:
    # nobody said the column is absent: an empty reason, row by row
    (read,) = perftrack.read_text(_tsv(reason=False, measures=True))
    built = Table(
        read.kind,
        period=read.period,
        budget=read.budget,
        indicators=tuple(Indicator(i.name, i.level1, i.level2, target=i.target, actual=i.actual)
                         for i in read.indicators),
        corrective_measures="",
    )  # fmt: skip
    assert built.absent_fields == ()
    assert [i for i, _ in _found(built, "missing-deviation-reason")] == [0, 1]


@pytest.mark.parametrize(
    ("reason", "measures", "written"),
    [
        pytest.param(False, False, ["deviation_reason", "corrective_measures"], id="neither"),
        pytest.param(True, True, None, id="both"),
    ],
)
def test_absent_fields_are_written_only_when_some_and_read_back(
    reason: bool,  # noqa: FBT001
    measures: bool,  # noqa: FBT001
    written: list[str] | None,
) -> None:
    (table,) = perftrack.read_text(_tsv(reason=reason, measures=measures))
    document = json.loads(to_json(table))
    assert document["tables"][0].get("absent_fields") == written
    jsonschema.Draft202012Validator(schema()).validate(document)
    assert from_json(to_json(table), Table).absent_fields == table.absent_fields
    card = score(table)
    assert from_json(to_json(card))[0].table.absent_fields == table.absent_fields


def test_old_json_without_the_field_lacks_nothing() -> None:
    (table,) = perftrack.read_text(_tsv(reason=False, measures=False))
    document = json.loads(to_json(table))
    del document["tables"][0]["absent_fields"]
    assert from_json(json.dumps(document, ensure_ascii=False), Table).absent_fields == ()


def test_the_schema_names_the_field() -> None:
    table = schema()["$defs"]["table"]
    assert table["properties"]["absent_fields"]["items"] == {
        "enum": ["deviation_reason", "corrective_measures"]
    }
    assert "absent_fields" not in table.get("required", [])


@pytest.mark.parametrize(
    ("reason", "measures", "said", "unsaid"),
    [
        pytest.param(
            False,
            False,
            [
                "表中未设偏差原因分析栏目，有2项指标存在偏差，无处说明原因（“培训人次”、“培训场次”）",
                "表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性存疑的情况，无处填写纠偏措施",
                "增设偏差原因分析栏目并逐项说明原因",
                "增设纠偏措施栏目并补充纠偏措施",
            ],
            ["存在偏差但未分析原因"],
            id="neither",
        ),
        pytest.param(
            True,
            True,
            ["有2项指标未完成年度目标且未分析原因", "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施"],
            ["未设"],
            id="both-empty",
        ),
    ],
)  # fmt: skip
def test_the_review_letter_says_the_form_lacks_the_field(
    reason: bool,  # noqa: FBT001
    measures: bool,  # noqa: FBT001
    said: list[str],
    unsaid: list[str],
) -> None:
    (table,) = perftrack.read_text(_tsv(reason=reason, measures=measures))
    paragraph = review(score(table)).splitlines()[1]
    assert [text for text in said if text not in paragraph] == []
    assert [text for text in unsaid if text in paragraph] == []


def test_a_table_level_reasons_block_is_a_place_for_reasons() -> None:
    # 偏差原因分析及改进措施 as a row of the table: the form asks, row by row as before
    text = _tsv(reason=False, measures=False) + "\n偏差原因分析及改进措施\t"
    (table,) = perftrack.read_text(text)
    assert table.absent_fields == ()
    assert [i for i, _ in _found(table, "missing-deviation-reason")] == [0, 1]
