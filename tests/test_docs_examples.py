"""Every example row of the value-language page parses to what the page says.

``docs/value-language.md`` shows cells in tables of four columns: cell, kind,
canonical text, fields, the same columns as ``perftrack parse``'s text output.
Rows under ``## Targets`` and the sections that follow it up to ``## Values`` are
targets; rows under ``## Values`` up to the next section are values. A cell followed
by ``(year 2023)`` is parsed with that fiscal year.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest

from perftrack.cli import main

PAGE = Path(__file__).resolve().parent.parent / "docs" / "value-language.md"
KINDS = frozenset(
    {
        "comparison",
        "range",
        "deadline",
        "period",
        "qualitative",
        "any_of",
        "descriptive",
        "not_applicable",
        "quantity",
        "status",
        "date",
        "text",
    }
)
_CELL = re.compile(r"`([^`]+)`(?: \(year (\d{4})\))?")


class Example(NamedTuple):
    line: int
    role: str
    cell: str
    year: str | None
    expected: str  # the text line perftrack parse prints


def _examples() -> list[Example]:
    examples: list[Example] = []
    role: str | None = None
    for number, line in enumerate(PAGE.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("## "):
            heading = line[3:].strip()
            if heading == "Targets":
                role = "target"
            elif heading == "Values":
                role = "value"
            elif role == "value":
                role = None  # the value sections end at the next section
            continue
        if role is None or not line.startswith("| `"):
            continue
        columns = [column.strip() for column in line.strip().strip("|").split("|")]
        cell = _CELL.fullmatch(columns[0])
        if len(columns) != 4 or columns[1] not in KINDS or cell is None:
            continue
        kind, canonical, fields = columns[1], columns[2].strip("`"), columns[3]
        # A fields column in brackets is a comment, not the fields (8月至11月 without a year).
        parts = [cell[1], kind, canonical] + ([] if fields.startswith("(") else [fields.strip("`")])
        examples.append(Example(number, role, cell[1], cell[2], "  ".join(p for p in parts if p)))
    return examples


EXAMPLES = _examples()


def test_the_page_has_examples_of_both_roles() -> None:
    roles = {example.role for example in EXAMPLES}
    assert roles == {"target", "value"}
    assert len(EXAMPLES) > 150  # the page shows 166 today


@pytest.mark.parametrize(
    "example", EXAMPLES, ids=[f"line{e.line}-{e.role}-{e.cell}" for e in EXAMPLES]
)
def test_example_parses_as_documented(example: Example, capsys: pytest.CaptureFixture[str]) -> None:
    year = ["--year", example.year] if example.year else []
    assert main(["parse", "--role", example.role, *year, "--", example.cell]) == 0
    assert capsys.readouterr().out.rstrip("\n") == example.expected
