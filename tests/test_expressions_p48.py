"""Targets and values from 专项债券/债务化解 tables (parse48).

- H4: ``不新增``, ``严禁新增``, ``坚决遏制新增`` (and ``杜绝新增``) are the zero family, as
  ``零新增`` is; a bare ``新增`` stays descriptive.
"""

from __future__ import annotations

import pytest

from perftrack.expressions import Descriptive, QualitativeTarget, Target, parse_target

# ---------------------------------------------------------------------------
# H4: the 债务化解 zero targets

NO_NEW_TARGETS = [
    pytest.param("不新增", QualitativeTarget("不新增", "zero"), id="bu"),
    pytest.param("严禁新增", QualitativeTarget("严禁新增", "zero"), id="yanjin"),
    pytest.param("坚决遏制新增", QualitativeTarget("坚决遏制新增", "zero"), id="ezhi"),
    pytest.param("杜绝新增", QualitativeTarget("杜绝新增", "zero"), id="dujue"),
    # controls: 零新增 as before, a bare 新增 is no zero
    pytest.param("零新增", QualitativeTarget("零新增", "zero"), id="control-ling"),
    pytest.param("新增", Descriptive("新增"), id="control-bare"),
]


@pytest.mark.parametrize(("text", "expected"), NO_NEW_TARGETS)
def test_no_new_targets(text: str, expected: Target) -> None:
    assert parse_target(text) == expected
