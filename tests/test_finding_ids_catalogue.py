"""Every finding id of the catalogue (docs/scoring.md) is one ``perftrack check`` accepts.

``--select``/``--ignore`` refuse ids outside ``perftrack.checking.FINDING_IDS`` (exit 2):
an id the code raises and the catalogue documents must be there too (api21 H1:
category-suspect, target-multi-year and target-above-midterm were not).
"""

from __future__ import annotations

import re
from pathlib import Path

from perftrack.checking import FINDING_IDS

_ROW_RE = re.compile(r"^\| `([a-z0-9-]+)` \| [^|]*(?:info|warning|error)[^|]*\|", re.MULTILINE)


def _catalogue() -> set[str]:
    text = (Path(__file__).parent.parent / "docs" / "scoring.md").read_text(encoding="utf-8")
    return set(_ROW_RE.findall(text))


def test_the_catalogue_and_the_accepted_ids_are_the_same() -> None:
    catalogue = _catalogue()
    assert len(catalogue) > 60  # the table was found
    assert sorted(catalogue - FINDING_IDS) == []
    assert sorted(FINDING_IDS - catalogue) == []
