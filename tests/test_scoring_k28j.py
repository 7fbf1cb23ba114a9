"""A bare 杜绝 or 杜绝发生 target rules out the row's event, as a bare 不发生 does (k28j).

The target stays descriptive (the value language reads no event in it); scoring takes the
event from the row's name, as for ``重大信访事件 | 不发生``.
"""

from __future__ import annotations

import pytest

from perftrack.expressions import Descriptive, parse_target
from probe_tables import self_reading


@pytest.mark.parametrize("text", ["杜绝", "杜绝发生", "不发生"])
def test_bare_zero_targets_stay_descriptive(text: str) -> None:
    assert parse_target(text) == Descriptive(text)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("安全事故发生率", "杜绝", "未发生"), ("met", "实际“未发生”，达到“杜绝”")),
        (("安全事故", "杜绝", "发生1起"), ("not_met", "实际“发生1起”，未达到“杜绝”")),
        (("重大信访事件", "杜绝发生", "未发生"), ("met", "实际“未发生”，达到“杜绝发生”")),
        # controls: 不发生 as before; another event is for a reviewer
        (("重大信访事件", "不发生", "发生1起"), ("not_met", "实际“发生1起”，未达到“不发生”")),
        (
            ("重大信访事件", "杜绝", "未发生安全事故"),
            ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        ),
    ],
)
def test_bare_zero_scored(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
