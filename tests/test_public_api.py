"""The public names a user holds are exported, documented, and their hints resolve at run time.

``read_many`` and ``score_many`` returned types that were neither in
``perftrack.__all__`` nor in the API reference; ``typing.get_type_hints`` raised
``NameError`` for ``read_many``, ``score_many`` (``Iterable``) and ``to_frame``
(``pd``), so run-time checkers (typeguard, pydantic) failed on them.
"""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import perftrack
from perftrack import batch, readers, vocabulary

API_PAGE = Path(__file__).resolve().parent.parent / "docs" / "api.md"


@pytest.mark.parametrize(
    ("name", "home"),
    [
        ("BatchResult", batch.BatchResult),
        ("ScoreResult", batch.ScoreResult),
        ("FileError", batch.FileError),
        ("SUFFIXES", batch.SUFFIXES),
        ("FORMATS", readers.FORMATS),
        ("Family", vocabulary.Family),
    ],
)
def test_what_users_hold_is_exported(name: str, home: object) -> None:
    assert name in perftrack.__all__
    assert getattr(perftrack, name) is home


def test_the_batch_results_are_what_the_batch_functions_return() -> None:
    hints = typing.get_type_hints(perftrack.read_many)
    assert hints["return"] is perftrack.BatchResult
    assert typing.get_type_hints(perftrack.score_many)["return"] is perftrack.ScoreResult
    result = perftrack.score_many(["examples/000_7a0b2a9980fedb64.txt", "examples/missing.txt"])
    assert isinstance(result, perftrack.ScoreResult)
    assert all(isinstance(error, perftrack.FileError) for error in result.errors)
    policy = perftrack.Policy()
    assert all(isinstance(family, perftrack.Family) for family in policy.families)


def _callables() -> list[tuple[str, object]]:
    """Every public function, and every method and property of a public class."""
    found: list[tuple[str, object]] = []
    for name in perftrack.__all__:
        value = getattr(perftrack, name)
        if inspect.isfunction(value):
            found.append((name, value))
        elif inspect.isclass(value):
            found.append((name, value))
            for attribute, member in vars(value).items():
                function = getattr(member, "__func__", getattr(member, "fget", member))
                if inspect.isfunction(function) and (
                    not attribute.startswith("_") or attribute == "__init__"
                ):
                    found.append((f"{name}.{attribute}", function))
    return found


@pytest.mark.parametrize(("name", "value"), _callables(), ids=[name for name, _ in _callables()])
def test_every_public_annotation_resolves_at_run_time(name: str, value: object) -> None:
    if name == "to_frame":
        pytest.importorskip("pandas")
    typing.get_type_hints(value)


def test_to_frame_returns_a_data_frame_by_its_hints() -> None:
    pandas = pytest.importorskip("pandas")
    assert typing.get_type_hints(perftrack.to_frame)["return"] is pandas.DataFrame


def test_resolving_the_hints_loads_no_optional_dependency() -> None:
    code = (
        "import sys, typing, perftrack\n"
        "for name in ('read', 'read_many', 'score_many', 'score', 'from_json', 'to_json'):\n"
        "    typing.get_type_hints(getattr(perftrack, name))\n"
        "perftrack.to_frame\n"
        "print(sorted(n for n in ('openpyxl', 'pandas', 'numpy', 'pyarrow') if n in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_docstring_references_to_perftrack_names_resolve() -> None:
    """``:data:`perftrack.FORMATS``` and the like name something perftrack exports."""
    pattern = re.compile(r":(?:class|data|func|exc|meth):`~?perftrack\.([A-Za-z_]+)[`.]")
    named = set()
    for name in perftrack.__all__:
        doc = inspect.getdoc(getattr(perftrack, name)) or ""
        named.update(pattern.findall(doc))
    assert named
    assert sorted(name for name in named if not hasattr(perftrack, name)) == []


def test_the_api_page_documents_the_constants() -> None:
    page = API_PAGE.read_text(encoding="utf-8")
    assert ".. automodule:: perftrack" in page
    for name in ("FORMATS", "SUFFIXES"):
        assert f".. autodata:: perftrack.{name}" in page


SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"


@pytest.fixture(scope="module")
def score_document() -> str:
    return perftrack.to_json(perftrack.score_many([SEED]))


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (
            perftrack.Target,
            "kind must be Table, Scorecard, BatchResult, ScoreResult, list or tuple, not perftrack.Target$",
        ),
        (
            perftrack.Quantity,
            "kind must be Table, Scorecard, BatchResult, ScoreResult, list or tuple, not Quantity$",
        ),
        (
            perftrack.Indicator,
            "kind must be Table, Scorecard, BatchResult, ScoreResult, list or tuple, not Indicator$",
        ),
        ("Table", "kind must be a perftrack class .*, not 'Table'$"),
        (dict, "kind must be a perftrack class .*, not dict$"),
        (str, "kind must be a perftrack class .*, not str$"),
    ],
)
def test_from_json_refuses_a_kind_that_does_not_fit(
    score_document: str, kind: object, message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        perftrack.from_json(score_document, kind)


@pytest.mark.parametrize(
    ("kind", "built"),
    [
        (None, tuple),
        (list, list),
        (tuple, tuple),
        (perftrack.Scorecard, tuple),  # two tables: a tuple of scorecards
        (perftrack.Table, tuple),
    ],
)
def test_from_json_takes_the_documented_kinds(
    score_document: str, kind: object, built: type
) -> None:
    assert type(perftrack.from_json(score_document, kind)) is built


@pytest.mark.parametrize(
    ("opened", "error", "message"),
    [
        (lambda path: path, TypeError, r"from_json takes the JSON text, not \w*Path: "),
        (
            lambda path: path.open(encoding="utf-8"),
            TypeError,
            "from_json takes the JSON text, not TextIOWrapper",
        ),
        (str, perftrack.ReadError, "这像是文件路径，请先读出文本"),
        (
            lambda path: json.loads(path.read_text(encoding="utf-8")),
            TypeError,
            "^from_json takes the JSON text, not dict$",
        ),
        (lambda path: path.read_text(encoding="utf-8"), None, None),
        (lambda path: path.read_bytes(), None, None),
    ],
)
def test_from_json_says_a_path_is_not_the_text(
    tmp_path: Path, score_document: str, opened, error: type[Exception] | None, message: str | None
) -> None:
    path = tmp_path / "评分.json"
    path.write_text(score_document, encoding="utf-8")
    given = opened(path)
    try:
        if error is None:
            assert len(perftrack.from_json(given)) == 2
            return
        with pytest.raises(error, match=message):
            perftrack.from_json(given)
    finally:
        if hasattr(given, "close"):
            given.close()
