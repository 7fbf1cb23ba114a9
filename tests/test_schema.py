"""The JSON Schema of the perftrack/1 document validates what perftrack prints."""

from __future__ import annotations

import argparse
import copy
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve

import perftrack
from cases.composed_tables import MONITORING, SELF_EVALUATION, TRACKING
from perftrack import Policy, parse_target, parse_value, score, to_json
from perftrack._commands import schema as schema_command
from perftrack._commands._shared import Streams
from perftrack.cli import main
from perftrack.schema import DECIMAL_PATTERN, json_schema, schema

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_7a0b2a9980fedb64.txt"
SEED_CELLS = ROOT / "examples" / "seed-cells.txt"

SCHEMA = schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def _definition(name: str) -> Any:
    """A validator for one of the schema's $defs (a target, a value)."""
    return jsonschema.Draft202012Validator(
        {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": f"#/$defs/{name}"},
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def _union_kinds(union: str) -> list[str]:
    """The ``kind`` of each oneOf branch of ``target`` or ``value``."""
    names = [branch["$ref"].removeprefix("#/$defs/") for branch in SCHEMA["$defs"][union]["oneOf"]]
    return [SCHEMA["$defs"][name]["properties"]["kind"]["const"] for name in names]


def _errors(document: object) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in VALIDATOR.iter_errors(document)
    ]


def _run(capsys, *argv: str) -> tuple[int, Any]:
    status = main(list(argv))
    return status, json.loads(capsys.readouterr().out)


def _composed(rows: list[list[str]]) -> perftrack.Table:
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return table


@pytest.fixture(scope="module")
def scored_document() -> dict[str, Any]:
    return json.loads(to_json([score(table) for table in perftrack.read(SEED)]))


# ---------------------------------------------------------------------------
# The schema itself


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert jsonschema.validators.validator_for(SCHEMA) is jsonschema.Draft202012Validator


def test_schema_returns_a_fresh_dict():
    first = schema()
    first["$defs"]["decimal"]["pattern"] = "broken"
    assert schema()["$defs"]["decimal"]["pattern"] == DECIMAL_PATTERN
    assert json_schema() == SCHEMA  # the name the package exports


def test_the_schema_command_prints_the_schema(capsys):
    parser = argparse.ArgumentParser(prog="perftrack")
    schema_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["schema"])
    out = io.StringIO()
    status = args.run(args, Streams(io.StringIO(), out, io.StringIO()))
    assert status == 0
    assert out.getvalue() == json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n"
    assert "\\u" not in out.getvalue()
    assert "序时进度" in out.getvalue()
    assert capsys.readouterr().out == ""


def test_perftrack_schema_on_the_command_line(capsys):
    # Needs the command registered in perftrack._commands.COMMANDS.
    status = main(["schema"])
    printed = capsys.readouterr().out
    assert status == 0
    assert json.loads(printed) == SCHEMA
    assert printed == json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n"


def test_enums_are_listed(scored_document):
    defs = SCHEMA["$defs"]
    indicator = defs["indicator"]["properties"]
    assert indicator["attainment"]["enum"] == [
        "met",
        "partial",
        "not_met",
        "pending",
        "unknown",
        "not_applicable",
    ]
    assert indicator["progress"]["enum"] == ["on_track", "behind", "not_applicable", "unknown"]
    assert defs["table"]["properties"]["kind"]["enum"] == ["tracking", "self_evaluation", "target"]
    assert defs["finding"]["properties"]["severity"]["enum"] == ["error", "warning", "info"]
    assert defs["target_comparison"]["properties"]["op"]["enum"] == ["=", ">=", "<=", ">", "<"]
    # null when nothing could be scored (weights-unknown, every item undecided)
    assert defs["points"]["properties"]["grade"]["enum"] == ["优", "良", "中", "差", None]
    assert scored_document["tables"]


def test_targets_and_values_are_one_of_by_kind():
    assert _union_kinds("target") == [
        "comparison",
        "range",
        "deadline",
        "period",
        "qualitative",
        "any_of",
        "descriptive",
        "not_applicable",
    ]
    assert _union_kinds("value") == [
        "quantity",
        "status",
        "qualitative",
        "date",
        "text",
        "not_applicable",
    ]


# ---------------------------------------------------------------------------
# What perftrack prints validates


def test_perftrack_read_json_validates(capsys):
    status, document = _run(capsys, "read", "--format", "json", str(SEED))
    assert status == 0
    assert _errors(document) == []
    assert len(document["tables"]) == 2
    for table in document["tables"]:
        assert "as_of" not in table
        assert "points" not in table
        for indicator in table["indicators"]:
            assert "attainment" not in indicator
        assert {finding["stage"] for finding in table["findings"]} <= {"read"}


def test_perftrack_score_json_validates(capsys):
    status, document = _run(capsys, "score", "--format", "json", str(SEED))
    assert status == 0
    assert _errors(document) == []
    table = document["tables"][0]
    assert table["as_of"] == "2023-08-31"
    assert table["indicators"][0]["attainment"] == "met"
    assert document["generator"]["policy"]["name"] == "central"


def test_score_json_with_options_validates(capsys):
    argv = ["score", "--format", "json", "--policy", "hubei", "--as-of", "2023-12-31"]
    status, document = _run(capsys, *argv, "--language", "en", str(SEED))
    assert status == 0
    assert _errors(document) == []
    assert document["generator"]["policy"]["as_of"] == "2023-12-31"


def test_a_document_with_errors_validates(capsys, tmp_path):
    missing = tmp_path / "不存在.xlsx"
    status, document = _run(capsys, "read", "--format", "json", str(missing), str(SEED))
    assert status == 2
    assert _errors(document) == []
    assert document["errors"][0]["file"] == str(missing)
    assert len(document["tables"]) == 2
    status, document = _run(capsys, "score", "--format", "json", str(missing))
    assert status == 2
    assert document["tables"] == []
    assert _errors(document) == []


@pytest.mark.parametrize("scored", [False, True], ids=["tables", "scorecards"])
def test_to_json_of_one_or_several_validates(scored):
    tables = perftrack.read(SEED)
    items = [score(table) for table in tables] if scored else list(tables)
    for obj in (items[0], items, tuple(items)):
        assert _errors(json.loads(to_json(obj))) == []


def test_to_json_of_tables_and_scorecards_mixed_validates():
    tables = perftrack.read(SEED)
    document = json.loads(to_json([tables[0], score(tables[1])]))
    assert "as_of" not in document["tables"][0]
    assert "as_of" in document["tables"][1]
    assert _errors(document) == []
    # each comes back as it was written, in order (the first table decided for all)
    back = perftrack.from_json(to_json([tables[0], score(tables[1])]))
    assert back == (tables[0], score(tables[1]))
    back = perftrack.from_json(to_json([score(tables[1]), tables[0]]))
    assert back == (score(tables[1]), tables[0])


POLICIES = [
    pytest.param(Policy.central(), id="central"),
    pytest.param(Policy.hubei(), id="hubei"),
    pytest.param(
        evolve(Policy.central(), provisional_points=True, language="en"), id="provisional"
    ),
]


@pytest.mark.parametrize("policy", POLICIES)
def test_composed_tables_of_every_kind_validate(policy):
    tables = [_composed(rows) for rows in (SELF_EVALUATION, MONITORING, TRACKING)]
    cards = [score(table, policy=policy) for table in tables]
    document = json.loads(to_json(cards))
    assert _errors(document) == []
    assert _errors(json.loads(to_json(tables))) == []
    evaluation = document["tables"][0]
    assert evaluation["kind"] == "self_evaluation"
    assert evaluation["points"]["items"]  # the points items (indicator and budget line) checked
    assert any("budget_line" in item for item in evaluation["points"]["items"])
    assert evaluation["level1_weights"]


def test_every_parse_result_of_the_seed_cells_validates(capsys, monkeypatch):
    text = SEED_CELLS.read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    status, results = _run(capsys, "parse", "--role", "rows", "--format", "json", "--year", "2023")
    assert status == 0
    cells = [line for line in text.splitlines() if line.strip()]
    assert len(results) == len(cells) == 72
    target, value = _definition("target"), _definition("value")
    for index, result in enumerate(results):
        validator = target if index % 3 == 0 else value
        assert list(validator.iter_errors(result)) == [], (index, result)
    # The library's objects are the same JSON.
    for index, cell in enumerate(cells):
        parsed = parse_target(cell, year=2023) if index % 3 == 0 else parse_value(cell, year=2023)
        assert json.loads(to_json(parsed)) == results[index]


TARGETS = [
    "≥80.00(%)",
    "90%-95%",
    "2023年12月前完成",
    "11月底前",  # no year: due is null
    "2023.07-2024.01",
    "准确",
    "≥良好",
    "不低于90%或比2023年提升不低于15个百分点",
    "覆盖园区“两新”党组织",
    "不适用",
]
VALUES = [
    "200余人",
    "手续办理中",
    "基本健全",
    "不及时",
    "2023年10月",
    "不适用",
    "详见附件",
    "已完成2次",
]


def test_every_kind_of_target_and_value_validates():
    target, value = _definition("target"), _definition("value")
    kinds = set()
    for cell in TARGETS:
        data = json.loads(to_json(parse_target(cell)))
        kinds.add(("target", data["kind"]))
        assert list(target.iter_errors(data)) == [], data
        if cell == "11月底前":
            assert data["due"] is None
    for cell in VALUES:
        data = json.loads(to_json(parse_value(cell)))
        kinds.add(("value", data["kind"]))
        assert list(value.iter_errors(data)) == [], data
    expected = {("target", kind) for kind in _union_kinds("target")}
    expected |= {("value", kind) for kind in _union_kinds("value")}
    assert kinds == expected  # a new kind needs a case here


@pytest.mark.parametrize(
    ("definition", "name", "expected"),
    [
        # rate_printed was written but not listed (only additionalProperties let it pass)
        ("budget_line", "rate_printed", {"type": "string"}),
        ("budget_line", "forecast_rate_printed", {"type": "string"}),
        ("budget_line", "forecast_rate", {"$ref": "#/$defs/decimal_or_null"}),
        ("table", "budget_span", {"enum": ["period", "year"]}),
        ("table", "notes", {"type": "array"}),
    ],
)
def test_optional_fields_are_listed_but_not_required(definition, name, expected):
    node = SCHEMA["$defs"][definition]
    listed = node["properties"][name]
    assert {key: listed[key] for key in expected} == expected
    assert listed["description"]
    assert name not in node["required"]


def test_a_rate_printed_as_a_percent_and_a_span_validate(scored_document):
    document = copy.deepcopy(scored_document)
    assert document["tables"][0]["budget_span"] == "period"  # the seed's 跟踪期预算数
    document["tables"][0]["budget"][0]["rate_printed"] = "0.5%"
    document["tables"][1]["budget_span"] = "year"
    del document["tables"][0]["budget_span"]
    assert _errors(document) == []


def test_extra_fields_are_allowed(scored_document):
    document = copy.deepcopy(scored_document)
    document["new_field"] = 1
    document["generator"]["build"] = "x"
    table = document["tables"][0]
    table["new_field"] = {"any": "thing"}
    table["indicators"][0]["new_field"] = None
    table["indicators"][0]["target"]["new_field"] = "x"
    table["budget"][0]["new_field"] = []
    table["findings"][0]["where"]["new_field"] = 0
    assert _errors(document) == []


# ---------------------------------------------------------------------------
# A broken document fails


_DELETE = object()


def _mutate(document: dict[str, Any], path: str, value: object) -> None:
    *head, last = path.split("/")
    node: Any = document
    for key in head:
        node = node[int(key)] if isinstance(node, list) else node[key]
    key: Any = int(last) if isinstance(node, list) else last
    if value is _DELETE:
        del node[key]
    else:
        node[key] = value


def _leaf_messages(document: object) -> list[str]:
    """Every error message, including those inside oneOf/anyOf branches."""
    messages: list[str] = []
    pending = list(VALIDATOR.iter_errors(document))
    while pending:
        error = pending.pop()
        messages.append(error.message)
        pending.extend(error.context or ())
    return messages


# (path, new value or _DELETE, a fragment of the message that must explain the failure)
BROKEN = [
    ("tables/0/budget/0/initial", 84.88, "84.88 is not of type 'string', 'null'"),
    ("tables/0/budget/0/executed", "1,234.5", "'1,234.5' does not match"),
    ("tables/0/indicators/0/target/value", 2, "2 is not of type 'string'"),
    ("tables/0/time_progress_exact", "6.67e1", "'6.67e1' does not match"),
    ("schema", "perftrack/2", "'perftrack/1' was expected"),
    ("tables/0/indicators/0/attainment", "done", "'done' is not one of"),
    ("tables/0/indicators/0/target/kind", "formula", "'comparison' was expected"),
    ("tables/0/indicators/0/target/op", "≥", "'≥' is not one of"),
    ("tables/0/as_of", "2023/08/31", "'2023/08/31' is not a 'date'"),
    ("tables/0/as_of", "2023-02-30", "'2023-02-30' is not a 'date'"),
    ("tables/0/period/end", "2023-13", "'2023-13' does not match"),
    ("tables/0/indicators/0/name", _DELETE, "'name' is a required property"),
    ("tables/0/indicators/0/attainment", _DELETE, "'attainment' is a required property"),
    ("tables/0/budget/0/rate_recomputed", "67.2676", "'67.2676' does not match"),
    ("tables/0/findings/0/where", _DELETE, "'where' is a required property"),
    ("tables/0/findings/0/stage", "report", "'report' is not one of"),
    ("tables/0/source/index", "0", "'0' is not of type 'integer'"),
    ("tables/0/indicators/0/cells/target", "e17", "'e17' does not match"),
    ("generator/policy/weights/rate", 10, "10 is not of type 'string'"),
    ("errors", [{"file": "a.xlsx"}], "'message' is a required property"),
    ("tables/0/indicators/0/actual", {"text": "1", "kind": "quantity"}, "'value' is a required"),
    ("tables/0/budget_span", "months", "'months' is not one of"),
    ("tables/0/budget_span", "unknown", "'unknown' is not one of"),
    ("tables/0/budget/0/rate_printed", 0.5, "0.5 is not of type 'string'"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    BROKEN,
    ids=[f"{path}={'deleted' if value is _DELETE else repr(value)}" for path, value, _ in BROKEN],
)
def test_a_broken_document_fails(scored_document, path, value, message):
    assert _errors(scored_document) == []
    document = copy.deepcopy(scored_document)
    _mutate(document, path, value)
    assert _errors(document) != []
    assert any(message in leaf for leaf in _leaf_messages(document)), _leaf_messages(document)


def test_a_scored_table_needs_its_points_and_rates(scored_document):
    document = copy.deepcopy(scored_document)
    del document["tables"][1]["points"]
    del document["tables"][1]["budget"][0]["denominator"]
    messages = _errors(document)
    assert any("'points' is a required property" in message for message in messages)
    assert any("'denominator' is a required property" in message for message in messages)
