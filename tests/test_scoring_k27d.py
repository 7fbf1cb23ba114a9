"""k27d: residuals the audits of regress101-106 reported.

Each case is one row of the probe 自评表 (2025, as of its year's end).

3. ``由700元提高至800元`` against a target in 元/人 on a per-person standard: the bare
   元 levels are the target's amounts, their difference the raise.
4. A bare amount (``≥200元/人``) on a row whose name says a raise (``补助标准提高``) is
   the raise when it is no higher than the level before it (700元/人): the change the
   cell states (``（提高100元/人）``, ``（原700元/人）``, ``由700元/人提高至…``) is compared.
5. ``没有提高200元/人`` (also ``没提高``, ``并未提高``) against ``提高200元/人``, or against a bare
   ``≥200元/人`` on a raise row: the target's own change said not made, not met (as
   ``未提高200元/人`` is).
6. Praise counted on a row of none (``零投诉``: ``收到表扬信3封``, ``收到锦旗2面``) is no
   complaint: unknown (the cell says nothing of complaints), as praise on a breach row
   is; a complaint counted (``办结投诉1起``) still breaks it.
1. ``未发生（全年处置火情1起）`` against ``0起``: the cell says none happened and its note
   counts fires spotted and handled (火情, 火警), a lesser kind than a fire: met on a row
   of fires (火灾), unknown on a row of another event (安全生产事故: not its event). A
   count of fires in the note, or 火情 without the leading none, still breaks the zero.
2. ``发生火灾0起，过火面积2亩`` against ``0起``: a burned area beside none of the fires
   contradicts it; a reviewer judges (unknown), as a count beside a none does. A burned
   area of 0 leaves it met.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "补助标准提高",
            "提高200元/人",
            "由700元提高至800元",
            ("not_met", "实际由700元提高至800元（提高100元/人），未达年度指标提高200元/人"),
            id="bare-yuan-levels-short-raise",
        ),
        pytest.param(
            "补助标准提高",
            "提高100元/人",
            "由700元提高至800元",
            ("met", "实际由700元提高至800元（提高100元/人），达到年度指标提高100元/人"),
            id="bare-yuan-levels-raise-met",
        ),
        pytest.param(
            "补助标准",
            "≥800元/人",
            "由700元提高至800元",
            ("met", "实际800元/人，达到年度指标≥800元/人"),
            id="bare-yuan-levels-against-level",
        ),
    ],
)
def test_bare_yuan_levels_against_per_person(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "补助标准提高",
            "≥200元/人",
            "提高至800元/人（提高100元/人）",
            ("not_met", "实际提高至800元/人（提高100元/人），未达年度指标≥200元/人"),
            id="raise-in-note-short",
        ),
        pytest.param(
            "补助标准提高",
            "≥200元/人",
            "提高至800元/人（提高200元/人）",
            ("met", "实际提高至800元/人（提高200元/人），达到年度指标≥200元/人"),
            id="raise-in-note-met",
        ),
        pytest.param(
            "人均补助提高",
            "≥200元/人",
            "提高至800元/人（原700元/人）",
            ("not_met", "实际提高至800元/人（原700元/人，提高100元/人），未达年度指标≥200元/人"),
            id="former-level-in-note",
        ),
        pytest.param(
            "补助标准提高",
            "≥200元/人",
            "由700元/人提高至800元/人",
            ("not_met", "实际由700元/人提高至800元/人（提高100元/人），未达年度指标≥200元/人"),
            id="two-levels",
        ),
        pytest.param(
            "补助标准提高",
            "≥800元/人",
            "提高至800元/人（提高200元/人）",
            ("met", "实际800元/人，达到年度指标≥800元/人"),
            id="level-target-above-former-level",
        ),
        pytest.param(
            "补助标准",
            "≥200元/人",
            "提高至800元/人（提高100元/人）",
            ("met", "实际800元/人，达到年度指标≥200元/人"),
            id="no-raise-in-name",
        ),
    ],
)
def test_bare_amount_on_a_raise_row(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "补助标准提高",
            "提高200元/人",
            "没有提高200元/人",
            (
                "not_met",
                "实际“没有提高200元/人”，注明未完成（未实现）所列目标，未达年度指标提高200元/人",
            ),
            id="meiyou-raise",
        ),
        pytest.param(
            "补助标准提高",
            "提高200元/人",
            "没提高200元/人",
            (
                "not_met",
                "实际“没提高200元/人”，注明未完成（未实现）所列目标，未达年度指标提高200元/人",
            ),
            id="mei-raise",
        ),
        pytest.param(
            "补助标准提高",
            "提高200元/人",
            "并未提高200元/人",
            (
                "not_met",
                "实际“并未提高200元/人”，注明未完成（未实现）所列目标，未达年度指标提高200元/人",
            ),
            id="bingwei-raise",
        ),
        pytest.param(
            "补助标准提高",
            "≥200元/人",
            "没有提高200元/人",
            (
                "not_met",
                "实际“没有提高200元/人”，注明未完成（未实现）所列目标，未达年度指标≥200元/人",
            ),
            id="meiyou-raise-bare-target-raise-row",
        ),
        pytest.param(
            "补助标准提高",
            "≥200元/人",
            "未提高200元/人",
            (
                "not_met",
                "实际“未提高200元/人”，注明未完成（未实现）所列目标，未达年度指标≥200元/人",
            ),
            id="wei-raise-bare-target-raise-row",
        ),
        pytest.param(
            "补助标准提高",
            "提高200元/人",
            "没有下降200元/人",
            (
                "unknown",
                "实际“没有下降200元/人”与年度指标“提高200元/人”不是同一指标或同一基期的变化，需人工判断",
            ),
            id="another-change-denied",
        ),
    ],
)
def test_change_said_not_made(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "群众投诉",
            "零投诉",
            "收到表扬信3封",
            (
                "unknown",
                "实际“收到表扬信3封”说的是“表扬信”，不是投诉，是否达到“零投诉”需人工判断",
            ),
            id="praise-letters",
        ),
        pytest.param(
            "服务投诉",
            "零投诉",
            "收到锦旗2面",
            (
                "unknown",
                "实际“收到锦旗2面”说的是“锦旗”，不是投诉，是否达到“零投诉”需人工判断",
            ),
            id="pennants",
        ),
        pytest.param(
            "群众投诉",
            "零投诉",
            "办结投诉1起",
            ("not_met", "实际发生办结投诉1起，未达到“零投诉”"),
            id="complaint-handled",
        ),
        pytest.param(
            "群众投诉",
            "零投诉",
            "收到表扬信3封，发生投诉1起",
            (
                "not_met",
                "实际“收到表扬信3封，发生投诉1起”，发生投诉1起，未达到“零投诉”",
            ),
            id="praise-and-complaint",
        ),
    ],
)
def test_praise_on_zero_complaints(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "森林火灾发生次数",
            "0起",
            "未发生（全年处置火情1起）",
            (
                "met",
                "实际“未发生（全年处置火情1起）”注明的“火情”为处置的火情，不计为火灾，达到年度指标=0起",
            ),
            id="fire-row-handled-fire-spots",
        ),
        pytest.param(
            "森林火灾",
            "≤0起",
            "未发生（处置火警2起）",
            (
                "met",
                "实际“未发生（处置火警2起）”注明的“火警”为处置的火警，不计为火灾，达到年度指标≤0起",
            ),
            id="fire-row-handled-alarms",
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "未发生（全年处置火情1起）",
            (
                "unknown",
                (
                    "实际“未发生（全年处置火情1起）”计的是“火情”，不是指标“安全生产事故”所计事件的数，"
                    "是否达到年度指标=0起需人工判断"
                ),
            ),
            id="accident-row-handled-fire-spots",
        ),
        pytest.param(
            "森林火灾",
            "0起",
            "处置火情1起",
            ("not_met", "实际1起已超出年度上限=0起"),
            id="fire-spots-without-none",
        ),
        pytest.param(
            "森林火灾",
            "0起",
            "未发生（发生火灾1起）",
            ("not_met", "实际1起已超出年度上限=0起"),
            id="fires-in-the-note",
        ),
    ],
)
def test_handled_fire_spots_in_a_note(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "森林火灾发生次数",
            "0起",
            "发生火灾0起，过火面积2亩",
            (
                "unknown",
                (
                    "实际“发生火灾0起，过火面积2亩”称0起，又注明过火面积2亩，两者矛盾，"
                    "是否达到年度指标=0起需人工判断"
                ),
            ),
            id="burned-area-beside-none",
        ),
        pytest.param(
            "森林火灾发生次数",
            "0起",
            "发生森林火灾0起，过火面积0亩",
            ("met", "实际0起，达到年度指标=0起"),
            id="no-burned-area",
        ),
        pytest.param(
            "森林火灾发生次数",
            "0起",
            "发生火灾1起，过火面积2亩",
            ("not_met", "实际1起已超出年度上限=0起"),
            id="burned-area-beside-count",
        ),
        pytest.param(
            "较大及以上森林火灾",
            "0起",
            "较大森林火灾0起，过火面积2亩",
            ("met", "实际0起，达到年度指标=0起"),
            id="burned-area-beside-none-of-a-grade",
        ),
    ],
)
def test_burned_area_beside_no_fire(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected
