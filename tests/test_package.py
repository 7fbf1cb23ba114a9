"""perftrack as a dependency: a small public API, no work and no optional imports at import."""

from __future__ import annotations

import subprocess
import sys

import pytest

import perftrack


def test_all_is_sorted_and_every_name_resolves() -> None:
    # as ruff's RUF022 sorts it: constants (FORMATS) first, then by name
    assert perftrack.__all__ == sorted(
        perftrack.__all__, key=lambda name: (not name.isupper(), name)
    )
    for name in perftrack.__all__:
        assert getattr(perftrack, name) is not None


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        perftrack.no_such_name  # noqa: B018


def test_import_loads_nothing_heavy() -> None:
    code = (
        "import sys, perftrack\n"
        "heavy = {'openpyxl', 'pandas', 'rich', 'cattrs', 'dateutil', 'perftrack.expressions'}\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_parsing_loads_no_optional_dependency() -> None:
    code = (
        "import sys, perftrack\n"
        "perftrack.to_json(perftrack.parse_target('≥80%'))\n"
        "print(sorted(n for n in ('openpyxl', 'pandas', 'rich') if n in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_errors_form_one_hierarchy() -> None:
    assert issubclass(perftrack.ExpressionError, perftrack.PerftrackError)
    assert issubclass(perftrack.ExpressionError, ValueError)
    assert issubclass(perftrack.ReadError, perftrack.PerftrackError)
