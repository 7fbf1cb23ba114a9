"""The documentation's worked examples print what the pages say they print.

Every page of ``docs/`` is run the way a reader would run it: its ``python``
blocks in order, in one namespace, from a directory holding a copy of
``examples/``. A ``text`` block that comes right after a ``python`` block is
that block's output, and must equal what the block printed; a ``{raw} html``
block after a python block that is one expression (a notebook cell's last
line) is that expression's ``_repr_html_()``. Pages drift when the engine's
wording or a finding changes; this is where that shows.
"""

from __future__ import annotations

import ast
import contextlib
import difflib
import io
import itertools
import re
import shutil
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
EXAMPLES = DOCS.parent / "examples"
BLOCK = re.compile(r"^```(\{raw\} html|\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def pages() -> list[Path]:
    """The pages with at least one python block followed by its output."""
    found = []
    for page in sorted(DOCS.glob("*.md")):
        languages = [language for language, _ in BLOCK.findall(page.read_text(encoding="utf-8"))]
        if any(a == "python" and b == "text" for a, b in itertools.pairwise(languages)):
            found.append(page)
    return found


def run_page(page: Path) -> tuple[int, list[str]]:
    """Run a page's python blocks; return how many outputs were compared and the diffs."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    printed: str | None = None
    shown: object = None  # the value of a python block that is one expression
    compared, diffs = 0, []
    for number, (language, body) in enumerate(BLOCK.findall(page.read_text(encoding="utf-8"))):
        if language == "python":
            stream = io.StringIO()
            name = f"{page.name}, block {number}"
            tree = ast.parse(body)
            with contextlib.redirect_stdout(stream):
                if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
                    shown = eval(compile(body, name, "eval"), namespace)  # noqa: S307
                else:
                    shown = None
                    exec(compile(body, name, "exec"), namespace)  # noqa: S102
            printed = stream.getvalue()
            continue
        if language == "{raw} html" and shown is not None:
            compared += 1
            if shown._repr_html_() != body.rstrip("\n"):  # type: ignore[attr-defined]
                diffs.append(f"block {number}: the HTML differs from the expression's")
            shown = None
        if language == "text" and printed is not None:
            compared += 1
            if printed.strip() != body.strip():
                lines = difflib.unified_diff(
                    body.strip().splitlines(),
                    printed.strip().splitlines(),
                    "page",
                    "printed",
                    lineterm="",
                )
                diffs.append(f"block {number}:\n" + "\n".join(lines))
        printed = None
    return compared, diffs


def test_pages_with_examples_are_found() -> None:
    names = {page.name for page in pages()}
    assert {"scoring.md", "inputs.md", "value-language.md", "notebook.md"} <= names


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_page_prints_what_it_shows(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    compared, diffs = run_page(page)
    assert compared > 0
    assert not diffs, "\n\n".join(diffs)


HELP_BLOCK = re.compile(r"^\$ (perftrack [a-z]+ --help)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_help_copied_into_the_pages_is_the_commands(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from perftrack.cli import main  # noqa: PLC0415

    monkeypatch.setenv("COLUMNS", "80")
    found = 0
    for page in sorted(DOCS.glob("*.md")):
        for command, shown in HELP_BLOCK.findall(page.read_text(encoding="utf-8")):
            with pytest.raises(SystemExit):
                main(command.split()[1:])
            found += 1
            assert capsys.readouterr().out.strip() == shown.strip(), f"{page.name}: {command}"
    assert found > 0
