"""Sphinx configuration for the perftrack documentation."""

from __future__ import annotations

import re
from pathlib import Path

# The version is read from the file, not imported, so that the configuration
# loads even when the package is broken or not installed.
_VERSION_FILE = Path(__file__).resolve().parent.parent / "src" / "perftrack" / "_version.py"
_VERSION_MATCH = re.search(
    r'^__version__ = "(?P<version>[^"]+)"$',
    _VERSION_FILE.read_text(encoding="utf-8"),
    re.MULTILINE,
)
if _VERSION_MATCH is None:
    raise RuntimeError(f"no __version__ in {_VERSION_FILE}")

# -- Project -----------------------------------------------------------------

project = "perftrack"
author = "the perftrack developers"
copyright = "2026, the perftrack developers"
release = _VERSION_MATCH["version"]
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinxarg.ext",  # the CLI reference, generated from the argument parser
    "myst_parser",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
nitpicky = False

# MyST: give headings up to level 3 anchors so pages can link to `file.md#section`.
myst_heading_anchors = 3
# deflist: option lists in cli.md are written as definition lists.
myst_enable_extensions = ["deflist"]

# autodoc and napoleon: docstrings are Google style; keep members in source order.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- HTML --------------------------------------------------------------------

html_theme = "furo"
html_title = f"perftrack {release}"
