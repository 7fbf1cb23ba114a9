"""A note is filtered item by item, and only for text shaped as an instruction (e2e17 H4).

The template-instruction filter of ``Table.notes`` dropped any note holding 填写, 填报,
本表, 应当, a ``请`` or a formula, and a whole numbered ``说明：`` block when one of its
items was an instruction (contract4 H1, e2e17 H4): units write those words about
their own work (``本表由县社会救助服务中心填报``, ``已按调整后目标填报``). Now only a
label 填表说明/填报说明 (whole block), or an item with the form of an instruction
(``请按…``, ``请于…报送``, ``本表…应…填``, ``按…填写``, ``填写…时``, ``打“√”``, the
scale) is left out; never under a closing heading or 备注. In Word, ``说明：1.…`` on the
label's own paragraph goes on with the paragraph ``2.…`` under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import docx_bytes
from perftrack import Table
from test_read_unseen import SELF_HEADER, read

if TYPE_CHECKING:
    from pathlib import Path

_ROWS = (
    "项目支出绩效自评表",
    "（2023年度）",
    ["项目名称", "城乡困难群众救助"],
    SELF_HEADER,
    ["产出指标", "数量指标", "城乡低保对象人数", "≥5.8万人", "5.62万人", "50", "48"],
    ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "95%", "50", "50"],
)


def _notes(table: Table) -> list[tuple[str, str]]:
    return [(note.label, note.text) for note in table.notes]


_KEPT = [
    ["备注", "本表由县社会救助服务中心填报，数据截至2023年12月31日。"],
    ["说明", "因系统原因，部分指标实际完成值按12月10日数据填报。"],
    ["其他需要说明的问题", "请县财政局协调解决2024年配套资金缺口。"],
    ["存在问题", "部分乡镇未按要求填写救助台账，动态管理不到位。"],
    ["说明", "应当于年底前完成的复核工作推迟至次年一季度。"],
    ["下一步工作计划", "本表所列低保对象将于2024年3月前完成复核。"],
    ["说明", "执行率=全年执行数/全年预算数，本项目执行率98%。"],
    ["说明", "年度指标值已按调整后目标填报"],
    ["说明", "部分乡镇未按要求填写救助台账。"],
    ["注", "本表数据截至2024年12月31日，满意度为第三方调查结果。"],
    ["说明", "满意度调查问卷由第三方机构发放并指导群众填写，回收有效问卷1260份。"],
    ["说明", "执行率=全年执行数/全年预算数；本年结余12.6万元已按规定收回财政。"],
    ["主要经验及做法", "请各乡镇按要求填写台账，已形成制度。"],
    ["备注", "请于次年1月前完成复核。"],
]


@pytest.mark.parametrize(("label", "text"), _KEPT, ids=[t for _, t in _KEPT])
@pytest.mark.parametrize("form", ["cells", "one-cell"])
def test_a_unit_note_with_the_words_of_an_instruction_is_kept(
    label: str, text: str, form: str
) -> None:
    row = [label, text] if form == "cells" else [f"{label}：{text}"]
    assert _notes(read(*_ROWS, row)) == [(label, text)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the template's instructions, whole
        ([["说明：", "年度指标值按批复目标填写"]], []),
        ([["说明", "3.请于2025年3月31日前报送市财政局。"]], []),
        ([["注", "请如实填报实际完成值。"]], []),
        ([["注", "本表数据应按年度实际情况填报。"]], []),
        ([["说明", "填写实际完成值时应附佐证材料。"]], []),
        ([["注", "90分以上为优，80-90分为良。"]], []),
        ([["填报说明：", "1.各单位于3月底前完成。"]], []),
        # per numbered item: the unit's items stay, the instruction goes
        (
            [
                ["说明："],
                ["1.法律援助案件数未达目标，已扣1分。"],
                ["2.满意度调查由第三方开展。"],
                ["3.请于2025年3月31日前报送市财政局。"],
            ],
            [("说明", "1.法律援助案件数未达目标，已扣1分。 2.满意度调查由第三方开展。")],
        ),
        (
            [["说明：1.部分资金结转下年使用。2.请在对应栏内打“√”。"]],
            [("说明", "1.部分资金结转下年使用。")],
        ),
        (
            [["注：1.本表金额单位为万元。2.审计发现违规发放低保金12.6万元，已追回。"]],
            [("注", "2.审计发现违规发放低保金12.6万元，已追回。")],
        ),
        # a formula alone is the template's; with the unit's figure after it, a note
        ([["注：1.执行率=全年执行数/全年预算数。"]], []),
        # the label's own row holds item 1, the rows under it in its column go on
        (
            [["说明：1.甲事项说明。"], ["2.乙事项说明。"], ["3.丙事项说明。"]],
            [("说明", "1.甲事项说明。 2.乙事项说明。 3.丙事项说明。")],
        ),
    ],
)
def test_instructions_are_left_out_item_by_item(
    rows: list[list[str]], expected: list[tuple[str, str]]
) -> None:
    table = read(*_ROWS, *rows)
    assert _notes(table) == expected
    assert [i.name for i in table.indicators] == ["城乡低保对象人数", "救助对象满意度"]


def test_a_row_after_a_numbered_note_that_is_no_next_item_is_no_note() -> None:
    # 说明：1.… then a row of one cell that is not item 2 in the label's column: not the note
    table = read(*_ROWS, ["说明：1.甲事项说明。"], ["3.丙事项说明。"])
    assert _notes(table) == [("说明", "1.甲事项说明。")]


_GRID = [
    ["项目名称", "某项目", "", "", "", "", ""],
    SELF_HEADER,
    ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "50", "50"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "50", "50"],
    ["总分", "", "", "", "", "100", "100"],
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["说明：", "1.甲事项说明。", "2.乙事项说明。", "3.请于2025年3月31日前报送。"],
            "1.甲事项说明。 2.乙事项说明。",
        ),
        (["说明：1.甲事项说明。", "2.乙事项说明。"], "1.甲事项说明。 2.乙事项说明。"),
        (
            ["说明：1.甲事项说明。", "2.乙事项说明。", "填表说明：1.请按批复目标填写。"],
            "1.甲事项说明。 2.乙事项说明。",
        ),
    ],
)
def test_word_paragraphs_under_the_table_keep_the_unit_items(
    tmp_path: Path, paragraphs: list[str], expected: str
) -> None:
    path = tmp_path / "自评.docx"
    path.write_bytes(docx_bytes(["2023年度项目支出绩效自评表", _GRID, *paragraphs]))
    (table,) = perftrack.read(path)
    assert _notes(table) == [("说明", expected)]
